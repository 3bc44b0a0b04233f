"""A page's own publication date: machine-readable stamps first, then labelled date lines,
a date next to the h1, date-classed elements, and last the URL."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from itertools import chain, islice
from typing import TYPE_CHECKING

from ..furniture import DATES, FurnitureMap
from .index import DateIndex
from .stamps import url_date
from .text import _ISO_START, _text_hits, dates_in_text, yearless_dates
from .vocabulary import (
    _HTML,
    _RELATIVE_DAYS,
    RULES,
    DateHit,
    _alternation,
    _fold,
    _make_date,
    _plausible,
    _snippet,
    _squash,
)

if TYPE_CHECKING:
    from ..page import HtmlPage

# -- HTML: publication date of a page --------------------------------------------------

_META_NAMES = frozenset(n.lower() for n in _HTML["meta_published"])
# Whole words: «изменен(о)» announces an update, «Изменения в расписании» names a document.
_IGNORE_BEFORE = re.compile(rf"(?:{_alternation(_fold(w) for w in RULES['text']['ignore_before'])})(?![а-яё])", re.I)
_LABEL = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['text']['published_labels'])})", re.I)
# DataLife Engine prints «12-09-2023, 14:20» and «Сегодня, 14:20» next to the author.
_DLE_STAMP = re.compile(
    rf"(?<![\d-])\d{{2}}-\d{{2}}-\d{{4}},\s*\d{{1,2}}:\d{{2}}|(?<![а-яё])(?:{_alternation(_RELATIVE_DAYS)}),\s*\d{{1,2}}:\d{{2}}",
    re.I)

_NUMBER_AFTER = re.compile(rf"\s*(?:г(?:ода?)?\.?\s*)?(?:{_alternation(RULES['text']['document_number_marks'])})", re.I)
_DOCUMENT_BEFORE = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['text']['document_date_words'])})\W*$", re.I)
_LEAD_CHARS = RULES["text"]["lead_chars"]
_LEAD_NOT_AFTER = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['text']['lead_not_after'])})\W*$", re.I)
_LEAD_NOT_BEFORE = re.compile(rf"\W*(?:г(?:ода?)?\.?\s*)?(?:{_alternation(RULES['text']['lead_not_before'])})(?![а-яё])", re.I)
_CLOCK = re.compile(r"\d:\d\d")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# A date line is short; a longer date-classed element is a table or a whole list.
_SHORT = 120


def _text_of(element, limit: int | None = None) -> str:
    """The element's text, whitespace squashed; pieces are joined with spaces so that
    «<b>Разместил:</b>admin<div>Текст</div>» does not read «adminТекст». With a limit, at
    most limit + 1 characters: callers looking for a short date line must not join a whole
    timetable to learn that it is long."""
    if limit is None:
        return _squash(" ".join(element.itertext()))
    text = ""
    for piece in element.itertext():
        text += " " + piece
        if len(text) > limit and len(_squash(text)) > limit:
            break
    return _squash(text)[:limit + 1]


def _first_clean_hit(text: str, as_of: date, source: str, *, references: bool = True) -> DateHit | None:
    """The first date in ``text`` not announced as an update or a copyright; with
    ``references=False`` not a document's date either («от 20 мая 2022 г. № АБ-1367/02»)."""
    for start, end, hit in _text_hits(text, as_of, source):
        if _IGNORE_BEFORE.search(_fold(text[max(0, start - 30):start])):
            continue
        if not references and _is_reference(text, start, end):
            continue
        return hit
    return None


def _is_reference(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is a document's («от 20 мая 2022 г. № АБ-1367/02»)."""
    return bool(_NUMBER_AFTER.match(text, end) or _DOCUMENT_BEFORE.search(text, max(0, start - 8), start))


def _iso_or_text(value: str, as_of: date, source: str) -> DateHit | None:
    m = _ISO_START.match(value)
    if m:
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if found and _plausible(found, as_of):
            return DateHit(found, source, _snippet(value))
    hits = dates_in_text(value, as_of=as_of)
    return DateHit(hits[0].value, source, hits[0].snippet) if hits else None


def _from_meta(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for meta in index.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_NAMES and meta.get("content"):
            hit = _iso_or_text(meta.get("content"), as_of, "meta")
            if hit:
                return hit
    for element in index.itemprops:
        if furniture(element):
            continue
        value = element.get("content") or element.get("datetime") or _text_of(element)
        hit = _iso_or_text(value, as_of, "meta")
        if hit:
            return hit
    return None


_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _from_jsonld(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    # A regular expression instead of json.loads: school CMSs emit broken JSON-LD often
    # enough, and only one field is needed.
    for script in index.jsonld:
        m = _JSONLD_PUBLISHED.search(script.text or "")
        if m:
            hit = _iso_or_text(m[1], as_of, "jsonld")
            if hit:
                return hit
    return None


def _from_time(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for element in index.times:
        names = (element.get("class") or "").lower()
        if "updated" in names or "modified" in names or furniture(element):
            continue  # WordPress prints <time class="updated"> next to the published one
        value = element.get("datetime") or element.get("pubdate") or _text_of(element)
        hit = _iso_or_text(value, as_of, "time")
        if hit:
            return hit
    return None


def _from_labels(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    """«Опубликовано: 12.09.2023», «Дата публикации», DLE «12-09-2023, 14:20. Разместил: …»."""
    for element, node_text, is_tail in index.labelled:
        if furniture(element):
            continue
        # A label often sits in its own <span> with the date in the next one: read the line.
        owner = element.getparent() if is_tail or len(_squash(node_text)) < 25 else element
        text = _text_of(owner if owner is not None else element, 300)
        if len(text) > 300:
            text = _squash(node_text)
        for label in _LABEL.finditer(text):
            hit = _first_clean_hit(text[label.end():label.end() + 40], as_of, "text")
            if hit:
                return DateHit(hit.value, "text", _snippet(text, label.start(), label.end() + 25))
        stamp = _DLE_STAMP.search(text)
        if stamp and not _IGNORE_BEFORE.search(_fold(text[max(0, stamp.start() - 30):stamp.start()])):
            hits = dates_in_text(stamp[0], as_of=as_of)
            if hits:
                return DateHit(hits[0].value, "text", _snippet(text, stamp.start(), stamp.end()))
    return None


def _heading_lines(index: DateIndex, furniture: FurnitureMap, as_of: date) -> Iterator[str]:
    """Short lines right before or after the page's h1: where a date line sits."""
    h1 = next((h for h in index.h1s if not furniture(h)), None)
    for anchor in (h1, h1.getparent()) if h1 is not None else ():
        if anchor is None or anchor.tag == "body":
            break
        neighbours = [*islice(anchor.itersiblings(preceding=True), 1), *islice(anchor.itersiblings(), 3)]
        for element in neighbours:
            if isinstance(element.tag, str) and not furniture(element) and not _entry_heading(element, as_of):
                text = _text_of(element, 80)
                if 0 < len(text) <= 80:
                    yield text


def _entry_heading(element, as_of: date) -> bool:
    """«<h3>17.05.2024</h3><p>…</p><h3>02.04.2024</h3><p>…</p>»: dated headings of a page's
    entries; the first of them is not the page's own date."""
    if element.tag not in _HEADINGS:
        return False
    return any(dates_in_text(_text_of(other, 80), as_of=as_of) for other in element.itersiblings(element.tag))


def _from_heading(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    """A short date line right before or after the page's h1."""
    for text in _heading_lines(index, furniture, as_of):
        hit = _first_clean_hit(text, as_of, "text", references=False)
        if hit:
            return hit
    return None


def _hinted_lines(index: DateIndex, furniture: FurnitureMap) -> Iterator[str]:
    """Short texts of date-classed elements, read one by one: the first dated one wins."""
    for element in index.hinted:
        if not furniture(element):
            text = _text_of(element, _SHORT)
            if text and len(text) <= _SHORT:
                yield text


def _from_hinted(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for text in _hinted_lines(index, furniture):
        hit = _first_clean_hit(text, as_of, "text")
        if hit:
            return hit
    return None


def _text_after(anchor, furniture: FurnitureMap, limit: int) -> str:
    """About ``limit`` characters of the text that follows ``anchor`` in document order up to
    the next heading (on a list page that is the next item), furniture and scripts left out."""
    pieces: list[str] = []
    size = 0
    for piece in _pieces_after(anchor, furniture):
        if piece is None:
            break
        pieces.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return _squash(" ".join(pieces))[:limit]


def _pieces_after(anchor, furniture: FurnitureMap) -> Iterator[str | None]:
    node = anchor
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            yield from _own_text(sibling, furniture)
            yield sibling.tail or ""
        node = node.getparent()


def _own_text(element, furniture: FurnitureMap) -> Iterator[str | None]:
    """The text pieces of an element without the furniture inside it, and None at a heading;
    comments and scripts give only their tails (yielded by the caller)."""
    if element.tag in _HEADINGS:
        yield None
    elif isinstance(element.tag, str) and element.tag not in ("script", "style") and not furniture(element):
        yield element.text or ""
        for child in element:
            yield from _own_text(child, furniture)
            yield child.tail or ""


def _lead(index: DateIndex, furniture: FurnitureMap) -> str:
    """The start of the page's main text: what follows its h1."""
    heading = next((h for h in index.h1s if not furniture(h)), None)
    return _text_after(heading, furniture, _LEAD_CHARS) if heading is not None else ""


def _titled_lead(index: DateIndex, furniture: FurnitureMap) -> str:
    """On a page built without an h1 (Tilda and other builders write the title as
    «<div class="t-title">»): what follows the first element classed as a title."""
    if index.h1s:
        return ""
    title = next((t for t in index.titled if not furniture(t)), None)
    return _text_after(title, furniture, _LEAD_CHARS) if title is not None else ""


def _from_lead(index: DateIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    """«12 сентября 2023 года в нашей школе состоялось…»: for many news items the first
    sentence holds the only date. Not a stamp with a clock time (a file's or a list entry's),
    nor a period's bound, a document's date or an announced event. Under a title that is only
    a classed element the date must open the text: a section page's «центр создан 1 сентября
    2021 года» is no publication date."""
    hit = _lead_date(_lead(index, furniture), as_of)
    if hit is None:
        text = _titled_lead(index, furniture)
        hit = _lead_date(text, as_of, within=_TITLED_LEAD_START)
    return hit


_TITLED_LEAD_START = 3   # characters before the date that opens a title-classed page's text


def _lead_date(text: str, as_of: date, within: int | None = None) -> DateHit | None:
    for start, end, hit in _text_hits(text, as_of, "text"):
        if within is not None and start > within:
            return None
        if _CLOCK.search(text, start, end) or _LEAD_NOT_AFTER.search(text, max(0, start - 12), start) \
                or _LEAD_NOT_BEFORE.match(text, end) or _is_reference(text, start, end) \
                or _IGNORE_BEFORE.search(_fold(text[max(0, start - 30):start])):
            continue
        return hit
    return None


def _from_yearless(index: DateIndex, month: DateHit, furniture: FurnitureMap, as_of: date) -> DateHit | None:
    """«15 сентября» next to the title or in the first sentence of a page whose URL names only
    the month (/2023/09/slug/): the day the URL could not give."""
    for text in chain(_heading_lines(index, furniture, as_of), _hinted_lines(index, furniture), [_lead(index, furniture)]):
        for hit in yearless_dates(text, month.value.year):
            if hit.value.month == month.value.month:
                return hit
    return None


def body_or_url(body: DateHit | None, url: DateHit | None) -> DateHit | None:
    """A date read in the page's text against its URL's. A permalink's date is when the page
    was filed, so an earlier date in the text is the event it reports; a later one (or a day
    of the URL's month) is the text being more exact than the URL."""
    if body is None or url is None:
        return body or url
    return body if body.value >= url.value else url


_PAGE_FINDERS = (_from_meta, _from_jsonld, _from_time, _from_labels, _from_heading, _from_hinted)


def page_published(page: HtmlPage, *, as_of: date) -> DateHit | None:
    """A page's own publication date: machine-readable stamps first (meta, JSON-LD, <time>),
    then a labelled or DLE date line, a date line next to the h1, a date-classed element;
    then the first date of the text after the heading or the URL (the text's when it is not
    earlier than the URL's), and a year-less date of the URL's month. Footers, widgets,
    «other news», counters and «обновлено» dates are ignored."""
    found = url_date(page.url)
    in_url = found if found and _plausible(found.value, as_of) else None
    furniture = page.furniture(DATES)
    index = page.date_index
    for finder in _PAGE_FINDERS:
        hit = finder(index, as_of, furniture)
        if hit:
            return hit
    lead = _from_lead(index, as_of, furniture)
    if lead is None and in_url is not None and in_url.month_only:
        lead = _from_yearless(index, in_url, furniture, as_of)
    return body_or_url(lead, in_url)

