"""Amounts of money in contract text, with their ISO 4217 currency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.numwords import WORDS_RUN, words_to_number
from contracts.analysis.text import fold


@dataclass(frozen=True)
class Money:
    """One stated amount; `amount` is None when it is a multiple of wages or unclear."""

    amount: float | None
    currency: str | None
    text: str


_CODES = (
    "USD|MXN|PHP|GTQ|JMD|CAD|HNL|NIO|DOP|COP|PEN|EUR|GBP|KWD|SAR|AED|QAR|BDT|NPR|"
    "INR|LKR|IDR|THB|VND|ZAR|AUD|NZD|CRC|BRL|ARS|CLP|BZD|HTG|XCD|TTD|BBD|HKD|KYD|TWD|SGD|"
    "MYR|OMR|BHD|JOD|ILS|KRW|JPY|CNY|PKR"
)
# Prefixes in folded text; ordering matters (longest first).
_PREFIX = {
    "us$": "USD",
    "u.s.$": "USD",
    "mx$": "MXN",
    "mxn$": "MXN",
    "c$": "CAD",
    "ca$": "CAD",
    "j$": "JMD",
    "₱": "PHP",
    "php": "PHP",
    "€": "EUR",
    "£": "GBP",
    "q": "GTQ",
    "$": "USD",
    "kd": "KWD",
    "rs": "INR",
    "hk$": "HKD",
    "ci$": "KYD",
    "nt$": "TWD",
    "s$": "SGD",
    "rm": "MYR",
    "rp": "IDR",
    "lps.": "HNL",
    "l.": "HNL",
    "lps": "HNL",
    "l": "HNL",
}
# Single-letter symbols that are also list markers or units need a real-looking amount.
_MIN_DIGITS = {"q": 2, "l": 3, "l.": 3}
_SUFFIX = (
    (r"pesos?\s+filipinos?|philippine\s+pesos?", "PHP"),
    (r"pesos?\s+mexicanos?|mexican\s+pesos?", "MXN"),
    (r"pesos?\s+dominicanos?", "DOP"),
    (r"pesos?\s+colombianos?", "COP"),
    (r"dolares\s+canadienses|canadian\s+dollars?|cad", "CAD"),
    (r"dolares\s+jamaiquinos|jamaican\s+dollars?", "JMD"),
    (
        r"(?:us\s+|u\.s\.\s+|american\s+)?dollars?|dolares(?:\s+(?:americanos|"
        r"estadounidenses))?|dls\.?|usd",
        "USD",
    ),
    (r"pesos?", "PESO"),
    (r"quetzales|quetzal", "GTQ"),
    (r"lempiras?", "HNL"),
    (r"cordobas", "NIO"),
    (r"euros?", "EUR"),
    (r"dinars?|dinares", "KWD"),
    (r"riyals?", "SAR"),
    (r"taka", "BDT"),
    (r"rupees?|rupias", "INR"),
    (r"nepal(?:ese|i) rupees?", "NPR"),
    (r"rupiah", "IDR"),
    (r"dirhams?", "AED"),
)
_NUM = r"\d{1,3}(?:[,. \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True))
_SUFFIX_ALT = "|".join(f"(?:{p})" for p, _ in _SUFFIX)
_CODE_BEFORE = re.compile(rf"\b(?P<code>{_CODES.lower()})\.?\s*(?P<num>{_NUM})(?![\d%])")
_SYMBOL_BEFORE = re.compile(
    rf"(?<![a-z0-9])(?P<sym>{_PREFIX_ALT})\s?(?P<num>{_NUM})(?![\d%])"
    rf"(?:\s+(?P<suffix>{_SUFFIX_ALT})\b)?"
)
_AFTER = re.compile(
    rf"(?<![\w$.,])(?P<num>(?:{_NUM})\s+(?:mil|thousand)|{_NUM}|(?:{WORDS_RUN.pattern}))\s+"
    rf"(?:de\s+)?(?P<suffix>{_SUFFIX_ALT})\b"
)
# "$3,500.00 M.N.": moneda nacional, the local peso.
_NATIONAL = re.compile(r"^\s*m\.\s?n\.?(?!\w)")
_THOUSANDS = re.compile(r"^(?P<num>.+?)\s+(?:mil|thousand)$")
_WAGE_MULTIPLE = re.compile(
    r"\b(?:(?:\w+|\d+)\s+(?:months?|weeks?|days?)'?s?\s+(?:salary|wages?|pay)|"
    r"(?:\w+|\d+)\s+(?:meses|semanas|dias)\s+de\s+(?:salario|sueldo|pago))\b"
)
_PESO_COUNTRY = (
    (re.compile(r"philippin|filipin|manila|\bofw\b|pilipinas"), "PHP"),
    (re.compile(r"colombia"), "COP"),
    (re.compile(r"dominican"), "DOP"),
    (re.compile(r"\bchile\b|santiago de chile"), "CLP"),
    (re.compile(r"argentin"), "ARS"),
)


def parse_number(raw: str) -> float | None:
    """A digit string with thousands separators or a folded number phrase, as a float."""
    raw = raw.strip().replace("\u00a0", " ")
    thousands = _THOUSANDS.match(raw)
    if thousands and thousands.group("num")[:1].isdigit():
        value = parse_number(thousands.group("num"))
        return value * 1000 if value is not None else None
    if not raw[:1].isdigit():
        value = words_to_number(raw)
        return float(value) if value is not None else None
    match = re.fullmatch(r"(\d{1,3}(?:[,. ]\d{3})+|\d+)(?:[.,](\d{1,2}))?", raw)
    if not match:
        return None
    whole = re.sub(r"[,. ]", "", match.group(1))
    cents = match.group(2) or ""
    return float(f"{whole}.{cents}" if cents else whole)


def _suffix_code(suffix: str) -> str:
    """ISO code for a currency word written after the number."""
    for pattern, code in _SUFFIX:
        if re.fullmatch(pattern, suffix):
            return code
    return "USD"


# "$30,000.00 (treinta mil pesos 00/100 M.N.)": the amount spelled out names the currency.
_SPELLED = re.compile(rf"^\s*\([^)]*?\b(?P<suffix>{_SUFFIX_ALT}|m\.\s?n)\b")


def _spelled_code(after: str) -> str | None:
    m = _SPELLED.match(after)
    if not m:
        return None
    return "PESO" if m.group("suffix").startswith("m.") else _suffix_code(m.group("suffix"))


def peso_currency(context: str) -> str:
    """Which peso the document means; Mexico is by far the commonest corridor."""
    folded = fold(context)
    for pattern, code in _PESO_COUNTRY:
        if pattern.search(folded):
            return code
    return "MXN"


def find_money(text: str, *, context: str = "") -> list[Money]:
    """Every amount of money in `text`, in order of appearance."""
    folded = fold(text)
    found: list[tuple[int, Money]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, amount: float | None, code: str | None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        if code == "PESO":
            code = peso_currency(context or text)
        found.append((start, Money(amount, code, folded[start:end])))

    for m in _CODE_BEFORE.finditer(folded):
        add(m.start(), m.end(), parse_number(m.group("num")), m.group("code").upper())
    for m in _SYMBOL_BEFORE.finditer(folded):
        code = _PREFIX[m.group("sym")]
        if len(re.sub(r"\D", "", m.group("num"))) < _MIN_DIGITS.get(m.group("sym"), 0):
            continue  # "Q3" is more often a quarter than three quetzales
        if m.group("suffix"):
            code = _suffix_code(m.group("suffix"))
        elif m.group("sym") == "$":
            after = folded[m.end() : m.end() + 90]
            code = "PESO" if _NATIONAL.match(after) else _spelled_code(after) or code
        add(m.start(), m.end(), parse_number(m.group("num")), code)
    for m in _AFTER.finditer(folded):
        add(m.start(), m.end(), parse_number(m.group("num")), _suffix_code(m.group("suffix")))
    for m in _WAGE_MULTIPLE.finditer(folded):
        add(m.start(), m.end(), None, None)
    return [money for _, money in sorted(found, key=lambda pair: pair[0])]


def principal(text: str, *, context: str = "") -> Money | None:
    """The first amount of `text`: the one a finding reports."""
    amounts = find_money(text, context=context)
    return amounts[0] if amounts else None
