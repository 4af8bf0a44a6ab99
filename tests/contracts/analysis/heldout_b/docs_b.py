"""Held-out-b documents b02-b03 (terse H-2A job order, bilingual offer with a costs table)."""

from __future__ import annotations

from .spec import Doc, F

B02 = Doc(
    "b02.pdf",
    "h2a",
    "en",
    "job_order",
    "terse numbered sections '1.' with ALL CAPS headings, fpdf2, one line per fact",
    "fpdf",
    [
        ("title", "H-2A AGRICULTURAL CLEARANCE ORDER - ADDENDUM: TERMS AND CONDITIONS"),
        ("h", "1. EMPLOYER"),
        (
            "p",
            "Red Clay Orchards Inc., 4471 Pine Log Road, Ellijay, GA 30540. Tel. (706) 555-0188.",
        ),
        ("h", "2. JOB TITLE AND DUTIES"),
        (
            "p",
            "Farmworkers, Apples (45-2092). Hand-pick apples into picking bags and deposit fruit in "
            "20-bushel bins without bruising. Prune, thin, mow row middles. Feed and water the "
            "orchard's cattle on weekends when assigned. Load bins on trailers.",
        ),
        ("h", "3. PLACE OF EMPLOYMENT"),
        ("p", "Orchards at 4471 Pine Log Road and 880 Boardtown Road, Ellijay, Gilmer County, GA."),
        ("h", "4. PERIOD OF EMPLOYMENT"),
        (
            "p",
            "04/01/2026 - 11/30/2026. Start date may move by up to 14 days; workers will be told.",
        ),
        ("h", "5. HOURS"),
        (
            "p",
            "40 hrs/wk. Mon-Fri 7:00 AM - 3:30 PM, 30 min unpaid lunch. Saturday work voluntary.",
        ),
        ("h", "6. WAGES"),
        (
            "p",
            "$16.01/hr or $0.85 per 3/4-bushel bucket, whichever pays more for the pay period. If "
            "the AEWR, the prevailing wage or the state or federal minimum goes up during the "
            "contract, the employer pays the higher rate from its effective date.",
        ),
        ("h", "7. PAY"),
        (
            "p",
            "Weekly, every Friday. Each pay stub lists hours offered, hours worked, buckets, rate, "
            "gross pay, each deduction and net pay.",
        ),
        ("h", "8. DEDUCTIONS"),
        (
            "p",
            "FICA is not withheld for H-2A workers. Federal income tax only at the worker's "
            "request. Meal plan (see 10). Any other deduction only with the worker's written "
            "authorization and for his or her own benefit.",
        ),
        ("h", "9. HOUSING"),
        (
            "p",
            "FREE HOUSING. Bunkhouse at 4480 Pine Log Road, Ellijay, GA, inspected by GA DOL. No "
            "rent, no utility bill and no deposit for bedding: the worker will not bear any housing "
            "cost.",
        ),
        ("h", "10. MEALS"),
        (
            "p",
            "Three meals a day are served in the camp dining hall. The charge of $14.90 per day is "
            "deducted weekly and is below the 2026 DOL maximum. Workers who prefer to cook may use "
            "the free kitchen in the bunkhouse instead, and then no meal charge applies.",
        ),
        ("h", "11. TRANSPORTATION"),
        (
            "p",
            "INBOUND: after 50% of the contract period the employer reimburses reasonable travel "
            "and daily subsistence from the place of recruitment; if these costs bring first-week "
            "pay under the FLSA minimum, the shortfall is paid in week one. Visa and border "
            "crossing fees: reimbursed in the first workweek.",
        ),
        (
            "p",
            "RETURN: workers who complete the contract, or are dismissed early for reasons other "
            "than cause, get return transportation and subsistence to the place of recruitment.",
        ),
        ("p", "DAILY: free bus between the bunkhouse and the orchards every workday."),
        ("h", "12. TOOLS"),
        (
            "p",
            "Ladders, picking bags, pruners and gloves furnished at no charge. No deposit. Workers "
            "will not be charged for tools that wear out or break in normal use.",
        ),
        ("h", "13. WORKERS' COMPENSATION"),
        ("p", "Covered by Georgia workers' compensation insurance, policy no. WC 2218-0047."),
        ("h", "14. THREE-FOURTHS GUARANTEE"),
        (
            "p",
            "Employment is guaranteed for at least 3/4 of the workdays of the contract period, "
            "counted in hours. Any shortfall is paid.",
        ),
        ("h", "15. REQUIREMENTS"),
        (
            "p",
            "3 months experience hand-harvesting tree fruit. Lift 60 lbs; climb ladders to 16 ft.",
        ),
        ("h", "16. ABANDONMENT / TERMINATION"),
        (
            "p",
            "5 consecutive workdays absent without consent = job abandonment. Termination for "
            "cause: refusal to work, theft, violence. The employer notifies DOL and DHS within 2 "
            "working days as the regulations require.",
        ),
        ("h", "17. CONTRACT IMPOSSIBILITY"),
        (
            "p",
            "If fire, hail, freeze or another Act of God makes the work impossible, the employer "
            "may end the contract with DOL approval; the worker is paid the 3/4 guarantee to that "
            "date plus return transportation.",
        ),
        ("h", "18. NO FEES - FREE TO COMPLAIN"),
        (
            "p",
            "No employee, agent or recruiter may collect any fee from workers. The employer pays "
            "all costs of its recruiting agent, Cosecha Norte Labor Services, S.C., Ciudad Obregón, "
            "Sonora. Workers keep their own passports. Workers may complain to DOL; nobody is "
            "blacklisted or sent home for it.",
        ),
    ],
    recruiters=["Cosecha Norte Labor Services, S.C."],
    traps=[
        "'deposit fruit in bins', 'feed ... cattle' are duties",
        "meal plan $14.90/day under the H-2A cap",
        "'will not bear any housing cost'",
        "no deposit",
        "no charge for tools broken in normal use",
        "DHS notification of abandonment is lawful",
        "recruiter paid by employer",
        "no blacklisting",
    ],
)

VISA_ROW = [
    "Visa appointment (MRV) fee / Cuota de la cita de visa (MRV)",
    "USD 190",
    "Worker; not reimbursed / Trabajador; no se reembolsa",
]
GEAR_ROW = [
    "Cut-resistant gloves, apron and boots / Guantes anticorte, mandil y botas",
    "USD 62",
    "Worker, deducted from the first two checks / Trabajador, descontado de los dos "
    "primeros cheques",
]
HOUSE_ROW = [
    "Staff housing (optional) / Vivienda (opcional)",
    "USD 75 per week",
    "Worker, if chosen; deducted weekly / Trabajador, si la elige; se descuenta cada semana",
]
COSTS = [
    ["Cost / Costo", "Amount / Monto", "Who pays / Quién paga"],
    VISA_ROW,
    [
        "Bus Monterrey - Hoopers Island / Autobús Monterrey - Hoopers Island",
        "USD 145",
        "Employer; refunded in full in the first week / Patrón; se reembolsa completo en la "
        "primera semana",
    ],
    [
        "Return bus / Autobús de regreso",
        "USD 145",
        "Employer, at the end of the season / Patrón, al final de la temporada",
    ],
    GEAR_ROW,
    [
        "Crab knives and mallets / Cuchillos y mazos",
        "USD 0",
        "Employer, free of charge / Patrón, sin costo",
    ],
    HOUSE_ROW,
]


B03 = Doc(
    "b03.pdf",
    "h2b",
    "en+es",
    "offer_letter",
    "letter; 3-column bilingual term grid (term | English | Español); fees only in a 3-column "
    "'Costs / Costos' table (item | amount | who pays)",
    "rl",
    [
        ("p", "March 2, 2026 / 2 de marzo de 2026"),
        (
            "p",
            "Ms. / Sra. Yesenia Ordaz Carrillo, Calle Hidalgo 14, Los Ramones, Nuevo León, México",
        ),
        (
            "h",
            "H-2B seasonal offer - Crab meat picker / Oferta de temporada H-2B - Despulpadora de "
            "jaiba",
        ),
        (
            "p",
            "Dear Ms. Ordaz, we are glad to offer you the season below. / Estimada Sra. Ordaz, con "
            "gusto le ofrecemos la temporada que se detalla abajo.",
        ),
        (
            "grid",
            [
                ["Term / Término", "English", "Español"],
                [
                    "Employer / Empleador",
                    "Tidewater Blue Crab Co., 112 Wharf Street, Hoopers Island, MD 21634",
                    "Tidewater Blue Crab Co., 112 Wharf Street, Hoopers Island, MD 21634",
                ],
                [
                    "Position / Puesto",
                    "Crab meat picker: pick and grade steamed crab meat, pack "
                    "containers, clean the line",
                    "Despulpadora de jaiba: sacar y clasificar la pulpa "
                    "de jaiba cocida, empacar envases, limpiar la línea",
                ],
                [
                    "Worksite / Lugar",
                    "Processing plant, 112 Wharf Street, Hoopers Island, Maryland",
                    "Planta procesadora, 112 Wharf Street, Hoopers Island, Maryland",
                ],
                [
                    "Season / Temporada",
                    "04/01/2026 - 11/30/2026",
                    "del 1 de abril al 30 de noviembre de 2026",
                ],
                [
                    "Schedule / Horario",
                    "40 hrs/wk, Monday to Friday from 5:00 a.m.",
                    "40 horas por semana, de lunes a viernes desde las 5:00",
                ],
                [
                    "Pay / Pago",
                    "$1.85 per pound of picked meat, never less than $16.01/hr",
                    "$1.85 por libra de pulpa, nunca menos de $16.01 por hora",
                ],
                [
                    "Overtime / Tiempo extra",
                    "$24.02/hr minimum over 40 hours",
                    "mínimo $24.02 por hora después de 40 horas",
                ],
                ["Payday / Pago", "every Friday", "cada viernes"],
                [
                    "Wage updates / Ajustes",
                    "a higher prevailing or minimum wage applies from its effective date",
                    "un salario prevaleciente o mínimo más alto se aplica desde su vigencia",
                ],
                [
                    "Guarantee / Garantía",
                    "hours for 3/4 of the workdays in each 12-week period",
                    "horas de 3/4 de los días laborables en cada periodo de 12 semanas",
                ],
                [
                    "Requirements / Requisitos",
                    "no experience; able to stand 8 hours",
                    "sin experiencia; poder estar de pie 8 horas",
                ],
                [
                    "Pay stubs / Talones",
                    "itemized stub every payday",
                    "talón detallado cada día de pago",
                ],
                [
                    "Deductions / Descuentos",
                    "taxes; gear and housing as in the costs table",
                    "impuestos; equipo y vivienda según la tabla de costos",
                ],
                [
                    "Ending / Terminación",
                    "dismissal only for cause; 5 days absent in a row = abandonment",
                    "despido solo con causa; 5 faltas seguidas = abandono",
                ],
            ],
            [0.22, 0.39, 0.39],
        ),
        ("h", "Costs / Costos"),
        ("grid", COSTS, [0.40, 0.17, 0.43]),
        (
            "p",
            "Your recruiter in Monterrey, Mar y Tierra Contrataciones, is paid by us. / Su "
            "reclutador en Monterrey, Mar y Tierra Contrataciones, recibe su pago de nosotros.",
        ),
        ("p", "Gwen Pruitt, Plant Manager / Gerente de planta"),
        ("p", "Accepted / Aceptado: ____________________  Date / Fecha: ________"),
    ],
    fees=[
        F("visa_cost", " ".join(VISA_ROW), 190.0, "USD"),
        F("equipment_charge", " ".join(GEAR_ROW), 62.0, "USD"),
        F("housing_charge", " ".join(HOUSE_ROW), 75.0, "USD", "review"),
    ],
    missing_terms=["visa_reimbursement", "contract_impossibility"],
    recruiters=["Mar y Tierra Contrataciones"],
    traps=[
        "inbound bus refunded in full",
        "return bus paid by employer",
        "knives free of charge",
        "recruiter paid by employer",
    ],
)
