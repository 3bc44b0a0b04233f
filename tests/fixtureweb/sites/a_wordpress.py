"""Two WordPress schools. Kimry: ?page_id= pages, the timetable PDF dated only by its
/wp-content/uploads/2021/09/ path, posts under /YYYY/MM/DD/slug/ with ?replytocom= twins,
a wp-json endpoint, and one link naming two letters («ТВ-2356/02 … взамен ТВ-977/02»).
Uzlovaya: www redirect, the section on a subdomain linked from the footer only, a timetable
dated by its link text, center news that stops in 2022 and a «точки роста» news trap."""
from __future__ import annotations

import json
from dataclasses import dataclass

from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    lazy_file,
    metrika,
    recommendations_text,
    serve_images,
)

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


@dataclass
class Post:
    post_id: int
    iso: str  # local time, +03:00
    slug: str
    title: str
    paragraphs: list[str]
    category: tuple[int, str, str]  # (id, slug, name)

    @property
    def path(self) -> str:
        return f"/{self.iso[:4]}/{self.iso[5:7]}/{self.iso[8:10]}/{self.slug}/"

    @property
    def human_date(self) -> str:
        return f"{int(self.iso[8:10])} {RU_MONTHS[int(self.iso[5:7]) - 1]} {self.iso[:4]}"


class WordPressSite:
    """Markup of a stock school theme on WordPress 6.3, shared by both schools."""

    def __init__(self, site: Site, host: str, name: str, menu: list[tuple[str, str]], footer_extra: str,
                 counter: int):
        self.site, self.host, self.name, self.menu = site, host, name, menu
        self.footer_extra, self.counter = footer_extra, counter

    def html(self, title: str, content: str, *, body_class: str = "page", head_extra: str = "") -> str:
        menu = "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in self.menu)
        return f"""<!doctype html>
<html lang="ru-RU"><head><meta charset="UTF-8">
<title>{title} &#8212; {self.name}</title>
<meta name="generator" content="WordPress 6.3.2" />
<link rel="https://api.w.org/" href="https://{self.host}/wp-json/" />
<link rel="alternate" type="application/rss+xml" title="{self.name} &raquo; Лента" href="https://{self.host}/feed/" />
<link rel='stylesheet' id='school-style-css' href='https://{self.host}/wp-content/themes/education-hub/style.css?ver=6.3.2' media='all' />
{head_extra}</head>
<body class="{body_class} wp-theme-education-hub">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Перейти к содержимому</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://{self.host}/" rel="home">{self.name}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{content}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get" action="https://{self.host}/"><input type="search" name="s"></form></section>
<section class="widget widget_text"><div class="textwidget"><a href="https://www.gosuslugi.ru/"><img src="https://{self.host}/wp-content/uploads/2022/02/gosuslugi-banner.png" alt="Госуслуги"></a></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2015–2023 {self.name}. {self.footer_extra}
<a href="https://ru.wordpress.org/">Сайт работает на WordPress</a></div>{metrika(self.counter)}</footer></div>
</body></html>"""

    def page(self, target: str, title: str, content: str, **kwargs) -> None:
        self.site.page(target, self.html(title, f'<article class="page"><h1 class="entry-title">{title}</h1>'
                                                f'<div class="entry-content">{content}</div></article>', **kwargs),
                       host=self.host)

    def teaser(self, post: Post) -> str:
        return (f'<article id="post-{post.post_id}" class="post-{post.post_id} post type-post status-publish '
                f'hentry category-{post.category[1]}"><h2 class="entry-title"><a href="https://{self.host}{post.path}" '
                f'rel="bookmark">{post.title}</a></h2><div class="entry-meta"><span class="posted-on">'
                f'<time class="entry-date published" datetime="{post.iso}">{post.human_date}</time></span></div>'
                f'<div class="entry-summary"><p>{post.paragraphs[0][:120]}&hellip;</p></div></article>')

    def single(self, post: Post, comments: str = "") -> str:
        head = (f'<meta property="article:published_time" content="{post.iso}" />'
                f'<link rel="canonical" href="https://{self.host}{post.path}" />')
        text = "".join(f"<p>{p}</p>" for p in post.paragraphs)
        body = (f'<article id="post-{post.post_id}" class="post type-post hentry category-{post.category[1]}">'
                f'<h1 class="entry-title">{post.title}</h1><div class="entry-meta"><time class="entry-date published" '
                f'datetime="{post.iso}">{post.human_date}</time> · Рубрика: <a href="/category/{post.category[1]}/" '
                f'rel="category tag">{post.category[2]}</a></div><div class="entry-content">{text}</div></article>'
                f'{comments}')
        return self.html(post.title, body, body_class="post-template-default single single-post", head_extra=head)

    def publish(self, posts: list[Post], comments: dict[int, str] | None = None) -> None:
        """Post pages, category archives, the front blog with /page/N/, and /wp-json/wp/v2/posts."""
        comments = comments or {}
        for post in posts:
            self.site.page(post.path, self.single(post, comments.get(post.post_id, "")), host=self.host)
        categories = {post.category for post in posts}
        for category in categories:
            listed = [p for p in posts if p.category == category]
            self.site.page(f"/category/{category[1]}/", self.html(
                f"Рубрика: {category[2]}", f'<h1 class="page-title">Рубрика: <span>{category[2]}</span></h1>' +
                "".join(self.teaser(p) for p in listed), body_class="archive category"), host=self.host)
        api = [{"id": p.post_id, "date": p.iso[:19], "date_gmt": p.iso[:19], "slug": p.slug, "status": "publish",
                "type": "post", "link": f"https://{self.host}{p.path}", "title": {"rendered": p.title},
                "content": {"rendered": "".join(f"<p>{x}</p>" for x in p.paragraphs), "protected": False},
                "categories": [p.category[0]]} for p in posts]
        self.site.file("/wp-json/wp/v2/posts", json.dumps(api, ensure_ascii=False).encode(),
                       "application/json; charset=UTF-8", host=self.host,
                       headers={"X-WP-Total": str(len(posts)), "X-WP-TotalPages": "1"})

    def blog(self, target: str, title: str, posts: list[Post], per_page: int = 5) -> None:
        pages = [posts[i:i + per_page] for i in range(0, len(posts), per_page)]
        for number, chunk in enumerate(pages, start=1):
            nav = ""
            if number < len(pages):
                nav = f'<nav class="navigation posts-navigation"><a href="{target}page/{number + 1}/">Предыдущие записи</a></nav>'
            self.site.page(target if number == 1 else f"{target}page/{number}/", self.html(
                title, "".join(self.teaser(p) for p in chunk) + nav, body_class="home blog"), host=self.host)

    def replytocom_twins(self, posts: list[Post], comments: dict[int, str]) -> None:
        """?replytocom=N answers every post with the same page again (WordPress does this)."""
        by_path = {post.path: post for post in posts}

        def twin(target: str, _headers: dict) -> Resource | None:
            post = by_path.get(target.split("?", 1)[0])
            if post is None:
                return None
            return Resource(self.single(post, comments.get(post.post_id, "")).encode(),
                            headers={"Content-Type": "text/html; charset=UTF-8"})

        self.site.dynamic(r"/\d{4}/\d{2}/\d{2}/[\w-]+/\?replytocom=\d+", twin, host=self.host)


# --- a06: Kimry ------------------------------------------------------------------------------

KIMRY = "sosh12-kimry.ru"
TR = (7, "tochka-rosta", "Точка роста")
NEWS = (1, "novosti", "Новости")
KIMRY_POSTS = [
    Post(441, "2023-12-01T16:40:12+03:00", "roditelskoe-sobranie", "Общешкольное родительское собрание",
         ["7 декабря в 18:00 в актовом зале состоится общешкольное родительское собрание."], NEWS),
    Post(430, "2023-11-17T12:05:44+03:00", "yunyy-issledovatel-2023", "Муниципальный конкурс «Юный исследователь»",
         ["Воспитанники центра «Точка роста» заняли два призовых места в муниципальном конкурсе "
          "исследовательских работ «Юный исследователь».", "Поздравляем ребят и их наставника Е.В. Соколову!"], TR),
    Post(412, "2023-10-05T14:12:03+03:00", "nedelya-himii-v-tochke-rosta", "Неделя химии в «Точке роста»",
         ["С 2 по 6 октября в центре «Точка роста» проходила неделя химии.",
          "Восьмиклассники впервые работали с цифровой лабораторией."], TR),
    Post(398, "2023-09-01T10:00:00+03:00", "den-znaniy", "День знаний",
         ["Поздравляем всех с началом нового учебного года!"], NEWS),
    Post(356, "2023-04-12T13:30:00+03:00", "den-kosmonavtiki", "День космонавтики в центре «Точка роста»",
         ["Ученики 5–7 классов собрали модели ракет и провели викторину о космосе в центре «Точка роста»."], TR),
    Post(340, "2023-02-22T09:15:00+03:00", "smotr-stroya-i-pesni", "Смотр строя и песни",
         ["Прошёл традиционный смотр строя и песни, посвящённый Дню защитника Отечества."], NEWS),
    Post(301, "2022-12-20T15:00:00+03:00", "itogi-goda-tsentra", "Итоги года центра «Точка роста»",
         ["Подведены итоги работы центра «Точка роста» за 2022 год."], TR),
]
KIMRY_COMMENTS = {412: """<div id="comments" class="comments-area"><h2 class="comments-title">Один комментарий</h2>
<ol class="comment-list"><li id="comment-57" class="comment"><div class="comment-body"><b class="fn">Мама Дениса</b>
<div class="comment-content"><p>Спасибо учителям! Сын в восторге.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="/2023/10/05/nedelya-himii-v-tochke-rosta/?replytocom=57#respond">Ответить</a></div></div></li></ol></div>"""}


def build_kimry() -> Site:
    site = Site(
        KIMRY,
        {"id": "a06", "name": "МБОУ СОШ № 12 г. Кимры", "region": "Тверская область", "municipality": "г. Кимры",
         "url": f"https://{KIMRY}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{KIMRY}/?page_id=345",
         "schedule_status": "stale", "has_publications": True, "publications_count": 3,
         "recommendations_current": True, "status": "ok"},
        "WordPress with ?page_id= pages: the undated timetable PDF lives in /wp-content/uploads/2021/09/ "
        "(stale), center posts appear in a category, on the blog and as ?replytocom= twins, and the "
        "documents link names ТВ-2356/02 «взамен» ТВ-977/02.",
    )
    wp = WordPressSite(site, KIMRY, "МБОУ СОШ № 12 г. Кимры", [
        ("Главная", "/"), ("Сведения об образовательной организации", "/?page_id=12"),
        ("Центр образования «Точка роста»", "/?page_id=345"), ("Новости", "/category/novosti/"),
        ("Родителям", "/?page_id=60"), ("Контакты", "/?page_id=72")], "Тверская обл., г. Кимры, ул. Урицкого, 45.",
        61234987)
    sub = ('<ul class="child-pages"><li><a href="/?page_id=347">Документы</a></li>'
           '<li><a href="/?page_id=351">Расписание</a></li><li><a href="/?page_id=349">Педагоги центра</a></li>'
           '<li><a href="/category/tochka-rosta/">Новости центра</a></li></ul>')
    wp.page("/?page_id=345", "Центр образования естественно-научной и технологической направленностей «Точка роста»",
            f"<p>{center_intro('МБОУ СОШ № 12 г. Кимры', 2021)}</p>{sub}")
    wp.page("/?page_id=347", "Документы", f"""<ul>
<li><a href="https://{KIMRY}/wp-content/uploads/2023/12/pismo-tv-2356-02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций» (взамен письма от 31.05.2022 № ТВ-977/02)</a></li>
<li><a href="https://{KIMRY}/wp-content/uploads/2021/09/polozhenie-tochka-rosta.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="https://{KIMRY}/wp-content/uploads/2021/09/prikaz-o-sozdanii.pdf">Приказ о создании центра</a></li></ul>""")
    wp.page("/?page_id=351", "Расписание", f"""
<p>Расписание занятий центра «Точка роста»: <a href="https://{KIMRY}/wp-content/uploads/2021/09/raspisanie.pdf">raspisanie</a></p>""")
    wp.page("/?page_id=349", "Педагоги центра", "<p>Соколова Елена Викторовна — учитель химии и биологии.</p>"
                                                 "<p>Миронов Павел Андреевич — учитель физики и информатики.</p>")
    wp.page("/?page_id=12", "Сведения об образовательной организации",
            '<ul><li><a href="/?page_id=14">Основные сведения</a></li><li><a href="/?page_id=18">Образование</a></li></ul>')
    wp.page("/?page_id=14", "Основные сведения", "<p>Дата создания: 1962 год.</p>")
    wp.page("/?page_id=18", "Образование", "<p>Реализуемые образовательные программы.</p>")
    wp.page("/?page_id=60", "Родителям", "<p>Информация для родителей: питание, приём в 1 класс.</p>")
    wp.page("/?page_id=72", "Контакты", "<p>171504, Тверская обл., г. Кимры, ул. Урицкого, 45</p>")
    wp.publish(KIMRY_POSTS, KIMRY_COMMENTS)
    wp.blog("/", "Главная", KIMRY_POSTS)
    wp.replytocom_twins(KIMRY_POSTS, KIMRY_COMMENTS)
    lazy_file(site, "/wp-content/uploads/2021/09/raspisanie.pdf", lambda: pdf_bytes(
        ["Расписание занятий центра «Точка роста»", *("   ".join(row) for row in CENTER_WEEK)]), PDF)
    lazy_file(site, "/wp-content/uploads/2023/12/pismo-tv-2356-02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 «О направлении методических рекомендаций»")), PDF)
    lazy_file(site, "/wp-content/uploads/2021/09/polozhenie-tochka-rosta.pdf",
              lambda: pdf_bytes(["Положение о центре «Точка роста» МБОУ СОШ № 12"]), PDF)
    lazy_file(site, "/wp-content/uploads/2021/09/prikaz-o-sozdanii.pdf",
              lambda: pdf_bytes(["Приказ № 201 от 27.08.2021 «О создании центра «Точка роста»»"]), PDF)
    serve_images(site)
    return site


# --- a07: Uzlovaya ---------------------------------------------------------------------------

UZL = "sosh1-uzlovaya.ru"
UZL_WWW = "www.sosh1-uzlovaya.ru"
UZL_TR = "tochka.sosh1-uzlovaya.ru"
UZL_POSTS = [
    Post(918, "2023-11-02T11:20:00+03:00", "novye-tochki-rosta", "Новые точки роста: итоги августовского совещания",
         ["На районном совещании педагогов обсудили новые точки роста муниципальной системы образования: "
          "цифровизацию, наставничество и профориентацию.", "Наша школа представила опыт работы с родителями."], NEWS),
    Post(905, "2023-10-20T09:00:00+03:00", "osenniy-kross", "Осенний кросс",
         ["Прошёл осенний кросс на стадионе школы."], NEWS),
    Post(880, "2023-09-01T09:00:00+03:00", "den-znaniy-2023", "День знаний — 2023",
         ["Торжественная линейка для 1 и 11 классов."], NEWS),
]
UZL_TR_POSTS = [
    Post(77, "2022-11-15T14:00:00+03:00", "den-himika", "Праздник «Мир химии»",
         ["В центре «Точка роста» прошёл праздник «Мир химии» для учеников 8 классов."], (3, "novosti", "Новости центра")),
    Post(64, "2022-05-20T12:00:00+03:00", "itogi-goda", "Итоги учебного года в центре",
         ["Центр «Точка роста» подвёл итоги 2021-2022 учебного года."], (3, "novosti", "Новости центра")),
]


def build_uzlovaya() -> Site:
    site = Site(
        UZL,
        {"id": "a07", "name": "МБОУ СОШ № 1 г. Узловая", "region": "Тульская область",
         "url": f"https://{UZL_WWW}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{UZL_TR}/",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "WordPress school reached through a www redirect; the section is a second WordPress on a subdomain "
        "linked only from the footer, its timetable dated only by «с 04.09.2023» in the link text, its news "
        "ends in 2022, and a 2023 school post about «новые точки роста» is not about the center.",
        extra_hosts=(UZL_WWW, UZL_TR),
    )
    site.dynamic(r"/.*", lambda target, _h: Resource(status=301, headers={"Location": f"https://{UZL}{target}",
                                                                           "Content-Type": "text/html"}), host=UZL_WWW)
    footer = f'<a href="https://{UZL_TR}/">Центр "Точка роста"</a>'
    main = WordPressSite(site, UZL, "МБОУ СОШ № 1 г. Узловая", [
        ("Главная", "/"), ("Сведения об образовательной организации", "/svedeniya/"), ("Новости", "/category/novosti/"),
        ("Родителям", "/roditelyam/"), ("Контакты", "/kontakty/")], footer, 55501234)
    main.publish(UZL_POSTS)
    main.blog("/", "Главная", UZL_POSTS)
    main.page("/svedeniya/", "Сведения об образовательной организации",
              '<ul><li><a href="/svedeniya/osnovnye-svedeniya/">Основные сведения</a></li>'
              '<li><a href="/svedeniya/obrazovanie/">Образование</a></li></ul>')
    main.page("/svedeniya/osnovnye-svedeniya/", "Основные сведения", "<p>Тульская обл., г. Узловая, ул. Гагарина, 3.</p>")
    main.page("/svedeniya/obrazovanie/", "Образование", "<p>Учебный план, календарный учебный график.</p>")
    main.page("/roditelyam/", "Родителям", "<p>Горячее питание, запись в 1 класс.</p>")
    main.page("/kontakty/", "Контакты", "<p>Телефон: 8 (48731) 6-12-40</p>")

    center = WordPressSite(site, UZL_TR, "Центр «Точка роста» МБОУ СОШ № 1", [
        ("Главная", "/"), ("Документы", "/dokumenty/"), ("Режим работы", "/rezhim-raboty/"),
        ("Педагоги", "/pedagogi/"), ("Новости центра", "/category/novosti/"),
        ("Сайт школы", f"https://{UZL}/")], "", 55501234)
    center.page("/", "О центре", f"<p>{center_intro('МБОУ СОШ № 1 г. Узловая', 2020)}</p>")
    center.page("/dokumenty/", "Документы", f"""<ul>
<li><a href="https://{UZL_TR}/wp-content/uploads/tv-1913-02.pdf">Методические рекомендации (письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02)</a></li>
<li><a href="https://{UZL_TR}/wp-content/uploads/r-6.pdf">Распоряжение Минпросвещения России от 12.01.2021 № Р-6</a></li></ul>""")
    center.page("/rezhim-raboty/", "Режим работы", f"""
<p><a href="https://{UZL_TR}/wp-content/uploads/rezhim-raboty-centra.pdf">Режим работы центра «Точка роста» с 04.09.2023</a></p>""")
    center.page("/pedagogi/", "Педагоги", "<p>Кузнецова А.В., Рябов Д.С.</p>")
    center.publish(UZL_TR_POSTS)
    lazy_file(site, "/wp-content/uploads/rezhim-raboty-centra.pdf", lambda: pdf_bytes(
        ["Режим работы Центра «Точка роста»", "Понедельник – пятница: 8:00 – 18:00",
         *("   ".join(row) for row in CENTER_WEEK)]), PDF, host=UZL_TR)
    lazy_file(site, "/wp-content/uploads/tv-1913-02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02")), PDF, host=UZL_TR)
    lazy_file(site, "/wp-content/uploads/r-6.pdf", lambda: pdf_bytes(recommendations_text(
        "Распоряжение Минпросвещения России от 12.01.2021 № Р-6")), PDF, host=UZL_TR)
    serve_images(site)
    serve_images(site, host=UZL_TR)
    return site


SITES = [build_kimry(), build_uzlovaya()]
