"""Site-wide pages: home, about, health."""

from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("core", __name__)


@bp.route("/")
def home():
    """The start page: check a recruiter, or check a contract."""
    return render_template("home.html")


@bp.route("/about")
def about():
    """What FairRecruit is, and where its data comes from."""
    return render_template("about.html")


@bp.route("/healthz")
def health():
    """A trivial endpoint for load balancers and the benchmark baseline."""
    return {"status": "ok"}
