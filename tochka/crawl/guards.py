"""Trap guards: URLs that would let one site swallow the crawl."""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

MAX_URL_LENGTH = 400
MAX_PATH_SEGMENTS = 12
MAX_QUERY_PARAMS = 5
MAX_SEGMENT_REPEATS = 2
MAX_VARIANTS_PER_PAGE = 12  # one path with different query strings (filters, sorting)
MAX_CALENDAR_PAGES = 4

_CALENDAR = re.compile(
    r"(?i)(?:calendar|kalendar|[?&](?:month|year|day|date|mon|ym|y|m|d|cal|curmonth|filter_date)=|/\d{4}-\d{2}(?:-\d{2})?/?$|/\d{4}/\d{1,2}/?$)")
_PAGINATION = re.compile(r"(?i)[?&](?:cur_?pos|pagen_\d+|page|paged|start|limitstart|from|offset)=\d+")


class TrapGuard:
    """Per-school memory of URL shapes; ``refuse`` says why a URL is not worth a request."""

    def __init__(self) -> None:
        self.variants: Counter[str] = Counter()
        self.calendar_pages = 0

    def refuse(self, url: str) -> str | None:
        if len(url) > MAX_URL_LENGTH:
            return "url too long"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > MAX_PATH_SEGMENTS:
            return "too many path segments"
        if segments and Counter(segments).most_common(1)[0][1] > MAX_SEGMENT_REPEATS:
            return "repeated path segments"
        params = parse_qsl(parts.query, keep_blank_values=True)
        if len(params) > MAX_QUERY_PARAMS:
            return "query-string explosion"
        if params and not _PAGINATION.search(url):
            template = parts.path + "?" + "&".join(sorted(k for k, _ in params))
            self.variants[template] += 1
            if self.variants[template] > MAX_VARIANTS_PER_PAGE:
                return "too many variants of one page"
        if _CALENDAR.search(url) and not re.search(r"/\d{4}/\d{2}/\d{2}/", parts.path):
            self.calendar_pages += 1
            if self.calendar_pages > MAX_CALENDAR_PAGES:
                return "calendar trap"
        return None
