"""Who bears a cost: charge and relief cues, each with its negation scope."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.payer import CHARGE, EMPLOYER, RELIEF, THIRD_PARTY, WORKER

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

# Phrases that contain a negator but do not negate anything nearby.
_NOT_NEGATION = re.compile(
    r"\b(?:no|not) (?:later|more|less|sooner|earlier|fewer) than\b|\bnot only\b|\bno solo\b|"
    r"\bno (?:mas|menos) (?:de|que)\b|\bno exceder\w*\b|\bnot to exceed\b|\bno\. ?\d|"
    # An answer ("No. You live free ...") does not negate the sentence that follows it.
    r"(?:^|^[a-z]{1,2}: |[.?!:] )(?:no|nope)[.,!](?=\s)|"
    # "costs not yet reimbursed" are still to be reimbursed.
    r"\bnot yet\b|\b(?:aun|todavia) no\b|\bnone(?= \()|"
    # "No worker is exempt from the fee" is a charge cue of its own, not a negator.
    r"\b(?:no|ningun\w*|nadie|nobody|no one|none)\b(?: \w+){0,3}? (?:is|are|will be|shall be|"
    r"queda\w*|esta\w*|sera|seran) (?:exempt\w*|exent[oa]s?)\b"
)
_QUANTIFIER = re.compile(
    r"(?:nobody|no[- ]one|nadie|none|nothing|nada|ningun\w*|neither|no (?:\w+ )?(?:worker|"
    r"employee|person|"
    r"fee|charge|amount|sum|part|portion|deduction|monto|cantidad|parte|descuento|"
    r"deposit|money|payment|cost|trabajador\w*|persona|cuota|cobro|pago|costo|deposito|"
    r"recruiter|agency|reclutador|agencia|employer|empleador))\b"
)
_NEGATOR = re.compile(
    r"\b(?:sin que|no|not|never|without|neither|nor|none|nobody|nothing|nadie|nada|nunca|jamas|ni|sin|"
    r"ningun[oa]?|tampoco|cannot|n't|forbid\w*|prohib\w*)\b|n't\b"
)
# Adverbials that negate their whole clause, however far the verb: "under no circumstances".
_CLAUSE_NEGATOR = re.compile(
    r"\b(?:(?:under|in|at) no (?:circumstances?|case|event|time|point)|in no way|"
    r"(?:en|bajo) ningun(?:a)? (?:caso|circunstancia|momento|concepto|motivo)|"
    r"de ninguna (?:manera|forma))\b[^;]*$"
)
# "no rent, utility charge or bedding deposit": one negator over a list of nouns.
_NOUN_LIST = re.compile(
    r"^(?:\s*[\w-]+(?: [\w-]+){0,2},)+(?: [\w-]+){0,3}? (?:or|and|nor|o|u|y|ni)(?: [\w-]+){0,2}\s*$"
)
# "no se exige fianza, pagare, escritura ni garantia": a negated list that runs on to its
# closing "ni"/"nor"/"or" keeps every item in the negator's scope.
_LIST_HEAD = re.compile(r"^(?: [\w-]+){1,4},(?: [\w-]+(?: [\w-]+){0,2},)*\s*$")
_LIST_TAIL = re.compile(
    r"^[\w-]+(?: [\w-]+){0,2}(?:, [\w-]+(?: [\w-]+){0,2})*,? (?:ni|nor|or|o|u)\b"
)
# A sentence end or a colon closes the scope of "no fee", "nadie" ...
_SCOPE_END = re.compile(r"(?<![a-z]\.[a-z])(?<!\binc)(?<!\bltd)(?<!\bco)[.!?:]\s")
_AUX = re.compile(
    r"^(?:will|must|shall|would|should|may|can|could|is|are|be|been|was|were|has|have|had|does|"
    r"do|did|debe|deben|debera|deberan|tendra|tendran|puede|pueden|podra|podran|sera|seran|es|"
    r"son|va|van|hay)$"
)
_BOUNDARY = re.compile(
    r"[,:;)]|\b(?:who|which|that|whose|if|when|que|quien|quienes|si|cuando|cuyo)\b"
)
MAX_GAP = 4
# Spanish object pronouns sit between a negator and its verb ("no le seran devueltos").
_CLITICS = frozenset({"le", "les", "lo", "la", "los", "las", "se", "me", "te", "nos"})
MAX_QUANTIFIER_GAP = 12
_RELATIVE = re.compile(r", (?:which|que|lo cual|la cual|el cual)\b")
# Words that only make sense under a negation ("not ... any", "no ... ningun") extend its scope.
_ANY = re.compile(r"\b(?:any|anything|anyone|anybody|ever|ningun\w*|alguno)\b")


# Telling workers to report demands for money is not a demand for money.
NEUTRAL = re.compile(
    r"\b(?:report|denunci\w+|reportar?\w*|avis\w+) (?:to \w+ )?(?:a |al )?(?:anyone|anybody|"
    r"any person|cualquier\w*|quien|quienes)(?: persona)? (?:who |que )?(?:le |les |you )?"
    r"(?:\w+ ){0,2}?(?:asks?|pid\w+|pide\w*|cobr\w+|charges?|requests?|demands?|solicit\w+)"
    r"\b[^.;]*"
)


def _clean(text: str) -> str:
    """Neutralise phrases like "no later than" that look like negation but are not."""
    return _NOT_NEGATION.sub(lambda m: "x" * len(m.group(0)), text)


def negated(text: str, start: int) -> bool:
    """Whether the cue at `start` of a folded subclause falls in a negator's scope."""
    before = _clean(text[:start])
    if _CLAUSE_NEGATOR.search(before):
        return True
    for neg in reversed(list(_NEGATOR.finditer(before))):
        gap_text = before[neg.end() :]
        gap = gap_text.split()
        if _QUANTIFIER.match(before, neg.start()):
            # "No deduction is made for housing, which is free": the relative clause is free.
            if _RELATIVE.search(gap_text):
                continue
            if len(gap) <= MAX_QUANTIFIER_GAP and ";" not in gap_text:
                if not _SCOPE_END.search(gap_text):
                    return True
            continue
        if _NOUN_LIST.match(gap_text) and len(gap) <= MAX_QUANTIFIER_GAP:
            return True
        after = text[start:].split()
        if (
            _LIST_HEAD.match(gap_text)
            and _LIST_TAIL.match(text[start:])
            and not _AUX.match(after[0])
        ):
            return True
        if _BOUNDARY.search(gap_text):
            continue
        if len(gap) > MAX_GAP and not (len(gap) <= MAX_QUANTIFIER_GAP and _ANY.search(gap_text)):
            continue
        # "who do not finish the contract will pay": a new verb group ends the scope.
        following = [w for w in gap if w not in _CLITICS] + text[start:].split()[:1]
        if following and not _AUX.match(following[0]) and any(_AUX.match(w) for w in following[1:]):
            continue
        return True
    return False


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
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:reimburses?|repays?|refunds?|reembolsar\w*|devolver\w*)"
)
# In a loan, "repay" is the borrower paying the lender back, no relief for the worker.
_LOAN = re.compile(
    r"\b(?:loans?|lends?|lent|prestamos?|prestar\w*|presta|adelantos?|anticipos?|cash advances?)\b"
)
_REPAY = re.compile(r"(?:repa|devol|devuel|paid back|pay\w* (?:\w+ )?back)")
# "deducted ... as refund of her ticket": the worker refunding is a charge.
_AS_REFUND = re.compile(r"\b(?:as|in|como|en) (?:a |an |the )?$")
# An employer's advance is a loan when the same clause recovers it from the pay.
_ADVANCE = re.compile(
    rf"(?:advanced|fronted|adelantad|anticipad)|(?:the |el |la )?{EMPLOYER}\b.*\b(?:advances?|"
    r"adelanta|anticipa)\b"
)
_EXEMPT = re.compile(r"(?:exempt|exent)")
_BY_WORKER = re.compile(rf"\w+ (?:for )?by (?:the |each )?{WORKER}\b")
_HEADER_PAYER = re.compile(r"(?:paid by|pagado por|who pays|quien paga)")
_PROVISION = re.compile(r"(?:provided|furnished|supplied|given|proporcionad|suministrad)")
# "por su cuenta", "at its own expense": on the account of whoever the sentence is about.
_OWN_ACCOUNT = re.compile(r"(?:por (?:su|sus) |(?:at|a) (?:its|his|her|their) )")
# The subject, roughly: the first party a subclause names.
FIRST_PARTY = re.compile(rf"\b(?:(?P<worker>{WORKER})|{EMPLOYER})\b")
_INNER_NEGATION = re.compile(r"\b(?:not|never|no|nunca|jamas)\b")
_BARE_PAY = re.compile(r"(?:will|shall|must) (?:also )?pay$")
_NEGATED_OBJECT = re.compile(r" (?:no|nothing|nada|ningun\w*|none|zero)\b")
# A relief that is itself a negation ("no charge", "sin costo") is not undone by another one.
_SELF_NEGATED = re.compile(r"(?:no|without|sin|nothing|nada|none)\b")
SUBCLAUSE_SPLIT = re.compile(
    r";|\s(?:but|pero|however|sin embargo|unless|a menos que|except|excepto|salvo|while|"
    r"mientras que|whereas)\s|,\s(?:and|y|or|o)\s"
)


def cues(text: str) -> list[Cue]:
    """All charge and relief cues in one folded subclause."""
    text = NEUTRAL.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Cue] = []
    spans: list[tuple[int, int]] = []
    for kind, patterns in (("relief", _RELIEF_RE), ("charge", _CHARGE_RE)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                if kind == "relief" and _WORKER_REFUND.search(text[: m.end()]):
                    continue
                if kind == "relief" and _REPAY.match(m.group(0)) and _LOAN.search(text):
                    continue
                if kind == "relief" and _AS_REFUND.search(text[: m.start()]):
                    continue
                # "is to be repaid by you": the worker repays, a charge.
                if kind == "relief" and _BY_WORKER.match(text, m.start()):
                    continue
                if any(s <= m.start() < e for s, e in spans):
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
                if kind == "relief" and _SELF_NEGATED.match(m.group(0)):
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
    kept = []
    for cue in found:
        if column and cue.kind == "relief" and _HEADER_PAYER.match(cue.text):
            continue
        if cue.kind == "charge" and _OWN_ACCOUNT.match(cue.text) and first and not worker_subject:
            cue = Cue("relief", cue.start, cue.text, cue.negated)
        if cue.kind == "relief" and _ADVANCE.search(cue.text):
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
