"""Crawler traps and schools without a section of their own: an endless events calendar
with session ids and a news-filter explosion, a soft-404 site, and a school that only
links to a neighbour's center and to federal portals."""
import functools
import hashlib
import itertools
import re
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.fixtureweb.kit import AS_OF, PDF, Resource, Site, pdf_bytes

HTML = "text/html; charset=utf-8"

# --- b10: endless calendar, PHPSESSID on every link, sort/filter explosion -----------

HOST10 = "school10-vologda.ru"
NEWS10 = [  # id, date, category, title, text
    (1, date(2022, 9, 1), "school", "День знаний – 2022", "Торжественная линейка на школьном дворе."),
    (2, date(2022, 11, 10), "sport", "Турнир по мини-футболу", "Команда 7 класса стала победителем."),
    (3, date(2022, 5, 16), "tochka", "Защита проектов в центре «Точка роста»",
     "Ученики 8-х классов защитили проекты по химии и физике."),
    (4, date(2023, 2, 22), "school", "Смотр строя и песни", "Конкурс ко Дню защитника Отечества."),
    (5, date(2023, 3, 15), "olymp", "Итоги региональной олимпиады", "Двое призёров по литературе."),
    (6, date(2023, 5, 25), "school", "Последний звонок", "Праздник для выпускников."),
    (7, date(2023, 9, 15), "tochka", "В центре «Точка роста» стартовали занятия объединений",
     "Начали работу «Робототехника», «Занимательная химия», «Экспериментальная физика»."),
    (8, date(2023, 10, 2), "sport", "Осенний кросс", "Приняли участие 240 учеников."),
    (9, date(2023, 10, 24), "tochka", "Неделя химии в «Точке роста»",
     "Химические опыты для учеников начальной школы провели старшеклассники в лаборатории центра."),
    (10, date(2023, 11, 17), "olymp", "Муниципальный этап ВсОШ", "Начался муниципальный этап олимпиады."),
    (11, date(2023, 12, 12), "tochka", "Открытый урок для учителей района",
     "Педагоги центра «Точка роста» показали урок физики с цифровыми датчиками."),
    (12, date(2023, 12, 8), "school", "Новогодняя ярмарка", "Ярмарка поделок в пользу приюта для животных."),
]
CATEGORIES = {"all": "Все", "school": "Жизнь школы", "sport": "Спорт", "tochka": "Точка роста", "olymp": "Олимпиады"}
SORTS = {"date": "по дате", "title": "по названию", "views": "по просмотрам"}
EVENTS10 = {
    "2023-09": ["01.09 — День знаний", "22.09 — Родительские собрания 5–9 классов"],
    "2023-10": ["05.10 — День учителя", "27.10 — Осенние каникулы"],
    "2023-11": ["24.11 — Концерт ко Дню матери"],
    "2023-12": ["20.12 — Родительское собрание 9, 11 классов", "27.12 — Новогодние утренники"],
    "2024-01": ["09.01 — Начало 3 четверти"],
}
PER_PAGE = 4
LETTER10 = ("/upload/docs/pismo_TV-2356_02.pdf", pdf_bytes([
    "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ", "30.11.2023 № ТВ-2356/02",
    "О направлении методических рекомендаций"]))


class VologdaSite:
    """Every response is generated: links carry the session id of the request, or a new one."""

    def __init__(self) -> None:
        self._sessions = itertools.count(1)

    def link(self, target: str, sid: str) -> str:
        return target + ("&" if "?" in target else "?") + "PHPSESSID=" + sid

    def layout(self, sid: str, title: str, body: str) -> str:
        a = functools.partial(self.link, sid=sid)
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} — МОУ «СОШ № 10» г. Вологды</title></head>
<body><div id="hdr">Муниципальное общеобразовательное учреждение «Средняя общеобразовательная школа № 10»</div>
<ul id="nav"><li><a href="{a('/')}">Главная</a></li><li><a href="{a('/about/')}">О школе</a></li>
<li><a href="{a('/news/')}">Новости</a></li><li><a href="{a('/events/')}">Календарь событий</a></li>
<li><a href="{a('/tochka-rosta/')}">Точка роста</a></li><li><a href="{a('/contacts/')}">Контакты</a></li></ul>
<div id="content">{body}</div>
<div id="ftr">© 2010–2023 МОУ «СОШ № 10». 160000, г. Вологда, ул. Ленинградская, 10.</div></body></html>"""

    def __call__(self, target: str, headers: dict) -> Resource | None:
        parts = urlsplit(target)
        if parts.path == LETTER10[0]:
            return Resource(LETTER10[1], 200, {"Content-Type": PDF})
        query = dict(parse_qsl(parts.query))
        sid = query.pop("PHPSESSID", None) or hashlib.md5(
            f"{HOST10}-{next(self._sessions)}".encode()).hexdigest()[:26]
        made = self.route(parts.path, query, sid)
        if made is None:
            return None
        title, body = made
        return Resource(self.layout(sid, title, body).encode(), 200, {"Content-Type": HTML})

    def route(self, path: str, query: dict, sid: str) -> tuple[str, str] | None:
        a = functools.partial(self.link, sid=sid)
        if path in ("/", "/index.php"):
            latest = sorted(NEWS10, key=lambda n: n[1], reverse=True)[:3]
            return "Главная", "<h1>Добро пожаловать!</h1>" + "".join(
                f'<p>{d:%d.%m.%Y} <a href="{a(f"/news/view.php?id={i}")}">{t}</a></p>' for i, d, _, t, _ in latest)
        if path == "/about/":
            return "О школе", "<p>Школа открыта в 1961 году. С 2021 года работает центр «Точка роста».</p>"
        if path == "/contacts/":
            return "Контакты", "<p>Тел.: (8172) 75-10-10</p>"
        if path == "/news/view.php":
            item = next((n for n in NEWS10 if str(n[0]) == query.get("id")), None)
            if item is None:
                return None
            return item[3], f'<h1>{item[3]}</h1><p class="date">{item[1]:%d.%m.%Y}</p><p>{item[4]}</p>'
        if path == "/news/":
            return "Новости", self.news_list(query, a)
        if path == "/events/":
            return self.calendar(query.get("month", f"{AS_OF:%Y-%m}"), a)
        if path == "/tochka-rosta/":
            return "Центр «Точка роста»", f"""
<h1>Центр образования естественно-научной и технологической направленностей «Точка роста»</h1>
<p>Центр открыт в 2021 году в рамках федерального проекта «Современная школа».</p>
<ul><li><a href="{a('/tochka-rosta/dokumenty/')}">Документы</a></li>
<li><a href="{a('/tochka-rosta/raspisanie/')}">Расписание</a></li>
<li><a href="{a('/tochka-rosta/novosti/')}">Новости центра</a></li></ul>"""
        if path == "/tochka-rosta/dokumenty/":
            return "Документы центра", """
<p>Положение о центре «Точка роста» (приказ № 112 от 30.08.2021)</p>
<p><a href="/upload/docs/pismo_TV-2356_02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02
«О направлении методических рекомендаций»</a> по созданию и функционированию центров «Точка роста»</p>"""
        if path == "/tochka-rosta/raspisanie/":
            return "Расписание центра", """
<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>
<table border="1"><tr><td>Пн</td><td>14:30</td><td>Робототехника</td></tr>
<tr><td>Ср</td><td>14:30</td><td>Занимательная химия</td></tr>
<tr><td>Пт</td><td>15:20</td><td>Экспериментальная физика</td></tr></table>"""
        if path == "/tochka-rosta/novosti/":
            items = [n for n in NEWS10 if n[2] == "tochka"]
            items.sort(key=lambda n: n[1], reverse=True)
            return "Новости центра", "<h1>Новости центра «Точка роста»</h1>" + "".join(
                f'<p>{d:%d.%m.%Y} <a href="{a(f"/news/view.php?id={i}")}">{t}</a></p>' for i, d, _, t, _ in items) + (
                f'<p><a href="{a("/news/?filter=tochka")}">Все новости рубрики</a></p>')
        return None

    def news_list(self, query: dict, a) -> str:
        sort = query.get("sort", "date") if query.get("sort") in SORTS else "date"
        order = "asc" if query.get("order") == "asc" else "desc"
        category = query.get("filter", "all") if query.get("filter") in CATEGORIES else "all"
        page = int(query["page"]) if query.get("page", "").isdigit() and int(query["page"]) > 0 else 1
        items = [n for n in NEWS10 if category == "all" or n[2] == category]
        key = {"date": lambda n: n[1], "title": lambda n: n[3], "views": lambda n: (n[0] * 37) % 11}[sort]
        items.sort(key=key, reverse=order == "desc")
        pages = max(1, -(-len(items) // PER_PAGE))
        shown = items[(page - 1) * PER_PAGE:page * PER_PAGE]
        state = {"sort": sort, "order": order, "filter": category, "page": str(page)}

        def with_(**changes) -> str:
            return a("/news/?" + urlencode({**state, **changes}))

        controls = ("<div class='sort'>Сортировать: " + " | ".join(
            f'<a href="{with_(sort=s, page="1")}">{label}</a>' for s, label in SORTS.items())
            + f' · <a href="{with_(order="asc")}">▲</a> <a href="{with_(order="desc")}">▼</a></div>'
            + "<div class='filter'>Рубрики: " + " | ".join(
                f'<a href="{with_(filter=c, page="1")}">{label}</a>' for c, label in CATEGORIES.items()) + "</div>")
        rows = "".join(f'<div class="item"><span>{d:%d.%m.%Y}</span> <a href="{a(f"/news/view.php?id={i}")}">{t}</a> '
                       f'<small>{CATEGORIES[c]}</small></div>' for i, d, c, t, _ in shown)
        pager = "<div class='pager'>" + " ".join(
            f'<a href="{with_(page=str(p))}">{p}</a>' for p in range(1, pages + 1)) + "</div>"
        return f"<h1>Новости</h1>{controls}{rows or '<p>Новостей нет.</p>'}{pager}"

    def calendar(self, month: str, a) -> tuple[str, str] | None:
        if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
            return None
        year, mon = int(month[:4]), int(month[5:])
        prev = f"{year - (mon == 1):04d}-{12 if mon == 1 else mon - 1:02d}"
        nxt = f"{year + (mon == 12):04d}-{1 if mon == 12 else mon + 1:02d}"
        events = "".join(f"<li>{e}</li>" for e in EVENTS10.get(month, [])) or "<li>Мероприятий не запланировано</li>"
        return f"Календарь событий {month}", f"""
<h1>Календарь событий: {mon:02d}.{year}</h1>
<p><a href="{a(f'/events/?month={prev}')}">« предыдущий месяц</a> | <a href="{a(f'/events/?month={nxt}')}">следующий месяц »</a></p>
<ul>{events}</ul>"""


def build_b10() -> Site:
    site = Site(
        HOST10,
        {"id": "b10", "name": "МОУ «СОШ № 10» г. Вологды", "region": "Вологодская область",
         "municipality": "г. Вологда", "url": f"http://{HOST10}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 3, "recommendations_current": True,
         "status": "ok", "section_url": f"http://{HOST10}/tochka-rosta/"},
        "Every link carries ?PHPSESSID=<sid> (new sid per entry), an endless «следующий месяц» "
        "events calendar and a news list whose sort/order/filter/page links multiply; the "
        "section in the main menu is still findable and its three 2023 news each count once.",
    )
    site.dynamic(r"/.*", VologdaSite())
    return site


# --- b11: soft-404 site without a section --------------------------------------------

HOST11 = "sosh-ozerki.ru"


def ozerki(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title} | МКОУ Озерская СОШ</title></head>
<body><div class="header"><a href="/"><img src="/img/logo.png" alt="МКОУ Озерская СОШ"></a>
<div class="slogan">Учимся вместе!</div></div>
<div class="menu"><a href="/">Главная</a><a href="/sveden/">Сведения об образовательной организации</a>
<a href="/novosti/">Новости</a><a href="/dop-obrazovanie/">Дополнительное образование</a>
<a href="/roditelyam/">Родителям</a><a href="/kontakty/">Контакты</a></div>
<div class="main">{body}</div>
<div class="footer">© 2017–2023 МКОУ Озерская СОШ, Новосибирская область, Татарский район, с. Озерки</div></body></html>"""


def build_b11() -> Site:
    site = Site(
        HOST11,
        {"id": "b11", "name": "МКОУ Озерская СОШ", "region": "Новосибирская область",
         "municipality": "Татарский район", "url": f"http://{HOST11}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": False, "schedule_status": "missing",
         "has_publications": False, "publications_count": 0, "recommendations_current": False,
         "status": "ok"},
        "Unknown paths (/tochka-rosta/, /tochka_rosta/, …) answer 200 with the site's own "
        "«Страница не найдена» page in full layout; the school only plans a center for 2024.",
        soft404=True,
    )
    site.page("/", ozerki("Главная", """
<h1>Муниципальное казенное общеобразовательное учреждение Озерская средняя общеобразовательная школа</h1>
<h2>Новости</h2>
<p>07.12.2023 <a href="/novosti/12-2023-sorevnovaniya/">Районные соревнования по лыжным гонкам</a></p>
<p>14.11.2023 <a href="/novosti/11-2023-olimpiada/">Школьный этап олимпиады завершён</a></p>"""))
    site.page("/sveden/", ozerki("Сведения об образовательной организации", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li>
<li><a href="/sveden/education/">Образование</a></li><li><a href="/sveden/objects/">Материально-техническое обеспечение</a></li></ul>"""))
    site.page("/sveden/common/", ozerki("Основные сведения", "<p>Учредитель: администрация Татарского района.</p>"))
    site.page("/novosti/", ozerki("Новости", """
<p>07.12.2023 <a href="/novosti/12-2023-sorevnovaniya/">Районные соревнования по лыжным гонкам</a></p>
<p>14.11.2023 <a href="/novosti/11-2023-olimpiada/">Школьный этап олимпиады завершён</a></p>
<p>01.09.2023 <a href="/novosti/09-2023-den-znanij/">День знаний</a></p>"""))
    site.page("/novosti/12-2023-sorevnovaniya/", ozerki("Лыжные гонки", "<p>07.12.2023. Команда школы — третья.</p>"))
    site.page("/novosti/11-2023-olimpiada/", ozerki("Олимпиада", "<p>14.11.2023. 46 участников школьного этапа.</p>"))
    site.page("/novosti/09-2023-den-znanij/", ozerki("День знаний", "<p>01.09.2023. Линейка и классные часы.</p>"))
    site.page("/dop-obrazovanie/", ozerki("Дополнительное образование", """
<p>В школе работают кружки «Умелые руки», «Волейбол», «Юный краевед».</p>
<p>В 2024 году в школе планируется открытие центра образования естественно-научной и
технологической направленностей «Точка роста». Ремонт кабинетов начнется летом 2024 года.</p>"""))
    site.page("/roditelyam/", ozerki("Родителям", "<p>Школьный автобус отправляется в 7:40.</p>"))
    site.page("/kontakty/", ozerki("Контакты", "<p>Тел.: 8 (38364) 3-21-17</p>"))
    missing = ozerki("Страница не найдена", """
<h1>Страница не найдена</h1><p>К сожалению, запрошенная страница не существует или была удалена.</p>
<p><a href="/">Перейти на главную</a></p>""").encode()
    site.dynamic(r"/.*", lambda target, headers: Resource(missing, 200, {"Content-Type": HTML}))
    return site


# --- b12: links only to a neighbour's center and to federal portals ------------------

HOST12 = "oosh14-novoaltaysk.ru"
NEIGHBOUR_CENTER = "http://tochka.sch5-novoaltaysk.ru/"  # b05's section


def oosh(title: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} — МБОУ «ООШ № 14»</title></head>
<body><table width="100%"><tr><td class="logo">МБОУ «Основная общеобразовательная школа № 14» г. Новоалтайска</td></tr></table>
<div class="menu"><a href="/">Главная</a> | <a href="/sveden/">Сведения об ОО</a> | <a href="/novosti/">Новости</a> |
<a href="{NEIGHBOUR_CENTER}" target="_blank">Центр «Точка роста»</a> | <a href="/poleznye-ssylki/">Полезные ссылки</a> |
<a href="/kontakty/">Контакты</a></div>
<div class="content">{body}</div>
<div class="footer">© 2016–2023 МБОУ «ООШ № 14». Алтайский край, г. Новоалтайск, ул. Деповская, 14</div></body></html>"""


def build_b12() -> Site:
    site = Site(
        HOST12,
        {"id": "b12", "name": "МБОУ «ООШ № 14» г. Новоалтайска", "region": "Алтайский край",
         "municipality": "г. Новоалтайск", "url": f"http://{HOST12}/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": False, "schedule_status": "missing",
         "has_publications": False, "publications_count": 0, "recommendations_current": False,
         "status": "ok"},
        "No own section: the menu item «Центр «Точка роста»» opens the neighbouring school's "
        "center (b05's subdomain, a real section in the fixture web) and «Полезные ссылки» "
        "point to edsoo.ru and dop.edu.ru; a 2023 news item is about the neighbour's center.",
    )
    site.page("/", oosh("Главная", """
<h1>Добро пожаловать!</h1>
<p>Наши ученики посещают занятия центра «Точка роста» МБОУ «СОШ № 5» в рамках сетевого взаимодействия.</p>
<p>06.12.2023 <a href="/novosti/2023/12/06/">Новогоднее оформление школы</a></p>
<p>19.10.2023 <a href="/novosti/2023/10/19/">Экскурсия в центр «Точка роста» СОШ № 5</a></p>"""))
    site.page("/sveden/", oosh("Сведения об ОО", """
<ul><li><a href="/sveden/common/">Основные сведения</a></li><li><a href="/sveden/document/">Документы</a></li></ul>"""))
    site.page("/novosti/", oosh("Новости", """
<p>06.12.2023 <a href="/novosti/2023/12/06/">Новогоднее оформление школы</a></p>
<p>19.10.2023 <a href="/novosti/2023/10/19/">Экскурсия в центр «Точка роста» СОШ № 5</a></p>
<p>01.09.2023 <a href="/novosti/2023/09/01/">День знаний</a></p>"""))
    site.page("/novosti/2023/12/06/", oosh("Новогоднее оформление", "<p>06.12.2023. Конкурс на лучшее оформление кабинета.</p>"))
    site.page("/novosti/2023/10/19/", oosh("Экскурсия", f"""
<p>19.10.2023. Ученики 7 класса побывали на занятиях в центре «Точка роста» МБОУ «СОШ № 5»
(<a href="{NEIGHBOUR_CENTER}">сайт центра</a>) и провели опыты на цифровой лаборатории по физике.</p>"""))
    site.page("/novosti/2023/09/01/", oosh("День знаний", "<p>01.09.2023. Торжественная линейка.</p>"))
    site.page("/poleznye-ssylki/", oosh("Полезные ссылки", """
<ul>
<li><a href="https://edsoo.ru/">Единое содержание общего образования (ФГБНУ «ИСРО РАО»)</a></li>
<li><a href="https://dop.edu.ru/">Дополнительное образование: методические материалы для центров «Точка роста»</a></li>
<li><a href="https://edu.gov.ru/national-project/">Национальный проект «Образование»</a></li>
<li><a href="https://www.gosuslugi.ru/">Госуслуги</a></li>
</ul>"""))
    site.page("/kontakty/", oosh("Контакты", "<p>Тел.: 8 (38532) 4-14-14</p>"))
    return site


SITES = [build_b10(), build_b11(), build_b12()]
