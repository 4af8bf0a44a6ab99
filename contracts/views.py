"""Contract check pages."""
from __future__ import annotations

from flask import Blueprint, render_template

bp = Blueprint("contracts", __name__, url_prefix="/contracts")


@bp.route("/check")
def check():
    """Upload a contract (placeholder until the checker page lands)."""
    return render_template("home.html")
