"""``make bench-scale``: does the crawl stay as fast and as small with 20,000 schools as with 500?

What grows with a national list is the number of schools (per-school state, queues, open
files), not pages per school, so the web is 20,000 small sites of about 10 pages
(``bench/generate.py``, ``small=True``), served by Debian's nginx dispatching on the host
name (``bench/run.py``). Stages, each timed:

a. generate the web (reused when the same one is already in ``.run/bench-scale``);
b. start nginx;
c. the reference: a crawl of the first ``--reference-sites`` (500) sites of the same web;
d. the scale run: one crawl of every site. Both crawls run ``scrapy crawl schools`` with the
   production settings of ``tochka/settings.py`` except the politeness delay
   (``DOWNLOAD_DELAY=0``, ``AUTOTHROTTLE_ENABLED=False``), feeds on, OCR as by default, no
   MongoDB. About once a second the crawl's RSS (``VmRSS`` of the process and its children)
   and the school reports written to its ``reports.jsonl`` are read; the RSS is recorded at
   every ``--rss-step`` (1,000) schools;
e. the first ``--worker-sites`` (5,000) sites of the same web split over 2 workers of the
   distributed mode run together here (Redis, ``scrapy enqueue``, ``scrapy merge_reports``),
   unless ``--no-workers``;
f. the extrapolated wall time of a national crawl (see ``national_estimates``).

The last line is

    bench-scale: sites=<n> pages_per_s=<x> schools_per_min=<x> peak_rss_mb=<x> rss_growth=<x>%

where rss_growth compares the last RSS sample with the one at 5,000 schools (a quarter of the
run when it has fewer than 20,000 sites). The exit status is 1 when a crawl fails or a bar is
missed: peak RSS < 1.5 GB, rss_growth within 15%, pages/s at least 85% of the reference's, and
every school reported.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench.generate import DEFAULT_SEED, ensure
from bench.run import (
    AS_OF,
    PROJECT,
    SCRAPY,
    Crawl,
    Nginx,
    check_proxy,
    child_stats,
    clean_environ,
    free_port,
    run_crawl,
    run_script,
)
from tochka import settings as production

WORK = PROJECT / ".run" / "bench-scale"
MAX_PEAK_RSS_MB = 1.5 * 1024
MAX_RSS_GROWTH = 0.15
MIN_RATE_SHARE = 0.85        # of the reference run's pages/s
GROWTH_BASELINE = 5000       # schools: the sample the last one is compared with
NATIONAL_SITES = 20_000
NATIONAL_PAGES_PER_SITE = 50
LATENCIES_S = (0.5, 1.0)     # a realistic school site's response time
WORKER_COUNTS = (1, 2, 4)
# the 2-worker stage's share of the web: all 20,000 again would break the 45 minutes the whole
# bench may take on a 2-core machine; pages/s of each worker and together need far fewer
WORKER_SITES = 5000
# The production settings minus the politeness delay; the rest of COMMON_SETTINGS in
# bench/run.py (robots.txt obeyed, no HTTP cache) is production's too.
SCALE_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": str(production.CONCURRENT_REQUESTS),
    "CONCURRENT_REQUESTS_PER_DOMAIN": str(production.CONCURRENT_REQUESTS_PER_DOMAIN),
}


# -- watching a running crawl -------------------------------------------------------------
def tree_rss_mb(pid: int) -> float:
    """VmRSS of ``pid`` and of its children (OCR runs Tesseract in child processes)."""
    pids = [pid, *(child for child, _ in child_stats(pid))]
    return sum(_vm_rss_kb(p) for p in pids) / 1024


def _vm_rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:  # it ended between the listing and the read
        pass
    return 0


@dataclass
class Sample:
    schools: int
    rss_mb: float
    at_s: float   # seconds into the crawl


@dataclass
class CrawlWatch:
    """Called about once a second by ``run_crawl``: reads the crawl's RSS and counts the school
    reports in its ``reports.jsonl``; records the RSS at every ``step`` schools."""

    reports: Path
    step: int
    samples: list[Sample] = field(default_factory=list)
    peak_mb: float = 0.0
    schools: int = 0
    _offset: int = 0
    _started: float = field(default_factory=time.monotonic)

    def __call__(self, pid: int) -> None:
        rss = tree_rss_mb(pid)
        self.peak_mb = max(self.peak_mb, rss)
        self.schools += self._new_reports()
        while self.schools >= (len(self.samples) + 1) * self.step:
            self.samples.append(Sample((len(self.samples) + 1) * self.step, rss, time.monotonic() - self._started))

    def _new_reports(self) -> int:
        """Complete lines added to the feed since the last call (it is written as items come)."""
        try:
            with self.reports.open("rb") as fh:
                fh.seek(self._offset)
                chunk = fh.read()
        except FileNotFoundError:  # not opened yet
            return 0
        complete = chunk.rfind(b"\n") + 1
        self._offset += complete
        return chunk.count(b"\n", 0, complete)

    def growth(self, sites: int) -> tuple[Sample, Sample] | None:
        """(baseline, last): the sample at 5,000 schools, or at a quarter of a smaller run."""
        if len(self.samples) < 2:
            return None
        quarter = max(self.step, sites // 4 // self.step * self.step)
        at = min(GROWTH_BASELINE, quarter)
        baseline = next((s for s in self.samples if s.schools >= at), self.samples[0])
        return baseline, self.samples[-1]


@dataclass
class Measured:
    crawl: Crawl
    watch: CrawlWatch

    @property
    def peak_mb(self) -> float:
        # the sampled tree, or the process's own high-water mark if a spike fell between samples
        return max(self.watch.peak_mb, self.crawl.peak_rss_mb)

    @property
    def schools_per_min(self) -> float:
        reports = self.crawl.stat("tochka/reports")
        return 60 * reports / self.crawl.elapsed if self.crawl.elapsed else 0.0


# -- stages -------------------------------------------------------------------------------
@contextmanager
def stage(name: str, timings: dict[str, float]) -> Iterator[None]:
    started = time.monotonic()
    print(f"bench-scale: stage {name} ...", flush=True)
    try:
        yield
    finally:
        timings[name] = time.monotonic() - started
        print(f"bench-scale: stage {name} took {timings[name]:.1f} s", flush=True)


def first_sites(seeds: Path, n: int) -> Path:
    """A seeds file of the first ``n`` rows of ``seeds`` (the header kept)."""
    subset = seeds.with_name(f"seeds-first-{n}.csv")
    if subset == seeds:  # already that subset: writing it would empty the file being read
        return seeds
    with seeds.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as out:
        for k, line in enumerate(src):
            if k > n:
                break
            out.write(line)
    return subset


def school_crawl(name: str, seeds: Path, proxy: str, nginx: Nginx, feeds: Path, step: int) -> Measured:
    crawl_id = f"scale-{name}"
    watch = CrawlWatch(feeds / name / crawl_id / "reports.jsonl", step)
    args = ["crawl", "schools", "-a", f"seeds={seeds}", "-a", f"as_of={AS_OF}", "-a", f"crawl_id={crawl_id}"]
    crawl = run_crawl(name, args, proxy, WORK / "logs", nginx,
                      {**SCALE_SETTINGS, "TOCHKA_EXPORT_DIR": str(feeds / name)}, watch=watch)
    return Measured(crawl, watch)


@dataclass
class WorkersResult:
    workers: list[Crawl]
    wall_s: float
    merged_reports: int

    @property
    def pages(self) -> int:
        return sum(w.pages for w in self.workers)

    @property
    def rate(self) -> float:
        return self.pages / self.wall_s if self.wall_s else 0.0


def workers_run(seeds: Path, sites: int, proxy: str, nginx: Nginx, feeds: Path,
                n_workers: int = 2) -> WorkersResult | str:
    """The web split over ``n_workers`` crawls sharing one Redis queue, run together on this
    machine; a string says why the stage could not run."""
    if shutil.which("redis-server") is None:
        return "redis-server is not installed (apt-get install redis-server)"
    redis_dir, log = WORK / "redis", WORK / "logs" / "redis.log"
    # a fresh Redis: the queue of an earlier bench (kept in its append-only file) would refuse
    # a second enqueue of the same crawl id
    run_script(["scripts/redis.sh", "stop", str(redis_dir)], log)
    shutil.rmtree(redis_dir, ignore_errors=True)
    if not run_script(["scripts/redis.sh", "start", str(free_port()), str(redis_dir)], log):
        run_script(["scripts/redis.sh", "stop", str(redis_dir)], log)
        return f"scripts/redis.sh start failed; see {log}"
    try:
        url = (redis_dir / "redis.url").read_text().strip()
        crawl_id, export = "scale-workers", feeds / "workers"
        settings = {**SCALE_SETTINGS, "TOCHKA_EXPORT_DIR": str(export)}
        # the queue's plan carries the monitoring date to every worker
        failed = scrapy_command(["enqueue", str(seeds), "--crawl-id", crawl_id, "--as-of", AS_OF], url, settings, log)
        if failed:
            return failed
        started = time.monotonic()
        args = ["crawl", "schools", "-a", f"crawl_id={crawl_id}"]
        with ThreadPoolExecutor(n_workers) as pool:
            runs = [pool.submit(run_crawl, f"worker{k}", args, proxy, WORK / "logs", nginx, settings,
                                env={"REDIS_URL": url, "TOCHKA_WORKER_ID": f"w{k}"})
                    for k in range(1, n_workers + 1)]
            workers = [run.result() for run in runs]
        wall = time.monotonic() - started
        failed = scrapy_command(["merge_reports", crawl_id, "--export-dir", str(export)], url, settings, log)
        if failed:
            return failed
        merged = count_lines(export / crawl_id / "reports.jsonl")
        return WorkersResult(workers, wall, merged)
    finally:
        run_script(["scripts/redis.sh", "stop", str(redis_dir)], log)


def scrapy_command(args: list[str], redis_url: str, settings: dict[str, str], log: Path) -> str | None:
    """``scrapy ARGS`` of the distributed mode, its output appended to ``log``; None when it
    succeeded, else what failed."""
    cmd = [str(SCRAPY), *args]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {**clean_environ(), "REDIS_URL": redis_url}
    with open(log, "ab") as out:
        done = subprocess.run(cmd, cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
    return None if done.returncode == 0 else f"scrapy {' '.join(args)} failed (exit {done.returncode}); see {log}"


def count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


# -- the national crawl, extrapolated ------------------------------------------------------
@dataclass(frozen=True)
class Politeness:
    """What limits one worker's rate on the real network (tochka/settings.py)."""

    download_delay: float
    autothrottle: bool
    target_concurrency: float
    per_domain: int
    concurrent: int
    active_schools: int

    @classmethod
    def from_production(cls) -> Politeness:
        return cls(production.DOWNLOAD_DELAY, production.AUTOTHROTTLE_ENABLED,
                   production.AUTOTHROTTLE_TARGET_CONCURRENCY, production.CONCURRENT_REQUESTS_PER_DOMAIN,
                   production.CONCURRENT_REQUESTS, production.TOCHKA_MAX_ACTIVE_SCHOOLS)

    def delay(self, latency: float) -> float:
        # AutoThrottle settles on latency / target concurrency, never below DOWNLOAD_DELAY
        return max(self.download_delay, latency / self.target_concurrency) if self.autothrottle else self.download_delay

    def network_rate(self, latency: float) -> float:
        """Pages/s of one worker when only the network and politeness limit it: each site gets a
        request per delay with at most ``per_domain`` in flight, ``active_schools`` sites at once,
        and ``concurrent`` requests in flight in all."""
        per_site = self.per_domain / latency
        if self.delay(latency) > 0:
            per_site = min(per_site, 1 / self.delay(latency))
        return min(self.active_schools * per_site, self.concurrent / latency)


@dataclass(frozen=True)
class Estimate:
    latency: float
    network_rate: float
    cpu_rate: float
    hours: dict[int, float]   # workers -> wall hours

    @property
    def bound(self) -> str:
        return "network" if self.network_rate <= self.cpu_rate else "cpu"


def national_estimates(cpu_rate: float, politeness: Politeness) -> list[Estimate]:
    """Wall time of 20,000 sites of 50 pages: the slower of the network-bound and the CPU-bound
    rate (measured here, one crawl process per worker machine) decides; N workers on N machines
    share the queue evenly."""
    pages = NATIONAL_SITES * NATIONAL_PAGES_PER_SITE
    estimates = []
    for latency in LATENCIES_S:
        network = politeness.network_rate(latency)
        rate = min(network, cpu_rate)
        hours = {n: pages / (n * rate) / 3600 if rate else math.inf for n in WORKER_COUNTS}
        estimates.append(Estimate(latency, network, cpu_rate, hours))
    return estimates


def hours_text(hours: float) -> str:
    if math.isinf(hours):
        return "-"
    minutes = round(hours * 60)
    return f"{minutes // 60} h {minutes % 60:02d} min"


def print_estimates(estimates: list[Estimate], politeness: Politeness) -> None:
    p = politeness
    print(f"bench-scale: national crawl estimate: {NATIONAL_SITES} sites x {NATIONAL_PAGES_PER_SITE} pages; "
          f"politeness of tochka/settings.py: DOWNLOAD_DELAY {p.download_delay} s, AutoThrottle "
          f"{'on, target concurrency ' + str(p.target_concurrency) if p.autothrottle else 'off'} "
          f"(delay = max(DOWNLOAD_DELAY, latency / target)), {p.per_domain} requests per site, "
          f"{p.concurrent} in all, {p.active_schools} schools in flight; CPU-bound rate = this machine's "
          f"scale run, one crawl process per worker machine")
    print(f"{'latency':>8} {'network p/s':>11} {'cpu p/s':>8} {'bound':>8} "
          + " ".join(f"{f'{n} worker' + ('s' if n > 1 else ''):>12}" for n in WORKER_COUNTS))
    for e in estimates:
        print(f"{e.latency:>7.1f}s {e.network_rate:>11.1f} {e.cpu_rate:>8.1f} {e.bound:>8} "
              + " ".join(f"{hours_text(e.hours[n]):>12}" for n in WORKER_COUNTS))


# -- the report ---------------------------------------------------------------------------
def print_run(label: str, m: Measured) -> None:
    c = m.crawl
    print(f"bench-scale: {label}: {c.stat('tochka/reports')} schools, {c.pages} pages in {c.elapsed:.0f} s: "
          f"{c.rate:.1f} pages/s, {m.schools_per_min:.0f} schools/min, peak RSS {m.peak_mb:.0f} MB, "
          f"finish {c.stats.get('finish_reason', '-')} (exit {c.exit_code})", flush=True)


def print_samples(watch: CrawlWatch) -> None:
    samples = ", ".join(f"{s.schools}: {s.rss_mb:.0f} MB" for s in watch.samples)
    print(f"bench-scale: RSS by schools finished: {samples or f'none (under {watch.step} reported while it ran)'}")


def bars_missed(scale: Measured, reference: Measured, sites: int) -> list[str]:
    missed = []
    for m in (reference, scale):
        if not m.crawl.ok:
            missed.append(f"crawl {m.crawl.name} failed (exit {m.crawl.exit_code}, "
                          f"finish {m.crawl.stats.get('finish_reason')}); see {WORK / 'logs'}")
    if scale.crawl.stat("tochka/reports") != sites:
        missed.append(f"{scale.crawl.stat('tochka/reports')} school reports for {sites} sites")
    if scale.peak_mb >= MAX_PEAK_RSS_MB:
        missed.append(f"peak RSS {scale.peak_mb:.0f} MB >= {MAX_PEAK_RSS_MB:.0f} MB")
    growth = scale.watch.growth(sites)
    if growth is None:
        missed.append("fewer than two RSS samples: too few sites for --rss-step")
    elif abs(growth[1].rss_mb / growth[0].rss_mb - 1) > MAX_RSS_GROWTH:
        missed.append(f"RSS {growth[1].rss_mb:.0f} MB at {growth[1].schools} schools is not within "
                      f"{100 * MAX_RSS_GROWTH:.0f}% of {growth[0].rss_mb:.0f} MB at {growth[0].schools}")
    if scale.crawl.rate < MIN_RATE_SHARE * reference.crawl.rate:
        missed.append(f"{scale.crawl.rate:.1f} pages/s < {100 * MIN_RATE_SHARE:.0f}% of the "
                      f"{reference.crawl.rate:.1f} of the {reference.crawl.stat('tochka/reports')}-site run")
    return missed


def print_workers(result: WorkersResult | str | None, sites: int) -> list[str]:
    if result is None:
        return []
    if isinstance(result, str):
        print(f"bench-scale: 2-worker stage not run: {result}")
        return []
    each = ", ".join(f"{w.name} {w.rate:.1f} pages/s ({w.pages} pages, peak RSS {w.peak_rss_mb:.0f} MB, "
                     f"exit {w.exit_code})" for w in result.workers)
    print(f"bench-scale: {len(result.workers)} workers on this machine: {each}; together "
          f"{result.rate:.1f} pages/s over {result.wall_s:.0f} s; {result.merged_reports} merged reports")
    missed = [f"worker {w.name} failed (exit {w.exit_code})" for w in result.workers if not w.ok]
    if result.merged_reports != sites:
        missed.append(f"the workers' merged reports.jsonl holds {result.merged_reports} reports for {sites} sites")
    return missed


def summary_line(sites: int, scale: Measured) -> str:
    growth = scale.watch.growth(sites)
    percent = 100 * (growth[1].rss_mb / growth[0].rss_mb - 1) if growth else float("nan")
    return (f"bench-scale: sites={sites} pages_per_s={scale.crawl.rate:.1f} "
            f"schools_per_min={scale.schools_per_min:.0f} peak_rss_mb={scale.peak_mb:.0f} "
            f"rss_growth={percent:+.1f}%")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Crawl 20,000 small generated school sites: speed and memory at scale.")
    parser.add_argument("--sites", type=int, default=20_000, help="sites of the scale run (default 20000)")
    parser.add_argument("--reference-sites", type=int, default=500,
                        help="first sites of the same web crawled for the reference pages/s (default 500)")
    parser.add_argument("--worker-sites", type=int, default=WORKER_SITES,
                        help=f"first sites crawled by the 2 workers (default {WORKER_SITES}, at most --sites)")
    parser.add_argument("--no-workers", dest="workers", action="store_false", help="skip the 2-worker stage")
    parser.add_argument("--rss-step", type=int, default=1000, help="record the RSS every this many schools")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument("--keep", action="store_true", help="keep the crawls' feeds in .run/bench-scale/feeds")
    args = parser.parse_args(argv)
    if not 0 < args.reference_sites <= args.sites:
        parser.error("--reference-sites must be between 1 and --sites")
    worker_sites = min(args.worker_sites, args.sites)

    timings: dict[str, float] = {}
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "logs").mkdir(exist_ok=True)
    with stage("generate", timings):
        # a larger web generated before serves a smaller run: its first sites are the same
        seeds, reused = ensure(WORK, args.sites, args.seed, small=True, larger_ok=True)
        web = json.loads((WORK / "web.json").read_text())
        print(f"bench-scale: web of {web['sites']} sites, {web['html_pages']} HTML pages "
              f"({web['html_pages'] / web['sites']:.1f} a site), {'reused' if reused else 'generated'}", flush=True)
        if web["sites"] > args.sites:
            seeds = first_sites(seeds, args.sites)
    feeds = WORK / "feeds"
    shutil.rmtree(feeds, ignore_errors=True)
    nginx = Nginx(WORK, free_port())
    proxy = f"http://127.0.0.1:{nginx.port}"
    workers: WorkersResult | str | None = None
    try:
        with stage("nginx", timings):
            nginx.start()
            check_proxy(proxy, "http://school0001-bench.ru/")
        with stage("reference", timings):
            reference = school_crawl("reference", first_sites(seeds, args.reference_sites), proxy, nginx, feeds,
                                     args.rss_step)
        print_run(f"reference, first {args.reference_sites} sites", reference)
        with stage("scale", timings):
            scale = school_crawl("scale", seeds, proxy, nginx, feeds, args.rss_step)
        print_run(f"scale, {args.sites} sites", scale)
        print_samples(scale.watch)
        if args.workers:
            with stage("workers", timings):
                workers = workers_run(first_sites(seeds, worker_sites), worker_sites, proxy, nginx, feeds)
    finally:
        nginx.stop()
        if not args.keep:
            shutil.rmtree(feeds, ignore_errors=True)

    missed = bars_missed(scale, reference, args.sites)
    missed += print_workers(workers, worker_sites)
    politeness = Politeness.from_production()
    print_estimates(national_estimates(scale.crawl.rate, politeness), politeness)
    print("bench-scale: stages " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
          + f"; total {sum(timings.values()) / 60:.1f} min")
    if missed:
        print(f"bench-scale: below the bar: {'; '.join(missed)}")
    print(summary_line(args.sites, scale))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
