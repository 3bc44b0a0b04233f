"""The schedule: which regions are due on a day, what a job gets, which jobs block a region;
and the crontab line and systemd units shipped in deploy/."""
from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tochka import schedule as sch
from tochka.schedule import Region, Schedule, ScheduleError

ROOT = Path(__file__).resolve().parents[1]


def region(**kwargs) -> Region:
    return Region(**{"key": "tula", "seeds": "seeds/demo.csv", **kwargs})


def due_on(reg: Region, day: str) -> sch.DueRun | None:
    runs = sch.due_runs(Schedule((reg,)), date.fromisoformat(day))
    return runs[0] if runs else None


def test_monthly_region_is_due_on_its_day_only():
    reg = region(monthly_day=5)
    assert due_on(reg, "2026-03-05").reasons_en == ("monthly, day 5",)
    assert due_on(reg, "2026-03-04") is None and due_on(reg, "2026-03-06") is None


@pytest.mark.parametrize("day, due", [
    ("2026-11-16", False),  # Monday 34 days before: outside the 4 weeks
    ("2026-11-23", True),   # Monday 27 days before
    ("2026-12-14", True),   # Monday 6 days before
    ("2026-12-15", False),  # Tuesday in the window: not the weekday
    ("2026-12-21", False),  # Monday after the date: the next one is a year away
])
def test_weekly_crawls_run_in_the_weeks_before_a_yearly_reporting_date(day, due):
    reg = region(reporting_dates=("12-20",), weekly_weeks_before=4, weekly_weekday=0)
    run = due_on(reg, day)
    assert (run is not None) == due
    if run:
        assert run.reasons_en == ("weekly before the reporting date 2026-12-20",)
        assert "20.12.2026" in run.reasons_ru[0]


def test_a_yearly_reporting_date_early_in_the_year_is_found_from_december():
    reg = region(reporting_dates=("01-15",), weekly_weeks_before=3, weekly_weekday=0)
    assert due_on(reg, "2026-12-28").reasons_en == ("weekly before the reporting date 2027-01-15",)


def test_a_one_off_reporting_date_counts_once():
    reg = region(reporting_dates=("2026-06-01",), weekly_weeks_before=2, weekly_weekday=4)
    assert due_on(reg, "2026-05-29") is not None  # Friday 3 days before
    assert due_on(reg, "2027-05-28") is None


def test_monthly_and_weekly_on_one_day_make_one_run_with_both_reasons():
    reg = region(monthly_day=14, reporting_dates=("12-20",), weekly_weeks_before=1, weekly_weekday=0)
    run = due_on(reg, "2026-12-14")
    assert len(run.reasons_en) == 2 and len(run.reasons_ru) == 2


@pytest.mark.parametrize("as_of, year, want_as_of, want_year", [
    ("run_date", "as_of", "2026-12-14", 2026),
    ("next_reporting_date", "as_of", "2027-01-10", 2027),
    ("next_reporting_date", "previous", "2027-01-10", 2026),
    ("2026-09-01", "2025", "2026-09-01", 2025),
])
def test_as_of_and_year_rules(as_of, year, want_as_of, want_year):
    reg = region(monthly_day=14, reporting_dates=("01-10",), as_of=as_of, year=year)
    run = due_on(reg, "2026-12-14")
    assert (run.as_of.isoformat(), run.year) == (want_as_of, want_year)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "schedule.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_schedule_loads():
    loaded = sch.load_schedule(ROOT / "deploy" / "schedule.toml")
    assert loaded.regions and loaded.project == "tochka" and loaded.spider == "schools"


@pytest.mark.parametrize("body, message", [
    ('[regions.tula]\nmonthly_day = 5\n', "no seeds"),
    ('[regions.Tula]\nseeds = "a.csv"\n', "region key"),
    ('[regions.tula]\nseeds = "a.csv"\nmonthly_day = 31\n', "1..28"),
    ('[regions.tula]\nseeds = "a.csv"\nweekly_weekday = "mon"\n', "weekly_weekday"),
    ('[regions.tula]\nseeds = "a.csv"\nreporting_dates = ["20.12"]\n', "MM-DD"),
    ('[regions.tula]\nseeds = "a.csv"\nweekly_weeks_before = 2\n', "needs reporting_dates"),
    ('[regions.tula]\nseeds = "a.csv"\nas_of = "today"\n', "as_of must be"),
    ('[regions.tula]\nseeds = "a.csv"\nyear = "last"\n', "year must be"),
    ('[defaults]\nexport_dir = "x"\n', "lists no"),
    ('[regions.tula\n', "cannot be read"),
])
def test_a_bad_schedule_is_refused_with_the_entry_named(tmp_path, body, message):
    with pytest.raises(ScheduleError, match=message):
        sch.load_schedule(write(tmp_path, body))


def test_a_missing_schedule_file_is_named(tmp_path):
    with pytest.raises(ScheduleError, match="not found"):
        sch.load_schedule(tmp_path / "nope.toml")


def test_job_ids_name_the_region_and_the_time():
    job_id = sch.new_job_id(region(key="tula_city"), datetime(2026, 12, 14, 6, 0, 5, tzinfo=UTC))
    assert job_id == "tula_city_20261214T060005"
    assert sch.region_of_job(job_id) == "tula_city" and sch.job_day(job_id) == date(2026, 12, 14)
    assert sch.region_of_job("0f3c2a9e8b7d11ef") is None  # a job scheduled by hand


def test_a_pending_or_running_job_or_one_of_the_same_day_blocks_its_region_only():
    reg, day = region(), date(2026, 12, 14)
    assert sch.blocking_job(reg, {"running": [{"id": "tula_20261213T060000"}]}, day)[1].endswith("running")
    assert sch.blocking_job(reg, {"pending": [{"id": "tula_20261214T060000"}]}, day)[1].endswith("pending")
    assert "finished" in sch.blocking_job(reg, {"finished": [{"id": "tula_20261214T050000"}]}, day)[1]
    assert sch.blocking_job(reg, {"finished": [{"id": "tula_20261213T050000"}]}, day) is None
    assert sch.blocking_job(reg, {"running": [{"id": "tula_city_20261214T060000"}]}, day) is None


def test_job_arguments_carry_absolute_paths_and_the_crawl_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "tula.csv").write_text("id,name,region,url\n", encoding="utf-8")
    reg = region(seeds="seeds/tula.csv", monthly_day=14, settings={"TOCHKA_PAGE_BUDGET": "50"})
    run = due_on(reg, "2026-12-14")
    args = sch.job_arguments(Schedule((reg,), export_dir="out"), run, "tula_20261214T060000")
    assert ("seeds", str(tmp_path / "seeds" / "tula.csv")) in args
    assert ("crawl_id", "tula_20261214T060000") in args and ("jobid", "tula_20261214T060000") in args
    assert ("setting", f"TOCHKA_EXPORT_DIR={tmp_path / 'out'}") in args
    assert ("setting", "TOCHKA_PAGE_BUDGET=50") in args
    assert ("as_of", "2026-12-14") in args and ("year", "2026") in args


def test_seeds_urls_pass_as_they_are_and_missing_files_are_named(tmp_path):
    assert sch.resolve_seeds("https://edu.example/tula.csv") == "https://edu.example/tula.csv"
    with pytest.raises(ScheduleError, match="seeds file not found"):
        sch.resolve_seeds(str(tmp_path / "absent.csv"))


# -- deploy/: crontab line and systemd units ------------------------------------------------------
def test_the_crontab_example_runs_the_schedule_and_the_status_commands():
    lines = [line for line in (ROOT / "deploy" / "crontab.example").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    commands = []
    for line in lines:
        fields = line.split(None, 5)
        assert len(fields) == 6 and all(f == "*" or f.isdigit() for f in fields[:5]), line
        commands.append(shlex.split(fields[5]))
    assert any("tochka.schedule" in cmd for cmd in commands) and any("tochka.jobs" in cmd for cmd in commands)


def units() -> dict[str, configparser.ConfigParser]:
    parsed = {}
    for path in sorted((ROOT / "deploy" / "systemd").iterdir()):
        parser = configparser.ConfigParser(strict=True, interpolation=None)
        parser.optionxform = str
        parser.read(path, encoding="utf-8")
        parsed[path.name] = parser
    return parsed


def test_the_timer_triggers_the_schedule_service():
    parsed = units()
    service, timer = parsed["tochka-schedule.service"], parsed["tochka-schedule.timer"]
    assert service["Service"]["Type"] == "oneshot"
    assert "-m tochka.schedule" in service["Service"]["ExecStart"]
    assert timer["Timer"]["OnCalendar"] and timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_accepts_the_units(tmp_path):
    # the units name /srv/tochka; verify checks that ExecStart exists, so point them at this checkout
    for name in units():
        text = (ROOT / "deploy" / "systemd" / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace("/srv/tochka", str(ROOT)).replace("User=tochka", "User=root"),
                                     encoding="utf-8")
    result = subprocess.run(["systemd-analyze", "verify", *sorted(str(p) for p in tmp_path.iterdir())],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
