"""Timetables in every form a school publishes one (DOMAIN.md §5), on small HTML strings."""
from __future__ import annotations

from datetime import date

from tochka.analysis import classify, rules
from tochka.analysis.facts import PageContext, PageFacts, analyse_html
from tochka.analysis.page import HtmlPage
from tochka.analysis.verdict import schedule_verdict

AS_OF = date(2023, 12, 13)
TR = rules.centers()["tochka_rosta"]
SECTION = "http://school.ru/tochka-rosta/"

PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="main-menu"><ul><li><a href="/">Главная</a></li><li><a href="/raspisanie/">Расписание</a></li>
<li><a href="/tochka-rosta/">Точка роста</a></li></ul></div>
<div class="content"><h1>{heading}</h1>{content}</div>
<footer>© 2015–2023 МБОУ СОШ № 1</footer></body></html>"""


def analyse(content: str, heading: str = "Центр «Точка роста»", url: str = SECTION, **ctx) -> PageFacts:
    html = PAGE.format(title=heading, heading=heading, content=content)
    context = PageContext(center=ctx.pop("center", TR), as_of=AS_OF, year=2023, **ctx)
    return analyse_html(HtmlPage.from_html(html, url), context)


# the site's menu, linked from the home page
MENU = {"http://school.ru/", "http://school.ru/raspisanie/", SECTION}


def section(content: str, **ctx) -> PageFacts:
    return analyse(content, role="section", **{"global_urls": MENU, **ctx})


def verdict(*pages: PageFacts):
    return schedule_verdict(list(pages), AS_OF)


LESSONS_TABLE = """<table><tr><th>День</th><th>Время</th><th>Объединение</th></tr>
<tr><td>Понедельник</td><td>14:00–14:45</td><td>Робототехника</td></tr>
<tr><td>Среда</td><td>15:00–15:45</td><td>Химия в опытах</td></tr>
<tr><td>Пятница</td><td>14:00–15:30</td><td>Юный биолог</td></tr></table>"""


# -- (a) an HTML table under a heading, on the section's own page ----------------------
def test_table_under_heading_on_section_root_is_a_current_timetable():
    facts = section("<p>Центр создан в 2021 году на базе МБОУ СОШ № 1.</p>"
                    "<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>" + LESSONS_TABLE)
    tables = [ref for ref in facts.timetables if ref.form == "table"]
    assert len(tables) == 1 and {d.academic_year for d in tables[0].datings} == {"2023-2024"}
    check = verdict(facts)
    assert check.status == "current" and check.evidence[0]["form"] == "table"


def test_table_in_old_table_layout_with_bold_heading():
    layout = ("<table width='100%'><tr><td width='180'>Меню</td><td>"
              "<p align='center'><b>Расписание занятий «Точка роста» на 2022-2023 уч. год</b></p>"
              "<table border='1'><tr><td>1</td><td>8.30-9.10</td><td>Физика</td></tr>"
              "<tr><td>2</td><td>9.20-10.00</td><td>Химия</td></tr>"
              "<tr><td>3</td><td>10.20-11.00</td><td>Биология</td></tr></table></td></tr></table>")
    check = verdict(section(layout))
    assert check.status == "stale" and check.academic_years == ["2022-2023"]


def test_heading_without_days_and_times_makes_no_table():
    facts = section("<h2>Расписание занятий</h2><p>Центр работает для всех учеников школы.</p>")
    assert not [ref for ref in facts.timetables if ref.form == "table"]


# -- (b) a picture whose caption, alt, title or file name names it ----------------------
def test_figure_with_caption_is_an_image_timetable():
    facts = section("<figure><img src='/upload/IMG_2041.jpg'>"
                    "<figcaption>Расписание внеурочной деятельности на 2023/24 уч. год</figcaption></figure>")
    images = [ref for ref in facts.timetables if ref.form == "image"]
    assert [ref.url for ref in images] == ["http://school.ru/upload/IMG_2041.jpg"]
    assert images[0].kinds == ("extracurricular",) and verdict(facts).status == "current"


def test_picture_named_only_by_file_name_is_dated_by_it():
    facts = section("<p><img src='/files/raspisanie_2023-2024.png' alt=''></p>")
    assert verdict(facts).status == "current"


def test_undated_picture_under_heading_is_left_for_ocr():
    facts = section("<h3>Расписание кружков центра</h3><p><img src='/upload/scan1.jpg' alt='scan'></p>")
    images = [ref for ref in facts.timetables if ref.form == "image"]
    assert [(ref.url, ref.datings) for ref in images] == [("http://school.ru/upload/scan1.jpg", [])]
    assert verdict(facts).status == "unknown"


def test_banner_picture_linking_to_a_page_is_a_link_not_an_image():
    facts = section("<a href='/tochka-rosta/raspisanie/'><img src='/i/banner.png' alt='Расписание'></a>")
    assert {ref.form for ref in facts.timetables} == {"link"}


# -- (c) links on a «Расписание» page that name only the kind and the year -------------
def test_kind_and_year_links_on_a_timetable_page():
    facts = analyse("<ul><li><a href='/file/card?id=1'>Урочная деятельность, 2023-2024</a></li>"
                    "<li><a href='/file/card?id=2'>Внеурочная деятельность, 2023-2024</a></li></ul>",
                    heading="Расписание", url=SECTION + "raspisanie/", in_section=True, anchor="Расписание")
    by_url = {ref.url: ref for ref in facts.timetables}
    assert by_url["http://school.ru/file/card?id=1"].kinds == ("lessons",)
    check = verdict(facts)
    assert check.status == "current" and check.kinds["extracurricular"] == "current"


def test_cloud_links_under_a_timetable_heading_are_dated_by_their_text():
    facts = section("<h2>Расписание на 2023-2024 учебный год</h2><ul>"
                    "<li><a href='https://disk.yandex.ru/i/AbC'>Внеурочная деятельность</a></li>"
                    "<li><a href='https://docs.google.com/document/d/1x'>Дополнительное образование</a></li></ul>")
    check = verdict(facts)
    assert check.status == "current" and {"extracurricular", "additional"} <= set(check.kinds)


# -- (d) a sentence that points to the school's timetable page --------------------------
def test_pointer_sentence_with_a_link_that_says_nothing():
    facts = section("<p>Расписание занятий центра размещено в разделе «Расписание»: "
                    "<a href='/raspisanie/'>перейти</a>.</p>")
    pointers = [ref for ref in facts.timetables if ref.form == "pointer"]
    assert [ref.url for ref in pointers] == ["http://school.ru/raspisanie/"]
    assert "http://school.ru/raspisanie/" in facts.content_links
    target = analyse("<h2>Расписание занятий центра «Точка роста» на 2023-2024 учебный год</h2>" + LESSONS_TABLE,
                     heading="Расписание", url="http://school.ru/raspisanie/", anchor="Расписание", role="menu")
    check = schedule_verdict([facts, target], AS_OF)
    assert check.status == "current"


def test_pointer_to_a_promise_is_no_timetable():
    facts = section("<p>Расписание центра смотрите <a href='/raspisanie/'>здесь</a>.</p>")
    target = analyse("<p>Расписание будет размещено позже.</p>", heading="Расписание",
                     url="http://school.ru/raspisanie/", anchor="здесь")
    from tochka.analysis.verdict import hollow_urls
    assert schedule_verdict([facts, target], AS_OF, hollow_urls([facts, target])).status == "missing"


def test_menu_line_of_links_is_no_pointer():
    facts = section("<p><a href='/raspisanie/'>Расписание</a> <a href='/news/'>Новости</a></p>")
    assert not [ref for ref in facts.timetables if ref.form == "pointer"]


# -- (e) accordions, spoilers and tabs hold their text in the HTML ---------------------
def test_spoiler_with_lines_of_days_and_times():
    facts = section("<div class='spoiler'><div class='spoiler-title'>Расписание объединений центра 2023-2024</div>"
                    "<div class='spoiler-body'><p>Вторник: 14.30–16.00 — «Робототехника»</p>"
                    "<p>Четверг: 15.00–16.30 — «Химия вокруг нас»</p></div></div>")
    assert verdict(facts).status == "current"


def test_css_tabs_under_one_heading():
    facts = section("<h3>Расписание на 2023/2024 учебный год</h3><div class='tabs'>"
                    "<label for='t1'>Урочная деятельность</label><label for='t2'>Внеурочная деятельность</label>"
                    "<div class='tab'>" + LESSONS_TABLE + "</div></div>")
    tables = [ref for ref in facts.timetables if ref.form == "table"]
    assert tables and "extracurricular" in tables[0].kinds and verdict(facts).status == "current"


def test_news_item_with_a_timetable_dated_by_its_date():
    facts = analyse("<div class='date'>01.09.2023</div><p>Публикуем расписание занятий центра.</p>"
                    "<p><b>Расписание занятий</b></p>" + LESSONS_TABLE,
                    heading="Расписание на новый учебный год", url="http://school.ru/2023/09/01/raspisanie.html",
                    role="news")
    assert verdict(facts).status == "current"


# -- (f) what is not a timetable ---------------------------------------------------------
def test_opening_hours_are_not_a_timetable():
    facts = section("<ul><li><a href='/tochka-rosta/rezhim/'>Режим работы центра</a></li></ul>"
                    "<h2>Режим работы центра</h2><p>Понедельник–пятница: 8:00–17:00</p><p>Суббота: 9:00–13:00</p>")
    page = analyse("<p>Пн–Пт 8:00–17:00, обед 12:00–13:00.</p>", heading="Режим работы центра",
                   url=SECTION + "rezhim/", anchor="Режим работы центра", in_section=True)
    assert page.timetables == [] and verdict(facts, page).status == "missing"
    assert not classify.is_timetable_label("Режим работы центра")
    assert classify.is_weak_timetable_label("Режим работы центра")


def test_opening_hours_page_listing_groups_days_and_times_is_one():
    page = analyse("<p>Понедельник 14:00–14:45 Робототехника</p><p>Вторник 15:00–15:45 Химия</p>"
                   "<p>Четверг 16:00–16:45 Биология</p>", heading="Режим работы центра на 2023-2024 учебный год",
                   url=SECTION + "rezhim/", anchor="Режим работы центра", in_section=True)
    assert verdict(page).status == "current" and page.timetables[0].form == "table"


def test_employment_mode_listing_groups_is_a_timetable():
    facts = section("<h2>Режим занятости обучающихся 2023-2024</h2><p>5 класс — вторник 14:00–14:45</p>"
                    "<p>6 класс — четверг 14:00–14:45</p>")
    assert verdict(facts).status == "current"


def test_plans_and_promises_are_not_timetables():
    facts = section("<h2>Календарный учебный график на 2023-2024 учебный год</h2>" + LESSONS_TABLE +
                    "<h2>План мероприятий центра на 2023-2024</h2>" + LESSONS_TABLE +
                    "<p>Расписание будет размещено позже.</p>")
    assert facts.timetables == [] and verdict(facts).status == "missing"


def test_promise_page_listing_a_plan_and_a_calendar_holds_no_timetable():
    page = analyse("<p>Расписание будет размещено позже.</p><ul>"
                   "<li><a href='/f/kug_2023_2024.pdf'>Календарный учебный график на 2023-2024 учебный год</a></li>"
                   "<li><a href='/f/plan_2023_2024.pdf'>План мероприятий центра на 2023-2024 учебный год</a></li></ul>",
                   heading="Расписание", url=SECTION + "raspisanie/", anchor="Расписание", in_section=True)
    assert page.kind == "timetable_promise" and page.timetables == []


def test_region_links_that_name_a_plan_are_not_timetables():
    facts = section("<h2>Расписание</h2><ul><li><a href='/f/plan.pdf'>План мероприятий на 2023-2024</a></li></ul>")
    assert facts.timetables == []


# -- which timetables count ---------------------------------------------------------------
def test_old_whole_center_timetable_next_to_current_separated_ones_is_an_archive():
    facts = section("<h2>Расписание внеурочной деятельности на 2023-2024 учебный год</h2>" + LESSONS_TABLE +
                    "<p><a href='/f/old.docx'>Архив: режим занятости центра 2022-2023</a></p>")
    check = verdict(facts)
    assert check.kinds == {"extracurricular": "current", "center": "stale"} and check.status == "current"


def test_stale_separated_kind_is_still_a_fault():
    facts = section("<h2>Расписание внеурочной деятельности на 2023-2024 учебный год</h2>" + LESSONS_TABLE +
                    "<p><a href='/f/dop.docx'>Расписание дополнительного образования 2022-2023</a></p>")
    assert verdict(facts).status == "stale"


def test_news_item_with_the_centers_timetable_counts_outside_the_section():
    from tochka.analysis.verdict import center_timetables_outside

    news = analyse("<div class='date'>01.09.2023</div><p>Расписание занятий центра «Точка роста» "
                   "на новый учебный год в нашей школе.</p>" + LESSONS_TABLE,
                   heading="Расписание на новый учебный год", url="http://school.ru/2023/09/01/raspisanie.html",
                   role="news")
    school_timetable = analyse("<p>Занятия в кабинетах центра «Точка роста» на базе МБОУ СОШ № 1.</p>" + LESSONS_TABLE,
                               heading="Расписание уроков", url="http://school.ru/raspisanie/")
    assert school_timetable.mentions_center and school_timetable.kind == "timetable"
    root = section("<p>Центр работает на базе МБОУ СОШ № 1.</p>")
    assert center_timetables_outside([root, news, school_timetable], [root]) == [news]


def test_opening_hours_file_counts_only_when_it_lists_classes():
    from tochka.analysis.documents import DocumentText
    from tochka.analysis.facts import analyse_document

    link = section("<p><a href='/f/rezhim.pdf'>Режим работы центра «Точка роста» с 04.09.2023</a></p>")
    ctx = PageContext(TR, AS_OF, 2023, in_section=True, anchor="Режим работы центра «Точка роста» с 04.09.2023",
                      role="timetable")
    hours = analyse_document(DocumentText("pdf", "Режим работы центра\nПонедельник – пятница: 8:00 – 18:00", None),
                             "http://school.ru/f/rezhim.pdf", 200, ctx)
    classes = analyse_document(DocumentText("pdf", "Режим работы центра\nПонедельник – пятница: 8:00 – 18:00\n"
                                                   "Понедельник 14:30–15:10 Юный химик\nВторник 15:20–16:00 Робототехника\n"
                                                   "Пятница 14:30–15:50 3D-моделирование", None),
                               "http://school.ru/f/rezhim.pdf", 200, ctx)
    assert verdict(link, hours).status == "missing"
    assert verdict(link, classes).status == "current"


# -- prose that mentions a timetable is no heading ---------------------------------------
def test_prose_mentioning_a_timetable_and_a_photo_gallery_are_no_timetable():
    photos = "".join(f"<img src='/upload/photo{i}.jpg' alt='Фото {i}'>" for i in range(8))
    facts = section("<p>Занятия в центре проходят по расписанию, ученики с удовольствием их посещают.</p>"
                    "<p><img src='/upload/lab.jpg' alt='Лаборатория'></p>"
                    "<h2>Расписание занятий</h2>" + photos)
    assert facts.timetables == [] and verdict(facts).status == "missing"


def test_plain_short_line_naming_the_timetable_heads_a_table():
    facts = section("<p>Расписание занятий на 2023-2024 уч. год</p>" + LESSONS_TABLE)
    assert [ref.form for ref in facts.timetables] == ["table"] and verdict(facts).status == "current"


def test_layout_table_of_an_old_site_is_no_timetable_by_itself():
    layout = ("<table><tr><td>Главная</td><td><p>Расписание занятий</p><p>Центр открыт в 2020 году.</p>"
              "<p>В центре работают кружки.</p><p>Приглашаем всех учеников.</p></td></tr>"
              "<tr><td>Новости</td><td><p>Ждём вас!</p></td></tr></table>")
    assert not [ref for ref in section(layout).timetables if ref.form == "table"]


# -- how the crawl reaches them ----------------------------------------------------------
def _plan(facts: PageFacts, html_links) -> dict:
    from tochka.crawl import policy

    planned = policy.plan_links(facts, html_links, policy.PageRole("section", 1, 0, MENU), TR, 10, 2023)
    return {plan.url: plan for plan in planned}


def test_frame_of_the_section_is_followed_and_its_table_counts():
    from tochka.analysis.verdict import section_pages

    html = PAGE.format(title="Точка роста", heading="Центр «Точка роста»",
                       content="<iframe src='/tochka/raspisanie.htm' width='100%'></iframe>")
    page = HtmlPage.from_html(html, SECTION)
    root = analyse_html(page, PageContext(TR, AS_OF, 2023, role="section", global_urls=MENU))
    frame_url = "http://school.ru/tochka/raspisanie.htm"
    assert _plan(root, page.links)[frame_url].in_section
    frame = analyse("<p><b>Расписание занятий на 2023-2024 учебный год</b></p>" + LESSONS_TABLE,
                    heading="", url=frame_url, role="section_child", in_section=True)
    assert schedule_verdict(section_pages([root, frame], SECTION), AS_OF).status == "current"


def test_pointer_to_a_menu_page_is_requested_as_the_sections_timetable():
    html = PAGE.format(title="Точка роста", heading="Центр «Точка роста»",
                       content="<p>Расписание занятий центра размещено в разделе «Расписание»: "
                               "<a href='/raspisanie/'>перейти</a></p>")
    page = HtmlPage.from_html(html, SECTION)
    root = analyse_html(page, PageContext(TR, AS_OF, 2023, role="section", global_urls=MENU))
    plan = _plan(root, page.links)["http://school.ru/raspisanie/"]
    assert plan.role == "timetable" and plan.in_section


def test_home_page_of_a_whole_site_center_is_walked_and_a_school_home_is_not():
    content = "<h2>Расписание объединений на 2023-2024 учебный год</h2>" + LESSONS_TABLE
    center_home = analyse(content, heading="IT-куб", url="http://itcube.ru/", role="home", site_is_center=True)
    school_home = analyse(content, heading="МБОУ СОШ № 1", url="http://school.ru/", role="home")
    assert [ref.url for ref in center_home.timetables if ref.form == "table"] == ["http://itcube.ru/#timetable-1"]
    assert not [ref for ref in school_home.timetables if ref.form == "table"]
