"""``scrapy mongo_query``: the MongoDB queries analysts need, from the command line."""
from __future__ import annotations

import argparse
import json
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from tochka import mongo
from tochka.commands import MongoCommand, open_mongo

TABLE_COLUMNS = ("crawl_id", "school_id", "status", "score", "violations", "crawled_at")
CRAWLS_COLUMNS = ("crawl_id", "as_of", "started_at", "finished_at", "finish_reason", "reports", "pages")


def table_row(doc: dict) -> str:
    codes = ",".join(str(v.get("code")) for v in doc.get("violations") or [])
    values = {**doc, "violations": codes or "-"}
    return "\t".join(str(values.get(c, "")) for c in TABLE_COLUMNS)


class Command(MongoCommand, ScrapyCommand):
    def syntax(self) -> str:
        return "latest | crawl <crawl_id> | history <school_id> | crawls [--uri URI] [--format table|jsonl]"

    def short_desc(self) -> str:
        return "Query stored school reports: latest per school, one crawl, one school's history"

    def long_desc(self) -> str:
        return (
            "latest: the most recent report of every school; crawl ID: all reports of one crawl; "
            "history SCHOOL_ID: one school's reports across crawls, oldest first; crawls: the crawls "
            "documents, newest first. --format jsonl prints whole documents, one per line."
        )

    def add_own_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--format", choices=("table", "jsonl"), default="table",
                            help="table (tab-separated summary, default) or jsonl (whole documents)")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        expected = {"latest": 0, "crawls": 0, "crawl": 1, "history": 1}
        if not args or args[0] not in expected or len(args) != 1 + expected[args[0]]:
            raise UsageError()
        client, db = open_mongo(self.settings, opts)
        with client:
            queries = mongo.MongoQueries(db, mongo.Collections.from_settings(self.settings))
            try:
                self._print(getattr(queries, args[0])(*args[1:]), opts.format, crawls=args[0] == "crawls")
            except mongo.pymongo.errors.PyMongoError as exc:
                print(f"MongoDB query failed: {exc}", file=sys.stderr)
                self.exitcode = 1

    @staticmethod
    def _print(docs, fmt: str, *, crawls: bool) -> None:
        if fmt == "jsonl":
            for doc in docs:
                print(json.dumps(doc, ensure_ascii=False, default=str))
        elif crawls:
            print("\t".join(CRAWLS_COLUMNS))
            for doc in docs:
                print("\t".join(str(doc.get(c, "")) for c in CRAWLS_COLUMNS))
        else:
            print("\t".join(TABLE_COLUMNS))
            for doc in docs:
                print(table_row(doc))
