"""One worker of a distributed crawl: its schools come from the crawl's queue in Redis.

The worker leases one school at a time when it has room for one, crawls the whole site and
writes the report to its own feeds; only then is the school acknowledged in the queue. While
it crawls, a heartbeat keeps its leases alive; a worker that dies stops renewing, and once
its lease lapses another worker takes the school and crawls it again from the start.
"""
from __future__ import annotations

import asyncio
import logging

from itemadapter import ItemAdapter
from scrapy import signals
from twisted.internet.task import LoopingCall

from ..crawl.arguments import ArgumentError, CrawlArguments, SpiderArguments, parse_day
from ..ops.tally import REPORT_TYPE
from ..seeds import BadSeed, Seed
from .queue import Lease, QueueError, SchoolQueue, default_worker_id

logger = logging.getLogger(__name__)




def queued_source(spider_name: str, given: SpiderArguments, settings) -> tuple[CrawlArguments, QueuedSchools]:
    """The crawl this worker joins (as published by ``scrapy enqueue``) and its queue."""
    if not given.crawl_name:
        raise ArgumentError("a worker needs the crawl to join: -a crawl_id=ID (the id given to scrapy enqueue)")
    try:
        queue = SchoolQueue.from_settings(settings, given.crawl_name)
        plan = queue.plan()
    except QueueError as exc:
        raise ArgumentError(str(exc)) from None
    if plan is None:
        raise ArgumentError(f"crawl {given.crawl_name!r} is not in the queue: publish it first with "
                            f"`scrapy enqueue SEEDS --crawl-id {given.crawl_name}`")
    as_of = parse_day(plan["as_of"], "as_of")
    assert as_of is not None
    worker = default_worker_id(settings)
    run = CrawlArguments(plan.get("seeds_path") or "", [], as_of, int(plan["year"]), given.crawl_name, worker)
    return run, QueuedSchools(queue, worker, int(plan.get("total") or 0))


class QueuedSchools:
    """A crawl's schools as one worker takes them from the queue (the spider's source)."""

    def __init__(self, queue: SchoolQueue, worker: str, total: int):
        self.queue = queue
        self.worker = worker
        self.total = total
        self.poll_seconds = min(1.0, queue.lease_seconds / 4)
        self.leases: dict[tuple[str, int], Lease] = {}
        self.heartbeat = LoopingCall(self.renew)
        self.stats = None

    def open(self, crawler, log) -> None:
        self.stats = crawler.stats
        # this worker's rows are the ones it takes (tochka/seeds_total grows with each): the
        # health verdict and the progress line judge its share, the crawl's size is kept apart
        crawler.stats.set_value("tochka/seeds_total", 0)
        crawler.stats.set_value("tochka/queue_total", self.total)
        # connected now, when the crawl starts, hence after the feed exporter's receiver: a
        # school leaves the queue only once its report line is in this worker's feed
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.close, signal=signals.spider_closed)
        self.heartbeat.start(self.queue.renew_interval, now=False)
        log.info("worker %s joined crawl %s (%d schools in all)", self.worker, self.queue.crawl_id, self.total)

    async def next_school(self) -> Seed | BadSeed | None:
        waited = 0.0
        while True:
            try:
                lease = self.queue.take(self.worker)
                if lease is None and self.queue.finished():
                    return None
                waited = 0.0
            except QueueError as exc:
                if waited > self.queue.lease_seconds:
                    logger.error("queue unreachable for %.0f s, this worker stops: %s", waited, exc)
                    return None
                logger.warning("queue unreachable, retrying: %s", exc)
                lease = None
            if lease is not None:
                return self._leased(lease)
            # the rest is leased by other workers: wait, one of them may die and free its school
            await asyncio.sleep(self.poll_seconds)
            waited += self.poll_seconds

    def _leased(self, lease: Lease) -> Seed | BadSeed:
        self.leases[(lease.entry.id, lease.entry.line)] = lease
        assert self.stats is not None  # open() came first
        self.stats.inc_value("tochka/seeds_total")
        if lease.deliveries > 1:
            self.stats.inc_value("tochka/schools_reclaimed")
            logger.warning("school %s (row %d) taken over from a worker whose lease lapsed (delivery %d)",
                           lease.entry.id, lease.entry.line, lease.deliveries)
        return lease.entry

    def item_scraped(self, item, spider=None) -> None:
        report = ItemAdapter(item)
        if report.get("item_type") != REPORT_TYPE:
            return
        lease = self.leases.pop((str(report.get("school_id")), int(report.get("seed_line") or 0)), None)
        if lease is None:
            return
        try:
            self.queue.ack(lease.entry_id)
        except QueueError as exc:  # its lease lapses: crawled again elsewhere, merged once
            logger.error("could not acknowledge school %s: %s", lease.entry.id, exc)

    def renew(self) -> None:
        if not self.leases:
            return
        try:
            self.queue.renew(self.worker, [lease.entry_id for lease in self.leases.values()])
        except QueueError as exc:
            logger.warning("could not renew %d leases: %s", len(self.leases), exc)

    def close(self, spider=None) -> None:
        if self.heartbeat.running:
            self.heartbeat.stop()
