"""Set-based database helpers: chunked look-ups and multi-row inserts, fast on both backends."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from core.extensions import db

CHUNK = 900  # below SQLite's bound-parameter limit on old builds


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """Slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def select_in(
    columns: Sequence[sa.ColumnElement[Any]], column: sa.ColumnElement[Any], values: Iterable[Any]
) -> list[sa.Row[Any]]:
    """SELECT columns WHERE column IN values, in chunks."""
    rows: list[sa.Row[Any]] = []
    for part in chunks(sorted(set(values))):
        rows.extend(db.session.execute(sa.select(*columns).where(column.in_(part))))
    return rows


def insert_rows(table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """One executemany INSERT for many rows (no ORM objects)."""
    if rows:
        db.session.execute(sa.insert(table), rows)


def insert_returning_ids(table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """INSERT many rows and return their new ids, in the order given."""
    if not rows:
        return []
    ids: list[int] = []
    for part in chunks(rows, 500):
        statement = sa.insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids.extend(db.session.scalars(statement, list(part)))
    return ids


def bump_version() -> None:
    """Tell every search index (in every worker) that the registry changed."""
    from registry.models import RegistryVersion

    table = RegistryVersion.__table__
    changed = db.session.execute(
        sa.update(table).where(table.c.id == 1).values(version=table.c.version + 1)
    )
    if not changed.rowcount:  # type: ignore[attr-defined]
        db.session.execute(sa.insert(table).values(id=1, version=1))
    from registry.index import forget

    forget()


def current_version() -> int:
    """The registry's change counter (0 when nothing was ever written)."""
    from registry.models import RegistryVersion

    value = db.session.scalar(sa.select(RegistryVersion.version).where(RegistryVersion.id == 1))
    return int(value or 0)
