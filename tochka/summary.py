"""Print a readable per-school table from a ``reports.jsonl`` feed.

    python -m tochka.summary exports/2023-12-13/reports.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from .exporters import SCHEDULE_RU, STATUS_RU, YES_NO

COLUMNS = (("ID", 6), ("Школа", 28), ("Статус", 18), ("Раздел", 6), ("Расписание", 11), ("Публ.", 5),
           ("Рекоменд.", 9), ("Баллы", 5), ("Нарушения", 60))


# a report whose crawl could not see everything (pages built by script, robots.txt, the
# page budget) must not read as a finished check
PARTIAL_RU = "проверен частично"


def row(report: dict) -> tuple[str, ...]:
    ok = report.get("status") == "ok"
    given = str(report.get("status", ""))
    status = PARTIAL_RU if ok and report.get("incomplete") else STATUS_RU.get(given, given)
    return (
        report["school_id"],
        report.get("name", ""),
        status,
        YES_NO[bool(report.get("section", {}).get("found"))] if ok else "—",
        SCHEDULE_RU.get(report.get("schedule", {}).get("status"), "") if ok else "—",
        str(report.get("publications", {}).get("count", 0)) if ok else "—",
        YES_NO[bool(report.get("documents", {}).get("recommendations_current"))] if ok else "—",
        str(report.get("score", 0)),
        ", ".join(v["code"] for v in report.get("violations", [])),
    )


def _cell(value: str, width: int) -> str:
    return value[: width - 1] + "…" if len(value) > width else value.ljust(width)


def render(reports: list[dict]) -> str:
    lines = [" ".join(_cell(name, width) for name, width in COLUMNS)]
    lines.append(" ".join("-" * width for _, width in COLUMNS))
    for report in sorted(reports, key=lambda r: r["school_id"]):
        lines.append(" ".join(_cell(v, w) for v, (_, w) in zip(row(report), COLUMNS, strict=True)).rstrip())
    statuses = Counter(row(r)[2] for r in reports)
    codes = Counter(v["code"] for r in reports for v in r.get("violations", []))
    lines.append("")
    lines.append(f"Школ: {len(reports)}; " + ", ".join(f"{k}: {n}" for k, n in statuses.items()))
    partial = sorted({reason for r in reports for reason in r.get("incomplete") or []})
    if partial:
        lines.append(f"{PARTIAL_RU}: {', '.join(partial)} — см. столбец «Проверка неполная» в reports.csv")
    lines.append("Нарушения: " + (", ".join(f"{code} — {n}" for code, n in codes.most_common()) or "нет"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", help="reports.jsonl written by `scrapy crawl schools`")
    args = parser.parse_args(argv)
    try:
        with open(args.reports, encoding="utf-8") as fh:
            reports = [json.loads(line) for line in fh if line.strip()]
    except OSError as exc:
        print(f"tochka: error: cannot read {args.reports}: {exc.strerror}", file=sys.stderr)
        return 2
    print(render(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
