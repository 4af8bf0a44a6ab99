"""The public registry of foreign labor recruiters."""

from __future__ import annotations

from importlib import import_module

from flask import Flask

from core.extensions import csrf
from core.services import provide_recruiter_lookup


def init_app(app: Flask) -> None:
    """Register the registry's models, pages, API, commands and its name lookup."""
    # import_module keeps `mypy registry/names.py` from type-checking the web layer.
    import_module("registry.models")  # the tables, for Alembic
    views, api, cli = (import_module(f"registry.{m}") for m in ("views", "api", "cli"))
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)
    app.register_blueprint(cli.bp)
    provide_recruiter_lookup(app, import_module("registry.lookup").lookup)
