"""One school's crawl: its scope, page budget, trap guard and ledger of requests in flight."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..analysis.facts import PageFacts
from ..seeds import Seed
from .guards import TrapGuard
from .scope import SchoolScope
from .urls import canonical


@dataclass
class SchoolCrawl:
    seed: Seed
    budget: int
    scope: SchoolScope = field(init=False)
    guard: TrapGuard = field(default_factory=TrapGuard)
    seen: set[str] = field(default_factory=set)
    issued: int = 0                 # requests this school has asked for
    downloads: int = 0              # HTTP requests actually sent (redirects and retries included)
    inflight: int = 0               # the ledger: the school ends when it is back to zero
    facts: list[PageFacts] = field(default_factory=list)
    global_urls: set[str] = field(default_factory=set)
    home_seen: bool = False
    reachable: bool = False
    unreachable_reason: str | None = None
    site_is_center: bool = False
    section_url: str | None = None
    section_evidence: list[str] = field(default_factory=list)
    probed: bool = False
    news_opened: int = 0
    refused: Counter = field(default_factory=Counter)  # reason -> URLs not requested
    robots_blocked: list[str] = field(default_factory=list)
    needs_rendering: list[str] = field(default_factory=list)
    scripts: dict[str, str] = field(default_factory=dict)  # own script file -> its code ("" unreadable)
    errors: Counter = field(default_factory=Counter)
    finished: bool = False

    def __post_init__(self) -> None:
        self.scope = SchoolScope(self.seed.url)
        if self.seed.section_url:
            self.scope.add_url(self.seed.section_url)

    @property
    def id(self) -> str:
        return self.seed.id

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

    @property
    def budget_exhausted(self) -> bool:
        return self.refused["page budget"] > 0 or self.downloads >= self.budget
