"""A uCoz school site in windows-1251 (declared only in <meta>): the section lives at
/index/..._quot_tochka_rosta_quot/0-87, news at /news/<slug>/YYYY-MM-DD-N and its short
twin /news/YYYY-MM-DD-N, and a news calendar that pages through months forever."""
from __future__ import annotations

import re

from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import center_intro, html_table, lazy_file, recommendations_text, serve_images

HOST = "lebedevka-sosh.ucoz.net"
SECTION = "/index/obshhaja_informacija_o_centre_quot_tochka_rosta_quot/0-87"
DOCS = "/index/dokumenty_centra_quot_tochka_rosta_quot/0-88"
TIMETABLE = "/index/raspisanie_zanjatij_centra/0-89"
CATEGORY = "/news/tochka_rosta/1-0-2"
CP = "windows-1251"

MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
          "Ноябрь", "Декабрь"]

# (slug, date, id, title, text, category 2 = «Точка роста»)
NEWS = [
    ("novogodnij_koncert", "2023-12-08", 21, "Новогодний концерт",
     "Приглашаем родителей на новогодний концерт 26 декабря в 17:00.", 1),
    ("rajonnaja_olimpiada_po_khimii", "2023-11-24", 18, "Районная олимпиада по химии",
     "24 ноября на базе центра «Точка роста» нашей школы прошёл муниципальный этап олимпиады "
     "по химии. Участники выполняли практический тур на оборудовании центра.", 2),
    ("osennie_kanikuly", "2023-10-27", 17, "Осенние каникулы",
     "Осенние каникулы продлятся с 28 октября по 5 ноября.", 1),
    ("otkrytie_sezona_v_tochke_rosta", "2023-09-12", 15, "Открытие сезона в «Точке роста»",
     "12 сентября в центре «Точка роста» прошёл день открытых дверей: ученики 5–9 классов "
     "записались в объединения «Робототехника», «Юный химик» и «Физика вокруг нас».", 2),
    ("den_znanij", "2023-09-01", 14, "День знаний", "Торжественная линейка прошла в 9:00.", 1),
    ("god_raboty_centra", "2022-09-30", 9, "Год работы центра «Точка роста»",
     "Подведены итоги первого года работы центра.", 2),
]


def ucoz_page(title: str, content: str) -> str:
    menu = [("Главная", "/"), ("О школе", "/index/o_shkole/0-2"), ("Новости", "/news/"),
            ("Центр &quot;Точка роста&quot;", SECTION), ("Сведения об ОО", "/index/svedenija/0-40"),
            ("Фотоальбом", "/photo/"), ("Гостевая книга", "/gb/"), ("Обратная связь", "/index/0-3")]
    items = "".join(f'<li><a class="m" href="{h}">{t}</a></li>' for t, h in menu)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head>
<meta http-equiv="content-type" content="text/html; charset=windows-1251">
<title>{title} - МБОУ Лебедевская СОШ</title>
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<script type="text/javascript" src="/.s/src/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/.s/src/uwnd.min.js"></script>
</head>
<body>
<div id="utbr8214" rel="s740"></div>
<div id="header"><h1 class="logo">МБОУ «Лебедевская средняя общеобразовательная школа»</h1>
<div class="slogan">Тамбовская область, Мичуринский район</div></div>
<table class="main-table" width="100%"><tr>
<td class="left-column" valign="top">
<div class="block"><div class="blocktitle">Меню сайта</div>
<div class="blockcontent"><div id="uMenuDiv1" class="uMenuV"><ul class="uz">{items}</ul></div></div></div>
<div class="block"><div class="blocktitle">Календарь</div><div class="blockcontent">
<table border="0" cellspacing="1" cellpadding="2" class="calTable"><tr>
<td align="center" class="calMonth" colspan="7"><a title="Ноябрь 2023" class="calMonthLink cal-month-link-prev" href="/news/2023-11">&laquo;</a>&nbsp;
<a class="calMonthLink cal-month-current" href="/news/2023-12">Декабрь 2023</a>&nbsp;
<a title="Январь 2024" class="calMonthLink cal-month-link-next" href="/news/2024-01">&raquo;</a></td></tr>
<tr><td class="calMday"><a class="calMdayLink" href="/news/2023-12-08">8</a></td></tr></table></div></div>
<div class="block"><div class="blocktitle">Вход на сайт</div><div class="blockcontent">
<a href="/index/1">Вход</a> | <a href="/index/3">Регистрация</a></div></div>
</td>
<td class="content-column" valign="top">{content}</td>
</tr></table>
<div id="footer">Copyright МБОУ Лебедевская СОШ &copy; 2012-2023 | <a href="https://www.ucoz.ru/" title="Создать сайт бесплатно">Создать бесплатный сайт с uCoz</a>
<!-- "' --><span class="pbRvx9Gx"><a href="https://www.ucoz.ru/">uCoz</a></span>
<img src="https://counter.yadro.ru/hit?t44.1;r;s1920*1080*24" width="31" height="31" alt=""></div>
</body></html>"""


def entry_details(day: str, views: int, category: int) -> str:
    d = day.split("-")
    label = f'<a href="{CATEGORY}">Точка роста</a>' if category == 2 else '<a href="/news/1-0-1">Новости школы</a>'
    return (f'<div class="eDetails">Категория: {label} | '
            f'Просмотров: {views} | Добавил: <a href="/index/8-1">admin</a> | '
            f'Дата: <span title="14:20">{d[2]}.{d[1]}.{d[0]}</span></div>')


def news_list(entries) -> str:
    out = []
    for slug, day, number, title, text, category in entries:
        out.append(f'<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock"><tr>'
                   f'<td class="eTitle"><a href="/news/{slug}/{day}-{number}">{title}</a></td></tr>'
                   f'<tr><td class="eMessage"><p>{text[:100]}</p></td></tr>'
                   f'<tr><td class="eDetails1">{entry_details(day, 20 + number, category)}</td></tr></table>')
    return "".join(out)


def month_archive(year: int, month: int) -> str:
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    entries = [n for n in NEWS if n[1].startswith(f"{year:04d}-{month:02d}")]
    listing = news_list(entries) if entries else "<p>Материалов за этот период нет.</p>"
    return ucoz_page(f"Архив материалов за {MONTHS[month - 1].lower()} {year}", f"""
<h2>Архив новостей: {MONTHS[month - 1]} {year}</h2>
<div class="archive-nav"><a href="/news/{prev_y}-{prev_m:02d}">&laquo; {MONTHS[prev_m - 1]} {prev_y}</a> |
<a href="/news/{next_y}-{next_m:02d}">{MONTHS[next_m - 1]} {next_y} &raquo;</a></div>{listing}""")


def calendar_handler(target: str, _headers: dict) -> Resource | None:
    match = re.fullmatch(r"/news/(\d{4})-(\d{1,2})", target)
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    html = month_archive(year, month)
    return Resource(html.encode(CP, errors="xmlcharrefreplace"), headers={"Content-Type": "text/html"})


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a04", "name": "МБОУ «Лебедевская СОШ»", "region": "Тамбовская область",
         "municipality": "Мичуринский муниципальный округ", "url": f"http://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST}{SECTION}",
         "schedule_status": "unknown", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "uCoz site in windows-1251 declared only by <meta>: an undated HTML timetable, center news "
        "reachable under two URL forms, an endless month calendar, and only the Р-6 (2021) edition.",
    )

    def page(target: str, title: str, content: str) -> None:
        site.page(target, ucoz_page(title, content), charset=CP, declare="meta")

    sub = (f'<p><a href="{SECTION}">Общая информация</a> | <a href="{DOCS}">Документы</a> | '
           f'<a href="{TIMETABLE}">Расписание занятий</a> | <a href="{CATEGORY}">Новости центра</a></p>')
    page("/", "Главная страница", f"""
<h2>Добро пожаловать на сайт школы!</h2>
<p>Уважаемые посетители! На нашем сайте вы найдёте информацию о жизни школы.</p>
<h3>Последние новости</h3>{news_list(NEWS[:3])}""")
    page(SECTION, "Общая информация о Центре &quot;Точка роста&quot;", f"""
<h2>Общая информация о Центре "Точка роста"</h2>{sub}
<p>{center_intro("МБОУ «Лебедевская СОШ»", 2022)}</p>
<p>Центр оснащён цифровыми лабораториями по химии, физике и биологии, наборами по робототехнике.</p>
<p>Новости центра: <a href="/news/2023-09-12-15">Открытие сезона в «Точке роста»</a>,
<a href="/news/2023-11-24-18">Районная олимпиада по химии</a></p>""")
    page(DOCS, "Документы центра", f"""<h2>Документы центра</h2>{sub}
<ol><li><a href="/tochka/prikaz_ob_otkrytii.pdf">Приказ об открытии Центра "Точка роста"</a></li>
<li><a href="/tochka/polozhenie.pdf">Положение о Центре</a></li>
<li><a href="/tochka/R-6_ot_12.01.2021.pdf">Методические рекомендации (Распоряжение Минпросвещения России от 12.01.2021 № Р-6)</a></li>
</ol>""")
    lazy_file(site, "/tochka/prikaz_ob_otkrytii.pdf",
              lambda: pdf_bytes(["ПРИКАЗ № 87 от 25.08.2022", "Об открытии Центра «Точка роста»"]), PDF)
    lazy_file(site, "/tochka/polozhenie.pdf", lambda: pdf_bytes(["ПОЛОЖЕНИЕ о Центре «Точка роста»"]), PDF)
    lazy_file(site, "/tochka/R-6_ot_12.01.2021.pdf", lambda: pdf_bytes(recommendations_text(
        "Приложение к распоряжению Министерства просвещения Российской Федерации от 12.01.2021 № Р-6")), PDF)
    page(TIMETABLE, "Расписание занятий центра", f"""<h2>Расписание занятий Центра "Точка роста"</h2>{sub}
{html_table([["День", "Объединение", "Время", "Руководитель"],
             ["Понедельник", "Робототехника", "14.30-16.00", "Кирсанов В.А."],
             ["Среда", "Юный химик", "14.30-15.15", "Попова Л.Н."],
             ["Четверг", "Физика вокруг нас", "14.30-15.15", "Кирсанов В.А."]])}""")
    page("/news/", "Новости", news_list(NEWS))
    page(CATEGORY, "Точка роста - Новости", "<h2>Новости центра «Точка роста»</h2>" +
         news_list([n for n in NEWS if n[5] == 2]))
    page("/news/1-0-1", "Новости школы - Новости", news_list([n for n in NEWS if n[5] == 1]))
    for slug, day, number, title, text, category in NEWS:
        body = (f'<table class="eBlock"><tr><td class="eTitle">{title}</td></tr>'
                f'<tr><td class="eMessage"><p>{text}</p></td></tr>'
                f'<tr><td>{entry_details(day, 20 + number, category)}</td></tr></table>'
                f'<div id="comments"><a href="/news/{slug}/{day}-{number}#comments">Комментарии: 0</a></div>')
        page(f"/news/{slug}/{day}-{number}", title, body)
        page(f"/news/{day}-{number}", title, body)
    site.dynamic(r"/news/\d{4}-\d{1,2}", calendar_handler)
    page("/news/2023-12-08", "Материалы за 08.12.2023", news_list(NEWS[:1]))
    page("/index/o_shkole/0-2", "О школе", "<h2>О школе</h2><p>Школа основана в 1936 году.</p>")
    page("/index/svedenija/0-40", "Сведения об образовательной организации", """
<h2>Сведения об образовательной организации</h2><ul><li><a href="/index/osnovnye_svedenija/0-41">Основные сведения</a></li>
<li><a href="/index/obrazovanie/0-45">Образование</a></li></ul>""")
    page("/index/0-3", "Обратная связь", "<form method='post' action='/index/'>Ваше имя: <input name='f1'></form>")
    page("/index/osnovnye_svedenija/0-41", "Основные сведения", "<p>Дата создания: 1936 год. Учредитель: администрация округа.</p>")
    page("/index/obrazovanie/0-45", "Образование", "<p>Реализуемые уровни образования: начальное, основное, среднее общее.</p>")
    page("/photo/", "Фотоальбом", '<div class="photo"><a href="/photo/1-0-12"><img src="/_ph/1/1/12.jpg"></a></div>')
    page("/photo/1-0-12", "Фото", '<img src="/_ph/1/12.jpg" alt="Линейка">')
    page("/gb/", "Гостевая книга", "<p>Записей в гостевой книге нет.</p>")
    page("/index/1", "Вход на сайт", "<form method='post'>Логин: <input name='user'></form>")
    page("/index/3", "Регистрация", "<p>Регистрация на сайте закрыта.</p>")
    page("/index/8-1", "Профиль пользователя admin", "<p>Группа: Администраторы</p>")
    serve_images(site)
    return site


SITES = [build()]
