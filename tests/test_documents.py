"""Text of uploaded PDF/DOCX/XLSX files, and what happens with everything else."""
from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

import openpyxl
import pypdf
import pytest

from tests.fixtureweb.kit import DOCX, PDF, XLSX, docx_bytes, pdf_bytes, xlsx_bytes
from tochka.analysis import documents
from tochka.analysis.documents import DocumentText, document_kind, document_text

TIMETABLE_LINES = ["Расписание занятий центра «Точка роста»", "на 2023-2024 учебный год",
                   "Понедельник: химия, 8 «А» класс, 14:20"]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@pytest.fixture(scope="module")
def pdf():
    return pdf_bytes(TIMETABLE_LINES, title="Расписание")


@pytest.fixture(scope="module")
def docx():
    return docx_bytes(["Расписание внеурочной деятельности", "на 2023/24 учебный год"],
                      table=[["День", "Кружок", "Время"], ["Вторник", "Робототехника", "15:00"]])


@pytest.fixture(scope="module")
def xlsx():
    return xlsx_bytes([["День", "Объединение", "Время"], ["Среда", "Юный химик", "16:00"]])


def encrypted_pdf(source: bytes, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- document_kind ----------------------------------------------------------------------

def test_kind_by_magic_beats_type_and_extension(pdf, docx, xlsx):
    assert document_kind("https://s.ru/file?id=1", "application/octet-stream", pdf[:2048]) == "pdf"
    assert document_kind("https://s.ru/download.php", None, docx[:4096]) == "docx"
    assert document_kind("https://s.ru/download.php", None, xlsx[:4096]) == "xlsx"
    assert document_kind("https://s.ru/a.docx", DOCX, pdf[:2048]) == "pdf"  # mislabelled upload


@pytest.mark.parametrize("url, content_type, head, expected", [
    ("https://s.ru/a.pdf", None, b"", "pdf"),
    ("https://s.ru/a", "application/pdf; charset=binary", b"", "pdf"),
    ("https://s.ru/%D0%A0%D0%B0%D1%81.PDF", None, b"", "pdf"),
    ("https://s.ru/a.docx?v=2", None, b"", "docx"),
    ("https://s.ru/a", XLSX, b"", "xlsx"),
    ("https://s.ru/a.xlsm", None, b"", "xlsx"),
    ("https://s.ru/a.doc", None, b"", "unsupported"),
    ("https://s.ru/a.xls", "application/vnd.ms-excel", b"", "unsupported"),
    ("https://s.ru/a.rtf", None, b"{\\rtf1\\ansi", "unsupported"),
    ("https://s.ru/a.odt", None, b"", "unsupported"),
    ("https://s.ru/a.zip", None, b"PK\x03\x04" + b"\0" * 30, "unsupported"),
    ("https://s.ru/a", None, OLE, "unsupported"),
    ("https://s.ru/a.pdf", "application/pdf", b"<!DOCTYPE html><html><body>404</body></html>", None),
    ("https://s.ru/a.pdf", None, b"  \n<html><head><title>Not found</title>", None),
    ("https://s.ru/news/1.html", "text/html; charset=utf-8", b"<html>", None),
    ("https://s.ru/news/", None, b"", None),
    ("https://s.ru/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", None),
])
def test_document_kind(url, content_type, head, expected):
    assert document_kind(url, content_type, head) == expected


def test_kind_of_zip_whose_parts_start_late_follows_declaration():
    assert document_kind("https://s.ru/a.docx", None, b"PK\x03\x04" + b"\0" * 100) == "docx"
    assert document_kind("https://s.ru/a", XLSX, b"PK\x03\x04" + b"\0" * 100) == "xlsx"


# -- document_text: readable files ------------------------------------------------------

def test_pdf_text_is_cyrillic_and_normalized(pdf):
    result = document_text(pdf, "https://s.ru/raspisanie.pdf", PDF)
    assert result == DocumentText("pdf", "\n".join(TIMETABLE_LINES), None)


def test_pdf_reads_only_max_pages():
    from fpdf import FPDF

    doc = FPDF()
    doc.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    doc.set_font("DejaVu", size=12)
    for number in range(1, 8):
        doc.add_page()
        doc.cell(0, 10, f"Страница {number}")
    body = bytes(doc.output())
    result = document_text(body, "https://s.ru/a.pdf", max_pages=3)
    assert result.text.split("\n") == ["Страница 1", "Страница 2", "Страница 3"]


def test_pdf_text_is_cut_at_max_chars(pdf):
    result = document_text(pdf, "https://s.ru/a.pdf", max_chars=20)
    assert result.text == TIMETABLE_LINES[0][:20]
    assert result.error is None


def test_docx_paragraphs_and_tables(docx):
    result = document_text(docx, "https://s.ru/a.docx", DOCX)
    assert result.kind == "docx" and result.error is None
    assert result.text.split("\n") == ["Расписание внеурочной деятельности", "на 2023/24 учебный год",
                                       "День | Кружок | Время", "Вторник | Робототехника | 15:00"]


def test_docx_merged_cells_and_nested_content():
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("Режим занятости")
    grid = document.add_table(rows=2, cols=3)
    grid.cell(0, 0).merge(grid.cell(0, 2)).text = "Расписание 2023-2024"
    grid.cell(1, 0).text = "Пн"
    grid.cell(1, 1).text = "Химия"
    grid.cell(1, 2).add_paragraph("вторая строка")
    document.add_paragraph("Директор")
    out = io.BytesIO()
    document.save(out)
    text = document_text(out.getvalue(), "https://s.ru/a.docx").text
    assert text.split("\n") == ["Режим занятости", "Расписание 2023-2024", "Пн | Химия | вторая строка",
                                "Директор"]


def test_xlsx_all_sheets_rows_and_typed_cells():
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Урочная"
    first.append(["День", "Дата", "Начало", "Кабинет"])
    first.append(["Пн", datetime(2023, 9, 4), time(8, 30), 12.0])
    first.append([None, None, None, None])
    second = book.create_sheet("Внеурочная")
    second.append(["Кружок", date(2023, 9, 5)])
    out = io.BytesIO()
    book.save(out)
    result = document_text(out.getvalue(), "https://s.ru/a.xlsx", XLSX)
    assert result.error is None
    assert result.text.split("\n") == ["Урочная", "День | Дата | Начало | Кабинет", "Пн | 04.09.2023 | 08:30 | 12",
                                       "Внеурочная", "Кружок | 05.09.2023"]


def test_xlsx_from_fixture_kit(xlsx):
    result = document_text(xlsx, "https://s.ru/files/2023/09/raspisanie.xlsx")
    assert result == DocumentText("xlsx", "Расписание\nДень | Объединение | Время\nСреда | Юный химик | 16:00", None)


def test_pdf_with_owner_password_only_is_read(pdf):
    result = document_text(encrypted_pdf(pdf, ""), "https://s.ru/a.pdf")
    assert result.error is None
    assert "Точка роста" in result.text


def test_whitespace_is_normalized():
    body = docx_bytes(["  Расписание\u00a0\u00a0на   2023-2024 ", "", "\tучеб\u00adный год"])
    assert document_text(body, "https://s.ru/a.docx").text == "Расписание на 2023-2024\nучебный год"


# -- document_text: failures never raise -------------------------------------------------

def broken_cases(pdf, docx, xlsx):
    return [
        ("encrypted pdf", encrypted_pdf(pdf, "user-secret"), "https://s.ru/a.pdf", None, "pdf", "encrypted pdf"),
        ("truncated pdf", pdf[:400], "https://s.ru/a.pdf", PDF, "pdf", "corrupt pdf"),
        ("garbage as pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "https://s.ru/a.pdf", PDF, "pdf", "corrupt pdf"),
        ("truncated docx", docx[:3000], "https://s.ru/a.docx", DOCX, "docx", "corrupt docx"),
        ("zip without word/document.xml", _zip({"word/other.xml": b"<x/>"}), "https://s.ru/a.docx", None,
         "docx", "corrupt docx"),
        ("truncated xlsx", xlsx[:1500], "https://s.ru/a.xlsx", XLSX, "xlsx", "corrupt xlsx"),
        ("html error page as pdf", b"<!DOCTYPE html><html><body><h1>404</h1></body></html>",
         "https://s.ru/a.pdf", PDF, "unsupported", "html page, not a document"),
        ("empty body", b"", "https://s.ru/a.pdf", PDF, "pdf", "empty body"),
        ("old .doc", OLE, "https://s.ru/a.doc", "application/msword", "unsupported", "doc format not supported"),
        ("old .xls", OLE, "https://s.ru/a.xls", None, "unsupported", "xls format not supported"),
        ("password-protected .docx", OLE, "https://s.ru/a.docx", None, "docx", "encrypted docx"),
        ("rtf", b"{\\rtf1\\ansi text}", "https://s.ru/a.rtf", None, "unsupported", "rtf format not supported"),
        ("archive", _zip({"a.pdf": b"%PDF-"}), "https://s.ru/docs.zip", None, "unsupported", "archive not supported"),
        ("image", b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "https://s.ru/a.png", "image/png", "unsupported",
         "not a document"),
    ]


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return out.getvalue()


def test_broken_inputs_become_errors(pdf, docx, xlsx):
    for name, body, url, content_type, kind, error in broken_cases(pdf, docx, xlsx):
        result = document_text(body, url, content_type)
        assert (result.kind, result.text, result.error) == (kind, "", error), name


def test_scanned_pdf_reports_no_text_layer():
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.rect(10, 10, 50, 50, style="F")  # drawing only, as a scan is only an image
    result = document_text(bytes(doc.output()), "https://s.ru/scan.pdf")
    assert (result.kind, result.text, result.error) == ("pdf", "", "no text layer (scanned pdf?)")


def test_zip_bomb_is_too_large(monkeypatch, docx):
    monkeypatch.setattr(documents, "MAX_UNZIPPED_BYTES", 1000)
    assert document_text(docx, "https://s.ru/a.docx") == DocumentText("docx", "", "too large")


def test_random_bytes_never_raise(pdf, docx, xlsx):
    import random

    rng = random.Random(7)
    for original, url in ((pdf, "a.pdf"), (docx, "a.docx"), (xlsx, "a.xlsx")):
        for _ in range(15):
            body = bytearray(original)
            for _ in range(40):
                body[rng.randrange(len(body))] = rng.randrange(256)
            result = document_text(bytes(body), f"https://s.ru/{url}")
            assert isinstance(result, DocumentText)
            assert result.error is None or result.text == ""
