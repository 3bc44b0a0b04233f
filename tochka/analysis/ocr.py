"""OCR of timetable pictures and scanned PDF pages, for the academic year they name.

Schools often publish a timetable as a photo, a screenshot or a scan with nothing else
dating it. Debian's Tesseract (``tesseract-ocr`` + ``tesseract-ocr-rus``), run through
pytesseract, reads it; pypdfium2 rasterises scanned PDF pages first.

Strategy (measured by ``python -m bench.ocr``, figures in the README): the heading with the
year is almost always at the top, so the top part of the picture is read first and the
whole picture only when the top names no year; big pictures are scaled down, all are read
in greyscale. Readers never raise: an oversized body, a file Pillow or PDFium cannot
decode, a decompression bomb, a missing Tesseract or a timeout each become an ``OcrText``
with a short English reason. ``OcrBudget`` caps what one school may cost.

Reading blocks for a fraction of a second to a few seconds: a crawl calls it from a thread
(``twisted.internet.threads.deferToThread``). Calls from several threads are safe: each
Tesseract run is its own process, and PDFium, which is not thread-safe, sits behind a lock.
"""
from __future__ import annotations

import io
import math
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass
from functools import cache

import pypdfium2 as pdfium
import pytesseract
from PIL import Image, ImageOps, UnidentifiedImageError

from tochka.analysis.dates import academic_years

LANGUAGE = "rus"
# Tesseract's automatic page segmentation: as fast as the others on a heading, and the only
# cheap one that reads a grid's cells; "one uniform block" (6) turns a grid into noise
# (bench.ocr compares --psm 3, 6 and 11).
PAGE_SEGMENTATION = 3
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# About A4 at 200 dpi: enough for a heading; more pixels only cost Tesseract time.
DEFAULT_MAX_PIXELS = 4_000_000
DEFAULT_TOP_FRACTION = 0.3
DEFAULT_TIMEOUT_S = 15.0
_PDF_MAX_DPI = 300

# Tesseract's OpenMP threads spin while they wait for a core; on a busy machine that made
# every read 3-4 times slower in wall time (measured on 2 cores), and parallel runs far slower
# still (tesseract-ocr/tesseract issues 898, 3109). setdefault: an operator's value wins.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# PDFium is not thread-safe, and a crawl may read documents from a thread pool.
_PDFIUM_LOCK = threading.Lock()

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Tesseract renders the dash of «2023-2024» as any of these, often with spaces around it.
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d) ?[-‐‑‒–—―−~]+ ?(?=\d)")   # within a line


@dataclass(frozen=True)
class OcrText:
    text: str          # recognised lines, whitespace squashed, dashes between digits as '-'
    seconds: float     # wall time spent, decoding included
    cropped: bool      # only the top part was read: it already named a year
    error: str | None  # why nothing (or not everything) was read, in short English

    @property
    def academic_years(self) -> list[str]:
        return academic_years(self.text)

    @property
    def snippet(self) -> str | None:
        """The first line naming an academic year: the evidence a verdict quotes."""
        return next((line for line in self.text.splitlines() if academic_years(line)), None)


class _Rejected(Exception):
    """A body, a picture or a Tesseract run that gives no text; the message says why."""


# -- is Tesseract here ------------------------------------------------------------------

def probe_tesseract(command: str = "tesseract", tessdata_dir: str | None = None) -> str | None:
    """Why OCR cannot run with this binary and model directory, or None when it can."""
    args = [command] + (["--tessdata-dir", tessdata_dir] if tessdata_dir else []) + ["--list-langs"]
    try:
        listed = subprocess.run(args, capture_output=True, text=True, timeout=20)
    except FileNotFoundError:
        return f"{command} is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-rus)"
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{command} --list-langs failed: {exc}"
    if listed.returncode != 0:
        return f"{command} --list-langs exited with {listed.returncode}: {listed.stderr.strip()[:200]}"
    languages = set(listed.stdout.split())
    if LANGUAGE not in languages:
        return f"tesseract has no Russian model '{LANGUAGE}' (Debian: apt-get install tesseract-ocr-rus)"
    return None


@cache
def ocr_unavailable_reason() -> str | None:
    """Why this machine cannot OCR (asked once per process), or None when it can."""
    return probe_tesseract()


def ocr_available() -> bool:
    return ocr_unavailable_reason() is None


# -- budget -----------------------------------------------------------------------------

@dataclass
class OcrBudget:
    """What OCR may still cost for one school. Plain data: pickles with the crawl's state."""
    enabled: bool = True
    max_images: int = 5
    max_seconds: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    images: int = 0
    seconds: float = 0.0

    @classmethod
    def from_settings(cls, settings) -> OcrBudget:
        """From Scrapy settings (``TOCHKA_OCR_*``, see tochka/settings.py)."""
        return cls(enabled=settings.getbool("TOCHKA_OCR_ENABLED", True),
                   max_images=settings.getint("TOCHKA_OCR_MAX_IMAGES_PER_SCHOOL", cls.max_images),
                   max_seconds=settings.getfloat("TOCHKA_OCR_MAX_SECONDS_PER_SCHOOL", cls.max_seconds),
                   max_bytes=settings.getint("TOCHKA_OCR_MAX_BYTES", cls.max_bytes))

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.max_seconds - self.seconds)

    def allow(self, size: int) -> tuple[bool, str]:
        """Whether a body of ``size`` bytes may be read now; when not, the reason."""
        if not self.enabled:
            return False, "OCR is turned off (TOCHKA_OCR_ENABLED)"
        unavailable = ocr_unavailable_reason()
        if unavailable:
            return False, f"OCR unavailable: {unavailable}"
        if size > self.max_bytes:
            return False, f"{size} bytes is over the OCR size limit of {self.max_bytes} (TOCHKA_OCR_MAX_BYTES)"
        if self.images >= self.max_images:
            return False, f"OCR budget spent: {self.images} of {self.max_images} images for this school"
        if self.seconds_left <= 0:
            return False, f"OCR budget spent: {self.seconds:.1f} of {self.max_seconds:g} s for this school"
        return True, ""

    def spend(self, seconds: float) -> None:
        self.images += 1
        self.seconds += seconds


# -- reading ----------------------------------------------------------------------------

def read_image(body: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_pixels: int = DEFAULT_MAX_PIXELS,
               top_fraction: float = DEFAULT_TOP_FRACTION, timeout_s: float = DEFAULT_TIMEOUT_S,
               psm: int = PAGE_SEGMENTATION) -> OcrText:
    """Text of a picture (JPEG, PNG, GIF, WebP, BMP, TIFF: whatever Pillow decodes)."""
    started = time.monotonic()
    try:
        _check_body(body, max_bytes)
        picture = _decode(body, max_pixels)
        text, cropped = _read_picture(picture, top_fraction, started + timeout_s, psm)
    except _Rejected as rejected:
        return OcrText("", time.monotonic() - started, False, str(rejected))
    return OcrText(text, time.monotonic() - started, cropped, None)


def read_scanned_pdf(body: bytes, *, max_pages: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                     max_pixels: int = DEFAULT_MAX_PIXELS, top_fraction: float = DEFAULT_TOP_FRACTION,
                     timeout_s: float = DEFAULT_TIMEOUT_S, psm: int = PAGE_SEGMENTATION) -> OcrText:
    """Text of the first ``max_pages`` pages of a PDF without a text layer, read as pictures
    until a page names a year. The caller knows the PDF has no text (tochka.analysis.documents)."""
    started = time.monotonic()
    deadline = started + timeout_s
    texts: list[str] = []
    cropped = False
    try:
        _check_body(body, max_bytes)
        for picture in _pdf_pages(body, max_pages, max_pixels):
            text, cropped = _read_picture(picture, top_fraction, deadline, psm)
            texts.append(text)
            if _YEAR.search(text):
                break
    except _Rejected as rejected:
        return OcrText("\n".join(texts), time.monotonic() - started, cropped, str(rejected))
    return OcrText("\n".join(texts), time.monotonic() - started, cropped, None)


def _check_body(body: bytes, max_bytes: int) -> None:
    reason = ocr_unavailable_reason()
    if reason:
        raise _Rejected(f"OCR unavailable: {reason}")
    if not body:
        raise _Rejected("empty body")
    if len(body) > max_bytes:
        raise _Rejected(f"{len(body)} bytes is over the OCR size limit of {max_bytes}")


def _decode(body: bytes, max_pixels: int) -> Image.Image:
    """The picture in greyscale, upright, at most ``max_pixels`` large."""
    # Pillow's decoders raise many kinds of exception on hostile or truncated input
    try:
        picture = Image.open(io.BytesIO(body))
    except Image.DecompressionBombError as exc:
        raise _Rejected(f"decompression bomb: {exc}") from None
    except UnidentifiedImageError:
        raise _Rejected("not a picture Pillow can decode") from None
    except Exception as exc:
        raise _Rejected(f"picture could not be decoded: {type(exc).__name__}: {exc}") from None
    width, height = picture.size
    if width * height == 0:
        raise _Rejected(f"picture has no pixels ({width}x{height})")
    if Image.MAX_IMAGE_PIXELS and width * height > Image.MAX_IMAGE_PIXELS:
        raise _Rejected(f"decompression bomb: {width}x{height} pixels is over Pillow's "
                        f"MAX_IMAGE_PIXELS ({Image.MAX_IMAGE_PIXELS})")
    try:
        # JPEG decodes straight to a 1/2..1/8 scale in greyscale: the cheapest downscale
        picture.draft("L", _fitted((width, height), max_pixels))
        upright = ImageOps.exif_transpose(picture)
        return _downscaled(_greyscale(upright), max_pixels)
    except Exception as exc:
        raise _Rejected(f"picture could not be decoded: {type(exc).__name__}: {exc}") from None


def _fitted(size: tuple[int, int], max_pixels: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, math.sqrt(max_pixels / (width * height)))
    return max(1, int(width * scale)), max(1, int(height * scale))


def _greyscale(picture: Image.Image) -> Image.Image:
    """Greyscale on white paper: a transparent PNG's background would otherwise turn black."""
    if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
        paper = Image.new("RGBA", picture.size, (255, 255, 255, 255))
        picture = Image.alpha_composite(paper, picture.convert("RGBA"))
    return picture.convert("L")


def _downscaled(picture: Image.Image, max_pixels: int) -> Image.Image:
    fitted = _fitted(picture.size, max_pixels)
    if fitted != picture.size:
        picture = picture.resize(fitted, Image.Resampling.LANCZOS)
    return picture


def _pdf_pages(body: bytes, max_pages: int, max_pixels: int):
    """The first pages of a PDF as greyscale pictures of at most ``max_pixels``."""
    try:
        with _PDFIUM_LOCK:
            document = pdfium.PdfDocument(body)
    except pdfium.PdfiumError as exc:
        raise _Rejected(f"PDF could not be opened: {exc}") from None
    try:
        for index in range(min(max_pages, len(document))):
            with _PDFIUM_LOCK:
                picture = _render_page(document, index, max_pixels)
            yield picture   # outside the lock: Tesseract reads it meanwhile
    finally:
        with _PDFIUM_LOCK:
            document.close()


def _render_page(document: pdfium.PdfDocument, index: int, max_pixels: int) -> Image.Image:
    try:
        page = document[index]
        width_pt, height_pt = page.get_size()
        if width_pt <= 0 or height_pt <= 0:
            raise _Rejected(f"PDF page {index + 1} has no area ({width_pt}x{height_pt} pt)")
        scale = min(_PDF_MAX_DPI / 72, math.sqrt(max_pixels / (width_pt * height_pt)))
        return page.render(scale=scale, grayscale=True).to_pil().convert("L")
    except pdfium.PdfiumError as exc:
        raise _Rejected(f"PDF page {index + 1} could not be rendered: {exc}") from None


def _read_picture(picture: Image.Image, top_fraction: float, deadline: float, psm: int) -> tuple[str, bool]:
    """The text, and whether it is of the top part only."""
    if top_fraction < 1:
        top = picture.crop((0, 0, picture.width, max(1, round(picture.height * top_fraction))))
        text = _tesseract(top, deadline, psm)
        if _YEAR.search(text):
            return text, True
    return _tesseract(picture, deadline, psm), False


def _tesseract(picture: Image.Image, deadline: float, psm: int) -> str:
    timeout = deadline - time.monotonic()
    if timeout <= 0:
        raise _Rejected("OCR time limit reached before the whole picture was read")
    try:
        raw = pytesseract.image_to_string(picture, lang=LANGUAGE, config=f"--psm {psm}",
                                          timeout=timeout)
    except pytesseract.TesseractError as exc:
        raise _Rejected(f"tesseract failed ({exc.status}): {str(exc.message).strip()[:200]}") from None
    except RuntimeError:  # pytesseract's only other RuntimeError: it killed the process
        raise _Rejected(f"tesseract timed out after {timeout:.1f} s") from None
    except OSError as exc:  # TesseractNotFoundError, or the temporary file could not be written
        raise _Rejected(f"tesseract could not run: {exc}") from None
    return clean_text(raw)


def clean_text(raw: str) -> str:
    """Non-empty lines with squashed whitespace; a dash between digits written '-'."""
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return _DASH_BETWEEN_DIGITS.sub("-", "\n".join(line for line in lines if line))
