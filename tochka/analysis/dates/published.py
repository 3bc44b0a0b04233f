"""A page's own publication date: machine-readable stamps first, then labelled date lines,
a date next to the h1, date-classed elements, and last the URL."""
from __future__ import annotations

import re
from datetime import date
from itertools import islice

import parsel
from lxml import etree

from ..furniture import CLASS_SPLIT, DATES, FurnitureMap
from .stamps import url_date
from .text import _ISO_START, _text_hits, dates_in_text
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
    _trie,
)

# -- HTML: publication date of a page --------------------------------------------------

_META_NAMES = frozenset(n.lower() for n in _HTML["meta_published"])
_DATE_HINTS = frozenset(h.lower() for h in _HTML["date_class_hints"])
_DATE_HINT_PARTS = frozenset(h for h in _DATE_HINTS if not CLASS_SPLIT.search(h))
# Cheap first look at a class value before splitting it into tokens.
_HINT_PREFILTER = re.compile(_alternation(_DATE_HINT_PARTS))
# Whole words: «изменен(о)» announces an update, «Изменения в расписании» names a document.
_IGNORE_BEFORE = re.compile(rf"(?:{_alternation(_fold(w) for w in RULES['text']['ignore_before'])})(?![а-яё])", re.I)
_LABEL = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['text']['published_labels'])})", re.I)
# DataLife Engine prints «12-09-2023, 14:20» and «Сегодня, 14:20» next to the author.
_DLE_STAMP = re.compile(
    rf"(?<![\d-])\d{{2}}-\d{{2}}-\d{{4}},\s*\d{{1,2}}:\d{{2}}|(?<![а-яё])(?:{_alternation(_RELATIVE_DAYS)}),\s*\d{{1,2}}:\d{{2}}",
    re.I)
# Labels and stamps live in short text nodes; long ones are paragraphs. This gate runs on
# every text node of every page: one prefix-tree expression over lower-cased text (re.I on
# Cyrillic was four times slower).
_LABEL_NODE_MAX = 200
_LABEL_GATE = re.compile(
    rf"{_trie(w.lower() for w in [*RULES['text']['published_labels'], *_RELATIVE_DAYS])}|\d\d-\d\d-\d{{4}},")


def _may_hold_label(text: str | None) -> bool:
    return text is not None and len(text) <= _LABEL_NODE_MAX and _LABEL_GATE.search(text.lower()) is not None


# A date line is short; a longer date-classed element is a table or a whole list.
_SHORT = 120


def _is_date_hinted(class_value: str) -> bool:
    for token in class_value.lower().split():
        if token in _DATE_HINTS:
            return True
        if any(part in _DATE_HINT_PARTS for part in CLASS_SPLIT.split(token)):
            return True
    return False


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


def _first_clean_hit(text: str, as_of: date, source: str) -> DateHit | None:
    """The first date in ``text`` not announced as an update or a copyright."""
    for start, _, hit in _text_hits(text, as_of, source):
        if not _IGNORE_BEFORE.search(_fold(text[max(0, start - 30):start])):
            return hit
    return None


def _iso_or_text(value: str, as_of: date, source: str) -> DateHit | None:
    m = _ISO_START.match(value)
    if m:
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if found and _plausible(found, as_of):
            return DateHit(found, source, _snippet(value))
    hits = dates_in_text(value, as_of=as_of)
    return DateHit(hits[0].value, source, hits[0].snippet) if hits else None


def _has_date_class(element) -> bool:
    names = element.get("class") if isinstance(element.tag, str) else None
    return bool(names and _HINT_PREFILTER.search(names.lower()) and _is_date_hinted(names))


class _PageIndex:
    """Everything page_published looks at, gathered in one pass over the document
    (XPath with translate() over every node cost ~5 ms per query on a 50 KB page)."""

    def __init__(self, root) -> None:
        self.metas, self.itemprops, self.jsonld, self.times, self.h1s = [], [], [], [], []
        self.hinted = []
        self.labelled: list[tuple[etree._Element, str, bool]] = []  # (element, its text or tail, is_tail)
        for element in root.iter():
            tag = element.tag
            if not isinstance(tag, str):
                continue
            tail = element.tail
            if _may_hold_label(tail):
                self.labelled.append((element, tail, True))
            if tag in ("script", "style"):
                if tag == "script" and "ld+json" in (element.get("type") or ""):
                    self.jsonld.append(element)
                continue
            if tag == "meta":
                self.metas.append(element)
            elif tag == "time":
                self.times.append(element)
            elif tag == "h1":
                self.h1s.append(element)
            if element.get("itemprop") in ("datePublished", "datepublished"):
                self.itemprops.append(element)
            if _has_date_class(element):
                self.hinted.append(element)
            text = element.text
            if _may_hold_label(text):
                self.labelled.append((element, text, False))


def _from_meta(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for meta in page.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_NAMES and meta.get("content"):
            hit = _iso_or_text(meta.get("content"), as_of, "meta")
            if hit:
                return hit
    for element in page.itemprops:
        if furniture(element):
            continue
        value = element.get("content") or element.get("datetime") or _text_of(element)
        hit = _iso_or_text(value, as_of, "meta")
        if hit:
            return hit
    return None


_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _from_jsonld(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    # A regular expression instead of json.loads: school CMSs emit broken JSON-LD often
    # enough, and only one field is needed.
    for script in page.jsonld:
        m = _JSONLD_PUBLISHED.search(script.text or "")
        if m:
            hit = _iso_or_text(m[1], as_of, "jsonld")
            if hit:
                return hit
    return None


def _from_time(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for element in page.times:
        names = (element.get("class") or "").lower()
        if "updated" in names or "modified" in names or furniture(element):
            continue  # WordPress prints <time class="updated"> next to the published one
        value = element.get("datetime") or element.get("pubdate") or _text_of(element)
        hit = _iso_or_text(value, as_of, "time")
        if hit:
            return hit
    return None


def _from_labels(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    """«Опубликовано: 12.09.2023», «Дата публикации», DLE «12-09-2023, 14:20. Разместил: …»."""
    for element, node_text, is_tail in page.labelled:
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


def _from_heading(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    """A short date line right before or after the page's h1."""
    h1 = next((h for h in page.h1s if not furniture(h)), None)
    if h1 is None:
        return None
    for anchor in (h1, h1.getparent()):
        if anchor is None or anchor.tag == "body":
            break
        neighbours = [*islice(anchor.itersiblings(preceding=True), 1), *islice(anchor.itersiblings(), 3)]
        for element in neighbours:
            if not isinstance(element.tag, str) or furniture(element):
                continue
            text = _text_of(element, 80)
            if 0 < len(text) <= 80:
                hit = _first_clean_hit(text, as_of, "text")
                if hit:
                    return hit
    return None


def _from_hinted(page: _PageIndex, as_of: date, furniture: FurnitureMap) -> DateHit | None:
    for element in page.hinted:
        if furniture(element):
            continue
        text = _text_of(element, _SHORT)
        if text and len(text) <= _SHORT:
            hit = _first_clean_hit(text, as_of, "text")
            if hit:
                return hit
    return None


_PAGE_FINDERS = (_from_meta, _from_jsonld, _from_time, _from_labels, _from_heading, _from_hinted)


def page_published(sel: parsel.Selector, url: str, *, as_of: date) -> DateHit | None:
    """A page's own publication date: machine-readable stamps first (meta, JSON-LD, <time>),
    then a labelled or DLE date line, a date line next to the h1, a date-classed element, and
    last the URL. Footers, widgets, «other news», counters and «обновлено» dates are ignored."""
    root = sel.root
    if isinstance(root, etree._Element):  # JSON and text selectors have only their URL
        furniture = FurnitureMap(DATES)
        index = _PageIndex(root)
        for finder in _PAGE_FINDERS:
            hit = finder(index, as_of, furniture)
            if hit:
                return hit
    hit = url_date(url)
    return hit if hit and _plausible(hit.value, as_of) else None

