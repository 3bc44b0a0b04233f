"""``python -m bench.ocr``: what OCR of a timetable picture costs, and how often it finds the
academic year.

Reads every picture of ``bench.timetable_images.SAMPLES`` (clean exports, scans, photos, a
thumbnail, an A4 page at 300 dpi, a portrait page, a year only in the footer, no year at
all, a scanned PDF) with ``tochka.analysis.ocr`` in two ways, for each page segmentation
mode asked (``--psm``):

* ``top-first``: the module's strategy, the top part first and the whole picture only when
  the top names no year;
* ``whole``: the whole picture at once.

Each read is repeated ``--repeat`` times; an image's cost is the mean of its runs, wall
time as ``OcrText.seconds`` reports it and CPU time (this process and its tesseract
children). "dated" counts pictures whose academic year was recognised exactly; "false"
counts pictures given a year they do not name (the one without a year, or a wrong one).

The last line is the module's default (top-first, its own psm):

    ocr: images=<n> dated=<right>/<with a year> mean_s=<wall> p90_s=<wall>

Exit status 1 when Tesseract is unavailable.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from dataclasses import dataclass

from bench.timetable_images import SAMPLES, TimetableSpec, render
from tochka.analysis import ocr

STRATEGIES = {"top-first": ocr.DEFAULT_TOP_FRACTION, "whole": 1.0}


@dataclass
class Reading:
    spec: TimetableSpec
    wall_s: float
    cpu_s: float
    years: list[str]
    cropped: bool
    error: str | None

    @property
    def dated(self) -> bool:
        return self.spec.year is not None and self.years == [self.spec.year]

    @property
    def false_date(self) -> bool:
        return bool(self.years) and self.years != [self.spec.year]


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def read_once(spec: TimetableSpec, body: bytes, top_fraction: float, psm: int) -> Reading:
    reader = ocr.read_scanned_pdf if spec.pdf else ocr.read_image
    cpu_before = _cpu_seconds()
    result = reader(body, top_fraction=top_fraction, psm=psm)
    cpu = _cpu_seconds() - cpu_before
    return Reading(spec, result.seconds, cpu, result.academic_years, result.cropped, result.error)


def read_all(bodies: dict[str, bytes], top_fraction: float, psm: int, repeat: int) -> list[Reading]:
    """One reading per picture, its times the means of ``repeat`` runs."""
    readings = []
    for spec in SAMPLES:
        runs = [read_once(spec, bodies[spec.name], top_fraction, psm) for _ in range(repeat)]
        first = runs[0]
        first.wall_s = statistics.fmean(r.wall_s for r in runs)
        first.cpu_s = statistics.fmean(r.cpu_s for r in runs)
        readings.append(first)
    return readings


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def summary(readings: list[Reading]) -> dict[str, float | int]:
    walls = [r.wall_s for r in readings]
    return {"images": len(readings),
            "with_year": sum(r.spec.year is not None for r in readings),
            "dated": sum(r.dated for r in readings),
            "false": sum(r.false_date for r in readings),
            "errors": sum(r.error is not None for r in readings),
            "mean_s": statistics.fmean(walls), "p90_s": p90(walls),
            "cpu_mean_s": statistics.fmean(r.cpu_s for r in readings)}


def print_images(readings_by_run: dict[tuple[str, int], list[Reading]], psm: int) -> None:
    top, whole = readings_by_run[("top-first", psm)], readings_by_run[("whole", psm)]
    print(f"per image, --psm {psm}: wall seconds (mean of runs), years recognised")
    print(f"{'image':<20} {'year':<10} {'top-first':>9} {'top only':>8} {'whole':>7}  years")
    for t, w in zip(top, whole, strict=True):
        years = ",".join(t.years) or "-"
        note = f"  ERROR {t.error}" if t.error else ""
        print(f"{t.spec.name:<20} {t.spec.year or '-':<10} {t.wall_s:9.2f} {'yes' if t.cropped else 'no':>8} "
              f"{w.wall_s:7.2f}  {years}{note}")


def print_summaries(readings_by_run: dict[tuple[str, int], list[Reading]]) -> None:
    print(f"{'strategy':<10} {'psm':>3} {'dated':>7} {'false':>5} {'errors':>6} {'mean_s':>7} {'p90_s':>6} {'cpu_s':>6}")
    for (strategy, psm), readings in readings_by_run.items():
        s = summary(readings)
        print(f"{strategy:<10} {psm:>3} {s['dated']:>3}/{s['with_year']:<3} {s['false']:>5} {s['errors']:>6} "
              f"{s['mean_s']:7.2f} {s['p90_s']:6.2f} {s['cpu_mean_s']:6.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per picture and strategy (default 3)")
    parser.add_argument("--psm", default="3,6,11", help="page segmentation modes to compare (default 3,6,11)")
    args = parser.parse_args(argv)
    unavailable = ocr.ocr_unavailable_reason()
    if unavailable:
        print(f"ocr: unavailable: {unavailable}")
        return 1
    modes = [int(m) for m in args.psm.split(",")]
    if ocr.PAGE_SEGMENTATION not in modes:
        modes.insert(0, ocr.PAGE_SEGMENTATION)
    bodies = {spec.name: render(spec) for spec in SAMPLES}
    started = time.monotonic()
    readings_by_run = {(strategy, psm): read_all(bodies, fraction, psm, args.repeat)
                       for psm in modes for strategy, fraction in STRATEGIES.items()}
    print_images(readings_by_run, ocr.PAGE_SEGMENTATION)
    print()
    print_summaries(readings_by_run)
    chosen = summary(readings_by_run[("top-first", ocr.PAGE_SEGMENTATION)])
    print(f"(measured in {time.monotonic() - started:.0f} s)")
    print(f"ocr: images={chosen['images']} dated={chosen['dated']}/{chosen['with_year']} "
          f"mean_s={chosen['mean_s']:.2f} p90_s={chosen['p90_s']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
