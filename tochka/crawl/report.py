"""Turning a finished school crawl (or a bad seed row) into its ``SchoolReport``."""
from __future__ import annotations

from datetime import UTC, date, datetime

from ..analysis import rules
from ..analysis.facts import PageFacts
from ..analysis.verdict import SchoolOutcome, judge, violation
from ..items import PageItem, SchoolReport
from ..seeds import BadSeed
from .school import SchoolCrawl


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def school_report(school: SchoolCrawl, crawl_id: str, as_of: date, year: int) -> SchoolReport:
    seed = school.seed
    outcome = SchoolOutcome(
        center_type=seed.center_type, reachable=school.reachable, unreachable_reason=school.unreachable_reason,
        site_is_center=school.site_is_center, section_url=school.section.url,
        section_evidence=school.section.evidence, facts=school.facts, robots_blocked=school.robots_blocked,
        needs_rendering=school.needs_rendering, budget_exhausted=school.budget_exhausted)
    checks = judge(outcome, rules.centers()[seed.center_type].label_ru, as_of, year)
    return SchoolReport.of(
        checks, crawl_id=crawl_id, school_id=seed.id, seed_line=seed.line, name=seed.name, region=seed.region,
        municipality=seed.municipality, url=seed.raw_url or seed.url, center_type=seed.center_type,
        status="ok" if school.reachable else "unreachable",
        reason_ru=_unreachable_ru(school.unreachable_reason) if not school.reachable else None,
        reason_en=school.unreachable_reason if not school.reachable else None,
        crawl_notes={"refused": dict(school.refused), "errors": dict(school.errors),
                     "robots_blocked": school.robots_blocked[:10], "needs_rendering": school.needs_rendering[:10]},
        pages_crawled=school.downloads, crawled_at=now_iso(), as_of=as_of.isoformat())


def bad_seed_report(bad: BadSeed, crawl_id: str, as_of: date, year: int) -> SchoolReport:
    """The report of a seed row that cannot be crawled: every check block is there, judged on
    nothing, with the row's own fault as the only violation."""
    checks = judge(SchoolOutcome(center_type=bad.center_type, reachable=False), "", as_of, year)
    checks.violations = [violation("BAD_SEED")]
    checks.score = 0  # a row that was not checked earns nothing
    return SchoolReport.of(
        checks, crawl_id=crawl_id, school_id=bad.id, seed_line=bad.line, name=bad.name, region=bad.region,
        url=bad.raw_url,
        center_type=bad.center_type, status="bad_seed", reason_ru=bad.reason_ru, reason_en=bad.reason_en,
        crawled_at=now_iso(), as_of=as_of.isoformat())


def page_item(facts: PageFacts, school_id: str, crawl_id: str, *, rendered: bool = False) -> PageItem:
    return PageItem(
        crawl_id=crawl_id, school_id=school_id, url=facts.url, status=facts.status, kind=facts.kind,
        in_section=facts.in_section, title=facts.title,
        published=facts.published.value.isoformat() if facts.published else None,
        date_evidence=facts.published.snippet if facts.published else None,
        academic_years=facts.academic_years, mentions_center=facts.mentions_center,
        editions=sorted({ref.edition for ref in facts.editions if ref.edition}),
        rendered=rendered, needs_rendering=bool(facts.needs_rendering),
        render_reason=facts.needs_rendering, note=facts.note, crawled_at=now_iso())


_REASONS_RU = (
    ("internal address refused", "адрес сайта ведёт во внутреннюю сеть; такие адреса не проверяются"),
    ("dns", "адрес сайта не найден (DNS)"),
    ("502", "сайт не отвечает (ошибка шлюза 502)"),
    ("503", "сайт временно недоступен (503)"),
    ("504", "сайт не ответил вовремя (504)"),
    ("timeout", "сайт не ответил вовремя"),
    ("timed out", "сайт не ответил вовремя"),
    ("refused", "сервер отказал в соединении"),
    ("connection", "соединение с сайтом оборвалось"),
    ("robots", "главная страница закрыта файлом robots.txt"),
    ("ssl", "ошибка защищённого соединения (сертификат)"),
    ("tls", "ошибка защищённого соединения (сертификат)"),
)


def _unreachable_ru(reason: str | None) -> str:
    text = (reason or "").lower()
    for needle, message in _REASONS_RU:
        if needle in text:
            return message
    return f"сайт недоступен ({reason})" if reason else "сайт недоступен"
