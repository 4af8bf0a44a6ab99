"""Public pages, JSON API and the search command."""

from __future__ import annotations

import json

import pytest

from registry.demo import load
from registry.importer import import_files
from tests.registry.conftest import row, write_csv


@pytest.fixture
def filled(app, tmp_path):
    rows = [row("H-400-1", "H2 Mexico LLC / Viajes Esperanza", last="Lopez", first="Rosa")]
    import_files([write_csv(tmp_path / "p_FY2021.csv", rows)], 10**7)
    load()
    return app


def test_search_page_empty_form(client, filled) -> None:
    page = client.get("/recruiters/")
    assert page.status_code == 200
    assert b'name="q"' in page.data and b"<label" in page.data


def test_search_page_results_show_match_and_status(client, filled) -> None:
    html = client.get("/recruiters/?q=viajes+esperanza").get_data(as_text=True)
    assert "H2 Mexico" in html or "Viajes Esperanza" in html
    assert "FairRecruit has not checked this recruiter" in html


def test_demo_badge_on_every_page_showing_demo(client, filled) -> None:
    html = client.get("/recruiters/?q=demo").get_data(as_text=True)
    assert "Demo data" in html
    detail = client.get("/recruiters/FR-MX-000102").get_data(as_text=True)
    assert "Demo data" in detail and "Suspended" in detail
    assert "Workers reported being charged visa fees." in detail


def test_no_match_gives_advice(client, filled) -> None:
    html = client.get("/recruiters/?q=qqqzzz+nothing").get_data(as_text=True)
    assert "may not recruit you" in html
    assert "1-888-373-7888" in html and "233733" in html and "1-866-487-9243" in html


def test_detail_page_of_imported_recruiter(client, filled) -> None:
    hit = client.get("/api/v1/recruiters?q=viajes+esperanza").get_json()["results"][0]
    html = client.get(hit["url"]).get_data(as_text=True)
    assert "Demo data" not in html
    assert "H-400-1" in html and "Rosa Lopez" in html
    assert "p_FY2021.csv" in html and "2021-09-30" in html
    assert "Named on a US Department of Labor H-2B filing" in html


def test_registered_status_in_plain_words(client, filled) -> None:
    html = client.get("/recruiters/FR-MX-000101").get_data(as_text=True)
    assert "may recruit workers for US employers" in html and "May not charge you any fee" in html


def test_long_query_and_unknown_pages(client, filled) -> None:
    assert client.get("/recruiters/?q=" + "a" * 500).status_code == 200
    assert client.get("/recruiters/999999").status_code == 404
    assert client.get("/recruiters/?q=demo&page=abc").status_code == 200


def test_api_search_shape(client, filled) -> None:
    body = client.get("/api/v1/recruiters?q=demo&status=registered&per_page=2").get_json()
    assert set(body) == {"query", "total", "page", "per_page", "pages", "results"}
    assert len(body["results"]) == 2 and body["pages"] >= 2
    hit = body["results"][0]
    assert hit["status"] == "registered" and hit["is_demo"] is True
    assert {"id", "legal_name", "matched_name", "status_label", "url", "score"} <= set(hit)


def test_api_detail_matches_page_data(client, filled) -> None:
    body = client.get("/api/v1/recruiters/FR-MX-000101").get_json()
    assert body["registration_number"] == "FR-MX-000101"
    assert body["licences"][0]["authority"].startswith("Secretaría")
    assert [h["to_status"] for h in body["history"]] == ["pending", "registered"]
    assert client.get(f"/api/v1/recruiters/{body['id']}").get_json()["id"] == body["id"]


@pytest.mark.parametrize(
    "query",
    [
        "q=" + "a" * 300,
        "q=x&status=bogus",
        "q=x&country=MEX",
        "q=x&page=0",
        "q=x&page=abc",
        "q=x&per_page=1000",
        "",
    ],
)
def test_api_bad_parameters(client, filled, query) -> None:
    response = client.get("/api/v1/recruiters?" + query)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == 400


def test_api_not_found(client, filled) -> None:
    response = client.get("/api/v1/recruiters/nope")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == 404


def test_cli_search(runner, filled) -> None:
    result = runner.invoke(args=["registry", "search", "viajes esperanza"])
    assert result.exit_code == 0 and "Esperanza" in result.output
    result = runner.invoke(args=["registry", "search", "FR-MX-000101", "--json"])
    assert json.loads(result.output)["results"][0]["registration_number"] == "FR-MX-000101"
    result = runner.invoke(args=["registry", "search", "qqqzzz"])
    assert "No recruiter matches" in result.output


def test_load_demo_if_empty(app, runner) -> None:
    assert "Loaded 10" in runner.invoke(args=["registry", "load-demo", "--if-empty"]).output
    assert "not empty" in runner.invoke(args=["registry", "load-demo", "--if-empty"]).output


def test_filters_keep_the_visitors_choice_and_language(client, filled) -> None:
    """The remembered <select> HTML follows the selection."""
    mx = client.get("/recruiters/?q=demo&country=MX").get_data(as_text=True)
    jm = client.get("/recruiters/?q=demo&country=JM").get_data(as_text=True)
    assert '<option selected value="MX">' in mx and '<option selected value="JM">' in jm
    assert '<option selected value="MX">' not in jm


def test_filters_and_results_in_spanish(client, filled) -> None:
    spanish = client.get(
        "/recruiters/?q=demo&country=MX", headers={"Accept-Language": "es"}
    ).get_data(as_text=True)
    assert "México" in spanish and "Registrado" in spanish


def test_result_links_are_the_permalinks(client, filled) -> None:
    body = client.get("/api/v1/recruiters?q=viajes+esperanza+demo").get_json()
    for hit in body["results"]:
        assert client.get(hit["url"]).status_code == 200
        assert hit["url"].endswith(hit["registration_number"] or str(hit["id"]))
