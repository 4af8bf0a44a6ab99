"""A worker checks a contract in a real browser (Playwright driving Debian chromium)."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from werkzeug.serving import make_server

from core import create_app
from core.extensions import db
from tests.paths import DEV_CORPUS

pytestmark = pytest.mark.e2e

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
CONTRACT = DEV_CORPUS / "d04.pdf"
LABEL = next(
    i for i in json.loads((DEV_CORPUS / "labels.json").read_text()) if i["file"] == "d04.pdf"
)
PHONE = {"width": 390, "height": 844}


def add_recruiter(name: str) -> None:
    """A registered recruiter with the contract's recruiter name, so a status shows."""
    from registry.models import Recruiter, RecruiterName
    from registry.names import name_key

    recruiter = Recruiter(legal_name=name, status="registered", country="MX")
    db.session.add(recruiter)
    db.session.flush()
    db.session.add(
        RecruiterName(recruiter_id=recruiter.id, name=name, key=name_key(name), kind="legal")
    )
    db.session.commit()


@pytest.fixture(scope="module")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
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
        add_recruiter(LABEL["recruiters"][0])
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


def has_registry_lookup(app: Flask) -> bool:
    from core.services import recruiter_lookup

    with app.app_context():
        return recruiter_lookup() is not None


def upload_with_mouse(page, base_url: str) -> None:
    page.goto(f"{base_url}/contracts/check")
    page.get_by_label("H-2A", exact=False).check()
    page.locator("input[type=file]").set_input_files(str(CONTRACT))
    page.locator("form.check-form button[type=submit]").click()
    page.wait_for_selector("article.report[data-verdict]")


def assert_report(page, live_app: Flask) -> None:
    """The verdict, a highlighted excerpt and a recruiter's status are on screen."""
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("#verdict").get_attribute("data-verdict") == "violation"
    assert page.locator("#verdict").is_visible()
    quote = page.locator(".finding .excerpt", has_text=LABEL["fees"][0]["quote"][:40])
    assert quote.first.is_visible()
    image = page.locator(".finding .page-image img").first
    image.scroll_into_view_if_needed()
    assert image.is_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 300")
    status = page.locator(".recruiter .status").first
    assert status.is_visible()
    if has_registry_lookup(live_app):
        assert status.get_attribute("data-status") == "registered"


def test_spanish_worker_sees_the_report_in_spanish(page_factory, base_url: str, live_app: Flask):
    page = page_factory(locale="es-ES")
    upload_with_mouse(page, base_url)
    assert_report(page, live_app)
    # Needs the Spanish catalog's report strings (the lead's part of issue 4).
    verdict = page.locator("#verdict").inner_text().lower()
    assert "contrato" in verdict, f"verdict not in Spanish yet: {verdict!r}"


def test_phone_screen(page_factory, base_url: str, live_app: Flask):
    page = page_factory(locale="es-ES", viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(f"{base_url}/contracts/check")
    submit = page.locator("form.check-form button[type=submit]")
    assert submit.bounding_box()["height"] >= 44
    upload_with_mouse(page, base_url)
    assert_report(page, live_app)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the report scrolls sideways: {width}px"
    box = page.locator(".finding .page-image img").first.bounding_box()
    assert box["width"] <= PHONE["width"]


def test_keyboard_only(page_factory, base_url: str, live_app: Flask):
    page = page_factory(locale="es-ES")
    page.goto(f"{base_url}/contracts/check")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "file":
            break
    else:
        pytest.fail("the file field cannot be reached with Tab")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(str(CONTRACT))
    page.keyboard.press("Tab")  # the first program choice
    assert page.evaluate("document.activeElement.name") == "program"
    page.keyboard.press("Space")  # choose it
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    else:
        pytest.fail("the submit button cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_selector("article.report[data-verdict]")
    assert_report(page, live_app)
    # The report's own buttons are reachable too.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.action") == "download":
            break
    else:
        pytest.fail("'Download PDF' cannot be reached with Tab")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".pdf")
