"""Machine translation through real argostranslate, on tiny models built offline."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner

from contracts import translation
from contracts.translation import (
    Translation,
    TranslationError,
    TranslationLimits,
    install_model,
    installed_pairs,
    translate_quote,
)
from contracts.translation_cli import translations_cli
from tests.argos_model import build_tiny_model

QUOTE = "The worker pays no fee. Wages are paid every two weeks."


@pytest.fixture()
def cli() -> FlaskCliRunner:
    """A bare app with only the translations commands, as the app factory registers them."""
    app = Flask(__name__)
    app.cli.add_command(translations_cli)
    return app.test_cli_runner()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zipf:
        for name, data in members.items():
            zipf.writestr(name, data)
    return path


def test_installed_model_is_listed(argos_en_es: tuple[str, str]) -> None:
    assert argos_en_es == ("en", "es")
    assert ("en", "es") in installed_pairs()


def test_translate_quote_is_a_marked_machine_translation(argos_en_es: tuple[str, str]) -> None:
    result = translate_quote(QUOTE, "en", "es")
    assert isinstance(result, Translation)
    assert result.note is None
    assert result.translated and result.translated.strip() != QUOTE
    assert (result.original, result.from_code, result.to_code, result.machine) == (
        QUOTE,
        "en",
        "es",
        True,
    )


def test_cache_hit_does_not_call_argos_again(argos_en_es: tuple[str, str]) -> None:
    text = "Housing is provided at no cost to the worker."
    before = translation.argos_call_count()
    first = translate_quote(text, "en", "es")
    second = translate_quote(text, " EN ", "es")
    assert translation.argos_call_count() == before + 1
    assert second is first


def test_pair_without_model_has_no_translation(argos_en_es: tuple[str, str]) -> None:
    before = translation.argos_call_count()
    result = translate_quote(QUOTE, "en", "th")
    assert (result.translated, result.note) == (None, translation.NO_MODEL)
    assert translation.argos_call_count() == before


@pytest.mark.parametrize(
    ("text", "src", "dst", "note"),
    [
        (QUOTE, "en", "en", translation.SAME_LANGUAGE),
        (QUOTE, None, "es", translation.UNKNOWN_LANGUAGE),
        (QUOTE, "english", "es", translation.UNKNOWN_LANGUAGE),
        ("   ", "en", "es", translation.EMPTY),
        ("word " * 500, "en", "es", translation.TOO_LONG),
    ],
)
def test_no_translation_is_attempted_for(text: str, src: str, dst: str, note: str) -> None:
    result = translate_quote(text, src, dst)
    assert (result.translated, result.note, result.original) == (None, note, text)


def test_time_budget_gives_up_with_a_note(argos_en_es: tuple[str, str]) -> None:
    # Hold the model as a long translation would: the call must give up, not wait.
    with translation._argos_slot:
        result = translate_quote(
            "Is the contract fair?", "en", "es", TranslationLimits(timeout_seconds=0.2)
        )
    assert (result.translated, result.note) == (None, translation.TIMEOUT)


def test_pivots_through_english(argos_en_es: tuple[str, str], tiny_models: Path) -> None:
    assert translate_quote(QUOTE, "fr", "es").note == translation.NO_MODEL
    install_model(build_tiny_model(tiny_models, "fr", "en"))
    result = translate_quote(QUOTE, "fr", "es")
    assert result.note is None and result.translated


def test_models_installed_by_another_process_are_seen(
    argos_en_es: tuple[str, str], tiny_models: Path, argos_packages_dir: Path
) -> None:
    assert translate_quote(QUOTE, "de", "en").note == translation.NO_MODEL
    # What `flask translations install` does in another process: unzip into the folder.
    with zipfile.ZipFile(build_tiny_model(tiny_models, "de", "en")) as zipf:
        zipf.extractall(argos_packages_dir)
    assert translate_quote(QUOTE, "de", "en").translated


def test_install_rejects_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    bogus = tmp_path / "model.argosmodel"
    bogus.write_text("not a zip")
    with pytest.raises(TranslationError) as err:
        install_model(bogus)
    assert err.value.code == "not_zip"


@pytest.mark.parametrize("name", ["../evil", "pkg/../../evil", "/tmp/evil", "C:/evil"])
def test_install_rejects_escaping_members(tmp_path: Path, name: str) -> None:
    bogus = _zip(tmp_path / "evil.argosmodel", {"pkg/metadata.json": b"{}", name: b"x"})
    with pytest.raises(TranslationError) as err:
        install_model(bogus)
    assert err.value.code == "unsafe_member"
    assert not (tmp_path.parent / "evil").exists()


def test_install_rejects_oversized_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation, "_MAX_MEMBER_BYTES", 1000)
    bogus = _zip(tmp_path / "big.argosmodel", {"pkg/model/model.bin": bytes(2000)})
    with pytest.raises(TranslationError) as err:
        install_model(bogus)
    assert err.value.code == "too_large"


def test_install_rejects_a_zip_without_metadata(tmp_path: Path) -> None:
    bogus = _zip(tmp_path / "empty.argosmodel", {"pkg/model/model.bin": b"x"})
    with pytest.raises(TranslationError) as err:
        install_model(bogus)
    assert err.value.code == "bad_layout"


def test_cli_lists_models(cli: FlaskCliRunner, argos_en_es: tuple[str, str]) -> None:
    result = cli.invoke(args=["translations", "models"])
    assert result.exit_code == 0
    assert "en -> es" in result.output.splitlines()


def test_cli_says_when_no_model_is_installed(
    cli: FlaskCliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from argostranslate import settings

    monkeypatch.setattr(settings, "package_dirs", [tmp_path])
    result = cli.invoke(args=["translations", "models"])
    assert (result.exit_code, result.output) == (0, "No translation models installed.\n")


def test_cli_installs_a_file(cli: FlaskCliRunner, tiny_models: Path) -> None:
    model = build_tiny_model(tiny_models, "es", "en")
    result = cli.invoke(args=["translations", "install", str(model)])
    assert (result.exit_code, result.output) == (0, "Installed es -> en.\n")
    assert ("es", "en") in installed_pairs()


def test_cli_install_error_is_one_line(cli: FlaskCliRunner, tmp_path: Path) -> None:
    result = cli.invoke(args=["translations", "install", str(tmp_path / "missing.argosmodel")])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1


def test_cli_download_offline_fails_in_one_line(cli: FlaskCliRunner) -> None:
    result = cli.invoke(args=["translations", "install", "--download", "en", "th"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "offline" in lines[0]


def test_cli_install_needs_a_file_or_download(cli: FlaskCliRunner) -> None:
    assert cli.invoke(args=["translations", "install"]).exit_code == 2
