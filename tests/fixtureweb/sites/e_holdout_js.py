"""Hold-out schools e01..e06 whose «Точка роста» / «Кванториум» / «IT-куб» section is built by
JavaScript in the browser.

These sites were designed from the domain notes (DOMAIN.md) only, without looking at the
crawler, its rendering code or its JavaScript fixtures, so that they measure how the crawler
generalizes to script-built pages its authors never saw. Their pages are built by script the
way school CMSes of 2015–2023 build them: an SPA shell with hash routing that fetches JSON
(e01), a WordPress theme whose news widgets read the REST API (e02), a Bitrix page whose tabs
are filled from a JS object (e03), a menu written by ``document.write`` (e04) and a modern
ES2015+ bundle with history routing (e05). e06 is the near-miss: it looks script-heavy
(jQuery, slider, lazy images, VK widget, map iframe, Metrika) but its section is
server-rendered and must be judged from plain HTML.

Sites e01–e04 and e06 use only ES5 and XMLHttpRequest (old WebKit engines run them); e05
deliberately ships ES2015+ (``type="module"``, arrow functions, template literals, ``fetch``,
async/await). Every script, JSON and document comes from the site's own host; third-party
markup (Metrika, VK, Yandex maps) may fail to load without breaking the page.

Expected verdicts are what a person sees in a real browser on ``AS_OF`` (13.12.2023).
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

from tests.fixtureweb.kit import DOCX, PDF, Resource, Site, docx_bytes, pdf_bytes
from tests.fixtureweb.sites.a_common import lazy_file, metrika, recommendations_text, serve_images
from tests.fixtureweb.sites.c_javascript import UNRENDERED

# -- documents with honest metadata ---------------------------------------------------------


def _when(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 0, tzinfo=UTC)


def _docx(paragraphs: list[str], table: list[list[str]] | None, *, created: datetime) -> bytes:
    return docx_bytes(paragraphs, table, created=created, author="Заместитель директора")


def _recs_pdf(letter_line: str, created: str) -> bytes:
    return pdf_bytes(recommendations_text(letter_line), created=created)


def _js(body: str) -> Resource:
    return Resource(body.encode("utf-8"), headers={"Content-Type": "application/javascript; charset=utf-8"})


def _json(data, headers: dict | None = None) -> Resource:
    return Resource(json.dumps(data, ensure_ascii=False).encode("utf-8"),
                    headers={"Content-Type": "application/json; charset=utf-8", **(headers or {})})


def _css(body: str) -> Resource:
    return Resource(body.encode("utf-8"), headers={"Content-Type": "text/css"})


def _rows_html(rows: list[list[str]], attrs: str = 'class="table"') -> str:
    head, *body = rows
    out = "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
    out += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table {attrs}>{out}</tbody></table>"


RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]
LETTER_2356 = "Приложение к письму Минпросвещения России от 30.11.2023 № ТВ-2356/02"
LETTER_1913 = "Приложение к письму Минпросвещения России от 01.11.2021 № ТВ-1913/02"
LETTER_977 = "Приложение к письму Минпросвещения России от 31.05.2022 № ТВ-977/02"


# ============================================================================================
# e01 — a whole-site SPA with hash routing, Новозыбков: index.html is an empty shell, the
# bundle fetches /data/site.json and /data/news.json by XHR and renders #/… routes; the
# center (2020, «цифрового и гуманитарного профилей») has a 2023-2024 timetable, two 2023
# news, and only the ТВ-1913/02 (2021) recommendations
# ============================================================================================
HOST01 = "sosh1-novozybkov.ru"

E01_APP_JS = r"""/*! school-spa v1.4.2 | (c) ООО «Веб-Образование», 2019-2022 */
(function (window, document) {
  'use strict';
  var root = document.getElementById('app');
  var state = { site: null, news: [] };

  function load(url, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onreadystatechange = function () {
      var data = null;
      if (xhr.readyState !== 4) { return; }
      if (xhr.status === 200) {
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      }
      done(data);
    };
    xhr.send(null);
  }

  function esc(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function ruDate(iso) {
    var p = iso.split('-');
    return p[2] + '.' + p[1] + '.' + p[0];
  }

  function currentRoute() {
    var h = (window.location.hash || '').replace(/^#!?/, '');
    if (h === '' || h === '/') { return '/'; }
    if (h.charAt(0) !== '/') { h = '/' + h; }
    return h.replace(/\/+$/, '');
  }

  function menuHtml(route) {
    var out = [], i, item, active;
    for (i = 0; i < state.site.menu.length; i++) {
      item = state.site.menu[i];
      active = item.route === route || (item.route !== '/' && route.indexOf(item.route + '/') === 0);
      out.push('<li class="nav__item' + (active ? ' nav__item--active' : '') + '">' +
               '<a class="nav__link" href="#' + item.route + '">' + esc(item.title) + '</a></li>');
    }
    return '<nav class="nav"><ul class="nav__list">' + out.join('') + '</ul></nav>';
  }

  function pickNews(feed) {
    var out = [], i, n;
    for (i = 0; i < state.news.length; i++) {
      n = state.news[i];
      if (feed.tag && (n.tags || []).join(',').indexOf(feed.tag) < 0) { continue; }
      out.push(n);
      if (feed.limit && out.length >= feed.limit) { break; }
    }
    return out;
  }

  function newsHtml(items) {
    var out = [], i, n;
    if (!items.length) { return '<p class="empty">Новостей пока нет.</p>'; }
    for (i = 0; i < items.length; i++) {
      n = items[i];
      out.push('<div class="news-item"><span class="news-item__date">' + ruDate(n.date) + '</span> ' +
               '<a class="news-item__title" href="#/news/' + n.id + '">' + esc(n.title) + '</a>' +
               '<div class="news-item__lead">' + esc(n.lead) + '</div></div>');
    }
    return '<div class="news-list">' + out.join('') + '</div>';
  }

  function crumbsHtml(route, title, parent) {
    var parts = ['<a href="#/">Главная</a>'], titles = { '/news': 'Новости' }, ptitle;
    if (route === '/') { return ''; }
    ptitle = parent ? (state.site.pages[parent] ? state.site.pages[parent].title : titles[parent]) : null;
    if (ptitle) {
      parts.push('<a href="#' + parent + '">' + esc(ptitle) + '</a>');
    }
    parts.push('<span>' + esc(title) + '</span>');
    return '<div class="crumbs">' + parts.join(' &raquo; ') + '</div>';
  }

  function view(route) {
    var page = state.site.pages[route], m, i;
    if (page) {
      return { title: page.title, parent: page.parent,
               html: page.html + (page.feed ? newsHtml(pickNews(page.feed)) : '') };
    }
    if (route === '/news') {
      return { title: 'Новости', html: newsHtml(state.news) };
    }
    m = /^\/news\/(\d+)$/.exec(route);
    if (m) {
      for (i = 0; i < state.news.length; i++) {
        if (String(state.news[i].id) === m[1]) {
          return { title: state.news[i].title, parent: '/news',
                   html: '<div class="news-item__date">' + ruDate(state.news[i].date) + '</div>' + state.news[i].text +
                         '<p><a href="#/news">&larr; Все новости</a></p>' };
        }
      }
    }
    return { title: 'Страница не найдена',
             html: '<p>Запрошенная страница не существует. <a href="#/">Перейти на главную</a></p>' };
  }

  function render() {
    var route = currentRoute(), v = view(route), s = state.site;
    document.title = v.title + ' — ' + s.short;
    root.innerHTML =
      '<header class="header"><div class="header__inner"><a class="header__logo" href="#/"><img src="/assets/img/gerb.png" alt="Герб"></a>' +
      '<div class="header__name">' + esc(s.school) + '</div><div class="header__contacts">' + esc(s.phone) + '</div></div>' +
      '<a class="header__eye" href="#/" onclick="document.body.className=\'bvi\';return false;">Версия для слабовидящих</a></header>' +
      menuHtml(route) +
      '<main class="content">' + crumbsHtml(route, v.title, v.parent) +
      '<h1 class="content__title">' + esc(v.title) + '</h1><div class="content__body">' + v.html + '</div></main>' +
      '<footer class="footer"><div>' + esc(s.school) + '</div><div>' + esc(s.address) + '</div>' +
      '<div><a href="#/sveden">Сведения об образовательной организации</a> · <a href="#/kontakty">Контакты</a></div>' +
      '<div class="footer__copy">© 2019–2023. Разработка сайта: ООО «Веб-Образование»</div></footer>';
    window.scrollTo(0, 0);
  }

  load('/data/site.json?v=1.4.2', function (site) {
    if (!site) {
      root.innerHTML = '<p class="error">Не удалось загрузить сайт. Обновите страницу.</p>';
      return;
    }
    state.site = site;
    load('/data/news.json?v=1.4.2', function (news) {
      state.news = news || [];
      render();
      if (window.addEventListener) {
        window.addEventListener('hashchange', render, false);
      } else {
        window.onhashchange = render;
      }
    });
  });
})(window, document);
"""

E01_CSS = """body{margin:0;font:15px/1.5 Arial,sans-serif;color:#222;background:#f3f5f8}
.preloader{padding:80px;text-align:center;color:#888}.header{background:#1d4f91;color:#fff;padding:12px 24px}
.header__name{font-size:20px;font-weight:bold}.nav{background:#163d70}.nav__list{list-style:none;margin:0;padding:0 16px}
.nav__item{display:inline-block}.nav__link{display:block;padding:10px 14px;color:#fff;text-decoration:none}
.nav__item--active .nav__link{background:#0f2c52}.content{background:#fff;max-width:1100px;margin:20px auto;padding:20px 30px}
.crumbs{font-size:13px;color:#777}.news-item{margin:10px 0}.news-item__date{color:#1d4f91;font-weight:bold}
.tiles a{display:inline-block;margin:6px;padding:14px 18px;background:#e8eef7;border-radius:4px}
.table{border-collapse:collapse}.table td,.table th{border:1px solid #bbb;padding:4px 8px}
.footer{background:#163d70;color:#cfd8e6;padding:20px 24px;font-size:13px}.footer a{color:#fff}
"""


def build_e01() -> Site:
    school = "МБОУ «Средняя общеобразовательная школа № 1» г. Новозыбкова"
    sec = "/tochka-rosta"
    site = Site(
        HOST01,
        {"id": "e01", "name": school, "region": "Брянская область", "municipality": "Новозыбковский городской округ",
         "url": f"http://{HOST01}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST01}/#/tochka-rosta",
         "schedule_status": "current", "has_publications": True, "publications_count": 2,
         "recommendations_current": False, "status": "ok"},
        "A whole-site SPA with hash routing: / is an empty <div id=\"app\"> shell plus /assets/app.js (ES5), which "
        "loads /data/site.json and /data/news.json by XMLHttpRequest and builds the menu, pages and news for "
        "#/… routes. Without JavaScript a reader sees only «Загрузка…». In a browser the menu item «Центр «Точка "
        "роста»» opens #/tochka-rosta (a 2020 center «цифрового и гуманитарного профилей») with tiles to "
        "Документы, Расписание, Педагоги, Оборудование, Новости центра. #/tochka-rosta/raspisanie shows a table "
        "titled «…на 2023-2024 учебный год» and its DOCX (current); the site news (#/news) hold two 2023 center "
        "news (14.11.2023 and 27.09.2023) besides school news and a 2022 one; #/tochka-rosta/dokumenty links "
        "only the ТВ-1913/02 (2021) recommendations and Р-6 (not current)."
        " " + UNRENDERED.format(reason="its routes are built by script"),
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/sveden"), ("Новости", "/news"),
            ("Центр «Точка роста»", sec), ("Родителям", "/roditelyam"), ("Контакты", "/kontakty")]
    tiles = "".join(f'<a href="#{sec}/{slug}">{name}</a>' for name, slug in [
        ("Документы", "dokumenty"), ("Расписание занятий", "raspisanie"), ("Педагоги", "pedagogi"),
        ("Оборудование", "oborudovanie"), ("Новости центра", "novosti")])
    week = [["День", "Время", "Вид деятельности", "Занятие", "Класс", "Педагог"],
            ["Понедельник", "08:30–09:10", "Урочная деятельность", "Информатика", "8а", "Гусев П.А."],
            ["Понедельник", "14:20–15:00", "Внеурочная деятельность", "«Шахматная школа»", "2–4", "Маркова Т.И."],
            ["Вторник", "10:20–11:00", "Урочная деятельность", "Технология", "6б", "Гусев П.А."],
            ["Среда", "14:20–15:40", "Дополнительное образование", "«Промышленный дизайн»", "7–8", "Гусев П.А."],
            ["Четверг", "14:20–15:00", "Внеурочная деятельность", "«Медиацентр»", "9", "Кравцова Е.Н."],
            ["Пятница", "14:20–15:40", "Дополнительное образование", "«Основы безопасности: первая помощь»", "8–9",
             "Маркова Т.И."]]
    pages = {
        "/": {"title": "Главная", "html":
              '<div class="banner"><a href="#/tochka-rosta"><img src="/assets/img/tochka-rosta-banner.jpg" '
              'alt="Центр образования цифрового и гуманитарного профилей «Точка роста»"></a></div>'
              "<p>Добро пожаловать на официальный сайт школы!</p><h2>Последние новости</h2>",
              "feed": {"limit": 4}},
        "/sveden": {"title": "Сведения об образовательной организации", "html":
                    "<ul><li>Основные сведения</li><li>Структура и органы управления образовательной организацией</li>"
                    "<li>Документы</li><li>Образование</li><li>Руководство. Педагогический состав</li>"
                    "<li>Материально-техническое обеспечение</li><li>Платные образовательные услуги</li></ul>"},
        "/roditelyam": {"title": "Родителям", "html":
                        "<p>Горячая линия по вопросам питания: 8 (48343) 3-11-26.</p><p>Памятки по безопасности.</p>"},
        "/kontakty": {"title": "Контакты", "html":
                      "<p>243020, Брянская обл., г. Новозыбков, ул. Ленина, 42</p><p>Тел.: 8 (48343) 3-11-25</p>"
                      "<p>E-mail: sosh1-novozybkov@yandex.ru</p>"},
        sec: {"title": "Центр «Точка роста»", "html":
              "<p>Центр образования цифрового и гуманитарного профилей «Точка роста» создан на базе МБОУ «СОШ № 1» "
              "г. Новозыбкова 1 сентября 2020 года в рамках федерального проекта «Современная школа» национального "
              "проекта «Образование».</p><p>В центре проходят уроки технологии, информатики и ОБЖ, занятия "
              "внеурочной деятельности и дополнительного образования, работают шахматная гостиная и медиацентр.</p>"
              "<p>Руководитель центра: Гусев Павел Андреевич.</p>"
              f'<div class="tiles">{tiles}</div>'},
        f"{sec}/dokumenty": {"title": "Документы", "parent": sec, "html":
                             '<ul class="docs">'
                             '<li><a href="/files/tochka/polozhenie-o-centre.pdf">Положение о Центре образования цифрового и '
                             'гуманитарного профилей «Точка роста»</a> (PDF)</li>'
                             '<li><a href="/files/tochka/prikaz-o-sozdanii-2020.pdf">Приказ о создании Центра от 15.06.2020 '
                             '№ 74</a> (PDF)</li>'
                             '<li><a href="/files/tochka/metod-rekomendacii-tv-1913-02.pdf">Методические рекомендации по '
                             'созданию и функционированию центров «Точка роста» (письмо Минпросвещения России от '
                             '01.11.2021 № ТВ-1913/02)</a> (PDF)</li>'
                             '<li><a href="/files/tochka/rasporyazhenie-r-6.pdf">Распоряжение Минпросвещения России от '
                             '12.01.2021 № Р-6</a> (PDF)</li></ul>'},
        f"{sec}/raspisanie": {"title": "Расписание занятий", "parent": sec, "html":
                              "<h3>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h3>"
                              + _rows_html(week) +
                              '<p><a href="/files/tochka/raspisanie-2023-2024.docx">Скачать расписание (DOCX)</a></p>'},
        f"{sec}/pedagogi": {"title": "Педагоги", "parent": sec, "html":
                            "<p>Гусев Павел Андреевич — руководитель центра, учитель технологии и информатики.</p>"
                            "<p>Маркова Татьяна Ивановна — учитель ОБЖ, педагог дополнительного образования.</p>"
                            "<p>Кравцова Елена Николаевна — педагог-организатор, руководитель медиацентра.</p>"},
        f"{sec}/oborudovanie": {"title": "Оборудование", "parent": sec, "html":
                                "<p>Ноутбуки — 10 шт., МФУ, 3D-принтер, квадрокоптеры, фотоаппарат, тренажёры-манекены "
                                "для отработки сердечно-лёгочной реанимации, шахматные столы.</p>"},
        f"{sec}/novosti": {"title": "Новости центра", "parent": sec, "html": "", "feed": {"tag": "tochka"}},
    }
    site_json = {"school": school, "short": "МБОУ СОШ № 1 г. Новозыбкова", "phone": "8 (48343) 3-11-25",
                 "address": "243020, Брянская обл., г. Новозыбков, ул. Ленина, 42",
                 "menu": [{"title": t, "route": r} for t, r in menu], "pages": pages}
    news = [
        (231, "2023-12-08", "Итоги муниципального этапа олимпиады", [],
         "Поздравляем победителей муниципального этапа ВсОШ.",
         "<p>Поздравляем победителей и призёров муниципального этапа всероссийской олимпиады школьников по "
         "русскому языку, истории и географии!</p>"),
        (226, "2023-11-14", "Открытые уроки в «Точке роста»: 3D-моделирование и первая помощь", ["tochka"],
         "Педагоги центра провели открытые занятия для учителей района.",
         "<p>14 ноября педагоги центра «Точка роста» провели открытые занятия для учителей технологии и ОБЖ "
         "Новозыбковского округа: восьмиклассники напечатали на 3D-принтере модели деталей, девятиклассники "
         "показали приёмы первой помощи на тренажёрах-манекенах.</p>"),
        (219, "2023-10-05", "День учителя", [], "Праздничный концерт для педагогов.",
         "<p>Учащиеся 11 класса провели день самоуправления и подготовили концерт для учителей.</p>"),
        (214, "2023-09-27", "День открытых дверей в центре «Точка роста»", ["tochka"],
         "Пятиклассники познакомились с оборудованием центра.",
         "<p>Для учащихся 5-х классов и их родителей прошёл день открытых дверей центра «Точка роста». Ребята "
         "запускали квадрокоптеры, сыграли турнир в шахматной гостиной и записались в объединения.</p>"),
        (208, "2023-09-01", "День знаний", [], "Торжественная линейка.",
         "<p>1 сентября состоялась торжественная линейка, посвящённая Дню знаний.</p>"),
        (187, "2022-12-20", "Новогодний шахматный турнир в «Точке роста»", ["tochka"],
         "Итоги турнира.", "<p>В шахматной гостиной центра «Точка роста» прошёл новогодний турнир.</p>"),
        (160, "2022-05-25", "Последний звонок", [], "Праздник для выпускников.",
         "<p>Поздравляем выпускников 2022 года!</p>"),
    ]
    news_json = [{"id": i, "date": d, "title": t, "tags": tags, "lead": lead, "text": text}
                 for i, d, t, tags, lead, text in news]
    shell = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>МБОУ СОШ № 1 г. Новозыбкова</title>
<meta name="description" content="Официальный сайт {school.replace('«', '&laquo;').replace('»', '&raquo;')}">
<link rel="stylesheet" href="/assets/app.css?v=1.4.2">
</head>
<body>
<div id="app"><div class="preloader">Загрузка…</div></div>
<noscript><p>Для работы сайта необходимо включить JavaScript в настройках браузера.</p></noscript>
<script src="/assets/app.js?v=1.4.2"></script>
{metrika(56781204)}
</body>
</html>"""
    site.page("/", shell)
    site.page("/index.html", shell)
    for target in ("/assets/app.js", "/assets/app.js?v=1.4.2"):
        site.raw(target, _js(E01_APP_JS))
    for target in ("/assets/app.css", "/assets/app.css?v=1.4.2"):
        site.raw(target, _css(E01_CSS))
    for target in ("/data/site.json", "/data/site.json?v=1.4.2"):
        site.raw(target, _json(site_json))
    for target in ("/data/news.json", "/data/news.json?v=1.4.2"):
        site.raw(target, _json(news_json))
    lazy_file(site, "/files/tochka/raspisanie-2023-2024.docx", lambda: _docx(
        ["УТВЕРЖДАЮ. Директор МБОУ «СОШ № 1» г. Новозыбкова ______ О.В. Лазарева", "Приказ от 31.08.2023 № 118",
         "Расписание занятий центра «Точка роста» на 2023-2024 учебный год"], week, created=_when(2023, 8, 31)), DOCX)
    lazy_file(site, "/files/tochka/metod-rekomendacii-tv-1913-02.pdf",
              lambda: _recs_pdf(LETTER_1913, "20211112"), PDF)
    lazy_file(site, "/files/tochka/rasporyazhenie-r-6.pdf", lambda: pdf_bytes(
        ["Распоряжение Министерства просвещения Российской Федерации от 12.01.2021 № Р-6",
         "Об утверждении методических рекомендаций по созданию мест для реализации основных и дополнительных "
         "общеобразовательных программ цифрового, естественнонаучного, технического и гуманитарного профилей"],
        created="20210125"), PDF)
    lazy_file(site, "/files/tochka/polozhenie-o-centre.pdf", lambda: pdf_bytes(
        ["Положение о Центре образования цифрового и гуманитарного профилей «Точка роста»",
         "1. Общие положения"], created="20200825"), PDF)
    lazy_file(site, "/files/tochka/prikaz-o-sozdanii-2020.pdf", lambda: pdf_bytes(
        ["Приказ от 15.06.2020 № 74", "О создании Центра образования цифрового и гуманитарного профилей «Точка роста»"],
        created="20200615"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# e02 — WordPress, Бугуруслан: the theme's news widgets (home, «Новости», the section) read
# /wp-json/wp/v2/posts by XHR; the section page itself is server-rendered with a 2021-2022
# timetable (stale) and ТВ-2356/02; two 2023 center posts appear only through the widget
# ============================================================================================
HOST02 = "sosh2-buguruslan.ru"
E02_CENTER_CAT = 7

E02_FEED_JS = r"""/* Школьная тема «Edu School» 2.3: виджет новостей (REST API WordPress) */
(function () {
  'use strict';
  var MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
                'сентября', 'октября', 'ноября', 'декабря'];

  function humanDate(iso) {
    var d = iso.substr(0, 10).split('-');
    return parseInt(d[2], 10) + ' ' + MONTHS[parseInt(d[1], 10) - 1] + ' ' + d[0] + ' г.';
  }

  function stripTags(html) {
    var tmp = document.createElement('div');
    tmp.innerHTML = html;
    return (tmp.textContent || tmp.innerText || '').replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
  }

  function card(post) {
    return '<article class="news-card">' +
      '<time class="news-card__date" datetime="' + post.date + '">' + humanDate(post.date) + '</time>' +
      '<h3 class="news-card__title"><a href="' + post.link + '">' + post.title.rendered + '</a></h3>' +
      '<p class="news-card__excerpt">' + stripTags(post.excerpt.rendered) + '</p>' +
      '<a class="news-card__more" href="' + post.link + '">Читать далее</a></article>';
  }

  function fill(box) {
    var perPage = box.getAttribute('data-per-page') || '5';
    var cat = box.getAttribute('data-category');
    var url = (window.eduSchool && window.eduSchool.restUrl ? window.eduSchool.restUrl : '/wp-json/') +
              'wp/v2/posts?per_page=' + perPage + '&_fields=id,date,link,title,excerpt';
    if (cat) { url += '&categories=' + cat; }
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url, true);
    xhr.onreadystatechange = function () {
      var posts, html = [], i;
      if (xhr.readyState !== 4) { return; }
      if (xhr.status !== 200) {
        box.innerHTML = '<p class="news-feed__error">Не удалось загрузить новости.</p>';
        return;
      }
      posts = JSON.parse(xhr.responseText);
      for (i = 0; i < posts.length; i++) { html.push(card(posts[i])); }
      box.innerHTML = html.length ? html.join('') : '<p>Записей пока нет.</p>';
    };
    xhr.send(null);
  }

  function init() {
    var boxes = document.querySelectorAll('.js-news-feed'), i;
    for (i = 0; i < boxes.length; i++) { fill(boxes[i]); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init, false);
  } else {
    init();
  }
})();
"""


def build_e02() -> Site:
    school = "МОБУ «Средняя общеобразовательная школа № 2» г. Бугуруслана"
    base = f"https://{HOST02}"
    site = Site(
        HOST02,
        {"id": "e02", "name": school, "region": "Оренбургская область", "municipality": "г. Бугуруслан",
         "url": f"{base}/"},
        {"reachable": True, "section_found": True, "section_url": f"{base}/tochka-rosta/",
         "schedule_status": "stale", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "WordPress whose theme shows news only through a script widget: the home page, «Новости» and the "
        "section's «Новости центра» block are empty <div class=\"js-news-feed\"> boxes that an ES5 script fills "
        "by XMLHttpRequest from /wp-json/wp/v2/posts (the section's box asks categories=7), rendering dates "
        "as «21 ноября 2023 г.». The section page /tochka-rosta/ itself is server-rendered and linked from the "
        "menu: its only timetable is «…на 2021-2022 учебный год» (stale) and «Документы» link the ТВ-2356/02 "
        "letter (current). In a browser the center block lists two 2023 posts (21.11.2023, 12.04.2023), one "
        "of 2022 and the 2021 opening; the single posts have their own server-rendered permalinks, reachable "
        "only from the script-built lists (no archives or sitemap)."
        " " + UNRENDERED.format(reason="news read from a JSON endpoint"),
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/sveden/"), ("Новости", "/novosti/"),
            ("Точка роста", "/tochka-rosta/"), ("Родителям", "/roditelyam/"), ("Контакты", "/kontakty/")]

    rest_js = (base + "/wp-json/").replace("/", "\\/")

    def html(title: str, main: str, body_class: str = "page-template-default page", head: str = "") -> str:
        nav = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{base}{h}">{t}</a></li>'
                      for t, h in menu)
        return f"""<!DOCTYPE html>
<html lang="ru-RU">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8212; МОБУ СОШ № 2 г. Бугуруслана</title>
<meta name="generator" content="WordPress 6.3.2" />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel='stylesheet' id='edu-school-style-css' href='{base}/wp-content/themes/edu-school/style.css?ver=2.3' media='all' />
<script id="edu-school-feed-js-extra">
var eduSchool = {{"restUrl":"{rest_js}","nonce":"4f1c2a9b7e"}};
</script>
{head}</head>
<body class="{body_class}">
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2020/02/logo-sosh2.png" class="custom-logo" alt="МОБУ СОШ № 2"></a>
<p class="site-title"><a href="{base}/" rel="home">{school}</a></p>
<p class="site-description">461630, Оренбургская обл., г. Бугуруслан, ул. Гая, 27</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
</header>
<div id="content" class="site-content"><main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_block"><a href="https://bus.gov.ru/"><img src="{base}/wp-content/uploads/2020/02/bus-gov.png" alt="bus.gov.ru"></a></section>
<section class="widget widget_block"><a href="https://pos.gosuslugi.ru/"><img src="{base}/wp-content/uploads/2022/03/pos-banner.png" alt="Платформа обратной связи"></a></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2016–2023 {school}.
<a href="{base}/sveden/">Сведения об образовательной организации</a> | <a href="{base}/kontakty/">Контакты</a></div>
{metrika(44120388)}</footer></div>
<script src='{base}/wp-content/themes/edu-school/js/news-feed.js?ver=2.3' id='edu-school-feed-js'></script>
</body>
</html>"""

    def page(target: str, title: str, content: str) -> None:
        site.page(target, html(title, f'<article class="page type-page status-publish hentry">'
                                      f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
                                      f'<div class="entry-content">{content}</div></article>'))

    # (id, iso date, slug, rendered title, categories, paragraphs)
    posts = [
        (1893, "2023-12-08T10:15:00", "itogi-municipalnogo-etapa-vsosh", "Итоги муниципального этапа ВсОШ", [1],
         ["Поздравляем победителей и призёров муниципального этапа всероссийской олимпиады школьников по "
          "математике, литературе и английскому языку!"]),
        (1877, "2023-11-26T12:00:00", "den-materi", "День матери", [1],
         ["Ученики начальных классов подготовили праздничный концерт для мам."]),
        (1862, "2023-11-21T14:30:00", "nedelya-himii-v-tochke-rosta",
         "Неделя химии в центре &#171;Точка роста&#187;", [E02_CENTER_CAT],
         ["С 13 по 17 ноября в центре «Точка роста» прошла неделя химии.",
          "Восьмиклассники выполнили лабораторные работы с цифровыми датчиками pH и температуры, а старшеклассники "
          "показали ученикам 5-х классов химическое шоу «Превращения»."]),
        (1790, "2023-09-01T09:00:00", "den-znaniy-2023", "С Днём знаний!", [1],
         ["Поздравляем учащихся, родителей и педагогов с началом нового учебного года!"]),
        (1702, "2023-04-12T13:40:00", "den-kosmonavtiki-v-tochke-rosta",
         "День космонавтики в &#171;Точке роста&#187;", [E02_CENTER_CAT],
         ["12 апреля в центре «Точка роста» прошёл урок-практикум «Физика полёта»: семиклассники измерили "
          "ускорение модели ракеты с помощью цифровой лаборатории по физике."]),
        (1544, "2022-12-16T11:00:00", "novogodniy-eksperiment", "Новогодний эксперимент", [E02_CENTER_CAT],
         ["Педагоги центра «Точка роста» провели для младших школьников занятие «Зимняя химия»."]),
        (1201, "2021-09-01T10:00:00", "otkrytie-tsentra-tochka-rosta", "Открытие центра &#171;Точка роста&#187;",
         [E02_CENTER_CAT, 1],
         ["1 сентября 2021 года в школе открылся центр образования естественно-научной и технологической "
          "направленностей «Точка роста»."]),
    ]

    def link(p) -> str:
        iso = p[1]
        return f"{base}/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{p[2]}/"

    def rest_post(p) -> dict:
        pid, iso, slug, title, cats, paras = p
        return {"id": pid, "date": iso, "date_gmt": iso, "slug": slug, "status": "publish", "type": "post",
                "link": link(p), "title": {"rendered": title},
                "excerpt": {"rendered": f"<p>{paras[0]}</p>\n", "protected": False},
                "categories": cats}

    def posts_api(target: str, _headers: dict) -> Resource:
        query = dict(parse_qsl(urlsplit(target).query))
        found = list(posts)
        if query.get("categories"):
            wanted = {int(c) for c in query["categories"].split(",") if c.strip().isdigit()}
            found = [p for p in found if wanted & set(p[4])]
        per_page = max(1, min(100, int(query.get("per_page", "10")) if query.get("per_page", "10").isdigit() else 10))
        page_no = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
        total = len(found)
        chunk = found[(page_no - 1) * per_page: page_no * per_page]
        fields = [f for f in query.get("_fields", "").split(",") if f]
        body = [{k: v for k, v in rest_post(p).items() if not fields or k in fields} for p in chunk]
        return _json(body, {"X-WP-Total": str(total), "X-WP-TotalPages": str(max(1, -(-total // per_page))),
                             "Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})

    site.dynamic(r"/wp-json/wp/v2/posts(?:\?.*)?", posts_api)
    site.raw("/wp-json/", _json({"name": "МОБУ СОШ № 2 г. Бугуруслана", "description": "", "url": base,
                                 "home": base, "namespaces": ["oembed/1.0", "wp/v2"]}))
    site.raw("/wp-json/wp/v2/categories", _json([
        {"id": 1, "count": 4, "name": "Новости школы", "slug": "novosti", "link": f"{base}/category/novosti/"},
        {"id": E02_CENTER_CAT, "count": 4, "name": "Точка роста", "slug": "tochka-rosta",
         "link": f"{base}/category/tochka-rosta/"}]))
    site.raw("/wp-content/themes/edu-school/js/news-feed.js?ver=2.3", _js(E02_FEED_JS))
    site.raw("/wp-content/themes/edu-school/js/news-feed.js", _js(E02_FEED_JS))

    for p in posts:
        pid, iso, slug, title, cats, paras = p
        day = f"{int(iso[8:10])} {RU_MONTHS_GEN[int(iso[5:7]) - 1]} {iso[:4]}"
        cat_name = "Точка роста" if E02_CENTER_CAT in cats else "Новости школы"
        body = (f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry">'
                f'<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta">'
                f'<span class="posted-on"><time class="entry-date published" datetime="{iso}+05:00">{day}</time></span>'
                f' <span class="cat-links">Рубрика: {cat_name}</span></div></header>'
                f'<div class="entry-content">{"".join(f"<p>{x}</p>" for x in paras)}</div></article>')
        head = f'<meta property="article:published_time" content="{iso}+05:00" />'
        site.page(link(p)[len(base):], html(title, body, f"post-template-default single single-post postid-{pid}", head))

    page("/", "Главная", """
<p>Добро пожаловать на официальный сайт школы!</p>
<h2 class="section-title">Новости</h2>
<div class="js-news-feed news-feed" data-per-page="4"><p class="news-feed__loading">Загрузка новостей…</p></div>
<p><a href="/novosti/">Все новости</a></p>
<p><a href="/tochka-rosta/"><img src="/wp-content/uploads/2021/08/tochka-rosta-300x150.png" alt="" width="300" height="150"></a></p>""")
    page("/novosti/", "Новости",
         '<div class="js-news-feed news-feed" data-per-page="20"><p class="news-feed__loading">Загрузка новостей…</p></div>')
    page("/tochka-rosta/", "Центр «Точка роста»", f"""
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» открыт на базе
МОБУ «СОШ № 2» г. Бугуруслана 1 сентября 2021 года в рамках федерального проекта «Современная школа»
национального проекта «Образование».</p>
<p>Руководитель центра — Исмаилова Гульнара Рафаэлевна, учитель химии.</p>
<h2>Документы</h2>
<ul>
<li><a href="{base}/wp-content/uploads/2021/08/polozhenie-tochka-rosta.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="{base}/wp-content/uploads/2021/08/prikaz-o-sozdanii-centra.pdf">Приказ о создании центра</a></li>
<li><a href="{base}/wp-content/uploads/2023/12/pismo-tv-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»</a></li>
</ul>
<h2>Расписание</h2>
<p><a href="{base}/wp-content/uploads/2021/09/raspisanie-tochka-rosta-2021-2022.pdf">Расписание занятий центра «Точка роста» на 2021-2022 учебный год</a></p>
<h2>Педагоги центра</h2>
<p>Исмаилова Г.Р. — химия, биология; Панкратов С.В. — физика; Зайцева О.И. — технология.</p>
<h2>Новости центра</h2>
<div class="js-news-feed news-feed" data-category="{E02_CENTER_CAT}" data-per-page="10"><p class="news-feed__loading">Загрузка новостей…</p></div>""")
    page("/sveden/", "Сведения об образовательной организации",
         "<ul><li>Основные сведения</li><li>Структура и органы управления</li><li>Документы</li><li>Образование</li>"
         "<li>Руководство. Педагогический состав</li><li>Материально-техническое обеспечение</li></ul>")
    page("/roditelyam/", "Родителям", "<p>Памятки для родителей. Горячая линия по питанию.</p>")
    page("/kontakty/", "Контакты", "<p>461630, Оренбургская обл., г. Бугуруслан, ул. Гая, 27. Тел. 8 (35352) 2-44-17</p>")

    up = "/wp-content/uploads"
    lazy_file(site, f"{up}/2021/09/raspisanie-tochka-rosta-2021-2022.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2021-2022 учебный год",
         "Понедельник 14:00–14:40 «Химия в быту» 8 класс Исмаилова Г.Р.",
         "Вторник 14:00–14:40 «Экспериментальная физика» 7 класс Панкратов С.В.",
         "Четверг 14:00–15:20 «Робототехника» 5–6 классы Зайцева О.И."], created="20210906"), PDF)
    lazy_file(site, f"{up}/2023/12/pismo-tv-2356-02.pdf", lambda: _recs_pdf(LETTER_2356, "20231206"), PDF)
    lazy_file(site, f"{up}/2021/08/polozhenie-tochka-rosta.pdf",
              lambda: pdf_bytes(["Положение о центре «Точка роста»"], created="20210826"), PDF)
    lazy_file(site, f"{up}/2021/08/prikaz-o-sozdanii-centra.pdf",
              lambda: pdf_bytes(["Приказ о создании центра «Точка роста»"], created="20210601"), PDF)
    site.raw("/wp-content/themes/edu-school/style.css?ver=2.3", _css("body{font-family:Arial,sans-serif}"))
    serve_images(site)
    return site


# ============================================================================================
# e03 — 1C-Bitrix, Ковылкино: a school «Кванториум» whose section page has tabs filled from a
# JS object (the documents' links exist only in the script); a 2023/2024 timetable, no 2023
# news of the technopark (the tab's news stop in 2022), only the Р-27 (2019) recommendations
# ============================================================================================
HOST03 = "gimnaziya1-kovylkino.ru"


def _e03_tabs_js(tabs: list[tuple[str, str, str]]) -> str:
    data = ",\n".join(f"    {json.dumps(key)}: {json.dumps(html, ensure_ascii=False)}" for key, _name, html in tabs)
    return """/* Школьный Кванториум: вкладки раздела. Шаблон gimn_blue, 2022 */
var KV_TABS = {
%s
};

(function () {
  'use strict';
  var body = document.getElementById('kvTabBody');
  var links = document.getElementById('kvTabs').getElementsByTagName('a');

  function show(name) {
    var i, key;
    if (!KV_TABS.hasOwnProperty(name)) { name = 'about'; }
    body.innerHTML = KV_TABS[name];
    for (i = 0; i < links.length; i++) {
      key = links[i].getAttribute('data-tab');
      links[i].parentNode.className = key === name ? 'kv-tabs__item kv-tabs__item--active' : 'kv-tabs__item';
    }
  }

  function fromHash() {
    show((window.location.hash || '#about').substr(1));
  }

  for (var j = 0; j < links.length; j++) {
    links[j].onclick = function () {
      var name = this.getAttribute('data-tab');
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', '#' + name);
      }
      show(name);
      return false;
    };
  }
  window.onhashchange = fromHash;
  fromHash();
})();
""" % data


def build_e03() -> Site:
    school = "МБОУ «Гимназия № 1» г. Ковылкино"
    sec = "/kvantorium/"
    site = Site(
        HOST03,
        {"id": "e03", "name": school, "region": "Республика Мордовия", "municipality": "Ковылкинский муниципальный район",
         "url": f"http://{HOST03}/", "center_type": "kvantorium"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST03}{sec}",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "1C-Bitrix school site with a school «Кванториум» (opened 2022). The section /kvantorium/ is linked from "
        "the server-rendered menu and shows its title and one lead sentence in HTML, but its five tabs (О "
        "технопарке, Расписание, Документы, Педагоги, Новости) are an empty box that an ES5 script fills with "
        "innerHTML from a JS object (KV_TABS in /local/templates/gimn_blue/js/kvantorium-tabs.js); clicking a tab "
        "(or opening /kvantorium/#raspisanie) switches it. The «Расписание» tab holds a table «…на 2023/2024 "
        "учебный год» with урочная, внеурочная and доп. образование plus a PDF (current). The «Документы» tab "
        "(links exist only in the script) lists the Положение, the opening order and the Kvantorium "
        "recommendations of Распоряжение Р-27 of 01.03.2019 only (not the 2023 edition). The «Новости» tab "
        "links two 2022 items; the school's own 2023 news are unrelated to the technopark, so no 2023 "
        "publication."
        " " + UNRENDERED.format(reason="tabs filled by script"),
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/sveden/"), ("Новости", "/news/"),
            ("Школьный Кванториум", sec), ("Родителям", "/parents/"), ("Контакты", "/contacts/")]

    def html(title: str, content: str, crumbs: list[tuple[str, str]] = ()) -> str:
        nav = "".join(f'<li class="{"selected" if h == sec and title.startswith("Школьный") else ""}">'
                      f'<a href="{h}">{t}</a></li>' for t, h in menu)
        trail = "".join(f'<a href="{h}" itemprop="item"><span itemprop="name">{t}</span></a> / ' for t, h in crumbs)
        return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}</title>
<link href="/bitrix/js/main/core/css/core.min.css?16549087352854" type="text/css" rel="stylesheet" />
<link href="/local/templates/gimn_blue/template_styles.css?16680123418812" type="text/css" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(var i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','SITE_ID':'s1','SERVER_TIME':'1702450800'}});</script>
</head>
<body>
<div class="wrapper">
<div class="header"><div class="header__logo"><a href="/"><img src="/local/templates/gimn_blue/images/logo.png" alt="Гимназия № 1"></a></div>
<div class="header__title">{school}<br><small>Ковылкинский муниципальный район Республики Мордовия</small></div>
<div class="header__search"><form action="/search/index.php"><input type="text" name="q" value="" placeholder="Поиск"><input name="s" type="submit" value="Найти"></form></div></div>
<div class="menu"><ul class="menu__list">{nav}</ul></div>
<div class="content"><div class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><a href="/">Главная</a> / {trail}<span>{title}</span></div>
<h1>{title}</h1>
{content}
</div>
<div class="footer"><div class="footer__col">431350, Республика Мордовия, г. Ковылкино, ул. Желябова, 19<br>Тел.: 8 (83453) 2-15-33, e-mail: gimn1-kov@e-mordovia.ru</div>
<div class="footer__col"><a href="/sveden/">Сведения об образовательной организации</a><br><a href="/contacts/">Контакты</a></div>
<div class="footer__copy">&copy; 2023 {school}. Сайт работает на «1С-Битрикс: Управление сайтом»</div>
{metrika(87114230)}</div>
</div>
</body>
</html>"""

    news = [
        (4712, "08.12.2023", "Итоги муниципального этапа всероссийской олимпиады школьников",
         "Гимназисты стали победителями и призёрами муниципального этапа ВсОШ по 12 предметам."),
        (4698, "24.11.2023", "Праздник ко Дню матери", "В актовом зале прошёл концерт для мам."),
        (4660, "16.10.2023", "Осенний кросс", "Команда гимназии заняла второе место в районном легкоатлетическом кроссе."),
        (4631, "01.09.2023", "День знаний", "Торжественная линейка, посвящённая началу учебного года."),
        (4302, "14.12.2022", "Хайтек-марафон в Кванториуме",
         "Учащиеся 7–8 классов прошли хайтек-марафон в школьном Кванториуме: лазерная резка и 3D-печать."),
        (4188, "01.09.2022", "Открытие школьного Кванториума",
         "1 сентября 2022 года в гимназии открылся детский технопарк «Кванториум»."),
    ]

    def listing(items) -> str:
        return "".join(
            f'<div class="news-list__item" id="bx_3218110189_{n}"><span class="news-date-time">{d}</span>'
            f'<a href="/news/detail.php?ELEMENT_ID={n}"><b>{t}</b></a><br>{lead}</div>' for n, d, t, lead in items)

    week = [["День", "Время", "Вид деятельности", "Занятие", "Класс", "Педагог"],
            ["Понедельник", "09:25–10:05", "Урочная деятельность", "Физика (лаборатория Кванториума)", "9а", "Чиндяскин А.В."],
            ["Вторник", "11:20–12:00", "Урочная деятельность", "Технология", "7б", "Пиксайкин Р.Н."],
            ["Вторник", "14:30–15:50", "Дополнительное образование", "«Промробоквантум»", "6–7", "Пиксайкин Р.Н."],
            ["Среда", "14:30–15:10", "Внеурочная деятельность", "«Основы программирования на Python»", "8", "Кирдяшкина Е.С."],
            ["Четверг", "14:30–15:50", "Дополнительное образование", "«Хайтек: 3D-моделирование»", "8–9", "Чиндяскин А.В."],
            ["Пятница", "14:30–15:10", "Внеурочная деятельность", "«Биоквантум: юный исследователь»", "5–6", "Кирдяшкина Е.С."]]
    tabs = [
        ("about", "О технопарке",
         "<p>Детский технопарк «Кванториум» на базе МБОУ «Гимназия № 1» г. Ковылкино создан 1 сентября 2022 года в "
         "рамках федерального проекта «Современная школа» национального проекта «Образование».</p>"
         "<p>Направления: промробоквантум, хайтек, IT-квантум, биоквантум. В технопарке проходят уроки физики, "
         "технологии, информатики и биологии, занятия внеурочной деятельности и дополнительного образования.</p>"
         "<p>Руководитель: Чиндяскин Алексей Викторович.</p>"),
        ("raspisanie", "Расписание",
         "<h3>Расписание занятий школьного Кванториума на 2023/2024 учебный год</h3>" + _rows_html(week) +
         '<p><a href="/upload/iblock/5c2/raspisanie_kvantorium_2023_2024.pdf">Расписание занятий '
         '(утверждено приказом от 31.08.2023 № 141), PDF</a></p>'),
        ("dokumenty", "Документы",
         '<ul class="kv-docs">'
         '<li><a href="/upload/iblock/0a1/polozhenie_kvantorium.pdf">Положение о детском технопарке «Кванториум» '
         'МБОУ «Гимназия № 1»</a></li>'
         '<li><a href="/upload/iblock/0a1/prikaz_ob_otkrytii.pdf">Приказ об открытии детского технопарка '
         '«Кванториум» от 10.06.2022 № 96</a></li>'
         '<li><a href="/upload/iblock/7f3/metod_rek_r-27.pdf">Методические рекомендации по созданию детских '
         'технопарков «Кванториум» (Распоряжение Минпросвещения России от 01.03.2019 № Р-27)</a></li>'
         '<li><a href="/upload/iblock/0a1/plan_meropriyatiy_2022.pdf">План мероприятий на 2022 год</a></li>'
         '</ul>'),
        ("pedagogi", "Педагоги",
         "<p>Чиндяскин Алексей Викторович — руководитель, учитель физики.</p>"
         "<p>Пиксайкин Роман Николаевич — учитель технологии, педагог дополнительного образования.</p>"
         "<p>Кирдяшкина Елена Сергеевна — учитель информатики и биологии.</p>"),
        ("novosti", "Новости",
         '<div class="kv-news">' + "".join(
             f'<p><span class="news-date-time">{d}</span> <a href="/news/detail.php?ELEMENT_ID={n}">{t}</a></p>'
             for n, d, t, _ in news[4:]) + '</div>'),
    ]
    tab_links = "".join(f'<li class="kv-tabs__item"><a href="#{key}" data-tab="{key}">{name}</a></li>'
                        for key, name, _ in tabs)
    js_target = "/local/templates/gimn_blue/js/kvantorium-tabs.js"
    site.page(sec, html("Школьный Кванториум", f"""
<div class="kv-lead"><img src="/upload/medialibrary/3b1/kvantorium_logo.png" alt="Кванториум" align="left" hspace="10">
<p>Детский технопарк «Кванториум» — современное пространство для занятий естественно-научными и техническими направлениями.</p></div>
<ul class="kv-tabs" id="kvTabs">{tab_links}</ul>
<div class="kv-tabs__body" id="kvTabBody"></div>
<script type="text/javascript" src="{js_target}?v=1665400012"></script>"""))
    site.raw(f"{js_target}?v=1665400012", _js(_e03_tabs_js(tabs)))
    site.raw(js_target, _js(_e03_tabs_js(tabs)))
    site.page("/", html(school, '<div class="main-slider"><img src="/upload/iblock/11d/slide_gimnaziya.jpg" alt="Гимназия"></div>'
                                '<h2>Новости</h2>' + listing(news[:4]) + '<p><a href="/news/">Все новости</a></p>'))
    site.page("/news/", html("Новости", listing(news[:4]) +
                             '<div class="bx-pagination"><span class="bx-active">1</span> '
                             '<a href="/news/?PAGEN_1=2">2</a></div>'))
    site.page("/news/?PAGEN_1=2", html("Новости", listing(news[4:]) +
                                       '<div class="bx-pagination"><a href="/news/">1</a> <span class="bx-active">2</span></div>'))
    for n, d, t, lead in news:
        site.page(f"/news/detail.php?ELEMENT_ID={n}", html(t, f'<div class="news-detail"><span class="news-date-time">{d}</span>'
                                                               f'<p>{lead}</p></div><p><a href="/news/">Возврат к списку</a></p>',
                                                           [("Новости", "/news/")]))
    site.page("/sveden/", html("Сведения об образовательной организации",
                               "<ul><li><a href='/sveden/common/'>Основные сведения</a></li><li>Структура и органы управления</li>"
                               "<li>Документы</li><li>Образование</li><li>Руководство. Педагогический состав</li>"
                               "<li>Материально-техническое обеспечение и оснащённость образовательного процесса</li></ul>"))
    site.page("/sveden/common/", html("Основные сведения", "<p>Дата создания: 1936 год. Учредитель: администрация "
                                                           "Ковылкинского муниципального района.</p>",
                                      [("Сведения об образовательной организации", "/sveden/")]))
    site.page("/parents/", html("Родителям", "<p>Информация о питании, памятки, запись в первый класс.</p>"))
    site.page("/contacts/", html("Контакты", "<p>431350, Республика Мордовия, г. Ковылкино, ул. Желябова, 19</p>"))
    for target in ("/bitrix/js/main/core/css/core.min.css?16549087352854", "/local/templates/gimn_blue/template_styles.css?16680123418812"):
        site.raw(target, _css(".kv-tabs{list-style:none;padding:0}.kv-tabs__item{display:inline-block;margin-right:8px}"
                              ".kv-tabs__item--active a{font-weight:bold}"))
    lazy_file(site, "/upload/iblock/5c2/raspisanie_kvantorium_2023_2024.pdf", lambda: pdf_bytes(
        ["УТВЕРЖДЕНО приказом от 31.08.2023 № 141",
         "Расписание занятий школьного Кванториума на 2023/2024 учебный год"] +
        [" ".join(row) for row in week[1:]], created="20230831"), PDF)
    lazy_file(site, "/upload/iblock/7f3/metod_rek_r-27.pdf", lambda: pdf_bytes(
        ["Утверждены распоряжением Министерства просвещения Российской Федерации от 01.03.2019 № Р-27",
         "Методические рекомендации по созданию детских технопарков «Кванториум» в рамках федерального проекта "
         "«Успех каждого ребёнка» национального проекта «Образование»"], created="20190315"), PDF)
    lazy_file(site, "/upload/iblock/0a1/polozhenie_kvantorium.pdf",
              lambda: pdf_bytes(["Положение о детском технопарке «Кванториум»"], created="20220825"), PDF)
    lazy_file(site, "/upload/iblock/0a1/prikaz_ob_otkrytii.pdf",
              lambda: pdf_bytes(["Приказ от 10.06.2022 № 96", "Об открытии детского технопарка «Кванториум»"], created="20220610"), PDF)
    lazy_file(site, "/upload/iblock/0a1/plan_meropriyatiy_2022.pdf",
              lambda: pdf_bytes(["План мероприятий детского технопарка «Кванториум» на 2022 год"], created="20220830"), PDF)
    serve_images(site)
    return site


# ============================================================================================
# e04 — an old hand-made site in windows-1251, Берёзовка: the whole menu is written by
# document.write from a JS array (no link to the section without JS); the section has no
# timetable at all, one 2023 center news, and ТВ-2356/02 as a DOCX
# ============================================================================================
HOST04 = "школа-березовка.рф"

E04_MENU_JS = """// Меню сайта. Редактировать только массив menuItems!
var menuItems = [
  ['Главная', '/', []],
  ['Сведения об образовательной организации', '/sveden/', []],
  ['Новости', '/news.html', []],
  ['Центр «Точка роста»', '/razdel/tsentr-tochka-rosta.html', [
    ['О центре', '/razdel/tsentr-tochka-rosta.html'],
    ['Документы', '/razdel/tsentr-tochka-rosta/dokumenty.html'],
    ['Педагоги', '/razdel/tsentr-tochka-rosta/pedagogi.html'],
    ['Оборудование', '/razdel/tsentr-tochka-rosta/oborudovanie.html'],
    ['Новости центра', '/razdel/tsentr-tochka-rosta/novosti.html']
  ]],
  ['Обучающимся', '/uchenikam.html', []],
  ['Родителям', '/roditelyam.html', []],
  ['Гостевая книга', '/guestbook.php', []],
  ['Контакты', '/kontakty.html', []]
];

function writeMenu(items) {
  var here = window.location.pathname, i, j, sub;
  document.write('<ul id="topmenu">');
  for (i = 0; i < items.length; i++) {
    document.write('<li' + (here == items[i][1] ? ' class="current"' : '') + '><a href="' + items[i][1] + '">' + items[i][0] + '</a>');
    sub = items[i][2];
    if (sub.length) {
      document.write('<ul class="submenu">');
      for (j = 0; j < sub.length; j++) {
        document.write('<li><a href="' + sub[j][1] + '">' + sub[j][0] + '</a></li>');
      }
      document.write('</ul>');
    }
    document.write('</li>');
  }
  document.write('</ul>');
}

writeMenu(menuItems);
"""


def build_e04() -> Site:
    school = "МКОУ «Берёзовская средняя общеобразовательная школа»"
    idna = HOST04.encode("idna").decode("ascii")
    sec = "/razdel/tsentr-tochka-rosta.html"
    sub = "/razdel/tsentr-tochka-rosta/"
    site = Site(
        HOST04,
        {"id": "e04", "name": school, "region": "Воронежская область", "municipality": "Рамонский муниципальный район",
         "url": f"http://{HOST04}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST04}{sec}",
         "schedule_status": "missing", "has_publications": True, "publications_count": 1,
         "recommendations_current": True, "status": "ok"},
        "An old hand-made site in windows-1251 on a .рф host: every page's menu is <script src=\"/js/menu.js\"> "
        "whose ES5 code writes the menu with document.write from an array, so the served HTML holds no link "
        "to the section at all (no banner, no footer link); in a browser the menu shows «Центр «Точка роста»» "
        "with a submenu leading to /razdel/tsentr-tochka-rosta.html. The section pages are server-rendered: "
        "О центре, Документы (ТВ-2356/02 as a DOCX, plus the older ТВ-977/02), Педагоги, Оборудование, Новости "
        "центра — and no timetable anywhere (missing). Новости центра list one 2023 item (23.11.2023, also in the "
        "school news) and two of 2022."
        " " + UNRENDERED.format(reason="menu written by script"),
        extra_hosts=(idna,),
    )

    def html(title: str, content: str) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{title} - {school}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="shapka"><img src="/images/shapka.jpg" width="980" height="160" alt="{school}"></td></tr>
<tr><td width="230" valign="top" class="left">
<script type="text/javascript" src="/js/menu.js"></script>
<br><div class="informer"><a href="https://pos.gosuslugi.ru/"><img src="/images/banners/pos.gif" width="200" alt="Госуслуги: решаем вместе"></a></div>
</td>
<td valign="top" class="main">
<h1>{title}</h1>
{content}
</td></tr>
<tr><td colspan="2" class="footer">396008, Воронежская обл., Рамонский р-н, с. Берёзово, ул. Школьная, 2. Тел.: 8 (47340) 3-71-15.<br>
&copy; 2012-2023 {school}. Сайт создан учителем информатики.
<!--LiveInternet counter--><script type="text/javascript">document.write("<a href='//www.liveinternet.ru/click' target=_blank><img src='//counter.yadro.ru/hit?t44.1;r" + escape(document.referrer) + ((typeof(screen)=="undefined")?"":";s"+screen.width+"*"+screen.height+"*"+(screen.colorDepth?screen.colorDepth:screen.pixelDepth)) + ";u" + escape(document.URL) + ";" + Math.random() + "' alt='' title='LiveInternet' border='0' width='31' height='31'><\\/a>")</script><!--/LiveInternet-->
</td></tr>
</table>
</body>
</html>"""

    def page(target: str, title: str, content: str) -> None:
        site.page(target, html(title, content), charset="windows-1251")

    tr_sub = (f'<p class="tr-nav">[ <a href="{sec}">О центре</a> | <a href="{sub}dokumenty.html">Документы</a> | '
              f'<a href="{sub}pedagogi.html">Педагоги</a> | <a href="{sub}oborudovanie.html">Оборудование</a> | '
              f'<a href="{sub}novosti.html">Новости центра</a> ]</p>')
    news = [
        (118, "05.12.2023", "Декада инвалидов", "Классные часы «Мы разные, но мы вместе»."),
        (117, "23.11.2023", "Всероссийский урок химии в «Точке роста»",
         "23 ноября в центре «Точка роста» прошёл урок «Химия — наука будущего». Восьмиклассники провели опыты "
         "с цифровой лабораторией: определяли кислотность растворов и следили за ходом реакции по графику "
         "температуры. Урок провела руководитель центра Л.А. Щербакова.", True),
        (112, "20.10.2023", "Осенний кросс", "Спортсмены школы заняли третье место в районе."),
        (108, "01.09.2023", "День знаний", "Торжественная линейка для учащихся и родителей."),
        (96, "16.12.2022", "Неделя физики в центре «Точка роста»", "Опыты по электричеству для 7–9 классов.", True),
        (84, "01.09.2022", "Открытие центра «Точка роста»",
         "В нашей школе открыт центр образования естественно-научной и технологической направленностей «Точка роста».",
         True),
    ]
    news = [n if len(n) == 5 else (*n, False) for n in news]

    def rows(items) -> str:
        return "".join(f'<p><b>{d}</b> &nbsp;<a href="/news/{n}.html">{t}</a></p>' for n, d, t, _text, _c in items)

    page("/", "Главная", f"""
<p>Уважаемые посетители! Добро пожаловать на сайт нашей школы.</p>
<table width="100%" cellpadding="4"><tr><td valign="top"><h3>Новости</h3>{rows(news[:4])}
<p><a href="/news.html">Архив новостей</a></p></td></tr></table>""")
    page("/news.html", "Новости", rows(news))
    for n, d, t, text, _center in news:
        page(f"/news/{n}.html", t, f"<p><i>{d}</i></p><p>{text}</p><p><a href=\"/news.html\">Все новости</a></p>")
    page(sec, "Центр «Точка роста»", tr_sub + """
<p><img src="/images/tochka/logo_tr.png" align="right" width="160" alt="">Центр образования естественно-научной и
технологической направленностей «Точка роста» создан на базе МКОУ «Берёзовская СОШ» 1 сентября 2022 года в рамках
федерального проекта «Современная школа» национального проекта «Образование».</p>
<p>Центр является структурным подразделением школы. В центре проводятся уроки физики, химии, биологии,
занятия внеурочной деятельности и кружки.</p>
<p>Руководитель центра: Щербакова Людмила Алексеевна, учитель химии и биологии.</p>""")
    page(f"{sub}dokumenty.html", "Документы центра «Точка роста»", tr_sub + """
<ol>
<li><a href="/files/tochka/polozhenie.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/files/tochka/prikaz_o_sozdanii.pdf">Приказ о создании центра «Точка роста» от 14.06.2022 № 53</a></li>
<li><a href="/files/tochka/pasport_centra.pdf">Паспорт центра</a></li>
<li><a href="/files/tochka/metod_rek_tv-977-02.pdf">Методические рекомендации (письмо Минпросвещения России от 31.05.2022 № ТВ-977/02)</a></li>
<li><a href="/files/tochka/metod_rek_tv-2356-02.docx">Методические рекомендации по созданию и функционированию центров «Точка роста» (письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02)</a></li>
</ol>""")
    page(f"{sub}pedagogi.html", "Педагоги центра", tr_sub + """
<table border="1" cellpadding="4" cellspacing="0"><tr><th>ФИО</th><th>Должность</th><th>Предметы</th></tr>
<tr><td>Щербакова Людмила Алексеевна</td><td>руководитель центра</td><td>химия, биология</td></tr>
<tr><td>Фомин Виктор Петрович</td><td>учитель</td><td>физика, технология</td></tr></table>""")
    page(f"{sub}oborudovanie.html", "Оборудование", tr_sub +
         "<p>Цифровые лаборатории по физике, химии, биологии; комплект посуды и оборудования для ученических опытов; "
         "микроскопы цифровые; набор ОГЭ по химии; ноутбуки — 6 шт.; МФУ.</p>")
    page(f"{sub}novosti.html", "Новости центра «Точка роста»", tr_sub + rows([n for n in news if n[4]]))
    page("/sveden/", "Сведения об образовательной организации",
         "<ul><li>Основные сведения</li><li>Структура и органы управления образовательной организацией</li>"
         "<li>Документы</li><li>Образование</li><li>Руководство. Педагогический (научно-педагогический) состав</li>"
         "<li>Материально-техническое обеспечение</li><li>Доступная среда</li></ul>")
    page("/uchenikam.html", "Обучающимся", "<p>Горячая линия ГИА. Олимпиады. Полезные ссылки.</p>")
    page("/roditelyam.html", "Родителям", "<p>Памятки для родителей. Питание.</p>")
    page("/guestbook.php", "Гостевая книга", "<p>Записей нет.</p>")
    page("/kontakty.html", "Контакты", "<p>396008, Воронежская обл., Рамонский р-н, с. Берёзово, ул. Школьная, 2</p>")
    site.file("/js/menu.js", E04_MENU_JS.encode("cp1251"), "application/x-javascript")
    site.file("/css/style.css", b"body{font-family:Verdana,Arial;font-size:13px}#topmenu{padding-left:10px}"
                                b".submenu{padding-left:14px;font-size:12px}.footer{font-size:11px;color:#555}", "text/css")
    lazy_file(site, "/files/tochka/metod_rek_tv-2356-02.docx", lambda: _docx(
        recommendations_text(LETTER_2356), None, created=_when(2023, 12, 6)), DOCX)
    lazy_file(site, "/files/tochka/metod_rek_tv-977-02.pdf", lambda: _recs_pdf(LETTER_977, "20220905"), PDF)
    lazy_file(site, "/files/tochka/prikaz_o_sozdanii.pdf", lambda: pdf_bytes(
        ["Приказ от 14.06.2022 № 53", "О создании центра «Точка роста»"], created="20220614"), PDF)
    lazy_file(site, "/files/tochka/pasport_centra.pdf", lambda: pdf_bytes(
        ["Паспорт центра образования естественно-научной и технологической направленностей «Точка роста»"],
        created="20220830"), PDF)
    lazy_file(site, "/files/tochka/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"], created="20220830"),
              PDF)
    serve_images(site)
    return site


# ============================================================================================
# e05 — a standalone IT-куб, Туймазы: a modern bundle (ES modules, arrow functions, template
# literals, fetch, async/await) with history routing and an SPA fallback; a 2023/24 group
# timetable, three 2023 news, the АЗ-1346/04 recommendations
# ============================================================================================
HOST05 = "itcube-tuymazy.ru"

E05_UTILS_JS = r"""const e=new Intl.DateTimeFormat("ru-RU",{day:"numeric",month:"long",year:"numeric"});
export const fmtDate=t=>e.format(new Date(`${t}T12:00:00+05:00`));
export const esc=t=>String(t).replace(/[&<>"]/g,c=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"})[c]);
export const api=async t=>{const r=await fetch(`/api/v1${t}`,{headers:{Accept:"application/json"}});if(!r.ok)throw new Error(`HTTP ${r.status}`);return r.json()};
"""

E05_INDEX_JS = r"""import{fmtDate as d,esc as s,api as a}from"./utils-5b8e0c4d.js";
const NAV=[["/","Главная"],["/o-tsentre","О центре"],["/raspisanie","Расписание"],["/novosti","Новости"],["/dokumenty","Документы"],["/kontakty","Контакты"]];
const card=n=>`<article class="card"><time class="card__date" datetime="${n.date}">${d(n.date)}</time><h3 class="card__title"><a href="/novosti/${n.slug}" data-link>${s(n.title)}</a></h3><p class="card__lead">${s(n.lead)}</p></article>`;
const views={
  home:async()=>{const{items:n}=await a("/news?limit=3");return{title:"IT-куб Туймазы",html:`<section class="hero"><p class="hero__lead">Бесплатные занятия по программированию, робототехнике, VR/AR и кибергигиене для детей 7–18 лет.</p><p>Центр цифрового образования детей «IT-куб» открыт в 2022 году в рамках федерального проекта «Цифровая образовательная среда» национального проекта «Образование».</p><a class="btn" href="https://р02.навигатор.дети/" target="_blank" rel="noopener">Записаться через Навигатор</a></section><section class="news"><h2>Новости</h2><div class="cards">${n.map(card).join("")}</div><a href="/novosti" data-link>Все новости →</a></section>`}},
  about:async()=>({title:"О центре",html:`<p>«IT-куб» г. Туймазы — структурное подразделение МАОУ «Гимназия № 1» г. Туймазы. 6 направлений, 12 педагогов, 480 обучающихся.</p><ul><li>Программирование на Python</li><li>Мобильная разработка</li><li>Программирование роботов</li><li>VR/AR</li><li>Кибергигиена и работа с большими данными</li><li>Основы алгоритмики и логики</li></ul>`}),
  schedule:async()=>{const t=await a("/schedule");const rows=t.groups.map(g=>`<tr><td>${s(g.direction)}</td><td>${s(g.group)}</td><td>${s(g.days)}</td><td>${s(g.time)}</td><td>${s(g.teacher)}</td><td>${s(g.room)}</td></tr>`).join("");return{title:"Расписание",html:`<h2>${s(t.title)}</h2><p class="muted">Обновлено: ${d(t.updated_at)}</p><table class="table"><thead><tr><th>Направление</th><th>Группа</th><th>Дни</th><th>Время</th><th>Педагог</th><th>Кабинет</th></tr></thead><tbody>${rows}</tbody></table><p><a href="${t.file.url}" download>${s(t.file.name)}</a> (PDF, ${t.file.size})</p>`}},
  news:async()=>{const{items:n}=await a("/news?limit=20");return{title:"Новости",html:`<div class="cards">${n.map(card).join("")}</div>`}},
  newsItem:async({slug:e})=>{const n=await a(`/news/${encodeURIComponent(e)}`);return{title:n.title,html:`<time class="card__date" datetime="${n.date}">${d(n.date)}</time>${n.body}<p><a href="/novosti" data-link>← Все новости</a></p>`}},
  documents:async()=>{const n=await a("/documents");return{title:"Документы",html:`<ul class="docs">${n.map(e=>`<li class="docs__item"><a href="${e.url}" target="_blank">${s(e.title)}</a> <span class="docs__meta">${e.type}, ${e.size}</span></li>`).join("")}</ul>`}},
  contacts:async()=>({title:"Контакты",html:`<p>452750, Республика Башкортостан, г. Туймазы, ул. Островского, 44а</p><p>Тел.: <a href="tel:+73478272410">+7 (34782) 7-24-10</a></p><p>E-mail: itcube.tuymazy@mail.ru</p>`}),
  notFound:async()=>({title:"Страница не найдена",html:`<p>Такой страницы нет. <a href="/" data-link>На главную</a></p>`})
};
const routes=[[/^\/$/,"home"],[/^\/o-tsentre\/?$/,"about"],[/^\/raspisanie\/?$/,"schedule"],[/^\/novosti\/?$/,"news"],[/^\/novosti\/(?<slug>[\w-]+)\/?$/,"newsItem"],[/^\/dokumenty\/?$/,"documents"],[/^\/kontakty\/?$/,"contacts"]];
class Router{
  constructor(e){this.root=e}
  match(e){for(const[t,n]of routes){const r=e.match(t);if(r)return[n,r.groups??{}]}return["notFound",{}]}
  layout(e,t){const n=NAV.map(([r,o])=>`<a class="nav__link${r===t?" nav__link--active":""}" href="${r}" data-link>${o}</a>`).join("");return`<header class="top"><div class="wrap"><a class="top__logo" href="/" data-link><img src="/assets/itcube-logo-2a7f.svg" alt="IT-куб"></a><nav class="nav">${n}</nav></div></header><main class="wrap page"><h1 class="page__title">${s(e.title)}</h1>${e.html}</main><footer class="foot"><div class="wrap"><p>Центр цифрового образования детей «IT-куб» г. Туймазы</p><p>452750, Республика Башкортостан, г. Туймазы, ул. Островского, 44а</p><p><a href="https://vk.com/itcube_tuymazy" target="_blank" rel="noopener">ВКонтакте</a></p></div></footer>`}
  async go(e,t=!0){t&&history.pushState({},"",e);const[n,r]=this.match(location.pathname);this.root.innerHTML=`<div class="spinner" aria-busy="true"></div>`;try{const o=await views[n](r);document.title=`${o.title} — IT-куб Туймазы`;this.root.innerHTML=this.layout(o,location.pathname.replace(/\/$/,"")||"/")}catch(o){console.error(o);this.root.innerHTML=`<p class="error">Не удалось загрузить данные. Попробуйте обновить страницу.</p>`}window.scrollTo({top:0})}
}
const router=new Router(document.getElementById("root"));
document.addEventListener("click",e=>{const t=e.target.closest("a[data-link]");if(!t||e.ctrlKey||e.metaKey)return;e.preventDefault();router.go(t.getAttribute("href"))});
window.addEventListener("popstate",()=>router.go(location.pathname,!1));
router.go(location.pathname,!1);
"""


def build_e05() -> Site:
    name = "Центр цифрового образования детей «IT-куб» г. Туймазы"
    base = f"https://{HOST05}"
    site = Site(
        HOST05,
        {"id": "e05", "name": name, "region": "Республика Башкортостан", "municipality": "Туймазинский район",
         "url": f"{base}/", "center_type": "it_cube"},
        {"reachable": True, "section_found": True, "section_url": f"{base}/",
         "schedule_status": "current", "has_publications": True, "publications_count": 3,
         "recommendations_current": True, "status": "ok"},
        "A standalone IT-куб site (the site is the center) built as a modern SPA: every path answers the same "
        "shell (<div id=\"root\"> plus <script type=\"module\">, 200 even for unknown paths), and an ES2015+ bundle "
        "(modules, arrow functions, template literals, classes, fetch, async/await, named regex groups, ??) "
        "renders the menu and pages with history routing from /api/v1/… JSON. In a current browser /raspisanie "
        "shows «Расписание занятий на 2023/24 учебный год» with a group table and a PDF (current); /novosti "
        "lists three 2023 news (02.12, 21.10, 09.09.2023) and one of 2022; /dokumenty links the IT-куб "
        "recommendations of letter АЗ-1346/04 of 07.09.2022 (current for IT-куб). An engine without ES "
        "modules shows an empty page."
        " " + UNRENDERED.format(reason="an ES2015+ single-page app"),
    )
    news = [
        ("it-planeta-2023", "2023-12-02", "Региональный этап конкурса «IT-Планета»: трое наших в финале",
         "Обучающиеся направления «Программирование на Python» вышли в финал конкурса.",
         "<p>2 декабря прошёл региональный этап конкурса «IT-Планета». Трое обучающихся IT-куба по направлению "
         "«Программирование на Python» прошли в финал.</p>"),
        ("nauka-0-plus-2023", "2023-10-21", "IT-куб на фестивале «НАУКА 0+»",
         "Мастер-классы по VR и робототехнике для школьников города.",
         "<p>21 октября педагоги IT-куба провели на фестивале «НАУКА 0+» мастер-классы по созданию VR-сцен и "
         "программированию роботов для 160 школьников.</p>"),
        ("den-otkrytyh-dverey-2023", "2023-09-09", "День открытых дверей",
         "Познакомились с направлениями и записались в группы нового учебного года.",
         "<p>9 сентября прошёл день открытых дверей: 230 детей и родителей познакомились с направлениями "
         "IT-куба, набор в группы 2023/24 учебного года завершён.</p>"),
        ("itogi-2022", "2022-12-26", "Итоги 2022 года", "Первый год работы центра.",
         "<p>В 2022 году в IT-кубе занимались 450 детей, 38 стали призёрами конкурсов.</p>"),
    ]
    groups = [
        ("Программирование на Python", "Py-1", "пн, ср", "15:00–16:30", "Хабибуллин Р.Р.", "101"),
        ("Программирование на Python", "Py-2", "вт, чт", "16:40–18:10", "Хабибуллин Р.Р.", "101"),
        ("Мобильная разработка", "Mob-1", "вт, пт", "15:00–16:30", "Сафина А.И.", "102"),
        ("Программирование роботов", "Rob-1", "пн, чт", "14:00–15:30", "Гарипов Д.Ф.", "103"),
        ("VR/AR", "VR-1", "ср, пт", "16:40–18:10", "Никитин И.С.", "104"),
        ("Кибергигиена и работа с большими данными", "Cyb-1", "сб", "10:00–12:15", "Сафина А.И.", "102"),
    ]
    schedule = {"title": "Расписание занятий на 2023/24 учебный год", "updated_at": "2023-09-11",
                "groups": [dict(zip(("direction", "group", "days", "time", "teacher", "room"), g)) for g in groups],
                "file": {"url": "/uploads/docs/raspisanie-2023-24.pdf",
                         "name": "Расписание занятий на 2023/24 учебный год", "size": "142 КБ"}}
    documents = [
        {"title": "Положение о центре цифрового образования детей «IT-куб»", "url": "/uploads/docs/polozhenie-it-cube.pdf",
         "type": "PDF", "size": "318 КБ"},
        {"title": "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб» "
                  "(письмо Минпросвещения России от 07.09.2022 № АЗ-1346/04)",
         "url": "/uploads/docs/metod-rekomendacii-az-1346-04.pdf", "type": "PDF", "size": "1,2 МБ"},
        {"title": "Правила приёма обучающихся", "url": "/uploads/docs/pravila-priema.pdf", "type": "PDF", "size": "204 КБ"},
        {"title": "Дополнительные общеразвивающие программы 2023/24", "url": "/uploads/docs/programmy-2023-24.pdf",
         "type": "PDF", "size": "2,4 МБ"},
    ]
    shell = """<!doctype html>
<html lang="ru">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="Центр цифрового образования детей «IT-куб» г. Туймазы: бесплатные IT-курсы для школьников" />
    <title>IT-куб Туймазы</title>
    <script type="module" crossorigin src="/assets/index-7c1e9b2a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/utils-5b8e0c4d.js">
    <link rel="stylesheet" crossorigin href="/assets/index-0d5f3e11.css">
  </head>
  <body>
    <div id="root"></div>
    %s
  </body>
</html>""" % metrika(95510273)

    def news_api(target: str, _headers: dict) -> Resource:
        query = dict(parse_qsl(urlsplit(target).query))
        limit = int(query["limit"]) if query.get("limit", "").isdigit() else 10
        items = [{"slug": n[0], "date": n[1], "title": n[2], "lead": n[3]} for n in news[:limit]]
        return _json({"items": items, "total": len(news)})

    def news_item(target: str, _headers: dict) -> Resource | None:
        slug = urlsplit(target).path.rsplit("/", 1)[-1]
        for n in news:
            if n[0] == slug:
                return _json({"slug": n[0], "date": n[1], "title": n[2], "lead": n[3], "body": n[4]})
        return Resource(b'{"error":"not found"}', 404, {"Content-Type": "application/json"})

    site.dynamic(r"/api/v1/news(?:\?.*)?", news_api)
    site.dynamic(r"/api/v1/news/[\w-]+", news_item)
    site.raw("/api/v1/schedule", _json(schedule))
    site.raw("/api/v1/documents", _json(documents))
    site.raw("/assets/index-7c1e9b2a.js", _js(E05_INDEX_JS))
    site.raw("/assets/utils-5b8e0c4d.js", _js(E05_UTILS_JS))
    site.raw("/assets/index-0d5f3e11.css", _css(
        ":root{--accent:#6c2bd9}body{margin:0;font-family:system-ui,sans-serif}.wrap{max-width:1120px;margin:0 auto;padding:0 16px}"
        ".top{background:#14112b}.nav{display:flex;gap:18px}.nav__link{color:#fff;text-decoration:none}"
        ".nav__link--active{color:var(--accent)}.cards{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}"
        ".table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:6px}"))
    site.file("/favicon.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#6c2bd9"/></svg>',
              "image/svg+xml")
    site.file("/assets/itcube-logo-2a7f.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 30"><text y="20">IT-cube</text></svg>',
              "image/svg+xml")
    up = "/uploads/docs"
    lazy_file(site, f"{up}/raspisanie-2023-24.pdf", lambda: pdf_bytes(
        ["Расписание занятий ЦЦОД «IT-куб» г. Туймазы на 2023/24 учебный год"] +
        [" — ".join(g) for g in groups], created="20230911"), PDF)
    lazy_file(site, f"{up}/metod-rekomendacii-az-1346-04.pdf", lambda: pdf_bytes(
        ["Приложение к письму Минпросвещения России от 07.09.2022 № АЗ-1346/04",
         "Методические рекомендации по созданию и функционированию центров цифрового образования «IT-куб»",
         "1. Общие положения"], created="20220920"), PDF)
    lazy_file(site, f"{up}/polozhenie-it-cube.pdf", lambda: pdf_bytes(["Положение о ЦЦОД «IT-куб»"], created="20220830"), PDF)
    lazy_file(site, f"{up}/pravila-priema.pdf", lambda: pdf_bytes(["Правила приёма обучающихся"], created="20220830"), PDF)
    lazy_file(site, f"{up}/programmy-2023-24.pdf", lambda: pdf_bytes(
        ["Дополнительные общеразвивающие программы на 2023/24 учебный год"], created="20230825"), PDF)
    serve_images(site)
    # the SPA fallback (nginx «try_files $uri /index.html»): every other path answers the shell
    site.dynamic(r"/(?!api/|assets/|uploads/)[^?]*(?:\?.*)?",
                 lambda _t, _h: Resource(shell.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"}))
    return site


# ============================================================================================
# e06 — the near-miss, Травянская СОШ: looks script-heavy (jQuery, slider, lazy images,
# preloader, accordion, VK widget, Yandex map iframe, Metrika) but the section is fully
# server-rendered; a 2022-2023 timetable (stale), center news only of 2022, ТВ-2356/02
# ============================================================================================
HOST06 = "travyanskaya-sosh.ru"

E06_JQUERY_JS = r"""/*! jq-lite 1.3.0 — jQuery-compatible core subset bundled with the theme «Школа-Профи» */
(function (w, d) {
  'use strict';
  function Q(sel, ctx) {
    var els = [], i;
    if (typeof sel === 'string') { els = Array.prototype.slice.call((ctx || d).querySelectorAll(sel)); }
    else if (sel && (sel.nodeType || sel === w)) { els = [sel]; }
    else if (sel && sel.length) { els = Array.prototype.slice.call(sel); }
    for (i = 0; i < els.length; i++) { this[i] = els[i]; }
    this.length = els.length;
  }
  function $(sel, ctx) {
    if (typeof sel === 'function') {
      if (d.readyState !== 'loading') { sel($); } else { d.addEventListener('DOMContentLoaded', function () { sel($); }, false); }
      return null;
    }
    return new Q(sel, ctx);
  }
  Q.prototype.each = function (fn) { for (var i = 0; i < this.length; i++) { fn.call(this[i], i, this[i]); } return this; };
  Q.prototype.on = function (ev, fn) { return this.each(function () { this.addEventListener(ev, fn, false); }); };
  Q.prototype.addClass = function (c) { return this.each(function () { if ((' ' + this.className + ' ').indexOf(' ' + c + ' ') < 0) { this.className = (this.className + ' ' + c).replace(/^\s+/, ''); } }); };
  Q.prototype.removeClass = function (c) { return this.each(function () { this.className = (' ' + this.className + ' ').replace(' ' + c + ' ', ' ').replace(/^\s+|\s+$/g, ''); }); };
  Q.prototype.toggleClass = function (c) { return this.each(function () { var q = new Q(this); if ((' ' + this.className + ' ').indexOf(' ' + c + ' ') < 0) { q.addClass(c); } else { q.removeClass(c); } }); };
  Q.prototype.attr = function (n, v) { if (v === undefined) { return this[0] ? this[0].getAttribute(n) : undefined; } return this.each(function () { this.setAttribute(n, v); }); };
  Q.prototype.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  Q.prototype.show = function () { return this.each(function () { this.style.display = ''; }); };
  Q.prototype.next = function () { var out = []; this.each(function () { var n = this.nextElementSibling; if (n) { out.push(n); } }); return new Q(out); };
  Q.prototype.slideToggle = function () { return this.each(function () { this.style.display = this.style.display === 'block' ? 'none' : 'block'; }); };
  $.fn = Q.prototype;
  w.jQuery = w.$ = $;
})(window, document);
"""

E06_PLUGINS_JS = r"""/* slick-lite slider + lazyload, theme «Школа-Профи» */
(function ($) {
  'use strict';
  $.fn.slick = function (opts) {
    var speed = (opts && opts.autoplaySpeed) || 5000;
    return this.each(function () {
      var box = this, slides = box.children, cur = 0, i;
      if (slides.length < 2) { return; }
      for (i = 1; i < slides.length; i++) { slides[i].style.display = 'none'; }
      window.setInterval(function () {
        slides[cur].style.display = 'none';
        cur = (cur + 1) % slides.length;
        slides[cur].style.display = '';
      }, speed);
    });
  };
  $.fn.lazyload = function () {
    return this.each(function () {
      var src = this.getAttribute('data-src');
      if (src) { this.setAttribute('src', src); this.removeAttribute('data-src'); }
    });
  };
})(window.jQuery);
"""

E06_MAIN_JS = r"""/* theme «Школа-Профи»: main.js */
$(function ($) {
  $('.preloader').hide();
  $('body').removeClass('is-loading');
  $('.js-slider').slick({ autoplay: true, autoplaySpeed: 6000 });
  $('img.lazy').lazyload();
  $('.acc__head').on('click', function () {
    $(this).toggleClass('acc__head--open');
    $(this).next().slideToggle();
  });
  $('.bvi-open').on('click', function (e) { e.preventDefault(); $('body').toggleClass('bvi'); });
  if (window.VK && window.VK.Widgets) {
    window.VK.Widgets.Group('vk_groups', { mode: 3, width: 'auto' }, 201847553);
  }
});
"""

_E06_BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def build_e06() -> Site:
    school = "МКОУ «Травянская средняя общеобразовательная школа»"
    base = f"https://{HOST06}"
    sec = "/tochka-rosta/"
    site = Site(
        HOST06,
        {"id": "e06", "name": school, "region": "Свердловская область", "municipality": "Каменский городской округ",
         "url": f"{base}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "section_url": f"{base}{sec}",
         "schedule_status": "stale", "has_publications": False, "publications_count": 0,
         "recommendations_current": True, "status": "ok"},
        "The near-miss: a theme that looks script-heavy — a jQuery-like library, a slider, lazy images with "
        "data-src, a preloader over a body with class is-loading, accordions, a VK group widget, a Yandex map "
        "iframe and Metrika — while everything about the center is in the served HTML. The menu and a lazy "
        "banner (alt «Точка роста») link /tochka-rosta/, whose accordion panels (collapsed by CSS until "
        "clicked, but present in the HTML) hold: the timetable table «…на 2022-2023 учебный год» and its PDF "
        "(stale), «Документы» with the ТВ-2356/02 letter (current) and «Новости центра» of 2022 only. The "
        "school's 2023 news (olympiad, Day of Mother, sports) do not concern the center: no 2023 publication.",
    )
    menu = [("Главная", "/"), ("Сведения об образовательной организации", "/sveden/"), ("Новости", "/news/"),
            ("Точка роста", sec), ("Родителям", "/roditelyam/"), ("Контакты", "/kontakty/")]

    def html(title: str, content: str, *, home: bool = False) -> str:
        nav = "".join(f'<li class="menu__item"><a class="menu__link" href="{h}">{t}</a></li>' for t, h in menu)
        aside = f"""<aside class="sidebar">
<div class="widget"><a href="{sec}"><img class="lazy" src="{_E06_BLANK}" data-src="/upload/banners/tochka-rosta-270x160.jpg" alt="Точка роста" width="270" height="160"></a></div>
<div class="widget"><a href="https://pos.gosuslugi.ru/"><img class="lazy" src="{_E06_BLANK}" data-src="/upload/banners/pos-270x100.png" alt="Решаем вместе" width="270" height="100"></a></div>
<div class="widget"><div id="vk_groups"></div></div>
</aside>"""
        slider = """<div class="js-slider slider">
<div class="slider__item"><img class="lazy" src="%s" data-src="/upload/slider/slide-1.jpg" alt="Школа"></div>
<div class="slider__item"><img class="lazy" src="%s" data-src="/upload/slider/slide-2.jpg" alt="Выпускники 2023"></div>
<div class="slider__item"><img class="lazy" src="%s" data-src="/upload/slider/slide-3.jpg" alt="Спортзал"></div>
</div>""" % (_E06_BLANK, _E06_BLANK, _E06_BLANK) if home else ""
        return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {school}</title>
<link rel="stylesheet" href="/templates/shkola-profi/css/style.min.css?v=4.1">
<script src="/templates/shkola-profi/js/jq-lite.min.js?v=1.3.0"></script>
<script src="/templates/shkola-profi/js/plugins.min.js?v=4.1"></script>
<script src="https://vk.com/js/api/openapi.js?169" async></script>
</head>
<body class="is-loading">
<div class="preloader"><div class="preloader__spinner"></div></div>
<div class="topline"><a class="bvi-open" href="#">Версия для слабовидящих</a> <span>8 (3439) 37-22-18</span></div>
<header class="header"><a class="header__logo" href="/"><img src="/templates/shkola-profi/img/logo.png" alt="Логотип"></a>
<div class="header__name">{school}<br><small>Каменский городской округ Свердловской области</small></div></header>
<nav class="menu"><ul class="menu__list">{nav}</ul></nav>
{slider}
<div class="container"><main class="main"><h1 class="main__title">{title}</h1>
{content}
</main>{aside}</div>
<footer class="footer"><div class="footer__col">623475, Свердловская обл., Каменский р-н, с. Травянское, ул. Ленина, 55<br>Тел.: 8 (3439) 37-22-18</div>
<div class="footer__col"><a href="/sveden/">Сведения об образовательной организации</a><br><a href="/kontakty/">Контакты</a></div>
<div class="footer__map"><iframe src="https://yandex.ru/map-widget/v1/?um=constructor%3A5f1c2e9a7b&amp;source=constructor" width="360" height="200" frameborder="0" loading="lazy"></iframe></div>
<div class="footer__copy">&copy; 2023 {school}</div>{metrika(66320145)}</footer>
<script src="/templates/shkola-profi/js/main.js?v=4.1"></script>
</body>
</html>"""

    def page(target: str, title: str, content: str, **kw) -> None:
        site.page(target, html(title, content, **kw))

    news = [
        (512, "2023-12-07", "Итоги муниципального этапа ВсОШ", "Трое призёров по биологии, истории и ОБЖ."),
        (505, "2023-11-24", "Концерт ко Дню матери", "Праздничная программа для мам и бабушек."),
        (498, "2023-10-14", "Соревнования по мини-футболу", "Команда школы — серебряный призёр округа."),
        (490, "2023-09-01", "День знаний", "Торжественная линейка."),
        (431, "2022-12-15", "Неделя естественных наук в «Точке роста»",
         "В центре «Точка роста» прошли открытые уроки химии и биологии с цифровыми лабораториями."),
        (402, "2022-10-20", "Школьный этап олимпиады по физике в «Точке роста»",
         "Участники олимпиады выполнили экспериментальный тур на оборудовании центра «Точка роста»."),
    ]

    def human(iso: str) -> str:
        return f"{int(iso[8:])} {RU_MONTHS_GEN[int(iso[5:7]) - 1]} {iso[:4]}"

    def item(n, d, t, lead) -> str:
        return (f'<div class="news-item"><time class="news-item__date" datetime="{d}">{human(d)}</time>'
                f'<a class="news-item__title" href="/news/{n}/">{t}</a><p>{lead}</p></div>')

    page("/", "Главная", "<p>Добро пожаловать на сайт школы!</p><h2>Новости</h2>" +
         "".join(item(*n) for n in news[:4]) + '<p><a href="/news/">Все новости</a></p>', home=True)
    page("/news/", "Новости", "".join(item(*n) for n in news[:4]) +
         '<div class="pager"><span>1</span> <a href="/news/?page=2">2</a></div>')
    page("/news/?page=2", "Новости", "".join(item(*n) for n in news[4:]) +
         '<div class="pager"><a href="/news/">1</a> <span>2</span></div>')
    for n, d, t, lead in news:
        page(f"/news/{n}/", t, f'<time class="news-item__date" datetime="{d}">{human(d)}</time><p>{lead}</p>'
                               f'<div class="gallery"><img class="lazy" src="{_E06_BLANK}" data-src="/upload/news/{n}/1.jpg" alt=""></div>')
    rows = [["Объединение", "Направленность", "Классы", "День недели", "Время", "Педагог"],
            ["«Юный исследователь»", "внеурочная деятельность", "5–6", "понедельник", "14:10–14:50", "Крылова О.А."],
            ["«Химия вокруг нас»", "внеурочная деятельность", "8", "вторник", "14:10–14:50", "Крылова О.А."],
            ["«Робототехника»", "дополнительное образование", "6–8", "среда", "14:10–15:30", "Зотов Н.В."],
            ["«Физика в опытах»", "внеурочная деятельность", "7", "четверг", "14:10–14:50", "Зотов Н.В."]]

    def acc(title: str, body: str) -> str:
        return (f'<div class="acc"><div class="acc__head" role="button" tabindex="0">{title}</div>'
                f'<div class="acc__body">{body}</div></div>')

    page(sec, "Центр «Точка роста»", """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» создан на базе
МКОУ «Травянская СОШ» в 2021 году в рамках федерального проекта «Современная школа» национального проекта
«Образование». В центре проходят уроки физики, химии, биологии и технологии, внеурочная деятельность и
дополнительное образование.</p>
<p><img class="lazy" src="%s" data-src="/upload/tochka/kabinet-himii.jpg" alt="Кабинет химии центра" width="400" height="260"></p>""" % _E06_BLANK +
         acc("Документы", """<ul class="docs">
<li><a href="/upload/tochka/polozhenie-o-tsentre.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/upload/tochka/prikaz-o-sozdanii.pdf">Приказ о создании центра</a></li>
<li><a href="/upload/tochka/pismo-tv-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»</a></li>
</ul>""") +
         acc("Расписание", "<p><b>Расписание занятий центра «Точка роста» на 2022-2023 учебный год</b></p>" +
             _rows_html(rows) +
             '<p><a href="/upload/tochka/raspisanie-2022-2023.pdf">Расписание (PDF)</a></p>') +
         acc("Педагоги", "<p>Крылова Ольга Анатольевна — руководитель центра, учитель химии и биологии.</p>"
                         "<p>Зотов Николай Викторович — учитель физики и технологии.</p>") +
         acc("Оборудование", "<p>Цифровые лаборатории по физике, химии, биологии; робототехнические наборы; "
                             "ноутбуки — 8 шт.</p>") +
         acc("Новости центра", "".join(item(*n) for n in news[4:])))
    page("/sveden/", "Сведения об образовательной организации",
         "<ul><li>Основные сведения</li><li>Структура и органы управления</li><li>Документы</li><li>Образование</li>"
         "<li>Руководство. Педагогический состав</li><li>Материально-техническое обеспечение</li></ul>")
    page("/roditelyam/", "Родителям", "<p>Питание. Безопасность. Запись в 1 класс.</p>")
    page("/kontakty/", "Контакты", "<p>623475, Свердловская обл., Каменский р-н, с. Травянское, ул. Ленина, 55</p>")
    site.raw("/templates/shkola-profi/js/jq-lite.min.js?v=1.3.0", _js(E06_JQUERY_JS))
    site.raw("/templates/shkola-profi/js/plugins.min.js?v=4.1", _js(E06_PLUGINS_JS))
    site.raw("/templates/shkola-profi/js/main.js?v=4.1", _js(E06_MAIN_JS))
    site.raw("/templates/shkola-profi/css/style.min.css?v=4.1", _css(
        ".preloader{position:fixed;inset:0;background:#fff;z-index:99}.acc__body{display:none}"
        ".acc__head{cursor:pointer;font-weight:bold;padding:8px;background:#eef3e6;margin-top:6px}"
        ".table{border-collapse:collapse}.table td,.table th{border:1px solid #ccc;padding:4px}"))
    up = "/upload/tochka"
    lazy_file(site, f"{up}/raspisanie-2022-2023.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год"] +
        [" ".join(r) for r in rows[1:]], created="20220905"), PDF)
    lazy_file(site, f"{up}/pismo-tv-2356-02.pdf", lambda: _recs_pdf(LETTER_2356, "20231208"), PDF)
    lazy_file(site, f"{up}/polozhenie-o-tsentre.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"], created="20210827"), PDF)
    lazy_file(site, f"{up}/prikaz-o-sozdanii.pdf", lambda: pdf_bytes(["Приказ о создании центра"], created="20210610"), PDF)
    serve_images(site)
    return site


SITES = [build_e01(), build_e02(), build_e03(), build_e04(), build_e05(), build_e06()]
