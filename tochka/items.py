"""The output schema: one ``page`` item per analysed page, one ``school_report`` per seed row.

Both are dataclasses so that feed exporters, pipelines and tests see the same
field names; README.md documents every field.
"""
from __future__ import annotations

import dataclasses
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
class Violation:
    code: str            # see rules/violations.toml
    message_ru: str      # what the school has to fix, in Russian


@dataclass
class SectionCheck:
    found: bool = False
    url: str | None = None
    site_is_center: bool = False   # the whole site is the center (a Kvantorium, an IT-cube)
    evidence: list[str] = field(default_factory=list)


@dataclass
class ScheduleCheck:
    status: str = "missing"        # current | stale | missing | unknown
    current_academic_year: str | None = None
    kinds: dict[str, str] = field(default_factory=dict)   # timetable kind -> its status
    academic_years: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


@dataclass
class PublicationsCheck:
    year: int = 0
    count: int = 0
    latest_date: str | None = None
    months: list[int] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


@dataclass
class DocumentsCheck:
    found: bool = False            # the «Документы» subsection
    url: str | None = None
    recommendations_current: bool = False
    current_edition: str | None = None
    current_edition_ru: str | None = None
    editions_found: list[str] = field(default_factory=list)
    outdated_editions: list[str] = field(default_factory=list)
    # a letter on the recommendations newer than the editions registry: counted as current;
    # {number, date, url, label, found_on, note_ru}, note_ru asks for a registry update
    unknown_newer_edition: dict | None = None
    evidence: list[dict] = field(default_factory=list)


@dataclass
class Checks:
    """The verdicts of one school: what ``analysis.verdict.judge`` returns and a report holds."""

    reachable: bool = False
    section: SectionCheck = field(default_factory=SectionCheck)
    schedule: ScheduleCheck = field(default_factory=ScheduleCheck)
    publications: PublicationsCheck = field(default_factory=PublicationsCheck)
    documents: DocumentsCheck = field(default_factory=DocumentsCheck)
    subsections: list[str] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    score: int = 0
    incomplete: list[str] = field(default_factory=list)


CHECK_FIELDS = [f.name for f in dataclasses.fields(Checks)]


@dataclass
class SchoolReport(Checks):
    """One school's report: its checks (``Checks``) and who, where and when."""

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
    crawl_notes: dict = field(default_factory=dict)
    pages_crawled: int = 0
    crawled_at: str = ""
    as_of: str = ""

    @classmethod
    def of(cls, checks: Checks, **fields) -> SchoolReport:
        """A report holding every check block of ``checks``."""
        return cls(**{f.name: getattr(checks, f.name) for f in dataclasses.fields(Checks)}, **fields)


_OWN_FIELDS = [f.name for f in dataclasses.fields(SchoolReport) if f.name not in CHECK_FIELDS]
# The order of a report's fields in the feeds: who and where, then the checks, then the crawl.
REPORT_FIELDS = (_OWN_FIELDS[:_OWN_FIELDS.index("crawl_notes")] + CHECK_FIELDS
                 + _OWN_FIELDS[_OWN_FIELDS.index("crawl_notes"):])
