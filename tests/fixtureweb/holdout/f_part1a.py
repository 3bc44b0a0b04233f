"""Hold-out sites f01–f12: Госвеб (NetCat) ×4, uCoz/narod table layouts in windows-1251 ×4,
WordPress ×4. Each site builder returns one ``Site``; ``SITES`` lists them."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from tests.fixtureweb.holdout._f_part1_common import (
    CLUBS_2023,
    INFO_TITLES,
    LESSONS_2023,
    School,
    bullets,
    docx_doc,
    finish,
    link_list,
    new_site,
    news_items,
    news_list,
    paragraphs,
    pdf_doc,
    recommendations_lines,
    school_info_pages,
    table,
    template_intro,
)
from tests.fixtureweb.kit import Site
from tests.fixtureweb.sites.a_common import metrika

Theme = Callable[[str, str], str]
Menu = list[tuple[str, str, list[tuple[str, str]]]]


# == Госвеб ===============================================================================
def gosweb_theme(school: School, menu: Menu, *, banners: str = "", counter: int = 0) -> Theme:
    """NetCat pages of the Gosweb platform: accessibility bar, logo, mega-menu, widget of
    Госуслуги «Решаем вместе», footer with the platform's name."""
    items = []
    for text, href, children in menu:
        sub = "".join(f'<li class="gw-submenu__item"><a href="{h}">{t}</a></li>' for t, h in children)
        sub_html = f'<ul class="gw-submenu">{sub}</ul>' if sub else ""
        items.append(f'<li class="gw-menu__item"><a class="gw-menu__link" href="{href}">{text}</a>{sub_html}</li>')
    nav = '<nav class="gw-menu"><ul>' + "".join(items) + "</ul></nav>"

    def render(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} — {school.short}</title>'
                f'<link rel="stylesheet" href="/netcat_template/template/gosweb/css/main.min.css"></head><body>'
                f'<div class="gw-top"><a href="#" class="gw-eye">Версия для слабовидящих</a>'
                f'<span class="gw-phone">{school.phone}</span></div>'
                f'<header class="gw-header"><a href="/" class="gw-logo"><img src="/netcat_files/logo/gerb.png" '
                f'alt="Герб"><span>{school.full}</span></a></header>{nav}'
                f'<main class="gw-content"><div class="gw-breadcrumbs"><a href="/">Главная</a> / {title}</div>'
                f'{body}</main><aside class="gw-widgets">{banners}'
                f'<div class="pos-widget"><img src="/netcat_files/pos/pos-banner.png" alt="Решаем вместе">'
                f'<p>Есть вопрос или предложение? Напишите нам через Госуслуги</p></div></aside>'
                f'<footer class="gw-footer"><p>{school.full}</p><p>{school.address}, {school.email}</p>'
                f'<p>Сайт создан на платформе «Госвеб»</p>{metrika(counter) if counter else ""}</footer></body></html>')
    return render


def gosweb_standard_pages(site: Site, theme: Theme, school: School, *, founded: str, pupils: int) -> None:
    """The school-wide Gosweb pages under «Сведения об образовательной организации»."""
    root = "/svedeniya-ob-obrazovatelnoy-organizatsii"
    links = school_info_pages(site, theme, school, {
        "basic": f"{root}/osnovnye-svedeniya/", "management": f"{root}/rukovodstvo/",
        "contacts": "/kontakty/"}, founded=founded, pupils=pupils)
    site.page(f"{root}/", theme("Сведения об образовательной организации",
                                "<h1>Сведения об образовательной организации</h1>" + link_list([(h, t) for t, h in links])))


def gosweb_home(site: Site, theme: Theme, school: School, news: list[dict], greeting: str) -> None:
    latest = "".join(f'<div class="gw-card"><img src="/netcat_files/news/{i}.jpg" alt=""><span>{n.get("list_date", "")}</span>'
                     f'<a href="{n["target"]}">{n["title"]}</a></div>' for i, n in enumerate(news[:4]))
    site.page("/", theme("Главная", f'<section class="gw-hero"><h1>{school.short}</h1><p>{greeting}</p></section>'
                                    f'<section class="gw-news"><h2>Новости</h2>{latest}'
                                    f'<a href="{news[0]["target"].rsplit("/", 1)[0]}/">Все новости</a></section>'))


def f01_gosweb_feed_news() -> Site:
    school = School("f01", "Муниципальное бюджетное общеобразовательное учреждение «Верхнелозовская средняя общеобразовательная школа»",
                    "МБОУ «Верхнелозовская СОШ»", "с. Верхняя Лоза", "Республика Мордовия",
                    "Ичалковский муниципальный район", "431640, Республика Мордовия, с. Верхняя Лоза, ул. Школьная, д. 4",
                    "8 (83433) 2-41-17", "vlozasosh@mail.ru", "Кулагина Надежда Петровна",
                    "verhnelozovskaya-r13.gosweb.gosuslugi.ru")
    base = "/tochka-rosta"
    menu = [("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
            ("Главное", "#", [("Центр «Точка роста»", f"{base}/"), ("Контакты", "/kontakty/")]),
            ("Родителям и ученикам", "#", [("Новости", "/roditelyam-i-uchenikam/novosti/"),
                                            ("Мероприятия", "/roditelyam-i-uchenikam/meropriyatiya/")]),
            ("Контакты", "/kontakty/", [])]
    theme = gosweb_theme(school, menu, counter=93411207)
    expected = {"reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
                "publications_count": 3, "recommendations_current": True,
                "section_url": f"{school.url}tochka-rosta/",
                "subsections": ["documents", "programs", "teachers", "equipment", "schedule"]}
    site = new_site(school, expected, (
        "Gosweb school; the section root carries an HTML table «Расписание … на 2023-2024 учебный год» "
        "(current). The recommendations are linked only by a transliterated NetCat file name "
        "Metodicheskie_rekomendatsii_TV-2356_02.pdf with a generic link text (current). The section has no "
        "news of its own: three 2023 items about the center live in the school feed "
        "/roditelyam-i-uchenikam/meropriyatiya/…html; a class trip to the regional Кванториум, a school ball "
        "and a 2022 center item on page 2 of the feed do not count (3)."))
    feed = "/roditelyam-i-uchenikam/meropriyatiya"
    events = [
        {"target": f"{feed}/olimpiada-po-himii-itogi.html", "list_date": "24.11.2023",
         "title": "Итоги муниципального этапа олимпиады по химии",
         "teaser": "Наши ребята снова среди призёров.",
         "date_html": "<div class='gw-date'>24.11.2023</div>",
         "body": paragraphs("Трое девятиклассников, которые второй год занимаются в объединении «Химия вокруг нас» "
                            "нашего центра «Точка роста», стали призёрами муниципального этапа всероссийской "
                            "олимпиады школьников по химии.",
                            "Готовила ребят учитель химии Гусева Татьяна Алексеевна. Поздравляем!")},
        {"target": f"{feed}/poezdka-v-kvantorium.html", "list_date": "08.11.2023",
         "title": "Шестиклассники побывали в детском технопарке",
         "teaser": "Экскурсия в Саранск.",
         "date_html": "<div class='gw-date'>08.11.2023</div>",
         "body": paragraphs("6 «А» класс съездил в Саранск и посетил детский технопарк «Кванториум». Ребята "
                            "попробовали себя в аэроквантуме и IT-квантуме, собрали простейшую схему.",
                            "Благодарим родительский комитет за организацию поездки.")},
        {"target": f"{feed}/osenniy-bal-2023.html", "list_date": "27.10.2023",
         "title": "Осенний бал", "teaser": "Старшеклассники провели праздник.",
         "date_html": "<div class='gw-date'>27.10.2023</div>",
         "body": paragraphs("В актовом зале прошёл традиционный осенний бал для 8–11 классов. Королевой бала "
                            "выбрана Полина Ларина (10 класс).")},
        {"target": f"{feed}/nauchnye-boi-v-tochke-rosta.html", "list_date": "12.10.2023",
         "title": "Научные бои в «Точке роста»", "teaser": "Командная игра для 7-х классов.",
         "date_html": "<div class='gw-date'>12.10.2023</div>",
         "body": paragraphs("В кабинете физики центра «Точка роста» прошли «научные бои»: команды 7 «А» и 7 "
                            "«Б» классов объясняли опыты с цифровыми датчиками температуры и давления.",
                            "Победила команда «Кельвин». Игру провёл руководитель центра Лапин Роман Сергеевич.")},
        {"target": f"{feed}/den-otkrytyh-dverey-tsentra.html", "list_date": "22.09.2023",
         "title": "День открытых дверей центра", "teaser": "Родители познакомились с лабораториями.",
         "date_html": "<div class='gw-date'>22.09.2023</div>",
         "body": paragraphs("В нашей школе прошёл день открытых дверей центра образования естественно-научной "
                            "и технологической направленностей «Точка роста». Родители пятиклассников "
                            "посмотрели цифровые лаборатории и записали детей в объединения.")},
    ]
    older = [{"target": f"{feed}/pervyy-god-tsentra.html", "list_date": "21.12.2022",
              "title": "Итоги 2022 года в центре", "teaser": "Подводим итоги.",
              "date_html": "<div class='gw-date'>21.12.2022</div>",
              "body": paragraphs("Центр «Точка роста» нашей школы работает второй год. В 2022 году в его "
                                 "объединениях занимались 74 ученика.")}]
    news_items(site, theme, events + older)
    site.page(f"{feed}/", theme("Мероприятия", "<h1>Мероприятия</h1>" + news_list(events) +
                                f'<div class="gw-pager"><span>1</span> <a href="{feed}/?cur_cc=412&amp;curPos=5">2</a></div>'))
    site.page(f"{feed}/?cur_cc=412&curPos=5", theme("Мероприятия", "<h1>Мероприятия</h1>" + news_list(older) +
                                                   f'<div class="gw-pager"><a href="{feed}/">1</a> <span>2</span></div>'))
    general = [{"target": "/roditelyam-i-uchenikam/novosti/zapis-v-pervyy-klass.html", "list_date": "01.12.2023",
                "title": "Приём заявлений в 1 класс", "teaser": "С 1 апреля 2024 года.",
                "body": paragraphs("Приём заявлений в первый класс на 2024-2025 учебный год начнётся 1 апреля "
                                   "2024 года через портал Госуслуг.")}]
    news_items(site, theme, general)
    site.page("/roditelyam-i-uchenikam/novosti/", theme("Новости", "<h1>Новости</h1>" + news_list(general)))
    gosweb_home(site, theme, school, events + general, "Добро пожаловать на официальный сайт нашей школы!")
    sub = [(f"{base}/dokumenty/", "Документы"), (f"{base}/obrazovatelnye-programmy/", "Образовательные программы"),
           (f"{base}/pedagogi/", "Педагоги центра"), (f"{base}/materialno-tehnicheskaya-baza/", "Материально-техническая база")]
    site.page(f"{base}/", theme("Центр «Точка роста»", (
        "<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>"
        + template_intro("на базе МБОУ «Верхнелозовская СОШ»", 2021)
        + "<p>Руководитель центра — Лапин Роман Сергеевич, учитель физики.</p>" + link_list(sub, "gw-tiles")
        + "<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>"
        + table(CLUBS_2023, 'class="gw-table"'))))
    files = "/netcat_files/30/1188"
    site.page(f"{base}/dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list([
        (f"{files}/Polozhenie_o_tsentre_Tochka_rosta.pdf", "Положение о центре «Точка роста»"),
        (f"{files}/Prikaz_o_sozdanii_tsentra.pdf", "Приказ о создании центра"),
        (f"{files}/Metodicheskie_rekomendatsii_TV-2356_02.pdf", "Методические рекомендации по созданию и функционированию центров"),
        (f"{files}/Plan_meropriyatiy_2023-2024.pdf", "План учебно-воспитательных мероприятий центра")], "gw-docs")))
    pdf_doc(site, f"{files}/Polozhenie_o_tsentre_Tochka_rosta.pdf",
            ["Положение о Центре образования естественно-научной и технологической направленностей «Точка роста»",
             "МБОУ «Верхнелозовская СОШ»", "1. Общие положения", "1.1. Центр создан приказом директора от 16.08.2021 № 88."])
    pdf_doc(site, f"{files}/Prikaz_o_sozdanii_tsentra.pdf", ["ПРИКАЗ от 16.08.2021 № 88", "О создании Центра «Точка роста»"])
    pdf_doc(site, f"{files}/Metodicheskie_rekomendatsii_TV-2356_02.pdf", recommendations_lines(None), created=None)
    pdf_doc(site, f"{files}/Plan_meropriyatiy_2023-2024.pdf",
            ["План учебно-воспитательных мероприятий центра «Точка роста» на 2023-2024 учебный год",
             "Сентябрь — день открытых дверей", "Октябрь — научные бои", "Декабрь — неделя естественных наук"])
    site.page(f"{base}/obrazovatelnye-programmy/", theme("Образовательные программы", "<h1>Образовательные программы</h1>" + link_list([
        (f"{files}/Programma_Himiya_vokrug_nas.docx", "ДООП «Химия вокруг нас»"),
        (f"{files}/Programma_Robototehnika.docx", "ДООП «Робототехника»")])))
    for name, title in (("Himiya_vokrug_nas", "Химия вокруг нас"), ("Robototehnika", "Робототехника")):
        docx_doc(site, f"{files}/Programma_{name}.docx",
                 [f"Дополнительная общеобразовательная общеразвивающая программа «{title}»",
                  "Срок реализации: 1 год. Возраст обучающихся: 11–15 лет."], created=datetime(2023, 8, 29), author="Лапин Р.С.")
    site.page(f"{base}/pedagogi/", theme("Педагоги центра", "<h1>Педагоги центра</h1>" + table([
        ["ФИО", "Должность", "Курсы повышения квалификации"],
        ["Лапин Роман Сергеевич", "руководитель центра, учитель физики", "ФГАОУ ДПО «Академия Минпросвещения России», 2022"],
        ["Гусева Татьяна Алексеевна", "учитель химии и биологии", "ФГАОУ ДПО «Академия Минпросвещения России», 2022"],
        ["Чернова Ольга Ивановна", "педагог дополнительного образования", "ГБУ ДПО «ЦНППМ», 2023"]])))
    site.page(f"{base}/materialno-tehnicheskaya-baza/", theme("Материально-техническая база", "<h1>Материально-техническая база</h1>"
              + bullets(["Цифровая лаборатория по физике — 2 комплекта", "Цифровая лаборатория по химии — 2 комплекта",
                         "Образовательный набор по робототехнике — 4 шт.", "Ноутбуки — 10 шт."])))
    gosweb_standard_pages(site, theme, school, founded="01.09.1971", pupils=212)
    return finish(site)


def gosweb_school(sid: str, full: str, short: str, town: str, region: str, municipality: str,
                  street: str, phone: str, email: str, director: str, host: str) -> School:
    return School(sid, full, short, town, region, municipality, f"{town}, {street}", phone, email, director, host)


def f02_gosweb_schedule_links_outdated_letters() -> Site:
    school = gosweb_school("f02", "Муниципальное казённое общеобразовательное учреждение «Каменноозёрская основная общеобразовательная школа»",
                           "МКОУ «Каменноозёрская ООШ»", "п. Каменные Озёра", "Тверская область", "Весьегонский муниципальный округ",
                           "ул. Лесная, д. 9", "8 (48264) 3-15-02", "kamozera-school@yandex.ru", "Сорокин Игорь Валентинович",
                           "kamennoozerskaya-r69.gosweb.gosuslugi.ru")
    base = "/glavnoe/tsentr-tochka-rosta"
    menu = [("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
            ("Главное", "/glavnoe/", [("Центр «Точка роста»", f"{base}/"), ("Школьное питание", "/glavnoe/pitanie/")]),
            ("Родителям и ученикам", "/roditelyam-i-uchenikam/novosti/", [("Новости", "/roditelyam-i-uchenikam/novosti/")]),
            ("Контакты", "/kontakty/", [])]
    theme = gosweb_theme(school, menu, counter=88120455)
    expected = {"reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
                "publications_count": 2, "recommendations_current": False, "section_url": f"{school.url}glavnoe/tsentr-tochka-rosta/",
                "subsections": ["general", "documents", "schedule", "news"]}
    site = new_site(school, expected, (
        "Gosweb section under /glavnoe/. Its «Расписание» page is a list of file links whose texts name only the kind "
        "and the year («Урочная деятельность, 2023-2024», …) — current. Documents name only the 2022 letter ТВ-977/02 "
        "and Р-6, so the current edition is missing. Section news: two 2023 items (dated «12 октября 2023 г.» style) "
        "and one from 2022."))
    sub = [(f"{base}/obshchaya-informatsiya/", "Общая информация"), (f"{base}/dokumenty/", "Документы"),
           (f"{base}/raspisanie/", "Расписание"), (f"{base}/novosti-tsentra/", "Новости центра")]
    site.page("/glavnoe/", theme("Главное", "<h1>Главное</h1>" + link_list([(f"{base}/", "Центр «Точка роста»"), ("/glavnoe/pitanie/", "Школьное питание")])))
    site.page("/glavnoe/pitanie/", theme("Школьное питание", "<h1>Школьное питание</h1><p>Горячее питание получают все обучающиеся 1–9 классов. "
                                         "Меню размещается ежедневно.</p>"))
    site.page(f"{base}/", theme("Центр «Точка роста»", "<h1>Центр «Точка роста»</h1><p>Раздел о работе центра образования "
                                "естественно-научной и технологической направленностей нашей школы.</p>" + link_list(sub, "gw-tiles")))
    site.page(f"{base}/obshchaya-informatsiya/", theme("Общая информация", "<h1>Общая информация</h1>"
              + template_intro("на базе МКОУ «Каменноозёрская ООШ»", 2021)
              + "<p>Адрес центра: " + school.address + ", кабинеты № 5 и № 7. Руководитель — Ершова Марина Викторовна.</p>"))
    files = "/netcat_files/71/2204"
    site.page(f"{base}/dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list([
        (f"{files}/Pismo_TV-977_02.pdf", "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»"),
        (f"{files}/Rasporyazhenie_R-6.pdf", "Распоряжение Минпросвещения России от 12.01.2021 № Р-6"),
        (f"{files}/Polozhenie_Tochka_rosta.pdf", "Положение о центре")])))
    pdf_doc(site, f"{files}/Pismo_TV-977_02.pdf", recommendations_lines("Письмо от 31.05.2022 № ТВ-977/02"))
    pdf_doc(site, f"{files}/Rasporyazhenie_R-6.pdf", ["Распоряжение от 12 января 2021 г. № Р-6",
                                                     "Об утверждении методических рекомендаций по созданию мест"])
    pdf_doc(site, f"{files}/Polozhenie_Tochka_rosta.pdf", ["Положение о центре «Точка роста» МКОУ «Каменноозёрская ООШ»"])
    kinds = [("Urochnaya_deyatelnost_2023-2024.pdf", "Урочная деятельность, 2023-2024", LESSONS_2023),
             ("Vneurochnaya_deyatelnost_2023-2024.pdf", "Внеурочная деятельность, 2023-2024", CLUBS_2023),
             ("Dopolnitelnoe_obrazovanie_2023-2024.pdf", "Дополнительное образование, 2023-2024", CLUBS_2023[:4])]
    site.page(f"{base}/raspisanie/", theme("Расписание", "<h1>Расписание</h1>" + link_list([(f"{files}/{f}", t) for f, t, _ in kinds], "gw-docs")))
    for name, text, grid in kinds:
        pdf_doc(site, f"{files}/{name}", [f"{text} — центр «Точка роста», МКОУ «Каменноозёрская ООШ»"]
                + [" | ".join(row) for row in grid], created="20230904")
    items = [{"target": f"{base}/novosti-tsentra/den-himika.html", "list_date": "12 октября 2023 г.", "title": "День химика в центре",
              "body": paragraphs("Для учеников 8–9 классов в центре «Точка роста» прошёл День химика: опыты с индикаторами, "
                                 "викторина и конкурс на лучшую лабораторную работу.")},
             {"target": f"{base}/novosti-tsentra/kvest-ekologiya.html", "list_date": "3 марта 2023 г.", "title": "Экологический квест",
              "body": paragraphs("Пятиклассники прошли квест «Тайны воды» на оборудовании нашего центра: определяли "
                                 "жёсткость и кислотность проб из местного озера.")},
             {"target": f"{base}/novosti-tsentra/otkrytie.html", "list_date": "1 сентября 2022 г.", "title": "Год работы центра",
              "body": paragraphs("Центр «Точка роста» начинает второй год работы: набраны группы по робототехнике и химии.")}]
    for item in items:
        item["date_html"] = f"<div class='gw-date'>{item['list_date']}</div>"
    news_items(site, theme, items)
    site.page(f"{base}/novosti-tsentra/", theme("Новости центра", "<h1>Новости центра</h1>" + news_list(items)))
    general = [{"target": "/roditelyam-i-uchenikam/novosti/lyzhnya.html", "list_date": "08.12.2023", "title": "Школьная лыжня",
                "body": paragraphs("Открыт лыжный сезон: уроки физкультуры проходят на стадионе.")}]
    news_items(site, theme, general)
    site.page("/roditelyam-i-uchenikam/novosti/", theme("Новости", "<h1>Новости</h1>" + news_list(general)))
    gosweb_home(site, theme, school, general, "Официальный сайт МКОУ «Каменноозёрская ООШ».")
    gosweb_standard_pages(site, theme, school, founded="1964", pupils=87)
    return finish(site)


def f03_gosweb_opening_hours_only() -> Site:
    school = gosweb_school("f03", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа с. Новая Жизнь»",
                           "МБОУ «СОШ с. Новая Жизнь»", "с. Новая Жизнь", "Республика Башкортостан", "Бижбулякский район",
                           "ул. Центральная, д. 21", "8 (34743) 2-77-30", "nzhizn-sosh@yandex.ru", "Хасанова Гульнара Ринатовна",
                           "sosh-novaya-zhizn-r02.gosweb.gosuslugi.ru")
    base = "/tochka-rosta"
    menu = [("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
            ("Дополнительное образование", "#", [("Точка роста", f"{base}/"), ("Кружки и секции", "/dopolnitelnoe-obrazovanie/kruzhki/")]),
            ("Родителям и ученикам", "/roditelyam-i-uchenikam/novosti/", [("Новости", "/roditelyam-i-uchenikam/novosti/")]),
            ("Контакты", "/kontakty/", [])]
    theme = gosweb_theme(school, menu, counter=90177346)
    expected = {"reachable": True, "section_found": True, "schedule_status": "missing", "has_publications": False,
                "publications_count": 0, "recommendations_current": True, "section_url": f"{school.url}tochka-rosta/",
                "subsections": ["documents", "news"]}
    site = new_site(school, expected, (
        "Gosweb section in the «Дополнительное образование» submenu. Its «Режим работы центра» gives only opening hours, "
        "the календарный учебный график and a «будет размещено» promise are no timetable: missing. Documents name "
        "«от 30.11.2023 г. № ТВ-2356/02» (with «г.»): current. Center news are all of 2022; an undated page "
        "«Открытие центра «Точка роста»» under /roditelyam-i-uchenikam/novosti/ is a news item, not the section, and "
        "dates nothing in 2023: no publications."))
    files = "/netcat_files/12/507"
    site.page(f"{base}/", theme("Точка роста", "<h1>Центр «Точка роста»</h1>"
              + paragraphs("Центр образования цифрового и гуманитарного профилей «Точка роста» работает в МБОУ «СОШ с. Новая "
                           "Жизнь» с 2020 года в рамках федерального проекта «Современная школа». На его базе проходят уроки "
                           "технологии, информатики и ОБЖ, занятия внеурочной деятельности и шахматный клуб.")
              + link_list([(f"{base}/rezhim-raboty/", "Режим работы центра"), (f"{base}/dokumenty/", "Документы"),
                           (f"{base}/novosti/", "Новости центра")], "gw-tiles")))
    site.page(f"{base}/rezhim-raboty/", theme("Режим работы центра", "<h1>Режим работы центра</h1>"
              + table([["День", "Часы работы"], ["Понедельник – пятница", "8:00 – 17:00"], ["Суббота", "9:00 – 13:00"], ["Воскресенье", "выходной"]])
              + f'<p><a href="{files}/Kalendarnyy_uchebnyy_grafik_2023-2024.pdf">Календарный учебный график на 2023-2024 учебный год</a></p>'
              + "<p>Расписание занятий объединений центра будет размещено после комплектования групп.</p>"))
    pdf_doc(site, f"{files}/Kalendarnyy_uchebnyy_grafik_2023-2024.pdf",
            ["Календарный учебный график МБОУ «СОШ с. Новая Жизнь» на 2023-2024 учебный год",
             "Начало учебного года — 01.09.2023, окончание — 24.05.2024", "I четверть: 01.09.2023 – 27.10.2023"])
    site.page(f"{base}/dokumenty/", theme("Документы", "<h1>Документы</h1>" + link_list([
        (f"{files}/Pismo_Minprosveshcheniya_ot_30.11.2023.pdf",
         "Письмо Минпросвещения России от 30.11.2023 г. № ТВ-2356/02 «О направлении методических рекомендаций»"),
        (f"{files}/Prikaz_ob_utverzhdenii_polozheniya.pdf", "Приказ об утверждении положения о центре")])))
    pdf_doc(site, f"{files}/Pismo_Minprosveshcheniya_ot_30.11.2023.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, f"{files}/Prikaz_ob_utverzhdenii_polozheniya.pdf", ["Приказ от 28.08.2020 № 112-о", "Об утверждении положения о центре «Точка роста»"])
    old = [{"target": f"{base}/novosti/nedelya-nauki-2022.html", "list_date": "18.11.2022", "title": "Неделя науки",
            "body": paragraphs("В центре «Точка роста» нашей школы прошла неделя науки.")},
           {"target": f"{base}/novosti/shahmatnyy-turnir.html", "list_date": "14.04.2022", "title": "Шахматный турнир",
            "body": paragraphs("В коворкинге центра прошёл шахматный турнир среди 5–7 классов.")}]
    news_items(site, theme, old)
    site.page(f"{base}/novosti/", theme("Новости центра", "<h1>Новости центра</h1>" + news_list(old)))
    opening = {"target": "/roditelyam-i-uchenikam/novosti/otkrytie-tsentra-tochka-rosta.html", "title": "Открытие центра «Точка роста»",
               "body": paragraphs("В нашей школе торжественно открылся центр «Точка роста». Ленточку перерезали глава "
                                  "сельского поселения и директор школы Г.Р. Хасанова.", "Фоторепортаж смотрите ниже.")
               + '<img src="/netcat_files/news/otkrytie1.jpg" alt="">'}
    general = [{"target": "/roditelyam-i-uchenikam/novosti/sabantuy.html", "list_date": "05.07.2023", "title": "Школьники на Сабантуе",
                "body": paragraphs("Наши ученики выступили с концертом на районном Сабантуе.")}]
    news_items(site, theme, [opening] + general)
    site.page("/roditelyam-i-uchenikam/novosti/", theme("Новости", "<h1>Новости</h1>" + news_list(general + [opening])))
    site.page("/dopolnitelnoe-obrazovanie/kruzhki/", theme("Кружки и секции", "<h1>Кружки и секции</h1>"
              + bullets(["Волейбол", "Кураи", "Юные инспекторы движения"])))
    gosweb_home(site, theme, school, [opening] + general, "Добро пожаловать!")
    gosweb_standard_pages(site, theme, school, founded="1938", pupils=164)
    return finish(site)


def f04_gosweb_footer_banner_occupancy() -> Site:
    school = gosweb_school("f04", "Муниципальное общеобразовательное учреждение «Луговская средняя школа имени В.Ф. Рябова»",
                           "МОУ «Луговская СШ»", "д. Луговая", "Ярославская область", "Некрасовский муниципальный район",
                           "ул. Садовая, д. 2", "8 (48531) 4-52-68", "lugovaya.sch@yarregion.ru", "Морозов Алексей Юрьевич",
                           "lugovskaya-r76.gosweb.gosuslugi.ru")
    base = "/tsentr-tochka-rosta"
    menu = [("Сведения об образовательной организации", "/svedeniya-ob-obrazovatelnoy-organizatsii/", []),
            ("Родителям и ученикам", "/roditelyam-i-uchenikam/novosti/", [("Новости", "/roditelyam-i-uchenikam/novosti/")]),
            ("Контакты", "/kontakty/", [])]
    banner = f'<a href="{base}/"><img src="/netcat_files/banners/tr_banner_300x180.png" alt=""></a>'
    theme = gosweb_theme(school, menu, banners=banner, counter=0)
    footer_link = f'<p class="gw-footer-links"><a href="{base}/">Точка роста</a> · <a href="/kontakty/">Контакты</a></p>'

    def themed(title: str, body: str) -> str:
        return theme(title, body).replace("<footer class=\"gw-footer\">", "<footer class=\"gw-footer\">" + footer_link)
    expected = {"reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
                "publications_count": 3, "recommendations_current": True, "section_url": f"{school.url}tsentr-tochka-rosta/",
                "subsections": ["schedule", "documents", "news"]}
    site = new_site(school, expected, (
        "Gosweb section reachable only from the footer and from a banner whose image has an empty alt. "
        "«Режим занятости центра … на 2023/2024 учебный год» lists groups, days and times: a current timetable. The "
        "recommendations DOCX is linked as «Методические рекомендации», its own first line names ТВ-2356/02: current. "
        "Section news carry their date only in the first sentence; three are 2023 (one opens with the federal "
        "template but names our school), one is 2022."))
    files = "/netcat_files/45/960"
    site.page(f"{base}/", themed("Центр «Точка роста»", "<h1>Центр «Точка роста»</h1>"
              + template_intro("на базе Луговской средней школы", 2023)
              + link_list([(f"{base}/rezhim-zanyatosti/", "Режим занятости"), (f"{base}/dokumenty/", "Документы"),
                           (f"{base}/novosti/", "Новости")], "gw-tiles")))
    occupancy = [["Группа", "Руководитель", "Дни", "Время", "Кабинет"],
                 ["«Занимательная физика», 7 кл.", "Смирнова Е.А.", "вторник, четверг", "14:10–14:50", "Физика"],
                 ["«Химия для любознательных», 8 кл.", "Белова Н.В.", "понедельник", "14:10–15:30", "Химия"],
                 ["«Биологический практикум», 9 кл.", "Белова Н.В.", "среда", "14:10–14:50", "Биология"],
                 ["«Робототехника», 5–6 кл.", "Смирнова Е.А.", "пятница", "13:20–14:40", "Технология"]]
    site.page(f"{base}/rezhim-zanyatosti/", themed("Режим занятости", "<h1>Режим занятости</h1>"
              "<h2>Режим занятости центра «Точка роста» на 2023/2024 учебный год</h2>" + table(occupancy)
              + "<p>Центр открыт для обучающихся с 8:00 до 16:30.</p>"))
    site.page(f"{base}/dokumenty/", themed("Документы", "<h1>Документы</h1>" + link_list([
        (f"{files}/Metod_rekomendatsii.docx", "Методические рекомендации"),
        (f"{files}/Polozhenie.pdf", "Положение о центре «Точка роста»")])))
    docx_doc(site, f"{files}/Metod_rekomendatsii.docx", recommendations_lines(
        "Приложение к письму Минпросвещения России от 30.11.2023 № ТВ-2356/02"), created=datetime(2023, 12, 5))
    pdf_doc(site, f"{files}/Polozhenie.pdf", ["Положение о центре «Точка роста» МОУ «Луговская СШ»", "утверждено приказом от 30.08.2023 № 71"])
    items = [
        {"target": f"{base}/novosti/nedelya-fiziki.html", "title": "Неделя физики",
         "body": paragraphs("С 13 по 17 ноября 2023 года в центре «Точка роста» Луговской школы прошла неделя физики. "
                            "Семиклассники измеряли скорость и ускорение с помощью цифровых датчиков.")},
        {"target": f"{base}/novosti/otkrytie-tsentra.html", "title": "Открылся центр «Точка роста»",
         "body": paragraphs("1 сентября 2023 года в рамках нацпроекта «Образование» в нашей школе открывается один из "
                            "современных центров «Точка роста». Центры «Точка роста» на базе общеобразовательных "
                            "организаций сельской местности и малых городов создаются для повышения качества образования.",
                            "Первыми в новые кабинеты вошли ученики 5 класса Луговской средней школы и их классный руководитель.")},
        {"target": f"{base}/novosti/ekskursiya-v-laboratoriyu.html", "title": "Экскурсия для малышей",
         "body": paragraphs("4 октября 2023 г. учащиеся начальных классов побывали на экскурсии в нашем центре: "
                            "девятиклассники показали им опыты с микроскопом.")},
        {"target": f"{base}/novosti/remont.html", "title": "Готовимся к открытию",
         "body": paragraphs("В июне 2022 года в школе начался ремонт кабинетов, где разместится будущий центр.")}]
    news_items(site, themed, items)
    site.page(f"{base}/novosti/", themed("Новости", "<h1>Новости центра</h1>" + news_list(items)))
    general = [{"target": "/roditelyam-i-uchenikam/novosti/bessmertnyy-polk.html", "list_date": "10.05.2023", "title": "Бессмертный полк",
                "body": paragraphs("Ученики и учителя прошли в колонне «Бессмертного полка».")}]
    news_items(site, themed, general)
    site.page("/roditelyam-i-uchenikam/novosti/", themed("Новости", "<h1>Новости</h1>" + news_list(general)))
    gosweb_home(site, themed, school, general, "Луговская средняя школа имени В.Ф. Рябова.")
    gosweb_standard_pages(site, themed, school, founded="1958", pupils=131)
    return finish(site)


# == uCoz / narod: table layout, windows-1251 ============================================
def ucoz_theme(school: School, menu: list[tuple[str, str]], *, declare: str, informer: str = "") -> Theme:
    """A uCoz template of the 2010s: one big table, left «Меню сайта», right column with
    the calendar and statistics; the charset only in a <meta> or nowhere at all."""
    meta = '<meta http-equiv="content-type" content="text/html; charset=windows-1251">' if declare == "meta" else ""
    left = "".join(f'<tr><td class="menu"><a href="{h}">{t}</a></td></tr>' for t, h in menu)

    def render(title: str, body: str) -> str:
        return (f'<html><head>{meta}<title>{school.short} - {title}</title>'
                f'<link type="text/css" rel="StyleSheet" href="/_st/my.css" /></head>'
                f'<body bgcolor="#FFFFFF" topmargin="0"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
                f'<tr><td colspan="3" class="top">Главная | Регистрация | Вход | RSS</td></tr>'
                f'<tr><td colspan="3" height="120" background="/images/top.jpg"><font size="5"><b>{school.short}</b></font>'
                f'<br>{school.town}</td></tr><tr><td width="200" valign="top"><table width="100%">'
                f'<tr><td class="blocktitle">Меню сайта</td></tr>{left}</table>{informer}</td>'
                f'<td valign="top" class="content">{body}</td>'
                f'<td width="180" valign="top"><table><tr><td class="blocktitle">Статистика</td></tr>'
                f'<tr><td>Онлайн всего: 1<br>Гостей: 1<br>Пользователей: 0</td></tr></table></td></tr>'
                f'<tr><td colspan="3" align="center" class="copy">Copyright {school.short} &copy; 2023<br>'
                f'<a href="https://www.ucoz.ru/" title="Создать сайт бесплатно">Хостинг от uCoz</a></td></tr>'
                f'</table></body></html>')
    return render


def cp1251_pages(site: Site, declare: str) -> Callable[[str, str], None]:
    """The site's ``page`` with its encoding fixed: windows-1251, declared as given."""
    return lambda target, html: site.page(target, html, charset="cp1251", declare=declare)


def f05_ucoz_table_yearless_dates() -> Site:
    school = School("f05", "Муниципальное бюджетное общеобразовательное учреждение «Березняковская средняя общеобразовательная школа»",
                    "МБОУ Березняковская СОШ", "с. Березняки", "Иркутская область", "Нижнеилимский район",
                    "665660, Иркутская обл., с. Березняки, ул. Школьная, 1", "8 (39566) 6-21-44", "bereznyaki_sosh@mail.ru",
                    "Ковалёва Светлана Николаевна", "bereznyaki-shkola.ucoz.ru", scheme="http")
    base = "/index/tochka_rosta/0-45"
    menu = [("Главная страница", "/"), ("Сведения об ОО", "/index/svedenija_ob_oo/0-2"), ("Новости", "/news/"),
            ("Центр \"Точка роста\"", base), ("Документы центра", "/index/dokumenty_tochka_rosta/0-46"),
            ("Педагоги центра", "/index/pedagogi_centra/0-47"), ("Контакты", "/index/kontakty/0-3")]
    theme = ucoz_theme(school, menu, declare="meta")
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": False, "section_url": f"{school.url}index/tochka_rosta/0-45",
        "subsections": ["documents", "teachers", "schedule"]}, (
        "uCoz table layout in windows-1251 declared only by <meta>. The section page itself holds the HTML table "
        "«Расписание занятий … на 2023-2024 учебный год» (current). The news listing prints year-less dates "
        "(«15 марта»), the year is only in the /news/…/2023-03-15-48 URL: two 2023 center items, one unrelated. "
        "Documents: Р-6 and ТВ-1913/02 only — outdated."))
    page = cp1251_pages(site, "meta")
    page(base, theme("Центр \"Точка роста\"", "<h2>Центр образования естественно-научной и технологической направленностей "
         "\"Точка роста\"</h2>" + template_intro("на базе МБОУ Березняковская СОШ", 2021)
         + "<p><b>Расписание занятий центра \"Точка роста\" на 2023-2024 учебный год</b></p>"
         + table(CLUBS_2023, 'border="1" cellspacing="0" cellpadding="2" width="100%"')
         + "<p>Руководитель центра: Петухова Анна Ильинична</p>"))
    page("/index/dokumenty_tochka_rosta/0-46", theme("Документы центра", "<h2>Документы</h2>" + link_list([
        ("/_ld/0/12_r6.pdf", "Распоряжение Минпросвещения России от 12.01.2021 N Р-6"),
        ("/_ld/0/13_metod_rek.pdf", "Методические рекомендации (письмо от 01.11.2021 N ТВ-1913/02)"),
        ("/_ld/0/14_polozhenie.pdf", "Положение о центре")])))
    pdf_doc(site, "/_ld/0/12_r6.pdf", ["Распоряжение от 12.01.2021 № Р-6"])
    pdf_doc(site, "/_ld/0/13_metod_rek.pdf", recommendations_lines("Письмо от 01.11.2021 № ТВ-1913/02"))
    pdf_doc(site, "/_ld/0/14_polozhenie.pdf", ["Положение о центре «Точка роста» МБОУ Березняковская СОШ"])
    page("/index/pedagogi_centra/0-47", theme("Педагоги центра", "<h2>Педагоги</h2>" + table([
        ["ФИО", "Предмет"], ["Петухова Анна Ильинична", "химия, биология"], ["Зуев Константин Олегович", "физика, технология"]])))
    news = [
        {"target": "/news/opyty_s_cifrovoj_laboratoriej/2023-03-15-48", "list_date": "15 марта", "title": "Опыты с цифровой лабораторией",
         "body": paragraphs("15 марта восьмиклассники на уроке химии в центре «Точка роста» исследовали "
                            "теплоту растворения солей с датчиком температуры.")},
        {"target": "/news/den_nauki_v_tochke_rosta/2023-02-08-41", "list_date": "8 февраля", "title": "День российской науки в «Точке роста»",
         "body": paragraphs("8 февраля в нашем центре прошёл день науки: ученики 6–9 классов показали младшим свои проекты.")},
        {"target": "/news/sbor_makulatury/2023-04-20-52", "list_date": "20 апреля", "title": "Сбор макулатуры",
         "body": paragraphs("20 апреля прошла акция «Бумажный бум». Собрано 640 кг макулатуры.")}]
    for item in news:
        page(item["target"], theme(item["title"], f"<h2>{item['title']}</h2><div class='eDetails'>Добавил: admin</div>{item['body']}"))
    page("/news/", theme("Новости", "<h2>Новости</h2>" + news_list(news)))
    page("/", theme("Главная", "<h2>Добро пожаловать на сайт школы!</h2><p>Наш адрес: " + school.address + "</p>"
                    + news_list(news[:2]) + f'<p><a href="{base}"><img src="/images/tochka_rosta_banner.png" alt="Точка роста" border="0"></a></p>'))
    page("/index/svedenija_ob_oo/0-2", theme("Сведения об ОО", "<h2>Сведения об образовательной организации</h2>"
         + bullets(["Основные сведения", "Структура и органы управления", "Документы"])
         + f"<p>{school.full}</p><p>Директор: {school.director}</p>"))
    page("/index/kontakty/0-3", theme("Контакты", f"<h2>Контакты</h2><p>{school.address}</p><p>Тел. {school.phone}</p>"))
    return finish(site)


def f06_narod_frames() -> Site:
    school = School("f06", "Муниципальное общеобразовательное учреждение «Сосновская средняя общеобразовательная школа»",
                    "МОУ Сосновская СОШ", "с. Сосновка", "Пензенская область", "Белинский район",
                    "442270, Пензенская обл., Белинский р-н, с. Сосновка, ул. Мира, 14", "8 (84153) 3-61-12",
                    "sosnovka_school@list.ru", "Горелов Виктор Андреевич", "sosnovskaya-school.narod.ru", scheme="http")
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 1, "recommendations_current": True, "section_url": f"{school.url}tochka/index.html",
        "subsections": ["documents", "teachers", "schedule"]}, (
        "Old narod.ru site in windows-1251 with no charset declaration at all, built from a <frameset> (menu frame + "
        "main frame). The section page embeds its timetable through an <iframe>: the framed page has the heading "
        "«Расписание занятий центра «Точка роста» на 2023-2024 учебный год» and a table (current). Recommendations "
        "ТВ-2356/02 linked (current). All news sit on one page with «12.09.2023» dates: one 2023 center item."))
    page = cp1251_pages(site, "none")

    def theme(title: str, body: str) -> str:
        return (f'<html><head><title>{title}</title></head><body bgcolor="#FFFFF0" link="#003399">'
                f'<table width="95%" align="center"><tr><td><font face="Verdana" size="2">{body}</font></td></tr></table>'
                f'<hr><center><font size="1">{school.short}, {school.address}</font></center></body></html>')
    page("/", f'<html><head><title>{school.short}</title></head><frameset cols="220,*" border="0">'
              '<frame src="menu.html" name="menu" scrolling="no"><frame src="main.html" name="main">'
              f'<noframes><body>Ваш браузер не поддерживает фреймы. <a href="main.html">{school.short}</a></body></noframes>'
              '</frameset></html>')
    links = [("main.html", "Главная"), ("svedeniya.html", "Сведения об ОУ"), ("news.html", "Новости"),
             ("tochka/index.html", "Точка роста"), ("kontakty.html", "Контакты")]
    page("/menu.html", '<html><body bgcolor="#336699"><img src="images/logo.gif" alt="МОУ Сосновская СОШ"><br>'
         + "".join(f'<a href="{h}" target="main"><font color="white">{t}</font></a><br>' for h, t in links)
         + '<br><a href="http://www.edu.ru" target="_blank"><img src="images/edu_ru.gif" alt="edu.ru"></a></body></html>')
    news = [("12.09.2023", "Начались занятия в центре «Точка роста»", "В нашем центре «Точка роста» начались занятия "
             "объединений: «Юный химик», «Робототехника», «Физика вокруг нас». Записалось 58 учеников."),
            ("25.05.2023", "Последний звонок", "Для выпускников 9 и 11 классов прозвенел последний звонок."),
            ("03.10.2022", "День учителя", "Ученики поздравили учителей концертом. В кабинете «Точки роста» "
             "старшеклассники провели уроки для младших.")]
    page("/news.html", theme("Новости", "<h3>Новости школы</h3>" + "".join(
        f"<p><b>{d}</b> <u>{t}</u><br>{b}</p>" for d, t, b in news)))
    page("/main.html", theme("Главная", f"<h2 align='center'>{school.full}</h2><p>Уважаемые посетители! "
         "Вы находитесь на официальном сайте нашей школы.</p><p><b>Последние новости:</b> "
         f"{news[0][0]} — <a href='news.html'>{news[0][1]}</a></p>"))
    page("/svedeniya.html", theme("Сведения", f"<h3>Сведения об образовательном учреждении</h3><p>{school.full}</p>"
         f"<p>Директор: {school.director}. Год основания: 1967.</p>"))
    page("/kontakty.html", theme("Контакты", f"<h3>Контакты</h3><p>{school.address}<br>тел. {school.phone}<br>{school.email}</p>"))
    page("/tochka/index.html", theme("Точка роста", "<h3>Центр «Точка роста»</h3>"
         + template_intro("на базе МОУ Сосновская СОШ", 2022)
         + '<p><a href="dokumenty.html">Документы</a> | <a href="pedagogi.html">Педагоги</a></p>'
         + '<iframe src="raspisanie.html" width="100%" height="420" frameborder="0"></iframe>'))
    page("/tochka/raspisanie.html", theme("Расписание", "<h3>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h3>"
         + table(CLUBS_2023, 'border="1" cellspacing="0"')))
    page("/tochka/dokumenty.html", theme("Документы", "<h3>Документы центра</h3>" + link_list([
        ("docs/metod_rek_2023.pdf", "Методические рекомендации (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)"),
        ("docs/prikaz_tr.pdf", "Приказ о создании центра")])))
    pdf_doc(site, "/tochka/docs/metod_rek_2023.pdf", recommendations_lines("к письму от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/tochka/docs/prikaz_tr.pdf", ["Приказ от 01.06.2022 № 54 «О создании центра «Точка роста»»"])
    page("/tochka/pedagogi.html", theme("Педагоги", "<h3>Педагоги центра</h3>" + bullets([
        "Горелова Ирина Петровна — руководитель центра, учитель биологии",
        "Дьяков Сергей Ильич — учитель физики и технологии"])))
    return finish(site)


def f07_ucoz_stale_only_soft404() -> Site:
    school = School("f07", "Муниципальное казённое общеобразовательное учреждение «Озёрковская средняя школа»",
                    "МКОУ Озёрковская СШ", "с. Озёрки", "Алтайский край", "Заринский район",
                    "659130, Алтайский край, с. Озёрки, ул. Советская, 33", "8 (38595) 2-33-10",
                    "ozerki.school@mail.ru", "Шмидт Елена Карловна", "ozerki-school.ucoz.net", scheme="http")
    base = "/index/obshhaja_informacija_o_centre_quot_tochka_rosta_quot/0-87"
    menu = [("Главная", "/"), ("Новости", "/news/"), ("Точка роста", base), ("Расписание центра", "/index/raspisanie_tochka_rosta/0-88"),
            ("Документы центра", "/index/dokumenty_tochka_rosta/0-89"), ("Фотоальбом центра", "/photo/tochka_rosta_2022/3"),
            ("Контакты", "/index/0-3")]
    theme = ucoz_theme(school, menu, declare="none")
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "stale", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"{school.url}{base.lstrip('/')}",
        "subsections": ["schedule", "documents"]}, (
        "uCoz in windows-1251 with no charset declaration; unknown paths answer 200 with a «not found» page "
        "(soft 404) and the menu's photo album link is dead that way. The only timetables are of 2022-2023 "
        "(an HTML table and a PDF): stale. Two 2023 center news under /news/YYYY-MM-DD-N; recommendations ТВ-2356/02."),
        soft404=True)
    page = cp1251_pages(site, "none")
    page(base, theme("Общая информация о центре", "<h2>Общая информация о центре \"Точка роста\"</h2>"
         + template_intro("на базе МКОУ Озёрковская СШ", 2020)))
    page("/index/raspisanie_tochka_rosta/0-88", theme("Расписание центра", "<h2>Расписание занятий центра \"Точка роста\" на 2022-2023 учебный год</h2>"
         + table(CLUBS_2023, 'border="1" cellspacing="0"')
         + '<p><a href="/_ld/1/105_vneurochka_22-23.pdf">Расписание внеурочной деятельности 2022-2023</a></p>'))
    pdf_doc(site, "/_ld/1/105_vneurochka_22-23.pdf", ["Расписание внеурочной деятельности на 2022-2023 учебный год",
                                                      "МКОУ Озёрковская СШ"] + [" | ".join(r) for r in CLUBS_2023], created="20220905")
    page("/index/dokumenty_tochka_rosta/0-89", theme("Документы центра", "<h2>Документы</h2>" + link_list([
        ("/_ld/1/130_pismo_2356.pdf", "Письмо Минпросвещения от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»"),
        ("/_ld/1/98_polozhenie.pdf", "Положение о центре")])))
    pdf_doc(site, "/_ld/1/130_pismo_2356.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/_ld/1/98_polozhenie.pdf", ["Положение о центре «Точка роста» МКОУ Озёрковская СШ"])
    news = [
        {"target": "/news/2023-10-05-112", "list_date": "05.10.2023", "title": "Лабораторный практикум для девятиклассников",
         "body": paragraphs("Девятиклассники готовятся к ОГЭ по химии на оборудовании центра «Точка роста» нашей школы.")},
        {"target": "/news/2023-04-12-97", "list_date": "12.04.2023", "title": "Гагаринский урок в Точке роста",
         "body": paragraphs("В центре «Точка роста» прошёл Гагаринский урок: ребята собрали и запустили модели ракет.")},
        {"target": "/news/2023-01-25-90", "list_date": "25.01.2023", "title": "Лыжные соревнования",
         "body": paragraphs("Команда школы заняла второе место в районных лыжных гонках.")}]
    for item in news:
        page(item["target"], theme(item["title"], f"<h2>{item['title']}</h2><div class='eDetails'>{item['list_date']}</div>{item['body']}"))
    page("/news/", theme("Новости", news_list(news)))
    page("/", theme("Главная", "<h2>Добро пожаловать!</h2>" + news_list(news[:2])))
    page("/index/0-3", theme("Контакты", f"<p>{school.address}<br>{school.phone}</p>"))
    return finish(site)


def f08_ucoz_no_center_hard_negative() -> Site:
    school = School("f08", "Муниципальное бюджетное общеобразовательное учреждение «Покровская средняя общеобразовательная школа»",
                    "МБОУ Покровская СОШ", "с. Покровка", "Оренбургская область", "Новосергиевский район",
                    "461221, Оренбургская обл., с. Покровка, ул. Ленина, 52", "8 (35339) 9-12-05",
                    "pokrovka.sosh@yandex.ru", "Ильина Марина Сергеевна", "pokrovka-sosh.ucoz.ru", scheme="http")
    menu = [("Главная", "/"), ("Сведения об ОО", "/index/svedenija/0-5"), ("Новости", "/news/"),
            ("Расписание уроков", "/index/raspisanie_urokov/0-12"), ("Контакты", "/index/0-3")]
    theme = ucoz_theme(school, menu, declare="meta")
    site = new_site(school, {
        "reachable": True, "section_found": False, "schedule_status": "missing", "has_publications": False,
        "publications_count": 0, "recommendations_current": False}, (
        "Hard negative: a uCoz school with no center at all (listed as «Точка роста» by mistake). Its news say "
        "«Педсовет: точки роста школы в новом учебном году», «отправная точка роста», and one is a class visit to the "
        "regional «Кванториум». The school-wide lesson timetable is not a center timetable. Nothing counts."))
    page = cp1251_pages(site, "meta")
    news = [
        {"target": "/news/pedsovet_tochki_rosta_shkoly_v_novom_uchebnom_godu/2023-08-30-64", "list_date": "30.08.2023",
         "title": "Педсовет: точки роста школы в новом учебном году",
         "body": paragraphs("На августовском педсовете коллектив обсудил точки роста школы: функциональная грамотность, "
                            "наставничество, работа с одарёнными детьми. Директор М.С. Ильина подвела итоги года.")},
        {"target": "/news/otpravnaja_tochka_rosta/2023-06-24-58", "list_date": "24.06.2023",
         "title": "Выпускной-2023", "body": paragraphs("Выпускникам вручили аттестаты. «Школа — это отправная точка роста, "
                                                       "дальше всё зависит от вас», — сказала классный руководитель.")},
        {"target": "/news/ehkskursija_v_kvantorium/2023-11-17-71", "list_date": "17.11.2023",
         "title": "Экскурсия в Кванториум",
         "body": paragraphs("Ученики 7 класса посетили детский технопарк «Кванториум» в Оренбурге, побывали в "
                            "промробоквантуме и хайтек-цехе.")},
        {"target": "/news/den_materi/2023-11-26-72", "list_date": "26.11.2023", "title": "День матери",
         "body": paragraphs("Концерт для мам подготовили ученики начальной школы.")}]
    for item in news:
        page(item["target"], theme(item["title"], f"<h2>{item['title']}</h2><div class='eDetails'>{item['list_date']}</div>{item['body']}"))
    page("/news/", theme("Новости", news_list(news)))
    page("/", theme("Главная", "<h2>Официальный сайт МБОУ Покровская СОШ</h2>" + news_list(news[:3])))
    page("/index/svedenija/0-5", theme("Сведения об ОО", f"<h2>Сведения об образовательной организации</h2><p>{school.full}</p>"
         + link_list([("/_ld/0/1_ustav.pdf", "Устав"), ("/_ld/0/2_licenzija.pdf", "Лицензия")])))
    pdf_doc(site, "/_ld/0/1_ustav.pdf", ["УСТАВ МБОУ Покровская СОШ", "1. Общие положения"])
    pdf_doc(site, "/_ld/0/2_licenzija.pdf", ["Лицензия на осуществление образовательной деятельности № 2841 от 14.03.2016"])
    page("/index/raspisanie_urokov/0-12", theme("Расписание уроков", "<h2>Расписание уроков на 2023-2024 учебный год</h2>"
         + table([["Урок", "5 класс", "6 класс", "7 класс"], ["1", "Русский язык", "Математика", "История"],
                  ["2", "Математика", "Русский язык", "Алгебра"], ["3", "Биология", "Литература", "Физика"]])))
    page("/index/0-3", theme("Контакты", f"<p>{school.address}<br>{school.phone}</p>"))
    return finish(site)


# == WordPress ============================================================================
def wp_theme(school: School, menu: Menu, recent: list[tuple[str, str]], tagline: str, *, counter: int) -> Theme:
    """A school theme on WordPress: site title and tagline, a primary menu with drop-downs,
    the usual sidebar widgets and the «Работает на WordPress» footer with the visit counter."""
    nav = ""
    for text, href, children in menu:
        sub = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in children)
        sub_html = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        nav += f'<li class="menu-item{" menu-item-has-children" if sub else ""}"><a href="{href}">{text}</a>{sub_html}</li>'
    side = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in recent)

    def render(title: str, body: str) -> str:
        return (f'<!DOCTYPE html><html lang="ru-RU"><head><meta charset="UTF-8"><title>{title} &#8212; {school.short}</title>'
                f"<link rel='stylesheet' href='/wp-content/themes/school-edu/style.css?ver=6.3.2' type='text/css' media='all' />"
                f'</head><body class="wp-site">'
                f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{school.short}</a></p>'
                f'<p class="site-description">{tagline}</p><nav id="site-navigation" class="main-navigation">'
                f'<ul id="primary-menu" class="menu">{nav}</ul></nav></header>'
                f'<div id="content" class="site-content"><main id="main" class="site-main">{body}</main>'
                f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
                f'<h2 class="widget-title">Свежие записи</h2><ul>{side}</ul></section>'
                f'<section class="widget"><a href="https://www.gosuslugi.ru/"><img src="/wp-content/uploads/2022/03/gosuslugi.png" alt="Госуслуги"></a></section>'
                f'</aside></div><footer id="colophon" class="site-footer"><p>{school.full}, {school.address}</p>'
                f'<p>Работает на WordPress</p>{metrika(counter)}</footer></body></html>')
    return render


def wp_info_paths(root: str) -> dict[str, str]:
    return {"basic": f"{root}osnovnye-svedeniya/", "management": f"{root}rukovodstvo/", "food": f"{root}pitanie/",
            "contacts": "/kontakty/"}


def info_links(paths: dict[str, str]) -> list[tuple[str, str]]:
    return [(INFO_TITLES[kind], target) for kind, target in paths.items()]


def wp_info_pages(site: Site, theme: Theme, school: School, paths: dict[str, str], *, founded: str, pupils: int,
                  root: str = "/svedeniya/") -> None:
    """«Сведения об образовательной организации» as a parent page with its children."""
    links = school_info_pages(site, theme, school, paths, founded=founded, pupils=pupils)
    site.page(root, theme("Сведения об образовательной организации", wp_article(
        "Сведения об образовательной организации", f"<p>{school.full}</p>" + link_list([(h, t) for t, h in links]))))


def wp_article(title: str, body: str, *, shown_date: str = "", iso: str = "") -> str:
    time_tag = f'<time class="entry-date published" datetime="{iso}">{shown_date}</time>' if iso else shown_date
    meta = f'<div class="entry-meta"><span class="posted-on">{time_tag}</span></div>' if shown_date else ""
    return f'<article class="post"><header class="entry-header"><h1 class="entry-title">{title}</h1>{meta}</header>' \
           f'<div class="entry-content">{body}</div></article>'


def wp_posts(site: Site, theme: Theme, posts: list[dict]) -> None:
    """Single posts; a post with an ISO date also gets the SEO plugin's article:published_time."""
    for post in posts:
        html = theme(post["title"], wp_article(post["title"], post["body"], shown_date=post.get("shown", ""),
                                               iso=post.get("iso", "")))
        if post.get("iso"):
            html = html.replace("</head>", f'<meta property="article:published_time" content="{post["iso"]}"></head>', 1)
        site.page(post["target"], html)


def wp_archive(posts: list[dict]) -> str:
    return "".join(f'<article class="post"><h2 class="entry-title"><a href="{p["target"]}">{p["title"]}</a></h2>'
                   f'<span class="posted-on">{p.get("shown", "")}</span><p>{p.get("teaser", "")}</p></article>' for p in posts)


def f09_wp_figure_timetable_month_first_dates() -> Site:
    school = School("f09", "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 2 г. Усть-Катава»",
                    "МАОУ СОШ № 2 г. Усть-Катава", "г. Усть-Катав", "Челябинская область", "Усть-Катавский городской округ",
                    "456040, Челябинская обл., г. Усть-Катав, ул. Заводская, 17", "8 (35167) 2-08-44",
                    "school2-uk@mail.ru", "Давыдова Ольга Михайловна", "school2-ukatav.ru")
    posts = [
        {"target": "/2023/11/02/turnir-yunyh-biologov/", "shown": "Ноябрь 2, 2023", "title": "Турнир юных биологов",
         "body": paragraphs("В центре «Точка роста» нашей школы прошёл турнир юных биологов для 6–7 классов. "
                            "Команды работали с цифровыми микроскопами и определителями растений.")},
        {"target": "/2023/09/14/start-obedineniy/", "shown": "Сентябрь 14, 2023", "title": "Стартовали занятия объединений",
         "body": paragraphs("В «Точке роста» МАОУ СОШ № 2 начали работу шесть объединений дополнительного образования.")},
        {"target": "/2023/10/20/sdaem-normy-gto/", "shown": "Октябрь 20, 2023", "title": "Сдаём нормы ГТО",
         "body": paragraphs("Ученики 5–6 классов выполнили нормативы комплекса ГТО.")},
        {"target": "/2021/12/24/god-tsentra/", "shown": "Декабрь 24, 2021", "title": "Центр «Точка роста»: первые итоги",
         "body": paragraphs("Подводим первые итоги работы нашего центра «Точка роста», открытого в сентябре.")}]
    info = wp_info_paths("/svedeniya/")
    menu = [("Главная", "/", []), ("Сведения об ОО", "/svedeniya/", info_links(info)),
            ("Точка роста", "/tochka-rosta/", [("Расписание", "/tochka-rosta/raspisanie/"), ("Документы", "/tochka-rosta/dokumenty/")]),
            ("Новости", "/category/novosti/", []), ("Контакты", "/kontakty/", [])]
    theme = wp_theme(school, menu, [(p["title"], p["target"]) for p in posts[:3]], "Учимся с увлечением!", counter=45120977)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"{school.url}tochka-rosta/",
        "subsections": ["schedule", "documents", "news"]}, (
        "WordPress school; the section's «Расписание» child page shows the timetable as an image in a <figure> whose "
        "<figcaption> (and file name) say «Расписание занятий центра «Точка роста» на 2023-2024 учебный год»: current. "
        "Posts show dates as «Ноябрь 2, 2023» (month first); two 2023 posts about the center, one 2021, one unrelated. "
        "Recommendations: ТВ-2356/02."))
    wp_posts(site, theme, posts)
    site.page("/category/novosti/", theme("Новости", "<h1 class='page-title'>Рубрика: Новости</h1>" + wp_archive(posts)))
    site.page("/category/tochka-rosta/", theme("Точка роста", "<h1 class='page-title'>Рубрика: Точка роста</h1>"
                                               + wp_archive([posts[0], posts[1], posts[3]])))
    sub = [("/tochka-rosta/raspisanie/", "Расписание"), ("/tochka-rosta/dokumenty/", "Документы"),
           ("/category/tochka-rosta/", "Новости центра")]
    site.page("/tochka-rosta/", theme("Точка роста", wp_article("Центр «Точка роста»", template_intro("на базе МАОУ СОШ № 2 г. Усть-Катава", 2021)
                                                                + link_list(sub))))
    image = "/wp-content/uploads/2023/09/raspisanie-tochka-rosta-2023-2024.jpg"
    site.page("/tochka-rosta/raspisanie/", theme("Расписание", wp_article("Расписание", (
        f'<figure class="wp-block-image size-large"><img src="{image}" alt="" class="wp-image-1182">'
        "<figcaption>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</figcaption></figure>"))))
    site.page("/tochka-rosta/dokumenty/", theme("Документы", wp_article("Документы", link_list([
        ("/wp-content/uploads/2023/12/pismo-tv-2356-02.pdf", "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»"),
        ("/wp-content/uploads/2021/08/polozhenie-tr.pdf", "Положение о центре «Точка роста»")]))))
    pdf_doc(site, "/wp-content/uploads/2023/12/pismo-tv-2356-02.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    pdf_doc(site, "/wp-content/uploads/2021/08/polozhenie-tr.pdf", ["Положение о центре «Точка роста» МАОУ СОШ № 2"], created="20210820")
    site.page("/", theme("Главная", '<section class="home-news"><h2>Новости</h2>' + wp_archive(posts[:3]) + "</section>"
                                    '<a href="/tochka-rosta/"><img src="/wp-content/uploads/2021/09/tochka-300x180.jpg" alt="Точка роста"></a>'))
    wp_info_pages(site, theme, school, info, founded="1936", pupils=684)
    return finish(site)


def f10_wp_upload_path_dates_only() -> Site:
    school = School("f10", "Муниципальное бюджетное общеобразовательное учреждение «Кривецкая средняя школа»",
                    "МБОУ «Кривецкая СШ»", "с. Кривец", "Липецкая область", "Добровский муниципальный округ",
                    "399145, Липецкая обл., с. Кривец, ул. Молодёжная, 3", "8 (47463) 3-11-47",
                    "krivec-school@yandex.ru", "Пашкова Лариса Ивановна", "krivec-school48.ru")
    posts = [
        {"target": "/?p=2214", "shown": "07.11.2023", "iso": "2023-11-07T10:12:00+03:00", "title": "Проектная неделя",
         "body": paragraphs("Старшеклассники защитили проекты, выполненные в центре «Точка роста» Кривецкой школы: "
                            "метеостанция на Arduino и анализ качества воды в реке Воронеж.")},
        {"target": "/?p=2150", "shown": "19.09.2023", "iso": "2023-09-19T14:40:00+03:00", "title": "«Точка роста» приглашает",
         "body": paragraphs("Началась запись в объединения нашего центра «Точка роста». Расписание — в разделе центра.")},
        {"target": "/?p=2101", "shown": "01.09.2023", "iso": "2023-09-01T09:00:00+03:00", "title": "День знаний",
         "body": paragraphs("Торжественная линейка прошла на школьном дворе.")}]
    info = {"basic": "/?page_id=11", "management": "/?page_id=13", "food": "/?page_id=15", "contacts": "/?page_id=9"}
    menu = [("Главная", "/", []), ("О школе", "/?page_id=2", info_links(info)), ("Центр «Точка роста»", "/?page_id=845", []),
            ("Контакты", "/?page_id=9", [])]
    theme = wp_theme(school, menu, [(p["title"], p["target"]) for p in posts], "Официальный сайт", counter=61877402)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": False, "section_url": f"{school.url}?page_id=845",
        "subsections": ["schedule", "documents"]}, (
        "WordPress with ?page_id= / ?p= links and <time datetime>. The timetable links say only «Расписание …» and "
        "the PDFs carry no year and no creation date; only the upload path /wp-content/uploads/2023/09/ dates them "
        "(current). Documents: only the 2021 letter ТВ-1913/02 (outdated). Two 2023 posts about the center."))
    wp_posts(site, theme, posts)
    up = "/wp-content/uploads/2023/09"
    site.page("/?page_id=845", theme("Центр «Точка роста»", wp_article("Центр «Точка роста»",
        template_intro("на базе МБОУ «Кривецкая СШ»", 2021)
        + "<h3>Расписание</h3>" + link_list([(f"{up}/raspisanie-vneurochnoy-deyatelnosti.pdf", "Расписание внеурочной деятельности"),
                                              (f"{up}/raspisanie-dop-obrazovaniya.pdf", "Расписание дополнительного образования")])
        + "<h3>Документы</h3>" + link_list([("/wp-content/uploads/2021/11/metod-rekomendatsii.pdf",
                                            "Методические рекомендации (письмо от 01.11.2021 № ТВ-1913/02)"),
                                           ("/wp-content/uploads/2021/08/polozhenie.pdf", "Положение о центре")]))))
    for name, kind in (("raspisanie-vneurochnoy-deyatelnosti", "внеурочной деятельности"), ("raspisanie-dop-obrazovaniya", "дополнительного образования")):
        pdf_doc(site, f"{up}/{name}.pdf", [f"Расписание занятий {kind} центра «Точка роста»", "МБОУ «Кривецкая СШ»"]
                + [" | ".join(r) for r in CLUBS_2023], created=None)
    pdf_doc(site, "/wp-content/uploads/2021/11/metod-rekomendatsii.pdf", recommendations_lines("от 01.11.2021 № ТВ-1913/02"))
    pdf_doc(site, "/wp-content/uploads/2021/08/polozhenie.pdf", ["Положение о центре «Точка роста» МБОУ «Кривецкая СШ»"])
    site.page("/", theme("Главная", wp_archive(posts)))
    wp_info_pages(site, theme, school, info, founded="1976", pupils=143, root="/?page_id=2")
    return finish(site)


def f11_wp_timetable_in_news_post() -> Site:
    school = School("f11", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия г. Сурска»",
                    "МБОУ «Гимназия г. Сурска»", "г. Сурск", "Пензенская область", "Городищенский район",
                    "442300, Пензенская обл., г. Сурск, ул. Ленина, 40", "8 (84158) 2-25-90",
                    "gimn-sursk@obr58.ru", "Романова Валентина Петровна", "gimnaziya-sursk.ru")
    posts = [
        {"target": "/2023/12/06/konkurs-issledovatelskih-rabot/", "shown": "06.12.2023", "iso": "2023-12-06T12:30:00+03:00", "title": "Конкурс исследовательских работ",
         "body": paragraphs("Центры «Точка роста» на базе общеобразовательных организаций сельской местности и малых "
                            "городов создаются для развития естественно-научного образования. В гимназии г. Сурска на "
                            "базе нашего центра прошёл конкурс исследовательских работ: 14 участников, 3 победителя.")},
        {"target": "/2023/08/30/raspisanie-na-novyy-uchebnyy-god/", "shown": "30.08.2023", "iso": "2023-08-30T17:05:00+03:00", "title": "Расписание на новый учебный год",
         "body": paragraphs("Публикуем расписание занятий центра «Точка роста» на 2023-2024 учебный год.")
                 + "<h3>Внеурочная деятельность</h3>" + table(CLUBS_2023) + "<h3>Урочная деятельность</h3>" + table(LESSONS_2023)},
        {"target": "/2023/05/18/federalnyy-proekt/", "shown": "18.05.2023", "iso": "2023-05-18T09:00:00+03:00", "title": "Более 2 000 «Точек роста» откроется в этом году",
         "body": paragraphs("В 2023 году в России откроется более 2 000 «Точек роста». Центры создаются в рамках "
                            "федерального проекта «Современная школа».")},
        {"target": "/2023/03/01/maslenitsa/", "shown": "01.03.2023", "iso": "2023-03-01T15:45:00+03:00", "title": "Масленица", "body": paragraphs("Весёлые гуляния на школьном дворе.")}]
    info = wp_info_paths("/svedeniya/")
    menu = [("Главная", "/", []), ("Сведения", "/svedeniya/", info_links(info)), ("Точка роста", "/tochka-rosta/", []),
            ("Новости", "/novosti/", []), ("Контакты", "/kontakty/", [])]
    theme = wp_theme(school, menu, [(p["title"], p["target"]) for p in posts[:3]], "Гимназия г. Сурска", counter=38004519)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "current", "has_publications": True,
        "publications_count": 2, "recommendations_current": True, "section_url": f"{school.url}tochka-rosta/",
        "subsections": ["schedule", "documents", "news"]}, (
        "WordPress; the section points to its news category, and the timetable exists only inside the post "
        "«Расписание на новый учебный год» (30.08.2023, tables for 2023-2024): current. Publications: that post and a "
        "December post that opens with the federal template sentence but names our gymnasium and «нашего центра» (2). "
        "A post on «более 2 000 «Точек роста»» with no own-school marker and an unrelated post do not count."))
    wp_posts(site, theme, posts)
    center = posts[:3]
    site.page("/category/tochka-rosta/", theme("Точка роста", "<h1>Рубрика: Точка роста</h1>" + wp_archive(center)))
    site.page("/novosti/", theme("Новости", "<h1>Новости</h1>" + wp_archive(posts)))
    site.page("/tochka-rosta/", theme("Точка роста", wp_article("Центр «Точка роста»", (
        template_intro("в МБОУ «Гимназия г. Сурска»", 2022)
        + link_list([("/tochka-rosta/dokumenty/", "Документы"), ("/category/tochka-rosta/", "Новости и расписание центра")])))))
    site.page("/tochka-rosta/dokumenty/", theme("Документы", wp_article("Документы центра", link_list([
        ("/wp-content/uploads/2023/12/metodicheskie-rekomendatsii-2023.pdf",
         "Методические рекомендации (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02, заменяет письмо от 31.05.2022 № ТВ-977/02)")]))))
    pdf_doc(site, "/wp-content/uploads/2023/12/metodicheskie-rekomendatsii-2023.pdf", recommendations_lines("от 30.11.2023 № ТВ-2356/02"))
    site.page("/", theme("Главная", "<h2>Новости гимназии</h2>" + wp_archive(posts[:3])))
    wp_info_pages(site, theme, school, info, founded="1990", pupils=512)
    return finish(site)


def f12_wp_undated_files() -> Site:
    school = School("f12", "Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа с. Ягодное»",
                    "МОУ «СОШ с. Ягодное»", "с. Ягодное", "Саратовская область", "Ртищевский муниципальный район",
                    "412010, Саратовская обл., с. Ягодное, ул. Почтовая, 6", "8 (84540) 6-52-31",
                    "yagodnoe-sosh@mail.ru", "Фомин Николай Степанович", "yagodnoe-shkola.ru")
    posts = [{"target": "/2022/10/12/oborudovanie-postupilo/", "shown": "12.10.2022", "title": "Оборудование для центра поступило",
              "body": paragraphs("В школу поступило оборудование для центра «Точка роста».")},
             {"target": "/2023/11/15/roditelskoe-sobranie/", "shown": "15.11.2023", "title": "Родительское собрание",
              "body": paragraphs("Прошло общешкольное родительское собрание по профилактике травматизма.")}]
    info = wp_info_paths("/svedeniya/")
    menu = [("Главная", "/", []), ("Сведения об образовательной организации", "/svedeniya/", info_links(info)),
            ("Точка роста", "/tochka-rosta/", []), ("Новости", "/category/novosti/", [])]
    theme = wp_theme(school, menu, [(p["title"], p["target"]) for p in posts], "Школа, где тебя ждут", counter=52290318)
    site = new_site(school, {
        "reachable": True, "section_found": True, "schedule_status": "unknown", "has_publications": False,
        "publications_count": 0, "recommendations_current": False, "section_url": f"{school.url}tochka-rosta/",
        "subsections": ["schedule"]}, (
        "WordPress with a document-library folder that has no year in its path. The section's timetables are "
        "two PDFs («Расписание занятий центра», «Расписание внеурочной деятельности») with no year in link text, file name, path, contents or "
        "metadata: unknown. No documents subsection, no recommendations; the only center post is from 2022."))
    wp_posts(site, theme, posts)
    docs = "/wp-content/uploads/docs"
    site.page("/tochka-rosta/", theme("Точка роста", wp_article("Точка роста",
        template_intro("на базе МОУ «СОШ с. Ягодное»", 2022)
        + "<p><strong>Расписание:</strong></p>" + link_list([(f"{docs}/raspisanie-zanyatiy-tsentra.pdf", "Расписание занятий центра"),
                                                            (f"{docs}/raspisanie-vneurochki.pdf", "Расписание внеурочной деятельности")])
        + "<p>Педагоги центра: Фомина А.Н. (химия, биология), Кирсанов Д.В. (физика).</p>")))
    pdf_doc(site, f"{docs}/raspisanie-zanyatiy-tsentra.pdf", ["Расписание занятий центра «Точка роста»"]
            + [" | ".join(r) for r in CLUBS_2023], created=None)
    pdf_doc(site, f"{docs}/raspisanie-vneurochki.pdf", ["Расписание внеурочной деятельности"]
            + [" | ".join(r) for r in CLUBS_2023[:4]], created=None)
    site.page("/", theme("Главная", wp_archive(posts)))
    site.page("/category/novosti/", theme("Новости", "<h1 class='page-title'>Рубрика: Новости</h1>" + wp_archive(posts)))
    wp_info_pages(site, theme, school, info, founded="1961", pupils=96)
    return finish(site)


SITES = [f01_gosweb_feed_news(), f02_gosweb_schedule_links_outdated_letters(), f03_gosweb_opening_hours_only(),
         f04_gosweb_footer_banner_occupancy(), f05_ucoz_table_yearless_dates(), f06_narod_frames(),
         f07_ucoz_stale_only_soft404(), f08_ucoz_no_center_hard_negative(), f09_wp_figure_timetable_month_first_dates(),
         f10_wp_upload_path_dates_only(), f11_wp_timetable_in_news_post(), f12_wp_undated_files()]
