"""A home page behind a 301 to the www twin and a meta refresh, whose pages carry a
<base href> that moves every relative link under /site/."""
from tests.fixtureweb.kit import PDF, Resource, Site, pdf_bytes

BARE = "school9-perm.ru"
WWW = "www.school9-perm.ru"
BASE = f"http://{WWW}/site/"


def perm(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<base href="{BASE}">
<title>{title} - МАОУ «СОШ № 9» г. Перми</title>
<link rel="stylesheet" href="css/main.css"></head>
<body><div class="top"><img src="img/emblem.png" alt="Эмблема"> МАОУ «Средняя общеобразовательная школа № 9» г. Перми</div>
<div class="nav"><a href="/index.php">Главная</a> | <a href="pages/about.html">О школе</a> |
<a href="pages/news.html">Новости</a> | <a href="pages/sveden.html">Сведения об образовательной организации</a> |
<a href="pages/tochka.html">Точка роста</a> | <a href="pages/kontakty.html">Контакты</a></div>
<div class="page">{body}</div>
<div class="bottom">© 2014–2023 МАОУ «СОШ № 9» г. Перми. 614000, г. Пермь, ул. Ленина, 9.</div>
</body></html>"""


def build_b09() -> Site:
    site = Site(
        BARE,
        {"id": "b09", "name": "МАОУ «СОШ № 9» г. Перми", "region": "Пермский край",
         "municipality": "г. Пермь", "url": f"http://{BARE}/", "center_type": "tochka_rosta",
         "section_url": f"http://{BARE}/tochka.html"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": True, "publications_count": 3, "recommendations_current": False,
         "status": "ok", "section_url": f"http://{WWW}/site/pages/tochka.html"},
        "Bare host 301s to www, whose / is a bare meta refresh to /index.php; every page has "
        "<base href=/site/> so relative links resolve under /site/ (the naive paths 404); the "
        "seed's section_url is an outdated 404.",
        extra_hosts=(WWW,),
    )
    site.dynamic(r"/.*", lambda target, headers: Resource(
        b"", 301, {"Location": f"http://{WWW}{target}", "Content-Type": "text/html"}))
    site.page("/", """<html><head><meta http-equiv="refresh" content="0; URL=/index.php">
<title>МАОУ «СОШ № 9» г. Перми</title></head><body></body></html>""", host=WWW)

    def page(target: str, title: str, body: str) -> None:
        site.page(target, perm(title, body), host=WWW)

    page("/index.php", "Главная", """
<h1>Добро пожаловать!</h1>
<div class="banner"><a href="pages/tochka.html"><img src="img/tochka.png" alt="Центр «Точка роста»"></a></div>
<h3>Новости</h3>
<p>11.12.2023 <a href="pages/news.html#n77">Итоги первого полугодия</a></p>""")
    page("/site/pages/about.html", "О школе", "<h1>О школе</h1><p>Школа основана в 1953 году.</p>")
    page("/site/pages/news.html", "Новости", """
<h1>Новости школы</h1>
<p id="n77">11.12.2023 Итоги первого полугодия подведены на педсовете.</p>
<p id="n76">20.10.2023 Школьная ярмарка «Дары осени».</p>""")
    page("/site/pages/sveden.html", "Сведения об образовательной организации", """
<h1>Сведения об образовательной организации</h1><p><a href="docs/ustav.pdf">Устав</a></p>""")
    page("/site/pages/kontakty.html", "Контакты", "<h1>Контакты</h1><p>Тел.: (342) 212-09-09</p>")
    page("/site/pages/tochka.html", "Центр «Точка роста»", """
<h1>Центр "Точка роста"</h1>
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» работает
в школе с 2021 года.</p>
<ul>
<li><a href="pages/tochka-docs.html">Документы</a></li>
<li><a href="pages/tochka-rasp.html">Расписание</a></li>
<li><a href="pages/tochka-news.html">Новости центра</a></li>
</ul>""")
    page("/site/pages/tochka-docs.html", "Документы центра", """
<h1>Документы</h1>
<p><a href="files/r-20.pdf">Распоряжение Минпросвещения России от 01.03.2019 № Р-20 «Об утверждении методических рекомендаций»</a></p>
<p><a href="files/tv-977.pdf">Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02</a></p>""")
    page("/site/pages/tochka-rasp.html", "Расписание центра", """
<h1>Расписание</h1>
<p><a href="files/raspisanie_tr.pdf">Расписание занятий центра «Точка роста»</a></p>""")
    page("/site/pages/tochka-news.html", "Новости центра", """
<h1>Новости центра «Точка роста»</h1>
<p><b>5 декабря 2023 г.</b> Районный турнир «Что? Где? Когда?» по естественным наукам прошел в центре.</p>
<p><b>17 октября 2023 г.</b> Ученики 8 классов исследовали качество воды на цифровой лаборатории.</p>
<p><b>1 сентября 2023 г.</b> Центр «Точка роста» встретил первых учеников нового учебного года.</p>
<p><b>12 мая 2022 г.</b> Защита проектов по биологии.</p>""")
    site.file("/site/files/raspisanie_tr.pdf", pdf_bytes([
        "Расписание занятий центра «Точка роста» на 2022/2023 учебный год",
        "Вторник 14:30 «Биология в опытах» 6 кл.", "Четверг 14:30 «Юный физик» 7 кл."]), PDF, host=WWW)
    site.file("/site/files/tv-977.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 31.05.2022 № ТВ-977/02 «О направлении методических рекомендаций»"]),
        PDF, host=WWW)
    return site


SITES = [build_b09()]
