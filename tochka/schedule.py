"""Start the regions' scheduled crawls on scrapyd: run once a day by cron or a systemd timer.

    python -m tochka.schedule [--schedule deploy/schedule.toml] [--date YYYY-MM-DD] [--dry-run]

scrapyd runs jobs but schedules nothing by itself; this command decides which regions are
due on a day (``due_runs``, a pure function of the schedule and the date) and calls
scrapyd's ``schedule.json`` for each. A region never gets a second job while one is
pending or running, nor a second job on one day (both read from ``listjobs.json``): a
region's jobs are named ``<region>_<UTC time stamp>``, and that job id is also the crawl id,
so its feeds are in ``<export_dir>/<job id>/``.

Relative paths in the schedule (seeds, export_dir) are relative to the working directory,
which the crontab line and the systemd unit set to the repository.
"""
from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from scrapyd_client.exceptions import ErrorResponse, MalformedResponse

from . import scrapyd_api

DEFAULT_SCHEDULE = Path("deploy/schedule.toml")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
REGION_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
JOB_ID = re.compile(r"^(?P<region>[a-z0-9][a-z0-9_-]*)_(?P<stamp>\d{8}T\d{6})$")
STAMP_FORMAT = "%Y%m%dT%H%M%S"


class ScheduleError(scrapyd_api.ToolError):
    """The schedule file cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Region:
    key: str
    seeds: str                              # a path or an http(s) URL
    name: str = ""
    monthly_day: int | None = None          # 1..28: crawl on this day of every month
    reporting_dates: tuple[str, ...] = ()   # "MM-DD" every year, or "YYYY-MM-DD" once
    weekly_weeks_before: int = 0            # weekly crawls in the N weeks before a reporting date
    weekly_weekday: int = 0                 # 0 = Monday
    as_of: str = "run_date"                 # "run_date" | "next_reporting_date" | "YYYY-MM-DD"
    year: str = "as_of"                     # "as_of" | "previous" | "YYYY"
    settings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Schedule:
    regions: tuple[Region, ...]
    export_dir: str = "exports"
    project: str = "tochka"
    spider: str = "schools"


@dataclass(frozen=True)
class DueRun:
    region: Region
    as_of: date
    year: int
    reasons_ru: tuple[str, ...]
    reasons_en: tuple[str, ...]


# -- reading the schedule ------------------------------------------------------------------------
def load_schedule(path: str | Path) -> Schedule:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScheduleError(f"schedule file not found: {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ScheduleError(f"schedule file {path} cannot be read: {exc}") from None
    defaults = data.get("defaults", {})
    regions = tuple(_region(path, key, entry) for key, entry in data.get("regions", {}).items())
    if not regions:
        raise ScheduleError(f"schedule file {path} lists no [regions.<key>]")
    return Schedule(regions, str(defaults.get("export_dir", "exports")), str(defaults.get("project", "tochka")),
                    str(defaults.get("spider", "schools")))


def _region(path: Path, key: str, entry: dict) -> Region:
    def bad(message: str) -> ScheduleError:
        return ScheduleError(f"{path}: [regions.{key}]: {message}")

    if not REGION_KEY.match(key):
        raise bad("a region key is lower-case latin letters, digits, '_' or '-'")
    if not entry.get("seeds"):
        raise bad("no seeds (a path or an http(s) URL of the school list)")
    monthly = entry.get("monthly_day")
    if monthly is not None and not (isinstance(monthly, int) and 1 <= monthly <= 28):
        raise bad(f"monthly_day must be a day 1..28 (every month has it), not {monthly!r}")
    weekday = str(entry.get("weekly_weekday", "monday")).lower()
    if weekday not in WEEKDAYS:
        raise bad(f"weekly_weekday {weekday!r} is not one of {', '.join(WEEKDAYS)}")
    reporting = tuple(str(d) for d in entry.get("reporting_dates", ()))
    for text in reporting:
        _occurrences(text, 2000, bad)
    weeks = entry.get("weekly_weeks_before", 0)
    if not isinstance(weeks, int) or weeks < 0:
        raise bad(f"weekly_weeks_before must be a whole number of weeks, not {weeks!r}")
    if weeks and not reporting:
        raise bad("weekly_weeks_before needs reporting_dates")
    as_of, year = str(entry.get("as_of", "run_date")), str(entry.get("year", "as_of"))
    if as_of not in ("run_date", "next_reporting_date") and not _is_iso_date(as_of):
        raise bad(f"as_of must be run_date, next_reporting_date or YYYY-MM-DD, not {as_of!r}")
    if as_of == "next_reporting_date" and not reporting:
        raise bad("as_of = next_reporting_date needs reporting_dates")
    if year not in ("as_of", "previous") and not re.fullmatch(r"\d{4}", year):
        raise bad(f"year must be as_of, previous or a year like 2026, not {year!r}")
    settings = {str(k): str(v) for k, v in entry.get("settings", {}).items()}
    return Region(key, str(entry["seeds"]), str(entry.get("name", "")), monthly, reporting, weeks,
                  WEEKDAYS.index(weekday), as_of, year, settings)


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _occurrences(text: str, year: int, bad=ScheduleError) -> list[date]:
    """The dates a reporting date stands for around ``year``: "MM-DD" recurs, "YYYY-MM-DD" is one day."""
    try:
        if re.fullmatch(r"\d{2}-\d{2}", text):
            return [date.fromisoformat(f"{y}-{text}") for y in (year, year + 1)]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return [date.fromisoformat(text)]
    except ValueError:
        pass
    raise bad(f"reporting date {text!r} is neither MM-DD (every year) nor YYYY-MM-DD")


# -- deciding --------------------------------------------------------------------------------------
def next_reporting_date(region: Region, day: date) -> date | None:
    """The first reporting date on or after ``day``."""
    upcoming = [d for text in region.reporting_dates for d in _occurrences(text, day.year) if d >= day]
    return min(upcoming, default=None)


def due_runs(schedule: Schedule, day: date) -> list[DueRun]:
    """The regions whose crawl falls on ``day``, with the as_of date and year each crawl uses."""
    return [run for region in schedule.regions if (run := _due_run(region, day))]


def _due_run(region: Region, day: date) -> DueRun | None:
    reasons_ru, reasons_en = [], []
    if region.monthly_day == day.day:
        reasons_ru.append(f"ежемесячно, {day.day}-го числа")
        reasons_en.append(f"monthly, day {day.day}")
    upcoming = next_reporting_date(region, day + timedelta(days=1))
    if (region.weekly_weeks_before and upcoming and day.weekday() == region.weekly_weekday
            and (upcoming - day).days <= 7 * region.weekly_weeks_before):
        reasons_ru.append(f"еженедельно перед отчётной датой {upcoming:%d.%m.%Y}")
        reasons_en.append(f"weekly before the reporting date {upcoming.isoformat()}")
    if not reasons_en:
        return None
    as_of = _as_of(region, day)
    return DueRun(region, as_of, _year(region, as_of), tuple(reasons_ru), tuple(reasons_en))


def _as_of(region: Region, day: date) -> date:
    if region.as_of == "run_date":
        return day
    if region.as_of == "next_reporting_date":
        return next_reporting_date(region, day) or day
    return date.fromisoformat(region.as_of)


def _year(region: Region, as_of: date) -> int:
    if region.year == "as_of":
        return as_of.year
    if region.year == "previous":
        return as_of.year - 1
    return int(region.year)


# -- scrapyd's jobs ----------------------------------------------------------------------------------
def region_of_job(job_id: str) -> str | None:
    match = JOB_ID.match(job_id)
    return match["region"] if match else None


def job_day(job_id: str) -> date | None:
    match = JOB_ID.match(job_id)
    return datetime.strptime(match["stamp"], STAMP_FORMAT).date() if match else None


def new_job_id(region: Region, now: datetime) -> str:
    return f"{region.key}_{now.astimezone(UTC).strftime(STAMP_FORMAT)}"


def blocking_job(region: Region, jobs: dict, day: date) -> tuple[str, str] | None:
    """(ru, en) why ``region`` must not start now: a job of it is pending/running or ran on ``day``."""
    for state, ru in (("pending", "в очереди"), ("running", "идёт")):
        for job in jobs.get(state, []):
            if region_of_job(job["id"]) == region.key:
                return f"задание {job['id']} уже {ru}", f"job {job['id']} is already {state}"
    for job in jobs.get("finished", []):
        if region_of_job(job["id"]) == region.key and job_day(job["id"]) == day:
            return (f"задание {job['id']} этого дня уже завершилось",
                    f"job {job['id']} of this day has already finished")
    return None


def resolve_seeds(seeds: str) -> str:
    """An http(s) URL as is; a path made absolute (a job runs in scrapyd's directory), and it must exist."""
    if re.match(r"^https?://", seeds, re.I):
        return seeds
    path = Path(seeds).expanduser().resolve()
    if not path.is_file():
        raise ScheduleError(f"seeds file not found: {path}")
    return str(path)


def job_arguments(schedule: Schedule, run: DueRun, job_id: str) -> list[tuple[str, str]]:
    """Form fields of schedule.json: spider arguments, the job id (= crawl id) and settings."""
    settings = {"TOCHKA_EXPORT_DIR": str(Path(schedule.export_dir).expanduser().resolve()), **run.region.settings}
    return [("jobid", job_id), ("crawl_id", job_id), ("seeds", resolve_seeds(run.region.seeds)),
            ("as_of", run.as_of.isoformat()), ("year", str(run.year)),
            *(("setting", f"{name}={value}") for name, value in settings.items())]


def start_due(schedule: Schedule, day: date, api, dry_run: bool) -> int:
    """Print one line per due region and start it unless dry; 1 when a region could not be started."""
    jobs = scrapyd_api.list_jobs(api, schedule.project)
    failed = 0
    runs = due_runs(schedule, day)
    if not runs:
        print(f"{day.isoformat()}: по расписанию ничего не запускается / no region is due")
    for run in runs:
        region = run.region
        what = (f"{'; '.join(run.reasons_ru)}; as_of {run.as_of.isoformat()}, год {run.year}",
                f"{'; '.join(run.reasons_en)}; as_of {run.as_of.isoformat()}, year {run.year}")
        blocked = blocking_job(region, jobs, day)
        if blocked:
            print(f"{region.key}: не запущено: {blocked[0]} / not started: {blocked[1]}")
            continue
        job_id = new_job_id(region, datetime.now(UTC))
        try:
            args = job_arguments(schedule, run, job_id)
            if not dry_run:
                api.schedule(schedule.project, schedule.spider, args)
        except (ScheduleError, ErrorResponse, MalformedResponse) as exc:
            failed = 1
            print(f"{region.key}: не запущено из-за ошибки / not started: {exc}")
            continue
        verb = ("будет запущено", "would start") if dry_run else ("запущено", "started")
        print(f"{region.key}: {verb[0]} задание {job_id} ({what[0]}) / {verb[1]} job {job_id} ({what[1]})")
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start the regions' crawls due today on scrapyd")
    parser.add_argument("--schedule", default=str(DEFAULT_SCHEDULE), help="schedule file (TOML)")
    parser.add_argument("--date", type=date.fromisoformat, default=None,
                        help="decide for this day, YYYY-MM-DD (default: today, local time)")
    parser.add_argument("--dry-run", action="store_true", help="print what would start; start nothing")
    args = parser.parse_args(argv)
    return scrapyd_api.run_tool(lambda: start_due(load_schedule(args.schedule), args.date or date.today(),
                                                  scrapyd_api.client(), args.dry_run))


if __name__ == "__main__":
    sys.exit(main())
