"""What scrapyd's jobs really did: running, finished ok, finished unhealthy, or failed.

    python -m tochka.jobs [--schedule deploy/schedule.toml] [--export-dir DIR]

scrapyd lists a crashed or killed job as "finished", with no error. This command reads each
finished job's log (through scrapyd's web server) and, when present, the crawl's side file
``<export_dir>/<crawl id>/crawl.json`` (a scheduled job's id is its crawl id), and says per job
what happened, in Russian and English. Exit code 1 when the newest job of some region failed
or finished unhealthy, so a cron mail or a monitoring check notices.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from . import scrapyd_api
from .schedule import DEFAULT_SCHEDULE, load_schedule, region_of_job

RUNNING, PENDING, OK, UNHEALTHY, FAILED = "running", "pending", "finished ok", "finished unhealthy", "failed"
STATUS_RU = {RUNNING: "идёт", PENDING: "в очереди", OK: "завершена, в порядке",
             UNHEALTHY: "завершена, но результат ненадёжен", FAILED: "сбой"}

_OPENED = re.compile(r"\[scrapy\.core\.engine\] INFO: Spider opened")
_CLOSED = re.compile(r"\[scrapy\.core\.engine\] INFO: Spider closed \((?P<reason>[^)]*)\)")
_CRITICAL = re.compile(r"^\S+ \S+ \[[^\]]+\] CRITICAL: (?P<message>.*)$", re.M)
_HEALTH = re.compile(r"crawl health: (?P<verdict>ok|unhealthy)(?:: (?P<reasons>.*))?$", re.M)


@dataclass(frozen=True)
class JobStatus:
    status: str
    reason_ru: str
    reason_en: str


def classify_finished(log: str | None, side: dict | None) -> JobStatus:
    """The truth about a job scrapyd lists as finished, from its log and the crawl's side file."""
    if log is None:
        return JobStatus(FAILED, "журнал задания не найден (не создан или уже удалён scrapyd)",
                         "the job's log is missing (never written, or already deleted by scrapyd)")
    if not _OPENED.search(log):
        return JobStatus(FAILED, "проверка не запустилась (ошибка при старте, см. журнал scrapyd)",
                         "the crawl never started (an error at start-up, see scrapyd's own log)")
    critical = _CRITICAL.search(log)
    if critical:
        message = critical["message"].strip()
        return JobStatus(FAILED, f"критическая ошибка: {message}", f"critical error: {message}")
    closed = _CLOSED.search(log)
    if not closed:
        return JobStatus(FAILED, "процесс проверки прерван, не дойдя до конца (убит или упал)",
                         "the crawl process ended before the crawl finished (killed or crashed)")
    if closed["reason"] != "finished":
        return JobStatus(FAILED, f"проверка остановлена досрочно: {closed['reason']}",
                         f"the crawl stopped early: {closed['reason']}")
    return _health(log, side)


def _health(log: str, side: dict | None) -> JobStatus:
    health = (side or {}).get("health") or {}
    if health.get("status") == "unhealthy":
        return JobStatus(UNHEALTHY, "; ".join(health.get("reasons_ru") or []) or "проверка признана ненадёжной",
                         "; ".join(health.get("reasons_en") or []) or "the crawl was judged unhealthy")
    if health.get("status") == "ok":
        return JobStatus(OK, "проверка завершена, состояние в норме", "finished, health ok")
    verdicts = list(_HEALTH.finditer(log))
    if verdicts and verdicts[-1]["verdict"] == "unhealthy":
        reasons = (verdicts[-1]["reasons"] or "").strip()
        return JobStatus(UNHEALTHY, f"проверка признана ненадёжной: {reasons}", f"unhealthy: {reasons}")
    if verdicts:
        return JobStatus(OK, "проверка завершена, состояние в норме", "finished, health ok")
    return JobStatus(OK, "проверка завершена (оценки состояния в журнале нет)",
                     "finished (the log holds no health verdict)")


def read_side_file(export_dir: Path, crawl_id: str) -> dict | None:
    path = export_dir / crawl_id / "crawl.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return {"health": {"status": "unhealthy", "reasons_ru": [f"файл {path} не читается: {exc}"],
                           "reasons_en": [f"{path} is unreadable: {exc}"]}}


@dataclass(frozen=True)
class JobLine:
    region: str
    job_id: str
    started: str
    status: JobStatus


def job_lines(jobs: dict, read_log, export_dir: Path) -> list[JobLine]:
    """Every job scrapyd knows, oldest first, judged; ``read_log(log_url)`` returns a log's text or None."""
    lines = []
    for job in jobs.get("finished", []):
        status = classify_finished(read_log(job["log_url"]) if job.get("log_url") else None,
                                   read_side_file(export_dir, job["id"]))
        lines.append(JobLine(_region(job), job["id"], job.get("start_time", ""), status))
    for job in jobs.get("running", []):
        lines.append(JobLine(_region(job), job["id"], job.get("start_time", ""),
                             JobStatus(RUNNING, f"идёт, процесс {job.get('pid')}", f"running, pid {job.get('pid')}")))
    for job in jobs.get("pending", []):
        lines.append(JobLine(_region(job), job["id"], "~", JobStatus(PENDING, "ждёт свободного места",
                                                                    "waiting for a free process slot")))
    # "~" sorts after any time stamp: a pending job is the newest of its region
    return sorted(lines, key=lambda line: line.started)


def _region(job: dict) -> str:
    return region_of_job(job["id"]) or "-"


def failing_regions(lines: list[JobLine]) -> list[str]:
    """Regions whose newest job failed or finished unhealthy."""
    newest = {line.region: line for line in lines if line.region != "-"}
    return sorted(region for region, line in newest.items() if line.status.status in (FAILED, UNHEALTHY))


def render(lines: list[JobLine]) -> str:
    if not lines:
        return "заданий нет / no jobs"
    out = []
    for line in lines:
        out.append(f"{line.region}\t{line.job_id}\t{line.started[:19]}\t"
                   f"{STATUS_RU[line.status.status]} / {line.status.status}\t"
                   f"{line.status.reason_ru} / {line.status.reason_en}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Say what each scrapyd job of tochka really did")
    parser.add_argument("--schedule", default=str(DEFAULT_SCHEDULE),
                        help="schedule file: its export_dir and project (default %(default)s)")
    parser.add_argument("--export-dir", help="where the crawls' feed folders are (overrides the schedule)")
    args = parser.parse_args(argv)
    return scrapyd_api.run_tool(lambda: report(args.schedule, args.export_dir))


def report(schedule_path: str, export_dir: str | None) -> int:
    """Print every job's verdict; 1 when the newest job of some region failed or was unhealthy."""
    schedule = load_schedule(schedule_path)
    api = scrapyd_api.client()
    lines = job_lines(scrapyd_api.list_jobs(api, schedule.project), lambda url: scrapyd_api.fetch_log(api, url),
                      Path(export_dir or schedule.export_dir))
    print(render(lines))
    failing = failing_regions(lines)
    if failing:
        print(f"последнее задание не удалось: {', '.join(failing)} / the newest job failed: {', '.join(failing)}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
