"""scrapy-splash 0.11.1 on Scrapy 2.19: the three gaps, closed in one place.

scrapy-splash 0.11.1 was written for Scrapy <= 2.13. On 2.19 it breaks three ways:

1. ``scrapy.utils.url.canonicalize_url`` is gone (Scrapy >= 2.16; it was a re-export of
   ``w3lib.url.canonicalize_url``), so ``import scrapy_splash`` raises ImportError.
   Fixed by putting w3lib's function back under the old name before the import.
2. ``Downloader._get_slot_key`` is gone (Scrapy >= 2.14; now ``get_slot_key(request)``).
   ``SplashMiddleware`` calls it for every SplashRequest under the default per-domain
   slot policy. Fixed by the ``SplashMiddleware`` subclass below.
3. Spider middlewares must be async-capable (Scrapy >= 2.16), and ``process_start_requests``
   is no longer called at all. The stock ``SplashDeduplicateArgsMiddleware`` is refused;
   the subclass below has async ``process_start``/``process_spider_output``.

Also, not a breakage yet: Scrapy 2.19 warns that it will stop passing ``spider`` to
middleware methods, which the stock ``SplashMiddleware`` requires. And for this project:
``SplashMiddleware`` hands a rendered page on as an ``HtmlResponse``.

Import every scrapy-splash class from this module (settings name them by this module's
path), so the fix is in place before scrapy-splash loads. Delete this module when a
scrapy-splash release supports Scrapy 2.19 (tests/test_rendering.py says which gap closed).
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
import scrapy.utils.url
from w3lib.url import canonicalize_url

if not hasattr(scrapy.utils.url, "canonicalize_url"):
    scrapy.utils.url.canonicalize_url = canonicalize_url  # type: ignore[attr-defined]

from scrapy.http import HtmlResponse  # noqa: E402
from scrapy_splash import SplashDeduplicateArgsMiddleware as _StockDeduplicateArgsMiddleware  # noqa: E402
from scrapy_splash import (  # noqa: E402  (needs the fix above)
    SplashJsonResponse,
    SplashRequest,
    SplashRequestFingerprinter,
)
from scrapy_splash import SplashMiddleware as _StockSplashMiddleware  # noqa: E402

__all__ = ["SplashDeduplicateArgsMiddleware", "SplashMiddleware", "SplashRequest",
           "SplashRequestFingerprinter"]


class SplashMiddleware(_StockSplashMiddleware):
    """The stock downloader middleware, with the slot key taken from Scrapy's public API,
    and a rendered page handed on as an ordinary ``HtmlResponse`` (the page's final URL
    and HTTP status, the rendered HTML), so page analysis needs no Splash-specific code."""

    def _get_slot_key(self, request_or_response):
        return self.crawler.engine.downloader.get_slot_key(request_or_response)

    # Scrapy 2.19 deprecates passing the spider to middleware methods and will stop
    # passing it; the stock methods still want it, so take it from the crawler.
    def process_request(self, request):
        return super().process_request(request, self.crawler.spider)

    def process_response(self, request, response):
        result = super().process_response(request, response, self.crawler.spider)
        if isinstance(result, SplashJsonResponse) and "html" in result.data:
            return HtmlResponse(url=result.url, status=result.status, headers=result.headers,
                                body=result.body, encoding="utf-8", request=request, flags=result.flags,
                                certificate=result.certificate, ip_address=result.ip_address,
                                protocol=result.protocol)
        return result


class SplashDeduplicateArgsMiddleware(_StockDeduplicateArgsMiddleware):
    """Keeps one copy of each big Splash argument (``cache_args``, e.g. ``lua_source``)
    per crawl instead of one per queued request, as the stock middleware does; the
    stock request rewriting is reused, only the Scrapy 2.19 entry points are new."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in start:
            yield self._deduplicate(item_or_request)

    async def process_spider_output(self, response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item_or_request in result:
            yield self._deduplicate(item_or_request)

    def _deduplicate(self, item_or_request):
        if not isinstance(item_or_request, scrapy.Request):
            return item_or_request
        spider = self.crawler.spider
        # The stock middleware created this store in process_start_requests, which
        # Scrapy 2.19 never calls; SplashMiddleware reads it back by the same key.
        if getattr(spider, "state", None) is None:
            spider.state = {}
        spider.state.setdefault(self.local_values_key, {})
        return self._process_request(item_or_request, spider)
