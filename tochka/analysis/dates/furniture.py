"""Page furniture (menus, headers, footers, sidebars, widgets): dates and links there are
the site's, not the page's."""
from __future__ import annotations

import re

from .vocabulary import _HTML

# -- HTML: furniture ---------------------------------------------------------------------

_FURNITURE_TAGS = frozenset(_HTML["boilerplate_tags"])
_FURNITURE_WORDS = frozenset(w for w in _HTML["boilerplate_class_parts"] if "-" not in w)
_FURNITURE_PHRASES = tuple(w for w in _HTML["boilerplate_class_parts"] if "-" in w)
_CLASS_SPLIT = re.compile(r"[-_]+")


def _names_furniture(value: str) -> bool:
    """Whether a class/id value names page furniture. A word counts at either end of a token
    («site-footer», «widget_recent», «b-footer__inner») but not in the middle: Genesis wraps
    the content itself in «content-sidebar-wrap»."""
    for token in value.lower().split():
        block = token.split("__", 1)[0]
        parts = [p for p in _CLASS_SPLIT.split(block) if p]
        if parts and (parts[0] in _FURNITURE_WORDS or parts[-1] in _FURNITURE_WORDS):
            return True
        if any(phrase in token for phrase in _FURNITURE_PHRASES):
            return True
    return False


def _is_furniture_node(node) -> bool:
    tag = node.tag
    if not isinstance(tag, str) or tag in ("html", "body"):
        return False  # body classes describe the layout («has-sidebar»), not furniture
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
        return True  # the page header; an article's own <header> holds its date
    names = (node.get("class") or "") + " " + (node.get("id") or "")
    return names.strip() != "" and _names_furniture(names)


class _Furniture:
    """Memoised «is this element inside page furniture?» for one document."""

    def __init__(self) -> None:
        self._memo: dict = {}

    def __call__(self, element) -> bool:
        path = []
        node = element
        result = False
        while node is not None:
            known = self._memo.get(node)
            if known is not None:
                result = known
                break
            path.append(node)
            if _is_furniture_node(node):
                result = True
                break
            node = node.getparent()
        for seen in path:
            self._memo[seen] = result
        return result

