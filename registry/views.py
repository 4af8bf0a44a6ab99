"""Public registry pages."""
from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("registry", __name__, url_prefix="/recruiters")


@bp.route("/")
def search():
    """Search the registry (placeholder until the registry lands)."""
    return render_template("home.html")
