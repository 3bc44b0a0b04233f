"""Crawl every page of the f_part2 hold-out sites through the fixture web's proxy and
report links to the sites' own hosts that do not answer 200 (run by hand, not collected).

Usage: .venv/bin/python -m tests.fixtureweb.holdout.check_f_part2
"""
from __future__ import annotations

import json
import ssl
import sys
import urllib.request
from html.parser import HTMLParser
from urllib.error import HTTPError
from urllib.parse import quote, urljoin, urlsplit

from tests.fixtureweb.holdout import f_part2a, f_part2b
from tests.fixtureweb.server import FixtureWebServer

SITES = f_part2a.SITES + f_part2b.SITES
# Dead links the sites keep on purpose (a soft 404 trap), as "<status> <url>".
INTENDED_BROKEN = {"200 https://lesnoe-school.nubex.ru/4399/"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        for name, value in attrs:
            if name in ("href", "src", "data-src") and value and not value.startswith(("#", "mailto:", "javascript:")):
                self.found.append(value)


def _ascii_url(url: str) -> str:
    """urllib sends neither Unicode host names nor Cyrillic paths: encode them as a browser does."""
    parts = urlsplit(url)
    host = parts.hostname.encode("idna").decode("ascii")
    return parts._replace(netloc=host, path=quote(parts.path), query=quote(parts.query, safe="=&%")).geturl()


def _fetch(opener, url: str) -> tuple[int, str, bytes]:
    try:
        with opener.open(_ascii_url(url), timeout=20) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except HTTPError as error:
        return error.code, "", b""


def crawl(site, opener) -> list[str]:
    """Breadth-first over the site's own hosts; returns the broken links found."""
    hosts = set(site.hosts)
    queue, seen, broken = [site.seed["url"]], set(), []
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        status, ctype, body = _fetch(opener, url)
        if status != 200 or b"404 \xe2\x80\x94" in body:
            broken.append(f"{status} {url}")
            continue
        if "json" in ctype:  # a script-built section: its blocks carry the links a browser would show
            text = "".join(block["html"] for block in json.loads(body)["blocks"])
        elif "html" in ctype:
            text = body.decode("utf-8", errors="replace")
        else:
            continue
        parser = _Links()
        parser.feed(text)
        for link in parser.found:
            target = urljoin(url, link).split("#")[0]
            if urlsplit(target).hostname in hosts:
                queue.append(target)
    print(f"{site.seed['id']:4} {site.host:32} {len(seen):3} urls, {len(broken)} broken")
    return broken


def main() -> int:
    ids = [s.seed["id"] for s in SITES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    failures = []
    with FixtureWebServer(sites=SITES) as web:
        proxy = urllib.request.ProxyHandler({"http": web.proxy_url, "https": web.proxy_url})
        context = ssl._create_unverified_context()  # the fixture web's certificate is self-signed
        opener = urllib.request.build_opener(proxy, urllib.request.HTTPSHandler(context=context))
        for site in SITES:
            if site.dead:
                continue
            failures += [f"{site.seed['id']}: {b}" for b in crawl(site, opener) if b not in INTENDED_BROKEN]
    print("\n".join(failures) or "all links answer 200")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
