"""Finding a school's center section: candidate links and section pages."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote

from lxml import etree

from ..urls import host_of
from . import rules
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


def is_foreign(url: str) -> bool:
    return _foreign_host(host_of(url))


@lru_cache(maxsize=50_000)
def _foreign_host(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in rules.foreign_hosts())


@lru_cache(maxsize=200_000)
def link_score(link: Link, center: rules.CenterRules) -> int:
    score = 0
    if center.name.search(link.label):
        score += 10
    elif center.full_name.search(link.label):
        score += 8
    path = unquote(link.url.split("://", 1)[-1].partition("/")[2]).lower()
    if center.url_slug.search(path) or center.url_slug.search(host_of(link.url).split(".")[0]):
        score += 4
    if link.image and (center.image.search(link.image) or center.name.search(link.image)):
        score += 6
    return score


def section_candidates(links: list[Link], center: rules.CenterRules) -> list[SectionCandidate]:
    """Links that may lead to the center's section, best first."""
    best: dict[str, SectionCandidate] = {}
    for link in links:
        if is_foreign(link.url):
            continue
        score = link_score(link, center)
        if score >= SECTION_THRESHOLD - 1 and score > best.get(link.url, SectionCandidate("", -1, "")).score:
            best[link.url] = SectionCandidate(link.url, score, link.raw_label or link.image or link.url)
    return sorted(best.values(), key=lambda c: -c.score)


def about_own_center(center: rules.CenterRules, text: str, *, normalized: bool = False) -> bool:
    """Text about this school's center: it names the center, and not only as another
    school's center («экскурсия в «Точку роста» СОШ № 5») or the programme at large
    («откроются ещё 25 центров «Точка роста»»)."""
    norm = text if normalized else normalize(text)
    if not center.named_in(norm):
        return False
    elsewhere = rules.pattern("centers", "mentions", "elsewhere")
    return not elsewhere.search(norm)


def names_center(center: rules.CenterRules, *texts: str) -> bool:
    return any(center.named_in(normalize(t)) for t in texts if t)


def names_whole_site_center(center: rules.CenterRules, page: HtmlPage, seed_name: str = "") -> bool:
    """A home page named after a center that may own a whole site (a Kvantorium, an IT-cube):
    by its title or first headings, or, when the title is only «Главная», by the seed's name
    together with what the site says of itself (logo, header). A school's seed name does not
    name the center, so a school site with a center banner in its header stays a school."""
    if not center.whole_site:
        return False
    return names_center(center, page.title, *page.headings[:2]) or (
        names_center(center, seed_name) and names_center(center, site_identity(page)))


def site_identity(page: HtmlPage) -> str:
    """The site's name for itself: logo alt/title, the header's prose (menus left out),
    og:site_name."""
    parts = [str(value) for value in _SITE_NAME_XPATH(page.root)]
    for element in _identity_xpath()(page.root):
        parts += [str(value) for value in _IDENTITY_TEXT_XPATH(element)]
    return " ".join(" ".join(parts).split())[:2000]


_SITE_NAME_XPATH = etree.XPath("//meta[@property='og:site_name']/@content")
# alt/title of images, and text that is not in a menu (a list), a script or a style
_IDENTITY_TEXT_XPATH = etree.XPath(
    ".//img/@alt | .//img/@title | .//text()[not(ancestor::ul or ancestor::ol or ancestor::nav"
    " or ancestor::script or ancestor::style or ancestor::noscript)]")


@cache
def _identity_xpath() -> etree.XPath:
    lower = "translate(concat(' ', @class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    words = " or ".join(f"contains({lower}, '{word}')" for word in rules.load_table("centers")["whole_site"]["identity_words"])
    # the outermost matching elements only: a logo inside a header is read once
    # an article's own header is the article's, not the site's
    return etree.XPath(f"//body//*[(self::header or {words}) and not(ancestor::*[self::header or {words}])"
                       " and not(ancestor::article or ancestor::main)]")


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
    """A real section page names the center in its heading or title, or sits at a
    center slug and talks about the center in its own text. A dated news item about
    the center («Неделя химии в центре «Точка роста»») is not the section, unless it
    carries the section's own menu of subsections."""
    if dated and subsection_links < 2 and not any(is_name_like(center, h) for h in headings[:1] or [title]):
        return False
    if names_center(center, title, *headings[:3]):
        return True
    path = unquote(url.split("://", 1)[-1].partition("/")[2]).lower()
    return bool(center.url_slug.search(path) and center.named_in(main_text[:3000]) and subsection_links >= 2)
