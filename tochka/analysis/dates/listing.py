"""Dated entries of news and event lists: repeated items each with a link and a date, flat
lists of dated links, and news written as dated paragraphs under year headings."""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin

from lxml import etree

from ..furniture import DATES
from .index import BLOCK_TAGS, TITLE_TAGS, YEAR_HEADING_TAGS, has_date_class
from .published import _SHORT, _first_clean_hit, _iso_or_text, _text_of, body_or_url
from .stamps import upload_path_date, url_date
from .text import _text_hits, dates_in_text, month_heading, yearless_dates
from .vocabulary import RULES, DateHit, _fold, _plausible, _squash

if TYPE_CHECKING:
    from ..page import HtmlPage


@dataclass(frozen=True)
class ListingEntry:
    title: str
    href: str  # absolute
    date: DateHit | None


# -- HTML: news and event lists ----------------------------------------------------------

_GENERIC_LINK_TEXTS = frozenset(_fold(t) for t in RULES["text"]["generic_link_texts"])
_SKIP_HREF = re.compile(r"\s*(?:#|javascript:|mailto:|tel:|data:)", re.I)
# Table cells are never list items: the date and the title of one row sit in sibling cells.
_NOT_BLOCKS = frozenset({"td", "th", "tbody", "thead", "tfoot", "html", "body"})
_SAMPLE = 10         # a group is a dated list when half of its first members are dated
_CLIMB = 6           # levels from a link up to its list item
_MAX_ITEM_LINKS = 3  # an «item» with more distinct links is a container: read the links one by one
_NEAR = 60           # characters around a link in a flat list that may hold its date
_BLOCK_TEXT = 400
_DIGIT = re.compile(r"\d")


def _signature(element) -> tuple[str, str]:
    """Tag and first class token without digits: «post-123 post type-post» and
    «post-124 post type-post» are the same kind of item."""
    classes = element.get("class")
    first = ""
    if classes:
        first = next((t for t in classes.split() if not _DIGIT.search(t)), "")
    return element.tag, first


def _link_text(anchor) -> str:
    text = _text_of(anchor)
    if not text:
        for image in anchor.iter("img"):
            text = _squash(image.get("alt") or image.get("title") or "")
            if text:
                break
    return text or _squash(anchor.get("title") or "")


def _usable(anchor) -> bool:
    href = anchor.get("href")
    return bool(href) and not _SKIP_HREF.match(href)


# punctuation around a generic link text: «Подробнее »», «(читать далее)»
_TITLE_EDGES = " .:»)"


def _is_title(text: str) -> bool:
    return len(text) >= 3 and not text.isdigit() and _fold(text).strip(_TITLE_EDGES) not in _GENERIC_LINK_TEXTS


class _ListingReader:
    """A document's links (from the page's date index), the list items they sit in, and the
    month headings («Ноябрь 2023») that give year-less item dates their year."""

    def __init__(self, page: HtmlPage, as_of: date) -> None:
        self.as_of = as_of
        self.furniture = page.furniture(DATES)
        index = page.date_index
        base = index.base_href
        self.base = urljoin(page.url, base.strip()) if base is not None else page.url
        self.position = index.order  # link -> its place among links and headings
        self.heading_at: list[int] = []
        self.heading_year: list[int] = []
        self.anchors = [anchor for anchor in index.anchors if _usable(anchor)]
        self.sibling_kinds: dict = {}
        self.table_items: dict = {}
        for element in index.year_lines:
            found = month_heading(element.text)
            if found and not self.furniture(element):
                self.heading_at.append(index.order[element])
                self.heading_year.append(found[0])

    # -- structure --
    def _repeats(self, element) -> bool:
        parent = element.getparent()
        if parent is None:
            return False
        kinds = self.sibling_kinds.get(parent)
        if kinds is None:
            kinds = Counter(_signature(c) for c in parent if isinstance(c.tag, str))
            self.sibling_kinds[parent] = kinds
        return kinds[_signature(element)] >= 2

    def item_of(self, anchor):
        """The repeated element (li, article, div.news-item, tr…) a link belongs to, or None."""
        element = anchor if len(anchor) >= 2 else anchor.getparent()  # a card: <a><date/><title/></a>
        for _ in range(_CLIMB):
            if element is None or element.tag in ("body", "html"):
                return None
            if element.tag not in _NOT_BLOCKS and self._repeats(element):
                return self._whole_table_item(element) if element.tag == "tr" else element
            element = element.getparent()
        return None

    def _whole_table_item(self, row):
        """uCoz prints each entry as its own <table class="eBlock"> (title row, text row,
        details row): when the table or its wrapper repeats, the rows are parts of one item.
        Decided once per table: a timetable asks this for each of its rows."""
        table = row.getparent()
        if table not in self.table_items:
            self.table_items[table] = None
            element = table
            for _ in range(3):
                if element is None or element.tag in ("body", "html"):
                    break
                if element.tag not in _NOT_BLOCKS and self._repeats(element):
                    self.table_items[table] = element
                    break
                element = element.getparent()
        found = self.table_items[table]
        return row if found is None else found

    def href(self, anchor) -> str:
        return urljoin(self.base, anchor.get("href").strip())

    # -- dates --
    def year_for(self, anchor, href: str) -> int | None:
        """A year for year-less dates: the month heading above the link, else the link's year."""
        at = bisect.bisect_left(self.heading_at, self.position.get(anchor, 0))
        if at:
            return self.heading_year[at - 1]
        hit = url_date(href) or upload_path_date(href)
        return hit.value.year if hit else None

    def text_date(self, text: str, anchor, href: str) -> DateHit | None:
        # «Письмо … от 30.11.2023 № ТВ-2356/02»: a document's own date, not when it was posted.
        hit = _first_clean_hit(text, self.as_of, "listing", references=False)
        if hit:
            return hit
        year = self.year_for(anchor, href)
        if year is None:
            return None
        for found in yearless_dates(text, year):
            if _plausible(found.value, self.as_of):
                return DateHit(found.value, "listing", found.snippet)
        return None

    def item_date(self, item, anchor) -> DateHit | None:
        href = self.href(anchor)
        for stamp in item.iter("time"):
            hit = _iso_or_text(stamp.get("datetime") or _text_of(stamp), self.as_of, "listing")
            if hit:
                return hit
        for element in filter(has_date_class, item.iter()):
            text = _text_of(element, _SHORT)
            hit = self.text_date(text, anchor, href) if text and len(text) <= _SHORT else None
            if hit:
                return hit
        in_url = url_date(href)
        if in_url and not _plausible(in_url.value, self.as_of):
            in_url = None
        if in_url and not in_url.month_only:
            return in_url
        # A month permalink (/2023/09/slug/) gives way to the day the item's text names.
        hit = body_or_url(self.text_date(_text_of(item, _BLOCK_TEXT), anchor, href), in_url)
        if hit:
            return hit
        # <dt>date</dt><dd>link</dd>, <p class="date"/><h3>link</h3>: the date is a neighbour.
        for neighbour in (item.getprevious(), item.getnext()):
            if neighbour is not None and isinstance(neighbour.tag, str) \
                    and _signature(neighbour) != _signature(item):
                text = _text_of(neighbour, _NEAR)
                if 0 < len(text) <= _NEAR:
                    hit = self.text_date(text, anchor, href)
                    if hit:
                        return hit
        return None

    def loose_date(self, anchor) -> DateHit | None:
        """A link in a flat list («12.09.2023 <a>…</a><br>»): the date right before it,
        else right after it (the tail of a previous link belongs to that link)."""
        href = self.href(anchor)
        previous = anchor.getprevious()
        if previous is None:
            before = (anchor.getparent().text or "") if anchor.getparent() is not None else ""
        elif previous.tag == "a":
            before = ""
        else:
            own = "" if previous.tag == "br" else _text_of(previous)
            before = own + " " + (previous.tail or "")
        after = anchor.tail or ""
        following = anchor.getnext()
        if not after.strip() and following is not None and following.tag not in ("a", "br"):
            after = _text_of(following, _NEAR)
        before, after = before[-_NEAR:], after[:_NEAR]
        hits = _text_hits(before, self.as_of, "listing")
        if hits:
            return hits[-1][2]
        hit = self.text_date(after, anchor, href) or self.text_date(before, anchor, href)
        if hit:
            return hit
        hit = url_date(href)
        return hit if hit and _plausible(hit.value, self.as_of) else None

    # -- entries --
    def item_entry(self, item, primary) -> ListingEntry | None:
        title = _link_text(primary)
        if not _is_title(title) or primary is item:
            title = self.item_title(item, primary)
        if not _is_title(title):
            return None
        return ListingEntry(title, self.href(primary), self.item_date(item, primary))

    def loose_entry(self, anchor) -> ListingEntry | None:
        title = _link_text(anchor)
        if not _is_title(title):
            return None
        return ListingEntry(title, self.href(anchor), self.loose_date(anchor))

    # -- titles --
    @staticmethod
    def primary_anchor(item, anchors):
        def rank(anchor):
            in_title = any(a.tag in TITLE_TAGS or "title" in (a.get("class") or "").lower()
                           for a in anchor.iterancestors() if a is not item) or anchor.tag in TITLE_TAGS
            text = _link_text(anchor)
            return (_is_title(text), in_title, len(text))
        return max(anchors, key=rank)

    @staticmethod
    def item_title(item, anchor) -> str:
        """The item's heading, for links that say only «Подробнее» or wrap a whole card."""
        for element in item.iter():
            if not isinstance(element.tag, str) or element is item:
                continue
            names = (element.get("class") or "").lower()
            if element.tag in TITLE_TAGS or "title" in names or "name" in names:
                text = _text_of(element)
                if _is_title(text):
                    return text
        return _link_text(anchor)


class _Candidate(NamedTuple):
    position: int
    entry: Callable[[], ListingEntry | None]  # None when the link has no usable title


def _dated_list(members: list[_Candidate]) -> list[tuple[int, ListingEntry]]:
    """Entries of a group of sibling items, or none when it is not a dated list. Entries are
    built lazily and the decision is taken on the first ones, so a timetable's thousand
    rows cost ten."""
    built: list[tuple[int, ListingEntry]] = []
    remaining = iter(members)
    for member in remaining:
        entry = member.entry()
        if entry is not None:
            built.append((member.position, entry))
            if len(built) == _SAMPLE:
                break
    dated = sum(entry.date is not None for _, entry in built)
    if len(built) < 2 or dated * 2 < len(built):
        return []
    for member in remaining:
        entry = member.entry()
        if entry is not None:
            built.append((member.position, entry))
    return built


def listing_entries(page: HtmlPage, *, as_of: date) -> list[ListingEntry]:
    """Entries of a news/event/document list: repeated items each with a link and a date.
    A group of sibling items counts as a list when at least half of its first ten items are
    dated, so menus, tag clouds and timetables drop out. Entries come in document order,
    one per link target."""
    reader = _ListingReader(page, as_of)
    items: dict = {}  # item element -> the link that found it
    loose = []        # links of flat lists, outside any repeated item
    for anchor in reader.anchors:
        if reader.furniture(anchor):
            continue
        item = reader.item_of(anchor)
        if item is None:
            loose.append(anchor)
        elif item not in items:
            items[item] = [a for a in item.iter("a") if _usable(a)]
    # A link found in several items (category «Новости», author «admin») is not any
    # item's own link.
    shared = Counter(href for links in items.values() for href in {a.get("href") for a in links})
    groups: dict[tuple, list[_Candidate]] = {}
    for item, links in items.items():
        own = [a for a in links if shared[a.get("href")] == 1]
        if len({a.get("href") for a in own}) > _MAX_ITEM_LINKS:
            loose.extend(own)
        elif own:
            primary = reader.primary_anchor(item, own)
            candidate = _Candidate(reader.position.get(primary, 0), functools.partial(reader.item_entry, item, primary))
            groups.setdefault((item.getparent(), _signature(item)), []).append(candidate)
    for anchor in loose:
        candidate = _Candidate(reader.position.get(anchor, 0), functools.partial(reader.loose_entry, anchor))
        groups.setdefault((anchor.getparent(), "flat"), []).append(candidate)
    chosen = []
    for members in groups.values():
        members.sort(key=lambda m: m.position)
        chosen.extend(_dated_list(members))
    chosen.sort(key=lambda pair: pair[0])
    seen: set[str] = set()
    entries = []
    for _, entry in chosen:
        if entry.href not in seen:
            seen.add(entry.href)
            entries.append(entry)
    return entries


# -- news written as dated paragraphs ----------------------------------------------------

BLOCK_DATE_WITHIN = 40  # a block is a dated item when its text starts with a date
BLOCK_MAX_CHARS = 600   # longer blocks are containers of items, not items
_YEAR_HEADING = re.compile(r"^(20\d\d)\s*(?:год|г\.?)?$", re.I)


def _heading_year(text: str) -> int | None:
    """«2023 год», «Ноябрь 2023»: a heading that dates the year-less items below it."""
    found = _YEAR_HEADING.match(text)
    if found:
        return int(found.group(1))
    month = month_heading(text) if len(text) < 30 else None
    return month[0] if month else None


def dated_blocks(page: HtmlPage, as_of: date) -> list[tuple[date, str]]:
    """(date, text) of paragraphs, list items and rows that open with a date; a block
    that opens with «20 октября» takes its year from the heading above it. A block that
    holds two or more such blocks is their list, not an item: its text would lend one
    item the words of the next («…олимпиады. 14.11.2023 Открытые уроки в «Точке роста»»)."""
    texts = {el: " ".join(el.text_content().split()) for el in page.date_index.blocks}
    # blocks that hold a year heading are containers of the items under it
    containers = {ancestor for el, text in texts.items() if el.tag in YEAR_HEADING_TAGS and _heading_year(text)
                  for ancestor in el.iterancestors(*BLOCK_TAGS)}
    candidates: list[tuple[etree._Element, date, str]] = []
    heading_year = None
    for el, text in texts.items():
        if el.tag in YEAR_HEADING_TAGS or len(text) < 30:
            heading_year = _heading_year(text) or heading_year
            if el.tag in YEAR_HEADING_TAGS:
                continue
        if not 12 <= len(text) <= BLOCK_MAX_CHARS or el in containers:
            continue
        hits = dates_in_text(text[:BLOCK_DATE_WITHIN], as_of=as_of)
        if not hits and heading_year:
            hits = yearless_dates(text[:BLOCK_DATE_WITHIN], heading_year)
        if hits:
            candidates.append((el, hits[0].value, text))
    return _items_only(candidates)


def _items_only(candidates: list[tuple[etree._Element, date, str]]) -> list[tuple[date, str]]:
    """The dated blocks that are not lists of two or more others, each (date, opening) once."""
    inner_counts: dict[etree._Element, int] = {}
    dated = {el for el, _, _ in candidates}
    for el, _, _ in candidates:
        for ancestor in el.iterancestors(*BLOCK_TAGS):
            if ancestor in dated:
                inner_counts[ancestor] = inner_counts.get(ancestor, 0) + 1
    found, seen = [], set()
    for el, when, text in candidates:
        if inner_counts.get(el, 0) >= 2 or (when, text[:60]) in seen:
            continue
        seen.add((when, text[:60]))
        found.append((when, text))
    return found
