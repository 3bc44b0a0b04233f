"""What a page is: a timetable, news, documents, another subsection, or a 404 in disguise."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from ..kinds import PageKind
from ..memo import school_keyed
from ..urls import client_route
from . import rules
from .text import normalize


def is_not_found(title: str, heading: str) -> bool:
    """A "page not found" served with status 200 (soft 404)."""
    kind = _kind(PageKind.NOT_FOUND)
    return bool(kind.text and kind.text.search(normalize(f"{title} {heading}")))


def _matches(kind: rules.PageKind, text: str, path: str) -> bool:
    if kind.not_text is not None and kind.not_text.search(text):
        return False
    if kind.text is not None and kind.text.search(text):
        return True
    return bool(kind.url is not None and path and kind.url.search(path))


@school_keyed(maxsize=200_000)
def url_path(url: str) -> str:
    """What every URL rule reads: the path as written, with its leading «/» (so that
    ``/docs?/`` or ``/\\d{4}/`` match the first segment too), the query, and a
    client-side route; percent-decoded, lower case."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    route = client_route(url)
    if route:
        path += "#" + route
    return unquote(path).lower()


@school_keyed(maxsize=200_000)
def page_kind(url: str, *labels: str) -> str:
    """The kind named by the first label that names one (anchor text, then heading,
    then title), else by the URL; "other" when nothing matches."""
    path = url_path(url)
    kinds = [kind for kind in rules.page_kinds() if kind.key != PageKind.NOT_FOUND]
    for label in labels:
        text = normalize(label)
        if not text:
            continue
        for kind in kinds:
            if _matches(kind, text, ""):
                return kind.key
    for kind in kinds:
        if kind.url is not None and kind.url.search(path):
            return kind.key
    return "other"


def is_news_url(url: str) -> bool:
    """A URL in a news feed or of a news item (``/novosti/…``, ``/meropriyatiya/…``, ``/?p=12``)."""
    pattern = _kind(PageKind.NEWS).url
    return bool(pattern and pattern.search(url_path(url)))


def describes_center(heading: str) -> bool:
    """A heading of a subsection that describes the center in prose («Общая информация»,
    «Дополнительная информация»), not one that holds a timetable or a list."""
    return page_kind("", heading) in _DESCRIPTIVE_KINDS


_DESCRIPTIVE_KINDS = frozenset({PageKind.GENERAL, PageKind.LINKS})


@school_keyed(maxsize=200_000)
def is_timetable_label(label: str, url: str = "") -> bool:
    """A link or heading that names a timetable (and not a plan or a promise of one).
    «Режим работы центра» alone is not one: it may be mere opening hours."""
    kind = _kind(PageKind.TIMETABLE)
    text = normalize(label)
    if kind.not_text and kind.not_text.search(text):
        return False
    if kind.text and kind.text.search(_weak_timetable_words().sub(" ", text)):
        return True
    return bool(url and kind.url and kind.url.search(unquote(url).lower()))


def is_not_timetable_label(label: str) -> bool:
    """«Календарный учебный график», «План мероприятий», «будет размещено»: looks like one, is not."""
    kind = _kind(PageKind.TIMETABLE)
    return bool(kind.not_text and kind.not_text.search(normalize(label)))


@school_keyed(maxsize=50_000)
def is_weak_timetable_label(label: str) -> bool:
    """«Режим работы центра»: a timetable only when days and times of classes follow."""
    return not is_not_timetable_label(label) and bool(_weak_timetable_words().search(normalize(label)))


def _weak_timetable_words():
    return rules.pattern("pages", "timetable_weak", "text")


def promises_timetable(text: str) -> bool:
    """«Расписание будет опубликовано позже»: a page about a timetable that is not there."""
    return bool(rules.pattern("pages", "timetable_promise", "text").search(text))


@school_keyed(maxsize=50_000)
def timetable_kinds(label: str) -> tuple[str, ...]:
    """Which timetables a label covers: lessons, extracurricular, additional, center."""
    text = normalize(label)
    found = tuple(key for key, regex in _timetable_kind_patterns() if regex.search(text))
    return found or ("general",)


def subsection_of(kind: str) -> str | None:
    """The subsection a page kind stands for; a promised timetable is not one."""
    spec = rules.page_kinds_by_key().get(kind)
    return spec.subsection if spec else None


def _kind(key: str) -> rules.PageKind:
    return rules.page_kinds_by_key()[key]


def _timetable_kind_patterns():
    table = rules.pages()["timetable_kinds"]
    return [(key, rules.pattern("pages", "timetable_kinds", key)) for key in table]
