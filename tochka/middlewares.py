"""Downloader middlewares: the per-school page budget and charsets of old Russian sites."""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from w3lib.encoding import html_body_declared_encoding

from .signals import school_finished

# request.meta keys this module reads and writes
SCHOOL_META = "school"               # the school a request is for (set by the spider)
SENT_META = "school_requests_sent"   # how many of the school's requests went out, this one included


class BudgetExhausted(IgnoreRequest):
    """The school's page budget is spent: the request is not sent."""


class SchoolBudgetMiddleware:
    """Hard cap on HTTP requests per school, redirects and retries included, so that
    no trap host ever gets more requests than the page budget (TOCHKA_PAGE_BUDGET).
    It numbers what it lets through in ``request.meta`` and forgets a school once the
    spider reports it finished."""

    def __init__(self, budget: int):
        self.budget = budget
        self.sent: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings.getint("TOCHKA_PAGE_BUDGET"))
        crawler.signals.connect(middleware.forget, signal=school_finished)
        return middleware

    def process_request(self, request):
        school = request.meta.get(SCHOOL_META)
        if school is None:
            return None
        sent = self.sent.get(school, 0)
        if sent >= self.budget:
            raise BudgetExhausted(f"page budget of {self.budget} requests exhausted")
        self.sent[school] = request.meta[SENT_META] = sent + 1
        return None

    def forget(self, school_id: str) -> None:
        self.sent.pop(school_id, None)


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
