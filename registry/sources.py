"""Read DOL H-2B Appendix C files (xlsx or CSV) into plain rows, refusing bad files early."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

COLUMNS = (
    "CASE_NUMBER",
    "RECRUITER_LAST_NAME",
    "RECRUITER_FIRST_NAME",
    "RECRUITER_MIDDLE_NAME",
    "RECRUITER_EMPLOYER_NAME",
    "RECRUITER_EMPLOYER_CITY",
    "RECRUITER_EMPLOYER_STATE",
    "RECRUITER_EMPLOYER_POSTAL_CODE",
    "RECRUITER_EMPLOYER_COUNTRY",
    "RECRUITER_EMPLOYER_PROVINCE",
)
REQUIRED = ("CASE_NUMBER", "RECRUITER_EMPLOYER_NAME", "RECRUITER_EMPLOYER_COUNTRY")
# Q1 of a US fiscal year ends on 31 December of the previous calendar year.
QUARTER_END = {1: (-1, 12, 31), 2: (0, 3, 31), 3: (0, 6, 30), 4: (0, 9, 30)}

Bar = Callable[..., contextlib.AbstractContextManager[Any]]


class BadFile(ValueError):
    """A file that cannot be imported; the message is one line for the operator."""


@dataclass(frozen=True)
class SourceFile:
    """A whole file read into memory: rows are dicts keyed by COLUMNS."""

    filename: str
    sha256: str
    fiscal_year: int | None
    as_of: date | None
    rows: list[tuple[int, dict[str, str]]]


def as_of_from_name(filename: str) -> tuple[int | None, date | None]:
    """'H-2B_Appendix_C_FY2022_Q2.xlsx' -> (2022, 2022-03-31); the year's end without a Q."""
    year = re.search(r"FY\s*_?(\d{4})", filename, re.IGNORECASE)
    if not year:
        return None, None
    fy = int(year.group(1))
    quarter = re.search(r"Q([1-4])", filename[year.end() :], re.IGNORECASE)
    shift, month, day = QUARTER_END[int(quarter.group(1)) if quarter else 4]
    return fy, date(fy + shift, month, day)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _header(cells: Iterable[object], filename: str) -> list[str]:
    header = [_cell(c).upper() for c in cells]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise BadFile(
            f"{filename}: not an H-2B Appendix C file (missing columns: {', '.join(missing)})."
        )
    return header


def _rows(header: list[str], lines: Iterator[Iterable[object]]) -> Iterator[dict[str, str]]:
    wanted = [(i, name) for i, name in enumerate(header) if name in COLUMNS]
    for line in lines:
        cells = list(line)
        yield {name: _cell(cells[i]) if i < len(cells) else "" for i, name in wanted}


def _xlsx(data: bytes, filename: str) -> tuple[int, list[str], Iterator[Iterable[object]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = _header(next(lines, ()), filename)
    except BadFile:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError) as error:
        raise BadFile(f"{filename}: the spreadsheet is broken ({error}).") from error
    return max((sheet.max_row or 1) - 1, 0), header, lines


def _csv(data: bytes, filename: str) -> tuple[int, list[str], Iterator[Iterable[object]]]:
    if b"\x00" in data[:4096]:
        raise BadFile(f"{filename}: not a spreadsheet or CSV file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    lines = csv.reader(io.StringIO(text))
    header = _header(next(lines, []), filename)
    return text.count("\n"), header, lines


def read_source(path: str | Path, max_bytes: int, bar: Bar | None = None) -> SourceFile:
    """Read and check one file completely, before anything touches the database."""
    path = Path(path)
    if not path.is_file():
        raise BadFile(f"{path.name}: no such file.")
    if path.stat().st_size > max_bytes:
        raise BadFile(f"{path.name}: the file is larger than the {max_bytes:,}-byte limit.")
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        total, header, lines = _xlsx(data, path.name)
    elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise BadFile(f"{path.name}: not an xlsx spreadsheet.")
    else:
        total, header, lines = _csv(data, path.name)
    rows = _collect(_rows(header, lines), total, path.name, bar)
    fiscal_year, as_of = as_of_from_name(path.name)
    return SourceFile(path.name, hashlib.sha256(data).hexdigest(), fiscal_year, as_of, rows)


def _collect(
    rows: Iterator[dict[str, str]], total: int, label: str, bar: Bar | None
) -> list[tuple[int, dict[str, str]]]:
    out: list[tuple[int, dict[str, str]]] = []
    manager = bar(length=total, label=label) if bar else contextlib.nullcontext()
    try:
        with manager as progress:
            for number, row in enumerate(rows, start=2):  # row 1 is the header
                if any(row.values()):
                    out.append((number, row))
                if progress is not None and number % 1000 == 0:
                    progress.update(1000)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, csv.Error) as error:
        raise BadFile(f"{label}: the file is broken ({error}).") from error
    return out
