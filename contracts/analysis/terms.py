"""Mandatory contract terms: present only when a concrete value is stated."""
from __future__ import annotations

import re
from collections.abc import Iterable

from contracts.analysis.model import TermFound
from contracts.analysis.polarity import balance
from contracts.analysis.segment import Clause, split_sentences
from contracts.analysis.text import fold

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|"
          r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|"
          r"febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)")
DATE = (rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?: de)? {_MONTH}\b|\b{_MONTH}\.? \d{{1,2}}\b|"
        rf"\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b)")
_NUMBER = (r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"forty|fifty|thirty|twenty|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
           r"diez|doce|cuarenta|cincuenta|treinta|veinte)")
_MONEY = (r"(?:[$₱€£q]\s?\d|\b(?:usd|mxn|php|gtq|cad|jmd|kwd|eur)\s?\d|"
          r"\d[\d,.]* (?:dolares|dollars|pesos|quetzales))")
_EMPLOYERISH = r"\b(?:llc|inc|ltd|corp|co|company|s\.?\s?a|s\.?\s?c|farms?|ranch|gmbh|l\.?p)\b"
_ADDRESS = (r"(?:\b\d{1,6}[a-z]? (?:[nsew]\.? |north |south |east |west |ne |nw |se |sw )?\w+ "
            r"(?:\w+ )?(?:road|rd|street|st|avenue|ave|av|drive|dr|lane|ln|boulevard|blvd|highway|"
            r"hwy|pike|way|court|ct|grade|route|calle|carretera|camino)\b|\b\d{5}(?:-\d{4})?\b|"
            r"\bblock \d+, street \d+|\b(?:state of|estado de) [a-z]+|highway|providenciales)")

RETURN_TRIP = (r"\b(?:trip home|return\w*|regreso|(?:viaje|boleto|vuelta) a casa|"
               r"back to (?!you\b|him\b|her\b|them\b|the worker)|"
               r"home at the end|de vuelta|travel home|bus home|ticket home|fare home|"
               r"flight home|outbound)\b")
_RETURN = re.compile(RETURN_TRIP)

# term -> (keyword, concrete value); both must appear in one unit (sentence or label pair).
TERM_PATTERNS: dict[str, tuple[str, str]] = {
    "employer_identity": (
        r"\b(?:employer|empleador|empresa|patron|business name|nombre del negocio|company|"
        r"mi empleador|my employer)\b", rf"{_EMPLOYERISH}|\b(?:mr|mrs|ms|sr|sra)\.? [a-z]+"),
    "worker_identity": (
        r"(?:^|\b)(?:worker|employee|trabajador\w*|empleado|persona trabajadora|nombre del "
        r"trabajador|worker's name|\bmr\.?|\bms\.?|\bmrs\.?|\bsr\.?|\bsra\.?|dear|estimad[oa])\b",
        r"\S"),
    "job_duties": (
        r"\b(?:job|position|occupation|duties|title|puesto|ocupacion|tareas|funciones|cargo|"
        r"what job|que trabajo|work involves|en que consiste|soc)\b",
        r"\b[a-z]{4,}\b(?:\W+\w+){2,}"),
    "work_location": (
        r"\b(?:worksite|work site|place|location|lugar|sitio|ubicacion|where|donde|country of "
        r"employment|campos?|planta|en|in|at)\b",
        rf"{_ADDRESS}|\b(?:county|condado|state|estado)\b|, (?:[a-z]{{2}}\b|alberta|ontario|"
        r"kuwait|canada|mexico|washington|california|florida|missouri|texas|alabama|tennessee|"
        r"georgia|carolina|michigan|virginia|arizona|new \w+|nuevo \w+|north \w+|[a-z]+ "
        r"province)"),
    "employment_period": (rf"{DATE}", rf"{DATE}.*{DATE}|{DATE}.*\b(?:years?|months?|anos?|meses)\b|"
                          rf"\b(?:years?|months?|anos?|meses)\b.*{DATE}"),
    "hours_of_work": (
        rf"\b{_NUMBER} (?:hours|horas|hrs)\b|\b\d{{1,2}}(?::\d\d)? ?(?:a\.?m|p\.?m)\b.*\b(?:to|a|"
        r"until|-|–)\b|\bde \d{1,2}:\d\d a \d{1,2}:\d\d\b",
        r"\b(?:week|weekly|day|daily|semana\w*|dia\w*|diari\w+|shifts?|turnos?|monday|lunes|"
        r"schedule|horario|per|por|a)\b"),
    "wage_rate": (_MONEY, r"\b(?:per|an|a|por|al|each|cada) (?:hour|hora|month|mes|day|dia|week|"
                  r"semana|piece|pieza|bin|box|caja|bucket|cubeta|unit)\b|/(?:hr|hour|h)\b|"
                  r"\b(?:salary|salario|sueldo|wage)\b"),
    "wage_adjustment": (
        r"\b(?:higher|highest|mas alta|mayor|aewr|prevailing|adjust\w*|raises?|aumentos?|"
        r"increase\w*)\b",
        r"\b(?:publish\w*|publica\w*|legal|aewr|prevailing|prevaleciente|minimum|minimo|takes "
        r"effect|entra en vigor|start date|fecha de inicio|applies|aplica)\b"),
    "overtime": (
        r"\b(?:overtime|horas? extras?|tiempo extra|over 40|mas de 40|after 40|despues de 40)\b",
        rf"{_MONEY}|time and a half|\b1\.5\b|\bnot? (?:be )?(?:offered|available)|\bnone\b|"
        r"no se ofrece\w*|no hay"),
    "pay_frequency": (
        r"\b(?:weekly|bi-?weekly|every (?:other )?(?:week|friday|thursday|two weeks|\w+day)|"
        r"twice (?:a|per) month|semi-?monthly|monthly|semanal\w*|quincenal\w*|cada (?:semana|dos "
        r"semanas|viernes|jueves|mes|quincena)|mensual\w*|each (?:week|month|payday)|"
        r"los viernes)\b",
        r"\b(?:pay\w*|paid|pago|paga\w*|salary|sueldo|salario|check|cheque|deposit\w*|wages?)\b"),
    "deductions": (
        r"\b(?:deduct\w*|taken out|take[sn]? out|withh\w+|descuent\w+|descont\w+|deduccion\w*|"
        r"retenci\w+)\b",
        r"\b(?:tax\w*|impuesto\w*|social security|seguro social|medicare|garnish\w*|embargo\w*|"
        r"none|ninguna?|only|solo|nothing|nada|national insurance|law requires|ley)\b"),
    "three_fourths_guarantee": (
        r"(?:three[- ]fourths|3/4|¾|\b75 ?(?:%|percent|por ciento)|tres de cada cuatro|three out "
        r"of every four|three-quarters|tres cuartas partes)",
        r"\b(?:work|trabajo|days|dias|hours|horas|guarantee\w*|garantia)\b"),
    "housing": (
        r"\b(?:housing|lodging|vivienda|alojamiento|rooms?|cuartos?|bunkhouse|barracas|"
        r"dormitor\w+|casa|live|vivire|motel|viviendas)\b",
        rf"\b(?:free|no cost|sin costo|sin pagar|rent-free|without rent|supplied|provided|"
        rf"suministra\w*|proporciona\w*)\b|{_ADDRESS}"),
    "meals": (
        r"\b(?:kitchen\w*|cocina\w*|meal plan|three meals|tres comidas|free food|comida gratis|"
        r"meals (?:are|will be) (?:provided|furnished|served)|comidas (?:se )?(?:proporcionan|"
        r"incluidas)|staff meals?|food and lodging|alimentacion)\b", r"\S"),
    "inbound_transportation": (
        r"\b(?:trip to the job|to the job|inbound|viaje (?:de ida|al trabajo|hasta aqui)|"
        r"trip here|travel to|ticket from|boleto (?:de avion )?de \w+ a|autobus desde|bus from|"
        r"fares?|airfare|pasajes?|boletos?|tickets?|travel|trip|viaje|bus|plane|flight|vuelo|"
        r"transport\w*)\b", r"__relief__"),
    "return_transportation": (RETURN_TRIP, r"__relief__"),
    "daily_transportation": (
        r"\b(?:daily|each workday|every workday|cada dia|traslado diario|daily rides|"
        r"to the fields|al campo|a los campos|company bus|camioneta|transport\w* to and from)\b",
        r"\b(?:free|gratis|gratuit\w+|pay nothing|no pagan nada|sin costo|provided|no cost)\b"),
    "visa_reimbursement": (r"\b(?:visas?|consular|border[- ]crossing|cruce)\b", r"__relief__"),
    "tools_provided": (
        r"\b(?:tools?|equipment|herramientas?|equipo|gear|supplies|suministros|everything you need|"
        r"todo lo que necesita|uniforms?|gloves)\b",
        r"\b(?:free|no charge|no cost|sin costo|sin cargo|gratis|gratuit\w+|provided|handed out|"
        r"se entregan|las entrega)\b"),
    "workers_compensation": (
        r"\b(?:workers'? comp\w*|compensacion (?:laboral|de (?:los )?trabajadores)|work injur\w+|"
        r"seguro (?:por|de|contra) accidentes|riesgos de trabajo)\b", r"\S"),
    "earnings_statements": (
        r"\b(?:pay ?stubs?|itemized|earnings statements?|statement of (?:hours|earnings)|talon\w*|"
        r"estado detallado|recibo de (?:pago|nomina)|pay records|stub)\b", r"\S"),
    "termination": (
        r"\b(?:dismiss\w*|fired|terminat\w+|despid\w+|despedir|abandon\w*|renuncia\w*|quit\w*|"
        r"notice|aviso|terminacion|end the contract)\b",
        r"\b(?:cause|causa|days|dias|workdays|notice|aviso|misconduct|falta|written|escrito|"
        r"reason|razon|motivo|justificad\w*)\b"),
    "contract_impossibility": (
        r"\b(?:impossible|imposible|act of god|natural disaster|desastre|flood|inundacion|fire|"
        r"incendio|freeze|helada|hurricane|huracan|storm|tormenta)\b",
        r"\b(?:impossible|imposible|contract|contrato|end\w*|termin\w*|stop\w*|deten\w+)\b"),
    "job_requirements": (
        r"\b(?:experience|experiencia|requirements?|requisitos?|qualify|calificar|able to|"
        r"capacidad|must be|saber|licen[cs]e|licencia|lift|levantar)\b",
        r"\b(?:months?|meses|years?|anos|season|temporada|pounds|libras|lb|no experience|"
        r"experiencia en|experience (?:in|with|as)|"
        r"license|licencia|able|capaz|capacidad|swim|nadar|valid)\b"),
}
_COMPILED = {t: (re.compile(k), re.compile(v)) for t, (k, v) in TERM_PATTERNS.items()}
_VAGUE = re.compile(
    r"\b(?:segun (?:las )?necesidades|as needed|to be determined|tbd|por definir|variable|"
    r"a convenir|depending on|dependiendo|seg[uú]n (?:el|la) (?:empresa|patron))\b"
)
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,4}\b")
_NOT_NAME = re.compile(r"\b(?:signature|firma|date|fecha|_{3,})", re.I)


def _worker_named(unit: str) -> bool:
    """A worker label, salutation or party definition followed by a personal name."""
    m = re.search(r"(?:^|\b)(?:worker|employee|trabajador[a]?|empleado|Mr\.?|Ms\.?|Mrs\.?|Sr\.?|"
                  r"Sra\.?|Dear|Estimad[oa])\b[:.]?\s*", unit, re.I)
    if m and not _NOT_NAME.search(unit[m.end():m.end() + 30]):
        if _NAME.match(unit, m.end()):
            return True
    return bool(re.search(rf"{_NAME.pattern}\s*\((?:en adelante|hereinafter)[^)]*(?:TRABAJADOR|"
                          r"WORKER|EMPLOYEE|EMPLEAD)", unit))


def _relieved(term: str, sentence: str) -> bool:
    """The sentence names the trip or fee and says the employer pays or repays it."""
    if not _COMPILED[term][0].search(sentence):
        return False
    charge, relief = balance(sentence)
    return relief and not charge


def term_present(term: str, unit: str) -> bool:
    """Whether one unit (sentence or label pair) states `term` with a concrete value."""
    folded = fold(unit)
    keyword, value = _COMPILED[term]
    k = keyword.search(folded)
    if not k:
        return False
    if term == "worker_identity":
        return _worker_named(unit)
    rest = folded
    if _VAGUE.search(rest) and term in ("hours_of_work", "work_location", "wage_rate"):
        return False
    daily = _COMPILED["daily_transportation"][0]
    if term == "inbound_transportation" and (_RETURN.search(folded) or daily.search(folded)):
        return False
    if value.pattern == "__relief__":
        return any(_relieved(term, fold(s)) for s in split_sentences(unit))
    return bool(value.search(rest))


_ADDRESS_RE = re.compile(_ADDRESS)


def find_terms(units: Iterable[Clause], required: tuple[str, ...]) -> list[TermFound]:
    """The first unit proving each required term."""
    units = list(units)
    found: dict[str, TermFound] = {}
    if not any(_ADDRESS_RE.search(fold(u.text)) for u in units):
        required = tuple(t for t in required if t != "employer_identity")
    for unit in units:
        for term in required:
            if term not in found and term_present(term, unit.text):
                found[term] = TermFound(term=term, page=unit.page, excerpt=unit.text)
    return [found[t] for t in required if t in found]
