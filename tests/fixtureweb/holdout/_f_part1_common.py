"""Helpers shared by the hold-out modules f_part1a and f_part1b: the school's identity,
documents built lazily, news lists, timetable grids and a scanned timetable picture.

Holds no sites itself (the leading underscore keeps collectors away).
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tests.fixtureweb.kit import DOCX, FONT, PDF, XLSX, Resource, Site, docx_bytes, pdf_bytes, xlsx_bytes
from tests.fixtureweb.sites.a_common import html_table, lazy_file, serve_images

JPEG = "image/jpeg"


@dataclass(frozen=True)
class School:
    """Who the site belongs to: every page's header and footer is built from this."""
    sid: str
    full: str       # «Муниципальное бюджетное общеобразовательное учреждение …»
    short: str      # «МБОУ СОШ № 3 с. Ивановка»
    town: str
    region: str
    municipality: str
    address: str
    phone: str
    email: str
    director: str
    host: str
    scheme: str = "https"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}/"

    def seed(self, center_type: str = "tochka_rosta") -> dict:
        return {"id": self.sid, "name": self.short, "region": self.region,
                "municipality": self.municipality, "url": self.url, "center_type": center_type}


def new_site(school: School, expected: dict, notes: str, *, center_type: str = "tochka_rosta",
             soft404: bool = False, dead: bool = False, extra_hosts: tuple[str, ...] = ()) -> Site:
    site = Site(school.host, school.seed(center_type), {"status": "unreachable" if dead else "ok", **expected},
                notes, soft404=soft404, dead=dead, extra_hosts=extra_hosts)
    return site


def finish(site: Site) -> Site:
    """Last step of every builder: all other photos, banners and logos answer too (as on a
    real site with its albums). Dynamic handlers are tried in order, so the real pictures
    registered earlier by ``picture`` keep their content."""
    for host in site.hosts:
        serve_images(site, host=host)
        site.dynamic(r"/[^?]*\.css(?:\?.*)?", _stylesheet, host=host)
    return site


def _stylesheet(_target: str, _headers: dict) -> Resource:
    return Resource(b"body{font-family:Arial,sans-serif;font-size:14px}", headers={"Content-Type": "text/css"})


# -- documents ---------------------------------------------------------------------------
def pdf_doc(site: Site, target: str, lines: list[str], *, title: str = "", created: str | None = "20200101",
            host: str | None = None) -> None:
    lazy_file(site, target, lambda: pdf_bytes(lines, title=title, created=created), PDF, host=host)


def docx_doc(site: Site, target: str, paragraphs: list[str], table: list[list[str]] | None = None, *,
             created: datetime | None = None, author: str = "", host: str | None = None) -> None:
    lazy_file(site, target, lambda: docx_bytes(paragraphs, table, created=created, author=author), DOCX, host=host)


def xlsx_doc(site: Site, target: str, rows: list[list[str]], *, sheet: str = "Расписание",
             host: str | None = None) -> None:
    lazy_file(site, target, lambda: xlsx_bytes(rows, sheet), XLSX, host=host)


def picture(site: Site, target: str, build: Callable[[], bytes], *, host: str | None = None) -> None:
    """A picture with real content (call before ``finish``)."""
    lazy_file(site, target, build, JPEG, host=host)


def timetable_jpeg(heading: str, rows: list[list[str]], *, size: tuple[int, int] = (1200, 850)) -> bytes:
    """A photographed/scanned timetable: a heading line and a ruled grid, in a font large
    enough for OCR to read; the picture is the only place the heading is written."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    title_font = ImageFont.truetype(FONT, 30)
    cell_font = ImageFont.truetype(FONT, 20)
    y = 40
    for line in _wrap(heading, 60):
        draw.text((40, y), line, fill=(0, 0, 0), font=title_font)
        y += 42
    y += 20
    columns = len(rows[0])
    col_width = (width - 80) // columns
    row_height = max(44, (height - y - 40) // len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            x0, y0 = 40 + c * col_width, y + r * row_height
            draw.rectangle([x0, y0, x0 + col_width, y0 + row_height], outline=(0, 0, 0), width=2)
            draw.text((x0 + 8, y0 + 10), value, fill=(0, 0, 0), font=cell_font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current] if current else lines


# -- page pieces --------------------------------------------------------------------------
def table(rows: list[list[str]], attrs: str = 'border="1" cellpadding="4" cellspacing="0"') -> str:
    return html_table(rows, attrs)


def link_list(links: list[tuple[str, str]], css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f"<ul{cls}>" + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links) + "</ul>"


def bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def template_intro(school_phrase: str, year: int) -> str:
    """The regional template text sections open with, in this writer's own wording."""
    return (f"<p>Центр образования естественно-научной и технологической направленностей «Точка роста» открыт {school_phrase} "
            f"в {year} году в рамках федерального проекта «Современная школа» национального проекта "
            f"«Образование».</p><p>Центры «Точка роста» на базе общеобразовательных организаций сельской "
            f"местности и малых городов создаются для того, чтобы повысить качество общего образования: "
            f"обновляются учебные помещения, закупается современное оборудование, педагоги проходят "
            f"повышение квалификации, расширяется практическая часть программ.</p>")


# Week grids the sites reuse in their own words; every row is one group or one class.
CLUBS_2023 = [
    ["Объединение", "Педагог", "Группа", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница"],
    ["«Химия вокруг нас»", "Гусева Т.А.", "8 кл.", "14:40–15:20", "", "14:40–15:20", "", ""],
    ["«Юный исследователь»", "Гусева Т.А.", "5–6 кл.", "", "13:50–14:30", "", "13:50–14:30", ""],
    ["«Физика в задачах и опытах»", "Лапин Р.С.", "9 кл.", "", "15:30–16:10", "", "", "14:40–15:20"],
    ["«Робототехника»", "Лапин Р.С.", "6–7 кл.", "15:30–16:10", "", "", "15:30–16:10", ""],
    ["«Живая лаборатория»", "Чернова О.И.", "7 кл.", "", "", "15:30–16:10", "", "13:50–14:30"],
]

LESSONS_2023 = [
    ["Класс", "Предмет", "День", "Урок", "Время", "Кабинет"],
    ["7а", "Физика", "Понедельник", "3", "10:00–10:40", "Центр «Точка роста», каб. 12"],
    ["7б", "Физика", "Вторник", "2", "09:00–09:40", "Центр «Точка роста», каб. 12"],
    ["8а", "Химия", "Среда", "4", "11:00–11:40", "Центр «Точка роста», каб. 14"],
    ["9а", "Биология", "Четверг", "5", "12:00–12:40", "Центр «Точка роста», каб. 14"],
    ["5б", "Технология", "Пятница", "1–2", "08:00–09:40", "Центр «Точка роста», каб. 12"],
]

SCAN_GRID = [
    ["День", "Время", "Объединение", "Класс"],
    ["Пн", "14:30", "Робототехника", "5-6"],
    ["Вт", "14:30", "Юный химик", "8"],
    ["Ср", "15:20", "Физика в опытах", "7"],
    ["Чт", "14:30", "Биология", "6"],
    ["Пт", "15:20", "3D-моделирование", "8-9"],
]


INFO_TITLES = {"basic": "Основные сведения", "management": "Руководство", "food": "Организация питания",
               "contacts": "Контакты"}


def school_info_pages(site: Site, theme: Callable[[str, str], str], school: School, paths: dict[str, str], *,
                      founded: str, pupils: int) -> list[tuple[str, str]]:
    """The school-wide pages every site has («Сведения об образовательной организации» and
    the like), each filled with this school's own facts; ``paths`` maps a kind of
    ``INFO_TITLES`` to the page's target on this platform. Returns (title, target) for menus."""
    bodies = {
        "basic": table([["Полное наименование", school.full], ["Дата создания", founded],
                        ["Учредитель", f"Администрация: {school.municipality}"], ["Адрес", school.address],
                        ["Численность обучающихся", str(pupils)]]),
        "management": f"<p>Директор: {school.director}</p><p>Телефон приёмной: {school.phone}</p>",
        "food": "<p>Горячее питание организовано для всех обучающихся. Ежедневное меню размещается в разделе «Меню».</p>",
        "contacts": f"<p>Адрес: {school.address}</p><p>Телефон: {school.phone}</p>"
                    f"<p>Электронная почта: <a href='mailto:{school.email}'>{school.email}</a></p>",
    }
    for kind, target in paths.items():
        site.page(target, theme(INFO_TITLES[kind], f"<h1>{INFO_TITLES[kind]}</h1>{bodies[kind]}"))
    return [(INFO_TITLES[kind], target) for kind, target in paths.items()]


def news_items(site: Site, theme: Callable[[str, str], str], items: list[dict]) -> None:
    """Each item: target, title, body html, optional 'date_html' shown above the body."""
    for item in items:
        body = item.get("date_html", "") + item["body"]
        site.page(item["target"], theme(item["title"], f"<h1>{item['title']}</h1>{body}"))


def news_list(items: list[dict], *, date_key: str = "list_date", css: str = "news-list") -> str:
    """A listing of news entries: date (as the listing prints it), linked title, teaser."""
    rows = []
    for item in items:
        date = item.get(date_key, "")
        date_html = f'<span class="date">{date}</span> ' if date else ""
        rows.append(f'<div class="item">{date_html}<a href="{item["target"]}">{item["title"]}</a>'
                    f'<p>{item.get("teaser", "")}</p></div>')
    return f'<div class="{css}">' + "".join(rows) + "</div>"


def recommendations_lines(letter_line: str | None) -> list[str]:
    """Opening of the recommendations file as schools upload it."""
    head = [letter_line] if letter_line else []
    return head + [
        "Методические рекомендации по созданию и функционированию в общеобразовательных "
        "организациях, расположенных в сельской местности и малых городах, центров образования "
        "естественно-научной и технологической направленностей",
        "1. Общие положения",
        "Центр является структурным подразделением общеобразовательной организации и создаётся "
        "в целях совершенствования условий для повышения качества образования.",
    ]


__all__ = ["School", "new_site", "finish", "pdf_doc", "docx_doc", "xlsx_doc", "picture", "timetable_jpeg", "table",
           "link_list", "bullets", "paragraphs", "template_intro", "CLUBS_2023", "LESSONS_2023", "SCAN_GRID",
           "school_info_pages", "news_items", "news_list", "recommendations_lines", "PDF", "DOCX", "XLSX", "JPEG"]
