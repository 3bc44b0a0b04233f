"""Text of the documents schools upload: PDF, DOCX and XLSX.

Timetables, orders and plans are linked as files; their text names academic years, dates
and e-signature stamps. Readers here never raise: a crawl meets truncated downloads, HTML
error pages served as ``.pdf``, encrypted files and old binary Office formats every hour,
and each of them must become a ``DocumentText`` with a short English reason.
"""
from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import unquote, urlsplit

PDF, DOCX, XLSX, UNSUPPORTED = "pdf", "docx", "xlsx", "unsupported"
IMAGE = "image"  # a picture, read only by OCR
SCANNED = "no text layer (scanned pdf?)"
# response.meta key under which a component hands the spider a document's text it already read
DOCUMENT_META = "tochka_document"

# A crawl must not spend minutes or gigabytes on one file: scanned 50 MB PDFs carry no text
# anyway, and a small .docx may unzip into a bomb.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ROWS_PER_SHEET = 5000

# pypdf warns about every broken cross-reference table; on a national crawl that floods the
# Scrapy log with lines nobody acts on. Real failures still surface as DocumentText.error.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class DocumentText:
    kind: str  # 'pdf' | 'docx' | 'xlsx' | 'image' | 'unsupported'
    text: str  # normalized whitespace, at most max_chars
    error: str | None  # short English reason when text could not be read
    read_by: str = "text"  # 'text': the file's own text layer; 'ocr': recognised by Tesseract


class _Unreadable(Exception):
    """A reader found the file well-formed but closed to it (e.g. a password)."""


# -- what a file is ---------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .doc, .xls, .ppt, encrypted OOXML
_ZIP = b"PK\x03\x04"
_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<\?xml[^>]*>\s*<html)", re.I)

# Formats a school may upload, by MIME type and by extension. Readable ones map to their
# kind; the rest are documents we recognise but cannot read.
_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/acrobat": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.ms-excel.sheet.macroenabled.12": "xlsx",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.ms-powerpoint": "ppt",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/zip": "zip",
    "application/x-rar-compressed": "rar",
    "application/vnd.rar": "rar",
    "application/x-7z-compressed": "7z",
}
_EXTENSIONS = {
    "pdf": "pdf", "docx": "docx", "docm": "docx", "xlsx": "xlsx", "xlsm": "xlsx",
    "doc": "doc", "xls": "xls", "rtf": "rtf", "odt": "odt", "ods": "ods",
    "ppt": "ppt", "pptx": "pptx", "pps": "ppt", "ppsx": "pptx",
    "zip": "zip", "rar": "rar", "7z": "7z",
}
_READABLE = {"pdf": PDF, "docx": DOCX, "xlsx": XLSX}


def _declared_format(url: str, content_type: str | None) -> str | None:
    """What the server and the URL claim the file is; the type wins over the extension
    unless it is a catch-all (octet-stream, or nothing)."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in _TYPES:
        return _TYPES[mime]
    path = unquote(urlsplit(url or "").path).lower()
    extension = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return _EXTENSIONS.get(extension)


def _sniffed_format(head: bytes) -> str | None:
    """What the first bytes say: 'pdf', 'docx', 'xlsx', 'pptx', 'odf', 'zip', 'ole',
    'rtf', 'html', or None when they say nothing known."""
    if not head:
        return None
    if head.startswith(_ZIP):
        for marker, found in ((b"word/", "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx"),
                              (b"mimetypeapplication/vnd.oasis", "odf")):
            if marker in head:
                return found
        return "zip"  # an OOXML file whose parts start beyond ``head``, or an archive
    if head.startswith(_OLE):
        return "ole"
    if b"%PDF-" in head[:1024]:  # some generators put junk before the header
        return "pdf"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_START.match(head[:512]):
        return "html"
    return None


def _format(url: str, content_type: str | None, head: bytes) -> str | None:
    sniffed = _sniffed_format(head)
    declared = _declared_format(url, content_type)
    if sniffed == "html":
        return None
    if sniffed == "zip":
        return declared if declared in ("docx", "xlsx", "pptx", "odt", "ods") else "zip"
    if sniffed == "ole":
        # Password-protected .docx/.xlsx are Compound Files too; keep the declared kind so
        # that the reason says «encrypted» rather than «old format».
        return declared if declared in ("doc", "xls", "ppt", "docx", "xlsx") else "doc/xls"
    return sniffed or declared


def document_kind(url: str, content_type: str | None, head: bytes) -> str | None:
    """'pdf' | 'docx' | 'xlsx' for files we read, 'unsupported' for other documents
    (.doc, .xls, .rtf, .odt, archives…), None for HTML and anything else."""
    found = _format(url, content_type, head or b"")
    if found is None:
        return None
    return _READABLE.get(found, UNSUPPORTED)


# -- text -------------------------------------------------------------------------------

_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\ufeff": None, "\u00a0": " "})
_SPACES = re.compile(r"[ \t\r\f\v]+")


def _normalize(text: str, max_chars: int) -> str:
    """One line per paragraph or row, runs of spaces squashed, blank lines dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.translate(_INVISIBLE).split("\n"))
    return "\n".join(line for line in lines if line)[:max_chars]


def _check_zip(body: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
            raise _Unreadable("too large")


def _pdf_text(body: bytes, max_chars: int, max_pages: int) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(body), strict=False)
    if reader.is_encrypted:
        # Many school PDFs only restrict editing: they open with the empty user password.
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # unsupported algorithm, broken /Encrypt dictionary
            opened = False
        if not opened:
            raise _Unreadable("encrypted pdf")
    parts: list[str] = []
    size = 0
    broken = 0
    for number in range(min(len(reader.pages), max_pages)):
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception:  # one damaged content stream should not cost the other pages
            broken += 1
            continue
        parts.append(page_text)
        size += len(page_text)
        if size >= max_chars:
            break
    if broken and not any(part.strip() for part in parts):
        raise ValueError("no page could be read")
    return "\n".join(parts)


def _docx_text(body: bytes, max_chars: int) -> str:
    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    _check_zip(body)
    document = docx.Document(io.BytesIO(body))
    paragraph, table, sdt = qn("w:p"), qn("w:tbl"), qn("w:sdt")
    lines: list[str] = []
    size = 0

    def cell_text(cell) -> str:
        # a paragraph's text needs no parent part
        return " ".join(Paragraph(p, None).text for p in cell.iter(paragraph))  # type: ignore[arg-type]

    def walk(container) -> bool:
        """Paragraphs and table rows in document order; False once max_chars is reached."""
        nonlocal size
        for block in container.iterchildren():
            if block.tag == paragraph:
                line = Paragraph(block, None).text  # type: ignore[arg-type]
            elif block.tag == table:
                # Rows straight from the XML: python-docx's row.cells trips over the
                # inconsistent grids that hand-merged timetable cells leave behind.
                rows = [" | ".join(cell_text(cell) for cell in row.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"))
                        for row in block.xpath("./w:tr")]
                line = "\n".join(rows)
            elif block.tag == sdt:  # content controls wrap ordinary paragraphs and tables
                if not all(walk(content) for content in block.xpath("./w:sdtContent")):
                    return False
                continue
            else:
                continue
            lines.append(line)
            size += len(line)
            if size >= max_chars:
                return False
        return True

    walk(document.element.body)
    return "\n".join(lines)


def _cell_text(value) -> str:
    """Cells as a person reads them: dates as 12.09.2023 (what date parsers expect),
    lesson times as 08:30, whole numbers without «.0»."""
    if isinstance(value, datetime):
        shown = value.strftime("%d.%m.%Y")
        return shown if value.time() == time(0) else shown + value.strftime(" %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_text(body: bytes, max_chars: int) -> str:
    import openpyxl

    _check_zip(body)
    lines: list[str] = []
    size = 0
    with warnings.catch_warnings():
        # openpyxl warns about every extension it skips (data validation, slicers…).
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
        try:
            for sheet in book.worksheets:
                lines.append(sheet.title)
                for number, row in enumerate(sheet.iter_rows(values_only=True)):
                    if number >= MAX_ROWS_PER_SHEET or size >= max_chars:
                        break
                    cells = [_cell_text(v) for v in row if v is not None]
                    line = " | ".join(c for c in cells if c)
                    if line:
                        lines.append(line)
                        size += len(line)
                if size >= max_chars:
                    break
        finally:
            book.close()
    return "\n".join(lines)


def _unsupported_reason(found: str) -> str:
    if found == "zip":
        return "archive not supported"
    return f"{found} format not supported"


def document_text(body: bytes, url: str, content_type: str | None = None, *,
                  max_chars: int = 20000, max_pages: int = 5) -> DocumentText:
    """The text of a PDF (first ``max_pages`` pages), DOCX (paragraphs and tables) or
    XLSX (every sheet, one line per row), at most ``max_chars`` characters."""
    body = body or b""
    found = _format(url, content_type, body[:4096])
    kind = _READABLE.get(found, UNSUPPORTED) if found else UNSUPPORTED
    if not body:
        return DocumentText(kind, "", "empty body")
    if found is None:
        reason = "html page, not a document" if _sniffed_format(body[:4096]) == "html" else "not a document"
        return DocumentText(UNSUPPORTED, "", reason)
    if kind == UNSUPPORTED:
        return DocumentText(UNSUPPORTED, "", _unsupported_reason(found))
    if body.startswith(_OLE):
        return DocumentText(kind, "", f"encrypted {kind}")
    try:
        if kind == PDF:
            raw = _pdf_text(body, max_chars, max_pages)
        elif kind == DOCX:
            raw = _docx_text(body, max_chars)
        else:
            raw = _xlsx_text(body, max_chars)
    except _Unreadable as reason:
        return DocumentText(kind, "", str(reason))
    except Exception:
        # pypdf, python-docx, openpyxl, zipfile and lxml each raise their own families on
        # broken input; every one of them means the same thing here.
        return DocumentText(kind, "", f"corrupt {kind}")
    text = _normalize(raw, max_chars)
    if not text and kind == PDF:
        return DocumentText(kind, "", SCANNED)
    return DocumentText(kind, text, None)


def is_html(content_type: bytes | None, body: bytes) -> bool:
    """An HTML page: by its Content-Type, or by its first bytes when it has none."""
    ctype = (content_type or b"").decode("latin-1").lower()
    return "html" in ctype or (not ctype and b"<html" in body[:2000].lower())
