"""Where the tools find scrapyd's credentials: the environment first, else a file outside git
that the first start writes with a random password, readable by its owner only."""
from __future__ import annotations

import stat
import subprocess
import sys

import pytest

from tochka import scrapyd_api


@pytest.fixture
def no_env_credentials(monkeypatch, tmp_path):
    for name in ("TOCHKA_SCRAPYD_USERNAME", "TOCHKA_SCRAPYD_PASSWORD", "TOCHKA_SCRAPYD_URL"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "conf" / "scrapyd.env"
    monkeypatch.setenv("TOCHKA_SCRAPYD_CREDENTIALS", str(path))
    return path


def test_the_first_start_writes_a_random_password_only_its_owner_reads(no_env_credentials):
    first = scrapyd_api.load_credentials(create=True)
    assert stat.S_IMODE(no_env_credentials.stat().st_mode) == 0o600
    assert len(first.password) >= 24
    assert scrapyd_api.load_credentials() == first  # read back, not generated again


def test_the_environment_wins_over_the_file(no_env_credentials, monkeypatch):
    scrapyd_api.load_credentials(create=True)
    monkeypatch.setenv("TOCHKA_SCRAPYD_USERNAME", "ops")
    monkeypatch.setenv("TOCHKA_SCRAPYD_PASSWORD", "s3cret")
    assert scrapyd_api.load_credentials() == scrapyd_api.Credentials("ops", "s3cret")


def test_no_credentials_anywhere_is_a_clear_error(no_env_credentials):
    with pytest.raises(scrapyd_api.ScrapydConfigError, match="make scrapyd"):
        scrapyd_api.load_credentials()
    no_env_credentials.parent.mkdir()
    no_env_credentials.write_text("TOCHKA_SCRAPYD_USERNAME=ops\n", encoding="utf-8")
    with pytest.raises(scrapyd_api.ScrapydConfigError, match="lacks"):
        scrapyd_api.load_credentials()


def test_the_shell_form_is_what_the_scripts_eval(no_env_credentials):
    scrapyd_api.load_credentials(create=True)
    creds = scrapyd_api.load_credentials()
    out = subprocess.run([sys.executable, "-m", "tochka.scrapyd_api", "shell"], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines() == ["TOCHKA_SCRAPYD_URL=http://127.0.0.1:6800", "TOCHKA_SCRAPYD_USERNAME=tochka",
                                f"TOCHKA_SCRAPYD_PASSWORD={creds.password}"]
