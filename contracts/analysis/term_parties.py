"""Who a contract names: the worker by name, the employer by name and address."""

from __future__ import annotations

import re

from contracts.analysis.term_patterns import ADDRESS, EMPLOYERISH
from contracts.analysis.text import fold, unmarked

_RECRUITERISH = re.compile(
    r"\b(?:agency|agencia|recruit\w*|reclut\w*|staffing|manpower|"
    r"overseas|placement|colocacion|laborales|empleos?|enlaces?|gestor\w*|intermedia\w*|talento|"
    r"workforce)\b"
)

EMPLOYER_NAME = re.compile(EMPLOYERISH)
ADDRESS_RE = re.compile(ADDRESS)

# One capitalised name word: "Kemar", "O'Neil", "McFarlane".
_NAME_WORD = r"[A-ZÁÉÍÓÚÑ]'?[A-Za-záéíóúñ]*[a-záéíóúñ]"

# A personal name: two to five capitalised words, middle initials allowed ("Devon A. Clarke").
_NAME = re.compile(
    rf"(?:\b{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:de la |dela |del |de )?{_NAME_WORD}){{1,4}}\b|"
    r"\b[A-ZÁÉÍÓÚÑ]{2,}(?:\s+[A-ZÁÉÍÓÚÑ]{2,}){1,4}\b)"
)

_WORKER_LABEL = re.compile(
    # the longer labels first: "Worker Name: Budi" is not the label "Worker" before "Name"
    r"(?:^|\b)(?:(?:candidate|applicant|worker|employee)(?:'?s)?\s+(?:full\s+)?name|"
    r"(?:trabajador[a]?|empleado)\s+nombre(?:\s+completo)?|"
    r"name of (?:the )?(?:worker|employee|candidate|applicant)|nombre del? "
    r"(?:la )?(?:trabajador[a]?|aspirante|candidat[oa]|solicitante)|"
    r"worker|employee|trabajador[a]?|empleado|Mr\.?|Ms\.?|Mrs\.?|Sr\.?|"
    r"Sra\.?|Dear|Estimad[oa]|se[ñn]or|se[ñn]ora|don|do[ñn]a)\b\)?[:.]?\s*(?:(?:is|es)\s+)?"
    r"(?:(?:Mr|Ms|Mrs|Miss|Sr|Sra|Srta|Ma|Md|Mohd|Mst)\.?\s+)?",
    re.I,
)

NAMED_COMPANY = re.compile(r"\b(?!The\b|THE\b|La\b|LA\b)[A-Z][\w&'-]+ (?:Company|COMPANY)\b")

_NOT_A_PERSON = re.compile(
    r"\b(?:fund|welfare|department|agency|agencia|company|empresa|employer|empleador|insurance|"
    r"seguro|visa|contract|contrato|recruit\w*|reclut\w*|orientation|course|fee|ltd|inc|services?|"
    r"servicios|labou?r|laboral|office|oficina|ministry|ministerio|hospital|clinic|bank|banco|"
    r"trabajador|worker|firma|signature|nombre|name|huella)\b",
    re.I,
)

_ROLE = re.compile(
    r",?\s*(?:(?:our|the|your|nuestro|nuestra|el|la|su) )?(?:representative|agent|manager|"
    r"recruiter|supervisor|coordinator|director|officer|representante|agente|gerente|encargad[oa]|"
    r"reclutador\w*|coordinador\w*|promotor\w*)",
    re.I,
)

_NAME_MIN = 5  # characters of a name, at least, before a "Date" or "Signature" label
_NOT_NAME = re.compile(r"\b(?:signature|firma|date|fecha|_{3,})", re.I)

_NAME_WITH_ID = re.compile(
    rf"(?P<name>{_NAME.pattern})"
    # "Yuliana Rentería Mosquera, de nacionalidad colombiana, con pasaporte n.º AT481177"
    r"(?:,? (?i:de nacionalidad|nacionalidad|of|nationality|born|nacid[oa]|a national of)[^,()]{0,40},?)?"
    r"\s*[,·;–-]?\s*(?i:son of|daughter of|wife of|hij[oa] de|"
    r"identificad[oa] con|con c[eé]dula|c[eé]dula|C\.C\.|DNI|CURP|DPI|passport no|"
    r"(?:con |with )?(?:pasaporte|passport)(?: [a-záéíóú]+)? (?:no|n[°º.])|"
    r"identity card|id card|national id|tarjeta de identidad|documento de identidad|"
    r"mayor de edad|of legal age|holder of passport)\b"
)

_EMPLOYER_LABEL = re.compile(r"\b(?:EMPLEADOR\w*|EMPLOYER|PATR[OÓ]N\w*|Empleador\w*|Employer)\b")

# "Dear Mr. Campbell", "Estimado señor Chávez": a salutation needs only the surname.
_SALUTATION = re.compile(
    r"\b(?:Dear|Estimad[oa]|Querid[oa])\s+(?:(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|se[ñn]or|se[ñn]ora|don|"
    r"do[ñn]a)\.?\s+)?(?!Sir\b|Madam\b|Se[ñn]or|Candidat|Applicant|Worker|Employee|Trabajador|"
    r"Colleague|Friend|Amig|Team|Equipo|All\b|Todos)[A-ZÁÉÍÓÚÑ][a-záéíóúñ']+"
)


def worker_named(unit: str) -> bool:
    """A worker label, salutation or party definition followed by a personal name."""
    # Names in any Latin script ("Nguyễn Thị Hồng Nhung"): the marks go, the capitals stay.
    unit = unmarked(unit)
    if _SALUTATION.search(unit):
        return True
    for m in _WORKER_LABEL.finditer(unit):
        # "Worker: ______ Date:" is a blank; "Name: Budi Santoso Date of birth:" is a name.
        cut = _NOT_NAME.search(unit, m.end(), m.end() + 30)
        if cut and cut.start() - m.end() < _NAME_MIN:
            continue
        name = _NAME.match(unit[: cut.start()] if cut else unit, m.end())
        # "Mr. Abul Kalam Mia, our representative": a named agent is not the worker.
        if name and not _ROLE.match(unit, name.end()) and not _NOT_A_PERSON.search(name.group(0)):
            return True
    # "Yeison Andrés Mosquera Palacios, mayor de edad, identificado con cédula ...", "Received from
    # Md. Rafiqul Islam Sarker, son of ...": a person named with their identity papers.
    for m in _NAME_WITH_ID.finditer(unit):
        if not _EMPLOYER_LABEL.search(unit[max(0, m.start() - 40) : m.start()]):
            if not _NOT_A_PERSON.search(m.group("name")):
                return True
    return bool(
        re.search(
            # "Dwayne Oneil Barrett of Lot 22, Church Street, May Pen, passport no. A411 ("the Worker")"
            rf"{_NAME.pattern}(?:(?:,| of| de| del| with| con)[^()]{{0,120}})?\s*\((?:en adelante|hereinafter)?"
            r"[^)]{0,30}(?:TRABAJADOR|WORKER|EMPLOYEE|EMPLEAD|HELPER|CANDIDAT|APPLICANT|ASPIRANTE|"
            r"SOLICITANTE)",
            unit,
            re.I,
        )
    )


# "a beach hotel", "una finca": a kind of business, not a named one.
_SOME = re.compile(r"\b(?:a|an|any|un|una|cualquier)\s(?:[\w'-]+\s){0,2}$")


def employer_with_address(unit: str) -> bool:
    """A business name with its address is the employer's identity unless it is an agency."""
    folded = fold(unit)
    named = any(not _SOME.search(folded[: m.start()]) for m in EMPLOYER_NAME.finditer(folded))
    return named and bool(ADDRESS_RE.search(folded)) and not _RECRUITERISH.search(folded)
