"""`flask contracts check FILE`: run the checker from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from contracts.analysis import (
    PROGRAMS,
    RecruiterLookup,
    Report,
    UnreadableDocument,
    analyze_contract,
)
from contracts.analysis.rules import FEES_BY_ID, TERMS_BY_ID

contracts_cli = AppGroup("contracts", help="Check work contracts for illegal fees and gaps.")


def _lookup() -> RecruiterLookup | None:
    """The registry's recruiter lookup when the registry is installed in this app."""
    try:
        from core.services import recruiter_lookup
    except ImportError:
        return None
    return recruiter_lookup()


def render(report: Report) -> str:
    """A plain-text report for people reading a terminal."""
    out = [f"Program: {report.program}   Language: {report.language}   Pages: {report.pages}"]
    out.append(f"Fee and clause findings: {len(report.fees)}")
    for fee in report.fees:
        rule = FEES_BY_ID.get(fee.category)
        amount = f" [{fee.amount:,.2f} {fee.currency or ''}]" if fee.amount is not None else ""
        out.append(
            f"  - {fee.severity.upper()}: {rule.name if rule else fee.category}"
            f" (page {fee.page}){amount}"
        )
        out.append(f'      "{fee.excerpt}"')
        if rule:
            out.append(f"      Why: {rule.why}  Basis: {rule.citation}")
    out.append(f"Missing terms: {len(report.missing_terms)}")
    for term in report.missing_terms:
        term_rule = TERMS_BY_ID.get(term)
        out.append(f"  - {term_rule.name if term_rule else term} ({term})")
    if report.recruiters:
        out.append("Recruiters named:")
        for rec in report.recruiters:
            status = (rec.registry or {}).get("status", "not found in the registry")
            out.append(f"  - {rec.name} (page {rec.page}): {status}")
    return "\n".join(out)


@contracts_cli.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--program", type=click.Choice(PROGRAMS), default="generic", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report.")
def check_command(file: Path, program: str, as_json: bool) -> None:
    """Check FILE (PDF, image, DOCX or text) and print what was found."""
    try:
        if not file.exists():
            raise UnreadableDocument("not_found", f"No such file: {file}")
        report = analyze_contract(file, program=program, lookup=_lookup(), filename=file.name)
    except UnreadableDocument as exc:
        raise click.ClickException(f"cannot read {file.name}: {exc.message} ({exc.code})") from None
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(report))
