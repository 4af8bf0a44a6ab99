"""Error pages in the visitor's language, and JSON errors under /api/."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from core.extensions import db


def _messages() -> dict[int, str]:
    return {
        400: _("The request could not be understood."),
        403: _("You are not allowed to see this page."),
        404: _("We could not find this page."),
        405: _("This action is not allowed here."),
        413: _("The file is too large."),
        429: _("Too many requests. Please wait a moment and try again."),
        500: _("Something went wrong on our side. Please try again later."),
    }


def _respond(code: int, message: str):
    if request.path.startswith("/api/"):
        return jsonify(error={"code": code, "message": message}), code
    return render_template("errors/error.html", code=code, message=message), code


def init_app(app: Flask) -> None:
    """Register friendly handlers for every HTTP error."""

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        return _respond(400, _("This form expired. Please reload the page and try again."))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = error.code or 500
        return _respond(code, _messages().get(code, error.description or ""))

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        db.session.rollback()
        app.logger.exception("Unhandled error")
        return _respond(500, _messages()[500])
