"""The abusive-practice patterns (folded text): deposits, penalties, loans, passports, threats."""

from __future__ import annotations

import re
from dataclasses import dataclass

from contracts.analysis.payer import WORKER
from contracts.analysis.practice_words import COMPLAINT, HOME, PLACES


@dataclass(frozen=True)
class Practice:
    """A practice pattern; `needs` must also match and `unless` must not, in the sentence."""

    category: str
    pattern: re.Pattern[str]
    needs: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# A real completion bonus is paid on top of wages; part of the wages held back is not.
_BONUS_ONLY = _p(
    r"^(?!.*\b(?:percent|%|portion|part|porcentaje|parte) (?:of|de) (?:\w+ )?"
    r"(?:wages?|pay|earnings|salary|salario|sueldo|pagos?)\b)"
    # money set aside "from each paycheck" is the worker's pay, whatever it is called
    r"(?!.*\b(?:de|from) (?:cada|each|every|su|your|his|her) (?:\w+ )?(?:cheques?|checks?|"
    r"paychecks?|pagos?|pay|salario|sueldo|wages?)\b)"
    r".*\b(?:bonus|bono|incentive|incentivo|completion payment)\b"
)

PRACTICES: tuple[Practice, ...] = (
    Practice(
        "deposit_or_bond",
        _p(
            r"\b(?:security deposits?|deposits?|bonds?|collateral|promissory notes?|post-?dated "
            r"(?:cheques?|checks?)|guarantee money|(?:\b[a-z]{2,3}\$? ?|\$ ?)\d[\d,.]* (?:cash )?guarantee|"
            r"guarantee (?:is |will be |must be )?(?:lodged|posted)|(?:leaves?|deja\w*|hands? over|"
            r"entrega\w*) (?:\w+ ){0,4}?(?:a |una |un )?(?:guarantee|garantia|security)\b|garantia en efectivo|fianzas?|depositos?(?: en| de)? garantia|depositos?|"
            r"pagares?|aval|como garantia|en garantia|escrituras|titulos? de propiedad|"
            r"titulos? de credito|letras? de cambio|cheques? en blanco|blank (?:cheques?|checks?))\b"
        ),
        unless=_p(
            r"\b(?:direct deposit\w*|deposito directo|deposito bancario|bank deposits?|"
            r"deposit(?:ed)? (?:in|into|to) (?:your|the|his|her|their) (?:bank|account)|"
            r"depositad\w+ en|deposito en (?:su )?cuenta|surety bond|fidelity bond|bonded|"
            r"bond(?:ing)? (?:with|between)|"
            r"deposita(?:mos|ra) (?:su|el) (?:pago|salario))\b"
        ),
    ),
    Practice(
        "breach_penalty",
        _p(
            r"\b(?:owes?|penalt(?:y|ies)|liquidated damages|forfeit\w* (?:\S+ ){0,5}?"
            r"(?:deposit|bond|wages?|pay|salary|earnings)|fined?|fines|(?:early[- ]departure|"
            r"exit|termination|cancellation|breach|abandonment) (?:fee|charge|penalty)|multas?|"
            r"penalizacion\w*|penalidad\w*|pena convencional|(?:perder\w*|pierde\w*) (?:el|la|su|sus) "
            r"(?:deposito|fianza|garantia|salario|sueldo|pago)|indemniza\w+ (?:a|al) (?:la )?(?:empresa|reclutador|"
            r"empleador|patron|agencia)|(?:must|will|shall) (?:pay|reimburse|repay|refund) (?:to )?"
            r"(?:the )?(?:company|employer|agency|recruiter|sponsor)|(?:must|will|shall|has to|have to|"
            r"(?:is|are) required to) (?:\w+ )?(?:repay|reimburse|refund|pay back) (?:\w+ ){0,3}?"
            r"(?:costs?|expenses?|fees?|fares?|airfare|tickets?|advances?|amounts?|money)|"
            r"(?:fees?|payments?|cuotas?|pagos?|monies|money) (?:\w+ ){0,6}?(?:are|is|will be|shall "
            r"be|seran?) (?:forfeited|lost|perdid[oa]s?)|(?:weeks?'? pay|days?'? pay|weeks?'? wages|"
            r"semanas? de (?:sueldo|salario|pago)) (?:will be|is|shall be|se) (?:taken|deducted|withheld|"
            r"kept|descontad\w+|retenid\w+)|"
            r"(?:debera|tendra que) (?:pagar|devolver|"
            r"reembolsar)\w*)\b"
        ),
        needs=_p(
            r"\b(?:quits?|quitting|leaves? (?:early|before)|leaving (?:early|before)|"
            r"abandon\w*|break\w* (?:the|this|his|her|their) (?:contract|agreement)|breach\w*|"
            r"early (?:departure|termination)|departs? early|does not complete|fails? to "
            r"complete|(?:do|does|did) not (?:finish|complete|stay)|fails? to (?:finish|stay)|"
            r"(?:no|sin) (?:terminar?|completar?|cumplir?|termine|complete|cumpla)\b|"
            r"regres\w* antes|withdraw\w*|backs? out|backing out|pulls? out|desiste\w*|se retira\w*|"
            r"go(?:es)? home (?:early|before)|before (?:completing|the end)|antes de que (?:se )?(?:termine|acabe|concluya|finalice|"
            r"venza|cumpla)|(?:se )?regresa antes|renunci\w+|resign\w*|abandon\w*|incumpl\w+|"
            r"rescind\w*|salida anticipada|antes de (?:terminar|cumplir|completar|concluir)|"
            r"se va antes|deja el trabajo)\b"
        ),
        # Losing the 3/4 guarantee and the paid trip home after abandoning is the rule itself.
        unless=_p(
            r"(?:3/4|three[- ]fourths|tres cuartas|tres cuartos|\b75 ?%)|^(?!.*(?:\$|\d\d)).*(?:pago "
            r"del regreso|(?:the )?return (?:transportation|trip|travel|airfare|ticket)|(?:transporte|"
            r"viaje|boleto|pasaje) de regreso)"
        ),
    ),
    Practice(
        "debt_bondage",
        _p(
            r"(?<!deductions for )(?<!deduction for )(?<!deducciones por )"
            r"\b(?:loans?|(?:cash|salary|wage|pay|travel) advances?|advances? (?:of|on)|prestamos?|"
            r"advance[sd]? (?:the \w+ |you |him |her |them )?(?:[a-z]{2,3}\$? ?|\$ ?)\d+|"
            r"prestar\w*|presta|adelantos?|anticipos?|adelantar\w*|adelanta|anticipar\w*|deudas?|debts?|financ\w+|lend|lends|lent|"
            r"lending)\b"
        ),
        needs=_p(
            r"\b(?:interest|interes\w*|recargo\w*|before (?:departure|leaving|travel\w*)|pre-?departure|"
            r"plus \d+ ?%|mas (?:el )?\d+ ?%|"
            r"antes de (?:la salida|salir|viajar|partir)|travel\w*|viaje|recruit\w*|reclut\w*|"
            r"fees?|visas?|placement|tramite\w*|boleto|pasaje|airfare|ticket)\b"
            # repaid out of the pay until the debt is cleared
            r"|\b(?:repa\w+|pay\w* back|devolver\w*)\b.*\b(?:from|out of|de|del) (?:your |his |her |"
            r"their |the |su |el )?(?:salary|wages?|pay|paycheck|sueldo|salario|cheque)\b"
            r"|\b(?:until (?:settled|repaid|paid (?:off|in full)|cleared|fully recovered)|hasta "
            r"(?:que )?(?:se )?(?:saldar|liquidar|salde|liquide|cubrir|pagar) (?:\w+ )?(?:deuda|"
            r"prestamo|adelanto|anticipo|totalidad))\b"
            # a loan from the agency or recruiter, repaid out of the pay, is tied to the job
            r"|(?=.*\b(?:agency|agencia|recruiter|reclutador|broker|agent)\b)"
            r".*\b(?:repa(?:y|id)\w*|recover\w*|salary deductions?|deducted from|"
            r"descuentos? (?:al|del|de su)|descontar\w*)\b"
        ),
    ),
    Practice(
        "document_retention",
        _p(
            r"\b(?:keep|keeps|kept|hold|holds|held|retain\w*|confiscat\w*|collect\w*|takes?|taken|"
            r"safekeep\w*|custody|surrender\w*|hand (?:over|in)|turn (?:over|in)|deliver\w*|"
            r"guardar\w*|guarda|guardara|guardan|retener\w*|retiene\w*|retendr\w+|resguard\w*|"
            r"conservar\w*|conserva\w*|qued(?:a|an|ara|aran|e|en|ar\w*) con|recibe|reciben|recibira|recibiran|"
            r"recoger\w*|recoge\w*|entreg\w*|custodia\w*|"
            r"quitar\w*|quita\w*)\b(?:\W+\w+){0,8}?\W+(?:passports?|visas?|identity (?:documents?|"
            r"cards?|papers)|id cards?|ids|travel documents|immigration documents|pasaportes?|"
            r"documentos? de identidad|dpi|ine|credencial\w*|cedula\w*|identificacion\w*|"
            r"documentos migratorios|papeles|arc|iqama|hkid|residence cards?|residence permits?)\b"
            # passive: "his passport and ARC will be kept by the broker"
            r"|\b(?:passports?|pasaportes?)\b(?: \w+){0,3}? (?:we|they|the agency|the employer|the "
            r"company|la agencia|el patron|nosotros) (?:will )?(?:keep|hold|guardamos|retenemos)\b"
            r"|\b(?:passports?|pasaportes?|identity cards?|arc|iqama|documentos? de identidad)\b"
            r"(?:\W+\w+){0,8}?\W+(?:for|in|into|en|bajo|para) (?:safe |su )?(?:custody|"
            r"safekeeping|resguardo|custodia)\b"
            r"|\b(?:passports?|pasaportes?|identity cards?|arc|iqama|documentos? de identidad)\b"
            r"(?:\W+\w+){0,6}?\W+(?:deposited|lodged|surrendered|handed (?:over|in)|"
            rf"depositad[oa]s?) (?:with|to|at|con|en|ante) (?!(?:the |el |la )?{WORKER}\b)"
            r"|\b(?:passports?|pasaportes?|identity cards?|arc|iqama|documentos? de identidad)\b"
            r"(?:\W+\w+){0,6}?\W+(?:kept|held|retained|confiscated|guardad[oa]s?|retenid[oa]s?|"
            r"conservad[oa]s?|"
            rf"resguardad[oa]s?)(?: \w+ly| safely| securely)? (?:by|por) (?!(?:the |each |el |la |cada )?"
            rf"{WORKER}\b)"
            # in someone's custody: "bajo resguardo de la agencia", "held in the office safe"
            r"|\b(?:passports?|pasaportes?|identity cards?|documentos? de identidad)\b"
            r"(?:\W+\w+){0,8}?\W+(?:(?:bajo|en) (?:el |su )?(?:resguardo|custodia|poder|control|"
            rf"manos) del? (?!(?:el |la |los |las )?{WORKER}\b)|in (?:the )?(?:custody|possession|safekeeping|"
            rf"hands|care) of (?!(?:the )?{WORKER}\b)|(?:held|kept|stored|locked|guardad[oa]s?|"
            r"resguardad[oa]s?|retenid[oa]s?) (?:in|en) (?:the |la |el )?(?:\w+ ){0,2}?(?:office|"
            r"safe|vault|oficina|caja fuerte|archivo|files?))"
        ),
        unless=_p(r"\b(?:copy|copies|copia\w*|photocop\w+|fotocopia\w*)\b"),
    ),
    Practice(
        "blacklisting_threat",
        _p(
            r"\b(?:blacklist\w*|black list|lista negra|(?:do[- ]not|no)[- ](?:re-?)?hire list|"
            r"(?:do[- ]not|no)[- ](?:return|recall|invite|recruit)s? list|"
            r"lista de no (?:contratar|recontratar))\b"
        ),
        None,
    ),
    Practice(
        "blacklisting_threat",
        _p(
            r"\b(?:(?:not|never) be (?:re-?hired|hired again|recalled|called back|considered for "
            r"(?:future )?(?:employment|work|hire))|(?:no|nunca) (?:sera|seran|volvera\w*) (?:a ser )?"
            r"(?:re)?contratad\w+|no (?:lo|la|los|las) volve\w+ a contratar|reported? to (?:the )?"
            r"(?:immigration|consulate|ice|police|authorities|embassy|uscis)|reportad\w+ (?:a|al|"
            r"con|ante) (?:la |el )?(?:migracion|consulado|policia|embajada|inmigracion)|"
            r"deport\w+|not eligible for (?:re-?hire|rehiring|return|re-?employment|future)|"
            r"(?:not|never) be (?:requested|invited|asked|named|brought|called) (?:back|again|for future)|"
            r"(?:not|never) be (?:proposed|recommended|selected|considered|put forward) for|"
            r"no (?:sera|seran) (?:propuest|recomendad|considerad|seleccionad|tomad)\w*|"
            r"(?:fuera|excluid[oa]s?|eliminad[oa]s?|borrad[oa]s?|dad[oa]s? de baja|removed|struck|"
            r"taken off|dropped|excluded) (?:de|del|from|off) (?:la |el |the )?(?:lista|padron|"
            r"roster|list|registro|registry|pool|futuras contrataciones|future (?:hiring|"
            r"recruitment|contracts|employment|seasons))|"
            r"no (?:sera|seran) (?:solicitad|llamad|invitad|pedid)\w* (?:en (?:las )?(?:siguientes|"
            r"proximas|futuras) temporadas|de nuevo|otra vez|para "
            r"(?:futuras|la proxima|otras)))\b"
        ),
        needs=COMPLAINT,
    ),
    Practice(
        "movement_restriction",
        _p(
            rf"\b(?:(?:may|can|shall|must|will) not|cannot|can't|(?:is|are) not (?:allowed|permitted)|"
            rf"not allowed to|prohibited from|forbidden (?:to|from)|no (?:podra|podran|puede|pueden|"
            rf"se (?:le |les )?permite|esta permitido|debe|deben)|prohibid[oa]s?|se prohibe) "
            rf"(?:\w+ ){{0,3}}?(?:leave|leaving|go out|going out|exit|salir|abandonar|dejar)\b"
            rf"(?:\W+\w+){{0,6}}?\W+(?:{PLACES}|day off|days off|rest days?|dias? de descanso|"
            rf"dias? libres?|after (?:work|hours)|at night|de noche|unless accompanied|"
            rf"unaccompanied|sin (?:ser )?acompanad[oa]s?|a menos que (?:\w+ )?acompanad\w+)\b"
            rf"|\b(?:nadie|nobody|no one|ningun trabajador|no (?:worker|employee|one)) (?:\w+ ){{0,2}}?"
            rf"(?:sale|salen|salir|leaves?|leave|go out|goes out)\b(?:\W+\w+){{0,4}}?\W+(?:{PLACES}|"
            rf"granja|at night|de noche|sin permiso|without (?:\w+ ){{0,3}}?permission)\b"
            rf"|\b(?:gates?|doors?|puertas?|portones?) (?:are|is|will be|se) (?:locked|closed|cierran?|"
            rf"cerrad[oa]s?) (?:at|a las) \d"
            rf"|\b(?:cannot|can't|may not|no (?:pueden|puede|podra|podran)) (?:go out|leave|salir)"
            rf"(?: \w+)? (?:alone|solos?|solas?|by (?:themselves|yourself|himself|herself))\b"
            rf"|\bno se permiten? (?:salidas|salir)\b"
            rf"|\b(?:curfew|toque de queda)\b|\b(?:inside|adentro|dentro|in (?:the|their) rooms?)\b"
            rf"(?: \w+){{0,3}}? (?:by|before|a las|antes de las|para las) \d|\b(?:may not|cannot|can't|no "
            rf"(?:pueden|puede|podra|podran)) (?:spend|stay|pasar|quedarse) (?:a |one |any |una |la )?"
            rf"(?:night|noche) (?:away|out|outside|fuera)|\b(?:workers?|employees?|trabajador\w*|residents?|"
            rf"you|usted) (?:\w+ ){{0,2}}(?:confined|confinad\w+|encerrad\w+|locked (?:in|inside))\b"
            rf"|\b(?:may not|cannot|can't|no (?:podra|puede|pueden|podran)) (?:\w+ )?(?:change|switch|"
            rf"transfer to|cambiar(?:se)? de|cambiar) (?:\w+ )?(?:employers?|empleador|patron|jobs?|"
            rf"trabajo|empresa)\b"
            rf"|\b(?:may|can|podra|puede|pueden|podran) (?:only )?(?:go out|leave|salir)\b"
            rf"(?: \w+){{0,5}}? (?:only|solo|unicamente)\b|"
            rf"\b(?:must|has to|have to|shall|debe|deben|debera|deberan|tiene que|tienen que) "
            rf"(?:be|return|come back|estar|regresar|volver) (?:\w+ ){{0,2}}?(?:inside|in|back|at|"
            rf"to|en|a|al|dentro)\b(?: \w+){{0,3}}? {HOME}\b(?: \w+){{0,3}}? (?:by|before|no later "
            rf"than|antes de las|a las|para las) \d|\bsolo (?:podra|puede|pueden|podran) salir\b"
        ),
        None,
    ),
    Practice(
        "movement_restriction",
        _p(
            rf"\b(?:shall|must|will|has to|have to|(?:is|are) required to|debe|deben|debera|deberan|"
            rf"tendra que|tendran que) (?:stay|remain|keep|permanecer|quedarse)\b (?:\w+ ){{0,2}}?"
            rf"(?:in|inside|within|at|en|dentro de)\b(?:\W+\w+){{0,5}}?\W+{HOME}\b"
        ),
        # Staying at the worksite during the shift is work; staying home when off is not.
        needs=_p(
            r"\b(?:permission|permiso|autorizacion|unless|a menos que|outside (?:working|work) "
            r"hours|after (?:work|hours)|fuera del horario|rest days?|days? off|dias? de descanso|"
            r"dias? libres?|at night|de noche)\b"
        ),
    ),
    Practice(
        "wage_withholding",
        _p(
            r"\b(?:ahorro (?:obligatorio|forzoso)|forced savings?|mandatory savings?|compulsory "
            r"savings?|(?:withh[oe]ld\w*|retain\w*|hold\w* back|held back|keep|keeps|kept|guardar\w*|"
            r"apart\w+|set aside|sets aside|separa\w*|held|(?:is|are|be) kept|guard(?:a|an|ara|aran|ad[oa]s?)|"
            r"guarda|retener\w*|retiene|retendr\w+|retenid\w+) (?:\S+ ){0,16}?(?:until|hasta|"
            r"at the end|"
            r"al final|al termino|cuando regrese|when (?:he|she|they|the worker) returns?|"
            r"upon (?:return|completion)|on return|(?:on|at) (?:your|the|his|her|their) (?:last|final) "
            r"(?:day|payday|check|cheque)|(?:el|su) ultimo dia|completion account|"
            r"(?:season-?completion|completion|end-of-season|fin de temporada) reserve|"
            r"reserva de fin de temporada|(?:a|to) quienes? (?:sigan|continuen|permanezcan)|"
            r"(?:on|upon|at) (?:final )?(?:exit|departure|"
            r"repatriation)|end[- ]of[- ](?:service|contract)|as (?:a )?(?:security|guarantee)|"
            r"(?:when|once|after) (?:the )?(?:contract|season|job) (?:is |has been )?(?:completed|"
            r"finished|over|ends)|cuando (?:se )?(?:termine|cumpla|concluya) (?:el|la) (?:contrato|"
            r"temporada)|"
            r"(?:last|final) (?:payday|pay day|paycheck|pay period)|end of the (?:season|contract)|"
            r"(?:ultimo|final) (?:dia de )?pago|fin de (?:la )?temporada|"
            r"al (?:terminar|concluir|finalizar|completar|cumplir|final)|"
            r"(?:a|to) (?:quien|quienes|those who|whoever) (?:\w+ )?(?:termine|terminen|complete|"
            r"completen|cumpla|cumplan|finish\w*|complete\w*|stay\w*)|"
            r"only (?:to|if|when|for) (?:the )?(?:workers?|"
            r"employees?|those|they|he|she) (?:who )?(?:stay|finish|complete|remain)))"
        ),
        needs=_p(
            r"(?:\b(?:wages?|pay|salary|earnings|paychecks?|checks?|cheques?|percent|salario|sueldo|pagos?|"
            r"ahorro|savings?|dollars?|cents?|pesos|hours? worked|horas? trabajadas?)\b|%|\$|\bq\d)"
        ),
        unless=_BONUS_ONLY,
    ),
    Practice(
        "wage_withholding",
        # "the last month's salary is paid only after the worker returns home"
        _p(
            r"\b(?:only|solo|solamente|unicamente) (?:be |se )?(?:paid|released|handed over|"
            r"pagad\w+|paga\w*|entrega\w*) (?:\w+ ){0,2}?(?:after|upon|once|when|at the end|al|"
            r"hasta|despues|cuando|until)\b|\b(?:paid|released|pagad\w+|paga\w*|entrega\w*) "
            r"(?:\w+ ){0,3}?(?:only|solo|solamente|unicamente) (?:after|upon|once|when|at the end|al|"
            r"hasta|despues|cuando|until)\b"
        ),
        needs=_p(
            r"\b(?:wages?|salary|salaries|pay|earnings|sueldos?|salarios?|dollars?|hours? worked|"
            r"dolares|horas trabajadas)\b.*\b(?:return\w*|"
            r"regres\w*|complet\w*|finish\w*|end of (?:the )?(?:contract|season|employment)|fin de|last|"
            r"ultim[oa]|final|"
            r"termin\w*|home|casa)\b"
        ),
        unless=_BONUS_ONLY,
    ),
    Practice(
        "deposit_or_bond",
        # "entregará $200.00 como aportación de permanencia, que se le devolverá al terminar"
        _p(
            r"\b(?:se le devolvera|le sera devuelt[oa]|sera devuelt[oa]|se (?:le )?reintegrara|"
            r"(?:will be|is|shall be) (?:returned|given back|paid back) (?:to (?:the worker|you|"
            r"him|her) )?(?:when|at the end|after|upon|once|if|only))\b"
        ),
        needs=_p(
            rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:entregar\w*|entrega|aportar\w*|aporta|deposit\w*|"
            r"pay\w*|paga\w*|leave\w*|deja\w*|hand\w*)\b.*(?:\$|\b[a-z]{1,3}\$? ?\d|\d[\d,.]* "
            r"(?:pesos|dolares|dollars|quetzales|lempiras))"
        ),
    ),
)
