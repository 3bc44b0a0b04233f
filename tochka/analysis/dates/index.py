"""What the date and timetable readers look at on an HTML page, gathered in one walk.

``HtmlPage.date_index`` builds it once, when a reader first asks, so a page's tree is walked
once for all of them: a page's own date (``published``), its news lists and dated paragraphs
(``listing``), and the pictures a timetable may be (``analysis.timetables``). XPath with
translate() over every node cost ~5 ms per query on a 50 KB page; one pass in Python with
cheap gates costs a fraction of it.
"""
from __future__ import annotations

import re

from lxml import etree

from ..furniture import CLASS_SPLIT
from .text import _YEAR_TOKEN
from .vocabulary import _HTML, _RELATIVE_DAYS, RULES, _alternation, _trie

_DATE_HINTS = frozenset(h.lower() for h in _HTML["date_class_hints"])
_DATE_HINT_PARTS = frozenset(h for h in _DATE_HINTS if not CLASS_SPLIT.search(h))
# Cheap first look at a class value before splitting it into tokens.
_HINT_PREFILTER = re.compile(_alternation(_DATE_HINT_PARTS))
# Labels and stamps live in short text nodes; long ones are paragraphs. This gate runs on
# every text node of every page: one prefix-tree expression over lower-cased text (re.I on
# Cyrillic was four times slower).
_LABEL_NODE_MAX = 200
_LABEL_GATE = re.compile(
    rf"{_trie(w.lower() for w in [*RULES['text']['published_labels'], *_RELATIVE_DAYS])}|\d\d-\d\d-\d{{4}},")
# «t-title», «entry-title», «title»: a class token that is, or ends in, the word
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])title(?=\s|$)")

TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Where «Ноябрь 2023» headings over year-less list entries are written. Not table cells: a
# timetable has thousands, and a month row there is a <b> or <caption> anyway.
MONTH_HEADING_TAGS = frozenset({*TITLE_TAGS, "p", "div", "span", "strong", "b", "font", "caption", "dt", "li"})
_MONTH_HEADING_MAX = 40
# News written as dated paragraphs: the blocks that may be one item, and the headings that
# give year-less items their year.
BLOCK_TAGS = ("p", "li", "tr", "article", "dt", "div")
YEAR_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_BLOCK_OR_YEAR_HEADING = frozenset({*BLOCK_TAGS, *YEAR_HEADING_TAGS})
# the tags DateIndex files by tag alone
_BY_TAG = frozenset({"script", "style", "a", "meta", "time", "h1", "img", "base", "figcaption"})


def _is_date_hinted(class_value: str) -> bool:
    for token in class_value.lower().split():
        if token in _DATE_HINTS:
            return True
        if any(part in _DATE_HINT_PARTS for part in CLASS_SPLIT.split(token)):
            return True
    return False


def has_date_class(element) -> bool:
    names = element.get("class") if isinstance(element.tag, str) else None
    return bool(names and _HINT_PREFILTER.search(names.lower()) and _is_date_hinted(names))


class DateIndex:
    """The elements of one document that date readers need, in document order."""

    def __init__(self, root: etree._Element) -> None:
        # a page's own date
        self.metas: list[etree._Element] = []
        self.itemprops: list[etree._Element] = []
        self.jsonld: list[etree._Element] = []
        self.times: list[etree._Element] = []
        self.h1s: list[etree._Element] = []
        self.hinted: list[etree._Element] = []   # classed as a date
        self.titled: list[etree._Element] = []   # classed as a title: the h1 of pages built without one
        self.labelled: list[tuple[etree._Element, str, bool]] = []  # (element, its text or tail, is_tail)
        # news lists: links and the short lines with a year that may be month headings, with
        # their places in the document (a heading dates the links after it)
        self.anchors: list[etree._Element] = []
        self.year_lines: list[etree._Element] = []
        self.order: dict[etree._Element, int] = {}
        self.base_href: str | None = None
        # news written as dated paragraphs
        self.blocks: list[etree._Element] = []
        # pictures, and the captions of the figures they sit in
        self.images: list[etree._Element] = []
        self.captions: dict[etree._Element, str] = {}
        self._walk(root)

    def _walk(self, root: etree._Element) -> None:
        # Every element of every analysed page passes here: one loop with bound methods and
        # the cheap gates inline (with a method call per element and per gate the whole
        # analysis was about 10% slower than main's on the bench pages).
        labelled, itemprops, hinted, titled = self.labelled.append, self.itemprops.append, self.hinted.append, \
            self.titled.append
        year_lines, blocks, order = self.year_lines.append, self.blocks.append, self.order
        label_gate, hint_prefilter, year_token = _LABEL_GATE.search, _HINT_PREFILTER.search, _YEAR_TOKEN.search
        for position, element in enumerate(root.iter()):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            tail = element.tail
            if tail is not None and len(tail) <= _LABEL_NODE_MAX and label_gate(tail.lower()):
                labelled((element, tail, True))
            if tag in _BY_TAG:
                if tag in ("script", "style"):
                    if tag == "script" and "ld+json" in (element.get("type") or ""):
                        self.jsonld.append(element)
                    continue
                self._add_by_tag(position, element, tag)
            if element.get("itemprop") in ("datePublished", "datepublished"):
                itemprops(element)
            names = element.get("class")
            if names:
                if hint_prefilter(names.lower()) and _is_date_hinted(names):
                    hinted(element)
                if "title" in names and _TITLE_CLASS.search(names):
                    titled(element)
            text = element.text
            if text is not None:
                if len(text) <= _LABEL_NODE_MAX and label_gate(text.lower()):
                    labelled((element, text, False))
                if tag in MONTH_HEADING_TAGS and len(text) <= _MONTH_HEADING_MAX and year_token(text):
                    year_lines(element)
                    order[element] = position
            if tag in _BLOCK_OR_YEAR_HEADING:
                blocks(element)

    def _add_by_tag(self, position: int, element: etree._Element, tag: str) -> None:
        if tag == "a":
            self.anchors.append(element)
            self.order[element] = position
        elif tag == "meta":
            self.metas.append(element)
        elif tag == "time":
            self.times.append(element)
        elif tag == "h1":
            self.h1s.append(element)
        elif tag == "img":
            self.images.append(element)
        elif tag == "base":
            if self.base_href is None:
                self.base_href = element.get("href")
        else:
            # a figure's caption is its first one (nested figures included), as XPath's
            # string(.//figcaption) reads it
            caption = element.text_content()
            for figure in element.iterancestors("figure"):
                self.captions.setdefault(figure, caption)
