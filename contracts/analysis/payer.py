"""Who pays: the words for the parties and the charge and relief cue patterns (folded text)."""

from __future__ import annotations

import re

WORKER = (
    r"(?:workers?|employees?|trabajador(?:a|es|as)?|personas? (?:trabajador|aspirante|candidat|solicitante|"
    r"interesad)[oa]?s?|"
    r"empleados?|applicants?|candidat[eoa]s?|aspirantes?|interesad[oa]s?|solicitantes?|"
    r"you|usted|ustedes|hired persons?|recruits?|riders?|residents?|jornaleros?|helpers?|"
    r"caregivers?|domestic workers?|(?:el|la) contratad[oa]|personas? contratad[oa]s?|"
    r"personas? seleccionad[oa]s?|beneficiari[oa]s?|seleccionad[oa]s?|herders?|sheepherders?|"
    r"shepherds?|pastor(?:es)?|farmworkers?|laborers?|labourers?|crew|crew members?|seafarers?|"
    r"fishers?|tripulantes?|participants?|participantes?|planters?|pickers?|harvesters?|"
    r"pizcador\w*|cosechador\w*|plantador\w*|team members?|(?:el|la) deudor[a]?|borrowers?|party b|trainees?|"
    r"apprentices?|interns?|aprendices|becari[oa]s?)"
)
EMPLOYER = (
    r"(?:employers?|company|grower|farm|firm|we|us|la empresa|empresa|empleador|patron|patrono|"
    r"compania|rancho|agency|agencia|recruiters?|reclutador|contractor|contratista|"
    r"association|asociacion|management|owner|hotel|resort|sponsor|principal|household|"
    r"patronal|finca|hacienda|granja|huert[ao]|vivero|empacadora|contratante|ranchers?|"
    r"farmers?|producers?|productor\w*|agricultor\w*|rancher[oa]s?|park|parque|lodge|inn|"
    r"restaurant|restaurante|plant|planta|mill|factory|fabrica|cannery|enlatadora|packer|"
    r"packinghouse|nursery|club|marina|cooperativa|cooperative|co-?op)"
)
# Money taken from customers or guests is a job duty, not a cost to the worker.
THIRD_PARTY = re.compile(
    # "patron" alone is the Spanish employer ("el patron"): only the English customer counts.
    r"\b(?:customers?(?![- ]service)|guests?(?! ?houses?| rooms?| services?| relations| experience)|clients?|(?<!\bcrew )(?<!\bteam )(?<!\bstaff )(?<!\bfamily )members|member (?:farms|"
    r"growers|employers|companies)|socios|subscribers|patrons|(?:each|a|the|every|any) patron|diners?|passengers?|tenants?|shoppers?|"
    r"(?<!servicio al )(?<!servicio a )(?<!atencion al )(?<!\bel )clientes?|(?<!casa de )huespedes|comensales|pasajeros|usuarios|visitantes|golfers|golfistas|tourists|turistas|"
    r"visitors|spectators|espectadores)\b"
)
RELIEF = [
    r"\bfree\b(?! to\b)",
    r"\bgratis\b",
    r"\bgratuit[oa]s?\b",
    r"\bcomplimentary\b",
    r"\bat no (?:cost|charge|expense)\b",
    r"\b(?:no|without) (?:cost|charge|fee|rent)s?\b",
    r"\bcost-free\b",
    r"\brent-free\b",
    r"\bsin (?:costo|cargo|cobro|pago)\w*\b",
    r"\bsin pagar (?:nada|renta|alquiler|ningun\w*(?: \w+)?)\b",
    r"\bsin (?:renta|alquiler)\b",
    r"\bsin cobrar(?:le|les)? (?:nada|un (?:peso|centavo|solo peso)|ningun\w*)\b",
    r"\bpa(?:y|ys|gan?) nada\b|\bpay nothing\b",
    r"\b(?:owes?|debe|deben) (?:[\w,']+ ){0,8}?(?:nothing|nada)\b|\bowe no (?:money|fees?)\b|"
    # "you owe Blue Mahoe no placement fee"
    r"\bowes? (?:[\w']+ ){1,4}?no (?:\w+ )?(?:money|fees?|charges?)\b",
    # "exempt" lifts a cost; "no worker is exempt from the fee" negates it into a charge.
    r"\b(?:exempt\w*|exent[oa]s?)\b",
    # "Autobús Madrid–Moguer 45 € Empresa": a cost row ending on its payer cell.
    r"(?<![\w-])\d[\d,.]*\s*(?:€|eur|euros|usd|dolares|pesos|\$)?\)?\s+(?:la |el |the )?(?:empresa|"
    r"employer|company|empleador|patron|patrono|foreign principal)\W*$",
    # Passive with a payer that is not the worker: "are paid by Prairie Crest".
    rf"\b(?:paid|covered|borne|met|absorbed|pagad[oa]s?|cubiert[oa]s?|absorbid[oa]s?) "
    rf"(?:in full |fully |entirely |totalmente |directly |wholly |solely |directamente )?(?:by|por) "
    rf"(?!(?:the |each |el |la |los |las |"
    rf"cada |su |your |his |her )?(?:{WORKER}|mi|me|myself|deduction|payroll|check|cheque|cash|bank|transfer|"
    rf"deposit|installments?|descuento|efectivo|the hour|hour|piece|week|month|day|dia|semana|"
    rf"mes|hora|pieza)\b)[a-z]",
    r"\bit (?:\w+ ){0,2}?(?:pays|covers|reimburses|will pay|will cover|will reimburse)\b",
    # A party named by its own name pays: "Los Altos pays the bus back to Celaya".
    rf"\b(?!(?:{WORKER}|he|she|they|i|who|that|which|each|everyone|everybody|anyone|one|also|"
    rf"then|and|or|nobody|todos|cada|uno|quien|que|charges?|fees?|costs?|price|amount|sum|"
    rf"premium|polic(?:y|ies)|plan|deposit|insurance|contribution)\b)[a-z][\w&'.-]+ (?:pays|reimburses|"
    rf"covers) (?:the |for the |your |all |el |la |su )",
    r"\b(?:le |les |se lo |se los )?(?:pagamos|cubrimos|reembolsamos|devolvemos|proporcionamos|"
    r"damos)\b",
    r"\bno (?:pagan|paga|pagara|pagaran) nada\b",
    r"\b(?<!non-)(?<!non )(?:reimburs\w*|refund\w*|repa(?:y|ys|id|ying)|pa(?:y|ys|id) (?:it |them |you )?back|"
    r"reembols\w*|devuelv\w*|devolver\w*|devuelt\w*|reintegr\w*|compensat\w+ for)\b",
    rf"\b(?:paid|covered|borne|provided|furnished|supplied|bought|purchased|pagad[oa]s?|"
    rf"cubiert[oa]s?) (?:for )?(?:by|por) (?:the |el |la |los |las )?{EMPLOYER}\b",
    # No new subject in between: "kept by the company until you hand back" is the worker's act.
    rf"(?<!\bat )(?<!\bat the )(?<!\bin the )(?<!\bfrom the )(?<!\bwith the )"
    rf"\b(?:the |el |la |los |las )?{EMPLOYER}(?:'s?)? (?:(?!{WORKER}\b|no\b|not\b|never\b|nunca\b)\w+ ){{0,3}}?"
    rf"(?:pays?|will pay|covers?|"
    rf"bears?|buys?|purchases?|provides?|advances?|owes?|(?:has|have|had|already) paid|ha pagado|"
    rf"paga|pagara|pagan|cubre|cubrira|compra|"
    rf"comprara|asume|asumira|absorbe|pagar|cubrir|absorber|sufragar|asumir|costear|sends?|"
    rf"abona|abonara|abonan|manda|mandara|remite|"
    rf"gives?|deposits?|hands?(?= (?:over|out|back|each|every|all|you|him|her|them|the|a|workers?)\b)|envia|enviara|deposita|depositara|entrega|entregara|da|dara)\b"
    # "... que indica la agencia y los abona la trabajadora": the subject comes after the verb.
    rf"(?! (?:el |la |los |las |cada )?{WORKER}\b)",
    rf"\b(?:lo|la|los|las|se los|se las|se lo|se la) (?:paga|pagara|cubre|cubrira|compra|pone|pondra|da|"
    rf"dara|entrega|entregara|proporciona|proporcionara|presta)n? (?:el |la )?"
    rf"{EMPLOYER}\b",
    # "transportation back to Morelia is paid to workers who complete the contract"
    rf"\b(?:is|are|will be|shall be) (?:paid|reimbursed|refunded) (?:back )?to (?:the |all |each |any )?{WORKER}\b",
    # "booked by the recruiter and invoiced to the Employer at cost"
    rf"\b(?:invoiced|billed|charged) (?:directly )?(?:to|a|al) (?:the |el |la )?{EMPLOYER}\b",
    # "cuesta 3,000 pesos, que paga la empresa"
    rf"\bque (?:paga|pagara|cubre|cubrira|absorbe|asume) (?:el |la )?{EMPLOYER}\b",
    # "La paga Bladen": a payer named by its own name, in Spanish word order.
    rf"(?<!\bde )(?<!\ben )(?<!\bcon )(?<!\bpor )(?<!\bdel )(?<!\ba )(?<!\bsu )(?<!\busted )(?<!\btu )"
    rf"\b(?:lo|la|los|las) (?:paga|pagan|cubre|cubren) (?!cada\b|(?:el |la )?{WORKER}\b|(?:el|la) (?:dia|"
    rf"semana|mes|fin|primer\w*|momento)\b|(?:por|con|de|"
    rf"en|al|a|antes|despues|cuando|y|o|si|sin|usted|ustedes|el mismo|ella misma|alli|aqui|ahi|alla|"
    r"directamente|tambien|luego|ya|complet[oa]s?|tod[oa]s?|solo)\b)[a-z]",
    rf"\b(?:at|a) (?:the )?{EMPLOYER}'?s? (?:own )?(?:expense|cost)\b",
    # "El pago de la visa lo hace el empleador": the payment is made by the employer.
    rf"\b(?:el pago|los pagos|payment)\b[^.;]{{0,60}}\blo (?:hace|realiza|efectua)(?:ra|n)? (?:el |la )?"
    rf"{EMPLOYER}\b",
    # "The visa fee is the employer's cost", "es gasto de la empresa".
    rf"\b(?:is|are|remains?|will be|es|son|sera|seran) (?:an? |the )?(?:\w+ )?{EMPLOYER}'?s'? "
    rf"(?:own |sole )?(?:expense|responsibility|cost|obligation)s?\b",
    r"\b(?:gastos?|costos?|responsabilidad|obligacion) (?:exclusiv\w+ )?(?:de|del) (?:la |el )?"
    r"(?:empresa|empleador|patron|patrono|compania|granja|rancho|finca)\b",
    # "The company, not the worker, pays": the worker named only to be ruled out.
    rf"\b{EMPLOYER}\b,? (?:and |y )?(?:not|no|never|nunca|rather than|instead of|en lugar del?|"
    rf"en vez del?) (?:by |por )?(?:the |el |la |each |cada |any )?{WORKER}\b",
    rf"\b(?:a cargo|por cuenta) de(?:l| la| los)? {EMPLOYER}\b",
    # a payer named by its own name: "corren por cuenta de Arándanos del Norte"
    rf"(?<!actua )(?<!actuan )(?<!actuando )\b(?:a cargo|por cuenta) de (?!(?:la |el |los |las |cada |"
    rf"su |sus |mi )?(?:{WORKER}|quien|"
    rf"uno|una|ellos|ellas)\b)[a-z]",
    rf"\b(?:for|on) (?:the )?account of (?:the )?{EMPLOYER}\b",
    r"\b(?:employer|company|farm|grower)[- ]paid\b",
    # "Compra el autobús ... y le da $16.00 por cada día": the employer the answer speaks of.
    r"^(?:[a-z]: )?(?:compra|paga|cubre|proporciona|reembolsa)n? (?:el|la|los|las|su|sus) |"
    r"\b(?:le|les) da(?:n|ra)? (?:us)?\$ ?\d",
    r"\brecibe\w* (?:su )?pago (?:de|del) (?:la |el )?(?:empresa|empleador|patron|compania)\b",
    # "Al terminar el contrato paga el regreso", "se le paga el autobús de regreso": the
    # employer the contract speaks for pays the trip home.
    r"(?<!quien )(?<!quienes )\b(?:se (?:le |les )?)?paga(?:ra|n|ran)? (?:el|su|los|la) (?:\w+ )?"
    r"(?:regreso|(?:viaje|boleto|"
    r"pasaje|transporte|autobus) de regreso)\b",
    # "Trip home. Paid to Monterrey", "Regreso. Pagado hasta Monterrey"
    r"\b(?:trip|ticket|fare|travel|transportation|bus|flight|regreso|viaje|boleto|pasaje)(?: \w+){0,2}"
    r"[.:] (?:paid|pagad[oa])\b(?! (?:by|from|por) (?:the |el |la )?(?:worker|employee|you|"
    r"trabajador\w*|usted))",
    # paid by a named firm: "paid by Altamaha Grove Partners LLP"
    r"\b(?:paid|covered|borne|pagad[oa]s?|cubiert[oa]s?) (?:for )?(?:by|por) (?:[\w&-]+ ){1,5}?"
    r"(?:llc|llp|inc|ltd|corp|s\.?a|s\.?c|c\.?v|pvt)\b",
    r"\bsagot ng employer\b",
    # a row that ends on its payer after a dash: "Hong Kong agency service charge - Employer"
    r"\s[-–|:]\s(?:paid by |pagado por )?(?:the |el |la )?(?:employer|empleador|patron|company|empresa|"
    r"principal)(?: ?/ ?\w+)?\.?$",
    # "le paga el regreso a Monterrey": paid to the worker, by the subject named before.
    r"\ble (?:paga|pagara|cubre|cubrira|reembolsa\w*|devuelve) (?:el|su|los|sus) (?:regreso|viaje|"
    r"boletos?|pasajes?|transporte)\b",
    # A fee schedule's "paid by" column: "Work permit fee CAD 155 Employer", and with a when
    # column after it: "Regreso a Hermosillo US$65 Empresa al terminar la temporada".
    # ("Airfare US$430 Employer No": a yes/no column may follow the payer's.)
    r"\d[\d,.]*\)? (?:[\w/]+ ){0,3}?(?:employer|company|empleador|empresa|patron)(?: ?/ ?\w+)?\)?\.?"
    r"(?: (?:al|at the|upon|on|en la|a la|when|cuando|antes|before|despues|after)\b[\w ().,]{3,60}|"
    r" (?:no|yes|si|nil|n/a)|"
    # a remarks column: "Empresa | Boleto comprado por la empresa", "Employer | E-ticket issued ..."
    r" (?:boleto|ticket|e-ticket|entregad\w*|comprad\w*|paid|pagad\w*|billed|issued)\b[\w ().,-]{0,60})?$",
    # "you still receive wages earned, the guarantee up to that day and your trip home"
    r"\b(?:receives?|recibe|reciben|recibira|recibiran)\b(?: [\w,]+){0,10}? (?:and |y )?(?:your |su |"
    r"el |the )?(?:trip home|regreso|return (?:trip|ticket|transportation)|viaje de regreso)\b",
    r"(?:both ways|round[- ]trip|return ticket|tickets?|fares?) (?:\w+ ){0,2}?by (?:the )?(?:company|"
    r"employer)\b",
    r"\b(?:will be|is|are|shall be) (?:paid|provided|given|reimbursed) (?:\w+ ){0,2}?(?:return "
    r"|the return )?(?:transportation|travel|trip|ticket|fare|passage)\b",
    r"\bpaid (?:\w+ ){0,2}?(?:tickets?|fares?|trips?|passage|flights?)\b",
    r"\b(?:boleto|pasaje|viaje) (?:\w+ )?pagad[oa]\b",
    r"\bis paid for\b",
    rf"\b(?:advanced|fronted|adelantad[oa]s?|anticipad[oa]s?) (?:by|por) (?:the |el |la |los )?"
    rf"{EMPLOYER}\b",
    # The fee is billed to the employer: "cobra sus honorarios al vivero", "bills the grower".
    # Not the agency or recruiter (the one charging) and not an "employer fee" (a fee's name).
    rf"\b(?:cobra|cobran|cobrara|cobraran|factura\w*) (?:\w+ ){{0,3}}?(?:a |al |a la |a los )"
    rf"(?!agen|reclut|contrat){EMPLOYER}\b",
    # ("a service charge to the employer" is a noun; the verb bills the employer directly.)
    rf"\b(?:bills?|invoices?|charges?) (?:the )?(?!agen|recruit|contract){EMPLOYER}\b"
    rf"(?!'| (?:fees?|costs?|charges?|rates?))",
    r"\bpaid (?:at|upon|on|by) (?:the )?(?:end|completion|finish)\b",
    r"\b(?:provided|furnished|paid|reimbursed|given) at (?:a|the) (?:rate|minimum)\b",
    r"\b(?:at least|no less than|not less than|a minimum of|por lo menos|al menos|como minimo) "
    r"(?:\$|usd|[a-z]{0,3}\$?\d)",
    r"\b(?:trip|ticket|fare|travel|flight|transportation|bus|autobus|passage)(?: \w+){0,2} "
    r"(?:is|are|will be) "
    r"(?:fully )?paid\b(?! (?:by|from) (?:the )?(?:worker|employee|you))",
    r"\b(?:viaje|boleto|pasaje|vuelo|transporte)(?: \w+){0,3} se (?:le )?paga(?:ra|n)?\b",
    r"\bpagad[oa]s? (?:al|a la) (?:final|terminar|termino)\b",
    # The worker is handed the trip: "get return transportation", "recibe su boleto".
    r"\b(?:gets?|receives?|recibe|reciben|recibira|recibiran|(?:is|are|will be) given|"
    r"entitled to|tiene derecho a|tendra derecho a) (?:\w+ ){0,3}?(?:transportation|tickets?|"
    r"fares?|trips?|passage|flights?|travel|boletos?|pasajes?|viajes?|vuelos?)\b",
    # a payer cell after the item: "Return air ticket ...: by company", "Visa: por la empresa"
    rf":\s*(?:paid )?(?:by|por) (?:the |el |la )?{EMPLOYER}\b\W*$",
]
# "Received from: Kahurangi Steel Limited": a receipt for a firm's (the employer's) money.
FROM_FIRM = (
    r"(?:received|recibi\w*|recibido) (?:with thanks )?(?:from|de)\b[^.;]{0,100}?\b(?:limited|ltd|llc|"
    r"inc|corp|company|w\.l\.l|pty|gmbh|bhd|s\.a|s\.c|the employer|el empleador)\b"
)
CHARGE = [
    # "No worker is exempt from the fee": everyone pays it.
    r"\b(?:no|ningun\w*|nadie|nobody|no one|none)\b(?: \w+){0,3}? (?:is|are|will be|shall be|"
    r"queda\w*|esta\w*|sera|seran) (?:exempt\w*|exent[oa]s?)\b",
    # (not "para buscar trabajadores y le paga sus honorarios": the workers are sought, not paying)
    rf"(?<!buscar )(?<!contratar )(?<!reclutar )(?<!recruit )(?<!find )"
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:pays?|paying|owes?|bears?|covers?|reimburses?|repays?|"
    rf"buys?|purchases?|pagar\w*|paga|pagan|pague|paguen|cubr\w+|owes?|aportar\w*|"
    rf"abonar\w*|depositar\w*|reembolsar\w*|devolver\w*|compra(?:r|ra|ran)?|costea\w*|"
    rf"contribut\w+|remits?|remitting|aporta|aportan|aporte|aporten)\b",
    # Handing over is a payment only when money is what is handed: not a passport or a photo.
    rf"\b{WORKER}\b(?: \w+){{0,3}}? (?:entrega|entregan|entregue|entreguen|entregar\w*|gives?|"
    rf"sends?|transfers?|envia\w*|manda\w*)\b(?: \w+){{0,6}}? (?:\$|[a-z]{{0,3}}\$? ?\d|money|"
    rf"dinero|cantidad|suma|sum|amount|monto|fee|cuota|pago|payment|efectivo|cash)",
    # Money owed to the recruiter or the employer: "Q2,500 is due to the recruiter".
    # ("due to company policy" is a reason, so "due" needs its verb.)
    r"\b(?:(?:is|are|be|becomes?|falls?) due|payable|owed|remitted|paid|go|goes|transferred|sent) "
    r"(?:\w+ )?(?:to|a|al|a la) "
    r"(?:the |el |la |su |your )?(?:agency|agencia|recruiter|reclutador\w*|agent|agente|broker|"
    r"enganchador|employer|company|empresa|patron|empleador)\b",
    r"\bas (?:its|his|her|their|the|a|an|su) (?:fee|commission|payment|pago|comision|cuota)\b",
    rf"\b(?:pays?|paid|payable|borne|covered|owed|repaid|reimbursed|pagad[oa]s?|cubiert[oa]s?) "
    rf"(?:for )?(?:by|por) "
    rf"(?:the |each |el |la |los |las |cada )?{WORKER}\b(?![' s]{{0,3}}comp)",
    rf"\b(?:lo|la|los|las) (?:paga|cubre|pone|asume|absorbe|costea)(?:ra|n|ran)? "
    rf"(?:el |la |los |las |cada )?(?:{WORKER}|uno)\b",
    rf"\b(?:asumid[oa]s?|absorbid[oa]s?|sufragad[oa]s?|costead[oa]s?|assumed|shouldered|"
    rf"defrayed|met) (?:by|por) (?:the |each |el |la |los |las |cada )?{WORKER}\b",
    rf"\b(?:charged|billed|sold|invoiced|vendid[oa]s?|cobrad[oa]s?) (?:\w+ )?(?:to|a|al) "
    rf"(?:the |each |el |la |los |las )?{WORKER}\b",
    rf"\bcharges? (?:the |each )?{WORKER}\b",
    # "refunds the visa fee, but only to Employees who complete the season": kept from leavers.
    rf"\bonly (?:to|for|if|when) (?:the )?(?:{WORKER}|those|quienes|los que|las que)(?: (?:who|que))? "
    r"(?:complete|completes|finish|finishes|stay|stays|remain|remains|terminen|completen|cumplan|"
    r"se queden)\b",
    # "the charter bus costs $85 per person and comes out of your first two checks"
    r"\bcomes? out of (?:your|the|his|her|their|each) (?:\w+ ){0,2}?(?:checks?|paychecks?|pay|wages?|"
    r"salary)\b",
    # "mil doscientos pesos en la clínica ..., usted lo paga el día de la cita"
    r"\b(?:usted|ustedes|tu|vos|el trabajador|la trabajadora|los trabajadores) (?:se )?(?:lo|la|los|las) "
    r"(?:paga|pagas|pagan|pagara|pagaras|pagaran|cubre|cubres|cubren|cubrira|cubriran)\b",
    # "el trabajador le reembolsa 450 quetzales": the worker paying someone back.
    # ("al trabajador se le reembolsarán": paid back to him, not by him)
    rf"\b{WORKER}\b(?: \w+){{0,2}}? (?:le |les |se lo |se la )?"
    rf"(?<!\bse le )(?<!\bse les )(?:reimburses|repays|reembolsa|reembolsara|"
    rf"devuelve|devolvera)n?\b",
    r"\b(?:will|shall|to|must|may|can)(?: not| never)? be (?:charged|billed|deducted|withheld|"
    r"recovered|taken out|subtracted)\b",
    r"\b(?:is|are)(?: not| never)? (?:charged|deducted|withheld|taken out|recovered|subtracted)\b",
    r"\b(?:deduct\w*|withh[oe]ld|taken out|take out|taken|takes|subtract\w*|recover\w*|recoup\w*) "
    r"(?:\S+ ){0,6}?(?:from|of|out of|against) (?:\S+ ){0,4}?(?:pay|wages?|paychecks?|checks?|"
    r"salary|earnings|payroll)\b",
    r"\bpayroll deductions?\b",
    r"\b(?:deducted|withheld) (?:every|each|weekly|from)\b",
    r"\b(?:se )?(?:descont\w+|descuent(?:a|an|e|en))\b",
    r"\bdescuentos? (?:al|del|de su|sobre el|semanal\w*)\b",
    r"\bse (?:le |les )?(?:cobra|cobrara|cobraran|cobran|rebaja\w*|retendr\w+|retiene)\b",
    r"\bcobr(?:a|an|ara|aran|ar|o|amos)\b",
    # The employer getting its money back: "que no los recupera", "se recuperan del cheque".
    r"\b(?:se|lo|la|los|las) (?:le |les )?recupera(?:n|ra|ran)?\b",
    # "recupera 380 dólares de ese costo en los primeros ocho pagos del trabajador"
    r"\brecuper\w* (?:\S+ ){0,8}?(?:de|del|en|a) (?:\S+ ){0,4}?(?:pagos?|salarios?|sueldos?|cheques?|"
    r"raya|nominas?)\b",
    r"\b(?:le|les|se le|se les) rebaj\w+\b",
    rf"\b(?:a cargo|por cuenta) de(?:l| la| los| las| el)?(?: cada)?(?: propi[oa]| mism[oa])? {WORKER}\b",
    rf"\b(?:for|on) (?:the )?account of (?:the |each )?{WORKER}\b",
    r"\bpor cuenta de cada (?:quien|uno|una)\b",
    # The worker's own declaration: "será cubierto por mi persona", "at my own expense".
    r"\b(?:por mi (?:persona|cuenta)|a mi cargo|de mi bolsillo|at my (?:own )?(?:expense|cost)|"
    r"paid by me)\b",
    # A receipt for money taken from a worker: "Received with thanks from ... the sum of".
    # (not "Received from: Kahurangi Steel Limited (the Employer)": a firm's money)
    rf"\b(?!{FROM_FIRM})(?:received|recibi(?:mos)?|recibido) (?:with thanks )?(?:from|de)\b.{{0,200}}?"
    r"\b(?:the sum of|the amount of|la (?:suma|cantidad) de)\b",
    # "que debe depositar en la cuenta de la agencia": paid into the recruiter's account.
    r"\b(?:debe|deben|debera|deberan|tiene que|tienen que|must|has to|have to|shall) (?:depositar|pagar|"
    r"transferir|deposit|pay|transfer|wire)\b (?:\w+ ){0,3}?(?:cuenta|account) (?:de|del|of) (?:la |el |"
    r"the |su )?(?:agencia|agency|reclutador\w*|recruiter|gestor\w*|agente|agent)",
    # Taglish: "sagot ng applicant" (borne by the applicant), "sagot mo" (yours to pay).
    r"\bsagot (?:ng|ni) (?:applicant|aplikante|worker|manggagawa|ofw)\b|\bsagot mo\b",
    # The payee column of a deduction schedule: "Dormitory 2,500 Paid to Employer".
    r"\bpaid to (?:the )?(?:employer|company|agency|broker|recruiter)\b",
    # "que me hace favor de depositar en la cuenta de mi yerno": a polite demand for money.
    r"\b(?:me |nos )?hace(?:n)? (?:el )?favor de (?:depositar|pagar|entregar|mandar|enviar|"
    r"transferir)\b|\bplease (?:deposit|pay|send|transfer|wire)\b",
    # "advanced by the farm and recovered at $25 a week": the farm takes it back from the worker.
    r"\b(?:recovered|recouped|recuperad[oa]s?) (?:\w+ ){0,2}?(?:at|in|from|through|via|en|de|del|"
    r"mediante|con) ",
    # "The agency charges a registration fee": a recruiter charges the worker it recruits.
    r"\b(?:agency|agencia|recruiters?|reclutador\w*|agents?|agentes?|brokers?|intermediari\w+|"
    r"gestor\w*|enganchador\w*) (?:\w+ ){0,2}?(?:charges?|cobra|cobran|cobrara|collects?|"
    r"recauda)\b",
    r"\ba (?:su|tu) (?:propia )?costa\b|\bpor (?:su|tu) (?:propia )?cuenta\b|\bcorre(?:n)? por (?:su|tu) cuenta\b|"
    r"\bpor cuenta propia\b|\b(?:pagas|pones|cubres)\b",
    r"\b(?:at|a) (?:his|her|their|your|its|the worker's|the workers'|own)(?: or (?:his|her))? (?:own )?"
    r"(?:expense|cost|costo)\b",
    rf"\b{WORKER}'?s'? (?:own )?(?:expense|responsibility|cost)\b",
    r"\b(?:is|are|remains?|will be|will remain) (?:your|his|her|their) (?:own )?(?:expense|cost|"
    r"responsibility)s?\b",
    rf"\bat the (?:expense|cost) of (?:the |each |every )?(?:responsible |individual )?{WORKER}\b",
    rf"\ba costa de(?:l| la| los| las)? {WORKER}\b",
    # "La renovación del pasaporte es responsabilidad y gasto de EL TRABAJADOR"
    rf"\b(?:es|son|sera|seran|queda|quedan) (?:\w+ )?(?:responsabilidad|gasto|costo|cargo)s?"
    rf"(?: y (?:gasto|costo|cargo)s?)? (?:exclusiv[oa]s? )?(?:de|del) (?:la |el |cada )?{WORKER}\b",
    # "cuyo costo de S/ 1,450.00 abonará a LA AGENCIA": the worker pays the agency.
    r"\b(?:abonara|abonaran|abonar) (?:a|al) (?:la |el )?(?:agencia|reclutador\w*|gestor\w*|contratista|"
    r"intermediari\w*)\b",
    rf"\bpersonal (?:expenses?|costs?|responsibility) of (?:the |each |every )?{WORKER}\b|"
    rf"\bgastos personales de(?:l| la| cada)? {WORKER}\b",
    r"\d[\d,.]*\)? (?:[\w/]+ ){0,3}?(?:worker|employee|trabajador\w*|applicant|candidate|candidat[oa])"
    r"(?: ?/ ?\w+)?\)?\.?(?: (?:yes|si))?$",
    r"\b(?:comes?|come|taken|sale|salen) (?:out )?(?:of|de) (?:your |his |her |their |each |the "
    r"worker'?s |cada |su |tu |the )?(?:next |first |last |following |proximo |primer )?(?:pay|"
    r"check|wages|paycheck|cheque|sueldo|salario)\b",
    rf"\brespons[ai]b\w+ (?:exclusiv\w+ |sole |unica )?(?:of|for|del|de la|de el|de) "
    rf"(?:the |each |el |la |cada )?{WORKER}\b",
    # "Applicants are responsible for obtaining and paying for their own passport."
    rf"\b{WORKER}\b(?: \w+){{0,2}}? (?:is|are|will be|es|son|sera|seran) respons[ai]bles? (?:for|de) "
    rf"(?:\w+ ){{0,3}}?(?:paying|the cost|pagar|cubrir|el costo|el pago)\b",
    r"(?<!invoiced )(?<!billed )(?<!reimbursed )\bat cost\b",
    rf"\b(?:pone|ponen|pondra|pondran|aporta|aportan) (?:el |la |los |las )?{WORKER}\b",
    rf"\b{WORKER} (?:lo |la |los |las )?(?:pone|ponen|pondra|pondran)\b",
    r"\b(?:will|shall|must|may|to) (?:also )?be taken (?:\w+ ){0,3}?from (?:\w+ ){0,3}?(?:pay|"
    r"wages?|"
    r"paychecks?|checks?|salary|earnings)\b",
    r"\bdeducted (?:at|in|on|over|weekly|monthly|per)\b",
    r"\b(?:must|has to|have to|required to|obliged to|expected to|asked to|need to|needs to|"
    r"debera|deberan|debe|deben|tendra que|tendran que|tiene que|tienen que|hay que|"
    r"se obligan? a|se comprometen? a|agrees? to|undertakes? to) "
    r"(?:\w+ )?(?:pay|pagar|cubrir|buy|purchase|comprar|reimburse|repay|reembolsar|devolver|"
    r"entregar)\b",
    r"\b(?:must|has to|have to|need to|needs to|debe|deben|debera|deberan|tiene que|tienen que|"
    r"hay que) (?:\w+ )?(?:send|wire|transfer|deposit|enviar|mandar|depositar|transferir)\b"
    r"(?: \S+){0,3}? (?:\$|[a-z]{0,3}\.? ?\$? ?\d)",
    rf"\bowes? (?:the |a |an )?(?:company|employer|agency|recruiter|farm|\$|{EMPLOYER})",
    r"\b(?:will|shall|must) (?:also )?pay\b",
    r"\b(?:take|takes|taking|accept|accepts|ask|asks|request|requests|solicit\w*|demand\w*|"
    r"receive|receives|collect\w*|pedir|pide|piden|pida|pedimos|solicitar\w*|recibir\w*|tomar\w*|"
    r"exigir\w*|exige\w*) (?:for |any |a |el |un |la |una )?(?:money|payment|fees?|cash|dinero|"
    r"pagos?|cuotas?|cobro|efectivo|aportacion|aporte|contribucion|cooperacion)\b",
    r"\bcharges? (?:a |an |the )?(?:fee|\$|\d)",
    r"\$ ?\d[\d,.]* (?:\w+ )?(?:fee|charge)\b",
    r"\b(?:cost|costs|costing|cuesta|cuestan|costara|costaran|price|precio|costo|costos|valor|"
    r"importe)\b"
    r"(?: \w+){0,2} (?:\$|[a-z]{0,3}\.? ?\$?\d|usd|mxn|php|gtq|q\d)",
    # An order to send money: "deposita $350", "send $200 to".
    r"(?:^|(?<=[.;:!¡,] )|^(?:para|to|in order to|por favor|please) (?:\w+ ){0,4})"
    r"(?:deposita|depositen|deposite|pague|paguen|mande|manden|envie|envien|transfiera|"
    r"deposit|send|wire|transfer)\b (?:\w+ ){0,2}?"
    # a currency before the figure, not a word: "send passport copy and 2 photos"
    r"(?:\$|(?!(?:and|or|the|for|per|por|de|el|la|by|at|to|in|on|of|y|o|a|un|una)\b)"
    r"[a-z]{1,3}\.? ?\$?\d)",
    r"\b(?:fee|charge|cuota|cargo|renta|rent|deposit|deposito)s? (?:is |es |will be |sera )?(?:of|de) "
    r"(?:\$|[a-z]{0,3}\$? ?\d)",
    # A cost due with no payer named is the reader's: "the fee must be paid before the interview".
    r"\b(?:must|shall|has to|have to|is to|are to) be paid\b(?! (?:by|for by|to|a|al) (?:the )?"
    r"(?:employers?|company|grower|agency))|\b(?:debe|debera|deberan|deben|ha de|han de) "
    r"(?:pagarse|ser pagad[oa]s?|cubrirse)\b|\b(?:is|are) payable\b(?! (?:by|to) (?:the )?"
    r"(?:employers?|company|worker|employee))|\bpayable (?:on|upon|at|before|in advance)\b",
    # A deduction or recovery line with its amount: "Levy recovery RM 154 monthly".
    r"\b(?:recovery|recoveries|deductions?|deduccion|descuento)\b(?: \w+){0,2} "
    r"(?:\$|[a-z]{0,3}\$? ?\d)",
]
