"""The abusive-practice patterns (folded text): deposits, penalties, loans, withheld pay."""

from __future__ import annotations

from contracts.analysis.payer import WORKER
from contracts.analysis.practice_freedom import FREEDOM
from contracts.analysis.practice_words import WARNING, Practice, rx

# A real completion bonus is paid on top of wages; part of the wages held back is not.
_BONUS_ONLY = rx(
    r"^(?!.*\b(?:percent|%|portion|part|porcentaje|parte) (?:of|de) (?:\w+ )?"
    r"(?:wages?|pay|earnings|salary|salario|sueldo|pagos?)\b)"
    # money set aside "from each paycheck" is the worker's pay, whatever it is called
    # ("aparte de su salario completo" is on top of the pay, not taken from it)
    r"(?!.*(?<!aparte )(?<!ademas )(?<!besides )\b(?:de|from) (?:cada|each|every|su|your|his|her) (?:\w+ )?(?:cheques?|checks?|"
    r"paychecks?|pagos?|pay|salario|sueldo|wages?)\b)"
    r".*\b(?:bonus|bono|incentive|incentivo|completion payment)\b"
)
# "Taxes are withheld from each pay as the law requires": the law's deduction keeps no pay.
_TAXES_ONLY = rx(
    r"^\W*(?:(?:income |payroll |federal |state )?tax(?:es)?|impuestos?|isr|irpf|fica|social security|"
    r"seguro social)(?: (?:and|y|,) [\w ]{1,30}?)? (?:are|is|will be|shall be|se|son|seran?) "
    r"(?:withheld|deducted|retenid\w+|descontad\w+|retien\w+|descuent\w+)\b"
)

PRACTICES: tuple[Practice, ...] = (
    Practice(
        "deposit_or_bond",
        rx(
            r"\b(?:security deposits?|deposits?|bonds?|collateral|promissory notes?|post-?dated "
            r"(?:cheques?|checks?)|guarantee money|(?:\b[a-z]{2,3}\$? ?|\$ ?)\d[\d,.]* (?:cash )?guarantee|"
            r"guarantee sums?|guarantee (?:is |will be |must be )?(?:lodged|posted)|(?:leaves?|deja\w*(?! de\b)|hands? over|"
            r"entrega\w*) (?:[\w.,]+ ){0,8}?(?:a |una |un )?(?:guarantee|garantia|security)\b|"
            # "a completion guarantee of $300", "una garantía de retorno de L 15,000"
            r"(?:(?:completion|return|good[- ]conduct|performance|retention|departure|exit) guarantees?|"
            r"garantias? de (?:regreso|retorno|permanencia|cumplimiento|buena conducta))"
            r"(?= (?:of|de|por) (?:[a-z]{1,3}\$? ?\d|\$|\d))|garantia en efectivo|fianzas?|depositos?(?: en| de)? garantia|depositos?|"
            r"pagares?|aval|como garantia|en garantia|"
            r"(?:bring|pays?|deposits?|leaves?|hands? over|gives?|lodges?)\b[^.;]{0,60}?\bas (?:a )?(?:guarantee|"
            r"security) (?:that|of|for)|garantia(?: de (?:regreso|retorno|permanencia|"
            r"cumplimiento))?: (?:\$|[a-z]{1,3}\$? ?\d|(?:[a-z]+ ){0,3}?(?:mil|cien\w*|hundred|"
            r"thousand)\b)|escrituras|titulos? de propiedad|"
            r"titulos? de credito|letras? de cambio|cheques? en blanco|blank (?:cheques?|checks?))\b"
        ),
        unless=rx(
            r"\b(?:(?:forma|metodo|medio|modo|method|means) (?:de|of) pago|payment method|"
            r"deposito de (?:hielo|agua|basura|combustible|desechos|materiales|fruta|grano)|"
            r"licencia y fianza|fianza registrada|licensed and bonded|"
            r"direct deposit\w*|deposito directo|deposito bancario|bank deposits?|"
            # "Payee: D. Pryce deposit)": the tail of "(direct deposit)" cut by a cell
            r"^[^(]*\bdeposit(?=\))|"
            # "X Depósito BCP 193-2284710-0-55": paying into a bank account
            r"deposit\w* (?:\w+ )?\d{3}[\d-]{5,}|"
            r"deposit(?:ed)? (?:in|into|to) (?:your|the|his|her|their) (?:bank|account)|"
            r"depositad\w+ en|depositos? (?:en|a) (?:la |su |mi )?cuenta|surety bond|fidelity bond|bonded|"
            r"bond(?:ing)? (?:with|between)|safe[- ]deposit|deposit box\w*|caja de seguridad|"
            # a place: "Bond County", "Bond Street"
            r"bond (?:county|street|st|road|rd|avenue|ave|hill|park)|"
            # a bank slip: "ficha de depósito", "deposit slip"
            r"(?:ficha|boleta|comprobante|recibo|voucher) (?:del? )?depositos?|deposit (?:slips?|"
            r"receipts?|vouchers?)|depositos? (?:se (?:haran|hacen|realizaran|efectuaran)|(?:will be|are|"
            r"shall be) made) (?:a|en|to|into|in)|depositos? (?:semanal|mensual|quincenal|diari)\w*|"
            r"(?:weekly|monthly|biweekly|daily) deposits?|savings deposits?|depositos? de ahorro|"
            r"credit union|(?:haga|hacer|hace|hacen|hagan|realice|realizar) (?:el|su|un) deposito"
            r"(?! de garantia)|deposit (?:slips?|"
            r"receipts?|vouchers?)|"
            rf"deposita(?:mos|ra) (?:su|el) (?:pago|salario)|{WARNING})\b"
        ),
    ),
    Practice(
        "breach_penalty",
        rx(
            r"\b(?:owes?|penalt(?:y|ies)|liquidated damages|(?:in|as) damages|danos y perjuicios|forfeit\w* (?:\S+ ){0,5}?"
            r"(?:deposit|bond|wages?|pay|salary|earnings)|fined?|fines|(?:early[- ]departure|"
            r"exit|termination|cancellation|breach|abandonment) (?:fee|charge|penalty)|multas?|"
            r"(?:fee|charge|penalty|cargo|cobro|cuota) (?:for|por) (?:an? |la |el )?(?:early[- ]"
            r"(?:release|departure|exit|leaving|termination)|leaving early|quitting|resigning|"
            r"salida anticipada|renuncia)|"
            r"penalizacion\w*|penalidad\w*|pena convencional|pena (?:de|economica|pecuniaria)|"
            r"indemnizacion de|(?:por )?(?:los )?(?:danos y )?perjuicios|(?:perder\w*|pierde\w*) (?:tod[oa]s? )?(?:el|la|su|sus) "
            r"(?:deposito|fianza|garantia|salario|sueldo|pago|fondo|ahorros?)|indemniza\w+ (?:a|al) (?:la )?(?:empresa|reclutador|"
            r"empleador|patron|agencia)|(?:pagar\w*|pagara|pague) (?:a|al) (?:la |el )?(?:empresa|empleador\w*|"
            r"patron\w*|agencia|reclutador\w*) (?:una |la )?(?:indemnizacion|compensacion|multa|pena)|"
            r"una indemnizacion (?:equivalente|igual|de|por)|(?:must|will|shall) (?:pay|reimburse|repay|refund) (?:to )?"
            r"(?:the )?(?:company|employer|agency|recruiter|sponsor)|(?:must|will|shall|has to|have to|"
            r"(?:is|are) required to|agrees? to|undertakes? to) (?:\w+ )?(?:repay|reimburse|refund|pay back) "
            r"(?:\w+ ){0,3}?(?:costs?|expenses?|fees?|fares?|airfare|tickets?|advances?|amounts?|money|charges?|"
            r"(?:days?|weeks?|months?)'?s? (?:pay|wages?|salary))|gives? up (?:that|the|his|her|their|"
            r"your) (?:balance|deposit|savings|holdback|wages?|pay)|"
            r"(?:fees?|payments?|cuotas?|pagos?|monies|money) (?:\w+ ){0,6}?(?:are|is|will be|shall "
            r"be|seran?) (?:forfeited|lost|perdid[oa]s?)|(?:weeks?'? pay|days?'? pay|weeks?'? wages|"
            r"semanas? de (?:sueldo|salario|pago)) (?:will be|is|shall be|se) (?:taken|deducted|withheld|"
            r"kept|descontad\w+|retenid\w+)|"
            r"(?:debera|tendra que) (?:pagar|devolver|"
            r"reembolsar)\w*|"
            # "pierde lo guardado y paga el doble", "llenará el pagaré y lo hará efectivo"
            r"(?:perder\w*|pierde\w*) (?:todo )?lo (?:guardado|ahorrado|retenido|depositado|acumulado)|paga\w* el doble|"
            r"(?:hara|haran|hacer|se hara) efectiv[oa]|(?:cobrar\w*|ejecutar\w*|llenar\w*) el pagare|"
            r"compensate (?:the )?(?:company|employer|agency|sponsor)|"
            # "pagará a LA AGENCIA el equivalente a dos semanas de salario como indemnización"
            r"(?:(?<!\ble )(?<!\bles )(?:pagar\w*|pague\w*)|descont\w*|descuent\w*|retendr\w*|retien\w*|"
            r"perder\w*|pierde\w*)(?! (?:al|a la|a los) (?:trabajador|empleado|persona))"
            r"(?: \w+){0,6}? (?:el )?equivalente (?:a|de) (?:\w+ ){0,2}?(?:dias?|semanas?|quincenas?|"
            r"mes(?:es)?) de (?:salario|sueldo|pago)|"
            # "cubrirá los gastos de reposición de su vacante", "replacement costs"
            r"(?:gastos|costos?|costs?) (?:de|of) (?:su )?(?:reposicion|reemplazo|sustitucion|replacing|"
            r"replacement)(?: de (?:su |la )?(?:vacante|plaza|puesto|lugar))?|"
            r"(?:cash|enforce|call in) the (?:bond|note|promissory note)|"
            # "If you leave before August 31, the company will deduct its hiring costs".
            r"(?:deduct\w*|descont\w*|descuent\w*|recover\w*|recuper\w*|withh[oe]ld\w*|"
            r"retien\w*|retendr\w*) (?:\w+ ){0,3}?(?:costs?|expenses?|fees?|gastos?|costos?|"
            r"cuotas?|fares?|airfare|tickets?|pasajes?|boletos?))\b"
        ),
        needs=rx(
            r"\b(?:quits?|quitting|leaves? (?:early|before)|leaving (?:early|before)|"
            r"abandon\w*|break\w* (?:the|this|his|her|their) (?:contract|agreement)|breach\w*|"
            r"early (?:departure|termination|release|exit)|departs? early|does not complete|fails? to "
            r"complete|(?:do|does|did) not (?:finish|complete|stay)|fails? to (?:finish|stay)|"
            r"(?:no|sin) (?:terminar?|completar?|cumplir?|concluir|termine|termina|complete|completa|cumpla|"
            r"cumple|concluye|concluya|finaliza|finalice)\b|"
            r"regres\w* (?:a \w+ )?antes|withdraw\w*|backs? out|backing out|pulls? out|desiste\w*|se retira\w*|"
            r"go(?:es)? home (?:early|before)|before (?:completing|the end)|antes de que (?:se )?(?:termine|acabe|concluya|finalice|"
            r"venza|cumpla)|(?:se )?regresa antes|renunci\w+|resign\w*|abandon\w*|incumpl\w+|"
            r"rescind\w*|salida anticipada|antes de (?:terminar|cumplir|completar|concluir)|"
            r"se va antes|se vay[ae]n? antes|deja el trabajo|(?:dej[ae]|dejar|abandon[ae])\w* (?:\w+ ){0,3}?antes|"
            r"(?:leaves?|leaving|ends?|ending|terminates?|quits?|departs?|departing)\b(?: \w+){0,8}? "
            r"(?:before|prior to)|cancel\w* (?:after|once|when)|"
            r"walks? off|walked off|walking off|runs? away|ran away|absconds?|se fuga\w*|se escapa\w*|"
            r"(?:leave|leaves|leaving|quit|quits|resigns?|resigning) (?:\w+ ){0,3}?within (?:\w+ ){0,2}?"
            r"(?:years?|months?|weeks?)|pre-?terminat\w*|(?:terminat\w+|ends?) (?:this|the|his|her|their) (?:contract|agreement|"
            r"employment) (?:early|before|prematurely|without (?:just |valid )?cause))\b"
        ),
        # Losing the 3/4 guarantee and the paid trip home after abandoning is the rule itself.
        unless=rx(
            # (unless a priced fine comes on top: "lose the guarantee and also pay a Q3,000 fine")
            r"^(?!.*\b(?:fines?|multas?|penalt\w+)\b)(?:.*(?:3/4|three[- ]fourths|tres cuartas|tres "
            r"cuartos|\b75 ?%)|.*(?:pierde|perdera|loses?|lose) (?:la|el|the) (?:garantia|guarantee)\b"
            r"(?! (?:deposit|de deposito|en efectivo)))|^(?!.*(?:\$|\d\d)).*(?:pago "
            r"del regreso|(?:the )?return (?:transportation|trip|travel|airfare|ticket)|(?:transporte|"
            r"viaje|boleto|pasaje) de regreso)"
        ),
    ),
    Practice(
        "debt_bondage",
        rx(
            r"(?<!deductions for )(?<!deduction for )(?<!deducciones por )"
            r"\b(?:loans?|(?:cash|salary|wage|pay|travel) advances?|advances? (?:of|on)|prestamos?|"
            r"(?:the|an|this|that|such) advance (?:shall|will|is|must)|(?:are|is|will be|shall be) advanced by "
            r"(?!(?:the |your )?(?:company|employer|farm|grower|ranch|empresa|empleador|patron)\b)|advance (?:the|these|those) "
            r"(?:amounts?|costs?|fees?|sums?)|\d[\d,.]* (?:cash |travel |"
            r"salary |wage )?advance\b|"
            r"advance[sd]? (?:the \w+ |you |him |her |them )?(?:up to |of )?(?:[a-z]{2,3}\$? ?|\$ ?)\d+|"
            r"advances? to (?:the |each )?(?:worker|employee|you|him|her)\b|"
            r"prestar\w*|presta|prestan|presto|adelantos?|anticipos?|adelantar\w*|adelanta|anticipar\w*|deudas?|debts?|financ\w+|"
            # ("the office can lend you a lockbox": a thing lent is no debt)
            r"(?:lend|lends|lent)(?!(?: you| him| her| them)? (?:a|an|the) (?:lockbox|locker|box|key|bicycle|"
            r"bike|phone|tools?|blanket|room)\b)|"
            # "a Kasbon of up to IDR 6,000,000 ..., repaid through salary deductions"
            r"lending|kasbon|pinjaman|utang|hutang|"
            r"repaid (?:through|by|via|with|from) (?:\w+ )?(?:salary|wage|payroll|monthly) deductions?)\b"
            # "the balance ... deducted in ten instalments, plus interest of 3% per month"
            r"|(?=.*\b(?:deduct\w*|instal\w*|cuotas|abonos|descuent\w*|descont\w*|repa\w+)\b)"
            r".*\b(?:interest|interes(?:es)?) (?:of|at|del|de) \d"
            # the price of an advance is the debt's: "Advance service charge: $15.00"
            r"|\b(?:advance|loan|prestamo|anticipo|adelanto) (?:service |processing |handling |"
            r"administration )?(?:charges?|fees?|cargos?|comision\w*)\b"
        ),
        # "un anticipo ... que es un apoyo: ... ni hay que devolverlo": a gift, not a loan.
        unless=rx(
            r"\b(?:(?:no|ni) (?:hay|tiene|tienen) que devolver\w*|no se (?:le )?devuelve|"
            r"(?:need|does|do|will|shall) not (?:have to )?be repaid|never (?:has to be )?repaid|"
            r"non-?repayable|is not a loan|no es (?:un )?prestamo|(?:es|is) (?:un apoyo|un regalo|a gift|"
            rf"a grant))\b|\b(?:{WARNING})\b"
        ),
        needs=rx(
            r"\b(?:interest|interes\w*|recargo\w*|before (?:departure|leaving|travel\w*)|pre-?departure|"
            r"plus \d+ ?%|mas (?:el )?\d+ ?%|"
            # "con el 5 por ciento mensual", "at 3 percent a month": interest by another name
            r"\d+ ?(?:%|por ?ciento|percent)(?: \w+){0,1}? (?:mensual|monthly|a month|al mes|semanal|weekly)|"
            # "usted me los va pagando de su sueldo": repaid out of the pay
            r"(?:pagando|pagar\w*) (?:\w+ ){0,3}?(?:de|del|con) (?:su |tu |el )?(?:sueldo|salario|cheque)|"
            r"antes de (?:la salida|salir|viajar|partir)|travel\w*|viaje|recruit\w*|reclut\w*|"
            r"(?:advance|loan|prestamo|anticipo|adelanto) (?:\w+ )?(?:charges?|cargos?|comision\w*)|"
            r"fees?|visas?|placement|tramite\w*|boleto|pasaje|airfare|ticket)\b"
            # "cantidad que EL ASPIRANTE pagará desde Estados Unidos": repaid from the job abroad
            r"|\b(?:pagara\w*|devolvera\w*|repa\w+|pay\w* back) (?:\w+ ){0,2}?(?:desde|from) (?:los |the )?"
            r"(?:estados unidos|canada|the us|the united states|usa|ee\.? ?uu)\b"
            # "a cash advance of $300, deducted from future paychecks" (priced: a list of the kinds of
            # deduction allowed, "cash advances, over-payment of wages", is no loan)
            r"|^(?=.*(?:\$|\d)).*\b(?:deduct\w*|descont\w*|descuent\w*|recover\w*|withh\w+)\b.*\b(?:pay|"
            r"paychecks?|wages|salary|sueldo|salario|cheques?)\b"
            # repaid out of the pay until the debt is cleared
            r"|\b(?:repa\w+|pay\w* back|devolver\w*)\b.*\b(?:from|out of|de|del) (?:your |his |her |"
            r"their |the |su |el )?(?:salary|wages?|pay|paycheck|sueldo|salario|cheque|raya)\b"
            r"|\b(?:until (?:settled|repaid|paid (?:off|in full)|cleared|fully (?:recovered|repaid|paid))|hasta "
            r"(?:que )?(?:se )?(?:saldar|liquidar|salde|liquide|cubrir|pagar) (?:\w+ )?(?:deuda|"
            r"prestamo|adelanto|anticipo|totalidad))\b"
            # a loan from the agency or recruiter, repaid out of the pay, is tied to the job
            r"|(?=.*\b(?:agency|agencia|recruiter|reclutador|broker|agent|contratista|contractor|"
            r"enganchador|coyote)\b)"
            r".*\b(?:repa(?:y|id)\w*|recover\w*|salary deductions?|deducted from|"
            r"descuentos? (?:al|del|de su)|descont\w+)\b"
            # interest written as "+ 8 %" in a schedule row
            r"|\+ ?\d+(?:[.,]\d+)? ?%"
        ),
    ),
    *FREEDOM,
    Practice(
        "wage_withholding",
        rx(
            r"\b(?:ahorro (?:obligatorio|forzoso|de fin de temporada)|forced savings?|"
            r"(?:season(?:al)? |wage |pay |end-of-season )?hold-?backs?|mandatory savings?|compulsory "
            r"savings?|fondo de (?:fin de temporada|ahorro|retencion|permanencia)|(?:withh[oe]ld\w*|retain\w*|hold\w* back|held back|keep|keeps|kept|guardar\w*|"
            r"apart\w+(?<!aparte)|set aside|sets aside|separa\w*|held|(?:is|are|be) kept|guard(?:a|an|ara|aran|ad[oa]s?)|"
            r"(?:is|are|be) (?:placed|credited|put)|"
            r"guarda|guardamos|guardo|retenemos|retengo|se quedan? (?:en|con)|retener\w*|retien\w*|retendr\w+|"
            r"retenid\w+|reteng\w+) (?:\S+ ){0,30}?(?:until|hasta|cuando se (?:acabe|termine|finalice) (?:la|el)|"
            r"in one sum|(?:when|once) the last (?:field|day|job|load|week)|"
            r"at the end|"
            r"al final|al termino|cuando regrese|when (?:he|she|they|the worker) returns?|"
            r"upon (?:return|completion)|on return|(?:el dia de su|on the day of (?:his|her|their)) "
            r"(?:regreso|salida|partida|retorno|return|departure)|en el aeropuerto|at the airport|(?:on|at) (?:your|the|his|her|their) (?:last|final) "
            r"(?:day|payday|check|cheque)|(?:el|su) ultimo dia|(?:season-?|end-of-season )?completion (?:account|fund)|"
            r"(?:solo|only) (?:si|if) (?:\w+ )?(?:completa|termina|completes?|finish(?:es)?|stays?)|"
            r"(?:with|in|on|at) (?:the |your |his |her |their )?(?:last|final) (?:check|cheque|"
            r"paycheck|payday|pay\b)|after (?:the |your |his |her |their )?(?:last|final) (?:day|week)|(?:con|en) (?:el|su) (?:ultimo|final) (?:cheque|pago)|"
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
            r"(?:el dia (?:en )?que )?(?:termine|terminen|acabe|concluya) (?:la|el) (?:cosecha|"
            r"temporada|contrato|trabajo)|"
            r"(?:a|to) (?:quien|quienes|those who|whoever) (?:\w+ )?(?:termine|terminen|complete|"
            r"completen|cumpla|cumplan|finish\w*|complete\w*|stay\w*)|"
            r"only (?:to|if|when|for) (?:the )?(?:workers?|team members?|crew members?|"
            r"employees?|those|they|he|she) (?:who )?(?:stay|finish|complete|remain|are still (?:employed|"
            r"working|on the job))))"
        ),
        needs=rx(
            r"(?:\b(?:wages?|pay|salary|earnings|paychecks?|checks?|cheques?|percent|salario|sueldo|pagos?|raya|"
            r"nominas?|usd|euros?|every hour|per hour|"
            r"ahorro|savings?|dollars?|cents?|pesos|hours? worked|horas? trabajadas?|retention|"
            r"retencion)\b|%|\$|\bq\d)"
        ),
        unless=rx(f"{_BONUS_ONLY.pattern}|{_TAXES_ONLY.pattern}"),
    ),
    Practice(
        "wage_withholding",
        # "the last month's salary is paid only after the worker returns home"
        rx(
            r"\b(?:only|solo|solamente|unicamente) (?:be |se )?(?:paid|released|handed over|"
            r"pagad\w+|paga\w*|entrega\w*) (?:\w+ ){0,2}?(?:after|upon|once|when|at the end|al|"
            r"hasta|despues|cuando|until)\b|\b(?:paid|released|pagad\w+|paga\w*|entrega\w*) "
            r"(?:\w+ ){0,3}?(?:only|solo|solamente|unicamente) (?:after|upon|on|at|once|when|at the end|al|"
            r"hasta|despues|cuando|until)\b"
        ),
        needs=rx(
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
        rx(
            r"\b(?:se le devolvera|le sera devuelt[oa]|sera devuelt[oa]|se (?:le )?reintegrara|"
            r"(?:will be|is|shall be) (?:returned|given back|paid back) (?:to (?:the worker|you|"
            r"him|her) )?(?:when|at the end|after|upon|once|if|only))\b"
        ),
        needs=rx(
            rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:entregar\w*|entrega|aportar\w*|aporta|deposit\w*|"
            r"pay\w*|paga\w*|leave\w*|deja\w*|hand\w*)\b.*(?:\$|\b[a-z]{1,3}\$? ?\d|\d[\d,.]* "
            r"(?:pesos|dolares|dollars|quetzales|lempiras))"
        ),
    ),
)

# The categories only a practice (not a cost topic) can find.
PRACTICE_CATEGORIES = frozenset(p.category for p in PRACTICES)
