"""Where the project's scrapyd is, how to log in to it, and the few calls the tools make.

- URL: ``TOCHKA_SCRAPYD_URL``, else ``http://127.0.0.1:6800`` (what ``make scrapyd`` starts).
  ``scrapy.cfg``'s ``[deploy]`` target reads the same variable, so ``scrapyd-deploy`` and these
  tools always talk to one server.
- Credentials: ``TOCHKA_SCRAPYD_USERNAME`` / ``TOCHKA_SCRAPYD_PASSWORD``, else the file
  ``TOCHKA_SCRAPYD_CREDENTIALS`` (default ``~/.config/tochka/scrapyd.env``, outside git), which
  ``scripts/scrapyd.sh start`` creates with a random password the first time.

``python -m tochka.scrapyd_api shell [--create]`` prints the three variables as shell
assignments for the scripts.
"""
from __future__ import annotations

import argparse
import os
import secrets
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests
from scrapyd_client.exceptions import ErrorResponse, MalformedResponse
from scrapyd_client.pyclient import ScrapydClient

DEFAULT_URL = "http://127.0.0.1:6800"
DEFAULT_USERNAME = "tochka"
LOG_TIMEOUT = 30  # seconds for one job log; logs of big crawls are a few megabytes


class ToolError(Exception):
    """A tool cannot do its work; the message says why in one line."""


class ScrapydConfigError(ToolError):
    """No usable credentials or address for scrapyd."""


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str


def scrapyd_url() -> str:
    return (os.environ.get("TOCHKA_SCRAPYD_URL") or DEFAULT_URL).rstrip("/")


def credentials_path() -> Path:
    configured = os.environ.get("TOCHKA_SCRAPYD_CREDENTIALS")
    return Path(configured) if configured else Path.home() / ".config" / "tochka" / "scrapyd.env"


def _read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.strip().partition("=")
        if sep and not name.startswith("#"):
            values[name.strip()] = shlex.split(value)[0] if value.strip() else ""
    return values


def _write_new_credentials(path: Path) -> Credentials:
    creds = Credentials(DEFAULT_USERNAME, secrets.token_urlsafe(24))
    path.parent.mkdir(parents=True, exist_ok=True)
    # created unreadable for others before the password is written into it
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("# scrapyd basic-auth credentials of tochka; generated, keep out of git\n"
                  f"TOCHKA_SCRAPYD_USERNAME={creds.username}\nTOCHKA_SCRAPYD_PASSWORD={creds.password}\n")
    return creds


def load_credentials(create: bool = False) -> Credentials:
    """From the environment, else from the credentials file (made when ``create`` and absent)."""
    username, password = os.environ.get("TOCHKA_SCRAPYD_USERNAME"), os.environ.get("TOCHKA_SCRAPYD_PASSWORD")
    if username and password:
        return Credentials(username, password)
    path = credentials_path()
    if not path.exists():
        if create:
            return _write_new_credentials(path)
        raise ScrapydConfigError(f"no scrapyd credentials: set TOCHKA_SCRAPYD_USERNAME and TOCHKA_SCRAPYD_PASSWORD "
                                 f"or start scrapyd once with `make scrapyd` (it writes {path})")
    values = _read_env_file(path)
    if not values.get("TOCHKA_SCRAPYD_USERNAME") or not values.get("TOCHKA_SCRAPYD_PASSWORD"):
        raise ScrapydConfigError(f"{path} lacks TOCHKA_SCRAPYD_USERNAME or TOCHKA_SCRAPYD_PASSWORD")
    return Credentials(values["TOCHKA_SCRAPYD_USERNAME"], values["TOCHKA_SCRAPYD_PASSWORD"])


def bypass_proxy_for(url: str) -> None:
    """A crawl proxy in the environment (http_proxy) must not carry the calls to our scrapyd."""
    host = urlsplit(url).hostname or ""
    current = os.environ.get("no_proxy", "")
    if host and host not in current.split(","):
        os.environ["no_proxy"] = ",".join(filter(None, [current, host]))


def client(url: str | None = None, creds: Credentials | None = None) -> ScrapydClient:
    url = url or scrapyd_url()
    creds = creds or load_credentials()
    bypass_proxy_for(url)
    return ScrapydClient(url, creds.username, creds.password)


def list_jobs(api: ScrapydClient, project: str) -> dict:
    """listjobs.json of ``project``; no jobs at all while the project was never deployed."""
    try:
        return api.jobs(project)
    except ErrorResponse as exc:
        if f"project '{project}' not found" in str(exc):
            return {}
        raise


def fetch_log(api: ScrapydClient, log_url: str) -> str | None:
    """A job's log through scrapyd's web server (``log_url`` as listjobs.json gives it), or None."""
    response = requests.get(api.url + log_url, auth=api.auth, timeout=LOG_TIMEOUT)
    if response.status_code == 404:
        return None
    response.raise_for_status()
    return response.content.decode("utf-8", errors="replace")


def run_tool(action: Callable[[], int]) -> int:
    """``action()``'s exit code, or 2 with a one-line message when it cannot work."""
    try:
        return action()
    except ToolError as exc:
        print(f"tochka: error: {exc}", file=sys.stderr)
    except (OSError, ErrorResponse, MalformedResponse) as exc:  # requests' errors are OSErrors
        print(f"tochka: error: scrapyd at {scrapyd_url()} did not answer: {exc}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print scrapyd's URL and credentials as shell assignments")
    parser.add_argument("command", choices=["shell"])
    parser.add_argument("--create", action="store_true", help="generate the credentials file when it is absent")
    args = parser.parse_args(argv)
    try:
        creds = load_credentials(create=args.create)
    except (ScrapydConfigError, OSError) as exc:
        print(f"tochka: error: {exc}", file=sys.stderr)
        return 2
    for name, value in (("TOCHKA_SCRAPYD_URL", scrapyd_url()), ("TOCHKA_SCRAPYD_USERNAME", creds.username),
                        ("TOCHKA_SCRAPYD_PASSWORD", creds.password)):
        print(f"{name}={shlex.quote(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
