"""Fast text, character boxes and ruling lines of one page, straight from pdfium."""

from __future__ import annotations

import bisect
import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from contracts.analysis.reading.geometry import Rulings, Segment

_BREAKS = "\r\n\x02"
_THIN = 2.0  # points; thinner than this a filled rectangle is a drawn line


def page_segments(page: pdfium.PdfPage, rulings: Rulings) -> list[Segment]:
    """Cut the page's characters into same-baseline runs, split at wide gaps and rulings."""
    height = page.get_height()
    textpage = page.get_textpage()
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        # Surrogate pairs shift the string against char indices; go char by char then.
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    verticals = sorted(rulings.vertical)
    xs = [v[0] for v in verticals]
    out: list[Segment] = []
    chars: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    size = 0.0
    for i, ch in enumerate(text):
        if ch in _BREAKS:
            _flush(out, chars, box, size)
            chars = []
            continue
        raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top)
        x0, x1, y0, y1 = left.value, right.value, height - top.value, height - bottom.value
        if ch.isspace() or x1 <= x0:
            if chars and chars[-1] != " ":
                chars.append(" ")
            continue
        if chars and _starts_new(box, size, x0, y0, y1, _between(verticals, xs, box[2], x0)):
            _flush(out, chars, box, size)
            chars = []
        if not chars:
            size = raw.FPDFText_GetFontSize(textpage, i) or (y1 - y0)
            box = [x0, y0, x1, y1]
        else:
            box = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        chars.append(ch)
    _flush(out, chars, box, size)
    return out


def _starts_new(
    box: list[float],
    size: float,
    x0: float,
    y0: float,
    y1: float,
    verticals: list[tuple[float, float, float]],
) -> bool:
    """True when the next glyph belongs to another column, cell or line."""
    gap = x0 - box[2]
    if gap > max(size * 1.2, 6.0) or gap < -size:
        return True
    middle = (y0 + y1) / 2
    if not box[1] - size * 0.3 <= middle <= box[3] + size * 0.3:
        return True
    return any(t <= middle <= b for _, t, b in verticals)


def _between(
    verticals: list[tuple[float, float, float]], xs: list[float], left: float, right: float
) -> list[tuple[float, float, float]]:
    """Vertical rulings whose x lies in the gap between two glyphs (usually none)."""
    return verticals[bisect.bisect_left(xs, left - 0.5) : bisect.bisect_right(xs, right + 0.5)]


def _flush(out: list[Segment], chars: list[str], box: list[float], size: float) -> None:
    """Append the pending characters as a segment when they hold any text."""
    text = "".join(chars).strip()
    if text:
        out.append(Segment(text, box[0], box[1], box[2], box[3], size))


def page_rulings(page: pdfium.PdfPage) -> Rulings:
    """Straight lines drawn on the page (table borders), from path objects."""
    height = page.get_height()
    vertical: list[tuple[float, float, float]] = []
    horizontal: list[tuple[float, float, float]] = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH,), max_depth=3):
        x0, y0, x1, y1 = obj.get_bounds()
        top, bottom = height - y1, height - y0
        if x1 - x0 <= _THIN and bottom - top > _THIN:
            vertical.append(((x0 + x1) / 2, top, bottom))
        elif bottom - top <= _THIN and x1 - x0 > _THIN:
            horizontal.append(((top + bottom) / 2, x0, x1))
        elif raw.FPDFPath_CountSegments(obj.raw) <= 6:
            # A rectangle: its four sides are rulings (fpdf2 and ReportLab draw cells so).
            vertical += [(x0, top, bottom), (x1, top, bottom)]
            horizontal += [(top, x0, x1), (bottom, x0, x1)]
    return Rulings(tuple(vertical), tuple(horizontal))
