"""Shared pieces of the a_* sites: lazily built documents and texts every school copies.

Holds no sites itself (the registry finds no ``SITES`` here).
"""
from __future__ import annotations

import base64
import functools
import re
from collections.abc import Callable
from urllib.parse import quote

from tests.fixtureweb.kit import Resource, Site


def lazy_file(site: Site, target: str, build: Callable[[], bytes], content_type: str, *,
              host: str | None = None, headers: dict | None = None) -> None:
    """Serve a document that is built on its first request: fpdf needs ~50 ms per PDF, and
    most test sessions never fetch most documents, so building them at import would slow
    every session down. The target may be written with Cyrillic; both forms match."""
    body = functools.cache(build)
    forms = {target, quote(target, safe="/?=&%:+")}
    pattern = "|".join(re.escape(form) for form in sorted(forms))

    def answer(_target: str, _headers: dict) -> Resource:
        return Resource(body(), headers={"Content-Type": content_type, **(headers or {})})

    site.dynamic(pattern, answer, host=host)


# The same 1x1 picture answers for every photo, banner and logo: crawlers never look inside.
PIXEL_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def serve_images(site: Site, *, host: str | None = None) -> None:
    """Every *.jpg/png/gif path of the site exists, as on a real site with its photo albums."""
    site.dynamic(r"/[^?]*\.(?:jpe?g|png|gif|JPG)(?:\?.*)?",
                 lambda _target, _headers: Resource(PIXEL_GIF, headers={"Content-Type": "image/gif"}), host=host)


RECOMMENDATIONS_TITLE = (
    "Методические рекомендации по созданию и функционированию в общеобразовательных организациях, "
    "расположенных в сельской местности и малых городах, центров образования естественно-научной "
    "и технологической направленностей")


def recommendations_text(letter_line: str | None) -> list[str]:
    """Opening lines of the recommendations as schools upload them; ``letter_line`` is the
    covering-letter reference when the scan includes it, None when it does not."""
    lines = [letter_line] if letter_line else []
    return lines + [
        RECOMMENDATIONS_TITLE,
        "I. Общие положения",
        "1. Настоящие методические рекомендации подготовлены в целях обеспечения реализации "
        "мероприятия по созданию и функционированию центров образования естественно-научной и "
        "технологической направленностей «Точка роста».",
        "2. Центр является структурным подразделением общеобразовательной организации.",
        "II. Цели и задачи Центра",
        "3. Целями деятельности Центра являются совершенствование условий для повышения качества "
        "образования, расширения возможностей обучающихся в освоении учебных предметов "
        "естественно-научной и технологической направленностей.",
    ]


def center_intro(school: str, year: int) -> str:
    """The near-identical opening text that most sections copy from the regional template."""
    return (f"Центр образования естественно-научной и технологической направленностей «Точка роста» "
            f"на базе {school} создан в {year} году в рамках федерального проекта «Современная школа» "
            f"национального проекта «Образование». Центр «Точка роста» является структурным "
            f"подразделением школы и направлен на формирование современных компетенций и навыков "
            f"у обучающихся, в том числе по предметам «Физика», «Химия», «Биология».")


METRIKA = ("<!-- Yandex.Metrika counter --><script type=\"text/javascript\">(function(m,e,t,r,i,k,a)"
           "{m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();"
           "k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode."
           "insertBefore(k,a)})(window, document, \"script\", \"https://mc.yandex.ru/metrika/tag.js\", "
           "\"ym\");</script><noscript><div><img src=\"https://mc.yandex.ru/watch/{counter}\" "
           "style=\"position:absolute; left:-9999px;\" alt=\"\" /></div></noscript>"
           "<!-- /Yandex.Metrika counter -->")


def metrika(counter: int) -> str:
    return METRIKA.replace("{counter}", str(counter))


def html_table(rows: list[list[str]], attrs: str = 'border="1" cellpadding="4" cellspacing="0"') -> str:
    head, *body = rows
    cells = "".join(f"<th>{c}</th>" for c in head)
    lines = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return f"<table {attrs}><thead><tr>{cells}</tr></thead><tbody>{lines}</tbody></table>"


# A typical week of the center's clubs; sites reuse it in HTML, DOCX and XLSX form.
CENTER_WEEK = [
    ["День недели", "Время", "Объединение", "Класс", "Педагог", "Кабинет"],
    ["Понедельник", "14:30–15:10", "«Юный химик»", "8", "Соколова Е.В.", "Химия (Точка роста)"],
    ["Понедельник", "15:20–16:00", "«Робототехника»", "5–6", "Белов А.С.", "Технология (Точка роста)"],
    ["Вторник", "14:30–15:10", "«Экспериментальная физика»", "7", "Орлова Н.П.", "Физика (Точка роста)"],
    ["Среда", "14:30–15:10", "«Биология в опытах»", "6", "Соколова Е.В.", "Биология (Точка роста)"],
    ["Четверг", "15:20–16:00", "«Шахматы»", "2–4", "Белов А.С.", "Рекреация"],
    ["Пятница", "14:30–15:50", "«3D-моделирование»", "8–9", "Белов А.С.", "Технология (Точка роста)"],
]
