"""Pure name handling: normalize agency names, drop placeholders, split combined names."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Strings that stand in for a missing name in government filings; never an agency.
PLACEHOLDERS = frozenset(
    {
        "",
        "-",
        "--",
        "---",
        ".",
        "0",
        "x",
        "na",
        "n a",
        "none",
        "nil",
        "null",
        "no",
        "not applicable",
        "not available",
        "unknown",
        "unknown agents",
        "unknown agent",
        "tbd",
        "to be determined",
        "same",
        "same as above",
        "individual",
        "self",
        "self employed",
        "self employed recruiter",
        "see attached",
        "see attached appendix c",
        "see attached appendix c for additional recruiters",
        "see attached for remaining recruiters",
        "various",
        "work",
    }
)

# Legal-form words, as token sequences after normalize(); longest first so
# "s de rl de cv" goes before "de cv".
LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(s.split())
            for s in (
                "s de rl de cv",
                "s de r l de cv",
                "s de rl de",
                "s de rl",
                "s de r l",
                "sa de cv",
                "sapi de cv",
                "sab de cv",
                "s a de c v",
                "de cv",
                "sa",
                "sc",
                "ac",
                "cv",
                "llc",
                "l l c",
                "inc",
                "incorporated",
                "ltd",
                "limited",
                "corp",
                "corporation",
                "co",
                "company",
                "lp",
                "llp",
                "lc",
                "lpa",
                "pty ltd",
                "pty",
                "pry ltd",
                "pry",
                "cc",
                "srl",
                "sro",
                "sas",
                "eood",
                "ood",
                "doo",
                "kg",
                "gmbh",
                "plc",
                "de",
                "and co",
                "co ltd",
                "co l",
                "bv",
                "ag",
                "spa",
            )
        ),
        key=len,
        reverse=True,
    )
)
LEGAL_PREFIXES: tuple[tuple[str, ...], ...] = (("the",), ("sc",), ("s", "c"))

# Separators that join two names of one agency: "A / B", "A dba B", "A (B)".
_SPLIT = re.compile(
    r"\s*/\s*|\s+d\s*/?\s*b\s*/?\s*a\s+|\s+a\.?k\.?a\.?\s+|\s*\(\s*|\s*\)\s*",
    re.IGNORECASE,
)
# Dots, apostrophes and hyphens join ("S.A." -> "sa", "Del-Al" -> "delal").
_DROP = re.compile(r"[.'`´’-]")
_PUNCT = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalize(raw: str | None) -> str:
    """Lowercase ASCII words separated by single spaces: 'Jurídica, S.A.' -> 'juridica sa'."""
    if not raw:
        return ""
    text = unidecode(str(raw)).lower().replace("&", " and ").replace("@", " and ")
    text = _DROP.sub("", text)
    return _PUNCT.sub(" ", text).strip()


# "and" between words is noise when telling spellings apart ("Del Al & Associates").
CONNECTORS = frozenset({"and", "y", "e", "et", "und"})


def compact_key(key: str) -> str:
    """A key without spaces or connectors: 'peak season' and 'peakseason' are one spelling."""
    return "".join(word for word in key.split() if word not in CONNECTORS)


# Suffixes grouped by their last word, so stripping looks at a handful, not all.
_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {
    last: tuple(s for s in LEGAL_SUFFIXES if s[-1] == last)
    for last in {s[-1] for s in LEGAL_SUFFIXES}
}


def _strip(words: list[str]) -> list[str]:
    changed = True
    while changed and len(words) > 1:
        changed = False
        for suffix in _BY_LAST.get(words[-1], ()):
            n = len(suffix)
            if len(words) > n and tuple(words[-n:]) == suffix:
                words = words[:-n]
                changed = True
                break
    for prefix in LEGAL_PREFIXES:
        n = len(prefix)
        if len(words) > n and tuple(words[:n]) == prefix:
            words = words[n:]
    return words


@lru_cache(maxsize=65536)
def name_key(raw: str | None) -> str:
    """The matching key: normalized, without legal forms ('H2 Mexico LLC' -> 'h2 mexico')."""
    return " ".join(_strip(normalize(raw).split()))


@lru_cache(maxsize=65536)
def is_placeholder(raw: str | None) -> bool:
    """True for 'N/A', 'none', '-', blanks and the like, which are never agencies."""
    return normalize(raw) in PLACEHOLDERS or len(name_key(raw).replace(" ", "")) < 2


def clean_display(raw: str) -> str:
    """A name as shown: trimmed, inner runs of spaces collapsed."""
    return " ".join(str(raw).split()).strip(" ,;-")


def split_names(raw: str | None) -> list[str]:
    """Every real name inside a combined entry ('A LLC / B' -> ['A LLC', 'B'])."""
    if raw is None or is_placeholder(raw):
        return []
    whole = clean_display(raw)
    # "w/" means "with", not a second name.
    parts = [clean_display(p) for p in _SPLIT.split(re.sub(r"\b[wW]/", "with ", whole))]
    names = [p for p in parts if p and not is_placeholder(p) and _is_name(p)]
    unique: dict[str, str] = {}
    for name in names or [whole]:
        unique.setdefault(name_key(name), name)
    return list(unique.values())


def _is_name(part: str) -> bool:
    """A legal form alone ('Pty', 'S.A.') is not a name of its own."""
    words = normalize(part).split()
    return any(tuple(words) == s for s in LEGAL_SUFFIXES) is False


def tokens(key: str) -> list[str]:
    """The words of a key, for the search index."""
    return key.split()


def normalize_number(raw: str | None) -> str:
    """Registration and licence numbers compare without case, spaces or dashes."""
    return re.sub(r"[^A-Z0-9]", "", unidecode(raw or "").upper())


def person_name(*parts: str | None) -> str:
    """'Last', 'First', 'Middle' cells -> 'First Middle Last', placeholders dropped."""
    last, *given = parts
    ordered = [*given, last]
    words = [clean_display(p) for p in ordered if p and not is_placeholder(str(p))]
    return " ".join(w for w in words if w)
