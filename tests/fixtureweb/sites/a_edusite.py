"""An edusite.ru school in windows-1251: /pNNaa1.html pages and the /point/ center module,
reached only through a banner whose <img title> names the center. The timetable link says
nothing of the year; only the DOCX's own text does."""
from __future__ import annotations

from tests.fixtureweb.kit import DOCX, PDF, Site, docx_bytes, pdf_bytes
from tests.fixtureweb.sites.a_common import CENTER_WEEK, center_intro, lazy_file, serve_images

HOST = "shelopugino-sh.edusite.ru"
CP = "windows-1251"
MENU = [("Главная", "/"), ("Сведения об образовательной организации", "/p1aa1.html"), ("Новости", "/p12aa1.html"),
        ("Родителям", "/p24aa1.html"), ("Дополнительное образование", "/p87aa1.html"), ("Контакты", "/p90aa1.html")]
POINT_MENU = [("Общая информация", "/point/index.html"), ("Документы", "/point/dokumenty.html"),
              ("Расписание", "/point/raspisanie.html"), ("Педагоги", "/point/pedagogi.html"),
              ("Материально-техническая база", "/point/mtb.html"), ("Новости центра", "/point/novosti.html")]


def edusite_page(title: str, content: str, local_menu: list[tuple[str, str]] = ()) -> str:
    menu = "".join(f'<tr><td class="menu"><a href="{h}">{t}</a></td></tr>' for t, h in MENU)
    local = "".join(f'<a href="{h}">{t}</a><br>' for t, h in local_menu)
    local_block = f'<div class="point-menu"><b>Центр «Точка роста»</b><br>{local}</div>' if local_menu else ""
    return f"""<html><head><title>{title}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css"></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="top"><img src="/images/top_school.jpg" width="100%" alt="МКОУ Шелопугинская СОШ"></td></tr>
<tr><td width="200" valign="top"><table width="200">{menu}</table>{local_block}
<p class="small"><a href="http://www.edusite.ru/">Конструктор сайтов edusite.ru</a></p></td>
<td valign="top" class="content"><h1>{title}</h1>{content}</td></tr>
<tr><td colspan="2" class="footer">© 2011–2023 МКОУ «Шелопугинская средняя общеобразовательная школа»,
Забайкальский край, с. Шелопугино, ул. Ленина, 18. Тел. 8 (30266) 2-11-65
<br><a href="http://www.edusite.ru/">Сайт создан в системе «edusite»</a></td></tr></table>
<script src="//counter.edusite.ru/count.js?id=10477"></script>
</body></html>"""


NEWS = [
    ("04.12.2023", "День матери", "В школе прошёл праздничный концерт, посвящённый Дню матери."),
    ("16.10.2023", "Рост числа участников ГТО", "В этом году нормы ГТО сдавали 112 учеников — на 30 больше, чем в прошлом."),
    ("22.09.2023", "Победа в олимпиаде по истории", "Ученица 10 класса заняла 2 место в районной олимпиаде."),
    ("01.09.2023", "День знаний", "Торжественная линейка, посвящённая началу учебного года."),
]
POINT_NEWS = [
    ("19.12.2022", "Новогодний турнир по шахматам в «Точке роста»",
     "В центре «Точка роста» прошёл новогодний шахматный турнир."),
    ("11.10.2022", "Мастер-класс по робототехнике", "Ученики 6 класса собрали первых роботов в центре «Точка роста»."),
    ("01.09.2021", "Открытие центра «Точка роста»", "Торжественное открытие центра «Точка роста»."),
]


def news_html(items) -> str:
    return "".join(f'<p><span class="date">{day}</span> <b>{title}</b><br>{text}</p><hr>' for day, title, text in items)


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a05", "name": "МКОУ «Шелопугинская СОШ»", "region": "Забайкальский край",
         "municipality": "Шелопугинский район", "url": f"http://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST}/point/index.html",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "edusite.ru school in windows-1251: the /point/ module is linked only by a banner whose <img title> "
        "names the center, the timetable DOCX is dated only by its own text, center news stops in 2022 "
        "and no recommendations are posted.",
    )

    def page(target: str, title: str, content: str, local_menu=()) -> None:
        site.page(target, edusite_page(title, content, local_menu), charset=CP)

    page("/", "Главная", f"""
<p>Добро пожаловать на официальный сайт МКОУ «Шелопугинская средняя общеобразовательная школа»!</p>
<table><tr><td><a href="/point/index.html"><img src="/images/tr_banner.png" width="240" height="120" alt=""
 title="Центр образования естественно-научной и технологической направленностей «Точка роста»"></a></td>
<td><a href="https://www.gosuslugi.ru/"><img src="/images/gosuslugi.png" alt="Госуслуги"></a></td></tr></table>
<h3>Новости</h3>{news_html(NEWS[:2])}<a href="/p12aa1.html">Все новости</a>""")
    page("/p1aa1.html", "Сведения об образовательной организации", """<ul>
<li><a href="/p2aa1.html">Основные сведения</a></li><li><a href="/p3aa1.html">Структура и органы управления</a></li>
<li><a href="/p4aa1.html">Документы</a></li><li><a href="/p5aa1.html">Образование</a></li></ul>""")
    for number, title in ((2, "Основные сведения"), (3, "Структура и органы управления"), (4, "Документы"),
                          (5, "Образование")):
        page(f"/p{number}aa1.html", title, "<p>Информация размещена в соответствии с требованиями приказа Рособрнадзора.</p>")
    page("/p12aa1.html", "Новости", news_html(NEWS))
    page("/p24aa1.html", "Родителям", "<p>Памятки для родителей, информация о питании и ГИА.</p>")
    page("/p87aa1.html", "Дополнительное образование", """
<p>В школе работают объединения дополнительного образования: «Волейбол», «Юный журналист», «Хор».</p>""")
    page("/p90aa1.html", "Контакты", "<p>673610, Забайкальский край, с. Шелопугино, ул. Ленина, 18</p>")

    page("/point/index.html", "Центр «Точка роста»", f"<p>{center_intro('МКОУ «Шелопугинская СОШ»', 2021)}</p>", POINT_MENU)
    page("/point/dokumenty.html", "Документы", """<ul>
<li><a href="/point/files/polozhenie.pdf">Положение о Центре «Точка роста»</a></li>
<li><a href="/point/files/prikaz.pdf">Приказ о создании Центра</a></li>
<li><a href="/point/files/pasport.pdf">Паспорт центра</a></li></ul>""", POINT_MENU)
    page("/point/raspisanie.html", "Расписание", """
<p>Расписание занятий центра «Точка роста»:</p>
<p><a href="/point/files/raspisanie_tr.docx">Расписание занятий (скачать)</a></p>""", POINT_MENU)
    page("/point/pedagogi.html", "Педагоги", "<p>Федотова И.А. — учитель физики; Лапин С.Г. — учитель технологии.</p>", POINT_MENU)
    page("/point/mtb.html", "Материально-техническая база", """
<p>Цифровые лаборатории по физике, химии, биологии; 3D-принтер; ноутбуки (10 шт.); квадрокоптеры.</p>""", POINT_MENU)
    page("/point/novosti.html", "Новости центра", news_html(POINT_NEWS), POINT_MENU)
    lazy_file(site, "/point/files/raspisanie_tr.docx", lambda: docx_bytes(
        ["РАСПИСАНИЕ", "занятий центра «Точка роста» на 2023-2024 учебный год"], CENTER_WEEK), DOCX)
    lazy_file(site, "/point/files/polozhenie.pdf", lambda: pdf_bytes(["Положение о Центре «Точка роста»"]), PDF)
    lazy_file(site, "/point/files/prikaz.pdf", lambda: pdf_bytes(["Приказ № 64 от 20.08.2021", "О создании Центра"]), PDF)
    lazy_file(site, "/point/files/pasport.pdf", lambda: pdf_bytes(["Паспорт Центра «Точка роста»"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
