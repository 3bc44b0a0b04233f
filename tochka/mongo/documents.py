"""Documents and their natural keys, the client, indexes and bulk upserts."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy.exceptions import NotConfigured

try:
    import pymongo
    from pymongo.errors import BulkWriteError, OperationFailure, PyMongoError
except ImportError:  # the pipeline reports it as NotConfigured; the feeds still work
    pymongo = None  # type: ignore[assignment]
    # never raised without pymongo: only so that handlers of pymongo's errors still import
    BulkWriteError = OperationFailure = PyMongoError = type("PyMongoError", (Exception,), {})  # type: ignore[assignment,misc]

from .. import settings as project_settings  # noqa: E402

logger = logging.getLogger(__name__)


# seed_line: a seeds file that repeats an id has two rows, each with its own report
REPORT_KEY = ("crawl_id", "school_id", "seed_line")
# the reports' unique key before seed_line joined it; its index would reject the second row's report
LEGACY_REPORT_KEY = ("crawl_id", "school_id")
PAGE_KEY = ("crawl_id", "url")
CRAWL_KEY = ("crawl_id",)


def setting(settings, name: str) -> Any:
    """A MONGO_* setting, falling back to the project's default (tochka/settings.py) when the
    settings in use are not the project's (a test crawler, a command without the project)."""
    value = settings.get(name)
    return getattr(project_settings, name) if value is None else value


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


