"""Crawl over crawl: per school and per region, the violations that are new, fixed or
persisting, and the schools whose site stopped (or started again) answering.

Only violations a school must fix are compared. A site that stopped answering is one
change of its own: what it had is unknown now, not fixed.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import texts
from .load import Crawl, by_school
from .proof import proofs
from .stats import codes_of

NEW, FIXED, PERSISTING = "new", "fixed", "persisting"
BECAME_UNREACHABLE, REACHABLE_AGAIN, ADDED, REMOVED = "became_unreachable", "reachable_again", "added", "removed"
KINDS = (NEW, FIXED, PERSISTING, BECAME_UNREACHABLE, REACHABLE_AGAIN, ADDED, REMOVED)


@dataclass(frozen=True)
class Change:
    school_id: str
    name: str
    region: str
    municipality: str
    kind: str  # one of KINDS
    code: str | None  # the violation, when the change is about one
    message: str  # the violation's message (the newer report's; the older one's when fixed)
    proof_url: str | None

    @property
    def kind_ru(self) -> str:
        return texts.change_label(self.kind)

    @property
    def title(self) -> str:
        return texts.code_info(self.code).title if self.code else ""


def fixable_codes(report: dict) -> set[str]:
    return {c for c in codes_of(report) if texts.code_info(c).kind == texts.VIOLATION}


def _change(report: dict, kind: str, code: str | None = None) -> Change:
    message, url = "", report.get("url")
    if code:
        message = next((v.get("message_ru") or "" for v in report.get("violations") or [] if v.get("code") == code), "")
        found = proofs(report, code)
        url = found[0].url if found and found[0].url else url
    return Change(report["school_id"], report.get("name") or "", report.get("region") or "",
                  report.get("municipality") or "", kind, code, message, url)


def _violation_changes(old: dict, new: dict) -> list[Change]:
    before, after = fixable_codes(old), fixable_codes(new)
    return ([_change(new, NEW, c) for c in sorted(after - before)]
            + [_change(old, FIXED, c) for c in sorted(before - after)]
            + [_change(new, PERSISTING, c) for c in sorted(before & after)])


def _school_changes(old: dict | None, new: dict | None) -> list[Change]:
    if old is None and new is not None:
        return [_change(new, ADDED)] + [_change(new, NEW, c) for c in sorted(fixable_codes(new))]
    if new is None or old is None:
        return [_change(old, REMOVED)] if old is not None else []
    was_up, is_up = old.get("status") == "ok", new.get("status") == "ok"
    if was_up and new.get("status") == "unreachable":
        return [_change(new, BECAME_UNREACHABLE, "SITE_UNREACHABLE")]
    if not is_up:
        return []  # still unreachable or a broken row: nothing to compare
    if not was_up:
        return [_change(new, REACHABLE_AGAIN)] + [_change(new, NEW, c) for c in sorted(fixable_codes(new))]
    return _violation_changes(old, new)


def compare(old: Crawl, new: Crawl) -> list[Change]:
    """Every change between two crawls, school by school (ordered by school id)."""
    before, after = by_school(old.reports), by_school(new.reports)
    changes: list[Change] = []
    for school_id in sorted(before.keys() | after.keys()):
        changes.extend(_school_changes(before.get(school_id), after.get(school_id)))
    return changes


def per_region(changes: list[Change]) -> dict[str, Counter]:
    """region -> count of each kind of change (a region with none is left out)."""
    counts: dict[str, Counter] = {}
    for change in changes:
        counts.setdefault(change.region, Counter())[change.kind] += 1
    return dict(sorted(counts.items()))


def history(crawls: list[Crawl], school_id: str) -> list[tuple[Crawl, dict, list[Change]]]:
    """One school across crawls, oldest first: (crawl, its report, changes since the crawl before)."""
    rows, previous = [], None
    for crawl in sorted(crawls, key=lambda c: c.crawled_at):
        report = by_school(crawl.reports).get(school_id)
        if report is None:
            continue
        moved: list[Change] = _school_changes(previous, report) if previous is not None else []
        rows.append((crawl, report, [c for c in moved if c.kind != PERSISTING]))
        previous = report
    return rows
