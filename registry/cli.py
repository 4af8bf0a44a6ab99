"""`flask registry ...`: import DOL files, list duplicates, load demo data, search."""

from __future__ import annotations

import json
import time

import click
import sqlalchemy as sa
from flask import Blueprint, current_app

from core.extensions import db
from registry.importer import Summary, import_files
from registry.models import DuplicateCandidate, Recruiter
from registry.sources import BadFile

bp = Blueprint("registry_cli", __name__, cli_group="registry")


@bp.cli.command("import-dol")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def import_dol(files: tuple[str, ...]) -> None:
    """Import DOL H-2B Appendix C files (xlsx or CSV); all or nothing."""
    started = time.perf_counter()
    try:
        summary = import_files(files, current_app.config["IMPORT_MAX_BYTES"], bar=click.progressbar)
    except BadFile as error:
        raise click.ClickException(f"{error} Nothing was imported.") from error
    _print_summary(summary, time.perf_counter() - started)


def _print_summary(summary: Summary, seconds: float) -> None:
    click.echo(
        f"Files: {summary.files} ({len(summary.already_imported)} already imported"
        + (f": {', '.join(summary.already_imported)}" if summary.already_imported else "")
        + ")"
    )
    click.echo(f"Rows read: {summary.rows_read:,}; imported: {summary.rows_imported:,}")
    click.echo(
        f"Recruiters: {summary.recruiters_new:,} new, {summary.recruiters_updated:,} seen again"
    )
    click.echo(
        f"Names: {summary.names_new:,} new; cases: {summary.cases_new:,} new; "
        f"staff persons: {summary.staff_new:,} new"
    )
    click.echo(
        f"Possible duplicates for review: {summary.duplicates_new:,} new "
        "(see `flask registry duplicates`)"
    )
    for reason, count in summary.skipped.most_common():
        click.echo(f"Skipped {count:,} rows: {reason}")
    click.echo(f"Done in {seconds:.1f} s.")


@bp.cli.command("duplicates")
@click.option("--all", "show_all", is_flag=True, help="Include merged and dismissed pairs.")
def duplicates(show_all: bool) -> None:
    """List pairs of recruiters that may be one agency, for staff review."""
    query = sa.select(DuplicateCandidate).order_by(DuplicateCandidate.score.desc())
    if not show_all:
        query = query.where(DuplicateCandidate.state == "open")
    pairs = db.session.scalars(query).all()
    for pair in pairs:
        a, b = pair.recruiter_a, pair.recruiter_b
        click.echo(
            f"{pair.score:5.1f}  #{a.id} {a.legal_name!r} ({pair.name_a})  <->  "
            f"#{b.id} {b.legal_name!r} ({pair.name_b})  [{pair.state}]"
        )
    click.echo(f"{len(pairs)} pair(s).")


@bp.cli.command("load-demo")
@click.option("--if-empty", is_flag=True, help="Only when the registry has no recruiter.")
def load_demo(if_empty: bool) -> None:
    """Load the fictional demo recruiters (marked as demo data everywhere)."""
    from registry.demo import load

    if if_empty and db.session.scalar(sa.select(sa.func.count(Recruiter.id))):
        click.echo("The registry is not empty; demo data not loaded.")
        return
    click.echo(f"Loaded {load()} demo recruiters.")


@bp.cli.command("search")
@click.argument("query")
@click.option("--country", default="", help="ISO country code, e.g. MX.")
@click.option("--status", default="", help="Recruiter status, e.g. registered.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON like the API.")
def search_command(query: str, country: str, status: str, as_json: bool) -> None:
    """Search the registry by name, spelling, registration or licence number."""
    from registry.presenters import result_dict
    from registry.search import search

    page = search(query, country=country.upper() or None, status=status or None)
    if as_json:
        with current_app.test_request_context():  # labels and links need a request
            results = [result_dict(hit) for hit in page.hits]
        click.echo(
            json.dumps({"total": page.total, "results": results}, ensure_ascii=False, indent=2)
        )
        return
    if not page.hits:
        click.echo("No recruiter matches. An unregistered recruiter may not recruit workers.")
    for hit in page.hits:
        demo = " [DEMO]" if hit.is_demo else ""
        click.echo(
            f"{hit.score:5.1f}  #{hit.recruiter_id} {hit.legal_name} [{hit.status}]"
            f"{demo}  matched: {hit.matched_name}"
        )
