"""Dates that addresses and documents carry: permalinks, CMS upload folders, electronic
signature stamps printed into documents, HTTP date headers."""
from __future__ import annotations

import email.utils
import re
from datetime import date
from urllib.parse import unquote

from .text import _scan
from .vocabulary import _SNIPPET, RULES, DateHit, _alternation, _make_date, _snippet, _web_year_ok

_URL_DAY_PATTERNS = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/|$|[?#]|\.html?)"),  # WordPress /2023/09/12/
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),               # uCoz /news/2023-09-12-15, ?date=
    re.compile(r"(?<![\d.])(?P<d>\d{2})[.-](?P<m>\d{2})[.-](?P<y>\d{4})(?!\d)"),       # /news/12-09-2023-slug
    # «/15-03-24-nauchno-…»: a dd-mm-yy prefix of a slug; only before a word, so that
    # numbered paths («/12-05-18/», «/12-05-18-1») stay undated.
    re.compile(r"/(?P<d>\d{2})-(?P<m>\d{2})-(?P<y>\d{2})-(?=[^\W\d_])"),
)
# «/341-30-oktyabrya-2019-goda-…»: a title's date transliterated into the slug.
_TRANSLIT = {word: month["number"] for month in RULES["months"] for word in month["translit"]}
_URL_TRANSLIT = re.compile(
    rf"(?<![0-9])(?P<d>\d{{1,2}})[-_](?P<m>{_alternation(_TRANSLIT)})[-_](?P<y>\d{{4}})(?!\d)", re.I)
_UPLOAD_DIRS = _alternation(RULES["urls"]["upload_dirs"])
_UPLOAD = re.compile(
    rf"/(?:{_UPLOAD_DIRS})/(?:[^?#]*?/)?(?P<y>\d{{4}})(?:/(?P<m>\d{{2}})|-(?P<m2>\d{{2}}))(?:/(?P<d>\d{{2}}))?/",
    re.I)
# WordPress month permalinks /2023/09/slug/ — month precision, read as the 1st.
_URL_MONTH = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})/(?!\d)[^/?#]")




def url_date(url: str) -> DateHit | None:
    """The date a page URL carries: /2023/09/12/slug/, /news/2023-09-12-15, ?date=2023-09-12,
    /15-03-24-slug, /341-30-oktyabrya-2019-goda-slug; a month permalink /2023/09/slug/ gives
    its 1st, marked ``month_only``."""
    if not url:
        return None
    text = unquote(url)
    for pattern in _URL_DAY_PATTERNS:
        for m in pattern.finditer(text):
            value = _make_date(_url_year(m["y"]), int(m["m"]), int(m["d"]))
            if value and _web_year_ok(value.year):
                return DateHit(value, "url", _snippet(text, m.start(), m.end()))
    for m in _URL_TRANSLIT.finditer(text):
        value = _make_date(int(m["y"]), _TRANSLIT[m["m"].lower()], int(m["d"]))
        if value and _web_year_ok(value.year):
            return DateHit(value, "url", _snippet(text, m.start(), m.end()))
    if _UPLOAD.search(text):
        return None  # an upload folder dates a file, not a page: upload_path_date's job
    month = _URL_MONTH.search(text)
    if month:
        value = _make_date(int(month["y"]), int(month["m"]), 1)
        if value and _web_year_ok(value.year):
            return DateHit(value, "url", _snippet(text, month.start(), month.end()), month_only=True)
    return None


def _url_year(digits: str) -> int:
    # Sites with dated slugs are younger than 2000: «24» is 2024.
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def upload_path_date(url: str) -> DateHit | None:
    """The month a CMS filed an upload under: /wp-content/uploads/2021/09/x.pdf -> 2021-09-01;
    also /upload/2023/09/, /files/2023/10/, Drupal /files/2023-10/."""
    if not url:
        return None
    text = unquote(url)
    for m in _UPLOAD.finditer(text):
        year, month = int(m["y"]), int(m["m"] or m["m2"])
        # A day folder is rarer than a numbered subfolder («/2022/08/25/»): fall back to the 1st.
        value = (m["d"] and _make_date(year, month, int(m["d"]))) or _make_date(year, month, 1)
        if value and _web_year_ok(value.year):
            return DateHit(value, "upload_path", _snippet(text, m.start(), m.end()))
    return None


_ESIGN_ADOBE = re.compile(
    r"(?:дата|date)\s*:\s*(?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2})\s+\d{2}:\d{2}(?::\d{2})?\s*[+-]\d{2}'?\d{2}'?",
    re.I)
_ESIGN_MARKER = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['esign']['markers'])})", re.I)
_ESIGN_STOP = re.compile(_alternation(RULES["esign"]["not_signing"]), re.I)
_ESIGN_WINDOW = 200
# Stamps come without an as-of date; two-digit years follow the POSIX strptime pivot
# («21» -> 2021, «99» -> 1999).
_ESIGN_PIVOT = date(2067, 12, 31)


def esign_date(text: str) -> DateHit | None:
    """When an electronic signature stamp printed into a document says it was signed."""
    if not text:
        return None
    m = _ESIGN_ADOBE.search(text)
    if m:
        value = _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            return DateHit(value, "esign", _snippet(text, m.start(), m.end()))
    for marker in _ESIGN_MARKER.finditer(text):
        window_end = min(len(text), marker.end() + _ESIGN_WINDOW)
        stop = _ESIGN_STOP.search(text, marker.end(), window_end)
        window = text[marker.end():stop.start() if stop else window_end]
        for token in _scan(window, _ESIGN_PIVOT):
            value = _make_date(token.year, token.month, token.day) if token.year else None
            if value and _web_year_ok(value.year):
                return DateHit(value, "esign", _snippet(text, marker.start(), marker.end() + token.end))
    return None


def http_date(value: str | bytes | None) -> DateHit | None:
    """The date of an HTTP date header (Last-Modified)."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    value = value.strip()
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment is None or not _web_year_ok(moment.year):
        return None
    return DateHit(moment.date(), "header", value[:_SNIPPET])

