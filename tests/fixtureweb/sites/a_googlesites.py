"""A school site built with Google Sites on its own domain: Cyrillic paths written
percent-encoded in links, generated class soup, a timetable that is only a picture with no
date, center news as text blocks «14 сентября — …» under a «2023 год» heading, and the
recommendations linked to Google Drive with the letter named in the link text."""
from __future__ import annotations

from urllib.parse import quote

from tests.fixtureweb.kit import Site, image_bytes
from tests.fixtureweb.sites.a_common import center_intro, lazy_file, serve_images

HOST = "kamenka-school.ru"
SECTION = "/точка-роста"
# (title, path, subpages): Google Sites nests a page's subpages under it in the navigation
PAGES = [("Главная", "/", []), ("Сведения об ОО", "/сведения-об-оо", []),
         ("Точка роста", SECTION, [("Расписание центра", SECTION + "/расписание"),
                                   ("Документы центра", SECTION + "/документы"),
                                   ("Новости центра", SECTION + "/новости-центра")]),
         ("Контакты", "/контакты", [])]


def encoded(path: str) -> str:
    return quote(path)


def nav_item(title: str, path: str, level: int, children: str = "") -> str:
    return (f'<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf">'
            f'<div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb)"><a class="aJHbb dk90Ob hDrhEe HlqNPb" '
            f'href="{encoded(path)}" data-url="{encoded(path)}" data-type="1" data-level="{level}">{title}</a></div></div>'
            f'{children}</li>')


def gsites_page(title: str, blocks: list[str]) -> str:
    nav = "".join(nav_item(t, h, 1, f'<ul class="oGuwee eWDljc RigJMc" role="group">'
                                    f'{"".join(nav_item(ct, ch, 2) for ct, ch in subs)}</ul>' if subs else "")
                  for t, h, subs in PAGES)
    body = "".join(f'<section class="yaqOZd"><div class="mYVXT"><div class="tyJCtd mGzaTb baZpAe">{b}</div></div></section>'
                   for b in blocks)
    return f"""<!DOCTYPE html><html lang="ru" itemscope itemtype="http://schema.org/WebPage"><head>
<meta charset="utf-8"><meta property="og:title" content="{title}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>МКОУ Каменская СОШ - {title}</title>
<script nonce="x8Yq2">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com"];</script>
<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet" nonce="x8Yq2">
</head><body jscontroller="pSp2Fc" jsaction="rcuQ6b:WYd;">
<div jsname="lYOjae" class="zDUgLc" role="navigation"><div class="BbxBP HP6J1d K5Zlne"><span class="Zjiec">МКОУ Каменская СОШ</span></div>
<nav><ul class="jYxBte Fpy8Db" role="navigation">{nav}</ul></nav></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section class="yaqOZd LB7kq nyKByd" style="">
<div class="IFuOkc" style="background-size: cover;"></div><div class="mYVXT"><h1 id="h.p_title" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">{title}</span></h1></div></section>
{body}</div>
<div jscontroller="j1RDQb" class="dZA9kd"><div class="LqzjUe znCFhf"></div><p class="zfr3Q CDt4Ke">© 2018–2023 МКОУ Каменская СОШ</p>
<a class="Eeyj1d" href="https://sites.google.com/new/?authuser=0&amp;usp=gsfrs">Google Сайты</a>
<a class="Eeyj1d" href="https://support.google.com/sites/answer/90239">Сообщить о нарушении</a></div>
</body></html>"""


def text(*paragraphs: str) -> str:
    return "".join(f'<p class="zfr3Q CDt4Ke" dir="ltr"><span class="C9DxTc">{p}</span></p>' for p in paragraphs)


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a16", "name": "МКОУ «Каменская СОШ»", "region": "Воронежская область",
         "municipality": "Каменский муниципальный район", "url": f"https://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}{encoded(SECTION)}",
         "schedule_status": "unknown", "has_publications": True, "publications_count": 2,
         "recommendations_current": True, "status": "ok"},
        "Google Sites on a custom domain with Cyrillic paths (percent-encoded in links): the timetable is an "
        "undated picture, center news is text blocks dated «14 сентября» under a «2023 год» heading, and the "
        "ТВ-2356/02 letter is named in a Google Drive link.",
    )

    def page(path: str, title: str, blocks: list[str]) -> None:
        site.page(path, gsites_page(title, blocks))

    page("/", "Главная", [text("Добро пожаловать на сайт МКОУ «Каменская средняя общеобразовательная школа»!",
                               "Запись в 1 класс на 2024-2025 учебный год начнётся 1 апреля 2024 года."),
                          f'<a href="{encoded(SECTION)}"><img src="/images/banner-tr.png" alt="Центр «Точка роста»"></a>'])
    page("/сведения-об-оо", "Сведения об ОО", [text("Полное наименование: Муниципальное казённое общеобразовательное "
                                                    "учреждение «Каменская средняя общеобразовательная школа».")])
    page("/контакты", "Контакты", [text("396510, Воронежская обл., пгт Каменка, ул. Мира, 7")])
    page(SECTION, "Точка роста", [text(center_intro("МКОУ «Каменская СОШ»", 2022)),
                                  text("Разделы: расписание, документы, новости центра.")])
    page(SECTION + "/расписание", "Расписание центра", [
        text("Расписание занятий"),
        '<div class="t3iYD"><img src="/images/raspisanie-tr.jpg" class="CENy8b" role="img" alt=""></div>'])
    page(SECTION + "/документы", "Документы центра", [text(
        '<a class="XqQF9c" href="https://drive.google.com/file/d/1qT9ZkR7vB2mXc3Yp8LwN5aE6sDfGh0Jk/view?usp=sharing" '
        'target="_blank">Методические рекомендации (письмо Минпросвещения от 30.11.2023 № ТВ-2356/02)</a>',
        '<a class="XqQF9c" href="https://drive.google.com/file/d/1Pq8WnB4cV6xZ2lK9mJ3hG7fD5sA1qE0r/view?usp=sharing" '
        'target="_blank">Положение о центре «Точка роста»</a>')])
    page(SECTION + "/новости-центра", "Новости центра", [
        '<h2 class="zfr3Q OmQG5e CDt4Ke">2023 год</h2>' + text(
            "<b>20 октября</b> — в центре «Точка роста» прошёл муниципальный семинар учителей химии: коллеги из "
            "пяти школ района посмотрели урок с цифровой лабораторией.",
            "<b>14 сентября</b> — открылись кружки центра: «Юный биолог», «Робототехника», «3D-моделирование»."),
        '<h2 class="zfr3Q OmQG5e CDt4Ke">2022 год</h2>' + text(
            "<b>1 сентября</b> — торжественное открытие центра «Точка роста».")])
    lazy_file(site, "/images/raspisanie-tr.jpg", lambda: image_bytes("Raspisanie zanyatiy", size=(640, 400)), "image/jpeg")
    serve_images(site)
    return site


SITES = [build()]
