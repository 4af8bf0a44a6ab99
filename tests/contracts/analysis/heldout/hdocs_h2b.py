"""H-2B documents of the held-out corpus."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def h05() -> Doc:
    d = Doc(
        "h05.pdf",
        "h2b",
        "en",
        "job_order",
        "single column; bullets; deductions in a 3-column table; page footer",
        footer="Front Range Greenscape Services LLC - ETA-790B attachment",
    )
    d.title("H-2B JOB ORDER - LANDSCAPE LABORER")
    d.bullets(
        "Employer: Front Range Greenscape Services LLC, 7400 Quebec Parkway, Commerce "
        "City, CO 80022",
        "Job: landscape laborer - mow, edge and trim lawns, lay sod, plant shrubs, feed "
        "branches into the chipper, and collect gate fees from customers at the mulch "
        "yard",
        "Work sites: customer properties in Adams, Denver and Arapahoe counties, Colorado",
        "Contract period: March 15, 2027 to November 30, 2027",
        "Hours: 40 per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
        "Wage: $19.16 per hour, and never less than the highest of the prevailing wage "
        "or any federal, state or local minimum wage in force",
        "Overtime: as applicable",
        "Pay: every two weeks on Friday, with a pay statement itemizing hours offered, "
        "hours worked, earnings and deductions",
        "Requirements: 3 months of landscaping experience; able to lift 50 lb",
    )
    d.h("Guarantee")
    d.p(
        "In each 12-week period the company offers at least three-fourths of the workdays, "
        "and if it does not, it pays the difference."
    )
    d.h("Travel")
    d.p(
        d.fee(
            "travel_cost",
            V,
            None,
            None,
            "Workers arrange and pay for their own transportation from the consulate in "
            "Monterrey to Commerce City, and this expense is not reimbursed by the "
            "company.",
        ),
        "Workers who complete the season, or are let go early for reasons other than cause, "
        "receive return transportation and daily subsistence paid by the company.",
    )
    d.h("Tools")
    d.p("The company furnishes all mowers, trimmers and hand tools without charge.")
    d.h("Payroll deductions")
    d.fee(
        "equipment_charge",
        V,
        72.0,
        "USD",
        "Uniform package (3 shirts, 1 cap) $72.00 deducted at $9.00 per week",
    )
    d.table(
        ("Deduction", "Amount", "Schedule"),
        ("Federal and Colorado income tax", "As required", "Every paycheck"),
        ("Uniform package (3 shirts, 1 cap)", "$72.00", "deducted at $9.00 per week"),
    )
    d.p(
        d.fee(
            "recruitment_fee",
            V,
            35.0,
            "USD",
            "An administrative processing charge of $35 will be taken from the first "
            "paycheck of every new hire.",
        )
    )
    d.h("Termination")
    d.p(
        "Employees who fail to report for five consecutive scheduled days are deemed to have "
        "abandoned the job. Dismissal for cause follows a written warning."
    )
    d.sig("Front Range Greenscape Services LLC", "Employee")
    d.missing = [
        "overtime",
        "inbound_transportation",
        "visa_reimbursement",
        "contract_impossibility",
    ]
    d.traps = [
        "'collect gate fees from customers' is a duty",
        "'feed branches' is a duty",
        "income tax deduction row",
        "tools without charge",
        "overtime only 'as applicable'",
    ]
    return d


def h06() -> Doc:
    d = Doc(
        "h06.pdf",
        "h2b",
        "en",
        "offer_letter",
        "one page; letterhead band; 2-column gridded terms table",
        header="SALTMARSH LINKS GOLF & MARINA LLC  |  300 Heron Causeway, Kiawah Ferry, SC",
    )
    d.p("October 4, 2026")
    d.p("Mr. Desmond Alphonso Clarke, 14 Lyndhurst Road, Kingston 5, Jamaica")
    d.p("Dear Mr. Clarke, we are pleased to offer you seasonal H-2B employment on the terms below.")
    d.kv(
        (
            "Employer",
            "Saltmarsh Links Golf & Marina LLC, 300 Heron Causeway, Kiawah Ferry, SC 29455",
        ),
        (
            "Position",
            "Golf course attendant: collect green fees from golfers at the starter "
            "booth, clean carts, rake bunkers and stock the range",
        ),
        ("Workplace", "Saltmarsh Links, 300 Heron Causeway, Kiawah Ferry, South Carolina"),
        ("Dates", "March 1, 2027 to October 31, 2027"),
        ("Hours", "37.5 hours a week, five shifts of 7.5 hours"),
        (
            "Pay",
            "$15.70 per hour; any higher prevailing or minimum wage that takes effect "
            "applies from its effective date",
        ),
        ("Overtime", "$23.55 per hour for hours over 40 in a week"),
        ("Paydays", "Every other Thursday, with an earnings statement"),
        ("Deductions", "U.S. payroll taxes only"),
        ("Guarantee", "Three-fourths of the workdays in each 12-week period"),
        (
            "Travel",
            "Your flight from Kingston and meals on the way are reimbursed in your "
            "first workweek; your flight home is paid when you complete the season",
        ),
        ("Visa", "Visa and consular fees are reimbursed in the first workweek"),
        ("Tools", "All equipment is supplied at no charge to you"),
        ("Meals", "Staff lunch and coffee are provided at no charge to you"),
        (
            "Termination",
            "Dismissal only for cause after a hearing; five days' unexplained "
            "absence counts as abandonment",
        ),
        (
            "Act of God",
            "If a hurricane closes the course for the season, the contract may end "
            "early and you are paid the guarantee to that date and your trip "
            "home",
        ),
        ("Requirements", "Six months of customer-service experience; basic English"),
    )
    d.p(
        "You were referred to us by Blue Mahoe Staffing Ltd. of Kingston, which is paid by "
        "the Employer; you will not be charged any fee by us or by them. We will never hold "
        "your passport."
    )
    d.p("Yours sincerely, Lorraine Pettigrew, HR Director")
    d.sig("Lorraine Pettigrew", "Desmond Alphonso Clarke")
    d.recruiters = ["Blue Mahoe Staffing Ltd."]
    d.traps = [
        "'collect green fees from golfers' is a duty",
        "visa reimbursed",
        "travel reimbursed",
        "tools at no charge to you",
        "free lunch and coffee",
        "recruiter paid by employer; no fee charged",
        "passport not held",
    ]
    return d


def h07() -> Doc:
    d = Doc(
        "h07.pdf",
        "h2b",
        "en+es",
        "job_order",
        "bilingual EN | ES side by side (borderless two-column table); header band",
        header="Bayou Teche Crawfish Processors LLC  -  H-2B / Orden de trabajo H-2B",
    )
    d.title("WORK CONTRACT / CONTRATO DE TRABAJO - CRAWFISH PEELER / PELADOR DE LANGOSTINO")
    d.side(
        (
            "Employer: Bayou Teche Crawfish Processors LLC, 1805 Levee Road, Breaux Bridge, LA "
            "70517.",
            "Empleador: Bayou Teche Crawfish Processors LLC, 1805 Levee Road, Breaux Bridge, LA "
            "70517.",
        ),
        (
            "Duties: peel, devein and pack boiled crawfish tails; clean tables and floors.",
            "Tareas: pelar, desvenar y empacar colas de langostino cocido; limpiar mesas y pisos.",
        ),
        (
            "Place: processing plant at 1805 Levee Road, Breaux Bridge, Louisiana.",
            "Lugar: planta en 1805 Levee Road, Breaux Bridge, Luisiana.",
        ),
        (
            "Season: February 1, 2027 to June 30, 2027.",
            "Temporada: del 1 de febrero al 30 de junio de 2027.",
        ),
        (
            "Hours: 40 hours per week, Monday to Friday, from 6:00 a.m.",
            "Horario: 40 horas por semana, de lunes a viernes, desde las 6:00 a.m.",
        ),
        (
            "Pay: $13.85 per hour or $2.10 per pound of tail meat, whichever is higher, and any "
            "higher legal wage from its effective date. Overtime: $20.78 per hour after 40 "
            "hours.",
            "Pago: $13.85 por hora o $2.10 por libra de cola, lo que sea mayor, y cualquier "
            "salario legal más alto desde su vigencia. Horas extra: $20.78 por hora después de "
            "40 horas.",
        ),
        ("Payday: every Friday (weekly).", "Día de pago: cada viernes (semanal)."),
        (
            "Deductions: taxes required by law and the premium below.",
            "Descuentos: impuestos de ley y la prima indicada abajo.",
        ),
        (
            "Work guarantee: according to program rules.",
            "Garantía de trabajo: según las reglas del programa.",
        ),
        (
            "Travel: bus from Culiacán and meals on the road are repaid in the first workweek; "
            "the return bus is paid at the end of the season.",
            "Viaje: el autobús desde Culiacán y las comidas del camino se reembolsan en la "
            "primera semana; el regreso se paga al terminar la temporada.",
        ),
        (
            "Visa: the employer reimburses visa and border-crossing fees in the first workweek.",
            "Visa: el empleador reembolsa la visa y el cruce fronterizo en la primera semana.",
        ),
        (
            d.fee(
                "visa_cost",
                R,
                None,
                None,
                "Each worker is responsible for the cost of obtaining his or her own passport.",
                group=1,
            ),
            d.fee(
                "visa_cost",
                R,
                None,
                None,
                "Cada trabajador cubre el costo de su propio pasaporte.",
                group=1,
            ),
        ),
        (
            "Tools: knives, aprons and gloves are provided free of charge.",
            "Herramientas: cuchillos, mandiles y guantes sin costo para el trabajador.",
        ),
        (
            d.fee(
                "insurance_cost",
                V,
                28.5,
                "USD",
                "A group health insurance premium of $28.50 "
                "per week is deducted from every paycheck; enrolment is mandatory.",
                group=2,
            ),
            d.fee(
                "insurance_cost",
                V,
                28.5,
                "USD",
                "Se descuenta de cada cheque una prima de "
                "seguro médico de grupo de $28.50 por semana; la inscripción es obligatoria.",
                group=2,
            ),
        ),
        (
            "Housing: rooms in the company dormitory are free.",
            "Vivienda: los cuartos del dormitorio de la compañía son gratuitos.",
        ),
        (
            d.fee(
                "movement_restriction",
                V,
                None,
                None,
                "Workers living in company housing must "
                "be inside by 9:00 p.m. and may not leave the property on days off without a "
                "written pass from the supervisor.",
                group=3,
            ),
            d.fee(
                "movement_restriction",
                V,
                None,
                None,
                "Los trabajadores que viven en la "
                "vivienda de la compañía deben estar adentro a las 9:00 p.m. y no pueden salir "
                "de la propiedad en sus días libres sin un pase escrito del supervisor.",
                group=3,
            ),
        ),
        (
            "Termination: dismissal for cause only; three days' absence without notice is "
            "abandonment.",
            "Terminación: despido solo con causa; tres días de ausencia sin aviso es abandono.",
        ),
        (
            "If a flood or hurricane makes the work impossible, wages earned, the guarantee to "
            "that day and the trip home are paid.",
            "Si una inundación o huracán hace imposible el trabajo, se pagan los salarios, la "
            "garantía hasta ese día y el viaje de regreso.",
        ),
        ("Requirements: no experience needed.", "Requisitos: no se necesita experiencia."),
    )
    d.sig("Employer / Empleador", "Worker / Trabajador")
    d.missing = ["three_fourths_guarantee", "earnings_statements"]
    d.traps = [
        "visa and border fees reimbursed",
        "tools free",
        "free dormitory",
        "travel repaid",
        "guarantee only 'according to program rules'",
    ]
    return d
