"""A school on the Chuvash portal edu21.cap.ru: the section under /info/tochka-rosta/,
a timetable headed «2023 - 2024 уч. г.», center news only from 2022, and a 2023 repost of
regional news about «Точка роста» centers in general (not about this school's center)."""
from __future__ import annotations

from tests.fixtureweb.kit import PDF, Site, pdf_bytes
from tests.fixtureweb.sites.a_common import (
    CENTER_WEEK,
    center_intro,
    html_table,
    lazy_file,
    recommendations_text,
    serve_images,
)

HOST = "kozlovka-sosh3.edu21.cap.ru"
SECTION = "/info/tochka-rosta/"
SECTION_MENU = [("О центре", SECTION), ("Документы", SECTION + "dokumenty"), ("Расписание", SECTION + "raspisanie"),
                ("Педагоги", SECTION + "pedagogi"), ("Новости центра", SECTION + "novosti")]
MENU = [("Главная", "/"), ("Сведения об образовательной организации", "/info/svedeniya/"), ("Новости", "/news/"),
        ("Центр «Точка роста»", SECTION), ("Родителям", "/info/roditelyam/"), ("Контакты", "/info/kontakty/")]

# (path, date shown, title, text)
NEWS = [
    ("/news/2023/12/05/sdacha-norm-gto", "05.12.2023", "Сдача норм ГТО", "Ученики 9 классов сдали нормы ГТО."),
    ("/news/2023/10/26/v-chuvashii-otkroyutsya-novye-tsentry", "26.10.2023",
     "В Чувашии откроются ещё 25 центров «Точка роста»",
     "Министерство образования Чувашской Республики сообщает: в 2024 году в сельских школах республики "
     "откроются ещё 25 центров образования естественно-научной и технологической направленностей «Точка роста». "
     "Всего в республике будет работать более 150 таких центров."),
    ("/news/2023/09/01/den-znaniy", "01.09.2023", "День знаний", "Торжественная линейка прошла во дворе школы."),
    ("/news/2023/05/09/pobeda", "09.05.2023", "День Победы", "Шествие «Бессмертного полка»."),
]
CENTER_NEWS = [
    ("14.04.2022", "Космический урок в «Точке роста»", "Ученики 6 класса собрали модели спутников."),
    ("25.01.2022", "Зимняя школа юного химика", "В центре «Точка роста» прошла зимняя школа юного химика."),
]


def edu21_page(title: str, content: str, local_menu=()) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in MENU)
    local = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in local_menu)
    return f"""<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{title} - МБОУ «Козловская СОШ № 3»</title>
<link rel="stylesheet" href="https://static.cap.ru/edu21/css/portal.css?3.7"></head>
<body><div class="portal-bar"><a href="https://edu21.cap.ru/">Образование Чувашии</a> |
<a href="https://www.cap.ru/">Портал органов власти Чувашской Республики</a></div>
<header class="org-header"><img src="/images/logo.png" alt=""><div class="org-name">Муниципальное бюджетное общеобразовательное
учреждение «Козловская средняя общеобразовательная школа № 3» Козловского муниципального округа Чувашской Республики</div></header>
<nav class="org-menu"><ul>{menu}</ul></nav>
<div class="org-body"><aside class="org-side"><ul>{local}</ul></aside><section class="org-content"><h1>{title}</h1>{content}</section></div>
<footer class="org-footer">© 2015–2023 МБОУ «Козловская СОШ № 3». 429430, Чувашская Республика, г. Козловка, ул. Лобачевского, 2<br>
<a href="https://edu21.cap.ru/">Портал «Образование в Чувашской Республике»</a></footer></body></html>"""


def build() -> Site:
    site = Site(
        HOST,
        {"id": "a14", "name": "МБОУ «Козловская СОШ № 3»", "region": "Чувашская Республика",
         "municipality": "Козловский муниципальный округ", "url": f"https://{HOST}/"},
        {"reachable": True, "section_found": True, "section_url": f"https://{HOST}{SECTION}",
         "schedule_status": "current", "has_publications": False, "publications_count": 0,
         "recommendations_current": False, "status": "ok"},
        "edu21.cap.ru school: timetable headed «на 2023 - 2024 уч. г.», the only 2023 news naming «Точка роста» "
        "is a repost about the region's centers in general, center news stops in 2022, and ТВ-1913/02 is the "
        "newest edition posted.",
    )

    def page(target: str, title: str, content: str, local_menu=()) -> None:
        site.page(target, edu21_page(title, content, local_menu))

    def news_line(path: str, day: str, title: str) -> str:
        return f'<div class="news-line"><span class="news-date">{day}</span> <a href="{path}">{title}</a></div>'

    page("/", "Главная", "<h2>Новости</h2>" + "".join(news_line(p, d, t) for p, d, t, _ in NEWS[:3]))
    page("/news/", "Новости", "".join(news_line(p, d, t) for p, d, t, _ in NEWS))
    for path, day, title, text in NEWS:
        page(path, title, f'<div class="news-date">{day}</div><p>{text}</p><img src="{path}/photo.jpg" alt="">')
    page("/info/svedeniya/", "Сведения об образовательной организации", "<p>Основные сведения.</p>")
    page("/info/roditelyam/", "Родителям", "<p>Памятки.</p>")
    page("/info/kontakty/", "Контакты", "<p>Тел.: 8 (83534) 2-13-54</p>")
    page(SECTION, "Центр «Точка роста»", f"<p>{center_intro('МБОУ «Козловская СОШ № 3»', 2021)}</p>", SECTION_MENU)
    page(SECTION + "dokumenty", "Документы", """<ul>
<li><a href="/upload/tochka/pismo_TV-1913_02.pdf">Методические рекомендации (письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02)</a></li>
<li><a href="/upload/tochka/prikaz_o_sozdanii.pdf">Приказ о создании центра</a></li></ul>""", SECTION_MENU)
    page(SECTION + "raspisanie", "Расписание", "<h3>Расписание занятий центра «Точка роста» на 2023 - 2024 уч. г.</h3>"
         + html_table(CENTER_WEEK), SECTION_MENU)
    page(SECTION + "pedagogi", "Педагоги", "<p>Васильева Н.Г. (химия), Петров А.Ю. (физика).</p>", SECTION_MENU)
    page(SECTION + "novosti", "Новости центра", "".join(
        f'<div class="news-line"><span class="news-date">{d}</span> <b>{t}</b><p>{x}</p></div>' for d, t, x in CENTER_NEWS),
         SECTION_MENU)
    lazy_file(site, "/upload/tochka/pismo_TV-1913_02.pdf", lambda: pdf_bytes(recommendations_text(
        "Письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02")), PDF)
    lazy_file(site, "/upload/tochka/prikaz_o_sozdanii.pdf", lambda: pdf_bytes(["Приказ о создании центра «Точка роста»"]), PDF)
    serve_images(site)
    return site


SITES = [build()]
