"""Walk every hold-out site of f_part1a/f_part1b through the fixture web's proxy and report
links that do not answer 200 (besides the ones a site breaks on purpose) and pages that no
link reaches. Run: .venv/bin/python -m tests.fixtureweb.holdout.check_f_part1"""
from __future__ import annotations

import re
import sys
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

from tests.fixtureweb.holdout import f_part1a, f_part1b
from tests.fixtureweb.kit import _norm
from tests.fixtureweb.server import FixtureWebServer

SITES = f_part1a.SITES + f_part1b.SITES
# Links that are broken on the real site too (removed albums, typos in menus).
INTENDED_BROKEN = {"/photo/tochka_rosta_2022/3", "/index.php/component/content/article/99-staraya-galereya"}
LINK = re.compile(r"""(?:href|src)\s*=\s*["']([^"'#]+)["']""", re.I)


def fetch(opener: urllib.request.OpenerDirector, url: str) -> tuple[int, str, bytes]:
    parts = urlsplit(url)
    url = parts._replace(netloc=parts.hostname.encode("idna").decode("ascii"), path=quote(parts.path)).geturl()
    try:
        with opener.open(url, timeout=10) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def decode(ctype: str, body: bytes) -> str:
    match = re.search(r"charset=([\w-]+)", ctype) or re.search(rb"charset=([\w-]+)", body[:1000])
    charset = match.group(1) if match else "cp1251"
    return body.decode(charset if isinstance(charset, str) else charset.decode(), errors="replace")


def walk(site, opener) -> list[str]:
    problems, seen = [], set()
    queue = deque([_plain(site.seed["url"])])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        status, ctype, body = fetch(opener, url)
        path = urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")
        if status != 200 and path not in INTENDED_BROKEN:
            problems.append(f"{status} {url}")
        if "html" not in ctype or status != 200:
            continue
        text = decode(ctype, body)
        if "Страница не найдена" in text and path not in INTENDED_BROKEN:
            problems.append(f"soft404 {url}")
        for href in LINK.findall(text):
            target = urljoin(url, href.replace("&amp;", "&"))
            if urlsplit(target).hostname in site.hosts and target.startswith("http"):
                queue.append(_plain(target))
    reached = {(urlsplit(u).hostname, _norm(urlsplit(u).path + (f"?{urlsplit(u).query}" if urlsplit(u).query else "")))
               for u in seen}
    problems += [f"unlinked {host}{target}" for host, target in sorted(set(site._static) - reached)]
    print(f"{site.seed['id']}: {len(seen)} urls fetched, {len(problems)} problems", *problems, sep="\n  ")
    return problems


def _plain(url: str) -> str:
    """The check speaks plain HTTP to the proxy; the sites answer the same on both schemes."""
    return url.replace("https://", "http://", 1)


def main() -> int:
    with FixtureWebServer(sites=SITES) as web:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": web.proxy_url}))
        problems = []
        for site in SITES:
            if site.dead:
                status, _, _ = fetch(opener, _plain(site.seed["url"]))
                print(f"{site.seed['id']}: dead, answers {status}")
                continue
            problems += walk(site, opener)
    print(f"{len(problems)} problems in all")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
