"""Running headers and footers: lines repeated near the same edge on most pages."""

from __future__ import annotations

import re
from collections import Counter

from contracts.analysis.model import Line, Page
from contracts.analysis.reading.geometry import union

_DIGITS = re.compile(r"\d+")
_EDGE = 0.12  # fraction of the page height searched for running headers and footers


def drop_furniture(pages: list[Page]) -> list[Page]:
    """Remove edge lines whose digit-blind text recurs on most pages. Where they first appear
    they are kept as one running line: a letterhead names the employer and its address once."""
    if len(pages) < 2:
        return pages
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(line) for line in page.lines if _at_edge(line, page)})
    needed = max(2, (len(pages) * 6 + 9) // 10)
    repeated = {key for key, count in seen.items() if count >= needed}
    if not repeated:
        return pages
    out: list[Page] = []
    shown: set[str] = set()
    for page in pages:
        first = [ln for ln in page.lines if _at_edge(ln, page) and _key(ln) in repeated - shown]
        out.append(_without(page, repeated, _letterhead(first)))
        shown |= {_key(ln) for ln in first}
    return out


def _letterhead(lines: list[Line]) -> tuple[Line, ...]:
    """Running lines shown for the first time, joined as one line (none if there are none)."""
    if not lines:
        return ()
    boxes = [ln.bbox for ln in lines if ln.bbox]
    bbox = union(boxes) if boxes else None
    return (Line(" · ".join(ln.text.strip() for ln in lines), bbox),)


def _key(line: Line) -> str:
    """Text with numbers blanked, so "page 2 of 5" matches "page 3 of 5"."""
    return _DIGITS.sub("#", line.text.casefold()).strip()


def _at_edge(line: Line, page: Page) -> bool:
    """True when the line sits in the top or bottom band of the page."""
    if line.bbox is None or page.height <= 0:
        return False
    return line.bbox[3] <= page.height * _EDGE or line.bbox[1] >= page.height * (1 - _EDGE)


def _without(page: Page, repeated: set[str], running: tuple[Line, ...] = ()) -> Page:
    """The page minus its repeated edge lines, with the `running` ones it shows first."""
    kept = tuple(ln for ln in page.lines if not (_at_edge(ln, page) and _key(ln) in repeated))
    return Page(page.number, kept, page.width, page.height, page.ocr, page.blocks, running)
