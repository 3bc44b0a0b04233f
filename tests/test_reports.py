"""Unit tests of the coordinators' reports on small report dicts (README.md "Output" schema),
including a hostile school whose list row and page texts carry formulas and script."""
from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime

import docx
import openpyxl
import pytest

from tochka.exporters import ReportCsvExporter
from tochka.reports import changes, html, load, notices, stats, texts, workbook
from tochka.reports.safety import link, neutralise

HOSTILE_NAME = '=HYPERLINK("http://evil","click")'
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror=alert(2)>'
MESSAGES = {code: f"Сообщение о {code}" for code in texts.codes()}


def report(school_id: str, codes: tuple[str, ...] = (), *, status: str = "ok", region: str = "Липецкая область",
           municipality: str = "Краснинский район", name: str | None = None, label: str = "Расписание",
           news_title: str = "День науки", crawl_id: str = "c2") -> dict:
    """A school_report as the feed holds it, with evidence for the violations named."""
    stale = "SCHEDULE_STALE" in codes
    return {
        "item_type": "school_report", "crawl_id": crawl_id, "school_id": school_id,
        "name": name or f"МБОУ СОШ {school_id}", "region": region, "municipality": municipality,
        "url": f"http://{school_id}.example.ru/", "center_type": "tochka_rosta", "status": status,
        "reason_ru": "сайт не отвечает" if status == "unreachable" else None, "reason_en": None,
        "reachable": status == "ok",
        "section": {"found": "SECTION_MISSING" not in codes, "url": f"http://{school_id}.example.ru/tochka/",
                    "site_is_center": False, "evidence": []},
        "schedule": {"status": "stale" if stale else "current", "current_academic_year": "2023-2024",
                     "kinds": {}, "academic_years": ["2022-2023" if stale else "2023-2024"],
                     "evidence": [{"url": f"http://{school_id}.example.ru/r.pdf", "label": label, "kinds": ["lessons"],
                                   "status": "stale" if stale else "current",
                                   "academic_year": "2022-2023" if stale else "2023-2024",
                                   "dated_by": "link_text", "date_snippet": label,
                                   "found_on": f"http://{school_id}.example.ru/tochka/"}]},
        "publications": {"year": 2023, "count": 0 if "NO_PUBLICATIONS" in codes else 1,
                         "latest_date": None if "NO_PUBLICATIONS" in codes else "2023-10-12", "months": [10],
                         "evidence": [] if "NO_PUBLICATIONS" in codes else [
                             {"url": f"http://{school_id}.example.ru/news/1", "title": news_title,
                              "date": "2023-10-12", "dated_by": "listing", "why": "в разделе центра"}]},
        "documents": {"found": True, "url": f"http://{school_id}.example.ru/tochka/docs/",
                      "recommendations_current": "RECOMMENDATIONS_MISSING" not in codes,
                      "current_edition": "2023-TV-2356",
                      "current_edition_ru": "письмо Минпросвещения от 30.11.2023 № ТВ-2356/02",
                      "editions_found": [], "outdated_editions": [], "evidence": []},
        "subsections": ["general", "schedule"],
        "violations": [{"code": code, "message_ru": MESSAGES[code]} for code in codes],
        "score": 100 - 20 * len(codes), "incomplete": [],
        "crawl_notes": {"refused": {}, "errors": {}, "robots_blocked": [], "needs_rendering": []},
        "pages_crawled": 12, "crawled_at": "2023-12-13T10:00:00+00:00", "as_of": "2023-12-13",
    }


def hostile() -> dict:
    return report("x1", ("SCHEDULE_STALE",), name=HOSTILE_NAME, municipality="@SUM(1+1)",
                  label=f"-2+3{HOSTILE_ATTR}", news_title=HOSTILE_TITLE)


def crawl(*reports: dict, crawl_id: str = "c2") -> load.Crawl:
    return load.Crawl(crawl_id, "test", list(reports),
                      page_titles={"http://x1.example.ru/r.pdf": f"=cmd|' /C calc'!A0 {HOSTILE_TITLE}"})


# --- safety ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["=1+2", "+7 900", "-2", "@SUM(A1)", "\tx", "\rx", HOSTILE_NAME])
def test_formula_triggers_get_a_leading_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Школа № 1", "", "http://a.ru/", 42, -3, None, 0.5])
def test_other_values_are_kept(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("url, expected", [
    ("http://a.ru/x", "http://a.ru/x"), (" https://a.ru ", "https://a.ru"), ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None), ("data:text/html,x", None), ("//a.ru/", None), ("http://[bad", None), (None, None)])
def test_only_http_addresses_become_links(url, expected):
    assert link(url) == expected


def test_reports_csv_neutralises_list_and_page_text():
    out = io.BytesIO()
    exporter = ReportCsvExporter(out)
    exporter.start_exporting()
    # plain dicts, as the feed holds them (ItemAdapter reads dicts and the item dataclasses alike)
    exporter.export_item(hostile())
    exporter.export_item(report("ok1"))
    exporter.finish_exporting()
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert rows[0]["Школа"] == "'" + HOSTILE_NAME
    assert rows[0]["Муниципалитет"] == "'@SUM(1+1)"
    assert rows[1]["Школа"] == "МБОУ СОШ ok1" and rows[1]["Баллы"] == "100"
    assert not any(value.startswith(("=", "+", "-", "@")) for row in rows for value in row.values())


# --- tallies and changes -----------------------------------------------------------------

def test_tallies_per_region_and_municipality():
    reports = [report("a", ("SCHEDULE_STALE",)), report("b"), report("c", ("SITE_UNREACHABLE",), status="unreachable"),
               report("d", ("NEEDS_RENDERING",)), report("e", region="Кировская область", municipality="")]
    (kirov, kirov_m), (lipetsk, lipetsk_m) = stats.by_region(reports)
    assert (kirov.region, kirov.schools, kirov_m[0].municipality) == ("Кировская область", 1, "(муниципалитет не указан)")
    assert (lipetsk.schools, lipetsk.checked, lipetsk.unreachable, lipetsk.compliant) == (4, 3, 1, 2)
    assert lipetsk.violation_share("SCHEDULE_STALE") == pytest.approx(1 / 3)
    assert lipetsk.unreachable_share == pytest.approx(1 / 4)
    assert [m.municipality for m in lipetsk_m] == ["Краснинский район"]


def test_changes_between_two_crawls():
    old = crawl(report("a", ("SCHEDULE_STALE", "NO_PUBLICATIONS")), report("b", ("SECTION_MISSING",)),
                report("c", ("NO_PUBLICATIONS",)), report("d"), crawl_id="c1")
    new = crawl(report("a", ("NO_PUBLICATIONS", "RECOMMENDATIONS_MISSING", "NEEDS_RENDERING")),
                report("b", ("SITE_UNREACHABLE",), status="unreachable"), report("e", ("NO_PUBLICATIONS",)),
                report("d"))
    found = {(c.school_id, c.kind, c.code) for c in changes.compare(old, new)}
    assert found == {("a", "new", "RECOMMENDATIONS_MISSING"), ("a", "fixed", "SCHEDULE_STALE"),
                     ("a", "persisting", "NO_PUBLICATIONS"), ("b", "became_unreachable", "SITE_UNREACHABLE"),
                     ("c", "removed", None), ("e", "added", None), ("e", "new", "NO_PUBLICATIONS")}
    fixed = next(c for c in changes.compare(old, new) if c.kind == "fixed")
    assert fixed.message == MESSAGES["SCHEDULE_STALE"] and fixed.proof_url == "http://a.example.ru/r.pdf"
    assert changes.per_region(changes.compare(old, new))["Липецкая область"]["new"] == 2


def test_school_history_lists_what_changed_between_crawls():
    crawls = [crawl(report("a", ("SCHEDULE_STALE",), crawl_id=f"c{i}") | {"crawled_at": f"2023-1{i}-01"},
                    crawl_id=f"c{i}") for i in (0, 1)]
    crawls.append(crawl(report("a", ("NO_PUBLICATIONS",)) | {"crawled_at": "2023-12-20"}, crawl_id="c2"))
    rows = changes.history(list(reversed(crawls)), "a")
    assert [c.crawl_id for c, _, _ in rows] == ["c0", "c1", "c2"]
    assert rows[1][2] == []
    assert {(c.kind, c.code) for c in rows[2][2]} == {("new", "NO_PUBLICATIONS"), ("fixed", "SCHEDULE_STALE")}


# --- the workbook ------------------------------------------------------------------------

@pytest.fixture
def book(tmp_path):
    current = crawl(hostile(), report("a", ("NO_PUBLICATIONS",)), report("b"),
                    report("c", ("SITE_UNREACHABLE",), status="unreachable", region="Кировская область"))
    previous = crawl(report("a"), report("b", ("SCHEDULE_STALE",)), crawl_id="c1")
    path = workbook.write(current, tmp_path / "report.xlsx", previous)
    return openpyxl.load_workbook(path)


def test_workbook_sheets_headers_and_filters(book):
    assert book.sheetnames == ["Сводка", "Изменения", "Изменения по регионам", "Сайт недоступен",
                               "Расписание устарело", "Нет публикаций", "Все школы"]
    for ws in book:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(ws.cell(1, c).font.bold for c in range(1, ws.max_column + 1) if ws.cell(1, c).value)
        assert all(ws.column_dimensions[chr(64 + c)].width >= 8 for c in range(1, min(ws.max_column, 26) + 1))


def test_workbook_one_row_per_school_with_numbers_dates_and_links(book):
    ws = book["Все школы"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c for c in row))) for row in ws.iter_rows(min_row=2)]
    assert sorted(r["ID школы"].value for r in rows) == ["a", "b", "c", "x1"]
    a = next(r for r in rows if r["ID школы"].value == "a")
    assert a["Баллы"].value == 80 and a["Баллы"].data_type == "n"
    assert a["Дата мониторинга"].value == datetime(2023, 12, 13) and a["Дата мониторинга"].is_date
    assert a["Сайт"].hyperlink.target == "http://a.example.ru/"


def test_workbook_hostile_cells_are_text_not_formulas(book):
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), (ws.title, cell.value)
    stale = book["Расписание устарело"]
    header = [c.value for c in stale[1]]
    values = dict(zip(header, (c.value for c in stale[2])))
    assert values["Школа"] == "'" + HOSTILE_NAME
    assert values["Заголовок страницы"] == f"'=cmd|' /C calc'!A0 {HOSTILE_TITLE}"
    assert stale.cell(2, header.index("Доказательство (ссылка)") + 1).hyperlink.target == "http://x1.example.ru/r.pdf"


def test_workbook_summary_holds_shares_and_changes_rows(book):
    summary = book["Сводка"]
    header = [c.value for c in summary[1]]
    total = dict(zip(header, (c for c in summary[2])))
    assert total["Регион"].value == "Все регионы" and total["Школ в списке"].value == 4
    assert total["Расписание устарело, доля"].value == pytest.approx(1 / 3)
    assert total["Расписание устарело, доля"].number_format == "0.0%"
    changed = book["Изменения"]
    kinds = {(r[0], r[4], r[5] or "") for r in changed.iter_rows(min_row=2, values_only=True) if r[4]}
    assert kinds == {("a", "новое нарушение", "Нет публикаций за год"), ("b", "исправлено", "Расписание устарело"),
                     ("c", "школа добавлена в список", ""), ("x1", "школа добавлена в список", ""),
                     ("x1", "новое нарушение", "Расписание устарело")}


# --- the HTML report ---------------------------------------------------------------------

def test_html_escapes_crawled_and_listed_text():
    page = html.render(crawl(hostile(), report("a", ("NO_PUBLICATIONS",))))
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert HOSTILE_ATTR not in page and "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert page.count("<script>") == 1  # the report's own
    assert "Content-Security-Policy" in page and html.script_hash(html.asset("report.js")) in page


def test_html_links_only_http_addresses():
    evil = report("a") | {"url": "javascript:alert(1)"}
    page = html.render(crawl(evil))
    assert 'href="javascript' not in page and "javascript:alert(1)" in page


def test_html_has_one_chart_per_region_and_a_row_per_school():
    page = html.render(crawl(report("a", ("NO_PUBLICATIONS",)), report("b"),
                             report("c", region="Кировская область")))
    assert page.count('<svg class="bars"') == 2
    assert page.count('<rect class="bar"') == 2 * (1 + len(texts.codes_of_kind(texts.VIOLATION)))
    assert page.count('<tr data-region=') == 3 and page.count('<section class="school"') == 3
    assert "1 из 2 (50%)" in page


# --- notices -----------------------------------------------------------------------------

def docx_text(path) -> str:
    document = docx.Document(path)
    return "\n".join(p.text for p in document.paragraphs)


def test_notice_docx_and_html_per_school_with_violations(tmp_path):
    partial = report("p", ("SECTION_MISSING", "NEEDS_RENDERING")) | {"incomplete": ["needs_rendering"]}
    current = crawl(hostile(), report("a", ("NO_PUBLICATIONS", "NEEDS_RENDERING")), report("b"), partial,
                    report("c", ("SITE_UNREACHABLE",), status="unreachable", region="Кировская область"),
                    report("d", ("NEEDS_RENDERING",)))
    written, archive = notices.write_all(current, tmp_path / "notices")
    names = sorted(str(p.relative_to(tmp_path / "notices")) for p in written)
    assert names == ["Кировская область/c МБОУ СОШ c.docx", "Кировская область/c МБОУ СОШ c.html",
                     "Липецкая область/a МБОУ СОШ a.docx", "Липецкая область/a МБОУ СОШ a.html",
                     "Липецкая область/x1 _HYPERLINK_http_evil_click.docx",
                     "Липецкая область/x1 _HYPERLINK_http_evil_click.html",
                     "Липецкая область/проверить вручную/p МБОУ СОШ p.docx",
                     "Липецкая область/проверить вручную/p МБОУ СОШ p.html"]
    with zipfile.ZipFile(archive) as bundle:
        assert sorted(bundle.namelist()) == sorted(f"notices/{n}" for n in names)
    text = docx_text(tmp_path / "notices/Липецкая область/a МБОУ СОШ a.docx")
    assert "Руководителю МБОУ СОШ a" in text and "13.12.2023" in text
    assert "100/1312-12" in text and "ТВ-2356/02" in text
    assert MESSAGES["NO_PUBLICATIONS"] in text and "Публикуйте в разделе центра" in text
    assert MESSAGES["NEEDS_RENDERING"] not in text  # a limit of the check, not the school's fault
    hostile_text = docx_text(tmp_path / "notices/Липецкая область/x1 _HYPERLINK_http_evil_click.docx")
    assert f"Руководителю {HOSTILE_NAME}" in hostile_text and "-2+3" in hostile_text
    page = (tmp_path / "notices/Липецкая область/x1 _HYPERLINK_http_evil_click.html").read_text(encoding="utf-8")
    assert HOSTILE_ATTR not in page and "<script" not in page


def test_notice_docx_links_open_the_proof(tmp_path):
    notice = notices.notice_for(report("a", ("SCHEDULE_STALE",)))
    path = notices.write_docx(notice, tmp_path / "n.docx")
    targets = {r.target_ref for r in docx.Document(path).part.rels.values() if r.is_external}
    assert {"http://a.example.ru/r.pdf", "http://a.example.ru/tochka/"} <= targets


def test_no_notice_for_a_school_without_violations():
    assert notices.notice_for(report("a")) is None
    assert notices.notice_for(report("a", ("ROBOTS_BLOCKED",))) is None


# --- loading -----------------------------------------------------------------------------

def test_feed_directory_with_a_broken_line_and_page_titles(tmp_path):
    day = tmp_path / "exports" / "2023-12-13"
    day.mkdir(parents=True)
    lines = [json_line(report("a", ("SCHEDULE_STALE",))), "{broken", json_line(report("b"))]
    (day / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (day / "pages.jsonl").write_text(json_line({"item_type": "page", "url": "http://a.example.ru/r.pdf",
                                                "title": "Расписание 2022"}) + "\n", encoding="utf-8")
    loaded = load.read_feed(tmp_path / "exports")
    assert [r["school_id"] for r in loaded.reports] == ["a", "b"]
    assert loaded.problems == [f"{day / 'reports.jsonl'}:2: not JSON (Expecting property name enclosed in double quotes)"]
    assert loaded.page_titles == {"http://a.example.ru/r.pdf": "Расписание 2022"}
    assert (loaded.crawl_id, loaded.as_of) == ("c2", "2023-12-13")


def test_missing_or_empty_feed_says_so(tmp_path):
    with pytest.raises(load.SourceError, match="no such file or directory"):
        load.read_feed(tmp_path / "nope")
    with pytest.raises(load.SourceError, match="no reports.jsonl"):
        load.read_feed(tmp_path)
    (tmp_path / "reports.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(load.SourceError, match="no school reports"):
        load.read_feed(tmp_path)


def json_line(value: dict) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def test_every_violation_code_has_report_texts():
    assert set(texts.codes()) == set(texts.rules.violation_texts())
    assert all(len(c.sheet) <= 31 and not set(c.sheet) & set("[]:*?/\\") for c in texts.codes().values())
    assert date.fromisoformat("2023-12-13").strftime("%d.%m.%Y") == texts.date_ru("2023-12-13")
