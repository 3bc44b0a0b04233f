"""Text from crawled pages and from the school list is hostile until proven otherwise.

Spreadsheets: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read as a formula by Excel and LibreOffice (CSV injection); OWASP's advice is to prefix
such a cell with a single quote so that it is shown as the text it is.
Links: only http(s) URLs become clickable, so a ``javascript:`` address found on a page
can never run in the HTML report or open from the workbook.
"""
from __future__ import annotations

from urllib.parse import urlsplit

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
LINK_SCHEMES = ("http", "https")


def neutralise(value):
    """``value`` with a leading single quote when it is text a spreadsheet would run; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def link(url) -> str | None:
    """``url`` when it is an absolute http(s) address safe to put behind a link, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in LINK_SCHEMES and parts.netloc else None
