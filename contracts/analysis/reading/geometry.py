"""Plain geometric types shared by the PDF reading steps."""

from __future__ import annotations

from dataclasses import dataclass

from contracts.analysis.model import BBox


@dataclass(frozen=True)
class Segment:
    """A run of text on one baseline with no column-sized gap inside it."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Rulings:
    """Vertical and horizontal ruling lines, top-left origin, in points."""

    # (x, top, bottom) for verticals and (y, x0, x1) for horizontals.
    vertical: tuple[tuple[float, float, float], ...] = ()
    horizontal: tuple[tuple[float, float, float], ...] = ()


def union(boxes: list[BBox]) -> BBox:
    """Smallest box holding every box given."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
