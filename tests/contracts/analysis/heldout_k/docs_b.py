"""Documents k07-k12 of the heldout_k batch."""

from docs_a import fee, label
from pdflib import Doc

# --------------------------------------------------------------------------- k07
K07_BUS = (
    "Bus fare from the Monterrey consulate to McMinnville ($165) is advanced by the company and "
    "taken back in four equal weekly payroll deductions."
)
K07_BUSROW = ["Bus fare repayment (weeks 1 to 4)", "$41.25 per week"]
K07_MEAL = ["Meals from the farm kitchen, 3 a day, charged every day", "$19.75 per day"]
K07_DMG = (
    "Any loss of or damage to tree spades, balling tools or trucks caused by a worker will be "
    "deducted from that worker's pay at repair cost."
)
K07_FORF = "A worker who leaves before November 25, 2026 forfeits his last two weeks' pay."


def k07():
    """H-2A nursery job order, English, scanned: travel recovered, meal over cap, damage, forfeit."""
    d = Doc(
        font="serif",
        footer_text="Cedar Hollow Nursery & Tree Farm, Inc. - Job Offer H-2A 2026",
        margin=20,
    )
    d.add_page()
    d.ttl("CEDAR HOLLOW NURSERY & TREE FARM, INC.", size=14, align="C")
    d.p(
        "615 Mill Pond Road, McMinnville, Tennessee 37110  -  (931) 555-0137",
        size=9.5,
        align="C",
        space=3,
    )
    d.ttl("H-2A Job Offer and Work Agreement", size=12, align="C", space=3)
    items = [
        (
            "Job",
            "Nursery and field worker: dig and ball-and-burlap shade trees with tree spades, "
            "pot and space container shrubs, water and feed container stock through the fertilizer "
            "injectors, load customer trucks.",
        ),
        (
            "Work sites",
            "615 Mill Pond Road and 2048 Shady Grove Road, McMinnville, Warren County, Tennessee.",
        ),
        ("Dates", "March 2, 2026 through November 25, 2026."),
        ("Hours", "40 hours a week, Monday through Friday, 7:00 a.m. to 3:30 p.m."),
        (
            "Wage",
            "$15.65 per hour. The company will pay the highest of the Adverse Effect Wage "
            "Rate, the prevailing wage and the federal or state minimum wage in effect at any time.",
        ),
        (
            "Pay",
            "Every other Thursday. Each check stub lists hours offered, hours worked, rate, "
            "total pay and every deduction.",
        ),
        (
            "Guarantee",
            "Work will be offered for at least three-fourths of the workdays between "
            "the start and end dates, or the missing hours will be paid.",
        ),
        (
            "Housing",
            "Free housing in the bunkhouse at 611 Mill Pond Road, inspected by the "
            "Tennessee Department of Labor.",
        ),
        (
            "Transportation",
            "Free daily rides from the bunkhouse to both work sites in the "
            "company bus. " + K07_BUS + " Workers who finish the season get the return bus to "
            "Monterrey paid by the company.",
        ),
        ("Tools", "Hand tools, gloves and safety glasses are provided at no charge."),
    ]
    for k, v in items:
        d.clause(k, v, indent=37, size=10)
    d.sec("Deductions from pay", size=11)
    d.grid(
        [
            ["Item", "Amount"],
            ["Federal income tax (only if requested on Form W-4)", "varies"],
            K07_MEAL,
            K07_BUSROW,
        ],
        widths=(70, 30),
        size=9.5,
    )
    d.p(
        "Visa and border-crossing fees are paid by the company. No one will charge a fee for this job."
    )
    d.sec("Rules", size=11)
    d.clause(
        "1.",
        "A worker absent 5 days in a row without permission has abandoned the job and will be "
        "reported to the Department of Labor. Workers may be fired for cause after one written warning.",
    )
    d.clause("2.", K07_DMG)
    d.clause("3.", K07_FORF)
    d.clause(
        "4.",
        "If a flood, fire, drought or other act of God makes the work impossible, the company "
        "may end the contract with Department of Labor approval, will pay three-fourths of the "
        "hours up to that date and will pay the bus back to Monterrey.",
    )
    d.signature_row(["Company: Harold Boyd, President", "Worker"])
    fees = [
        fee("travel_cost", "violation", 1, 165.0, "USD", K07_BUS, group=1),
        fee("travel_cost", "violation", 1, 41.25, "USD", " ".join(K07_BUSROW), group=1),
        fee("meal_charge", "review", 1, 19.75, "USD", " ".join(K07_MEAL)),
        fee("damage_chargeback", "review", 1, None, None, K07_DMG),
        fee("breach_penalty", "violation", 2, None, None, K07_FORF),
    ]
    lab = label(
        "k07.pdf",
        "h2a",
        "en",
        None,
        fees,
        ["inbound_transportation", "workers_compensation", "job_requirements"],
        [],
        [
            "'water and feed container stock' is a job duty",
            "free housing and free daily rides",
            "visa and border-crossing fees paid by the company; no one will charge a fee",
            "tools at no charge",
            "income tax only if requested",
            "meal charge $19.75/day is above the $17.00 H-2A cap",
        ],
        "job_order",
        "serif; centered letterhead; hanging-label terms; gridded deductions table; SCANNED image-only (skew, noise)",
    )
    lab["scanned"] = True
    return d, lab


# --------------------------------------------------------------------------- k08
def k08():
    """H-2B marina Q&A, Spanish, compliant: fee collection duty, free direct deposit, no bond."""
    d = Doc(
        footer_text="Pelican Sound Marina, LLC \u00b7 Preguntas y respuestas sobre su contrato H-2B",
        margin=18,
    )
    d.add_page()
    d.set_fill_color(18, 60, 105)
    d.rect(d.l_margin, d.get_y(), d.epw, 16, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 14)
    d.set_xy(d.l_margin + 3, d.get_y() + 2)
    d.cell(0, 7, "Su contrato de temporada, en preguntas y respuestas")
    d.set_font("sans", "", 9)
    d.set_xy(d.l_margin + 3, d.get_y() + 7)
    d.cell(
        0,
        5,
        "Programa H-2B \u00b7 Orden de trabajo H-400-26051-330917 \u00b7 Trabajador: Ezequiel Baltazar Orozco",
    )
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, d.get_y() + 10)
    qa = [
        (
            "¿Quién es mi patrón?",
            "Pelican Sound Marina, LLC, 212 Talbot Street, Ocean City, "
            "Maryland 21842, Estados Unidos.",
        ),
        (
            "¿Qué trabajo voy a hacer?",
            "Empleado de muelle: amarrar y soltar lanchas, cargar "
            "combustible, cobrar las tarifas de amarre y de combustible a los clientes en la caseta, "
            "lavar cascos y mantener limpios los muelles.",
        ),
        (
            "¿Dónde?",
            "En la marina de 212 Talbot Street y en el muelle anexo de 301 Dorchester "
            "Street, Ocean City, Maryland.",
        ),
        ("¿Cuándo empiezo y cuándo termino?", "Del 6 de abril de 2026 al 12 de octubre de 2026."),
        (
            "¿Cuántas horas?",
            "40 horas por semana: cinco turnos de 8 horas, entre las 6:00 a.m. y "
            "las 9:00 p.m., con dos días de descanso.",
        ),
        (
            "¿Cuánto me pagan?",
            "$16.55 por hora. Si durante el contrato sube el salario "
            "prevaleciente o algún salario mínimo, se le paga el más alto desde ese día. Las propinas "
            "son suyas.",
        ),
        ("¿Y las horas extra?", "Cada hora después de 40 en la semana se paga a $24.83."),
        (
            "¿Cada cuándo me pagan?",
            "Cada dos semanas, el viernes, por depósito directo gratis a "
            "su cuenta o con cheque. Con cada pago recibe un talón con horas ofrecidas, horas "
            "trabajadas, tarifa, descuentos y pago neto.",
        ),
        (
            "¿Qué me descuentan?",
            "Solo lo que exige la ley: Seguro Social y Medicare (FICA) e "
            "impuestos federal y de Maryland. Nada más.",
        ),
        (
            "¿Cuánto trabajo me garantizan?",
            "En cada periodo de 12 semanas se le ofrece trabajo "
            "por al menos tres cuartas partes de los días laborables; si no, se le pagan las horas "
            "que falten.",
        ),
        (
            "¿Quién paga mi viaje?",
            "La marina le reembolsa en la primera semana el autobús desde "
            "su ciudad y $17.00 diarios de comida en el camino. Si termina la temporada, o lo "
            "despiden antes sin causa, la marina paga su regreso.",
        ),
        (
            "¿Tengo que pagar la visa?",
            "No. La marina le reembolsa la visa y el cruce fronterizo "
            "en su primera semana de trabajo.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En la casa de empleados de 14 Caroline Street, gratis. No se "
            "pide fianza ni depósito de ningún tipo.",
        ),
        (
            "¿Tengo que comprar herramientas o uniforme?",
            "No. Guantes, chaleco salvavidas, camisetas y todo lo necesario se dan sin costo.",
        ),
        (
            "¿Qué se necesita?",
            "Saber nadar, tener 18 años cumplidos y tres meses de experiencia "
            "en muelles o lanchas.",
        ),
        (
            "¿Me pueden correr?",
            "Solo por causa justificada. Si falta 5 días seguidos sin avisar, "
            "se considera abandono y se reporta al Departamento del Trabajo. Usted puede renunciar "
            "cuando quiera sin pagar nada.",
        ),
        (
            "¿Y si un huracán cierra la marina?",
            "Si un huracán, incendio u otra causa de fuerza "
            "mayor hace imposible el trabajo, se le paga lo trabajado, la garantía hasta esa fecha y "
            "el regreso a casa.",
        ),
        (
            "¿Alguien me va a cobrar por este trabajo?",
            "No. Nadie le puede cobrar por ser "
            "contratado. Si alguien le pide dinero, llame a la marina o al Departamento del Trabajo.",
        ),
        (
            "¿Quién guarda mi pasaporte?",
            "Usted. La marina nunca guarda pasaportes ni identificaciones.",
        ),
        (
            "¿Puedo quejarme?",
            "Sí. Quejarse no le pone en ninguna lista negra ni afecta su "
            "contratación el año siguiente.",
        ),
    ]
    for q, a in qa:
        if d.will_page_break(14):
            d.add_page()
        d.p(q, size=10.5, style="B", space=0.6)
        d.p(a, size=10, space=2.2, indent=4)
    d.signature_row(["Patrón: Colleen Whitford, gerente", "Trabajador: Ezequiel Baltazar Orozco"])
    lab = label(
        "k08.pdf",
        "h2b",
        "es",
        None,
        [],
        [],
        [],
        [
            "'cobrar las tarifas de amarre y de combustible a los clientes' is a job duty",
            "'depósito directo gratis' (deposit word, no charge)",
            "deductions only what the law requires: FICA and income tax",
            "bus, road meals, visa and border crossing reimbursed in first week",
            "free housing; 'no se pide fianza ni depósito' (negated bond)",
            "tools and uniform without cost; quit anytime without paying",
            "nobody may charge for being hired; worker keeps passport; no blacklist",
        ],
        "work_contract",
        "plain-language Q&A in Spanish; dark title block; footer repeated",
    )
    return d, lab


# --------------------------------------------------------------------------- k09
K09_MED = ["Medical check-up and laboratory tests", "IDR 1,350,000", "Candidate *"]
K09_TRAIN = ["Training centre, Cantonese and housework (3 months)", "IDR 7,500,000", "Candidate *"]
K09_LOAN = (
    "The agency lends you these costs and you repay them by salary deduction of HKD 2,400 per "
    "month for your first seven months in Hong Kong."
)
K09_PASS = (
    "Your passport and employment contract will be kept safely by our Hong Kong partner office "
    "for the whole contract."
)


def k09():
    """Generic (Indonesia to Hong Kong) flyer and cost sheet, English: training, medical, loan."""
    d = Doc(fmt="A4", margin=16)
    d.add_page()
    d.set_fill_color(196, 30, 58)
    d.rect(0, 0, d.w, 44, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 8)
    d.set_font("sans", "B", 24)
    d.cell(0, 12, "WORK IN HONG KONG!")
    d.set_xy(d.l_margin, 22)
    d.set_font("sans", "", 12)
    d.multi_cell(
        d.epw, 6, "Domestic helpers and elderly caregivers wanted \u00b7 departures every month"
    )
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, 52)
    d.p("PT Cahaya Bintang Sejahtera", size=13, style="B", space=0.5)
    d.p(
        "Jl. Raya Bogor KM 26 No. 18, Ciracas, Jakarta Timur \u00b7 official partner of Golden "
        "Harbour Employment Agency Ltd., Mong Kok, Hong Kong",
        size=9,
        space=4,
    )
    d.sec("What is the job?", size=12)
    d.bullets(
        [
            "Live-in domestic helper for a family in Hong Kong: cooking, cleaning, laundry, "
            "taking children to school, and care of an elderly family member.",
            "Contract period: 2 years.",
            "Salary HKD 5,100 per month (the Hong Kong minimum allowable wage), paid monthly into "
            "your own bank account.",
            "Free food and free accommodation in the employer's home, plus a food allowance on "
            "rest days.",
            "One rest day every week and all Hong Kong statutory holidays.",
            "Deductions from salary: only the repayment plan explained on page 2.",
            "Your Hong Kong visa is paid by the employer, and your return ticket to Jakarta at "
            "the end of the contract is paid by the employer.",
        ],
        size=10.5,
    )
    d.sec("Who can apply?", size=12)
    d.bullets(
        [
            "Women 23 to 40 years old, healthy, junior high school certificate.",
            "Experience with children or elderly people is welcome but not required.",
        ],
        size=10.5,
    )
    d.sec("How to apply", size=12)
    d.p(
        "Come to our office Monday to Saturday, 8:00 to 15:00, with your KTP, family card and "
        "school certificate. Registration and interview are free. WhatsApp: +62 812 5550 7731.",
        size=10.5,
    )
    d.add_page()
    d.ttl("Cost details for Hong Kong candidates (2026)", size=14)
    d.grid(
        [
            ["Item", "Cost", "Paid by"],
            ["Hong Kong visa and consulate legalisation", "-", "Employer"],
            ["Air ticket Jakarta - Hong Kong", "-", "Employer"],
            ["Agency service fee (Hong Kong side)", "-", "Employer"],
            K09_MED,
            K09_TRAIN,
            ["Passport issue (Indonesian immigration)", "-", "Employer"],
        ],
        widths=(58, 22, 20),
        size=9.5,
    )
    d.sec("Important information", size=11)
    d.bullets(
        [
            K09_PASS,
            "Your employer in Hong Kong will be introduced to you by video call before you sign.",
            "Complaints can be made to our office or to the Indonesian Consulate General in "
            "Hong Kong.",
        ],
        size=10,
    )
    d.ln(4)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 60, d.get_y())
    d.ln(1.5)
    d.p("* Cannot pay now? No problem. " + K09_LOAN, size=7.5, style="I")
    fees = [
        fee("medical_cost", "violation", 2, 1350000.0, "IDR", " ".join(K09_MED)),
        fee("training_cost", "violation", 2, 7500000.0, "IDR", " ".join(K09_TRAIN)),
        fee("document_retention", "violation", 2, None, None, K09_PASS),
        fee("debt_bondage", "violation", 2, 2400.0, "HKD", K09_LOAN),
    ]
    lab = label(
        "k09.pdf",
        "generic",
        "en",
        None,
        fees,
        [
            "employer_identity",
            "worker_identity",
            "employment_period",
            "hours_of_work",
            "termination",
        ],
        ["PT Cahaya Bintang Sejahtera", "Golden Harbour Employment Agency Ltd."],
        [
            "'Registration and interview are free' (negated registration fee)",
            "visa, air ticket and agency service fee paid by employer",
            "passport issue row paid by 'Employer' (no worker charge)",
            "free food and accommodation",
            "'Contract period: 2 years' has no start/end dates",
            "loan for costs is in a small-print footnote",
        ],
        "recruitment_flyer",
        "A4 flyer with red headline band and bullets; page 2 gridded cost schedule; small-print footnote",
    )
    return d, lab


# --------------------------------------------------------------------------- k10
def k10():
    """H-2A blueberry offer, alternating English and Spanish paragraphs, compliant."""
    d = Doc(
        header_text="LAKESHORE BLUE ACRES LLC \u00b7 H-2A 2026",
        header_right="Job offer / Oferta de empleo",
        footer_text="Lakeshore Blue Acres LLC, 6120 68th Street, South Haven, MI 49090 \u00b7 (269) 555-0119",
        band=(52, 60, 140),
    )
    d.add_page()
    d.ttl("Blueberry Harvest Job Offer / Oferta de trabajo: cosecha de arándano", size=13)
    d.grid(
        [
            ["", "English", "Español"],
            [
                "Employer / Patrón",
                "Lakeshore Blue Acres LLC, 6120 68th Street, South Haven, MI 49090",
                "Lakeshore Blue Acres LLC, 6120 68th Street, South Haven, MI 49090",
            ],
            [
                "Dates / Fechas",
                "July 6, 2026 - September 25, 2026",
                "6 de julio de 2026 - 25 de septiembre de 2026",
            ],
            ["Wage / Salario", "$18.15 per hour", "$18.15 por hora"],
            ["Hours / Horas", "40 per week, Mon-Sat", "40 por semana, lunes a sábado"],
        ],
        widths=(20, 40, 40),
        size=8.5,
    )
    paras = [
        (
            "Work",
            "Hand-pick and machine-harvest highbush blueberries, deposit the picked berries "
            "in the lugs at the end of each row, carry lugs to the weigh station, and sort fruit on "
            "the packing line. Fields at 6120 68th Street and 5311 Blue Star Highway, South Haven, "
            "Van Buren County, Michigan.",
            "Trabajo",
            "Cosechar arándano a mano y a máquina, depositar la fruta en las cajas al "
            "final de cada surco, llevar las cajas a la báscula y seleccionar fruta en la línea de "
            "empaque. Campos en 6120 68th Street y 5311 Blue Star Highway, South Haven, condado de "
            "Van Buren, Michigan.",
        ),
        (
            "Schedule",
            "40 hours per week, 7:00 a.m. to 2:00 p.m. Monday to Friday and 7:00 to "
            "12:00 on Saturday.",
            "Horario",
            "40 horas por semana, de 7:00 a 14:00 de lunes a viernes y de 7:00 a 12:00 el sábado.",
        ),
        (
            "Pay",
            "$18.15 per hour, or $0.65 per pound picked by hand when that is more. If the "
            "AEWR or any minimum wage goes up, the highest rate is paid from that date. Pay day is "
            "every Thursday, with a statement of hours offered and worked, pounds, rates and "
            "deductions.",
            "Pago",
            "$18.15 por hora, o $0.65 por libra cosechada a mano si resulta más. Si sube la "
            "AEWR o algún salario mínimo, se paga la tarifa más alta desde esa fecha. Se paga cada "
            "jueves, con un talón de horas ofrecidas y trabajadas, libras, tarifas y descuentos.",
        ),
        (
            "Deductions",
            "Federal income tax only if the worker asks for it in writing. No other deductions.",
            "Descuentos",
            "Impuesto federal solo si el trabajador lo pide por escrito. Ningún otro descuento.",
        ),
        (
            "Guarantee",
            "Work is offered for at least three-fourths of the workdays of the "
            "contract, or the missing hours are paid.",
            "Garantía",
            "Se ofrece trabajo por al menos tres cuartas partes de los días del "
            "contrato; si no, se pagan las horas que falten.",
        ),
        (
            "Housing and meals",
            "Free housing at the Blue Star camp, 5311 Blue Star Highway, with a "
            "free shared kitchen. An optional catered meal plan costs $15.50 per day, within the "
            "Department of Labor limit; joining is voluntary.",
            "Vivienda y comida",
            "Vivienda gratis en el campamento Blue Star, 5311 Blue Star "
            "Highway, con cocina compartida gratuita. Un plan de comidas opcional cuesta $15.50 por "
            "día, dentro del límite del Departamento del Trabajo; es voluntario.",
        ),
        (
            "Travel",
            "Inbound bus and meals on the road are reimbursed when the worker completes "
            "half of the contract, or earlier in the first week if needed to meet minimum wage. "
            "Return travel home is paid when the contract is completed. Free daily bus between camp "
            "and fields.",
            "Viaje",
            "El autobús de llegada y la comida del camino se reembolsan al cumplir la "
            "mitad del contrato, o en la primera semana si hace falta para llegar al salario "
            "mínimo. El regreso se paga al terminar el contrato. Autobús diario gratis entre el "
            "campamento y los campos.",
        ),
        (
            "Tools and insurance",
            "Picking buckets, belts, gloves and rain gear are free, with no "
            "deposit. Workers' compensation insurance is paid by the employer.",
            "Herramientas y seguro",
            "Cubetas, cinturones, guantes e impermeables son gratis, sin "
            "depósito. El seguro de accidentes de trabajo (workers' compensation) lo paga el patrón.",
        ),
        (
            "Requirements",
            "One season of hand-harvest experience in berries or other fruit.",
            "Requisitos",
            "Una temporada de experiencia en cosecha a mano de berries u otra fruta.",
        ),
        (
            "Ending the job",
            "A worker who misses 5 consecutive workdays without notice has "
            "abandoned the job; dismissal is only for cause. If hail, frost or another act of God "
            "destroys the crop, the employer pays the guarantee to that date and the trip home.",
            "Fin del trabajo",
            "Quien falte 5 días seguidos sin aviso ha abandonado el empleo; el "
            "despido es solo por causa justificada. Si el granizo, la helada u otra causa natural "
            "destruye la cosecha, el patrón paga la garantía hasta esa fecha y el regreso a casa.",
        ),
        (
            "Recruitment",
            "Workers are recruited in Veracruz by Agencia Mano Amiga de Veracruz, "
            "which is paid by the employer. No fee, deposit or bond is asked of any worker, and "
            "workers keep their own passports.",
            "Reclutamiento",
            "Los trabajadores son reclutados en Veracruz por Agencia Mano Amiga de "
            "Veracruz, a la que paga el patrón. A nadie se le pide cuota, depósito ni fianza, y cada "
            "trabajador guarda su pasaporte.",
        ),
    ]
    for en_h, en, es_h, es in paras:
        if d.will_page_break(30):
            d.add_page()
        d.sec(en_h + " / " + es_h, size=10, space_before=1.5, color=(52, 60, 140))
        d.p(en, size=9.5, space=0.8)
        d.p(es, size=9.5, style="I", space=1.8)
    d.signature_row(["Employer / Patrón: Nora Vandenberg", "Worker / Trabajador"])
    lab = label(
        "k10.pdf",
        "h2a",
        "en+es",
        None,
        [],
        [],
        ["Agencia Mano Amiga de Veracruz"],
        [
            "'deposit the picked berries in the lugs' / 'depositar la fruta' are job duties",
            "optional meal plan $15.50/day, under the $17.00 H-2A cap (lawful)",
            "free housing, free kitchen, free daily bus",
            "tools free with no deposit; workers' comp paid by employer",
            "'No fee, deposit or bond is asked of any worker' (negated)",
            "recruiter paid by employer; workers keep passports",
        ],
        "offer_letter",
        "bilingual: gridded 3-column summary, then alternating English and Spanish (italic) paragraphs; header band and footer",
    )
    return d, lab


# --------------------------------------------------------------------------- k11
K11_UNIF = ["Uniform rental (3 sets, laundered weekly)", "$7.50"]
K11_DORM = ["Staff dormitory bed, 41 Cottage Street (when assigned)", "$105.00"]
K11_FILE = (
    "No worker, new or returning, is exempt from the $325 file-handling charge collected by our "
    "coordinator in Monterrey, Servicios Laborales Cumbre, S.C."
)
K11_BLACK = (
    "Employees who take workplace complaints to outside agencies instead of to management will "
    "not be considered for future seasons."
)


def k11():
    """H-2B hotel job order, English: deductions in a pay table, file charge, blacklisting."""
    d = Doc(
        header_text="HARBORVIEW INN \u00b7 Silver Birch Hospitality Group, LLC",
        header_right="H-2B Job Order 2026",
        footer_text="Harborview Inn, 12 Bayside Drive, Bar Harbor, Maine 04609 \u00b7 Job order H-400-26044-118206",
        band=(70, 70, 70),
    )
    d.add_page()
    d.ttl("Seasonal Housekeeping Staff \u2014 Conditions of Employment", size=14)
    d.clause(
        "1.",
        "Silver Birch Hospitality Group, LLC, doing business as Harborview Inn, 12 Bayside "
        "Drive, Bar Harbor, Maine 04609.",
        head="Employer",
    )
    d.clause(
        "2.",
        "Housekeeper / room attendant: clean and make up 14 to 16 guest rooms per shift, change "
        "linens, restock amenities, vacuum hallways, report maintenance problems.",
        head="Position",
    )
    d.clause(
        "3.",
        "Harborview Inn, 12 Bayside Drive, and its annex, the Ledgelawn Cottages, 66 Mount "
        "Desert Street, Bar Harbor, Maine.",
        head="Work location",
    )
    d.clause("4.", "May 11, 2026 to October 24, 2026.", head="Employment period")
    d.clause(
        "5.",
        "40 hours per week, 8:00 a.m. to 4:30 p.m., five days a week including weekends as "
        "scheduled.",
        head="Hours",
    )
    d.clause(
        "6.",
        "$15.95 per hour. Hours over 40 in a workweek are paid at $23.93 per hour. Tips left in "
        "guest rooms belong to the housekeeper.",
        head="Wages and overtime",
    )
    d.clause(
        "7.",
        "Every other Friday by direct deposit. Each pay stub shows hours offered, hours worked, "
        "rate, gross wages, each deduction and net pay.",
        head="Pay frequency and statements",
    )
    d.clause(
        "8.",
        "Each employee will be offered work for at least three-fourths of the workdays in every "
        "12-week period of the contract; hours not offered are paid.",
        head="Three-fourths guarantee",
    )
    d.clause("9.", "Estimated weekly pay for a 40-hour week:", head="Deductions")
    d.grid(
        [
            ["Line", "Weekly amount"],
            ["Gross wages (40 h x $15.95)", "$638.00"],
            ["FICA (Social Security 6.2% and Medicare 1.45%)", "$48.81"],
            ["Federal and Maine income tax (estimate)", "$41.00"],
            K11_UNIF,
            K11_DORM,
            ["Estimated net pay", "$435.69"],
        ],
        widths=(72, 28),
        size=9.5,
    )
    d.clause(
        "10.",
        "The Inn reimburses in the first workweek the bus or plane fare from the worker's home "
        "city to Bar Harbor, $17.00 per day for meals on the way, and the visa and border "
        "crossing fees. The Inn pays the trip home for workers who complete the season or are "
        "let go early for reasons other than cause.",
        head="Travel and visa",
    )
    d.clause(
        "11.",
        "Cleaning chemicals, carts, vacuums and linens are supplied by the Inn without charge.",
        head="Supplies",
    )
    d.clause(
        "12.",
        "Six months of hotel or residential cleaning experience. Must be able to lift 35 pounds "
        "and push a loaded linen cart.",
        head="Requirements",
    )
    d.clause(
        "13.",
        "Absence for 5 consecutive days without notice is abandonment. Employees may be dismissed "
        "for theft, harassment of guests or repeated failure to follow safety rules; dismissals "
        "are reported to the Department of Labor.",
        head="Termination",
    )
    d.clause("14.", K11_FILE, head="Recruitment")
    d.sec("General conditions", size=9.5)
    d.p(
        "Housekeepers wear the Inn's uniform at all times on duty. Dormitory beds are assigned "
        "by the Inn according to availability; quiet hours start at 11:00 p.m. The Inn does not "
        "hold employees' passports. Guests' incidental charges are handled by the front desk, not "
        "by housekeeping staff. "
        + K11_BLACK
        + " This job order is subject to the H-2B regulations at 20 CFR 655.",
        size=7.5,
        lh=3.4,
    )
    d.signature_row(["For the Inn: Marcy Lindqvist, General Manager", "Employee"])
    fees = [
        fee("equipment_charge", "violation", 1, 7.5, "USD", " ".join(K11_UNIF)),
        fee("housing_charge", "review", 1, 105.0, "USD", " ".join(K11_DORM)),
        fee("recruitment_fee", "violation", 2, 325.0, "USD", K11_FILE),
        fee("blacklisting_threat", "violation", 2, None, None, K11_BLACK),
    ]
    lab = label(
        "k11.pdf",
        "h2b",
        "en",
        None,
        fees,
        ["wage_adjustment", "contract_impossibility"],
        ["Servicios Laborales Cumbre, S.C."],
        [
            "FICA and income tax rows in the pay table (lawful)",
            "fares, road meals, visa and border-crossing fees reimbursed in first week",
            "supplies without charge (uniform rental is charged separately)",
            "'Guests' incidental charges are handled by the front desk' (not a worker cost)",
            "Inn does not hold passports; quiet hours are not a curfew",
            "'No worker ... is exempt from the $325 file-handling charge' is a fee despite 'No'",
        ],
        "job_order",
        "numbered clauses with headings; gridded estimated-pay table with deductions buried as rows; small-print general conditions; header band and footer",
    )
    return d, lab


# --------------------------------------------------------------------------- k12
K12_PEN_EN = (
    "If you resign before completing six months, you must pay the agency compensation of L 20,000."
)
K12_PEN_ES = (
    "Si usted renuncia antes de cumplir seis meses, deberá pagar a la agencia una compensación de "
    "L 20,000."
)
K12_CURF_EN = (
    "Residents of the company bunkhouse must be inside by 10:00 p.m. and may not spend a night "
    "away without the supervisor's written permission."
)
K12_CURF_ES = (
    "Quienes viven en la casa de la empresa deben estar adentro a las 10:00 p.m. y no pueden "
    "pasar una noche fuera sin permiso escrito del supervisor."
)
K12_PASS_EN = (
    "On arrival you hand your passport to the plant's human resources office, which returns it "
    "when your contract ends."
)
K12_PASS_ES = (
    "Al llegar, usted entrega su pasaporte a la oficina de personal de la planta, que se lo "
    "devuelve cuando termina su contrato."
)


def k12():
    """Generic (Honduras to Canada) bilingual Q&A: resignation penalty, curfew, passport."""
    d = Doc(
        fmt="A4",
        footer_text="Enlaces Laborales Lenca, S. de R.L. \u00b7 Prairie Gold Meats Ltd. \u00b7 Worker information sheet / Hoja informativa",
        margin=17,
    )
    d.add_page()
    d.ttl(
        "Your job in Canada: questions and answers\nSu trabajo en Canadá: preguntas y respuestas",
        size=13,
    )
    d.p(
        "Worker / Trabajador: José Adán Mejía Orellana, Identity card / Identidad 0501-1994-03318, "
        "San Pedro Sula, Cortés, Honduras",
        size=9,
        style="B",
        space=3,
    )
    qa = [
        (
            "Who is my employer? / ¿Quién es mi empleador?",
            "Prairie Gold Meats Ltd., 4402 50 Avenue, Brooks, Alberta T1R 1C7, Canada. You were "
            "selected by Enlaces Laborales Lenca, S. de R.L., Barrio Guamilito, San Pedro Sula.",
            "Prairie Gold Meats Ltd., 4402 50 Avenue, Brooks, Alberta T1R 1C7, Canadá. A usted lo "
            "seleccionó Enlaces Laborales Lenca, S. de R.L., Barrio Guamilito, San Pedro Sula.",
        ),
        (
            "What will I do? / ¿Qué voy a hacer?",
            "Meat cutter and trimmer on the beef processing line: cut primals, trim fat, bag and "
            "box cuts, clean knives and the line. Place of work: the plant in Brooks, Alberta.",
            "Cortador y limpiador de carne en la línea de res: cortar piezas, quitar grasa, "
            "embolsar y encajar cortes, limpiar cuchillos y la línea. Lugar de trabajo: la planta "
            "de Brooks, Alberta.",
        ),
        (
            "For how long, and what hours? / ¿Por cuánto tiempo y en qué horario?",
            "From 1 June 2026 to 31 May 2028. 40 hours a week, Monday to Friday, 6:00 to 14:30.",
            "Del 1 de junio de 2026 al 31 de mayo de 2028. 40 horas por semana, de lunes a "
            "viernes, de 6:00 a 14:30.",
        ),
        (
            "How much will I earn? / ¿Cuánto voy a ganar?",
            "CAD 19.25 per hour; overtime after 44 hours a week at 1.5 times.",
            "CAD 19.25 por hora; tiempo extra después de 44 horas por semana a 1.5 veces.",
        ),
        (
            "What is taken from my pay? / ¿Qué me descuentan?",
            "Only statutory deductions: Canadian income tax, Canada Pension Plan and Employment "
            "Insurance contributions.",
            "Solo los descuentos de ley: impuesto sobre la renta de Canadá y las contribuciones al "
            "Plan de Pensiones de Canadá y al Seguro de Empleo.",
        ),
        (
            "Who pays my flight and permit? / ¿Quién paga mi vuelo y mi permiso?",
            "The employer pays your flight to Calgary, the shuttle to Brooks and the work permit "
            "fee. The agency's fee is paid by the employer; you pay no recruitment fee.",
            "El empleador paga su vuelo a Calgary, el traslado a Brooks y el permiso de trabajo. "
            "La comisión de la agencia la paga el empleador; usted no paga cuota de reclutamiento.",
        ),
        (
            "Where will I live? / ¿Dónde voy a vivir?",
            "In the company bunkhouse at 310 2 Street West, Brooks, free of charge. " + K12_CURF_EN,
            "En la casa de la empresa en 310 2 Street West, Brooks, sin costo. " + K12_CURF_ES,
        ),
        (
            "What about my passport? / ¿Y mi pasaporte?",
            K12_PASS_EN,
            K12_PASS_ES,
        ),
        (
            "Do I get equipment? / ¿Me dan equipo?",
            "Knives, mesh gloves, steel-toe boots, frocks and hard hats are provided free.",
            "Cuchillos, guantes de malla, botas de casquillo, batas y cascos se dan gratis.",
        ),
        (
            "Can I leave the job? / ¿Puedo dejar el trabajo?",
            "The employer may dismiss you only for just cause, such as theft or violence, after a "
            "written warning. " + K12_PEN_EN,
            "El empleador solo puede despedirlo por causa justa, como robo o violencia, después de "
            "una advertencia por escrito. " + K12_PEN_ES,
        ),
    ]
    for q, en, es in qa:
        if d.will_page_break(34):
            d.add_page()
        d.sec(q, size=10, space_before=1.5, fill=(230, 236, 224))
        d.p(en, size=9.5, space=0.8, indent=3)
        d.p(es, size=9.5, style="I", space=1.6, indent=3)
    d.signature_row(["Agency / Agencia", "Worker / Trabajador: José Adán Mejía Orellana"])
    fees = [
        fee("movement_restriction", "violation", 1, None, None, K12_CURF_EN, group=1),
        fee("movement_restriction", "violation", 1, None, None, K12_CURF_ES, group=1),
        fee("document_retention", "violation", 1, None, None, K12_PASS_EN, group=2),
        fee("document_retention", "violation", 1, None, None, K12_PASS_ES, group=2),
        fee("breach_penalty", "violation", 2, 20000.0, "HNL", K12_PEN_EN, group=3),
        fee("breach_penalty", "violation", 2, 20000.0, "HNL", K12_PEN_ES, group=3),
    ]
    lab = label(
        "k12.pdf",
        "generic",
        "en+es",
        None,
        fees,
        ["pay_frequency", "return_transportation"],
        ["Enlaces Laborales Lenca, S. de R.L."],
        [
            "statutory income tax, CPP and EI deductions (not insurance_cost)",
            "employer pays inbound flight, shuttle and work permit; agency fee paid by employer",
            "free bunkhouse (curfew in the same answer is the finding)",
            "equipment free",
            "only the inbound flight is mentioned; no return trip, no pay frequency",
        ],
        "worker_info_sheet",
        "A4; bilingual Q&A: shaded question bar, English answer then Spanish italic answer; footer repeated",
    )
    return d, lab
