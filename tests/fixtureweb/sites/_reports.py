"""Sites for the tests of ``scrapy report`` (not collected into the fixture web: the name
starts with "_"): a hostile school whose list row and pages carry formula and script
text, and the second-crawl copies of two sites that changed between two crawls."""
from __future__ import annotations

from html import escape

from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes
from tests.fixtureweb.registry import site_by_id
from tests.fixtureweb.sites import a_nubex
from tests.fixtureweb.sites.a_common import CENTER_WEEK, center_intro

HOSTILE_HOST = "hostile-school.ru"
# From the school list: a formula a spreadsheet would run, and one starting with "@".
HOSTILE_NAME = '=HYPERLINK("http://evil","click")'
HOSTILE_MUNICIPALITY = "@SUM(1+1)*cmd|' /C calc'!A0"
# From crawled pages: markup that must be shown as text in the HTML report.
HOSTILE_TITLE = "<script>window.__xss=1</script>Центр «Точка роста»"
HOSTILE_LABEL = '=1+2"><img src=x onerror="window.__xss=2">Расписание на 2022-2023 учебный год'
HOSTILE_NEWS = "<script>window.__xss=3</script> Новости центра «Точка роста»: день науки"


def hostile_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body><ul class="menu"><li><a href="/">Главная</a></li><li><a href="/tochka-rosta/">Точка роста</a></li></ul>
<div class="content"><h1>{escape(title)}</h1>{body}</div></body></html>"""


def hostile_site() -> Site:
    site = Site(
        HOSTILE_HOST,
        {"id": "x01", "name": HOSTILE_NAME, "region": "Тестовая область", "municipality": HOSTILE_MUNICIPALITY,
         "url": f"http://{HOSTILE_HOST}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale", "status": "ok"},
        "A school whose list row holds a spreadsheet formula and whose pages hold script markup as text.",
    )
    site.page("/", hostile_page("Главная", "<p>Добро пожаловать.</p>"))
    site.page("/tochka-rosta/", hostile_page(HOSTILE_TITLE, f"""
<p>{center_intro("МБОУ «Тестовая СОШ»", 2021)}</p>
<p><a href="/tochka-rosta/raspisanie.pdf">{escape(HOSTILE_LABEL)}</a></p>
<h2>Новости центра</h2>
<p><b>12 октября 2023 г.</b> <a href="/tochka-rosta/news-1/">{escape(HOSTILE_NEWS)}</a></p>"""))
    site.page("/tochka-rosta/news-1/", hostile_page(HOSTILE_NEWS, """
<p>12 октября 2023 года в центре «Точка роста» нашей школы прошёл день науки.</p>"""))
    site.file("/tochka-rosta/raspisanie.pdf", pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2022-2023 учебный год",
         *("   ".join(row) for row in CENTER_WEEK)]), PDF)
    return site


def a15_fixed_timetable_no_news() -> Site:
    """a15 a month later: the timetable is for 2023-2024 now, and the center's news are gone."""
    site = a_nubex.build()
    site.file("/_data/objects/0002/2245/raspisanie.pdf", pdf_bytes(
        ["Расписание занятий центра «Точка роста» на 2023-2024 учебный год",
         *("   ".join(row) for row in CENTER_WEEK)]), PDF)
    kept = [n for n in a_nubex.NEWS if not n[4]]
    teasers = "".join(f'<div class="nbx-news"><div class="nbx-news__date">{day}</div>'
                      f'<a href="/news/{number}/">{title}</a></div>' for number, day, title, _, _ in kept)
    site.page("/", a_nubex.nubex_page("Главная", "<h2>Новости</h2>" + teasers))
    site.page("/news/", a_nubex.nubex_page("Новости", teasers))
    site.page("/10352/10365/", a_nubex.nubex_page("Новости центра", "<p>Новостей пока нет.</p>",
                                                  a_nubex.SECTION_MENU))
    for number, *_ , about_center in a_nubex.NEWS:
        if about_center:
            site.raw(f"/news/{number}/", Resource(b"Not found", 404, {"Content-Type": "text/html"}))
    return site


def dead_copy(seed_id: str) -> Site:
    """The site of ``seed_id`` after its domain lapsed."""
    alive = site_by_id(seed_id)
    return Site(alive.host, alive.seed, {"reachable": False, "status": "unreachable"},
                f"{seed_id} after its domain lapsed", extra_hosts=alive.hosts[1:], dead=True)
