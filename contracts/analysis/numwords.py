"""Numbers written in words, in English and Spanish ("cinco mil doscientos", "two thousand")."""

from __future__ import annotations

import re

_UNITS = {
    # English
    "zero": 0,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    # Spanish (accents already folded away)
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiuno": 21,
    "veintiun": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "cuatrocientas": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "seiscientas": 600,
    "setecientos": 700,
    "setecientas": 700,
    "ochocientos": 800,
    "ochocientas": 800,
    "novecientos": 900,
    "novecientas": 900,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "mil": 1000,
    "million": 1_000_000,
    "millon": 1_000_000,
    "millones": 1_000_000,
    # South Asian scales: "one lakh thirty-five thousand" is 135,000.
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "lacs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_GLUE = {"and", "y", "-"}

NUMBER_WORD = "|".join(sorted(list(_UNITS) + list(_SCALES), key=len, reverse=True))
# A run of number words (folded text), e.g. "cinco mil doscientos" or "two hundred and fifty".
WORDS_RUN = re.compile(rf"\b(?:{NUMBER_WORD})(?:(?:\s+|-)(?:(?:and|y)\s+)?(?:{NUMBER_WORD}))*\b")


def words_to_number(phrase: str) -> int | None:
    """Value of a folded run of number words, or None when it is not a number."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.strip()) if t and t not in _GLUE]
    if not tokens or all(t in {"a", "un", "una"} for t in tokens):
        return None
    total, current = 0, 0
    for token in tokens:
        if token in _UNITS:
            current += _UNITS[token]
        elif token == "hundred":  # noqa: S105 - a number word, not a secret
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
    return total + current
