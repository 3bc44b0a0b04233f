"""Unit tests of the page analysis on HTML strings: no crawl, no network."""
from __future__ import annotations

from datetime import date

import pytest

from tochka.analysis import classify, discover, editions, rules
from tochka.analysis.dates import dated_blocks
from tochka.analysis.documents import DocumentText
from tochka.analysis.facts import PageContext, analyse_document, analyse_html
from tochka.analysis.page import HtmlPage
from tochka.analysis.text import normalize

AS_OF = date(2023, 12, 13)
TR = rules.centers()["tochka_rosta"]


def page_of(html: str, url: str = "http://school.ru/", **options) -> HtmlPage:
    return HtmlPage.from_html(html, url, **options)


def analyse(html: str, url: str = "http://school.ru/x/", **ctx) -> object:
    context = PageContext(center=ctx.pop("center", TR), as_of=AS_OF, year=2023, **ctx)
    return analyse_html(page_of(html, url), context)


SCHOOL_PAGE = """<html><head><title>{title}</title></head><body>
<div class="top-menu"><ul><li><a href="/">Главная</a></li>
<li><a href="/tochka-rosta/">Точка роста</a><ul><li><a href="/tochka-rosta/docs/">Документы</a></li></ul></li>
<li><a href="/news/">Новости</a></li></ul></div>
<div class="content"><h1>{heading}</h1>{content}</div>
<footer>© 2015–2023 МБОУ СОШ № 1. <a href="https://edsoo.ru/">ЕСОО</a></footer></body></html>"""


def school_page(heading: str, content: str = "", title: str = "МБОУ СОШ № 1") -> str:
    return SCHOOL_PAGE.format(title=title, heading=heading, content=content)


# -- text and page object ------------------------------------------------------------
def test_normalize_quotes_dashes_yo():
    assert normalize("Центр «Точка  Роста» — ЁЛКА") == "центр точка роста-елка"


def test_route_links_are_pages_only_on_rendered_pages():
    html = ("<html><body><a href='#/tochka-rosta'>Точка роста</a><a href='#top'>Наверх</a>"
            "<a href='/news/'>Новости</a></body></html>")
    assert [link.url for link in page_of(html).links] == ["http://school.ru/news/"]
    assert [link.url for link in page_of(html, routes=True).links] == [
        "http://school.ru/#/tochka-rosta", "http://school.ru/news/"]


def test_links_know_menus_groups_and_images():
    page = page_of(school_page("Главная", '<p>См. <a href="/a.pdf">скачать</a> расписание на 2023-2024</p>'
                                            '<a href="/c/"><img src="/i/tochka-300x180.jpg" alt=""></a>'))
    by_url = {link.url: link for link in page.links}
    assert by_url["http://school.ru/tochka-rosta/"].boilerplate
    assert by_url["http://school.ru/tochka-rosta/"].group == by_url["http://school.ru/tochka-rosta/docs/"].group
    assert not by_url["http://school.ru/a.pdf"].boilerplate
    assert "2023-2024" in by_url["http://school.ru/a.pdf"].label  # «скачать» takes its line's words
    assert by_url["http://school.ru/c/"].image.startswith("tochka-300x180")
    assert "© 2015" not in page.main_text and "главная" in page.main_text


def test_base_href_and_session_ids():
    page = page_of('<html><head><base href="http://school.ru/site/"></head><body>'
                      '<a href="pages/a.html?PHPSESSID=abc123">a</a></body></html>', "http://school.ru/site/")
    assert page.links[0].url == "http://school.ru/site/pages/a.html"


# -- classification ------------------------------------------------------------------
@pytest.mark.parametrize("label, kind", [
    ("Расписание занятий на 2023-2024 учебный год", "timetable"),
    ("Режим занятости обучающихся", "timetable"),
    ("Календарный учебный график", "other"),
    ("План мероприятий центра", "other"),
    ("Нормативные документы", "documents"),
    ("Новости центра", "news"),
    ("Педагоги центра", "teachers"),
    ("Материально-техническая база", "equipment"),
    ("Образовательные программы", "programs"),
])
def test_page_kind(label, kind):
    assert classify.page_kind("http://school.ru/p123", label) == kind


def test_kind_by_url_when_labels_say_nothing():
    assert classify.page_kind("http://school.ru/tochka/raspisanie/", "", "Страница") == "timetable"


def test_timetable_kinds_do_not_confuse_vneurochnaya():
    assert classify.timetable_kinds("Расписание внеурочной деятельности") == ("extracurricular",)
    assert classify.timetable_kinds("Расписание уроков") == ("lessons",)
    assert classify.timetable_kinds("Расписание") == ("general",)


def test_soft_404():
    assert classify.is_not_found("Страница не найдена", "")
    assert not classify.is_not_found("Центр «Точка роста»", "Точка роста")


# -- discovery -----------------------------------------------------------------------
def test_section_candidates_by_text_slug_and_banner():
    page = page_of(school_page("Главная", '<a href="/centr/"><img src="/images/tochka-300x180.jpg"></a>'
                                            '<a href="http://sosh5.ru/tochka-rosta/">Точка роста СОШ № 5</a>'
                                            '<a href="https://dop.edu.ru/tochka">Точка роста</a>'))
    found = [c.url for c in discover.section_candidates(page.links, TR)]
    assert found[0] == "http://school.ru/tochka-rosta/"
    assert "http://school.ru/centr/" in found
    assert not any("dop.edu.ru" in url for url in found)  # a federal portal is never the section


@pytest.mark.parametrize("heading, expected", [
    ("Центр «Точка роста»", True),
    ("Центр образования естественно-научной и технологической направленностей «Точка роста»", True),
    ("Неделя химии в центре «Точка роста»", False),
])
def test_name_like_headings(heading, expected):
    assert discover.is_name_like(TR, heading) is expected


@pytest.mark.parametrize("text, own", [
    ("В центре «Точка роста» прошла неделя химии", True),
    ("Экскурсия в центр «Точка роста» СОШ № 5", False),
    ("В области откроются ещё 25 центров «Точка роста»", False),
    ("Новые точки роста: итоги августовского совещания", False),
    ("Центр «Точка роста» МБОУ СОШ №2 приглашает", True),
])
def test_about_own_center(text, own):
    assert discover.about_own_center(TR, text) is own


def test_section_page_versus_news_item():
    section = analyse(school_page("Центр «Точка роста»", "<p>Центр создан в 2021 году.</p>"
                                  '<a href="/tochka-rosta/docs/">Документы</a><a href="/tochka-rosta/rasp/">Расписание</a>'),
                      role="section")
    assert section.is_section and section.kind == "section"
    news = analyse(school_page("Неделя химии в центре «Точка роста»",
                              '<div class="news-date">14 ноября 2023</div><p>Опыты в цифровой лаборатории.</p>'),
                   url="http://school.ru/news/nedelya-khimii.html", role="news")
    assert not news.is_section and news.kind == "news"
    assert news.publications[0].day == date(2023, 11, 14) and news.publications[0].about_center


WHOLE_SITE_HOME = """<html><head><title>Главная</title>{meta}</head><body>
<div class="site-header"><a href="/"><img src="/img/logo.png" alt="{logo}"></a>
<div class="site-description">{description}</div>
<ul class="menu"><li><a href="/o-nas/">О нас</a></li><li><a href="/it-kub/">{menu}</a></li></ul></div>
<main><h1>Новости</h1><article><header><h2>Хакатон «Код будущего»</h2></header><p>Итоги хакатона.</p></article></main>
</body></html>"""
CUBE = rules.centers()["it_cube"]
CUBE_SEED = "Центр цифрового образования детей «IT-куб» г. Горнозаводск"


def whole_site_home(logo: str = "", description: str = "", menu: str = "Программы", meta: str = "") -> HtmlPage:
    return page_of(WHOLE_SITE_HOME.format(logo=logo, description=description, menu=menu, meta=meta))


@pytest.mark.parametrize("home", [
    whole_site_home(logo="IT-куб Горнозаводск"),
    whole_site_home(description="Центр цифрового образования детей «IT-куб» г. Горнозаводск"),
    whole_site_home(meta='<meta property="og:site_name" content="IT-куб.Горнозаводск">'),
])
def test_a_whole_site_center_titled_glavnaya_is_named_by_seed_logo_or_header(home):
    assert discover.names_whole_site_center(CUBE, home, CUBE_SEED)


def test_a_school_site_is_not_a_whole_site_center():
    # the seed is a school: its header's banner names the center, the site is the school's
    school = whole_site_home(logo="МБОУ СОШ № 2", description="Центр «IT-куб» на базе школы")
    assert not discover.names_whole_site_center(CUBE, school, "МБОУ СОШ № 2")
    # a center seed, but only a menu entry and a news heading name it: the site does not say it is the center
    assert not discover.names_whole_site_center(CUBE, whole_site_home(menu="IT-куб"), CUBE_SEED)
    # «Точка роста» is never a whole site
    assert not discover.names_whole_site_center(TR, whole_site_home(logo="Точка роста"), "Точка роста")


# -- held content: timetables, editions, subsections ----------------------------------
def test_section_page_holds_timetables_editions_subsections():
    facts = analyse(school_page("Точка роста", """
        <ul><li><a href="/files/rasp_2023-2024.pdf">Расписание внеурочной деятельности на 2023-2024 уч. год</a></li>
        <li><a href="/files/rasp-old.pdf">Расписание на 2022/23 учебный год</a></li>
        <li><a href="/files/graf.pdf">Календарный учебный график</a></li>
        <li><a href="/netcat_files/50/2957/Metodicheskie_rekomendatsii_TV-2356_02.pdf">Методические рекомендации</a></li>
        <li><a href="/files/mr.pdf">Письмо от 30.11.2023 № ТВ-2356/02 (взамен ТВ-977/02)</a></li>
        <li><a href="/tochka-rosta/pedagogi/">Педагоги</a></li></ul>"""), role="section")
    years = {ref.url.rsplit("/", 1)[-1]: {d.academic_year for d in ref.datings} for ref in facts.timetables}
    assert years == {"rasp_2023-2024.pdf": {"2023-2024"}, "rasp-old.pdf": {"2022-2023"}}
    assert {ref.edition for ref in facts.editions} == {"2023-TV-2356"}
    assert {"schedule", "teachers"} <= set(facts.subsections)


def test_promised_timetable_is_not_a_timetable():
    facts = analyse(school_page("Расписание", "<p>Расписание на 2023-2024 учебный год будет опубликовано позже.</p>"),
                    anchor="Расписание")
    assert facts.kind == "timetable_promise" and not [t for t in facts.timetables if t.url == facts.url]


def test_document_text_dates_a_timetable_by_its_signature():
    doc = DocumentText("pdf", "РАСПИСАНИЕ занятий центра. Документ подписан электронной подписью. "
                              "Дата: 2023.08.30 13:42:09 +03'00'", None)
    facts = analyse_document(doc, "http://school.ru/f.pdf", 200,
                             PageContext(TR, AS_OF, 2023, anchor="Расписание", role="timetable"))
    assert facts.kind == "timetable"
    assert any(d.source == "esign" and d.day == date(2023, 8, 30) for d in facts.timetables[0].datings)


def test_dated_blocks_take_year_from_heading():
    page = page_of("<html><body><h2>2023 год</h2><p><b>20 октября</b> — семинар в центре.</p>"
                      "<h2>2022 год</h2><p><b>1 сентября</b> — открытие центра.</p></body></html>")
    assert [d for d, _ in dated_blocks(page, AS_OF)] == [date(2023, 10, 20), date(2022, 9, 1)]


def test_a_short_news_list_is_not_one_item_lending_its_words():
    html = ("<html><body><div class='news-list'>"
            "<div class='item'><span>08.12.2023</span> <a href='/n/3'>Итоги олимпиады</a>"
            "<div>Поздравляем победителей.</div></div>"
            "<div class='item'><span>14.11.2023</span> <a href='/n/2'>Открытые уроки в «Точке роста»</a></div>"
            "</div></body></html>")
    page = page_of(html)
    blocks = dated_blocks(page, AS_OF)
    assert [d for d, _ in blocks] == [date(2023, 12, 8), date(2023, 11, 14)]
    assert "Точке роста" not in blocks[0][1]  # the olympiad item keeps its own words


# -- editions ------------------------------------------------------------------------
@pytest.mark.parametrize("center, text, key", [
    ("tochka_rosta", "Письмо от 30.11.2023 № ТВ-2356/02 (взамен ТВ–977/02)", "2023-TV-2356"),
    ("tochka_rosta", "/netcat_files/50/2957/Metodicheskie_rekomendatsii_TV-2356_02.pdf", "2023-TV-2356"),
    ("tochka_rosta", "письмо от 31.05.2022 № ТВ-977/02", "2022-TV-977"),
    ("tochka_rosta", "распоряжение от 12.01.2021 № Р-6", "2021-R-6"),
    ("tochka_rosta", "Распоряжение от 01.03.2019 № Р-20", "2019-R-20"),
    ("tochka_rosta", "Положение о центре", None),
    ("kvantorium", "Методические рекомендации для школьных Кванториумов (2023), Т.В. Васильева",
     "2023-school-kvantorium"),
    ("kvantorium", "Методические рекомендации 2023 года по созданию школьных Кванториумов", "2023-school-kvantorium"),
    ("kvantorium", "Распоряжение Минпросвещения России от 01.03.2019 № Р-27", "2019-R-27"),
    # a letter is read whatever the center type; «г.» between the date and the number; Latin «TB»
    ("kvantorium", "«Кванториум» (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)", "2023-TV-2356"),
    ("it_cube", "Письмо от 30.11.2023 г. № TB-2356/02 «О направлении методических рекомендаций»", "2023-TV-2356"),
    # every center type's patterns are tried, so a patronymic must not look like the Kvantorium signer
    ("tochka_rosta", "Руководитель центра Елена Васильевна Тюрина показала гостям лабораторию", None),
    # a timetable names the school Kvantorium and 2023, not the recommendations
    ("kvantorium", "Расписание занятий школьного Кванториума на 2023/2024 учебный год", None),
])
def test_newest_edition_named(center, text, key):
    named = editions.newest_named(text)
    assert (named.key if named else None) == key


def test_letters_are_named_by_date_and_number_in_either_order():
    assert editions.letters_named("письмо от 30.11.2023 г. № ТВ-2356/02 и № АЗ-1346/04 от 07.09.2022") == (
        editions.Letter(date(2023, 11, 30), "тв-2356/02"), editions.Letter(date(2022, 9, 7), "аз-1346/04"))
    assert editions.letters_named("письмо от 31.02.2024 № ТВ-1/02") == ()


def test_unknown_newer_letter_needs_the_subject_and_a_date_after_the_registry():
    text = "Письмо Минпросвещения от 02.09.2024 № ТВ-1700/02 о направлении методических рекомендаций"
    assert editions.unknown_newer_letter(text, "tochka_rosta", date(2024, 10, 1)) == \
        editions.Letter(date(2024, 9, 2), "тв-1700/02")
    assert editions.unknown_newer_letter(text, "tochka_rosta", date(2024, 9, 1)) is None
    assert editions.unknown_newer_letter("Письмо от 02.09.2024 № ТВ-1700/02 о каникулах", "tochka_rosta",
                                         date(2024, 10, 1)) is None
    # a registered letter is not unknown, though newer than the school's own center type's entries
    assert editions.unknown_newer_letter("письмо от 30.11.2023 № ТВ-2356/02 о направлении методических рекомендаций",
                                         "it_cube", AS_OF) is None


DOCUMENTS_TABLE = """<table class="table"><tbody>
<tr><td>1</td><td>Письмо Минпросвещения России от 30.11.2023 г. № ТВ-2356/02 «О направлении методических
рекомендаций»</td><td><a href="/images/docs/pismo.pdf">Скачать</a></td></tr>
<tr><td>2</td><td><a href="/images/docs/r6.pdf">Распоряжение Минпросвещения России от 12.01.2021 № Р-6
(утратило актуальность)</a></td></tr></tbody></table>"""


@pytest.mark.parametrize("center", ["tochka_rosta", "kvantorium"])
def test_editions_in_a_documents_table_are_read_from_the_row(center):
    facts = analyse(school_page("Документы", DOCUMENTS_TABLE), "http://school.ru/index.php?option=com_content&id=12",
                    center=rules.centers()[center])
    assert {(ref.url, ref.edition) for ref in facts.editions} == {
        ("http://school.ru/images/docs/pismo.pdf", "2023-TV-2356"), ("http://school.ru/images/docs/r6.pdf", "2021-R-6")}


def test_a_document_card_names_its_edition_in_its_text():
    card = school_page("Методические рекомендации", "<p>Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 "
                                                    "«О направлении методических рекомендаций»</p>")
    facts = analyse(card, "http://school.ru/file/card?id=5120")
    assert [(ref.url, ref.edition) for ref in facts.editions] == [("http://school.ru/file/card?id=5120", "2023-TV-2356")]


def test_current_edition_depends_on_the_date():
    assert editions.current_edition("tochka_rosta", date(2023, 12, 13)).key == "2023-TV-2356"
    assert editions.current_edition("tochka_rosta", date(2023, 11, 29)).key == "2022-TV-977"
    assert editions.current_edition("it_cube", date(2023, 12, 13)).key == "2022-AZ-1346"


def test_a_file_in_a_dated_list_is_a_document_not_a_publication():
    html = """<html><body><h1>Документы</h1><ul>
      <li><a href="/files/Pismo_ot_30.11.2023.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02</a> 30.11.2023</li>
      <li><a href="/files/prikaz_01.09.2023.pdf">Приказ об открытии центра</a> 01.09.2023</li>
      <li><a href="/news/otkrytie">Открытие центра «Точка роста»</a> 01.09.2023</li>
    </ul></body></html>"""
    facts = analyse(html, "https://s.ru/tochka/dokumenty/", role="section_child", in_section=True)
    assert [p.url for p in facts.publications] == ["https://s.ru/news/otkrytie"]
