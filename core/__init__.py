"""The application factory: its body is the table of contents of the site."""

from __future__ import annotations

import os
from typing import Any

from flask import Flask

from core import errors, i18n, security, views
from core.config import ROOT, check_production_safety, from_environment
from core.extensions import csrf, db, migrate


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build a FairRecruit app; `test_config` overrides the environment."""
    app = Flask(
        __name__,
        instance_path=os.environ.get("FAIRRECRUIT_INSTANCE", str(ROOT / "instance")),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    load_configuration(app, test_config)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    csrf.init_app(app)
    i18n.init_app(app)
    errors.init_app(app)
    security.init_app(app)

    app.register_blueprint(views.bp)
    register_features(app)
    return app


def load_configuration(app: Flask, test_config: dict[str, Any] | None) -> None:
    """Environment first, then the test overrides; refuse unsafe production settings."""
    os.makedirs(app.instance_path, exist_ok=True)
    settings = from_environment(app.instance_path)
    settings.update(test_config or {})
    check_production_safety(settings)
    app.config.update(settings)


def register_features(app: Flask) -> None:
    """Each feature package wires its own models, pages, API and CLI."""
    import contracts
    import registry

    registry.init_app(app)
    contracts.init_app(app)
