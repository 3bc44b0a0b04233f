"""Counts the health verdict and the progress line need, kept in the crawl's stats.

``ReportTally`` watches items and responses (not the spider's internals): school
reports per status and per seed row, schools that hit the page budget, rendered
responses, the regions the reports belong to.
"""
from __future__ import annotations

from collections import Counter

from itemadapter import ItemAdapter
from scrapy import signals

from ..signals import reports_recovered

REPORT_TYPE = "school_report"


class ReportTally:
    def __init__(self, stats):
        self.stats = stats
        self.rows: Counter = Counter()      # (school_id, seed_line) -> reports
        self.regions: Counter = Counter()   # region -> reports

    @classmethod
    def from_crawler(cls, crawler):
        tally = cls(crawler.stats)
        crawler.signals.connect(tally.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(tally.response_received, signal=signals.response_received)
        crawler.signals.connect(tally.recovered, signal=reports_recovered)
        return tally

    def item_scraped(self, item, spider=None):
        report = ItemAdapter(item)
        if report.get("item_type") == REPORT_TYPE:
            self.count(report)

    def recovered(self, reports: list[dict]) -> None:
        """A resumed crawl's earlier reports count as this crawl's."""
        for report in reports:
            self.count(report)

    def count(self, report) -> None:
        self.stats.inc_value("tochka/reports")
        self.stats.inc_value(f"tochka/reports/{report.get('status') or 'unknown'}")
        if "page_budget_exhausted" in (report.get("incomplete") or ()):
            self.stats.inc_value("tochka/reports_budget_exhausted")
        if report.get("region"):
            self.regions[report["region"]] += 1
        row = (report.get("school_id"), report.get("seed_line"))
        self.rows[row] += 1
        if self.rows[row] == 1:
            self.stats.inc_value("tochka/seed_rows_reported")
        elif self.rows[row] == 2:
            self.stats.inc_value("tochka/seed_rows_reported_twice")

    def response_received(self, response, request, spider=None):
        if request.meta.get("rendered_by") and response.status < 500:
            self.stats.inc_value("tochka/rendered_responses")
