"""JavaScript rendering: the needs_rendering heuristics, the scrapy-splash fixes for
Scrapy 2.19, the render requests and settings, and real crawls through a real Splash
server and Debian's Chromium, directly and through the fixture web's forward proxy."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time

import pytest
import pytest_twisted
import scrapy
from scrapy.crawler import CrawlerRunner
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from tests.fixtureweb.kit import Resource, Site
from tests.fixtureweb.server import FixtureWebServer
from tests.fixtureweb.sites.c_javascript import SITES as JS_SITES
from tochka.rendering import compat
from tochka.rendering.decide import after_rendering, needs_rendering, own_scripts
from tochka.rendering.requests import (
    FETCH_POLYFILL,
    REVEAL_TABS,
    SPLASH_LUA,
    chromium_proxy,
    env_proxy,
    render_request,
    renderer_settings,
)

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "no_proxy", "NO_PROXY")


# -- needs_rendering on HTML strings --------------------------------------------------
def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


SERVER_TEXT = ("<h1>Центр «Точка роста»</h1><p>Центр образования естественно-научной и технологической "
               "направленностей создан в 2021 году.</p>"
               + "".join(f"<p>Абзац {i}: занятия, кружки и проекты центра.</p>" for i in range(40)))
MENU = "<ul class='menu'>" + "".join(f"<li><a href='/p{i}/'>Раздел {i}</a></li>" for i in range(8)) + "</ul>"
METRIKA = ("<script>(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};"
           "k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})"
           "(window, document, 'script', 'https://mc.yandex.ru/metrika/tag.js', 'ym'); ym(123, 'init', {});</script>")
LIVEINTERNET = ("<script>document.write(\"<a href='//www.liveinternet.ru/click' target=_blank><img src='//counter"
                ".yadro.ru/hit?t44.6;r\" + escape(document.referrer) + \"' width='31' height='31'><\\/a>\")</script>")

POSITIVE = {
    "vue_shell": (page("<div id='app'></div><script src='/js/app.3f2a.js'></script>"), "app_container_empty"),
    "react_shell_fetching_json": (page("<div id='root'></div><script>fetch('/api/v1/page.json')"
                                       ".then(function (r) { return r.json(); }).then(render);</script>"),
                                  "content_from_json_api"),
    "loading_stub": (page("<p>Загрузка…</p><script src='/bundle.js'></script>"), "empty_body_with_scripts"),
    "noscript_warning_only": (page("<noscript>Включите JavaScript, чтобы увидеть страницу.</noscript>"
                                   "<script src='/static/main.js'></script>"), "empty_body_with_scripts"),
    "xhr_into_empty_div": (page(MENU + "<h1>Новости</h1><div id='news'></div><script>var x = new XMLHttpRequest();"
                                "x.open('GET', '/news/list.json'); x.onload = function () {"
                                " document.getElementById('news').innerHTML = JSON.parse(x.responseText).html; };"
                                " x.send();</script>"), "content_from_json_api"),
    "jquery_getjson": (page(MENU + "<div id='events'></div><script>$.getJSON('/events', function (d) {"
                            " $('#events').html(d.items.join('')); });</script>"), "content_from_json_api"),
    "jquery_load_fragment": (page(MENU + "<div id='docs'></div><script>$(function () {"
                                  " $('#docs').load('/docs/list.html'); });</script>"), "content_loaded_by_script"),
    "text_in_js_string": (page(MENU + "<div id='content'></div><script>document.getElementById('content')"
                               ".innerHTML = '<h1>Точка роста</h1><p>Расписание занятий на 2023-2024 учебный год</p>';"
                               "</script>"), "content_inserted_by_script"),
    # the section's content: «Загрузка…» and a <noscript> plea, filled by a file not read yet
    "loading_container_with_noscript": (page(
        "<div class='site-header'><p>МБОУ СОШ № 1 имени А. С. Пушкина, Тверская область</p></div>" + MENU
        + "<h1>Центр «Точка роста»</h1><div id='tr-app' data-source='/api/section.json'>Загрузка…</div>"
        "<noscript>Для просмотра раздела включите JavaScript в настройках браузера.</noscript>"
        "<script src='/js/section.js'></script><footer>© 2023 МБОУ СОШ № 1. 171000, ул. Ленина, 1</footer>"),
        "loading_placeholder"),
    "filled_by_data_attribute": (page(MENU + "<h1>Документы</h1><div data-widget='docs'><p>Идёт загрузка данных...</p>"
                                      "</div><script>document.querySelectorAll('[data-widget]').forEach(function (b) {"
                                      " fetch('/api/' + b.dataset.widget).then(function (r) { return r.json(); })"
                                      ".then(function (d) { b.innerHTML = d.html; }); });</script>"),
                                 "loading_placeholder"),
    "noscript_plea_in_content": (page(MENU + "<h1>Расписание</h1><noscript><p>Для работы раздела необходимо включить"
                                      " JavaScript.</p></noscript><script src='/js/timetable.js'></script>"),
                                 "asks_for_javascript"),
    "menu_by_document_write": (page("<nav><script>document.write('<ul><li><a href=\"/tochka-rosta/\">"
                                    "Точка роста</a></li></ul>');</script></nav>" + SERVER_TEXT),
                               "menu_built_by_script"),
    "menu_by_create_element": (page("<ul id='topmenu'></ul>" + SERVER_TEXT + "<script>var items = [['/', 'Главная'],"
                                    " ['/tochka-rosta/', 'Точка роста']]; items.forEach(function (i) {"
                                    " var a = document.createElement('a'); a.href = i[0]; a.textContent = i[1];"
                                    " document.getElementById('topmenu').appendChild(a); });</script>"),
                               "menu_built_by_script"),
}

NEGATIVE = {
    "no_scripts": page(MENU + SERVER_TEXT),
    "jquery_and_metrika": page(MENU + SERVER_TEXT + "<div class='clear'></div>" + METRIKA,
                               "<script src='/js/jquery-1.12.4.min.js'></script>"
                               "<script>$(function () { $('.slider').slick(); });</script>"),
    "liveinternet_writes_a_link": page(MENU + SERVER_TEXT + "<div id='counters'>" + LIVEINTERNET + "</div>"),
    "google_analytics": page(MENU + SERVER_TEXT + "<script async src='https://www.googletagmanager.com/gtag/js?id=G-1'>"
                             "</script><script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}"
                             " gtag('config', 'G-1');</script>"),
    "mobile_menu_clone": page(MENU + "<div id='mobile-menu'></div>" + SERVER_TEXT +
                              "<script>$('#mobile-menu').html($('.menu').html());</script>"),
    "yandex_map": page(MENU + SERVER_TEXT + "<div id='map' style='height:300px'></div><script>ymaps.ready(function ()"
                       " { new ymaps.Map('map', {center: [55.7, 37.6], zoom: 15}); });</script>"),
    "datepicker_month_names": page(MENU + SERVER_TEXT + "<div id='calendar'></div><script>$.datepicker.regional.ru ="
                                   " {monthNames: ['Январь','Февраль','Март','Апрель','Май','Июнь','Июль','Август',"
                                   "'Сентябрь','Октябрь','Ноябрь','Декабрь']}; $('#calendar').datepicker();</script>"),
    "cookie_banner_elsewhere": page(MENU + SERVER_TEXT + "<div id='cookie'></div><script>$('.note').text("
                                    "'Мы используем файлы cookie для улучшения работы сайта');</script>"),
    "meta_refresh_stub": page("<script>var t = 1;</script>", "<meta http-equiv='refresh' content='0; url=/new/'>"),
    "json_ld_only": page(MENU + SERVER_TEXT + "<script type='application/ld+json'>{\"@type\": \"School\"}</script>"),
    "short_page_with_counter_only": page("<p>Раздел в разработке</p>" + METRIKA),
    # a theme's stock plea on a page that shows its content anyway
    "noscript_plea_on_a_full_page": page(MENU + SERVER_TEXT + "<noscript>Для корректной работы сайта включите"
                                         " JavaScript</noscript><script src='/js/site.js'></script>"),
    # a sentence about loading is not a placeholder
    "loading_in_a_sentence": page(MENU + "<h1>Фото</h1><p>Загрузка фотографий с экскурсии.</p>"
                                  "<script src='/js/site.js'></script>"),
    # a gallery's lightbox text next to the photos
    "gallery_loading_text": page(MENU + "<h1>Фотогалерея</h1><div class='gallery'><img src='/g/1.jpg'>"
                                 "<img src='/g/2.jpg'><div class='lb-loader'>Загрузка...</div></div>"
                                 "<script src='/js/gallery.js'></script>"),
    "frameset_with_script": "<html><head><script src='/js/menu.js'></script></head><frameset cols='200,*'>"
                            "<frame src='menu.html'><frame src='main.html'></frameset></html>",
}


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_evidence_of_script_built_content_gives_its_reason(name):
    html, reason = POSITIVE[name]
    assert needs_rendering(html) == reason


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_server_rendered_pages_with_ordinary_scripts_are_not_flagged(name):
    assert needs_rendering(NEGATIVE[name]) is None


def test_response_input_reuses_its_selector_and_skips_non_html():
    html, reason = POSITIVE["text_in_js_string"]
    response = HtmlResponse("http://school.test/", body=html.encode(), encoding="utf-8")
    assert needs_rendering(response) == reason
    assert needs_rendering(response, response.selector) == reason
    data = TextResponse("http://school.test/api/news.json", body=b'{"html": "<script></script>"}', encoding="utf-8",
                        headers={"Content-Type": "application/json"})
    assert needs_rendering(data) is None


# -- the page's own script files ------------------------------------------------------
FEED_JS = ("(function () { function fill(box) { var x = new XMLHttpRequest();"
           " x.open('GET', '/wp-json/wp/v2/posts?per_page=5'); x.onload = function () {"
           " box.innerHTML = JSON.parse(x.responseText).map(card).join(''); }; x.send(); }"
           " var boxes = document.querySelectorAll('.js-news-feed'); for (var i = 0; i < boxes.length; i++)"
           " { fill(boxes[i]); } })();")
MENU_JS = ("document.write('<ul class=\"m\">');" + "".join(
    f"document.write('<li><a href=\"/p{i}.html\">Раздел {i}</a></li>');" for i in range(5))
    + "document.write('</ul>');")
FEED_PAGE = page(MENU + SERVER_TEXT + "<div class='js-news-feed'><p>Загрузка новостей…</p></div>"
                 "<script src='/js/jquery-3.6.0.min.js'></script><script src='/wp-content/themes/x/js/feed.js?v=2'>"
                 "</script><script src='https://mc.yandex.ru/metrika/tag.js'></script>")
MENU_PAGE = page("<table><tr><td class='left'><script src='/js/menu.js'></script></td><td>" + SERVER_TEXT
                 + "</td></tr></table>")


def test_own_scripts_are_the_sites_files_not_libraries_or_counters():
    selector = scrapy.Selector(text=FEED_PAGE)
    assert own_scripts(selector, "https://school.test/news/") == ["https://school.test/wp-content/themes/x/js/feed.js?v=2"]
    other_host = page("<script src='https://cdn.example/app.js'></script><script src='/a.js'></script>"
                      "<script src='/b.js'></script><script src='/c.js'></script><script src='/d.js'></script>")
    assert own_scripts(scrapy.Selector(text=other_host), "http://school.test/") == [
        "http://school.test/a.js", "http://school.test/b.js", "http://school.test/c.js"]  # at most three


@pytest.mark.parametrize("html, files, reason", [
    (FEED_PAGE, {"https://school.test/f.js": FEED_JS}, "content_from_json_api"),  # by class, placeholder inside
    (MENU_PAGE, {"http://school.test/js/menu.js": MENU_JS}, "menu_built_by_script"),
    (FEED_PAGE, {"https://school.test/f.js": ""}, None),  # the file could not be read
    (FEED_PAGE, {"https://school.test/f.js": "$('.slider').slick({autoplay: true});"}, None),
    (page(MENU + SERVER_TEXT + "<div class='js-news-feed'>" + "".join(f"<a href='/n{i}'>Новость {i}</a>" for i in range(3))
          + "</div>"), {"https://school.test/f.js": FEED_JS}, None),  # the box already holds the news
])
def test_own_script_files_are_read_as_evidence(html, files, reason):
    assert needs_rendering(html) is None  # the HTML alone shows nothing
    assert needs_rendering(html, external=files) == reason


def test_after_rendering_names_what_the_renderer_could_not_show():
    def rendered(html):
        return HtmlResponse("http://school.test/", body=html.encode(), encoding="utf-8")

    assert after_rendering(rendered(page(MENU + SERVER_TEXT + "<script src='/app.js'></script>"))) is None
    routes = page("<nav><a href='#/'>Главная</a><a href='#/tochka-rosta'>Точка роста</a></nav>" + SERVER_TEXT)
    assert after_rendering(rendered(routes)) is None  # routes are followed as pages
    still_empty = page("<div id='root'></div><script type='module' src='/assets/index.js'></script>")
    assert after_rendering(rendered(still_empty)) == "app_container_empty_after_rendering"
    # a short rendered page keeps its <noscript> plea; a placeholder left unfilled still counts
    short = page(MENU + "<h1>Документы</h1><noscript>Необходимо включить JavaScript.</noscript><script src='/a.js'></script>")
    assert needs_rendering(short) == "asks_for_javascript" and after_rendering(rendered(short)) is None
    unfilled = page(MENU + "<h1>Документы</h1><div id='docs'>Загрузка…</div><script src='/a.js'></script>")
    assert after_rendering(rendered(unfilled)) == "loading_placeholder_after_rendering"


def _site_pages(site: Site):
    for (host, target), resource in site._static.items():
        if resource.headers.get("Content-Type", "").startswith("text/html"):
            yield target, resource.body.decode("utf-8")


@pytest.mark.parametrize("seed_id, flagged", [
    ("c01", {"content_inserted_by_script"}),
    ("c02", {"menu_built_by_script"}),
    ("c03", {"content_from_json_api"}),
    ("c04", set()),
])
def test_fixture_sites_are_flagged_as_their_notes_say(seed_id, flagged):
    site = next(s for s in JS_SITES if s.seed["id"] == seed_id)
    reasons = {target: needs_rendering(html) for target, html in _site_pages(site)}
    assert {r for r in reasons.values() if r} == flagged
    if seed_id == "c02":  # every page: the main menu is built by script everywhere
        assert all(reasons.values())
    if seed_id == "c03":  # only the news page is built in the browser
        assert [t for t, r in reasons.items() if r] == ["/tochka-rosta/novosti/"]


def test_needs_rendering_is_cheap_on_a_large_server_rendered_page():
    """It runs on every page, after the page is parsed anyway (``response.selector``);
    measured here: ~0.3 ms on 90 KB with jQuery and Metrika, ~2 µs without <script."""
    from parsel import Selector

    big = NEGATIVE["jquery_and_metrika"].replace("</body>", SERVER_TEXT * 25 + "</body>")
    assert len(big.encode()) > 90_000
    plain = NEGATIVE["no_scripts"]
    big_selector, plain_selector = Selector(text=big), Selector(text=plain)

    def per_call(html, selector, times):
        started = time.perf_counter()
        for _ in range(times):
            assert needs_rendering(html, selector) is None
        return (time.perf_counter() - started) / times

    assert per_call(big, big_selector, 50) < 0.002
    assert per_call(plain, plain_selector, 500) < 0.00005


# -- compat: scrapy-splash 0.11.1 on Scrapy 2.19 -----------------------------------------
def test_scrapy_splash_alone_does_not_import_on_this_scrapy():
    """The gap the compat module closes; when this fails, scrapy-splash fixed it upstream."""
    done = subprocess.run([sys.executable, "-c", "import scrapy_splash"], capture_output=True, text=True)
    assert done.returncode != 0 and "canonicalize_url" in done.stderr


def test_compat_provides_canonicalize_url_and_the_scrapy_splash_classes():
    import scrapy.utils.url
    from w3lib.url import canonicalize_url

    assert scrapy.utils.url.canonicalize_url is canonicalize_url
    assert issubclass(compat.SplashMiddleware, __import__("scrapy_splash").SplashMiddleware)
    from scrapy.core.downloader import Downloader
    assert not hasattr(Downloader, "_get_slot_key")  # why compat.SplashMiddleware overrides it


def test_stock_deduplicate_middleware_is_refused_and_the_compat_one_accepted():
    from scrapy.core.spidermw import SpiderMiddlewareManager

    stock = get_crawler(settings_dict={"SPIDER_MIDDLEWARES": {
        "scrapy_splash.SplashDeduplicateArgsMiddleware": 100}})
    with pytest.raises(TypeError, match="asynchronous spider output"):
        SpiderMiddlewareManager.from_crawler(stock)
    ours = get_crawler(settings_dict=renderer_settings("splash"))
    manager = SpiderMiddlewareManager.from_crawler(ours)
    assert any(isinstance(mw, compat.SplashDeduplicateArgsMiddleware) for mw in manager.middlewares)


def test_splash_fingerprint_keeps_the_render_request_apart_from_the_plain_one():
    crawler = get_crawler(settings_dict=renderer_settings("splash"))
    fingerprinter = crawler.request_fingerprinter
    plain = scrapy.Request("http://school.test/tochka-rosta/")
    assert fingerprinter.fingerprint(plain) != fingerprinter.fingerprint(render_request(plain, "splash"))
    assert (fingerprinter.fingerprint(render_request(plain, "splash"))
            == fingerprinter.fingerprint(render_request(scrapy.Request(plain.url), "splash")))


# -- render requests and settings ------------------------------------------------------
@pytest.fixture
def no_proxy_env(monkeypatch):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


def _callback(response):
    return None


def test_splash_request_carries_the_env_proxy_and_skips_it_for_itself(monkeypatch, no_proxy_env):
    monkeypatch.setenv("http_proxy", "http://user:secret@10.1.2.3:3128")
    plain = scrapy.Request("http://school.test/a/", callback=_callback, cb_kwargs={"school_id": "x1"},
                           headers={"User-Agent": "tochka", "Accept-Encoding": "gzip, br",
                                    "Proxy-Authorization": "Basic dXNlcjpzZWNyZXQ="},
                           meta={"school_id": "x1", "proxy": None, "download_latency": 0.2, "download_slot": "s",
                                 "redirect_times": 1})
    plain.meta.pop("proxy")  # as a plain request that HttpProxyMiddleware has not touched
    rendered = render_request(plain, "splash", wait=1.5)
    args = rendered.meta["splash"]["args"]
    assert rendered.meta["splash"]["endpoint"] == "execute"
    assert args["proxy"] == "http://user:secret@10.1.2.3:3128" and args["wait"] == 1.5
    assert args["lua_source"] == SPLASH_LUA and args["polyfill"] == FETCH_POLYFILL
    assert rendered.meta["proxy"] is None  # HttpProxyMiddleware then sends it straight to Splash
    assert rendered.meta["rendered_by"] == "splash" and rendered.meta["school_id"] == "x1"
    assert not {"download_latency", "download_slot", "redirect_times"} & set(rendered.meta)
    assert rendered.callback is _callback and rendered.cb_kwargs == {"school_id": "x1"}
    # Splash would pass these on to the site: a compressed page QtWebKit cannot read,
    # and the proxy's credentials
    assert rendered.headers.get("User-Agent") == b"tochka"
    assert "Accept-Encoding" not in rendered.headers and "Proxy-Authorization" not in rendered.headers


def test_splash_proxy_follows_no_proxy_and_a_per_request_proxy(monkeypatch, no_proxy_env):
    monkeypatch.setenv("https_proxy", "http://10.1.2.3:3128")
    monkeypatch.setenv("no_proxy", "intranet.test")
    assert "proxy" not in render_request(scrapy.Request("https://intranet.test/"), "splash").meta["splash"]["args"]
    assert "proxy" not in render_request(scrapy.Request("http://school.test/"), "splash").meta["splash"]["args"]
    assert env_proxy("https://school.test/") == "http://10.1.2.3:3128"
    explicit = scrapy.Request("http://school.test/", meta={"proxy": "http://10.9.9.9:8080"})
    assert render_request(explicit, "splash").meta["splash"]["args"]["proxy"] == "http://10.9.9.9:8080"


def test_playwright_request_and_settings(monkeypatch, no_proxy_env):
    monkeypatch.setenv("http_proxy", "http://crawler:p%40ss@10.1.2.3:3128")
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    plain = scrapy.Request("https://school.test/", callback=_callback, meta={"proxy": "http://10.1.2.3:3128"})
    rendered = render_request(plain, "playwright")
    assert rendered.meta["playwright"] is True and rendered.dont_filter
    assert rendered.meta["playwright_context_kwargs"] == {"ignore_https_errors": True}
    assert [(m.method, m.args) for m in rendered.meta["playwright_page_methods"]] == [
        ("wait_for_timeout", (500,)), ("evaluate", (REVEAL_TABS,))]
    assert "proxy" not in rendered.meta and rendered.callback is _callback
    settings = renderer_settings("playwright")
    launch = settings["PLAYWRIGHT_LAUNCH_OPTIONS"]
    assert launch["executable_path"] == "/usr/bin/chromium"
    assert {"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--disable-dev-shm-usage"} <= set(launch["args"])
    assert launch["proxy"] == {"server": "http://10.1.2.3:3128", "username": "crawler", "password": "p@ss",
                               "bypass": "localhost,127.0.0.1"}
    assert set(settings["DOWNLOAD_HANDLERS"]) == {"http", "https"}


def test_settings_without_proxy_and_unknown_renderer(no_proxy_env):
    assert chromium_proxy() is None
    assert "proxy" not in renderer_settings("playwright")["PLAYWRIGHT_LAUNCH_OPTIONS"]
    splash = renderer_settings("splash", splash_url="http://127.0.0.1:8051")
    assert splash["SPLASH_URL"] == "http://127.0.0.1:8051"
    assert splash["REQUEST_FINGERPRINTER_CLASS"] == "tochka.rendering.compat.SplashRequestFingerprinter"
    with pytest.raises(ValueError):
        renderer_settings("selenium")
    with pytest.raises(ValueError):
        render_request(scrapy.Request("http://school.test/"), "selenium")


# -- real crawls ------------------------------------------------------------------------
class RenderProbeSpider(scrapy.Spider):
    """Fetches each URL plainly and re-requests it rendered when needs_rendering says so."""
    name = "render_probe"
    handle_httpstatus_list = [404]  # a 404 page is analysed too: its status must survive rendering

    def __init__(self, urls, renderer, pages, **kwargs):
        super().__init__(**kwargs)
        self.urls, self.renderer, self.pages = urls, renderer, pages

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed)

    def parse(self, response):
        reason = needs_rendering(response)
        self.pages.append({
            "url": response.url, "status": response.status, "rendered_by": response.meta.get("rendered_by"),
            "reason": reason, "type": type(response).__name__, "slot": response.meta.get("download_slot"),
            "text": " ".join(" ".join(response.xpath(
                "//body//text()[not(ancestor::script or ancestor::style)]").getall()).split()),
            "links": response.xpath("//a/@href").getall(),
        })
        if reason and not response.meta.get("rendered_by"):
            yield render_request(response.request, self.renderer)

    def failed(self, failure):
        self.pages.append({"url": failure.request.url, "error": repr(failure.value),
                           "rendered_by": failure.request.meta.get("rendered_by")})


class SplashBodyRecorder:
    """Test-only downloader middleware placed after SplashMiddleware: records the JSON
    each request to Splash carries."""
    bodies: list[dict] = []

    def process_request(self, request):
        if request.meta.get("_splash_processed"):
            SplashBodyRecorder.bodies.append(json.loads(request.body))


def crawl_settings(renderer: str, **extra) -> dict:
    return {**renderer_settings(renderer, splash_url=extra.pop("splash_url", "http://127.0.0.1:8050")),
            "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "INFO",
            "RETRY_ENABLED": False, **extra}


def rendered(pages: list[dict], url: str) -> dict:
    found = [p for p in pages if p.get("rendered_by") and p["url"] == url]
    assert len(found) == 1, (url, [(p["url"], p.get("rendered_by"), p.get("reason"), p.get("error")) for p in pages])
    return found[0]


def js_origin() -> Site:
    """A site served on 127.0.0.1 itself (no proxy): text inserted by script, a 404 page,
    and a page gzip-compressed whenever the client accepts it."""
    site = Site("127.0.0.1", {"id": "local"}, {})
    site.page("/js.html", page(MENU + "<h1>Школа</h1><div id='out'></div><script>window.addEventListener('load', function ()"
                               " { document.getElementById('out').textContent = 'Вставлено скриптом: расписание"
                               " центра «Точка роста» на 2023-2024 учебный год'; });</script>"))
    site.page("/gone.html", page("<div id='out'></div><script>document.getElementById('out').textContent ="
                                 " 'Страница удалена, её текст построен скриптом';</script>"), status=404)
    packed = page("<div id='out'></div><script>document.getElementById('out').innerHTML = 'Сжатая страница:"
                  " текст из скрипта';</script>").encode()

    def gzip_when_accepted(target, headers):
        accepted = {k.lower(): v for k, v in headers.items()}.get("accept-encoding", "")
        if "gzip" in accepted:
            return Resource(gzip.compress(packed), headers={"Content-Type": "text/html; charset=utf-8",
                                                            "Content-Encoding": "gzip"})
        return Resource(packed, headers={"Content-Type": "text/html; charset=utf-8"})

    site.dynamic(r"/gzip\.html", gzip_when_accepted)
    site.page("/tabs.html", page(
        MENU + "<ul class='tabs' id='t'><li><a href='#about' data-tab='about'>О центре</a></li>"
        "<li><a href='#docs' data-tab='docs'>Документы</a></li><li><a href='/elsewhere.html' data-tab='x'>Архив</a></li>"
        "</ul><div id='body'></div>"
        "<ul class='nav nav-tabs'><li><a href='#p1' data-toggle='tab'>Первая</a></li>"
        "<li><a href='#p2' data-toggle='tab'>Вторая</a></li></ul><div class='tab-content'>"
        "<div id='p1' class='tab-pane active'>Панель один</div><div id='p2' class='tab-pane' style='display:none'>"
        "Панель два уже в HTML</div></div>"
        "<script>var TABS = {about: 'Центр «Точка роста» открыт в 2021 году', docs: 'Документы центра: письмо"
        " ТВ-2356/02'}; function show(key) { document.getElementById('body').innerHTML = TABS[key]; }"
        " var links = document.getElementById('t').getElementsByTagName('a'); for (var i = 0; i < 2; i++) {"
        " links[i].onclick = function () { show(this.getAttribute('data-tab')); return false; }; }"
        " document.querySelectorAll('[data-toggle=tab]')[1].onclick = function () {"
        " document.getElementById('p2').style.display = 'block'; return false; }; show('about');</script>"))
    site.page("/elsewhere.html", page("<p>Другая страница</p>"))
    return site


def _check_direct_crawl(pages, base: str):
    js = rendered(pages, f"{base}/js.html")
    assert "Вставлено скриптом: расписание центра «Точка роста» на 2023-2024" in js["text"]
    assert js["status"] == 200 and js["type"] == "HtmlResponse" and js["reason"] is None
    gone = rendered(pages, f"{base}/gone.html")
    assert gone["status"] == 404 and "Страница удалена" in gone["text"]  # the page's status, not the renderer's
    assert "Сжатая страница: текст из скрипта" in rendered(pages, f"{base}/gzip.html")["text"]
    plain = [p for p in pages if not p.get("rendered_by") and p["url"] == f"{base}/js.html"]
    assert plain[0]["reason"] == "content_inserted_by_script" and "Вставлено" not in plain[0]["text"]
    # every script-filled tab is kept; a tab only hidden by CSS is not copied; a link is not followed
    tabs = rendered(pages, f"{base}/tabs.html")
    assert "Центр «Точка роста» открыт в 2021 году" in tabs["text"] and "письмо ТВ-2356/02" in tabs["text"]
    assert tabs["text"].count("Панель два уже в HTML") == 1 and "Другая страница" not in tabs["text"]


@pytest_twisted.inlineCallbacks
def test_splash_renders_a_local_page_in_a_real_crawl(splash_url, no_proxy_env):
    pages: list[dict] = []
    with FixtureWebServer([js_origin()]) as web:
        base = f"http://127.0.0.1:{web.port}"
        runner = CrawlerRunner(crawl_settings("splash", splash_url=splash_url))
        urls = [f"{base}/js.html", f"{base}/gone.html", f"{base}/gzip.html", f"{base}/tabs.html"]
        yield runner.crawl(RenderProbeSpider, urls=urls,
                           renderer="splash", pages=pages)
    _check_direct_crawl(pages, base)
    # compat.SplashMiddleware._get_slot_key: the render keeps the site's own download slot
    assert rendered(pages, f"{base}/js.html")["slot"] == "127.0.0.1"


@pytest_twisted.inlineCallbacks
def test_splash_sends_its_lua_source_once_then_by_reference(splash_url, no_proxy_env):
    SplashBodyRecorder.bodies = []
    pages: list[dict] = []
    with FixtureWebServer([js_origin()]) as web:
        base = f"http://127.0.0.1:{web.port}"
        settings = crawl_settings("splash", splash_url=splash_url, CONCURRENT_REQUESTS=1)
        settings["DOWNLOADER_MIDDLEWARES"] = {**settings["DOWNLOADER_MIDDLEWARES"],
                                              f"{__name__}.SplashBodyRecorder": 900}
        yield CrawlerRunner(settings).crawl(RenderProbeSpider, urls=[f"{base}/js.html", f"{base}/gzip.html"],
                                            renderer="splash", pages=pages)
    first, second = SplashBodyRecorder.bodies
    assert first["lua_source"] == SPLASH_LUA and set(first["save_args"]) == {"lua_source", "polyfill", "reveal"}
    assert "lua_source" not in second and set(second["load_args"]) == {"lua_source", "polyfill", "reveal"}
    assert len([p for p in pages if p.get("rendered_by") and "error" not in p]) == 2


PROXIED = {
    "c01": "https://kstovo-school3.ru/tochka-rosta/raspisanie/",
    "c02": "http://licey2-bugulma.ru/obrazovanie/tochka-rosta/",
    "c03": "http://sosh7-salsk.ru/tochka-rosta/novosti/",
    "c04": "http://school15-elets.ru/",
}


def _check_proxied_crawl(pages, web):
    c01 = rendered(pages, PROXIED["c01"])  # https through CONNECT, self-signed certificate
    assert "Расписание занятий центра «Точка роста» на 2023-2024 учебный год" in c01["text"]
    c02 = rendered(pages, PROXIED["c02"])
    assert {"/obrazovanie/tochka-rosta/", "/obrazovanie/tochka-rosta/raspisanie/",
            "/obrazovanie/tochka-rosta/novosti/"} <= set(c02["links"])
    c03 = rendered(pages, PROXIED["c03"])
    assert "Урок цифры в центре «Точка роста»" in c03["text"] and "/news/412/" in c03["links"]
    assert not [p for p in pages if p["url"] == PROXIED["c04"] and p.get("rendered_by")]
    # The hosts exist only behind the proxy: the browser's own request for the JSON
    # (never made by the plain crawl) proves the renderer went through it.
    assert [r.target for r in web.requests_for("sosh7-salsk.ru")].count("/api/news.json") == 1


@pytest_twisted.inlineCallbacks
def test_splash_renders_fixture_sites_through_the_forward_proxy(splash_url, fixture_web, fixture_proxy_env):
    fixture_web.clear_requests()
    pages: list[dict] = []
    runner = CrawlerRunner(crawl_settings("splash", splash_url=splash_url))
    yield runner.crawl(RenderProbeSpider, urls=list(PROXIED.values()), renderer="splash", pages=pages)
    _check_proxied_crawl(pages, fixture_web)


@pytest_twisted.inlineCallbacks
def test_playwright_renders_a_local_page_in_a_real_crawl(chromium, no_proxy_env):
    pages: list[dict] = []
    with FixtureWebServer([js_origin()]) as web:
        base = f"http://127.0.0.1:{web.port}"
        yield CrawlerRunner(crawl_settings("playwright")).crawl(
            RenderProbeSpider, urls=[f"{base}/js.html", f"{base}/gone.html", f"{base}/gzip.html", f"{base}/tabs.html"],
            renderer="playwright", pages=pages)
    _check_direct_crawl(pages, base)


@pytest_twisted.inlineCallbacks
def test_playwright_renders_fixture_sites_through_the_forward_proxy(chromium, fixture_web, fixture_proxy_env):
    fixture_web.clear_requests()
    pages: list[dict] = []
    settings = crawl_settings("playwright")  # after fixture_proxy_env: the launch proxy comes from it
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"]["proxy"]["server"] == fixture_proxy_env
    yield CrawlerRunner(settings).crawl(RenderProbeSpider, urls=list(PROXIED.values()), renderer="playwright",
                                        pages=pages)
    _check_proxied_crawl(pages, fixture_web)
