"""Verdicts are pure functions of page facts and the monitoring date."""
from __future__ import annotations

from datetime import date

from tochka.analysis.facts import Dating, EditionRef, PageFacts, Publication, TimetableRef
from tochka.analysis.verdict import (
    SchoolOutcome,
    documents_verdict,
    judge,
    publications_verdict,
    schedule_verdict,
    section_pages,
    teaching_year,
)

AS_OF = date(2023, 12, 13)
ROOT = "http://school.ru/tochka-rosta/"


def timetable(url: str, kinds=("general",), year: str | None = None, day: date | None = None,
              source: str = "link_text") -> TimetableRef:
    datings = [Dating(year, day, source, "…")] if (year or day) else []
    return TimetableRef(url, "Расписание", kinds, datings, ROOT)


def section_with(*refs: TimetableRef) -> list[PageFacts]:
    return [PageFacts(url=ROOT, kind="section", is_section=True, in_section=True, timetables=list(refs))]


def test_teaching_year_counts_august_for_the_coming_year():
    assert teaching_year(date(2023, 8, 30)) == "2023-2024"
    assert teaching_year(date(2023, 6, 1)) == "2022-2023"


def test_schedule_current_stale_unknown_missing():
    assert schedule_verdict(section_with(timetable("a", year="2023-2024")), AS_OF).status == "current"
    assert schedule_verdict(section_with(timetable("a", year="2022-2023")), AS_OF).status == "stale"
    assert schedule_verdict(section_with(timetable("a")), AS_OF).status == "unknown"
    assert schedule_verdict(section_with(), AS_OF).status == "missing"
    assert schedule_verdict(section_with(timetable("a", day=date(2023, 9, 4))), AS_OF).status == "current"


def test_a_separated_kind_with_only_an_old_timetable_is_stale():
    facts = section_with(timetable("a", ("lessons",), "2023-2024"), timetable("b", ("extracurricular",), "2022-2023"))
    verdict = schedule_verdict(facts, AS_OF)
    assert verdict.status == "stale"
    assert verdict.kinds == {"lessons": "current", "extracurricular": "stale"}


def test_an_old_general_archive_beside_a_current_timetable_is_fine():
    facts = section_with(timetable("a", ("lessons",), "2023-2024"), timetable("b", ("general",), "2021-2022"))
    assert schedule_verdict(facts, AS_OF).status == "current"


def test_what_the_school_wrote_beats_the_upload_folder():
    ref = TimetableRef("a", "Расписание", ("general",), [Dating(None, date(2023, 9, 1), "upload_path", "…"),
                                                        Dating("2022-2023", None, "document_text", "…")], ROOT)
    verdict = schedule_verdict(section_with(ref), AS_OF)
    assert verdict.status == "stale" and verdict.evidence[0]["dated_by"] == "document_text"


def pub(url: str, title: str, day: date, about: bool = True, found_on: str = "http://school.ru/news/") -> Publication:
    return Publication(url, title, day, "text", about, found_on)


def test_publications_in_year_deduplicated_and_about_the_center():
    facts = [PageFacts(url="http://school.ru/news/", publications=[
        pub("http://school.ru/news/15", "Неделя химии", date(2023, 10, 5)),
        pub("http://school.ru/news/?id=15", "Неделя химии", date(2023, 10, 5)),
        pub("http://school.ru/news/16", "Осенний кросс", date(2023, 10, 6), about=False),
        pub("http://school.ru/news/9", "Открытие центра", date(2022, 9, 1)),
    ])]
    verdict = publications_verdict(facts, [], 2023)
    assert verdict.count == 1 and verdict.latest_date == "2023-10-05" and verdict.months == [10]
    assert verdict.evidence[0]["why"] == "упоминает центр"


def test_section_news_count_without_naming_the_center():
    news = PageFacts(url=ROOT + "news/", publications=[pub("x", "Осенний кросс", date(2023, 10, 6), False, ROOT + "news/")])
    assert publications_verdict([news], [news], 2023).count == 1


def test_recommendations_current_and_outdated():
    page = PageFacts(url=ROOT, is_section=True, editions=[EditionRef("a.pdf", "ТВ-977/02", "2022-TV-977", ROOT)])
    verdict = documents_verdict([page], "tochka_rosta", AS_OF, {})
    assert not verdict.recommendations_current and verdict.outdated_editions == ["2022-TV-977"]
    page.editions.append(EditionRef("b.pdf", "ТВ-2356/02", "2023-TV-2356", ROOT))
    assert documents_verdict([page], "tochka_rosta", AS_OF, {}).recommendations_current
    # before 30.11.2023 the 2022 letter was the current one
    assert documents_verdict([page], "tochka_rosta", date(2023, 11, 1), {}).current_edition == "2022-TV-977"


def test_a_letter_of_another_center_type_counts_when_it_is_as_new():
    # a school Kvantorium citing the «Точка роста» letter ТВ-2356/02 (newer than its own registry entry)
    page = PageFacts(url=ROOT, editions=[EditionRef("m.pdf", "ТВ-2356/02", "2023-TV-2356", ROOT)])
    verdict = documents_verdict([page], "kvantorium", AS_OF, {})
    assert verdict.recommendations_current and verdict.current_edition == "2023-school-kvantorium"
    assert verdict.evidence[0]["edition_ru"] == "письмо Минпросвещения от 30.11.2023 № ТВ-2356/02"
    # an IT-куб letter of 2022 is older than the current «Точка роста» edition: outdated, not current
    page = PageFacts(url=ROOT, editions=[EditionRef("a.pdf", "АЗ-1346/04", "2022-AZ-1346", ROOT)])
    verdict = documents_verdict([page], "tochka_rosta", AS_OF, {})
    assert not verdict.recommendations_current and verdict.outdated_editions == ["2022-AZ-1346"]


NEW_LETTER = ("Письмо Минпросвещения России от 02.09.2024 г. № ТВ-1700/02 «О направлении методических "
              "рекомендаций по созданию и функционированию центров»")


def test_a_letter_newer_than_the_registry_counts_as_current_and_is_reported():
    page = PageFacts(url=ROOT, editions=[EditionRef("new.pdf", NEW_LETTER, None, ROOT + "docs/"),
                                         EditionRef("old.pdf", "ТВ-977/02", "2022-TV-977", ROOT)])
    verdict = documents_verdict([page], "tochka_rosta", date(2024, 10, 1), {})
    assert verdict.recommendations_current
    newer = verdict.unknown_newer_edition
    assert newer is not None and (newer["number"], newer["date"], newer["url"]) == ("ТВ-1700/02", "2024-09-02", "new.pdf")
    assert "реестр" in newer["note_ru"] and "от 02.09.2024 № ТВ-1700/02" in newer["note_ru"]
    # not yet issued on the monitoring date, or not newer than the registry: no such finding
    assert documents_verdict([page], "tochka_rosta", date(2024, 8, 1), {}).unknown_newer_edition is None
    older = PageFacts(url=ROOT, editions=[EditionRef("x.pdf", NEW_LETTER.replace("2024", "2023"), None, ROOT)])
    assert documents_verdict([older], "tochka_rosta", date(2024, 10, 1), {}).unknown_newer_edition is None


def test_a_new_letter_on_something_else_is_not_an_edition():
    label = "Письмо Минпросвещения России от 02.09.2024 № ДГ-1800/03 «О ведении электронных журналов»"
    page = PageFacts(url=ROOT, editions=[EditionRef("j.pdf", label, None, ROOT)])
    verdict = documents_verdict([page], "tochka_rosta", date(2024, 10, 1), {})
    assert not verdict.recommendations_current and verdict.unknown_newer_edition is None


def test_section_pages_follow_content_links_not_the_school_site():
    root = PageFacts(url=ROOT, is_section=True, content_links=["http://school.ru/docs/", "http://school.ru/pages/9"])
    docs = PageFacts(url="http://school.ru/docs/", kind="documents", content_links=["http://school.ru/f.pdf",
                                                                                   "http://school.ru/about/"])
    pdf = PageFacts(url="http://school.ru/f.pdf", kind="document")
    about = PageFacts(url="http://school.ru/about/", kind="other")
    below = PageFacts(url=ROOT + "pedagogi/", kind="teachers")
    inside = {p.url for p in section_pages([root, docs, pdf, about, below], ROOT)}
    assert inside == {ROOT, "http://school.ru/docs/", "http://school.ru/f.pdf", ROOT + "pedagogi/"}


def test_section_pages_of_a_single_page_app_follow_its_routes():
    app = "http://school.ru/#/tochka-rosta"
    root = PageFacts(url=app, is_section=True)
    timetable = PageFacts(url=app + "/raspisanie", kind="timetable")
    news = PageFacts(url="http://school.ru/#/news", kind="news_list")
    home = PageFacts(url="http://school.ru/", kind="home")
    assert {p.url for p in section_pages([root, timetable, news, home], app)} == {app, app + "/raspisanie"}


def test_judge_unreachable_and_missing_section():
    down = judge(SchoolOutcome("tochka_rosta", reachable=False, unreachable_reason="HTTP 502"), "Точка роста", AS_OF, 2023)
    assert [v.code for v in down.violations] == ["SITE_UNREACHABLE"] and down.score == 0
    bare = judge(SchoolOutcome("tochka_rosta", reachable=True), "Точка роста", AS_OF, 2023)
    assert [v.code for v in bare.violations] == ["SECTION_MISSING", "NO_PUBLICATIONS"]
    assert "«Точка роста»" in bare.violations[0].message_ru


def test_judge_full_report_with_evidence():
    root = PageFacts(url=ROOT, kind="section", is_section=True,
                     timetables=[timetable("r.pdf", year="2022-2023")],
                     editions=[EditionRef("m.pdf", "ТВ-2356/02", "2023-TV-2356", ROOT)],
                     subsections={"documents": ROOT + "docs/"},
                     publications=[pub("n1", "Неделя химии", date(2023, 11, 14), True, ROOT)])
    result = judge(SchoolOutcome("tochka_rosta", True, section_url=ROOT, section_evidence=[ROOT], facts=[root]),
                   "Точка роста", AS_OF, 2023)
    assert result.section.found and result.documents.recommendations_current
    assert [v.code for v in result.violations] == ["SCHEDULE_STALE"]
    assert "2022–2023" in result.violations[0].message_ru and "2023–2024" in result.violations[0].message_ru
    assert result.score == 80 and result.schedule.evidence[0]["url"] == "r.pdf"
