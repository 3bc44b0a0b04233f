"""Section discovery and the "about this school's own center" rule, on small strings of
the kinds real school pages use (issue 8, items 5 and 7)."""
from __future__ import annotations

from datetime import date

import pytest

from tochka.analysis import classify, discover, rules
from tochka.analysis.facts import PageContext, PageFacts, analyse_html
from tochka.analysis.page import HtmlPage, Link
from tochka.crawl import policy
from tochka.crawl.section import SectionRoot
from tochka.kinds import Role

TR = rules.centers()["tochka_rosta"]
KV = rules.centers()["kvantorium"]
IT = rules.centers()["it_cube"]

BOILERPLATE = ("Центры «Точка роста» на базе общеобразовательных организаций сельской местности и малых "
               "городов создаются для формирования условий для повышения качества общего образования.")


# -- URL rules see the path as written -------------------------------------------------
def test_url_path_keeps_the_leading_slash_and_the_query():
    assert classify.url_path("https://school.ru/docs/prikaz.html") == "/docs/prikaz.html"
    assert classify.url_path("https://school.ru") == "/"
    assert classify.url_path("https://school.ru/?p=4102") == "/?p=4102"
    assert classify.url_path("https://school.ru/%D0%A2%D0%BE%D1%87%D0%BA%D0%B0") == "/точка"
    assert classify.url_path("https://school.ru/#/tochka-rosta") == "/#/tochka-rosta"


@pytest.mark.parametrize("url, kind", [
    ("https://school.ru/2024/10/10/nedelya-himii/", "news"),     # a WordPress permalink
    ("https://school.ru/docs/polozhenie.html", "documents"),
    ("https://school.ru/blog/zapis-1", "news"),
])
def test_url_rules_match_the_first_path_segment(url, kind):
    assert classify.page_kind(url) == kind


def test_first_segment_slug_makes_a_link_a_candidate():
    """edusite's section lives at /point/: the slug is the first segment."""
    link = Link(url="https://kedr.edusite.ru/point/index.html", label="подробнее", raw_label="Подробнее", image="",
                boilerplate=False)
    assert discover.link_score(link, TR) == 4
    assert [c.url for c in discover.section_candidates([link], TR)] == ["https://kedr.edusite.ru/point/index.html"]


def test_sitemap_reads_first_segment_slugs():
    sitemap = (b"<urlset><url><loc>https://kedr.edusite.ru/point/index.html</loc></url>"
               b"<url><loc>https://kedr.edusite.ru/a/b/c/d/tochka-rosta/</loc></url>"
               b"<url><loc>https://kedr.edusite.ru/news/</loc></url></urlset>")
    assert [p.url for p in policy.sitemap_section_urls(sitemap, TR)] == ["https://kedr.edusite.ru/point/index.html"]


def test_news_url_is_a_poorer_root_even_in_the_first_segment():
    root = SectionRoot()
    root.confirm("https://school.ru/novosti/tochka-rosta.html", "Точка роста", "section")
    root.confirm("https://school.ru/o-shkole/tochka-rosta.html", "Точка роста", "section")
    assert root.url == "https://school.ru/o-shkole/tochka-rosta.html"


# -- the school's own host is never foreign --------------------------------------------
def test_own_gosweb_host_is_not_foreign_though_gosuslugi_is_listed():
    own = "sh5-pervomaysk-r91.gosweb.gosuslugi.ru"
    link = Link(url=f"https://{own}/tochka-rosta", label="точка роста", raw_label="Точка роста", image="",
                boilerplate=False)
    assert discover.is_foreign(link.url)                              # with no school known
    assert not discover.is_foreign(link.url, own)
    assert not discover.is_foreign(f"https://cdn.{own}/tochka-rosta", f"www.{own}")   # a subdomain
    assert discover.is_foreign("https://www.gosuslugi.ru/tochka-rosta", own)        # the portal itself
    assert [c.url for c in discover.section_candidates([link], TR, own)] == [link.url]


def test_plan_links_keeps_the_section_link_of_a_gosweb_school():
    url = "https://shkola4-r43.gosweb.gosuslugi.ru/"
    page = HtmlPage.from_html('<html><body><div class="content"><a href="/tochka-rosta">Точка роста</a>'
                              '<a href="https://www.gosuslugi.ru/tochka">Точка роста на Госуслугах</a></div></body></html>',
                              url)
    planned = policy.plan_links(PageFacts(url=url), page.links, policy.PageRole(Role.HOME, 0, 0, set()), TR, 10, 2024)
    sections = [p.url for p in planned if p.role == Role.SECTION]
    assert sections == ["https://shkola4-r43.gosweb.gosuslugi.ru/tochka-rosta"]


# -- own center: a vote, not a veto ----------------------------------------------------
@pytest.mark.parametrize("center, text, own", [
    # the federal sentence beside the school's own markers
    (TR, "Центр «Точка роста» на базе МБОУ СОШ № 7 создан в 2022 году. " + BOILERPLATE, True),
    (TR, "Центр «Точка роста» на базе МОБУ СОШ № 9 станицы создан в 2023 году. " + BOILERPLATE, True),
    (TR, "Сегодня в нашей школе открывается один из современных Центров «Точка роста».", True),
    (TR, "Работа нашего центра «Точка роста» в первом полугодии. " + BOILERPLATE, True),
    (TR, "Наш центр «Точка роста» приглашает. По стране работает более 2 000 «Точек роста».", True),
    (TR, "В МБОУ «Гвардейская СШ» открылся центр «Точка роста». " + BOILERPLATE, True),
    # the federal sentences alone
    (TR, BOILERPLATE, False),
    (TR, "В регионе открывается один из современных Центров «Точка роста».", False),
    (TR, "В стране уже более 2 000 «Точек роста».", False),
    # visits to another center, whatever its kind
    (TR, "Ученики нашей школы совершили экскурсию в центр «Точка роста» СОШ № 5.", False),
    (KV, "Ученики 3 «А» класса посетили детский технопарк «Кванториум».", False),
    (IT, "Экскурсия в IT-куб для пятиклассников.", False),
    # ... but a visit to the school's own center is not a visit elsewhere
    (TR, "Глава района посетил школьный центр «Точка роста» в МБОУ СОШ с. Каменка.", True),
    (KV, "Родители побывали в нашем школьном Кванториуме.", True),
    # a visit to a Kvantorium says nothing about a «Точка роста» page
    (TR, "Центр «Точка роста» на базе МБОУ СОШ № 1. Ребята посетили детский технопарк «Кванториум».", True),
    # the name alone
    (TR, "В центре «Точка роста» прошла неделя химии", True),
])
def test_own_center_is_a_vote(center, text, own):
    assert discover.about_own_center(center, text) is own


@pytest.mark.parametrize("text", [
    "Педсовет: точки роста школы в новом учебном году",
    "Отправная точка роста: итоги августовского совещания",
    "Индивидуальный план: точки роста учеников 9 класса",
    "SWOT-анализ: сильные стороны, точки роста, риски",
    "Новые точки роста экономики района",
])
def test_management_phrases_are_not_a_center(text):
    assert not discover.about_own_center(TR, text)
    assert not discover.names_center(TR, text)


def test_news_of_the_center_is_not_the_idiom():
    assert discover.about_own_center(TR, "Новости «Точки роста»: неделя физики")


def test_plural_genitive_names_the_center():
    assert TR.named_in("открытие точек роста в районе")


# -- which pages are the section --------------------------------------------------------
def _section(url: str, heading: str, text: str, *, title: str = "", subsection_links: int = 0,
             dated: bool = False) -> bool:
    return discover.is_section_page(TR, url, title or heading, [heading], text.lower(), dated=dated,
                                    subsection_links=subsection_links)


@pytest.mark.parametrize("url", [
    "https://sh-ust-udinskaya-r38.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/meropriyatiya/otkrytie.html",
    "https://school.ru/novosti/otkrytie-tsentra.html",
    "https://school.ru/news/17112",
])
def test_undated_opening_report_under_a_news_url_is_not_the_section(url):
    assert not _section(url, "Открытие центра «Точка роста»", "в нашей школе открылся центр точка роста")


def test_undated_event_heading_is_not_the_section_anywhere():
    assert not _section("https://school.ru/tochka-rosta/otkrytie.html", "«Точка роста». Открытие",
                        "торжественное открытие центра точка роста")
    assert not _section("https://school.ru/4791/23341.html", "Урок физики в «Точке роста»", "урок в точке роста")


def test_section_pages_are_still_recognised():
    assert _section("https://school.ru/tochka-rosta", "Точка роста", "центр точка роста на базе мбоу сош № 4")
    # a news-like URL, but the heading is the center's name
    assert _section("https://school.ru/?p=4102", "Общая информация о центре «Точка роста»", "центр точка роста")
    # the section's own menu of subsections outweighs an event-like heading
    assert _section("https://school.ru/news/tochka", "Открытие центра «Точка роста»", "центр точка роста",
                    subsection_links=3)
    # a heading that describes the center, under the center's slug, the center named in the text
    assert _section("https://school.ru/tochka-rosta/dopolnitelnaya-informatsiya", "Дополнительная информация",
                    "работа центра точка роста")
    assert _section("https://kedr.edusite.ru/point/index.html", "Общая информация", "центр точка роста создан")
    # «Общая информация о центре»: the center's page with its name left out of the heading
    assert _section("https://school.ru/index/obshhaja_informacija/0-212", "Общая информация о центре",
                    "центр точка роста на базе маоу оош № 5", title="Общая информация о центре - МАОУ ООШ № 5")


def test_subsection_heading_without_the_center_slug_is_not_the_section():
    assert not _section("https://school.ru/svedeniya/dokumenty", "Общая информация", "центр точка роста")


def test_timetable_page_at_the_center_slug_stays_a_timetable():
    """A timetable page is held by the section; taking it for the section would cost it its kind."""
    assert not _section("https://school.ru/tochka/raspisanie.html", "Расписание", "занятия центра точка роста")


def test_wordpress_plain_permalink_is_an_item_not_the_home_page():
    """«/?p=2214» sits at the path «/», but with its query it is a news item of its own."""
    html = ("<html><head><title>Проектная неделя</title></head><body><article><h1>Проектная неделя</h1>"
            "<time datetime='2023-11-07'>07.11.2023</time><p>В центре «Точка роста» прошла проектная неделя.</p>"
            "</article></body></html>")
    url = "https://school.ru/?p=2214"
    ctx = PageContext(center=TR, as_of=date(2023, 12, 13), year=2023, role=Role.NEWS)
    facts = analyse_html(HtmlPage.from_html(html, url), ctx)
    assert [(p.url, p.day, p.about_center) for p in facts.publications] == [(url, date(2023, 11, 7), True)]


def test_a_subsection_reached_first_gives_way_to_the_centers_own_page():
    root = SectionRoot()
    root.confirm("https://school.ru/index/raspisanie_tochka_rosta/0-88", "Расписание занятий центра «Точка роста»",
                 "section")
    root.confirm("https://school.ru/index/obshhaja_informacija_o_centre/0-87", "Общая информация о центре «Точка роста»",
                 "section")
    assert root.url == "https://school.ru/index/obshhaja_informacija_o_centre/0-87"
    # ... but a page inside the root never replaces it
    root = SectionRoot()
    root.confirm("https://school.ru/tochka-rosta/", "Документы и расписание «Точки роста»", "section")
    root.confirm("https://school.ru/tochka-rosta/o-centre/", "О центре", "section")
    assert root.url == "https://school.ru/tochka-rosta/"


def test_figures_of_speech_are_taken_out_wherever_they_stand_in_a_long_text():
    from tochka.analysis.discover import _without_figures_of_speech

    filler = "в школе прошёл день открытых дверей. " * 30
    text = (filler + "педсовет: точки роста школы в новом учебном году. " + filler
            + "сильные стороны, точки роста, риски. " + "центр точка роста работает. " + filler)
    cleaned = _without_figures_of_speech(text)
    assert "точки роста школы" not in cleaned and "точки роста, риски" not in cleaned
    assert "центр точка роста работает" in cleaned and cleaned.count("день открытых дверей") == 90
