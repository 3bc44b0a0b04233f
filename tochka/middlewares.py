"""Downloader middlewares: the per-school page budget, robots.txt forgotten with its school and
charsets of old Russian sites."""
from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
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


class SchoolRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware keeps every host's parsed robots.txt for the whole crawl:
    on a national list that is one parser per school (1.4 KB for a two-line robots.txt, far
    more for a CMS's long one) kept long after the school has reported. This one drops the
    parsers of a school's hosts when the spider reports the school finished."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.hosts: dict[str, set[str]] = {}   # school -> hosts whose robots.txt it asked for
        crawler.signals.connect(self.forget, signal=school_finished)

    async def robot_parser(self, request):
        school = request.meta.get(SCHOOL_META)
        if school is not None:
            self.hosts.setdefault(school, set()).add(urlparse_cached(request).netloc)
        return await super().robot_parser(request)

    def forget(self, school_id: str) -> None:
        for netloc in self.hosts.pop(school_id, ()):
            # a robots.txt still on its way is awaited by another school's request: it stays
            if not isinstance(self._parsers.get(netloc), Deferred):
                self._parsers.pop(netloc, None)


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
