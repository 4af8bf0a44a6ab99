"""What the report page says first: the verdict, the language finding and who can help."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from babel import Locale, UnknownLocaleError
from flask import current_app
from flask_babel import format_currency, format_decimal, get_locale, lazy_gettext
from flask_babel import gettext as _

from contracts import labels

# US defaults; CONTRACT_HELP_CONTACTS in the config replaces them for another corridor.
DEFAULT_CONTACTS: tuple[dict[str, Any], ...] = (
    {
        "name": lazy_gettext("National Human Trafficking Hotline"),
        "phone": "1-888-373-7888",
        "text": "233733",
        "about": lazy_gettext("Free and confidential, day and night, in many languages."),
    },
    {
        "name": lazy_gettext("U.S. Department of Labor, Wage and Hour Division"),
        "phone": "1-866-487-9243",
        "about": lazy_gettext("For unpaid wages, illegal fees and H-2A or H-2B job rules."),
    },
)


def verdict(report: Mapping[str, Any]) -> str:
    """'violation', 'review' or 'ok': the worst thing the report holds."""
    fees = report.get("fees", [])
    if any(fee.get("severity") == "violation" for fee in fees):
        return "violation"
    if fees or report.get("missing_terms"):
        return "review"
    return "ok"


def verdict_text(kind: str) -> tuple[str, str]:
    """The verdict's headline and the sentence under it."""
    if kind == "violation":
        return (
            _("This contract asks you to pay or accept things the law does not allow."),
            _("Do not pay anything yet. Read what we found below and get help."),
        )
    if kind == "review":
        return (
            _("Be careful: this contract needs a closer look."),
            _("We found things to check before you sign or pay."),
        )
    return (
        _("We found no problems in this contract."),
        _("This check can miss things. If someone asks you to pay for the job, get help."),
    )


def language_name(code: str) -> str:
    """A language's name in the reader's language, e.g. 'inglés' for 'en' in Spanish."""
    try:
        return Locale.parse(code).get_display_name(get_locale()) or code
    except (UnknownLocaleError, ValueError):
        return code


def contract_languages(report: Mapping[str, Any]) -> list[str]:
    """The languages the contract is written in, known ones only."""
    codes = [report.get("language", "")]
    if codes[0] in ("mixed", "und", ""):
        codes = list(dict.fromkeys(report.get("page_languages", [])))
    return [c for c in codes if c and c not in ("mixed", "und")]


def language_finding(report: Mapping[str, Any], worker_language: str) -> str | None:
    """The finding shown when the contract is not in the worker's language, else None."""
    languages = contract_languages(report)
    if not languages or worker_language in languages:
        return None
    names = ", ".join(language_name(code) for code in languages)
    return _(
        "Your contract is written in %(languages)s. You have the right to a copy in a "
        "language you understand. Ask for it before you sign.",
        languages=names,
    )


def contacts() -> list[dict[str, str]]:
    """Who can help, translated where the text is ours."""
    configured = current_app.config.get("CONTRACT_HELP_CONTACTS") or DEFAULT_CONTACTS
    return [{key: str(value) for key, value in contact.items()} for contact in configured]


def amount_text(amount: float | None, currency: str | None) -> str | None:
    """An amount in the reader's number format, e.g. '5.200,00 MXN'."""
    if amount is None:
        return None
    try:
        return format_currency(amount, currency) if currency else format_decimal(amount)
    except (ValueError, KeyError):  # an unknown currency code: show it as written
        return f"{format_decimal(amount)} {currency}"


def _finding(
    number: int, fee: Mapping[str, Any], quote: Mapping[str, Any], image: str | None
) -> dict[str, Any]:
    return {
        "number": number,
        "category": fee["category"],
        "severity": fee.get("severity", "violation"),
        "name": labels.fee_name(fee["category"]),
        "why": labels.fee_why(fee["category"]),
        "citation": labels.fee_citation(fee["category"]),
        "page": fee.get("page"),
        "excerpt": fee.get("excerpt", ""),
        "amount": amount_text(fee.get("amount"), fee.get("currency")),
        "translated": quote.get("translated"),
        "machine": quote.get("machine", False),
        "untranslated": bool(quote.get("needed")) and not quote.get("translated"),
        "image": image,
    }


def _recruiter(mention: Mapping[str, Any]) -> dict[str, Any]:
    registry = mention.get("registry") or {}
    status = registry.get("status")
    return {
        "name": mention.get("name", ""),
        "page": mention.get("page"),
        "status": status or "unknown",
        "status_name": labels.status_name(status),
        "url": registry.get("url"),
        "demo": bool(registry.get("demo") or registry.get("is_demo")),
    }


def page_context(snap: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the report template and the PDF show, in the current language."""
    report = snap["report"]
    fees = report.get("fees", [])
    quotes = list(snap.get("quotes") or []) + [{}] * len(fees)
    images = list(snap.get("images") or []) + [None] * len(fees)
    kind = verdict(report)
    headline, advice = verdict_text(kind)
    return {
        "report": report,
        "verdict": kind,
        "headline": headline,
        "advice": advice,
        "program": labels.program_name(report.get("program", "generic")),
        "findings": [_finding(i + 1, fee, quotes[i], images[i]) for i, fee in enumerate(fees)],
        "missing": [
            {
                "term": t,
                "name": labels.term_missing(t),
                "required": labels.term_required(t),
                "citation": labels.term_citation(t),
            }
            for t in report.get("missing_terms", [])
        ],
        "recruiters": [_recruiter(m) for m in report.get("recruiters", [])],
        "language_finding": language_finding(report, snap.get("worker_language", "")),
        "contacts": contacts(),
        "worker_language": snap.get("worker_language", ""),
    }
