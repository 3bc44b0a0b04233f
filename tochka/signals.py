"""tochka's own signals, sent through ``crawl.signals`` like Scrapy's, and what they carry."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# sent with run=CrawlRun by a spider as it starts, before its first item: components that
# record the crawl (MongoDB's crawls document, crawl.json) learn what it is from it, never
# from the spider's attributes
crawl_started = object()

# sent with school_id=… when a school's report has been emitted; components that keep
# per-school state (the budget middleware) drop it then
school_finished = object()

# sent with reports=[dict, …] when a resumed crawl starts: the reports its earlier runs
# finished (read back from its reports.jsonl). Components that count or store reports treat
# them as if scraped now (MongoDB may have missed the last ones when the process was killed)
reports_recovered = object()


@dataclass(frozen=True)
class CrawlRun:
    """What a crawl is: its id, the spider, the monitoring date and year, its school list."""

    crawl_id: str
    spider: str
    as_of: date | None = None
    year: int | None = None
    seeds_path: str | None = None
    worker: str | None = None   # one worker's share of a distributed crawl
