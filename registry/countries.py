"""Country names in government files -> ISO codes, and codes -> names in the reader's language."""

from __future__ import annotations

from functools import cache

from babel import Locale
from unidecode import unidecode

# Spellings in DOL files that Babel's English names do not cover.
ALIASES = {
    "UNITED STATES OF AMERICA": "US",
    "USA": "US",
    "UNITED STATES": "US",
    "CZECHOSLOVAKIA": "CZ",
    "MACEDONIA": "MK",
    "NORTH MACEDONIA": "MK",
    "TAIWAN": "TW",
    "SOUTH KOREA": "KR",
    "KOREA": "KR",
    "RUSSIA": "RU",
    "VIETNAM": "VN",
    "BOLIVIA": "BO",
    "VENEZUELA": "VE",
    "MOLDOVA": "MD",
    "GREAT BRITAIN": "GB",
    "ENGLAND": "GB",
}


@cache
def _by_name() -> dict[str, str]:
    names = Locale("en").territories
    table = {unidecode(name).upper(): code for code, name in names.items() if code.isalpha()}
    table.update(ALIASES)
    return table


def country_code(raw: object) -> str | None:
    """'MEXICO' -> 'MX'; None when the text names no country we know."""
    text = unidecode(str(raw or "")).upper().strip()
    if len(text) == 2 and text.isalpha():
        return text if text in Locale("en").territories else None
    return _by_name().get(text)


@cache
def country_name(code: str | None, locale: str = "en") -> str:
    """'MX' -> 'México' in Spanish; the code itself when Babel does not know it."""
    if not code:
        return ""
    try:
        return str(Locale.parse(locale).territories.get(code, code))
    except (ValueError, TypeError):
        return code


def all_countries(locale: str = "en") -> list[tuple[str, str]]:
    """Every (code, name) pair, sorted by name, for the country filter."""
    names = Locale.parse(locale).territories
    pairs = [(c, str(n)) for c, n in names.items() if len(c) == 2 and c.isalpha()]
    return sorted(pairs, key=lambda pair: unidecode(pair[1]))
