"""Downloader middlewares: the per-school page budget and charsets of old Russian sites."""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding


class SchoolBudgetMiddleware:
    """Hard cap on HTTP requests per school, redirects and retries included, so that
    no trap host ever gets more requests than the page budget."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        schools = getattr(self.crawler.spider, "schools", None)
        school = schools.get(request.meta.get("school")) if schools else None
        if school is None:
            return None
        if school.downloads >= school.budget:
            school.refused["page budget"] += 1
            raise IgnoreRequest(f"page budget of {school.budget} requests exhausted")
        school.downloads += 1
        return None


class RussianCharsetMiddleware:
    """Decode as windows-1251 the pages that declare no charset (or declare UTF-8) but
    are not UTF-8: on Russian school sites that is what such bytes are, and Scrapy's
    own fallback would turn their Cyrillic into Latin-1 noise."""

    def process_response(self, request, response):
        if not isinstance(response, HtmlResponse):
            return response
        header = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        declared = header.split("charset=", 1)[1].strip(" \"';") if "charset=" in header else None
        declared = declared or html_body_declared_encoding(response.body)
        if declared and declared.replace("-", "").replace("_", "").lower() not in ("utf8", "utf8mb4"):
            return response
        body = response.body
        if body.startswith(b"\xef\xbb\xbf"):
            return response
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return response.replace(encoding="cp1251")
        return response
