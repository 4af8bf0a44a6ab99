"""People named as recruiters: "its local agent Mr. Bishnu Bahadur Thapa", "X, our representative"."""

from __future__ import annotations

import re

_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
_PERSON = rf"{_WORD}(?:\s+(?:de\s+|del\s+)?{_WORD}){{1,3}}"
_TITLE = (
    r"(?i:(?:Mr|Mrs|Ms|Miss|Sr|Sra|Srta|Lic|Ing|Dr)\.?|se[ñn]or|se[ñn]ora|don|do[ñn]a|"
    r"licenciad[oa]|ingenier[oa])"
)
_ROLE = (
    r"(?i:(?:local |sub-?)?agent|recruiter|representative|reclutador[a]?|promotor[a]?|"
    r"enganchador[a]?|gestor[a]?|coordinador[a]? de reclutamiento|agente(?: local)?)"
)
# "its local agent Mr. Bishnu Bahadur Thapa", "El reclutador. El señor Efraín Cux Tzoc"
_ROLE_THEN_NAME = re.compile(
    rf"\b{_ROLE}\b[.:,]?\s+(?:(?i:our|its|the|el|la|su|nuestro|nuestra)\s+)?(?:{_TITLE}\s+)?"
    rf"(?P<name>{_PERSON})"
)
# "Mr. Abul Kalam Mia, our representative in Cumilla"
_NAME_THEN_ROLE = re.compile(
    rf"(?:\b{_TITLE}\s+)?(?P<name>{_PERSON}),?\s+(?:(?i:our|its|the|their|el|la|su|nuestro|"
    rf"nuestra)\s+)?{_ROLE}\b"
)
_NOT_PERSON = re.compile(
    r"\b(?:Agency|Agencia|Company|Empresa|Employer|Worker|Trabajador|Services?|Servicios|Labor|"
    r"Laboral|Overseas|Employment|Recruit\w*|Reclut\w*|Department|Ministry|The|El|La|Dear|"
    r"Estimad[oa]|Buenas|Hola|Huella|Firmas?|Nombre|Signature|Name|Por|By|Sello|Stamp|Fecha|Date|"
    # "Neither Coastal, the Local Agent nor ...", "For Coastal For the Local Agent": no person
    r"Neither|Nor|Either|Both|For|Ni|Signed|Firmado)\b"
)


def named_agents(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each person the text names as a recruiter or agent."""
    found: list[tuple[str, int, int]] = []
    for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if not name[0].isupper() or _NOT_PERSON.search(name):
                continue
            if not any(s <= m.start("name") < e for _, s, e in found):
                found.append((name, m.start("name"), m.end("name")))
    return found
