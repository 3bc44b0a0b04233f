"""The output schema: one ``page`` item per analysed page, one ``school_report`` per seed row.

Both are dataclasses so that feed exporters, pipelines and tests see the same
field names; README.md documents every field.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageItem:
    item_type: str = "page"
    crawl_id: str = ""
    school_id: str = ""
    url: str = ""
    status: int = 0
    kind: str = "other"
    in_section: bool = False
    title: str = ""
    published: str | None = None
    date_evidence: str | None = None
    academic_years: list[str] = field(default_factory=list)
    mentions_center: bool = False
    editions: list[str] = field(default_factory=list)
    rendered: bool = False
    needs_rendering: bool = False
    render_reason: str | None = None  # the evidence behind needs_rendering, e.g. "menu_built_by_script"
    note: str | None = None
    crawled_at: str = ""


@dataclass
class SchoolReport:
    item_type: str = "school_report"
    crawl_id: str = ""
    school_id: str = ""
    seed_line: int = 0  # the row of the seeds file (a duplicated id has two rows, two reports)
    name: str = ""
    region: str = ""
    municipality: str = ""
    url: str = ""
    center_type: str = "tochka_rosta"
    status: str = "ok"  # ok | bad_seed | unreachable
    reason_ru: str | None = None
    reason_en: str | None = None
    reachable: bool = False
    platform: str | None = None
    section: dict = field(default_factory=dict)
    schedule: dict = field(default_factory=dict)
    publications: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    subsections: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    score: int = 0
    incomplete: list[str] = field(default_factory=list)
    crawl_notes: dict = field(default_factory=dict)
    pages_crawled: int = 0
    crawled_at: str = ""
    as_of: str = ""
