"""Crawl the fixture web with the real spider and score its verdicts per check.

    python -m tests.fixtureweb.evaluate [--only ID ...] [--keep DIR]

Prints one row per school where a check disagrees with the site's expected verdicts,
then the accuracy of each check; the last line reads
``eval: reachable=… section=… schedule=… publications=… recommendations=… all=…``.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tochka.urls import canonical

from .kit import AS_OF, YEAR
from .registry import all_sites, bad_rows, expected_by_id, holdout_sites, write_seeds
from .server import FixtureWebServer
from .sites.c_javascript import UNRENDERED

ROOT = Path(__file__).resolve().parents[2]
# check name -> (expected key, how to read the same fact from a report)
CHECKS = {
    "reachable": ("reachable", lambda r: bool(r.get("reachable"))),
    "section": ("section_found", lambda r: bool(r.get("section", {}).get("found"))),
    "schedule": ("schedule_status", lambda r: r.get("schedule", {}).get("status")),
    "publications": ("has_publications", lambda r: r.get("publications", {}).get("count", 0) > 0),
    "recommendations": ("recommendations_current", lambda r: bool(r.get("documents", {}).get("recommendations_current"))),
}
EXTRA = {
    "status": lambda r: r.get("status"),
    "section_url": lambda r: r.get("section", {}).get("url"),
    "publications_count": lambda r: r.get("publications", {}).get("count", 0),
    "violations": lambda r: sorted({v["code"] for v in r.get("violations", [])}),
    "subsections": lambda r: sorted(r.get("subsections", [])),
}
# Settings that make a test crawl quick without changing what it decides.
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "0", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS": "64",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "DOWNLOAD_TIMEOUT": "6", "RETRY_TIMES": "1", "LOG_LEVEL": "INFO",
}


def crawl_command(seeds: Path, out_dir: Path, settings: dict | None = None) -> list[str]:
    """The `scrapy crawl schools` command line of a test crawl, logging to ``out_dir``/crawl.log."""
    args = [str(ROOT / ".venv" / "bin" / "scrapy") if (ROOT / ".venv" / "bin" / "scrapy").exists() else "scrapy",
            "crawl", "schools", "-a", f"seeds={seeds}", "-a", f"as_of={AS_OF.isoformat()}", "-a", f"year={YEAR}",
            "-s", f"TOCHKA_EXPORT_DIR={out_dir}", "-s", f"LOG_FILE={out_dir / 'crawl.log'}"]
    for name, value in {**FAST_SETTINGS, **(settings or {})}.items():
        args += ["-s", f"{name}={value}"]
    out_dir.mkdir(parents=True, exist_ok=True)
    return args


def crawl_env(proxy_url: str, env: dict | None = None) -> dict:
    """The environment of a test crawl: every request through ``proxy_url``; ``env`` adds to it."""
    env = {**os.environ, "http_proxy": proxy_url, "https_proxy": proxy_url, "no_proxy": "", **(env or {})}
    env.pop("NO_PROXY", None)
    return env


def newest_reports(out_dir: Path) -> list[dict]:
    """The school reports of the newest crawl in ``out_dir`` (each crawl writes its own folder)."""
    reports_files = sorted(out_dir.glob("*/reports.jsonl"), key=lambda path: path.stat().st_mtime)
    if not reports_files:
        return []
    with reports_files[-1].open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_crawl(seeds: Path, proxy_url: str, out_dir: Path, settings: dict | None = None,
              env: dict | None = None) -> tuple[int, list[dict]]:
    """`scrapy crawl schools` as a user runs it; returns (exit code, school reports of this crawl).
    ``env`` adds to or overrides the environment (e.g. ``no_proxy``)."""
    proc = subprocess.run(crawl_command(seeds, out_dir, settings), cwd=ROOT, env=crawl_env(proxy_url, env),
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
    return proc.returncode, newest_reports(out_dir)


def compare(report: dict, expected: dict) -> dict[str, tuple]:
    """check -> (expected, got) for every check and extra key that disagrees."""
    wrong = {}
    for check, (key, read) in CHECKS.items():
        if key in expected and read(report) != expected[key]:
            wrong[check] = (expected[key], read(report))
    for key, read in EXTRA.items():
        if key not in expected:
            continue
        want, got = expected[key], read(report)
        if key == "violations":
            want = sorted(set(want))
        if key == "subsections":
            if not set(want) <= set(got):
                wrong[key] = (want, got)
            continue
        if key == "section_url" and got and want and canonical(got) == canonical(want):
            continue
        if want != got:
            wrong[key] = (want, got)
    return wrong


def accuracy(reports: list[dict], expected: dict[str, dict]) -> tuple[dict[str, float], dict[str, dict]]:
    """Share of schools each check gets right, and the disagreements per school id."""
    by_id = {}
    for report in reports:
        # a duplicated seed row reports bad_seed under the id of the row that was crawled
        if report["school_id"] not in by_id or by_id[report["school_id"]]["status"] == "bad_seed":
            by_id[report["school_id"]] = report
    scores, misses = {}, {}
    for sid, want in expected.items():
        report = by_id.get(sid)
        misses[sid] = compare(report, want) if report else {"missing report": (True, False)}
    for check, (key, _) in CHECKS.items():
        judged = [sid for sid, want in expected.items() if key in want]
        right = [sid for sid in judged if check not in misses[sid] and "missing report" not in misses[sid]]
        scores[check] = len(right) / len(judged) if judged else 1.0
    return scores, {sid: m for sid, m in misses.items() if m}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the spider's verdicts on the fixture web")
    parser.add_argument("--only", nargs="*", help="seed ids to crawl (default: every site and broken row)")
    parser.add_argument("--holdout", action="store_true",
                        help="score the newest hold-out (tests/fixtureweb/holdout/) instead of the fixture web")
    parser.add_argument("--keep", help="directory for the exports (default: a temporary one)")
    parser.add_argument("--splash-url", help="render JavaScript-built pages with this Splash server")
    parser.add_argument("--chromium", action="store_true",
                        help="render JavaScript-built pages with Chromium (RENDERER=playwright)")
    args = parser.parse_args(argv)
    pool = holdout_sites() if args.holdout else all_sites()
    sites = [s for s in pool if not args.only or s.seed["id"] in args.only]
    wanted = {s.seed["id"] for s in sites}
    expected = ({s.seed["id"]: s.expected for s in sites} if args.holdout else
                {sid: e for sid, e in expected_by_id().items() if not args.only or sid in args.only})
    if args.only:
        expected = {sid: e for sid, e in expected.items() if sid in wanted or sid in args.only}
    out_dir = Path(args.keep or tempfile.mkdtemp(prefix="tochka-eval-"))
    seeds = write_seeds(out_dir / "seeds.csv", sites, [] if args.only or args.holdout else bad_rows())
    settings = ({"RENDERER": "splash", "SPLASH_URL": args.splash_url} if args.splash_url
                else {"RENDERER": "playwright"} if args.chromium else {})
    with FixtureWebServer(sites if args.holdout else None) as web:
        code, reports = run_crawl(seeds, web.proxy_url, out_dir, settings)
    if not settings:
        # without a renderer, a JavaScript-built site is right when it is flagged, not judged
        script_built = {s.seed["id"] for s in sites if s.notes.startswith(UNRENDERED.split("{")[0])
                        or UNRENDERED.split("{")[0] in s.notes}
        flagged = {r["school_id"] for r in reports if "needs_rendering" in r.get("incomplete", [])}
        print(f"JavaScript-built sites flagged needs_rendering: {len(script_built & flagged)} of "
              f"{len(script_built)} (judged only with a renderer)")
        expected = {sid: e for sid, e in expected.items() if sid not in script_built}
    scores, misses = accuracy(reports, expected)
    for sid, wrong in sorted(misses.items()):
        print(f"{sid}: " + "; ".join(f"{k}: expected {w!r}, got {g!r}" for k, (w, g) in wrong.items()))
    print(f"\nschools: {len(expected)}, reports: {len(reports)}, crawl exit code: {code}, exports: {out_dir}")
    for check, share in scores.items():
        print(f"  {check:<16} {share:6.1%}")
    all_right = sum(1 for sid in expected if not any(k in CHECKS for k in misses.get(sid, {}))
                    and "missing report" not in misses.get(sid, {}))
    counted = [sid for sid, want in expected.items() if "publications_count" in want]
    by_id = {r["school_id"]: r for r in reports if r.get("status") != "bad_seed"}
    near = [sid for sid in counted if sid in by_id and abs(
        EXTRA["publications_count"](by_id[sid]) - expected[sid]["publications_count"]) <= 1]
    if counted:
        print(f"  {'count ±1':<16} {len(near) / len(counted):6.1%}")
    summary = " ".join(f"{check}={share:.3f}" for check, share in scores.items())
    print(f"eval: {summary} count_pm1={len(near) / max(1, len(counted)):.3f} "
          f"all={all_right / max(1, len(expected)):.3f}")
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
