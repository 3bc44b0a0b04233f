"""Two workers share one crawl through Redis, end to end over the fixture web: one is killed
with SIGKILL in the middle of a school; the other takes that school over once the lease
lapses, and the merged feeds and MongoDB hold exactly one report per seed row."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.fixtureweb.evaluate import AS_OF, FAST_SETTINGS, ROOT, YEAR, crawl_env
from tests.fixtureweb.registry import all_sites, bad_rows, write_seeds
from tochka import mongo
from tochka.ops.outputs import crawl_folder
from tochka.seeds import read_seeds

pytestmark = pytest.mark.e2e

CRAWL_ID = "schools_two_workers"
LEASE_SECONDS = 3
SCRAPY = str(ROOT / ".venv" / "bin" / "scrapy") if (ROOT / ".venv" / "bin" / "scrapy").exists() else "scrapy"


def scrapy(*args: str, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([SCRAPY, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def worker(name: str, out: Path, env: dict) -> subprocess.Popen:
    settings = {**FAST_SETTINGS, "TOCHKA_EXPORT_DIR": out, "LOG_FILE": out / f"{name}.log",
                "TOCHKA_MAX_ACTIVE_SCHOOLS": 4, "MONGO_DATABASE": "t_workers", "MONGO_SPILL_DIR": out / f"spill-{name}"}
    command = [SCRAPY, "crawl", "schools", "-a", f"crawl_id={CRAWL_ID}"]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    return subprocess.Popen(command, cwd=ROOT, env={**env, "TOCHKA_WORKER_ID": name},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def leased_by(client, name: str) -> list[str]:
    stream = f"tochka:{CRAWL_ID}:schools"
    return [entry["message_id"] for entry in
            client.xpending_range(stream, "workers", "-", "+", 100, consumername=name)]


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def two_workers(fixture_web, redis_server, mongo_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("two-workers")
    out = tmp / "out"
    out.mkdir()
    seeds = write_seeds(tmp / "seeds.csv", [s for s in all_sites() if s.seed["id"][0] not in "ce"][:24],
                        bad_rows()[:2])
    env = crawl_env(fixture_web.proxy_url, {
        "REDIS_URL": redis_server.url, "TOCHKA_LEASE_SECONDS": str(LEASE_SECONDS), "MONGO_URI": mongo_server.uri})
    published = scrapy("enqueue", str(seeds), "--crawl-id", CRAWL_ID, "--as-of", AS_OF.isoformat(),
                       "--year", str(YEAR), env=env)
    assert published.returncode == 0, published.stderr
    client = redis_server.client()
    doomed = worker("a", out, env)
    deadline = time.monotonic() + 120
    while not leased_by(client, "a"):  # killed while it holds a school
        assert doomed.poll() is None and time.monotonic() < deadline, "worker a never took a school"
        time.sleep(0.02)
    survivor = worker("b", out, env)
    time.sleep(0.5)
    held = leased_by(client, "a")
    while not held:
        held = leased_by(client, "a")
    os.kill(doomed.pid, signal.SIGKILL)
    doomed.wait(timeout=30)
    held = [json.loads(client.xrange(f"tochka:{CRAWL_ID}:schools", entry_id, entry_id)[0][1]["entry"])
            for entry_id in leased_by(client, "a")]  # the schools it held when it died
    assert survivor.wait(timeout=600) == 0, (out / "b.log").read_text(encoding="utf-8")[-3000:]
    merged = scrapy("merge_reports", CRAWL_ID, "--export-dir", str(out), "--database", "t_workers", env=env)
    return {"out": out, "seeds": seeds, "held": held, "merged": merged, "client": client, "mongo": mongo_server,
            "folder": out / crawl_folder(CRAWL_ID)}


def expected_rows(seeds: Path) -> Counter:
    return Counter((entry.id, entry.line) for entry in read_seeds(seeds))


def test_merged_feeds_hold_every_seed_row_exactly_once(two_workers):
    run = two_workers
    assert run["merged"].returncode == 0, run["merged"].stdout + run["merged"].stderr
    reports = jsonl(run["folder"] / "reports.jsonl")
    assert Counter((r["school_id"], r["seed_line"]) for r in reports) == expected_rows(run["seeds"])
    assert (run["folder"] / "reports.csv").exists()


def test_the_killed_workers_school_was_crawled_again_by_the_other(two_workers):
    run = two_workers
    assert run["held"], "worker a held no school when it was killed"
    workers = run["folder"] / "workers"
    survivor = jsonl(workers / "b" / "reports.jsonl")
    taken_over = {(entry["id"], entry["line"]) for entry in run["held"]}
    assert taken_over <= {(r["school_id"], r["seed_line"]) for r in survivor}
    killed = jsonl(workers / "a" / "reports.jsonl") if (workers / "a" / "reports.jsonl").exists() else []
    record = json.loads((workers / "b" / "crawl.json").read_text(encoding="utf-8"))
    assert record["stats"]["tochka/schools_reclaimed"] >= 1
    assert "taken over from a worker whose lease lapsed" in (run["out"] / "b.log").read_text(encoding="utf-8")
    # normal operation crawls no school twice: each row in one worker's feed only
    both = Counter((r["school_id"], r["seed_line"]) for r in survivor + killed)
    assert max(both.values()) == 1, [row for row, n in both.items() if n > 1]
    assert run["client"].xinfo_groups(f"tochka:{CRAWL_ID}:schools")[0]["pending"] == 0


def test_mongodb_holds_every_seed_row_exactly_once(two_workers):
    run = two_workers
    stored = list(mongo.MongoQueries(run["mongo"].client()["t_workers"]).crawl(CRAWL_ID))
    assert Counter((d["school_id"], d["seed_line"]) for d in stored) == expected_rows(run["seeds"])
