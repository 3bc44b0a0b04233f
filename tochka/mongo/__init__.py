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

Modules: ``documents`` (keys, client, indexes, bulk upserts), ``spill`` (spill files),
``writer`` (the writer thread), ``pipeline`` (the item pipeline), ``queries``.
"""
from .documents import (
    CRAWL_KEY,
    PAGE_KEY,
    REPORT_KEY,
    Collections,
    Op,
    ensure_indexes,
    field_name,
    make_client,
    natural_id,
    plain,
    pymongo,
    redact_uri,
    require_pymongo,
    setting,
    sha256_of,
    upsert_op,
    utc_now,
    write_ops,
)
from .pipeline import MongoPipeline, replay_spills
from .queries import MongoQueries
from .spill import SpillFile, list_spill_files, new_spill_path, replay_spill_file
from .writer import BATCH_LINGER, MongoWriter

__all__ = [
    "BATCH_LINGER", "CRAWL_KEY", "PAGE_KEY", "REPORT_KEY", "Collections", "MongoPipeline", "MongoQueries",
    "MongoWriter", "Op", "SpillFile", "ensure_indexes", "field_name", "list_spill_files", "make_client",
    "natural_id", "new_spill_path", "plain", "pymongo", "redact_uri", "replay_spill_file", "replay_spills", "require_pymongo",
    "setting", "sha256_of", "upsert_op", "utc_now", "write_ops",
]
