"""Resuming a crawl from its ``JOBDIR``, at the grain of whole schools.

``scrapy crawl schools -a seeds=… -s JOBDIR=jobs/x`` stopped in any way (Ctrl-C, a reboot,
``SIGKILL``) and started again with the same ``JOBDIR`` finishes the same crawl: same crawl
id, monitoring date and year, same output folder. What is finished is what the crawl's own
``reports.jsonl`` holds (written unbuffered, ``tochka.feeds``): those schools are not crawled
again. A school that was in flight is crawled again from its home page: its state (the pages
read so far, the ledger of open requests) lived in memory and died with the process, and a
verdict must rest on one whole crawl of the site. At most ``TOCHKA_MAX_ACTIVE_SCHOOLS``
schools are repeated, a few minutes of work; persisting every page's facts to make them
resumable would cost more on every run than it saves on the rare crash.

So on a resume the journal keeps the complete report lines, keeps only the page lines of
finished schools, rebuilds ``reports.csv`` from the reports, and discards Scrapy's queue of
pending requests in ``JOBDIR`` (they belong to the dead process's schools; with Scrapy's disk
queue closed uncleanly they could not be trusted anyway). The crawl's first parameters
live in ``JOBDIR/tochka-run.json``, written when it starts.
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..feeds import PAGES, REPORTS, TABLE, one_per_row, read_lines, replaced_atomically, write_lines, write_table
from ..mongo.documents import sha256_of
from ..ops.outputs import crawl_folder, write_json_atomically
from .arguments import ArgumentError, CrawlArguments

logger = logging.getLogger(__name__)

RUN_FILE = "tochka-run.json"
# what Scrapy keeps in a JOBDIR between runs besides spider.state
SCRAPY_QUEUE = ("requests.queue", "requests.seen")


@dataclass(frozen=True)
class Resumed:
    """What earlier runs of this crawl finished: their reports, one per seed row."""

    reports: list[dict]

    def finished(self) -> set[tuple[str, int]]:
        return {(report["school_id"], report.get("seed_line", 0)) for report in self.reports}


NOTHING = Resumed([])


def open_job(jobdir: Path, run: CrawlArguments, export_dir: Path, explicit_crawl_id: bool) -> tuple[CrawlArguments, Resumed]:
    """The crawl to run in ``jobdir``: a new one (recorded there), or the one it was running."""
    recorded = _read_run(jobdir)
    if recorded is None:
        jobdir.mkdir(parents=True, exist_ok=True)
        write_json_atomically(jobdir / RUN_FILE, _describe(run))
        return run, NOTHING
    resumed_run = _same_crawl(recorded, run, jobdir, explicit_crawl_id)
    folder = export_dir / crawl_folder(resumed_run.crawl_id)
    resumed = recover_outputs(folder)
    discard_scrapy_queue(jobdir)
    write_json_atomically(jobdir / RUN_FILE, {**recorded, "resumes": recorded.get("resumes", 0) + 1})
    logger.info("resuming crawl %s from %s: %d schools finished earlier are not crawled again",
                resumed_run.crawl_id, jobdir, len(resumed.reports))
    return resumed_run, resumed


def _describe(run: CrawlArguments) -> dict:
    return {"crawl_id": run.crawl_id, "seeds": run.seeds_path, "seeds_sha256": sha256_of(run.seeds_path),
            "as_of": run.as_of.isoformat(), "year": run.year, "resumes": 0}


def _read_run(jobdir: Path) -> dict | None:
    try:
        return json.loads((jobdir / RUN_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        raise ArgumentError(f"JOBDIR {jobdir}: {RUN_FILE} is damaged; use a new JOBDIR") from None


def _same_crawl(recorded: dict, run: CrawlArguments, jobdir: Path, explicit_crawl_id: bool) -> CrawlArguments:
    """The recorded crawl, refusing arguments that would make it another one."""
    if explicit_crawl_id and run.crawl_id != recorded["crawl_id"]:
        raise ArgumentError(f"JOBDIR {jobdir} holds crawl {recorded['crawl_id']!r}, not {run.crawl_id!r}; "
                            "use another JOBDIR for another crawl")
    if sha256_of(run.seeds_path) != recorded.get("seeds_sha256"):
        raise ArgumentError(f"JOBDIR {jobdir} holds crawl {recorded['crawl_id']!r} of another school list "
                            f"({recorded.get('seeds')}); the list changed since: use a new JOBDIR")
    return replace(run, crawl_id=recorded["crawl_id"], as_of=date.fromisoformat(recorded["as_of"]),
                   year=int(recorded["year"]))


def recover_outputs(folder: Path) -> Resumed:
    """Bring an interrupted crawl's feeds to what it finished; those finished reports."""
    if not folder.is_dir():  # killed before its feeds were opened
        return NOTHING
    reports, _ = one_per_row(read_lines(folder / REPORTS))
    with replaced_atomically(folder / REPORTS) as out:
        write_lines(reports, out)
    finished_schools = {report["school_id"] for report in reports}
    with replaced_atomically(folder / PAGES) as out:
        kept = write_lines((page for page in read_lines(folder / PAGES) if page.get("school_id") in finished_schools),
                           out)
    logger.info("%s: kept %d pages of finished schools", folder / PAGES, kept)
    with replaced_atomically(folder / TABLE) as out:
        write_table(reports, out)
    return Resumed(reports)


def discard_scrapy_queue(jobdir: Path) -> None:
    for name in SCRAPY_QUEUE:
        target = jobdir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
