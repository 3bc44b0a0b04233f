"""A local web of synthetic school sites, served over real HTTP.

One listening socket on 127.0.0.1 plays three roles, so that a crawler pointed at it
through ``http_proxy``/``https_proxy`` sees real-looking host names:

- an origin server that picks the site by the ``Host`` header;
- a forward proxy for absolute-form requests (``GET http://host/path?q HTTP/1.1``);
- a TLS-terminating proxy for ``CONNECT host:443``: it answers 200, then speaks TLS
  itself with one self-signed certificate and serves the decrypted requests.

Nothing ever reaches the network: an unknown or dead host answers 502, as a proxy does
when its DNS lookup fails. Every request is recorded so tests can count them per host.
"""
from __future__ import annotations

import datetime
import functools
import logging
import socket
import socketserver
import ssl
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from .kit import Resource, Site
from .registry import all_sites, host_map

log = logging.getLogger("fixtureweb")


@dataclass(frozen=True)
class RequestRecord:
    host: str
    target: str  # path + query as sent; "host:port" for CONNECT
    method: str
    scheme: str  # "http", or "https" inside a CONNECT tunnel
    time: float  # time.time() when the request line arrived


class FixtureWebServer:
    """The fixture web: ``with FixtureWebServer() as web: ... web.proxy_url``."""

    def __init__(self, sites: Iterable[Site] | None = None, port: int = 0):
        self._sites = host_map(all_sites() if sites is None else sites)
        self._port = port
        self._records: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._httpd: _ProxyingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> FixtureWebServer:
        self._httpd = _ProxyingHTTPServer(("127.0.0.1", self._port), self, tls_context(frozenset(self._sites)))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="fixtureweb", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> FixtureWebServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def proxy_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- sites and the request log ---------------------------------------------------------
    def site_for(self, host: str) -> Site | None:
        """The live site answering for ``host`` (punycode accepted), None if it would not resolve."""
        site = self._sites.get(host.lower().rstrip(".")) or self._sites.get(_unicode_host(host))
        return None if site is None or site.dead else site

    def record(self, host: str, target: str, method: str, scheme: str) -> None:
        entry = RequestRecord(_unicode_host(host), target, method, scheme, time.time())
        with self._lock:
            self._records.append(entry)

    def requests_for(self, host: str, *, include_connect: bool = False) -> list[RequestRecord]:
        """Requests made to ``host``; CONNECT lines (one per tunnel) only when asked."""
        host = _unicode_host(host)
        with self._lock:
            return [r for r in self._records
                    if r.host == host and (include_connect or r.method != "CONNECT")]

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def clear_requests(self) -> None:
        with self._lock:
            self._records.clear()


def _unicode_host(host: str) -> str:
    """Crawlers send internationalised names (школа.рф) as punycode; sites know them in Unicode."""
    host = host.lower().rstrip(".")
    if "xn--" in host:
        try:
            return host.encode("ascii").decode("idna")
        except UnicodeError:  # not valid punycode: no site has that name anyway
            return host
    return host


def _idna(host: str) -> str:
    return host.encode("idna").decode("ascii")


def _strip_port(authority: str) -> str:
    host, sep, port = authority.rpartition(":")
    return host if sep and port.isdigit() else authority


class _ProxyingHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # a crawler opens many connections at once; the default 5 drops SYNs

    def __init__(self, address, web: FixtureWebServer, context: ssl.SSLContext):
        self.web = web
        self.tls = context
        super().__init__(address, _Handler)

    def handle_error(self, request, client_address) -> None:
        # Clients hang up mid-answer all the time (timeouts on slow pages, dropped
        # connections, TLS probes); that is normal traffic, not a server fault.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx/1.18.0"
    sys_version = ""
    timeout = 30  # idle keep-alive connections end instead of holding a thread forever
    server: _ProxyingHTTPServer
    tunnel_host: str | None = None  # set after CONNECT: the host every tunnelled request is for

    def log_message(self, format: str, *args) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    # -- CONNECT: terminate TLS ourselves and keep serving on the same connection ------------
    def do_CONNECT(self) -> None:
        host = _strip_port(self.path).strip("[]")
        self.server.web.record(host, self.path, "CONNECT", "http")
        if self.server.web.site_for(host) is None:
            self._answer(bad_gateway(host), send_body=True)
            self.close_connection = True
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        try:
            tls = self.server.tls.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        self.rfile.close()
        self.connection = self.request = tls
        self.rfile = tls.makefile("rb", self.rbufsize)
        self.wfile = socketserver._SocketWriter(tls)  # what StreamRequestHandler uses unbuffered: sendall
        self.tunnel_host = host
        self.close_connection = False

    def finish(self) -> None:
        super().finish()
        if self.tunnel_host is not None:
            # the server only closes the plain socket it accepted, not the TLS one wrapping it
            self.connection.close()

    # -- ordinary requests -----------------------------------------------------------------
    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        scheme, host, target = self._locate()
        web = self.server.web
        web.record(host, target, self.command, scheme)
        site = web.site_for(host)
        if site is None:
            self._answer(bad_gateway(host), send_body)
            return
        resource = site.resolve(host, target, dict(self.headers))
        if resource.delay:
            time.sleep(resource.delay)
        if resource.drop:
            self._hang_up()
            return
        self._answer(resource, send_body)

    def _locate(self) -> tuple[str, str, str]:
        """(scheme, host, target) of the current request, whatever form it came in."""
        if self.tunnel_host is not None:
            return "https", self.tunnel_host, self.path
        if self.path.startswith(("http://", "https://")):
            parts = urlsplit(self.path)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            return parts.scheme, parts.hostname or "", target
        return "http", _strip_port(self.headers.get("Host", "")), self.path

    def _answer(self, resource: Resource, send_body: bool) -> None:
        self.send_response(resource.status)
        for name, value in resource.headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(resource.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(resource.body)

    def _hang_up(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def bad_gateway(host: str) -> Resource:
    body = ("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
            f"<p>DNS lookup failed for {host}: Name or service not known</p></body></html>")
    return Resource(body.encode(), 502, {"Content-Type": "text/html; charset=utf-8"})


@functools.cache
def tls_context(hosts: frozenset[str]) -> ssl.SSLContext:
    """One self-signed certificate naming every host. Clients do not trust it (Scrapy does
    not verify the chain), but a matching name keeps them from warning on every tunnel."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fixtureweb.invalid")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(_idna(h)) for h in sorted(hosts or {"fixtureweb.invalid"})]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory(prefix="fixtureweb-tls-") as tmp:
        cert_file, key_file = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        context.load_cert_chain(cert_file, key_file)
    return context
