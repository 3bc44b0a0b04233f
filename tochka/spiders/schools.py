"""The ``schools`` spider: a school list in, one proven report per school out.

Orchestration only: analysis lives in ``tochka.analysis``, link choice in
``tochka.crawl.policy``, per-school bookkeeping in ``tochka.crawl.school``.
"""
from __future__ import annotations

import asyncio
import gc
import re
import sys
from dataclasses import replace
from datetime import date, datetime, timezone

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import get_base_url

from ..analysis import discover, rules
from ..analysis.documents import document_kind, document_text
from ..analysis.facts import PageContext, PageFacts, analyse_document, analyse_html
from ..analysis.page import HtmlPage
from ..crawl import policy
from ..crawl.report import bad_seed_report, page_item, school_report
from ..crawl.school import SchoolCrawl
from ..crawl.urls import canonical
from ..rendering.decide import after_rendering, needs_rendering, own_scripts
from ..rendering.requests import render_request
from ..seeds import BadSeed, SeedsFileError, read_seeds

_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)
SITEMAP_MAX_BYTES = 2_000_000
SCRIPT_MAXSIZE = 2_000_000  # a school's own script file; larger ones are left unread
GC_YOUNG_THRESHOLD = 20_000


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"-a {name}={value!r} is not a date in YYYY-MM-DD form") from None


class SchoolsSpider(scrapy.Spider):
    name = "schools"

    def __init__(self, seeds: str | None = None, as_of: str | None = None, year: str | None = None,
                 crawl_id: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not seeds:
            _fail("no school list given: use -a seeds=PATH (CSV or XLSX)")
        try:
            self.entries = read_seeds(seeds)
            self.as_of = parse_day(as_of, "as_of") or date.today()
            self.year = int(year) if year else self.as_of.year
        except (SeedsFileError, ValueError) as exc:
            _fail(str(exc))
        self.seeds_path = seeds
        started = datetime.now(timezone.utc)
        self.crawl_date = started.strftime("%Y-%m-%d")
        # led by the spider's name, not the date: nx-27017, the MongoDB stand-in, compares
        # strings that begin like a date as datetimes and then cannot find them
        self.crawl_id = crawl_id or f"{self.name}_{self.as_of.isoformat()}_{started.strftime('%Y%m%dT%H%M%S')}"
        self.schools: dict[str, SchoolCrawl] = {}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.budget = crawler.settings.getint("TOCHKA_PAGE_BUDGET")
        spider.news_budget = crawler.settings.getint("TOCHKA_NEWS_ITEMS")
        spider.document_maxsize = crawler.settings.getint("TOCHKA_DOCUMENT_MAXSIZE")
        spider.export_dir = crawler.settings.get("TOCHKA_EXPORT_DIR")
        spider.renderer = crawler.settings.get("RENDERER") or None
        spider.max_active = crawler.settings.getint("TOCHKA_MAX_ACTIVE_SCHOOLS")
        spider._slot_freed = asyncio.Event()
        crawler.signals.connect(spider.on_request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_opened, signal=signals.spider_opened)
        return spider

    def on_opened(self, spider):
        # Rule tables, dateparser's language data and Scrapy itself live as long as the
        # crawl: keep them out of the garbage collector's full passes, which otherwise
        # rescan them again and again on a long crawl.
        gc.collect()
        gc.freeze()
        # each page allocates thousands of short-lived objects (tree proxies, strings):
        # collect the young generation less often
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])

    # -- start ------------------------------------------------------------------------
    async def start(self):
        self.crawler.stats.set_value("tochka/seeds_total", len(self.entries))
        bad = [e for e in self.entries if isinstance(e, BadSeed)]
        if bad:
            self.logger.warning("seeds: %d of %d rows are unusable and reported as bad_seed: %s", len(bad),
                                len(self.entries), "; ".join(f"line {b.line}: {b.reason_en}" for b in bad[:20]))
        for entry in self.entries:
            if isinstance(entry, BadSeed):
                self.crawler.stats.inc_value("tochka/bad_seeds")
                yield bad_seed_report(entry, self.crawl_id, self.as_of, self.year)
                continue
            while len(self.schools) >= self.max_active:
                # a bounded window of schools in flight keeps memory flat on a national list
                await self._slot_freed.wait()
                self._slot_freed.clear()
            school = SchoolCrawl(entry, self.budget)
            self.schools[school.id] = school
            for request in self._requests(school, [policy.Planned(entry.url, "home")]):
                yield request
            if entry.section_url:
                for request in self._requests(school, [policy.Planned(entry.section_url, "section", True,
                                                                       "section_url из списка школ")]):
                    yield request

    # -- requests and the ledger ------------------------------------------------------
    def _requests(self, school: SchoolCrawl, planned: list[policy.Planned]):
        for plan in planned:
            url, refused = school.claim(plan.url)
            if url is None:
                if refused:
                    self.crawler.stats.inc_value(f"tochka/refused/{refused}")
                continue
            meta = {"school": school.id, "role": plan.role, "in_section": plan.in_section,
                    "anchor": plan.anchor[:300], "section_depth": plan.section_depth}
            if plan.role in ("timetable", "recommendations"):
                meta["download_maxsize"] = self.document_maxsize
            school.inflight += 1
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=plan.priority,
                                 meta=meta, dont_filter=True)

    def _finish_if_done(self, school: SchoolCrawl):
        if school.inflight > 0 or school.finished:
            return
        if school.reachable and not school.section_url and not school.site_is_center and not school.probed:
            # last resort: the sitemap and the usual slugs, each checked as a real section page
            school.probed = True
            center = rules.centers()[school.seed.center_type]
            planned = [policy.Planned(_root(school.seed.url) + "sitemap.xml", "sitemap")]
            planned += policy.probe_requests(school.seed.url, center)
            yield from self._requests(school, planned)
            if school.inflight:
                return
        school.finished = True
        del self.schools[school.id]
        self._slot_freed.set()
        self.crawler.stats.inc_value("tochka/schools_finished")
        yield school_report(school, self.crawl_id, self.as_of, self.year)

    # -- responses --------------------------------------------------------------------
    def parse(self, response):
        school = self.schools[response.meta["school"]]
        school.inflight -= 1
        try:
            yield from self._analyse(school, response)
        except Exception:  # one broken page must not lose the school's report
            self.logger.exception("analysis failed for %s (school %s)", response.url, school.id)
            self.crawler.stats.inc_value("tochka/analysis_errors")
            school.errors["analysis failed"] += 1
        yield from self._finish_if_done(school)

    def _analyse(self, school: SchoolCrawl, response):
        role = response.meta["role"]
        if role == "home":
            school.home_seen = school.reachable = True
            school.scope.add_url(response.url)  # the host the seed redirects to is the school's too
        if role == "sitemap":
            yield from self._requests(school, policy.sitemap_section_urls(_sitemap_locs(response),
                                                                          rules.centers()[school.seed.center_type]))
            return
        if not school.scope.contains(response.url):
            school.errors["redirected off the school's site"] += 1
            return
        ctx = self._context(school, response)
        if isinstance(response, TextResponse) and _is_html(response):
            rendered = bool(response.meta.get("rendered_by"))
            if rendered:
                script_built = after_rendering(response, response.selector)
            else:
                files = own_scripts(response.selector, response.url)
                unread = [url for url in files if url not in school.scripts]
                if unread:
                    # the page's own code decides; the page is analysed when it arrives
                    yield self._script_request(school, unread[0], response)
                    return
                script_built = needs_rendering(response, response.selector, {u: school.scripts[u] for u in files})
            if script_built and self.renderer and not rendered:
                # analyse what a person sees instead: the same page through the renderer
                self.crawler.stats.inc_value("tochka/rendered")
                school.inflight += 1
                yield render_request(response.request, self.renderer)
                return
            facts, links = self._analyse_html(school, response, ctx)
            if script_built:
                facts.needs_rendering = script_built
                school.needs_rendering.append(response.url)
                self.crawler.stats.inc_value("tochka/needs_rendering")
        else:
            facts, links = self._analyse_document(response, ctx), []
            if facts is None:
                return
        facts.aliases = [canonical(url) for url in response.meta.get("redirect_urls", ())]
        school.facts.append(facts)
        yield page_item(facts, school.id, self.crawl_id, rendered=bool(response.meta.get("rendered_by")))
        if links:
            origin = policy.PageRole(role, response.meta.get("depth", 0), response.meta["section_depth"],
                                     school.global_urls)
            planned = policy.plan_links(facts, links, origin, ctx.center, self.news_budget - school.news_opened,
                                        self.year)
            school.news_opened += sum(1 for p in planned if p.role == "news")
            yield from self._requests(school, planned)

    def _script_request(self, school: SchoolCrawl, url: str, page) -> scrapy.Request:
        school.inflight += 1
        return scrapy.Request(url, callback=self.parse_script, errback=self.on_script_error,
                              priority=page.request.priority + 1, dont_filter=True,
                              meta={"school": school.id, "role": "script", "script_url": url, "page": page,
                                    "download_maxsize": SCRIPT_MAXSIZE})

    def parse_script(self, response):
        school = self.schools[response.meta["school"]]
        school.inflight -= 1
        body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        school.scripts[response.meta["script_url"]] = body
        yield from self._resume(school, response.meta["page"])

    def on_script_error(self, failure):
        meta = failure.request.meta
        school = self.schools.get(meta.get("school"))
        if school is None:
            return
        school.inflight -= 1
        school.scripts[meta["script_url"]] = ""  # unreadable: the page is judged by its HTML alone
        yield from self._resume(school, meta["page"])

    def _resume(self, school: SchoolCrawl, page):
        school.inflight += 1  # parse() takes the page off the ledger again
        yield from self.parse(page)

    def _context(self, school: SchoolCrawl, response) -> PageContext:
        meta = response.meta
        return PageContext(
            center=rules.centers()[school.seed.center_type], as_of=self.as_of, year=self.year,
            in_section=meta["in_section"] and meta["role"] not in ("section", "probe"),
            anchor=meta["anchor"], role=meta["role"], global_urls=school.global_urls,
            site_is_center=school.site_is_center and _same_page(response.url, school.section_url))

    def _analyse_html(self, school: SchoolCrawl, response, ctx: PageContext):
        page = HtmlPage(response.selector.root, get_base_url(response), routes=bool(response.meta.get("rendered_by")))
        role = ctx.role
        if role == "home" and school.seed.center_type != "tochka_rosta" and discover.names_center(
                ctx.center, page.title, *page.headings[:2]):
            # a Kvantorium / IT-cube whose whole site is the center
            school.site_is_center = True
            school.section_url = response.url
            school.section_evidence.append(f"сайт центра: «{page.title[:100]}»")
            ctx = replace(ctx, site_is_center=True)
        facts = analyse_html(page, response.selector, response.url, response.status, ctx)
        if role == "home":
            facts.kind = "home" if not facts.in_section else facts.kind
            if not school.site_is_center:
                school.global_urls = ({link.url for link in page.links}
                                      - policy.home_section_group(page.links, ctx.center))
        if role == "home" and not school.site_is_center:
            facts.is_section = False  # a home page that names the center links to its section
        if facts.is_section and facts.kind != "not_found":
            self._confirm_section(school, response.url, ctx.anchor, role)
        elif role in ("section", "probe"):
            facts.in_section = False
        return facts, page.links

    def _confirm_section(self, school: SchoolCrawl, url: str, anchor: str, role: str) -> None:
        """The first section page found is the root, until a page above it shows up."""
        how = "найден по известному адресу" if role == "probe" else (
            f"ссылка «{anchor[:100]}»" if anchor else "страница раздела")
        current = school.section_url
        if current is None or (not school.site_is_center and (
                _is_above(url, current) or (_newsy(current) and not _newsy(url)))):
            school.section_url = url
            school.section_evidence.insert(0, f"{url} — {how}")
        elif len(school.section_evidence) < 5 and canonical(url) != canonical(current):
            school.section_evidence.append(f"{url} — ещё одна страница раздела")

    def _analyse_document(self, response, ctx: PageContext) -> PageFacts | None:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if document_kind(response.url, content_type, response.body[:8]) is None:
            return None
        doc = document_text(response.body, response.url, content_type)
        return analyse_document(doc, response.url, response.status, ctx, response.headers.get("Last-Modified"))

    # -- failures ---------------------------------------------------------------------
    def on_error(self, failure):
        request = failure.request
        school = self.schools.get(request.meta.get("school"))
        if school is None:
            return
        school.inflight -= 1
        reason = _describe(failure)
        role = request.meta.get("role")
        if "robots.txt" in reason:
            school.robots_blocked.append(request.url)
        school.errors[reason] += 1
        if role == "home" and not school.home_seen:
            if failure.check(HttpError) and failure.value.response.status < 500:
                school.reachable = school.home_seen = True  # the server answers; the page is missing
            else:
                school.unreachable_reason = reason
        if role not in ("probe", "sitemap"):
            facts = PageFacts(url=request.url, status=_status(failure), kind="error", note=reason)
            school.facts.append(facts)
            yield page_item(facts, school.id, self.crawl_id)
        yield from self._finish_if_done(school)

    def on_request_dropped(self, request, spider):
        """A request the scheduler refused still leaves the ledger."""
        school = self.schools.get(request.meta.get("school"))
        if school is not None:
            school.inflight -= 1
            school.errors["request dropped by the scheduler"] += 1
            if school.inflight == 0:
                self._schedule_flush(school)

    def on_idle(self, spider):
        """No request is left, yet a school has not reported: never lose its report."""
        if not self.schools:
            return
        self.logger.warning("%d schools had requests unaccounted for; reporting them now", len(self.schools))
        for school in list(self.schools.values()):
            school.inflight = 0
            self._schedule_flush(school)
        raise DontCloseSpider

    def _schedule_flush(self, school: SchoolCrawl) -> None:
        school.inflight += 1
        self.crawler.engine.crawl(scrapy.Request(
            "data:,", callback=self.flush, dont_filter=True, priority=1000,
            meta={"school": school.id, "role": "flush", "in_section": False, "anchor": "", "section_depth": 0}))

    def flush(self, response):
        school = self.schools.get(response.meta["school"])
        if school is not None:
            school.inflight -= 1
            yield from self._finish_if_done(school)


def _fail(message: str) -> None:
    """A crawl that cannot start says why in one line and exits non-zero."""
    sys.stderr.write(f"tochka: error: {message}\n")
    raise SystemExit(2)


def _is_html(response: TextResponse) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return "html" in ctype or (not ctype and b"<html" in response.body[:2000].lower())


def _root(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _is_above(url: str, other: str) -> bool:
    """``url`` is a parent path of ``other`` on the same host (/tochka-rosta/ over /tochka-rosta/novosti/)."""
    from urllib.parse import urlsplit

    a, b = urlsplit(canonical(url)), urlsplit(canonical(other))
    return (a.netloc == b.netloc and not a.query and a.path != b.path and len(a.path) > 1
            and b.path.startswith(a.path.rstrip("/") + "/"))


def _newsy(url: str) -> bool:
    """A news category or feed («/news/tochka_rosta/1-0-3» on uCoz): a poorer section root
    than a page of the center's own."""
    return bool(rules.page_kinds_by_key()["news"].url.search(url.lower()))


def _same_page(url: str, other: str | None) -> bool:
    return other is not None and canonical(url) == canonical(other)


def _sitemap_locs(response) -> list[str]:
    return [m.decode("utf-8", "replace") for m in _LOC.findall(response.body[:SITEMAP_MAX_BYTES])][:5000]


def _status(failure) -> int:
    return failure.value.response.status if failure.check(HttpError) else 0


def _describe(failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(IgnoreRequest):
        return str(failure.value) or "request ignored"
    name = type(failure.value).__name__
    text = str(failure.value)
    return f"{name}: {text}"[:200]
