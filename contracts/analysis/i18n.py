"""Marker for translatable rule texts; the web layer translates them at display time."""

from __future__ import annotations


def N_(message: str) -> str:  # noqa: N802 - the name Babel's extractor looks for
    """Return `message` unchanged so Babel can extract it without importing gettext."""
    return message
