"""The crawl's components on their own: the per-school ledger, the budget middleware, failure
records, report assembly, the CSV row and the spider's callbacks, driven through
``scrapy.utils.test.get_crawler`` without a network."""
from __future__ import annotations

import pickle
from datetime import date

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from tochka.analysis import editions, rules
from tochka.crawl import failures
from tochka.crawl.report import bad_seed_report, school_report
from tochka.crawl.school import SchoolCrawl
from tochka.crawl.visit import Visit
from tochka.exporters import flat_row
from tochka.items import SchoolReport
from tochka.kinds import PageKind, Role
from tochka.middlewares import SENT_META, BudgetExhausted, SchoolBudgetMiddleware
from tochka.seeds import BadSeed, Seed
from tochka.signals import school_finished
from tochka.spiders.schools import SchoolsSpider

AS_OF = date(2023, 12, 13)
SEED = Seed("s1", "МБОУ СОШ № 1", "Регион", "http://a.ru/")


def school(budget: int = 10) -> SchoolCrawl:
    return SchoolCrawl(SEED, budget)


# -- the ledger -----------------------------------------------------------------------
def test_a_school_is_done_when_every_ticket_is_settled():
    crawl = school()
    home, section = crawl.issue(), crawl.issue()
    assert not crawl.done and crawl.open_requests == 2
    assert crawl.settle(home) and not crawl.done
    assert crawl.settle(section) and crawl.done


def test_a_second_answer_of_one_request_never_settles_another():
    crawl = school()
    first, second = crawl.issue(), crawl.issue()
    assert crawl.settle(first)
    assert not crawl.settle(first)  # a retry or a duplicate callback of the same request
    assert not crawl.done and crawl.settle(second) and crawl.done


def test_failed_dropped_and_redirected_requests_each_settle_once():
    crawl = school()
    answered, failed, dropped = crawl.issue(), crawl.issue(), crawl.issue()
    redirected = crawl.issue()  # a redirect keeps the request's cb_kwargs: the same ticket
    for ticket in (answered, failed, dropped, redirected):
        assert crawl.settle(ticket)
    assert crawl.done and not crawl.settle(redirected)


def test_abandon_forgets_requests_that_will_never_be_answered():
    crawl = school()
    crawl.issue(), crawl.issue()
    assert crawl.abandon() == 2 and crawl.done


def test_a_finished_school_is_not_done_again():
    crawl = school()
    crawl.finished = True
    assert not crawl.done


def test_last_resort_is_asked_once_and_only_without_a_section():
    crawl = school()
    assert crawl.last_resort() == []  # never reached the site
    crawl.reachable = True
    plans = crawl.last_resort()
    assert plans[0].role == Role.SITEMAP and plans[0].url == "http://a.ru/sitemap.xml"
    assert all(plan.role == Role.PROBE for plan in plans[1:]) and len(plans) > 1
    assert crawl.last_resort() == []


def test_section_root_moves_up_but_not_for_a_whole_site_center():
    crawl = school()
    crawl.section.confirm("http://a.ru/tochka/news/", "Новости", Role.SECTION)
    crawl.section.confirm("http://a.ru/tochka/", "Точка роста", Role.SECTION)
    assert crawl.section.url == "http://a.ru/tochka/"
    assert crawl.section.evidence[0].startswith("http://a.ru/tochka/ — ссылка «Точка роста»")
    whole = school()
    whole.section.found_whole_site("http://it.ru/", "IT-куб")
    whole.section.confirm("http://it.ru/about/", "", Role.SECTION_CHILD)
    assert whole.section.url == "http://it.ru/"


# -- the budget middleware ------------------------------------------------------------
def test_budget_middleware_numbers_requests_and_refuses_past_the_budget():
    crawler = get_crawler(SchoolsSpider, {"TOCHKA_PAGE_BUDGET": 2})
    middleware = SchoolBudgetMiddleware.from_crawler(crawler)
    requests = [Request(f"http://a.ru/{i}", meta={"school": "s1"}) for i in range(3)]
    middleware.process_request(requests[0]), middleware.process_request(requests[1])
    assert [r.meta[SENT_META] for r in requests[:2]] == [1, 2]
    with pytest.raises(BudgetExhausted, match="page budget of 2"):
        middleware.process_request(requests[2])
    assert middleware.process_request(Request("http://a.ru/robots.txt")) is None  # no school: not counted
    crawler.signals.send_catch_log(school_finished, school_id="s1")
    assert "s1" not in middleware.sent


# -- failures -------------------------------------------------------------------------
def failure_of(exc: Exception) -> Failure:
    return Failure(exc)


def test_an_unreachable_home_page_marks_the_school_unreachable():
    crawl = school()
    home = Request("http://a.ru/")
    facts = failures.record(crawl, failure_of(DNSLookupError("a.ru")), home, Visit("s1", Role.HOME, 1))
    assert not crawl.reachable and "DNSLookupError" in crawl.unreachable_reason
    assert facts.kind == PageKind.ERROR and facts.status == 0


def test_a_404_home_page_still_means_the_server_answers():
    crawl = school()
    response = Response("http://a.ru/", status=404, request=Request("http://a.ru/"))
    facts = failures.record(crawl, failure_of(HttpError(response, "404")), response.request, Visit("s1", Role.HOME, 1))
    assert crawl.reachable and facts.status == 404 and crawl.errors["HTTP 404"] == 1


def test_budget_refusals_count_as_refused_and_probe_failures_leave_no_page():
    crawl = school()
    failures.record(crawl, failure_of(BudgetExhausted("page budget of 2 requests exhausted")),
                    Request("http://a.ru/n"), Visit("s1", Role.NEWS, 1))
    assert crawl.refused["page budget"] == 1 and crawl.budget_exhausted
    probe = Request("http://a.ru/tochka-rosta/")
    assert failures.record(crawl, failure_of(IgnoreRequest("x")), probe, Visit("s1", Role.PROBE, 2)) is None


# -- reports --------------------------------------------------------------------------
def test_a_bad_seed_report_has_every_check_block_of_a_crawled_one():
    bad = BadSeed(7, "s9", "Школа", "Регион", "htp:/x", "it_cube", "адрес сайта с ошибкой", "bad URL")
    report = bad_seed_report(bad, "c1", AS_OF, 2023)
    crawled = school_report(school(), "c1", AS_OF, 2023)
    assert type(report.schedule) is type(crawled.schedule) and report.schedule.current_academic_year == "2023-2024"
    assert report.documents.current_edition == editions.current_edition("it_cube", AS_OF).key
    assert [v.code for v in report.violations] == ["BAD_SEED"] and report.score == 0
    assert report.section.site_is_center is False and report.status == "bad_seed"


def test_flat_row_reads_a_report_in_russian_columns():
    crawl = school()
    crawl.reachable = True
    row = flat_row(dataclass_dict(school_report(crawl, "c1", AS_OF, 2023)))
    assert row["ID школы"] == "s1" and row["Раздел найден"] == "нет" and row["Расписание"] == "нет"
    assert "SECTION_MISSING" in row["Нарушения"] and row["Статус проверки"] == "проверен"


def dataclass_dict(report: SchoolReport) -> dict:
    from itemadapter import ItemAdapter

    return ItemAdapter(report).asdict()


# -- the spider's callbacks -------------------------------------------------------------
@pytest.fixture
def spider(tmp_path):
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("id,name,region,url\ns1,Школа,Регион,http://a.ru/\n", encoding="utf-8")
    crawler = get_crawler(SchoolsSpider, {"TOCHKA_PAGE_BUDGET": 50})
    crawler.spider = crawler._create_spider(seeds=str(seeds), as_of="2023-12-13")
    return crawler.spider


def test_every_request_the_spider_makes_can_be_serialised(spider):
    crawl = SchoolCrawl(spider.run.entries[0], 50)
    spider.schools[crawl.id] = crawl
    (request,) = spider._requests(crawl, crawl.first_requests())
    restored = pickle.loads(pickle.dumps(request.to_dict(spider=spider)))
    assert restored["cb_kwargs"]["visit"] == request.cb_kwargs["visit"] and restored["callback"] == "parse"


def test_the_home_page_answered_ends_the_school_with_one_report(spider):
    crawl = SchoolCrawl(spider.run.entries[0], 50)
    crawl.probed = True  # no last-resort probes: the report follows the home page
    spider.schools[crawl.id] = crawl
    (request,) = spider._requests(crawl, crawl.first_requests())
    html = "<html><head><title>Школа</title></head><body><p>Главная</p></body></html>"
    response = HtmlResponse(request.url, body=html.encode(), encoding="utf-8", request=request)
    out = list(spider.parse(response, **request.cb_kwargs))
    reports = [item for item in out if isinstance(item, SchoolReport)]
    assert len(reports) == 1 and reports[0].reachable and crawl.id not in spider.schools
    assert list(spider.parse(response, **request.cb_kwargs)) == []  # a late second answer is ignored


# -- rule tables ----------------------------------------------------------------------
def test_rule_tables_are_valid():
    rules.validate()


def test_a_broken_rule_table_names_its_file_and_key(monkeypatch):
    real = rules.load_table

    def broken_centers(name: str) -> dict:
        table = real(name)
        if name == "centers":
            table["kvantorium"]["url_slug_patterns"] = []
        return table

    for cached in (rules.centers, rules.pattern):
        cached.cache_clear()
    monkeypatch.setattr(rules, "load_table", broken_centers)
    try:
        with pytest.raises(rules.RuleError, match=r"centers\.toml \[kvantorium\] url_slug_patterns.*empty"):
            rules.validate()
        with pytest.raises(rules.RuleError, match=r"pages\.toml \[hubs\.nope\]: no key 'nope'"):
            rules.pattern("pages", "hubs", "nope")
    finally:
        for cached in (rules.centers, rules.pattern):
            cached.cache_clear()


def test_a_static_page_is_above_the_pages_of_its_folder():
    from tochka.crawl.section import is_above

    assert is_above("http://a.ru/razdel/tochka.html", "http://a.ru/razdel/tochka/dokumenty.html")
    assert is_above("http://a.ru/tochka/", "http://a.ru/tochka/news/")
    assert not is_above("http://a.ru/razdel/tochka.html", "http://a.ru/razdel/tochka-2.html")


def test_a_scrapyd_job_names_its_crawl_unless_a_crawl_id_is_given(tmp_path):
    seeds = tmp_path / "seeds.csv"
    seeds.write_text("id,name,region,url\ns1,Школа,Регион,http://a.ru/\n", encoding="utf-8")
    crawler = get_crawler(SchoolsSpider)
    assert crawler._create_spider(seeds=str(seeds), _job="lip_20261202T120000").crawl_id == "lip_20261202T120000"
    given = crawler._create_spider(seeds=str(seeds), _job="job1", crawl_id="mine")
    assert given.crawl_id == "mine"


def test_a_whole_site_center_titled_glavnaya_is_proven_by_its_logo_and_header():
    from tochka.analysis.page import HtmlPage

    seed = Seed("it1", "Центр цифрового образования детей «IT-куб» г. Заречный", "Регион", "http://it.ru/",
                center_type="it_cube")
    crawl = SchoolCrawl(seed, 10)
    html = ('<html><head><title>Главная</title></head><body><header class="site-header">'
            '<img class="logo" alt="IT-куб Заречный"><p>Центр цифрового образования детей «IT-куб»</p></header>'
            '<main><h2>Новости</h2></main></body></html>')
    page = HtmlPage(parsel_root(html), "http://it.ru/")
    assert crawl.recognise_whole_site_center(page, "http://it.ru/") and crawl.site_is_center
    assert "IT-куб" in crawl.section.evidence[0] and crawl.section.url == "http://it.ru/"


def parsel_root(html: str):
    from parsel import Selector

    return Selector(text=html).root
