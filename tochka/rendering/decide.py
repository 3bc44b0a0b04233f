"""Decide from a fetched page whether a JavaScript renderer would show more of it.

``needs_rendering`` runs on every crawled page, so it is built to be cheap: a page
without a ``<script`` tag is answered by one regex search; otherwise the inline code is
read first (regexes over a few KB) and the tree is only queried for the few element ids
that code writes into, so a large server-rendered page costs about as much as a page
with no evidence at all. It looks for positive evidence that the page's own code builds
content a person would see:

- ``menu_built_by_script``: a menu/nav container with no links whose links are
  written by script (``document.write`` inside it, or code that targets its id and
  writes ``href``s);
- ``content_from_json_api``: code fetches JSON (``fetch``, ``XMLHttpRequest``,
  ``$.getJSON``, ``/api/``) and an empty container it targets waits for the result;
- ``content_loaded_by_script``: the same with a non-JSON fetch (``$('#x').load(url)``);
- ``content_inserted_by_script``: code that writes into an empty container it targets
  carries the Russian text itself in string literals;
- ``app_container_empty``: an empty single-page-app mount point (``<div id="app">``);
- ``empty_body_with_scripts``: almost no visible text, almost no links, and scripts
  that are not counters;
- ``loading_placeholder`` / ``asks_for_javascript``: the page's own content (menus, header
  and footer aside) is only a loading placeholder («Загрузка…») or a ``<noscript>`` that asks
  to turn JavaScript on, whichever script fills it (``rules/rendering.toml``).

Much of that code lives in the site's own script files (``<script src="/js/menu.js">``),
not inline: ``own_scripts`` names the ones worth reading (same host, not a counter, not a
well-known library) and the spider passes their text back as ``external``; a file that
``document.write``s a menu's links gives ``menu_built_by_script``.

``after_rendering`` judges a page the renderer returned: still empty (an engine that
cannot run the page's code, such as QtWebKit and ES modules), so the verdicts that rest
on it may be incomplete, and the report says so. (Routes in fragments, ``#/tochka``,
are pages of their own: the spider follows them from rendered pages.)

Counters and analytics (Yandex.Metrika, LiveInternet — which itself document.writes a
link — Google Analytics, Mail.ru Top, the Gosuslugi feedback widget) are ignored, and
ordinary jQuery on a server-rendered page gives no evidence, so such pages answer None.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse

from ..analysis import rules
from ..analysis.furniture import LINKS, FurnitureMap
from ..analysis.text import normalize

_HAS_SCRIPT = re.compile(r"<script", re.I)
_META_REFRESH = re.compile(r"<meta[^>]+http-equiv\s*=\s*['\"]?refresh", re.I)

# Third-party counters and widgets present on most server-rendered school pages.
_THIRD_PARTY = re.compile(
    r"mc\.yandex\.|metrika|\bym\s*\(|yaCounter|google-analytics|googletagmanager|\bgtag\s*\("
    r"|_gaq|liveinternet|counter\.yadro|top100|top-fwz1\.mail\.ru|_tmr\b|openstat|rambler"
    r"|vk\.com/rtrg|pos\.gosuslugi|gosuslugi\.ru/widget|bus\.gov\.ru|sputnik\.ru"
    r"|\bbvi[.\w-]*\.js|isvek\.Bvi",
    re.I)

# Script files of well-known libraries and CMS cores: they build nothing of the school's own.
_LIBRARY_FILE = re.compile(
    r"jquery|bootstrap|popper|swiper|slick|owl\.?carousel|fancybox|lightbox|magnific|photoswipe"
    r"|modernizr|lazysizes|lazyload|html5shiv|respond(?:\.min)?\.js|\bwow(?:\.min)?\.js|\baos\b|gsap"
    r"|select2|datepicker|maskedinput|inputmask|fotorama|mediaelement|recaptcha|polyfill|bvi"
    r"|/bitrix/js/|/wp-includes/js/|/media/jui/|/media/system/js/|/src/(?:u|jquery)",
    re.I)
_OWN_SCRIPTS_MAX = 3  # script files read per page; each is fetched once per school
_WRITTEN_MENU_LINKS = 3  # links a document.write-ing file must carry to be a menu

_FETCH = re.compile(
    r"\bfetch\s*\(|XMLHttpRequest|\$\.(?:getJSON|ajax|get|post)\s*\(|\baxios\b"
    r"|\$\(\s*['\"]#[\w-]+['\"]\s*\)\.load\s*\(\s*['\"]")
_JSON = re.compile(r"getJSON|\.json\b|\.json\s*\(|/api/|wp-json|JSON\.parse|dataType\s*:\s*['\"]json", re.I)
_DOM_WRITE = re.compile(
    r"innerHTML|outerHTML|insertAdjacentHTML|textContent|innerText|document\.write|appendChild"
    r"|replaceChildren|\.(?:append|prepend|html|text|after|before)\s*\(")
_LINK_WRITE = re.compile(
    r"href\s*=\s*\\?['\"]|<a\s|createElement\s*\(\s*['\"]a['\"]|setAttribute\s*\(\s*['\"]href"
    r"|(?<!location)\.href\s*=(?!=)",
    re.I)
_RUSSIAN_LETTER = re.compile(r"[А-Яа-яЁё]|\\u04[0-4][0-9a-fA-F]")

# Inline code only: JSON-LD, templates and other data blocks are not executed.
_INLINE_CODE = ("//script[not(@src)][not(@type) or contains(@type, 'javascript')"
                " or contains(@type, 'ecmascript') or @type = 'module']/text()")
_SCRIPT_FILES = ("//script[@src][not(@type) or contains(@type, 'javascript')"
                 " or contains(@type, 'ecmascript') or @type = 'module']/@src")
# Ids the code addresses: getElementById("x"), and "#x" in selectors ($("#x"), el: "#x").
_ID_REFERENCE = re.compile(r"getElementById\(\s*['\"]([\w-]+)['\"]|#([A-Za-z_][\w-]*)")
# Classes the code addresses in selectors: querySelector(All)(".x"), $(".x"), getElementsByClassName("x").
_CLASS_REFERENCE = re.compile(
    r"getElementsByClassName\(\s*['\"]([\w-]+)|querySelector(?:All)?\(\s*['\"]\.([\w-]+)"
    r"|(?:\$|jQuery)\(\s*['\"]\.([\w-]+)")
# A container waiting for script: empty, or holding only a short loading placeholder.
_WAITING = ("not(.//a[@href]) and not(.//img) and not(.//table)"
            " and string-length(normalize-space()) < 60")
_MENU_NAME = re.compile(r"menu|nav", re.I)
_CONTENT_TAGS = frozenset({"div", "section", "main", "article", "ul", "ol", "nav", "aside", "tbody",
                           "table", "span", "p", "td"})
_MENU_TEST = ("self::nav or contains(translate(@id, 'MENU', 'menu'), 'menu')"
              " or contains(translate(@class, 'MENU', 'menu'), 'menu')"
              " or contains(translate(@id, 'NAV', 'nav'), 'nav')")
_MOUNT_IDS = ("app", "root", "__next", "__nuxt", "q-app", "vue-app", "react-root", "main-app")
# Starts with a literal so the regex engine can skip ahead; XPath confirms a match.
_MOUNT_IN_HTML = re.compile(r"""id\s*=\s*['"]?(?:%s)['"\s>]""" % "|".join(_MOUNT_IDS))
_EMPTY_MOUNT = "//*[%s][not(*)][not(normalize-space())]" % " or ".join(f"@id='{i}'" for i in _MOUNT_IDS)
_VISIBLE_TEXT = ("//body//text()[normalize-space()][not(ancestor::script or ancestor::style"
                 " or ancestor::noscript or ancestor::template)]")

# Substrings of the HTML without which no placeholder can be there (searched in C, no tree walk)
_PLACEHOLDER_WORDS = ("агрузк", "агружа", "одождите", "Loading", "LOADING")
# Text nodes that may be a loading placeholder, and <noscript> text, found in C before Python looks.
_PLACEHOLDER_TEXT = ("//body//text()[contains(., 'агрузк') or contains(., 'агружа') or contains(., 'одождите')"
                     " or contains(., 'Loading') or contains(., 'LOADING')]"
                     "[not(ancestor::script or ancestor::style or ancestor::noscript)]")
_NOSCRIPT_TEXT = "//body//noscript//text()[contains(translate(., 'JAVSCRIPT', 'javscript'), 'javascript')]"
_PROSE_TEXT = ("//body//text()[normalize-space()][not(ancestor::a or ancestor::script or ancestor::style"
               " or ancestor::noscript or ancestor::template or ancestor::select)]")
_THIN_PROSE = 300        # characters of a page's own prose (no menus, header, footer) left besides a placeholder

_RUSSIAN_TEXT_MIN = 20  # letters of Russian text carried by the filling script
_EMPTY_TEXT_MAX = 100   # characters of visible text on an "empty" page
_EMPTY_TEXT_NODES = 30  # more text nodes than this and the page is certainly not empty
_EMPTY_LINKS_MAX = 3
_MAX_IDS = 50           # ids looked up per page; minified bundles reference hundreds


def own_scripts(selector: Selector, page_url: str) -> list[str]:
    """Absolute URLs of the page's own script files whose code may build what a person sees:
    on the page's host, not a counter or widget, not a well-known library."""
    host = urlsplit(page_url).hostname
    found: list[str] = []
    for src in selector.xpath(_SCRIPT_FILES).getall():
        url = urljoin(page_url, src.strip())
        if (urlsplit(url).hostname == host and not _THIRD_PARTY.search(url) and not _LIBRARY_FILE.search(url)
                and url not in found):
            found.append(url)
            if len(found) == _OWN_SCRIPTS_MAX:
                break
    return found


def needs_rendering(response_or_text: Response | str, selector: Selector | None = None,
                    external: Mapping[str, str] | None = None) -> str | None:
    """A short reason code when a browser would show content the raw HTML lacks, else None.

    ``response_or_text`` is a Scrapy response or the HTML as a string; pass ``selector``
    when one is already built (``response.selector`` is reused automatically).
    ``external`` maps the page's own script files (``own_scripts``) to their code.
    """
    if isinstance(response_or_text, Response):
        if not isinstance(response_or_text, HtmlResponse):
            return None  # documents, images, JSON: nothing to render
        text = response_or_text.text
        if selector is None:
            selector = response_or_text.selector
    else:
        text = response_or_text
    if not _HAS_SCRIPT.search(text):
        return None
    if selector is None:
        selector = Selector(text=text)

    files = [code for code in map(_read, filter(None, (external or {}).values())) if not code.third_party]
    scripts = [code for code in map(_read, filter(str.strip, selector.xpath(_INLINE_CODE).getall()))
               if not code.third_party] + files
    own_sources = [src for src in selector.xpath("//script/@src").getall() if not _THIRD_PARTY.search(src)]
    if not scripts and not own_sources:
        return None  # only counters and widgets

    reason = (_menu_written_in_place(selector, scripts) or _menu_written_by_file(files)
              or _targeted_container(selector, scripts) or _empty_mount_point(selector, text, scripts))
    if reason:
        return reason
    if _META_REFRESH.search(text):
        return None  # Scrapy follows the refresh itself
    return _empty_page(selector) or _waits_for_script(selector, text)


def after_rendering(response: Response, selector: Selector | None = None) -> str | None:
    """Why a rendered page may still not show what a person sees, else None. A <noscript>
    plea stays in the rendered page but no longer says anything: the code has run."""
    still = needs_rendering(response, selector)
    return f"{still}_after_rendering" if still and still != "asks_for_javascript" else None


@dataclass(frozen=True)
class _Code:
    """What one script does, read once: a school's own files and its inline code come back
    on every page of the site, and a bundle can be a megabyte of text."""
    third_party: bool
    fetches: bool
    fetches_json: bool
    writes: bool
    writes_document: bool
    link_writes: int
    russian_letters: int
    ids: tuple[str, ...]
    classes: tuple[str, ...]

    @property
    def writes_links(self) -> bool:
        return self.writes and self.link_writes > 0


def script_verdict(response: TextResponse, rendered: bool, known: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(the page's own script file to read first, or None; the evidence that script builds
    what a person sees, or None). A rendered page is judged again as it now stands."""
    if rendered:
        return None, after_rendering(response, response.selector)
    files = own_scripts(response.selector, response.url)
    unread = next((url for url in files if url not in known), None)
    if unread:
        return unread, None
    return None, needs_rendering(response, response.selector, {url: known[url] for url in files})


@lru_cache(maxsize=128)
def _read(code: str) -> _Code:
    fetches = _FETCH.search(code) is not None
    return _Code(
        third_party=_THIRD_PARTY.search(code) is not None,
        fetches=fetches,
        fetches_json=fetches and _JSON.search(code) is not None,
        writes=_DOM_WRITE.search(code) is not None,
        writes_document="document.write" in code,
        link_writes=len(_LINK_WRITE.findall(code)),
        russian_letters=len(_RUSSIAN_LETTER.findall(code)),
        ids=tuple(dict.fromkeys(m.group(1) or m.group(2) for m in _ID_REFERENCE.finditer(code))),
        classes=tuple(dict.fromkeys(next(filter(None, m.groups())) for m in _CLASS_REFERENCE.finditer(code))),
    )


def _menu_written_in_place(selector: Selector, scripts: list[_Code]) -> str | None:
    """A script inside a link-less menu that writes links: ``<nav><script>document.write(...)``."""
    if not any(code.writes_document and code.link_writes for code in scripts):
        return None
    for script in selector.xpath(f"//script[not(@src)][contains(., 'document.write')]"
                                 f"[ancestor::*[{_MENU_TEST}][not(.//a[@href])]]/text()").getall():
        code = _read(script)
        if not code.third_party and code.writes_links:
            return "menu_built_by_script"
    return None


def _menu_written_by_file(files: list[_Code]) -> str | None:
    """A script file that writes a menu where it stands: ``document.write`` with links."""
    if any(code.writes_document and code.link_writes >= _WRITTEN_MENU_LINKS for code in files):
        return "menu_built_by_script"
    return None


def _targeted_container(selector: Selector, scripts: list[_Code]) -> str | None:
    """An element the code addresses by id or class, judged per script: the code that fills
    it must itself fetch the data, write the links or carry the text, so a datepicker's
    month names in another script do not count."""
    by_id: dict[str, list[_Code]] = {}
    by_class: dict[str, list[_Code]] = {}
    for code in scripts:
        if not (code.writes or code.fetches):
            continue
        for name in code.ids:
            by_id.setdefault(name, []).append(code)
        for name in code.classes:
            by_class.setdefault(name, []).append(code)
    if not by_id and not by_class:
        return None
    tests = [f"@id='{i}'" for i in list(by_id)[:_MAX_IDS]]
    tests += [f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in list(by_class)[:_MAX_IDS]]
    for element in selector.xpath("//body//*[%s]" % " or ".join(tests)):
        node = element.root
        if not isinstance(node.tag, str) or node.tag not in _CONTENT_TAGS:
            continue
        codes = by_id.get(node.get("id"), []) + [code for name in (node.get("class") or "").split()
                                                  for code in by_class.get(name, [])]
        menu_like = node.tag == "nav" or _MENU_NAME.search(f"{node.get('id')} {node.get('class', '')}")
        if menu_like and not node.xpath(".//a[@href]") and any(code.writes_links for code in codes):
            return "menu_built_by_script"
        if not node.xpath(_WAITING):
            continue
        for code in codes:
            if code.fetches:
                return "content_from_json_api" if code.fetches_json else "content_loaded_by_script"
            if code.writes and code.russian_letters >= _RUSSIAN_TEXT_MIN:
                return "content_inserted_by_script"
    return None


def _empty_mount_point(selector: Selector, text: str, scripts: list[_Code]) -> str | None:
    """``<div id="app"></div>`` left for a bundle to fill."""
    if not _MOUNT_IN_HTML.search(text) or not selector.xpath(_EMPTY_MOUNT):
        return None
    if any(code.fetches_json for code in scripts):
        return "content_from_json_api"
    return "app_container_empty"


def _empty_page(selector: Selector) -> str | None:
    # Cheapest first: links, then a count of text nodes done in C, then the text itself.
    if selector.root.xpath("count(//body//a[@href])") >= _EMPTY_LINKS_MAX:
        return None
    if float(selector.xpath(f"count({_VISIBLE_TEXT})").get() or 0) > _EMPTY_TEXT_NODES:
        return None
    if sum(len(" ".join(t.split())) for t in selector.xpath(_VISIBLE_TEXT).getall()) >= _EMPTY_TEXT_MAX:
        return None
    if not selector.xpath("//body"):
        return None  # a frameset or a fragment: nothing a browser would build
    return "empty_body_with_scripts"


def _waits_for_script(selector: Selector, text: str) -> str | None:
    """The page's own content is only «Загрузка…» or a plea to turn JavaScript on: whatever
    code fills it (a file not read, a bundle), a person with a browser sees something else."""
    placeholder = any(word in text for word in _PLACEHOLDER_WORDS) and any(
        _is_placeholder(node) for node in selector.root.xpath(_PLACEHOLDER_TEXT))
    asks = "<noscript" in text and any(_pattern("asks_for_javascript").search(normalize(str(node)))
                                       for node in selector.root.xpath(_NOSCRIPT_TEXT))
    if not (placeholder or asks) or not _thin_content(selector):
        return None
    return "loading_placeholder" if placeholder else "asks_for_javascript"


def _holder(node):
    """The element a text node is written in (a tail belongs to the element around it)."""
    parent = node.getparent()
    return parent.getparent() if parent is not None and node.is_tail else parent


def _is_placeholder(node) -> bool:
    """A text that is all its element says («<div id="x">Загрузка…</div>»), nothing else in it
    and no pictures beside it (a gallery's «Загрузка…» stands next to the photos it shows)."""
    holder = _holder(node)
    if holder is None or _pattern("placeholder").search(normalize(str(node))) is None:
        return False
    block = holder.getparent()
    beside = block is not None and block.tag != "body" and bool(block.xpath(".//img"))
    return not beside and not holder.xpath(".//a[@href] | .//img | .//table")


def _thin_content(selector: Selector) -> bool:
    """Under a few lines of the page's own prose outside menus, header, footer, sidebars and
    loading placeholders."""
    in_furniture = FurnitureMap(LINKS)
    total = 0
    for node in selector.root.xpath(_PROSE_TEXT):
        holder = _holder(node)
        if holder is None or in_furniture(holder) or _pattern("placeholder").search(normalize(str(node))):
            continue
        total += len(" ".join(str(node).split()))
        if total >= _THIN_PROSE:
            return False
    return True


@lru_cache(maxsize=8)
def _pattern(key: str) -> re.Pattern:
    return rules.pattern("rendering", "script_built", key)
