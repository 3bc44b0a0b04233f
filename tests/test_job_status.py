"""How a finished scrapyd job is judged from its log and side file (the real scrapyd, with a
job killed mid-way, is in test_scrapyd.py)."""
from __future__ import annotations

import json

import pytest

from tochka import jobs

OPENED = "2026-12-02 12:03:15 [scrapy.core.engine] INFO: Spider opened\n"
CLOSED = "2026-12-02 12:09:40 [scrapy.core.engine] INFO: Spider closed ({})\n"
HEALTH_OK = "2026-12-02 12:09:40 [tochka.health] INFO: crawl health: ok\n"
HEALTH_BAD = ("2026-12-02 12:09:40 [tochka.health] ERROR: crawl health: unhealthy: "
              "48 of 50 sites unreachable: the network, not the schools; 2 seeds without a report\n")
# Scrapy logs a dead host's robots.txt failure with a traceback: normal traffic, not a crash
ROBOTS_TRACEBACK = ("2026-12-02 12:04:00 [scrapy.downloadermiddlewares.robotstxt] ERROR: Error downloading "
                    "<GET http://dead.example/robots.txt>: DNS lookup failed\nTraceback (most recent call last):\n"
                    '  File "twisted/internet/defer.py", line 1, in _runCallbacks\n')


@pytest.mark.parametrize("log, side, status, words", [
    (None, None, jobs.FAILED, "log is missing"),
    ("2026-12-02 12:03:14 [scrapy.utils.log] INFO: Scrapy 2.19.0 started\n", None, jobs.FAILED, "never started"),
    (OPENED + ROBOTS_TRACEBACK, None, jobs.FAILED, "killed or crashed"),
    (OPENED + "2026-12-02 12:05:00 [twisted] CRITICAL: Unhandled error in Deferred:\n" + CLOSED.format("finished"),
     None, jobs.FAILED, "Unhandled error in Deferred"),
    (OPENED + CLOSED.format("shutdown"), None, jobs.FAILED, "stopped early: shutdown"),
    (OPENED + CLOSED.format("closespider_timeout"), None, jobs.FAILED, "closespider_timeout"),
    (OPENED + ROBOTS_TRACEBACK + CLOSED.format("finished") + HEALTH_OK, None, jobs.OK, "health ok"),
    (OPENED + CLOSED.format("finished") + HEALTH_BAD, None, jobs.UNHEALTHY, "the network, not the schools"),
    (OPENED + CLOSED.format("finished"), None, jobs.OK, "no health verdict"),
])
def test_a_finished_job_is_judged_from_its_log(log, side, status, words):
    judged = jobs.classify_finished(log, side)
    assert judged.status == status
    assert words in judged.reason_en
    assert judged.reason_ru and judged.reason_ru != judged.reason_en


def test_the_side_file_health_wins_over_a_silent_log_and_gives_russian_reasons(tmp_path):
    (tmp_path / "tula_20261214T060000").mkdir()
    (tmp_path / "tula_20261214T060000" / "crawl.json").write_text(json.dumps({
        "crawl_id": "tula_20261214T060000", "finish_reason": "finished",
        "health": {"status": "unhealthy", "reasons_en": ["most sites unreachable"],
                   "reasons_ru": ["большинство сайтов недоступно"]}}), encoding="utf-8")
    side = jobs.read_side_file(tmp_path, "tula_20261214T060000")
    judged = jobs.classify_finished(OPENED + CLOSED.format("finished"), side)
    assert judged == jobs.JobStatus(jobs.UNHEALTHY, "большинство сайтов недоступно", "most sites unreachable")
    assert jobs.read_side_file(tmp_path, "other") is None


def test_an_unreadable_side_file_is_said_not_ignored(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "crawl.json").write_text("{not json", encoding="utf-8")
    judged = jobs.classify_finished(OPENED + CLOSED.format("finished"), jobs.read_side_file(tmp_path, "x"))
    assert judged.status == jobs.UNHEALTHY and "unreadable" in judged.reason_en


def test_the_newest_job_of_each_region_decides_the_exit_code(tmp_path):
    logs = {"/logs/a.log": OPENED + CLOSED.format("finished") + HEALTH_OK, "/logs/b.log": OPENED}
    listed = {
        "finished": [
            {"id": "tula_20261201T060000", "start_time": "2026-12-01 06:00:00", "log_url": "/logs/b.log"},
            {"id": "tula_20261205T060000", "start_time": "2026-12-05 06:00:00", "log_url": "/logs/a.log"},
            {"id": "orel_20261205T060000", "start_time": "2026-12-05 06:00:01", "log_url": "/logs/b.log"},
            {"id": "kursk_20261205T060000", "start_time": "2026-12-05 06:00:02", "log_url": "/logs/b.log"},
        ],
        "running": [{"id": "kursk_20261206T060000", "start_time": "2026-12-06 06:00:00", "pid": 42}],
        "pending": [{"id": "tula_20261206T060000"}],
    }
    lines = jobs.job_lines(listed, logs.get, tmp_path)
    assert [line.job_id for line in lines][-1] == "tula_20261206T060000"  # pending: newest
    by_id = {line.job_id: line.status.status for line in lines}
    assert by_id["tula_20261201T060000"] == jobs.FAILED and by_id["kursk_20261206T060000"] == jobs.RUNNING
    # tula failed once, then succeeded; kursk failed, then runs again; orel's newest job failed
    assert jobs.failing_regions(lines) == ["orel"]
    table = jobs.render(lines)
    assert "сбой / failed" in table and "идёт / running" in table
