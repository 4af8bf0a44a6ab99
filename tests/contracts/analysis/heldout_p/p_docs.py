"""Content of the heldout_p documents. Each function returns (pdf, label, evidence).

evidence maps every REQUIRED term that the document states to a snippet of the printed
text that states it; the build checks it against the label's missing_terms.
"""

from __future__ import annotations

from p_lib import Doc


def fee(cat, sev, page, amount, cur, quote, group=None, passport_only=False):
    f = {
        "category": cat,
        "severity": sev,
        "page": page,
        "amount": amount,
        "currency": cur,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    if passport_only:
        f["passport_only"] = True
    return f


def lab(
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


# --------------------------------------------------------------------------------------
# p01  H-2A job order, English, compliant
# --------------------------------------------------------------------------------------
def p01():
    d = Doc(
        head="Stillwater Ridge Orchards, LLC  |  H-2A Clearance Order Addendum to Form ETA-790A",
        foot="Job Order WA-2025-0614  -  Page {p} of {n}",
    )
    d.heading("ADDENDUM A - MATERIAL TERMS AND CONDITIONS OF EMPLOYMENT", size=12)
    d.p(
        "Employer: Stillwater Ridge Orchards, LLC, 2270 Cutler Hill Road, Tonasket, WA 98855. "
        "Telephone (509) 555-0143. FEIN on file with the Chicago National Processing Center."
    )
    d.p(
        "This addendum forms part of the job order and of the work contract of every worker "
        "hired under it, whether recruited in the United States or abroad."
    )
    d.sec("1. Job title and duties")
    d.clause(
        "1.1",
        "Job title: Farmworker, Tree Fruit (SOC 45-2092). Workers hand-pick apples and pears "
        "from the ground and from 10 to 14 foot ladders, carry a full picking bag of up to 50 "
        "pounds, and empty it gently into the bins. Picked fruit is deposited in bins at the end "
        "of each row; workers do not drive the bin trailers.",
    )
    d.clause(
        "1.2",
        "Between harvests workers may thin fruit, prop limbs, and clear brush. Workers also "
        "feed prunings into the chipper only after training by the orchard foreman.",
    )
    d.sec("2. Place of employment")
    d.p("All work is performed in Okanogan County, Washington, at the following blocks:")
    d.grid(
        [
            ["Block", "Address", "Crop", "Acres"],
            ["Cutler Hill", "2270 Cutler Hill Road, Tonasket, WA", "Gala, Honeycrisp", "118"],
            ["River Flat", "41 Pogue Flat Road, Tonasket, WA", "Fuji, Bartlett pears", "64"],
            ["Ellisforde", "9 Ellisforde Church Road, Ellisforde, WA", "Granny Smith", "37"],
        ],
        widths=(30, 80, 45, 20),
    )
    d.sec("3. Period of employment")
    d.p(
        "The contract period begins on August 25, 2025 and ends on November 20, 2025. The "
        "employer will notify workers of any delay in the start date at least 14 days in "
        "advance and will pay for the first week if it fails to do so."
    )
    d.sec("4. Hours of work")
    d.p(
        "Workers are offered 40 hours per week, Monday through Saturday, normally 7:00 a.m. to "
        "3:30 p.m. with a 30-minute unpaid lunch. Sundays are rest days. Hours may be longer at "
        "the height of the harvest; workers will not be required to work more than 10 hours a day."
    )
    d.sec("5. Wages")
    d.clause(
        "5.1",
        "The employer pays $19.82 per hour, or $32.00 per bin for apples and $28.00 per bin for "
        "pears, whichever produces the greater earnings in each pay period.",
    )
    d.clause(
        "5.2",
        "If the Adverse Effect Wage Rate, the prevailing wage, or the federal or Washington "
        "minimum wage is increased during the contract, the employer will pay the higher rate "
        "from the date it takes effect.",
    )
    d.clause(
        "5.3",
        "Wages are paid weekly, every Friday, by check or by direct deposit into a bank account "
        "of the worker's choice. Workers who want direct deposit should deposit a voided check "
        "or bank letter with the office.",
    )
    d.add_page()
    d.clause(
        "5.4",
        "Deductions. The employer makes only the following deductions: (a) federal income tax, "
        "only if the worker asks for withholding on Form W-4; (b) the Washington Paid Family and "
        "Medical Leave premium required by state law; (c) garnishments ordered by a court. No "
        "other deductions are made.",
    )
    d.clause(
        "5.5",
        "Earnings statements. On or before each payday every worker receives a written "
        "statement showing the hours offered, the hours actually worked, the rate of pay, the "
        "number of bins picked, each deduction, and the total earnings for the pay period.",
    )
    d.sec("6. Three-fourths guarantee")
    d.p(
        "The employer guarantees to offer each worker employment for a total number of work "
        "hours equal to at least three-fourths of the workdays of the total period beginning "
        "with the first workday after arrival and ending on the last day of the contract. If "
        "fewer hours are offered, the worker is paid the amount he or she would have earned."
    )
    d.sec("7. Housing, meals and daily transportation")
    d.clause(
        "7.1",
        "Housing is provided free of charge to all workers who are not reasonably able to "
        "return home each day, at Camp Two, 2310 Cutler Hill Road, Tonasket. The housing is "
        "inspected and meets applicable standards. There is no charge for rent, electricity, "
        "water, bedding, or laundry machines, and no deposit of any kind.",
    )
    d.clause(
        "7.2",
        "Meals: each unit has free cooking and kitchen facilities with stoves, refrigerators, "
        "pots and utensils so that workers may prepare their own meals.",
    )
    d.clause(
        "7.3",
        "Daily transportation between the housing and the orchard blocks is provided free of "
        "charge in employer vans driven by licensed drivers.",
    )
    d.sec("8. Travel to and from the job")
    d.clause(
        "8.1",
        "Inbound: a worker who completes 50 percent of the contract period is reimbursed for "
        "the reasonable cost of transportation and daily subsistence from the place of "
        "recruitment to Tonasket. Because the employer pays the bus fare from Celaya, Guanajuato "
        "directly, most workers have nothing to claim except meals on the road, which are "
        "reimbursed at $16.36 per day with receipts or at the federal minimum without them.",
    )
    d.clause(
        "8.2",
        "Visa and border costs: the visa fee, the consular appointment fee and the border "
        "crossing fee are paid by the employer in advance or reimbursed in full in the first "
        "workweek.",
    )
    d.clause(
        "8.3",
        "Return: a worker who completes the contract, or who is dismissed early for reasons other "
        "than cause, is provided or paid return transportation and daily subsistence to the "
        "place of recruitment.",
    )
    d.sec("9. Tools and equipment")
    d.p(
        "Ladders, picking bags, pruning shears, gloves and rain gear are provided without charge "
        "and without any deposit. Workers who bring their own shears may use them but are not "
        "required to."
    )
    d.sec("10. Workers' compensation")
    d.p(
        "The employer provides workers' compensation insurance through the Washington State "
        "Department of Labor and Industries, at no cost to the worker, covering injury and "
        "disease arising out of the work."
    )
    d.add_page()
    d.sec("11. Job requirements")
    d.p(
        "Three months of experience hand-harvesting tree fruit; ability to climb and work on "
        "ladders up to 14 feet and to carry a 50-pound bag. No education or English is required."
    )
    d.sec("12. Abandonment and termination for cause")
    d.p(
        "A worker who fails to report for work for 5 consecutive working days without the "
        "employer's consent is considered to have abandoned the job; the employer will notify "
        "the Department of Labor and DHS within 2 working days. A worker may be dismissed for "
        "cause, such as violence, theft, or repeated refusal to follow safety rules, after a "
        "written warning. A worker who abandons or is dismissed for cause loses the "
        "three-fourths guarantee and return transportation."
    )
    d.sec("13. Contract impossibility")
    d.p(
        "If the contract becomes impossible to fulfil because of fire, hail, flood or another "
        "Act of God, the employer will pay each worker at least three-fourths of the hours for the "
        "time that has elapsed, will pay return transportation and subsistence, and will try to "
        "transfer the worker to other approved H-2A employment."
    )
    d.sec("14. Recruitment and worker protections")
    d.p(
        "The employer recruits in Mexico through Enlace Agrícola del Bajío, S.C. (Celaya, "
        "Guanajuato). The employer pays the agency its entire fee. Neither the employer nor the "
        "agency nor any of their agents may charge a worker a recruitment fee, a placement fee, "
        "or any other payment to obtain this job, and the agency's contract forbids it."
    )
    d.p(
        "Workers keep their own passports, visas and identity documents at all times. Workers "
        "may complain to the employer, to the Department of Labor, or to any legal-aid program "
        "without being dismissed, blacklisted, or denied future employment."
    )
    d.p(
        "A season-end retention bonus of $0.40 per hour worked is paid in addition to, and never "
        "instead of, the wages in section 5; it is not taken out of any paycheck.",
        size=8.5,
        style="I",
    )
    d.sign(["For the employer: Marla Jensen, Owner", "Date"])
    label = lab(
        "h2a",
        "en",
        3,
        [],
        [],
        ["Enlace Agrícola del Bajío, S.C."],
        [
            "'deposited in bins' and 'deposit a voided check' are not deposits charged",
            "workers 'feed prunings into the chipper' (job word)",
            "free housing, no rent/utility/bedding charge, no deposit",
            "free kitchen facilities",
            "visa, consular and border fees paid or reimbursed by employer",
            "recruiter's fee paid by employer; no fee may be charged (negated)",
            "workers keep passports; no blacklisting (negated)",
            "deductions limited to tax on request, state-required premium, garnishments",
            "season-end bonus paid in addition to wages (not wage withholding)",
        ],
        "job_order",
        "letter; running header and page footer on each page; numbered clauses; gridded "
        "worksite table",
    )
    ev = {
        "employer_identity": "Stillwater Ridge Orchards, LLC, 2270 Cutler Hill Road, Tonasket",
        "job_duties": "Job title: Farmworker, Tree Fruit (SOC 45-2092)",
        "work_location": "41 Pogue Flat Road, Tonasket, WA",
        "employment_period": "begins on August 25, 2025 and ends on November 20, 2025",
        "hours_of_work": "Workers are offered 40 hours per week",
        "wage_rate": "The employer pays $19.82 per hour",
        "wage_adjustment": "the employer will pay the higher rate",
        "pay_frequency": "Wages are paid weekly, every Friday",
        "deductions": "The employer makes only the following deductions",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "housing": "Housing is provided free of charge",
        "meals": "free cooking and kitchen facilities",
        "inbound_transportation": "is reimbursed for the reasonable cost of transportation",
        "return_transportation": "is provided or paid return transportation",
        "daily_transportation": "Daily transportation between the housing and the orchard",
        "tools_provided": "are provided without charge and without any deposit",
        "workers_compensation": "The employer provides workers' compensation insurance",
        "earnings_statements": "every worker receives a written statement showing the hours",
        "termination": "is considered to have abandoned the job",
        "contract_impossibility": "because of fire, hail, flood or another Act of God",
        "job_requirements": "Three months of experience hand-harvesting tree fruit",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p02  H-2A recruiter receipt, Spanish
# --------------------------------------------------------------------------------------
def p02():
    d = Doc(font="noto", margin=22)
    d.band(
        "GESTORÍA Y ENLACE LABORAL LOS ALTOS",
        "Calle Hidalgo 214, Col. Centro, Tepatitlán de Morelos, Jalisco  -  Tel. 378 555 0192",
        color=(120, 40, 40),
        size=13,
    )
    d.set_font("noto", "B", 12)
    d.cell(0, 7, "RECIBO DE PAGO", align="L")
    d.set_font("noto", "", 10)
    d.cell(0, 7, "Folio No. 0417", align="R", new_x="LMARGIN", new_y="NEXT")
    d.p("Fecha: 3 de febrero de 2025", size=9.5)
    d.p(
        "Recibimos de: José Luis Camarena Íñiguez, con domicilio en Rancho El Tule, municipio de "
        "Arandas, Jalisco.",
        size=9.5,
    )
    d.p(
        "La cantidad de: $15,150.00 (QUINCE MIL CIENTO CINCUENTA PESOS 00/100 M.N.)",
        size=10,
        style="B",
    )
    d.p(
        "Por los conceptos que se detallan abajo, relacionados con su contratación con visa "
        "H-2A como cosechador de arándano (corte a mano de arándano azul y llenado de cubetas) "
        "para el empleador Hollins Creek Berry Farms LLC, 118 Tillman Bay Road, Alma, GA 31510, "
        "Estados Unidos.",
        size=9.5,
    )
    d.p(
        "Lugar de trabajo: campos de Hollins Creek en Alma, Georgia. Temporada: del 14 de abril "
        "al 27 de junio de 2025. Salario ofrecido: $14.83 dólares por hora.",
        size=9.5,
    )
    rows = [
        ["Concepto", "Importe (MXN)"],
        ["Apartado de lugar en la lista de seleccionados", "$6,000.00"],
        ["Cuota consular de la visa (MRV)", "$4,200.00"],
        ["Examen médico y antidoping", "$1,950.00"],
        ["Boleto de autobús Tepatitlán - Monterrey", "$3,000.00"],
        ["TOTAL PAGADO", "$15,150.00"],
    ]
    d.grid(rows, widths=(120, 45), size=9.5)
    d.p(
        "Forma de pago: efectivo. Este recibo ampara únicamente los conceptos anteriores. Las "
        "cantidades pagadas no son reembolsables, aun si el consulado niega la visa o si el "
        "empleador cancela la temporada.",
        size=8,
        style="I",
    )
    d.p(
        "Presentarse con este recibo, su pasaporte vigente y dos fotografías el día de la cita "
        "en el consulado de Monterrey.",
        size=8,
        style="I",
    )
    d.sign(["Recibió: Caja - Gestoría Los Altos", "Firma del interesado"])
    d.set_font("noto", "", 7)
    d.multi_cell(0, 3.2, "Original para el cliente - Copia para archivo", align="C")
    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            6000.0,
            "MXN",
            "Apartado de lugar en la lista de seleccionados $6,000.00",
        ),
        fee(
            "visa_cost", "violation", 1, 4200.0, "MXN", "Cuota consular de la visa (MRV) $4,200.00"
        ),
        fee("medical_cost", "violation", 1, 1950.0, "MXN", "Examen médico y antidoping $1,950.00"),
        fee(
            "travel_cost",
            "violation",
            1,
            3000.0,
            "MXN",
            "Boleto de autobús Tepatitlán - Monterrey $3,000.00",
        ),
    ]
    missing = [
        "hours_of_work",
        "wage_adjustment",
        "pay_frequency",
        "deductions",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    label = lab(
        "h2a",
        "es",
        1,
        fees,
        missing,
        ["Gestoría y Enlace Laboral Los Altos"],
        [
            "TOTAL PAGADO row sums the charges (not a separate finding)",
            "'Recibimos de' / 'Recibió' are receipt words",
        ],
        "recruiter_receipt",
        "one page; colored letterhead band; gridded two-column fee table with total row; "
        "small italic notes; signature lines",
    )
    ev = {
        "employer_identity": "Hollins Creek Berry Farms LLC, 118 Tillman Bay Road, Alma, GA 31510",
        "job_duties": "cosechador de arándano (corte a mano de arándano azul",
        "work_location": "Lugar de trabajo: campos de Hollins Creek en Alma, Georgia",
        "employment_period": "del 14 de abril al 27 de junio de 2025",
        "wage_rate": "$14.83 dólares por hora",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p03  H-2B offer letter, English
# --------------------------------------------------------------------------------------
def p03():
    d = Doc(font="serif", margin=24)
    d.band(
        "Greenhollow Grounds & Hardscape, Inc.",
        "915 Larkspur Industrial Drive, Chesterfield, VA 23832  |  (804) 555-0177",
        color=(46, 99, 52),
        size=14,
    )
    d.p("February 10, 2025", size=10)
    d.p(
        "Mr. Óscar Benítez Luna\nCalle Zaragoza 55, Linares, Nuevo León, México",
        size=10,
    )
    d.p("Re: Offer of temporary H-2B employment - Landscape Laborer", size=10, style="B")
    d.p("Dear Mr. Benítez:", size=10)
    d.p(
        "We are pleased to offer you seasonal employment with Greenhollow Grounds & Hardscape, "
        "Inc. under the H-2B program. The terms of this offer are set out below. Please read "
        "them carefully and keep this letter with you in the United States.",
        size=10,
    )
    d.sec("Your job", size=10.5)
    d.p(
        "Position: Landscape Laborer (SOC 37-3011). You will mow, edge and trim lawns, plant "
        "shrubs and trees, spread mulch, lay pavers and retaining-wall block, and load and "
        "haul debris.",
        size=10,
    )
    d.p(
        "Where: at customer properties in Chesterfield County, Henrico County and the City of "
        "Richmond, Virginia. Crews meet each morning at our yard at 915 Larkspur Industrial "
        "Drive, Chesterfield.",
        size=10,
    )
    d.p("Dates: from March 17, 2025 through December 5, 2025.", size=10)
    d.p(
        "Hours: 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with an unpaid "
        "30-minute lunch. Some Saturdays may be offered after storms.",
        size=10,
    )
    d.p(
        "Requirements: no experience is needed, but you must be able to lift 50 pounds "
        "repeatedly and to work outdoors in summer heat.",
        size=10,
    )
    d.sec("Your pay", size=10.5)
    d.p(
        "You will earn $18.42 per hour. If a higher prevailing wage or a higher federal or "
        "Virginia minimum wage takes effect during your employment, we will pay you that higher "
        "rate from its effective date. Hours over 40 in a workweek are paid at time and a half, "
        "$27.63 per hour. You are paid every week on Friday by direct deposit or check.",
        size=10,
    )
    q_uniform = (
        "Company uniform shirts (five) and one rain jacket are issued in your first week; their "
        "$85.00 cost is taken out of your pay at $17.00 per week."
    )
    d.p(
        "Deductions: federal and Virginia income tax, Social Security and Medicare (FICA), and "
        "the uniform deduction described below. Nothing else is deducted.",
        size=10,
    )
    d.add_page()
    d.sec("Tools and uniforms", size=10.5)
    d.p(
        "All mowers, trimmers, blowers, hand tools and safety glasses are supplied free of "
        "charge. " + q_uniform,
        size=10,
    )
    d.sec("Travel and visa", size=10.5)
    q_visa = (
        "The visa appointment fee (USD 205.00) is your own responsibility and is not reimbursed "
        "by the company."
    )
    d.p(
        "Your bus fare from Monterrey to Richmond and your meals on the trip will be "
        "reimbursed in your first workweek. If you complete the season, or if we dismiss you "
        "early for any reason other than cause, we will pay your bus fare back to Monterrey. "
        + q_visa,
        size=10,
    )
    d.sec("Leaving the job", size=10.5)
    q_pen = (
        "If you quit before December 5, 2025, you agree to pay the company liquidated damages "
        "equal to two weeks' pay."
    )
    d.p(
        "If you are absent without notice for 5 consecutive working days, we will consider that "
        "you have abandoned the job and will notify the Department of Labor and USCIS. We may "
        "end your employment for cause, such as fighting, theft, or working under the influence "
        "of alcohol. " + q_pen,
        size=10,
    )
    d.sec("Recruitment", size=10.5)
    d.p(
        "Do not pay anyone for this job. Greenhollow does not use a recruiting agency; you were "
        "selected from our returning-worker list.",
        size=10,
    )
    d.p(
        "To accept, sign below and return a photo of this page by WhatsApp to our office.",
        size=10,
    )
    d.p("Sincerely,", size=10)
    d.sign(["Dana Whitfield, HR Manager", "Accepted: Óscar Benítez Luna"])
    fees = [
        fee("visa_cost", "violation", 2, 205.0, "USD", q_visa),
        fee("equipment_charge", "violation", 2, 85.0, "USD", q_uniform),
        fee("breach_penalty", "violation", 2, None, None, q_pen),
    ]
    label = lab(
        "h2b",
        "en",
        2,
        fees,
        [
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        [],
        [
            "inbound bus fare and meals reimbursed in first workweek",
            "return fare paid on completion",
            "tools supplied free (uniform charge is separate)",
            "'Do not pay anyone for this job' (negated fee); no recruiting agency",
            "deductions for taxes and FICA are lawful",
        ],
        "offer_letter",
        "letter on letterhead band; serif; short headed sections; signature lines",
    )
    ev = {
        "employer_identity": "915 Larkspur Industrial Drive, Chesterfield, VA 23832",
        "job_duties": "Position: Landscape Laborer (SOC 37-3011)",
        "work_location": "Henrico County and the City of Richmond, Virginia",
        "employment_period": "from March 17, 2025 through December 5, 2025",
        "hours_of_work": "40 hours per week, Monday to Friday",
        "wage_rate": "You will earn $18.42 per hour",
        "wage_adjustment": "we will pay you that higher rate",
        "overtime": "paid at time and a half, $27.63 per hour",
        "pay_frequency": "You are paid every week on Friday",
        "deductions": "Deductions: federal and Virginia income tax",
        "inbound_transportation": "Your bus fare from Monterrey to Richmond and your meals",
        "return_transportation": "we will pay your bus fare back to Monterrey",
        "tools_provided": "hand tools and safety glasses are supplied free",
        "termination": "you have abandoned the job",
        "job_requirements": "you must be able to lift 50 pounds",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p04  H-2A work contract, Spanish, Q&A, compliant
# --------------------------------------------------------------------------------------
def p04():
    d = Doc(
        font="sans",
        foot="Campos del Valle Azul, Inc. - Contrato H-2A temporada 2025-2026 - hoja {p} de {n}",
    )
    d.band(
        "CONTRATO DE TRABAJO H-2A EXPLICADO EN PREGUNTAS",
        "Campos del Valle Azul, Inc.  -  7801 S. Avenue 3E, Yuma, Arizona 85365",
        color=(0, 105, 120),
        size=14,
    )
    d.grid(
        [
            ["Resumen", ""],
            ["Empleador", "Campos del Valle Azul, Inc., 7801 S. Avenue 3E, Yuma, AZ 85365"],
            ["Trabajador(a)", "______________________________"],
            ["Temporada", "del 3 de noviembre de 2025 al 20 de marzo de 2026"],
            ["Pago por hora", "$17.96 por hora (o por caja, lo que resulte mayor)"],
            ["Día de pago", "cada jueves (pago semanal)"],
        ],
        widths=(40, 130),
        size=9,
    )
    qa = [
        (
            "1. ¿Qué trabajo voy a hacer?",
            "Corte y empaque de lechuga romana, iceberg y brócoli en el campo: cortar con "
            "cuchillo, limpiar las hojas, empacar en cajas y depositar las cajas en la banda "
            "de la máquina empacadora.",
        ),
        (
            "2. ¿Dónde voy a trabajar?",
            "En los ranchos del empleador en el Valle de Yuma y en Gadsden, Arizona (Rancho "
            "Las Palmas, County 14th Street y Avenue 3E; Rancho Gila, County 19th Street).",
        ),
        (
            "3. ¿Qué horario tendré?",
            "Se ofrecen 40 horas por semana, de lunes a sábado, generalmente de 6:00 a.m. a "
            "2:30 p.m. El domingo es día de descanso.",
        ),
        (
            "4. ¿Cuánto me pagan y cuándo?",
            "$17.96 por hora, o $1.45 por caja empacada si eso le da más. Si durante el "
            "contrato sube el salario mínimo o el AEWR de Arizona, se le pagará el salario más "
            "alto desde la fecha del aumento. El pago es semanal, cada jueves, con un talón que "
            "muestra las horas ofrecidas, las horas trabajadas, las cajas, el salario por hora, "
            "cada descuento y el total.",
        ),
        (
            "5. ¿Hay una cuota de producción?",
            "Sí: la cuota de producción esperada es de 18 cajas por hora después de la primera "
            "semana de práctica. La palabra cuota aquí significa cantidad de trabajo; no es un "
            "pago que usted haga.",
        ),
        (
            "6. ¿Qué me van a descontar?",
            "Solamente: el impuesto federal sobre la renta si usted lo pide por escrito, y el "
            "costo de las comidas del comedor si usted decide comer ahí (pregunta 7). Nada más.",
        ),
        (
            "7. ¿Dónde voy a vivir y qué voy a comer?",
            "La vivienda es gratuita: habitaciones para cuatro personas en el Palo Verde Inn, "
            "2400 E. 16th Street, Yuma, sin renta, sin luz ni agua que pagar y sin depósito. "
            "Cada piso tiene cocina equipada gratuita. Si prefiere, el comedor del rancho le "
            "da tres comidas al día por $14.25 al día, que se descuentan cada semana.",
        ),
    ]
    for q, a in qa:
        d.qa(q, a)
    d.add_page()
    qa2 = [
        (
            "8. ¿Cómo llego al campo cada día?",
            "En los autobuses del empleador, sin costo, de la vivienda a los ranchos y de regreso.",
        ),
        (
            "9. ¿Quién paga el viaje y la visa?",
            "El empleador paga el autobús desde Hermosillo, Sonora hasta Yuma y sus comidas del "
            "viaje. Lo que usted haya pagado por el viaje, la visa o el cruce de la frontera se "
            "le reembolsa completo en su primer cheque. Al terminar el contrato, o si lo despiden "
            "antes sin causa justificada, el empleador paga su regreso a Hermosillo.",
        ),
        (
            "10. ¿Tengo que comprar herramientas?",
            "No. Cuchillos, guantes, mandiles, botas de hule e impermeables se entregan gratis y "
            "sin depósito.",
        ),
        (
            "11. ¿Qué pasa si me lastimo?",
            "El empleador tiene seguro de compensación para trabajadores (workers' compensation) "
            "con Copper State Mutual, sin costo para usted: paga atención médica y parte del "
            "salario perdido.",
        ),
        (
            "12. ¿Cuántas horas me garantizan?",
            "Se le garantiza empleo por al menos tres cuartas partes (3/4) de las horas de los "
            "días de trabajo del contrato. Si se le ofrecen menos, se le paga la diferencia.",
        ),
        (
            "13. ¿Qué se necesita para el puesto?",
            "Ser mayor de 18 años y poder trabajar agachado y cargar cajas de 50 libras. No se "
            "requiere experiencia ni saber inglés.",
        ),
        (
            "14. ¿Qué pasa si dejo el trabajo o me despiden?",
            "Si falta 5 días seguidos sin permiso se considera abandono y el empleador avisará al "
            "Departamento de Trabajo. Puede ser despedido por causa justificada, por ejemplo "
            "violencia o robo. En esos casos pierde la garantía de 3/4 y el pago del regreso.",
        ),
        (
            "15. ¿Y si no se puede trabajar por helada o inundación?",
            "Si el contrato termina antes por incendio, helada, inundación u otra causa de fuerza "
            "mayor, se le paga la garantía de 3/4 del tiempo transcurrido y el regreso a "
            "Hermosillo.",
        ),
        (
            "16. ¿Alguien me puede cobrar por este trabajo?",
            "No. Nadie le puede cobrar por este trabajo: ni el empleador, ni un reclutador, ni "
            "un intermediario. Usted guarda su pasaporte y sus papeles. Puede quejarse ante el "
            "Departamento de Trabajo sin que lo despidan ni lo pongan en ninguna lista.",
        ),
    ]
    for q, a in qa2:
        d.qa(q, a)
    d.sign(["Firma del trabajador(a)", "Por Campos del Valle Azul, Inc."])
    label = lab(
        "h2a",
        "es",
        2,
        [],
        [],
        [],
        [
            "H-2A meal plan at $14.25/day (under the $17.00 cap): lawful, not a finding",
            "'cuota de producción' is a productivity quota, not a fee",
            "'depositar las cajas en la banda' is a job task",
            "free housing with no rent, utilities or deposit",
            "travel, visa and border costs paid or reimbursed",
            "tools free, no deposit",
            "nobody may charge for the job; worker keeps passport; no blacklist",
        ],
        "work_contract",
        "plain-language Q&A contract; gridded summary table at top; page footer; signature lines",
    )
    ev = {
        "employer_identity": "Campos del Valle Azul, Inc., 7801 S. Avenue 3E, Yuma, AZ 85365",
        "job_duties": "Corte y empaque de lechuga romana",
        "work_location": "Rancho Las Palmas",
        "employment_period": "del 3 de noviembre de 2025 al 20 de marzo de 2026",
        "hours_of_work": "Se ofrecen 40 horas por semana",
        "wage_rate": "$17.96 por hora",
        "wage_adjustment": "se le pagará el salario más alto",
        "pay_frequency": "El pago es semanal, cada jueves",
        "deductions": "el impuesto federal sobre la renta si usted lo pide por escrito",
        "three_fourths_guarantee": "tres cuartas partes (3/4)",
        "housing": "La vivienda es gratuita",
        "meals": "Cada piso tiene cocina equipada gratuita",
        "inbound_transportation": "El empleador paga el autobús desde Hermosillo",
        "return_transportation": "el empleador paga su regreso a Hermosillo",
        "daily_transportation": "En los autobuses del empleador, sin costo",
        "tools_provided": "se entregan gratis y sin depósito",
        "workers_compensation": "seguro de compensación para trabajadores",
        "earnings_statements": "con un talón que muestra las horas ofrecidas",
        "termination": "se considera abandono",
        "contract_impossibility": "por incendio, helada, inundación u otra causa de fuerza mayor",
        "job_requirements": "Ser mayor de 18 años",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p05  H-2B recruiter agreement, Spanish
# --------------------------------------------------------------------------------------
def p05():
    d = Doc(font="serif", margin=22, foot="Convenio SMG-H2B-2025-088  -  Página {p} de {n}")
    d.heading("CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO Y ACOMPAÑAMIENTO", size=12)
    d.p(
        "Que celebran, por una parte, SERVICIOS MIGRATORIOS DEL GOLFO, S.C., con domicilio en "
        "Boulevard Independencia 1180, Tuxpan, Veracruz, representada por su promotor de campo "
        "el C. Abundio Reyes Cano, a quien en lo sucesivo se le denominará EL RECLUTADOR; y por "
        "la otra, la C. Ana Cristina Mora Hernández, a quien se le denominará LA PERSONA "
        "TRABAJADORA, al tenor de las siguientes declaraciones y cláusulas.",
        size=9.5,
    )
    d.sec("DECLARACIONES", size=10)
    d.p(
        "I. EL RECLUTADOR declara que recluta personal para la empresa estadounidense "
        "Chesapeake Tidewater Seafood Co. (en adelante LA EMPRESA), con domicilio en 4 Wharf "
        "Lane, Fishing Creek, Maryland 21634, que cuenta con certificación H-2B.",
        size=9.5,
    )
    d.p(
        "II. Las condiciones del empleo ofrecidas por LA EMPRESA son las siguientes:",
        size=9.5,
    )
    d.grid(
        [
            ["Condición", "Detalle"],
            ["Puesto", "Pelado de jaiba: cocer, pelar y separar la carne de jaiba azul"],
            ["Lugar de trabajo", "Planta de LA EMPRESA, 4 Wharf Lane, Fishing Creek, MD"],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2025"],
            ["Horario", "40 horas por semana, lunes a sábado, de 5:00 a 13:30"],
            ["Salario", "$17.54 dólares por hora"],
            ["Horas extra", "Tiempo y medio después de 40 horas: $26.31 por hora"],
            ["Pago", "Semanal, cada viernes, por depósito en cuenta bancaria"],
            ["Descuentos", "Impuestos federales y estatales, FICA y los de la cláusula QUINTA"],
            ["Viaje de ida", "LA EMPRESA reembolsa autobús y viáticos en la primera semana"],
            ["Regreso", "LA EMPRESA paga el autobús de regreso a Tuxpan al terminar"],
            ["Equipo", "Cuchillos, mandil y guantes de malla sin costo"],
            ["Requisitos", "Mayor de 18 años; experiencia en pelado de jaiba deseable"],
        ],
        widths=(38, 132),
        size=9,
    )
    d.p(
        "III. Abandono y despido: si LA PERSONA TRABAJADORA falta 5 días laborales seguidos sin "
        "aviso, LA EMPRESA lo considerará abandono del empleo y lo notificará a las autoridades. "
        "LA EMPRESA puede despedir por causa justificada, como robo o violencia.",
        size=9.5,
    )
    d.sec("CLÁUSULAS", size=10)
    q_fee = (
        "Por sus servicios de gestión, LA PERSONA TRABAJADORA cubrirá a EL RECLUTADOR la "
        "cantidad de ocho mil quinientos pesos (MXN 8,500.00), en dos exhibiciones."
    )
    d.clause("PRIMERA.", q_fee)
    d.clause(
        "SEGUNDA.",
        "EL RECLUTADOR integrará el expediente, agendará la cita consular y acompañará a LA "
        "PERSONA TRABAJADORA hasta la frontera.",
    )
    d.add_page()
    q_pag = (
        "A la firma de este convenio, LA PERSONA TRABAJADORA suscribirá un pagaré en blanco a "
        "favor de EL RECLUTADOR, que le será devuelto cuando regrese a México en la fecha pactada."
    )
    d.clause("TERCERA.", q_pag)
    q_pas = (
        "Para su seguridad, el pasaporte con la visa estampada quedará bajo resguardo de EL "
        "RECLUTADOR y le será entregado a LA PERSONA TRABAJADORA hasta el día del cruce."
    )
    d.clause("CUARTA.", q_pas)
    q_loan = (
        "Si LA PERSONA TRABAJADORA lo solicita, EL RECLUTADOR le prestará hasta 10,000 pesos "
        "para sus gastos, cantidad que LA EMPRESA descontará de su salario en abonos semanales "
        "más un interés del 5% mensual."
    )
    d.clause("QUINTA.", q_loan)
    d.clause(
        "SEXTA.",
        "LA EMPRESA depositará el salario en la cuenta que LA PERSONA TRABAJADORA abra en "
        "Estados Unidos. EL RECLUTADOR no recibe ninguna parte del salario.",
    )
    d.clause(
        "SÉPTIMA.",
        "Para la interpretación y cumplimiento de este convenio, las partes se someten a los "
        "tribunales de Tuxpan, Veracruz.",
    )
    d.p("Tuxpan, Veracruz, a 12 de enero de 2025.", size=9.5)
    d.sign(["EL RECLUTADOR\nAbundio Reyes Cano", "LA PERSONA TRABAJADORA\nAna Cristina Mora H."])
    d.set_draw_color(0, 0, 0)
    d.rect(d.w - 60, d.get_y() + 2, 30, 30)
    d.set_xy(d.w - 60, d.get_y() + 33)
    d.set_font("serif", "", 7)
    d.cell(30, 3, "Huella digital", align="C")
    fees = [
        fee("recruitment_fee", "violation", 1, 8500.0, "MXN", q_fee),
        fee("deposit_or_bond", "violation", 2, None, None, q_pag),
        fee("document_retention", "violation", 2, None, None, q_pas),
        fee("debt_bondage", "violation", 2, 10000.0, "MXN", q_loan),
    ]
    label = lab(
        "h2b",
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Servicios Migratorios del Golfo, S.C.", "Abundio Reyes Cano"],
        [
            "'depósito en cuenta bancaria' / 'depositará el salario' are pay methods",
            "inbound bus reimbursed and return bus paid by employer",
            "knives, apron and mesh gloves free",
            "recruiter receives no part of the wage (negated)",
        ],
        "recruiter_agreement",
        "legal-style agreement; declarations with gridded terms table; numbered clauses "
        "(PRIMERA...); page footer; signature lines and fingerprint box",
    )
    ev = {
        "employer_identity": "Chesapeake Tidewater Seafood Co. (en adelante LA EMPRESA), con domicilio en 4 Wharf",
        "job_duties": "Pelado de jaiba: cocer, pelar y separar",
        "work_location": "Planta de LA EMPRESA, 4 Wharf Lane, Fishing Creek, MD",
        "employment_period": "Del 1 de abril al 15 de noviembre de 2025",
        "hours_of_work": "40 horas por semana, lunes a sábado",
        "wage_rate": "$17.54 dólares por hora",
        "overtime": "Tiempo y medio después de 40 horas",
        "pay_frequency": "Semanal, cada viernes",
        "deductions": "Impuestos federales y estatales, FICA",
        "inbound_transportation": "LA EMPRESA reembolsa autobús y viáticos",
        "return_transportation": "LA EMPRESA paga el autobús de regreso",
        "tools_provided": "Cuchillos, mandil y guantes de malla sin costo",
        "termination": "lo considerará abandono del empleo",
        "job_requirements": "Mayor de 18 años",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p06  H-2A job order, English, fee schedule + footnotes
# --------------------------------------------------------------------------------------
def p06():
    d = Doc(
        font="cond",
        head="ETA-790A Addendum B  -  Calhoun Bottoms Produce, LLC  -  Case H-300-25140-0000000",
        foot="Page {p} of {n}",
    )
    d.heading("CALHOUN BOTTOMS PRODUCE, LLC\nH-2A JOB ORDER - SWEET POTATO HARVEST 2025", size=12)
    d.p(
        "Employer: Calhoun Bottoms Produce, LLC, 1186 County Road 402, Vardaman, MS 38878. "
        "Contact: Wade Hollister, (662) 555-0120.",
        size=9.5,
    )
    d.sec("A. The job")
    d.p(
        "Job title: Farmworker, sweet potato harvest and packing. Workers follow the digger and "
        "pick sweet potatoes by hand into 5-gallon buckets, dump the buckets into bins, grade "
        "potatoes on the packing line and stack boxes. Work takes place in the employer's fields "
        "in Calhoun County, Mississippi (Vardaman, Derma and Big Creek areas) and in the packing "
        "shed at 1186 County Road 402, Vardaman.",
        size=9.5,
    )
    d.p(
        "Period of employment: August 18, 2025 to December 12, 2025. Hours: 40 hours per week "
        "offered, Monday through Saturday, usually 6:30 a.m. to 3:00 p.m.; rain days are made up "
        "on Saturdays.",
        size=9.5,
    )
    d.sec("B. Pay")
    d.p(
        "Rate: $14.83 per hour, or $0.65 per 5-gallon bucket, whichever is higher for the pay "
        "period. If the AEWR or any applicable minimum wage increases during the season, the "
        "employer will pay the increased rate from its effective date. Workers are paid every "
        "two weeks (biweekly) on Friday.",
        size=9.5,
    )
    q_hold = (
        "Season-end holdback: $0.50 of every hour worked is held by the employer and released "
        "with the final paycheck to workers who stay through December 12, 2025."
    )
    d.p(q_hold, size=9.5)
    d.p(
        "With every paycheck the worker gets an itemized statement of hours offered, hours "
        "worked, buckets, rate, deductions and net pay. The employer guarantees employment for "
        "at least three-fourths of the workdays of the contract period, as required by 20 CFR "
        "655.122(i).",
        size=9.5,
    )
    d.sec("C. Housing, meals, transportation")
    d.p(
        "Housing is provided at Calhoun Camp, 1190 County Road 402, Vardaman: two-room cabins, "
        "four workers per cabin, with showers and laundry. No rent is charged.(1)",
        size=9.5,
    )
    d.p(
        "Meals: a camp cook serves three meals a day. Workers who prefer to cook may use the "
        "free camp kitchen instead.",
        size=9.5,
    )
    d.p(
        "Daily transportation from the camp to the fields and the shed is provided free in "
        "employer buses. Inbound transportation and subsistence from Monterrey, Nuevo León are "
        "reimbursed when the worker completes 50% of the contract; return transportation and "
        "subsistence to Monterrey are paid for workers who complete the contract.",
        size=9.5,
    )
    d.add_page()
    d.sec("D. Schedule of deductions and charges")
    d.p(
        "The following are the only deductions that will be made from workers' pay:",
        size=9.5,
    )
    d.grid(
        [
            ["Item", "Amount", "How collected"],
            ["Federal income tax", "only if requested on W-4", "Payroll deduction"],
            ["Housing rent", "None", "-"],
            [
                "Housing utilities (electric and water)",
                "$12.00 per worker per week",
                "Payroll deduction",
            ],
            ["Camp meals (3 per day)", "$19.50 per day", "Payroll deduction"],
            ["Picking buckets, gloves, knives", "No charge", "-"],
            ["Child support / garnishment", "As ordered by a court", "Payroll deduction"],
        ],
        widths=(70, 55, 45),
        size=9,
    )
    d.sec("E. Tools, insurance, rules")
    d.p(
        "All tools, buckets, gloves and grading knives are furnished at no cost.(2) The employer "
        "carries workers' compensation insurance with Magnolia Farm Bureau Casualty at no cost to "
        "workers.",
        size=9.5,
    )
    d.p(
        "A worker absent without permission for 5 consecutive days will be deemed to have "
        "abandoned employment and the employer will notify the DOL and DHS. Workers may be "
        "discharged for cause (violence, theft, drinking on the job) after a written warning.",
        size=9.5,
    )
    d.p(
        "The employer does not hold passports or visas. No worker will be refused rehire "
        "because he or she made a complaint.",
        size=9.5,
    )
    q_dmg = (
        "Workers will be charged the repair cost of any damage they cause to housing, vehicles "
        "or equipment beyond normal wear and tear."
    )
    d.ln(4)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 50, d.get_y())
    d.ln(1.5)
    d.p("(1) Utilities are listed in section D.", size=7.5)
    d.p("(2) " + q_dmg, size=7.5)
    fees = [
        fee("wage_withholding", "violation", 1, 0.5, "USD", q_hold),
        fee(
            "housing_charge",
            "violation",
            2,
            12.0,
            "USD",
            "Housing utilities (electric and water) $12.00 per worker per week Payroll deduction",
        ),
        fee(
            "meal_charge",
            "review",
            2,
            19.5,
            "USD",
            "Camp meals (3 per day) $19.50 per day Payroll deduction",
        ),
        fee("damage_chargeback", "review", 2, None, None, q_dmg),
    ]
    label = lab(
        "h2a",
        "en",
        2,
        fees,
        ["job_requirements", "contract_impossibility"],
        [],
        [
            "'No rent is charged' and 'Housing rent: None' (utilities row is the finding)",
            "meal charge $19.50/day exceeds the $17.00 H-2A cap (review)",
            "tools, buckets, gloves, knives at no cost",
            "employer does not hold passports; no refusal of rehire for complaints",
            "'dump the buckets into bins' job task",
        ],
        "job_order",
        "condensed font; running header and footer; gridded 3-column schedule of deductions; "
        "footnotes in small print",
    )
    ev = {
        "employer_identity": "Calhoun Bottoms Produce, LLC, 1186 County Road 402, Vardaman, MS 38878",
        "job_duties": "Job title: Farmworker, sweet potato harvest and packing",
        "work_location": "in Calhoun County, Mississippi",
        "employment_period": "August 18, 2025 to December 12, 2025",
        "hours_of_work": "40 hours per week offered",
        "wage_rate": "Rate: $14.83 per hour",
        "wage_adjustment": "the employer will pay the increased rate",
        "pay_frequency": "paid every two weeks (biweekly)",
        "deductions": "the only deductions that will be made",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "housing": "Housing is provided at Calhoun Camp",
        "meals": "a camp cook serves three meals a day",
        "inbound_transportation": "Inbound transportation and subsistence from Monterrey",
        "return_transportation": "return transportation and subsistence to Monterrey are paid",
        "daily_transportation": "Daily transportation from the camp to the fields",
        "tools_provided": "are furnished at no cost",
        "workers_compensation": "carries workers' compensation insurance",
        "earnings_statements": "an itemized statement of hours offered",
        "termination": "abandoned employment",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p07  H-2B job order, English, two columns, compliant
# --------------------------------------------------------------------------------------
def p07():
    d = Doc(
        font="noto",
        head="Harbor Light Inn & Marina, LLC - H-2B Job Order ME-2025-H2B-0311",
        foot="Harbor Light Inn & Marina, LLC - page {p} of {n}",
    )
    d.band(
        "Seasonal Housekeeping Cleaners - H-2B Job Order",
        "Harbor Light Inn & Marina, LLC  -  212 Shore Road, Ogunquit, Maine 03907",
        color=(20, 45, 90),
    )
    blocks = [
        ("h", "Employer"),
        (
            "p",
            "Harbor Light Inn & Marina, LLC, 212 Shore Road, Ogunquit, Maine 03907, a 96-room "
            "seasonal inn with a marina and restaurant.",
        ),
        ("h", "Job title and duties"),
        (
            "p",
            "Housekeeping Cleaner (SOC 37-2012), 14 openings. Clean guest rooms, baths and "
            "hallways; change linens and towels; restock amenities; vacuum; report needed repairs. "
            "Cleaners do not handle guest payments: room charges and parking fees are collected "
            "from guests by the front desk.",
        ),
        ("h", "Place of work"),
        ("p", "212 Shore Road and the Annex at 8 Perkins Cove Road, Ogunquit, Maine."),
        ("h", "Period of employment"),
        ("p", "May 12, 2025 through October 19, 2025."),
        ("h", "Hours"),
        (
            "p",
            "35 hours per week guaranteed to be offered, 5 days a week, 8:00 a.m. to 3:30 p.m. "
            "with a paid 15-minute break and unpaid 30-minute lunch. Days off rotate.",
        ),
        ("h", "Wages"),
        (
            "p",
            "$16.99 per hour. If a higher prevailing wage, federal, state or local minimum wage "
            "applies during the season, the employer pays the higher wage. Overtime: 1.5 times "
            "the hourly rate ($25.49) for hours worked over 40 in a workweek.",
        ),
        ("h", "Pay frequency and earnings statements"),
        (
            "p",
            "Paid every other Friday (biweekly). Each paystub lists hours offered, hours worked, "
            "rate, gross pay, each deduction and net pay.",
        ),
        ("h", "Deductions"),
        (
            "p",
            "Deductions required by law: FICA (Social Security and Medicare), federal and Maine "
            "income tax. Any other deduction only with the worker's written authorization and "
            "only for the worker's own benefit; none is required to take this job.",
        ),
        ("br", ""),
        ("h", "Three-fourths guarantee"),
        (
            "p",
            "The employer guarantees to offer hours equal to at least three-fourths of the "
            "workdays in each 6-week period of the season (4-week periods if the season is "
            "shorter than 120 days).",
        ),
        ("h", "Travel, visa and related costs"),
        (
            "p",
            "The employer books and pays the flight from Kingston or Montego Bay, Jamaica to "
            "Portland, Maine, and the ground transfer to Ogunquit, and pays daily subsistence "
            "for the trip. Visa fees, visa processing and border fees are paid by the employer "
            "or reimbursed in full in the first workweek. Return airfare to Jamaica is paid by "
            "the employer for workers who complete the season or are dismissed early without "
            "cause.",
        ),
        ("h", "Uniforms and supplies"),
        (
            "p",
            "Uniforms, cleaning supplies, carts and vacuums are provided and laundered at no "
            "cost and without deposit. Dirty linens are deposited in the laundry chute on each "
            "floor.",
        ),
        ("h", "Housing and staff meals"),
        (
            "p",
            "Optional shared staff housing at 40 Berwick Road, Ogunquit, is offered at no charge. "
            "Free staff coffee and one free staff meal per shift.",
        ),
        ("h", "Requirements"),
        (
            "p",
            "Three months of hotel or motel housekeeping experience. Able to lift 25 pounds and "
            "stand for a full shift.",
        ),
        ("h", "Abandonment; impossibility"),
        (
            "p",
            "A worker absent 5 consecutive working days without consent is treated as having "
            "abandoned the job and the employer will notify DOL and DHS. Workers may be "
            "discharged for cause. If a storm, fire or other Act of God makes the contract "
            "impossible, the employer pays the three-fourths guarantee up to that date and the "
            "return trip.",
        ),
    ]
    d.columns(blocks)
    d.add_page()
    d.sec("Recruitment - read this")
    d.p(
        "The employer recruits through Caribbean Hospitality Recruiters Ltd., 17 Union Street, "
        "Montego Bay, Jamaica. The employer pays all of the recruiter's charges. No recruitment "
        "fee will be charged to any worker, in JMD or in USD, by the employer, the recruiter, or "
        "anyone acting for them. If anyone asks you for money for this job, report it to the "
        "employer or to the U.S. Department of Labor Wage and Hour Division (1-866-487-9243).",
        size=9.5,
    )
    d.p(
        "Workers keep their own passports and documents. Workers are free to leave the housing "
        "and to come and go on their own time. No worker will be threatened, blacklisted or "
        "reported to immigration for making a complaint.",
        size=9.5,
    )
    d.sign(["Authorized signature: K. Mercer, General Manager", "Date"])
    label = lab(
        "h2b",
        "en",
        2,
        [],
        [],
        ["Caribbean Hospitality Recruiters Ltd."],
        [
            "'parking fees are collected from guests by the front desk' (not a worker fee)",
            "visa, processing and border fees paid or reimbursed by employer",
            "flight and subsistence paid by employer",
            "uniforms and supplies free, no deposit; 'linens are deposited in the laundry chute'",
            "free optional housing, free coffee and staff meal",
            "'No recruitment fee will be charged' (negated fee)",
            "deductions required by law: FICA and income tax",
            "workers free to come and go (negated movement restriction)",
        ],
        "job_order",
        "flowing two-column text under a header band; running header and footer; second page "
        "single column",
    )
    ev = {
        "employer_identity": "Harbor Light Inn & Marina, LLC, 212 Shore Road, Ogunquit, Maine 03907",
        "job_duties": "Housekeeping Cleaner (SOC 37-2012)",
        "work_location": "the Annex at 8 Perkins Cove Road, Ogunquit, Maine",
        "employment_period": "May 12, 2025 through October 19, 2025",
        "hours_of_work": "35 hours per week",
        "wage_rate": "$16.99 per hour",
        "wage_adjustment": "the employer pays the higher wage",
        "overtime": "1.5 times",
        "pay_frequency": "Paid every other Friday (biweekly)",
        "deductions": "Deductions required by law: FICA",
        "three_fourths_guarantee": "at least three-fourths of the",
        "inbound_transportation": "The employer books and pays the flight",
        "return_transportation": "Return airfare to Jamaica is paid by",
        "visa_reimbursement": "Visa fees, visa processing and border fees are paid by the",
        "tools_provided": "Uniforms, cleaning supplies, carts and vacuums are provided",
        "earnings_statements": "Each paystub lists hours offered",
        "termination": "abandoned the job",
        "contract_impossibility": "If a storm, fire or other Act of God",
        "job_requirements": "Three months of hotel or motel housekeeping experience",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p08  H-2A recruiter conditions sheet, Spanish, SCANNED
# --------------------------------------------------------------------------------------
def p08():
    d = Doc(font="sans", fmt="Letter", margin=20)
    d.heading("AGENCIA DE EMPLEO TIERRA FÉRTIL", size=14)
    d.set_font("sans", "", 9)
    d.multi_cell(
        0,
        4.5,
        "5a. Calle 12-40 zona 1, Quetzaltenango  -  Encargado: Rigoberto Sis Tzul, reclutador  -  "
        "Tel. 7765-0000",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.heading("HOJA DE REQUISITOS Y CONDICIONES - TEMPORADA H-2A 2025", size=11.5)
    d.sec("Datos del empleo")
    d.bullets(
        [
            "Patrón: Bluegrass Leaf Farms LLC, 2901 Old Mill Pike, Shelbyville, Kentucky 40065.",
            "Trabajo: trabajador agrícola en tabaco: trasplante, deshierbe, corte y colgado de "
            "tabaco en los graneros.",
            "Lugar: fincas del patrón en el condado de Shelby, Kentucky.",
            "Temporada: del 2 de junio al 31 de octubre de 2025.",
            "Horario: de 7:00 a 17:00 con una hora de almuerzo, de lunes a sábado.",
            "Salario: $15.73 dólares por hora, pagado cada semana.",
            "Vivienda: gratis, en la casa de trabajadores de la finca (camas, baños, lavadora).",
            "Comida: la casa tiene cocina equipada que se usa sin costo.",
            "Viaje: el patrón paga el boleto de avión de Guatemala a Louisville y la alimentación "
            "del viaje, y el boleto de regreso al terminar el contrato.",
        ],
        size=9.5,
    )
    d.sec("Requisitos para aplicar")
    d.bullets(
        [
            "Ser mayor de 18 años y tener experiencia de dos temporadas en cultivos.",
            "Pasaporte vigente, DPI y dos fotografías.",
            "Cuota de inscripción a la agencia: Q3,500.00 (no reembolsable).",
            "El examen médico y la prueba de antidoping corren por cuenta del aspirante en el "
            "laboratorio que indique la agencia.",
        ],
        size=9.5,
    )
    d.sec("Avisos importantes")
    q_black = (
        "La persona que se queje con el consulado, con abogados o con organizaciones no será "
        "llamada en las siguientes temporadas."
    )
    d.bullets(
        [
            "Solo se reciben expedientes completos.",
            q_black,
            "La agencia avisa por teléfono la fecha de la cita en la embajada.",
        ],
        size=9.5,
    )
    d.sign(["Rigoberto Sis Tzul - Agencia Tierra Fértil", "Nombre y firma del aspirante"])
    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            3500.0,
            "GTQ",
            "Cuota de inscripción a la agencia: Q3,500.00 (no reembolsable).",
        ),
        fee(
            "medical_cost",
            "violation",
            1,
            None,
            None,
            "El examen médico y la prueba de antidoping corren por cuenta del aspirante en el "
            "laboratorio que indique la agencia.",
        ),
        fee("blacklisting_threat", "violation", 1, None, None, q_black),
    ]
    label = lab(
        "h2a",
        "es",
        1,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Agencia de Empleo Tierra Fértil", "Rigoberto Sis Tzul"],
        [
            "free housing and free kitchen (h2a)",
            "employer pays flight, travel meals and return ticket",
            "'Pasaporte vigente' is a document requirement, no passport fee charged",
        ],
        "recruiter_notice",
        "one page; centered agency heading; bulleted sections; signature lines; SCANNED "
        "image-only (noise, slight skew)",
        scanned=True,
    )
    ev = {
        "employer_identity": "Bluegrass Leaf Farms LLC, 2901 Old Mill Pike, Shelbyville",
        "job_duties": "trabajador agrícola en tabaco",
        "work_location": "fincas del patrón en el condado de Shelby, Kentucky",
        "employment_period": "del 2 de junio al 31 de octubre de 2025",
        "hours_of_work": "de 7:00 a 17:00",
        "wage_rate": "$15.73 dólares por hora",
        "pay_frequency": "pagado cada semana",
        "housing": "Vivienda: gratis",
        "meals": "cocina equipada que se usa sin costo",
        "inbound_transportation": "el patrón paga el boleto de avión de Guatemala a Louisville",
        "return_transportation": "el boleto de regreso al terminar el contrato",
        "job_requirements": "Ser mayor de 18 años",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p09  H-2B bilingual side-by-side work agreement
# --------------------------------------------------------------------------------------
def p09():
    d = Doc(font="sans", margin=14, foot="Pinecrest Forestry Services, Inc. - {p}/{n}")
    d.band(
        "WORK AGREEMENT / ACUERDO DE TRABAJO - H-2B 2025-2026",
        "Pinecrest Forestry Services, Inc.  -  640 Timber Mill Road, Laurel, Mississippi 39440",
        color=(70, 90, 40),
        size=13,
    )
    en = {}
    es = {}
    en["ret"] = (
        "Return transportation to Mexico at the end of the contract is the worker's own "
        "responsibility."
    )
    es["ret"] = (
        "El transporte de regreso a México al terminar el contrato es responsabilidad del propio "
        "trabajador."
    )
    en["ins"] = (
        "Enrollment in the company health plan is mandatory, and the worker's premium of $32.50 "
        "per week is deducted from each paycheck."
    )
    es["ins"] = (
        "La inscripción en el plan médico de la compañía es obligatoria, y la prima del "
        "trabajador de $32.50 por semana se descuenta de cada cheque."
    )
    en["hou"] = "Crew housing in shared trailers is offered at $75.00 per week, deducted from pay."
    es["hou"] = (
        "La vivienda para la cuadrilla en trailers compartidos se ofrece a $75.00 por semana, "
        "descontados del pago."
    )
    rows1 = [
        ("ENGLISH", "ESPAÑOL"),
        (
            "1. Job. Tree Planter (SOC 45-4011): hand-plant pine seedlings with a hoedad or "
            "planting bar on cut-over timber tracts, carry seedling bags, and clear small brush.",
            "1. Trabajo. Plantador de árboles (SOC 45-4011): plantar a mano plántulas de pino "
            "con azadón o barra en terrenos talados, cargar bolsas de plántulas y limpiar "
            "maleza.",
        ),
        (
            "2. Place. Timber tracts in Jones, Wayne and Clarke counties, Mississippi; crews "
            "meet at 640 Timber Mill Road, Laurel.",
            "2. Lugar. Terrenos forestales en los condados de Jones, Wayne y Clarke, Mississippi; "
            "las cuadrillas se reúnen en 640 Timber Mill Road, Laurel.",
        ),
        (
            "3. Dates. December 1, 2025 to April 15, 2026.",
            "3. Fechas. Del 1 de diciembre de 2025 al 15 de abril de 2026.",
        ),
        (
            "4. Hours. 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "4. Horario. 40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m.",
        ),
        (
            "5. Pay. $15.48 per hour, paid weekly every Friday. Overtime over 40 hours is paid "
            "at $23.22 per hour. Each pay stub shows hours offered, hours worked, pay rate and "
            "every deduction.",
            "5. Pago. $15.48 por hora, pagado cada semana los viernes. Las horas extra después "
            "de 40 se pagan a $23.22 por hora. Cada talón muestra horas ofrecidas, horas "
            "trabajadas, tarifa y cada descuento.",
        ),
        (
            "6. Deductions. Federal and state income tax, FICA, and the items in sections 7 and "
            "8. " + en["ins"],
            "6. Descuentos. Impuestos federales y estatales, FICA y lo indicado en las secciones "
            "7 y 8. " + es["ins"],
        ),
        (
            "7. Housing. " + en["hou"] + " Workers may live elsewhere.",
            "7. Vivienda. " + es["hou"] + " El trabajador puede vivir en otro lugar.",
        ),
    ]
    rows2 = [
        ("ENGLISH", "ESPAÑOL"),
        (
            "8. Travel and visa. Bus fare from Monterrey to Laurel and meals on the way are "
            "reimbursed in the first workweek, together with the visa fee and border fee. "
            + en["ret"],
            "8. Viaje y visa. El pasaje de autobús de Monterrey a Laurel y las comidas del "
            "camino se reembolsan en la primera semana, junto con la cuota de visa y de cruce. "
            + es["ret"],
        ),
        (
            "9. Tools. Hoedads, planting bags, hard hats and rain suits are provided without "
            "charge.",
            "9. Herramientas. Azadones, bolsas de plantar, cascos e impermeables se entregan sin "
            "costo.",
        ),
        (
            "10. Guarantee. The employer offers at least three-fourths of the workdays in each "
            "12-week period.",
            "10. Garantía. El empleador ofrece al menos tres cuartas partes de los días de "
            "trabajo de cada periodo de 12 semanas.",
        ),
        (
            "11. Requirements. 18 years or older; able to walk rough ground all day with a "
            "40-pound bag.",
            "11. Requisitos. Mayor de 18 años; capaz de caminar en terreno difícil todo el día "
            "con una bolsa de 40 libras.",
        ),
        (
            "12. Leaving. Five consecutive days of unexcused absence is job abandonment and will "
            "be reported to DOL and DHS. Dismissal for cause is possible after a warning.",
            "12. Salida. Cinco días seguidos de ausencia sin permiso es abandono del trabajo y se "
            "informará al DOL y al DHS. Puede haber despido por causa justificada después de "
            "una advertencia.",
        ),
        (
            "13. No fees. The employer and its agents charge no recruitment fee of any kind.",
            "13. Sin cuotas. El empleador y sus agentes no cobran ninguna cuota de reclutamiento.",
        ),
    ]

    def table(rows):
        d.grid(
            rows, widths=(91, 91), header=True, size=8.8, borders="NONE", head_fill=(225, 230, 215)
        )

    table(rows1)
    d.add_page()
    table(rows2)
    d.sign(["Employer / Empleador", "Worker / Trabajador"])
    fees = [
        fee("insurance_cost", "violation", 1, 32.5, "USD", en["ins"], group=1),
        fee("insurance_cost", "violation", 1, 32.5, "USD", es["ins"], group=1),
        fee("housing_charge", "review", 1, 75.0, "USD", en["hou"], group=2),
        fee("housing_charge", "review", 1, 75.0, "USD", es["hou"], group=2),
        fee("travel_cost", "violation", 2, None, None, en["ret"], group=3),
        fee("travel_cost", "violation", 2, None, None, es["ret"], group=3),
    ]
    label = lab(
        "h2b",
        "en+es",
        2,
        fees,
        ["wage_adjustment", "return_transportation", "contract_impossibility"],
        [],
        [
            "inbound bus, meals, visa and border fees reimbursed in first week",
            "tools free",
            "'charge no recruitment fee' (negated)",
            "housing optional ('may live elsewhere') but charged: review under h2b",
        ],
        "work_agreement",
        "bilingual EN | ES side by side in borderless two-column table rows; header band; "
        "page footer",
    )
    ev = {
        "employer_identity": "Pinecrest Forestry Services, Inc. - 640 Timber Mill Road, Laurel",
        "job_duties": "Tree Planter (SOC 45-4011)",
        "work_location": "Jones, Wayne and Clarke counties, Mississippi",
        "employment_period": "December 1, 2025 to April 15, 2026",
        "hours_of_work": "40 hours per week, Monday to Friday",
        "wage_rate": "$15.48 per hour",
        "overtime": "Overtime over 40 hours is paid at $23.22 per hour",
        "pay_frequency": "paid weekly every Friday",
        "deductions": "Deductions. Federal and state income tax, FICA",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "inbound_transportation": "Bus fare from Monterrey to Laurel and meals on the way",
        "visa_reimbursement": "together with the visa fee and border fee",
        "tools_provided": "are provided without charge",
        "earnings_statements": "Each pay stub shows hours offered",
        "termination": "job abandonment",
        "job_requirements": "18 years or older",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p10  H-2A recruiter agreement, English (Jamaica)
# --------------------------------------------------------------------------------------
def p10():
    d = Doc(
        font="serif",
        fmt="A4",
        margin=20,
        foot="Worker's initials: ______     Agency initials: ______     Page {p} of {n}",
    )
    d.band(
        "BLUE MOUNTAIN AGRI-PLACEMENT LTD.",
        "14 Hagley Park Road, Kingston 10, Jamaica  -  Overseas Farm Work Placement",
        color=(10, 100, 60),
        size=14,
    )
    d.heading("WORKER PLACEMENT AGREEMENT (H-2A, UNITED STATES)", size=11.5)
    d.p(
        "This Agreement is made on 20 June 2025 between BLUE MOUNTAIN AGRI-PLACEMENT LTD. (the "
        '"Agency"), acting through its recruitment agent Mr. Desmond Whyte, and the worker '
        'named in the signature block (the "Worker").',
        size=9.5,
    )
    d.sec("1. The job offered", size=10)
    d.p(
        "The Agency has been engaged by the employer below to recruit farm workers. The main "
        "terms of the employer's certified job order are:",
        size=9.5,
    )
    d.grid(
        [
            [
                "Employer",
                "Kinderhook Ridge Fruit Farm, Inc., 455 Stuyvesant Falls Road, Kinderhook, NY 12106",
            ],
            ["Work", "Farmworker: hand-harvest apples from ladders; pruning and brush removal"],
            ["Worksites", "Orchards at 455 Stuyvesant Falls Road and 12 Route 9H, Kinderhook, NY"],
            ["Period", "2 September 2025 to 14 November 2025"],
            ["Hours", "40 hours per week, Monday to Saturday"],
            ["Wage", "US$18.83 per hour or US$27.00 per bin, whichever is greater"],
            ["Pay", "Weekly, every Thursday"],
            ["Deductions", "Federal and NY income tax only if requested in writing; no others"],
            ["Guarantee", "Work for at least three-fourths of the workdays of the contract"],
            ["Housing", "Free housing on the farm at 455 Stuyvesant Falls Road"],
            [
                "Travel",
                "Inbound airfare Kingston-Albany and subsistence reimbursed at 50% of contract",
            ],
            ["Return", "Return airfare to Kingston paid on completion of the contract"],
            ["Tools", "Ladders, picking bags and pruners provided free"],
            ["Requirements", "One season of apple-harvest experience; able to lift 50 lb"],
            ["Termination", "5 days' absence without leave = abandonment; dismissal for cause"],
        ],
        widths=(32, 138),
        header=False,
        size=8.5,
        borders="HORIZONTAL_LINES",
    )
    d.sec("2. Obligations of the Worker", size=10)
    q_fee = (
        "The Worker shall pay the Agency a processing fee of JMD 85,000.00 upon signing this "
        "Agreement."
    )
    d.clause("2.1", q_fee)
    q_train = (
        "No applicant is exempt from the JMD 15,000 pre-departure orientation fee, which covers "
        "the farm-work orientation seminar held in Kingston."
    )
    d.clause("2.2", q_train)
    d.add_page()
    q_bond = (
        "Before the flight, the Worker will lodge with the Agency a post-dated cheque for USD "
        "1,000 as a guarantee that he will return to Jamaica when the contract ends."
    )
    d.clause("2.3", q_bond)
    q_move = (
        "Workers must remain in the farm housing after 9:00 p.m. and may not leave the farm on "
        "Sundays without the crew leader's written permission."
    )
    d.clause("2.4", q_move)
    d.clause(
        "2.5",
        "The Worker shall attend the pre-departure briefing given by the Ministry of Labour and "
        "Social Security liaison officer, which is free of charge.",
    )
    d.sec("3. Obligations of the Agency", size=10)
    d.clause(
        "3.1",
        "The Agency shall prepare the Worker's file, book the visa appointment, and arrange the "
        "flight paid by the employer. The visa fee is paid by the employer directly.",
    )
    d.clause(
        "3.2",
        "The Agency does not hold the Worker's passport; the Worker keeps it at all times.",
    )
    d.sec("4. General", size=10)
    d.clause(
        "4.1",
        "This Agreement is governed by the laws of Jamaica. The Worker confirms that it was "
        "read to him in English and that he understood it.",
    )
    d.sign(["For the Agency: Desmond Whyte, Recruitment Agent", "Worker: name, TRN and signature"])
    fees = [
        fee("recruitment_fee", "violation", 1, 85000.0, "JMD", q_fee),
        fee("training_cost", "violation", 1, 15000.0, "JMD", q_train),
        fee("deposit_or_bond", "violation", 2, 1000.0, "USD", q_bond),
        fee("movement_restriction", "violation", 2, None, None, q_move),
    ]
    label = lab(
        "h2a",
        "en",
        2,
        fees,
        [
            "wage_adjustment",
            "meals",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Blue Mountain Agri-Placement Ltd.", "Desmond Whyte"],
        [
            "'No applicant is exempt from the ... fee' IS a charge (double negation)",
            "Ministry of Labour liaison officer is government, not a recruiter; briefing free",
            "visa fee and flight paid by employer",
            "agency does not hold passport (negated retention)",
            "free housing (h2a)",
            "'whichever is greater' compares hourly and bin rates; no AEWR/minimum-wage "
            "adjustment clause (wage_adjustment missing)",
        ],
        "recruiter_agreement",
        "A4; letterhead band; borderless (horizontal-rule) terms table without header; "
        "numbered clauses; initials footer on each page",
    )
    ev = {
        "employer_identity": "Kinderhook Ridge Fruit Farm, Inc., 455 Stuyvesant Falls Road",
        "job_duties": "Farmworker: hand-harvest apples from ladders",
        "work_location": "Orchards at 455 Stuyvesant Falls Road and 12 Route 9H",
        "employment_period": "2 September 2025 to 14 November 2025",
        "hours_of_work": "40 hours per week, Monday to Saturday",
        "wage_rate": "US$18.83 per hour",
        "pay_frequency": "Weekly, every Thursday",
        "deductions": "Federal and NY income tax only if requested in writing",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "housing": "Free housing on the farm",
        "inbound_transportation": "Inbound airfare Kingston-Albany and subsistence reimbursed",
        "return_transportation": "Return airfare to Kingston paid",
        "tools_provided": "Ladders, picking bags and pruners provided free",
        "termination": "abandonment; dismissal for cause",
        "job_requirements": "One season of apple-harvest experience",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p11  H-2B offer letter, Spanish, compliant
# --------------------------------------------------------------------------------------
def p11():
    d = Doc(font="noto", margin=22)
    d.band(
        "Dune Street Hospitality Group, LLC",
        "1207 S. Virginia Dare Trail, Kill Devil Hills, NC 27948  -  Restaurante The Salt Marsh",
        color=(150, 80, 20),
        size=14,
    )
    d.p("Kill Devil Hills, 24 de enero de 2025", size=9.5)
    d.p("Sr. Efraín Quiroga Salinas\nSaltillo, Coahuila, México", size=9.5)
    d.p("Asunto: Oferta de empleo temporal H-2B - Cocinero de línea", size=9.5, style="B")
    d.p(
        "Estimado Sr. Quiroga: nos da gusto ofrecerle trabajo temporal en nuestro restaurante. "
        "Estas son las condiciones, que también están en la orden de trabajo aprobada por el "
        "Departamento de Trabajo:",
        size=9.5,
    )
    d.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Puesto",
                "Cocinero de línea (SOC 35-2014): parrilla, freidora, preparación de mariscos y limpieza de la estación",
            ],
            [
                "Lugar de trabajo",
                "The Salt Marsh, 1207 S. Virginia Dare Trail, Kill Devil Hills, NC",
            ],
            ["Periodo", "Del 1 de abril al 30 de septiembre de 2025"],
            ["Horario", "40 horas por semana, 5 turnos de 8 horas (11:00 a 19:30)"],
            ["Salario", "$15.21 dólares por hora"],
            ["Horas extra", "Tiempo y medio ($22.82 por hora) después de 40 horas semanales"],
            ["Ajustes", "Si sube el salario prevaleciente o el mínimo, se paga el más alto"],
            [
                "Pago",
                "Semanal, cada viernes, con talón de horas ofrecidas, trabajadas y descuentos",
            ],
            [
                "Descuentos de ley",
                "Impuesto federal y de Carolina del Norte, FICA (Seguro Social y Medicare)",
            ],
            [
                "Garantía",
                "Al menos 3/4 de las horas de los días de trabajo de cada periodo de 12 semanas",
            ],
        ],
        widths=(38, 134),
        size=8.8,
    )
    d.add_page()
    d.sec("Viaje, visa y regreso")
    d.p(
        "La empresa le reembolsa en la primera semana de trabajo el autobús de Saltillo a Kill "
        "Devil Hills, las comidas del camino, la cuota de la visa y la cuota de cruce fronterizo. "
        "Si termina la temporada, o si lo despedimos antes sin causa, pagamos su autobús de "
        "regreso a Saltillo.",
        size=9.5,
    )
    d.sec("Herramientas y uniforme")
    d.p(
        "Cuchillos, filipinas, mandiles y zapatos antiderrapantes se entregan gratis. No se pide "
        "fianza, pagaré ni depósito de ningún tipo.",
        size=9.5,
    )
    d.sec("Comida y café")
    d.p(
        "Comida del personal y café gratis en cada turno. Los cocineros no cobran a los clientes: "
        "las cuentas las cobran los meseros y la caja.",
        size=9.5,
    )
    d.sec("Requisitos")
    d.p(
        "Seis meses de experiencia comprobable como cocinero; manejo seguro de cuchillos.",
        size=9.5,
    )
    d.sec("Abandono, despido y casos de fuerza mayor")
    d.p(
        "Si falta 5 días laborales seguidos sin avisar, se considera abandono del empleo y lo "
        "informaremos al Departamento de Trabajo y a DHS. Se puede despedir por causa "
        "justificada. Si un huracán, incendio u otra causa de fuerza mayor obliga a cerrar el "
        "restaurante, le pagamos la garantía de 3/4 hasta esa fecha y su regreso.",
        size=9.5,
    )
    d.sec("Reclutamiento")
    d.p(
        "Lo contactó Enlace Laboral Norteño, de Saltillo, a quien la empresa paga todo su "
        "servicio. Ni la empresa ni el reclutador le pueden cobrar nada por este empleo. Usted "
        "conserva su pasaporte. Puede presentar quejas sin ninguna represalia.",
        size=9.5,
    )
    d.sign(["Laura Pettigrew, Gerente General", "Acepto: Efraín Quiroga Salinas"])
    label = lab(
        "h2b",
        "es",
        2,
        [],
        [],
        ["Enlace Laboral Norteño"],
        [
            "visa, border, bus and meals reimbursed; return paid",
            "'No se pide fianza, pagaré ni depósito' (negated deposit)",
            "free staff meal and 'café'",
            "'Los cocineros no cobran a los clientes' (collecting from customers, not a fee)",
            "recruiter paid by the employer; nothing may be charged",
            "descuentos de ley: taxes and FICA",
        ],
        "offer_letter",
        "letter; colored letterhead band; gridded Concepto | Detalle table; headed sections; "
        "signature lines",
    )
    ev = {
        "employer_identity": "1207 S. Virginia Dare Trail, Kill Devil Hills, NC 27948",
        "job_duties": "Cocinero de línea (SOC 35-2014)",
        "work_location": "The Salt Marsh, 1207 S. Virginia Dare Trail",
        "employment_period": "Del 1 de abril al 30 de septiembre de 2025",
        "hours_of_work": "40 horas por semana",
        "wage_rate": "$15.21 dólares por hora",
        "wage_adjustment": "se paga el más alto",
        "overtime": "Tiempo y medio ($22.82 por hora)",
        "pay_frequency": "Semanal, cada viernes",
        "deductions": "Impuesto federal y de Carolina del Norte, FICA",
        "three_fourths_guarantee": "Al menos 3/4 de las horas",
        "inbound_transportation": "el autobús de Saltillo a Kill Devil Hills",
        "return_transportation": "pagamos su autobús de regreso a Saltillo",
        "visa_reimbursement": "la cuota de la visa y la cuota de cruce fronterizo",
        "tools_provided": "Cuchillos, filipinas, mandiles y zapatos antiderrapantes se entregan gratis",
        "earnings_statements": "con talón de horas ofrecidas",
        "termination": "se considera abandono del empleo",
        "contract_impossibility": "causa de fuerza mayor obliga a cerrar",
        "job_requirements": "Seis meses de experiencia comprobable como cocinero",
    }
    return d, label, ev


# --------------------------------------------------------------------------------------
# p12  H-2B recruiter FAQ handout, English
# --------------------------------------------------------------------------------------
def p12():
    d = Doc(font="sans", margin=20, foot="Coastline Labor Solutions LLC  -  FAQ rev. 3  -  {p}")
    d.band(
        "H-2B JOBS IN LOUISIANA - FREQUENTLY ASKED QUESTIONS",
        "Coastline Labor Solutions LLC, Houston, Texas  |  Honduras field agent: Danilo Ferrera",
        color=(0, 70, 140),
        size=13,
    )
    d.p(
        "Read this sheet before your interview. Our field agent in Honduras, Mr. Danilo Ferrera, "
        "will answer any other question by WhatsApp.",
        size=9.5,
        style="I",
    )
    q_fee = (
        "There is a one-time service charge of USD 650.00, payable by bank deposit to our office "
        "in San Pedro Sula before the interview."
    )
    q_visa = (
        "The MRV visa fee of USD 205 is paid in cash to our field agent's cousin at Viajes Ulúa, "
        "who books your consular appointment."
    )
    q_pass = (
        "You must bring a valid passport; the passport fee of HNL 1,500 is at your own expense."
    )
    q_dep = (
        "A refundable deposit of $100 for the welding hood and fall-protection harness is "
        "paid in cash at the yard office on your first day."
    )
    qa = [
        (
            "Who is the employer?",
            "Gulfbend Marine Fabrication, Inc., 8800 Industrial Canal Road, Houma, LA 70363, a "
            "shipyard that builds and repairs offshore supply vessels.",
        ),
        (
            "What is the job?",
            "Shipyard Helper (SOC 47-3015): carry steel plate and pipe, clean and grind welds, "
            "hold parts for fitters and welders, and keep the work area clean.",
        ),
        (
            "Where will I work?",
            "At the Gulfbend yard, 8800 Industrial Canal Road, Houma, Louisiana.",
        ),
        ("When does it start and end?", "April 7, 2025 to December 19, 2025."),
        (
            "How many hours?",
            "40 hours a week, Monday to Friday, 6:00 a.m. to 2:30 p.m.",
        ),
        (
            "How much is the pay?",
            "$17.11 per hour, paid every Friday (weekly). Overtime after 40 hours is paid at "
            "time and a half.",
        ),
        (
            "Who can apply?",
            "Men and women 18 or older with at least one year of construction, shipyard or "
            "metal-shop experience.",
        ),
        ("Is there a fee to apply?", q_fee),
    ]
    for q, a in qa:
        d.qa("Q: " + q, "A: " + a)
    d.add_page()
    qa2 = [
        ("What about the visa?", q_visa),
        ("Do I need a passport?", q_pass),
        (
            "How do I get to Louisiana?",
            "The bus from San Pedro Sula to Houma is booked and paid by the employer, including "
            "meals on the trip.",
        ),
        (
            "Do I have to buy tools or safety gear?",
            "Hard hats, gloves, ear plugs and safety glasses are issued free.*",
        ),
        (
            "Can I be charged for anything else?",
            "Workers will not be asked to pay for anything else.",
        ),
    ]
    for q, a in qa2:
        d.qa("Q: " + q, "A: " + a)
    d.ln(6)
    d.set_draw_color(100, 100, 100)
    d.line(d.l_margin, d.get_y(), d.l_margin + 40, d.get_y())
    d.ln(1.5)
    d.p("* " + q_dep, size=7.5)
    fees = [
        fee("recruitment_fee", "violation", 1, 650.0, "USD", q_fee),
        fee("visa_cost", "violation", 2, 205.0, "USD", q_visa),
        fee("visa_cost", "review", 2, 1500.0, "HNL", q_pass, passport_only=True),
        fee("equipment_charge", "violation", 2, 100.0, "USD", q_dep),
    ]
    label = lab(
        "h2b",
        "en",
        2,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Coastline Labor Solutions LLC", "Danilo Ferrera"],
        [
            "visa fee paid to a third party (agent's cousin at a travel agency) is still a worker cost",
            "passport fee alone: review under h2b",
            "refundable equipment deposit stated only in a footnote",
            "'Workers will not be asked to pay for anything else' is not a finding",
            "inbound bus and trip meals paid by employer",
            "Viajes Ulúa is a travel agency booking appointments, not listed as a recruiter",
        ],
        "recruiter_faq",
        "Q&A handout; header band; italic intro; footnote in small print; page footer",
    )
    ev = {
        "employer_identity": "Gulfbend Marine Fabrication, Inc., 8800 Industrial Canal Road",
        "job_duties": "Shipyard Helper (SOC 47-3015)",
        "work_location": "At the Gulfbend yard, 8800 Industrial Canal Road, Houma, Louisiana",
        "employment_period": "April 7, 2025 to December 19, 2025",
        "hours_of_work": "40 hours a week, Monday to Friday",
        "wage_rate": "$17.11 per hour",
        "overtime": "Overtime after 40 hours is paid at time and a half",
        "pay_frequency": "paid every Friday (weekly)",
        "inbound_transportation": "The bus from San Pedro Sula to Houma is booked and paid",
        "tools_provided": "Hard hats, gloves, ear plugs and safety glasses are issued free",
        "job_requirements": "at least one year of construction",
    }
    return d, label, ev


DOCS = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12]
