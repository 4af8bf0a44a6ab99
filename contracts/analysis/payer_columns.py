"""Who pays, read from a cost table's header: a "Paid by" column, or a yes/no column per party.

Cost tables print the payer apart from the cost ("Visa fee | USD 190 | Hollow Creek", or
"Visa fee | USD 190 | Yes | No" under "Paid by employer | Paid by worker"); the row alone
never says whose cost it is, its header does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.money import find_money
from contracts.analysis.payer import EMPLOYER, WORKER
from contracts.analysis.polarity import NOTHING_CHARGED, balance
from contracts.analysis.text import fold

_HEADER_WORDS = 14
_BARE_PARTIES = 5  # "Concepto | La empresa | Usted"
# The other column names a cost table's header carries beside its payer column.
_COLUMN_NAMES = re.compile(
    r"\b(?:items?|amounts?|costs?|concepto|monto|costo|importe|cantidad|fees?|charges?|"
    r"particulars|description|descripcion|rubro|gasto|frequency|frecuencia|cuando|when)\b"
)
_PARTY = re.compile(rf"\b(?:(?P<worker>{WORKER})|{EMPLOYER})\b")
_PAYER_WORDS = re.compile(
    r"\b(?:paid by|who pays|paga$|pays$|borne by|payer|pagad[oa] por|quien (?:lo )?paga|a cargo de|"
    r"(?:lo |la |los |las )?cubre$|quien (?:lo |la )?cubre|(?<!\bse )paga(?! a\b| al\b)|"
    r"lo paga|responsible|responsable|who bears|cubierto por|corre por cuenta de|"
    r"(?:you|employer|worker|company|we) pays?|(?:usted|la empresa|el patron|el trabajador) paga|"
    r"paga (?:usted|la empresa|el patron|el trabajador))\b"
)
# A payee column ("Recibe", "Paid to") names who takes the money, not who pays it.
_PAYEE_WORDS = re.compile(r"\b(?:recibe|paid to|payee|se paga a|received by|cobra)\b")
_WHEN_PAID = re.compile(
    r"\b(?:cuando|when|como|how|donde|where|fecha)(?: (?:se|is|it is))? (?:paga|pays?|paid)\b"
)
# "Costs paid by the worker": a title naming the payer of every row, not a payer column.
_TITLE_PAYER = re.compile(
    rf"\b(?:paid by|borne by|pagad[oa]s? por|a cargo de|cubiert[oa]s? por)(?: (?:the|el|la|los|las))? "
    rf"{WORKER}\b(?! pays?\b| paga\b)"
)
_DUE = re.compile(r"\b(?:due|due date|payable|when payable|vence|vencimiento|fecha de pago|plazo)$")
_WORKER_ASKED = re.compile(
    rf"\b(?:charged to|deducted from|recovered from|cobrad[oa] (?:a|al)|descontad[oa] (?:a|al)) (?:the |el |la "
    rf"|each )?{WORKER}\W*$"
)
_PAYER_COLUMN = re.compile(r"\b(?:paid by|who pays|quien paga|pagad[oa] por|a cargo de|borne by)\b")
_PAYER_COLUMN_WORDS = 8
_REFUND_WORDS = re.compile(r"\b(?:refund\w*|reimburs\w*|reembols\w*|repaid|paid back|devuelv\w*)")
_SENTENCE_WORDS = 5
_DEPOSIT = re.compile(r"\b(?:deposits?|depositos?|fianzas?|bonds?|garantia)\b")
_QUALIFIES = re.compile(
    r"(?:'s?)?\s+(?:levy|levies|permits?|visas?|cards?|pass|fund|welfare|insurance|compensation|"
    r"accommodation|housing|dormitor\w+|program\w*|scheme)\b"
)
_ROW_NUMBER = re.compile(r"\s*\d{1,2}[.)]?\s+(?=[a-z])")
_YES_NO = re.compile(r"(?<![\w-])(?:yes|no|si|x|nil|✓|✔|☒|☑|☐)(?![\w-])")
_YES = ("yes", "si", "x", "✓", "✔", "☒", "☑")
_REFUNDED_TO = re.compile(
    r"\b(?:refunded|reimbursed|repaid|paid back|returned|devuelt[oa]s?|reembolsad[oa]s?|reintegrad[oa]s?|"
    r"pagad[oa]s?|paid|given|entregad[oa]s?) (?:in full |en su totalidad |completo )?(?:to|al|a la|a los|a)"
    r" (?:the |el |la |each |cada )?$"
)
# "MXN 2,500 por trabajador | EL PATRÓN": a price per head names no payer.
_PER_HEAD = re.compile(
    rf"\b(?:per|por|por cada|for each|each|/) (?:{WORKER}|person|persona|head|cabeza)\b(?=\W+\w)"
)
_FREE = re.compile(r"\b(?:free|gratis|gratuit[oa]s?|no cost|sin costo|at no charge)\b")
# "Not applicable to workers | Employer": the amount cell names who it does not apply to.
_MONEY_TAIL = re.compile(
    r"(?:(?<![\w-])\d[\d,.]*|nil|as charged|n/a|not applicable(?: to (?:the )?\w+)?|"
    r"no aplica(?: (?:a|al) (?:los |las |la |el )?\w+)?)\)?[:\s]+(?P<tail>.*)$"
)


@dataclass(frozen=True)
class PayerHeader:
    """What a cost table's header says about its payer columns."""

    parties: tuple[str, ...]  # "worker"/"other" per yes/no column, in order; () for one column
    refund: bool  # the table also says whether the worker gets the money back
    payee: bool = False  # the column names who takes the money ("Paid to"), not who pays
    timing: bool = False  # no payer, but a column saying when ("Due"): its cells are dates


def payer_header(line: str) -> PayerHeader | None:
    """The payer columns a short, number-free header line announces, else None."""
    # ("Importe aproximado¹": a footnote mark is no number)
    folded = fold(re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]", "", line)).strip()
    # ("Gasto Quién paga Su costo : ;": specks a scan leaves after the last column)
    folded = re.sub(r"(?:\s+[:;|])+$", "", folded)
    words = len(folded.split())
    # A header is a row of column names: no numbers, no sentence, no verb between parties.
    if re.search(r"\d", folded) or words > _HEADER_WORDS or folded.endswith((".", ";", ",")):
        return None
    # "... | Employer | Paid to the recruiter": a row's cell naming a payee, not a header.
    if re.search(
        rf"{_PAYEE_WORDS.pattern} (?:the |el |la |a la |al )?(?:{EMPLOYER}|{WORKER})\b", folded
    ):
        return None
    parties = tuple("worker" if m.group("worker") else "other" for m in _PARTY.finditer(folded))
    # "Cost | Amount | Paid to | Charged to employee?": one yes/no column, for the worker.
    if parties == ("worker",) and _WORKER_ASKED.search(folded) and not _PAYER_COLUMN.search(folded):
        return PayerHeader(parties, bool(_REFUND_WORDS.search(folded)))
    # "Cost element | Paid to | Amount | Employer | Worker": the party columns say who pays.
    bare_parties = re.search(
        rf"\b(?:{EMPLOYER}|{WORKER})\W+(?:(?:la|el|the) )?(?:{EMPLOYER}|{WORKER})"
        r"(?:\W+(?:notes?|remarks|nota|notas|observaciones|comments?))?$",
        folded,
    )
    if _PAYEE_WORDS.search(folded) and set(parties) == {"worker", "other"} and bare_parties:
        return PayerHeader(parties, bool(_REFUND_WORDS.search(folded)))
    if _PAYEE_WORDS.search(folded) and not _PAYER_WORDS.search(folded):
        # "Item | NT$ per month | Paid to": money paid to the employer is the worker's cost.
        return PayerHeader((), False, payee=True) if _COLUMN_NAMES.search(folded) else None
    # "Cuándo se paga", "When due": a column saying when, not who.
    payer_words = bool(_PAYER_WORDS.search(_WHEN_PAID.sub("", folded)))
    refund = bool(_REFUND_WORDS.search(folded))
    # ("Concepto | Importe aprox. | La empresa | La trabajadora": party columns at the end)
    ends_in_parties = bool(bare_parties) and bool(_COLUMN_NAMES.search(folded))
    if (
        "worker" in parties
        and "other" in parties
        and (payer_words or words <= _BARE_PARTIES or ends_in_parties)
    ):
        return PayerHeader(parties, refund)
    # "Cost to be paid by candidate": a title naming the payer of the whole table.
    if payer_words and not parties and _COLUMN_NAMES.search(folded):
        return PayerHeader((), refund)
    # "Item | Amount | Due": the cell after the price says when ("Orientation session").
    if not parties and not payer_words and _COLUMN_NAMES.search(folded) and _DUE.search(folded):
        return PayerHeader((), refund, timing=True)
    # "Cost | Paid by | Worker pays", "Who pays | Charged to you?": a payer column beside a
    # column for the worker's share; the payer cell of each row says whose cost it is.
    if (
        words <= _PAYER_COLUMN_WORDS
        and _PAYER_COLUMN.search(folded)
        and set(parties) == {"worker"}
        and _COLUMN_NAMES.search(folded)
        and not _TITLE_PAYER.search(folded)
    ):
        return PayerHeader((), refund)
    return None


def _price_end(folded: str) -> int:
    """Where the row's price starts being followed by its other cells (0 without a price)."""
    price = next((p for p in find_money(folded) if p.amount is not None), None)
    return max(folded.find(price.text), 0) if price else 0


def _number_end(folded: str) -> int:
    """Where a row's leading item number ends ("3 Agency service charge"), else 0."""
    m = _ROW_NUMBER.match(folded)
    return m.end() if m else 0


def before_due_date(folded: str) -> str:
    """A row under an "Item | Amount | Due" header up to its price: the rest says when."""
    end = _price_end(folded)
    price = next((p for p in find_money(folded[end:]) if p.amount is not None), None)
    return folded[: end + len(price.text)] if end and price else folded


def row_payer(row: str, header: PayerHeader) -> str | None:
    """ "worker" or "other": who a row under `header` says bears its cost; None if unclear."""
    if header.timing:
        return None
    folded = _PER_HEAD.sub(" ", re.sub(NOTHING_CHARGED, " ", fold(row)))
    if header.parties:
        if header.refund and set(header.parties) == {"worker", "other"}:
            # "Item | Paid by the worker | Reimbursed by the Employer": a sum in the refund
            # column is money given back; a zero there leaves the cost with the worker.
            sums = [m.amount for m in find_money(folded) if m.amount is not None]
            if len(sums) >= len(header.parties):
                return "other" if sums[-1] > 0 else "worker"
        # (the marks follow the price: "Pasaporte, si necesita uno | L 1,150 | ☒ | ☐")
        marks = _YES_NO.findall(folded[_price_end(folded) :])[: len(header.parties)]
        if len(marks) < len(header.parties):
            return None
        payers = {party for party, mark in zip(header.parties, marks, strict=True) if mark in _YES}
        if payers == {"other"} or (not payers and header.parties == ("worker",)):
            return "other"  # (a "No" under the one worker column: not charged to the worker)
        return "worker" if "worker" in payers else None
    # "3 | Worker | NPR 10,000 | The agency service charge ...": a payer cell of its own
    # (rows.table_rows marks it "paid by") before the price says it, whatever follows.
    cell = re.search(rf"(?:^|: )paid by (?:the |el |la )?{_PARTY.pattern}(?=:|$)", folded)
    if cell and cell.start() < _price_end(folded) and not header.payee:
        return "worker" if cell.group("worker") else "other"
    # The payer cell follows the price; a leading row number ("1 Service charge") is no price.
    start = max(_price_end(folded), _number_end(folded))
    charge, relief = balance(folded)
    if not start and relief and not charge and not header.payee:
        return "other"  # "Recruiting ...: paid by Employer: No worker may be charged"
    m = _MONEY_TAIL.search(folded, start)
    # "Your passport and visa stay with you.": a sentence after the table, not a row of it.
    if m is None and folded.rstrip().endswith(".") and len(folded.split()) >= _SENTENCE_WORDS:
        return None
    tail = m.group("tail") if m else folded
    if not re.search(r"[a-z]", tail):
        return None
    if _FREE.search(tail):
        return "other"  # "Daily rides | Free crew bus": nobody pays
    # Right after the price sits the payer cell, or else just before it ("Apartment | Worker |
    # $110"); without a price, the item's own first words ("Company housing") name no payer.
    item_end = len(" ".join(folded.split()[:2]))
    # "Foreign worker levy | Employer": a party that only qualifies the item is no payer.
    parties = (
        list(_PARTY.finditer(tail))[:1]
        if m
        else [
            p
            for p in _PARTY.finditer(tail)
            if p.start() > item_end and not _QUALIFIES.match(tail, p.end())
        ][:1]
    )
    parties = parties or list(_PARTY.finditer(folded[:start]))[-1:]
    party = parties[0] if parties else None
    if party is None and not m:
        return None  # a lone cell ("Uniform deposit") says nothing about its payer
    if header.payee:
        return None if party is None else "other" if party.group("worker") else "worker"
    if party and party.group("worker"):
        # "NPR 2,200 | Refunded to the Employee": the worker is who gets the money back.
        if _REFUNDED_TO.search(tail[: party.start()]):
            return "other"
        after = tail[party.end() :]
        # "Candidate pays at the bank: Reimbursed by the Employer in the first workweek"
        # (a deposit "returned at season end" is still a deposit)
        # (a "No" in a later column, "Taken from wages? No", does not undo the refund)
        back = _REFUND_WORDS.search(after)
        refunded = (header.refund and re.search(r"\b(?:yes|si)\b", after)) or (
            back
            and not re.search(r"\b(?:no|not|non|sin)\b", after[: back.end() + 4])
            and not _DEPOSIT.search(folded)
        )
        return "other" if refunded else "worker"
    return "other"
