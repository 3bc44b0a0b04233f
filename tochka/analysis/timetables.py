"""Timetables on a page, in every form a school publishes one (docs/domain.md#timetables).

A timetable is a link or a file called «Расписание…» (form ``link`` or ``document``), an HTML
table or lines of days and times under a heading that names it (``table``: accordions,
spoilers and CSS tabs hold their text in the HTML too), a picture whose caption, alt, title or
file name names it (``image``), or a sentence of the section that points to it through a link
that says nothing itself («размещено в разделе «Расписание»: перейти», ``pointer``).

One walk over the page's content turns it into lines, pictures and links in reading order. A
line that names a timetable opens a region (a timetable page is one region from its start),
and what follows it up to the next heading of the same rank is the timetable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from urllib.parse import unquote, urljoin

from lxml import etree

from ..urls import DOCUMENT_EXTENSIONS, canonical, extension, is_document
from . import classify, dates, rules
from .furniture import LINKS, is_furniture_node
from .page import HtmlPage, Link
from .text import normalize, snippet

# How much of a long text is searched for explicit dates (academic years are
# searched in all of it): the first lines of a timetable carry its date.
DATE_SEARCH_CHARS = 3000
# When one timetable is seen in several forms, the evidence names the most telling one:
# what the timetable is (a table, a picture, a file) before how the section reaches it.
FORMS = ("table", "image", "document", "pointer", "link")
IMAGE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff", "heic"})
# A region ends at the next heading of its rank, or after this much content.
REGION_MAX_ITEMS = 120
HEADING_MAX_CHARS = 250
SHORT_LINE_CHARS = 150
# more pictures than this after a heading are a photo gallery, not timetables
REGION_MAX_PICTURES = 6
_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PLAIN_LEVEL = 7   # a line that is not an <h1>-<h6>: a caption, a summary, a bold paragraph
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "br", "section",
    "article", "figure", "figcaption", "caption", "summary", "details", "dt", "dd", "blockquote", "pre",
    "center", "form", "label", "button", "hr", "main"})
_YEAR_AFTER_WORD = re.compile(r"(?<=[^\W\d])-(?=(?:19|20)\d{2})")
# text in these is a heading of what follows it (a bold line, a table's caption, an accordion's summary)
_EMPHASIS_TAGS = frozenset({"strong", "b", "caption", "summary", "th", "legend", "dt", "label", "button"})
_SKIPPED_TAGS = frozenset({"template", "svg", "head", "title", "meta", "link"})


@dataclass(frozen=True)
class Dating:
    """One piece of evidence of which academic year a timetable is for."""

    academic_year: str | None
    day: date | None
    source: str    # link_text | url | upload_path | document_text | esign | page_text | published | last_modified
    snippet: str


@dataclass
class TimetableRef:
    url: str
    label: str
    kinds: tuple[str, ...]
    datings: list[Dating]
    found_on: str
    form: str = "link"   # one of FORMS
    # False for a link called «Режим работы центра»: it counts only when what it leads to
    # turns out to hold days and times of classes (that page's or file's own entry)
    confirmed: bool = True


# -- dating evidence ------------------------------------------------------------------
def datings_in(text: str, source: str, as_of: date) -> list[Dating]:
    found = [Dating(ay, None, source, snippet(text, 100)) for ay in dates.academic_years(text)]
    found += [Dating(None, hit.value, source, hit.snippet)
              for hit in dates.dates_in_text(text[:DATE_SEARCH_CHARS], as_of=as_of)]
    return found


def datings_of_url(url: str) -> list[Dating]:
    name = unquote(url.rsplit("/", 1)[-1])
    # «raspisanie-2023-2024.png»: the dash before the first year separates words, not years
    words = _YEAR_AFTER_WORD.sub(" ", name.replace("_", "-"))
    found = [Dating(ay, None, "url", name[:100]) for ay in dates.academic_years(words)]
    hit = dates.upload_path_date(url)
    if hit:
        found.append(Dating(None, hit.value, "upload_path", hit.snippet))
    return found


def document_datings(text: str, as_of: date, last_modified: str | bytes | None) -> list[Dating]:
    found = datings_in(text, "document_text", as_of)
    esign = dates.esign_date(text)
    if esign:
        found.append(Dating(None, esign.value, "esign", esign.snippet))
    header = dates.http_date(last_modified)
    if header and header.value <= as_of:
        found.append(Dating(None, header.value, "last_modified", header.snippet))
    return found


def ocr_datings(text: str) -> list[Dating]:
    """Recognised text is noisy: only a line naming an academic year dates a timetable, and
    that line is the evidence quoted."""
    return [Dating(year, None, "ocr", snippet(line, 100))
            for line in text.splitlines() for year in dates.academic_years(line)]


def form_of_url(url: str) -> str:
    """What a link to a timetable leads to: a file, a picture, or a page."""
    if is_document(url):
        return "document"
    return "image" if extension(url) in IMAGE_EXTENSIONS else "link"


def timetable_from_link(link: Link, found_on: str, as_of: date, confirmed: bool = True) -> TimetableRef:
    return TimetableRef(
        url=link.url, label=snippet(link.raw_label, 160), kinds=classify.timetable_kinds(link.label),
        datings=datings_in(link.raw_label, "link_text", as_of) + datings_of_url(link.url), found_on=found_on,
        form=form_of_url(link.url), confirmed=confirmed)


def text_holds_schedule(text: str, weak: bool) -> bool:
    """Whether a document's text lists days and times of classes (opening hours alone do not)."""
    return _holds_schedule(_Region("", 0, weak, [_Line(line) for line in text.splitlines() if line.strip()]))


# -- the page's content in reading order ----------------------------------------------
@dataclass
class _Line:
    text: str
    level: int = PLAIN_LEVEL
    cells: int = 0             # cells of a table row it spans (a layout table's column holds whole pages)
    links: list[_Anchor] = field(default_factory=list)
    emphasized: bool = False   # all of it bold, a caption, an accordion's or a spoiler's title

    @property
    def norm(self) -> str:
        return normalize(self.text)


@dataclass
class _Target:
    """Where a link or a picture leads; resolved only for the few that turn out to matter."""

    href: str
    base_url: str

    @cached_property
    def url(self) -> str:
        try:
            url = canonical(urljoin(self.base_url, self.href))
        except ValueError:
            return ""
        return url if url.startswith(("http://", "https://")) else ""


@dataclass
class _Anchor(_Target):
    text: str = ""
    line: _Line | None = None


@dataclass
class _Picture(_Target):
    texts: str = ""    # caption, alt, title as written


_Item = _Line | _Anchor | _Picture


class _Reader:
    """Flattens the content (not the site's menus, header, footer) into lines, links and
    pictures, in the order a person reads them."""

    def __init__(self, base_url: str, captions: dict[etree._Element, str]):
        self.base_url = base_url
        self.captions = captions   # figure -> its caption, from the page's date index
        self.items: list[_Item] = []
        self._parts: list[str] = []
        self._level = PLAIN_LEVEL
        self._cells = 0
        self._emphasis: list[etree._Element] = []
        self._plain = False        # the open line has text outside headings and emphasis
        self._pending: list[_Anchor] = []
        self._anchors: list[tuple[etree._Element, list[str]]] = []

    def read(self, body: etree._Element) -> list[_Item]:
        walker = etree.iterwalk(body, events=("start", "end"))
        skipped: etree._Element | None = None
        for event, el in walker:
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                if el is not body and (not tag or tag in _SKIPPED_TAGS or is_furniture_node(el, LINKS)):
                    walker.skip_subtree()   # its "end" still comes
                    skipped = el
                    continue
                self._start(el, tag)
            elif skipped is not None and el is skipped:
                self._text(skipped.tail)
            else:
                self._end(el, tag)
        self._flush()
        return self.items

    def _start(self, el: etree._Element, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _HEADING_LEVELS:
            self._level = _HEADING_LEVELS[tag]
        elif tag in ("td", "th"):
            self._cells += 1
        elif tag == "a" and el.get("href"):
            self._anchors.append((el, []))
        elif tag == "img":
            self._picture(el)
        if tag in _EMPHASIS_TAGS or _pattern("heading_class").search((el.get("class") or "").lower()):
            self._emphasis.append(el)
        self._text(el.text)

    def _end(self, el: etree._Element, tag: str) -> None:
        if tag == "a" and self._anchors and self._anchors[-1][0] is el:
            _, words = self._anchors.pop()
            href = self._href(el.get("href", ""))
            if href:
                anchor = _Anchor(href, self.base_url, " ".join(" ".join(words).split()))
                self._pending.append(anchor)
                self.items.append(anchor)
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _HEADING_LEVELS:
            self._level = PLAIN_LEVEL
        if self._emphasis and self._emphasis[-1] is el:
            self._emphasis.pop()
        self._text(el.tail)

    def _text(self, text: str | None) -> None:
        if text and text.strip():
            self._parts.append(text)
            self._plain = self._plain or (not self._emphasis and self._level == PLAIN_LEVEL)
            for _, words in self._anchors:
                words.append(text)

    def _flush(self) -> None:
        text = " ".join(" ".join(self._parts).split())
        self._parts = []
        plain, self._plain = self._plain, False
        cells, self._cells = self._cells, 0
        if text or self._pending:
            line = _Line(text, self._level, cells, self._pending, not plain)
            for anchor in self._pending:
                anchor.line = line
            self._pending = []
            if text:
                self.items.append(line)

    def _picture(self, img: etree._Element) -> None:
        src = img.get("src") or img.get("data-src") or ""
        link = next((a for a in img.iterancestors("a")), None)
        href = link.get("href", "") if link is not None else ""
        if link is not None and extension(href) not in IMAGE_EXTENSIONS:
            return  # a banner or a button: a link to a page, read as a link
        target = self._href(href or src)
        if not target:
            return
        figure = next((f for f in img.iterancestors("figure")), None)
        caption = " ".join(self.captions.get(figure, "").split()) if figure is not None else ""
        texts = " ".join(t for t in (caption, img.get("alt"), img.get("title")) if t)
        self.items.append(_Picture(target, self.base_url, texts))

    @staticmethod
    def _href(href: str) -> str:
        href = href.strip()
        return "" if href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")) else href


# -- regions: a heading that names a timetable, and what follows it --------------------
@dataclass
class _Region:
    heading: str
    level: int
    weak: bool                       # «Режим работы центра»: only days and times make it one
    items: list[_Item] = field(default_factory=list)


def _names_timetable(text: str) -> str | None:
    """"strong" for a line that names a timetable, "weak" for one that names opening hours
    that may be a timetable, None otherwise."""
    if classify.is_timetable_label(text):
        return "strong"
    return "weak" if classify.is_weak_timetable_label(text) else None


def _regions(items: list[_Item], page_heading: str | None) -> list[_Region]:
    regions: list[_Region] = []
    current = None
    if page_heading is not None:
        current = _Region(page_heading, 0, _names_timetable(page_heading) == "weak")
        regions.append(current)
    page_line = normalize(page_heading or "")
    for item in items:
        if isinstance(item, _Line):
            named = _names_timetable(item.norm) if _heading_like(item) else None
            if named and not _is_link_text(item) and item.norm != page_line:
                current = _Region(item.text, item.level, named == "weak")
                regions.append(current)
                continue
            if current is not None and item.level < PLAIN_LEVEL and item.level <= current.level:
                current = None
        if current is not None and len(current.items) < REGION_MAX_ITEMS:
            current.items.append(item)
    return regions


def _heading_like(line: _Line) -> bool:
    """A heading, a bold line, a caption or a short line that starts by naming the timetable
    («Расписание занятий на 2023-2024 уч. год»); not prose that mentions one in passing
    («занятия проходят по расписанию»)."""
    if len(line.text) > HEADING_MAX_CHARS:
        return False
    if line.level < PLAIN_LEVEL or line.emphasized:
        return True
    opening = " ".join(line.norm.lstrip("0123456789.)-• ").split()[:2])
    return len(line.text) <= SHORT_LINE_CHARS and _names_timetable(opening) is not None


def _is_link_text(line: _Line) -> bool:
    """A line that is only a link's label («Расписание на 2023-2024.pdf») is a link."""
    return bool(line.links) and normalize(" ".join(a.text for a in line.links)) == line.norm


def _holds_schedule(region: _Region) -> bool:
    """Days and times (or rows of a table) under the heading. Opening hours name one or two
    spans of time; a timetable names many."""
    lines = [item.norm for item in region.items if isinstance(item, _Line)]
    spans = {span for line in lines for span in _pattern("span").findall(line)}
    if region.weak:
        return len(spans) >= 3
    timed = sum(1 for line in lines if _pattern("line").search(line))
    rows = sum(1 for item in region.items if isinstance(item, _Line) and item.cells >= 2)
    return timed >= 2 or rows >= 3


def _pattern(key: str):
    return rules.pattern("pages", "timetable_content", key)


# -- the timetables a page holds -------------------------------------------------------
@dataclass(frozen=True)
class PageTimetables:
    refs: list[TimetableRef]
    pointed: list[str]       # pages a sentence of the content points to as the timetable
    page_form: str | None    # "table" when the timetable page holds its days and times itself


def may_hold_timetable(page: HtmlPage) -> bool:
    """Cheap test before the walk: most pages never mention a timetable."""
    text = page.raw_text_lower
    if _pattern("quick").search(text):
        return True
    return any(_pattern("quick").search(" ".join(filter(None, (img.get("alt"), img.get("title"),
                                                              unquote(img.get("src") or "")))).lower())
               for img in page.date_index.images)


def held_timetables(page: HtmlPage, page_url: str, page_heading: str | None, published: dates.DateHit | None,
                    as_of: date) -> PageTimetables:
    """Tables, pictures, links and pointers in the page's content that are timetables.
    ``page_heading`` is given for a timetable page: its whole content is the timetable's."""
    body = page.root.find("body")
    items = _Reader(page.base_url, page.date_index.captions).read(body if body is not None else page.root)
    refs, pointed, page_form = [], [], None
    for number, region in enumerate(_regions(items, page_heading), start=1):
        heading_datings = datings_in(region.heading, "page_text", as_of)
        if _holds_schedule(region):
            if region.level == 0:
                page_form = "table"
            else:
                refs.append(_table_ref(region, f"{page_url}#timetable-{number}", page_url, heading_datings,
                                       published, as_of))
        if region.weak and not _holds_schedule(region):
            continue
        refs += _pictures_in(region, page_url, heading_datings, as_of)
        refs += _links_in(region, page_url, heading_datings, as_of)
    for picture in (item for item in items if isinstance(item, _Picture)):
        if classify.is_timetable_label(picture.texts, picture.href) and picture.url:
            refs.append(_picture_ref(picture, picture.texts, page_url, [], as_of))
    for anchor in (item for item in items if isinstance(item, _Anchor)):
        if _is_pointer(anchor):
            pointed.append(anchor.url)
            line = anchor.line.text if anchor.line else anchor.text
            refs.append(TimetableRef(anchor.url, snippet(line, 160), classify.timetable_kinds(line),
                                     datings_in(line, "link_text", as_of) + datings_of_url(anchor.url),
                                     page_url, "pointer"))
    return PageTimetables(refs, pointed, page_form)


def _table_ref(region: _Region, url: str, page_url: str, heading_datings: list[Dating],
               published: dates.DateHit | None, as_of: date) -> TimetableRef:
    text = " ".join(item.text for item in region.items if isinstance(item, _Line))
    kinds = classify.timetable_kinds(region.heading)
    if kinds == ("general",):
        kinds = classify.timetable_kinds(text[:DATE_SEARCH_CHARS])
    datings = heading_datings or datings_in(text, "page_text", as_of)
    if published:
        datings = datings + [Dating(None, published.value, "published", published.snippet)]
    return TimetableRef(url, snippet(region.heading, 160), kinds, datings, page_url, "table")


def _pictures_in(region: _Region, page_url: str, heading_datings: list[Dating], as_of: date) -> list[TimetableRef]:
    if sum(1 for item in region.items if isinstance(item, _Picture)) > REGION_MAX_PICTURES:
        return []
    return [_picture_ref(item, item.texts or region.heading, page_url, heading_datings, as_of)
            for item in region.items if isinstance(item, _Picture) and not classify.is_not_timetable_label(item.texts)
            and not classify.is_timetable_label(item.texts, item.href) and item.url]  # those are found on their own


def _picture_ref(picture: _Picture, label: str, page_url: str, heading_datings: list[Dating],
                 as_of: date) -> TimetableRef:
    """A picture of a timetable; with no dating it is left for OCR (form "image", its URL)."""
    return TimetableRef(picture.url, snippet(label, 160), classify.timetable_kinds(label),
                        datings_in(picture.texts, "link_text", as_of) + datings_of_url(picture.url)
                        + heading_datings, page_url, "image")


def _links_in(region: _Region, page_url: str, heading_datings: list[Dating], as_of: date) -> list[TimetableRef]:
    """Links under a timetable heading whose texts name only the kind and the year
    («Урочная деятельность, 2023-2024»); links called «Расписание…» are found on their own."""
    refs = []
    for item in region.items:
        if not isinstance(item, _Anchor) or classify.is_timetable_label(item.text, item.href) \
                or classify.is_not_timetable_label(item.text):
            continue
        kinds = classify.timetable_kinds(item.text)
        if (kinds == ("general",) and not dates.academic_years(item.text)) or not item.url:
            continue
        refs.append(TimetableRef(item.url, snippet(item.text, 160), kinds,
                                 datings_in(item.text, "link_text", as_of) + datings_of_url(item.url)
                                 + heading_datings, page_url, form_of_url(item.url)))
    return refs


def _is_pointer(anchor: _Anchor) -> bool:
    """A link in a sentence that names the timetable, the link's own text saying less
    («Расписание занятий центра размещено в разделе «Расписание»: перейти»)."""
    line = anchor.line
    if line is None or len(line.links) > 2 or extension(anchor.href) in IMAGE_EXTENSIONS | DOCUMENT_EXTENSIONS:
        return False
    rest = line.norm
    for other in line.links:
        rest = rest.replace(normalize(other.text), " ", 1)
    return classify.is_timetable_label(rest) and bool(_pattern("pointer").search(rest)) and bool(anchor.url)
