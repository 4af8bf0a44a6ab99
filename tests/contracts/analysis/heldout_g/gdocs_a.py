"""Documents g01-g06 of the blind batch heldout_g (H-2A agriculture)."""

from glib import Doc

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def fee(category, page, quote, amount=None, currency=None, group=None, severity=None):
    sev = severity or ("review" if category in REVIEW_ALWAYS else "violation")
    out = {
        "category": category,
        "severity": sev,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        out["group"] = group
    return out


def label(file, language, pages, fees, missing, recruiters, traps, doc_type, layout, scanned=False):
    return {
        "file": file,
        "program": "h2a",
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
# g01: compliant job order addendum, apples, Washington
# ---------------------------------------------------------------------------
def g01():
    d = Doc(
        family="sans",
        size=9.5,
        header_text="Sunridge Orchards LLC  |  H-2A Clearance Order Addendum B  |  Order No. WA-2025-0417",
        footer_text="Addendum B - Terms and Conditions of Employment",
        accent=(120, 40, 30),
    )
    d.add_page()
    d.band(
        "ADDENDUM B: TERMS AND CONDITIONS OF EMPLOYMENT",
        "Agricultural clearance order - tree fruit harvest 2025",
    )
    d.p(
        "Employer: Sunridge Orchards LLC, 4410 Cashmere Canyon Road, Wenatchee, WA 98801. "
        "Telephone (509) 555-0142. Contact: Dolores Whitcomb, Human Resources."
    )
    d.p(
        "Sunridge Orchards has engaged Agencia Campo Abierto, S.C. of Zamora, Michoacán, to recruit "
        "workers in Mexico for this order. The agency is paid by Sunridge Orchards under a written "
        "agreement that forbids it to collect money of any kind from workers."
    )
    d.clause(
        "1.",
        "Job title and duties",
        "Farmworkers, Fruit (SOC 45-2092.02). Workers hand-harvest apples and pears using picking "
        "bags and orchard ladders, deposit the harvest in field bins without bruising the fruit, thin "
        "fruitlets, prune and tie limbs, move irrigation lines, and feed the sorting line at the "
        "packing shed when assigned.",
    )
    d.clause(
        "2.",
        "Period of employment",
        "The anticipated period of employment is from August 4, 2025 to November 21, 2025.",
    )
    d.clause("3.", "Places of employment", "All work is performed at the following orchards:")
    d.grid(
        [
            ["Orchard", "Address", "County"],
            ["Canyon Home Block", "4410 Cashmere Canyon Road, Wenatchee, WA 98801", "Chelan"],
            ["Monitor Flats", "7825 Stemilt Loop Road, Wenatchee, WA 98801", "Chelan"],
            ["Rock Island Bench", "1290 Saunders Road, East Wenatchee, WA 98802", "Douglas"],
        ],
        [120, 270, 114],
        size=9,
    )
    d.clause(
        "4.",
        "Hours of work",
        "Workers are offered 40 hours per week, Monday through Saturday, normally from 6:30 a.m. to "
        "3:00 p.m. with a 30-minute unpaid lunch. Daily hours may change with weather and crop "
        "conditions. Sunday is a day of rest.",
    )
    d.clause(
        "5.",
        "Rate of pay",
        [
            "$19.82 per hour. When apples are picked by the bin, the piece rate is $28.00 per "
            "standard bin (about 25 bushels).",
            "If a worker's piece-rate earnings in a pay period are less than $19.82 for each hour "
            "worked, Sunridge pays the difference.",
        ],
    )

    d.add_page()
    d.clause(
        "6.",
        "Highest applicable wage",
        "Sunridge will pay at least the highest of the Adverse Effect Wage Rate, the prevailing wage, "
        "the agreed-upon collective bargaining wage, or the federal or Washington minimum wage in "
        "effect when the work is done. If a higher rate is published during the season, the higher "
        "rate applies from its effective date.",
    )
    d.clause(
        "7.",
        "Payday and earnings statements",
        "Workers are paid every week, each Friday, by check or direct deposit. With each payment the "
        "worker receives a written statement showing hours offered, hours worked, bins picked, rates, "
        "total earnings, each deduction, and the employer's name, address and FEIN.",
    )
    d.clause(
        "8.",
        "Deductions",
        "Sunridge deducts only the federal and state taxes and contributions required by law and any "
        "voluntary deduction that the worker authorizes in writing for his or her own benefit, such as "
        "a money transfer home. No deduction is made for housing, transportation, tools or "
        "recruitment.",
    )
    d.clause(
        "9.",
        "Three-fourths guarantee",
        "Sunridge guarantees each worker employment for at least three-fourths (3/4) of the workdays "
        "of the contract period, counted from the worker's first workday after arrival until the end "
        "date. If fewer hours are offered, the worker is paid what he or she would have earned.",
    )
    d.clause(
        "10.",
        "Housing",
        "Free housing is provided to every worker who cannot reasonably return to his or her residence "
        "each day, at Sunridge Camp, 4420 Cashmere Canyon Road, Wenatchee, WA. The camp is licensed by "
        "the Washington State Department of Health. No rent, utility charge or deposit is ever "
        "collected, and bedding is supplied free.",
    )
    d.clause(
        "11.",
        "Meals",
        "Each housing unit has a free, fully equipped kitchen with stoves, refrigerators and cooking "
        "utensils so that workers can prepare their own meals.",
    )
    d.clause(
        "12.",
        "Transportation",
        [
            "Inbound: a worker who completes 50 percent of the contract period is reimbursed for "
            "transportation and daily subsistence from the place of recruitment to Wenatchee. If these "
            "costs would bring the first week's pay below the federal minimum wage, Sunridge "
            "reimburses them with the first paycheck. Subsistence is paid at no less than $16.36 per "
            "day, or up to $68.00 per day with receipts.",
            "Return: a worker who completes the contract, or who is dismissed early for any reason "
            "other than cause, receives return transportation and subsistence to the place of "
            "recruitment, paid by Sunridge.",
            "Daily: Sunridge provides free daily transportation in company buses from Sunridge Camp "
            "to each orchard and back.",
        ],
    )

    d.add_page()
    d.clause(
        "13.",
        "Tools and equipment",
        "All ladders, picking bags, pruning shears and gloves needed for the work are provided free "
        "of charge. No deposit is required for any tool.",
    )
    d.clause(
        "14.",
        "Workers' compensation",
        "Sunridge provides workers' compensation insurance through the Washington State Department of "
        "Labor and Industries (employer account 801-447-22), covering injury or disease arising out "
        "of the work.",
    )
    d.clause(
        "15.",
        "Job requirements",
        "Three months of experience hand-harvesting tree fruit, ability to lift 60 pounds and to work "
        "on an orchard ladder. No education or English is required.",
    )
    d.clause(
        "16.",
        "Abandonment and termination for cause",
        "A worker who fails to report for work for 5 consecutive working days without the employer's "
        "consent is considered to have abandoned the job. A worker may be dismissed for cause after "
        "the warnings described in the written work rules. In these cases Sunridge is not required to "
        "pay return transportation or the three-fourths guarantee, and it notifies the Department of "
        "Labor and DHS as required.",
    )
    d.clause(
        "17.",
        "Contract impossibility",
        "If the contract cannot be completed because of fire, hail, flood, freeze or another Act of "
        "God, Sunridge may end it with the approval of the Certifying Officer. Workers are then paid "
        "the three-fourths guarantee up to the termination date plus return transportation and "
        "subsistence, and Sunridge will try to transfer them to other H-2A employment.",
    )
    d.clause(
        "18.",
        "Fees and workers' rights",
        [
            "Sunridge pays all visa fees, the H-2A petition and border-crossing costs; any consular "
            "fee a worker advances is repaid in the first workweek.",
            "No recruitment fee will be charged by Sunridge or by its agent, and workers owe nothing "
            "to anyone for being hired.",
            "Workers keep their own passports and visas at all times.",
            "Workers may file complaints with the U.S. Department of Labor or a legal services office; "
            "doing so will never lead to a refusal of future employment.",
        ],
    )
    d.signatures(["Dolores Whitcomb, for Sunridge Orchards LLC", "Date"])
    lab = label(
        "g01.pdf",
        "en",
        3,
        [],
        [],
        ["Agencia Campo Abierto, S.C."],
        [
            "recruiting agency paid by employer, forbidden to collect from workers",
            "'deposit the harvest in field bins' and 'feed the sorting line' are job duties",
            "piece-rate make-up to hourly rate",
            "deductions only taxes required by law and voluntary written ones",
            "free housing, no rent/utility/deposit",
            "free kitchen",
            "inbound reimbursed, return and daily transport paid",
            "tools free, no deposit",
            "employer pays all visa and petition fees",
            "no recruitment fee (negated)",
            "workers keep passports",
            "complaints never lead to refusal of employment (negated blacklisting)",
        ],
        "job_order",
        "numbered clauses; colored title band; gridded worksite table; running header and footer on every page",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g02: FLC offer letter, grapes/citrus, California
# ---------------------------------------------------------------------------
G02_PROC = "A processing charge of $375 for preparing your H-2A file will be deducted from your first three paychecks in equal parts."
G02_RENT = (
    "Camp rent of $60.00 per week is deducted for each week you occupy a bed at Valley Crest Camp."
)
G02_MEAL = "The camp kitchen charges $19.50 per day for three meals, deducted each payday."


def g02():
    d = Doc(family="serif", size=10, footer_text="Valley Crest Farm Labor Contracting, Inc.")
    d.add_page()
    d.set_text_color(25, 60, 120)
    d.setf("B", 15)
    d.cell(0, 18, "VALLEY CREST FARM LABOR CONTRACTING, INC.", new_x="LMARGIN", new_y="NEXT")
    d.setf("", 8.5)
    d.cell(
        0,
        12,
        "H-2A Labor Contractor  -  1187 Avenue 12, Madera, CA 93637  -  (559) 555-0187",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.rule(after=10)
    d.p("March 3, 2025")
    d.p("Dear Worker,")
    d.p("Re: Offer of seasonal H-2A employment - grape and citrus crews, 2025", style="B")
    d.p(
        "We are pleased to offer you seasonal agricultural work with Valley Crest Farm Labor "
        'Contracting, Inc. ("Valley Crest") on the farms of our grower clients in Madera and Fresno '
        "counties. Our recruiting partner in Sinaloa, Reclutadora Agrícola Pacífico Norte, will help "
        "you schedule your consular appointment. The main terms of the offer are:"
    )
    d.bullets(
        [
            "Position: general farmworker - hand-harvesting table grapes into field trays, picking "
            "citrus into picking bags, pruning and tying vines, and light irrigation work.",
            "Work locations: growers' vineyards at 21456 Road 28, Madera, CA 93638, and citrus groves "
            "at 8890 E. Manning Avenue, Reedley (Fresno County), CA 93654.",
            "Dates: April 14, 2025 through October 31, 2025.",
            "Hours: 8 hours per day, six days a week (48 hours), starting at 6:00 a.m.",
            "Wage: $19.97 per hour, or $0.29 per tray when table grapes are paid by the tray, "
            "whichever gives you more for the pay period.",
            "You will always be paid at least the highest of the Adverse Effect Wage Rate, the "
            "prevailing rate, and the California or federal minimum wage.",
            "Payday: every other Friday.",
            "Housing: a bed in the bunkhouse at Valley Crest Camp, 3300 Cleveland Avenue, Madera, CA. "
            "All crew members live at the camp.",
            "Meals: three meals a day are served by the camp kitchen.",
            "Travel to the job: your bus fare from Mazatlán to Madera and meals on the road are "
            "reimbursed when you have worked half of the contract, or in your first paycheck if needed "
            "to meet the minimum wage.",
            "Return travel: paid by Valley Crest when you finish the season.",
            "Daily transportation: crew buses carry workers from the camp to the fields and back at "
            "no charge.",
            "Tools: pruning shears, picking trays and gloves are provided at no cost.",
            "Workers' compensation: you are covered by the State Compensation Insurance Fund from your "
            "first day of work.",
            "Requirements: one season of vineyard or citrus experience; able to work in heat and to "
            "lift 50 pounds.",
        ]
    )
    d.add_page()
    d.head("Deductions from your pay")
    d.p("The following amounts will be taken from your pay:")
    d.bullets(
        [
            "federal and California state taxes required by law;",
            G02_PROC,
            G02_RENT,
            G02_MEAL,
        ]
    )
    d.p(
        "Valley Crest pays the consular visa fee directly to the U.S. Consulate, and there is no "
        "charge for the crew bus."
    )
    d.head("Leaving the job")
    d.p(
        "If you fail to report to work for five consecutive days without permission, we will treat "
        "it as abandonment of the job. Workers may be discharged for cause, such as theft, violence "
        "or repeated unsafe conduct."
    )
    d.p(
        "Please sign below and return one copy to the Valley Crest office or to the staff of "
        "Reclutadora Agrícola Pacífico Norte in Culiacán."
    )
    d.p("Sincerely,")
    d.gap(14)
    d.p("Rosa Elena Ibarra\nOffice Manager, Valley Crest Farm Labor Contracting, Inc.")
    d.signatures(["Worker's signature", "Printed name", "Date"])
    lab = label(
        "g02.pdf",
        "en",
        2,
        [
            fee("recruitment_fee", 2, G02_PROC, 375.0, "USD"),
            fee("housing_charge", 2, G02_RENT, 60.0, "USD"),
            fee("meal_charge", 2, G02_MEAL, 19.5, "USD"),
        ],
        ["earnings_statements", "three_fourths_guarantee", "contract_impossibility"],
        ["Reclutadora Agrícola Pacífico Norte"],
        [
            "employer pays consular visa fee",
            "crew bus at no charge",
            "tools at no cost",
            "inbound fare reimbursed at half contract",
            "meal charge is above the $17.00 H-2A cap (finding), not within it",
        ],
        "offer_letter",
        "letter with colored letterhead; bulleted terms; deductions list as bullets on page 2; signature lines",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g03: Spanish work contract, blueberries, Georgia
# ---------------------------------------------------------------------------
G03_WITHHOLD = "Se retendrá el 10 % de cada pago semanal, que se entregará a EL TRABAJADOR al terminar la temporada si cumple el contrato completo."
G03_PASSPORT = "EL PATRÓN guardará el pasaporte y la visa de EL TRABAJADOR en la oficina de la finca durante toda la temporada, y se los devolverá el día de su regreso."
G03_PENALTY = "Si EL TRABAJADOR abandona el trabajo antes del 30 de junio de 2025, pagará a EL PATRÓN una penalización de 500 dólares."


def g03():
    d = Doc(
        family="serif",
        size=10,
        footer_text="Contrato individual de trabajo temporal H-2A - Altamaha Blueberry Farms, Inc.",
    )
    d.add_page()
    d.ctitle("CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)", size=13)
    d.p(
        "Temporada de cosecha de arándano 2025. Este contrato se celebra entre las partes que se "
        "indican en la cláusula primera y se sujeta a las siguientes",
        align="C",
    )
    d.ctitle("CLÁUSULAS", size=11)
    d.clause(
        "PRIMERA.",
        "Partes",
        "EL PATRÓN: Altamaha Blueberry Farms, Inc., con domicilio en 2215 Baxley Highway, Alma, "
        "Georgia 31510, Estados Unidos de América. EL TRABAJADOR: la persona cuyo nombre y firma "
        "aparecen al final de este contrato.",
    )
    d.clause(
        "SEGUNDA.",
        "Puesto y labores",
        "Trabajador agrícola de arándano. Cosecha manual del arándano en cubetas; la fruta se deposita "
        "en las cajas de campo al final de cada surco. También deshierbe, poda ligera y carga de cajas "
        "en el remolque.",
    )
    d.clause(
        "TERCERA.",
        "Lugar de trabajo",
        "Los campos de EL PATRÓN en el condado de Bacon, Georgia: Finca Norte, en Rocky Ford Road, y "
        "Finca Sur, en Gillis Springs Road, ambas en Alma, GA 31510.",
    )
    d.clause(
        "CUARTA.",
        "Duración",
        "El contrato tiene vigencia del 1 de abril de 2025 al 30 de junio de 2025.",
    )
    d.clause(
        "QUINTA.",
        "Jornada",
        "Se ofrecen como mínimo 35 horas por semana, de lunes a sábado, de 7:00 a 15:00 horas, con "
        "30 minutos para comer. El horario puede cambiar por lluvia o calor extremo.",
    )
    d.clause(
        "SEXTA.",
        "Salario",
        "EL TRABAJADOR recibirá $14.83 dólares por hora o $0.55 dólares por libra cosechada, lo que "
        "resulte mayor en cada periodo de pago. EL PATRÓN pagará siempre el salario más alto entre la "
        "tasa AEWR, el salario prevaleciente y el salario mínimo federal o estatal vigente.",
    )
    d.clause(
        "SÉPTIMA.",
        "Forma de pago",
        ["El salario se paga cada semana, los viernes, con cheque.", G03_WITHHOLD],
    )
    d.add_page()
    d.clause(
        "OCTAVA.",
        "Descuentos",
        "Solo se descontarán los impuestos federales y estatales que exija la ley y las cantidades "
        "que EL TRABAJADOR autorice por escrito en su propio beneficio.",
    )
    d.clause(
        "NOVENA.",
        "Garantía de tres cuartas partes",
        "EL PATRÓN garantiza a EL TRABAJADOR empleo por lo menos durante tres cuartas partes de los "
        "días laborables del periodo del contrato. Si ofrece menos, pagará la diferencia.",
    )
    d.clause(
        "DÉCIMA.",
        "Vivienda y alimentos",
        "EL PATRÓN proporciona vivienda gratuita en su campamento de 2230 Baxley Highway, Alma, GA, "
        "con cocina equipada, también gratuita, para que los trabajadores preparen sus propios "
        "alimentos.",
    )
    d.clause(
        "UNDÉCIMA.",
        "Transporte",
        [
            "EL PATRÓN reembolsa el transporte de Monterrey, N.L., a Alma, GA, y los viáticos del "
            "viaje cuando EL TRABAJADOR cumple el 50 % del contrato, o antes si es necesario para "
            "cumplir con el salario mínimo en la primera semana.",
            "Al terminar el contrato, EL PATRÓN paga el viaje de regreso a Monterrey y los viáticos.",
            "El transporte diario del campamento a los campos y de regreso es gratuito.",
        ],
    )
    d.clause(
        "DUODÉCIMA.",
        "Herramientas",
        "EL PATRÓN proporciona sin costo las cubetas, los cinturones cosechadores y los guantes. No se "
        "cobra depósito por ellos.",
    )
    d.clause("DECIMOTERCERA.", "Documentos personales", G03_PASSPORT)
    d.clause(
        "DECIMOCUARTA.",
        "Abandono y terminación",
        [
            "Se considera abandono del trabajo faltar cinco días laborables seguidos sin permiso de "
            "EL PATRÓN. EL PATRÓN puede despedir a EL TRABAJADOR por causa justificada, como robo, "
            "violencia o presentarse ebrio al trabajo.",
            G03_PENALTY,
        ],
    )
    d.clause(
        "DECIMOQUINTA.",
        "Fuerza mayor",
        "Si un incendio, una helada, un huracán u otra causa de fuerza mayor impide terminar el "
        "contrato, EL PATRÓN pagará la garantía de tres cuartas partes hasta esa fecha y el viaje de "
        "regreso.",
    )
    d.clause(
        "DECIMOSEXTA.",
        "Cuotas",
        "Ni EL PATRÓN ni ningún agente cobrará a EL TRABAJADOR cuota alguna por ser contratado. EL "
        "PATRÓN paga la visa y los derechos consulares.",
    )
    d.p("Leído el presente contrato, las partes lo firman en Alma, Georgia.")
    d.grid(
        [
            ["EL PATRÓN", "EL TRABAJADOR"],
            [
                "Altamaha Blueberry Farms, Inc.\nNombre: Wade T. Carraway\nFirma:\n\n",
                "Nombre:\n\nFirma:\n\n",
            ],
        ],
        [252, 252],
        after=4,
    )
    lab = label(
        "g03.pdf",
        "es",
        2,
        [
            fee("wage_withholding", 1, G03_WITHHOLD),
            fee("document_retention", 2, G03_PASSPORT),
            fee("breach_penalty", 2, G03_PENALTY, 500.0, "USD"),
        ],
        ["earnings_statements", "workers_compensation", "job_requirements"],
        [],
        [
            "'la fruta se deposita en las cajas de campo' is a job duty",
            "vivienda gratuita; cocina gratuita",
            "herramientas sin costo, sin depósito",
            "no se cobra cuota por ser contratado (negated recruitment fee)",
            "EL PATRÓN paga la visa",
            "inbound reimbursed at 50 %",
        ],
        "work_contract",
        "legal-style Spanish contract; numbered CLÁUSULAS in serif font; gridded signature table",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g04: job order with 'Paid by' fee schedule, sweet potatoes, North Carolina
# ---------------------------------------------------------------------------
G04_VISA = ["Consular visa fee (MRV)", "USD 190.00", "Worker"]
G04_PASSPORT = ["Passport issuance", "MXN 1,730.00", "Worker"]
G04_MED = ["Pre-employment medical exam and TB test", "USD 85.00", "Worker"]
G04_GEAR = ["Work gloves, knee pads and bucket harness", "USD 35.00", "Worker"]


def g04():
    d = Doc(
        family="sans",
        size=9.5,
        footer_text="Tar River Sweet Potatoes, LLC - H-2A Job Order 2025",
        accent=(150, 70, 20),
    )
    d.add_page()
    d.band("H-2A JOB ORDER - SWEET POTATO SEASON 2025", "Tar River Sweet Potatoes, LLC")
    d.grid(
        [
            ["Item", "Detail"],
            [
                "Employer",
                "Tar River Sweet Potatoes, LLC, 1650 Old Stantonsburg Road, Wilson, NC 27893",
            ],
            [
                "Job title / duties",
                "Farmworker, crop: transplanting sweet potato slips, hand-harvesting sweet potatoes "
                "into buckets, hoeing, and grading on the packing line",
            ],
            ["Period", "May 5, 2025 to November 14, 2025"],
            [
                "Worksites",
                "Home Farm, 1650 Old Stantonsburg Road, Wilson, NC; Bailey Farm, 7720 Winters Road, "
                "Bailey, NC 27807",
            ],
            ["Hours", "40 hours per week, Monday to Saturday, 7:00 a.m. to 4:30 p.m."],
            [
                "Wage",
                "$16.16 per hour; during harvest $0.65 per 5-gallon bucket, with pay raised to "
                "$16.16 per hour worked if bucket earnings are lower",
            ],
            ["Payday", "Weekly, every Thursday"],
            [
                "Requirements",
                "No experience required; able to lift 50 lbs and to stoop for long periods",
            ],
        ],
        [110, 394],
        bold_first_col=True,
    )
    d.head("Guarantee and pay records")
    d.p(
        "Tar River guarantees each worker employment for hours equal to at least three-fourths of "
        "the workdays in the contract period. If the guarantee is not met, the worker is paid the "
        "amount he would have earned for the guaranteed hours."
    )
    d.p(
        "Every payday the worker receives a statement of hours offered, hours worked, buckets "
        "harvested, hourly and piece rates, gross and net pay, and every deduction."
    )
    d.head("Deductions")
    d.p(
        'Tar River deducts federal and state taxes required by law, the charges marked "Worker" in '
        "the Fee Schedule that the worker has not paid in advance, and voluntary deductions that the "
        "worker authorizes in writing."
    )
    d.head("Recruitment")
    d.p(
        "Workers are recruited in Mexico by Global Harvest Staffing, Inc. (Raleigh, NC) and its "
        "associate office, Servicios Migratorios Laguna, in Torreón, Coahuila. Their service fee is "
        "paid by Tar River."
    )

    d.add_page()
    d.head("Housing, transportation and other benefits")
    d.bullets(
        [
            "Housing: free housing at the Tar River labor camp, 1710 Old Stantonsburg Road, Wilson, "
            "NC, inspected by the N.C. Department of Labor. Bedding is supplied.",
            "Inbound travel: the bus from Monterrey to Wilson and daily subsistence on the way are "
            "reimbursed after 50 percent of the contract period, or in the first week when needed "
            "to keep pay at the minimum wage.",
            "Return travel: paid by Tar River for workers who complete the contract.",
            "Daily transportation: free van transportation between the camp and Bailey Farm.",
            "Tools: hoes, buckets and grading tables are provided at no cost; personal items are "
            "listed in the Fee Schedule.",
            "Workers' compensation: covered by a policy with the N.C. Farm Bureau Insurance group.",
        ]
    )
    d.head("FEE SCHEDULE")
    d.p(
        "The table shows who pays each cost of coming to work for Tar River. Amounts marked "
        '"Worker" are the worker\'s own expense and are not reimbursed.',
        size=9,
    )
    d.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["H-2A petition and labor certification fees", "USD 1,010.00", "Employer"],
            ["Recruiter service fee (Global Harvest Staffing)", "USD 650.00", "Employer"],
            G04_VISA,
            G04_PASSPORT,
            ["Bus, Monterrey to Wilson, NC", "USD 185.00", "Employer"],
            G04_MED,
            G04_GEAR,
            ["Housing, utilities and bedding", "USD 0.00", "Employer"],
            ["Daily transportation to the fields", "USD 0.00", "Employer"],
        ],
        [290, 110, 104],
        size=9,
    )

    d.add_page()
    d.head("Termination")
    d.p(
        "A worker who is absent for 5 consecutive workdays without permission has abandoned the "
        "job. Workers may be terminated for cause, including fighting, theft or refusing to follow "
        "safety rules. A worker who abandons the job or is terminated for cause loses the "
        "three-fourths guarantee and return transportation."
    )
    d.head("Acts of God")
    d.p(
        "If a hurricane, flood, drought or other Act of God makes it impossible to finish the "
        "contract, Tar River will pay the guarantee to the termination date, provide return "
        "transportation, and help workers find other jobs."
    )
    d.head("Workers' rights")
    d.p(
        "Tar River does not hold workers' passports, and no worker will be penalized for talking to "
        "the Department of Labor, a lawyer or a farmworker organization."
    )
    d.signatures(["Employer representative", "Worker", "Date"])
    visa = " ".join(G04_VISA)
    lab = label(
        "g04.pdf",
        "en",
        3,
        [
            fee("visa_cost", 2, visa, 190.0, "USD"),
            fee("visa_cost", 2, " ".join(G04_PASSPORT), 1730.0, "MXN", severity="review"),
            fee("medical_cost", 2, " ".join(G04_MED), 85.0, "USD"),
            fee("equipment_charge", 2, " ".join(G04_GEAR), 35.0, "USD"),
        ],
        ["wage_adjustment", "meals"],
        ["Global Harvest Staffing, Inc.", "Servicios Migratorios Laguna"],
        [
            "fee schedule rows paid by Employer (petition, recruiter fee, bus, housing, daily transport)",
            "recruiter service fee paid by employer",
            "USD 0.00 housing row",
            "employer does not hold passports",
            "no penalty for talking to DOL (negated blacklisting)",
            "passport row is review only (passport fees alone under h2a)",
        ],
        "job_order",
        "colored band; gridded summary table; fee schedule gridded table with 'Paid by' column; footer on every page",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g05: compliant work contract, tobacco/hay, Kentucky - two-column page 2
# ---------------------------------------------------------------------------
def g05():
    d = Doc(
        family="cond",
        size=10,
        header_text="Bluegrass Leaf & Cattle Co.  -  Seasonal Work Contract (H-2A)  -  2025",
        footer_text="Keep this contract. You have the right to a copy in Spanish.",
        accent=(40, 70, 110),
    )
    d.add_page()
    d.ctitle("SEASONAL WORK CONTRACT - H-2A AGRICULTURAL WORKERS", size=14)
    d.grid(
        [
            ["Employer", "Bluegrass Leaf & Cattle Co., 903 Sugar Tree Road, Shelbyville, KY 40065"],
            ["Worker", "Name: ______________________   Date of birth: ____________"],
            ["Contract period", "June 2, 2025 through December 12, 2025"],
        ],
        [120, 384],
        header=False,
        bold_first_col=True,
    )
    d.head("1. The job")
    d.p(
        "Tobacco and hay farmworker. You will set tobacco plants, hoe and top tobacco, cut and spear "
        "stalks, hang tobacco in the barns, strip and bale cured leaf, bale and stack hay, and feed "
        "and water cattle when assigned. Coffee is provided free in the stripping room."
    )
    d.head("2. Where you will work")
    d.p(
        "On the employer's farms in Shelby County, Kentucky: Home Farm, 903 Sugar Tree Road, "
        "Shelbyville, KY 40065, and Bagdad Farm, 2610 Bagdad Road, Bagdad, KY 40003."
    )
    d.head("3. Hours")
    d.p(
        "The employer offers 40 hours per week, Monday to Friday 7:00 a.m. to 4:00 p.m. with one "
        "hour for lunch, and Saturday work from 7:00 a.m. to noon when the harvest requires it."
    )
    d.head("4. Pay")
    d.p(
        "You will earn $15.92 per hour. You will be paid every week, on Friday. The employer will "
        "always pay at least the highest of the Adverse Effect Wage Rate, the prevailing wage rate, "
        "or the federal or Kentucky minimum wage, and will raise your pay if a higher rate takes "
        "effect during the contract."
    )
    d.head("5. Who we are looking for")
    d.p(
        "Workers with at least two months of experience in tobacco or hay work who can lift 75 "
        "pounds (a bale of hay) and work in barns at heights of up to 20 feet."
    )
    d.head("6. Fees")
    d.p(
        "Workers will not be asked to pay for anything to get or keep this job. The employer pays "
        "all visa fees and the H-2A petition fees."
    )

    d.add_page()
    d.ctitle("YOUR RIGHTS AND OUR PROMISES", size=12)
    left = [
        (
            "Housing",
            [
                "Free housing at the farm bunkhouse, 911 Sugar Tree Road, Shelbyville, KY. It meets "
                "federal and state standards. No rent, utilities or deposit for keys or bedding."
            ],
        ),
        (
            "Meals",
            [
                "The bunkhouse has a free kitchen with stoves, refrigerators, pots and pans so you "
                "can cook your own food."
            ],
        ),
        (
            "Travel to the job",
            [
                "When you finish half of the contract, the employer repays your bus ticket from "
                "your home town to Shelbyville and your meals on the way (at least $16.36 a day). "
                "If your first week's pay minus these costs is below minimum wage, the employer "
                "pays you the difference that week."
            ],
        ),
        (
            "Going home",
            [
                "If you finish the contract, the employer pays your bus ticket and meals back to "
                "the place where you were recruited."
            ],
        ),
        (
            "Going to the fields",
            ["Free transportation every day from the bunkhouse to the fields and back."],
        ),
    ]
    right = [
        (
            "Tools",
            [
                "Tobacco knives, spears, gloves and all other tools are provided free, with no "
                "deposit."
            ],
        ),
        (
            "If you get hurt",
            [
                "You are covered by workers' compensation insurance (Kentucky Employers' Mutual "
                "Insurance) from the first day."
            ],
        ),
        (
            "Three-fourths guarantee",
            [
                "We guarantee you work for at least three-fourths of the workdays of the contract "
                "period. If we offer less, we pay you the difference."
            ],
        ),
        (
            "Your pay stub",
            [
                "Each payday you receive a pay stub with hours offered, hours worked, rate, total "
                "pay and each deduction."
            ],
        ),
        (
            "Deductions",
            [
                "Only deductions required by law (federal income tax if you ask for it, and "
                "Kentucky and Shelby County taxes) and any deduction you authorize in writing."
            ],
        ),
        (
            "Your papers",
            ["You keep your passport and visa. Nobody at the farm may take them."],
        ),
    ]
    d.columns(left, right, size=9.5)

    d.add_page()
    d.head("7. Leaving the job or dismissal")
    d.p(
        "If you miss 5 workdays in a row without telling the employer, the employer may treat it as "
        "job abandonment. You may be dismissed for cause, for example for violence, theft, or "
        "working under the influence of alcohol. In these cases you lose the three-fourths guarantee "
        "and the paid trip home. There is no fine or penalty for leaving the job early."
    )
    d.head("8. If the work becomes impossible")
    d.p(
        "If fire, a tornado, hail or another natural disaster destroys the crop before the end date, "
        "the employer may end the contract with Department of Labor approval. You will be paid for "
        "three-fourths of the workdays up to that date and your trip home."
    )
    d.head("9. Complaints")
    d.p(
        "You may complain to the U.S. Department of Labor or to a legal aid office at any time. You "
        "will not lose your job or future jobs for doing so."
    )
    d.signatures(["Employer: Bluegrass Leaf & Cattle Co.", "Worker", "Date"])
    lab = label(
        "g05.pdf",
        "en",
        3,
        [],
        [],
        [],
        [
            "'feed and water cattle' is a job duty; free coffee",
            "'Workers will not be asked to pay for anything' (negated fee)",
            "employer pays all visa and petition fees",
            "free housing, no rent/utilities/deposit",
            "free kitchen",
            "inbound repaid at half contract, return and daily transport free",
            "tools free, no deposit",
            "deductions required by law only",
            "worker keeps passport",
            "no fine or penalty for leaving early (negated breach penalty)",
            "no retaliation for complaints",
        ],
        "work_contract",
        "condensed font; parties table; page 2 in two columns with a rule between them; running header and footer",
    )
    return d, lab


# ---------------------------------------------------------------------------
# g06: scanned FLC notice, tomatoes, Florida
# ---------------------------------------------------------------------------
G06_FEE = "No worker is exempt from the $300 processing fee, which must be paid to J. Ramirez Labor Services before the consular appointment."
G06_BUS = "The bus ticket from Celaya to Immokalee (approximately $120) is the responsibility of each worker and is not refunded."
G06_DEP = "Each worker leaves a $40 deposit for the rain gear and the harvest vest, returned at the end of the season."


def g06():
    d = Doc(family="sans", size=10.5, footer_text="Los Altos Harvesting LLC")
    d.add_page()
    d.setf("B", 16)
    d.cell(0, 22, "LOS ALTOS HARVESTING LLC", align="C", new_x="LMARGIN", new_y="NEXT")
    d.setf("", 9)
    d.cell(
        0,
        12,
        "Registered H-2A Farm Labor Contractor  -  415 W. Main Street, Immokalee, FL 34142",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.rule(after=10)
    d.ctitle("NOTICE TO SELECTED WORKERS - 2025/2026 TOMATO SEASON", size=12.5)
    d.p(
        "You have been selected for the Los Altos Harvesting tomato crews. Please read this notice "
        "carefully and bring it to your interview with J. Ramirez Labor Services in Celaya, "
        "Guanajuato."
    )
    d.labelled("Employer:", "Los Altos Harvesting LLC, 415 W. Main Street, Immokalee, FL 34142.")
    d.labelled(
        "Work:",
        "Hand-harvesting tomatoes into buckets, carrying full buckets to the truck, staking and "
        "tying tomato plants.",
    )
    d.labelled(
        "Where:",
        "Growers' farms in Collier and Hendry Counties, Florida, including the Lake Trafford Road "
        "farm in Immokalee and the Sears Road farm in LaBelle.",
    )
    d.labelled("Dates:", "October 6, 2025 to May 22, 2026.")
    d.labelled("Hours:", "About 7 hours a day, Monday through Saturday (42 hours a week).")
    d.labelled(
        "Pay:",
        "$14.53 per hour, or 70 cents per 32-pound bucket if that pays more. Paid weekly, every "
        "Friday.",
    )
    d.labelled(
        "Deductions:",
        "Federal income tax only if you ask for it in writing; no other deductions are taken from "
        "your check.",
    )
    d.labelled(
        "Experience:",
        "At least one season of vegetable harvesting. You must be able to carry a full bucket "
        "(32 pounds) at a fast pace.",
    )
    d.gap(4)
    d.head("What you must pay before you travel")
    d.p(G06_FEE)
    d.p(G06_BUS)

    d.add_page()
    d.head("Housing and food")
    d.p(
        "Free housing is provided in the company trailers at 1220 Boxwood Drive, Immokalee, FL, "
        "with a free shared kitchen where you can cook your own food."
    )
    d.head("Equipment")
    d.p(
        "Los Altos provides picking buckets and clippers free of charge. " + G06_DEP,
    )
    d.head("Going home")
    d.p(
        "When the season ends, Los Altos pays the bus back to Celaya for workers who completed the "
        "contract."
    )
    d.head("Insurance")
    d.p(
        "Workers are covered by workers' compensation insurance through FFVA Mutual from the first "
        "day of work."
    )
    d.head("Rules")
    d.p(
        "Workers who miss five days of work in a row without permission will be considered to have "
        "abandoned the job. Fighting, theft or drinking on the job are causes for dismissal."
    )
    d.gap(10)
    d.p("Questions: call the Los Altos office at (239) 555-0163 or J. Ramirez Labor Services.")
    d.signatures(["Received by (worker)", "Date"])
    lab = label(
        "g06.pdf",
        "en",
        2,
        [
            fee("recruitment_fee", 1, G06_FEE, 300.0, "USD"),
            fee("travel_cost", 1, G06_BUS, 120.0, "USD"),
            fee("equipment_charge", 2, G06_DEP, 40.0, "USD"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "inbound_transportation",
            "daily_transportation",
            "contract_impossibility",
        ],
        ["J. Ramirez Labor Services"],
        [
            "'No worker is exempt from the $300 processing fee' is a finding despite 'No'",
            "'no other deductions' (only income tax on request)",
            "free housing and free kitchen",
            "return bus paid by employer",
            "refundable equipment deposit is still an equipment charge",
        ],
        "job_notice",
        "SCANNED image-only; centered letterhead; run-in bold labels; headings; footer",
        scanned=True,
    )
    return d, lab
