"""The baseline of ``make bench``: a crawl with no analysis at all.

It reads the same seeds as ``schools`` and follows what a crawler of school sites must
follow at least — every same-host ``<a href>`` — under the same per-school page budget, with
the project's settings and downloader, so that the full spider's pages/s can be compared
with what Scrapy itself costs here. It yields nothing; Scrapy's stats count the pages.

Run from the project directory, so that the project settings apply:
``scrapy runspider bench/bare_spider.py -a seeds=FILE.csv``.
"""
from __future__ import annotations

import csv
from urllib.parse import urldefrag, urlsplit

import scrapy
from scrapy.http import TextResponse
from w3lib.url import safe_url_string


class BareSpider(scrapy.Spider):
    name = "bench_bare"
    # Nothing is yielded, but the project's pipelines and feeds must not even be set up.
    custom_settings = {"ITEM_PIPELINES": {}, "FEEDS": {}}

    def __init__(self, seeds: str, **kwargs):
        super().__init__(**kwargs)
        self.seeds = seeds
        self.hosts: dict[str, set[str]] = {}  # school id -> host names it may be crawled on
        self.seen: dict[str, set[str]] = {}  # school id -> URLs requested for it

    async def start(self):
        self.budget = self.settings.getint("TOCHKA_PAGE_BUDGET", 200)
        self.depth_limit = self.settings.getint("DEPTH_LIMIT")
        with open(self.seeds, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            urls = [u for u in (row["url"].strip(), (row.get("section_url") or "").strip()) if u]
            school = row["id"]
            self.hosts[school] = {urlsplit(u).hostname for u in urls}
            self.seen[school] = set()
            for url in urls:
                request = self._request(school, url)
                if request is not None:
                    yield request

    def _request(self, school: str, url: str) -> scrapy.Request | None:
        # The form Request will send: a raw Cyrillic link and its percent-encoded twin
        # (the URL of the response) are one page, and count once against the budget.
        url = safe_url_string(urldefrag(url)[0])
        seen = self.seen[school]
        if url in seen or len(seen) >= self.budget:
            return None
        seen.add(url)
        return scrapy.Request(url, self.parse, cb_kwargs={"school": school})

    def parse(self, response, school: str):
        if not isinstance(response, TextResponse):  # PDFs and other documents: fetched, not read
            return
        if self.depth_limit and response.meta.get("depth", 0) >= self.depth_limit:
            # DepthMiddleware would drop these links after they were counted as seen, and a
            # page first met too deep would then be lost even where a shorter path leads to it.
            return
        hosts = self.hosts[school]
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.hostname in hosts:
                request = self._request(school, url)
                if request is not None:
                    yield request
