"""Crawl bookkeeping: scope, trap guards, the per-school ledger and link policy."""
from __future__ import annotations

from tochka.analysis import rules
from tochka.analysis.facts import PageFacts
from tochka.analysis.page import Link
from tochka.crawl import policy
from tochka.crawl.guards import TrapGuard
from tochka.crawl.school import SchoolCrawl
from tochka.crawl.scope import SchoolScope
from tochka.seeds import Seed
from tochka.urls import canonical

TR = rules.centers()["tochka_rosta"]


def test_scope_admits_twins_and_subdomains_but_not_platform_siblings():
    scope = SchoolScope("https://sosh1-r61.gosweb.gosuslugi.ru/")
    assert scope.contains("https://www.sosh1-r61.gosweb.gosuslugi.ru/x")
    assert scope.contains("https://tochka.sosh1-r61.gosweb.gosuslugi.ru/")
    assert not scope.contains("https://sosh2-r61.gosweb.gosuslugi.ru/")
    assert not scope.contains("https://gosweb.gosuslugi.ru/")
    scope.add_url("http://новый-сайт.рф/")
    assert scope.contains("http://" + "новый-сайт.рф".encode("idna").decode() + "/news/")


def test_canonical_keeps_client_side_routes_only():
    assert canonical("http://a.ru/#/tochka-rosta/") == "http://a.ru/#/tochka-rosta"
    assert canonical("http://a.ru/index.html?b=2&a=1#!/news") == "http://a.ru/index.html?a=1&b=2#!/news"
    assert canonical("http://a.ru/#/точка") == "http://a.ru/#/%D1%82%D0%BE%D1%87%D0%BA%D0%B0"
    assert canonical("http://a.ru/#/") == canonical("http://a.ru/#top") == "http://a.ru/"  # the app's root, an anchor


def test_canonical_drops_session_ids_and_sorts_query():
    assert canonical("http://a.ru/p?b=2&PHPSESSID=x1&a=1#top") == "http://a.ru/p?a=1&b=2"
    assert canonical("http://a.ru/p;jsessionid=ABC?x=1") == "http://a.ru/p?x=1"


def test_trap_guard_refuses_calendars_explosions_and_loops():
    guard = TrapGuard()
    refused = [guard.refuse(f"http://a.ru/events/?month=2024-{m:02d}") for m in range(1, 10)]
    assert refused[:4] == [None] * 4 and set(refused[4:]) == {"calendar trap"}
    assert guard.refuse("http://a.ru/a/b/a/b/a/b/") == "repeated path segments"
    assert guard.refuse("http://a.ru/n?a=1&b=2&c=3&d=4&e=5&f=6") == "query-string explosion"
    variants = [guard.refuse(f"http://a.ru/news/?sort=title&order={i}") for i in range(20)]
    assert "too many variants of one page" in variants
    assert all(guard.refuse(f"http://a.ru/news/?PAGEN_1={i}") is None for i in range(30))


def test_school_claims_each_url_once_and_stops_at_budget():
    school = SchoolCrawl(Seed("1", "Школа", "Регион", "http://a.ru/"), budget=3)
    assert school.claim("http://a.ru/1")[0] and school.claim("http://a.ru/1") == (None, None)
    assert school.claim("http://other.ru/") == (None, None)
    school.claim("http://a.ru/2"), school.claim("http://a.ru/3")
    assert school.claim("http://a.ru/4") == (None, "page budget") and school.budget_exhausted


def link(url: str, label: str, boilerplate: bool = False, group: int = 0) -> Link:
    return Link(url, label, label, "", boilerplate, group)


def test_policy_section_first_then_hubs_and_news():
    links = [link("http://a.ru/tochka/", "точка роста", True, 1), link("http://a.ru/tochka/docs/", "документы", True, 1),
             link("http://a.ru/news/", "новости", True),
             link("http://a.ru/sveden/", "сведения об образовательной организации", True),
             link("http://a.ru/photo.jpg", "фото")]
    planned = policy.plan_links(PageFacts(url="http://a.ru/", kind="home"), links,
                                policy.PageRole("home", 0, 0, set()), TR, 10, 2023)
    roles = {p.url: p.role for p in planned}
    assert roles["http://a.ru/tochka/"] == "section"
    assert roles["http://a.ru/news/"] == "news_hub" and roles["http://a.ru/sveden/"] == "hub"
    assert "http://a.ru/photo.jpg" not in roles
    assert policy.home_section_group(links, TR) == {"http://a.ru/tochka/", "http://a.ru/tochka/docs/"}


def test_policy_opens_only_documents_that_may_decide_a_verdict():
    links = [link("http://a.ru/f/rasp.pdf", "расписание занятий"), link("http://a.ru/f/mr.pdf", "методические рекомендации"),
             link("http://a.ru/f/ustav.pdf", "устав школы")]
    planned = policy.plan_links(PageFacts(url="http://a.ru/tochka/", is_section=True, in_section=True), links,
                                policy.PageRole("section", 1, 0, set()), TR, 10, 2023)
    assert {p.url: p.role for p in planned} == {"http://a.ru/f/rasp.pdf": "timetable",
                                                "http://a.ru/f/mr.pdf": "recommendations"}
