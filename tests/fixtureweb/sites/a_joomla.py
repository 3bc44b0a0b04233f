"""A Joomla 3 school without SEF URLs: articles at index.php?option=com_content&view=article&id=N,
a category blog paged by &start=, print and RSS twins, and Joomla's nominative month dates
(«Опубликовано: 12 Октябрь 2023»)."""
from __future__ import annotations

from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    html_table,
    lazy_file,
    recommendations_text,
    serve_images,
)

HOST = "ozerki-school.ru"
NOMINATIVE = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
              "Ноябрь", "Декабрь"]


def article_url(number: int, item: int) -> str:
    return f"/index.php?option=com_content&view=article&id={number}&Itemid={item}"


def blog_url(category: int, item: int, start: int = 0) -> str:
    base = f"/index.php?option=com_content&view=category&layout=blog&id={category}&Itemid={item}"
    return base + (f"&start={start}" if start else "")


SECTION = article_url(112, 205)
DOCS = article_url(113, 206)
TIMETABLE = article_url(114, 207)
CENTER_NEWS = blog_url(16, 208)
SCHOOL_NEWS = blog_url(8, 102)
MENU = [("Главная", "/"), ("О школе", article_url(2, 101)), ("Новости", SCHOOL_NEWS),
        ("Центр «Точка роста»", SECTION), ("Сведения об ОО", article_url(5, 110)), ("Контакты", article_url(9, 120))]
CENTER_MENU = [("О центре", SECTION), ("Документы", DOCS), ("Расписание занятий", TIMETABLE), ("Новости центра", CENTER_NEWS)]

# (id, day, month, year, title, text, category)
ARTICLES = [
    (241, 6, 12, 2023, "Зимняя сессия «Юный инженер»", "В центре «Точка роста» стартовала зимняя сессия "
     "инженерной школы для учеников 7–9 классов: 3D-моделирование и робототехника.", 16),
    (236, 1, 12, 2023, "Акция «Покормите птиц»", "Ученики начальных классов изготовили кормушки.", 8),
    (229, 12, 10, 2023, "Региональный хакатон: наши в финале", "Команда центра «Точка роста» вышла в финал "
     "регионального хакатона по робототехнике.", 16),
    (220, 1, 9, 2023, "День знаний", "Поздравляем учеников и родителей с началом учебного года!", 8),
    (187, 15, 11, 2022, "Открытые уроки в «Точке роста»", "Открытые уроки физики для родителей.", 16),
]


def joomla_page(title: str, content: str, local_menu=()) -> str:
    menu = "".join(f'<li class="item"><a href="{h.replace("&", "&amp;")}">{t}</a></li>' for t, h in MENU)
    local = "".join(f'<li><a href="{h.replace("&", "&amp;")}">{t}</a></li>' for t, h in local_menu)
    aside = f'<div class="moduletable"><h3>Центр «Точка роста»</h3><ul class="nav menu">{local}</ul></div>' if local else ""
    return f"""<!DOCTYPE html>
<html lang="ru-ru" dir="ltr"><head>
<meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<script src="/media/jui/js/jquery.min.js?4d9b1e0"></script>
</head><body class="site com_content view-article">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/"><span class="site-title">МБОУ «Озёрская СОШ»</span></a>
<div class="site-description">Челябинская область, Еткульский район</div></header>
<nav class="navigation"><ul class="nav menu nav-pills mod-list">{menu}</ul></nav>
<div class="row-fluid"><main id="content" class="span9">{content}</main>
<div id="aside" class="span3">{aside}<div class="moduletable"><a href="https://www.gosuslugi.ru/"><img src="/images/banners/gosuslugi.png" alt="Госуслуги"></a></div></div></div>
</div></div>
<footer class="footer"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Наверх</a></p>
<p>&copy; 2014–2023 МБОУ «Озёрская СОШ». 456571, с. Озёрное, ул. Школьная, 1</p></div></footer>
</body></html>"""


def joomla_article(number: int, title: str, text: str, published: tuple[int, int, int] | None, hits: int) -> str:
    info = ""
    if published:
        day, month, year = published
        info = (f'<dl class="article-info muted"><dt class="article-info-term">Подробности</dt>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{year}-{month:02d}-{day:02d}T10:00:00+05:00" itemprop="datePublished">'
                f'Опубликовано: {day:02d} {NOMINATIVE[month - 1]} {year}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Просмотров: {hits}</dd></dl>')
    return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{title}</h2></div>'
            f'<div class="btn-group pull-right"><a href="{article_url(number, 0)}&amp;tmpl=component&amp;print=1" rel="nofollow">Печать</a></div>'
            f'{info}<div itemprop="articleBody">{text}</div></div>')


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a09", "name": "МБОУ «Озёрская СОШ»", "region": "Челябинская область",
         "municipality": "Еткульский муниципальный район", "url": f"http://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"http://{HOST}{SECTION}",
         "schedule_status": "current", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "Joomla 3 without SEF: query-string articles and category blogs with &start= paging, print twins, "
        "nominative-month dates («12 Октябрь 2023»), a 2023/24 timetable and the 2023 letter cited with «N».",
    )
    articles: dict[int, str] = {}

    def page(target: str, title: str, content: str, local_menu=()) -> None:
        site.page(target, joomla_page(title, content, local_menu))

    def article(number: int, item: int, title: str, text: str, published=None, local_menu=(), hits=40) -> None:
        html = joomla_article(number, title, text, published, hits)
        articles[number] = html
        page(article_url(number, item), title, html, local_menu)

    def blog_entry(number: int, day: int, month: int, year: int, title: str, text: str, item: int) -> str:
        return (f'<div class="items-row"><div class="item"><h2><a href="{article_url(number, item).replace("&", "&amp;")}">{title}</a></h2>'
                f'<dd class="published">Опубликовано: {day:02d} {NOMINATIVE[month - 1]} {year}</dd><p>{text[:100]}…</p></div></div>')

    page("/", "Главная", "<h2>Новости школы</h2>" + "".join(
        blog_entry(n, d, m, y, t, x, 102 if c == 8 else 208) for n, d, m, y, t, x, c in ARTICLES[:3]))
    article(2, 101, "О школе", "<p>Школа основана в 1958 году.</p>")
    article(5, 110, "Сведения об образовательной организации", "<p>Основные сведения, документы, образование.</p>")
    article(9, 120, "Контакты", "<p>Телефон: 8 (35145) 9-12-30</p>")
    article(112, 205, "Центр «Точка роста»", f"<p>{center_intro('МБОУ «Озёрская СОШ»', 2020)}</p>",
            local_menu=CENTER_MENU)
    article(113, 206, "Документы центра", """<ul>
<li><a href="/images/tochka/metod_rekomendacii_2023.pdf">Методические рекомендации (письмо Минпросвещения России от 30.11.2023 N ТВ-2356/02)</a></li>
<li><a href="/images/tochka/polozhenie.pdf">Положение о центре</a></li></ul>""", local_menu=CENTER_MENU)
    article(114, 207, "Расписание занятий", "<p><strong>Расписание занятий в центре «Точка роста» на 2023/24 учебный год</strong></p>"
            + html_table(CENTER_WEEK), local_menu=CENTER_MENU)
    for number, day, month, year, title, text, category in ARTICLES:
        item = 208 if category == 16 else 102
        article(number, item, title, f"<p>{text}</p>", (day, month, year), CENTER_MENU if category == 16 else (),
                hits=100 + number)

    def blog(category: int, item: int, per_page: int, local_menu=()) -> None:
        entries = [a for a in ARTICLES if a[6] == category]
        for start in range(0, len(entries), per_page):
            chunk = "".join(blog_entry(n, d, m, y, t, x, item) for n, d, m, y, t, x, _c in entries[start:start + per_page])
            pagination = "".join(f'<li><a href="{blog_url(category, item, s).replace("&", "&amp;")}">{s // per_page + 1}</a></li>'
                                 for s in range(0, len(entries), per_page))
            html = f'<div class="blog">{chunk}<div class="pagination"><ul>{pagination}</ul></div></div>'
            page(blog_url(category, item, start), "Новости", html, local_menu)

    blog(16, 208, 2, CENTER_MENU)
    blog(8, 102, 5)

    def print_twin(target: str, _headers: dict) -> Resource | None:
        number = int(target.split("&id=", 1)[1].split("&", 1)[0])
        if number not in articles:
            return None
        html = f"<html><body onload='window.print()'>{articles[number]}</body></html>"
        return Resource(html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})

    site.dynamic(r"/index\.php\?option=com_content&view=article&id=\d+&Itemid=0&tmpl=component&print=1", print_twin)
    site.file("/index.php?format=feed&type=rss", (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>МБОУ «Озёрская СОШ»</title>' +
        "".join(f"<item><title>{t}</title><link>http://{HOST}{article_url(n, 102 if c == 8 else 208).replace('&', '&amp;')}</link>"
                f"<pubDate>{d:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m - 1]} {y} 10:00:00 +0500</pubDate></item>"
                for n, d, m, y, t, _x, c in ARTICLES) + "</channel></rss>").encode(), "application/rss+xml; charset=utf-8")
    lazy_file(site, "/images/tochka/metod_rekomendacii_2023.pdf", lambda: pdf_bytes(recommendations_text(
        "Приложение к письму Минпросвещения России от 30.11.2023 № ТВ-2356/02")), PDF)
    lazy_file(site, "/images/tochka/polozhenie.pdf", lambda: pdf_bytes(["Положение о центре «Точка роста»"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
