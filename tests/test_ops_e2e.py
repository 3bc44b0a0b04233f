"""Running crawls unattended, end to end with `scrapy crawl schools` over the fixture web:
per-crawl folders and the latest index, one report per seed row in every store, the
health line and exit code, and no request into the crawler's own network."""
from __future__ import annotations

import concurrent.futures
import fcntl
import json
import os
import pty
import struct
import subprocess
import termios
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.fixtureweb.evaluate import ROOT, crawl_command, crawl_env, run_crawl
from tests.fixtureweb.registry import all_sites, bad_rows, site_by_id, write_seeds
from tests.fixtureweb.server import FixtureWebServer
from tests.fixtureweb.sites.g_internal import build_sites
from tests.mongo_server import free_port
from tochka import mongo

pytestmark = pytest.mark.e2e

FEED_FILES = ("reports.jsonl", "pages.jsonl", "reports.csv", "crawl.json")
UNHEALTHY_EXIT_CODE = 3


def health_line(out: Path) -> str:
    """The last line of the crawl log (crawls into one folder append to it): the health line."""
    last = (out / "crawl.log").read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)[-1]
    assert "[tochka.health]" in last, last
    return last


def crawl_folders(out: Path) -> list[Path]:
    return sorted((p.parent for p in out.glob("*/crawl.json")), key=lambda p: p.stat().st_mtime)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_two_regions_then_a_rerun_on_one_day_leave_three_complete_sets(fixture_web, tmp_path):
    perm = [site_by_id("b09")]
    tambov = [site_by_id("a19"), *[s for s in all_sites() if s.seed["region"] == "Тамбовская область"
                                    and s.seed["id"] != "a19"][:1]]
    assert {s.seed["region"] for s in tambov} == {"Тамбовская область"}
    out = tmp_path / "exports"
    runs = []
    for name, sites in (("perm", perm), ("tambov", tambov), ("perm", perm)):
        seeds = write_seeds(tmp_path / f"{name}.csv", sites, [])
        code, reports = run_crawl(seeds, fixture_web.proxy_url, out)
        assert code == 0 and len(reports) == len(sites)
        assert health_line(out).endswith("[tochka.health] INFO: crawl health: ok")
        runs.append(reports[0]["crawl_id"])
    assert len(set(runs)) == 3
    folders = crawl_folders(out)
    assert [f.name for f in folders] == runs
    for folder, sites in zip(folders, (perm, tambov, perm)):
        assert all((folder / name).stat().st_size for name in FEED_FILES)
        assert sorted(r["school_id"] for r in read_jsonl(folder / "reports.jsonl")) == sorted(
            s.seed["id"] for s in sites)
        crawl = json.loads((folder / "crawl.json").read_text(encoding="utf-8"))
        assert crawl["crawl_id"] == folder.name and crawl["finish_reason"] == "finished"
        assert crawl["health"]["status"] == "ok" and crawl["seeds"]["rows"] == len(sites)
        assert crawl["regions"] == sorted({s.seed["region"] for s in sites})
    latest = json.loads((out / "latest.json").read_text(encoding="utf-8"))["regions"]
    assert latest["Пермский край"]["crawl_id"] == runs[2] and latest["Пермский край"]["folder"] == runs[2]
    assert latest["Тамбовская область"]["last_healthy"]["crawl_id"] == runs[1]


def test_duplicate_id_keeps_both_rows_reports_in_feeds_and_mongodb(fixture_web, mongo_server, tmp_path):
    duplicate = next(r for r in bad_rows() if r.seed_id == "b13")
    seeds = write_seeds(tmp_path / "seeds.csv", [site_by_id("b13")], [duplicate])
    code, reports = run_crawl(seeds, fixture_web.proxy_url, tmp_path / "out", {
        "MONGO_URI": mongo_server.uri, "MONGO_DATABASE": "t_duplicate", "MONGO_SPILL_DIR": str(tmp_path / "spill")})
    assert code == 0
    assert sorted((r["school_id"], r["status"], r["seed_line"]) for r in reports) == [
        ("b13", "bad_seed", 3), ("b13", "ok", 2)]
    stored = list(mongo.MongoQueries(mongo_server.client()["t_duplicate"]).crawl(reports[0]["crawl_id"]))
    assert sorted((d["school_id"], d["status"], d["seed_line"]) for d in stored) == [
        ("b13", "bad_seed", 3), ("b13", "ok", 2)]
    record = mongo_server.client()["t_duplicate"].crawls.find_one({"crawl_id": reports[0]["crawl_id"]})
    assert record["reports"] == 2 and record["health"]["status"] == "ok"
    assert record["health"]["checks"]["seeds_reports"]["rows_reported"] == 2


def test_crawl_through_a_dead_proxy_fails_loudly_and_blames_the_network(tmp_path):
    sites = [s for s in all_sites() if s.expected["reachable"]][:4]
    seeds = write_seeds(tmp_path / "seeds.csv", sites, [])
    dead_proxy = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    out = tmp_path / "out"
    code, reports = run_crawl(seeds, dead_proxy, out, {"RETRY_TIMES": "0"})
    assert code == UNHEALTHY_EXIT_CODE
    assert Counter(r["status"] for r in reports) == {"unreachable": len(sites)}
    line = health_line(out)
    assert "[tochka.health] ERROR: crawl health: unhealthy: 4 of 4 sites unreachable (100%)" in line
    assert "the crawler's network or proxy is the likely cause, not the schools" in line
    crawl = json.loads(next(out.glob("*/crawl.json")).read_text(encoding="utf-8"))
    assert crawl["health"]["status"] == "unhealthy"
    assert any("не работает сеть или прокси краулера" in reason for reason in crawl["health"]["reasons_ru"])
    assert any("ConnectionRefused" in name for name in crawl["health"]["checks"]["unreachable"]["exceptions"])


class _RecordingHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write("<html><body><h1>Внутренний сервис</h1></body></html>".encode())

    def log_message(self, format: str, *args) -> None:
        pass


@pytest.fixture
def internal_service():
    """A local service on 127.0.0.1 that records every request it gets."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RecordingHandler)
    server.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def crawl_internal_sites(service, tmp_path: Path, settings: dict | None = None) -> dict[str, dict]:
    sites = build_sites(service.server_address[1])
    seeds = write_seeds(tmp_path / "seeds.csv", sites, [])
    with FixtureWebServer(sites) as web:
        # loopback bypasses the proxy, as it does on a real machine: only the guard stands in the way
        code, reports = run_crawl(seeds, web.proxy_url, tmp_path / "out", settings,
                                  env={"no_proxy": "127.0.0.1,127.0.0.2,localhost"})
    assert code == 0
    return {r["school_id"]: r for r in reports}


def test_redirect_and_link_into_loopback_are_refused_and_named(internal_service, tmp_path):
    port = internal_service.server_address[1]
    reports = crawl_internal_sites(internal_service, tmp_path)
    assert internal_service.hits == []
    redirected, linked = reports["g01"], reports["g02"]
    assert redirected["status"] == "unreachable"
    assert redirected["reason_en"] == "internal address refused: 127.0.0.1 (loopback)"
    assert redirected["reason_ru"] == "адрес сайта ведёт во внутреннюю сеть; такие адреса не проверяются"
    assert redirected["crawl_notes"]["errors"] == {"internal address refused: 127.0.0.1 (loopback)": 1}
    assert linked["status"] == "ok" and not linked["section"]["found"]
    assert linked["crawl_notes"]["errors"]["internal address refused: 127.0.0.2 (loopback)"] == 1
    pages = read_jsonl(next((tmp_path / "out").glob("*/pages.jsonl")))
    assert not [p for p in pages if f":{port}/" in p["url"] and p["kind"] != "error"]


def test_the_guard_is_what_keeps_the_service_unreached(internal_service, tmp_path):
    """Control: with TOCHKA_ALLOW_INTERNAL_ADDRESSES the same crawl does reach the service."""
    crawl_internal_sites(internal_service, tmp_path, {"TOCHKA_ALLOW_INTERNAL_ADDRESSES": "1"})
    # robots.txt of the redirect's target goes straight to it (the page itself follows the
    # proxy the redirected request inherited, which answers 502 for an unknown host)
    assert internal_service.hits


def read_terminal(master: int) -> bytes:
    """Everything written to a pseudo-terminal until its other side is closed."""
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the crawl exited and the terminal's other side is gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_progress_bar_goes_to_a_terminal_only(fixture_web, tmp_path):
    sites = [site_by_id("b09"), site_by_id("a19")]
    seeds = write_seeds(tmp_path / "seeds.csv", sites, [])
    out = tmp_path / "out"
    master, slave = pty.openpty()
    # a terminal of 120 columns (a bare pseudo-terminal has none, and tqdm draws into the width)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen(crawl_command(seeds, out), cwd=ROOT, env=crawl_env(fixture_web.proxy_url),
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    reader = concurrent.futures.ThreadPoolExecutor(1).submit(read_terminal, master)
    assert proc.wait(timeout=300) == 0
    terminal = reader.result(timeout=30).decode("utf-8", "replace")
    os.close(master)
    assert "школы: 100%" in terminal and "2/2" in terminal
    log = (out / "crawl.log").read_text(encoding="utf-8")
    assert "школы:" not in log and "\r" not in log
    assert all("школы:" not in path.read_text(encoding="utf-8-sig") for path in out.glob("*/*.*"))
    # not a terminal (run_crawl pipes stderr): no bar
    proc = subprocess.run(crawl_command(seeds, tmp_path / "piped"), cwd=ROOT, env=crawl_env(fixture_web.proxy_url),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "школы:" not in proc.stderr
