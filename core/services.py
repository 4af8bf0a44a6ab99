"""Hooks one feature offers another without importing it (registry -> contracts)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import current_app

RecruiterLookup = Callable[[str], Mapping[str, Any] | None]
_KEY = "fairrecruit.recruiter_lookup"


def provide_recruiter_lookup(app, lookup: RecruiterLookup) -> None:
    """Called by the registry at start-up to offer its name lookup."""
    app.extensions[_KEY] = lookup


def recruiter_lookup() -> RecruiterLookup | None:
    """The registry's lookup, or None when the registry is not installed."""
    return current_app.extensions.get(_KEY)
