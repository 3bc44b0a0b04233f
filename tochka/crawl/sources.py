"""Where a crawl's schools come from: its own school list, or a shared queue (distributed).

A source hands the spider one school (a ``Seed`` or a ``BadSeed``) when the spider has room
for it, and ``None`` when there is no school left for this process. The spider does not
know which kind it has.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from ..seeds import BadSeed, Seed, describe_bad_seeds
from ..signals import reports_recovered
from .arguments import CrawlArguments, SpiderArguments
from .journal import NOTHING, Resumed, open_job

Entry = Seed | BadSeed


class SchoolSource(Protocol):
    def open(self, crawler, logger) -> None: ...
    async def next_school(self) -> Entry | None: ...


class SeedList:
    """The rows of the crawl's school list in order, less those an earlier run finished."""

    def __init__(self, entries: list[Entry], resumed: Resumed = NOTHING):
        self.entries = entries
        self.resumed = resumed
        self._pending: Iterator[Entry] = self._unfinished()

    def _unfinished(self) -> Iterator[Entry]:
        finished = self.resumed.finished()
        return (entry for entry in self.entries if (entry.id, entry.line) not in finished)

    def open(self, crawler, logger) -> None:
        crawler.stats.set_value("tochka/seeds_total", len(self.entries))
        unusable = describe_bad_seeds(self.entries)
        if unusable:
            logger.warning("seeds: %s", unusable)
        if self.resumed.reports:
            crawler.stats.set_value("tochka/reports_recovered", len(self.resumed.reports))
            crawler.signals.send_catch_log(reports_recovered, reports=self.resumed.reports)

    async def next_school(self) -> Entry | None:
        return next(self._pending, None)


def open_source(spider_name: str, given: SpiderArguments, settings) -> tuple[CrawlArguments, SchoolSource]:
    """The crawl and where its schools come from, by the arguments and settings given.

    Without a school list but with ``REDIS_URL`` the process is one worker of a distributed
    crawl (``tochka.distributed``); with ``JOBDIR`` a local crawl resumes where it stopped."""
    if settings.get("REDIS_URL") and not given.seeds:
        from ..distributed.worker import queued_source
        return queued_source(spider_name, given, settings)
    run = CrawlArguments.parse(spider_name, given.seeds, given.as_of, given.year, given.crawl_name)
    if not settings.get("JOBDIR"):
        return run, SeedList(run.entries)
    run, resumed = open_job(Path(settings.get("JOBDIR")), run, Path(settings.get("TOCHKA_EXPORT_DIR") or "exports"),
                            explicit_crawl_id=bool(given.crawl_id))
    return run, SeedList(run.entries, resumed)
