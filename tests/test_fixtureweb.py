"""The fixture web itself: the server speaks real HTTP (origin, proxy, CONNECT+TLS) and
every registered site is well-formed and answers."""
from __future__ import annotations

import csv
import http.client
import signal
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.fixtureweb.kit import EXPECTED_KEYS, Resource, Site
from tests.fixtureweb.registry import SEED_COLUMNS, all_sites, bad_rows, expected_by_id, write_seeds
from tests.fixtureweb.server import FixtureWebServer

ROOT = Path(__file__).resolve().parents[1]
MANDATORY = ("reachable", "section_found", "schedule_status", "has_publications",
             "recommendations_current", "status")
SCHEDULE_VALUES = {"current", "stale", "missing", "unknown"}
STATUS_VALUES = {"ok", "bad_seed", "unreachable"}
CENTER_TYPES = {"tochka_rosta", "kvantorium", "it_cube"}
DEAD_VERDICT = {"reachable": False, "status": "unreachable", "section_found": False,
                "has_publications": False, "recommendations_current": False, "schedule_status": "missing"}


def _probe_site(host: str, *, dead: bool = False, soft404: bool = False) -> Site:
    return Site(host, {"id": host, "name": host, "region": "", "url": f"http://{host}/"},
                {}, dead=dead, soft404=soft404)


@pytest.fixture(scope="module")
def probe_web():
    """A server over a few tiny sites built for checking the server's behaviour."""
    plain = _probe_site("school.test")
    plain.page("/", "<html><body>Главная страница</body></html>")
    plain.page("/tochka-rosta/", "<html><body>Центр «Точка роста»</body></html>")
    plain.page("/точка-роста/расписание", "<html><body>Расписание</body></html>")
    plain.redirect("/old/", "/tochka-rosta/")
    plain.raw("/slow", Resource(b"slow page", delay=0.4))
    plain.raw("/reset", Resource(drop=True))
    plain.dynamic(r"/calendar/\d{4}-\d{2}", lambda target, headers: Resource(target.encode()))
    soft = _probe_site("soft.test", soft404=True)
    soft.page("/", "<html><body>Главная</body></html>")
    idn = _probe_site("школа.рф")
    idn.page("/", "<html><body>Кириллический домен</body></html>")
    with FixtureWebServer([plain, soft, idn, _probe_site("dead.test", dead=True)]) as web:
        yield web


# One context for every client: loading the CA store per request costs ~50 ms.
UNVERIFIED = ssl._create_unverified_context()


def _opener(proxy_url: str, *, follow_redirects: bool = True) -> urllib.request.OpenerDirector:
    handlers = [urllib.request.ProxyHandler({"http": proxy_url, "https": proxy_url}),
                urllib.request.HTTPSHandler(context=UNVERIFIED)]
    if not follow_redirects:
        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None
        handlers.append(NoRedirect())
    return urllib.request.build_opener(*handlers)


def _get(web: FixtureWebServer, url: str, **kwargs) -> tuple[int, dict, bytes]:
    try:
        with _opener(web.proxy_url, **kwargs).open(url, timeout=10) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# -- the server ---------------------------------------------------------------------------
def test_forward_proxy_serves_absolute_form_requests(probe_web):
    status, headers, body = _get(probe_web, "http://school.test/tochka-rosta/")
    assert status == 200
    assert "Точка роста" in body.decode()
    assert int(headers["Content-Length"]) == len(body)


def test_origin_form_picks_the_site_by_host_header(probe_web):
    connection = http.client.HTTPConnection("127.0.0.1", probe_web.port, timeout=10)
    connection.request("GET", "/tochka-rosta/", headers={"Host": "school.test:80"})
    answer = connection.getresponse()
    assert (answer.status, "Точка роста" in answer.read().decode()) == (200, True)
    connection.close()


def test_connect_tunnel_serves_https_with_the_servers_own_certificate(probe_web):
    probe_web.clear_requests()
    status, _, body = _get(probe_web, "https://school.test/tochka-rosta/")
    assert (status, "Точка роста" in body.decode()) == (200, True)
    [tunnelled] = probe_web.requests_for("school.test")
    assert (tunnelled.scheme, tunnelled.target) == ("https", "/tochka-rosta/")
    methods = [r.method for r in probe_web.requests_for("school.test", include_connect=True)]
    assert methods == ["CONNECT", "GET"]


def test_keep_alive_tunnel_carries_several_requests(probe_web):
    connection = http.client.HTTPSConnection("127.0.0.1", probe_web.port, context=UNVERIFIED, timeout=10)
    connection.set_tunnel("school.test", 443)
    bodies = []
    for target in ("/", "/tochka-rosta/", "/"):
        connection.request("GET", target)
        bodies.append(connection.getresponse().read().decode())
    connection.close()
    assert ["Главная" in bodies[0], "Точка роста" in bodies[1], "Главная" in bodies[2]] == [True] * 3


def test_dead_and_unknown_hosts_fail_like_a_dns_error(probe_web):
    for url in ("http://dead.test/", "http://nowhere.test/page"):
        status, _, body = _get(probe_web, url)
        assert (status, b"DNS lookup failed" in body) == (502, True)
    with pytest.raises(urllib.error.URLError, match="502"):
        _opener(probe_web.proxy_url).open("https://dead.test/", timeout=10)


def test_unknown_path_is_404_or_a_soft_404(probe_web):
    assert _get(probe_web, "http://school.test/no-such-page")[0] == 404
    status, _, body = _get(probe_web, "http://soft.test/no-such-page")
    assert (status, "Страница не найдена" in body.decode()) == (200, True)


def test_redirect_keeps_its_location(probe_web):
    status, headers, _ = _get(probe_web, "http://school.test/old/", follow_redirects=False)
    assert (status, headers["Location"]) == (301, "/tochka-rosta/")


def test_cyrillic_path_and_punycode_host_resolve(probe_web):
    assert _get(probe_web, "http://school.test/%D1%82%D0%BE%D1%87%D0%BA%D0%B0-%D1%80%D0%BE%D1%81%D1%82%D0%B0/"
                           "%D1%80%D0%B0%D1%81%D0%BF%D0%B8%D1%81%D0%B0%D0%BD%D0%B8%D0%B5")[0] == 200
    status, _, body = _get(probe_web, "http://xn--80atdl2c.xn--p1ai/")
    assert (status, "Кириллический" in body.decode()) == (200, True)
    assert len(probe_web.requests_for("школа.рф")) >= 1


def test_dynamic_handler_answers_any_matching_target(probe_web):
    status, _, body = _get(probe_web, "http://school.test/calendar/2031-07")
    assert (status, body) == (200, b"/calendar/2031-07")


def test_head_sends_length_without_body(probe_web):
    connection = http.client.HTTPConnection("127.0.0.1", probe_web.port, timeout=10)
    connection.request("HEAD", "http://school.test/tochka-rosta/")
    answer = connection.getresponse()
    assert answer.read() == b""
    assert int(answer.headers["Content-Length"]) == len(_get(probe_web, "http://school.test/tochka-rosta/")[2])
    connection.close()


def test_delay_and_drop(probe_web):
    started = time.monotonic()
    assert _get(probe_web, "http://school.test/slow")[2] == b"slow page"
    assert time.monotonic() - started >= 0.4
    for scheme in ("http", "https"):
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
            _opener(probe_web.proxy_url).open(f"{scheme}://school.test/reset", timeout=10)


def test_requests_are_counted_per_host_across_threads(probe_web):
    probe_web.clear_requests()
    workers = [threading.Thread(target=_get, args=(probe_web, f"http://soft.test/page{n}")) for n in range(20)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    _get(probe_web, "http://school.test/")
    assert len(probe_web.requests_for("soft.test")) == 20
    assert [r.target for r in probe_web.requests_for("school.test")] == ["/"]


def test_serve_runs_in_the_foreground_until_sigterm(tmp_path):
    pidfile, seeds = tmp_path / "serve.pid", tmp_path / "demo.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fixtureweb.serve", "--port", "0", "--pidfile", str(pidfile),
         "--write-seeds", str(seeds)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        lines = [process.stdout.readline(), process.stdout.readline()]
        proxy_url = lines[1].rsplit(" ", 1)[1].strip()
        assert pidfile.read_text().strip() == str(process.pid)
        connection = http.client.HTTPConnection(*urlsplit(proxy_url).netloc.split(":"), timeout=10)
        connection.request("HEAD", "http://nowhere.test/")
        assert connection.getresponse().status == 502
        connection.close()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
    assert process.returncode == 0
    assert not pidfile.exists()
    assert seeds.exists()


# -- the registry and every site -----------------------------------------------------------
SITES = all_sites()


def test_seeds_csv_lists_every_site_and_broken_row(tmp_path):
    path = write_seeds(tmp_path / "seeds.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    text = path.read_text(encoding="utf-8")
    assert tuple(header) == SEED_COLUMNS
    assert all(site.seed["url"] in text for site in SITES)
    assert all(row.row.strip() in text for row in bad_rows() if isinstance(row.row, str))
    with path.open(encoding="utf-8", newline="") as handle:
        written_ids = {fields[0] for fields in csv.reader(handle) if fields}
    assert {row.seed_id for row in bad_rows() if isinstance(row.row, dict)} <= written_ids
    assert set(expected_by_id()) >= {site.seed["id"] for site in SITES}


def test_a_subset_of_sites_writes_only_those_rows(tmp_path):
    path = write_seeds(tmp_path / "two.csv", SITES[:2])
    with path.open(encoding="utf-8", newline="") as handle:
        assert [row["id"] for row in csv.DictReader(handle)] == [s.seed["id"] for s in SITES[:2]]


def _unicode(host: str) -> str:
    return host.encode("ascii").decode("idna")


def _seed_url(site: Site) -> str:
    """The seed URL as a browser sends it: http when the file omits the scheme
    (``sosh2.narod.ru``), the host in IDNA (``школа.рф`` -> ``xn--80atdl2c.xn--p1ai``)."""
    url = site.seed["url"].strip()
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return parts._replace(netloc=parts.netloc.encode("idna").decode("ascii")).geturl()


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.seed["id"])
def test_site_is_well_formed(site):
    expected, seed = site.expected, site.seed
    assert set(MANDATORY) <= set(expected) and set(expected) <= set(EXPECTED_KEYS)
    assert expected["schedule_status"] in SCHEDULE_VALUES and expected["status"] in STATUS_VALUES
    assert seed.get("center_type", "tochka_rosta") in CENTER_TYPES
    assert {"id", "name", "region", "url"} <= set(seed) and set(seed) <= set(SEED_COLUMNS)
    assert _unicode(urlsplit(_seed_url(site)).hostname) in site.hosts or expected["status"] == "bad_seed"
    assert site.notes
    if site.dead:
        assert {k: expected[k] for k in DEAD_VERDICT} == DEAD_VERDICT


@pytest.mark.parametrize("row", bad_rows(), ids=lambda row: row.seed_id or row.module)
def test_broken_row_expects_a_bad_seed(row):
    assert set(row.expected) <= set(EXPECTED_KEYS)
    assert row.expected["status"] == "bad_seed"


@pytest.mark.parametrize("site", SITES, ids=lambda site: site.seed["id"])
def test_seed_url_answers_through_the_proxy(fixture_web, site):
    if site.dead:
        with pytest.raises(urllib.error.URLError, match="502"):
            _opener(fixture_web.proxy_url).open(_seed_url(site), timeout=10)
    elif site.expected["reachable"]:
        status, _, body = _get(fixture_web, _seed_url(site))
        assert status == 200 and body
