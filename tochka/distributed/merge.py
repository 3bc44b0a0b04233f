"""One crawl's outputs from its workers' feeds (``scrapy merge_reports``, docs/distributed.md).

Each worker of a distributed crawl writes ``<export>/<crawl folder>/workers/<worker>/`` with
its own ``reports.jsonl`` and ``pages.jsonl``. The merge keeps one report per seed row, key
(school_id, seed_line): a row reported by two workers (a lease that lapsed while its first
worker was still alive) keeps the report read last, the files being read oldest first.
Pages are kept once per (school_id, url). A line cut short by a worker that died while
writing it is skipped with a warning. The crawl folder's ``reports.jsonl``, ``reports.csv``
(the crawl's own CSV columns) and ``pages.jsonl`` are replaced atomically.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import IO

from .. import mongo
from ..feeds import PAGES, REPORTS, TABLE, Warn, one_per_row, read_lines, replaced_atomically, write_lines, write_table
from ..ops.outputs import WORKERS
from ..seeds import BadSeed, Seed

RowKey = tuple[str, int]


class MergeError(Exception):
    """Nothing to merge: the crawl folder holds no worker feeds."""


@dataclass
class Merged:
    reports: list[dict]               # one per seed row, in seed-line order
    duplicates: int                   # reports dropped because a later one covered the same row
    pages: int                        # pages written
    duplicate_pages: int              # pages dropped as already written for the same (school_id, url)
    worker_feeds: list[Path] = field(default_factory=list)

    def keys(self) -> set[RowKey]:
        return {row_key(report) for report in self.reports}


def row_key(report: dict) -> RowKey:
    return str(report["school_id"]), int(report["seed_line"])


def entry_key(entry: Seed | BadSeed) -> RowKey:
    """The key of the report a seed row gets: its id and its line (tochka/crawl/report.py)."""
    return entry.id, entry.line


def worker_feeds(crawl_dir: Path, name: str) -> list[Path]:
    """``workers/*/<name>`` oldest first (modification time, then path): later files win."""
    found = [path for path in (crawl_dir / WORKERS).glob(f"*/{name}") if path.is_file()]
    return sorted(found, key=lambda path: (path.stat().st_mtime, str(path)))


def merge_reports(paths: Iterable[Path], warn: Warn) -> tuple[list[dict], int]:
    """The reports of ``paths``, one per row (the last read wins), and how many were dropped."""
    return one_per_row(chain.from_iterable(_with_row(read_lines(path, warn), path, warn) for path in paths))


def _with_row(reports: Iterable[dict], path: Path, warn: Warn) -> Iterator[dict]:
    for report in reports:
        if "school_id" in report and "seed_line" in report:
            yield report
        else:
            warn(f"{path}: a report without school_id/seed_line skipped: {json.dumps(report)[:120]}")


def copy_pages(paths: Iterable[Path], out: IO[bytes], warn: Warn) -> tuple[int, int]:
    """Write each (school_id, url) page once into ``out``, streaming; (written, dropped)."""
    seen: set[tuple[str, str]] = set()
    written = dropped = 0
    for path in paths:
        for page in read_lines(path, warn):
            key = (str(page.get("school_id", "")), str(page.get("url", "")))
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
            written += write_lines([page], out)
    return written, dropped


def merge_crawl(crawl_dir: Path, warn: Warn) -> Merged:
    """Merge the worker feeds under ``crawl_dir`` into its reports.jsonl, reports.csv and pages.jsonl."""
    report_feeds = worker_feeds(crawl_dir, REPORTS)
    if not report_feeds:
        raise MergeError(f"no worker feeds to merge: {crawl_dir / WORKERS}/*/{REPORTS} matches no file")
    reports, duplicates = merge_reports(report_feeds, warn)
    with replaced_atomically(crawl_dir / REPORTS) as out:
        write_lines(reports, out)
    with replaced_atomically(crawl_dir / TABLE) as out:
        write_table(reports, out)
    page_feeds = worker_feeds(crawl_dir, PAGES)
    with replaced_atomically(crawl_dir / PAGES) as out:
        pages, duplicate_pages = copy_pages(page_feeds, out, warn)
    return Merged(reports, duplicates, pages, duplicate_pages, report_feeds)


def missing_rows(entries: list[Seed | BadSeed], merged: Merged) -> list[Seed | BadSeed]:
    """The published rows no merged report covers."""
    reported = merged.keys()
    return [entry for entry in entries if entry_key(entry) not in reported]


def upsert_reports(db, collections: mongo.Collections, reports: list[dict], batch_size: int) -> list[tuple[mongo.Op, str]]:
    """Upsert the merged reports on their natural key, as the crawl's pipeline does; what the
    server rejected, with its message."""
    mongo.ensure_indexes(db, collections)
    ops = [mongo.upsert_op(collections.reports, mongo.plain(report), mongo.REPORT_KEY) for report in reports]
    rejected: list[tuple[mongo.Op, str]] = []
    for start in range(0, len(ops), batch_size):
        rejected += mongo.write_ops(db, ops[start:start + batch_size])
    return rejected


def reports_beyond(db, collections: mongo.Collections, crawl_id: str, merged: Merged) -> int:
    """Reports of the crawl in MongoDB that no worker feed holds (a feed line lost while the
    pipeline had written it): kept, since they are the only copy, and counted."""
    stored = db[collections.reports].find({"crawl_id": crawl_id}, {"school_id": 1, "seed_line": 1, "_id": 0})
    keys = merged.keys()
    return sum(1 for doc in stored if (str(doc.get("school_id")), int(doc.get("seed_line") or 0)) not in keys)
