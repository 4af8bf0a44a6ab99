"""Turn an uploaded file or pasted text into a `Document` of pages and lines."""
from __future__ import annotations

import os
from pathlib import Path

from contracts.analysis.model import Document, Limits, Line, Page, UnreadableDocument

__all__ = ["read_document", "Document", "Limits", "UnreadableDocument"]


def read_document(
    source: bytes | str | os.PathLike[str],
    *,
    filename: str | None = None,
    limits: Limits = Limits(),
) -> Document:
    """Read pasted text (str), a file path (PathLike) or file content (bytes)."""
    if isinstance(source, str):
        return _read_text(source)
    data = Path(source).read_bytes() if isinstance(source, os.PathLike) else source
    if not data:
        raise UnreadableDocument("empty", "The file is empty.")
    if len(data) > limits.max_bytes:
        raise UnreadableDocument("too_large", "The file is too large.")
    if data.startswith(b"%PDF-"):
        return _read_pdf(data, limits)
    raise UnreadableDocument("unsupported_type", "This file type is not supported.")


def _read_text(text: str) -> Document:
    """Pasted text: one page per form feed."""
    pages = tuple(
        Page(number=i, lines=tuple(Line(t) for t in chunk.splitlines() if t.strip()))
        for i, chunk in enumerate(text.split("\f"), 1)
    )
    return Document(pages=pages, kind="text")


def _read_pdf(data: bytes, limits: Limits) -> Document:
    """Provisional PDF reader: pdfium text per page, no boxes yet."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument("broken", "The PDF cannot be opened.") from exc
    if len(pdf) > limits.max_pages:
        raise UnreadableDocument("too_many_pages", "The document has too many pages.")
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        width, height = page.get_size()
        text = page.get_textpage().get_text_range()
        lines = tuple(Line(t) for t in text.splitlines() if t.strip())
        pages.append(Page(number=i + 1, lines=lines, width=width, height=height))
    return Document(pages=tuple(pages), kind="pdf")
