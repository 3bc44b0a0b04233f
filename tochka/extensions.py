"""Process-wide tuning as Scrapy extensions, each switched by a setting."""
from __future__ import annotations

import gc

from scrapy import signals
from scrapy.exceptions import NotConfigured


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
