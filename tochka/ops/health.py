"""Crawl health: one verdict from a crawl's stats, computed when it closes.

``assess`` is a pure function of a stats dict and the limits (settings
``TOCHKA_HEALTH_*``); ``CrawlHealth`` is the extension that calls it, logs the
verdict as the crawl's last line (logger ``tochka.health``) and keeps it for the
crawl command's exit code, the MongoDB ``crawls`` record and ``crawl.json``.

Why not Spidermon: see README ("Crawl health"). In short, these are eight
arithmetic checks over the stats Scrapy already keeps; Spidermon would add a large
dependency tree, a unittest-based monitor layer and its own actions for them, and
still neither set the exit code nor phrase the verdict in Russian.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from scrapy import signals

logger = logging.getLogger("tochka.health")

STATUS_PREFIX = "downloader/response_status_count/"
EXCEPTION_PREFIX = "downloader/exception_type_count/"


@dataclass(frozen=True)
class HealthLimits:
    """When a crawl stops being healthy. Shares are fractions (0.5 = half)."""

    max_unreachable_share: float = 0.5    # of crawled schools (bad seed rows aside)
    min_schools: int = 3                  # shares of schools are judged from this many on
    max_http_error_share: float = 0.5     # 5xx and 429 answers among all HTTP answers
    min_responses: int = 20               # the HTTP error mix is judged from this many answers on
    max_budget_share: float = 0.5         # reachable schools that hit TOCHKA_PAGE_BUDGET
    max_dropped_items: int = 0
    max_render_failure_share: float = 0.2  # render requests without a rendered page

    @classmethod
    def from_settings(cls, settings) -> HealthLimits:
        values = {}
        for spec in fields(cls):
            name = f"TOCHKA_HEALTH_{spec.name.upper()}"
            if settings.get(name) is not None:
                values[spec.name] = (settings.getint if spec.type == "int" else settings.getfloat)(name)
        return cls(**values)


@dataclass
class Health:
    checks: dict = field(default_factory=dict)
    reasons_en: list[str] = field(default_factory=list)
    reasons_ru: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "unhealthy" if self.reasons_en else "ok"

    @property
    def ok(self) -> bool:
        return not self.reasons_en

    def fail(self, en: str, ru: str) -> None:
        self.reasons_en.append(en)
        self.reasons_ru.append(ru)

    def as_dict(self) -> dict:
        return {"status": self.status, "reasons_en": list(self.reasons_en), "reasons_ru": list(self.reasons_ru),
                "checks": self.checks}

    def log_line(self) -> str:
        return "crawl health: ok" if self.ok else "crawl health: unhealthy: " + "; ".join(self.reasons_en)


def _int(stats: Mapping, key: str) -> int:
    value = stats.get(key)
    return int(value) if isinstance(value, (int, float)) else 0


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _by_suffix(stats: Mapping, prefix: str) -> dict[str, int]:
    """Counts keyed by what follows ``prefix``; a dotted class path becomes its class name
    (MongoDB reads dots in field names as paths)."""
    counts: dict[str, int] = {}
    for key in stats:
        if key.startswith(prefix):
            name = key[len(prefix):].rsplit(".", 1)[-1]
            counts[name] = counts.get(name, 0) + _int(stats, key)
    return counts


def _top(counts: Mapping[str, int], n: int = 3) -> str:
    return ", ".join(f"{name}: {count}"
                     for name, count in sorted(counts.items(), key=lambda kv: -kv[1])[:n])


def _judge_share(health: Health, check: str, part: int, whole: int, limit: float, *, judged: bool = True,
                 **figures) -> tuple[bool, float]:
    """Record a share check (``part`` of ``whole`` against ``limit``); (ok, share)."""
    share = _share(part, whole)
    ok = not judged or share <= limit
    health.checks[check] = {"ok": ok, "judged": judged, **figures, "share": share, "limit": limit}
    return ok, share


def assess(stats: Mapping, limits: HealthLimits = HealthLimits(), finish_reason: str | None = None) -> Health:
    """The health of a crawl from its stats (``finish_reason`` overrides the stat, which
    Scrapy sets only after the spider_closed handlers)."""
    health = Health()
    for check in (_finish_reason, _seeds_and_reports, _unreachable, _http_errors, _page_budget,
                  _dropped_items, _renderer, _mongo):
        check(stats, limits, health, finish_reason)
    return health


def _finish_reason(stats, limits, health, finish_reason) -> None:
    reason = finish_reason or stats.get("finish_reason")
    health.checks["finish_reason"] = {"ok": reason == "finished", "value": reason}
    if reason != "finished":
        health.fail(f"the crawl did not finish normally (finish reason: {reason})",
                    f"проверка прервана (причина остановки: {reason}); результаты неполные")


def _seeds_and_reports(stats, limits, health, _) -> None:
    seeds = stats.get("tochka/seeds_total")
    rows, twice = _int(stats, "tochka/seed_rows_reported"), _int(stats, "tochka/seed_rows_reported_twice")
    check = {"seeds": seeds, "reports": _int(stats, "tochka/reports"), "rows_reported": rows,
             "rows_reported_twice": twice}
    if seeds is None:
        health.checks["seeds_reports"] = {**check, "ok": True, "judged": False}
        return
    missing = max(0, int(seeds) - rows)
    health.checks["seeds_reports"] = {**check, "ok": not missing and not twice, "missing": missing}
    if missing:
        health.fail(f"{missing} of {seeds} seed rows have no report",
                    f"нет отчёта по {missing} из {seeds} строк списка школ")
    if twice:
        health.fail(f"{twice} seed rows have more than one report",
                    f"по {twice} строкам списка школ больше одного отчёта")


def _unreachable(stats, limits, health, _) -> None:
    crawled = _int(stats, "tochka/reports") - _int(stats, "tochka/reports/bad_seed")
    unreachable = _int(stats, "tochka/reports/unreachable")
    exceptions = _by_suffix(stats, EXCEPTION_PREFIX)
    ok, share = _judge_share(health, "unreachable", unreachable, crawled, limits.max_unreachable_share,
                             judged=crawled >= limits.min_schools, schools=crawled, unreachable=unreachable,
                             exceptions=exceptions)
    if not ok:
        kinds = f" (mostly {_top(exceptions)})" if exceptions else ""
        health.fail(
            f"{unreachable} of {crawled} sites unreachable ({share:.0%}){kinds}: the crawler's network or "
            "proxy is the likely cause, not the schools",
            f"недоступны {unreachable} из {crawled} сайтов ({share:.0%}): скорее всего, не работает сеть "
            "или прокси краулера, а не сайты школ; проверьте подключение и повторите проверку")


def _http_errors(stats, limits, health, _) -> None:
    statuses = _by_suffix(stats, STATUS_PREFIX)
    answers = sum(statuses.values())
    failing = {code: n for code, n in statuses.items() if code.startswith("5") or code == "429"}
    ok, share = _judge_share(health, "http_errors", sum(failing.values()), answers, limits.max_http_error_share,
                             judged=answers >= limits.min_responses, responses=answers, statuses=statuses)
    if not ok:
        mix = _top(failing, 4)
        health.fail(f"{share:.0%} of HTTP answers were server errors or rate limits ({mix}): a proxy, "
                    "a block of the crawler or an overloaded network",
                    f"{share:.0%} ответов — ошибки серверов или ограничение частоты ({mix}): вероятно, "
                    "прокси, блокировка краулера или перегруженная сеть")


def _page_budget(stats, limits, health, _) -> None:
    reachable, hit = _int(stats, "tochka/reports/ok"), _int(stats, "tochka/reports_budget_exhausted")
    ok, share = _judge_share(health, "page_budget", hit, reachable, limits.max_budget_share,
                             judged=reachable >= limits.min_schools, schools=reachable, hit_budget=hit)
    if not ok:
        health.fail(f"{hit} of {reachable} schools hit the page budget ({share:.0%}): raise TOCHKA_PAGE_BUDGET",
                    f"{hit} из {reachable} школ упёрлись в лимит страниц ({share:.0%}): проверка неполная, "
                    "увеличьте TOCHKA_PAGE_BUDGET")


def _dropped_items(stats, limits, health, _) -> None:
    dropped = _int(stats, "item_dropped_count")
    ok = dropped <= limits.max_dropped_items
    health.checks["dropped_items"] = {"ok": ok, "dropped": dropped, "limit": limits.max_dropped_items}
    if not ok:
        health.fail(f"{dropped} items were dropped", f"отброшено записей: {dropped}")


def _renderer(stats, limits, health, _) -> None:
    """Render requests that brought back no rendered page: the renderer is down or overloaded."""
    requested = _int(stats, "tochka/rendered")
    failed = max(0, requested - _int(stats, "tochka/rendered_responses"))
    if not _judge_share(health, "renderer", failed, requested, limits.max_render_failure_share,
                        requested=requested, failed=failed)[0]:
        share = _share(failed, requested)
        health.fail(f"{failed} of {requested} renders failed ({share:.0%}): is the renderer running?",
                    f"не удалось отрисовать {failed} из {requested} страниц ({share:.0%}): "
                    "проверьте, работает ли Splash или Chromium")


def _mongo(stats, limits, health, _) -> None:
    spilled = _int(stats, "mongo/spilled")
    health.checks["mongodb"] = {"ok": not spilled, "written": _int(stats, "mongo/written"), "spilled": spilled,
                                "retried": _int(stats, "mongo/retried")}
    if spilled:
        health.fail(f"{spilled} MongoDB writes failed and were spilled to a file: run `scrapy mongo_replay`",
                    f"{spilled} записей не попали в MongoDB и сохранены в файл: выполните "
                    "`scrapy mongo_replay`")


class CrawlHealth:
    """Extension: the crawl's health verdict at close, logged as its last line."""

    def __init__(self, crawler, limits: HealthLimits):
        self.crawler = crawler
        self.limits = limits
        self._final: Health | None = None

    @classmethod
    def from_crawler(cls, crawler):
        health = cls(crawler, HealthLimits.from_settings(crawler.settings))
        crawler.signals.connect(health.engine_stopped, signal=signals.engine_stopped)
        return health

    def assess(self, finish_reason: str | None = None) -> Health:
        """The verdict from the stats as they are now (the MongoDB pipeline asks at spider_closed)."""
        return assess(dict(self.crawler.stats.get_stats()), self.limits, finish_reason)

    def final(self) -> Health:
        """The verdict once the engine has stopped: every stat is in, MongoDB's spill at close too."""
        if self._final is None:
            self._final = self.assess()
        return self._final

    def engine_stopped(self) -> None:
        verdict = self.final()
        if verdict.ok:
            logger.info(verdict.log_line())
        else:
            logger.error(verdict.log_line())
