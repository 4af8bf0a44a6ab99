"""Document specs for held-out batch "t". Fictional names; text written for this batch.

Each spec: blocks (rendered by build.py), fees (quote must appear verbatim on the labelled page),
missing_terms, recruiters, traps. Severity is derived in build.py from the taxonomy.
"""


def F(category, page, quote, amount=None, currency=None, group=None):
    d = {"category": category, "page": page, "quote": quote, "amount": amount, "currency": currency}
    if group is not None:
        d["group"] = group
    return d


DOCS = []

# ---------------------------------------------------------------- t01
# generic, Nepal -> Qatar, recruiting agency service agreement, numbered clauses, 2 pages
t01_fee = (
    "The Worker agrees to pay the Agency a service charge of NPR 85,000 (Rupees Eighty-Five "
    "Thousand only) on the day this Agreement is signed."
)
t01_med = (
    "The pre-departure medical examination at an approved clinic and the three-day orientation "
    "course are arranged by the Agency and paid for by the Worker."
)
t01_pass = (
    "The Worker's passport shall remain in the custody of the Agency until departure and shall "
    "then be handed to the Employer's camp office for safekeeping for the whole contract period."
)
t01_meal = "Meals at the camp mess are charged at QAR 250 per month and deducted from the salary."
DOCS.append(
    {
        "file": "t01.pdf",
        "program": "generic",
        "language": "en",
        "format": "A4",
        "font": "serif",
        "size": 10,
        "header": {
            "text": "HIMAL SHIKHAR MANPOWER PVT. LTD.",
            "sub": "Govt. Licence No. 1187/069/70  -  Samakhusi, Kathmandu, Nepal  -  Tel. 01-4350981",
        },
        "footer": "Service Agreement HSM/QA/2025/0412  -  Page {p} of {n}  -  Worker's initials: ______",
        "blocks": [
            ("title", "SERVICE AGREEMENT"),
            ("sub", "between the Recruiting Agency and the Worker for foreign employment in Qatar"),
            (
                "p",
                "This Agreement is made at Kathmandu on 14 October 2025 between HIMAL SHIKHAR MANPOWER "
                'PVT. LTD. (the "Agency") and Mr. Dil Bahadur Thapa Magar, son of Mr. Hari Bahadur '
                "Thapa Magar, resident of Gorkha Municipality-4, Gorkha, holder of Nepali passport no. "
                'PA4471926 (the "Worker"), for employment with the Employer named below.',
            ),
            ("h", "Part A - The job"),
            (
                "clause",
                "1.",
                "Employer: Al Wakrah Facility Services W.L.L., Building 31, Street 940, Zone 91, "
                "P.O. Box 22871, Al Wakrah, State of Qatar (demand letter no. AWFS/DL/88 attested by the "
                "Embassy of Nepal, Doha).",
            ),
            (
                "clause",
                "2.",
                "Position: Cleaner (Facility Attendant). Duties: cleaning offices, lobbies and washrooms, "
                "emptying waste bins, mopping and polishing floors, and reporting broken fittings to the "
                "supervisor.",
            ),
            (
                "clause",
                "3.",
                "Place of work: office towers managed by the Employer in Lusail City and West Bay, Doha. "
                "Workers are lodged at the Employer's labour camp in Birkat Al Awamer.",
            ),
            (
                "clause",
                "4.",
                "Period: two years, from 1 December 2025 to 30 November 2027, with a probation of three "
                "months.",
            ),
            (
                "clause",
                "5.",
                "Working hours: 8 hours a day, 6 days a week (48 hours), with Friday as the weekly rest "
                "day. Overtime is paid at 125% of the basic hourly wage.",
            ),
            (
                "clause",
                "6.",
                "Salary: basic salary QAR 1,000 (one thousand Qatari riyals) per month, paid monthly "
                "into the Worker's bank account through the Wage Protection System, not later than the "
                "7th day of the following month.",
            ),
            ("clause", "7.", t01_meal),
            (
                "clause",
                "8.",
                "Deductions from salary: the mess charge in clause 7 only. No other amount may be "
                "deducted without the Worker's written consent.",
            ),
            (
                "clause",
                "9.",
                "The entry visa, Qatar residence permit and the air ticket from Kathmandu to Doha are "
                "provided free of cost by the Employer under the free-visa, free-ticket policy of the "
                "Government of Nepal.",
            ),
            ("newpage",),
            ("h", "Part B - Obligations of the Worker towards the Agency"),
            ("clause", "10.", t01_fee),
            ("clause", "11.", t01_med),
            ("clause", "12.", t01_pass),
            (
                "clause",
                "13.",
                "The Worker shall deposit with the Agency certified copies of his citizenship certificate "
                "and educational documents for the labour permit file. Originals are returned the same day.",
            ),
            (
                "clause",
                "14.",
                "The Worker shall attend the Foreign Employment Welfare Fund counter in person to obtain "
                "the labour permit sticker before departure.",
            ),
            ("h", "Part C - General"),
            (
                "clause",
                "15.",
                "The Agency shall assist the Worker and his family in any dispute with the Employer and "
                "shall keep a copy of this Agreement for five years.",
            ),
            (
                "clause",
                "16.",
                "This Agreement is written in English and has been read out and explained to the Worker "
                "in Nepali before signature.",
            ),
            ("sig", ["For the Agency (Managing Director, seal)", "Worker", "Witness"]),
        ],
        "fees": [
            F("meal_charge", 1, t01_meal, 250.0, "QAR"),
            F("recruitment_fee", 2, t01_fee, 85000.0, "NPR"),
            F("medical_cost", 2, t01_med),
            F("training_cost", 2, t01_med),
            F("document_retention", 2, t01_pass),
        ],
        "missing_terms": ["return_transportation", "termination"],
        "recruiters": ["HIMAL SHIKHAR MANPOWER PVT. LTD."],
        "traps": [
            "visa, residence permit and outbound ticket free under free-visa free-ticket policy",
            "'deposit certified copies' of documents (originals returned) is not a deposit or retention",
            "Welfare Fund counter visit is not a payment",
            "one sentence carries two findings (medical + orientation course)",
            "overtime rate stated although not required for generic",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4 serif; numbered clauses in parts; letterhead header and initials footer repeated on each page; signature lines",
    }
)

# ---------------------------------------------------------------- t02
# generic, Jamaica -> Canada (Alberta), compliant employment contract, terms grid + clauses
DOCS.append(
    {
        "file": "t02.pdf",
        "program": "generic",
        "language": "en",
        "format": "Letter",
        "font": "sans",
        "size": 9.5,
        "header": {
            "kind": "band",
            "text": "Lakeview Lodge Hospitality Inc.",
            "right": "Employment Contract - Temporary Foreign Worker",
            "rgb": (28, 92, 84),
        },
        "footer": "LLH-TFW-2026-017  |  page {p}/{n}",
        "blocks": [
            ("title", "Employment Contract"),
            (
                "p",
                "This contract is made between the employer and the worker named below for temporary "
                "employment in Canada under an approved Labour Market Impact Assessment (LMIA).",
            ),
            (
                "table",
                [
                    ["Item", "Agreed terms"],
                    [
                        "Employer",
                        "Lakeview Lodge Hospitality Inc., 410 Spray Avenue, Canmore, Alberta T1W 2X9, Canada",
                    ],
                    [
                        "Worker",
                        "Ms. Kerry-Ann Brown, 12 Bourkes Road, Spanish Town, St. Catherine, Jamaica",
                    ],
                    ["Position", "Room Attendant (NOC 65310)"],
                    [
                        "Duties",
                        "Cleaning guest rooms and corridors, changing linen, restocking amenities, reporting maintenance issues to the supervisor",
                    ],
                    ["Place of work", "Lakeview Lodge, 410 Spray Avenue, Canmore, Alberta"],
                    ["Period", "15 May 2026 to 14 May 2027"],
                    [
                        "Hours",
                        "40 hours per week: five 8-hour shifts between 7:00 a.m. and 4:00 p.m.",
                    ],
                    ["Wage", "CAD 19.25 per hour; overtime at 1.5 times after 44 hours in a week"],
                    ["Pay", "Every second Friday (bi-weekly), by direct deposit"],
                    [
                        "Deductions",
                        "Only those required by law: income tax, Canada Pension Plan (CPP) and Employment Insurance (EI) contributions",
                    ],
                    [
                        "Accommodation",
                        "Shared room in the staff residence at no charge to the worker",
                    ],
                ],
                {"widths": (30, 140), "grid": True, "head": True, "size": 9},
            ),
            ("h", "1. Travel"),
            (
                "p",
                "The Employer pays the economy airfare from Kingston to Calgary at the start of the "
                "contract and from Calgary to Kingston at the end of the contract, and the shuttle "
                "between Calgary airport and Canmore. These costs are never recovered from the worker.",
            ),
            ("h", "2. Recruitment and permits"),
            (
                "p",
                "The worker was recruited with the help of Island Talent Partners Ltd., Kingston, whose "
                "fees are paid entirely by the Employer. No recruitment fee has been or will be charged "
                "to the worker by the Employer or by Island Talent Partners Ltd. The Employer paid the "
                "LMIA processing fee of CAD 1,000 and will not recover it from the worker.",
            ),
            ("newpage",),
            ("h", "3. Work clothing and supplies"),
            (
                "p",
                "Uniforms, gloves and all cleaning supplies are provided and laundered by the Employer "
                "free of charge. Room attendants do not handle guests' deposits and do not collect fees "
                "from customers; payments are taken at the front desk.",
            ),
            ("h", "4. Health and safety"),
            (
                "p",
                "The Employer registers the worker with the Alberta Workers' Compensation Board from the "
                "first day of work and pays the full premium. Until the worker is covered by the Alberta "
                "Health Care Insurance Plan, the Employer buys private medical coverage for her at its "
                "own cost.",
            ),
            ("h", "5. Documents and freedom"),
            (
                "p",
                "The worker keeps her own passport, work permit and bank card at all times. She may "
                "leave the staff residence freely outside working hours and may receive visitors in the "
                "common lounge.",
            ),
            ("h", "6. Ending the contract"),
            (
                "p",
                "Either party may end this contract by giving two weeks' written notice. The Employer "
                "may dismiss the worker without notice only for just cause, such as theft or violence at "
                "work, as provided by the Alberta Employment Standards Code. In every case of early "
                "ending, the Employer still pays the flight home to Kingston.",
            ),
            ("h", "7. Complaints"),
            (
                "p",
                "The worker may contact the Alberta Employment Standards office or the Migrant Worker "
                "Support line at any time. Raising a complaint will never affect her current job or any "
                "future offer.",
            ),
            ("sig", ["Employer (General Manager)", "Worker: Kerry-Ann Brown", "Date"]),
        ],
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Island Talent Partners Ltd."],
        "traps": [
            "LMIA fee of CAD 1,000 paid by employer, not recovered",
            "no recruitment fee by employer or agency",
            "free staff residence",
            "'do not handle guests' deposits or collect fees from customers' is a job description",
            "statutory deductions CPP/EI (not insurance_cost)",
            "employer pays WCB premium and private medical coverage",
            "worker keeps passport; free to leave residence",
            "return flight paid even on early ending",
        ],
        "doc_type": "work_contract",
        "layout": "Letter; colored header band repeated; gridded two-column terms table; numbered headed sections; signature lines",
    }
)

# ---------------------------------------------------------------- t03
# h2b, Honduras -> North Carolina landscaping, Q&A
t03_visa = "The $205 consular fee is yours to pay and it is not paid back."
t03_tools = (
    "Boots, gloves and a hedge-trimmer kit are issued against a $120 deposit taken out of your "
    "first paycheck."
)
t03_pen1 = "If you leave before August 31, the company will deduct its hiring costs from your last paycheck."
t03_pen2 = "Those hiring costs are fixed at $600 per worker."
DOCS.append(
    {
        "file": "t03.pdf",
        "program": "h2b",
        "language": "en",
        "format": "Letter",
        "font": "noto",
        "size": 10,
        "header": {
            "text": "Piedmont Greenscapes LLC - H-2B Season 2026",
            "sub": "2219 Old Salisbury Road, Winston-Salem, NC 27127  -  (336) 555-0148",
        },
        "footer": "Questions? Ask Agencia Laboral Copán in San Pedro Sula or the office in Winston-Salem.  Page {p}",
        "blocks": [
            ("title", "Your Job Offer in Questions and Answers"),
            (
                "table",
                [
                    ["Employer", "Position", "Season", "Pay"],
                    [
                        "Piedmont Greenscapes LLC, 2219 Old Salisbury Road, Winston-Salem, NC 27127",
                        "Landscape Laborer (SOC 37-3011)",
                        "April 1, 2026 to November 30, 2026",
                        "$17.85 per hour, paid weekly",
                    ],
                ],
                {"widths": (55, 40, 40, 35), "grid": True, "size": 8.5},
            ),
            (
                "qa",
                "Q: Who recruits for this job?",
                "A: Agencia Laboral Copán, Barrio Guamilito, San Pedro Sula, Honduras, recruits on our "
                "behalf.",
            ),
            (
                "qa",
                "Q: What will I do, and where?",
                "A: Mowing, planting shrubs and trees, spreading mulch, trimming hedges, and loading and "
                "unloading trailers at residential and commercial sites in Forsyth and Guilford Counties, "
                "North Carolina. Yard waste is deposited at the county compost site at the end of each day.",
            ),
            (
                "qa",
                "Q: What are the requirements?",
                "A: Three months of experience in landscaping or farm work, and the ability to lift 50 "
                "pounds.",
            ),
            (
                "qa",
                "Q: How many hours will I work?",
                "A: 40 hours per week, Monday to Friday, from 7:00 a.m. to 3:30 p.m. with a 30-minute "
                "lunch.",
            ),
            (
                "qa",
                "Q: What if the minimum or prevailing wage goes up?",
                "A: If a higher prevailing or minimum wage takes effect during the season, you will be "
                "paid the higher rate from that date. Overtime after 40 hours in a week is paid at "
                "$26.78 per hour.",
            ),
            (
                "qa",
                "Q: When and how am I paid?",
                "A: Every Friday. Each paycheck comes with a statement showing your hours, your rate and "
                "every deduction. Deductions: Social Security and Medicare (FICA), federal and state "
                "income tax, and the equipment deposit described below.",
            ),
            ("qa", "Q: Who pays for the visa?", "A: " + t03_visa),
            (
                "qa",
                "Q: How do I get to North Carolina?",
                "A: Your bus fare from San Pedro Sula to Winston-Salem and your meals on the road are "
                "reimbursed with your first paycheck. If you finish the season, the company pays your bus "
                "ticket home.",
            ),
            ("newpage",),
            ("qa", "Q: Do I need my own tools?", "A: " + t03_tools),
            (
                "qa",
                "Q: What happens if I leave early?",
                "A: "
                + t03_pen1
                + " "
                + t03_pen2
                + " If you abandon the job (5 working days in a row "
                "without telling your supervisor) or are fired for cause, the company does not pay your "
                "trip home.",
            ),
            (
                "qa",
                "Q: Does Agencia Laboral Copán charge me anything?",
                "A: The agency is paid by Piedmont Greenscapes. Its staff must not ask you for money for "
                "placing you in this job.",
            ),
            ("sig", ["Worker's name and signature", "For Piedmont Greenscapes LLC"]),
        ],
        "fees": [
            F("visa_cost", 1, t03_visa, 205.0, "USD"),
            F("equipment_charge", 2, t03_tools, 120.0, "USD"),
            F("breach_penalty", 2, t03_pen1, 600.0, "USD", group=1),
            F("breach_penalty", 2, t03_pen2, 600.0, "USD", group=1),
        ],
        "missing_terms": [
            "three_fourths_guarantee",
            "visa_reimbursement",
            "tools_provided",
            "contract_impossibility",
        ],
        "recruiters": ["Agencia Laboral Copán"],
        "traps": [
            "'yard waste is deposited at the county compost site' is a job duty",
            "inbound bus and meals reimbursed with first paycheck",
            "FICA and income tax deductions required by law",
            "agency paid by employer, must not ask for money",
            "return bus paid if season finished",
        ],
        "doc_type": "job_offer_qa",
        "layout": "Q&A; gridded 4-column summary table at top; header with address and footer repeated on each page",
    }
)

# ---------------------------------------------------------------- t04
# generic, Guatemala -> Quebec farm work, Spanish agency agreement, terms grid + fingerprint box
t04_fee = (
    "LA PERSONA TRABAJADORA entregará a LA AGENCIA la cantidad de seis mil quetzales (Q6,000.00) "
    "por la gestión de su expediente, en dos pagos antes de viajar."
)
t04_debt = (
    "Si no cuenta con el dinero, el señor Efraín Tzoc, primo del gerente de LA AGENCIA, le hará un "
    "préstamo que se cobrará con descuentos a su salario en Canadá, más un interés del 5 % mensual."
)
t04_ret = (
    "LA EMPRESA retendrá el diez por ciento de cada pago y lo entregará a LA PERSONA TRABAJADORA "
    "al terminar la temporada."
)
DOCS.append(
    {
        "file": "t04.pdf",
        "program": "generic",
        "language": "es",
        "format": "Letter",
        "font": "sans",
        "size": 10,
        "header": {
            "text": "SERVICIOS DE EMPLEO INTERNACIONAL XELAJÚ, S.A.",
            "sub": "4a. calle 12-31 zona 1, Quetzaltenango, Guatemala  -  Tel. 7761-2290",
        },
        "footer": "Convenio SEIX-CA-2026-093  -  hoja {p} de {n}",
        "blocks": [
            ("title", "CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN"),
            (
                "p",
                "En la ciudad de Quetzaltenango, el 22 de enero de 2026, comparecen SERVICIOS DE EMPLEO "
                "INTERNACIONAL XELAJÚ, S.A. (en adelante LA AGENCIA) y la señora Marta Lidia Choc Caal, "
                "con DPI 2458 71930 1601, vecina de San Juan Chamelco, Alta Verapaz (en adelante LA "
                "PERSONA TRABAJADORA), quienes celebran el presente convenio para un empleo temporal en "
                "Canadá con la empresa que se indica (en adelante LA EMPRESA).",
            ),
            (
                "table",
                [
                    ["Concepto", "Condición"],
                    [
                        "Empresa",
                        "Ferme Maraîchère Beaulieu Inc., 1250 rang Saint-Paul, Sherrington, Québec J0L 2N0, Canadá",
                    ],
                    [
                        "Puesto",
                        "Trabajadora agrícola: cosecha, limpieza y empaque de brócoli y lechuga",
                    ],
                    ["Lugar", "Campos y empacadora de la finca, Sherrington, Québec"],
                    ["Temporada", "Del 20 de abril de 2026 al 30 de octubre de 2026"],
                    ["Jornada", "50 horas por semana, de lunes a sábado, de 6:00 a 15:30"],
                    ["Salario", "CAD 16.10 por hora"],
                    [
                        "Descuentos",
                        "Impuestos federales y provinciales, Régimen de Rentas de Québec (RRQ) y seguro de empleo",
                    ],
                    ["Vivienda", "Gratuita, en la casa de trabajadores de la finca"],
                ],
                {"widths": (32, 138), "grid": True, "size": 9},
            ),
            ("h", "Obligaciones de LA AGENCIA"),
            (
                "clause",
                "1.",
                "LA AGENCIA tramitará la oferta de empleo, la cita biométrica y el permiso de trabajo. El "
                "permiso de trabajo y el boleto aéreo de ida a Montreal los paga LA EMPRESA.",
            ),
            (
                "clause",
                "2.",
                "LA AGENCIA entregará a LA PERSONA TRABAJADORA una copia de este convenio y del contrato "
                "de trabajo antes de la salida.",
            ),
            ("h", "Obligaciones de LA PERSONA TRABAJADORA"),
            ("clause", "3.", t04_fee),
            ("newpage",),
            ("clause", "4.", t04_debt),
            ("clause", "5.", t04_ret),
            (
                "clause",
                "6.",
                "LA PERSONA TRABAJADORA conservará en todo momento su pasaporte y su DPI. Podrá presentar "
                "quejas ante el Ministerio de Trabajo sin que ello afecte su selección en futuras "
                "temporadas.",
            ),
            (
                "clause",
                "7.",
                "LA EMPRESA podrá dar por terminado el contrato antes de tiempo solo por causa justificada "
                "(robo, violencia o tres ausencias seguidas sin aviso) o si LA PERSONA TRABAJADORA "
                "abandona el empleo; cualquiera de las partes puede terminarlo con dos semanas de aviso "
                "por escrito.",
            ),
            (
                "clause",
                "8.",
                "LA PERSONA TRABAJADORA se presentará en la terminal de autobuses de Quetzaltenango el día "
                "que LA AGENCIA le indique, con su equipaje y sus documentos.",
            ),
            ("sig", ["Por LA AGENCIA", "LA PERSONA TRABAJADORA", "Testigo"], "Huella digital"),
        ],
        "fees": [
            F("recruitment_fee", 1, t04_fee, 6000.0, "GTQ"),
            F("debt_bondage", 2, t04_debt),
            F("wage_withholding", 2, t04_ret),
        ],
        "missing_terms": ["pay_frequency", "return_transportation"],
        "recruiters": ["SERVICIOS DE EMPLEO INTERNACIONAL XELAJÚ, S.A."],
        "traps": [
            "work permit and outbound ticket paid by employer",
            "free housing",
            "statutory deductions incl. 'seguro de empleo' (not insurance_cost)",
            "worker keeps passport and DPI; complaints do not affect selection",
            "lender is the agency manager's cousin (third party), not listed as recruiter",
            "'Salario: CAD 16.10 por hora' gives a rate but no pay frequency",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column; letterhead header repeated; gridded terms table; numbered clauses; signature lines with fingerprint box",
    }
)

# ---------------------------------------------------------------- t05
# h2b, Honduras -> Maryland crab picking, COMPLIANT, bilingual EN | ES borderless table
t05_rows = [
    [
        "Employer: Chesapeake Blue Seafood Co., 118 Wharf Street, Crisfield, Maryland 21817.",
        "Empleador: Chesapeake Blue Seafood Co., 118 Wharf Street, Crisfield, Maryland 21817.",
    ],
    [
        "Position: Crab Meat Picker. Duties: picking cooked blue crab meat by hand, sorting it by "
        "grade and cleaning the picking tables. Pickers deposit their filled containers at the "
        "weighing station, where each pound is recorded.",
        "Puesto: Picadora de carne de cangrejo. Tareas: sacar a mano la carne del cangrejo azul "
        "cocido, clasificarla por calidad y limpiar las mesas. Las picadoras depositan sus envases "
        "llenos en la báscula, donde se anota cada libra.",
    ],
    [
        "Requirements: 18 years or older and able to stand for six hours. No experience needed.",
        "Requisitos: tener 18 años o más y poder estar de pie seis horas. No se necesita experiencia.",
    ],
    [
        "Place of work: the company's picking house at 118 Wharf Street, Crisfield, Maryland.",
        "Lugar de trabajo: la planta de la empresa en 118 Wharf Street, Crisfield, Maryland.",
    ],
    [
        "Employment period: April 15, 2026 to November 15, 2026.",
        "Periodo de empleo: del 15 de abril al 15 de noviembre de 2026.",
    ],
    [
        "Hours: 35 hours per week, Monday to Saturday, usually 6:00 a.m. to 12:00 noon.",
        "Horario: 35 horas por semana, de lunes a sábado, normalmente de 6:00 a 12:00.",
    ],
    [
        "Pay: $16.75 per hour, or $4.25 per pound of picked meat when that gives you more for the "
        "week. If a higher prevailing wage or minimum wage applies during the season, we pay the "
        "highest one.",
        "Pago: $16.75 por hora, o $4.25 por libra de carne cuando eso le da más en la semana. Si "
        "durante la temporada se aplica un salario prevaleciente o mínimo más alto, pagamos el más "
        "alto.",
    ],
    [
        "Overtime: hours over 40 in a week are paid at $25.13 per hour.",
        "Horas extra: las horas después de 40 en una semana se pagan a $25.13 por hora.",
    ],
    [
        "Payday: every Friday (weekly). Each payday you receive a statement with your hours, pounds, "
        "rate, earnings and deductions.",
        "Día de pago: cada viernes (semanal). Cada día de pago recibe un talón con sus horas, libras, "
        "tarifa, ganancias y descuentos.",
    ],
    [
        "Deductions: only those required by law, FICA (Social Security and Medicare) and federal and "
        "Maryland income tax.",
        "Descuentos: solo los que exige la ley, FICA (Seguro Social y Medicare) e impuestos federales "
        "y de Maryland.",
    ],
    [
        "Guarantee: we offer you work for at least three-fourths (3/4) of the workdays of each "
        "12-week period of the season, or we pay you the difference.",
        "Garantía: le ofrecemos trabajo por lo menos tres cuartas partes (3/4) de los días laborables "
        "de cada periodo de 12 semanas, o le pagamos la diferencia.",
    ],
    [
        "Travel to the job: your airfare from San Pedro Sula to Baltimore, the bus to Crisfield and "
        "$16.00 per day for meals on the way are reimbursed in your first workweek.",
        "Viaje al trabajo: el boleto de avión de San Pedro Sula a Baltimore, el autobús a Crisfield y "
        "$16.00 diarios de comida en el camino se le reembolsan en su primera semana.",
    ],
    [
        "Visa: the company pays your visa fee and consular appointment fee in full, reimbursing them "
        "in your first workweek.",
        "Visa: la empresa paga completos el costo de la visa y de la cita consular, y se los "
        "reembolsa en su primera semana.",
    ],
    [
        "Return trip: if you complete the season, or if we end your job early for business reasons, "
        "we pay your travel back to San Pedro Sula.",
        "Regreso: si termina la temporada, o si terminamos su empleo antes por razones de la empresa, "
        "pagamos su viaje de regreso a San Pedro Sula.",
    ],
    [
        "Tools: knives, gloves, aprons and hairnets are provided free. No deposit is required.",
        "Herramientas: cuchillos, guantes, delantales y redes para el pelo son gratis. No se pide "
        "depósito.",
    ],
    [
        "Housing: a free room in the company bunkhouse on Somers Cove Road, half a mile from work.",
        "Vivienda: un cuarto gratis en la casa de la empresa en Somers Cove Road, a media milla del "
        "trabajo.",
    ],
    [
        "Leaving the job: if you miss 5 working days in a row without permission you have abandoned "
        "the job. We may also dismiss you for cause, such as theft or fighting. In those cases we do "
        "not pay the return trip.",
        "Dejar el trabajo: si falta 5 días laborables seguidos sin permiso, ha abandonado el empleo. "
        "También podemos despedirle por causa justa, como robo o peleas. En esos casos no pagamos el "
        "regreso.",
    ],
    [
        "If a storm, a fire or a closure of the crab fishery makes the work impossible, we may end "
        "the contract early; we then pay the 3/4 guarantee up to that date and your trip home.",
        "Si una tormenta, un incendio o el cierre de la pesca de cangrejo hacen imposible el trabajo, "
        "podemos terminar el contrato antes; en ese caso pagamos la garantía de 3/4 hasta esa fecha "
        "y su viaje a casa.",
    ],
    [
        "No charges: you will not be asked to pay for anything to get or keep this job. We never "
        "keep your passport.",
        "Sin cobros: no se le pedirá pagar nada para obtener o conservar este empleo. Nunca nos "
        "quedamos con su pasaporte.",
    ],
]
DOCS.append(
    {
        "file": "t05.pdf",
        "program": "h2b",
        "language": "en+es",
        "format": "Letter",
        "font": "sans",
        "size": 9,
        "margin": 15,
        "header": {
            "kind": "band",
            "text": "Chesapeake Blue Seafood Co.",
            "right": "H-2B Job Offer 2026 / Oferta de empleo H-2B 2026",
            "rgb": (20, 60, 110),
        },
        "footer": "Chesapeake Blue Seafood Co. - Crisfield, MD - {p}/{n}",
        "blocks": [
            ("title", "Job Offer / Oferta de Empleo"),
            (
                "table",
                [["ENGLISH", "ESPAÑOL"]] + t05_rows,
                {
                    "widths": (90, 90),
                    "grid": False,
                    "hlines": True,
                    "size": 8.5,
                    "fill": (235, 240, 248),
                },
            ),
            ("sig", ["Worker / Trabajador(a)", "Employer / Empleador", "Date / Fecha"]),
        ],
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'pickers deposit their filled containers at the weighing station' is a job duty",
            "visa and consular fees paid/reimbursed by employer",
            "inbound travel and subsistence reimbursed first workweek",
            "tools free, no deposit",
            "free bunkhouse room",
            "FICA and income tax deductions required by law",
            "'you will not be asked to pay for anything' (negated fee)",
            "employer never keeps passports",
            "piece rate alternative alongside hourly rate",
        ],
        "doc_type": "job_offer",
        "layout": "bilingual EN | ES side-by-side rows (borderless table with horizontal rules); colored header band repeated",
    }
)

# ---------------------------------------------------------------- t06
# generic, Indonesia -> UAE domestic work, agency cost sheet (fee schedule table + footnote)
t06_med = "Medical check-up (pre-departure) IDR 1.750.000 Candidate"
t06_trn = "Housework and Arabic language course IDR 4.000.000 Candidate"
t06_ins = "Migrant worker insurance premium IDR 370.000 Candidate"
t06_fee = "Agency service fee (salary deduction, months 1-5) AED 1,750 Candidate"
t06_pen = (
    "* A candidate who withdraws after the visa is issued shall reimburse all costs incurred by the "
    "agency plus a cancellation fee of IDR 5.000.000."
)
DOCS.append(
    {
        "file": "t06.pdf",
        "program": "generic",
        "language": "en",
        "format": "A4",
        "font": "cond",
        "size": 10,
        "header": {
            "text": "PT CAHAYA MANDIRI SEJAHTERA  -  Licensed Indonesian Migrant Worker Placement Company (P3MI)",
            "sub": "Jl. Raya Bogor Km 24 No. 7, Ciracas, Jakarta Timur 13740  -  in cooperation with Al Noor Domestic Workers Services, Dubai",
        },
        "footer": "CMS/UAE/CS-0931  -  This cost sheet forms part of the placement agreement",
        "blocks": [
            ("title", "CANDIDATE COST SHEET - UNITED ARAB EMIRATES"),
            (
                "table",
                [
                    [
                        "Candidate",
                        "Sri Wahyuni, born 12 March 1994, Kesugihan, Cilacap, Central Java",
                    ],
                    [
                        "Sponsor (employer)",
                        "Mr. Khalid Saeed Al Mansoori, Villa 14, Street 23, Al Barsha 2, Dubai, UAE",
                    ],
                    [
                        "Position",
                        "Domestic worker (housemaid): cleaning, laundry, ironing, helping with cooking",
                    ],
                    ["Workplace", "Sponsor's residence, Al Barsha 2, Dubai"],
                    ["Contract", "2 years from the date of arrival in the UAE"],
                    ["Salary", "AED 1,200 per month, paid monthly by bank transfer"],
                ],
                {"widths": (40, 130), "grid": False, "head": False, "size": 9.5},
            ),
            ("h", "Breakdown of costs"),
            (
                "table",
                [
                    ["Item", "Amount", "Paid by"],
                    ["Visa and UAE entry permit", "-", "Sponsor"],
                    ["Air ticket Jakarta - Dubai", "-", "Sponsor"],
                    ["Return air ticket at end of contract", "-", "Sponsor"],
                    ["Medical check-up (pre-departure)", "IDR 1.750.000", "Candidate"],
                    ["Housework and Arabic language course", "IDR 4.000.000", "Candidate"],
                    ["Migrant worker insurance premium", "IDR 370.000", "Candidate"],
                    ["Agency service fee (salary deduction, months 1-5)", "AED 1,750", "Candidate"],
                    ["Food and accommodation in the sponsor's house", "-", "Sponsor (free)"],
                ],
                {"widths": (95, 40, 35), "grid": True, "size": 9.5},
            ),
            (
                "p",
                "Salary deductions: the agency service fee above, AED 350 per month for the first five "
                "months. No other deductions.",
            ),
            (
                "p",
                "Passport: kept by the candidate. The agency keeps only a photocopy for the file.",
            ),
            (
                "p",
                "The candidate declares that the costs above were explained to her in Bahasa Indonesia.",
            ),
            ("sig", ["Candidate", "Branch officer, PT Cahaya Mandiri Sejahtera"]),
            ("small", t06_pen),
        ],
        "fees": [
            F("medical_cost", 1, t06_med, 1750000.0, "IDR"),
            F("training_cost", 1, t06_trn, 4000000.0, "IDR"),
            F("insurance_cost", 1, t06_ins, 370000.0, "IDR"),
            F("recruitment_fee", 1, t06_fee, 1750.0, "AED"),
            F("breach_penalty", 1, t06_pen, 5000000.0, "IDR"),
        ],
        "missing_terms": ["employment_period", "hours_of_work", "termination"],
        "recruiters": ["PT CAHAYA MANDIRI SEJAHTERA", "Al Noor Domestic Workers Services"],
        "traps": [
            "visa, outbound and return tickets paid by sponsor (rows with '-')",
            "free food and accommodation row",
            "passport kept by candidate; only photocopy kept",
            "Indonesian thousands separator with dots (IDR 1.750.000)",
            "'2 years from the date of arrival' has no concrete start/end dates",
        ],
        "doc_type": "cost_sheet",
        "layout": "A4 condensed font; borderless key-value table; gridded fee schedule table; footnote in small print at the bottom",
    }
)

# ---------------------------------------------------------------- t07
# generic, Jamaica -> Toronto hotel kitchen, recruiter letter
t07_bond = (
    "Before your interview with the employer we require a refundable security bond of JMD 150,000, "
    "which will be returned to you when you complete your two-year contract."
)
t07_fly = (
    "The cost of your flight from Kingston to Toronto is to be repaid by you to our office in three "
    "equal monthly instalments after you start work."
)
t07_black = (
    "Please note that candidates who complain to the Ministry of Labour or to the employer about "
    "their conditions will be placed on our no-rehire list and their details shared with our "
    "partner agencies."
)
DOCS.append(
    {
        "file": "t07.pdf",
        "program": "generic",
        "language": "en",
        "format": "Letter",
        "font": "serif",
        "size": 10,
        "margin": 25,
        "header": {
            "text": "BLUE MOUNTAIN STAFFING SOLUTIONS LTD.",
            "sub": "22 Hope Road, Kingston 10, Jamaica W.I.  |  placements@bluemountainstaffing.example  |  (876) 555-0192",
            "align": "L",
        },
        "blocks": [
            ("p", "3 November 2025"),
            (
                "p",
                "Mr. Andre Campbell\n7 Ellerslie Close\nMay Pen, Clarendon",
            ),
            ("pb", "Re: Offer of employment - Line Cook, Toronto, Canada"),
            ("p", "Dear Mr. Campbell,"),
            (
                "p",
                "We are pleased to inform you that you have been shortlisted by our client, Harbourfront "
                "Suites Ltd., 55 Queens Quay West, Toronto, Ontario M5J 2N4, for the position of Line Cook "
                "in its hotel restaurant at that address. Your duties will include preparing breakfast "
                "and banquet dishes, grilling and frying to order, keeping your station clean and "
                "receiving food deliveries.",
            ),
            (
                "p",
                "The contract runs from 1 June 2026 to 31 May 2028. You will earn CAD 18.50 per hour, "
                "paid bi-weekly by direct deposit. At the end of the contract the employer will pay your "
                "return flight to Kingston. Staff meals during your shifts are free.",
            ),
            (
                "p",
                "There is no charge for our placement services: the employer pays our fee. "
                + t07_bond,
            ),
            (
                "p",
                t07_fly + " Your work permit application fee is paid by Harbourfront Suites Ltd.",
            ),
            (
                "p",
                "Our partner in Canada, Maple Leaf Hospitality Recruiters Inc., will meet you at Pearson "
                "airport and take you to the staff house.",
            ),
            ("p", t07_black),
            (
                "p",
                "Kindly confirm your acceptance by signing below and returning this letter to our office "
                "with two passport photographs by 21 November 2025.",
            ),
            ("p", "Yours faithfully,\n\n\nMarcia Henry-Lewis\nPlacement Manager"),
            ("sig", ["Accepted: Andre Campbell", "Date"]),
        ],
        "fees": [
            F("deposit_or_bond", 1, t07_bond, 150000.0, "JMD"),
            F("travel_cost", 1, t07_fly),
            F("blacklisting_threat", 1, t07_black),
        ],
        "missing_terms": ["hours_of_work", "deductions", "termination"],
        "recruiters": [
            "BLUE MOUNTAIN STAFFING SOLUTIONS LTD.",
            "Maple Leaf Hospitality Recruiters Inc.",
        ],
        "traps": [
            "'no charge for our placement services: the employer pays our fee' (negated recruitment fee, next to a bond)",
            "free staff meals",
            "work permit fee paid by employer",
            "return flight paid by employer",
            "'refundable' bond is still a bond",
            "flight repaid directly to the agency (not a wage deduction, so no deductions term)",
        ],
        "doc_type": "offer_letter",
        "layout": "letter on agency letterhead (left-aligned header repeated); block paragraphs; signature lines",
    }
)

# ---------------------------------------------------------------- t08
# generic, Sri Lanka -> Oman hotel kitchen, COMPLIANT, two-column contract
DOCS.append(
    {
        "file": "t08.pdf",
        "program": "generic",
        "language": "en",
        "format": "A4",
        "font": "sans",
        "size": 9,
        "margin": 16,
        "header": {
            "text": "AL SAWADI COAST HOTEL LLC  -  CONTRACT OF EMPLOYMENT",
            "sub": "P.O. Box 1190, Postal Code 329, Barka, Sultanate of Oman  -  C.R. No. 1098334",
        },
        "footer": "Ref. ASCH/HR/LK/2026/044  -  Page {p} of {n}",
        "blocks": [
            (
                "p",
                "This contract is made on 10 November 2025 between AL SAWADI COAST HOTEL LLC, P.O. Box "
                "1190, Postal Code 329, Barka, Sultanate of Oman (the Employer) and Mr. Nuwan Chaminda "
                "Perera, NIC 198812304567, of 45/2 Temple Road, Negombo, Sri Lanka (the Worker). The "
                "Worker was selected through Serendib Global Manpower (Pvt) Ltd., SLBFE licence 2291, "
                "Colombo.",
            ),
            (
                "cols2",
                [
                    "## 1. Position and duties",
                    "The Worker is employed as Commis Cook. He prepares vegetables, sauces and staff "
                    "meals, keeps the cold room in order and cleans his kitchen station. Kitchen staff "
                    "deposit food waste in the marked bins and never handle guest payments; the cashier "
                    "collects fees from guests.",
                    "## 2. Place of work",
                    "Al Sawadi Coast Hotel, Al Sawadi Beach, Barka, Sultanate of Oman.",
                    "## 3. Duration",
                    "From 1 February 2026 to 31 January 2028 (two years), renewable by written agreement.",
                    "## 4. Working hours",
                    "8 hours a day and 48 hours a week, over six days, with Friday as a paid rest day. "
                    "Overtime is paid at 125% of the hourly wage (150% at night).",
                    "## 5. Salary",
                    "Basic salary OMR 180 per month plus a transport allowance of OMR 20 per month, paid "
                    "monthly by bank transfer not later than the 7th of the following month.",
                    "## 6. Deductions",
                    "None, except amounts ordered by an Omani court. The Worker is told in writing of any "
                    "such deduction.",
                    "## 7. Costs of recruitment",
                    "No worker is required to pay any fee to Serendib Global Manpower (Pvt) Ltd. or to "
                    "anyone else for this job. The Employer bears the visa, the labour card, the "
                    "medical examinations in Colombo and Muscat and the SLBFE registration.",
                    "## 8. Travel",
                    "The Employer provides an economy air ticket Colombo-Muscat at the start and "
                    "Muscat-Colombo at the end of the contract, and also on any early termination.",
                    "## 9. Accommodation, food and uniforms",
                    "A shared room in the staff village, three meals a day, uniforms and safety shoes "
                    "are provided free of charge.",
                    "## 10. Health",
                    "The Employer provides medical insurance at its own cost and pays for treatment of "
                    "any work injury.",
                    "## 11. Documents and movement",
                    "The Worker keeps his passport and resident card. A personal safe is provided in "
                    "each room. He is free to leave the staff village on rest days and after work.",
                    "## 12. Termination",
                    "Either party may end the contract with 30 days' written notice. The Employer may "
                    "dismiss without notice only for serious misconduct listed in the Omani Labour Law. "
                    "In every case the Employer pays the return ticket and the end-of-service gratuity "
                    "due.",
                    "## 13. Disputes",
                    "Disputes go first to the hotel's HR manager, then to the Ministry of Labour, Barka "
                    "office. The Worker may also contact the Sri Lanka Embassy in Muscat.",
                ],
            ),
            (
                "sig",
                ["For the Employer", "Worker: Nuwan Chaminda Perera", "Witness (SLBFE officer)"],
            ),
        ],
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Serendib Global Manpower (Pvt) Ltd."],
        "traps": [
            "'deposit food waste in the marked bins' and 'cashier collects fees from guests' are job text",
            "no fee to the agency or anyone else",
            "employer bears visa, labour card, medical exams, SLBFE registration",
            "free room, meals, uniforms and safety shoes",
            "employer-paid medical insurance",
            "worker keeps passport; free to leave on rest days",
            "deductions: none except court-ordered",
        ],
        "doc_type": "work_contract",
        "layout": "A4; two-column running text with bold clause headings; header and footer repeated; signature lines",
    }
)

# ---------------------------------------------------------------- t09
# h2b, Jamaica -> Colorado ski resort housekeeping, SCANNED job offer
t09_fee = (
    "No worker is exempt from the US$300 processing fee collected by our Kingston office before the "
    "embassy appointment."
)
t09_house = "Shared staff housing costs $110 per week per bed and is deducted from each paycheck."
t09_dmg = "Damage to rooms, furniture or linens in staff housing will be charged to the occupants."
DOCS.append(
    {
        "file": "t09.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": True,
        "format": "Letter",
        "font": "cond",
        "size": 9.5,
        "header": {
            "text": "SUMMIT RIDGE RESORT OPERATIONS LLC  /  CARIBBEAN PATHWAYS RECRUITMENT LTD.",
            "sub": "700 Gondola Way, Breckenridge, CO 80424  -  14 Trafalgar Road, Kingston 5, Jamaica",
        },
        "footer": "Winter 2025-26 H-2B job offer - page {p} of {n}",
        "blocks": [
            ("title", "JOB OFFER - HOUSEKEEPER (H-2B)"),
            (
                "clause",
                "1.",
                "Employer: Summit Ridge Resort Operations LLC, 700 Gondola Way, Breckenridge, Colorado "
                "80424. Recruitment in Jamaica is handled by Caribbean Pathways Recruitment Ltd.",
            ),
            (
                "clause",
                "2.",
                "Job: Housekeeper (SOC 37-2012). Cleaning guest rooms and condominiums, making beds, "
                "vacuuming, restocking carts and placing used towels in the laundry bins. Requirements: "
                "no experience needed; must be able to lift 30 pounds and work on weekends.",
            ),
            (
                "clause",
                "3.",
                "Worksite: Summit Ridge Lodge and Peak Nine Condominiums, Breckenridge, Colorado.",
            ),
            (
                "clause",
                "4.",
                "Dates of employment: November 15, 2025 to April 15, 2026. Hours: 35 hours per week, "
                "five shifts from 8:00 a.m. to 3:30 p.m.",
            ),
            (
                "clause",
                "5.",
                "Wage: $18.95 per hour, paid every two weeks. We will always pay the highest of the "
                "prevailing wage or the federal, Colorado or local minimum wage.",
            ),
            (
                "clause",
                "6.",
                "Deductions: FICA, federal and Colorado income tax, and staff housing for workers who "
                "choose it. " + t09_house,
            ),
            ("clause", "7.", t09_dmg),
            (
                "clause",
                "8.",
                "We guarantee work for at least three-fourths of the workdays in each 12-week period of "
                "the contract.",
            ),
            (
                "clause",
                "9.",
                "Your airfare from Kingston to Denver, the shuttle to Breckenridge and daily meal money "
                "for the trip are reimbursed in the first workweek, together with the visa fee. Return "
                "airfare to Kingston is paid by the employer at the end of the contract.",
            ),
            (
                "clause",
                "10.",
                "Cleaning supplies, carts, uniforms and non-slip shoes are provided at no cost.",
            ),
            ("clause", "11.", t09_fee),
            (
                "clause",
                "12.",
                "A worker who is absent for 5 consecutive days without notice is treated as having "
                "abandoned the job. Workers dismissed for cause lose the return airfare.",
            ),
            (
                "sig",
                [
                    "Worker",
                    "Summit Ridge Resort Operations LLC",
                    "Caribbean Pathways Recruitment Ltd.",
                ],
            ),
        ],
        "fees": [
            F("housing_charge", 1, t09_house, 110.0, "USD"),
            F("damage_chargeback", 1, t09_dmg),
            F("recruitment_fee", 1, t09_fee, 300.0, "USD"),
        ],
        "missing_terms": ["overtime", "earnings_statements", "contract_impossibility"],
        "recruiters": ["Caribbean Pathways Recruitment Ltd."],
        "traps": [
            "'No worker is exempt from the US$300 processing fee' is an affirmative fee (double negation)",
            "'placing used towels in the laundry bins' is a job duty",
            "inbound airfare, meals and visa fee reimbursed first workweek",
            "return airfare paid",
            "supplies and uniforms at no cost",
            "SCANNED image-only: text must be read by OCR",
        ],
        "doc_type": "job_offer",
        "layout": "SCANNED image-only (200 dpi, slight skew, noise); condensed font; numbered clauses; two-party letterhead",
    }
)

# ---------------------------------------------------------------- t10
# generic, Honduras -> Quebec packing, WhatsApp-style flyer (Spanish)
t10_fee = "Reserva tu cupo con 15,000 lempiras (no reembolsables)."
t10_visa = "La visa y el permiso de trabajo corren por tu cuenta: aprox. L 8,500."
t10_pass = (
    "El pasaporte lo pagás vos en Migración (L 1,800 el de cinco años); nosotros te damos la cita."
)
t10_mov = "En la casa de la empresa no se permiten salidas después de las 8 p.m. ni los domingos."
DOCS.append(
    {
        "file": "t10.pdf",
        "program": "generic",
        "language": "es",
        "format": (120, 250),
        "font": "noto",
        "size": 10,
        "margin": 9,
        "top": 8,
        "bottom": 8,
        "blocks": [
            ("box", "Oportunidades Canadá HN  ·  difusión  ·  09:41", (7, 94, 84)),
            ("big", "¡TRABAJO EN CANADÁ!", (7, 94, 84)),
            ("p", "Empacadores de hortalizas para Saint-Rémi, Québec"),
            (
                "bubble",
                "Buenas tardes, compañeros. Buscamos 40 hombres y mujeres para clasificar, lavar y "
                "empacar lechuga, apio y cebolla en la planta.",
                "L",
            ),
            (
                "bubble",
                "Temporada: del 6 de abril al 31 de octubre de 2026. Pago: $17.75 CAD por hora, cada "
                "dos semanas.",
                "L",
            ),
            ("bubble", "Boleto de avión de ida: ¡lo paga el patrón! Vivienda gratis.", "L"),
            ("bubble", t10_fee + " " + t10_visa, "L"),
            ("bubble", t10_mov, "L"),
            ("bubble", "¿Y si no tengo pasaporte? ¿Cuánto cuesta sacarlo?", "R"),
            (
                "bubble",
                t10_pass
                + " Depositá la reserva a la cuenta del banco que te mandamos por privado.",
                "L",
            ),
            ("small", "Cupos limitados. Información solo por este número."),
        ],
        "fees": [
            F("recruitment_fee", 1, t10_fee, 15000.0, "HNL"),
            F("visa_cost", 1, t10_visa, 8500.0, "HNL"),
            F("visa_cost", 1, t10_pass, 1800.0, "HNL"),
            F("movement_restriction", 1, t10_mov),
        ],
        "missing_terms": [
            "employer_identity",
            "worker_identity",
            "hours_of_work",
            "deductions",
            "return_transportation",
            "termination",
        ],
        "recruiters": ["Oportunidades Canadá HN"],
        "traps": [
            "outbound ticket paid by employer; free housing",
            "'Depositá la reserva' is the payment channel of the recruitment fee already labelled, not a separate bond",
            "passport fee paid by the worker is a visa_cost violation under generic (not review)",
        ],
        "doc_type": "whatsapp_flyer",
        "layout": "tall narrow page; WhatsApp broadcast style with colored title bar, headline and chat bubbles",
    }
)

# ---------------------------------------------------------------- t11
# generic, Philippines -> Taiwan electronics factory, COMPLIANT, Q&A explainer of the contract
DOCS.append(
    {
        "file": "t11.pdf",
        "program": "generic",
        "language": "en",
        "format": "A4",
        "font": "noto",
        "size": 9.5,
        "header": {
            "kind": "band",
            "text": "Know Your Contract - Taiwan",
            "right": "Luzon Bridge International Manpower Services, Inc. - DMW Licence 071-LB-0524",
            "rgb": (150, 40, 40),
        },
        "footer": "Pre-departure briefing sheet  -  {p}/{n}",
        "blocks": [
            (
                "p",
                "This sheet explains, in plain English, the contract signed on 2 December 2025 between "
                "Hsin Yuan Precision Electronics Co., Ltd. (No. 88, Gongye 5th Road, Guanyin District, "
                "Taoyuan City, Taiwan) and Ms. Maria Teresa D. Villanueva of Barangay San Isidro, "
                "Cabanatuan City, Nueva Ecija. The Philippine agency is Luzon Bridge International "
                "Manpower Services, Inc.; the Taiwan broker is Formosa Link Manpower Agency Co., Ltd.",
            ),
            (
                "qa",
                "Q: What is my job and where will I work?",
                "A: Production operator at the Guanyin plant, Taoyuan: loading SMT machines, visual "
                "inspection of circuit boards and packing finished boards.",
            ),
            (
                "qa",
                "Q: How long is the contract?",
                "A: Three years, from 10 March 2026 to 9 March 2029.",
            ),
            (
                "qa",
                "Q: What are my hours?",
                "A: 8 hours a day, Monday to Friday, 8:00 a.m. to 5:00 p.m. with a one-hour lunch break "
                "(40 hours a week). Overtime is voluntary and paid at the rates of the Labor Standards Act.",
            ),
            (
                "qa",
                "Q: How much and how often am I paid?",
                "A: NTD 28,590 per month, paid monthly on the 10th into your own bank account.",
            ),
            (
                "qa",
                "Q: What is deducted from my salary?",
                "A: Only your employee share of Labor Insurance and National Health Insurance, which the "
                "law requires, and income tax. Nothing else may be deducted.",
            ),
            (
                "qa",
                "Q: Do I pay a placement fee?",
                "A: No. Under the zero-placement-fee arrangement the employer pays the full placement "
                "cost. Neither agency may collect any amount from you.",
            ),
            (
                "qa",
                "Q: What about the broker's monthly service fee?",
                "A: The broker's service fee of NTD 1,800 per month is paid by the employer and is never "
                "deducted from your salary.",
            ),
            (
                "qa",
                "Q: Do I need to deposit anything or sign a promissory note?",
                "A: No deposit, bond or promissory note of any kind is required.",
            ),
            (
                "qa",
                "Q: Are food and lodging free?",
                "A: Yes. The dormitory bed, utilities and three meals a day are provided free of charge.",
            ),
            (
                "qa",
                "Q: Who pays for my medical exam, visa and flights?",
                "A: The employer pays for the medical examinations in Manila and in Taiwan, the entry "
                "visa, the Alien Resident Certificate, and your airfare to Taiwan and back to Manila at "
                "the end of the contract.",
            ),
            (
                "qa",
                "Q: Who keeps my passport?",
                "A: You do. Each dormitory room has personal lockers. You may go out freely on rest days "
                "and after your shift.",
            ),
            (
                "qa",
                "Q: Can the contract be ended early?",
                "A: Either side may end it with 30 days' notice. The employer may dismiss you without "
                "notice only on the grounds listed in Article 12 of the Labor Standards Act. If the "
                "contract ends early for any reason, the employer still pays your ticket home.",
            ),
            (
                "qa",
                "Q: Where can I complain?",
                "A: Call the 1955 hotline in Taiwan or the Migrant Workers Office in Taipei. Complaining "
                "will not affect your job or future deployment.",
            ),
        ],
        "fees": [],
        "missing_terms": [],
        "recruiters": [
            "Luzon Bridge International Manpower Services, Inc.",
            "Formosa Link Manpower Agency Co., Ltd.",
        ],
        "traps": [
            "zero placement fee; agencies may collect nothing",
            "broker service fee NTD 1,800/month paid by employer, not deducted",
            "'Do I need to deposit anything...' answered no deposit, bond or promissory note",
            "statutory Labor Insurance / NHI employee share (not insurance_cost)",
            "free dormitory, utilities and meals",
            "employer pays medical, visa, ARC and both flights",
            "worker keeps passport; free to go out",
            "complaints do not affect job",
        ],
        "doc_type": "briefing_qa",
        "layout": "A4 Q&A briefing sheet; colored header band repeated; bold questions, indented answers",
    }
)

# ---------------------------------------------------------------- t12
# h2b, Guatemala -> Arkansas tree planting, Spanish recruiter agreement
t12_fee = (
    "La cuota de reclutamiento de US$ 450.00 se descontará del primer cheque que reciba EL "
    "TRABAJADOR en Estados Unidos."
)
t12_med = "El examen médico y la prueba de tuberculosis los paga EL TRABAJADOR antes de la entrevista consular."
t12_ins = "Cada trabajador pagará Q950 por un seguro de vida y accidentes para la temporada."
t12_ret = "EL PATRÓN guardará dos semanas de salario de cada trabajador hasta el último día de la temporada."
DOCS.append(
    {
        "file": "t12.pdf",
        "program": "h2b",
        "language": "es",
        "format": "Legal",
        "font": "serif",
        "size": 9.5,
        "header": {
            "text": "RECLUTADORA LOS CUCHUMATANES",
            "sub": "6a. avenida 3-45 zona 1, Huehuetenango, Guatemala  -  WhatsApp 5512-8830",
        },
        "footer": "Contrato de reclutamiento - temporada de siembra 2026 - página {p}",
        "blocks": [
            ("title", "CONTRATO DE RECLUTAMIENTO"),
            (
                "p",
                "Entre RECLUTADORA LOS CUCHUMATANES (EL RECLUTADOR), que actúa por cuenta de OZARK PINE "
                "REFORESTATION, INC., 1450 Timber Lane, Monticello, Arkansas 71655, Estados Unidos (EL "
                "PATRÓN), y el señor Bartolo Domingo Mateo, de Todos Santos Cuchumatán (EL TRABAJADOR), "
                "se acuerda lo siguiente para un empleo con visa H-2B:",
            ),
            ("h", "PRIMERO - El trabajo"),
            (
                "p",
                "Puesto: plantador de árboles (SOC 45-4011). Tareas: plantar plántulas de pino con "
                "azadón, cargar las bolsas de plántulas y limpiar el terreno. Lugar: terrenos forestales "
                "en los condados de Drew y Bradley, Arkansas. Periodo: del 5 de enero al 15 de abril de "
                "2026. Requisitos: mayor de 18 años y tres meses de experiencia en trabajo de campo.",
            ),
            ("h", "SEGUNDO - Horario y pago"),
            (
                "p",
                "40 horas por semana, de lunes a viernes, de 6:30 a 15:00. Salario: US$ 18.40 por hora, "
                "pagado cada semana con un talón que muestra las horas, la tarifa y cada descuento. Las "
                "horas extra después de 40 a la semana se pagan a US$ 27.60 la hora. Descuentos: Seguro "
                "Social, Medicare e impuestos, y la cuota indicada en la cláusula CUARTO.",
            ),
            ("h", "TERCERO - Viaje y herramientas"),
            (
                "p",
                "El autobús de Huehuetenango a Monticello y la comida del viaje se reembolsan en el "
                "primer pago. Al terminar la temporada EL PATRÓN paga el regreso a Huehuetenango. "
                "Azadones, bolsas de plantar y ropa impermeable se entregan sin costo ni depósito. Al "
                "final de cada día los plantadores depositan las bolsas vacías en el camión.",
            ),
            ("h", "CUARTO - Pagos y obligaciones del trabajador"),
            ("p", t12_fee + " " + t12_med),
            ("p", t12_ins + " " + t12_ret),
            ("h", "QUINTO - Terminación"),
            (
                "p",
                "Si EL TRABAJADOR abandona el trabajo (5 días seguidos sin aviso) o es despedido por "
                "causa justificada, EL PATRÓN no pagará el viaje de regreso y avisará a las autoridades "
                "como lo exige la ley.",
            ),
            ("h", "SEXTO - Documentos"),
            (
                "p",
                "EL TRABAJADOR guarda su propio pasaporte. EL RECLUTADOR no cobra nada por la cita de "
                "la embajada.",
            ),
            ("sig", ["EL RECLUTADOR", "EL TRABAJADOR"], "Huella"),
        ],
        "fees": [
            F("recruitment_fee", 1, t12_fee, 450.0, "USD"),
            F("medical_cost", 1, t12_med),
            F("insurance_cost", 1, t12_ins, 950.0, "GTQ"),
            F("wage_withholding", 1, t12_ret),
        ],
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "contract_impossibility",
        ],
        "recruiters": ["RECLUTADORA LOS CUCHUMATANES"],
        "traps": [
            "'depositan las bolsas vacías en el camión' is a job duty",
            "tools and rain gear without cost or deposit",
            "inbound bus and meals reimbursed; return paid",
            "worker keeps passport; no charge for embassy appointment",
            "notifying authorities of abandonment 'as the law requires' is lawful, not a blacklisting threat",
            "deduction list mentions the fee clause (the fee itself is labelled once, in CUARTO)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "legal-size; serif; headed sections PRIMERO..SEXTO; several findings packed in two paragraphs; signature with fingerprint box",
    }
)
