"""Sites whose pages are built by JavaScript in the browser, and one that only looks
scripted: content kept in a JS string (c01), a menu built by script (c02), news read
from a JSON endpoint (c03), and an ordinary server-rendered site with jQuery, Yandex.Metrika,
LiveInternet and a map (c04) that must not be sent to a renderer.

The scripts stay within what Splash's QtWebKit (2016) runs, except c03's ``fetch()``,
which that engine lacks and the project's Splash script supplies (tochka/rendering).
"""
from __future__ import annotations

import json

from tests.fixtureweb.kit import PDF, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    html_table,
    lazy_file,
    metrika,
    recommendations_text,
)

UNRENDERED = ("Without a renderer the expected outcome is that the crawl flags the page "
              "needs_rendering ({reason}) instead of reporting it from the empty HTML.")
LETTER_2023 = "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»"
LETTER_2022 = "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»"


def js_string(html: str) -> str:
    """A JavaScript string literal holding ``html``, safe inside a <script> element."""
    return json.dumps(html, ensure_ascii=False).replace("</", "<\\/")


# --- c01: page content kept in a JavaScript string -----------------------------------

C01 = "kstovo-school3.ru"


def build_c01() -> Site:
    site = Site(
        C01,
        {"id": "c01", "name": "МБОУ «Школа № 3» г. Кстово", "region": "Нижегородская область",
         "municipality": "Кстовский муниципальный округ", "url": f"http://{C01}/",
         "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "recommendations_current": True, "status": "ok",
         "section_url": f"http://{C01}/tochka-rosta/"},
        "A site builder that ships every content page as an empty <div id=\"page-content\"> and "
        "an inline script holding the page's HTML in a string, inserted on the load event. "
        "The menu (with «Точка роста») is server-rendered; the section's subsections, timetable "
        "for 2023-2024, 2023 news and the link to the ТВ-2356/02 recommendations exist only in "
        "the script strings. " + UNRENDERED.format(reason="content_inserted_by_script"),
    )

    def page(target: str, title: str, content: str) -> None:
        site.page(target, f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{title} — МБОУ «Школа № 3» г. Кстово</title><link rel="stylesheet" href="/static/site.css"></head>
<body><header><a href="/"><img src="/static/logo.png" alt="Школа № 3"></a>
<span class="name">МБОУ «Школа № 3» г. Кстово</span></header>
<ul class="topnav"><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/tochka-rosta/">Точка роста</a></li><li><a href="/kontakty/">Контакты</a></li></ul>
<div id="page-content"></div>
<script>
var PAGE_HTML = {js_string(content)};
window.addEventListener("load", function () {{
  document.getElementById("page-content").innerHTML = PAGE_HTML;
}});
</script>
<footer>© 2023 МБОУ «Школа № 3» г. Кстово</footer>
{metrika(90311203)}</body></html>""")

    page("/", "Главная", """<h1>Добро пожаловать!</h1>
<p>Муниципальное бюджетное общеобразовательное учреждение «Школа № 3» г. Кстово приглашает
учеников и родителей на сайт школы.</p><h2>Новости</h2>
<p><b>11.12.2023</b> Родительское собрание 9-х классов по итоговому собеседованию.</p>""")
    page("/sveden/", "Сведения об образовательной организации", """<h1>Сведения об образовательной организации</h1>
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li></ul>""")
    page("/kontakty/", "Контакты", "<h1>Контакты</h1><p>607651, г. Кстово, ул. Чванова, 3. Тел. 8 (83145) 2-14-70.</p>")
    page("/tochka-rosta/", "Центр «Точка роста»", f"""<h1>Центр «Точка роста»</h1>
<p>{center_intro("МБОУ «Школа № 3» г. Кстово", 2021)}</p>
<ul class="submenu">
<li><a href="/tochka-rosta/dokumenty/">Документы</a></li>
<li><a href="/tochka-rosta/raspisanie/">Расписание занятий</a></li>
<li><a href="/tochka-rosta/novosti/">Новости центра</a></li>
<li><a href="/tochka-rosta/pedagogi/">Педагоги</a></li></ul>""")
    page("/tochka-rosta/dokumenty/", "Документы центра", f"""<h1>Документы</h1>
<p><a href="/upload/docs/polozhenie-tr.pdf">Положение о центре «Точка роста»</a></p>
<p><a href="/upload/docs/metod-rek-2023.pdf">Методические рекомендации ({LETTER_2023})</a></p>""")
    page("/tochka-rosta/raspisanie/", "Расписание", "<h1>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h1>"
         + html_table(CENTER_WEEK))
    page("/tochka-rosta/novosti/", "Новости центра", """<h1>Новости центра «Точка роста»</h1>
<div class="news"><p class="date">05.12.2023</p><h3>Неделя химии в центре «Точка роста»</h3>
<p>Восьмиклассники провели опыты на цифровых лабораториях центра.</p></div>
<div class="news"><p class="date">20.10.2023</p><h3>Робототехнический турнир</h3>
<p>Команда центра «Точка роста» заняла второе место в муниципальном турнире.</p></div>
<div class="news"><p class="date">14.04.2022</p><h3>День космонавтики</h3><p>Занятие в центре.</p></div>""")
    page("/tochka-rosta/pedagogi/", "Педагоги", "<h1>Педагоги центра</h1><p>Соколова Е.В. — химия, биология. Белов А.С. — технология.</p>")
    lazy_file(site, "/upload/docs/metod-rek-2023.pdf", lambda: pdf_bytes(recommendations_text(LETTER_2023)), PDF)
    lazy_file(site, "/upload/docs/polozhenie-tr.pdf", lambda: pdf_bytes(
        ["Положение о центре образования естественно-научной и технологической направленностей «Точка роста»",
         "Утверждено приказом от 01.09.2021 № 112"]), PDF)
    return site


# --- c02: menus built by script ------------------------------------------------------

C02 = "licey2-bugulma.ru"
C02_SECTION = "/obrazovanie/tochka-rosta/"
C02_MENU = [
    ("Главная", "/"), ("Сведения об образовательной организации", "/sveden/"),
    ("Образование", "/obrazovanie/"), ("Центр «Точка роста»", C02_SECTION), ("Новости", "/news/"),
]
C02_SUBMENU = [
    ("О центре", C02_SECTION), ("Документы", C02_SECTION + "dokumenty/"),
    ("Расписание", C02_SECTION + "raspisanie/"), ("Новости центра", C02_SECTION + "novosti/"),
]


def build_c02() -> Site:
    site = Site(
        C02,
        {"id": "c02", "name": "МБОУ «Лицей № 2» г. Бугульмы", "region": "Республика Татарстан",
         "municipality": "Бугульминский муниципальный район", "url": f"http://{C02}/",
         "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": True, "recommendations_current": False, "status": "ok",
         "section_url": f"http://{C02}{C02_SECTION}"},
        "The main menu is an empty <nav id=\"main-menu\"> filled from a JS array with "
        "createElement('a'); the section's left submenu is written by document.write. No "
        "server-rendered link leads to the section (under /obrazovanie/, not a probed path) or "
        "its subsections. In a browser: a 2022-2023 timetable (stale), 2023 news about the "
        "center, only the 2022 recommendations (ТВ-977/02). "
        + UNRENDERED.format(reason="menu_built_by_script"),
    )
    menu_json = json.dumps([{"title": t, "url": u} for t, u in C02_MENU], ensure_ascii=False)
    submenu = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in C02_SUBMENU)

    def page(target: str, title: str, body: str, *, in_section: bool = False) -> None:
        left = (f"""<div class="left-menu"><script>document.write({js_string("<ul>" + submenu + "</ul>")});</script></div>"""
                if in_section else "")
        site.page(target, f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="head"><h2>МБОУ «Лицей № 2» г. Бугульмы</h2></div>
<nav id="main-menu" class="menu"></nav>
<script>
var MENU = {menu_json};
(function () {{
  var nav = document.getElementById("main-menu"), list = document.createElement("ul");
  for (var i = 0; i < MENU.length; i++) {{
    var item = document.createElement("li"), link = document.createElement("a");
    link.href = MENU[i].url;
    link.textContent = MENU[i].title;
    item.appendChild(link);
    list.appendChild(item);
  }}
  nav.appendChild(list);
}})();
</script>
{left}<div class="content">{body}</div>
<div class="footer">423230, Республика Татарстан, г. Бугульма, ул. Ленина, 2. © Лицей № 2, 2023</div>
</body></html>""")

    page("/", "МБОУ «Лицей № 2» г. Бугульмы", """<h1>Добро пожаловать на сайт лицея!</h1>
<p>Лицей № 2 — одна из старейших школ Бугульмы. У нас работают профильные классы и центр
естественно-научной направленности.</p>""")
    page("/sveden/", "Сведения об образовательной организации", "<h1>Сведения об образовательной организации</h1><p>Раздел в разработке.</p>")
    page("/obrazovanie/", "Образование", "<h1>Образование</h1><p>Реализуемые образовательные программы лицея.</p>")
    page("/news/", "Новости", "<h1>Новости лицея</h1><p>08.12.2023 Лицеисты — призёры муниципального этапа олимпиады по праву.</p>")
    page(C02_SECTION, "Центр «Точка роста»", f"""<h1>Центр «Точка роста»</h1>
<p>{center_intro("МБОУ «Лицей № 2» г. Бугульмы", 2022)}</p>""", in_section=True)
    page(C02_SECTION + "dokumenty/", "Документы", f"""<h1>Документы центра</h1>
<p><a href="/files/tr/mr-2022.pdf">Методические рекомендации ({LETTER_2022})</a></p>""", in_section=True)
    page(C02_SECTION + "raspisanie/", "Расписание",
         "<h1>Расписание занятий центра «Точка роста» на 2022-2023 учебный год</h1>" + html_table(CENTER_WEEK),
         in_section=True)
    page(C02_SECTION + "novosti/", "Новости центра", """<h1>Новости центра</h1>
<article><time datetime="2023-11-17">17 ноября 2023</time><h3>День science-слэма в «Точке роста»</h3>
<p>Учащиеся 9-х классов представили научные проекты на оборудовании центра «Точка роста».</p></article>
<article><time datetime="2023-09-29">29 сентября 2023</time><h3>Открытие сезона кружков</h3>
<p>В центре «Точка роста» начали работу объединения «Юный химик» и «Робототехника».</p></article>""",
         in_section=True)
    lazy_file(site, "/files/tr/mr-2022.pdf", lambda: pdf_bytes(recommendations_text(LETTER_2022)), PDF)
    return site


# --- c03: news list read from a JSON endpoint -------------------------------------------

C03 = "sosh7-salsk.ru"
C03_NEWS = [
    {"id": 412, "date": "2023-12-06", "title": "Урок цифры в центре «Точка роста»",
     "text": "Ученики 7-х классов прошли Урок цифры в кабинете информатики центра «Точка роста».",
     "url": "/news/412/"},
    {"id": 398, "date": "2023-11-15", "title": "Экологический квест",
     "text": "Центр «Точка роста» провёл для пятиклассников квест по экологии с цифровыми датчиками.",
     "url": "/news/398/"},
    {"id": 371, "date": "2023-09-22", "title": "Победа на фестивале «РобоФест-Дон»",
     "text": "Команда объединения «Робототехника» центра «Точка роста» заняла первое место.",
     "url": "/news/371/"},
    {"id": 260, "date": "2022-05-12", "title": "Итоги года в центре «Точка роста»",
     "text": "Подведены итоги работы центра «Точка роста» за 2021-2022 учебный год.",
     "url": "/news/260/"},
]


def build_c03() -> Site:
    site = Site(
        C03,
        {"id": "c03", "name": "МБОУ СОШ № 7 г. Сальска", "region": "Ростовская область",
         "municipality": "Сальский район", "url": f"http://{C03}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 3, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{C03}/tochka-rosta/"},
        "Server-rendered site and section (2023-2024 timetable, ТВ-2356/02 recommendations), "
        "but the center's news page is an empty <div id=\"news-list\"> that fetch()es "
        "/api/news.json and renders it: three 2023 publications about the center (and one of "
        "2022) are visible only in a browser; no other page links the news items. "
        + UNRENDERED.format(reason="content_from_json_api"),
    )

    def page(target: str, title: str, body: str, script: str = "") -> None:
        site.page(target, f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><h2>МБОУ СОШ № 7 г. Сальска</h2>
<ul class="main-menu"><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об ОО</a></li>
<li><a href="/tochka-rosta/">Центр «Точка роста»</a></li><li><a href="/kontakty/">Контакты</a></li></ul></header>
<main>{body}</main>{script}<footer>347630, Ростовская область, г. Сальск, ул. Ленина, 17</footer></body></html>""")

    page("/", "МБОУ СОШ № 7 г. Сальска", """<h1>Главная</h1><p>Добро пожаловать на официальный сайт школы.</p>
<p>Приём заявлений в первый класс на 2024-2025 учебный год начнётся 1 апреля 2024 года.</p>""")
    page("/sveden/", "Сведения об ОО", "<h1>Сведения об образовательной организации</h1><p>Основные сведения.</p>")
    page("/kontakty/", "Контакты", "<h1>Контакты</h1><p>Тел. 8 (86372) 5-12-07.</p>")
    page("/tochka-rosta/", "Центр «Точка роста»", f"""<h1>Центр «Точка роста»</h1>
<p>{center_intro("МБОУ СОШ № 7 г. Сальска", 2020)}</p>
<ul><li><a href="/tochka-rosta/dokumenty/">Документы</a></li>
<li><a href="/tochka-rosta/rezhim-zanyatosti/">Режим занятости</a></li>
<li><a href="/tochka-rosta/novosti/">Новости центра</a></li></ul>""")
    page("/tochka-rosta/dokumenty/", "Документы", f"""<h1>Документы</h1>
<p><a href="/docs/metod-rek-tv-2356.pdf">Методические рекомендации, {LETTER_2023}</a></p>""")
    page("/tochka-rosta/rezhim-zanyatosti/", "Режим занятости",
         "<h1>Режим занятости центра «Точка роста» на 2023-2024 учебный год</h1>" + html_table(CENTER_WEEK))
    page("/tochka-rosta/novosti/", "Новости центра", """<h1>Новости центра «Точка роста»</h1>
<div id="news-list"><!-- filled by news.js --></div>""", """<script>
fetch("/api/news.json").then(function (answer) { return answer.json(); }).then(function (items) {
  var html = "";
  for (var i = 0; i < items.length; i++) {
    var d = items[i].date.split("-");
    html += '<div class="news-item"><span class="date">' + d[2] + "." + d[1] + "." + d[0] + "</span>"
      + '<h3><a href="' + items[i].url + '">' + items[i].title + "</a></h3><p>" + items[i].text + "</p></div>";
  }
  document.getElementById("news-list").innerHTML = html;
});
</script>""")
    site.file("/api/news.json", json.dumps(C03_NEWS, ensure_ascii=False).encode(), "application/json; charset=utf-8")
    for item in C03_NEWS:
        day = ".".join(reversed(item["date"].split("-")))
        page(item["url"], item["title"], f"<h1>{item['title']}</h1><p class=\"date\">{day}</p><p>{item['text']}</p>")
    lazy_file(site, "/docs/metod-rek-tv-2356.pdf", lambda: pdf_bytes(recommendations_text(LETTER_2023)), PDF)
    return site


# --- c04: server-rendered, with the usual scripts ----------------------------------------

C04 = "school15-elets.ru"
LIVEINTERNET = ("<!--LiveInternet counter--><script>document.write(\"<a href='//www.liveinternet.ru/click' "
                "target=_blank><img src='//counter.yadro.ru/hit?t44.6;r\" + escape(document.referrer) + "
                "((typeof(screen)=='undefined')?'':';s'+screen.width+'*'+screen.height) + ';u' + "
                "escape(document.URL) + ';' + Math.random() + \"' alt='' border='0' width='31' height='31'>"
                "<\\/a>\")</script><!--/LiveInternet-->")
JQUERY_STUB = b"/* jQuery stand-in for the fixture web */ window.jQuery = window.$ = function () { return { ready: function (f) { f(); }, on: function () {}, html: function () { return ''; }, slick: function () {} }; };"


def build_c04() -> Site:
    site = Site(
        C04,
        {"id": "c04", "name": "МБОУ «Средняя школа № 15» г. Ельца", "region": "Липецкая область",
         "municipality": "городской округ город Елец", "url": f"http://{C04}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "recommendations_current": True, "status": "ok",
         "section_url": f"http://{C04}/tochka-rosta/"},
        "An ordinary server-rendered site: every word and link is in the HTML. It carries what "
        "most school sites carry — jQuery with a slider and a mobile-menu clone, Yandex.Metrika, "
        "a LiveInternet counter that document.writes a link, the Gosuslugi feedback widget, a "
        "Yandex map in an empty <div id=\"map\"> — and must not be flagged needs_rendering.",
    )

    def page(target: str, title: str, body: str) -> None:
        site.page(target, f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>
<script src="/js/jquery-3.6.0.min.js"></script></head>
<body><div class="top"><a href="/"><img src="/images/logo.png" alt="Школа № 15"></a> МБОУ «Средняя школа № 15» г. Ельца
<button class="bvi-open">Версия для слабовидящих</button></div>
<div class="main-menu"><ul><li><a href="/">Главная</a></li><li><a href="/sveden/">Сведения об образовательной организации</a></li>
<li><a href="/news/">Новости</a></li><li><a href="/tochka-rosta/">Центр «Точка роста»</a></li><li><a href="/kontakty/">Контакты</a></li></ul></div>
<div id="mobile-menu"></div>
<div class="content">{body}</div>
<div id="js-show-iframe-wrapper"><div class="pos-banner-fluid bf-2"><div class="bf-2__text">Не убедились? Сообщите о проблеме на Госуслугах</div></div></div>
<script src="https://pos.gosuslugi.ru/bin/script.min.js"></script>
<script>Widget("https://pos.gosuslugi.ru/form", 305512)</script>
<script>
$(function () {{
  $(".slider").slick({{autoplay: true, dots: true}});
  $("#mobile-menu").html($(".main-menu").html());
  $(".bvi-open").on("click", function () {{ return false; }});
}});
</script>
<div class="footer">399770, Липецкая область, г. Елец, ул. Коммунаров, 15. {LIVEINTERNET}</div>
{metrika(47126530)}</body></html>""")

    page("/", "МБОУ «Средняя школа № 15» г. Ельца", """<div class="slider"><div><img src="/images/s1.jpg" alt="Школа"></div>
<div><a href="/tochka-rosta/"><img src="/images/tochka-300x180.jpg" alt="Точка роста"></a></div></div>
<h1>Новости</h1>
<div class="news-item"><span>07.12.2023</span> <a href="/news/2023-12-07-chimia.html">Неделя химии в центре «Точка роста»</a></div>
<div class="news-item"><span>02.12.2023</span> <a href="/news/2023-12-02-volley.html">Турнир по волейболу</a></div>""")
    page("/news/", "Новости", """<h1>Новости</h1>
<p>07.12.2023 <a href="/news/2023-12-07-chimia.html">Неделя химии в центре «Точка роста»</a></p>
<p>02.12.2023 <a href="/news/2023-12-02-volley.html">Турнир по волейболу</a></p>""")
    page("/news/2023-12-07-chimia.html", "Неделя химии в центре «Точка роста»", """<h1>Неделя химии в центре «Точка роста»</h1>
<p class="date">07.12.2023</p><p>В центре «Точка роста» прошла неделя химии: ученики 8–9 классов провели
опыты с цифровыми лабораториями, а победители викторины получили грамоты.</p>""")
    page("/news/2023-12-02-volley.html", "Турнир по волейболу", "<h1>Турнир по волейболу</h1><p class=\"date\">02.12.2023</p><p>Команда школы заняла третье место.</p>")
    page("/sveden/", "Сведения об образовательной организации", "<h1>Сведения об образовательной организации</h1><p>Основные сведения о школе.</p>")
    page("/kontakty/", "Контакты", """<h1>Контакты</h1><p>Телефон: 8 (47467) 2-24-15</p>
<div id="map" style="height:300px"></div>
<script src="https://api-maps.yandex.ru/2.1/?lang=ru_RU"></script>
<script>ymaps.ready(function () { new ymaps.Map("map", {center: [52.62, 38.50], zoom: 16}); });</script>""")
    page("/tochka-rosta/", "Центр «Точка роста»", f"""<h1>Центр «Точка роста»</h1>
<p>{center_intro("МБОУ «Средняя школа № 15» г. Ельца", 2021)}</p>
<ul><li><a href="/tochka-rosta/dokumenty/">Документы</a></li><li><a href="/tochka-rosta/raspisanie/">Расписание</a></li>
<li><a href="/news/2023-12-07-chimia.html">Новости центра</a></li></ul>""")
    page("/tochka-rosta/dokumenty/", "Документы", f"""<h1>Документы</h1>
<p><a href="/files/metod-rek-2023.pdf">Методические рекомендации ({LETTER_2023})</a></p>""")
    page("/tochka-rosta/raspisanie/", "Расписание",
         "<h1>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h1>" + html_table(CENTER_WEEK))
    site.file("/js/jquery-3.6.0.min.js", JQUERY_STUB, "application/javascript")
    lazy_file(site, "/files/metod-rek-2023.pdf", lambda: pdf_bytes(recommendations_text(LETTER_2023)), PDF)
    return site


SITES = [build_c01(), build_c02(), build_c03(), build_c04()]
