"""Process-wide tuning as Scrapy extensions, each switched by a setting."""
from __future__ import annotations

import gc

from scrapy import signals
from scrapy.exceptions import NotConfigured

from .memo import SCHOOL_KEYED_CACHES, clear_school_keyed
from .signals import school_finished

__all__ = ["SCHOOL_KEYED_CACHES", "AnalysisCacheTrim", "GarbageCollectorTuning"]


class GarbageCollectorTuning:
    """Rule tables, dateparser's language data and Scrapy itself live as long as the crawl:
    keep them out of the collector's full passes, which otherwise rescan them again and
    again on a long crawl; and collect the young generation less often, since each page
    allocates thousands of short-lived objects (tree proxies, strings).

    TOCHKA_GC_YOUNG_THRESHOLD: allocations between young-generation passes (0: leave the
    collector alone)."""

    def __init__(self, young_threshold: int):
        self.young_threshold = young_threshold
        self.previous: tuple[int, int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler):
        threshold = crawler.settings.getint("TOCHKA_GC_YOUNG_THRESHOLD")
        if threshold <= 0:
            raise NotConfigured("TOCHKA_GC_YOUNG_THRESHOLD is 0")
        extension = cls(threshold)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        gc.collect()
        gc.freeze()
        self.previous = gc.get_threshold()
        gc.set_threshold(self.young_threshold, *self.previous[1:])

    def spider_closed(self, spider) -> None:
        if self.previous is not None:
            gc.set_threshold(*self.previous)
        gc.unfreeze()


class AnalysisCacheTrim:
    """Keeps memory flat on a national list. The analysis memoises per URL, link and text in
    LRU tables of up to 200,000 entries each (declared with ``tochka.memo.school_keyed``); on a long crawl they
    fill with the schools that have already reported: +45 MB every 1,000 schools, 302 MB at
    1,000 and 530 MB at 6,000 (``make bench-scale``), until their 1.7 million entries are
    full (several hundred MB).
    Emptying them every ``TOCHKA_CACHE_TRIM_SCHOOLS`` finished schools bounds them to that
    many schools' worth; the schools in flight refill theirs within a page.

    TOCHKA_CACHE_TRIM_SCHOOLS: finished schools between two trims (0: never)."""

    def __init__(self, every: int):
        self.every = every
        self.finished = 0

    @classmethod
    def from_crawler(cls, crawler):
        every = crawler.settings.getint("TOCHKA_CACHE_TRIM_SCHOOLS")
        if every <= 0:
            raise NotConfigured("TOCHKA_CACHE_TRIM_SCHOOLS is 0")
        extension = cls(every)
        crawler.signals.connect(extension.school_finished, signal=school_finished)
        return extension

    def school_finished(self, school_id: str) -> None:
        self.finished += 1
        if self.finished % self.every == 0:
            clear_school_keyed()
