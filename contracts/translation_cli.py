"""`flask translations ...`: list and install the offline machine-translation models."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import AppGroup

from contracts import translation

translations_cli = AppGroup("translations", help="Manage the offline translation models.")


@translations_cli.command("models")
def models() -> None:
    """List the installed language pairs."""
    pairs = translation.installed_pairs()
    if not pairs:
        click.echo("No translation models installed.")
    for src, dst in pairs:
        click.echo(f"{src} -> {dst}")


@translations_cli.command("install")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option(
    "--download",
    nargs=2,
    metavar="FROM TO",
    default=None,
    help="Fetch the FROM->TO model from the argostranslate index (needs network).",
)
def install(file: Path | None, download: tuple[str, str] | None) -> None:
    """Install FILE.argosmodel, or fetch a model with --download FROM TO."""
    if (file is None) == (download is None):
        raise click.UsageError("give either FILE.argosmodel or --download FROM TO")
    try:
        if file is not None:
            pair = translation.install_model(file)
        else:
            assert download is not None  # checked above
            pair = translation.download_model(*download)
    except translation.TranslationError as err:
        # ClickException prints one "Error: ..." line and exits with status 1.
        raise click.ClickException(err.message) from err
    click.echo(f"Installed {pair[0]} -> {pair[1]}.")
