"""Feeds as journals and resuming from a JOBDIR, on files: cut partial lines, recovered
outputs, the run recorded in the JOBDIR, and appends without a second CSV header."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from tochka.crawl.arguments import ArgumentError, CrawlArguments, SpiderArguments
from tochka.crawl.journal import RUN_FILE, open_job, recover_outputs
from tochka.crawl.sources import SeedList, open_source
from tochka.exporters import ReportCsvExporter
from tochka.feeds import JournalFileStorage, cut_partial_line, read_lines
from tochka.ops.outputs import crawl_folder
from tochka.seeds import read_seeds

SEEDS = "id,name,region,url\ns1,Школа 1,Регион,s1.example.ru\ns2,Школа 2,Регион,s2.example.ru\n,,Регион,x\n"


def report(school_id: str, line: int, status: str = "ok") -> dict:
    return {"item_type": "school_report", "school_id": school_id, "seed_line": line, "status": status,
            "name": f"Школа {school_id}", "crawl_id": "c1"}


def write_jsonl(path: Path, records: list[dict], tail: bytes = b"") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records) + tail)


@pytest.fixture
def seeds(tmp_path) -> Path:
    path = tmp_path / "seeds.csv"
    path.write_text(SEEDS, encoding="utf-8")
    return path


def test_a_partial_last_line_is_cut_and_skipped(tmp_path):
    path = tmp_path / "reports.jsonl"
    write_jsonl(path, [report("s1", 2)], tail=b'{"school_id": "s2", "seed')
    assert [r["school_id"] for r in read_lines(path)] == ["s1"]
    assert cut_partial_line(path) == len(b'{"school_id": "s2", "seed')
    assert path.read_bytes().endswith(b"}\n") and cut_partial_line(path) == 0
    assert cut_partial_line(tmp_path / "absent.jsonl") == 0


def test_recovered_outputs_keep_finished_schools_only(tmp_path):
    folder = tmp_path / "crawl"
    write_jsonl(folder / "reports.jsonl", [report("s1", 2), report("line-4", 4, "bad_seed")], tail=b'{"scho')
    write_jsonl(folder / "pages.jsonl", [{"school_id": "s1", "url": "http://s1/"},
                                         {"school_id": "s2", "url": "http://s2/"}], tail=b'{"url')
    (folder / "reports.csv").write_text("garbage from the killed run\n", encoding="utf-8")
    resumed = recover_outputs(folder)
    assert resumed.finished() == {("s1", 2), ("line-4", 4)}
    assert [p["school_id"] for p in read_lines(folder / "pages.jsonl")] == ["s1"]
    with open(folder / "reports.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][0] == "ID школы" and [row[0] for row in table[1:]] == ["s1", "line-4"]


def test_a_new_jobdir_records_the_crawl_and_a_second_start_resumes_it(tmp_path, seeds):
    jobdir, exports = tmp_path / "job", tmp_path / "exports"
    first = CrawlArguments.parse("schools", str(seeds), "2026-11-30", None, None)
    run, resumed = open_job(jobdir, first, exports, explicit_crawl_id=False)
    assert run == first and not resumed.reports
    assert json.loads((jobdir / RUN_FILE).read_text())["crawl_id"] == first.crawl_id
    write_jsonl(exports / crawl_folder(first.crawl_id) / "reports.jsonl", [report("s1", 2)])
    (jobdir / "requests.queue").mkdir()
    (jobdir / "requests.queue" / "p0").write_bytes(b"stale")
    # started again days later without arguments for the id or the date: the same crawl
    again = CrawlArguments.parse("schools", str(seeds), None, None, None)
    run, resumed = open_job(jobdir, again, exports, explicit_crawl_id=False)
    assert (run.crawl_id, run.as_of, run.year) == (first.crawl_id, first.as_of, first.year)
    assert resumed.finished() == {("s1", 2)}
    assert not (jobdir / "requests.queue").exists()
    source = SeedList(run.entries, resumed)
    assert [e.id for e in source._unfinished()] == ["s2", "line-4"]


def test_a_jobdir_refuses_another_crawl_id_or_a_changed_list(tmp_path, seeds):
    jobdir, exports = tmp_path / "job", tmp_path / "exports"
    open_job(jobdir, CrawlArguments.parse("schools", str(seeds), None, None, "c1"), exports, explicit_crawl_id=True)
    with pytest.raises(ArgumentError, match="holds crawl 'c1', not 'c2'"):
        open_job(jobdir, CrawlArguments.parse("schools", str(seeds), None, None, "c2"), exports, explicit_crawl_id=True)
    seeds.write_text(SEEDS + "s3,Школа 3,Регион,s3.example.ru\n", encoding="utf-8")
    with pytest.raises(ArgumentError, match="the list changed since"):
        open_job(jobdir, CrawlArguments.parse("schools", str(seeds), None, None, None), exports,
                 explicit_crawl_id=False)
    (jobdir / RUN_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ArgumentError, match="damaged"):
        open_job(jobdir, CrawlArguments.parse("schools", str(seeds), None, None, None), exports,
                 explicit_crawl_id=False)


def test_open_source_resumes_only_with_a_jobdir(tmp_path, seeds):
    given = SpiderArguments(seeds=str(seeds), crawl_id="c9")
    plain = get_crawler(settings_dict={"TOCHKA_EXPORT_DIR": str(tmp_path)}).settings
    run, source = open_source("schools", given, plain)
    assert run.crawl_id == "c9" and len(source.entries) == len(read_seeds(seeds))
    resumable = get_crawler(settings_dict={"TOCHKA_EXPORT_DIR": str(tmp_path), "JOBDIR": str(tmp_path / "j")}).settings
    open_source("schools", given, resumable)
    assert (tmp_path / "j" / RUN_FILE).exists()


def test_journal_storage_appends_unbuffered_and_the_table_gets_one_header(tmp_path):
    path = tmp_path / "out" / "reports.csv"
    for batch in ([report("s1", 2)], [report("s2", 3)]):
        storage = JournalFileStorage(str(path), feed_options={"format": "tochka_csv", "overwrite": True},
                                     journal=True)
        handle = storage.open(None)
        exporter = ReportCsvExporter(handle, encoding="utf-8-sig")
        exporter.start_exporting()
        for item in batch:
            exporter.export_item(item)
            assert path.stat().st_size > 0  # on disk at once: no buffer in the process
        exporter.finish_exporting()
        storage.store(handle)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert [row[0] for row in table] == ["ID школы", "s1", "s2"]
    assert path.read_bytes().count(b"\xef\xbb\xbf") == 1


def test_a_plain_crawl_overwrites_its_feed_as_before(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text("old\n", encoding="utf-8")
    storage = JournalFileStorage.from_crawler(get_crawler(), str(path),
                                              feed_options={"format": "jsonlines", "overwrite": True})
    storage.store(storage.open(None))
    assert path.read_bytes() == b""
    journal = JournalFileStorage.from_crawler(get_crawler(settings_dict={"JOBDIR": str(tmp_path / "j")}), str(path),
                                              feed_options={"format": "jsonlines", "overwrite": True})
    path.write_bytes(b'{"a": 1}\n{"b"')
    journal.store(journal.open(None))
    assert path.read_bytes() == b'{"a": 1}\n'
