"""Building blocks for the synthetic school sites of the fixture web.

A site module in ``tests/fixtureweb/sites/`` builds one or more ``Site`` objects and
exposes them as ``SITES = [...]``. Each site answers for one or more host names,
maps request targets (path plus query string) to ``Resource`` objects, and carries
its seed row and the verdicts a person would give after looking at it in a browser
on the monitoring date ``AS_OF`` (see ``EXPECTED_KEYS``).
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import parse_qsl, unquote, urlsplit

AS_OF = date(2023, 12, 13)
YEAR = 2023

# What every site's ``expected`` dict may hold; the first five are the checks that
# accuracy is measured on, the rest are compared when present.
EXPECTED_KEYS = (
    "reachable",                # bool
    "section_found",            # bool
    "schedule_status",          # "current" | "stale" | "missing" | "unknown"
    "has_publications",         # bool: at least one publication about the center in YEAR
    "recommendations_current",  # bool
    "status",                   # "ok" | "bad_seed" | "unreachable"
    "section_url",              # str: the section's root URL
    "publications_count",       # int: distinct publications about the center in YEAR
    "violations",               # list of violation codes, compared as a set
    "subsections",              # list of subsection keys that must be reported
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass
class Resource:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds the server waits before answering
    drop: bool = False  # close the connection without an answer


Handler = Callable[[str, dict], "Resource | None"]  # (target, request headers) -> Resource


class Site:
    """One school's website, possibly spread over several host names."""

    def __init__(self, host: str, seed: dict, expected: dict, notes: str = "",
                 *, extra_hosts: tuple[str, ...] = (), dead: bool = False, soft404: bool = False):
        self.host = host.lower()
        self.hosts = (self.host, *[h.lower() for h in extra_hosts])
        self.seed = seed
        self.expected = expected
        self.notes = notes
        self.dead = dead  # the proxy answers 502 as for an unresolvable host
        self.soft404 = soft404  # unknown paths answer 200 with a "not found" page
        self._static: dict[tuple[str, str], Resource] = {}
        self._dynamic: list[tuple[str, re.Pattern, Handler]] = []

    # -- building ---------------------------------------------------------------------
    def page(self, target: str, html: str, *, host: str | None = None, status: int = 200,
             charset: str = "utf-8", declare: str = "header", headers: dict | None = None,
             delay: float = 0.0) -> None:
        """An HTML page. ``declare``: "header" (Content-Type charset), "meta" (only
        the <meta> tag inside ``html`` says it) or "none" (no declaration at all)."""
        ctype = "text/html" if declare != "header" else f"text/html; charset={charset}"
        hdrs = {"Content-Type": ctype, **(headers or {})}
        self._static[(host or self.host, _norm(target))] = Resource(
            html.encode(charset, errors="xmlcharrefreplace"), status, hdrs, delay)

    def file(self, target: str, body: bytes, content_type: str, *, host: str | None = None,
             headers: dict | None = None, status: int = 200, delay: float = 0.0) -> None:
        hdrs = {"Content-Type": content_type, **(headers or {})}
        self._static[(host or self.host, _norm(target))] = Resource(body, status, hdrs, delay)

    def redirect(self, target: str, location: str, *, status: int = 301, host: str | None = None) -> None:
        self._static[(host or self.host, _norm(target))] = Resource(
            b"", status, {"Location": location, "Content-Type": "text/html"})

    def raw(self, target: str, resource: Resource, *, host: str | None = None) -> None:
        self._static[(host or self.host, _norm(target))] = resource

    def dynamic(self, pattern: str, handler: Handler, *, host: str | None = None) -> None:
        """Answer every target matching the regex ``pattern`` (full match on path+query)."""
        self._dynamic.append((host or self.host, re.compile(pattern), handler))

    # -- serving ----------------------------------------------------------------------
    def resolve(self, host: str, target: str, headers: dict) -> Resource:
        host = host.lower()
        if host.startswith("xn--") or ".xn--" in host:
            known = {h for h, _ in self._static} | {h for h, _, _ in self._dynamic}
            if host not in known:  # crawlers send IDNA; pages are built under the Unicode name
                host = _unicode_host(host)
        found = self._static.get((host, _norm(target)))
        if found is None and target.endswith("/") is False and "?" not in target:
            found = self._static.get((host, _norm(target + "/")))
        if found is not None:
            return found
        for dyn_host, pattern, handler in self._dynamic:
            if dyn_host == host and pattern.fullmatch(target):
                answer = handler(target, headers)
                if answer is not None:
                    return answer
        return not_found_page(self.soft404)


def _unicode_host(host: str) -> str:
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


def _norm(target: str) -> str:
    """Targets compare with their query parameters in any order, and with the path
    percent-encoded or not (a Cyrillic path is registered readable, requested encoded)."""
    parts = urlsplit(target)
    path = unquote(parts.path) or "/"
    if not parts.query:
        return path
    return path + "?" + "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True)))


def not_found_page(soft: bool) -> Resource:
    html = ("<html><head><title>Страница не найдена</title></head><body>"
            "<h1>404 — Страница не найдена</h1><p>Запрошенная страница не существует.</p>"
            "<a href='/'>На главную</a></body></html>")
    return Resource(html.encode(), 200 if soft else 404, {"Content-Type": "text/html; charset=utf-8"})


# -- documents ------------------------------------------------------------------------
_PDF_STAMP = b"D:20200101000000Z"  # what fpdf2 writes for the fixed creation date below


def pdf_bytes(lines: list[str], *, title: str = "", created: str | None = "20200101") -> bytes:
    """A text PDF with Cyrillic lines (the DejaVu font is embedded). Its metadata dates are
    ``created`` (YYYYMMDD), fixed so that no fixture gets dated by the day the tests ran;
    None leaves the PDF without a /CreationDate (a scan exported without metadata)."""
    from datetime import datetime

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2020, 1, 1, tzinfo=UTC))
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=11)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    raw = bytes(pdf.output())
    if created is None:
        entry = b"/CreationDate (" + _PDF_STAMP + b")"
        return raw.replace(entry, b" " * len(entry))
    return raw.replace(_PDF_STAMP, f"D:{created}000000Z".encode("ascii"))


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, *,
               created: datetime | None = None, author: str = "") -> bytes:
    """A DOCX; ``created`` and ``author`` set its metadata (python-docx's default date is 2013)."""
    import docx

    document = docx.Document()
    if created is not None:
        props = document.core_properties
        props.created = props.modified = created
    if author:
        document.core_properties.author = document.core_properties.last_modified_by = author
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_bytes(rows: list[list[str]], sheet: str = "Расписание") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def image_bytes(caption: str = "", *, size: tuple[int, int] = (300, 180), fmt: str = "JPEG") -> bytes:
    """A small picture (banner, scanned timetable) with an optional Latin caption."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", size, (40, 110, 170))
    if caption:
        ImageDraw.Draw(picture).text((10, size[1] // 2), caption, fill=(255, 255, 255))
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
