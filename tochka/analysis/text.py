"""Text normalization shared by every rule matcher."""
from __future__ import annotations

import re

_QUOTES = str.maketrans({c: " " for c in "«»\"“”„‟'`´"} | {"ё": "е", "Ё": "е"})
_DASHES = re.compile(r"\s*[‐‑‒–—―−]\s*|\s+-\s*|\s*-\s+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lower case, «ё» as «е», quotes dropped, every dash as "-", spaces collapsed."""
    text = text.translate(_QUOTES).lower()
    text = text.replace("&quot;", " ").replace("\xa0", " ")
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def snippet(text: str, limit: int = 120) -> str:
    """A short, single-line piece of text to show as evidence."""
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
