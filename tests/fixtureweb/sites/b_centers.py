"""Other center types: a Kvantorium technopark whose whole site is the center, and an
IT-куб section in a school that also hosts a «Точка роста» center."""
from tests.fixtureweb.kit import DOCX, PDF, Site, docx_bytes, pdf_bytes

# --- b20: «Кванториум» technopark, the whole site is the center -----------------------

HOST20 = "kvantorium-44.ru"
KV_NEWS = [  # slug, ISO date, shown date, title
    ("hakaton-2023", "2023-11-28", "28 ноября 2023", "Региональный хакатон «Кванто-Кострома»"),
    ("den-otkrytyh-dverej", "2023-10-14", "14 октября 2023", "День открытых дверей для школьников и родителей"),
    ("start-uchebnogo-goda", "2023-09-11", "11 сентября 2023", "Старт учебного года: 640 обучающихся в 7 квантумах"),
    ("letnyaya-smena", "2023-07-03", "3 июля 2023", "Летняя проектная смена «Кванто-лето»"),
    ("nto-final", "2023-03-22", "22 марта 2023", "Кванторианцы – финалисты Национальной технологической олимпиады"),
    ("robofest-2022", "2022-12-09", "9 декабря 2022", "Региональный «Робофест» на площадке технопарка"),
    ("otkrytie-vr-kvantuma", "2022-09-19", "19 сентября 2022", "Открыт VR/AR-квантум"),
]


def kvant(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} — Детский технопарк «Кванториум» Кострома</title>
<meta property="og:site_name" content="Кванториум 44"></head>
<body><header><a href="/"><img src="/static/img/kvantorium-logo.svg" alt="Кванториум"></a>
<nav><a href="/o-nas/">О технопарке</a> <a href="/kvantumy/">Квантумы</a> <a href="/raspisanie/">Расписание</a>
<a href="/novosti/">Новости</a> <a href="/dokumenty/">Документы</a> <a href="/kontakty/">Контакты</a>
<a href="https://p44.навигатор.дети/">Записаться</a></nav></header>
<main>{body}</main>
<footer>© 2018–2023 ОГБУ ДО «Детский технопарк «Кванториум» Костромской области». 156000, г. Кострома, ул. Советская, 44</footer>
</body></html>"""


def build_b20() -> Site:
    site = Site(
        HOST20,
        {"id": "b20", "name": "ОГБУ ДО «Детский технопарк «Кванториум» Костромской области»",
         "region": "Костромская область", "municipality": "г. Кострома", "url": f"http://{HOST20}/",
         "center_type": "kvantorium"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 5, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{HOST20}/"},
        "Kvantorium whose whole site is the center (no «Точка роста» words anywhere); all "
        "news count, paged over two pages; documents hold only the Р-27 (2019) recommendations.",
    )
    site.page("/", kvant("Главная", """
<h1>Детский технопарк «Кванториум»</h1>
<p>Бесплатное дополнительное образование для детей 5–11 классов по 7 направлениям: Промробоквантум,
IT-квантум, Биоквантум, Аэроквантум, VR/AR-квантум, Геоквантум, Хайтек.</p>""" + "".join(
        f'<div class="card"><time datetime="{iso}">{shown}</time> <a href="/novosti/{slug}/">{title}</a></div>'
        for slug, iso, shown, title in KV_NEWS[:3])))
    site.page("/o-nas/", kvant("О технопарке", "<p>Технопарк открыт в 2018 году в рамках федерального проекта «Успех каждого ребенка».</p>"))
    site.page("/kvantumy/", kvant("Квантумы", "<ul><li>Промробоквантум</li><li>IT-квантум</li><li>Биоквантум</li><li>Аэроквантум</li></ul>"))
    site.page("/kontakty/", kvant("Контакты", "<p>Тел.: (4942) 44-44-44, kvantorium44@mail.ru</p>"))
    site.page("/raspisanie/", kvant("Расписание", """
<h1>Расписание занятий на I полугодие 2023/24 учебного года</h1>
<table><tr><th>Квантум</th><th>Группа</th><th>Дни</th><th>Время</th></tr>
<tr><td>Промробоквантум</td><td>ПР-1</td><td>Пн, Чт</td><td>15:00–16:30</td></tr>
<tr><td>IT-квантум</td><td>IT-2</td><td>Вт, Пт</td><td>16:40–18:10</td></tr>
<tr><td>Биоквантум</td><td>БИО-1</td><td>Ср, Сб</td><td>10:00–11:30</td></tr></table>"""))
    listing = [KV_NEWS[:4], KV_NEWS[4:]]
    for number, items in enumerate(listing, start=1):
        target = "/novosti/" if number == 1 else f"/novosti/?page={number}"
        pager = " ".join(f'<a href="/novosti/{"" if n == 1 else f"?page={n}"}">{n}</a>' for n in range(1, len(listing) + 1))
        site.page(target, kvant("Новости", "<h1>Новости</h1>" + "".join(
            f'<article><time datetime="{iso}">{shown}</time><h2><a href="/novosti/{slug}/">{title}</a></h2></article>'
            for slug, iso, shown, title in items) + f'<div class="pagination">{pager}</div>'))
    for slug, iso, shown, title in KV_NEWS:
        site.page(f"/novosti/{slug}/", kvant(title, f"""
<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{title}</h1>
<meta itemprop="datePublished" content="{iso}"><p class="date">{shown}</p>
<p>Подробности мероприятия — в нашей группе ВКонтакте.</p></article>"""))
    site.page("/dokumenty/", kvant("Документы", """
<ul>
<li><a href="/media/docs/ustav.pdf">Устав</a></li>
<li><a href="/media/docs/licenziya.pdf">Лицензия на образовательную деятельность</a></li>
<li><a href="/media/docs/r-27.pdf">Методические рекомендации по созданию и функционированию детских технопарков
«Кванториум» (распоряжение Минпросвещения России от 01.03.2019 № Р-27)</a></li>
<li><a href="/media/docs/programmy-2023-2024.pdf">Дополнительные общеобразовательные программы на 2023-2024 учебный год</a></li>
</ul>"""))
    site.file("/media/docs/r-27.pdf", pdf_bytes([
        "Распоряжение Министерства просвещения Российской Федерации от 01.03.2019 № Р-27",
        "Об утверждении методических рекомендаций по созданию детских технопарков «Кванториум»"]), PDF)
    return site


# --- b21: IT-куб section in a school that also hosts «Точка роста» --------------------

HOST21 = "licey9-nsk.ru"


def licey(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | МАОУ «Лицей № 9»</title></head>
<body><div class="hdr">МАОУ «Лицей № 9» г. Новосибирска</div>
<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/news/">Новости</a></li><li><a href="/it-kub/">IT-куб</a></li><li><a href="/tochka-rosta/">Точка роста</a></li>
<li><a href="/contacts/">Контакты</a></li></ul>
<div class="cnt">{body}</div>
<div class="ftr">© 2012–2023 МАОУ «Лицей № 9». 630099, г. Новосибирск, ул. Каменская, 9</div></body></html>"""


def build_b21() -> Site:
    site = Site(
        HOST21,
        {"id": "b21", "name": "МАОУ «Лицей № 9» г. Новосибирска (IT-куб)", "region": "Новосибирская область",
         "municipality": "г. Новосибирск", "url": f"http://{HOST21}/", "center_type": "it_cube"},
        {"reachable": True, "section_found": True, "schedule_status": "unknown",
         "has_publications": True, "publications_count": 3, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{HOST21}/it-kub/"},
        "it_cube seed in a school that also has a «Точка роста» section with a current timetable "
        "and ТВ-2356/02: only the IT-куб section counts (undated timetable, АЗ-1346/04 present).",
    )
    site.page("/", licey("Главная", """
<h1>Добро пожаловать!</h1>
<p>08.12.2023 <a href="/it-kub/novosti/#n3">Хакатон IT-куба «Код будущего»</a></p>
<p>05.12.2023 <a href="/news/">Лыжня зовет</a></p>"""))
    site.page("/sveden/", licey("Сведения об образовательной организации", "<p><a href='/sveden/common/'>Основные сведения</a></p>"))
    site.page("/news/", licey("Новости", """
<p>05.12.2023 Лыжня зовет: соревнования 5–7 классов.</p>
<p>19.10.2023 Точка роста: неделя химии.</p>"""))
    site.page("/contacts/", licey("Контакты", "<p>Тел.: (383) 209-09-09</p>"))
    site.page("/it-kub/", licey("IT-куб", """
<h1>Центр цифрового образования детей «IT-куб»</h1>
<p>IT-куб открыт на базе лицея в рамках федерального проекта «Цифровая образовательная среда»
национального проекта «Образование». Направления: программирование на Python, мобильная разработка,
кибергигиена, системное администрирование.</p>
<ul><li><a href="/it-kub/dokumenty/">Документы</a></li><li><a href="/it-kub/raspisanie/">Расписание</a></li>
<li><a href="/it-kub/novosti/">Новости IT-куба</a></li></ul>"""))
    site.page("/it-kub/dokumenty/", licey("Документы IT-куба", """
<p><a href="/upload/it/polozhenie-it-kub.docx">Положение о центре «IT-куб»</a></p>
<p><a href="/upload/it/az-1346-04.pdf">Методические рекомендации по созданию и функционированию центров цифрового
образования «IT-куб» (письмо Минпросвещения России от 07.09.2022 № АЗ-1346/04)</a></p>
<p><a href="/upload/it/tv-1968-04.pdf">Методические рекомендации (письмо от 02.09.2021 № ТВ-1968/04)</a></p>"""))
    site.page("/it-kub/raspisanie/", licey("Расписание IT-куба", """
<h2>Расписание занятий IT-куба</h2>
<table border="1"><tr><th>Группа</th><th>Направление</th><th>Дни</th><th>Время</th></tr>
<tr><td>ПР-1</td><td>Программирование на Python</td><td>Пн, Ср</td><td>15:00–16:30</td></tr>
<tr><td>МР-1</td><td>Мобильная разработка</td><td>Вт, Чт</td><td>16:40–18:10</td></tr>
<tr><td>КГ-1</td><td>Кибергигиена и работа с большими данными</td><td>Сб</td><td>10:00–11:30</td></tr></table>"""))
    site.page("/it-kub/novosti/", licey("Новости IT-куба", """
<div id="n3"><b>08.12.2023</b> Хакатон IT-куба «Код будущего»: 12 команд, 3 дня, 1 победитель.</div>
<div id="n2"><b>04.10.2023</b> Урок цифры «Искусственный интеллект» для 7-х классов.</div>
<div id="n1"><b>11.09.2023</b> IT-куб объявляет набор в группы.</div>
<div id="n0"><b>20.12.2022</b> Итоги первого полугодия работы IT-куба.</div>"""))
    site.page("/tochka-rosta/", licey("Точка роста", """
<h1>Центр «Точка роста»</h1>
<p><a href="/tochka-rosta/raspisanie/">Расписание</a> · <a href="/tochka-rosta/dokumenty/">Документы</a></p>"""))
    site.page("/tochka-rosta/raspisanie/", licey("Расписание центра «Точка роста»", """
<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>
<table border="1"><tr><td>Вт</td><td>14:30</td><td>Химия в опытах</td></tr></table>"""))
    site.page("/tochka-rosta/dokumenty/", licey("Документы центра «Точка роста»", """
<p><a href="/upload/tr/tv-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02</a></p>"""))
    site.file("/upload/it/az-1346-04.pdf", pdf_bytes([
        "Письмо Министерства просвещения Российской Федерации от 07.09.2022 № АЗ-1346/04",
        "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб»"]), PDF)
    site.file("/upload/it/polozhenie-it-kub.docx", docx_bytes(
        ["Положение о центре цифрового образования детей «IT-куб» МАОУ «Лицей № 9»"]), DOCX)
    return site


SITES = [build_b20(), build_b21()]
