"""The public registry of foreign labor recruiters."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the registry's models, pages, API and commands."""
    from registry import models, views  # noqa: F401  (models: tables for Alembic)

    app.register_blueprint(views.bp)
