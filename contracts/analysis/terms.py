"""Mandatory contract terms: present only when a concrete value is stated."""

from __future__ import annotations

import re
from collections.abc import Iterable

from contracts.analysis.model import FeeFinding, TermFound
from contracts.analysis.polarity import balance, split_subclauses, worker_bears
from contracts.analysis.practices import practice_hits
from contracts.analysis.segment import Clause, split_sentences
from contracts.analysis.term_patterns import ADDRESS, EMPLOYERISH, RETURN_TRIP, TERM_PATTERNS
from contracts.analysis.term_values import DATE
from contracts.analysis.text import fold, unmarked

_RETURN = re.compile(RETURN_TRIP)
_DATE = re.compile(DATE)
_NOT_BY_LOAN = frozenset(
    {"inbound_transportation", "return_transportation", "visa_reimbursement", "deductions"}
)

_COMPILED = {t: (re.compile(k), re.compile(v)) for t, (k, v) in TERM_PATTERNS.items()}
_VAGUE = re.compile(
    r"\b(?:segun (?:las )?necesidades|as needed|to be determined|tbd|por definir|variable|"
    r"a convenir|depending on|dependiendo|seg[uú]n (?:el|la) (?:empresa|patron))\b"
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
_RECRUITERISH = re.compile(
    r"\b(?:agency|agencia|recruit\w*|reclut\w*|staffing|manpower|"
    r"overseas|placement|colocacion)\b"
)
_EMPLOYER_NAME = re.compile(EMPLOYERISH)
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
    r"worksite|work site)|inbound and (?:return|outbound)|there and back)\b"
)
_STATED_HOURS = re.compile(r"\b\d{1,2} (?:hours|horas)\b")
# "eight (8) hours of continuous rest"
_REST_AFTER = re.compile(r"(?: of| de)?(?: \w+)? (?:rest|descanso)\b")
# "a rest day of not less than 24 hours" is rest, not hours of work.
_REST = re.compile(r"\b(?:rest|descanso|off|libre|break|pausa)\b[^.;]{0,40}$")
# One capitalised name word: "Kemar", "O'Neil", "McFarlane".
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ]'?[A-Za-záéíóúñ]*[a-záéíóúñ]"
# A personal name: two to five capitalised words, middle initials allowed ("Devon A. Clarke").
_NAME = re.compile(
    rf"(?:\b{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:de la |dela |del |de )?{_NAME_WORD}){{1,4}}\b|"
    r"\b[A-ZÁÉÍÓÚÑ]{2,}(?:\s+[A-ZÁÉÍÓÚÑ]{2,}){1,4}\b)"
)
_WORKER_LABEL = re.compile(
    r"(?:^|\b)(?:worker|employee|trabajador[a]?|empleado|Mr\.?|Ms\.?|Mrs\.?|Sr\.?|"
    r"Sra\.?|Dear|Estimad[oa]|se[ñn]or|se[ñn]ora|don|do[ñn]a|(?:candidate|applicant|worker'?s|"
    r"employee'?s) name|name of (?:the )?(?:worker|employee|candidate|applicant)|nombre del? "
    r"(?:la )?(?:trabajador[a]?|aspirante|candidat[oa]|solicitante))\b\)?[:.]?\s*(?:(?:is|es)\s+)?"
    r"(?:(?:Mr|Ms|Mrs|Miss|Sr|Sra|Srta|Ma|Md|Mohd|Mst)\.?\s+)?",
    re.I,
)
_HEADING_WORDS = 8
_REFUND = re.compile(
    r"\b(?:reembols\w*|devuelv\w*|devolv\w*|refund\w*|reimburs\w*|repa\w+|pa\w+ back)\b"
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
_NOT_A_PERSON = re.compile(
    r"\b(?:fund|welfare|department|agency|agencia|company|empresa|employer|empleador|insurance|"
    r"seguro|visa|contract|contrato|recruit\w*|reclut\w*|orientation|course|fee|ltd|inc|services?|"
    r"servicios|labou?r|laboral|office|oficina|ministry|ministerio|hospital|clinic|bank|banco|"
    r"trabajador|worker|firma|signature|nombre|name|huella)\b",
    re.I,
)
_ENDS = re.compile(r"[.;!?]\s*$")
_NUMBER_ONLY = re.compile(r"^\W*(?:\d{1,2}|[ivx]{1,4}|[a-z])\W*$", re.I)
_ROLE = re.compile(
    r",?\s*(?:(?:our|the|your|nuestro|nuestra|el|la|su) )?(?:representative|agent|manager|"
    r"recruiter|supervisor|coordinator|director|officer|representante|agente|gerente|encargad[oa]|"
    r"reclutador\w*|coordinador\w*|promotor\w*)",
    re.I,
)
_NOT_NAME = re.compile(r"\b(?:signature|firma|date|fecha|_{3,})", re.I)


# "Dear Mr. Campbell", "Estimado señor Chávez": a salutation needs only the surname.
_SALUTATION = re.compile(
    r"\b(?:Dear|Estimad[oa]|Querid[oa])\s+(?:(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|se[ñn]or|se[ñn]ora|don|"
    r"do[ñn]a)\.?\s+)?(?!Sir\b|Madam\b|Se[ñn]or|Candidat|Applicant|Worker|Employee|Trabajador|"
    r"Colleague|Friend|Amig|Team|Equipo|All\b|Todos)[A-ZÁÉÍÓÚÑ][a-záéíóúñ']+"
)


def _worker_named(unit: str) -> bool:
    """A worker label, salutation or party definition followed by a personal name."""
    # Names in any Latin script ("Nguyễn Thị Hồng Nhung"): the marks go, the capitals stay.
    unit = unmarked(unit)
    if _SALUTATION.search(unit):
        return True
    for m in _WORKER_LABEL.finditer(unit):
        if _NOT_NAME.search(unit[m.end() : m.end() + 30]):
            continue
        name = _NAME.match(unit, m.end())
        # "Mr. Abul Kalam Mia, our representative": a named agent is not the worker.
        if name and not _ROLE.match(unit, name.end()) and not _NOT_A_PERSON.search(name.group(0)):
            return True
    return bool(
        re.search(
            # "Dwayne Oneil Barrett of Lot 22, Church Street, May Pen, passport no. A411 ("the Worker")"
            rf"{_NAME.pattern}(?:(?:,| of| de| del| with| con)[^()]{{0,120}})?\s*\((?:en adelante|hereinafter)?"
            r"[^)]{0,30}(?:TRABAJADOR|WORKER|EMPLOYEE|EMPLEAD|HELPER)",
            unit,
            re.I,
        )
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
    # "La visa la paga usted ..., pero el patrón se la devuelve": paid, then refunded.
    return any(
        balance(part) == (False, True) and _REFUND.search(part)
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
        return _worker_named(unit)
    if term == "hours_of_work" and (
        _REST.search(folded[: k.start()]) or _REST_AFTER.match(folded, k.end())
    ):
        return False
    # "Date: 3 February 2026 ... Date: 3 February 2026" is one date twice, not a period.
    if term == "employment_period" and len(set(_DATE.findall(folded))) == 1:
        if not re.search(r"\b(?:years?|months?|anos?|meses)\b", folded):
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
    if _PLACEHOLDER.search(rest):
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


def _value_before_label(folded: str, keyword: re.Pattern[str], value: re.Pattern[str]) -> bool:
    """ "US$ 13.84 por hora: Tiempo extra": a value before a bare label is the row above's."""
    head, sep, tail = folded.rpartition(": ")
    if not sep or len(tail.split()) > 3 or not keyword.search(tail) or keyword.search(head):
        return False
    if not re.search(r"\d", head) or re.search(r"\d", tail):
        return False
    return bool(value.search(head)) and not value.search(tail)


# "a beach hotel", "una finca": a kind of business, not a named one.
_SOME = re.compile(r"\b(?:a|an|any|un|una|cualquier)\s(?:[\w'-]+\s){0,2}$")


def _employer_with_address(unit: str) -> bool:
    """A business name with its address is the employer's identity unless it is an agency."""
    folded = fold(unit)
    named = any(not _SOME.search(folded[: m.start()]) for m in _EMPLOYER_NAME.finditer(folded))
    return named and bool(_ADDRESS_RE.search(folded)) and not _RECRUITERISH.search(folded)


_ADDRESS_RE = re.compile(ADDRESS)


def find_terms(units: Iterable[Clause], required: tuple[str, ...]) -> list[TermFound]:
    """The first unit proving each required term."""
    units = list(units)
    found: dict[str, TermFound] = {}
    if not any(_ADDRESS_RE.search(fold(u.text)) for u in units):
        required = tuple(t for t in required if t != "employer_identity")
    # A heading or letterhead line, then what it heads: "2. Worker / Trabajador" | "Marvin ...".
    pairs = [
        Clause(f"{a.text}: {b.text}", a.page, a.bbox, a.block)
        for a, b in zip(units, units[1:], strict=False)
        if a.page == b.page
        and len(a.text.split()) <= _HEADING_WORDS
        and (not _ENDS.search(a.text) or _EMPLOYER_NAME.search(fold(a.text)))
    ]
    labelled = tuple(t for t in required if t in _LABELLED)
    for unit, terms in [(u, required) for u in units] + [(p, labelled) for p in pairs]:
        folded = fold(unit.text)  # once per unit, not once per term
        for term in terms:
            if term not in found and (
                term_present(term, unit.text, folded)
                or (term == "employer_identity" and _employer_with_address(unit.text))
            ):
                found[term] = TermFound(term=term, page=unit.page, excerpt=unit.text)
    return [found[t] for t in required if t in found]


_REPAID = re.compile(
    r"\b(?:reimburs\w*|refund\w*|repa(?:y|ys|id)|paid back|pays? (?:\w+ )?back|"
    r"reembols\w*|devuelv\w*|devuelt\w*|reintegr\w*)\b"
)
# A term the document itself contradicts: it charges the worker for the trip or the visa.
_CONTRADICTED_BY = {"inbound_transportation": "travel_cost", "visa_reimbursement": "visa_cost"}


def reconcile(present: list[TermFound], fees: Iterable[FeeFinding]) -> list[TermFound]:
    """Drop a trip or visa term the document takes back: when the worker is charged for that
    cost, only an explicit reimbursement still counts as the employer paying it."""
    charged = {
        f.category
        for f in fees
        if f.severity == "violation"
        and not (f.category == "travel_cost" and _RETURN.search(fold(f.excerpt)))
    }
    return [
        t
        for t in present
        if _CONTRADICTED_BY.get(t.term) not in charged or _REPAID.search(fold(t.excerpt))
    ]
