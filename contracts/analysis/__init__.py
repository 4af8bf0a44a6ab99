"""The contract checker: `analyze_contract()` reads a document and reports what it finds."""

from __future__ import annotations

import os

from contracts.analysis.amendments import superseded
from contracts.analysis.i18n import N_
from contracts.analysis.language import combine, detect_language
from contracts.analysis.model import (
    BBox,
    Document,
    FeeFinding,
    Limits,
    Line,
    Page,
    RecruiterLookup,
    RecruiterMention,
    Report,
    TermFound,
    UnreadableDocument,
)
from contracts.analysis.recruiters import find_recruiters, letterhead_recruiters
from contracts.analysis.rows import break_joins, table_rows
from contracts.analysis.rules import PROGRAMS, required_terms
from contracts.analysis.segment import Clause, label_pairs, page_clauses, paragraph_units
from contracts.analysis.sequence import dedupe, page_findings
from contracts.analysis.terms import find_terms, reconcile

__all__ = [
    "N_",
    "PROGRAMS",
    "BBox",
    "Document",
    "FeeFinding",
    "Limits",
    "Line",
    "Page",
    "RecruiterLookup",
    "RecruiterMention",
    "Report",
    "TermFound",
    "UnreadableDocument",
    "analyze_contract",
    "analyze_document",
]

Source = bytes | str | os.PathLike[str] | Document


def analyze_document(
    document: Document, *, program: str = "generic", lookup: RecruiterLookup | None = None
) -> Report:
    """Check an already-read document."""
    if program not in PROGRAMS:
        raise ValueError(f"unknown program {program!r}; expected one of {PROGRAMS}")
    context = "\n".join(page.text for page in document.pages)
    page_languages = tuple(detect_language(page.text) for page in document.pages)
    clauses: list[Clause] = []
    units: list[Clause] = []
    fees: list[FeeFinding] = []
    paragraphs = [paragraph_units(page) for page in document.pages]
    for i, (page, language) in enumerate(zip(document.pages, page_languages, strict=True)):
        page_units = page_clauses(page)
        rows = table_rows(page)
        if i + 1 < len(paragraphs):
            rows += break_joins(paragraphs[i], paragraphs[i + 1])
        clauses += page_units
        units += page_units + label_pairs(page) + paragraphs[i] + rows
        fees += page_findings(
            page_units, program, page_language=language, context=context, rows=tuple(rows)
        )
    required = required_terms(program)
    fees = superseded(dedupe(fees), clauses)
    running = [
        Clause(line.text, page.number, line.bbox)
        for page in document.pages
        for line in page.running
    ]
    present = reconcile(find_terms(units + running, required), fees)
    have = {t.term for t in present}
    language = combine(page_languages)
    if language not in ("mixed", "und") and detect_language(context) == "mixed":
        language = "mixed"
    return Report(
        program=program,
        language=language,
        pages=len(document.pages),
        fees=tuple(fees),
        missing_terms=tuple(t for t in required if t not in have),
        present_terms=tuple(present),
        # (a letterhead names the issuing agency when the body does not name it again)
        recruiters=tuple(find_recruiters(units, lookup) or letterhead_recruiters(running, lookup)),
        page_languages=page_languages,
        ocr_pages=tuple(p.number for p in document.pages if p.ocr),
        source_kind=document.kind,
    )


def analyze_contract(
    source: Source,
    *,
    program: str = "generic",
    lookup: RecruiterLookup | None = None,
    filename: str | None = None,
    limits: Limits = Limits(),
) -> Report:
    """Read `source` (file path, bytes, pasted text or a Document) and check it."""
    if isinstance(source, Document):
        document = source
    else:
        from contracts.analysis.reading import read_document

        document = read_document(source, filename=filename, limits=limits)
    return analyze_document(document, program=program, lookup=lookup)
