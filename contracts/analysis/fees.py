"""Turn clauses into fee findings: topic + who bears it, or an abusive practice."""

from __future__ import annotations

import re
from collections.abc import Callable

from contracts.analysis.language import detect_language
from contracts.analysis.lawful import FOR_CAUSE, LAWFUL, LAWFUL_MEAL, OPT_IN, PER_MEAL
from contracts.analysis.model import FeeFinding
from contracts.analysis.money import Money, find_money, priced_in, stated_total
from contracts.analysis.parties import as_firms
from contracts.analysis.payer import EMPLOYER, FROM_FIRM, WORKER
from contracts.analysis.payer_columns import before_due_date, row_payer
from contracts.analysis.polarity import (
    FIRST_PARTY,
    NOT_INCLUDED,
    THIRD_PARTY,
    balance,
    split_subclauses,
)
from contracts.analysis.practice_patterns import PRACTICE_CATEGORIES
from contracts.analysis.practice_words import WARNING
from contracts.analysis.practices import practice_hits
from contracts.analysis.rules import MEAL_CAP_USD_2026, fee_severity
from contracts.analysis.segment import Clause
from contracts.analysis.text import fold
from contracts.analysis.topics import (
    PASSPORT_ONLY,
    RECRUITER_PAYEE,
    VISA_PROPER,
    WAGE_WORDS,
    topics,
    untimed,
)

# ("If a worker damages a Company bus": the thing damaged is no cost of its own)
_SUPPRESSED_BY_DAMAGE = {"housing_charge", "equipment_charge", "travel_cost"}
# Practices whose sentence names costs only as what the practice takes or pays for.
_SWALLOWING = ("debt_bondage", "breach_penalty", "blacklisting_threat", "movement_restriction")
_DEPOSIT_ROUTES = ("equipment_charge", "housing_charge")
_TAKES_BACK = re.compile(
    r"\b(?:above|beyond|over|exceeding|in excess of|mas alla de|por encima de|que exceda\w*) "
    r"(?:that|this|the|ese|esa|este|esta|el|la) (?:amount|maximum|cap|limit|sum|monto|maximo|tope|"
    r"limite|cantidad)\b"
)
SHORT_WORDS = 3
_LABEL_PRICE_WORDS = 45
_PAYS_IT_BACK = re.compile(
    r"\b(?:pays?|paid|reimburses?|reimbursed|refunds?|repays?|returns?) (?:it|them|this|that|you)"
    r"(?: back)?\b|\b(?:se )?(?:lo|la|los|las) (?:reembolsa|devuelve|paga|reintegra)\w*"
)
# "..., y el de regreso sí lo paga el patrón": a second item, not the first one paid back.
_ANOTHER_ONE = re.compile(
    r"\b(?:el|la|los|las) de (?:regreso|vuelta|ida|retorno)\b|\bthe (?:return|outbound|inbound) (?:one|ticket|"
    r"trip|fare|flight)\b"
)
_COSTS = frozenset({"meal_charge", "housing_charge", "equipment_charge", "damage_chargeback"})
_CROSS_REFERENCE = re.compile(
    r"\b(?:in|of|under|see|per|del|de la|en el|en la|ver|segun (?:el|la)) (?:item|section|clause|"
    r"paragraph|article|punto|clausula|seccion|inciso|parrafo|articulo|numeral) \d|"
    # "se regirán por el Anexo 1": the annex states the terms, this sentence only points there.
    r"\b(?:se regir\w+ por|(?:is|are|will be|shall be) governed by|as set out in|(?:is|are) set out in|"
    r"segun lo (?:establecido|indicado) en|see|ver) (?:the |el |la )?(?:anexo|annex|appendix|schedule|"
    r"apendice|addendum|adenda)\b"
)
_WAGE_MEASURE = re.compile(
    r"\b(?:equal|equivalent|equivalente|igual|amounting)(?: \w+)? (?:to|a|al) (?:\w+ |\(\d+\) ){0,3}?"
    r"(?:months?'?s?|weeks?'?s?|mes(?:es)?|semanas?)(?: \w+)? (?:salary|wages?|pay|salario|sueldo|"
    r"pago)\b"
)
_SUM = re.compile(
    r"\b(?:fees?|charges?|cuotas?|aportacion\w*|aportes?|contributions?|sums?|suma|cantidad|"
    r"amounts?|monto|commissions?|comision\w*|paychecks?|cheques?)\b"
)
_SAME_SUBJECT = re.compile(
    r"(?:also |then |tambien )?(?:pays|gives|provides|reimburses|covers|buys|paga|da|cubre|"
    r"proporciona|reembolsa|compra)\b"
)
_NAMES_WORKER = re.compile(rf"\b{WORKER}\b")
_GUARANTEE = re.compile(r"\b(?:guarantee|garantia|security|bond|fianza)\b")
_FEE_FOR_VISA = re.compile(
    r"\b(?:service|processing|agency|placement|recruitment) (?:charge|fee)s?\b.*\b(?:for|covers?|"
    r"covering|includ\w+|por|cubre|incluye)\b (?:[\w'’]+ ){0,8}?(?:visas?|visados?)\b|"
    # "honorarios de asesoría, preparación para la entrevista consular y ...": what they buy.
    r"\bhonorarios (?:de|por) (?:[\w,]+ ){0,10}?(?:visas?|visados?|consular\w*)\b|"
    # "por la integración de su expediente, la gestión de la cita consular y el seguimiento"
    r"\b(?:integracion|gestion|seguimiento|asesoria|management|handling) (?:de |of )?(?:[\w,]+ ){0,6}?"
    r"(?:cita consular|consular appointment|tramite de (?:la )?visa)\b"
)
# "una aportación de 650 dólares, que cubre revisión de documentos, traducción y la plática":
# what a recruiter's fee is said to cover is what it pays for, not a cost of its own.
_FEE_COVERS = re.compile(
    r"\b(?:which|that|que|lo que) (?:\w+ )?(?:covers?|includes?|cubre|incluye|ampara)\b|"
    r"\b(?:covering|including|incluyendo|para cubrir|to cover)\b"
)
_LEAVING_EARLY = re.compile(
    r"\bbefore (?:completing|the end|finishing)|\bantes de (?:terminar|completar|cumplir|que termine)"
)
_ANNEX = re.compile(r"\b(?:anexo|annex|appendix|schedule|apendice|addendum|adenda)\b")
_POSTS_BOND = re.compile(
    r"\b(?:firm(?:a|an|ara|aran|ar|e|en)|signs?|signed|signing|deja\w* firmad[oa]|posts?|posted|"
    r"lodges?|lodged|entrega|entregan|entregara|entregaran)\b"
)


_ITEM_SUBJECT = re.compile(rf"(?:el|la|los|las|the|its|their|su|sus) (?!{EMPLOYER}\b)\w")
# "Damage beyond normal wear | Actual repair cost | When assessed": a price without a figure.
_AT_COST = re.compile(
    r"\b(?:actual|full) (?:repair |replacement )?cost\b|\bcosto (?:real|total) de (?:la )?(?:reparacion|"
    r"reposicion)\b"
)
_NOT_INCLUDED = re.compile(rf"\b(?:{NOT_INCLUDED})\b")
_PRICE_NOTE = re.compile(
    r"\b(?:is|es|son|are) (?:currently|actualmente|presently)\b|\b(?:keep|save|guard[ea]) (?:your|the|all|"
    r"su|sus|el|los) (?:\w+ )?(?:receipts?|recibos?|comprobantes?|facturas?)\b"
)
_FIRM_PAID = re.compile(rf"\b{FROM_FIRM}")
_ALLOWANCE = re.compile(r"\b(?:viaticos|per diems?|daily allowances?|subsistence allowances?)\b")
_ANSWERED = re.compile(r"\?[\s:|]*(?:\[\s*[x✓✔]?\s*\]|[☐☒☑])\s*(?:yes|si|no)\b")
_TICKED_YES = re.compile(r"(?:\[\s*[x✓✔]\s*\]|[☒☑])\s*(?:yes|si)\b")


def _groups(folded: str) -> list[tuple[str, list[str]]]:
    """Subclauses with their topics; a subclause without topics joins the one before."""
    groups: list[tuple[str, list[str]]] = []
    for part in split_subclauses(folded):
        found = topics(part)
        # "..., y el de regreso sí lo paga el patrón" is about another item, not the one before.
        if groups and not found and not _ANOTHER_ONE.search(part):
            text, cats = groups[-1]
            groups[-1] = (f"{text}; {part}", cats)
        else:
            groups.append((part, found))
    return groups


# A warning against paying names the price it warns about.
_WARNED = re.compile(
    rf"\b(?:{WARNING})\b.*\b(?:do not pay|don't pay|never pay|no (?:pague|pagues|paguen)|no le pague\w*|"
    r"report|denunci\w+|avis\w+|call|llame\w*|llamar|contact\w*|tell (?:us|hr|the office))\b"
)


def _implicit_charge(text: str, money: list[Money]) -> bool:
    """A price next to a cost ("Inscripción: $6,000 pesos") is a charge even without a verb."""
    if THIRD_PARTY.search(text):
        return False  # "The course charges members a $300 initiation fee"
    if len(text.split()) > _LABEL_PRICE_WORDS:
        return False  # a long sentence with no verb of paying is no "Item: price" line
    if _FIRM_PAID.search(text):
        return False  # "Received from: Kahurangi Steel Limited ... the sum of": the employer paid
    if _PRICE_NOTE.search(text):
        return False  # "The MRV fee is currently US$205; keep your receipt": a price, a refund
    if _ALLOWANCE.search(text):
        return False  # "viáticos de Q350 por día": a daily allowance is money the worker gets
    if _WARNED.search(text):
        return False  # "If anyone asks you for a 'registration' of S/ 500, do not pay"
    # "Placement fee equivalent to one month salary 22,000": the wage measures the fee.
    wage = WAGE_WORDS.search(text) and not _WAGE_MEASURE.search(text)
    priced = any(m.amount for m in money) or _AT_COST.search(text)
    return bool(priced) and not wage


def _shares_predicate(groups: list[tuple[str, list[str]]], at: int) -> bool:
    """ "La cuota de la visa, de 205 dólares, y el permiso corren por cuenta del patrón"."""
    if at + 1 >= len(groups):
        return False
    after = groups[at + 1][0].split(";")[0]
    # A second item that is the subject of the same relieving verb; a party starts a new one.
    return bool(_ITEM_SUBJECT.match(after)) and balance(after) == (False, True)


def _recruiter_cut(text: str, charge: bool) -> list[str]:
    """Money the worker hands a recruiter for nothing named is a recruitment fee."""
    if not charge or not RECRUITER_PAYEE.search(text):
        return []
    # "a sum equal to one month's salary" measures the fee; "pays your salary" is the job.
    first = FIRST_PARTY.search(text)
    if WAGE_WORDS.search(text) and not (first and first.group("worker")):
        return []
    if not (_SUM.search(text) or any(m.amount for m in find_money(text))):
        return []
    return ["recruitment_fee"]


def cost_categories(folded: str) -> list[str]:
    """Categories of the costs a folded sentence puts on the worker."""
    found: list[str] = []
    last: list[str] = []
    lifted = False
    groups = _groups(folded)
    for at, (text, cats) in enumerate(groups):
        if "damage_chargeback" in cats:
            cats = [c for c in cats if c not in _SUPPRESSED_BY_DAMAGE]
        charge, relief = balance(text)
        # "The company buys the ticket, and pays $16 a day for meals": same subject, same side.
        # ("..., and pays your visa fee of $205": the price is what the same subject pays)
        if lifted and _SAME_SUBJECT.match(text):
            if not charge:
                relief = True
            elif not _NAMES_WORKER.search(text):
                charge, relief = False, True
        lifted = relief and not charge
        # "You buy the ticket, and the company pays it back": "it" is the cost just named.
        if _PAYS_IT_BACK.search(text) and not charge and not _ANOTHER_ONE.search(text):
            found = [c for c in found if c not in last]
        # "reimburses the fare up to $150; any cost above that amount is the worker's"
        if charge and relief and _TAKES_BACK.search(text):
            relief = False
        if not cats:
            found += [c for c in _recruiter_cut(text, charge and not relief) if c not in found]
            continue
        if not charge and not relief and not _shares_predicate(groups, at):
            charge = _implicit_charge(text, find_money(text))
        if charge and not relief and (left_out := _NOT_INCLUDED.search(text)):
            # "Reimbursable travel costs do not include the visa fee": only the visa is charged.
            cats = [c for c in cats if c in topics(text[left_out.end() :])]
        last = [c for c in cats if c not in found] if charge and not relief else []
        found += last
    return found


def _fee_contents_dropped(folded: str, cats: list[str]) -> list[str]:
    """Costs named only as what a recruitment fee covers are that fee."""
    cover = _FEE_COVERS.search(folded)
    if "recruitment_fee" not in cats or not cover:
        return cats
    before = topics(folded[: cover.start()])
    if "recruitment_fee" not in before:
        return cats
    return [c for c in cats if c in before]


def sentence_categories(folded: str) -> list[str]:
    """Every fee category a folded sentence triggers, cost or practice."""
    cats = [] if FOR_CAUSE.search(folded) else cost_categories(folded)
    cats = [c for c in cats if not (c in LAWFUL and LAWFUL[c].search(folded))]
    # "a service charge of NPR 120,000 for processing his demand letter and visa": the visa is
    # what the fee pays for, not a visa fee of its own.
    if {"recruitment_fee", "visa_cost"} <= set(cats) and _FEE_FOR_VISA.search(folded):
        cats = [c for c in cats if c != "visa_cost"]
    cats = _fee_contents_dropped(folded, cats)
    sentence_topics = topics(folded)
    hits = practice_hits(folded)
    # What a loan pays for (the fare, the fees) is the debt, and the money a penalty clause
    # asks for ("pay AED 5,000 towards visa and ticket") is the penalty: one finding each.
    # A threat against complaining names the costs complained about, it does not charge them.
    if any(c in _SWALLOWING for c, _ in hits):
        cats = []
    # A deposit handed to an agency is that practice, not also a recruiter's cut.
    if hits and "recruitment_fee" not in sentence_topics:
        cats = [c for c in cats if c != "recruitment_fee"]
    hits = _settled(hits, folded)
    # The visa kept with the passport is a document, not a cost.
    if any(c == "document_retention" for c, _ in hits):
        cats = [c for c in cats if c != "visa_cost"]
    for category, _ in hits:
        if category == "deposit_or_bond":
            category = next((c for c in _DEPOSIT_ROUTES if c in sentence_topics), category)
        if category not in cats:
            cats.append(category)
    return cats


# When two practices read the same words, the one that says what really happens wins:
# (kept, dropped, when the sentence matches this).
def _no_money(folded: str) -> bool:
    """No amount of money, in figures or words, anywhere in the sentence."""
    return not find_money(folded)


_PRECEDENCE: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    # "firmará un pagaré que se hará efectivo si no termina" posts a bond; cashing it is the
    # bond's own condition, a penalty only where the sentence does not post it.
    ("deposit_or_bond", "breach_penalty", _POSTS_BOND.search),
    # A guarantee sum taken from the wages is a bond, not withheld wages.
    ("deposit_or_bond", "wage_withholding", _GUARANTEE.search),
    # Paying to leave before the contract ends is the penalty, whichever door it names.
    ("breach_penalty", "movement_restriction", _LEAVING_EARLY.search),
    # Papers kept "until the last day" are kept papers, not kept wages (unless money is kept).
    ("document_retention", "wage_withholding", _no_money),
)


def _settled(hits: list[tuple[str, int]], folded: str) -> list[tuple[str, int]]:
    """Practice hits with the losing side of each overlapping pair dropped."""
    for kept, dropped, when in _PRECEDENCE:
        found = {c for c, _ in hits}
        if {kept, dropped} <= found and when(folded):
            hits = [(c, at) for c, at in hits if c != dropped]
    return hits


def _by_payer_column(clause: Clause, folded: str, cats: list[str]) -> list[str]:
    """A cost table row's payer column decides whose cost the row is."""
    payer = row_payer(clause.text, clause.payers) if clause.payers else None
    if payer is None:
        return cats
    if payer == "other":
        # (a bond the employer lodges is the employer's money, not the worker's deposit)
        return [c for c in cats if c in PRACTICE_CATEGORIES and c != "deposit_or_bond"]
    if {"debt_bondage", "breach_penalty"} & set(cats):
        return cats  # what a loan or a penalty pays for is not a cost of its own
    costs = [c for c in topics(folded) if c not in cats]
    if "damage_chargeback" in costs:
        costs = [c for c in costs if c not in _SUPPRESSED_BY_DAMAGE]
    return cats + [c for c in costs if not (c in LAWFUL and LAWFUL[c].search(folded))]


def _meal_is_lawful(folded: str, money: Money | None, program: str) -> bool:
    """Under H-2A a meal charge at or below the published daily cap is not a finding."""
    if program != "h2a":
        return False
    if money is None or money.amount is None:
        return bool(LAWFUL_MEAL.search(folded) or OPT_IN.search(folded))
    per_day = money.amount * (3 if PER_MEAL.search(folded) else 1)
    return money.currency in (None, "USD") and per_day <= MEAL_CAP_USD_2026


def clause_findings(
    clause: Clause, program: str, *, page_language: str, context: str
) -> list[FeeFinding]:
    """Findings for one clause."""
    text = as_firms(priced_in(clause.text, clause.currency), context)
    folded = fold(text)
    # A question ("Do I have to pay for tools?") only frames the answer that follows it, and a
    # form's question ticked "No" ("asked you to pay a fee? [ ] Yes [X] No") denies it.
    if len(folded.split()) < SHORT_WORDS or folded.rstrip().endswith("?"):
        return []
    if _ANSWERED.search(folded) and not _TICKED_YES.search(folded):
        return []
    # "Processing fee, instalment 1 | JMD 42,500 | Orientation session" under "Due"
    judged = before_due_date(folded) if clause.payers and clause.payers.timing else folded
    cats = _by_payer_column(clause, folded, sentence_categories(judged))
    if not cats:
        return []
    amounts = [m for m in find_money(text, context=context) if m.amount is not None]
    # "Housing | Company | 0 EUR": a cost priced at nothing is no cost to anyone.
    if amounts and all(m.amount == 0 for m in amounts):
        cats = [c for c in cats if c in PRACTICE_CATEGORIES]
    money = stated_total(folded, amounts) or (amounts[0] if amounts else None)
    language = detect_language(clause.text)
    if language in ("und", "mixed"):
        language = page_language
    out: list[FeeFinding] = []
    for category in cats:
        if category == "meal_charge" and _meal_is_lawful(folded, money, program):
            continue
        # "the meal charge in item 14": the clause it points to is judged on its own words.
        if (
            money is None
            and category not in PRACTICE_CATEGORIES
            and _CROSS_REFERENCE.search(folded)
            and (category in _COSTS or _ANNEX.search(folded))
        ):
            continue
        passport_only = bool(PASSPORT_ONLY.search(folded)) and not VISA_PROPER.search(
            untimed(folded)
        )
        out.append(
            FeeFinding(
                category=category,
                severity=fee_severity(category, program, passport_only=passport_only),
                page=clause.page,
                excerpt=clause.text,
                amount=money.amount if money else None,
                currency=money.currency if money else None,
                bbox=clause.bbox,
                rule=f"{category}.{'passport' if passport_only else 'default'}"
                if category == "visa_cost"
                else category,
                language=language,
            )
        )
    return out
