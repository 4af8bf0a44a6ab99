"""Blind-written document specifications for hold-out batch C (all names fictional)."""


class F:
    """A finding sentence printed verbatim in the document."""

    def __init__(self, cat, text, amount=None, cur=None, group=None):
        self.cat, self.text, self.amount, self.cur, self.group = cat, text, amount, cur, group


def D(**kw):
    return kw


DOCS = []

# ---------------------------------------------------------------- d01 H-2A long, compliant
DOCS.append(
    D(
        file="d01.pdf",
        program="h2a",
        language="en",
        scanned=False,
        doc_type="job_order",
        layout="long single column; teal header band; numbered sections; gridded worksite and piece-rate tables",
        engine="flow",
        size="letter",
        band=(0.05, 0.42, 0.45),
        font=10.5,
        recruiters=["Enlace Campo Abierto Reclutadores, S. de R.L. de C.V."],
        missing=[],
        traps=[
            "'feeder line' is a job word",
            "collect payment and parking fees from visitors is a job duty",
            "housing at no charge, no deposit for bedding",
            "free kitchen (meals term)",
            "inbound travel reimbursed in the first workweek",
            "daily transport free",
            "visa and consular fees paid by employer",
            "recruiter paid by employer",
            "long-scope negation: under no circumstances will the worker be asked to pay",
            "tools free, no deposit",
            "workers keep their own passports",
            "no rehire penalty for complaints (negated blacklisting)",
            "free to leave housing (negated movement restriction)",
            "income tax withheld only at worker's request",
        ],
        blocks=[
            ("title", "H-2A CLEARANCE ORDER AND EMPLOYMENT CONTRACT"),
            (
                "sub",
                "Temporary agricultural employment, 2026 tree-fruit season. Each worker receives this document in a language he or she reads no later than the day the visa is requested.",
            ),
            ("h", "1. Who is hiring you"),
            (
                "kv",
                [
                    ("Employer", "Saddle Gap Orchards LLC"),
                    ("Office", "4410 Canal Road, Wapato, Washington 98951"),
                    ("Telephone", "(509) 555-0144"),
                    ("FEIN", "91-4482017"),
                    (
                        "Recruiter in Mexico",
                        "Enlace Campo Abierto Reclutadores, S. de R.L. de C.V., Calle Morelos 212, Zamora, Michoacán",
                    ),
                ],
            ),
            (
                "p",
                [
                    "Saddle Gap Orchards LLC is the only employer under this contract. The recruiter named above works for the employer and is paid by the employer; its charges are a business expense of Saddle Gap Orchards LLC."
                ],
            ),
            ("h", "2. The work"),
            (
                "p",
                [
                    "Job title: Farmworker, fruit harvest (SOC 45-2092). You will pick apples and pears by hand into picking bags, empty the bags into field bins without bruising the fruit, move and climb three-legged orchard ladders, thin young fruit by hand in early August, and keep the bin trailers and the sorting feeder line clear of leaves and broken fruit."
                ],
            ),
            (
                "p",
                [
                    "On some Saturdays in October, two or three workers will be assigned to the pick-your-own stand near the Canal Road gate, where they weigh fruit and collect payment and parking fees from visitors. That task pays the same hourly rate as field work."
                ],
            ),
            ("h", "3. Where you will work"),
            (
                "grid",
                ["Block", "Address", "Crops"],
                [
                    ["North Bench", "4410 Canal Road, Wapato, WA", "Gala, Honeycrisp"],
                    ["Lateral C", "1890 Lateral C Road, Wapato, WA", "Fuji, Bartlett pears"],
                    [
                        "Brownstown",
                        "7720 Brownstown Road, Harrah, WA",
                        "Granny Smith, Cosmic Crisp",
                    ],
                ],
            ),
            (
                "p",
                [
                    "All three blocks are in Yakima County, Washington. No work will be assigned outside the places listed here."
                ],
            ),
            ("h", "4. Dates and hours"),
            (
                "p",
                [
                    "The contract runs from August 3, 2026 through November 20, 2026. The usual schedule is 40 hours a week, Monday through Saturday, starting at 6:30 a.m. with a 30-minute unpaid lunch; the day normally ends by 2:30 p.m. on weekdays and 12:30 p.m. on Saturdays. Sunday is a day of rest. Hours may be shorter during rain or extreme heat, and the three-fourths guarantee in section 8 still applies."
                ],
            ),
            ("h", "5. What you will be paid"),
            (
                "p",
                [
                    "The hourly rate is $19.82 per hour. When you pick on a piece rate you earn $32.00 per full standard bin (about 24 cubic feet), and if your piece-rate earnings for a pay period come to less than $19.82 for each hour worked, the employer adds the difference."
                ],
            ),
            (
                "grid",
                ["Task", "Unit", "Rate"],
                [
                    ["Apple harvest", "standard bin", "$32.00"],
                    ["Pear harvest", "standard bin", "$34.50"],
                    ["Hand thinning", "hour", "$19.82"],
                    ["Stand and yard work", "hour", "$19.82"],
                ],
            ),
            (
                "p",
                [
                    "If during the contract a higher Adverse Effect Wage Rate, prevailing wage, agreed collective bargaining rate, or federal or state minimum wage takes effect for this work, you will be paid the highest of those rates from the date it takes effect."
                ],
            ),
            ("h", "6. Pay day and pay records"),
            (
                "p",
                [
                    "You are paid every Friday for the week that ended the previous Sunday, by check or, if you ask, by direct deposit. Each paycheck comes with a written statement showing the hours offered, the hours actually worked, the bins picked, the rates used, the total earned, every deduction and the net pay, together with the employer's name, address and FEIN."
                ],
            ),
            ("h", "7. What may be deducted"),
            (
                "p",
                [
                    "Only these amounts may be taken from your pay: federal or state income tax, and only if you ask in writing for it to be withheld; child support or other amounts a court orders; and voluntary deductions that you authorize in writing for your own benefit, such as sending money home. Nothing is deducted for housing, kitchen use, transportation, tools, the visa or the recruiter."
                ],
            ),
            ("h", "8. Three-fourths guarantee"),
            (
                "p",
                [
                    "The employer guarantees to offer you work for at least three-fourths of the workdays in the contract period, counted from the first workday after you arrive until the end date in section 4. If you are offered fewer hours than that, you will be paid what you would have earned for the missing hours. Hours you are offered but choose not to work may be counted as offered, up to the number of hours in the normal schedule for that day."
                ],
            ),
            ("h", "9. Housing"),
            (
                "p",
                [
                    "Housing is provided at no charge to every worker who does not live within daily commuting distance. The housing is the Canal Road camp at 4418 Canal Road, Wapato, WA: four insulated cabins of eight beds each, with hot showers, flush toilets, a laundry room with two washers and two dryers, and a common room. The camp has been inspected and meets the applicable state and federal standards. No deposit is asked for beds, mattresses, blankets or keys, and utilities are included."
                ],
            ),
            (
                "p",
                [
                    "Workers may receive visitors, go to town, attend church and come and go from the camp at any hour; the only rule is quiet after 10:00 p.m. so others can sleep."
                ],
            ),
            ("h", "10. Meals"),
            (
                "p",
                [
                    "Each cabin has a free kitchen with a four-burner gas range, two refrigerators, a microwave, pots, pans, plates and utensils, so workers can cook their own meals at no cost. No meal plan is sold under this contract."
                ],
            ),
            ("h", "11. Getting here, getting around, going home"),
            (
                "p",
                [
                    "Inbound: the employer pays for or reimburses the bus from Zamora, Michoacán to the consulate in Monterrey, lodging while you wait for the visa, the bus from Monterrey to Wapato and daily meal money during the trip of at least $15.88 per day. Whatever you paid yourself for that trip is reimbursed in your first workweek paycheck, with receipts if you have them."
                ],
            ),
            (
                "p",
                [
                    "Daily: a company bus carries workers from the camp to the assigned block and back every workday at no cost, driven by a licensed driver, with seat belts for every passenger."
                ],
            ),
            (
                "p",
                [
                    "Return: if you finish the contract, or if you are let go early for a reason that is not your fault, the employer pays your bus fare and daily meal money from Wapato back to Zamora."
                ],
            ),
            ("h", "12. Visa, recruitment and other costs"),
            (
                "p",
                [
                    "The employer pays the visa application fee, the consular appointment, the border-crossing fee and the recruiter's service charges directly. Under no circumstances will the worker be asked to pay the employer, the recruiter, or anyone acting for either of them any fee, deposit, gift, favor or part of his wages in exchange for being hired, for staying on the crew, or for being invited back next season. If anyone asks you for money, tell the employer or call the Department of Labor at 1-866-487-9243."
                ],
            ),
            ("h", "13. Tools and equipment"),
            (
                "p",
                [
                    "Picking bags, ladders, thinning shears, gloves, rain ponchos and any other tool or supply needed for the job are provided free of charge, and no deposit is taken for them."
                ],
            ),
            ("h", "14. Injury on the job"),
            (
                "p",
                [
                    "Every worker is covered by Washington State workers' compensation insurance through the Department of Labor and Industries, account 604-118-22, for injuries and illness arising from the work, at no cost to the worker."
                ],
            ),
            ("h", "15. Ending the contract"),
            (
                "p",
                [
                    "If you fail to report for work for five consecutive workdays without the employer's consent, the employer may treat that as abandonment and will notify the Department of Labor and Department of Homeland Security within two workdays. The employer may dismiss a worker only for serious or repeated misconduct, after explaining the reason in writing in Spanish. A worker who abandons the job or is dismissed for cause loses the three-fourths guarantee and the return fare."
                ],
            ),
            ("h", "16. If the work becomes impossible"),
            (
                "p",
                [
                    "If hail, fire, flood, a freeze or another act of God destroys the crop and the Department of Labor certifies that the contract cannot be completed, the employer will pay the three-fourths guarantee up to the date of termination, pay your return trip home and reimburse your inbound trip if not already repaid, and will try to place you in other work."
                ],
            ),
            ("h", "17. Requirements"),
            (
                "p",
                [
                    "Applicants must have at least three months of experience picking tree fruit, must be able to climb and work on a 12-foot ladder for the full shift, and must be able to lift 50 pounds. No education, license or English is required."
                ],
            ),
            ("h", "18. Your rights"),
            (
                "p",
                [
                    "No worker will be dismissed, refused work next season or reported to any authority for filing a complaint, testifying, talking to a lawyer or advocate, or asking about his rights. Each worker keeps his own passport, visa and other papers; no supervisor, driver or recruiter may ask to hold them. Pesticide safety training is given in Spanish, during paid time, before anyone enters a treated block."
                ],
            ),
            (
                "p",
                [
                    "Questions about this contract can be directed to the office manager, Lorena Vidales, at (509) 555-0144, in English or Spanish."
                ],
            ),
            ("sig", ["Employer representative", "Worker"]),
        ],
    )
)

# ---------------------------------------------------------------- d02 H-2A, lawful meal charge, compliant
DOCS.append(
    D(
        file="d02.pdf",
        program="h2a",
        language="en",
        scanned=False,
        doc_type="work_contract",
        layout="two pages; boxed summary grid at top; plain bold headings; no header band",
        engine="flow",
        size="letter",
        band=None,
        font=10,
        recruiters=[],
        missing=[],
        traps=[
            "lawful h2a meal plan at $14.25/day (below the cap) with free kitchen alternative",
            "housing rent-free with no bedding deposit",
            "inbound trip reimbursed in first workweek",
            "negated recruitment charges ('No one ... may collect')",
            "tools free",
            "free water and coffee in the field",
            "damage to housing: only wear-and-tear statement, no charge",
        ],
        blocks=[
            ("title", "WORK CONTRACT FOR TEMPORARY AGRICULTURAL WORKERS (H-2A)"),
            (
                "kv",
                [
                    (
                        "Employer",
                        "Tallow Creek Farms, Inc., 218 Old Reidsville Highway, Lyons, Georgia 30436",
                    ),
                    ("Job", "Sweet onion harvest and packing-shed worker"),
                    ("Season", "April 6, 2026 to June 26, 2026"),
                    ("Schedule", "37 hours a week, Monday to Saturday, 7:00 a.m. to 1:30 p.m."),
                    ("Pay", "$14.68 per hour, paid every Thursday"),
                ],
            ),
            ("h", "Duties"),
            (
                "p",
                [
                    "The Employee will cut the tops and roots of sweet onions in the field, fill and carry 50-pound sacks to the trailer, and in the packing shed sort onions by size on the grading table and stack boxes on pallets."
                ],
            ),
            ("h", "Worksite"),
            (
                "p",
                [
                    "Fields and packing shed of Tallow Creek Farms, Inc., 218 Old Reidsville Highway and 2750 Cedar Crossing Road, Lyons, Toombs County, Georgia."
                ],
            ),
            ("h", "Wages"),
            (
                "p",
                [
                    "The Employee is paid $14.68 per hour for all work. If the Adverse Effect Wage Rate, the prevailing rate or a legal minimum wage rises above that amount during the season, the Employer will pay the higher rate from its effective date."
                ],
            ),
            ("h", "Pay statements and deductions"),
            (
                "p",
                [
                    "Wages are paid weekly, every Thursday. Each pay envelope includes a statement with hours offered, hours worked, rate, gross pay, each deduction and net pay. Deductions are limited to: the meal plan charge for an Employee who chooses the dining hall; income tax that the Employee asks to have withheld; and court-ordered payments."
                ],
            ),
            ("h", "Guarantee"),
            (
                "p",
                [
                    "The Employer guarantees the Employee employment for at least 75 percent of the workdays of the season. If less work is offered, the Employer pays the amount the Employee would have earned for the guaranteed hours."
                ],
            ),
            ("h", "Housing"),
            (
                "p",
                [
                    "Free housing is provided at the Tallow Creek bunkhouses, 230 Old Reidsville Highway, Lyons, Georgia, with beds, mattresses, showers, laundry machines and air conditioning. No rent, utility charge or bedding deposit is required. Ordinary wear and tear is the Employer's responsibility."
                ],
            ),
            ("h", "Meals"),
            (
                "p",
                [
                    "Three meals a day are served in the dining hall for $14.25 per day, which is below the maximum set by the Department of Labor for 2026. An Employee who does not want the meal plan may instead cook in the free kitchen at the bunkhouse, which has stoves, refrigerators and cookware."
                ],
            ),
            ("pb",),
            ("h", "Transportation"),
            (
                "p",
                [
                    "The Employer reimburses in the first workweek the Employee's bus fare from Monterrey, Nuevo León to Lyons and a daily subsistence amount during the trip. Daily rides from the bunkhouses to the fields are free. If the Employee finishes the season, or is let go early for reasons other than misconduct, the Employer pays for the trip back to Monterrey."
                ],
            ),
            ("h", "Visa and hiring costs"),
            (
                "p",
                [
                    "The Employer pays visa processing and consular fees. No one - not the Employer, a foreman, or any agent in Mexico - may collect a charge of any kind from the Employee for getting or keeping this job."
                ],
            ),
            ("h", "Tools"),
            (
                "p",
                [
                    "Knives, clippers, gloves and sacks are furnished by the Employer without charge. Drinking water, coffee and ice are available in the field at no cost."
                ],
            ),
            ("h", "Workers' compensation"),
            (
                "p",
                [
                    "The Employee is covered by workers' compensation insurance, policy WC-55-810392, issued to Tallow Creek Farms, Inc. by Peach State Mutual Insurance Company."
                ],
            ),
            ("h", "Abandonment and dismissal"),
            (
                "p",
                [
                    "An Employee who is absent for five workdays in a row without notice is considered to have abandoned the job. The Employer may dismiss an Employee for cause, such as violence or theft, after giving the reason in writing."
                ],
            ),
            ("h", "Impossibility"),
            (
                "p",
                [
                    "If a hurricane, flood, fire or other natural event makes it impossible to finish the season, the Employer will pay the guarantee up to the date the work ends and the Employee's return transportation."
                ],
            ),
            ("h", "Qualifications"),
            (
                "p",
                [
                    "One season of experience in vegetable harvest; able to lift 50 pounds repeatedly."
                ],
            ),
            ("sig", ["For the Employer", "Employee"]),
        ],
    )
)

# ---------------------------------------------------------------- d03 H-2A Spanish, violations
DOCS.append(
    D(
        file="d03.pdf",
        program="h2a",
        language="es",
        scanned=False,
        doc_type="job_order",
        layout="single column; dark-blue header band; lettered clauses; gridded summary table",
        engine="flow",
        size="letter",
        band=(0.10, 0.18, 0.45),
        font=10,
        recruiters=[],
        missing=["workers_compensation", "contract_impossibility"],
        traps=[
            "buckets and lugs free (tools present)",
            "bus from Monterrey reimbursed in the first week",
            "'el trabajador no pagará cantidad alguna por' hiring (negated recruitment fee)",
            "daily transport free",
            "free kitchen",
            "worker keeps passport",
            "'Seguro: según la ley' has no concrete value",
        ],
        blocks=[
            ("title", "OFERTA DE TRABAJO Y CONTRATO - PROGRAMA H-2A"),
            ("sub", "Cosecha de arándano azul, temporada 2026"),
            (
                "kv",
                [
                    (
                        "Empleador",
                        "Black River Blueberry Company, 6120 68th Street, South Haven, Michigan 49090",
                    ),
                    ("Puesto", "Trabajador agrícola de cosecha de arándano"),
                    (
                        "Lugar de trabajo",
                        "Campos de la compañía en 6120 y 6455 68th Street, South Haven, condado de Van Buren, Michigan",
                    ),
                    ("Fechas", "Del 22 de junio al 18 de septiembre de 2026"),
                    (
                        "Horario",
                        "40 horas por semana, de lunes a sábado, de 6:00 a. m. a 1:30 p. m.",
                    ),
                    ("Salario", "$18.10 por hora"),
                ],
            ),
            (
                "p",
                [
                    "A. Labores. El trabajador cosechará arándano a mano en cubetas, vaciará la fruta en cajas de plástico, cargará las cajas al remolque y limpiará los pasillos entre los surcos."
                ],
            ),
            (
                "p",
                [
                    "B. Salario. La compañía pagará $18.10 por hora. Si durante la temporada entra en vigor una tarifa AEWR, un salario prevaleciente o un salario mínimo más alto, se pagará la tarifa más alta desde su fecha de vigencia."
                ],
            ),
            (
                "p",
                [
                    "C. Pago. Se paga cada semana, los viernes, con un talón que muestra las horas ofrecidas, las horas trabajadas, la tarifa, lo ganado y cada descuento."
                ],
            ),
            (
                "p",
                [
                    "D. Descuentos. Del pago solo se descuentan el impuesto sobre la renta si el trabajador lo pide por escrito, las pensiones alimenticias ordenadas por un juez y los cargos de luz y gas de la vivienda descritos en la cláusula F."
                ],
            ),
            (
                "p",
                [
                    "E. Garantía de tres cuartas partes. La compañía ofrecerá trabajo por lo menos durante tres cuartas partes de los días hábiles del contrato; si ofrece menos, pagará la diferencia."
                ],
            ),
            (
                "p",
                [
                    "F. Vivienda. Se proporciona alojamiento en las casas de la compañía en 6130 68th Street, South Haven, con regaderas, lavadoras y cocina con estufa y refrigerador que se usa sin costo. ",
                    F(
                        "housing_charge",
                        "A cada trabajador se le descontarán $25.00 por semana para cubrir la luz, el gas y el agua de la casa donde se hospeda.",
                        25.0,
                        "USD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "G. Comidas. Cada casa tiene cocina equipada gratuita para que los trabajadores preparen sus propios alimentos."
                ],
            ),
            ("pb",),
            (
                "p",
                [
                    "H. Transporte. El autobús de Monterrey a South Haven y los viáticos del viaje se reembolsan al trabajador en su primera semana de trabajo. El transporte diario de las casas al campo es gratuito. Al terminar el contrato, la compañía paga el viaje de regreso a Monterrey."
                ],
            ),
            (
                "p",
                [
                    "I. Herramientas. Las cubetas, los cinturones de cosecha y las cajas se proporcionan sin costo. ",
                    F(
                        "equipment_charge",
                        "El impermeable y las botas de hule que exige la compañía se venden a $38.00 y se descuentan del primer cheque.",
                        38.0,
                        "USD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "J. Reclutamiento. El trabajador no pagará cantidad alguna por su contratación, ni a la compañía ni a ningún intermediario, ni directamente ni mediante descuentos de su salario. La compañía paga la visa y los derechos consulares."
                ],
            ),
            ("p", ["K. Seguro. Según la ley."]),
            (
                "p",
                [
                    "L. Terminación. Si el trabajador falta cinco días hábiles seguidos sin avisar, se considerará que abandonó el trabajo. La compañía puede despedir por causa justificada, como robo o violencia, explicando el motivo por escrito."
                ],
            ),
            (
                "p",
                [
                    "M. Requisitos. Tres meses de experiencia en cosecha de frutillas y capacidad para trabajar de pie durante toda la jornada."
                ],
            ),
            (
                "p",
                [
                    "N. Conducta. ",
                    F(
                        "blacklisting_threat",
                        "Quien presente quejas ante el Departamento de Trabajo o hable con organizaciones de trabajadores quedará fuera de la lista de recontratación para las próximas temporadas.",
                    ),
                    " Cada trabajador conserva su propio pasaporte.",
                ],
            ),
            ("sig", ["Por la compañía", "Trabajador"]),
        ],
    )
)

# ---------------------------------------------------------------- d04 H-2B English, two-column, compliant
DOCS.append(
    D(
        file="d04.pdf",
        program="h2b",
        language="en",
        scanned=False,
        doc_type="job_order",
        layout="green header band; summary grid; two-column 'Employer assurances' section; signature table",
        engine="flow",
        size="letter",
        band=(0.13, 0.40, 0.20),
        font=10,
        recruiters=[],
        missing=[],
        traps=[
            "collecting cart and green fees from golfers is a job duty",
            "'fee schedule for guests' posted by worker",
            "statutory taxes (income tax, Social Security, Medicare) are not a fee",
            "visa and border fees reimbursed in the first workweek",
            "inbound trip reimbursed",
            "'under no circumstances will the worker be asked to pay' (negated recruitment fee)",
            "tools and uniforms free, no deposit",
            "free coffee",
            "housing not offered (no housing charge)",
        ],
        blocks=[
            ("title", "H-2B JOB ORDER - GROUNDS CREW"),
            (
                "kv",
                [
                    (
                        "Employer",
                        "Marsh Hen Links Resort LLC, 3100 Seabrook Island Road, Johns Island, South Carolina 29455",
                    ),
                    ("Position", "Landscape laborer, golf course and hotel grounds (SOC 37-3011)"),
                    ("Openings", "18"),
                    ("Period of employment", "April 13, 2026 to October 30, 2026"),
                    ("Hours", "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m."),
                    ("Hourly wage", "$15.40"),
                    ("Overtime", "$23.10 per hour for hours over 40 in a workweek"),
                    ("Pay frequency", "Every two weeks, on Friday"),
                ],
            ),
            ("h", "Job duties"),
            (
                "p",
                [
                    "Mow fairways and hotel lawns, edge walks, plant and mulch flower beds, rake bunkers, trim hedges, and clear storm debris. When assigned to the starter booth, the worker checks tee times, collects cart and green fees from golfers, and posts the daily fee schedule for guests at the pro shop window."
                ],
            ),
            ("h", "Place of work"),
            (
                "p",
                [
                    "Marsh Hen Links Resort golf course and hotel grounds, 3100 Seabrook Island Road, Johns Island, Charleston County, South Carolina."
                ],
            ),
            ("h", "Minimum requirements"),
            (
                "p",
                [
                    "Three months of experience in landscape maintenance; able to operate a walk-behind mower and string trimmer; able to lift 50 pounds."
                ],
            ),
            ("h", "Deductions from pay"),
            (
                "p",
                [
                    "Federal and South Carolina income tax, Social Security and Medicare taxes required by law, and any garnishment ordered by a court. No other deductions are made unless the worker authorizes them in writing for his or her own benefit."
                ],
            ),
            ("h", "Employer assurances"),
            (
                "two",
                [
                    [
                        "Wage adjustment. The worker is paid at least the highest of the prevailing wage, the federal minimum wage and the state minimum wage in effect; if a higher prevailing wage is published during the contract, it is paid from its effective date.",
                        "Pay statements. Every payday the worker receives a statement listing hours offered, hours worked, rate of pay, earnings, each deduction and net pay.",
                        "Three-fourths guarantee. In each 12-week period (6-week period once the contract is under 120 days), the employer offers work for at least three-fourths of the workdays, or pays for the shortfall.",
                        "Tools. Mowers, trimmers, rakes, gloves, safety glasses, hearing protection and uniform shirts are supplied free, with no deposit.",
                    ],
                    [
                        "Travel here. The bus from the worker's home city to Johns Island and meals and lodging on the way are reimbursed in the first workweek.",
                        "Visa. The visa fee, the visa processing fee and the border-crossing fee are reimbursed in the first workweek.",
                        "Travel home. If the worker completes the contract, or is dismissed early for reasons other than cause, the employer pays the trip home.",
                        "No charges. Under no circumstances will the worker be asked to pay the employer, a recruiter or any agent a fee of any kind for obtaining this job, for a visa interview, or for being recalled next year.",
                        "Impossibility. If a hurricane, flood or fire makes the work impossible and the Department of Labor agrees, the employer pays the guaranteed hours up to the last day and the trip home.",
                    ],
                ],
            ),
            ("h", "Termination"),
            (
                "p",
                [
                    "A worker who misses five consecutive workdays without notice is considered to have abandoned the job, and the employer will notify the Department of Labor and DHS in writing within two business days. A worker may be dismissed for cause after a written warning."
                ],
            ),
            ("h", "Other information"),
            (
                "p",
                [
                    "Housing is not offered under this job order; the employer will give each worker a list of rentals near the resort. Free coffee and drinking water are available at the maintenance barn every morning."
                ],
            ),
            ("sig", ["Employer", "Worker"]),
        ],
    )
)

# ---------------------------------------------------------------- d05 H-2B Spanish seafood, violations
DOCS.append(
    D(
        file="d05.pdf",
        program="h2b",
        language="es",
        scanned=False,
        doc_type="work_contract",
        layout="A4 single column; numbered clauses; light-gray boxed summary",
        engine="flow",
        size="A4",
        band=(0.55, 0.10, 0.10),
        font=10,
        recruiters=[],
        missing=["overtime", "visa_reimbursement", "contract_impossibility"],
        traps=[
            "crab knives and mallets lent free (tools present)",
            "bus reimbursed in the first week",
            "'Horas extra: según las necesidades de la planta' has no concrete value",
            "'la persona contratada no pagará cantidad alguna por' being selected",
        ],
        blocks=[
            ("title", "CONTRATO DE TRABAJO TEMPORAL H-2B"),
            ("sub", "Procesamiento de jaiba azul - temporada 2026"),
            (
                "kv",
                [
                    (
                        "Empleador",
                        "Tilghman Point Seafood Co., 21 Wharf Road, Fishing Creek, Maryland 21634",
                    ),
                    ("Puesto", "Picadora de carne de jaiba"),
                    ("Periodo", "Del 1 de abril al 15 de noviembre de 2026"),
                    (
                        "Jornada",
                        "40 horas semanales, de lunes a sábado, de 5:00 a. m. a 12:00 p. m.",
                    ),
                ],
            ),
            (
                "p",
                [
                    "1. Labores. La persona contratada cocerá y enfriará la jaiba, separará la carne de la concha con cuchillo, la clasificará por tipo (jumbo, lump, claw) y la empacará en envases de una libra."
                ],
            ),
            (
                "p",
                [
                    "2. Lugar. Planta de Tilghman Point Seafood Co., 21 Wharf Road, Fishing Creek, condado de Dorchester, Maryland."
                ],
            ),
            (
                "p",
                [
                    "3. Salario. Se pagan $17.25 por hora. Si se publica un salario prevaleciente o un salario mínimo más alto durante el contrato, se pagará el más alto desde la fecha en que entre en vigor."
                ],
            ),
            ("p", ["4. Horas extra. Según las necesidades de la planta."]),
            (
                "p",
                [
                    "5. Pago. El pago es semanal, cada viernes, con un recibo que muestra horas ofrecidas, horas trabajadas, tarifa, descuentos y pago neto."
                ],
            ),
            (
                "p",
                [
                    "6. Descuentos. Se descuentan los impuestos federales y estatales, el Seguro Social y Medicare, y los conceptos indicados en las cláusulas 10, 11 y 12."
                ],
            ),
            (
                "p",
                [
                    "7. Garantía. La empresa ofrecerá trabajo durante al menos tres cuartas partes de los días hábiles de cada periodo de 12 semanas; si ofrece menos, paga las horas que falten."
                ],
            ),
            (
                "p",
                [
                    "8. Viaje. El autobús de ida desde Monterrey y los gastos de comida y hospedaje del viaje se reembolsan en la primera semana de trabajo. El viaje de regreso lo paga la empresa a quien termine la temporada."
                ],
            ),
            (
                "p",
                [
                    "9. Visa. ",
                    F(
                        "visa_cost",
                        "Los derechos de visa y la cuota de cruce fronterizo corren por cuenta de la persona contratada y no se devuelven.",
                    ),
                ],
            ),
            (
                "p",
                [
                    "10. Equipo. Los cuchillos y los mazos se prestan sin costo. ",
                    F(
                        "equipment_charge",
                        "Los guantes, el delantal de hule y las botas se venden en la planta por $55.00 y se descuentan en dos cheques.",
                        55.0,
                        "USD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "11. Comida. ",
                    F(
                        "meal_charge",
                        "El almuerzo que prepara la cocina de la planta cuesta $7.00 por día y se descuenta del cheque semanal.",
                        7.0,
                        "USD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "12. Permanencia. ",
                    F(
                        "wage_withholding",
                        "De cada cheque se apartan $40.00 como bono de permanencia, que solo se entregan a quien termine la temporada completa.",
                        40.0,
                        "USD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "13. Contratación. La persona contratada no pagará cantidad alguna por ser seleccionada ni por conservar su lugar para la próxima temporada."
                ],
            ),
            (
                "p",
                [
                    "14. Requisitos. Experiencia mínima de una temporada en procesamiento de mariscos."
                ],
            ),
            (
                "p",
                [
                    "15. Terminación. La empresa puede despedir por causa justificada, por escrito. Cinco días seguidos de faltas sin aviso se consideran abandono del empleo y se notifican al Departamento de Trabajo."
                ],
            ),
            ("sig", ["Por la empresa", "Persona contratada"]),
        ],
    )
)

# ---------------------------------------------------------------- d06 Mexico recruiter agreement (h2a)
DOCS.append(
    D(
        file="d06.pdf",
        program="h2a",
        language="es",
        scanned=False,
        doc_type="recruiter_agreement",
        layout="legal-style agreement: DECLARACIONES / CLÁUSULAS; gridded job table; signature table with fingerprint box",
        engine="flow",
        size="letter",
        band=None,
        font=10,
        recruiters=["Agrolaboral del Bajío Reclutamiento, S.C."],
        missing=[
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        traps=[
            "employer pays inbound bus and visa (reimbursed)",
            "free housing",
            "free kitchen",
            "tools free",
        ],
        blocks=[
            ("title", "CONVENIO DE INTERMEDIACIÓN LABORAL"),
            (
                "p",
                [
                    "Que celebran por una parte Agrolaboral del Bajío Reclutamiento, S.C., con domicilio en Av. Juárez 318, Celaya, Guanajuato, a quien en lo sucesivo se le denominará LA AGENCIA, y por la otra el C. Rogelio Anaya Quintero, a quien se le denominará EL TRABAJADOR, al tenor de las siguientes declaraciones y cláusulas."
                ],
            ),
            ("h", "DECLARACIONES"),
            (
                "p",
                [
                    "I. Declara LA AGENCIA que recluta trabajadores para Kettle Hollow Vegetable Farms LLC, con domicilio en 880 Pinebrook Road, Clinton, Carolina del Norte 28328, Estados Unidos, que ha solicitado trabajadores con visa H-2A."
                ],
            ),
            (
                "p",
                [
                    "II. Declara EL TRABAJADOR que es mayor de edad, que sabe leer y escribir y que tiene por lo menos una temporada de experiencia en cosecha de camote."
                ],
            ),
            ("h", "CONDICIONES DEL EMPLEO"),
            (
                "grid",
                ["Concepto", "Condición"],
                [
                    ["Puesto", "Cosechador de camote: recoger, seleccionar y llenar cajas"],
                    [
                        "Lugar",
                        "Campos de Kettle Hollow Vegetable Farms LLC, condado de Sampson, Carolina del Norte",
                    ],
                    ["Periodo", "Del 17 de agosto al 13 de noviembre de 2026"],
                    ["Horario", "40 horas por semana, de lunes a sábado"],
                    ["Salario", "$15.18 por hora, pagado cada semana"],
                    [
                        "Vivienda",
                        "Gratuita, en 900 Pinebrook Road, Clinton, con cocina equipada sin costo",
                    ],
                    [
                        "Viajes",
                        "La empresa paga el autobús de ida y de regreso y reembolsa la visa",
                    ],
                    ["Herramientas", "Las proporciona la empresa sin costo"],
                ],
            ),
            ("h", "CLÁUSULAS"),
            (
                "p",
                [
                    "PRIMERA. LA AGENCIA tramitará la cita consular de EL TRABAJADOR en Monterrey y le avisará con diez días de anticipación la fecha de salida."
                ],
            ),
            (
                "p",
                [
                    "SEGUNDA. ",
                    F(
                        "recruitment_fee",
                        "EL TRABAJADOR cubrirá a LA AGENCIA una cuota de colocación de 14 mil pesos, pagadera en efectivo y en dos exhibiciones: la primera al firmar este convenio y la segunda al recibir la fecha de su cita consular.",
                        14000.0,
                        "MXN",
                    ),
                ],
            ),
            (
                "p",
                [
                    "TERCERA. ",
                    F(
                        "medical_cost",
                        "El examen médico y la prueba antidoping tienen un costo de 3 mil pesos, que EL TRABAJADOR pagará directamente en la clínica que le indique LA AGENCIA.",
                        3000.0,
                        "MXN",
                    ),
                ],
            ),
            (
                "p",
                [
                    "CUARTA. ",
                    F(
                        "deposit_or_bond",
                        "Para garantizar que cumplirá la temporada completa, EL TRABAJADOR firmará una carta compromiso y un pagaré por 40,000 pesos a favor de LA AGENCIA, que le serán devueltos a su regreso a México.",
                        40000.0,
                        "MXN",
                    ),
                ],
            ),
            (
                "p",
                [
                    "QUINTA. Las cantidades de las cláusulas segunda y tercera no serán reembolsadas si EL TRABAJADOR no obtiene la visa por causas que le sean imputables."
                ],
            ),
            (
                "p",
                [
                    "SEXTA. Para cualquier controversia, las partes se someten a los tribunales de Celaya, Guanajuato."
                ],
            ),
            (
                "p",
                [
                    "Leído que fue el presente convenio, lo firman las partes en Celaya, Guanajuato, el 2 de junio de 2026."
                ],
            ),
            ("sigfp", ["LA AGENCIA", "EL TRABAJADOR"]),
        ],
    )
)

# ---------------------------------------------------------------- d07 Honduras recruiter agreement (h2b)
DOCS.append(
    D(
        file="d07.pdf",
        program="h2b",
        language="es",
        scanned=False,
        doc_type="recruiter_agreement",
        layout="A4; blue header band; parties table; numbered clauses; fingerprint box",
        engine="flow",
        size="A4",
        band=(0.12, 0.25, 0.55),
        font=10,
        recruiters=["Servicios Migratorios Laborales Copán, S. de R.L."],
        missing=[
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        traps=[
            "visa reimbursed by employer in first week",
            "return trip paid by employer",
            "tools free",
        ],
        blocks=[
            ("title", "CONTRATO DE SERVICIOS DE RECLUTAMIENTO"),
            (
                "kv",
                [
                    (
                        "Agencia",
                        "Servicios Migratorios Laborales Copán, S. de R.L., Barrio Guamilito, 6 calle, San Pedro Sula, Cortés",
                    ),
                    ("Persona contratada", "Wilmer Josué Bautista Orellana, DNI 0501-1998-07714"),
                    (
                        "Empleador en EE. UU.",
                        "Southern Pines Reforestation LLC, 402 Mill Street, Monticello, Arkansas 71655",
                    ),
                ],
            ),
            (
                "p",
                [
                    "1. Objeto. La agencia gestiona la contratación de la persona contratada como sembrador de plántulas de pino (visa H-2B) en los terrenos forestales que Southern Pines Reforestation LLC atiende en los condados de Drew y Ashley, Arkansas."
                ],
            ),
            (
                "p",
                [
                    "2. Condiciones. Periodo del 5 de enero al 30 de abril de 2027; 40 horas por semana de lunes a viernes; salario de $16.02 por hora, pagado cada dos semanas. Las palas, los bolsos de siembra y el casco los proporciona el empleador sin costo. El empleador reembolsa la visa en la primera semana y paga el regreso a San Pedro Sula al terminar el contrato."
                ],
            ),
            (
                "p",
                [
                    "3. Requisitos. Haber sembrado pino al menos una temporada y poder caminar terreno irregular cargando 30 libras."
                ],
            ),
            (
                "p",
                [
                    "4. Honorarios. ",
                    F(
                        "recruitment_fee",
                        "Por la gestión de su expediente, la persona contratada entregará a la agencia L. 6,000 antes de la entrevista consular.",
                        6000.0,
                        "HNL",
                    ),
                ],
            ),
            (
                "p",
                [
                    "5. Capacitación. ",
                    F(
                        "training_cost",
                        "La asistencia al taller de inducción y a la prueba de destreza en siembra es obligatoria y cuesta L. 2,500, a cargo de la persona contratada.",
                        2500.0,
                        "HNL",
                    ),
                ],
            ),
            (
                "p",
                [
                    "6. Pasaje. ",
                    F(
                        "debt_bondage",
                        "La agencia prestará a la persona contratada L. 18,000 para el boleto aéreo, que devolverá mediante descuentos quincenales de su salario con un interés del 5 % mensual.",
                        18000.0,
                        "HNL",
                    ),
                ],
            ),
            (
                "p",
                [
                    "7. Documentos. ",
                    F(
                        "document_retention",
                        "El pasaporte de la persona contratada quedará bajo resguardo de la agencia desde la firma hasta que el préstamo de la cláusula 6 esté liquidado.",
                    ),
                ],
            ),
            (
                "p",
                [
                    "8. Jurisdicción. Para todo lo relativo a este contrato las partes se someten a los juzgados de San Pedro Sula."
                ],
            ),
            ("p", ["Firmado en San Pedro Sula, Cortés, a los 14 días del mes de octubre de 2026."]),
            ("sigfp", ["Por la agencia", "La persona contratada"]),
        ],
    )
)

# ---------------------------------------------------------------- d08 Nepal -> Qatar, compliant (generic)
DOCS.append(
    D(
        file="d08.pdf",
        program="generic",
        language="en",
        scanned=False,
        doc_type="gulf_contract",
        layout="A4; maroon header band; parties grid; numbered articles",
        engine="flow",
        size="A4",
        band=(0.45, 0.08, 0.15),
        font=10,
        recruiters=["Himal Shikhar Overseas Manpower Pvt. Ltd."],
        missing=[],
        traps=[
            "'free visa, free ticket' with employer paying the agency's service charge",
            "medical test and insurance paid by employer",
            "welfare fund contribution paid by employer",
            "no income tax in Qatar; no statutory deduction beyond court order",
            "worker keeps passport",
            "worker may change employer (negated movement restriction)",
            "cleaning staff collect no fees; 'coffee stations' is a job word",
        ],
        blocks=[
            ("title", "CONTRACT OF EMPLOYMENT"),
            ("sub", "Foreign employment from Nepal to the State of Qatar - approved format"),
            (
                "kv",
                [
                    (
                        "Employer",
                        "Al Dafna Facilities Services W.L.L., Building 14, Street 820, Zone 56, Doha, State of Qatar",
                    ),
                    ("Worker", "Bishnu Prasad Adhikari, passport PA0917733"),
                    (
                        "Recruiting agency in Nepal",
                        "Himal Shikhar Overseas Manpower Pvt. Ltd., licence 1187/071/72, Baneshwor, Kathmandu",
                    ),
                ],
            ),
            (
                "p",
                [
                    "Article 1 - Position and duties. The Worker is employed as a Cleaner (Facilities). He will clean floors, washrooms, escalators and glass at the assigned shopping mall, refill soap and paper, and keep the staff coffee stations and rest rooms tidy."
                ],
            ),
            (
                "p",
                [
                    "Article 2 - Place of work. Doha Oasis Mall, Salwa Road, Doha, and other sites of the Employer within Doha municipality."
                ],
            ),
            (
                "p",
                [
                    "Article 3 - Duration. Two years, starting on the date of arrival in Qatar, expected 1 February 2027, and ending on 31 January 2029."
                ],
            ),
            (
                "p",
                [
                    "Article 4 - Working hours. Eight hours per day, 48 hours per week, with one paid rest day (Friday) each week. Overtime is voluntary and paid at 125 percent of basic wage, or 150 percent between 9:00 p.m. and 6:00 a.m."
                ],
            ),
            (
                "p",
                [
                    "Article 5 - Wage. Basic wage QAR 1,100 per month, plus food allowance QAR 300 per month. Free shared accommodation is provided."
                ],
            ),
            (
                "p",
                [
                    "Article 6 - Payment. The wage is paid monthly through the Wage Protection System into the Worker's own bank account, no later than the 7th day of the following month."
                ],
            ),
            (
                "p",
                [
                    "Article 7 - Deductions. Qatar levies no income tax on wages. Nothing is deducted from the wage except amounts ordered by a Qatari court."
                ],
            ),
            (
                "p",
                [
                    "Article 8 - Costs of recruitment. The visa, work permit, Qatar ID, medical test in Nepal and in Qatar, orientation training, welfare fund contribution, insurance and the air ticket from Kathmandu to Doha are paid by the Employer. The Employer also pays the agency's service charge. Under no circumstances will the Worker be asked to pay the Employer, the agency or any sub-agent for the job, and any amount the Worker is shown to have paid will be refunded by the Employer."
                ],
            ),
            (
                "p",
                [
                    "Article 9 - Documents and movement. The Worker keeps his passport and Qatar ID card. He may leave the accommodation outside working hours and may change employer in accordance with Qatari law."
                ],
            ),
            (
                "p",
                [
                    "Article 10 - Leave and end of service. The Worker receives 21 days of paid annual leave per year and end-of-service gratuity of three weeks' basic wage for each year of service."
                ],
            ),
            (
                "p",
                [
                    "Article 11 - Return. At the end of the contract, or if it is ended early by the Employer, the Employer pays the air ticket from Doha to Kathmandu."
                ],
            ),
            (
                "p",
                [
                    "Article 12 - Termination. Either party may end the contract with one month's written notice. The Employer may end it without notice only for the grounds listed in Article 61 of the Labour Law, after an investigation in which the Worker is heard."
                ],
            ),
            ("sig", ["For the Employer", "Worker"]),
        ],
    )
)

# ---------------------------------------------------------------- d09 Indonesia -> Hong Kong domestic worker
DOCS.append(
    D(
        file="d09.pdf",
        program="generic",
        language="en",
        scanned=False,
        doc_type="domestic_worker_contract",
        layout="A4; parties grid; schedule-style numbered clauses; two pages",
        engine="flow",
        size="A4",
        band=(0.40, 0.30, 0.05),
        font=10,
        recruiters=["PT Bunga Citra Mandiri Sejahtera", "Golden Orchid Employment Agency Ltd."],
        missing=["hours_of_work"],
        traps=[
            "'Working hours: as required by the household' has no concrete value (hours missing)",
            "employer pays visa and air ticket",
            "free food and private room",
            "statutory rest day stated",
        ],
        blocks=[
            ("title", "EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER"),
            (
                "sub",
                "Recruited in Indonesia for employment in the Hong Kong Special Administrative Region",
            ),
            (
                "kv",
                [
                    (
                        "Employer",
                        "Mrs. Cheung Wai Ling, Flat 12B, Block 3, Kornhill Gardens, Quarry Bay, Hong Kong",
                    ),
                    ("Helper", "Sri Wahyuni Lestari, Indonesian passport E 4820193"),
                    (
                        "Placement company (Indonesia)",
                        "PT Bunga Citra Mandiri Sejahtera, Jl. Raya Bogor Km 28, Jakarta Timur",
                    ),
                    (
                        "Employment agency (Hong Kong)",
                        "Golden Orchid Employment Agency Ltd., Room 702, Sino Centre, Mong Kok, Kowloon",
                    ),
                ],
            ),
            (
                "p",
                [
                    "1. The Helper shall cook, clean, do the laundry and look after the Employer's two children aged 4 and 7 at the Employer's flat stated above, which is the only place of work."
                ],
            ),
            ("p", ["2. The contract is for two years, from 15 March 2027 to 14 March 2029."]),
            (
                "p",
                [
                    "3. The Helper's wage is HKD 4,990 per month, paid monthly not later than seven days after the end of each wage period, into her own bank account."
                ],
            ),
            ("p", ["4. Working hours: as required by the household."]),
            (
                "p",
                [
                    "5. The Helper is entitled to one rest day of not less than 24 hours every week and to all statutory holidays. ",
                    F(
                        "movement_restriction",
                        "On rest days and statutory holidays the Helper shall stay inside the Employer's flat unless the Employer gives her written permission to go out.",
                    ),
                ],
            ),
            (
                "p",
                [
                    "6. Free food and a separate room are provided. The Employer pays the visa fee and the air ticket from Jakarta to Hong Kong."
                ],
            ),
            (
                "p",
                [
                    "7. Deductions. ",
                    F(
                        "recruitment_fee",
                        "The placement charge of HKD 9,000 owed to the agencies will be taken out of the Helper's wages in equal monthly parts during the first six months.",
                        9000.0,
                        "HKD",
                    ),
                    " No other deduction is made.",
                ],
            ),
            (
                "p",
                [
                    "8. ",
                    F(
                        "insurance_cost",
                        "The Helper shall bear the premium of HKD 350 for the accident and repatriation policy arranged by the agency.",
                        350.0,
                        "HKD",
                    ),
                ],
            ),
            (
                "p",
                [
                    "9. ",
                    F(
                        "document_retention",
                        "The Employer shall keep the Helper's passport and Hong Kong identity card for safekeeping until the end of the contract.",
                    ),
                ],
            ),
            (
                "p",
                [
                    "10. On completion or early termination of the contract the Employer shall provide a free return air ticket to Jakarta."
                ],
            ),
            (
                "p",
                [
                    "11. Either party may terminate this contract by giving one month's notice in writing or one month's wages in lieu of notice. Summary dismissal is allowed only for serious misconduct under the Employment Ordinance."
                ],
            ),
            ("sig", ["Employer", "Helper"]),
        ],
    )
)

# ---------------------------------------------------------------- d10 WhatsApp flyer, Spanish, generic
DOCS.append(
    D(
        file="d10.pdf",
        program="generic",
        language="es",
        scanned=False,
        doc_type="whatsapp_flyer",
        layout="chat-style flyer: tall narrow page, green header bar, message bubbles with timestamps",
        engine="flyer",
        size=(340, 760),
        band=(0.03, 0.37, 0.33),
        font=9.5,
        sender="Oportunidades Norte SV",
        sender_sub="Lista de difusión · 143 destinatarios",
        recruiters=["Oportunidades Norte SV"],
        missing=[
            "employer_identity",
            "worker_identity",
            "deductions",
            "return_transportation",
            "termination",
        ],
        traps=["'comida gratis los domingos' (free meal, no meal charge)"],
        bubbles=[
            (
                "7:41",
                ["¡TRABAJO EN CANADÁ! Invernaderos de tomate y pepino en Leamington, Ontario."],
            ),
            (
                "7:42",
                [
                    "Puesto: ayudante de invernadero. Vas a cosechar, podar plantas, colgar guías y empacar en cajas."
                ],
            ),
            (
                "7:42",
                [
                    "Contrato del 1 de marzo al 31 de octubre de 2027. De lunes a sábado, 10 horas diarias."
                ],
            ),
            ("7:43", ["Sueldo: 17.60 dólares canadienses la hora, pago cada dos semanas."]),
            ("7:50", ["REQUISITOS Y COSTOS"]),
            (
                "7:51",
                [
                    F(
                        "recruitment_fee",
                        "Para separar tu cupo deposita $350 a la cuenta que te mandamos por privado.",
                        350.0,
                        "USD",
                    )
                ],
            ),
            (
                "7:51",
                [
                    F(
                        "visa_cost",
                        "Permiso de trabajo y biométricos: $185, los pagas tú.",
                        185.0,
                        "USD",
                    )
                ],
            ),
            (
                "7:52",
                [
                    F(
                        "travel_cost",
                        "El boleto de avión también corre por tu cuenta y no se reembolsa.",
                    )
                ],
            ),
            (
                "7:55",
                [
                    "Comida gratis los domingos en la iglesia del pueblo. Cupo para 25 personas, escribe YA."
                ],
            ),
        ],
    )
)

# ---------------------------------------------------------------- d11 offer letter EN|ES 3-column (h2b)
DOCS.append(
    D(
        file="d11.pdf",
        program="h2b",
        language="en+es",
        scanned=False,
        doc_type="offer_letter",
        layout="one page; letterhead band; gridded 3-column table Item | English | Español",
        engine="flow",
        size="letter",
        band=(0.20, 0.20, 0.50),
        font=8.3,
        recruiters=[],
        missing=["wage_adjustment", "three_fourths_guarantee", "termination"],
        traps=[
            "'restock coffee stations' is a job duty",
            "bus and visa reimbursed in first workweek",
            "uniforms free, no deposit",
            "statutory taxes",
        ],
        blocks=[
            ("title", "Seasonal Job Offer / Oferta de trabajo de temporada"),
            (
                "p",
                [
                    "Bluewater Inn & Suites at Dockside, LLC - 45 Harbor Street, Bar Harbor, Maine 04609 - H-2B"
                ],
            ),
            (
                "tri",
                ["Item", "English", "Español"],
                [
                    [
                        "Position / Puesto",
                        "Housekeeper: clean guest rooms, change linens, restock coffee stations and toiletries.",
                        "Camarista: limpiar habitaciones, cambiar ropa de cama, reponer las estaciones de café y los artículos de baño.",
                    ],
                    [
                        "Place / Lugar",
                        "Bluewater Inn & Suites, 45 Harbor Street, Bar Harbor, Maine.",
                        "Bluewater Inn & Suites, 45 Harbor Street, Bar Harbor, Maine.",
                    ],
                    [
                        "Dates / Fechas",
                        "May 4, 2026 to October 24, 2026.",
                        "Del 4 de mayo al 24 de octubre de 2026.",
                    ],
                    [
                        "Hours / Horario",
                        "40 hours per week, 8:00 a.m. to 4:30 p.m., five days a week.",
                        "40 horas por semana, de 8:00 a 16:30, cinco días a la semana.",
                    ],
                    [
                        "Pay / Sueldo",
                        "$15.75 per hour; overtime at $23.63 per hour after 40 hours.",
                        "$15.75 por hora; horas extra a $23.63 por hora después de 40 horas.",
                    ],
                    [
                        "Payday / Día de pago",
                        "Every other Friday, with a pay stub listing hours offered, hours worked, rate and deductions.",
                        "Cada dos viernes, con un talón que muestra horas ofrecidas, horas trabajadas, tarifa y descuentos.",
                    ],
                    [
                        "Deductions / Descuentos",
                        "Income tax, Social Security and Medicare, and the optional dormitory charge.",
                        "Impuesto sobre la renta, Seguro Social y Medicare, y el cargo opcional del dormitorio.",
                    ],
                    [
                        "Housing / Vivienda",
                        F(
                            "housing_charge",
                            "If you choose to live in the staff dormitory, $85 per week is deducted from your pay for the bed.",
                            85.0,
                            "USD",
                            1,
                        ),
                        F(
                            "housing_charge",
                            "Si usted elige vivir en el dormitorio del personal, se le descuentan $85 por semana de su pago por la cama.",
                            85.0,
                            "USD",
                            1,
                        ),
                    ],
                    [
                        "Damage / Daños",
                        F(
                            "damage_chargeback",
                            "Breakage of hotel property caused by the employee's carelessness will be charged to the employee at replacement cost.",
                            None,
                            None,
                            2,
                        ),
                        F(
                            "damage_chargeback",
                            "Los objetos del hotel que el empleado rompa por descuido se le cobrarán al precio de reposición.",
                            None,
                            None,
                            2,
                        ),
                    ],
                    [
                        "Travel / Viaje",
                        "Bus from Monterrey and meals on the way reimbursed in the first workweek; trip home paid at the end of the contract.",
                        "El autobús desde Monterrey y las comidas del viaje se reembolsan en la primera semana; el regreso se paga al terminar el contrato.",
                    ],
                    [
                        "Visa",
                        "Visa and border fees reimbursed in the first workweek.",
                        "La visa y el cruce fronterizo se reembolsan en la primera semana.",
                    ],
                    [
                        "Uniform / Uniforme",
                        "Uniforms, carts and cleaning supplies free; no deposit.",
                        "Uniformes, carritos y productos de limpieza gratis; sin depósito.",
                    ],
                    [
                        "Requirements / Requisitos",
                        "Three months of hotel housekeeping experience.",
                        "Tres meses de experiencia en limpieza de hotel.",
                    ],
                    [
                        "If work stops / Si el trabajo se detiene",
                        "If a storm or fire closes the hotel, you are paid through the closing day and your trip home.",
                        "Si una tormenta o un incendio cierra el hotel, se le paga hasta el día del cierre y su viaje de regreso.",
                    ],
                ],
            ),
            ("p", ["Please sign and return one copy. / Favor de firmar y devolver una copia."]),
            ("sig", ["Employer / Empleador", "Employee / Empleado"]),
        ],
    )
)

# ---------------------------------------------------------------- d12 scanned one-page H-2A agreement
DOCS.append(
    D(
        file="d12.pdf",
        program="h2a",
        language="en",
        scanned=True,
        doc_type="work_contract",
        layout="one page dense single column; SCANNED image-only (200 dpi, rotated, noise)",
        engine="flow",
        size="letter",
        band=None,
        font=9.2,
        recruiters=[],
        missing=[
            "meals",
            "inbound_transportation",
            "earnings_statements",
            "contract_impossibility",
        ],
        traps=[
            "free housing",
            "daily rides free",
            "harvest tools free",
            "workers' compensation covered",
        ],
        blocks=[
            ("title", "CREW WORK AGREEMENT - H-2A STRAWBERRY HARVEST"),
            (
                "p",
                [
                    "Employer: Sandhill Berry Harvest FLC, LLC, 1550 Turkey Creek Road, Plant City, Florida 33566 (farm labor contractor registration FLC-2291-88)."
                ],
            ),
            (
                "p",
                [
                    "Job: strawberry harvest worker. You will pick ripe berries into clamshells, fill and carry flats to the loading row, and remove runners and rotten fruit. Work takes place on farms in Hillsborough County, Florida listed on the crew board: 3110 Sammonds Road and 4820 Trapnell Road, Plant City."
                ],
            ),
            (
                "p",
                [
                    "Season: December 1, 2026 to March 31, 2027. Hours: 36 hours per week, Monday to Saturday from 7:00 a.m."
                ],
            ),
            (
                "p",
                [
                    "Wage: $14.77 per hour, or $2.25 per flat if that pays more; you always get the higher of the AEWR, the prevailing wage or the minimum wage in force. You are paid every Friday. Deductions: federal income tax if you ask for it, court orders, and the bus fare recovery below."
                ],
            ),
            (
                "p",
                [
                    "Guarantee: we offer you work for at least 3/4 of the workdays of the season or pay the difference."
                ],
            ),
            (
                "p",
                [
                    "Housing: free, at 1602 Turkey Creek Road, Plant City. Daily rides from the housing to the fields are free. Clippers, clamshells and carts are provided free. You are covered by workers' compensation insurance. Requirements: one season of berry harvest experience."
                ],
            ),
            (
                "p",
                [
                    F(
                        "travel_cost",
                        "The bus fare from Nuevo Laredo to Plant City, $145, is recovered from your first two paychecks.",
                        145.0,
                        "USD",
                    ),
                    " When the season ends the contractor pays the bus back to Nuevo Laredo.",
                ],
            ),
            (
                "p",
                [
                    F(
                        "breach_penalty",
                        "Any worker who abandons the job before the season ends will be charged a $300 early-exit fee.",
                        300.0,
                        "USD",
                    ),
                    " Five workdays in a row without notice count as abandonment; dismissal is only for cause explained in writing.",
                ],
            ),
            ("sig", ["Contractor", "Worker"]),
        ],
    )
)
