"""``make bench-scale`` (bench/scale.py): a smoke run over a few dozen generated sites with the
real nginx and the real spider, and the arithmetic of its figures."""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from bench import scale
from bench.run import PROJECT, Crawl

LAST_LINE = re.compile(r"bench-scale: sites=36 pages_per_s=\d+\.\d schools_per_min=\d+ peak_rss_mb=\d+ "
                       r"rss_growth=[+-]\d+\.\d%")


def _has_nginx() -> bool:
    return shutil.which("nginx") is not None or os.path.exists("/usr/sbin/nginx")


def _can_run_workers() -> bool:
    return shutil.which("redis-server") is not None and (PROJECT / "scripts" / "redis.sh").is_file()


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def work():
    """A work folder nginx's workers can read: they run as nobody, and pytest's tmp_path is 0700."""
    base = PROJECT / ".run"
    base.mkdir(exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix="test-bench-scale-", dir=base))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.skipif(not _has_nginx(), reason="nginx is not installed (apt-get install nginx)")
def test_smoke_run_reports_every_school_samples_rss_and_ends_with_the_summary(work, monkeypatch, capsys):
    monkeypatch.setattr(scale, "WORK", work)
    # few schools in flight, so that they finish one by one and RSS is sampled along the way
    monkeypatch.setenv("TOCHKA_MAX_ACTIVE_SCHOOLS", "6")
    workers = _can_run_workers()
    args = ["--sites", "36", "--reference-sites", "12", "--rss-step", "6", "--keep"]
    code = scale.main(args + ([] if workers else ["--no-workers"]))
    out = capsys.readouterr().out
    lines = out.strip().splitlines()

    assert LAST_LINE.fullmatch(lines[-1]), lines[-1]
    # tiny runs are noisy: a missed bar is allowed here, but it must be said, and no crawl failed
    assert code == (1 if "below the bar" in out else 0)
    assert "failed" not in out
    reference = _lines(work / "feeds" / "reference" / "scale-reference" / "reports.jsonl")
    full = _lines(work / "feeds" / "scale" / "scale-scale" / "reports.jsonl")
    assert [r["school_id"] for r in reference] and len(reference) == 12
    assert sorted(r["school_id"] for r in full) == [f"bench-{k:04d}" for k in range(1, 37)]
    # small sites still give the spider its whole job: the section, a dated timetable
    assert all(r["section"]["found"] for r in full)
    assert sum(r["schedule"]["status"] in ("current", "stale") for r in full) >= 30
    samples = next(line for line in lines if line.startswith("bench-scale: RSS by schools finished: "))
    assert re.search(r"\b6: \d+ MB, 12: \d+ MB", samples)
    assert re.search(r"^\s+0\.5s\s+64\.0\s", out, re.M) and re.search(r"^\s+1\.0s\s+32\.0\s", out, re.M)
    assert re.search(r"stages generate \d+ s, nginx \d+ s, reference \d+ s, scale \d+ s", out)
    if workers:
        assert re.search(r"2 workers on this machine: worker1 [\d.]+ pages/s .* 36 merged reports", out)
    assert not (work / "nginx.pid").exists()  # nginx was stopped


def test_a_larger_web_generated_before_serves_a_smaller_run(tmp_path, monkeypatch, capsys):
    from bench.generate import ensure

    ensure(tmp_path, 5, small=True)
    seeds, reused = ensure(tmp_path, 3, small=True, larger_ok=True)
    subset = scale.first_sites(seeds, 3)
    assert reused and len(subset.read_text(encoding="utf-8").splitlines()) == 4  # the header and 3 rows
    assert scale.first_sites(subset, 3) == subset and len(subset.read_text(encoding="utf-8").splitlines()) == 4
    assert len(scale.first_sites(subset, 2).read_text(encoding="utf-8").splitlines()) == 3


def _watch_with(samples: list[tuple[int, float]], step: int = 1000) -> scale.CrawlWatch:
    watch = scale.CrawlWatch(Path("unused"), step)
    watch.samples = [scale.Sample(schools, rss, 0.0) for schools, rss in samples]
    return watch


def test_growth_compares_the_last_sample_with_the_one_at_5000_schools():
    watch = _watch_with([(k * 1000, 400.0 + k) for k in range(1, 21)])
    baseline, last = watch.growth(20_000)
    assert (baseline.schools, last.schools) == (5000, 20_000)
    # a smaller run: a quarter of it
    baseline, last = _watch_with([(k * 1000, 400.0) for k in range(1, 7)]).growth(6000)
    assert (baseline.schools, last.schools) == (1000, 6000)
    assert _watch_with([(1000, 400.0)]).growth(1000) is None


def test_watch_counts_only_complete_report_lines(tmp_path):
    feed = tmp_path / "reports.jsonl"
    watch = scale.CrawlWatch(feed, step=2)
    watch(os.getpid())
    assert watch.schools == 0  # no feed yet
    feed.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c":')
    watch(os.getpid())
    assert watch.schools == 2 and [s.schools for s in watch.samples] == [2]
    with feed.open("ab") as fh:
        fh.write(b' 3}\n{"d": 4}\n')
    watch(os.getpid())
    assert watch.schools == 4 and [s.schools for s in watch.samples] == [2, 4]
    assert watch.peak_mb > 10 and all(s.rss_mb > 10 for s in watch.samples)  # this test's own process


def test_network_rate_follows_the_production_politeness():
    polite = scale.Politeness(download_delay=0.25, autothrottle=True, target_concurrency=2.0, per_domain=2,
                              concurrent=32, active_schools=64)
    assert polite.delay(0.5) == 0.25 and polite.delay(1.0) == 0.5
    # 64 sites could take 4 pages/s each; 32 requests in flight of 0.5 s cap it at 64
    assert polite.network_rate(0.5) == 64.0 and polite.network_rate(1.0) == 32.0
    narrow = scale.Politeness(0.25, False, 2.0, 2, 32, 4)  # a window of 4 schools at 1 request per 0.25 s
    assert narrow.network_rate(1.0) == 8.0


def test_national_estimate_takes_the_slower_bound_and_divides_by_workers():
    polite = scale.Politeness(0.25, True, 2.0, 2, 32, 64)
    fast_cpu, slow_cpu = scale.national_estimates(150.0, polite), scale.national_estimates(20.0, polite)
    assert [e.bound for e in fast_cpu] == ["network", "network"]
    assert fast_cpu[0].hours[1] == pytest.approx(1_000_000 / 64 / 3600)
    assert fast_cpu[0].hours[4] == pytest.approx(fast_cpu[0].hours[1] / 4)
    assert [e.bound for e in slow_cpu] == ["cpu", "cpu"]
    assert slow_cpu[1].hours[2] == pytest.approx(1_000_000 / 20 / 2 / 3600)
    assert scale.hours_text(4.34) == "4 h 20 min"


def _measured(name: str, pages: int, elapsed: float, reports: int, peak: float, samples) -> scale.Measured:
    crawl = Crawl(name, stats={"response_received_count": pages, "elapsed_time_seconds": elapsed,
                               "finish_reason": "finished", "tochka/reports": reports})
    watch = _watch_with(samples)
    watch.peak_mb = peak
    return scale.Measured(crawl, watch)


def test_bars_name_what_was_missed():
    reference = _measured("reference", 5000, 40.0, 500, 300.0, [])
    flat = [(k * 1000, 500.0) for k in range(1, 21)]
    good = _measured("scale", 200_000, 1700.0, 20_000, 520.0, flat)
    assert scale.bars_missed(good, reference, 20_000) == []
    growing = [(k * 1000, 400.0 + 20 * k) for k in range(1, 21)]
    bad = _measured("scale", 200_000, 2000.0, 19_990, 1600.0, growing)
    missed = scale.bars_missed(bad, reference, 20_000)
    assert len(missed) == 4
    assert "19990 school reports for 20000 sites" in missed[0]
    assert "peak RSS 1600 MB >= 1536 MB" in missed[1]
    assert "RSS 800 MB at 20000 schools is not within 15% of 500 MB at 5000" in missed[2]
    assert "100.0 pages/s < 85% of the 125.0" in missed[3]
    assert scale.summary_line(20_000, good) == (
        "bench-scale: sites=20000 pages_per_s=117.6 schools_per_min=706 peak_rss_mb=520 rss_growth=+0.0%")
