"""Render requests for Splash or Playwright, and the settings each renderer needs.

The spider fetches every page plainly first; when ``decide.needs_rendering`` finds
evidence that script builds what a person sees, it yields ``render_request(request,
renderer)`` for the same URL. The rendered response reaches the same callback with
``response.meta["rendered_by"]`` set to the renderer's name, its URL the final URL
after redirects and its status the page's own HTTP status (not Splash's).

Both renderers fetch through the crawl's proxy: Splash gets it as its ``proxy``
argument per request, Chromium as a launch option.
"""
from __future__ import annotations

from urllib.parse import unquote, urlsplit
from urllib.request import getproxies, proxy_bypass

import scrapy

from .compat import SplashRequest

RENDERERS = ("splash", "playwright")
DEFAULT_WAIT = 0.5  # seconds after the load event for scripts and their fetches; raise it for slow hosts
RENDER_TIMEOUT = 60  # seconds per render; scripts/splash.sh starts Splash with --max-timeout 90
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    # Without these Chromium calls Google services at start-up; here they are unreachable
    # and in production they are traffic no audit asked for. Playwright passes some of
    # them itself; they are listed anyway so the set does not rest on its internals.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    # /dev/shm is small in containers; Chromium crashes tabs when it runs out.
    "--disable-dev-shm-usage",
]

# QtWebKit (2016) has no fetch(); many school-site builders load their news with it.
# Installed before the page's own scripts: GET/POST with .ok/.status/.text()/.json().
FETCH_POLYFILL = """
if (!window.fetch) {
  window.fetch = function (url, options) {
    options = options || {};
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(options.method || "GET", url, true);
      var headers = options.headers || {};
      for (var name in headers) { xhr.setRequestHeader(name, headers[name]); }
      xhr.onload = function () {
        var body = xhr.responseText;
        resolve({ok: xhr.status >= 200 && xhr.status < 300, status: xhr.status, url: xhr.responseURL || url,
                 text: function () { return Promise.resolve(body); },
                 json: function () { return Promise.resolve(JSON.parse(body)); }});
      };
      xhr.onerror = function () { reject(new TypeError("Network request failed")); };
      xhr.send(options.body || null);
    });
  };
}
"""

# Tabs whose panels are written by script show one panel at a time: a person clicks
# through them, so the renderer does too. Each tab control (role=tab, data-toggle/
# data-bs-toggle=tab, data-tab, or a "#…" link in a list whose class names tabs) is
# clicked; every text a panel showed (aria-controls, href or data-target, else the
# element after the tab list) that a click replaced is copied into one
# <div data-tochka-revealed> at the end of <body>. Panels only hidden by CSS keep their
# text, are already in the HTML and are not copied. Links to other pages and "#/" routes are never clicked, and the address
# the clicks moved is put back. ES5 for QtWebKit.
REVEAL_TABS = """
(function () {
  var found = document.querySelectorAll('[role="tab"], [data-toggle="tab"], [data-bs-toggle="tab"], [data-tab],'
    + ' ul[class*="tab"] a[href^="#"], ol[class*="tab"] a[href^="#"], nav[class*="tab"] a[href^="#"]');
  var controls = [], i, j;
  for (i = 0; i < found.length && controls.length < 20; i++) {
    var href = found[i].getAttribute('href');
    if (href && (href.charAt(0) !== '#' || href.charAt(1) === '/' || href.charAt(1) === '!')) { continue; }
    controls.push(found[i]);
  }
  if (controls.length < 2) { return 0; }
  function panels(control) {
    var ids = [control.getAttribute('aria-controls'), (control.getAttribute('href') || '').slice(1),
               (control.getAttribute('data-target') || control.getAttribute('data-bs-target') || '').replace(/^#/, '')];
    var out = [], k, list = control.parentNode;
    for (k = 0; k < ids.length; k++) {
      var el = ids[k] && document.getElementById(ids[k]);
      if (el) { out.push(el); }
    }
    while (list && list !== document.body && !/^(UL|OL|NAV)$/.test(list.tagName)) { list = list.parentNode; }
    if (list && list !== document.body && list.nextElementSibling) { out.push(list.nextElementSibling); }
    return out;
  }
  var address = window.location.href, elements = [], first = [], texts = {}, keep = document.createElement('div');
  keep.setAttribute('data-tochka-revealed', 'tabs');
  function copy(html, text) {
    if (texts[text] || !text.replace(/\\s+/g, '')) { return; }
    texts[text] = 1;
    var block = document.createElement('div');
    block.innerHTML = html;
    keep.appendChild(block);
  }
  for (i = 0; i < controls.length; i++) {
    var start = panels(controls[i]);
    for (j = 0; j < start.length; j++) {
      if (elements.indexOf(start[j]) < 0) { elements.push(start[j]); first.push([start[j].innerHTML, start[j].textContent]); }
    }
  }
  for (i = 0; i < controls.length; i++) {
    try { controls[i].click(); } catch (e) { continue; }
    for (j = 0; j < elements.length; j++) {
      // text, not HTML: a panel only shown by CSS changes its style, not its text
      if (elements[j].textContent !== first[j][1]) { copy(elements[j].innerHTML, elements[j].textContent); }
    }
  }
  for (j = 0; j < elements.length; j++) {
    if (elements[j].textContent !== first[j][1]) { copy(first[j][0], first[j][1]); }
  }
  if (keep.childNodes.length) { document.body.appendChild(keep); }
  // a "#…" tab link moves the address; the page keeps its own
  if (window.location.href !== address && window.history.replaceState) { window.history.replaceState(null, '', address); }
  return keep.childNodes.length;
})();
"""

# Returns the page as a browser shows it, with the final URL and the page's HTTP status,
# which scrapy-splash copies into the response ("magic response"). Images are not loaded:
# they never change the HTML and are most of a school page's weight. A failed load that
# is only an HTTP error status (Splash says "http404") still returns the page.
SPLASH_LUA = """
function main(splash, args)
  splash.images_enabled = false
  splash.resource_timeout = args.resource_timeout
  splash:autoload(args.polyfill)
  local ok, reason = splash:go{args.url, headers=args.headers}
  if not ok and not tostring(reason):find("^http") then
    error(reason)
  end
  splash:wait(args.wait)
  splash:runjs(args.reveal)
  local entries = splash:history()
  local last = entries[#entries]
  return {
    html = splash:html(),
    url = splash:url(),
    http_status = last and last.response and last.response.status,
  }
end
"""

# Meta keys the plain request's download left behind (proxy choice, slot, timings,
# redirect and retry counters): the render request is a new download and sets its own.
_DOWNLOAD_META = frozenset({
    "proxy", "_auth_proxy", "_scheme_proxy", "download_slot", "download_timeout", "download_latency",
    "_dont_cache", "cache_timestamp", "redirect_reasons", "redirect_times", "redirect_ttl",
    "redirect_urls", "retry_times",
})

# Headers the plain request's download added. Splash would send them to the site as
# given: Accept-Encoding makes QtWebKit receive a compressed page it cannot decode, and
# Proxy-Authorization would hand the proxy's credentials to the site. Cookies are added
# again by CookiesMiddleware for the render request.
_DOWNLOAD_HEADERS = (b"Accept-Encoding", b"Proxy-Authorization", b"Cookie")


def env_proxy(url: str) -> str | None:
    """The proxy ``http_proxy``/``https_proxy``/``no_proxy`` choose for ``url``, as Scrapy's
    HttpProxyMiddleware would choose it, or None."""
    parts = urlsplit(url)
    if parts.hostname and proxy_bypass(parts.hostname):
        return None
    return getproxies().get(parts.scheme)


def render_request(request: scrapy.Request, renderer: str, *, wait: float = DEFAULT_WAIT) -> scrapy.Request:
    """The request that renders ``request.url`` with ``renderer`` ("splash" or "playwright"),
    keeping its callback, errback, cb_kwargs, priority and meta."""
    meta = {k: v for k, v in request.meta.items() if k not in _DOWNLOAD_META}
    meta["rendered_by"] = renderer
    headers = request.headers.copy()
    for name in _DOWNLOAD_HEADERS:
        headers.pop(name, None)
    common = dict(callback=request.callback, errback=request.errback, cb_kwargs=request.cb_kwargs,
                  priority=request.priority, headers=headers, flags=[*request.flags, renderer])
    if renderer == "splash":
        return _splash_request(request, meta, common, wait)
    if renderer == "playwright":
        return _playwright_request(request, meta, common, wait)
    raise ValueError(f"unknown renderer {renderer!r}; expected one of {RENDERERS}")


def _splash_request(request: scrapy.Request, meta: dict, common: dict, wait: float) -> scrapy.Request:
    proxy = request.meta.get("proxy") or env_proxy(request.url)
    args = {"lua_source": SPLASH_LUA, "polyfill": FETCH_POLYFILL, "reveal": REVEAL_TABS, "wait": wait,
            "timeout": RENDER_TIMEOUT, "resource_timeout": RENDER_TIMEOUT / 3}
    if proxy:
        args["proxy"] = proxy
    # The request to Splash itself goes straight to Splash on loopback, never through
    # the crawl's proxy: Splash applies the proxy to the page it loads.
    meta["proxy"] = None
    return SplashRequest(request.url, endpoint="execute", args=args, cache_args=["lua_source", "polyfill", "reveal"],
                         meta=meta, dont_filter=request.dont_filter, **common)


def _playwright_request(request: scrapy.Request, meta: dict, common: dict, wait: float) -> scrapy.Request:
    # Imported here: the playwright package is only needed when RENDERER=playwright.
    from scrapy_playwright.page import PageMethod

    meta["playwright"] = True
    # Many school sites use certificates of the Russian national CA, which Chromium's
    # trust store rejects; the plain crawl does not verify certificates either. Given
    # here rather than as a startup context, Chromium starts on the first render only.
    meta["playwright_context_kwargs"] = {"ignore_https_errors": True}
    # The same rule as Splash's `wait`: a fixed pause after the load event for what the
    # page's scripts fetch and insert. Not "networkidle": a chat widget or a long-polling
    # counter keeps the network busy and would fail the render on its timeout.
    meta["playwright_page_methods"] = [PageMethod("wait_for_timeout", int(wait * 1000)),
                                       PageMethod("evaluate", REVEAL_TABS)]
    # Same URL as the plain request already seen by the dupefilter; unlike
    # SplashRequestFingerprinter, the default fingerprint ignores meta["playwright"].
    return request.replace(meta=meta, dont_filter=True, **common)


def skip_heavy_resource(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: images, media and fonts never change the HTML."""
    return request.resource_type in ("image", "media", "font")


def renderer_settings(renderer: str, *, splash_url: str = "http://127.0.0.1:8050") -> dict:
    """Settings the crawl needs for ``renderer``; merge them into the project settings
    (dict values are middleware/handler maps to merge, not to replace)."""
    if renderer == "splash":
        return {
            "SPLASH_URL": splash_url,
            "DOWNLOADER_MIDDLEWARES": {
                "tochka.rendering.compat.SplashMiddleware": 725,
                # After SplashMiddleware: Accept-Encoding then goes on the request to
                # Splash, not into the headers Splash sends to the site (QtWebKit does
                # not decode a compressed answer it did not ask for itself).
                "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": 810,
            },
            "SPIDER_MIDDLEWARES": {"tochka.rendering.compat.SplashDeduplicateArgsMiddleware": 100},
            "REQUEST_FINGERPRINTER_CLASS": "tochka.rendering.compat.SplashRequestFingerprinter",
        }
    if renderer == "playwright":
        handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
        launch = {"executable_path": CHROMIUM, "headless": True, "args": list(CHROMIUM_ARGS)}
        proxy = chromium_proxy()
        if proxy:
            launch["proxy"] = proxy
        return {
            "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
            "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
            "PLAYWRIGHT_BROWSER_TYPE": "chromium",
            "PLAYWRIGHT_LAUNCH_OPTIONS": launch,
            "PLAYWRIGHT_ABORT_REQUEST": "tochka.rendering.requests.skip_heavy_resource",
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": RENDER_TIMEOUT * 1000,
        }
    raise ValueError(f"unknown renderer {renderer!r}; expected one of {RENDERERS}")


def chromium_proxy() -> dict | None:
    """Playwright's ``proxy`` launch option from the environment. Chromium takes one
    proxy for every scheme: ``https_proxy`` if set, else ``http_proxy``."""
    proxies = getproxies()
    url = proxies.get("https") or proxies.get("http")
    if not url:
        return None
    parts = urlsplit(url if "://" in url else f"http://{url}")
    proxy = {"server": f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")}
    if parts.username:
        proxy["username"] = unquote(parts.username)
        proxy["password"] = unquote(parts.password or "")
    if proxies.get("no"):
        proxy["bypass"] = proxies["no"]
    return proxy
