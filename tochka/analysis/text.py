"""Text normalization shared by every rule matcher."""
from __future__ import annotations

import re

from ..memo import school_keyed

_QUOTES = re.compile(r"[«»\"“”„‟'`´]")
_UNICODE_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACES = re.compile(r"\s+")
# Menu labels, link texts and headings repeat on every page of a site: remember them.
_CACHED_LENGTH = 300


def normalize(text: str) -> str:
    """Lower case, «ё» as «е», quotes dropped, every dash as "-" without spaces around it,
    spaces collapsed."""
    if len(text) <= _CACHED_LENGTH:
        return _normalize_short(text)
    return _normalize(text)


@school_keyed(maxsize=100_000)
def _normalize_short(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    # every step is one C-level pass over the text: this runs on whole pages
    text = text.lower().replace("ё", "е").replace("&quot;", " ")
    text = _UNICODE_DASHES.sub("-", _QUOTES.sub(" ", text))
    text = " ".join(text.split())
    return text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def snippet(text: str, limit: int = 120) -> str:
    """A short, single-line piece of text to show as evidence."""
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
