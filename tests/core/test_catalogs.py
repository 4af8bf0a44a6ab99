"""Every string the site shows is translated, and every catalog compiles."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tests.paths import REPO

KEYWORDS = {
    "_": None,
    "gettext": None,
    "lazy_gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "lazy_ngettext": (1, 2),
}
# The report's languages besides Spanish: machine-assisted, awaiting a native reviewer.
REVIEW_LANGUAGES = ["tl", "ht", "ne", "id", "th"]
REPORT_SOURCES = ("contracts/", "templates/contracts/")


@cache
def source_messages() -> dict[str, tuple[str, ...]]:
    """Every msgid in the code and templates, with the files that use it."""
    with open(REPO / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: dict[str, set[str]] = {}
    for filename, _lineno, message, _comments, _context in extract_from_dir(
        str(REPO), method_map, options_map, keywords=KEYWORDS
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        if msgid:
            found.setdefault(msgid, set()).add(filename.replace("\\", "/"))
    return {msgid: tuple(sorted(files)) for msgid, files in found.items()}


def catalog(language: str):
    path = REPO / "translations" / language / "LC_MESSAGES" / "messages.po"
    assert path.exists(), f"no catalog for {language}"
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def untranslated(language: str, wanted: list[str]) -> list[str]:
    cat = catalog(language)
    missing = []
    for msgid in wanted:
        entry = cat.get(msgid)
        text = entry.string if entry else None
        if isinstance(text, tuple):
            text = text[0]
        if not text or (entry and entry.fuzzy):
            missing.append(msgid)
    return missing


def test_strings_are_extracted():
    assert "Check before you pay" in source_messages()


def test_spanish_is_complete():
    missing = untranslated("es", sorted(source_messages()))
    assert not missing, f"{len(missing)} strings lack Spanish: {missing[:10]}"


@pytest.mark.parametrize("language", REVIEW_LANGUAGES)
def test_report_strings_are_translated(language: str):
    report = [
        m
        for m, files in source_messages().items()
        if any(f.startswith(REPORT_SOURCES) for f in files)
    ]
    missing = untranslated(language, sorted(report))
    assert not missing, f"{language}: {len(missing)} report strings missing: {missing[:10]}"


@pytest.mark.parametrize("language", REVIEW_LANGUAGES)
def test_machine_assisted_catalogs_say_they_await_review(language: str):
    text = (REPO / "translations" / language / "LC_MESSAGES" / "messages.po").read_text("utf-8")
    assert "awaiting review by a native speaker" in text.split("msgid", 1)[0].lower()


@pytest.mark.parametrize("language", ["es", *REVIEW_LANGUAGES])
def test_catalog_compiles_with_matching_placeholders(language: str):
    cat = catalog(language)
    problems = [(m.id, errors) for m, errors in cat.check() if errors]
    assert not problems, problems[:5]
    write_mo(io.BytesIO(), cat)


def test_no_catalog_without_its_language_in_config():
    from core.config import from_environment

    offered = from_environment("/tmp")["LANGUAGES"]
    folders = [p.name for p in Path(REPO / "translations").iterdir() if p.is_dir()]
    assert set(folders) <= set(offered)
