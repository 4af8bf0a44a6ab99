"""Who bears a cost: charge and relief cues, each with its negation scope."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.negation import negated
from contracts.analysis.payer import CHARGE, EMPLOYER, RELIEF, THIRD_PARTY, WORKER
from contracts.analysis.practice_words import WARNING

__all__ = [
    "EMPLOYER",
    "FIRST_PARTY",
    "THIRD_PARTY",
    "WORKER",
    "balance",
    "cues",
    "negated",
    "split_subclauses",
    "worker_bears",
]

COMPLAINT_ABOUT = (
    r"\b(?:complain\w*|complaints?|quej\w+|reclam\w+|grievances?) (?:about|of|regarding|over|sobre|"
    r"de|por|acerca de) (?:[\w-]+,? ){0,6}?(?:or|and|o|y|u) [\w-]+"
)
NOTHING_CHARGED = (
    r"(?:\b[a-z]{3} ?|\$ ?|\b)0(?:[.,]00?)? (?:(?:is |are )?(?:charged|billed|payable|paid) (?:to|by)|"
    r"(?:cobrad[oa]s?|a cargo|pagad[oa]s?) (?:a|al|del|de|por)) (?:the |el |la |los |las )?"
    rf"{WORKER}\b"
)
# Telling workers to report demands for money is not a demand for money.
NEUTRAL = re.compile(
    r"\b(?:report|denunci\w+|reportar?\w*|avis\w+) (?:to \w+ )?(?:a |al )?(?:anyone|anybody|"
    r"any person|cualquier\w*|quien|quienes)(?: persona)? (?:who |que )?(?:le |les |you )?"
    r"(?:\w+ ){0,2}?(?:asks?|pid\w+|pide\w*|cobr\w+|charges?|requests?|demands?|solicit\w+)"
    r"\b[^.;]*"
    # "quien le pida dinero por este empleo comete una falta y debe ser reportado"
    r"|\bquien(?:es)? (?:le |les )?(?:pida|pidan|cobre|cobren|exija|exijan|solicite|soliciten) (?:\w+ ){0,8}?"
    r"(?:comete|cometen|incurre|incurren|debe ser|deben ser|sera|seran) (?:\w+ ){0,3}?(?:falta|delito|"
    r"reportad\w*|denunciad\w*|sancionad\w*)\b[^.;]*"
    r"|\b(?:anyone|whoever|any person) (?:who )?(?:asks?|charges?|demands?|requests?) (?:\w+ ){0,8}?"
    r"(?:should|must|will|is|are) (?:be )?(?:reported|denounced|sanctioned|punished|breaking)\b[^.;]*"
    # "no pague y llame gratis": advice not to pay, whose "no" reaches no further.
    r"|\b(?:no (?:le )?pague\w*|nunca pague\w*|do not pay|don't pay|never pay)\b(?= (?:y|and|,|nada|anything))"
    # "complain about pay, housing or safety": what a complaint is about charges nothing.
    rf"|{COMPLAINT_ABOUT}"
    # "pedirle dinero, regalos o trabajo gratis": free labour asked of the worker is no relief.
    r"|\b(?:trabajos?|jornadas?|dias) (?:gratis|gratuit[oa]s?)\b|\bfree (?:labou?r|work)\b"
    # The regulation's own carve-out, quoted in job orders: "This provision does not prohibit
    # employers ... from receiving reimbursement for costs that are the responsibility of the worker"
    r"|\b(?:this|the) (?:provision|section|rule|regulation|paragraph) does not (?:prohibit|bar|prevent)\b[^.;]*"
    # "PHP 0.00 charged to the worker": a charge of nothing.
    rf"|{NOTHING_CHARGED}"
    # "la agencia, a la que pagamos por sus servicios": whom the employer pays, not who charges.
    r"|\b(?:a la que|al que|a quien(?:es)?|a los que|a las que|to whom|to which) (?:(?:nosotros )?"
    r"(?:le |les )?pagamos|(?:we|the employer|the company) (?:pay|pays|paid)|(?:la empresa|el empleador|"
    r"el patron) (?:le |les )?(?:paga|pago|pagara))\b[^,;.]*"
)

# "A worker who damages a company vehicle will pay": the clause that only says which worker
# names no payer ("company" there is a vehicle's owner), so its words are not read as cues.
_RELATIVE = re.compile(
    rf"\b{WORKER} (?:who|that|que|quien|quienes) (?P<inner>(?:[\w'-]+,? ){{1,14}}?)"
    r"(?=(?:(?:no|not|never|nunca) )?(?:will|shall|must|may|has to|have to|pays?|owes?|covers?|"
    r"reimburses?|debe\w*|debera\w*|tendra\w*|tiene que|tienen que|"
    r"pagar\w*|cubrir\w*|asumir\w*|reembolsar\w*|devolver\w*)\b)"
)
_MONEY_WORD = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|pag\w+|cobr\w+|charg\w+|cover\w*|cubr\w+|reimburs\w+|"
    r"reembols\w+|refund\w*|devol\w+|devuelv\w+|deduct\w*|descont\w*|descuent\w*|owe\w*|"
    r"fees?|costs?|costo\w*|cuotas?|free|gratis|expense\w*|gastos?|cuenta|cargo)\b"
)


def _who_clause(m: re.Match[str]) -> str:
    """Mask a relative clause that only identifies the worker; keep one that pays."""
    inner = m.group("inner")
    if _MONEY_WORD.search(inner):
        return m.group(0)
    # One placeholder word of the same length keeps positions and "worker ... pays" adjacency.
    return m.group(0)[: m.start("inner") - m.start()] + "_" * (len(inner) - 1) + " "


# "any other visa-related fee you paid are reimbursed": the payment named is what is repaid.
_PAID_BEFORE = re.compile(
    r"\b(?:fees?|costs?|charges?|amounts?|expenses?|sums?) (?P<who>(?:that |which )?(?:you|the workers?|"
    r"workers|he|she|they|usted|el trabajador) (?:have |has |had )?(?:paid|pago|pagaron|haya pagado))\b"
)


def _cost_only(m: re.Match[str]) -> str:
    """Keep the cost a "fee you paid" names; blank who paid it, positions kept."""
    return m.group(0)[: m.start("who") - m.start()] + " " * len(m.group("who"))


# "Si algún intermediario le pide dinero ..., repórtelo": a warning about others' demands.
_WARNING = re.compile(rf"(?:^|\b)(?:{WARNING})\b[^,;]*")


@dataclass(frozen=True)
class Cue:
    """One charge or relief phrase found in a subclause."""

    kind: str  # "charge" or "relief"
    start: int
    text: str
    negated: bool


_RELIEF_RE = [re.compile(p) for p in RELIEF]
_CHARGE_RE = [re.compile(p) for p in CHARGE]
# A refund or payment the worker makes (active voice) is a charge, not a relief.
_WORKER_REFUND = re.compile(
    # ("al trabajador se le reembolsarán": paid back to him, not by him)
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?<!\bse le )(?<!\bse les )(?:reimburses?|repays?|refunds?|"
    rf"reembolsar\w*|devolver\w*|(?:le |les |se lo |se la )?(?<!\bse le )(?<!\bse les )"
    rf"(?:reembolsa|reembolsara|devuelve|devolvera)n?)\b"
)
# In a loan, "repay" is the borrower paying the lender back, no relief for the worker.
_LOAN = re.compile(
    r"\b(?:loans?|lends?|lent|prestamos?|prestar\w*|presta|adelantos?|anticipos?|cash advances?|"
    r"(?:is|are|was|were|be) (?:advanced|fronted))\b"
)
_REPAY = re.compile(r"(?:repa|devol|devuel|paid back|pay\w* (?:\w+ )?back)")
# "Reimbursable costs do not include the visa fee": what a relief leaves out.
NOT_INCLUDED = r"(?:do|does|will|shall) not (?:include|cover)|no (?:incluye|incluyen|cubre|cubren|comprende|comprenden)"
_EXCLUDES = re.compile(rf"(?: [\w-]+){{0,3}}? (?:{NOT_INCLUDED})\b")
_DEPOSIT = re.compile(r"\b(?:deposits?|depositos?|fianzas?|guarantee|garantia)\b")
_DEPOSIT_BACK = re.compile(
    r"(?:paid back|pay\w* (?:it |them )?back|refund\w*|reimburs\w*|return\w*|devuel\w*|devolv\w*|"
    r"reembols\w*|reintegr\w*)(?: \w+){0,3}? (?:at|upon|on|after|al|a la|despues de) "
    r"(?:the )?(?:end|final|fin|termino|terminar|completion|conclusion)\b"
)
# "deducted ... as refund of her ticket": the worker refunding is a charge.
_AS_REFUND = re.compile(r"\b(?:as|in|como|en) (?:a |an |the )?$")
# An employer's advance is a loan when the same clause recovers it from the pay.
_ADVANCE = re.compile(
    rf"(?:advanced|fronted|adelantad|anticipad)|(?:the |el |la )?{EMPLOYER}\b.*\b(?:advances?|"
    r"adelanta|anticipa)\b"
)
_EXEMPT = re.compile(r"(?:exempt|exent)")
_ONLY_COMPLETERS = re.compile(r"only (?:to|for|if|when)\b")
_DEDUCTS = re.compile(
    r"(?:deduct|withh|descont|descuent|se (?:lo |la |los |las )?(?:le |les )?descuenta)"
)
_THEN = re.compile(r"\b(?:then|later|afterwards|luego|despues|mas tarde)\b")
_RECOVERS = re.compile(r"(?:recover|recoup|recuper|(?:se |lo |la )(?:le |les )?recupera)")
_ELIDED_PAY = re.compile(r"(?:se (?:le |les )?)?paga")
_WORKER_BEFORE = re.compile(rf"\b{WORKER}\b(?: \w+){{0,2}} $")
_PAY_NOUN = re.compile(r"\b(?:receives?|gets?|earns?|keeps?|recibe\w*) (?:\w+ )?pay$")
_BY_WORKER = re.compile(rf"\w+ (?:for )?by (?:the |each )?{WORKER}\b")
_HEADER_PAYER = re.compile(r"(?:paid by|pagado por|who pays|quien paga)")
_PROVISION = re.compile(r"(?:provided|furnished|supplied|given|proporcionad|suministrad)")
# "por su cuenta", "at its own expense": on the account of whoever the sentence is about.
_OWN_ACCOUNT = re.compile(r"(?:por (?:su|sus) |(?:at|a) (?:its|his|her|their) )")
# Employers named by their trade that are also things a worker pays for ("el hotel mientras sale
# la visa ... van por su cuenta").
_PLACES_AS_COSTS = frozenset({"hotel", "lodge", "inn", "park", "parque", "plant", "planta", "club"})
# The subject, roughly: the first party a subclause names.
FIRST_PARTY = re.compile(rf"\b(?:(?P<worker>{WORKER})|{EMPLOYER})\b")
_PRICE = re.compile(r"\$|\d")
_GIVES = re.compile(r"\b(?:da|dara|dan|provides?|gives?|ofrece|proporciona|offers?)$")
_INNER_NEGATION = re.compile(r"\b(?:not|never|no|nunca|jamas)\b")
_BARE_PAY = re.compile(
    r"(?:will|shall|must) (?:also )?pay$|(?:debe|debera|tendra que) (?:tambien |ademas )?pagar$"
)
_NEGATED_OBJECT = re.compile(r" (?:no|nothing|nada|ningun\w*|none|zero)\b")
# A relief that is itself a negation ("no charge", "sin costo", "owes nothing") is not undone
# by another one ("has paid no fee and owes nothing").
_SELF_NEGATED = re.compile(r"\b(?:no|without|sin|nothing|nada|none)\b")
SUBCLAUSE_SPLIT = re.compile(
    r";|\s(?:but|pero|however|sin embargo|unless|a menos que|except|excepto|salvo|"
    r"mientras que|whereas)\s|\swhile\s(?!(?:\w+ ){0,2}wait)|,\s(?:and|y|or|o)\s"
)


def cues(text: str) -> list[Cue]:
    """All charge and relief cues in one folded subclause."""
    text = NEUTRAL.sub(lambda m: " " * len(m.group(0)), text)
    text = _WARNING.sub(lambda m: " " * len(m.group(0)), text)
    text = _PAID_BEFORE.sub(_cost_only, text)
    text = _RELATIVE.sub(_who_clause, text)
    found: list[Cue] = []
    spans: list[tuple[int, int]] = []
    for kind, patterns in (("relief", _RELIEF_RE), ("charge", _CHARGE_RE)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                if kind == "relief" and _WORKER_REFUND.search(text[: m.end()]):
                    continue
                if kind == "relief" and _REPAY.match(m.group(0)) and _LOAN.search(text):
                    continue
                if kind == "relief" and _EXCLUDES.match(text, m.end()):
                    continue  # "Reimbursable costs do not include the visa fee": not repaid
                if (
                    kind == "relief"
                    and _DEPOSIT_BACK.match(text, m.start())
                    and _DEPOSIT.search(text)
                ):
                    continue  # a deposit "paid back at the end of the season" was still taken
                if kind == "relief" and _AS_REFUND.search(text[: m.start()]):
                    continue
                # "is to be repaid by you": the worker repays, a charge.
                if kind == "relief" and _BY_WORKER.match(text, m.start()):
                    continue
                if any(s <= m.start() < e for s, e in spans):
                    continue
                # "el trabajador paga su boleto de regreso": the worker pays, no elided employer.
                if (
                    kind == "relief"
                    and _ELIDED_PAY.match(m.group(0))
                    and _WORKER_BEFORE.search(text[: m.start()])
                ):
                    continue
                # "you still receive pay for your hours": pay the noun, not the verb.
                if kind == "charge" and _PAY_NOUN.search(m.group(0)):
                    continue
                spans.append((m.start(), m.end()))
                inner = (
                    kind == "charge"
                    and bool(_INNER_NEGATION.search(m.group(0)))
                    and not _EXEMPT.search(m.group(0))
                )
                # ", and will pay the worker ...": the subject is the previous subclause's.
                if (
                    kind == "charge"
                    and _BARE_PAY.match(m.group(0))
                    and _employer_before(text, m.start())
                ):
                    continue
                # "Workers pay no recruitment fee": the negation follows the verb.
                if kind == "charge" and _NEGATED_OBJECT.match(text, m.end()):
                    inner = True
                if kind == "relief" and _SELF_NEGATED.search(m.group(0)):
                    found.append(Cue(kind, m.start(), m.group(0), False))
                    continue
                found.append(Cue(kind, m.start(), m.group(0), inner or negated(text, m.start())))
    return _overruled(text, found)


def _employer_before(text: str, start: int) -> bool:
    """No subject before the verb, or the nearest party before it is the employer."""
    before = text[:start]
    if not before.strip():
        return True
    parties = list(FIRST_PARTY.finditer(before))
    return bool(parties) and not parties[-1].group("worker")


def _overruled(text: str, found: list[Cue]) -> list[Cue]:
    """Drop reliefs a charge takes back: an advance that is recovered from the pay, and a
    refund the worker makes ("workers who leave early must repay the fare")."""
    # Not providing something is not charging for it: "Housing is not provided".
    found = [
        c for c in found if not (c.kind == "relief" and c.negated and _PROVISION.match(c.text))
    ]
    charges = [c for c in found if c.kind == "charge" and not c.negated]
    if not charges:
        return found
    first = FIRST_PARTY.search(text)
    worker_subject = bool(first and first.group("worker"))
    # A fee schedule row ending in its payer ("... NPR 75,000 Worker") outranks the header
    # words "Paid by" that the row was joined with.
    column = any(c.start + len(c.text) >= len(text.rstrip(" .")) - 1 for c in charges)
    priced = any(_PRICE.search(c.text) for c in charges)
    kept = []
    for cue in found:
        if column and cue.kind == "relief" and _HEADER_PAYER.match(cue.text):
            continue
        # "El patrón da casa ..., la renta es de 75 dólares": providing it is no paying for it.
        if priced and cue.kind == "relief" and not cue.negated and _GIVES.search(cue.text):
            continue
        if (
            cue.kind == "charge"
            and _OWN_ACCOUNT.match(cue.text)
            and first
            and not worker_subject
            and first.group(0) not in _PLACES_AS_COSTS
        ):
            cue = Cue("relief", cue.start, cue.text, cue.negated)
        if cue.kind == "relief" and _ADVANCE.search(cue.text):
            continue
        if cue.kind == "relief" and any(_ONLY_COMPLETERS.match(c.text) for c in charges):
            continue
        # "El empleador paga el boleto ... y recupera 380 dólares de ese costo": paid, then taken back.
        # "pays the fee up front and then deducts $160 from each worker's pay": an advance.
        if cue.kind == "relief" and any(
            c.start > cue.start
            and (
                _RECOVERS.search(c.text)
                or (_DEDUCTS.match(c.text) and _THEN.search(text[cue.start : c.start]))
            )
            for c in charges
        ):
            continue
        inside = any(c.start <= cue.start < c.start + len(c.text) for c in charges)
        if cue.kind == "relief" and inside and _BY_WORKER.match(text, cue.start):
            continue
        if (
            cue.kind == "relief"
            and inside
            and ((worker_subject and _REPAY.match(cue.text)) or _EXEMPT.match(cue.text))
        ):
            continue
        kept.append(cue)
    return kept


def balance(text: str) -> tuple[bool, bool]:
    """(the worker bears a cost, the cost is lifted) for a folded span of text."""
    charge = relief = False
    for cue in cues(text):
        positive = (cue.kind == "charge") != cue.negated
        if positive:
            charge = True
        else:
            relief = True
    if THIRD_PARTY.search(text):
        charge = False
    return charge, relief


def worker_bears(text: str) -> bool:
    """Whether a folded subclause group puts the cost on the worker."""
    charge, relief = balance(text)
    return charge and not relief


def split_subclauses(text: str) -> list[str]:
    """Subclauses of a folded sentence, split where negation scope and payer can change."""
    return [part.strip() for part in SUBCLAUSE_SPLIT.split(text) if part and part.strip()]
