"""The twelve documents of held-out batch "af" and their labels (dev labels.json format).

Each function takes the Doc class from build.py and returns (pdf, label). Every name of a
person, employer, recruiter and address here is invented.
"""


def fee(category, severity, page, amount, currency, quote, group=None):
    f = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


def label(
    program, language, pages, fees, missing, recruiters, traps, doc_type, layout, scanned=False
):
    return {
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# ---------------------------------------------------------------------------
# af01  H-2B forestry job order, numbered clauses


Q01_TRAVEL = (
    "Workers are charged the USD 250 chartered-bus fare from the Monterrey consulate to Mena "
    "Hollow, collected through four payroll deductions of $62.50 beginning with the first paycheck."
)
Q01_EQUIP = (
    "Each planter is issued two planting bags and a hard hat against an $85.00 equipment deposit, "
    "which is taken out of the first paycheck and given back only if the items are turned in "
    "undamaged in May."
)
Q01_DAMAGE = (
    "A hoedad or shovel that is lost or broken through carelessness will be replaced at the "
    "planter's expense, at the current supplier price."
)
Q01_HOLD = (
    "Ten percent of gross wages is held back from every paycheck and paid out in a lump sum with "
    "the last check of the season."
)


def af01(Doc):
    green = (34, 84, 52)
    d = Doc(
        base="sans",
        size=9.5,
        band=green,
        band_text="OUACHITA RIDGE REFORESTATION CO., INC.  |  Clearance order AR-2027-10388",
    )
    d.add_page()
    d.htitle("H-2B JOB ORDER AND WORK CONTRACT", size=15, color=green, gap=1)
    d.para(
        "Tree Planter (Forest and Conservation Worker) — Planting season 2027", style="I", size=10
    )

    d.h2("1. EMPLOYER", color=green, rule=True)
    d.bullets(
        [
            "Legal name: Ouachita Ridge Reforestation Co., Inc.",
            "Main office: 418 Sawmill Spur Road, Mena Hollow, AR 71953",
            "Telephone: (479) 555-0136",
            "Contact: Wendell Prager, Field Operations Manager",
        ]
    )
    d.h2("2. POSITION AND DUTIES", color=green, rule=True)
    d.para(
        "Forest and Conservation Worker (SOC 45-4011), 42 openings. Planters set out loblolly "
        "and shortleaf pine seedlings by hand with hoedads or planting shovels on cut-over "
        "tracts, carry seedling bags of up to 40 pounds over steep and brushy ground, scalp "
        "each planting spot, keep a count of trees planted, and load and unload seedling "
        "coolers at the landing. The work is outdoors in cold, wet weather."
    )
    d.h2("3. WHO MAY APPLY", color=green, rule=True)
    d.para(
        "Applicants need three months of experience hand-planting trees or doing other outdoor "
        "manual labor, and must be able to walk up to 8 miles a day over steep ground while "
        "carrying 40 pounds. No diploma is required, and no fee is charged to apply."
    )
    d.h2("4. PERIOD OF EMPLOYMENT", color=green, rule=True)
    d.para("January 11, 2027 through May 21, 2027.")
    d.h2("5. WHERE THE WORK IS PERFORMED", color=green, rule=True)
    d.para(
        "Planting is done on timber tracts in the following counties; crews move as units are finished."
    )
    d.grid(
        [
            ["State", "Counties", "Crew base"],
            ["Arkansas", "Polk, Montgomery, Scott", "Mena Hollow, AR"],
            ["Oklahoma", "McCurtain, Le Flore", "Broken Bow Junction, OK"],
        ],
        [110, 200, 190],
        size=9,
        head_fill=(214, 232, 218),
    )

    d.add_page()
    d.h2("6. HOURS OF WORK", color=green, rule=True, before=0)
    d.para(
        "35 hours per week, Monday through Saturday, normally from 6:30 a.m. to 2:30 p.m. "
        "Heavy rain or frozen ground may shorten a workday; the lost hours still count toward "
        "the guarantee in Section 8."
    )
    d.h2("7. WAGES", color=green, rule=True)
    d.para("**7.1 Rate.** $18.47 per hour.")
    d.para(
        "**7.2 Piece incentive.** Planters may earn $0.06 per seedling planted to specification. "
        "If piece earnings in a workweek come to less than the hourly rate times the hours "
        "worked, the hourly rate is paid."
    )
    d.para(
        "**7.3 Highest rate.** The company will pay no less than the highest of the offered "
        "rate, the prevailing wage certified by the Department of Labor, or the applicable "
        "federal, state or local minimum wage. If a higher prevailing wage is published during "
        "the contract, it is paid from its effective date."
    )
    d.para("**7.4 Overtime.** Hours beyond 40 in a workweek are paid at $27.71 per hour.")
    d.para(
        "**7.5 Paydays.** Workers are paid every Friday for the workweek that ended the "
        "previous Sunday, by check or by pay card."
    )
    d.h2("8. THREE-FOURTHS GUARANTEE", color=green, rule=True)
    d.para(
        "For each 12-week period of the contract (each 6-week period if the contract is shorter "
        "than 120 days), the company will offer each worker at least as many hours as "
        "three-fourths of the workdays in that period multiplied by 35. When less work is "
        "offered, the difference is paid as if it had been worked."
    )
    d.h2("9. TRAVEL AND VISAS", color=green, rule=True)
    d.para("**9.1 Getting to the job.** " + Q01_TRAVEL)
    d.para(
        "**9.2 Going home.** A worker who completes the contract period, or who is dismissed "
        "early for reasons other than cause, receives a company-paid bus ticket from Mena "
        "Hollow to Monterrey plus $18.00 per travel day for meals."
    )
    d.para(
        "**9.3 Visas.** The company repays the visa application (MRV) fee and any related "
        "consular or border-crossing charge in cash during the worker's first workweek."
    )

    d.add_page()
    d.h2("10. TOOLS AND PAYROLL DEDUCTIONS", color=green, rule=True, before=0)
    d.para(
        "**10.1** Hoedads, planting shovels, tree counters and first-aid kits are furnished by "
        "the company free of charge."
    )
    d.para("**10.2** " + Q01_EQUIP)
    d.para("**10.3** " + Q01_DAMAGE)
    d.para("**10.4 Completion holdback.** " + Q01_HOLD)
    d.para(
        "**10.5 Other deductions.** Apart from the items above, only federal and state income "
        "tax, Social Security and Medicare, and court-ordered garnishments are deducted."
    )
    d.h2("11. LODGING AND DAILY TRANSPORT", color=green, rule=True)
    d.para(
        "Crew lodging in motels near the active tract is provided at no cost to workers, two "
        "to a room. Company crew trucks carry planters between the lodging and the planting "
        "unit each day at no charge; driving time on feeder roads counts as work time."
    )
    d.h2("12. ABANDONMENT AND DISMISSAL", color=green, rule=True)
    d.para(
        "A worker who fails to report for five consecutive scheduled workdays without the "
        "company's consent is treated as having abandoned the job, and the company notifies the "
        "Department of Labor and DHS within two working days. A worker may be dismissed for "
        "cause only after a written warning that states the reason."
    )
    d.h2("13. OTHER RULES", color=green, rule=True)
    d.para("Smoking is prohibited on all tracts during fire season.")
    d.para(
        "Recruiting in Mexico is handled by Enlace Forestal del Noreste, S.C., whose charges are "
        "paid entirely by the company; no applicant is charged anything at any stage."
    )
    d.signatures(["Wendell Prager, for the employer", "Worker's signature and date"])

    fees = [
        fee("travel_cost", "violation", 2, 250.0, "USD", Q01_TRAVEL),
        fee("equipment_charge", "violation", 3, 85.0, "USD", Q01_EQUIP),
        fee("damage_chargeback", "review", 3, None, None, Q01_DAMAGE),
        fee("wage_withholding", "violation", 3, None, None, Q01_HOLD),
    ]
    return d, label(
        "h2b",
        "en",
        3,
        fees,
        ["inbound_transportation", "earnings_statements", "contract_impossibility"],
        ["Enlace Forestal del Noreste, S.C."],
        [
            "'feeder roads' is not a fee",
            "no fee charged to apply (negated recruitment fee)",
            "visa and border charges repaid in first workweek",
            "hoedads and shovels free",
            "free crew lodging and daily transport",
            "recruiting agent's charges paid by the company",
            "'fire season' smoking rule is not a contract-impossibility clause",
            "weather shortening a day is not a contract-impossibility clause",
        ],
        "job_order",
        "single column; header band; numbered sections with rules; small gridded county table",
    )


# ---------------------------------------------------------------------------
# af02  H-2B hotel, Q&A, compliant


def af02(Doc):
    teal = (18, 96, 110)
    d = Doc(base="noto", size=9.3, footer="Saltmarsh Harbor Inn & Suites · page {p} of {nb}")
    d.add_page()
    d.set_fill_color(*teal)
    d.rect(d.l_margin, 40, d.w - d.l_margin - d.r_margin, 4, style="F")
    d.set_y(52)
    d.htitle("Your H-2B Work Contract, Question by Question", size=15, color=teal, gap=2)
    d.grid(
        [
            ["Worker", "Kemar Anthony Whitfield, Old Harbour Road, Spanish Town, Jamaica"],
            ["Job order", "H-400-27023-771904"],
            ["Recruiter", "Caribbean Bridge Staffing Ltd., Kingston (paid by the employer)"],
        ],
        [110, 394],
        head=False,
        size=8.8,
        zebra=(236, 244, 246),
        bold_first=True,
    )
    qa = [
        (
            "Who is my employer?",
            "Saltmarsh Harbor Inn & Suites LLC, 2207 Causeway Drive, Port Wren, SC 29920. "
            "Telephone (843) 555-0172.",
        ),
        (
            "What will I do?",
            "You will work as a room attendant: clean and make up guest rooms, restock linens "
            "and amenities, and report anything broken. During the busy check-in hours you may "
            "also help the front desk by explaining the nightly resort fee and the valet "
            "parking fee to guests.",
        ),
        (
            "Where will I work?",
            "At the Inn, 2207 Causeway Drive, and at its Beach Annex, 14 Dune Road, both in "
            "Port Wren, South Carolina.",
        ),
        ("When does the job start and end?", "From May 3, 2027 to October 29, 2027."),
        (
            "How many hours?",
            "40 hours a week, in five 8-hour shifts scheduled between 7:00 a.m. and 11:00 p.m.",
        ),
        (
            "How much will I be paid?",
            "$15.35 per hour. If the Department of Labor publishes a higher prevailing wage, or "
            "a federal, state or local minimum wage rises above your rate, you get the higher "
            "rate from the day it takes effect. Hours over 40 in a week are overtime, paid at "
            "$23.03 per hour.",
        ),
        (
            "When will I be paid, and what will I see?",
            "Every Thursday, for the week before, by direct deposit or by a pay card you can use "
            "without cost. Each pay stub lists the hours we offered, the hours you worked, your "
            "rate, your gross pay, each deduction and your net pay.",
        ),
        (
            "What comes out of my pay?",
            "Only U.S. federal income tax, Social Security and Medicare, South Carolina income "
            "tax, and any amount a court orders. Nothing else is taken out.",
        ),
        (
            "Is any work guaranteed?",
            "Yes. For every 12-week period of your contract we will offer you hours equal to at "
            "least three-fourths of the workdays in that period times 8 hours. If we offer fewer "
            "hours, we pay you the difference.",
        ),
    ]
    for q, a in qa:
        d.para(q, style="B", size=10, gap=1)
        d.para(a, gap=5)

    d.add_page()
    qa2 = [
        (
            "Who pays for my trip here?",
            "We do. Your flight from Kingston to Charleston, the shuttle to Port Wren, and your "
            "meals and any hotel night on the way are paid back in your first paycheck.",
        ),
        (
            "And the trip home?",
            "If you finish the contract, or if we let you go early for a reason that is not "
            "your fault, we buy your ticket home to Kingston and pay meals on the way.",
        ),
        (
            "Who pays for my visa?",
            "We pay you back the visa fee, the visa processing charge and any border fee in your "
            "first workweek.",
        ),
        (
            "Do I have to pay anyone to get this job?",
            "No. Caribbean Bridge Staffing Ltd. is paid by us. Nobody, not us, not the recruiter "
            "and not anyone working with them, may ask you for money for this job. If someone "
            "does, call the hotline at the end of this page.",
        ),
        (
            "Do I need to buy uniforms or supplies?",
            "No. Three uniform sets, non-slip shoes, gloves and all cleaning supplies are given "
            "to you free, and we never ask for a deposit.",
        ),
        (
            "Where will I live?",
            "You may take a bed in our staff house at 30 Egret Lane, Port Wren, with no rent "
            "and utilities included. Staff parking is also free.",
        ),
        (
            "Is there food at work?",
            "Free coffee and a staff meal are served in the break room on every shift.",
        ),
        (
            "What do I need to qualify?",
            "Six months of experience cleaning hotel rooms or homes, and the ability to lift 35 "
            "pounds.",
        ),
        (
            "Can I be fired? Can I quit?",
            "We can only fire you for a real reason, after a written warning. If you miss five "
            "scheduled workdays in a row without telling us, we may treat it as job abandonment "
            "and must report it to the government. You may quit at any time.",
        ),
        (
            "What if a hurricane closes the hotel?",
            "If a hurricane, fire or other event we cannot control makes the work impossible and "
            "the Department of Labor agrees, the contract can end early. You still receive pay "
            "for your guaranteed hours up to that day, your trip home, and any travel or visa "
            "money we still owe you.",
        ),
        (
            "Who keeps my passport?",
            "You do. We will never hold your passport, visa or ID.",
        ),
        (
            "Can I complain?",
            "Yes, to us, to the Department of Labor or to a lawyer. We will not punish you, and "
            "no complaint will ever put you on a do-not-rehire list.",
        ),
    ]
    for q, a in qa2:
        d.para(q, style="B", size=10, gap=1)
        d.para(a, gap=5)
    d.para("Worker hotline (U.S. Department of Labor): 1-866-487-9243", style="I", size=8.5)
    d.grid(
        [["Employer signature and date", "Worker signature and date"], ["\n\n", "\n\n"]],
        [252, 252],
        size=8.5,
        head_fill=(225, 238, 240),
    )
    return d, label(
        "h2b",
        "en",
        2,
        [],
        [],
        ["Caribbean Bridge Staffing Ltd."],
        [
            "explaining the resort fee and valet parking fee to guests is a job duty",
            "'coffee' contains 'fee'; free staff meal",
            "recruiter paid by the employer; nobody may charge (negated recruitment fee)",
            "inbound flight, shuttle and meals repaid",
            "visa and border fees repaid in first workweek",
            "uniforms, shoes and supplies free, no deposit",
            "staff house with no rent; free staff parking",
            "pay card usable without cost",
            "employer never holds passports",
            "no do-not-rehire list for complaints",
        ],
        "work_contract",
        "plain-language Q&A contract; zebra summary table at top; signature grid",
    )


# ---------------------------------------------------------------------------
# af03  H-2B crab picking, Spanish recruiter agreement

Q03_FEE = (
    "Por concepto de apoyo para el trámite, LA TRABAJADORA aportará a EL GESTOR la suma de nueve "
    "mil quinientos pesos (MXN 9,500.00), en dos exhibiciones antes de la entrevista consular."
)
Q03_SUB = (
    "Adicionalmente, entregará 1 200 pesos al subagente de su comunidad, Sr. Eleazar Osuna Tirado, "
    "por recoger sus papeles y llevarlos a Mazatlán."
)
Q03_BOND = (
    "Para asegurar que LA TRABAJADORA cumpla la temporada completa, firmará a favor de EL GESTOR "
    "un pagaré en blanco, que le será devuelto cuando regrese a Escuinapa."
)
Q03_PASS = (
    "EL GESTOR conservará en su oficina el pasaporte con la visa de LA TRABAJADORA y se lo "
    "entregará hasta el momento de abordar el autobús."
)
Q03_BLACK = (
    "La trabajadora que presente quejas ante autoridades o abogados en Estados Unidos será borrada "
    "del padrón de EL GESTOR y no volverá a ser llamada en temporadas futuras."
)


def af03(Doc):
    d = Doc(base="serif", size=10.5, footer="Hoja {p} de {nb}", margins=(62, 54, 62))
    d.add_page()
    d.htitle(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL H-2B",
        size=13,
        align="C",
        gap=8,
    )
    d.para(
        "En Escuinapa de Hidalgo, Sinaloa, el 14 de enero de 2027, comparecen por una parte "
        "Gestoría Laboral Costa Pacífico, S. de R.L., representada por el Lic. Rigoberto Félix "
        'Almada (en lo sucesivo, "EL GESTOR"), y por la otra la Sra. María Guadalupe Zazueta '
        'Inzunza (en lo sucesivo, "LA TRABAJADORA"), quienes celebran el presente convenio al '
        "tenor de las siguientes declaraciones y cláusulas.",
        align="J",
    )
    d.h2("DECLARACIONES", size=11)
    d.para(
        "**I.** EL GESTOR declara tener oficinas en Av. Gabriel Leyva 118, Col. Centro, "
        'Escuinapa, Sinaloa, y apoyar a Nanticoke Point Seafood, Inc. (en adelante, "LA '
        'EMPRESA") en la integración de expedientes de trabajadoras de temporada.',
        align="J",
    )
    d.para(
        "**II.** LA TRABAJADORA declara ser mayor de edad, originaria de Isla del Bosque, "
        "municipio de Escuinapa, y contar con pasaporte vigente.",
        align="J",
    )
    d.para(
        "**III.** Ambas partes declaran conocer las condiciones que ofrece LA EMPRESA, que son "
        "las siguientes:",
        align="J",
    )
    d.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empresa",
                "Nanticoke Point Seafood, Inc., 77 Cannery Wharf Road, Hoopers Landing, Maryland 21634, EE. UU.",
            ],
            [
                "Puesto",
                "Procesadora de cangrejo: separar con cuchillo la carne del cangrejo azul cocido, clasificarla y empacarla en envases de una libra",
            ],
            ["Lugar", "Planta de LA EMPRESA en Hoopers Landing, condado de Dorchester, Maryland"],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2027"],
            [
                "Horario",
                "De lunes a sábado, de 5:00 a 13:00 horas; alrededor de 40 horas por semana",
            ],
            [
                "Salario",
                "17.20 dólares por hora, o 4.25 dólares por libra de carne si resulta mayor",
            ],
            [
                "Ajustes",
                "Si durante la temporada se publica un salario prevaleciente o mínimo más alto, se paga el más alto desde su vigencia",
            ],
            ["Día de pago", "Cada viernes, con cheque"],
            ["Descuentos", "Impuestos federales y estatales y cuotas del seguro social de EE. UU."],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa el autobús de Mazatlán a Maryland y los alimentos del camino en la primera semana",
            ],
            ["Regreso", "LA EMPRESA paga el autobús de regreso a Mazatlán al terminar el contrato"],
            ["Herramientas", "Cuchillos, guantes de malla, mandiles y botas, sin costo"],
            ["Requisitos", "Tres meses de experiencia en procesamiento de mariscos o pescado"],
            [
                "Terminación",
                "Cinco días seguidos de faltas sin aviso se consideran abandono del empleo",
            ],
        ],
        [95, 393],
        size=9.5,
        head_fill=(230, 230, 230),
    )

    d.add_page()
    d.h2("CLÁUSULAS", size=11, before=0)
    d.para(
        "**PRIMERA. Objeto.** EL GESTOR integrará el expediente de LA TRABAJADORA, la "
        "registrará ante LA EMPRESA, le avisará la fecha de su cita consular y la acompañará "
        "hasta la frontera.",
        align="J",
    )
    d.para(
        "**SEGUNDA. Honorarios.** EL GESTOR no cobra comisión alguna por la colocación; sus "
        "honorarios los cubre LA EMPRESA.",
        align="J",
    )
    d.para("**TERCERA. Aportación para el trámite.** " + Q03_FEE + " " + Q03_SUB)
    d.para("**CUARTA. Garantía.** " + Q03_BOND)
    d.para(
        "**QUINTA. Documentos.** "
        + Q03_PASS
        + " Al volver a México, LA TRABAJADORA lo depositará de nuevo con EL GESTOR para la "
        "siguiente temporada."
    )
    d.para("**SEXTA. Conducta.** " + Q03_BLACK)
    d.para(
        "**SÉPTIMA. Vivienda.** LA EMPRESA proporciona vivienda en casas rodantes junto a la "
        "planta sin cobrar renta.",
        align="J",
    )
    d.para(
        "**OCTAVA. Jurisdicción.** Para la interpretación de este convenio las partes se someten "
        "a los tribunales de Mazatlán, Sinaloa, y renuncian a cualquier otro fuero.",
        align="J",
    )
    d.para("Leído que fue el presente convenio, las partes lo firman de conformidad.", gap=10)
    d.signatures(
        [
            "Lic. Rigoberto Félix Almada, por EL GESTOR",
            "María Guadalupe Zazueta Inzunza, LA TRABAJADORA",
        ],
        fingerprint="Huella digital",
        gap_above=100,
    )
    fees = [
        fee("recruitment_fee", "violation", 2, 9500.0, "MXN", Q03_FEE),
        fee("recruitment_fee", "violation", 2, 1200.0, "MXN", Q03_SUB),
        fee("deposit_or_bond", "violation", 2, None, None, Q03_BOND),
        fee("document_retention", "violation", 2, None, None, Q03_PASS),
        fee("blacklisting_threat", "violation", 2, None, None, Q03_BLACK),
    ]
    return d, label(
        "h2b",
        "es",
        2,
        fees,
        [
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Gestoría Laboral Costa Pacífico, S. de R.L.", "Eleazar Osuna Tirado"],
        [
            "'no cobra comisión alguna' (negated fee) next to a euphemistic 'apoyo para el trámite'",
            "inbound bus repaid by employer in first week",
            "return bus paid",
            "knives, mesh gloves and boots free",
            "trailer housing without rent",
        ],
        "recruiter_agreement",
        "serif legal style; declarations and clauses; gridded terms table; fingerprint box",
    )


# ---------------------------------------------------------------------------
# af04  H-2B meat packing, employer disclosure with payer columns

Q04_MED = "Pre-employment drug screen and TB test Worker $95.00 Deducted from first paycheck"
Q04_INS = "Accident insurance plan (required) Worker $12.40 per week Weekly payroll deduction"
Q04_HOUSE = "Shared company apartment Worker $110.00 per week Weekly payroll deduction"


def af04(Doc):
    red = (140, 28, 34)
    d = Doc(
        base="dvc",
        size=9,
        band=red,
        band_text="PRAIRIE BEND MEATS, LLC  ·  Human Resources",
        footer="Disclosure PBM-H2B-2027 · page {p} of {nb}",
    )
    d.add_page()
    d.htitle("EMPLOYER DISCLOSURE OF TERMS AND COSTS", size=14, color=red, gap=0)
    d.para(
        "H-2B Meat Trimmer, 2027 season. Given to each worker before the visa interview.", style="I"
    )
    d.grid(
        [
            ["Term", "Detail"],
            [
                "Employer",
                "Prairie Bend Meats, LLC, 3100 Stockyard Avenue, Council Flats, NE 68831; tel. (308) 555-0121",
            ],
            [
                "Position",
                "Meat trimmer (SOC 51-3022), 60 openings. Trim fat and bone from beef primals on a moving line with straight and powered knives; package, weigh and label cuts.",
            ],
            ["Worksite", "Plant No. 2, 3100 Stockyard Avenue, Council Flats, Nebraska"],
            ["Dates", "March 15, 2027 to December 15, 2027"],
            [
                "Schedule",
                "40 hours per week: Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid lunch",
            ],
            ["Wage", "$19.10 per hour"],
            ["Overtime", "$28.65 per hour for hours over 40 in a workweek"],
            ["Payday", "Weekly, every Friday, by direct deposit or check"],
            [
                "Pay statement",
                "Itemized each payday: hours offered, hours worked, rate, gross pay, each deduction, net pay",
            ],
            [
                "Deductions",
                'Federal and Nebraska income tax, Social Security and Medicare, and the items marked "Worker" in the cost table',
            ],
            [
                "Requirements",
                "No experience needed. New hires complete a 3-day knife-skills orientation on the clock, at no cost to them.",
            ],
            [
                "Ending employment",
                "Five consecutive unexcused absences count as abandonment. Dismissal for cause only after a written warning.",
            ],
            [
                "Plant closure",
                "If fire, flood or an animal-disease quarantine closes the plant and DOL agrees the contract cannot continue, workers are paid for all hours worked through the closing date, their trip home, and any reimbursement still owed.",
            ],
        ],
        [92, 412],
        size=8.6,
        head_fill=(240, 220, 220),
        bold_first=True,
    )
    d.para(
        "Questions about this disclosure can be sent to hr@prairiebendmeats.example or asked "
        "during the orientation. A Spanish copy is available on request.",
        size=8.5,
    )

    d.add_page()
    d.h2("WHO PAYS WHAT", color=red, before=0, rule=True)
    d.para(
        "The table below lists every cost connected with this job and who carries it. Costs "
        "marked Employer are never passed on to the worker in any form."
    )
    d.grid(
        [
            ["Item", "Paid by", "Amount", "When / how"],
            [
                "Visa issuance (MRV) fee",
                "Employer",
                "$205.00",
                "Repaid in cash in the first workweek",
            ],
            [
                "Bus and road meals, consulate to plant",
                "Employer",
                "Actual cost",
                "Repaid with the first paycheck",
            ],
            [
                "Bus home at end of contract",
                "Employer",
                "Actual cost",
                "Ticket bought by the employer",
            ],
            [
                "Knives, steel, mesh glove, frock, helmet",
                "Employer",
                "No charge",
                "Issued on day one; no deposit",
            ],
            [
                "Pre-employment drug screen and TB test",
                "Worker",
                "$95.00",
                "Deducted from first paycheck",
            ],
            [
                "Accident insurance plan (required)",
                "Worker",
                "$12.40 per week",
                "Weekly payroll deduction",
            ],
            ["Shared company apartment", "Worker", "$110.00 per week", "Weekly payroll deduction"],
            [
                "Recruiting by Alianza Norte Reclutamiento, S.C.",
                "Employer",
                "Paid by us",
                "No worker may be charged",
            ],
            [
                "Personal cell phone plan (optional)",
                "Worker, if wanted",
                "Carrier price",
                "Bought directly from any carrier",
            ],
        ],
        [186, 70, 76, 172],
        size=8.4,
        family="narrow",
        head_fill=(240, 220, 220),
        zebra=(250, 244, 244),
    )
    d.para(
        "Alianza Norte Reclutamiento, S.C. has signed a contract with Prairie Bend Meats that "
        "forbids it, its staff and its sub-agents from taking any payment from workers."
    )
    d.signatures(["Renata Voss, HR Director", "Worker's signature"], gap_above=40)
    fees = [
        fee("medical_cost", "violation", 2, 95.0, "USD", Q04_MED),
        fee("insurance_cost", "violation", 2, 12.4, "USD", Q04_INS),
        fee("housing_charge", "review", 2, 110.0, "USD", Q04_HOUSE),
    ]
    return d, label(
        "h2b",
        "en",
        2,
        fees,
        ["wage_adjustment", "three_fourths_guarantee"],
        ["Alianza Norte Reclutamiento, S.C."],
        [
            "payer-column table: visa, travel, return, tools marked Employer",
            "knife-skills orientation on the clock at no cost (not a training charge)",
            "recruiter paid by employer; no worker may be charged",
            "optional personal phone plan bought from a carrier (voluntary purchase)",
            "'direct deposit' is not a deposit",
        ],
        "employer_disclosure",
        "header band; gridded terms table; second page cost table with Paid by / Amount columns",
    )


# ---------------------------------------------------------------------------
# af05  H-2A onion harvest, Spanish job order, two columns, compliant


def af05(Doc):
    brown = (120, 72, 20)
    d = Doc(
        base="dv",
        size=8.4,
        running="Altamaha Bend Farms, LLP · Orden de colocación GA-2027-30514 · Versión en español",
        footer="Página {p} de {nb}",
        margins=(44, 44, 44),
    )
    d.add_page()
    d.htitle("ORDEN DE TRABAJO AGRÍCOLA H-2A", size=15, color=brown, gap=0)
    d.para("Cosecha de cebolla dulce · Temporada 2027", style="B", size=10, gap=6)
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Altamaha Bend Farms, LLP, 2290 Old Jesup Highway, Glennville Crossing, Georgia 30427 · Tel. (912) 555-0148",
            ],
            ["Puesto", "Trabajador agrícola de cosecha (SOC 45-2092) · 64 vacantes"],
            ["Periodo", "Del 22 de marzo al 2 de julio de 2027"],
            ["Jornada", "35 horas por semana, de lunes a sábado, de 7:00 a 14:00 aproximadamente"],
            ["Salario", "$16.08 por hora, o $0.95 por saco lleno si resulta mayor"],
            ["Pago", "Semanal, cada viernes"],
        ],
        [100, 424],
        size=8.6,
        head_fill=(238, 226, 206),
        bold_first=True,
    )
    sections = [
        (
            "1. Tareas",
            "Arrancar, cortar y ensacar cebolla a mano; cargar sacos de 50 libras a los "
            "remolques; clasificar cebolla en la empacadora y deshierbar cuando no haya cosecha. "
            "Después de la primera semana se espera una cuota de producción de 8 sacos por hora; "
            "a quien no la alcance se le da capacitación, nunca un descuento.",
        ),
        (
            "2. Lugar de trabajo",
            "Campos y empacadora de la granja en 2290 Old Jesup Highway, Glennville Crossing, y "
            "parcelas arrendadas en los condados de Tattnall y Toombs, Georgia.",
        ),
        (
            "3. Requisitos",
            "Un mes de experiencia en cosecha manual de hortalizas y capacidad para levantar 50 "
            "libras de manera repetida. No se exige saber leer inglés.",
        ),
        (
            "4. Salario y ajustes",
            "Se paga $16.08 por hora o $0.95 por saco lleno, lo que resulte mayor en cada periodo "
            "de pago. La granja pagará siempre la tarifa más alta entre el AEWR, el salario "
            "prevaleciente, una tarifa negociada o el mínimo federal o estatal; si durante el "
            "contrato se publica una tarifa mayor, se aplica desde su fecha de vigencia.",
        ),
        (
            "5. Pago y comprobantes",
            "Cada viernes, por depósito directo sin costo o con cheque. Con cada pago se entrega "
            "un comprobante con las horas ofrecidas, las horas trabajadas, la tarifa, los sacos, "
            "el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "6. Descuentos",
            "Sólo se descuentan los impuestos federales y estatales que correspondan y, si el "
            "trabajador se inscribe en el plan de comidas, el costo diario indicado en el punto "
            "9. No se descuenta nada por vivienda, transporte, herramientas ni reclutamiento.",
        ),
        (
            "7. Garantía de tres cuartas partes",
            "La granja garantiza ofrecer a cada trabajador horas de trabajo equivalentes por lo "
            "menos a tres cuartas partes de los días laborables del periodo del contrato, "
            "multiplicadas por 35 horas. Si ofrece menos, paga la diferencia.",
        ),
        (
            "8. Vivienda",
            "Vivienda gratuita en los dormitorios de la granja, 2310 Old Jesup Highway, "
            "inspeccionados el 1 de marzo de 2027: camas con colchón, regaderas con agua caliente "
            "y lavadoras. No se cobra renta, servicios ni depósito.",
        ),
        (
            "9. Comidas",
            "La granja ofrece tres comidas diarias en su comedor por $14.25 al día, cantidad que "
            "no rebasa el máximo que publica el Departamento de Trabajo. Quien prefiera cocinar "
            "usa sin costo la cocina equipada de los dormitorios, con estufas y refrigeradores.",
        ),
        (
            "10. Viaje a la granja y regreso",
            "El viaje desde Monterrey, lugar de contratación, hasta la granja, con alimentos y "
            "hospedaje en el camino, se reembolsa: en la primera semana en la medida necesaria "
            "para que nadie gane menos del salario mínimo, y completo al cumplir la mitad del "
            "contrato. La granja también paga la visa y los cargos consulares. Al terminar el "
            "contrato, o si se le despide sin causa, la granja paga el regreso a Monterrey con "
            "sus alimentos.",
        ),
        (
            "11. Transporte diario",
            "Autobuses de la granja llevan a los trabajadores de los dormitorios a los campos y de "
            "regreso, sin costo alguno.",
        ),
        (
            "12. Herramientas",
            "Cuchillos, tijeras, guantes, cubetas y sacos se entregan gratis y sin depósito.",
        ),
        (
            "13. Compensación laboral",
            "La granja tiene seguro de compensación laboral con Peach State Mutual Insurance Co., "
            "póliza WC-448120, que cubre sin costo para el trabajador las lesiones y "
            "enfermedades del trabajo.",
        ),
        (
            "14. Abandono y despido",
            "Faltar cinco días laborables seguidos sin permiso se considera abandono, y la granja "
            "lo notificará a las autoridades dentro de dos días hábiles. El despido por causa "
            "justificada sólo procede después de una advertencia por escrito. En ambos casos el "
            "trabajador pierde la garantía de tres cuartas partes y el pago del regreso.",
        ),
        (
            "15. Imposibilidad de cumplir",
            "Si un incendio, una inundación, una helada u otro hecho fuera del control de la "
            "granja hace imposible seguir trabajando y el Departamento de Trabajo lo certifica, "
            "el contrato puede terminar antes; la granja paga la garantía hasta esa fecha, el "
            "regreso y los gastos de viaje pendientes.",
        ),
        (
            "16. Sin cobros por el empleo",
            "La granja contrata directamente. Nadie, ni la granja ni ningún tercero, puede "
            "cobrarle cuota alguna por este empleo.",
        ),
        (
            "17. Sus documentos y sus quejas",
            "Usted guarda su pasaporte en todo momento. Puede presentar quejas ante el "
            "Departamento de Trabajo o un abogado sin que eso afecte su contratación en esta "
            "ni en futuras temporadas.",
        ),
    ]
    d.ln(2)
    with d.text_columns(ncols=2, gutter=16, text_align="LEFT", line_height=1.25) as cols:
        for head, body in sections:
            d.set_font("dv", "B", 9)
            d.set_text_color(*brown)
            cols.write(head + "\n")
            d.set_text_color(0, 0, 0)
            d.set_font("dv", "", 8.4)
            cols.write(body + "\n\n")
    d.ln(10)
    d.signatures(["Firma del representante de la granja", "Firma del trabajador"], gap_above=20)
    return d, label(
        "h2a",
        "es",
        2,
        [],
        [],
        [],
        [
            "lawful h2a meal charge within the cap (optional meal plan, free kitchen)",
            "'cuota de producción' is a productivity standard, not a fee",
            "'depósito directo' is not a deposit",
            "free housing, no rent or deposit (h2a)",
            "inbound trip reimbursed; visa paid by the farm",
            "tools free, no deposit",
            "nobody may charge a fee (negated recruitment fee)",
            "lawful loss of guarantee and return trip on abandonment (not a breach penalty)",
            "worker keeps passport; complaints without effect on hiring",
        ],
        "job_order",
        "summary grid; body in two text columns; running header",
    )


# ---------------------------------------------------------------------------
# af06  H-2A blueberries, recruiter letter in Spanish

Q06_FEE = (
    "Para poner su nombre en la lista definitiva, deberá cubrir una cuota de inscripción de 3,500 "
    "pesos a más tardar el 20 de febrero, en efectivo en nuestra oficina o por depósito a la "
    "cuenta que le indicaremos."
)
Q06_TRAVEL = (
    "Todos los gastos del viaje de ida, desde Dolores Hidalgo hasta la granja, incluidos el hotel "
    "y las comidas en Monterrey, corren por cuenta del trabajador."
)
Q06_HOUSE = "La vivienda en la granja tiene un costo de 35 dólares por semana, que se descuentan del cheque."


def af06(Doc):
    navy = (28, 44, 92)
    d = Doc(base="sans", size=10, footer="{p}/{nb}", margins=(64, 40, 64))
    d.add_page()
    d.set_font("sans", "B", 13)
    d.set_text_color(*navy)
    d.cell(
        0, 16, "Servicios Agrícolas Internacionales Tres Ríos, S.C.", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_font("sans", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        11,
        "Calle Guanajuato 46, Zona Centro, Dolores Hidalgo, Gto. · Tel. 418 555 0192",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_draw_color(*navy)
    d.set_line_width(1.2)
    d.line(d.l_margin, d.get_y() + 3, d.w - d.r_margin, d.get_y() + 3)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_text_color(0, 0, 0)
    d.ln(14)
    d.para("Dolores Hidalgo, Gto., a 3 de febrero de 2027", align="R")
    d.para(
        "Sr. Jesús Abundio Ramírez Cervantes\nComunidad de La Quemada, Dolores Hidalgo, Gto.", gap=8
    )
    d.para("Asunto: preselección para la temporada H-2A de arándano 2027", style="B", gap=8)
    d.para("Estimado señor Ramírez:")
    d.para(
        "Nos da gusto informarle que nuestra oficina lo preseleccionó para la temporada de "
        "cosecha de arándano en Coharie Creek Berry Farm, Inc., en Carolina del Norte. Abajo le "
        "resumimos las condiciones que nos comunicó el patrón; en la siguiente hoja encontrará "
        "los pasos que siguen.",
        align="J",
        gap=8,
    )
    d.grid(
        [
            [
                "Empleador",
                "Coharie Creek Berry Farm, Inc., 5120 Beulah Church Road, Clinton Ridge, NC 28328",
            ],
            [
                "Trabajo",
                "Pizca de arándano a mano, llenado de cubetas y carga de cajas a los remolques",
            ],
            [
                "Lugar",
                "Campos de la granja en Clinton Ridge, condado de Sampson, Carolina del Norte",
            ],
            ["Temporada", "Del 5 de mayo al 25 de julio de 2027"],
            ["Horario", "De lunes a sábado, de 6:00 a 14:30; unas 40 horas por semana"],
            ["Pago", "15.81 dólares por hora, o 0.65 dólares por libra si sale más"],
            ["Día de pago", "Cada jueves (semanal)"],
            ["Descuentos", "Impuestos de ley y la vivienda (ver la hoja 2)"],
            ["Vivienda", "Casas de la granja en 5120 Beulah Church Road, 8 personas por casa"],
            ["Al campo", "Camión de la granja, gratis"],
            ["Regreso", "El patrón paga el autobús de regreso a Monterrey al terminar"],
            ["Requisitos", "18 años cumplidos y una temporada de pizca en México o EE. UU."],
        ],
        [90, 394],
        head=False,
        size=9.2,
        bold_first=True,
        zebra=(236, 240, 250),
    )

    d.add_page()
    d.h2("Pasos y pagos", size=11.5, color=navy, before=0)
    d.para("**1. Inscripción.** " + Q06_FEE, align="L", gap=6)
    d.para(
        "**2. Cita consular.** La granja agenda la cita en el consulado de Monterrey y paga "
        "directamente la visa; usted no debe pagar nada en el consulado.",
        gap=6,
    )
    d.para("**3. Viaje.** " + Q06_TRAVEL, gap=6)
    d.para("**4. Vivienda.** " + Q06_HOUSE, gap=6)
    d.para(
        "**5. Documentos.** Traiga su pasaporte vigente y su credencial de elector. Usted los "
        "conserva en todo momento.",
        gap=6,
    )
    d.para(
        "Si tiene dudas, llámenos de lunes a viernes de 9:00 a 17:00. Le deseamos una buena "
        "temporada.",
        gap=14,
    )
    d.para("Atentamente,", gap=30)
    d.para("Ing. Leticia Sauceda Olvera\nCoordinadora de Reclutamiento", style="B")
    fees = [
        fee("recruitment_fee", "violation", 2, 3500.0, "MXN", Q06_FEE),
        fee("travel_cost", "violation", 2, None, None, Q06_TRAVEL),
        fee("housing_charge", "violation", 2, 35.0, "USD", Q06_HOUSE),
    ]
    return d, label(
        "h2a",
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "inbound_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Servicios Agrícolas Internacionales Tres Ríos, S.C."],
        [
            "visa paid directly by the farm",
            "free daily truck to the field",
            "return bus paid by employer",
            "worker keeps passport",
        ],
        "recruiter_letter",
        "letter with letterhead rule; zebra summary table without header; steps on page 2",
    )


# ---------------------------------------------------------------------------
# af07  generic (Philippines to Qatar), OFW-style hotel contract

Q07_FEE = "The Worker shall pay the Agency a processing contribution of PHP 25,000.00 upon signing of this Contract."
Q07_TRAIN = (
    "The trade test and culinary skills assessment at the Agency's accredited center, amounting to "
    "PHP 4,800.00, shall be for the Worker's account."
)
Q07_MED = (
    "The medical examination at the Agency's designated clinic, which costs four thousand two "
    "hundred pesos (PHP 4,200.00), shall likewise be shouldered by the Worker."
)
Q07_PASS = (
    "For safekeeping, the Worker's passport and Qatar ID shall remain with the Employer's Human "
    "Resources Department for the whole duration of this Contract and shall be released to him "
    "upon final exit."
)
Q07_PEN = (
    "Should the Worker resign before completing twelve (12) months of service, he shall pay the "
    "Employer liquidated damages equivalent to two months' basic salary."
)


def af07(Doc):
    d = Doc(
        fmt="A4",
        base="serif",
        size=10.5,
        footer="Page {p} of {nb}  ·  Contract Ref. LHMS-QA-2027-0316",
        margins=(60, 56, 60),
    )
    d.add_page()
    d.htitle(
        "STANDARD EMPLOYMENT CONTRACT FOR OVERSEAS HOSPITALITY WORKERS", size=13, align="C", gap=2
    )
    d.para("Contract Ref. LHMS-QA-2027-0316", align="C", style="I", gap=8)
    d.para("This Contract is entered into voluntarily by and between:")
    d.grid(
        [
            [
                "Employer",
                "Pearl Dunes Hospitality W.L.L., Building 42, Street 905, Al Wakrah, State of Qatar",
            ],
            [
                "Worker",
                "Rodel Manalastas Dizon, of Barangay San Isidro, Angeles City, Pampanga, Philippines",
            ],
            [
                "Philippine agency",
                "Luzon Horizon Manpower Services Corp., 2/F Arcadia Building, Taft Avenue, Malate, Manila",
            ],
        ],
        [120, 355],
        head=False,
        size=9.8,
        bold_first=True,
    )
    arts = [
        (
            "Article 1. Position and duties.",
            "The Worker is hired as Commis II in the all-day dining kitchen of the Pearl Dunes "
            "Resort & Spa. He shall prepare cold and hot dishes as directed by the chef de partie, "
            "keep his station clean, and receive and store deliveries.",
        ),
        ("Article 2. Place of work.", "Pearl Dunes Resort & Spa, Al Wakrah, Qatar."),
        (
            "Article 3. Duration.",
            "This Contract runs for two (2) years, from 1 March 2027 to 28 February 2029.",
        ),
        (
            "Article 4. Hours of work.",
            "Regular working hours shall be eight (8) hours a day, six (6) days a week, with one "
            "paid rest day each week. Work beyond eight hours a day shall be paid as overtime in "
            "accordance with Qatari law.",
        ),
        (
            "Article 5. Salary.",
            "The Worker shall receive a basic monthly salary of QAR 1,800.00 (one thousand eight "
            "hundred Qatari riyals), paid monthly by bank transfer not later than the seventh day "
            "of the following month.",
        ),
        (
            "Article 6. Deductions.",
            "No deduction shall be made from the Worker's salary except income deductions "
            "authorized by Qatari law and amounts ordered by a competent court.",
        ),
        (
            "Article 7. Food and accommodation.",
            "The Employer shall provide free shared accommodation in the staff village and three "
            "free meals a day in the staff canteen.",
        ),
    ]
    for head, body in arts:
        d.para(f"**{head}** {body}", align="J")

    d.add_page()
    d.para(
        "**Article 8. Travel and visa.** The Employer shall bear the cost of the Worker's work "
        "visa, residence permit and economy airfare from Manila to Doha, and shall provide the "
        "return ticket to Manila upon completion of this Contract or upon its termination for "
        "any reason not attributable to the Worker. The Agency's service fee is likewise paid "
        "by the Employer.",
        align="J",
    )
    d.para("**Article 9. Pre-departure costs.**", gap=2)
    d.para("9.1 " + Q07_FEE, indent=14, gap=2)
    d.para("9.2 " + Q07_TRAIN, indent=14, gap=2)
    d.para("9.3 " + Q07_MED, indent=14, gap=2)
    d.para(
        "9.4 The Pre-Departure Orientation Seminar is given free of charge by the Department of "
        "Migrant Workers.",
        indent=14,
    )
    d.para("**Article 10. Documents.** " + Q07_PASS)
    d.para(
        "**Article 11. Termination.** The Employer may terminate this Contract for just cause "
        "as defined in the Qatar Labour Law, after written notice and investigation. The Worker "
        "may terminate it by giving one (1) month's written notice. " + Q07_PEN
    )
    d.para(
        "**Article 12. Medical care.** The Worker shall receive medical care in Qatar under the "
        "state health card, which the Employer issues and pays for.",
        align="J",
    )
    d.para(
        "**Article 13. Disputes.** Disputes shall be settled amicably where possible, otherwise "
        "before the labour authorities of Qatar, without prejudice to the Worker's remedies in "
        "the Philippines.",
        align="J",
    )
    d.signatures(
        ["For the Employer", "For the Agency", "Rodel Manalastas Dizon, Worker"],
        gap_above=40,
    )
    fees = [
        fee("recruitment_fee", "violation", 2, 25000.0, "PHP", Q07_FEE),
        fee("training_cost", "violation", 2, 4800.0, "PHP", Q07_TRAIN),
        fee("medical_cost", "violation", 2, 4200.0, "PHP", Q07_MED),
        fee("document_retention", "violation", 2, None, None, Q07_PASS),
        fee("breach_penalty", "violation", 2, None, None, Q07_PEN),
    ]
    return d, label(
        "generic",
        "en",
        2,
        fees,
        [],
        ["Luzon Horizon Manpower Services Corp."],
        [
            "agency's service fee paid by the employer",
            "free accommodation and meals",
            "employer pays visa, residence permit and airfare both ways",
            "government pre-departure seminar free of charge (third party)",
            "health card paid by employer",
            "'For safekeeping' euphemism for passport retention",
        ],
        "ofw_contract",
        "A4 serif; parties table; numbered articles; indented sub-clauses",
    )


# ---------------------------------------------------------------------------
# af08  generic (El Salvador to Canada), Spanish recruiter agreement, compliant


def af08(Doc):
    blue = (20, 70, 140)
    d = Doc(
        base="noto",
        size=9.2,
        band=blue,
        band_text="ENLACE LABORAL CUSCATLÁN, S.A. DE C.V.",
        footer="Página {p} de {nb}",
    )
    d.add_page()
    d.htitle(
        "CONVENIO DE RECLUTAMIENTO SIN COSTO PARA LA TRABAJADORA", size=13.5, color=blue, gap=2
    )
    d.para("San Miguel, El Salvador, 9 de febrero de 2027", style="I", gap=6)
    d.para(
        "Enlace Laboral Cuscatlán, S.A. de C.V., con domicilio en 4a Calle Poniente 215, San "
        'Miguel, representada por el Lic. Óscar Mauricio Benítez Romero ("LA AGENCIA"), y Ana '
        'Cecilia Rivas Portillo, con DUI 05873214-6, residente en Chinameca, San Miguel ("LA '
        'TRABAJADORA"), acuerdan lo siguiente.',
        align="J",
    )
    d.h2("PRIMERA. El empleo", color=blue, before=2)
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Glacier Gate Lodge Ltd., 410 Caribou Street, Banff, Alberta T1L 1A1, Canadá",
            ],
            [
                "Puesto",
                "Camarista (Room Attendant): limpiar y arreglar habitaciones, reponer blancos y amenidades y reportar desperfectos",
            ],
            ["Lugar", "Hotel Glacier Gate Lodge, 410 Caribou Street, Banff, Alberta"],
            ["Duración", "Del 1 de mayo de 2027 al 30 de abril de 2028"],
            ["Jornada", "8 horas diarias, 5 días por semana (40 horas semanales)"],
            [
                "Salario",
                "17.50 dólares canadienses por hora; horas extra después de 44 a la semana, a 26.25 por hora",
            ],
            ["Pago", "Cada dos semanas, por depósito directo en cuenta bancaria"],
            [
                "Descuentos",
                "Sólo los obligatorios por ley en Canadá: impuesto sobre la renta, CPP y seguro de empleo (EI)",
            ],
            [
                "Regreso",
                "El empleador paga el boleto aéreo Calgary–San Salvador al terminar el contrato",
            ],
        ],
        [90, 414],
        size=8.8,
        head_fill=(214, 226, 244),
        bold_first=True,
    )
    d.h2("SEGUNDA. ¿Quién paga qué?", color=blue, before=2)
    d.grid(
        [
            ["Concepto", "Paga el empleador", "Paga la trabajadora"],
            ["Selección y reclutamiento", "Sí", "Nada"],
            ["Permiso de trabajo (LMIA) y datos biométricos", "Sí", "Nada"],
            ["Examen médico migratorio", "Sí", "Nada"],
            ["Pasaporte (emisión o renovación)", "Sí, se reembolsa al presentar el recibo", "Nada"],
            ["Boleto de avión de ida y de regreso", "Sí", "Nada"],
            ["Seguro médico privado de los primeros 3 meses", "Sí", "Nada"],
            ["Uniformes y equipo de limpieza", "Sí", "Nada"],
            ["Curso de inglés básico antes del viaje", "No: lo imparte gratis INSAFORP", "Nada"],
        ],
        [230, 180, 94],
        size=8.6,
        head_fill=(214, 226, 244),
        zebra=(244, 247, 252),
    )

    d.add_page()
    clauses = [
        (
            "TERCERA. Honorarios.",
            "Los honorarios de LA AGENCIA los paga en su totalidad el empleador. LA AGENCIA no "
            "cobrará a LA TRABAJADORA, ni directa ni indirectamente, ninguna cuota, comisión, "
            "depósito o garantía, ni por medio de familiares o terceros.",
        ),
        (
            "CUARTA. Vivienda.",
            "El empleador ofrece habitación compartida en la residencia del personal en Banff sin "
            "costo alguno; si LA TRABAJADORA prefiere vivir en otro lugar, tampoco se le cobra "
            "nada.",
        ),
        (
            "QUINTA. Documentos.",
            "LA TRABAJADORA conserva siempre su pasaporte y su DUI. Nadie puede retenerlos.",
        ),
        (
            "SEXTA. Aportaciones de ley.",
            "El CPP (plan de pensiones) y el seguro de empleo (EI) son aportaciones que la ley "
            "canadiense exige a toda persona trabajadora; no son cobros de LA AGENCIA ni del "
            "empleador.",
        ),
        (
            "SÉPTIMA. Compras voluntarias.",
            "Si lo desea, LA TRABAJADORA puede comprar ropa de invierno en la tienda del hotel "
            "con descuento de empleada. La compra es voluntaria; el abrigo del uniforme se entrega "
            "gratis.",
        ),
        (
            "OCTAVA. Trato con huéspedes.",
            "Cuando un huésped se hospeda con mascota, el hotel le cobra una tarifa de limpieza "
            "adicional; la camarista sólo debe avisar a recepción.",
        ),
        (
            "NOVENA. Terminación.",
            "El empleador sólo puede despedir con causa justificada conforme al Employment "
            "Standards Code de Alberta y con aviso por escrito. LA TRABAJADORA puede renunciar en "
            "cualquier momento avisando con dos semanas de anticipación, sin multa ni "
            "penalización de ningún tipo.",
        ),
        (
            "DÉCIMA. Quejas.",
            "LA TRABAJADORA puede presentar quejas ante el consulado, el Ministerio de Trabajo o "
            "las autoridades de Alberta sin represalias ni listas negras.",
        ),
    ]
    for head, body in clauses:
        d.para(f"**{head}** {body}", align="J", gap=5)
    d.signatures(
        [
            "Lic. Óscar Mauricio Benítez Romero, por LA AGENCIA",
            "Ana Cecilia Rivas Portillo, LA TRABAJADORA",
        ],
        gap_above=50,
    )
    return d, label(
        "generic",
        "es",
        2,
        [],
        [],
        ["Enlace Laboral Cuscatlán, S.A. de C.V."],
        [
            "payer table where the worker column reads 'Nada' on every row",
            "passport reimbursed by employer",
            "English course given free by a third party (INSAFORP)",
            "agency fees paid by employer; no cuota, depósito or garantía (negated)",
            "free staff housing",
            "statutory CPP and EI contributions (not an insurance_cost finding)",
            "voluntary purchase of winter clothes; uniform coat free",
            "pet cleaning charge billed to hotel guests",
            "resign without multa or penalización (negated penalty)",
            "'depósito directo' is not a deposit",
        ],
        "recruiter_agreement",
        "header band; gridded terms table; payer-column table; clauses on page 2",
    )


# ---------------------------------------------------------------------------
# af09  H-2B crawfish, bilingual employee handbook

Q09_MOVE_EN = (
    "Residents must be inside company housing by 9:00 p.m. and may not leave the grounds on weekends "
    "without a pass signed by the supervisor."
)
Q09_MOVE_ES = (
    "Los residentes deben estar dentro de la vivienda de la compañía a las 9:00 p.m. y no pueden "
    "salir del terreno los fines de semana sin un pase firmado por el supervisor."
)
Q09_ADV_EN = (
    "Workers who need money for the trip may take a company advance of up to $600, which is repaid "
    "through weekly payroll deductions of $75 until the balance is cleared."
)
Q09_ADV_ES = (
    "Quien necesite dinero para el viaje puede pedir a la compañía un adelanto de hasta 600 dólares, "
    "que se paga con descuentos semanales de 75 dólares hasta liquidar el saldo."
)
Q09_MEAL = "Lunch plan / Plan de almuerzo $9.00 per day / por día Weekly / Semanal"


def af09(Doc):
    purple = (88, 40, 110)
    d = Doc(
        base="dv",
        size=9,
        running="Bayou Teche Crawfish Processors, LLC — Employee Handbook / Manual del Empleado 2027",
        footer="{p}",
    )
    d.add_page()
    d.htitle("EMPLOYEE HANDBOOK — 2027 SEASON", size=15, color=purple, gap=0)
    d.htitle("MANUAL DEL EMPLEADO — TEMPORADA 2027", size=12, color=(130, 90, 150), gap=4)
    d.para(
        "Welcome to Bayou Teche. This handbook explains your job, your pay and the rules of "
        "company housing. Read it with your crew leader and keep it.",
        gap=2,
    )
    d.para(
        "Bienvenido a Bayou Teche. Este manual explica su trabajo, su pago y las reglas de la "
        "vivienda de la compañía. Léalo con su jefe de cuadrilla y consérvelo.",
        style="I",
        gap=6,
    )
    d.h2("1. Your job at a glance / Su trabajo en resumen", color=purple, before=0)
    d.grid(
        [
            ["", "English", "Español"],
            [
                "Employer / Empleador",
                "Bayou Teche Crawfish Processors, LLC, 6015 Levee Road, Breaux Landing, LA 70517",
                "Bayou Teche Crawfish Processors, LLC, 6015 Levee Road, Breaux Landing, LA 70517",
            ],
            [
                "Job / Puesto",
                "Crawfish peeler: peel boiled crawfish tails, devein them and pack the meat in 1-lb bags",
                "Pelador de langostino: pelar colas cocidas, desvenarlas y empacar la carne en bolsas de 1 libra",
            ],
            [
                "Place / Lugar",
                "Peeling plant, 6015 Levee Road, Breaux Landing, Louisiana",
                "Planta peladora, 6015 Levee Road, Breaux Landing, Luisiana",
            ],
            [
                "Season / Temporada",
                "February 1 to June 30, 2027",
                "Del 1 de febrero al 30 de junio de 2027",
            ],
            [
                "Hours / Horario",
                "40 hours a week, Monday to Saturday, from 5:00 a.m. to about 1:00 p.m.",
                "40 horas a la semana, de lunes a sábado, de 5:00 a.m. a la 1:00 p.m. aprox.",
            ],
            [
                "Pay / Pago",
                "$15.92 per hour, or $2.10 per pound of peeled tail meat if that is more",
                "$15.92 por hora, o $2.10 por libra de cola pelada si es más",
            ],
            [
                "Raises / Aumentos",
                "We pay the highest of the offered, prevailing or minimum wage; a higher rate applies from its start date",
                "Pagamos el más alto entre el salario ofrecido, el prevaleciente o el mínimo; una tarifa mayor se aplica desde su inicio",
            ],
            [
                "Overtime / Horas extra",
                "$23.88 per hour after 40 hours in a week",
                "$23.88 por hora después de 40 horas en la semana",
            ],
            ["Payday / Día de pago", "Every Friday", "Cada viernes"],
            [
                "Pay stub / Talón",
                "Shows hours offered and worked, rate, pounds, gross pay, each deduction and net pay",
                "Muestra horas ofrecidas y trabajadas, tarifa, libras, pago bruto, cada descuento y pago neto",
            ],
            [
                "Deductions / Descuentos",
                "Taxes and the items in Section 4",
                "Impuestos y los conceptos de la sección 4",
            ],
            [
                "Trip in / Viaje de ida",
                "Bus and road meals from Monterrey repaid in your first week",
                "Autobús y comidas del camino desde Monterrey, reembolsados en la primera semana",
            ],
            [
                "Trip home / Regreso",
                "Paid by the company at the end of the season",
                "Pagado por la compañía al final de la temporada",
            ],
            [
                "Visa",
                "Visa and border-crossing fees repaid in your first week",
                "Visa y cuotas de cruce fronterizo reembolsadas en la primera semana",
            ],
            [
                "Tools / Herramientas",
                "Gloves, aprons, rubber boots and knives are free; no deposit",
                "Guantes, mandiles, botas de hule y cuchillos gratis; sin depósito",
            ],
            [
                "Quitting and dismissal / Renuncia y despido",
                "Five workdays in a row absent without notice count as abandonment; dismissal for cause only after a written warning",
                "Cinco días seguidos de faltas sin aviso cuentan como abandono; despido por causa sólo tras una advertencia por escrito",
            ],
        ],
        [100, 202, 202],
        size=7.8,
        head_fill=(232, 222, 240),
        bold_first=True,
    )

    d.add_page()
    d.h2("2. Company housing / Vivienda de la compañía", color=purple, before=0)
    d.para(
        "Company housing at 6021 Levee Road is provided without rent or utility charges. Each "
        "room has four beds, lockers and air conditioning.",
        gap=2,
    )
    d.para(
        "La vivienda de la compañía en 6021 Levee Road se ofrece sin cobro de renta ni de "
        "servicios. Cada cuarto tiene cuatro camas, casilleros y aire acondicionado.",
        style="I",
        gap=6,
    )
    d.para(Q09_MOVE_EN, gap=2)
    d.para(Q09_MOVE_ES, style="I", gap=6)
    d.para("Keep the kitchen clean and report leaks to the housing manager.", gap=2)
    d.para(
        "Mantenga limpia la cocina y reporte las fugas al encargado de vivienda.", style="I", gap=6
    )
    d.h2("3. Travel advance / Adelanto para el viaje", color=purple)
    d.para(Q09_ADV_EN, gap=2)
    d.para(Q09_ADV_ES, style="I", gap=6)
    d.para(
        "Ask the office for the advance form before you leave Mexico.",
        gap=2,
    )
    d.para(
        "Pida en la oficina la solicitud de adelanto antes de salir de México.", style="I", gap=6
    )

    d.add_page()
    d.h2("4. Pay deduction schedule / Tabla de descuentos", color=purple, before=0)
    d.grid(
        [
            ["Deduction / Descuento", "Amount / Cantidad", "How often / Frecuencia"],
            [
                "Federal income tax / Impuesto federal",
                "IRS tables / Tablas del IRS",
                "Each payday / Cada pago",
            ],
            ["Social Security, Medicare", "7.65%", "Each payday / Cada pago"],
            [
                "Louisiana income tax / Impuesto estatal",
                "State tables / Tablas estatales",
                "Each payday / Cada pago",
            ],
            ["Lunch plan / Plan de almuerzo", "$9.00 per day / por día", "Weekly / Semanal"],
            ["Housing / Vivienda", "$0.00", "Never / Nunca"],
            ["Boots and knives / Botas y cuchillos", "$0.00", "Never / Nunca"],
        ],
        [190, 150, 150],
        size=8.4,
        family="narrow",
        head_fill=(232, 222, 240),
    )
    d.h2("5. Breaks / Descansos", color=purple)
    d.para(
        "Free coffee is always ready in the break room. The boil crew feeds the crawfish into "
        "the boilers before peeling starts, so the first break is at 8:30 a.m.",
        gap=2,
    )
    d.para(
        "Siempre hay café gratis en el cuarto de descanso. La cuadrilla de cocción mete el "
        "langostino a las calderas antes de que empiece el pelado, así que el primer descanso "
        "es a las 8:30 a.m.",
        style="I",
        gap=6,
    )
    d.h2("6. Questions and complaints / Preguntas y quejas", color=purple)
    d.para(
        "You may bring any complaint to the office, to the U.S. Department of Labor or to a "
        "lawyer. Nobody will be punished for doing so.",
        gap=2,
    )
    d.para(
        "Puede llevar cualquier queja a la oficina, al Departamento de Trabajo de EE. UU. o a "
        "un abogado. Nadie será castigado por hacerlo.",
        style="I",
        gap=6,
    )
    fees = [
        fee("movement_restriction", "violation", 2, None, None, Q09_MOVE_EN, group=1),
        fee("movement_restriction", "violation", 2, None, None, Q09_MOVE_ES, group=1),
        fee("debt_bondage", "violation", 2, 600.0, "USD", Q09_ADV_EN, group=2),
        fee("debt_bondage", "violation", 2, 600.0, "USD", Q09_ADV_ES, group=2),
        fee("meal_charge", "review", 3, 9.0, "USD", Q09_MEAL),
    ]
    return d, label(
        "h2b",
        "en+es",
        3,
        fees,
        ["three_fourths_guarantee", "contract_impossibility", "job_requirements"],
        [],
        [
            "housing without rent or utility charges; $0.00 housing row",
            "boots and knives $0.00 deduction row",
            "inbound bus and visa fees repaid in first week",
            "tools free, no deposit",
            "'coffee' contains 'fee'; 'feeds the crawfish' is a job word",
            "complaints without punishment (negated blacklisting)",
        ],
        "handbook",
        "handbook; bilingual EN then ES (italic) paragraphs; 3-column EN/ES glance grid; deduction schedule table",
    )


# ---------------------------------------------------------------------------
# af10  generic (Honduras to Spain), scanned Spanish intermediation contract

Q10_FEE = (
    "LA TRABAJADORA pagará a LA AGENCIA quince mil lempiras (L 15,000.00) en concepto de gestión "
    "de expediente y reserva de plaza."
)
Q10_BOND = (
    "Como garantía de que regresará a Honduras al terminar la campaña, LA TRABAJADORA entregará a "
    "LA AGENCIA un cheque posfechado por L 30,000.00, que se cobrará si no regresa."
)
Q10_PASS = "La obtención o renovación del pasaporte hondureño corre por cuenta de LA TRABAJADORA."


def af10(Doc):
    d = Doc(base="serif", size=10.2, footer="", margins=(58, 46, 58), bottom=30)
    d.add_page()
    d.htitle("CONTRATO DE INTERMEDIACIÓN LABORAL", size=13, align="C", gap=0)
    d.para("Campaña de fresa 2027 — Huelva, España", align="C", style="B", gap=8)
    d.para(
        "En San Pedro Sula, Cortés, a 11 de noviembre de 2026, comparecen Agencia de Empleo "
        'Valle de Sula, S. de R.L. ("LA AGENCIA"), con domicilio en Barrio Guamilito, 6a '
        "Avenida, San Pedro Sula, y la señora Reina Isabel Mejía Funez, con DNI 0501-1994-07731 "
        '("LA TRABAJADORA"), quienes convienen lo siguiente.',
        align="J",
    )
    d.grid(
        [
            [
                "Empresa",
                "Agrícola Marismas del Odiel, S.L., Carretera A-494, km 12, 21800 Moguer (Huelva), España",
            ],
            ["Puesto", "Recolectora de fresa y frutos rojos en invernadero y campo abierto"],
            ["Lugar", "Fincas de la empresa en Moguer, Huelva"],
            ["Campaña", "Del 15 de febrero al 15 de junio de 2027"],
            ["Jornada", "6 horas y 30 minutos diarios, de lunes a sábado (39 horas semanales)"],
            ["Salario", "9.10 euros por hora"],
            ["Pago", "Mensual, por transferencia bancaria"],
            ["Descuentos", "Cotización a la Seguridad Social e IRPF"],
            ["Alojamiento", "En la finca, sin costo"],
            ["Regreso", "La empresa paga el vuelo Madrid–San Pedro Sula al final de la campaña"],
        ],
        [96, 400],
        head=False,
        size=9.6,
        bold_first=True,
    )
    d.para("**PRIMERA.** " + Q10_FEE, align="L")
    d.para("**SEGUNDA.** " + Q10_BOND, align="L")
    d.para("**TERCERA.** " + Q10_PASS + " El visado de temporada lo tramita y paga la empresa.")
    d.para(
        "**CUARTA.** LA AGENCIA entregará a LA TRABAJADORA una copia de su contrato de trabajo "
        "firmado por la empresa antes del viaje.",
    )
    d.signatures(["Por LA AGENCIA", "Reina Isabel Mejía Funez"], gap_above=36)
    fees = [
        fee("recruitment_fee", "violation", 1, 15000.0, "HNL", Q10_FEE),
        fee("deposit_or_bond", "violation", 1, 30000.0, "HNL", Q10_BOND),
        fee("visa_cost", "violation", 1, None, None, Q10_PASS),
    ]
    return d, label(
        "generic",
        "es",
        1,
        fees,
        ["termination"],
        ["Agencia de Empleo Valle de Sula, S. de R.L."],
        [
            "seasonal visa paid by the employer",
            "lodging at no cost",
            "return flight paid by employer",
            "passport fee alone is a violation under generic (review only under h2a/h2b)",
        ],
        "recruiter_agreement",
        "one page; serif; gridded terms table; numbered clauses; SCANNED image-only",
        scanned=True,
    )


# ---------------------------------------------------------------------------
# af11  H-2B carnival, EN | ES aligned columns, compliant


def af11(Doc):
    orange = (180, 80, 10)
    d = Doc(
        base="sans",
        size=8.8,
        band=orange,
        band_text="LONE STAR MIDWAY AMUSEMENTS, INC.  ·  H-2B Work Contract / Contrato de trabajo H-2B",
        footer="{p} / {nb}",
        margins=(40, 44, 40),
    )
    d.add_page()
    d.htitle(
        "WORK CONTRACT — RIDE OPERATOR / CONTRATO DE TRABAJO — OPERADOR DE JUEGOS",
        size=12.5,
        color=orange,
        gap=2,
    )
    d.para(
        "Worker / Trabajador: Jorge Luis Castillo Méndez, Ciudad Valles, San Luis Potosí, México",
        style="B",
        gap=6,
    )
    rows = [
        ["", "English", "Español"],
        [
            "1",
            "Employer. Lone Star Midway Amusements, Inc., 1840 Fairground Loop, Gonzales Crossing, TX 78629; tel. (830) 555-0190.",
            "Empleador. Lone Star Midway Amusements, Inc., 1840 Fairground Loop, Gonzales Crossing, TX 78629; tel. (830) 555-0190.",
        ],
        [
            "2",
            "Job. Amusement ride operator (SOC 39-3091): set up, inspect, run and tear down rides; check riders' height and safety bars; scan the wristbands that customers buy at the ticket box; help load trucks between stops.",
            "Puesto. Operador de juegos mecánicos (SOC 39-3091): armar, revisar, operar y desarmar los juegos; revisar la estatura de los pasajeros y las barras de seguridad; escanear las pulseras que los clientes compran en la taquilla; ayudar a cargar los camiones entre paradas.",
        ],
        [
            "3",
            "Requirements. Three months of experience running or assembling rides or heavy equipment; able to lift 50 pounds and to work at heights with a harness.",
            "Requisitos. Tres meses de experiencia operando o armando juegos o maquinaria pesada; poder levantar 50 libras y trabajar en alturas con arnés.",
        ],
        [
            "4",
            "Places of work. The show plays, in this order: county fairgrounds in Gonzales Crossing, TX; Bryan, TX; Paris, TX; Enid, OK; Emporia, KS; Springfield, MO; and Waco, TX.",
            "Lugares de trabajo. La feria se presenta, en este orden, en los recintos feriales de Gonzales Crossing, TX; Bryan, TX; Paris, TX; Enid, OK; Emporia, KS; Springfield, MO; y Waco, TX.",
        ],
        [
            "5",
            "Period. April 1, 2027 to October 31, 2027.",
            "Periodo. Del 1 de abril al 31 de octubre de 2027.",
        ],
        [
            "6",
            "Hours. 40 hours a week, in shifts between noon and midnight, six days a week on show days; teardown nights count as work time.",
            "Horario. 40 horas a la semana, en turnos entre el mediodía y la medianoche, seis días por semana en días de función; las noches de desarme cuentan como tiempo de trabajo.",
        ],
        [
            "7",
            "Pay. $15.04 per hour. Overtime: $22.56 per hour after 40 hours in a workweek. If a higher prevailing or minimum wage takes effect, you are paid the higher rate from that date.",
            "Pago. $15.04 por hora. Horas extra: $22.56 por hora después de 40 horas en la semana. Si entra en vigor un salario prevaleciente o mínimo más alto, se le paga la tarifa mayor desde esa fecha.",
        ],
        [
            "8",
            "Payday. Every Friday, by pay card with free withdrawals at partner ATMs, or by check. Each pay stub itemizes hours offered, hours worked, rate, gross pay, every deduction and net pay.",
            "Día de pago. Cada viernes, con tarjeta de nómina con retiros gratis en cajeros asociados, o con cheque. Cada talón detalla horas ofrecidas, horas trabajadas, tarifa, pago bruto, cada descuento y pago neto.",
        ],
        [
            "9",
            "Deductions. Only federal income tax, Social Security and Medicare, state income tax where the show plays, and court-ordered garnishments.",
            "Descuentos. Sólo el impuesto federal sobre la renta, Seguro Social y Medicare, el impuesto estatal donde se presente la feria y los embargos ordenados por un juez.",
        ],
        [
            "10",
            "Guarantee. For every 12-week period you are offered at least three-fourths of the workdays times 40 hours; hours not offered are paid.",
            "Garantía. En cada periodo de 12 semanas se le ofrecen por lo menos tres cuartas partes de los días laborables por 40 horas; las horas no ofrecidas se pagan.",
        ],
    ]
    d.grid(rows, [22, 246, 264], size=8.3, borders="HORIZONTAL_LINES", head_fill=(250, 230, 210))

    d.add_page()
    rows2 = [
        ["", "English", "Español"],
        [
            "11",
            "Trip to the job. The company buys your bus ticket from the Monterrey consulate to Gonzales Crossing and pays $15 a day for meals on the road; if you paid anything yourself, it is repaid in your first workweek.",
            "Viaje al trabajo. La compañía compra su boleto de autobús del consulado de Monterrey a Gonzales Crossing y paga $15 diarios de comidas en el camino; si usted pagó algo, se le reembolsa en su primera semana de trabajo.",
        ],
        [
            "12",
            "Visa. Visa and border-crossing fees are repaid in full in your first workweek.",
            "Visa. La visa y las cuotas de cruce fronterizo se le reembolsan completas en su primera semana de trabajo.",
        ],
        [
            "13",
            "Trip home. Paid to Monterrey at the end of the contract, or if you are let go early without cause.",
            "Regreso. Pagado hasta Monterrey al terminar el contrato, o si se le despide antes sin causa.",
        ],
        [
            "14",
            "Housing. Bunkhouse trailers travel with the show; your bed, showers and a shared kitchen are provided at no cost.",
            "Vivienda. Los tráileres dormitorio viajan con la feria; su cama, regaderas y una cocina compartida se dan sin costo.",
        ],
        [
            "15",
            "Food. An independent concessionaire runs a cookhouse on the lot and sells meals at posted prices to anyone who wants them; nothing is taken from your pay.",
            "Comida. Un concesionario independiente tiene una cocina en el recinto y vende comidas a precios publicados a quien las quiera; no se le descuenta nada de su pago.",
        ],
        [
            "16",
            "Tools and gear. Harnesses, gloves, hearing protection, wrenches and two uniform shirts are supplied free; no deposit is asked.",
            "Herramientas y equipo. Arneses, guantes, protección auditiva, llaves y dos camisas de uniforme se entregan gratis; no se pide depósito.",
        ],
        [
            "17",
            "Driver's license. Workers who drive show trucks take the commercial driver's license test at company expense.",
            "Licencia. Quienes manejen camiones de la feria presentan el examen de licencia comercial por cuenta de la compañía.",
        ],
        [
            "18",
            "Recruiter. Reclutadora Huasteca Potosina, S.C. is paid by the company. Nobody may charge you for this job.",
            "Reclutador. A Reclutadora Huasteca Potosina, S.C. le paga la compañía. Nadie puede cobrarle por este empleo.",
        ],
        [
            "19",
            "Ending the job. Five scheduled workdays missed in a row without notice count as abandonment, which the company reports to the government; dismissal for cause only after a written warning.",
            "Terminación. Cinco días de trabajo seguidos de faltas sin aviso cuentan como abandono, que la compañía reporta al gobierno; despido por causa sólo después de una advertencia por escrito.",
        ],
        [
            "20",
            "If the season is cut short. If a storm, fire or a public-health order cancels the fairs and DOL agrees the work is impossible, you are paid your guaranteed hours through that date plus your trip home.",
            "Si se acorta la temporada. Si una tormenta, un incendio o una orden sanitaria cancela las ferias y el DOL acepta que el trabajo es imposible, se le pagan sus horas garantizadas hasta esa fecha y su regreso.",
        ],
        [
            "21",
            "Your rights. You keep your passport. You may complain to the Department of Labor without losing your job or future seasons.",
            "Sus derechos. Usted guarda su pasaporte. Puede quejarse ante el Departamento de Trabajo sin perder su empleo ni futuras temporadas.",
        ],
    ]
    d.grid(rows2, [22, 246, 264], size=8.3, borders="HORIZONTAL_LINES", head_fill=(250, 230, 210))

    d.add_page()
    d.para(
        "Signed in Ciudad Valles, S.L.P., on February 18, 2027. / Firmado en Ciudad Valles, "
        "S.L.P., el 18 de febrero de 2027.",
        gap=6,
    )
    d.para(
        "I received this contract in Spanish, a language I read, before my visa interview, and "
        "I was given time to ask questions about it.",
        gap=2,
    )
    d.para(
        "Recibí este contrato en español, un idioma que leo, antes de mi entrevista para la "
        "visa, y tuve tiempo para hacer preguntas sobre él.",
        gap=6,
    )
    d.signatures(
        ["For the company / Por la compañía", "Jorge Luis Castillo Méndez, worker / trabajador"],
        gap_above=50,
    )
    return d, label(
        "h2b",
        "en+es",
        3,
        [],
        [],
        ["Reclutadora Huasteca Potosina, S.C."],
        [
            "wristbands and ticket box: customers pay, scanning is a job duty",
            "recruiter paid by the company; nobody may charge",
            "inbound bus and road meals paid or repaid",
            "visa and border fees repaid",
            "bunkhouse at no cost",
            "independent cookhouse sells food voluntarily; nothing deducted",
            "CDL test at company expense (not a training charge)",
            "gear free, no deposit",
            "pay card with free withdrawals",
        ],
        "work_contract",
        "bilingual EN | ES in aligned columns (table with horizontal rules); header band",
    )


# ---------------------------------------------------------------------------
# af12  H-2A tobacco job order with an addendum

Q12_VISA = (
    "Workers pay their own $205 visa issuance fee and the consular appointment fee; these amounts "
    "are not refunded by the farm."
)
Q12_PASS = "Passport fees are the worker's responsibility."
Q12_KEY = "A refundable $50.00 key and linen deposit is collected from each worker upon arrival at the housing."


def af12(Doc):
    olive = (80, 90, 30)
    d = Doc(
        base="dv",
        size=9,
        running="Green River Leaf Farms, LLC · H-2A Job Order KY-2027-55217",
        footer="Page {p} of {nb}",
    )
    d.add_page()
    d.htitle("H-2A AGRICULTURAL JOB ORDER — BURLEY TOBACCO", size=14, color=olive, gap=4)
    d.grid(
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Green River Leaf Farms, LLC, 7745 Sebree Pike, Calhoun Bend, KY 42327; tel. (270) 555-0113",
            ],
            ["Job", "Farmworker, tobacco (SOC 45-2092), 28 openings"],
            ["Dates", "June 7, 2027 to November 30, 2027"],
            ["Hours", "40 hours per week, Monday through Saturday, usually 6:00 a.m. to 2:30 p.m."],
            ["Wage", "$16.70 per hour"],
            ["Payday", "Every Friday (weekly)"],
        ],
        [90, 414],
        size=8.8,
        head_fill=(228, 232, 206),
        bold_first=True,
    )
    secs = [
        (
            "Duties",
            "Set tobacco plants, hoe and weed, top and sucker the plants, spear and cut the "
            "stalks, and house the tobacco by hanging sticks in the curing barns; in the fall, "
            "strip and bale cured leaf in the stripping room.",
        ),
        (
            "Worksites",
            "Fields and barns at 7745 Sebree Pike, Calhoun Bend, and leased fields in McLean and "
            "Daviess Counties, Kentucky.",
        ),
        (
            "Requirements",
            "Two months of experience in tobacco or other hand-harvested crops; able to lift 60 "
            "pounds and to work in barn tiers up to 20 feet high.",
        ),
        (
            "Wage rate and adjustments",
            "The farm pays the highest of the AEWR, the prevailing wage, any agreed rate, or the "
            "federal or state minimum; if a higher rate is published during the season, it is "
            "paid from its effective date.",
        ),
        (
            "Earnings statements",
            "Each payday the worker receives a statement showing hours offered, hours worked, "
            "rate, gross pay, each deduction and net pay.",
        ),
        (
            "Deductions",
            "Federal and Kentucky income tax where applicable and the charges listed in Addendum "
            "A. No other deductions are made.",
        ),
        (
            "Three-fourths guarantee",
            "The farm guarantees each worker employment for at least three-fourths of the "
            "workdays of the contract period, counted at 40 hours a week; any shortfall is paid.",
        ),
        (
            "Housing",
            "Free housing is provided at the farm's bunkhouse, 7751 Sebree Pike, which was "
            "inspected on May 20, 2027. There is no charge for rent or utilities.",
        ),
        (
            "Meals",
            "The bunkhouse has a free, fully equipped kitchen with stoves, refrigerators and "
            "cooking utensils.",
        ),
    ]
    for head, body in secs:
        d.para(f"**{head}.** {body}", gap=4)

    d.add_page()
    secs2 = [
        (
            "Inbound travel",
            "The farm reimburses the bus fare from the Monterrey consulate to Calhoun Bend and "
            "$16 a day for meals on the way, in the first workweek to the extent needed to meet "
            "the minimum wage and in full when half of the contract is complete.",
        ),
        (
            "Return travel",
            "A worker who completes the contract, or who is let go early without cause, receives "
            "a paid bus ticket back to Monterrey and daily meal money on the way.",
        ),
        (
            "Tools",
            "Tobacco knives, spears, sticks, gloves and rain gear are provided without charge.",
        ),
        (
            "Abandonment and termination",
            "A worker absent for five consecutive workdays without permission is considered to "
            "have abandoned employment, and the farm reports it within two working days. "
            "Termination for cause follows a written warning.",
        ),
        (
            "Contract impossibility",
            "If hail, fire, flood or another act of God destroys the crop and the Department of "
            "Labor certifies that the contract cannot be fulfilled, the farm pays the guarantee "
            "through that date and the return trip.",
        ),
    ]
    for head, body in secs2:
        d.para(f"**{head}.** {body}", gap=4)
    d.para(
        "Recruitment is done directly by the farm; no one may charge an applicant for this "
        "job. The farm does not keep workers' passports.",
        gap=6,
    )
    d.signatures(["Dale Whitacre, Owner", "Worker"], gap_above=40)

    d.add_page()
    d.htitle("ADDENDUM A — ARRIVAL, DOCUMENTS AND HOUSING RULES", size=12, color=olive, gap=4)
    d.para("This addendum forms part of Job Order KY-2027-55217.", style="I", gap=6)
    d.para("**A-1. Visas.** " + Q12_VISA)
    d.para("**A-2. Passports.** " + Q12_PASS)
    d.para("**A-3. Keys and linens.** " + Q12_KEY)
    d.para(
        "**A-4. Fans.** Workers may bring personal fans to the bunkhouse; the farm pays the "
        "electricity."
    )
    d.para(
        "**A-5. Barn safety.** Only crew leaders climb above the third tier while tobacco is "
        "being housed."
    )
    fees = [
        fee("visa_cost", "violation", 3, 205.0, "USD", Q12_VISA),
        fee("visa_cost", "review", 3, None, None, Q12_PASS),
        fee("housing_charge", "violation", 3, 50.0, "USD", Q12_KEY),
    ]
    return d, label(
        "h2a",
        "en",
        3,
        fees,
        ["daily_transportation", "workers_compensation"],
        [],
        [
            "'house the tobacco' / 'housed' are curing words, not housing charges",
            "free housing and free kitchen (h2a)",
            "inbound bus and meals reimbursed",
            "tools without charge",
            "farm pays fan electricity",
            "no one may charge an applicant; farm does not keep passports",
        ],
        "job_order",
        "summary grid; bold run-in headings; addendum page with lettered clauses",
    )


DOCS = [af01, af02, af03, af04, af05, af06, af07, af08, af09, af10, af11, af12]
