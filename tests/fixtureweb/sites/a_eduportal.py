"""Three schools on the regional «?section_id=N» platform (uralschool, kuzbasschool, khbschool):
pages by section id, news at /news-svc/item?UID=…, and documents as /file/card?id=N HTML cards
carrying the file's extracted text, with /file/download?id=N for the file itself.

- Asbest: timetable dated only by the e-signature stamp in the card text; the 2023 letter is
  named only inside the recommendations' own text.
- Prokopyevsk: the old «цифрового и гуманитарного профилей» name, a 2022-2023 DOCX, news
  stops in 2022, no recommendations.
- Amursk: seed row carries the section URL; the only 2023-2024 timetable is the school-wide
  one outside the section; center news is in the general feed.
"""
from __future__ import annotations

import uuid

from tests.fixtureweb.kit import DOCX, PDF, Site, docx_bytes, pdf_bytes
from tests.fixtureweb.sites.a_common import CENTER_WEEK, center_intro, lazy_file, recommendations_text, serve_images


def news_uid(host: str, number: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{host}/{number}"))


class Portal:
    """One school on the platform: section pages, file cards and news."""

    def __init__(self, site: Site, title: str, region_line: str, menu: list[tuple[str, int]]):
        self.site, self.title, self.region_line, self.menu = site, title, region_line, menu
        serve_images(site)

    def html(self, heading: str, content: str, submenu: list[tuple[str, int]] = ()) -> str:
        menu = "".join(f'<li class="menu__item"><a href="/?section_id={n}">{t}</a></li>' for t, n in self.menu)
        sub = "".join(f'<li><a href="/?section_id={n}">{t}</a></li>' for t, n in submenu)
        sub_block = f'<nav class="submenu"><ul>{sub}</ul></nav>' if sub else ""
        return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{heading} | {self.title}</title>
<link rel="stylesheet" href="/static/css/site.min.css?v=2.41"><script src="/static/js/bvi.min.js"></script></head>
<body><div class="page">
<div class="top-bar"><a href="#" class="bvi-open">Версия для слабовидящих</a> <a href="/?section_id=40">Обратная связь</a></div>
<header class="header"><img src="/static/img/emblem.png" alt=""><div><div class="header__name">{self.title}</div>
<div class="header__region">{self.region_line}</div></div></header>
<ul class="menu"><li class="menu__item"><a href="/">Главная</a></li>{menu}</ul>
<div class="main">{sub_block}<div class="content"><h1>{heading}</h1>{content}</div></div>
<footer class="footer">© 2017–2023 {self.title}<br>Сайт работает на платформе «Образовательный портал»</footer>
</div></body></html>"""

    def section(self, number: int, heading: str, content: str, submenu=()) -> None:
        self.site.page(f"/?section_id={number}", self.html(heading, content, submenu))

    def home(self, content: str) -> None:
        self.site.page("/", self.html("Главная", content))

    def document(self, number: int, file_name: str, text: list[str], build, content_type: str, size: str) -> str:
        """A file card with the extracted text; returns the link to the card."""
        paragraphs = "".join(f"<p>{line}</p>" for line in text)
        self.site.page(f"/file/card?id={number}", self.html(f"Файл: {file_name}", f"""
<div class="file-card"><table class="file-card__props"><tr><td>Имя файла</td><td>{file_name}</td></tr>
<tr><td>Размер</td><td>{size}</td></tr></table>
<a class="btn" href="/file/download?id={number}">Скачать</a>
<h3>Текст документа</h3><div class="file-card__text">{paragraphs}</div></div>"""))
        lazy_file(self.site, f"/file/download?id={number}", build, content_type,
                  headers={"Content-Disposition": f"attachment; filename*=UTF-8''{number}"})
        return f'<a class="file-link" href="/file/card?id={number}">{file_name}</a>'

    def news_item(self, number: int, day: str, title: str, text: str) -> str:
        uid = news_uid(self.site.host, number)
        self.site.page(f"/news-svc/item?UID={uid}", self.html(title, f"""
<div class="news-item"><div class="news-item__date">{day}</div><div class="news-item__text"><p>{text}</p></div>
<img src="/news-svc/image/{uid}/1.jpg" alt=""></div><a href="/?section_id=12">Все новости</a>"""))
        return (f'<div class="news-card"><span class="news-card__date">{day}</span> '
                f'<a href="/news-svc/item?UID={uid}">{title}</a></div>')


# --- a11: Asbest (uralschool) ----------------------------------------------------------------

ASBEST = "sch5-asbest.uralschool.ru"
STAMP = ["ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ",
         "Сертификат: 01D9C4F2A8E37B5000000000000001A",
         "Владелец: Мельникова Татьяна Петровна, директор",
         "Действителен с 12.01.2023 по 06.04.2024",
         "Дата: 2023.08.30 13:42:09 +03'00'"]


def build_asbest() -> Site:
    site = Site(
        ASBEST,
        {"id": "a11", "name": "МАОУ «СОШ № 5» Асбестовского ГО", "region": "Свердловская область",
         "municipality": "Асбестовский городской округ", "url": f"https://{ASBEST}"},
        {"reachable": True, "section_found": True, "section_url": f"https://{ASBEST}/?section_id=93",
         "schedule_status": "current", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "uralschool-style platform: the timetable file card is dated only by its e-signature stamp "
        "«Дата: 2023.08.30 …», and the recommendations link says nothing of the edition while the "
        "card's extracted text names ТВ-2356/02.",
    )
    portal = Portal(site, "МАОУ «Средняя общеобразовательная школа № 5»", "Свердловская область, г. Асбест",
                    [("Сведения об ОО", 1), ("Новости", 12), ("Точка роста", 93), ("Родителям", 30), ("Контакты", 40)])
    center_menu = [("Общая информация", 93), ("Документы", 94), ("Расписание", 95), ("Педагоги", 96)]
    news = [(501, "05.12.2023", "Соревнования по волейболу", "Сборная школы заняла 2 место в городских соревнованиях.", False),
            (497, "14.11.2023", "Городской турнир по робототехнике", "Команда центра «Точка роста» стала победителем "
             "городского турнира по робототехнике «РобоАсбест».", True),
            (480, "20.09.2023", "Экскурсия для первоклассников в «Точку роста»", "Первоклассники побывали в центре "
             "«Точка роста» и посмотрели опыты с жидким азотом.", True),
            (472, "01.09.2023", "День знаний", "Поздравляем с началом учебного года!", False),
            (430, "18.04.2023", "Весенняя неделя добра", "Акция помощи приюту для животных.", False)]
    cards = [portal.news_item(*item[:4]) for item in news]
    portal.home("<h2>Новости</h2>" + "".join(cards[:3]))
    portal.section(12, "Новости", "".join(cards))
    portal.section(93, "Центр «Точка роста»", f"<p>{center_intro('МАОУ «СОШ № 5»', 2022)}</p><h3>Новости центра</h3>" +
                   "".join(card for card, item in zip(cards, news) if item[4]), center_menu)
    recommendations = portal.document(
        2305, "МР_Точка_роста.pdf",
        recommendations_text("Приложение к письму Министерства просвещения Российской Федерации от 30.11.2023 № ТВ-2356/02"),
        lambda: pdf_bytes(recommendations_text(
            "Приложение к письму Министерства просвещения Российской Федерации от 30.11.2023 № ТВ-2356/02")), PDF, "1,2 МБ")
    statute = portal.document(2290, "Положение_о_центре.pdf", ["ПОЛОЖЕНИЕ о Центре «Точка роста»", "1. Общие положения"],
                              lambda: pdf_bytes(["ПОЛОЖЕНИЕ о Центре «Точка роста»"]), PDF, "240 КБ")
    portal.section(94, "Документы", f"<ul><li>Методические рекомендации: {recommendations}</li>"
                                    f"<li>Положение о центре: {statute}</li></ul>", center_menu)
    timetable_text = ["РАСПИСАНИЕ занятий центра «Точка роста»", *("  ".join(row) for row in CENTER_WEEK), *STAMP]
    timetable = portal.document(2301, "Расписание.pdf", timetable_text, lambda: pdf_bytes(timetable_text), PDF, "118 КБ")
    portal.section(95, "Расписание", f"<p>Расписание занятий: {timetable}</p>", center_menu)
    portal.section(96, "Педагоги", "<p>Жукова А.Н. (химия, биология), Смирнов К.О. (физика, робототехника).</p>", center_menu)
    portal.section(1, "Сведения об образовательной организации", "<p>Основные сведения, структура, документы.</p>")
    portal.section(30, "Родителям", "<p>Информация для родителей.</p>")
    portal.section(40, "Контакты", "<p>624260, Свердловская обл., г. Асбест, ул. Ленинградская, 14</p>")
    return site


# --- a12: Prokopyevsk (kuzbasschool) ------------------------------------------------------------

PRK = "sch14-prk.kuzbasschool.ru"


def build_prokopyevsk() -> Site:
    site = Site(
        PRK,
        {"id": "a12", "name": "МБОУ «СОШ № 14» г. Прокопьевска", "region": "Кемеровская область - Кузбасс",
         "url": f"https://{PRK}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"https://{PRK}/?section_id=154",
         "schedule_status": "stale", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "kuzbasschool-style platform: a 2019 center under the old «цифрового и гуманитарного профилей» name "
        "inside «Дополнительное образование»; the timetable card text says 2022-2023, news about the center "
        "stops in 2022, and no recommendations are posted.",
    )
    portal = Portal(site, "МБОУ «Средняя общеобразовательная школа № 14»", "Кемеровская область - Кузбасс, г. Прокопьевск",
                    [("Сведения об ОО", 1), ("Новости", 12), ("Дополнительное образование", 150), ("Контакты", 40)])
    name = "Центр образования цифрового и гуманитарного профилей «Точка роста»"
    news = [(812, "07.12.2023", "Муниципальный этап ВсОШ", "Итоги муниципального этапа олимпиады.", False),
            (790, "15.10.2023", "Осенний бал", "Старшеклассники провели осенний бал.", False),
            (640, "18.05.2022", "Шахматный турнир в «Точке роста»", "В центре «Точка роста» прошёл шахматный турнир.", True),
            (585, "24.11.2021", "Неделя ИТ в центре «Точка роста»", "Неделя информационных технологий.", True)]
    cards = [portal.news_item(*item[:4]) for item in news]
    portal.home("<h2>Новости</h2>" + "".join(cards[:2]))
    portal.section(12, "Новости", "".join(cards))
    portal.section(150, "Дополнительное образование", "<p>Кружки и секции школы.</p>",
                   [("Кружки и секции", 151), (name, 154)])
    portal.section(151, "Кружки и секции", "<p>Футбол, хор, «Умелые руки».</p>", [("Кружки и секции", 151), (name, 154)])
    text = ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год", *("  ".join(r) for r in CENTER_WEEK)]
    timetable = portal.document(3120, "Расписание занятий Точка роста.docx", text,
                                lambda: docx_bytes(text[:1], CENTER_WEEK), DOCX, "21 КБ")
    passport = portal.document(2044, "Паспорт центра.pdf", ["Паспорт Центра образования цифрового и гуманитарного "
                                                             "профилей «Точка роста», 2019 год"],
                               lambda: pdf_bytes(["Паспорт Центра «Точка роста», 2019 год"]), PDF, "310 КБ")
    statute = portal.document(2045, "Положение.pdf", ["ПОЛОЖЕНИЕ о Центре образования цифрового и гуманитарного "
                                                      "профилей «Точка роста»"],
                              lambda: pdf_bytes(["ПОЛОЖЕНИЕ о Центре «Точка роста»"]), PDF, "190 КБ")
    portal.section(154, name, f"""<p>Центр образования цифрового и гуманитарного профилей «Точка роста» открыт в 2019 году
в рамках федерального проекта «Современная школа».</p>
<h3>Документы</h3><ul><li>{passport}</li><li>{statute}</li></ul>
<h3>Расписание</h3><p>{timetable}</p>
<h3>Новости центра</h3>{''.join(card for card, item in zip(cards, news) if item[4])}""",
                   [("Кружки и секции", 151), (name, 154)])
    portal.section(1, "Сведения об образовательной организации", "<p>Основные сведения.</p>")
    portal.section(40, "Контакты", "<p>653000, г. Прокопьевск, ул. Гагарина, 40</p>")
    return site


# --- a13: Amursk (khbschool) ------------------------------------------------------------------

AMURSK = "sh3-amursk.khbschool.ru"


def build_amursk() -> Site:
    site = Site(
        AMURSK,
        {"id": "a13", "name": "МБОУ СОШ № 3 г. Амурска", "region": "Хабаровский край",
         "municipality": "Амурский муниципальный район", "url": f"https://{AMURSK}/",
         "section_url": f"https://{AMURSK}/?section_id=93"},
        {"reachable": True, "section_found": True, "section_url": f"https://{AMURSK}/?section_id=93",
         "schedule_status": "missing", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "khbschool-style platform with the section URL given in the seed row: the section has no timetable "
        "(the school-wide 2023-2024 lesson timetable elsewhere does not count), center news appears only in "
        "the general feed, and the Р-6 edition is posted.",
    )
    portal = Portal(site, "МБОУ «Средняя общеобразовательная школа № 3»", "Хабаровский край, г. Амурск",
                    [("Сведения об ОО", 1), ("Образование", 21), ("Новости", 12), ("Центр \"Точка роста\"", 93),
                     ("Контакты", 40)])
    news = [(931, "29.11.2023", "Неделя физики", "В центре «Точка роста» прошла неделя физики: ученики 7–9 классов "
             "соревновались в конструировании катапульт.", True),
            (925, "10.11.2023", "Родительский патруль", "Итоги рейда «Родительский патруль».", False),
            (917, "03.10.2023", "День учителя", "Праздничный концерт для учителей.", False),
            (902, "19.04.2023", "Конференция «Первые шаги в науку» в «Точке роста»", "В центре «Точка роста» прошла "
             "школьная конференция «Первые шаги в науку»: ученики 5–8 классов защитили 11 проектов, выполненных на "
             "оборудовании центра.", True)]
    cards = [portal.news_item(*item[:4]) for item in news]
    portal.home("<h2>Новости школы</h2>" + "".join(cards[:3]))
    portal.section(12, "Новости", "".join(cards))
    lesson_text = ["Расписание уроков МБОУ СОШ № 3 на 2023-2024 учебный год", "5А: математика, русский язык, история"]
    lessons = portal.document(4410, "Расписание уроков 2023-2024.docx", lesson_text,
                              lambda: docx_bytes(lesson_text), DOCX, "44 КБ")
    portal.section(21, "Образование", f"<p>Учебный план, календарный учебный график.</p><p>{lessons}</p>")
    lazy_file(site, "/upload/sh3-amursk/files/Metod_rekomendacii_R-6.pdf", lambda: pdf_bytes(recommendations_text(
        "Утверждены распоряжением Минпросвещения России от 12.01.2021 № Р-6")), PDF)
    lazy_file(site, "/upload/sh3-amursk/files/Polozhenie_TR.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"]), PDF)
    portal.section(93, "Центр \"Точка роста\"", f"""<p>{center_intro('МБОУ СОШ № 3 г. Амурска', 2021)}</p>
<p>Направления: естественно-научное, техническое.</p>
<ul><li><a href="/upload/sh3-amursk/files/Metod_rekomendacii_R-6.pdf">Методические рекомендации (распоряжение Р-6 от 12.01.2021)</a></li>
<li><a href="/upload/sh3-amursk/files/Polozhenie_TR.pdf">Положение о центре</a></li></ul>
<p>Педагоги центра: Ермакова Л.В., Тихонов Р.А.</p>""")
    portal.section(1, "Сведения об образовательной организации", "<p>Основные сведения.</p>")
    portal.section(40, "Контакты", "<p>682640, Хабаровский край, г. Амурск, пр. Строителей, 9</p>")
    return site


SITES = [build_asbest(), build_prokopyevsk(), build_amursk()]
