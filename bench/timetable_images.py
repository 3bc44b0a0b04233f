"""Pictures of timetables as schools publish them: a heading naming the center and the
academic year over a grid of lessons, saved as PNG or JPEG, sometimes photographed or
scanned (tilted, noisy, compressed), sometimes as a scanned PDF page.

Used by ``tests/test_ocr.py`` and by ``python -m bench.ocr``. Deterministic: a spec renders
to the same bytes every time (noise comes from a seeded generator).
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass, replace
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SANS, SANS_BOLD = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
SERIF, SERIF_BOLD = "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"

DAYS = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница")
LESSONS = (
    ("Робототехника", "Иванова А. П."),
    ("3D-моделирование", "Петров С. В."),
    ("Юный химик", "Сидорова Е. Н."),
    ("Биология в опытах", "Кузнецова О. И."),
    ("Физика вокруг нас", "Смирнов Д. А."),
    ("Шахматная школа", "Попов И. Г."),
    ("Промдизайн", "Волкова Т. М."),
)
TIMES = ("14:30-15:15", "15:25-16:10", "16:20-17:05", "—")


@dataclass(frozen=True)
class TimetableSpec:
    """One picture. ``year`` is the academic year it names, None for a picture that names none;
    ``year_at`` says where: in the heading ("top") or in a footer line ("bottom")."""
    name: str
    year: str | None = "2023-2024"
    year_at: str = "top"
    dash: str = "-"                      # how the heading writes the year's dash
    size: tuple[int, int] = (1240, 877)
    image_format: str = "PNG"            # PNG | JPEG; a scanned PDF wraps the JPEG
    quality: int = 90                    # JPEG quality
    serif: bool = False
    heading_color: tuple[int, int, int] = (0, 0, 0)
    band_color: tuple[int, int, int] | None = None   # a coloured band behind the heading
    tilt_degrees: float = 0.0            # a scan or a photo is never straight
    noise: float = 0.0                   # sigma of the sensor noise, 0 for a clean export
    blur: float = 0.0
    pdf: bool = False                    # wrap the picture as the only content of a PDF page

    @property
    def year_label(self) -> str | None:
        return self.year.replace("-", self.dash) if self.year else None


@cache
def _font(file: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{file}", size)


def _heading_lines(spec: TimetableSpec) -> list[str]:
    lines = ["Расписание занятий центра «Точка роста»"]
    if spec.year_label and spec.year_at == "top":
        lines.append(f"на {spec.year_label} учебный год")
    lines.append("МБОУ «Средняя общеобразовательная школа № 5»")
    return lines


def _footer_lines(spec: TimetableSpec) -> list[str]:
    lines = ["Руководитель центра ____________ / Н. В. Орлова /"]
    if spec.year_label and spec.year_at == "bottom":
        lines.insert(0, f"Расписание действует в {spec.year_label} учебном году")
    return lines


def _draw_centered(draw: ImageDraw.ImageDraw, y: int, width: int, text: str,
                   font: ImageFont.FreeTypeFont, fill) -> int:
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((width - (right - left)) // 2, y), text, font=font, fill=fill)
    return y + (bottom - top) + font.size // 2


def _draw_grid(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], font) -> None:
    """The lessons table: association, teacher, then one column per weekday."""
    left, top, right, bottom = box
    header = ("Объединение", "Педагог") + DAYS
    rows = len(LESSONS) + 1
    row_h = (bottom - top) // rows
    first_w = (right - left) * 24 // 100
    second_w = (right - left) * 18 // 100
    day_w = (right - left - first_w - second_w) // len(DAYS)
    xs = [left, left + first_w, left + first_w + second_w]
    xs += [xs[-1] + day_w * (i + 1) for i in range(len(DAYS))]
    for y in range(top, top + row_h * rows + 1, row_h):
        draw.line([(left, y), (xs[-1], y)], fill=(0, 0, 0), width=2)
    for x in xs:
        draw.line([(x, top), (x, top + row_h * rows)], fill=(0, 0, 0), width=2)
    pad = max(4, row_h // 5)
    for col, text in enumerate(header):
        draw.text((xs[col] + pad, top + pad), text, font=font, fill=(0, 0, 0))
    for row, (lesson, teacher) in enumerate(LESSONS, start=1):
        y = top + row * row_h + pad
        draw.text((xs[0] + pad, y), lesson, font=font, fill=(0, 0, 0))
        draw.text((xs[1] + pad, y), teacher, font=font, fill=(0, 0, 0))
        for day in range(len(DAYS)):
            draw.text((xs[2 + day] + pad, y), TIMES[(row + day) % len(TIMES)], font=font, fill=(0, 0, 0))


def _clean_picture(spec: TimetableSpec) -> Image.Image:
    width, height = spec.size
    image = Image.new("RGB", spec.size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    regular, bold = (SERIF, SERIF_BOLD) if spec.serif else (SANS, SANS_BOLD)
    unit = min(width, int(height * 1.41))   # landscape and portrait pages share proportions
    heading_font = _font(bold, max(12, unit * 30 // 1240))
    body_font = _font(regular, max(8, unit * 15 // 1240))
    margin = width // 25
    lines = _heading_lines(spec)
    if spec.band_color:
        band_bottom = margin + len(lines) * heading_font.size * 3 // 2 + margin // 2
        draw.rectangle([(0, 0), (width, band_bottom)], fill=spec.band_color)
    y = margin
    for line in lines:
        y = _draw_centered(draw, y, width, line, heading_font, spec.heading_color)
    footer = _footer_lines(spec)
    footer_top = height - margin - len(footer) * body_font.size * 2
    _draw_grid(draw, (margin, y + margin // 2, width - margin, footer_top - margin // 2), body_font)
    for i, line in enumerate(footer):
        draw.text((margin, footer_top + i * body_font.size * 2), line, font=body_font, fill=(0, 0, 0))
    return image


def _scanned(image: Image.Image, spec: TimetableSpec) -> Image.Image:
    """What a scanner or a phone does to a sheet: a tilt, sensor noise, a little blur."""
    if spec.tilt_degrees:
        image = image.rotate(spec.tilt_degrees, resample=Image.Resampling.BICUBIC,
                             fillcolor=(255, 255, 255))
    if spec.noise:
        rng = random.Random(spec.name)
        noise = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height))
        noise = noise.point(lambda v: 128 + int((v - 128) * spec.noise / 74))
        grain = Image.merge("RGB", (noise, noise, noise))
        image = Image.blend(image, grain, 0.25)
        image = image.point(lambda v: min(255, int(v * 1.1)))   # paper stays a little grey, as scanned
    if spec.blur:
        image = image.filter(ImageFilter.GaussianBlur(spec.blur))
    return image


def picture(spec: TimetableSpec) -> Image.Image:
    return _scanned(_clean_picture(spec), spec)


def render(spec: TimetableSpec) -> bytes:
    """The file a school would upload for ``spec``: PNG, JPEG, or an image-only PDF page."""
    image = picture(spec)
    out = io.BytesIO()
    if spec.pdf:
        # Pillow embeds the JPEG as the page's only content: no text layer, as from a scanner
        image.save(out, format="PDF", resolution=150.0, quality=spec.quality)
    elif spec.image_format == "JPEG":
        image.save(out, format="JPEG", quality=spec.quality)
    else:
        image.save(out, format="PNG")
    return out.getvalue()


_CLEAN = TimetableSpec("clean-png")
_SCAN = replace(_CLEAN, name="scan-jpeg", image_format="JPEG", quality=60,
                tilt_degrees=1.2, noise=30.0, blur=0.6)

# The bench's set: layouts and qualities seen on school sites. The tests use some of them.
SAMPLES: tuple[TimetableSpec, ...] = (
    _CLEAN,
    _SCAN,
    replace(_CLEAN, name="year-at-bottom", year_at="bottom", year="2024-2025"),
    replace(_CLEAN, name="no-year", year=None),
    replace(_CLEAN, name="thumbnail-jpeg", size=(800, 566), image_format="JPEG", quality=75),
    replace(_CLEAN, name="a4-300dpi-jpeg", size=(3508, 2480), image_format="JPEG", quality=85),
    replace(_CLEAN, name="portrait-serif", size=(1240, 1754), serif=True, year="2024-2025"),
    replace(_CLEAN, name="blue-band-en-dash", dash="–", heading_color=(20, 40, 120),
            band_color=(205, 225, 250)),
    replace(_SCAN, name="photo-tilted", tilt_degrees=-2.5, noise=45.0, blur=1.0, quality=50,
            year="2025-2026"),
    replace(_SCAN, name="scanned-pdf", pdf=True),
)


def sample(name: str) -> TimetableSpec:
    return next(spec for spec in SAMPLES if spec.name == name)
