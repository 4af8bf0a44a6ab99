"""What a clause is about: the cost each fee category covers, as folded-text patterns."""

from __future__ import annotations

import re

from contracts.analysis.polarity import COMPLAINT_ABOUT

# "... y las comidas de esos días": the meals of the waiting days are the same stay.
_AND_MEALS = (
    r"(?:y|and) (?:las |los |the )?(?:comidas|alimentos|meals|food)\b(?: (?:de|durante|for|during|"
    r"on|of) (?:esos|esas|ese|those|that) (?:dias|tiempo|days|time))?"
)
# Lodging and meals on the way or while the visa is processed are travel costs. This topic is
# read before dates are blanked: "mientras espera la cita consular" is the stay, not a date.
_STAY_ON_THE_WAY = re.compile(
    # what the trip's costs include is the trip: "gastos del viaje, incluidos el hotel y las comidas"
    r"\b(?:gastos|costos|costs|expenses) (?:del|de|of the|of) (?:viaje|trip|travel)\b[^.;]{0,80}?"
    r"\b(?:incluid[oa]s?|including|incluyendo|incluye)\b[^.;]{0,60}\b(?:comidas?|meals?|"
    r"alimentos|hotel|hospedaje|lodging)\b|"
    r"\b(?:hospedaje|hotel|alojamiento|lodging|hotels?)(?: (?:en|in|at) [a-z]+)?\W{1,3}(?:para |for |"
    r"durante |during )?(?:la |el |the |your |su )?(?:cita|entrevista|appointment|interview)"
    r"(?: consular)?\b|"
    r"\b(?:hospedaje|hotel|alojamiento|lodging|hotels?)(?: (?:y|and) (?:la |las |el |los |the )?(?:comidas?|"
    r"alimentos|meals|food|comida))? (?:\w+ ){0,3}?(?:durante|during|while|mientras) (?:\w+ ){0,4}?(?:viaje|"
    r"camino|tramite\w*|tramita\w*|espera|wait\w*|trip|journey|travel|visa processing|consular\w*|cita consular|"
    r"(?:sale|salga|llega|llegue) la visa)\b"
    r"(?: consular\w*| de (?:la )?visa)?(?: (?:la |the )?(?:cita|appointment)(?: consular)?)?"
    rf"(?: (?:[\w-]+ ){{0,4}}?{_AND_MEALS})?|"
    # "hotel y comidas del trámite consular": what the trip to the consulate costs
    r"\b(?:hospedaje|hotel|alojamiento|lodging)(?: (?:y|and) (?:las |los |the )?(?:comidas|alimentos|meals))? "
    r"(?:del|de la|for the|of the) (?:tramite|cita|entrevista|appointment|interview)(?: consular)?\b|"
    # a stay in a consulate city is a stop on the trip: "Hospedaje y alimentos en Monterrey"
    r"\b(?:hospedaje|hotel|alojamiento|lodging|motel)(?: (?:y|and) (?:los |las |the )?(?:alimentos|comidas|"
    r"meals|food))? (?:en|in) (?:monterrey|ciudad juarez|nuevo laredo|matamoros|tijuana|hermosillo|"
    r"guadalajara|la ciudad de mexico|mexico city|la capital|the capital)\b|"
    # a stay counted in nights is a stopover: "el hospedaje de dos noches en la capital"
    r"\b(?:hospedaje|hotel|alojamiento|lodging|motel)(?: [\w-]+){0,2}? (?:de |for |por )?(?:una|un|dos|"
    r"tres|cuatro|one|two|three|four|\d) (?:noches?|nights?)\b|"
    # the wait first: "Mientras espera la entrevista en la embajada, el hotel y las comidas"
    r"\b(?:mientras|while|durante|during) (?:\w+ ){0,2}?(?:espera\w*|wait\w*)\b(?: [\w-]+){0,6}?,? "
    r"(?:el |la |the |your |su )?(?:hotel|hospedaje|alojamiento|lodging|accommodation)\b"
    rf"(?: {_AND_MEALS})?"
)
# Priority order: an earlier topic claims its words first ("seguro de viaje" is insurance,
# not travel; "road meals" are travel subsistence, not a meal charge).
_TOPICS: tuple[tuple[str, str], ...] = (
    (
        "damage_chargeback",
        r"\b(?:(?<!liquidated )(?<!\bin )(?<!\bas )damage[sd]?|damaging|broken|broke|breakage|breaks|repairs?|lost or (?:damaged|stolen)|"
        r"(?:lost|missing|unreturned) (?:tools?|equipment|items?)|not returned|(?:lose|loses) or "
        r"(?:break|breaks|damage|damages)|(?:break|breaks) or (?:lose|loses)|"
        r"(?:pays?|paid|paying) for (?:its|their|the) replacement|"
        # "Dana" is also a name: the bare verb needs its clitic or subject ("se daña").
        r"(?:se|lo|la|los|las|le|que|quien|si) dan[ae]\b|"
        r"(?:trabajador[a]?|emplead[oa]|usted|ustedes) dan[ae]n?\b|dan[ae]n? (?:por (?:descuido|"
        r"negligencia|culpa)|accidentalmente|intencionalmente)\b|dan(?:an|ara|aran|ad[oa]s?|ar|en|inos?)\b|"
        r"destru(?:y\w*|id[oa]s?|ccion\w*)|desperfectos?|rotur\w+|descompuest\w+|repair costs?|cost of repair\w*|"
        r"reparacion\w*|reposicion\w*(?! de (?:su |la |el )?(?:vacante|plaza|puesto|lugar))|reponer\w*|danos?|se (?:quiebra|quiebre|pierde|pierda|extravia|"
        r"extravie)n?|descompon\w+|(?:se )?romp(?:a|an|e|en|iera\w*)|"
        r"rot[oa]s)\b",
    ),
    (
        "insurance_cost",
        # Insurance for the trip is insurance: it claims "viaje" before travel does.
        r"\b(?:(?:welfare fund|fund|insurance|owwa) membership|owwa|fondo de (?:ayuda mutua|auxilio|prevision|bienestar)|"
        r"fondo solidario|solidarity fund|inscripcion (?:en|al) (?:el )?fondo|(?:poliza de )?seguros? de viajes?|fondo de (?:repatriacion|contingencias?|emergencias?|solidaridad)|"
        r"(?:repatriation|funeral|emergency|contingency) fund|"
        r"mutual (?:aid|benefit) (?:fund|society|scheme)|travel (?:and |& )?(?:\w+ )?(?:accident |medical |health )?"
        r"(?:insurance|polic(?:y|ies)|cover)|accident polic(?:y|ies)|seguros?(?: \w+){0,4}? (?:para el|del|de|"
        r"durante el) viaje|insurance (?:for|during) "
        r"the (?:trip|journey)|insurance|(?<!task )(?<!overtime )(?<!shift )(?<!night )(?<!harvest )"
        r"(?<!holiday )(?<!daily task )premiums?(?! (?:pay|rate|wages?)\b)(?!:)|(?:private |medical |health )+(?:coverage|cover)\b|"
        r"cobertura medica|seguros? (?:de viaje|medico|de vida|de gastos|"
        r"contra|privado)|polizas? de seguro|welfare (?:scheme|fund|contribution)s?|"
        r"welfare fund|welfare plan|owwa|polizas? (?:de |del )?(?:\w+ ){0,3}(?:viaje|accidentes?|"
        r"gastos medicos|vida)|philhealth|pag-ibig|fondo de bienestar|plan de salud|"
        r"health plan|medical plan|hospitali[sz]ation (?:and surgical )?(?:policy|plan|cover\w*|"
        r"scheme)|surgical (?:policy|plan|cover\w*)|group (?:\w+ ){0,3}?polic(?:y|ies)|accident (?:plan|insurance|coverage)|plan medico|inscripcion (?:en|al) (?:el |un )?(?:plan|seguro)\w*|"
        r"enrol\w* (?:in|into|on) (?:the |a )?(?:\w+ )?(?:plan|insurance)|polizas?)\b",
    ),
    (
        "medical_cost",
        r"\b(?:medical (?:exam\w*|check\w*|tests?|certificate|clearance|fees?|screening|fitness)|"
        r"physical exam\w*|"
        r"health (?:exam\w*|check\w*|certificate)|x-rays?|vaccin\w+|immuniz\w+|"
        r"drug (?:(?:and|or|/) alcohol )?(?:test|screen)\w*|alcohol (?:test|screen)\w*|"
        r"^medical(?= sa\b| ?:| is (?:at|in|on)\b)|clinic\w*|"
        r"examen(?:es)? medic\w+|examen(?:es)? de laboratorio|laboratory tests?|lab tests?|rayos x|"
        r"chequeo medico|certificado medico|analisis (?:clinicos|de sangre)|"
        r"vacunas?|radiografias?|prueba de (?:drogas|embarazo)|pre-?employment medical|"
        # "the medical" as a noun: the medical examination
        r"(?:the|a|your|their|own|our|his|her) medicals?(?! (?:leave|care|insurance|coverage|"
        r"treatment|emergenc\w+|expenses|costs|bills))|medical and police)\b",
    ),
    (
        "training_cost",
        # (a "service and orientation charge" is the agency's service fee)
        r"\b(?<!service and )(?<!service & )(?<!agency and )(?<!placement and )(?<!servicio y )"
        # ("worn on the course": a golf course is a workplace)
        r"(?:training|(?<!\bon the )(?<!\bat the )(?<!\bgolf )(?<!\baround the )(?<!\boff the )courses?|orientation|orientacion|pruebas? practicas?|practical (?:tests?|exams?)|"
        r"(?:safety|basic safety) training|(?:pesticide )?applicator (?:exams?|tests?|licen[cs]es?)|study[- ]manuals?|seminars?|(?:language|english|korean|japanese|mandarin|arabic|german|french) (?:tests?|exams?|class\w*|courses?)|"
        r"skills? (?:tests?|assessment|certification)|trade tests?|pdos|capacitacion\w*|"
        r"(?:certification|safety|skills?|training) class(?:es)?|certification (?:courses?|exams?|tests?)|"
        r"entrenamiento|cursos?|workshops?|bootcamps?|induction|induccion|briefings?|readiness|(?<!en el )(?<!del )(?<!precio de )(?<!precios de )(?<!costo de )taller(?:es)?|food[- ](?:safety|handl\w+)|"
        r"(?:manejo|manipulacion) de alimentos|examen(?:es)? de (?:ingles|idioma|habilidades)|"
        r"prueba(?:s)? de (?:habilidad\w*|idioma|ingles)|clases? de (?:ingles|idioma))\b",
    ),
    (
        "recruitment_fee",
        r"\b(?:recruit\w* fees?|recruit\w* (?:costs?|expenses?)|placement|administrative (?:support )?contributions?|"
        r"(?:file|application|paperwork) preparation|gestion de (?:la )?vacante|acompanamiento del proceso|apoyo administrativo|sponsorship (?:fees?|"
        r"contributions?|charges?)|referral (?:fees?|contributions?|charges?)|(?:on|by|through) (?:a |the |"
        r"his |her )?(?:foreman|crew leader|mayordomo)'?s? referral|(?:por|for) (?:haberl[oa] |being )?"
        r"(?:incluid[oa]|included|metid[oa]|put) (?:en|in|on) (?:la |the )?(?:cuadrilla|crew|lista|list)|gastos (?:administrativos|de coordinacion)|"
        r"coordination (?:costs|expenses|fees?)|(?:de|para) la convocatoria|"
        r"gastos de (?:la )?oficina|office (?:costs|expenses|fees?)|(?<!salary )(?<!benefits )"
        r"(?<!compensation )(?<!pay )package(?= \d| (?:fee|cost|price|rate)\b)|"
        r"servicios? de (?:la )?agencia|agency'?s? services?|services of the agency|processing (?:fees?|charges?)|"
        r"(?:processing|registration|selection|recruitment|program(?:me)?) contributions?|"
        r"program(?:me)? fees?|(?:open|opening) (?:your|a|the|his|her) (?:file|case file)|"
        r"(?:aporte|aportacion|contribucion) (?:por|para) (?:el |la )?(?:registro|tramite|proceso|"
        r"seleccion|inscripcion)|"
        r"registration|registro (?:en|a|al|de) (?:la |el )?(?:bolsa de (?:trabajo|empleo)|agencia|programa|"
        r"lista|padron|plataforma|proceso)|cuota de registro|"
        r"administrative (?:processing )?(?:fees?|charges?)|admin(?:istration)? fees?|"
        r"(?<!visa )application fees?|agency fees?|(?<!appointment )(?<!consular )service (?:fees?|charges?)|paperwork|hiring fees?|"
        r"job fees?|broker\w*|commission|finder'?s? fee|reserve (?:your|a) (?:spot|place)|"
        r"(?:put|place) on the list|place on (?:this|the) job|reservacion|reserva (?:de|del) (?:la )?"
        r"(?:plaza|lugar|cupo|puesto)|(?:place|seat|slot) reservation|(?:hold|keep|secure|save|reserve) "
        r"(?:your|a|the|his|her|their) (?:place|spot|seat|slot|position)|crew list|"
        r"(?:for|to get) (?:a|the|this) job|"
        r"being hired|to be hired|get hired|selection fee|bayad sa ahensya|reclutamiento|"
        r"colocacion|inscripcion\w*(?! (?:en|a|al) (?:el |la )?(?:comedor|plan|seguro|clase|curso))|"
        r"inscrib\w+ (?:en|a|al) (?:la |el )?(?:agencia|programa|lista|padron|proceso|reclutamiento)|"
        r"tramites?(?! (?:y (?:el|la) (?:\w+ )?)?(?:del|de la) (?:pasaporte|visa|tarjeta|permiso|forma "
        r"migratoria|cita))|tramitacion|gastos de gestion|papeleo|expediente|comision\w*|enganche|"
        r"(?:apart|separ|reserv|asegur|guard)(?:ar|a|e|en|as|an) (?:su |tu |el |un )?(?:lugar|cupo|"
        r"espacio)|"
        r"membres\w+|membership|afiliacion|padron|roster|enrol?lment fees?|"
        r"(?:en|a) la lista|ser contratad[oa]s?|por el trabajo|por (?:el|un|este) (?:empleo|puesto)|"
        r"cuota de (?:reclutamiento|inscripcion|colocacion|seleccion)|contraprestacion|gestoria|"
        r"honorarios|servicios? de (?:intermediacion|asesoria|gestion|reclutamiento)|"
        r"cuotas? de servicio|cargos? por servicio|gestion (?:de|del) (?:su |la |el |mi )?(?:contratacion|"
        r"tramite|proceso|empleo|seleccion|reclutamiento|colocacion|perfil|contrato)|llenado de (?:formularios|solicitudes)|costo (?:total )?del proceso|"
        # A fee named for a step of hiring: "onboarding fee", "documentation charge".
        r"(?:arranging|preparing|processing|handling) (?:the |your |his |her |each |every )?(?:\w+'s )?(?:file|"
        r"papers|paperwork|application)|(?:arreglar|preparar|tramitar|arreglo de|preparacion de) "
        r"(?:los |el |sus |su )?(?:papeles|expediente|documentos|tramites)|"
        r"file (?:processing|handling|opening|maintenance|management)|(?:document|documentation|paperwork) "
        r"(?:handling|processing)|onboarding(?! (?:training|orientation|session|day|pay))|"
        r"asesoria (?:migratoria|laboral|consular)|immigration consult\w*|(?:consultancy|consulting) fees?|"
        r"(?:onboarding|documentation|document handling|handling|file|filing|sign-?up|booking|(?<!appointment )service|"
        r"reservation|selection|screening|deployment|joining|enrol?ment|hiring)(?:-[a-z]+)?"
        r"(?: (?:and|&) [a-z-]+)? (?:fees?|charges?|costs?|process)|(?:recruitment|selection|hiring|screening) process|"
        r"proceso de (?:seleccion|reclutamiento|contratacion)|(?:finding|securing|arranging|"
        r"obtaining) (?:\w+ ){0,2}?(?:a |the |this )?(?:job|position|employment|placement)|"
        r"(?:conseguir|obtener|buscar)(?:le|les)? (?:el |un |este )?(?:empleo|trabajo|puesto))\b",
    ),
    (
        "visa_cost",
        r"\b(?:visas?|visados?|consular(?:es)?|consulate fees?|petition fees?|border[- ]crossing|"
        r"i-94|mrv|(?<!earner )(?<!payroll )levy|levies|labor certification|labou?r certification|certificacion laboral|"
        r"petition|peticion|"
        r"work permits?|residence permit|permiso de trabajo|cruce|"
        # (a passport's number identifies the worker: "Passport No. 2077 31954")
        r"(?:passports?|pasaportes?)(?! (?:[a-z]+ )?(?:no\b|number|num\b|#|n[°º]|numero|n\.\S{0,2} |"
        r"[a-z]{0,3}\d{5}))|"
        r"(?:visa |consular )?appointment (?:service )?(?:fees?|charges?)|(?:alien )?resident certificates?|residence cards?|iqama (?:fees?|renewal|costs?)|"
        r"tarjeta de visitante|forma migratoria|visit pass|"
        r"nbi clearance|police clearance|antecedentes penales|cita consular|embajada|"
        # the trip to the consulate is part of getting the visa
        r"(?:viajes?|traslados?|trips?|travel) (?:a|al|to) (?:la |el |the )?(?:embajada|consulado|"
        r"embassy|consulate))\b",
    ),
    (
        "travel_cost",
        r"\b(?:(?:alimentos|comidas|meals|food) (?:del camino|en el camino|on the road|during (?:the )?travel|"
        r"del viaje|durante el viaje)|air ?fares?|airline|flights?|plane (?:tickets?|fares?)|bus (?:tickets?|fares?)|"
        r"tickets?|fares?|inbound|outbound|travel\w*|trips?|transportation (?:to|from)|"
        r"(?:return|regreso|inbound|outbound) (?:bus|autobus|camion|flight|vuelo)|"
        r"bus(?:es)? (?:back |home )?to (?!the (?:field|fields|worksite|farm|job|site)\b)[a-z]|"
        r"transport (?:to|from)|"
        r"own transport\w*|coach(?:es)? (?:fares?|tickets?|from|to|journey|trip|transfer)|by coach|"
        r"charter(?:ed)? (?:bus(?:es)?|flights?|coach(?:es)?|planes?)|"
        r"road meals|meals on the road|meals? (?:on board|a bordo|on the (?:bus|trip|way|road))|"
        r"comidas? a bordo|subsistence|lodging (?:on|during) the (?:way|trip)|"
        r"pasajes?|boletos?|vuelos?|viajes?|viaticos|transporte (?:de ida|de regreso|a|al|hasta)|"
        r"(?:camion|camioneta|microbus|combi|shuttle|van) desde|autobus (?:de|desde|a|hasta)|(?:autobus|bus|camion|vuelo|flight) [a-z]+(?: [a-z]+)? ?[–-] ?"
        r"[a-z]+|bus(?:es)? (?:from |de |desde )?[a-z]+(?: [a-z]+)? (?:to|a|hasta) |"
        # "regresará a su lugar de origen por sus propios medios": the trip home.
        r"regresar\w* (?:a|al) (?:su )?(?:lugar de origen|pais|comunidad|domicilio)|"
        r"return\w* (?:to )?(?:his|her|their|your) (?:home|country|place of origin)|"
        # "El camión de Pachuca a Monterrey": a town to a town, not "de la empresa a la parcela".
        r"(?:camion|camioneta|combi|microbus)(?:es)? de (?!la |el |los |las |su )[a-z]+(?: [a-z]+)? "
        r"(?:a|hasta) (?!la |el |los |las )[a-z]+|"
        r"comidas del camino|ida y vuelta|traslado (?:a|al|desde)|billetes? (?:de avion|de autobus|de "
        r"tren|de ida|de regreso|de vuelta|aereos?))\b",
    ),
    (
        "meal_charge",
        r"\b(?:meals?|meal plan|dining (?:plan|hall|fees?|charges?)|(?<!welfare )(?<!notice )(?<!bulletin )"
        r"(?<!review )(?<!school )(?<!labor )(?<!labour )(?<!advisory )(?<!earners )(?<!health )"
        r"board(?! of (?:directors|trustees|review|education))|"
        # "curso de manejo higiénico de alimentos", "food handler card": a course, not a meal.
        r"(?<!handling )(?<!safety )(?<!higienico de )(?<!manejo de )(?<!manipulacion de )"
        r"(?<!manipuladores de )(?<!manipulador de )"
        r"(?:food(?! (?:handl\w+|safety|hygiene))|breakfast|lunch(?:es)?|dinners?|comidas?|alimentos?)|"
        r"alimentacion|desayunos?|almuerzos?|cenas?|comedor)\b",
    ),
    (
        "housing_charge",
        r"\b(?:rent|rental|housing(?! (?:scheme|estate|authority|board|trust)s?\b)|lodging|accommodation\w*|dormitor\w+|bunkhouse|barracks|linens?|"
        r"ropa de cama|sabanas|"
        r"(?:per |a |each |por )(?:bed|cama)|bedding|utilities|electricity|vivienda|"
        # "el gas y la luz" of the house: its utilities.
        r"(?:el )?gas y (?:la )?luz|(?:la )?luz y (?:el )?(?:gas|agua)|(?:el )?agua y (?:la )?luz|"
        r"electricidad|energia electrica|limpieza de (?:los )?(?:banos|cuartos|la vivienda)|"
        r"alojamiento|hospedaje|(?<!sobre la )renta|alquiler|cuartos?|habitacion\w*|barracas|campamento|"
        r"albergue|room (?:deposit|rent|charge|fee)s?|(?:motel|hotel|lodging) rooms?|"
        r"(?:books?|reserves?|rents?) (?:the |a |motel |hotel )?rooms|"
        r"bed (?:fees?|charges?|rent)|(?:rent|deposit|charge|fee) for (?:the |a |your )?room|"
        r"servicios de (?:luz|agua)|(?:luz|agua)(?:,? (?:y |e )?(?:el |la )?(?:luz|agua|gas)){1,2}|colchon\w*|"
        r"casas? (?:movil|moviles|rodantes?)|mobile homes?|(?<!cook )(?<!kitchen )(?<!dining )(?<!office )(?<!tool )(?<!mess )(?<!bin )(?<!flatbed )(?<!tractor )(?<!tractor-)(?<!hay )(?<!harvest )(?<!cargo )(?<!equipment )(?<!truck )trailers?|trailas?|apartments?|"
        r"apartamentos?|cabins?|cabanas?|(?:para|por) (?:el uso de )?la casa)\b",
    ),
    (
        "equipment_charge",
        r"\b(?:tools?|equipment|uniforms?|boots?|gloves?|gear|ppe|helmets?|hard hats?|knee pads|"
        r"goggles|vests?|knives|shears|clippers|ladders?|herramientas?|equipo|uniformes?|"
        # "The Employer supplies lunch": the verb, not the noun.
        r"supplies(?! (?:the|a|an|all|each|every|its|his|her|their|your|workers?|lunch|meals?|food|"
        r"free|housing|transport\w*)\b)|"
        r"picking buckets?|harvest (?:totes?|bags?)|tool belts?|rain ?suits?|rain gear|raincoats?|"
        r"impermeables?|(?:cut-resistant |protective )?sleeves|coveralls?|overol\w*|aprons?|delantal\w*|"
        r"botas|guantes|cascos?|chalecos?|cuchillos?|tijeras|materiales|machetes?|hoes?|shovels?|"
        r"rakes?|safety (?:glasses|goggles|shoes)|protective (?:clothing|equipment)|palas?|azadon\w*|"
        r"lentes de seguridad|mandiles?|delantal\w*|overoles?|rain ?gear|raincoats?|impermeables?|"
        r"harness\w*|arnes\w*|picking (?:bags?|sacks?)|bolsas? de cosecha|hoedads?|azadon plantador|"
        r"cinturon\w* de cosecha|rastrillos?|cajas? recolectoras?|picking belts?|harvest belts?|"
        r"bolsas? plantadoras?|bolsas? de (?:plantulas|siembra)|planting (?:bags?|tools?|shovels?)|"
        r"escaleras? (?:de (?:cosecha|aluminio|mano|tijera))?|costales?(?! de (?:cafe|cereza|fruta))|"
        r"cubetas?|canastos?|baldes?)\b",
    ),
)
# The stay on the way claims its words before every other topic.
TOPICS = (
    ("travel_cost", _STAY_ON_THE_WAY),
    *((cat, re.compile(pattern)) for cat, pattern in _TOPICS),
)
# Tools and gear by name, also the vocabulary of the "tools provided" term.
EQUIPMENT = dict(_TOPICS)["equipment_charge"]
PASSPORT_ONLY = re.compile(r"\b(?:passports?|pasaportes?|nbi clearance|police clearance)\b")
VISA_PROPER = re.compile(
    r"\b(?:visas?|visados?|consular(?:es)?|petition|border[- ]crossing|work permits?|"
    r"permiso de trabajo|cruce|"
    r"i-94|mrv|cita consular|embajada)\b"
)
# Words that mean the amount is the worker's pay, not a charge.
WAGE_WORDS = re.compile(
    r"\b(?:per hour|an hour|hourly|por hora|wages?|salary|salario|sueldo|pay rate|rate of pay|"
    r"tasa de pago|overtime|horas extra|piece rate|per (?:bin|box|bucket|tree)|/ ?hr|/ ?hour|"
    r"per hr|an hr|wage offer|for (?:h-?2[ab] |all |domestic |u\.?s\.? )?workers (?:living|who)|"
    r"por (?:caja|cubeta|arbol)|earn\w*|ganar\w*|bonus|bono|aewr|minimum wage|allowances?|"
    r"stipends?|per diem|por dia de viaje|per (?:travel )?day of travel|per travel day|"
    # the daily subsistence rate the employer pays on the road
    r"(?:daily )?subsistence (?:rate|is|of|at)|without receipts|with receipts|sin recibos?|con recibos?)\b"
)


# "before the visa interview" dates a payment; it does not name what is paid for.
# "a complaint about pay or housing": the subject of a complaint is no cost.
_COMPLAINT_ABOUT = re.compile(COMPLAINT_ABOUT)
# "trabajadores ... con visa H-2B": the visa names who the workers are, not a cost; and the
# flight an insurance policy covers is the policy's ("seguro de viaje ... durante el vuelo").
_PROGRAM_VISA = re.compile(
    r"\b(?:con|with|on|holding|under) (?:la |una |an? |the )?visas? h-?2[ab]\b|"
    r"(?<=seguro de viaje)(?: y [\w ]{1,30}?)? durante el (?:vuelo|viaje|trayecto)\b|"
    r"(?<=travel insurance)(?: and [\w ]{1,30}?)? during the (?:flight|trip|journey)\b|"
    # "your full name as in the passport": the passport spells the name, it costs nothing
    r"\bas (?:it appears |written |shown |printed )?(?:in|on) (?:the|your|his|her) passport\b|"
    r"\bcomo (?:aparece |viene |esta )?en (?:el|su|tu) pasaporte\b|"
    # "la clínica que indica la embajada": the embassy picks the clinic, the cost is medical
    r"\b(?:que (?:indica|designa|senala|exige|pide|requiere|autoriza|aprueba)|(?:approved|designated|"
    r"required|named|accredited|authori[sz]ed|listed) by) (?:la |el |the )?(?:us |u\.s\. )?"
    r"(?:embajada|consulado|embassy|consulate)\b"
)
_TEMPORAL = re.compile(
    r"\b(?:before|after|until|prior to|no later than|antes de|despues de|hasta|desde|"
    r"a mas tardar|on the day of|el dia de|durante la espera de|while waiting for)\b(?: \w+){0,5} "
    r"(?:\w+ )?(?:interview|appointment|entrevista|cita|embajada|consulado|embassy|consulate|"
    r"visa|visado|viaje|travel|departure|salida|flight|vuelo|(?:air )?ticket|boleto)\b"
    r"(?= (?:is|are|has been|was|se|sea|es) (?:issued|booked|bought|emitid\w*|comprad\w*))?"
    # only the words that qualify the appointment, not what the sentence goes on to say
    r"(?: (?:consular(?:es)?|de (?:la )?visa|for the visa|at the (?:\w+ )?(?:consulate|embassy)|"
    r"en (?:el |la )?(?:consulado|embajada)(?: de \w+)?|in [a-z]+))?"
    # The program's name is no visa fee: "H-2A visa workers: $13.77".
    r"|\b(?:en caso de que|si|if|when|cuando|in case) (?:\w+ ){0,3}?(?:visas?|visados?) (?:\w+ ){0,2}?"
    r"(?:negad[oa]|rechazad[oa]|denied|refused|rejected)\b"
    # "1,35,000, not including the ticket": what a price leaves out is not charged by it.
    r"|\b(?:not including|excluding|exclusive of|sin incluir|no incluye\w*)\b(?: (?:the|el|la|los|"
    r"las|your|su))?(?: [\w-]+){1,3}"
    # "two instalments, the first at the orientation session": an event dates an instalment.
    r"|\b(?:first|second|third|final|last|balance|rest|remainder|primer[oa]?|segund[oa]|tercer[oa]|"
    r"saldo|resto) (?:\w+ ){0,3}?(?:at|during|upon|on|en|durante|al|a la) (?:the |la |el )?(?:orientation|"
    r"orientacion|induction|induccion|briefing|platica|pdos|seminar|seminario)(?: session| sesion| day| dia)?\b"
    # "600 cuando salga la visa": the visa coming out dates the second instalment.
    r"|\b(?:cuando|when|once|una vez que|en cuanto|as soon as|after) (?:(?:salga|sale|llegue|este lista|"
    r"se apruebe|aprueben|is issued|comes out|comes through|is approved|arrives|is stamped|gets approved) "
    r"(?:la |the |your |su |tu )?visa|(?:the |your |la |su |tu )?visa (?:is issued|comes (?:out|through)|"
    r"is approved|arrives|is stamped|salga|sale|llegue|este lista|sea aprobada))\b"
    # "once the visa petition has been filed" dates a refund policy.
    r"|\b(?:once|after|when|before|until|una vez que|antes de que|hasta que) (?:the |la |el |your |su )?"
    r"(?:visa |work permit |lmia |permiso de trabajo )?(?:petition|application|solicitud)\w* (?:\w+ )?"
    r"(?:has been|have been|is|was|se haya|ha sido|fue|sea) (?:filed|submitted|approved|presentad\w+|"
    r"sometid\w+|aprobad\w+)\b"
    r"|\buna vez (?:presentad|sometid|aprobad|emitid|tramitad)\w* (?:la |el )?(?:solicitud|peticion|"
    r"tramite)\w*(?: de (?:la )?visa)?"
    # "En el campamento se sirven tres comidas ...": where a thing happens, not a cost.
    r"|^(?:en|in|at) (?:el |la |the )?(?:campamento|camp|vivienda|housing|bunkhouse|dormitorio)\b"
    r"(?=,? (?:se|we|the|los|las|el|la|there|hay)\b)"
    # "any renewal needed to obtain the visa": the visa is what the passport is for.
    r"|\b(?:needed|required|necessary|necesari[oa]s?|requerid[oa]s?) (?:to|para) (?:obtain|get|apply for|"
    r"tramitar|obtener|sacar|solicitar) (?:the |a |la |el |una )?(?:visa|visado)\b"
    # "USD 300 per visa issued": the visa counts what the fee is priced by.
    r"|\b(?:per|por|for each|por cada) (?:visa|visado|worker|trabajador|head|person|persona)s? "
    r"(?:issued|hired|recruited|placed|approved|emitid\w+|contratad\w+|aprobad\w+)\b"
    # "the balance on the day the visa is received": the visa dates the payment.
    r"|\b(?:(?:on )?the day|el dia (?:en )?(?:que )?|when|once|cuando|una vez que) (?:the |la |el |su |your )?"
    r"(?:visa|visado|passport|pasaporte)s? (?:is|are|has been|was|se|es|sea|llega|llegue|sale|salga) "
    r"(?:\w+)?"
    # "half with passport, half before flight": when each part of a price is paid.
    r"|\b(?:half|rest|balance|mitad|resto) (?:with|upon|on|at|con|al) (?:the |el |la |your |su )?"
    r"(?:passport|visa|pasaporte)\b"
    r"|\bmientras (?:se )?(?:espera|esperan|tramita|tramitan)\w* (?:la |el |su )?(?:visa|cita|pasaporte)\b"
    r"|\bbefore (?:the )?(?:flight|trip)\b|\bantes del (?:vuelo|viaje)\b|\bbefore travel\w*\b|"
    r"\bantes de viajar\b|\b(?:una vez|after|once|tras) (?:aprobada |emitida |approved |issued )?"
    r"(?:la |el |the |your |su )?visas?(?: (?:is |has been )?(?:approved|issued|aprobada|emitida))?\b"
    # "Al llegar al campamento, ...": arriving somewhere only dates what follows.
    r"|\b(?:al llegar|upon arrival|on arrival|on arriving|upon arriving|when you arrive) (?:al|a la|a|"
    r"at the|to the|at|in|en el|en la) (?:\w+ )?(?:campamento|camp|granja|farm|rancho|vivienda|"
    r"housing|dormitorio|dormitory)\b"
    r"|\b(?:at|during|en|durante) (?:the |la |el )?(?:\w+ )?(?:orientation|orientacion|induction|"
    r"interview|entrevista)\b(?= *[.;]?$| for\b| para\b|,)"
    r"|\bh-?2[ab] visas?\b(?! (?:fees?|costs?|charges?|application|processing|appointment|stamp))|\bprevi[oa]s? al (?:viaje|vuelo|embarque)\b|\bpre-?(?:travel|departure)\b|"
    # "payable upon issuance of the visa" dates the payment too.
    r"\b(?:upon|on|after|before|al|tras|con la) (?:the )?(?:issuance|issue|approval|grant|"
    r"release|emision|expedicion|aprobacion|entrega) (?:of|de) (?:the |la |el |su )?(?:visas?|"
    r"visados?|work permits?|permiso)\b|\bvisas? (?:holders?|workers?|class|program|status|category)\b"
    r"|\bprograma de visas? h-?2[ab]\b"
    # "upon receiving the date of the consular appointment" also only dates a payment.
    r"|\b(?:upon|on|al|una vez (?:que|al)?) (?:receiving|getting|obtaining|recibir|obtener|tener|"
    r"conocer) (?:\w+ ){0,4}?(?:interview|appointment|entrevista|cita|visa|boleto|ticket|pasaje)\b"
    r"[^,;]{0,30}"
    # A worker who obtains (or fails to get) the visa pays nothing by that: a condition.
    r"|\b(?:obtains|gets|receives|is granted|is denied|obtiene|obtenga|consigue|consiga|recibe|"
    r"reciba|le (?:niegan|nieguen|otorgan|otorguen)) (?:\w+ ){0,2}?(?:visas?|visados?)\b"
    # "venga a la oficina con su DUI, su pasaporte y ...": papers to bring, not a cost.
    r"|\b(?:venga|vengan|traiga|traigan|presente\w*|bring|come) (?:\w+ ){0,5}?(?:con|with) (?:su|sus|your) "
    r"(?:[a-z]+, (?:su |your )?){0,3}(?:pasaporte|passport)\b"
    # "no se devuelve aunque no salga la visa", "even if the visa is refused": a condition
    r"|\b(?:aunque|even if|even though|whether or not|en caso de que|si|if) (?:no |not )?(?:salga|sale|"
    r"llegue|llega|aprueben|nieguen|niegan|se (?:niega|niegue|aprueba|apruebe)) (?:\w+ )?(?:la |su )?"
    r"(?:visas?|visados?)\b|\b(?:even if|whether or not|if) (?:the |your |his |her )?(?:visas?|visados?) "
    r"(?:is|are|was|gets|get) (?:not )?(?:issued|granted|approved|denied|refused|rejected)\b"
)


# "la comida del campamento", "meals at the camp": the place only says whose the thing is.
_OF_PLACE = re.compile(
    r"(?:\bdel|\bde la|\ben el|\ben la|\bat the|\bin the|\bof the|\bfrom the|\bdesde el|\bdesde la)\s$"
)


# "el examen médico para la visa", "boots needed for travel": what the cost is for.
_FOR_PURPOSE = re.compile(
    r"(?:\bfor|\bpara|\bpor tramite de|\bto (?:get|obtain)|\bpara (?:obtener|sacar|tramitar))"
    r" (?:the |a |your |his |her |la |el |su |tu )?(?:(?!and |or |y |o |plus |mas )[\w-]+ ){0,3}$"
)


_OWN_PURPOSE = re.compile(r"(?:for|para|to get) ")


def _modifier(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a housing word at `start` only qualifies a topic noun just before it."""
    return bool(_OF_PLACE.search(text[:start])) and any(0 < start - e <= 8 for _, e in taken)


def _purpose(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a topic word only says what the cost named just before it is for."""
    before = text[:start]
    # A match may carry its own preposition: "for the job".
    purpose = _FOR_PURPOSE.search(before) or _OWN_PURPOSE.match(text, start)
    return bool(purpose) and any(0 < start - e <= 40 for _, e in taken)


# "the Mutual Aid Fund, which helps pay clinic co-pays": what the fund pays for is no cost.
_FUND_PURPOSE = re.compile(
    r"\b(?:fund|fondo|plan|insurance|seguro|policy|poliza|scheme)\b[^,;.]{0,40}?(?P<rel>,? (?:which|"
    r"that|que|el cual|la cual) (?:\w+ ){0,2}?(?:helps? (?:to )?|ayuda a )?(?:pays?|covers?|cubre|paga|"
    r"pagan)\b[^.;]*)"
)


def untimed(text: str) -> str:
    """A folded text with the phrases that only date it ("before the consular appointment")
    blanked out, positions kept."""
    text = _TEMPORAL.sub(lambda m: " " * len(m.group(0)), text)
    text = _COMPLAINT_ABOUT.sub(lambda m: " " * len(m.group(0)), text)
    text = _PROGRAM_VISA.sub(lambda m: " " * len(m.group(0)), text)
    text = _UNDAMAGED.sub(lambda m: " " * len(m.group(0)), text)
    text = _NOT_A_COST.sub(lambda m: " " * len(m.group(0)), text)
    text = _TORN_UP.sub(
        lambda m: m.group(0)[: m.start("verb") - m.start()] + " " * len(m.group("verb")), text
    )
    return _FUND_PURPOSE.sub(
        lambda m: m.group(0)[: m.start("rel") - m.start()] + " " * len(m.group("rel")), text
    )


# "PAYE tax and the ACC earner levy are not deployment costs": what a cost is said not to be.
_NOT_A_COST = re.compile(
    r"\b(?:is|are) not (?:\w+ )?(?:deployment|recruitment|placement|hiring|agency) (?:costs?|fees?|charges?)\b"
)
# "se regresa al final si no hay daños": the condition of a refund charges no damage.
_UNDAMAGED = re.compile(
    r"\b(?:si no hay|si no se (?:registran|encuentran)|sin|if there (?:is|are) no|if no|provided (?:there "
    r"is )?no|unless there (?:is|are)) (?:\w+ )?(?:danos?|desperfectos?|damages?|breakages?)\b"
)
# "un pagaré ..., que se rompe cuando regresa": the note is torn up, nothing is damaged.
_TORN_UP = re.compile(
    r"\b(?:pagare|letra de cambio|cheque|promissory note|note)\b(?:\W+\w+){0,8}?\W+(?P<verb>(?:que )?se "
    r"(?:rompe|rompera|destruye|destruira)|(?:lo|la) (?:rompemos|rompen|destruimos|destruyen)|"
    r"(?:is|will be) (?:torn up|destroyed|shredded))\b"
)
_COMPOUND = re.compile(r"-[a-z]")
_NIGHTLY = re.compile(r"\b(?:(?:per|a|each) night|por noche|nightly rate)\b")
_COURSE_ON = re.compile(
    r"\b(?:curso|course|training|capacitacion|taller|workshop|clases?|class)\b(?: [\w-]+){0,5}? "
    r"(?:de|on|in|en|sobre|about)(?: [\w-]+){0,4}? (?:manejo|uso|use|handling|operation|operacion) "
    r"(?:de|of|del) (?:la |el |los |las |the )?$"
)
# "Every dormitory resident": the housing only says which workers.
_OCCUPANT = re.compile(r" (?:residents?|occupants?|dwellers?|residentes?|ocupantes?|inquilinos?)\b")


def topics(text: str) -> list[str]:
    """Fee categories a folded text talks about, each word claimed by one category."""
    raw, text = text, untimed(text)
    hits: list[tuple[str, int]] = []
    taken: list[tuple[int, int]] = []
    for category, pattern in TOPICS:
        for m in pattern.finditer(raw if pattern is _STAY_ON_THE_WAY else text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if category == "housing_charge" and (
                _modifier(text, m.start(), taken) or _OCCUPANT.match(text, m.end())
            ):
                continue
            # "the glove-line skills test": the first half of a compound only qualifies it.
            if category == "equipment_charge" and _COMPOUND.match(text, m.end()):
                continue
            # "el curso de despique y manejo de cuchillo": what a course teaches is no purchase.
            if category == "equipment_charge" and _COURSE_ON.search(
                text[max(0, m.start() - 60) : m.start()]
            ):
                continue
            taken.append((m.start(), m.end()))
            hits.append((category, m.start()))
    found: list[str] = []
    for category, start in hits:
        if category not in found and not _purpose(text, start, taken):
            found.append(category)
    # "$18.00 per night from the Worker's pay": a nightly rate is lodging, unless the night is
    # a stop on the trip ("Hotel en Hermosillo (cita consular): MXN 700 por noche").
    if _NIGHTLY.search(text) and not {"housing_charge", "travel_cost"} & set(found):
        found.append("housing_charge")
    return found


# Who takes the money when no cost is named: a recruiter's cut is a recruitment fee.
RECRUITER_PAYEE = re.compile(
    # ("amounts a court or government agency orders": a public agency recruits no one)
    r"(?<!\bgovernment )(?<!\bgovernmental )(?<!\bstate )(?<!\bfederal )(?<!\bpublic )"
    r"(?<!\bgubernamental )\b(?:agency|agencies|agencia\w*|recruit\w*|reclut\w*|agents?|agentes?|brokers?|"
    r"enganchador\w*|intermediar\w+|gestor\w*|staffing|manpower|promotor\w*|sub-?agents?|"
    r"asociacion|association|"
    # the relative who takes the money for the agent: "pay the agent's cousin"
    r"cousin|brother-in-law|sister-in-law|son-in-law|daughter-in-law|nephew|niece|relatives?|"
    r"primo|cunad[oa]|pariente|yerno|nuera|suegr[oa]|sobrin[oa]|"
    r"coyotes?|facilitador\w*|mayordomos?|foreman|foremen|crew leaders?|capataz\w*)\b"
)
