"""The registry's tables: recruiters, their names, licences, history, cases and sources."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.extensions import db

STATUSES = ("pending", "registered", "suspended", "revoked", "expired", "disclosed")


def _now() -> datetime:
    return datetime.now(UTC)


class Recruiter(db.Model):
    """A recruitment agency (or an individual recruiter): the registry's main record."""

    __tablename__ = "recruiter"
    id: Mapped[int] = mapped_column(primary_key=True)
    registration_number: Mapped[str | None] = mapped_column(sa.String(32), unique=True)
    legal_name: Mapped[str] = mapped_column(sa.String(300))
    status: Mapped[str] = mapped_column(sa.String(16), index=True, default="disclosed")
    is_demo: Mapped[bool] = mapped_column(default=False)
    country: Mapped[str | None] = mapped_column(sa.String(2), index=True)  # main ISO code
    registered_until: Mapped[date | None]
    last_disclosed_on: Mapped[date | None]  # newest government filing naming it
    # Set when staff merge a duplicate into another record (staff review queue, later).
    merged_into_id: Mapped[int | None] = mapped_column(sa.ForeignKey("recruiter.id"))
    created_at: Mapped[datetime] = mapped_column(default=_now)
    updated_at: Mapped[datetime] = mapped_column(default=_now, onupdate=_now)

    names: Mapped[list[RecruiterName]] = relationship(back_populates="recruiter")
    licences: Mapped[list[Licence]] = relationship(order_by="Licence.valid_to.desc()")
    history: Mapped[list[StatusChange]] = relationship(order_by="StatusChange.changed_on")
    locations: Mapped[list[Location]] = relationship()
    contacts: Mapped[list[Contact]] = relationship()
    staff: Mapped[list[StaffPerson]] = relationship(order_by="StaffPerson.full_name")


class RecruiterName(db.Model):
    """Every name a recruiter goes by: legal, alias, trade name, or a spelling in a source."""

    __tablename__ = "recruiter_name"
    __table_args__ = (sa.UniqueConstraint("recruiter_id", "name", name="uq_recruiter_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    key: Mapped[str] = mapped_column(sa.String(300), index=True)  # names.name_key(name)
    kind: Mapped[str] = mapped_column(sa.String(16), default="source")  # legal|alias|trade|source
    recruiter: Mapped[Recruiter] = relationship(back_populates="names")


class Licence(db.Model):
    """A home-country licence to recruit, as issued by that country's authority."""

    __tablename__ = "licence"
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    authority: Mapped[str] = mapped_column(sa.String(200))
    number: Mapped[str] = mapped_column(sa.String(64))
    number_key: Mapped[str] = mapped_column(sa.String(64), index=True)  # normalize_number
    country: Mapped[str] = mapped_column(sa.String(2))
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]


class StatusChange(db.Model):
    """One entry of the public history: who changed the status, when and why."""

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    changed_on: Mapped[date]
    from_status: Mapped[str | None] = mapped_column(sa.String(16))
    to_status: Mapped[str] = mapped_column(sa.String(16))
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    actor: Mapped[str] = mapped_column(sa.String(120), default="")


class Location(db.Model):
    """An address or place of operation (country, region, city)."""

    __tablename__ = "location"
    __table_args__ = (
        sa.UniqueConstraint(
            "recruiter_id", "country", "region", "city", "postal_code", name="uq_location"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    country: Mapped[str] = mapped_column(sa.String(2), index=True)
    region: Mapped[str] = mapped_column(sa.String(120), default="")
    city: Mapped[str] = mapped_column(sa.String(120), default="")
    postal_code: Mapped[str] = mapped_column(sa.String(20), default="")
    street: Mapped[str] = mapped_column(sa.String(200), default="")


class Contact(db.Model):
    """A way to reach the recruiter: phone, e-mail or website."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # phone|email|website
    value: Mapped[str] = mapped_column(sa.String(200))


class StaffPerson(db.Model):
    """A person who recruits for the agency (Appendix C lists them by name)."""

    __tablename__ = "staff_person"
    __table_args__ = (sa.UniqueConstraint("recruiter_id", "name_key", name="uq_staff_person"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    full_name: Mapped[str] = mapped_column(sa.String(200))
    name_key: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[str] = mapped_column(sa.String(80), default="")


class Employer(db.Model):
    """A US employer that uses recruiters (bulk verification and follows build on this)."""

    __tablename__ = "employer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    name_key: Mapped[str] = mapped_column(sa.String(300), index=True)
    city: Mapped[str] = mapped_column(sa.String(120), default="")
    state: Mapped[str] = mapped_column(sa.String(60), default="")


recruiter_employer = sa.Table(
    "recruiter_employer",
    db.metadata,
    sa.Column("recruiter_id", sa.ForeignKey("recruiter.id"), primary_key=True),
    sa.Column("employer_id", sa.ForeignKey("employer.id"), primary_key=True, index=True),
)

recruiter_case = sa.Table(
    "recruiter_case",
    db.metadata,
    sa.Column("recruiter_id", sa.ForeignKey("recruiter.id"), primary_key=True),
    sa.Column("case_id", sa.ForeignKey("h2_case.id"), primary_key=True, index=True),
)


class H2Case(db.Model):
    """An H-2A/H-2B labor certification case that named recruiters."""

    __tablename__ = "h2_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(sa.String(40), unique=True)
    visa_class: Mapped[str] = mapped_column(sa.String(8))
    fiscal_year: Mapped[int | None]
    employer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("employer.id"), index=True)
    employer: Mapped[Employer | None] = relationship()


class ImportSource(db.Model):
    """One imported file; its checksum makes importing the same file twice a no-op."""

    __tablename__ = "import_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(sa.String(255))
    sha256: Mapped[str] = mapped_column(sa.String(64), unique=True)
    publisher: Mapped[str] = mapped_column(sa.String(120), default="")
    as_of: Mapped[date | None]
    fiscal_year: Mapped[int | None]
    rows: Mapped[int] = mapped_column(default=0)
    imported_at: Mapped[datetime] = mapped_column(default=_now)


class Provenance(db.Model):
    """Which source row stated which facts (recruiter, name, case, staff person)."""

    __tablename__ = "provenance"
    __table_args__ = (sa.UniqueConstraint("source_id", "row_number", name="uq_provenance_row"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(sa.ForeignKey("import_source.id"))
    row_number: Mapped[int]
    recruiter_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"), index=True)
    name_id: Mapped[int | None] = mapped_column(sa.ForeignKey("recruiter_name.id"))
    case_id: Mapped[int | None] = mapped_column(sa.ForeignKey("h2_case.id"))
    staff_id: Mapped[int | None] = mapped_column(sa.ForeignKey("staff_person.id"))
    source: Mapped[ImportSource] = relationship()


class DuplicateCandidate(db.Model):
    """Two records that may be one agency, left for staff to merge or dismiss."""

    __tablename__ = "duplicate_candidate"
    __table_args__ = (
        sa.UniqueConstraint("recruiter_a_id", "recruiter_b_id", name="uq_duplicate_pair"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    recruiter_a_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"))
    recruiter_b_id: Mapped[int] = mapped_column(sa.ForeignKey("recruiter.id"))
    name_a: Mapped[str] = mapped_column(sa.String(300))
    name_b: Mapped[str] = mapped_column(sa.String(300))
    score: Mapped[float]
    state: Mapped[str] = mapped_column(sa.String(16), default="open")  # open|merged|dismissed
    created_at: Mapped[datetime] = mapped_column(default=_now)
    recruiter_a: Mapped[Recruiter] = relationship(foreign_keys=[recruiter_a_id])
    recruiter_b: Mapped[Recruiter] = relationship(foreign_keys=[recruiter_b_id])


class RegistryVersion(db.Model):
    """A counter bumped on every registry change, so search caches know to rebuild."""

    __tablename__ = "registry_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=0)
