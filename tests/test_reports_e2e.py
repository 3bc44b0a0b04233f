"""End to end: two real crawls of a few fixture sites, with two sites changed between them
(a15 updated its timetable and lost its center news; b02's domain lapsed), and a hostile
school in both; then `scrapy report` from the feeds and from MongoDB, and the HTML report
in headless Chromium."""
from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import openpyxl
import pytest

from tests.fixtureweb.evaluate import ROOT, run_crawl
from tests.fixtureweb.registry import site_by_id, write_seeds
from tests.fixtureweb.server import FixtureWebServer
from tests.fixtureweb.sites import _reports as sites
from tochka import mongo
from tochka.rendering.requests import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.e2e

UNCHANGED = ("a02", "a03")
SCREENSHOT = ROOT / "exports" / "report-screenshot.png"
SCHOOL_SCREENSHOT = ROOT / "exports" / "report-school-screenshot.png"
# what differs between the two crawls, and nothing else
EXPECTED_CHANGES = {("a15", "новое нарушение", "Нет публикаций за год"),
                    ("a15", "исправлено", "Расписание устарело"),
                    ("b02", "сайт стал недоступен", "Сайт недоступен")}


def crawl_sites(sites_list, out: Path) -> list[dict]:
    seeds = write_seeds(out / "seeds.csv", sites_list, [])
    with FixtureWebServer(sites=sites_list) as web:
        code, reports = run_crawl(seeds, web.proxy_url, out, {"TOCHKA_PAGE_BUDGET": "60"})
    assert code == 0 and len(reports) == len(sites_list)
    return reports


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    root = tmp_path_factory.mktemp("report-crawls")
    first = [*(site_by_id(i) for i in (*UNCHANGED, "a15", "b02")), sites.hostile_site()]
    second = [*(site_by_id(i) for i in UNCHANGED), sites.a15_fixed_timetable_no_news(), sites.dead_copy("b02"),
              sites.hostile_site()]
    return (root / "first", crawl_sites(first, root / "first")), (root / "second", crawl_sites(second, root / "second"))


def scrapy(*argv: str, check: bool = True) -> subprocess.CompletedProcess:
    scrapy_bin = ROOT / ".venv" / "bin" / "scrapy"
    env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
    done = subprocess.run([str(scrapy_bin) if scrapy_bin.exists() else "scrapy", *argv], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=env)
    if check:
        assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def report_dir(crawls, tmp_path_factory):
    (first, _), (second, _) = crawls
    out = tmp_path_factory.mktemp("report")
    done = scrapy("report", str(second), "--previous", str(first), "--out", str(out))
    return out, done.stdout


def changes_rows(path: Path) -> set[tuple]:
    ws = openpyxl.load_workbook(path)["Изменения"]
    return {(r[0], r[4], r[5]) for r in ws.iter_rows(min_row=2, values_only=True) if r[4]}


def test_the_command_prints_what_it_wrote(report_dir):
    out, stdout = report_dir
    for name in ("report.xlsx", "report.html", "notices.zip"):
        assert str(out / name) in stdout and (out / name).stat().st_size > 0
    assert "новое нарушение 1, исправлено 1" in stdout and "сайт стал недоступен 1" in stdout


def test_two_crawls_give_exactly_the_expected_new_and_fixed_rows(report_dir):
    rows = changes_rows(report_dir[0] / "report.xlsx")
    assert {r for r in rows if r[1] != "сохраняется"} == EXPECTED_CHANGES
    persisting = {r[0] for r in rows if r[1] == "сохраняется"}
    assert persisting == {*UNCHANGED, "a15", "x01"}
    by_region = openpyxl.load_workbook(report_dir[0] / "report.xlsx")["Изменения по регионам"]
    header = [c.value for c in by_region[1]]
    kirov = next(dict(zip(header, r)) for r in by_region.iter_rows(min_row=2, values_only=True)
                 if r[0] == "Кировская область")
    assert (kirov["новое нарушение"], kirov["исправлено"], kirov["сайт стал недоступен"]) == (1, 1, 1)


def test_workbook_of_a_real_crawl(report_dir, crawls):
    book = openpyxl.load_workbook(report_dir[0] / "report.xlsx")
    reports = crawls[1][1]
    assert book.sheetnames[:3] == ["Сводка", "Изменения", "Изменения по регионам"]
    assert {"Сайт недоступен", "Нет раздела центра", "Расписание устарело", "Нет публикаций",
            "Все школы"} <= set(book.sheetnames)
    schools = book["Все школы"]
    last_column = schools.cell(1, schools.max_column).column_letter
    assert schools.freeze_panes == "A2" and schools.auto_filter.ref == f"A1:{last_column}{len(reports) + 1}"
    assert sorted(r[0] for r in schools.iter_rows(min_row=2, values_only=True)) == sorted(
        r["school_id"] for r in reports)
    for ws in book:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if cell.hyperlink is not None:
                    assert cell.hyperlink.target.startswith(("http://", "https://")), cell.hyperlink.target
                    assert cell.hyperlink.target == cell.value
    hostile = next(r for r in schools.iter_rows(min_row=2, values_only=True) if r[0] == "x01")
    assert hostile[1] == "'" + sites.HOSTILE_NAME and hostile[3] == "'" + sites.HOSTILE_MUNICIPALITY
    stale = book["Расписание устарело"]
    header = [c.value for c in stale[1]]
    row = next(dict(zip(header, r)) for r in stale.iter_rows(min_row=2, values_only=True) if r[0] == "x01")
    assert row["Заголовок страницы"] == "'" + sites.HOSTILE_LABEL


def test_reports_csv_of_a_real_crawl_is_neutralised(crawls):
    text = next(crawls[1][0].glob("*/reports.csv")).read_text(encoding="utf-8-sig")
    assert "x01,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"" in text
    assert f",'{sites.HOSTILE_MUNICIPALITY}," in text


def test_notices_per_region_and_zip(report_dir):
    out = report_dir[0] / "notices"
    regions = sorted(p.name for p in out.iterdir())
    assert regions == ["Кировская область", "Липецкая область", "Тестовая область"]
    kirov = sorted(p.name for p in (out / "Кировская область").iterdir())
    assert kirov == ["a15 МКОУ СОШ № 2 г. Кирса.docx", "a15 МКОУ СОШ № 2 г. Кирса.html",
                     "b02 МБОУ СОШ № 7 г. Кирово-Чепецка.docx", "b02 МБОУ СОШ № 7 г. Кирово-Чепецка.html"]


def test_school_history_from_feed_dirs(crawls):
    (first, _), (second, _) = crawls
    lines = scrapy("report", "--school", "a15", str(second), str(first)).stdout.splitlines()
    assert lines[0] == "МКОУ СОШ № 2 г. Кирса (ID a15)"
    assert len(lines) == 4 and lines[2].endswith("\t—")
    assert "новое нарушение: Нет публикаций за год" in lines[3] and "исправлено: Расписание устарело" in lines[3]


def test_report_and_history_from_mongodb(crawls, mongo_server, tmp_path):
    db = mongo_server.client()["t_reports"]
    ops = [mongo.upsert_op("school_reports", mongo.plain(r), mongo.REPORT_KEY) for _, rs in crawls for r in rs]
    assert mongo.write_ops(db, ops) == []
    (_, old), (_, new) = crawls
    common = ["--uri", mongo_server.uri, "--database", "t_reports"]
    scrapy("report", new[0]["crawl_id"], "--previous", old[0]["crawl_id"], "--out", str(tmp_path), "--only",
           "workbook", *common)
    assert {r for r in changes_rows(tmp_path / "report.xlsx") if r[1] != "сохраняется"} == EXPECTED_CHANGES
    history = scrapy("report", "--school", "b02", *common).stdout
    assert "сайт стал недоступен" in history.splitlines()[-1]
    missing = scrapy("report", "no-such-crawl", *common, check=False)
    assert missing.returncode == 2 and "no school reports with crawl_id 'no-such-crawl'" in missing.stderr


def test_one_region_only(crawls, tmp_path):
    (first, _), (second, _) = crawls
    scrapy("report", str(second), "--previous", str(first), "--region", "Кировская область", "--out", str(tmp_path),
           "--only", "workbook,notices")
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    assert sorted(r[0] for r in book["Все школы"].iter_rows(min_row=2, values_only=True)) == ["a15", "b02"]
    assert {r for r in changes_rows(tmp_path / "report.xlsx") if r[1] != "сохраняется"} == EXPECTED_CHANGES
    assert [p.name for p in (tmp_path / "notices").iterdir()] == ["Кировская область"]
    assert not (tmp_path / "report.html").exists()
    wrong = scrapy("report", str(second), "--region", "Нет такой", check=False)
    assert wrong.returncode == 2 and "no school in region 'Нет такой'; regions: Кировская область" in wrong.stderr


def test_unknown_source_without_mongodb_says_so(tmp_path):
    done = scrapy("report", str(tmp_path / "nope"), check=False)
    assert done.returncode == 2
    assert "no such feed file or directory (and no MongoDB URI" in done.stderr and "Traceback" not in done.stderr


# --- the HTML report in a real browser ---------------------------------------------------------

def in_thread(function):
    """Run ``function`` in its own thread: Playwright's sync API refuses a thread whose asyncio
    loop is running, and the test process runs Twisted's asyncio reactor."""
    result: dict = {}

    def target():
        try:
            result["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            result["error"] = exc

    worker = threading.Thread(target=target)
    worker.start()
    worker.join(120)
    if "error" in result:
        raise result["error"]
    return result["value"]


def browse_report(path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True,
                                         args=["--no-sandbox", "--headless", "--disable-gpu", *CHROMIUM_ARGS])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(path.as_uri())
            seen = {
                "charts": page.locator("svg.bars").count(),
                "bars": page.eval_on_selector_all("svg.bars rect.bar", "els => els.map(e => +e.getAttribute('width'))"),
                "before": page.eval_on_selector_all("#schools tbody tr td:nth-child(6)", "els => els.map(e => e.textContent)"),
            }
            page.click("#schools th:nth-child(6)")
            seen["after"] = page.eval_on_selector_all("#schools tbody tr td:nth-child(6)", "els => els.map(e => e.textContent)")
            page.fill("#filter-text", "Кирса")
            seen["shown"] = page.locator("#schools tbody tr:visible").count()
            page.fill("#filter-text", "")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(SCREENSHOT), full_page=True)
            page.click("#schools a:has-text('HYPERLINK')")
            seen["school_text"] = page.locator("section.school:target").inner_text()
            page.locator("section.school:target").screenshot(path=str(SCHOOL_SCREENSHOT))
            seen["xss"] = page.evaluate("typeof window.__xss")
            seen["errors"] = errors
            return seen
        finally:
            browser.close()


def test_html_report_in_headless_chromium(report_dir):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    seen = in_thread(lambda: browse_report(report_dir[0] / "report.html"))
    assert seen["charts"] == 3  # Кировская, Липецкая, Тестовая
    assert any(width > 0 for width in seen["bars"])
    assert [int(s) for s in seen["after"]] == sorted(int(s) for s in seen["before"]) != [int(s) for s in seen["before"]]
    assert seen["shown"] == 1
    assert seen["xss"] == "undefined" and seen["errors"] == []
    text = seen["school_text"]
    assert sites.HOSTILE_NAME in text and sites.HOSTILE_LABEL in text and sites.HOSTILE_NEWS in text
    assert SCREENSHOT.stat().st_size > 10_000 and SCHOOL_SCREENSHOT.stat().st_size > 10_000
