"""Every synthetic site of the fixture web, collected from ``tests/fixtureweb/sites/*.py``.

A site module exposes ``SITES = [Site, ...]`` and optionally
``BAD_ROWS = [(raw_csv_line_or_row_dict, expected_dict), ...]`` for broken seed rows.
Modules whose name starts with "_" are helpers and are not collected.
"""
from __future__ import annotations

import csv
import functools
import importlib
import pkgutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import sites as sites_package
from .kit import Site

SEED_COLUMNS = ("id", "name", "region", "url", "center_type", "municipality", "section_url")


@dataclass(frozen=True)
class BadRow:
    row: str | dict  # a raw CSV line, written as is, or a row dict written under SEED_COLUMNS
    expected: dict
    module: str

    @property
    def seed_id(self) -> str:
        if isinstance(self.row, dict):
            return str(self.row.get("id") or "").strip()
        fields = next(csv.reader([self.row]), [])
        return fields[0].strip() if fields else ""


@functools.cache
def _collect() -> tuple[tuple[Site, ...], tuple[BadRow, ...]]:
    found_sites: list[Site] = []
    found_rows: list[BadRow] = []
    owners: dict[int, str] = {}
    for info in pkgutil.iter_modules(sites_package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{sites_package.__name__}.{info.name}")
        for site in getattr(module, "SITES", []):
            owners[id(site)] = info.name
            found_sites.append(site)
        found_rows.extend(BadRow(row, expected, info.name) for row, expected in getattr(module, "BAD_ROWS", []))
    _check_unique_ids(found_sites, found_rows, owners)
    host_map(found_sites)
    return tuple(found_sites), tuple(found_rows)


def _check_unique_ids(found_sites: list[Site], found_rows: list[BadRow], owners: dict[int, str]) -> None:
    """Ids are unique among sites and among broken rows. A broken row may repeat a site's
    id: that is how a duplicated seed row is tested (the first occurrence is crawled)."""
    for ids in ([(s.seed["id"], owners[id(s)]) for s in found_sites],
                [(r.seed_id, r.module) for r in found_rows if r.seed_id]):
        counts = Counter(seed_id for seed_id, _ in ids)
        clashes = sorted({f"{seed_id} ({module})" for seed_id, module in ids if counts[seed_id] > 1})
        if clashes:
            raise ValueError(f"seed ids used more than once: {', '.join(clashes)}")


def all_sites() -> tuple[Site, ...]:
    return _collect()[0]


@functools.cache
def holdout_sites() -> tuple[Site, ...]:
    """The newest hold-out (``tests/fixtureweb/holdout/``): sites written from the domain notes
    by people who never read the crawler. Kept out of ``all_sites()`` so that a first-contact
    score can be taken on them before any rule is changed for them."""
    from . import holdout

    found: list[Site] = []
    for info in pkgutil.iter_modules(holdout.__path__):
        if info.name.startswith(("_", "check_")):
            continue
        found.extend(importlib.import_module(f"{holdout.__name__}.{info.name}").SITES)
    host_map([*all_sites(), *found])  # no host may belong to two sites
    ids = Counter(site.seed["id"] for site in [*all_sites(), *found])
    clashes = sorted(seed_id for seed_id, count in ids.items() if count > 1)
    if clashes:
        raise ValueError(f"hold-out seed ids used twice: {', '.join(clashes)}")
    return tuple(found)


def bad_rows() -> tuple[BadRow, ...]:
    return _collect()[1]


def site_by_id(seed_id: str) -> Site:
    for site in all_sites():
        if site.seed["id"] == seed_id:
            return site
    raise KeyError(seed_id)


def host_map(sites: Iterable[Site]) -> dict[str, Site]:
    """host -> Site; a host claimed by two sites is an authoring error."""
    by_host: dict[str, Site] = {}
    for site in sites:
        for host in site.hosts:
            if host in by_host:
                raise ValueError(f"host {host} belongs to both {by_host[host].seed['id']} and {site.seed['id']}")
            by_host[host] = site
    return by_host


def expected_by_id() -> dict[str, dict]:
    """Expected verdicts per seed id: every site, and every broken row whose id is its own
    (a row duplicating a site's id is expected by ``bad_rows()`` only)."""
    expected = {row.seed_id: row.expected for row in bad_rows() if row.seed_id}
    expected.update({site.seed["id"]: site.expected for site in all_sites()})
    return expected


def write_seeds(path: str | Path, sites: Iterable[Site] | None = None,
                broken: Iterable[BadRow] | None = None) -> Path:
    """Write a seeds CSV (UTF-8, header ``SEED_COLUMNS``).

    Without arguments: every site, then every broken row. Given ``sites``, only those
    sites and only the ``broken`` rows passed explicitly.
    """
    if broken is None:
        broken = bad_rows() if sites is None else ()
    sites = all_sites() if sites is None else sites
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=SEED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for site in sites:
            writer.writerow(site.seed)
        for row in broken:
            if isinstance(row.row, dict):
                writer.writerow(row.row)
            else:
                out.write(row.row.rstrip("\r\n") + "\n")
    return path
