"""The writer thread: drains the pipeline's buffer into MongoDB in batches, retries, spills."""
from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from .documents import Collections, Op, OperationFailure, PyMongoError, ensure_indexes, write_ops
from .spill import SpillFile, list_spill_files, replay_spill_file

logger = logging.getLogger(__name__)

# Seconds the writer waits for a batch to fill before writing what it has.
BATCH_LINGER = 0.2


# --- the writer thread -------------------------------------------------------------------

class MongoWriter:
    """Drains a bounded buffer of operations into MongoDB from its own thread.

    ``put`` never waits for the network: when the buffer is full the operation goes
    to the spill file at once. ``close`` keeps writing until the buffer is empty or
    the deadline passes, then spills the rest. Counters: written, retried (failed
    write attempts that were retried), spilled, replayed.
    """

    def __init__(self, db, collections: Collections, *, spill_path: Path, batch_size: int = 500,
                 buffer_size: int = 10000, backoff: float = 0.5, backoff_max: float = 30.0,
                 replay_dir: str | os.PathLike | None = None,
                 on_count: Callable[[str, int], None] | None = None):
        self.db = db
        self.collections = collections
        self.batch_size = max(1, int(batch_size))
        self.buffer_size = max(1, int(buffer_size))
        self.backoff = float(backoff)
        self.backoff_max = float(backoff_max)
        self.replay_dir = replay_dir
        self.spill = SpillFile(spill_path)
        self.counts = {"written": 0, "retried": 0, "spilled": 0, "replayed": 0}
        self._on_count = on_count
        self._count_lock = threading.Lock()
        self._buffer: deque[Op] = deque()
        self._cond = threading.Condition()
        self._stopped = False  # set once the thread has spilled what was left
        self._close_requested = threading.Event()
        self._deadline = float("inf")
        self._failing = False
        self._thread = threading.Thread(target=self._run, name="tochka-mongo-writer", daemon=True)

    # called from the crawl's thread

    def start(self) -> None:
        self._thread.start()

    def put(self, op: Op) -> None:
        with self._cond:
            if not self._stopped and len(self._buffer) < self.buffer_size:
                self._buffer.append(op)
                # wake the writer for a first item or a full batch, not for every item
                if len(self._buffer) == 1 or len(self._buffer) >= self.batch_size:
                    self._cond.notify()
                return
        self._spill([op], "buffer full")

    def close(self, timeout: float) -> None:
        """Blocking: flush for at most ``timeout`` seconds (plus one client timeout), spill the rest."""
        self._deadline = time.monotonic() + timeout
        self._close_requested.set()
        with self._cond:
            self._cond.notify_all()
        self._thread.join()
        self.spill.close()

    # the thread

    def _run(self) -> None:
        if self._retry(self._ensure_indexes) is _GAVE_UP:
            self._spill_rest()
            return
        if self.replay_dir is not None:
            for path in list_spill_files(self.replay_dir):
                if path == self.spill.path:
                    continue
                if self._replay(path) is _GAVE_UP:
                    break
        while True:
            batch = self._next_batch()
            if not batch or not self._write(batch, "written"):
                break
            with self._cond:
                for _ in batch:
                    self._buffer.popleft()
        self._spill_rest()

    def _ensure_indexes(self) -> None:
        try:
            ensure_indexes(self.db, self.collections)
        except OperationFailure as exc:
            # The server answered but refused (duplicates already stored, an index with these
            # keys under another name, no createIndex right). Retrying would not help, and the
            # _id upserts stay idempotent without these indexes: write, and say so loudly.
            logger.error("Could not create the MongoDB indexes (%s); writing without them", exc)

    def _replay(self, path: Path):
        gave_up = False

        def write(ops: list[Op]) -> bool:
            nonlocal gave_up
            gave_up = not self._write(ops, "replayed")
            return not gave_up

        count = replay_spill_file(path, write, self.batch_size)
        if count is not None:
            logger.info("Replayed %d operations from spill file %s", count, path)
        return _GAVE_UP if gave_up else count

    def _next_batch(self) -> list[Op]:
        with self._cond:
            while not self._buffer and not self._close_requested.is_set():
                self._cond.wait()
            # let a batch fill for a moment: one bulk_write per item would cost the crawl
            # a round trip and a thread switch per page
            self._cond.wait_for(lambda: len(self._buffer) >= self.batch_size or self._close_requested.is_set(),
                                timeout=BATCH_LINGER)
            # taken from the front only after a successful write, so the buffer's bound covers
            # the batch in flight and a failure leaves it where it was
            return list(islice(self._buffer, self.batch_size))

    def _write(self, ops: list[Op], counter: str) -> bool:
        rejected = self._retry(lambda: write_ops(self.db, ops))
        if rejected is _GAVE_UP:
            return False
        if rejected:
            logger.error("MongoDB rejected %d operation(s), e.g. %s: %s; spilling them",
                         len(rejected), rejected[0][0][1], rejected[0][1])
            self._spill([op for op, _ in rejected], "rejected: " + rejected[0][1])
        self._count(counter, len(ops) - len(rejected))
        return True

    def _retry(self, action: Callable[[], Any]) -> Any:
        """Run ``action`` until it succeeds (its result) or the close deadline passes (_GAVE_UP)."""
        delay = self.backoff
        while True:
            try:
                result = action()
            except Exception as exc:  # noqa: BLE001 - the thread must outlive any error, or items would be lost
                if not isinstance(exc, PyMongoError):
                    logger.exception("Unexpected error writing to MongoDB; retrying")
                if not self._failing:
                    logger.warning("MongoDB write failed (%s: %s); retrying with backoff",
                                   type(exc).__name__, str(exc)[:200])
                    self._failing = True
                if self._time_left() <= 0:
                    return _GAVE_UP
                self._count("retried", 1)
                self._sleep(delay)
                delay = min(delay * 2, self.backoff_max)
                continue
            if self._failing:
                logger.warning("MongoDB writes succeed again")
                self._failing = False
            return result

    def _time_left(self) -> float:
        return self._deadline - time.monotonic()

    def _sleep(self, seconds: float) -> None:
        if self._close_requested.is_set():
            time.sleep(max(0.0, min(seconds, self._time_left())))
        else:
            # close() wakes the thread so that a long backoff does not eat the close deadline
            self._close_requested.wait(seconds)

    def _spill_rest(self) -> None:
        with self._cond:
            rest = list(self._buffer)
            self._buffer.clear()
            self._stopped = True
        if rest:
            self._spill(rest, "MongoDB unavailable at close")

    def _spill(self, ops: list[Op], reason: str) -> None:
        first = self.spill.count == 0
        self.spill.write(ops, reason)
        self._count("spilled", len(ops))
        if first:
            logger.warning("MongoDB spill started (%s): writing to %s", reason, self.spill.path)

    def _count(self, name: str, n: int) -> None:
        if not n:
            return
        with self._count_lock:
            self.counts[name] += n
            value = self.counts[name]
        if self._on_count is not None:
            self._on_count(name, value)


_GAVE_UP = object()


