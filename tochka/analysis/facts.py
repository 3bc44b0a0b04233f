"""Page analysis: one response in, one small ``PageFacts`` record out.

A school keeps only these facts, never the HTML; the verdict is a pure function of
them (``verdict.py``), so every verdict can be recomputed from stored facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..kinds import LIST_ROLES, PageKind, Role
from ..urls import canonical, is_document
from . import classify, dates, discover, editions, timetables
from .documents import DocumentText
from .page import HtmlPage, Link
from .rules import CenterRules
from .text import normalize, snippet
from .timetables import DATE_SEARCH_CHARS, Dating, TimetableRef, document_datings, timetable_from_link

__all__ = ["Dating", "EditionRef", "PageContext", "PageFacts", "Publication", "TimetableRef", "analyse_document",
           "analyse_html"]

@dataclass(frozen=True)
class PageContext:
    """What the crawl knows about a page before analysing it."""

    center: CenterRules
    as_of: date
    year: int
    in_section: bool = False
    anchor: str = ""           # the label of the link that led here
    role: str = ""             # why it was requested (see crawl.policy)
    site_is_center: bool = False
    global_urls: frozenset[str] | set[str] = frozenset()  # linked from the home page: the site's menus


@dataclass(frozen=True)
class EditionRef:
    url: str
    label: str
    edition: str | None   # key of the newest edition named, None when nothing is named
    found_on: str


@dataclass(frozen=True)
class Publication:
    url: str
    title: str
    day: date
    date_source: str
    about_center: bool
    found_on: str   # the page that shows it: a publication on a section page is the center's


@dataclass
class PageFacts:
    url: str
    status: int = 200
    kind: str = "other"
    title: str = ""
    in_section: bool = False
    is_section: bool = False
    mentions_center: bool = False
    published: dates.DateHit | None = None
    academic_years: list[str] = field(default_factory=list)
    timetables: list[TimetableRef] = field(default_factory=list)
    editions: list[EditionRef] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    subsections: dict[str, str] = field(default_factory=dict)
    content_links: list[str] = field(default_factory=list)  # links of the page's own content
    side_links: list[str] = field(default_factory=list)     # links in its menus, not on the home page
    aliases: list[str] = field(default_factory=list)        # other URLs that led here (redirects)
    needs_rendering: str | None = None
    note: str | None = None


# -- HTML pages -----------------------------------------------------------------------
def analyse_html(page: HtmlPage, ctx: PageContext) -> PageFacts:
    url, status, title = page.url, page.status, page.title
    heading = page.heading
    if classify.is_not_found(title, heading):
        return PageFacts(url=url, status=status, kind="not_found", title=title,
                         note="soft 404: the page says it does not exist")
    center = ctx.center
    facts = PageFacts(url=url, status=status, title=snippet(heading or title, 200), in_section=ctx.in_section)
    facts.kind = classify.page_kind(url, ctx.anchor, heading, title)
    facts.mentions_center = (page.may_name(center) or discover.names_center(center, heading)) and \
        discover.about_own_center(center, f"{normalize(heading)} {page.main_text}", normalized=True)
    facts.academic_years = dates.academic_years(f"{heading} {title}")
    facts.published = dates.page_published(page, as_of=ctx.as_of) if _date_matters(facts, page, ctx) else None
    facts.is_section = ctx.site_is_center or (
        (facts.mentions_center or discover.names_center(center, title))
        and discover.is_section_page(center, url, title, page.headings, page.main_text,
                                     dated=facts.published is not None,
                                     subsection_links=_subsection_links(page, ctx.global_urls)))
    if facts.is_section:
        facts.in_section = True
        if facts.kind in (PageKind.OTHER, PageKind.GENERAL, PageKind.NEWS) or ctx.role == Role.SECTION:
            facts.kind = "section"
    own_links = [link for link in page.links if link.url not in ctx.global_urls]
    facts.content_links = [link.url for link in own_links if not link.boilerplate]
    facts.side_links = [link.url for link in own_links if link.boilerplate]
    _held_content(facts, page, own_links, ctx)
    _edition_in_text(facts, page)
    _publications(facts, page, ctx)
    _as_requested(facts, ctx)
    return facts


def _as_requested(facts: PageFacts, ctx: PageContext) -> None:
    """Why the page was requested settles what the analysis alone cannot: a home page that
    names the center links to its section (unless the whole site is the center), and a page
    tried as the section that is not one is outside it."""
    if ctx.role == Role.HOME:
        if not facts.in_section:
            facts.kind = PageKind.HOME
        if not ctx.site_is_center:
            facts.is_section = False
    elif ctx.role in (Role.SECTION, Role.PROBE) and not facts.is_section:
        facts.in_section = False


def _date_matters(facts: PageFacts, page: HtmlPage, ctx: PageContext) -> bool:
    """A page's own date counts for a news item, a timetable or a possible section page;
    lists and plain menu pages that never name the center need none (it is the costliest
    look at a page)."""
    if ctx.role in LIST_ROLES:
        return False
    if ctx.role == Role.MENU:
        return facts.kind in (PageKind.NEWS, PageKind.TIMETABLE) or facts.mentions_center or page.may_name(ctx.center)
    return True


def _subsection_links(page: HtmlPage, global_urls) -> int:
    """How many distinct subsections (documents, timetable, teachers…) the page's own
    content links to (the site menus link to the school's documents and news too)."""
    return len({classify.subsection_of(classify.page_kind(link.url, link.label))
                for link in page.links if not link.boilerplate and link.url not in global_urls} - {None})


def _held_content(facts: PageFacts, page: HtmlPage, own_links: list[Link], ctx: PageContext) -> None:
    """Timetables, recommendations and subsections the page holds; they count for the
    school when the verdict finds the page inside the section."""
    if facts.kind == PageKind.TIMETABLE and classify.promises_timetable(page.main_text):
        facts.kind = PageKind.TIMETABLE_PROMISE
    _held_timetables(facts, page, ctx)
    for link in own_links:
        if link.boilerplate and not facts.is_section:
            continue
        if classify.is_timetable_label(link.label, link.url):
            facts.timetables.append(timetable_from_link(link, facts.url, ctx.as_of))
        elif classify.is_weak_timetable_label(link.label):
            facts.timetables.append(timetable_from_link(link, facts.url, ctx.as_of, confirmed=False))
        named = editions.newest_named(f"{link.label} {link.url}")
        if named or editions.may_be_recommendations(f"{link.label} {link.url}"):
            facts.editions.append(EditionRef(link.url, snippet(link.raw_label, 160), named.key if named else None,
                                             facts.url))
        subsection = classify.subsection_of(classify.page_kind(link.url, link.label))
        if subsection and link.url not in facts.subsections.values():
            facts.subsections.setdefault(subsection, link.url)
    own = classify.subsection_of(facts.kind)
    if own:
        facts.subsections.setdefault(own, facts.url)


def _edition_in_text(facts: PageFacts, page: HtmlPage) -> None:
    """A page titled as the recommendations (a document's HTML card with its text, a page
    that reproduces the letter) names its edition in its text, not in a link."""
    if not editions.may_be_recommendations(facts.title):
        return
    named = editions.newest_named(page.main_text[:DATE_SEARCH_CHARS * 3])
    if named and all(ref.edition != named.key for ref in facts.editions):
        facts.editions.append(EditionRef(facts.url, facts.title, named.key, facts.url))


def _held_timetables(facts: PageFacts, page: HtmlPage, ctx: PageContext) -> None:
    """The page as a timetable, and the tables, pictures, links and pointers it holds."""
    is_timetable = facts.kind == PageKind.TIMETABLE
    # lists and menus hold other pages' words; any other page may turn out to be the
    # section's (a whole-site center's, a frame's, a pointer's target)
    may_be_sections = ctx.role not in LIST_ROLES or facts.is_section or ctx.site_is_center
    if facts.kind == PageKind.TIMETABLE_PROMISE or not (
            is_timetable or (may_be_sections and timetables.may_hold_timetable(page))):
        return
    held = timetables.held_timetables(page, facts.url, facts.title if is_timetable else None, facts.published,
                                      ctx.as_of)
    facts.timetables += held.refs
    # the verdict follows a pointer like a link of the section's content
    facts.content_links += [url for url in held.pointed if url not in facts.content_links]
    names_opening_hours = not any(classify.is_timetable_label(label) for label in (facts.title, ctx.anchor)) and \
        any(classify.is_weak_timetable_label(label) for label in (facts.title, ctx.anchor))
    if not is_timetable or (names_opening_hours and held.page_form is None):
        return
    facts.academic_years = facts.academic_years or dates.academic_years(page.main_text)
    datings = [Dating(ay, None, "page_text", snippet(facts.title, 100)) for ay in facts.academic_years]
    if not datings:
        datings = timetables.datings_in(page.main_text, "page_text", ctx.as_of)
    if facts.published:
        datings.append(Dating(None, facts.published.value, "published", facts.published.snippet))
    facts.timetables.append(TimetableRef(facts.url, facts.title, classify.timetable_kinds(facts.title),
                                         datings, facts.url, held.page_form or "link"))


def _publications(facts: PageFacts, page: HtmlPage, ctx: PageContext) -> None:
    """News items on a list page, dated paragraphs of a section's news page, or the page
    itself when it is one news item."""
    center = ctx.center
    listed = []
    # a page opened from a list is an item of it, not another list
    if ctx.role != Role.NEWS and (facts.kind in (PageKind.NEWS, PageKind.SECTION) or facts.is_section or ctx.in_section
                               or ctx.role in LIST_ROLES):
        listed = dates.listing_entries(page, as_of=ctx.as_of)
    if len(listed) >= 2:
        for entry in listed:
            # a file in a list (a letter, an order) is a document the school posted, not news
            if entry.date is not None and entry.date.value.year == ctx.year and not is_document(entry.href):
                facts.publications.append(Publication(
                    canonical(entry.href), snippet(entry.title, 160), entry.date.value, entry.date.source,
                    discover.about_own_center(center, entry.title), facts.url))
        if facts.kind == "other":
            facts.kind = "news"
        return
    may_list = ctx.role != Role.NEWS and (facts.kind in (PageKind.NEWS, PageKind.SECTION) or facts.is_section)
    blocks = dates.dated_blocks(page, ctx.as_of) if may_list else []
    if len({day for day, _ in blocks}) >= 2:
        # news written as dated paragraphs, with no page per item (one news item repeats one date)
        for day, text in blocks:
            if day.year == ctx.year:
                facts.publications.append(Publication(
                    f"{facts.url}#{day.isoformat()}-{normalize(text)[:40]}", snippet(text, 160), day, "text",
                    discover.about_own_center(center, text), facts.url))
        return
    looks_like_item = facts.kind == PageKind.NEWS or ctx.role == Role.NEWS or dates.url_date(facts.url)
    if (facts.published and facts.published.value.year == ctx.year and looks_like_item
            and ctx.role != "home" and classify.url_path(facts.url) != "/"):
        facts.publications.append(Publication(
            facts.url, facts.title, facts.published.value, facts.published.source, facts.mentions_center, facts.url))


# -- documents ------------------------------------------------------------------------
def analyse_document(doc: DocumentText, url: str, status: int, ctx: PageContext,
                     last_modified: str | bytes | None = None) -> PageFacts:
    """A linked PDF/DOCX/XLSX: its text dates a timetable or names an edition."""
    facts = PageFacts(url=url, status=status, kind=PageKind.DOCUMENT, title=snippet(ctx.anchor, 160),
                      in_section=ctx.in_section, note=doc.error)
    facts.academic_years = dates.academic_years(doc.text)
    named = editions.newest_named(doc.text[:DATE_SEARCH_CHARS * 3]) if doc.text else None
    if named or ctx.role == Role.RECOMMENDATIONS:
        facts.editions.append(EditionRef(url, facts.title, named.key if named else None, url))
    # «Режим работы центра.pdf» is a timetable when it lists days and times of classes
    opening_hours = classify.is_weak_timetable_label(ctx.anchor) and not classify.is_timetable_label(ctx.anchor)
    if ctx.role == Role.TIMETABLE or classify.is_timetable_label(ctx.anchor) or opening_hours or (
            doc.text and classify.is_timetable_label(doc.text[:300])):
        facts.kind = PageKind.TIMETABLE
        label = ctx.anchor or doc.text[:160]
        datings = (timetables.ocr_datings(doc.text) if doc.read_by == "ocr"
                   else document_datings(doc.text, ctx.as_of, last_modified))
        facts.timetables.append(TimetableRef(url, snippet(label, 160),
                                             classify.timetable_kinds(f"{ctx.anchor} {doc.text[:400]}"), datings,
                                             url, "image" if doc.kind == "image" else "document",
                                             not opening_hours or timetables.text_holds_schedule(doc.text, True)))
    return facts
