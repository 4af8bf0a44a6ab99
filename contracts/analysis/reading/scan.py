"""Clean a scanned or photographed page before OCR: straighten it and lift out table rulings.

Tesseract's layout analysis treats the borders of a gridded table as pictures and often
drops whole rows of cell text with them. Here long thin dark runs (horizontal or vertical)
are found with box filters, kept as `Rulings` so cells can be rebuilt the way the text
reader does, and painted white before OCR. Pillow only; no numpy or OpenCV.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

from contracts.analysis.model import BBox
from contracts.analysis.reading.geometry import Rulings

_MAX_SKEW = 5.0  # degrees; more than this is a rotated photo, not a crooked scan
_PAPER_SHARE = 0.5  # a row or column of the sheet is mostly bright paper
_WHOLE_PAGE = 0.92
_BACKGROUND = 0.5  # what surrounds a photographed sheet is at most half as bright as it  # a sheet covering more of the picture than this is the whole picture
_MIN_SKEW = 0.2  # degrees; below this straightening costs more than it gains
_RUN = 0.04  # a ruling is at least this fraction of the page's longer side (~0.45 in)
_THICK = 0.004  # and at most this fraction thick (~13 px at 300 dpi): else a filled band
_FULL = 250  # box-filter mean (of 255) meaning "dark all along the window"


@dataclass(frozen=True)
class Scan:
    """A cleaned page image, the angle it was turned by, and its rulings in its pixels."""

    image: Image.Image
    angle: float  # degrees counter-clockwise the original was rotated by
    rulings: Rulings

    def unrotate(self, box: BBox) -> BBox:
        """A box of the cleaned image as a box of the original image (same size)."""
        if not self.angle:
            return box
        cx, cy = self.image.width / 2, self.image.height / 2
        a = math.radians(self.angle)
        cos, sin = math.cos(a), math.sin(a)
        xs, ys = [], []
        for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
            dx, dy = x - cx, y - cy
            xs.append(cx + dx * cos - dy * sin)
            ys.append(cy + dx * sin + dy * cos)
        return (min(xs), min(ys), max(xs), max(ys))


def clean_scan(image: Image.Image) -> Scan:
    """Grayscale, deskewed copy of the page with its table rulings found and erased."""
    gray = _paper_only(image if image.mode == "L" else image.convert("L"))
    gray = _even_light(gray)
    level = _otsu(gray)
    dark = _dark(gray, level)
    angle = _skew(dark)
    if abs(angle) >= _MIN_SKEW:
        gray = gray.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
        dark = _dark(gray, level)
    else:
        angle = 0.0
    run = max(20, round(max(gray.size) * _RUN))
    thick = max(3, round(max(gray.size) * _THICK))
    horizontal = _long_runs(dark, run, horizontal=True)
    vertical = _long_runs(dark, run, horizontal=False)
    h_lines, h_boxes = _lines(horizontal, run, thick, horizontal=True)
    v_lines, v_boxes = _lines(vertical, run, thick, horizontal=False)
    if h_boxes or v_boxes:
        gray = gray.copy() if gray is image else gray
        erase = _grow(_union(horizontal, vertical), 2)
        keep = Image.new("L", gray.size, 0)
        for box in h_boxes + v_boxes:
            keep.paste(erase.crop(box), box[:2])
        gray.paste(255, mask=keep)
    return Scan(gray, angle, Rulings(tuple(v_lines), tuple(h_lines)))


def _paper_only(gray: Image.Image) -> Image.Image:
    """A photo of a sheet on a table: paint what lies around the sheet white, so the table's
    dark surface is read neither as ink nor as the page's slant."""
    level = _otsu(gray)
    bright = gray.point([255 if v > level else 0 for v in range(256)])
    rows = bright.resize((1, gray.height), Image.Resampling.BOX).tobytes()
    cols = bright.resize((gray.width, 1), Image.Resampling.BOX).tobytes()
    ys = [i for i, v in enumerate(rows) if v > _PAPER_SHARE * 255]
    xs = [i for i, v in enumerate(cols) if v > _PAPER_SHARE * 255]
    if not xs or not ys:
        return gray
    box = (xs[0], ys[0], xs[-1] + 1, ys[-1] + 1)
    area = (box[2] - box[0]) * (box[3] - box[1])
    if area > _WHOLE_PAGE * gray.width * gray.height or area < 0.25 * gray.width * gray.height:
        return gray
    inside = _mean(gray.crop(box))
    outside_area = gray.width * gray.height - area
    outside = (_mean(gray) * gray.width * gray.height - inside * area) / max(1, outside_area)
    if outside > _BACKGROUND * inside:
        return gray  # a shadow on the sheet, not a table around it
    sheet = Image.new("L", gray.size, 255)
    sheet.paste(gray.crop(box), box[:2])
    return sheet


def _mean(gray: Image.Image) -> float:
    """Average gray level."""
    hist = gray.histogram()
    return sum(i * c for i, c in enumerate(hist)) / max(1, sum(hist))


def _even_light(gray: Image.Image) -> Image.Image:
    """Divide out uneven lighting (phone photos): paper everywhere as bright as its brightest."""
    factor = max(1, max(gray.size) // 300)
    # On a ~300 px thumbnail a 5 px maximum filter wipes out the text and keeps the paper.
    paper = gray.reduce(factor).filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    paper = paper.resize(gray.size, Image.Resampling.BILINEAR)
    # gray * 255 / paper without float images: gray + gray * (255 / paper - 1).
    gain = paper.point([min(255, round(255 * (255 / max(v, 1) - 1))) for v in range(256)])
    return ImageChops.add(gray, ImageChops.multiply(gray, gain))


def _otsu(gray: Image.Image) -> int:
    """The gray level that best splits ink from paper (Otsu's method)."""
    hist = gray.histogram()
    total = sum(hist)
    weighted = sum(i * c for i, c in enumerate(hist))
    below = below_sum = 0
    best, level = -1.0, 128
    for t, count in enumerate(hist):
        below += count
        below_sum += t * count
        above = total - below
        if not below or not above:
            continue
        spread = below * above * (below_sum / below - (weighted - below_sum) / above) ** 2
        if spread > best:
            best, level = spread, t
    return level


def _dark(gray: Image.Image, level: int) -> Image.Image:
    """255 where there is ink, 0 on paper."""
    return gray.point([255 if v <= level else 0 for v in range(256)])


def _skew(dark: Image.Image) -> float:
    """Rotation (degrees) that makes text rows most sharply horizontal, on a thumbnail."""
    factor = max(1, max(dark.size) // 600)
    small = dark.reduce(factor) if factor > 1 else dark

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=0)
        # tobytes() on an 8-bit image is one byte per pixel, on every Pillow release.
        rows: list[int] = list(turned.resize((1, turned.height), Image.Resampling.BOX).tobytes())
        mean = sum(rows) / len(rows)
        return float(sum((r - mean) ** 2 for r in rows))

    best = max((i / 2 for i in range(-10, 11)), key=sharpness)
    fine = max((best + i / 10 for i in range(-4, 5)), key=sharpness)
    return fine if abs(fine) <= _MAX_SKEW else 0.0


def _long_runs(dark: Image.Image, run: int, *, horizontal: bool) -> Image.Image:
    """255 on ink that belongs to a straight run at least `run` pixels long (opening)."""
    # Tolerate a pixel of residual skew across the run, but never bridge letters.
    across = (0, 1) if horizontal else (1, 0)
    steady = dark.filter(ImageFilter.BoxBlur(across)).point(_above(0))
    along = (run // 2, 0) if horizontal else (0, run // 2)
    core = steady.filter(ImageFilter.BoxBlur(along)).point(_above(_FULL - 1))
    return core.filter(ImageFilter.BoxBlur(along)).point(_above(0))


def _lines(
    mask: Image.Image, run: int, thick: int, *, horizontal: bool
) -> tuple[list[tuple[float, float, float]], list[tuple[int, int, int, int]]]:
    """Rulings (position, start, end) in the mask and the thin boxes that hold them."""
    width, height = mask.size
    across = _profile(mask, horizontal=not horizontal)
    out: list[tuple[float, float, float]] = []
    boxes: list[tuple[int, int, int, int]] = []
    for a, b in _spans(across, 0):
        if b - a > thick:
            continue  # a filled band (shaded header, photo edge), not a line
        pad = 3
        lo, hi = max(0, a - pad), min(height if horizontal else width, b + pad)
        strip = mask.crop((0, lo, width, hi) if horizontal else (lo, 0, hi, height))
        for s, e in _spans(_profile(strip, horizontal=horizontal), run // 8):
            if e - s >= run:
                out.append(((a + b) / 2, float(s), float(e)))
                boxes.append((s, lo, e, hi) if horizontal else (lo, s, hi, e))
    return out, boxes


def _profile(mask: Image.Image, *, horizontal: bool) -> list[int]:
    """Ink per column (horizontal=True) or per row, as box-filter means."""
    size = (mask.width, 1) if horizontal else (1, mask.height)
    return list(mask.resize(size, Image.Resampling.BOX).tobytes())


def _spans(values: list[int], gap: int) -> list[tuple[int, int]]:
    """[start, end) runs of nonzero values, bridging holes up to `gap` long."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, v in enumerate(values + [0]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if spans and start - spans[-1][1] <= gap:
                start = spans.pop()[0]
            spans.append((start, i))
            start = None
    return spans


def _grow(mask: Image.Image, radius: int) -> Image.Image:
    """Dilate a 0/255 mask by `radius` pixels in every direction."""
    return mask.filter(ImageFilter.BoxBlur(radius)).point(_above(0))


def _union(a: Image.Image, b: Image.Image) -> Image.Image:
    """Pixelwise maximum of two masks."""
    return ImageChops.lighter(a, b)


def _above(level: int) -> list[int]:
    """Point table: 255 above `level`, else 0."""
    return [255 if v > level else 0 for v in range(256)]
