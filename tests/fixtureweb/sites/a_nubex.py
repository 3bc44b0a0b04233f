"""A school on the nubex constructor: numeric paths (/10352/10361/), files under
/_data/objects/…, abbreviated month dates («15 сент. 2023»), and a timetable PDF «за 1
полугодие 2022-2023 учебного года» that leaves the section stale."""
from __future__ import annotations

from tests.fixtureweb.kit import PDF, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import CENTER_WEEK, center_intro, lazy_file, recommendations_text, serve_images

HOST = "sosh2-kirs.ru"
SECTION = "/10352/"
SECTION_MENU = [("Общая информация", SECTION), ("Документы", "/10352/10360/"), ("Расписание", "/10352/10361/"),
                ("Оборудование", "/10352/10363/"), ("Новости центра", "/10352/10365/")]
MENU = [("Главная", "/"), ("О школе", "/8541/"), ("Сведения об образовательной организации", "/8541/8550/"),
        ("Новости", "/news/"), ("Точка Роста", SECTION), ("Контакты", "/8545/")]

# (id, date as nubex shows it, title, text, about the center)
NEWS = [
    (13210, "1 дек. 2023", "Неделя энергосбережения", "Классные часы «Вместе ярче».", False),
    (13122, "15 сент. 2023", "Старт занятий в «Точке Роста»", "Начались занятия объединений центра «Точка Роста»: "
     "«Занимательная химия», «Робототехника», «Физика в задачах».", True),
    (12873, "3 мар. 2023", "Научная весна в «Точке Роста»", "В центре прошла школьная научно-практическая конференция.", True),
    (12540, "12 дек. 2022", "Новогодний турнир знатоков", "Турнир для 5–7 классов.", False),
]


def nubex_page(title: str, content: str, local_menu=()) -> str:
    menu = "".join(f'<li class="nbx-menu__item"><a href="{h}">{t}</a></li>' for t, h in MENU)
    local = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in local_menu)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} — МКОУ СОШ № 2 г. Кирса</title>
<link rel="stylesheet" href="/_data/css/site.css?1699871234"><script src="/_nx/js/nubex.min.js"></script></head>
<body class="nbx"><div class="nbx-header"><a href="/"><img src="/_data/objects/0001/0001/logo.png" alt="Логотип"></a>
<span class="nbx-title">МКОУ «Средняя общеобразовательная школа № 2 г. Кирса»</span></div>
<ul class="nbx-menu">{menu}</ul>
<div class="nbx-page"><div class="nbx-sidebar"><ul>{local}</ul></div><div class="nbx-content"><h1>{title}</h1>{content}</div></div>
<div class="nbx-footer">© 2016–2023 МКОУ СОШ № 2 г. Кирса, Кировская область, Верхнекамский район.
<a href="https://nubex.ru/" rel="nofollow">Сайт создан на конструкторе Nubex</a></div></body></html>"""


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a15", "name": "МКОУ СОШ № 2 г. Кирса", "region": "Кировская область",
         "municipality": "Верхнекамский муниципальный округ", "url": f"http://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST}{SECTION}",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "nubex constructor with numeric paths: the timetable PDF covers «1 полугодие 2022-2023 учебного года», "
        "center news carries abbreviated dates («15 сент. 2023»), and only ТВ-977/02 is posted.",
    )

    def page(target: str, title: str, content: str, local_menu=()) -> None:
        site.page(target, nubex_page(title, content, local_menu))

    def teaser(number: int, day: str, title: str) -> str:
        return f'<div class="nbx-news"><div class="nbx-news__date">{day}</div><a href="/news/{number}/">{title}</a></div>'

    page("/", "Главная", "<h2>Новости</h2>" + "".join(teaser(*n[:3]) for n in NEWS[:3]))
    page("/news/", "Новости", "".join(teaser(*n[:3]) for n in NEWS))
    for number, day, title, text, _ in NEWS:
        page(f"/news/{number}/", title, f'<div class="nbx-news__date">{day}</div><p>{text}</p>')
    page("/8541/", "О школе", "<p>Школа работает с 1954 года.</p>", [("Сведения об образовательной организации", "/8541/8550/")])
    page("/8541/8550/", "Сведения об образовательной организации", "<p>Основные сведения.</p>")
    page("/8545/", "Контакты", "<p>612820, Кировская обл., г. Кирс, ул. Кирова, 20</p>")
    page(SECTION, "Точка Роста", f"<p>{center_intro('МКОУ СОШ № 2 г. Кирса', 2020)}</p>", SECTION_MENU)
    page("/10352/10360/", "Документы", """<ul>
<li><a href="/_data/objects/0002/1187/pismo-tv-977-02.pdf">Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»</a></li>
<li><a href="/_data/objects/0002/1190/polozhenie.pdf">Положение о Центре</a></li></ul>""", SECTION_MENU)
    page("/10352/10361/", "Расписание", """
<p><a href="/_data/objects/0002/2245/raspisanie.pdf">Расписание занятий</a> (PDF, 96 Кб)</p>""", SECTION_MENU)
    page("/10352/10363/", "Оборудование", "<p>Цифровые лаборатории «Releon», конструкторы, МФУ.</p>", SECTION_MENU)
    page("/10352/10365/", "Новости центра", "".join(teaser(*n[:3]) for n in NEWS if n[4]), SECTION_MENU)
    lazy_file(site, "/_data/objects/0002/2245/raspisanie.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста» за 1 полугодие 2022-2023 учебного года",
         *("   ".join(row) for row in CENTER_WEEK)]), PDF)
    lazy_file(site, "/_data/objects/0002/1187/pismo-tv-977-02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02")), PDF)
    lazy_file(site, "/_data/objects/0002/1190/polozhenie.pdf", lambda: pdf_bytes(["Положение о Центре «Точка роста»"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
