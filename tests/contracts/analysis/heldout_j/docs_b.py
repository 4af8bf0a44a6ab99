"""heldout_j documents j07-j12."""

from jlib import F2, Doc, F


# ------------------------------------------------------------------------------------------ j07
def j07():
    d = Doc(
        band="ATCHAFALAYA CRAWFISH PROCESSORS, LLC  \u00b7  GU\u00cdA DEL TRABAJADOR H-2B 2026",
        band_color=(160, 60, 20),
        foot="Esta gu\u00eda forma parte de su contrato de trabajo. Conserve una copia.",
        page_label="P\u00e1gina %d de %s",
        title="Guia del trabajador",
        size=9.5,
    )
    d.h1("Gu\u00eda del trabajador: temporada de langostino de r\u00edo 2026")
    d.table(
        [
            [
                "Empleador",
                "Atchafalaya Crawfish Processors, LLC, 1830 Levee Road, Breaux Bridge, Luisiana 70517",
            ],
            ["Puesto", "Pelador y empacador de langostino (SOC 51-3022)"],
            ["Fechas", "Del 2 de febrero al 26 de junio de 2026"],
            ["Salario", "$15.38 por hora, pagado cada viernes"],
        ],
        widths=(22, 78),
        borders="HORIZONTAL_LINES",
        bold_first=True,
        size=9.5,
    )
    orange = (160, 60, 20)
    qa = [
        (
            "\u00bfQu\u00e9 trabajo voy a hacer?",
            "Hervir, pelar y desvenar langostino de r\u00edo, separar la carne de la cola, pesar y "
            "empacar bolsas de una libra y etiquetarlas. Tambi\u00e9n ayudar\u00e1 a descargar los "
            "sacos y a echar el alimento a los langostinos vivos de los tanques de espera.",
        ),
        (
            "\u00bfD\u00f3nde voy a trabajar?",
            "En la planta de la empresa en 1830 Levee Road, Breaux Bridge, Luisiana. No hay otros "
            "lugares de trabajo.",
        ),
        (
            "\u00bfQu\u00e9 necesito para que me contraten?",
            "Tener 18 a\u00f1os o m\u00e1s y tres meses de experiencia pelando mariscos o en una "
            "l\u00ednea de empaque de alimentos.",
        ),
        (
            "\u00bfCu\u00e1ntas horas voy a trabajar?",
            "36 horas por semana, de lunes a s\u00e1bado, de 5:00 a 11:00 de la ma\u00f1ana. Las "
            "horas arriba de 40 en una semana se pagan a $23.07 por hora.",
        ),
        (
            "\u00bfMe pueden pagar menos si sube el salario m\u00ednimo?",
            "No. La empresa paga siempre el salario m\u00e1s alto entre el salario prevaleciente "
            "y el m\u00ednimo federal, estatal o local que est\u00e9 vigente.",
        ),
        (
            "\u00bfCu\u00e1ndo me pagan y qu\u00e9 me descuentan?",
            "Cada semana, los viernes. Solo se descuentan el impuesto federal, el Seguro Social y "
            "Medicare. No se descuenta nada por vivienda, transporte ni herramientas. Con cada "
            "pago recibe un tal\u00f3n que muestra las horas ofrecidas, las horas trabajadas, la "
            "tarifa, lo ganado y cada descuento.",
        ),
        (
            "\u00bfTengo trabajo seguro?",
            "La empresa garantiza ofrecerle trabajo por al menos tres cuartas partes de los "
            "d\u00edas de trabajo de cada periodo de 12 semanas. Si le ofrece menos, le paga las "
            "horas que faltan para completar la garant\u00eda.",
        ),
        (
            "\u00bfTengo que pagar algo para que me contraten?",
            "No. No hay cuota de inscripci\u00f3n ni de tr\u00e1mite. Reclutadora Golfo Norte, "
            "S.C., que recluta para nosotros en Ciudad Victoria, Tamaulipas, recibe su pago de la "
            "empresa. Nadie le puede cobrar por este trabajo, ni usted ni su familia.",
        ),
        (
            "\u00bfQui\u00e9n paga la visa?",
            "La empresa paga la visa, la cita consular y el cruce de la frontera. Si usted pag\u00f3 "
            "algo de eso, se le devuelve completo en la primera semana de trabajo.",
        ),
        (
            "\u00bfY el viaje?",
            "Le reembolsamos el autob\u00fas desde Ciudad Victoria hasta Breaux Bridge y los "
            "alimentos y el hotel del viaje en la primera semana. Al terminar el contrato, o si lo "
            "despedimos antes sin causa, pagamos su regreso a Ciudad Victoria.",
        ),
        (
            "\u00bfNecesito llevar herramientas?",
            "No. Guantes, mandiles, botas, redecillas y cuchillos se los da la empresa gratis y "
            "sin dep\u00f3sito. Si una herramienta se rompe por accidente, no se le cobra.",
        ),
        (
            "\u00bfD\u00f3nde voy a vivir?",
            "La empresa ofrece cuartos compartidos a dos cuadras de la planta sin costo: no se "
            "cobra renta, luz ni dep\u00f3sito. Usted puede entrar y salir cuando quiera.",
        ),
        (
            "\u00bfQu\u00e9 pasa si falto o me despiden?",
            "Si falta 5 d\u00edas de trabajo seguidos sin permiso, la empresa considera que "
            "abandon\u00f3 el empleo y lo avisa al Departamento de Trabajo. Si abandona el empleo "
            "o lo despiden por causa justificada (por ejemplo, robo o peleas), pierde la "
            "garant\u00eda de 3/4 y el pago del regreso.",
        ),
        (
            "\u00bfY si ya no se puede trabajar?",
            "Si un hurac\u00e1n, un incendio o una inundaci\u00f3n hacen imposible seguir trabajando, "
            "la empresa puede terminar el contrato con permiso del Departamento de Trabajo. En ese "
            "caso le paga la garant\u00eda hasta esa fecha y su regreso a Ciudad Victoria.",
        ),
        (
            "\u00bfQui\u00e9n guarda mi pasaporte?",
            "Usted. Su pasaporte y su visa son suyos y nadie de la empresa se los puede pedir "
            "para guardarlos. Tampoco lo pueden castigar ni poner en una lista negra por quejarse.",
        ),
    ]
    for q, a in qa:
        d.qa(q, a, qcolor=orange)
    d.sig_block(["Nombre y firma del trabajador", "Atchafalaya Crawfish Processors, LLC"])
    return {
        "doc": d,
        "file": "j07.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "missing_terms": [],
        "recruiters": ["Reclutadora Golfo Norte, S.C."],
        "traps": [
            "'echar el alimento a los langostinos' (feeding crawfish) is a job duty",
            "no registration or processing fee (negated)",
            "recruiter paid by the employer",
            "visa, consular appointment and border crossing paid or repaid",
            "inbound bus and meals reimbursed; return paid",
            "tools free, no deposit, no charge for accidental breakage (negated damage charge)",
            "free housing, no rent or deposit (negated housing charge)",
            "free to come and go (negated movement restriction)",
            "worker keeps passport; no blacklist for complaints",
            "statutory deductions only",
        ],
        "doc_type": "worker_guide",
        "layout": "Q&A worker guide in Spanish; summary table with horizontal rules only; header band and footer on each page",
    }


# ------------------------------------------------------------------------------------------ j08
def j08():
    d = Doc(
        fmt="A4",
        size=9,
        head=(
            "CARIBBEAN PATHWAYS STAFFING LTD.",
            "Overseas Placement Agreement No. CPS/H2B/26/0871",
        ),
        foot="Caribbean Pathways Staffing Ltd. \u00b7 14 Hope Road, Kingston 10, Jamaica \u00b7 Licence EA-2219",
        margins=(18, 14, 18),
        title="Overseas Placement Agreement",
        band_color=(0, 100, 90),
    )
    d.h1("OVERSEAS PLACEMENT AGREEMENT: H-2B HOSPITALITY PROGRAMME", size=13)
    d.table(
        [
            ["Agency", "Caribbean Pathways Staffing Ltd., 14 Hope Road, Kingston 10, Jamaica"],
            [
                "Employer",
                "Sandpiper Bay Resort Corp., 600 Scenic Gulf Drive, Destin, Florida 32541, USA",
            ],
            ["Worker", "Devon R. McKenzie, TRN 114-562-809, Old Harbour, St. Catherine"],
        ],
        widths=(18, 82),
        bold_first=True,
        fill=(210, 230, 228),
    )
    d.h2("PART A: PARTICULARS OF EMPLOYMENT")
    d.table(
        [
            [
                "Position",
                "Line Cook: prepare and cook breakfast, lunch and banquet dishes on the grill, "
                "fryer and saute stations; portion and plate food; clean stations and walk-in coolers",
            ],
            [
                "Qualifications",
                "Two years of experience as a line or grill cook in a hotel or restaurant",
            ],
            ["Place of work", "Sandpiper Bay Resort, 600 Scenic Gulf Drive, Destin, Florida"],
            ["Contract period", "1 March 2026 to 30 September 2026"],
            [
                "Hours",
                "40 hours per week in five 8-hour shifts scheduled between 6:00 a.m. and 11:00 p.m.",
            ],
            [
                "Wage",
                "USD 17.80 per hour; hours over 40 in a week are paid at USD 26.70 per hour",
            ],
            ["Pay", "Weekly, every Friday, by direct deposit to a US bank account"],
            [
                "Deductions",
                "Federal income tax, Social Security and Medicare, and the items marked in Part B",
            ],
        ],
        widths=(22, 78),
        bold_first=True,
        fill=(210, 230, 228),
    )
    d.h2("PART B: SCHEDULE OF CHARGES")
    d.p(
        "The following amounts relate to the Worker's placement. Unless the last column names "
        "the Employer, they are borne by the Worker.",
        size=8.5,
    )
    # fee-schedule rows: the quote is the row read left to right
    F(
        "recruitment_fee",
        "Registration and file processing JMD 45,000 Worker, on signing",
        45000.0,
        "JMD",
    )
    F(
        "medical_cost",
        "Pre-employment medical and drug screen JMD 18,500 Worker, at clinic",
        18500.0,
        "JMD",
    )
    F(
        "training_cost",
        "Food-safety certificate course USD 120.00 Worker, deducted in Florida",
        120.0,
        "USD",
    )
    d.table(
        [
            [
                "1",
                "Registration and file processing",
                "JMD 45,000",
                "Worker, on signing",
            ],
            [
                "2",
                "Pre-employment medical and drug screen",
                "JMD 18,500",
                "Worker, at clinic",
            ],
            [
                "3",
                "Food-safety certificate course",
                "USD 120.00",
                "Worker, deducted in Florida",
            ],
            [
                "4",
                "US visa (MRV) fee",
                "USD 205.00",
                "Employer (refund in first workweek)",
            ],
            ["5", "Airfare Kingston - Fort Lauderdale and return", "Nil", "Employer"],
            ["6", "Agency placement commission", "Nil", "Employer"],
        ],
        widths=(5, 47, 16, 32),
        header=["#", "Item", "Amount", "Borne by"],
        fill=(210, 230, 228),
        size=8.8,
    )
    d.h2("PART C: TERMS")
    terms = [
        (
            "C1.",
            "The Employer shall provide or reimburse, in the first workweek, the Worker's airfare "
            "from Kingston to Fort Lauderdale, ground transport to Destin and meals and lodging on "
            "the way, and shall pay the return airfare to Kingston at the end of the contract or if "
            "the Worker is dismissed early other than for cause.",
        ),
        (
            "C2.",
            "The Employer shall reimburse the Worker's H-2B visa fee in the first workweek.",
        ),
        (
            "C3.",
            "Knives, kitchen tools, chef coats and non-slip shoes are provided by the Employer at "
            "no cost to the Worker.",
        ),
        (
            "C4.",
            F(
                "insurance_cost",
                "The Worker shall also enrol in the Agency's Overseas Welfare Plan at USD 15 per "
                "month, deducted by the Employer and remitted to the Agency.",
                15.0,
                "USD",
            ),
        ),
        (
            "C5.",
            "A Worker who is absent for 5 consecutive working days without permission is deemed "
            "to have abandoned the employment, and the Employer will notify the US Department of "
            "Labor. The Employer may dismiss the Worker for cause, including misconduct or "
            "repeated food-safety violations, and in that case return airfare is not owed.",
        ),
        (
            "C6.",
            "The Worker retains his passport at all times. The Agency will not report the Worker "
            "to any authority for raising a complaint about wages or conditions.",
        ),
    ]
    for n, t in terms:
        d.clause(n, t, indent=9)
    d.p(
        "Small print: This Agreement is made under the Employment Agencies Regulation Act of "
        "Jamaica. Amounts in JMD are payable at the Agency's office by cash or manager's cheque. "
        "Receipts are issued for every payment. The Worker has read this Agreement or had it "
        "read to him and received a copy.",
        size=6.8,
        color=(80, 80, 80),
    )
    d.sig_block(["For the Agency", "The Worker", "Witness (JP)"], size=8)
    return {
        "doc": d,
        "file": "j08.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Caribbean Pathways Staffing Ltd."],
        "traps": [
            "fee schedule rows marked 'Employer' (visa refund, airfare nil, agency commission nil)",
            "finding rows are table rows (quote = row cells in reading order)",
            "receipts issued for payments (not earnings statements)",
            "kitchen tools and chef coats at no cost",
            "worker keeps passport; no report for complaints",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; parties and particulars in gridded key/value tables; gridded 4-column fee schedule with header; lettered clauses; small print",
    }


# ------------------------------------------------------------------------------------------ j09
def j09():
    d = Doc(
        font="Sans",
        size=9.5,
        foot="Greenbriar Links Maintenance, Inc. \u00b7 45 Fairway Drive, Hilton Head Island, SC 29928 \u00b7 (843) 555-0172",
        page_label="P\u00e1gina %d de %s",
        title="Carta oferta",
        band_color=(20, 110, 60),
    )
    d.set_fill_color(20, 110, 60)
    d.rect(d.l_margin, d.get_y(), 6, 14, style="F")
    d.set_x(d.l_margin + 9)
    d.set_font("Sans", "B", 15)
    d.set_text_color(20, 110, 60)
    d.cell(0, 7, "GREENBRIAR LINKS MAINTENANCE, INC.", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 9)
    d.set_font("Sans", "", 8.5)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        6,
        "Mantenimiento de campos de golf \u00b7 45 Fairway Drive, Hilton Head Island, South Carolina 29928",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.p("Hilton Head Island, 19 de enero de 2026")
    d.p(
        "Sr. Julio C\u00e9sar Mendoza P\u00e9rez\nSan Juan del R\u00edo, Quer\u00e9taro, M\u00e9xico"
    )
    d.p("Estimado Sr. Mendoza:")
    d.p(
        "Nos da gusto ofrecerle empleo temporal H-2B con Greenbriar Links Maintenance, Inc. "
        "Estas son las condiciones principales:",
        align="J",
    )
    d.table(
        [
            [
                "Puesto:",
                "Trabajador de mantenimiento de campos de golf: cortar greens y fairways con "
                "podadoras de carrete, rastrillar las trampas de arena, reparar c\u00e9sped, regar y "
                "aplicar fertilizante",
            ],
            [
                "Lugar:",
                "Campos Osprey Point y Marsh Hen, 45 Fairway Drive y 200 Marsh Hen Road, Hilton Head "
                "Island, Carolina del Sur",
            ],
            ["Fechas:", "Del 9 de marzo al 20 de noviembre de 2026"],
            ["Horario:", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30"],
            ["Salario:", "$16.28 por hora"],
            ["Pago:", "Cada dos semanas, en viernes, con cheque"],
        ],
        widths=(16, 84),
        borders="NONE",
        bold_first=True,
        size=9.3,
    )
    paras = [
        (
            "1.",
            "Greenbriar pagar\u00e1 en todo momento el salario m\u00e1s alto entre el salario "
            "prevaleciente y los salarios m\u00ednimos federal, estatal o local vigentes.",
        ),
        (
            "2.",
            "De su pago se descontar\u00e1n los impuestos federales y estatales, el Seguro Social y "
            "Medicare. Con cada cheque recibir\u00e1 un tal\u00f3n con las horas trabajadas, la "
            "tarifa, el total ganado y cada descuento. "
            + F(
                "meal_charge",
                "El almuerzo en el comedor de empleados cuesta 7 d\u00f3lares diarios y se descuenta "
                "cada quincena.",
                7.0,
                "USD",
            ),
        ),
        (
            "3.",
            "Todas las herramientas, el equipo y la protecci\u00f3n auditiva se le entregan sin "
            "costo. "
            + F(
                "damage_chargeback",
                "Las reparaciones de podadoras o carritos da\u00f1ados por descuido del trabajador "
                "se descontar\u00e1n de su cheque.",
            ),
        ),
        (
            "4.",
            "La empresa le reembolsar\u00e1 en la primera semana el autob\u00fas desde San Juan del "
            "R\u00edo hasta Hilton Head Island y la comida y el hotel del viaje. Al final de la "
            "temporada pagar\u00e1 su regreso a San Juan del R\u00edo.",
        ),
        (
            "5.",
            "La empresa paga la visa H-2B y la cuota de la cita consular; si usted ya las "
            "pag\u00f3, se le reembolsan con su primer cheque. Greenbriar no cobra ninguna cuota "
            "de reclutamiento.",
        ),
        (
            "6.",
            F(
                "breach_penalty",
                "Si usted renuncia antes del 31 de octubre, pagar\u00e1 a la empresa una "
                "penalizaci\u00f3n de 450 d\u00f3lares.",
                450.0,
                "USD",
            ),
        ),
        (
            "7.",
            "Si falta cinco d\u00edas h\u00e1biles seguidos sin permiso se considerar\u00e1 que "
            "abandon\u00f3 el trabajo, y la empresa lo notificar\u00e1 al Departamento de Trabajo. "
            "Si es despedido por causa justificada no se le pagar\u00e1 el regreso.",
        ),
        (
            "8.",
            "Si un hurac\u00e1n u otra causa de fuerza mayor hace imposible continuar el trabajo, "
            "la empresa podr\u00e1 terminar el contrato con aprobaci\u00f3n del Departamento de "
            "Trabajo, y le pagar\u00e1 el salario debido hasta esa fecha y el regreso a "
            "M\u00e9xico.",
        ),
        (
            "9.",
            F(
                "blacklisting_threat",
                "Quien presente quejas ante el Departamento de Trabajo o hable con abogados "
                "ser\u00e1 reportado a migraci\u00f3n y no volver\u00e1 a ser contratado.",
            ),
        ),
    ]
    for n, t in paras:
        d.clause(n, t, indent=6)
    d.p("Atentamente,")
    d.ln(6)
    d.p("Brent Holloway\nGerente de Personal, Greenbriar Links Maintenance, Inc.")
    d.sig_block(["Acepto: Julio C\u00e9sar Mendoza P\u00e9rez", "Fecha"])
    return {
        "doc": d,
        "file": "j09.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "missing_terms": [
            "overtime",
            "three_fourths_guarantee",
            "job_requirements",
        ],
        "recruiters": [],
        "traps": [
            "'aplicar fertilizante' is a job duty",
            "tools and hearing protection free",
            "visa and 'cuota de la cita consular' paid or reimbursed by employer",
            "no recruitment fee (negated)",
            "inbound bus, meals and hotel reimbursed; return paid",
            "conditional penalty ('si usted renuncia antes del...')",
        ],
        "doc_type": "offer_letter",
        "layout": "letter with colored logo block; borderless key/value table; numbered paragraphs with hanging numbers; address footer",
    }


# ------------------------------------------------------------------------------------------ j10
def j10():
    d = Doc(
        size=9,
        band="CORDILLERA MASONRY & STONE, INC.  \u00b7  H-2B WORK CONTRACT / CONTRATO DE TRABAJO H-2B",
        band_color=(110, 80, 50),
        foot="Each clause is given in English followed by Spanish. / Cada cl\u00e1usula va en ingl\u00e9s y luego en espa\u00f1ol.",
        title="Work contract",
    )
    d.h1(
        "Work Contract: Brick and Stone Mason Helpers\nContrato de trabajo: Ayudantes de alba\u00f1il",
        size=13,
    )
    d.table(
        [
            [
                "Employer / Empleador",
                "Cordillera Masonry & Stone, Inc., 2901 Quarry Road, Fort Collins, Colorado 80524",
            ],
            [
                "Period / Periodo",
                "April 6, 2026 - December 11, 2026 / 6 de abril - 11 de diciembre de 2026",
            ],
            ["Wage / Salario", "$20.14 per hour / por hora"],
            ["Hours / Horario", "40 h/week, Mon-Fri 7:00-15:30 / 40 h/semana, lun-vie 7:00-15:30"],
            ["Pay day / D\u00eda de pago", "Every Friday, weekly / Cada viernes, semanal"],
        ],
        widths=(26, 74),
        header=["Term / T\u00e9rmino", "Detail / Detalle"],
        fill=(230, 215, 195),
        bold_first=True,
    )
    grey = (85, 85, 85)

    def bi(num, en, es):
        d.set_font(d.fam, "", d.size)
        h1 = d.multi_cell(d.tw - 8, d.lh(), en, dry_run=True, output="HEIGHT")
        h2 = d.multi_cell(d.tw - 8, d.lh(), es, dry_run=True, output="HEIGHT")
        d.need(h1 + h2 + 3)
        d.clause(num, en, indent=8, after=0.4)
        d.set_font(d.fam, "I", d.size)
        d.set_text_color(*grey)
        d.set_x(d.l_margin + 8)
        d.multi_cell(d.tw - 8, d.lh(), es, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.set_font(d.fam, "", d.size)
        d.ln(2)

    bi(
        "1.",
        "Duties. Mason helpers mix mortar and grout, deposit mortar on the mason's board, carry "
        "brick, block and stone to the masons, build and move scaffolds, and clean the work area.",
        "Funciones. Los ayudantes mezclan mortero y lechada, depositan el mortero en la tabla del "
        "alba\u00f1il, acarrean ladrillo, block y piedra, arman y mueven andamios y limpian el "
        "\u00e1rea.",
    )
    bi(
        "2.",
        "Requirements. Three months of experience as a construction helper; able to lift 75 pounds "
        "and to work on scaffolds up to 30 feet.",
        "Requisitos. Tres meses de experiencia como ayudante de construcci\u00f3n; poder cargar 75 "
        "libras y trabajar en andamios de hasta 30 pies.",
    )
    bi(
        "3.",
        "Place of work. Building sites in Larimer and Weld Counties, Colorado, reached from the "
        "Fort Collins yard at 2901 Quarry Road.",
        "Lugar de trabajo. Obras en los condados de Larimer y Weld, Colorado, con salida del patio "
        "de Fort Collins en 2901 Quarry Road.",
    )
    bi(
        "4.",
        "Wage and overtime. The Company pays the highest of the prevailing wage and the federal, "
        "Colorado or local minimum wage, never less than $20.14 per hour. Hours over 40 in a week "
        "are paid at $30.21 per hour.",
        "Salario y horas extra. La Compa\u00f1\u00eda paga el m\u00e1s alto entre el salario "
        "prevaleciente y el m\u00ednimo federal, de Colorado o local, nunca menos de $20.14 por "
        "hora. Las horas arriba de 40 por semana se pagan a $30.21 por hora.",
    )
    bi(
        "5.",
        "Deductions and pay stubs. Only federal and Colorado income tax, Social Security and "
        "Medicare are deducted. Each Friday the worker receives a statement of hours offered, "
        "hours worked, rate, gross and net pay and each deduction.",
        "Descuentos y talones. Solo se descuentan los impuestos federal y de Colorado, el Seguro "
        "Social y Medicare. Cada viernes el trabajador recibe un estado de horas ofrecidas, horas "
        "trabajadas, tarifa, pago bruto y neto y cada descuento.",
    )
    bi(
        "6.",
        "Guarantee. The Company guarantees to offer work for at least three-fourths of the "
        "workdays in each 12-week period, and pays the difference if it offers less.",
        "Garant\u00eda. La Compa\u00f1\u00eda garantiza ofrecer trabajo por al menos tres cuartas "
        "partes de los d\u00edas h\u00e1biles de cada periodo de 12 semanas, y paga la diferencia "
        "si ofrece menos.",
    )
    bi(
        "7.",
        "Travel. Inbound bus fare from Chihuahua to Fort Collins, with lodging and meals on the "
        "way, is reimbursed in the first workweek. Return fare to Chihuahua is paid by the Company "
        "at the end of the contract or on early dismissal without cause.",
        "Viaje. El autob\u00fas de Chihuahua a Fort Collins, con hospedaje y comidas del camino, "
        "se reembolsa en la primera semana. El regreso a Chihuahua lo paga la Compa\u00f1\u00eda "
        "al terminar el contrato o si despide al trabajador antes sin causa.",
    )
    bi(
        "8.",
        "Visa. The Company pays the visa fee and all consular and border-crossing fees, or repays "
        "them in the first workweek.",
        "Visa. La Compa\u00f1\u00eda paga la visa y todos los derechos consulares y de cruce, o "
        "los reembolsa en la primera semana.",
    )
    bi(
        "9.",
        "Tools. Trowels, hard hats, harnesses, gloves and all other tools and equipment are "
        "provided free. No bond or deposit is required, and workers are not charged for "
        "accidental damage to tools.",
        "Herramientas. Cucharas, cascos, arneses, guantes y todas las dem\u00e1s herramientas y "
        "equipo se dan gratis. No se pide fianza ni dep\u00f3sito, y no se cobra al trabajador "
        "por da\u00f1os accidentales a las herramientas.",
    )
    bi(
        "10.",
        "Recruitment. Colocaciones Sierra Madre, S.C., of Chihuahua recruits for the Company and "
        "is paid only by the Company. Workers pay no recruitment, placement or paperwork fee of "
        "any kind.",
        "Reclutamiento. Colocaciones Sierra Madre, S.C., de Chihuahua, recluta para la "
        "Compa\u00f1\u00eda y solo la Compa\u00f1\u00eda le paga. Los trabajadores no pagan "
        "ninguna cuota de reclutamiento, colocaci\u00f3n ni papeleo.",
    )
    bi(
        "11.",
        "Abandonment and dismissal. A worker absent 5 consecutive working days without consent is "
        "treated as having abandoned the job, and the Company will notify DOL and DHS. Workers "
        "dismissed for cause lose the guarantee and the return fare. A worker who quits owes the "
        "Company nothing.",
        "Abandono y despido. El trabajador que falte 5 d\u00edas h\u00e1biles seguidos sin "
        "permiso se considera que abandon\u00f3 el empleo, y la Compa\u00f1\u00eda avisar\u00e1 al "
        "DOL y al DHS. Quien sea despedido por causa justificada pierde la garant\u00eda y el "
        "regreso. El trabajador que renuncia no le debe nada a la Compa\u00f1\u00eda.",
    )
    bi(
        "12.",
        "Impossibility. If fire, flood, blizzard or another act of God makes the work impossible, "
        "the Company may end the contract with DOL approval, paying the guarantee up to that date "
        "and the return fare.",
        "Imposibilidad. Si un incendio, inundaci\u00f3n, tormenta de nieve u otro caso fortuito "
        "hace imposible el trabajo, la Compa\u00f1\u00eda puede terminar el contrato con "
        "aprobaci\u00f3n del DOL, pagando la garant\u00eda hasta esa fecha y el regreso.",
    )
    bi(
        "13.",
        "Freedom and documents. Workers keep their passports and may live where they choose. "
        "Workers' compensation insurance is paid by the Company.",
        "Libertad y documentos. Los trabajadores guardan sus pasaportes y pueden vivir donde "
        "quieran. El seguro de compensaci\u00f3n laboral lo paga la Compa\u00f1\u00eda.",
    )
    d.sig_block(["Worker / Trabajador", "Cordillera Masonry & Stone, Inc."])
    return {
        "doc": d,
        "file": "j10.pdf",
        "program": "h2b",
        "language": "en+es",
        "scanned": False,
        "missing_terms": [],
        "recruiters": ["Colocaciones Sierra Madre, S.C."],
        "traps": [
            "'deposit mortar' / 'depositan el mortero' is a job duty, not a deposit",
            "no bond or deposit required (negated)",
            "no charge for accidental damage to tools (negated damage charge)",
            "workers pay no recruitment, placement or paperwork fee (negated)",
            "a worker who quits owes nothing (negated breach penalty)",
            "workers' compensation insurance paid by employer",
            "inbound reimbursed, return paid, visa paid",
            "statutory deductions only",
        ],
        "doc_type": "work_contract",
        "layout": "bilingual stacked clauses (English, then Spanish in grey italics); gridded bilingual summary table with shaded header; header band on each page",
    }


# ------------------------------------------------------------------------------------------ j11
def j11():
    d = Doc(
        size=10,
        margins=(16, 12, 16),
        foot="Oportunidades del Norte GT \u00b7 4a. Calle 5-21, zona 1, Huehuetenango",
        page_label="%d/%s",
        title="Hoja informativa",
        band_color=(0, 80, 160),
    )
    d.set_fill_color(0, 80, 160)
    d.rect(0, 0, d.w, 34, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 8)
    d.set_font("Sans", "B", 20)
    d.cell(
        0,
        10,
        "\u00a1TRABAJO EN ESTADOS UNIDOS CON VISA H-2B!",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("Sans", "", 12)
    d.cell(
        0,
        8,
        "Temporada de paja de pino 2026 \u00b7 Oportunidades del Norte GT",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_y(40)
    d.p(
        "Una empresa forestal de Georgia busca 60 trabajadores para la temporada de paja de pino. "
        "\u00a1Cupo limitado!",
        size=11,
        style="B",
        align="C",
    )
    d.h2("EL TRABAJO", fill=(215, 230, 245))
    d.bullets(
        [
            "Recolectar, rastrillar y empacar paja de pino en pacas, y limpiar maleza en "
            "plantaciones de pino alrededor de Valdosta, Georgia.",
            "Fechas: del 5 de enero al 30 de junio de 2026.",
            "Horario: 40 horas a la semana, de lunes a viernes, de 7:00 a 15:30.",
            "Pago: $16.44 por hora, pagado cada semana.",
            "Requisitos: hombres o mujeres de 18 a 45 a\u00f1os, con experiencia en trabajo de "
            "campo y capaces de cargar 50 libras.",
        ]
    )
    d.h2("LO QUE PAGA LA EMPRESA", fill=(215, 230, 245))
    d.bullets(
        [
            "La visa la paga la empresa: usted no paga nada en el consulado.",
            "El autob\u00fas de Huehuetenango a Valdosta y las comidas del viaje se le devuelven "
            "en la primera semana de trabajo.",
            "Al terminar la temporada, la empresa paga su regreso a Guatemala.",
            "Las herramientas y los guantes son gratis.",
            "Vivienda gratuita cerca del campo: no se cobra renta.",
        ]
    )
    d.h2("COSTOS PARA EL ASPIRANTE", fill=(250, 225, 205))
    d.box(
        F(
            "recruitment_fee",
            "Ning\u00fan aspirante queda exento de la cuota de registro de Q2,500 para apartar su "
            "lugar.",
            2500.0,
            "GTQ",
        )
        + "\n"
        + F2(
            ["medical_cost", "training_cost"],
            "El examen m\u00e9dico y la pl\u00e1tica de orientaci\u00f3n previa al viaje los paga "
            "cada aspirante: Q650 en total.",
            650.0,
            "GTQ",
        )
        + " *",
        size=10,
    )
    d.h2("DOCUMENTOS PARA INSCRIBIRSE", fill=(215, 230, 245))
    d.bullets(
        [
            "DPI original y fotocopia.",
            "Pasaporte vigente (si no tiene, le orientamos para tramitarlo).",
            "Dos fotograf\u00edas tama\u00f1o c\u00e9dula.",
        ]
    )
    d.p(
        "Informes e inscripciones: promotor Efra\u00edn P\u00e9rez, Huehuetenango, tel. 5521-0387 "
        "(tambi\u00e9n por WhatsApp). Atendemos de lunes a s\u00e1bado.",
        style="B",
        align="C",
    )
    d.ln(2)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 60, d.get_y())
    d.ln(1.5)
    d.p(
        "* "
        + F(
            "insurance_cost",
            "El seguro de viaje obligatorio (Q300) lo cubre el aspirante al recibir su boleto.",
            300.0,
            "GTQ",
        )
        + " Los montos pueden cambiar sin previo aviso.",
        size=7,
        color=(70, 70, 70),
    )
    return {
        "doc": d,
        "file": "j11.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "missing_terms": [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Oportunidades del Norte GT", "Efra\u00edn P\u00e9rez"],
        "traps": [
            "'Ningún aspirante queda exento de la cuota' is a fee (double negation)",
            "one sentence charges both a medical exam and an orientation (two categories, one quote)",
            "insurance cost in a footnote in small print",
            "visa paid by employer; inbound bus repaid; return paid",
            "free tools and free housing",
            "employer not named ('una empresa forestal de Georgia')",
        ],
        "doc_type": "recruiter_flyer",
        "layout": "flyer: full-width colored headline block; shaded section bars; bullet lists; bordered cost box; footnote in small print",
    }


# ------------------------------------------------------------------------------------------ j12
def j12():
    d = Doc(
        size=8.8,
        band="ASPEN HOLLOW MOUNTAIN RESORT  \u00b7  SUMMER 2026 SEASONAL AGREEMENT (H-2B)",
        band_color=(40, 50, 100),
        foot="Aspen Hollow Mountain Resort, LLC \u00b7 7 Ridgecrest Way, Big Sky, MT 59716 \u00b7 HR form SA-26",
        margins=(15, 14, 15),
        title="Seasonal agreement",
    )
    d.h1("Seasonal Employment Agreement: Housekeeping and Laundry Attendant", size=13)
    d.p(
        "Employer: Aspen Hollow Mountain Resort, LLC, 7 Ridgecrest Way, Big Sky, Montana 59716. "
        "Recruited through Global Seasonal Staffing, Inc., whose fees are paid by the Resort.",
        style="B",
        size=8.8,
    )
    d.columns(
        [
            (
                "1. The job.",
                "Housekeeping and Laundry Attendants clean guest rooms, condominiums and lodge "
                "common areas; sort, wash, dry and fold linens in the resort laundry; and deliver "
                "linens and guest amenities. Attendants do not handle resort fees, parking charges "
                "or any other guest payments.",
            ),
            (
                "2. Requirements.",
                "Three months of experience in hotel housekeeping or commercial laundry, and the "
                "ability to lift 35 pounds and stand for a full shift.",
            ),
            (
                "3. Where.",
                "Aspen Hollow Lodge and the Ridgecrest condominiums, 7 Ridgecrest Way, Big Sky, "
                "Montana.",
            ),
            (
                "4. When.",
                "June 1, 2026 to September 27, 2026.",
            ),
            (
                "5. Hours.",
                "40 hours per week, five 8-hour shifts between 7:00 a.m. and 5:30 p.m.; days off "
                "rotate.",
            ),
            (
                "6. Pay.",
                "$18.10 per hour. The Resort pays the highest of the prevailing wage and the "
                "federal, Montana or local minimum wage in force. Hours over 40 in a workweek are "
                "paid at $27.15 per hour.",
            ),
            (
                "7. Payday and pay statements.",
                "Every other Friday (biweekly). With each payment you get a statement showing "
                "hours offered and worked, the hourly rate, gross pay, each deduction and net pay. "
                "Nothing is held back until the end of the season.",
            ),
            (
                "8. Deductions.",
                "Federal income tax, Social Security and Medicare only. No deduction is made for "
                "staff housing, which is free (see 13).",
            ),
            (
                "9. Three-fourths guarantee.",
                "Because the season is shorter than 120 days, the Resort guarantees to offer work "
                "for at least three-fourths of the workdays in each 6-week period, and pays the "
                "difference for any shortfall.",
            ),
            (
                "10. Travel.",
                "The Resort reimburses, in your first workweek, the cost of travel and daily "
                "subsistence from your home city to Big Sky, and pays your return travel home when "
                "you complete the season or if you are dismissed early other than for cause.",
            ),
            (
                "11. Visa.",
                "The Resort pays your H-2B visa fee and related consular fees, or repays them in "
                "your first workweek.",
            ),
            (
                "12. Equipment.",
                "Uniforms, cleaning supplies, carts and all equipment are provided without charge "
                "and without a deposit. Accidental breakage of hotel property is never charged to "
                "the employee.",
            ),
            (
                "13. Housing and meals.",
                "Shared staff housing at the Pine Hollow dormitory is free of charge: no rent, no "
                "utilities, no deposit. Residents come and go as they please; there is no curfew. "
                "Staff meals in the employee cafeteria are free on shift days.",
            ),
            (
                "14. Ending the job.",
                "If you miss 5 consecutive working days without permission, you will be "
                "considered to have abandoned the job, and the Resort will inform DOL and DHS. If "
                "you abandon the job or are dismissed for cause, you lose the guarantee and the "
                "paid trip home.",
            ),
            (
                "15. If work becomes impossible.",
                "If a wildfire, flood or other act of God closes the resort, the Resort may end "
                "this agreement with DOL approval, pays the guarantee up to the closing date and "
                "your trip home, and will try to place you in other work.",
            ),
            (
                "16. Your rights.",
                "You keep your passport. You may complain to the Department of Labor or talk to "
                "a lawyer without any penalty, blacklist or report to immigration.",
            ),
        ],
        size=8.8,
    )
    d.p(
        "Workers' compensation insurance is provided by the Resort at no cost to employees. "
        "This agreement is given in English and in Spanish; ask HR for the Spanish copy.",
        size=7,
        color=(90, 90, 90),
    )
    d.sig_block(["Employee", "Aspen Hollow Mountain Resort, LLC \u00b7 Human Resources"], size=8)
    return {
        "doc": d,
        "file": "j12.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "missing_terms": [],
        "recruiters": ["Global Seasonal Staffing, Inc."],
        "traps": [
            "attendants do not handle resort fees or parking charges (job text, not worker fee)",
            "nothing held back until end of season (negated wage withholding)",
            "free housing: no rent, utilities or deposit",
            "no curfew (negated movement restriction)",
            "free staff meals",
            "uniforms and equipment without charge or deposit",
            "accidental breakage never charged (negated damage charge)",
            "recruiter fees paid by the employer",
            "6-week guarantee period for a season under 120 days",
            "workers' compensation insurance at no cost (small print)",
        ],
        "doc_type": "work_contract",
        "layout": "two flowing text columns with bold run-in headings; header band and footer repeated; small print",
    }


DOCS = [j07, j08, j09, j10, j11, j12]
