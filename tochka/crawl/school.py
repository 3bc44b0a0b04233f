"""One school's crawl: its scope, page budget, trap guard, ledger of open requests and
what it has learnt so far (section root, menus, facts)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..analysis import discover, rules
from ..analysis.facts import PageFacts
from ..analysis.page import HtmlPage
from ..kinds import Role
from ..seeds import Seed
from ..urls import canonical
from . import policy
from .guards import TrapGuard
from .scope import SchoolScope
from .section import SectionRoot


@dataclass
class SchoolCrawl:
    seed: Seed
    budget: int
    scope: SchoolScope = field(init=False)
    guard: TrapGuard = field(default_factory=TrapGuard)
    seen: set[str] = field(default_factory=set)
    issued: int = 0                 # requests this school has asked for
    downloads: int = 0              # HTTP requests actually sent (redirects and retries included)
    facts: list[PageFacts] = field(default_factory=list)
    global_urls: set[str] = field(default_factory=set)
    home_seen: bool = False
    reachable: bool = False
    unreachable_reason: str | None = None
    section: SectionRoot = field(default_factory=SectionRoot)
    probed: bool = False
    news_opened: int = 0
    refused: Counter = field(default_factory=Counter)  # reason -> URLs not requested
    robots_blocked: list[str] = field(default_factory=list)
    needs_rendering: list[str] = field(default_factory=list)
    scripts: dict[str, str] = field(default_factory=dict)  # own script file -> its code ("" unreadable)
    # pages waiting for their own script files, by script URL; kept here, never in a request,
    # so that every request stays serialisable (JOBDIR, scrapy-redis)
    parked: dict[str, list] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    finished: bool = False
    # the ledger: tickets of requests issued and not yet answered, failed or dropped
    _open: set[int] = field(default_factory=set)
    _tickets: int = 0

    def __post_init__(self) -> None:
        self.scope = SchoolScope(self.seed.url)
        if self.seed.section_url:
            self.scope.add_url(self.seed.section_url)

    @property
    def id(self) -> str:
        return self.seed.id

    @property
    def center(self) -> rules.CenterRules:
        return rules.centers()[self.seed.center_type]

    @property
    def section_url(self) -> str | None:
        return self.section.url

    @property
    def site_is_center(self) -> bool:
        """The whole site is the center (a Kvantorium, an IT-cube): its home page is the section."""
        return self.section.whole_site

    # -- the ledger ----------------------------------------------------------------------
    def issue(self) -> int:
        """A ticket for one request; the school is done when every ticket is settled."""
        self._tickets += 1
        self._open.add(self._tickets)
        return self._tickets

    def settle(self, ticket: int) -> bool:
        """The request answered, failed or was dropped; False when it was settled before
        (a second answer of one request never ends the school early)."""
        if ticket in self._open:
            self._open.remove(ticket)
            return True
        return False

    @property
    def open_requests(self) -> int:
        return len(self._open)

    @property
    def done(self) -> bool:
        return not self._open and not self.finished

    def abandon(self) -> int:
        """Forget requests that will never be answered; how many there were."""
        lost = len(self._open)
        self._open.clear()
        return lost

    # -- what requests to make -----------------------------------------------------------
    def claim(self, url: str) -> tuple[str | None, str | None]:
        """(canonical URL, None) when the URL is worth a request now, else (None, reason)."""
        url = canonical(url)
        if url in self.seen:
            return None, None
        if not self.scope.contains(url):
            return None, None
        self.seen.add(url)
        if self.issued >= self.budget:
            self.refused["page budget"] += 1
            return None, "page budget"
        reason = self.guard.refuse(url)
        if reason:
            self.refused[reason] += 1
            return None, reason
        self.issued += 1
        return url, None

    def first_requests(self) -> list[policy.Planned]:
        planned = [policy.Planned(self.seed.url, Role.HOME)]
        if self.seed.section_url:
            planned.append(policy.Planned(self.seed.section_url, Role.SECTION, True, "section_url из списка школ"))
        return planned

    def last_resort(self) -> list[policy.Planned]:
        """Once everything linked has been read and no section was found: the sitemap and
        the usual slugs, each checked as a real section page. Asked once."""
        if self.probed or not self.reachable or self.section.url or self.site_is_center:
            return []
        self.probed = True
        parts = urlsplit(self.seed.url)
        sitemap = policy.Planned(f"{parts.scheme}://{parts.netloc}/sitemap.xml", Role.SITEMAP)
        return [sitemap, *policy.probe_requests(self.seed.url, self.center)]

    def count_downloads(self, sent: int | None) -> None:
        """The budget middleware numbers each request it lets through."""
        if sent:
            self.downloads = max(self.downloads, sent)

    @property
    def budget_exhausted(self) -> bool:
        return self.refused["page budget"] > 0 or self.downloads >= self.budget

    # -- what the home page says ---------------------------------------------------------
    def recognise_whole_site_center(self, page: HtmlPage, url: str) -> bool:
        """A Kvantorium / IT-cube whose whole site is the center: its home page is the section."""
        if not discover.names_whole_site_center(self.center, page, self.seed.name):
            return False
        # the proof is what names the center: the title, else the site's logo and header
        named_by_title = discover.names_center(self.center, page.title, *page.headings[:2])
        self.section.found_whole_site(url, page.title if named_by_title else page.site_identity)
        return True

    def learn_menus(self, home: HtmlPage) -> None:
        """Links of the home page are the site's menus, except the section's own dropdown."""
        if not self.site_is_center:
            self.global_urls = {link.url for link in home.links} - policy.home_section_group(home.links, self.center)
