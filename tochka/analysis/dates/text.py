"""Dates and academic years written in text: «12 сентября 2023 г.», «12.09.2023 14:20»,
«с 12 по 15 сентября», «на 2023-2024 учебный год».

Everything runs on every page of a national crawl, so the common forms are read by regular
expressions compiled once; dateparser is only asked about short leftovers the expressions
could not read (docs/domain.md, «Dates»).
"""
from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import NamedTuple

from dateparser.date import DateDataParser

from .vocabulary import (
    _CONNECTORS,
    _MONTHS,
    _RELATIVE_DAYS,
    MONTH_BY_WORD,
    NOMINATIVE_BY_WORD,
    DateHit,
    _alternation,
    _fold,
    _full_year,
    _make_date,
    _plausible,
    _snippet,
)

# -- expressions -------------------------------------------------------------------------
# A date must not be the tail of a longer number («№ 100/1312-12», «v2.10.15») nor the head
# of one (IP addresses, phone numbers): guards sit on both ends of numeric forms. The left
# guard looks back from the first digit: a pattern that starts with a digit lets the regex
# engine skip straight to digits, which made scanning three times faster than a leading
# look-behind.
_FIRST_DIGIT = r"\d(?<![0-9A-Za-z]\d)(?<![0-9][./:]\d)"
_NOT_BEFORE_NUMBER = r"(?![0-9])(?!\.[0-9])"
_TIME = r"(?:\s*,?\s*(?:в\s*)?\d{1,2}:\d{2}(?::\d{2})?)?"
_WORD_END = r"(?![а-яёА-ЯЁa-zA-Z])"

# «12 сентября 2023 г.», «12 сент. 2023», «с 12 по 15 сентября 2023», «30 апреля» (no year).
# With a range, «a» is its first day and «b» the second.
# Case-insensitive only inside: a global re.I costs the digit-first speed-up.
_DAY_MONTH = re.compile(
    rf"(?P<a>{_FIRST_DIGIT}\d?)(?:\s*(?i:{_CONNECTORS})\s*(?P<b>\d{{1,2}}))?"
    + r"(?i:-(?:го|е|ое))?\s*"
    + rf"(?P<m>(?i:{_MONTHS})){_WORD_END}\.?"
    + r"(?:\s*,?\s*(?P<y>\d{4})(?!\d))?"
    + _TIME)
# Month first: «Декабрь 24, 2021» (WordPress in Russian prints "F j, Y"), «September 12, 2023»
# (its English locale). The expression starts with a word, not a digit, and is slow to scan:
# it is only tried on text with Latin letters or a «, 20»/«, 19» before a year (_month_first_possible).
_MONTH_DAY = re.compile(
    rf"(?<![а-яёa-z])(?P<m>{_MONTHS}){_WORD_END}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>\d{4})(?!\d)",
    re.I)
_LATIN = re.compile(r"[A-Za-z]")


def _month_first_possible(text: str) -> bool:
    return ", 20" in text or ", 19" in text or _LATIN.search(text) is not None
# «12.09.2023», «12.09.2023 14:20», «12-09-2023, 14:20», «12.09.23», «12/09/2023».
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<d>{_FIRST_DIGIT}\d?)(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})"
    + _NOT_BEFORE_NUMBER + _TIME)
# «2023-09-12», «2023-09-12T10:00:00+03:00», «2021.08.30 13:42:09».
_YEAR_MONTH_DAY = re.compile(
    rf"(?P<y>{_FIRST_DIGIT}\d{{3}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
    + _NOT_BEFORE_NUMBER + r"(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?")
# «14.09» without a year; not a clock time («в 10.05», «10.05–10.50»).
_DAY_MONTH_SHORT = re.compile(
    rf"(?P<d>{_FIRST_DIGIT}(?<![вВ]\s\d)\d?)\.(?P<m>\d{{2}})" + _NOT_BEFORE_NUMBER
    + r"(?![-/])(?!\s*[-–—]\s*\d{1,2}[.:]\d{2})")
# «Сегодня, 14:20», «Вчера в 09:05»: only with a time, so that «Сегодня в школе…» is no date
# (and only tried on text with a colon).
_RELATIVE = re.compile(
    rf"(?<![а-яё])(?P<rel>{_alternation(_RELATIVE_DAYS)})\s*(?:,|в)?\s*\d{{1,2}}:\d{{2}}", re.I)

_RANGE_GAP = re.compile(rf"\s*(?:{_CONNECTORS})\s*", re.I)
_MONTH_WORD = re.compile(rf"(?<![а-яёa-z])(?:{_MONTHS}){_WORD_END}", re.I)
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_SPACED_DATE = re.compile(r"(?<![\d-])\d{1,2}\s+\d{1,2}\s+(?:19|20)\d{2}(?![\d-])")
_DATEISH = re.compile(rf"\d+|(?<![а-яёa-z])(?:{_MONTHS}){_WORD_END}", re.I)

_ACADEMIC = re.compile(
    r"(?P<a>(?:1(?<![\d./-]1)9|2(?<![\d./-]2)0)\d{2})\s*[-–—/\\]\s*(?P<b>(?:19|20)?\d{2})(?!\d)(?![./-]\d)")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*$", re.I)

_HEADING = re.compile(
    rf"\W*(?P<m>{_alternation(NOMINATIVE_BY_WORD)}){_WORD_END}\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)"
    r"\s*(?:г(?:ода?|\.)?)?\W*",
    re.I)

_ISO_START = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


class _Token(NamedTuple):
    start: int
    end: int
    day: int
    month: int
    year: int | None  # None: the text gave no year


# -- dates in text -----------------------------------------------------------------------

def _scan(text: str, as_of: date) -> list[_Token]:
    """Every date-like token of ``text`` in order, overlaps resolved in favour of the
    earlier and longer one; year-less tokens keep ``year=None``."""
    found: list[_Token] = []
    for m in _DAY_MONTH.finditer(text):
        month = MONTH_BY_WORD[_fold(m["m"])]
        year = int(m["y"]) if m["y"] else None
        for day in (m["a"], m["b"]):
            if day:
                found.append(_Token(m.start(), m.end(), int(day), month, year))
    if _month_first_possible(text):
        for m in _MONTH_DAY.finditer(text):
            found.append(_Token(m.start(), m.end(), int(m["d"]), MONTH_BY_WORD[_fold(m["m"])], int(m["y"])))
    for m in _DAY_MONTH_YEAR.finditer(text):
        y = m["y"]
        if len(y) == 2 and (m["sep"] != "." or len(m["m"]) != 2 or len(m["d"]) != 2):
            continue  # «1-2-23» is a fraction or a code, «12.09.23» is a date
        year = int(y) if len(y) == 4 else _full_year(y, as_of)
        found.append(_Token(m.start(), m.end(), int(m["d"]), int(m["m"]), year))
    for m in _YEAR_MONTH_DAY.finditer(text):
        found.append(_Token(m.start(), m.end(), int(m["d"]), int(m["m"]), int(m["y"])))
    for m in _DAY_MONTH_SHORT.finditer(text):
        found.append(_Token(m.start(), m.end(), int(m["d"]), int(m["m"]), None))
    if ":" in text:
        for m in _RELATIVE.finditer(text):
            day = as_of + timedelta(days=_RELATIVE_DAYS[_fold(m["rel"])])
            found.append(_Token(m.start(), m.end(), day.day, day.month, day.year))
    found.sort(key=lambda t: (t.start, -t.end))
    kept: list[_Token] = []
    for token in found:
        if kept and token.start < kept[-1].end and token.start != kept[-1].start:
            continue
        if kept and token.start == kept[-1].start and token.end != kept[-1].end:
            continue  # same start, shorter reading of the same characters
        kept.append(token)
    return _borrow_years(kept, text)


def _borrow_years(tokens: list[_Token], text: str) -> list[_Token]:
    """«с 12 января по 30 апреля 2023 г.»: a year-less start of a range takes the year of its
    end (the year before when the range crosses New Year, «с 25 декабря по 10 января 2024»)."""
    out = list(tokens)
    for i in range(len(out) - 1, -1, -1):
        token = out[i]
        if token.year is not None:
            continue
        following = next((t for t in out[i + 1:] if t.start != token.start), None)
        if following is None or following.year is None:
            continue
        if not _RANGE_GAP.fullmatch(text, token.end, following.start):
            continue
        year = following.year - 1 if token.month > following.month else following.year
        out[i] = token._replace(year=year)
        for j in range(i - 1, -1, -1):  # the «12» of «12–15 сентября» shares the span
            if out[j].start == token.start and out[j].year is None:
                out[j] = out[j]._replace(year=out[i].year)
    return out


@functools.lru_cache(maxsize=8)
def _parser(as_of: date) -> DateDataParser:
    """One dateparser per as-of date: a fixed RELATIVE_BASE (a new one per call leaks
    memory), Russian only (auto-detection is ~50x slower), all three parts required so that
    it never invents a day or a year."""
    return DateDataParser(languages=["ru"], settings={
        "RELATIVE_BASE": datetime(as_of.year, as_of.month, as_of.day),
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
    })


_FALLBACK_MAX = 60


def _fallback(text: str, tokens: list[_Token], as_of: date) -> tuple[int, int, date] | None:
    """dateparser on what the expressions left over, when that still looks like a dated
    phrase («сентября 12, 2023», «12 09 2023»): short text only, with an unread year."""
    if len(text) > _FALLBACK_MAX:
        return None
    chars = list(text)
    for token in tokens:
        chars[token.start:token.end] = " " * (token.end - token.start)
    for m in _ACADEMIC.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    rest = "".join(chars)
    # A month word next to a year, or day, month and year apart by spaces: phone numbers,
    # order numbers and class ranges («5-9 классы, 2023») never reach dateparser.
    if not (_YEAR_TOKEN.search(rest) and _MONTH_WORD.search(rest) or _SPACED_DATE.search(rest)):
        return None
    pieces = list(_DATEISH.finditer(rest))
    start, end = pieces[0].start(), pieces[-1].end()
    parsed = _parser(as_of).get_date_data(text[start:end])
    if parsed.date_obj is None or parsed.period != "day":
        return None
    return start, end, parsed.date_obj.date()


def _text_hits(text: str, as_of: date, source: str = "text") -> list[tuple[int, int, DateHit]]:
    """Dated hits with their spans, in order of appearance, each date once."""
    tokens = _scan(text, as_of)
    hits: list[tuple[int, int, DateHit]] = []
    seen: set[date] = set()
    for token in tokens:
        if token.year is None:
            continue
        value = _make_date(token.year, token.month, token.day)
        if value is None or value in seen or not _plausible(value, as_of):
            continue
        seen.add(value)
        hits.append((token.start, token.end, DateHit(value, source, _snippet(text, token.start, token.end))))
    if not hits:
        extra = _fallback(text, tokens, as_of)
        if extra and _plausible(extra[2], as_of):
            start, end, value = extra
            hits.append((start, end, DateHit(value, source, _snippet(text, start, end))))
    return hits


def dates_in_text(text: str, *, as_of: date) -> list[DateHit]:
    """Every explicit date (with a year) in a short text, in order of appearance."""
    if not text:
        return []
    return [hit for _, _, hit in _text_hits(text, as_of)]


def yearless_dates(text: str, year: int) -> list[DateHit]:
    """Dates written without a year («14 сентября», «14.09»), completed with ``year``."""
    hits = []
    as_of = date(year, 12, 31)  # only shapes two-digit years, which these tokens lack
    for token in _scan(text, as_of):
        if token.year is not None:
            continue
        value = _make_date(year, token.month, token.day)
        if value is not None:
            hits.append(DateHit(value, "text", _snippet(text, token.start, token.end)))
    return hits


def month_heading(text: str) -> tuple[int, int] | None:
    """«Ноябрь 2023», «НОЯБРЬ 2023 г.» -> (2023, 11): a heading over year-less list entries."""
    if not text or len(text) > 40:
        return None
    m = _HEADING.fullmatch(text.strip())
    if m is None:
        return None
    return int(m["y"]), NOMINATIVE_BY_WORD[_fold(m["m"])]


# -- academic years ----------------------------------------------------------------------

def academic_years(text: str) -> list[str]:
    """Academic years named in ``text`` as 'YYYY-YYYY', de-duplicated, in order."""
    years: list[str] = []
    for m in _ACADEMIC.finditer(text):
        first = int(m["a"])
        second = m["b"]
        if len(second) == 2 and int(second) != (first + 1) % 100:
            continue
        if len(second) == 4 and int(second) != first + 1:
            continue
        if _COPYRIGHT.search(text, max(0, m.start() - 12), m.start()):
            continue  # «© 2022–2023 МБОУ СОШ №1» is the site's lifetime
        label = f"{first}-{first + 1}"
        if label not in years:
            years.append(label)
    return years


def academic_year_of(d: date) -> str:
    """The academic year (1 September - 31 August) that ``d`` falls in."""
    start = d.year if d.month >= 9 else d.year - 1
    return f"{start}-{start + 1}"

