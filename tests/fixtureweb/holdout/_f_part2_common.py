"""Helpers of the hold-out modules f_part2a and f_part2b: the school's identity, lazily
built documents, news pages, week grids, a scanned timetable picture, the documents-with-
cards of the regional school platforms and a script-built section.

Holds no sites itself (the leading underscore keeps collectors away).
"""
from __future__ import annotations

import io
import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from tests.fixtureweb.kit import DOCX, FONT, PDF, XLSX, Resource, Site, docx_bytes, pdf_bytes, xlsx_bytes
from tests.fixtureweb.sites.a_common import html_table, lazy_file, recommendations_text, serve_images

Theme = Callable[[str, str], str]  # (title, body html) -> the whole page


@dataclass(frozen=True)
class School:
    """Whose site it is; the platform themes print these in headers and footers."""
    sid: str
    full: str
    short: str
    town: str
    region: str
    municipality: str
    address: str
    phone: str
    email: str
    director: str
    host: str

    def seed(self, center_type: str, url: str) -> dict:
        return {"id": self.sid, "name": self.short, "region": self.region, "municipality": self.municipality,
                "url": url, "center_type": center_type}


def new_site(school: School, expected: dict, notes: str, *, center_type: str = "tochka_rosta",
             seed_path: str = "/", scheme: str = "https", soft404: bool = False) -> Site:
    seed = school.seed(center_type, f"{scheme}://{school.host}{seed_path}")
    return Site(school.host, seed, {"status": "ok", **expected}, notes, soft404=soft404)


STYLES_AND_SCRIPTS = {"css": ("text/css", b"body{font-family:Arial,sans-serif}"),
                      "js": ("application/javascript", b"/* template script */")}


def _static_asset(target: str, _headers: dict) -> Resource:
    content_type, body = STYLES_AND_SCRIPTS[target.split("?")[0].rsplit(".", 1)[1]]
    return Resource(body, headers={"Content-Type": content_type})


def finish(site: Site) -> Site:
    """Every other photo, banner, style sheet and template script answers too, as on a real
    site; real pictures and scripts were registered first and win."""
    serve_images(site)
    site.dynamic(r"/[^?]*\.(?:css|js)(?:\?.*)?", _static_asset)
    return site


def pdf_doc(site: Site, target: str, lines: list[str], *, title: str = "", created: str | None = "20200101") -> None:
    lazy_file(site, target, lambda: pdf_bytes(lines, title=title, created=created), PDF)


def docx_doc(site: Site, target: str, paragraphs: list[str], grid: list[list[str]] | None = None, *,
             created: datetime | None = None) -> None:
    lazy_file(site, target, lambda: docx_bytes(paragraphs, grid, created=created), DOCX)


def xlsx_doc(site: Site, target: str, rows: list[list[str]]) -> None:
    lazy_file(site, target, lambda: xlsx_bytes(rows), XLSX)


def jpeg(site: Site, target: str, build: Callable[[], bytes]) -> None:
    lazy_file(site, target, build, "image/jpeg")


def scanned_timetable(heading: str, grid: list[list[str]]) -> bytes:
    """A 1200x850 photo of a printed timetable: the heading (the only place its year is
    written) above a ruled grid, in a size OCR reads."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("RGB", (1200, 850), (250, 250, 246))
    pen = ImageDraw.Draw(page)
    big, small = ImageFont.truetype(FONT, 32), ImageFont.truetype(FONT, 22)
    top = 50
    for line in textwrap.wrap(heading, 56):
        pen.text((50, top), line, font=big, fill=(10, 10, 10))
        top += 46
    top += 30
    cell_w, cell_h = 1100 // len(grid[0]), 60
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            x, y = 50 + c * cell_w, top + r * cell_h
            pen.rectangle([x, y, x + cell_w, y + cell_h], outline=(0, 0, 0), width=2)
            pen.text((x + 10, y + 16), text, font=small, fill=(10, 10, 10))
    out = io.BytesIO()
    page.save(out, "JPEG", quality=88)
    return out.getvalue()


# -- page pieces --------------------------------------------------------------------------
table = html_table


def link_list(links: list[tuple[str, str]], css: str = "") -> str:
    return f'<ul class="{css}">' + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links) + "</ul>"


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def template_intro(on_base: str, year: int, profile: str = "естественно-научной и технологической") -> str:
    """The opening text copied from the regional template, with the school's own name in it."""
    return (f"<p>Центр образования {profile} направленностей «Точка роста» {on_base} начал работу в {year} "
            "году в рамках федерального проекта «Современная школа» национального проекта «Образование».</p>"
            "<p>Центр создан, чтобы ученики сельской школы осваивали физику, химию, биологию и технологию на "
            "современном оборудовании, а педагоги — новые методики обучения.</p>")


def recommendations_lines(letter_line: str | None) -> list[str]:
    return recommendations_text(letter_line)


def news_item(target: str, title: str, body: str, *, date: str = "", shown_date: str = "") -> dict:
    """One news entry: ``date`` is what the listing prints, ``shown_date`` what the item page
    prints above its text (defaults to the same)."""
    return {"target": target, "title": title, "body": body, "date": date, "shown": shown_date or date}


def news_items(site: Site, theme: Theme, items: list[dict]) -> None:
    for item in items:
        stamp = f'<div class="news-date">{item["shown"]}</div>' if item["shown"] else ""
        site.page(item["target"], theme(item["title"], f'<h1>{item["title"]}</h1>{stamp}<p>{item["body"]}</p>'))


def news_list(items: list[dict]) -> str:
    rows = "".join(
        '<div class="news-item">' + (f'<span class="date">{i["date"]}</span> ' if i["date"] else "")
        + f'<a href="{i["target"]}">{i["title"]}</a><p>{i["body"][:90]}…</p></div>' for i in items)
    return f'<div class="news-list">{rows}</div>'


def plain_pages(site: Site, theme: Theme, pages: list[tuple[str, str, str]], **page_options) -> None:
    """Ordinary pages around the section: (target, title, body html); ``page_options`` go to
    ``Site.page`` (charset, declare)."""
    for target, title, body in pages:
        site.page(target, theme(title, f"<h1>{title}</h1>{body}"), **page_options)


# Week grids of the centers, in this writer's wording.
CLUBS_2023 = [
    ["Объединение", "Руководитель", "Классы", "Пн", "Вт", "Ср", "Чт", "Пт"],
    ["«Мир под микроскопом»", "Кудрявцева Л.Н.", "5", "14:20–15:00", "", "14:20–15:00", "", ""],
    ["«Занимательная химия»", "Кудрявцева Л.Н.", "8–9", "", "15:10–15:50", "", "", "15:10–15:50"],
    ["«Физика вокруг нас»", "Матвеев О.С.", "7", "", "14:20–15:00", "", "14:20–15:00", ""],
    ["«Лего-конструирование»", "Матвеев О.С.", "3–4", "15:10–15:50", "", "", "", "14:20–15:00"],
]
LESSONS_2023 = [
    ["Класс", "Предмет", "День недели", "Урок", "Кабинет"],
    ["7а", "Физика", "Понедельник", "2", "Точка роста, лаборатория физики"],
    ["8а", "Химия", "Вторник", "4", "Точка роста, лаборатория химии"],
    ["8б", "Химия", "Среда", "3", "Точка роста, лаборатория химии"],
    ["9а", "Биология", "Четверг", "5", "Точка роста, лаборатория биологии"],
    ["6а", "Технология", "Пятница", "1–2", "Точка роста, мастерская"],
]
SCAN_GRID = [
    ["День", "Время", "Объединение", "Классы"],
    ["Понедельник", "14:30", "Робототехника", "5–6"],
    ["Вторник", "15:20", "Химия в быту", "8"],
    ["Среда", "14:30", "Юный эколог", "6"],
    ["Четверг", "15:20", "Физика в опытах", "7"],
]


# The federal programme's boilerplate, in this writer's wording: not about any one center.
PROGRAMME_BOILERPLATE = (
    "Центры «Точка роста» на базе общеобразовательных организаций сельской местности и малых "
    "городов создаются, чтобы у каждого ребёнка были современные условия для занятий "
    "естественными науками и технологией. По всей стране работает уже более 2 000 «Точек роста».")

LETTER_2023 = ("Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02 "
               "«О направлении методических рекомендаций»")


def expect(section_url: str | None, schedule: str, publications: int, recommendations: bool,
           subsections: list[str] | None = None, *, section_found: bool = True) -> dict:
    """The verdicts a careful person writes down for a reachable site."""
    verdict = {"reachable": True, "section_found": section_found, "schedule_status": schedule,
               "has_publications": publications > 0, "publications_count": publications,
               "recommendations_current": recommendations}
    if section_url:
        verdict["section_url"] = section_url
    if subsections:
        verdict["subsections"] = subsections
    return verdict


def document_card(site: Site, doc_id: int, title: str, lines: list[str], theme, *,
                  created: str | None = "20200101") -> str:
    """A regional-platform document: an HTML card at ``/file/card?id=N`` that shows the text
    extracted from the file, and the file itself at ``/file/download?id=N``. Returns the
    card's link for the page that lists the document."""
    download = f"/file/download?id={doc_id}"
    pdf_doc(site, download, lines, title=title, created=created)
    text = "".join(f"<p>{line}</p>" for line in lines)
    site.page(f"/file/card?id={doc_id}", theme(
        title, f'<div class="file-card"><h1>{title}</h1><div class="file-meta">PDF, '
               f'<a href="{download}">Скачать</a></div><div class="file-text">{text}</div></div>'))
    return f'<a href="/file/card?id={doc_id}">{title}</a>'


LOADING_SHELL = (
    '<div id="app-section" data-src="{api}"><p class="loader">Загрузка…</p></div>'
    '<noscript><p>Для просмотра раздела включите JavaScript в настройках браузера.</p></noscript>'
    '<script src="{script}"></script>')

# A hand-written loader as site builders ship it: fetch the JSON, write the blocks in.
SECTION_SCRIPT = """(function () {
  var box = document.getElementById('app-section');
  fetch(box.getAttribute('data-src'), {credentials: 'same-origin'})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var html = '<h1>' + data.title + '</h1>';
      data.blocks.forEach(function (b) { html += b.html; });
      box.innerHTML = html;
      document.title = data.title;
    })
    .catch(function () { box.innerHTML = '<p>Не удалось загрузить раздел.</p>'; });
})();
"""


def script_built_page(site: Site, target: str, theme, title: str, blocks: list[str], *,
                      api: str, script: str) -> None:
    """A page whose HTML holds only a placeholder: the same-host script fills it from a JSON
    endpoint, as a browser would show it."""
    site.page(target, theme(title, LOADING_SHELL.format(api=api, script=script)))
    payload = {"title": title, "blocks": [{"html": block} for block in blocks]}
    site.file(api, json.dumps(payload, ensure_ascii=False).encode("utf-8"),
              "application/json; charset=utf-8")
    site.file(script, SECTION_SCRIPT.encode("utf-8"), "application/javascript; charset=utf-8")
