"""Configuration read from the environment, with safe defaults for a newcomer."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 (refused in production)
ROOT = Path(__file__).resolve().parent.parent


class ConfigError(RuntimeError):
    """The app refuses to start with an unsafe configuration."""


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def from_environment(instance_path: str) -> dict[str, object]:
    """Every setting the app reads, each overridable by an environment variable."""
    sqlite_url = "sqlite:///" + str(Path(instance_path) / "fairrecruit.sqlite3")
    database_url = os.environ.get("DATABASE_URL", sqlite_url)
    # Heroku-style URLs name the old driver; SQLAlchemy 2 wants psycopg explicitly.
    if database_url.startswith(("postgres://", "postgresql://")):
        database_url = "postgresql+psycopg://" + database_url.split("://", 1)[1]
    return {
        "ENV_NAME": os.environ.get("FAIRRECRUIT_ENV", "development"),
        "SECRET_KEY": os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "MAX_CONTENT_LENGTH": _int("MAX_UPLOAD_BYTES", 20 * 1024 * 1024),
        "MAX_FORM_MEMORY_SIZE": _int("MAX_FORM_MEMORY_BYTES", 1024 * 1024),
        "CONTRACT_MAX_PAGES": _int("CONTRACT_MAX_PAGES", 60),
        "CONTRACT_TIMEOUT_SECONDS": _int("CONTRACT_TIMEOUT_SECONDS", 60),
        "CONTRACT_MAX_MEMORY_MB": _int("CONTRACT_MAX_MEMORY_MB", 1024),
        "IMPORT_MAX_BYTES": _int("IMPORT_MAX_BYTES", 100 * 1024 * 1024),
        "SEARCH_PAGE_SIZE": _int("SEARCH_PAGE_SIZE", 20),
        "LOAD_DEMO_DATA": os.environ.get("LOAD_DEMO_DATA", "1") == "1",
        "BABEL_DEFAULT_LOCALE": "en",
        "BABEL_TRANSLATION_DIRECTORIES": str(ROOT / "translations"),
        "LANGUAGES": {
            "en": "English",
            "es": "Español",
            "tl": "Tagalog",
            "ht": "Kreyòl ayisyen",
            "ne": "नेपाली",
            "id": "Bahasa Indonesia",
            "th": "ไทย",
        },
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,
    }


def check_production_safety(config: dict[str, object]) -> None:
    """Refuse to run in production with settings only fit for a laptop."""
    if config.get("ENV_NAME") != "production":
        return
    if config.get("SECRET_KEY") in (None, "", DEFAULT_SECRET_KEY):
        raise ConfigError("SECRET_KEY must be set to a random value in production.")
    config["SESSION_COOKIE_SECURE"] = True
