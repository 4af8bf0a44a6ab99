"""Contract checking: the web pages, API and CLI around `contracts.analysis`."""

from __future__ import annotations

import importlib

from flask import Flask

# Command groups other modules provide; each is optional until its module lands.
CLI_GROUPS = (
    ("contracts.cli", "contracts_cli"),
    ("contracts.translation_cli", "translations_cli"),
)


def init_app(app: Flask) -> None:
    """Register the contract checker's models, pages, API and commands."""
    from contracts import api, models, views  # noqa: F401  (models: for Flask-Migrate)
    from core.extensions import csrf

    app.register_blueprint(views.bp)
    csrf.exempt(api.bp)  # API clients send no browser cookie, so there is nothing to forge
    app.register_blueprint(api.bp)
    for module_name, attribute in CLI_GROUPS:
        try:
            group = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError):
            continue
        app.cli.add_command(group)
