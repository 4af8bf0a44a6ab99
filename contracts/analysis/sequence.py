"""A page's findings in reading order: a value read with its label, a sentence that points
back completing the finding before it, a table row over its cells, one finding per sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from contracts.analysis.fees import SHORT_WORDS, clause_findings
from contracts.analysis.model import FeeFinding
from contracts.analysis.money import Money, find_money, priced_in
from contracts.analysis.payer import EMPLOYER
from contracts.analysis.polarity import balance
from contracts.analysis.practice_patterns import PRACTICE_CATEGORIES
from contracts.analysis.segment import Clause, enclosing
from contracts.analysis.text import fold, key
from contracts.analysis.topics import topics

_LABEL_WORDS = 8
# "recupera esa suma", "deducts that amount": the sum the sentence before named.
_SAME_SUM = re.compile(
    r"\b(?:esa|dicha|esta|la misma) (?:suma|cantidad|monto|cuota)|\b(?:that|this|the said|the same) "
    r"(?:amount|sum)\b"
)
_PAYS_IT = re.compile(
    r"\b(?:you|workers?|the worker|usted|ustedes|el trabajador)\b(?: \w+){0,2}? "
    r"(?:will pay|must pay|shall pay|pays?|pagara|pagaran|debe pagar|deberan? pagar) "
    r"(?:it|them|this|that)\b(?! back)|\b(?:lo|la|los|las) (?:pagara|pagaran|debe pagar|paga)\b "
    r"(?:usted|ustedes|el trabajador)\b|"
    # "Workers who choose it pay $85 per week", "quienes la usen pagan 20 dólares"
    r"\b(?:you|workers?|those|anyone|quienes|los que|el que|la que)\b(?: who| that| que)? (?:(?:choose|"
    r"chooses|elect|elects|want|wants|take|takes|use|uses|accept|accepts) (?:it|them|this|that)|(?:la|lo|"
    r"las|los) (?:elijan?|quieran?|usen?|acepten?|tomen?))\b(?: \w+){0,2}? (?:pays?|pay|pagan?|paga|"
    r"pagaran?)\b"
)
_REFUNDS_IT = re.compile(
    r"\b(?:refunds?|reimburses?|repays?) (?:it|them)\b|\bpays? (?:it|them) back\b|"
    r"\b(?:se lo|se la|se los|se las) (?:reembols|devolv|devuelv)\w*"
)
_PARTIAL = re.compile(r"\b(?:half|part|partial\w*|portion|mitad|parte|\d+ ?%)")
_ENUMERATOR = re.compile(r"^\W*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+")
# A sentence that opens by pointing back at a cost: "Those hiring costs", "Dicha cuota".
_ANAPHORA = re.compile(
    r"^(?:those|these|this|that|such|said|the said|its|su|sus|dich[oa]s?|est[oa]s|est[ea]|es[oa]s|es[ea]|"
    r"tal(?:es)?|aquell[oa]s?) (?:\w+ ){0,2}?(?:costs?|fees?|charges?|amounts?|sums?|expenses?|"
    r"deductions?|payments?|gastos?|costos?|cuotas?|cobros?|cantidad(?:es)?|montos?|sumas?|"
    r"descuentos?|pagos?)\b"
)

# "En esos casos no se paga el viaje de regreso": the cases are the ones the sentence before
# set out (a dismissal for cause), so the two are read as one.
_THOSE_CASES = re.compile(
    r"^(?:en (?:esos|tales|estos|dichos) casos|en (?:ese|tal|este|dicho) caso|in (?:those|such|these) "
    r"cases|in (?:that|such a|this) case)\b"
)

# A receipt prints its parts as labels: "Recibí de: ..." | "La cantidad de: Q3,500" | "Por
# concepto de: Cuota de inscripción"; what it was paid for is read with who paid how much.
_RECEIPT_FROM = re.compile(r"^(?:recibi(?:mos)?|received(?: with thanks)?) (?:de|from)\b")
_CONCEPT = re.compile(
    r"^(?:por concepto de|en concepto de|concepto\s*:|being payment (?:of|for)|in payment (?:of|for)|"
    r"payment for)(?:\b|(?<=:))"
)
_RECEIPT_SPAN = 4
_LIST_SPAN = 12
# "All amounts below are borne by the Employer", "Todos los gastos de la lista los paga la empresa"
_ALL_LISTED = re.compile(
    rf"\b(?:all|every|todos|todas)\b (?:\w+ ){{0,4}}?(?:below|listed|following|de la lista|siguientes|"
    rf"de esta lista|de este cuadro)\b[^.;]{{0,40}}?\b(?:(?:are|is) (?:paid|borne|covered) by|"
    rf"(?:los|las) (?:paga|cubre|asume)) (?:the |la |el )?{EMPLOYER}\b"
)
# "Ordenante: CATTAIL POINT SEAFOOD PACKING, INC.": who paid a bank slip.
_PAYER_LINE = re.compile(r"^(?:ordenante|pagador|depositante|remitente|paid by|payer|remitter)\b")
_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]|[☐☒☑]")
# An option left unticked ("☐ La paga el trabajador") says nothing, up to the next box.
_UNTICKED = re.compile(r"(?:\[\s*\]|☐)[^☐☒☑\[]*")
_FROM_EMPLOYER = re.compile(
    rf"\((?:the |el |la )?(?:{EMPLOYER})\)|\b(?:w\.l\.l|llc|inc|ltd|corp|s\.a|s\.c|gmbh|bhd)\b"
)


def page_findings(
    clauses: list[Clause],
    program: str,
    *,
    page_language: str,
    context: str,
    rows: tuple[Clause, ...] = (),
) -> list[FeeFinding]:
    """Findings of a page's clauses in reading order, then of its table rows. A row says more
    than its cells: a cell finding inside a row that clears that category is dropped."""
    out = _clause_run(clauses, program, page_language=page_language, context=context)
    for row in rows:
        found = clause_findings(row, program, page_language=page_language, context=context)
        cats = {f.category for f in found}
        row_key = key(row.text)
        out = [f for f in out if f.category in cats or key(f.excerpt) not in row_key] + found
    return out


def _clause_run(
    clauses: list[Clause], program: str, *, page_language: str, context: str
) -> list[FeeFinding]:
    """A priced value without a topic is read with the short label before it, as table cells
    and flyer lines print them ("Uniform package" | "$72.00 deducted weekly"), and a sentence
    that points back at the cost just named completes that finding."""
    out: list[FeeFinding] = []
    last: list[FeeFinding] = []
    prev: Clause | None = None
    prev_money: list[Money] = []
    recent: list[Clause] = []
    covered = 0  # clauses left under a lead saying the employer pays everything listed
    for clause in clauses:
        found = clause_findings(clause, program, page_language=page_language, context=context)
        covered = max(covered - 1, _employer_covers(clause))
        priced = find_money(priced_in(clause.text, clause.currency))
        # A row under a payer header is whole: its cells are not read with the one before.
        labelled = prev is not None and _is_label(prev.text) and clause.payers is None
        if not found and prev is not None and labelled and priced:
            joined = Clause(
                f"{prev.text.rstrip(' :')}: {clause.text}",
                clause.page,
                clause.bbox or prev.bbox,
                clause.block,
                clause.currency,
            )
            found = clause_findings(joined, program, page_language=page_language, context=context)
        folded = fold(clause.text)
        recent = (recent + [clause])[-_RECEIPT_SPAN - 1 :]
        if not found and _CONCEPT.match(folded):
            # (a receipt already read as one sentence is not charged twice)
            seen = {key(c.text) for c in recent[:-1]}
            taken = {f.category for f in out if key(f.excerpt) in seen}
            found = [
                f
                for f in _receipt_findings(recent, program, page_language, context)
                if f.category not in taken
            ]
        if found and prev is not None and _THOSE_CASES.match(_ENUMERATOR.sub("", folded)):
            joined = Clause(f"{prev.text} {clause.text}", clause.page, clause.bbox, clause.block)
            found = clause_findings(joined, program, page_language=page_language, context=context)
        if last and not found and prev is not None and _answers(prev, clause):
            # "Cuota de visa (205 dólares):" | "☒ La paga el empleador ☐ La paga el trabajador"
            text = f"{prev.text} {_UNTICKED.sub(' ', clause.text)}"
            joined = Clause(text, clause.page, clause.bbox, clause.block, clause.currency)
            out = [f for f in out if f not in last]
            found = clause_findings(joined, program, page_language=page_language, context=context)
        elif last and _ANAPHORA.match(_ENUMERATOR.sub("", folded)):
            charge, relief = balance(folded)
            if relief and not charge and not found:
                out = [f for f in out if f not in last]  # "This fee is paid back in week one."
                found = last = []
            elif found or any(m.amount for m in priced):
                merged = _completed(last, clause, priced)
                out = [f for f in out if f not in last]
                found = last = merged
        elif (
            not found
            and prev is not None
            and _ANAPHORA.match(_ENUMERATOR.sub("", folded))
            and balance(folded)[0]
        ):
            # "La empresa contrata el autobús." | "Su costo, $260, se recupera del trabajador":
            # the cost is the thing the sentence before named, even though that one was free.
            joined = Clause(f"{prev.text} {clause.text}", clause.page, clause.bbox, clause.block)
            found = clause_findings(joined, program, page_language=page_language, context=context)
        elif (
            last
            and not found
            and _REFUNDS_IT.search(folded)
            and not _PARTIAL.search(folded)
            # "la cuota consular la paga usted y se la reembolsa EL EMPLEADOR": its own cost
            and not set(topics(folded)) - {f.category for f in last}
        ):
            # "Visa application fee (£319)" | "You pay it ...; we refund it in full": repaid.
            repaid = [f for f in last if f.category not in PRACTICE_CATEGORIES]
            out = [f for f in out if f not in repaid]
            found, last = [], [f for f in last if f not in repaid]
        elif not found and prev is not None and _PAYS_IT.search(folded):
            # "Our service charge covers ... You will pay it in two instalments": the cost is
            # the one the sentence before named.
            joined = Clause(f"{prev.text} {clause.text}", clause.page, clause.bbox, clause.block)
            found = clause_findings(joined, program, page_language=page_language, context=context)
        elif _SAME_SUM.search(folded):
            # "recupera esa suma": the amount is the one the sentence before stated.
            found = _completed(found, None, prev_money)
        if covered and not balance(fold(clause.text))[0]:
            found = []  # "Permiso de trabajo: CAD 155" under "Todos los gastos los paga la empresa"
        out += found
        if found or len(clause.text.split()) >= SHORT_WORDS:  # "2." does not end the topic
            last = found
        prev, prev_money = clause, priced or prev_money
    return out


def _employer_covers(clause: Clause) -> int:
    """How many clauses after this one a lead or a payer line puts on the employer."""
    folded = fold(clause.text)
    if _ALL_LISTED.search(folded):
        return _LIST_SPAN
    if _PAYER_LINE.match(folded) and _FROM_EMPLOYER.search(folded):
        return _RECEIPT_SPAN + 1
    return 0


def _answers(prev: Clause, clause: Clause) -> bool:
    """Whether a clause of tick boxes answers the label before it ("Visa fee ($205):")."""
    return prev.text.rstrip().endswith(":") and bool(_BOX.match(clause.text.lstrip()))


def _receipt_findings(
    recent: list[Clause], program: str, page_language: str, context: str
) -> list[FeeFinding]:
    """What a receipt's "for" line charges, read from "received from" on."""
    start = next((i for i, c in enumerate(recent) if _RECEIPT_FROM.match(fold(c.text))), None)
    # "Received from: Pearl Crescent W.L.L. (the Employer)": the employer's money, no charge.
    if start is None or _FROM_EMPLOYER.search(fold(recent[start].text)):
        return []
    last = recent[-1]
    joined = Clause(" ".join(c.text for c in recent[start:]), last.page, last.bbox, last.block)
    return [
        replace(f, excerpt=last.text)
        for f in clause_findings(joined, program, page_language=page_language, context=context)
    ]


def _completed(
    findings: list[FeeFinding], clause: Clause | None, money: list[Money]
) -> list[FeeFinding]:
    """Findings with the amount they lacked and, for a sentence that points back ("Those
    hiring costs are fixed at $600"), that sentence added to their excerpt."""
    price = next((m for m in money if m.amount is not None), None)
    out = []
    for f in findings:
        if f.amount is None and price is not None:
            f = replace(f, amount=price.amount, currency=price.currency)
        if clause is not None:
            boxes = [b for b in (f.bbox, clause.bbox) if b] if clause.page == f.page else []
            f = replace(f, excerpt=f"{f.excerpt} {clause.text}", bbox=enclosing(boxes) or f.bbox)
        out.append(f)
    return out


def _is_label(text: str) -> bool:
    """A short heading or first table cell: few words, no sentence end, no amount."""
    return (
        len(text.split()) <= _LABEL_WORDS
        and not text.rstrip().endswith((".", "!", "?", ";"))
        and not find_money(text)
    )


def dedupe(findings: Iterable[FeeFinding]) -> list[FeeFinding]:
    """One finding per category and sentence, even when it was read as a line and a cell."""
    kept: list[FeeFinding] = []
    for finding in findings:
        k = key(finding.excerpt)
        clash = next(
            (
                i
                for i, f in enumerate(kept)
                if f.category == finding.category
                and f.page == finding.page
                and (k in key(f.excerpt) or key(f.excerpt) in k)
            ),
            None,
        )
        if clash is None:
            kept.append(finding)
        elif len(finding.excerpt) < len(kept[clash].excerpt):
            kept[clash] = finding
    return kept
