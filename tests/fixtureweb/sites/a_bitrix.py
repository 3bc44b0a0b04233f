"""A 1C-Bitrix school: the section sits in the «О школе» submenu, news pages with PAGEN_1
(a page number past the end answers the last page again), details under both
/news/?ELEMENT_ID= and /news/index.php?ELEMENT_ID=, ?print=Y twins of every page, files in
/upload/iblock/…, and a timetable XLSX whose own text says 2022-2023."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.fixtureweb.kit import PDF, XLSX, Resource, Site, pdf_bytes, xlsx_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    lazy_file,
    metrika,
    recommendations_text,
    serve_images,
)

HOST = "school17-berdsk.ru"
SECTION = "/about/tochka-rosta/"
PER_PAGE = 5
TOP_MENU = [("Главная", "/"), ("О школе", "/about/"), ("Новости", "/news/"), ("Родителям", "/parents/"),
            ("Ученикам", "/students/"), ("Контакты", "/contacts/")]
ABOUT_MENU = [("История школы", "/about/history/"), ("Администрация", "/about/administration/"),
              ("Центр «Точка роста»", SECTION), ("Сведения об образовательной организации", "/sveden/")]
SECTION_MENU = [("О центре", SECTION), ("Документы", SECTION + "documents/"), ("Расписание", SECTION + "schedule/"),
                ("Новости центра", SECTION + "news/")]

# (ELEMENT_ID, date, title, text, about the center)
NEWS = [
    (1622, "08.12.2023", "Итоги муниципального этапа ВсОШ", "Поздравляем победителей и призёров муниципального этапа!", False),
    (1610, "27.10.2023", "Осенние каникулы", "Каникулы с 28.10 по 06.11.", False),
    (1601, "18.10.2023", "Урок «Шаг в будущее» в центре «Точка роста»",
     "18 октября в центре «Точка роста» прошёл всероссийский урок «Шаг в будущее»: девятиклассники "
     "познакомились с инженерными профессиями и собрали действующую модель ветряка.", True),
    (1598, "01.09.2023", "С Днём знаний!", "Торжественные линейки прошли в 8:30 и 10:00.", False),
    (1590, "25.05.2023", "Последний звонок", "Праздник для выпускников 9 и 11 классов.", False),
    (1587, "16.05.2023", "Фестиваль науки в «Точке роста»",
     "В центре «Точка роста» прошёл школьный фестиваль науки: 14 проектов, 3 победителя.", True),
    (1560, "14.03.2023", "Неделя математики", "Конкурсы и олимпиады недели математики.", False),
    (1542, "23.02.2023", "Смотр строя и песни", "Классы 5–8 соревновались в строевой подготовке.", False),
    (1530, "20.01.2023", "Лыжные соревнования", "Итоги школьных лыжных соревнований.", False),
    (1502, "26.12.2022", "Новогодние праздники", "Спасибо родителям за помощь в подготовке ёлки.", False),
    (1455, "10.11.2022", "День открытых дверей центра «Точка роста»",
     "Гости познакомились с оборудованием центра «Точка роста».", True),
    (1440, "05.10.2022", "День учителя", "Праздничный концерт для учителей.", False),
]


def bitrix_page(target: str, title: str, content: str, left_menu: list[tuple[str, str]] = ()) -> str:
    top = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in TOP_MENU)
    left = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in left_menu)
    printable = target + ("&" if "?" in target else "?") + "print=Y"
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}</title>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?168699384321429" type="text/css" rel="stylesheet"/>
<link href="/bitrix/templates/school_v2/template_styles.css?16870021004312" type="text/css" rel="stylesheet"/>
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{}};</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1686993843221288"></script>
</head><body>
<div id="panel"></div>
<div class="header"><a href="/" class="logo"><img src="/upload/logo.png" alt="МАОУ СОШ № 17"></a>
<div class="header-title">Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 17» г. Бердска</div>
<a class="print-link" href="{printable}" rel="nofollow">Версия для печати</a></div>
<ul class="top-menu">{top}</ul>
<div class="bx-breadcrumb"><a href="/">Главная</a> / <span>{title}</span></div>
<div class="layout"><ul class="left-menu">{left}</ul>
<div class="workarea"><h1>{title}</h1>{content}</div></div>
<div class="footer">© 2016–2023 МАОУ «СОШ № 17». 633010, Новосибирская обл., г. Бердск, ул. Островского, 83.
<a href="/bitrix/rk.php?id=4&amp;goto=https%3A%2F%2Fwww.gosuslugi.ru%2F">Госуслуги</a>
<span class="bitrix-powered">Работает на «1С-Битрикс: Управление сайтом»</span>{metrika(44010276)}</div>
</body></html>"""


def news_list(items) -> str:
    return "".join(f'<div class="news-item"><span class="news-date-time">{day}</span> '
                   f'<a href="/news/?ELEMENT_ID={number}"><b>{title}</b></a><br>{text[:90]}…</div>'
                   for number, day, title, text, _ in items)


def news_pager(current: int, pages: int) -> str:
    links = [f"<b>{n}</b>" if n == current else f'<a href="/news/?PAGEN_1={n}">{n}</a>' for n in range(1, pages + 1)]
    if current < pages:
        links.append(f'<a href="/news/?PAGEN_1={current + 1}">След.</a> <a href="/news/?PAGEN_1={pages}">Конец</a>')
    return f'<div class="modern-page-navigation"><span class="modern-page-title">Страницы:</span> {" ".join(links)}</div>'


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a08", "name": "МАОУ «СОШ № 17» г. Бердска", "region": "Новосибирская область",
         "municipality": "г. Бердск", "url": f"https://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}{SECTION}",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "1C-Bitrix school: section in a submenu of «О школе», a timetable XLSX dated 2022-2023 only in its "
        "own cells, news details under two URL forms plus ?print=Y twins and an endless PAGEN_1, and only "
        "the Р-20 (2019) recommendations.",
    )
    page_targets: dict[str, str] = {}

    def page(target: str, title: str, content: str, left_menu=()) -> None:
        page_targets[target] = title
        site.page(target, bitrix_page(target, title, content, left_menu))

    page("/", "Главная", f"""<div class="banners"><a href="/bitrix/rk.php?id=7&amp;goto=https%3A%2F%2Fpos.gosuslugi.ru%2F">
<img src="/upload/rk/5a1/pos_banner.jpg" alt="Решаем вместе"></a></div>
<h2>Новости</h2>{news_list(NEWS[:4])}<a href="/news/">Все новости</a>""")
    page("/about/", "О школе", "<p>Школа открыта в 1985 году. В 2022 году на базе школы создан центр «Точка роста».</p>",
         ABOUT_MENU)
    page("/about/history/", "История школы", "<p>Первый выпуск состоялся в 1987 году.</p>", ABOUT_MENU)
    page("/about/administration/", "Администрация", "<p>Директор: Лаптева Ирина Сергеевна.</p>", ABOUT_MENU)
    page("/sveden/", "Сведения об образовательной организации", "<p>Основные сведения, структура, документы.</p>", ABOUT_MENU)
    page("/parents/", "Родителям", "<p>Питание, ГИА, запись в кружки.</p>")
    page("/students/", "Ученикам", "<p>Олимпиады, расписание звонков.</p>")
    page("/contacts/", "Контакты", "<p>Тел.: 8 (38341) 2-45-17</p>")

    page(SECTION, "Центр «Точка роста»", f"<p>{center_intro('МАОУ «СОШ № 17» г. Бердска', 2022)}</p>", SECTION_MENU)
    page(SECTION + "documents/", "Документы", """<ul class="docs">
<li><a href="/upload/iblock/a1c/metod_rek_R-20.pdf">Методические рекомендации (Распоряжение Минпросвещения России от 01.03.2019 № Р-20)</a> <span>(pdf, 1.4 Мб)</span></li>
<li><a href="/upload/iblock/b07/polozhenie_tr.pdf">Положение о центре «Точка роста»</a> <span>(pdf, 210 Кб)</span></li>
<li><a href="/upload/iblock/c55/plan_2023.pdf">План работы центра на 2023 год</a> <span>(pdf, 95 Кб)</span></li></ul>""",
         SECTION_MENU)
    page(SECTION + "schedule/", "Расписание", """
<p><a href="/upload/iblock/3f2/raspisanie_tr.xlsx">Расписание занятий центра «Точка роста»</a> (xlsx, 12 Кб)</p>""",
         SECTION_MENU)
    page(SECTION + "news/", "Новости центра", "".join(
        f'<div class="news-item"><span class="news-date-time">{day}</span> '
        f'<a href="/news/index.php?ELEMENT_ID={number}">{title}</a></div>'
        for number, day, title, _text, about in NEWS if about), SECTION_MENU)

    pages = (len(NEWS) + PER_PAGE - 1) // PER_PAGE
    for number in range(1, pages + 1):
        chunk = NEWS[(number - 1) * PER_PAGE:number * PER_PAGE]
        body = news_list(chunk) + news_pager(number, pages)
        page(f"/news/?PAGEN_1={number}", "Новости", body)
        if number == 1:
            page("/news/", "Новости", body)
    for number, day, title, text, _ in NEWS:
        body = (f'<div class="news-detail"><span class="news-date-time">{day}</span><p>{text}</p>'
                f'<img src="/upload/iblock/{number % 997:03x}/foto_{number}.jpg" alt=""></div>'
                f'<a href="/news/">Возврат к списку</a>')
        page(f"/news/?ELEMENT_ID={number}", title, body)
        page(f"/news/index.php?ELEMENT_ID={number}", title, body)

    def past_the_end(target: str, headers: dict) -> Resource:
        # Bitrix answers a page number beyond the last with the last page, under the new URL
        return site.resolve(HOST, f"/news/?PAGEN_1={pages}", headers)

    site.dynamic(r"/news/\?PAGEN_1=\d+", past_the_end)

    def printable(target: str, headers: dict) -> Resource | None:
        parts = urlsplit(target)
        query = [(k, v) for k, v in parse_qsl(parts.query) if k != "print"]
        plain = parts.path + (f"?{urlencode(query)}" if query else "")
        return site.resolve(HOST, plain, headers) if plain in page_targets else None

    site.dynamic(r"/[^?]*\?(?:.*&)?print=Y(?:&.*)?", printable)
    site.dynamic(r"/bitrix/rk\.php\?.*", lambda target, _h: Resource(status=302, headers={
        "Location": dict(parse_qsl(urlsplit(target).query)).get("goto", "/"), "Content-Type": "text/html"}))

    lazy_file(site, "/upload/iblock/3f2/raspisanie_tr.xlsx", lambda: xlsx_bytes(
        [["Расписание занятий центра «Точка роста» на 2022-2023 учебный год"], [], *CENTER_WEEK]), XLSX)
    lazy_file(site, "/upload/iblock/a1c/metod_rek_R-20.pdf", lambda: pdf_bytes(recommendations_text(
        "Утверждены распоряжением Министерства просвещения Российской Федерации от 01.03.2019 № Р-20")), PDF)
    lazy_file(site, "/upload/iblock/b07/polozhenie_tr.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"]), PDF)
    lazy_file(site, "/upload/iblock/c55/plan_2023.pdf", lambda: pdf_bytes(
        ["План работы центра «Точка роста» на 2023 год", "Февраль — День российской науки"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
