"""Spill files: operations MongoDB could not take, kept on disk and replayed later."""
from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from .documents import Op

logger = logging.getLogger(__name__)


# --- spill files -------------------------------------------------------------------------

class SpillFile:
    """An append-only JSON-lines file of operations, opened on the first write.

    It holds an exclusive flock while open so that a replay (another crawl's start, or
    ``scrapy mongo_replay``) never takes a file that is still being written; the kernel
    drops the lock if the process dies, which makes the file replayable.
    """

    def __init__(self, path: Path):
        self.path = path
        self.count = 0
        self._fh: TextIO | None = None
        self._lock = threading.Lock()

    def write(self, ops: list[Op], reason: str) -> None:
        with self._lock:
            if self._fh is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                part = self.path.with_name(self.path.name + ".part")
                fh = open(part, "x", encoding="utf-8")
                # locked before it takes the name replayers look for: a replayer must never
                # see it unlocked, take it for a dead crawl's file and delete it
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                part.rename(self.path)
                self._fh = fh
            out = self._fh
            for collection, filt, update in ops:
                line = {"collection": collection, "filter": filt, "update": update, "reason": reason}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            # a crash of the crawl right after must not lose what was accepted
            out.flush()
            self.count += len(ops)

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                os.fsync(self._fh.fileno())
                self._fh.close()
                self._fh = None


def new_spill_path(spill_dir: str | os.PathLike, crawl_id: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", crawl_id)[:64] or "crawl"
    return Path(spill_dir) / f"{safe}-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"


def list_spill_files(spill_dir: str | os.PathLike) -> list[Path]:
    """Spill files waiting for replay, oldest first (so later versions of a key win)."""
    found = []
    for path in Path(spill_dir).glob("*.jsonl"):
        try:
            found.append((path.stat().st_mtime, path.name, path))
        except FileNotFoundError:  # replayed and deleted by another process meanwhile
            continue
    return [path for *_, path in sorted(found)]


def replay_spill_file(path: Path, write_batch: Callable[[list[Op]], bool], batch_size: int) -> int | None:
    """Write every operation of one spill file through ``write_batch``.

    Returns the number of operations written (0 if another replayer took the file
    first), or None when the file is in use by a running crawl or ``write_batch`` gave
    up (the file then stays whole: replaying it again later is harmless, every op is an
    upsert). The file is deleted only after all of it was written; if some lines could
    not be parsed (a crash mid-line) the good ones are written and the file is renamed
    ``*.jsonl.bad`` for a person to look at.
    """
    try:
        fh = open(path, encoding="utf-8")
    except FileNotFoundError:  # another replayer finished it meanwhile
        return 0
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.info("Spill file %s is in use by a running crawl; not replaying it", path)
            return None
        if not path.exists():  # deleted by the replayer that held the lock before us
            return 0
        written, bad_lines, batch = 0, [], []
        for number, line in enumerate(fh, 1):
            try:
                data = json.loads(line)
                batch.append((data["collection"], data["filter"], data["update"]))
            except (ValueError, KeyError, TypeError):
                bad_lines.append(number)
                continue
            if len(batch) >= batch_size:
                if not write_batch(batch):
                    return None
                written, batch = written + len(batch), []
        if batch:
            if not write_batch(batch):
                return None
            written += len(batch)
        if bad_lines:
            bad = path.with_name(path.name + ".bad")
            path.rename(bad)
            logger.error("Spill file %s: %d unreadable line(s) (%s); replayed the other %d, kept it as %s",
                         path, len(bad_lines), ", ".join(map(str, bad_lines[:10])), written, bad)
        else:
            path.unlink()
        return written


