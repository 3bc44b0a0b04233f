"""Hold-out sites f22–f32: 1C-Bitrix (4), nubex numeric paths (2), obr.site-like constructor (2),
Google Sites with Cyrillic paths (2) and one uralschool-style platform with document cards.

Invented schools and towns; the markup follows what these platforms print.
"""
from __future__ import annotations

from datetime import datetime

from tests.fixtureweb.holdout._f_part2_common import (
    CLUBS_2023,
    LESSONS_2023,
    LETTER_2023,
    PROGRAMME_BOILERPLATE,
    SCAN_GRID,
    School,
    document_card,
    docx_doc,
    expect,
    finish,
    jpeg,
    link_list,
    new_site,
    news_item,
    news_items,
    news_list,
    paragraphs,
    pdf_doc,
    plain_pages,
    recommendations_lines,
    scanned_timetable,
    table,
    template_intro,
    xlsx_doc,
)
from tests.fixtureweb.kit import Site
from tests.fixtureweb.sites.a_common import CENTER_WEEK, metrika

# -- 1C-Bitrix ------------------------------------------------------------------------------


def _menu_html(menu: list[tuple[str, str, list[tuple[str, str]]]], css: str) -> str:
    items = []
    for label, href, children in menu:
        sub = link_list([(href_, text) for text, href_ in children], "submenu") if children else ""
        items.append(f'<li><a href="{href}">{label}</a>{sub}</li>')
    return f'<ul class="{css}">' + "".join(items) + "</ul>"


def bitrix_theme(school: School, menu, *, aside: str = "", footer_links: str = "", counter: int = 0):
    """A school template on 1C-Bitrix: core.js, template_styles.css, a top menu with
    drop-down submenus, a right column of banners and a footer with a counter."""
    nav = _menu_html(menu, "top-menu")

    def theme(title: str, body: str) -> str:
        return (
            f'<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>{title}</title>'
            '<link href="/bitrix/cache/css/s1/school/template_styles.css?169823" rel="stylesheet">'
            '<script src="/bitrix/js/main/core/core.min.js?1698230000"></script></head><body>'
            '<div id="panel"></div><div class="wrapper"><header class="header">'
            '<a class="logo" href="/"><img src="/local/templates/school/images/logo.png" alt="Логотип"></a>'
            f'<div class="school-name">{school.full}</div><div class="header-phone">{school.phone}</div>'
            '<form action="/search/" class="search"><input name="q" placeholder="Поиск по сайту"></form>'
            '</header><nav>' + nav + '</nav>'
            f'<div class="content-wrap"><main class="content">{body}</main>'
            f'<aside class="sidebar">{aside}'
            '<a href="https://www.gosuslugi.ru/"><img src="/upload/medialibrary/gosuslugi.png" alt="Госуслуги"></a>'
            '<a href="https://pos.gosuslugi.ru/"><img src="/upload/medialibrary/pos_banner.png" alt="Решаем вместе"></a>'
            '</aside></div><footer class="footer">'
            f'<p>{school.full}</p><p>{school.address}. Тел. {school.phone}, e-mail: {school.email}</p>'
            f'{footer_links}<p>© 2016–2023. Сайт работает на «1С-Битрикс: Управление сайтом»</p>'
            f'{metrika(counter) if counter else ""}</footer></div></body></html>')
    return theme


def bitrix_news(site: Site, theme, items: list[dict], *, base: str = "/news/", per_page: int = 5) -> None:
    """A Bitrix news.list with PAGEN_1 paging and news.detail pages by ELEMENT_ID."""
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)]
    for number, chunk in enumerate(pages, start=1):
        nav = " ".join(f'<a href="{base if n == 1 else f"{base}?PAGEN_1={n}"}">{n}</a>' for n in range(1, len(pages) + 1))
        html = f"<h1>Новости</h1>{news_list(chunk)}<div class='bx-pagination'>{nav}</div>"
        site.page(base if number == 1 else f"{base}?PAGEN_1={number}", theme("Новости", html))
    news_items(site, theme, items)



def _bx(element_id: int, date: str, title: str, body: str, *, base: str = "/news/") -> dict:
    return news_item(f"{base}detail.php?ELEMENT_ID={element_id}", title, body, date=date)


def f22_bitrix_table_on_root():
    school = School("f22", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 4» г. Верхнекамска", "МБОУ «СОШ № 4» г. Верхнекамска", "Верхнекамск", "Пермский край",
                    "Верхнекамский городской округ", "618540, Пермский край, г. Верхнекамск, ул. Строителей, 17",
                    "8 (34241) 3-17-40", "school4-vk@yandex.ru", "Лыкова Ирина Геннадьевна", "school4-vkamsk.ru")
    root = "/tochka-rosta/"
    menu = [("О школе", "/about/", [("Сведения об образовательной организации", "/sveden/"),
                                    ("Контакты", "/contacts/")]),
            ("Новости", "/news/", []),
            ("Точка роста", root, [("Документы", root + "documents/"), ("Педагоги", root + "pedagogi/"),
                                   ("Оборудование", root + "oborudovanie/"), ("Программы", root + "programmy/")]),
            ("Родителям", "/parents/", [])]
    theme = bitrix_theme(school, menu, counter=90412231)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 4, True,
                                   ["documents", "teachers", "equipment", "programs"]),
                    "1C-Bitrix school, section in the top menu; the timetable is an HTML table under the heading "
                    "«Расписание занятий центра … на 2023-2024 учебный год» right on the section root (current). "
                    "Recommendations: LETTER_2023 PDF in /upload/iblock/. Four 2023 news about the center in the "
                    "general PAGEN_1-paged feed (one on page 2, dated 24.05.2023), one 2022 item does not count.")
    news = [
        _bx(4590, "08.12.2023", "Неделя науки в нашем центре «Точка роста»",
            "С 4 по 8 декабря в центре «Точка роста» нашей школы прошла Неделя науки: опыты по химии, "
            "конкурс проектов по физике и защита исследовательских работ учеников 7–9 классов."),
        _bx(4577, "01.12.2023", "Итоги муниципального этапа олимпиады",
            "Подведены итоги муниципального этапа всероссийской олимпиады школьников. Поздравляем призёров "
            "по истории, литературе и физической культуре."),
        _bx(4560, "16.11.2023", "Химический турнир в «Точке роста»",
            "В лаборатории центра «Точка роста» МБОУ «СОШ № 4» восьмиклассники соревновались в решении "
            "экспериментальных задач. Победила команда 8б класса."),
        _bx(4533, "05.10.2023", "С Днём учителя!",
            "Ученики подготовили для педагогов концерт и день самоуправления."),
        _bx(4521, "12.09.2023", "В центре «Точка роста» начались занятия объединений",
            "С 11 сентября в центре «Точка роста» нашей школы работают объединения «Юный химик», "
            "«Робототехника» и «Экспериментальная физика». Запись у классных руководителей."),
        _bx(4410, "24.05.2023", "Итоги года в центре «Точка роста»",
            "Завершился второй год работы нашего центра: 214 учеников занимались в 9 объединениях, "
            "12 проектов представлены на городской конференции."),
        _bx(4300, "14.12.2022", "Новогодние опыты в «Точке роста»",
            "Для учеников начальной школы педагоги центра провели занимательные опыты."),
        _bx(4288, "01.09.2022", "День знаний 2022", "Торжественная линейка прошла во дворе школы."),
    ]
    bitrix_news(site, theme, news)
    latest = news_list(news[:3])
    site.page("/", theme(school.short, f'<div class="slider"><img src="/upload/iblock/1f4/slide_school.jpg" '
                                       f'alt="Школа"></div><h2>Новости школы</h2>{latest}'
                                       '<a href="/news/">Все новости</a>'))
    site.page("/about/", theme("О школе", "<h1>О школе</h1>" + paragraphs(
        "Школа открыта в 1968 году. Сегодня в ней учатся 812 учеников.",
        "С 2021 года на базе школы работает центр «Точка роста».")))
    site.page("/sveden/", theme("Сведения об образовательной организации",
                                "<h1>Сведения об образовательной организации</h1>" + link_list(
                                    [("/sveden/common/", "Основные сведения"), ("/sveden/document/", "Документы")])))
    site.page("/sveden/common/", theme("Основные сведения", f"<h1>Основные сведения</h1><p>{school.full}</p>"
                                                           f"<p>Директор: {school.director}</p>"))
    site.page("/sveden/document/", theme("Документы", "<h1>Документы</h1>" + link_list(
        [("/upload/iblock/0c2/ustav.pdf", "Устав школы")])))
    pdf_doc(site, "/upload/iblock/0c2/ustav.pdf", ["Устав муниципального бюджетного общеобразовательного учреждения "
                                                   "«Средняя общеобразовательная школа № 4»"], title="Устав")
    site.page("/contacts/", theme("Контакты", f"<h1>Контакты</h1><p>{school.address}</p><p>{school.phone}</p>"))
    site.page("/parents/", theme("Родителям", "<h1>Родителям</h1><p>Горячая линия по вопросам питания: 3-17-42.</p>"))
    section_menu = link_list([(root + "documents/", "Документы"), (root + "pedagogi/", "Педагоги"),
                              (root + "oborudovanie/", "Оборудование"), (root + "programmy/", "Образовательные программы")],
                             "section-menu")
    site.page(root, theme("Центр «Точка роста»", (
        f"<h1>Центр «Точка роста»</h1>{section_menu}"
        + template_intro("на базе МБОУ «СОШ № 4» г. Верхнекамска", 2021)
        + "<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>" + table(CENTER_WEEK)
        + "<p>Руководитель центра: Шестакова Анна Викторовна, заместитель директора.</p>")))
    docs = [("/upload/iblock/3a1/polozhenie_tochka_rosta.pdf", "Положение о центре «Точка роста»"),
            ("/upload/iblock/8f0/prikaz_127_ot_30_08_2023.pdf", "Приказ от 30.08.2023 № 127 «Об организации работы центра»"),
            ("/upload/iblock/d21/metod_rekomendacii_2023.pdf", LETTER_2023)]
    site.page(root + "documents/", theme("Документы", "<h1>Документы центра</h1>" + link_list(docs)))
    pdf_doc(site, docs[0][0], ["Положение о Центре образования естественно-научной и технологической "
                               "направленностей «Точка роста» МБОУ «СОШ № 4»"], title="Положение")
    pdf_doc(site, docs[1][0], ["Приказ № 127 от 30.08.2023", "Об организации работы центра «Точка роста» "
                               "в 2023-2024 учебном году"], title="Приказ", created="20230830")
    pdf_doc(site, docs[2][0], recommendations_lines("Письмо от 30.11.2023 № ТВ-2356/02"),
            title="Методические рекомендации", created="20231205")
    site.page(root + "pedagogi/", theme("Педагоги", "<h1>Педагоги центра</h1>" + table(
        [["ФИО", "Должность", "Предмет"], ["Шестакова А.В.", "руководитель центра", "химия"],
         ["Сорокин П.Е.", "учитель", "физика, робототехника"], ["Галиева Р.М.", "учитель", "биология"]])))
    site.page(root + "oborudovanie/", theme("Оборудование", "<h1>Материально-техническая база</h1>" + paragraphs(
        "Цифровые лаборатории по физике, химии и биологии, 3D-принтер, наборы по робототехнике.")
        + '<img src="/upload/iblock/5b3/lab1.jpg" alt="Кабинет химии">'))
    site.page(root + "programmy/", theme("Образовательные программы", "<h1>Образовательные программы</h1>" + link_list(
        [("/upload/iblock/9e9/programma_yunyi_himik.docx", "ДООП «Юный химик»"),
         ("/upload/iblock/9e9/programma_robototehnika.docx", "ДООП «Робототехника»")])))
    for target, name in [("/upload/iblock/9e9/programma_yunyi_himik.docx", "Юный химик"),
                         ("/upload/iblock/9e9/programma_robototehnika.docx", "Робототехника")]:
        docx_doc(site, target, [f"Дополнительная общеобразовательная общеразвивающая программа «{name}»",
                                "Срок реализации: 1 год. Возраст обучающихся: 11–15 лет."],
                 created=datetime(2023, 8, 28))
    return finish(site)


def f23_bitrix_banner_tabs():
    school = School("f23", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2» г. Заречного",
                    "МБОУ «Гимназия № 2» г. Заречного", "Заречный", "Пензенская область", "ЗАТО г. Заречный",
                    "442961, Пензенская обл., г. Заречный, ул. Комсомольская, 9", "8 (8412) 61-22-09",
                    "gimn2@zar-edu.ru", "Ерохин Максим Андреевич", "gimn2-zarechny.ru")
    root = "/about/tochka/"
    menu = [("Главная", "/", []),
            ("Гимназия", "/about/", [("Сведения об образовательной организации", "/sveden/"), ("История", "/about/history/")]),
            ("Новости", "/news/", []), ("Поступающим", "/postupayushchim/", [])]
    banner = (f'<a href="{root}"><img src="/upload/iblock/7c2/tochka-rosta-300x180.jpg" alt="" width="300" '
              'height="180"></a>')
    theme = bitrix_theme(school, menu, aside=banner, counter=51772019)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, False,
                                   ["documents", "schedule", "teachers", "gallery"]),
                    "1C-Bitrix; the section is reachable only through a right-column banner whose img has an "
                    "empty alt (the file name tochka-rosta-300x180.jpg is the only hint). Timetable: CSS radio "
                    "tabs under «Расписание на 2023/2024 учебный год» (current). Documents list only ТВ-977/02 and "
                    "Р-6 (outdated, so recommendations false). News: 2 own-center items in 2023; a class trip "
                    "to the regional «Кванториум» and a programme-wide «более 2000 Точек роста» item do not count. "
                    "Dates printed as «Опубликовано: Чт, 07 декабря 2023 14:20».")
    news = [
        ("07.12.2023", "Опубликовано: Чт, 07 декабря 2023 14:20", 3120, "Открытый урок химии в «Точке роста» для родителей",
         "Родители десятиклассников побывали на уроке в химической лаборатории нашего центра «Точка роста» и "
         "сами провели титрование на цифровом датчике."),
        ("15.11.2023", "Опубликовано: Ср, 15 ноября 2023 09:05", 3101, "Восьмиклассники побывали в «Кванториуме»",
         "Ученики 8а класса съездили в детский технопарк «Кванториум» областного центра и попробовали себя "
         "в промышленном дизайне."),
        ("02.10.2023", "Опубликовано: Пн, 02 октября 2023 11:40", 3080, "Более 2 000 «Точек роста» по всей стране",
         PROGRAMME_BOILERPLATE),
        ("20.09.2023", "Опубликовано: Ср, 20 сентября 2023 16:10", 3066, "Лаборатория «Точки роста» ждёт пятиклассников",
         "В нашей гимназии центр «Точка роста» открыл запись в объединения «Мир под микроскопом» и «Первые "
         "шаги в робототехнике» для учеников 5-х классов."),
        ("01.09.2023", "Опубликовано: Пт, 01 сентября 2023 12:00", 3050, "День знаний",
         "Торжественная линейка для 1-х и 11-х классов прошла на стадионе гимназии."),
    ]
    items = [news_item(f"/news/detail.php?ELEMENT_ID={eid}", title, body, date=short, shown_date=long)
             for short, long, eid, title, body in news]
    bitrix_news(site, theme, items)
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(items[:4])))
    site.page("/about/", theme("Гимназия", "<h1>О гимназии</h1><p>Гимназия работает с 1991 года.</p>"))
    site.page("/about/history/", theme("История", "<h1>История</h1><p>Первый выпуск гимназии состоялся в 1994 году.</p>"))
    site.page("/sveden/", theme("Сведения", "<h1>Сведения об образовательной организации</h1><p>Раздел в наполнении.</p>"))
    site.page("/postupayushchim/", theme("Поступающим", "<h1>Приём в 1 класс</h1><p>Приём заявлений с 1 апреля.</p>"))
    left = link_list([(root, "Общая информация"), (root + "docs/", "Документы"), (root + "raspisanie/", "Расписание"),
                      (root + "pedagogi/", "Педагоги"), (root + "foto/", "Фотогалерея")], "left-menu")
    site.page(root, theme("Точка роста", f"<h1>Центр «Точка роста»</h1>{left}"
                          + template_intro("в МБОУ «Гимназия № 2» г. Заречного", 2022)))
    tabs = [("Урочная деятельность", LESSONS_2023), ("Внеурочная деятельность", CLUBS_2023),
            ("Дополнительное образование", CENTER_WEEK)]
    radios = "".join(f'<input type="radio" name="tt" id="tt{i}"{" checked" if i == 0 else ""}>'
                     f'<label for="tt{i}">{label}</label>' for i, (label, _) in enumerate(tabs))
    panes = "".join(f'<div class="tab-pane" id="pane{i}">{table(rows)}</div>' for i, (_, rows) in enumerate(tabs))
    site.page(root + "raspisanie/", theme("Расписание", f"<h1>Расписание на 2023/2024 учебный год</h1>{left}"
                                          f'<div class="css-tabs">{radios}{panes}</div>'))
    docs = [("/upload/iblock/af4/pismo_TV-977_02.pdf", "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 "
             "«О направлении методических рекомендаций»"),
            ("/upload/iblock/af4/rasporyazhenie_R-6.pdf", "Распоряжение Минпросвещения России от 12.01.2021 № Р-6"),
            ("/upload/iblock/b11/polozhenie.pdf", "Положение о центре")]
    site.page(root + "docs/", theme("Документы", f"<h1>Документы</h1>{left}" + link_list(docs)))
    pdf_doc(site, docs[0][0], recommendations_lines("Письмо от 31.05.2022 № ТВ-977/02"), created="20220610")
    pdf_doc(site, docs[1][0], ["Распоряжение Министерства просвещения Российской Федерации от 12.01.2021 № Р-6"])
    pdf_doc(site, docs[2][0], ["Положение о центре «Точка роста» МБОУ «Гимназия № 2»"])
    site.page(root + "pedagogi/", theme("Педагоги", f"<h1>Педагоги</h1>{left}" + table(
        [["ФИО", "Предмет"], ["Кудрявцева Л.Н.", "химия"], ["Матвеев О.С.", "физика, информатика"]])))
    photos = "".join(f'<a href="/upload/iblock/c3{i}/foto_{i}.jpg"><img src="/upload/resize_cache/iblock/c3{i}/foto_{i}.jpg" '
                     f'alt="Фото {i}"></a>' for i in range(1, 7))
    site.page(root + "foto/", theme("Фотогалерея", f"<h1>Фотогалерея</h1>{left}<div class='gallery'>{photos}</div>"))
    return finish(site)


def f24_bitrix_stale_docs_table():
    school = School("f24", "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 9» Каменского района", "МАОУ СОШ № 9", "п. Рудничный", "Свердловская область",
                    "Каменский городской округ", "623470, Свердловская обл., п. Рудничный, ул. Школьная, 1",
                    "8 (3439) 37-41-19", "maou9@kamensk-obr.ru", "Пестова Галина Юрьевна", "maou9-rudnichny.ru")
    root = "/sveden/tochka-rosta/"
    menu = [("Сведения об образовательной организации", "/sveden/", [
        ("Основные сведения", "/sveden/common/"), ("Документы", "/sveden/document/"),
        ("Центр «Точка роста»", root)]),
        ("Новости", "/news/", []), ("Контакты", "/contacts/", [])]
    theme = bitrix_theme(school, menu, counter=33190044)
    site = new_site(school, expect(f"https://{school.host}{root}", "stale", 0, True,
                                   ["news"]),
                    "1C-Bitrix; section in the «Сведения об образовательной организации» submenu. Only 2022-2023 "
                    "timetables (DOCX and XLSX in /upload/iblock/): stale. A documents <table> lists the letter "
                    "«от 30.11.2023 г. № ТВ-2356/02» (current) and «Р-6 (утратило актуальность)». The section news "
                    "are all 2022; the 2023 school news about a visit to the regional «Кванториум» is not the "
                    "own center, so no publications.")
    rows = [["№", "Наименование документа", "Файл"],
            ["1", "Положение о центре «Точка роста»", '<a href="/upload/iblock/21c/polozhenie.pdf">скачать</a>'],
            ["2", "Приказ о создании центра от 15.03.2021 № 45", '<a href="/upload/iblock/21c/prikaz_45.pdf">скачать</a>'],
            ["3", "Письмо Минпросвещения России от 30.11.2023 г. № ТВ-2356/02 «О направлении методических рекомендаций»",
             '<a href="/upload/iblock/e7d/tv-2356-02.pdf">скачать</a>'],
            ["4", "Распоряжение Минпросвещения России от 12.01.2021 № Р-6 (утратило актуальность)",
             '<a href="/upload/iblock/21c/r-6.pdf">скачать</a>']]
    pdf_doc(site, "/upload/iblock/21c/polozhenie.pdf", ["Положение о центре «Точка роста» МАОУ СОШ № 9"])
    pdf_doc(site, "/upload/iblock/21c/prikaz_45.pdf", ["Приказ № 45 от 15.03.2021 «О создании центра «Точка роста»»"],
            created="20210315")
    pdf_doc(site, "/upload/iblock/e7d/tv-2356-02.pdf", recommendations_lines(LETTER_2023), created="20231207")
    pdf_doc(site, "/upload/iblock/21c/r-6.pdf", ["Распоряжение от 12.01.2021 № Р-6"], created="20210120")
    docx_doc(site, "/upload/iblock/4f1/raspisanie_tr_2022-2023.docx",
             ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год"], CENTER_WEEK,
             created=datetime(2022, 9, 5))
    xlsx_doc(site, "/upload/iblock/4f1/vneurochka_2022_2023.xlsx",
             [["Расписание внеурочной деятельности 2022/2023"]] + CLUBS_2023)
    section_news = [
        _bx(2210, "19.12.2022", "Зимняя школа юного исследователя",
            "Педагоги центра «Точка роста» провели для шестиклассников цикл занятий по биологии.", base=root + "news/"),
        _bx(2170, "10.10.2022", "Робототехнический марафон",
            "В центре «Точка роста» нашей школы прошёл марафон по сборке роботов.", base=root + "news/"),
        _bx(2101, "01.09.2022", "Начало занятий в «Точке роста»",
            "Объединения центра начали работу по новому расписанию.", base=root + "news/"),
    ]
    news_items(site, theme, section_news)
    site.page(root + "news/", theme("Новости центра", "<h1>Новости центра</h1>" + news_list(section_news)))
    site.page(root, theme("Центр «Точка роста»", (
        "<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>"
        + template_intro("на базе МАОУ СОШ № 9", 2021)
        + '<h2>Документы</h2>' + table(rows, 'class="docs-table" border="1"')
        + "<h2>Расписание</h2>" + link_list(
            [("/upload/iblock/4f1/raspisanie_tr_2022-2023.docx", "Расписание занятий центра на 2022-2023 учебный год"),
             ("/upload/iblock/4f1/vneurochka_2022_2023.xlsx", "Расписание внеурочной деятельности 2022/2023")])
        + f'<h2>Новости центра</h2><p><a href="{root}news/">Все новости центра</a></p>')))
    school_news = [
        _bx(3005, "22.11.2023", "6 класс посетил детский технопарк «Кванториум»",
            "Шестиклассники побывали в детском технопарке «Кванториум» в Каменске-Уральском и собрали "
            "первых роботов под руководством наставников технопарка."),
        _bx(2990, "27.10.2023", "Осенний кросс", "Победителями кросса стали ученики 7б и 10а классов."),
        _bx(2950, "01.09.2023", "День знаний", "Линейка прошла на площади перед школой."),
    ]
    bitrix_news(site, theme, school_news)
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(school_news)))
    site.page("/sveden/", theme("Сведения об образовательной организации", "<h1>Сведения</h1>" + link_list(
        [("/sveden/common/", "Основные сведения"), ("/sveden/document/", "Документы"), (root, "Центр «Точка роста»")])))
    site.page("/sveden/common/", theme("Основные сведения", f"<h1>Основные сведения</h1><p>{school.full}</p>"))
    site.page("/sveden/document/", theme("Документы", "<h1>Документы</h1><p>Устав, лицензия, аккредитация.</p>"))
    site.page("/contacts/", theme("Контакты", f"<h1>Контакты</h1><p>{school.address}</p>"))
    return finish(site)


def f25_bitrix_accordion_footer():
    school = School("f25", "Муниципальное казённое общеобразовательное учреждение «Берёзовоярская средняя "
                    "общеобразовательная школа»", "МКОУ «Берёзовоярская СОШ»", "с. Берёзовый Яр",
                    "Новосибирская область", "Каргатский район", "632407, Новосибирская обл., Каргатский р-н, "
                    "с. Берёзовый Яр, ул. Центральная, 30", "8 (38365) 42-118", "beryar_sch@mail.ru",
                    "Тимофеев Виктор Павлович", "beryar-school.ru")
    root = "/centr-tochka-rosta/"
    menu = [("Главная", "/", []), ("Сведения об ОО", "/sveden/", []), ("Новости", "/news/", []),
            ("Родителям", "/roditelyam/", [("Питание", "/roditelyam/pitanie/")])]
    footer = f'<ul class="footer-links"><li><a href="{root}">Центр «Точка роста»</a></li><li><a href="/sveden/">Сведения</a></li></ul>'
    theme = bitrix_theme(school, menu, footer_links=footer, counter=71002255)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 3, True,
                                   ["documents", "news"]),
                    "1C-Bitrix; the section is linked only from the footer. Timetables sit in accordion blocks "
                    "(collapsed by CSS) on the section root: 2023-2024 tables plus an archive 2022-2023 DOCX "
                    "(current). Recommendations: «от 30.11.2023 г. № ТВ-2356/02». Publications: element 812 is shown "
                    "under the section news and the school news (counts once), an opening-template item with "
                    "«в нашей школе» counts, plus a contest win item in the school feed: 3 in 2023.")
    shared = _bx(812, "11.09.2023", "Новый кабинет робототехники в центре «Точка роста»",
                 "В нашей школе центр «Точка роста» получил второй кабинет: теперь робототехникой занимаются "
                 "сразу две группы.")
    opening = _bx(805, "01.09.2023", "Учебный год в центре «Точка роста»",
                  "Центры «Точка роста» на базе общеобразовательных организаций сельской местности создаются для "
                  "повышения качества образования. 1 сентября в МКОУ «Берёзовоярская СОШ» третий год подряд "
                  "открылся учебный сезон нашего центра: 96 учеников записались в объединения.")
    section_news = [dict(shared, target=f"{root}novosti/detail.php?ELEMENT_ID=812"),
                    dict(opening, target=f"{root}novosti/detail.php?ELEMENT_ID=805")]
    news_items(site, theme, section_news)
    site.page(root + "novosti/", theme("Новости центра", "<h1>Новости центра</h1>" + news_list(section_news)))
    school_news = [
        _bx(830, "23.10.2023", "Победа на районном конкурсе «Юный химик»",
            "Ученики 9 класса, занимающиеся в центре «Точка роста» нашей школы, заняли первое место на районном "
            "конкурсе «Юный химик»."),
        _bx(824, "05.10.2023", "Школьный этап олимпиады", "Итоги школьного этапа ВсОШ по математике."),
        shared,
        _bx(790, "30.08.2023", "Августовский педсовет", "Педагоги обсудили планы на новый учебный год."),
    ]
    bitrix_news(site, theme, school_news)
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(school_news[:3])))

    def fold(title: str, inner: str) -> str:
        return (f'<div class="accordion-item"><div class="accordion-title" onclick="this.nextElementSibling.'
                f'classList.toggle(\'open\')">{title}</div><div class="accordion-body" style="display:none">'
                f"{inner}</div></div>")
    docx_doc(site, "/upload/iblock/77a/raspisanie_2022_2023.docx",
             ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год"], CENTER_WEEK,
             created=datetime(2022, 9, 1))
    accordion = (fold("Расписание внеурочной деятельности центра на 2023-2024 учебный год", table(CLUBS_2023))
                 + fold("Расписание дополнительного образования на 2023-2024 учебный год", table(CENTER_WEEK))
                 + fold("Архив: расписание 2022-2023", '<a href="/upload/iblock/77a/raspisanie_2022_2023.docx">'
                        "Расписание 2022-2023 (DOCX)</a>"))
    left = link_list([(root + "dokumenty/", "Документы"), (root + "novosti/", "Новости центра")], "left-menu")
    site.page(root, theme("Центр «Точка роста»", f"<h1>Центр «Точка роста»</h1>{left}"
                          + template_intro("на базе МКОУ «Берёзовоярская СОШ»", 2021)
                          + f'<h2>Расписание</h2><div class="accordion">{accordion}</div>'))
    site.page(root + "dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list(
        [("/upload/iblock/1d0/mr_2023.pdf", "Письмо Минпросвещения России от 30.11.2023 г. № ТВ-2356/02 "
          "«О направлении методических рекомендаций»"),
         ("/upload/iblock/1d0/plan_2023_2024.pdf", "План учебно-воспитательных мероприятий центра на 2023-2024 учебный год")])))
    pdf_doc(site, "/upload/iblock/1d0/mr_2023.pdf", recommendations_lines(None), created="20231204")
    pdf_doc(site, "/upload/iblock/1d0/plan_2023_2024.pdf", ["План мероприятий центра «Точка роста» на 2023-2024 "
                                                           "учебный год", "Сентябрь: День открытых дверей"])
    site.page("/sveden/", theme("Сведения об ОО", "<h1>Сведения об образовательной организации</h1>"))
    site.page("/roditelyam/", theme("Родителям", "<h1>Родителям</h1>" + link_list([("/roditelyam/pitanie/", "Питание")])))
    site.page("/roditelyam/pitanie/", theme("Питание", "<h1>Питание</h1><p>Меню на каждый день.</p>"))
    return finish(site)


# -- nubex: every page is /<section id>/<page id> --------------------------------------------


def nubex_theme(school: School, menu: list[tuple[str, str]], counter: int):
    nav = "".join(f'<li class="menu-item"><a href="{href}">{label}</a></li>' for label, href in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} — {school.short}</title>'
                '<link rel="stylesheet" href="/_nx/css/site.css?v=4821"></head><body class="nubex">'
                f'<div class="nx-header"><div class="nx-title">{school.full}</div>'
                f'<div class="nx-phone">{school.phone}</div></div><ul class="nx-menu">{nav}</ul>'
                f'<div class="nx-content">{body}</div><div class="nx-footer"><p>{school.address}</p>'
                f'<p>E-mail: {school.email}</p><p class="nx-made">Сайт создан на конструкторе Nubex</p>'
                f'{metrika(counter)}</div></body></html>')
    return theme


def _nubex_news(site: Site, theme, base: str, entries: list[tuple[int, str, str, str]]) -> list[dict]:
    """Entries: (page id, date printed in the list or "", title, body)."""
    items = [news_item(f"{base}{pid}", title, body, date=date) for pid, date, title, body in entries]
    news_items(site, theme, items)
    site.page(base, theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    return items


def f26_nubex_external_drive_soft404():
    school = School("f26", "Муниципальное бюджетное общеобразовательное учреждение «Лесновская средняя "
                    "общеобразовательная школа»", "МБОУ «Лесновская СОШ»", "пос. Лесное", "Республика Карелия",
                    "Сегежский муниципальный район", "186420, Республика Карелия, пос. Лесное, ул. Школьная, 2",
                    "8 (81431) 7-12-80", "lesnoe-school@onego.ru", "Кравец Оксана Леонидовна", "lesnoe-school.nubex.ru")
    root = "/4410/"
    theme = nubex_theme(school, [("Главная", "/"), ("Новости", "/4401/"), ("Сведения об ОО", "/4405/"),
                                 ("Точка роста", root), ("Контакты", "/4420/")], 48122901)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, False,
                                   ["general", "documents", "schedule", "teachers"]),
                    "nubex numeric paths; unknown paths answer a 404 page with status 200 (soft404). The "
                    "timetable lives on Яндекс.Диск / Google Таблицы (external, not fetchable); the link texts name "
                    "the kind and 2023-2024, so a person says current. No recommendations at all in Документы. "
                    "Two 2023 news about the own center (dates like 15.09.2023), two other news. The home page "
                    "still links «Точка роста (2022)» to /4399/, a deleted page that answers 200 «Страница не "
                    "найдена»: not the section.", soft404=True)
    sub = link_list([(root + "4411", "Общая информация"), (root + "4412", "Документы"), (root + "4413", "Расписание"),
                     (root + "4414", "Педагоги")], "nx-submenu")
    site.page(root, theme("Точка роста", f"<h1>Центр «Точка роста»</h1>{sub}<p>Центр образования естественно-"
                          "научной и технологической направленностей работает в нашей школе с 2022 года.</p>"))
    site.page(root + "4411", theme("Общая информация", "<h1>Общая информация</h1>"
                                   + template_intro("на базе МБОУ «Лесновская СОШ»", 2022) + sub))
    site.page(root + "4412", theme("Документы", "<h1>Документы</h1>" + link_list(
        [("/files/lesnoe-school/polozhenie_centr.pdf", "Положение о центре"),
         ("/files/lesnoe-school/prikaz_o_sozdanii.pdf", "Приказ о создании центра")]) + sub))
    pdf_doc(site, "/files/lesnoe-school/polozhenie_centr.pdf", ["Положение о центре «Точка роста» МБОУ «Лесновская СОШ»"])
    pdf_doc(site, "/files/lesnoe-school/prikaz_o_sozdanii.pdf", ["Приказ от 01.06.2022 № 58 о создании центра"],
            created="20220601")
    site.page(root + "4413", theme("Расписание", "<h1>Расписание</h1>" + link_list(
        [("https://disk.yandex.ru/i/Lq7pXw2vR9sKeA", "Расписание занятий центра «Точка роста» на 2023-2024 учебный год "
          "(Яндекс.Диск)"),
         ("https://docs.google.com/spreadsheets/d/1hZk0Vn8cQeLd3XkS0aP2wQmT9u/edit?usp=sharing",
          "Расписание внеурочной деятельности 2023-2024 (Google Таблица)")]) + sub))
    site.page(root + "4414", theme("Педагоги", "<h1>Педагоги</h1>" + table(
        [["ФИО", "Должность"], ["Кравец О.Л.", "руководитель центра"], ["Ильин Д.А.", "учитель физики"]]) + sub))
    items = _nubex_news(site, theme, "/4401/", [
        (5230, "04.12.2023", "Мастер-класс по 3D-моделированию",
         "Педагог нашего центра «Точка роста» Ильин Д.А. провёл мастер-класс по 3D-моделированию для учителей района."),
        (5211, "10.11.2023", "Осенние каникулы", "Расписание работы спортивных секций в каникулы."),
        (5190, "15.09.2023", "Урок цифры в «Точке роста»",
         "Ученики 7 класса МБОУ «Лесновская СОШ» прошли «Урок цифры» на оборудовании центра «Точка роста»."),
        (5150, "01.09.2023", "С Днём знаний!", "Поздравляем учеников, родителей и педагогов с началом учебного года!"),
    ])
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(items[:3])
                         + '<a href="/4410/"><img src="/img/tochka_banner.png" alt="Точка роста"></a>'
                         + '<p class="old-links"><a href="/4399/">Точка роста (2022)</a></p>'))
    site.page("/4405/", theme("Сведения об ОО", "<h1>Сведения об образовательной организации</h1>"
                              + link_list([("/4405/4406", "Основные сведения")])))
    site.page("/4405/4406", theme("Основные сведения", f"<h1>Основные сведения</h1><p>{school.full}</p>"))
    site.page("/4420/", theme("Контакты", f"<h1>Контакты</h1><p>{school.address}, {school.phone}</p>"))
    return finish(site)


def f27_nubex_opening_hours_only():
    school = School("f27", "Муниципальное казённое общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 3» пос. Усть-Кедровка", "МКОУ СОШ № 3 пос. Усть-Кедровка", "пос. Усть-Кедровка",
                    "Иркутская область", "Кедровский район", "666790, Иркутская обл., пос. Усть-Кедровка, ул. Ленина, 41",
                    "8 (39565) 2-40-17", "ukedr-sosh3@irk-edu.ru", "Баранова Елена Сергеевна", "ukedr-sosh3.nubex.ru")
    root = "/2100/"
    theme = nubex_theme(school, [("Главная", "/"), ("Новости", "/2001/"), ("Сведения об ОО", "/2050/"),
                                 ("Центр «Точка роста»", root)], 67100213)
    site = new_site(school, expect(f"https://{school.host}{root}", "missing", 2, False,
                                   ["documents", "news"]),
                    "nubex numeric paths. The section has «Режим работы центра» with only opening hours, a "
                    "«Календарный учебный график на 2023-2024» and a «План мероприятий на 2023-2024»: none is a "
                    "timetable (missing). Recommendations only ТВ-1913/02 (outdated). The two center news carry "
                    "their date only in the first sentence («20 октября 2023 года в нашем центре…»): 2.")
    sub = link_list([(root + "2101", "Режим работы центра"), (root + "2102", "Документы"), (root + "2103/", "Новости центра")])
    site.page(root, theme("Центр «Точка роста»", "<h1>Центр «Точка роста»</h1>"
                          + template_intro("в МКОУ СОШ № 3 пос. Усть-Кедровка", 2020, "цифрового и гуманитарного") + sub))
    site.page(root + "2101", theme("Режим работы центра", "<h1>Режим работы центра</h1><p>Понедельник – пятница: "
                                   "8:00 – 17:00</p><p>Суббота: 9:00 – 13:00</p><p>Воскресенье — выходной.</p>" + sub))
    docs = [("/files/ukedr/kalendarnyj_grafik_2023-2024.pdf", "Календарный учебный график на 2023-2024 учебный год"),
            ("/files/ukedr/plan_meropriyatij_2023-2024.pdf", "План мероприятий центра «Точка роста» на 2023-2024 учебный год"),
            ("/files/ukedr/metod_rek.pdf", "Методические рекомендации (письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02)")]
    site.page(root + "2102", theme("Документы", "<h1>Документы</h1>" + link_list(docs) + sub))
    pdf_doc(site, docs[0][0], ["Календарный учебный график на 2023-2024 учебный год", "1 четверть: 01.09.2023 – 27.10.2023"])
    pdf_doc(site, docs[1][0], ["План мероприятий центра «Точка роста» на 2023-2024 учебный год",
                               "Октябрь — неделя химии; Ноябрь — день открытых дверей"])
    pdf_doc(site, docs[2][0], recommendations_lines("Письмо от 01.11.2021 № ТВ-1913/02"), created="20211110")
    _nubex_news(site, theme, root + "2103/", [
        (2301, "", "Неделя химии", "20 октября 2023 года в нашем центре «Точка роста» завершилась неделя химии: "
         "шестиклассники выращивали кристаллы, девятиклассники соревновались в викторине."),
        (2302, "", "День открытых дверей центра", "7 ноября 2023 года родители учеников МКОУ СОШ № 3 побывали "
         "на занятиях объединений центра «Точка роста»."),
    ])
    items = _nubex_news(site, theme, "/2001/", [
        (3010, "28.11.2023", "День матери", "Концерт для мам подготовили ученики начальной школы."),
        (3004, "02.10.2023", "Кросс наций", "Школьники приняли участие во всероссийском забеге."),
    ])
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(items)))
    site.page("/2050/", theme("Сведения об ОО", f"<h1>Сведения об образовательной организации</h1><p>{school.full}</p>"))
    return finish(site)


# -- obr.site-like constructor ----------------------------------------------------------------


def obr_theme(school: School, menu: list[tuple[str, str]]):
    nav = "".join(f'<a class="menu__link" href="{href}">{label}</a>' for label, href in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
                '<meta name="viewport" content="width=device-width"><link rel="stylesheet" '
                'href="/static/theme/school-green.css"></head><body><header class="site-header">'
                f'<img class="site-header__emblem" src="/static/img/emblem.png" alt="Герб"><div>{school.full}</div>'
                f'</header><nav class="menu">{nav}</nav><section class="page">{body}</section>'
                '<footer class="site-footer"><div class="widgets"><a href="https://edu.gov.ru/">'
                '<img src="/static/img/minpros.png" alt="Минпросвещения России"></a></div>'
                f'<p>{school.address} · {school.phone} · {school.email}</p>'
                '<p>Сайт работает на платформе для образовательных организаций</p></footer></body></html>')
    return theme


def f28_obrsite_figure_slug_dates():
    school = School("f28", "Муниципальное общеобразовательное учреждение «Каменская основная общеобразовательная "
                    "школа»", "МОУ «Каменская ООШ»", "с. Каменка", "Тамбовская область", "Сосновский округ",
                    "393850, Тамбовская обл., с. Каменка, ул. Садовая, 5", "8 (47532) 3-55-21",
                    "kamenka-oosh@tmb-edu.ru", "Фролов Сергей Николаевич", "kamenka-oosh.obr.site")
    root = "/tochka-rosta"
    theme = obr_theme(school, [("Главная", "/"), ("Сведения об ОО", "/svedeniya"), ("Точка роста", root),
                               ("Новости", "/novosti")])
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, True,
                                   ["documents", "schedule", "teachers"]),
                    "obr.site-like constructor. The timetable is a picture in a <figure> whose figcaption and file "
                    "name name it and 2023-2024 (current). Center news are dated only by dd-mm-yy at the start of "
                    "the URL slug (14-09-23-…, 03-11-23-…): 2 publications. The undated «Открытие центра «Точка "
                    "роста»» page under /novosti/ is a news item, not the section, and is not counted (no date).")
    sub = link_list([(root + "/raspisanie", "Расписание"), (root + "/dokumenty", "Документы"),
                     (root + "/pedagogi", "Педагоги")])
    site.page(root, theme("Точка роста", "<h1>Центр «Точка роста»</h1>"
                          + template_intro("на базе МОУ «Каменская ООШ»", 2021) + sub))
    site.page(root + "/raspisanie", theme("Расписание", (
        '<h1>Расписание</h1><figure class="image"><img src="/upload/raspisanie-tochka-rosta-2023-2024.jpg" '
        'alt="Расписание" width="900"><figcaption>Расписание занятий центра «Точка роста» на 2023–2024 учебный год'
        "</figcaption></figure>")))
    site.page(root + "/dokumenty", theme("Документы", "<h1>Документы</h1>" + link_list(
        [("/upload/docs/pismo-tv-2356-02.pdf", LETTER_2023), ("/upload/docs/polozhenie.pdf", "Положение о центре")])))
    pdf_doc(site, "/upload/docs/pismo-tv-2356-02.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/upload/docs/polozhenie.pdf", ["Положение о центре «Точка роста» МОУ «Каменская ООШ»"])
    site.page(root + "/pedagogi", theme("Педагоги", "<h1>Педагоги центра</h1><p>Фролова Н.В. — химия, биология; "
                                        "Дёмин К.А. — физика, технология.</p>"))
    news = [("/novosti/03-11-23-tochka-rosta-na-festivale-nauki", "«Точка роста» на фестивале науки",
             "Команда нашего центра «Точка роста» показала на районном фестивале науки опыты с жидким азотом."),
            ("/novosti/14-09-23-den-otkrytyh-dverej-v-tochke-rosta", "День открытых дверей в «Точке роста»",
             "Ребята из соседних сёл побывали в лабораториях нашей школы и поработали с цифровыми микроскопами."),
            ("/novosti/06-09-23-osennij-sbor-urozhaya", "Сбор урожая на пришкольном участке",
             "Ученики 5–7 классов собрали урожай картофеля."),
            ("/novosti/otkrytie-centra-tochka-rosta", "Открытие центра «Точка роста»",
             "Торжественное открытие центра «Точка роста» состоялось в нашей школе. Ленточку перерезали глава "
             "округа и лучший ученик школы.")]
    items = [news_item(t, title, body) for t, title, body in news]
    news_items(site, theme, items)
    site.page("/novosti", theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(items[:2])
                         + f'<a href="{root}"><img src="/upload/banner-tr.png" alt="Центр Точка роста"></a>'))
    site.page("/svedeniya", theme("Сведения об ОО", f"<h1>Сведения об образовательной организации</h1><p>{school.full}</p>"))
    return finish(site)


def f29_obrsite_iframe():
    school = School("f29", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 2» "
                    "г. Ярцевска", "МБОУ «СШ № 2» г. Ярцевска", "Ярцевск", "Смоленская область",
                    "Ярцевский район", "215800, Смоленская обл., г. Ярцевск, ул. Победы, 12", "8 (48143) 7-02-33",
                    "yar-sh2@smol-edu.ru", "Гусев Илья Романович", "yartsevsk-sh2.obr.site")
    root = "/centr-tochka-rosta"
    theme = obr_theme(school, [("Главная", "/"), ("Сведения об ОО", "/svedeniya"), ("Центр «Точка роста»", root),
                               ("Новости", "/novosti"), ("Родителям", "/roditelyam"), ("Контакты", "/kontakty")])
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 1, False),
                    "obr.site-like constructor. The section page embeds the timetable in an <iframe> whose "
                    "same-host document holds «Расписание центра … на 2023 - 2024 уч. г.» and a table (current). "
                    "No documents subsection at all (recommendations false). One 2023 center news («12 сент. 2023»); "
                    "a programme-wide item does not count.")
    site.page(root, theme("Центр «Точка роста»", (
        "<h1>Центр «Точка роста»</h1>" + template_intro("на базе МБОУ «СШ № 2» г. Ярцевска", 2023)
        + '<h2>Расписание</h2><iframe src="/upload/embed/raspisanie_tr.html" width="100%" height="600" '
          'frameborder="0"></iframe>')))
    site.page("/upload/embed/raspisanie_tr.html", (
        '<html><head><meta charset="utf-8"><title>raspisanie_tr</title></head><body>'
        "<h3>Расписание центра «Точка роста» на 2023 - 2024 уч. г.</h3>" + table(CLUBS_2023) + "</body></html>"))
    news = [("/novosti/nachalo-zanyatij-v-tochke-rosta", "12 сент. 2023", "Начало занятий в «Точке роста»",
             "В нашей школе заработали объединения нового центра «Точка роста»: химия, биология, физика."),
            ("/novosti/bolee-2000-tochek-rosta", "20 сент. 2023", "Национальный проект «Образование»",
             PROGRAMME_BOILERPLATE),
            ("/novosti/den-uchitelya", "05 окт. 2023", "День учителя", "Праздничный концерт для педагогов.")]
    items = [news_item(t, title, body, date=d) for t, d, title, body in news]
    news_items(site, theme, items)
    site.page("/novosti", theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    site.page("/", theme(school.short, "<h2>Новости</h2>" + news_list(items)))
    plain_pages(site, theme, [
        ("/kontakty", "Контакты", f"<p>{school.address}</p><p>Директор: {school.director}</p>"),
        ("/svedeniya", "Сведения об образовательной организации", link_list(
            [("/svedeniya/osnovnye", "Основные сведения"), ("/svedeniya/rukovodstvo", "Руководство")])),
        ("/svedeniya/osnovnye", "Основные сведения", f"<p>{school.full}. Год основания: 1959.</p>"),
        ("/svedeniya/rukovodstvo", "Руководство", f"<p>Директор — {school.director}.</p>"),
        ("/roditelyam", "Родителям", link_list([("/roditelyam/pitanie", "Организация питания")])),
        ("/roditelyam/pitanie", "Организация питания", "<p>Горячее питание для 1–4 классов бесплатное.</p>")])
    return finish(site)


# -- Google Sites: Cyrillic page paths --------------------------------------------------------


def google_sites_theme(school: School, base: str, pages: list[tuple[str, str]]):
    nav = "".join(f'<li><a href="{base}{slug}" data-level="1">{label}</a></li>' for label, slug in pages)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{school.short} - {title}</title>'
                '<meta property="og:site_name" content="' + school.short + '">'
                '<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.css"></head><body>'
                f'<div class="BbxBP"><nav role="navigation"><ul class="jYxBte">{nav}</ul></nav></div>'
                f'<div role="main" class="UtePc"><section class="yaqOZd"><div class="tyJCtd">{body}</div></section></div>'
                '<div class="dZA9kd">Google Сайты<a href="https://support.google.com/sites/answer/98216">Сообщить о нарушении</a>'
                '</div></body></html>')
    return theme


def f30_google_sites_scan_date_inside():
    school = School("f30", "Муниципальное бюджетное общеобразовательное учреждение «Озёрковская средняя "
                    "общеобразовательная школа»", "МБОУ «Озёрковская СОШ»", "с. Озёрки", "Алтайский край",
                    "Озёрковский район", "659510, Алтайский край, с. Озёрки, ул. Мира, 14", "8 (38596) 2-21-43",
                    "ozerki-sosh@alt-edu.ru", "Чеботарёва Марина Ивановна", "sites.google.com")
    base = "/view/ozerki-school/"
    theme = google_sites_theme(school, base, [("Главная", "главная"), ("Точка роста", "точка-роста"),
                                              ("Новости", "новости"), ("Сведения", "сведения")])
    root = base + "точка-роста"
    site = new_site(school, expect(f"https://sites.google.com{root}", "current", 2, True,
                                   ["documents", "schedule", "teachers", "equipment"]),
                    "Google Sites, Cyrillic slugs under /view/ozerki-school/. The timetable page holds only a scan "
                    "(scan_0012.jpg, empty alt, heading «Расписание» without a year); the picture itself reads "
                    "«Расписание занятий центра «Точка роста» на 2023-2024 учебный год» (current, needs OCR). "
                    "Recommendations: a Google Drive link whose text names ТВ-2356/02. Two 2023 center posts with "
                    "ISO dates (2023-09-12 style).", seed_path=base)
    heading = "Расписание занятий центра «Точка роста» на 2023-2024 учебный год"
    jpeg(site, base + "_/rsrc/1694512345/scan_0012.jpg", lambda: scanned_timetable(heading, SCAN_GRID))
    sub = link_list([(root + "/расписание", "Расписание"), (root + "/документы", "Документы"),
                     (root + "/педагоги", "Педагоги"), (root + "/оборудование", "Оборудование")])
    site.page(root, theme("Точка роста", "<h1>Центр «Точка роста»</h1>"
                          + template_intro("на базе МБОУ «Озёрковская СОШ»", 2020) + sub))
    site.page(root + "/расписание", theme("Расписание", f'<h2>Расписание</h2><img src="{base}_/rsrc/1694512345/'
                                          'scan_0012.jpg" alt="" width="1200" height="850">'))
    site.page(root + "/документы", theme("Документы", "<h2>Документы</h2>" + link_list(
        [("https://drive.google.com/file/d/1Tq9RkM2wXcP0sLh/view?usp=sharing",
          "Методические рекомендации (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)"),
         ("https://drive.google.com/file/d/1Yc0pWq7HnR4aZt/view?usp=sharing", "Положение о центре «Точка роста»")])))
    posts = [("2023-11-24", "Неделя биологии в «Точке роста»", "В центре «Точка роста» нашей школы прошла неделя "
              "биологии: ребята изучали клетки растений под цифровым микроскопом."),
             ("2023-10-05", "День учителя", "Ученики поздравили учителей концертом."),
             ("2023-09-12", "Первые занятия объединений центра", "В МБОУ «Озёрковская СОШ» начали работу объединения "
              "центра «Точка роста» «Робототехника» и «Химия в быту».")]
    posts_html = "".join(f'<div class="post"><h3>{t}</h3><p class="date">{d}</p><p>{b}</p></div>' for d, t, b in posts)
    site.page(base + "новости", theme("Новости", "<h2>Новости</h2>" + posts_html))
    site.page(base, theme("Главная", "<h1>Добро пожаловать!</h1><p>Официальный сайт МБОУ «Озёрковская СОШ».</p>"
                          + f'<a href="{root}"><img src="{base}_/rsrc/1690000000/tochka.png" alt="Точка роста"></a>'))
    site.page(base + "главная", theme("Главная", "<h1>Добро пожаловать!</h1>"))
    site.page(base + "сведения", theme("Сведения", f"<h2>Сведения об образовательной организации</h2><p>{school.full}</p>"
                                       + link_list([(base + "сведения/питание", "Питание"),
                                                    (base + "сведения/руководство", "Руководство")])))
    plain_pages(site, theme, [
        (base + "сведения/питание", "Питание", "<p>Меню размещается ежедневно.</p>"),
        (base + "сведения/руководство", "Руководство", f"<p>Директор: {school.director}</p>"),
        (root + "/педагоги", "Педагоги центра", "<p>Гречко В.С. — химия, биология; Сайфуллин Р.Т. — физика.</p>"),
        (root + "/оборудование", "Оборудование", "<p>Цифровые лаборатории, микроскопы, конструкторы.</p>")])
    return finish(site)


def f31_google_sites_rf_undated():
    school = School("f31", "Муниципальное казённое общеобразовательное учреждение «Берёзовская основная "
                    "общеобразовательная школа»", "МКОУ «Берёзовская ООШ»", "д. Берёзовка", "Вологодская область",
                    "Никольский округ", "161440, Вологодская обл., д. Берёзовка, ул. Луговая, 3", "8 (81754) 3-14-05",
                    "berezovka-oosh@vologda-edu.ru", "Смирнова Татьяна Алексеевна", "школа-берёзовка.рф")
    theme = google_sites_theme(school, "/", [("Главная", ""), ("Сведения об ОО", "сведения"),
                                             ("Центр «Точка роста»", "центр-точка-роста"), ("Новости", "новости"),
                                             ("Контакты", "контакты")])
    root = "/центр-точка-роста"
    site = new_site(school, expect(f"https://{school.host}{root}", "unknown", 1, True,
                                   ["documents", "schedule", "teachers", "gallery"]),
                    "Google Sites on a .рф custom domain with Cyrillic slugs. The only timetable is a PDF linked as "
                    "«Расписание внеурочной деятельности»: neither the link, the page nor the file (no year, no "
                    "creation date) dates it: unknown. Recommendations: link text says only «Методические "
                    "рекомендации», the PDF's own first line names ТВ-2356/02 (current). One 2023 center post.")
    sub = link_list([(root + "/расписание", "Расписание"), (root + "/документы", "Документы"),
                     (root + "/педагоги", "Педагоги"), (root + "/фотогалерея", "Фотогалерея")])
    site.page(root, theme("Центр «Точка роста»", "<h1>Центр «Точка роста»</h1>"
                          + template_intro("на базе МКОУ «Берёзовская ООШ»", 2022) + sub))
    photos = "".join(f'<img src="/фото/IMG_20{n}.jpg" alt="">' for n in range(231004, 231010))
    plain_pages(site, theme, [
        (root + "/педагоги", "Педагоги", "<p>Смирнова Т.А. — химия; Попов Е.В. — физика, информатика.</p>"),
        (root + "/фотогалерея", "Фотогалерея", photos),
        ("/сведения", "Сведения об образовательной организации", f"<p>{school.full}</p><p>Учредитель: администрация "
         "Никольского округа.</p>"),
        ("/контакты", "Контакты", f"<p>{school.address}</p><p>{school.phone}, {school.email}</p>")])
    site.page(root + "/расписание", theme("Расписание", "<h2>Расписание</h2>" + link_list(
        [(root + "/файлы/raspisanie_vneurochki.pdf", "Расписание внеурочной деятельности")])))
    pdf_doc(site, root + "/файлы/raspisanie_vneurochki.pdf",
            ["Расписание внеурочной деятельности центра «Точка роста»"] + [" | ".join(r) for r in CLUBS_2023],
            created=None)
    site.page(root + "/документы", theme("Документы", "<h2>Документы</h2>" + link_list(
        [(root + "/файлы/metod_rekomendacii.pdf", "Методические рекомендации")])))
    pdf_doc(site, root + "/файлы/metod_rekomendacii.pdf", recommendations_lines(LETTER_2023), created=None)
    posts = [("2023-10-18", "Исследователи из «Точки роста»", "Ученики нашей школы, занимающиеся в центре "
              "«Точка роста», представили проекты о качестве воды в реке Юг."),
             ("2023-09-01", "Линейка", "Первый звонок прозвенел для трёх первоклассников.")]
    site.page("/новости", theme("Новости", "<h2>Новости</h2>" + "".join(
        f'<div class="post"><h3>{t}</h3><p>{d}</p><p>{b}</p></div>' for d, t, b in posts)))
    site.page("/", theme("Главная", "<h1>МКОУ «Берёзовская ООШ»</h1><p>Добро пожаловать на сайт школы.</p>"))
    return finish(site)


# -- uralschool-style platform: ?section_id=N pages, documents as /file/card?id=N ---------------


def isou_theme(school: School, menu: list[tuple[str, str]], counter: int):
    nav = "".join(f'<li><a href="{href}">{label}</a></li>' for label, href in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | {school.short}</title>'
                '<link rel="stylesheet" href="/css/portal.css"></head><body><div class="top-line">'
                'Версия для слабовидящих</div><div class="header">'
                f'<h2 class="org-name">{school.short}</h2><p>{school.full}</p></div>'
                f'<ul class="main-menu">{nav}</ul><div class="main">{body}</div>'
                f'<div class="footer"><p>{school.address}</p><p>Тел.: {school.phone}</p>{metrika(counter)}'
                '</div></body></html>')
    return theme


def f32_uralschool_link_list():
    school = School("f32", "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 7» Камышловского городского округа", "МАОУ «СОШ № 7» КГО", "Камышлов",
                    "Свердловская область", "Камышловский городской округ",
                    "624860, Свердловская обл., г. Камышлов, ул. Гагарина, 8", "8 (34375) 2-07-77",
                    "kam-school7@mail.ru", "Зуева Наталья Олеговна", "7kam.uralschool.ru")
    root = "/?section_id=61"
    menu = [("Главная", "/"), ("Сведения об ОО", "/?section_id=2"), ("Новости", "/?section_id=5"),
            ("Точка роста", root)]
    theme = isou_theme(school, menu, 22904417)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, True,
                                   ["documents", "schedule"]),
                    "uralschool-style portal: pages by ?section_id=N, every document an HTML card /file/card?id=N "
                    "with its text. On the page titled «Расписание» the links read only «Урочная деятельность, "
                    "2023-2024», «Внеурочная деятельность, 2023-2024», «Дополнительное образование, 2023-2024» "
                    "(current). Recommendations card: LETTER_2023. Two 2023 center news in /news-svc/item?id=N.")
    sub = link_list([(root, "Общая информация"), ("/?section_id=62", "Документы"), ("/?section_id=63", "Расписание")])
    site.page(root, theme("Точка роста", "<h1>Центр «Точка роста»</h1>" + sub
                          + template_intro("на базе МАОУ «СОШ № 7» КГО", 2021)))
    rec = document_card(site, 3310, LETTER_2023, recommendations_lines(LETTER_2023), theme, created="20231206")
    pol = document_card(site, 3150, "Положение о центре «Точка роста»", ["Положение о центре «Точка роста» МАОУ «СОШ № 7»",
                                                                         "1. Общие положения"], theme)
    site.page("/?section_id=62", theme("Документы", f"<h1>Документы</h1>{sub}<ul><li>{rec}</li><li>{pol}</li></ul>"))
    kinds = [(3401, "Урочная деятельность, 2023-2024", LESSONS_2023),
             (3402, "Внеурочная деятельность, 2023-2024", CLUBS_2023),
             (3403, "Дополнительное образование, 2023-2024", CENTER_WEEK)]
    cards = "".join("<li>" + document_card(site, doc_id, label, [f"Расписание. {label}"]
                                           + [" | ".join(r) for r in rows], theme, created="20230901") + "</li>"
                    for doc_id, label, rows in kinds)
    site.page("/?section_id=63", theme("Расписание", f"<h1>Расписание</h1>{sub}<ul>{cards}</ul>"))
    news = [(10452, "27.11.2023", "Турнир юных физиков", "Команда центра «Точка роста» МАОУ «СОШ № 7» стала второй "
             "на городском турнире юных физиков."),
            (10433, "10.10.2023", "Выборы в совет старшеклассников", "Председателем совета избрана ученица 10а класса."),
            (10410, "18.09.2023", "Старт «Инженерных суббот»", "В центре «Точка роста» нашей школы по субботам "
             "работают мастерские для семиклассников.")]
    items = [news_item(f"/news-svc/item?id={nid}", t, b, date=d) for nid, d, t, b in news]
    news_items(site, theme, items)
    site.page("/?section_id=5", theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    site.page("/", theme("Главная", "<h2>Последние новости</h2>" + news_list(items[:2])))
    site.page("/?section_id=2", theme("Сведения об ОО", f"<h1>Сведения об образовательной организации</h1><p>{school.full}</p>"))
    return finish(site)


SITES = [f22_bitrix_table_on_root(), f23_bitrix_banner_tabs(), f24_bitrix_stale_docs_table(),
         f25_bitrix_accordion_footer(), f26_nubex_external_drive_soft404(), f27_nubex_opening_hours_only(),
         f28_obrsite_figure_slug_dates(), f29_obrsite_iframe(), f30_google_sites_scan_date_inside(),
         f31_google_sites_rf_undated(), f32_uralschool_link_list()]
