"""The public search form (GET, so no CSRF token: it changes nothing)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import Field, SearchField, SelectField
from wtforms.validators import Length, Optional
from wtforms.widgets import Select

from registry.search import MAX_QUERY

RENDERED_SELECTS = 256  # (choices, language, selection) combinations remembered per worker


class RememberedSelect(Select):
    """A <select> whose HTML is reused while its choices and selection stay the same.

    Rendering a long country list option by option is a good part of the search page's
    cost, and it is the same for nearly every visitor.
    """

    def __init__(self) -> None:
        super().__init__()
        self.rendered: OrderedDict[tuple[Any, ...], Markup] = OrderedDict()

    def __call__(self, field: Field, **kwargs: Any) -> Markup:
        try:
            key = (
                field.id,
                field.name,
                tuple(field.choices or ()),
                field.data,
                field.flags.required,
                tuple(sorted(kwargs.items())),
            )
            html = self.rendered.get(key)
        except TypeError:  # unhashable choices or attributes: render as usual
            return super().__call__(field, **kwargs)
        if html is None:
            html = self.rendered[key] = super().__call__(field, **kwargs)
            if len(self.rendered) > RENDERED_SELECTS:
                self.rendered.popitem(last=False)
        return html


class SearchForm(FlaskForm):
    """Name or number, and optional country and status filters."""

    class Meta:
        csrf = False

    q = SearchField(
        _l("Name of the recruiter or agency, or its number"),
        validators=[Optional(), Length(max=MAX_QUERY)],
    )
    country = SelectField(
        _l("Country"), validators=[Optional()], validate_choice=False, widget=RememberedSelect()
    )
    status = SelectField(
        _l("Status"), validators=[Optional()], validate_choice=False, widget=RememberedSelect()
    )
