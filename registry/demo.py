"""Fictional recruiters that show every status; always flagged is_demo and badged as such."""

from __future__ import annotations

from datetime import date

from core.extensions import db
from registry import bulk
from registry.models import (
    Contact,
    Licence,
    Location,
    Recruiter,
    RecruiterName,
    StaffPerson,
    StatusChange,
)
from registry.names import name_key, normalize_number

# (number, legal name, country, city, status, other names, licence authority, history)
DEMO = [
    (
        "FR-MX-000101",
        "Viajes Esperanza Demo S.A. de C.V.",
        "MX",
        "Oaxaca",
        "registered",
        ["Esperanza Demo", "H2 Demo México LLC / Viajes Esperanza Demo"],
        "Secretaría del Trabajo y Previsión Social (demo)",
        [
            ("2023-02-01", "pending", "Applied for registration."),
            ("2023-04-15", "registered", "Licence and attestation checked."),
        ],
    ),
    (
        "FR-MX-000102",
        "Agencia Laboral del Norte Demo",
        "MX",
        "Monterrey",
        "suspended",
        ["Laboral Norte Demo"],
        "Secretaría del Trabajo y Previsión Social (demo)",
        [
            ("2022-06-01", "registered", "Licence and attestation checked."),
            ("2024-03-12", "suspended", "Workers reported being charged visa fees."),
        ],
    ),
    (
        "FR-GT-000103",
        "Reclutadora Quetzal Demo",
        "GT",
        "Quetzaltenango",
        "registered",
        ["Quetzal Trabajos Demo"],
        "Ministerio de Trabajo y Previsión Social (demo)",
        [("2023-01-10", "registered", "Licence and attestation checked.")],
    ),
    (
        "FR-GT-000104",
        "Servicios Migratorios Ixchel Demo",
        "GT",
        "Guatemala City",
        "revoked",
        [],
        "Ministerio de Trabajo y Previsión Social (demo)",
        [
            ("2021-05-05", "registered", "Licence and attestation checked."),
            ("2023-09-30", "revoked", "Kept workers' passports."),
        ],
    ),
    (
        "FR-JM-000105",
        "Blue Mountain Placement Demo Ltd.",
        "JM",
        "Kingston",
        "registered",
        ["Blue Mountain Demo"],
        "Ministry of Labour and Social Security (demo)",
        [("2022-11-20", "registered", "Licence and attestation checked.")],
    ),
    (
        "FR-JM-000106",
        "Island Workforce Demo Ltd.",
        "JM",
        "Montego Bay",
        "expired",
        [],
        "Ministry of Labour and Social Security (demo)",
        [
            ("2020-03-01", "registered", "Licence and attestation checked."),
            ("2023-03-01", "expired", "Registration not renewed."),
        ],
    ),
    (
        "FR-PH-000107",
        "Bayanihan Manpower Demo Inc.",
        "PH",
        "Manila",
        "registered",
        ["Bayanihan Demo"],
        "Department of Migrant Workers (demo)",
        [("2023-07-01", "registered", "Licence and attestation checked.")],
    ),
    (
        None,
        "Cosecha Futura Demo",
        "MX",
        "Morelia",
        "pending",
        ["Cosecha Demo"],
        "Secretaría del Trabajo y Previsión Social (demo)",
        [("2024-05-02", "pending", "Applied for registration.")],
    ),
    (
        "FR-HN-000109",
        "Empleos Copán Demo",
        "HN",
        "Copán",
        "registered",
        [],
        "Secretaría de Trabajo y Seguridad Social (demo)",
        [("2023-08-08", "registered", "Licence and attestation checked.")],
    ),
    (
        None,
        "Trabajos Rápidos Demo",
        "MX",
        "Puebla",
        "disclosed",
        ["Trabajos Rapidos Demo LLC"],
        None,
        [
            (
                "2022-03-31",
                "disclosed",
                "Named on a US Department of Labor H-2B filing (Appendix C).",
            )
        ],
    ),
]


def _add(
    number: str | None,
    legal: str,
    country: str,
    city: str,
    status: str,
    others: list[str],
    authority: str | None,
    history: list[tuple[str, str, str]],
) -> None:
    last = date.fromisoformat(history[-1][0])
    # Dates relative to today, so a "registered" demo recruiter is never shown as lapsed.
    this_year = date.today().year
    recruiter = Recruiter(
        registration_number=number,
        legal_name=legal,
        status=status,
        is_demo=True,
        country=country,
        registered_until=date(this_year + 2, last.month, 1) if status == "registered" else None,
    )
    db.session.add(recruiter)
    db.session.flush()
    rid = recruiter.id
    for name, kind in [(legal, "legal"), *((o, "alias") for o in others)]:
        db.session.add(RecruiterName(recruiter_id=rid, name=name, key=name_key(name), kind=kind))
    if authority:
        licence = f"DEMO-{country}-{rid:04d}"
        db.session.add(
            Licence(
                recruiter_id=rid,
                authority=authority,
                number=licence,
                number_key=normalize_number(licence),
                country=country,
                valid_from=date(2021, 1, 1),
                valid_to=date(2023, 1, 1) if status == "expired" else date(this_year + 1, 12, 31),
            )
        )
    previous = None
    for day, to_status, reason in history:
        db.session.add(
            StatusChange(
                recruiter_id=rid,
                changed_on=date.fromisoformat(day),
                from_status=previous,
                to_status=to_status,
                reason=reason,
                actor="FairRecruit staff (demo)",
            )
        )
        previous = to_status
    db.session.add(
        Location(
            recruiter_id=rid,
            country=country,
            city=city,
            region="",
            postal_code="",
            street="Calle Ejemplo 1 (demo)",
        )
    )
    db.session.add(Contact(recruiter_id=rid, kind="phone", value="+00 000 000 0000 (demo)"))
    db.session.add(
        StaffPerson(
            recruiter_id=rid,
            full_name="Ana Ejemplo (demo)",
            name_key=name_key("Ana Ejemplo"),
            role="recruiter",
        )
    )


def load() -> int:
    """Add the demo recruiters (skipping any already there); return how many were added."""
    have = set(db.session.scalars(db.select(Recruiter.legal_name).where(Recruiter.is_demo)))
    added = 0
    for entry in DEMO:
        if entry[1] not in have:
            _add(*entry)
            added += 1
    bulk.bump_version()
    db.session.commit()
    return added
