"""Document spec and finding marker for the held-out-b corpus."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Block = tuple[Any, ...]


@dataclass(frozen=True)
class F:
    """A labelled finding: the quote must be printed verbatim in the document."""

    category: str
    quote: str
    amount: float | None = None
    currency: str | None = None
    severity: str = "violation"
    group: int | None = None


@dataclass
class Doc:
    """One held-out document: how to render it and its ground truth."""

    file: str
    program: str
    language: str
    doc_type: str
    layout: str
    render: str  # "rl", "rl_a4", "fpdf", "scan"
    blocks: list[Block]
    fees: list[F] = field(default_factory=list)
    missing_terms: list[str] = field(default_factory=list)
    recruiters: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    band: str | None = None
    size: float = 9.5
