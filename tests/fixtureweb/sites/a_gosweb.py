"""Three Gosweb (NetCat) schools of the same template: a full section with its news in the
general events feed, a school with no section that links its neighbour's center, and that
neighbour, whose timetables are split by kind and only one kind is current."""
from __future__ import annotations

import re

from tests.fixtureweb.kit import DOCX, PDF, Resource, Site, docx_bytes, pdf_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    html_table,
    lazy_file,
    metrika,
    recommendations_text,
    serve_images,
)

MENU = [
    ("Главное", "/glavnoe/", [("Новости", "/roditelyam-i-uchenikam/novosti/"),
                              ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/")]),
    ("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", [
        ("Основные сведения", "/svedeniya-ob-obrazovatelnoy-organizatsii/osnovnye-svedeniya/"),
        ("Образование", "/svedeniya-ob-obrazovatelnoy-organizatsii/obrazovanie/"),
        ("Документы", "/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/")]),
    ("Родителям и ученикам", "/roditelyam-i-uchenikam/", [
        ("Новости", "/roditelyam-i-uchenikam/novosti/"),
        ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/"),
        ("Изменения в расписании", "/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/")]),
    ("Педагогам", "/pedagogam/", []),
    ("Контакты", "/kontakty/", []),
]


def gosweb_page(school: dict, title: str, content: str, crumbs: list[tuple[str, str]],
                extra_menu: list[tuple[str, str]] = ()) -> str:
    """A Gosweb page: header with the Gosuslugi bar, mega-menu, breadcrumbs, footer."""
    items = []
    for label, href, children in MENU:
        subs = list(children) + (list(extra_menu) if href == "/glavnoe/" else [])
        sub_html = "".join(f'<li class="gw-submenu__item"><a href="{h}">{t}</a></li>' for t, h in subs)
        items.append(f'<li class="gw-menu__item"><a class="gw-menu__link" href="{href}">{label}</a>'
                     f'<ul class="gw-submenu">{sub_html}</ul></li>')
    trail = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<title>{title} — {school['short']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/template/gosweb/css/main.min.css?v=3.18.2">
</head>
<body class="gw-body">
<div class="gw-gosbar"><a href="https://www.gosuslugi.ru/">Госуслуги</a>
 <span>Официальный сайт</span> <a href="#" class="gw-eye js-special-version">Версия для слабовидящих</a></div>
<header class="gw-header"><a href="/" class="gw-logo"><img src="/netcat_files/logo/gerb.png" alt="Герб"></a>
 <div class="gw-header__title">{school['full']}</div>
 <form action="/search/" class="gw-search"><input name="search_query" placeholder="Поиск по сайту"></form></header>
<nav class="gw-menu"><ul>{''.join(items)}</ul></nav>
<main class="gw-main">
<ul class="gw-breadcrumbs"><li><a href="/">Главная</a></li>{trail}</ul>
<h1 class="gw-title">{title}</h1>
{content}
</main>
<aside class="gw-widgets"><div class="gw-pos"><iframe src="https://pos.gosuslugi.ru/og/widgets/view?type=[10,20,30]&amp;org_id={school['org_id']}" title="Сообщить о проблеме"></iframe></div></aside>
<footer class="gw-footer"><p>© {school['since']}–2023 {school['full']}</p>
<p>{school['address']} · Тел.: {school['phone']}</p>
<p>Сайт создан на платформе «Госвеб»</p>{metrika(school['metrika'])}</footer>
</body></html>"""


class GoswebSite:
    """Pages of one Gosweb school; menu entries the school left empty still answer."""

    def __init__(self, site: Site, school: dict, extra_menu: list[tuple[str, str]] = ()):
        self.site, self.school, self.extra_menu = site, school, list(extra_menu)
        self.created: set[str] = set()
        serve_images(site)

    def page(self, target: str, title: str, content: str, crumbs: list[tuple[str, str]] = ()) -> None:
        self.created.add(target)
        self.site.page(target, gosweb_page(self.school, title, content, list(crumbs), self.extra_menu))

    def fill_menu(self) -> None:
        for label, href, children in MENU:
            if href not in self.created:
                links = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in children)
                self.page(href, label, f"<ul class='gw-list'>{links}</ul>" if links else
                          "<p>Раздел находится в стадии наполнения.</p>", [(label, href)])
            for child, child_href in children:
                if child_href not in self.created:
                    self.page(child_href, child, "<p>Информация обновляется.</p>", [(label, href), (child, child_href)])


def file_cards(files: list[tuple[str, str, str, str]]) -> str:
    """Gosweb document list: (title, href, format and size, upload date)."""
    cards = "".join(
        f'<div class="gw-document"><div class="gw-document__icon gw-document__icon--{size.split(",")[0].lower()}"></div>'
        f'<a class="gw-document__title" href="{href}" target="_blank">{title}</a>'
        f'<div class="gw-document__meta">{size} · Дата размещения: {placed}</div></div>'
        for title, href, size, placed in files)
    return f'<div class="gw-documents">{cards}</div>'


def news_card(href: str, day: str, title: str, lead: str) -> str:
    return (f'<div class="gw-news-card"><div class="gw-news-card__date">{day}</div>'
            f'<a class="gw-news-card__title" href="{href}">{title}</a><p>{lead}</p></div>')


def pager(cur_cc: int, pages: int, current: int, base: str) -> str:
    links = []
    for number in range(pages):
        if number == current:
            links.append(f"<span class='gw-pager__current'>{number + 1}</span>")
        else:
            links.append(f"<a href='{base}?cur_cc={cur_cc}&amp;curPos={number * 10}'>{number + 1}</a>")
    if current + 1 < pages:
        links.append(f"<a href='{base}?cur_cc={cur_cc}&amp;curPos={(current + 1) * 10}'>Следующая &rarr;</a>")
    return f"<div class='gw-pager'>{' '.join(links)}</div>"


def article(day: str, paragraphs: list[str], photos: int = 0) -> str:
    gallery = "".join(f'<img src="/netcat_files/generated/foto_{n}.jpg" alt="">' for n in range(photos))
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="gw-article"><div class="gw-article__date">{day}</div>{text}<div class="gw-gallery">{gallery}</div></div>'


# --- a01: Bobrov, full section, news in the general events feed ------------------------------

BOBROV = {
    "short": "МБОУ «Бобровская СОШ № 2»",
    "full": "Муниципальное бюджетное общеобразовательное учреждение «Бобровская средняя "
            "общеобразовательная школа № 2» Бобровского муниципального района Воронежской области",
    "since": 2019, "org_id": 184523, "metrika": 90312456,
    "address": "397700, Воронежская обл., г. Бобров, ул. Кирова, д. 51", "phone": "+7 (47350) 4-12-36",
}
BOBROV_HOST = "bobrsosh2-r36.gosweb.gosuslugi.ru"
BOBROV_SECTION = "/glavnoe/tsentr-tochka-rosta/"
EVENTS = "/roditelyam-i-uchenikam/meropriyatiya/"

# (slug, shown date, title, paragraphs, about the center)
BOBROV_EVENTS = [
    ("novogodnee-nastroenie.html", "11 декабря 2023", "Новогоднее настроение",
     ["В школе стартовал конкурс на лучшее новогоднее оформление кабинетов."], False),
    ("nedelya-khimii-2023.html", "14 ноября 2023", "Неделя химии в центре «Точка роста»",
     ["С 7 по 14 ноября в центре «Точка роста» прошла неделя химии: ученики 8–9 классов ставили "
      "опыты на цифровых лабораториях, а девятиклассники провели занимательные опыты для младших."], True),
    ("otkrytyy-urok-po-robototekhnike.html", "12 октября 2023", "Открытый урок по робототехнике",
     ["На базе центра образования естественно-научной и технологической направленностей «Точка роста» "
      "прошёл открытый урок по робототехнике для учителей района.",
      "Пятиклассники собрали и запрограммировали модели на конструкторах."], True),
    ("den-uchitelya.html", "5 октября 2023", "С Днём учителя!",
     ["Ученики поздравили педагогов концертом и акцией «Спасибо, учитель»."], False),
    ("den-znaniy-2023.html", "1 сентября 2023", "День знаний",
     ["Торжественная линейка, посвящённая началу 2023-2024 учебного года."], False),
    ("vypusknoy-2023.html", "24 июня 2023", "Выпускной вечер",
     ["Аттестаты вручены 42 выпускникам 9 и 11 классов."], False),
    ("posledniy-zvonok.html", "25 мая 2023", "Последний звонок",
     ["Для выпускников прозвенел последний звонок."], False),
    ("bessmertnyy-polk.html", "9 мая 2023", "Бессмертный полк",
     ["Учащиеся и педагоги приняли участие в акции «Бессмертный полк»."], False),
    ("ekologicheskiy-kvest.html", "21 марта 2023", "Экологический квест",
     ["Команды 6-х классов прошли экологический квест по станциям центра «Точка роста»: "
      "определяли качество воды и исследовали почву."], True),
    ("lyzhnya-rossii-2023.html", "11 февраля 2023", "Лыжня России – 2023",
     ["Школьная команда приняла участие в районной гонке."], False),
    ("den-rossiyskoy-nauki-v-tsentre-tochka-rosta.html", "8 февраля 2023",
     "День российской науки в центре «Точка роста»",
     ["8 февраля в центре «Точка роста» прошли научные чтения «Шаг в науку»."], True),
    ("godovshchina-tsentra.html", "1 сентября 2022", "Центру «Точка роста» исполнился год",
     ["Год назад в нашей школе открылся центр «Точка роста»."], True),
    ("novogodniy-kontsert-2022.html", "27 декабря 2022", "Новогодний концерт",
     ["Ученики начальной школы подготовили новогодний концерт."], False),
    ("osenniy-bal.html", "28 октября 2022", "Осенний бал", ["Состоялся традиционный осенний бал."], False),
]


def build_bobrov() -> Site:
    host = BOBROV_HOST
    site = Site(
        host,
        {"id": "a01", "name": BOBROV["short"], "region": "Воронежская область",
         "municipality": "Бобровский муниципальный район", "url": f"https://{host}/",
         "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"https://{host}{BOBROV_SECTION}",
         "schedule_status": "current", "has_publications": True, "publications_count": 4,
         "recommendations_current": True, "status": "ok"},
        "Gosweb school whose center news lives only in the paged general events feed (one item also "
        "republished under /novosti/); the 2023 recommendations are linked by a transliterated "
        "netcat file name only.",
    )
    extra_menu = [("Центр «Точка роста»", BOBROV_SECTION)]
    school = GoswebSite(site, BOBROV, extra_menu)
    page = school.page

    page("/", "Главная", f"""
<section class="gw-banners"><a href="/roditelyam-i-uchenikam/meropriyatiya/"><img src="/netcat_files/banners/afisha.jpg" alt="Афиша мероприятий"></a>
<a href="https://www.gosuslugi.ru/10068/1"><img src="/netcat_files/banners/zapis_v_1_klass.png" alt="Запись в 1 класс"></a></section>
<section class="gw-news"><h2>Мероприятия</h2>
{news_card(EVENTS + BOBROV_EVENTS[0][0], BOBROV_EVENTS[0][1], BOBROV_EVENTS[0][2], "")}
{news_card(EVENTS + BOBROV_EVENTS[1][0], BOBROV_EVENTS[1][1], BOBROV_EVENTS[1][2], "")}
<a href="{EVENTS}">Все мероприятия</a></section>""", [])
    page("/glavnoe/", "Главное", "<ul>" + "".join(
        f'<li><a href="{h}">{t}</a></li>' for t, h in MENU[0][2] + extra_menu) + "</ul>", [("Главное", "/glavnoe/")])

    crumbs = [("Главное", "/glavnoe/"), ("Центр «Точка роста»", BOBROV_SECTION)]
    page(BOBROV_SECTION, "Центр «Точка роста»", f"""
<div class="gw-text"><p>{center_intro("МБОУ «Бобровская СОШ № 2»", 2021)}</p>
<p>Руководитель центра: Белов Андрей Сергеевич, учитель технологии.</p></div>
<div class="gw-tiles">
<a class="gw-tile" href="{BOBROV_SECTION}dokumenty/">Документы</a>
<a class="gw-tile" href="{BOBROV_SECTION}raspisanie/">Расписание занятий</a>
<a class="gw-tile" href="{BOBROV_SECTION}pedagogi/">Педагоги центра</a>
<a class="gw-tile" href="{EVENTS}">Мероприятия</a></div>""", crumbs)
    page(BOBROV_SECTION + "dokumenty/", "Документы", file_cards([
        ("Методические рекомендации", "/netcat_files/50/2957/Metodicheskie_rekomendatsii_TV-2356_02.pdf",
         "PDF, 412 КБ", "08.12.2023"),
        ("Положение о Центре «Точка роста»", "/netcat_files/50/2951/Polozhenie_o_tsentre_Tochka_rosta.pdf",
         "PDF, 188 КБ", "01.09.2021"),
        ("Приказ о создании Центра", "/netcat_files/50/2952/Prikaz_o_sozdanii_tsentra.pdf", "PDF, 96 КБ",
         "30.08.2021"),
        ("Медиаплан на 2023 год", "/netcat_files/50/2955/Mediaplan_2023.pdf", "PDF, 75 КБ", "20.01.2023"),
    ]), crumbs + [("Документы", BOBROV_SECTION + "dokumenty/")])
    page(BOBROV_SECTION + "raspisanie/", "Расписание занятий", f"""
<h3>Расписание занятий объединений центра «Точка роста» на 2023-2024 учебный год</h3>
{html_table(CENTER_WEEK)}<p>Занятия проводятся бесплатно.</p>""", crumbs + [("Расписание", BOBROV_SECTION + "raspisanie/")])
    page(BOBROV_SECTION + "pedagogi/", "Педагоги центра", """
<ul><li>Белов Андрей Сергеевич — руководитель центра, учитель технологии</li>
<li>Соколова Елена Викторовна — учитель химии и биологии</li>
<li>Орлова Надежда Петровна — учитель физики</li></ul>""", crumbs + [("Педагоги", BOBROV_SECTION + "pedagogi/")])

    lazy_file(site, "/netcat_files/50/2957/Metodicheskie_rekomendatsii_TV-2356_02.pdf",
              lambda: pdf_bytes(recommendations_text(None)), PDF)
    lazy_file(site, "/netcat_files/50/2951/Polozhenie_o_tsentre_Tochka_rosta.pdf",
              lambda: pdf_bytes(["ПОЛОЖЕНИЕ о Центре образования естественно-научной и технологической "
                                 "направленностей «Точка роста»", "1. Общие положения"]), PDF)
    lazy_file(site, "/netcat_files/50/2952/Prikaz_o_sozdanii_tsentra.pdf",
              lambda: pdf_bytes(["ПРИКАЗ от 30.08.2021 № 112", "О создании Центра «Точка роста»"]), PDF)
    lazy_file(site, "/netcat_files/50/2955/Mediaplan_2023.pdf",
              lambda: pdf_bytes(["Медиаплан центра «Точка роста» на 2023 год",
                                 "Январь — публикация о работе центра"]), PDF)

    events_crumbs = [("Родителям и ученикам", "/roditelyam-i-uchenikam/"), ("Мероприятия", EVENTS)]
    for number in range(2):
        chunk = BOBROV_EVENTS[number * 10:(number + 1) * 10]
        cards = "".join(news_card(EVENTS + slug, day, title, text[0][:90] + "…")
                        for slug, day, title, text, _ in chunk)
        body = cards + pager(1187, 2, number, EVENTS)
        page(f"{EVENTS}?cur_cc=1187&curPos={number * 10}", "Мероприятия", body, events_crumbs)
        if number == 0:
            page(EVENTS, "Мероприятия", body, events_crumbs)
    for slug, day, title, text, _ in BOBROV_EVENTS:
        page(EVENTS + slug, title, article(day, text, photos=3), events_crumbs + [(title, EVENTS + slug)])

    # The robotics lesson was also posted as news: one publication under two URLs.
    slug, day, title, text, _ = BOBROV_EVENTS[2]
    news = "/roditelyam-i-uchenikam/novosti/"
    # NetCat category filters: every ?filter[189][Category]=N answers the same short list again
    filters = "".join(f'<a class="gw-filter" href="{news}?filter[189][Category]={n}">{label}</a>'
                      for n, label in ((21, "Образование"), (22, "Спорт"), (23, "Воспитание"), (24, "Родителям")))
    news_html = gosweb_page(BOBROV, "Новости", filters + news_card(news + "news_4521.html", day, title, text[0][:90] + "…") +
                            news_card(news + "news_4498.html", "2 октября 2023", "Родительские собрания", "Приглашаем…"),
                            [("Родителям и ученикам", "/roditelyam-i-uchenikam/"), ("Новости", news)], extra_menu)
    school.created.add(news)
    site.page(news, news_html)
    site.dynamic(re.escape(news) + r"\?filter.*", lambda _t, _h: Resource(
        news_html.encode(), headers={"Content-Type": "text/html; charset=utf-8"}))
    page(news + "news_4521.html", title, article(day, text), [("Новости", news), (title, news + "news_4521.html")])
    page(news + "news_4498.html", "Родительские собрания",
         article("2 октября 2023", ["Родительские собрания 1–11 классов пройдут 10 октября в 18:00."]),
         [("Новости", news)])
    page("/svedeniya-ob-obrazovatelnoy-organizatsii/", "Сведения об образовательной организации", "<ul>" + "".join(
        f'<li><a href="{h}">{t}</a></li>' for t, h in MENU[1][2]) + "</ul>",
         [("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/")])
    page("/kontakty/", "Контакты", f"<p>{BOBROV['address']}</p><p>{BOBROV['phone']}</p>", [("Контакты", "/kontakty/")])
    school.fill_menu()
    return site


# --- a02 and a03: two Lipetsk schools; Krasnoe has no center and links Ivanovka's ---------------

KRASNOE = {
    "short": "МБОУ СОШ с. Красное",
    "full": "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа "
            "с. Красное Краснинского муниципального района Липецкой области",
    "since": 2016, "org_id": 201877, "metrika": 91455023,
    "address": "399670, Липецкая обл., с. Красное, ул. Школьная, д. 3", "phone": "+7 (47469) 2-05-11",
}
IVANOVKA = {
    "short": "МБОУ СОШ с. Ивановка",
    "full": "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа "
            "с. Ивановка Краснинского муниципального района Липецкой области",
    "since": 2017, "org_id": 201902, "metrika": 91455871,
    "address": "399681, Липецкая обл., с. Ивановка, ул. Центральная, д. 12", "phone": "+7 (47469) 2-41-07",
}
KRASNOE_HOST = "krasnoe-r48.gosweb.gosuslugi.ru"
IVANOVKA_HOST = "ivanovka-r48.gosweb.gosuslugi.ru"
IVANOVKA_SECTION = "/glavnoe/tsentr-tochka-rosta/"


def build_krasnoe() -> Site:
    site = Site(
        KRASNOE_HOST,
        {"id": "a02", "name": KRASNOE["short"], "region": "Липецкая область",
         "municipality": "Краснинский муниципальный район", "url": f"http://{KRASNOE_HOST}"},
        {"reachable": True, "section_found": False, "schedule_status": "missing",
         "has_publications": False, "publications_count": 0, "recommendations_current": False,
         "status": "ok"},
        "Gosweb school without a center of its own: it links the neighbouring gosweb school's "
        "«Точка роста» section and a federal page, and its news tells of a visit to that center.",
    )

    school = GoswebSite(site, KRASNOE)
    page = school.page

    news = "/roditelyam-i-uchenikam/novosti/"
    page("/", "Главная", f"""
<section class="gw-news"><h2>Новости</h2>
{news_card(news + "ekskursiya-v-ivanovku.html", "20 ноября 2023", "Экскурсия в центр «Точка роста» Ивановской школы", "")}
{news_card(news + "osenniy-kross.html", "22 сентября 2023", "Осенний кросс", "")}</section>
<section class="gw-useful"><h2>Полезные ссылки</h2><ul>
<li><a href="https://{IVANOVKA_HOST}{IVANOVKA_SECTION}">Центр «Точка роста» МБОУ СОШ с. Ивановка</a></li>
<li><a href="https://edu.gov.ru/national-project/projects/modern-school/">Федеральный проект «Современная школа» — центры «Точка роста»</a></li>
<li><a href="https://www.gosuslugi.ru/">Портал госуслуг</a></li></ul></section>""", [])
    page(news, "Новости",
         news_card(news + "ekskursiya-v-ivanovku.html", "20 ноября 2023",
                   "Экскурсия в центр «Точка роста» Ивановской школы", "Ученики 7 класса побывали в гостях…") +
         news_card(news + "osenniy-kross.html", "22 сентября 2023", "Осенний кросс", "Итоги школьного кросса…") +
         news_card(news + "den-znaniy.html", "1 сентября 2023", "День знаний", "Торжественная линейка…"),
         [("Новости", news)])
    page(news + "ekskursiya-v-ivanovku.html", "Экскурсия в центр «Точка роста» Ивановской школы", article(
        "20 ноября 2023", [
            "15 ноября ученики 7 класса нашей школы побывали в гостях в МБОУ СОШ с. Ивановка. Педагоги "
            "центра «Точка роста» соседней школы показали ребятам цифровую лабораторию по физике.",
            "Благодарим коллег за тёплый приём!"], photos=4), [("Новости", news)])
    page(news + "osenniy-kross.html", "Осенний кросс",
         article("22 сентября 2023", ["Прошёл традиционный осенний кросс."]), [("Новости", news)])
    page(news + "den-znaniy.html", "День знаний",
         article("1 сентября 2023", ["Торжественная линейка, посвящённая Дню знаний."]), [("Новости", news)])
    sved = "/svedeniya-ob-obrazovatelnoy-organizatsii/"
    page(sved, "Сведения об образовательной организации",
         "<ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in MENU[1][2]) + "</ul>",
         [("Сведения об образовательной организации", sved)])
    page(sved + "obrazovanie/", "Образование", file_cards([
        ("Расписание уроков на 2023-2024 учебный год", "/netcat_files/31/877/Raspisanie_urokov_2023-2024.pdf",
         "PDF, 230 КБ", "31.08.2023"),
        ("Учебный план на 2023-2024 учебный год", "/netcat_files/31/878/Uchebnyy_plan_2023-2024.pdf",
         "PDF, 310 КБ", "31.08.2023")]),
         [("Сведения об образовательной организации", sved), ("Образование", sved + "obrazovanie/")])
    lazy_file(site, "/netcat_files/31/877/Raspisanie_urokov_2023-2024.pdf",
              lambda: pdf_bytes(["Расписание уроков на 2023-2024 учебный год", "1 класс: русский язык, математика"]), PDF)
    lazy_file(site, "/netcat_files/31/878/Uchebnyy_plan_2023-2024.pdf",
              lambda: pdf_bytes(["Учебный план МБОУ СОШ с. Красное на 2023-2024 учебный год"]), PDF)
    page("/dopolnitelnoe-obrazovanie/", "Дополнительное образование", """
<p>В школе работают кружки: «Юный краевед», «Волейбол», «Хор».</p>""", [("Дополнительное образование", "/dopolnitelnoe-obrazovanie/")])
    page("/kontakty/", "Контакты", f"<p>{KRASNOE['address']}</p>", [("Контакты", "/kontakty/")])
    school.fill_menu()
    return site


def build_ivanovka() -> Site:
    site = Site(
        IVANOVKA_HOST,
        {"id": "a03", "name": IVANOVKA["short"], "region": "Липецкая область",
         "municipality": "Краснинский муниципальный район", "url": f"https://{IVANOVKA_HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{IVANOVKA_HOST}{IVANOVKA_SECTION}",
         "schedule_status": "stale", "has_publications": True, "publications_count": 1,
         "recommendations_current": False, "status": "ok"},
        "Gosweb section with numbered subsections; extracurricular timetable only for 2022-2023 while "
        "additional education has 2023-2024 (stale), a 2023-2024 plan of events that is no timetable, "
        "and only the ТВ-977/02 edition.",
    )
    extra_menu = [("Центр «Точка роста»", IVANOVKA_SECTION)]
    section_news = IVANOVKA_SECTION + "novosti-tsentra/"

    school = GoswebSite(site, IVANOVKA, extra_menu)
    page = school.page

    subsections = [("01. Общая информация о Центре", IVANOVKA_SECTION),
                   ("02. Документы", IVANOVKA_SECTION + "dokumenty/"),
                   ("03. Образовательные программы", IVANOVKA_SECTION + "obrazovatelnye-programmy/"),
                   ("04. Режим занятости", IVANOVKA_SECTION + "rezhim-zanyatosti/"),
                   ("05. Новости центра", section_news)]
    side = '<ul class="gw-sidemenu">' + "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in subsections) + "</ul>"
    crumbs = [("Главное", "/glavnoe/"), ("Центр «Точка роста»", IVANOVKA_SECTION)]

    page("/", "Главная", f"""
<section class="gw-banners"><a href="{IVANOVKA_SECTION}"><img src="/netcat_files/banners/tr_logo.png" alt="Точка роста"></a></section>
<section class="gw-news"><h2>Новости</h2>
{news_card("/roditelyam-i-uchenikam/novosti/novogodnyaya-yarmarka.html", "8 декабря 2023", "Новогодняя ярмарка", "")}</section>""")
    page("/glavnoe/", "Главное", side)
    page(IVANOVKA_SECTION, "Центр «Точка роста»", side + f"""
<div class="gw-text"><p>{center_intro("МБОУ СОШ с. Ивановка", 2020)}</p>
<p>Адрес: {IVANOVKA['address']}. Руководитель: Гаврилова Ольга Ивановна.</p></div>""", crumbs)
    page(IVANOVKA_SECTION + "dokumenty/", "02. Документы", side + file_cards([
        ("Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»",
         "/netcat_files/52/3090/Pismo_TV-977_02.pdf", "PDF, 1,1 МБ", "15.09.2022"),
        ("Положение о центре", "/netcat_files/52/3091/Polozhenie.pdf", "PDF, 201 КБ", "01.09.2020"),
        ("План учебно-воспитательных, внеурочных и социокультурных мероприятий центра «Точка роста» "
         "на 2023-2024 учебный год", "/netcat_files/52/3098/Plan_meropriyatiy_2023-2024.pdf", "PDF, 140 КБ",
         "04.09.2023"),
    ]), crumbs + [("02. Документы", IVANOVKA_SECTION + "dokumenty/")])
    page(IVANOVKA_SECTION + "obrazovatelnye-programmy/", "03. Образовательные программы", side + """
<ul><li>Дополнительная общеразвивающая программа «Юный исследователь» (естественно-научная направленность)</li>
<li>Программа внеурочной деятельности «Физика в опытах»</li></ul>""",
         crumbs + [("03. Образовательные программы", "")])
    page(IVANOVKA_SECTION + "rezhim-zanyatosti/", "04. Режим занятости", side + file_cards([
        ("Расписание внеурочной деятельности на 2022-2023 учебный год",
         "/netcat_files/52/3101/Raspisanie_vneurochnoy_deyatelnosti_2022-2023.pdf", "PDF, 98 КБ", "05.09.2022"),
        ("Расписание дополнительного образования на 2023-2024 учебный год",
         "/netcat_files/52/3102/Raspisanie_DO_2023-2024.docx", "DOCX, 24 КБ", "06.09.2023"),
    ]), crumbs + [("04. Режим занятости", "")])
    lazy_file(site, "/netcat_files/52/3090/Pismo_TV-977_02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»")), PDF)
    lazy_file(site, "/netcat_files/52/3091/Polozhenie.pdf",
              lambda: pdf_bytes(["Положение о Центре «Точка роста» МБОУ СОШ с. Ивановка"]), PDF)
    lazy_file(site, "/netcat_files/52/3098/Plan_meropriyatiy_2023-2024.pdf", lambda: pdf_bytes([
        "План учебно-воспитательных, внеурочных и социокультурных мероприятий центра «Точка роста» "
        "на 2023-2024 учебный год", "Сентябрь: день открытых дверей", "Октябрь: неделя физики"]), PDF)
    lazy_file(site, "/netcat_files/52/3101/Raspisanie_vneurochnoy_deyatelnosti_2022-2023.pdf", lambda: pdf_bytes([
        "Расписание внеурочной деятельности центра «Точка роста» на 2022-2023 учебный год",
        *("  ".join(row) for row in CENTER_WEEK)]), PDF)
    lazy_file(site, "/netcat_files/52/3102/Raspisanie_DO_2023-2024.docx", lambda: docx_bytes(
        ["Расписание занятий дополнительного образования на 2023-2024 учебный год"], CENTER_WEEK), DOCX)

    items = [
        ("vstrecha-s-gostyami.html", "15 ноября 2023", "Гости из Красного в центре «Точка роста»",
         ["В центре «Точка роста» побывали ученики 7 класса МБОУ СОШ с. Красное. Наши девятиклассники "
          "провели для гостей опыты по физике на цифровой лаборатории."]),
        ("nedelya-fiziki-2022.html", "21 октября 2022", "Неделя физики",
         ["В центре «Точка роста» прошла неделя физики."]),
        ("otkrytie-sezona-2022.html", "5 сентября 2022", "Новый учебный год в «Точке роста»",
         ["Центр начал работу в новом учебном году."]),
    ]
    page(section_news, "05. Новости центра", side + "".join(
        news_card(section_news + slug, day, title, text[0][:80] + "…") for slug, day, title, text in items),
         crumbs + [("05. Новости центра", section_news)])
    for slug, day, title, text in items:
        page(section_news + slug, title, side + article(day, text, photos=2), crumbs + [(title, "")])
    general = "/roditelyam-i-uchenikam/novosti/"
    page(general, "Новости", news_card(general + "novogodnyaya-yarmarka.html", "8 декабря 2023",
                                       "Новогодняя ярмарка", "Приглашаем на ярмарку…"), [("Новости", general)])
    page(general + "novogodnyaya-yarmarka.html", "Новогодняя ярмарка",
         article("8 декабря 2023", ["22 декабря в школе пройдёт благотворительная ярмарка."]), [("Новости", general)])
    school.fill_menu()
    return site


SITES = [build_bobrov(), build_krasnoe(), build_ivanovka()]
