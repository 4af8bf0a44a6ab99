"""Reports a worker chose to keep: reachable only through an unguessable link."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from core.extensions import db


def _digest(token: str) -> str:
    # Only a hash is stored, so a copy of the database does not hand out the links.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


class SavedReport(db.Model):
    """A report snapshot kept at the worker's request (opt-in)."""

    __tablename__ = "saved_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True, index=True)
    snapshot: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=_now)

    @classmethod
    def keep(cls, snapshot: dict[str, Any]) -> tuple[SavedReport, str]:
        """Store a snapshot; return it with the secret token for its link."""
        token = secrets.token_urlsafe(24)
        saved = cls(token_hash=_digest(token), snapshot=snapshot)
        db.session.add(saved)
        db.session.commit()
        return saved, token

    @classmethod
    def find(cls, token: str) -> SavedReport | None:
        """The report behind a link, or None."""
        if not token or len(token) > 100:
            return None
        return db.session.scalar(sa.select(cls).where(cls.token_hash == _digest(token)))

    def delete(self) -> None:
        """Remove the report for good."""
        db.session.delete(self)
        db.session.commit()
