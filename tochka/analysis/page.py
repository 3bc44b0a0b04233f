"""A page object over one HTML page: its links, headings and main text.

One walk over the element tree collects the links (each marked as boilerplate
when it sits in a menu, header, footer or sidebar) and the main text, so the rest
of the analysis never walks the tree again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..crawl.urls import canonical
from . import rules
from .text import normalize

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "select", "option", "head"})
_BOILERPLATE_TAGS = frozenset({"nav", "header", "footer", "aside"})
_LINK_TAGS = frozenset({"a", "area", "frame", "iframe"})
# Their classes describe the whole page («right-sidebar» on a WordPress <body>), not a part of it.
_CONTENT_TAGS = frozenset({"body", "main", "article"})
_GENERIC_LABEL = re.compile(
    r"^(?:скачать|открыть|подробнее|смотреть|посмотреть|здесь|тут|ссылка|читать далее|читать|далее|файл|"
    r"pdf|docx?|xlsx?|просмотр|перейти|\.\.\.|»|>>)?$")

# «МР_Точка_роста.pdf», «rasp_2023.docx»: a file name says less than the line around it
_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|xlsx?|odt|rtf|jpe?g|png)$|^[^\s]*_[^\s]*$")


@lru_cache(maxsize=50_000)
def _is_boilerplate_marks(marks: str) -> bool:
    return bool(rules.pattern("pages", "boilerplate", "class_id").search(marks.lower()))


@dataclass(frozen=True)
class Link:
    url: str          # absolute, canonical
    label: str        # normalized anchor text, image alt/title, or the surrounding line for "скачать"
    raw_label: str    # as written, for evidence
    image: str        # normalized image file name/alt inside the link (banners)
    boilerplate: bool  # in a menu, header, footer or sidebar
    group: int = 0     # the top-level list item it sits in (a menu entry with its dropdown), 0 if none


class HtmlPage:
    """Structural facts of an HTML page, computed lazily and once."""

    def __init__(self, root: etree._Element, base_url: str):
        self.root = root
        self.base_url = base_url
        self._links: list[Link] = []
        self._text_parts: list[str] = []
        self._walked = False

    # -- the single walk -------------------------------------------------------------
    def _walk(self) -> None:
        if self._walked:
            return
        self._walked = True
        body = self.root.find("body")
        if body is None:
            body = self.root
        stack: list[tuple[etree._Element, bool, int]] = [(body, False, 0)]
        groups = 0
        while stack:
            el, in_boiler, group = stack.pop()
            tag = el.tag if isinstance(el.tag, str) else ""
            if tag in _SKIP_TAGS:
                continue
            if not in_boiler:
                if tag in _BOILERPLATE_TAGS:
                    in_boiler = True
                elif tag not in _CONTENT_TAGS and (el.get("class") or el.get("id")):
                    in_boiler = _is_boilerplate_marks(f"{el.get('class') or ''} {el.get('id') or ''}")
            if tag == "li" and not group:
                groups += 1
                group = groups
            if tag in _LINK_TAGS:
                self._add_link(el, tag, in_boiler, group)
                # a link's words are its label, not the page's own prose
                if not in_boiler and el.tail:
                    self._text_parts.append(el.tail)
                continue
            if el.text and not in_boiler and tag:
                self._text_parts.append(el.text)
            children = list(el)
            # reversed, so that the stack pops children in document order
            stack.extend((child, in_boiler, group) for child in reversed(children))
            if not in_boiler:
                # a child's tail text belongs to this element's region, not the child's
                self._text_parts.extend(child.tail for child in children if child.tail and child.tag not in _LINK_TAGS)

    def _add_link(self, el: etree._Element, tag: str, in_boiler: bool, group: int) -> None:
        href = el.get("src") if tag in ("frame", "iframe") else el.get("href")
        if not href:
            return
        href = href.strip()
        if href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            return
        try:
            url = canonical(self._absolute(href))
        except ValueError:
            return
        if not url.startswith(("http://", "https://")):
            return
        raw = " ".join(" ".join(el.itertext()).split()) if tag == "a" else (el.get("title") or el.get("alt") or "")
        image = ""
        for img in el.iter("img"):
            image = " ".join(filter(None, (img.get("alt"), img.get("title"), (img.get("src") or "").rsplit("/", 1)[-1])))
            raw = raw or img.get("alt") or img.get("title") or ""
            break
        if not raw and tag == "a":
            raw = el.get("title") or ""
        label = normalize(raw)
        if not image and (_GENERIC_LABEL.match(label) or _FILE_NAME.match(label)) and el.getparent() is not None:
            # «Скачать» next to «Расписание на 2023-2024 уч. год»: the line names the file
            raw = " ".join(" ".join(el.getparent().itertext()).split())[:300] or raw
            label = normalize(raw)
        self._links.append(Link(url, label, raw[:300], normalize(image), in_boiler, group))

    def _absolute(self, href: str) -> str:
        """urljoin, with the two common cases done by hand: it runs for every link."""
        if href.startswith(("http://", "https://")):
            return href
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            return self._origin + href
        return urljoin(self.base_url, href)

    @cached_property
    def _origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    # -- facts -----------------------------------------------------------------------
    @property
    def links(self) -> list[Link]:
        self._walk()
        return self._links

    @cached_property
    def raw_text_lower(self) -> str:
        """The prose as written, lower-cased: cheap to search for a word before normalizing."""
        self._walk()
        return " ".join(self._text_parts).lower()

    def may_name(self, center: rules.CenterRules) -> bool:
        """Whether the prose may name the center at all (most pages do not)."""
        return any(word in self.raw_text_lower for word in center.quick_words)

    @cached_property
    def main_text(self) -> str:
        """Normalized prose outside menus, headers, footers, sidebars and link labels."""
        self._walk()
        return normalize(" ".join(self._text_parts))

    @cached_property
    def title(self) -> str:
        node = self.root.find(".//title")
        return " ".join((node.text_content() if node is not None else "").split())

    @cached_property
    def headings(self) -> list[str]:
        """h1 and h2 texts, the first ones first (page name, then its parts)."""
        found = []
        for el in self.root.iter("h1", "h2"):
            text = " ".join(el.text_content().split())
            if text:
                found.append(text)
            if len(found) >= 6:
                break
        return found

    @cached_property
    def heading(self) -> str:
        for el in self.root.iter("h1"):
            text = " ".join(el.text_content().split())
            if text:
                return text
        return self.headings[0] if self.headings else self.title
