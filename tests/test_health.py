"""The crawl health verdict, the progress line and the latest index, on plain data."""
from __future__ import annotations

import json
import threading

import pytest
from scrapy.settings import Settings

from tochka.ops.health import HealthLimits, assess
from tochka.ops.outputs import crawl_folder, merge_latest, update_latest
from tochka.ops.progress import Snapshot, format_eta, progress_line


def crawl_stats(**extra) -> dict:
    """The stats of a healthy crawl of ten schools, one of them unreachable."""
    return {
        "finish_reason": "finished", "tochka/seeds_total": 11, "tochka/reports": 11,
        "tochka/seed_rows_reported": 11, "tochka/reports/ok": 9, "tochka/reports/unreachable": 1,
        "tochka/reports/bad_seed": 1, "downloader/response_status_count/200": 400,
        "downloader/response_status_count/404": 30, "downloader/response_status_count/503": 5,
        "tochka/reports_budget_exhausted": 2, **extra,
    }


def test_a_normal_crawl_is_ok():
    health = assess(crawl_stats())
    assert health.status == "ok" and health.log_line() == "crawl health: ok"
    assert health.checks["seeds_reports"]["missing"] == 0
    assert health.checks["http_errors"]["statuses"] == {"200": 400, "404": 30, "503": 5}


def test_most_sites_unreachable_blames_the_network_in_both_languages():
    stats = crawl_stats(**{"tochka/reports/ok": 1, "tochka/reports/unreachable": 9,
                           "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError": 27})
    health = assess(stats)
    assert health.status == "unhealthy"
    assert health.reasons_en == ["9 of 10 sites unreachable (90%) (mostly ConnectionRefusedError: 27): the "
                                 "crawler's network or proxy is the likely cause, not the schools"]
    assert "не работает сеть или прокси краулера" in health.reasons_ru[0]
    assert health.log_line().startswith("crawl health: unhealthy: 9 of 10 sites unreachable")
    assert health.checks["unreachable"]["exceptions"] == {"ConnectionRefusedError": 27}


def test_too_few_schools_are_not_judged_by_share():
    stats = {"finish_reason": "finished", "tochka/seeds_total": 2, "tochka/seed_rows_reported": 2,
             "tochka/reports": 2, "tochka/reports/unreachable": 2}
    health = assess(stats)
    assert health.ok and health.checks["unreachable"]["judged"] is False


@pytest.mark.parametrize("extra, phrase", [
    ({"finish_reason": "shutdown"}, "did not finish normally (finish reason: shutdown)"),
    ({"tochka/seed_rows_reported": 9}, "2 of 11 seed rows have no report"),
    ({"tochka/seed_rows_reported_twice": 1}, "1 seed rows have more than one report"),
    ({"downloader/response_status_count/502": 600}, "HTTP answers were server errors or rate limits (502: 600"),
    ({"tochka/reports_budget_exhausted": 6}, "6 of 9 schools hit the page budget"),
    ({"item_dropped_count": 1}, "1 items were dropped"),
    ({"tochka/rendered": 10, "tochka/rendered_responses": 5}, "5 of 10 renders failed"),
    ({"mongo/spilled": 40}, "40 MongoDB writes failed and were spilled"),
])
def test_each_check_can_fail_the_crawl(extra, phrase):
    health = assess(crawl_stats(**extra))
    assert health.status == "unhealthy"
    assert len(health.reasons_en) == len(health.reasons_ru) == 1 and phrase in health.reasons_en[0]
    assert health.reasons_ru[0] and health.reasons_ru[0] != health.reasons_en[0]


def test_finish_reason_given_at_close_wins_over_the_stat():
    assert assess(crawl_stats(finish_reason=None), finish_reason="finished").ok


def test_seeds_total_missing_leaves_that_check_unjudged():
    stats = crawl_stats()
    del stats["tochka/seeds_total"]
    assert assess(stats).checks["seeds_reports"] == {"seeds": None, "reports": 11, "rows_reported": 11,
                                                     "rows_reported_twice": 0, "ok": True, "judged": False}


def test_limits_come_from_settings():
    limits = HealthLimits.from_settings(Settings({"TOCHKA_HEALTH_MAX_UNREACHABLE_SHARE": "0.05",
                                                  "TOCHKA_HEALTH_MIN_SCHOOLS": "20"}))
    assert (limits.max_unreachable_share, limits.min_schools) == (0.05, 20)
    stats = crawl_stats()
    assert assess(stats, HealthLimits(max_unreachable_share=0.05)).status == "unhealthy"
    assert assess(stats, limits).ok  # ten schools: too few to judge under that limit


def test_progress_line_reads_like_the_issue():
    line = progress_line(Snapshot(done=412, total=1250, pages=9870, errors=12, elapsed=412 * 0.5,
                                  pages_per_second=38.2))
    assert line == "ход проверки: 412/1 250 школ (32%), 9 870 страниц, 38 стр/с, ошибок 12, осталось ≈ 7 мин"


def test_progress_before_the_first_school_and_without_a_total():
    assert progress_line(Snapshot(0, 30, 5, 0, 3.0, 1.7)).endswith("осталось: оценка после первых школ")
    assert progress_line(Snapshot(3, None, 5, 1, 3.0, 1.0)).startswith("ход проверки: 3 школ, 5 страниц")
    assert progress_line(Snapshot(30, 30, 500, 1, 60.0, 1.0)).endswith("осталось: завершение")
    assert [format_eta(s) for s in (20, 400, 3 * 3600 + 300)] == ["< 1 мин", "≈ 7 мин", "≈ 3 ч 05 мин"]


def test_crawl_folder_is_one_safe_path_component():
    assert crawl_folder("schools_2023-12-13_20261202T120447") == "schools_2023-12-13_20261202T120447"
    assert crawl_folder("../../etc/passwd") == "_.._etc_passwd"
    assert crawl_folder("Пермь май") == "_" * 9
    assert crawl_folder("...") == "crawl"


def record(crawl_id: str, started: str, regions: list[str], status: str = "ok") -> dict:
    return {"crawl_id": crawl_id, "folder": crawl_id, "started_at": started, "finished_at": started + "+",
            "regions": regions, "health": {"status": status}}


def test_latest_index_keeps_the_newest_start_per_region_and_the_newest_healthy_one():
    index = merge_latest({}, record("a1", "2026-12-02T10:00:00", ["Пермский край"]))
    index = merge_latest(index, record("b1", "2026-12-02T10:05:00", ["Томская область"]))
    index = merge_latest(index, record("a2", "2026-12-02T11:00:00", ["Пермский край"], "unhealthy"))
    # an older crawl finishing late does not take the region back
    index = merge_latest(index, record("a0", "2026-12-02T09:00:00", ["Пермский край"]))
    perm, tomsk = index["regions"]["Пермский край"], index["regions"]["Томская область"]
    assert (perm["crawl_id"], perm["health"], perm["last_healthy"]["crawl_id"]) == ("a2", "unhealthy", "a1")
    assert (tomsk["crawl_id"], tomsk["folder"], tomsk["last_healthy"]["crawl_id"]) == ("b1", "b1", "b1")


def test_latest_index_updates_from_two_crawls_at_once_both_land(tmp_path):
    crawls = [record(f"c{i}", f"2026-12-02T10:00:{i:02d}", [f"region {i}"]) for i in range(8)]
    threads = [threading.Thread(target=update_latest, args=(tmp_path, r)) for r in crawls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    index = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert sorted(index["regions"]) == [f"region {i}" for i in range(8)]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".latest.json.")] == [".latest.json.lock"]
