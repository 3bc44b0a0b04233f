"""``scrapy enqueue`` and ``scrapy merge_reports`` as separate processes, against a real
redis-server (scripts/redis.sh) and nx-27017, on real feed files written the way a worker's
feeds are: a duplicated row, a line cut short, pages reported twice."""
from __future__ import annotations

import csv
import dataclasses
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.redis_server import free_port
from tochka import feeds
from tochka.distributed.queue import SchoolQueue
from tochka.exporters import flat_row
from tochka.items import REPORT_FIELDS, PageItem, SchoolReport
from tochka.ops.outputs import crawl_folder
from tochka.seeds import read_seeds

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "sample.csv"   # four schools, lines 2-5, ids 1001-1004


def scrapy(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """``scrapy <argv>`` in the project, as a worker machine runs it: settings from the environment."""
    base = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "MONGO_URI", "TOCHKA_EXPORT_DIR")}
    return subprocess.run([sys.executable, "-m", "scrapy", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**base, **env})


def new_crawl_id() -> str:
    return f"dist_{uuid.uuid4().hex[:8]}"


# --- enqueue ---------------------------------------------------------------------------------

def test_enqueue_publishes_the_checked_list(redis_server):
    crawl_id = new_crawl_id()
    out = scrapy("enqueue", str(SAMPLE), "--crawl-id", crawl_id, "--as-of", "2023-12-13", "--year", "2023",
                 env={"REDIS_URL": redis_server.url})
    assert out.returncode == 0, out.stderr
    assert f"crawl id: {crawl_id}" in out.stdout
    assert "rows:     4 (0 bad rows" in out.stdout
    assert f"scrapy crawl schools -a crawl_id={crawl_id}" in out.stdout
    assert redis_server.password not in out.stdout
    queue = SchoolQueue(redis_server.client(), crawl_id, 60)
    assert queue.plan() == {"seeds_path": str(SAMPLE), "as_of": "2023-12-13", "year": 2023,
                            "crawl_id": crawl_id, "total": 4}
    assert queue.entries() == read_seeds(SAMPLE)

    again = scrapy("enqueue", str(SAMPLE), "--crawl-id", crawl_id, env={"REDIS_URL": redis_server.url})
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        f"tochka: error: crawl id {crawl_id!r} is already in the queue at redis://:***@127.0.0.1:"
        f"{redis_server.port}/0: choose another --crawl-id (workers join a published crawl by its id)"]
    assert queue.state().total == 4


@pytest.mark.parametrize(("argv", "env_url", "message"), [
    (["no-such.csv"], "server", "tochka: error: seeds file not found: no-such.csv"),
    ([str(SAMPLE), "--as-of", "13.12.2023"], "server",
     "tochka: error: -a as_of='13.12.2023' is not a date in YYYY-MM-DD form"),
    ([str(SAMPLE)], "", "tochka: error: REDIS_URL is not set"),
    ([str(SAMPLE)], "down", "is unreachable"),
])
def test_enqueue_refuses_bad_input_in_one_line(redis_server, argv, env_url, message):
    url = {"server": redis_server.url, "": "",
           "down": f"redis://:{redis_server.password}@127.0.0.1:{free_port()}/0"}[env_url]
    out = scrapy("enqueue", *argv, "--crawl-id", new_crawl_id(), env={"REDIS_URL": url})
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], out.stderr
    assert redis_server.password not in out.stderr


def test_enqueue_refuses_a_list_without_rows(redis_server, tmp_path):
    header_only = tmp_path / "empty.csv"
    header_only.write_text("id,name,region,url\n", encoding="utf-8")
    out = scrapy("enqueue", str(header_only), "--crawl-id", new_crawl_id(), env={"REDIS_URL": redis_server.url})
    assert out.returncode == 2
    assert "has no rows: nothing to queue" in out.stderr


# --- merge -----------------------------------------------------------------------------------

def report(crawl_id: str, school_id: str, line: int, score: int) -> dict:
    item = SchoolReport(crawl_id=crawl_id, school_id=school_id, seed_line=line, name=f"Школа {school_id}",
                        region="Ростовская область", url=f"https://{school_id}.example/", score=score,
                        pages_crawled=3, crawled_at="2023-12-13T10:00:00+00:00", as_of="2023-12-13")
    fields = dataclasses.asdict(item)
    return {name: fields[name] for name in REPORT_FIELDS}  # the feed's field order


def page(crawl_id: str, school_id: str, url: str) -> dict:
    return dataclasses.asdict(PageItem(crawl_id=crawl_id, school_id=school_id, url=url, status=200,
                                       crawled_at="2023-12-13T10:00:00+00:00"))


def write_feed(path: Path, objects: list[dict], cut_short: dict | None = None, mtime: float | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)
    if cut_short is not None:  # the worker died in the middle of writing this line
        whole = json.dumps(cut_short, ensure_ascii=False)
        text += whole[: len(whole) // 2]
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def two_workers(export_dir: Path, crawl_id: str) -> Path:
    """w1 reported rows 2 and 3; w2, later, reported row 3 again (another score), row 4, and
    died while writing row 5. Page /a of 1002 is in both workers' pages."""
    folder = export_dir / crawl_folder(crawl_id) / "workers"
    write_feed(folder / "w1" / "reports.jsonl", [report(crawl_id, "1001", 2, 40), report(crawl_id, "1002", 3, 10)],
               mtime=1_700_000_000)
    write_feed(folder / "w1" / "pages.jsonl", [page(crawl_id, "1001", "https://1001.example/"),
                                                page(crawl_id, "1002", "https://1002.example/a")], mtime=1_700_000_000)
    write_feed(folder / "w2" / "reports.jsonl", [report(crawl_id, "1002", 3, 70), report(crawl_id, "1003", 4, 55)],
               cut_short=report(crawl_id, "1004", 5, 90), mtime=1_700_000_100)
    write_feed(folder / "w2" / "pages.jsonl", [page(crawl_id, "1002", "https://1002.example/a"),
                                                page(crawl_id, "1003", "https://1003.example/")], mtime=1_700_000_100)
    return folder.parent


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_merge_keeps_one_report_per_row_and_names_the_missing_ones(redis_server, mongo_server, tmp_path):
    crawl_id = new_crawl_id()
    SchoolQueue(redis_server.client(), crawl_id, 60).publish(
        {"seeds_path": str(SAMPLE), "as_of": "2023-12-13", "year": 2023, "crawl_id": crawl_id}, read_seeds(SAMPLE))
    folder = two_workers(tmp_path, crawl_id)
    # what w1's pipeline stored for row 3 before w2 re-crawled it
    reports = mongo_server.client()["t_merge"]["school_reports"]
    reports.insert_one({"_id": json.dumps([crawl_id, "1002", 3]), **report(crawl_id, "1002", 3, 10)})

    out = scrapy("merge_reports", crawl_id, "--export-dir", str(tmp_path), "--database", "t_merge",
                 env={"REDIS_URL": redis_server.url, "MONGO_URI": mongo_server.uri})

    assert out.returncode == 1, out.stderr  # a row is missing
    assert "3 reports (1 duplicate rows dropped), 3 pages (1 duplicate pages dropped)" in out.stdout
    assert "3 of 4 rows reported" in out.stdout
    assert "missing seed lines: 5 (id 1004)" in out.stdout
    assert "line 3: the last line is cut short" in out.stderr
    merged = read_jsonl(folder / "reports.jsonl")
    assert [(r["school_id"], r["seed_line"], r["score"]) for r in merged] == [("1001", 2, 40), ("1002", 3, 70),
                                                                               ("1003", 4, 55)]
    assert list(merged[0]) == REPORT_FIELDS
    raw_csv = (folder / "reports.csv").read_bytes()
    assert raw_csv.startswith(b"\xef\xbb\xbf")  # Excel's BOM
    rows = list(csv.reader(raw_csv.decode("utf-8-sig").splitlines()))
    assert rows[0] == list(flat_row(merged[0]))
    assert [row[0] for row in rows[1:]] == ["1001", "1002", "1003"]
    assert [row[rows[0].index("Баллы")] for row in rows[1:]] == ["40", "70", "55"]
    pages = read_jsonl(folder / "pages.jsonl")
    assert [(p["school_id"], p["url"]) for p in pages] == [
        ("1001", "https://1001.example/"), ("1002", "https://1002.example/a"), ("1003", "https://1003.example/")]
    stored = {doc["school_id"]: doc["score"] for doc in reports.find({"crawl_id": crawl_id})}
    assert stored == {"1001": 40, "1002": 70, "1003": 55}
    assert "MongoDB: 3 merged reports upserted, 0 rejected" in out.stdout
    assert not list(folder.glob(".*")), "no temporary file left behind"


def test_merge_of_a_complete_crawl_exits_0_and_a_second_merge_is_the_same(redis_server, tmp_path):
    crawl_id = new_crawl_id()
    entries = read_seeds(SAMPLE)[:3]
    SchoolQueue(redis_server.client(), crawl_id, 60).publish(
        {"seeds_path": str(SAMPLE), "as_of": "2023-12-13", "year": 2023, "crawl_id": crawl_id}, entries)
    folder = two_workers(tmp_path, crawl_id)
    env = {"REDIS_URL": redis_server.url, "TOCHKA_EXPORT_DIR": str(tmp_path)}
    first = scrapy("merge_reports", crawl_id, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "3 of 3 rows reported" in first.stdout
    merged = (folder / "reports.jsonl").read_bytes()
    assert scrapy("merge_reports", crawl_id, env=env).returncode == 0
    assert (folder / "reports.jsonl").read_bytes() == merged


def test_merge_without_worker_feeds_says_so(tmp_path):
    out = scrapy("merge_reports", "nothing_here", "--export-dir", str(tmp_path), env={})
    assert out.returncode == 2
    assert out.stderr.strip() == (f"tochka: error: no worker feeds to merge: {tmp_path}/nothing_here/workers/"
                                  f"*/reports.jsonl matches no file")


def test_a_failed_merge_leaves_the_previous_file(tmp_path):
    target = tmp_path / "reports.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError), feeds.replaced_atomically(target) as out:
        out.write(b"half of the new ")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert list(tmp_path.iterdir()) == [target]
