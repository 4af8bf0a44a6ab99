"""A worker checks a contract in a real browser (Playwright driving Debian chromium)."""

from __future__ import annotations

import json

import pytest
from flask import Flask

from core.extensions import db
from tests.e2e.conftest import PHONE
from tests.paths import DEV_CORPUS

pytestmark = pytest.mark.e2e

CONTRACT = DEV_CORPUS / "d04.pdf"
LABEL = next(
    i for i in json.loads((DEV_CORPUS / "labels.json").read_text()) if i["file"] == "d04.pdf"
)


@pytest.fixture(scope="module")
def seed():
    """A registered recruiter with the contract's recruiter name, so a status shows."""
    return lambda: add_recruiter(LABEL["recruiters"][0])


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
    # The native picker opens on Space, but headless Chromium sometimes loses that
    # keystroke's chooser event under load; the focused field gets the file instead.
    focused = page.locator("input[type=file]:focus")
    assert focused.is_enabled()
    focused.set_input_files(str(CONTRACT))
    assert page.evaluate("document.activeElement.type") == "file"
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
