"""Network trouble: a slow site with one page that never answers in time, a news feed
that always answers 503, a dead host, a home page that drops the connection; plus
broken seed rows."""
from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes

HTML = "text/html; charset=utf-8"

# --- b13: slow site, one non-essential page hangs for 40 s ---------------------------

HOST13 = "school13-rzhev.ru"


def rzhev(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} | МБОУ «СОШ № 13» г. Ржева</title></head>
<body><div class="head">МБОУ «Средняя общеобразовательная школа № 13» г. Ржева Тверской области</div>
<ul class="nav"><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/raspisanie/">Расписание уроков</a></li><li><a href="/tochka-rosta/">Центр «Точка роста»</a></li>
<li><a href="/fotogalereya/">Фотогалерея</a></li><li><a href="/kontakty/">Контакты</a></li></ul>
<div class="body">{body}</div>
<div class="foot">© 2015–2023 МБОУ «СОШ № 13» · 172386, Тверская обл., г. Ржев, ул. Паши Савельевой, 13</div></body></html>"""


def build_b13() -> Site:
    site = Site(
        HOST13,
        {"id": "b13", "name": "МБОУ «СОШ № 13» г. Ржева", "region": "Тверская область",
         "municipality": "г. Ржев", "url": f"http://{HOST13}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "missing",
         "has_publications": True, "publications_count": 2, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{HOST13}/tochka-rosta/"},
        "Slow host (2–3 s per page) whose photo gallery never answers in time (40 s); the "
        "only timetable is the school-wide one outside the section, so the center's is missing.",
    )

    def page(target: str, title: str, body: str, delay: float) -> None:
        site.page(target, rzhev(title, body), delay=delay)

    page("/", "Главная", """
<h1>Добро пожаловать на сайт школы!</h1>
<p>08.12.2023 Итоги школьного конкурса «Зимняя сказка».</p>
<p><a href="/tochka-rosta/"><img src="/images/tr-banner.png" alt="Точка роста"></a></p>""", 2.0)
    page("/sveden/", "Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li></ul>""", 2.0)
    page("/raspisanie/", "Расписание уроков", """
<h1>Расписание уроков на 2023-2024 учебный год</h1>
<p><a href="/files/raspisanie_urokov_2023-2024.pdf">Расписание уроков 1–11 классов (с 01.09.2023)</a></p>""", 2.5)
    page("/kontakty/", "Контакты", "<p>Тел.: 8 (48232) 2-13-13</p>", 2.0)
    page("/fotogalereya/", "Фотогалерея", "<p>Альбомы: День знаний 2023, Осенний бал.</p>", 40.0)
    page("/tochka-rosta/", "Центр «Точка роста»", """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>Центр создан в 2022 году в рамках федерального проекта «Современная школа» национального
проекта «Образование». В центре проводятся уроки химии, биологии, физики и занятия
объединений дополнительного образования.</p>
<ul><li><a href="/tochka-rosta/dokumenty/">Документы</a></li><li><a href="/tochka-rosta/pedagogi/">Педагоги</a></li>
<li><a href="/tochka-rosta/novosti/">Новости центра</a></li></ul>""", 3.0)
    page("/tochka-rosta/dokumenty/", "Документы", """
<p><a href="/files/prikaz-tr.pdf">Приказ о создании центра «Точка роста»</a></p>
<p><a href="/files/tv-977-02.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></p>""", 2.5)
    page("/tochka-rosta/pedagogi/", "Педагоги", "<p>Соколова А.Н., Виноградов К.С.</p>", 2.0)
    page("/tochka-rosta/novosti/", "Новости центра", """
<p><b>22.11.2023</b> Районная научно-практическая конференция «Шаг в науку» прошла в центре «Точка роста».</p>
<p><b>13.09.2023</b> Урок-эксперимент «Свойства воды» для 5-х классов.</p>
<p><b>25.10.2022</b> Открытие центра «Точка роста».</p>""", 2.0)
    site.file("/files/tv-977-02.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»"]),
        PDF, delay=2.0)
    return site


# --- b14: the news feed answers 503 every time ---------------------------------------

HOST14 = "sch14-kurchatov.ru"


def kurchatov(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="top">МБОУ «Средняя общеобразовательная школа № 14» г. Курчатова Курской области</div>
<div id="menu"><a href="/">Главная</a> <a href="/sveden/">Сведения об ОО</a> <a href="/novosti/">Новости</a>
<a href="/tochka-rosta/">Точка роста</a> <a href="/kontakty/">Контакты</a></div>
<div id="page">{body}</div><div id="bottom">© 2014–2023 МБОУ «СОШ № 14» г. Курчатова</div></body></html>"""


def build_b14() -> Site:
    site = Site(
        HOST14,
        {"id": "b14", "name": "МБОУ «СОШ № 14» г. Курчатова", "region": "Курская область",
         "municipality": "г. Курчатов", "url": f"http://{HOST14}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": True, "publications_count": 2, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{HOST14}/tochka-rosta/"},
        "The general news feed and every news item answer 503 (Retry-After) on every try; the "
        "section's own events page holds the 2023 publications; its timetable PDF is for "
        "2020-2021 (also in the file name); no recommendations at all.",
    )
    unavailable = Resource(
        b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>"
        b"<h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>",
        503, {"Content-Type": "text/html", "Retry-After": "3600"})
    site.raw("/novosti/", unavailable)
    site.dynamic(r"/novosti/.+", lambda target, headers: unavailable)
    site.page("/", kurchatov("Главная", """
<h1>Официальный сайт МБОУ «СОШ № 14»</h1>
<h3>Новости</h3>
<p>12.12.2023 <a href="/novosti/detail/1204/">Родительское собрание для выпускников</a></p>
<p>30.11.2023 <a href="/novosti/detail/1198/">Неделя правовых знаний</a></p>
<p><a href="/novosti/">Все новости</a></p>"""))
    site.page("/sveden/", kurchatov("Сведения об ОО", "<p><a href='/sveden/document/'>Документы</a></p>"))
    site.page("/kontakty/", kurchatov("Контакты", "<p>Тел.: 8 (47131) 4-14-14</p>"))
    site.page("/tochka-rosta/", kurchatov("Точка роста", """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>Центр работает с 1 сентября 2020 года.</p>
<ul><li><a href="/tochka-rosta/dokumenty/">Документы</a></li>
<li><a href="/upload/iblock/3f2/raspisanie_2020-2021.pdf">Расписание занятий</a></li>
<li><a href="/tochka-rosta/meropriyatiya/">Мероприятия центра</a></li></ul>"""))
    site.page("/tochka-rosta/dokumenty/", kurchatov("Документы", """
<p><a href="/upload/iblock/1a0/polozhenie.pdf">Положение о центре «Точка роста»</a></p>
<p><a href="/upload/iblock/1a1/prikaz.pdf">Приказ о создании центра</a></p>"""))
    site.page("/tochka-rosta/meropriyatiya/", kurchatov("Мероприятия центра", """
<div class="event"><p class="date">24.11.2023</p><h3>Неделя биологии</h3>
<p>Ученики 6–8 классов изучали клетки растений с цифровыми микроскопами центра «Точка роста».</p></div>
<div class="event"><p class="date">06.10.2023</p><h3>Турнир юных химиков</h3>
<p>Команды 9 классов соревновались в лаборатории центра.</p></div>
<div class="event"><p class="date">17.03.2022</p><h3>Защита проектов</h3><p>Итоговая конференция центра.</p></div>"""))
    site.file("/upload/iblock/3f2/raspisanie_2020-2021.pdf", pdf_bytes([
        "Расписание занятий центра «Точка роста» на 2020-2021 учебный год",
        "Понедельник 14:00 «Юный химик»", "Среда 14:00 «Биология в опытах»"]), PDF)
    return site


# --- b15: unreachable schools --------------------------------------------------------

UNREACHABLE = {"reachable": False, "section_found": False, "schedule_status": "missing",
               "has_publications": False, "publications_count": 0, "recommendations_current": False,
               "status": "unreachable"}


def build_b15() -> Site:
    return Site(
        "staroselye-school.ru",
        {"id": "b15", "name": "МКОУ Старосельская СОШ", "region": "Вологодская область",
         "municipality": "Вологодский муниципальный округ", "url": "http://staroselye-school.ru/",
         "center_type": "tochka_rosta"},
        dict(UNREACHABLE),
        "Dead host: the name does not resolve (the proxy answers 502).",
        dead=True,
    )


def build_b16() -> Site:
    site = Site(
        "school15-pskov.ru",
        {"id": "b16", "name": "МБОУ «СОШ № 15» г. Пскова", "region": "Псковская область",
         "municipality": "г. Псков", "url": "http://school15-pskov.ru/", "center_type": "tochka_rosta"},
        dict(UNREACHABLE),
        "The home page closes the connection without any answer on every try.",
    )
    site.raw("/", Resource(drop=True))
    return site


SITES = [build_b13(), build_b14(), build_b15(), build_b16()]

# Broken seed rows, as raw CSV lines (id,name,region,url,center_type,municipality,section_url).
BAD_ROWS = [
    # empty URL
    ('b90,"МБОУ «СОШ № 3» с. Ягодное",Томская область,,tochka_rosta,Асиновский район,',
     {"status": "bad_seed"}),
    # malformed scheme and host
    ("b91,МКОУ Сосновская ООШ,Кировская область,htp:/school..,tochka_rosta,Уржумский район,",
     {"status": "bad_seed"}),
    # not a URL at all (a space inside, no dot)
    ('b92,"МБОУ ""Школа № 5""",Республика Татарстан,школа 5,tochka_rosta,,', {"status": "bad_seed"}),
    # duplicate of b13 above (the first occurrence is crawled normally)
    ('b13,"МБОУ «СОШ № 13» г. Ржева",Тверская область,http://www.school13-rzhev.ru/,tochka_rosta,г. Ржев,',
     {"status": "bad_seed"}),
    # unknown center type
    ("b93,МБОУ Лицей № 1,Пермский край,http://licey1-chusovoy.ru/,tochka,Чусовской городской округ,",
     {"status": "bad_seed"}),
    # too few columns
    ("b94,МОУ СОШ с. Каменка,Саратовская область", {"status": "bad_seed"}),
]
