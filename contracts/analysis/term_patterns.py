"""Term patterns as data: (keyword, concrete value) per mandatory term, on folded text."""

from __future__ import annotations

from contracts.analysis.term_values import (
    ADDRESS,
    DATE,
    EMPLOYERISH,
    MONEY,
    NUMBER,
    PLACES,
    RETURN_TRIP,
)
from contracts.analysis.topics import EQUIPMENT

# A length of time in numbers: "two (2) years", "6 meses" (not the unit of "QAR/month").
DURATION = (
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
    r"twenty-four|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|dieciocho|"
    r"veinticuatro)(?: \(\d+\))? (?:years?|months?|anos?|meses)\b"
)
__all__ = ["ADDRESS", "EMPLOYERISH", "RETURN_TRIP", "TERM_PATTERNS"]

# term -> (keyword, concrete value); both must appear in one unit (sentence or label pair).
TERM_PATTERNS: dict[str, tuple[str, str]] = {
    "employer_identity": (
        r"\b(?:employer|empleador(?:a|es|as)?|empresa|patron|patrona|business name|nombre del negocio|company|"
        r"mi empleador|my employer|por cuenta de|por encargo de|on behalf of|who (?:hires|employs) "
        r"me|para quien (?:voy a )?trabaj\w+|quien me contrata|celebran|between|entre|sponsor|"
        r"first party|primera parte|household employer)\b|\b(?:finca|farm|rancho|ranch|hacienda) ?:",
        rf"{EMPLOYERISH}|\b(?:mr|mrs|ms|sr|sra)\.? [a-z]+|"
        # a household employer by name and identity number: "Marianela Solís, cédula 1-1188-0452"
        r"\b(?:cedula|dni|dpi|curp|c\.c\.|nit|ruc|rfc|id no\.?|id number)(?: de identidad)?(?: no\.?| n[°º])?:? "
        r"[\d][\d.-]{4,}",
    ),
    "worker_identity": (
        r"(?:^|\b)(?:worker|employee|trabajador\w*|empleado|persona trabajadora|nombre del "
        r"trabajador|worker's name|\bmr\.?|\bms\.?|\bmrs\.?|\bsr\.?|\bsra\.?|dear|estimad[oa]|"
        r"son of|daughter of|hij[oa] de|identificad[oa] con|cedula|c\.c\.|dni|curp|dpi|passport no|"
        r"pasaporte (?:no|n[°º])|mayor de edad|of legal age)\b",
        r"\S",
    ),
    "job_duties": (
        r"\b(?:jobs?|positions?|occupations?|duties|titles?|puestos?|ocupacion|tareas|funciones|cargo|"
        r"labores|limpieza|planchado|cuidado de (?:\w+ ){0,2}?(?:ninos|ninas|adultos|ancianos|personas)|"
        r"designation|trade|profession|oficio|profesion|categoria|"
        # the work itself: "corte y empaque de lechuga", "Cortar sandía y cargar el camión"
        r"corte|empaque|cosecha|pizca|siembra|recoleccion|envasado|recogida|plantacion|poda|deshierbe|harvesting|picking|packing|"
        r"pruning|planting|weeding|cortar|cosechar|pizcar|podar|sembrar|empacar|cargar|"
        r"what job|que trabajo|work involves|en que consiste|que se hace|que hay que hacer|soc|perform\w*|work(?:s|ing)? as|"
        r"employed as|hired as|engaged as|(?:employed|hired|engaged) to|contratad[oa]s? (?:como|para)|trabajara como|chores|what will i do|"
        r"what is the job|que hare|que hara|se (?:buscan|solicitan|necesitan)|"
        r"que (?:voy|vamos|va|van) a hacer|what (?:will|do) (?:i|we|you) do|responsible for|"
        r"in charge of|encargad[oa]s? de|se encargara\w* de|responsable de|(?:shall|will|must|"
        r"debera|deberan) (?:cook|clean|harvest|pick|prune|plant|operate|drive|wash|serve|prepare|"
        r"look after|care for|tend|herd|cocinar|limpiar|cosechar|pizcar|podar|sembrar|lavar|"
        r"atender|preparar|cuidar|manejar|operar))\b|\btrabajo:|"
        # An occupation heading its duties: "Room attendants and laundry aides: clean ...".
        r"^(?:[a-z'-]+ ){0,5}(?:attendants?|aides?|hands?|helpers?|workers?|cooks?|guards?|"
        r"drivers?|operators?|cleaners?|pickers?|labou?rers?|ayudantes?|auxiliares?|"
        r"operador(?:es|as)?|cociner[oa]s?|camarer[oa]s?|recamareras?|camaristas?|jornaleros?|"
        r"pizcadores?|trabajador(?:es|as)?|peones?) ?:",
        r"\b[a-z]{4,}\b(?:\W+\w+){2,}",
    ),
    "work_location": (
        r"\b(?:worksite|work site|place|location|lugar|sitio|ubicacion|where|donde|country of "
        r"employment|campos?|planta|en|in|at|workplace|worksites?|sites?)\b",
        rf"{ADDRESS}|\b(?:count(?:y|ies)|condados?|state|estado|municipio|provinc\w+)\b|"
        rf", (?:[a-z]{{2}}\b|{PLACES}|new \w+|nuevo \w+|north \w+|south \w+|west \w+|"
        r"[a-z]+ province)|\b(?:in|en|at) (?:\w+ ){0,2}?(?:" + PLACES + r")\b|"
        r"\b(?:flat|house|residence|home|household|casa|domicilio|finca|plant|hotel) (?:in|at|en|"
        r"de) [a-z]",
    ),
    "employment_period": (
        rf"{DATE}",
        rf"{DATE}.*{DATE}|{DATE}.*{DURATION}|{DURATION}.*{DATE}",
    ),
    "hours_of_work": (
        rf"\b{NUMBER}(?: \(\d+\))? (?:hours|horas|hrs)\b|\b\d{{1,2}}(?::\d\d)? ?(?:a\.?m|p\.?m)\b"
        r".*(?:\b(?:to|a|until)\b|-|–)|\bde \d{1,2}(?::\d\d| de la manana| am| a\.m)? a "
        r"\d{1,2}(?::\d\d| de la tarde| de la noche| pm| p\.m)|"
        # a label before its figure: "Hours 40 per week", "Jornada: 8 horas"
        r"\b(?:hours|horas|jornada)(?: of work| de trabajo)?:? (?:\w+ )?\d{1,2}\b",
        r"\b(?:week|weekly|wk|day|daily|semana\w*|dia\w*|diari\w+|shifts?|turnos?|monday|lunes|"
        r"mon|schedule|horario|per|por|a)\b",
    ),
    "wage_rate": (
        MONEY,
        r"\b(?:per|an|a|por|al|la|el|each|cada) (?:hour|hora|month|mes|day|dia|week|"
        r"semana|piece|pieza|bin|box|caja|bucket|cubeta|unit|jornada|shift|turno|workday|"
        r"quincena|fortnight|cajuela|canasto|basket|bushel|tonne|ton|tonelada|kilo|kg|pound|lb|"
        r"quintal|arroba|saco|sack|bag|tray|bandeja|flat|lug|row|surco|tree|arbol|plant|planta|lata|libra|"
        r"bote|costal|jaba|crate|punnet|tub)\b|"
        r"/(?:hr|hour|h)\b|"
        r"\b(?:salary|salario|sueldo|wage)\b",
    ),
    "wage_adjustment": (
        r"\b(?:higher|highest|mas alt[oa]s?|mayor|aewr|prevailing|adjust\w*|raises?|aumentos?|"
        r"increase\w*)\b",
        r"\b(?:publish\w*|publica\w*|legal|aewr|adverse effect wage rate|prevailing|prevaleciente|"
        r"minimum|minimo|takes effect|effective date|entra en vigor|start date|fecha de inicio|applies|"
        r"aplica|law|ley|required|"
        r"requiere|set by|fij\w+)\b",
    ),
    "overtime": (
        r"\b(?:overtime|horas? extras?|tiempo extra|(?:over|beyond|above|past|in excess of) "
        r"(?:40|forty)|(?:mas|arriba|encima|pasen|exceso) de (?:40|cuarenta)|after 40|despues de 40)\b",
        rf"{MONEY}|time and a half|(?:one|1) and (?:a |one-)?half times|(?:una )?vez y media|"
        r"tiempo y medio|\b1\.5\b|\bnot? (?:be )?(?:offered|available)|\bnone\b|"
        r"no (?:se )?ofrece\w*|no hay",
    ),
    "pay_frequency": (
        r"\b(?:weekly|bi-?weekly|every (?:other )?(?:week|friday|thursday|two weeks|\w+day)|"
        r"twice (?:a|per) month|every (?:\d|two|three|four) weeks|every (?:second|2nd|other|"
        r"alternate) (?:\w+day|week)|(?:lunes|martes|miercoles|jueves|viernes|sabado) por medio|cada (?:\d|dos|tres|cuatro) semanas|"
        r"semi-?monthly|monthly|semanal\w*|quincenal\w*|cada (?:semana|dos "
        r"semanas|viernes|jueves|mes|quincena)|mensual\w*|each (?:week|month)|"
        r"los viernes|fortnight\w*|every (?:\d{1,2}|seven|fourteen|fifteen|thirty) days|"
        r"cada (?:\d{1,2}|siete|catorce|quince|treinta) dias|cada (?:lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo)|los (?:lunes|martes|miercoles|jueves|viernes|"
        r"sabados|domingos)|every month|each month|once a month|una vez al mes|"
        r"(?:por )?mes(?:es)? vencidos?|(?:monthly )?in arrears|(?:day|dia) (?:\d{1,2} )?(?:of|del?) "
        r"(?:the |each |every |cada )?(?:following |siguiente )?(?:month|mes))\b",
        r"\b(?:pay\w*|paid|pago|paga\w*|salary|sueldo|salario|check|cheque|deposit\w*|wages?|"
        r"liquidacion|remuneracion|remuneration|payroll|nomina|planilla|raya)\b",
    ),
    "deductions": (
        r"\b(?:deduct\w*|taken out|take[sn]? out|withh\w+|descuent\w+|descont\w+|deduccion\w*|rebaj\w+|"
        r"retenci\w+)\b|^(?:only |solo |unicamente )?(?:[\w.]+ ){0,3}?(?:social security|medicare|fica|"
        r"income tax|impuestos?)\b",
        r"\b(?:tax\w*|impuesto\w*|social security|seguro social|seguridad social|irpf|cotizacion\w*|medicare|"
        r"garnish\w*|embargo\w*|"
        r"none|ninguna?|only|solo|nothing|nada|national insurance|law requires|ley|law|except|"
        r"excepto|ordinance|permitted|allowed|permitid\w+|as required|pension|imss|unicamente|"
        r"leyes|fiscal\w*|authori[sz]\w*|autori[zc]\w*|the following|los siguientes|las siguientes|"
        r"as follows|other than|aside from|salvo|fuera de)\b|" + MONEY,
    ),
    "three_fourths_guarantee": (
        r"(?:three[- ]fourths|3/4|¾|\b75 ?(?:%|percent|por ciento)|tres de cada cuatro|three out "
        r"of every four|three-quarters|tres cuartas partes)",
        r"\b(?:work|trabajo|days|dias|hours|horas|guarantee\w*|garantia)\b",
    ),
    "housing": (
        r"\b(?:housing|lodging|vivienda|alojamiento|rooms?|cuartos?|bunkhouse|barracas|"
        r"dormitor\w+|casa|live|vivire|motel|viviendas|housed|camp|campamento)\b",
        rf"\b(?:free|no cost|sin costo|sin pagar|sin renta|no rent|rent-free|without rent|supplied|"
        rf"provided|"
        rf"suministra\w*|proporciona\w*|gratuit\w+|gratis|without (?:rent|charge))\b|{ADDRESS}",
    ),
    "meals": (
        r"\b(?:kitchen\w*|cocina\w*|meal plan|three meals|tres comidas|free food|comida gratis|"
        r"meals (?:are|will be) (?:provided|furnished|served)|comidas (?:se )?(?:proporcionan|"
        r"incluidas)|staff meals?|food and lodging|alimentacion|groceries|provisions|viveres|"
        r"despensas?|abarrotes|food (?:is|are) (?:supplied|provided|delivered))\b",
        r"\S",
    ),
    "inbound_transportation": (
        r"\b(?:trip to the job|to the job|inbound|viaje (?:de ida|al trabajo|hasta aqui)|"
        r"trip here|travel to|ticket from|boleto (?:de avion )?de \w+ a|autobus desde|bus from|"
        r"fares?|airfare|pasajes?|boletos?|tickets?|travel|trip|viajes?|bus(?:es)?|plane|flight|vuelos?|"
        r"autobus(?:es)?|camion(?:es)?|traslados?|"
        r"transport\w*)\b",
        r"__relief__",
    ),
    "return_transportation": (RETURN_TRIP, r"__relief__"),
    "daily_transportation": (
        r"\b(?:daily|each workday|every workday|every day|each day|todos los dias|cada dia|"
        r"traslado diario|daily rides|(?:autobus|camion|bus|van) diari[oa]|our (?:buses|trucks|vans)|"
        r"nuestr[oa]s (?:autobuses|camiones|camionetas)|between (?:the )?camp and|"
        r"to the fields|al campo|a los campos|al field|company bus|(?:for|to|from) the (?:fields?|"
        r"worksites?|work sites?|orchards?|groves?|vineyards?)|(?:hacia|para) (?:el|los) "
        r"(?:campos?|huertos?|surcos)|each morning|every morning|cada manana|"
        r"camioneta|transport\w* to and from|^diario\b|^daily\b|"
        r"(?:from|de) (?:the |las |los |la )?(?:housing|camp|casas?|vivienda|campamento) (?:to|a) (?:the |"
        r"las |los |la )?(?:fields?|orchards?|huertas?|campos?|worksites?|surcos)|"
        r"transporte diario|diariamente|(?:\w+'s|company|farm|employer) (?:trucks?|vans?|buses|"
        r"vehicles?)|(?:vehiculos?|camion\w*|camioneta) de la (?:empresa|granja|finca|compania)|"
        r"(?:drives?|takes?|carries|lleva|llevan|traslada\w*) (?:the |los |a los )?(?:workers?|"
        r"trabajadores|crews?|herders?|cuadrillas?))\b",
        r"\b(?:free|gratis|gratuit\w+|pay nothing|no pagan nada|sin costo|sin (?:ningun|algun) (?:costo|cargo|cobro)|provided|no cost|"
        r"no charge|free of (?:cost|charge)|sin cargo|without (?:charge|cost)|at no (?:cost|charge)|"
        r"de forma gratuita)\b",
    ),
    "visa_reimbursement": (r"\b(?:visas?|consular|border[- ]crossing|cruce)\b", r"__relief__"),
    "tools_provided": (
        r"\b(?:tools?|equipment|herramientas?|equipo|gear|supplies|suministros|everything you need|"
        r"todo lo que necesita|uniforms?|gloves)\b|" + EQUIPMENT,
        r"\b(?:free|no charge|no cost|sin costo|sin cargo|gratis|gratuit\w+|provided|handed out|"
        r"se entregan|las entrega|without charge|furnish\w*|supplied|issued|se (?:le |"
        r"les )?dan|sin cobro|presta|prestan|lends?|loans?|a nadie se le cobra\w*|no se (?:le |les )?cobra\w*|(?:lo|la|los|las) (?:pone|ponen|"
        r"pondra|da|dan|dara|proporciona|presta)n? (?:el |la )?(?:rancho|empresa|patron|finca|granja|"
        r"compania|empleador))\b",
    ),
    "workers_compensation": (
        r"\b(?:workers'? comp\w*|compensacion (?:laboral|(?:de|para|al|del|a los) (?:los )?"
        r"trabajador\w*)|"
        r"work injur\w+|"
        r"seguro (?:por|de|contra) accidentes|riesgos de trabajo)\b",
        r"\S",
    ),
    "earnings_statements": (
        r"\b(?:pay ?stubs?|itemized|earnings statements?|statement of (?:hours|earnings)|talon\w*|"
        # (a recruiter's "RECIBO DE PAGO" is a receipt for the worker's money, not a pay slip)
        r"estado detallado|recibo de nomina|(?:recibira|recibe|reciben|recibiran|entrega\w*|dara|da|"
        r"emitira|proporciona\w*) (?:un |el |su )?recibo de pago|recibo de pago (?:con|que|donde|"
        r"detallad\w*|semanal|quincenal|por cada)|pay records|stub|itemiz\w+|pay ?slips?|"
        r"(?:pay|wage|earnings) statements?|(?:statement|stub|slip|record|receipt|recibo|"
        r"comprobante|talon|constancia|hoja|estado de (?:cuenta|pago|nomina))s? (?:\w+ ){0,3}?(?:with|of|showing|listing|con|"
        r"que (?:muestra|indica|detalla|incluye)n?|mostrando|detallando) (?:las |los |the )?"
        r"(?:\w+ )?(?:hours|horas|earnings|ganancias|pay|pago))\b",
        r"\S",
    ),
    "termination": (
        r"\b(?:dismiss\w*|fired|terminat\w+|(?<!\bal )terminar (?:el |este |su )?(?:contrato|empleo|relacion)|"
        r"despid\w+|despedir|abandon\w*|renuncia\w*|quit\w*|"
        r"notice|aviso|terminacion|end the contract|correr|corren|let go|lay off|laid off|"
        r"despido)\b",
        r"\b(?:causes?|causas?|days|dias|workdays|weeks?|months?|semanas?|mes|meses|misconduct|falta|"
        r"written|escrito|carta|letter|"
        r"reason|razon|motivo|justificad\w*|rules?|reglas?|grounds|violat\w+|breach\w*|breaking|"
        r"robo|theft|pleitos?|fight\w*|drunk\w*|tomado|ebri\w+|"
        r"immediate\w*|inmediat\w+)\b",
    ),
    "contract_impossibility": (
        r"\b(?:impossible|imposible|act of god|natural disaster|desastre|flood|inundacion|fire|"
        r"incendio|freeze|helada|hurricane|huracan|storm|tormenta|beyond (?:its|our|the "
        r"employer's) control|fuera del control|fuerza mayor|force majeure)\b",
        # What follows: the contract ends, the work stops, the 3/4 guarantee or the trip home.
        r"\b(?:impossible|imposible|contract|contrato|end\w*|termin\w*|stop\w*|deten\w+|"
        r"impid\w+|impide|prevent\w*|closes?|closed|cierra\w*|cierre|halt\w*|suspend\w*|"
        r"suspen\w+|interrump\w+|(?:seguir|continuar|continue)|3/4|three[- ]fourths|"
        r"tres cuartas|regreso|return (?:trip|travel|transportation|home))\b",
    ),
    "job_requirements": (
        r"\b(?:experience|experiencia|requirements?|requisitos?|qualify|calificar|able to|"
        r"capacidad|must be|saber|licen[cs]e|licencia|lift|levantar)\b",
        r"\b(?:months?|mes|meses|years?|anos?|seasons?|temporadas?|pounds|libras|lb|no experience|"
        r"experiencia (?:\w+ )?en|experience (?:\w+ )?(?:in|with|as)|experiencia (?:previa|minima|"
        r"comprobable)|(?:previous|prior|proven) experience|(?:no se|not) (?:\w+ )?(?:necesita|requiere|pide|"
        r"needed|required)|condicion fisica|physical\w* (?:fit|condition|able|demanding)|de pie|"
        r"on (?:your|their|his|her) feet|stand\w*|"
        r"license|licencia|able|capaz|capacidad|swim|nadar|valid|vigente|passport|pasaporte|"
        r"(?:mayor(?:es)?|over|older than) (?:de )?\d+|\d+ (?:years|anos) (?:of age|old|de edad))\b",
    ),
}
