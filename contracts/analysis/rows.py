"""Table rows rebuilt from the page's cells, so a cost, its price and its payer read together.

A costs table prints the item, the amount and who pays in separate cells ("Visa fee" |
"USD 190" | "Worker; not reimbursed"); neither cell alone says who bears what. Cells whose
tops line up form a row; a cell that opens with a bare party noun is its payer column.
"""

from __future__ import annotations

import re

from contracts.analysis.model import Line, Page
from contracts.analysis.payer_columns import PayerHeader, payer_header
from contracts.analysis.segment import Clause, enclosing, split_sentences
from contracts.analysis.text import fold

_SAME_ROW = 3.0
_MAX_CELL_CHARS = 400
_MAX_CELL_HEIGHT = 90.0
# A payer cell: "Worker; not reimbursed", "Employer, free of charge", "Patrón, al final".
_PAYER_CELL = re.compile(
    r"^(?:the |el |la |each |cada )?(?:workers?|employees?|trabajador(?:a|es|as)?|empleados?|"
    r"employers?|company|empleador|empresa|patron|patrono|agency|agencia|recruiter|"
    r"reclutador)\b(?=\s*(?:[,;./(]|$))"
)


def _cells(page: Page) -> list[Line]:
    return [
        b
        for b in page.blocks
        if b.bbox
        and b.text.strip()
        and len(b.text) <= _MAX_CELL_CHARS
        and b.bbox[3] - b.bbox[1] <= _MAX_CELL_HEIGHT
    ]


def _cell_text(cell: Line, first: bool) -> str:
    text = cell.text.strip().rstrip(":")
    if not first and _PAYER_CELL.match(fold(text)):
        return f"paid by {text}"
    return text


def _same_row(first: Line, cell: Line) -> bool:
    """Tops level, or each cell centred within the other: a one-line amount beside a label
    wrapped over two lines sits in the middle of the label's height."""
    a, b = first.bbox or (0, 0, 0, 0), cell.bbox or (0, 0, 0, 0)
    if abs(a[1] - b[1]) <= _SAME_ROW:
        return True
    mid_a, mid_b = (a[1] + a[3]) / 2, (b[1] + b[3]) / 2
    return a[1] <= mid_b <= a[3] and b[1] <= mid_a <= b[3]


def table_rows(page: Page) -> list[Clause]:
    """Rows of two or more side-by-side cells, joined left to right as one clause."""
    rows: list[list[Line]] = []
    for cell in sorted(_cells(page), key=lambda c: (c.bbox or (0, 0, 0, 0))[1]):
        if rows and _same_row(rows[-1][0], cell):
            rows[-1].append(cell)
        else:
            rows.append([cell])
    out: list[Clause] = []
    if not any(len(row) >= 3 for row in rows):
        return out
    # A header printed as a line, not as cells, still heads the cell rows below it.
    headings = [
        (line.bbox[1], header)
        for line in page.lines
        if line.bbox and (header := payer_header(line.text))
    ]
    cell_header: PayerHeader | None = None
    for row in rows:
        top = (row[0].bbox or (0, 0, 0, 0))[1]
        above = [header for y, header in headings if y < top]
        payers = cell_header or (above[-1] if above else None)
        if len(row) < 3:
            continue  # label | value pairs are read by the label rules already
        row.sort(key=lambda c: (c.bbox or (0, 0, 0, 0))[0])
        header = payer_header(" ".join(c.text for c in row))
        if header:
            cell_header = header
            continue
        text = ": ".join(_cell_text(c, i == 0) for i, c in enumerate(row))
        bbox = enclosing([c.bbox for c in row if c.bbox])
        out.append(Clause(text, page.number, bbox, block=True, payers=payers))
    return out


_FURNITURE = re.compile(r"^\W*(?:page|pagina|p\.)?\s*\d{1,3}(?:\s*(?:of|de|/)\s*\d{1,3})?\W*$")
_OPEN = re.compile(r"[^.!?:;]\s*$")


def _body(units: list[Clause]) -> list[Clause]:
    """Paragraphs without page numbers at either end."""
    kept = list(units)
    while kept and _FURNITURE.match(fold(kept[-1].text)):
        kept.pop()
    while kept and _FURNITURE.match(fold(kept[0].text)):
        kept.pop(0)
    return kept


def break_joins(before: list[Clause], after: list[Clause]) -> list[Clause]:
    """The sentence a page break cuts ("... cause, get" | "return transportation ..."),
    rejoined on the first page, when one page ends open and the next starts in lower case."""
    tail, head = _body(before), _body(after)
    if not tail or not head or not _OPEN.search(tail[-1].text):
        return []
    if not head[0].text[:1].islower():
        return []
    last = split_sentences(tail[-1].text)[-1]
    first = split_sentences(head[0].text)[0]
    return [Clause(f"{last} {first}", tail[-1].page, tail[-1].bbox)]
