"""Documents m01-m06 of the heldout_m batch (text, layout and labels)."""

from __future__ import annotations

from mlib import Doc


def fee(category, severity, page, quote, amount=None, currency=None, group=None):
    d = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


# ----------------------------------------------------------------------------------------
# m01  H-2A job order addendum, English, compliant
# ----------------------------------------------------------------------------------------
def m01():
    def head(d: Doc) -> None:
        d.set_font("sans", "B", 8)
        d.set_text_color(70, 90, 60)
        d.set_xy(d.l_margin, 8)
        d.cell(
            0, 4, "Dryden Valley Orchards, LLC  |  H-2A Job Order Addendum  |  Order No. WA-1187-25"
        )
        d.set_draw_color(120, 150, 100)
        d.line(d.l_margin, 13, d.w - d.r_margin, 13)
        d.set_text_color(0, 0, 0)
        d.set_draw_color(0, 0, 0)
        d.set_y(17)

    def foot(d: Doc) -> None:
        d.set_y(-13)
        d.set_font("sans", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(0, 4, f"Worker copy - keep this document. Page {d.page_no()} of {{nb}}", align="C")
        d.set_text_color(0, 0, 0)

    d = Doc("letter", head, foot, margins=(20, 17, 20))
    d.body("sans", 9.5, 4.6)
    d.add_page()
    d.hd("ADDENDUM TO ETA-790A: TERMS AND CONDITIONS OF EMPLOYMENT", 12, color=(50, 80, 40))
    d.p(
        "This addendum is part of the agricultural clearance order filed by the employer named "
        "below. It is given to each worker no later than the time the worker applies for the visa, "
        "in English and in Spanish."
    )
    d.grid(
        [
            ["Employer", "Dryden Valley Orchards, LLC, 4410 Canal Road, Tonasket, WA 98855"],
            ["Job title", "Farmworker - Tree Fruit Harvest (SOC 45-2092)"],
            ["Workers needed", "64"],
            ["Period of employment", "August 18, 2025 to November 7, 2025"],
            ["Hours", "40 hours per week, Monday to Saturday, usually 6:30 a.m. to 3:00 p.m."],
            ["Wage", "$19.82 per hour, or $32.00 per bin of apples if higher"],
            ["Paydays", "Weekly, every Friday"],
        ],
        (45, 131),
        size=9,
    )
    sections = [
        (
            "1. Job duties",
            "Pick apples and pears by hand from ladders and from the ground, place the fruit in "
            "picking bags and deposit the harvest in bins without bruising it. Move and set "
            "ladders, thin fruit, remove water sprouts and clean up the orchard floor. Workers may "
            "also be asked to feed empty bins onto the bin trailer at the orchard gate.",
        ),
        (
            "2. Place of work",
            "All work is performed in the employer's orchards at 4410 Canal Road and 2150 "
            "Ellisforde Bench Road, Tonasket, Okanogan County, Washington.",
        ),
        (
            "3. Job requirements",
            "Three (3) months of verifiable experience picking tree fruit by hand. Workers must be "
            "able to carry and climb a 12-foot orchard ladder and to lift 50 pounds. No education, "
            "licence or English is required.",
        ),
        (
            "4. Wages",
            "The employer will pay $19.82 per hour. During the harvest workers may instead be paid "
            "$32.00 per bin of apples; if piece-rate earnings for a pay period are less than the "
            "hourly rate times the hours worked, the employer will raise pay to the hourly rate. "
            "The employer will pay at least the highest of the Adverse Effect Wage Rate (AEWR), the "
            "prevailing wage, the agreed collective bargaining wage, or the federal or state minimum "
            "wage. If a higher AEWR takes effect during the contract, the higher rate will be paid "
            "from its effective date.",
        ),
        (
            "5. Paydays and earnings statements",
            "Wages are paid weekly, every Friday, by check or by direct deposit at the worker's "
            "choice. On each payday every worker receives a written statement showing the hours "
            "offered, the hours actually worked, the hourly and piece rates, the number of bins "
            "picked, total earnings, each deduction and net pay.",
        ),
        (
            "6. Deductions",
            "The only deductions from pay are: federal income tax, if the worker asks for it in "
            "writing; the Washington Paid Family and Medical Leave premium required by state law; "
            "the optional cookhouse meal charge described in section 9; and any other deduction "
            "the worker voluntarily authorizes in writing for his or her own benefit. H-2A workers "
            "are exempt from Social Security and Medicare (FICA), so none is withheld.",
        ),
        (
            "7. Three-fourths guarantee",
            "The employer guarantees to offer each worker employment for a total number of hours "
            "equal to at least three-fourths (3/4) of the workdays of the contract period, starting "
            "with the first workday after the worker arrives at the place of employment. If the "
            "worker is offered fewer hours, the employer will pay the amount the worker would have "
            "earned for the guaranteed hours. Hours offered but not worked by the worker count "
            "toward the guarantee.",
        ),
        (
            "8. Housing",
            "Housing is provided free of charge to each worker who cannot reasonably return to his "
            "or her permanent residence the same day. The housing is Dryden Valley Camp, 2150 "
            "Ellisforde Bench Road, Tonasket, WA, inspected and licensed by the Washington State "
            "Department of Health. No rent, utility charge or deposit of any kind is collected, and "
            "beds, mattresses and blankets are furnished at no cost.",
        ),
        (
            "9. Meals",
            "The camp cookhouse serves three meals a day for $15.40 per day, which is below the "
            "maximum meal charge published by the Department of Labor for 2025. Eating at the "
            "cookhouse is optional: workers who prefer to cook for themselves may use the free "
            "kitchen in each housing unit, with stoves, refrigerators, sinks and cooking utensils.",
        ),
        (
            "10. Transportation",
            "Inbound: the employer buys the bus ticket from Monterrey, Nuevo León, to Tonasket and "
            "pays each worker a daily subsistence allowance of $17.00 per travel day in the first "
            "workweek. A worker who paid any part of the trip will be reimbursed in the first "
            "workweek, and in any case no later than when the worker completes 50 percent of the "
            "contract period. Visa fees and the border-crossing fee are also reimbursed in the "
            "first workweek.",
        ),
        (
            "",
            "Return: a worker who completes the contract period, or who is dismissed early for "
            "reasons other than cause, will be provided or reimbursed return transportation and "
            "daily subsistence back to Monterrey.",
        ),
        (
            "",
            "Daily: the employer provides free transportation every workday between the housing "
            "and the orchards, in insured vehicles driven by licensed drivers.",
        ),
        (
            "11. Tools and equipment",
            "All tools, supplies and equipment needed for the job, including picking bags, "
            "ladders, gloves and pruning shears, are provided by the employer without charge and "
            "without any deposit.",
        ),
        (
            "12. Workers' compensation",
            "The employer provides workers' compensation insurance through the Washington State "
            "Department of Labor and Industries (account 654-112-09) at no cost to the worker. "
            "It covers medical care and lost wages for injuries or illness caused by the work.",
        ),
        (
            "13. Recruitment",
            "The employer recruits workers in Mexico through Cosecha Unida Reclutamiento, S.C., "
            "of Fresnillo, Zacatecas, and pays Cosecha Unida for all of its services. No "
            "recruitment fee will be charged: workers must not pay anyone any money to be hired, "
            "to be placed on a list, or to keep the job. If anyone asks you for money, call the "
            "employer at (509) 555-0172 or the U.S. Department of Labor at 1-866-487-9243.",
        ),
        (
            "14. Documents",
            "Workers keep their own passports, visas and identity documents at all times. The "
            "employer and its recruiter will never hold them.",
        ),
        (
            "15. Abandonment and termination for cause",
            "A worker who is absent for five (5) consecutive working days without the employer's "
            "consent will be considered to have abandoned the job. A worker who abandons the job or "
            "is terminated for cause (for example violence, theft, or repeated refusal to follow "
            "safety rules after written warnings) loses the three-fourths guarantee and the paid "
            "return transportation. The employer will notify the Department of Labor and the "
            "Department of Homeland Security in writing within two working days.",
        ),
        (
            "16. If the work becomes impossible",
            "If, before the end of the contract, the work becomes impossible because of fire, "
            "flood, hail, an early freeze or another Act of God beyond the employer's control, and "
            "the Department of Labor agrees, the employer may end the contract. The employer will "
            "then pay the three-fourths guarantee for the period from the start of the contract to "
            "the termination date, pay return transportation and subsistence, and make reasonable "
            "efforts to place the worker in other H-2A work.",
        ),
        (
            "17. Your rights",
            "Workers may file complaints, speak with a lawyer or a worker organization, or testify "
            "in a proceeding without retaliation. The employer keeps no do-not-hire list of workers "
            "who complain.",
        ),
    ]
    for title, text in sections:
        if title:
            d.p(title, style="B", after=0.6)
        d.p(text, after=2)
    d.ln(2)
    d.sig_block(["Employer representative: Dana Whitcomb, Orchard Manager", "Date: March 3, 2025"])
    label = {
        "file": "m01.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Cosecha Unida Reclutamiento, S.C."],
        "traps": [
            "'deposit the harvest in bins' is a job duty",
            "'feed empty bins onto the bin trailer' is a job word",
            "lawful h2a cookhouse meal charge $15.40/day (below the $17.00 cap), optional, free kitchen",
            "state-mandated Paid Family and Medical Leave premium (statutory, not insurance_cost)",
            "free housing, no rent, utility charge or deposit",
            "inbound bus paid by employer, visa and border fees reimbursed",
            "tools free, without any deposit",
            "recruiter paid by employer; 'No recruitment fee will be charged'",
            "workers keep passports",
            "no do-not-hire list for complaints",
        ],
        "doc_type": "job_order",
        "layout": "letter; running header rule and 'Page X of N' footer on each page; gridded summary table; numbered sections",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m02  H-2A recruiter agreement, Spanish (Guanajuato)
# ----------------------------------------------------------------------------------------
def m02():
    def foot(d: Doc) -> None:
        d.set_y(-14)
        d.set_font("serif", "I", 7.5)
        d.cell(0, 4, f"Convenio EAB-H2A-0317/2025  -  Hoja {d.page_no()}", align="R")

    d = Doc("letter", None, foot, margins=(24, 20, 24), bottom=20)
    d.body("serif", 10.4, 5.1)
    d.add_page()
    d.set_font("serif", "B", 11)
    d.multi_cell(
        0,
        5.5,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO PARA EMPLEO AGRÍCOLA TEMPORAL "
        "EN LOS ESTADOS UNIDOS DE AMÉRICA (VISA H-2A)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.p(
        "Que celebran, por una parte, ENLACE AGRÍCOLA DEL BAJÍO, S.C., con domicilio en Calle "
        "Hidalgo 214, Zona Centro, Dolores Hidalgo C.I.N., Guanajuato, C.P. 37800, representada por "
        "la Lic. Mariana Ochoa Rentería, a quien en lo sucesivo se denominará EL RECLUTADOR; y por "
        "la otra, el C. ROGELIO MEDINA PACHECO, originario de San Diego de la Unión, Guanajuato, a "
        "quien se denominará EL TRABAJADOR, al tenor de las siguientes:",
        align="J",
    )
    d.p("CLÁUSULAS", style="B", align="C")
    cl = [
        (
            "PRIMERA.",
            "EL RECLUTADOR gestionará la contratación de EL TRABAJADOR como trabajador agrícola "
            "temporal con visa H-2A para el patrón ALTAMAHA SWEET ONION FARMS, INC., con domicilio "
            "en 1870 Old Reidsville Road, Lyons, Georgia 30436, Estados Unidos de América, en los "
            "términos que se resumen en la cláusula segunda.",
        ),
        ("SEGUNDA.", "Las condiciones de trabajo ofrecidas por el patrón son las siguientes:"),
    ]
    for a, b in cl:
        d.p(f"**{a}** {b}", md=True, align="J")
    d.grid(
        [
            [
                "Puesto",
                "Trabajador agrícola: cosecha, corte y empaque de cebolla dulce en el campo; "
                "carga de costales y cajas.",
            ],
            [
                "Lugar de trabajo",
                "Campos del patrón en los condados de Toombs y Tattnall, Georgia.",
            ],
            ["Periodo", "Del 7 de abril al 20 de junio de 2025."],
            ["Jornada", "35 horas por semana, de lunes a sábado."],
            ["Salario", "$14.68 dólares por hora."],
            ["Pago", "Semanal, cada viernes."],
            [
                "Requisitos",
                "Un mes de experiencia en cosecha de hortalizas; poder levantar 50 libras.",
            ],
            ["Vivienda", "Gratuita, en el campamento del patrón en Lyons, Georgia."],
            [
                "Transporte diario",
                "Gratuito, de la vivienda a los campos, en vehículos del patrón.",
            ],
            [
                "Herramientas",
                "Cuchillos, tijeras y guantes proporcionados por el patrón sin costo.",
            ],
            [
                "Descuentos",
                "Únicamente el impuesto federal sobre la renta, si EL TRABAJADOR lo pide por escrito.",
            ],
            [
                "Regreso",
                "Al terminar el contrato, el patrón paga el transporte y los viáticos de regreso a "
                "Monterrey, Nuevo León.",
            ],
        ],
        (38, 130),
        size=9.2,
        lh=4.5,
    )
    cl = [
        (
            "TERCERA.",
            "EL TRABAJADOR pagará a EL RECLUTADOR la cantidad de $8,500.00 (ocho mil quinientos "
            "pesos 00/100 M.N.) por concepto de gastos de trámite y gestión de su expediente. Dicha "
            "cantidad se entregará en efectivo en las oficinas de EL RECLUTADOR al firmar el "
            "presente convenio y no será devuelta en caso de que la visa sea negada.",
        ),
        (
            "CUARTA.",
            "Los gastos de transporte de su comunidad a Monterrey y de Monterrey a Lyons, Georgia, "
            "así como el hotel y las comidas durante el trámite consular, corren por cuenta de EL "
            "TRABAJADOR y no serán reembolsados. El costo de la visa que se paga en el Consulado "
            "será reembolsado por el patrón en la primera semana de trabajo.",
        ),
        (
            "QUINTA.",
            "Como garantía de cumplimiento, EL TRABAJADOR firmará un pagaré por $20,000.00 pesos a "
            "favor de EL RECLUTADOR, que le será devuelto al regresar a México al término del "
            "contrato.",
        ),
        (
            "SEXTA.",
            "Si EL TRABAJADOR falta cinco días seguidos sin permiso del patrón, se considerará que "
            "abandonó el trabajo; en ese caso, o si es despedido por causa justificada, perderá el "
            "derecho al transporte de regreso pagado.",
        ),
        (
            "SÉPTIMA.",
            "EL TRABAJADOR conservará en todo momento su pasaporte, su visa y su credencial para "
            "votar. EL RECLUTADOR no retendrá ningún documento personal.",
        ),
        (
            "OCTAVA.",
            "El promotor autorizado de EL RECLUTADOR en la región es el Sr. Efraín Tovar Luna, "
            "quien acompañará al grupo hasta el Consulado en Monterrey.",
        ),
        (
            "NOVENA.",
            "Para cualquier controversia, las partes se someten a los tribunales de Dolores "
            "Hidalgo, Guanajuato, renunciando a cualquier otro fuero.",
        ),
    ]
    for a, b in cl:
        d.p(f"**{a}** {b}", md=True, align="J")
    d.p(
        "Leído que fue el presente convenio y enteradas las partes de su contenido, lo firman de "
        "conformidad en Dolores Hidalgo, Guanajuato, el 12 de febrero de 2025.",
        align="J",
    )
    d.sig_block(
        ["EL RECLUTADOR\nLic. Mariana Ochoa Rentería", "EL TRABAJADOR\nRogelio Medina Pacheco"],
        fingerprint=True,
    )
    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            "EL TRABAJADOR pagará a EL RECLUTADOR la cantidad de $8,500.00 (ocho mil quinientos "
            "pesos 00/100 M.N.) por concepto de gastos de trámite y gestión de su expediente.",
            8500.0,
            "MXN",
        ),
        fee(
            "travel_cost",
            "violation",
            1,
            "Los gastos de transporte de su comunidad a Monterrey y de Monterrey a Lyons, Georgia, "
            "así como el hotel y las comidas durante el trámite consular, corren por cuenta de EL "
            "TRABAJADOR y no serán reembolsados.",
        ),
        fee(
            "deposit_or_bond",
            "violation",
            2,
            "Como garantía de cumplimiento, EL TRABAJADOR firmará un pagaré por $20,000.00 pesos a "
            "favor de EL RECLUTADOR, que le será devuelto al regresar a México al término del "
            "contrato.",
            20000.0,
            "MXN",
        ),
    ]
    label = {
        "file": "m02.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "inbound_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Enlace Agrícola del Bajío, S.C.", "Efraín Tovar Luna"],
        "traps": [
            "visa fee reimbursed by employer in first week",
            "free housing, free daily transport, tools without cost",
            "worker keeps passport and voter ID",
            "only deduction: income tax on written request",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "legal-size; serif; notarial-style clauses PRIMERA..NOVENA with bold ordinals; gridded terms table; signature line with thumbprint box; footer on each sheet",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m03  H-2B job order, English, landscaping
# ----------------------------------------------------------------------------------------
def m03():
    def head(d: Doc) -> None:
        d.set_fill_color(34, 102, 68)
        d.rect(0, 0, d.w, 14, "F")
        d.set_text_color(255, 255, 255)
        d.set_font("noto", "B", 11)
        d.set_xy(d.l_margin, 4)
        d.cell(0, 6, "GREYSTONE GROUNDS & GARDENS, INC.")
        d.set_font("noto", "", 8)
        d.set_xy(d.l_margin, 4)
        d.cell(0, 6, "H-2B Job Order - Landscaping Season 2025", align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(20)

    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("noto", "", 7)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            4,
            f"915 Industrial Park Drive, Mooresville, NC 28115 - (704) 555-0193 - page {d.page_no()}/{{nb}}",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc("letter", head, foot, margins=(19, 18, 19))
    d.body("noto", 9.6, 4.7)
    d.add_page()
    d.hd("Landscaping and Groundskeeping Worker (SOC 37-3011) - 30 openings", 12.5)
    d.grid(
        [
            [
                "Employer",
                "Greystone Grounds & Gardens, Inc., 915 Industrial Park Drive, Mooresville, NC 28115",
            ],
            [
                "Worksites",
                "Customer properties in Iredell, Mecklenburg and Cabarrus Counties, North Carolina; crews leave daily from the shop in Mooresville",
            ],
            ["Dates", "March 24, 2025 through November 30, 2025"],
            [
                "Schedule",
                "40 hours per week, Monday-Friday, 7:00 a.m. to 3:30 p.m.; Saturday work possible in spring",
            ],
            ["Rate of pay", "$18.44 per hour"],
            ["Overtime", "$27.66 per hour for hours over 40 in a workweek"],
            ["Paid", "Every other Friday (biweekly)"],
        ],
        (32, 146),
        borders="NONE",
        size=9.3,
    )
    sec = [
        (
            "Duties",
            "Mow, edge and trim lawns; plant trees, shrubs and flowers; spread mulch and pine "
            "straw; apply fertilizer and pre-emergent under a licensed supervisor; rake leaves and "
            "deposit debris in the dump trailer; clean up job sites and load equipment.",
        ),
        (
            "Requirements",
            "Three months of experience in landscaping or groundskeeping. Must be able to lift 50 "
            "pounds and work outdoors in heat and rain. A driver's license is not required.",
        ),
        (
            "Wages",
            "The employer will pay $18.44 per hour, which is at least the highest of the "
            "prevailing wage or the federal, state or local minimum wage. If the prevailing wage "
            "is raised during the season, pay will be raised to the new rate from its effective "
            "date. Overtime for hours over 40 in a workweek is paid at $27.66 per hour.",
        ),
        (
            "Guarantee",
            "The employer guarantees each worker an offer of employment for at least three-fourths "
            "(3/4) of the workdays in each 12-week period of the season (each 6-week period if the "
            "season is shorter than 120 days). If less work is offered, the worker is paid for the "
            "guaranteed hours at the offered rate.",
        ),
    ]
    for t, x in sec:
        d.p(t, style="B", after=0.5)
        d.p(x, after=2)
    d.p("Deductions", style="B", after=0.5)
    d.p(
        "Required deductions: federal and North Carolina income tax, Social Security and Medicare "
        "(FICA). Other deductions listed below:",
        after=1,
    )
    d.bullets(
        [
            "Each worker must buy the company uniform package (4 shirts and 1 hi-vis jacket) for $65.00, which will be deducted from the first paycheck.",
            "Lunch is provided in the field for $6.00 per day, deducted weekly.",
            "Shared housing is available near the shop at a charge of $85.00 per week per person, deducted from each paycheck.",
        ]
    )
    sec = [
        (
            "Tools",
            "Mowers, trimmers, blowers, hand tools, safety glasses and ear protection are provided "
            "by the employer at no cost to the worker.",
        ),
        (
            "Transportation to the job",
            "The employer reimburses inbound transportation and daily subsistence from Monterrey, "
            "Mexico, to Mooresville in the first workweek. Daily transportation from the shop to "
            "customer sites is by company truck.",
        ),
        (
            "Visa",
            "The $205 visa application fee is paid by the worker at the consulate and is not "
            "reimbursed by the employer.",
        ),
        (
            "Return transportation",
            "A worker who completes the season, or who is dismissed early for reasons other than "
            "cause, will be paid return transportation and daily subsistence to Monterrey.",
        ),
        (
            "Abandonment and dismissal",
            "A worker who fails to report for work for five consecutive working days without "
            "permission is considered to have voluntarily abandoned the job. Workers who abandon "
            "the job or are dismissed for cause are not entitled to the three-fourths guarantee "
            "or to return transportation.",
        ),
        (
            "Recruitment",
            "No recruitment fee is charged. The employer does not allow any agent to collect money "
            "from workers for this job.",
        ),
    ]
    for t, x in sec:
        d.p(t, style="B", after=0.5)
        d.p(x, after=2)
    d.ln(2)
    d.p(
        "Apply by contacting the nearest State Workforce Agency office or the employer directly at "
        "(704) 555-0193. Reference NC Job Order No. 11904412.",
        style="I",
        size=8.5,
    )
    fees = [
        fee(
            "equipment_charge",
            "violation",
            1,
            "Each worker must buy the company uniform package (4 shirts and 1 hi-vis jacket) for $65.00, which will be deducted from the first paycheck.",
            65.0,
            "USD",
        ),
        fee(
            "meal_charge",
            "review",
            1,
            "Lunch is provided in the field for $6.00 per day, deducted weekly.",
            6.0,
            "USD",
        ),
        fee(
            "housing_charge",
            "review",
            1,
            "Shared housing is available near the shop at a charge of $85.00 per week per person, deducted from each paycheck.",
            85.0,
            "USD",
        ),
        fee(
            "visa_cost",
            "violation",
            1,
            "The $205 visa application fee is paid by the worker at the consulate and is not reimbursed by the employer.",
            205.0,
            "USD",
        ),
    ]
    label = {
        "file": "m03.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": [],
        "traps": [
            "'deposit debris in the dump trailer' and 'apply fertilizer' are duties",
            "FICA and income tax deductions required by law",
            "tools and safety gear at no cost",
            "inbound travel reimbursed in first workweek",
            "'No recruitment fee is charged'",
        ],
        "doc_type": "job_order",
        "layout": "letter; colored header band and address footer on each page; borderless key/value table; bold run-in headings; bulleted deduction list",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m04  H-2B work contract, Spanish, compliant, two-column Q&A
# ----------------------------------------------------------------------------------------
def m04():
    def head(d: Doc) -> None:
        d.set_font("sans", "B", 8)
        d.set_text_color(20, 90, 120)
        d.set_xy(d.l_margin, 8)
        d.cell(0, 4, "PINE HOLLOW FAMILY RESORT, LLC - Contrato de trabajo H-2B - Temporada 2025")
        d.set_text_color(0, 0, 0)
        d.set_y(15)

    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("sans", "", 7)
        d.cell(
            0, 4, f"Página {d.page_no()} de {{nb}}  -  Iniciales del trabajador: ______", align="C"
        )

    d = Doc("letter", head, foot, margins=(16, 15, 16))
    d.body("cond", 9.2, 4.4)
    d.add_page()
    d.band("SU CONTRATO EN PREGUNTAS Y RESPUESTAS", fill=(20, 90, 120), size=13, hgt=10)
    d.p(
        "Trabajador: Jesús Alberto Ríos Cárdenas.  Puesto: Camarista (limpieza de habitaciones), "
        "SOC 37-2012.  Número de orden de trabajo: MO-2025-0448.",
        style="B",
        size=9,
    )
    qa = [
        (
            "¿Quién es mi patrón?",
            "Pine Hollow Family Resort, LLC, 3300 Lakeshore Drive, Lake Ozark, Missouri 65049, "
            "Estados Unidos. Teléfono (573) 555-0148.",
        ),
        (
            "¿Qué trabajo voy a hacer?",
            "Limpiar y arreglar habitaciones y cabañas, cambiar la ropa de cama, reponer toallas y "
            "artículos de baño, aspirar pasillos y vaciar la basura. Algunos días ayudará en la "
            "taquilla del parque acuático, donde cobrará la entrada a los visitantes.",
        ),
        (
            "¿Dónde voy a trabajar?",
            "En el hotel, las cabañas y el parque acuático del resort, en 3300 Lakeshore Drive, "
            "Lake Ozark, Missouri.",
        ),
        (
            "¿Qué necesito para el puesto?",
            "Tres meses de experiencia en limpieza de habitaciones y poder levantar 25 libras. No se "
            "requiere hablar inglés.",
        ),
        (
            "¿Cuándo empiezo y cuándo termino?",
            "Del 1 de abril de 2025 al 30 de septiembre de 2025.",
        ),
        (
            "¿Cuántas horas voy a trabajar?",
            "40 horas por semana, cinco días, de 8:00 a.m. a 4:30 p.m., con media hora para comer "
            "y dos días de descanso que rotan.",
        ),
        (
            "¿Cuánto me van a pagar?",
            "$16.12 dólares por hora. Las horas extra, después de 40 horas en la semana, se pagan "
            "a $24.18 por hora. La empresa pagará siempre el salario más alto entre el salario "
            "prevaleciente y el salario mínimo federal, estatal o local, y si el salario "
            "prevaleciente sube durante el contrato, le subirá el pago desde esa fecha.",
        ),
        (
            "¿Cada cuándo me pagan?",
            "Cada dos semanas, el viernes. Con cada pago recibirá un talón que muestra las horas "
            "ofrecidas, las horas trabajadas, la tarifa, lo ganado y cada descuento.",
        ),
        (
            "¿Qué me van a descontar?",
            "Solo lo que exige la ley: impuesto federal y estatal sobre la renta, Seguro Social y "
            "Medicare (FICA). Cualquier otro descuento necesita su autorización por escrito y debe "
            "ser para su beneficio.",
        ),
        (
            "¿Me garantizan trabajo?",
            "Sí. La empresa le ofrecerá trabajo por lo menos durante tres cuartas partes (3/4) de "
            "las horas de los días laborables de cada periodo de 12 semanas. Si le ofrece menos, le "
            "paga la diferencia.",
        ),
        (
            "¿Quién paga el viaje de ida?",
            "La empresa. En la primera semana le reembolsa el autobús de Monterrey a Lake Ozark y "
            "los viáticos diarios del camino.",
        ),
        (
            "¿Y la visa?",
            "La empresa le reembolsa en la primera semana la cuota de la visa, el trámite y la "
            "cuota de cruce fronterizo.",
        ),
        (
            "¿Tengo que pagarle a alguien para que me contraten?",
            "No. La empresa recluta por medio de Reclutamiento Tierra Firme, S.C., de San Luis "
            "Potosí, y le paga todos sus servicios. No se le cobrará ninguna cuota de "
            "reclutamiento, ni a usted ni a su familia.",
        ),
        (
            "¿Y el regreso?",
            "Si termina el contrato, o si la empresa lo despide antes sin causa justificada, la "
            "empresa paga el regreso a Monterrey y los viáticos.",
        ),
        (
            "¿Dónde voy a vivir?",
            "La empresa ofrece alojamiento gratuito en los dormitorios para empleados del resort. "
            "No se cobra renta, ni luz, ni depósito.",
        ),
        (
            "¿Tengo que comprar uniforme o herramientas?",
            "No. Uniformes, guantes, carritos y productos de limpieza se entregan sin costo y sin "
            "depósito.",
        ),
        (
            "¿Qué pasa si dejo el trabajo?",
            "Si falta cinco días de trabajo seguidos sin avisar, se considera que abandonó el "
            "empleo. Si abandona el empleo o lo despiden por causa justificada, pierde la "
            "garantía de 3/4 y el regreso pagado.",
        ),
        (
            "¿Y si el resort tiene que cerrar?",
            "Si un incendio, inundación, tornado u otra causa de fuerza mayor hace imposible el "
            "trabajo, la empresa le pagará la garantía de 3/4 hasta esa fecha y el regreso a "
            "Monterrey.",
        ),
        (
            "¿Me pueden quitar el pasaporte?",
            "No. Usted guarda su pasaporte y su visa. Puede quejarse ante el Departamento de "
            "Trabajo sin represalias.",
        ),
    ]
    with d.text_columns(
        ncols=2, gutter=7, text_align="LEFT", line_height=1.1, balance=True
    ) as cols:
        for q, a in qa:
            with cols.paragraph(top_margin=1.6, bottom_margin=0) as par:
                d.set_font("cond", "B", 9.4)
                par.write(q)
            with cols.paragraph(top_margin=0.4, bottom_margin=0.6) as par:
                d.set_font("cond", "", 9.1)
                par.write(a)
    d.ln(1)
    d.sig_block(
        ["Firma del trabajador", "Por Pine Hollow Family Resort, LLC\nKaren Lutz, Recursos Humanos"]
    )
    label = {
        "file": "m04.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Reclutamiento Tierra Firme, S.C."],
        "traps": [
            "'cobrará la entrada a los visitantes' is a job duty (collecting fees from customers)",
            "free dormitory housing, no rent or deposit",
            "FICA and income tax deductions required by law",
            "inbound bus and visa fees reimbursed in first week",
            "recruiter paid by employer; 'No se le cobrará ninguna cuota de reclutamiento'",
            "uniforms and supplies without cost or deposit",
            "worker keeps passport",
        ],
        "doc_type": "work_contract",
        "layout": "two-column flowing Q&A (bold questions); colored title band; running header and footer with initials line",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m05  generic (Nepal -> Malaysia) recruiter/worker agreement, English
# ----------------------------------------------------------------------------------------
def m05():
    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("serif", "", 7.5)
        d.cell(
            0,
            4,
            f"SOP/MY/2025/0931 - page {d.page_no()} of {{nb}} - Worker's initials ______",
            align="C",
        )

    d = Doc("A4", None, foot, margins=(20, 16, 20))
    d.body("serif", 10.2, 5.0)
    d.add_page()
    d.set_font("serif", "B", 12)
    d.cell(
        0, 6, "SAGARMATHA OVERSEAS PLACEMENT PVT. LTD.", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_font("serif", "", 8.5)
    d.cell(
        0,
        4.5,
        "Licence No. 1482/071/72 (Department of Foreign Employment)  |  Koteshwor-32, Kathmandu, Nepal",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.hd("AGREEMENT BETWEEN RECRUITING AGENCY AND WORKER", 11)
    d.grid(
        [
            [
                "Worker",
                "Bishnu Bahadur Thapa Magar, passport no. PA2290571, of Syangja District, Nepal",
            ],
            [
                "Employer",
                "Perak Precision Moulding Sdn. Bhd., Lot 22, Jalan Perindustrian 3, Kawasan "
                "Perindustrian Kamunting, 34600 Kamunting, Perak, Malaysia",
            ],
            ["Position", "Production Operator (plastic injection moulding)"],
            ["Demand letter", "Approved by DoFE on 4 June 2025, ref. 2082/83-11407"],
        ],
        (30, 140),
        size=9,
        lh=4.4,
    )
    clauses = [
        "1. The Agency has selected the Worker for employment with the Employer named above and shall complete his labour permit, visa and pre-departure formalities.",
        "2. Duties. The Worker shall operate injection moulding machines, remove and trim moulded parts, check them against samples and pack finished parts into cartons.",
        "3. Place of work. The Employer's factory at Lot 22, Kamunting Industrial Estate, Perak, Malaysia.",
        "4. Period. This contract runs for two (2) years, from 1 September 2025 to 31 August 2027.",
        "5. Hours. Eight (8) hours per day, six (6) days per week, with one paid rest day each week. Overtime is voluntary and paid at 1.5 times the hourly rate.",
        "6. Salary. Basic salary MYR 1,700 per month, paid monthly not later than the 7th day of the following month into the Worker's own bank account.",
        "7. Fees and costs before departure.",
        "7.1 The Worker shall pay the Agency a service charge of NPR 1,35,000 (One lakh thirty-five thousand rupees) before the visa is stamped.",
        "7.2 The pre-departure medical examination at the Agency's approved medical centre costs NPR 4,500 and is paid by the Worker.",
        "7.3 The Worker bears the Foreign Employment Welfare Fund contribution of NPR 1,500 and the premium for the compulsory term life insurance policy.",
        "7.4 The Employer pays the Malaysian foreign worker levy, the visa and work permit (PLKS) fees and the air ticket from Kathmandu to Kuala Lumpur.",
        "8. Accommodation. The Employer provides free hostel accommodation with water, electricity and a shared kitchen.",
        "9. Social security. The Employer registers the Worker with SOCSO (Employment Injury Scheme) and pays the contribution.",
        "10. Return. At the end of the contract the Employer provides a one-way air ticket from Kuala Lumpur to Kathmandu.",
        "11. Termination.",
        "11.1 Either party may end this contract by one month's written notice, or one month's salary in lieu of notice. The Employer may dismiss the Worker without notice for misconduct after due inquiry under the Employment Act 1955.",
        "11.2 If the Worker resigns before completing 24 months of service, he shall pay the Employer liquidated damages of MYR 1,700.",
        "12. The Worker shall keep his own passport. The Employer shall not hold it except for the time needed to renew the work permit.",
        "13. Disputes shall be settled amicably, failing which by the Labour Department of Malaysia or the Department of Foreign Employment, Nepal.",
    ]
    for c in clauses:
        ind = 6 if c[:4].count(".") == 2 else 0
        d.p(c, indent=ind, after=1.4)
    d.ln(2)
    d.p(
        "The contents of this agreement were explained to the Worker in Nepali, and he has signed "
        "it of his own free will.",
        style="I",
        size=8.8,
    )
    d.sig_block(
        [
            "For the Agency\nRamesh Prasad Adhikari, Managing Director",
            "Worker\nBishnu Bahadur Thapa Magar",
        ],
        fingerprint=True,
        fp_label="Left thumb",
    )
    d.set_font("serif", "", 7)
    d.multi_cell(
        0,
        3.4,
        "Note: Payments to the Agency are made by cash deposit to its account at a commercial bank; "
        "the Agency issues a receipt only for the amount fixed by the Government of Nepal.",
        align="L",
    )
    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            "7.1 The Worker shall pay the Agency a service charge of NPR 1,35,000 (One lakh thirty-five thousand rupees) before the visa is stamped.",
            135000.0,
            "NPR",
        ),
        fee(
            "medical_cost",
            "violation",
            1,
            "7.2 The pre-departure medical examination at the Agency's approved medical centre costs NPR 4,500 and is paid by the Worker.",
            4500.0,
            "NPR",
        ),
        fee(
            "insurance_cost",
            "violation",
            1,
            "7.3 The Worker bears the Foreign Employment Welfare Fund contribution of NPR 1,500 and the premium for the compulsory term life insurance policy.",
            1500.0,
            "NPR",
        ),
        fee(
            "breach_penalty",
            "violation",
            1,
            "11.2 If the Worker resigns before completing 24 months of service, he shall pay the Employer liquidated damages of MYR 1,700.",
            1700.0,
            "MYR",
        ),
    ]
    label = {
        "file": "m05.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["deductions"],
        "recruiters": ["Sagarmatha Overseas Placement Pvt. Ltd."],
        "traps": [
            "employer pays levy, visa/work permit (PLKS) and outbound air ticket",
            "free hostel accommodation",
            "SOCSO employment-injury contribution paid by employer",
            "employer provides return ticket",
            "worker keeps passport (brief holding for permit renewal only)",
            "Indian/Nepali digit grouping 'NPR 1,35,000' = 135000",
            "small-print note on paying the Agency by bank deposit refers to the same service charge (not a separate finding)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; serif letterhead; gridded parties table; numbered clauses with indented sub-clauses; thumbprint box; small-print note; footer on each page",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m06  H-2A camp and work rules handout, Spanish, SCANNED
# ----------------------------------------------------------------------------------------
def m06():
    def foot(d: Doc) -> None:
        d.set_y(-13)
        d.set_font("sans", "", 8)
        d.cell(0, 4, f"Reglamento 2025 - hoja {d.page_no()}", align="R")

    d = Doc("letter", None, foot, margins=(24, 22, 24), bottom=22)
    d.body("sans", 11.5, 6.0)
    d.add_page()
    d.set_font("sans", "B", 13)
    d.cell(0, 7, "SATILLA BERRY CREW, LLC", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 9)
    d.cell(
        0,
        5,
        "Contratista agrícola H-2ALC  -  805 South Pierce Street, Alma, Georgia 31510",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.hd("REGLAMENTO DEL CAMPAMENTO Y CONDICIONES DE TRABAJO - TEMPORADA DE ARÁNDANO 2025", 11)
    d.p(
        "Bienvenidos. Este reglamento se entrega a cada trabajador al llegar al campamento. Léalo "
        "con cuidado; el mayordomo puede explicarlo en persona."
    )
    d.p("A. EL TRABAJO", style="B", after=0.8)
    d.bullets(
        [
            "Trabajo: cosecha de arándano a mano. Se deposita la fruta en las cubetas y después en las charolas del camión.",
            "Campos: ranchos de la compañía en Alma (condado de Bacon) y en Baxley (condado de Appling), Georgia.",
            "Temporada: del 1 de abril al 15 de junio de 2025.",
            "Horario: de lunes a sábado, de 7:00 a.m. a 5:00 p.m., con una hora para comer.",
            "Pago: $14.68 por hora, o $0.65 por libra cuando se pague por pieza, lo que resulte más alto.",
            "Día de pago: cada viernes (pago semanal).",
            "Herramientas: cubetas, cinturones, charolas y guantes se dan sin costo.",
        ]
    )
    d.p("B. DESCUENTOS", style="B", after=0.8)
    d.bullets(
        [
            "Impuesto federal sobre la renta, solo si el trabajador lo pide por escrito.",
            "De cada cheque semanal se retendrán $50.00 como ahorro, que se entregarán al trabajador al final de la temporada.",
        ]
    )
    d.p("C. VIVIENDA, COMIDA Y TRANSPORTE", style="B", after=0.8)
    d.bullets(
        [
            "La vivienda en el campamento es gratis para todos los trabajadores H-2A.",
            "Cada casa tiene cocina equipada (estufa, refrigerador y trastes) que se usa sin costo.",
            "El transporte del campamento a los campos es gratis, en los autobuses de la compañía.",
            "Al terminar la temporada, la compañía paga el autobús de regreso a Monterrey.",
        ]
    )
    d.p("D. REGLAS DEL CAMPAMENTO", style="B", after=0.8)
    rules = [
        "1. Los pasaportes de todos los trabajadores se quedan guardados en la oficina del mayordomo durante toda la temporada, para que no se pierdan.",
        "2. Después de las 9:00 p.m. nadie puede salir del campamento, y los domingos solo se puede ir a la tienda en la camioneta de la compañía.",
        "3. Se prohíbe fumar dentro de las casas.",
        "4. Prohibido tomar bebidas alcohólicas en los campos.",
        "5. El trabajador que se queje con abogados, con la Oficina de Trabajo o con personas de fuera no será llamado para la próxima temporada.",
        "6. El trabajador que falte cinco días seguidos sin permiso se considera que abandonó el trabajo y pierde el autobús de regreso pagado. Lo mismo si es despedido por pelear o robar.",
        "7. Mantenga limpia su casa. La basura se saca los martes y viernes.",
    ]
    for r in rules:
        d.p(r, after=1.2)
    d.ln(2)
    d.p("Recibí copia de este reglamento: ______________________  Fecha: ________")
    d.p("Mayordomo: Everardo Cisneros  -  Tel. (912) 555-0137", size=9)
    fees = [
        fee(
            "wage_withholding",
            "violation",
            1,
            "De cada cheque semanal se retendrán $50.00 como ahorro, que se entregarán al trabajador al final de la temporada.",
            50.0,
            "USD",
        ),
        fee(
            "document_retention",
            "violation",
            1,
            "1. Los pasaportes de todos los trabajadores se quedan guardados en la oficina del mayordomo durante toda la temporada, para que no se pierdan.",
        ),
        fee(
            "movement_restriction",
            "violation",
            1,
            "2. Después de las 9:00 p.m. nadie puede salir del campamento, y los domingos solo se puede ir a la tienda en la camioneta de la compañía.",
        ),
        fee(
            "blacklisting_threat",
            "violation",
            2,
            "5. El trabajador que se queje con abogados, con la Oficina de Trabajo o con personas de fuera no será llamado para la próxima temporada.",
        ),
    ]
    label = {
        "file": "m06.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": True,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
            "job_requirements",
        ],
        "recruiters": [],
        "traps": [
            "'Se deposita la fruta en las cubetas' is a job duty",
            "free camp housing, free kitchen, free bus to fields",
            "tools (buckets, belts, gloves) without cost",
            "return bus paid by the company",
            "employer is an H-2A labor contractor (H-2ALC), not a recruiter",
        ],
        "doc_type": "camp_rules",
        "layout": "handout given on arrival; bulleted sections A-D and numbered rules; signature line; SCANNED image-only with skew and noise",
    }
    return d, label, []
