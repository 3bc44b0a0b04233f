"""A school list given as an http(s) URL (how a scrapyd job may get it), over real HTTP."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tochka.seeds import Seed, SeedsFileError, read_seeds

CSV = "id,name,region,url\n1,Школа № 1,Тульская область,school1-tula.ru\n".encode("cp1251")


class _ListHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/tula.csv":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(CSV)))
        self.end_headers()
        self.wfile.write(CSV)

    def log_message(self, *args):
        pass


@pytest.fixture
def list_server(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ListHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_seeds_are_read_from_an_http_url(list_server):
    entries = read_seeds(f"{list_server}/tula.csv")
    assert len(entries) == 1 and isinstance(entries[0], Seed)
    assert entries[0].name == "Школа № 1" and entries[0].url == "http://school1-tula.ru/"


def test_a_seeds_url_that_fails_is_named(list_server):
    with pytest.raises(SeedsFileError, match=r"seeds URL unreadable: .*/absent\.csv: HTTP Error 404"):
        read_seeds(f"{list_server}/absent.csv")
