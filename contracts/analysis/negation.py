"""Negation and its scope: whether a cue at some position of a folded clause is negated."""

from __future__ import annotations

import re

from contracts.analysis.payer import EMPLOYER

__all__ = ["negated"]

# Phrases that contain a negator but do not negate anything nearby.
_NOT_NEGATION = re.compile(
    r"\b(?:no|not) (?:later|more|less|sooner|earlier|fewer) than\b|\bnot only\b|\bno solo\b|"
    r"\bno (?:mas|menos) (?:de|que)\b|\bno exceder\w*\b|\bnot to exceed\b|\bno\. ?\d|"
    # An answer ("No. You live free ...") does not negate the sentence that follows it.
    r"(?:^|^[a-z]{1,2}: |[.?!:] )(?:no|nope)[.,!](?=\s)|"
    # "costs not yet reimbursed" are still to be reimbursed.
    r"\bnot yet\b|\b(?:aun|todavia) no\b|\bnone(?= \()|"
    # "Motel lodging | None - rooms are provided free": an empty amount cell, no negator.
    r"\b(?:none|nil|ninguno|ninguna)(?=\s*[-\u2013\u2014:,])|\bnone(?= to (?:you|the workers?|employees?)\b)|"
    # "Airfare | nothing (bought by Club)": an empty amount cell with its note, no negator
    r"\b(?:nothing|nada)(?= \()|"
    # "quejas ... sin antes hablar con el mayordomo": a condition, it negates nothing after it.
    r"\bsin antes\b|\bwithout first\b|\bsin previo\b|\bsin (?:consultar|avisar|hablar|informar|"
    r"notificar|pasar|acudir|ir)\w*(?: antes| primero)?(?: (?:por|a|con) (?:la |el )?(?:oficina|"
    r"encargad[oa]|mayordomo|agencia|empresa|finca)\b)?|\bwithout (?:consulting|telling|notifying|informing|asking)\b|"
    # "reimburses ... to the extent not paid directly by the farm": a carve-out, no charge.
    r"\bto the extent (?:that )?(?:\w+ ){0,2}?not\b|\ben la medida en que no\b|"
    # "No worker is exempt from the fee" is a charge cue of its own, not a negator.
    r"\b(?:no|ningun\w*|nadie|nobody|no one|none)\b(?: \w+){0,3}? (?:is|are|will be|shall be|"
    r"queda\w*|esta\w*|sera|seran) (?:exempt\w*|exent[oa]s?)\b"
)
_QUANTIFIER = re.compile(
    r"(?:nobody|no[- ]one|nadie|none|nothing|nada|ningun\w*|neither|no (?:[\w-]+ )?(?:[\w-]+ (?:or|and|nor|o|y|ni) "
    r"(?:[\w-]+ )?)?(?:worker|rent|renta|alquiler|utilit\w+|"
    r"employee|person|"
    r"fee|charge|amount|sum|part|portion|deduction|monto|cantidad|parte|descuento|"
    r"deposit|money|payment|cost|trabajador\w*|persona|cuota|cobro|pago|costo|deposito|"
    r"recruiter|agency|reclutador|agencia|employer|empleador|applicants?|candidates?|"
    r"candidat[oa]s?|aspirantes?|solicitantes?|residents?|employees?|complaints?|quejas?|"
    r"reclamos?|reports?|supervisors?|foreman|foremen|mayordomos?|managers?|staff|"
    r"crew leaders?|capataz\w*|encargad[oa]s?))\b"
)
_NEGATOR = re.compile(
    r"\b(?:sin que|no|not|never|without|neither|nor|none|nobody|nothing|nadie|nada|nunca|jamas|ni|sin|"
    r"ningun[oa]?|tampoco|cannot|n't|forbid\w*|prohib\w*)\b|n't\b"
)
# Adverbials that negate their whole clause, however far the verb: "under no circumstances".
_CLAUSE_NEGATOR = re.compile(
    r"\b(?:(?:under|in|at) no (?:circumstances?|case|event|time|point)|in no way|"
    r"(?:en|bajo) ningun(?:a)? (?:caso|circunstancia|momento|concepto|motivo)|"
    r"de ninguna (?:manera|forma))\b[^;]*$|"
    # "La reclutadora tiene prohibido por contrato pedir ... cuotas"
    r"\bprohibid[oa]s? (?:por \w+ |en \w+ )?(?:pedir|cobrar|recibir|aceptar|exigir|solicitar)\b[^;]*$|"
    # "Está prohibido que la agencia ... le cobre a usted cuota, depósito o regalo"
    r"\b(?:prohibid[oa]s?|se prohibe) que\b[^;]*$|"
    # "It is illegal for anyone to charge you for housing": the law forbids it.
    r"\b(?:illegal|unlawful|against the law|not (?:legal|lawful|allowed|permitted)) (?:for (?:\w+ ){1,3})?"
    r"to(?: (?:charge|ask|collect|demand|take|require|make)\b[^;]*)?\s*$|"
    # "Neither the farm nor its recruiter may ask you for money": both subjects are negated.
    r"^\W*(?:(?:no|x{2,3})[.,]? )?(?:neither|ni)\b[^;]*\b(?:nor|ni)\b[^;]*$|"
    # "The Club will never: charge you ...; keep your passport; punish you ...": a negated list.
    r"\b(?:will|shall|may|can|must) (?:never|not)\s*:[^.]*$|\bnunca\s*:[^.]*$|"
    # "an agreement forbidding it ... to take a fee, gift, loan or favour"
    r"\b(?:forbid\w*|prohibit\w*|prohib\w*|bars?|barring) [^;]{0,120}?\b(?:to|from|de) (?:take|taking|"
    r"charge|charging|ask|asking|accept\w*|collect\w*|demand\w*|seek\w*|receiv\w*|solicit\w*|request\w*|"
    r"cobrar|pedir|recibir|aceptar|exigir|solicitar)\b"
    r"[^;]*$|\b(?:forbid\w*|prohibit\w*|prohib\w*|bars?|barring|prevents?|prevent\w*) [^;.]*?\b"
    r"(?:to|from|de)\s*$"
)
# "will not be fired, punished or put on any list": one negator over a list of verbs.
# "sin que lo despidan, lo amenacen o lo pongan en una lista": clitics before each verb.
_NEGATED_VERBS = re.compile(
    r"\b(?:not|never|no|nunca|sin que|without being)\b (?:be |ser |sera |seran )?(?:(?:lo|la|le|los|las|"
    r"les|se|me|te) )?[\w-]+(?:, (?:(?:lo|la|le|los|las|les|se|me|te) )?[\w-]+)+,? (?:or|nor|o|ni) "
    r"(?:\w+ ){0,5}$"
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
    r"[,:;)]|(?<!\.[a-z])(?<!\b[a-z])\.\s|\b(?:who|which|that|whose|if|when|que|quien|quienes|si|cuando|cuyo)\b"
)
MAX_GAP = 4
# Words that carry no content of their own do not use up the scope: "will not be asked to pay
# a security deposit" keeps "deposit" under the "not".
_LIGHT = frozenset(
    "a an the any to be been being for of asked required expected obliged made forced told "
    "charged pay paid post provide give sign buy make un una el la los las su sus de por para "
    "pagar dar firmar dejar entregar pedir exigir".split()
)
_CONDITION_OPEN = re.compile(r"\b(?:si|if)\b(?: [\w-]+){1,3} $")
# The condition has run its course: a verb phrase of its own before the cue ("no es por falta grave").
_CONDITION_CLOSED = re.compile(r"^ (?:es|son|fue|is|are|was|were|esta|estan) (?:\w+ ){2,}$")
# Spanish object pronouns sit between a negator and its verb ("no le seran devueltos").
_CLITICS = frozenset({"le", "les", "lo", "la", "los", "las", "se", "me", "te", "nos"})
MAX_QUANTIFIER_GAP = 14
_WORDS = re.compile(r"\w+")
_RELATIVE = re.compile(r", (?:which|que|lo cual|la cual|el cual)\b")
_AND = re.compile(r"\b(?:and|y|but|pero)\b")
# "no pagará penalización alguna y la empresa le paga el billete": a new subject, a new scope.
_NEW_SUBJECT = re.compile(rf"(?:the |la |el |los |las |this |esta |este )?{EMPLOYER}\b")
_FINITE_CHARGE = re.compile(r"(?:costs|charges|deducts|requires|cuesta|cobra|descuenta|requiere)\b")
_CLAUSE_START = re.compile(r"(?:\b(?:and|y|but|pero)|[,;])\s*$")
# Words that only make sense under a negation ("not ... any", "no ... ningun") extend its scope.
_ANY = re.compile(r"\b(?:any|anything|anyone|anybody|ever|ningun\w*|alguno)\b")


# "No one (not the farm, nor its agent) may ask": an aside neither negates nor uses up scope.
_ASIDE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s[^\u2014\u2013;.]{1,160}?\s[\u2014\u2013-]{1,2}\s|\([^()]{1,160}\)"
)


_OWN_CLAUSE = re.compile(
    r"(?:we|nosotros|the (?:employer|company|club|farm)|el (?:empleador|patron)|la empresa) "
    r"(?:pay|pays|will pay|reimburse|reimburses|paga|pagamos|pagara|reembolsa|reembolsamos)\b"
)
_BECAUSE = re.compile(r"[,;]? (?:porque|because|ya que|since) ")


def _clean(text: str) -> str:
    """Neutralise phrases like "no later than" that look like negation but are not, and asides."""
    text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return _NOT_NEGATION.sub(lambda m: "x" * len(m.group(0)), text)


def negated(text: str, start: int) -> bool:
    """Whether the cue at `start` of a folded subclause falls in a negator's scope."""
    before = _clean(text[:start])
    if _CLAUSE_NEGATOR.search(before) or _NEGATED_VERBS.search(before):
        return True
    for neg in reversed(list(_NEGATOR.finditer(before))):
        # "si el despido no es por falta grave, paga el boleto": the "no" is the condition's.
        if _CONDITION_OPEN.search(before[: neg.start()]) and _CONDITION_CLOSED.search(
            before[neg.end() :]
        ):
            continue
        gap_text = before[neg.end() :]
        gap = gap_text.split()
        if gap_text.startswith(",") and neg.group(0) in ("nada", "no", "nothing"):
            continue  # "Nada, el cuarto es gratis": an answer, not a negation of what follows
        # "for any day without a receipt we pay the meal rate": a clause of its own
        if neg.group(0) in ("without", "sin") and _OWN_CLAUSE.match(text, start):
            continue
        if _BECAUSE.search(gap_text):
            continue  # "nada de poner quejas, porque la que se queja ...": a reason of its own
        if _QUANTIFIER.match(before, neg.start()):
            # "No deduction is made for housing, which is free": the relative clause is free.
            if _RELATIVE.search(gap_text):
                continue
            heavy = [w for w in _WORDS.findall(gap_text) if w not in _LIGHT]
            if len(heavy) <= MAX_QUANTIFIER_GAP and ";" not in gap_text:
                if not _SCOPE_END.search(gap_text):
                    return True
            continue
        # "will not be asked to pay a bond, deposit or fee": the light words do not end the list.
        heavy_gap = " " + " ".join(w for w in gap if w.strip(",") not in _LIGHT | _CLITICS)
        if (_NOUN_LIST.match(gap_text) or _NOUN_LIST.match(heavy_gap)) and len(
            gap
        ) <= MAX_QUANTIFIER_GAP:
            return True
        after = text[start:].split()
        if (
            (
                _LIST_HEAD.match(gap_text)
                or (len(gap) <= MAX_QUANTIFIER_GAP and _LIST_HEAD.match(heavy_gap))
            )
            and _LIST_TAIL.match(text[start:])
            and not _AUX.match(after[0])
        ):
            return True
        if _BOUNDARY.search(gap_text):
            continue
        # "is not covered by the employer and costs the worker $150": a verb of its own.
        if _AND.search(gap_text) and (
            _FINITE_CHARGE.match(text, start) or _NEW_SUBJECT.match(text, start)
        ):
            continue
        weight = sum(1 for w in gap if w not in _LIGHT)
        if weight > MAX_GAP and not (len(gap) <= MAX_QUANTIFIER_GAP and _ANY.search(gap_text)):
            continue
        # "No meals are sold to workers": "no" opening the clause denies its subject.
        # ("..., and no training is charged": so does "no" opening a coordinated clause)
        opening = not before[: neg.start()].strip(" -•*:(") or _CLAUSE_START.search(
            before[: neg.start()]
        )
        if neg.group(0) == "no" and opening and len(gap) <= 3:
            return True
        # "who do not finish the contract will pay": a new verb group ends the scope.
        following = [w for w in gap if w not in _CLITICS] + text[start:].split()[:1]
        if following and not _AUX.match(following[0]) and any(_AUX.match(w) for w in following[1:]):
            continue
        return True
    return False
