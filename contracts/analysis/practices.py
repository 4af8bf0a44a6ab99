"""Abusive practices that need no price, stated affirmatively in a sentence."""

from __future__ import annotations

import re

from contracts.analysis.money import find_money
from contracts.analysis.polarity import EMPLOYER, WORKER, cues, negated
from contracts.analysis.practice_patterns import PRACTICES
from contracts.analysis.topics import topics

_KEEP_VERB = re.compile(
    r"\b(?:keep|keeps|kept|hold|holds|held|retain\w*|guardar\w*|guarda|guardan|conservar\w*|"
    r"recib\w*|conserva\w*|resguard\w*)\b"
)
# The worker, or "cada uno" / "each one" of them ("Cada uno guarda su pasaporte").
_WORKER_SUBJECT = re.compile(
    rf"\b(?:{WORKER}|cada (?:uno|una|quien)|(?:each|every) (?:one|person))\b(?!.*\b{EMPLOYER}\b)"
)
_GIVE_VERB = re.compile(r"\b(?:surrender\w*|hand|turn|deliver\w*|entregar\w*)\b")


_MONEY_ROUTE = frozenset("by via through por mediante direct directo bank bancario".split())
_VERB_BEFORE = frozenset("and y to then will must shall please also".split())
_MONEY_AFTER = re.compile(r" (?:[a-z]{1,3}\.? ?\$? ?\d|\$)")
_NOUN_AFTER = re.compile(r" (?:of|for|de|para|equal|amounting|is|are|will|must|required|as)\b")
_OBJECT_PLACE = re.compile(r" (?:\w+ ){1,5}(?:in|into|inside|at|on|en|dentro)\b")
# A verb with its object: "deposit the loads", "deposit them".
_VERB_OBJECT = re.compile(r" (?:the|their|his|her|its|all|any|each|every|them|it|these|those)\b")
# Paid "in cash or by deposit", "en efectivo o deposito": a pay route.
_PAY_CHOICE = re.compile(
    r"\b(?:cash|checks?|cheques?|efectivo|transfer\w*|transferencia)(?: \w+)? (?:or|o|u)\s*$"
)
# Where goods are stored ("llevarlas al deposito", "the depot"): a place, not money.
_PLACE_BEFORE = frozenset("al hasta desde".split())
# "el lunes le deposito": a pronoun before it makes the word a verb.
_CLITIC_BEFORE = frozenset("le les lo la se me te nos".split())
_ARTICLES = frozenset("el un su del al de como mi tu ese este dicho cualquier ningun".split())
# Deposits taken from customers are part of the job, not a cost to the worker.
_CUSTOMERS = re.compile(
    r"\b(?:from|de|a) (?:the |los |las )?(?:guests?|customers?|clients?|patrons?|passengers?|"
    r"tenants?|huespedes|clientes|pasajeros|inquilinos|usuarios)\b"
)


_CELL_WORDS = 4
# "The levy and the security bond are the Company's obligations": the employer's own bond.
_EMPLOYERS_BOND = re.compile(
    rf"\b(?:are|is) (?:the |an? )?(?:{EMPLOYER})'?s'? (?:own |sole )?(?:obligations?|expenses?|costs?|"
    rf"responsibilit(?:y|ies))\b|\b(?:paid|posted|covered|borne|lodged|furnished|put up|deposited|"
    rf"pagad[oa]|depositad[oa]|otorgad[oa]) (?:by|por) (?:the |el |la )?(?:{EMPLOYER})\b|"
    # "your employer pays the foreign worker levy, the S$5,000 security bond, ..."
    rf"\b(?:{EMPLOYER}) (?:pays|posts|covers|bears|paga|cubre) (?:the |all |el |la |los |las )?[^.;]*?\bbond|"
    # "the Club has already paid the landlord's security deposit", "el depósito ... lo pagó el parque"
    rf"\b(?:{EMPLOYER}) (?:has |have )?(?:already |ya )?(?:paid|pago|pays|paga)\b[^.;]*\b(?:deposit|deposito)|"
    rf"\b(?:deposit|deposito)\b[^.;]*\b(?:lo|la) (?:pago|paga|pagara|cubre|cubrio) (?:el |la )?(?:{EMPLOYER})\b|"
    # "alquiler y fianza a cargo de la empresa"
    rf"\b(?:fianzas?|depositos?|deposits?|bonds?)\b[^.;]{{0,40}}\b(?:a cargo de|por cuenta de|paid by|borne by|"
    rf"covered by) (?:la |el |the )?(?:{EMPLOYER})\b|"
    # a cost table row whose payer column names the employer
    r"\d[\d,.]*\)?(?: [\w/]+){0,6} (?:employer|company|empleador|empresa|patron)(?: ?/ ?\w+)?\.?$"
)


def _never_taken(sentence: str) -> bool:
    """ "The bond is never recovered from the Worker": the only money cue is a denied charge."""
    found = cues(sentence)
    return bool(found) and all(c.kind == "charge" and c.negated for c in found)


def _employer_cell(sentence: str) -> bool:
    """ "Employer / Patrón depósito": a wrapped table cell under the employer, no price, no worker."""
    return (
        len(sentence.split()) <= _CELL_WORDS
        and bool(_EMPLOYER_SUBJECT.search(sentence))
        and not re.search(rf"\b{WORKER}\b", sentence)
        and not find_money(sentence)
    )


def _verb_deposit(sentence: str, m: re.Match[str]) -> bool:
    """ "deposit fruit in bins", "paid by deposit": the word is a verb or a pay route."""
    if m.group(0) not in ("deposit", "deposits", "deposito", "depositos"):
        return False
    before = sentence[: m.start()].split()
    prev = before[-1] if before else ""
    if (
        prev in _MONEY_ROUTE
        or prev in _PLACE_BEFORE
        or prev in _CLITIC_BEFORE
        or _PAY_CHOICE.search(sentence[: m.start()])
    ):
        return True
    if _CUSTOMERS.search(sentence):
        return True
    after = sentence[m.end() :]
    # "Entendido, mañana deposito.": a first-person verb that ends the sentence.
    if m.group(0) == "deposito" and not after.strip(" .!?") and prev not in _ARTICLES:
        return True
    if _NOUN_AFTER.match(after) or _MONEY_AFTER.match(after):
        return False
    if _VERB_OBJECT.match(after):
        return True
    return prev in _VERB_BEFORE or bool(_OBJECT_PLACE.match(after))


_OWN_HANDS = re.compile(
    r" (?:en su (?:propio )?poder|in (?:his|her|their|your) (?:own )?(?:possession|hands|custody))\b"
)


# A party that could hold the papers: not one named as an owner ("las reglas de la empresa").
_HOLDER = re.compile(
    r"(?<!\bde )(?<!\bof )(?<!\bdel )(?<!\bde la )(?<!\bof the )\b(?:employers?|company|we|agency|"
    r"recruiter|empresa|empleador|patron|agencia|reclutador)\b"
)


_TO_WORKER = re.compile(
    rf"^\S+(?: over| back| in)? (?:to|a|al) (?:him|her|them|you|(?:the |el |la )?{WORKER})\b"
)
_AUTHORISED_HOLDER = re.compile(
    r"\b(?:autoriz\w+|authori[sz]e\w*|allow\w*|permit\w*|permito|doy permiso) (?:a |to )?(?:the |la |el )?"
    r"(?:agency|agencia|employer|empleador|company|empresa|recruiter|reclutador\w*|patron)\b[^.;]{0,12}$"
)
_TO_HOLDER = re.compile(
    r"^\S+(?: over| in)? (?:to|a|al) (?:the |la |el )?(?:agency|agencia|employer|empleador|company|"
    r"empresa|recruiter|reclutador|patron|supervisor|mayordomo|crew leader|foreman)\b"
)
# "Savings or holdbacks | None - wages are paid in full": the row says there are none.
_NONE_CELL = re.compile(r"(?: [\w-]+){0,2}? (?:none|nil|n/a)(?=\s*(?:[-\u2013\u2014:]|$))")
_LOCKER = re.compile(
    r"\b(?:lockers?|lockbox\w*|lock-box\w*|safe deposit box|casillero\w*|locker\w*|caja\w* (?:fuerte|"
    r"de seguridad|con (?:llave|candado))|gaveta\w*)\b[^.;]*\b(?:to|para) $"
)
_FROM_PAY = re.compile(
    r" (?:nothing |no \w+ |any \w+ |\w+ )?(?:out of |from )(?:the |your |his |her |their |each |any )?"
    r"(?:pay|wages?|paychecks?|salary|earnings)\b"
)
_IMPERATIVE_KEEP = re.compile(
    r"(?:keep|hold|guarde|guarden|conserve|conserven|mantenga|mantengan) (?:your|su|sus)\b"
)


def _worker_keeps(sentence: str, start: int, verb: str) -> bool:
    """The worker holding their own papers (or a give verb without the worker) is lawful."""
    before = sentence[max(0, start - 80) : start]
    # ("Autorizo a la agencia a conservar mi pasaporte": the agency holds the worker's own)
    if re.match(
        r"\S+ (?:(?:his|her|their|your|its|my) own|(?:sus?|mis?) propi[oa]s?|my|mi|mis)\b",
        sentence[start:],
    ) and not _AUTHORISED_HOLDER.search(before):
        return True
    # "conservar en su poder su pasaporte": kept in the worker's own hands.
    if _OWN_HANDS.match(sentence, start + len(verb)) and not _HOLDER.search(before[-30:]):
        return True
    # "un casillero con candado para guardar sus papeles": a locker the worker keeps them in.
    if _LOCKER.search(before) and re.match(
        r"\S+ (?:your|his|her|their|sus?|tus?)\b", sentence[start:]
    ):
        return True
    # "takes nothing from pay for tools, visas ...": a deduction, not papers taken.
    if _FROM_PAY.match(sentence, start + len(verb)):
        return True
    # "Keep your passport and visa with you": told to the worker, who keeps them.
    opening = re.sub(r"[\d.)]+|\b(?:please|kindly|por favor)\b", "", before)
    if _IMPERATIVE_KEEP.match(sentence[start:]) and not opening.strip(" -•*:,"):
        return True
    if _GIVE_VERB.match(verb):
        after = sentence[start : start + 60]
        # "shall hand over to him his passport": handed back; "Entregaré a LA AGENCIA": handed in.
        if _TO_WORKER.search(after):
            return True
        if _TO_HOLDER.search(after):
            return False
        return not re.search(rf"\b{WORKER}\b", before)
    return bool(_KEEP_VERB.match(verb)) and bool(_WORKER_SUBJECT.search(before))


_LENT_PAPERS = re.compile(
    r"\b(?:passports?|pasaportes?|documentos?)\b[^.;]{0,120}\b(?:se (?:le |les )?prestar\w*|lent|"
    r"loaned|will be lent)\b"
)
_BY_LAW = re.compile(
    r"\b(?:permitted|allowed|authori[sz]ed) (?:by|under) (?:article|art\.|section|the (?:labou?r )?law)\b|"
    r"\b(?:permitid[oa]s?|autorizad[oa]s?) por (?:el articulo|la ley)\b"
)
_EMPLOYER_SUBJECT = re.compile(
    r"\b(?:employers?|company|we|grower|agency|recruiter|contractor|empresa|empleador|patron|"
    r"compania|agencia|reclutador|contratista)\b"
)


_ADVANCE_VERB = re.compile(r"(?:adelant|anticip|advance[sd]?\b)(?!\w* (?:en efectivo|in cash))")
_SUM_ADVANCED = re.compile(
    r"\b(?:adelanto|anticipo|advance) (?:de|of) (?:up to |hasta )?(?:\$|[a-z]{1,3}\$? ?\d|\d)"
)
_LOAN_TERMS = re.compile(
    r"\b(?:interest|interes\w*|recargo\w*|loans?|prestamo\w*|prest[ao]\w*|lends?|lent|cash|"
    r"efectivo|pocket money|salary advance|wage advance|debts?|deudas?|money|dinero)\b"
)


def _advanced_cost(sentence: str, word: str) -> bool:
    """ "The fare is advanced by the company and deducted": the fare is the cost, not a loan."""
    if not _ADVANCE_VERB.match(word) or _LOAN_TERMS.search(sentence):
        return False
    # "un adelanto de 6,000 pesos para sus gastos de viaje": a sum of money lent, not a fare.
    if _SUM_ADVANCED.search(sentence):
        return False
    return any(c != "recruitment_fee" for c in topics(sentence))


# "owes the Company nothing"
_NOTHING = re.compile(
    r"(?: \w+){0,3}? (?:nothing|nada|ningun\w*|no (?:\w+ )?(?:fees?|penalt\w+|money|charges?|"
    r"amounts?|sums?|debt|multas?|cargos?|dinero))\b"
)
_RETURNED = re.compile(
    r"\b(?:returned|refunded|given back|devuelve|devuelven|devolvera|reembolsa)\b"
)
_PAY_DUTY = re.compile(r"(?:must|will|shall|has to|have to|is required|are required)\b")


def _employer_pays(sentence: str, start: int) -> bool:
    """ "If the work ends early, the employer will reimburse the fare": the nearer party pays."""
    before = sentence[:start]
    employer = [m.start() for m in _EMPLOYER_SUBJECT.finditer(before)]
    # ("If the Worker leaves the Employer ..., he shall pay": "he" is the worker again)
    worker = [m.start() for m in re.finditer(rf"\b(?:{WORKER}|he|she|they|ella)\b", before)]
    return bool(employer) and (not worker or employer[-1] > worker[-1])


def practice_hits(sentence: str) -> list[tuple[str, int]]:
    """(category, position) for each practice stated affirmatively in a folded sentence."""
    hits: list[tuple[str, int]] = []
    for practice in PRACTICES:
        if practice.unless and practice.unless.search(sentence):
            continue
        if practice.needs and not practice.needs.search(sentence):
            continue
        for m in practice.pattern.finditer(sentence):
            if negated(sentence, m.start()) or _NONE_CELL.match(sentence, m.end()):
                continue
            if practice.category == "deposit_or_bond" and (
                _verb_deposit(sentence, m)
                or _employer_cell(sentence)
                or _EMPLOYERS_BOND.search(sentence)
                or _never_taken(sentence)
            ):
                continue
            # "The deposit is returned on the last payday" only follows up the one stated.
            if (
                practice.category == "deposit_or_bond"
                and m.group(0) in ("deposit", "deposito")
                and _RETURNED.search(sentence)
                and not find_money(sentence)
            ):
                continue
            if practice.category == "debt_bondage" and _advanced_cost(sentence, m.group(0)):
                continue
            # "se le prestarán [los pasaportes] cuando salga", "deductions permitted by Article 66"
            if practice.category == "debt_bondage" and (
                _LENT_PAPERS.search(sentence) or _BY_LAW.search(sentence)
            ):
                continue
            if (
                practice.category == "breach_penalty"
                and _PAY_DUTY.match(m.group(0))
                and _employer_pays(sentence, m.start())
            ):
                continue
            if practice.category == "breach_penalty" and _NOTHING.match(sentence, m.end()):
                continue
            if practice.category == "document_retention" and _worker_keeps(
                sentence, m.start(), m.group(0).split()[0]
            ):
                continue
            hits.append((practice.category, m.start()))
            break
    return hits
