"""The names a document gives its parties: a firm's short name ("Sandhill will pay") reads as a
firm paying, and a worker defined under another name ("en adelante EL CLIENTE") as the worker."""

from __future__ import annotations

import re
from functools import lru_cache

from contracts.analysis.payer import EMPLOYER, WORKER
from contracts.analysis.recruiters import LEGAL_NAME, agency_spans
from contracts.analysis.text import fold
from contracts.analysis.topics import RECRUITER_PAYEE, topics

# Words that open many firms' names and mean something on their own.
_GENERIC = frozenset(
    "the el la los las agricultural agricola agricolas farms farm servicios services grupo group "
    "international internacional global national nacional american united general north south "
    "east west norte sur new nuevo nueva san santa".split()
)
# A name acting: "Sandhill may end the contract", "Flint Creek pays ...".
_ACTS = (
    r"(?=,? (?:will|shall|may|must|can|also|then|agrees|pays|covers|reimburses|recruits|"
    r"provides|guarantees|buys|bears|advances|offers|hires|paga|pagara|cubre|cubrira|"
    r"reembolsa\w*|contrata|proporciona|se compromete|asume|asumira)\b)"
)
_FIRM = "company"
_BY_END = re.compile(r"\b(?:by|por)\s+$", re.I)
_BY_NAME = re.compile(r"\b(?i:by|por)\s+[A-ZÁÉÍÓÚÑ]")


@lru_cache(maxsize=4)
def _acting_names(context: str) -> re.Pattern[str] | None:
    """Each firm's full name and short forms, where the document lets them act."""
    forms: set[str] = set()
    for m in LEGAL_NAME.finditer(context):
        # "Kinston. Flint Creek Melon Company, LLC": the name starts after the sentence ends.
        name = re.split(r"(?<=\w\w)\.\s+", m.group("name"))[-1]
        words = name.split()
        forms.update((name, m.group(0)[m.group(0).rindex(name) :]))
        if len(words) >= 3:
            forms.add(" ".join(words[:2]))
        first = words[0]
        if len(words) >= 2 and len(first) >= 4 and first.lower() not in _GENERIC:
            forms.add(first)
            forms.add(first.upper())
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]){_ACTS}")


# "la persona cuyos datos aparecen al final, en adelante EL CLIENTE": a name a party is given.
_DEFINED = re.compile(
    r"(?P<who>[^;:()]{0,200}?),?\s*\(?(?:en adelante|en lo sucesivo|de aqu[ií] en adelante|"
    r"hereinafter(?: referred to as| called)?)[,:]?\s*(?:se (?:le |les )?(?:denominar\w+|llamar\w+|"
    r"designar\w+)\s*)?(?:como\s+|as\s+)?[\"“'«]?(?P<article>(?:EL|LA|THE|The|the|El|La)\s+)?"
    r"(?P<head>[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{3,})"
)
# What only a natural person has: an identity, an age, a nationality, a title.
_PERSON = re.compile(
    r"\b(?:la persona|el senor|la senora|senora?|sra?\.|mr|ms|mrs|mayor de edad|of legal age|"
    r"ciudadan[oa]|nacionalidad|nationality|identidad|identity|curp|dpi|cedula|passport|pasaporte|"
    r"nacid[oa]|born|cuyos datos|whose (?:details|particulars|name)|por su propio derecho|"
    r"in (?:his|her) own (?:name|right))\b"
)
_NOT_WORKER = re.compile(
    rf"\b(?:{EMPLOYER}|{WORKER}|patr\w*|gestor\w*|promotor\w*|represent\w*|testigos?|witness\w*|"
    r"notar\w*|abogad\w*|lawyer|attorney|guarantor|fiador\w*|aval\w*)\b"
)


@lru_cache(maxsize=4)
def _worker_names(context: str) -> re.Pattern[str] | None:
    """The names the document defines for the worker, in their printed case."""
    heads: set[str] = set()
    for m in _DEFINED.finditer(context):
        who, head = m.group("who"), m.group("head")
        # Only the words since the previous party: "Entre X, en adelante LA AGENCIA, y ...".
        who = re.split(r"\b(?:entre|between|y|and|e)\s", who, flags=re.I)[-1]
        folded = fold(head)
        if LEGAL_NAME.search(who) or not _PERSON.search(fold(who)):
            continue
        if _NOT_WORKER.search(folded) or RECRUITER_PAYEE.search(folded):
            continue
        heads.add(head)
    if not heads:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, heads))})(?![\w-])")


def _worker_word(m: re.Match[str]) -> str:
    """The worker's own word, in the alias's case and language."""
    word = m.group(0)
    english = word.lower() in ("client", "customer", "beneficiary", "party", "member", "principal")
    plain = "worker" if english or word[-1:].lower() not in "aeo" else "trabajador"
    return plain.upper() if word.isupper() else plain


def as_firms(text: str, context: str) -> str:
    """`text` with each firm that acts in it called "company", whatever its own name, a firm
    named for recruiting called "the agency" (its name is no fee: "booked by Campo Dorado
    Reclutamiento"), and the worker called "worker" under whatever name the document defines."""
    spans = agency_spans(text) if _BY_NAME.search(text) else []
    for start, end in reversed(spans):
        # Only after "by"/"por" ("booked by Campo Dorado Reclutamiento"), and not "Foreign
        # Employment Welfare Fund": a name that says what it costs is that cost.
        if _BY_END.search(text[:start]) and set(topics(fold(text[start:end]))) <= {
            "recruitment_fee"
        }:
            text = f"{text[:start]}the agency{text[end:]}"
    names = _acting_names(context)
    text = names.sub(_FIRM, text) if names else text
    workers = _worker_names(context)
    return workers.sub(_worker_word, text) if workers else text
