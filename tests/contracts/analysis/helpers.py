"""Build small documents from text for the engine tests."""

from __future__ import annotations

from contracts.analysis import Document, Line, Page, Report, analyze_contract


def doc(*pages: str) -> Document:
    """A text document, one string per page, one Line per text line."""
    return Document(
        pages=tuple(
            Page(number=i, lines=tuple(Line(t) for t in text.splitlines() if t.strip()))
            for i, text in enumerate(pages, 1)
        ),
        kind="text",
    )


def check(text: str, program: str = "generic") -> Report:
    """Analyse one text."""
    return analyze_contract(doc(text), program=program)


def categories(text: str, program: str = "generic") -> set[str]:
    """Fee categories found in one text."""
    return {f.category for f in check(text, program).fees}
