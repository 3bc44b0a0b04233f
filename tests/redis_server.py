"""pytest fixtures: Debian's redis-server, started by scripts/redis.sh on a free 127.0.0.1 port
in a temporary directory, with a password. Tests talk to it over its real protocol.

Without redis-server the tests skip with the reason, except in CI (CI set), where .ci/run
installs it and its absence is a failure. Fixtures reach every test module through
``pytest_plugins`` in tests/conftest.py.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parents[1]
REDIS_SH = ROOT / "scripts" / "redis.sh"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def require_redis_server() -> None:
    if shutil.which("redis-server"):
        return
    reason = "redis-server is not installed (apt-get install redis-server)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; .ci/run installs it, so CI must have it")
    pytest.skip(reason)


class RedisServer:
    """One redis-server run by scripts/redis.sh; restartable on the same port and directory."""

    def __init__(self, workdir: Path, port: int | None = None):
        self.workdir = workdir
        self.port = port or free_port()
        self.url = ""

    def start(self) -> None:
        # the password the script generates into workdir, not one from the caller's environment
        env = {k: v for k, v in os.environ.items() if k != "TOCHKA_REDIS_PASSWORD"}
        done = subprocess.run(["bash", str(REDIS_SH), "start", str(self.port), str(self.workdir)],
                              capture_output=True, text=True, timeout=30, env=env)
        if done.returncode != 0:
            raise RuntimeError(f"scripts/redis.sh start failed: {done.stderr.strip()[-500:]}")
        self.url = (self.workdir / "redis.url").read_text().strip()

    def stop(self) -> None:
        subprocess.run(["bash", str(REDIS_SH), "stop", str(self.workdir)], capture_output=True, timeout=30,
                       check=True)

    @property
    def password(self) -> str:
        return (self.workdir / "password").read_text().strip()

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, decode_responses=True)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A server shared by the session: each test uses its own crawl id."""
    require_redis_server()
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_redis_server(tmp_path):
    """A server for one test, which may stop and restart it."""
    require_redis_server()
    server = RedisServer(tmp_path / "redis")
    server.start()
    yield server
    server.stop()
