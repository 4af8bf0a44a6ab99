"""Amendments: an addendum that makes a cost free overrides the clause that charged it."""

from __future__ import annotations

import re

from contracts.analysis.model import FeeFinding
from contracts.analysis.polarity import balance
from contracts.analysis.practice_patterns import PRACTICE_CATEGORIES
from contracts.analysis.segment import Clause
from contracts.analysis.text import fold, key
from contracts.analysis.topics import topics

# Where the later text says it changes the earlier one.
_AMENDS = re.compile(
    r"\b(?:addend(?:um|a)|amendments?|amended|adenda|enmienda|modificacion(?:es)? al? "
    r"(?:contrato|oferta)|prevails? over|supersedes?|is (?:hereby )?deleted|are (?:hereby )?deleted|"
    r"(?:is|are) (?:hereby )?replaced|se (?:elimina|sustituye|reemplaza)|queda sin efecto|"
    r"deja sin efecto|prevalece sobre)\b"
)


def superseded(fees: list[FeeFinding], clauses: list[Clause]) -> list[FeeFinding]:
    """Fees before an amendment whose later clauses make that same cost free are dropped."""
    marker = next((i for i, c in enumerate(clauses) if _AMENDS.search(fold(c.text))), None)
    if marker is None:
        return fees
    freed: set[str] = set()
    for clause in clauses[marker:]:
        folded = fold(clause.text)
        charge, relief = balance(folded)
        if relief and not charge:
            freed.update(c for c in topics(folded) if c not in PRACTICE_CATEGORIES)
    if not freed:
        return fees
    before = {key(c.text) for c in clauses[:marker]}
    return [f for f in fees if not (f.category in freed and key(f.excerpt) in before)]
