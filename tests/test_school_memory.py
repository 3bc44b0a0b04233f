"""Nothing a finished school needed stays in memory: a national list must not grow the crawl
(``make bench-scale`` measures it; this checks the parts that would grow per school)."""
from __future__ import annotations

import importlib
import pkgutil

import pytest_twisted
from scrapy import signals
from scrapy.crawler import CrawlerRunner
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

import tochka
from tochka import urls
from tochka.extensions import SCHOOL_KEYED_CACHES, AnalysisCacheTrim
from tochka.middlewares import SchoolRobotsTxtMiddleware
from tochka.signals import school_finished
from tochka.spiders.schools import SchoolsSpider


def first_rows(seeds, n: int, out):
    lines = seeds.read_text(encoding="utf-8").splitlines()[:n + 1]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


@pytest_twisted.ensureDeferred
async def test_a_finished_schools_robots_txt_is_forgotten(fixture_seeds, fixture_proxy_env, tmp_path):
    settings = get_project_settings()
    settings.setdict({"TOCHKA_EXPORT_DIR": str(tmp_path), "LOG_LEVEL": "WARNING", "TOCHKA_PROGRESS_INTERVAL": 0,
                      "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}, priority="cmdline")
    runner = CrawlerRunner(settings)
    crawler = runner.create_crawler("schools")
    left: dict = {}

    def at_close(spider, reason):
        ware = next(m for m in crawler.engine.downloader.middleware.middlewares
                    if isinstance(m, SchoolRobotsTxtMiddleware))
        left.update(parsers=dict(ware._parsers), hosts=dict(ware.hosts))

    crawler.signals.connect(at_close, signal=signals.spider_closed)
    await runner.crawl(crawler, seeds=str(first_rows(fixture_seeds, 6, tmp_path / "seeds.csv")), as_of="2023-12-13")
    stats = crawler.stats.get_stats()
    assert stats["tochka/reports"] == 6
    assert stats["robotstxt/request_count"] >= 6  # every school's robots.txt was read and obeyed
    assert left == {"parsers": {}, "hosts": {}}


def test_the_analysis_caches_are_emptied_every_n_finished_schools():
    crawler = get_crawler(SchoolsSpider, {"TOCHKA_CACHE_TRIM_SCHOOLS": 2})
    trim = AnalysisCacheTrim.from_crawler(crawler)
    urls.canonical("http://school1.ru/tochka-rosta/")
    crawler.signals.send_catch_log(school_finished, school_id="s1")
    assert urls.canonical.cache_info().currsize > 0
    crawler.signals.send_catch_log(school_finished, school_id="s2")
    assert all(cached.cache_info().currsize == 0 for cached in SCHOOL_KEYED_CACHES)
    assert trim.finished == 2


def test_every_large_memo_table_of_the_package_is_trimmed():
    """A new lru_cache of 50,000 entries or more must join SCHOOL_KEYED_CACHES, or it grows
    with the school list again."""
    large = set()
    for info in pkgutil.walk_packages(tochka.__path__, "tochka."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            maxsize = value.cache_info().maxsize if hasattr(value, "cache_info") else None
            if maxsize is not None and maxsize >= 50_000:
                large.add(value)
    assert large == set(SCHOOL_KEYED_CACHES)
