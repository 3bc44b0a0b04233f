"""A school whose domain no longer resolves, and a seed row that names two addresses in one
cell (a frequent copy-paste fault in regional lists)."""
from __future__ import annotations

from tests.fixtureweb.kit import Site

DEAD = Site(
    "sosh4-rzhaksa.ru",
    {"id": "a19", "name": "МБОУ «Ржаксинская СОШ № 4»", "region": "Тамбовская область",
     "municipality": "Ржаксинский муниципальный округ", "url": "https://sosh4-rzhaksa.ru/"},
    {"reachable": False, "section_found": False, "schedule_status": "missing", "has_publications": False,
     "publications_count": 0, "recommendations_current": False, "status": "unreachable"},
    "The domain does not resolve (the proxy answers 502 to the HTTPS CONNECT): every check is negative "
    "and the school is reported unreachable, not as missing a section.",
    dead=True,
)

SITES = [DEAD]

BAD_ROWS = [
    ({"id": "a90", "name": "МКОУ «Луговская ООШ»", "region": "Тамбовская область",
      "municipality": "Мордовский муниципальный округ",
      "url": "lugovaya-oosh.ru, lugovaya.tmbreg.ru", "center_type": "tochka_rosta", "section_url": ""},
     {"reachable": False, "section_found": False, "schedule_status": "missing", "has_publications": False,
      "recommendations_current": False, "status": "bad_seed"}),
]
