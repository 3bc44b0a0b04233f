"""The ``schools`` spider: a school list in, one proven report per school out.

Orchestration only: page analysis lives in ``tochka.analysis``, link choice in
``tochka.crawl.policy``, per-school state and its ledger of open requests in
``tochka.crawl.school``, report assembly in ``tochka.crawl.report``.
"""
from __future__ import annotations

import asyncio
from dataclasses import replace

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url

from ..analysis import rules
from ..analysis.documents import DOCUMENT_META, document_kind, document_text, is_html
from ..analysis.facts import PageContext, PageFacts, analyse_document, analyse_html
from ..analysis.page import HtmlPage
from ..crawl import failures, policy
from ..crawl.arguments import ArgumentError, CrawlArguments, CrawlLimits, SpiderArguments, fail
from ..crawl.ocr import OCR_META
from ..crawl.report import bad_seed_report, page_item, school_report
from ..crawl.school import SchoolCrawl
from ..crawl.sources import SchoolSource, open_source
from ..crawl.visit import Visit
from ..kinds import Role
from ..middlewares import SCHOOL_META, SENT_META
from ..rendering.decide import script_verdict
from ..rendering.requests import render_request
from ..seeds import BadSeed
from ..signals import CrawlRun, crawl_started, school_finished
from ..urls import canonical


class SchoolsSpider(scrapy.Spider):
    name = "schools"
    limits: CrawlLimits   # from the settings, in from_crawler
    run: CrawlArguments
    crawl_id: str
    source: SchoolSource

    def __init__(self, seeds: str | None = None, as_of: str | None = None, year: str | None = None,
                 crawl_id: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.arguments = SpiderArguments(seeds, as_of, year, crawl_id, kwargs.get("_job"))
        self.schools: dict[str, SchoolCrawl] = {}
        self._slot_freed = asyncio.Event()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        try:
            rules.validate()
            spider.run, spider.source = open_source(spider.name, spider.arguments, crawler.settings)
        except (ArgumentError, rules.RuleError) as exc:
            fail(str(exc))
        spider.crawl_id = spider.run.crawl_id
        spider.limits = CrawlLimits.from_settings(crawler.settings)
        crawler.signals.connect(spider.on_request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    # -- start ------------------------------------------------------------------------
    async def start(self):
        self.crawler.signals.send_catch_log(crawl_started, run=CrawlRun(
            self.crawl_id, self.name, self.run.as_of, self.run.year, self.run.seeds_path, self.run.worker))
        self.source.open(self.crawler, self.logger)
        while (entry := await self._next_school()) is not None:
            if isinstance(entry, BadSeed):
                self.crawler.stats.inc_value("tochka/bad_seeds")
                yield bad_seed_report(entry, self.crawl_id, self.run.as_of, self.run.year)
                continue
            school = SchoolCrawl(entry, self.limits.page_budget)
            self.schools[school.id] = school
            for request in self._requests(school, school.first_requests()):
                yield request

    async def _next_school(self):
        while len(self.schools) >= self.limits.max_active:
            # a bounded window of schools in flight keeps memory flat on a national list
            await self._slot_freed.wait()
            self._slot_freed.clear()
        return await self.source.next_school()

    # -- requests and the ledger ------------------------------------------------------
    def _requests(self, school: SchoolCrawl, planned: list[policy.Planned]):
        for plan in planned:
            url, refused = school.claim(plan.url)
            if url is None:
                if refused:
                    self.crawler.stats.inc_value(f"tochka/refused/{refused}")
                continue
            meta = {SCHOOL_META: school.id, OCR_META: plan.role == Role.TIMETABLE}
            visit = Visit(school.id, plan.role, school.issue(), plan.in_section, plan.anchor[:300],
                          plan.section_depth)
            yield scrapy.Request(url, callback=self.parse, errback=self.on_error, priority=plan.priority,
                                 meta=meta, cb_kwargs={"visit": visit}, dont_filter=True)

    def _finish_if_done(self, school: SchoolCrawl):
        if not school.done:
            return
        yield from self._requests(school, school.last_resort())
        if not school.done:
            return
        school.finished = True
        del self.schools[school.id]
        self._slot_freed.set()
        self.crawler.stats.inc_value("tochka/schools_finished")
        self.crawler.signals.send_catch_log(school_finished, school_id=school.id)
        yield school_report(school, self.crawl_id, self.run.as_of, self.run.year)

    def _school_of(self, response_or_request, visit: Visit) -> SchoolCrawl | None:
        """The school a request was for, unless it has been settled already."""
        school = self.schools.get(visit.school)
        if school is None or not school.settle(visit.ticket):
            return None
        school.count_downloads(response_or_request.meta.get(SENT_META))
        return school

    # -- responses --------------------------------------------------------------------
    def parse(self, response, visit: Visit):
        school = self._school_of(response, visit)
        if school is None:
            return
        yield from self._guarded(school, response, visit)
        yield from self._finish_if_done(school)

    def _guarded(self, school: SchoolCrawl, response, visit: Visit):
        try:
            yield from self._analyse(school, response, visit)
        except Exception:  # one broken page must not lose the school's report
            self.logger.exception("analysis failed for %s (school %s)", response.url, school.id)
            self.crawler.stats.inc_value("tochka/analysis_errors")
            school.errors["analysis failed"] += 1

    def _analyse(self, school: SchoolCrawl, response, visit: Visit):
        if visit.role == Role.HOME:
            school.home_seen = school.reachable = True
            school.scope.add_url(response.url)  # the host the seed redirects to is the school's too
        if visit.role == Role.SITEMAP:
            yield from self._requests(school, policy.sitemap_section_urls(response.body, school.center))
            return
        if not school.scope.contains(response.url):
            school.errors["redirected off the school's site"] += 1
            return
        ctx = self._context(school, response, visit)
        if isinstance(response, TextResponse) and is_html(response.headers.get("Content-Type"), response.body):
            rendered = bool(response.meta.get("rendered_by"))
            unread, script_built = script_verdict(response, rendered, school.scripts)
            if unread:
                # the page's own code decides; the page is analysed when it arrives
                yield from self._park(school, unread, response, visit)
                return
            if script_built and self.limits.renderer and not rendered:
                # analyse what a person sees instead: the same page through the renderer
                self.crawler.stats.inc_value("tochka/rendered")
                again = replace(visit, ticket=school.issue())
                page_request = response.request.replace(cb_kwargs={"visit": again})  # type: ignore[union-attr]
                yield render_request(page_request, self.limits.renderer)
                return
            facts, links = self._analyse_html(school, response, visit, ctx)
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
            origin = policy.PageRole(visit.role, response.meta.get("depth", 0), visit.section_depth,
                                     school.global_urls)
            news_left = self.limits.news_items - school.news_opened
            planned = policy.plan_links(facts, links, origin, ctx.center, news_left, self.run.year)
            school.news_opened += sum(1 for p in planned if p.role == Role.NEWS)
            yield from self._requests(school, planned)

    def _context(self, school: SchoolCrawl, response, visit: Visit) -> PageContext:
        return PageContext(
            center=school.center, as_of=self.run.as_of, year=self.run.year,
            in_section=visit.in_section and visit.role not in (Role.SECTION, Role.PROBE),
            anchor=visit.anchor, role=visit.role, global_urls=school.global_urls,
            site_is_center=school.site_is_center and school.section.is_root(response.url))

    def _analyse_html(self, school: SchoolCrawl, response, visit: Visit, ctx: PageContext):
        page = HtmlPage(response.selector.root, get_base_url(response), routes=bool(response.meta.get("rendered_by")))
        if visit.role == Role.HOME and school.recognise_whole_site_center(page, response.url):
            ctx = replace(ctx, site_is_center=True)
        facts = analyse_html(page, response.selector, response.url, response.status, ctx)
        if visit.role == Role.HOME:
            school.learn_menus(page)
        if facts.is_section:
            school.section.confirm(response.url, visit.anchor, visit.role)
        return facts, page.links

    def _analyse_document(self, response, ctx: PageContext) -> PageFacts | None:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        doc = response.meta.get(DOCUMENT_META)  # already read (OCR) by a downloader middleware
        if doc is None and document_kind(response.url, content_type, response.body[:8]) is None:
            return None
        doc = doc or document_text(response.body, response.url, content_type)
        return analyse_document(doc, response.url, response.status, ctx, response.headers.get("Last-Modified"))

    # -- a page's own script files ----------------------------------------------------
    def _park(self, school: SchoolCrawl, script_url: str, page, visit: Visit):
        waiting = school.parked.setdefault(script_url, [])
        waiting.append((page, visit))
        if len(waiting) == 1:
            yield scrapy.Request(
                script_url, callback=self.parse_script, errback=self.on_script_error,
                priority=page.request.priority + 1, dont_filter=True,
                meta={SCHOOL_META: school.id, "download_maxsize": self.limits.script_maxsize},
                cb_kwargs={"visit": Visit(school.id, Role.SCRIPT, school.issue()), "script_url": script_url})

    def parse_script(self, response, visit: Visit, script_url: str):
        school = self._school_of(response, visit)
        if school is None:
            return
        body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        yield from self._resume(school, script_url, body)

    def on_script_error(self, failure):
        visit = failure.request.cb_kwargs["visit"]
        school = self._school_of(failure.request, visit)
        if school is not None:
            # unreadable: the page is judged by its HTML alone
            yield from self._resume(school, failure.request.cb_kwargs["script_url"], "")

    def _resume(self, school: SchoolCrawl, script_url: str, code: str):
        school.scripts[script_url] = code
        for page, visit in school.parked.pop(script_url, []):
            yield from self._guarded(school, page, visit)
        yield from self._finish_if_done(school)

    # -- failures ---------------------------------------------------------------------
    def on_error(self, failure):
        visit = failure.request.cb_kwargs["visit"]
        school = self._school_of(failure.request, visit)
        if school is None:
            return
        facts = failures.record(school, failure, failure.request, visit)
        if facts is not None:
            yield page_item(facts, school.id, self.crawl_id)
        yield from self._finish_if_done(school)

    def on_request_dropped(self, request, spider):
        """A request the scheduler refused still leaves the ledger."""
        visit = request.cb_kwargs.get("visit")
        school = self._school_of(request, visit) if isinstance(visit, Visit) else None
        if school is not None:
            school.errors["request dropped by the scheduler"] += 1
            if school.done:
                self._schedule_flush(school)

    def on_idle(self, spider):
        """No request is left, yet a school has not reported: never lose its report."""
        if not self.schools:
            return
        self.logger.warning("%d schools had requests unaccounted for; reporting them now", len(self.schools))
        for school in list(self.schools.values()):
            school.abandon()
            self._schedule_flush(school)
        raise DontCloseSpider

    def _schedule_flush(self, school: SchoolCrawl) -> None:
        visit = Visit(school.id, Role.FLUSH, school.issue())
        self.crawler.engine.crawl(scrapy.Request("data:,", callback=self.flush, dont_filter=True, priority=1000,
                                                 cb_kwargs={"visit": visit}))

    def flush(self, response, visit: Visit):
        school = self._school_of(response, visit)
        if school is not None:
            yield from self._finish_if_done(school)
