"""Fixtures shared by every test: an app on a real, freshly migrated database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import upgrade

from core import create_app
from core.extensions import db

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def _config(url: str, instance: Path) -> dict[str, object]:
    return {
        "TESTING": True,
        "SECRET_KEY": "test",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
        "LOAD_DEMO_DATA": False,
    }


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once per session; each test gets a copy."""
    folder = tmp_path_factory.mktemp("template-db")
    path = folder / "template.sqlite3"
    app = create_app(_config(f"sqlite:///{path}", folder))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return path


def _worker_database(url: str) -> str:
    """Each xdist worker gets its own PostgreSQL database, created on first use."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = sa.engine.make_url(url)
    name = f"{base.database}_{worker}"
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if not exists:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def migrated_postgres(tmp_path_factory: pytest.TempPathFactory) -> str:
    """This worker's PostgreSQL database, emptied and migrated once per session."""
    url = _worker_database(POSTGRES_URL)
    app = create_app(_config(url, tmp_path_factory.mktemp("pg")))
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade()
        db.engine.dispose()
    return url


def _truncate_all(app: Flask) -> None:
    tables = [t.name for t in db.metadata.sorted_tables]
    if tables:
        quoted = ", ".join(f'"{name}"' for name in tables)
        with db.engine.begin() as conn:
            conn.execute(sa.text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """An app on an empty, migrated database: SQLite always, PostgreSQL when configured."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(request.getfixturevalue("migrated_sqlite"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("migrated_postgres")
    app = create_app(_config(url, tmp_path))
    with app.app_context():
        if request.param == "postgresql":
            _truncate_all(app)
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask):
    """A test client, as in the Flask tutorial."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    """A CLI runner for `flask ...` commands."""
    return app.test_cli_runner()
