"""A DataLife Engine school: a static page /tochka-rosta.html, news in a category with
«12-09-2023, 14:20. Разместил: admin» bylines, a date archive and calendar that page through
months forever, and a section that promises the timetable «позже» but has none."""
from __future__ import annotations

import re

from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import center_intro, lazy_file, recommendations_text, serve_images

HOST = "nikolskoe-school.ru"
SECTION = "/tochka-rosta.html"
CATEGORY = "/tochka-rosta-novosti/"
MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь",
          "Декабрь"]

# (id, slug, category path, "DD-MM-YYYY, HH:MM", title, text)
NEWS = [
    (318, "zimnie-kanikuly", "/novosti/", "11-12-2023, 09:12", "Зимние каникулы",
     "Зимние каникулы продлятся с 30 декабря по 8 января."),
    (312, "nedelya-biologii", CATEGORY, "22-11-2023, 15:40", "Неделя биологии в центре «Точка роста»",
     "Ребята изучали строение клеток под цифровыми микроскопами центра «Точка роста»."),
    (305, "shkola-yunogo-fizika", CATEGORY, "12-09-2023, 14:20", "Школа юного физика",
     "В центре «Точка роста» начала работу «Школа юного физика» для пятиклассников."),
    (299, "den-znaniy", "/novosti/", "01-09-2023, 11:05", "День знаний", "Прошла торжественная линейка."),
    (251, "otkrytie-tsentra", CATEGORY, "01-09-2022, 12:00", "Открытие центра «Точка роста»",
     "1 сентября 2022 года в школе открылся центр «Точка роста»."),
]


def dle_page(title: str, content: str) -> str:
    menu = [("Главная", "/"), ("Новости", "/novosti/"), ("Точка роста", SECTION), ("Новости центра", CATEGORY),
            ("Сведения об ОО", "/svedeniya.html"), ("Обратная связь", "/index.php?do=feedback")]
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in menu)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} » МКОУ Никольская СОШ</title>
<meta name="generator" content="DataLife Engine (http://dle-news.ru)">
<link rel="search" type="application/opensearchdescription+xml" href="https://{HOST}/index.php?do=opensearch" title="МКОУ Никольская СОШ">
<link rel="alternate" type="application/rss+xml" title="МКОУ Никольская СОШ" href="https://{HOST}/rss.xml">
<script src="/engine/classes/min/index.php?g=general&amp;v=26b7e"></script></head>
<body><div class="wrapper"><header class="header"><a href="/" class="logo">МКОУ «Никольская средняя общеобразовательная школа»</a></header>
<nav><ul class="topmenu">{items}</ul></nav>
<div class="cols"><div class="content">{content}</div>
<aside class="sidebar"><div class="block"><div class="block-title">Календарь</div>
<div id="calendar-layer"><table class="calendar"><tr><th colspan="7" class="monthselect">
<a class="monthlink" href="https://{HOST}/2023/11/" title="Предыдущий месяц">&laquo;</a>&nbsp;&nbsp;&nbsp;&nbsp;Декабрь 2023&nbsp;&nbsp;&nbsp;&nbsp;
<a class="monthlink" href="https://{HOST}/2024/01/" title="Следующий месяц">&raquo;</a></th></tr>
<tr><td class="day-active"><a class="day-active" href="https://{HOST}/2023/12/11/" title="Все посты за 11 декабря 2023">11</a></td></tr></table></div></div>
<div class="block"><div class="block-title">Архив</div><a href="https://{HOST}/2023/12/">Декабрь 2023 (1)</a><br>
<a href="https://{HOST}/2023/11/">Ноябрь 2023 (1)</a></div></aside></div>
<footer>© 2010–2023 МКОУ «Никольская СОШ», Вологодская область, Никольский район. Работает на DataLife Engine.</footer>
</div></body></html>"""


def short_story(number, slug, category, stamp, title, text) -> str:
    return (f'<div class="story"><h2 class="story-title"><a href="https://{HOST}{category}{number}-{slug}.html">{title}</a></h2>'
            f'<div class="story-info">{stamp}. Разместил: <a onclick="ShowProfile(\'admin\', \'https://{HOST}/user/admin/\', \'0\'); '
            f'return false;" href="https://{HOST}/user/admin/">admin</a></div><div class="story-text">{text}</div></div>')


def archive_handler(target: str, _headers: dict) -> Resource | None:
    match = re.fullmatch(r"/(\d{4})/(\d{2})/", target)
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    stories = [short_story(*n) for n in NEWS if n[3][3:10] == f"{month:02d}-{year}"]
    nav = (f'<div class="navigation"><a href="https://{HOST}/{prev_y}/{prev_m:02d}/">&laquo; {MONTHS[prev_m - 1]} {prev_y}</a> '
           f'<a href="https://{HOST}/{next_y}/{next_m:02d}/">{MONTHS[next_m - 1]} {next_y} &raquo;</a></div>')
    body = "".join(stories) or '<div class="berrors">По данному запросу ничего не найдено.</div>'
    html = dle_page(f"Новости за {MONTHS[month - 1].lower()} {year} года", nav + body)
    return Resource(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a10", "name": "МКОУ «Никольская СОШ»", "region": "Вологодская область",
         "municipality": "Никольский муниципальный округ", "url": f"https://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}{SECTION}",
         "schedule_status": "missing", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "DataLife Engine school: the section promises the timetable «будет опубликовано позже» and lists a "
        "calendar schedule (not a timetable); center news bylines «12-09-2023, 14:20. Разместил: admin»; "
        "endless month archives; only ТВ-977/02.",
    )

    def page(target: str, title: str, content: str) -> None:
        site.page(target, dle_page(title, content))

    page("/", "Главная", "".join(short_story(*n) for n in NEWS[:4]))
    page("/novosti/", "Новости", "".join(short_story(*n) for n in NEWS if n[2] == "/novosti/"))
    page(CATEGORY, "Новости центра «Точка роста»", "".join(short_story(*n) for n in NEWS if n[2] == CATEGORY))
    for number, slug, category, stamp, title, text in NEWS:
        page(f"{category}{number}-{slug}.html", title, f"""<article class="fullstory"><h1>{title}</h1>
<div class="story-info">{stamp}. Разместил: <a href="https://{HOST}/user/admin/">admin</a> | Просмотров: {number % 97 + 31}</div>
<div class="full-text"><p>{text}</p><img src="/uploads/posts/{stamp[6:10]}-{stamp[3:5]}/{number}_foto.jpg" alt=""></div>
<div class="comments"><a href="#addcomment">Комментариев: 0</a></div></article>""")
    page(SECTION, "Центр «Точка роста»", f"""<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>{center_intro('МКОУ «Никольская СОШ»', 2022)}</p>
<h3>Документы</h3><ul>
<li><a href="/uploads/files/2022-09/pismo_tv-977_02.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></li>
<li><a href="/uploads/files/2023-09/kalendarnyy_uchebnyy_grafik_2023-2024.pdf">Календарный учебный график на 2023-2024 учебный год</a></li>
<li><a href="/uploads/files/2022-09/polozhenie.pdf">Положение о центре</a></li></ul>
<h3>Расписание занятий</h3><p>Расписание занятий центра на 2023-2024 учебный год будет опубликовано позже.</p>
<p><a href="{CATEGORY}">Новости центра</a></p>""")
    page("/svedeniya.html", "Сведения об образовательной организации", "<p>Основные сведения о школе.</p>")
    page("/index.php?do=feedback", "Обратная связь", "<form method='post'><input name='name'></form>")
    page("/user/admin/", "Пользователь admin", "<p>Группа: Администраторы. Публикаций: 318.</p>")
    page("/2023/12/11/", "Новости за 11 декабря 2023", short_story(*NEWS[0]))
    site.dynamic(r"/\d{4}/\d{2}/", archive_handler)
    lazy_file(site, "/uploads/files/2022-09/pismo_tv-977_02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02")), PDF)
    lazy_file(site, "/uploads/files/2023-09/kalendarnyy_uchebnyy_grafik_2023-2024.pdf", lambda: pdf_bytes(
        ["Календарный учебный график МКОУ «Никольская СОШ» на 2023-2024 учебный год",
         "Начало учебного года: 01.09.2023", "Окончание учебного года: 24.05.2024"]), PDF)
    lazy_file(site, "/uploads/files/2022-09/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
