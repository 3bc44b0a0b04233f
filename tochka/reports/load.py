"""Read one crawl's school reports: from its feed directory (reports.jsonl, pages.jsonl)
or from MongoDB by crawl id. Reports stay the plain dicts of the feed."""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

logger = logging.getLogger(__name__)

REPORTS_FEED = "reports.jsonl"
PAGES_FEED = "pages.jsonl"
MONGO_BATCH = 500


class SourceError(Exception):
    """A crawl that cannot be read: the message says which and why."""


@dataclass
class Crawl:
    crawl_id: str
    source: str  # the feed file, or "MongoDB: <crawl id>"
    reports: list[dict]
    page_titles: dict[str, str] = field(default_factory=dict)  # url -> title, for the proof URLs
    problems: list[str] = field(default_factory=list)  # lines that could not be read

    @property
    def as_of(self) -> str:
        return next((r["as_of"] for r in self.reports if r.get("as_of")), "")

    @property
    def crawled_at(self) -> str:
        return max((r.get("crawled_at") or "" for r in self.reports), default="")


def only_region(crawl: Crawl, region: str) -> Crawl:
    """The part of ``crawl`` in one region (a regional coordinator's report)."""
    kept = [r for r in crawl.reports if (r.get("region") or "") == region]
    if not kept:
        regions = sorted({r.get("region") or "" for r in crawl.reports})
        raise SourceError(f"{crawl.source}: no school in region {region!r}; regions: {', '.join(regions)}")
    return replace(crawl, reports=kept)


def by_school(reports: Iterable[dict]) -> dict[str, dict]:
    """school_id -> report; a duplicated seed row's bad_seed report never hides the school's own."""
    schools: dict[str, dict] = {}
    for report in reports:
        known = schools.get(report["school_id"])
        if known is None or known.get("status") == "bad_seed":
            schools[report["school_id"]] = report
    return schools


# --- feed directories --------------------------------------------------------------------

def feed_file(path: str | Path) -> Path:
    """The reports.jsonl a user means by ``path``: the file itself, the directory holding it,
    or the newest crawl's ``<crawl id>/reports.jsonl`` under an export directory (``exports/demo``)."""
    path = Path(path)
    if path.is_file():
        return path
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if (path / REPORTS_FEED).is_file():
        return path / REPORTS_FEED
    dated = sorted(path.glob(f"*/{REPORTS_FEED}"), key=_started)
    if not dated:
        raise SourceError(f"{path}: no {REPORTS_FEED} in it or in its subdirectories")
    if len(dated) > 1:
        logger.info("%s holds %d crawls; reading the newest, %s", path, len(dated), dated[-1].parent)
    return dated[-1]


def _started(feed: Path) -> tuple[str, float]:
    """When a crawl started, from its side file (crawl.json); else when its feed was written."""
    try:
        started = json.loads((feed.parent / "crawl.json").read_text(encoding="utf-8")).get("started_at") or ""
    except (OSError, ValueError):
        started = ""
    return str(started), feed.stat().st_mtime


def json_lines(path: Path, problems: list[str]) -> Iterator[dict]:
    """The JSON objects of a JSON-lines file; a broken line is skipped and named in ``problems``."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{number}: not JSON ({exc.msg})")
                continue
            if isinstance(value, dict):
                yield value
            else:
                problems.append(f"{path}:{number}: not a JSON object")


def school_reports(docs: Iterable[dict], where: str, problems: list[str]) -> list[dict]:
    reports = []
    for doc in docs:
        if doc.get("item_type", "school_report") != "school_report":
            continue
        if not doc.get("school_id"):
            problems.append(f"{where}: a report without school_id skipped")
            continue
        reports.append(doc)
    return reports


def read_feed(path: str | Path) -> Crawl:
    reports_path = feed_file(path)
    problems: list[str] = []
    try:
        reports = school_reports(json_lines(reports_path, problems), str(reports_path), problems)
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"{reports_path}: cannot read: {exc}") from None
    if not reports:
        raise SourceError(f"{reports_path}: no school reports in it")
    crawl = Crawl(crawl_id_of(reports, str(reports_path), problems), str(reports_path), reports, problems=problems)
    pages_path = reports_path.with_name(PAGES_FEED)
    if pages_path.is_file():
        wanted = proof_urls(reports)
        crawl.page_titles = {p["url"]: p["title"] for p in json_lines(pages_path, problems)
                             if p.get("url") in wanted and p.get("title")}
    return crawl


def crawl_id_of(reports: list[dict], where: str, problems: list[str]) -> str:
    ids = sorted({r.get("crawl_id") or "" for r in reports})
    if len(ids) > 1:
        problems.append(f"{where}: reports of {len(ids)} crawls in one feed ({', '.join(ids)}); "
                        f"read as one")
    return ids[-1]


def proof_urls(reports: Iterable[dict]) -> set[str]:
    """Every URL a report cites as evidence: the pages whose titles the proofs show."""
    urls: set[str] = set()
    for report in reports:
        for block in ("schedule", "publications", "documents"):
            for item in (report.get(block) or {}).get("evidence") or []:
                if isinstance(item, dict):
                    urls.update(u for u in (item.get("url"), item.get("found_on")) if u)
    return urls


# --- MongoDB -----------------------------------------------------------------------------

def read_mongo(db, collections, crawl_id: str) -> Crawl:
    """The reports of one crawl from MongoDB (``tochka.mongo`` collections)."""
    from tochka import mongo

    reports = list(mongo.MongoQueries(db, collections).crawl(crawl_id))
    if not reports:
        raise SourceError(f"MongoDB: no school reports with crawl_id {crawl_id!r} "
                          f"(`scrapy mongo_query crawls` lists the crawls)")
    crawl = Crawl(crawl_id, f"MongoDB: {crawl_id}", reports)
    wanted = sorted(proof_urls(reports))
    pages = db[collections.pages]
    for start in range(0, len(wanted), MONGO_BATCH):
        batch = wanted[start:start + MONGO_BATCH]
        for page in pages.find({"crawl_id": crawl_id, "url": {"$in": batch}}, {"_id": 0, "url": 1, "title": 1}):
            if page.get("title"):
                crawl.page_titles[page["url"]] = page["title"]
    return crawl


def mongo_history(db, collections, school_id: str) -> list[Crawl]:
    """One school's reports across crawls, oldest first, each as a crawl of one school."""
    from tochka import mongo

    return [Crawl(r.get("crawl_id") or "", f"MongoDB: {r.get('crawl_id')}", [r])
            for r in mongo.MongoQueries(db, collections).history(school_id)]
