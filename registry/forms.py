"""The public search form (GET, so no CSRF token: it changes nothing)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SearchField, SelectField
from wtforms.validators import Length, Optional

from registry.search import MAX_QUERY


class SearchForm(FlaskForm):
    """Name or number, and optional country and status filters."""

    class Meta:
        csrf = False

    q = SearchField(_l("Name of the recruiter or agency, or its number"),
                    validators=[Optional(), Length(max=MAX_QUERY)])
    country = SelectField(_l("Country"), validators=[Optional()], validate_choice=False)
    status = SelectField(_l("Status"), validators=[Optional()], validate_choice=False)
