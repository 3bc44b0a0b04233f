"""How a failed request is described in a school's report."""
from __future__ import annotations

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from ..analysis.facts import PageFacts
from ..kinds import PageKind, Role
from ..middlewares import BudgetExhausted
from .school import SchoolCrawl
from .visit import Visit

MAX_REASON = 200


def status_of(failure: Failure) -> int:
    """The HTTP status of a failed request, 0 when no response came."""
    return failure.value.response.status if failure.check(HttpError) else 0


def describe(failure: Failure) -> str:
    """«HTTP 404», the reason a component refused the request, or the network error."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    if failure.check(IgnoreRequest):
        return str(failure.value) or "request ignored"
    return f"{type(failure.value).__name__}: {failure.value}"[:MAX_REASON]


def server_answered(failure: Failure) -> bool:
    """The server is there, it only refused this page (4xx): the site is reachable."""
    return bool(failure.check(HttpError)) and failure.value.response.status < 500


def record(school: SchoolCrawl, failure: Failure, request: Request, visit: Visit) -> PageFacts | None:
    """Note a failed request in the school's crawl; the facts of the page it leaves
    behind, None for the last-resort probes, whose failures are expected."""
    reason = describe(failure)
    if failure.check(BudgetExhausted):
        school.refused["page budget"] += 1
    if "robots.txt" in reason:
        school.robots_blocked.append(request.url)
    school.errors[reason] += 1
    if visit.role == Role.HOME and not school.home_seen:
        if server_answered(failure):
            school.reachable = school.home_seen = True  # the server answers; the page is missing
        else:
            school.unreachable_reason = reason
    if visit.role in (Role.PROBE, Role.SITEMAP):
        return None
    facts = PageFacts(url=request.url, status=status_of(failure), kind=PageKind.ERROR, note=reason)
    school.facts.append(facts)
    return facts
