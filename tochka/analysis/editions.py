"""Which editions of the methodical recommendations a text or file name names."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from urllib.parse import unquote

from . import rules
from .text import normalize


@lru_cache(maxsize=100_000)
def editions_named(text: str, center: str) -> tuple[rules.Edition, ...]:
    """Editions for this kind of center named in ``text`` (a link label, a file
    name, a document's text), oldest first."""
    norm = normalize(unquote(text))
    return tuple(sorted((e for e in rules.editions() if e.center == center and e.pattern.search(norm)),
                        key=lambda e: e.issued))


def newest_named(text: str, center: str) -> rules.Edition | None:
    """One link may name two letters («ТВ-2356/02 взамен ТВ-977/02»): the newest wins."""
    named = editions_named(text, center)
    return named[-1] if named else None


def current_edition(center: str, as_of: date) -> rules.Edition | None:
    """The newest edition issued on or before the monitoring date."""
    issued = [e for e in rules.editions() if e.center == center and e.issued <= as_of]
    return max(issued, key=lambda e: e.issued) if issued else None


@lru_cache(maxsize=100_000)
def may_be_recommendations(label: str) -> bool:
    """A link that could be the recommendations without naming an edition."""
    return bool(rules.pattern("editions", "recommendation_hints", "text").search(normalize(unquote(label))))
