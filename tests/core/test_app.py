"""The app factory, configuration, security headers and error pages."""

import pytest

from core import create_app
from core.config import ConfigError


def test_production_refuses_default_secret_key(monkeypatch):
    monkeypatch.setenv("FAIRRECRUIT_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app()


def test_production_starts_with_a_real_secret(monkeypatch, tmp_path):
    monkeypatch.setenv("FAIRRECRUIT_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "a-long-random-value")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/x.sqlite3")
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_postgres_urls_use_psycopg3(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"


def test_home_has_landmarks_and_security_headers(client):
    response = client.get("/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    for landmark in ('<main id="main"', 'role="banner"', 'role="contentinfo"', 'class="skip-link"'):
        assert landmark in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_asset_comes_from_another_site(client):
    html = client.get("/").get_data(as_text=True)
    assert "https://" not in html.split("<body", 1)[0]


def test_health(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_missing_page_is_friendly_html(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "We could not find this page." in response.get_data(as_text=True)


def test_missing_api_route_is_json(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == 404
