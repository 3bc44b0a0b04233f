"""scrapyd for real: started by scripts/scrapyd.sh on a free loopback port with basic auth,
the egg deployed with scrapyd-deploy, crawls of the fixture web scheduled by
``python -m tochka.schedule`` through schedule.json, and judged by ``python -m tochka.jobs``."""
from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

import pytest

from tests.fixtureweb.evaluate import FAST_SETTINGS
from tests.fixtureweb.kit import AS_OF, YEAR, Site
from tests.fixtureweb.registry import all_sites, write_seeds
from tests.fixtureweb.server import FixtureWebServer

pytestmark = pytest.mark.scrapyd

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "scrapyd.sh"
FAST_IDS = ("a08", "a19", "a10", "a14")
SLOW_HOST = "sosh-medlennaya.ru"
SLOW_SECONDS = 40  # the slow school's home page answers after this; the job is killed long before
WAIT_SECONDS = 120
MONGO_DB = "scrapyd_jobs"


def slow_site() -> Site:
    site = Site(SLOW_HOST, {"id": "s01", "name": "МБОУ «Медленная СОШ»", "region": "Тестовая область",
                            "url": f"https://{SLOW_HOST}/", "center_type": "", "municipality": "",
                            "section_url": ""}, {}, "home page answers after 40 s")
    site.page("/", "<html><body><h1>Школа</h1></body></html>", delay=SLOW_SECONDS)
    return site


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def schedule_toml(seeds_fast: Path, seeds_slow: Path, exports: Path, slow_exports: Path, mongo_uri: str) -> str:
    settings = {**FAST_SETTINGS, "MONGO_URI": mongo_uri, "MONGO_DATABASE": MONGO_DB}
    fast_settings = ", ".join(f'{name} = "{value}"' for name, value in settings.items())
    return f"""
[defaults]
export_dir = "{exports}"

[regions.fast]
seeds = "{seeds_fast}"
monthly_day = 2
as_of = "{AS_OF.isoformat()}"
year = "{YEAR}"
settings = {{ {fast_settings} }}

[regions.slow]
seeds = "{seeds_slow}"
monthly_day = 3
settings = {{ TOCHKA_EXPORT_DIR = "{slow_exports}", DOWNLOAD_TIMEOUT = "90", RETRY_TIMES = "0" }}

[regions.weekly]
seeds = "{seeds_fast}"
reporting_dates = ["01-20"]
weekly_weeks_before = 3
weekly_weekday = "monday"

[regions.idle]
seeds = "{seeds_fast}"
monthly_day = 20
"""


class Scrapyd:
    """The test's scrapyd: its URL, credentials, directories and the tools' environment."""

    def __init__(self, tmp: Path, web: FixtureWebServer, mongo_uri: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.rundir = tmp / "scrapyd"
        self.username, self.password = "tester", secrets.token_urlsafe(12)
        self.env = {**os.environ, "TOCHKA_SCRAPYD_URL": self.url, "TOCHKA_SCRAPYD_USERNAME": self.username,
                    "TOCHKA_SCRAPYD_PASSWORD": self.password,
                    # never the user's own credentials file, even by accident
                    "TOCHKA_SCRAPYD_CREDENTIALS": str(tmp / "no-credentials.env")}
        # scrapyd hands its environment to the jobs: they reach the fixture web through its proxy
        self.job_env = {**self.env, "http_proxy": web.proxy_url, "https_proxy": web.proxy_url, "no_proxy": ""}
        self.job_env.pop("NO_PROXY", None)
        exports = tmp / "exports"
        self.exports, self.slow_exports = exports, tmp / "slow-exports"
        sites = {s.seed["id"]: s for s in all_sites()}
        self.fast_ids = FAST_IDS
        seeds_fast = write_seeds(tmp / "fast.csv", [sites[i] for i in FAST_IDS])
        seeds_slow = write_seeds(tmp / "slow.csv", [slow_site()])
        self.schedule = tmp / "schedule.toml"
        self.schedule.write_text(schedule_toml(seeds_fast, seeds_slow, exports, self.slow_exports, mongo_uri), encoding="utf-8")

    def script(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(SCRIPT), *args], env=self.job_env, capture_output=True, text=True,
                              timeout=120, cwd=ROOT)

    def tool(self, module: str, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", module, "--schedule", str(self.schedule), *args],
                              env=self.env, capture_output=True, text=True, timeout=120, cwd=ROOT)

    def get(self, path: str, auth: bool = True) -> dict:
        request = urllib.request.Request(self.url + path)
        if auth:
            token = b64encode(f"{self.username}:{self.password}".encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=10) as response:
            return json.loads(response.read())

    def jobs(self) -> dict:
        return self.get("/listjobs.json?project=tochka")

    def wait_for(self, job_id: str, state: str) -> dict:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            found = [job for job in self.jobs()[state] if job["id"] == job_id]
            if found:
                return found[0]
            time.sleep(0.5)
        raise AssertionError(f"job {job_id} not {state} after {WAIT_SECONDS} s: {self.jobs()}")

    def log(self, job_id: str) -> str:
        path = self.rundir / "logs" / "tochka" / "schools" / f"{job_id}.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory, mongo_server):
    tmp = tmp_path_factory.mktemp("scrapyd")
    sites = {s.seed["id"]: s for s in all_sites()}
    with FixtureWebServer([*(sites[i] for i in FAST_IDS), slow_site()]) as web:
        server = Scrapyd(tmp, web, mongo_server.uri)
        started = server.script("start", str(server.port), str(server.rundir))
        assert started.returncode == 0, started.stderr
        try:
            server.deployed = server.script("deploy", str(server.rundir))
            yield server
        finally:
            stopped = server.script("stop", str(server.rundir))
            assert stopped.returncode == 0, stopped.stderr


def started_job(result: subprocess.CompletedProcess, region: str) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(rf"^{region}: запущено задание ({region}_\d{{8}}T\d{{6}})", result.stdout, re.M)
    assert match, result.stdout
    return match[1]


def test_a_request_without_credentials_is_refused(scrapyd):
    with pytest.raises(urllib.error.HTTPError) as refused:
        scrapyd.get("/daemonstatus.json", auth=False)
    assert refused.value.code == 401
    assert scrapyd.get("/daemonstatus.json")["status"] == "ok"


def test_scrapyd_deploy_uploads_the_egg_and_leaves_no_build_files(scrapyd):
    assert scrapyd.deployed.returncode == 0, scrapyd.deployed.stderr
    assert '"status": "ok"' in scrapyd.deployed.stdout
    assert scrapyd.get("/listspiders.json?project=tochka")["spiders"] == ["schools"]
    assert not (ROOT / "build").exists()


def test_a_scheduled_crawl_leaves_one_report_per_seed_in_the_job_feed_and_mongodb(scrapyd, mongo_server):
    job_id = started_job(scrapyd.tool("tochka.schedule", "--date", "2030-01-02"), "fast")
    finished = scrapyd.wait_for(job_id, "finished")
    assert finished["items_url"] is None  # items_dir is empty: the project's FEEDS are in charge
    # the feeds' folder is the crawl id once crawls get their own folders; the crawl date before
    feeds = sorted(scrapyd.exports.glob(f"{job_id}/reports.jsonl")) or sorted(scrapyd.exports.glob("*/reports.jsonl"))
    assert len(feeds) == 1, scrapyd.log(job_id)[-3000:]
    reports = [json.loads(line) for line in feeds[0].read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(r["school_id"] for r in reports) == sorted(scrapyd.fast_ids)
    assert {r["crawl_id"] for r in reports} == {job_id}
    with mongo_server.client() as client:
        stored = client[MONGO_DB]["school_reports"].find({"crawl_id": job_id}, {"school_id": 1})
        assert sorted(doc["school_id"] for doc in stored) == sorted(scrapyd.fast_ids)
    status = scrapyd.tool("tochka.jobs")
    line = next(line for line in status.stdout.splitlines() if job_id in line)
    assert "finished ok" in line, status.stdout


def test_the_dry_run_prints_the_regions_due_on_a_day_and_starts_nothing(scrapyd):
    before = scrapyd.jobs()
    result = scrapyd.tool("tochka.schedule", "--date", "2030-01-07", "--dry-run")  # a Monday
    assert result.returncode == 0, result.stderr
    assert re.search(r"^weekly: будет запущено задание weekly_\d{8}T\d{6} \(еженедельно перед отчётной датой "
                     r"20\.01\.2030.*/ would start job", result.stdout, re.M), result.stdout
    assert not re.search(r"^(fast|slow|idle):", result.stdout, re.M)
    assert scrapyd.jobs() == before


def test_a_running_region_gets_no_second_job_and_a_killed_job_is_reported_failed(scrapyd):
    job_id = started_job(scrapyd.tool("tochka.schedule", "--date", "2030-01-03"), "slow")
    running = scrapyd.wait_for(job_id, "running")
    deadline = time.monotonic() + WAIT_SECONDS
    while "Spider opened" not in scrapyd.log(job_id) and time.monotonic() < deadline:
        time.sleep(0.5)
    for extra in ((), ("--dry-run",)):
        again = scrapyd.tool("tochka.schedule", "--date", "2030-01-03", *extra)
        assert again.returncode == 0, again.stderr
        assert f"slow: не запущено: задание {job_id} уже идёт / not started: job {job_id} is already running" \
            in again.stdout
    assert [j["id"] for state in ("pending", "running") for j in scrapyd.jobs()[state]] == [job_id]

    os.kill(running["pid"], signal.SIGKILL)
    scrapyd.wait_for(job_id, "finished")  # scrapyd's word: "finished", with no error
    status = scrapyd.tool("tochka.jobs")
    assert status.returncode == 1, status.stdout + status.stderr
    line = next(line for line in status.stdout.splitlines() if job_id in line)
    assert "сбой / failed" in line and "killed or crashed" in line and "убит или упал" in line
    assert "the newest job failed: slow" in status.stdout


def test_deploy_fails_loudly_when_scrapyd_cannot_import_a_dependency(tmp_path):
    """scrapyd answers 200 with status "error" when the egg's spiders cannot load there; a
    package directory that raises ImportError, put first on scrapyd's PYTHONPATH, stands in
    for a dependency missing from scrapyd's environment."""
    missing = tmp_path / "mock_missing_dependency" / "dateparser"
    missing.mkdir(parents=True)
    (missing / "__init__.py").write_text("raise ImportError('No module named dateparser (mock)')\n", encoding="utf-8")
    port = free_port()
    env = {**os.environ, "TOCHKA_SCRAPYD_URL": f"http://127.0.0.1:{port}", "TOCHKA_SCRAPYD_USERNAME": "tester",
           "TOCHKA_SCRAPYD_PASSWORD": secrets.token_urlsafe(12), "PYTHONPATH": str(missing.parent),
           "TOCHKA_SCRAPYD_CREDENTIALS": str(tmp_path / "no-credentials.env")}
    rundir = str(tmp_path / "scrapyd")

    def script(*args):
        return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120,
                              cwd=ROOT)

    assert script("start", str(port), rundir).returncode == 0
    try:
        deployed = script("deploy", rundir)
    finally:
        assert script("stop", rundir).returncode == 0
    assert deployed.returncode == 1
    assert "could not load the project's spiders" in deployed.stderr and "dateparser" in deployed.stdout
