"""Practices that take a worker's freedom: kept passports, blacklists, confinement."""

from __future__ import annotations

from contracts.analysis.payer import WORKER
from contracts.analysis.practice_words import COMPLAINT, HOME, PLACES, Practice, rx

__all__ = ["FREEDOM"]


FREEDOM: tuple[Practice, ...] = (
    Practice(
        "document_retention",
        rx(
            r"\b(?:keep|keeps|kept|hold|holds|held|retain\w*|confiscat\w*|collect\w*|takes?|taken|"
            r"safekeep\w*|custody|surrender\w*|hand (?:over|in)|hands? (?=(?:his|her|their|your|its|his/her)\b)|turn (?:over|in)|deliver\w*|"
            r"guardar\w*|guarda|guardara|guardan|retener\w*|retiene\w*|retendr\w+|resguard\w*|"
            r"conservar\w*|conserva\w*|qued(?:a|an|ara|aran|e|en|o|amos|ar\w*) con|recibe|reciben|recibira|recibiran|"
            r"recoger\w*|recoge\w*|(?<!antes de la )(?<!despues de la )(?<!hasta la )entreg\w*(?! de\b)|custodia\w*|"
            r"quitar\w*|quita\w*)\b"
            # "entregada al trabajador": handed to the worker, not taken from him.
            rf"(?! (?:a|al|to|a la) (?:the |el |la |cada |each )?{WORKER}\b)"
            # "Please keep it with your passport": the letter goes with the papers the worker holds.
            r"(?! (?:it|this|them|these|this (?:letter|offer|copy|receipt|card|document|page)) "
            r"(?:together )?(?:with|next to|alongside|junto (?:a|con)|con) (?:your|his|her|their|su|sus|tu|"
            r"tus) )"
            # "to hold your seat ... after visa comes": the object is a seat, not the papers.
            r"(?! (?:your|a|the|his|her|their|su|el|un|tu) (?:seat|place|spot|slot|position|lugar|cupo)s?\b)"
            r"(?:\W+\w+){0,8}?\W+(?:passports?|visas?|identity (?:documents?|"
            r"cards?|papers)|id cards?|ids|travel documents|immigration documents|pasaportes?|"
            r"documentos? de identidad|dpi|ine|credencial\w*|cedula\w*|identificacion\w*|"
            r"documentos migratorios|papeles|arc|iqama|hkid|residence cards?|residence permits?|"
            r"tarjetas? de (?:visitante|residencia|identidad|trabajador)|work permits?)\b"
            # (a document's number identifies a person: "DPI 2871 45220 1501")
            r"(?!\s*(?:no\.?\s*|number\s*|#\s*|n[°º]\s*)?\d)"
            # "to cover the visa fee": the fee is money, not the document.
            r"(?! (?:application |processing |stamping )?(?:fees?|costs?|charges?|payments?|"
            r"appointment|interview|costo|cuota|tarifa|pago|cita)\b)"
            # "Tráigame el pasaporte ..., yo se lo guardo": the speaker keeps it.
            r"|(?<!\bmi )(?<!\bmis )\b(?:passports?|pasaportes?|documentos? de identidad)\b(?:\W+\w+){0,14}?\W+(?:yo |"
            r"nosotros )?(?:se )?(?:lo|los|la|las) (?:guardo|guardamos|tengo|tenemos|retengo|"
            r"retenemos|conservo|conservamos|resguardo|resguardamos)\b"
            # "traen su pasaporte original, la agencia se los guarda hasta el día del vuelo"
            r"|\b(?:passports?|pasaportes?|documentos? de identidad)\b(?:\W+\w+){0,14}?\W+(?:el |la )?"
            r"(?:agencia|empresa|patron|reclutador\w*|encargad[oa]|mayordomo|contratista|oficina) "
            r"(?:se )?(?:lo|los|la|las) (?:guarda|guardara|tiene|tendra|retiene|retendra|conserva|"
            r"conservara|resguarda|resguardara)\b"
            r"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,16}?\W+(?:permanecer\w*|quedar\w*|"
            r"remain\w*|stay\w*) (?:bajo|en|under|in) (?:su|their|its) (?:resguardo|custodia|"
            r"custody|safekeeping)\b"
            # "traigan sus pasaportes ..., I'm keeping them in the office safe"
            r"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,10}?\W+(?:i'?m|we'?re|i am|we are|i'll be|we'll be|"
            r"i will be|we will be) (?:keeping|holding) (?:them|it)\b"
            # "Su pasaporte se queda conmigo": the speaker keeps it
            r"|(?<!\bmi )(?<!\bmis )(?<!\bmy )\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,3}?\W+(?:se )?(?:queda|quedan|quedara|quedaran|"
            r"stays?|will stay|remains?) (?:conmigo|con nosotros|with me|with us)\b"
            # "The Worker's original passport shall remain with the Agency"
            r"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,4}?\W+(?:stay|stays|remain|remains|quedar\w*|"
            r"permanecer\w*|permanece\w*) (?:\w+ ){0,2}?(?:with|con|en poder de) (?:the |la |el )?(?:agency|"
            r"agencia|employer|empleador|company|empresa|recruiter|reclutador\w*|sponsor|patron)\b"
            r"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,4}?\W+(?:stay|stays|remain|remains|are kept|"
            r"is kept|se quedan?|permanecen?|quedan?) (?:\w+ ){0,2}?(?:in|at|en) (?:the |our |this |la |el |"
            r"nuestra |esta )?(?:office|safe|oficina|caja fuerte|company|empresa|agencia|agency)\b"
            # "nos deja el pasaporte aquí en la oficina": handed over to the speaker
            r"|\b(?:nos|me) (?:deja|dejan|dejas|entrega|entregan|entregas) (?:el|su|sus|los|tu|tus) "
            r"(?:pasaportes?|documentos?|papeles)\b"
            # "los pasaportes se entregan al mayordomo ... y se guardan en la caja fuerte"
            rf"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){{0,3}}?\W+(?:se )?(?:entregan?|entregaran?) "
            rf"(?:a|al|a la) (?!(?:el |la |cada )?{WORKER}\b)"
            # "Passports and visas will be collected by the crew leader"
            r"|\b(?:passports?|pasaportes?)\b(?:\W+\w+){0,3}?\W+(?:will be|shall be|are|is|must be|se) "
            r"(?:collected|taken|held|retained|confiscated|kept|surrendered|recogid[oa]s|retenid[oa]s|"
            r"recogeran|retendran|quedaran con)\b"
            rf"(?! (?:by|por) (?:the |el |la |los |las |each |cada )?{WORKER}\b)"
            r"|\b(?:passports?|pasaportes?|cedulas?|documentos? de identidad|identity cards?|dpi)\b"
            r"(?:\W+\w+){0,12}?\W+(?:se guardan?|se guardar\w*|guardad[oa]s?|"
            r"are kept|are stored|will be (?:kept|stored|locked)|se conservar?\w*) (?:\w+ ){0,2}?(?:en|in) "
            r"(?:la |el |the )?(?:caja fuerte|safe|oficina|office)\b"
            # "El trabajador deja su cédula de identidad en poder de Colocaciones ..."
            rf"|\b(?:deja\w*|leaves?|left) (?:su|sus|his|her|their|el|la|los) (?:[\w-]+ ){{0,3}}?(?:cedula|"
            rf"pasaporte|passport|dpi|documentos?|identificacion|credencial)\w*(?: [\w-]+){{0,3}}? (?:en poder "
            rf"de|en manos de|in the (?:hands|custody) of|with) "
            rf"(?!(?:el |la |the )?{WORKER}\b(?! (?:leaders?|boss|chief|supervisor)))"
            r"|\b(?:hands?|handed|will hand) (?:over |in )?(?:your|his|her|their|the|su|sus) "
            r"(?:\w+ )?passports? (?:over )?to (?!(?:you|him|her|them|the worker)\b)"
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
        # (a copy the worker is given to carry is no copy kept instead of the passport)
        unless=rx(
            r"^(?!.*\b(?:gives?|give|hands?|issues?|provides?|entrega\w*|da|dara|le da) (?:\w+ ){0,3}?"
            r"(?:certified |notarized |certificad[oa] |notariad[oa] )?(?:copy|copia|fotocopia|"
            r"photocopy)).*\b(?:copy|copies|copia\w*|photocop\w+|fotocopia\w*)\b"
        ),
    ),
    Practice(
        "blacklisting_threat",
        rx(
            r"\b(?:blacklist\w*|black list|lista negra|(?:do[- ]not|no)[- ](?:re-?)?hire list|"
            r"(?:do[- ]not|no)[- ](?:return|recall|invite|recruit|rehire|hire)s? (?:list|roster|"
            r"register|registry|file)|"
            r"lista de no (?:contratar|recontratar)|boletin(?:ad[oa]s?|ar\w*|amos|an|a)|"
            # "su lista de personas no recomendables", "a not-recommended list"
            r"lista (?:de |del )?(?:personas |trabajadores |candidatos |aspirantes )?(?:no (?:recomendables|"
            r"elegibles|apt[oa]s|grat[oa]s|deseables|contratables|confiables)|vetad[oa]s|inelegibles)|"
            r"(?:not[- ]recommended|ineligible|non-?eligible|do-?not-?recommend) (?:workers? |persons? )?"
            r"(?:list|register|roster))\b"
        ),
        None,
    ),
    Practice(
        "blacklisting_threat",
        rx(
            # "el que vaya con los de legal aid ... ya no regresa el año que entra"
            r"\bya no (?:regresa|vuelve|viene|regresara|volvera|vendra)n? (?:el |la )?(?:ano que (?:entra|viene)|"
            r"proxim[oa] (?:ano|temporada)|siguiente temporada)\b|"
            r"\b(?:(?:not|never) be (?:re-?hired|hired again|recalled|called back|considered for "
            r"(?:future )?(?:employment|work|hire))|(?:no|nunca) (?:sera|seran|volvera\w*) (?:a ser )?(?:llamad|pedid|invitad|solicitad)\w*|"
            r"(?:no|nunca) (?:sera|seran|volvera\w*) (?:a ser )?tomad[oa]s? en cuenta|"
            r"(?:not|never) be (?:called|asked|invited|requested) (?:back|again)|(?:does|do|will) not get (?:called|"
            r"asked|invited|hired|brought|re-?hired) (?:back|again)|(?:no|nunca) (?:sera|seran|volvera\w*) (?:a ser )?"
            r"(?:re)?contratad\w+|no (?:lo|la|los|las) volve\w+ a (?:contratar|llamar|pedir|traer|invitar|mandar)|"
            r"qued(?:a|an|as|ara|aran) quemad[oa]s?|report(?:ed|s)? (?:you |them |him |her |workers? )?to (?:the )?(?:us |u\.s\. )?"
            r"(?:immigration|consulate|ice|police|authorities|embassy|uscis)|reportad\w+ (?:a|al|"
            r"con|ante) (?:la |el )?(?:migracion|consulado|policia|embajada|inmigracion)|"
            r"deport\w+|not eligible for (?:re-?hire|rehiring|return|re-?employment|future)|"
            r"(?:not|never) be (?:requested|invited|asked|named|brought|called) (?:back|again|for future|(?:for )?"
            r"(?:the )?(?:next|following|coming) (?:season|year|harvest|contract))|"
            r"(?:not|never) be (?:proposed|recommended|selected|considered|put forward) for|"
            r"(?:is|are|gets?|get) not (?:re-?hired|hired again|invited back|called back|recalled)|"
            r"(?:will not|won't|shall not) be offered (?:a |any )?(?:new |future |further )?(?:contracts?|"
            r"employment|work|jobs?|placements?|places?|spots?|positions?|seasons?)|no se (?:le |les )?ofrecera\w* (?:un |ningun )?(?:contrato|trabajo|empleo)|"
            r"no (?:sera|seran) (?:propuest|recomendad|considerad|seleccionad|tomad)\w*|"
            # "ya no va a ser pedido", "will report her as absent (huroob)", "barred from returning"
            r"(?:ya )?no (?:va|van) a ser (?:pedid|llamad|invitad|contratad|solicitad|tomad)\w*|"
            r"report\w* (?:(?:her|him|them|you|the worker) )?as (?:absent|absconded|a runaway|missing)|"
            r"huroob|(?:barred|banned) from (?:returning|re-?entering|coming back)|"
            r"excluid[oa]s? (?:de|del) (?:tod[oa]s )?(?:las |los )?(?:convocatorias|temporadas|campanas|"
            r"contrataciones|procesos|selecciones)(?: \w+)? (?:futur[oa]s|siguientes|proxim[oa]s)|"
            # "quedará excluida de las próximas campañas", "excluded from future seasons"
            r"(?:excluid[oa]s?|excluded|barred|vetad[oa]s?) (?:de|del|from) (?:las |los |the |all |any )?"
            r"(?:proxim[oa]s|futur[oa]s|siguientes|next|future|upcoming|later) (?:\w+ )?(?:campanas|"
            r"temporadas|contrataciones|convocatorias|contratos|seasons|campaigns|contracts|"
            r"placements|recruitment\w*|hiring)|"
            r"(?:placed|put|added|entered|listed) (?:on|in|to) (?:the |a |our |its )?(?:\w+'s )?"
            r"non-?(?:recommendation|referral|return|rehire|hire|eligib\w+|selection)\s?(?:list|"
            r"register|roster|file)|"
            r"(?:fuera|excluid[oa]s?|eliminad[oa]s?|borrad[oa]s?|dad[oa]s? de baja|removed|struck|"
            r"taken off|dropped|excluded|left|kept) (?:de|del|from|off) (?:la |el |the |las |nuestras? |our |"
            r"sus )?(?:\w+ )?(?:\w+'s )?(?:listas?|padron|register|recall list|"
            r"roster|list|registro|registry|pool|futuras contrataciones|future (?:hiring|"
            r"recruitment|contracts|employment|seasons))|"
            # "yo lo borro de la lista", "ya no entra en la lista", "ya no vuelve a salir"
            r"(?:lo|la|los|las) (?:borro|borramos|saco|sacamos|quito|quitamos|borra\w*) de (?:la|las|"
            r"nuestra\w*) lista\w*|(?:ya )?no (?:entra|entran|vuelve|vuelven|estara|estaran|"
            r"queda|quedan) (?:\w+ ){0,2}?(?:en|a) (?:la|las) lista\w*|(?:ya )?no (?:vuelve|vuelven|volvera|volveran) a (?:trabajar|venir) (?:con|para|a|en) "
            r"(?:nosotros|la empresa|el rancho|la granja|esta empresa)|(?:will not|won't|will never) "
            r"(?:work|come back|return) (?:for|to|with) (?:us|the company|the farm)|"
            r"ya no (?:vuelve|vuelven) a "
            r"(?:salir|ir|viajar|venir|ser llamad\w+)|se queda\w* sin visa|"
            r"no (?:sera|seran) (?:solicitad|llamad|invitad|pedid)\w* (?:en (?:las? )?(?:siguientes |"
            r"proximas |futuras |otra |nueva |la proxima )?temporadas?|de nuevo|otra vez|para "
            r"(?:futuras|la proxima|otras)))\b"
        ),
        needs=COMPLAINT,
    ),
    Practice(
        "movement_restriction",
        rx(
            rf"\b(?:(?:may|can|shall|must|will) not|cannot|can't|(?:is|are) not (?:allowed|permitted)|"
            rf"not allowed to|prohibited from|forbidden (?:to|from)|no (?:podra|podran|puede|pueden|"
            rf"se (?:le |les )?permite|esta permitido|debe|deben)|prohibid[oa]s?|se prohibe) "
            rf"(?:\w+ ){{0,3}}?(?:leave|leaving|go out|going out|exit|salir|abandonar|dejar)\b"
            rf"(?:\W+\w+){{0,6}}?\W+(?:{PLACES}|day off|days off|rest days?|dias? de descanso|"
            rf"dias? libres?|after (?:work|hours)|at night|de noche|de la noche|unless accompanied|"
            rf"unaccompanied|sin (?:ser )?acompanad[oa]s?|a menos que (?:\w+ )?acompanad\w+)\b"
            rf"|\b(?:nadie|nobody|no one|ningun trabajador|no (?:{WORKER}|one)) (?:\w+ ){{0,2}}?"
            rf"(?:sale|salen|salir|leaves?|leave|go out|goes out)\b(?:\W+\w+){{0,4}}?\W+(?:{PLACES}|"
            rf"granja|at night|de noche|sin permiso|without (?:\w+ ){{0,3}}?permission)\b"
            rf"|\b(?:gates?|doors?|puertas?|portones?) (?:are|is|will be|se) (?:locked|closed|cierran?|"
            rf"cerrad[oa]s?) (?:at|a las|from|after|de|desde|despues de las) \d"
            rf"|\b(?:cannot|can't|may not|no (?:pueden|puede|podra|podran)) (?:go out|leave|salir)"
            rf"(?: \w+)? (?:alone|solos?|solas?|by (?:themselves|yourself|himself|herself))\b"
            rf"|\bno se permiten? (?:salidas|salir)\b"
            rf"|\bno going out (?:alone|at night|without)\b|\band back (?:\w+ ){{0,3}}?(?:by|before) \d{{1,2}}(?:[:.]\d\d)? ?"
            rf"(?:p\.? ?m|pm)\b"
            rf"|\b(?:must|has to|have to|shall|debe|deben|tiene que|tienen que) (?:be back|return|come back|"
            rf"regresar|volver|estar de vuelta) (?:\w+ ){{0,5}}?(?:by|before|no later than|antes de las|a las|"
            rf"para las) \d{{1,2}}(?:[:.]\d\d)? ?(?:p\.? ?m|pm|hrs|h|horas)\b"
            rf"|\b(?:may not|cannot|can't|must not|shall not|no (?:puede|pueden|podra|podran)) (?:stay|sleep|"
            rf"spend the night|pasar la noche|dormir) (?:overnight )?(?:anywhere else|elsewhere|away|outside|"
            rf"fuera|en otro lugar)"
            rf"|\b(?:pasara|pasaran|pasa|spends?|will spend|shall spend) (?:su|sus|her|his|their|your) "
            rf"(?:dias? libres?|days? off|rest days?|dias? de descanso) (?:dentro de|inside|in|en) "
            rf"(?:la |the |el )?(?:casa|house|home|residencia|vivienda|housing|dormitor\w+)"
            # "must stay inside the trailer area from 11:00 p.m. to 7:00 a.m."
            rf"|\b(?:must|has to|have to|shall|debe|deben|tiene que|tienen que) (?:stay|remain|permanecer|"
            rf"quedarse|estar) (?:[\w-]+ ){{0,5}}?(?:from|between|de|entre) (?:las )?\d{{1,2}}(?:[:.]\d\d)? ?"
            rf"(?:p\.? ?m|pm|de la noche)"
            rf"|\b(?:curfew|toque de queda)\b|\b(?:inside|adentro|dentro|in (?:the|their) rooms?)\b"
            rf"(?: \w+){{0,3}}? (?:by|before|a las|antes de las|para las) \d|\b(?:may not|cannot|can't|no "
            rf"(?:pueden|puede|podra|podran)) (?:spend|stay|pasar|quedarse) (?:a |one |any |una |la )?"
            rf"(?:night|noche) (?:away|out|outside|fuera)|\b(?:workers?|employees?|trabajador\w*|residents?|"
            rf"you|usted) (?:\w+ ){{0,2}}(?:confined|confinad\w+|encerrad\w+|locked (?:in|inside))\b"
            # "a Worker who transfers to another employer shall first pay the Employer QAR 4,000"
            rf"|\b(?:transfers?|transferring|moves?|moving|changes?|changing|switch\w*|cambia\w*|se pasa\w*) "
            rf"(?:to|a|de) (?:another|a new|any other|otro|otra) (?:employer|patron|empleador|empresa|"
            rf"sponsor)\b[^.;]*?\b(?:shall|must|will|has to|have to|is required to|debe\w*|tendra\w* que) "
            rf"(?:\w+ ){{0,2}}?(?:pay|pagar|reimburse|reembolsar|compensate|indemnizar)\b"
            rf"|\b(?:shall|may|must|will) not (?:take up |accept |do )?(?:work|employment|a job) (?:with|for) "
            rf"(?:any )?(?:other|another) employer"
            rf"|\b(?:may not|cannot|can't|no (?:podra|puede|pueden|podran)|(?:esta |queda )?prohibido|"
            rf"(?:se compromete|se obliga|agrees?|promises?|undertakes?) (?:a no|not to)|"
            rf"se prohibe|(?:are |is )?(?:not allowed|prohibited|forbidden) (?:to|from)) (?:\w+ )?(?:change|switch|"
            rf"transfer to|move to|go to|work for|cambiar(?:se)? de|cambiar|pasar(?:se)? a|irse con) "
            rf"(?:\w+ )?(?:employers?|empleador|patron|jobs?|"
            rf"trabajo|empresa)\b"
            rf"|\b(?:may|can|podra|puede|pueden|podran) (?:only )?(?:go out|leave|salir)\b"
            rf"(?: \w+){{0,5}}? (?:only|solo|unicamente)\b|"
            rf"\b(?:must|has to|have to|shall|debe|deben|debera|deberan|tiene que|tienen que) "
            rf"(?:be|return|come back|estar|regresar|volver) (?:\w+ ){{0,2}}?(?:inside|in|back|at|"
            rf"to|en|a|al|dentro)\b(?: [\w']+){{0,3}}? {HOME}\b(?: \w+){{0,3}}? (?:by|before|no later "
            rf"than|antes de las|a las|para las) \d|\bsolo (?:podra|puede|pueden|podran) salir\b"
        ),
        None,
    ),
    Practice(
        "movement_restriction",
        rx(
            rf"\b(?:shall|must|will|has to|have to|(?:is|are) required to|debe|deben|debera|deberan|"
            rf"tendra que|tendran que) (?:stay|remain|keep|permanecer|quedarse)\b (?:\w+ ){{0,2}}?"
            rf"(?:in|inside|within|at|en|dentro de)\b(?:\W+\w+){{0,5}}?\W+{HOME}\b"
        ),
        # Staying at the worksite during the shift is work; staying home when off is not.
        needs=rx(
            r"\b(?:permission|permiso|autorizacion|unless|a menos que|outside (?:working|work) "
            r"hours|after (?:work|hours)|fuera del horario|rest days?|days? off|dias? de descanso|"
            r"dias? libres?|at night|de noche)\b"
        ),
    ),
)
