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
    "MYR|OMR|BHD|JOD|ILS|KRW|JPY|CNY|PKR|KES|UGX|TZS|ETB|NGN|GHS|MMK|KHR|UZS"
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
    "₡": "CRC",
    "php": "PHP",
    "€": "EUR",
    "£": "GBP",
    "q": "GTQ",
    "$": "USD",
    "kd": "KWD",
    "rs.": "RUPEE",
    "rs": "RUPEE",
    "qr": "QAR",
    "dhs": "AED",
    "sr": "SAR",
    "hk$": "HKD",
    "rd$": "DOP",
    "bz$": "BZD",
    "tt$": "TTD",
    "ec$": "XCD",
    "bds$": "BBD",
    "a$": "AUD",
    "nz$": "NZD",
    "r$": "BRL",
    "ci$": "KYD",
    "nt$": "TWD",
    "ntd": "TWD",
    "s$": "SGD",
    "rm": "MYR",
    "tk.": "BDT",
    "tk": "BDT",
    "rp": "IDR",
    "s/.": "PEN",
    "s/": "PEN",
    "lps.": "HNL",
    "l.": "HNL",
    "lps": "HNL",
    "l": "HNL",
}
# Single-letter symbols that are also list markers or units need a real-looking amount.
_MIN_DIGITS = {"q": 2, "l": 3, "l.": 3, "sr": 3, "qr": 2, "tk": 3, "tk.": 3}
_SUFFIX = (
    (r"pesos?\s+filipinos?|philippine\s+pesos?", "PHP"),
    (r"pesos?\s+mexicanos?|mexican\s+pesos?", "MXN"),
    (r"pesos?\s+dominicanos?", "DOP"),
    (r"pesos?\s+colombianos?", "COP"),
    (r"dolares\s+canadienses|canadian\s+dollars?|cad", "CAD"),
    (r"dolares\s+jamaiquinos|jamaican\s+dollars?", "JMD"),
    (
        r"(?:us\s+|u\.s\.\s+|american\s+)?dollars?|dolares(?:\s+(?:americanos|"
        r"estadounidenses))?|dlls?\.?|dls\.?|usd",
        "USD",
    ),
    (r"pesos?", "PESO"),
    (r"quetzales|quetzal", "GTQ"),
    (r"lempiras?", "HNL"),
    (r"soles|nuevos\s+soles", "PEN"),
    (r"cordobas", "NIO"),
    (r"euros?|€", "EUR"),
    (r"bahraini\s+dinars?", "BHD"),
    (r"jordanian\s+dinars?", "JOD"),
    (r"dinars?|dinares", "KWD"),
    (r"qatari\s+riyals?", "QAR"),
    (r"omani\s+rials?|rials?", "OMR"),
    (r"riyals?", "SAR"),
    (r"taka", "BDT"),
    (r"nepal(?:ese|i)\s+rupees?", "NPR"),
    (r"sri\s+lankan\s+rupees?", "LKR"),
    (r"pakistani\s+rupees?", "PKR"),
    (r"indian\s+rupees?", "INR"),
    (r"rupees?|rupias", "RUPEE"),
    (r"(?:kenyan\s+)?shillings?", "KES"),
    (r"birr", "ETB"),
    (r"naira", "NGN"),
    (r"cedis?", "GHS"),
    (r"kyats?", "MMK"),
    (r"ringgit", "MYR"),
    (r"baht", "THB"),
    (r"rupiah", "IDR"),
    (r"dirhams?", "AED"),
)
# "1,35,000": South Asian grouping (lakhs) comes first, so it is read whole.
_LAKH_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}"
_NUM = rf"{_LAKH_NUM}(?:\.\d{{1,2}})?|\d{{1,3}}(?:[,. \u00a0]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?"
_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(_PREFIX, key=len, reverse=True))
_SUFFIX_ALT = "|".join(f"(?:{p})" for p, _ in _SUFFIX)
_CODE_BEFORE = re.compile(rf"\b(?P<code>{_CODES.lower()})\.?\s*(?P<num>{_NUM})(?![\d%])")
_SYMBOL_BEFORE = re.compile(
    rf"(?<![a-z0-9])(?P<sym>{_PREFIX_ALT})\s?(?P<num>{_NUM})(?![\d%])"
    rf"(?:\s+(?P<suffix>{_SUFFIX_ALT})\b)?"
)
_AFTER = re.compile(
    rf"(?<![\w$.,])(?P<num>(?:{_NUM})\s+(?:mil|thousand)|{_NUM}|(?:{WORDS_RUN.pattern}))\s+"
    rf"(?:de\s+)?(?P<suffix>{_SUFFIX_ALT})(?!\w)"
)
_CODE_AFTER = re.compile(rf"(?<![\w$.,])(?P<num>{_NUM})\s?(?P<code>{_CODES.lower()})\b")
# "$3,500.00 M.N.": moneda nacional, the local peso.
_NATIONAL = re.compile(r"^\s*m\.\s?n\.?(?!\w)")
_CODE_NEXT = re.compile(rf"\s?({_CODES.lower()})\b")
_THOUSANDS = re.compile(r"^(?P<num>.+?)\s+(?:mil|thousand)$")
_WAGE_MULTIPLE = re.compile(
    r"\b(?:(?:\w+|\d+)\s+(?:months?|weeks?|days?)'?s?\s+(?:salary|wages?|pay)|"
    r"(?:\w+|\d+)\s+(?:meses|semanas|dias)\s+de\s+(?:salario|sueldo|pago))\b"
)
_PESO_COUNTRY = (
    (re.compile(r"philippin|filipin|manila|\bofw\b|pilipinas"), "PHP"),
    (re.compile(r"colombia"), "COP"),
    (re.compile(r"dominican"), "DOP"),
    (re.compile(r"santiago de chile|republica de chile|chilen[oa]s?\b|chilean"), "CLP"),
    (re.compile(r"argentin"), "ARS"),
)
# An amount in lakhs with no currency named is in the money of the country the text names.
_LAKH_AMOUNT = re.compile(rf"(?<![\w$.,]){_LAKH_NUM}(?:\.\d{{1,2}})?(?![\d,])")
_LAKH_DIGITS = re.compile(r"(?<![\w$.,])(?P<num>\d+(?:\.\d+)?)\s?(?P<scale>lakhs?|lacs?|crores?)\b")
_LAKH_WORD = re.compile(r"\b(?:lakhs?|lacs?|crores?)\b")
_RUPEE_COUNTRY = (
    (re.compile(r"nepal|kathmandu"), "NPR"),
    (re.compile(r"sri lanka|colombo"), "LKR"),
    (re.compile(r"pakistan|lahore|karachi|islamabad"), "PKR"),
)
_SOUTH_ASIA = ((re.compile(r"bangladesh|dhaka|taka"), "BDT"), *_RUPEE_COUNTRY)


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
    match = re.fullmatch(rf"({_LAKH_NUM}|\d{{1,3}}(?:[,. ]\d{{3}})+|\d+)(?:[.,](\d{{1,2}}))?", raw)
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
    return _by_country(context, _PESO_COUNTRY, "MXN")


def _by_country(
    context: str, countries: tuple[tuple[re.Pattern[str], str], ...], default: str
) -> str:
    """The currency of the first country the document names, else `default`."""
    folded = fold(context)
    for pattern, code in countries:
        if pattern.search(folded):
            return code
    return default


def _lakhs(folded: str) -> list[tuple[int, int, float]]:
    """Amounts counted in lakhs or crores, in figures ("1,35,000", "2 lakh") or words."""
    found = [(m.start(), m.end(), parse_number(m.group(0))) for m in _LAKH_AMOUNT.finditer(folded)]
    for m in _LAKH_DIGITS.finditer(folded):
        scale = 10_000_000 if m.group("scale").startswith("crore") else 100_000
        found.append((m.start(), m.end(), float(m.group("num")) * scale))
    if _LAKH_WORD.search(folded):  # the word scan is only worth it where lakhs are named
        for m in WORDS_RUN.finditer(folded):
            if _LAKH_WORD.search(m.group(0)):
                found.append((m.start(), m.end(), parse_number(m.group(0))))
    return [(s, e, a) for s, e, a in found if a]


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
        elif code == "RUPEE":
            code = _by_country(context or text, _RUPEE_COUNTRY, "INR")
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
            named = _CODE_NEXT.match(after)  # "$9,800 MXN"
            code = named.group(1).upper() if named else code
            code = "PESO" if _NATIONAL.match(after) else _spelled_code(after) or code
        add(m.start(), m.end(), parse_number(m.group("num")), code)
    for m in _CODE_AFTER.finditer(folded):
        add(m.start(), m.end(), parse_number(m.group("num")), m.group("code").upper())
    for m in _AFTER.finditer(folded):
        add(m.start(), m.end(), parse_number(m.group("num")), _suffix_code(m.group("suffix")))
    for start, end, amount in _lakhs(folded):
        add(start, end, amount, _by_country(context or text, _SOUTH_ASIA, "INR"))
    for m in _WAGE_MULTIPLE.finditer(folded):
        add(m.start(), m.end(), None, None)
    return [money for _, money in sorted(found, key=lambda pair: pair[0])]


def principal(text: str, *, context: str = "") -> Money | None:
    """The amount a finding reports: the stated total, else the first amount of `text`."""
    amounts = find_money(text, context=context)
    priced = [m for m in amounts if m.amount is not None]
    return stated_total(fold(text), priced) or (amounts[0] if amounts else None)


# "$14 each ... a total of $51", "$75.00 per week (total $300.00)": the total is the cost.
_TOTAL = re.compile(
    r"\b(?:total|totals|totaling|totalling|en total|in all|en suma)\b\W{0,3}(?:\w+\W{1,3}){0,2}$"
)


def stated_total(folded: str, amounts: list[Money]) -> Money | None:
    """The amount that a 'total' word introduces, if any."""
    for money in amounts[1:]:
        start = folded.find(money.text)
        if start > 0 and _TOTAL.search(folded[:start]):
            return money
    return None


# A table column headed "Amount (PHP)" or "Deduction TWD per month" prices the bare numbers
# under it ("Airfare Manila-Doha 14,500.00").
_HEADER_CURRENCY = re.compile(
    rf"(?:^|[\s(/])(?P<code>{_CODES.lower()}|nt\$|us\$|\$|₱)(?=$|[\s)/:,])|"
    rf"\b(?P<word>{_SUFFIX_ALT})\b"
)
_HEADER_WORDS = 8
_BARE_AMOUNT = re.compile(
    r"(?<![\w$₱€£.,/(-])(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}|\d{2,}(?:\.\d{1,2})?)"
    r"(?![\d%/\w)-])"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def column_currency(line: str, *, context: str = "") -> str | None:
    """The currency a short table header line names without any amount, else None."""
    folded = fold(line)
    if re.search(r"\d", folded) or len(folded.split()) > _HEADER_WORDS:
        return None
    # "El trabajador cubre cuatro mil quinientos pesos": an amount in words, not a header.
    if any(m.amount for m in find_money(folded)):
        return None
    m = _HEADER_CURRENCY.search(folded)
    if not m:
        return None
    if m.group("word"):
        code = _suffix_code(m.group("word"))
    else:
        code = _PREFIX.get(m.group("code"), m.group("code").upper())
    if code == "PESO":
        return peso_currency(context or line)
    return _by_country(context or line, _RUPEE_COUNTRY, "INR") if code == "RUPEE" else code


def priced_in(text: str, code: str | None) -> str:
    """`text` with the column's currency code written before each bare amount."""
    if not code or any(m.amount is not None for m in find_money(text)):
        return text
    return _BARE_AMOUNT.sub(
        lambda m: m.group(0) if _YEAR.fullmatch(m.group(0)) else f"{code} {m.group(0)}", text
    )
