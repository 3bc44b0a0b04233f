"""A deterministic web of synthetic school sites for ``make bench``.

``build(out, n_sites, seed)`` writes static files that nginx serves by host name:

    <out>/sites/<host>/...        one directory per school (``index.html`` for directories)
    <out>/pdf/<kind>.pdf          one PDF body per document kind, hard-linked into the sites
    <out>/seeds.csv               the seed rows for the spider (``http://<host>/`` urls)
    <out>/web.json                what was generated, so a second run can reuse it

Sites look like real ones where it costs the crawler: 20–60 KB pages with a large menu,
sidebar and footer, 30–60 pages per site, a «Точка роста» section under one of the slugs
and names seen on real sites, a timetable, a news feed where only some items are about the
center, and PDF documents. Every site is drawn from its own ``random.Random`` so that site
``k`` is the same whatever the number of sites.

``small=True`` (``make bench-scale``) makes every site about 10 files: the home page, the
center's section with its documents (the recommendations) and timetable (a table and a PDF),
a news list with one to three items and one or two other school pages. What grows with a
national list is the number of schools, not pages per school, so that benchmark wants many
small sites; each page stays as large as above.

About 2% of the sites are built by script in the browser, in the two ways real school sites
are (``tests/fixtureweb/sites/c_javascript.py``): ``inline``, a site builder that ships each
page of the center's section as an empty ``<div id="page-content">`` and an inline script
holding the page's HTML in a JS string; ``fetch``, a CMS whose news list pages are an empty
``<div id="news-list">`` filled by ``fetch()`` from a JSON file on the same host. Everything
else on those sites is server-rendered. ``web.json`` lists the script-built pages.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape
from pathlib import Path
from urllib.parse import unquote

DEFAULT_SEED = 20231213
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]

REGIONS = [
    ("Тверская область", ["Бежецкий муниципальный округ", "Кашинский городской округ", "Ржевский муниципальный округ"]),
    ("Республика Татарстан", ["Арский муниципальный район", "Елабужский муниципальный район"]),
    ("Кемеровская область — Кузбасс", ["Беловский муниципальный округ", "Юргинский городской округ"]),
    ("Ростовская область", ["Азовский район", "Сальский район", "Миллеровский район"]),
    ("Пермский край", ["Кунгурский муниципальный округ", "Осинский городской округ"]),
    ("Свердловская область", ["Ирбитское МО", "Камышловский городской округ"]),
    ("Чувашская Республика", ["Канашский муниципальный округ", "Цивильский муниципальный округ"]),
    ("Хабаровский край", ["Амурский муниципальный район", "Вяземский муниципальный район"]),
    ("Ярославская область", ["Угличский муниципальный район", "Даниловский муниципальный район"]),
    ("Республика Северная Осетия — Алания", ["Моздокский район", "Дигорский район"]),
]
VILLAGES = ["с. Ивановка", "с. Покровское", "п. Заречный", "с. Никольское", "г. Кашин",
            "с. Берёзовка", "д. Сосновка", "п. Первомайский", "с. Успенское", "г. Бежецк"]

# Section roots: the slugs of docs/domain.md#the-special-section (uCoz pages are /index/<translit>/0-N).
SECTION_ROOTS = [
    "/tochka-rosta/", "/tochka_rosta/", "/tochkarosta/", "/point/", "/centr-tochka-rosta/",
    "/glavnoe/tsentr-tochka-rosta/", "/info/tochka-rosta/", "/центр-точка-роста/",
    "/index/obshhaja_informacija_o_centre_quot_tochka_rosta_quot/0-87",
]
SECTION_NAMES = [
    "Точка роста", "Центр «Точка роста»", "Центр \"Точка роста\"", "ЦЕНТР ТОЧКА РОСТА",
    "центр точка роста",
    "Центр образования естественно-научной и технологической направленностей «Точка роста»",
    "Центр образования цифрового и гуманитарного профилей «Точка роста»",
]
# (slug, title); the first three every section has, the rest are drawn.
SUBSECTIONS = [
    ("obshchaya-informatsiya", "Общая информация о центре"),
    ("dokumenty", "Документы"),
    ("raspisanie", "Режим занятости / Расписание"),
    ("novosti", "Новости центра"),
    ("obrazovatelnye-programmy", "Образовательные программы"),
    ("pedagogi", "Педагоги"),
    ("mtb", "Материально-техническая база"),
    ("fotogalereya", "Фотогалерея"),
    ("meropriyatiya", "Мероприятия"),
    ("poleznye-ssylki", "Полезные ссылки"),
    ("kontakty", "Контакты центра"),
]
LINK_STYLES = ("menu", "banner", "submenu", "footer")

# Generic school pages: (path, menu group, title).
GENERIC = [
    ("/sveden/common/", "Сведения об образовательной организации", "Основные сведения"),
    ("/sveden/struct/", "Сведения об образовательной организации", "Структура и органы управления"),
    ("/sveden/document/", "Сведения об образовательной организации", "Документы"),
    ("/sveden/education/", "Сведения об образовательной организации", "Образование"),
    ("/sveden/eduStandarts/", "Сведения об образовательной организации", "Образовательные стандарты"),
    ("/sveden/managers/", "Сведения об образовательной организации", "Руководство"),
    ("/sveden/employees/", "Сведения об образовательной организации", "Педагогический состав"),
    ("/sveden/objects/", "Сведения об образовательной организации", "Материально-техническое обеспечение"),
    ("/sveden/grants/", "Сведения об образовательной организации", "Стипендии и меры поддержки"),
    ("/sveden/paid_edu/", "Сведения об образовательной организации", "Платные образовательные услуги"),
    ("/sveden/budget/", "Сведения об образовательной организации", "Финансово-хозяйственная деятельность"),
    ("/sveden/vacant/", "Сведения об образовательной организации", "Вакантные места для приёма"),
    ("/sveden/inter/", "Сведения об образовательной организации", "Международное сотрудничество"),
    ("/sveden/catering/", "Сведения об образовательной организации", "Организация питания"),
    ("/glavnoe/istoriya-shkoly/", "Главное", "История школы"),
    ("/glavnoe/dostizheniya/", "Главное", "Наши достижения"),
    ("/glavnoe/muzey/", "Главное", "Школьный музей"),
    ("/glavnoe/biblioteka/", "Главное", "Библиотека"),
    ("/glavnoe/shkolnyy-sportivnyy-klub/", "Главное", "Школьный спортивный клуб"),
    ("/glavnoe/shkolnyy-teatr/", "Главное", "Школьный театр"),
    ("/glavnoe/navigator/", "Главное", "Навигатор дополнительного образования"),
    ("/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/", "Родителям и ученикам", "Изменения в расписании"),
    ("/roditelyam-i-uchenikam/gia/", "Родителям и ученикам", "ГИА-2024"),
    ("/roditelyam-i-uchenikam/vpr/", "Родителям и ученикам", "Всероссийские проверочные работы"),
    ("/roditelyam-i-uchenikam/priem-v-1-klass/", "Родителям и ученикам", "Приём в 1 класс"),
    ("/roditelyam-i-uchenikam/bezopasnost/", "Родителям и ученикам", "Безопасность"),
    ("/roditelyam-i-uchenikam/psiholog/", "Родителям и ученикам", "Педагог-психолог"),
    ("/roditelyam-i-uchenikam/olimpiady/", "Родителям и ученикам", "Олимпиады"),
    ("/roditelyam-i-uchenikam/profilaktika/", "Родителям и ученикам", "Профилактика"),
    ("/roditelyam-i-uchenikam/kanikuly/", "Родителям и ученикам", "Каникулы"),
    ("/roditelyam-i-uchenikam/funktsionalnaya-gramotnost/", "Родителям и ученикам", "Функциональная грамотность"),
    ("/roditelyam-i-uchenikam/obrazovatelnye-resursy/", "Родителям и ученикам", "Образовательные ресурсы"),
    ("/dop-obrazovanie/kruzhki/", "Дополнительное образование", "Кружки и секции"),
    ("/dop-obrazovanie/pfdo/", "Дополнительное образование", "Персонифицированное финансирование"),
    ("/dop-obrazovanie/letniy-lager/", "Дополнительное образование", "Летний лагерь"),
    ("/dop-obrazovanie/proforientatsiya/", "Дополнительное образование", "Профориентация"),
    ("/dop-obrazovanie/rdsh/", "Дополнительное образование", "Движение первых"),
    ("/dop-obrazovanie/yunarmiya/", "Дополнительное образование", "Юнармия"),
    ("/obrashcheniya-grazhdan/", "Прочее", "Обращения граждан"),
    ("/protivodeystvie-korruptsii/", "Прочее", "Противодействие коррупции"),
    ("/dostupnaya-sreda/", "Прочее", "Доступная среда"),
    ("/antiterror/", "Прочее", "Антитеррористическая безопасность"),
    ("/kontakty/", "Прочее", "Контакты"),
    ("/karta-sayta/", "Прочее", "Карта сайта"),
]
NEWS_LISTS = ["/roditelyam-i-uchenikam/novosti/", "/novosti/", "/news/"]
EXTERNAL = [
    ("https://www.gosuslugi.ru/", "Госуслуги"), ("https://edu.gov.ru/", "Минпросвещения России"),
    ("https://obrnadzor.gov.ru/", "Рособрнадзор"), ("https://bus.gov.ru/", "bus.gov.ru"),
    ("https://xn--80aafey1amqq.xn--d1acj3b/", "Навигатор"), ("https://vk.com/club1", "Мы ВКонтакте"),
    ("https://t.me/school_news", "Telegram-канал"), ("https://sferum.ru/", "Сферум"),
    ("https://edu.ru/", "Российское образование"), ("https://metrika.yandex.ru/", "Яндекс.Метрика"),
]
UPLOAD_STYLES = ["/upload/iblock/{h}/{name}.pdf", "/wp-content/uploads/{y}/09/{name}.pdf",
                 "/netcat_files/50/{n}/{name}.pdf", "/files/docs/{name}.pdf"]

# Editions of the recommendations (docs/domain.md#editions-of-the-recommendations): link text and Latin file name.
EDITIONS = [
    ("от 01.03.2019 № Р-20", "Rasporyazhenie_R-20_ot_01.03.2019"),
    ("от 12.01.2021 № Р-6", "Rasporyazhenie_R-6_ot_12.01.2021"),
    ("от 01.11.2021 № ТВ-1913/02", "Metodicheskie_rekomendatsii_TV-1913_02"),
    ("от 31.05.2022 № ТВ-977/02", "Metodicheskie_rekomendatsii_TV-977_02"),
    ("от 30.11.2023 № ТВ-2356/02", "Metodicheskie_rekomendatsii_TV-2356_02"),
]
RECOMMENDATIONS_TITLE = (
    "Методические рекомендации по созданию и функционированию в общеобразовательных "
    "организациях, расположенных в сельской местности и малых городах, центров образования "
    "естественно-научной и технологической направленностей")
PDF_KINDS = {
    "rekomendatsii": [RECOMMENDATIONS_TITLE, "I. Общие положения", "II. Цели и задачи центров"],
    "prikaz": ["Приказ о создании Центра образования естественно-научной и технологической "
               "направленностей «Точка роста»", "В целях реализации федерального проекта "
               "«Современная школа» национального проекта «Образование» приказываю:"],
    "polozhenie": ["Положение о Центре образования естественно-научной и технологической "
                   "направленностей «Точка роста»", "1. Общие положения"],
    "plan": ["План учебно-воспитательных, внеурочных и социокультурных мероприятий "
             "центра «Точка роста»", "Сентябрь: День открытых дверей центра"],
    "raspisanie": ["Расписание занятий центра «Точка роста»", "Понедельник 14:30–15:10 "
                   "Робототехника, 5 класс", "Вторник 14:30–15:10 Химия в опытах, 8 класс"],
    "programma": ["Дополнительная общеобразовательная общеразвивающая программа "
                  "естественно-научной направленности", "Срок реализации: 1 год"],
    "uroki": ["Расписание уроков", "1 урок 8:30–9:10", "2 урок 9:20–10:00"],
    "ustav": ["Устав муниципального бюджетного общеобразовательного учреждения"],
}
WORDS = (
    "обучающиеся педагоги проект занятия центр школа урок опыт лаборатория оборудование "
    "конкурс олимпиада исследование технология биология химия физика робототехника "
    "программа родители результаты мероприятие экскурсия ученики класс направление "
    "творчество знания навыки практика дополнительное образование естественно-научной "
    "направленности цифровой профиль современная среда развитие интерес проведён "
    "состоялся приняли участие организован районный региональный этап победители призёры "
    "учитель наставник мастер-класс открытый день неделя науки экология здоровье "
    "безопасность спорт театр музей библиотека вожатый каникулы лагерь проектная деятельность "
    "микроскоп датчики цифровая лаборатория квадрокоптер 3D-принтер конструктор").split()
NEWS_TITLES = [
    "День знаний", "Неделя науки", "Итоги школьного этапа олимпиады", "Родительское собрание",
    "Экскурсия в краеведческий музей", "Акция «Чистый берег»", "Спортивный праздник",
    "Неделя безопасности", "Новогодний концерт", "Встреча с выпускниками", "День учителя",
    "Урок цифры", "Всероссийский урок ОБЖ", "Единый день профориентации", "Митинг памяти",
]
# Script-built sites (module docstring): site k is one when k % JS_EVERY == JS_OFFSET.
JS_EVERY, JS_OFFSET = 50, 3
JS_KINDS = ("inline", "fetch")
# inline: the content is inserted on the load event, as the builder in c01 does.
INLINE_OPEN = ('<div id="page-content"></div>\n<script>\nwindow.addEventListener("load", function () {\n'
               '  document.getElementById("page-content").innerHTML = PAGE_HTML;\n});\nvar PAGE_HTML = ')
INLINE_CLOSE = ";\n</script>"
# fetch: within what Splash's QtWebKit runs (no arrow functions); fetch() itself comes from the
# project's Splash polyfill, as for c03.
FETCH_SCRIPT = """<script>
fetch("{url}").then(function (answer) {{ return answer.json(); }}).then(function (items) {{
  var html = "";
  for (var i = 0; i < items.length; i++) {{
    html += '<div class="news-item"><a href="' + items[i].url + '"><h3>' + items[i].title + '</h3></a>'
      + '<div class="date">' + items[i].date + '</div></div>';
  }}
  document.getElementById("news-list").innerHTML = html;
}});
</script>"""

CENTER_NEWS_TITLES = [
    "Открытый урок в центре «Точка роста»", "Мастер-класс по робототехнике в «Точке роста»",
    "Неделя химии в центре «Точка роста»", "Исследовательские проекты «Точки роста»",
    "День открытых дверей центра «Точка роста»", "Цифровые лаборатории «Точки роста» на уроках физики",
]


@dataclass(frozen=True)
class SiteShape:
    """How much a site holds; each range is drawn per site (inclusive)."""
    pages: tuple[int, int]            # the HTML pages aimed at
    extra_subsections: tuple[int, int]  # section pages beyond the three every section has
    news: tuple[int, int]             # news items
    min_generic: int                  # ordinary school pages, at least
    section_docs: int                 # PDFs in the section's «Документы», the recommendations first
    timetable_docs: int               # PDF timetables next to the HTML one


FULL = SiteShape(pages=(30, 60), extra_subsections=(3, 6), news=(10, 30), min_generic=5, section_docs=4,
                 timetable_docs=2)
# about 10 requests a site: 8-9 pages, the recommendations and a timetable PDF
SMALL = SiteShape(pages=(8, 9), extra_subsections=(0, 0), news=(1, 3), min_generic=1, section_docs=1,
                  timetable_docs=1)


@dataclass
class Page:
    path: str  # the URL path links use
    title: str
    body: str = ""  # the page's own content, before padding
    crumbs: list[tuple[str, str]] = field(default_factory=list)
    script: str = ""  # how a browser builds it: "" (server-rendered), "inline" or "fetch"


def file_for(path: str) -> str:
    """The file nginx's ``try_files $uri $uri/index.html`` answers ``path`` from."""
    path = unquote(path)
    if path.endswith("/"):
        return path + "index.html"
    if path.rsplit("/", 1)[-1].count(".") == 0:
        return path + "/index.html"
    return path


class _Text:
    """Seeded pool of Russian paragraphs; pages are padded from it instead of drawing words
    one by one, which would make generating a 500-site web take minutes."""

    def __init__(self, seed: int, size: int = 400):
        rng = random.Random(f"{seed}:text")
        self.paragraphs = []
        for _ in range(size):
            sentences = []
            for _ in range(rng.randint(3, 6)):
                words = rng.choices(WORDS, k=rng.randint(8, 16))
                sentences.append(" ".join(words).capitalize() + ".")
            self.paragraphs.append(f"<p>{' '.join(sentences)}</p>\n")
        self.sizes = [len(p.encode()) for p in self.paragraphs]

    def pad(self, rng: random.Random, nbytes: int) -> str:
        out, total = [], 0
        while total < nbytes:
            k = rng.randrange(len(self.paragraphs))
            out.append(self.paragraphs[k])
            total += self.sizes[k]
        return "".join(out)


def _fmt_date(d: date, style: int, rng: random.Random) -> str:
    hm = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '15', '20', '40', '45'])}"
    if style == 0:
        return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} г."
    if style == 1:
        return d.strftime("%d.%m.%Y")
    if style == 2:
        return f"{d.strftime('%d.%m.%Y')} {hm}"
    if style == 3:
        return f"{d.strftime('%d-%m-%Y')}, {hm}. Разместил: admin"
    return f'<time datetime="{d.isoformat()}">{d.day} {MONTHS_GEN[d.month - 1]} {d.year}</time>'


class _Site:
    """Plans one school's site from its own random stream, then renders its pages."""

    def __init__(self, index: int, seed: int, text: _Text, shape: SiteShape = FULL):
        rng = self.rng = random.Random(f"{seed}:site:{index}")
        self.text = text
        self.host = f"school{index:04d}-bench.ru"
        self.base = f"http://{self.host}"
        region, municipalities = rng.choice(REGIONS)
        self.region, self.municipality = region, rng.choice(municipalities)
        self.name = f"МБОУ «СОШ № {rng.randint(1, 40)} {rng.choice(VILLAGES)}»"
        self.id = f"bench-{index:04d}"
        self.upload = rng.choice(UPLOAD_STYLES)
        self.date_style = rng.randrange(5)
        self.pages: list[Page] = []
        self.files: dict[str, str] = {}  # site path -> PDF kind
        self.js = js_kind(index)
        self.data: dict[str, bytes] = {}  # site path -> JSON a script of the site fetches
        self._plan(shape)

    # -- planning ---------------------------------------------------------------------
    def _doc(self, kind: str, name: str, year: int = 2023) -> str:
        path = self.upload.format(h=f"{self.rng.randrange(4096):03x}", n=self.rng.randint(100, 9999),
                                  y=year, name=name)
        self.files[path] = kind
        return path

    def _href(self, path: str) -> str:
        # Real sites mix root-relative and absolute links to themselves.
        return self.base + path if self.rng.random() < 0.2 else path

    def _plan(self, shape: SiteShape) -> None:
        rng = self.rng
        target = rng.randint(*shape.pages)
        root = rng.choice(SECTION_ROOTS)
        self.section_name = rng.choice(SECTION_NAMES)
        self.section_root = root
        subs = SUBSECTIONS[:3] + rng.sample(SUBSECTIONS[3:], rng.randint(*shape.extra_subsections))
        numbered = rng.random() < 0.3
        self.sub_links = []
        for k, (slug, title) in enumerate(subs, start=1):
            if root.startswith("/index/"):  # uCoz: every page is /index/<translit>/0-N
                path = f"/index/{slug.replace('-', '_')}/0-{87 + k}"
            else:
                path = f"{root}{slug}/"
            self.sub_links.append((path, f"{k:02d}. {title}" if numbered else title, slug))
        self.link_styles = set(rng.sample(LINK_STYLES, rng.randint(1, 3)))

        news_list = rng.choice(NEWS_LISTS)
        n_news = rng.randint(*shape.news)
        center_share = rng.choice([0.0, 0.15, 0.3, 0.5])
        days = sorted(rng.sample(range(0, 465), n_news), reverse=True)
        self.news = []  # (path, title, date, about_center)
        for k, offset in enumerate(days):
            d = date(2023, 12, 12) - timedelta(days=offset)
            about = rng.random() < center_share
            title = rng.choice(CENTER_NEWS_TITLES if about else NEWS_TITLES)
            self.news.append((f"{news_list}{d.isoformat()}-{k}.html", title, d, about))
        self.news_pages = [news_list] + [f"{news_list}page-{p}/" for p in range(2, (n_news - 1) // 10 + 2)]

        fixed = 1 + 1 + len(subs) + len(self.news_pages) + n_news
        n_generic = max(shape.min_generic, min(len(GENERIC), target - fixed))
        self.generic = sorted(rng.sample(GENERIC, n_generic), key=GENERIC.index)

        current = rng.random() < 0.7
        self.tt_year = "2023-2024" if current else rng.choice(["2021-2022", "2022-2023"])
        ed_text, ed_file = rng.choice(EDITIONS)
        documents = [
            ("rekomendatsii", ed_file, f"Письмо Минпросвещения России «О направлении методических рекомендаций» {ed_text}"),
            ("prikaz", "Prikaz_o_sozdanii_tsentra", "Приказ о создании центра «Точка роста»"),
            ("polozhenie", "Polozhenie_o_tsentre", "Положение о центре"),
            ("plan", f"Plan_meropriyatiy_{self.tt_year}", f"План мероприятий центра на {self.tt_year} учебный год"),
        ]
        self.docs = [(self._doc(kind, name), text) for kind, name, text in documents[:shape.section_docs]]
        # Documents are generated only where a page of this site links them.
        slugs = {slug for slug, _ in subs}
        self.programs = [(self._doc("programma", f"Programma_{slug}"), title) for slug, title in
                         rng.sample([("robototekhnika", "Робототехника"), ("himiya", "Химия в опытах"),
                                     ("biologiya", "Юный биолог"), ("fizika", "Занимательная физика"),
                                     ("3d", "3D-моделирование")], rng.randint(2, 3))
                         ] if "obrazovatelnye-programmy" in slugs else []
        self.tt_docs = [(self._doc("raspisanie", f"Raspisanie_{kind}_{self.tt_year}"),
                         f"Расписание {label} на {self.tt_year} уч. г.")
                        for kind, label in [("vneurochnaya", "внеурочной деятельности"),
                                            ("dop", "дополнительного образования")][:shape.timetable_docs]]
        generic = {path for path, _, _ in self.generic}
        self.school_docs = {}  # generic page -> its documents
        if "/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/" in generic:
            self.school_docs["/roditelyam-i-uchenikam/izmeneniya-v-raspisanii/"] = [
                (self._doc("uroki", f"Raspisanie_urokov_{self.tt_year}"),
                 f"Расписание уроков на {self.tt_year} учебный год")]
        if "/sveden/document/" in generic:
            self.school_docs["/sveden/document/"] = [(self._doc("ustav", "Ustav"), "Устав школы")]

    # -- rendering --------------------------------------------------------------------
    def _menu(self) -> str:
        groups: dict[str, list[tuple[str, str]]] = {}
        for path, group, title in self.generic:
            groups.setdefault(group, []).append((path, title))
        groups.setdefault("Родителям и ученикам", []).insert(0, (self.news_pages[0], "Новости"))
        if "submenu" in self.link_styles:
            parent = self.rng.choice(sorted(groups))
            groups[parent].append((self.section_root, self.section_name))
        if "menu" in self.link_styles:
            groups[self.section_name] = [(self.section_root, "О центре")] + [
                (p, t) for p, t, _ in self.sub_links]
        out = ['<nav class="main-menu"><ul class="menu-level-1">']
        for group, items in groups.items():
            out.append(f'<li class="has-children"><a href="#" class="menu-toggle">{escape(group)}</a>'
                       '<ul class="menu-level-2">')
            out.extend(f'<li class="menu-item"><a href="{escape(self._href(p))}" '
                       f'title="{escape(t)}">{escape(t)}</a></li>' for p, t in items)
            out.append("</ul></li>")
        out.append("</ul></nav>\n")
        return "".join(out)

    def _footer(self) -> str:
        links = [(p, t) for p, _, t in self.generic[:12]]
        if "footer" in self.link_styles:
            links.append((self.section_root, self.section_name))
        ext = "".join(f'<li><a href="{u}" target="_blank" rel="noopener">{escape(t)}</a></li>'
                      for u, t in EXTERNAL)
        own = "".join(f'<li><a href="{escape(self._href(p))}">{escape(t)}</a></li>' for p, t in links)
        return (f'<footer class="site-footer"><div class="footer-col"><ul>{own}</ul></div>'
                f'<div class="footer-col"><ul>{ext}</ul></div>'
                f'<div class="footer-contacts"><p>{escape(self.name)}, {escape(self.municipality)}, '
                f'{escape(self.region)}</p><p><a href="tel:+74951234567">+7 (495) 123-45-67</a> '
                f'<a href="mailto:school@{self.host}">school@{self.host}</a></p>'
                f'<p>&copy; 2015–2023 {escape(self.name)}. Все права защищены.</p></div></footer>\n')

    def _sidebar(self) -> str:
        latest = "".join(f'<li><a href="{escape(self._href(p))}">{escape(t)}</a> '
                         f'<span class="date">{d.strftime("%d.%m.%Y")}</span></li>'
                         for p, t, d, _ in self.news[:5])
        banner = ""
        if "banner" in self.link_styles:
            # Often only the image's file name and alt text say where the banner leads.
            banner = (f'<a href="{escape(self._href(self.section_root))}" class="banner">'
                      f'<img src="/upload/banners/tochka-300x180.jpg" alt="{escape(self.section_name)}" '
                      'width="300" height="180"></a>')
        ext = "".join(f'<a href="{u}" class="banner"><img src="/upload/banners/b{k}.png" alt="{escape(t)}"></a>'
                      for k, (u, t) in enumerate(EXTERNAL[:6]))
        return (f'<aside class="sidebar">{banner}<div class="widget"><h3>Последние новости</h3>'
                f'<ul>{latest}</ul></div><div class="widget banners">{ext}</div></aside>\n')

    def render(self, page: Page, menu: str, tail: str) -> str:
        size = self.rng.randint(20_000, 58_000)
        crumbs = " / ".join(f'<a href="{escape(p)}">{escape(t)}</a>'
                            for p, t in [("/", "Главная"), *page.crumbs])
        head = (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
                f'<title>{escape(page.title)} — {escape(self.name)}</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="stylesheet" href="/static/css/main.css?v=31">'
                '<link rel="stylesheet" href="/static/css/bvi.min.css">'
                '<script src="/static/js/jquery-3.6.0.min.js"></script>'
                '<script src="/static/js/main.js?v=31"></script></head>\n<body class="page">'
                f'<header class="site-header"><a href="/" class="logo"><img src="/static/img/logo.png" '
                f'alt="Логотип"></a><div class="site-name">{escape(self.name)}</div>'
                '<form action="/search/" class="search"><input name="q" placeholder="Поиск"></form>'
                '<a href="javascript:void(0)" class="bvi-open">Версия для слабовидящих</a></header>\n')
        shell = head + menu + f'<div class="breadcrumbs">{crumbs}</div><main class="content">'
        content = f'<h1>{escape(page.title)}</h1>{page.body}'
        end = "</main>" + tail + "</body></html>\n"
        if page.script == "inline":
            # The whole content, padding included, is a JS string (escaping adds ~1%).
            frame = shell + INLINE_OPEN + INLINE_CLOSE + end
            filler = self.text.pad(self.rng, size - len(frame.encode()) - len(content.encode()))
            return shell + INLINE_OPEN + _js_string(content + filler) + INLINE_CLOSE + end
        filler = self.text.pad(self.rng, size - len(shell.encode()) - len(content.encode()) - len(end.encode()))
        return shell + content + filler + end

    def build_pages(self) -> list[Page]:
        sec = self.section_name
        sec_crumb = (self.section_root, sec)
        sub_nav = "<ul class=\"section-nav\">" + "".join(
            f'<li><a href="{escape(self._href(p))}">{escape(t)}</a></li>' for p, t, _ in self.sub_links) + "</ul>"
        center_news = [n for n in self.news if n[3]]

        def news_items(items) -> str:
            return "<div class=\"news-list\">" + "".join(
                f'<div class="news-item"><a href="{escape(self._href(p))}"><h3>{escape(t)}</h3></a>'
                f'<div class="date">{_fmt_date(d, self.date_style, self.rng)}</div></div>'
                for p, t, d, _ in items) + "</div>"

        def doc_list(docs) -> str:
            return "<ul class=\"docs\">" + "".join(
                f'<li><a href="{escape(self._href(p))}">{escape(t)}</a> (PDF)</li>' for p, t in docs) + "</ul>"

        pages = [Page("/", "Главная", "<h2>Новости</h2>" + news_items(self.news[:6])),
                 Page(self.section_root, sec,
                      f"<p>{escape(sec)} создан в 2021 году в рамках федерального проекта «Современная школа» "
                      f"национального проекта «Образование».</p>" + sub_nav)]
        for path, title, slug in self.sub_links:
            body = sub_nav
            if slug == "dokumenty":
                body += doc_list(self.docs)
            elif slug == "raspisanie":
                rows = "".join(f"<tr><td>{day}</td><td>14:30–15:10</td><td>{prog}</td><td>{cls} класс</td></tr>"
                               for day, prog, cls in [("Понедельник", "Робототехника", 5), ("Вторник", "Химия в опытах", 8),
                                                      ("Среда", "Юный биолог", 6), ("Четверг", "Физика", 7)])
                body += (f"<h2>Расписание занятий центра «Точка роста» на {self.tt_year} учебный год</h2>"
                         f"<table class=\"timetable\"><tr><th>День</th><th>Время</th><th>Объединение</th>"
                         f"<th>Класс</th></tr>{rows}</table>" + doc_list(self.tt_docs))
            elif slug == "obrazovatelnye-programmy":
                body += doc_list(self.programs)
            elif slug in ("novosti", "meropriyatiya"):
                body += news_items(center_news)
            pages.append(Page(path, title, body, [sec_crumb]))
        if self.js == "inline":  # the builder ships the center's whole section as script
            for page in pages[1:]:
                page.script = "inline"
        for k, list_path in enumerate(self.news_pages):
            chunk = self.news[k * 10:(k + 1) * 10]
            pager = " ".join(f'<a href="{escape(p)}">{n}</a>' for n, p in enumerate(self.news_pages, start=1))
            pager = f'<div class="pager">{pager}</div>'
            if self.js == "fetch":
                data = f"/api/news/page-{k + 1}.json"
                self.data[data] = json.dumps(
                    [{"url": p, "title": escape(t), "date": _fmt_date(d, self.date_style, self.rng)}
                     for p, t, d, _ in chunk], indent=1).encode()  # ASCII: nginx sends no charset for JSON
                pages.append(Page(list_path, "Новости",
                                  '<div id="news-list" class="news-list"></div>' + pager + FETCH_SCRIPT.format(url=data),
                                  [(self.news_pages[0], "Новости")], script="fetch"))
            else:
                pages.append(Page(list_path, "Новости", news_items(chunk) + pager, [(self.news_pages[0], "Новости")]))
        for k, (path, title, d, about) in enumerate(self.news):
            text = (f"<p>В центре «Точка роста» прошло занятие для учащихся {self.rng.randint(5, 9)} классов.</p>"
                    if about else "<p>В школе прошло мероприятие.</p>")
            nav = "".join(f'<a href="{escape(self.news[j][0])}" class="{cls}">{escape(self.news[j][1])}</a>'
                          for j, cls in [(k - 1, "prev"), (k + 1, "next")] if 0 <= j < len(self.news))
            pages.append(Page(path, title, f'<div class="date">{_fmt_date(d, self.date_style, self.rng)}</div>'
                              f'{text}<div class="news-nav">{nav}</div>', [(self.news_pages[0], "Новости")]))
        for path, group, title in self.generic:
            body = doc_list(self.school_docs[path]) if path in self.school_docs else ""
            pages.append(Page(path, title, body, [(path, group)]))
        return pages

    def seed_row(self) -> dict:
        return {"id": self.id, "name": self.name, "region": self.region, "url": self.base + "/",
                "center_type": "tochka_rosta", "municipality": self.municipality,
                "section_url": self.base + self.section_root if self.rng.random() < 0.1 else ""}


def _pdf(kind: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    # Fixed dates: the bytes must not depend on the day the web was generated.
    pdf.set_creation_date(datetime(2023, 9, 1, tzinfo=UTC))
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for line in PDF_KINDS[kind]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def js_kind(index: int) -> str | None:
    """How site ``index`` is built by script, or None: one site in every ``JS_EVERY``, the
    kinds alternating, so any web of 100 or more sites has both."""
    if index % JS_EVERY != JS_OFFSET:
        return None
    return JS_KINDS[(index // JS_EVERY) % len(JS_KINDS)]


def _js_string(html: str) -> str:
    """A JavaScript string literal holding ``html``, safe inside a <script> element."""
    return json.dumps(html, ensure_ascii=False).replace("</", "<\\/")


SEED_FIELDS = ["id", "name", "region", "url", "center_type", "municipality", "section_url"]


def build(out: Path, n_sites: int, seed: int = DEFAULT_SEED, *, only: set[int] | None = None,
          small: bool = False) -> Path:
    """Write the web of ``n_sites`` sites under ``out``; return the seeds file. ``only``
    (for tests) writes just those of the sites, each the same as in the whole web; ``small``
    makes every site about 10 pages (module docstring)."""
    out = Path(out)
    for sub in ("sites", "pdf"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    pdfs = {}
    for kind in PDF_KINDS:
        pdfs[kind] = out / "pdf" / f"{kind}.pdf"
        pdfs[kind].write_bytes(_pdf(kind))
    text = _Text(seed)
    rows, n_pages, n_bytes = [], 0, 0
    js_sites: dict[str, str] = {}  # host -> kind
    script_built: list[str] = []  # URLs of the pages a browser builds by script
    for index in range(1, n_sites + 1):
        if only is not None and index not in only:
            continue
        site = _Site(index, seed, text, SMALL if small else FULL)
        if site.js:
            js_sites[site.host] = site.js
        root = out / "sites" / site.host
        menu, tail = site._menu(), site._sidebar() + site._footer()
        for page in site.build_pages():
            target = root / file_for(page.path).lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            data = site.render(page, menu, tail).encode()
            target.write_bytes(data)
            n_pages += 1
            n_bytes += len(data)
            if page.script:
                script_built.append(site.base + page.path)
        for path, data in site.data.items():
            target = root / file_for(path).lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for path, kind in site.files.items():
            target = root / file_for(path).lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(pdfs[kind], target)  # one body per kind: disk holds each PDF once
        (root / "robots.txt").write_text("User-agent: *\nDisallow: /search/\n")
        rows.append(site.seed_row())
    seeds = out / "seeds.csv"
    with seeds.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, SEED_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    (out / "web.json").write_text(json.dumps(
        {**_stamp(n_sites, seed, small), **({"only": sorted(only)} if only is not None else {}),
         "html_pages": n_pages, "html_bytes": n_bytes, "js_sites": js_sites, "script_built": script_built},
        indent=1, ensure_ascii=False))
    return seeds


def _stamp(n_sites: int, seed: int, small: bool) -> dict:
    # The generator's own source is part of the key: editing it invalidates the cache.
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return {"sites": n_sites, "seed": seed, "small": small, "generator": source}


def ensure(out: Path, n_sites: int, seed: int = DEFAULT_SEED, *, small: bool = False,
           larger_ok: bool = False) -> tuple[Path, bool]:
    """The seeds file of a web of ``n_sites`` (``small``: of about 10 pages each), generating
    it unless ``out`` already holds exactly that web; the flag says whether it was reused.
    ``larger_ok``: a web of more sites will do, since site k is the same in any web; its seeds
    file then lists them all, and the caller takes the first ``n_sites`` rows."""
    out = Path(out)
    try:
        stamp = json.loads((out / "web.json").read_text())
    except (OSError, ValueError):
        stamp = {}
    wanted = {**_stamp(n_sites, seed, small), "only": None}
    found = {k: stamp.get(k) for k in wanted}
    if found == wanted or (larger_ok and found == {**wanted, "sites": found["sites"]} and found["sites"] >= n_sites):
        return out / "seeds.csv", True
    (out / "web.json").unlink(missing_ok=True)  # a half-written web must not look complete
    return build(out, n_sites, seed, small=small), False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=500)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=Path(".run/bench"))
    parser.add_argument("--small", action="store_true", help="sites of about 10 pages (make bench-scale)")
    args = parser.parse_args()
    seeds, reused = ensure(args.out, args.sites, args.seed, small=args.small)
    print(f"{'reused' if reused else 'generated'} {seeds}")


if __name__ == "__main__":
    main()
