"""Small text helpers shared by the rule modules."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def squash(text: str) -> str:
    """Collapse runs of whitespace into single spaces."""
    return _SPACE.sub(" ", text).strip()


def unmarked(text: str) -> str:
    """`text` without accents and other combining marks, its case kept ("Nguyễn" -> "Nguyen")."""
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return (
        "".join(c for c in text if not unicodedata.combining(c)).replace("Đ", "D").replace("đ", "d")
    )


def fold(text: str) -> str:
    """Lower-case, strip accents and unify quotes so patterns need one spelling."""
    # Every rule folds its text, so the common cases skip the per-character pass: ASCII has
    # nothing to strip, and Latin accents sit in one block a regex removes at C speed.
    if not text.isascii():
        text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():
            text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return squash(text.lower())


def words(text: str) -> list[str]:
    """Folded word tokens."""
    return _WORD.findall(fold(text))


def key(text: str) -> str:
    """A comparison key: folded words joined by single spaces."""
    return " ".join(words(text))
