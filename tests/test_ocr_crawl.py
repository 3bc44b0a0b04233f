"""OCR in the crawl: the middleware reads marked pictures and scans within a school's budget,
and the facts of a recognised timetable are dated by "ocr" with the recognised line."""
from __future__ import annotations

from datetime import date

import pytest
import pytest_twisted
from scrapy.http import Request, Response
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.test import get_crawler

from bench.timetable_images import render, sample
from tests.fixtureweb.kit import pdf_bytes
from tochka.analysis import ocr, rules
from tochka.analysis.documents import DOCUMENT_META, DocumentText
from tochka.analysis.facts import PageContext, analyse_document
from tochka.analysis.verdict import schedule_verdict
from tochka.crawl.ocr import OCR_META, OcrMiddleware
from tochka.signals import school_finished
from tochka.spiders.schools import SchoolsSpider

AS_OF = date(2023, 12, 13)
needs_tesseract = pytest.mark.skipif(not ocr.ocr_available(), reason=f"Tesseract: {ocr.ocr_unavailable_reason()}")


def middleware(**settings) -> OcrMiddleware:
    crawler = get_crawler(SchoolsSpider, {"TOCHKA_OCR_MAX_IMAGES_PER_SCHOOL": 1, **settings})
    crawler.stats.open_spider()
    return OcrMiddleware.from_crawler(crawler)


def picture_response(body: bytes, *, marked: bool = True) -> tuple[Request, Response]:
    request = Request("http://a.ru/upload/rasp.png", meta={"school": "s1", OCR_META: marked})
    response = Response(request.url, body=body, headers={"Content-Type": "image/png"}, request=request)
    return request, response


async def through(ware: OcrMiddleware, request: Request, response: Response) -> Response:
    return await deferred_from_coro(ware.process_response(request, response))


@needs_tesseract
@pytest_twisted.ensureDeferred
async def test_a_marked_timetable_picture_is_read_once_the_budget_allows():
    ware = middleware()
    body = render(sample("clean-png"))
    request, response = picture_response(body)
    await through(ware, request, response)
    doc = request.meta[DOCUMENT_META]
    assert doc.read_by == "ocr" and "2023-2024" in doc.text and doc.error is None
    # the school's budget (one picture) is spent: the next one is left unread, with the reason
    request, response = picture_response(body)
    await through(ware, request, response)
    second = request.meta[DOCUMENT_META]
    assert second.text == "" and "OCR budget spent" in second.error
    ware.crawler.signals.send_catch_log(school_finished, school_id="s1")
    assert "s1" not in ware.budgets
    stats = ware.crawler.stats
    assert stats.get_value("tochka/ocr/read") == 1 and stats.get_value("tochka/ocr/dated") == 1


@needs_tesseract
@pytest_twisted.ensureDeferred
async def test_a_scanned_pdf_is_read_and_a_pdf_with_text_is_not():
    ware = middleware()
    request = Request("http://a.ru/files/rasp.pdf", meta={"school": "s2", OCR_META: True})
    scan = Response(request.url, body=render(sample("scanned-pdf")), headers={"Content-Type": "application/pdf"},
                    request=request)
    await through(ware, request, scan)
    doc = request.meta[DOCUMENT_META]
    assert doc.read_by == "ocr" and "2023-2024" in doc.text
    text_pdf = Response(request.url, body=pdf_bytes(["Расписание на 2022-2023 учебный год"]),
                        headers={"Content-Type": "application/pdf"}, request=request)
    await through(ware, request, text_pdf)
    doc = request.meta[DOCUMENT_META]
    assert doc.read_by == "text" and "2022-2023" in doc.text


@pytest_twisted.ensureDeferred
async def test_unmarked_answers_and_turned_off_ocr_read_nothing():
    ware = middleware(TOCHKA_OCR_ENABLED=False)
    body = render(sample("clean-png"))
    request, response = picture_response(body, marked=False)
    await through(ware, request, response)
    assert DOCUMENT_META not in request.meta
    request, response = picture_response(body)
    await through(ware, request, response)
    off = request.meta[DOCUMENT_META]
    assert off.text == "" and "turned off" in off.error


def ctx(role: str = "timetable") -> PageContext:
    return PageContext(center=rules.centers()["tochka_rosta"], as_of=AS_OF, year=2023, in_section=True,
                       anchor="Расписание", role=role)


def test_recognised_text_dates_a_timetable_by_its_year_line_only():
    doc = DocumentText("image", "МБОУ СОШ 5\nРасписание на 2023-2024 учебный год\nПн 14:00 12.09.2019", None,
                       read_by="ocr")
    facts = analyse_document(doc, "http://a.ru/rasp.png", 200, ctx())
    (timetable,) = facts.timetables
    assert [(d.source, d.academic_year) for d in timetable.datings] == [("ocr", "2023-2024")]
    verdict = schedule_verdict([facts], AS_OF)
    assert verdict.status == "current" and verdict.evidence[0]["dated_by"] == "ocr"
    assert "2023-2024" in verdict.evidence[0]["date_snippet"]


def test_an_undated_timetable_picture_is_requested_for_ocr_and_a_dated_one_is_not():
    from tochka.analysis.facts import PageFacts
    from tochka.analysis.timetables import Dating, TimetableRef
    from tochka.crawl import policy
    from tochka.kinds import Role

    facts = PageFacts(url="http://a.ru/tochka/", in_section=True, timetables=[
        TimetableRef("http://a.ru/img/scan_0012.jpg", "Расписание", ("general",), [], "http://a.ru/tochka/", "image"),
        TimetableRef("http://a.ru/img/r-2023-2024.jpg", "Расписание", ("general",),
                     [Dating("2023-2024", None, "url", "r-2023-2024.jpg")], "http://a.ru/tochka/", "image"),
    ])
    origin = policy.PageRole(Role.SECTION, 1, 0, set())
    planned = policy.plan_links(facts, [], origin, rules.centers()["tochka_rosta"], 10, 2023)
    assert [(p.url, p.role) for p in planned] == [("http://a.ru/img/scan_0012.jpg", Role.TIMETABLE)]


def test_a_picture_read_by_ocr_dates_the_sections_timetable():
    from tochka.analysis.facts import PageFacts
    from tochka.analysis.timetables import TimetableRef
    from tochka.analysis.verdict import SchoolOutcome, judge

    root = PageFacts(url="http://a.ru/tochka/", is_section=True, in_section=True, kind="section", timetables=[
        TimetableRef("http://a.ru/img/scan.jpg", "Расписание", ("general",), [], "http://a.ru/tochka/", "image")])
    doc = DocumentText("image", "Расписание занятий на 2023-2024 учебный\nгод", None, read_by="ocr")
    picture = analyse_document(doc, "http://a.ru/img/scan.jpg", 200, ctx())
    checks = judge(SchoolOutcome("tochka_rosta", True, section_url=root.url, facts=[root, picture]),
                   "Точка роста", AS_OF, 2023)
    assert checks.schedule.status == "current"
    assert checks.schedule.evidence[0]["dated_by"] == "ocr" and checks.schedule.evidence[0]["form"] == "image"
