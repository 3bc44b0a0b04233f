"""Hold-out schools d01..d14: sites designed from the domain notes only, without looking at
the crawler, to measure how its rules generalize to layouts its authors never saw.

Each site is built the way a school webmaster would: a real-looking theme with menus,
footers and counters, unrelated pages around the center's section, and documents whose
own metadata agrees with what a person sees (no PDF or DOCX carries a date that a reader
of the page could not know about, unless it is the document's real date).
"""
from __future__ import annotations

import io
from datetime import UTC, datetime
from urllib.parse import quote

from tests.fixtureweb.kit import DOCX, PDF, XLSX, Site, docx_bytes, pdf_bytes
from tests.fixtureweb.sites.a_common import lazy_file, metrika, recommendations_text, serve_images

# -- documents with honest metadata ---------------------------------------------------------


def _docx(paragraphs: list[str], table: list[list[str]] | None, *, created: datetime) -> bytes:
    return docx_bytes(paragraphs, table, created=created, author="Завуч")


def _xlsx(rows: list[list[str]], *, created: datetime, sheet: str = "Лист1") -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = created
    book.properties.creator = "Учитель информатики"
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _when(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 0, tzinfo=UTC)


def _rows_html(rows: list[list[str]], attrs: str = "") -> str:
    head, *body = rows
    out = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
    out += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table {attrs}>{out}</table>"


LETTER_2356 = "Приложение к письму Минпросвещения России от 30.11.2023 № ТВ-2356/02"


def _recs_pdf(letter_line: str | None, created: str | None) -> bytes:
    return pdf_bytes(recommendations_text(letter_line), created=created)


# ============================================================================================
# d01 — Gosweb (NetCat), Касимов: section under «Главное», center news only in an event body
# ============================================================================================
HOST01 = "shkola2kasimov-r62.gosweb.gosuslugi.ru"
SEC01 = "/glavnoe/tsentr-obrazovaniya-tochka-rosta/"


def gosweb_page(school: str, address: str, menu: list[tuple[str, str, list[tuple[str, str]]]],
                crumbs: list[tuple[str, str]], title: str, content: str, counter: int) -> str:
    items = []
    for text, href, sub in menu:
        inner = "".join(f'<li class="gw-nav__subitem"><a class="gw-nav__sublink" href="{h}">{t}</a></li>'
                        for t, h in sub)
        drop = f'<ul class="gw-nav__dropdown">{inner}</ul>' if sub else ""
        items.append(f'<li class="gw-nav__item"><a class="gw-nav__link" href="{href}">{text}</a>{drop}</li>')
    trail = " <span class=\"gw-crumbs__sep\">/</span> ".join(
        ['<a href="/">Главная</a>'] + [f'<a href="{h}">{t}</a>' for t, h in crumbs])
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {school}</title>
<link rel="stylesheet" href="/netcat_template/template/gosweb/css/main.min.css?v=2.14.3">
<script src="https://pos.gosuslugi.ru/bin/script.min.js"></script></head>
<body class="gw-body">
<div class="gw-topbar"><a class="gw-topbar__eye" href="#" data-bvi="open">Версия для слабовидящих</a>
<span class="gw-topbar__phone">8 (49131) 2-15-47</span></div>
<header class="gw-header"><a class="gw-header__logo" href="/"><img src="/netcat_files/logo/gerb.png" alt="Герб"></a>
<div class="gw-header__name">{school}</div>
<form class="gw-search" action="/search/" method="get"><input type="text" name="search_query" placeholder="Поиск по сайту"></form></header>
<nav class="gw-nav"><ul class="gw-nav__list">{''.join(items)}</ul></nav>
<main class="gw-main"><div class="gw-crumbs">{trail}</div>
<h1 class="gw-main__title">{title}</h1>
<div class="gw-content">{content}</div>
<div id="js-show-iframe-wrapper"><div class="pos-banner-fluid"><div class="bf-2__decor">Есть вопросы? Напишите нам в Госуслугах</div></div></div>
</main>
<footer class="gw-footer"><div class="gw-footer__col">{school}<br>{address}</div>
<div class="gw-footer__col"><a href="/svedeniya-ob-obrazovatelnoy-organizatsii/">Сведения об образовательной организации</a><br>
<a href="/glavnoe/kontakty/">Контакты</a></div>
<div class="gw-footer__copy">Сайт создан на платформе «Госвеб». © 2023</div>{metrika(counter)}</footer>
</body></html>"""


def build_d01() -> Site:
    school = "МБОУ «Средняя школа № 2» г. Касимова"
    site = Site(
        HOST01,
        {"id": "d01", "name": school, "region": "Рязанская область", "municipality": "г. Касимов",
         "url": f"https://{HOST01}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST01}{SEC01}",
         "schedule_status": "current", "has_publications": True, "publications_count": 1,
         "recommendations_current": True, "status": "ok"},
        "Gosweb school whose section sits in the «Главное» dropdown; the 2023-2024 DOCX timetable is in "
        "/netcat_files/, the only 2023 center news is an event whose title never names the center, and "
        "the recommendations link text is generic while the transliterated file name says TV-2356_02.",
    )
    menu = [
        ("Главное", "/glavnoe/", [("Новости", "/roditelyam-i-uchenikam/novosti/"),
                                   ("Центр образования «Точка роста»", SEC01), ("Контакты", "/glavnoe/kontakty/")]),
        ("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
        ("Родителям и ученикам", "/roditelyam-i-uchenikam/", [
            ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/"),
            ("Изменения в расписании", "/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/"),
            ("Питание", "/roditelyam-i-uchenikam/pitanie/")]),
        ("Педагогам", "/pedagogam/", []),
    ]

    def page(target: str, crumbs: list[tuple[str, str]], title: str, content: str) -> None:
        site.page(target, gosweb_page(school, "391300, Рязанская обл., г. Касимов, ул. Ленина, 31", menu, crumbs,
                                      title, content, 90412377))

    sec_crumbs = [("Главное", "/glavnoe/"), ("Центр образования «Точка роста»", SEC01)]
    tiles = "".join(f'<a class="gw-tile" href="{SEC01}{slug}/"><span class="gw-tile__name">{name}</span></a>'
                    for name, slug in [("Документы", "dokumenty"), ("Расписание занятий", "raspisanie-zanyatiy"),
                                       ("Педагогический состав", "pedagogicheskiy-sostav"),
                                       ("Материально-техническая база", "materialno-tehnicheskaya-baza")])
    page("/", [], "Добро пожаловать!", """
<div class="gw-slider"><img src="/netcat_files/slider/shkola.jpg" alt="Здание школы"></div>
<section class="gw-news-block"><h2>Новости</h2>
<div class="gw-card"><span class="gw-card__date">08 декабря 2023</span>
<a class="gw-card__title" href="/roditelyam-i-uchenikam/novosti/novosti_412.html">Итоги муниципального этапа олимпиады</a></div>
<div class="gw-card"><span class="gw-card__date">27 ноября 2023</span>
<a class="gw-card__title" href="/roditelyam-i-uchenikam/novosti/novosti_405.html">Профилактика гриппа и ОРВИ</a></div></section>
<section class="gw-news-block"><h2>Мероприятия</h2>
<div class="gw-card"><span class="gw-card__date">24 ноября 2023</span>
<a class="gw-card__title" href="/roditelyam-i-uchenikam/meropriyatiya/den-materi.html">Концерт ко Дню матери</a></div>
<div class="gw-card"><span class="gw-card__date">17 октября 2023</span>
<a class="gw-card__title" href="/roditelyam-i-uchenikam/meropriyatiya/nedelya-estestvennykh-nauk.html">Неделя естественных наук</a></div></section>""")
    page("/glavnoe/", [("Главное", "/glavnoe/")], "Главное", f"""
<ul class="gw-list"><li><a href="/roditelyam-i-uchenikam/novosti/">Новости</a></li>
<li><a href="{SEC01}">Центр образования «Точка роста»</a></li><li><a href="/glavnoe/kontakty/">Контакты</a></li></ul>""")
    page("/glavnoe/kontakty/", [("Главное", "/glavnoe/"), ("Контакты", "/glavnoe/kontakty/")], "Контакты",
         "<p>Адрес: 391300, Рязанская обл., г. Касимов, ул. Ленина, 31</p><p>Телефон: 8 (49131) 2-15-47</p>"
         "<p>E-mail: school2.kasimov@ryazan.gov.ru</p>")
    page(SEC01, sec_crumbs, "Центр образования «Точка роста»", f"""
<div class="gw-text"><p>Центр образования естественно-научной и технологической направленностей «Точка роста» открыт
на базе МБОУ «Средняя школа № 2» г. Касимова 1 сентября 2022 года в рамках федерального проекта «Современная школа»
национального проекта «Образование».</p>
<p>В центре проводятся уроки физики, химии, биологии и технологии, занятия внеурочной деятельности и
дополнительного образования с использованием цифровых лабораторий, конструкторов и 3D-принтера.</p>
<p>Руководитель центра: Гарипова Альфия Рашидовна, учитель химии.</p></div>
<div class="gw-tiles">{tiles}</div>""")
    page(f"{SEC01}dokumenty/", sec_crumbs + [("Документы", f"{SEC01}dokumenty/")], "Документы", """
<div class="gw-docs">
<div class="gw-doc"><a class="gw-doc__link" href="/netcat_files/50/1184/Polozhenie_o_Tsentre_Tochka_rosta.pdf">Положение о Центре образования естественно-научной и технологической направленностей «Точка роста»</a><span class="gw-doc__meta">pdf, 212 Кб</span></div>
<div class="gw-doc"><a class="gw-doc__link" href="/netcat_files/50/1184/Prikaz_o_sozdanii_Tsentra.pdf">Приказ о создании Центра</a><span class="gw-doc__meta">pdf, 98 Кб</span></div>
<div class="gw-doc"><a class="gw-doc__link" href="/netcat_files/50/1184/Metodicheskie_rekomendatsii_TV-2356_02.pdf">Методические рекомендации по созданию и функционированию центров «Точка роста»</a><span class="gw-doc__meta">pdf, 1,4 Мб</span></div>
<div class="gw-doc"><a class="gw-doc__link" href="/netcat_files/50/1184/Rasporyazhenie_R-6.pdf">Распоряжение Минпросвещения России от 12.01.2021 № Р-6</a><span class="gw-doc__meta">pdf, 640 Кб</span></div>
</div>""")
    page(f"{SEC01}raspisanie-zanyatiy/", sec_crumbs + [("Расписание занятий", f"{SEC01}raspisanie-zanyatiy/")],
         "Расписание занятий", """
<div class="gw-docs"><div class="gw-doc"><a class="gw-doc__link" href="/netcat_files/50/1186/Raspisanie_Tsentra_2023-2024.docx">Расписание занятий центра «Точка роста» на 2023-2024 учебный год</a><span class="gw-doc__meta">docx, 31 Кб</span></div></div>
<p>Режим работы центра: понедельник – пятница.</p>""")
    page(f"{SEC01}pedagogicheskiy-sostav/", sec_crumbs + [("Педагогический состав", f"{SEC01}pedagogicheskiy-sostav/")],
         "Педагогический состав", """
<table class="gw-table"><tr><th>ФИО</th><th>Должность</th><th>Преподаваемые предметы</th></tr>
<tr><td>Гарипова Альфия Рашидовна</td><td>руководитель центра</td><td>химия, биология</td></tr>
<tr><td>Шувалов Игорь Петрович</td><td>учитель</td><td>физика</td></tr>
<tr><td>Никитина Ольга Сергеевна</td><td>педагог дополнительного образования</td><td>технология, робототехника</td></tr></table>""")
    page(f"{SEC01}materialno-tehnicheskaya-baza/",
         sec_crumbs + [("Материально-техническая база", f"{SEC01}materialno-tehnicheskaya-baza/")],
         "Материально-техническая база",
         "<p>Цифровые лаборатории по физике, химии, биологии; набор ОГЭ по химии; 3D-принтер; "
         "образовательные конструкторы; ноутбуки — 12 шт.</p>")
    page("/svedeniya-ob-obrazovatelnoy-organizatsii/", [("Сведения об образовательной организации",
                                                         "/svedeniya-ob-obrazovatelnoy-organizatsii/")],
         "Сведения об образовательной организации",
         "<ul><li>Основные сведения</li><li>Структура и органы управления</li><li>Документы</li>"
         "<li>Образование</li><li>Руководство</li></ul>")
    page("/roditelyam-i-uchenikam/", [("Родителям и ученикам", "/roditelyam-i-uchenikam/")], "Родителям и ученикам",
         '<ul><li><a href="/roditelyam-i-uchenikam/meropriyatiya/">Мероприятия</a></li>'
         '<li><a href="/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/">Изменения в расписании</a></li></ul>')
    page("/roditelyam-i-uchenikam/novosti/", [("Новости", "/roditelyam-i-uchenikam/novosti/")], "Новости", """
<div class="gw-card"><span class="gw-card__date">08 декабря 2023</span><a class="gw-card__title" href="/roditelyam-i-uchenikam/novosti/novosti_412.html">Итоги муниципального этапа олимпиады</a></div>
<div class="gw-card"><span class="gw-card__date">27 ноября 2023</span><a class="gw-card__title" href="/roditelyam-i-uchenikam/novosti/novosti_405.html">Профилактика гриппа и ОРВИ</a></div>""")
    page("/roditelyam-i-uchenikam/novosti/novosti_412.html", [("Новости", "/roditelyam-i-uchenikam/novosti/")],
         "Итоги муниципального этапа олимпиады",
         '<div class="gw-date">08 декабря 2023</div><p>Поздравляем победителей и призёров муниципального этапа '
         'всероссийской олимпиады школьников по литературе, истории и обществознанию!</p>')
    page("/roditelyam-i-uchenikam/novosti/novosti_405.html", [("Новости", "/roditelyam-i-uchenikam/novosti/")],
         "Профилактика гриппа и ОРВИ", '<div class="gw-date">27 ноября 2023</div><p>Памятка для родителей.</p>')
    events = [
        ("den-materi.html", "24 ноября 2023", "Концерт ко Дню матери",
         "<p>В актовом зале прошёл праздничный концерт, подготовленный учащимися начальных классов.</p>"),
        ("nedelya-estestvennykh-nauk.html", "17 октября 2023", "Неделя естественных наук",
         "<p>С 9 по 13 октября в школе прошла Неделя естественных наук.</p>"
         "<p>Учащиеся 7–9 классов выполнили практические работы по физике и химии в лабораториях центра "
         "«Точка роста»: измеряли температуру кипения, определяли кислотность почвы на цифровых датчиках, "
         "собрали электрическую цепь. Для пятиклассников учителя центра провели занимательные опыты.</p>"),
        ("osenniy-kross.html", "22 сентября 2023", "Осенний кросс",
         "<p>На школьном стадионе состоялся традиционный осенний кросс.</p>"),
        ("den-znaniy.html", "01 сентября 2023", "День знаний", "<p>Торжественная линейка.</p>"),
    ]
    older = [
        ("otkrytie-tsentra.html", "01 сентября 2022", "Открытие центра «Точка роста»",
         "<p>В школе торжественно открыт центр образования «Точка роста».</p>"),
        ("vypusknoy-2022.html", "25 июня 2022", "Выпускной вечер", "<p>Поздравляем выпускников 2022 года!</p>"),
    ]
    ev_crumbs = [("Родителям и ученикам", "/roditelyam-i-uchenikam/"),
                 ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/")]

    def cards(rows):
        return "".join(f'<div class="gw-card"><span class="gw-card__date">{d}</span><a class="gw-card__title" '
                       f'href="/roditelyam-i-uchenikam/meropriyatiya/{slug}">{t}</a></div>' for slug, d, t, _ in rows)

    page("/roditelyam-i-uchenikam/meropriyatiya/", ev_crumbs, "Мероприятия", cards(events) +
         '<div class="gw-pager"><span>1</span> <a href="/roditelyam-i-uchenikam/meropriyatiya/?cur_cc=214&amp;curPos=4">2</a></div>')
    page("/roditelyam-i-uchenikam/meropriyatiya/?cur_cc=214&curPos=4", ev_crumbs, "Мероприятия", cards(older) +
         '<div class="gw-pager"><a href="/roditelyam-i-uchenikam/meropriyatiya/">1</a> <span>2</span></div>')
    for slug, d, t, body in events + older:
        page(f"/roditelyam-i-uchenikam/meropriyatiya/{slug}", ev_crumbs, t,
             f'<div class="gw-date">Дата мероприятия: {d}</div>{body}'
             f'<div class="gw-gallery"><img src="/netcat_files/multifile/2385/{slug[:-5]}_1.jpg" alt=""></div>')
    page("/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/", ev_crumbs[:1] + [
        ("Изменения в расписании", "/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/")], "Изменения в расписании", """
<div class="gw-doc"><a href="/netcat_files/52/1190/Izmeneniya_v_raspisanii_11.12.2023.pdf">Изменения в расписании на 11.12.2023</a></div>
<div class="gw-doc"><a href="/netcat_files/52/1190/Izmeneniya_v_raspisanii_04.12.2023.pdf">Изменения в расписании на 04.12.2023</a></div>""")
    page("/roditelyam-i-uchenikam/pitanie/", ev_crumbs[:1] + [("Питание", "/roditelyam-i-uchenikam/pitanie/")],
         "Питание", "<p>Меню на каждый день размещается в разделе «Питание».</p>")
    page("/pedagogam/", [("Педагогам", "/pedagogam/")], "Педагогам", "<p>Методическая копилка.</p>")

    lazy_file(site, "/netcat_files/50/1184/Metodicheskie_rekomendatsii_TV-2356_02.pdf",
              lambda: _recs_pdf(LETTER_2356, "20231205"), PDF)
    lazy_file(site, "/netcat_files/50/1184/Polozhenie_o_Tsentre_Tochka_rosta.pdf", lambda: pdf_bytes(
        ["Положение о Центре образования естественно-научной и технологической направленностей «Точка роста»",
         "1. Общие положения", "1.1. Центр создан с целью развития у обучающихся естественно-научной, "
         "математической, информационной грамотности."], created="20220825"), PDF)
    lazy_file(site, "/netcat_files/50/1184/Prikaz_o_sozdanii_Tsentra.pdf",
              lambda: pdf_bytes(["Приказ № 112-о от 15.06.2022", "О создании центра «Точка роста»"], created="20220615"), PDF)
    lazy_file(site, "/netcat_files/50/1184/Rasporyazhenie_R-6.pdf", lambda: pdf_bytes(
        ["Распоряжение Министерства просвещения Российской Федерации от 12.01.2021 № Р-6"], created="20210112"), PDF)
    lazy_file(site, "/netcat_files/50/1186/Raspisanie_Tsentra_2023-2024.docx", lambda: _docx(
        ["Утверждаю. Директор школы ______ Е.Н. Кузнецова", "Приказ № 201-о от 31.08.2023",
         "Расписание занятий центра «Точка роста» на 2023-2024 учебный год"],
        [["День", "Время", "Занятие", "Класс", "Педагог"],
         ["Понедельник", "14:20–15:00", "Внеурочная деятельность «Физика в задачах и экспериментах»", "7", "Шувалов И.П."],
         ["Вторник", "14:20–15:00", "Дополнительное образование «Робототехника»", "5–6", "Никитина О.С."],
         ["Среда", "14:20–15:00", "Внеурочная деятельность «Химия вокруг нас»", "8", "Гарипова А.Р."],
         ["Четверг", "15:10–15:50", "Дополнительное образование «3D-моделирование»", "7–8", "Никитина О.С."]],
        created=_when(2023, 8, 31)), DOCX)
    for name in ("Izmeneniya_v_raspisanii_11.12.2023.pdf", "Izmeneniya_v_raspisanii_04.12.2023.pdf"):
        lazy_file(site, f"/netcat_files/52/1190/{name}", lambda name=name: pdf_bytes(
            [f"Изменения в расписании уроков на {name[24:34]}", "5а — 3 урок: математика вместо истории"],
            created="20231201"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d02 — WordPress (Astra-like theme), Шуя: section timetable only in /uploads/2022/09/, while the
# school-wide 2023-2024 lesson timetable elsewhere must not count; ТВ-977/02 only
# ============================================================================================
HOST02 = "sosh5-shuya.ru"
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]


def build_d02() -> Site:
    school = "МОУ «Средняя общеобразовательная школа № 5» г. Шуи"
    site = Site(
        HOST02,
        {"id": "d02", "name": school, "region": "Ивановская область", "municipality": "г. Шуя",
         "url": f"https://{HOST02}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST02}/tochka-rosta/",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "WordPress with pretty permalinks: the section's only timetable is a year-less PDF uploaded in "
        "/wp-content/uploads/2022/09/ (stale) while a 2023-2024 school lesson timetable sits outside the "
        "section, two 2023 center posts, and only the ТВ-977/02 (2022) recommendations.",
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/svedeniya/"),
            ("Расписание уроков", "/raspisanie-urokov/"), ("Точка роста", "/tochka-rosta/"),
            ("Новости", "/category/novosti/"), ("Контакты", "/kontakty/")]

    def html(title: str, main: str, body_class: str = "page-template-default page", head: str = "") -> str:
        nav = "".join(f'<li class="menu-item menu-item-type-post_type"><a href="https://{HOST02}{h}" class="menu-link">{t}</a></li>'
                      for t, h in menu)
        return f"""<!DOCTYPE html>
<html lang="ru-RU"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; МОУ СОШ №5 г. Шуя</title>
<meta name="generator" content="WordPress 6.4.1" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://{HOST02}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2' media='all' />
{head}</head>
<body class="{body_class} ast-desktop ast-separate-container ast-two-container ast-right-sidebar">
<div class="hfeed site" id="page"><header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="ast-primary-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-title"><a href="https://{HOST02}/" rel="home">МОУ СОШ №5 г. Шуя</a></span>
<p class="site-description">Учимся с удовольствием!</p></div>
<nav class="main-header-bar-navigation" aria-label="Основное меню"><ul id="ast-hf-menu-1" class="main-header-menu ast-nav-menu">{nav}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
{main}
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget widget_media_image">
<a href="https://bus.gov.ru/"><img width="240" height="90" src="https://{HOST02}/wp-content/uploads/2021/03/bus-gov.png" alt="bus.gov.ru"></a></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Свежие записи</h2><ul>
<li><a href="https://{HOST02}/2023/11/28/den-materi-2023/">День матери</a></li>
<li><a href="https://{HOST02}/2023/10/12/festival-nauki-v-tochke-rosta/">Фестиваль науки в «Точке роста»</a></li></ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">
<div class="ast-small-footer-section">Copyright &copy; 2023 МОУ СОШ №5 г. Шуя | 155900, Ивановская обл., г. Шуя, ул. Комсомольская, 10 | Работает на <a href="https://wpastra.com/">Astra WordPress Theme</a></div>
</div></div>{metrika(48812044)}</footer></div></body></html>"""

    def page(target: str, title: str, content: str, crumbs: str = "") -> None:
        site.page(target, html(title, f'<article class="page type-page status-publish ast-article-single">'
                                      f'{crumbs}<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
                                      f'<div class="entry-content clear">{content}</div></article>'))

    posts = [
        ("2023-11-28T11:20:00+03:00", "den-materi-2023", "День матери", "novosti", "Новости",
         ["Учащиеся 3–4 классов подготовили праздничную программу для мам."]),
        ("2023-10-12T15:05:00+03:00", "festival-nauki-v-tochke-rosta", "Фестиваль науки в «Точке роста»", "tochka-rosta",
         "Точка роста", ["10–11 октября центр «Точка роста» принимал гостей Всероссийского фестиваля науки «NAUKA 0+».",
                         "Ученики 9 класса показали младшим школьникам опыты с цифровой лабораторией по химии."]),
        ("2023-09-01T09:30:00+03:00", "den-znaniy-2023", "День знаний", "novosti", "Новости",
         ["Поздравляем учащихся и родителей с началом учебного года!"]),
        ("2023-05-18T14:00:00+03:00", "zashchita-proektov", "Защита индивидуальных проектов", "tochka-rosta",
         "Точка роста", ["В центре «Точка роста» девятиклассники защитили индивидуальные проекты по физике и "
                         "биологии."]),
        ("2022-12-21T10:00:00+03:00", "novogodnie-opyty", "Новогодние опыты", "tochka-rosta", "Точка роста",
         ["Педагоги центра «Точка роста» показали новогоднее химическое шоу."]),
    ]

    def path(iso: str, slug: str) -> str:
        return f"/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{slug}/"

    def human(iso: str) -> str:
        return f"{int(iso[8:10])} {RU_MONTHS_GEN[int(iso[5:7]) - 1]} {iso[:4]}"

    def teaser(p) -> str:
        iso, slug, title, cat, catname, paras = p
        return (f'<article class="post type-post status-publish format-standard category-{cat} ast-article-post">'
                f'<h2 class="entry-title"><a href="https://{HOST02}{path(iso, slug)}">{title}</a></h2>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">'
                f'{human(iso)}</time></span> / <span class="cat-links"><a href="https://{HOST02}/category/{cat}/">{catname}</a>'
                f'</span></div><div class="ast-excerpt-container"><p>{paras[0]}</p></div></article>')

    for p in posts:
        iso, slug, title, cat, catname, paras = p
        head = f'<meta property="article:published_time" content="{iso}" />'
        body = (f'<article class="post type-post status-publish category-{cat} ast-article-single">'
                f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
                f'<span class="posted-on"><time class="entry-date published" datetime="{iso}">{human(iso)}</time></span>'
                f' / <span class="cat-links"><a href="https://{HOST02}/category/{cat}/" rel="category tag">{catname}</a></span>'
                f'</div></header><div class="entry-content clear">{"".join(f"<p>{x}</p>" for x in paras)}</div></article>')
        site.page(path(iso, slug), html(title, body, "post-template-default single single-post", head))
    for cat, catname in (("novosti", "Новости"), ("tochka-rosta", "Точка роста")):
        site.page(f"/category/{cat}/", html(f"Рубрика: {catname}", f'<h1 class="page-title">Рубрика: {catname}</h1>' +
                                            "".join(teaser(p) for p in posts if p[3] == cat), "archive category"))
    site.page("/", html("Главная", "".join(teaser(p) for p in posts[:4]) +
                        '<nav class="ast-pagination"><a class="next page-numbers" href="/page/2/">Следующая страница</a></nav>',
                        "home blog"))
    site.page("/page/2/", html("Главная", "".join(teaser(p) for p in posts[4:]), "home blog paged"))

    crumbs = (f'<nav class="ast-breadcrumbs"><a href="https://{HOST02}/">Главная</a> » '
              f'<a href="https://{HOST02}/tochka-rosta/">Центр «Точка роста»</a></nav>')
    page("/tochka-rosta/", "Центр «Точка роста»", f"""
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» создан на базе нашей школы
в 2021 году в рамках федерального проекта «Современная школа» национального проекта «Образование».</p>
<p><img class="aligncenter size-medium" src="https://{HOST02}/wp-content/uploads/2021/09/tochka-fasad-300x200.jpg" alt="" width="300" height="200"></p>
<h3>Разделы</h3><ul class="wp-block-list">
<li><a href="https://{HOST02}/tochka-rosta/dokumenty/">Документы</a></li>
<li><a href="https://{HOST02}/tochka-rosta/raspisanie-zanyatiy/">Расписание занятий</a></li>
<li><a href="https://{HOST02}/tochka-rosta/pedagogi/">Педагоги</a></li>
<li><a href="https://{HOST02}/category/tochka-rosta/">Новости центра</a></li></ul>""")
    page("/tochka-rosta/dokumenty/", "Документы", f"""<ul>
<li><a href="https://{HOST02}/wp-content/uploads/2021/09/polozhenie-o-tsentre.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="https://{HOST02}/wp-content/uploads/2022/09/pismo-tv-977-02.pdf">Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»</a></li>
<li><a href="https://{HOST02}/wp-content/uploads/2021/09/plan-uchebno-vospitatelnyh-meropriyatiy.pdf">План учебно-воспитательных, внеурочных и социокультурных мероприятий</a></li></ul>""",
         crumbs)
    page("/tochka-rosta/raspisanie-zanyatiy/", "Расписание занятий", f"""
<p>Расписание занятий центра «Точка роста»:</p>
<div class="wp-block-file"><a href="https://{HOST02}/wp-content/uploads/2022/09/raspisanie-tr.pdf">raspisanie-tr</a>
<a href="https://{HOST02}/wp-content/uploads/2022/09/raspisanie-tr.pdf" class="wp-block-file__button" download>Скачать</a></div>""",
         crumbs)
    page("/tochka-rosta/pedagogi/", "Педагоги", "<p>Комарова Наталья Юрьевна — учитель химии и биологии, руководитель центра.</p>"
                                                "<p>Жуков Денис Олегович — учитель физики и технологии.</p>", crumbs)
    page("/raspisanie-urokov/", "Расписание уроков", f"""
<p>Расписание уроков 1–11 классов на 2023-2024 учебный год:
<a href="https://{HOST02}/wp-content/uploads/2023/08/raspisanie-urokov-2023-2024.pdf">скачать</a></p>
<p>Расписание звонков: 1 урок 8:30–9:10, 2 урок 9:20–10:00, 3 урок 10:20–11:00.</p>""")
    page("/svedeniya/", "Сведения об образовательной организации",
         "<ul><li>Основные сведения</li><li>Документы</li><li>Образование</li><li>Руководство</li></ul>")
    page("/kontakty/", "Контакты", "<p>155900, Ивановская обл., г. Шуя, ул. Комсомольская, 10. Тел. 8 (49351) 4-12-33</p>")

    up = "/wp-content/uploads"
    lazy_file(site, f"{up}/2022/09/raspisanie-tr.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста»",
         "Понедельник 14:10–14:50 «Занимательная химия» 8 класс Комарова Н.Ю.",
         "Вторник 14:10–14:50 «Физика в опытах» 7 класс Жуков Д.О.",
         "Четверг 14:10–15:30 «Робототехника» 5–6 классы Жуков Д.О.",
         "Пятница 14:10–14:50 «Юный биолог» 6 класс Комарова Н.Ю."], created="20220902"), PDF)
    lazy_file(site, f"{up}/2022/09/pismo-tv-977-02.pdf", lambda: _recs_pdf(
        "Приложение к письму Минпросвещения России от 31.05.2022 № ТВ-977/02", "20220901"), PDF)
    lazy_file(site, f"{up}/2021/09/polozhenie-o-tsentre.pdf",
              lambda: pdf_bytes(["Положение о центре «Точка роста»", "1. Общие положения"], created="20210830"), PDF)
    lazy_file(site, f"{up}/2021/09/plan-uchebno-vospitatelnyh-meropriyatiy.pdf",
              lambda: pdf_bytes(["План учебно-воспитательных, внеурочных и социокультурных мероприятий центра"],
                           created="20210830"), PDF)
    lazy_file(site, f"{up}/2023/08/raspisanie-urokov-2023-2024.pdf", lambda: pdf_bytes(
        ["Расписание уроков на 2023-2024 учебный год", "5а: математика, русский язык, история, физкультура"],
        created="20230830"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d03 — 1C-Bitrix, Оренбург: an undated HTML «Режим занятости», center news stop in 2022,
# «mr.pdf» named generically whose own text cites ТВ-2356/02
# ============================================================================================
HOST03 = "gimn3-orenburg.ru"


def build_d03() -> Site:
    school = "МОАУ «Гимназия № 3» г. Оренбурга"
    sec = "/about/tochka-rosta/"
    site = Site(
        HOST03,
        {"id": "d03", "name": school, "region": "Оренбургская область", "municipality": "г. Оренбург",
         "url": f"https://{HOST03}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST03}{sec}",
         "schedule_status": "unknown", "has_publications": False, "publications_count": 0,
         "recommendations_current": True, "status": "ok"},
        "Bitrix gymnasium: the center's «Режим занятости» is an HTML table that nothing dates, its news "
        "(?ELEMENT_ID=) end in 2022 while a 2023 school item only reports regional plans for new centers, and "
        "the documents link a generic /upload/iblock/…/mr.pdf whose text alone names ТВ-2356/02.",
    )

    def html(title: str, content: str, crumbs: list[tuple[str, str]], left: str = "") -> str:
        trail = "".join(f'<div class="bx-breadcrumb-item"><a href="{h}" title="{t}"><span>{t}</span></a><i>›</i></div>'
                        for t, h in [("Главная", "/")] + crumbs)
        return f"""<!DOCTYPE html>
<html xml:lang="ru" lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}</title>
<link href="/bitrix/cache/css/s1/gimn/template_6a1f0b2c/template_6a1f0b2c_v1.css?16987342105112" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1698734210220477"></script></head>
<body><div id="panel"></div>
<div class="wrapper"><div class="header"><div class="logo"><a href="/"><img src="/local/templates/gimn/images/logo.png" alt="Гимназия №3"></a></div>
<div class="header-title">Муниципальное общеобразовательное автономное учреждение «Гимназия № 3»</div>
<div class="header-contacts">460000, г. Оренбург, ул. Кирова, 16 · (3532) 77-41-09</div></div>
<ul id="horizontal-multilevel-menu">
<li><a href="/" class="root-item">Главная</a></li>
<li><a href="/about/" class="root-item">О гимназии</a><ul>
<li><a href="/about/history/">История</a></li><li><a href="{sec}">Центр «Точка роста»</a></li>
<li><a href="/about/teachers/">Педагогический коллектив</a></li></ul></li>
<li><a href="/sveden/" class="root-item">Сведения об образовательной организации</a></li>
<li><a href="/news/" class="root-item">Новости</a></li>
<li><a href="/contacts/" class="root-item">Контакты</a></li></ul>
<div class="bx-breadcrumb">{trail}</div>
<div class="content-wrap"><div class="left-col">{left}</div><div class="workarea"><h1>{title}</h1>{content}</div></div>
<div class="footer"><div class="footer-copy">© МОАУ «Гимназия № 3», 2011–2023. Все права защищены.</div>
<div class="footer-dev">Разработка сайта — <a href="https://1c-bitrix.ru/">1С-Битрикс</a></div>{metrika(31177820)}</div></div>
</body></html>"""

    left = f"""<ul class="left-menu">
<li><a href="{sec}">О центре</a></li><li><a href="{sec}docs/">Документы</a></li>
<li><a href="{sec}rezhim-zanyatosti/">Режим занятости</a></li><li><a href="{sec}teachers/">Педагоги центра</a></li>
<li><a href="{sec}news/">Новости центра</a></li><li><a href="{sec}gallery/">Фотогалерея</a></li></ul>"""
    crumbs = [("О гимназии", "/about/"), ("Центр «Точка роста»", sec)]

    def page(target: str, title: str, content: str, extra: list[tuple[str, str]] | None = None,
             side: bool = True) -> None:
        site.page(target, html(title, content, crumbs + (extra or []) if side else (extra or []), left if side else ""))

    page(sec, "Центр «Точка роста»", """
<p>С 1 сентября 2021 года в гимназии работает Центр образования естественно-научной и технологической направленностей
«Точка роста», созданный в рамках федерального проекта «Современная школа» национального проекта «Образование».</p>
<p>Центр обеспечивает реализацию образовательных программ по физике, химии, биологии и технологии,
программ дополнительного образования и внеурочной деятельности.</p>
<p>Руководитель центра — Лаптева Светлана Андреевна, заместитель директора по УВР.</p>""")
    page(f"{sec}docs/", "Документы", """
<div class="news-list">
<p class="news-item"><a href="/upload/iblock/a1c/polozhenie_tsentr.pdf">Положение о Центре «Точка роста»</a> <span class="file-size">(pdf, 240.3 КБ)</span></p>
<p class="news-item"><a href="/upload/iblock/7d4/prikaz_231.pdf">Приказ о функционировании Центра</a> <span class="file-size">(pdf, 118.0 КБ)</span></p>
<p class="news-item"><a href="/upload/iblock/3f2/mr.pdf">Методические рекомендации</a> <span class="file-size">(pdf, 1.2 МБ)</span></p>
<p class="news-item"><a href="/upload/iblock/0b8/dorozhnaya_karta.pdf">Дорожная карта</a> <span class="file-size">(pdf, 86.5 КБ)</span></p>
</div>""", [("Документы", f"{sec}docs/")])
    page(f"{sec}rezhim-zanyatosti/", "Режим занятости", "<p>Режим занятости обучающихся и педагогов в Центре «Точка роста»</p>" +
         _rows_html([["День недели", "Урок / время", "Объединение, предмет", "Классы", "Педагог"],
                     ["Понедельник", "7–8 урок", "«Экспериментальная химия»", "9", "Лаптева С.А."],
                     ["Вторник", "14:30–15:10", "«Биология растений»", "6", "Гусева М.В."],
                     ["Среда", "14:30–16:00", "«Робототехника»", "5–7", "Ахметов Р.Р."],
                     ["Пятница", "14:30–15:10", "«Физика вокруг нас»", "8", "Ахметов Р.Р."]],
                    'class="data-table" border="1"'), [("Режим занятости", f"{sec}rezhim-zanyatosti/")])
    page(f"{sec}teachers/", "Педагоги центра", "<p>Лаптева С.А. — химия; Гусева М.В. — биология; Ахметов Р.Р. — физика, технология.</p>",
         [("Педагоги центра", f"{sec}teachers/")])
    page(f"{sec}gallery/", "Фотогалерея", '<div class="photo-list"><img src="/upload/iblock/9aa/foto1.jpg" alt="">'
                                         '<img src="/upload/iblock/9ab/foto2.jpg" alt=""></div>', [("Фотогалерея", f"{sec}gallery/")])
    center_news = [
        (1187, "15.11.2022", "Неделя химии", "В Центре «Точка роста» прошла неделя химии для 8–9 классов."),
        (1102, "12.04.2022", "День космонавтики в Центре", "Гимназисты собрали модели ракет на занятиях в Центре."),
        (1011, "01.09.2021", "Открытие Центра «Точка роста»", "Торжественное открытие Центра."),
    ]

    def listing(base: str, rows) -> str:
        return '<div class="news-list">' + "".join(
            f'<p class="news-item" id="bx_3218110189_{i}"><span class="news-date-time">{d}</span>&nbsp;&nbsp;'
            f'<a href="{base}?ELEMENT_ID={i}"><b>{t}</b></a><br />{text[:90]}</p>' for i, d, t, text in rows) + "</div>"

    page(f"{sec}news/", "Новости центра", listing(f"{sec}news/index.php", center_news), [("Новости центра", f"{sec}news/")])
    for i, d, t, text in center_news:
        page(f"{sec}news/index.php?ELEMENT_ID={i}", t, f'<div class="news-detail"><span class="news-date-time">{d}</span>'
                                                       f'<p>{text}</p></div>', [("Новости центра", f"{sec}news/")])
    school_news = [
        (1562, "08.12.2023", "Новогодняя ярмарка", "Приглашаем на новогоднюю благотворительную ярмарку."),
        (1551, "21.11.2023", "В 2024 году в Оренбуржье откроются новые центры «Точка роста»",
         "По информации министерства образования Оренбургской области, в 2024 году в регионе откроются ещё 42 центра "
         "образования естественно-научной и технологической направленностей «Точка роста» в сельских школах."),
        (1530, "13.10.2023", "Осенний бал", "Старшеклассники провели осенний бал."),
        (1498, "01.09.2023", "День знаний", "Торжественная линейка."),
        (1440, "25.05.2023", "Последний звонок", "Поздравляем выпускников!"),
    ]
    site.page("/news/", html("Новости", listing("/news/index.php", school_news[:4]) +
                             '<div class="modern-page-navigation"><span class="modern-page-current">1</span>'
                             '<a href="/news/?PAGEN_1=2">2</a><a class="modern-page-next" href="/news/?PAGEN_1=2">След.</a></div>',
                             [("Новости", "/news/")]))
    site.page("/news/?PAGEN_1=2", html("Новости", listing("/news/index.php", school_news[4:]) +
                                       '<div class="modern-page-navigation"><a href="/news/">1</a>'
                                       '<span class="modern-page-current">2</span></div>', [("Новости", "/news/")]))
    for i, d, t, text in school_news:
        site.page(f"/news/index.php?ELEMENT_ID={i}", html(t, f'<div class="news-detail"><span class="news-date-time">{d}</span>'
                                                             f'<p>{text}</p></div>', [("Новости", "/news/")]))
    site.page("/", html("Главная", f"""
<div class="main-banner"><img src="/upload/medialibrary/1c3/main.jpg" alt="Гимназия"></div>
<h2>Новости</h2>{listing("/news/index.php", school_news[:3])}
<p><a href="/news/">Все новости</a></p>""", []))
    site.page("/about/", html("О гимназии", f'<ul><li><a href="/about/history/">История</a></li><li><a href="{sec}">Центр «Точка роста»</a></li>'
                                            '<li><a href="/about/teachers/">Педагогический коллектив</a></li></ul>', [("О гимназии", "/about/")]))
    site.page("/about/history/", html("История", "<p>Гимназия основана в 1936 году как школа № 3.</p>",
                                      [("О гимназии", "/about/"), ("История", "/about/history/")]))
    site.page("/about/teachers/", html("Педагогический коллектив", "<p>В гимназии работают 64 педагога.</p>",
                                       [("О гимназии", "/about/"), ("Педагогический коллектив", "/about/teachers/")]))
    site.page("/sveden/", html("Сведения об образовательной организации", "<ul><li>Основные сведения</li><li>Документы</li></ul>",
                               [("Сведения об образовательной организации", "/sveden/")]))
    site.page("/contacts/", html("Контакты", "<p>460000, г. Оренбург, ул. Кирова, 16</p>", [("Контакты", "/contacts/")]))
    lazy_file(site, "/upload/iblock/3f2/mr.pdf", lambda: _recs_pdf(LETTER_2356, "20231206"), PDF)
    lazy_file(site, "/upload/iblock/a1c/polozhenie_tsentr.pdf",
              lambda: pdf_bytes(["Положение о Центре «Точка роста» МОАУ «Гимназия № 3»"], created="20210826"), PDF)
    lazy_file(site, "/upload/iblock/7d4/prikaz_231.pdf",
              lambda: pdf_bytes(["Приказ № 231 «О функционировании Центра «Точка роста»»"], created="20210830"), PDF)
    lazy_file(site, "/upload/iblock/0b8/dorozhnaya_karta.pdf",
              lambda: pdf_bytes(["Дорожная карта по созданию Центра «Точка роста»"], created="20210315"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d04 — uCoz in windows-1251, Калиновка: only a promise of a timetable and a 2023-2024 plan of
# events; center news at /news/2023-11-02-77; recommendations of the Р-6 (2021) edition
# ============================================================================================
HOST04 = "sosh-kalinovka.ucoz.ru"
CP = "windows-1251"


def build_d04() -> Site:
    school = "МКОУ «Калиновская средняя общеобразовательная школа»"
    sec = "/index/centr_tochka_rosta/0-45"
    site = Site(
        HOST04,
        {"id": "d04", "name": school, "region": "Курская область", "municipality": "Хомутовский район",
         "url": f"http://{HOST04}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST04}{sec}",
         "schedule_status": "missing", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "uCoz site in windows-1251: the center's «Расписание» page only promises a timetable and links a "
        "2023-2024 plan of events, two 2023 center news at /news/YYYY-MM-DD-N, and documents only of the "
        "Р-6 (2021) edition.",
    )
    menu = [("Главная", "/"), ("О школе", "/index/o_shkole/0-2"), ("Центр «Точка роста»", sec),
            ("Новости", "/news/"), ("Документы", "/index/dokumenty/0-5"), ("Контакты", "/index/0-3")]

    def html(title: str, content: str) -> str:
        nav = "".join(f'<tr><td class="menuTd"><a class="m" href="{h}">{t}</a></td></tr>' for t, h in menu)
        return f"""<html><head>
<meta http-equiv="content-type" content="text/html; charset=windows-1251">
<title>{title} - Калиновская СОШ</title>
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<script type="text/javascript" src="//s45.ucoz.net/src/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="//s45.ucoz.net/src/uwnd.min.js?2"></script></head>
<body style="background:#E9EEF2; margin:0px; padding:0px;">
<div id="utbr8214" rel="s45"></div>
<table border="0" cellpadding="0" cellspacing="0" width="100%" height="140"><tr><td class="logo-td">
<h1 class="logo">МКОУ «Калиновская СОШ»</h1><div class="slogan">Хомутовский район Курской области</div></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
<td valign="top" width="200"><div class="boxTitle">Меню сайта</div><table class="boxTable">{nav}</table>
<div class="boxTitle">Календарь</div><div class="calTable"><a class="calMonthLink" href="/news/2023-11">Ноябрь 2023</a>
<a class="calMonthLink" href="/news/2023-12">Декабрь 2023</a></div></td>
<td valign="top" style="padding:0 10px;"><div class="eTitle" style="font-size:15pt">{title}</div>
<div class="eMessage">{content}</div></td></tr></table>
<table border="0" cellpadding="5" cellspacing="0" width="100%"><tr><td class="copy">Copyright МКОУ «Калиновская СОШ» &copy; 2023</td>
<td align="right"><!-- "' --><span class="pbZe0Gqq"><a href="https://www.ucoz.ru/">Сайт создан в системе uCoz</a></span></td></tr></table>
<!-- Rating@Mail.ru counter --><img src="https://top-fwz1.mail.ru/counter?id=2975311;js=na" width="1" height="1" alt="Рейтинг@Mail.ru" />
</body></html>"""

    def page(target: str, title: str, content: str) -> None:
        site.page(target, html(title, content), charset=CP)

    sub = (f'<p align="center"><a href="{sec}">Общая информация</a> | <a href="/index/dokumenty_centra/0-46">Документы</a> | '
           '<a href="/index/raspisanie_zanjatij_centra/0-47">Расписание</a> | <a href="/index/pedagogi_centra/0-48">Педагоги</a> | '
           '<a href="/news/tochka_rosta/1-0-3">Новости центра</a></p><hr>')
    page(sec, "Центр образования «Точка роста»", sub + """
<p style="text-align:justify">В 2020 году на базе МКОУ «Калиновская СОШ» создан центр образования цифрового и
гуманитарного профилей «Точка роста». С 2022 года центр работает как центр естественно-научной и технологической
направленностей.</p><p><b>Адрес центра:</b> Курская обл., Хомутовский р-н, с. Калиновка, ул. Школьная, 3.</p>
<p><b>Руководитель:</b> Бондарева Людмила Ивановна.</p>""")
    page("/index/dokumenty_centra/0-46", "Документы центра", sub + """
<p>1. <a href="/Dokumenty/tochka/polozhenie_o_centre.pdf">Положение о центре «Точка роста»</a></p>
<p>2. <a href="/Dokumenty/tochka/rasporjazhenie_r-6.pdf">Распоряжение Минпросвещения России от 12.01.2021 № Р-6 «Об утверждении методических рекомендаций по созданию мест для реализации основных и дополнительных общеобразовательных программ цифрового, естественнонаучного, технического и гуманитарного профилей»</a></p>
<p>3. <a href="/Dokumenty/tochka/plan_meroprijatij_2023-2024.pdf">План мероприятий центра «Точка роста» на 2023-2024 учебный год</a></p>""")
    page("/index/raspisanie_zanjatij_centra/0-47", "Расписание занятий", sub + """
<p>Расписание занятий центра «Точка роста» на 2023-2024 учебный год будет размещено после утверждения.</p>
<p>План мероприятий центра: <a href="/Dokumenty/tochka/plan_meroprijatij_2023-2024.pdf">скачать</a></p>""")
    page("/index/pedagogi_centra/0-48", "Педагоги центра", sub +
         "<p>Бондарева Л.И. — учитель биологии и химии.</p><p>Мальцев С.Н. — учитель физики, информатики и ОБЖ.</p>")
    news = [
        ("2023-11-02-77", "02.11.2023", "Урок цифры в центре «Точка роста»", "tochka_rosta",
         "Ученики 5–9 классов прошли «Урок цифры» по теме «Искусственный интеллект» в кабинете центра «Точка роста»."),
        ("2023-10-05-74", "05.10.2023", "День учителя", "shkola", "Поздравляем учителей с профессиональным праздником!"),
        ("2023-09-14-71", "14.09.2023", "Неделя безопасности", "shkola", "Прошла неделя безопасности дорожного движения."),
        ("2023-04-12-58", "12.04.2023", "Гагаринский урок в «Точке роста»", "tochka_rosta",
         "Педагоги центра «Точка роста» провели для 6–7 классов Гагаринский урок «Космос — это мы» с запуском "
         "моделей ракет."),
    ]

    def entry(n) -> str:
        slug, d, t, cat, text = n
        return (f'<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td style="padding:3px;">'
                f'<div class="eTitle"><a href="/news/{slug}">{t}</a></div></td></tr><tr><td class="eMessage">{text}</td></tr>'
                f'<tr><td class="eDetails">Категория: <a href="/news/{cat}/1-0-{3 if cat == "tochka_rosta" else 1}">'
                f'{"Точка роста" if cat == "tochka_rosta" else "Новости школы"}</a> | Просмотров: 37 | Добавил: '
                f'<a href="javascript://">admin</a> | Дата: <span title="10:14">{d}</span></td></tr></table><br>')

    page("/news/", "Новости", "".join(entry(n) for n in news) +
         '<div class="catPages1" align="center"><b class="swchItemA"><span>1</span></b> <a class="swchItem" href="/news/?page2"><span>2</span></a></div>')
    page("/news/?page2", "Новости", entry(("2022-12-20-49", "20.12.2022", "Новогодний калейдоскоп", "shkola", "Утренник.")))
    page("/news/shkola/1-0-1", "Новости школы", "".join(entry(n) for n in news if n[3] == "shkola"))
    page("/news/tochka_rosta/1-0-3", "Точка роста", sub + "".join(entry(n) for n in news if n[3] == "tochka_rosta"))
    for slug, d, t, cat, text in news + [("2022-12-20-49", "20.12.2022", "Новогодний калейдоскоп", "shkola", "Утренник.")]:
        page(f"/news/{slug}", t, f'<div class="eMessage">{text}</div><div class="eDetails">Добавил: admin | Дата: '
                                 f'<span title="10:14">{d}</span></div><div class="commTd">Всего комментариев: 0</div>')
    page("/news/2023-11", "Новости за ноябрь 2023", entry(news[0]))
    page("/news/2023-12", "Новости за декабрь 2023", "<p>Материалов за данный период нет.</p>")
    page("/", "Главная страница", "<p>Добро пожаловать на сайт нашей школы!</p>" + "".join(entry(n) for n in news[:3]))
    page("/index/o_shkole/0-2", "О школе", "<p>Школа открыта в 1971 году. Обучается 146 учащихся.</p>")
    page("/index/dokumenty/0-5", "Документы", '<p><a href="/Dokumenty/ustav.pdf">Устав</a></p>'
                                             '<p><a href="/Dokumenty/raspisanie_urokov_2023-2024.pdf">Расписание уроков на 2023-2024 учебный год</a></p>')
    page("/index/0-3", "Обратная связь", "<p>307540, Курская обл., Хомутовский р-н, с. Калиновка, ул. Школьная, 3</p>")
    lazy_file(site, "/Dokumenty/tochka/plan_meroprijatij_2023-2024.pdf", lambda: pdf_bytes(
        ["Утверждаю. Директор МКОУ «Калиновская СОШ» Л.А. Пахомова", "Приказ № 98 от 30.08.2023",
         "План учебно-воспитательных, внеурочных и социокультурных мероприятий центра «Точка роста» на 2023-2024 учебный год",
         "Сентябрь — Неделя безопасности, открытые уроки",
         "Октябрь — Всероссийский урок «Экология и энергосбережение»",
         "Декабрь — Урок цифры", "Апрель — Гагаринский урок"], created="20230830"), PDF)
    lazy_file(site, "/Dokumenty/tochka/rasporjazhenie_r-6.pdf", lambda: pdf_bytes(
        ["Распоряжение Министерства просвещения Российской Федерации от 12 января 2021 г. № Р-6",
         "Об утверждении методических рекомендаций по созданию мест для реализации основных и дополнительных "
         "общеобразовательных программ цифрового, естественнонаучного, технического и гуманитарного профилей"],
        created="20210115"), PDF)
    lazy_file(site, "/Dokumenty/tochka/polozhenie_o_centre.pdf",
              lambda: pdf_bytes(["Положение о центре «Точка роста»"], created="20200825"), PDF)
    lazy_file(site, "/Dokumenty/ustav.pdf", lambda: pdf_bytes(["Устав МКОУ «Калиновская СОШ»"], created="20190301"), PDF)
    lazy_file(site, "/Dokumenty/raspisanie_urokov_2023-2024.pdf", lambda: pdf_bytes(
        ["Расписание уроков МКОУ «Калиновская СОШ» на 2023-2024 учебный год"], created="20230831"), PDF)
    return site


# ============================================================================================
# d05 — Joomla 3 (non-SEF), Арзамас: a 2023-2024 XLSX timetable; no 2023 center news, only a
# regional item about new centers; ТВ-1913/02 (2021) recommendations
# ============================================================================================
HOST05 = "sosh14-arzamas.ru"


def build_d05() -> Site:
    school = "МБОУ «Средняя школа № 14» г. Арзамаса"
    art = "/index.php?option=com_content&view=article&id={id}&Itemid={item}"
    sec = art.format(id=87, item=134)
    site = Site(
        HOST05,
        {"id": "d05", "name": school, "region": "Нижегородская область", "municipality": "г. Арзамас",
         "url": f"https://{HOST05}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST05}{sec}",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "Joomla without SEF: the timetable is an XLSX named and titled 2023-2024, the center's news stop in "
        "December 2022 and the only 2023 item naming «Точка роста» is regional news about new centers, and "
        "the documents hold the ТВ-1913/02 (2021) edition.",
    )
    menu = [("Главная", "/index.php", []),
            ("Наша школа", art.format(id=2, item=105), [("Центр «Точка роста»", sec),
                                                       ("Школьный музей", art.format(id=5, item=108))]),
            ("Новости", "/index.php?option=com_content&view=category&id=9&Itemid=102", []),
            ("Сведения об ОО", art.format(id=3, item=106), []),
            ("Контакты", "/index.php?option=com_contact&view=contact&id=1&Itemid=110", [])]

    def html(title: str, content: str, sidebar: str = "") -> str:
        nav = ""
        for t, h, sub in menu:
            inner = "".join(f'<li class="item-{134 if s_h == sec else 108}"><a href="{s_h}">{s_t}</a></li>' for s_t, s_h in sub)
            nav += (f'<li class="deeper parent"><a href="{h}">{t}</a><ul class="nav-child unstyled small">{inner}</ul></li>'
                    if sub else f'<li><a href="{h}">{t}</a></li>')
        return f"""<!DOCTYPE html>
<html lang="ru-ru" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title}</title>
<link href="/templates/school14/css/template.css?4d1e2a0c" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?4d1e2a0c"></script></head>
<body class="site com_content view-article no-layout no-task">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/">
<img src="https://{HOST05}/images/logo14.png" alt="{school}" /><div class="site-description">{school}</div></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">{nav}</ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<div itemprop="articleBody">{content}</div></div></main>
<div id="aside" class="span3">{sidebar}<div class="moduletable"><h3>Полезные ссылки</h3><ul>
<li><a href="https://edu.gov.ru/">Минпросвещения России</a></li><li><a href="https://minobr.government-nnov.ru/">Министерство образования Нижегородской области</a></li></ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p class="pull-right"><a href="#top" id="back-top">Наверх</a></p><p>&copy; 2023 {school}. 607220, Нижегородская обл., г. Арзамас, ул. Калинина, 8</p></div>
{metrika(55190342)}</footer></body></html>"""

    side = f"""<div class="moduletable"><h3>Точка роста</h3><ul class="nav menu">
<li><a href="{sec}">О центре</a></li><li><a href="{art.format(id=88, item=135)}">Документы</a></li>
<li><a href="{art.format(id=89, item=136)}">Расписание</a></li><li><a href="{art.format(id=90, item=137)}">Педагоги</a></li>
<li><a href="{art.format(id=91, item=138)}">Материально-техническая база</a></li></ul></div>"""

    site.page(sec, html("Центр «Точка роста»", """
<p><img src="/images/tochka/logo_tr.png" alt="Точка роста" width="200" style="float: right;" />
Центр образования естественно-научной и технологической направленностей «Точка роста» на базе МБОУ «Средняя школа № 14»
функционирует с 1 сентября 2021 года.</p>
<p>Основные направления: естественно-научное (физика, химия, биология) и технологическое (робототехника, 3D-моделирование).</p>
<p>Центр работает ежедневно с понедельника по пятницу.</p>""", side))
    site.page(art.format(id=88, item=135), html("Документы", """<ul>
<li><a href="/images/docs/tochka/polozhenie_tr.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/images/docs/tochka/pismo_TV-1913_02.pdf">Письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02 «О направлении методических рекомендаций»</a></li>
<li><a href="/images/docs/tochka/prikaz_2021.pdf">Приказ об открытии центра</a></li></ul>""", side))
    site.page(art.format(id=89, item=136), html("Расписание", """
<p>Расписание занятий центра «Точка роста» (урочная, внеурочная деятельность и дополнительное образование):</p>
<p><a href="/images/docs/tochka/raspisanie_2023-2024.xlsx" target="_blank">Расписание занятий центра (xlsx)</a></p>""", side))
    site.page(art.format(id=90, item=137), html("Педагоги", "<p>Шарова Н.В. — учитель химии; Лебедев К.А. — учитель физики; "
                                                            "Ильина Т.Г. — учитель биологии.</p>", side))
    site.page(art.format(id=91, item=138), html("Материально-техническая база",
                                                "<p>Цифровые лаборатории «Releon», микроскопы, конструкторы VEX IQ.</p>", side))
    news = [
        (156, "2023-11-26", "День матери", "Праздничный концерт для мам."),
        (152, "2023-09-28", "Осенний кросс", "Результаты легкоатлетического кросса."),
        (151, "2023-09-20", "В Нижегородской области откроются новые центры «Точка роста»",
         "В 2024 году в рамках нацпроекта «Образование» в регионе будут созданы ещё 120 центров «Точка роста» "
         "в сельских и малокомплектных школах."),
        (147, "2023-09-01", "День знаний", "Торжественная линейка."),
        (128, "2022-12-06", "Неделя химии в центре «Точка роста»", "В центре «Точка роста» прошла неделя химии."),
    ]

    def ru(iso: str) -> str:
        return f"{int(iso[8:])} {RU_MONTHS_GEN[int(iso[5:7]) - 1]} {iso[:4]}"

    blog = "".join(
        f'<div class="item" itemprop="blogPost"><div class="page-header"><h2><a href="/index.php?option=com_content&amp;view=article&amp;id={i}&amp;catid=9&amp;Itemid=102">{t}</a></h2></div>'
        f'<dl class="article-info muted"><dd class="published"><time datetime="{iso}T10:00:00+03:00" itemprop="datePublished">'
        f'Опубликовано: {ru(iso)}</time></dd></dl><p>{text}</p></div>' for i, iso, t, text in news)
    site.page("/index.php?option=com_content&view=category&id=9&Itemid=102", html("Новости", blog))
    for i, iso, t, text in news:
        site.page(f"/index.php?option=com_content&view=article&id={i}&catid=9&Itemid=102", html(
            t, f'<dl class="article-info muted"><dd class="published"><time datetime="{iso}T10:00:00+03:00" '
               f'itemprop="datePublished">Опубликовано: {ru(iso)}</time></dd></dl><p>{text}</p>'))
    home = html("Главная", "<p>Добро пожаловать на официальный сайт школы!</p>" + blog[:blog.index('<div class="item"', 10)])
    site.page("/", home)
    site.page("/index.php", home)
    site.page(art.format(id=2, item=105), html("Наша школа", f'<p>История школы.</p><p><a href="{sec}">Центр «Точка роста»</a></p>'))
    site.page(art.format(id=5, item=108), html("Школьный музей", "<p>Музей боевой славы.</p>"))
    site.page(art.format(id=3, item=106), html("Сведения об ОО", "<ul><li>Основные сведения</li><li>Документы</li></ul>"))
    site.page("/index.php?option=com_contact&view=contact&id=1&Itemid=110", html("Контакты", "<p>Тел. 8 (83147) 7-15-20</p>"))
    lazy_file(site, "/images/docs/tochka/raspisanie_2023-2024.xlsx", lambda: _xlsx(
        [["Расписание занятий центра «Точка роста» на 2023-2024 учебный год"], [],
         ["Вид деятельности", "День", "Время", "Класс", "Предмет / объединение", "Педагог"],
         ["Урочная", "Понедельник", "2 урок", "9а", "Химия", "Шарова Н.В."],
         ["Урочная", "Вторник", "3 урок", "8б", "Физика", "Лебедев К.А."],
         ["Внеурочная", "Среда", "14:20", "7", "«Экология родного края»", "Ильина Т.Г."],
         ["Дополнительное образование", "Четверг", "15:00", "5–6", "«Робототехника»", "Лебедев К.А."]],
        created=_when(2023, 9, 4), sheet="2023-2024"), XLSX)
    lazy_file(site, "/images/docs/tochka/pismo_TV-1913_02.pdf", lambda: _recs_pdf(
        "Приложение к письму Минпросвещения России от 01.11.2021 № ТВ-1913/02", "20211110"), PDF)
    lazy_file(site, "/images/docs/tochka/polozhenie_tr.pdf", lambda: pdf_bytes(["Положение о центре"], created="20210820"), PDF)
    lazy_file(site, "/images/docs/tochka/prikaz_2021.pdf", lambda: pdf_bytes(["Приказ об открытии центра"], created="20210820"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d06 — hand-made table layout (FrontPage era, windows-1251 in <meta> only), Сызрань: urочная
# 2023-2024 but внеурочная only 2022-2023 (stale); year-less news under month headings
# ============================================================================================
HOST06 = "shkola27-syzran.ru"


def build_d06() -> Site:
    school = "ГБОУ СОШ № 27 г.о. Сызрань"
    site = Site(
        HOST06,
        {"id": "d06", "name": school, "region": "Самарская область", "municipality": "г.о. Сызрань",
         "url": f"http://{HOST06}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST06}/tochka/index.htm",
         "schedule_status": "stale", "has_publications": True, "recommendations_current": True, "status": "ok"},
        "Hand-made table layout in windows-1251 declared only by <meta>: the center's timetable page splits "
        "урочная (2023-2024) from внеурочная (only 2022-2023, so stale), its news carry year-less dates under "
        "«Ноябрь 2023» headings, and the documents name ТВ-2356/02 in the link text.",
    )
    left = [("Главная", "/index.htm"), ("О школе", "/about.htm"), ("Новости", "/news.htm"),
            ("Точка роста", "/tochka/index.htm"), ("Родителям", "/roditelyam.htm"), ("Контакты", "/contacts.htm")]

    def html(title: str, content: str, *, local: bool = False) -> str:
        nav = "".join(f'<tr><td bgcolor="#DDE8F0"><font face="Verdana" size="2">&nbsp;&raquo;&nbsp;<a href="{h}">{t}</a></font></td></tr>'
                      for t, h in left)
        sub = ""
        if local:
            sub = ('<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#F3F7E8"><font size="2">'
                   '<a href="/tochka/index.htm">О центре</a> &middot; <a href="/tochka/docs.htm">Документы</a> &middot; '
                   '<a href="/tochka/raspisanie.htm">Расписание</a> &middot; <a href="/tochka/pedagogi.htm">Педагоги</a> &middot; '
                   '<a href="/tochka/news.htm">Новости центра</a></font></td></tr></table><br>')
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{title}</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#2B5F8A" height="90"><img src="/img/shapka.jpg" width="900" height="90" alt="ГБОУ СОШ № 27"></td></tr>
<tr><td width="190" valign="top" bgcolor="#EEF3F7"><table width="100%" border="0" cellspacing="1" cellpadding="4">{nav}</table>
<p align="center"><a href="https://www.gosuslugi.ru/"><img src="/img/gosuslugi.gif" border="0" width="150" alt="Госуслуги"></a></p></td>
<td width="710" valign="top" style="padding:10px"><font face="Verdana" size="2">
<h2><font color="#2B5F8A">{title}</font></h2>{sub}{content}</font></td></tr>
<tr><td colspan="2" bgcolor="#2B5F8A" align="center"><font color="#FFFFFF" size="1">{school}. 446010, Самарская обл., г. Сызрань, ул. Ульяновская, 82. Тел. (8464) 98-22-13<br>
Последнее обновление: декабрь 2023</font>
<!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt1A2B" width="31" height="31" style="border:0" title="LiveInternet" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""/></a><!--/LiveInternet--></td></tr>
</table></body></html>"""

    def page(target: str, title: str, content: str, *, local: bool = False) -> None:
        site.page(target, html(title, content, local=local), charset=CP, declare="meta")

    home = """<p>Уважаемые посетители! Вы находитесь на официальном сайте ГБОУ СОШ № 27.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C0C0C0">
<tr><td width="33%" align="center"><a href="/tochka/index.htm"><img src="/img/tr_logo.jpg" width="160" border="0" alt="Точка роста"></a><br>Центр «Точка роста»</td>
<td width="33%" align="center"><a href="/news.htm">Новости школы</a></td>
<td width="33%" align="center"><a href="/roditelyam.htm">Родителям</a></td></tr></table>"""
    page("/", "Главная", home)
    page("/index.htm", "Главная", home)
    page("/tochka/index.htm", "Центр «Точка роста»", """
<p><img src="/tochka/img/centr.jpg" align="left" width="200" hspace="10" alt="">Центр образования естественно-научной
и технологической направленностей «Точка роста» открыт в нашей школе 1 сентября 2022 года в рамках федерального
проекта «Современная школа» национального проекта «Образование».</p>
<p>На базе центра проводятся уроки физики, химии, биологии, занятия внеурочной деятельности.</p>
<p><b>Руководитель центра:</b> Ермакова Ирина Владимировна, учитель физики.</p><br clear="all">""", local=True)
    page("/tochka/docs.htm", "Документы центра «Точка роста»", """
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C0C0C0">
<tr bgcolor="#DDE8F0"><td><b>№</b></td><td><b>Документ</b></td></tr>
<tr><td>1</td><td><a href="/tochka/files/polozhenie.pdf">Положение о центре «Точка роста»</a></td></tr>
<tr><td>2</td><td><a href="/tochka/files/prikaz_155.pdf">Приказ № 155-од от 29.08.2022 «Об организации деятельности центра»</a></td></tr>
<tr><td>3</td><td><a href="/tochka/files/pismo_2356.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»</a></td></tr>
<tr><td>4</td><td><a href="/tochka/files/pismo_977.pdf">Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 (утратило силу)</a></td></tr>
</table>""", local=True)
    page("/tochka/raspisanie.htm", "Расписание занятий центра", """
<table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#C0C0C0">
<tr bgcolor="#DDE8F0"><td><b>Направление</b></td><td><b>Документ</b></td></tr>
<tr><td>Урочная деятельность (основные общеобразовательные программы)</td>
<td><a href="/tochka/files/uroki_2023-2024.pdf">Расписание уроков с использованием оборудования центра на 2023-2024 учебный год</a></td></tr>
<tr><td>Внеурочная деятельность</td>
<td><a href="/tochka/files/vneurochka.docx">Расписание занятий внеурочной деятельности на 2022-2023 учебный год</a></td></tr>
</table>""", local=True)
    page("/tochka/pedagogi.htm", "Педагоги центра", """
<table width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td>Ермакова Ирина Владимировна</td><td>физика</td></tr>
<tr><td>Тихонов Артём Игоревич</td><td>химия, биология</td></tr><tr><td>Сафина Гульнара Рифовна</td><td>технология</td></tr></table>""",
         local=True)
    page("/tochka/news.htm", "Новости центра", """
<h3><font color="#2B5F8A">Ноябрь 2023</font></h3>
<p><b>23 ноября.</b> Учащиеся 8 класса приняли участие в региональном онлайн-квесте «Химия вокруг нас» и заняли
2 место. Готовились ребята на занятиях в центре «Точка роста».</p>
<p><b>14 ноября.</b> В центре «Точка роста» прошла школьная научно-практическая конференция «Первые шаги в науку».
<a href="/tochka/foto/konf.htm">Фото</a></p>
<h3><font color="#2B5F8A">Октябрь 2023</font></h3>
<p><b>19 октября.</b> Экскурсия для первоклассников в лаборатории центра: опыты с сухим льдом и микроскопами.</p>
<h3><font color="#2B5F8A">Май 2023</font></h3>
<p><b>16 мая.</b> Открытый урок биологии для родителей в центре «Точка роста».</p>
<h3><font color="#2B5F8A">Декабрь 2022</font></h3>
<p><b>2 декабря.</b> Неделя физики.</p>""", local=True)
    page("/tochka/foto/konf.htm", "Конференция «Первые шаги в науку»",
         '<p><img src="/tochka/foto/konf1.jpg" width="300" alt=""> <img src="/tochka/foto/konf2.jpg" width="300" alt=""></p>'
         '<p><a href="/tochka/news.htm">&laquo; Назад к новостям</a></p>', local=True)
    page("/news.htm", "Новости школы", """
<p><b>08.12.2023</b> — Родительское собрание 9-х классов по ГИА-2024.</p>
<p><b>30.11.2023</b> — Итоги школьного этапа ВсОШ.</p>
<p><b>01.09.2023</b> — Торжественная линейка, посвящённая Дню знаний.</p>""")
    page("/about.htm", "О школе", "<p>Школа основана в 1959 году.</p>")
    page("/roditelyam.htm", "Родителям", "<p>Расписание звонков, питание, правила приёма.</p>")
    page("/contacts.htm", "Контакты", "<p>446010, Самарская обл., г. Сызрань, ул. Ульяновская, 82</p>")
    lazy_file(site, "/tochka/files/uroki_2023-2024.pdf", lambda: pdf_bytes(
        ["Расписание уроков с использованием оборудования центра «Точка роста» на 2023-2024 учебный год",
         "Понедельник: 7а физика (2 урок), 8б химия (4 урок)", "Вторник: 9а биология (3 урок)",
         "Среда: 5а технология (5–6 уроки)"], created="20230901"), PDF)
    lazy_file(site, "/tochka/files/vneurochka.docx", lambda: _docx(
        ["Расписание занятий внеурочной деятельности центра «Точка роста» на 2022-2023 учебный год"],
        [["Объединение", "День", "Время", "Педагог"], ["«Юный исследователь»", "Вторник", "14:30", "Ермакова И.В."],
         ["«Химическая лаборатория»", "Четверг", "14:30", "Тихонов А.И."]], created=_when(2022, 9, 5)), DOCX)
    lazy_file(site, "/tochka/files/pismo_2356.pdf", lambda: _recs_pdf(LETTER_2356, "20231208"), PDF)
    lazy_file(site, "/tochka/files/pismo_977.pdf", lambda: _recs_pdf(
        "Приложение к письму Минпросвещения России от 31.05.2022 № ТВ-977/02", "20220901"), PDF)
    lazy_file(site, "/tochka/files/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"], created="20220829"), PDF)
    lazy_file(site, "/tochka/files/prikaz_155.pdf", lambda: pdf_bytes(["Приказ № 155-од от 29.08.2022"], created="20220829"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d07 — Drupal 7 (/node/N), Чусовой: the section is linked only by a main-page banner whose <a>
# carries a title attribute; an undated PDF timetable; 2023 center news; ТВ-977/02 only
# ============================================================================================
HOST07 = "sosh3-chusovoy.ru"


def build_d07() -> Site:
    school = "МАОУ «СОШ № 3» г. Чусового"
    site = Site(
        HOST07,
        {"id": "d07", "name": school, "region": "Пермский край", "municipality": "Чусовской городской округ",
         "url": f"https://{HOST07}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST07}/node/45",
         "schedule_status": "unknown", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "Drupal 7 with bare /node/N paths: the section is reachable only from a main-page banner whose link "
        "title names the center (empty alt, file banner_2.jpg), its timetable is a PDF with no year or date "
        "anywhere, two 2023 center news nodes, and recommendations only of the ТВ-977/02 (2022) edition.",
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/node/2"), ("Новости", "/news"),
            ("Родителям", "/node/7"), ("Контакты", "/node/9")]

    def html(title: str, content: str, *, front: bool = False, submitted: str = "") -> str:
        nav = "".join(f'<li class="leaf"><a href="{h}" title="">{t}</a></li>' for t, h in menu)
        banners = ""
        if front:
            banners = """<div id="block-block-4" class="block block-block"><div class="content">
<p><a href="/node/45" title="Центр образования естественно-научной и технологической направленностей «Точка роста»"><img src="/sites/default/files/banners/banner_2.jpg" width="260" height="120" alt="" /></a></p>
<p><a href="https://edu.permkrai.ru/" title="Министерство образования Пермского края"><img src="/sites/default/files/banners/banner_1.jpg" width="260" height="120" alt="" /></a></p>
<p><a href="https://www.gosuslugi.ru/" title="Госуслуги"><img src="/sites/default/files/banners/banner_3.jpg" width="260" height="120" alt="" /></a></p></div></div>"""
        sub = f'<div class="submitted">{submitted}</div>' if submitted else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{title} | {school}</title>
<style type="text/css" media="all">@import url("https://{HOST07}/sites/all/themes/zen/css/styles.css?s3k2x1");</style></head>
<body class="html {'front' if front else 'not-front'} no-sidebars page-node">
<div id="page"><header class="header" id="header" role="banner"><a href="/" title="Главная" rel="home" class="header__logo">
<img src="https://{HOST07}/sites/default/files/logo.png" alt="Главная" class="header__logo-image" /></a>
<div class="header__name-and-slogan"><h1 class="header__site-name"><a href="/" rel="home"><span>{school}</span></a></h1></div></header>
<div id="navigation"><nav class="main-menu"><ul class="menu">{nav}</ul></nav></div>
<div id="main"><div id="content" class="column" role="main"><h1 class="page__title title" id="page-title">{title}</h1>
<div class="node node-page view-mode-full">{sub}<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">
{content}</div></div></div></div></div>
<aside class="sidebars"><section class="region region-sidebar-first column sidebar">{banners}</section></aside></div>
<footer id="footer" class="region region-footer"><div class="block"><p>{school}, 618200, Пермский край, г. Чусовой, ул. Ленина, 40. Тел.: 8 (34256) 4-61-15</p>
<p>&copy; 2012-2023</p></div>{metrika(27739812)}</footer></div></body></html>"""

    def page(target: str, title: str, content: str, **kw) -> None:
        site.page(target, html(title, content, **kw))

    sec_nav = """<p class="rtecenter"><a href="/node/45">О центре</a> | <a href="/node/46">Документы</a> |
<a href="/node/47">Расписание</a> | <a href="/node/48">Новости центра</a> | <a href="/node/49">Педагоги</a></p>"""
    news = [
        (322, "05.12.2023 - 13:40", "Урок мужества", False, "Встреча с ветеранами боевых действий."),
        (312, "05.10.2023 - 15:12", "Всероссийский урок «Экология и энергосбережение»", True,
         "В рамках Всероссийского фестиваля энергосбережения #ВместеЯрче учащиеся 7–8 классов на занятиях в центре "
         "«Точка роста» измеряли энергопотребление приборов цифровыми датчиками."),
        (305, "01.09.2023 - 10:00", "С Днём знаний!", False, "Торжественная линейка."),
        (298, "20.04.2023 - 16:25", "Неделя науки в центре «Точка роста»", True,
         "Юные исследователи представили проекты по химии и биологии на школьной конференции центра."),
        (251, "14.12.2022 - 12:00", "Фестиваль робототехники", True, "Команда центра «Точка роста» заняла 3 место."),
    ]
    page("/", "Добро пожаловать!", "<p>Официальный сайт МАОУ «СОШ № 3» г. Чусового.</p>" + "".join(
        f'<div class="views-row"><span class="date-display-single">{d[:10]}</span> <a href="/node/{n}">{t}</a></div>'
        for n, d, t, _, _ in news[:3]), front=True)
    page("/news", "Новости", "".join(
        f'<div class="views-row"><div class="views-field-created">{d[:10]}</div><h3><a href="/node/{n}">{t}</a></h3>'
        f'<p>{text[:100]}</p></div>' for n, d, t, _, text in news) +
         '<ul class="pager"><li class="pager-current">1</li></ul>')
    for n, d, t, center, text in news:
        page(f"/node/{n}", t, f"<p>{text}</p>", submitted=f"Опубликовано пользователем admin {d}")
    page("/node/45", "Центр «Точка роста»", sec_nav + """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» создан на базе
МАОУ «СОШ № 3» в 2021 году в рамках федерального проекта «Современная школа».</p>
<p>Цели центра: повышение качества образования по предметам естественно-научной и технологической направленностей,
развитие проектной и исследовательской деятельности обучающихся.</p>""")
    page("/node/46", "Документы центра", sec_nav + """<ul>
<li><a href="/sites/default/files/tr/polozhenie_tr.pdf">Положение о Центре</a></li>
<li><a href="/sites/default/files/tr/metod_rekomendacii.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></li>
<li><a href="/sites/default/files/tr/plan_raboty.pdf">План работы центра</a></li></ul>""")
    page("/node/47", "Расписание", sec_nav +
         '<p><span class="file"><img class="file-icon" alt="PDF icon" src="/modules/file/icons/application-pdf.png" /> '
         '<a href="/sites/default/files/tr/raspisanie_centra.pdf" type="application/pdf; length=48211">Расписание занятий центра «Точка роста»</a></span></p>')
    page("/node/48", "Новости центра", sec_nav + "".join(
        f'<p>{d[:10]} — <a href="/node/{n}">{t}</a></p>' for n, d, t, center, _ in news if center))
    page("/node/49", "Педагоги центра", sec_nav + "<p>Панова Ю.С. (химия, биология), Рыков А.В. (физика, технология).</p>")
    page("/node/2", "Сведения об образовательной организации", "<ul><li>Основные сведения</li><li>Документы</li><li>Образование</li></ul>")
    page("/node/7", "Родителям", "<p>Информация для родителей.</p>")
    page("/node/9", "Контакты", "<p>618200, Пермский край, г. Чусовой, ул. Ленина, 40</p>")
    lazy_file(site, "/sites/default/files/tr/raspisanie_centra.pdf", lambda: pdf_bytes(
        ["Расписание занятий объединений центра «Точка роста»",
         "Понедельник 14:00–14:40 «Химия в быту» — Панова Ю.С.",
         "Среда 14:00–15:20 «Робототехника» — Рыков А.В.",
         "Четверг 14:00–14:40 «Биологическая лаборатория» — Панова Ю.С.",
         "Пятница 14:00–14:40 «Занимательная физика» — Рыков А.В."], created=None), PDF)
    lazy_file(site, "/sites/default/files/tr/metod_rekomendacii.pdf", lambda: _recs_pdf(
        "Приложение к письму Минпросвещения России от 31.05.2022 № ТВ-977/02", "20220615"), PDF)
    lazy_file(site, "/sites/default/files/tr/polozhenie_tr.pdf", lambda: pdf_bytes(["Положение о Центре"], created="20210901"), PDF)
    lazy_file(site, "/sites/default/files/tr/plan_raboty.pdf",
              lambda: pdf_bytes(["План работы центра «Точка роста»"], created=None), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d08 — edusite.ru pages (/pNNaa1.html), Клинцы: the section hides two submenu levels down
# (Образование → Дополнительное образование → Центр), a timetable page with an archived 2022-2023
# and a current 2023-2024 link, center news only of 2022, and ТВ-2356/02 by link text
# ============================================================================================
HOST08 = "gimn1-klincy.edusite.ru"


def build_d08() -> Site:
    school = "МБОУ «Гимназия № 1» г. Клинцы"
    site = Site(
        HOST08,
        {"id": "d08", "name": school, "region": "Брянская область", "municipality": "г. Клинцы",
         "url": f"http://{HOST08}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST08}/p112aa1.html",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": True, "status": "ok"},
        "edusite.ru gymnasium whose section page (no telling slug) is linked only from the «Дополнительное "
        "образование» page, itself linked only from «Образование»; the timetable page lists an archived "
        "2022-2023 and a current 2023-2024 PDF, the center news end in 2022 (a 2023 Kvantorium trip is no "
        "center news), and the ТВ-2356/02 letter is in «Документы».",
    )
    top = [("Главная", "/"), ("Новости", "/p3aa1.html"), ("Сведения об ОО", "/p4aa1.html"),
           ("Образование", "/p5aa1.html"), ("Контакты", "/p9aa1.html")]

    def html(title: str, content: str, side: list[tuple[str, str]] = (), side_title: str = "") -> str:
        nav = " | ".join(f'<a href="{h}" class="topmenu">{t}</a>' for t, h in top)
        box = ""
        if side:
            box = (f'<div class="leftblock"><div class="leftblock-title">{side_title}</div><ul class="submenu">' +
                   "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in side) + "</ul></div>")
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{school} :: {title}</title><link rel="stylesheet" href="/dsw/css/edusite_style7.css" type="text/css"></head>
<body><div id="wrap"><div id="header"><div class="school-name">{school}</div>
<div class="school-addr">243140, Брянская обл., г. Клинцы, ул. Октябрьская, 2</div></div>
<div id="topnav">{nav}</div>
<div id="columns"><div id="left">{box}<div class="leftblock"><a href="http://www.edusite.ru/" target="_blank"><img src="/dsw/img/edusite_88.gif" alt="edusite"></a></div></div>
<div id="center"><h1 class="pagetitle">{title}</h1>{content}</div></div>
<div id="footer">&copy; {school}, 2008–2023. <a href="http://www.edusite.ru/">Сайт создан в системе «edusite»</a>
<!-- begin of Top100 code --><a href="https://top100.rambler.ru/"><img src="https://counter.rambler.ru/top100.cnt?1234567" alt="Rambler's Top100" border="0" width="1" height="1"></a></div>
</div></body></html>"""

    def page(target: str, title: str, content: str, side: list[tuple[str, str]] = (), side_title: str = "") -> None:
        site.page(target, html(title, content, side, side_title), charset=CP)

    edu = [("Образовательные программы", "/p41aa1.html"), ("Дополнительное образование", "/p40aa1.html"),
           ("Внеурочная деятельность", "/p42aa1.html")]
    dop = [("Кружки и секции", "/p43aa1.html"), ("Центр «Точка роста»", "/p112aa1.html"),
           ("Школьный спортивный клуб", "/p44aa1.html")]
    center = [("Общая информация", "/p112aa1.html"), ("Документы", "/p113aa1.html"), ("Педагоги", "/p114aa1.html"),
              ("Расписание", "/p115aa1.html"), ("Новости центра", "/p116aa1.html")]
    page("/", "Главная", """<p>Добро пожаловать на официальный сайт МБОУ «Гимназия № 1» г. Клинцы!</p>
<div class="news-anons"><p><span class="date">11.12.2023</span> <a href="/p3aa1.html">Итоги муниципального этапа ВсОШ</a></p>
<p><span class="date">17.11.2023</span> <a href="/p3aa1.html">Экскурсия в детский технопарк «Кванториум»</a></p></div>""")
    page("/p3aa1.html", "Новости", """
<div class="newsitem"><span class="date">11.12.2023</span><h3>Итоги муниципального этапа ВсОШ</h3><p>12 гимназистов стали победителями и призёрами.</p></div>
<div class="newsitem"><span class="date">17.11.2023</span><h3>Экскурсия в детский технопарк «Кванториум»</h3>
<p>Учащиеся 7б класса побывали в детском технопарке «Кванториум» г. Брянска и познакомились с работой IT-квантума и хайтек-цеха.</p></div>
<div class="newsitem"><span class="date">02.10.2023</span><h3>Осенний марафон чтения</h3><p>Стартовал марафон чтения.</p></div>
<div class="newsitem"><span class="date">01.09.2023</span><h3>День знаний</h3><p>Торжественная линейка.</p></div>""")
    page("/p4aa1.html", "Сведения об образовательной организации", "<ul><li>Основные сведения</li><li>Документы</li><li>Руководство</li></ul>")
    page("/p5aa1.html", "Образование", "<p>Гимназия реализует программы начального, основного и среднего общего образования.</p>",
         edu, "Образование")
    page("/p41aa1.html", "Образовательные программы", "<p>ООП НОО, ООП ООО, ООП СОО.</p>", edu, "Образование")
    page("/p42aa1.html", "Внеурочная деятельность", "<p>План внеурочной деятельности.</p>", edu, "Образование")
    page("/p40aa1.html", "Дополнительное образование",
         "<p>В гимназии реализуются дополнительные общеразвивающие программы технической, естественно-научной, "
         "физкультурно-спортивной и художественной направленностей.</p>", dop, "Дополнительное образование")
    page("/p43aa1.html", "Кружки и секции", "<p>Хор, волейбол, шахматы, театральная студия.</p>", dop, "Дополнительное образование")
    page("/p44aa1.html", "Школьный спортивный клуб", "<p>ШСК «Олимп».</p>", dop, "Дополнительное образование")
    page("/p112aa1.html", "Центр образования естественно-научной и технологической направленностей «Точка роста»", """
<p>Центр «Точка роста» работает в гимназии с 2020 года (до 2022 года — центр образования цифрового и гуманитарного профилей).</p>
<p>В центре реализуются программы по физике, химии, биологии, информатике и технологии, а также программы
дополнительного образования «Робототехника», «Мир под микроскопом», «Юный химик».</p>""", center, "Точка роста")
    page("/p113aa1.html", "Документы", """<ol>
<li><a href="/DswMedia/polozhenie_o_centre.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/DswMedia/pismo_tv-2356_02.pdf">О направлении методических рекомендаций (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)</a></li>
<li><a href="/DswMedia/pasport_centra.pdf">Паспорт центра</a></li></ol>""", center, "Точка роста")
    page("/p114aa1.html", "Педагоги", "<p>Зайцева Е.А. (химия), Ковалёв Д.Н. (физика, робототехника), Мельник О.П. (биология).</p>",
         center, "Точка роста")
    page("/p115aa1.html", "Расписание", """
<p><a href="/DswMedia/raspisanie_tr_2023-2024.pdf">Расписание занятий центра «Точка роста» на 2023-2024 учебный год</a></p>
<p>Архив:</p><ul><li><a href="/DswMedia/raspisanie_tr_2022-2023.pdf">Расписание занятий на 2022-2023 учебный год</a></li></ul>""",
         center, "Точка роста")
    page("/p116aa1.html", "Новости центра", """
<div class="newsitem"><span class="date">08.12.2022</span><h3>Неделя химии</h3><p>В центре «Точка роста» прошла неделя химии.</p></div>
<div class="newsitem"><span class="date">21.04.2022</span><h3>Фестиваль «Наука 0+»</h3><p>Ребята центра показали опыты.</p></div>""",
         center, "Точка роста")
    serve_images(site)
    page("/p9aa1.html", "Контакты", "<p>243140, Брянская обл., г. Клинцы, ул. Октябрьская, 2. Тел. (48336) 4-11-96</p>")
    lazy_file(site, "/DswMedia/raspisanie_tr_2023-2024.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2023-2024 учебный год",
         "Пн 14:40 «Робототехника» 5–6 кл.", "Ср 14:40 «Мир под микроскопом» 6 кл.", "Чт 14:40 «Юный химик» 8 кл."],
        created="20230904"), PDF)
    lazy_file(site, "/DswMedia/raspisanie_tr_2022-2023.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год"], created="20220905"), PDF)
    lazy_file(site, "/DswMedia/pismo_tv-2356_02.pdf", lambda: _recs_pdf(LETTER_2356, "20231207"), PDF)
    lazy_file(site, "/DswMedia/polozhenie_o_centre.pdf", lambda: pdf_bytes(["Положение о центре"], created="20200828"), PDF)
    lazy_file(site, "/DswMedia/pasport_centra.pdf", lambda: pdf_bytes(["Паспорт центра «Точка роста»"], created="20220901"), PDF)
    return site


# ============================================================================================
# d09 — IT-куб whose whole site is the center, Ковров: only a 2022-2023 timetable and a
# promise for 2023-2024; 2023 news; only the older ТВ-1968/04 IT-куб recommendations
# ============================================================================================
HOST09 = "itcube-kovrov.ru"


def build_d09() -> Site:
    name = "Центр цифрового образования детей «IT-куб» г. Коврова"
    site = Site(
        HOST09,
        {"id": "d09", "name": name, "region": "Владимирская область", "municipality": "г. Ковров",
         "url": f"https://{HOST09}/", "center_type": "it_cube"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST09}/",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "A standalone IT-куб site (the site is the center): its timetable page links only a 2022-2023 PDF and "
        "promises the 2023-2024 one, two 2023 news, and its documents stop at the ТВ-1968/04 IT-куб "
        "recommendations (АЗ-1346/04 of 2022 is missing).",
    )
    menu = [("О центре", "/o-tsentre/"), ("Направления", "/napravleniya/"), ("Расписание", "/raspisanie/"),
            ("Педагоги", "/pedagogi/"), ("Новости", "/novosti/"), ("Документы", "/dokumenty/"), ("Контакты", "/kontakty/")]

    def html(title: str, content: str) -> str:
        nav = "".join(f'<a class="nav__link" href="{h}">{t}</a>' for t, h in menu)
        return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} — IT-куб Ковров</title><meta name="description" content="{name}">
<link rel="stylesheet" href="/assets/css/app.3f9a1c.css"><link rel="icon" href="/favicon.svg"></head>
<body><header class="top"><div class="wrap"><a class="top__logo" href="/"><img src="/assets/img/itcube-logo.svg" alt="IT-куб"></a>
<nav class="nav">{nav}</nav><a class="btn btn--accent" href="https://р33.навигатор.дети/program/41873-programmirovanie-na-python">Записаться</a></div></header>
<main class="wrap page"><h1 class="page__title">{title}</h1>{content}</main>
<footer class="foot"><div class="wrap"><p>{name} — структурное подразделение ГБПОУ ВО «Ковровский промышленно-гуманитарный колледж».</p>
<p>601900, Владимирская обл., г. Ковров, ул. Абельмана, 34. <a href="tel:+74923221034">+7 (49232) 2-10-34</a></p>
<p class="foot__social"><a href="https://vk.com/itcube_kovrov">ВКонтакте</a></p>{metrika(92233041)}</div></footer></body></html>"""

    news = [
        ("hackathon-2023", "2023-11-18", "Городской хакатон «Код будущего»",
         "18 ноября IT-куб провёл городской хакатон для школьников 8–11 классов: 14 команд за 6 часов создали "
         "прототипы мобильных приложений."),
        ("den-otkrytyh-dverey-2023", "2023-09-09", "День открытых дверей",
         "9 сентября мы провели день открытых дверей: мастер-классы по программированию роботов и VR."),
        ("itogi-2022", "2022-12-27", "Итоги 2022 года", "Более 400 детей занимались в IT-кубе в 2022 году."),
    ]

    def card(slug, iso, title, text) -> str:
        return (f'<article class="card"><time class="card__date" datetime="{iso}">{iso[8:]}.{iso[5:7]}.{iso[:4]}</time>'
                f'<h3 class="card__title"><a href="/novosti/{slug}/">{title}</a></h3><p>{text[:110]}…</p></article>')

    site.page("/", html("IT-куб Ковров", f"""
<section class="hero"><p class="hero__lead">Бесплатные занятия по программированию, робототехнике и VR/AR для детей 7–18 лет.</p>
<p>Центр открыт в 2021 году в рамках федерального проекта «Цифровая образовательная среда» национального проекта «Образование».</p></section>
<section class="news"><h2>Новости</h2>{"".join(card(*n) for n in news[:2])}<a href="/novosti/">Все новости</a></section>"""))
    site.page("/o-tsentre/", html("О центре", "<p>IT-куб — центр цифрового образования детей. 6 направлений, 14 педагогов, "
                                              "более 500 обучающихся.</p>"))
    site.page("/napravleniya/", html("Направления", "<ul><li>Программирование на Python</li><li>Мобильная разработка</li>"
                                                    "<li>Программирование роботов</li><li>VR/AR</li><li>Кибергигиена и работа с большими данными</li>"
                                                    "<li>Системное администрирование</li></ul>"))
    site.page("/raspisanie/", html("Расписание", """
<p>Расписание занятий на 2023-2024 учебный год будет опубликовано после комплектования групп.</p>
<ul class="files"><li><a href="/upload/docs/raspisanie_2022-2023.pdf">Расписание занятий на 2022-2023 учебный год</a> <span>PDF, 164 КБ</span></li></ul>"""))
    site.page("/pedagogi/", html("Педагоги", "<p>Руководитель центра — Сорокин Максим Игоревич.</p>"))
    site.page("/novosti/", html("Новости", "".join(card(*n) for n in news)))
    for slug, iso, title, text in news:
        site.page(f"/novosti/{slug}/", html(title, f'<time class="card__date" datetime="{iso}">{iso[8:]}.{iso[5:7]}.{iso[:4]}</time><p>{text}</p>'))
    site.page("/dokumenty/", html("Документы", """<ul class="files">
<li><a href="/upload/docs/polozhenie_itcube.pdf">Положение о центре цифрового образования детей «IT-куб»</a></li>
<li><a href="/upload/docs/metodicheskie_rekomendacii_itcube.pdf">Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб» (письмо Минпросвещения России № ТВ-1968/04)</a></li>
<li><a href="/upload/docs/licenziya.pdf">Лицензия на образовательную деятельность</a></li>
<li><a href="/upload/docs/pravila_priema.pdf">Правила приёма обучающихся</a></li></ul>"""))
    site.page("/kontakty/", html("Контакты", "<p>601900, Владимирская обл., г. Ковров, ул. Абельмана, 34</p>"))
    lazy_file(site, "/upload/docs/raspisanie_2022-2023.pdf", lambda: pdf_bytes(
        ["Расписание занятий ЦЦОД «IT-куб» на 2022-2023 учебный год",
         "Python, гр. 1: пн, ср 15:00–16:30", "Робототехника, гр. 2: вт, чт 16:00–17:30"], created="20220912"), PDF)
    lazy_file(site, "/upload/docs/metodicheskie_rekomendacii_itcube.pdf", lambda: pdf_bytes(
        ["Приложение к письму Минпросвещения России № ТВ-1968/04",
         "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб»"],
        created="20201020"), PDF)
    lazy_file(site, "/upload/docs/polozhenie_itcube.pdf", lambda: pdf_bytes(["Положение о ЦЦОД «IT-куб»"], created="20210825"), PDF)
    lazy_file(site, "/upload/docs/licenziya.pdf", lambda: pdf_bytes(["Лицензия"], created="20210601"), PDF)
    lazy_file(site, "/upload/docs/pravila_priema.pdf", lambda: pdf_bytes(["Правила приёма"], created="20210825"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d10 — a custom CMS answering 200 «Страница не найдена» for unknown paths, Дербент: the
# section's «Расписание» link leads to such a page (no timetable), no 2023 center news,
# ТВ-2356/02 in the documents
# ============================================================================================
HOST10 = "school11-derbent.ru"


def build_d10() -> Site:
    school = "МБОУ «СОШ № 11» г. Дербента"
    sec = "/centr-tr/"
    site = Site(
        HOST10,
        {"id": "d10", "name": school, "region": "Республика Дагестан", "municipality": "г. Дербент",
         "url": f"http://{HOST10}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST10}{sec}",
         "schedule_status": "missing", "has_publications": False, "publications_count": 0,
         "recommendations_current": True, "status": "ok"},
        "Every unknown path answers 200 with «Страница не найдена» (guessed /tochka-rosta/ too); the real "
        "section is /centr-tr/, whose «Расписание» link is such a soft 404, the only center news is from "
        "2021, and the documents name ТВ-2356/02.",
        soft404=True,
    )
    menu = [("Главная", "/"), ("О школе", "/o-shkole/"), ("Новости", "/novosti/"), ("Центр «Точка роста»", sec),
            ("Родителям", "/roditelyam/"), ("Контакты", "/kontakty/")]

    def html(title: str, content: str) -> str:
        nav = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in menu)
        return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} — {school}</title>
<link rel="stylesheet" href="/css/style.css?v=12"><script src="/js/jquery-3.6.0.min.js"></script></head>
<body><div class="container"><div class="head"><img src="/img/emblem.png" alt="" class="emblem"><div class="head-title">{school}</div>
<div class="head-sub">Республика Дагестан, г. Дербент</div></div>
<ul class="mainmenu">{nav}</ul>
<div class="page"><h1>{title}</h1>{content}</div>
<div class="footer"><div>368600, Республика Дагестан, г. Дербент, ул. Гагарина, 21. Телефон: 8 (87240) 4-31-55</div>
<div>&copy; 2017–2023 {school}</div>{metrika(50877326)}</div></div></body></html>"""

    sub = (f'<div class="subnav"><a href="{sec}">Общая информация</a><a href="{sec}dokumenty/">Документы</a>'
           f'<a href="{sec}raspisanie/">Расписание</a><a href="{sec}pedagogi/">Педагоги</a>'
           f'<a href="{sec}oborudovanie/">Оборудование</a></div>')
    site.page("/", html("Главная", """<div class="welcome"><p>Добро пожаловать на сайт школы № 11!</p></div>
<div class="lastnews"><h2>Последние новости</h2>
<div class="n"><span class="n-date">07.12.2023</span> <a href="/novosti/konkurs-chtecov/">Конкурс чтецов на родных языках</a></div>
<div class="n"><span class="n-date">16.11.2023</span> <a href="/novosti/den-tolerantnosti/">День толерантности</a></div></div>"""))
    news = [
        ("konkurs-chtecov", "07.12.2023", "Конкурс чтецов на родных языках", "Прошёл школьный конкурс чтецов."),
        ("den-tolerantnosti", "16.11.2023", "День толерантности", "Классные часы «Мы разные, но мы вместе»."),
        ("sportivnye-sorevnovaniya", "20.10.2023", "Соревнования по мини-футболу", "Команда школы заняла 2 место."),
        ("den-znaniy-2023", "01.09.2023", "День знаний", "Торжественная линейка."),
        ("otkrytie-centra-tochka-rosta", "01.09.2021", "Открытие центра «Точка роста»",
         "В школе открылся центр образования естественно-научной и технологической направленностей «Точка роста»."),
    ]
    site.page("/novosti/", html("Новости", "".join(
        f'<div class="n"><span class="n-date">{d}</span> <a href="/novosti/{s}/">{t}</a><p>{x}</p></div>' for s, d, t, x in news)))
    for s, d, t, x in news:
        site.page(f"/novosti/{s}/", html(t, f'<div class="n-date">Опубликовано: {d}</div><p>{x}</p>'))
    site.page(sec, html("Центр «Точка роста»", sub + """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» функционирует
на базе МБОУ «СОШ № 11» с 1 сентября 2021 года.</p>
<p>Задачи центра: обновление содержания и методов обучения предметов «Физика», «Химия», «Биология», «Технология»,
реализация программ дополнительного образования, вовлечение обучающихся в проектную деятельность.</p>"""))
    site.page(f"{sec}dokumenty/", html("Документы", sub + """<table class="docs">
<tr><td><a href="/files/centr-tr/polozhenie.pdf">Положение о центре</a></td><td>PDF</td></tr>
<tr><td><a href="/files/centr-tr/pismo-minprosvescheniya-tv-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»</a></td><td>PDF</td></tr>
<tr><td><a href="/files/centr-tr/prikaz-ob-otkrytii.pdf">Приказ об открытии центра</a></td><td>PDF</td></tr></table>"""))
    site.page(f"{sec}pedagogi/", html("Педагоги", sub + "<p>Алиева З.М. — химия, биология; Гасанов Р.Ш. — физика; "
                                                      "Мамедова Л.А. — технология.</p>"))
    site.page(f"{sec}oborudovanie/", html("Оборудование", sub + "<p>Цифровые лаборатории, микроскопы, наборы для ОГЭ.</p>"))
    site.page("/o-shkole/", html("О школе", "<p>Школа основана в 1968 году.</p>"))
    site.page("/roditelyam/", html("Родителям", "<p>Горячее питание, приём в 1 класс.</p>"))
    site.page("/kontakty/", html("Контакты", "<p>368600, г. Дербент, ул. Гагарина, 21</p>"))
    lazy_file(site, "/files/centr-tr/pismo-minprosvescheniya-tv-2356-02.pdf", lambda: _recs_pdf(LETTER_2356, "20231211"), PDF)
    lazy_file(site, "/files/centr-tr/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре"], created="20210830"), PDF)
    lazy_file(site, "/files/centr-tr/prikaz-ob-otkrytii.pdf", lambda: pdf_bytes(["Приказ об открытии"], created="20210830"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d11 — Gosweb school with no center section at all; a 2023 news item about a trip to another
# school's «Точка роста» (with a link to that school's section on another host)
# ============================================================================================
HOST11 = "pokrovskayashkola-r68.gosweb.gosuslugi.ru"


def build_d11() -> Site:
    school = "МБОУ «Покровская СОШ»"
    site = Site(
        HOST11,
        {"id": "d11", "name": school, "region": "Тамбовская область", "municipality": "Мичуринский муниципальный округ",
         "url": f"https://{HOST11}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": False, "schedule_status": "missing", "has_publications": False,
         "publications_count": 0, "recommendations_current": False, "status": "ok"},
        "Gosweb school without any center section: its only «Точка роста» mention is a 2023 news item about "
        "pupils visiting another school's center, linked to that school's section on a foreign host.",
    )
    menu = [
        ("Главное", "/glavnoe/", [("Новости", "/roditelyam-i-uchenikam/novosti/"), ("Контакты", "/glavnoe/kontakty/")]),
        ("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
        ("Родителям и ученикам", "/roditelyam-i-uchenikam/", [
            ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/"),
            ("Дополнительное образование", "/roditelyam-i-uchenikam/dopolnitelnoe-obrazovanie/")]),
    ]

    def page(target: str, crumbs: list[tuple[str, str]], title: str, content: str) -> None:
        site.page(target, gosweb_page(school, "393740, Тамбовская обл., Мичуринский м.о., с. Покровка, ул. Центральная, 5",
                                      menu, crumbs, title, content, 93004517))

    news = [
        ("novosti_221.html", "06 декабря 2023", "День Героев Отечества", "<p>Классные часы, посвящённые Дню Героев Отечества.</p>"),
        ("novosti_214.html", "10 ноября 2023", "Экскурсия в центр «Точка роста»",
         '<p>Учащиеся 6 класса посетили центр образования естественно-научной и технологической направленностей '
         '«Точка роста» МБОУ «Мичуринский лицей». Ребята провели опыты с цифровыми датчиками и посмотрели '
         'на клетки растений под микроскопом.</p><p>Подробнее о центре — на '
         '<a href="https://michlicey-r68.gosweb.gosuslugi.ru/glavnoe/tochka-rosta/">сайте лицея</a>.</p>'),
        ("novosti_209.html", "20 октября 2023", "Осенний кросс", "<p>Школьники пробежали осенний кросс.</p>"),
        ("novosti_198.html", "01 сентября 2023", "День знаний", "<p>Торжественная линейка.</p>"),
    ]
    nc = [("Новости", "/roditelyam-i-uchenikam/novosti/")]
    cards = "".join(f'<div class="gw-card"><span class="gw-card__date">{d}</span><a class="gw-card__title" '
                    f'href="/roditelyam-i-uchenikam/novosti/{s}">{t}</a></div>' for s, d, t, _ in news)
    page("/", [], "Добро пожаловать!", f'<section class="gw-news-block"><h2>Новости</h2>{cards}</section>')
    page("/roditelyam-i-uchenikam/novosti/", nc, "Новости", cards)
    for s, d, t, body in news:
        page(f"/roditelyam-i-uchenikam/novosti/{s}", nc, t, f'<div class="gw-date">{d}</div>{body}')
    page("/glavnoe/", [("Главное", "/glavnoe/")], "Главное",
         '<ul><li><a href="/roditelyam-i-uchenikam/novosti/">Новости</a></li><li><a href="/glavnoe/kontakty/">Контакты</a></li></ul>')
    page("/glavnoe/kontakty/", [("Контакты", "/glavnoe/kontakty/")], "Контакты", "<p>Тел.: 8 (47545) 6-41-30</p>")
    page("/svedeniya-ob-obrazovatelnoy-organizatsii/", [("Сведения об образовательной организации",
                                                         "/svedeniya-ob-obrazovatelnoy-organizatsii/")],
         "Сведения об образовательной организации", "<ul><li>Основные сведения</li><li>Документы</li><li>Образование</li></ul>")
    page("/roditelyam-i-uchenikam/", [("Родителям и ученикам", "/roditelyam-i-uchenikam/")], "Родителям и ученикам",
         '<ul><li><a href="/roditelyam-i-uchenikam/meropriyatiya/">Мероприятия</a></li>'
         '<li><a href="/roditelyam-i-uchenikam/dopolnitelnoe-obrazovanie/">Дополнительное образование</a></li></ul>')
    page("/roditelyam-i-uchenikam/meropriyatiya/", [("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/")],
         "Мероприятия", '<div class="gw-card"><span class="gw-card__date">22 декабря 2023</span>'
                        '<span class="gw-card__title">Новогодний утренник (план)</span></div>')
    page("/roditelyam-i-uchenikam/dopolnitelnoe-obrazovanie/", [("Дополнительное образование",
                                                                 "/roditelyam-i-uchenikam/dopolnitelnoe-obrazovanie/")],
         "Дополнительное образование", "<p>Кружки: «Юный краевед», «Волейбол», «Умелые руки».</p>"
                                       "<p>Расписание кружков на 2023-2024 учебный год: пн, ср — 14:30.</p>")
    serve_images(site)
    return site


# ============================================================================================
# d12 — Cyrillic domain and Cyrillic paths, Белебей: a DOCX timetable dated only by its link
# text («с 04.09.2023»), one 2023 center news, recommendations of the ТВ-977/02 edition
# ============================================================================================
HOST12 = "школа5-белебей.рф"


def build_d12() -> Site:
    school = "МАОУ СОШ № 5 г. Белебея"
    sec = "/точка-роста/"
    site = Site(
        HOST12,
        {"id": "d12", "name": school, "region": "Республика Башкортостан",
         "municipality": "Белебеевский район", "url": f"http://{HOST12}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST12}{quote(sec)}",
         "schedule_status": "current", "has_publications": True, "publications_count": 1,
         "recommendations_current": False, "status": "ok"},
        "A .рф host with Cyrillic paths: the center's DOCX timetable has no year inside and is dated by its "
        "link text «с 04.09.2023» (current), one October 2023 center news, and only the ТВ-977/02 "
        "recommendations.",
        extra_hosts=(HOST12.encode("idna").decode("ascii"),),
    )
    menu = [("Главная", "/"), ("О школе", "/о-школе/"), ("Новости", "/новости/"), ("Точка роста", sec),
            ("Контакты", "/контакты/")]

    def html(title: str, content: str) -> str:
        nav = "".join(f'<a class="menu-item" href="{h}">{t}</a>' for t, h in menu)
        return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title} | {school}</title><link rel="stylesheet" href="/static/site.css"></head>
<body><div class="topline">Башкортостан Республикаһы · Республика Башкортостан</div>
<header class="hdr"><a href="/" class="hdr-logo"><img src="/static/logo5.png" alt="Школа 5"></a><div class="hdr-name">{school}</div></header>
<nav class="menu">{nav}</nav><div class="content"><h1>{title}</h1>{content}</div>
<footer class="ftr"><p>452000, Республика Башкортостан, г. Белебей, ул. Волгоградская, 7</p><p>© {school}, 2023</p>
{metrika(66120981)}</footer></body></html>"""

    def page(target: str, title: str, content: str) -> None:
        site.page(target, html(title, content))

    tabs = (f'<ul class="tabs"><li><a href="{sec}">О центре</a></li><li><a href="{sec}документы/">Документы</a></li>'
            f'<li><a href="{sec}расписание/">Расписание</a></li><li><a href="{sec}педагоги/">Педагоги</a></li>'
            f'<li><a href="/новости/?тег=точка-роста">Новости центра</a></li></ul>')
    news = [
        ("посвящение-в-пятиклассники", "17 ноября 2023 г.", "Посвящение в пятиклассники", False,
         "Для учеников 5-х классов прошёл праздник «Посвящение в пятиклассники»."),
        ("день-учителя-в-точке-роста", "2 октября 2023 г.", "День учителя: мастер-классы в «Точке роста»", True,
         "В канун Дня учителя старшеклассники провели для учеников 5–6 классов мастер-классы по химии и "
         "робототехнике в кабинетах центра «Точка роста»."),
        ("осенний-кросс", "22 сентября 2023 г.", "Осенний кросс", False, "Результаты кросса."),
        ("неделя-химии-2022", "9 декабря 2022 г.", "Неделя химии", True, "В центре «Точка роста» прошла неделя химии."),
    ]

    def item(slug, d, t, _c, text) -> str:
        return f'<div class="news-row"><div class="news-date">{d}</div><a href="/новости/{slug}/">{t}</a><p>{text}</p></div>'

    page("/", "Главная", "<p>Добро пожаловать!</p>" + "".join(item(*n) for n in news[:3]))
    page("/новости/", "Новости", "".join(item(*n) for n in news))
    page("/новости/?тег=точка-роста", "Новости: Точка роста", "".join(item(*n) for n in news if n[3]))
    for slug, d, t, _c, text in news:
        page(f"/новости/{slug}/", t, f'<div class="news-date">{d}</div><p>{text}</p>')
    page(sec, "Центр «Точка роста»", tabs + """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» открыт в 2022 году
в рамках федерального проекта «Современная школа» национального проекта «Образование».</p>
<p>Режим работы центра: понедельник–суббота, 8:00–18:00.</p>""")
    page(f"{sec}документы/", "Документы", tabs + """<ul>
<li><a href="/files/tochka/polozhenie.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/files/tochka/tv-977-02.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></li>
<li><a href="/files/tochka/prikaz-rukovoditel.pdf">Приказ о назначении руководителя центра</a></li></ul>""")
    page(f"{sec}расписание/", "Расписание", tabs + """
<p><a href="/files/tochka/raspisanie_vneurochka.docx">Расписание внеурочной деятельности центра (действует с 04.09.2023)</a></p>""")
    page(f"{sec}педагоги/", "Педагоги", tabs + "<p>Хайруллина Р.Ф. — химия; Ганиев И.М. — физика, робототехника.</p>")
    page("/о-школе/", "О школе", "<p>Школа работает с 1985 года.</p>")
    page("/контакты/", "Контакты", "<p>Тел. 8 (34786) 4-18-52</p>")
    lazy_file(site, "/files/tochka/raspisanie_vneurochka.docx", lambda: _docx(
        ["Расписание занятий внеурочной деятельности центра «Точка роста»"],
        [["Курс", "Классы", "День", "Время", "Учитель"],
         ["«Химия в задачах и опытах»", "9", "вторник", "14:25", "Хайруллина Р.Ф."],
         ["«Робототехника»", "5–6", "среда", "14:25", "Ганиев И.М."],
         ["«Физика в эксперименте»", "7", "пятница", "14:25", "Ганиев И.М."]], created=_when(2023, 9, 1)), DOCX)
    lazy_file(site, "/files/tochka/tv-977-02.pdf", lambda: _recs_pdf(
        "Приложение к письму Минпросвещения России от 31.05.2022 № ТВ-977/02", "20220610"), PDF)
    lazy_file(site, "/files/tochka/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре"], created="20220829"), PDF)
    lazy_file(site, "/files/tochka/prikaz-rukovoditel.pdf", lambda: pdf_bytes(["Приказ № 87"], created="20220829"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# d13 — DataLife Engine, Камышин: the timetable DOCX is undated by its link but says 2022-2023
# inside (stale); two 2023 center news with «DD-MM-YYYY, HH:MM»; ТВ-2356/02 by link text
# ============================================================================================
HOST13 = "sosh2-kamyshin.ru"


def build_d13() -> Site:
    school = "МБОУ СШ № 2 городского округа – город Камышин"
    site = Site(
        HOST13,
        {"id": "d13", "name": school, "region": "Волгоградская область", "municipality": "г. Камышин",
         "url": f"https://{HOST13}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST13}/tochka-rosta.html",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "DataLife Engine: the section is a static page, the timetable link says only «Расписание занятий "
        "центра» and the DOCX's own text dates it to 2022-2023 (stale), two 2023 center news in a DLE "
        "category, and the documents cite ТВ-2356/02.",
    )

    def html(title: str, content: str) -> str:
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} » {school}</title>
<meta name="generator" content="DataLife Engine (http://dle-news.ru)">
<link rel="alternate" type="application/rss+xml" title="{school}" href="https://{HOST13}/rss.xml">
<link href="/templates/School/css/styles.css" rel="stylesheet"></head>
<body><div class="wrapper"><div class="header"><div class="h-logo"><a href="/">{school}</a></div>
<ul class="h-menu"><li><a href="/">Главная</a></li><li><a href="/novosti-shkoly/">Новости школы</a></li>
<li><a href="/svedeniya.html">Сведения об ОО</a></li><li><a href="/tochka-rosta.html">Центр «Точка роста»</a></li>
<li><a href="/index.php?do=feedback">Обратная связь</a></li></ul></div>
<div class="cols"><div class="left"><div class="block"><div class="block-title">Категории</div><ul>
<li><a href="/novosti-shkoly/">Новости школы</a></li><li><a href="/novosti-tsentra/">Новости центра «Точка роста»</a></li></ul></div></div>
<div class="main"><div class="speedbar"><a href="/">Главная</a> » {title}</div>{content}</div></div>
<div class="footer">403870, Волгоградская обл., г. Камышин, ул. Пролетарская, 38. &copy; 2023
<!--LiveInternet counter--><img src="//counter.yadro.ru/hit?t44.1" alt="" width="1" height="1"><!--/LiveInternet--></div></div></body></html>"""

    def story(nid, cat, slug, when, title, text, full: bool) -> str:
        link = f"/{cat}/{nid}-{slug}.html"
        head = f'<h1>{title}</h1>' if full else f'<h2 class="story-title"><a href="{link}">{title}</a></h2>'
        return (f'<div class="story">{head}<div class="story_info">{when}. Разместил: admin</div>'
                f'<div class="story_text">{text}</div>'
                f'{"" if full else f"<a class=more href={link}>Подробнее</a>"}</div>')

    news = [
        (251, "novosti-shkoly", "den-materi", "26-11-2023, 10:05", "День матери", "Концерт для мам."),
        (245, "novosti-tsentra", "nedelya-estestvennyh-nauk", "12-10-2023, 14:20", "Неделя естественных наук в «Точке роста»",
         "С 9 по 13 октября в центре «Точка роста» прошли открытые уроки физики и химии с цифровыми лабораториями."),
        (238, "novosti-shkoly", "den-znaniy", "01-09-2023, 09:00", "День знаний", "Торжественная линейка."),
        (231, "novosti-tsentra", "zashchita-proektov-2023", "15-03-2023, 16:45", "Защита проектов",
         "Девятиклассники защитили индивидуальные проекты, выполненные на оборудовании центра «Точка роста»."),
        (190, "novosti-tsentra", "den-nauki-2022", "08-02-2022, 12:30", "День российской науки", "Опыты в центре."),
    ]
    site.page("/", html("Главная", "".join(story(*n, full=False) for n in news[:4])))
    rss = "".join(
        f"<item><title>{n[4]}</title><link>https://{HOST13}/{n[1]}/{n[0]}-{n[2]}.html</link>"
        f"<pubDate>{datetime.strptime(n[3], '%d-%m-%Y, %H:%M').strftime('%a, %d %b %Y %H:%M:00')} +0300</pubDate>"
        f"<category>{'Новости центра «Точка роста»' if n[1] == 'novosti-tsentra' else 'Новости школы'}</category></item>"
        for n in news)
    site.file("/rss.xml", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{school}</title>'
                          f'<link>https://{HOST13}/</link>{rss}</channel></rss>'.encode(), "application/rss+xml; charset=utf-8")
    for cat, name in (("novosti-shkoly", "Новости школы"), ("novosti-tsentra", "Новости центра «Точка роста»")):
        site.page(f"/{cat}/", html(name, "".join(story(*n, full=False) for n in news if n[1] == cat)))
    for n in news:
        site.page(f"/{n[1]}/{n[0]}-{n[2]}.html", html(n[4], story(*n, full=True)))
    sub = ('<p class="subnav"><a href="/tochka-rosta.html">О центре</a> · <a href="/tr-dokumenty.html">Документы</a> · '
           '<a href="/tr-raspisanie.html">Расписание</a> · <a href="/tr-pedagogi.html">Педагоги</a> · '
           '<a href="/novosti-tsentra/">Новости центра</a></p>')
    site.page("/tochka-rosta.html", html("Центр «Точка роста»", sub + """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» создан в школе в 2021 году.
В центре ведутся занятия по физике, химии, биологии, работают объединения дополнительного образования.</p>"""))
    site.page("/tr-dokumenty.html", html("Документы центра", sub + """<ul>
<li><a href="/uploads/files/2021-09/1630483211_polozhenie.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/uploads/files/2023-12/1701942211_metodicheskie-rekomendacii.pdf">Методические рекомендации (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)</a></li>
<li><a href="/uploads/files/2022-09/1662452300_plan-meropriyatiy.pdf">План мероприятий центра</a></li></ul>"""))
    site.page("/tr-raspisanie.html", html("Расписание", sub + """
<p><a href="/uploads/files/2022-09/1662452131_raspisanie.docx">Расписание занятий центра</a> (docx)</p>"""))
    site.page("/tr-pedagogi.html", html("Педагоги центра", sub + "<p>Ткачёва О.Н., Белоусов В.В., Рахимова Д.А.</p>"))
    site.page("/svedeniya.html", html("Сведения об ОО", "<ul><li>Основные сведения</li><li>Документы</li></ul>"))
    site.page("/index.php?do=feedback", html("Обратная связь", '<form method="post"><input name="name"><textarea name="message"></textarea></form>'))
    lazy_file(site, "/uploads/files/2022-09/1662452131_raspisanie.docx", lambda: _docx(
        ["УТВЕРЖДАЮ: директор МБОУ СШ № 2 ____ Н.В. Морозова", "Расписание занятий центра «Точка роста» на 2022/2023 учебный год"],
        [["День", "Время", "Объединение", "Руководитель"], ["Понедельник", "14:00", "«Юный физик»", "Белоусов В.В."],
         ["Среда", "14:00", "«Химия и жизнь»", "Ткачёва О.Н."], ["Пятница", "14:00", "«Биолаб»", "Рахимова Д.А."]],
        created=_when(2022, 9, 6)), DOCX)
    lazy_file(site, "/uploads/files/2023-12/1701942211_metodicheskie-rekomendacii.pdf",
              lambda: _recs_pdf(LETTER_2356, "20231207"), PDF)
    lazy_file(site, "/uploads/files/2021-09/1630483211_polozhenie.pdf", lambda: pdf_bytes(["Положение"], created="20210901"), PDF)
    lazy_file(site, "/uploads/files/2022-09/1662452300_plan-meropriyatiy.pdf",
              lambda: pdf_bytes(["План мероприятий центра «Точка роста» на 2022-2023 учебный год"], created="20220906"), PDF)
    return site


# ============================================================================================
# d14 — kuz-edu platform (index.php?id=N), Мундыбаш: a timetable only as a JPEG with nothing to
# date it; the center's own news page stops in 2022 but the school news feed has a 2023 item
# whose body is about the center; ТВ-2356/02 by link text
# ============================================================================================
HOST14 = "sch2-mundybash.kuz-edu.ru"


def build_d14() -> Site:
    school = "МБОУ «Мундыбашская СОШ № 2»"
    site = Site(
        HOST14,
        {"id": "d14", "name": school, "region": "Кемеровская область – Кузбасс", "municipality": "Таштагольский район",
         "url": f"http://{HOST14}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST14}/index.php?id=120",
         "schedule_status": "unknown", "has_publications": True, "publications_count": 1,
         "recommendations_current": True, "status": "ok"},
        "kuz-edu school (index.php?id=N): the center's timetable is only a JPEG with nothing dating it, the "
        "section's news stop in 2022 but a November 2023 school news item, titled without the center, "
        "describes work on its equipment, and «Документы» link ТВ-2356/02.",
    )
    menu = [("Главная", 1), ("Новости", 2), ("О школе", 3), ("Точка роста", 120), ("Документы", 5), ("Контакты", 9)]

    def html(title: str, content: str) -> str:
        nav = "".join(f'<li><a href="/index.php?id={i}">{t}</a></li>' for t, i in menu)
        return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{school} - {title}</title><link rel="stylesheet" href="/templates/kuzedu/style.css"></head>
<body><table class="main" width="100%" cellpadding="0" cellspacing="0"><tr><td class="top" colspan="2">
<div class="sitename">{school}</div><div class="portal">Портал образования Кузбасса</div></td></tr>
<tr><td class="menu" valign="top" width="220"><ul class="mainmenu">{nav}</ul></td>
<td class="body" valign="top"><div class="title">{title}</div><div class="text">{content}</div></td></tr>
<tr><td class="bottom" colspan="2">652900, Кемеровская обл., Таштагольский р-н, пгт Мундыбаш, ул. Ленина, 12 · {school} © 2023</td></tr></table>
{metrika(70234415)}</body></html>"""

    def page(target: str, title: str, content: str) -> None:
        site.page(target, html(title, content))

    sub = ('<p class="submenu"><a href="/index.php?id=120">О центре</a> | <a href="/index.php?id=121">Документы</a> | '
           '<a href="/index.php?id=122">Расписание</a> | <a href="/index.php?id=123">Новости центра</a> | '
           '<a href="/index.php?id=124">Педагоги</a></p>')
    news = [
        (362, "05.12.2023", "Декада инвалидов", "Классные часы и акция «Твори добро»."),
        (355, "20.11.2023", "Исследуем воду родного края",
         "Ученики 8 класса провели исследование проб воды из реки Кондома. Анализ кислотности, жёсткости и "
         "мутности выполняли на цифровом оборудовании центра «Точка роста» под руководством учителя химии "
         "Н.В. Ворошиловой. Результаты ребята представят на районной конференции."),
        (341, "13.10.2023", "Осенний бал", "Праздник для старшеклассников."),
        (330, "01.09.2023", "День знаний", "Торжественная линейка."),
    ]
    listing = "".join(f'<div class="newsrow"><span class="ndate">{d}</span> <a href="/index.php?id=2&amp;news={n}">{t}</a></div>'
                      for n, d, t, _ in news)
    page("/", "Главная", "<p>Добро пожаловать на сайт школы!</p>" + listing)
    page("/index.php?id=1", "Главная", "<p>Добро пожаловать на сайт школы!</p>" + listing)
    page("/index.php?id=2", "Новости", listing)
    for n, d, t, text in news:
        page(f"/index.php?id=2&news={n}", t, f'<div class="ndate">{d}</div><p>{text}</p>')
    page("/index.php?id=3", "О школе", "<p>Школа основана в 1953 году.</p>")
    page("/index.php?id=5", "Документы", "<ul><li>Устав</li><li>Лицензия</li><li>Правила внутреннего распорядка</li></ul>")
    page("/index.php?id=9", "Контакты", "<p>Тел. 8 (38473) 3-12-40</p>")
    page("/index.php?id=120", "Центр «Точка роста»", sub + """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» открыт в школе
1 сентября 2022 года. В центре проводятся уроки химии, биологии, физики, занятия кружков.</p>
<p>Руководитель центра: Ворошилова Наталья Викторовна.</p>""")
    page("/index.php?id=121", "Документы центра", sub + """
<p><a href="/files/sch2-mundybash/tr/polozhenie.pdf">Положение о центре «Точка роста»</a></p>
<p><a href="/files/sch2-mundybash/tr/TV-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»</a></p>
<p><a href="/files/sch2-mundybash/tr/prikaz.pdf">Приказ о создании центра</a></p>""")
    page("/index.php?id=122", "Расписание занятий центра «Точка роста»", sub +
         '<p><img src="/files/sch2-mundybash/tr/raspisanie.jpg" width="700" alt="Расписание"></p>')
    page("/index.php?id=123", "Новости центра", sub + """
<div class="newsrow"><span class="ndate">16.12.2022</span> Неделя естественных наук в центре «Точка роста».</div>
<div class="newsrow"><span class="ndate">01.09.2022</span> Торжественное открытие центра «Точка роста».</div>""")
    page("/index.php?id=124", "Педагоги", sub + "<p>Ворошилова Н.В. — химия, биология; Кондратьев С.П. — физика.</p>")
    lazy_file(site, "/files/sch2-mundybash/tr/TV-2356-02.pdf", lambda: _recs_pdf(LETTER_2356, "20231212"), PDF)
    lazy_file(site, "/files/sch2-mundybash/tr/polozhenie.pdf", lambda: pdf_bytes(["Положение"], created="20220830"), PDF)
    lazy_file(site, "/files/sch2-mundybash/tr/prikaz.pdf", lambda: pdf_bytes(["Приказ"], created="20220615"), PDF)
    serve_images(site)
    return site


SITES = [build_d01(), build_d02(), build_d03(), build_d04(), build_d05(), build_d06(), build_d07(),
         build_d08(), build_d09(), build_d10(), build_d11(), build_d12(), build_d13(), build_d14()]
