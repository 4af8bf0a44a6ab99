"""POST /api/v1/contracts/check: the taxonomy JSON, and JSON errors."""

from __future__ import annotations

import io

from flask import Flask
from flask.testing import FlaskClient

from tests.paths import DEV_CORPUS

URL = "/api/v1/contracts/check"
REPORT_KEYS = {
    "program",
    "language",
    "pages",
    "fees",
    "missing_terms",
    "present_terms",
    "recruiters",
}
FEE_KEYS = {"category", "severity", "page", "excerpt", "amount", "currency", "bbox"}


def post(client: FlaskClient, data: bytes, filename: str, **form: str):
    fields = {"file": (io.BytesIO(data), filename), **form}
    return client.post(URL, data=fields, content_type="multipart/form-data")


def test_report_has_the_taxonomy_shape(client: FlaskClient):
    response = post(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf", program="h2a")
    assert response.status_code == 200
    body = response.get_json()
    assert REPORT_KEYS <= set(body)
    assert body["program"] == "h2a"
    assert body["pages"] >= 1
    assert body["fees"], "d04 charges the worker a paperwork fee"
    for fee in body["fees"]:
        assert FEE_KEYS <= set(fee)
        assert fee["severity"] in ("violation", "review")
    assert all(isinstance(term, str) for term in body["missing_terms"])
    assert response.headers["Cache-Control"] == "no-store"


def test_program_defaults_to_generic(client: FlaskClient):
    response = post(client, (DEV_CORPUS / "d05.pdf").read_bytes(), "d05.pdf")
    assert response.status_code == 200
    assert response.get_json()["program"] == "generic"


def test_errors_are_json_4xx(client: FlaskClient):
    missing = client.post(URL, data={"program": "h2a"})
    assert missing.status_code == 400
    assert missing.get_json()["error"]["reason"] == "missing_file"

    unknown = post(client, b"%PDF-1.4", "x.pdf", program="h3z")
    assert unknown.status_code == 400
    assert unknown.get_json()["error"]["reason"] == "unknown_program"

    wrong = post(client, b"hello", "contract.txt")
    assert wrong.status_code == 415
    error = wrong.get_json()["error"]
    assert error["reason"] == "unsupported_type" and error["message"]

    broken = post(client, b"%PDF-1.7\n" + bytes(range(256)) * 8, "broken.pdf")
    assert broken.status_code == 422
    assert broken.get_json()["error"]["reason"] == "broken"


def test_too_large_is_json_413(app: Flask, client: FlaskClient):
    app.config["MAX_CONTENT_LENGTH"] = 2000
    response = post(client, b"%PDF-1.4\n" + b"0" * 5000, "big.pdf")
    assert response.status_code == 413
    assert response.is_json


def test_error_message_in_the_requested_language(client: FlaskClient):
    response = post(client, b"hello", "contract.txt", language="es")
    assert response.status_code == 415
    assert response.get_json()["error"]["message"]


def test_api_is_exempt_from_csrf(app: Flask):
    app.config["WTF_CSRF_ENABLED"] = True
    response = post(app.test_client(), (DEV_CORPUS / "d05.pdf").read_bytes(), "d05.pdf")
    assert response.status_code == 200
