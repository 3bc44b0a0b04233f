"""The school queue (tochka.distributed.queue) against a real redis-server started by
scripts/redis.sh (tests/redis_server.py): leases, re-takes, renewals, errors, restarts."""
from __future__ import annotations

import threading
import time
import uuid

import pytest
import redis
from scrapy.settings import Settings

from tochka.distributed.queue import QueueError, QueueState, SchoolQueue, default_worker_id
from tochka.seeds import BadSeed, Seed

LEASE = 1.0  # seconds: short, so that a lapse is quick to provoke


def seeds(count: int) -> list[Seed | BadSeed]:
    rows: list[Seed | BadSeed] = [Seed(f"s{n}", f"Школа № {n}", "Ростовская область", f"http://school{n}.example/",
                                       municipality="г. Ростов", raw_url=f"school{n}.example", line=n + 1)
                                  for n in range(1, count)]
    rows.append(BadSeed(count + 1, "bad", "Школа без адреса", "Ростовская область", "", "tochka_rosta",
                        "не указан адрес сайта", "empty URL"))
    return rows


def plan_for(crawl_id: str) -> dict:
    return {"seeds_path": "seeds/region61.csv", "as_of": "2023-12-13", "year": 2023, "crawl_id": crawl_id}


@pytest.fixture
def queue(redis_server) -> SchoolQueue:
    return SchoolQueue(redis_server.client(), f"test-{uuid.uuid4().hex[:8]}", LEASE)


def published(queue: SchoolQueue, count: int) -> list[Seed | BadSeed]:
    rows = seeds(count)
    assert queue.publish(plan_for(queue.crawl_id), rows) == count
    return rows


def take_all(queue: SchoolQueue, worker: str) -> list:
    leases = []
    while (lease := queue.take(worker)) is not None:
        leases.append(lease)
    return leases


def test_publish_take_ack_until_finished(queue):
    rows = published(queue, 3)
    assert queue.plan() == {**plan_for(queue.crawl_id), "total": 3}
    assert queue.entries() == rows
    assert queue.state() == QueueState(total=3, undelivered=3, pending=0, done=0)

    leases = take_all(queue, "w1")
    assert [lease.entry for lease in leases] == rows  # rebuilt as Seed and BadSeed, in file order
    assert isinstance(leases[-1].entry, BadSeed)
    assert [lease.deliveries for lease in leases] == [1, 1, 1]
    assert queue.state() == QueueState(total=3, undelivered=0, pending=3, done=0)
    assert not queue.finished()

    for lease in leases[:2]:
        queue.ack(lease.entry_id)
    assert queue.state() == QueueState(total=3, undelivered=0, pending=1, done=2)
    assert not queue.finished()
    queue.ack(leases[2].entry_id)
    assert queue.finished()
    assert queue.take("w2") is None


def test_two_workers_racing_never_get_the_same_school(redis_server, queue):
    published(queue, 100)
    taken: dict[str, list[str]] = {}
    ready = threading.Barrier(2, timeout=30)

    def work(worker: str) -> None:
        # a client of its own per worker, as separate processes would have, connected before the race
        own = SchoolQueue(redis_server.client(), queue.crawl_id, LEASE)
        own.server.ping()
        ready.wait()
        taken[worker] = [lease.entry_id for lease in take_all(own, worker)]

    threads = [threading.Thread(target=work, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not set(taken["a"]) & set(taken["b"])
    assert len(taken["a"]) + len(taken["b"]) == 100
    assert taken["a"] and taken["b"], "both workers should have had work"


def test_a_school_whose_worker_stopped_renewing_goes_to_another_after_the_lease(queue):
    published(queue, 2)
    first = queue.take("dead")
    second = queue.take("alive")
    assert queue.take("alive") is None  # everything is leased, nothing lapsed yet
    time.sleep(LEASE + 0.3)
    queue.renew("alive", [second.entry_id])  # the live worker kept its own lease
    again = queue.take("alive")
    assert again is not None and again.entry_id == first.entry_id
    assert again.entry == first.entry and again.deliveries == 2
    assert queue.take("alive") is None  # second is still leased to "alive": not re-taken
    # the dead worker wakes up: its renewal must not steal the school back
    queue.renew("dead", [first.entry_id])
    owner = queue.server.xpending_range(queue.stream, "workers", min=first.entry_id, max=first.entry_id, count=1)
    assert owner[0]["consumer"] == "alive"


def test_renewing_keeps_a_lease_past_its_length(queue):
    published(queue, 1)
    lease = queue.take("busy")
    deadline = time.monotonic() + 2.5 * LEASE
    while time.monotonic() < deadline:
        queue.renew("busy", [lease.entry_id])
        assert queue.take("other") is None
        time.sleep(queue.renew_interval)
    queue.ack(lease.entry_id)
    assert queue.finished()


def test_a_lapsed_lease_behind_many_live_ones_is_found(queue):
    # XAUTOCLAIM looks at ten pending entries per call: the lapsed one is the twelfth
    published(queue, 12)
    leases = take_all(queue, "a")
    time.sleep(LEASE + 0.3)
    queue.renew("a", [lease.entry_id for lease in leases[:11]])
    again = queue.take("b")
    assert again is not None and again.entry_id == leases[11].entry_id


def test_counts_hold_when_an_entry_was_deleted_by_hand(queue):
    # Redis reports the group's lag as nil then; the entries after the group's position are counted
    published(queue, 4)
    queue.take("w")
    dropped = queue.server.xrange(queue.stream)[2][0]
    queue.server.xdel(queue.stream, dropped)
    assert queue.server.xinfo_groups(queue.stream)[0]["lag"] is None
    assert queue.state() == QueueState(total=4, undelivered=2, pending=1, done=1)


def test_a_crawl_id_is_published_once(queue):
    published(queue, 2)
    with pytest.raises(QueueError, match="already in the queue"):
        queue.publish(plan_for(queue.crawl_id), seeds(2))
    assert queue.state().total == 2


def test_an_unpublished_crawl_is_named(queue):
    assert queue.plan() is None
    with pytest.raises(QueueError, match="is not in the queue.*scrapy enqueue"):
        queue.take("w")
    with pytest.raises(QueueError, match="is not in the queue"):
        queue.finished()


@pytest.mark.parametrize("password", ["not-the-password", None])
def test_a_wrong_or_missing_password_is_a_clear_error_without_the_password(redis_server, password):
    url = f"redis://:{password}@127.0.0.1:{redis_server.port}/0" if password else f"redis://127.0.0.1:{redis_server.port}/0"
    queue = SchoolQueue(redis.Redis.from_url(url, decode_responses=True), "any", LEASE)
    with pytest.raises(QueueError) as caught:
        queue.plan()
    message = str(caught.value)
    assert f"Redis at redis://{':***@' if password else ''}127.0.0.1:{redis_server.port}/0 refused the password" in message
    assert "not-the-password" not in message


def test_redis_down_is_a_clear_error_naming_the_redacted_url(own_redis_server):
    password, port = own_redis_server.password, own_redis_server.port
    settings = Settings({"REDIS_URL": own_redis_server.url})
    queue = SchoolQueue.from_settings(settings, "any")
    own_redis_server.stop()
    with pytest.raises(QueueError) as caught:
        queue.take("w")
    message = str(caught.value)
    assert f"Redis at redis://:***@127.0.0.1:{port}/0 is unreachable" in message
    assert password not in message


def test_the_queue_survives_a_restart_of_redis(own_redis_server):
    queue = SchoolQueue(own_redis_server.client(), "restart", LEASE)
    published(queue, 4)
    lease = queue.take("w")
    queue.ack(lease.entry_id)
    queue.take("w")
    own_redis_server.stop()
    own_redis_server.start()  # same port and directory: the append-only file is read back
    queue = SchoolQueue(own_redis_server.client(), "restart", LEASE)
    assert queue.plan()["total"] == 4
    assert queue.state() == QueueState(total=4, undelivered=2, pending=1, done=1)


def test_from_settings_reads_the_url_lease_and_worker(redis_server):
    settings = Settings({"REDIS_URL": redis_server.url, "TOCHKA_LEASE_SECONDS": "7.5", "TOCHKA_WORKER_ID": "box-1"})
    queue = SchoolQueue.from_settings(settings, "settings")
    assert queue.lease_seconds == 7.5 and queue.renew_interval == 2.5
    assert queue.plan() is None  # it talks to the server: authenticated, decoding
    assert default_worker_id(settings) == "box-1"
    assert default_worker_id(Settings()).rsplit("-", 1)[1].isdigit()


def test_without_redis_url_distributed_mode_is_off():
    with pytest.raises(QueueError, match="REDIS_URL is not set"):
        SchoolQueue.from_settings(Settings({"REDIS_URL": ""}), "any")
