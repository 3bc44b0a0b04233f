"""``scrapy enqueue``: publish a school list as the queue of a distributed crawl (docs/distributed.md)."""
from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from tochka.crawl.arguments import ArgumentError, CrawlArguments, fail
from tochka.distributed.queue import QueueError, SchoolQueue, describe_server
from tochka.seeds import BadSeed


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "SEEDS --crawl-id ID [--as-of YYYY-MM-DD] [--year YYYY]"

    def short_desc(self) -> str:
        return "Publish a school list to the Redis queue (REDIS_URL) for workers to crawl"

    def long_desc(self) -> str:
        return ("Checks the school list as `scrapy crawl schools` does, then puts one queue entry per row "
                "into the Redis of REDIS_URL under the crawl id. Workers join with that Redis and crawl id. "
                "Exits 2 on an unusable list or argument, an unreachable Redis or a crawl id already published.")

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--crawl-id", required=True, help="the crawl's id: workers join the crawl by it")
        parser.add_argument("--as-of", help="monitoring date YYYY-MM-DD (default: today)")
        parser.add_argument("--year", help="reporting year of the publications check (default: the as-of year)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one school list (CSV or XLSX path, or an http(s) URL)")
        try:
            crawl = CrawlArguments.parse("schools", args[0], opts.as_of, opts.year, opts.crawl_id)
            if not crawl.entries:
                raise ArgumentError(f"the school list {args[0]} has no rows: nothing to queue")
            queue = SchoolQueue.from_settings(self.settings, crawl.crawl_id)
            plan = {"seeds_path": crawl.seeds_path, "as_of": crawl.as_of.isoformat(), "year": crawl.year,
                    "crawl_id": crawl.crawl_id}
            rows = queue.publish(plan, crawl.entries)
        except (ArgumentError, QueueError) as exc:
            fail(str(exc))
        bad = sum(isinstance(entry, BadSeed) for entry in crawl.entries)
        print(f"crawl id: {crawl.crawl_id}")
        print(f"queue:    {describe_server(queue.server)}")
        print(f"rows:     {rows} ({bad} bad rows, reported as bad_seed by the worker that takes them)")
        print("start each worker with the same REDIS_URL (TOCHKA_WORKER_ID names it, optional):")
        print(f"  scrapy crawl schools -a crawl_id={crawl.crawl_id}")
        print(f"then combine the workers' feeds: scrapy merge_reports {crawl.crawl_id}")
