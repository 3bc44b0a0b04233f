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
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from scrapy.extensions.feedexport import FileFeedStorage

logger = logging.getLogger(__name__)


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


def read_lines(path: Path) -> Iterator[dict]:
    """The records of a JSON-lines feed; a partial last line (a killed writer) is skipped."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                logger.warning("%s: line %d is unfinished and skipped", path, number)
                break
            if line.strip():
                yield json.loads(line)


def rewrite_lines(path: Path, records: Iterator[dict] | list[dict]) -> int:
    """Replace a JSON-lines file atomically by ``records``; how many were written."""
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    with open(tmp, "wb") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
            count += 1
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return count
