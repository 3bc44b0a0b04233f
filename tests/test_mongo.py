"""MongoDB pipeline, spill/replay and queries against a real wire-protocol server (nx-27017).

Crawls run in-process through CrawlerRunner with a tiny spider that yields PageItem and
SchoolReport items from ``data:`` URLs; faults are real: the server process is stopped,
restarted or frozen (SIGSTOP) while the crawl runs.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pymongo
import pytest
import pytest_twisted
import scrapy
from scrapy.crawler import CrawlerRunner
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from tochka import mongo
from tochka.commands.mongo_query import TABLE_COLUMNS
from tochka.items import PageItem, SchoolReport
from tochka.signals import CrawlRun, crawl_started

ROOT = Path(__file__).resolve().parents[1]
# Crawl ids of the schools spider's own shape (schools_<as_of>_<start>).
CRAWL_BASIC = "schools_2023-12-13_20261127T100000"
CRAWL_RERUN = "schools_2023-12-13_20261127T110000"
CRAWL_FAULT = "schools_2023-12-13_20261127T120000"
CRAWL_DOWN = "schools_2023-12-13_20261127T130000"
CRAWL_NEXT = "schools_2023-12-13_20261127T140000"


class ItemsSpider(scrapy.Spider):
    """Yields ``pages`` PageItems and one SchoolReport per school; ``hooks`` maps a school
    index to a blocking callable run (in a thread) before that school's items."""

    name = "mongo_items"

    def __init__(self, crawl_id, seeds_path, schools=10, pages=2, hooks=None, crawled_at="2023-12-13T10:00:00",
                 title="page", **kwargs):
        super().__init__(**kwargs)
        self.crawl_id, self.seeds_path = crawl_id, str(seeds_path)
        self.as_of, self.year = date(2023, 12, 13), 2023
        self.schools, self.pages, self.hooks = schools, pages, hooks or {}
        self.crawled_at, self.title = crawled_at, title

    async def start(self):
        run = CrawlRun(self.crawl_id, self.name, self.as_of, self.year, self.seeds_path)
        self.crawler.signals.send_catch_log(crawl_started, run=run)
        for i in range(self.schools):
            yield scrapy.Request(f"data:,school{i}", callback=self.parse, cb_kwargs={"i": i}, dont_filter=True)

    async def parse(self, response, i):
        if i in self.hooks:
            await maybe_deferred_to_future(deferToThread(self.hooks[i]))
        school = f"s{i:04d}"
        for j in range(self.pages):
            yield PageItem(crawl_id=self.crawl_id, school_id=school, url=f"https://school{i}.example/tochka/{j}",
                           status=200, kind="news", title=f"{self.title} {j} «Точка роста»", crawled_at=self.crawled_at)
        violations = [{"code": "SCHEDULE_MISSING", "message_ru": "Нет расписания"}] if i % 3 == 0 else []
        yield SchoolReport(crawl_id=self.crawl_id, school_id=school, name=f"Школа №{i}", url=f"https://school{i}.example/",
                           reachable=True, section={"url": f"https://school{i}.example/tochka/"},
                           violations=violations, score=100 - 10 * len(violations), crawled_at=self.crawled_at,
                           as_of="2023-12-13")


def crawl_settings(server, tmp_path: Path, db: str, **extra) -> dict:
    return {
        "ITEM_PIPELINES": {"tochka.mongo.MongoPipeline": 300},
        "MONGO_URI": server.uri,
        "MONGO_DATABASE": db,
        "MONGO_SPILL_DIR": str(tmp_path / "spill"),
        # short timeouts and backoff keep the fault tests within seconds
        "MONGO_SERVER_SELECTION_TIMEOUT_MS": 500,
        "MONGO_CONNECT_TIMEOUT_MS": 500,
        "MONGO_SOCKET_TIMEOUT_MS": 1000,
        "MONGO_RETRY_BACKOFF": 0.1,
        "MONGO_RETRY_BACKOFF_MAX": 0.4,
        "MONGO_CLOSE_TIMEOUT": 5,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        **extra,
    }


async def run_crawl(settings: dict, feed: Path | None = None, **spider_kwargs):
    if feed is not None:
        settings = {**settings, "FEEDS": {str(feed): {"format": "jsonlines"}}}
    runner = CrawlerRunner(settings)
    crawler = runner.create_crawler(ItemsSpider)
    await runner.crawl(crawler, **spider_kwargs)
    return crawler


def feed_keys(feed: Path) -> tuple[set, set]:
    reports, pages = set(), set()
    for line in feed.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["item_type"] == "page":
            pages.add((item["crawl_id"], item["url"]))
        else:
            reports.add((item["crawl_id"], item["school_id"]))
    return reports, pages


def assert_db_matches_feed(db, feed: Path, crawl_id: str) -> int:
    """Every item of the feed is in the database exactly once, and nothing else is."""
    reports, pages = feed_keys(feed)
    db_reports = [(d["crawl_id"], d["school_id"]) for d in db.school_reports.find({"crawl_id": crawl_id})]
    db_pages = [(d["crawl_id"], d["url"]) for d in db.pages.find({"crawl_id": crawl_id})]
    assert sorted(db_reports) == sorted(reports)
    assert sorted(db_pages) == sorted(pages)
    return len(reports) + len(pages)


@pytest.fixture
def seeds(tmp_path) -> Path:
    path = tmp_path / "seeds.csv"
    path.write_text("school_id,name,url\ns0000,Школа №0,https://school0.example/\n", encoding="utf-8")
    return path


def spill_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "spill").glob("*")) if (tmp_path / "spill").exists() else []


# --- crawls against a healthy server ---------------------------------------------------------

@pytest_twisted.ensureDeferred
async def test_crawl_writes_items_indexes_and_crawls_document(mongo_server, tmp_path, seeds):
    feed = tmp_path / "items.jsonl"
    crawler = await run_crawl(crawl_settings(mongo_server, tmp_path, "t_basic"), feed,
                              crawl_id=CRAWL_BASIC, seeds_path=seeds, schools=10, pages=2)
    db = mongo_server.client()["t_basic"]
    assert assert_db_matches_feed(db, feed, CRAWL_BASIC) == 30
    stats = crawler.stats.get_stats()
    assert stats["mongo/written"] == 32  # 30 items + the crawls document written at open and at close
    assert "mongo/spilled" not in stats and spill_files(tmp_path) == []

    unique = {tuple(ix["key"].keys()) for coll in ("school_reports", "pages", "crawls")
              for ix in db[coll].list_indexes() if ix.get("unique")}
    assert {("crawl_id", "school_id", "seed_line"), ("crawl_id", "url")} <= unique
    assert db.crawls.find_one({"_id": f'["{CRAWL_BASIC}"]'})["crawl_id"] == CRAWL_BASIC  # _id keeps crawls unique
    with pytest.raises(pymongo.errors.DuplicateKeyError):
        db.pages.insert_one({"crawl_id": CRAWL_BASIC, "url": "https://school1.example/tochka/0"})

    crawls = list(db.crawls.find({}, {"_id": 0}))
    assert len(crawls) == 1
    doc = crawls[0]
    assert doc["crawl_id"] == CRAWL_BASIC and doc["as_of"] == "2023-12-13" and doc["year"] == 2023
    assert doc["seeds_file"] == str(seeds)
    assert doc["seeds_sha256"] == hashlib.sha256(seeds.read_bytes()).hexdigest()
    assert doc["started_at"] <= doc["finished_at"] and doc["finish_reason"] == "finished"
    assert doc["violation_counts"] == {"SCHEDULE_MISSING": 4}  # schools 0, 3, 6, 9
    assert (doc["reports"], doc["pages"]) == (10, 20)
    assert doc["stats"]["item_scraped_count"] == 30


@pytest_twisted.ensureDeferred
async def test_rerun_of_a_crawl_updates_without_duplicates(mongo_server, tmp_path, seeds):
    settings = crawl_settings(mongo_server, tmp_path, "t_rerun")
    await run_crawl(settings, crawl_id=CRAWL_RERUN, seeds_path=seeds, schools=6, pages=2, title="old")
    db = mongo_server.client()["t_rerun"]
    first = db.crawls.find_one({"crawl_id": CRAWL_RERUN})
    time.sleep(1.1)  # started_at has second resolution
    await run_crawl(settings, crawl_id=CRAWL_RERUN, seeds_path=seeds, schools=6, pages=2, title="new")
    assert db.school_reports.count_documents({}) == 6
    assert db.pages.count_documents({}) == 12
    assert {d["title"].split()[0] for d in db.pages.find()} == {"new"}
    crawls = list(db.crawls.find())
    assert len(crawls) == 1
    # a resumed crawl keeps its first start and records the latest one
    assert crawls[0]["started_at"] == first["started_at"]
    assert crawls[0]["last_started_at"] > first["last_started_at"]
    # ... and the closing update of the existing document lands again
    assert crawls[0]["finish_reason"] == "finished" and crawls[0]["finished_at"] > first["finished_at"]


# --- faults: the server goes away during a crawl ---------------------------------------------

@pytest_twisted.ensureDeferred
async def test_server_stopped_mid_crawl_then_replay_command(own_mongo_server, tmp_path, seeds, caplog):
    caplog.set_level(logging.INFO, logger="tochka.mongo")
    feed = tmp_path / "items.jsonl"
    server = own_mongo_server
    settings = crawl_settings(server, tmp_path, "t_fault", MONGO_BUFFER_SIZE=20, MONGO_BATCH_SIZE=10,
                              CONCURRENT_REQUESTS=1, DOWNLOAD_DELAY=0.02)
    crawler = await run_crawl(settings, feed, crawl_id=CRAWL_FAULT, seeds_path=seeds, schools=100, pages=2,
                              hooks={30: server.stop, 70: server.start})
    stats = crawler.stats.get_stats()
    produced = sum(1 for _ in feed.open(encoding="utf-8"))
    assert produced == 300
    assert stats["mongo/retried"] > 0 and stats["mongo/spilled"] > 0
    assert stats["mongo/written"] + stats["mongo/spilled"] == produced + 2  # + the crawls document twice
    files = spill_files(tmp_path)
    assert len(files) == 1
    assert sum(1 for _ in files[0].open()) == stats["mongo/spilled"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "spilled" in r.getMessage()]
    assert warnings == [f"MongoDB: {stats['mongo/spilled']} operation(s) spilled to {files[0]}; they are "
                        "replayed at the next start or by `scrapy mongo_replay`"]
    db = server.client()["t_fault"]
    assert db.pages.count_documents({}) + db.school_reports.count_documents({}) < produced

    out = run_command("mongo_replay", "--uri", server.uri, "--database", "t_fault",
                      "--spill-dir", str(tmp_path / "spill"))
    assert f"replayed {stats['mongo/spilled']} operations" in out.stdout and "0 file(s) left" in out.stdout
    assert assert_db_matches_feed(db, feed, CRAWL_FAULT) == produced
    assert spill_files(tmp_path) == []


@pytest_twisted.ensureDeferred
async def test_server_down_at_close_spills_and_next_crawl_replays(own_mongo_server, tmp_path, seeds):
    feed = tmp_path / "items.jsonl"
    server = own_mongo_server
    settings = crawl_settings(server, tmp_path, "t_close", MONGO_CLOSE_TIMEOUT=1, CONCURRENT_REQUESTS=1)
    first = await run_crawl(settings, feed, crawl_id=CRAWL_DOWN, seeds_path=seeds, schools=40, pages=2,
                            hooks={25: server.stop})
    spilled = first.stats.get_value("mongo/spilled")
    assert spilled > 0 and len(spill_files(tmp_path)) == 1

    server.start()
    second = await run_crawl(settings, crawl_id=CRAWL_NEXT, seeds_path=seeds, schools=2, pages=1)
    assert second.stats.get_value("mongo/replayed") == spilled
    assert spill_files(tmp_path) == []
    db = server.client()["t_close"]
    assert assert_db_matches_feed(db, feed, CRAWL_DOWN) == 120
    # the closing half of the first crawl's crawls document came back through the spill as well
    assert db.crawls.find_one({"crawl_id": CRAWL_DOWN})["finish_reason"] == "finished"


def test_frozen_server_never_blocks_put(own_mongo_server, tmp_path):
    """A hung server (SIGSTOP): put() returns at once, overflow is spilled, the rest written after."""
    server = own_mongo_server
    client = server.client(serverSelectionTimeoutMS=500, socketTimeoutMS=500, connectTimeoutMS=500)
    writer = mongo.MongoWriter(client["t_frozen"], mongo.Collections.from_settings({}),
                               spill_path=tmp_path / "spill" / "frozen.jsonl", buffer_size=50, batch_size=20,
                               backoff=0.1, backoff_max=0.3)
    server.freeze()
    writer.start()
    slowest = 0.0
    for i in range(200):
        t0 = time.perf_counter()
        writer.put(mongo.upsert_op("pages", {"crawl_id": "c", "url": f"u{i}"}, mongo.PAGE_KEY))
        slowest = max(slowest, time.perf_counter() - t0)
    assert slowest < 0.2  # one attempt against the hung server takes ~2 s
    assert writer.counts["spilled"] == 150
    # one attempt against a hung server takes ~2 s (connect + socket timeouts, reselection)
    threading.Timer(3.5, server.thaw).start()
    writer.close(timeout=10)
    assert writer.counts["written"] == 50 and writer.counts["retried"] > 0
    written, left = mongo.replay_spills(client["t_frozen"], tmp_path / "spill")
    assert (written, left) == (150, [])
    assert client["t_frozen"].pages.count_documents({}) == 200


# --- spill/replay units ---------------------------------------------------------------------

def page_op(i: int) -> mongo.Op:
    doc = {"crawl_id": "c", "url": f"https://x.example/{i}", "title": f"t{i}"}
    return mongo.upsert_op("pages", doc, mongo.PAGE_KEY)


def test_bounded_buffer_spills_overflow_then_rest_and_replay_deletes(own_mongo_server, tmp_path):
    server = own_mongo_server
    server.stop()
    client = server.client(serverSelectionTimeoutMS=200)
    spill_dir = tmp_path / "spill"
    writer = mongo.MongoWriter(client["t_unit"], mongo.Collections.from_settings({}),
                               spill_path=spill_dir / "a.jsonl", buffer_size=5, batch_size=2, backoff=0.05)
    writer.start()
    for i in range(12):
        writer.put(page_op(i))
    assert writer.counts["spilled"] == 7  # the buffer holds 5
    t0 = time.monotonic()
    writer.close(timeout=0.5)
    assert time.monotonic() - t0 < 0.5 + 1.0  # the deadline plus at most one attempt
    assert writer.counts == {"written": 0, "retried": writer.counts["retried"], "spilled": 12, "replayed": 0}
    lines = [json.loads(x) for x in (spill_dir / "a.jsonl").read_text().splitlines()]
    urls = sorted(line["update"]["$setOnInsert"]["url"] for line in lines)
    assert urls == sorted(f"https://x.example/{i}" for i in range(12))
    assert {line["reason"] for line in lines} == {"buffer full", "MongoDB unavailable at close"}

    # while the server is down a replay keeps the file whole
    assert mongo.replay_spills(client["t_unit"], spill_dir) == (0, [spill_dir / "a.jsonl"])
    assert len((spill_dir / "a.jsonl").read_text().splitlines()) == 12

    server.start()
    assert mongo.replay_spills(client["t_unit"], spill_dir) == (12, [])
    assert not (spill_dir / "a.jsonl").exists()
    assert mongo.replay_spills(client["t_unit"], spill_dir) == (0, [])
    assert client["t_unit"].pages.count_documents({}) == 12


def test_replay_skips_file_in_use_and_quarantines_bad_lines(mongo_server, tmp_path):
    db = mongo_server.client()["t_files"]
    spill_dir = tmp_path / "spill"
    in_use = mongo.SpillFile(spill_dir / "in-use.jsonl")
    in_use.write([page_op(1)], "buffer full")  # still open: a running crawl holds its lock
    broken = spill_dir / "broken.jsonl"
    good = json.dumps({"collection": "pages", "filter": page_op(2)[1], "update": page_op(2)[2]})
    broken.write_text(good + "\n" + good[:20] + "\n")  # a crash in the middle of the last line

    written, left = mongo.replay_spills(db, spill_dir)
    assert (written, left) == (1, [spill_dir / "in-use.jsonl"])
    assert (spill_dir / "broken.jsonl.bad").exists() and not broken.exists()
    in_use.close()
    assert mongo.replay_spills(db, spill_dir) == (1, [])
    assert db.pages.count_documents({}) == 2


def test_rejected_operations_are_spilled_not_retried(mongo_server, tmp_path):
    db = mongo_server.client()["t_reject"]
    db.pages.create_index("title", unique=True)  # a constraint the items break: a permanent write error
    writer = mongo.MongoWriter(db, mongo.Collections.from_settings({}), spill_path=tmp_path / "r.jsonl")
    writer.start()
    for url in ("https://a.example/", "https://b.example/"):
        writer.put(mongo.upsert_op("pages", {"crawl_id": "c", "url": url, "title": "same"}, mongo.PAGE_KEY))
    writer.close(timeout=5)
    assert (writer.counts["written"], writer.counts["spilled"], writer.counts["retried"]) == (1, 1, 0)
    line = json.loads((tmp_path / "r.jsonl").read_text())
    assert line["reason"].startswith("rejected") and db.pages.count_documents({}) == 1


def test_upserts_stay_idempotent_for_keys_that_look_like_dates(mongo_server):
    """A user's own ``-a crawl_id=2023-12-13``: nx-27017 compares date-like strings as SQLite
    datetimes in update filters, so a filter on the key fields never matched and the second
    upsert broke the unique index. The ``_id`` filter is never date-like."""
    db = mongo_server.client()["t_datelike"]
    mongo.ensure_indexes(db, mongo.Collections.from_settings({}))
    for crawl_id in ("2023-12-13", "2023-12-13_20261127T100000"):
        for finish in (None, "finished", "shutdown"):
            doc = {"crawl_id": crawl_id, "as_of": "2023-12-13", **({"finish_reason": finish} if finish else {})}
            report = {"crawl_id": crawl_id, "school_id": "01-02-2023", "seed_line": 2, "status": finish or "started"}
            rejected = mongo.write_ops(db, [mongo.upsert_op("crawls", doc, mongo.CRAWL_KEY),
                                            mongo.upsert_op("school_reports", report, mongo.REPORT_KEY)])
            assert rejected == []
    assert db.crawls.count_documents({}) == 2 and db.school_reports.count_documents({}) == 2
    assert {d["finish_reason"] for d in db.crawls.find({}, {"_id": 0})} == {"shutdown"}
    assert {d["status"] for d in db.school_reports.find({}, {"_id": 0})} == {"shutdown"}


def test_reports_index_of_earlier_versions_gives_way_to_one_per_seed_row(mongo_server):
    """The (crawl_id, school_id) unique index of earlier versions would reject the report of a
    seeds row that repeats an id; ensure_indexes replaces it by (crawl_id, school_id, seed_line)."""
    db = mongo_server.client()["t_legacy_index"]
    db.school_reports.create_index([("crawl_id", 1), ("school_id", 1)], unique=True, name="crawl_school_unique")
    mongo.ensure_indexes(db, mongo.Collections.from_settings({}))
    assert [ix["key"] for ix in db.school_reports.index_information().values() if ix.get("unique")] == [
        [("crawl_id", 1), ("school_id", 1), ("seed_line", 1)]]
    rows = [{"crawl_id": "c1", "school_id": "s1", "seed_line": line, "status": status}
            for line, status in ((2, "ok"), (7, "bad_seed"))]
    assert mongo.write_ops(db, [mongo.upsert_op("school_reports", r, mongo.REPORT_KEY) for r in rows]) == []
    assert sorted(d["seed_line"] for d in db.school_reports.find({"school_id": "s1"})) == [2, 7]


def test_index_refused_by_server_is_logged_and_writes_go_on(mongo_server, tmp_path, caplog):
    db = mongo_server.client()["t_noindex"]
    # duplicates stored before the pipeline existed make the unique index impossible
    db.pages.insert_many([{"crawl_id": "old", "url": "https://a.example/"} for _ in range(2)])
    writer = mongo.MongoWriter(db, mongo.Collections.from_settings({}), spill_path=tmp_path / "n.jsonl")
    writer.start()
    writer.put(page_op(1))
    writer.close(timeout=5)
    assert writer.counts["written"] == 1 and writer.counts["spilled"] == 0
    assert any("Could not create the MongoDB indexes" in r.getMessage() for r in caplog.records
               if r.levelno == logging.ERROR)


def test_mock_pymongo_missing_is_not_configured(monkeypatch):
    from scrapy.utils.test import get_crawler

    with pytest.raises(NotConfigured, match="MONGO_URI is not set"):
        mongo.MongoPipeline.from_crawler(get_crawler(settings_dict={}))
    monkeypatch.setattr(mongo.documents, "pymongo", None)  # stands for an environment without pymongo
    with pytest.raises(NotConfigured, match="pymongo cannot be imported"):
        mongo.MongoPipeline.from_crawler(get_crawler(settings_dict={"MONGO_URI": "mongodb://127.0.0.1:1"}))


# --- queries --------------------------------------------------------------------------------

def run_command(*argv: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``scrapy <argv>`` with this project's commands module, as a separate process."""
    code = ("import sys; from scrapy.cmdline import execute; from scrapy.settings import Settings; "
            "execute(['scrapy', *sys.argv[1:]], Settings({'COMMANDS_MODULE': 'tochka.commands'}))")
    env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
    return subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=check, env=env)


@pytest.mark.parametrize("command", ["mongo_query latest", "mongo_replay"])
def test_commands_without_a_uri_say_so(command):
    out = run_command(*command.split(), check=False)
    assert out.returncode == 2
    assert "no MongoDB URI: set MONGO_URI or pass --uri" in out.stderr


def test_queries_and_query_command(mongo_server):
    db = mongo_server.client()["t_query"]
    ops = []
    # two crawls; school s2 is only in the first one
    for crawl_id, when, schools in (("c1", "2023-11-01T10:00:00", 3), ("c2", "2023-12-13T10:00:00", 2)):
        for i in range(schools):
            ops.append(mongo.upsert_op("school_reports", {"crawl_id": crawl_id, "school_id": f"s{i}", "seed_line": i + 2,
                                                          "crawled_at": when, "score": i, "violations": []},
                                       mongo.REPORT_KEY))
    assert mongo.write_ops(db, ops) == []
    queries = mongo.MongoQueries(db)
    latest = list(queries.latest())
    assert [(d["school_id"], d["crawl_id"]) for d in latest] == [("s0", "c2"), ("s1", "c2"), ("s2", "c1")]
    assert [d["school_id"] for d in queries.crawl("c1")] == ["s0", "s1", "s2"]
    assert [d["crawl_id"] for d in queries.history("s1")] == ["c1", "c2"]

    out = run_command("mongo_query", "latest", "--uri", mongo_server.uri, "--database", "t_query", "--format", "jsonl")
    assert [json.loads(line) for line in out.stdout.splitlines()] == latest
    out = run_command("mongo_query", "history", "s2", "--uri", mongo_server.uri, "--database", "t_query")
    assert out.stdout.splitlines() == ["\t".join(TABLE_COLUMNS), "c1\ts2\t\t2\t-\t2023-11-01T10:00:00"]


# --- the real spider ---------------------------------------------------------------------

@pytest.mark.e2e
def test_schools_crawl_into_mongodb_then_queries_by_its_own_crawl_id(mongo_server, fixture_web, tmp_path):
    """`scrapy crawl schools` with MONGO_URI and the default crawl id, then the analysts'
    queries: every report of the feed is found by crawl id and the crawls document is whole."""
    from tests.fixtureweb.evaluate import run_crawl as run_schools_crawl
    from tests.fixtureweb.registry import all_sites, write_seeds

    sites = [s for s in all_sites() if s.seed["id"] in ("a01", "a02", "a03", "b01", "b02")]
    seeds = write_seeds(tmp_path / "seeds.csv", sites, [])
    code, reports = run_schools_crawl(seeds, fixture_web.proxy_url, tmp_path / "out", {
        "MONGO_URI": mongo_server.uri, "MONGO_DATABASE": "t_schools", "MONGO_SPILL_DIR": str(tmp_path / "spill"),
        "TOCHKA_PAGE_BUDGET": "40"})
    assert code == 0 and len(reports) == len(sites)
    crawl_id = reports[0]["crawl_id"]
    assert crawl_id.startswith("schools_2023-12-13_")
    assert spill_files(tmp_path) == []

    db = mongo_server.client()["t_schools"]
    stored = list(mongo.MongoQueries(db).crawl(crawl_id))
    assert [(d["school_id"], d["status"], d["score"]) for d in stored] == sorted(
        (r["school_id"], r["status"], r["score"]) for r in reports)
    crawl = db.crawls.find_one({"crawl_id": crawl_id})
    assert crawl["finish_reason"] == "finished" and crawl["started_at"] <= crawl["finished_at"]
    assert crawl["reports"] == len(sites) and crawl["stats"]["item_scraped_count"] == crawl["reports"] + crawl["pages"]
    violations = [v["code"] for r in reports for v in r["violations"]]
    assert crawl["violation_counts"] == {code: violations.count(code) for code in set(violations)}
    out = run_command("mongo_query", "crawl", crawl_id, "--uri", mongo_server.uri, "--database", "t_schools")
    assert len(out.stdout.splitlines()) == 1 + len(sites)


# --- throughput -----------------------------------------------------------------------------

@pytest_twisted.ensureDeferred
async def test_throughput_2000_items(mongo_server, tmp_path, seeds):
    settings = crawl_settings(mongo_server, tmp_path, "t_bench")
    t0 = time.perf_counter()
    crawler = await run_crawl(settings, crawl_id="c-bench", seeds_path=seeds, schools=200, pages=9)
    elapsed = time.perf_counter() - t0
    assert crawler.stats.get_value("mongo/written") == 2002
    db = mongo_server.client()["t_bench"]
    assert db.pages.count_documents({}) + db.school_reports.count_documents({}) == 2000
    print(f"\n2000 items crawled and written to nx-27017 in {elapsed:.2f} s: {2000 / elapsed:.0f} items/s")
