"""``scrapy crawl``, whose exit code also says whether the crawl was healthy.

Scrapy's own command exits 1 only when the crawl could not start. This one also
exits ``UNHEALTHY_EXIT_CODE`` when the crawl ran but its health verdict
(``tochka.ops.health``) is unhealthy, so cron, systemd and scrapyd job wrappers see it.
"""
from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from tochka.ops.health import CrawlHealth

UNHEALTHY_EXIT_CODE = 3


class Command(ScrapyCrawlCommand):
    def long_desc(self) -> str:
        return (f"Run a spider. Exits 1 when the crawl cannot start and {UNHEALTHY_EXIT_CODE} when it "
                "finished unhealthy (see the last log line, 'crawl health: ...').")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        health = crawler.get_extension(CrawlHealth)
        if health is not None and not health.final().ok:
            self.exitcode = UNHEALTHY_EXIT_CODE
