"""Hold-out sites f13–f21: Joomla ×3, edusite ×2, Tilda-like constructor ×2, a whole-site
IT-куб and a dead site. Each site builder returns one ``Site``; ``SITES`` lists them."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from tests.fixtureweb.holdout._f_part1_common import (
    CLUBS_2023,
    LESSONS_2023,
    SCAN_GRID,
    School,
    bullets,
    docx_doc,
    finish,
    link_list,
    new_site,
    news_list,
    paragraphs,
    pdf_doc,
    picture,
    recommendations_lines,
    table,
    template_intro,
    timetable_jpeg,
    xlsx_doc,
)
from tests.fixtureweb.kit import Site
from tests.fixtureweb.sites.a_common import metrika

Theme = Callable[[str, str], str]
TABLE_CLASS = 'class="table"'


# == Joomla ===============================================================================
def joomla_theme(school: School, menu: list[tuple[str, str]], *, counter: int) -> Theme:
    """A Joomla 3 school template: top module with the name, horizontal mod_menu, breadcrumbs,
    a left column with banners and the footer with the visit counter."""
    nav = "".join(f'<li class="item"><a href="{h}">{t}</a></li>' for t, h in menu)

    def render(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru-ru" dir="ltr"><head><meta charset="utf-8"><title>{title}</title>'
                f'<meta name="generator" content="Joomla! - Open Source Content Management">'
                f'<link href="/templates/protostar/css/template.css" rel="stylesheet"></head><body class="site com_content">'
                f'<div class="header"><a class="brand" href="/"><img src="/images/logo-school.png" alt="{school.short}">'
                f'</a><div class="header-search">{school.full}</div></div>'
                f'<nav class="navigation"><ul class="nav menu nav-pills">{nav}</ul></nav>'
                f'<div class="row-fluid"><div id="aside" class="span3"><div class="moduletable">'
                f'<a href="https://edu.gov.ru/"><img src="/images/banners/minpros.jpg" alt="Минпросвещения России"></a>'
                f'<a href="https://p58.навигатор.дети/"><img src="/images/banners/navigator.jpg" alt="Навигатор"></a></div></div>'
                f'<main id="content" class="span9"><ul class="breadcrumb"><li><a href="/">Главная</a></li><li>{title}</li></ul>'
                f'{body}</main></div><footer class="footer"><p>&copy; 2023 {school.short}. {school.address}. Тел.: {school.phone}</p>'
                f'{metrika(counter)}</footer></body></html>')
    return render


def joomla_item(title: str, body: str, published: str = "") -> str:
    info = f'<dl class="article-info muted"><dd class="published"><span class="icon-calendar"></span> ' \
           f'Опубликовано: {published}</dd><dd class="hits">Просмотров: 57</dd></dl>' if published else ""
    return f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">{title}</h2></div>{info}' \
           f'<div itemprop="articleBody">{body}</div></div>'


def joomla_blog(items: list[dict]) -> str:
    return '<div class="blog">' + "".join(
        f'<div class="items-row"><h2><a href="{i["target"]}">{i["title"]}</a></h2>'
        f'<dl class="article-info muted"><dd class="published">Опубликовано: {i["published"]}</dd></dl>'
        f'<p>{i.get("teaser", "")}</p><a class="readmore" href="{i["target"]}">Подробнее...</a></div>' for i in items) + "</div>"


def joomla_news(site: Site, theme: Theme, items: list[dict]) -> None:
    for item in items:
        site.page(item["target"], theme(item["title"], joomla_item(item["title"], item["body"], item["published"])))


def f13_joomla_documents_table_accordion() -> Site:
    school = School("f13", "Муниципальное бюджетное общеобразовательное учреждение «Малиновская средняя общеобразовательная школа»",
                    "МБОУ «Малиновская СОШ»", "с. Малиновка", "Томская область", "Томский район",
                    "634540, Томская обл., Томский р-н, с. Малиновка, ул. Школьная, 7", "8 (3822) 94-41-18",
                    "malinovka-sosh@tomsk.ru", "Лебедева Инна Викторовна", "malinovka-sosh.ru")
    base = "/index.php/tochka-rosta"
    menu = [("Главная", "/"), ("Сведения об ОО", "/index.php/svedeniya"), ("Точка роста", base),
            ("Новости", "/index.php/novosti"), ("Контакты", "/index.php/kontakty")]
    theme = joomla_theme(school, menu, counter=70133512)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 3, "recommendations_current": True, "section_url": f"{school.url}index.php/tochka-rosta",
        "subsections": ["documents", "schedule", "news", "teachers"]}, (
        "Joomla 3 with SEF URLs. The documents subsection is a <table> listing «Письмо Минпросвещения России от "
        "30.11.2023 г. № ТВ-2356/02 «О направлении методических рекомендаций»» and «Распоряжение … от 12.01.2021 "
        "№ Р-6 (утратило актуальность)»: current. The timetable page is a Bootstrap accordion under «Расписание "
        "занятий центра … на 2023-2024 учебный год», one collapsed panel per kind: current. Center news dated "
        "«Опубликовано: Чт, 07 декабря 2023 14:20»: three in 2023, one in 2022."))
    sub = [(f"{base}/dokumenty", "Документы"), (f"{base}/raspisanie", "Расписание"), (f"{base}/pedagogi", "Педагоги"),
           (f"{base}/novosti-tsentra", "Новости центра")]
    site.page(base, theme("Точка роста", joomla_item("Центр «Точка роста»", template_intro("на базе МБОУ «Малиновская СОШ»", 2021)
                                                     + link_list(sub))))
    files = "/images/documents/tochka"
    rows = [["№", "Наименование документа", "Файл"],
            ["1", "Письмо Минпросвещения России от 30.11.2023 г. № ТВ-2356/02 «О направлении методических рекомендаций»",
             f'<a href="{files}/pismo_tv-2356-02.pdf">Скачать</a>'],
            ["2", "Распоряжение Минпросвещения России от 12.01.2021 № Р-6 (утратило актуальность)",
             f'<a href="{files}/rasporyazhenie_r-6.pdf">Скачать</a>'],
            ["3", "Положение о центре «Точка роста»", f'<a href="{files}/polozhenie.pdf">Скачать</a>'],
            ["4", "План учебно-воспитательных мероприятий на 2023-2024 учебный год", f'<a href="{files}/plan_2023-2024.pdf">Скачать</a>']]
    site.page(f"{base}/dokumenty", theme("Документы", joomla_item("Документы", table(rows, 'class="table table-bordered"'))))
    pdf_doc(site, f"{files}/pismo_tv-2356-02.pdf", recommendations_lines("Письмо от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, f"{files}/rasporyazhenie_r-6.pdf", ["Распоряжение от 12.01.2021 № Р-6"])
    pdf_doc(site, f"{files}/polozhenie.pdf", ["Положение о центре «Точка роста» МБОУ «Малиновская СОШ»"])
    pdf_doc(site, f"{files}/plan_2023-2024.pdf", ["План мероприятий центра «Точка роста» на 2023-2024 учебный год",
                                                 "Сентябрь: день открытых дверей", "Февраль: день российской науки"])
    panels = [("vneur", "Внеурочная деятельность", CLUBS_2023), ("uroch", "Урочная деятельность", LESSONS_2023),
              ("dop", "Дополнительное образование", CLUBS_2023[:3])]
    accordion = '<div class="accordion" id="tr-accordion">' + "".join(
        f'<div class="accordion-group"><div class="accordion-heading"><a class="accordion-toggle" data-toggle="collapse" '
        f'data-parent="#tr-accordion" href="#{key}">{name}</a></div><div id="{key}" class="accordion-body collapse">'
        f'<div class="accordion-inner">{table(grid, TABLE_CLASS)}</div></div></div>' for key, name, grid in panels) + "</div>"
    site.page(f"{base}/raspisanie", theme("Расписание", joomla_item(
        "Расписание", "<h3>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h3>" + accordion)))
    site.page(f"{base}/pedagogi", theme("Педагоги", joomla_item("Педагоги центра", table([
        ["ФИО", "Должность"], ["Лебедев Павел Андреевич", "руководитель центра"], ["Тихонова Вера Сергеевна", "учитель химии"]]))))
    news = [
        {"target": f"{base}/novosti-tsentra/318-nedelya-estestvennyh-nauk", "published": "Чт, 07 декабря 2023 14:20",
         "title": "Неделя естественных наук", "teaser": "Итоги недели.",
         "body": paragraphs("В центре «Точка роста» нашей школы завершилась неделя естественных наук: 11 мастер-классов и "
                            "защита мини-проектов.")},
        {"target": f"{base}/novosti-tsentra/305-robototehnicheskiy-turnir", "published": "Пн, 16 октября 2023 09:05",
         "title": "Школьный робототехнический турнир", "teaser": "Соревнования роботов.",
         "body": paragraphs("Юные робототехники Малиновской школы соревновались в кегельринге на базе центра «Точка роста».")},
        {"target": f"{base}/novosti-tsentra/297-den-otkrytyh-dverey", "published": "Ср, 13 сентября 2023 16:40",
         "title": "День открытых дверей в «Точке роста»", "teaser": "Для родителей.",
         "body": paragraphs("Родители познакомились с программами нашего центра на новый учебный год.")},
        {"target": f"{base}/novosti-tsentra/241-god-raboty", "published": "Пт, 25 ноября 2022 11:00",
         "title": "Год работы центра", "teaser": "Итоги года.", "body": paragraphs("Центр «Точка роста» подвёл итоги первого года.")}]
    joomla_news(site, theme, news)
    site.page(f"{base}/novosti-tsentra", theme("Новости центра", joomla_blog(news)))
    general = [{"target": "/index.php/novosti/320-zimniy-festival", "published": "Пн, 11 декабря 2023 10:00",
                "title": "Зимний фестиваль ГТО", "body": paragraphs("Прошёл зимний фестиваль ГТО.")}]
    joomla_news(site, theme, general)
    site.page("/index.php/novosti", theme("Новости", joomla_blog(general + news[:2])))
    site.page("/", theme("Главная", "<h2>Добро пожаловать!</h2>" + joomla_blog(general + news[:2])
                         + f'<a href="{base}"><img src="/images/banners/tochka_rosta.jpg" alt="Точка роста"></a>'))
    site.page("/index.php/svedeniya", theme("Сведения", joomla_item("Сведения об образовательной организации", f"<p>{school.full}</p>")))
    site.page("/index.php/kontakty", theme("Контакты", joomla_item("Контакты", f"<p>{school.address}</p><p>{school.email}</p>")))
    return finish(site)


def f14_joomla_scan_only_year_in_picture() -> Site:
    school = School("f14", "Муниципальное автономное общеобразовательное учреждение «Усть-Ишимская средняя школа № 2»",
                    "МАОУ «Усть-Ишимская СШ № 2»", "с. Усть-Ишим", "Омская область", "Усть-Ишимский муниципальный район",
                    "646580, Омская обл., с. Усть-Ишим, ул. Кооперативная, 11", "8 (38150) 2-14-77",
                    "ui-school2@mail.ru", "Рахимов Ринат Зуфарович", "ust-ishim-school2.ru")
    art = "/index.php?option=com_content&view=article"
    base = f"{art}&id=40&Itemid=115"
    menu = [("Главная", "/"), ("Школа", f"{art}&id=2&Itemid=101"), ("Точка роста", base), ("Контакты", f"{art}&id=3&Itemid=102")]
    theme = joomla_theme(school, menu, counter=61022874)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": False, "section_url": f"{school.url}index.php?option=com_content&view=article&id=40&Itemid=115",
        "subsections": ["schedule", "documents", "news"]}, (
        "Joomla without SEF (index.php?option=com_content&view=article&id=…). The timetable is a JPEG photo "
        "/images/tochka/raspisanie.jpg with alt «Расписание» only; the year 2023-2024 is written only inside the "
        "picture (OCR-readable DejaVu text): a person reading it sees a current timetable. Documents cite only "
        "ТВ-977/02 (outdated). News: two 2023 own-center items, one 2023 class visit to the regional «Кванториум» "
        "(not own center), one 2022 item; dates like «14.11.2023 10:25»."))
    picture(site, "/images/tochka/raspisanie.jpg", lambda: timetable_jpeg(
        "Расписание занятий центра «Точка роста» на 2023-2024 учебный год", SCAN_GRID))
    site.page(base, theme("Точка роста", joomla_item("Центр «Точка роста»", template_intro("на базе МАОУ «Усть-Ишимская СШ № 2»", 2020)
        + link_list([(f"{art}&id=41&Itemid=116", "Расписание"), (f"{art}&id=42&Itemid=117", "Документы"),
                     ("/index.php?option=com_content&view=category&id=19&Itemid=118", "Новости центра")]))))
    site.page(f"{art}&id=41&Itemid=116", theme("Расписание", joomla_item(
        "Расписание", '<p><img src="/images/tochka/raspisanie.jpg" alt="Расписание" width="900"></p>')))
    site.page(f"{art}&id=42&Itemid=117", theme("Документы", joomla_item("Документы", link_list([
        ("/images/docs/metod_rek_tv-977.pdf", "Методические рекомендации (письмо от 31.05.2022 № ТВ-977/02)"),
        ("/images/docs/polozhenie_tr.pdf", "Положение о центре")]))))
    pdf_doc(site, "/images/docs/metod_rek_tv-977.pdf", recommendations_lines("от 31.05.2022 № ТВ-977/02"))
    pdf_doc(site, "/images/docs/polozhenie_tr.pdf", ["Положение о центре «Точка роста» МАОУ «Усть-Ишимская СШ № 2»"])
    news = [
        {"target": f"{art}&id=77&catid=19&Itemid=118", "published": "14.11.2023 10:25", "title": "Химический турнир",
         "body": paragraphs("На базе нашего центра «Точка роста» прошёл районный химический турнир, участвовали 5 школ.")},
        {"target": f"{art}&id=75&catid=19&Itemid=118", "published": "30.10.2023 15:02", "title": "Поездка в Кванториум",
         "body": paragraphs("8 класс посетил детский технопарк «Кванториум» в Омске: ребята собрали квадрокоптер "
                            "под руководством наставников технопарка.")},
        {"target": f"{art}&id=71&catid=19&Itemid=118", "published": "21.09.2023 12:40", "title": "Урок цифры в Точке роста",
         "body": paragraphs("Ученики 6–7 классов провели «Урок цифры» в компьютерном классе центра «Точка роста» "
                            "Усть-Ишимской школы № 2.")},
        {"target": f"{art}&id=58&catid=19&Itemid=118", "published": "12.05.2022 09:14", "title": "Защита проектов",
         "body": paragraphs("В нашем центре прошла защита проектов.")}]
    joomla_news(site, theme, news)
    site.page("/index.php?option=com_content&view=category&id=19&Itemid=118", theme("Новости центра", joomla_blog(news)))
    site.page("/", theme("Главная", joomla_blog(news[:3])))
    site.page(f"{art}&id=2&Itemid=101", theme("Школа", joomla_item("О школе", f"<p>{school.full}. Директор: {school.director}.</p>")))
    site.page(f"{art}&id=3&Itemid=102", theme("Контакты", joomla_item("Контакты", f"<p>{school.address}</p>")))
    return finish(site)


def f15_joomla_docx_own_text_soft404() -> Site:
    school = School("f15", "Муниципальное бюджетное общеобразовательное учреждение «Камышлинская средняя общеобразовательная школа»",
                    "МБОУ «Камышлинская СОШ»", "с. Камышла", "Самарская область", "муниципальный район Камышлинский",
                    "446970, Самарская обл., с. Камышла, ул. Победы, 25", "8 (84664) 3-30-12",
                    "kamyshla_sch@samara.edu.ru", "Галиев Ильдар Рустемович", "kamyshla-school.ru")
    menu = [("Главная", "/"), ("О школе", "/o-shkole.html"), ("Точка роста", "/tochka-rosta.html"), ("Новости", "/novosti.html"),
            ("Галерея", "/index.php/component/content/article/99-staraya-galereya")]
    theme = joomla_theme(school, menu, counter=55410987)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 1, "recommendations_current": True, "section_url": f"{school.url}tochka-rosta.html",
        "subsections": ["schedule", "documents"]}, (
        "Joomla with .html SEF suffix; unknown paths answer 200 with a «not found» page (soft 404) — the menu's "
        "«Галерея» is such a dead link. The timetable is a DOCX linked as «Расписание центра (docx)»; only its own "
        "text says «на 2023-2024 учебный год» (current). News: one 2023 item about our center; a 2023 item about "
        "«более 2 000 центров» in the country has no own-school marker and does not count. Recommendations ТВ-2356/02."),
        soft404=True)
    site.page("/tochka-rosta.html", theme("Точка роста", joomla_item("Точка роста", template_intro("на базе МБОУ «Камышлинская СОШ»", 2022)
        + link_list([("/tochka-rosta/raspisanie.html", "Расписание"), ("/tochka-rosta/dokumenty.html", "Документы")]))))
    site.page("/tochka-rosta/raspisanie.html", theme("Расписание", joomla_item("Расписание", link_list([
        ("/images/docs/tr/raspisanie_tsentra.docx", "Расписание центра (docx)")]))))
    docx_doc(site, "/images/docs/tr/raspisanie_tsentra.docx",
             ["УТВЕРЖДАЮ. Директор МБОУ «Камышлинская СОШ» И.Р. Галиев",
              "Расписание занятий центра «Точка роста» на 2023-2024 учебный год"], CLUBS_2023,
             created=datetime(2023, 9, 1, 8, 30), author="Завуч")
    site.page("/tochka-rosta/dokumenty.html", theme("Документы", joomla_item("Документы", link_list([
        ("/images/docs/tr/metod_rekomendacii_2023.pdf", "Методические рекомендации, направленные письмом Минпросвещения России от 30.11.2023 № ТВ-2356/02")]))))
    pdf_doc(site, "/images/docs/tr/metod_rekomendacii_2023.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    news = [
        {"target": "/novosti/142-nedelya-nauki.html", "published": "Вт, 07 февраля 2023 13:10", "title": "Неделя науки",
         "body": paragraphs("В «Точке роста» Камышлинской школы прошла неделя науки, посвящённая Дню российской науки.")},
        {"target": "/novosti/150-bolee-2000-centrov.html", "published": "Пт, 26 мая 2023 08:00",
         "title": "Более 2 000 центров «Точка роста» откроются в 2023 году",
         "body": paragraphs("По данным Минпросвещения, в 2023 году в сельских школах страны откроется более 2 000 "
                            "центров «Точка роста».")},
        {"target": "/novosti/157-vypusknoy.html", "published": "Сб, 24 июня 2023 18:00", "title": "Выпускной вечер",
         "body": paragraphs("Выпускникам 11 класса вручены аттестаты.")}]
    joomla_news(site, theme, news)
    site.page("/novosti.html", theme("Новости", joomla_blog(news)))
    site.page("/", theme("Главная", joomla_blog(news)))
    site.page("/o-shkole.html", theme("О школе", joomla_item("О школе", f"<p>{school.full}</p>")))
    return finish(site)


# == edusite ==============================================================================
def edusite_theme(school: School, menu: list[tuple[str, str]], banners: str = "") -> Theme:
    """edusite.ru pages: /pNNaa1.html names, a left menu block, the «Сайт создан на edusite» footer."""
    nav = "".join(f'<div class="menuitem"><a href="{h}">{t}</a></div>' for t, h in menu)

    def render(title: str, body: str) -> str:
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>'
                f'<link rel="stylesheet" href="/css/edusite.css"></head><body><div id="header"><img src="/images/emblem.png" '
                f'alt=""><div class="schoolname">{school.full}</div></div><table width="100%"><tr>'
                f'<td id="leftcol" width="230" valign="top">{nav}{banners}</td><td id="maincol" valign="top">'
                f'<h1>{title}</h1>{body}</td></tr></table><div id="footer">{school.address} | {school.phone} | '
                f'Сайт создан на конструкторе <a href="https://edusite.ru/">edusite.ru</a></div></body></html>')
    return render


def f16_edusite_vague_link_to_school_timetable() -> Site:
    school = School("f16", "Муниципальное казённое общеобразовательное учреждение «Средняя общеобразовательная школа № 3» г. Куртамыша",
                    "МКОУ «СОШ № 3» г. Куртамыша", "г. Куртамыш", "Курганская область", "Куртамышский муниципальный округ",
                    "641430, Курганская обл., г. Куртамыш, ул. Комсомольская, 58", "8 (35249) 2-19-03",
                    "kurt-sosh3@mail.ru", "Брагина Лидия Фёдоровна", "kurt-sosh3.edusite.ru")
    menu = [("Главная", "/"), ("Сведения об ОО", "/sveden/common.html"), ("Расписание", "/p12aa1.html"),
            ("Точка роста", "/point/index.html"), ("Новости", "/p5aa1.html")]
    theme = edusite_theme(school, menu)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"{school.url}point/index.html",
        "subsections": ["documents", "schedule", "news"]}, (
        "edusite.ru with the center module /point/. The section has no timetable of its own, only the sentence "
        "«Расписание занятий центра размещено в разделе «Расписание»: перейти» linking to the school page "
        "/p12aa1.html, which holds the center's 2023-2024 timetable next to the lesson timetable: current. News dated "
        "«12 сент. 2023» style: two 2023 items about the center, one unrelated. Recommendations ТВ-2356/02."))
    site.page("/point/index.html", theme("Центр «Точка роста»", template_intro("на базе МКОУ «СОШ № 3» г. Куртамыша", 2022)
        + '<p>Расписание занятий центра размещено в разделе «Расписание»: <a href="/p12aa1.html">перейти</a></p>'
        + link_list([("/point/docs.html", "Документы"), ("/point/news.html", "Новости центра")])))
    site.page("/p12aa1.html", theme("Расписание", "<h2>Расписание уроков на 2023-2024 учебный год</h2>"
        + table([["Урок", "Время"], ["1", "8:30–9:10"], ["2", "9:20–10:00"], ["3", "10:20–11:00"]])
        + "<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>" + table(CLUBS_2023)))
    site.page("/point/docs.html", theme("Документы центра", link_list([
        ("/files/tr/pismo_tv2356.pdf", "Письмо Минпросвещения России «О направлении методических рекомендаций» от 30.11.2023 № ТВ-2356/02")])))
    pdf_doc(site, "/files/tr/pismo_tv2356.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    news = [{"target": "/point/news_12.html", "list_date": "12 сент. 2023", "title": "Первое занятие «Юных исследователей»",
             "body": paragraphs("Пятиклассники пришли на первое занятие объединения «Юный исследователь» в нашем центре.")},
            {"target": "/point/news_15.html", "list_date": "27 окт. 2023", "title": "Биологический квиз",
             "body": paragraphs("В центре «Точка роста» школы № 3 прошёл биологический квиз для 7–8 классов.")}]
    general = [{"target": "/p5aa1.html?news=91", "list_date": "3 нояб. 2023", "title": "Акция «Покорми птиц»",
                "body": paragraphs("Младшие школьники развесили кормушки в школьном саду.")}]
    for item in news + general:
        site.page(item["target"], theme(item["title"], f"<div class='date'>{item['list_date']}</div>{item['body']}"))
    site.page("/point/news.html", theme("Новости центра", news_list(news)))
    site.page("/p5aa1.html", theme("Новости", news_list(general + news)))
    site.page("/", theme("Главная", "<p>Добро пожаловать на сайт нашей школы!</p>" + news_list(general + news)))
    site.page("/sveden/common.html", theme("Основные сведения", f"<p>{school.full}</p><p>Директор: {school.director}</p>"))
    return finish(site)


def f17_edusite_banner_xlsx_no_news() -> Site:
    school = School("f17", "Муниципальное казённое общеобразовательное учреждение «Каменская основная общеобразовательная школа»",
                    "МКОУ «Каменская ООШ»", "с. Каменка", "Воронежская область", "Аннинский муниципальный район",
                    "396222, Воронежская обл., с. Каменка, ул. Школьная, 2", "8 (47346) 5-61-20",
                    "kamenka-oosh@govvrn.ru", "Усова Галина Петровна", "kamenka-oosh.edusite.ru")
    menu = [("Главная", "/"), ("Сведения об ОО", "/sveden/common.html"), ("Новости", "/p3aa1.html"), ("Контакты", "/p4aa1.html")]
    banner = '<div class="banner"><a href="/point/index.html"><img src="/images/tochka_rosta_logo.png" alt="Точка роста"></a></div>'
    theme = edusite_theme(school, menu, banner)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": False,
        "publications_count": 0, "recommendations_current": False, "section_url": f"{school.url}point/index.html",
        "subsections": ["schedule", "documents"]}, (
        "edusite school whose section is linked only by a banner picture (alt «Точка роста»). The timetable is an "
        "XLSX behind the vague link text «здесь»; its first row names «… на 2023/24 учебный год»: current. "
        "Documents hold only the center's regulation (no recommendations). The section's news stop in 2022."))
    site.page("/point/index.html", theme("Точка роста", template_intro("на базе МКОУ «Каменская ООШ»", 2021)
        + '<p>Расписание объединений дополнительного образования центра можно посмотреть <a href="/files/point/rasp_do.xlsx">здесь</a>.</p>'
        + link_list([("/point/docs.html", "Документы"), ("/point/news.html", "Новости")])))
    xlsx_doc(site, "/files/point/rasp_do.xlsx",
             [["Расписание объединений дополнительного образования центра «Точка роста» на 2023/24 учебный год"]] + CLUBS_2023)
    site.page("/point/docs.html", theme("Документы", link_list([("/files/point/polozhenie.pdf", "Положение о центре «Точка роста»")])))
    pdf_doc(site, "/files/point/polozhenie.pdf", ["Положение о центре «Точка роста» МКОУ «Каменская ООШ»"])
    news = [{"target": "/point/news_3.html", "list_date": "15.12.2022", "title": "Новогодний эксперимент",
             "body": paragraphs("В центре «Точка роста» ребята вырастили кристаллы к Новому году.")}]
    general = [{"target": "/p3aa1.html?news=40", "list_date": "01.09.2023", "title": "День знаний",
                "body": paragraphs("1 сентября в школу пришли 6 первоклассников.")}]
    for item in news + general:
        site.page(item["target"], theme(item["title"], f"<div class='date'>{item['list_date']}</div>{item['body']}"))
    site.page("/point/news.html", theme("Новости центра", news_list(news)))
    site.page("/p3aa1.html", theme("Новости", news_list(general)))
    site.page("/", theme("Главная", "<p>Каменская основная школа приветствует вас!</p>" + news_list(general)))
    site.page("/sveden/common.html", theme("Основные сведения", f"<p>{school.full}</p>"))
    site.page("/p4aa1.html", theme("Контакты", f"<p>{school.address}, {school.phone}</p>"))
    return finish(site)


# == Tilda-like constructor ===============================================================
def tilda_theme(school: School, menu: list[tuple[str, str]]) -> Theme:
    """A page of a block constructor: every block a ``t-rec`` record, the menu a fixed
    ``t228`` block, no CMS paths, the builder's badge in the footer."""
    nav = "".join(f'<li class="t228__list_item"><a class="t-menu__link-item" href="{h}">{t}</a></li>' for t, h in menu)

    def render(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
                f'<link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css"></head>'
                f'<body class="t-body"><div id="allrecords" class="t-records">'
                f'<div id="rec100" class="r t-rec"><div class="t228"><a href="/"><img src="/images/logo.png" '
                f'alt="{school.short}"></a><ul class="t228__list">{nav}</ul></div></div>'
                f'<div id="rec200" class="r t-rec"><div class="t-container"><div class="t-title t-title_md">{title}</div>'
                f'<div class="t-text">{body}</div></div></div>'
                f'<div id="rec900" class="r t-rec"><div class="t-text t-text_xs">{school.full}. {school.address}. {school.phone}</div>'
                f'<a class="t-tildalabel" href="#">Made on Tilda</a></div></div></body></html>')
    return render


def css_tabs(tabs: list[tuple[str, str]]) -> str:
    """Tabs built with radio inputs and labels: all panels are in the HTML, CSS shows one."""
    parts = []
    for n, (label, content) in enumerate(tabs):
        checked = " checked" if n == 0 else ""
        parts.append(f'<input type="radio" name="tabs" id="tab{n}"{checked}><label for="tab{n}">{label}</label>'
                     f'<div class="tab-panel">{content}</div>')
    return '<div class="tabs">' + "".join(parts) + "</div>"


def f18_tilda_tabs_slug_dates() -> Site:
    school = School("f18", "Муниципальное бюджетное общеобразовательное учреждение «Лесновская средняя школа»",
                    "МБОУ «Лесновская СШ»", "п. Лесное", "Новгородская область", "Маловишерский муниципальный район",
                    "174250, Новгородская обл., п. Лесное, ул. Боровая, 1", "8 (81660) 3-41-09",
                    "lesnoe-sch@mail.ru", "Никитина Дарья Олеговна", "школа-лесное.рф")
    menu = [("О школе", "/about"), ("Точка роста", "/tochkarosta"), ("Новости", "/news"), ("Контакты", "/contacts")]
    theme = tilda_theme(school, menu)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"{school.url}tochkarosta",
        "subsections": ["schedule", "documents", "news"]}, (
        "Block-constructor site on a Cyrillic .рф host. The section's timetable sits in CSS radio tabs (one panel per "
        "kind) under «Расписание 2023/24»: current. News posts show no date; the only date is dd-mm-yy at the start "
        "of the slug (/news/tpost/15-09-23-…): two 2023 center posts, one 2022, one unrelated 2023. Recommendations "
        "ТВ-2356/02."))
    site.page("/tochkarosta", theme("Центр «Точка роста»", template_intro("на базе Лесновской средней школы", 2022)
        + "<h2>Расписание 2023/24</h2>" + css_tabs([("Урочная деятельность", table(LESSONS_2023)),
                                                   ("Внеурочная деятельность", table(CLUBS_2023)),
                                                   ("Дополнительное образование", table(CLUBS_2023[:4]))])
        + "<h2>Документы</h2>" + link_list([("/files/metod-rek-2356.pdf", "Методические рекомендации (ТВ-2356/02 от 30.11.2023)"),
                                            ("/files/polozhenie.pdf", "Положение о центре")])
        + '<p><a href="/news">Новости центра</a></p>'))
    pdf_doc(site, "/files/metod-rek-2356.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/files/polozhenie.pdf", ["Положение о центре «Точка роста» МБОУ «Лесновская СШ»"])
    posts = [("15-09-23-startovali-zanyatiya", "Стартовали занятия в «Точке роста»",
              "В нашем центре начались занятия объединений: робототехника, химия, экология."),
             ("02-11-23-ekologicheskiy-desant", "Экологический десант", "Юные экологи центра «Точка роста» Лесновской школы "
              "исследовали воду в роднике."),
             ("20-10-23-osenniy-kross", "Осенний кросс", "Прошёл традиционный школьный кросс."),
             ("18-05-22-zaschita-proektov", "Защита проектов", "В центре «Точка роста» защитили первые проекты.")]
    for slug, title, text in posts:
        site.page(f"/news/tpost/{slug}", theme(title, paragraphs(text)))
    site.page("/news", theme("Новости", '<div class="t-feed">' + "".join(
        f'<div class="t-feed__post"><a href="/news/tpost/{slug}">{title}</a></div>' for slug, title, _ in posts) + "</div>"))
    site.page("/", theme("Лесновская средняя школа", paragraphs("Мы рады видеть вас на сайте нашей школы.")
        + '<div class="t-feed">' + "".join(f'<a href="/news/tpost/{slug}">{title}</a><br>' for slug, title, _ in posts[:3]) + "</div>"))
    site.page("/about", theme("О школе", f"<p>{school.full}. Директор — {school.director}.</p>"))
    site.page("/contacts", theme("Контакты", f"<p>{school.address}</p><p>{school.email}</p>"))
    return finish(site)


def f19_tilda_subdomain_external_docs() -> Site:
    school = School("f19", "Муниципальное общеобразовательное учреждение «Прибрежненская средняя школа»",
                    "МОУ «Прибрежненская СШ»", "с. Прибрежное", "Республика Крым", "Сакский район",
                    "296560, Республика Крым, Сакский р-н, с. Прибрежное, ул. Морская, 19", "+7 (36563) 9-42-17",
                    "pribrezhnoe-school@crimeaedu.ru", "Османова Эльмира Рустемовна", "sch-pribrezhnoe.ru")
    sub_host = "tochka.sch-pribrezhnoe.ru"
    menu = [("О школе", "/about"), ("Новости", "/news"), ("Точка роста", f"https://{sub_host}/"), ("Контакты", "/contacts")]
    theme = tilda_theme(school, menu)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"https://{sub_host}/",
        "subsections": ["schedule", "documents", "news"]}, (
        "Constructor site whose center lives on a subdomain (tochka.sch-pribrezhnoe.ru). Timetables and the "
        "recommendations are links to Яндекс.Диск / Google Docs / Google Drive, hosts the crawler cannot fetch; the "
        "link texts name the kind and 2023-2024 (current) and ТВ-2356/02 (current). Center news on the subdomain are "
        "dated only in their first sentence: two 2023, one 2022."), extra_hosts=(sub_host,))
    sub_menu = [("Главная центра", "/"), ("Новости центра", "/news"), ("Сайт школы", f"https://{school.host}/")]
    sub_theme = tilda_theme(school, sub_menu)
    site.page("/", sub_theme("Центр «Точка роста»", template_intro("на базе МОУ «Прибрежненская СШ»", 2023)
        + "<h2>Расписание</h2>" + link_list([
            ("https://disk.yandex.ru/i/pR7bQ2xWm4kZsA", "Расписание внеурочной деятельности на 2023-2024 учебный год (Яндекс.Диск)"),
            ("https://docs.google.com/document/d/1qLx8VvT3nE0cYpZr5Hk2mWd/edit?usp=sharing",
             "Расписание дополнительного образования, 2023-2024 — Google Документы")])
        + "<h2>Документы</h2>" + link_list([
            ("https://drive.google.com/file/d/1Zt0Kq9sLmN4bXyW7uVc/view", "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 (методические рекомендации)"),
            ("https://drive.google.com/file/d/1Pq2Rs3Tu4Vw5Xy6Za/view", "Положение о центре «Точка роста»")])
        + '<p><a href="/news">Новости центра</a></p>'), host=sub_host)
    posts = [("robototehnika-v-5-klasse", "Робототехника для пятиклассников",
              "18 сентября 2023 года в центре «Точка роста» Прибрежненской школы прошло первое занятие по робототехнике."),
             ("ekourok-more", "Экоурок «Чистый берег»", "9 ноября 2023 г. ученики 7 класса на занятии нашего центра "
              "исследовали пробы морской воды и песка."),
             ("otkrytie-2022", "Мы готовимся к открытию", "В августе 2022 года начался ремонт кабинетов будущего центра.")]
    for slug, title, text in posts:
        site.page(f"/news/{slug}", sub_theme(title, paragraphs(text)), host=sub_host)
    site.page("/news", sub_theme("Новости центра", "".join(f'<p><a href="/news/{s}">{t}</a></p>' for s, t, _ in posts)), host=sub_host)
    school_news = [("konkurs-chtetsov", "Конкурс чтецов", "1 декабря 2023 года прошёл конкурс чтецов на крымскотатарском и русском языках.")]
    for slug, title, text in school_news:
        site.page(f"/news/{slug}", theme(title, paragraphs(text)))
    site.page("/news", theme("Новости", "".join(f'<p><a href="/news/{s}">{t}</a></p>' for s, t, _ in school_news)))
    site.page("/", theme("Прибрежненская средняя школа", paragraphs("Школа у моря.") + f'<a href="https://{sub_host}/">'
                         '<img src="/images/tochka-banner.png" alt="Центр «Точка роста»"></a>'))
    site.page("/about", theme("О школе", f"<p>{school.full}</p>"))
    site.page("/contacts", theme("Контакты", f"<p>{school.address}</p>"))
    return finish(site)


# == whole-site IT-куб and a dead site ====================================================
def f20_it_cube_whole_site() -> Site:
    school = School("f20", "Центр цифрового образования детей «IT-куб» на базе МАОУ «СОШ № 1» г. Горнозаводска",
                    "Центр цифрового образования детей «IT-куб» г. Горнозаводск", "г. Горнозаводск", "Пермский край",
                    "Горнозаводский городской округ", "618820, Пермский край, г. Горнозаводск, ул. Гипроцемента, 12",
                    "8 (34269) 4-18-80", "itcube.gornozavodsk@yandex.ru", "Шестаков Максим Игоревич", "itcube-gornozavodsk.ru")
    menu = [("Главная", "/"), ("О центре", "/o-tsentre/"), ("Направления", "/napravleniya/"), ("Расписание", "/raspisanie/"),
            ("Документы", "/dokumenty/"), ("Педагоги", "/pedagogi/"), ("Новости", "/novosti/"), ("Контакты", "/kontakty/")]
    nav = "".join(f'<a href="{h}">{t}</a>' for t, h in menu)

    def theme(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head><body>'
                f'<header><a href="/"><img src="/img/it-cube-logo.png" alt="Центр цифрового образования детей «IT-куб» '
                f'г. Горнозаводска"></a><p class="descr">Центр цифрового образования детей «IT-куб» — структурное '
                f'подразделение МАОУ «СОШ № 1» г. Горнозаводска</p><nav>{nav}</nav></header><main>{body}</main>'
                f'<footer>{school.address} · {school.phone} · {school.email}</footer></body></html>')
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 4, "recommendations_current": True, "section_url": school.url,
        "subsections": ["general", "programs", "schedule", "documents", "teachers", "news", "contacts"]}, (
        "Whole-site IT-куб: the seed URL is the center's own site, its home page is titled just «Главная» and only "
        "the logo alt and header description name the center. «Расписание занятий на 2023-2024 учебный год» table "
        "(current). Documents cite АЗ-1346/04 and ТВ-2356/02 (current). News with ISO dates and schema.org "
        "datePublished: four 2023, one 2022."),
        center_type="it_cube")
    news = [("2023-11-29", "hakaton-it-kub", "Хакатон «Код будущего»", "Команды IT-куба разработали чат-ботов для школьной библиотеки."),
            ("2023-10-18", "den-programmista", "Неделя программирования", "В IT-кубе прошли открытые занятия по Python и Scratch."),
            ("2023-09-04", "nabor-zavershen", "Набор на 2023-2024 учебный год завершён", "В группы IT-куба зачислено 240 детей."),
            ("2023-05-26", "vypusk-grupp", "Итоговая защита проектов", "Обучающиеся IT-куба защитили 31 проект."),
            ("2022-12-20", "pervyy-god", "Первые итоги", "IT-куб подвёл итоги первых месяцев работы.")]
    for iso, slug, title, text in news:
        site.page(f"/novosti/{slug}/", theme(title, f'<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
                                            f'{title}</h1><p class="date"><meta itemprop="datePublished" content="{iso}">{iso}</p>'
                                            f'<div itemprop="articleBody">{paragraphs(text)}</div></article>'))
    listing = "".join(f'<div class="news"><span>{iso}</span> <a href="/novosti/{slug}/">{title}</a></div>' for iso, slug, title, _ in news)
    site.page("/novosti/", theme("Новости", "<h1>Новости</h1>" + listing))
    site.page("/", theme("Главная", "<h1>Добро пожаловать!</h1><p>Программирование, робототехника, системное "
                                    "администрирование и VR для детей от 7 до 18 лет — бесплатно.</p>" + listing))
    site.page("/o-tsentre/", theme("О центре", "<h1>О центре</h1>" + paragraphs(
        "Центр цифрового образования детей «IT-куб» г. Горнозаводска открыт 1 сентября 2022 года в рамках федерального "
        "проекта «Цифровая образовательная среда» национального проекта «Образование».")))
    site.page("/napravleniya/", theme("Направления", "<h1>Направления</h1>" + bullets([
        "Программирование на Python", "Программирование роботов", "Мобильная разработка", "Основы алгоритмики и логики"])))
    cube_week = [["Направление", "Группа", "Понедельник", "Среда", "Пятница"],
                 ["Программирование на Python", "П-1", "15:00–16:30", "15:00–16:30", ""],
                 ["Программирование роботов", "Р-2", "", "16:40–18:10", "16:40–18:10"],
                 ["Мобильная разработка", "М-1", "16:40–18:10", "", "15:00–16:30"]]
    site.page("/raspisanie/", theme("Расписание", "<h1>Расписание занятий на 2023-2024 учебный год</h1>" + table(cube_week)))
    site.page("/dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list([
        ("/upload/docs/metod-rek-it-kub-az-1346-04.pdf", "Методические рекомендации по созданию и функционированию центров "
         "цифрового образования «IT-куб» (распоряжение от 07.09.2022 № АЗ-1346/04)"),
        ("/upload/docs/pismo-tv-2356-02.pdf", "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»"),
        ("/upload/docs/polozhenie-it-kub.pdf", "Положение о центре «IT-куб»")])))
    pdf_doc(site, "/upload/docs/metod-rek-it-kub-az-1346-04.pdf", ["Методические рекомендации «IT-куб»", "АЗ-1346/04 от 07.09.2022"])
    pdf_doc(site, "/upload/docs/pismo-tv-2356-02.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/upload/docs/polozhenie-it-kub.pdf", ["Положение о центре цифрового образования детей «IT-куб»"])
    site.page("/pedagogi/", theme("Педагоги", "<h1>Педагоги</h1>" + bullets(["Шестаков М.И. — руководитель", "Котова А.В. — педагог ДО"])))
    site.page("/kontakty/", theme("Контакты", f"<h1>Контакты</h1><p>{school.address}</p><p>{school.phone}</p>"))
    return finish(site)


def f21_dead_site() -> Site:
    school = School("f21", "Муниципальное бюджетное общеобразовательное учреждение «Верховская средняя школа»",
                    "МБОУ «Верховская СШ»", "с. Верховье", "Орловская область", "Верховский район",
                    "303720, Орловская обл., с. Верховье, ул. Советская, 3", "8 (48676) 2-11-55",
                    "verhovye-sch@orel.ru", "Павлов Олег Николаевич", "verhovskaya-sch57.ru")
    site = new_site(school, {"reachable": False}, (
        "The domain no longer resolves (the proxy answers 502 as for a failed DNS lookup): unreachable, nothing else "
        "can be checked."), dead=True)
    return finish(site)


SITES = [f13_joomla_documents_table_accordion(), f14_joomla_scan_only_year_in_picture(), f15_joomla_docx_own_text_soft404(),
         f16_edusite_vague_link_to_school_timetable(), f17_edusite_banner_xlsx_no_news(), f18_tilda_tabs_slug_dates(),
         f19_tilda_subdomain_external_docs(), f20_it_cube_whole_site(), f21_dead_site()]
