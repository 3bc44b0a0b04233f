"""MongoDB storage: an item pipeline that never blocks the crawl, spill/replay, and queries.

``MongoPipeline`` (enabled only when ``MONGO_URI`` is set) upserts ``school_report``
items on (crawl_id, school_id, seed_line), ``page`` items on (crawl_id, url), and one ``crawls``
document per crawl on crawl_id, so re-running or resuming a crawl never duplicates a
document.

pymongo is synchronous, so ``process_item`` only appends to a bounded in-memory buffer;
a ``MongoWriter`` thread drains it in ``bulk_write(ordered=False)`` batches with short
client timeouts, retrying with exponential backoff. Whatever cannot be written (buffer
full while MongoDB is slow or down, or still failing when the close deadline passes)
is appended to a JSON-lines spill file under ``MONGO_SPILL_DIR``; spill files are
replayed at the next start and by ``scrapy mongo_replay``, and deleted only after every
line was written. docs/mongo.md describes settings and operations.

``MongoQueries`` holds the queries analysts need: the latest report of each school,
the reports of one crawl, one school's history (``scrapy mongo_query``).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from .ops.health import CrawlHealth

try:
    import pymongo
    from pymongo.errors import BulkWriteError
except ImportError:  # the pipeline reports it as NotConfigured; the feeds still work
    pymongo = None

logger = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "MONGO_URI": None,
    "MONGO_DATABASE": "tochka",
    "MONGO_REPORTS_COLLECTION": "school_reports",
    "MONGO_PAGES_COLLECTION": "pages",
    "MONGO_CRAWLS_COLLECTION": "crawls",
    "MONGO_SERVER_SELECTION_TIMEOUT_MS": 2000,
    "MONGO_CONNECT_TIMEOUT_MS": 2000,
    "MONGO_SOCKET_TIMEOUT_MS": 3000,
    "MONGO_BATCH_SIZE": 500,
    "MONGO_BUFFER_SIZE": 10000,
    "MONGO_RETRY_BACKOFF": 0.5,
    "MONGO_RETRY_BACKOFF_MAX": 30.0,
    "MONGO_CLOSE_TIMEOUT": 30.0,
    "MONGO_SPILL_DIR": "exports/mongo-spill",
}

# Natural keys: the unique index of each collection and the filter of every upsert.
# seed_line: a seeds file that repeats an id has two rows, each with its own report
REPORT_KEY = ("crawl_id", "school_id", "seed_line")
# the reports' unique key before seed_line joined it; its index would reject the second row's report
LEGACY_REPORT_KEY = ("crawl_id", "school_id")
PAGE_KEY = ("crawl_id", "url")
CRAWL_KEY = ("crawl_id",)


def setting(settings, name: str) -> Any:
    """A MONGO_* setting, falling back to this module's default."""
    value = settings.get(name)
    return DEFAULTS[name] if value is None else value


@dataclass(frozen=True)
class Collections:
    reports: str
    pages: str
    crawls: str

    @classmethod
    def from_settings(cls, settings) -> Collections:
        return cls(
            reports=setting(settings, "MONGO_REPORTS_COLLECTION"),
            pages=setting(settings, "MONGO_PAGES_COLLECTION"),
            crawls=setting(settings, "MONGO_CRAWLS_COLLECTION"),
        )


def require_pymongo() -> None:
    if pymongo is None:
        raise NotConfigured(
            "MONGO_URI is set but pymongo cannot be imported: install it "
            "(pip install 'pymongo==4.20.0') or unset MONGO_URI"
        )


def make_client(settings, uri: str | None = None):
    """A MongoClient with the short timeouts from the settings (they override the URI's)."""
    require_pymongo()
    return pymongo.MongoClient(
        uri or setting(settings, "MONGO_URI"),
        serverSelectionTimeoutMS=int(setting(settings, "MONGO_SERVER_SELECTION_TIMEOUT_MS")),
        connectTimeoutMS=int(setting(settings, "MONGO_CONNECT_TIMEOUT_MS")),
        socketTimeoutMS=int(setting(settings, "MONGO_SOCKET_TIMEOUT_MS")),
        appname="tochka",
    )


def redact_uri(uri: str) -> str:
    """The URI without its password, for logs."""
    return re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", uri)


def drop_legacy_report_index(reports) -> None:
    """Drop the unique (crawl_id, school_id) index of earlier versions, found by its keys:
    nx-27017 names indexes itself and drops them only by that name."""
    for name, info in reports.index_information().items():
        if info.get("unique") and tuple(key for key, _ in info["key"]) == LEGACY_REPORT_KEY:
            logger.info("Dropping the reports index %s: reports are now unique per seed row", name)
            reports.drop_index(name)


def ensure_indexes(db, names: Collections) -> None:
    """Create the unique natural-key indexes and the indexes the queries use (idempotent)."""
    asc, desc = pymongo.ASCENDING, pymongo.DESCENDING
    reports, pages, crawls = db[names.reports], db[names.pages], db[names.crawls]
    drop_legacy_report_index(reports)
    reports.create_index([(k, asc) for k in REPORT_KEY], unique=True, name="crawl_school_line_unique")
    # history() and latest() read one school's reports newest first
    reports.create_index([("school_id", asc), ("crawled_at", desc)], name="school_crawled_at")
    pages.create_index([(k, asc) for k in PAGE_KEY], unique=True, name="crawl_url_unique")
    # an analyst's next question after a report: the pages of that school in that crawl
    pages.create_index([("crawl_id", asc), ("school_id", asc)], name="crawl_school")
    # A crawl's _id is its crawl_id, which makes it unique already; this index only serves
    # lookups by crawl_id. (Known: on nx-27017 the closing update of a long crawl's document
    # is still rejected with a unique-constraint error on _id and spilled; see the README.)
    crawls.create_index([(k, asc) for k in CRAWL_KEY], name="crawl_id")
    crawls.create_index([("started_at", desc)], name="started_at")


# --- documents ---------------------------------------------------------------------------

def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    # a stored string beats losing the item over an unexpected type
    return str(value)


def plain(value: Any) -> Any:
    """A JSON-compatible copy, so that what is spilled is exactly what would be written."""
    return json.loads(json.dumps(value, default=_json_default, ensure_ascii=False))


def field_name(key: str) -> str:
    # MongoDB reads dots in field names as paths (Scrapy stats have keys like
    # "downloader/exception_type_count/twisted.internet.error.TimeoutError")
    return key.replace(".", "_").lstrip("$")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256_of(path: str | os.PathLike) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


# An operation is (collection name, filter, update document); upserted as one UpdateOne.
Op = tuple[str, dict, dict]


def natural_id(doc: dict, key: tuple[str, ...]) -> str:
    """The ``_id`` derived from a natural key: a JSON array of the key's values.

    Upserting on ``_id`` instead of on the key fields gives the same idempotence (the
    unique key indexes still guard the fields), uses the index every server has, and
    keeps nx-27017 fast: its upserts on other fields scan the collection (~300 ops/s at
    1,000 documents, ~60 at 8,000) while upserts on _id stay at ~4,000 ops/s. The array
    form, even for a one-field key, keeps the ``_id`` from ever starting like a date:
    nx-27017 (neosqlite) compares such strings as SQLite datetimes in update filters,
    so ``{"_id": "2023-12-13_..."}`` never matches its own document there.
    """
    return json.dumps([doc[k] for k in key], ensure_ascii=False)


# Seconds the writer waits for a batch to fill before writing what it has.
BATCH_LINGER = 0.2


def upsert_op(collection: str, doc: dict, key: tuple[str, ...], *, on_insert: dict | None = None) -> Op:
    """One idempotent upsert of ``doc`` by its natural key.

    The filter is the ``_id`` alone: a filter on the key fields would reach nx-27017's
    datetime comparison (a crawl id starts with its as-of date) and never match. The key
    fields never change for one ``_id``, so they are written on insert only; setting them
    again is a no-op for MongoDB but trips nx-27017's unique index on an existing document.
    ``on_insert`` adds fields kept from the first write (a resumed crawl's start time).
    """
    keys = {name: doc[name] for name in key}
    rest = {name: value for name, value in doc.items() if name not in keys}
    update = {"$setOnInsert": {**keys, **(on_insert or {})}}
    if rest:
        update["$set"] = rest
    return (collection, {"_id": natural_id(doc, key)}, update)


def write_ops(db, ops: list[Op]) -> list[tuple[Op, str]]:
    """Upsert ``ops`` in one unordered bulk_write per collection.

    Returns the operations the server rejected (write errors, e.g. a violated unique
    index other than the natural key) with the server's message; retrying those cannot
    succeed. Raises on failures worth retrying (network, timeouts, write concern); a
    retry re-sends the whole batch, which is harmless because every op is an upsert.
    """
    by_collection: dict[str, list[Op]] = {}
    for op in ops:
        by_collection.setdefault(op[0], []).append(op)
    rejected: list[tuple[Op, str]] = []
    for name, group in by_collection.items():
        requests = [pymongo.UpdateOne(f, u, upsert=True) for _, f, u in group]
        try:
            db[name].bulk_write(requests, ordered=False)
        except BulkWriteError as exc:
            if exc.details.get("writeConcernErrors"):
                raise
            rejected.extend((group[e["index"]], e.get("errmsg", "")) for e in exc.details["writeErrors"])
    return rejected


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
        self._fh = None
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
            for collection, filt, update in ops:
                line = {"collection": collection, "filter": filt, "update": update, "reason": reason}
                self._fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            # a crash of the crawl right after must not lose what was accepted
            self._fh.flush()
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
        except pymongo.errors.OperationFailure as exc:
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
                if not isinstance(exc, pymongo.errors.PyMongoError):
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


# --- the pipeline ------------------------------------------------------------------------

class MongoPipeline:
    """Stores page and school_report items and one crawls document per run in MongoDB."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.settings = settings
        self.uri = setting(settings, "MONGO_URI")
        self.database = setting(settings, "MONGO_DATABASE")
        self.collections = Collections.from_settings(settings)
        self.close_timeout = float(setting(settings, "MONGO_CLOSE_TIMEOUT"))
        self.client = None
        self.writer: MongoWriter | None = None
        self.crawl_id = ""
        self.violations_by_row: dict[tuple, list[str]] = {}
        self.pages = 0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("MONGO_URI"):
            raise NotConfigured("MONGO_URI is not set")
        require_pymongo()
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.crawl_id = str(spider.crawl_id)
        self.client = make_client(self.settings)
        stats = self.crawler.stats
        self.writer = MongoWriter(
            self.client[self.database],
            self.collections,
            spill_path=new_spill_path(setting(self.settings, "MONGO_SPILL_DIR"), self.crawl_id),
            batch_size=setting(self.settings, "MONGO_BATCH_SIZE"),
            buffer_size=setting(self.settings, "MONGO_BUFFER_SIZE"),
            backoff=setting(self.settings, "MONGO_RETRY_BACKOFF"),
            backoff_max=setting(self.settings, "MONGO_RETRY_BACKOFF_MAX"),
            replay_dir=setting(self.settings, "MONGO_SPILL_DIR"),
            # set_value is one dict store, safe from the writer thread; the writer keeps the totals
            on_count=lambda name, value: stats.set_value(f"mongo/{name}", value),
        )
        logger.info("MongoDB pipeline: %s, database %s", redact_uri(self.uri), self.database)
        self.writer.start()
        seeds_path = str(spider.seeds_path)
        opened = plain({
            "crawl_id": self.crawl_id,
            "spider": spider.name,
            "as_of": spider.as_of,
            "year": spider.year,
            "seeds_file": seeds_path,
            "seeds_sha256": sha256_of(seeds_path),
            "last_started_at": utc_now(),
        })
        # a resumed crawl keeps the time it first started
        self.writer.put(upsert_op(self.collections.crawls, opened, CRAWL_KEY,
                                  on_insert={"started_at": opened["last_started_at"]}))

    def process_item(self, item):
        adapter = ItemAdapter(item)
        item_type = adapter.get("item_type")
        if item_type not in ("page", "school_report"):
            return item
        doc = plain(adapter.asdict())
        doc["crawl_id"] = doc.get("crawl_id") or self.crawl_id
        if item_type == "page":
            self.writer.put(upsert_op(self.collections.pages, doc, PAGE_KEY))
            self.pages += 1
        else:
            self.writer.put(upsert_op(self.collections.reports, doc, REPORT_KEY))
            # keyed by seed row so that a report emitted twice is counted once
            row = (doc["school_id"], doc.get("seed_line"))
            self.violations_by_row[row] = [v.get("code") for v in doc.get("violations") or []]
        return item

    async def spider_closed(self, spider, reason) -> None:
        if self.writer is None:
            return
        counts: dict[str, int] = {}
        for codes in self.violations_by_row.values():
            for code in map(field_name, map(str, codes)):
                counts[code] = counts.get(code, 0) + 1
        finished = plain({
            "crawl_id": self.crawl_id,
            "finished_at": utc_now(),
            "finish_reason": reason,
            # as of closing: Scrapy adds finish_time/elapsed after this signal
            # dict() copies in one step: the writer thread may add a mongo/* key meanwhile
            "stats": {field_name(k): v for k, v in dict(self.crawler.stats.get_stats()).items()},
            "violation_counts": counts,
            "reports": len(self.violations_by_row),
            "pages": self.pages,
            "health": self._health(reason),
        })
        self.writer.put(upsert_op(self.collections.crawls, finished, CRAWL_KEY))
        await maybe_deferred_to_future(deferToThread(self._close))

    def _health(self, reason: str) -> dict | None:
        """The crawl's health verdict as of closing (tochka.ops.health), if that extension runs."""
        health = self.crawler.get_extension(CrawlHealth)
        return health.assess(reason).as_dict() if health else None

    def _close(self) -> None:
        self.writer.close(self.close_timeout)
        self.client.close()
        spilled = self.writer.spill.count
        if spilled:
            logger.warning("MongoDB: %d operation(s) spilled to %s; they are replayed at the next "
                           "start or by `scrapy mongo_replay`", spilled, self.writer.spill.path)


def replay_spills(db, spill_dir: str | os.PathLike, batch_size: int = 500) -> tuple[int, list[Path]]:
    """Replay every spill file once, without retrying (``scrapy mongo_replay``).

    Returns (operations written, files left: in use or failed).
    """
    written, left = 0, []
    for path in list_spill_files(spill_dir):
        def write(ops: list[Op], path: Path = path) -> bool:
            rejected = write_ops(db, ops)
            if rejected:
                logger.error("MongoDB rejected %d operation(s) from %s, e.g. %s: %s",
                             len(rejected), path, rejected[0][0][1], rejected[0][1])
            return not rejected

        try:
            count = replay_spill_file(path, write, batch_size)
        except pymongo.errors.PyMongoError as exc:
            logger.error("Replay of %s failed (%s); the file is kept", path, exc)
            count = None
        if count is None:
            left.append(path)
        else:
            written += count
            logger.info("Replayed %d operations from %s", count, path)
    return written, left


# --- queries -----------------------------------------------------------------------------

class MongoQueries:
    """The reads analysts need. Documents come without MongoDB's ``_id``.

    >>> q = MongoQueries(pymongo.MongoClient(uri)["tochka"])
    >>> for report in q.latest(): ...                 # newest report of every school
    >>> list(q.crawl("2023-12-13"))                   # all reports of one crawl
    >>> list(q.history("77-0001"))                    # one school across crawls, oldest first
    >>> list(q.crawls())                              # crawls documents, newest first
    """

    def __init__(self, db, collections: Collections | None = None):
        names = collections or Collections.from_settings({})
        self.reports = db[names.reports]
        self.crawls_collection = db[names.crawls]

    def latest(self) -> Iterator[dict]:
        """The most recently crawled report of each school, ordered by school_id."""
        return self.reports.aggregate([
            # the (school_id, crawled_at) index serves this sort and the $first
            {"$sort": {"school_id": 1, "crawled_at": -1}},
            {"$group": {"_id": "$school_id", "doc": {"$first": "$$ROOT"}}},
            {"$replaceRoot": {"newRoot": "$doc"}},
            {"$project": {"_id": 0}},
            {"$sort": {"school_id": 1}},
        ], allowDiskUse=True)

    def crawl(self, crawl_id: str) -> Iterator[dict]:
        """All reports of one crawl, ordered by school_id."""
        return self.reports.find({"crawl_id": crawl_id}, {"_id": 0}).sort("school_id", 1)

    def history(self, school_id: str) -> Iterator[dict]:
        """One school's reports across crawls, oldest first."""
        return self.reports.find({"school_id": school_id}, {"_id": 0}).sort("crawled_at", 1)

    def crawls(self) -> Iterator[dict]:
        """The crawls documents, most recently started first."""
        return self.crawls_collection.find({}, {"_id": 0}).sort("started_at", -1)
