"""Which page is the root of a school's center section, and the evidence for it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..analysis import classify
from ..kinds import PageKind, Role
from ..urls import canonical

MAX_EVIDENCE = 5
# /tochka-rosta.html is the page of the folder /tochka-rosta/
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?)$", re.I)


@dataclass
class SectionRoot:
    """The first section page found is the root, until a page above it shows up, or a
    page of the center's own replaces a poorer one: a news feed that named it, or one of
    its subsections (the timetable, the documents) reached before its main page."""

    url: str | None = None
    evidence: list[str] = field(default_factory=list)
    whole_site: bool = False
    poor: bool = False   # the root is a news feed or a subsection page

    def found_whole_site(self, url: str, title: str) -> None:
        self.whole_site = True
        self.url = url
        self.evidence.append(f"сайт центра: «{title[:100]}»")

    def confirm(self, url: str, anchor: str, role: str) -> None:
        how = "найден по известному адресу" if role == Role.PROBE else (
            f"ссылка «{anchor[:100]}»" if anchor else "страница раздела")
        current = self.url
        poor = _poor_root(url, anchor)
        richer = self.poor and not poor and current is not None and not is_above(current, url)
        if current is None or (not self.whole_site and (is_above(url, current) or richer)):
            self.url, self.poor = url, poor
            self.evidence.insert(0, f"{url} — {how}")
        elif len(self.evidence) < MAX_EVIDENCE and canonical(url) != canonical(current):
            self.evidence.append(f"{url} — ещё одна страница раздела")

    def is_root(self, url: str) -> bool:
        return self.url is not None and canonical(url) == canonical(self.url)


def is_above(url: str, other: str) -> bool:
    """``url`` is a parent path of ``other`` on the same host: /tochka-rosta/ over
    /tochka-rosta/novosti/, and on static sites /tochka-rosta.html over /tochka-rosta/dokumenty.html."""
    a, b = urlsplit(canonical(url)), urlsplit(canonical(other))
    folder = _PAGE_SUFFIX.sub("", a.path.rstrip("/"))
    return (a.netloc == b.netloc and not a.query and a.path != b.path and len(folder) > 1
            and b.path.startswith(folder + "/"))


def _poor_root(url: str, anchor: str) -> bool:
    """A news category or feed («/news/tochka_rosta/1-0-3» on uCoz), or a subsection that
    holds one thing («Расписание занятий центра «Точка роста»»): a poorer section root than
    a page of the center's own («Общая информация о центре»)."""
    return classify.is_news_url(url) or classify.page_kind("", anchor) not in _ROOT_KINDS


# what the link text of a section's main page names
_ROOT_KINDS = frozenset({PageKind.OTHER, PageKind.GENERAL, PageKind.LINKS, PageKind.CONTACTS})
