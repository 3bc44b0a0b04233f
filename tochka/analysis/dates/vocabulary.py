"""The date vocabulary of Russian school sites, loaded once from ``rules/dates.toml``: month
words, range connectors, relative days, plausible years; and the small helpers every date
reader shares (snippets of evidence, building and checking dates)."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources


def _load_rules() -> dict:
    with resources.files("tochka").joinpath("rules/dates.toml").open("rb") as fh:
        return tomllib.load(fh)


RULES = _load_rules()


@dataclass(frozen=True)
class DateHit:
    value: date
    source: str  # 'text' | 'time' | 'meta' | 'jsonld' | 'url' | 'upload_path' | 'esign' | 'listing' | 'header'
    snippet: str  # <= 80 chars of the text it came from (evidence shown to users)
    # A WordPress month permalink (/2023/09/slug/) names a month, not a day: ``value`` is its
    # 1st, and a day-precise date of the same page may refine it.
    month_only: bool = False



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

_MONTHS = _trie(MONTH_BY_WORD)
_CONNECTORS = _alternation(RULES["text"]["range_connectors"])
_RELATIVE_DAYS = {_fold(k): v for k, v in RULES["relative_days"].items()}

_YEARS = RULES["years"]
_FUTURE = timedelta(days=_YEARS["future_days"])

_SNIPPET = 80
_HTML = RULES["html"]

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


def _web_year_ok(year: int) -> bool:
    """Years a URL, an upload folder or a server header can carry."""
    return _YEARS["url_min"] <= year <= _YEARS["url_max"]

