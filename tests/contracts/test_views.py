"""The contract check pages: upload, report, bad input, keep/delete and PDF download."""

from __future__ import annotations

import base64
import html
import io
import json
import os
import re
from pathlib import Path

import pdfplumber
import pytest
from flask import Flask
from flask.testing import FlaskClient

from contracts import summary
from contracts.analysis import analyze_contract
from contracts.labels import fee_name, term_missing
from contracts.models import SavedReport
from core.extensions import db
from tests.paths import DEV_CORPUS

LABELS = {item["file"]: item for item in json.loads((DEV_CORPUS / "labels.json").read_text())}


def upload(
    client: FlaskClient,
    data: bytes,
    filename: str,
    program: str = "h2a",
    language: str = "en",
    **headers: str,
):
    """POST one file to the upload form."""
    form = {"document": (io.BytesIO(data), filename), "program": program, "language": language}
    return client.post(
        "/contracts/check", data=form, content_type="multipart/form-data", headers=headers
    )


def page_text(response) -> str:
    """The page's HTML with entities decoded, for plain-text assertions."""
    return html.unescape(response.get_data(as_text=True))


def signed_snapshot(response) -> str:
    """The signed report the page posts back for 'Download PDF' and 'Keep'."""
    found = re.search(r'name="snapshot" type="hidden" value="([^"]+)"', response.get_data(True))
    assert found, "the report page carries no signed snapshot"
    return found.group(1)


def saved_count() -> int:
    return db.session.query(SavedReport).count()


def test_upload_page_offers_plain_choices(client: FlaskClient):
    text = page_text(client.get("/contracts/check"))
    for value in ("h2a", "h2b", "generic"):
        assert f'value="{value}"' in text
    assert "H-2A: farm work in the US" in text
    assert "Another country or program" in text
    assert 'accept=".pdf,.docx,.jpg,.jpeg,.png' in text
    assert '<option selected value="en">' in text or '<option value="en" selected' in text


def test_language_defaults_to_the_page_language(client: FlaskClient):
    text = page_text(client.get("/contracts/check", headers={"Accept-Language": "es"}))
    assert re.search(r'<option selected value="es">|<option value="es" selected>', text)


@pytest.mark.parametrize("name", ["d02.pdf", "d04.pdf", "d07.pdf", "d10.pdf"])
def test_report_shows_what_the_checker_found(app: Flask, client: FlaskClient, name: str):
    data = (DEV_CORPUS / name).read_bytes()
    program = LABELS[name]["program"]
    report = analyze_contract(data, program=program, filename=name)
    response = upload(client, data, name, program=program)
    text = page_text(response)
    assert response.status_code == 200
    assert f'data-verdict="{summary.verdict(report.to_json())}"' in text
    with app.test_request_context():
        for fee in report.fees:
            assert fee.excerpt in text
            assert fee_name(fee.category) in text
            assert f"Page {fee.page}" in text
        for term in report.missing_terms:
            assert term_missing(term) in text
    if report.fees:
        assert 'src="data:image/jpeg;base64,' in text
    assert response.headers["Cache-Control"] == "no-store"


def test_a_fee_is_shown_with_its_page_amount_and_highlight(client: FlaskClient):
    label = LABELS["d04.pdf"]
    fee = label["fees"][0]
    response = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf", language="es")
    text = page_text(response)
    assert 'data-verdict="violation"' in text
    assert fee["quote"] in text
    assert f'data-category="{fee["category"]}"' in text
    finding = text.split(f'data-category="{fee["category"]}"', 1)[1].split("</li>", 1)[0]
    assert f"Page {fee['page']}" in finding or f"Página {fee['page']}" in finding
    assert "5.200" in finding or "5,200" in finding
    assert 'src="data:image/jpeg;base64,' in finding


def test_missing_terms_say_what_the_contract_does_not_say(app: Flask, client: FlaskClient):
    label = LABELS["d02.pdf"]
    response = upload(client, (DEV_CORPUS / "d02.pdf").read_bytes(), "d02.pdf")
    text = page_text(response)
    for term in label["missing_terms"]:
        assert f'data-term="{term}"' in text
        with app.test_request_context():
            assert term_missing(term) in text
    assert "Your contract does not" in text


def test_contract_not_in_the_workers_language_is_a_finding(client: FlaskClient):
    response = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf", language="tl")
    assert 'id="language-finding"' in page_text(response)
    same = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf", language="es")
    assert 'id="language-finding"' not in page_text(same)


def test_quotes_are_machine_translated_when_a_model_is_installed(
    client: FlaskClient, argos_en_es: tuple[str, str]
):
    name = next(n for n, label in LABELS.items() if label["language"] == "en" and label["fees"])
    response = upload(client, (DEV_CORPUS / name).read_bytes(), name, language="es")
    text = page_text(response)
    if 'class="finding' not in text:
        pytest.skip(f"the checker found nothing in {name}")
    assert 'class="translation" lang="es"' in text
    assert "Translated by a machine" in text or "máquina" in text


def test_without_a_model_the_original_comes_with_a_note(client: FlaskClient):
    response = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf", language="th")
    text = page_text(response)
    assert 'class="translation"' not in text
    assert 'class="note"' in text


def test_recruiter_is_shown_with_its_registry_status(app: Flask, client: FlaskClient):
    from core.services import provide_recruiter_lookup

    def lookup(name: str):
        return {"id": 7, "status": "suspended", "url": "/recruiters/7"}

    provide_recruiter_lookup(app, lookup)
    name = next(n for n, label in LABELS.items() if label["recruiters"] and label["fees"])
    response = upload(client, (DEV_CORPUS / name).read_bytes(), name)
    text = page_text(response)
    if 'class="recruiter"' not in text:
        pytest.skip(f"the checker named no recruiter in {name}")
    assert 'data-status="suspended"' in text
    assert 'href="/recruiters/7"' in text


def test_contacts_come_from_the_config(app: Flask, client: FlaskClient):
    text = page_text(upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf"))
    assert "1-888-373-7888" in text and "233733" in text and "1-866-487-9243" in text
    app.config["CONTRACT_HELP_CONTACTS"] = [{"name": "Centro de ayuda", "phone": "555-0100"}]
    text = page_text(upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf"))
    assert "Centro de ayuda" in text and 'href="tel:555-0100"' in text
    assert "1-888-373-7888" not in text


# ---- bad input: a friendly message, the form kept, a 4xx ----


def encrypted_pdf(path: Path) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(DEV_CORPUS / "d05.pdf").pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)
    return path.read_bytes()


def blank_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


def assert_form_kept(response, message: str) -> None:
    text = page_text(response)
    assert 400 <= response.status_code < 500
    assert message in text
    assert 'role="alert"' in text
    assert 'enctype="multipart/form-data"' in text
    assert re.search(r'checked[^>]*value="h2b"|value="h2b"[^>]*checked', text), "program lost"
    assert re.search(r'<option selected value="tl">|<option value="tl" selected>', text)


def test_too_large_keeps_the_page_and_says_the_limit(app: Flask, client: FlaskClient):
    app.config["MAX_CONTENT_LENGTH"] = 4000
    response = upload(client, b"%PDF-1.4\n" + b"0" * 10_000, "big.pdf")
    text = page_text(response)
    assert response.status_code == 413
    assert "too large" in text
    assert 'enctype="multipart/form-data"' in text


@pytest.mark.parametrize(
    ("maker", "filename", "message"),
    [
        (lambda tmp: b"just some text", "contract.txt", "cannot read this kind of file"),
        (lambda tmp: b"\x89PNG\r\n\x1a\n" + b"0" * 50, "contract.pdf", "this kind of file"),
        (lambda tmp: b"%PDF-1.7\n" + bytes(range(256)) * 8, "broken.pdf", "damaged"),
        (lambda tmp: encrypted_pdf(tmp / "locked.pdf"), "locked.pdf", "password"),
        (lambda tmp: blank_pdf(), "blank.pdf", "could not read any text"),
        (lambda tmp: b"", "empty.pdf", "empty"),
    ],
    ids=["wrong-type", "renamed", "broken", "encrypted", "nothing-readable", "empty"],
)
def test_bad_input_is_a_friendly_4xx(client: FlaskClient, tmp_path: Path, maker, filename, message):
    response = upload(client, maker(tmp_path), filename, program="h2b", language="tl")
    assert_form_kept(response, message)
    assert saved_count() == 0


def test_no_file_is_a_form_error(client: FlaskClient):
    response = client.post("/contracts/check", data={"program": "h2a", "language": "en"})
    assert response.status_code == 400
    assert "Please choose the file of your contract." in page_text(response)


def test_bad_input_message_is_in_the_users_language(client: FlaskClient):
    response = upload(client, b"hello", "contract.txt", **{"Accept-Language": "es"})
    assert response.status_code == 415
    assert '<html lang="es">' in page_text(response)


# ---- keep, share, delete: nothing stored unless asked ----


def test_nothing_is_stored_by_default_and_pdf_download_stores_nothing(client: FlaskClient):
    response = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf")
    assert saved_count() == 0
    pdf = client.post("/contracts/report.pdf", data={"snapshot": signed_snapshot(response)})
    assert pdf.status_code == 200
    assert pdf.data.startswith(b"%PDF")
    assert pdf.headers["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(pdf.data)) as document:
        text = " ".join((page.extract_text() or "") for page in document.pages)
    with client.application.test_request_context():
        headline, _advice = summary.verdict_text("violation")
    assert " ".join(headline.split()[:5]) in " ".join(text.split())
    assert saved_count() == 0


def test_keep_then_delete(client: FlaskClient):
    response = upload(client, (DEV_CORPUS / "d04.pdf").read_bytes(), "d04.pdf")
    kept = client.post("/contracts/keep", data={"snapshot": signed_snapshot(response)})
    assert kept.status_code == 302
    link = kept.location
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 32
    assert saved_count() == 1
    assert SavedReport.find(token) is not None
    stored = db.session.query(SavedReport).one()
    assert token not in stored.token_hash  # only a hash of the link is stored

    shown = client.get(link)
    assert shown.status_code == 200
    assert 'data-verdict="violation"' in page_text(shown)
    assert client.get(link + "/report.pdf").data.startswith(b"%PDF")

    deleted = client.post(link + "/delete")
    assert deleted.status_code == 302
    assert saved_count() == 0
    assert client.get(link).status_code == 404


def test_a_guessed_or_altered_link_finds_nothing(client: FlaskClient):
    assert client.get("/contracts/r/not-a-real-token").status_code == 404
    assert client.post("/contracts/r/not-a-real-token/delete").status_code == 404
    response = client.post("/contracts/keep", data={"snapshot": "eyJhIjoxfQ.forged.sig"})
    assert response.status_code == 400
    assert saved_count() == 0


def test_delete_needs_the_csrf_token(app: Flask):
    with app.app_context():
        saved, token = SavedReport.keep({"report": {"fees": [], "pages": 1}})
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    assert client.post(f"/contracts/r/{token}/delete").status_code == 400
    assert SavedReport.find(token) is not None


# ---- other formats: a Word file and a photo ----


def test_a_word_file_is_checked(client: FlaskClient, tmp_path: Path):
    from docx import Document

    document = Document()
    document.add_paragraph("Employment contract between Granja Sol LLC and the worker.")
    document.add_paragraph("The worker must pay a placement fee of $500 to the recruiter.")
    path = tmp_path / "contract.docx"
    document.save(str(path))
    response = upload(client, path.read_bytes(), "contract.docx", program="h2b")
    assert response.status_code == 200
    assert 'data-verdict="' in page_text(response)
    assert "placement fee of $500" in page_text(response)


def test_a_photo_is_checked_and_highlighted(client: FlaskClient):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument((DEV_CORPUS / "d04.pdf").read_bytes())
    buffer = io.BytesIO()
    pdf[0].render(scale=200 / 72).to_pil().save(buffer, "PNG")
    pdf.close()
    response = upload(client, buffer.getvalue(), "photo.png", program="h2a", language="es")
    text = page_text(response)
    assert response.status_code == 200
    assert 'data-verdict="violation"' in text
    assert 'src="data:image/jpeg;base64,' in text
    assert "La página 1 se leyó de una imagen" in text  # the worker is told OCR was used


def test_text_pdf_has_no_ocr_note(client: FlaskClient):
    response = upload(client, (DEV_CORPUS / "d05.pdf").read_bytes(), "d05.pdf", program="h2a")
    assert response.status_code == 200
    assert 'id="ocr-note"' not in page_text(response)


def test_an_oversized_snapshot_drops_its_pictures_not_the_report(app: Flask):
    from contracts import snapshot

    noise = base64.b64encode(os.urandom(1_500_000)).decode()  # JPEG-like: does not compress
    big = {"report": {"fees": []}, "images": ["data:image/jpeg;base64," + noise]}
    with app.test_request_context():
        signed = snapshot.sign(big)
        assert len(signed) <= snapshot.MAX_SIGNED_CHARS
        assert snapshot.unsign(signed) == {"report": {"fees": []}, "images": []}
        assert snapshot.unsign(signed[:-3] + "xyz") is None
