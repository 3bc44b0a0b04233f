"""``scrapy report``: the workbook, HTML report and notices coordinators act on, from one
crawl (a feed directory or a crawl id in MongoDB), with the changes since an earlier one;
``--school ID``: one school's history across crawls."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from tochka import mongo
from tochka.commands import MongoCommand, open_mongo
from tochka.reports import changes, html, load, notices, texts, workbook

OUTPUTS = ("workbook", "html", "notices")
WORKBOOK_NAME, HTML_NAME, NOTICES_NAME = "report.xlsx", "report.html", "notices"


class Command(MongoCommand, ScrapyCommand):
    def syntax(self) -> str:
        return ("SOURCE [--previous SOURCE] [--region NAME] [--out DIR] [--only workbook,html,notices] "
                "| --school ID [SOURCE ...]")

    def short_desc(self) -> str:
        return "Write the regional workbook, the HTML report and the notices to schools for one crawl"

    def long_desc(self) -> str:
        return (
            "SOURCE is a crawl's feed directory (or its reports.jsonl, or an export directory: its newest "
            "crawl is read), or a crawl id read from MongoDB (--uri or MONGO_URI). Writes report.xlsx, "
            "report.html, notices/<region>/… (DOCX and HTML) and notices.zip into --out (default: "
            "<feed directory>/report, or exports/report-<crawl id>). --previous SOURCE adds the changes "
            "since that crawl. --school ID prints one school's history across the SOURCEs given, or "
            "across every crawl in MongoDB when none is given."
        )

    def add_own_options(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--previous", metavar="SOURCE", help="an earlier crawl to compare with")
        parser.add_argument("--out", metavar="DIR", help="output directory")
        parser.add_argument("--only", metavar="LIST", default=",".join(OUTPUTS),
                            help="comma-separated outputs to write: workbook, html, notices (default: all)")
        parser.add_argument("--region", metavar="NAME", help="only the schools of this region (as in the school list)")
        parser.add_argument("--school", metavar="ID", help="print this school's history across crawls")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        self.opts = opts
        self._client = None
        try:
            if opts.school:
                self._history(opts.school, args)
            else:
                if len(args) != 1:
                    raise UsageError("give exactly one SOURCE (a feed directory or a crawl id)")
                self._report(args[0], opts)
        except load.SourceError as exc:
            print(f"tochka: error: {exc}", file=sys.stderr)
            self.exitcode = 2
        except mongo.pymongo.errors.PyMongoError as exc:
            print(f"tochka: error: MongoDB query failed: {exc}", file=sys.stderr)
            self.exitcode = 1
        finally:
            if self._client is not None:
                self._client.close()

    # --- sources -------------------------------------------------------------------------

    def _database(self):
        if self._client is None:
            self._client, self._db = open_mongo(self.settings, self.opts)
        return self._db

    def _collections(self):
        return mongo.Collections.from_settings(self.settings)

    def _read(self, source: str) -> load.Crawl:
        """A feed path when it exists on disk, else a crawl id in MongoDB."""
        if Path(source).exists():
            crawl = load.read_feed(source)
        elif self.opts.uri or (self.settings is not None and self.settings.get("MONGO_URI")):
            crawl = load.read_mongo(self._database(), self._collections(), source)
        else:
            raise load.SourceError(f"{source}: no such feed file or directory (and no MongoDB URI to look it "
                                   f"up as a crawl id: set MONGO_URI or pass --uri)")
        for problem in crawl.problems:
            print(f"tochka: warning: {problem}", file=sys.stderr)
        return crawl

    # --- the report ----------------------------------------------------------------------

    def _outputs(self, value: str) -> set[str]:
        wanted = {name.strip() for name in value.split(",") if name.strip()}
        unknown = wanted - set(OUTPUTS)
        if unknown or not wanted:
            raise UsageError(f"--only: expected some of {', '.join(OUTPUTS)}, got {value!r}")
        return wanted

    @staticmethod
    def _default_out(crawl: load.Crawl, source: str) -> Path:
        if Path(source).exists():
            return Path(crawl.source).parent / "report"
        return Path("exports") / ("report-" + re.sub(r"[^\w.-]+", "_", crawl.crawl_id))

    def _report(self, source: str, opts: argparse.Namespace) -> None:
        wanted = self._outputs(opts.only)
        crawl = self._read(source)
        previous = self._read(opts.previous) if opts.previous else None
        if opts.region:
            crawl = load.only_region(crawl, opts.region)
            previous = previous and load.only_region(previous, opts.region)
        found = changes.compare(previous, crawl) if previous is not None else None
        out = Path(opts.out) if opts.out else self._default_out(crawl, source)
        print(f"Crawl {crawl.crawl_id} ({crawl.source}): {len(crawl.reports)} school reports")
        if previous is not None and found is not None:
            counts = {kind: sum(c.kind == kind for c in found) for kind in changes.KINDS}
            print(f"Compared with {previous.crawl_id}: "
                  + ", ".join(f"{texts.change_label(k)} {n}" for k, n in counts.items() if n))
        if "workbook" in wanted:
            print(f"Workbook:    {workbook.write(crawl, out / WORKBOOK_NAME, previous, found)}")
        if "html" in wanted:
            print(f"HTML report: {html.write(crawl, out / HTML_NAME, previous, found)}")
        if "notices" in wanted:
            written, archive = notices.write_all(crawl, out / NOTICES_NAME)
            to_verify = sum(1 for path in written if path.parent.name == texts.notice("verify_folder")) // 2
            print(f"Notices:     {len(written) // 2} schools in {out / NOTICES_NAME} (DOCX and HTML), "
                  f"all in {archive}; {to_verify} of them partially checked, in «{texts.notice('verify_folder')}» "
                  f"folders: confirm by hand before sending")

    # --- one school's history --------------------------------------------------------------

    def _history(self, school_id: str, sources: list[str]) -> None:
        if sources:
            crawls = [self._read(source) for source in sources]
        else:
            crawls = load.mongo_history(self._database(), self._collections(), school_id)
        rows = changes.history(crawls, school_id)
        if not rows:
            raise load.SourceError(f"school {school_id!r} is in none of the crawls given")
        print(f"{rows[-1][1].get('name') or school_id} (ID {school_id})")
        print("\t".join(("Проверка", "Дата мониторинга", "Статус", "Баллы", "Нарушения", "Изменения")))
        for crawl, report, moved in rows:
            codes = ", ".join(texts.code_info(v.get("code")).title for v in report.get("violations") or [])
            moves = "; ".join(f"{c.kind_ru}: {c.title}" if c.title else c.kind_ru for c in moved)
            print("\t".join((crawl.crawl_id, texts.date_ru(report.get("as_of")), html.status_ru(report),
                             str(report.get("score", "")), codes or "—", moves or "—")))
