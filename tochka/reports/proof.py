"""What proves each violation of a report: the addresses to open and what was found there.

Built from the report's own evidence blocks (README.md, "school_report"), so every
workbook row, HTML section and notice cites the same proof.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import texts

MAX_PROOFS = 10


@dataclass(frozen=True)
class Proof:
    url: str | None  # the address that proves it (may be None: a broken list row)
    what: str  # what was found, in Russian; may quote crawled text
    detail: str = ""  # how it was dated, the text that dated it
    found_on: str | None = None  # the page that links to ``url``


def academic_year(year: str | None) -> str:
    return (year or "").replace("-", "–")


def _schedule_proofs(report: dict, status: str, key: str) -> list[Proof]:
    found = []
    for item in (report.get("schedule") or {}).get("evidence") or []:
        if item.get("status") != status:
            continue
        details = []
        if item.get("dated_by"):
            details.append(texts.proof("dated_by", how=texts.dated_by(item["dated_by"])))
        if item.get("date_snippet"):
            details.append(texts.proof("date_snippet", snippet=item["date_snippet"]))
        found.append(Proof(item.get("url"), texts.proof(key, label=item.get("label") or "",
                                                        academic_year=academic_year(item.get("academic_year"))),
                           "; ".join(details), item.get("found_on")))
    return found


def _edition_proofs(report: dict, editions: list[str]) -> list[Proof]:
    return [Proof(item.get("url"), texts.proof("recommendations_found", label=item.get("label") or "",
                                               edition=item.get("edition_ru") or item.get("edition") or ""),
                  found_on=item.get("found_on"))
            for item in (report.get("documents") or {}).get("evidence") or []
            if item.get("edition") in editions]


def _section_url(report: dict) -> str | None:
    return (report.get("section") or {}).get("url") or report.get("url")


def _current_edition(report: dict) -> str:
    return (report.get("documents") or {}).get("current_edition_ru") or texts.notice("default_recommendations")


def _listed(urls: list[str], key: str) -> list[Proof]:
    return [Proof(url, texts.proof(key)) for url in urls]


def proofs(report: dict, code: str) -> list[Proof]:
    """The proofs of violation ``code`` in ``report``, at most MAX_PROOFS."""
    notes = report.get("crawl_notes") or {}
    documents = report.get("documents") or {}
    builders = {
        "SITE_UNREACHABLE": lambda: [Proof(report.get("url"), texts.proof(
            "site_unreachable", reason=report.get("reason_ru") or ""))],
        "BAD_SEED": lambda: [Proof(None, texts.proof("bad_seed", reason=report.get("reason_ru") or ""))],
        "SECTION_MISSING": lambda: [Proof(report.get("url"), texts.proof("section_missing"))],
        "SCHEDULE_MISSING": lambda: [Proof(_section_url(report), texts.proof("schedule_missing"))],
        "SCHEDULE_STALE": lambda: _schedule_proofs(report, "stale", "schedule_stale"),
        "SCHEDULE_UNDATED": lambda: _schedule_proofs(report, "unknown", "schedule_undated"),
        "NO_PUBLICATIONS": lambda: [Proof(_section_url(report), texts.proof(
            "no_publications", year=(report.get("publications") or {}).get("year") or ""))],
        "DOCUMENTS_MISSING": lambda: [Proof(_section_url(report), texts.proof("documents_missing"))],
        "RECOMMENDATIONS_MISSING": lambda: [Proof(documents.get("url") or _section_url(report), texts.proof(
            "recommendations_missing", current=_current_edition(report)))]
        + _edition_proofs(report, documents.get("outdated_editions") or []),
        "RECOMMENDATIONS_OUTDATED": lambda: _edition_proofs(report, documents.get("outdated_editions") or []),
        "ROBOTS_BLOCKED": lambda: _listed(notes.get("robots_blocked") or [], "robots_blocked"),
        "NEEDS_RENDERING": lambda: _listed(notes.get("needs_rendering") or [], "needs_rendering"),
    }
    build = builders.get(code)
    return build()[:MAX_PROOFS] if build else []


def fix_advice(report: dict, code: str) -> str:
    """What the school has to publish to fix ``code`` (reports.toml), filled in for this school."""
    return texts.code_info(code).fix.format(
        center=texts.center_label(report.get("center_type")),
        academic_year=academic_year((report.get("schedule") or {}).get("current_academic_year")),
        current=_current_edition(report))
