"""Second batch (x16-x19), written after the first round of engine fixes and scored before
any further change, as a fresher estimate of generalization."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def x16() -> Doc:
    d = Doc(
        "x16.pdf",
        "h2b",
        "es",
        "job_order",
        "Spanish with accents; bullets and numbered promises; header band",
        header="Piney Hollow Timber Services LLC - Orden de trabajo H-2B",
    )
    d.title("ORDEN DE TRABAJO H-2B: TRABAJADOR FORESTAL")
    d.bullets(
        "Empleador: Piney Hollow Timber Services LLC, 88 Sawmill Creek Road, Laurel, "
        "Mississippi 39440",
        "Puesto: trabajador forestal; siembra de pino, control de maleza con machete y "
        "limpieza de brechas cortafuego",
        "Lugar: terrenos forestales de los condados de Jones y Wayne, Mississippi",
        "Periodo: del 5 de enero al 15 de mayo de 2027",
        "Horario: 40 horas a la semana, de lunes a viernes, de 7:00 a 15:30",
        "Salario: $16.40 por hora; si se publica un salario legal más alto, se paga "
        "desde su vigencia",
        "Horas extra: según corresponda",
        "Pago: cada dos semanas, los viernes",
        "Descuentos: impuestos federales y estatales",
        "Requisitos: tres meses de experiencia en trabajo forestal",
    )
    d.h("Compromisos")
    d.p(
        "1. Se garantiza trabajo por al menos tres cuartas partes de los días hábiles de cada "
        "periodo de 12 semanas."
    )
    d.p(
        "2. El boleto de autobús desde San Pedro Sula y los alimentos del viaje se reembolsan "
        "en la primera semana; el regreso a San Pedro Sula corre por cuenta de la compañía."
    )
    d.p(
        "3.",
        d.fee(
            "visa_cost",
            V,
            None,
            None,
            "Los gastos de la cita consular y del visado serán asumidos por el trabajador.",
        ),
    )
    d.p(
        "4. La compañía entrega machetes, limas y cascos sin costo alguno.",
        d.fee(
            "equipment_charge",
            V,
            None,
            None,
            "El trabajador deberá comprar sus propios guantes y lentes de seguridad en la "
            "tienda de la compañía.",
        ),
    )
    d.p(
        "5.",
        d.fee(
            "wage_withholding",
            V,
            None,
            None,
            "Se le retendrá el 10 % de cada cheque, que se le entregará al final de la temporada.",
        ),
    )
    d.p(
        "6. Si el trabajador falta cinco días seguidos sin aviso se considera abandono; el "
        "despido solo procede por causa justificada."
    )
    d.p(
        "7. Si un huracán o un incendio forestal hace imposible el trabajo, se paga la "
        "garantía hasta ese día y el regreso."
    )
    d.p(
        "8. Reclutamiento en Honduras: Servicios Migratorios Copán, S. de R.L., cuyos "
        "honorarios paga el empleador."
    )
    d.sig("Por el empleador", "Trabajador")
    d.missing = ["overtime", "visa_reimbursement", "earnings_statements"]
    d.recruiters = ["Servicios Migratorios Copán, S. de R.L."]
    d.traps = [
        "return trip 'corre por cuenta de la compañía'",
        "tools 'sin costo alguno'",
        "recruiter fees paid by employer",
        "overtime only 'según corresponda'",
    ]
    return d


def x17() -> Doc:
    d = Doc(
        "x17.pdf",
        "generic",
        "en",
        "offer_letter",
        "one page; letterhead; gridded terms table",
        header="GREENBANK ORCHARDS INC.",
    )
    d.p("Ms. Shanique Latoya Brown, 3 Church Street, May Pen, Clarendon, Jamaica")
    d.p(
        "Dear Ms. Brown, Greenbank Orchards Inc., 1402 Concession Road 6, Simcoe, Ontario, "
        "Canada offers you seasonal farm work on these terms."
    )
    d.kv(
        (
            "Work",
            "Orchard worker: prune and thin apple trees, pick fruit, feed and water the "
            "farm's poultry on weekends",
        ),
        ("Location", "Greenbank Orchards, Simcoe, Ontario"),
        ("Season", "15 April 2027 to 30 October 2027"),
        ("Hours", "Up to 10 hours a day, six days a week, with one day of rest"),
        ("Wage", "CAD 17.60 per hour, paid every two weeks"),
        ("Deductions", "Income tax, Canada Pension Plan and Employment Insurance only"),
        (
            "Travel",
            "The Employer books and pays your flight from Kingston and your flight "
            "home at the end of the season",
        ),
        (
            "Fees",
            "Workers are not required to pay for their work permit. Any fee a worker has "
            "paid to any person for this job shall be refunded by the Employer.",
        ),
        ("Housing", "Bunkhouse on the farm, with heat and utilities at no charge"),
        (
            "Ending",
            "Either party may end the contract with one week's notice; dismissal for "
            "misconduct only after a written warning",
        ),
    )
    d.p("Placement is arranged by the Ministry of Labour and Social Security at no charge to you.")
    d.sig("For Greenbank Orchards Inc.", "Shanique Latoya Brown")
    d.traps = [
        "'feed and water the poultry' is a duty",
        "work permit not paid by worker",
        "fees refunded by employer",
        "free utilities",
        "placement at no charge",
    ]
    return d


def x18() -> Doc:
    d = Doc(
        "x18.pdf",
        "generic",
        "en",
        "employment_contract",
        "A4; numbered clauses; NT$ amounts; footer",
        pagesize="A4",
        footer="Contract No. TW-MFG-2027-0318",
    )
    d.title("LABOR CONTRACT FOR FOREIGN FACTORY WORKER (TAIWAN)")
    d.p(
        "Employer: Jade River Precision Components Co., Ltd., No. 12, Gongye 3rd Road, Taichung "
        "Industrial Park, Taichung, Taiwan. Worker: Mr. Arnel Bautista Cruz, of Tarlac, "
        "Philippines."
    )
    d.p(
        "1. Job: machine operator at the Employer's plant in Taichung Industrial Park, loading "
        "CNC lathes and checking finished parts."
    )
    d.p("2. Contract term: 1 June 2027 to 31 May 2030.")
    d.p("3. Working hours: 8 hours per day, 5 days per week; overtime paid by law.")
    d.p("4. Monthly salary: NT$28,590, paid on the 10th day of every month.")
    d.p(
        "5. Deductions:",
        d.fee(
            "recruitment_fee",
            V,
            1800.0,
            "TWD",
            "A broker service fee of NT$1,800 per month is deducted from the worker's salary "
            "in the first year.",
        ),
        d.fee(
            "meal_charge",
            R,
            2500.0,
            "TWD",
            d.fee(
                "housing_charge",
                R,
                2500.0,
                "TWD",
                "Dormitory and meals: NT$2,500 monthly, taken out of wages.",
            ),
        ),
    )
    d.p(
        "6.",
        d.fee(
            "document_retention",
            V,
            None,
            None,
            "The worker agrees that his passport and ARC will be kept by the broker "
            "for safekeeping.",
        ),
    )
    d.p(
        "7. The contract may be terminated by either party according to the Labor Standards "
        "Act, with 30 days' notice."
    )
    d.sig("Employer", "Arnel Bautista Cruz")
    d.missing = ["return_transportation"]
    # meal_charge was missing from the first labelling of this sentence; added on review.
    d.traps = ["overtime paid by law"]
    return d


def x19() -> Doc:
    d = Doc(
        "x19.pdf",
        "h2a",
        "en",
        "job_order",
        "one page; label-value lines without table rules",
        small=True,
    )
    d.title("H-2A JOB OFFER - WATERMELON HARVEST")
    d.p("Employer: Suwannee Bend Melon Farm LLC, 2290 County Road 250, Live Oak, FL 32060")
    d.p("Job: harvest crew member - cut, toss and load watermelons onto trailers")
    d.p("Location: farm fields in Suwannee County, Florida")
    d.p("Dates: May 3, 2027 to July 16, 2027")
    d.p("Hours: 35 hours per week, Monday to Saturday")
    d.p("Rate: $15.44 per hour; the highest AEWR, prevailing or minimum wage in effect applies")
    d.p("Paid: weekly on Friday, with an itemized pay stub")
    d.p("Deductions: taxes required by law")
    d.p("Guarantee: 3/4 of the hours in the contract period")
    d.p(d.fee("housing_charge", V, 30.0, "USD", "Housing: $30 per week per person"))
    d.p(
        "Travel: inbound transportation and meals reimbursed at 50 percent of the contract; "
        "return transportation paid on completion; daily rides to fields provided free"
    )
    d.p("Tools: provided at no charge")
    d.p("Workers' compensation: provided through Sunshine Farm Mutual")
    d.p("Requirements: 1 month of experience in melon harvest")
    d.p("Termination: abandonment after 5 days without notice; dismissal for cause")
    d.p(
        d.fee(
            "deposit_or_bond",
            V,
            100.0,
            "USD",
            "Each worker must bring a $100 cash bond on arrival, returned at the end of the "
            "season.",
        )
    )
    d.p(
        d.fee(
            "blacklisting_threat",
            V,
            None,
            None,
            "Workers who complain to outside agencies will be placed on the do not rehire list.",
        )
    )
    d.missing = ["meals", "contract_impossibility"]
    d.traps = ["free daily rides", "tools at no charge"]
    return d
