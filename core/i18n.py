"""Which language a visitor sees: an explicit choice first, then the browser's."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, Flask, current_app, redirect, request, url_for
from flask_babel import get_locale

from core.extensions import babel

COOKIE = "lang"
COOKIE_MAX_AGE = 365 * 24 * 3600

bp = Blueprint("i18n", __name__)


def available_languages(app: Flask) -> dict[str, str]:
    """Languages offered: English plus every one with a compiled-or-source catalog."""
    folder = Path(app.config["BABEL_TRANSLATION_DIRECTORIES"])
    names: dict[str, str] = app.config["LANGUAGES"]
    have = {p.parent.parent.name for p in folder.glob("*/LC_MESSAGES/messages.po")}
    return {code: name for code, name in names.items() if code == "en" or code in have}


def select_locale() -> str:
    """Flask-Babel's locale selector."""
    offered = current_app.extensions["fairrecruit.languages"]
    chosen = request.args.get("lang") or request.cookies.get(COOKIE)
    if chosen in offered:
        return chosen
    return request.accept_languages.best_match(list(offered)) or "en"


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths, so the switcher cannot be an open redirect."""
    if not target:
        return url_for("core.home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("core.home")
    return target


@bp.route("/language/<code>")
def choose_language(code: str):
    """Remember the visitor's language choice in a cookie and go back."""
    response = redirect(_safe_next(request.args.get("next")))
    if code in current_app.extensions["fairrecruit.languages"]:
        response.set_cookie(COOKIE, code, max_age=COOKIE_MAX_AGE, samesite="Lax")
    return response


def init_app(app: Flask) -> None:
    """Wire Flask-Babel and offer the language list to templates."""
    app.extensions["fairrecruit.languages"] = available_languages(app)
    babel.init_app(app, locale_selector=select_locale)
    app.register_blueprint(bp)

    @app.context_processor
    def inject_languages() -> dict[str, object]:
        return {
            "languages": app.extensions["fairrecruit.languages"],
            "current_locale": str(get_locale()),
        }
