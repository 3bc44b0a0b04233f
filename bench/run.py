"""``make bench``: crawl a generated web of school sites with the full spider and with a bare
Scrapy spider, and compare their speed.

Steps: generate the web (reused when the same size and seed were generated before), serve it
with nginx dispatching on the host name, crawl it through ``http_proxy`` first with
``bench/bare_spider.py`` and then with ``scrapy crawl schools``, both with the same
settings overrides, and print a table. The last line is

    bench: full=<pages/s> bare=<pages/s> ratio=<full/bare> peak_rss_mb=<full crawl>

Pages/s is ``response_received_count / elapsed_time_seconds`` from the stats Scrapy dumps
when the spider closes. Peak RSS is the full crawl process's high-water mark, as the kernel
reports it when the process is reaped. The exit status is 1 when a crawl failed or the
issue's bar (ratio >= 0.7, peak RSS < 1 GB) is missed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import DEFAULT_SEED, ensure

PROJECT = Path(__file__).resolve().parent.parent
WORK = PROJECT / ".run" / "bench"
SCRAPY = PROJECT / ".venv" / "bin" / "scrapy"
AS_OF = "2023-12-13"
MIN_RATIO = 0.7
MAX_RSS_MB = 1024

# Both crawls get exactly these, so only the spider differs.
COMMON_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "ROBOTSTXT_OBEY": "True",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "DOWNLOAD_DELAY": "0",
    "HTTPCACHE_ENABLED": "False",
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "False",
}


@dataclass
class Crawl:
    name: str
    exit_code: int = 0
    peak_rss_mb: float = 0.0
    cpu_s: float = 0.0  # user + system time of the crawl process
    server_cpu_s: float = 0.0  # of the nginx workers meanwhile
    stats: dict = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def elapsed(self) -> float:
        return float(self.stats.get("elapsed_time_seconds", 0.0))

    @property
    def rate(self) -> float:
        return self.pages / self.elapsed if self.elapsed else 0.0

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and self.stats.get("finish_reason") == "finished" and self.pages > 0


# -- nginx ------------------------------------------------------------------------------
def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found:
        return found
    print("bench: installing nginx (apt-get)", flush=True)
    # Another apt-get may hold the dpkg lock for a while on a shared machine: wait for it.
    subprocess.run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "nginx"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, stdout=subprocess.DEVNULL)
    return "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    def __init__(self, work: Path, port: int):
        self.work, self.port = work, port
        self.conf = work / "nginx.conf"
        self.pid_file = work / "nginx.pid"

    def start(self) -> None:
        self._stop_stale()
        (self.work / "nginx-tmp").mkdir(parents=True, exist_ok=True)
        template = (Path(__file__).parent / "nginx.conf.tmpl").read_text()
        self.conf.write_text(template.replace("{{WORK}}", str(self.work)).replace("{{PORT}}", str(self.port)))
        subprocess.run([nginx_binary(), "-c", str(self.conf), "-e", str(self.work / "nginx-error.log")],
                       check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                if self.pid_file.exists():
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"nginx did not start; see {self.work / 'nginx-error.log'}")

    def _stop_stale(self) -> None:
        # A bench run that was killed leaves its nginx behind; it is ours when its command
        # line names our config.
        pid = self.master_pid()
        if pid and str(self.conf).encode() in _read(f"/proc/{pid}/cmdline"):
            self.stop()

    def master_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text())
        except (OSError, ValueError):
            return None

    def workers_cpu_s(self) -> float:
        master = self.master_pid()
        total = 0.0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            fields = _read(str(stat)).rsplit(b")", 1)[-1].split()
            if len(fields) > 12 and int(fields[1]) == master:  # ppid, then utime/stime
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def stop(self) -> None:
        pid = self.master_pid()
        if pid is None:
            return
        try:
            os.kill(pid, 15)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and os.path.exists(f"/proc/{pid}") and b"nginx" in _read(f"/proc/{pid}/cmdline"):
            time.sleep(0.05)
        self.pid_file.unlink(missing_ok=True)


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return b""


def check_proxy(proxy: str, url: str) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    with opener.open(url, timeout=5) as response:
        ctype = response.headers.get("Content-Type", "")
        if response.status != 200 or not ctype.startswith("text/html"):
            raise RuntimeError(f"proxy check: {url} answered {response.status} {ctype}")


# -- crawls -----------------------------------------------------------------------------
STAT_LINE = re.compile(r"^\s*\{?'([^']+)': (-?\d+(?:\.\d+)?|'[^']*'),?\}?\s*$")


def parse_stats(log: Path) -> dict:
    """Numbers and plain strings of the last "Dumping Scrapy stats" block of a log."""
    lines = log.read_text(errors="replace").splitlines()
    starts = [k for k, line in enumerate(lines) if "Dumping Scrapy stats:" in line]
    stats: dict = {}
    if not starts:
        return stats
    for line in lines[starts[-1] + 1:]:
        match = STAT_LINE.match(line)
        if match:
            key, value = match.groups()
            stats[key] = value.strip("'") if value.startswith("'") else json.loads(value)
        elif not line.startswith((" ", "{")):
            break
        if line.rstrip().endswith("}"):
            break
    return stats


def run_crawl(name: str, args: list[str], proxy: str, logs: Path, nginx: Nginx,
              settings: dict[str, str]) -> Crawl:
    log = logs / f"{name}.log"
    log.unlink(missing_ok=True)
    cmd = [str(SCRAPY), *args]
    for key, value in {**COMMON_SETTINGS, **settings, "LOG_FILE": str(log)}.items():
        cmd += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "all_proxy")}
    env.update(http_proxy=proxy, HTTP_PROXY=proxy)
    print(f"bench: {name}: {' '.join(cmd)}", flush=True)
    crawl = Crawl(name)
    server_before = nginx.workers_cpu_s()
    with open(logs / f"{name}.out", "wb") as out:
        proc = subprocess.Popen(cmd, cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            # wait4 hands back the reaped process's own rusage: ru_maxrss is its peak RSS
            # (VmHWM) over the whole run, with no sampling that could miss a short spike.
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    proc.returncode = crawl.exit_code = os.waitstatus_to_exitcode(status)
    crawl.peak_rss_mb = usage.ru_maxrss / 1024
    crawl.cpu_s = usage.ru_utime + usage.ru_stime
    crawl.server_cpu_s = nginx.workers_cpu_s() - server_before
    crawl.stats = parse_stats(log) if log.exists() else {}
    return crawl


def report(crawls: list[Crawl], n_sites: int) -> None:
    print(f"{'run':<5} {'pages':>7} {'pages/site':>10} {'items':>7} {'elapsed_s':>9} {'pages/s':>8} "
          f"{'cpu%':>5} {'nginx_cpu%':>10} {'peak_rss_mb':>11}  finish")
    for c in crawls:
        busy = 100 * c.cpu_s / c.elapsed if c.elapsed else 0.0
        server = 100 * c.server_cpu_s / c.elapsed if c.elapsed else 0.0
        print(f"{c.name:<5} {c.pages:>7} {c.pages / n_sites:>10.1f} {c.stats.get('item_scraped_count', 0):>7} "
              f"{c.elapsed:>9.1f} {c.rate:>8.1f} {busy:>5.0f} {server:>10.1f} {c.peak_rss_mb:>11.1f}  "
              f"{c.stats.get('finish_reason', '-')} (exit {c.exit_code})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare the schools spider's speed with a bare Scrapy crawl.")
    parser.add_argument("--sites", type=int, default=500, help="number of generated school sites (default 500)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument("--port", type=int, default=0, help="nginx port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the full crawl's feeds in .run/bench/feeds (deleted otherwise)")
    args = parser.parse_args(argv)

    WORK.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    seeds, reused = ensure(WORK, args.sites, args.seed)
    web = json.loads((WORK / "web.json").read_text())
    print(f"bench: web of {args.sites} sites, {web['html_pages']} HTML pages "
          f"({web['html_bytes'] / web['html_pages'] / 1024:.1f} KB avg) "
          f"{'reused' if reused else f'generated in {time.monotonic() - started:.1f} s'}", flush=True)

    logs, feeds = WORK / "logs", WORK / "feeds"
    logs.mkdir(exist_ok=True)
    shutil.rmtree(feeds, ignore_errors=True)
    feeds.mkdir()
    nginx = Nginx(WORK, args.port or free_port())
    proxy = f"http://127.0.0.1:{nginx.port}"
    nginx.start()
    try:
        check_proxy(proxy, "http://school0001-bench.ru/")
        bare = run_crawl("bare", ["runspider", "bench/bare_spider.py", "-a", f"seeds={seeds}"],
                         proxy, logs, nginx, {})
        # The project's own feeds, written under a directory of the bench's.
        full = run_crawl("full", ["crawl", "schools", "-a", f"seeds={seeds}", "-a", f"as_of={AS_OF}"],
                         proxy, logs, nginx, {"TOCHKA_EXPORT_DIR": str(feeds)})
    finally:
        nginx.stop()
        if not args.keep:
            shutil.rmtree(feeds, ignore_errors=True)

    report([bare, full], args.sites)
    ratio = full.rate / bare.rate if bare.rate else 0.0
    failed = [c.name for c in (bare, full) if not c.ok]
    if failed:
        print(f"bench: FAILED crawl(s): {', '.join(failed)}; see {logs}")
    elif ratio < MIN_RATIO or full.peak_rss_mb >= MAX_RSS_MB:
        print(f"bench: below the bar (ratio >= {MIN_RATIO}, peak RSS < {MAX_RSS_MB} MB)")
    print(f"bench: full={full.rate:.1f} bare={bare.rate:.1f} ratio={ratio:.1f} peak_rss_mb={full.peak_rss_mb:.1f}")
    return 1 if failed or ratio < MIN_RATIO or full.peak_rss_mb >= MAX_RSS_MB else 0


if __name__ == "__main__":
    sys.exit(main())
