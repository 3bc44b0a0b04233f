"""The benchmark web generator: deterministic, complete, and every link leads somewhere."""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from bench.generate import build, ensure, file_for

HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')


def _digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _serve(sites: Path, url: str) -> Path | None:
    """The file nginx (``root sites/$host; try_files $uri $uri/index.html``) answers with."""
    parts = urlsplit(url)
    base = sites / parts.hostname
    path = unquote(parts.path) or "/"
    for candidate in (path, path.rstrip("/") + "/index.html"):
        target = base / candidate.lstrip("/")
        if target.is_file():
            return target
    return None


def _crawl(sites: Path, start: str) -> tuple[set[Path], list[tuple[str, str]]]:
    """Breadth-first over same-host links, as the bare spider follows them."""
    host = urlsplit(start).hostname
    queue, seen, reached, broken = [start], {start}, set(), []
    while queue:
        url = queue.pop(0)
        target = _serve(sites, url)
        if target is None:
            broken.append(url)
            continue
        reached.add(target)
        if target.suffix != ".html":
            continue
        for href in HREF.findall(target.read_text(encoding="utf-8")):
            link = urldefrag(urljoin(url, href.replace("&amp;", "&")))[0]
            if urlsplit(link).scheme in ("http", "https") and urlsplit(link).hostname == host and link not in seen:
                seen.add(link)
                queue.append(link)
    return reached, broken


@pytest.fixture(scope="module")
def web(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("web")
    build(out, 3, seed=7)
    return out


def test_same_seed_same_bytes(web, tmp_path):
    build(tmp_path, 3, seed=7)
    assert _digest(tmp_path / "sites") == _digest(web / "sites")
    assert (tmp_path / "seeds.csv").read_bytes() == (web / "seeds.csv").read_bytes()


def test_site_k_does_not_depend_on_the_number_of_sites(web, tmp_path):
    build(tmp_path, 2, seed=7)
    first = "school0001-bench.ru"
    assert _digest(tmp_path / "sites" / first) == _digest(web / "sites" / first)


def test_seeds_and_expected_files(web):
    rows = list(csv.DictReader((web / "seeds.csv").open(encoding="utf-8")))
    assert [r["url"] for r in rows] == [f"http://school000{k}-bench.ru/" for k in (1, 2, 3)]
    assert list(rows[0]) == ["id", "name", "region", "url", "center_type", "municipality", "section_url"]
    for row in rows:
        root = web / "sites" / urlsplit(row["url"]).hostname
        assert (root / "index.html").is_file() and (root / "robots.txt").is_file()
        html = list(root.rglob("*.html"))
        assert 30 <= len(html) <= 65
        sizes = [p.stat().st_size for p in html]
        assert min(sizes) >= 20_000 and max(sizes) <= 60_000
        pdfs = list(root.rglob("*.pdf"))
        assert len(pdfs) >= 6 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
        texts = [p.read_text(encoding="utf-8") for p in html]
        assert any("Расписание занятий центра «Точка роста»" in t for t in texts)
        assert sum('class="news-item"' in t for t in texts) >= 1


def test_every_link_resolves_and_every_file_is_reachable(web):
    for host_dir in sorted((web / "sites").iterdir()):
        reached, broken = _crawl(web / "sites", f"http://{host_dir.name}/")
        assert broken == []
        files = {p for p in host_dir.rglob("*") if p.is_file() and p.name != "robots.txt"}
        assert files == reached


def test_file_for_matches_nginx_try_files():
    assert file_for("/") == "/index.html"
    assert file_for("/news/2023-09-01-3.html") == "/news/2023-09-01-3.html"
    assert file_for("/index/obshhaja_informacija/0-87") == "/index/obshhaja_informacija/0-87/index.html"
    assert file_for("/%D1%82%D0%BE%D1%87%D0%BA%D0%B0/") == "/точка/index.html"


def test_ensure_reuses_a_matching_web(tmp_path):
    seeds, reused = ensure(tmp_path, 1, seed=3)
    assert not reused and seeds.is_file()
    assert ensure(tmp_path, 1, seed=3) == (seeds, True)
    assert ensure(tmp_path, 1, seed=4)[1] is False
