"""Turn an uploaded file or pasted text into a `Document` of pages and lines.

Error codes raised as `UnreadableDocument.code`: empty, too_large, too_many_pages,
unsupported_type, broken, encrypted, too_complex, timeout, no_text.
"""

from __future__ import annotations

import os
from pathlib import Path

from contracts.analysis.model import Document, Limits, UnreadableDocument
from contracts.analysis.reading.other_formats import decode_text, read_docx, read_image, read_text
from contracts.analysis.reading.pdf import read_pdf
from contracts.analysis.reading.sandbox import run_bounded
from contracts.analysis.reading.sniff import sniff

__all__ = ["read_document", "read_bytes_unbounded", "Document", "Limits", "UnreadableDocument"]


def read_document(
    source: bytes | str | os.PathLike[str],
    *,
    filename: str | None = None,
    limits: Limits = Limits(),
) -> Document:
    """Read pasted text (str), a file path (PathLike) or file content (bytes).

    `filename` is only used in messages; the type comes from the bytes themselves.
    """
    if isinstance(source, str):
        return _checked(read_text(source))
    data = _load(source, limits) if isinstance(source, os.PathLike) else source
    if not data:
        raise UnreadableDocument("empty", "The file is empty.")
    if len(data) > limits.max_bytes:
        raise UnreadableDocument("too_large", f"The file is larger than {limits.max_bytes} bytes.")
    kind = sniff(data, limits)
    if kind == "text":
        return _checked(read_text(decode_text(data)))
    document = run_bounded(
        lambda: read_bytes_unbounded(data, kind, limits),
        timeout=limits.timeout_seconds,
        memory_mb=limits.max_memory_mb,
    )
    return _checked(document)


def read_bytes_unbounded(data: bytes, kind: str, limits: Limits) -> Document:
    """Parse in this process with no memory or time bound (the child's job)."""
    if kind == "pdf":
        return read_pdf(data, limits)
    if kind == "docx":
        return read_docx(data)
    return read_image(data, limits)


def _load(path: os.PathLike[str], limits: Limits) -> bytes:
    """Read a file, refusing oversized ones before loading them."""
    file = Path(path)
    if file.stat().st_size > limits.max_bytes:
        raise UnreadableDocument("too_large", f"The file is larger than {limits.max_bytes} bytes.")
    return file.read_bytes()


def _checked(document: Document) -> Document:
    """Refuse documents in which no page yielded any text."""
    if not any(page.lines or page.blocks for page in document.pages):
        raise UnreadableDocument("no_text", "No readable text was found in the document.")
    return document
