"""The name lookup the registry offers other features (the contract checker) via core."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from registry.names import name_key
from registry.presenters import permalink
from registry.search import search

CONFIDENT = 92.0  # a contract naming another agency must not be called registered


def lookup(name: str) -> dict[str, Any] | None:
    """The recruiter a free-text name surely means, or None when unsure."""
    key = name_key(name)
    if not key:
        return None
    page = search(name, per_page=2)
    if not page.hits:
        return None
    hit = page.hits[0]
    whole = fuzz.token_sort_ratio(key, name_key(hit.matched_name))
    if hit.match_kind == "name" and min(hit.score, whole) < CONFIDENT:
        return None
    runner_up = page.hits[1] if len(page.hits) > 1 else None
    if runner_up is not None and runner_up.score >= hit.score:
        return None  # two recruiters match equally well: do not guess
    return {
        "id": hit.recruiter_id,
        "name": hit.legal_name,
        "status": hit.status,
        "registration_number": hit.registration_number,
        "url": permalink(hit.recruiter_id, hit.registration_number),
        "score": hit.score,
        "is_demo": hit.is_demo,
    }
