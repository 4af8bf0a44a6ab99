"""JSON API: /api/v1/recruiters (search) and /api/v1/recruiters/<ref> (detail)."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from registry.models import STATUSES
from registry.presenters import detail_dict, result_dicts
from registry.search import MAX_QUERY, search
from registry.views import MAX_PAGE, find_recruiter

bp = Blueprint("registry_api", __name__, url_prefix="/api/v1/recruiters")
MAX_PER_PAGE = 100


def _bad(message: str) -> ResponseReturnValue:
    return jsonify(error={"code": 400, "message": message}), 400


def _int(name: str, default: int, top: int) -> int | None:
    raw = request.args.get(name, "")
    if not raw:
        return default
    return int(raw) if raw.isdigit() and 0 < int(raw) <= top else None


@bp.get("")
def recruiters() -> ResponseReturnValue:
    """Search: ?q=&country=&status=&page=&per_page=."""
    q = request.args.get("q", "").strip()
    country = request.args.get("country", "").strip().upper()
    status = request.args.get("status", "").strip().lower()
    page, per_page = _int("page", 1, MAX_PAGE), _int("per_page", 20, MAX_PER_PAGE)
    if len(q) > MAX_QUERY:
        return _bad(_("The search text is too long (at most %(max)s characters).", max=MAX_QUERY))
    if country and not (len(country) == 2 and country.isalpha()):
        return _bad(_("Country must be a two-letter code such as MX."))
    if status and status not in STATUSES:
        return _bad(_("Unknown status. Use one of: %(statuses)s.", statuses=", ".join(STATUSES)))
    if page is None or per_page is None:
        return _bad(
            _(
                "page must be 1 to %(pages)s and per_page 1 to %(size)s.",
                pages=MAX_PAGE,
                size=MAX_PER_PAGE,
            )
        )
    if not (q or country or status):
        return _bad(_("Give a name or number (q), or a country or status filter."))
    found = search(q, country or None, status or None, page, per_page)
    return jsonify(
        query={"q": q, "country": country or None, "status": status or None},
        total=found.total,
        page=found.page,
        per_page=found.per_page,
        pages=found.pages,
        results=result_dicts(found.hits),
    )


@bp.get("/<ref>")
def recruiter(ref: str) -> ResponseReturnValue:
    """One recruiter, by registration number or id."""
    found = find_recruiter(ref)
    if found is None:
        abort(404)
    return jsonify(detail_dict(found))
