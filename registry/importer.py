"""Import DOL H-2B Appendix C files: one transaction, set-based, idempotent."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa

from core.extensions import db
from registry import bulk, matching
from registry.countries import country_code
from registry.models import (
    DuplicateCandidate,
    H2Case,
    ImportSource,
    Location,
    Provenance,
    Recruiter,
    RecruiterName,
    StaffPerson,
    StatusChange,
    recruiter_case,
)
from registry.names import clean_display, is_placeholder, name_key, person_name
from registry.sources import Bar, SourceFile, read_source

PUBLISHER = "US Department of Labor, OFLC: H-2B disclosure data, Appendix C"


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Summary:
    """What an import did, for the operator."""

    files: int = 0
    already_imported: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_imported: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    recruiters_new: int = 0
    recruiters_updated: int = 0
    names_new: int = 0
    cases_new: int = 0
    staff_new: int = 0
    duplicates_new: int = 0


def import_files(paths: Sequence[str | Path], max_bytes: int, bar: Bar | None = None) -> Summary:
    """Read every file first, then write all of them in one transaction (all or nothing)."""
    sources = [read_source(path, max_bytes, bar) for path in paths]
    try:
        summary = _import(sources)
        if summary.rows_imported:
            bulk.bump_version()
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return summary


def _skip_reason(row: dict[str, str]) -> str | None:
    if not row.get("CASE_NUMBER"):
        return "no case number"
    if is_placeholder(row.get("RECRUITER_EMPLOYER_NAME")):
        return "no agency name (blank or placeholder such as N/A)"
    if not country_code(row.get("RECRUITER_EMPLOYER_COUNTRY")):
        return "unknown country"
    return None


def _import(sources: list[SourceFile]) -> Summary:
    summary = Summary(files=len(sources))
    known = set(db.session.scalars(sa.select(ImportSource.sha256)))
    fresh: list[SourceFile] = []
    for source in sources:
        summary.rows_read += len(source.rows)
        if source.sha256 in known:
            summary.already_imported.append(source.filename)
        else:
            known.add(source.sha256)
            fresh.append(source)
    rows: list[tuple[SourceFile, int, dict[str, str]]] = []
    for source in fresh:
        for number, row in source.rows:
            reason = _skip_reason(row)
            if reason:
                summary.skipped[reason] += 1
            else:
                rows.append((source, number, row))
    summary.rows_imported = len(rows)
    if rows:
        _write(rows, fresh, summary)
    return summary


def _existing_keys() -> tuple[dict[str, int], dict[str, set[str]]]:
    """Name keys of real (non-demo) recruiters, and the countries each key is seen in."""
    keys: dict[str, int] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    real = sa.select(Recruiter.id).where(Recruiter.is_demo.is_(False)).scalar_subquery()
    query = (
        sa.select(RecruiterName.key, RecruiterName.recruiter_id, Location.country)
        .outerjoin(Location, Location.recruiter_id == RecruiterName.recruiter_id)
        .where(RecruiterName.recruiter_id.in_(real))
    )
    for key, recruiter_id, country in db.session.execute(query):
        keys.setdefault(key, recruiter_id)
        if country:
            countries[key].add(country)
    return keys, countries


def _write(
    rows: list[tuple[SourceFile, int, dict[str, str]]], sources: list[SourceFile], summary: Summary
) -> None:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, row in rows:
        code = country_code(row["RECRUITER_EMPLOYER_COUNTRY"]) or ""
        spellings[row["RECRUITER_EMPLOYER_NAME"]][code] += 1
    existing, existing_countries = _existing_keys()
    clusters, review = matching.cluster(spellings, existing, existing_countries)
    newest = max((s.as_of for s in sources if s.as_of), default=date.today())
    oldest = min((s.as_of for s in sources if s.as_of), default=date.today())
    raw_to_recruiter = _recruiters(clusters, newest, oldest, summary)
    names = _names(clusters, raw_to_recruiter, summary)
    cases = _cases(rows, summary)
    links = {
        (raw_to_recruiter[r["RECRUITER_EMPLOYER_NAME"]], cases[r["CASE_NUMBER"]])
        for _, _, r in rows
    }
    old_links = set(
        map(
            tuple,
            bulk.select_in(
                [recruiter_case.c.recruiter_id, recruiter_case.c.case_id],
                recruiter_case.c.case_id,
                {c for _, c in links},
            ),
        )
    )
    bulk.insert_rows(
        recruiter_case, [{"recruiter_id": r, "case_id": c} for r, c in sorted(links - old_links)]
    )
    staff = _staff(rows, raw_to_recruiter, summary)
    _locations(rows, raw_to_recruiter)
    _provenance(rows, sources, raw_to_recruiter, names, cases, staff)
    _duplicates(review, clusters, raw_to_recruiter, summary)


def _recruiters(
    clusters: list[matching.Cluster], newest: date, oldest: date, summary: Summary
) -> dict[str, int]:
    """Create a recruiter per new cluster; note the newest filing on existing ones."""
    raw_to_id: dict[str, int] = {}
    new = [c for c in clusters if not c.recruiter_ids]
    ids = bulk.insert_returning_ids(
        Recruiter.__table__,
        [
            {
                "legal_name": clean_display(c.raw.most_common(1)[0][0]),
                "status": "disclosed",
                "is_demo": False,
                "country": c.countries.most_common(1)[0][0] or None,
                "last_disclosed_on": newest,
                "created_at": _now(),
                "updated_at": _now(),
            }
            for c in new
        ],
    )
    for group, recruiter_id in zip(new, ids, strict=True):
        group.recruiter_ids.add(recruiter_id)
    bulk.insert_rows(
        StatusChange.__table__,
        [
            {
                "recruiter_id": i,
                "changed_on": oldest,
                "from_status": None,
                "to_status": "disclosed",
                "reason": "Named on a US Department of Labor H-2B filing (Appendix C).",
                "actor": "DOL import",
            }
            for i in ids
        ],
    )
    old = [min(c.recruiter_ids) for c in clusters if c not in new]
    if old:
        db.session.execute(
            sa.update(Recruiter)
            .where(Recruiter.id.in_(old))
            .where(
                sa.or_(Recruiter.last_disclosed_on.is_(None), Recruiter.last_disclosed_on < newest)
            )
            .values(last_disclosed_on=newest),
            execution_options={"synchronize_session": False},
        )
    summary.recruiters_new, summary.recruiters_updated = len(ids), len(old)
    for group in clusters:
        for raw in group.raw:
            raw_to_id[raw] = min(group.recruiter_ids)
    return raw_to_id


def _names(
    clusters: list[matching.Cluster], raw_to_id: dict[str, int], summary: Summary
) -> dict[tuple[int, str], int]:
    """Keep every spelling as a name; return (recruiter, display name) -> name id."""
    wanted: dict[tuple[int, str], str] = {}
    for group in clusters:
        recruiter_id = raw_to_id[next(iter(group.raw))]
        for name, kind in group.names().items():
            wanted.setdefault((recruiter_id, name), kind)
    have = {
        (r, n): i
        for i, r, n in bulk.select_in(
            [RecruiterName.id, RecruiterName.recruiter_id, RecruiterName.name],
            RecruiterName.recruiter_id,
            {r for r, _ in wanted},
        )
    }
    todo = [key for key in wanted if key not in have]
    ids = bulk.insert_returning_ids(
        RecruiterName.__table__,
        [
            {"recruiter_id": r, "name": n, "key": name_key(n), "kind": wanted[(r, n)]}
            for r, n in todo
        ],
    )
    have.update(zip(todo, ids, strict=True))
    summary.names_new = len(ids)
    return have


def _cases(rows: list[tuple[SourceFile, int, dict[str, str]]], summary: Summary) -> dict[str, int]:
    """Case number -> id, creating the cases not seen before."""
    years = {r["CASE_NUMBER"]: s.fiscal_year for s, _, r in rows}
    have = {
        n: i for n, i in bulk.select_in([H2Case.case_number, H2Case.id], H2Case.case_number, years)
    }
    todo = sorted(n for n in years if n not in have)
    ids = bulk.insert_returning_ids(
        H2Case.__table__,
        [{"case_number": n, "visa_class": _visa_class(n), "fiscal_year": years[n]} for n in todo],
    )
    have.update(zip(todo, ids, strict=True))
    summary.cases_new = len(ids)
    return have


def _visa_class(case_number: str) -> str:
    """DOL case numbers: H-300-... are H-2A, H-400-... are H-2B."""
    return "H-2A" if case_number.upper().startswith("H-300") else "H-2B"


def _staff(
    rows: list[tuple[SourceFile, int, dict[str, str]]], raw_to_id: dict[str, int], summary: Summary
) -> dict[tuple[int, str], int]:
    """The recruiter persons of each agency, once per agency; (recruiter, key) -> id."""
    wanted: dict[tuple[int, str], str] = {}
    for _, _, r in rows:
        full = person_name(
            r.get("RECRUITER_LAST_NAME"),
            r.get("RECRUITER_FIRST_NAME"),
            r.get("RECRUITER_MIDDLE_NAME"),
        )
        if full and name_key(full):
            wanted.setdefault((raw_to_id[r["RECRUITER_EMPLOYER_NAME"]], name_key(full)), full)
    have = {
        (r, k): i
        for i, r, k in bulk.select_in(
            [StaffPerson.id, StaffPerson.recruiter_id, StaffPerson.name_key],
            StaffPerson.recruiter_id,
            {r for r, _ in wanted},
        )
    }
    todo = [key for key in wanted if key not in have]
    ids = bulk.insert_returning_ids(
        StaffPerson.__table__,
        [
            {
                "recruiter_id": r,
                "full_name": wanted[(r, k)][:200],
                "name_key": k[:200],
                "role": "recruiter",
            }
            for r, k in todo
        ],
    )
    have.update(zip(todo, ids, strict=True))
    summary.staff_new = len(ids)
    return have


def _place(value: str | None) -> str:
    return "" if is_placeholder(value) or not value else clean_display(value)[:120]


def _locations(
    rows: list[tuple[SourceFile, int, dict[str, str]]], raw_to_id: dict[str, int]
) -> None:
    """Cities and countries of operation, as the filings give them."""
    wanted = {
        (
            raw_to_id[r["RECRUITER_EMPLOYER_NAME"]],
            country_code(r["RECRUITER_EMPLOYER_COUNTRY"]) or "",
            _place(r.get("RECRUITER_EMPLOYER_PROVINCE"))
            or _place(r.get("RECRUITER_EMPLOYER_STATE")),
            _place(r.get("RECRUITER_EMPLOYER_CITY")).title(),
            _place(r.get("RECRUITER_EMPLOYER_POSTAL_CODE"))[:20],
        )
        for _, _, r in rows
    }
    have = set(
        map(
            tuple,
            bulk.select_in(
                [
                    Location.recruiter_id,
                    Location.country,
                    Location.region,
                    Location.city,
                    Location.postal_code,
                ],
                Location.recruiter_id,
                {w[0] for w in wanted},
            ),
        )
    )
    bulk.insert_rows(
        Location.__table__,
        [
            dict(
                zip(("recruiter_id", "country", "region", "city", "postal_code"), w, strict=True),
                street="",
            )
            for w in sorted(wanted - have)
        ],
    )


def _provenance(
    rows: list[tuple[SourceFile, int, dict[str, str]]],
    sources: list[SourceFile],
    raw_to_id: dict[str, int],
    names: dict[tuple[int, str], int],
    cases: dict[str, int],
    staff: dict[tuple[int, str], int],
) -> None:
    """One row per source row: which file and row stated which facts."""
    source_ids = dict(
        zip(
            (s.sha256 for s in sources),
            bulk.insert_returning_ids(
                ImportSource.__table__,
                [
                    {
                        "filename": s.filename,
                        "sha256": s.sha256,
                        "publisher": PUBLISHER,
                        "as_of": s.as_of,
                        "fiscal_year": s.fiscal_year,
                        "rows": len(s.rows),
                        "imported_at": _now(),
                    }
                    for s in sources
                ],
            ),
            strict=True,
        )
    )
    out = []
    for source, number, r in rows:
        recruiter_id = raw_to_id[r["RECRUITER_EMPLOYER_NAME"]]
        person = name_key(
            person_name(
                r.get("RECRUITER_LAST_NAME"),
                r.get("RECRUITER_FIRST_NAME"),
                r.get("RECRUITER_MIDDLE_NAME"),
            )
        )
        out.append(
            {
                "source_id": source_ids[source.sha256],
                "row_number": number,
                "recruiter_id": recruiter_id,
                "case_id": cases[r["CASE_NUMBER"]],
                "name_id": names.get((recruiter_id, clean_display(r["RECRUITER_EMPLOYER_NAME"]))),
                "staff_id": staff.get((recruiter_id, person)),
            }
        )
    bulk.insert_rows(Provenance.__table__, out)


def _duplicates(
    review: list[tuple[str, str, float]],
    clusters: list[matching.Cluster],
    raw_to_id: dict[str, int],
    summary: Summary,
) -> None:
    """Doubtful pairs, and clusters that touched two existing recruiters, go to staff."""
    key_to_id = {k: raw_to_id[next(iter(c.raw))] for c in clusters for k in c.keys}
    key_to_id.update(
        {
            k: i
            for k, i in db.session.execute(
                sa.select(RecruiterName.key, RecruiterName.recruiter_id).where(
                    RecruiterName.key.in_({k for pair in review for k in pair[:2]} - set(key_to_id))
                )
            )
        }
    )
    pairs: dict[tuple[int, int], tuple[str, str, float]] = {}
    for a, b, score in review:
        ia, ib = key_to_id.get(a), key_to_id.get(b)
        if ia and ib and ia != ib:
            (lo, name_lo), (hi, name_hi) = sorted([(ia, a), (ib, b)])
            pairs.setdefault((lo, hi), (name_lo, name_hi, round(score, 1)))
    for group in clusters:
        first, *others = sorted(group.recruiter_ids)
        for other in others:
            pairs.setdefault((first, other), (group.raw.most_common(1)[0][0], "", 100.0))
    have = set(
        map(
            tuple,
            db.session.execute(
                sa.select(DuplicateCandidate.recruiter_a_id, DuplicateCandidate.recruiter_b_id)
            ),
        )
    )
    todo = [(ab, v) for ab, v in sorted(pairs.items()) if ab not in have]
    bulk.insert_rows(
        DuplicateCandidate.__table__,
        [
            {
                "recruiter_a_id": a,
                "recruiter_b_id": b,
                "name_a": na[:300],
                "name_b": nb[:300],
                "score": s,
                "state": "open",
                "created_at": _now(),
            }
            for (a, b), (na, nb, s) in todo
        ],
    )
    summary.duplicates_new = len(todo)
