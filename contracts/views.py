"""Contract check pages: upload, report, keep, download and delete."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    url_for,
)
from flask_babel import force_locale
from flask_babel import gettext as _

from contracts import checking, pdf_report, summary
from contracts import snapshot as snapshots
from contracts.analysis.model import UnreadableDocument
from contracts.forms import CheckForm, DeleteForm, SnapshotForm
from contracts.models import SavedReport

bp = Blueprint("contracts", __name__, url_prefix="/contracts")


def _private(response: Response) -> Response:
    """A report is the worker's business: no caches, no search engines."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _form_page(form: CheckForm, error: str | None = None, status: int = 200):
    """The upload page, with the worker's choices kept and the error on top."""
    return render_template("contracts/check.html", form=form, error=error), status


def _report_locale(language: str) -> str | None:
    """Show the report in the worker's language when the site speaks it."""
    offered = current_app.extensions.get("fairrecruit.languages", {})
    return language if language in offered else None


def _render_report(snap: dict[str, Any], saved_token: str | None = None) -> Response:
    """The report page for a snapshot, unkept (signed inside the page) or kept."""
    context = summary.page_context(snap)
    signed = None if saved_token else snapshots.sign(snap)
    html = render_template(
        "contracts/report.html",
        **context,
        actions=SnapshotForm(snapshot=signed) if signed else None,
        delete_form=DeleteForm() if saved_token else None,
        saved_token=saved_token,
    )
    return _private(make_response(html))


@bp.route("/check", methods=["GET", "POST"])
def check():
    """Upload a contract; answer with its report, or the form and a friendly error."""
    form = CheckForm()
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return _form_page(form, status=status)
    upload = form.document.data
    data = upload.read()  # analysed in memory; closing drops Werkzeug's unlinked spool file
    upload.close()
    try:
        report = checking.check(data, upload.filename or "", form.program.data)
        kind = checking.file_kind(data, upload.filename or "")
    except UnreadableDocument as error:
        return _form_page(form, checking.error_message(error), checking.error_status(error))
    language = form.language.data
    locale = _report_locale(language)
    with force_locale(locale) if locale else nullcontext():
        snap = snapshots.build(report, data, kind, language)
        return _render_report(snap)


@bp.errorhandler(413)
def too_large(error):
    """Over MAX_CONTENT_LENGTH: the upload page with the size limit, not a bare error."""
    return _form_page(
        CheckForm(formdata=None), checking.error_message(checking.too_large_error()), 413
    )


def _posted_snapshot() -> dict[str, Any]:
    """The signed snapshot posted back by the report page, or a 400."""
    form = SnapshotForm()
    snap = snapshots.unsign(form.snapshot.data or "") if form.validate_on_submit() else None
    if snap is None:
        abort(400)
    return snap


def _pdf_response(snap: dict[str, Any]) -> Response:
    """The report as a PDF attachment."""
    locale = _report_locale(snap.get("worker_language", ""))
    with force_locale(locale) if locale else nullcontext():
        body = pdf_report.build(summary.page_context(snap))
    response = make_response(body)
    response.headers["Content-Type"] = "application/pdf"
    response.headers["Content-Disposition"] = 'attachment; filename="contract-check.pdf"'
    return _private(response)


@bp.route("/report.pdf", methods=["POST"])
def download():
    """Turn the report on screen into a PDF; nothing is stored."""
    return _pdf_response(_posted_snapshot())


@bp.route("/keep", methods=["POST"])
def keep():
    """Keep a report at the worker's request, behind an unguessable link."""
    _saved, token = SavedReport.keep(_posted_snapshot())
    flash(
        _(
            "Your report is kept. Save this page's address: anyone with it can see the "
            "report. You can delete it at any time."
        ),
        "success",
    )
    return redirect(url_for("contracts.kept", token=token))


def _saved_or_404(token: str) -> SavedReport:
    saved = SavedReport.find(token)
    if saved is None:
        abort(404)
    return saved


@bp.route("/r/<token>")
def kept(token: str):
    """A kept report, in the visitor's language."""
    return _render_report(_saved_or_404(token).snapshot, saved_token=token)


@bp.route("/r/<token>/report.pdf")
def kept_pdf(token: str):
    """A kept report as a PDF."""
    return _pdf_response(_saved_or_404(token).snapshot)


@bp.route("/r/<token>/delete", methods=["POST"])
def delete(token: str):
    """Delete a kept report; whoever has the link may do it."""
    saved = _saved_or_404(token)
    if not DeleteForm().validate_on_submit():
        abort(400)
    saved.delete()
    flash(_("The report was deleted."), "success")
    return redirect(url_for("contracts.check"))
