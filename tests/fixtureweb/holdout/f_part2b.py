"""Hold-out sites f33–f42: regional platforms with document cards (kuzbasschool/permschool
style) and ?section_id=N pages (khbschool/mozdokschool style), DataLife Engine, two
script-built sections, a whole-site school «Кванториум», a school with no center at all and
an old hand-made windows-1251 site in frames.

Invented schools and towns; the markup follows what these platforms print.
"""
from __future__ import annotations

from datetime import datetime

from tests.fixtureweb.holdout._f_part2_common import (
    CLUBS_2023,
    LESSONS_2023,
    LETTER_2023,
    PROGRAMME_BOILERPLATE,
    School,
    document_card,
    docx_doc,
    expect,
    finish,
    link_list,
    new_site,
    news_item,
    news_items,
    news_list,
    paragraphs,
    pdf_doc,
    plain_pages,
    recommendations_lines,
    script_built_page,
    table,
    template_intro,
    xlsx_doc,
)
from tests.fixtureweb.sites.a_common import CENTER_WEEK, metrika
from tests.fixtureweb.sites.c_javascript import UNRENDERED

# -- the regional school portal (?section_id=N pages, /file/card?id=N documents) --------------


def portal_theme(school: School, menu: list[tuple[str, str]], counter: int, *, skin: str = "blue"):
    nav = "".join(f'<li class="nav-item"><a href="{href}">{label}</a></li>' for label, href in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} — {school.short}</title>'
                f'<link rel="stylesheet" href="/css/skin-{skin}.css"></head><body><div class="portal-head">'
                f'<img src="/images/logo_school.png" alt="{school.short}"><div><b>{school.full}</b><br>'
                f'{school.town}</div></div><ul class="portal-nav">{nav}</ul><div class="portal-body">{body}</div>'
                f'<div class="portal-foot"><p>{school.address}; тел. {school.phone}; {school.email}</p>'
                f'<p>Директор: {school.director}</p>{metrika(counter)}</div></body></html>')
    return theme


def _portal_news(site, theme, listing: str, entries: list[tuple[int, str, str, str]]) -> list[dict]:
    """Entries: (news id, date as printed, title, text); items live at /news-svc/item?id=N."""
    items = [news_item(f"/news-svc/item?id={nid}", title, body, date=date) for nid, date, title, body in entries]
    news_items(site, theme, items)
    site.page(listing, theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    return items


def f33_kuzbass_employment_mode():
    school = School("f33", "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная "
                    "школа № 21» Прокопьевского округа", "МБОУ «ООШ № 21»", "пос. Шахтёрский", "Кемеровская область — "
                    "Кузбасс", "Прокопьевский муниципальный округ", "653250, Кемеровская обл., пос. Шахтёрский, "
                    "ул. Горняцкая, 6", "8 (3846) 62-11-35", "oosh21-prk@kuz-edu.ru", "Мельникова Анастасия Игоревна",
                    "oosh21-shahtersky.kuzbasschool.ru")
    root = "/?section_id=74"
    theme = portal_theme(school, [("Главная", "/"), ("Новости", "/?section_id=3"), ("Точка роста", root),
                                  ("Документы", "/?section_id=9")], 56018840)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, True,
                                   ["documents", "schedule", "teachers"]),
                    "kuzbasschool-style portal with /file/card?id=N cards. «Режим занятости обучающихся в центре на "
                    "2023/24 учебный год» lists groups, days and times: that is a timetable (current). The "
                    "recommendations link text says only «Методические рекомендации»; the card's extracted text "
                    "starts with the letter of 30.11.2023 № ТВ-2356/02 (current). Two 2023 center news.")
    sub = link_list([(root, "Общая информация"), ("/?section_id=75", "Документы"), ("/?section_id=76", "Режим занятости"),
                     ("/?section_id=77", "Педагоги")], "sub-nav")
    site.page(root, theme("Точка роста", f"<h1>Центр «Точка роста»</h1>{sub}"
                          + template_intro("на базе МБОУ «ООШ № 21»", 2022)))
    rec = document_card(site, 5120, "Методические рекомендации", recommendations_lines(LETTER_2023), theme,
                        created=None)
    pol = document_card(site, 5101, "Положение о центре", ["Положение о центре «Точка роста» МБОУ «ООШ № 21»"], theme)
    site.page("/?section_id=75", theme("Документы", f"<h1>Документы</h1>{sub}<ul><li>{pol}</li><li>{rec}</li></ul>"))
    groups = [["Группа", "Дни занятий", "Время", "Педагог"],
              ["«Юные экологи» (5 кл.)", "понедельник, среда", "14:00–14:40", "Петрова В.А."],
              ["«Химическая мастерская» (8 кл.)", "вторник", "14:50–15:30", "Петрова В.А."],
              ["«Мой первый робот» (3–4 кл.)", "четверг", "13:10–13:50", "Кириллов С.Д."],
              ["«Физика в опытах» (7 кл.)", "пятница", "14:00–14:40", "Кириллов С.Д."]]
    site.page("/?section_id=76", theme("Режим занятости", f"<h1>Режим занятости</h1>{sub}"
                                       "<p><b>Режим занятости обучающихся в центре «Точка роста» на 2023/24 учебный "
                                       "год</b></p>" + table(groups)))
    site.page("/?section_id=77", theme("Педагоги", f"<h1>Педагоги</h1>{sub}<p>Петрова Вера Анатольевна — учитель химии "
                                       "и биологии; Кириллов Сергей Дмитриевич — учитель физики и информатики.</p>"))
    items = _portal_news(site, theme, "/?section_id=3", [
        (20931, "Опубликовано 14.11.2023 10:42", "Экологический десант", "Объединение «Юные экологи» центра «Точка "
         "роста» нашей школы провело акцию по сбору батареек."),
        (20907, "Опубликовано 02.11.2023 09:15", "Родительское собрание", "Собрание для родителей 9 класса по ОГЭ."),
        (20870, "Опубликовано 21.09.2023 15:03", "Роботы идут в школу", "Третьеклассники МБОУ «ООШ № 21» собрали "
         "первых роботов на занятиях в центре «Точка роста»."),
    ])
    site.page("/", theme("Главная", "<h2>Новости</h2>" + news_list(items)))
    site.page("/?section_id=9", theme("Документы", "<h1>Документы школы</h1><p>Устав, лицензия, локальные акты.</p>"))
    return finish(site)


def f34_permschool_card_dates_file():
    school = School("f34", "Муниципальное автономное общеобразовательное учреждение «Кирилловская средняя "
                    "общеобразовательная школа»", "МАОУ «Кирилловская СОШ»", "с. Кирилловка", "Пермский край",
                    "Куединский муниципальный округ", "617700, Пермский край, с. Кирилловка, ул. Советская, 22",
                    "8 (34262) 5-33-18", "kirillovka-sosh@perm-edu.ru", "Хасанова Резеда Ринатовна",
                    "kirillovka.permschool.ru")
    root = "/?section_id=118"
    theme = portal_theme(school, [("Главная", "/"), ("Сведения об ОО", "/?section_id=2"), ("Новости", "/?section_id=4"),
                                  ("Центр «Точка роста»", root), ("Контакты", "/?section_id=8")], 61220377, skin="green")
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 1, False),
                    "permschool-style portal with document cards. The timetable link says only «Расписание занятий "
                    "центра»; the card's own text says «на 2023-2024 учебный год» (current, dated by the document's "
                    "text). Recommendations: only Р-6 and ТВ-977/02 (outdated). One 2023 own-center news; a visit "
                    "to another school's «Точка роста» center does not count.")
    timetable = document_card(site, 7702, "Расписание занятий центра", [
        "УТВЕРЖДАЮ Директор МАОУ «Кирилловская СОШ» Р.Р. Хасанова",
        "Расписание занятий центра «Точка роста» на 2023-2024 учебный год"] + [" | ".join(r) for r in CENTER_WEEK],
        theme, created=None)
    old = [document_card(site, 7040, "Распоряжение Минпросвещения России от 12.01.2021 № Р-6",
                         ["Распоряжение от 12.01.2021 № Р-6"], theme),
           document_card(site, 7311, "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02",
                         recommendations_lines("Письмо от 31.05.2022 № ТВ-977/02"), theme, created="20220615")]
    site.page(root, theme("Центр «Точка роста»", "<h1>Центр «Точка роста»</h1>"
                          + template_intro("на базе МАОУ «Кирилловская СОШ»", 2021)
                          + f"<h2>Расписание</h2><p>{timetable}</p><h2>Документы</h2><ul>"
                          + "".join(f"<li>{a}</li>" for a in old) + "</ul>"))
    items = _portal_news(site, theme, "/?section_id=4", [
        (33120, "06.12.2023", "В гостях у соседей", "Шестиклассники побывали в центре «Точка роста» Куединской "
         "СОШ № 2 и посмотрели, как там работает лаборатория нейротехнологий."),
        (33088, "17.10.2023", "Районная олимпиада по химии", "Ученица 9 класса, занимающаяся в нашем центре "
         "«Точка роста», стала победителем районной олимпиады по химии."),
        (33010, "01.09.2023", "Праздник Первого звонка", "В школу пришли 12 первоклассников."),
    ])
    site.page("/", theme("Главная", "<h2>Новости</h2>" + news_list(items)))
    plain_pages(site, theme, [
        ("/?section_id=2", "Сведения об образовательной организации", link_list(
            [("/?section_id=21", "Основные сведения"), ("/?section_id=22", "Структура и органы управления")])),
        ("/?section_id=21", "Основные сведения", f"<p>{school.full}</p>"),
        ("/?section_id=22", "Структура и органы управления", "<p>Управляющий совет, педагогический совет.</p>"),
        ("/?section_id=8", "Контакты", f"<p>{school.address}</p>")])
    return finish(site)


def f35_khbschool_pointer_to_general_timetable():
    school = School("f35", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 3» Амурского муниципального района", "МБОУ СОШ № 3 г. Амурска", "Амурск",
                    "Хабаровский край", "Амурский муниципальный район", "682640, Хабаровский край, г. Амурск, "
                    "пр. Мира, 31", "8 (42142) 2-45-60", "amursk-sosh3@khb-edu.ru", "Ким Андрей Владимирович",
                    "amursk-sosh3.khbschool.ru")
    root = "/?section_id=93"
    menu = [("Главная", "/"), ("Новости", "/?section_id=1"), ("Расписание", "/?section_id=40"),
            ("Точка роста", root), ("Родителям", "/?section_id=50")]
    theme = portal_theme(school, menu, 40117203)
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, True,
                                   ["documents", "equipment"]),
                    "khbschool-style ?section_id=N pages. The section has no timetable of its own: a sentence says "
                    "it is «размещено в разделе «Расписание»: перейти», and the school's timetable page holds "
                    "«Расписание внеурочной деятельности центра «Точка роста» на 2023-2024 учебный год» (current). "
                    "Recommendations current (LETTER_2023 PDF). Two 2023 center news among school news.")
    sub = link_list([(root, "О центре"), ("/?section_id=94", "Документы"), ("/?section_id=95", "Оборудование")])
    site.page(root, theme("Точка роста", "<h1>Центр «Точка роста»</h1>" + sub
                          + template_intro("на базе МБОУ СОШ № 3 г. Амурска", 2023)
                          + '<p>Расписание занятий центра размещено в разделе «Расписание»: '
                            '<a href="/?section_id=40">перейти</a></p>'))
    site.page("/?section_id=40", theme("Расписание", (
        "<h1>Расписание</h1><h3>Расписание уроков на 2023-2024 учебный год</h3>" + table(LESSONS_2023)
        + "<h3>Расписание внеурочной деятельности центра «Точка роста» на 2023-2024 учебный год</h3>"
        + table(CLUBS_2023) + '<p><a href="/upload/amursk3/zvonki.pdf">Расписание звонков</a></p>')))
    pdf_doc(site, "/upload/amursk3/zvonki.pdf", ["Расписание звонков", "1 урок 8:00–8:40", "2 урок 8:50–9:30"])
    site.page("/?section_id=94", theme("Документы", "<h1>Документы</h1>" + sub + link_list(
        [("/upload/amursk3/tv-2356-02.pdf", LETTER_2023), ("/upload/amursk3/prikaz_tr.pdf", "Приказ об открытии центра")])))
    pdf_doc(site, "/upload/amursk3/tv-2356-02.pdf", recommendations_lines(LETTER_2023), created="20231201")
    pdf_doc(site, "/upload/amursk3/prikaz_tr.pdf", ["Приказ от 25.08.2023 № 201 об открытии центра «Точка роста»"],
            created="20230825")
    site.page("/?section_id=95", theme("Оборудование", "<h1>Материально-техническая база</h1>" + sub + paragraphs(
        "Цифровая лаборатория по экологии, микроскопы, набор ОГЭ по химии, квадрокоптеры.")))
    items = _portal_news(site, theme, "/?section_id=1", [
        (4410, "08.12.2023", "Квадрокоптеры в «Точке роста»", "В нашем центре «Точка роста» начались занятия по "
         "управлению квадрокоптерами для 8–9 классов."),
        (4388, "24.11.2023", "Школьный театр", "Премьера спектакля «Морозко» в исполнении 4б класса."),
        (4350, "01.09.2023", "Открытие центра «Точка роста»", "1 сентября 2023 года в МБОУ СОШ № 3 открылся центр "
         "«Точка роста»: три новых кабинета для физики, химии и биологии."),
    ])
    site.page("/", theme("Главная", "<h2>Новости</h2>" + news_list(items[:2])))
    site.page("/?section_id=50", theme("Родителям", "<h1>Родителям</h1><p>Запись в кружки — через Навигатор.</p>"))
    return finish(site)


def f36_mozdok_promise_only():
    school = School("f36", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа ст. Новоосетинской»", "МБОУ СОШ ст. Новоосетинской", "ст. Новоосетинская",
                    "Республика Северная Осетия — Алания", "Моздокский район", "363710, РСО-Алания, Моздокский "
                    "р-н, ст. Новоосетинская, ул. Кирова, 9", "8 (86736) 9-31-12", "novoset-sosh@osetia-edu.ru",
                    "Дзагоева Фатима Казбековна", "novoset-sosh.mozdokschool.ru")
    root = "/?section_id=112"
    theme = portal_theme(school, [("Главная", "/"), ("Новости", "/?section_id=2"), ("Точка роста", root),
                                  ("Питание", "/?section_id=30"), ("Приём в школу", "/?section_id=31")],
                         30445128, skin="red")
    site = new_site(school, expect(f"https://{school.host}{root}", "missing", 1, False,
                                   ["news"]),
                    "mozdokschool-style ?section_id pages. «Расписание» subsection: «Расписание будет размещено "
                    "после утверждения», plus a «Календарный учебный график» and a «План мероприятий» for "
                    "2023-2024: no timetable (missing). No recommendations at all. News: one own-center item in "
                    "2023 (first sentence date); the programme boilerplate item does not count.")
    sub = link_list([(root, "О центре"), ("/?section_id=113", "Расписание"), ("/?section_id=114", "Новости центра")])
    site.page(root, theme("Точка роста", "<h1>Точка роста</h1>" + sub
                          + template_intro("на базе МБОУ СОШ ст. Новоосетинской", 2023)))
    pdf_doc(site, "/upload/novoset/kug_2023_2024.pdf", ["Календарный учебный график МБОУ СОШ ст. Новоосетинской "
                                                       "на 2023-2024 учебный год", "Начало учебного года: 01.09.2023"])
    pdf_doc(site, "/upload/novoset/plan_tr_2023_2024.pdf", ["План мероприятий центра «Точка роста» на 2023-2024 "
                                                           "учебный год", "Декабрь: научная ёлка"])
    site.page("/?section_id=113", theme("Расписание", "<h1>Расписание</h1>" + sub
                                        + "<p>Расписание занятий центра будет размещено после утверждения.</p>" + link_list(
        [("/upload/novoset/kug_2023_2024.pdf", "Календарный учебный график на 2023-2024 учебный год"),
         ("/upload/novoset/plan_tr_2023_2024.pdf", "План мероприятий центра на 2023-2024 учебный год")])))
    center = [news_item("/?section_id=114&news_id=61", "Научная суббота",
                        "18 ноября 2023 года в нашем центре «Точка роста» прошла научная суббота для учеников "
                        "5–7 классов: опыты с сухим льдом и запуск ракет на воде."),
              news_item("/?section_id=114&news_id=58", "Федеральный проект «Современная школа»", PROGRAMME_BOILERPLATE)]
    news_items(site, theme, center)
    site.page("/?section_id=114", theme("Новости центра", "<h1>Новости центра</h1>" + sub + news_list(center)))
    school_news = [news_item("/?section_id=2&news_id=140", "Осенний бал", "Праздник для старшеклассников.",
                             date="27.10.2023")]
    news_items(site, theme, school_news)
    site.page("/?section_id=2", theme("Новости", "<h1>Новости</h1>" + news_list(school_news)))
    site.page("/", theme("Главная", "<h2>Новости школы</h2>" + news_list(school_news)))
    plain_pages(site, theme, [("/?section_id=30", "Питание", "<p>Ежедневное меню и цикличное меню на 10 дней.</p>"),
                              ("/?section_id=31", "Приём в школу", "<p>Заявления в 1 класс принимаются с 1 апреля.</p>")])
    return finish(site)


# -- DataLife Engine --------------------------------------------------------------------------


def f37_dle_timetable_in_news():
    school = School("f37", "Муниципальное казённое общеобразовательное учреждение «Сосновская средняя "
                    "общеобразовательная школа»", "МКОУ «Сосновская СОШ»", "с. Сосновка", "Курганская область",
                    "Шатровский муниципальный округ", "641960, Курганская обл., с. Сосновка, ул. Школьная, 4",
                    "8 (35257) 9-12-44", "sosnovka-sosh@kurgan-edu.ru", "Мухаметова Гульнара Рифовна",
                    "sosnovka-shkola.ru")

    def cp1251_page(target: str, html: str) -> None:
        # DLE installs of that age are windows-1251, declared only by the <meta> tag
        site.page(target, html, charset="cp1251", declare="meta")

    def theme(title: str, body: str) -> str:
        return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=windows-1251"><title>' + title + '</title>'
                '<meta name="generator" content="DataLife Engine (https://dle-news.ru)">'
                '<link rel="stylesheet" href="/templates/School/css/styles.css"></head><body>'
                f'<div id="header"><h1>{school.short}</h1></div><div id="menu"><a href="/">Главная</a> '
                '<a href="/news/">Новости</a> <a href="/tochka-rosta.html">Точка роста</a> '
                '<a href="/svedeniya.html">Сведения об ОО</a> <a href="/roditelyam.html">Родителям</a> '
                '<a href="/kontakty.html">Контакты</a></div>'
                f'<div id="dle-content">{body}</div><div id="footer">{school.address}<br>'
                'Powered by DataLife Engine © 2023</div></body></html>')

    def story(path: str, title: str, full_date: str, body: str) -> None:
        # the full-story template prints the date without the year («j F, H:i»)
        cp1251_page(path, theme(title, f'<div class="fullstory"><h2>{title}</h2><div class="story-info">'
                                     f'{full_date}. Разместил: admin</div><div class="full-text">{body}</div></div>'))

    site = new_site(school, expect(f"https://{school.host}/tochka-rosta.html", "current", 3, True),
                    "DataLife Engine in windows-1251 declared only by <meta>: short stories print «DD-MM-YYYY, HH:MM. Разместил: admin», full stories print "
                    "a year-less «15 марта, 09:30»; URLs carry /YYYY/MM/DD/. The timetable is inside the news item "
                    "«Расписание на новый учебный год» (table under «… на 2023-2024 учебный год»), linked from the "
                    "section as «Расписание» (current). Publications 2023 about the center: that item, the "
                    "science-week item dated only «15 марта» with 2023 in its URL, and «Химия без границ» = 3.")
    tt_path = "/2023/09/01/1893-raspisanie-na-novyy-uchebnyy-god.html"
    week_path = "/2023/03/15/1801-nedelya-estestvennyh-nauk.html"
    chem_path = "/2023/12/07/1954-himiya-bez-granic.html"
    story(tt_path, "Расписание на новый учебный год", "1 сентября, 08:00",
          "<p>Публикуем расписание занятий центра «Точка роста» нашей школы.</p>"
          "<h3>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h3>" + table(CENTER_WEEK))
    story(week_path, "Неделя естественных наук", "15 марта, 09:30",
          "<p>15 марта в нашем центре «Точка роста» открылась неделя естественных наук: ученики 7–9 классов "
          "показали младшим опыты по физике и химии.</p>")
    story(chem_path, "Химия без границ", "7 декабря, 10:15",
          "<p>В центре «Точка роста» МКОУ «Сосновская СОШ» прошёл районный турнир «Химия без границ»; "
          "наша команда — вторая.</p>")
    story("/2023/11/20/1930-shkolnyy-sport.html", "Первенство по мини-футболу", "20 ноября, 16:40",
          "<p>Сборная школы заняла третье место.</p>")
    shorts = [(chem_path, "Химия без границ", "07-12-2023, 10:15"),
              ("/2023/11/20/1930-shkolnyy-sport.html", "Первенство по мини-футболу", "20-11-2023, 16:40"),
              (tt_path, "Расписание на новый учебный год", "01-09-2023, 08:00")]
    listing = "".join(f'<div class="shortstory"><h3><a href="{p}">{t}</a></h3><div class="story-info">{d}. '
                      'Разместил: admin</div></div>' for p, t, d in shorts)
    cp1251_page("/news/", theme("Новости", listing))
    cp1251_page("/", theme(school.short, listing))
    docs = [("/uploads/files/2023-12/1701951234_metod-rekomendacii.pdf", LETTER_2023),
            ("/uploads/files/2021-09/1631000000_polozhenie.pdf", "Положение о центре «Точка роста»")]
    pdf_doc(site, docs[0][0], recommendations_lines(LETTER_2023), created="20231207")
    pdf_doc(site, docs[1][0], ["Положение о центре «Точка роста» МКОУ «Сосновская СОШ»"], created="20210901")
    cp1251_page("/tochka-rosta.html", theme("Точка роста", (
        "<h2>Центр «Точка роста»</h2>" + template_intro("в МКОУ «Сосновская СОШ»", 2021)
        + f'<h3>Расписание</h3><p><a href="{tt_path}">Расписание</a></p>'
        + "<h3>Документы</h3>" + link_list(docs)
        + f'<h3>Наши события</h3><p><a href="{week_path}">Неделя естественных наук</a></p>')))
    plain_pages(site, theme, [
        ("/svedeniya.html", "Сведения об образовательной организации", f"<p>{school.full}</p>"),
        ("/roditelyam.html", "Родителям", "<p>Бесплатный подвоз из д. Ключи и д. Мостовая.</p>"),
        ("/kontakty.html", "Контакты", f"<p>{school.address}, {school.phone}</p>")], charset="cp1251", declare="meta")
    return finish(site)


# -- script-built sections ----------------------------------------------------------------------


def plain_theme(school: School, menu: list[tuple[str, str]], *, logo_alt: str = "", tagline: str = ""):
    nav = "".join(f'<a href="{href}">{label}</a> ' for label, href in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
                '<link rel="stylesheet" href="/assets/main.css"></head><body><header>'
                f'<a href="/"><img src="/assets/logo.png" alt="{logo_alt or school.short}"></a>'
                f'<p class="tagline">{tagline or school.full}</p><nav>{nav}</nav></header>'
                f'<main>{body}</main><footer>{school.address} · {school.phone} · {school.email}</footer></body></html>')
    return theme


def f38_script_built_tochka():
    school = School("f38", "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 6» г. Горнозаводска",
                    "МБОУ «Лицей № 6»", "Горнозаводск", "Сахалинская область", "Невельский городской округ",
                    "694740, Сахалинская обл., г. Горнозаводск, ул. Победы, 3", "8 (42436) 9-60-06",
                    "licey6-gz@sakh-edu.ru", "Ли Елена Сергеевна", "licey6-gornozavodsk.ru")
    root = "/tochka-rosta/"
    theme = plain_theme(school, _school_menu("Точка роста", root))
    site = new_site(school, expect(f"https://{school.host}{root}", "current", 2, True),
                    "Script-built section: the HTML holds «Загрузка…» and a <noscript> asking to enable "
                    "JavaScript; /js/section-loader.js fills it from /api/sections/tochka-rosta.json. After the "
                    "script runs a person sees a 2023-2024 timetable table (current), LETTER_2023 (current) and two "
                    "2023 center news with <time datetime>. "
                    + UNRENDERED.format(reason="content_inserted_by_script"))
    pdf_doc(site, "/files/tochka/tv-2356-02.pdf", recommendations_lines(LETTER_2023), created="20231204")
    blocks = [
        template_intro("на базе МБОУ «Лицей № 6» г. Горнозаводска", 2022),
        "<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>" + table(CLUBS_2023),
        "<h2>Документы</h2>" + link_list([("/files/tochka/tv-2356-02.pdf", LETTER_2023)]),
        '<h2>Новости центра</h2><article><time datetime="2023-11-29">29.11.2023</time><h3>Лицеисты изучили '
        'спектры звёзд</h3><p>На занятии «Физика вокруг нас» в нашем центре «Точка роста» ученики собрали '
        'спектроскоп.</p></article><article><time datetime="2023-10-12">12.10.2023</time><h3>Биологический '
        'квест</h3><p>Пятиклассники лицея прошли квест в лаборатории центра «Точка роста».</p></article>',
    ]
    script_built_page(site, root, theme, "Центр «Точка роста»", blocks,
                      api="/api/sections/tochka-rosta.json", script="/js/section-loader.js")
    items = [news_item("/news/2023-11-20-vstrecha-vypusknikov.html", "Встреча выпускников",
                       "Лицей встретил выпускников 2003 года.", date="20.11.2023")]
    news_items(site, theme, items)
    site.page("/news/", theme("Новости", "<h1>Новости</h1>" + news_list(items)))
    site.page("/", theme(school.short, "<h1>Добро пожаловать</h1>" + news_list(items)))
    _school_pages(site, theme, school)
    return finish(site)


def _school_menu(center_label: str, root: str) -> list[tuple[str, str]]:
    return [("Главная", "/"), ("Сведения", "/sveden/"), ("Новости", "/news/"), (center_label, root),
            ("Поступающим", "/priem/"), ("Контакты", "/kontakty/")]


def _school_pages(site, theme, school: School) -> None:
    plain_pages(site, theme, [
        ("/sveden/", "Сведения об образовательной организации", link_list(
            [("/sveden/common/", "Основные сведения"), ("/sveden/employees/", "Педагогический состав")])),
        ("/sveden/common/", "Основные сведения", f"<p>{school.full}</p>"),
        ("/sveden/employees/", "Педагогический состав", "<p>Список педагогов размещён в формате таблицы.</p>"),
        ("/priem/", "Поступающим", "<p>Приём документов в 1 и 10 классы.</p>"),
        ("/kontakty/", "Контакты", f"<p>{school.address}</p><p>{school.phone}</p>")])


def f39_script_built_it_cube_stale():
    school = School("f39", "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
                    "школа № 15» г. Нижнеозёрска", "МАОУ СОШ № 15 г. Нижнеозёрска", "Нижнеозёрск",
                    "Оренбургская область", "Нижнеозёрский городской округ",
                    "461580, Оренбургская обл., г. Нижнеозёрск, ул. Чкалова, 15", "8 (35355) 4-15-15",
                    "sosh15-noz@orb-edu.ru", "Абрамов Денис Олегович", "sosh15-nozersk.ru")
    root = "/it-cube/"
    theme = plain_theme(school, _school_menu("IT-куб", root))
    site = new_site(school, expect(f"https://{school.host}{root}", "stale", 1, True),
                    "Script-built IT-куб section (placeholder «Загрузка…» + <noscript>, filled by /js/cube.js from "
                    "/api/it-cube.json). After rendering: only «Расписание занятий IT-куба на 2022/2023 учебный "
                    "год» (XLSX): stale. Recommendations cite ТВ-2356/02 (read whatever the center type). One "
                    "2023 item about the school's own IT-куб. "
                    + UNRENDERED.format(reason="content_inserted_by_script"), center_type="it_cube")
    xlsx_doc(site, "/files/it-cube/raspisanie_2022_2023.xlsx",
             [["Расписание занятий IT-куба на 2022/2023 учебный год"], ["Направление", "Группа", "Дни", "Время"],
              ["Программирование на Python", "1", "пн, ср", "15:00–16:30"],
              ["Мобильная разработка", "2", "вт, чт", "15:00–16:30"]])
    pdf_doc(site, "/files/it-cube/metod.pdf", ["Методические рекомендации (письмо Минпросвещения России от "
                                               "30.11.2023 № ТВ-2356/02)", "Цифровая образовательная среда"],
            created="20231208")
    blocks = [
        "<p>Центр цифрового образования детей «IT-куб» работает на базе МАОУ СОШ № 15 с 2022 года.</p>",
        "<h2>Расписание</h2>" + link_list([("/files/it-cube/raspisanie_2022_2023.xlsx",
                                            "Расписание занятий IT-куба на 2022/2023 учебный год")]),
        "<h2>Документы</h2>" + link_list([("/files/it-cube/metod.pdf", "Методические рекомендации (письмо "
                                           "Минпросвещения России от 30.11.2023 № ТВ-2356/02)")]),
        '<h2>Новости</h2><article><time datetime="2023-10-26">26 октября 2023</time><h3>Хакатон в нашем '
        'IT-кубе</h3><p>Ученики 8–10 классов за сутки написали игру.</p></article>',
    ]
    script_built_page(site, root, theme, "IT-куб", blocks, api="/api/it-cube.json", script="/js/cube.js")
    site.page("/news/", theme("Новости", "<h1>Новости</h1><p>Новости школы переехали в сообщество ВКонтакте.</p>"))
    site.page("/", theme(school.short, "<h1>Главная страница</h1>" + paragraphs(
        "Школа № 15 — одна из крупнейших в городе: 1 240 учеников.", "Приём в 1 класс — с 1 апреля.")
        + '<a href="/it-cube/"><img src="/assets/banners/it-cube.png" alt="IT-куб"></a>'))
    _school_pages(site, theme, school)
    return finish(site)


# -- whole-site school Kvantorium -----------------------------------------------------------------


def f40_whole_site_kvantorium():
    school = School("f40", "Школьный Кванториум МАОУ «Лицей № 3» г. Сосновогорска", "Школьный Кванториум",
                    "Сосновогорск", "Республика Коми", "Сосновогорский муниципальный район",
                    "169500, Республика Коми, г. Сосновогорск, ул. Зои Космодемьянской, 2", "8 (82149) 5-33-03",
                    "kvant-licey3@komi-edu.ru", "Попова Ольга Викторовна", "kvantorium-licey3.ru")
    menu = [("Главная", "/"), ("О нас", "/o-nas/"), ("Направления", "/napravleniya/"), ("Расписание", "/raspisanie/"),
            ("Документы", "/dokumenty/"), ("Новости", "/novosti/"), ("Контакты", "/kontakty/")]
    theme = plain_theme(school, menu, logo_alt="Школьный Кванториум Лицея № 3",
                        tagline="Школьный технопарк «Кванториум» на базе МАОУ «Лицей № 3» г. Сосновогорска")
    site = new_site(school, expect(f"https://{school.host}/", "current", 3, True,
                                   ["general", "documents", "schedule", "programs", "news", "contacts"]),
                    "Whole-site school Kvantorium: the seed URL is the center's own site, the home page is titled "
                    "just «Главная», the logo alt and header tagline name the center. Timetable table «Расписание "
                    "занятий по квантумам на 2023-2024 учебный год» (current). Recommendations cite ТВ-2356/02. "
                    "Three 2023 news of the technopark (every item is about the own center), one 2022 item.",
                    center_type="kvantorium")
    grid = [["Квантум", "Группа", "Дни", "Время", "Наставник"],
            ["Робоквантум", "Р-1", "пн, ср", "14:30–16:00", "Осипов Г.Н."],
            ["IT-квантум", "IT-2", "вт, чт", "15:00–16:30", "Юркина М.П."],
            ["Хайтек", "Х-1", "пт", "14:30–17:00", "Осипов Г.Н."],
            ["Биоквантум", "Б-1", "ср", "15:00–16:30", "Лаптева С.А."]]
    site.page("/raspisanie/", theme("Расписание", "<h1>Расписание занятий по квантумам на 2023-2024 учебный год</h1>"
                                    + table(grid)))
    news = [news_item("/novosti/kvantoriada-2023/", "Кванториада-2023", "Команда нашего Кванториума привезла "
                      "два диплома с республиканской Кванториады.", date="11 декабря 2023"),
            news_item("/novosti/den-otkrytyh-dverey/", "День открытых дверей", "В школьном Кванториуме лицея "
                      "прошёл день открытых дверей для пятиклассников города.", date="16 сентября 2023"),
            news_item("/novosti/robofest/", "«Робофест»: мы в финале", "Робоквантумцы вышли в финал регионального "
                      "этапа «Робофеста».", date="3 марта 2023"),
            news_item("/novosti/otkrytie/", "Открытие школьного Кванториума", "В лицее открылся школьный "
                      "Кванториум.", date="1 сентября 2022")]
    news_items(site, theme, news)
    site.page("/novosti/", theme("Новости", "<h1>Новости</h1>" + news_list(news)))
    site.page("/", theme("Главная", "<h1>Школьный Кванториум</h1><p>Технопарк для учеников 5–11 классов: "
                         "робототехника, программирование, хайтек, биотехнологии.</p>" + news_list(news[:3])))
    site.page("/o-nas/", theme("О нас", "<h1>О нас</h1><p>Школьный технопарк «Кванториум» создан на базе "
                               "МАОУ «Лицей № 3» в 2022 году в рамках федерального проекта «Современная школа».</p>"))
    site.page("/napravleniya/", theme("Направления", "<h1>Направления</h1>" + link_list(
        [("/files/programma_robokvantum.docx", "Программа «Робоквантум»"),
         ("/files/programma_it.docx", "Программа «IT-квантум»")])))
    for target, name in [("/files/programma_robokvantum.docx", "Робоквантум"), ("/files/programma_it.docx", "IT-квантум")]:
        docx_doc(site, target, [f"Дополнительная общеобразовательная программа «{name}»", "Объём: 144 часа"],
                 created=datetime(2023, 8, 25))
    site.page("/dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list(
        [("/files/metod_rek_tv-2356-02.pdf", "Методические рекомендации (письмо Минпросвещения России от "
          "30.11.2023 № ТВ-2356/02)"), ("/files/polozhenie_kvantorium.pdf", "Положение о школьном Кванториуме")])))
    pdf_doc(site, "/files/metod_rek_tv-2356-02.pdf", recommendations_lines(LETTER_2023), created="20231206")
    pdf_doc(site, "/files/polozhenie_kvantorium.pdf", ["Положение о школьном технопарке «Кванториум» МАОУ «Лицей № 3»"])
    site.page("/kontakty/", theme("Контакты", f"<h1>Контакты</h1><p>{school.address}</p><p>{school.phone}</p>"))
    return finish(site)


# -- hard negative: a school without any center ---------------------------------------------------


def f41_no_center_growth_points():
    school = School("f41", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 11» "
                    "г. Белоярска", "МБОУ «Гимназия № 11»", "Белоярск", "Тюменская область",
                    "Белоярский городской округ", "625800, Тюменская обл., г. Белоярск, ул. Дружбы, 11",
                    "8 (3452) 50-11-11", "gimn11-beloyarsk@tmn-edu.ru", "Шалимова Юлия Петровна", "gimn11-beloyarsk.ru")
    menu = [("Главная", "/"), ("Сведения", "/sveden/"), ("Новости", "/novosti/"), ("Расписание", "/raspisanie/"),
            ("Дополнительное образование", "/dop/")]
    theme = plain_theme(school, menu)
    site = new_site(school, expect(None, "missing", 0, False, section_found=False),
                    "Hard negative: a city gymnasium with no «Точка роста», Кванториум or IT-куб at all. Its news "
                    "say «Педсовет: точки роста школы в новом учебном году» and «Отправная точка роста» "
                    "(management phrases), and it has an ordinary school timetable: section not found, nothing "
                    "to count.")
    news = [news_item("/novosti/pedsovet-2023/", "Педсовет: точки роста школы в новом учебном году",
                      "На августовском педсовете коллектив определил точки роста школы: функциональная грамотность, "
                      "наставничество и проектная работа.", date="29.08.2023"),
            news_item("/novosti/otpravnaya-tochka/", "Отправная точка роста",
                      "Стартовал проект наставничества «Отправная точка роста»: старшеклассники помогают "
                      "пятиклассникам освоиться в гимназии.", date="18.10.2023"),
            news_item("/novosti/olimpiada/", "Олимпиада по математике", "Итоги школьного этапа.", date="07.11.2023")]
    news_items(site, theme, news)
    site.page("/novosti/", theme("Новости", "<h1>Новости</h1>" + news_list(news)))
    site.page("/", theme("Главная", "<h1>Гимназия № 11</h1>" + news_list(news)))
    site.page("/raspisanie/", theme("Расписание", "<h1>Расписание уроков на 2023-2024 учебный год</h1>"
                                    + table(LESSONS_2023).replace("Точка роста, ", "")))
    site.page("/dop/", theme("Дополнительное образование", "<h1>Дополнительное образование</h1><p>Кружки: хор, "
                             "шахматы, баскетбол. Запись через Навигатор.</p>"))
    site.page("/sveden/", theme("Сведения", f"<h1>Сведения об образовательной организации</h1><p>{school.full}</p>"))
    return finish(site)


# -- an old hand-made site: frames, table layout, windows-1251 with no declaration ---------------------


def f42_old_frameset_cp1251():
    school = School("f42", "Муниципальное общеобразовательное учреждение «Новосёлковская средняя школа»",
                    "МОУ «Новосёлковская СШ»", "с. Новосёлки", "Ярославская область", "Некоузский район",
                    "152710, Ярославская обл., с. Новосёлки, ул. Центральная, 1", "8 (48547) 2-31-09",
                    "novoselki-school@yandex.ru", "Куликов Павел Иванович", "novoselki-school.ru")
    site = new_site(school, expect(f"http://{school.host}/tochka.htm", "current", 2, False),
                    "Old hand-made site: the home page is a <frameset> (menu.htm + main.htm), pages are table layout "
                    "in windows-1251 with no charset anywhere. tochka.htm (opened in the main frame) holds "
                    "«Расписание занятий Центра \"Точка роста\" на 2023-2024 учебный год» and a table (current). "
                    "Recommendations only Р-20 of 2019 (outdated). News print «Ноябрь 17, 2023»: two 2023 center "
                    "items count, a «Декабрь 24, 2021» one does not.", scheme="http")

    def old(title: str, body: str) -> str:
        return (f"<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY BGCOLOR=#FFFFF0><TABLE WIDTH=760 BORDER=0 "
                f"CELLPADDING=4><TR><TD><FONT FACE=Verdana SIZE=2>{body}</FONT></TD></TR></TABLE>"
                '<P><A HREF="http://top100.rambler.ru/"><IMG SRC="counter.gif" ALT="Rambler\'s Top100" BORDER=0></A>'
                "</BODY></HTML>")

    def page(target: str, title: str, body: str) -> None:
        site.page(target, old(title, body), charset="cp1251", declare="none")

    site.page("/", '<HTML><HEAD><TITLE>МОУ Новосёлковская СШ</TITLE></HEAD><FRAMESET COLS="200,*" FRAMEBORDER=0>'
              '<FRAME SRC="menu.htm" NAME="menu"><FRAME SRC="main.htm" NAME="main"><NOFRAMES><BODY>'
              '<A HREF="main.htm">Главная</A> <A HREF="tochka.htm">Точка роста</A></BODY></NOFRAMES></FRAMESET></HTML>',
              charset="cp1251", declare="none")
    page("/menu.htm", "Меню", "".join(f'<A HREF="{h}" TARGET="main">{t}</A><BR>' for h, t in [
        ("main.htm", "Главная"), ("history.htm", "История школы"), ("novosti.htm", "Новости"),
        ("tochka.htm", "Точка роста"), ("uchitelya.htm", "Учителя"), ("kontakty.htm", "Контакты")]))
    page("/main.htm", "Главная", f"<H2>{school.full}</H2><P>Сайт школы. Обновлено 08.12.2023</P>"
         '<P><IMG SRC="foto/school.jpg" WIDTH=300></P>')
    page("/history.htm", "История школы", "<H2>История школы</H2><P>Школа основана в 1936 году.</P>")
    page("/uchitelya.htm", "Учителя", "<H2>Учителя</H2><P>Куликов П.И. — директор, история.</P>"
         "<P>Смирнова А.Г. — физика, руководитель центра «Точка роста».</P>")
    page("/kontakty.htm", "Контакты", f"<H2>Контакты</H2><P>{school.address}<BR>{school.phone}</P>")
    pdf_doc(site, "/doc/rasp_r-20.pdf", ["Распоряжение Минпросвещения России от 01.03.2019 № Р-20",
                                         "Методические рекомендации по созданию мест для реализации программ "
                                         "цифрового, естественнонаучного, технического и гуманитарного профилей"],
            created="20190315")
    page("/tochka.htm", "Точка роста", (
        '<H2>Центр образования цифрового и гуманитарного профилей "Точка роста"</H2>'
        + template_intro("в МОУ «Новосёлковская СШ»", 2020, "цифрового и гуманитарного")
        + '<H3>Расписание занятий Центра "Точка роста" на 2023-2024 учебный год</H3>'
        + table(CLUBS_2023, "BORDER=1 CELLSPACING=0 CELLPADDING=3")
        + '<P>Документы: <A HREF="doc/rasp_r-20.pdf">Методические рекомендации (распоряжение от 01.03.2019 № Р-20)</A>'
        + '</P><P><A HREF="novosti.htm">Новости центра</A></P>'))
    page("/novosti.htm", "Новости", (
        "<H2>Новости</H2><P><B>Ноябрь 17, 2023</B><BR>В центре «Точка роста» нашей школы прошёл день "
        "программиста: ребята собрали первый сайт класса.</P><P><B>Октябрь 3, 2023</B><BR>Ученики 7 класса "
        "провели в «Точке роста» конкурс «Юный физик».</P><P><B>Сентябрь 1, 2023</B><BR>Поздравляем с Днём "
        "знаний!</P><P><B>Декабрь 24, 2021</B><BR>Новогодняя выставка поделок в центре «Точка роста».</P>"))
    return finish(site)


SITES = [f33_kuzbass_employment_mode(), f34_permschool_card_dates_file(), f35_khbschool_pointer_to_general_timetable(),
         f36_mozdok_promise_only(), f37_dle_timetable_in_news(), f38_script_built_tochka(),
         f39_script_built_it_cube_stale(), f40_whole_site_kvantorium(), f41_no_center_growth_points(),
         f42_old_frameset_cp1251()]
