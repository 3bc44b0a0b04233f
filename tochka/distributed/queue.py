"""The school queue of a distributed crawl: a Redis stream with one consumer group.

One stream entry per seed row (``Seed`` or ``BadSeed``); the unit of work is the school,
so a worker crawls a school's whole site before it acknowledges the entry. Redis Streams
give the reliable-queue parts for free: an entry a worker has read stays in the group's
pending list, owned by that worker, until it is acknowledged (XACK); a worker that dies
leaves its entries pending, and once they have been idle longer than the lease another
worker takes them over (XAUTOCLAIM). A live worker renews its leases by claiming its own
entries again (XCLAIM with min-idle 0 and JUSTID), which resets their idle time without
counting a new delivery. docs/distributed.md gives the reasoning.

Keys: ``tochka:<crawl_id>:schools`` (the stream, group ``workers``) and
``tochka:<crawl_id>:plan`` (the crawl's arguments and its row count, JSON).
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import redis
from scrapy_redis.connection import get_redis_from_settings

from ..seeds import BadSeed, Seed

logger = logging.getLogger(__name__)

GROUP = "workers"
ENTRY_FIELD = "entry"
KINDS: dict[str, type[Seed] | type[BadSeed]] = {"seed": Seed, "bad_seed": BadSeed}

# Claims each given entry for the worker only while the worker still owns it: a worker that
# was paused past its lease must not take back an entry another worker has re-taken since.
# Atomic in Redis, so no re-take can fall between the owner check and the claim.
RENEW_OWN_ENTRIES = """
-- KEYS: the stream; ARGV: the group, the worker, then the entry ids
local renewed = {}
for i = 3, #ARGV do
  local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
  if pending[1] and pending[1][2] == ARGV[2] then
    redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
    table.insert(renewed, ARGV[i])
  end
end
return renewed
"""


class QueueError(Exception):
    """The queue cannot be used: Redis unreachable or refusing us, a crawl not (or already) published."""


@dataclass(frozen=True)
class Lease:
    entry_id: str            # the stream entry id
    entry: Seed | BadSeed    # the seed row, rebuilt from JSON
    deliveries: int          # 1 the first time; more when re-taken from a dead worker


@dataclass(frozen=True)
class QueueState:
    total: int          # rows published
    undelivered: int    # rows no worker has taken yet
    pending: int        # rows taken and not yet acknowledged (being crawled, or left by a dead worker)
    done: int           # rows acknowledged (their reports are written), or deleted from the stream by hand


def default_worker_id(settings) -> str:
    """TOCHKA_WORKER_ID, or hostname-pid: unique among the workers of one crawl."""
    return settings.get("TOCHKA_WORKER_ID") or f"{socket.gethostname()}-{os.getpid()}"


def entry_json(entry: Seed | BadSeed) -> str:
    kind = "bad_seed" if isinstance(entry, BadSeed) else "seed"
    return json.dumps({"kind": kind, **dataclasses.asdict(entry)}, ensure_ascii=False)


def entry_from_json(text: str) -> Seed | BadSeed:
    fields = json.loads(text)
    kind = fields.pop("kind", None)
    if kind not in KINDS:
        raise QueueError(f"queue entry of unknown kind {kind!r}: {text[:200]}")
    return KINDS[kind](**fields)


def describe_server(server: redis.Redis) -> str:
    """The server's address as a redis:// URL with the password masked: safe for messages."""
    kwargs = server.connection_pool.connection_kwargs
    auth = ":***@" if kwargs.get("password") else ""
    return f"redis://{auth}{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"


class SchoolQueue:
    """The queue of one crawl id. ``server`` must decode responses (``decode_responses=True``)."""

    def __init__(self, server: redis.Redis, crawl_id: str, lease_seconds: float):
        if not server.connection_pool.connection_kwargs.get("decode_responses"):
            raise ValueError("SchoolQueue needs a Redis client made with decode_responses=True")
        if lease_seconds <= 0:
            raise ValueError(f"lease_seconds must be positive, got {lease_seconds}")
        # Any: redis-py types stream replies as unions over protocol versions and decoding;
        # this client decodes, so every reply here is str-keyed and str-valued
        self.server: Any = server
        self.crawl_id = crawl_id
        self.lease_seconds = lease_seconds
        self.stream = f"tochka:{crawl_id}:schools"
        self.plan_key = f"tochka:{crawl_id}:plan"
        self._renew_script = server.register_script(RENEW_OWN_ENTRIES)

    @classmethod
    def from_settings(cls, settings, crawl_id: str) -> SchoolQueue:
        """The queue on the Redis of REDIS_URL / REDIS_PARAMS (through scrapy-redis), with the
        lease of TOCHKA_LEASE_SECONDS."""
        if not settings.get("REDIS_URL"):
            raise QueueError("REDIS_URL is not set: distributed crawls need the address of the queue's Redis")
        decoding = settings.copy()
        decoding.set("REDIS_DECODE_RESPONSES", True)
        return cls(get_redis_from_settings(decoding), crawl_id, settings.getfloat("TOCHKA_LEASE_SECONDS", 120))

    @property
    def renew_interval(self) -> float:
        """How often a worker renews its leases: three chances before one lapses."""
        return self.lease_seconds / 3

    @property
    def _lease_ms(self) -> int:
        return max(1, int(self.lease_seconds * 1000))

    @contextmanager
    def _talking(self) -> Iterator[None]:
        """Redis failures as QueueErrors naming the server, never its password."""
        where = describe_server(self.server)
        try:
            yield
        except (redis.AuthenticationError, redis.exceptions.AuthenticationWrongNumberOfArgsError) as exc:
            # redis-py raises these for a wrong, a missing (NOAUTH) or an unexpected password
            raise QueueError(f"Redis at {where} refused the password (check REDIS_URL): {exc}") from None
        except redis.exceptions.NoPermissionError as exc:
            raise QueueError(f"Redis at {where} refused the command: {exc}") from None
        except redis.ConnectionError as exc:
            raise QueueError(f"Redis at {where} is unreachable: {exc}") from None
        except redis.TimeoutError as exc:
            raise QueueError(f"Redis at {where} did not answer in time: {exc}") from None
        except redis.ResponseError as exc:
            if str(exc).startswith("NOGROUP"):
                raise QueueError(f"crawl {self.crawl_id!r} is not in the queue at {where}: "
                                 f"publish it with `scrapy enqueue`") from None
            raise

    # --- publishing ---------------------------------------------------------------------

    def publish(self, plan: dict, entries: list[Seed | BadSeed]) -> int:
        """Store the plan, the row count and one entry per row in one transaction; the number of rows.

        A crawl id is published once: a second publish would queue every school again.
        """
        stored = json.dumps({**plan, "crawl_id": self.crawl_id, "total": len(entries)}, ensure_ascii=False)
        with self._talking(), self.server.pipeline(transaction=True) as pipe:
            try:
                # WATCH: a publisher racing us for the same id makes our EXEC fail, not double the rows
                pipe.watch(self.plan_key, self.stream)
                if pipe.exists(self.plan_key, self.stream):
                    raise QueueError(self._already_published())
                pipe.multi()
                pipe.set(self.plan_key, stored)
                # the group reads from the stream's start: it sees every entry added below
                pipe.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
                for entry in entries:
                    pipe.xadd(self.stream, {ENTRY_FIELD: entry_json(entry)})
                pipe.execute()
            except redis.WatchError:
                raise QueueError(self._already_published()) from None
        logger.info("queue %s: published %d rows", self.stream, len(entries))
        return len(entries)

    def _already_published(self) -> str:
        return (f"crawl id {self.crawl_id!r} is already in the queue at {describe_server(self.server)}: "
                f"choose another --crawl-id (workers join a published crawl by its id)")

    def plan(self) -> dict | None:
        """The published plan (seeds_path, as_of, year, crawl_id, total), None if not published."""
        with self._talking():
            stored = self.server.get(self.plan_key)
        return json.loads(stored) if stored else None

    def entries(self) -> list[Seed | BadSeed]:
        """Every published row, in the order of the seeds file."""
        with self._talking():
            return [entry_from_json(fields[ENTRY_FIELD]) for _, fields in self.server.xrange(self.stream)]

    # --- working --------------------------------------------------------------------------

    def take(self, worker: str) -> Lease | None:
        """The next school for ``worker``: a lease lapsed at a dead worker first, else a new row;
        None when there is neither right now (others may still be pending)."""
        with self._talking():
            return self._take_lapsed(worker) or self._take_new(worker)

    def _take_lapsed(self, worker: str) -> Lease | None:
        # the oldest entry idle past the lease, then XCLAIM with the same minimum idle time:
        # of two workers racing for it one wins, the other's claim finds it busy again
        lapsed = self.server.xpending_range(self.stream, GROUP, min="-", max="+", count=1, idle=self._lease_ms)
        if not lapsed:
            return None
        entry_id = lapsed[0]["message_id"]
        claimed = self.server.xclaim(self.stream, GROUP, worker, self._lease_ms, [entry_id])
        if not claimed or not claimed[0][1]:
            return None
        logger.warning("queue %s: %s re-takes entry %s, whose lease lapsed", self.stream, worker, entry_id)
        return Lease(entry_id, entry_from_json(claimed[0][1][ENTRY_FIELD]), int(lapsed[0]["times_delivered"]) + 1)

    def _take_new(self, worker: str) -> Lease | None:
        answer = self.server.xreadgroup(GROUP, worker, {self.stream: ">"}, count=1)
        if not answer:
            return None
        entry_id, fields = answer[0][1][0]
        return Lease(entry_id, entry_from_json(fields[ENTRY_FIELD]), 1)

    def renew(self, worker: str, entry_ids: list[str]) -> None:
        """Reset the idle time of ``worker``'s leases; one re-taken by another worker is left to it."""
        if not entry_ids:
            return
        with self._talking():
            renewed = set(self._renew_script(keys=[self.stream], args=[GROUP, worker, *entry_ids]))
        for lost in sorted(set(entry_ids) - renewed):
            logger.warning("queue %s: %s lost its lease of entry %s (its lease lapsed; another worker "
                           "re-took it, or it was acknowledged)", self.stream, worker, lost)

    def ack(self, entry_id: str) -> None:
        """The school's report is written: the row is done."""
        with self._talking():
            self.server.xack(self.stream, GROUP, entry_id)

    # --- progress -------------------------------------------------------------------------

    def state(self) -> QueueState:
        plan = self.plan()
        if plan is None:
            raise QueueError(f"crawl {self.crawl_id!r} is not in the queue at {describe_server(self.server)}: "
                             f"publish it with `scrapy enqueue`")
        with self._talking():
            group = next(g for g in self.server.xinfo_groups(self.stream) if g["name"] == GROUP)
            undelivered = self._undelivered(group)
        total, pending = int(plan["total"]), int(group["pending"])
        return QueueState(total, undelivered, pending, total - undelivered - pending)

    def _undelivered(self, group: dict) -> int:
        # lag is exact while no entry was deleted from the stream, which this queue never does;
        # Redis reports it as nil otherwise, and then the entries after the group's position count
        if group.get("lag") is not None:
            return int(group["lag"])
        return len(self.server.xrange(self.stream, f"({group['last-delivered-id']}", "+"))

    def finished(self) -> bool:
        """Every row taken and acknowledged: nothing undelivered, nothing pending."""
        state = self.state()
        return state.undelivered == 0 and state.pending == 0
