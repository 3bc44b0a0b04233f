"""``scrapy merge_reports``: one crawl's reports.jsonl / reports.csv / pages.jsonl from the feeds
of its workers, checked against the queue's plan and stored in MongoDB (docs/distributed.md).

Scrapy names a command of COMMANDS_MODULE after its module, hence the underscore (as in
``mongo_replay``); a hyphenated name would need a ``scrapy.commands`` entry point in
pyproject.toml, which breaks scrapyd-deploy's egg build (its generated setup.py passes
``entry_points`` too)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from tochka import mongo
from tochka.commands import add_mongo_options, open_mongo
from tochka.crawl.arguments import fail
from tochka.distributed import merge
from tochka.distributed.queue import QueueError, SchoolQueue
from tochka.ops.outputs import crawl_folder

MISSING_SHOWN = 50  # seed lines listed; the count covers the rest


def warn(message: str) -> None:
    print(f"tochka: warning: {message}", file=sys.stderr)


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False

    def syntax(self) -> str:
        return "CRAWL_ID [--export-dir DIR] [--uri URI] [--database NAME]"

    def short_desc(self) -> str:
        return "Merge the per-worker feeds of a distributed crawl into one reports.jsonl/reports.csv/pages.jsonl"

    def long_desc(self) -> str:
        return ("Reads <export dir>/<crawl folder>/workers/*/reports.jsonl and pages.jsonl, keeps one report per "
                "seed row and one page per (school, URL), and writes the crawl folder's reports.jsonl, reports.csv "
                "and pages.jsonl. With REDIS_URL it compares with the queue's plan and exits 1 when rows are "
                "missing; with MONGO_URI (or --uri) it upserts the merged reports into MongoDB. Exits 2 when "
                "there is nothing to merge.")

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        add_mongo_options(parser)
        parser.add_argument("--export-dir", help="the export directory (default: setting TOCHKA_EXPORT_DIR)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one crawl id")
        crawl_id, settings = args[0], self.settings
        assert settings is not None  # set by Scrapy before run()
        export_dir = Path(opts.export_dir or settings.get("TOCHKA_EXPORT_DIR") or "exports")
        crawl_dir = export_dir / crawl_folder(crawl_id)
        try:
            merged = merge.merge_crawl(crawl_dir, warn)
        except merge.MergeError as exc:
            fail(str(exc))
        print(f"merged {len(merged.worker_feeds)} worker feeds into {crawl_dir}: {len(merged.reports)} reports "
              f"({merged.duplicates} duplicate rows dropped), {merged.pages} pages "
              f"({merged.duplicate_pages} duplicate pages dropped)")
        complete = self._compare_with_plan(settings, crawl_id, merged)
        stored = self._store(settings, crawl_id, merged, opts)
        self.exitcode = 0 if complete and stored else 1

    @staticmethod
    def _compare_with_plan(settings, crawl_id: str, merged: merge.Merged) -> bool:
        """False when the queue's plan has rows without a report; True when all are there or
        there is no queue to compare with (said in a warning)."""
        if not settings.get("REDIS_URL"):
            return True
        try:
            entries = SchoolQueue.from_settings(settings, crawl_id).entries()
        except QueueError as exc:
            warn(f"not compared with the queue's plan: {exc}")
            return True
        if not entries:
            warn(f"not compared with the queue's plan: crawl {crawl_id!r} is not in the queue")
            return True
        missing = merge.missing_rows(entries, merged)
        print(f"{len(entries) - len(missing)} of {len(entries)} rows reported")
        if missing:
            shown = ", ".join(f"{entry.line} (id {entry.id})" for entry in missing[:MISSING_SHOWN])
            more = f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
            print(f"missing seed lines: {shown}{more}")
        beyond = len(merged.keys() - {merge.entry_key(entry) for entry in entries})
        if beyond:
            warn(f"{beyond} merged reports are of rows the queue's plan does not hold")
        return not missing

    @staticmethod
    def _store(settings, crawl_id: str, merged: merge.Merged, opts: argparse.Namespace) -> bool:
        """Upsert the merged reports when MongoDB is configured; False when that failed."""
        if not (opts.uri or settings.get("MONGO_URI")):
            return True
        client, db = open_mongo(settings, opts)
        collections = mongo.Collections.from_settings(settings)
        with client:
            try:
                rejected = merge.upsert_reports(db, collections, merged.reports,
                                                int(mongo.setting(settings, "MONGO_BATCH_SIZE")))
                beyond = merge.reports_beyond(db, collections, crawl_id, merged)
            except mongo.pymongo.errors.PyMongoError as exc:
                print(f"tochka: error: MongoDB unavailable, merged reports not stored: {exc}", file=sys.stderr)
                return False
        for op, message in rejected[:10]:
            print(f"tochka: error: MongoDB rejected report {op[1]['_id']}: {message}", file=sys.stderr)
        print(f"MongoDB: {len(merged.reports) - len(rejected)} merged reports upserted, {len(rejected)} rejected")
        if beyond:
            warn(f"MongoDB holds {beyond} reports of crawl {crawl_id!r} that no worker feed has; kept")
        return not rejected
