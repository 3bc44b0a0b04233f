"""A crawl killed with SIGKILL and started again with the same JOBDIR, end to end over the
fixture web: exactly one report per seed row in the feeds and in MongoDB, none missing."""
from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.fixtureweb.evaluate import ROOT, accuracy, crawl_command, crawl_env
from tests.fixtureweb.registry import expected_by_id
from tests.test_e2e_crawl import JS_SITES
from tochka import mongo
from tochka.seeds import read_seeds

pytestmark = pytest.mark.e2e

KILLS = 3


def report_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def rows(reports: list[dict]) -> Counter:
    return Counter((r["school_id"], r["seed_line"]) for r in reports)


def seed_rows(seeds: Path) -> Counter:
    return Counter((entry.id, entry.line) for entry in read_seeds(seeds))


def kill_when(proc: subprocess.Popen, feed: Path, reports: int, timeout: float = 300) -> int:
    """SIGKILL ``proc`` once ``feed`` holds ``reports`` lines; the lines it held then."""
    deadline = time.monotonic() + timeout
    while report_lines(feed) < reports:
        assert proc.poll() is None, f"the crawl ended (exit {proc.returncode}) before it could be killed"
        assert time.monotonic() < deadline, "the crawl made no progress"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return report_lines(feed)


@pytest.fixture(scope="module")
def killed_three_times(fixture_web, fixture_seeds, mongo_server, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("resume")
    out, jobdir = tmp / "out", tmp / "job"
    settings = {"JOBDIR": jobdir, "MONGO_URI": mongo_server.uri, "MONGO_DATABASE": "t_resume",
                "MONGO_SPILL_DIR": tmp / "spill", "TOCHKA_MAX_ACTIVE_SCHOOLS": 16}
    command = crawl_command(fixture_seeds, out, settings)
    env = crawl_env(fixture_web.proxy_url)
    total = sum(seed_rows(fixture_seeds).values())
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    killed_at = []
    for _ in range(KILLS):
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        feed = next(iter(out.glob("*/reports.jsonl")), None)
        while feed is None:  # the first run names the folder once it opens its feeds
            assert proc.poll() is None, "the crawl ended before it wrote a report"
            time.sleep(0.05)
            feed = next(iter(out.glob("*/reports.jsonl")), None)
        done = report_lines(feed)
        # a random point between a few more reports and most of the list
        killed_at.append(kill_when(proc, feed, rng.randint(done + 2, done + max(3, (total - done) // 2))))
    final = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    folder = feed.parent
    return {"code": final.returncode, "folder": folder, "killed_at": killed_at, "seed": seed,
            "log": (out / "crawl.log").read_text(encoding="utf-8"), "seeds": fixture_seeds, "mongo": mongo_server}


def test_every_seed_row_is_reported_exactly_once_in_the_feeds(killed_three_times):
    run = killed_three_times
    assert run["code"] == 0, run["log"][-3000:]
    reports = [json.loads(line) for line in (run["folder"] / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = seed_rows(run["seeds"])
    assert rows(reports) == expected, f"killed at {run['killed_at']} (random seed {run['seed']})"
    with open(run["folder"] / "reports.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][0] == "ID школы" and sum(1 for row in table if row[0] == "ID школы") == 1
    assert Counter((row[0]) for row in table[1:]) == Counter(sid for sid, _ in expected.elements())


def test_every_seed_row_is_stored_exactly_once_in_mongodb(killed_three_times):
    run = killed_three_times
    crawl_id = json.loads((run["folder"] / "crawl.json").read_text(encoding="utf-8"))["crawl_id"]
    stored = list(mongo.MongoQueries(run["mongo"].client()["t_resume"]).crawl(crawl_id))
    assert rows(stored) == seed_rows(run["seeds"]), f"killed at {run['killed_at']} (random seed {run['seed']})"


def test_the_three_kills_landed_mid_crawl_and_the_last_run_resumed(killed_three_times):
    run = killed_three_times
    total = sum(seed_rows(run["seeds"]).values())
    assert len(run["killed_at"]) == KILLS and all(0 < n < total for n in run["killed_at"]), run["killed_at"]
    assert run["log"].count("resuming crawl") == KILLS
    record = json.loads((run["folder"] / "crawl.json").read_text(encoding="utf-8"))
    assert record["reports"] == total
    assert record["stats"]["tochka/reports_recovered"] == run["killed_at"][-1]


def test_verdicts_after_three_kills_are_those_of_an_uninterrupted_crawl(killed_three_times):
    run = killed_three_times
    reports = [json.loads(line) for line in (run["folder"] / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    js_sites = {site.seed["id"] for site in JS_SITES}
    scores, misses = accuracy(reports, {sid: e for sid, e in expected_by_id().items() if sid not in js_sites})
    assert all(score == 1.0 for score in scores.values()), misses
