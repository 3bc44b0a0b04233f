"""Timings of tochka.analysis.dates on the inputs a national crawl feeds it.

    .venv/bin/python scripts/bench_dates.py [--repeat N]

Prints microseconds per call for dates_in_text on typical short strings (link texts,
titles, date lines) and milliseconds per page for page_published / listing_entries on a
realistic ~50 KB school news page (menus, a 20-item list, widgets, counters, footer). Each
reader is timed on a fresh ``HtmlPage``, so its figure includes the page's date index; the
last figure is both on one page, which walks the tree once.
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from parsel import Selector

from tochka.analysis.dates import (
    academic_years,
    dates_in_text,
    listing_entries,
    page_published,
    upload_path_date,
    url_date,
)
from tochka.analysis.page import HtmlPage

AS_OF = date(2023, 12, 13)

SHORT_STRINGS = [
    "12 сентября 2023 г.",
    "12.09.2023 14:20",
    "12-09-2023, 14:20",
    "Расписание внеурочной деятельности с 04.09.2023",
    "Методические рекомендации (письмо от 30.11.2023 № ТВ-2356/02)",
    "с 12 января по 30 апреля 2023 г.",
    "Расписание занятий центра «Точка роста» на 2023-2024 учебный год",
    "Положение о центре образования естественно-научной направленности",
    "Новости",
    "8-800-2023-12",
    "Декабрь 24, 2021 Просмотров: 96",
]
FALLBACK_STRINGS = ["12 09 2023", "Дата: сентября 12 , 2023"]

MENU = "".join(f'<li class="menu-item"><a href="/razdel-{i}/">Раздел сайта номер {i}</a></li>' for i in range(60))
NEWS_ITEM = """
<div class="news-item" id="bx_321811_{n}">
  <a href="/news/detail.php?ID={n}"><img class="preview_picture" src="/upload/iblock/a{n}/foto.jpg" alt="Фото {n}"/></a>
  <span class="news-date-time">{d:02d}.{m:02d}.2023</span>
  <h3 class="news-title"><a href="/news/detail.php?ID={n}">В центре «Точка роста» прошло занятие по робототехнике №{n}</a></h3>
  <p class="preview">Учащиеся 7–9 классов познакомились с конструкторами и собрали первые модели роботов.
  Занятие провела педагог дополнительного образования. Следующее занятие состоится {d2} ноября.
  Приглашаем всех желающих! Телефон для справок 8-800-2023-12, кабинет № 12.</p>
  <a class="more" href="/news/detail.php?ID={n}">Подробнее</a>
  <span class="cat"><a href="/news/?SECTION_ID=3">Новости центра</a></span>
</div>"""
SIDEBAR = "".join(f'<li><a href="/arhiv/{y}/">Архив {y}</a></li>' for y in range(2010, 2024))
CALENDAR = "".join(f'<td><a href="/news/?day={d}">{d}</a></td>' for d in range(1, 31))
FILLER = "<p>" + "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа. " * 30 + "</p>"


def news_page(items_count: int = 30) -> str:
    items = "".join(NEWS_ITEM.format(n=100 + i, d=1 + i % 28, m=9 + i % 4, d2=1 + i) for i in range(items_count))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Новости</title>
<script>var config = {{"a": 1, "b": "2023-12-13"}};</script><link rel="stylesheet" href="/style.css"></head>
<body class="page has-sidebar">
<header class="site-header"><div class="logo">МБОУ СОШ №1</div><div class="today">Сегодня: 13 декабря 2023 г.</div>
<nav class="main-menu"><ul>{MENU}</ul></nav></header>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>
<main class="content"><h1>Новости</h1>{FILLER}<div class="news-list">{items}</div>
<div class="bx-pagination"><a href="?PAGEN_1=2">2</a><a href="?PAGEN_1=3">3</a><a href="?PAGEN_1=4">4</a></div></main>
<aside class="sidebar"><div class="widget"><h3>Архив</h3><ul>{SIDEBAR}</ul></div>
<table id="calendar"><caption>Декабрь 2023</caption><tr>{CALENDAR}</tr></table></aside>
<footer class="site-footer">{FILLER}<div class="copyright">© 2010–2023 МБОУ СОШ №1</div>
<div class="counters"><a href="https://www.liveinternet.ru/click"><img alt="LiveInternet" src="/li.gif"></a></div></footer>
<script>(function(){{ var x = "12.09.2023"; }})();</script></body></html>"""


def per_call(function, args_list, repeat: int) -> float:
    """Best seconds per call over ``repeat`` rounds of all ``args_list``: the minimum, as
    timeit advises, because on a shared machine every other number measures the neighbours."""
    rounds = []
    for _ in range(repeat):
        start = time.perf_counter()
        for args in args_list:
            function(*args)
        rounds.append((time.perf_counter() - start) / len(args_list))
    return min(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    repeat = parser.parse_args().repeat

    start = time.perf_counter()
    dates_in_text(FALLBACK_STRINGS[0], as_of=AS_OF)
    print(f"dateparser warm-up (first fallback call, once per process): {(time.perf_counter() - start) * 1e3:.0f} ms")

    print("\ndates_in_text, per call (fast path):")
    for text in SHORT_STRINGS:
        seconds = per_call(lambda t: dates_in_text(t, as_of=AS_OF), [(text,)], repeat)
        print(f"  {seconds * 1e6:8.1f} us  {text!r}")
    print("dates_in_text, per call (dateparser fallback):")
    for text in FALLBACK_STRINGS:
        seconds = per_call(lambda t: dates_in_text(t, as_of=AS_OF), [(text,)], max(1, repeat // 10))
        print(f"  {seconds * 1e6:8.1f} us  {text!r}")
    print("other helpers, per call:")
    for name, function, arg in [
        ("academic_years", academic_years, SHORT_STRINGS[6]),
        ("url_date", url_date, "https://school.ucoz.ru/news/den_znanij/2023-09-12-15"),
        ("upload_path_date", upload_path_date, "https://s.ru/wp-content/uploads/2021/09/raspisanie.pdf"),
    ]:
        print(f"  {per_call(function, [(arg,)], repeat) * 1e6:8.1f} us  {name}")

    page_repeat = max(5, repeat // 10)
    # The list page, and the same furniture with an undated text: the worst case for
    # page_published, which then tries every finder before the URL.
    undated = news_page(0).replace("<h1>Новости</h1>", "<h1>Педагоги центра</h1>" + FILLER * 8)
    rows = "".join(f"<tr><td>{i}</td><td>Химия</td><td>8 А</td><td>каб. {i % 30}</td>"
                   f"<td><a href='/t/{i}'>урок {i}</a></td></tr>" for i in range(1500))
    timetable = f"<html><body><h1>Расписание</h1><table>{rows}</table></body></html>"
    # A news item whose only date is its first sentence: every finder runs before the lead's.
    lead_only = news_page(0).replace("<h1>Новости</h1>", "<h1>Открытие центра</h1><p>В рамках федерального проекта "
                                     "«Современная школа» 12 сентября 2023 года в нашей школе состоялось открытие "
                                     "центра «Точка роста».</p>" + FILLER)
    for name, html in (("news list page", news_page()), ("undated section page", undated),
                       ("news item dated by its first sentence", lead_only),
                       ("timetable page, 1500 linked rows (stress)", timetable)):
        print(f"\n{name}: {len(html.encode()) / 1024:.0f} KB, {html.count('<a ')} links")
        parse = per_call(lambda h: Selector(h), [(html,)], page_repeat)
        root = Selector(html).root

        def fresh_page(root=root) -> HtmlPage:
            return HtmlPage(root, "https://s.ru/news/")

        published = per_call(lambda: page_published(fresh_page(), as_of=AS_OF), [()], page_repeat)
        listing = per_call(lambda: listing_entries(fresh_page(), as_of=AS_OF), [()], page_repeat)
        both = per_call(lambda p: (page_published(p, as_of=AS_OF), listing_entries(p, as_of=AS_OF)),
                        [(fresh_page(),) for _ in range(page_repeat)], 1)
        entries = listing_entries(fresh_page(), as_of=AS_OF)
        print(f"  {parse * 1e3:6.2f} ms  parsel.Selector (parsing, for scale)")
        print(f"  {published * 1e3:6.2f} ms  page_published -> {page_published(fresh_page(), as_of=AS_OF)}")
        print(f"  {listing * 1e3:6.2f} ms  listing_entries -> {len(entries)} entries, "
              f"{sum(e.date is not None for e in entries)} dated")
        print(f"  {both * 1e3:6.2f} ms  both on one page")


if __name__ == "__main__":
    main()
