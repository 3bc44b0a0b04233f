"""OCR of timetable pictures and scanned PDFs with the real Tesseract, on pictures drawn like
the ones schools publish (bench/timetable_images.py): the academic year must come out of
the heading, the footer or a scanned page; every bad body must come back with a reason."""
from __future__ import annotations

import io
import pickle
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from scrapy.settings import Settings

from bench.timetable_images import picture, render, sample
from tochka.analysis import ocr
from tochka.analysis.ocr import OcrBudget, probe_tesseract, read_image, read_scanned_pdf

needs_tesseract = pytest.mark.skipif(
    not ocr.ocr_available(),
    reason=f"Tesseract with its Russian model is not installed: {ocr.ocr_unavailable_reason()}")

_ANY_DASH = re.compile(r"\s*[-‐‑‒–—―−]+\s*")


def _dashes_plain(text: str) -> str:
    """OCR writes the year's dash as any dash, sometimes spaced: compare on a plain '-'."""
    return _ANY_DASH.sub("-", text)


def _pdf_of(*pictures: Image.Image) -> bytes:
    """An image-only PDF, one picture per page, as a scanner saves it."""
    out = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pictures]
    first.save(out, format="PDF", resolution=150.0, save_all=True, append_images=rest, quality=60)
    return out.getvalue()


# -- reading what a school publishes -----------------------------------------------------

@needs_tesseract
@pytest.mark.parametrize("name", ["clean-png", "scan-jpeg", "blue-band-en-dash", "photo-tilted"])
def test_year_in_the_heading_is_read_from_the_top_alone(name):
    spec = sample(name)
    result = read_image(render(spec))
    assert result.error is None
    assert spec.year in _dashes_plain(result.text)
    assert result.cropped, "the heading names the year: the rest of the picture is not read"
    assert result.academic_years == [spec.year]
    assert spec.year in result.snippet and "учебный год" in result.snippet.lower()


@needs_tesseract
def test_year_only_in_the_footer_is_found_by_reading_the_whole_picture():
    spec = sample("year-at-bottom")
    result = read_image(render(spec))
    assert result.error is None
    assert not result.cropped
    assert spec.year in _dashes_plain(result.text)
    assert "Робототехника" in result.text, "the whole picture, grid included, was read"


@needs_tesseract
def test_picture_without_a_year_gives_its_text_and_no_year():
    result = read_image(render(sample("no-year")))
    assert result.error is None
    assert not result.cropped
    assert "Расписание занятий" in result.text
    assert result.academic_years == []
    assert result.snippet is None


@needs_tesseract
def test_scanned_pdf_page_is_rasterised_and_read():
    body = render(sample("scanned-pdf"))
    assert PdfReader(io.BytesIO(body)).pages[0].extract_text().strip() == "", "image-only PDF"
    result = read_scanned_pdf(body)
    assert result.error is None
    assert "2023-2024" in _dashes_plain(result.text)
    assert result.cropped


@needs_tesseract
def test_scanned_pdf_reads_further_pages_until_one_names_a_year():
    undated = picture(sample("no-year"))
    dated = picture(replace(sample("scan-jpeg"), year="2024-2025"))
    body = _pdf_of(undated, dated)
    assert read_scanned_pdf(body, max_pages=1).academic_years == []
    two_pages = read_scanned_pdf(body, max_pages=2)
    assert two_pages.error is None
    assert two_pages.academic_years == ["2024-2025"]


@needs_tesseract
def test_huge_picture_is_scaled_down_before_reading():
    body = render(sample("a4-300dpi-jpeg"))
    assert Image.open(io.BytesIO(body)).size == (3508, 2480)
    decoded = ocr._decode(body, 1_000_000)
    assert decoded.width * decoded.height <= 1_000_000 and decoded.mode == "L"
    result = read_image(body, max_pixels=1_000_000)
    assert result.error is None and result.academic_years == ["2023-2024"]


@needs_tesseract
def test_transparent_png_is_read_on_white_paper():
    # dark text on a transparent background turns black-on-black if the alpha is just dropped
    layer = Image.new("RGBA", (1240, 300), (0, 0, 0, 0))
    layer.alpha_composite(picture(sample("clean-png")).crop((0, 0, 1240, 300)).convert("RGBA"))
    alpha = layer.convert("L").point(lambda v: 255 - v)   # paper transparent, ink opaque
    ink = Image.new("RGBA", layer.size, (0, 0, 0, 255))
    ink.putalpha(alpha)
    out = io.BytesIO()
    ink.save(out, format="PNG")
    result = read_image(out.getvalue())
    assert result.error is None and result.academic_years == ["2023-2024"]


# -- bodies that give no text, each with its reason ---------------------------------------

@needs_tesseract
def test_oversized_body_is_refused_unread():
    body = render(sample("clean-png"))
    result = read_image(body, max_bytes=len(body) - 1)
    assert result.text == "" and "size limit" in result.error
    assert "size limit" in read_scanned_pdf(render(sample("scanned-pdf")), max_bytes=1000).error


@needs_tesseract
@pytest.mark.parametrize("body, reason", [
    (b"", "empty body"),
    (b"<html><body>404 Not Found</body></html>", "not a picture"),
    (render(sample("scan-jpeg"))[:20000], "could not be decoded"),   # a download cut short
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "could not be decoded"),   # header cut short
    (b"P6\nv55 48\n255\n", "could not be decoded"),   # a header Pillow's parser chokes on
])
def test_undecodable_picture_gives_a_reason(body, reason):
    result = read_image(body)
    assert result.text == "" and reason in result.error


@needs_tesseract
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize("size", [(10_000, 10_000), (20_000, 10_000)])
def test_decompression_bomb_is_refused(size):
    # a one-bit PNG of 100-200 million pixels is a few kilobytes: Pillow warns, then raises
    out = io.BytesIO()
    Image.new("1", size, 1).save(out, format="PNG")
    assert len(out.getvalue()) < 1_000_000
    result = read_image(out.getvalue())
    assert result.text == "" and "decompression bomb" in result.error


@needs_tesseract
@pytest.mark.parametrize("body", [b"%PDF-1.4\n%broken\n", b"PK\x03\x04 a zip, not a pdf"])
def test_broken_pdf_gives_a_reason(body):
    result = read_scanned_pdf(body)
    assert result.text == "" and "PDF could not be opened" in result.error


@needs_tesseract
def test_pdf_page_that_cannot_be_loaded_gives_a_reason():
    body = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Font>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF")   # its one "page" is a font
    result = read_scanned_pdf(body)
    assert result.text == "" and "PDF page 1 could not be rendered" in result.error


@needs_tesseract
def test_time_limit_stops_tesseract():
    result = read_image(render(sample("a4-300dpi-jpeg")), timeout_s=0.05)
    assert result.text == ""
    assert "timed out" in result.error or "time limit" in result.error
    assert result.seconds < 2


def test_recognised_text_is_tidied_line_by_line():
    raw = "Расписание  занятий\n\n на 2023 —  2024 учебный год \nПриказ от 01.09.2023\n-2024\n14:30–15:15\n"
    assert ocr.clean_text(raw) == (
        "Расписание занятий\nна 2023-2024 учебный год\nПриказ от 01.09.2023\n-2024\n14:30-15:15")


# -- is Tesseract here --------------------------------------------------------------------

def test_missing_binary_is_reported(tmp_path):
    reason = probe_tesseract(str(tmp_path / "tesseract"))
    assert "not installed" in reason and "apt-get install tesseract-ocr" in reason


@needs_tesseract
def test_missing_russian_model_is_reported(tmp_path):
    listing = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    tessdata = Path(re.search(r'"([^"]+)"', listing).group(1))
    (tmp_path / "eng.traineddata").symlink_to(tessdata / "eng.traineddata")
    assert probe_tesseract(tessdata_dir=str(tmp_path)).startswith("tesseract has no Russian model")
    assert probe_tesseract(tessdata_dir=str(tessdata)) is None


# -- budget -------------------------------------------------------------------------------

def test_budget_comes_from_the_project_settings():
    settings = Settings()
    settings.setmodule("tochka.settings")
    settings.set("TOCHKA_OCR_MAX_IMAGES_PER_SCHOOL", "2")
    budget = OcrBudget.from_settings(settings)
    assert (budget.enabled, budget.max_images, budget.max_seconds, budget.max_bytes) == (
        True, 2, settings.getfloat("TOCHKA_OCR_MAX_SECONDS_PER_SCHOOL"), settings.getint("TOCHKA_OCR_MAX_BYTES"))


def test_turned_off_budget_refuses_everything():
    allowed, reason = OcrBudget(enabled=False).allow(100)
    assert not allowed and "TOCHKA_OCR_ENABLED" in reason


@needs_tesseract
def test_budget_stops_a_school_after_its_images():
    budget = OcrBudget(max_images=2, max_seconds=60)
    bodies = [render(sample(name)) for name in ("clean-png", "scan-jpeg", "thumbnail-jpeg")]
    read = []
    for body in bodies:
        allowed, reason = budget.allow(len(body))
        if not allowed:
            break
        result = read_image(body, timeout_s=budget.seconds_left)
        budget.spend(result.seconds)
        read.append(result.academic_years)
    assert read == [["2023-2024"], ["2023-2024"]]
    assert "2 of 2 images" in reason
    assert budget.seconds > 0


@needs_tesseract
def test_budget_stops_a_school_after_its_seconds_and_on_big_bodies():
    budget = OcrBudget(max_images=10, max_seconds=1.0, max_bytes=1000)
    assert budget.allow(999) == (True, "")
    assert "TOCHKA_OCR_MAX_BYTES" in budget.allow(1001)[1]
    budget.spend(1.2)
    allowed, reason = budget.allow(10)
    assert not allowed and "1.2 of 1 s" in reason


def test_budget_pickles_with_what_it_has_spent():
    budget = OcrBudget(max_images=3)
    budget.spend(0.7)
    restored = pickle.loads(pickle.dumps(budget))
    assert restored == budget and restored.images == 1 and restored.seconds == 0.7


# -- the measurement script ---------------------------------------------------------------

@needs_tesseract
def test_bench_measures_every_picture_and_dates_the_readable_ones(capsys):
    from bench.ocr import main
    from bench.timetable_images import SAMPLES

    assert main(["--repeat", "1", "--psm", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(spec.name in "\n".join(lines) for spec in SAMPLES)
    last = re.fullmatch(r"ocr: images=(\d+) dated=(\d+)/(\d+) mean_s=([\d.]+) p90_s=([\d.]+)", lines[-1])
    assert last, lines[-1]
    images, dated, with_year, mean_s, p90_s = last.groups()
    assert int(images) == len(SAMPLES) and int(with_year) == sum(s.year is not None for s in SAMPLES)
    assert int(dated) >= int(with_year) - 1, "OCR dates the timetables a person can read"
    assert 0 < float(mean_s) <= float(p90_s)
