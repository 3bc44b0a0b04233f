"""An «IT-куб» center whose whole site is the center (center_type it_cube), built on Tilda:
/page<N>.html pages behind friendly aliases, posts at /tpost/<id>-<slug>, a 2023-2024 XLSX
timetable and the АЗ-1346/04 recommendations."""
from __future__ import annotations

from tests.fixtureweb.kit import PDF, XLSX, Site, pdf_bytes, xlsx_bytes
from tests.fixtureweb.sites.a_common import lazy_file, serve_images

HOST = "itcube-chelny.ru"
# Tilda keeps uploads on its CDN host; the fixture answers for it as part of this site.
CDN = "static.tildacdn.com"
MENU = [("О центре", "/"), ("Направления", "/napravleniya"), ("Расписание", "/raspisanie"), ("Документы", "/dokumenty"),
        ("Новости", "/novosti"), ("Контакты", "/kontakty")]

# (post id, slug, date, title, text)
POSTS = [
    ("x7k2mb9rd1", "zimnyaya-shkola-programmistov", "04.12.2023", "Зимняя школа программистов",
     "IT-куб приглашает на зимнюю интенсивную школу по Python для 8–11 классов."),
    ("p3n8vc4ty2", "chempionat-robototekhniki", "17.10.2023", "Наши ученики — призёры чемпионата по робототехнике",
     "Команда IT-куба заняла 2 место на республиканском чемпионате."),
    ("q5w1ea7zu6", "den-otkrytyh-dverey", "02.09.2023", "День открытых дверей в IT-кубе",
     "Более 300 гостей познакомились с направлениями центра."),
    ("m9j4hx2lk0", "itogi-2022", "26.12.2022", "Итоги 2022 года", "В 2022 году в IT-кубе обучались 720 детей."),
]


def tilda_page(page_id: int, title: str, content: str) -> str:
    menu = "".join(f'<li class="t228__list_item"><a class="t-menu__link-item" href="{h}" data-menu-submenu-hook="">{t}</a></li>'
                   for t, h in MENU)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} — Центр цифрового образования детей «IT-куб» г. Набережные Челны</title>
<meta property="og:title" content="{title}" />
<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" />
<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script></head>
<body class="t-body" style="margin:0;"><div id="allrecords" data-tilda-export="yes" class="t-records" data-hook="blocks-collection-content-node"
 data-tilda-project-id="4215573" data-tilda-page-id="{page_id}" data-tilda-formskey="8d1e0c2a">
<div id="rec612345678" class="r t-rec" data-record-type="257"><div class="t228"><nav class="t228__maincontainer">
<div class="t228__leftside"><a href="/"><img src="https://static.tildacdn.com/tild3463/logo_itcube.png" class="t228__imglogo" alt="IT-куб"></a></div>
<ul class="t228__list">{menu}</ul></nav></div></div>
<div id="rec612345701" class="r t-rec" data-record-type="106"><div class="t-container"><div class="t-col t-col_8">
<h1 class="t-title t-title_xs">{title}</h1><div class="t-text t-text_md">{content}</div></div></div></div>
<div id="rec612345799" class="r t-rec" data-record-type="345"><div class="t345"><div class="t345-text">
© 2020–2023 ЦЦОД «IT-куб» МАОУ «Лицей № 78». Республика Татарстан, г. Набережные Челны, пр. Мира, 52</div></div></div>
<div class="t-tildalabel" id="tildacopy"><a href="https://tilda.cc/?upm=4215573">Made on Tilda</a></div></div>
</body></html>"""


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a18", "name": "ЦЦОД «IT-куб» г. Набережные Челны", "region": "Республика Татарстан",
         "municipality": "г. Набережные Челны", "url": f"https://{HOST}/", "center_type": "it_cube"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}/",
         "schedule_status": "current", "has_publications": True, "publications_count": 3,
         "recommendations_current": True, "status": "ok"},
        "An IT-куб whose whole Tilda site is the center: the section is the site itself, a 2023-2024 XLSX "
        "timetable, posts at /tpost/<id>-<slug>, and the АЗ-1346/04 recommendations in «Документы»; "
        "documents live on Tilda's CDN host but their link texts already decide.",
        extra_hosts=(CDN,),
    )
    pages = {"/": (38210001, "IT-куб"), "/napravleniya": (38210002, "Направления"), "/raspisanie": (38210003, "Расписание"),
             "/dokumenty": (38210004, "Документы"), "/novosti": (38210005, "Новости"), "/kontakty": (38210006, "Контакты")}
    content = {
        "/": "<p>Центр цифрового образования детей «IT-куб» открыт в 2020 году в рамках федерального проекта "
             "«Цифровая образовательная среда» национального проекта «Образование». Обучение бесплатное, для детей 7–18 лет.</p>",
        "/napravleniya": "<ul><li>Программирование на Python</li><li>Мобильная разработка</li><li>Робототехника</li>"
                         "<li>Системное администрирование</li><li>Основы алгоритмики и логики</li></ul>",
        "/raspisanie": '<p><a href="https://static.tildacdn.com/tild6431-3262-4134-b338-396533623731/raspisanie_2023-2024.xlsx">'
                       "Расписание занятий на 2023-2024 учебный год</a></p>",
        "/dokumenty": '<ul><li><a href="https://static.tildacdn.com/tild3931-6534-4337-a632-336361383138/metod_rek_AZ-1346_04.pdf">'
                      "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб» "
                      "(письмо Минпросвещения России от 07.09.2022 № АЗ-1346/04)</a></li>"
                      '<li><a href="https://static.tildacdn.com/tild6362-3565-4131-b166-623736613633/polozhenie.pdf">'
                      "Положение о ЦЦОД «IT-куб»</a></li></ul>",
        "/novosti": "".join(f'<div class="t-feed__post"><span class="js-feed-post-date t-feed__post-date">{day}</span> '
                            f'<a href="/tpost/{pid}-{slug}">{title}</a></div>' for pid, slug, day, title, _ in POSTS),
        "/kontakty": "<p>Телефон: +7 (8552) 39-50-12, e-mail: itcube@edu.tatar.ru</p>",
    }
    for alias, (page_id, title) in pages.items():
        html = tilda_page(page_id, title, content[alias])
        site.page(alias, html)
        site.page(f"/page{page_id}.html", html)
    for pid, slug, day, title, text in POSTS:
        site.page(f"/tpost/{pid}-{slug}", tilda_page(38210005, title, f'<div class="t-feed__post-popup__date">'
                                                                       f'<span class="t-feed__post-popup__date">{day}</span></div><p>{text}</p>'))
    lazy_file(site, "/tild6431-3262-4134-b338-396533623731/raspisanie_2023-2024.xlsx", lambda: xlsx_bytes(
        [["Расписание занятий ЦЦОД «IT-куб» на 2023-2024 учебный год"], [],
         ["Направление", "Группа", "День", "Время", "Педагог"],
         ["Python", "ПР-1", "Пн, Ср", "15:00–16:30", "Сафин Р.И."],
         ["Робототехника", "РТ-2", "Вт, Чт", "16:00–17:30", "Гарипова Л.Ф."]]), XLSX, host=CDN)
    lazy_file(site, "/tild3931-6534-4337-a632-336361383138/metod_rek_AZ-1346_04.pdf", lambda: pdf_bytes([
        "Приложение к письму Минпросвещения России от 07.09.2022 № АЗ-1346/04",
        "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб»"]), PDF, host=CDN)
    lazy_file(site, "/tild6362-3565-4131-b166-623736613633/polozhenie.pdf", lambda: pdf_bytes(
        ["Положение о ЦЦОД «IT-куб»"]), PDF, host=CDN)
    serve_images(site, host=CDN)
    serve_images(site)
    return site


SITES = [build()]
