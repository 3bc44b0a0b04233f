"""Page furniture: menus, headers, footers, sidebars and date-bearing widgets.

One table (rules/pages.toml [furniture]) and one matching rule for every reader of a page:
links and prose (``page.HtmlPage``) skip the site's layout, page dates (``dates``) skip the
layout and the widgets that show other pages' dates.
"""
from __future__ import annotations

import re
from functools import cache

from ..memo import school_keyed
from . import rules

CLASS_SPLIT = re.compile(r"[-_]+")
# body and the content containers describe the whole page («has-sidebar», «right-sidebar»)
_NEVER = frozenset({"html", "body", "main", "article"})


@cache
def _table() -> dict:
    return rules.pages()["furniture"]


@cache
def _words(purpose: str) -> tuple[frozenset[str], tuple[str, ...]]:
    table = _table()
    own = "layout" if purpose == LINKS else "widget"
    return frozenset(table["shared_words"] + table[f"{own}_words"]), tuple(table[f"{own}_phrases"])


LINKS = "links"   # what repeats on every page: its links are menus, its text is not the page's
DATES = "dates"   # and the widgets whose dates belong to other pages


def _edge_word(part: str, words: frozenset[str]) -> bool:
    return part in words or any(part.startswith(w) or part.endswith(w) for w in words if len(w) >= 4)


@school_keyed(maxsize=50_000)
def names_furniture(value: str, purpose: str) -> bool:
    """Whether a class/id value names furniture. A word counts at either end of a token
    («site-footer», «widget_recent», «b-footer__inner», «mainmenu», «navbar») but not in the
    middle: Genesis wraps the content itself in «content-sidebar-wrap»."""
    words, phrases = _words(purpose)
    for token in value.lower().split():
        block = token.split("__", 1)[0]
        parts = [p for p in CLASS_SPLIT.split(block) if p]
        if parts and (_edge_word(parts[0], words) or _edge_word(parts[-1], words)):
            return True
        if any(phrase in token for phrase in phrases):
            return True
    return False


@cache
def _tags() -> frozenset[str]:
    return frozenset(_table()["tags"])


def is_furniture_node(node, purpose: str) -> bool:
    tag = node.tag
    if not isinstance(tag, str) or tag in _NEVER:
        return False
    if tag in _tags():
        return True
    if tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
        return True  # the page header; an article's own <header> holds its date
    names = node.get("class")
    ident = node.get("id")
    if ident:
        names = f"{names} {ident}" if names else ident
    return bool(names) and names_furniture(names, purpose)


class FurnitureMap:
    """Memoised «is this element inside furniture?» for one document and one purpose."""

    def __init__(self, purpose: str) -> None:
        self.purpose = purpose
        self._memo: dict = {}

    def __call__(self, element) -> bool:
        known = self._memo.get(element)
        if known is None:
            parent = element.getparent()
            known = is_furniture_node(element, self.purpose) or (parent is not None and self(parent))
            self._memo[element] = known
        return known
