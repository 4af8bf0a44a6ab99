"""Plain-language names, reasons and advice for the taxonomy's stable ids, via gettext.

Fee and term texts come from the engine's rules (marked with N_ there); this module
translates them at display time and adds the web-only labels (programs, registry status).
"""

from __future__ import annotations

from flask_babel import gettext, lazy_gettext

from contracts.analysis.rules import FEES_BY_ID, TERMS_BY_ID

STATUS_NAMES = {
    "registered": lazy_gettext("Registered"),
    "pending": lazy_gettext("Registration pending"),
    "disclosed": lazy_gettext("Known from government records, not registered here"),
    "expired": lazy_gettext("Registration expired"),
    "suspended": lazy_gettext("Suspended"),
    "revoked": lazy_gettext("Registration revoked"),
    "unregistered": lazy_gettext("Not registered"),
}

PROGRAM_NAMES = {
    "h2a": lazy_gettext("H-2A: farm work in the US"),
    "h2b": lazy_gettext("H-2B: other work in the US"),
    "generic": lazy_gettext("Another country or program"),
}


def _readable(identifier: str) -> str:
    """An id nobody has named yet, shown rather than hidden."""
    return identifier.replace("_", " ")


def fee_name(category: str) -> str:
    """A fee category in plain words."""
    rule = FEES_BY_ID.get(category)
    return gettext(rule.name) if rule else _readable(category)


def fee_why(category: str) -> str:
    """One line of why it matters."""
    rule = FEES_BY_ID.get(category)
    return gettext(rule.why) if rule else ""


def fee_citation(category: str) -> str:
    """The legal basis, as cited (not translated: it names the law)."""
    rule = FEES_BY_ID.get(category)
    return rule.citation if rule else ""


def term_missing(term: str) -> str:
    """The whole sentence "Your contract does not say ..." for a missing term."""
    rule = TERMS_BY_ID.get(term)
    return gettext(rule.name) if rule else _readable(term)


def term_required(term: str) -> str:
    """What the law requires the contract to state."""
    rule = TERMS_BY_ID.get(term)
    return gettext(rule.why) if rule else ""


def term_citation(term: str) -> str:
    """The legal basis of a required term, as cited."""
    rule = TERMS_BY_ID.get(term)
    return rule.citation if rule else ""


def status_name(status: str | None) -> str:
    """A registry status in plain words."""
    if not status:
        return gettext("Not found in the registry")
    text = STATUS_NAMES.get(status)
    return str(text) if text is not None else status


def program_name(program: str) -> str:
    """A program id in plain words."""
    text = PROGRAM_NAMES.get(program)
    return str(text) if text is not None else program
