"""Mandatory contract terms: present only when a concrete value is stated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from contracts.analysis.model import FeeFinding, TermFound
from contracts.analysis.polarity import balance, cues, split_subclauses, worker_bears
from contracts.analysis.practices import practice_hits
from contracts.analysis.segment import Clause, split_sentences
from contracts.analysis.term_parties import (
    ADDRESS_RE,
    EMPLOYER_NAME,
    NAMED_COMPANY,
    employer_with_address,
    worker_named,
)
from contracts.analysis.term_patterns import DURATION, RETURN_TRIP, TERM_PATTERNS
from contracts.analysis.term_values import DATE
from contracts.analysis.text import fold
from contracts.analysis.topics import WAGE_WORDS, topics

_RETURN = re.compile(RETURN_TRIP)
_DATE = re.compile(DATE)
_DURATION_RE = re.compile(DURATION)
_NOT_BY_LOAN = frozenset(
    {"inbound_transportation", "return_transportation", "visa_reimbursement", "deductions"}
)

_COMPILED = {t: (re.compile(k), re.compile(v)) for t, (k, v) in TERM_PATTERNS.items()}
_VAGUE = re.compile(
    r"\b(?:segun (?:las )?necesidades|as needed|to be determined|tbd|por definir|variable|"
    r"a convenir|depending on|dependiendo|seg[uú]n (?:el|la) (?:empresa|patron))\b"
)
_EMPLOYER_DECIDES = re.compile(
    r"\b(?:(?:las|lo|los)\W{0,2} que|as|whatever) (?:la empresa|el patron|el empleador|the employer|the "
    r"company) (?:establezca|determine|decida|fije|decides|determines|sets)\b|\bat (?:the )?(?:sole )?"
    r"discretion of the (?:employer|company)\b|\ba (?:criterio|discrecion) (?:de la empresa|del "
    r"patron|del empleador)\b"
)
# A pointer elsewhere or a placeholder is no value for any term ("Overtime: as applicable",
# "Transportation to fields: see crew leader", "Horario: segun la temporada").
_PLACEHOLDER = re.compile(
    r"\b(?:see (?:the )?(?:posting|crew leader|supervisor|below|above|attached|annex|office)|"
    r"as applicable|if applicable|(?:according to|per|under) (?:the )?program rules|"
    r"to be (?:announced|confirmed|advised)|tba|ver (?:anexo|abajo|aviso)|segun (?:la )?"
    r"(?:temporada|reglas del programa)|(?:according to|based on) (?:the )?needs of|"
    r"(?:de|segun) (?:acuerdo a )?las necesidades|a (?:criterio|discrecion) de\w*|"
    r"at (?:the |its |their )?(?:\w+'s )?(?:sole )?discretion)\b"
)
# "Place of work: Ladang Bukit Merah estate, Kalabakan": a labelled place names itself.
_PLACE_LABEL = re.compile(
    r"\b(?:place|places|location|locations|site) of (?:work|employment)|\b(?:work ?site|work "
    r"location|lugar(?:es)? de trabajo|centro de trabajo)s?\b[.:]? (?!(?:to be|will be|as|see|"
    r"por|a |to |tbd|pendiente|segun)\b)(?:[a-z][\w'-]* ?){2,}"
)
_PARTS = re.compile(r";|(?<=[.!?])\s")
_DAILY = re.compile(
    r"\b(?:daily (?:transport\w*|rides?|bus)|each workday|every workday|"
    # "$16.36 por cada día de viaje" is subsistence on the trip, not a daily ride.
    r"every day(?! of travel)|cada dia(?! de (?:viaje|camino))|todos los dias|traslado diario|"
    r"transporte diario|to the fields|al campo|al field|a los campos|transport\w* to and from)\b"
)
# Both legs of the trip: "el autobus de ida y de regreso", "round trip".
_BOTH_WAYS = re.compile(
    r"\b(?:ida y (?:de )?(?:regreso|vuelta)|round[- ]trip|both ways|to and from the (?:job|"
    r"worksite|work site)|inbound and (?:return|outbound)|there and back|and back (?:at|by|on|when|"
    r"after|home))\b"
)
_STATED_HOURS = re.compile(r"\b\d{1,2} (?:hours|horas)\b")
# "eight (8) hours of continuous rest"
_REST_AFTER = re.compile(r"(?: of| de)?(?: \w+)? (?:rest|descanso)\b")
# "a rest day of not less than 24 hours" is rest, not hours of work.
_REST = re.compile(r"\b(?:rest|descanso|off|libre|break|pausa)\b[^.;]{0,40}$")
_HEADING_WORDS = 8
_OVERTIME_AFTER = re.compile(
    r"\b(?:after|over|in excess of|beyond|despues de|arriba de|pasando (?:las )?) "
    r"(?:\d+|forty|cuarenta) (?:hours|horas|hrs)\b"
)
_OVERTIME = re.compile(r"\b(?:overtime|horas? extras?|tiempo extra|time and a half)\b")
_DEPOSIT_ONLY = re.compile(r"\b(?:deposit|deposito|bond|fianza|garantia|guarantee)s?\b")
# "WhatsApp 483 555 0129 · Lunes a sábado de 9:00 a 18:00": when an office answers, not work hours.
_CONTACT_HOURS = re.compile(
    r"\b(?:whatsapp|tel|telefono|phone|e-?mail|correo|horario de atencion|atendemos|office hours|"
    r"call us|llamenos|llame|visitarnos|visitenos|visitanos|visit us|escribanos|escribirnos|"
    # camp rules keep their own clock: "Quiet hours are 10:00 p.m. to 5:00 a.m."
    r"quiet hours|visiting hours|horas? de silencio|horario de (?:visitas?|silencio|cocina|comedor)|"
    r"curfew|toque de queda|lights out)\b"
)
_AGAINST_DEPOSIT = re.compile(
    r"\b(?:against|con|contra|mediante|upon|on) (?:a |an |the |un |una |payment of a )?(?:[$\w.,]+ ){0,3}?"
    r"(?:deposit|deposito|fianza)\b"
)
_HOME_EACH_DAY = re.compile(
    r"\b(?:return|go back|regresar|volver)\w* (?:\w+ ){0,4}?(?:residences?|homes?|residencias?|"
    r"hogar\w*|domicilios?|casas?) (?:\w+ ){0,4}?(?:each|every|the same|cada|todos los|el mismo) "
    r"(?:day|dia|dias)\b"
)
_START_DATE = re.compile(
    rf"\b(?:start\w*|begin\w*|commenc\w*|inicio|inicia\w*|comienz\w*|ingreso|desde)\b.{{0,40}}{DATE}"
)
_END_DATE = re.compile(
    rf"\b(?:end\w*|finish\w*|conclu\w*|finaliza\w*|termin\w*|fin|conclusion|hasta)\b.{{0,40}}{DATE}"
)
_REFUND = re.compile(
    r"\b(?:reembols\w*|devuelv\w*|devolv\w*|refund\w*|reimburs\w*|repa\w+|pa\w+ back)\b"
)
_CHARGED_ITEM = re.compile(
    r"\b(?:meal plan|meals?|comidas?|rent|renta|housing|vivienda|deduct\w*|descuent\w*|descont\w*|"
    r"fees?|cuotas?|charged?|cobr\w+|utilit\w+|electric\w*|propane|luz)\b"
)
_EARNS = re.compile(
    r"\bse (?:le |les )?paga\w*|\b(?:te|le|les) pagan\b|\bla hora\b|\bel pago es\b|"
    r"\b(?:earns?|earning|gana|ganan|ganara\w*|devenga\w*|paid at|"
    r"pays? (?:you|workers|the worker|each worker))\b"
)
_ONLY = re.compile(r"\b(?:only|unic[oa]s?|solo|solamente)\b")
# Terms a heading can label ("Worker" | "Marvin ..."); terms about who pays need one sentence.
_LABELLED = frozenset(
    {
        "employer_identity",
        "worker_identity",
        "work_location",
        "job_duties",
        "hours_of_work",
        "wage_rate",
        "employment_period",
        "pay_frequency",
        "overtime",
        "job_requirements",
        "workers_compensation",
        "earnings_statements",
    }
)
_ENDS = re.compile(r"[.;!?]\s*$")
# "11." | "IV." | "DÉCIMA." | "Cláusula 7.": a clause number, in figures or in words.
_NUMBER_ONLY = re.compile(
    r"^\W*(?:(?:cl[aá]usula|clause|article|art[ií]culo|section|secci[oó]n)\s+)?(?:\d{1,2}|[ivx]{1,4}|[a-z]|"
    r"primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|"
    r"noven[oa]|d[eé]cim[oa]\w*|und[eé]cim[oa]|duod[eé]cim[oa]|vig[eé]sim\w*)\W*$",
    re.I,
)


def _outbound(part: str) -> str:
    """The part of a clause about the trip to the job: what comes before the trip home."""
    back = _RETURN.search(part)
    if back is None or _BOTH_WAYS.search(part):
        return part
    # "pagara el pasaje de regreso": the ticket named just before is the return one.
    return _TRIP_TAIL.sub("", part[: back.start()])


_TRIP_TAIL = re.compile(
    r"\b(?:pasajes?|boletos?|viajes?|vuelos?|tickets?|fares?|trips?|bus|transport\w*|travel|"
    r"flights?|passage|autobus)(?: de| del| for the| of the| for)?\s*$"
)


_LABEL_WORDS = 4


def _relieved(term: str, sentence: str) -> bool:
    """The sentence names the trip or fee and says the employer pays or repays it."""
    if not _COMPILED[term][0].search(sentence):
        return False
    charge, relief = balance(sentence)
    if relief and not charge:
        return True
    # "The $205 visa fee ... is reimbursed in full": the price only names what is repaid.
    found = cues(sentence)
    charges = [c for c in found if c.kind == "charge" and not c.negated]
    if (
        charges
        and all(re.search(r"\d", c.text) for c in charges)
        and any(c.kind == "relief" and not c.negated and _REFUND.search(c.text) for c in found)
    ):
        return True
    # "La visa la paga usted ..., pero el patrón se la devuelve": paid, then refunded.
    # "... y el de regreso sí lo paga el patrón": the part that names this trip is relieved.
    return any(
        balance(part) == (False, True) and (_REFUND.search(part) or _COMPILED[term][0].search(part))
        for part in split_subclauses(sentence)
    )


def term_present(term: str, unit: str, folded: str | None = None) -> bool:
    """Whether one unit (sentence or label pair) states `term` with a concrete value."""
    folded = fold(unit) if folded is None else folded
    keyword, value = _COMPILED[term]
    k = keyword.search(folded)
    if not k:
        return False
    if term == "worker_identity":
        return worker_named(unit)
    # "workers who cannot return to their residence each day" is who gets housing, not a ride.
    if term == "daily_transportation":
        folded = _HOME_EACH_DAY.sub("", folded)
        if not keyword.search(folded):
            return False
    # "Horas extra ... después de 40 horas por semana": the overtime threshold is no schedule.
    if term == "hours_of_work" and _OVERTIME_AFTER.search(folded) and _OVERTIME.search(folded):
        folded = _OVERTIME_AFTER.sub("", folded)
        k = keyword.search(folded)
        if not k:
            return False
    # A deposit refunded "30 days after return" says nothing about the trip home.
    if (
        term == "return_transportation"
        and _DEPOSIT_ONLY.search(folded)
        and not _FARE.search(folded)
    ):
        return False
    if term == "hours_of_work" and (
        _REST.search(folded[: k.start()])
        or _REST_AFTER.match(folded, k.end())
        or _CONTACT_HOURS.search(folded[max(0, k.start() - 100) : k.end()])
    ):
        return False
    # "Date: 3 February 2026 ... Date: 3 February 2026" is one date twice, not a period.
    if term == "employment_period" and len(set(_DATE.findall(folded))) == 1:
        if not _DURATION_RE.search(folded):
            return False
    if _value_before_label(folded, keyword, value):
        return False
    # A loan for the fare, repaid by deductions, neither pays the trip nor lists deductions.
    # ("The only deductions are the loan instalments" still lists the deductions.)
    only = term == "deductions" and _ONLY.search(folded)
    if (
        term in _NOT_BY_LOAN
        and not only
        and any(c == "debt_bondage" for c, _ in practice_hits(folded))
    ):
        return False
    rest = folded
    # "10 hours long ..., depending on the weather" still states the hours.
    firm = term == "hours_of_work" and _STATED_HOURS.search(rest)
    if _VAGUE.search(rest) and term in ("hours_of_work", "work_location", "wage_rate") and not firm:
        return False
    # "Camp kitchen meal plan ... $24.50 per day": the price of a deduction is no wage.
    if (
        term == "wage_rate"
        and (_CHARGED_ITEM.search(rest) or topics(rest))
        and not (WAGE_WORDS.search(rest) or _EARNS.search(rest))
    ):
        return False
    # "Las causas de terminación serán las que LA EMPRESA establezca": left to the employer.
    if term == "termination" and _EMPLOYER_DECIDES.search(rest):
        return False
    if _PLACEHOLDER.search(rest):
        return False
    # "Provided free by the company": the word that names the employer is no name of it.
    if term == "employer_identity" and not NAMED_COMPANY.search(unit):
        spans = [m.span() for m in keyword.finditer(rest)]
        if all(any(a <= v.start() < b for a, b in spans) for v in value.finditer(rest)):
            return False
    if term == "inbound_transportation":
        # Judge each part apart: "trip here is repaid; the trip home is paid" has both.
        parts = [p for s in split_sentences(unit) for p in _PARTS.split(fold(s))]
        return any(
            _relieved(term, _outbound(p)) for p in parts if p.strip() and not _DAILY.search(p)
        )
    if value.pattern == "__relief__":
        sentences = split_sentences(unit)
        # "11." | "Viaje de regreso." | "Al terminar ...": a clause number heads its label.
        if len(sentences) > 2 and _NUMBER_ONLY.match(sentences[0]):
            sentences = [f"{sentences[0]} {sentences[1]}", *sentences[2:]]
        # "9.2 Going home. A worker who completes ... receives a company-paid ticket": a short
        # label is read with the sentence it heads.
        if len(sentences) > 1 and len(sentences[0].split()) <= _LABEL_WORDS:
            sentences.append(f"{sentences[0]} {sentences[1]}")
        return any(_relieved(term, fold(s)) for s in sentences)
    if term == "tools_provided" and _AGAINST_DEPOSIT.search(rest):
        return False  # "issued against a $150.00 equipment deposit": lent, not provided
    if term == "tools_provided":
        # "training is given at no cost. ... handle knives": what is free is the training.
        rest = " ".join(_naming(unit, keyword))
    if value.search(rest):
        # "Boots are issued on the first day; their cost of $185 is divided over your checks"
        return not (term in ("tools_provided", "housing") and worker_bears(rest))
    if term == "work_location" and _PLACE_LABEL.search(folded):
        return True
    if term == "employer_identity":
        return False
    if term in ("tools_provided", "housing"):
        return _relieved(term, rest)
    return False


def _naming(unit: str, keyword: re.Pattern[str]) -> list[str]:
    """The folded sentences of `unit` that name the keyword, each with a short heading before it
    ("I. Herramientas." | "Las cubetas ... se proporcionan sin costo.")."""
    sentences = [fold(s) for s in split_sentences(unit)]
    out = []
    for i, s in enumerate(sentences):
        heading = i > 0 and len(sentences[i - 1].split()) <= _LABEL_WORDS
        if keyword.search(s) or (heading and keyword.search(sentences[i - 1])):
            out.append(s)
    return out


def _value_before_label(folded: str, keyword: re.Pattern[str], value: re.Pattern[str]) -> bool:
    """ "US$ 13.84 por hora: Tiempo extra": a value before a bare label is the row above's."""
    head, sep, tail = folded.rpartition(": ")
    if not sep or len(tail.split()) > 3 or not keyword.search(tail) or keyword.search(head):
        return False
    if not re.search(r"\d", head) or re.search(r"\d", tail):
        return False
    return bool(value.search(head)) and not value.search(tail)


def find_terms(units: Iterable[Clause], required: tuple[str, ...]) -> list[TermFound]:
    """The first unit proving each required term."""
    units = list(units)
    found: dict[str, TermFound] = {}
    if not any(ADDRESS_RE.search(fold(u.text)) for u in units):
        required = tuple(t for t in required if t != "employer_identity")
    # A heading or letterhead line, then what it heads: "2. Worker / Trabajador" | "Marvin ...".
    pairs = [
        Clause(f"{a.text}: {b.text}", a.page, a.bbox, a.block)
        for a, b in zip(units, units[1:], strict=False)
        if a.page == b.page
        and len(a.text.split()) <= _HEADING_WORDS
        and (not _ENDS.search(a.text) or EMPLOYER_NAME.search(fold(a.text)))
    ]
    # "Fecha de inicio: 3 de marzo" | "Fecha de finalización: 31 de octubre": one period.
    pairs += [
        Clause(f"{a.text}; {b.text}", a.page, a.bbox, a.block)
        for a, b in zip(units, units[1:], strict=False)
        if _START_DATE.search(fold(a.text)) and _END_DATE.search(fold(b.text))
    ]
    labelled = tuple(t for t in required if t in _LABELLED)
    for unit, terms in [(u, required) for u in units] + [(p, labelled) for p in pairs]:
        folded = fold(unit.text)  # once per unit, not once per term
        for term in terms:
            if term not in found and (
                term_present(term, unit.text, folded)
                or (term == "employer_identity" and employer_with_address(unit.text))
            ):
                found[term] = TermFound(term=term, page=unit.page, excerpt=unit.text)
    return [found[t] for t in required if t in found]


_REPAID = re.compile(
    r"\b(?:reimburs\w*|refund\w*|repa(?:y|ys|id)|paid back|pays? (?:\w+ )?back|"
    r"reembols\w*|devuelv\w*|devuelt\w*|reintegr\w*)\b"
)
# A term the document itself contradicts: it charges the worker for the trip or the visa.
_CONTRADICTED_BY = {"inbound_transportation": "travel_cost", "visa_reimbursement": "visa_cost"}
# Only the fare itself takes back the trip: a hotel while the visa is processed does not.
_FARE = re.compile(
    r"\b(?:fares?|tickets?|flights?|bus(?:es)?|autobus\w*|camion\w*|pasajes?|boletos?|vuelos?|"
    r"transport\w*|traslados?|viajes?|travel\w*|trips?|journey|airfare)\b"
)


def reconcile(present: list[TermFound], fees: Iterable[FeeFinding]) -> list[TermFound]:
    """Drop a trip or visa term the document takes back: when the worker is charged for that
    cost, only an explicit reimbursement still counts as the employer paying it."""
    charged = {
        f.category
        for f in fees
        if f.severity == "violation"
        and not (
            f.category == "travel_cost"
            and (_RETURN.search(fold(f.excerpt)) or not _FARE.search(fold(f.excerpt)))
        )
    }
    return [
        t
        for t in present
        if _CONTRADICTED_BY.get(t.term) not in charged or _REPAID.search(fold(t.excerpt))
    ]
