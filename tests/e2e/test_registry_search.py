"""A worker checks a recruiter on a phone, in Spanish, in a real browser."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.e2e


def test_misspelled_name_on_a_phone_in_spanish(page_factory, base_url: str):
    page = page_factory(locale="es-MX", viewport=PHONE)
    page.goto(base_url + "/")
    assert page.get_attribute("html", "lang") == "es"
    page.get_by_role("searchbox").fill("viajes esperansa")  # misspelled, no accents
    page.get_by_role("button", name="Buscar").click()
    first = page.locator(".results > li").first
    assert "Viajes Esperanza Demo" in first.inner_text()
    assert "Registrado" in first.locator(".status").inner_text()
    assert first.locator(".badge-demo").is_visible()
    no_sideways_scroll(page)

    first.get_by_role("link").first.click()
    assert page.locator("h1").inner_text().startswith("Viajes Esperanza Demo")
    assert "Registrado" in page.locator(".verdict").inner_text()
    no_sideways_scroll(page)


def test_no_match_is_an_answer_with_what_to_do(page_factory, base_url: str):
    page = page_factory(locale="es-MX", viewport=PHONE)
    page.goto(base_url + "/recruiters/?q=agencia+inventada+zzqx")
    verdict = page.locator(".verdict").inner_text()
    assert "No encontramos" in verdict
    assert "1-888-373-7888" in page.content()
    no_sideways_scroll(page)


def test_search_by_keyboard_only(page_factory, base_url: str):
    page = page_factory(locale="en-US")
    page.goto(base_url + "/")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "search":
            break
    else:
        pytest.fail("the search field cannot be reached with Tab")
    page.keyboard.type("blue mountain placement")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Blue Mountain Placement Demo" in page.locator(".results").inner_text()


def no_sideways_scroll(page) -> None:
    """Nothing on the page is wider than the phone's screen."""
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
