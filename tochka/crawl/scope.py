"""Which hosts belong to one school's website."""
from __future__ import annotations

from ..urls import host_of


def _bare(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


class SchoolScope:
    """The seed host, hosts it redirects to, their ``www.`` twins and their subdomains.

    Subdomains are taken below the school's own host, never below a shared
    platform domain, so ``a.gosweb.gosuslugi.ru`` never admits ``b.gosweb.gosuslugi.ru``.
    """

    def __init__(self, *urls: str):
        self.bases: set[str] = set()
        for url in urls:
            self.add_url(url)

    def add_url(self, url: str) -> None:
        host = host_of(url)
        if host:
            self.bases.add(_bare(host))

    def contains(self, url: str) -> bool:
        host = _bare(host_of(url))
        if host in self.bases:
            return True
        return any(host.endswith("." + base) for base in self.bases)
