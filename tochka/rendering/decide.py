"""Decide from a fetched page whether a JavaScript renderer would show more of it.

``needs_rendering`` runs on every crawled page, so it is built to be cheap: a page
without a ``<script`` tag is answered by one regex search, and the rest costs a few
XPath queries evaluated in C by lxml (no Python walk over the tree). It looks for
positive evidence that the page's own code builds content a person would see:

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
  that are not counters.

Counters and analytics (Yandex.Metrika, LiveInternet — which itself document.writes a
link — Google Analytics, Mail.ru Top, the Gosuslugi feedback widget) are ignored, and
ordinary jQuery on a server-rendered page gives no evidence, so such pages answer None.
"""
from __future__ import annotations

import re

from parsel import Selector
from scrapy.http import HtmlResponse, Response

_HAS_SCRIPT = re.compile(r"<script", re.I)
_META_REFRESH = re.compile(r"<meta[^>]+http-equiv\s*=\s*['\"]?refresh", re.I)

# Third-party counters and widgets present on most server-rendered school pages.
_THIRD_PARTY = re.compile(
    r"mc\.yandex\.|metrika|\bym\s*\(|yaCounter|google-analytics|googletagmanager|\bgtag\s*\("
    r"|_gaq|liveinternet|counter\.yadro|top100|top-fwz1\.mail\.ru|_tmr\b|openstat|rambler"
    r"|vk\.com/rtrg|pos\.gosuslugi|gosuslugi\.ru/widget|bus\.gov\.ru|sputnik\.ru"
    r"|\bbvi[.\w-]*\.js|isvek\.Bvi",
    re.I)

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
_MENU_TEST = ("self::nav or contains(translate(@id, 'MENU', 'menu'), 'menu')"
              " or contains(translate(@class, 'MENU', 'menu'), 'menu')"
              " or contains(translate(@id, 'NAV', 'nav'), 'nav')")
# Menu containers that hold no link, with a script inside or an id the code may target.
_BARE_MENUS = f"//body//*[{_MENU_TEST}][not(.//a[@href])][@id or .//script]"
_EMPTY_WITH_ID = ("//body//*[self::div or self::section or self::main or self::article or self::ul"
                  " or self::ol or self::nav or self::aside or self::tbody or self::table or self::span"
                  " or self::p or self::td][@id][not(*)][not(normalize-space())]/@id")
_VISIBLE_TEXT = ("//body//text()[normalize-space()][not(ancestor::script or ancestor::style"
                 " or ancestor::noscript or ancestor::template)]")

_MOUNT_IDS = frozenset({"app", "root", "__next", "__nuxt", "q-app", "vue-app", "react-root", "main-app"})
_RUSSIAN_TEXT_MIN = 20  # letters of Russian text carried by the filling script
_EMPTY_TEXT_MAX = 100   # characters of visible text on an "empty" page
_EMPTY_TEXT_NODES = 30  # more text nodes than this and the page is certainly not empty
_EMPTY_LINKS_MAX = 3


def needs_rendering(response_or_text: Response | str, selector: Selector | None = None) -> str | None:
    """A short reason code when a browser would show content the raw HTML lacks, else None.

    ``response_or_text`` is a Scrapy response or the HTML as a string; pass ``selector``
    when one is already built (``response.selector`` is reused automatically).
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

    scripts = [code for code in selector.xpath(_INLINE_CODE).getall()
               if code.strip() and not _THIRD_PARTY.search(code)]
    own_sources = [src for src in selector.xpath("//script/@src").getall() if not _THIRD_PARTY.search(src)]
    if not scripts and not own_sources:
        return None  # only counters and widgets

    reason = _menu_reason(selector, scripts) or _container_reason(selector, scripts)
    if reason:
        return reason
    if _META_REFRESH.search(text):
        return None  # Scrapy follows the refresh itself
    return _empty_page_reason(selector)


def _targets(code: str, element_id: str) -> bool:
    """Does the code address the element with this id?"""
    if element_id not in code:
        return False  # the common case, without building a regex
    name = re.escape(element_id)
    return re.search(rf"getElementById\(\s*['\"]{name}['\"]|['\"`][^'\"`\n]*#{name}(?![\w-])", code) is not None


def _writes_links(code: str) -> bool:
    return _DOM_WRITE.search(code) is not None and _LINK_WRITE.search(code) is not None


def _menu_reason(selector: Selector, scripts: list[str]) -> str | None:
    for menu in selector.xpath(_BARE_MENUS):
        inside = [code for code in menu.xpath(".//script[not(@src)]/text()").getall()
                  if not _THIRD_PARTY.search(code)]
        if any(_writes_links(code) for code in inside):
            return "menu_built_by_script"
        menu_id = menu.attrib.get("id")
        if menu_id and any(_targets(code, menu_id) and _writes_links(code) for code in scripts):
            return "menu_built_by_script"
    return None


def _container_reason(selector: Selector, scripts: list[str]) -> str | None:
    """Judged per script: the code that fills a container must itself fetch the data or
    carry the text, so a datepicker's month names elsewhere on the page do not count."""
    empty_ids = selector.xpath(_EMPTY_WITH_ID).getall()
    if not empty_ids:
        return None
    for element_id in empty_ids:
        for code in scripts:
            if not _targets(code, element_id):
                continue
            if _FETCH.search(code):
                return "content_from_json_api" if _JSON.search(code) else "content_loaded_by_script"
            if _DOM_WRITE.search(code) and len(_RUSSIAN_LETTER.findall(code)) >= _RUSSIAN_TEXT_MIN:
                return "content_inserted_by_script"
    if any(i.lower() in _MOUNT_IDS for i in empty_ids):
        fetches_json = any(_FETCH.search(code) and _JSON.search(code) for code in scripts)
        return "content_from_json_api" if fetches_json else "app_container_empty"
    return None


def _empty_page_reason(selector: Selector) -> str | None:
    if float(selector.xpath(f"count({_VISIBLE_TEXT})").get()) > _EMPTY_TEXT_NODES:
        return None  # counted in C: a text-rich page never builds Python strings here
    if sum(len(" ".join(t.split())) for t in selector.xpath(_VISIBLE_TEXT).getall()) >= _EMPTY_TEXT_MAX:
        return None
    if len(selector.xpath("//body//a[@href]")) >= _EMPTY_LINKS_MAX:
        return None
    if not selector.xpath("//body"):
        return None  # a frameset or a fragment: nothing a browser would build
    return "empty_body_with_scripts"
