"""The frozen dataclasses that flow through the contract analysis."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (x0, top, x1, bottom) in PDF points, origin at the page's top-left, as pdfplumber uses.
BBox = tuple[float, float, float, float]

# Given a recruiter name found in a contract, the web layer answers with what the
# registry knows ({"id": 12, "status": "registered", ...}) or None.
RecruiterLookup = Callable[[str], Mapping[str, Any] | None]


class UnreadableDocument(Exception):
    """The input cannot be analysed; `code` is stable so the UI can translate it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Limits:
    """Bounds on one analysis, so hostile input cannot exhaust the server."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 60
    timeout_seconds: float = 60.0
    max_memory_mb: int = 1024
    ocr: bool = True


@dataclass(frozen=True)
class Line:
    """One visual line of text, with its box on the page when the source has one."""

    text: str
    bbox: BBox | None = None


@dataclass(frozen=True)
class Page:
    """One page's text in reading order."""

    number: int  # 1-based
    lines: tuple[Line, ...]
    width: float = 0.0
    height: float = 0.0
    ocr: bool = False
    # Table cells / column crops read separately, each already a self-contained text block.
    blocks: tuple[Line, ...] = ()
    # Running headers and footers where they first appear (a letterhead): read for the terms
    # they state (the employer's name and address), not as the page's own text.
    running: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Document:
    """A whole input document as text, whatever format it came in."""

    pages: tuple[Page, ...]
    kind: str  # "pdf", "docx", "text", "image"


@dataclass(frozen=True)
class FeeFinding:
    """A cost or abusive practice the document pushes onto the worker."""

    category: str
    severity: str  # "violation" or "review"
    page: int
    excerpt: str
    amount: float | None = None
    currency: str | None = None
    bbox: BBox | None = None
    rule: str = ""
    language: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "severity": self.severity,
            "page": self.page,
            "excerpt": self.excerpt,
            "amount": self.amount,
            "currency": self.currency,
            "bbox": list(self.bbox) if self.bbox else None,
            "rule": self.rule,
            "language": self.language,
        }


@dataclass(frozen=True)
class TermFound:
    """A mandatory contract term with the concrete value that proves it is there."""

    term: str
    page: int
    excerpt: str

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term, "page": self.page, "excerpt": self.excerpt}


@dataclass(frozen=True)
class RecruiterMention:
    """A recruiter named in the document, and what the registry says of it."""

    name: str
    page: int
    excerpt: str = ""
    registry: Mapping[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "page": self.page,
            "excerpt": self.excerpt,
            "registry": dict(self.registry) if self.registry else None,
        }


@dataclass(frozen=True)
class Report:
    """Everything the checker found; `to_json` is the public shape in taxonomy.md."""

    program: str
    language: str  # "en", "es", "mixed", or another ISO 639-1 code, "und" if unknown
    pages: int
    fees: tuple[FeeFinding, ...] = ()
    missing_terms: tuple[str, ...] = ()
    present_terms: tuple[TermFound, ...] = ()
    recruiters: tuple[RecruiterMention, ...] = ()
    page_languages: tuple[str, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    source_kind: str = "pdf"
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "program": self.program,
            "language": self.language,
            "pages": self.pages,
            "fees": [f.to_json() for f in self.fees],
            "missing_terms": list(self.missing_terms),
            "present_terms": [t.to_json() for t in self.present_terms],
            "recruiters": [r.to_json() for r in self.recruiters],
            "page_languages": list(self.page_languages),
            "ocr_pages": list(self.ocr_pages),
            "source_kind": self.source_kind,
        }
