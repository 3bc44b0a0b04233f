"""Counts per region and municipality: schools, checked, unreachable, each violation, compliant."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from . import texts


def codes_of(report: dict) -> set[str]:
    return {v.get("code") for v in report.get("violations") or [] if v.get("code")}


def is_compliant(report: dict) -> bool:
    """Checked and without a violation the school must fix (limitations of the check do not count)."""
    kinds = {texts.code_info(code).kind for code in codes_of(report)}
    return report.get("status") == "ok" and not kinds & {texts.VIOLATION, texts.UNREACHABLE}


@dataclass
class Tally:
    region: str
    municipality: str | None  # None: the whole region (or every region when region is "")
    schools: int = 0
    listed: int = 0  # rows of the list that were not broken
    checked: int = 0
    unreachable: int = 0
    compliant: int = 0
    violations: Counter = field(default_factory=Counter)

    def add(self, report: dict) -> None:
        status = report.get("status")
        self.schools += 1
        self.listed += status != "bad_seed"
        self.checked += status == "ok"
        self.unreachable += status == "unreachable"
        self.compliant += is_compliant(report)
        if status == "ok":
            self.violations.update(codes_of(report))

    @staticmethod
    def share(count: int, total: int) -> float | None:
        return count / total if total else None

    def violation_share(self, code: str) -> float | None:
        return self.share(self.violations[code], self.checked)

    @property
    def compliant_share(self) -> float | None:
        return self.share(self.compliant, self.checked)

    @property
    def unreachable_share(self) -> float | None:
        return self.share(self.unreachable, self.listed)


def tally(region: str, municipality: str | None, reports) -> Tally:
    result = Tally(region, municipality)
    for report in reports:
        result.add(report)
    return result


def region_of(report: dict) -> str:
    return report.get("region") or ""


def municipality_of(report: dict) -> str:
    return report.get("municipality") or texts.label("no_municipality")


def by_region(reports: list[dict]) -> list[tuple[Tally, list[Tally]]]:
    """(region tally, its municipalities' tallies) for every region, in alphabetical order."""
    ordered = sorted(reports, key=lambda r: (region_of(r), municipality_of(r)))
    regions = []
    for region, group in groupby(ordered, key=region_of):
        in_region = list(group)
        municipalities = [tally(region, name, rows) for name, rows in groupby(in_region, key=municipality_of)]
        regions.append((tally(region, None, in_region), municipalities))
    return regions
