"""The classifier of internal addresses, on strings only: no test puts a non-loopback
address on the wire (the crawl-level test is in tests/test_ops_e2e.py)."""
from __future__ import annotations

import pytest
import pytest_twisted
from scrapy import Request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from tochka.crawl.netguard import (
    InternalAddressGuard,
    goes_through_proxy,
    literal_reason,
    loopback_name_reason,
    parse_ip_literal,
    resolved_reason,
)

INTERNAL = {
    "10.0.0.1": "private", "10.255.255.254": "private",
    "172.16.0.1": "private", "172.31.255.254": "private",
    "192.168.0.1": "private", "192.168.255.254": "private",
    "169.254.169.254": "link-local",
    "127.0.0.1": "loopback", "127.0.0.2": "loopback", "127.255.255.254": "loopback",
    "::1": "loopback", "[::1]": "loopback",
    "fc00::1": "private", "fd12:3456::1": "private",
    "fe80::1": "link-local", "febf::1": "link-local",
    "100.64.0.1": "carrier-grade NAT", "100.127.255.254": "carrier-grade NAT",
    "0.0.0.0": "unspecified", "::": "unspecified",
    "224.0.0.1": "multicast", "ff02::1": "multicast",
    "240.0.0.1": "private",  # reserved for future use; Python files it under private
    # IPv4-mapped and 6to4 IPv6 forms of internal IPv4 addresses
    "::ffff:127.0.0.1": "loopback", "[::ffff:10.0.0.1]": "private", "::ffff:192.168.1.1": "private",
    "2002:7f00:1::": "loopback", "2002:c0a8:101::": "private",
    # spellings URL parsers and getaddrinfo (inet_aton) accept
    "2130706433": "loopback", "0x7f.1": "loopback", "0x7f000001": "loopback", "0177.0.0.1": "loopback",
    "127.1": "loopback", "10.1": "private", "0xa9.254.169.254": "link-local", "0300.0250.1.1": "private",
}
PUBLIC = ["8.8.8.8", "93.184.216.34", "2a00:1450:4010::1", "::ffff:8.8.8.8", "2002:808:808::",
          "school.ru", "xn--80atdl2c.xn--p1ai", "1e100.net", "10.school.ru", "sosh-127.ru", ""]


@pytest.mark.parametrize("host, kind", INTERNAL.items())
def test_internal_literals_are_refused_with_their_kind(host, kind):
    reason = literal_reason(host)
    assert reason and reason.startswith("internal address refused: ") and reason.endswith(f"({kind})")


@pytest.mark.parametrize("host", PUBLIC)
def test_public_addresses_and_names_pass(host):
    assert literal_reason(host) is None


def test_a_numeric_last_label_is_an_address_or_nothing():
    assert str(parse_ip_literal("0x7f.0.0.1")) == "127.0.0.1"
    assert parse_ip_literal("999.1.1.1") is None  # not a valid address; never a host name either
    assert parse_ip_literal("school.ru") is None


def test_a_name_resolving_to_any_internal_address_is_refused():
    assert resolved_reason("intranet.school.ru", ("93.184.216.34", "10.0.0.5")) == (
        "internal address refused: intranet.school.ru resolves to 10.0.0.5 (private)")
    assert resolved_reason("school.ru", ("93.184.216.34", "2a00:1450:4010::1")) is None
    assert resolved_reason("school.ru", ()) is None  # a DNS failure is the download's to report


def test_proxy_choice_follows_meta_then_environment(monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:3128")
    monkeypatch.setenv("no_proxy", "bypass.ru")
    assert goes_through_proxy(Request("http://school.ru/"))
    assert not goes_through_proxy(Request("http://bypass.ru/"))
    assert not goes_through_proxy(Request("http://school.ru/", meta={"proxy": None}))
    assert goes_through_proxy(Request("http://school.ru/", meta={"splash": {"args": {"proxy": "http://p:1"}}}))
    assert not goes_through_proxy(Request("http://school.ru/", meta={"splash": {"args": {}}}))
    monkeypatch.delenv("http_proxy")
    assert not goes_through_proxy(Request("http://school.ru/"))


def test_localhost_names_are_refused_whoever_resolves_them():
    assert loopback_name_reason("localhost") == "internal address refused: localhost (loopback name)"
    assert loopback_name_reason("admin.localhost.") and not loopback_name_reason("localhost.school.ru")


def guard_for(settings: dict | None = None):
    return build_from_crawler(InternalAddressGuard, get_crawler(settings_dict=settings or {}))


def check(guard, url: str):
    """The guard's verdict on ``url``, run as Scrapy runs it: an asyncio task (a Deferred for the test)."""
    return deferred_from_coro(guard.process_request(Request(url)))


def loopback_name_in_hosts_file() -> str | None:
    """A name /etc/hosts maps to a loopback address (not localhost, which is refused by name):
    resolving it reads the file, no DNS query leaves the machine."""
    try:
        lines = open("/etc/hosts", encoding="utf-8").read().splitlines()
    except OSError:
        return None
    for line in lines:
        address, *names = line.split("#", 1)[0].split() or [""]
        if address.startswith("127.") or address == "::1":
            for name in names:
                if loopback_name_reason(name) is None and "." not in name.strip("."):
                    return name
    return None


@pytest_twisted.ensureDeferred
async def test_guard_refuses_what_a_name_resolves_to_when_no_proxy_is_used(monkeypatch):
    name = loopback_name_in_hosts_file()
    if name is None:
        pytest.skip("/etc/hosts maps no name but localhost to loopback")
    for variable in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(variable, raising=False)
    guard = guard_for()
    with pytest.raises(IgnoreRequest, match=rf"{name} resolves to (127\.[0-9.]+|::1) \(loopback\)"):
        await check(guard, f"http://{name}:8080/")
    assert name in guard.addresses  # looked up once per crawl
    with pytest.raises(IgnoreRequest, match=r"0x7f.1 = 127.0.0.1 \(loopback\)"):
        await check(guard, "http://0x7f.1/")
    assert await check(guard, "http://93.184.216.34/") is None  # a public literal: no lookup
    assert await check(guard, "data:,flush") is None
    assert guard.stats.get_value("tochka/internal_refused") == 2


@pytest_twisted.ensureDeferred
async def test_guard_leaves_names_to_the_proxy_but_never_literals(monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:3128")
    guard = guard_for()
    assert await check(guard, "http://school.ru/") is None
    assert guard.addresses == {}  # the proxy resolves names; none was looked up here
    with pytest.raises(IgnoreRequest, match=r"10.0.0.1 \(private\)"):
        await check(guard, "http://10.0.0.1/")
    with pytest.raises(IgnoreRequest, match=r"localhost \(loopback name\)"):
        await check(guard, "http://localhost:6800/")


def test_guard_is_off_when_internal_addresses_are_allowed():
    with pytest.raises(NotConfigured):
        guard_for({"TOCHKA_ALLOW_INTERNAL_ADDRESSES": True})
