"""Timetable edge cases: «будет опубликовано позже» next to a calendar schedule, an
image-only timetable with no date, and separated kinds where one kind is stale; plus
year-less news dates under month headings, one item under two URLs, paginated news."""
from tests.fixtureweb.kit import DOCX, PDF, Site, docx_bytes, image_bytes, pdf_bytes

JPEG = "image/jpeg"

# --- b17: «Расписание будет опубликовано позже» + Календарный учебный график ----------

HOST17 = "school16-orel.ru"


def orel(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="UTF-8"><title>{title} - Средняя школа № 16 г. Орла</title></head>
<body><header><div class="name">Муниципальное бюджетное общеобразовательное учреждение — средняя общеобразовательная школа № 16 г. Орла</div>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/news/">Новости</a></li>
<li><a href="/tochka-rosta/">Центр «ТОЧКА РОСТА»</a><ul>
<li><a href="/tochka-rosta/dokumenty/">Документы</a></li><li><a href="/tochka-rosta/raspisanie/">Расписание</a></li>
<li><a href="/tochka-rosta/novosti/">Новости центра</a></li></ul></li>
<li><a href="/kontakty/">Контакты</a></li></ul></nav></header>
<main>{body}</main>
<footer>© 2016–2023 МБОУ — СОШ № 16 г. Орла · 302030, г. Орёл, ул. Московская, 16 · <a href="/sitemap/">Карта сайта</a></footer></body></html>"""


def build_b17() -> Site:
    site = Site(
        HOST17,
        {"id": "b17", "name": "МБОУ — СОШ № 16 г. Орла", "region": "Орловская область",
         "municipality": "г. Орёл", "url": f"http://{HOST17}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "missing",
         "has_publications": True, "publications_count": 2, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{HOST17}/tochka-rosta/"},
        "The timetable page says the 2023-2024 timetable «будет опубликовано позже» and links "
        "only a «Календарный учебный график» and a plan of events: no timetable (missing).",
    )
    site.page("/", orel("Главная", """
<h1>Добро пожаловать!</h1>
<p>11.12.2023 <a href="/news/1207/">Итоги муниципального этапа ВсОШ</a></p>
<p>21.11.2023 <a href="/tochka-rosta/novosti/">Фестиваль «Наука 0+» в центре «Точка роста»</a></p>"""))
    site.page("/sveden/", orel("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/education/">Образование</a></li></ul>"""))
    site.page("/news/", orel("Новости", """
<p>11.12.2023 <a href="/news/1207/">Итоги муниципального этапа ВсОШ</a></p>
<p>02.10.2023 <a href="/news/1188/">Поздравляем с Днём учителя!</a></p>"""))
    site.page("/news/1207/", orel("Итоги ВсОШ", "<p>11.12.2023. Пятеро призёров муниципального этапа.</p>"))
    site.page("/news/1188/", orel("День учителя", "<p>02.10.2023. Праздничный концерт.</p>"))
    site.page("/kontakty/", orel("Контакты", "<p>Тел.: (4862) 33-16-16</p>"))
    site.page("/sitemap/", orel("Карта сайта", """
<ul><li><a href="/">Главная</a></li><li><a href="/tochka-rosta/">Центр «Точка роста»</a></li>
<li><a href="/tochka-rosta/raspisanie/">Расписание центра</a></li></ul>"""))
    site.page("/tochka-rosta/", orel("Центр «Точка роста»", """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>Центр «Точка роста» создан в 2023 году в рамках федерального проекта «Современная школа»
национального проекта «Образование».</p>"""))
    site.page("/tochka-rosta/dokumenty/", orel("Документы центра", """
<ol>
<li><a href="/upload/docs/prikaz_tr_2023.pdf">Приказ о создании центра «Точка роста» от 15.06.2023 № 94</a></li>
<li><a href="/upload/docs/polozhenie_tr.pdf">Положение о центре</a></li>
<li><a href="/upload/docs/pismo-tv-2356-02.pdf">Письмо Министерства просвещения РФ «О направлении методических рекомендаций» от 30.11.2023 № ТВ-2356/02</a></li>
</ol>"""))
    site.page("/tochka-rosta/raspisanie/", orel("Расписание", """
<h2>Расписание</h2>
<p><i>Расписание занятий центра «Точка роста» на 2023-2024 учебный год будет опубликовано позже.</i></p>
<p><a href="/upload/docs/kug_2023-2024.pdf">Календарный учебный график на 2023-2024 учебный год</a></p>
<p><a href="/upload/docs/plan_meropriyatiy_tr_2023-2024.docx">План учебно-воспитательных, внеурочных и социокультурных мероприятий центра «Точка роста» на 2023-2024 учебный год</a></p>"""))
    site.page("/tochka-rosta/novosti/", orel("Новости центра", """
<article><time datetime="2023-11-21">21.11.2023</time><h3>Фестиваль «Наука 0+» в центре «Точка роста»</h3>
<p>Ученики 7–9 классов показали опыты по физике и химии.</p></article>
<article><time datetime="2023-09-29">29.09.2023</time><h3>Торжественное открытие центра</h3>
<p>Центр «Точка роста» открыт в рамках национального проекта «Образование».</p></article>"""))
    site.file("/upload/docs/kug_2023-2024.pdf", pdf_bytes([
        "Календарный учебный график МБОУ — СОШ № 16 г. Орла на 2023-2024 учебный год",
        "Начало учебного года: 01.09.2023. Окончание: 24.05.2024 (9, 11 кл.), 31.05.2024 (1–8, 10 кл.)",
        "Осенние каникулы: 28.10.2023 – 06.11.2023", "Зимние каникулы: 30.12.2023 – 08.01.2024"]), PDF)
    site.file("/upload/docs/plan_meropriyatiy_tr_2023-2024.docx", docx_bytes(
        ["План мероприятий центра «Точка роста» на 2023-2024 учебный год"],
        [["Мероприятие", "Сроки"], ["Торжественное открытие центра", "сентябрь 2023"],
         ["Фестиваль «Наука 0+»", "ноябрь 2023"], ["Неделя химии", "февраль 2024"]]), DOCX)
    site.file("/upload/docs/pismo-tv-2356-02.pdf", pdf_bytes([
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ", "30.11.2023 № ТВ-2356/02",
        "О направлении методических рекомендаций"]), PDF)
    return site


# --- b18: the timetable is only a picture, nothing dates it (Cyrillic host) -----------

HOST18 = "сош-лесное.рф"


def lesnoe(title: str, body: str, aside: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} :: МКОУ «Лесновская СОШ»</title></head>
<body><div class="header"><h1>МКОУ «Лесновская средняя общеобразовательная школа»</h1></div>
<div class="topmenu"><a href="/">Главная</a> · <a href="/sveden/">Сведения об образовательной организации</a> ·
<a href="/novosti/">Новости</a> · <a href="/tochka-rosta/">Точка Роста</a> · <a href="/kontakty/">Контакты</a></div>
<div class="columns"><div class="main">{body}</div><div class="aside">{aside}</div></div>
<div class="footer">МКОУ «Лесновская СОШ» © 2015–2023. Тамбовская область, Уметский район, с. Лесное</div></body></html>"""


def build_b18() -> Site:
    site = Site(
        HOST18,
        {"id": "b18", "name": "МКОУ «Лесновская СОШ»", "region": "Тамбовская область",
         "municipality": "Уметский район", "url": f"http://{HOST18}", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "unknown",
         "has_publications": False, "publications_count": 0, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{HOST18}/tochka-rosta/"},
        "Cyrillic .рф host; the center's timetable is only a JPEG with empty alt and nothing on "
        "the page or in the path dates it; the center's news stop in 2022 while the school's "
        "2023 news are unrelated.",
        extra_hosts=(HOST18.encode("idna").decode("ascii"),),
    )
    news_aside = """<h4>Новости школы</h4>
<p>04.12.2023 <a href="/novosti/2023-12-04/">День неизвестного солдата</a></p>
<p>18.10.2023 <a href="/novosti/2023-10-18/">Осенний кросс</a></p>"""
    site.page("/", lesnoe("Главная", """
<p>Добро пожаловать на официальный сайт МКОУ «Лесновская СОШ»!</p>
<p>Директор: Полякова Светлана Викторовна</p>""", news_aside))
    site.page("/sveden/", lesnoe("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li></ul>""", news_aside))
    site.page("/novosti/", lesnoe("Новости", """
<p>04.12.2023 <a href="/novosti/2023-12-04/">День неизвестного солдата</a></p>
<p>18.10.2023 <a href="/novosti/2023-10-18/">Осенний кросс</a></p>
<p>01.09.2023 <a href="/novosti/2023-09-01/">День знаний</a></p>"""))
    site.page("/novosti/2023-12-04/", lesnoe("День неизвестного солдата", "<p>Урок памяти в 5–9 классах.</p>"))
    site.page("/novosti/2023-10-18/", lesnoe("Осенний кросс", "<p>Победители награждены грамотами.</p>"))
    site.page("/novosti/2023-09-01/", lesnoe("День знаний", "<p>Торжественная линейка.</p>"))
    site.page("/kontakty/", lesnoe("Контакты", "<p>Тел.: 8 (47533) 2-61-18</p>"))
    site.page("/tochka-rosta/", lesnoe("Точка Роста", """
<h2>Центр образования естественно-научной и технологической направленностей «Точка роста»</h2>
<p><a href="/tochka-rosta/dokumenty/">Документы</a> | <a href="/tochka-rosta/raspisanie/">Расписание</a> |
<a href="/tochka-rosta/novosti/">Новости центра</a></p>
<p>Центр оснащён цифровыми лабораториями по физике, химии и биологии.</p>"""))
    site.page("/tochka-rosta/dokumenty/", lesnoe("Документы центра", """
<p><a href="/upload/docs/polozhenie.pdf">Положение о центре «Точка роста»</a></p>
<p><a href="/upload/docs/mr-tv-1913-02.pdf">Методические рекомендации (письмо от 01.11.2021 № ТВ-1913/02)</a></p>"""))
    site.page("/tochka-rosta/raspisanie/", lesnoe("Расписание", """
<h2>Расписание занятий</h2>
<p><img src="/upload/medialibrary/rasp_tr.jpg" alt="" width="800" height="600"></p>"""))
    site.file("/upload/medialibrary/rasp_tr.jpg", image_bytes(size=(800, 600)), JPEG)
    site.page("/tochka-rosta/novosti/", lesnoe("Новости центра", """
<p><b>16.12.2022</b> Новогодний химический марафон.</p>
<p><b>14.10.2022</b> Экскурсия для родителей в центр «Точка роста».</p>
<p><b>01.09.2022</b> Открытие центра «Точка роста».</p>"""))
    return site


# --- b19: separated kinds (урочная current, внеурочная stale), tricky news ------------

HOST19 = "sosh23-belovo.ru"
# (news id, month heading, day without a year, title), newest first
SECTION_NEWS = [
    (21, "Декабрь 2023", "8 декабря", "Неделя информатики в центре «Точка роста»"),
    (15, "Ноябрь 2023", "14 ноября", "Открытый урок химии для учителей округа"),
    (14, "Ноябрь 2023", "2 ноября", "Эко-десант: анализ почвы на цифровой лаборатории"),
    (12, "Октябрь 2023", "20 октября", "Турнир по робототехнике «РобоБелово»"),
    (11, "Октябрь 2023", "5 октября", "День учителя: мастер-классы педагогов центра"),
    (9, "Сентябрь 2023", "15 сентября", "Начало занятий объединений центра"),
    (6, "Апрель 2023", "12 апреля", "Космический урок в «Точке роста»"),
    (5, "Декабрь 2022", "23 декабря", "Новогодний химический квест"),
    (4, "Ноябрь 2022", "18 ноября", "Неделя биологии"),
    (3, "Октябрь 2022", "7 октября", "Экскурсия в лабораторию центра"),
    (2, "Май 2022", "25 мая", "Итоговая конференция проектов"),
]
NEWS_PAGES = [SECTION_NEWS[0:5], SECTION_NEWS[5:8], SECTION_NEWS[8:]]


def belovo(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} — МБОУ «СОШ № 23» г. Белово</title></head>
<body><div class="top">МБОУ «Средняя общеобразовательная школа № 23» Беловского городского округа</div>
<div class="menu"><a href="/">Главная</a> <a href="/sveden/">Сведения об образовательной организации</a>
<a href="/news/">Новости</a> <a href="/tochka-rosta/">«Точка роста»</a> <a href="/kontakty/">Контакты</a></div>
<div class="content">{body}</div>
<div class="bottom">© 2014–2023 МБОУ «СОШ № 23». 652600, Кемеровская область – Кузбасс, г. Белово, ул. Ленина, 23</div></body></html>"""


def build_b19() -> Site:
    site = Site(
        HOST19,
        {"id": "b19", "name": "МБОУ «СОШ № 23» г. Белово", "region": "Кемеровская область – Кузбасс",
         "municipality": "Беловский городской округ", "url": f"http://{HOST19}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": True, "publications_count": 7, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{HOST19}/tochka-rosta/"},
        "Separated kinds: урочная timetable for 2023-2024 but внеурочная only for 2022-2023 "
        "(stale); section news on 3 pages with year-less dates under month headings, "
        "undated item pages, and item 15 also reachable as /news/?id=15 from the school feed.",
    )
    site.page("/", belovo("Главная", """
<h1>Добро пожаловать!</h1>
<p>12.12.2023 <a href="/news/?id=22">Родительский всеобуч</a></p>
<p>14.11.2023 <a href="/news/?id=15">Открытый урок химии для учителей округа</a></p>"""))
    site.page("/sveden/", belovo("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li></ul>"""))
    site.page("/kontakty/", belovo("Контакты", "<p>Тел.: 8 (38452) 2-23-23</p>"))
    site.page("/news/", belovo("Новости", """
<h1>Новости школы</h1>
<p>12.12.2023 <a href="/news/?id=22">Родительский всеобуч</a></p>
<p>14.11.2023 <a href="/news/?id=15">Открытый урок химии для учителей округа</a></p>
<p>09.11.2023 <a href="/news/?id=13">Осенние каникулы: итоги</a></p>"""))
    site.page("/news/?id=22", belovo("Родительский всеобуч", "<h1>Родительский всеобуч</h1><p>Встреча с инспектором ПДН.</p>"))
    site.page("/news/?id=13", belovo("Осенние каникулы", "<h1>Осенние каникулы: итоги</h1><p>Экскурсии и соревнования.</p>"))
    item15 = belovo("Открытый урок химии", """<h1>Открытый урок химии для учителей округа</h1>
<p>Учитель химии центра «Точка роста» провела открытый урок с цифровой лабораторией для педагогов
Беловского городского округа.</p>""")
    site.page("/news/15", item15)
    site.page("/news/?id=15", item15)
    for nid, _, _, title in SECTION_NEWS:
        if nid != 15:
            site.page(f"/news/{nid}", belovo(title, f"<h1>{title}</h1><p>Занятие прошло на оборудовании центра «Точка роста».</p>"))
    for number, items in enumerate(NEWS_PAGES, start=1):
        body, heading = ["<h1>Новости центра «Точка роста»</h1>"], None
        for nid, month, day, title in items:
            if month != heading:
                body.append(f"<h3 class='month'>{month}</h3>")
                heading = month
            body.append(f'<p><span class="day">{day}</span> <a href="/news/{nid}">{title}</a></p>')
        body.append("<div class='pages'>" + " ".join(
            f"<b>{n}</b>" if n == number else
            f'<a href="/tochka-rosta/news/{"" if n == 1 else f"?page={n}"}">{n}</a>'
            for n in range(1, len(NEWS_PAGES) + 1)) + "</div>")
        target = "/tochka-rosta/news/" if number == 1 else f"/tochka-rosta/news/?page={number}"
        site.page(target, belovo("Новости центра", "\n".join(body)))
    site.page("/tochka-rosta/", belovo("«Точка роста»", """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<ul><li><a href="/tochka-rosta/dokumenty/">Документы</a></li><li><a href="/tochka-rosta/raspisanie/">Расписание</a></li>
<li><a href="/tochka-rosta/news/">Новости</a></li></ul>"""))
    site.page("/tochka-rosta/dokumenty/", belovo("Документы", """
<p><a href="/files/tr/polozhenie.pdf">Положение о центре</a></p>
<p><a href="/files/tr/tv-2356-02.pdf">Методические рекомендации по созданию и функционированию центров «Точка роста»
(письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)</a></p>
<p><a href="/files/tr/tv-977-02.pdf">Методические рекомендации (письмо от 31.05.2022 № ТВ-977/02)</a></p>"""))
    site.page("/tochka-rosta/raspisanie/", belovo("Расписание", """
<h2>Расписание</h2>
<p><a href="/files/tr/urochnaya_2023-2024.pdf">Расписание урочной деятельности (2023-2024 учебный год)</a></p>
<p><a href="/tochka-rosta/raspisanie/vneurochnaya/">Расписание внеурочной деятельности</a></p>"""))
    site.page("/tochka-rosta/raspisanie/vneurochnaya/", belovo("Внеурочная деятельность", """
<h2>Расписание внеурочной деятельности центра «Точка роста» на 2022-2023 учебный год</h2>
<table border="1"><tr><th>Курс</th><th>Класс</th><th>День</th><th>Время</th></tr>
<tr><td>Юный исследователь</td><td>5</td><td>Вторник</td><td>14:00</td></tr>
<tr><td>Робототехника</td><td>6-7</td><td>Четверг</td><td>14:50</td></tr></table>"""))
    site.file("/files/tr/urochnaya_2023-2024.pdf", pdf_bytes([
        "Расписание уроков с использованием оборудования центра «Точка роста» на 2023-2024 учебный год",
        "Химия: 8а — пн 2 урок, 9б — ср 3 урок", "Физика: 7а — вт 4 урок, 8б — чт 1 урок",
        "Биология: 5а — пт 2 урок"]), PDF)
    site.file("/files/tr/tv-2356-02.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02", "О направлении методических рекомендаций"]), PDF)
    return site


SITES = [build_b17(), build_b18(), build_b19()]
