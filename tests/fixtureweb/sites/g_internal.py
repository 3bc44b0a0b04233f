"""Schools whose sites point into the crawler's own network: a home page that redirects
to a loopback address, and a section URL on another loopback address. Neither may be
requested (tochka.crawl.netguard); the report names the refusal.

``build_sites(port)`` puts a real local service's port into both addresses (the test of
the guard starts one and checks it gets no hit); ``SITES`` uses a port nothing listens on.
"""
from __future__ import annotations

from tests.fixtureweb.kit import Site

PLACEHOLDER_PORT = 9
NEGATIVE = {"section_found": False, "schedule_status": "missing", "has_publications": False,
            "publications_count": 0, "recommendations_current": False}


def redirect_url(port: int) -> str:
    return f"http://127.0.0.1:{port}/"


def link_url(port: int) -> str:
    return f"http://127.0.0.2:{port}/"


def build_g01(port: int) -> Site:
    site = Site(
        "sosh31-uglich.ru",
        {"id": "g01", "name": "МОУ «СОШ № 31» г. Углича", "region": "Ярославская область",
         "municipality": "Угличский муниципальный район", "url": "http://sosh31-uglich.ru/"},
        {"reachable": False, "status": "unreachable", **NEGATIVE},
        "The home page 302s to a loopback address (a hijacked or misconfigured site): the redirect "
        "is refused, the school reported unreachable with the refusal as its reason.",
    )
    site.redirect("/", redirect_url(port), status=302)
    return site


def build_g02(port: int) -> Site:
    site = Site(
        "licey2-rybinsk.ru",
        {"id": "g02", "name": "МОУ «Лицей № 2» г. Рыбинска", "region": "Ярославская область",
         "municipality": "городской округ г. Рыбинск", "url": "http://licey2-rybinsk.ru/",
         "section_url": link_url(port)},
        {"reachable": True, "status": "ok", **NEGATIVE},
        "The seeds' section_url and the home page's «Точка роста» link name a loopback address: "
        "never requested, the refusal is in crawl_notes, the section is not found.",
    )
    site.page("/", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>МОУ «Лицей № 2» г. Рыбинска</title></head><body>
<h1>МОУ «Лицей № 2» г. Рыбинска</h1>
<ul><li><a href="/about.html">О лицее</a></li>
<li><a href="{link_url(port)}">Центр «Точка роста»</a></li></ul>
<p>Лицей работает с 1935 года.</p></body></html>""")
    site.page("/about.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>О лицее</title></head>
<body><h1>О лицее</h1><p>Адрес: г. Рыбинск, ул. Крестовая, 2.</p></body></html>""")
    return site


def build_sites(port: int) -> list[Site]:
    return [build_g01(port), build_g02(port)]


SITES = build_sites(PLACEHOLDER_PORT)
