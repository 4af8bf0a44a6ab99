"""`flask contracts check`: exit 0 when the check ran, one-line error when unreadable."""

from __future__ import annotations

import json
from pathlib import Path

from flask import Flask

from contracts.cli import contracts_cli
from tests.paths import DEV_CORPUS


def _runner():  # type: ignore[no-untyped-def]
    app = Flask(__name__)
    app.cli.add_command(contracts_cli)
    return app.test_cli_runner()


def test_check_pdf_prints_json() -> None:
    result = _runner().invoke(
        args=["contracts", "check", str(DEV_CORPUS / "d07.pdf"), "--program", "h2b", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["program"] == "h2b"
    assert {f["category"] for f in data["fees"]} >= {"visa_cost", "breach_penalty"}


def test_check_text_prints_readable_report(tmp_path: Path) -> None:
    contract = tmp_path / "offer.txt"
    contract.write_text("The worker must pay a $250 registration fee.\n", encoding="utf-8")
    result = _runner().invoke(args=["contracts", "check", str(contract), "--program", "generic"])
    assert result.exit_code == 0, result.output
    assert "Recruitment fee" in result.output


def test_compliant_document_still_exits_zero() -> None:
    result = _runner().invoke(args=["contracts", "check", str(DEV_CORPUS / "d13.pdf")])
    assert result.exit_code == 0
    assert "Fee and clause findings: 0" in result.output


def test_unreadable_input_is_one_line_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a pdf")
    result = _runner().invoke(args=["contracts", "check", str(broken)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    result = _runner().invoke(args=["contracts", "check", str(tmp_path / "nope.pdf")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
