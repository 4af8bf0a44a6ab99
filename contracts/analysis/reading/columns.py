"""Side-by-side columns whose lines do not share baselines (bilingual pages, offset prose)."""

from __future__ import annotations

from collections import Counter

from contracts.analysis.reading.geometry import Rulings, Segment

_MIN_LINES = 3  # lines on each side before two runs of text count as columns
_SAME_ROW_SHARE = 0.3  # above this share of shared baselines the sides are a table's cells
_FILLED = 0.6  # median line width against the column's, for wrapped paragraphs
_NEAR_GUTTER = 0.15  # how close to the gutter the left column's longest line must come
_RULED_GUTTER = 15.0  # points left of the gutter where a ruling makes the run a table
_BLANK_LINES = 3.0  # a vertical gap of this many font sizes separates runs
Chunk = tuple[list[Segment], bool]  # segments, and whether they are one column


def split_offset_columns(segments: list[Segment], rulings: Rulings) -> list[list[Segment]]:
    """Parts of the page to read one after another: a two-column stretch becomes its left
    column then its right column; everything else stays together, in place."""
    gutter = _gutter(segments)
    if gutter is None:
        return [segments]
    chunks: list[Chunk] = []
    run: list[Segment] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        # A wide blank band (before a footer, say) ends the run too.
        far = bool(run) and seg.top - max(s.bottom for s in run) > _BLANK_LINES * seg.size
        if far:
            chunks += _columns(run, gutter, rulings)
            run = []
        if seg.x0 < gutter < seg.x1:
            chunks += _columns(run, gutter, rulings)
            chunks.append(([seg], False))
            run = []
        else:
            run.append(seg)
    chunks += _columns(run, gutter, rulings)
    out: list[list[Segment]] = []
    previous_plain = False
    for part, is_column in chunks:
        if out and previous_plain and not is_column:
            out[-1] += part
        else:
            out.append(list(part))
        previous_plain = not is_column
    return out


def _gutter(segments: list[Segment]) -> float | None:
    """Just left of an edge many lines start at, in the middle of the text width."""
    if len(segments) < 2 * _MIN_LINES:
        return None
    left = min(s.x0 for s in segments)
    right = max(s.x1 for s in segments)
    starts = Counter(round(s.x0 / 2) * 2 for s in segments)
    for x, count in starts.most_common():
        if count < _MIN_LINES:
            break
        if left + (right - left) * 0.3 < x < left + (right - left) * 0.7:
            return float(x) - 3.0  # starts are rounded to 2 points: keep those just left of x
    return None


def _columns(run: list[Segment], gutter: float, rulings: Rulings) -> list[Chunk]:
    """The run without a set-apart last line (a footer), split into columns if it has them."""
    if len(run) > 2:
        pitch = sorted(b.top - a.top for a, b in zip(run, run[1:], strict=False) if b.top > a.top)
        last = [s for s in run if s.top > run[-1].top - 1]
        body = run[: len(run) - len(last)]
        if pitch and body and last[0].top - body[-1].top > 2 * pitch[len(pitch) // 2]:
            return _split(body, gutter, rulings) + [(last, False)]
    return _split(run, gutter, rulings)


def _split(run: list[Segment], gutter: float, rulings: Rulings) -> list[Chunk]:
    """The run as left then right column when both sides hold lines on their own baselines."""
    if not run:
        return []
    left = [s for s in run if s.x1 <= gutter]
    right = [s for s in run if s.x0 >= gutter]
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return [(run, False)]
    shared = sum(any(a.top <= b.middle <= a.bottom for a in left) for b in right)
    offset = shared <= _SAME_ROW_SHARE * len(right)
    top, bottom = min(s.top for s in run), max(s.bottom for s in run)
    if any(
        gutter - _RULED_GUTTER <= x <= gutter + 2 and t < bottom and b > top
        for x, t, b in rulings.vertical
    ):
        # A ruled table: rows of cells; offset lines are read cell by cell, row by row.
        return _cells(run, gutter, rulings) if offset else [(run, False)]
    if not offset and not (_prose(left) and _prose(right) and _reaches(left, gutter)):
        return [(run, False)]
    return [(left, True), (right, True)]


def _cells(run: list[Segment], gutter: float, rulings: Rulings) -> list[Chunk]:
    """Each table row (between horizontal rulings) as its left cell then its right cell."""
    cuts = sorted(y for y, x0, x1 in rulings.horizontal if x0 < gutter < x1)
    rows: dict[int, list[Segment]] = {}
    for seg in run:
        rows.setdefault(sum(y <= seg.middle for y in cuts), []).append(seg)
    out: list[Chunk] = []
    for _, segs in sorted(rows.items()):
        out += [(side, True) for side in _sides(segs, gutter) if side]
    return out


def _sides(segs: list[Segment], gutter: float) -> tuple[list[Segment], list[Segment]]:
    return [s for s in segs if s.x1 <= gutter], [s for s in segs if s.x1 > gutter]


def _prose(side: list[Segment]) -> bool:
    """Lines that fill their column, as wrapped paragraphs do (table labels stay short)."""
    x0 = min(s.x0 for s in side)
    width = max(s.x1 for s in side) - x0
    widths = sorted(s.x1 - s.x0 for s in side)
    return width > 0 and widths[len(widths) // 2] >= _FILLED * width


def _reaches(left: list[Segment], gutter: float) -> bool:
    """Wrapped prose runs up to the gutter; a label column stops well short of its values."""
    x0 = min(s.x0 for s in left)
    return max(s.x1 for s in left) >= gutter - _NEAR_GUTTER * (gutter - x0)
