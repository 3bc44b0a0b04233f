"""Which editions of the methodical recommendations a text or file name names."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from urllib.parse import unquote

from ..memo import school_keyed
from . import rules
from .text import normalize

# the two ways a letter is named: «от 30.11.2023 г. № ТВ-2356/02», «№ ТВ-2356/02 от 30.11.2023»
LETTER_ORDERS = ("date_first", "number_first")


@dataclass(frozen=True)
class Letter:
    """A letter named by its date and number («от 30.11.2023 г. № ТВ-2356/02»)."""

    issued: date
    number: str   # as normalized: «тв-2356/02»


@school_keyed(maxsize=100_000)
def editions_named(text: str) -> tuple[rules.Edition, ...]:
    """Editions named in ``text`` (a link label, a file name, a document's text), oldest
    first. Every center type's entries are tried: schools cite the letters of one center
    type for another («Кванториум» with ТВ-2356/02)."""
    norm = normalize(unquote(text))
    return tuple(sorted((e for e in rules.editions() if e.pattern.search(norm)), key=lambda e: e.issued))


def newest_named(text: str) -> rules.Edition | None:
    """One link may name two letters («ТВ-2356/02 взамен ТВ-977/02»): the newest wins."""
    named = editions_named(text)
    return named[-1] if named else None


def current_edition(center: str, as_of: date) -> rules.Edition | None:
    """The newest edition of this center type issued on or before the monitoring date."""
    issued = [e for e in rules.editions() if e.center == center and e.issued <= as_of]
    return max(issued, key=lambda e: e.issued) if issued else None


def counts_as_current(edition: rules.Edition, current: rules.Edition, as_of: date) -> bool:
    """The current edition itself, or a letter of any center type at least as new and
    issued by the monitoring date (center types borrow letters)."""
    return edition.key == current.key or current.issued <= edition.issued <= as_of


@school_keyed(maxsize=100_000)
def may_be_recommendations(label: str) -> bool:
    """A link that could be the recommendations without naming an edition."""
    return bool(rules.pattern("editions", "recommendation_hints", "text").search(normalize(unquote(label))))


def letters_named(text: str) -> tuple[Letter, ...]:
    """Letters named by date and number, in either order, «г.» allowed after the date."""
    norm = normalize(unquote(text))
    found = []
    matches = [match for order in LETTER_ORDERS
               for match in rules.pattern("editions", "unknown_edition", order).finditer(norm)]
    for match in matches:
        parts = match.groupdict()
        try:
            issued = date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        except ValueError:
            continue   # «от 31.02.2024»: not a date, so not a letter we can place
        found.append(Letter(issued, parts["number"]))
    return tuple(found)


def unknown_newer_letter(text: str, center: str, as_of: date) -> Letter | None:
    """A letter on the recommendations that the registry does not know, newer than its
    newest edition for this center type and issued by the monitoring date: most likely a
    new edition, so it counts as current and the registry needs a new entry."""
    newest = max((e.issued for e in rules.editions() if e.center == center), default=date.min)
    norm = normalize(unquote(text))
    if not rules.pattern("editions", "unknown_edition", "subject").search(norm):
        return None
    fresh = [letter for letter in letters_named(text)
             if newest < letter.issued <= as_of and not editions_named(letter.number)]
    return max(fresh, key=lambda letter: letter.issued) if fresh else None


@cache
def unknown_edition_note() -> str:
    """The Russian note that asks for a new registry entry ({letter}, {url} filled in)."""
    return str(rules.load_table("editions")["unknown_edition"]["note_ru"])
