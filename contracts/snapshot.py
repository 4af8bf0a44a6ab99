"""A report frozen for display: findings, quote translations and highlighted page images.

A snapshot is plain JSON. Unkept, it travels signed inside the report page so "Download
PDF" and "Keep this report" work without the server storing anything in between.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer

from contracts import pages
from contracts.analysis.model import Report

SALT = "contracts.snapshot"
MAX_AGE_SECONDS = 24 * 3600
# Werkzeug refuses form fields over MAX_FORM_MEMORY_SIZE: leave room for the CSRF token.
MAX_SIGNED_CHARS = 900_000
UNKNOWN_LANGUAGES = ("", "mixed", "und")
# Notes of contracts.translation meaning "nothing to translate", not "cannot translate".
NOT_NEEDED = ("same_language", "empty")

Snapshot = dict[str, Any]


def _translate(text: str, source: str, target: str) -> dict[str, Any]:
    """A machine translation of one quote, or the reason there is none."""
    try:
        from contracts.translation import translate_quote
    except ImportError:  # the translation layer is optional (the `translate` extra)
        return {"needed": source != target, "translated": None, "machine": False}
    result = translate_quote(text, source, target)
    needed = result.note not in NOT_NEEDED
    return {"needed": needed, "translated": result.translated, "machine": bool(result.machine)}


def translations(report: Report, target: str) -> list[dict[str, Any]]:
    """One entry per fee finding, aligned with `report.fees`."""
    entries = []
    for fee in report.fees:
        source = fee.language if fee.language not in UNKNOWN_LANGUAGES else report.language
        entries.append(_translate(fee.excerpt, source, target))
    return entries


def images(report: Report, data: bytes, kind: str) -> list[str | None]:
    """One highlighted page image per fee finding, where the source can show one."""
    wanted = [(fee.page, fee.bbox, fee.excerpt) for fee in report.fees]
    if not wanted:
        return []
    try:
        if kind == "pdf":
            return pages.pdf_highlights(data, wanted)
        if kind == "image":
            return pages.photo_highlights(data, wanted)
    except Exception:  # pictures are a help, not the report: never fail for them
        current_app.logger.exception("Page images failed")
    return [None] * len(wanted)


def build(report: Report, data: bytes, kind: str, worker_language: str) -> Snapshot:
    """Everything the report page, its PDF and a kept copy show."""
    return {
        "v": 1,
        "report": report.to_json(),
        "worker_language": worker_language,
        "quotes": translations(report, worker_language),
        "images": images(report, data, kind),
    }


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def sign(snapshot: Snapshot) -> str:
    """A tamper-proof text form of the snapshot; images are dropped if it would be too big."""
    signed = _serializer().dumps(snapshot)
    if len(signed) > MAX_SIGNED_CHARS:
        signed = _serializer().dumps({**snapshot, "images": []})
    return signed


def unsign(signed: str) -> Snapshot | None:
    """The snapshot, or None when the text was altered or is too old."""
    try:
        value = _serializer().loads(signed, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return None
    return value if isinstance(value, dict) and "report" in value else None
