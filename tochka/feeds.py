"""Feed files that outlive the process that writes them.

A resumable crawl (``JOBDIR``) or a distributed worker (``REDIS_URL``) treats its
``reports.jsonl`` as the journal of finished schools: a school whose report line is on disk
is not crawled again. So those feeds are appended to, never overwritten, and written without
a buffer in the process: every exported line goes to the operating system at once and
survives a ``SIGKILL`` of the crawl (only a crash of the machine itself could lose it).
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import IO, Any, cast

from scrapy.extensions.feedexport import FileFeedStorage

from .exporters import ReportCsvExporter

logger = logging.getLogger(__name__)

# a crawl's feed files (settings.FEEDS)
REPORTS, PAGES, TABLE = "reports.jsonl", "pages.jsonl", "reports.csv"


def journaled(settings) -> bool:
    """Whether this crawl's feeds are journals: resumable, or one worker's share of a crawl."""
    return bool(settings.get("JOBDIR") or settings.get("REDIS_URL"))


class JournalFileStorage(FileFeedStorage):
    """FEED_STORAGES for local files: unbuffered, and appended to when the feed is a journal."""

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None, journal: bool = False):
        super().__init__(uri, feed_options=feed_options)
        self.journal = journal
        self.lines = (feed_options or {}).get("format") == "jsonlines"
        if journal:
            self.write_mode = "ab"

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict[str, Any] | None = None):
        return cls(uri, feed_options=feed_options, journal=journaled(crawler.settings))

    def open(self, spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.journal and self.lines:
            cut_partial_line(path)
        return open(path, self.write_mode, buffering=0)  # noqa: SIM115 (closed by store())


def cut_partial_line(path: Path) -> int:
    """Cut a line-per-record file back to its last complete line; the bytes removed.

    A process killed in the middle of a write leaves at most one partial line at the end;
    appending after it would glue the next record onto it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(path, "rb+") as handle:
        keep = _end_of_last_line(handle, size)
        if keep < size:
            handle.truncate(keep)
            logger.warning("%s: cut %d bytes of an unfinished last line", path, size - keep)
    return size - keep


def _end_of_last_line(handle, size: int, block: int = 1 << 16) -> int:
    position = size
    while position > 0:
        start = max(0, position - block)
        handle.seek(start)
        chunk = handle.read(position - start)
        newline = chunk.rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        position = start
    return 0


Warn = Callable[[str], None]


def read_lines(path: Path, warn: Warn = logger.warning) -> Iterator[dict]:
    """The records of a JSON-lines feed. A line cut short (its writer was killed) or not
    JSON is skipped, and ``warn`` is told which and why."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError:
                why = "the last line is cut short (its writer stopped while writing it)" \
                    if not line.endswith(b"\n") else "not valid JSON"
                warn(f"{path}, line {number}: {why}; skipped")


def one_per_row(reports: Iterable[dict]) -> tuple[list[dict], int]:
    """One report per seed row (school_id, seed_line), the last read winning, in seed-line
    order; and how many earlier ones were dropped."""
    by_row: dict[tuple[str, int], dict] = {}
    duplicates = 0
    for report in reports:
        key = str(report["school_id"]), int(report.get("seed_line") or 0)
        duplicates += key in by_row
        by_row[key] = report
    return [by_row[key] for key in sorted(by_row, key=lambda key: (key[1], key[0]))], duplicates


@contextmanager
def replaced_atomically(path: Path) -> Iterator[IO[bytes]]:
    """A file that replaces ``path`` only once it is completely written: readers see the old
    one or the new one, and a failure leaves the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
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


def write_lines(records: Iterable[dict], out: IO[bytes]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def write_table(reports: Iterable[dict], out: IO[bytes]) -> None:
    """The reports as the crawl's CSV feed writes them: its Russian columns, with a BOM."""
    exporter = ReportCsvExporter(cast(BytesIO, out), encoding="utf-8-sig")
    exporter.start_exporting()
    for report in reports:
        exporter.export_item(report)
    exporter.finish_exporting()
