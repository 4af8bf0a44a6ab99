"""JSON API: POST a contract, get the taxonomy report back."""

from __future__ import annotations

from contextlib import nullcontext

from flask import Blueprint, current_app, jsonify, request
from flask_babel import force_locale
from flask_babel import gettext as _

from contracts import checking
from contracts.analysis.model import UnreadableDocument
from contracts.labels import PROGRAM_NAMES

bp = Blueprint("contracts_api", __name__, url_prefix="/api/v1/contracts")


def _error(status: int, reason: str, message: str):
    """A JSON error in the shape core.errors uses, plus a stable `reason`."""
    return jsonify(error={"code": status, "reason": reason, "message": message}), status


@bp.route("/check", methods=["POST"])
def check():
    """Multipart: `file`, `program` (h2a, h2b, generic), optional `language` for messages."""
    language = request.form.get("language", "")
    offered = current_app.extensions.get("fairrecruit.languages", {})
    with force_locale(language) if language in offered else nullcontext():
        return _check()


def _check():
    """The API answer, in the current locale."""
    upload = request.files.get("file")
    if upload is None:
        return _error(400, "missing_file", _("Send the contract as the multipart field 'file'."))
    program = request.form.get("program", "generic")
    if program not in PROGRAM_NAMES:
        return _error(400, "unknown_program", _("The program must be h2a, h2b or generic."))
    try:
        data = upload.read()
        upload.close()  # nothing of the upload is kept, not even Werkzeug's spool file
        report = checking.check(data, upload.filename or "", program)
    except UnreadableDocument as error:
        return _error(checking.error_status(error), error.code, checking.error_message(error))
    response = jsonify(report.to_json())
    response.headers["Cache-Control"] = "no-store"
    return response
