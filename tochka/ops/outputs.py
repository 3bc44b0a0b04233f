"""Each crawl's own output folder, its ``crawl.json`` and the ``latest.json`` index.

Feeds go to ``<TOCHKA_EXPORT_DIR>/<crawl folder>/`` where the folder is the crawl id
(characters other than letters, digits, ``_``, ``.`` and ``-`` replaced by ``_``), so
no crawl overwrites another's results. When the engine stops, ``CrawlRecord`` writes
``crawl.json`` into that folder and updates ``<TOCHKA_EXPORT_DIR>/latest.json``: per
region, the newest crawl and the newest healthy one. Both files are replaced
atomically; the index is updated under a lock, so two crawls ending together both land.
"""
from __future__ import annotations

import fcntl
import json
import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals

from ..feeds import replaced_atomically
from ..mongo import sha256_of
from ..signals import CrawlRun, crawl_started
from .health import CrawlHealth
from .tally import ReportTally

logger = logging.getLogger(__name__)

LATEST = "latest.json"
RECORD = "crawl.json"
WORKERS = "workers"
# the stats worth keeping next to the feeds: counts a person or a status command reads
STATS_KEPT = ("elapsed_time_seconds", "downloader/request_count", "downloader/response_count",
              "downloader/exception_count", "response_received_count", "item_scraped_count",
              "item_dropped_count", "log_count/ERROR", "log_count/WARNING", "memusage/max")
STATS_KEPT_PREFIXES = ("tochka/", "mongo/", "downloader/response_status_count/", "downloader/exception_type_count/")


def crawl_folder(crawl_id: str) -> str:
    """The folder name of a crawl: its id, made safe as one path component."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", crawl_id).lstrip(".") or "crawl"


def output_folder(crawl_id: str, worker: str | None = None) -> str:
    """Where a crawl's outputs go under TOCHKA_EXPORT_DIR; one worker of a distributed
    crawl writes its share to its own subfolder (``scrapy merge_reports`` joins them)."""
    folder = crawl_folder(crawl_id)
    return f"{folder}/{WORKERS}/{crawl_folder(worker)}" if worker else folder


def feed_uri_params(params: dict, spider) -> dict:
    """FEED_URI_PARAMS: adds ``%(export_dir)s`` and ``%(crawl_folder)s`` for the feed paths."""
    run = getattr(spider, "run", None)
    folder = output_folder(run.crawl_id, run.worker) if run else crawl_folder(spider.name)
    return {**params, "export_dir": spider.settings.get("TOCHKA_EXPORT_DIR") or "exports", "crawl_folder": folder}


def _iso(value) -> str | None:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value


def kept_stats(stats: dict) -> dict:
    return {key: _iso(value) for key, value in sorted(stats.items())
            if key in STATS_KEPT or key.startswith(STATS_KEPT_PREFIXES)}


def write_json_atomically(path: Path, data: dict) -> None:
    """Readers see the old file or the new one, never half of one."""
    with replaced_atomically(path) as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def latest_entry(record: dict) -> dict:
    return {"crawl_id": record["crawl_id"], "folder": record["folder"], "started_at": record["started_at"],
            "finished_at": record["finished_at"], "health": record["health"]["status"]}


def merge_latest(index: dict, record: dict) -> dict:
    """``index`` with ``record``'s regions pointing at it where it is the newest started crawl."""
    regions = dict(index.get("regions") or {})
    entry = latest_entry(record)
    for region in record["regions"]:
        current = dict(regions.get(region) or {})
        if (current.get("started_at") or "") <= entry["started_at"]:
            current.update(entry)
        healthy = current.get("last_healthy") or {}
        if record["health"]["status"] == "ok" and (healthy.get("started_at") or "") <= entry["started_at"]:
            current["last_healthy"] = {k: entry[k] for k in ("crawl_id", "folder", "started_at", "finished_at")}
        regions[region] = current
    return {"updated_at": record["finished_at"], "regions": dict(sorted(regions.items()))}


def update_latest(export_dir: Path, record: dict) -> None:
    export_dir.mkdir(parents=True, exist_ok=True)
    with open(export_dir / f".{LATEST}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = export_dir / LATEST
        try:
            index = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            index = {}
        except ValueError:
            logger.error("%s is not valid JSON; starting a new index", path)
            index = {}
        write_json_atomically(path, merge_latest(index, record))


class CrawlRecord:
    """Extension: writes ``crawl.json`` and updates ``latest.json`` when the engine stops."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.export_dir = Path(crawler.settings.get("TOCHKA_EXPORT_DIR") or "exports")
        self.run: CrawlRun | None = None

    @classmethod
    def from_crawler(cls, crawler):
        record = cls(crawler)
        crawler.signals.connect(record.started, signal=crawl_started)
        crawler.signals.connect(record.engine_stopped, signal=signals.engine_stopped)
        return record

    def started(self, run: CrawlRun) -> None:
        self.run = run

    def engine_stopped(self) -> None:
        if self.run is None:  # the crawl never started (or its spider does not announce it)
            return
        record = self.build()
        folder = self.export_dir / record["folder"]
        write_json_atomically(folder / RECORD, record)
        if record["regions"] and not self.run.worker:  # a worker's share is not the crawl
            update_latest(self.export_dir, record)
        logger.info("crawl record: %s", folder / RECORD)

    def build(self) -> dict:
        stats = dict(self.crawler.stats.get_stats())
        health = self.crawler.get_extension(CrawlHealth)
        tally = self.crawler.get_extension(ReportTally)
        run = self.run
        assert run is not None
        crawl_id, seeds_path = run.crawl_id, run.seeds_path
        return {
            "crawl_id": crawl_id,
            "folder": output_folder(crawl_id, run.worker),
            "worker": run.worker,
            "spider": run.spider,
            "as_of": run.as_of.isoformat() if run.as_of else None,
            "year": run.year,
            "started_at": _iso(stats.get("start_time")),
            "finished_at": _iso(stats.get("finish_time")) or datetime.now(UTC).isoformat(timespec="seconds"),
            "finish_reason": stats.get("finish_reason"),
            "seeds": {"file": str(seeds_path) if seeds_path else None,
                      "sha256": sha256_of(seeds_path) if seeds_path else None,
                      "rows": stats.get("tochka/seeds_total"), "bad_rows": stats.get("tochka/bad_seeds", 0)},
            "regions": sorted(tally.regions) if tally else [],
            "reports": stats.get("tochka/reports", 0),
            "stats": kept_stats(stats),
            "health": health.final().as_dict() if health else None,
        }
