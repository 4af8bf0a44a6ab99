"""Split pages into clauses: sentences from the lines, plus table cells from the blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.model import BBox, Line, Page
from contracts.analysis.money import column_currency
from contracts.analysis.payer_columns import PayerHeader, payer_header
from contracts.analysis.text import key, squash


@dataclass(frozen=True)
class Clause:
    """One sentence or cell: the unit a fee rule judges and an excerpt quotes."""

    text: str
    page: int
    bbox: BBox | None = None
    block: bool = False
    currency: str | None = None  # of the table column its bare amounts sit under
    payers: PayerHeader | None = None  # the payer columns of the table it is a row of


_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*–-]|\(?[a-z0-9]{1,2}[.)]|[ivx]{1,4}\))\s+", re.I)
_END = re.compile(r"[.!?;:]\s*$")
# A line ending on a preposition or article was cut mid-sentence, whatever the next line is.
_OPEN_END = re.compile(
    r"\b(?:en|de|del|la|el|los|las|y|o|a|al|para|por|con|su|in|of|the|and|or|to|at|for|with|"
    r"from|by|an|a|your|their|his|her)\s*$",
    re.I,
)
# A line this short may be a heading or a table cell even when the next one sits under it.
_LABEL_WORDS = 5
# A table row is short; a longer sentence is prose after the table.
_ROW_WORDS = 18
# Words of a row that count towards its length: not amounts, codes or slashes between languages.
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_ROW_MIN = 3
_PROSE = re.compile(r"^(?:\S+ ){8,}.*[.!?]$")
_PRICE_START = re.compile(r"[$€£₱]\s?\d")
# "El trabajador cubre cuatro mil pesos" | "($4,000.00 M.N.) al firmar": the figures run on.
_AMOUNT_ASIDE = re.compile(r"^\((?:[$€£₱]|[A-Z]{1,3}\$? ?\d|\d)")
# "contribution:" then "NPR 4,000 in total": a currency code opens a value too.
_VALUE_START = re.compile(r"^[\d$₱€£(]|^[a-záéíóúñ]|^(?:[A-Z]{1,3}\$?|Rs\.?) ?\d")
# A full stop ends a sentence unless it closes a known abbreviation, an initial or a number.
_ABBREV = (
    r"a\.m|p\.m|u\.s|e\.g|i\.e|etc|mr|mrs|ms|dr|sr|sra|srta|lic|licda|ing|inc|no|núm|"
    r"col|av|ave|st|rd|ltd|co|corp|s\.c|s\.a|c\.v|ee|uu|n\.e|s\.w|dept|approx|aprox|tel|ext|vs|"
    r"rs|lps|rp|sec|md|mohd|mst|vill|p\.o|s/o|d/o|w/o|tk|sdn|bhd|pvt|jsc|ul|str|blvd|calz|carr|km"
)
# "Rocky Ford, CO. A fee ...": a state code after a comma ends the address, not "Co." (company).
_STATE_END = re.compile(r",\s[A-Z]{2}\.$")
_ABBREV_RE = re.compile(rf"(?:^|[\s(])(?:{_ABBREV}|[a-z])\.$", re.I)
# "... por Tierra Nueva, S.C. Ni la empresa ni su reclutador cobran": a firm's legal form ends
# the sentence when a sentence opener follows it.
_FIRM_END = re.compile(r"(?:^|[\s(,])(?:s\.c|s\.a|c\.v|inc|ltd|corp|jsc|bhd|llc)\.$", re.I)
_OPENER = re.compile(
    r"(?:Ni|No|Neither|The|El|La|Los|Las|This|These|Este|Esta|Estos|We|It|Our|Nuestra|Nuestro|"
    r"All|Todos|Each|Cada|Workers?|Trabajador\w*|If|Si)\b"
)
# "before Nov. 13": a month's abbreviation before its day.
_MONTH = re.compile(
    r"(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|ene|abr|ago|dic)\.$", re.I
)
# A footnote mark may follow the full stop: "antes de la entrevista consular.² Los derechos ..."
# A Spanish question opens its own sentence even after a comma (an OCR'd page loses periods).
_BOUNDARY = re.compile(
    r"(?<=[.!?])[¹²³⁴⁵⁶⁷⁸⁹⁰*†]*\s+(?=[\"'“¿¡(]?[A-ZÁÉÍÓÚÑ0-9¹²³⁴⁵⁶⁷⁸⁹⁰])|(?<=[,;])\s+(?=¿[A-ZÁÉÍÓÚÑ])|"
    # "... gasto de EL TRABAJADOR. b) EL TRABAJADOR asistirá ...": a lettered item after a full stop
    r"(?<=\.)\s+(?=[a-h]\)\s)"
)


def enclosing(boxes: list[BBox]) -> BBox | None:
    """The smallest box holding all `boxes`."""
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _layout(prev: Line, line: Line, right: float) -> str:
    """How the page lays `line` out after `prev`: "apart" (a blank gap above it, or room left
    on the line before for its first word, so that line was not wrapped: a table row, a list),
    "wrapped" (same column, no gap, no room: the sentence runs on) or "" when unknown."""
    if prev.bbox is None or line.bbox is None or not line.text.strip():
        return ""
    if _gap_above(prev, line):
        return "apart"
    height = max(prev.bbox[3] - prev.bbox[1], line.bbox[3] - line.bbox[1], 1.0)
    gap = line.bbox[1] - prev.bbox[3]
    if abs(prev.bbox[0] - line.bbox[0]) > 4 or gap < -0.5 * height:
        return ""
    char = (line.bbox[2] - line.bbox[0]) / max(len(line.text), 1)
    first = len(line.text.split()[0]) + 1
    return "apart" if right - prev.bbox[2] > (first + 2) * char else "wrapped"


_BLANK_BAND = 1.5  # line heights of empty space that end a column's run of lines
_FULL_LINE = 0.9  # share of a column's width a wrapped prose line fills
_PROSE_LINES = 4  # full lines that show a run of lines is wrapped prose
_WRAPPED_CHARS = 35  # a full line this long is prose run on, not a short label


def _gap_above(prev: Line, line: Line) -> bool:
    """Whether a blank line's height separates `line` from the line before."""
    if prev.bbox is None or line.bbox is None:
        return False
    height = max(prev.bbox[3] - prev.bbox[1], line.bbox[3] - line.bbox[1], 1.0)
    return line.bbox[1] - prev.bbox[3] > 0.9 * height


def _right_edge(lines: tuple[Line, ...], line: Line) -> float:
    """Right edge of the column `line` belongs to (lines starting at the same x); a column of
    wrapped prose is measured on its own run of lines, so a full-width letterhead above two
    columns does not widen it."""
    if line.bbox is None:
        return 0.0
    x0 = line.bbox[0]
    column = sorted(
        (ln.bbox for ln in lines if ln.bbox and abs(ln.bbox[0] - x0) <= 4), key=lambda b: b[1]
    )
    page_edge = max(box[2] for box in column)
    run: list[float] = []
    bottom: float | None = None
    seen = False
    for box in column:
        if bottom is not None and box[1] - bottom > _BLANK_BAND * max(box[3] - box[1], 1.0):
            if seen:
                break  # the run around `line` has ended
            run = []
        run.append(box[2])
        bottom, seen = box[3], seen or box == line.bbox
    edge = max(run) if run else page_edge
    full = [x1 for x1 in run if x1 - x0 >= _FULL_LINE * (edge - x0)]
    return edge if len(full) >= _PROSE_LINES else page_edge


def _paragraphs(lines: tuple[Line, ...]) -> list[list[Line]]:
    """Group wrapped visual lines back into paragraphs."""
    groups: list[list[Line]] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if _resumes_across(groups, line):
            groups[-2].append(line)
            continue
        prev = groups[-1][-1].text.strip() if groups else ""
        label_value = (prev.endswith(":") and bool(_VALUE_START.match(text))) or bool(
            _OPEN_END.search(prev)
        )
        layout = _layout(groups[-1][-1], line, _right_edge(lines, groups[-1][-1])) if prev else ""
        apart = layout == "apart" and not text[:1].islower()
        # "...near the bin trailers;" | "$35.00 for the set will be taken out": the price runs on.
        priced_on = prev.endswith(";") and not apart and bool(_PRICE_START.match(text))
        # "ni Enlace Campo Norte," | "S.C. ni cualquier otra persona": a comma never ends one.
        comma_on = (
            prev.endswith(",") and not _BULLET.match(text) and not _gap_above(groups[-1][-1], line)
        )
        continues = (
            label_value
            or priced_on
            or comma_on
            or (
                bool(prev)
                and not apart
                # ("Campo Norte, S.C." | "los paga EL EMPLEADOR": a firm's suffix, not an end)
                and (not _END.search(prev) or (bool(_FIRM_END.search(prev)) and text[:1].islower()))
                and not _BULLET.match(text)
                and (
                    text[:1].islower()
                    or text[:1] in ",;)"
                    or prev.endswith(",")
                    or bool(_AMOUNT_ASIDE.match(text))
                    or (len(prev) > 60 and not prev.isupper())
                    or (
                        layout == "wrapped"
                        and (len(prev.split()) > _LABEL_WORDS or len(prev) > _WRAPPED_CHARS)
                    )
                )
            )
        )
        if continues:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _resumes_across(groups: list[list[Line]], line: Line) -> bool:
    """A table's row label, centred beside a wrapped cell, printed between two of its lines
    ("...and the pre-departure" | "11. Costs of employment" | "training fee ...")."""
    if len(groups) < 2 or line.bbox is None or not line.text[:1].islower():
        return False
    before, label = groups[-2][-1], groups[-1][-1]
    if before.bbox is None or label.bbox is None or len(groups[-1]) > 1:
        return False
    height = before.bbox[3] - before.bbox[1]
    return (
        abs(before.bbox[0] - line.bbox[0]) <= 4
        and abs(label.bbox[0] - line.bbox[0]) > 20
        and line.bbox[1] - before.bbox[3] < height
        and not _END.search(before.text)
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph; abbreviations like "a.m." and "S.C." do not end one."""
    text = squash(text)
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head = text[start : m.start()]
        if (
            _ABBREV_RE.search(head[-8:])
            and not _STATE_END.search(head[-6:])
            and not (_FIRM_END.search(head[-8:]) and _OPENER.match(text, m.end()))
        ):
            continue
        if _MONTH.search(head[-6:]) and text[m.end() : m.end() + 1].isdigit():
            continue
        parts.append(head.strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _run_together(group: list[Line]) -> bool:
    """Two or more full rows ("Item ... 75 monthly Employee") grouped as one paragraph; an item
    and its price on the next line ("Medical check-up" | "NPR 6,500") are one row."""
    rows = [ln for ln in group if ln.text[:1].isupper() and len(ln.text.split()) >= _ROW_MIN]
    return len(rows) > 1 and any(re.search(r"\d", ln.text) for ln in group)


@dataclass(frozen=True)
class _Row:
    """A paragraph group of lines, with what it says as a table header (when it is one)."""

    lines: list[Line]
    currency: str | None = None
    payers: PayerHeader | None = None


_HEADER_TAIL = re.compile(r"^\s*[^\W\d]+(?: [^\W\d]+)?\s*$")


def _table_rows(groups: list[list[Line]], context: str) -> list[_Row]:
    """A header line of payer or currency columns stands alone, and under it each line that
    opens a new cell is a row of its own, even when the line grouping ran rows together."""
    out: list[_Row] = []
    table = False
    for group in groups:
        currency = column_currency(group[0].text, context=context)
        payers = payer_header(group[0].text)
        head = 1
        if not payers and len(group) > 1 and _HEADER_TAIL.match(group[1].text):
            # "Item | Paid by the worker | Reimbursed by the" over "Employer": a wrapped header,
            # over two lines or three ("A cargo de la | A cargo de la" / "empresa persona" /
            # "trabajadora").
            payers = payer_header(f"{group[0].text} {group[1].text}")
            head = 2 if payers else 1
            if not payers and len(group) > 2 and _HEADER_TAIL.match(group[2].text):
                payers = payer_header(f"{group[0].text} {group[1].text} {group[2].text}")
                head = 3 if payers else 1
        if currency or payers:
            out.append(_Row(group[:head], currency, payers))
            table, group = True, group[head:]
            if not group:
                continue
        if _PROSE.search(" ".join(line.text for line in group)):
            table = False
        if table and _run_together(group):
            out += [_Row([line]) for line in group]
            continue
        out.append(_Row(group))
    return out


def _line_clauses(page: Page) -> list[Clause]:
    """Sentences from the page's lines, each with the box of the lines it spans."""
    clauses: list[Clause] = []
    column: str | None = None
    payers: PayerHeader | None = None
    for row in _table_rows(_paragraphs(page.lines), page.text):
        group = row.lines
        sentences = split_sentences(" ".join(line.text for line in group))
        boxes = [line.bbox for line in group if line.bbox]
        for sentence in sentences:
            # Prose ends the table whose header named the currency or the payer.
            if len(_LETTER_WORD.findall(sentence)) > _ROW_WORDS or _PROSE.search(sentence):
                column, payers = None, None
            # Boxes of the lines that share words with this sentence, so excerpts point home.
            words = set(key(sentence).split())
            own = [ln.bbox for ln in group if ln.bbox and words & set(key(ln.text).split())]
            clause = Clause(sentence, page.number, enclosing(own or boxes), False, column, payers)
            clauses.append(clause)
        column = row.currency or column
        payers = row.payers or payers
    return clauses


def page_clauses(page: Page) -> list[Clause]:
    """All clauses of a page; a cell sentence already read from the lines is kept once."""
    clauses = _line_clauses(page)
    seen = {key(c.text) for c in clauses}
    joined = key(page.text)
    for block in page.blocks:
        for sentence in split_sentences(block.text):
            k = key(sentence)
            if not k or k in seen or (len(k) > 20 and k in joined and _whole_in(k, seen)):
                continue
            seen.add(k)
            clauses.append(Clause(sentence, page.number, block.bbox, block=True))
    return clauses


def _whole_in(k: str, seen: set[str]) -> bool:
    """Whether a sentence key is contained in one clause already kept."""
    return any(k in other for other in seen)


def paragraph_units(page: Page) -> list[Clause]:
    """Whole paragraphs, so a term split over two short sentences is still seen together."""
    units = []
    for group in _paragraphs(page.lines):
        boxes = [line.bbox for line in group if line.bbox]
        units.append(
            Clause(squash(" ".join(ln.text for ln in group)), page.number, enclosing(boxes))
        )
    return units


def label_pairs(page: Page) -> list[Clause]:
    """Short label lines joined with the next line ("Hours" + "40 a week"), for term checks."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    pairs: list[Clause] = []
    for first, second in zip(lines, lines[1:], strict=False):
        head = first.text.strip()
        if (len(head.split()) <= 8 and not head.endswith((".", ";", ","))) or head.endswith(
            ("?", ":")
        ):
            boxes = [b for b in (first.bbox, second.bbox) if b]
            text = f"{head.rstrip(':')}: {second.text.strip()}"
            pairs.append(Clause(text, page.number, enclosing(boxes)))
    blocks = list(page.blocks)
    for first_b, second_b in zip(blocks, blocks[1:], strict=False):
        if len(first_b.text.split()) <= 8:
            text = f"{first_b.text.strip().rstrip(':')}: {second_b.text.strip()}"
            pairs.append(Clause(text, page.number, first_b.bbox, block=True))
    return pairs
