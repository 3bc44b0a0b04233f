"""A page object over one HTML page: its links, headings, main text and dates.

One walk over the element tree collects the links (each marked as boilerplate
when it sits in a menu, header, footer or sidebar) and the main text; one more, made
only when a date or timetable reader asks, indexes what they read (``dates.index``).
The rest of the analysis never walks the tree again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from urllib.parse import urljoin, urlsplit

import parsel
from lxml import etree

from ..urls import canonical
from . import rules
from .dates.index import DateIndex
from .furniture import LINKS, FurnitureMap
from .text import normalize

_LINK_XPATH = etree.XPath(".//a[@href] | .//area[@href] | .//frame[@src] | .//iframe[@src]")
# text that is a page's own prose: not a link's label, not code
_PROSE_XPATH = etree.XPath(
    ".//text()[not(ancestor::a or ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template or ancestor::svg or ancestor::select or ancestor::head)]")
_GENERIC_LABEL = re.compile(
    r"^(?:скачать|открыть|подробнее|смотреть|посмотреть|здесь|тут|ссылка|читать далее|читать|далее|файл|"
    r"pdf|docx?|xlsx?|просмотр|перейти|\.\.\.|»|>>)?$")

# «МР_Точка_роста.pdf», «rasp_2023.docx»: a file name says less than the line around it
_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|xlsx?|odt|rtf|jpe?g|png)$|^[^\s]*_[^\s]*$")

_SITE_NAME_XPATH = etree.XPath("//meta[@property='og:site_name']/@content")
# alt/title of images, and text that is not in a menu (a list), a script or a style
_IDENTITY_TEXT_XPATH = etree.XPath(
    ".//img/@alt | .//img/@title | .//text()[not(ancestor::ul or ancestor::ol or ancestor::nav"
    " or ancestor::script or ancestor::style or ancestor::noscript)]")


@cache
def _identity_xpath() -> etree.XPath:
    lower = "translate(concat(' ', @class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    words = " or ".join(f"contains({lower}, '{word}')" for word in rules.load_table("centers")["whole_site"]["identity_words"])
    # the outermost matching elements only: a logo inside a header is read once
    # an article's own header is the article's, not the site's
    return etree.XPath(f"//body//*[(self::header or {words}) and not(ancestor::*[self::header or {words}])"
                       " and not(ancestor::article or ancestor::main)]")


def _line_around(el: etree._Element) -> str:
    """The text of a generic link's parent; in a table, of its row when its own cell says
    nothing more («Письмо … № ТВ-2356/02» | «Скачать»)."""
    parent = el.getparent()
    line = " ".join(" ".join(parent.itertext()).split())
    if parent.tag in ("td", "th") and _GENERIC_LABEL.match(normalize(line)):
        row = parent.getparent()
        if row is not None and row.tag == "tr":
            line = " ".join(" ".join(row.itertext()).split())
    return line[:300]


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

    def __init__(self, root: etree._Element, url: str, *, base_url: str | None = None, status: int = 200,
                 routes: bool = False):
        self.root = root
        self.url = url
        self.base_url = base_url or url   # what relative links resolve against (<base href>)
        self.status = status
        # "#/…" links are pages of a single-page app, seen only once a renderer ran its code;
        # on a plain page they are toggles and "to top" anchors
        self.routes = routes
        self._links: list[Link] = []
        self._text_parts: list[str] = []
        self._walked = False
        self._furniture: dict[str, FurnitureMap] = {}

    @classmethod
    def from_html(cls, html: str, url: str, **options) -> HtmlPage:
        """A page from its markup (evaluation cases and tests hold pages as text)."""
        return cls(parsel.Selector(text=html, type="html").root, url, **options)

    def furniture(self, purpose: str) -> FurnitureMap:
        """The page's memoised «inside furniture?» map for one purpose (``furniture.LINKS`` or
        ``furniture.DATES``), shared by every reader of the page."""
        found = self._furniture.get(purpose)
        if found is None:
            found = self._furniture[purpose] = FurnitureMap(purpose)
        return found

    # -- one pass for links, one for prose, both selected in C --------------------------
    def _walk(self) -> None:
        if self._walked:
            return
        self._walked = True
        body = self.root.find("body")
        if body is None:
            body = self.root
        in_boilerplate = self.furniture(LINKS)
        groups: dict[etree._Element, int] = {}
        for el in _LINK_XPATH(body):
            top_li = None
            for ancestor in el.iterancestors("li"):
                top_li = ancestor
            group = groups.setdefault(top_li, len(groups) + 1) if top_li is not None else 0
            self._add_link(el, el.tag, in_boilerplate(el), group)
        for text in _PROSE_XPATH(body):
            region = text.getparent()
            if text.is_tail:
                region = region.getparent()
            if region is not None and not in_boilerplate(region):
                self._text_parts.append(str(text))

    def _add_link(self, el: etree._Element, tag: str, in_boiler: bool, group: int) -> None:
        href = el.get("src") if tag in ("frame", "iframe") else el.get("href")
        if not href:
            return
        href = href.strip()
        if href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")) and not (
                self.routes and href.startswith(("#/", "#!/"))):
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
            raw = _line_around(el) or raw
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
    @cached_property
    def date_index(self) -> DateIndex:
        """What the date and timetable readers look at, from one more walk made on demand."""
        return DateIndex(self.root)

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
    def site_identity(self) -> str:
        """The site's name for itself: logo alt/title, the header's prose (menus left out),
        og:site_name. Read on home pages only (a center that may own the whole site)."""
        parts = [str(value) for value in _SITE_NAME_XPATH(self.root)]
        for element in _identity_xpath()(self.root):
            parts += [str(value) for value in _IDENTITY_TEXT_XPATH(element)]
        return " ".join(" ".join(parts).split())[:2000]

    @cached_property
    def heading(self) -> str:
        for el in self.root.iter("h1"):
            text = " ".join(el.text_content().split())
            if text:
                return text
        return self.headings[0] if self.headings else self.title
