"""The closed vocabularies of the crawl: why a request was made, and what a page is.

Both are ``StrEnum``s, so they travel through feeds, MongoDB and pickled requests as the
plain strings they always were, while a typo in code fails at import, not mid-crawl.
"""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Why a request was made: decides its priority and how its page is read."""

    HOME = "home"
    PROBE = "probe"                      # a known section slug, tried as a last resort
    SECTION = "section"                  # a link that names the center
    SITEMAP = "sitemap"
    SECTION_CHILD = "section_child"      # a page the section links to
    TIMETABLE = "timetable"              # a document whose label names a timetable
    RECOMMENDATIONS = "recommendations"  # a document that may be the recommendations
    HUB = "hub"                          # «Образование», «Дополнительное образование»…
    NEWS_HUB = "news_hub"
    PAGINATION = "pagination"
    NEWS = "news"                        # one school news item
    MENU = "menu"                        # a generic home-page link tried while looking for the section
    SCRIPT = "script"                    # the page's own script file
    FLUSH = "flush"                      # re-enters the spider to emit a school's report


# Pages reached as lists or menus: their own date is not a publication's.
LIST_ROLES = frozenset({Role.HOME, Role.HUB, Role.NEWS_HUB, Role.PAGINATION})


class PageKind(StrEnum):
    """What a page is. The rule-driven kinds are the ``[[kind]]`` keys of rules/pages.toml;
    the rest are decided by the crawl."""

    # rules/pages.toml
    NOT_FOUND = "not_found"
    TIMETABLE = "timetable"
    DOCUMENTS = "documents"
    NEWS = "news"
    PROGRAMS = "programs"
    TEACHERS = "teachers"
    EQUIPMENT = "equipment"
    GENERAL = "general"
    GALLERY = "gallery"
    LINKS = "links"
    CONTACTS = "contacts"
    # decided by the crawl
    HOME = "home"
    SECTION = "section"
    TIMETABLE_PROMISE = "timetable_promise"  # «расписание будет размещено»: not a timetable
    DOCUMENT = "document"                    # a PDF/DOCX/XLSX
    ERROR = "error"                          # the request failed
    OTHER = "other"
