"""Which links of an analysed page to request, why, and how urgently.

The crawl is focused: the center's section and what it links to come first, then
the school's news (publications about the center often live there), then the menus
under which schools hide the section. Everything else is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..analysis import classify, discover, editions, rules
from ..analysis.facts import PageFacts
from ..analysis.page import Link
from ..analysis.verdict import SECTION_DEPTH
from ..kinds import PageKind, Role
from ..urls import host_of, is_document, is_skipped

# Request roles, in order of urgency.
PRIORITY = {
    Role.HOME: 100, Role.PROBE: 100, Role.SECTION: 100, Role.SITEMAP: 95, Role.SECTION_CHILD: 90,
    Role.TIMETABLE: 85, Role.RECOMMENDATIONS: 85, Role.HUB: 60, Role.NEWS_HUB: 50, Role.PAGINATION: 45,
    Role.NEWS: 40, Role.MENU: 30,
}
MAX_MENU_LINKS = 40         # generic home-page links tried when looking for the section
SITEMAP_MAX_BYTES = 2_000_000
SITEMAP_MAX_URLS = 5000
SITEMAP_MAX_SLASHES = 4     # «/» in a section's path: the leading one and three folders
_SITEMAP_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)


@dataclass(frozen=True)
class Planned:
    url: str
    role: Role
    in_section: bool = False
    anchor: str = ""
    section_depth: int = 0

    @property
    def priority(self) -> int:
        return PRIORITY[self.role]


@dataclass
class PageRole:
    """How the crawl reached the page being planned from."""

    role: Role
    depth: int
    section_depth: int
    global_urls: frozenset[str] | set[str]


def plan_links(facts: PageFacts, links: list[Link], origin: PageRole, center: rules.CenterRules,
               news_budget_left: int, year: int) -> list[Planned]:
    planned: list[Planned] = []
    planned += _section_links(links, center, host_of(facts.url))
    if facts.in_section and origin.section_depth < SECTION_DEPTH:
        planned += _section_children(facts, links, origin)
        planned += _timetable_pointers(facts, origin)
    else:
        # the page may turn out to be inside the section once the root is known
        planned += _documents(links, origin)
    planned += _undated_pictures(facts, origin)
    if origin.role == Role.HOME or (origin.role in (Role.HUB, Role.MENU) and origin.depth <= 1):
        planned += _hub_links(links, origin)
    if facts.kind == PageKind.NEWS or origin.role in (Role.NEWS_HUB, Role.PAGINATION):
        planned += _news_links(facts, links, news_budget_left, year)
    # one role per URL: the most urgent reason to open it, planned first, wins
    return list({plan.url: plan for plan in reversed(planned)}.values())[::-1]


def home_section_group(home_links: list[Link], center: rules.CenterRules) -> set[str]:
    """Links in the same top-level menu item as a link that names the center:
    the dropdown of the section, which appears on every page."""
    groups = {link.group for link in home_links
              if link.group and discover.link_score(link, center) >= discover.SECTION_THRESHOLD + 5}
    return {link.url for link in home_links if link.group in groups}


def _section_links(links: list[Link], center: rules.CenterRules, own_host: str) -> list[Planned]:
    """``own_host``: the host of the page that shows the links, a page of the school's site."""
    return [Planned(c.url, Role.SECTION, True, c.evidence)
            for c in discover.section_candidates(links, center, own_host) if c.score >= discover.SECTION_THRESHOLD]


def _section_children(facts: PageFacts, links: list[Link], origin: PageRole) -> list[Planned]:
    out = []
    depth = origin.section_depth + 1
    for link in links:
        if link.url in origin.global_urls or is_skipped(link.url):
            continue
        if link.boilerplate and not facts.is_section:
            continue
        if is_document(link.url):
            role = _document_role(link)
            if role:
                out.append(Planned(link.url, role, True, link.raw_label, depth))
        else:
            out.append(Planned(link.url, Role.SECTION_CHILD, True, link.raw_label, depth))
    return out


def _timetable_pointers(facts: PageFacts, origin: PageRole) -> list[Planned]:
    """«Расписание размещено в разделе «Расписание»: перейти»: the section's sentence makes the
    school's timetable page the section's, even when the site's menu links to it too."""
    return [Planned(ref.url, Role.TIMETABLE, True, ref.label, origin.section_depth + 1)
            for ref in facts.timetables if ref.form == "pointer" and not is_skipped(ref.url)]


def _undated_pictures(facts: PageFacts, origin: PageRole) -> list[Planned]:
    """A timetable picture that nothing on the page dates: its own pixels may (OCR reads what
    a timetable request brings, tochka/crawl/ocr.py)."""
    return [Planned(ref.url, Role.TIMETABLE, facts.in_section, ref.label, origin.section_depth + 1)
            for ref in facts.timetables if ref.form == "image" and not ref.datings]


def _documents(links: list[Link], origin: PageRole) -> list[Planned]:
    return [Planned(link.url, role, False, link.raw_label, origin.section_depth + 1) for link in links
            if link.url not in origin.global_urls and not link.boilerplate and is_document(link.url)
            and (role := _document_role(link))]


def _document_role(link: Link) -> Role | None:
    """Documents are opened only when their text may decide a verdict."""
    text = f"{link.label} {link.url}"
    if classify.is_timetable_label(link.label, link.url) or classify.is_weak_timetable_label(link.label):
        return Role.TIMETABLE
    if editions.may_be_recommendations(text) or editions.editions_named(text):
        return Role.RECOMMENDATIONS
    return None


def _hub_links(links: list[Link], origin: PageRole) -> list[Planned]:
    hubs = rules.pattern("pages", "hubs", "text")
    news = rules.pattern("pages", "news_hubs", "text")
    news_url = rules.pattern("pages", "news_hubs", "url")
    out, menu_links = [], 0
    for link in links:
        if is_skipped(link.url) or is_document(link.url):
            continue
        if news.search(link.label) or (not link.label and news_url.search(link.url.lower())):
            out.append(Planned(link.url, Role.NEWS_HUB, False, link.raw_label))
        elif hubs.search(link.label):
            # «Образование» → «Дополнительное образование» → the section: hubs of hubs too
            out.append(Planned(link.url, Role.HUB, False, link.raw_label))
        elif origin.role == Role.HOME and menu_links < MAX_MENU_LINKS:
            menu_links += 1
            out.append(Planned(link.url, Role.MENU, False, link.raw_label))
    return out


def _news_links(facts: PageFacts, links: list[Link], news_budget_left: int, year: int) -> list[Planned]:
    out = []
    listed_years = [p.day.year for p in facts.publications]
    pagination = rules.pattern("pages", "pagination", "text")
    pagination_url = rules.pattern("pages", "pagination", "url")
    # an older page of the list is worth reading while this page still reaches into the year
    if not facts.publications or max(listed_years, default=year) >= year:
        for link in links:
            if not link.boilerplate and (pagination_url.search(link.url.lower()) or
                                         (pagination.search(link.label) and len(link.label) < 25)):
                out.append(Planned(link.url, Role.PAGINATION, facts.in_section, link.raw_label))
    for publication in facts.publications:
        if news_budget_left <= 0:
            break
        if not publication.about_center and not facts.is_section and not is_skipped(publication.url):
            news_budget_left -= 1
            out.append(Planned(publication.url, Role.NEWS, False, publication.title))
    return out


def probe_requests(home_url: str, center: rules.CenterRules) -> list[Planned]:
    """Known slugs, tried only when nothing on the site links to the section."""
    from urllib.parse import urljoin

    return [Planned(urljoin(home_url, path), Role.PROBE, True, "") for path in center.probe_paths]


def sitemap_section_urls(sitemap: bytes, center: rules.CenterRules) -> list[Planned]:
    """Up to three section pages a sitemap.xml lists, shallowest first (at most three
    folders deep: ``/a/b/tochka-rosta/``)."""
    found = []
    for match in _SITEMAP_LOC.findall(sitemap[:SITEMAP_MAX_BYTES])[:SITEMAP_MAX_URLS]:
        loc = match.decode("utf-8", "replace")
        path = classify.url_path(loc)
        if center.url_slug.search(path) and path.count("/") <= SITEMAP_MAX_SLASHES:
            found.append(Planned(loc, Role.SECTION, True, "sitemap.xml"))
    return sorted(found, key=lambda p: len(p.url))[:3]


__all__ = ["Planned", "PageRole", "plan_links", "home_section_group", "probe_requests", "sitemap_section_urls"]
