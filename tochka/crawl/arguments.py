"""The spider's arguments (``-a seeds=… -a as_of=… -a year=… -a crawl_id=…``), checked once."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ..seeds import BadSeed, Seed, SeedsFileError, read_seeds


class ArgumentError(ValueError):
    """An argument a crawl cannot start with; its text is the one-line message."""


@dataclass(frozen=True)
class SpiderArguments:
    """The ``-a`` arguments as given, before any is checked."""

    seeds: str | None = None
    as_of: str | None = None
    year: str | None = None
    crawl_id: str | None = None
    job: str | None = None   # scrapyd's job id

    @property
    def crawl_name(self) -> str | None:
        # under scrapyd the job id names the crawl: two jobs of one second never share an id
        return self.crawl_id or self.job


@dataclass(frozen=True)
class CrawlArguments:
    seeds_path: str
    entries: list[Seed | BadSeed]
    as_of: date       # the monitoring date: what is current is decided as of this day
    year: int         # the reporting year of the publications check
    crawl_id: str
    worker: str | None = None  # this process's name in a distributed crawl

    @classmethod
    def parse(cls, spider_name: str, seeds: str | None, as_of: str | None, year: str | None,
              crawl_id: str | None) -> CrawlArguments:
        if not seeds:
            raise ArgumentError("no school list given: use -a seeds=PATH (CSV or XLSX)")
        try:
            entries = read_seeds(seeds)
        except SeedsFileError as exc:
            raise ArgumentError(str(exc)) from None
        day = parse_day(as_of, "as_of") or date.today()
        if year and not year.isdigit():
            raise ArgumentError(f"-a year={year!r} is not a year")
        started = datetime.now(UTC)
        # led by the spider's name, not the date: nx-27017, the MongoDB stand-in, compares
        # strings that begin like a date as datetimes and then cannot find them
        crawl_id = crawl_id or f"{spider_name}_{day.isoformat()}_{started.strftime('%Y%m%dT%H%M%S')}"
        return cls(seeds, entries, day, int(year) if year else day.year, crawl_id)


@dataclass(frozen=True)
class CrawlLimits:
    """What the settings allow a crawl, read once."""

    page_budget: int       # TOCHKA_PAGE_BUDGET: requests per school
    news_items: int        # TOCHKA_NEWS_ITEMS: school news items opened per school
    script_maxsize: int    # TOCHKA_SCRIPT_MAXSIZE: a school's own script file
    max_active: int        # TOCHKA_MAX_ACTIVE_SCHOOLS: schools crawled at once
    renderer: str | None   # RENDERER: "splash", "playwright" or none

    @classmethod
    def from_settings(cls, settings) -> CrawlLimits:
        return cls(settings.getint("TOCHKA_PAGE_BUDGET"), settings.getint("TOCHKA_NEWS_ITEMS"),
                   settings.getint("TOCHKA_SCRIPT_MAXSIZE"), settings.getint("TOCHKA_MAX_ACTIVE_SCHOOLS"),
                   settings.get("RENDERER") or None)


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArgumentError(f"-a {name}={value!r} is not a date in YYYY-MM-DD form") from None


def fail(message: str) -> None:
    """A crawl that cannot start says why in one line and exits non-zero."""
    sys.stderr.write(f"tochka: error: {message}\n")
    raise SystemExit(2)
