"""Nothing internal is reachable through a school's site.

``internal_reason`` classifies a host (an IP literal in any spelling a URL parser or
``getaddrinfo`` accepts, or a resolved address); ``InternalAddressGuard`` is the
downloader middleware that refuses requests to such hosts with ``IgnoreRequest``.

Host names are resolved and checked only when the request goes out without a proxy:
through a proxy, the proxy resolves the name in its own network and this machine's
loopback and private ranges are not what the name reaches.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass_environment  # type: ignore[attr-defined]

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# ranges Python's ipaddress does not single out, named for the refusal message
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address a host string denotes when it is an IP literal, else None.

    Besides dotted quads and IPv6, URL parsers and getaddrinfo accept the old inet_aton
    spellings: ``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``. A host whose last
    label is numeric is one of those or invalid (WHATWG URL standard), never a name.
    """
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return None
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    last = host.rsplit(".", 1)[-1]
    if not _numeric_label(last):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _numeric_label(label: str) -> bool:
    if label.startswith("0x"):
        return all(c in "0123456789abcdef" for c in label[2:])
    return label.isdigit()


def address_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` is internal (a few words), or None for a public address."""
    embedded = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    if embedded is not None:
        return address_reason(embedded)
    checks = (
        ("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast), ("carrier-grade NAT", ip.version == 4 and ip in _CGNAT),
        ("private", ip.is_private), ("reserved", ip.is_reserved), ("not globally routable", not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def literal_reason(host: str) -> str | None:
    """The refusal reason for a host that is an internal IP literal, else None."""
    ip = parse_ip_literal(host)
    if ip is None:
        return None
    kind = address_reason(ip)
    if not kind:
        return None
    spelled = host if host.strip("[]") == str(ip) else f"{host} = {ip}"
    return f"internal address refused: {spelled} ({kind})"


def loopback_name_reason(host: str) -> str | None:
    """``localhost`` and its subdomains are loopback by definition (RFC 6761), whoever
    resolves them: a proxy on this machine would reach this machine."""
    name = host.rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return f"internal address refused: {host} (loopback name)"
    return None


def resolve(host: str) -> tuple[str, ...]:
    """Every address ``host`` resolves to (blocking: call it from a thread)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return ()  # the download reports the DNS failure itself
    return tuple(sorted({str(info[4][0]) for info in infos}))


def resolved_reason(host: str, addresses: tuple[str, ...]) -> str | None:
    """The refusal reason when any address a name resolves to is internal."""
    for text in addresses:
        kind = address_reason(ipaddress.ip_address(text.split("%", 1)[0]))
        if kind:
            return f"internal address refused: {host} resolves to {text} ({kind})"
    return None


def goes_through_proxy(request, proxies: dict[str, str] | None = None) -> bool:
    """Whether HttpProxyMiddleware will send ``request`` through a proxy, which resolves the host.
    ``proxies``: the environment's proxies, read once per crawl as HttpProxyMiddleware does
    (reading them per request cost more than the rest of this middleware)."""
    splash = request.meta.get("splash")
    if splash:  # Splash loads the page, through the proxy given in its arguments
        return bool(splash.get("args", {}).get("proxy"))
    if "proxy" in request.meta:
        return bool(request.meta["proxy"])
    proxies = getproxies() if proxies is None else proxies
    parts = urlsplit(request.url)
    return parts.scheme in proxies and not (parts.hostname and proxy_bypass_environment(parts.hostname, proxies))


class InternalAddressGuard:
    """Downloader middleware: refuse requests to loopback, private, link-local, CGNAT,
    multicast, reserved and other non-global addresses.

    It runs first (priority 50), so robots.txt of such a host is not fetched either,
    and every redirect re-enters it. ``TOCHKA_ALLOW_INTERNAL_ADDRESSES`` turns it off.
    """

    def __init__(self, stats, proxy_enabled: bool):
        self.stats = stats
        self.proxy_enabled = proxy_enabled
        self.proxies = getproxies()
        # host -> its addresses, for the crawl's lifetime (Scrapy's own DNS cache lives as long)
        self.addresses: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.settings.getbool("TOCHKA_ALLOW_INTERNAL_ADDRESSES"):
            raise NotConfigured("TOCHKA_ALLOW_INTERNAL_ADDRESSES is on")
        return cls(crawler.stats, crawler.settings.getbool("HTTPPROXY_ENABLED"))

    async def process_request(self, request):
        parts = urlsplit(request.url)
        # the renderer's own endpoint (scrapy-splash rewrites the request to it) is trusted
        if parts.scheme not in ("http", "https") or request.meta.get("_splash_processed"):
            return None
        host = parts.hostname or ""
        reason = literal_reason(host) or loopback_name_reason(host)
        if reason is None and parse_ip_literal(host) is None and not (
                self.proxy_enabled and goes_through_proxy(request, self.proxies)):
            reason = resolved_reason(host, await self._addresses_of(host))
        if reason:
            self.stats.inc_value("tochka/internal_refused")
            raise IgnoreRequest(reason)
        return None

    async def _addresses_of(self, host: str) -> tuple[str, ...]:
        if host not in self.addresses:
            self.addresses[host] = await maybe_deferred_to_future(deferToThread(resolve, host))
        return self.addresses[host]
