"""Locale selection: explicit choice remembered in a cookie, then Accept-Language."""


def test_accept_language_picks_spanish(client):
    html = client.get("/", headers={"Accept-Language": "es-MX,es;q=0.9"}).get_data(as_text=True)
    assert '<html lang="es">' in html
    assert "Revise antes de pagar" in html


def test_unknown_language_falls_back_to_english(client):
    html = client.get("/", headers={"Accept-Language": "xx"}).get_data(as_text=True)
    assert '<html lang="en">' in html


def test_choice_is_remembered_in_a_cookie(client):
    response = client.get("/language/es?next=/about")
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/about")
    html = client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert '<html lang="es">' in html


def test_choice_link_on_every_page(client):
    html = client.get("/about").get_data(as_text=True)
    assert "/language/es" in html and 'hreflang="es"' in html


def test_language_switch_is_not_an_open_redirect(client):
    for target in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.get("/language/es", query_string={"next": target})
        assert "evil" not in response.headers["Location"]
        assert "javascript" not in response.headers["Location"]


def test_unknown_language_choice_sets_no_cookie(client):
    response = client.get("/language/zz")
    assert "lang=" not in response.headers.get("Set-Cookie", "")
