"""Finding a school's center section: candidate links and section pages."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..memo import school_keyed
from ..urls import host_of
from . import classify, rules
from .page import HtmlPage, Link
from .text import normalize

# A candidate needs at least this score; the name in the text alone reaches it,
# a slug or an image file name alone does not quite (they need a second hint).
SECTION_THRESHOLD = 5


@dataclass(frozen=True)
class SectionCandidate:
    url: str
    score: int
    evidence: str


def is_foreign(url: str, own_host: str = "") -> bool:
    """A link to a federal portal, an operator or a social network. The school's own host
    and its subdomains never are, even under a listed one (a Gosweb school lives at
    ``*.gosweb.gosuslugi.ru``, and ``gosuslugi.ru`` is listed)."""
    host = host_of(url)
    own = own_host.removeprefix("www.")
    if own and _within(host, own):
        return False
    return _foreign_host(host)


@school_keyed(maxsize=50_000)
def _foreign_host(host: str) -> bool:
    return any(_within(host, h) for h in rules.foreign_hosts())


def _within(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


@school_keyed(maxsize=200_000)
def link_score(link: Link, center: rules.CenterRules) -> int:
    score = 0
    if center.name.search(link.label):
        score += 10
    elif center.full_name.search(link.label):
        score += 8
    path = classify.url_path(link.url)
    if center.url_slug.search(path) or center.url_slug.search(host_of(link.url).split(".")[0]):
        score += 4
    if link.image and (center.image.search(link.image) or center.name.search(link.image)):
        score += 6
    return score


def section_candidates(links: list[Link], center: rules.CenterRules, own_host: str = "") -> list[SectionCandidate]:
    """Links that may lead to the center's section, best first; ``own_host`` is the host
    of the school's page that shows them."""
    best: dict[str, SectionCandidate] = {}
    for link in links:
        if is_foreign(link.url, own_host):
            continue
        score = link_score(link, center)
        if score >= SECTION_THRESHOLD - 1 and score > best.get(link.url, SectionCandidate("", -1, "")).score:
            best[link.url] = SectionCandidate(link.url, score, link.raw_label or link.image or link.url)
    return sorted(best.values(), key=lambda c: -c.score)


def about_own_center(center: rules.CenterRules, text: str, *, normalized: bool = False) -> bool:
    """Text about this school's center: it names the center, and the markers vote
    (``centers.toml [mentions]``): a visit to another center («экскурсия в «Точку роста»
    СОШ № 5», «посетили детский технопарк «Кванториум»») says no; the school's own markers
    («на базе МБОУ …», «в нашей школе», «наш центр») say yes even beside the programme's
    standard sentences («Центры «Точка роста» … создаются…», «более 2 000 «Точек роста»»),
    which alone say no."""
    norm = _without_figures_of_speech(text if normalized else normalize(text))
    if not center.named_in(norm):
        return False
    if _marker_naming(center, "visit", norm):
        return False
    if _mentions("own").search(norm):
        return True
    return not _marker_naming(center, "programme", norm)


def names_center(center: rules.CenterRules, *texts: str) -> bool:
    return any(center.named_in(_without_figures_of_speech(normalize(t))) for t in texts if t)


# how far a figure-of-speech phrase reaches before and after its word («сильные стороны,
# … точки роста» is the longest reach before it)
_FIGURE_BEFORE, _FIGURE_AFTER = 200, 100


@cache
def _figure_word() -> str:
    return rules.load_table("centers")["mentions"]["not_center_word"]


def _without_figures_of_speech(norm: str) -> str:
    """«Педсовет: точки роста школы», «отправная точка роста» are not the center. Every such
    phrase has the word «роста»: most texts are spared the search."""
    word = _figure_word()
    at = norm.find(word)
    if at < 0:
        return norm
    # the phrases lie within a sentence of the word: search only windows around it
    pattern, pieces, done = _mentions("not_center"), [], 0
    while at >= 0:
        start, end = max(done, at - _FIGURE_BEFORE), at + len(word) + _FIGURE_AFTER
        at = norm.find(word, at + len(word))
        while 0 <= at < end + _FIGURE_BEFORE:
            end = at + len(word) + _FIGURE_AFTER
            at = norm.find(word, at + len(word))
        pieces += [norm[done:start], pattern.sub(" ", norm[start:end])]
        done = min(end, len(norm))
    pieces.append(norm[done:])
    return "".join(pieces)


def _marker_naming(center: rules.CenterRules, key: str, norm: str) -> bool:
    """A marker counts for the center it names, not for another kind of center."""
    return any(center.named_in(m.group(0)) for m in _mentions(key).finditer(norm))


def _mentions(key: str) -> re.Pattern:
    return rules.pattern("centers", "mentions", key)


def names_whole_site_center(center: rules.CenterRules, page: HtmlPage, seed_name: str = "") -> bool:
    """A home page named after a center that may own a whole site (a Kvantorium, an IT-cube):
    by its title or first headings, or, when the title is only «Главная», by the seed's name
    together with what the site says of itself (logo, header). A school's seed name does not
    name the center, so a school site with a center banner in its header stays a school."""
    if not center.whole_site:
        return False
    return names_center(center, page.title, *page.headings[:2]) or (
        names_center(center, seed_name) and names_center(center, page.site_identity))


def is_name_like(center: rules.CenterRules, heading: str) -> bool:
    """A heading that is the center's name («Центр «Точка роста»», «О центре …»), not a
    sentence about it («Неделя химии в центре «Точка роста»»)."""
    text = normalize(heading)
    if not center.named_in(text):
        return False
    rest = center.full_name.sub(" ", center.name.sub(" ", text))
    return not [w for w in re.findall(r"[a-zа-я]+", rest) if w not in _NAME_FILLERS]


_NAME_FILLERS = frozenset({
    "центр", "центра", "центре", "о", "об", "раздел", "информация", "общая", "страница", "на", "базе", "в", "и",
    "мбоу", "мкоу", "моу", "гбоу", "маоу", "сош", "оош", "школы", "школа", "лицея", "гимназии", "образования",
    "естественно", "научной", "технологической", "направленностей", "цифрового", "гуманитарного", "профилей",
})


def is_section_page(center: rules.CenterRules, url: str, title: str, headings: list[str], main_text: str,
                    *, dated: bool, subsection_links: int) -> bool:
    """A real section page names the center in its heading or title, or talks about the
    center under a heading that describes it («Общая информация о центре», or «Общая
    информация» at a center slug). A news item about the center is not
    the section, unless it carries the section's own menu of subsections: a dated page, a
    page under a news URL (``/novosti/…``, ``/meropriyatiya/…``) or a page headed like an
    event («Открытие центра «Точка роста»»), when its heading is not the center's name."""
    first = (headings[:1] or [title])[0]
    if subsection_links < 2 and not is_name_like(center, first) and (
            dated or classify.is_news_url(url) or _reads_as_event(first)):
        return False
    if names_center(center, title, *headings[:3]):
        return True
    if not center.named_in(main_text[:3000]):
        return False
    at_slug = bool(center.url_slug.search(classify.url_path(url)))
    return (at_slug and (subsection_links >= 2 or classify.describes_center(first))) or \
        any(_is_center_heading(h) for h in headings[:2])


def _reads_as_event(heading: str) -> bool:
    return bool(rules.pattern("centers", "section_pages", "not_section_headings").search(normalize(heading)))


def _is_center_heading(heading: str) -> bool:
    """«О центре», «Общая информация о центре»: the center's page, its name left out."""
    words = re.findall(r"[a-zа-я]+", normalize(heading))
    return any(w.startswith("центр") for w in words) and all(w in _NAME_FILLERS for w in words)
