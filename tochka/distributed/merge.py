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
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import IO, cast

from .. import mongo
from ..exporters import ReportCsvExporter
from ..seeds import BadSeed, Seed

WORKERS = "workers"
REPORTS, PAGES, CSV = "reports.jsonl", "pages.jsonl", "reports.csv"

Warn = Callable[[str], None]
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


def read_lines(path: Path, warn: Warn) -> Iterator[tuple[str, dict]]:
    """(line, object) for each JSON line; an unreadable one is skipped with a warning."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield line, json.loads(line)
            except ValueError:
                why = ("the last line is cut short (its worker stopped while writing it)"
                       if not line.endswith("\n") else "not valid JSON")
                warn(f"{path}, line {number}: {why}; skipped")


def merge_reports(paths: Iterable[Path], warn: Warn) -> tuple[list[dict], int]:
    """The reports of ``paths``, one per row (the last read wins), and how many were dropped."""
    by_row: dict[RowKey, dict] = {}
    duplicates = 0
    for path in paths:
        for _, report in read_lines(path, warn):
            try:
                key = row_key(report)
            except (KeyError, TypeError, ValueError):
                warn(f"{path}: a report without school_id/seed_line skipped: {json.dumps(report)[:120]}")
                continue
            duplicates += key in by_row
            by_row[key] = report
    ordered = sorted(by_row.items(), key=lambda item: (item[0][1], item[0][0]))
    return [report for _, report in ordered], duplicates


def copy_pages(paths: Iterable[Path], out: IO[bytes], warn: Warn) -> tuple[int, int]:
    """Write each (school_id, url) page once into ``out``, streaming; (written, dropped)."""
    seen: set[tuple[str, str]] = set()
    written = dropped = 0
    for path in paths:
        for line, page in read_lines(path, warn):
            key = (str(page.get("school_id", "")), str(page.get("url", "")))
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
            out.write(line.rstrip("\n").encode("utf-8") + b"\n")
            written += 1
    return written, dropped


@contextmanager
def replaced_atomically(path: Path) -> Iterator[IO[bytes]]:
    """A file that replaces ``path`` only once it is completely written: readers see the old
    one or the new one, and a failed merge leaves the old one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # as a feed file; mkstemp makes it private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_reports_jsonl(reports: list[dict], out: IO[bytes]) -> None:
    for report in reports:
        out.write(json.dumps(report, ensure_ascii=False).encode("utf-8") + b"\n")


def write_reports_csv(reports: list[dict], out: IO[bytes]) -> None:
    # the crawl's CSV feed settings: these columns, with a BOM so that Excel reads the Cyrillic
    # Scrapy annotates an exporter's file as BytesIO; any binary file is what it writes to
    exporter = ReportCsvExporter(cast(BytesIO, out), encoding="utf-8-sig")
    exporter.start_exporting()
    for report in reports:
        exporter.export_item(report)
    exporter.finish_exporting()


def merge_crawl(crawl_dir: Path, warn: Warn) -> Merged:
    """Merge the worker feeds under ``crawl_dir`` into its reports.jsonl, reports.csv and pages.jsonl."""
    report_feeds = worker_feeds(crawl_dir, REPORTS)
    if not report_feeds:
        raise MergeError(f"no worker feeds to merge: {crawl_dir / WORKERS}/*/{REPORTS} matches no file")
    reports, duplicates = merge_reports(report_feeds, warn)
    with replaced_atomically(crawl_dir / REPORTS) as out:
        write_reports_jsonl(reports, out)
    with replaced_atomically(crawl_dir / CSV) as out:
        write_reports_csv(reports, out)
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
