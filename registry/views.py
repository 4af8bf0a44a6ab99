"""Public registry pages: search, and one page per recruiter (a stable permalink)."""

from __future__ import annotations

from functools import lru_cache

import sqlalchemy as sa
from flask import Blueprint, abort, redirect, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _

from core.extensions import db
from registry.countries import country_name
from registry.forms import SearchForm
from registry.models import Recruiter
from registry.presenters import detail_dict, permalink, result_dicts, status_choices
from registry.search import search as run_search

bp = Blueprint("registry", __name__, url_prefix="/recruiters")
MAX_PAGE = 500


def country_choices() -> list[tuple[str, str]]:
    """Countries that recruiters in the registry operate in, named in the reader's language."""
    from registry.index import current

    return [("", _("All countries")), *_country_pairs(current().countries, str(get_locale()))]


@lru_cache(maxsize=32)
def _country_pairs(codes: frozenset[str], locale: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((c, country_name(c, locale)) for c in codes), key=lambda p: p[1]))


def find_recruiter(ref: str) -> Recruiter | None:
    """A registration number, or the numeric id of a recruiter without one."""
    found = db.session.scalar(sa.select(Recruiter).where(Recruiter.registration_number == ref))
    if found is None and ref.isdigit() and len(ref) < 12:
        found = db.session.get(Recruiter, int(ref))
    return found


@bp.route("/")
def search() -> ResponseReturnValue:
    """Search the registry; no match is an answer too."""
    form = SearchForm(request.args)
    form.country.choices = country_choices()
    form.status.choices = [("", _("Any status")), *status_choices()]
    page = request.args.get("page", "1")
    number = int(page) if page.isdigit() and 0 < int(page) <= MAX_PAGE else 1
    results, asked = None, bool(form.q.data or form.country.data or form.status.data)
    if asked and form.validate():
        results = run_search(
            form.q.data or "", form.country.data or None, form.status.data or None, number
        )
    args = {
        k: v
        for k, v in (
            ("q", form.q.data),
            ("country", form.country.data),
            ("status", form.status.data),
        )
        if v
    }
    hits = result_dicts(results.hits) if results else []
    return render_template(
        "registry/search.html", form=form, results=results, hits=hits, args=args, asked=asked
    )


@bp.route("/<ref>")
def detail(ref: str) -> ResponseReturnValue:
    """One recruiter: status in plain words, licences, names, cases, history, sources."""
    recruiter = find_recruiter(ref)
    if recruiter is None:
        abort(404)
    if recruiter.merged_into_id:
        target = db.session.get(Recruiter, recruiter.merged_into_id)
        if target is not None:
            return redirect(permalink(target.id, target.registration_number), 301)
    return render_template("registry/detail.html", r=detail_dict(recruiter))
