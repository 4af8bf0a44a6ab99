"""Document specification for the held-out corpus: blocks to render plus the ground truth.

A document is built with a `Doc`; every fee sentence goes through `Doc.fee(...)`, which both
returns the sentence (so it is printed verbatim) and records its label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fee:
    category: str
    severity: str
    amount: float | None
    currency: str | None
    quote: str
    group: int | None = None


@dataclass
class Doc:
    file: str
    program: str
    language: str
    doc_type: str
    layout: str
    engine: str = "rl"  # "rl" (ReportLab) or "fpdf" (fpdf2)
    pagesize: str = "letter"  # letter | A4 | legal | tall
    header: str | None = None
    footer: str | None = None
    twocol: bool = False
    scanned: bool = False
    small: bool = False
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    fees: list[Fee] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    recruiters: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)

    # --- ground truth -------------------------------------------------------------------
    def fee(
        self,
        category: str,
        severity: str,
        amount: float | None,
        currency: str | None,
        quote: str,
        group: int | None = None,
    ) -> str:
        self.fees.append(Fee(category, severity, amount, currency, quote, group))
        return quote

    # --- blocks -------------------------------------------------------------------------
    def title(self, text: str) -> None:
        self.blocks.append(("title", text))

    def h(self, text: str) -> None:
        self.blocks.append(("h", text))

    def p(self, *parts: str) -> None:
        self.blocks.append(("p", " ".join(parts)))

    def bullets(self, *items: str) -> None:
        self.blocks.append(("bullets", list(items)))

    def kv(self, *rows: tuple[str, str]) -> None:
        self.blocks.append(("kv", list(rows)))

    def table(self, *rows: tuple[str, ...]) -> None:
        """First row is the header."""
        self.blocks.append(("table", list(rows)))

    def side(self, *rows: tuple[str, str]) -> None:
        """Bilingual side-by-side rows without borders."""
        self.blocks.append(("side", list(rows)))

    def bubble(self, text: str, time: str = "") -> None:
        self.blocks.append(("bubble", (text, time)))

    def sig(self, *names: str) -> None:
        self.blocks.append(("sig", list(names)))

    def pagebreak(self) -> None:
        self.blocks.append(("pagebreak", None))

    def label(self, pages: int, fee_pages: list[int]) -> dict[str, Any]:
        fees = []
        for f, pg in zip(self.fees, fee_pages, strict=True):
            item: dict[str, Any] = {
                "category": f.category,
                "severity": f.severity,
                "page": pg,
                "amount": f.amount,
                "currency": f.currency,
                "quote": f.quote,
            }
            if f.group is not None:
                item["group"] = f.group
            fees.append(item)
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": self.scanned,
            "pages": pages,
            "fees": fees,
            "missing_terms": self.missing,
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }
