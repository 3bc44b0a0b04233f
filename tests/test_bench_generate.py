"""The benchmark web generator: deterministic, complete, every link leads somewhere, and
the few script-built pages are the only ones the spider would send to a renderer."""
from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import pytest

from bench.generate import JS_EVERY, build, ensure, file_for, js_kind
from tochka.rendering.decide import needs_rendering

HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
FETCH = re.compile(r'fetch\("([^"]+)"\)')
PAGE_HTML = re.compile(r"var PAGE_HTML = (\".*?\");\n", re.S)


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


def _crawl(sites: Path, start: str, browser: bool = True) -> tuple[set[Path], list[tuple[str, str]]]:
    """Breadth-first over same-host links, as the bare spider follows them; ``browser``
    also follows what scripts show: links in JS strings, fetch()ed JSON and its URLs."""
    host = urlsplit(start).hostname
    queue, seen, reached, broken = [start], {start}, set(), []
    while queue:
        url = queue.pop(0)
        target = _serve(sites, url)
        if target is None:
            broken.append(url)
            continue
        reached.add(target)
        if target.suffix == ".json":
            hrefs = [item["url"] for item in json.loads(target.read_text(encoding="utf-8"))]
        elif target.suffix == ".html":
            text = target.read_text(encoding="utf-8")
            hrefs = HREF.findall(SCRIPT.sub("", text))
            if browser:  # what the page's scripts insert: the JS string, the fetched JSON
                hrefs += [h for s in PAGE_HTML.findall(text) for h in HREF.findall(json.loads(s))]
                hrefs += FETCH.findall(text)
        else:
            continue
        for href in hrefs:
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


def test_about_two_percent_of_the_sites_are_script_built():
    kinds = [js_kind(k) for k in range(1, 501)]
    assert sum(k is not None for k in kinds) == 500 // JS_EVERY
    assert kinds.count("inline") == kinds.count("fetch")
    assert (js_kind(3), js_kind(53)) == ("inline", "fetch")


@pytest.fixture(scope="module")
def js_web(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("jsweb")
    build(out, 53, seed=7, only={2, 3, 53})
    return out


def test_only_writes_the_same_sites(web, js_web, tmp_path):
    rows = list(csv.DictReader((js_web / "seeds.csv").open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["bench-0002", "bench-0003", "bench-0053"]
    for host in ("school0002-bench.ru", "school0003-bench.ru"):
        assert _digest(js_web / "sites" / host) == _digest(web / "sites" / host)
    build(tmp_path, 2, seed=3, only={1})
    assert ensure(tmp_path, 2, seed=3)[1] is False  # a partial web is never reused


def test_every_file_of_the_script_built_sites_is_reachable_in_a_browser(js_web):
    for host_dir in sorted((js_web / "sites").iterdir()):
        reached, broken = _crawl(js_web / "sites", f"http://{host_dir.name}/")
        assert broken == []
        assert {p for p in host_dir.rglob("*") if p.is_file() and p.name != "robots.txt"} == reached


def test_script_built_pages_are_flagged_and_only_they(js_web):
    stamp = json.loads((js_web / "web.json").read_text(encoding="utf-8"))
    assert stamp["js_sites"] == {"school0003-bench.ru": "inline", "school0053-bench.ru": "fetch"}
    built = {_serve(js_web / "sites", url): url for url in stamp["script_built"]}
    assert None not in built
    expected = {"school0002-bench.ru": None, "school0003-bench.ru": "content_inserted_by_script",
                "school0053-bench.ru": "content_from_json_api"}
    flagged = {host: 0 for host in expected}
    for page in sorted((js_web / "sites").rglob("*.html")):
        host = page.relative_to(js_web / "sites").parts[0]
        reason = needs_rendering(page.read_text(encoding="utf-8"))
        assert reason == (expected[host] if page in built else None), page
        flagged[host] += reason is not None
    # inline: the section's root and subsections; fetch: the news list and its pages
    assert flagged["school0002-bench.ru"] == 0
    assert 7 <= flagged["school0003-bench.ru"] <= 12
    assert 1 <= flagged["school0053-bench.ru"] <= 3
    assert len(built) == flagged["school0003-bench.ru"] + flagged["school0053-bench.ru"]


def test_script_built_content_is_only_in_the_scripts(js_web):
    sites = js_web / "sites"
    inline = (sites / "school0003-bench.ru")
    section = next(p for p in inline.rglob("index.html") if "page-content" in p.read_text(encoding="utf-8"))
    html = section.read_text(encoding="utf-8")
    assert 20_000 <= len(html.encode()) <= 60_000
    assert "window.addEventListener(\"load\"" in html and "<\\/p>" in html
    fetch = sites / "school0053-bench.ru"
    data = sorted((fetch / "api" / "news").glob("page-*.json"))
    assert data and all(json.loads(p.read_text())[0]["url"].endswith(".html") for p in data)
    for host in ("school0003-bench.ru", "school0053-bench.ru"):
        # a browser reaches every file (test above); a crawl without one misses some
        plain, broken = _crawl(sites, f"http://{host}/", browser=False)
        assert broken == [] and plain < {p for p in (sites / host).rglob("*") if p.is_file()} - {sites / host / "robots.txt"}


@pytest.fixture(scope="module")
def small_web(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("smallweb")
    build(out, 4, seed=7, small=True)
    return out


def test_small_sites_have_about_ten_pages_and_all_the_spider_checks(small_web):
    for host_dir in sorted((small_web / "sites").iterdir()):
        html = list(host_dir.rglob("*.html"))
        assert 8 <= len(html) <= 11
        assert min(p.stat().st_size for p in html) >= 20_000
        texts = [p.read_text(encoding="utf-8") for p in html]
        assert any("Расписание занятий центра «Точка роста»" in t for t in texts)
        assert any("О направлении методических рекомендаций" in t for t in texts)
        assert sum('class="news-item"' in t for t in texts) >= 1
        reached, broken = _crawl(small_web / "sites", f"http://{host_dir.name}/")
        assert broken == []
        assert reached == {p for p in host_dir.rglob("*") if p.is_file() and p.name != "robots.txt"}


def test_ensure_tells_a_small_web_from_a_full_one(tmp_path):
    assert ensure(tmp_path, 1, seed=3, small=True)[1] is False
    assert ensure(tmp_path, 1, seed=3, small=True)[1] is True
    assert ensure(tmp_path, 1, seed=3)[1] is False


def test_ensure_may_reuse_a_larger_web(tmp_path):
    seeds, _ = ensure(tmp_path, 3, seed=3, small=True)
    assert ensure(tmp_path, 2, seed=3, small=True, larger_ok=True) == (seeds, True)
    assert ensure(tmp_path, 4, seed=3, small=True, larger_ok=True)[1] is False
    assert ensure(tmp_path, 2, seed=3, larger_ok=True)[1] is False  # not a full web
