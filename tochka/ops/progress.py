"""A progress line a person can read, every ``TOCHKA_PROGRESS_INTERVAL`` seconds:

    ход проверки: 412/1250 школ (33%), 9 870 страниц, 38 стр/с, ошибок 12, осталось ≈ 7 мин

Schools done are the school reports written (``tochka/reports``, kept by
``ReportTally``), the total is the spider's ``tochka/seeds_total``; the rate is
pages per second over the last interval, the time left extrapolates the average time
per school so far. It replaces Scrapy's LogStats line (see README, "Progress").

``ProgressBar`` draws a tqdm bar of schools on stderr when stderr is a terminal and the
log goes to a file (``LOG_FILE``): a bar and log lines on one terminal tear each other.
It writes to the terminal only, never through logging, so never into the log or feeds.
"""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from twisted.internet.task import LoopingCall

logger = logging.getLogger("tochka.progress")


@dataclass(frozen=True)
class Snapshot:
    done: int
    total: int | None
    pages: int
    errors: int
    elapsed: float        # seconds since the crawl started
    pages_per_second: float
    recovered: int = 0    # of done: finished by earlier runs of a resumed crawl


def group(number: int) -> str:
    """9870 -> '9 870' (Russian digit grouping)."""
    return f"{number:,}".replace(",", " ")


def format_eta(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return "< 1 мин"
    if minutes < 60:
        return f"≈ {minutes} мин"
    return f"≈ {minutes // 60} ч {minutes % 60:02d} мин"


def progress_line(s: Snapshot) -> str:
    if s.total:
        schools = f"{group(s.done)}/{group(s.total)} школ ({s.done * 100 // s.total}%)"
    else:
        schools = f"{group(s.done)} школ"
    if s.total and s.done >= s.total:
        left = "осталось: завершение"
    elif s.total and s.done > s.recovered:
        left = "осталось " + format_eta(s.elapsed / (s.done - s.recovered) * (s.total - s.done))
    else:
        left = "осталось: оценка после первых школ"
    return (f"ход проверки: {schools}, {group(s.pages)} страниц, {s.pages_per_second:.0f} стр/с, "
            f"ошибок {group(s.errors)}, {left}")


def snapshot(stats: dict, elapsed: float, pages_per_second: float) -> Snapshot:
    return Snapshot(
        done=stats.get("tochka/reports", 0), total=stats.get("tochka/seeds_total"),
        pages=stats.get("response_received_count", 0),
        # failed downloads (after retries) and HTTP error answers the spider was handed
        errors=stats.get("downloader/exception_count", 0) + stats.get("httperror/response_ignored_count", 0),
        elapsed=elapsed, pages_per_second=pages_per_second, recovered=stats.get("tochka/reports_recovered", 0))


class Progress:
    """Extension: logs ``progress_line`` every TOCHKA_PROGRESS_INTERVAL seconds (0: off)."""

    def __init__(self, stats, interval: float):
        self.stats = stats
        self.interval = interval
        self.task: AsyncioLoopingCall | LoopingCall | None = None
        self.started = 0.0
        self.pages_before = 0

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("TOCHKA_PROGRESS_INTERVAL")
        if not interval:
            raise NotConfigured
        progress = cls(crawler.stats, interval)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider) -> None:
        self.started = time.monotonic()
        task = create_looping_call(self.log)
        task.start(self.interval, now=False)
        self.task = task

    def log(self) -> None:
        stats = self.stats.get_stats()
        pages = stats.get("response_received_count", 0)
        rate = (pages - self.pages_before) / self.interval
        self.pages_before = pages
        logger.info(progress_line(snapshot(stats, time.monotonic() - self.started, rate)))

    def spider_closed(self, spider, reason) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()


class ProgressBar:
    """Extension: a bar of school reports on a terminal's stderr (TOCHKA_PROGRESS_BAR, default on)."""

    def __init__(self, stats, stream):
        self.stats = stats
        self.stream = stream
        self.bar = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not (settings.getbool("TOCHKA_PROGRESS_BAR") and settings.get("LOG_FILE") and sys.stderr.isatty()):
            raise NotConfigured("the progress bar needs a terminal on stderr and LOG_FILE set")
        bar = cls(crawler.stats, sys.stderr)
        crawler.signals.connect(bar.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(bar.spider_closed, signal=signals.spider_closed)
        return bar

    def item_scraped(self, item, spider=None) -> None:
        if ItemAdapter(item).get("item_type") != "school_report":
            return
        if self.bar is None:
            from tqdm import tqdm  # imported only where a terminal shows it

            self.bar = tqdm(total=self.stats.get_value("tochka/seeds_total"), desc="школы", unit=" шк",
                            initial=self.stats.get_value("tochka/reports_recovered", 0),
                            file=self.stream, dynamic_ncols=True)
        self.bar.update(1)
        self.bar.set_postfix_str(f"{group(self.stats.get_value('response_received_count', 0))} страниц",
                                 refresh=False)

    def spider_closed(self, spider, reason) -> None:
        if self.bar is not None:
            self.bar.close()
