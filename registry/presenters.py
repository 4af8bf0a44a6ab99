"""Plain dicts for pages, API and CLI alike, so they always show the same data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from flask import url_for
from flask_babel import get_locale, get_translations
from flask_babel import lazy_gettext as _l

from core.extensions import db
from registry.countries import country_name
from registry.models import (
    STATUSES,
    H2Case,
    ImportSource,
    Provenance,
    Recruiter,
    recruiter_case,
)
from registry.search import Hit

PATH_SAFE = "!$&'()*+,/:;=@"  # werkzeug's path-segment quoting (BaseConverter.to_url)
MAX_CASES = 100  # per recruiter page; the total is shown too

STATUS_LABELS = {
    "registered": _l("Registered"),
    "pending": _l("Application pending"),
    "suspended": _l("Suspended"),
    "revoked": _l("Revoked"),
    "expired": _l("Registration expired"),
    "disclosed": _l("Not registered: only named in a government filing"),
}
STATUS_MEANINGS = {
    "registered": _l(
        "Registered: may recruit workers for US employers. May not charge you any fee."
    ),
    "pending": _l(
        "Pending: has asked to register, but FairRecruit has not approved it yet. "
        "It may not recruit you until it is registered."
    ),
    "suspended": _l("Suspended: may not recruit workers now. Do not pay it anything."),
    "revoked": _l("Revoked: its registration was cancelled. It may not recruit workers."),
    "expired": _l(
        "Expired: its registration has ended. It may not recruit workers until it renews."
    ),
    "disclosed": _l(
        "Disclosed: named by a US employer on a government filing. FairRecruit "
        "has not checked this recruiter."
    ),
}
VERDICT = {
    "registered": "ok",
    "pending": "warn",
    "disclosed": "warn",
    "expired": "warn",
    "suspended": "bad",
    "revoked": "bad",
}
KNOWN_REASONS = {
    "Named on a US Department of Labor H-2B filing (Appendix C).": _l(
        "Named on a US Department of Labor H-2B filing (Appendix C)."
    ),
}


def permalink(recruiter_id: int, registration_number: str | None) -> str:
    """The stable public path of a recruiter page."""
    return url_for("registry.detail", ref=registration_number or str(recruiter_id))


def _country(code: str | None) -> dict[str, str] | None:
    return {"code": code, "name": country_name(code, str(get_locale()))} if code else None


@dataclass(frozen=True)
class _Words:
    """Status words and country names in one language, built once per language."""

    labels: dict[str, str]
    meanings: dict[str, str]
    locale: str

    def country(self, code: str | None) -> dict[str, str] | None:
        return {"code": code, "name": country_name(code, self.locale)} if code else None


_WORDS: dict[tuple[str, int], _Words] = {}


def _words() -> _Words:
    """This request's language's words; keyed by the catalog too, so a reload is seen."""
    locale, catalog = str(get_locale()), get_translations()
    key = (locale, id(catalog))
    words = _WORDS.get(key)
    if words is None:
        if len(_WORDS) > 64:
            _WORDS.clear()
        words = _WORDS[key] = _Words(
            {s: str(v) for s, v in STATUS_LABELS.items()},
            {s: str(v) for s, v in STATUS_MEANINGS.items()},
            locale,
        )
    return words


def result_dicts(hits: list[Hit]) -> list[dict[str, Any]]:
    """Search results, with the language and the link prefix looked up once, not per hit."""
    words = _words()
    base = permalink(0, None)[:-1]  # "/recruiters/"; refs are quoted as the URL map would
    return [
        {
            "id": hit.recruiter_id,
            "legal_name": hit.legal_name,
            "matched_name": hit.matched_name,
            "match": hit.match_kind,
            "score": hit.score,
            "status": hit.status,
            "status_label": words.labels.get(hit.status, hit.status),
            "status_meaning": words.meanings.get(hit.status, ""),
            "verdict": VERDICT.get(hit.status, "warn"),
            "country": words.country(hit.country),
            "countries": [words.country(c) for c in sorted(hit.countries)],
            "is_demo": hit.is_demo,
            "registration_number": hit.registration_number,
            "url": base + quote(hit.registration_number or str(hit.recruiter_id), safe=PATH_SAFE),
        }
        for hit in hits
    ]


def result_dict(hit: Hit) -> dict[str, Any]:
    """One search result."""
    return result_dicts([hit])[0]


def status_choices() -> list[tuple[str, str]]:
    """(status, label) pairs in the reader's language, in the model's order."""
    labels = _words().labels
    return [(s, labels[s]) for s in STATUSES]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _cases(recruiter_id: int) -> tuple[int, list[dict[str, Any]]]:
    query = (
        sa.select(H2Case)
        .join(recruiter_case, recruiter_case.c.case_id == H2Case.id)
        .where(recruiter_case.c.recruiter_id == recruiter_id)
    )
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0
    cases = db.session.scalars(
        query.order_by(H2Case.fiscal_year.desc(), H2Case.case_number.desc()).limit(MAX_CASES)
    )
    return total, [
        {
            "case_number": c.case_number,
            "visa_class": c.visa_class,
            "fiscal_year": c.fiscal_year,
            "employer": c.employer.name if c.employer else None,
        }
        for c in cases
    ]


def _sources(recruiter_id: int) -> list[dict[str, Any]]:
    query = (
        sa.select(ImportSource, sa.func.count(Provenance.id))
        .join(Provenance, Provenance.source_id == ImportSource.id)
        .where(Provenance.recruiter_id == recruiter_id)
        .group_by(ImportSource.id)
        .order_by(ImportSource.as_of.desc())
    )
    return [
        {
            "file": s.filename,
            "publisher": s.publisher,
            "as_of": _iso(s.as_of),
            "fiscal_year": s.fiscal_year,
            "rows": rows,
        }
        for s, rows in db.session.execute(query)
    ]


def detail_dict(recruiter: Recruiter) -> dict[str, Any]:
    """Everything public about one recruiter."""
    today = date.today()
    total_cases, cases = _cases(recruiter.id)
    countries = sorted(
        {loc.country for loc in recruiter.locations}
        | ({recruiter.country} if recruiter.country else set())
    )
    return {
        "id": recruiter.id,
        "legal_name": recruiter.legal_name,
        "registration_number": recruiter.registration_number,
        "url": permalink(recruiter.id, recruiter.registration_number),
        "status": recruiter.status,
        "status_label": str(STATUS_LABELS.get(recruiter.status, recruiter.status)),
        "status_meaning": str(STATUS_MEANINGS.get(recruiter.status, "")),
        "verdict": VERDICT.get(recruiter.status, "warn"),
        "is_demo": recruiter.is_demo,
        "registered_until": _iso(recruiter.registered_until),
        "last_disclosed_on": _iso(recruiter.last_disclosed_on),
        "country": _country(recruiter.country),
        "countries": [_country(c) for c in countries],
        "names": sorted(
            ({"name": n.name, "kind": n.kind} for n in recruiter.names),
            key=lambda n: n["name"].lower(),
        ),
        "licences": [
            {
                "authority": lic.authority,
                "number": lic.number,
                "country": _country(lic.country),
                "valid_from": _iso(lic.valid_from),
                "valid_to": _iso(lic.valid_to),
                "valid_now": bool(lic.valid_to is None or lic.valid_to >= today),
            }
            for lic in recruiter.licences
        ],
        "locations": [
            {
                "country": _country(loc.country),
                "region": loc.region,
                "city": loc.city,
                "postal_code": loc.postal_code,
                "street": loc.street,
            }
            for loc in sorted(
                recruiter.locations, key=lambda loc: (loc.country, loc.region, loc.city)
            )
        ],
        "contacts": [{"kind": c.kind, "value": c.value} for c in recruiter.contacts],
        "staff": [p.full_name for p in recruiter.staff],
        "history": [
            {
                "date": _iso(h.changed_on),
                "from_status": h.from_status,
                "to_status": h.to_status,
                "to_label": str(STATUS_LABELS.get(h.to_status, h.to_status)),
                "reason": str(KNOWN_REASONS.get(h.reason, h.reason)),
                "actor": h.actor,
            }
            for h in recruiter.history
        ],
        "employers": sorted({c["employer"] for c in cases if c["employer"]}),
        "cases_total": total_cases,
        "cases": cases,
        "sources": _sources(recruiter.id),
    }
