"""Dates, academic years and publication dates on the markup school sites use."""
from __future__ import annotations

import tracemalloc
from datetime import date

import pytest

from tochka.analysis import dates
from tochka.analysis.dates import (
    DateHit,
    ListingEntry,
    academic_year_of,
    academic_years,
    dates_in_text,
    esign_date,
    http_date,
    month_heading,
    upload_path_date,
    url_date,
    yearless_dates,
)
from tochka.analysis.page import HtmlPage

AS_OF = date(2023, 12, 13)
D = date


def values(hits):
    return [h.value for h in hits]


# -- dates_in_text ----------------------------------------------------------------------

TEXT_DATES = [
    ("12 сентября 2023 г.", [D(2023, 9, 12)]),
    ("12 сентября 2023 года", [D(2023, 9, 12)]),
    ("12 сент. 2023", [D(2023, 9, 12)]),
    ("12 сент 2023", [D(2023, 9, 12)]),
    ("1 февр. 2023", [D(2023, 2, 1)]),
    ("5 мая 2023", [D(2023, 5, 5)]),
    ("30 марта 2023", [D(2023, 3, 30)]),
    ("3 мар. 2023", [D(2023, 3, 3)]),
    ("12-го сентября 2023 года", [D(2023, 9, 12)]),
    ("Вторник, 12 сентября 2023 г., 14:20", [D(2023, 9, 12)]),
    ("12 СЕНТЯБРЯ 2023", [D(2023, 9, 12)]),
    ("12 Сентябрь 2023", [D(2023, 9, 12)]),
    ("12сентября2023", [D(2023, 9, 12)]),
    ("12\xa0сентября\xa02023", [D(2023, 9, 12)]),
    ("12.09.2023", [D(2023, 9, 12)]),
    ("2.9.2023", [D(2023, 9, 2)]),
    ("12.09.2023 14:20", [D(2023, 9, 12)]),
    ("12-09-2023, 14:20", [D(2023, 9, 12)]),
    ("12/09/2023", [D(2023, 9, 12)]),
    ("2023-09-12", [D(2023, 9, 12)]),
    ("2023-09-12T10:00:00+03:00", [D(2023, 9, 12)]),
    ("2021.08.30 13:42:09", [D(2021, 8, 30)]),
    ("12.09.23", [D(2023, 9, 12)]),
    ("12.09.98", [D(1998, 9, 12)]),
    ("Расписание с 04.09.2023", [D(2023, 9, 4)]),
    ("Приказ от 30.08.2023 № 123-о", [D(2023, 8, 30)]),
    ("12.09.2023г.", [D(2023, 9, 12)]),
    ("September 12, 2023", [D(2023, 9, 12)]),
    # month first: WordPress in Russian prints «F j, Y»
    ("Декабрь 24, 2021", [D(2021, 12, 24)]),
    ("Сентябрь 12, 2019 Просмотров: 512", [D(2019, 9, 12)]),
    ("сентября 12, 2023", [D(2023, 9, 12)]),
    ("Дата: сентября 12, 2023", [D(2023, 9, 12)]),
    ("12 Sep 2023", [D(2023, 9, 12)]),
    # ranges: the year-less start takes the end's year (dateparser.search_dates does not)
    ("с 12 января по 30 апреля 2023 г.", [D(2023, 1, 12), D(2023, 4, 30)]),
    ("С 12 ПО 15 СЕНТЯБРЯ 2023", [D(2023, 9, 12), D(2023, 9, 15)]),
    ("12–15 сентября 2023", [D(2023, 9, 12), D(2023, 9, 15)]),
    ("с 25 декабря по 10 января 2024", [D(2023, 12, 25), D(2024, 1, 10)]),
    ("01.09.2023-31.05.2024", [D(2023, 9, 1), D(2024, 5, 31)]),
    ("с 01.09 по 31.12.2023", [D(2023, 9, 1), D(2023, 12, 31)]),
    ("от 30.11.2023 № ТВ-2356/02 и от 31.05.2022 № ТВ-977/02", [D(2023, 11, 30), D(2022, 5, 31)]),
    # the same date twice is one hit
    ("12.09.2023 и снова 12 сентября 2023", [D(2023, 9, 12)]),
    # DLE/forum relative stamps need a time after them
    ("Сегодня, 14:20", [D(2023, 12, 13)]),
    ("Вчера в 09:05", [D(2023, 12, 12)]),
]
# Forms only the dateparser fallback reads (short text).
FALLBACK_DATES = [
    ("12 09 2023", [D(2023, 9, 12)]),
    ("Дата: сентября 12 , 2023", [D(2023, 9, 12)]),
]

NOT_DATES = [
    "8-800-2023-12",               # phone number
    "тел. 8(3952) 12-09-23",       # phone number with a two-digit tail
    "№ 100/1312-12",               # letter number
    "версия 1.2.3",
    "v2.10.15",
    "на 2023-2024 учебный год",    # an academic year, not a day
    "2023-2024",
    "цена 12.50 руб",
    "1 250.00 руб.",
    "IP 192.168.10.12",
    "31.02.2023",                  # impossible
    "12.09.2203",                  # typo far in the future
    "12.09.1812",                  # before the text window
    "14 сентября",                 # no year: yearless_dates' job
    "Сегодня в школе праздник",    # «сегодня» without a time
    "1-2-23",                      # fraction or code, not dd-mm-yy
    "12.9.23",                     # two-digit years only in the padded dd.mm.yy form
    "Точка роста 2023",
    "5-9 классы, 2023",
    "",
]


@pytest.mark.parametrize("text, expected", TEXT_DATES + FALLBACK_DATES)
def test_dates_in_text(text, expected):
    assert values(dates_in_text(text, as_of=AS_OF)) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert dates_in_text(text, as_of=AS_OF) == []


def test_hits_carry_source_and_short_snippet():
    long_text = "Уважаемые родители! " * 10 + "Собрание состоится 12 сентября 2023 г. в актовом зале. " * 3
    hit = dates_in_text(long_text, as_of=AS_OF)[0]
    assert hit.source == "text"
    assert len(hit.snippet) <= 80
    assert "12 сентября 2023" in hit.snippet


def test_future_limit_follows_as_of():
    assert values(dates_in_text("01.09.2024", as_of=AS_OF)) == [D(2024, 9, 1)]
    assert dates_in_text("01.09.2025", as_of=AS_OF) == []


def test_two_digit_year_pivot_follows_as_of():
    assert values(dates_in_text("01.09.24", as_of=AS_OF)) == [D(2024, 9, 1)]
    assert values(dates_in_text("01.09.30", as_of=AS_OF)) == [D(1930, 9, 1)]  # 2030 would be a typo


def test_long_text_never_reaches_dateparser(monkeypatch):
    def forbidden(as_of):
        raise AssertionError("dateparser called on long text")

    monkeypatch.setattr(dates.text, "_parser", forbidden)
    text = "Расписание кружков " * 20 + "12 09 2023"
    assert dates_in_text(text, as_of=AS_OF) == []


def test_regex_forms_never_reach_dateparser(monkeypatch):
    def forbidden(as_of):
        raise AssertionError("dateparser called on a regex form")

    monkeypatch.setattr(dates.text, "_parser", forbidden)
    for text, expected in TEXT_DATES:
        assert values(dates_in_text(text, as_of=AS_OF)) == expected
    for text in NOT_DATES:
        assert dates_in_text(text, as_of=AS_OF) == []
    assert dates_in_text("Расписание 5-9 классов, 2023", as_of=AS_OF) == []


def test_one_parser_per_as_of():
    dates_in_text("12 09 2023", as_of=AS_OF)
    first = dates.text._parser(AS_OF)
    dates_in_text("01 10 2023", as_of=AS_OF)
    assert dates.text._parser(AS_OF) is first
    assert dates.text._parser(D(2024, 1, 1)) is not first


def test_fallback_does_not_grow_memory():
    dates_in_text("12 09 2023", as_of=AS_OF)  # warm dateparser's lazy tables
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for day in range(1, 29):
        dates_in_text(f"{day:02d} 09 2023", as_of=AS_OF)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert grown < 200_000


# -- year-less dates, headings, academic years -------------------------------------------

@pytest.mark.parametrize("text, year, expected", [
    ("14 сентября", 2023, [D(2023, 9, 14)]),
    ("14.09", 2023, [D(2023, 9, 14)]),
    ("14 сентября и 15.09, а также 20.10.2023", 2023, [D(2023, 9, 14), D(2023, 9, 15)]),
    ("29 февраля", 2023, []),
    ("29 февраля", 2024, [D(2024, 2, 29)]),
    ("в 10.05 начало", 2023, []),          # a clock time
    ("10.05-10.50 урок", 2023, []),        # lesson times
    ("число 3.14", 2023, []),
    ("12.09.2023", 2023, []),              # has a year
])
def test_yearless_dates(text, year, expected):
    assert values(yearless_dates(text, year)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ноябрь 2023", (2023, 11)),
    ("НОЯБРЬ 2023 г.", (2023, 11)),
    ("  Май 2024  ", (2024, 5)),
    ("Сентябрь, 2023 года", (2023, 9)),
    ("December 2023", (2023, 12)),
    ("12 ноября 2023", None),
    ("Ноябрь", None),
    ("Новости школы за ноябрь 2023 года и немного ещё текста", None),
    ("ноября 2023", None),
])
def test_month_heading(text, expected):
    assert month_heading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Расписание на 2023-2024 учебный год", ["2023-2024"]),
    ("2023 - 2024 уч. г.", ["2023-2024"]),
    ("2023/2024", ["2023-2024"]),
    ("2023/24", ["2023-2024"]),
    ("2023–24 учебного года", ["2023-2024"]),
    ("за 1 полугодие 2022-2023 учебного года", ["2022-2023"]),
    ("в 2020-2021 учебном году", ["2020-2021"]),
    ("1999/2000", ["1999-2000"]),
    ("1999/00", ["1999-2000"]),
    ("2023-2024 и 2022-2023, снова 2023/2024", ["2023-2024", "2022-2023"]),
    ("© 2015–2023 МБОУ СОШ", []),
    ("© 2022-2023 МБОУ СОШ", []),
    ("Программа развития 2019-2024", []),
    ("2011-12-05", []),                 # an ISO date, not 2011-2012
    ("8-800-2023-2024", []),            # phone-like
    ("2023-22", []),
    ("12.09.2023", []),
])
def test_academic_years(text, expected):
    assert academic_years(text) == expected


@pytest.mark.parametrize("day, expected", [
    (D(2023, 12, 13), "2023-2024"),
    (D(2023, 8, 31), "2022-2023"),
    (D(2023, 9, 1), "2023-2024"),
    (D(2024, 1, 1), "2023-2024"),
])
def test_academic_year_of(day, expected):
    assert academic_year_of(day) == expected


# -- URLs, stamps, headers ---------------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("https://school.ru/2023/09/12/den-znaniy/", D(2023, 9, 12)),
    ("https://school.ru/2023/09/12", D(2023, 9, 12)),
    ("https://school.ucoz.ru/news/2023-09-12-15", D(2023, 9, 12)),
    ("https://school.ucoz.ru/news/den_znanij/2023-09-12-15", D(2023, 9, 12)),
    ("https://school.ru/2023-09-12/", D(2023, 9, 12)),
    ("https://school.ru/events?date=2023-09-12", D(2023, 9, 12)),
    ("https://school.ru/news/12-09-2023-sobranie.html", D(2023, 9, 12)),
    ("https://school.ru/2023/09/den-znaniy/", D(2023, 9, 1)),     # month permalink
    ("https://school.ru/15-03-24-nauchno-prakticheskaya", D(2024, 3, 15)),  # dd-mm-yy slug prefix
    ("https://school.ru/15-03-2024-nauchno", D(2024, 3, 15)),
    ("https://school.ru/%D0%BD/15-03-24-%D0%BD%D0%B0%D1%83%D1%87", D(2024, 3, 15)),
    ("https://school.ru/index.php/novosti/341-30-oktyabrya-2019-goda-glava-posetil", D(2019, 10, 30)),
    ("https://school.ru/news/1-sentjabrja-2023-den-znanij.html", D(2023, 9, 1)),
    ("https://school.ru/news/5-marta-klass", None),                    # no year
    ("https://school.ru/12-05-18/", None),                             # a numbered path, not a slug
    ("https://school.ru/12-05-18-1", None),
    ("https://school.ru/45-13-24-slug", None),
    ("https://school.ru/news/detail.php?ID=2023", None),
    ("https://school.ru/item/1455622", None),
    ("https://school.ru/wp-content/uploads/2021/09/raspisanie.pdf", None),
    ("https://school.ru/2023/13/45/", None),
    ("https://school.ru/1812/09/12/", None),
    ("", None),
])
def test_url_date(url, expected):
    hit = url_date(url)
    assert (hit.value if hit else None) == expected
    if hit:
        assert hit.source == "url"


def test_url_month_permalink_is_marked_month_only():
    assert url_date("https://school.ru/2023/09/den-znaniy/").month_only
    assert not url_date("https://school.ru/2023/09/12/den-znaniy/").month_only
    assert not url_date("https://school.ru/15-03-24-nauchno-prakticheskaya").month_only


@pytest.mark.parametrize("url, expected", [
    ("https://school.ru/wp-content/uploads/2021/09/raspisanie.pdf", D(2021, 9, 1)),
    ("https://school.ru/wp-content/uploads/sites/5/2021/09/x.pdf", D(2021, 9, 1)),
    ("https://school.ru/upload/2023/09/x.docx", D(2023, 9, 1)),
    ("https://school.ru/files/2023/10/x.xlsx", D(2023, 10, 1)),
    ("https://school.ru/images/2022/08/25/x.pdf", D(2022, 8, 25)),
    ("https://school.ru/sites/default/files/2023-10/x.pdf", D(2023, 10, 1)),
    ("https://school.ru/Upload/2023/09/%D0%A0%D0%B0%D1%81.pdf", D(2023, 9, 1)),
    ("https://x-r38.gosweb.gosuslugi.ru/netcat_files/50/2957/Raspisanie.pdf", None),
    ("https://school.ru/upload/iblock/a1b/raspisanie.pdf", None),
    ("https://school.ru/2023/09/raspisanie.pdf", None),            # no upload folder
    ("https://school.ru/upload/2023/13/x.pdf", None),
])
def test_upload_path_date(url, expected):
    hit = upload_path_date(url)
    assert (hit.value if hit else None) == expected
    if hit:
        assert hit.source == "upload_path"


@pytest.mark.parametrize("text, expected", [
    ("Подписано цифровой подписью: Иванова И.И.\nДата: 2021.08.30 13:42:09 +03'00'", D(2021, 8, 30)),
    ("Дата: 2022.09.01 08:00:00 +03'00'", D(2022, 9, 1)),
    ("Подписано: Петров П.П., директор, 30.08.2021", D(2021, 8, 30)),
    ("Документ подписан ЭП. Дата подписания: 01.09.2023 10:15", D(2023, 9, 1)),
    ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ Сертификат 01A2 Владелец Иванова "
     "Действителен с 10.01.2023 по 10.04.2024", None),
    ("Дата: 12.09.2023", None),  # a plain «Дата:» is not a signature stamp
    ("Расписание уроков на 2023-2024 учебный год", None),
    ("", None),
])
def test_esign_date(text, expected):
    hit = esign_date(text)
    assert (hit.value if hit else None) == expected
    if hit:
        assert hit.source == "esign"


@pytest.mark.parametrize("value, expected", [
    ("Wed, 21 Oct 2015 07:28:00 GMT", D(2015, 10, 21)),
    (b"Tue, 29 Aug 2023 10:00:00 GMT", D(2023, 8, 29)),
    ("garbage", None),
    ("", None),
    (None, None),
])
def test_http_date(value, expected):
    hit = http_date(value)
    assert (hit.value if hit else None) == expected
    if hit:
        assert hit.source == "header"


# -- page_published ----------------------------------------------------------------------

def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def published(html: str, url: str) -> DateHit | None:
    return dates.page_published(HtmlPage.from_html(html, url), as_of=AS_OF)


def listed(html: str, url: str) -> list[ListingEntry]:
    return dates.listing_entries(HtmlPage.from_html(html, url), as_of=AS_OF)


FOOTER = '<footer class="site-footer">© 2015-2023 МБОУ СОШ №1. Обновлено 01.12.2023</footer>'

PUBLISHED = [
    ("meta article:published_time",
     page("<h1>Новость</h1><p>Текст</p>" + FOOTER,
          '<meta property="article:published_time" content="2023-09-12T10:00:00+03:00">'),
     "https://s.ru/news/1", D(2023, 9, 12), "meta"),
    ("itemprop datePublished",
     page('<article><h1>Новость</h1><meta itemprop="datePublished" content="2023-10-02"></article>'),
     "https://s.ru/news/1", D(2023, 10, 2), "meta"),
    ("JSON-LD",
     page("<h1>Новость</h1>",
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"x","datePublished":"2023-11-03T09:00:00+03:00","dateModified":"2023-12-01"}</script>'),
     "https://s.ru/news/1", D(2023, 11, 3), "jsonld"),
    ("broken JSON-LD still read",
     page("<h1>Новость</h1>", '<script type="application/ld+json">{"datePublished": "2023-11-04", }</script>'),
     "https://s.ru/news/1", D(2023, 11, 4), "jsonld"),
    ("WordPress <time>, updated ignored",
     page('<article class="post-12 post"><header class="entry-header"><h1 class="entry-title">День знаний</h1>'
          '<time class="updated" datetime="2023-10-01T10:00:00+03:00">01.10.2023</time>'
          '<time class="entry-date published" datetime="2023-09-01T10:00:00+03:00">1 сентября 2023</time>'
          '</header><div class="entry-content"><p>Текст</p></div></article>' + FOOTER),
     "https://s.ru/?p=12", D(2023, 9, 1), "time"),
    ("<time> in a sidebar ignored",
     page('<aside><time datetime="2023-12-01">1 декабря</time></aside><h1>Новость</h1>'
          '<div class="news-date">5 октября 2023</div>'),
     "https://s.ru/news/1", D(2023, 10, 5), "text"),
    ("Bitrix detail: date-classed span",
     page('<div class="news-detail"><span class="news-date-time">12.09.2023</span>'
          '<h3>Открытие центра</h3><p>Текст о событии 1 сентября 2023 года.</p></div>' + FOOTER),
     "https://s.ru/news/detail.php?ID=15", D(2023, 9, 12), "text"),
    ("BEM date class",
     page('<div class="b-news"><div class="b-news__date">14 ноября 2023</div><div class="b-news__text">x</div></div>'),
     "https://s.ru/news/2", D(2023, 11, 14), "text"),
    ("date line right after the h1",
     page('<div class="content"><h1>Неделя химии</h1><p>20.10.2023</p>'
          '<p>В рамках недели 16 октября 2023 года прошёл конкурс опытов для учащихся 8-9 классов.</p></div>'),
     "https://s.ru/index/nedelja/0-55", D(2023, 10, 20), "text"),
    ("labelled: Опубликовано",
     page('<h1>Неделя химии</h1><p>В рамках недели 16 октября 2023 года прошёл конкурс опытов для учащихся.</p>'
          '<div class="info"><span>Опубликовано:</span> <span>18.10.2023</span></div>'),
     "https://s.ru/news/3", D(2023, 10, 18), "text"),
    ("labelled: Дата публикации",
     page('<h1>Итоги</h1><p>Дата публикации: 5 декабря 2023 г.</p>'),
     "https://s.ru/news/4", D(2023, 12, 5), "text"),
    ("DLE full story",
     page('<div class="fullstory"><h1>Робототехника</h1><div class="story-info">12-09-2023, 14:20. '
          'Разместил: <a href="/user/admin/">admin</a></div><div class="text">Текст 5 сентября 2023</div></div>'),
     "https://s.ru/news/15-robototehnika.html", D(2023, 9, 12), "text"),
    ("uCoz entry details",
     page('<table class="eBlock"><tr><td class="eTitle">Экскурсия</td></tr><tr><td class="eMessage">Текст</td></tr>'
          '<tr><td class="eDetails">Просмотров: 12 | Добавил: admin | Дата: 12.09.2023 | Комментарии (0)</td></tr></table>'),
     "https://s.ucoz.ru/news/ehkskursija/2023-09-12-15", D(2023, 9, 12), "text"),
    ("URL date last",
     page("<h1>Экскурсия</h1><p>Текст без дат</p>" + FOOTER),
     "https://s.ucoz.ru/news/2023-09-12-15", D(2023, 9, 12), "url"),
    ("«обновлено» and copyright ignored",
     page('<h1>Центр «Точка роста»</h1><div class="date">Обновлено: 01.12.2023</div><p>Текст</p>' + FOOTER),
     "https://s.ru/tochka-rosta/", None, None),
    ("today's date widget ignored",
     page('<div id="header"><div class="today">Сегодня: 13 декабря 2023 г.</div></div>'
          '<div class="content"><h1>Документы</h1><p>Положение о центре</p></div>'),
     "https://s.ru/docs/", None, None),
    ("counter ignored",
     page('<h1>Центр</h1><div class="counter"><span class="date">12.12.2023</span> посетителей: 5</div>'),
     "https://s.ru/center/", None, None),
    ("other news block ignored",
     page('<h1>Центр</h1><p>О центре</p><div class="other-news"><div class="date">01.12.2023</div>'
          '<a href="/n/1">Другая новость</a></div>'),
     "https://s.ru/center/", None, None),
    ("Genesis content-sidebar-wrap is not furniture",
     page('<div class="content-sidebar-wrap"><main class="content"><h1>Новость</h1>'
          '<p class="entry-meta"><span class="entry-date">7 ноября 2023</span></p></main></div>'),
     "https://s.ru/novost/", D(2023, 11, 7), "text"),
    ("no date at all",
     page("<h1>Педагоги</h1><p>Иванова Мария Ивановна, учитель химии, стаж 12 лет.</p>"),
     "https://s.ru/pedagogi/", None, None),
    ("month-first date line (WordPress in Russian)",
     page('<h1>Урок химии</h1><div class="meta">Декабрь 17, 2021 Просмотров: 96</div><p>Текст</p>'),
     "https://s.ru/life/news/1/2", D(2021, 12, 17), "text"),
    ("the first sentence is the only date",
     page('<main><h1>Открытие центра</h1><p>12 сентября 2023 года в нашей школе состоялось торжественное '
          'открытие центра «Точка роста».</p><p>Ученики показали опыты.</p></main>' + FOOTER),
     "https://s.ru/meropriyatiya/otkrytie.html", D(2023, 9, 12), "text"),
    ("a lead date after short event-card lines",
     page('<main><div class="card"><h1>Открытие</h1><div class="place">МКОУ СОШ, ул. Школьная 5</div>'
          '<div class="event-date">02 сентября понедельник, 10:00</div></div>'
          '<p>В рамках проекта «Современная школа» на базе МКОУ СОШ 2 сентября 2024 года прошло открытие.</p></main>'),
     "https://s.ru/tochka-rosta/otkrytie.html", D(2024, 9, 2), "text"),
    ("a lead date glued to «г.» mid-paragraph",
     page('<h1>Муравейник</h1><p>Продолжаются занятия по летней программе. 18.06.2023г. ребята наблюдали '
          'за муравейником.</p>'),
     "https://s.ru/meropriyatiya/muraveynik.html", D(2023, 6, 18), "text"),
    ("lead: the start of a period is not the page's date",
     page("<h1>О центре</h1><p>С 1 сентября 2020 года наша школа работает как центр образования «Точка роста» "
          "естественно-научной направленности.</p>"),
     "https://s.ru/tochka-rosta/o-centre", None, None),
    ("lead: a document's date is not the page's date",
     page("<h1>Положение</h1><p>Рассмотрено и принято на заседании педагогического совета школы, протокол № 1 "
          "от 29.08.2023 г.</p>"),
     "https://s.ru/docs/polozhenie", None, None),
    ("lead: an announced event is not the page's date",
     page("<h1>Марафон открытий</h1><p>В рамках федерального проекта «Современная школа» 01.09.2023 состоится "
          "марафон открытий центров.</p>"),
     "https://s.ru/news.php?id=187", None, None),
    ("lead: a stamp with a clock time is a file's or an entry's",
     page("<h1>Положение</h1><pre>Подписан: Иванова Ольга Викторовна, директор школы, подпись верна "
          "2021.09.01 09:15:47 +03'00' Утверждено</pre>"),
     "https://s.ru/file/card?id=1", None, None),
    ("lead ends at the next heading: a list's first entry does not date the list",
     page('<h1>Новости</h1><div class="item"><h2><a href="/n/2">Турнир</a></h2>'
          '<p>07 декабря 2023 года в лицее прошел предновогодний шахматный турнир для педагогов и учеников.</p></div>'),
     "https://s.ru/novosti?start=10", None, None),
    ("a document's reference next to the h1 is not the page's date",
     page("<h1>Письмо Минпросвещения</h1><p>ПИСЬМО от 20 мая 2022 г. № АБ-1367/02</p><p>О направлении</p>"),
     "https://s.ru/dokumenty/pismo", None, None),
    ("dated headings of entries do not date the page",
     page("<h1>Мероприятия</h1><h2>Мероприятия 2023-2024 учебного года</h2><h3>17.10.2023 года</h3>"
          "<p>В лаборатории физики центра ученики измеряли температуру воды при нагревании.</p>"
          "<h3>02.10.2023 года</h3><p>Четвероклассники рассматривали клетки в цифровой микроскоп.</p>"),
     "https://s.ru/meropriyatiya/", None, None),
    ("a single dated heading after the h1 dates the page",
     page("<h1>Экскурсия</h1><h4>17.10.2023</h4><p>Ребята побывали в музее.</p><h4>Фотографии</h4>"),
     "https://s.ru/ekskursiya/", D(2023, 10, 17), "text"),
    ("dd-mm-yy slug prefix",
     page("<h1>Итоги фестиваля</h1><p>Подвели итоги фестиваля.</p>"),
     "https://s.ru/20-01-23-itogi-festivalya", D(2023, 1, 20), "url"),
    ("a permalink month gives way to a later full date in the lead",
     page("<h1>Неземной праздник</h1><p>12 апреля 2021 года ребята весело и с пользой отметили "
          "День космонавтики и годовщину первого полёта.</p>"),
     "https://s.ru/news/2021/04/prazdnik.html", D(2021, 4, 12), "text"),
    ("a permalink day gives way to a later full date in the lead",
     page("<h1>Итоги</h1><p>14 сентября 2023 года подвели итоги конкурса рисунков, который прошёл в "
          "центре «Точка роста».</p>"),
     "https://s.ru/2023/09/12/itogi/", D(2023, 9, 14), "text"),
    ("an earlier lead date is the reported event: the permalink day stays",
     page("<h1>Итоги</h1><p>5 мая 2023 года прошёл конкурс рисунков, итоги подведены только сейчас: "
          "поздравляем победителей.</p>"),
     "https://s.ru/2023/09/12/itogi/", D(2023, 9, 12), "url"),
    ("an earlier lead date is the reported event: the permalink month stays",
     page("<h1>Итоги</h1><p>5 мая 2023 года прошёл конкурс рисунков, итоги подведены только сейчас: "
          "поздравляем победителей.</p>"),
     "https://s.ru/2023/09/itogi/", D(2023, 9, 1), "url"),
    ("a year-less lead date in the permalink's month gives the day",
     page("<h1>День знаний</h1><p>15 сентября в школе прошла линейка.</p>"),
     "https://s.ru/2023/09/den-znaniy/", D(2023, 9, 15), "text"),
    ("a year-less date of another month leaves the permalink month",
     page("<h1>День знаний</h1><p>15 марта в школе прошла линейка.</p>"),
     "https://s.ru/2023/09/den-znaniy/", D(2023, 9, 1), "url"),
    ("a year-less date line completed by the permalink",
     page('<h1>Экскурсия</h1><div class="date">21 октября</div><p>Ребята побывали в музее.</p>'),
     "https://s.ru/2023/10/ekskursiya/", D(2023, 10, 21), "text"),
]


@pytest.mark.parametrize("name, markup, url, expected, source", PUBLISHED, ids=[p[0] for p in PUBLISHED])
def test_page_published(name, markup, url, expected, source):
    hit = published(markup, url)
    assert (hit.value if hit else None) == expected
    if hit:
        assert hit.source == source
        assert 0 < len(hit.snippet) <= 80


def test_page_published_prefers_meta_over_visible_dates():
    markup = page('<h1>Новость</h1><div class="date">01.10.2023</div>',
               '<meta property="article:published_time" content="2023-09-30T23:00:00+03:00">')
    assert published(markup, "https://s.ru/2023/08/01/x/").value == D(2023, 9, 30)


def test_page_published_drops_future_typos():
    markup = page('<h1>Новость</h1><div class="date">01.10.2203</div>')
    assert published(markup, "https://s.ru/news/1") is None


# -- listing_entries ---------------------------------------------------------------------

WORDPRESS_LIST = """
<header id="masthead" class="site-header"><h1>МБОУ СОШ №1</h1></header>
<main id="main" class="site-main">
 <article class="post-12 post type-post category-news">
  <header class="entry-header"><h2 class="entry-title"><a href="/2023/09/12/den-znaniy/">День знаний в Точке роста</a></h2>
   <div class="entry-meta"><a href="/2023/09/12/den-znaniy/"><time class="entry-date published" datetime="2023-09-12T10:00:00+03:00">12.09.2023</time></a>
   <span class="cat-links"><a href="/category/news/">Новости</a></span></div></header>
  <div class="entry-content"><p>1 сентября 2022 года…</p><a href="/2023/09/12/den-znaniy/#more-12" class="more-link">Читать далее</a></div>
 </article>
 <article class="post-13 post type-post category-news tag-robots">
  <header class="entry-header"><h2 class="entry-title"><a href="/2023/10/05/olimpiada/">Олимпиада по робототехнике</a></h2>
   <div class="entry-meta"><time class="entry-date published" datetime="2023-10-05T10:00:00+03:00">05.10.2023</time></div></header>
 </article>
</main>
<aside class="widget-area"><section class="widget widget_recent_entries"><ul>
 <li><a href="/2023/11/01/x/">Сайдбар 1</a> <span class="post-date">01.11.2023</span></li>
 <li><a href="/2023/11/02/y/">Сайдбар 2</a> <span class="post-date">02.11.2023</span></li></ul></section>
 <table id="wp-calendar"><caption>Декабрь 2023</caption><tr><td><a href="/2023/12/05/">5</a></td><td><a href="/2023/12/06/">6</a></td></tr></table>
</aside>
<footer class="site-footer">© 2015-2023</footer>"""

BITRIX_LIST = """
<ul class="menu"><li><a href="/about/">О школе</a></li><li><a href="/news/">Новости</a></li><li><a href="/docs/">Документы</a></li></ul>
<div class="news-list">
 <p class="news-item" id="bx_3218110189_101">
  <a href="/news/detail.php?ID=101"><img class="preview_picture" src="/upload/iblock/a1b/1.jpg" alt="Фото"/></a>
  <span class="news-date-time">12.09.2023</span>
  <a href="/news/detail.php?ID=101"><b>Открытие центра «Точка роста»</b></a><br/>Анонс: 1 сентября 2023 года…
 </p>
 <p class="news-item" id="bx_3218110189_102">
  <span class="news-date-time">03.10.2023</span>
  <a href="/news/detail.php?ID=102"><b>Неделя физики</b></a><br/>Анонс
 </p>
</div>
<div class="bx-pagination"><a href="/news/?PAGEN_1=2">2</a><a href="/news/?PAGEN_1=3">3</a></div>"""

DLE_LIST = """
<div id="dle-content">
 <div class="shortstory"><div class="shortstory-head"><h2><a href="https://s.ru/news/15-himiya.html">Неделя химии</a></h2></div>
  <div class="shortstory-info">12-09-2023, 14:20 | Разместил: admin</div><div class="text">Текст 5 сентября 2023 года</div>
  <a href="https://s.ru/news/15-himiya.html">Подробнее</a></div>
 <div class="shortstory"><div class="shortstory-head"><h2><a href="https://s.ru/news/16-robot.html">Робототехника</a></h2></div>
  <div class="shortstory-info">Вчера, 09:05 | Разместил: admin</div></div>
</div>"""

UCOZ_LIST = """
<div id="allEntries">
 <div id="entryID15"><table class="eBlock"><tr><td class="eTitle"><a href="/news/ehkskursija/2023-09-12-15">Экскурсия в кванториум</a></td></tr>
  <tr><td class="eMessage">Текст</td></tr>
  <tr><td class="eDetails">Категория: <a href="/news/1-0-1">Новости</a> | Просмотров: 12 | Добавил: <a href="/index/8-1">admin</a> | Дата: 12.09.2023</td></tr></table></div>
 <div id="entryID16"><table class="eBlock"><tr><td class="eTitle"><a href="/news/konkurs/2023-10-01-16">Конкурс проектов</a></td></tr>
  <tr><td class="eDetails">Категория: <a href="/news/1-0-1">Новости</a> | Просмотров: 3 | Добавил: <a href="/index/8-1">admin</a> | Дата: 01.10.2023</td></tr></table></div>
</div>"""

GOSWEB_LIST = """
<div class="news-list">
 <a class="news-list__item card" href="/roditelyam-i-uchenikam/meropriyatiya/den-nauki.html">
  <div class="card__date">8 февраля 2023</div><div class="card__title">День российской науки в центре «Точка роста»</div></a>
 <a class="news-list__item card" href="/roditelyam-i-uchenikam/meropriyatiya/olimpiada.html">
  <div class="card__date">14 ноября 2023</div><div class="card__title">Муниципальная олимпиада</div></a>
</div>
<div class="pagination"><a href="?cur_cc=12&amp;curPos=10">2</a></div>"""

GOSWEB_FILES = """
<h2>Изменения в расписании</h2>
<div class="document-list">
 <div class="document-list__item"><a href="/netcat_files/50/2957/Izmeneniya_11_12.pdf">Изменения в расписании на 11.12.2023</a><span class="size">PDF, 120 Кб</span></div>
 <div class="document-list__item"><a href="/netcat_files/50/2957/Izmeneniya_12_12.pdf">Изменения в расписании на 12.12.2023</a><span class="size">PDF, 98 Кб</span></div>
</div>"""

MONTH_HEADINGS = """
<div class="content"><h3>Ноябрь 2023</h3><ul>
 <li>14 ноября <a href="/events/a">Мастер-класс по 3D-моделированию</a></li>
 <li>20 ноября <a href="/events/b">Экскурсия в центр</a></li></ul>
 <h3>ОКТЯБРЬ 2023 г.</h3><ul>
 <li><a href="/events/c">Неделя биологии</a> (5 октября)</li>
 <li><a href="/events/d">Турнир по шахматам</a> (6 октября)</li></ul></div>"""

FLAT_LIST = """
<div class="content"><p>12.09.2023 <a href="/n1">Новость один</a><br>14.09.2023 <a href="/n2">Новость два</a><br>
15.09.2023 <a href="/n3">Новость три</a><br><a href="/n4">Новость четыре</a> (16.09.2023)<br></p></div>"""

DEFINITION_LIST = """
<dl class="events"><dt>12.09.2023</dt><dd><a href="/e/1">Открытие сезона</a></dd>
<dt>19.09.2023</dt><dd><a href="/e/2">Турнир роботов</a></dd></dl>"""

TABLE_LIST = """
<table><tr><th>Дата</th><th>Событие</th></tr>
<tr><td>12.09.2023</td><td><a href="/e/1">Открытие сезона</a></td></tr>
<tr><td>19.09.2023</td><td><a href="/e/2">Турнир роботов</a></td></tr></table>"""

MENU_ONLY = """
<nav><ul><li><a href="/a">Главная</a></li><li><a href="/b">Новости</a></li></ul></nav>
<div class="content"><ul><li><a href="/tochka/docs/">Документы</a></li><li><a href="/tochka/ped/">Педагоги</a></li>
<li><a href="/tochka/rasp/">Расписание на 2023-2024 учебный год</a></li></ul></div>"""

LISTINGS = [
    ("WordPress", WORDPRESS_LIST, [
        ("День знаний в Точке роста", "https://s.ru/2023/09/12/den-znaniy/", D(2023, 9, 12)),
        ("Олимпиада по робототехнике", "https://s.ru/2023/10/05/olimpiada/", D(2023, 10, 5))]),
    ("Bitrix", BITRIX_LIST, [
        ("Открытие центра «Точка роста»", "https://s.ru/news/detail.php?ID=101", D(2023, 9, 12)),
        ("Неделя физики", "https://s.ru/news/detail.php?ID=102", D(2023, 10, 3))]),
    ("DLE", DLE_LIST, [
        ("Неделя химии", "https://s.ru/news/15-himiya.html", D(2023, 9, 12)),
        ("Робототехника", "https://s.ru/news/16-robot.html", D(2023, 12, 12))]),
    ("uCoz", UCOZ_LIST, [
        ("Экскурсия в кванториум", "https://s.ru/news/ehkskursija/2023-09-12-15", D(2023, 9, 12)),
        ("Конкурс проектов", "https://s.ru/news/konkurs/2023-10-01-16", D(2023, 10, 1))]),
    ("Gosweb cards", GOSWEB_LIST, [
        ("День российской науки в центре «Точка роста»",
         "https://s.ru/roditelyam-i-uchenikam/meropriyatiya/den-nauki.html", D(2023, 2, 8)),
        ("Муниципальная олимпиада", "https://s.ru/roditelyam-i-uchenikam/meropriyatiya/olimpiada.html",
         D(2023, 11, 14))]),
    ("Gosweb files", GOSWEB_FILES, [
        ("Изменения в расписании на 11.12.2023", "https://s.ru/netcat_files/50/2957/Izmeneniya_11_12.pdf",
         D(2023, 12, 11)),
        ("Изменения в расписании на 12.12.2023", "https://s.ru/netcat_files/50/2957/Izmeneniya_12_12.pdf",
         D(2023, 12, 12))]),
    ("month headings", MONTH_HEADINGS, [
        ("Мастер-класс по 3D-моделированию", "https://s.ru/events/a", D(2023, 11, 14)),
        ("Экскурсия в центр", "https://s.ru/events/b", D(2023, 11, 20)),
        ("Неделя биологии", "https://s.ru/events/c", D(2023, 10, 5)),
        ("Турнир по шахматам", "https://s.ru/events/d", D(2023, 10, 6))]),
    ("flat list", FLAT_LIST, [
        ("Новость один", "https://s.ru/n1", D(2023, 9, 12)),
        ("Новость два", "https://s.ru/n2", D(2023, 9, 14)),
        ("Новость три", "https://s.ru/n3", D(2023, 9, 15)),
        ("Новость четыре", "https://s.ru/n4", D(2023, 9, 16))]),
    ("dt/dd", DEFINITION_LIST, [
        ("Открытие сезона", "https://s.ru/e/1", D(2023, 9, 12)),
        ("Турнир роботов", "https://s.ru/e/2", D(2023, 9, 19))]),
    ("table rows", TABLE_LIST, [
        ("Открытие сезона", "https://s.ru/e/1", D(2023, 9, 12)),
        ("Турнир роботов", "https://s.ru/e/2", D(2023, 9, 19))]),
    ("menus only", MENU_ONLY, []),
]


@pytest.mark.parametrize("name, body, expected", LISTINGS, ids=[x[0] for x in LISTINGS])
def test_listing_entries(name, body, expected):
    entries = listed(page(body), "https://s.ru/news/")
    got = [(e.title, e.href, e.date.value if e.date else None) for e in entries]
    assert got == expected
    for entry in entries:
        assert isinstance(entry, ListingEntry)
        assert entry.date is None or isinstance(entry.date, DateHit) and len(entry.date.snippet) <= 80


def test_listing_sources():
    wordpress = listed(page(WORDPRESS_LIST), "https://s.ru/")
    assert {e.date.source for e in wordpress} == {"listing"}
    undated = page('<ul class="news"><li><a href="/2023/09/12/a/">Новость А</a></li>'
                   '<li><a href="/2023/10/01/b/">Новость Б</a></li></ul>')
    from_urls = listed(undated, "https://s.ru/")
    assert [(e.date.value, e.date.source) for e in from_urls] == [(D(2023, 9, 12), "url"), (D(2023, 10, 1), "url")]


def test_listing_honours_base_href():
    markup = ('<html><head><base href="https://cdn.s.ru/site/"></head><body><ul>'
           '<li><span class="date">01.09.2023</span> <a href="n/1">Первая новость</a></li>'
           '<li><span class="date">02.09.2023</span> <a href="n/2">Вторая новость</a></li></ul></body></html>')
    assert [e.href for e in listed(markup, "https://s.ru/")] == [
        "https://cdn.s.ru/site/n/1", "https://cdn.s.ru/site/n/2"]


def test_listing_keeps_undated_members_of_a_dated_list():
    markup = page('<ul class="news"><li><span class="date">01.09.2023</span> <a href="/1">Первая</a></li>'
               '<li><span class="date">02.09.2023</span> <a href="/2">Вторая</a></li>'
               '<li><a href="/3">Третья без даты</a></li></ul>')
    entries = listed(markup, "https://s.ru/")
    assert [(e.title, e.date.value if e.date else None) for e in entries] == [
        ("Первая", D(2023, 9, 1)), ("Вторая", D(2023, 9, 2)), ("Третья без даты", None)]


def test_yearless_listing_without_any_year_stays_undated():
    markup = page('<ul class="news"><li>14 ноября <a href="/a">Событие А</a></li>'
               '<li>20 ноября <a href="/b">Событие Б</a></li></ul>')
    assert listed(markup, "https://s.ru/") == []


def test_listing_month_permalinks_give_way_to_the_day_in_the_item():
    markup = page('<div class="posts"><article class="post"><h2><a href="/2023/09/den-znaniy/">День знаний</a></h2>'
               '<p>15 сентября в школе прошла линейка.</p></article>'
               '<article class="post"><h2><a href="/2023/10/ekskursiya/">Экскурсия</a></h2>'
               '<p>Ребята побывали в музее 5 марта.</p></article></div>')
    entries = listed(markup, "https://s.ru/")
    assert [e.date.value for e in entries] == [D(2023, 9, 15), D(2023, 10, 1)]


def test_listing_documents_dates_are_not_when_they_were_posted():
    markup = page('<ul class="docs"><li><a href="/d/1.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02</a></li>'
               '<li><a href="/d/2.pdf">Методические рекомендации (ТВ-977/02 от 31.05.2022)</a></li>'
               '<li><a href="/d/3.pdf">Положение о центре</a> 05.09.2023</li>'
               '<li><a href="/d/4.pdf">План работы центра</a> 06.09.2023</li></ul>')
    entries = listed(markup, "https://s.ru/docs/")
    assert [e.date.value if e.date else None for e in entries] == [None, None, D(2023, 9, 5), D(2023, 9, 6)]


def test_yearless_listing_takes_year_from_upload_path():
    markup = page('<ul class="docs"><li><a href="/upload/2023/09/a.pdf">Изменения в расписании</a> 14.09</li>'
               '<li><a href="/upload/2023/09/b.pdf">Изменения в расписании (2)</a> 21.09</li></ul>')
    entries = listed(markup, "https://s.ru/")
    assert [e.date.value for e in entries] == [D(2023, 9, 14), D(2023, 9, 21)]


@pytest.mark.parametrize("markup", ["", "<p>", '{"a": 1}', "<!-- c --><html><body><!-- x --><h1>T</h1></body></html>"])
def test_degenerate_documents(markup):
    assert listed(markup, "https://s.ru/") == []
    assert published(markup, "https://s.ru/news/") is None
    assert published(markup, "https://s.ru/2023/09/12/x/").value == D(2023, 9, 12)


def test_aspnet_form_wrapping_the_page_is_not_furniture():
    markup = page('<form id="form1"><div class="content"><h1>Новость</h1><div class="date">05.10.2023</div>'
               '<ul class="news"><li><span class="date">01.10.2023</span> <a href="/n/1">Первая</a></li>'
               '<li><span class="date">02.10.2023</span> <a href="/n/2">Вторая</a></li></ul></div></form>')
    assert published(markup, "https://s.ru/news/").value == D(2023, 10, 5)
    assert len(listed(markup, "https://s.ru/")) == 2


def test_undated_table_rows_are_given_up_after_a_sample(monkeypatch):
    calls = []
    original = dates.listing._ListingReader.item_date

    def counting(self, item, anchor):
        calls.append(anchor)
        return original(self, item, anchor)

    monkeypatch.setattr(dates.listing._ListingReader, "item_date", counting)
    rows = "".join(f"<tr><td>{i}</td><td>Химия</td><td><a href='/t/{i}'>урок {i}</a></td></tr>" for i in range(300))
    assert listed(page(f"<table>{rows}</table>"), "https://s.ru/") == []
    assert len(calls) == dates.listing._SAMPLE


@pytest.mark.parametrize("key, value, message", [
    ("lead_chars", 0, r"dates\.toml \[text\] lead_chars: expected a positive integer"),
    ("lead_not_after", [], r"dates\.toml \[text\] lead_not_after: expected a non-empty list"),
    ("document_number_marks", "№", r"dates\.toml \[text\] document_number_marks: expected a non-empty list"),
])
def test_a_broken_dates_table_names_its_key(monkeypatch, key, value, message):
    from tochka.analysis import rules

    real = rules.load_table

    def broken_dates(name: str) -> dict:
        table = real(name)
        if name == "dates":
            table["text"][key] = value
        return table

    monkeypatch.setattr(rules, "load_table", broken_dates)
    with pytest.raises(rules.RuleError, match=message):
        rules.validate()


def test_a_page_built_without_an_h1_is_dated_by_the_first_sentence_after_its_title():
    html = """<html><body><div class="t228"><a href="/news">Новости центра</a></div>
      <div class="t-container"><div class="t-title t-title_md">Экоурок «Чистый берег»</div>
      <div class="t-text"><p>9 ноября 2023 г. ученики 7 класса на занятии нашего центра исследовали пробы воды.</p>
      </div></div></body></html>"""
    hit = published(html, "https://tochka.s.ru/news/ekourok")
    assert hit is not None and hit.value == D(2023, 11, 9)


def test_the_date_readers_share_one_walk_of_the_page(monkeypatch):
    from tochka.analysis import page as page_module

    walks = []

    class CountingIndex(dates.index.DateIndex):
        def _walk(self, root) -> None:
            walks.append(root)
            super()._walk(root)

    monkeypatch.setattr(page_module, "DateIndex", CountingIndex)
    news = HtmlPage.from_html(page(
        '<h1>Новости</h1><div class="date">05.10.2023</div>'
        '<ul class="news"><li><span class="date">01.10.2023</span> <a href="/n/1">Первая новость</a></li>'
        '<li><span class="date">02.10.2023</span> <a href="/n/2">Вторая новость</a></li></ul>'), "https://s.ru/news/")
    assert dates.page_published(news, as_of=AS_OF).value == D(2023, 10, 5)
    assert [e.date.value for e in dates.listing_entries(news, as_of=AS_OF)] == [D(2023, 10, 1), D(2023, 10, 2)]
    assert [day for day, _ in dates.dated_blocks(news, AS_OF)] == [D(2023, 10, 1), D(2023, 10, 2)]
    assert walks == [news.root]
