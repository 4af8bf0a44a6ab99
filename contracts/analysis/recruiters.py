"""Recruiters and agencies named in a contract, checked against the registry lookup."""

from __future__ import annotations

import re
from collections.abc import Iterable

from contracts.analysis.agents import named_agents
from contracts.analysis.model import RecruiterLookup, RecruiterMention
from contracts.analysis.segment import Clause

_CAP = r"[A-ZÁÉÍÓÚÑ][\w&'’.\-]*"
_LINK = r"(?:\s+(?:de|del|la|las|los|y|&|and|of|para|el)\s+|\s+)"
_SUFFIX = (
    r"S\.\s?A\.\s?S\.|S\.\s?C\.|S\.\s?P\.\s?R\.(?:\s+de\s+R\.\s?L\.)?|S\.\s?A\.(?:\s+de\s+C\.\s?V\.)?|"
    r"S\.\s?(?:de|DE)\s+R\.\s?L\.(?:\s+(?:de|DE)\s+C\.\s?V\.)?|S\.\s?A\.\s?S\.|JSC|J\.S\.C\.|"
    r"\(Pty\)\s?Ltd\.?|Inc\.?|inc\.|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|Co\.|Company|Corporation|Limited|GmbH|"
    r"E\.I\.R\.L\.|S\.A\.C\.|S\.R\.L\.|S\.L\.U?\.|A\.C\.|Sp\. z o\.\s?o\.|"
    r"Pvt\.? Ltd\.?|LTD\.?|INC\.?|CORP\.?|CO\.|COMPANY|CORPORATION|LIMITED|PVT\.? LTD\.?|"
    r"SARL|S\.A\.R\.L\.|SRL"
)
# Indonesian and Malaysian companies put the legal form first: "PT Sinar Cahaya Mandiri".
_PREFIXED = re.compile(rf"\b(?:PT|CV|UD)\.?\s+{_CAP}(?:{_LINK}{_CAP}){{0,6}}")
LEGAL_NAME = re.compile(
    rf"(?P<name>{_CAP}(?:{_LINK}{_CAP}){{0,8}}),?\s+(?P<suffix>{_SUFFIX})(?!\w)"
)
_RECRUITER_WORDS = re.compile(
    r"\b(?:Reclut\w*|Recruit\w*|Agency|Agencia|Empleos?|Employment|Manpower|Staffing|Placement|"
    r"Colocaci\w+|Overseas|Talent\w*|Contrataci\w+|Personnel|Personal|Laboral\w*|Labor|Workforce|"
    r"Migratori\w+|Recrutement|Enlaces?|"
    r"Headhunt\w*|Migrant\w*|Jobs|Trabajos?|Careers?|Recursos Humanos|Outsourcing|Chambas?|"
    r"Jales?|Oportunidad\w*|Opportunit\w+|Vacantes?|Vacanc\w+)\b"
)
_LINK_WORD = re.compile(r"de|del|la|las|los|y|&|and|of|para|el")
_JOB_TITLE = re.compile(
    r"Manager|Gerente|Officer|Director\w*|Coordinador\w*|Coordinator|Supervisor\w*|Representative|"
    r"Representante|Encargad[oa]|Jef[ea]|Specialist|Especialista|Asesor\w*"
)
_TRADE_NOUN = re.compile(
    r"Recruitment|Recruiting|Staffing|Laborales|Laboral|Services|Servicios|Consultants?|Solutions|"
    r"Agency|Agencia|Empleos|Personnel|Workforce|Employment|Reclutamiento|Colocaciones"
)
_PLAIN = re.compile(rf"{_CAP}(?:{_LINK}{_CAP}){{1,6}}")
_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Departamento|Ministry|Ministerio|Secretar\w+|Commission|Comisi\w+|Bureau|"
    r"Authority|Government|Gobierno)\b"
)
_GOVERNMENT = re.compile(
    r"\b(?:Department|Departamento|Ministry|Ministerio|Secretar\w+|Commission|Comisi\w+|"
    r"Office|Oficina|Servicio Nacional|State Workforce|Workforce (?:Commission|Connection|"
    r"Agency|Development|Solutions)|Employment (?:Development|Security|Service)|Administration|"
    r"CareerSource|Works!?|Registro|Registry|Bureau|Council|Consejo|Fund|Fondo|Welfare|Insurance|"
    r"Ombudsman|Inspectorate|Desarrollo Social|Social Development|Permit System|Servicio P[uú]blico|Autorizaci[oó]n|Social Development|Division of|Labou?r (?:&|and) Industries|Attach[eé]|Camp|Campamento|Affairs|Gesti[oó]n Colectiva|Inspecci[oó]n|Inspection|"
    # public services named after their country: "Employment New Zealand", "Service Canada"
    r"(?:Employment|Immigration|Service|Labou?r) (?:New Zealand|Canada|Australia|Ireland|Ontario|"
    r"Alberta|Qu[eé]bec|Manitoba)|"
    r"Seguro|Authority|Board|Standards|Career Cent\w+|Job Cent\w+|One-Stop|Centro de Empleo|DHS|USCIS|"
    r"Ordinance|Act|Law|Ley|Code|C[oó]digo|Convention|Convenio|Contract|"
    r"Contrato|Agreement|Terms|T[eé]rminos|Conditions|Condiciones|Clearance|Order|Orden|"
    r"Documento?s?|Identi\w+|Passports?|Pasaportes?|Licen[cs]\w*)\b"
)
# A job title or descriptor ends a phrase that names a person's role, not a firm.
_DESCRIPTOR = re.compile(
    r"^(?:Licensed|Registered|Private|Privada|Autorizad\w|Manager|Gerente|Officer|Director\w*|"
    r"Coordinat\w+|Coordinador\w*|Supervisor\w*|Representative|Representante|Encargad\w|Jef\w+|"
    r"Specialist|Especialista|Asesor\w*)$"
)
_CUE = re.compile(
    r"(?:recruit\w*|reclut\w*|agency|agencia|agente|agent|contratista|broker|enganchador|"
    r"intermediar\w+|colocaci\w+|through|a trav[eé]s de|por conducto de|gestor|placement|"
    r"con la intervenci[oó]n de|"
    r"staffing|manpower|headhunt\w*)",
    re.I,
)
# Who the recruiter works for: "recluta por cuenta de X", "on behalf of X" names the employer.
_DOES_RECRUIT = re.compile(
    r"\b(?:recruit\w*|reclut\w*|entrevist\w*|interview\w*|honorarios|placement fees?|"
    r"selected you|lo seleccion\w*|la seleccion\w*|enganch\w*)",
    re.I,
)
_FOR_EMPLOYER = re.compile(
    r"(?:por cuenta de|por encargo de|on behalf of|for the employer)\s*$", re.I
)
# Trades that employ rather than recruit, when the name has no recruiting word.
_EMPLOYER_TRADE = re.compile(
    r"\b(?:Farms?|Ranch\w*|Orchards?|Growers?|Nurser\w+|Produce|Vineyards?|Hotel|Resort|"
    r"Seafood|Processors?|Packers?|Packing|Tobacco|Dairy|Landscap\w+|Construction|Restaurant|"
    r"Marina|Golf|Forestry|Reforestation|Facility|Hospital|Finca|Cafetal\w*|Forestal|Fruits?|"
    r"Frutas?|Apples?|Berr\w+|Vegetables?|Crab|Precision|Metal\w*|Manufactur\w+|Electronics?|"
    r"Textiles?|Garments?|Foods?|Alimentos|Camp|Inn|Suites|Lodge|Motel|Turf|Greenhouses?|"
    r"Invernaderos?|Fisher(?:y|ies)|Lumber|Timber|Foundry|Casting|Fasteners|Bakery|Panader\w+|"
    r"Agr[ií]cola)\b"
)
_ROLE_ONLY = re.compile(
    r"^(?:the\s+)?(?:agency|agencia|recruiter|reclutador|agent|employer|"
    r"empleador|worker|trabajador|company|empresa)$",
    re.I,
)
_ANSWER = re.compile(r"^(?:(?:No|Yes|S[ií]|Ok)\.?\s+|[A-Z][a-z]+\.\s+(?=(?:The|El|La)\s))")
# The party a name is defined as, in brackets or after a run of notarial prose ("representada
# por ..., a quien en lo sucesivo se le denominara LA AGENCIA").
_ROLE = (
    r"(?:\(|[^()\"“;]{0,160}?\(?(?:en adelante|en lo sucesivo|hereinafter|in lo sucesivo))"
    r"[^)]{0,40}"
)
_EMPLOYER_ROLE = re.compile(
    rf"{_ROLE}(?:EMPRESA|EMPLOY|EMPLEA|PATR)|"
    # "engaged by Bow Valley Lodge Ltd., 410 Banff Avenue, Banff, Alberta ("the Employer")"
    r"[^()\"“;]{0,100}?\(\s*[\"“]?(?:the |el |la |en adelante,? )?(?:EMPRESA|EMPLOY|EMPLEA|PATR)",
    re.I,
)
_RECRUITER_ROLE = re.compile(
    rf"{_ROLE}(?:RECLUT|RECRUIT|AGEN|GESTOR|INTERMEDIAR|ENGANCH|PROMOTOR|BROKER)", re.I
)
WINDOW = 60
# "Workers are recruited by Sendero Norte Agrícola, S.C.": the name is the recruiter's.
_RECRUITED_BY = re.compile(
    r"\b(?:(?:recruited|reclutad[oa]s?|seleccionad[oa]s?|enganchad[oa]s?) (?:\w+ )?(?:by|por)|"
    # "Recruitment in Mexico is carried out for the employer by Cosecha Justa ..."
    r"(?:recruitment|reclutamiento|selection|seleccion)\b[^.;]{0,60}?\b(?:by|por)|"
    r"(?:recruits?|recluta\w*|hires?|contrata) (?:\w+ ){0,3}?(?:through|via|por medio de|a trav[eé]s de|"
    r"mediante|por conducto de))\s+$",
    re.I,
)


_SENTENCE_BREAK = re.compile(
    r"(?<=[a-záéíóúñ]{2})\.\s+(?=(?:The|El|La|Los|Las|This|Este|Esta|We|Our|Nuestra)\s)"
)
# Articles and the notarial verbs that open a party clause ("Comparecen X, S.A. y ...").
_LEADING = re.compile(
    r"^(?:(?:The|El|La|Los|Las|By|Por|A|An|the|el|la|los|las|al|del|and|y|And|Y|Entre|Between|Que|QUE|"
    # a licence or registration number printed before the name: "R712044 Colocaciones ..."
    r"(?:(?:Licencia|License|Licence|Registro|Registration|Reg\.|No\.)\s+)?[A-Z]{0,4}-?\d[\d-]{3,}|"
    r"Comparece\w*|Celebran|Firman|Signed|Somos|Soy|We are|I am|Titular|Holder|Licensee|Nombre|"
    r"Name|Raz[oó]n [Ss]ocial|Huella|Firma|Sello|Fecha|For|Neither|Nor|Conforme|BETWEEN|ENTRE|"
    r"(?:Sponsor|(?:Plant |Operations |General |Farm )?Manager)(?=\s+[A-ZÁÉÍÓÚÑ]\w+\s+[A-ZÁÉÍÓÚÑ])|(?:Sending |Foreign |Licensed |Local )?"
    r"(?:Recruiter|Agency|Agent|Recruiting [Aa]gency|Recruiting|Reclutador|Agente)"
    r"(?=\s+[A-ZÁÉÍÓÚÑ]\w+\s+[A-ZÁÉÍÓÚÑ]))\s+|"
    # an all-capitals role line run into a name: "LA PERSONA TRABAJADORA Huella Corporación ..."
    r"(?:[A-ZÁÉÍÓÚÑ]{2,}\s+){2,}(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])|"
    # a role label run into the name it labels: "LA AGENCIA Horizonte ...", "AGENCIA Agencia de ..."
    r"(?:(?:LA|EL|THE)\s+)?(?:AGENCIA|AGENCY|RECLUTADORA?|RECRUITER|GESTORA?|AGENTE?)"
    r"(?:\s+(?:RECLUTADORA|DE COLOCACI[OÓ]N))?\s+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))+"
)
# Everyday nouns: a run made only of these and recruiting words names no firm ("Labor Day").
_COMMON = re.compile(
    r"^(?:Days?|D[ií]as?|Employees?|Employers?|Workers?|Sponsors?|Garant[ií]a|Guarantee|"
    r"Cosecha|Harvest|Temporada|Season|Salario|Salary|Pago|Pay|Horas?|Hours?|"
    r"Trabajador\w*|Empleador\w*|Patr[oó]n|Empresa|Company|Part(?:y|ies|e|es)|Cl[aá]usula|"
    r"Articles?|Art[ií]culo|Sections?|Secci[oó]n|Derechos|Rights|Obligaciones|Duties|Fees?|"
    r"Costs?|Costos?|Gastos|Housing|Vivienda|Domestic|Dom[eé]stic\w*|Farm|Field|Campo|"
    r"Name|Nombre|Address|Direcci[oó]n|Date|Fecha|Signature|Firma|Foreign|Extranjer\w*|Signed|"
    r"Firmad[oa]|U\.S\.A?\.?|USA|Agency's|President|Presidente|Secretary|Owner|Propietari[oa]|"
    r"Standards|Stability|Estabilidad|Witness|Testigo|Contractors?|Contracting|Contratistas?|"
    r"Temporal|Temporary|Temporales|Programa?|Programs?|Recursos|Humanos|Human|Resources|"
    r"Directora?|Registered|H-2[AB]|Visas?|Recolecci[oó]n|Siembra|Poda|Empaque|Tarifas?|The|El|La|"
    r"Los|Las|Government|Gobierno|Approved|Aprobad[oa]|Licensed|Authori[sz]ed|Accredited|"
    r"Agricultural|Agr[ií]colas?|Seasonal|Estacional|Humano|Talento|Talent|Offer|Oferta|Directa?|"
    r"[A-Z]{2,3})$"
)


# "Employment Stabilization Fee", "Acuerdo de Reclutamiento y Colocación No. ...": a charge
# or a document named like a firm.
_NOT_A_FIRM = re.compile(
    r"\b(?:Fees?|Charges?|Levy|Levies)$|^(?:Acuerdo|Agreement|Contrato|Contract|Convenio|Schedule|"
    r"Anexo|Annex)\b"
)


def _clean(name: str) -> str:
    """Trim leading articles and stray punctuation from a captured name."""
    name = _ANSWER.sub("", name.strip(" ,;:\"'“”"))
    # "... Sibinal Huella El": signature-block words after a name are not part of it.
    name = re.sub(
        r"(?:\s+(?:Huella|Firma|Sello|Fecha|For|Por|El|La|The|Entreg[oó]|Recib[ií][oó]?|RECIBO|Recibo|"
        r"No\.|Authori[sz]ed|Representative|Signatory|(?:de|of) (?:la )?(?:Agencia|Agency)|"
        # "... del Altiplano Cel", "... HN Exportado": a letterhead's contact or export line
        r"Cel|Tel\.?|Tel[eé]fono|Phone|WhatsApp|Exportado|Exported|Page|P[aá]gina|Hoja|"
        # "Sagarmatha Link Overseas NPR": the currency of the amount cell beside it
        r"(?:NPR|USD|MXN|PHP|GTQ|JMD|HNL|PEN|EUR|GBP|QAR|SAR|AED|MYR|BDT|LKR|IDR|INR|CAD)))+\s*$",
        "",
        name,
    )
    # "Sharon E. McKenzie Worker For Blue Mahoe ...": the signature column the name sits under.
    name = re.split(
        r"\b(?:Worker|Employer|Trabajador\w*|Empleador|Witness|Testigo)\s+(?:For|Por)\s+", name
    )[-1]
    # "PRIMERA. Objeto. Servicios ..., S.A.": a clause's number and heading before the name.
    name = _ENUMERATOR.sub("", name)
    # "Cuchumatanes Empleos.": a full stop that closes a sentence, not a legal form.
    if not re.search(rf"(?:{_SUFFIX})$", name, re.I):
        name = name.rstrip(".")
    # "Recruitment. Talento Andino ... S.A.C.": a heading word ends before the name.
    name = re.sub(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{3,}\.\s+(?=[A-ZÁÉÍÓÚÑ])", "", name)
    # A sentence break inside the capture: only the part after it can be the name.
    name = _SENTENCE_BREAK.split(name)[-1]
    name = _LEADING.sub("", name)
    return re.sub(r"\s+", " ", name)


def _shout(name: str) -> str:
    """An all-capitals letterhead name in title case; other names unchanged."""
    return name.title() if name.upper() == name and LEGAL_NAME.search(name) else name


# A label cell and its value run together: "Recruiter in Mexico Enlace ..., S.C."
_PLACE_BEFORE = re.compile(r"\b(?:in|en)\s+$")
# An enumerator before a heading and the sentence after it: "J. Reclutamiento. El ..."
_HEADING_END = re.compile(r"(?<=[a-záéíóúñA-ZÁÉÍÓÚÑ]{3})\.\s")
_ENUMERATOR = re.compile(
    r"^(?:[A-Z]\.\d+\.?\s+|(?:[A-Z]?\d+(?:\.\d+)*|[A-Z]|[IVX]+|(?:D[ÉE]CIM[AO]\s+)?(?:PRIMER[AO]|SEGUND[AO]|TERCER[AO]|"
    r"CUART[AO]|QUINT[AO]|SEXT[AO]|S[ÉE]PTIM[AO]|OCTAV[AO]|NOVEN[AO])|D[ÉE]CIM[AO]|UND[ÉE]CIM[AO]|"
    r"DUOD[ÉE]CIM[AO]|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH)\.\s+)"
)


_NEXT_SENTENCE = re.compile(r"(?<=[a-z0-9)]{2})\.\s+(?=[A-Z])")


def _is_recruiter(text: str, start: int, end: int, name: str) -> bool:
    """Whether the name at text[start:end] is cast as a recruiter by itself or its context."""
    # (only up to the sentence's end: the next sentence may name another firm's trade)
    after = _NEXT_SENTENCE.split(text[end : end + 240])[0]
    if _EMPLOYER_ROLE.match(after.lstrip(" ,")):
        return False
    if _RECRUITER_ROLE.match(after.lstrip(" ,")) or _RECRUITER_WORDS.search(name):
        return True
    before = text[max(0, start - WINDOW) : start]
    if _RECRUITED_BY.search(before):
        return True
    if _FOR_EMPLOYER.search(before) or _EMPLOYER_TRADE.search(name):
        return False
    cues = list(_CUE.finditer(before))
    if not cues:
        # What the firm does, said right after its name: "X, S.C., que lo entrevisto ...".
        return bool(_DOES_RECRUIT.search(after[: WINDOW + 40]))
    # The nearer of a recruiter cue and an employer word decides ("the employer nor its agent, X").
    employer = list(re.finditer(r"employer|empleador|empresa", before, re.I))
    return not employer or employer[-1].start() < cues[-1].start()


def _candidates(text: str) -> list[tuple[str, int, int]]:
    """Organisation names: with a legal suffix, or a capitalised run naming a recruiter trade."""
    found = [part for m in LEGAL_NAME.finditer(text) for part in _split_firms(m)]
    found += [
        (m.group(0), m.start(), m.end())
        for m in _PREFIXED.finditer(text)
        if not any(s <= m.start() < e for _, s, e in found)
    ]
    for m in _PLAIN.finditer(text):
        overlaps = any(s < m.end() and m.start() < e for _, s, e in found)
        name = _ENUMERATOR.sub("", _HEADING_END.split(m.group(0))[0])
        words = [w for w in name.split() if not _LINK_WORD.fullmatch(w)]
        generic = all(
            _RECRUITER_WORDS.fullmatch(w) or _DESCRIPTOR.match(w) or _COMMON.match(w) for w in words
        )
        # "Yesenia Carrasco Villalobos Gerente de Recursos Humanos": a person and a title
        generic = generic or any(_JOB_TITLE.fullmatch(w) for w in words)
        # "Trabajo H-2B Texas Trabajo H-2B": a flyer's repeated banner words name no firm.
        generic = generic or len(set(words)) < len(words)
        if (
            not overlaps
            and _RECRUITER_WORDS.search(name)
            and len(name.split()) >= 2
            and not generic
        ):
            found.append((name, m.end() - len(m.group(0)) + m.group(0).find(name), m.end()))
    for i, (name, start, end) in enumerate(found):
        words = name.split()
        if _PLACE_BEFORE.search(text[:start]) and len(words) >= 3:
            first = len(words[0]) + 1
            found[i] = (name[first:], start + first, end)
    return found


# "Northstar Manpower Services Corp. Formosa Bridge Agency Co.": a legal form inside a run
# ends one firm's name and the next begins.
_INNER_FORM = re.compile(
    r"(?<=\s)(?:Corp|Corporation|Inc|Ltd|Limited|Co|LLC)\.?,?\s+(?:(?:and|y|&)\s+)?"
    r"(?!(?:Ltd|LTD|Inc|INC|LLC|Limited|Pvt|Corp|de|DE)\b)(?=[A-ZÁÉÍÓÚÑ])"
)


def _split_firms(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """One legal-name match, split where a legal form ends a firm inside it."""
    text, start = m.group(0), m.start()
    cut = list(_INNER_FORM.finditer(m.group("name")))
    if not cut:
        return [(text, start, m.end())]
    parts, begin = [], 0
    for c in cut:
        part = re.sub(r"\s+(?:and|y|&)\s*$", "", text[begin : c.end()]).rstrip(" ,")
        parts.append((part, start + begin, start + c.end()))
        begin = c.end()
    parts.append((text[begin:], start + begin, m.end()))
    return parts


def _only_trade_words(name: str) -> bool:
    """A legal form after only a generic trade noun or two names no one firm."""
    base = re.sub(rf"[\s,]*(?:{_SUFFIX})\s*$", "", name).strip(" .,")
    words = [w.strip(",") for w in base.split() if not _LINK_WORD.fullmatch(w)]
    return (
        0 < len(words) <= 2
        and all(_TRADE_NOUN.fullmatch(w) for w in words)
        and bool(LEGAL_NAME.search(name))
    )


def _public(name: str) -> bool:
    """A public office or a law; a firm with a legal form is one only if it says so."""
    if LEGAL_NAME.search(name):
        return bool(_PUBLIC_BODY.search(name))
    return bool(_GOVERNMENT.search(name))


def _firm(name: str) -> str:
    """A name without its legal form or punctuation, to compare one firm's spellings."""
    return re.sub(rf"[\s,]*(?:{_SUFFIX})\s*$", "", name).strip(" .,").lower()


def find_recruiters(
    clauses: Iterable[Clause], lookup: RecruiterLookup | None = None
) -> list[RecruiterMention]:
    """Recruiters named in the clauses, once each, with what the registry knows of them."""
    mentions: dict[str, RecruiterMention] = {}
    employers: set[str] = set()
    for clause in clauses:
        candidates = _candidates(clause.text)
        for raw, start, end in candidates:
            name = _clean(_shout(_clean(raw)))
            if (
                len(name) < 5
                or _public(name)
                or name.upper() == name
                or _ROLE_ONLY.match(name)
                or _NOT_A_FIRM.search(name)
            ):
                continue
            # "Recruitment Ltd", "Laborales, S.A. de C.V.": the tail of a name cut by a line break.
            if _only_trade_words(name) and not clause.text[:start].strip():
                continue
            if _EMPLOYER_ROLE.match(clause.text[end : end + 240].lstrip(" ,")):
                employers.add(_firm(name))
            # "Agent Sagarmatha Rojgar Sewa Pvt. Ltd.": the label the name was printed under.
            label = raw[: raw.find(name.split()[0])] if name.split()[0] in raw else ""
            labelled = bool(_CUE.search(label) and LEGAL_NAME.search(name))
            cast = labelled or _is_recruiter(clause.text, start, end, name)
            if name.lower() in mentions or not cast:
                continue
            registry = lookup(name) if lookup else None
            mentions[name.lower()] = RecruiterMention(name, clause.page, clause.text, registry)
        firms = [(s, e) for _, s, e in candidates]
        for name, start, _ in named_agents(clause.text):
            # "Reclutadora Forestal Huasteca, S.C.": a firm's own words are no person's name.
            if any(s <= start < e for s, e in firms):
                continue
            if name.lower() not in mentions:
                registry = lookup(name) if lookup else None
                mentions[name.lower()] = RecruiterMention(name, clause.page, clause.text, registry)
    # A name defined as the employer anywhere is the employer, whatever a cut unit says.
    return _shortest_tail(
        _longest([m for m in mentions.values() if _firm(m.name) not in employers])
    )


def _shortest_tail(mentions: list[RecruiterMention]) -> list[RecruiterMention]:
    """Drop a name that only ends with a firm named on its own elsewhere: a signature row runs
    the people's names into it ("Delroy Whitfield Lorraine Whitcomb Island Pathways Ltd.")."""
    names = [m.name for m in mentions]
    kept = [m for m in mentions if not any(_people_before(m.name, o) for o in names if o != m.name)]
    # "Quetzal, S.A." of "Enlace Migrante Quetzal, S.A.": a table cell cut off one word and the
    # legal form of a firm named in full elsewhere.
    firms = {_firm(m.name) for m in kept}
    return [
        m
        for m in kept
        if not (
            len(_firm(m.name).split()) == 1
            and LEGAL_NAME.search(m.name)
            and any(f.endswith(" " + _firm(m.name)) for f in firms)
        )
    ]


def _people_before(name: str, firm: str) -> bool:
    """Whether `name` is `firm` after three or more plain words (people's names, not a trade)."""
    if not name.lower().endswith(" " + firm.lower()) or len(_firm(firm).split()) < 2:
        return False
    before = name[: -len(firm)].split()
    return len(before) >= 3 and not any(
        _RECRUITER_WORDS.search(w) or _TRADE_NOUN.fullmatch(w) or _LINK_WORD.fullmatch(w)
        for w in before
    )


def _longest(mentions: list[RecruiterMention]) -> list[RecruiterMention]:
    """Drop a name that only starts a fuller one ("Acme Empleos" of "Acme Empleos, S.A.")."""
    names = [m.name.lower() for m in mentions]
    return [
        m
        for m in mentions
        if not any(o != m.name.lower() and o.startswith(m.name.lower()) for o in names)
    ]


def letterhead_recruiters(
    clauses: Iterable[Clause], lookup: RecruiterLookup | None = None
) -> list[RecruiterMention]:
    """Recruiters a running letterhead names, where the name itself says it recruits."""
    return [m for m in find_recruiters(clauses, lookup) if _RECRUITER_WORDS.search(m.name)]


def agency_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a firm whose own name says it recruits ("Campo Dorado Reclutamiento")."""
    return [
        (start, end)
        for name, start, end in _candidates(text)
        if _RECRUITER_WORDS.search(name) and not _public(name)
    ]
