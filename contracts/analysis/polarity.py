"""Who bears a cost: charge and relief cues, each with its negation scope."""
from __future__ import annotations

import re
from dataclasses import dataclass

WORKER = (
    r"(?:workers?|employees?|trabajador(?:a|es|as)?|persona trabajadora|personas trabajadoras|"
    r"empleados?|applicants?|candidat[eoa]s?|aspirantes?|interesad[oa]s?|solicitantes?|"
    r"you|usted|ustedes|hired persons?|recruits?|riders?|residents?|jornaleros?)"
)
EMPLOYER = (
    r"(?:employers?|company|grower|farm|firm|we|us|la empresa|empresa|empleador|patron|patrono|"
    r"compania|rancho|agency|agencia|recruiters?|reclutador|contractor|contratista|"
    r"association|asociacion|management|owner)"
)
# Money taken from customers or guests is a job duty, not a cost to the worker.
THIRD_PARTY = re.compile(
    r"\b(?:customers?|guests?|clients?|patrons?|diners?|passengers?|tenants?|shoppers?|"
    r"clientes?|huespedes|comensales|pasajeros|usuarios|visitantes)\b"
)
# Phrases that contain a negator but do not negate anything nearby.
_NOT_NEGATION = re.compile(
    r"\b(?:no|not) (?:later|more|less|sooner|earlier|fewer) than\b|\bnot only\b|\bno solo\b|"
    r"\bno (?:mas|menos) (?:de|que)\b|\bno exceder\w*\b|\bnot to exceed\b|\bno\. ?\d"
)
_QUANTIFIER = re.compile(
    r"(?:nobody|no[- ]one|nadie|none|ningun\w*|neither|no (?:\w+ )?(?:worker|employee|person|"
    r"fee|charge|"
    r"deposit|money|payment|cost|trabajador\w*|persona|cuota|cobro|pago|costo|deposito|"
    r"recruiter|agency|reclutador|agencia|employer|empleador))\b"
)
_NEGATOR = re.compile(
    r"\b(?:no|not|never|without|nor|none|nobody|nadie|nunca|jamas|ni|sin|ningun[oa]?|"
    r"tampoco|cannot|n't)\b|n't\b"
)
_AUX = re.compile(
    r"^(?:will|must|shall|would|should|may|can|could|is|are|be|been|was|were|has|have|had|does|"
    r"do|did|debe|deben|debera|deberan|tendra|tendran|puede|pueden|podra|podran|sera|seran|es|"
    r"son|va|van|hay)$"
)
_BOUNDARY = re.compile(
    r"[,:]|\b(?:who|which|that|whose|if|when|que|quien|quienes|si|cuando|cuyo)\b"
)
MAX_GAP = 4
MAX_QUANTIFIER_GAP = 12


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
    for neg in reversed(list(_NEGATOR.finditer(before))):
        gap_text = before[neg.end():]
        gap = gap_text.split()
        if _QUANTIFIER.match(before, neg.start()):
            if len(gap) <= MAX_QUANTIFIER_GAP and ";" not in gap_text:
                return True
            continue
        if len(gap) > MAX_GAP or _BOUNDARY.search(gap_text):
            continue
        # "who do not finish the contract will pay": a new verb group ends the scope.
        following = gap + text[start:].split()[:1]
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


_RELIEF = [
    r"\bfree\b(?! to\b)", r"\bgratis\b", r"\bgratuit[oa]s?\b", r"\bcomplimentary\b",
    r"\bat no (?:cost|charge|expense)\b", r"\b(?:no|without) (?:cost|charge|fee|rent)s?\b",
    r"\bcost-free\b", r"\brent-free\b", r"\bsin (?:costo|cargo|cobro|pago)\w*\b",
    r"\bsin pagar nada\b", r"\bpa(?:y|ys|gan?) nada\b|\bpay nothing\b",
    r"\bno (?:pagan|paga|pagara|pagaran) nada\b",
    r"\b(?:reimburs\w*|refund\w*|repa(?:y|ys|id|ying)|pa(?:y|ys|id) (?:it |them |you )?back|"
    r"reembols\w*|devuelv\w*|devolver\w*|devuelt\w*|reintegr\w*|compensat\w+ for)\b",
    rf"\b(?:paid|covered|borne|provided|furnished|supplied|bought|purchased|pagad[oa]s?|"
    rf"cubiert[oa]s?) (?:for )?(?:by|por) (?:the |el |la |los |las )?{EMPLOYER}\b",
    rf"\b(?:the |el |la |los |las )?{EMPLOYER}(?:'s?)? (?:\w+ ){{0,3}}?(?:pays?|will pay|covers?|"
    rf"bears?|buys?|purchases?|provides?|advances?|owes?|paga|pagara|pagan|cubre|cubrira|compra|"
    rf"comprara|asume|asumira|absorbe)\b",
    rf"\b(?:lo|la|los|las|se los|se las) (?:paga|pagara|cubre|cubrira|compra) (?:el |la )?"
    rf"{EMPLOYER}\b",
    rf"\b(?:at|a) (?:the )?{EMPLOYER}'?s? (?:own )?(?:expense|cost)\b",
    rf"\b(?:a cargo|por cuenta) de(?:l| la| los)? {EMPLOYER}\b",
    r"\bemployer[- ]paid\b", r"\bsagot ng employer\b", r"\bpaid (?:ticket|fare|trip)\b",
    r"\b(?:boleto|pasaje|viaje) (?:\w+ )?pagad[oa]\b", r"\bis paid for\b",
    r"\bpaid (?:at|upon|on|by) (?:the )?(?:end|completion|finish)\b",
    r"\b(?:provided|furnished|paid|reimbursed|given) at (?:a|the) (?:rate|minimum)\b",
    r"\b(?:at least|no less than|not less than|a minimum of|por lo menos|al menos|como minimo) "
    r"(?:\$|usd|[a-z]{0,3}\$?\d)",
    r"\b(?:trip|ticket|fare|travel|flight|transportation)(?: \w+){0,2} (?:is|are|will be) "
    r"(?:fully )?paid\b(?! (?:by|from) (?:the )?(?:worker|employee|you))",
    r"\b(?:viaje|boleto|pasaje|vuelo|transporte)(?: \w+){0,3} se (?:le )?paga(?:ra|n)?\b",
    r"\bpagad[oa]s? (?:al|a la) (?:final|terminar|termino)\b",
]
_CHARGE = [
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:pays?|paying|owes?|bears?|covers?|reimburses?|repays?|"
    rf"buys?|purchases?|pagar\w*|paga|pagan|pague|paguen|cubr\w+|entregar\w*|owes?|aportar\w*|"
    rf"abonar\w*|depositar\w*|reembolsar\w*|devolver\w*|compra(?:r|ra|ran)?|costea\w*)\b",
    rf"\b(?:pays?|paid|payable|borne|covered|owed|pagad[oa]s?|cubiert[oa]s?) (?:by|por) "
    rf"(?:the |each |el |la |los |las |cada )?{WORKER}\b",
    rf"\b(?:lo|la|los|las) paga(?:ra|n|ran)? (?:el |la |los |las |cada )?{WORKER}\b",
    rf"\b(?:charged|billed|sold|invoiced|vendid[oa]s?|cobrad[oa]s?) (?:\w+ )?(?:to|a|al) "
    rf"(?:the |each |el |la |los |las )?{WORKER}\b",
    rf"\bcharges? (?:the |each )?{WORKER}\b",
    r"\b(?:will|shall|to|must|may|can)(?: not| never)? be (?:charged|billed|deducted|withheld|"
    r"recovered|taken out|subtracted)\b",
    r"\b(?:is|are)(?: not| never)? (?:charged|deducted|withheld|taken out|recovered|subtracted)\b",
    r"\b(?:deduct\w*|withh[oe]ld|taken out|take out|subtract\w*|recover\w*|recoup\w*) "
    r"(?:\w+ ){0,4}?(?:from|of|out of|against) (?:\w+ ){0,3}?(?:pay|wages?|paychecks?|checks?|"
    r"salary|earnings|payroll)\b",
    r"\bpayroll deductions?\b", r"\b(?:deducted|withheld) (?:every|each|weekly|from)\b",
    r"\b(?:se )?(?:descont\w+|descuent(?:a|an|e|en))\b",
    r"\bdescuentos? (?:al|del|de su|sobre el|semanal\w*)\b",
    r"\bse (?:le |les )?(?:cobra|cobrara|cobraran|cobran|rebaja\w*|retendr\w+|retiene)\b",
    r"\bcobr(?:a|an|ara|aran|ar|o|amos)\b",
    rf"\b(?:a cargo|por cuenta) de(?:l| la| los| las)? {WORKER}\b",
    r"\bpor su (?:propia )?cuenta\b|\bcorre(?:n)? por su cuenta\b|\bpor cuenta propia\b",
    r"\b(?:at|a) (?:his|her|their|your|its|the worker's|the workers'|own) (?:own )?"
    r"(?:expense|cost|costo)\b",
    r"\b(?:worker|employee)'?s'? (?:own )?(?:expense|responsibility|cost)\b",
    r"\bresponsab\w+ (?:of|for|del|de la) (?:the )?(?:worker|trabajador)\b", r"\bat cost\b",
    r"\b(?:must|has to|have to|required to|obliged to|expected to|asked to|need to|needs to|"
    r"debera|deberan|debe|deben|tendra que|tendran que|tiene que|tienen que|hay que) "
    r"(?:\w+ )?(?:pay|pagar|cubrir|buy|purchase|comprar|reimburse|repay|reembolsar|devolver)\b",
    rf"\bowes? (?:the |a |an )?(?:company|employer|agency|recruiter|farm|\$|{EMPLOYER})",
    r"\b(?:will|shall|must) (?:also )?pay\b",
    r"\b(?:take|takes|taking|accept|accepts|ask|asks|request|requests|solicit\w*|demand\w*|"
    r"receive|receives|collect\w*|pedir|pide|piden|pida|solicitar\w*|recibir\w*|tomar\w*|"
    r"exigir\w*|exige\w*) (?:for |any |a |el |un |la )?(?:money|payment|fees?|cash|dinero|"
    r"pagos?|cuotas?|cobro|efectivo)\b",
    r"\bcharges? (?:a |an |the )?(?:fee|\$|\d)", r"\$ ?\d[\d,.]* (?:\w+ )?(?:fee|charge)\b",
    r"\b(?:cost|costs|costing|cuesta|cuestan|costara|costaran|price|precio)\b"
    r"(?: \w+){0,2} (?:\$|[a-z]{0,3}\$?\d|usd|mxn|php|gtq|q\d)",
    r"\b(?:fee|charge|cuota|cargo|renta|rent|deposit|deposito)s? (?:of|de) (?:\$|[a-z]{0,3}\$?\d)",
]
_RELIEF_RE = [re.compile(p) for p in _RELIEF]
_CHARGE_RE = [re.compile(p) for p in _CHARGE]
# A refund or payment the worker makes (active voice) is a charge, not a relief.
_WORKER_REFUND = re.compile(
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:reimburses?|repays?|refunds?|reembolsar\w*|devolver\w*)"
)
_INNER_NEGATION = re.compile(r"\b(?:not|never)\b")
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
                if any(s <= m.start() < e for s, e in spans):
                    continue
                spans.append((m.start(), m.end()))
                inner = kind == "charge" and bool(_INNER_NEGATION.search(m.group(0)))
                found.append(Cue(kind, m.start(), m.group(0), inner or negated(text, m.start())))
    return found


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
