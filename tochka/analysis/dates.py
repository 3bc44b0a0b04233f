"""Dates on Russian school sites: explicit dates in text, academic years, dates in URLs,
upload paths, e-signature stamps and HTTP headers, a page's own publication date and the
dated entries of news lists.

Everything runs on every page of a national crawl, so the common forms are read by
regular expressions compiled once from ``rules/dates.toml``; dateparser is only asked
about short leftovers the expressions could not read (see DOMAIN.md §6 for why).
"""
from __future__ import annotations

import bisect
import email.utils
import functools
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from itertools import islice
from typing import Callable, Iterable, NamedTuple
from urllib.parse import unquote, urljoin

import parsel
from dateparser.date import DateDataParser
from lxml import etree


def _load_rules() -> dict:
    with resources.files("tochka").joinpath("rules/dates.toml").open("rb") as fh:
        return tomllib.load(fh)


RULES = _load_rules()


@dataclass(frozen=True)
class DateHit:
    value: date
    source: str  # 'text' | 'time' | 'meta' | 'jsonld' | 'url' | 'upload_path' | 'esign' | 'listing' | 'header'
    snippet: str  # <= 80 chars of the text it came from (evidence shown to users)


@dataclass(frozen=True)
class ListingEntry:
    title: str
    href: str  # absolute
    date: DateHit | None


# -- vocabulary ------------------------------------------------------------------------

def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that «сентября» wins over «сен» and «мар» does not cut «марта».
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _trie(words: Iterable[str]) -> str:
    """The words as a prefix tree («с(?:ен(?:т(?:ябр(?:ь|я|е))?)?)»-like): the regex engine
    then reads each letter once instead of trying ~70 month spellings one by one after
    every digit. A word's end is the last branch, so longer spellings win."""
    tree: dict = {}
    for word in set(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        parts = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return render(tree)


MONTH_BY_WORD: dict[str, int] = {}
NOMINATIVE_BY_WORD: dict[str, int] = {}
for _month in RULES["months"]:
    for _word in (_month["nominative"], *_month["inflected"], *_month["abbreviations"], *_month["english"]):
        MONTH_BY_WORD[_fold(_word)] = _month["number"]
    NOMINATIVE_BY_WORD[_fold(_month["nominative"])] = _month["number"]
    NOMINATIVE_BY_WORD[_fold(_month["english"][0])] = _month["number"]
_ENGLISH_MONTHS = [_fold(w) for m in RULES["months"] for w in m["english"]]

_MONTHS = _trie(MONTH_BY_WORD)
_CONNECTORS = _alternation(RULES["text"]["range_connectors"])
_RELATIVE_DAYS = {_fold(k): v for k, v in RULES["relative_days"].items()}

_YEARS = RULES["years"]
_FUTURE = timedelta(days=_YEARS["future_days"])

_SNIPPET = 80


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
# «September 12, 2023» (WordPress in the English locale); only tried on text with Latin letters.
_MONTH_DAY = re.compile(
    rf"(?<![а-яёa-z])(?P<m>{_alternation(_ENGLISH_MONTHS)})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>\d{4})(?!\d)",
    re.I)
_LATIN = re.compile(r"[A-Za-z]")
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


# -- small helpers ---------------------------------------------------------------------

def _squash(text: str) -> str:
    return " ".join(text.split())


def _snippet(text: str, start: int = 0, end: int | None = None) -> str:
    """At most 80 characters of ``text`` around [start, end), whitespace squashed."""
    if len(text) > _SNIPPET:
        end = start if end is None else end
        left = max(0, min(start - 20, end - _SNIPPET))
        text = text[left:left + _SNIPPET * 2]
    return _squash(text)[:_SNIPPET]


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plausible(value: date, as_of: date) -> bool:
    return _YEARS["text_min"] <= value.year and value <= as_of + _FUTURE


def _full_year(two_digits: str, as_of: date) -> int:
    year = 2000 + int(two_digits)
    return year if year <= as_of.year + 1 else year - 100


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
    if _LATIN.search(text):
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


# -- URLs, stamps, headers ---------------------------------------------------------------

_URL_DAY_PATTERNS = (
    re.compile(r"/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/|$|[?#]|\.html?)"),  # WordPress /2023/09/12/
    re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),               # uCoz /news/2023-09-12-15, ?date=
    re.compile(r"(?<![\d.])(?P<d>\d{2})[.-](?P<m>\d{2})[.-](?P<y>\d{4})(?!\d)"),       # /news/12-09-2023-slug
)
_UPLOAD_DIRS = _alternation(RULES["urls"]["upload_dirs"])
_UPLOAD = re.compile(
    rf"/(?:{_UPLOAD_DIRS})/(?:[^?#]*?/)?(?P<y>\d{{4}})(?:/(?P<m>\d{{2}})|-(?P<m2>\d{{2}}))(?:/(?P<d>\d{{2}}))?/",
    re.I)
# WordPress month permalinks /2023/09/slug/ — month precision, read as the 1st.
_URL_MONTH = re.compile(r"/(?P<y>\d{4})/(?P<m>\d{2})/(?!\d)[^/?#]")


def _web_year_ok(year: int) -> bool:
    """Years a URL, an upload folder or a server header can carry."""
    return _YEARS["url_min"] <= year <= _YEARS["url_max"]


def url_date(url: str) -> DateHit | None:
    """The date a page URL carries: /2023/09/12/slug/, /news/2023-09-12-15, ?date=2023-09-12."""
    if not url:
        return None
    text = unquote(url)
    for pattern in _URL_DAY_PATTERNS:
        for m in pattern.finditer(text):
            value = _make_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if value and _web_year_ok(value.year):
                return DateHit(value, "url", _snippet(text, m.start(), m.end()))
    if _UPLOAD.search(text):
        return None  # an upload folder dates a file, not a page: upload_path_date's job
    m = _URL_MONTH.search(text)
    if m:
        value = _make_date(int(m["y"]), int(m["m"]), 1)
        if value and _web_year_ok(value.year):
            return DateHit(value, "url", _snippet(text, m.start(), m.end()))
    return None


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
            value = token.year and _make_date(token.year, token.month, token.day)
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


# -- HTML: furniture ---------------------------------------------------------------------

_HTML = RULES["html"]
_FURNITURE_TAGS = frozenset(_HTML["boilerplate_tags"])
_FURNITURE_WORDS = frozenset(w for w in _HTML["boilerplate_class_parts"] if "-" not in w)
_FURNITURE_PHRASES = tuple(w for w in _HTML["boilerplate_class_parts"] if "-" in w)
_CLASS_SPLIT = re.compile(r"[-_]+")


def _names_furniture(value: str) -> bool:
    """Whether a class/id value names page furniture. A word counts at either end of a token
    («site-footer», «widget_recent», «b-footer__inner») but not in the middle: Genesis wraps
    the content itself in «content-sidebar-wrap»."""
    for token in value.lower().split():
        block = token.split("__", 1)[0]
        parts = [p for p in _CLASS_SPLIT.split(block) if p]
        if parts and (parts[0] in _FURNITURE_WORDS or parts[-1] in _FURNITURE_WORDS):
            return True
        if any(phrase in token for phrase in _FURNITURE_PHRASES):
            return True
    return False


def _is_furniture_node(node) -> bool:
    tag = node.tag
    if not isinstance(tag, str) or tag in ("html", "body"):
        return False  # body classes describe the layout («has-sidebar»), not furniture
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header" and not any(a.tag == "article" for a in node.iterancestors()):
        return True  # the page header; an article's own <header> holds its date
    names = (node.get("class") or "") + " " + (node.get("id") or "")
    return names.strip() != "" and _names_furniture(names)


class _Furniture:
    """Memoised «is this element inside page furniture?» for one document."""

    def __init__(self) -> None:
        self._memo: dict = {}

    def __call__(self, element) -> bool:
        path = []
        node = element
        result = False
        while node is not None:
            known = self._memo.get(node)
            if known is not None:
                result = known
                break
            path.append(node)
            if _is_furniture_node(node):
                result = True
                break
            node = node.getparent()
        for seen in path:
            self._memo[seen] = result
        return result


# -- HTML: publication date of a page --------------------------------------------------

_META_NAMES = frozenset(n.lower() for n in _HTML["meta_published"])
_DATE_HINTS = frozenset(h.lower() for h in _HTML["date_class_hints"])
_DATE_HINT_PARTS = frozenset(h for h in _DATE_HINTS if not _CLASS_SPLIT.search(h))
# Cheap first look at a class value before splitting it into tokens.
_HINT_PREFILTER = re.compile(_alternation(_DATE_HINT_PARTS))
# Whole words: «изменен(о)» announces an update, «Изменения в расписании» names a document.
_IGNORE_BEFORE = re.compile(rf"(?:{_alternation(_fold(w) for w in RULES['text']['ignore_before'])})(?![а-яё])", re.I)
_LABEL = re.compile(rf"(?<![а-яёa-z])(?:{_alternation(RULES['text']['published_labels'])})", re.I)
# DataLife Engine prints «12-09-2023, 14:20» and «Сегодня, 14:20» next to the author.
_DLE_STAMP = re.compile(
    rf"(?<![\d-])\d{{2}}-\d{{2}}-\d{{4}},\s*\d{{1,2}}:\d{{2}}|(?<![а-яё])(?:{_alternation(_RELATIVE_DAYS)}),\s*\d{{1,2}}:\d{{2}}",
    re.I)
# Labels and stamps live in short text nodes; long ones are paragraphs. This gate runs on
# every text node of every page: one prefix-tree expression over lower-cased text (re.I on
# Cyrillic was four times slower).
_LABEL_NODE_MAX = 200
_LABEL_GATE = re.compile(
    rf"{_trie(w.lower() for w in [*RULES['text']['published_labels'], *_RELATIVE_DAYS])}|\d\d-\d\d-\d{{4}},")


def _may_hold_label(text: str | None) -> bool:
    return text is not None and len(text) <= _LABEL_NODE_MAX and _LABEL_GATE.search(text.lower()) is not None


# A date line is short; a longer date-classed element is a table or a whole list.
_SHORT = 120


def _is_date_hinted(class_value: str) -> bool:
    for token in class_value.lower().split():
        if token in _DATE_HINTS:
            return True
        if any(part in _DATE_HINT_PARTS for part in _CLASS_SPLIT.split(token)):
            return True
    return False


def _text_of(element, limit: int | None = None) -> str:
    """The element's text, whitespace squashed; pieces are joined with spaces so that
    «<b>Разместил:</b>admin<div>Текст</div>» does not read «adminТекст». With a limit, at
    most limit + 1 characters: callers looking for a short date line must not join a whole
    timetable to learn that it is long."""
    if limit is None:
        return _squash(" ".join(element.itertext()))
    text = ""
    for piece in element.itertext():
        text += " " + piece
        if len(text) > limit and len(_squash(text)) > limit:
            break
    return _squash(text)[:limit + 1]


def _first_clean_hit(text: str, as_of: date, source: str) -> DateHit | None:
    """The first date in ``text`` not announced as an update or a copyright."""
    for start, _, hit in _text_hits(text, as_of, source):
        if not _IGNORE_BEFORE.search(_fold(text[max(0, start - 30):start])):
            return hit
    return None


def _iso_or_text(value: str, as_of: date, source: str) -> DateHit | None:
    m = _ISO_START.match(value)
    if m:
        found = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if found and _plausible(found, as_of):
            return DateHit(found, source, _snippet(value))
    hits = dates_in_text(value, as_of=as_of)
    return DateHit(hits[0].value, source, hits[0].snippet) if hits else None


def _has_date_class(element) -> bool:
    names = element.get("class") if isinstance(element.tag, str) else None
    return bool(names) and bool(_HINT_PREFILTER.search(names.lower())) and _is_date_hinted(names)


class _PageIndex:
    """Everything page_published looks at, gathered in one pass over the document
    (XPath with translate() over every node cost ~5 ms per query on a 50 KB page)."""

    def __init__(self, root) -> None:
        self.metas, self.itemprops, self.jsonld, self.times, self.h1s = [], [], [], [], []
        self.hinted = []
        self.labelled: list[tuple[object, str, bool]] = []  # (element, its text or tail, is_tail)
        for element in root.iter():
            tag = element.tag
            if not isinstance(tag, str):
                continue
            tail = element.tail
            if _may_hold_label(tail):
                self.labelled.append((element, tail, True))
            if tag in ("script", "style"):
                if tag == "script" and "ld+json" in (element.get("type") or ""):
                    self.jsonld.append(element)
                continue
            if tag == "meta":
                self.metas.append(element)
            elif tag == "time":
                self.times.append(element)
            elif tag == "h1":
                self.h1s.append(element)
            if element.get("itemprop") in ("datePublished", "datepublished"):
                self.itemprops.append(element)
            if _has_date_class(element):
                self.hinted.append(element)
            text = element.text
            if _may_hold_label(text):
                self.labelled.append((element, text, False))


def _from_meta(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    for meta in page.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_NAMES and meta.get("content"):
            hit = _iso_or_text(meta.get("content"), as_of, "meta")
            if hit:
                return hit
    for element in page.itemprops:
        if furniture(element):
            continue
        value = element.get("content") or element.get("datetime") or _text_of(element)
        hit = _iso_or_text(value, as_of, "meta")
        if hit:
            return hit
    return None


_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _from_jsonld(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    # A regular expression instead of json.loads: school CMSs emit broken JSON-LD often
    # enough, and only one field is needed.
    for script in page.jsonld:
        m = _JSONLD_PUBLISHED.search(script.text or "")
        if m:
            hit = _iso_or_text(m[1], as_of, "jsonld")
            if hit:
                return hit
    return None


def _from_time(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    for element in page.times:
        names = (element.get("class") or "").lower()
        if "updated" in names or "modified" in names or furniture(element):
            continue  # WordPress prints <time class="updated"> next to the published one
        value = element.get("datetime") or element.get("pubdate") or _text_of(element)
        hit = _iso_or_text(value, as_of, "time")
        if hit:
            return hit
    return None


def _from_labels(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    """«Опубликовано: 12.09.2023», «Дата публикации», DLE «12-09-2023, 14:20. Разместил: …»."""
    for element, node_text, is_tail in page.labelled:
        if furniture(element):
            continue
        # A label often sits in its own <span> with the date in the next one: read the line.
        owner = element.getparent() if is_tail or len(_squash(node_text)) < 25 else element
        text = _text_of(owner if owner is not None else element, 300)
        if len(text) > 300:
            text = _squash(node_text)
        for label in _LABEL.finditer(text):
            hit = _first_clean_hit(text[label.end():label.end() + 40], as_of, "text")
            if hit:
                return DateHit(hit.value, "text", _snippet(text, label.start(), label.end() + 25))
        stamp = _DLE_STAMP.search(text)
        if stamp and not _IGNORE_BEFORE.search(_fold(text[max(0, stamp.start() - 30):stamp.start()])):
            hits = dates_in_text(stamp[0], as_of=as_of)
            if hits:
                return DateHit(hits[0].value, "text", _snippet(text, stamp.start(), stamp.end()))
    return None


def _from_heading(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    """A short date line right before or after the page's h1."""
    h1 = next((h for h in page.h1s if not furniture(h)), None)
    if h1 is None:
        return None
    for anchor in (h1, h1.getparent()):
        if anchor is None or anchor.tag == "body":
            break
        neighbours = [*islice(anchor.itersiblings(preceding=True), 1), *islice(anchor.itersiblings(), 3)]
        for element in neighbours:
            if not isinstance(element.tag, str) or furniture(element):
                continue
            text = _text_of(element, 80)
            if 0 < len(text) <= 80:
                hit = _first_clean_hit(text, as_of, "text")
                if hit:
                    return hit
    return None


def _from_hinted(page: _PageIndex, as_of: date, furniture: _Furniture) -> DateHit | None:
    for element in page.hinted:
        if furniture(element):
            continue
        text = _text_of(element, _SHORT)
        if text and len(text) <= _SHORT:
            hit = _first_clean_hit(text, as_of, "text")
            if hit:
                return hit
    return None


_PAGE_FINDERS = (_from_meta, _from_jsonld, _from_time, _from_labels, _from_heading, _from_hinted)


def page_published(sel: parsel.Selector, url: str, *, as_of: date) -> DateHit | None:
    """A page's own publication date: machine-readable stamps first (meta, JSON-LD, <time>),
    then a labelled or DLE date line, a date line next to the h1, a date-classed element, and
    last the URL. Footers, widgets, «other news», counters and «обновлено» dates are ignored."""
    root = sel.root
    if isinstance(root, etree._Element):  # JSON and text selectors have only their URL
        furniture = _Furniture()
        index = _PageIndex(root)
        for finder in _PAGE_FINDERS:
            hit = finder(index, as_of, furniture)
            if hit:
                return hit
    hit = url_date(url)
    return hit if hit and _plausible(hit.value, as_of) else None


# -- HTML: news and event lists ----------------------------------------------------------

_GENERIC_LINK_TEXTS = frozenset(_fold(t) for t in RULES["text"]["generic_link_texts"])
_SKIP_HREF = re.compile(r"\s*(?:#|javascript:|mailto:|tel:|data:)", re.I)
# Table cells are never list items: the date and the title of one row sit in sibling cells.
_NOT_BLOCKS = frozenset({"td", "th", "tbody", "thead", "tfoot", "html", "body"})
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Where «Ноябрь 2023» headings over year-less entries are written. Not table cells: a
# timetable has thousands, and a month row there is a <b> or <caption> anyway.
_HEADING_TAGS = (*_TITLE_TAGS, "p", "div", "span", "strong", "b", "font", "caption", "dt", "li")
_SAMPLE = 10         # a group is a dated list when half of its first members are dated
_CLIMB = 6           # levels from a link up to its list item
_MAX_ITEM_LINKS = 3  # an «item» with more distinct links is a container: read the links one by one
_NEAR = 60           # characters around a link in a flat list that may hold its date
_BLOCK_TEXT = 400
_DIGIT = re.compile(r"\d")


def _signature(element) -> tuple[str, str]:
    """Tag and first class token without digits: «post-123 post type-post» and
    «post-124 post type-post» are the same kind of item."""
    classes = element.get("class")
    first = ""
    if classes:
        first = next((t for t in classes.split() if not _DIGIT.search(t)), "")
    return element.tag, first


def _link_text(anchor) -> str:
    text = _text_of(anchor)
    if not text:
        for image in anchor.iter("img"):
            text = _squash(image.get("alt") or image.get("title") or "")
            if text:
                break
    return text or _squash(anchor.get("title") or "")


def _usable(anchor) -> bool:
    href = anchor.get("href")
    return bool(href) and not _SKIP_HREF.match(href)


def _is_title(text: str) -> bool:
    return len(text) >= 3 and not text.isdigit() and _fold(text).strip(" .:») ") not in _GENERIC_LINK_TEXTS


class _ListingReader:
    """One pass over a document: its links, the list items they sit in, and the month
    headings («Ноябрь 2023») that give year-less item dates their year."""

    def __init__(self, root, url: str, as_of: date) -> None:
        self.as_of = as_of
        self.furniture = _Furniture()
        base = root.xpath("//base/@href")
        self.base = urljoin(url, base[0].strip()) if base else url
        self.position: dict = {}  # link -> its place among links and headings
        self.heading_at: list[int] = []
        self.heading_year: list[int] = []
        self.anchors = []
        self.sibling_kinds: dict = {}
        self.table_items: dict = {}
        # lxml filters tags in C: on a timetable page of thousands of cells only the
        # links and the few heading-like elements reach Python.
        for index, element in enumerate(root.iter("a", *_HEADING_TAGS)):
            if element.tag == "a":
                if _usable(element):
                    self.position[element] = index
                    self.anchors.append(element)
                continue
            text = element.text
            if text and len(text) <= 40 and _YEAR_TOKEN.search(text):
                found = month_heading(text)
                if found and not self.furniture(element):
                    self.heading_at.append(index)
                    self.heading_year.append(found[0])

    # -- structure --
    def _repeats(self, element) -> bool:
        parent = element.getparent()
        if parent is None:
            return False
        kinds = self.sibling_kinds.get(parent)
        if kinds is None:
            kinds = Counter(_signature(c) for c in parent if isinstance(c.tag, str))
            self.sibling_kinds[parent] = kinds
        return kinds[_signature(element)] >= 2

    def item_of(self, anchor):
        """The repeated element (li, article, div.news-item, tr…) a link belongs to, or None."""
        element = anchor if len(anchor) >= 2 else anchor.getparent()  # a card: <a><date/><title/></a>
        for _ in range(_CLIMB):
            if element is None or element.tag in ("body", "html"):
                return None
            if element.tag not in _NOT_BLOCKS and self._repeats(element):
                return self._whole_table_item(element) if element.tag == "tr" else element
            element = element.getparent()
        return None

    def _whole_table_item(self, row):
        """uCoz prints each entry as its own <table class="eBlock"> (title row, text row,
        details row): when the table or its wrapper repeats, the rows are parts of one item.
        Decided once per table: a timetable asks this for each of its rows."""
        table = row.getparent()
        if table not in self.table_items:
            self.table_items[table] = None
            element = table
            for _ in range(3):
                if element is None or element.tag in ("body", "html"):
                    break
                if element.tag not in _NOT_BLOCKS and self._repeats(element):
                    self.table_items[table] = element
                    break
                element = element.getparent()
        found = self.table_items[table]
        return row if found is None else found

    def href(self, anchor) -> str:
        return urljoin(self.base, anchor.get("href").strip())

    # -- dates --
    def year_for(self, anchor, href: str) -> int | None:
        """A year for year-less dates: the month heading above the link, else the link's year."""
        at = bisect.bisect_left(self.heading_at, self.position.get(anchor, 0))
        if at:
            return self.heading_year[at - 1]
        hit = url_date(href) or upload_path_date(href)
        return hit.value.year if hit else None

    def text_date(self, text: str, anchor, href: str) -> DateHit | None:
        hit = _first_clean_hit(text, self.as_of, "listing")
        if hit:
            return hit
        year = self.year_for(anchor, href)
        if year is None:
            return None
        for found in yearless_dates(text, year):
            if _plausible(found.value, self.as_of):
                return DateHit(found.value, "listing", found.snippet)
        return None

    def item_date(self, item, anchor) -> DateHit | None:
        href = self.href(anchor)
        for stamp in item.iter("time"):
            hit = _iso_or_text(stamp.get("datetime") or _text_of(stamp), self.as_of, "listing")
            if hit:
                return hit
        for element in filter(_has_date_class, item.iter()):
            text = _text_of(element, _SHORT)
            hit = text and len(text) <= _SHORT and self.text_date(text, anchor, href)
            if hit:
                return hit
        hit = url_date(href)
        if hit and _plausible(hit.value, self.as_of):
            return hit
        hit = self.text_date(_text_of(item, _BLOCK_TEXT), anchor, href)
        if hit:
            return hit
        # <dt>date</dt><dd>link</dd>, <p class="date"/><h3>link</h3>: the date is a neighbour.
        for neighbour in (item.getprevious(), item.getnext()):
            if neighbour is not None and isinstance(neighbour.tag, str) \
                    and _signature(neighbour) != _signature(item):
                text = _text_of(neighbour, _NEAR)
                if 0 < len(text) <= _NEAR:
                    hit = self.text_date(text, anchor, href)
                    if hit:
                        return hit
        return None

    def loose_date(self, anchor) -> DateHit | None:
        """A link in a flat list («12.09.2023 <a>…</a><br>»): the date right before it,
        else right after it (the tail of a previous link belongs to that link)."""
        href = self.href(anchor)
        previous = anchor.getprevious()
        if previous is None:
            before = (anchor.getparent().text or "") if anchor.getparent() is not None else ""
        elif previous.tag == "a":
            before = ""
        else:
            own = "" if previous.tag == "br" else _text_of(previous)
            before = own + " " + (previous.tail or "")
        after = anchor.tail or ""
        following = anchor.getnext()
        if not after.strip() and following is not None and following.tag not in ("a", "br"):
            after = _text_of(following, _NEAR)
        before, after = before[-_NEAR:], after[:_NEAR]
        hits = _text_hits(before, self.as_of, "listing")
        if hits:
            return hits[-1][2]
        hit = self.text_date(after, anchor, href) or self.text_date(before, anchor, href)
        if hit:
            return hit
        hit = url_date(href)
        return hit if hit and _plausible(hit.value, self.as_of) else None

    # -- entries --
    def item_entry(self, item, primary) -> ListingEntry | None:
        title = _link_text(primary)
        if not _is_title(title) or primary is item:
            title = self.item_title(item, primary)
        if not _is_title(title):
            return None
        return ListingEntry(title, self.href(primary), self.item_date(item, primary))

    def loose_entry(self, anchor) -> ListingEntry | None:
        title = _link_text(anchor)
        if not _is_title(title):
            return None
        return ListingEntry(title, self.href(anchor), self.loose_date(anchor))

    # -- titles --
    @staticmethod
    def primary_anchor(item, anchors):
        def rank(anchor):
            in_title = any(a.tag in _TITLE_TAGS or "title" in (a.get("class") or "").lower()
                           for a in anchor.iterancestors() if a is not item) or anchor.tag in _TITLE_TAGS
            text = _link_text(anchor)
            return (_is_title(text), in_title, len(text))
        return max(anchors, key=rank)

    @staticmethod
    def item_title(item, anchor) -> str:
        """The item's heading, for links that say only «Подробнее» or wrap a whole card."""
        for element in item.iter():
            if not isinstance(element.tag, str) or element is item:
                continue
            names = (element.get("class") or "").lower()
            if element.tag in _TITLE_TAGS or "title" in names or "name" in names:
                text = _text_of(element)
                if _is_title(text):
                    return text
        return _link_text(anchor)


class _Candidate(NamedTuple):
    position: int
    entry: Callable[[], ListingEntry | None]  # None when the link has no usable title


def _dated_list(members: list[_Candidate]) -> list[tuple[int, ListingEntry]]:
    """Entries of a group of sibling items, or none when it is not a dated list. Entries are
    built lazily and the decision is taken on the first ones, so a timetable's thousand
    rows cost ten."""
    built: list[tuple[int, ListingEntry]] = []
    remaining = iter(members)
    for member in remaining:
        entry = member.entry()
        if entry is not None:
            built.append((member.position, entry))
            if len(built) == _SAMPLE:
                break
    dated = sum(entry.date is not None for _, entry in built)
    if len(built) < 2 or dated * 2 < len(built):
        return []
    for member in remaining:
        entry = member.entry()
        if entry is not None:
            built.append((member.position, entry))
    return built


def listing_entries(sel: parsel.Selector, url: str, *, as_of: date) -> list[ListingEntry]:
    """Entries of a news/event/document list: repeated items each with a link and a date.
    A group of sibling items counts as a list when at least half of its first ten items are
    dated, so menus, tag clouds and timetables drop out. Entries come in document order,
    one per link target."""
    root = sel.root
    if not isinstance(root, etree._Element):
        return []
    reader = _ListingReader(root, url, as_of)
    items: dict = {}  # item element -> the link that found it
    loose = []        # links of flat lists, outside any repeated item
    for anchor in reader.anchors:
        if reader.furniture(anchor):
            continue
        item = reader.item_of(anchor)
        if item is None:
            loose.append(anchor)
        elif item not in items:
            items[item] = [a for a in item.iter("a") if _usable(a)]
    # A link found in several items (category «Новости», author «admin») is not any
    # item's own link.
    shared = Counter(href for links in items.values() for href in {a.get("href") for a in links})
    groups: dict[tuple, list[_Candidate]] = {}
    for item, links in items.items():
        own = [a for a in links if shared[a.get("href")] == 1]
        if len({a.get("href") for a in own}) > _MAX_ITEM_LINKS:
            loose.extend(own)
        elif own:
            primary = reader.primary_anchor(item, own)
            candidate = _Candidate(reader.position.get(primary, 0), functools.partial(reader.item_entry, item, primary))
            groups.setdefault((item.getparent(), _signature(item)), []).append(candidate)
    for anchor in loose:
        candidate = _Candidate(reader.position.get(anchor, 0), functools.partial(reader.loose_entry, anchor))
        groups.setdefault((anchor.getparent(), "flat"), []).append(candidate)
    chosen = []
    for members in groups.values():
        members.sort(key=lambda m: m.position)
        chosen.extend(_dated_list(members))
    chosen.sort(key=lambda pair: pair[0])
    seen: set[str] = set()
    entries = []
    for _, entry in chosen:
        if entry.href not in seen:
            seen.add(entry.href)
            entries.append(entry)
    return entries
