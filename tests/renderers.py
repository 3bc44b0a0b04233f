"""Pytest fixtures for the real renderers: a Splash server started by scripts/splash.sh
on a free port, and Debian's Chromium. Import them into a test module to use them.

A renderer whose packages cannot be installed skips its tests with the reason; any
other failure (a server that installs but does not start) fails them.
"""
from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPLASH_SH = ROOT / "scripts" / "splash.sh"
CHROMIUM_SH = ROOT / "scripts" / "chromium.sh"
SPLASH_PYTHON = ROOT / ".run" / "splash-venv" / "bin" / "python"
CHROMIUM = Path("/usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _splash_installed() -> bool:
    if not SPLASH_PYTHON.exists():
        return False
    return subprocess.run([str(SPLASH_PYTHON), "-c", "import splash.server"],
                          capture_output=True).returncode == 0


@pytest.fixture(scope="session")
def splash_url():
    """URL of a Splash server started for this session, stopped at its end."""
    if not _splash_installed():
        done = subprocess.run([str(SPLASH_SH), "install"], capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.skip(f"Splash cannot be installed here: {done.stderr.strip()[-500:]}")
    port = free_port()
    subprocess.run([str(SPLASH_SH), "start", str(port)], check=True, capture_output=True, timeout=60)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        subprocess.run([str(SPLASH_SH), "stop", str(port)], capture_output=True, timeout=30)
        (ROOT / ".run" / f"splash-{port}.log").unlink(missing_ok=True)  # one per random port otherwise


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, installed when missing."""
    if not CHROMIUM.exists():
        done = subprocess.run([str(CHROMIUM_SH)], capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.skip(f"Chromium cannot be installed here: {done.stderr.strip()[-500:]}")
    return CHROMIUM
