"""Forms of the contract check: the upload, and the report's keep/download/delete buttons."""

from __future__ import annotations

from flask import current_app
from flask_babel import get_locale, lazy_gettext
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import HiddenField, RadioField, SelectField
from wtforms.validators import DataRequired, InputRequired

from contracts.labels import PROGRAM_NAMES

try:
    from wtforms.fields.choices import SelectChoice
except ImportError:  # WTForms before 3.3 takes plain (value, label) pairs

    def SelectChoice(value: str, label: str) -> tuple[str, str]:  # noqa: N802
        return (value, label)


ACCEPT = ".pdf,.docx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"


class CheckForm(FlaskForm):
    """Upload a contract, say which program it is for and which language the worker reads."""

    document = FileField(
        lazy_gettext("Your contract: a PDF, a Word file or a photo"),
        validators=[FileRequired(lazy_gettext("Please choose the file of your contract."))],
        render_kw={"accept": ACCEPT},
    )
    program = RadioField(
        lazy_gettext("What kind of job is it?"),
        choices=[SelectChoice(value, label) for value, label in PROGRAM_NAMES.items()],
        default="generic",
        validators=[InputRequired(lazy_gettext("Please choose the kind of job."))],
    )
    language = SelectField(lazy_gettext("Your language"), validators=[DataRequired()])

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        languages = current_app.config["LANGUAGES"].items()
        self.language.choices = [SelectChoice(code, name) for code, name in languages]
        if not self.language.data:
            self.language.data = str(get_locale())


class SnapshotForm(FlaskForm):
    """The signed report, posted back to download it as PDF or to keep it."""

    snapshot = HiddenField(validators=[DataRequired()])


class DeleteForm(FlaskForm):
    """Delete a kept report: a form only so that it carries a CSRF token."""
