"""The regional workbook (XLSX): a summary per region and municipality, one sheet per
violation with the proof of each school, every school with every check, and the changes
since an earlier crawl. Header rows frozen, filters on, links clickable, numbers as
numbers, dates as dates, and text from crawled pages or the school list never a formula."""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tochka.exporters import flat_row

from . import changes as changes_module
from . import texts
from .load import Crawl
from .proof import proofs
from .safety import link, neutralise
from .stats import Tally, by_region, codes_of, tally

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)?")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5597")
TOTAL_FONT = Font(bold=True)
PERCENT = "0.0%"
DATE = "DD.MM.YYYY"
DATETIME = "DD.MM.YYYY HH:MM"
MIN_WIDTH, MAX_WIDTH = 8, 60


# --- cells -------------------------------------------------------------------------------

def typed(value):
    """A value as Excel should hold it: ISO dates as dates, the rest as is (text neutralised)."""
    if isinstance(value, str):
        if ISO_DATE.fullmatch(value):
            return date.fromisoformat(value)
        if ISO_DATETIME.fullmatch(value):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    return neutralise(value)


def put(ws: Worksheet, row: int, column: int, value, *, number_format: str | None = None):
    """Write one cell: http(s) addresses become links, dates get a date format."""
    cell = ws.cell(row=row, column=column, value=typed(value))
    url = link(value)
    if url:
        cell.hyperlink = url
        cell.style = "Hyperlink"
    if isinstance(value, str) and "\n" in value:  # several proof URLs, one per line
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if number_format:
        cell.number_format = number_format
    elif isinstance(cell.value, datetime):
        cell.number_format = DATETIME
    elif isinstance(cell.value, date):
        cell.number_format = DATE
    return cell


def table_sheet(book: Workbook, title: str, headers: list[str], rows, formats: dict[int, str] | None = None) -> Worksheet:
    """A sheet holding one table: bold frozen header, a filter over every column, fitted widths."""
    ws = book.create_sheet(title[:31])
    for column, header in enumerate(headers, 1):
        cell = ws.cell(row=1, column=column, value=header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_number, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            put(ws, row_number, column, value, number_format=(formats or {}).get(column))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"
    fit_widths(ws, headers)
    return ws


def fit_widths(ws: Worksheet, headers: list[str]) -> None:
    widths = [max(len(h) // 2 + 2, MIN_WIDTH) for h in headers]
    for row in ws.iter_rows(min_row=2, max_col=len(headers)):
        for index, cell in enumerate(row):
            text = cell.value.strftime("%d.%m.%Y") if isinstance(cell.value, date) else str(cell.value or "")
            widths[index] = max(widths[index], min(len(text) + 2, MAX_WIDTH))
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


# --- sheets ------------------------------------------------------------------------------

def summary_headers() -> list[str]:
    return (["Регион", "Муниципалитет", "Школ в списке", "Проверено сайтов",
             f"{texts.label('unreachable')}, доля", f"{texts.label('compliant')}, доля"]
            + [f"{c.title}, доля" for c in texts.codes_of_kind(texts.VIOLATION)])


def summary_row(t: Tally) -> list:
    return ([t.region or texts.label("all_regions"), t.municipality or "", t.schools, t.checked,
             t.unreachable_share, t.compliant_share]
            + [t.violation_share(c.code) for c in texts.codes_of_kind(texts.VIOLATION)])


def add_summary(book: Workbook, crawl: Crawl) -> None:
    rows = [summary_row(tally("", None, crawl.reports))]
    bold_rows = [2]
    for region, municipalities in by_region(crawl.reports):
        bold_rows.append(len(rows) + 2)
        rows.append(summary_row(region))
        rows.extend(summary_row(m) for m in municipalities)
    headers = summary_headers()
    ws = table_sheet(book, texts.label("summary_sheet"), headers, rows,
                     {column: PERCENT for column in range(5, len(headers) + 1)})
    for row in bold_rows:
        for cell in ws[row]:
            cell.font = TOTAL_FONT
    ws.append([])
    ws.append([f"Проверка {crawl.crawl_id}; дата мониторинга {texts.date_ru(crawl.as_of)}; "
               f"доли нарушений — от числа проверенных сайтов, доля недоступных — от числа школ в списке"])


VIOLATION_HEADERS = ["ID школы", "Школа", "Регион", "Муниципалитет", "Сайт", "Доказательство (ссылка)",
                     "Что найдено", "Подробности", "Найдено на странице", "Заголовок страницы",
                     "Ещё доказательства", "Сообщение для школы", "Дата мониторинга"]


def violation_rows(crawl: Crawl, code: str):
    for report in sorted(crawl.reports, key=lambda r: (r.get("region") or "", r.get("municipality") or "",
                                                       r["school_id"])):
        if code not in codes_of(report):
            continue
        found = proofs(report, code)
        first = found[0] if found else None
        message = next(v.get("message_ru") or "" for v in report["violations"] if v.get("code") == code)
        yield [report["school_id"], report.get("name") or "", report.get("region") or "",
               report.get("municipality") or "", report.get("url") or "",
               first.url if first else "", first.what if first else "", first.detail if first else "",
               first.found_on if first else "", crawl.page_titles.get(first.url or "", "") if first else "",
               "\n".join(p.url for p in found[1:] if p.url), message, report.get("as_of") or ""]


def add_violation_sheets(book: Workbook, crawl: Crawl) -> None:
    present = set().union(*(codes_of(r) for r in crawl.reports))
    for code in texts.codes():
        if code in present:
            table_sheet(book, texts.code_info(code).sheet, VIOLATION_HEADERS, violation_rows(crawl, code))
    for code in sorted(present - set(texts.codes())):  # a code this version does not describe
        table_sheet(book, code[:31], VIOLATION_HEADERS, violation_rows(crawl, code))


def add_schools(book: Workbook, crawl: Crawl) -> None:
    rows = [flat_row(r) for r in sorted(crawl.reports, key=lambda r: r["school_id"])]
    table_sheet(book, texts.label("schools_sheet"), list(rows[0]), (list(r.values()) for r in rows))


CHANGE_HEADERS = ["ID школы", "Школа", "Регион", "Муниципалитет", "Изменение", "Нарушение", "Описание",
                  "Доказательство (ссылка)"]


def add_changes(book: Workbook, found: list[changes_module.Change], previous: Crawl) -> None:
    rows = ([c.school_id, c.name, c.region, c.municipality, c.kind_ru, c.title, c.message, c.proof_url or ""]
            for c in found)
    table_sheet(book, texts.label("changes_sheet"), CHANGE_HEADERS, rows)
    kinds = changes_module.KINDS
    counts = changes_module.per_region(found)
    table_sheet(book, f"{texts.label('changes_sheet')} по регионам",
                ["Регион", *(texts.change_label(k) for k in kinds)],
                ([region, *(counted[k] for k in kinds)] for region, counted in counts.items()))
    book[texts.label("changes_sheet")].append([])
    book[texts.label("changes_sheet")].append([f"По сравнению с проверкой {previous.crawl_id} "
                                               f"({texts.date_ru(previous.as_of)})"])


def build(crawl: Crawl, previous: Crawl | None = None,
          found_changes: list[changes_module.Change] | None = None) -> Workbook:
    book = Workbook()
    book.remove(book.active)
    book.properties.title = f"{texts.label('report_title')} — {crawl.crawl_id}"
    add_summary(book, crawl)
    if previous is not None:
        add_changes(book, found_changes if found_changes is not None else changes_module.compare(previous, crawl),
                    previous)
    add_violation_sheets(book, crawl)
    add_schools(book, crawl)
    return book


def write(crawl: Crawl, path: Path, previous: Crawl | None = None,
          found_changes: list[changes_module.Change] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    build(crawl, previous, found_changes).save(path)
    return path
