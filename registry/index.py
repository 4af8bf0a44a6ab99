"""The in-memory search index: every name's key and tokens, built once per worker.

Why in memory: fuzzy matching needs edit distances, which neither SQLite nor a plain
PostgreSQL install can index; 300,000 short keys fit in tens of megabytes, and a counter
in the database (RegistryVersion) tells each worker when to rebuild.
"""

from __future__ import annotations

import math
import threading
import time
from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from flask import current_app

from core.extensions import db
from registry import bulk
from registry.models import Licence, Location, Recruiter, RecruiterName

_KEY = "registry.index"
_LOCK = threading.Lock()


@dataclass
class Index:
    """Parallel lists over names and recruiters, plus token postings."""

    version: int
    checked_at: float
    keys: list[str] = field(default_factory=list)  # per name
    names: list[str] = field(default_factory=list)
    owner: array[int] = field(default_factory=lambda: array("i"))  # name -> recruiter slot
    recruiters: list[dict[str, Any]] = field(default_factory=list)  # per slot
    slot_of: dict[int, int] = field(default_factory=dict)  # recruiter id -> slot
    countries: frozenset[str] = frozenset()  # every country any recruiter operates in
    postings: dict[str, array[int]] = field(default_factory=dict)  # token -> name positions
    idf: dict[str, float] = field(default_factory=dict)
    # Tokens by (length, prefix) and (length, suffix), `affix(length)` letters long: one
    # typo leaves one end intact, so a misspelt word is compared with a few hundred tokens.
    by_shape: dict[tuple[int, str, int], list[str]] = field(default_factory=dict)
    vocabulary: list[str] = field(default_factory=list)  # sorted, for prefixes
    exact: dict[str, list[int]] = field(default_factory=dict)  # key -> name positions
    numbers: dict[str, tuple[int, str]] = field(default_factory=dict)  # number -> slot, kind
    cache: OrderedDict[tuple[Any, ...], Any] = field(default_factory=OrderedDict)


def affix(length: int) -> int:
    """Letters of each end that bucket tokens of this length for typo look-ups."""
    return 3 if length >= 6 else 2 if length >= 4 else 1


def _recruiter_rows(index: Index) -> None:
    countries: dict[int, set[str]] = defaultdict(set)
    for recruiter_id, country in db.session.execute(
        sa.select(Location.recruiter_id, Location.country).distinct()
    ):
        countries[recruiter_id].add(country)
    query = sa.select(
        Recruiter.id,
        Recruiter.legal_name,
        Recruiter.status,
        Recruiter.country,
        Recruiter.is_demo,
        Recruiter.registration_number,
    ).where(Recruiter.merged_into_id.is_(None))
    for rid, legal, status, country, demo, number in db.session.execute(query):
        index.slot_of[rid] = len(index.recruiters)
        index.recruiters.append(
            {
                "id": rid,
                "legal_name": legal,
                "status": status,
                "country": country,
                "countries": frozenset(countries[rid] | ({country} if country else set())),
                "is_demo": bool(demo),
                "registration_number": number,
            }
        )
        if number:
            from registry.names import normalize_number

            index.numbers[normalize_number(number)] = (len(index.recruiters) - 1, "registration")
    for rid, number_key in db.session.execute(sa.select(Licence.recruiter_id, Licence.number_key)):
        if rid in index.slot_of and number_key:
            index.numbers.setdefault(number_key, (index.slot_of[rid], "licence"))


def build(version: int) -> Index:
    """Read every recruiter and name once and index them."""
    index = Index(version=version, checked_at=time.monotonic())
    _recruiter_rows(index)
    postings: dict[str, list[int]] = defaultdict(list)
    query = sa.select(RecruiterName.recruiter_id, RecruiterName.name, RecruiterName.key)
    for rid, name, key in db.session.execute(query.order_by(RecruiterName.id)):
        slot = index.slot_of.get(rid)
        if slot is None or not key:
            continue
        position = len(index.keys)
        index.keys.append(key)
        index.names.append(name)
        index.owner.append(slot)
        index.exact.setdefault(key, []).append(position)
        for token in set(key.split()):
            postings[token].append(position)
    total = max(len(index.keys), 1)
    for token, positions in postings.items():
        index.postings[token] = array("i", positions)
        index.idf[token] = math.log(1 + total / len(positions))
        size = affix(len(token))
        index.by_shape.setdefault((len(token), token[:size], 0), []).append(token)
        index.by_shape.setdefault((len(token), token[-size:], -1), []).append(token)
    index.vocabulary = sorted(index.postings)
    index.countries = frozenset(c for r in index.recruiters for c in r["countries"])
    return index


def current() -> Index:
    """This worker's index, rebuilt when the registry version moved on."""
    index: Index | None = current_app.extensions.get(_KEY)
    interval = float(current_app.config.get("SEARCH_VERSION_CHECK_SECONDS", 2.0))
    now = time.monotonic()
    if index is not None and now - index.checked_at < interval:
        return index
    version = bulk.current_version()
    if index is not None and index.version == version:
        index.checked_at = now
        return index
    with _LOCK:
        index = build(version)
        current_app.extensions[_KEY] = index
    return index


def forget() -> None:
    """Drop this worker's index (after a change made in this process)."""
    current_app.extensions.pop(_KEY, None)
