"""Sections that are hard to reach: inside a frameset, on a subdomain, behind a text-less
banner, only in the footer, only in a submenu page."""
from tests.fixtureweb.kit import DOCX, PDF, XLSX, Site, docx_bytes, image_bytes, pdf_bytes, xlsx_bytes

JPEG = "image/jpeg"

# --- b04: frameset site --------------------------------------------------------------


def build_b04() -> Site:
    site = Site(
        "pestyaki-school.ru",
        {"id": "b04", "name": "МБОУ Пестяковская СОШ", "region": "Ивановская область",
         "municipality": "Пестяковский муниципальный район", "url": "http://pestyaki-school.ru/",
         "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 3, "recommendations_current": False,
         "status": "ok", "section_url": "http://pestyaki-school.ru/tochka/index.html"},
        "Frameset home page (menu frame + main frame, <noframes> fallback) with the 2019-style "
        "«цифрового и гуманитарного профилей» section inside; the timetable is an XLSX dated by "
        "its own cells; only the Р-6 recommendations.",
    )

    def page(target: str, title: str, body: str) -> None:
        site.page(target, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title><link rel="stylesheet" href="/style.css"></head>
<body bgcolor="#f4f8ff">{body}
<p class="copy"><small>© МБОУ Пестяковская СОШ, 2011–2023</small></p></body></html>""")

    site.page("/", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>МБОУ Пестяковская средняя общеобразовательная школа</title></head>
<frameset cols="230,*" frameborder="0" border="0">
<frame src="menu.html" name="menu" scrolling="auto" noresize>
<frame src="main.html" name="main">
<noframes><body>Ваш браузер не поддерживает фреймы. Перейдите на <a href="main.html">главную страницу</a>.</body></noframes>
</frameset></html>""")
    page("/menu.html", "Меню", """
<p><img src="images/gerb.gif" width="80"></p>
<p><a href="main.html" target="main">Главная</a></p>
<p><a href="sveden/index.html" target="main">Сведения об образовательной организации</a></p>
<p><a href="news.html" target="main">Новости школы</a></p>
<p><a href="tochka/index.html" target="main">Точка роста</a></p>
<p><a href="roditelyam.html" target="main">Родителям</a></p>
<p><a href="kontakty.html" target="main">Контакты</a></p>
<p><a href="https://vk.com/pestyaki_school" target="_blank">Мы ВКонтакте</a></p>""")
    page("/main.html", "Главная", """
<h1>Муниципальное бюджетное общеобразовательное учреждение Пестяковская средняя общеобразовательная школа</h1>
<p>Адрес: 155650, Ивановская область, п. Пестяки, ул. Советская, 12.</p>
<p>С 2020 года в школе работает центр «Точка роста».</p>
<h3>Объявления</h3><p>06.12.2023 — изменения в расписании автобусов на время карантина.</p>""")
    page("/sveden/index.html", "Сведения об ОО", """
<h2>Сведения об образовательной организации</h2>
<ul><li><a href="osnovnye.html">Основные сведения</a></li><li><a href="struktura.html">Структура и органы управления</a></li>
<li><a href="dokumenty.html">Документы</a></li><li><a href="obrazovanie.html">Образование</a></li></ul>""")
    page("/news.html", "Новости школы", """
<h2>Новости школы</h2>
<p><b>08.12.2023</b> Школьная спартакиада по волейболу.</p>
<p><b>13.10.2023</b> Осенний бал старшеклассников.</p>
<p><b>01.09.2023</b> День знаний.</p>""")
    page("/roditelyam.html", "Родителям", "<h2>Родителям</h2><p>Памятка о безопасности на льду.</p>")
    page("/kontakty.html", "Контакты", "<h2>Контакты</h2><p>Тел.: 8 (49346) 2-11-36</p>")
    page("/tochka/index.html", "Точка роста", """
<h1>Центр образования цифрового и гуманитарного профилей «Точка роста»</h1>
<p>Центр открыт 1 сентября 2020 года в рамках федерального проекта «Современная школа».
На базе центра реализуются программы по технологии, информатике, ОБЖ, шахматам.</p>
<table cellpadding="6"><tr>
<td><a href="docs.html">Документы</a></td>
<td><a href="raspisanie.html">Расписание</a></td>
<td><a href="news.html">Новости центра</a></td>
<td><a href="pedagogi.html">Педагоги</a></td>
</tr></table>""")
    page("/tochka/docs.html", "Документы центра", """
<h2>Документы</h2>
<p><a href="files/prikaz.pdf">Приказ об открытии центра «Точка роста»</a></p>
<p><a href="files/r6.pdf">Методические рекомендации (распоряжение Минпросвещения России от 12.01.2021 № Р-6)</a></p>""")
    page("/tochka/raspisanie.html", "Расписание", """
<h2>Расписание занятий центра</h2>
<p><a href="files/rasp_tr.xlsx">Расписание занятий (Excel)</a></p>""")
    page("/tochka/news.html", "Новости центра", """
<h2>Новости центра «Точка роста»</h2>
<p><b>07 дек. 2023</b> — Всероссийская акция «Урок цифры» прошла в кабинете информатики центра.</p>
<p><b>12 сент. 2023</b> — Начали работу кружки «Шахматная гостиная» и «Промдизайн».</p>
<p><b>03.03.2023</b> — Муниципальный турнир по шахматам на базе центра.</p>
<p><b>15 мая 2022</b> — Ученики центра представили проекты по 3D-моделированию.</p>""")
    page("/tochka/pedagogi.html", "Педагоги", "<h2>Педагоги</h2><p>Захаров П.И. — технология, ОБЖ. Ершова М.В. — информатика.</p>")
    site.file("/tochka/files/rasp_tr.xlsx", xlsx_bytes([
        ["Расписание занятий центра «Точка роста» на 2023/2024 учебный год"],
        ["День", "Время", "Объединение", "Педагог"],
        ["Понедельник", "14:20–15:00", "Шахматная гостиная", "Захаров П.И."],
        ["Среда", "14:20–15:50", "Промдизайн", "Захаров П.И."],
        ["Четверг", "14:20–15:00", "Юный программист", "Ершова М.В."],
    ]), XLSX)
    site.file("/tochka/files/r6.pdf", pdf_bytes([
        "Распоряжение Министерства просвещения Российской Федерации от 12.01.2021 № Р-6",
        "Об утверждении методических рекомендаций по созданию мест для реализации основных и "
        "дополнительных общеобразовательных программ цифрового, естественнонаучного, "
        "технического и гуманитарного профилей"]), PDF)
    return site


# --- b05: section on a subdomain -----------------------------------------------------

MAIN5 = "sch5-novoaltaysk.ru"
SUB5 = "tochka.sch5-novoaltaysk.ru"


def bitrix(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<link href="/bitrix/templates/school/styles.css?169" rel="stylesheet"></head><body>
<header><a href="/"><img src="/bitrix/templates/school/images/logo.png" alt="МБОУ «СОШ № 5»"></a>
<span>Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5» г. Новоалтайска</span></header>
<nav><ul class="top-menu">
<li><a href="/">Главная</a></li>
<li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/news/">Новости</a></li>
<li><a href="http://{SUB5}/">Центр «Точка роста»</a></li>
<li><a href="/parents/">Родителям</a></li>
<li><a href="/contacts/">Контакты</a></li>
</ul></nav>
<div class="breadcrumbs"><a href="/">Главная</a> / <span>{title}</span></div>
<main>{body}</main>
<footer>© 2014–2023 МБОУ «СОШ № 5». 658080, Алтайский край, г. Новоалтайск, ул. Октябрьская, 5.</footer>
</body></html>"""


def tilda(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} | Центр «Точка роста» МБОУ «СОШ № 5»</title></head><body>
<div class="t228"><a href="/"><img src="/img/tochka_logo.png" alt="Точка роста"></a>
<ul class="t228__list">
<li><a href="/">О центре</a></li><li><a href="/dokumenty/">Документы</a></li>
<li><a href="/rezhim-raboty/">Режим работы</a></li><li><a href="/pedagogi/">Педагоги</a></li>
<li><a href="/oborudovanie/">Оборудование</a></li><li><a href="/novosti/">Новости</a></li>
<li><a href="http://{MAIN5}/">Сайт школы</a></li></ul></div>
<div class="t-container">{body}</div>
<div class="t420">© 2023 Центр «Точка роста» МБОУ «СОШ № 5» г. Новоалтайска</div></body></html>"""


def build_b05() -> Site:
    site = Site(
        MAIN5,
        {"id": "b05", "name": "МБОУ «СОШ № 5» г. Новоалтайска", "region": "Алтайский край",
         "municipality": "г. Новоалтайск", "url": f"http://{MAIN5}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 4, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{SUB5}/"},
        "Section lives on a subdomain linked from the main site's top menu; one documents link "
        "names two letters (ТВ-977/02 and ТВ-2356/02), the newest decides.",
        extra_hosts=(SUB5, f"www.{MAIN5}"),
    )
    site.redirect("/", f"http://{MAIN5}/", host=f"www.{MAIN5}")
    site.page("/", bitrix("Главная", """
<div class="news-list"><h2>Новости</h2>
<p><span class="news-date-time">11.12.2023</span> <a href="/news/detail.php?ELEMENT_ID=1841">Итоги муниципального этапа олимпиад</a></p>
<p><span class="news-date-time">27.11.2023</span> <a href="/news/detail.php?ELEMENT_ID=1822">День матери</a></p>
</div>"""))
    site.page("/sveden/", bitrix("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li>
<li><a href="/sveden/education/">Образование</a></li></ul>"""))
    site.page("/news/", bitrix("Новости", """
<p><span class="news-date-time">11.12.2023</span> <a href="/news/detail.php?ELEMENT_ID=1841">Итоги муниципального этапа олимпиад</a></p>
<p><span class="news-date-time">27.11.2023</span> <a href="/news/detail.php?ELEMENT_ID=1822">День матери</a></p>
<p><span class="news-date-time">02.10.2023</span> <a href="/news/detail.php?ELEMENT_ID=1790">Осенний кросс</a></p>
<div class="pager"><a href="/news/?PAGEN_1=2">2</a></div>"""))
    site.page("/news/?PAGEN_1=2", bitrix("Новости", """
<p><span class="news-date-time">01.09.2023</span> <a href="/news/detail.php?ELEMENT_ID=1755">День знаний</a></p>"""))
    for eid, title in ((1841, "Итоги муниципального этапа олимпиад"), (1822, "День матери"),
                       (1790, "Осенний кросс"), (1755, "День знаний")):
        site.page(f"/news/detail.php?ELEMENT_ID={eid}", bitrix(title, f"<h1>{title}</h1><p>Подробности у классных руководителей.</p>"))
    site.page("/parents/", bitrix("Родителям", "<p>Горячая линия по вопросам питания: 8 (38532) 2-14-05.</p>"))
    site.page("/contacts/", bitrix("Контакты", "<p>E-mail: school5_nvk@mail.ru</p>"))

    def sub(target: str, title: str, body: str) -> None:
        site.page(target, tilda(title, body), host=SUB5)

    sub("/", "О центре", """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>Центр создан в 2021 году на базе МБОУ «СОШ № 5» в рамках федерального проекта «Современная
школа» национального проекта «Образование».</p>
<p>Руководитель центра — Лаптева Ирина Викторовна.</p>""")
    sub("/dokumenty/", "Документы", """
<h2>Документы</h2>
<ul>
<li><a href="/files/prikaz_2021.pdf">Приказ о создании центра</a></li>
<li><a href="/files/metod_rek.pdf">Методические рекомендации (письма Минпросвещения России от 31.05.2022 № ТВ-977/02, от 30.11.2023 № ТВ-2356/02)</a></li>
<li><a href="/files/plan_2023-2024.pdf">План мероприятий центра на 2023-2024 учебный год</a></li>
</ul>""")
    sub("/rezhim-raboty/", "Режим работы", """
<h2>Режим работы центра «Точка роста» на 2023–2024 учебный год</h2>
<table><tr><th>День</th><th>Урочная деятельность</th><th>Внеурочная деятельность и доп. образование</th></tr>
<tr><td>Пн–Пт</td><td>08:30–14:05 (химия, биология, физика)</td><td>14:30–17:30</td></tr>
<tr><td>Суббота</td><td>—</td><td>10:00–13:00 «Юный эколог»</td></tr></table>""")
    sub("/pedagogi/", "Педагоги", "<p>Лаптева И.В. (химия), Фомин Д.А. (физика), Шилова Н.С. (биология).</p>")
    sub("/oborudovanie/", "Оборудование", "<p>Цифровые лаборатории по химии, биологии, физике; ОГЭ-лаборатория; микроскопы.</p>")
    sub("/novosti/", "Новости", """
<div class="t-feed">
<div class="t-feed__post"><span class="t-feed__post-date">5 декабря 2023</span><h3>«Химический калейдоскоп» для пятиклассников</h3></div>
<div class="t-feed__post"><span class="t-feed__post-date">16 ноября 2023</span><h3>Муниципальный семинар учителей биологии на базе центра</h3></div>
<div class="t-feed__post"><span class="t-feed__post-date">3 октября 2023</span><h3>Неделя физики: опыты с цифровыми датчиками</h3></div>
<div class="t-feed__post"><span class="t-feed__post-date">1 сентября 2023</span><h3>Центр начал новый учебный год</h3></div>
<div class="t-feed__post"><span class="t-feed__post-date">20 декабря 2022</span><h3>Новогодний квест по естественным наукам</h3></div>
<div class="t-feed__post"><span class="t-feed__post-date">14 апреля 2022</span><h3>День космонавтики в «Точке роста»</h3></div>
</div>""")
    site.file("/files/metod_rek.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»",
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02"]), PDF, host=SUB5)
    return site


# --- b06: section linked only by a text-less banner image (Cyrillic host) ------------

HOST6 = "школа-заречье.рф"


def zarechye(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} — МКОУ Зареченская СОШ</title></head>
<body><div class="wrap">
<div class="head"><h1 class="site-title">МКОУ Зареченская средняя общеобразовательная школа</h1>
<p>Алтайский край, Тальменский район</p></div>
<ul class="menu">
<li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/novosti/">Новости</a></li><li><a href="/roditelyam/">Родителям</a></li>
<li><a href="/vospitanie/">Воспитательная работа</a></li><li><a href="/kontakty/">Контакты</a></li></ul>
<div class="content">{body}</div>
<div class="footer">МКОУ Зареченская СОШ © 2016–2023 | 658010, с. Заречье, ул. Центральная, 14</div>
</div></body></html>"""


def build_b06() -> Site:
    site = Site(
        HOST6,
        {"id": "b06", "name": "МКОУ Зареченская СОШ", "region": "Алтайский край",
         "municipality": "Тальменский район", "url": f"http://{HOST6}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": False, "publications_count": 0, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{HOST6}/centr/"},
        "Cyrillic .рф host; the section is linked only by a banner image with empty alt and a "
        "file name tochka-300x180.jpg; its only timetable is a DOCX for 2022-2023 and its news "
        "stop in 2022.",
        extra_hosts=(HOST6.encode("idna").decode("ascii"),),
    )
    site.page("/", zarechye("Главная", """
<div class="banners">
<a href="https://www.gosuslugi.ru/"><img src="/images/gosuslugi.jpg" alt="Госуслуги"></a>
<a href="/centr/"><img src="/images/tochka-300x180.jpg" alt="" width="300" height="180"></a>
<a href="https://р22.навигатор.дети/"><img src="/images/navigator.jpg" alt="Навигатор дополнительного образования"></a>
</div>
<h2>Последние новости</h2>
<p>08.12.2023 <a href="/novosti/olimpiada-2023/">Муниципальный этап всероссийской олимпиады школьников</a></p>
<p>20.11.2023 <a href="/novosti/den-materi/">Концерт ко Дню матери</a></p>"""))
    site.file("/images/tochka-300x180.jpg", image_bytes("TOCHKA ROSTA"), JPEG)
    site.file("/images/gosuslugi.jpg", image_bytes("GOSUSLUGI"), JPEG)
    site.file("/images/navigator.jpg", image_bytes("NAVIGATOR"), JPEG)
    site.page("/sveden/", zarechye("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/struct/">Структура и органы управления</a></li>
<li><a href="/sveden/document/">Документы</a></li><li><a href="/sveden/education/">Образование</a></li>
<li><a href="/sveden/objects/">Материально-техническое обеспечение</a></li></ul>"""))
    site.page("/novosti/", zarechye("Новости", """
<p>08.12.2023 <a href="/novosti/olimpiada-2023/">Муниципальный этап всероссийской олимпиады школьников</a></p>
<p>20.11.2023 <a href="/novosti/den-materi/">Концерт ко Дню матери</a></p>
<p>01.09.2023 <a href="/novosti/den-znanij/">День знаний</a></p>"""))
    site.page("/novosti/olimpiada-2023/", zarechye("Олимпиада", "<p>08.12.2023. Пятеро учеников стали участниками муниципального этапа ВсОШ по литературе и истории.</p>"))
    site.page("/novosti/den-materi/", zarechye("День матери", "<p>20.11.2023. Концерт для мам подготовили ученики начальных классов.</p>"))
    site.page("/novosti/den-znanij/", zarechye("День знаний", "<p>01.09.2023. Торжественная линейка.</p>"))
    site.page("/roditelyam/", zarechye("Родителям", "<p>Информация о питании и подвозе обучающихся.</p>"))
    site.page("/vospitanie/", zarechye("Воспитательная работа", "<p>План воспитательной работы на 2023-2024 учебный год.</p>"))
    site.page("/kontakty/", zarechye("Контакты", "<p>Тел.: 8 (38591) 2-54-10</p>"))
    site.page("/centr/", zarechye("Точка роста", """
<h2>ЦЕНТР «ТОЧКА РОСТА»</h2>
<p>Центр образования естественно-научной и технологической направленностей открыт в МКОУ
Зареченская СОШ 1 сентября 2022 года.</p>
<ul><li><a href="/centr/dokumenty/">Документы</a></li><li><a href="/centr/raspisanie/">Расписание</a></li>
<li><a href="/centr/novosti/">Новости центра</a></li></ul>"""))
    site.page("/centr/dokumenty/", zarechye("Документы центра", """
<p><a href="/upload/polozhenie_tr.pdf">Положение о центре «Точка роста»</a></p>
<p><a href="/upload/mr_tv-977.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></p>"""))
    site.page("/centr/raspisanie/", zarechye("Расписание", """
<p><a href="/upload/raspisanie_vneurochnoy.docx">Расписание внеурочной деятельности центра</a></p>"""))
    site.page("/centr/novosti/", zarechye("Новости центра", """
<p><b>15.12.2022</b> Новогодняя неделя науки в центре.</p>
<p><b>18.10.2022</b> Первые занятия объединения «Юный биолог».</p>
<p><b>01.09.2022</b> Торжественное открытие центра «Точка роста».</p>"""))
    site.file("/upload/raspisanie_vneurochnoy.docx", docx_bytes(
        ["Утверждаю. Директор школы Н.А. Белых",
         "Расписание внеурочной деятельности центра «Точка роста» на 2022-2023 учебный год"],
        [["День", "Время", "Курс", "Класс"],
         ["Вторник", "14:00", "Юный биолог", "5-6"],
         ["Четверг", "14:00", "Химия в быту", "8"]]), DOCX)
    site.file("/upload/mr_tv-977.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»"]), PDF)
    return site


# --- b07: section linked only from the footer ----------------------------------------


def bratsk(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} | МБОУ «СОШ № 17»</title></head>
<body><header class="header"><div class="logo">МБОУ «СОШ № 17» г. Братска</div>
<nav><a href="/">Главная</a> <a href="/sveden/">Сведения об ОО</a> <a href="/news/">Новости</a>
<a href="/uchenikam/">Ученикам</a> <a href="/roditelyam/">Родителям</a> <a href="/kontakty/">Контакты</a></nav></header>
<section class="page">{body}</section>
<footer class="footer"><div class="footer-links">
<a href="/anticorruption/">Противодействие коррупции</a> |
<a href="/dostupnaya-sreda/">Доступная среда</a> |
<a href="/tochkarosta/">Центр "Точка роста"</a> |
<a href="/privacy/">Политика конфиденциальности</a></div>
<p>© 2015–2023 МБОУ «СОШ № 17». 665717, Иркутская обл., г. Братск, ул. Курчатова, 17</p></footer></body></html>"""


def build_b07() -> Site:
    site = Site(
        "school17-bratsk.ru",
        {"id": "b07", "name": "МБОУ «СОШ № 17» г. Братска", "region": "Иркутская область",
         "municipality": "г. Братск", "url": "http://school17-bratsk.ru", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 2, "recommendations_current": False,
         "status": "ok", "section_url": "http://school17-bratsk.ru/tochkarosta/"},
        "Section linked only from the footer; the timetable PDF has no year and is dated by "
        "its link text «с 04.09.2023»; publications about the center are only in the general "
        "news feed.",
    )
    news = [
        (131, "30 ноября 2023 г.", "Зимние забавы", "Классные часы о безопасности зимой.", False),
        (122, "12 октября 2023 г.", "Фестиваль науки",
         "На базе центра «Точка роста» прошел школьный фестиваль науки: опыты, викторины, "
         "выставка проектов.", True),
        (117, "1 сентября 2023 г.", "День знаний", "Линейка для 1-х и 11-х классов.", False),
        (101, "28 марта 2023 г.", "Районный конкурс проектов",
         "Ученики, занимающиеся в центре «Точка роста», заняли призовые места в районном "
         "конкурсе исследовательских проектов.", True),
        (88, "21 ноября 2022 г.", "Точка роста: открытый урок",
         "Открытый урок биологии с цифровыми микроскопами центра «Точка роста».", True),
    ]
    site.page("/", bratsk("Главная", "<h1>Добро пожаловать!</h1>" + "".join(
        f'<div class="news-item"><span>{d}</span> <a href="/news/{i}.html">{t}</a></div>' for i, d, t, _, _ in news[:3])))
    site.page("/news/", bratsk("Новости", "".join(
        f'<div class="news-item"><span>{d}</span> <a href="/news/{i}.html">{t}</a></div>' for i, d, t, _, _ in news)))
    for nid, day, title, text, _ in news:
        site.page(f"/news/{nid}.html", bratsk(title, f"<h1>{title}</h1><p class='date'>{day}</p><p>{text}</p>"))
    for target, title in (("/sveden/", "Сведения об образовательной организации"), ("/uchenikam/", "Ученикам"),
                          ("/roditelyam/", "Родителям"), ("/kontakty/", "Контакты"),
                          ("/anticorruption/", "Противодействие коррупции"),
                          ("/dostupnaya-sreda/", "Доступная среда"), ("/privacy/", "Политика конфиденциальности")):
        site.page(target, bratsk(title, f"<h1>{title}</h1><p>Страница раздела «{title}».</p>"))
    site.page("/tochkarosta/", bratsk("Центр «Точка роста»", """
<h1>Центр «Точка роста»</h1>
<p>Центр образования естественно-научной и технологической направленностей создан в 2020 году.</p>
<ul>
<li><a href="/tochkarosta/dokumenty/">Документы</a></li>
<li><a href="/files/rasp-tr.pdf">Расписание занятий центра «Точка роста» (с 04.09.2023)</a></li>
<li><a href="/tochkarosta/pedagogi/">Педагогический состав</a></li>
</ul>"""))
    site.page("/tochkarosta/dokumenty/", bratsk("Документы", """
<h1>Документы центра</h1>
<p><a href="/files/polozhenie.pdf">Положение о центре</a></p>
<p><a href="/files/mr-2019.pdf">Методические рекомендации (распоряжение Минпросвещения России № Р-20 от 01.03.2019)</a></p>"""))
    site.page("/tochkarosta/pedagogi/", bratsk("Педагоги", "<p>Ворошилова Т.Н., Ким А.С., Луговой Е.Е.</p>"))
    site.file("/files/rasp-tr.pdf", pdf_bytes([
        "Расписание занятий центра «Точка роста»",
        "Понедельник 15:00 Химия и жизнь (8 кл.)", "Среда 15:00 Робототехника (6 кл.)",
        "Пятница 14:00 Экологический практикум (7 кл.)"]), PDF)
    return site


# --- b08: section reachable only through the «Сведения об ОО» submenu page -----------


def omsk(title: str, crumbs: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="header"><img src="/templates/img/logo.png" alt=""> БОУ г. Омска «Средняя общеобразовательная школа № 8»</div>
<div id="menu"><a href="/">Главная</a> · <a href="/sveden/">Сведения об образовательной организации</a> ·
<a href="/news/">Новости</a> · <a href="/roditelyam/">Родителям</a> · <a href="/contacts/">Контакты</a></div>
<div id="crumbs">{crumbs}</div>
<div id="main">{body}</div>
<div id="footer">© 2013–2023 БОУ г. Омска «СОШ № 8» · 644010, г. Омск, ул. Маршала Жукова, 8</div></body></html>"""


def build_b08() -> Site:
    site = Site(
        "sch8-omsk.ru",
        {"id": "b08", "name": "БОУ г. Омска «СОШ № 8»", "region": "Омская область",
         "municipality": "г. Омск", "url": "http://sch8-omsk.ru/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 2, "recommendations_current": True,
         "status": "ok", "section_url": "http://sch8-omsk.ru/sveden/tochka-rosta/"},
        "Section reachable only from the «Сведения об образовательной организации» submenu "
        "page, with numbered subsections; recommendations identified by a transliterated "
        "file name (Metodicheskie_rekomendatsii_TV-2356_02.pdf) under a generic link text.",
    )
    root = '<a href="/">Главная</a>'
    sv = root + ' / <a href="/sveden/">Сведения об образовательной организации</a>'
    tr = sv + ' / <a href="/sveden/tochka-rosta/">Центр «Точка роста»</a>'
    site.page("/", omsk("Главная", root, """
<h1>БОУ г. Омска «СОШ № 8»</h1><p>Приём в 1 класс на 2024-2025 учебный год начнется 1 апреля 2024 года.</p>
<h2>Новости</h2><p>11.12.2023 <a href="/news/?id=512">Школьный этап соревнований по баскетболу</a></p>"""))
    site.page("/news/", omsk("Новости", root + " / Новости", """
<p>11.12.2023 <a href="/news/?id=512">Школьный этап соревнований по баскетболу</a></p>
<p>04.10.2023 <a href="/news/?id=498">День учителя</a></p>"""))
    site.page("/news/?id=512", omsk("Баскетбол", root, "<p>11.12.2023. Соревнования среди 7–9 классов.</p>"))
    site.page("/news/?id=498", omsk("День учителя", root, "<p>04.10.2023. Праздничный концерт.</p>"))
    site.page("/roditelyam/", omsk("Родителям", root, "<p>Меню горячего питания.</p>"))
    site.page("/contacts/", omsk("Контакты", root, "<p>Тел.: 8 (3812) 53-08-08</p>"))
    site.page("/sveden/", omsk("Сведения об образовательной организации", sv, """
<h1>Сведения об образовательной организации</h1>
<ol>
<li><a href="/sveden/common/">Основные сведения</a></li>
<li><a href="/sveden/struct/">Структура и органы управления образовательной организацией</a></li>
<li><a href="/sveden/document/">Документы</a></li>
<li><a href="/sveden/education/">Образование</a></li>
<li><a href="/sveden/eduStandarts/">Образовательные стандарты и требования</a></li>
<li><a href="/sveden/employees/">Руководство. Педагогический (научно-педагогический) состав</a></li>
<li><a href="/sveden/objects/">Материально-техническое обеспечение и оснащенность образовательного процесса</a></li>
<li><a href="/sveden/paid_edu/">Платные образовательные услуги</a></li>
<li><a href="/sveden/budget/">Финансово-хозяйственная деятельность</a></li>
<li><a href="/sveden/vacant/">Вакантные места для приема (перевода) обучающихся</a></li>
<li><a href="/sveden/tochka-rosta/">Центр «Точка роста»</a></li>
</ol>"""))
    site.page("/sveden/common/", omsk("Основные сведения", sv, "<p>Дата создания: 1936 год.</p>"))
    site.page("/sveden/document/", omsk("Документы", sv, "<p><a href='/upload/ustav.pdf'>Устав</a></p>"))
    site.page("/sveden/tochka-rosta/", omsk("Центр «Точка роста»", tr, """
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<ul class="sub">
<li><a href="/sveden/tochka-rosta/obshchaya-informatsiya/">01. Общая информация о центре</a></li>
<li><a href="/sveden/tochka-rosta/dokumenty/">02. Документы</a></li>
<li><a href="/sveden/tochka-rosta/programmy/">03. Образовательные программы</a></li>
<li><a href="/sveden/tochka-rosta/pedagogi/">04. Педагоги</a></li>
<li><a href="/sveden/tochka-rosta/mtb/">05. Материально-техническая база</a></li>
<li><a href="/sveden/tochka-rosta/rezhim-zanyatosti/">06. Режим занятости</a></li>
<li><a href="/sveden/tochka-rosta/novosti/">07. Новости</a></li>
</ul>"""))
    site.page("/sveden/tochka-rosta/obshchaya-informatsiya/", omsk("Общая информация о центре", tr, """
<p>Центр «Точка роста» создан в 2022 году в рамках федерального проекта «Современная школа»
национального проекта «Образование».</p>"""))
    site.page("/sveden/tochka-rosta/dokumenty/", omsk("Документы", tr, """
<p><a href="/upload/iblock/5a1/Prikaz_o_sozdanii_tsentra.pdf">Приказ о создании центра</a></p>
<p><a href="/upload/iblock/7c3/Metodicheskie_rekomendatsii_TV-2356_02.pdf">Методические рекомендации</a></p>"""))
    site.page("/sveden/tochka-rosta/programmy/", omsk("Образовательные программы", tr, "<p>ДООП «Лаборатория юного химика», «Физика вокруг нас».</p>"))
    site.page("/sveden/tochka-rosta/pedagogi/", omsk("Педагоги", tr, "<p>Романова Е.В., Петренко О.О.</p>"))
    site.page("/sveden/tochka-rosta/mtb/", omsk("Материально-техническая база", tr, "<p>Цифровые лаборатории «Releon», микроскопы.</p>"))
    site.page("/sveden/tochka-rosta/rezhim-zanyatosti/", omsk("Режим занятости", tr, """
<h2>Режим занятости обучающихся в центре «Точка роста» на 2023 - 2024 уч. г.</h2>
<table border="1"><tr><th>День</th><th>Время</th><th>Занятие</th></tr>
<tr><td>Понедельник</td><td>14:40–15:20</td><td>Лаборатория юного химика</td></tr>
<tr><td>Четверг</td><td>14:40–16:10</td><td>Физика вокруг нас</td></tr></table>"""))
    site.page("/sveden/tochka-rosta/novosti/", omsk("Новости", tr, """
<div class="item"><span class="date">3 окт. 2023</span> Неделя физики: школьники провели эксперименты с цифровыми датчиками.</div>
<div class="item"><span class="date">27 сент. 2023</span> Экскурсия пятиклассников в центр «Точка роста».</div>
<div class="item"><span class="date">19 дек. 2022</span> Новогодняя химическая лаборатория.</div>"""))
    site.file("/upload/iblock/7c3/Metodicheskie_rekomendatsii_TV-2356_02.pdf", pdf_bytes([
        "Методические рекомендации по созданию и функционированию в общеобразовательных "
        "организациях, расположенных в сельской местности и малых городах, центров образования "
        "естественно-научной и технологической направленностей"]), PDF)
    return site


SITES = [build_b04(), build_b05(), build_b06(), build_b07(), build_b08()]
