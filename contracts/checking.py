"""Run the contract checker on an upload, with the app's limits and the registry's lookup."""

from __future__ import annotations

from pathlib import PurePath

from flask import current_app
from flask_babel import gettext as _

from contracts.analysis.model import Limits, Report, UnreadableDocument
from core.services import recruiter_lookup

EXTENSIONS = {"pdf": "pdf", "docx": "docx", "jpg": "image", "jpeg": "image", "png": "image"}
# What each kind of file starts with, so a renamed file is refused before it is parsed.
MAGIC = {"pdf": (b"%PDF-",), "docx": (b"PK\x03\x04",), "image": (b"\xff\xd8\xff", b"\x89PNG")}
STATUS = {
    "too_large": 413,
    "too_many_pages": 413,
    "too_complex": 413,
    "unsupported_type": 415,
    "wrong_type": 415,
}


def limits() -> Limits:
    """The analysis limits from the app's configuration."""
    config = current_app.config
    return Limits(
        max_bytes=int(config["MAX_CONTENT_LENGTH"] or Limits.max_bytes),
        max_pages=int(config["CONTRACT_MAX_PAGES"]),
        timeout_seconds=float(config["CONTRACT_TIMEOUT_SECONDS"]),
        max_memory_mb=int(config["CONTRACT_MAX_MEMORY_MB"]),
    )


def file_kind(data: bytes, filename: str) -> str:
    """'pdf', 'docx' or 'image', or raise UnreadableDocument for anything else."""
    if not data:
        raise UnreadableDocument("empty", "The file is empty.")
    kind = EXTENSIONS.get(PurePath(filename or "").suffix.lower().lstrip("."))
    if kind is None or not data.startswith(MAGIC[kind]):
        raise UnreadableDocument("unsupported_type", "This file type is not supported.")
    return kind


def check(data: bytes, filename: str, program: str) -> Report:
    """Analyse an upload held in memory; nothing is written to disk or the database."""
    from contracts.analysis import analyze_contract

    file_kind(data, filename)
    return analyze_contract(
        data, program=program, lookup=recruiter_lookup(), filename=filename, limits=limits()
    )


def error_message(error: UnreadableDocument) -> str:
    """The friendly, translated sentence for an unreadable upload."""
    megabytes = max(1, int(current_app.config["MAX_CONTENT_LENGTH"] or 0) // (1024 * 1024))
    messages = {
        "empty": _("The file is empty. Please choose your contract again."),
        "too_large": _(
            "The file is too large. Files up to %(megabytes)s MB can be checked. "
            "Try a smaller file or a photo of each page.",
            megabytes=megabytes,
        ),
        "unsupported_type": _(
            "We cannot read this kind of file. Please upload a PDF, a Word document (DOCX) "
            "or a photo (JPEG or PNG)."
        ),
        "broken": _(
            "This file is damaged and cannot be opened. Try saving it again, "
            "or take a photo of each page."
        ),
        "encrypted": _(
            "This file is locked with a password. Save a copy without the password, "
            "or take a photo of each page."
        ),
        "too_many_pages": _(
            "This document is too long. Documents up to %(pages)s pages can be checked.",
            pages=current_app.config["CONTRACT_MAX_PAGES"],
        ),
        "too_complex": _(
            "This file is too big or too complex for us to read. Try a smaller file "
            "or a photo of each page."
        ),
        "no_text": _(
            "We could not read any text in this file. If it is a photo, take it again "
            "flat, sharp and in good light."
        ),
        "timeout": _(
            "Reading this file took too long. Try a smaller file or a photo of each page."
        ),
    }
    aliases = {
        "wrong_type": "unsupported_type",
        "unreadable": "no_text",
        "empty_text": "no_text",
        "scan_unreadable": "no_text",
        "password": "encrypted",
        "corrupt": "broken",
    }
    code = aliases.get(error.code, error.code)
    return messages.get(code) or _(
        "We could not read this file. Please try another file or a photo of each page."
    )


def error_status(error: UnreadableDocument) -> int:
    """The HTTP status for an unreadable upload: always a 4xx."""
    return STATUS.get(error.code, 422)


def too_large_error() -> UnreadableDocument:
    """The error shown when the upload is over MAX_CONTENT_LENGTH."""
    return UnreadableDocument("too_large", "The file is too large.")
