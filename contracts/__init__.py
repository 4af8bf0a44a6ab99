"""Contract checking: the web pages, API and CLI around `contracts.analysis`."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the contract checker's pages, API and commands."""
    from contracts import views

    app.register_blueprint(views.bp)
