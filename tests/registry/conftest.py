"""Registry fixtures: small DOL excerpts written by the test from the real files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.paths import DOL_RECRUITERS

FY2021 = DOL_RECRUITERS / "H-2B_Appendix_C_FY2021.xlsx"
HEADER = [
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
]


def real_rows(count: int) -> list[list[object]]:
    """The first `count` data rows of the real FY2021 Appendix C file."""
    sheet = load_workbook(FY2021, read_only=True).worksheets[0]
    rows = sheet.iter_rows(min_row=2, max_row=count + 1, values_only=True)
    return [list(r) for r in rows]


def write_csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def row(
    case: str,
    agency: str,
    country: str = "MEXICO",
    last: str = "Perez",
    first: str = "Ana",
    city: str = "Oaxaca",
) -> list[object]:
    """One made-up Appendix C row."""
    return [case, last, first, None, agency, city, "N/A", "68000", country, None]


@pytest.fixture(scope="session")
def excerpt_rows() -> list[list[object]]:
    return real_rows(400)


@pytest.fixture
def excerpt_xlsx(tmp_path: Path, excerpt_rows: list[list[object]]) -> Path:
    return write_xlsx(tmp_path / "H-2B_Appendix_C_FY2021.xlsx", excerpt_rows)
