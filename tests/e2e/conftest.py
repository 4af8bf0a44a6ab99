"""Browser fixtures: the app served on a local port, and Debian's chromium via Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from werkzeug.serving import make_server

from core import create_app
from core.extensions import db

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def seed() -> Callable[[], None]:
    """What the module's database holds: the fictional demo recruiters by default."""
    from registry import demo

    return demo.load


@pytest.fixture(scope="module")
def live_app(tmp_path_factory: pytest.TempPathFactory, seed) -> Flask:
    """An app on a migrated SQLite database, filled by the module's `seed` fixture."""
    folder = tmp_path_factory.mktemp("e2e")
    app = create_app(
        {
            "SECRET_KEY": "e2e-secret",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'e2e.sqlite3'}",
            "LOAD_DEMO_DATA": False,
        }
    )
    with app.app_context():
        upgrade()
        seed()
        db.engine.dispose()
    return app


@pytest.fixture(scope="module")
def base_url(live_app: Flask) -> Iterator[str]:
    """The app served on a free local port by a background thread."""
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is not installed: browser tests need Debian's chromium package"
        if os.environ.get("REQUIRE_E2E") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page_factory(browser, live_app: Flask):
    """New pages in fresh contexts; fails the test on any script or CSP error."""
    contexts, errors = [], []

    def make(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        # Generous: CI runs the browser beside OCR and translation tests on two cores.
        page.set_default_timeout(90_000)
        page.set_default_navigation_timeout(90_000)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: record(errors, message))
        return page

    yield make
    for context in contexts:
        context.close()
    assert not errors, errors


def record(errors: list[str], message) -> None:
    """Keep console errors, except the browser's own request for a favicon."""
    if message.type == "error" and not message.location.get("url", "").endswith("favicon.ico"):
        errors.append(f"{message.text} ({message.location.get('url')})")
