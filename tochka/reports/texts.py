"""The Russian texts of the reports (tochka/rules/reports.toml), loaded once, and the
labels the feeds already use (violations.toml, exporters.py), reused rather than copied."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from tochka.analysis import rules

# kinds of violation codes (reports.toml) the code treats apart: the others ("limitation",
# "list_error") are shown but neither counted nor sent to schools
VIOLATION, UNREACHABLE = "violation", "unreachable"
NOTICE_KINDS = (VIOLATION, UNREACHABLE)


@dataclass(frozen=True)
class Code:
    code: str
    title: str
    sheet: str
    kind: str
    fix: str


@cache
def table() -> dict:
    return rules.load_table("reports")


@cache
def codes() -> dict[str, Code]:
    """Every violation code, in the order of violations.toml (the order of the columns and charts)."""
    described = table()["violations"]
    missing = set(rules.violation_texts()) - set(described)
    if missing:
        raise ValueError(f"reports.toml describes no violation code {', '.join(sorted(missing))}")
    return {code: Code(code, **described[code]) for code in rules.violation_texts()}


def code_info(code: str) -> Code:
    """The description of ``code``; an unknown code (a newer crawler) is shown under its own name."""
    return codes().get(code) or Code(code, code, code[:31], VIOLATION, "")


def codes_of_kind(*kinds: str) -> list[Code]:
    return [c for c in codes().values() if c.kind in kinds]


def proof(key: str, **values) -> str:
    return table()["proof"][key].format(**values)


def notice(key: str, **values) -> str:
    return table()["notice"][key].format(**values)


def label(key: str) -> str:
    return table()["labels"][key]


def change_label(kind: str) -> str:
    return table()["changes"][kind]


def dated_by(how: str | None) -> str:
    return table()["dated_by"].get(how or "", how or "")


def center_label(center_type: str | None) -> str:
    centers = rules.centers()
    return centers[center_type].label_ru if center_type in centers else (center_type or "")


def date_ru(iso: str | None) -> str:
    """``2023-12-13`` as ``13.12.2023``; anything else as it is."""
    try:
        return date.fromisoformat((iso or "")[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso or ""


def subsection_labels() -> dict[str, str]:
    return rules.pages()["subsection_labels"]
