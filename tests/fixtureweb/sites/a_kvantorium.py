"""A lyceum with a «Школьный Кванториум» section (center_type kvantorium): the 2023
recommendations for school Kvantoriums are posted next to the older Р-27, the timetable is
still the 2022-2023 one, and the section's own news has 2023 items."""
from __future__ import annotations

from tests.fixtureweb.kit import PDF, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import html_table, lazy_file, serve_images

HOST = "licey7-kaluga.ru"
SECTION = "/kvantorium/"
SECTION_MENU = [("О Кванториуме", SECTION), ("Квантумы", SECTION + "kvantumy/"), ("Документы", SECTION + "dokumenty/"),
                ("Расписание", SECTION + "raspisanie/"), ("Новости", SECTION + "novosti/")]
MENU = [("Главная", "/"), ("Сведения об образовательной организации", "/sveden/common/"), ("Новости", "/news/"),
        ("Школьный Кванториум", SECTION), ("Поступающим", "/abitur/"), ("Контакты", "/contacts/")]

KVANT_NEWS = [
    ("vr-hakaton", "2023-11-25", "25.11.2023", "VR-хакатон школьного Кванториума",
     "В школьном Кванториуме прошёл первый VR-хакатон: 6 команд за 8 часов создали прототипы приложений."),
    ("start-sezona", "2023-09-08", "08.09.2023", "Кванториум открыл новый сезон",
     "Наставники школьного Кванториума представили квантумы нового сезона: «Промробоквантум», «IT-квантум», «VR/AR-квантум»."),
    ("itogi-2022", "2022-12-23", "23.12.2022", "Итоги года в Кванториуме", "Подведены итоги 2022 года."),
]
SCHOOL_NEWS = [
    ("new-year", "2023-12-11", "11.12.2023", "Новогодний бал", "Бал для 9–11 классов состоится 27 декабря."),
    ("olimpiada", "2023-11-20", "20.11.2023", "Муниципальный этап ВсОШ", "Лицеисты завоевали 14 призовых мест."),
]


def layout(title: str, content: str, local_menu=()) -> str:
    menu = "".join(f'<a class="nav-link" href="{h}">{t}</a>' for t, h in MENU)
    local = "".join(f'<a class="list-group-item" href="{h}">{t}</a>' for t, h in local_menu)
    side = f'<div class="col-md-3"><div class="list-group">{local}</div></div>' if local else ""
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{title} | МБОУ «Лицей № 7» г. Калуги</title>
<link rel="stylesheet" href="/assets/bootstrap.min.css"></head><body>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/assets/logo-licey7.png" alt="Лицей № 7"></a>
<div class="navbar-nav">{menu}</div></nav>
<div class="container"><div class="row">{side}<div class="col"><h1>{title}</h1>{content}</div></div></div>
<footer class="footer"><div class="container">© 2015–2023 МБОУ «Лицей № 7» г. Калуги · 248000, г. Калуга, ул. Ленина, 45</div></footer>
</body></html>"""


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a17", "name": "МБОУ «Лицей № 7» г. Калуги", "region": "Калужская область", "municipality": "г. Калуга",
         "url": f"https://{HOST}/", "center_type": "kvantorium"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}{SECTION}",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "School Kvantorium section: the 2023 recommendations for school Kvantoriums (signed Т.В. Васильева) sit "
        "next to the 2019 Р-27, the only timetable is for 2022-2023, and the section's news has two 2023 items.",
    )

    def page(target: str, title: str, content: str, local_menu=()) -> None:
        site.page(target, layout(title, content, local_menu))

    def teaser(base: str, slug: str, iso: str, shown: str, title: str) -> str:
        return f'<div class="card"><time datetime="{iso}">{shown}</time> <a href="{base}{slug}/">{title}</a></div>'

    page("/", "Главная", "<h2>Новости лицея</h2>" + "".join(teaser("/news/", *n[:4]) for n in SCHOOL_NEWS) +
         f'<div class="promo"><a href="{SECTION}"><img src="/assets/kvantorium-banner.jpg" alt="Школьный Кванториум"></a></div>')
    page("/news/", "Новости", "".join(teaser("/news/", *n[:4]) for n in SCHOOL_NEWS))
    for slug, iso, shown, title, text in SCHOOL_NEWS:
        page(f"/news/{slug}/", title, f'<time datetime="{iso}">{shown}</time><p>{text}</p>')
    page("/sveden/common/", "Основные сведения", "<p>Дата создания: 1961 год.</p>")
    page("/abitur/", "Поступающим", "<p>Приём в 10 профильный класс.</p>")
    page("/contacts/", "Контакты", "<p>Тел.: (4842) 57-12-40</p>")
    page(SECTION, "Школьный Кванториум", """<p>Школьный Кванториум создан в 2022 году в рамках федерального проекта
«Успех каждого ребёнка» национального проекта «Образование». Обучающиеся осваивают современные технологии в квантумах.</p>""",
         SECTION_MENU)
    page(SECTION + "kvantumy/", "Квантумы", "<ul><li>Промробоквантум</li><li>IT-квантум</li><li>VR/AR-квантум</li></ul>",
         SECTION_MENU)
    page(SECTION + "dokumenty/", "Документы", f"""<ul>
<li><a href="{SECTION}files/metod-rek-shkolnyy-kvantorium-2023.pdf">Методические рекомендации по созданию и функционированию школьных Кванториумов на базе общеобразовательных организаций (2023)</a></li>
<li><a href="{SECTION}files/r-27.pdf">Распоряжение Минпросвещения России от 01.03.2019 № Р-27</a></li>
<li><a href="{SECTION}files/polozhenie.pdf">Положение о школьном Кванториуме</a></li></ul>""", SECTION_MENU)
    page(SECTION + "raspisanie/", "Расписание", "<h3>Расписание занятий школьного Кванториума на 2022-2023 учебный год</h3>" +
         html_table([["Квантум", "Группа", "Дни", "Время"], ["Промробоквантум", "1", "Пн, Ср", "15:00–16:30"],
                     ["IT-квантум", "2", "Вт, Чт", "15:00–16:30"], ["VR/AR-квантум", "3", "Пт", "14:00–17:00"]]),
         SECTION_MENU)
    news_base = SECTION + "novosti/"
    page(news_base, "Новости Кванториума", "".join(teaser(news_base, *n[:4]) for n in KVANT_NEWS), SECTION_MENU)
    for slug, iso, shown, title, text in KVANT_NEWS:
        page(f"{news_base}{slug}/", title, f'<time datetime="{iso}">{shown}</time><p>{text}</p>', SECTION_MENU)
    lazy_file(site, SECTION + "files/metod-rek-shkolnyy-kvantorium-2023.pdf", lambda: pdf_bytes([
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "Методические рекомендации по созданию и функционированию школьных Кванториумов на базе "
        "общеобразовательных организаций", "Москва, 2023",
        "Заместитель Министра просвещения Российской Федерации Т.В. Васильева"]), PDF)
    lazy_file(site, SECTION + "files/r-27.pdf", lambda: pdf_bytes([
        "Распоряжение Министерства просвещения Российской Федерации от 01.03.2019 № Р-27",
        "Об утверждении методических рекомендаций по созданию детских технопарков «Кванториум»"]), PDF)
    lazy_file(site, SECTION + "files/polozhenie.pdf", lambda: pdf_bytes(["Положение о школьном Кванториуме"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
