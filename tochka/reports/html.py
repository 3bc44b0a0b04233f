"""The HTML report: one self-contained file (styles, script and charts inline, no CDN).

Jinja2 autoescapes every value, so text from crawled pages and from the school list is
shown as text; only http(s) addresses become links. A Content-Security-Policy lets only
the report's own script run, a second line of defence behind the escaping.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from tochka.exporters import SCHEDULE_RU, STATUS_RU, YES_NO
from tochka.summary import PARTIAL_RU

from . import changes as changes_module
from . import texts
from .load import Crawl
from .proof import Proof, fix_advice, proofs
from .safety import link
from .stats import Tally, by_region, tally

# chart geometry (px)
LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH, BAR_HEIGHT, BAR_GAP = 230, 250, 110, 18, 8


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    total: int
    share: float
    y: int

    @property
    def width(self) -> int:
        return round(self.share * BAR_WIDTH)

    @property
    def text(self) -> str:
        return f"{self.count} из {self.total} ({self.share:.0%})"


@dataclass(frozen=True)
class Chart:
    region: str
    tally: Tally
    bars: list[Bar]

    @property
    def height(self) -> int:
        return len(self.bars) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP

    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    label_width, bar_width, bar_height = LABEL_WIDTH, BAR_WIDTH, BAR_HEIGHT


def chart(region: Tally) -> Chart:
    """Bars of a region: unreachable sites (of the schools listed), then each violation (of those checked)."""
    counts = [(texts.label("unreachable"), region.unreachable, region.listed)]
    counts += [(c.title, region.violations[c.code], region.checked) for c in texts.codes_of_kind(texts.VIOLATION)]
    bars = [Bar(label, count, total, count / total if total else 0.0, BAR_GAP + i * (BAR_HEIGHT + BAR_GAP))
            for i, (label, count, total) in enumerate(counts)]
    return Chart(region.region, region, bars)


@dataclass(frozen=True)
class ViolationView:
    code: str
    title: str
    kind: str
    message: str
    proofs: list[Proof]
    fix: str


def status_ru(report: dict) -> str:
    if report.get("status") == "ok" and report.get("incomplete"):
        return PARTIAL_RU
    status = str(report.get("status") or "")
    return STATUS_RU.get(status, status)


def violation_views(report: dict) -> list[ViolationView]:
    views = []
    for violation in report.get("violations") or []:
        code = violation.get("code") or ""
        info = texts.code_info(code)
        views.append(ViolationView(code, info.title, info.kind, violation.get("message_ru") or "",
                                   proofs(report, code), fix_advice(report, code)))
    return views


def school_view(number: int, report: dict) -> dict:
    """What the table row and the school's own page show."""
    violations = violation_views(report)
    return {
        "anchor": f"school-{number}",
        "report": report,
        "status": status_ru(report),
        "center": texts.center_label(report.get("center_type")),
        "schedule": SCHEDULE_RU.get(str((report.get("schedule") or {}).get("status")), ""),
        "violations": violations,
        "must_fix": [v for v in violations if v.kind in texts.NOTICE_KINDS],
    }


def environment() -> Environment:
    env = Environment(loader=PackageLoader("tochka.reports", "templates"),
                      autoescape=select_autoescape(["html"], default_for_string=True, default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["link"] = link
    env.filters["date_ru"] = texts.date_ru
    env.filters["yes_no"] = lambda value: YES_NO[bool(value)]
    env.filters["percent"] = lambda value: "—" if value is None else f"{value:.0%}"
    return env


@cache
def asset(name: str) -> str:
    return resources.files("tochka.reports").joinpath("templates", name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def render(crawl: Crawl, previous: Crawl | None = None,
           found_changes: list[changes_module.Change] | None = None) -> str:
    reports = sorted(crawl.reports, key=lambda r: (r.get("region") or "", r.get("municipality") or "", r["school_id"]))
    regions = by_region(reports)
    if previous is not None and found_changes is None:
        found_changes = changes_module.compare(previous, crawl)
    script = asset("report.js")
    return environment().get_template("report.html").render(
        labels=texts.table()["labels"],
        proof_labels=texts.table()["proof"],
        crawl=crawl,
        previous=previous,
        total=tally("", None, reports),
        charts=[chart(region) for region, _ in regions],
        regions=[region.region for region, _ in regions],
        schools=[school_view(number, report) for number, report in enumerate(reports, 1)],
        subsection_labels=texts.subsection_labels(),
        page_titles=crawl.page_titles,
        changes=[c for c in found_changes or [] if c.kind != changes_module.PERSISTING],
        persisting=sum(1 for c in found_changes or [] if c.kind == changes_module.PERSISTING),
        change_counts=changes_module.per_region(found_changes or []),
        change_kinds=[(kind, texts.change_label(kind)) for kind in changes_module.KINDS],
        style=asset("report.css"),
        script=script,
        script_hash=script_hash(script),
    )


def write(crawl: Crawl, path: Path, previous: Crawl | None = None,
          found_changes: list[changes_module.Change] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(crawl, previous, found_changes), encoding="utf-8")
    return path
