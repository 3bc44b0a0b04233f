"""Reading and validating school lists (CSV in UTF-8/UTF-8-BOM/windows-1251, or XLSX).

Every data row becomes a ``Seed`` or a ``BadSeed``; a bad row never stops the crawl.
A missing or unreadable file raises ``SeedsFileError`` with a one-line message.
"""
from __future__ import annotations

import csv
import io
import re
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from w3lib.url import safe_url_string

from .analysis import rules

REQUIRED_COLUMNS = ("id", "name", "region", "url")
COLUMNS = (*REQUIRED_COLUMNS, "center_type", "municipality", "section_url")
SEEDS_URL_TIMEOUT = 60  # seconds
_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")


class SeedsFileError(Exception):
    """The seeds file as a whole cannot be used."""


@dataclass(frozen=True)
class Seed:
    id: str
    name: str
    region: str
    url: str           # normalized: with a scheme, host in punycode
    center_type: str = "tochka_rosta"
    municipality: str = ""
    section_url: str = ""
    raw_url: str = ""  # as written in the list
    line: int = 0


@dataclass(frozen=True)
class BadSeed:
    line: int
    id: str
    name: str
    region: str
    raw_url: str
    center_type: str
    reason_ru: str
    reason_en: str


def normalize_url(raw: str) -> str | None:
    """A usable http(s) URL from what people type in a list, or None."""
    text = raw.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if "://" not in text:
        if text.startswith("//"):
            text = text[2:]
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").rstrip(".")
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels) or labels[-1].isdigit() and len(labels) != 4:
        return None
    try:
        return safe_url_string(text if parts.path else text + "/")
    except (UnicodeError, ValueError):
        return None


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _csv_rows(data: bytes) -> list[list[str]]:
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_rows(data: bytes) -> list[list[str]]:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    return [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]


def _download(url: str) -> bytes:
    """A school list published at an http(s) address (e.g. for a scrapyd job)."""
    try:
        with urllib.request.urlopen(url, timeout=SEEDS_URL_TIMEOUT) as response:
            return response.read()
    except (OSError, ValueError) as exc:  # URLError and HTTPError are OSErrors
        raise SeedsFileError(f"seeds URL unreadable: {url}: {exc}") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SeedsFileError(f"seeds file not found: {path}") from None
    except OSError as exc:
        raise SeedsFileError(f"seeds file unreadable: {path}: {exc.strerror}") from None


def read_rows(path: str | Path) -> list[list[str]]:
    """Rows of a seeds file given by its path or its http(s) URL."""
    if isinstance(path, str) and re.match(r"^https?://", path, re.I):
        data = _download(path)
    else:
        path = Path(path)
        data = _read_bytes(path)
    try:
        rows = _xlsx_rows(data) if data[:2] == b"PK" else _csv_rows(data)
    except Exception as exc:  # any parser failure means the file as a whole is unusable
        raise SeedsFileError(f"seeds file cannot be parsed: {path}: {exc}") from None
    if not rows:
        raise SeedsFileError(f"seeds file is empty: {path}")
    return rows


def read_seeds(path: str | Path) -> list[Seed | BadSeed]:
    rows = read_rows(path)
    header = [h.strip().lower().lstrip("\ufeff") for h in rows[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SeedsFileError(f"seeds file {path} lacks columns: {', '.join(missing)} (need {', '.join(COLUMNS)})")
    seen: set[str] = set()
    result: list[Seed | BadSeed] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        result.append(_seed_from_row(number, header, row, seen))
    return result


def _seed_from_row(line: int, header: list[str], row: list[str], seen: set[str]) -> Seed | BadSeed:
    values = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
    sid, raw_url = values.get("id", ""), values.get("url", "")
    center = (values.get("center_type") or "tochka_rosta").strip().lower()

    def bad(reason_ru: str, reason_en: str) -> BadSeed:
        return BadSeed(line, sid or f"line-{line}", values.get("name", ""), values.get("region", ""),
                       raw_url, center, reason_ru, reason_en)

    if len(row) < len(REQUIRED_COLUMNS):
        return bad(f"в строке {line} не хватает столбцов ({len(row)} из {len(header)})",
                   f"line {line} has {len(row)} of {len(header)} columns")
    if not sid:
        return bad(f"в строке {line} не указан id школы", f"line {line} has no school id")
    if sid in seen:
        return bad(f"id «{sid}» повторяется (строка {line}); проверена только первая строка с ним",
                   f"duplicate id {sid!r} on line {line}; only its first row is crawled")
    seen.add(sid)
    known = ", ".join(rules.centers())
    if center not in rules.centers():
        return bad(f"неизвестный тип центра «{center}» (допустимы: {known})",
                   f"unknown center_type {center!r} (allowed: {known})")
    if not raw_url:
        return bad("не указан адрес сайта", "empty URL")
    url = normalize_url(raw_url)
    if url is None:
        return bad(f"адрес сайта «{raw_url}» записан с ошибкой", f"malformed URL {raw_url!r}")
    section_url = normalize_url(values.get("section_url", "")) or ""
    return Seed(sid, values.get("name", ""), values.get("region", ""), url, center,
                values.get("municipality", ""), section_url, raw_url, line)


def describe_bad_seeds(entries: list[Seed | BadSeed], shown: int = 20) -> str | None:
    """One log line naming the unusable rows of a school list, None when every row is usable."""
    bad = [entry for entry in entries if isinstance(entry, BadSeed)]
    if not bad:
        return None
    lines = "; ".join(f"line {b.line}: {b.reason_en}" for b in bad[:shown])
    return f"{len(bad)} of {len(entries)} rows are unusable and reported as bad_seed: {lines}"
