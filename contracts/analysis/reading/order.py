"""Reading order: rows of segments, column zones read column by column, and blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.model import Line
from contracts.analysis.reading.columns import split_offset_columns
from contracts.analysis.reading.geometry import Rulings, Segment, union

Row = list[Segment]
Gap = tuple[float, float]

_ENDS_OPEN = re.compile(r"[\w,\-–]$")
_STARTS_LOWER = re.compile(r"^[a-záéíóúñü(]")


@dataclass(frozen=True)
class Zone:
    """Consecutive rows sharing column gutters (one row if no columns)."""

    rows: tuple[tuple[Segment, ...], ...]
    gutters: tuple[Gap, ...]


def read_order(
    segments: list[Segment], rulings: Rulings
) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """Lines in reading order and the self-contained blocks (cells, column paragraphs)."""
    lines: list[Line] = []
    blocks: list[Line] = []
    for part in split_offset_columns(segments, rulings):
        part_lines, part_blocks = _read_part(part, rulings)
        lines += part_lines
        blocks += part_blocks
    return tuple(lines), tuple(blocks)


def _read_part(segments: list[Segment], rulings: Rulings) -> tuple[list[Line], list[Line]]:
    """Lines and blocks of one part of the page, zone by zone."""
    lines: list[Line] = []
    blocks: list[Line] = []
    for zone in _zones(_rows(segments), rulings):
        bands = _bands(zone, rulings)
        if len(bands) == 1 and len(_columns(zone)) > 1 and not _flows(_columns(zone)):
            lines += [_line(list(row)) for row in zone.rows]
            continue
        for band in bands:
            columns = _columns(band)
            for column in columns:
                column_lines = [_line(row) for row in column]
                lines += column_lines
                if len(columns) > 1:
                    blocks += _paragraphs(column_lines, rulings)
    return lines, blocks


def _bands(zone: Zone, rulings: Rulings) -> list[Zone]:
    """Cut a column zone into table rows at horizontal rulings that cross a gutter."""
    if not zone.gutters:
        return [zone]
    middles = [(a + b) / 2 for a, b in zone.gutters]
    bands: list[list[tuple[Segment, ...]]] = [[]]
    for row in zone.rows:
        prev = bands[-1][-1] if bands[-1] else None
        if prev and any(
            max(s.bottom for s in prev) - 1 <= y <= min(s.top for s in row) + 1
            and any(x0 < m < x1 for m in middles)
            for y, x0, x1 in rulings.horizontal
        ):
            bands.append([])
        bands[-1].append(row)
    return [Zone(tuple(rows), zone.gutters) for rows in bands]


def _rows(segments: list[Segment]) -> list[Row]:
    """Group segments whose vertical middles fall inside one another's extent."""
    rows: list[Row] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        row = rows[-1] if rows else None
        if row and row[0].top - 1 <= seg.middle <= row[0].bottom + 1:
            row.append(seg)
        else:
            rows.append([seg])
    return [sorted(row, key=lambda s: s.x0) for row in rows]


def _gaps(row: Row, rulings: Rulings) -> list[Gap]:
    """Column-sized empty intervals between the row's segments."""
    out = []
    for a, b in zip(row, row[1:], strict=False):
        ruled = any(
            a.x1 <= x <= b.x0 and top <= a.middle <= bottom for x, top, bottom in rulings.vertical
        )
        if ruled or b.x0 - a.x1 > max(a.size, b.size) * 1.2:
            out.append((a.x1, b.x0))
    return out


def _free(gutter: Gap, row: Row) -> Gap | None:
    """The widest part of the gutter that no segment of the row covers."""
    spans = [gutter]
    for seg in row:
        cut: list[Gap] = []
        for a, b in spans:
            cut += [(a, min(b, seg.x0)), (max(a, seg.x1), b)]
        spans = [q for q in cut if q[1] - q[0] > 1.5]
    return max(spans, key=lambda s: s[1] - s[0], default=None)


def _zones(rows: list[Row], rulings: Rulings) -> list[Zone]:
    """Split rows into zones; a zone grows while every gutter stays open."""
    zones: list[Zone] = []
    members: list[Row] = []
    gutters: list[Gap] = []
    for row in rows:
        if gutters:
            narrowed = [_free(g, row) for g in gutters]
            if _near(members, row) and all(narrowed):
                gutters = [g for g in narrowed if g]
                members.append(row)
                continue
            zones.append(Zone(tuple(tuple(r) for r in members), tuple(gutters)))
        members, gutters = [row], _gaps(row, rulings)
        if not gutters:
            zones.append(Zone((tuple(row),), ()))
            members = []
    if members:
        zones.append(Zone(tuple(tuple(r) for r in members), tuple(gutters)))
    return zones


def _near(members: list[Row], row: Row) -> bool:
    """True when the row follows the zone closely (a paragraph break, not a new section)."""
    size = min(s.size for s in members[-1])
    return min(s.top for s in row) - max(s.bottom for r in members for s in r) <= size


def _columns(zone: Zone) -> list[list[Row]]:
    """Each column's rows, left to right, splitting every row at the gutters."""
    edges = [(a + b) / 2 for a, b in zone.gutters]
    columns: list[list[Row]] = [[] for _ in range(len(edges) + 1)]
    for row in zone.rows:
        parts: list[Row] = [[] for _ in columns]
        for seg in row:
            parts[sum(seg.x0 >= e for e in edges)].append(seg)
        for column, part in zip(columns, parts, strict=True):
            if part:
                column.append(part)
    return [c for c in columns if c]


def _flows(columns: list[list[Row]]) -> bool:
    """True when some column's text runs on from one row to the next (prose columns)."""
    for column in columns:
        texts = [" ".join(s.text for s in row) for row in column]
        pairs = zip(texts, texts[1:], strict=False)
        if any(_ENDS_OPEN.search(a) and _STARTS_LOWER.match(b) for a, b in pairs):
            return True
    return False


def _line(row: Row) -> Line:
    """One line from the segments of a row (or of one column within it)."""
    return Line(" ".join(s.text for s in row), union([s.bbox for s in row]))


def _paragraphs(lines: list[Line], rulings: Rulings) -> list[Line]:
    """Join a column's lines into blocks, cut at blank space or a horizontal ruling."""
    blocks: list[list[Line]] = []
    for line in lines:
        prev = blocks[-1][-1] if blocks else None
        if prev and prev.bbox and line.bbox and not _separated(prev.bbox, line.bbox, rulings):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return [Line(" ".join(x.text for x in b), union([x.bbox for x in b if x.bbox])) for b in blocks]


def _separated(above: tuple[float, ...], below: tuple[float, ...], rulings: Rulings) -> bool:
    """True when a wide vertical gap or a ruling lies between two lines of a column."""
    height = above[3] - above[1]
    if below[1] - above[3] > height * 0.9:
        return True
    return any(
        above[3] - 1 <= y <= below[1] + 1 and x0 <= above[0] + 2 and x1 >= above[0]
        for y, x0, x1 in rulings.horizontal
    )
