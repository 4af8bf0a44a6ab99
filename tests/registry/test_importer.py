"""Importing DOL Appendix C files: real excerpts, idempotency, merges, bad files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from core.extensions import db
from registry.importer import import_files
from registry.models import (
    DuplicateCandidate,
    H2Case,
    ImportSource,
    Provenance,
    Recruiter,
    RecruiterName,
    StaffPerson,
)
from registry.sources import BadFile, as_of_from_name
from tests.registry.conftest import FY2021, real_rows, row, write_csv, write_xlsx

LIMIT = 10 * 1024 * 1024


def counts() -> dict[str, int]:
    tables = (
        Recruiter,
        RecruiterName,
        H2Case,
        StaffPerson,
        Provenance,
        ImportSource,
        DuplicateCandidate,
    )
    return {
        t.__tablename__: db.session.scalar(sa.select(sa.func.count()).select_from(t))
        for t in tables
    }


def test_real_excerpt_imports_and_is_idempotent(app, excerpt_xlsx: Path) -> None:
    summary = import_files([excerpt_xlsx], LIMIT)
    assert summary.rows_read == 400
    assert summary.recruiters_new > 0 and summary.cases_new > 0
    first = counts()
    assert first["provenance"] == summary.rows_imported
    assert set(db.session.scalars(sa.select(Recruiter.status))) == {"disclosed"}
    again = import_files([excerpt_xlsx], LIMIT)
    assert again.already_imported == [excerpt_xlsx.name]
    assert counts() == first


def test_same_rows_in_a_renamed_csv_add_provenance_only(app, tmp_path, excerpt_rows) -> None:
    import_files([write_xlsx(tmp_path / "H-2B_Appendix_C_FY2021.xlsx", excerpt_rows)], LIMIT)
    before = counts()
    summary = import_files([write_csv(tmp_path / "copy_FY2021.csv", excerpt_rows)], LIMIT)
    after = counts()
    assert summary.recruiters_new == summary.names_new == summary.cases_new == 0
    assert after["recruiter"] == before["recruiter"]
    assert after["provenance"] == before["provenance"] + summary.rows_imported


def test_newer_file_adds_and_updates(app, tmp_path) -> None:
    import_files(
        [write_csv(tmp_path / "x_FY2021.csv", [row("H-400-1", "Viajes Esperanza")])], LIMIT
    )
    newer = [row("H-400-2", "VIAJES ESPERANZA "), row("H-400-3", "Nuevo Horizonte Laboral")]
    summary = import_files([write_csv(tmp_path / "x_FY2022_Q2.csv", newer)], LIMIT)
    assert summary.recruiters_new == 1 and summary.recruiters_updated == 1
    esperanza = db.session.scalar(
        sa.select(Recruiter).where(Recruiter.legal_name == "Viajes Esperanza")
    )
    assert esperanza.last_disclosed_on.isoformat() == "2022-03-31"
    assert {n.name for n in esperanza.names} == {"Viajes Esperanza", "VIAJES ESPERANZA"}


def test_placeholders_are_never_agencies(app, tmp_path) -> None:
    rows = [
        row(f"H-400-{i}", name)
        for i, name in enumerate(["N/A", "n/a", "na", "none", "-", "", "Unknown", "Real Agency"])
    ]
    summary = import_files([write_csv(tmp_path / "p.csv", rows)], LIMIT)
    names = set(db.session.scalars(sa.select(RecruiterName.name)))
    assert names == {"Real Agency"}
    assert sum(summary.skipped.values()) == 7


def test_spellings_merge_and_combined_names_split(app, tmp_path) -> None:
    rows = [
        row("H-400-1", "Asistencia Jurídica GM"),
        row("H-400-2", "Asistencia Juridica GM "),
        row("H-400-3", "Assistencia Juridica GM"),
        row("H-400-4", "ASISTENCIA JURIDICA GM S.A."),
        row("H-400-5", "H2 Mexico LLC / Viajes Esperanza"),
        row("H-400-6", "Viajes Esperanza"),
        row("H-400-7", "Asistencia Juridica GM", country="GUATEMALA"),
    ]
    import_files([write_csv(tmp_path / "m.csv", rows)], LIMIT)
    recruiters = db.session.scalars(sa.select(Recruiter)).all()
    assert len(recruiters) == 2
    esperanza = next(r for r in recruiters if "Esperanza" in r.legal_name)
    assert {"H2 Mexico LLC", "Viajes Esperanza", "H2 Mexico LLC / Viajes Esperanza"} <= {
        n.name for n in esperanza.names
    }
    juridica = next(r for r in recruiters if r is not esperanza)
    assert {loc.country for loc in juridica.locations} == {"MX", "GT"}


def test_spellings_that_differ_in_spaces_or_and_merge(app, tmp_path) -> None:
    rows = [
        row("H-400-1", "Del Al & Associates Inc."),
        row("H-400-2", "Del Al Associates Inc."),
        row("H-400-3", "Peakseason Workforce", country="JAMAICA"),
        row("H-400-4", "PEAK SEASON WORKFORCE", country="JAMAICA"),
    ]
    import_files([write_csv(tmp_path / "s.csv", rows)], LIMIT)
    names = sorted(r.legal_name for r in db.session.scalars(sa.select(Recruiter)))
    assert len(names) == 2, names


def test_ambiguous_pairs_are_listed_not_merged(app, runner, tmp_path) -> None:
    rows = [
        row("H-400-1", "Faith Placement Services", "JAMAICA"),
        row("H-400-2", "Faith Placements", "JAMAICA"),
    ]
    summary = import_files([write_csv(tmp_path / "d.csv", rows)], LIMIT)
    assert db.session.scalar(sa.select(sa.func.count(Recruiter.id))) == 2
    assert summary.duplicates_new == 1
    result = runner.invoke(args=["registry", "duplicates"])
    assert "Faith Placement Services" in result.output and "1 pair(s)" in result.output


def _bad_files(tmp_path: Path) -> list[tuple[Path, str]]:
    text = tmp_path / "notes.xlsx"
    text.write_text("hello, this is not a spreadsheet")
    wrong = write_csv(tmp_path / "wrong.csv", [["a", "b"]], header=["FOO", "BAR"])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(FY2021.read_bytes()[:50_000])
    empty_zip = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("hello.txt", "x")
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    return [
        (text, "not an xlsx"),
        (wrong, "missing columns"),
        (broken, "broken"),
        (empty_zip, "broken"),
        (binary, "not a spreadsheet"),
    ]


def test_bad_files_leave_the_database_unchanged(app, tmp_path, excerpt_xlsx) -> None:
    import_files([excerpt_xlsx], LIMIT)
    before = counts()
    good = write_csv(tmp_path / "good.csv", [row("H-400-9", "Brand New Agency")])
    for bad, message in _bad_files(tmp_path):
        with pytest.raises(BadFile, match=message):
            import_files([good, bad], LIMIT)
        assert counts() == before


def test_too_large_file_is_refused(app, excerpt_xlsx) -> None:
    with pytest.raises(BadFile, match="limit"):
        import_files([excerpt_xlsx], 1000)
    assert counts()["recruiter"] == 0


def test_cli_import_and_errors(app, runner, excerpt_xlsx, tmp_path) -> None:
    result = runner.invoke(args=["registry", "import-dol", str(excerpt_xlsx)])
    assert result.exit_code == 0, result.output
    assert "Rows read: 400" in result.output and "Recruiters:" in result.output
    bad = tmp_path / "bad.xlsx"
    bad.write_text("nope")
    result = runner.invoke(args=["registry", "import-dol", str(bad)])
    assert result.exit_code != 0
    assert "Nothing was imported" in result.output
    app.config["IMPORT_MAX_BYTES"] = 100
    result = runner.invoke(args=["registry", "import-dol", str(excerpt_xlsx)])
    assert result.exit_code != 0 and "limit" in result.output


def test_as_of_from_file_names() -> None:
    assert as_of_from_name("H2B_FY2020_Appendix_C.xlsx") == (
        2020,
        __import__("datetime").date(2020, 9, 30),
    )
    assert as_of_from_name("H-2B_Appendix_C_FY2022_Q2.xlsx")[1].isoformat() == "2022-03-31"
    assert as_of_from_name("recruiters.csv") == (None, None)


@pytest.mark.slow
def test_one_full_real_file(app) -> None:
    summary = import_files([FY2021], 100 * 1024 * 1024)
    assert summary.rows_read == 44_434
    assert 100 < summary.recruiters_new < 400
    assert real_rows(1)[0][0] in set(db.session.scalars(sa.select(H2Case.case_number)))
