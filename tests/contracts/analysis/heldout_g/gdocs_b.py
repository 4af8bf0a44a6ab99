"""Documents g07-g12 of the blind batch heldout_g (H-2A agriculture)."""

from gdocs_a import fee, label
from glib import Doc

# ---------------------------------------------------------------------------
# g07: Spanish recruiter Q&A sheet, cherries, Michigan
# ---------------------------------------------------------------------------
G07_FEE = "Sí. La inscripción cuesta 8 500 pesos, que se depositan en la cuenta del primo del licenciado Benítez, porque la agencia no recibe efectivo."
G07_CURSO = "Antes de la cita consular hay un curso de orientación obligatorio en nuestra oficina, con costo de 1,200 pesos por persona."
G07_LOAN = "Si necesita dinero antes de irse, la agencia le presta hasta 6,000 pesos, que se le descuentan de su cheque en Michigan con un 5 % de interés al mes."
G07_PAGARE = "Además, cada trabajador firma un pagaré en blanco a favor de la agencia como garantía de que cumplirá el contrato."


def g07():
    d = Doc(
        family="sans",
        size=10,
        footer_text="Enlace Agrícola Mixteca, S.C.  -  Huajuapan de León, Oaxaca  -  Tel. 953 555 0148",
        accent=(160, 30, 80),
    )
    d.add_page()
    d.band(
        "PREGUNTAS FRECUENTES - COSECHA DE CEREZA 2025",
        "Enlace Agrícola Mixteca, S.C. - Visas H-2A",
    )
    d.p(
        "Esta hoja contesta las dudas más comunes de los trabajadores que se inscriben con nosotros "
        "para la temporada de cereza en Michigan. Si tiene otra pregunta, hable con el licenciado "
        "Arturo Benítez Soriano en nuestra oficina."
    )
    d.qa(
        "¿Quién es el patrón?",
        "Old Mission Cherry Growers, Inc., 13800 Center Road, Traverse City, Michigan 49686, "
        "Estados Unidos.",
    )
    d.qa(
        "¿Qué trabajo voy a hacer?",
        "Cosecha de cereza a mano y con máquina sacudidora, acomodar la cereza en los tanques de agua "
        "fría, cargar los tanques en el camión y poda ligera de los árboles.",
    )
    d.qa(
        "¿Dónde voy a trabajar?",
        "En las huertas del patrón en la península de Old Mission, Traverse City, Michigan.",
    )
    d.qa("¿Cuánto dura el contrato?", "Del 16 de junio al 15 de septiembre de 2025.")
    d.qa(
        "¿Cuántas horas se trabaja?",
        "40 horas a la semana, de lunes a sábado, de 6:00 de la mañana a 2:30 de la tarde.",
    )
    d.qa(
        "¿Cuánto pagan y cada cuándo?",
        "$18.50 dólares por hora. Le pagan cada semana, los jueves, con cheque.",
    )
    d.qa(
        "¿Qué me descuentan?",
        "Los impuestos que marca la ley y los abonos del préstamo, si lo pidió.",
    )
    d.qa(
        "¿Qué necesito para inscribirme?",
        "Experiencia de al menos una temporada en cosecha de fruta y poder cargar 25 kilos. Traiga su "
        "pasaporte vigente y su INE.",
    )
    d.qa("¿Hay que pagar algo para entrar?", [G07_FEE, G07_CURSO])

    d.add_page()
    d.qa("¿Y si no tengo dinero?", [G07_LOAN, G07_PAGARE])
    d.qa(
        "¿Dónde voy a vivir?",
        "En el campamento del patrón, 13950 Center Road, Traverse City. La vivienda es gratuita y "
        "tiene cocina equipada, también gratis, para que usted prepare su comida.",
    )
    d.qa(
        "¿Quién paga el viaje?",
        [
            "El patrón paga el autobús de Monterrey a Traverse City y los alimentos del camino: se "
            "los reembolsa cuando usted cumple la mitad del contrato.",
            "Al terminar la temporada, el patrón paga su regreso a Monterrey.",
        ],
    )
    d.qa(
        "¿Cómo llego a la huerta cada día?",
        "El patrón lo lleva gratis en su camioneta del campamento a la huerta y de regreso.",
    )
    d.qa(
        "¿Me pueden quitar mi pasaporte?",
        "No. Usted siempre guarda su pasaporte y su visa.",
    )
    d.gap(6)
    d.p(
        "Enlace Agrícola Mixteca, S.C. - Calle Valerio Trujano 12, Col. Centro, Huajuapan de León, "
        "Oax. Horario de atención: lunes a viernes de 9:00 a 17:00.",
        size=8.5,
    )
    lab = label(
        "g07.pdf",
        "es",
        2,
        [
            fee("recruitment_fee", 1, G07_FEE, 8500.0, "MXN"),
            fee("training_cost", 1, G07_CURSO, 1200.0, "MXN"),
            fee("debt_bondage", 2, G07_LOAN, 6000.0, "MXN"),
            fee("deposit_or_bond", 2, G07_PAGARE),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Enlace Agrícola Mixteca, S.C.", "Arturo Benítez Soriano"],
        [
            "fee paid to a third party (the agent's cousin's account)",
            "'acomodar la cereza en los tanques' job duty",
            "vivienda gratuita, cocina gratis",
            "inbound reimbursed at half contract; return paid",
            "free daily transport",
            "worker keeps passport (negated retention)",
        ],
        "recruiter_faq",
        "Q&A sheet with bold questions and indented answers; colored band; footer with agency address",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g08: bilingual EN | ES side-by-side job order, melons/onions, Colorado
# ---------------------------------------------------------------------------
G08_UTIL_EN = "A utility fee of $25 per week per worker is deducted for electricity, gas and water at the housing."
G08_UTIL_ES = "Se descuenta una cuota de servicios de $25 por semana por trabajador para la luz, el gas y el agua de la vivienda."
G08_BLACK_EN = "Any worker who files a complaint with an outside agency will be placed on the company's do-not-rehire list."
G08_BLACK_ES = "Todo trabajador que presente una queja ante una agencia externa será puesto en la lista de no recontratación de la empresa."


def g08():
    d = Doc(
        family="sans",
        size=9,
        header_text="Arkansas Valley Produce LLC  -  Job Order / Orden de trabajo H-2A 2025",
        footer_text="English | Español",
        accent=(20, 100, 110),
    )
    rows1 = [
        ["ENGLISH", "ESPAÑOL"],
        [
            "Employer: Arkansas Valley Produce LLC, 2201 Lane 19, Rocky Ford, CO 81067.",
            "Empleador: Arkansas Valley Produce LLC, 2201 Lane 19, Rocky Ford, CO 81067.",
        ],
        [
            "Job: farmworker. Transplanting onion seedlings (the seedlings are fed into the "
            "transplanter by hand), weeding, hand-harvesting cantaloupes and onions, and packing "
            "melons in the field shed.",
            "Puesto: trabajador agrícola. Trasplante de plántula de cebolla (las plántulas se "
            "alimentan a mano en la trasplantadora), deshierbe, cosecha manual de melón y cebolla, "
            "y empaque de melón en el cobertizo del campo.",
        ],
        [
            "Place of work: the employer's fields along Lane 19 and Highway 50 near Rocky Ford, "
            "Otero County, Colorado.",
            "Lugar de trabajo: los campos del empleador sobre Lane 19 y la carretera 50 cerca de "
            "Rocky Ford, condado de Otero, Colorado.",
        ],
        [
            "Period: April 21, 2025 to October 10, 2025.",
            "Periodo: del 21 de abril de 2025 al 10 de octubre de 2025.",
        ],
        [
            "Hours: 45 hours per week, Monday to Saturday, 6:00 a.m. to 2:30 p.m.",
            "Horario: 45 horas por semana, de lunes a sábado, de 6:00 a. m. a 2:30 p. m.",
        ],
        [
            "Wage: $18.29 per hour. The employer pays the highest of the AEWR, the prevailing wage, "
            "or the federal or Colorado minimum wage.",
            "Salario: $18.29 por hora. El empleador paga la tasa más alta entre el AEWR, el salario "
            "prevaleciente o el salario mínimo federal o de Colorado.",
        ],
        [
            "Pay: every week on Friday, with an itemized earnings statement showing hours offered "
            "and worked, rate, gross pay and deductions.",
            "Pago: cada semana, los viernes, con un talón que detalla las horas ofrecidas y "
            "trabajadas, la tarifa, el pago bruto y los descuentos.",
        ],
        [
            "Guarantee: work for at least three-fourths of the workdays of the contract period.",
            "Garantía: trabajo durante al menos tres cuartas partes de los días laborables del "
            "periodo del contrato.",
        ],
        [
            "Requirements: three months of field experience; able to lift 55 pounds.",
            "Requisitos: tres meses de experiencia en el campo; poder levantar 55 libras.",
        ],
    ]
    d.add_page()
    d.band(
        "H-2A JOB ORDER  |  ORDEN DE TRABAJO H-2A",
        "Arkansas Valley Produce LLC - Rocky Ford, Colorado",
    )
    d.grid(rows1, [252, 252], borders="NONE", size=9, head_fill=(210, 230, 232), after=6)

    rows2 = [
        ["ENGLISH", "ESPAÑOL"],
        [
            "Housing: housing is provided free of rent at the employer's camp, 2240 Lane 19, Rocky "
            "Ford, CO. " + G08_UTIL_EN,
            "Vivienda: se proporciona vivienda sin renta en el campamento del empleador, 2240 Lane "
            "19, Rocky Ford, CO. " + G08_UTIL_ES,
        ],
        [
            "Meals: each unit has a free kitchen with a stove and refrigerator.",
            "Comidas: cada unidad tiene cocina gratuita con estufa y refrigerador.",
        ],
        [
            "Daily transportation: free bus from the camp to the fields and back.",
            "Transporte diario: autobús gratuito del campamento a los campos y de regreso.",
        ],
        [
            "Return trip: at the end of the contract, the employer pays the bus ticket and meals "
            "for the trip back to the place of recruitment.",
            "Viaje de regreso: al terminar el contrato, el empleador paga el boleto de autobús y "
            "los alimentos del viaje al lugar de reclutamiento.",
        ],
        [
            "Deductions: only taxes required by law and the housing utility fee.",
            "Descuentos: solo los impuestos que exige la ley y la cuota de servicios de la vivienda.",
        ],
        [
            "Workers' compensation: all workers are covered by Pinnacol Assurance from the first "
            "day.",
            "Seguro de riesgos de trabajo: todos los trabajadores están cubiertos por Pinnacol "
            "Assurance desde el primer día.",
        ],
        [
            "Visa: the employer pays all visa and consular fees.",
            "Visa: el empleador paga todos los gastos de visa y consulado.",
        ],
    ]
    d.add_page()
    d.grid(rows2, [252, 252], borders="NONE", size=9, head_fill=(210, 230, 232), after=6)

    rows3 = [
        ["ENGLISH", "ESPAÑOL"],
        [
            "Abandonment: a worker absent 5 consecutive workdays without permission has abandoned "
            "the job. The employer may end the contract for cause, such as violence or theft.",
            "Abandono: el trabajador que falte 5 días laborables seguidos sin permiso ha abandonado "
            "el empleo. El empleador puede terminar el contrato por causa justificada, como "
            "violencia o robo.",
        ],
        [
            "Impossibility: if hail, flood or another Act of God ends the season early, the "
            "employer pays the guarantee up to that date and the trip home.",
            "Imposibilidad: si el granizo, una inundación u otra causa de fuerza mayor termina la "
            "temporada antes, el empleador paga la garantía hasta esa fecha y el viaje de regreso.",
        ],
        [
            "Conduct: " + G08_BLACK_EN,
            "Conducta: " + G08_BLACK_ES,
        ],
    ]
    d.add_page()
    d.grid(rows3, [252, 252], borders="NONE", size=9, head_fill=(210, 230, 232), after=10)
    d.signatures(["Employer / Empleador", "Worker / Trabajador", "Date / Fecha"])
    lab = label(
        "g08.pdf",
        "en+es",
        3,
        [
            fee("housing_charge", 2, G08_UTIL_EN, 25.0, "USD", group=1),
            fee("housing_charge", 2, G08_UTIL_ES, 25.0, "USD", group=1),
            fee("blacklisting_threat", 3, G08_BLACK_EN, group=2),
            fee("blacklisting_threat", 3, G08_BLACK_ES, group=2),
        ],
        ["inbound_transportation", "tools_provided"],
        [],
        [
            "'seedlings are fed into the transplanter' / 'se alimentan' job duty",
            "housing 'free of rent' but utility fee deducted (finding under h2a)",
            "free kitchen",
            "free daily bus; return trip paid",
            "employer pays all visa and consular fees",
        ],
        "job_order",
        "bilingual EN | ES side by side in borderless two-column tables; shaded heading row; running header and footer",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g09: compliant Spanish summary contract, potatoes, Idaho
# ---------------------------------------------------------------------------
def g09():
    d = Doc(
        family="serif",
        size=10,
        footer_text="Magic Valley Potato Growers, Inc. - Resumen del contrato de trabajo H-2A",
        accent=(90, 70, 20),
    )
    d.add_page()
    d.ctitle("CONTRATO DE TRABAJO H-2A - RESUMEN EN ESPAÑOL", size=13)
    d.p(
        "Este resumen forma parte de su contrato con Magic Valley Potato Growers, Inc. Usted tiene "
        "derecho a recibir una copia completa en español antes de viajar.",
        align="C",
        size=9,
    )
    d.grid(
        [
            ["Concepto", "Lo que ofrece el patrón"],
            [
                "Patrón",
                "Magic Valley Potato Growers, Inc., 1840 Kimberly Road, Twin Falls, Idaho 83301",
            ],
            [
                "Trabajo",
                "Trabajador agrícola de papa: operar la banda de la cosechadora, quitar piedras y "
                "terrones, depositar las papas en los contenedores del almacén y limpiar bodegas",
            ],
            [
                "Lugar",
                "Campos y bodegas del patrón en Kimberly y Hansen, condado de Twin Falls, Idaho",
            ],
            ["Fechas", "Del 25 de agosto al 14 de noviembre de 2025"],
            ["Horario", "48 horas por semana, de lunes a sábado, turnos de 8 horas desde las 7:00"],
            ["Salario", "$17.39 dólares por hora"],
            ["Día de pago", "Cada dos semanas, el viernes"],
            [
                "Requisitos",
                "Un mes de experiencia en cosecha o bodega de papa; poder levantar 50 libras",
            ],
        ],
        [110, 394],
        bold_first_col=True,
        head_fill=(235, 225, 200),
    )
    d.head("Su salario")
    d.p(
        "El patrón le pagará siempre el salario más alto entre el AEWR, el salario prevaleciente, el "
        "salario de convenio colectivo y el mínimo federal o de Idaho. Si durante la temporada se "
        "publica un AEWR más alto, se lo pagará desde esa fecha."
    )
    d.p(
        "Cada día de pago recibirá un talón con las horas ofrecidas, las horas trabajadas, la tarifa, "
        "el total ganado y cada descuento."
    )
    d.p(
        "Descuentos que exige la ley: el impuesto federal sobre la renta, solo si usted lo pide por "
        "escrito, y el impuesto estatal de Idaho. No se descuenta nada por vivienda, transporte ni "
        "herramientas."
    )
    d.p(
        "Garantía: el patrón le garantiza trabajo durante por lo menos tres cuartas partes de los "
        "días laborables del contrato. Si le ofrece menos, le paga lo que habría ganado."
    )

    d.add_page()
    d.head("Vivienda, comidas y transporte")
    d.p(
        "Vivienda gratuita en el campamento del patrón, 1862 Kimberly Road, Twin Falls. No se cobra "
        "renta, luz, gas ni depósito."
    )
    d.p(
        "Comidas: el patrón sirve tres comidas al día en el comedor del campamento. Se cobran $14.00 "
        "dólares por día por las tres comidas, menos del máximo que permite la ley para el programa "
        "H-2A."
    )
    d.p(
        "Viaje de ida: el patrón le reembolsa el autobús desde su lugar de reclutamiento hasta Twin "
        "Falls y los alimentos del viaje cuando usted cumple la mitad del contrato (o en la primera "
        "semana si así lo exige el salario mínimo). Viaje de regreso: pagado por el patrón al "
        "terminar el contrato. Transporte diario: gratuito, del campamento a los campos."
    )
    d.head("Herramientas y seguro")
    d.p(
        "Guantes, palas, botas de hule y demás equipo se entregan gratis y sin depósito. Usted está "
        "protegido por el seguro de compensación al trabajador (Idaho State Insurance Fund) desde el "
        "primer día."
    )
    d.head("Terminación del contrato")
    d.p(
        "Si usted falta cinco días laborables seguidos sin avisar, se considera abandono del "
        "trabajo. El patrón puede despedirlo por causa justificada, como violencia o robo. No hay "
        "multa ni penalización si usted decide irse antes; solo pierde la garantía y el viaje de "
        "regreso pagado."
    )
    d.p(
        "Si una helada, un incendio u otra causa de fuerza mayor impide terminar la cosecha, el "
        "patrón le pagará la garantía hasta esa fecha y su viaje de regreso, y tratará de "
        "conseguirle otro empleo."
    )
    d.head("Cobros prohibidos")
    d.p(
        "No se le cobrará ninguna cuota de reclutamiento. El patrón paga todos los gastos de visa y "
        "de la petición H-2A, y paga a Servicios Laborales Cumbre, S.C., la agencia que lo recluta "
        "en Zacatecas. Si alguien le pide dinero por este trabajo, llame al patrón al (208) 555-0129. "
        "Quejarse no afectará su contratación."
    )
    d.signatures(["Magic Valley Potato Growers, Inc.", "El trabajador", "Fecha"])
    lab = label(
        "g09.pdf",
        "es",
        2,
        [],
        [],
        ["Servicios Laborales Cumbre, S.C."],
        [
            "lawful H-2A meal charge $14.00/day, below the $17.00 cap (no finding)",
            "'depositar las papas en los contenedores' job duty",
            "vivienda gratuita, sin renta ni depósito",
            "descuentos que exige la ley",
            "herramientas gratis y sin depósito",
            "no multa ni penalización por irse antes (negated)",
            "no se cobrará ninguna cuota de reclutamiento; patrón paga visa",
            "agency paid by employer",
        ],
        "work_contract",
        "summary gridded table at top; short headed sections; serif font; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g10: work contract with footnote, apples, Virginia
# ---------------------------------------------------------------------------
G10_COURSE = "Workers assigned to the platform harvester must first complete a forklift and platform-safety certification course; the $150 course fee is paid by the worker."
G10_CURFEW = "Residents of the labor camp must be inside the camp by 9:00 p.m. and may not leave the camp on workdays without the crew leader's written permission."
G10_DAMAGE = "The cost of repairing any ladder, bin or vehicle damaged by a worker's carelessness will be charged to that worker."
G10_EARLY = "If you leave before completing the contract period, you will pay the Company an early-departure charge of four hundred dollars ($400.00)."
G10_INS = "A supplemental accident and health insurance premium of $3.20 per day worked is deducted from the worker's earnings."


def g10():
    d = Doc(family="serif", size=10, footer_text="Shenandoah Orchard Co. - Work Contract")
    d.add_page()
    d.ctitle("SHENANDOAH ORCHARD CO.", size=15)
    d.p("1300 Apple Pie Ridge Road, Winchester, VA 22603  -  (540) 555-0115", align="C", size=9)
    d.ctitle("WORK CONTRACT FOR H-2A APPLE HARVEST WORKERS", size=12)
    d.clause(
        "1.",
        "Parties",
        'This contract is between Shenandoah Orchard Co. (the "Company"), 1300 Apple Pie Ridge '
        "Road, Winchester, VA 22603, and the worker who signs below.",
    )
    d.clause(
        "2.",
        "Job",
        "Apple harvest worker: picking apples by hand from ladders and from the platform harvester, "
        "emptying picking bags into bins, and pruning after harvest.",
    )
    d.clause(
        "3.",
        "Place",
        "The Company's orchards at Apple Pie Ridge Road and Green Spring Road, Frederick County, "
        "Virginia.",
    )
    d.clause("4.", "Dates", "September 2, 2025 to November 26, 2025.")
    d.clause(
        "5.",
        "Hours",
        "40 hours per week, Monday to Saturday, generally 7:00 a.m. to 3:30 p.m.",
    )
    d.clause(
        "6.",
        "Wages",
        "$16.22 per hour, or $1.40 per bushel when apples are picked by the piece, with a make-up to "
        "the hourly rate. The Company will pay the highest of the AEWR, the prevailing wage or the "
        "applicable minimum wage, including any increase announced during the contract.",
    )
    d.clause(
        "7.",
        "Deductions",
        "Deductions: taxes required by law and the insurance premium described in the note below.*",
    )
    d.clause(
        "8.",
        "Pay records",
        "On each payday the worker receives an itemized statement of hours offered and worked, "
        "bushels, rates, earnings and deductions.",
    )
    d.clause(
        "9.",
        "Guarantee",
        "The Company guarantees each worker employment for at least three-fourths of the workdays "
        "of the contract period.",
    )
    d.set_y(d.h - 118)
    d.set_draw_color(0, 0, 0)
    y = d.get_y()
    d.line(d.l_margin, y, d.l_margin + 150, y)
    d.gap(3)
    d.p("* " + G10_INS, size=7.5)

    d.add_page()
    d.clause(
        "10.",
        "Housing and meals",
        "The Company provides free housing at its labor camp, 1340 Apple Pie Ridge Road, and a free "
        "kitchen in each building where workers cook their own meals.",
    )
    d.clause("11.", "Camp rules", [G10_CURFEW, "Alcohol is not permitted in the camp."])
    d.clause(
        "12.",
        "Travel",
        "The Company reimburses the bus fare from Monterrey, Mexico, to Winchester and daily "
        "subsistence on the trip when the worker completes half of the contract, and pays the "
        "return trip to Monterrey when the contract ends.",
    )
    d.clause(
        "13.",
        "Tools and equipment",
        [
            "Ladders, picking bags and gloves are provided at no charge.",
            G10_COURSE,
            G10_DAMAGE,
        ],
    )
    d.clause(
        "14.",
        "Workers' compensation",
        "All workers are covered by workers' compensation insurance required by Virginia law.",
    )
    d.clause(
        "15.",
        "Requirements",
        "Two months of experience picking apples or other tree fruit from ladders.",
    )

    d.add_page()
    d.clause(
        "16.",
        "Termination",
        [
            "A worker who misses 5 consecutive workdays without permission is considered to have "
            "abandoned the job. The Company may terminate a worker for cause after a written warning.",
            G10_EARLY,
        ],
    )
    d.clause(
        "17.",
        "Early end of the contract",
        "If hail, fire or another Act of God makes it impossible to continue, the Company may end the "
        "contract with the approval of the Department of Labor, paying the guarantee up to that date "
        "and the trip home.",
    )
    d.clause(
        "18.",
        "Recruitment",
        "No recruitment fee is charged to workers. The Company pays the visa fee.",
    )
    d.signatures(["For the Company", "Worker", "Date"])
    lab = label(
        "g10.pdf",
        "en",
        3,
        [
            fee("insurance_cost", 1, G10_INS, 3.2, "USD"),
            fee("movement_restriction", 2, G10_CURFEW),
            fee("training_cost", 2, G10_COURSE, 150.0, "USD"),
            fee("damage_chargeback", 2, G10_DAMAGE),
            fee("breach_penalty", 3, G10_EARLY, 400.0, "USD"),
        ],
        ["pay_frequency", "daily_transportation"],
        [],
        [
            "'On each payday' states no frequency (pay_frequency missing)",
            "free housing and kitchen",
            "tools at no charge (course and damage are separate findings)",
            "no recruitment fee; company pays visa",
            "alcohol ban in camp is not a movement restriction",
            "insurance premium only in the small-print footnote",
        ],
        "work_contract",
        "centered letterhead; numbered clauses; small-print footnote under a short rule on page 1",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g11: letter of engagement, sugarcane, Louisiana; recruited in Honduras
# ---------------------------------------------------------------------------
G11_FEE = "To hold your place on the crew list, you must send L 12,000 (twelve thousand lempiras) to Mr. Zelaya's cousin in Choloma by bank deposit."
G11_MED = "The medical exam at Clínica San Rafael costs HNL 1,800, payable by the worker on the day of the exam."
G11_VISA = "The consular visa fee and the I-94 border-crossing fee are the worker's own expense."
G11_HOLD = "The company holds back two weeks' pay from each worker, which is released with the last paycheck in December."


def g11():
    d = Doc(
        family="sans", size=10, footer_text="St. Mary Cane Harvesting LLC", accent=(60, 110, 40)
    )
    d.add_page()
    d.band(
        "ST. MARY CANE HARVESTING LLC", "2750 Highway 182, Franklin, LA 70538  -  (337) 555-0176"
    )
    d.p("San Pedro Sula, June 9, 2025")
    d.p("LETTER OF ENGAGEMENT - 2025 SUGARCANE SEASON", style="B")
    d.p("Dear applicant,")
    d.p(
        "St. Mary Cane Harvesting LLC is pleased to confirm your engagement for the 2025 sugarcane "
        "planting and harvest season. Our recruiting agency in Honduras, Catracho Empleos Agrícolas, "
        "and its representative Mr. Wilmer Zelaya will guide you through the visa process."
    )
    d.head("Your job")
    d.bullets(
        [
            "Duties: cutting and loading seed cane, planting cane by hand behind the planter, "
            "operating cane-cutting knives, and cleaning field ditches.",
            "Place: the company's cane fields in St. Mary Parish, Louisiana, near Franklin and "
            "Baldwin.",
            "Dates: from August 11, 2025 to December 19, 2025.",
            "Hours: 48 hours per week, Monday to Saturday, 6:00 a.m. to 2:30 p.m.",
            "Wage: $14.53 per hour, paid every week on Friday.",
            "Requirements: one season of sugarcane or other field work; able to work in heat.",
        ]
    )
    d.head("Before you travel")
    d.p(G11_FEE)
    d.p(G11_MED)
    d.p(G11_VISA)
    d.p(
        "Your bus from San Pedro Sula to Franklin and meals on the road are reimbursed by the company "
        "once you complete 50 percent of the contract."
    )

    d.add_page()
    d.head("While you work")
    d.bullets(
        [
            "Housing is free, at the company bunkhouse at 2790 Highway 182, Franklin, LA.",
            "A company bus takes workers from the bunkhouse to the fields and back every day at no "
            "cost.",
            "Cane knives, gloves, shin guards and safety glasses are given free of charge.",
            "You are insured under the company's workers' compensation policy (LWCC) for any injury "
            "at work.",
            "The company guarantees work for at least three-fourths of the workdays in the contract.",
            "Each week you receive a pay stub listing hours worked, hours offered, rate, total pay "
            "and deductions.",
            "Deductions: federal income tax if you request it, and Louisiana state tax.",
            G11_HOLD,
        ]
    )
    d.head("Rules")
    d.p(
        "Five consecutive days of absence without permission is abandonment of the job. The company "
        "may terminate workers for cause, including fighting, theft or refusing safety equipment."
    )
    d.p(
        "If a hurricane, flood or freeze destroys the crop and the work cannot continue, the company "
        "will pay the three-fourths guarantee up to that day."
    )
    d.p("Welcome to the crew.")
    d.gap(12)
    d.p("Marcus A. Thibodeaux\nGeneral Manager, St. Mary Cane Harvesting LLC")
    lab = label(
        "g11.pdf",
        "en",
        2,
        [
            fee("recruitment_fee", 1, G11_FEE, 12000.0, "HNL"),
            fee("medical_cost", 1, G11_MED, 1800.0, "HNL"),
            fee("visa_cost", 1, G11_VISA),
            fee("wage_withholding", 2, G11_HOLD),
        ],
        ["wage_adjustment", "meals", "return_transportation"],
        ["Catracho Empleos Agrícolas", "Wilmer Zelaya"],
        [
            "fee paid to a third party (recruiter's cousin) - still recruitment fee",
            "inbound bus reimbursed at 50 percent",
            "'meals on the road' is inbound subsistence, not the meals term (meals missing)",
            "free housing, free daily bus, free tools",
            "'two weeks' pay' held back is withholding (no currency amount)",
        ],
        "offer_letter",
        "letter with colored band letterhead; bulleted terms; prose paragraphs; no signature table",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g12: compliant job order with farm stand, vegetables, New York
# ---------------------------------------------------------------------------
def g12():
    d = Doc(
        family="sans",
        size=9.5,
        header_text="Kinderhook Creek Farm, LLC  -  H-2A Job Order  -  Vegetable and farm stand crew",
        footer_text="Kinderhook Creek Farm, LLC",
        accent=(70, 120, 50),
    )
    d.add_page()
    d.band("JOB ORDER - SEASONAL VEGETABLE WORKERS", "Kinderhook Creek Farm, LLC  |  2025 season")
    d.grid(
        [
            ["Employer", "Kinderhook Creek Farm, LLC, 2870 Route 9H, Kinderhook, NY 12106"],
            ["Openings", "8 farmworkers"],
            ["Start / end", "May 12, 2025 / October 31, 2025"],
            [
                "Worksites",
                "Farm fields and farm stand at 2870 Route 9H, Kinderhook, NY 12106; "
                "Stuyvesant field, 115 County Route 25A, Stuyvesant, NY 12173",
            ],
            [
                "Hours",
                "45 hours per week: Monday to Friday 7:00 a.m. - 4:00 p.m., Saturday "
                "7:00 a.m. - 12:00 p.m.",
            ],
            ["Wage", "$18.83 per hour"],
            ["Pay", "Weekly, every Friday, by direct deposit or check"],
        ],
        [100, 404],
        header=False,
        bold_first_col=True,
    )
    d.head("Duties")
    d.p(
        "Plant, weed and hand-harvest vegetables and berries; wash, sort and pack produce; feed and "
        "water the laying hens; at the farm stand, stock produce and collect fees from customers for "
        "pick-your-own admission and produce sales, then deposit the day's cash receipts in the "
        "office safe."
    )
    d.head("Minimum requirements")
    d.p(
        "Two months of experience in vegetable or fruit farm work. Able to lift 50 pounds. Basic "
        "arithmetic for the farm stand register (training provided on the job, at no cost)."
    )
    d.head("Wages and guarantee")
    d.p(
        "The farm will pay the highest of the AEWR, the prevailing wage, the agreed collective "
        "bargaining rate, or the federal or New York State minimum wage, adjusted whenever any of "
        "them rises during the contract. The farm guarantees work for at least three-fourths of "
        "the workdays of the contract period; if less is offered, the worker is paid the difference."
    )

    d.add_page()
    d.head("Earnings statements and deductions")
    d.p(
        "Each Friday workers receive a statement showing hours offered, hours worked, rate, gross "
        "and net earnings and each deduction. Deductions required by law: federal and New York "
        "State income tax and New York State disability and paid family leave contributions. "
        "Other deductions only with the worker's written permission."
    )
    d.head("Housing and meals")
    d.p(
        "Free housing in the farm house at 2880 Route 9H, Kinderhook, with a free kitchen. A hot "
        "lunch is also available at the farm stand kitchen for $6.00 per day for workers who choose "
        "it; this optional meal charge is well below the H-2A maximum."
    )
    d.head("Transportation")
    d.p(
        "The farm reimburses transportation and subsistence from the place of recruitment to "
        "Kinderhook after 50 percent of the contract (earlier if needed to meet the minimum wage). "
        "It pays the return trip for workers who complete the contract or are released early "
        "without cause. Daily transportation between the farm house and the Stuyvesant field is "
        "free in the farm van."
    )
    d.head("Tools and insurance")
    d.p(
        "All tools, harvest knives, crates, boots and rain gear are supplied free of charge. Workers "
        "are covered by workers' compensation insurance (New York State Insurance Fund)."
    )
    d.head("Abandonment and discharge")
    d.p(
        "A worker who fails to report for five consecutive workdays without permission has "
        "abandoned the job. A worker may be discharged for cause, such as violence, theft or "
        "repeated failure to follow food-safety rules."
    )
    d.head("No fees")
    d.p(
        "The employer pays all visa fees and the petition costs. No recruitment fee will be charged, "
        "and workers will not be penalized or refused future work for raising complaints. Free "
        "coffee and water are available at the farm stand."
    )
    d.signatures(["Kinderhook Creek Farm, LLC", "Worker", "Date"])
    lab = label(
        "g12.pdf",
        "en",
        2,
        [],
        ["contract_impossibility"],
        [],
        [
            "'collect fees from customers' and 'deposit the day's cash receipts' are job duties",
            "'feed and water the laying hens' job duty",
            "lawful optional lunch $6.00/day (below H-2A meal cap)",
            "deductions required by law (income tax, NY disability and PFL)",
            "free housing and kitchen; tools free; on-the-job training at no cost",
            "employer pays all visa fees; no recruitment fee",
            "no penalty or refusal of future work for complaints (negated blacklisting)",
            "free coffee",
        ],
        "job_order",
        "colored band; borderless-label gridded summary table; headed sections; running header and footer",
    )
    return d, lab
