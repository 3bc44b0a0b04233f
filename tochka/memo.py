"""Memo tables keyed by what one school's pages hold (URLs, links, hosts, texts).

Within a school the same links come back on every page, so memoising them pays; once the
school has reported its keys never come back. Tables declared with ``school_keyed`` are
registered here, and ``tochka.extensions.AnalysisCacheTrim`` empties them all every
``TOCHKA_CACHE_TRIM_SCHOOLS`` finished schools, so a national list cannot grow them.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

SCHOOL_KEYED_CACHES: list[Any] = []


def school_keyed(maxsize: int) -> Callable:
    """``functools.lru_cache(maxsize)``, registered for the periodic trim."""
    def decorate(function: Callable) -> Any:
        cached = lru_cache(maxsize=maxsize)(function)
        SCHOOL_KEYED_CACHES.append(cached)
        return cached
    return decorate


def clear_school_keyed() -> None:
    for cached in SCHOOL_KEYED_CACHES:
        cached.cache_clear()
