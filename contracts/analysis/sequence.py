"""A page's findings in reading order: a value read with its label, a sentence that points
back completing the finding before it, a table row over its cells, one finding per sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from contracts.analysis.fees import SHORT_WORDS, clause_findings
from contracts.analysis.model import FeeFinding
from contracts.analysis.money import Money, find_money, priced_in
from contracts.analysis.payer import EMPLOYER, WORKER
from contracts.analysis.payer_columns import row_payer
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

# "Somebody in my district says I must pay ...", "Me dijeron que hay que pagar ..."
_HEARSAY = re.compile(
    r"\b(?:somebody|someone|people|a (?:man|guy|woman|lady|friend|neighbou?r)|alguien|un senor|una "
    r"senora|un amigo|la gente|un vecino)\b(?: [\w'-]+){0,4}? (?:says?|said|told me|tells? me|claims?|"
    r"dice|dijo|me dijo|comenta|anda diciendo)\b|\b(?:i heard|i was told|they told me|me dijeron|"
    r"dicen que|escuche que|oi que|me comentaron)\b"
)
# "Is that true??", "¿Es cierto?": the worker asking, not stating.
_DOUBT = re.compile(
    r"^\W*(?:is (?:that|this|it) (?:true|right|correct|legal|normal|real|ok)|(?:es|sera) (?:eso )?"
    r"(?:cierto|verdad|legal|normal|correcto)|is that how it works|do i (?:have|need) to pay (?:that|it))"
    r"\W*$"
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
    rf"\b(?:all|every|everything|todos|todas|todo lo que)\b (?:\w+ ){{0,4}}?(?:below|listed|following|"
    rf"de la lista|siguientes|(?:(?:in|on|en|de) )?(?:this|esta|este) (?:table|list|schedule|sheet|"
    rf"cuadro|tabla|lista|hoja))\b[^.;]{{0,40}}?\b(?:(?:are|is) (?:paid|borne|covered) by|"
    rf"(?:los|las) (?:paga|cubre|asume)|corren? por cuenta de|(?:es|son) (?:pagad|cubiert)[oa]s? por) "
    rf"(?:the |la |el )?{EMPLOYER}\b|"
    # "Northgate pays every cost of hiring you", "Every cost of getting you hired ... belongs to
    # the Farm": the employer's costs, listed next
    rf"\b(?:{EMPLOYER}|(?!(?:{WORKER}|who|which|that|quien|que|he|she|they)\b)[a-z]+) (?:pays|covers|"
    rf"bears|paga|cubre|asume) (?:every|all|each|todos los|"
    rf"todas las) (?:\w+ )?(?:costs?|expenses?|gastos|costos)\b|"
    rf"\b(?:every|all|each) (?:\w+ )?(?:costs?|expenses?) of [^.;]{{0,100}}?\b(?:belongs? to|(?:is|are) "
    rf"(?:paid|borne|covered) by) (?:the )?{EMPLOYER}\b"
)
# "A. Costs paid by the Foreign Principal (not charged to the applicant)": a section's title.
_COSTS_TITLE = (
    r"^(?:\w{1,3}[.)] )?(?:\w+ ){0,3}?(?:costs?|expenses?|fees|charges|items|gastos?|costos?|cargos?|"
    r"conceptos?)(?: \w+){0,2}? (?:paid|borne|covered|shouldered|met|pagad[oa]s?|cubiert[oa]s?|"
    r"asumid[oa]s?|a cargo) (?:by|por|de) (?:the |el |la |los |las |del )?"
)
# (a header naming both parties, "Cost item | Paid by employer | Paid by worker", is no title)
_EMPLOYER_TITLE = re.compile(rf"{_COSTS_TITLE}(?:foreign )?{EMPLOYER}\b(?!.*\d)(?!.*\b{WORKER}\b)")
_WORKER_TITLE = re.compile(rf"{_COSTS_TITLE}{WORKER}\b(?!.*\d)(?!.*\b{EMPLOYER}\b)")
# "REIMBURSEMENT VOUCHER", "Concepto reembolsado | Importe": every line below is money given back.
_REFUNDS_BELOW = re.compile(
    r"\b(?:reimbursement|refund|repayment) (?:voucher|slip|statement|record|form)\b|"
    r"\b(?:comprobante|recibo|constancia|vale|hoja|calendario|plan) de (?:reembolsos?|devolucion(?:es)?|"
    r"reintegros?)\b|\breimbursement (?:schedule|calendar|plan)\b|"
    r"^(?:\w+ ){0,3}?(?:concepto|gasto|costo|item|cost|expense)s? (?:reembolsad|devuelt|reintegrad|"
    r"reimbursed|refunded)[oa]?s?\b(?!.*\d)"
)
_VOUCHER_SPAN = 6
_EMPLOYER_CELL = re.compile(rf"^(?:the |el |la )?{EMPLOYER}\b(?: [\w,]+){{0,4}}$")
_ROW_WORDS = 24  # a table row read as a line is short
_ROW_GAP = 40.0  # points between a table's rows
_LEAD_REACH = 220.0  # points below a lead that its table's rows sit
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
    clauses = _in_tables(clauses, rows)
    out = _clause_run(clauses, program, page_language=page_language, context=context)
    # (bottom, whether it puts what follows on the employer) of each lead and worker's title
    marks = [
        (c.bbox[3], bool(_employer_covers(c)))
        for c in clauses
        if c.bbox and (_employer_covers(c) or _WORKER_TITLE.match(fold(c.text)))
    ]
    for row in rows:
        found = clause_findings(row, program, page_language=page_language, context=context)
        top = row.bbox[1] if row.bbox else None
        above = max((m for m in marks if top is not None and m[0] < top), default=None)
        if top is not None and above and above[1] and top - above[0] <= _LEAD_REACH:
            # a row under "Todo lo que aparece en esta tabla corre por cuenta de la Empresa"
            if not balance(fold(row.text))[0]:
                found = _practices_only(found)
        cats = {f.category for f in found}
        row_key = key(row.text)
        out = [f for f in out if f.category in cats or key(f.excerpt) not in row_key] + found
    return out


def _practices_only(found: list[FeeFinding]) -> list[FeeFinding]:
    """What an employer's list or payer cell cannot cover: a practice, not a cost."""
    return [f for f in found if f.category in PRACTICE_CATEGORIES]


def _in_tables(clauses: list[Clause], rows: tuple[Clause, ...]) -> list[Clause]:
    """A short line read between the cell rows of a table with payer columns (its cells ran
    into one line: "Billete de avión Bogotá - Palma EUR 780 aprox. ☒ ☐") is a row of it."""
    heads = [(r.bbox[3], r.payers) for r in rows if r.bbox and r.payers]
    out = []
    for clause in clauses:
        box = clause.bbox
        if clause.payers is None and box and len(clause.text.split()) <= _ROW_WORDS:
            near = [h for bottom, h in heads if 0 <= box[1] - bottom <= _ROW_GAP]
            if near:
                clause = replace(clause, payers=near[-1])
                heads.append((box[3], near[-1]))  # the next line may hang below this one
        out.append(clause)
    return out


def _payer_cell_above(prev: Clause, clause: Clause) -> bool:
    """Whether the line before a payer-column row with no payer of its own is that row's payer
    cell, wrapped: a few words opening with the employer, and no cost of their own."""
    if clause.payers is None or clause.payers.parties:
        return False
    if row_payer(clause.text, clause.payers) == "other" or find_money(priced_in(clause.text, None)):
        return False  # (a row with its own price has its own payer cell beside it)
    folded = fold(prev.text)
    return bool(_EMPLOYER_CELL.match(folded)) and not topics(folded)


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
    lead: tuple[int, float] | None = None  # page and bottom of the last such lead
    for clause in clauses:
        found = clause_findings(clause, program, page_language=page_language, context=context)
        folded = fold(clause.text)
        span = _employer_covers(clause)
        covered = max(covered - 1, span)
        if _WORKER_TITLE.match(folded):
            covered, lead = 0, None  # "B. Costs paid by the worker" ends the employer's list
        elif clause.bbox and span:
            lead = (clause.page, clause.bbox[3])
        elif clause.bbox and lead and lead[0] == clause.page:
            # table cells read as clauses outnumber the lines a lead reaches: go by distance
            covered = int(0 < clause.bbox[1] - lead[1] <= _LEAD_REACH)
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
        if last and prev is not None and _DOUBT.match(folded) and _HEARSAY.search(fold(prev.text)):
            # "Somebody says I must pay a fee of J$45,000. Is that true?": a rumour being checked.
            out = [f for f in out if f not in last]
            last = []
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
        if found and prev is not None and _payer_cell_above(prev, clause):
            # "Employer refunds on first" | "Passport, if needed   as receipted" | "payday": the
            # row's payer cell wrapped around it, its first line read before the row
            found = _practices_only(found)
        if covered and not balance(fold(clause.text))[0]:
            # "Permiso de trabajo: CAD 155" under "Todos los gastos los paga la empresa"; a
            # practice (a kept passport) is no cost the employer's list can cover
            found = _practices_only(found)
        out += found
        if found or len(clause.text.split()) >= SHORT_WORDS:  # "2." does not end the topic
            last = found
        prev, prev_money = clause, priced or prev_money
    return out


def _employer_covers(clause: Clause) -> int:
    """How many clauses after this one a lead or a payer line puts on the employer."""
    folded = fold(clause.text)
    if _ALL_LISTED.search(folded) or _EMPLOYER_TITLE.match(folded):
        return _LIST_SPAN
    if _REFUNDS_BELOW.search(folded):
        return _VOUCHER_SPAN
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
