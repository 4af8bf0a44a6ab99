"""Documents q07-q12."""

from qlib import Doc


def q07():
    d = Doc(
        "q07.pdf",
        "generic",
        "en",
        "receipt",
        "A5-like half page receipt with gridded line-item table, amount in words; page 2 typed summary sheet; SCANNED image-only",
        recruiters=["Tala Bayani Placement Services Corp."],
        missing=["pay_frequency", "deductions", "return_transportation", "termination"],
        traps=[
            "visa, Qatar ID and medical exam 'for the account of the Principal'",
            "total line repeats the amount (not a separate finding)",
            "amount in words covers both line items",
        ],
        scanned=True,
        fmt="A4",
        font="serif",
        size=9.5,
    )
    d.title("TALA BAYANI PLACEMENT SERVICES CORP.", size=12)
    d.p(
        "Unit 5B, Kalayaan Arcade, 1560 Taft Avenue, Malate, Manila  -  Tel. (02) 8521-7740",
        size=8.5,
        align="C",
    )
    d.rule()
    d.title("ACKNOWLEDGEMENT RECEIPT   No. 004417", size=11)
    d.p("Date: 21 October 2025", align="R")
    d.p(
        "RECEIVED from JOMAR C. DIZON of Brgy. Poblacion, Tarlac City, the sum of THIRTY-SIX THOUSAND FIVE "
        "HUNDRED PESOS ONLY (PHP 36,500.00) in cash, in payment of the following:"
    )
    d.table(
        [
            ["Particulars", "Amount (PHP)"],
            ["Placement fee equivalent to one (1) month salary", "22,000.00"],
            ["Airfare Manila-Doha (one way)", "14,500.00"],
            ["Visa, Qatar ID and medical exam - for the account of the Principal", "0.00"],
            ["TOTAL", "36,500.00"],
        ],
        widths=[130, 44],
    )
    d.fee(
        "recruitment_fee",
        22000,
        "PHP",
        "Placement fee equivalent to one (1) month salary 22,000.00",
    )
    d.fee("travel_cost", 14500, "PHP", "Airfare Manila-Doha (one way) 14,500.00")
    d.p(
        "Principal: Al Noor Hospitality W.L.L., Building 21, Street 830, Al Corniche, West Bay, Doha, Qatar"
    )
    d.p("Position applied for: Restaurant Waiter (table service, banquet set-up and clearing)")
    d.signatures(["Received by: Cashier", "Paid by: Jomar C. Dizon"])
    d.p("NOT VALID WITHOUT DRY SEAL", size=7, align="C")
    d.new_page()
    d.title("SUMMARY OF OFFER AS EXPLAINED TO THE APPLICANT", size=11)
    d.p("Applicant: Jomar C. Dizon   |   Reference: TB-QA-2025-118")
    d.bullets(
        [
            "Jobsite: Al Noor Grand Hotel, West Bay, Doha, Qatar.",
            "Contract period: two (2) years, from 1 April 2026 to 31 March 2028.",
            "Basic salary: QAR 1,800.00 per month plus food allowance.",
            "Working hours: 8 hours a day, 6 days a week, one rest day.",
            "Accommodation and transport to the hotel: provided by the Principal free of charge.",
        ]
    )
    d.p(
        d.fee(
            "breach_penalty",
            None,
            None,
            "If the applicant backs out after the visa is issued, all fees paid to the Agency are forfeited.",
        )
    )
    d.p(
        "The applicant declares that the above was explained to him in Filipino and that he understood it.",
        size=8.5,
    )
    d.signatures(["Applicant", "Placement Officer"])
    return d


def q08():
    d = Doc(
        "q08.pdf",
        "h2b",
        "en",
        "work_contract",
        "Letter; header and footer repeated on each page; numbered clauses; small-print footnote with a cost",
        recruiters=["Servicios Laborales Copán, S. de R.L."],
        missing=["three_fourths_guarantee", "tools_provided", "earnings_statements"],
        traps=[
            "visa, visa appointment and border crossing fees reimbursed in first workweek",
            "inbound travel and subsistence reimbursed",
            "'pick' and 'pack' crab meat are job duties",
            "deductions clause 10 restates the housing charge of clause 9 (same finding, not a second one)",
        ],
        size=9.2,
        header="BLUE HERON SEAFOOD CO., LLC  -  Seasonal Worker Agreement 2026  -  H-2B",
        footer="Worker initials ______   Employer initials ______",
        page_numbers=True,
    )
    d.title("SEASONAL WORKER AGREEMENT", size=13)
    d.p(
        'Between Blue Heron Seafood Co., LLC, 114 Dock Road, Hoopers Island, Maryland 21634 (the "Company"), '
        "and the worker named on the last page, recruited in Honduras by Servicios Laborales Copán, S. de R.L., "
        'Santa Rosa de Copán (the "Agency").'
    )
    d.clause(
        "1.",
        "Position: Crab Meat Picker. Duties: cook, pick and pack blue crab meat, wash trays and "
        "keep the picking room clean, following the plant's sanitation rules.",
    )
    d.clause(
        "2.",
        "Worksite: Blue Heron picking house, 114 Dock Road, Hoopers Island, Dorchester County, Maryland.",
    )
    d.clause("3.", "Period of employment: April 6, 2026 through November 20, 2026.")
    d.clause(
        "4.",
        "Hours: 40 hours per week, Monday through Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute "
        "unpaid lunch.",
    )
    d.clause(
        "5.",
        "Wage: $16.22 per hour. The Company pays the highest of the prevailing wage and the federal, "
        "Maryland or local minimum wage, and will raise the rate if a higher prevailing wage is published "
        "during the season.",
    )
    d.clause("6.", "Overtime: hours over 40 in a workweek are paid at 1.5 times the hourly rate.")
    d.clause("7.", "Pay: weekly, every Friday, by check or direct deposit.")
    d.clause(
        "8.",
        "Requirements: no experience needed; workers must pass a two-day trial on the picking line "
        "and be able to stand for the whole shift.",
    )
    d.new_page()
    d.clause(
        "9.",
        d.fee(
            "housing_charge",
            60,
            "USD",
            "Housing is provided in company trailers at $60.00 per week, deducted from each paycheck.",
        ),
    )
    d.clause(
        "10.",
        "Deductions: FICA, federal and Maryland income tax, and the housing charge in clause 9.",
    )
    d.clause(
        "11.",
        d.fee(
            "wage_withholding",
            1.5,
            "USD",
            "The Company will hold back $1.50 of every hour worked and pay the total only to workers who stay "
            "until the plant closes for the season.",
        ),
    )
    d.clause(
        "12.",
        "Travel: the Company reimburses in the first workweek the bus and airfare from Santa Rosa de "
        "Copán to Hoopers Island and meals on the way, together with the visa, visa appointment and "
        "border crossing fees.",
    )
    d.clause(
        "13.",
        "Return: a worker who completes the season, or is let go early other than for cause, gets "
        "return transportation and subsistence to Santa Rosa de Copán paid by the Company.",
    )
    d.clause("14.", "Crab knives, mesh gloves and aprons are required on the line.¹")
    d.clause(
        "15.",
        "A worker absent for 5 consecutive working days without notice is considered to have abandoned "
        "the job. A worker fired for cause loses return transportation.",
    )
    d.clause(
        "16.",
        "If a fire, hurricane, lack of crab caused by a state fishery closure, or another event beyond "
        "the Company's control makes the work impossible, the Company may end this agreement; it will pay "
        "return transportation and wages owed, and help workers find other H-2B employers.",
    )
    d.clause(
        "17.",
        d.fee(
            "blacklisting_threat",
            None,
            None,
            "Any worker who complains to the Department of Labor or to outside organizations will be placed on "
            "the Agency's do-not-recruit list for future seasons.",
        ),
    )
    d.rule()
    d.p(
        "¹ "
        + d.fee(
            "equipment_charge",
            25,
            "USD",
            "Crab knives, mesh gloves and aprons are issued against a $25.00 deposit, returned at the end of the "
            "season if the items are turned in.",
        ),
        size=7,
    )
    d.new_page()
    d.p("Worker: Olvin Josué Mejía Paz, Santa Rosa de Copán, Honduras")
    d.p("I have read this agreement in Spanish and English and received a copy.")
    d.signatures(["Olvin Josué Mejía Paz", "For Blue Heron Seafood Co., LLC"])
    return d


def q09():
    d = Doc(
        "q09.pdf",
        "generic",
        "en+es",
        "agency_service_agreement",
        "Letter; header band; bilingual English | Español side-by-side borderless table; signature table",
        recruiters=["Cooperación Laboral Quetzal, S.A."],
        missing=[],
        traps=[
            "agency fees paid entirely by the employer",
            "'Workers will not be asked to pay for anything' (negation)",
            "'deposit the harvested fruit in bins' is a job duty",
            "housing free of charge",
            "statutory deductions only (income tax, CPP, EI)",
            "worker keeps her passport",
            "resign without penalty (negated breach penalty)",
            "medical coverage arranged at no cost",
        ],
        size=8.8,
    )
    d.band(
        "Cooperación Laboral Quetzal, S.A.",
        "Registro MINTRAB No. AG-0442-2024  -  6a. Avenida 3-45, Zona 2, Chimaltenango, Guatemala",
        color=(40, 90, 140),
    )
    d.title(
        "SERVICE AGREEMENT FOR SEASONAL WORK IN CANADA\nCONVENIO DE SERVICIOS PARA TRABAJO TEMPORAL EN CANADÁ",
        size=11,
    )
    rows = [
        ["English", "Español"],
        [
            "1. Worker: Ana Lucía Chocoj Tuy, DPI 3021 55718 0401, of San Juan Comalapa, Chimaltenango.",
            "1. Trabajadora: Ana Lucía Chocoj Tuy, DPI 3021 55718 0401, de San Juan Comalapa, Chimaltenango.",
        ],
        [
            "2. Employer: Okanagan Ridge Orchards Ltd., 3120 Rose Valley Road, West Kelowna, British Columbia "
            "V1Z 3K9, Canada.",
            "2. Empleador: Okanagan Ridge Orchards Ltd., 3120 Rose Valley Road, West Kelowna, Columbia "
            "Británica V1Z 3K9, Canadá.",
        ],
        [
            "3. Job: orchard worker - picking cherries and apples, deposit the harvested fruit in bins, thinning "
            "and light pruning.",
            "3. Trabajo: trabajadora de huerto - cosechar cereza y manzana, depositar la fruta en los bines, "
            "raleo y poda ligera.",
        ],
        [
            "4. Place of work: the Employer's orchards on Rose Valley Road, West Kelowna, B.C.",
            "4. Lugar de trabajo: los huertos del Empleador en Rose Valley Road, West Kelowna, C.B.",
        ],
        [
            "5. Period: from 1 June 2026 to 31 October 2026.",
            "5. Periodo: del 1 de junio de 2026 al 31 de octubre de 2026.",
        ],
        [
            "6. Hours: 8 hours a day, Monday to Saturday (48 hours a week).",
            "6. Horario: 8 horas diarias, de lunes a sábado (48 horas semanales).",
        ],
        [
            "7. Wage: CAD 17.85 per hour, paid every two weeks by direct deposit.",
            "7. Salario: 17.85 dólares canadienses por hora, pagados cada dos semanas por depósito directo.",
        ],
        [
            "8. Deductions: only those required by Canadian law - income tax, Canada Pension Plan and "
            "Employment Insurance.",
            "8. Descuentos: solo los que exige la ley canadiense - impuesto sobre la renta, Plan de Pensiones "
            "de Canadá y Seguro de Empleo.",
        ],
    ]
    d.table(rows, widths=[87, 87], grid=False, head=True)
    d.new_page()
    rows = [
        [
            "9. The Agency's fees are paid entirely by the Employer. Workers will not be asked to pay for "
            "anything: not the work permit, the visa, the medical exam, the flights or the orientation.",
            "9. Los honorarios de la Agencia los paga totalmente el Empleador. No se pedirá a las trabajadoras "
            "pagar nada: ni el permiso de trabajo, ni la visa, ni el examen médico, ni los vuelos, ni la "
            "orientación.",
        ],
        [
            "10. Housing on the orchard is provided free of charge, with a shared kitchen. Medical coverage is "
            "arranged by the Employer at no cost from the first day.",
            "10. La vivienda en el huerto es gratuita, con cocina compartida. El Empleador tramita la cobertura "
            "médica sin costo desde el primer día.",
        ],
        [
            "11. The Employer pays the return flight to Guatemala City at the end of the season, or when the "
            "contract ends early for any reason.",
            "11. El Empleador paga el vuelo de regreso a la Ciudad de Guatemala al terminar la temporada, o si "
            "el contrato termina antes por cualquier motivo.",
        ],
        [
            "12. Termination: the Employer may end the contract only for serious misconduct after a written "
            "warning; the Worker may resign with two weeks' notice, without any penalty.",
            "12. Terminación: el Empleador solo puede terminar el contrato por falta grave después de una "
            "advertencia escrita; la Trabajadora puede renunciar con dos semanas de aviso, sin ninguna "
            "penalización.",
        ],
        [
            "13. The Worker keeps her own passport and documents at all times.",
            "13. La Trabajadora guarda siempre su propio pasaporte y sus documentos.",
        ],
    ]
    d.table(rows, widths=[87, 87], grid=False, head=False)
    d.signatures(["Trabajadora / Worker", "Agencia / Agency", "Empleador / Employer"])
    return d


def q10():
    d = Doc(
        "q10.pdf",
        "h2b",
        "es",
        "recruiter_agreement",
        "Letter; typewriter-like mono headings; numbered clauses; gridded summary table; SCANNED image-only",
        recruiters=["Enlace Regio de Personal, S.C."],
        missing=["wage_adjustment", "inbound_transportation", "job_requirements"],
        traps=[
            "visa repaid in first week",
            "tools lent without cost",
            "return bus paid by employer",
            "deductions clause 5 restates the meal charge of clause 4 (same finding)",
            "payment made to a relative of the agency's fixer (third party) is still a recruitment fee",
        ],
        scanned=True,
        size=9.5,
        font="notoserif",
    )
    d.title("ENLACE REGIO DE PERSONAL, S.C.", size=12)
    d.p("Av. Constitución 1820 Pte., Col. Centro, Monterrey, N.L.", align="C", size=8.5)
    d.title("CARTA COMPROMISO - JARDINERÍA H-2B 2026", size=11)
    d.table(
        [
            ["Concepto", "Condición"],
            ["Patrón", "Lone Star Turf & Landscape LLC, 9801 Research Blvd., Austin, Texas 78759"],
            ["Puesto", "Trabajador de jardinería: cortar pasto, podar arbustos, plantar y regar"],
            ["Lugar", "Áreas residenciales y comerciales del condado de Travis, Texas"],
            ["Periodo", "Del 1 de marzo al 15 de diciembre de 2026"],
            ["Horario", "40 horas por semana, lunes a viernes de 7:00 a 15:30"],
            ["Salario", "US$16.57 por hora"],
            ["Horas extra", "1.5 veces la tarifa después de 40 horas semanales"],
            ["Pago", "Semanal, los viernes, con recibo de horas, ganancias y descuentos"],
        ],
        widths=[36, 138],
    )
    d.clause(
        "1.",
        d.fee(
            "travel_cost",
            None,
            None,
            "El pasaje de autobús de su comunidad a Monterrey y las dos noches de hotel durante el trámite "
            "consular corren por cuenta del trabajador.",
        ),
    )
    d.clause(
        "2.",
        d.fee(
            "recruitment_fee",
            3500,
            "MXN",
            "El pago de 3,500 pesos por el trámite se deposita en OXXO a la cuenta de Rogelio Garza, primo del "
            "gestor de la agencia.",
        ),
    )
    d.clause("3.", "El patrón reembolsa el costo de la visa en la primera semana de trabajo.")
    d.new_page()
    d.clause(
        "4.",
        d.fee(
            "meal_charge",
            10,
            "USD",
            "Comida del mediodía en el comedor de la empresa: $10 dólares diarios, descontados del cheque semanal.",
        ),
    )
    d.clause(
        "5.", "Descuentos: Seguro Social (FICA), impuesto federal y la comida de la cláusula 4."
    )
    d.clause(
        "6.",
        "El patrón presta sin costo las podadoras, desbrozadoras, sopladoras y demás herramientas.",
    )
    d.clause(
        "7.",
        d.fee(
            "damage_chargeback",
            None,
            None,
            "Si el trabajador daña una podadora o una desbrozadora por descuido, el costo de la reparación se "
            "le descontará de su salario.",
        ),
    )
    d.clause(
        "8.",
        "El patrón garantiza trabajo por lo menos tres cuartas partes de los días de cada periodo de "
        "12 semanas.",
    )
    d.clause(
        "9.",
        "Al terminar la temporada, o si lo despiden antes sin causa, el patrón paga el autobús de "
        "regreso a Monterrey.",
    )
    d.clause(
        "10.",
        "Quien falte 5 días hábiles seguidos sin avisar se considera que abandonó el trabajo y "
        "pierde el pago del regreso.",
    )
    d.clause(
        "11.",
        "Si un huracán, una inundación u otra causa de fuerza mayor hace imposible el trabajo, el "
        "patrón pagará la garantía de 3/4 hasta esa fecha y el regreso a Monterrey.",
    )
    d.signatures(
        ["Nombre y firma del trabajador", "Enlace Regio de Personal, S.C."], fingerprint=True
    )
    return d


def q11():
    d = Doc(
        "q11.pdf",
        "generic",
        "en",
        "employment_contract",
        "A4; header band; gridded particulars table; two-column conditions section; footer on each page",
        recruiters=["Himal Fair Recruitment Pvt. Ltd."],
        missing=[],
        traps=[
            "'collect parking fees from visitors and deposit the cash with the cashier' is a job duty",
            "employer bears visa, Qatar ID, medical exams, air ticket and the agency service charge",
            "no worker is required to pay anything (negated recruitment fee)",
            "free accommodation with utilities; health insurance at no cost",
            "worker keeps passport; employer may not retain it",
            "change of employer allowed without penalty",
        ],
        fmt="A4",
        size=9,
        font="noto",
        footer="Contract ref. HFR/QA/2025/0318  -  one copy each to Worker, Employer, Agency",
        page_numbers=True,
    )
    d.band(
        "EMPLOYMENT CONTRACT",
        "Gulf Shield Security Services W.L.L.  -  recruited through Himal Fair Recruitment Pvt. Ltd., Kathmandu",
        color=(60, 60, 90),
    )
    d.table(
        [
            ["Particular", "Detail"],
            [
                "Employer",
                "Gulf Shield Security Services W.L.L., Office 14, Al Sadd Street, Doha, Qatar",
            ],
            ["Worker", "Ram Kumar Shrestha, Passport No. PA 1296605, of Sindhuli, Nepal"],
            ["Position", "Security Guard"],
            ["Workplace", "Lusail Marina Towers, Lusail, Qatar"],
            ["Contract period", "15 January 2026 to 14 January 2028"],
            ["Working hours", "8 hours a day, 6 days a week; Friday is the weekly rest day"],
            ["Basic wage", "QAR 1,400 per month, plus QAR 300 food allowance per month"],
            [
                "Payment",
                "Monthly, by bank transfer (WPS), no later than the 7th of the following month",
            ],
        ],
        widths=[40, 134],
    )
    d.h("Duties")
    d.p(
        "Patrol the towers and car park, control access at the main gate, keep the visitor log, collect "
        "parking fees from visitors and deposit the cash with the cashier at the end of each shift, and report "
        "incidents to the shift supervisor."
    )
    d.new_page()
    d.columns(
        [
            ("B", "Costs"),
            (
                "",
                "The Employer bears the visa, the Qatar ID, the medical examinations in Nepal and in Qatar, the "
                "air ticket to Doha and the service charge payable to the Agency.",
            ),
            (
                "",
                "No worker is required to pay anything to the Agency or the Employer to get this job.",
            ),
            (
                "",
                "Accommodation with electricity and water is provided free of charge. Health insurance is "
                "provided by the Employer at no cost.",
            ),
            ("B", "Deductions"),
            (
                "",
                "No deductions from wages except the daily rate for days of unauthorised absence, as permitted "
                "by the Qatar Labour Law.",
            ),
        ],
        [
            ("B", "Documents and freedom"),
            ("", "The Worker keeps his passport and Qatar ID. The Employer may not retain them."),
            (
                "",
                "The Worker may change employer in accordance with Qatari law, without paying any penalty.",
            ),
            ("B", "End of contract"),
            (
                "",
                "Either party may end this contract with one month's written notice. The Employer may dismiss "
                "the Worker without notice only for the grounds listed in Article 61 of the Labour Law.",
            ),
            (
                "",
                "At the end of the contract, or on termination by either party, the Employer pays the Worker's "
                "return air ticket to Kathmandu.",
            ),
        ],
    )
    d.signatures(["Worker", "Employer", "Agency"])
    return d


def q12():
    d = Doc(
        "q12.pdf",
        "generic",
        "en",
        "employment_contract",
        "A4; header and footer on each page; numbered Articles; dense small font; one sentence with two cost categories",
        recruiters=["PT Samudra Bahari Manning"],
        missing=["hours_of_work"],
        traps=[
            "return flight paid by the Owner",
            "food on board free",
            "'No crew member is exempt from the administration fee' is a finding (double negative)",
            "work clothes issued free",
            "Article 8 deductions line restates the Article 6 withholding (same finding)",
        ],
        fmt="A4",
        size=8.8,
        header="PERJANJIAN KERJA LAUT / SEA EMPLOYMENT AGREEMENT  -  PT Samudra Bahari Manning, Jl. Kol. Sugiono 41, Tegal",
        footer="SBM-PKL-2025/0931",
        page_numbers=True,
    )
    d.title("SEA EMPLOYMENT AGREEMENT FOR FISHING VESSEL CREW", size=12)
    d.p(
        "This Agreement is made on 10 December 2025 between Fu Sheng Fishery Co., Ltd., No. 3, Yugang 2nd "
        'Road, Qianzhen District, Kaohsiung, Taiwan (the "Owner"), represented by its manning agent PT '
        'Samudra Bahari Manning (the "Agency"), and the crew member named below (the "Crew").'
    )
    d.clause(
        "Article 1.",
        "Crew: Ahmad Fauzi bin Sukardi, born in Brebes on 17 May 1999, seaman's book No. F 337812.",
        indent=21,
    )
    d.clause(
        "Article 2.",
        "Position: Deck Hand - setting and hauling longlines, handling, gutting and freezing the "
        "catch, cleaning the deck and fish holds.",
        indent=21,
    )
    d.clause(
        "Article 3.",
        "Place of work: on board FV Fu Sheng No. 168 (Taiwan flag) in the Western and Central "
        "Pacific fishing grounds and the ports it calls at.",
        indent=21,
    )
    d.clause("Article 4.", "Period: from 1 March 2026 to 28 February 2028.", indent=21)
    d.clause(
        "Article 5.",
        "Wage: USD 550 per month, calculated monthly from the date of boarding.",
        indent=21,
    )
    d.clause(
        "Article 6.",
        d.fee(
            "wage_withholding",
            400,
            "USD",
            "USD 150 of the monthly wage is paid to the Crew on board; the balance of USD 400 per month is kept "
            "by the Agency and paid out only when the Crew returns home after completing the contract.",
        ),
        indent=21,
    )
    d.clause("Article 7.", "Payment: monthly, on the last day of each month.", indent=21)
    d.clause(
        "Article 8.",
        "Deductions from wages: the amount kept under Article 6 and nothing else.",
        indent=21,
    )
    d.new_page()
    d.clause(
        "Article 9.",
        d.fee(
            "recruitment_fee",
            3500000,
            "IDR",
            "No crew member is exempt from the administration fee of IDR 3.500.000, payable in cash at the Tegal "
            "office before departure.",
        ),
        indent=21,
    )
    q = (
        "The Crew pays for his own medical check-up and the Basic Safety Training certificate before "
        "departure."
    )
    d.fee("medical_cost", None, None, q)
    d.fee("training_cost", None, None, q)
    d.clause("Article 10.", q, indent=21)
    d.clause(
        "Article 11.",
        d.fee(
            "document_retention",
            None,
            None,
            "The Captain keeps the Crew's passport and seaman's book for the whole contract.",
        ),
        indent=21,
    )
    d.clause(
        "Article 12.",
        "Food and drinking water on board are provided free. Work clothes, boots and gloves are "
        "issued free by the Owner.",
        indent=21,
    )
    d.clause(
        "Article 13.",
        "At the end of the contract the Owner pays the Crew's return flight from the port of "
        "disembarkation to Jakarta.",
        indent=21,
    )
    d.clause(
        "Article 14.",
        "Termination: the Owner may terminate this Agreement for serious misconduct recorded in "
        "the ship's log, after hearing the Crew; the Crew may terminate it for unpaid wages or abuse, and in "
        "both cases the Owner pays the return flight.",
        indent=21,
    )
    d.clause("Article 15.", "Disputes shall be settled under the laws of Indonesia.", indent=21)
    d.signatures(["Crew", "PT Samudra Bahari Manning", "Owner's representative"])
    return d


DOCS_B = [q07, q08, q09, q10, q11, q12]
