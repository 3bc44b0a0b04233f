"""The item pipeline: puts items on the writer's buffer and keeps one crawls document per run."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from ..ops.health import CrawlHealth
from ..signals import CrawlRun, crawl_started, reports_recovered
from . import documents as store
from .spill import list_spill_files, new_spill_path, replay_spill_file
from .writer import MongoWriter

logger = logging.getLogger(__name__)


# --- the pipeline ------------------------------------------------------------------------

class MongoPipeline:
    """Stores page and school_report items and one crawls document per run in MongoDB."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.settings = settings
        self.uri = store.setting(settings, "MONGO_URI")
        self.database = store.setting(settings, "MONGO_DATABASE")
        self.collections = store.Collections.from_settings(settings)
        self.close_timeout = float(store.setting(settings, "MONGO_CLOSE_TIMEOUT"))
        self.client = None
        self.writer: MongoWriter | None = None
        self.crawl_id = ""
        self.violations_by_row: dict[tuple, list[str]] = {}
        self.pages = 0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("MONGO_URI"):
            raise NotConfigured("MONGO_URI is not set")
        store.require_pymongo()
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.started, signal=crawl_started)
        crawler.signals.connect(pipeline.recovered, signal=reports_recovered)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def started(self, run: CrawlRun) -> None:
        """The crawl announced itself (signals.crawl_started): open the writer, record the run."""
        self.crawl_id = run.crawl_id
        self.client = store.make_client(self.settings)
        stats = self.crawler.stats
        self.writer = MongoWriter(
            self.client[self.database],
            self.collections,
            spill_path=new_spill_path(store.setting(self.settings, "MONGO_SPILL_DIR"), self.crawl_id),
            batch_size=store.setting(self.settings, "MONGO_BATCH_SIZE"),
            buffer_size=store.setting(self.settings, "MONGO_BUFFER_SIZE"),
            backoff=store.setting(self.settings, "MONGO_RETRY_BACKOFF"),
            backoff_max=store.setting(self.settings, "MONGO_RETRY_BACKOFF_MAX"),
            replay_dir=store.setting(self.settings, "MONGO_SPILL_DIR"),
            # set_value is one dict store, safe from the writer thread; the writer keeps the totals
            on_count=lambda name, value: stats.set_value(f"mongo/{name}", value),
        )
        logger.info("MongoDB pipeline: %s, database %s", store.redact_uri(self.uri), self.database)
        self.writer.start()
        opened = store.plain({
            "crawl_id": self.crawl_id,
            "spider": run.spider,
            "as_of": run.as_of,
            "year": run.year,
            "seeds_file": run.seeds_path,
            "seeds_sha256": store.sha256_of(run.seeds_path) if run.seeds_path else None,
            "last_started_at": store.utc_now(),
        })
        # a resumed crawl keeps the time it first started
        self.writer.put(store.upsert_op(self.collections.crawls, opened, store.CRAWL_KEY,
                                  on_insert={"started_at": opened["last_started_at"]}))

    def process_item(self, item):
        adapter = ItemAdapter(item)
        item_type = adapter.get("item_type")
        if item_type not in ("page", "school_report"):
            return item
        doc = store.plain(adapter.asdict())
        if self.writer is None:  # a spider that never announced its crawl: its items say which
            self.started(CrawlRun(doc.get("crawl_id") or self.crawler.spider.name, self.crawler.spider.name))
        doc["crawl_id"] = doc.get("crawl_id") or self.crawl_id
        if item_type == "page":
            self.writer.put(store.upsert_op(self.collections.pages, doc, store.PAGE_KEY))
            self.pages += 1
        else:
            self._store_report(doc)
        return item

    def recovered(self, reports: list[dict]) -> None:
        """A resumed crawl's earlier reports, upserted again: the killed process may have
        written them to its feed but not yet to MongoDB (upserts make the repeat harmless)."""
        for report in reports:
            self._store_report(store.plain(report))

    def _store_report(self, doc: dict) -> None:
        assert self.writer is not None
        self.writer.put(store.upsert_op(self.collections.reports, doc, store.REPORT_KEY))
        # keyed by seed row so that a report emitted twice is counted once
        row = (doc["school_id"], doc.get("seed_line"))
        self.violations_by_row[row] = [v.get("code") for v in doc.get("violations") or []]

    async def spider_closed(self, spider, reason) -> None:
        if self.writer is None:
            return
        counts: dict[str, int] = {}
        for codes in self.violations_by_row.values():
            for code in map(store.field_name, map(str, codes)):
                counts[code] = counts.get(code, 0) + 1
        finished = store.plain({
            "crawl_id": self.crawl_id,
            "finished_at": store.utc_now(),
            "finish_reason": reason,
            # as of closing: Scrapy adds finish_time/elapsed after this signal
            # dict() copies in one step: the writer thread may add a mongo/* key meanwhile
            "stats": {store.field_name(k): v for k, v in dict(self.crawler.stats.get_stats()).items()},
            "violation_counts": counts,
            "reports": len(self.violations_by_row),
            "pages": self.pages,
            "health": self._health(reason),
        })
        self.writer.put(store.upsert_op(self.collections.crawls, finished, store.CRAWL_KEY))
        await maybe_deferred_to_future(deferToThread(self._close))

    def _health(self, reason: str) -> dict | None:
        """The crawl's health verdict as of closing (tochka.ops.health), if that extension runs."""
        health = self.crawler.get_extension(CrawlHealth)
        return health.assess(reason).as_dict() if health else None

    def _close(self) -> None:
        writer = self.writer
        if writer is None:
            return
        writer.close(self.close_timeout)
        self.client.close()
        if writer.spill.count:
            logger.warning("MongoDB: %d operation(s) spilled to %s; they are replayed at the next "
                           "start or by `scrapy mongo_replay`", writer.spill.count, writer.spill.path)


def replay_spills(db, spill_dir: str | os.PathLike, batch_size: int = 500) -> tuple[int, list[Path]]:
    """Replay every spill file once, without retrying (``scrapy mongo_replay``).

    Returns (operations written, files left: in use or failed).
    """
    written, left = 0, []
    for path in list_spill_files(spill_dir):
        def write(ops: list[store.Op], path: Path = path) -> bool:
            rejected = store.write_ops(db, ops)
            if rejected:
                logger.error("MongoDB rejected %d operation(s) from %s, e.g. %s: %s",
                             len(rejected), path, rejected[0][0][1], rejected[0][1])
            return not rejected

        try:
            count = replay_spill_file(path, write, batch_size)
        except store.PyMongoError as exc:
            logger.error("Replay of %s failed (%s); the file is kept", path, exc)
            count = None
        if count is None:
            left.append(path)
        else:
            written += count
            logger.info("Replayed %d operations from %s", count, path)
    return written, left


