"""pytest fixtures: a real MongoDB wire-protocol server (nx-27017) on a free 127.0.0.1 port.

Tests talk to it with the ordinary ``pymongo.MongoClient`` over TCP. ``NxServer.stop`` /
``start`` / ``freeze`` let a test take the server away in the middle of a crawl.
Its fixtures reach every test module through ``pytest_plugins`` in tests/conftest.py.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pymongo
import pytest

NX_VERSION = "0.8.1"


def nx_executable() -> Path:
    """The nx-27017 script next to this interpreter, installed from PyPI if missing."""
    exe = Path(sys.executable).parent / "nx-27017"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", f"nx-27017=={NX_VERSION}"],
                       check=True)
    return exe


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class NxServer:
    """One nx-27017 process with its own data directory; restartable on the same port."""

    def __init__(self, workdir: Path, port: int | None = None):
        self.workdir = workdir
        self.port = port or free_port()
        self.uri = f"mongodb://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self._stderr = None
        workdir.mkdir(parents=True, exist_ok=True)

    def start(self, timeout: float = 15.0) -> None:
        assert self.proc is None, "already running"
        log = self.workdir / "nx-27017.log"
        self._stderr = open(self.workdir / "stderr.log", "ab")
        self.proc = subprocess.Popen(
            [str(nx_executable()), "--host", "127.0.0.1", "-p", str(self.port),
             "--data-dir", str(self.workdir / "data"), "--log-file", str(log),
             "--pid-file", str(self.workdir / "nx-27017.pid")],
            stdout=subprocess.DEVNULL, stderr=self._stderr,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nx-27017 exited with {self.proc.returncode}; see {log}")
            if self.ping():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"nx-27017 did not answer on port {self.port} within {timeout} s")

    def ping(self) -> bool:
        with pymongo.MongoClient(self.uri, serverSelectionTimeoutMS=200) as client:
            try:
                client.admin.command("ping")
                return True
            except pymongo.errors.PyMongoError:
                return False

    def stop(self) -> None:
        """Stop the server (SIGTERM, SIGKILL after 10 s); its data stays on disk."""
        if self.proc is None:
            return
        self.thaw()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None
        self._stderr.close()

    def restart(self) -> None:
        self.stop()
        self.start()

    def freeze(self) -> None:
        """SIGSTOP: connections are accepted by the kernel but nothing answers (a hung server)."""
        os.kill(self.proc.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        if self.proc is not None:
            os.kill(self.proc.pid, signal.SIGCONT)

    def client(self, **kwargs) -> pymongo.MongoClient:
        return pymongo.MongoClient(self.uri, **{"serverSelectionTimeoutMS": 3000, **kwargs})


@pytest.fixture(scope="module")
def mongo_server(tmp_path_factory):
    """A server shared by a module's tests; each test should use its own database."""
    server = NxServer(tmp_path_factory.mktemp("nx-27017"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_mongo_server(tmp_path):
    """A server for one test, which may stop, restart or freeze it."""
    server = NxServer(tmp_path / "nx-27017")
    server.start()
    yield server
    server.stop()
