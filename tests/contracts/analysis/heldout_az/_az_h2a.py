"""H-2A documents az01-az06. Every sentence written for this batch; names are fictional."""

from _azlib import F, ftr_text, hdr_text

# =====================================================================================
# az01 - H-2A clearance order (ETA-790A style), English, COMPLIANT
# Term check (h2a, 21 required): employer_identity A.1/A.2; job_duties A.3/A.8; work_location
# worksite table; employment_period A.5; hours_of_work A.6; wage_rate B table; wage_adjustment
# B.1; pay_frequency B.2; earnings_statements B.3; deductions B.4; three_fourths B.5; housing C;
# meals D; inbound E.1; return E.2; daily E.3; tools F.1; workers_comp F.2; termination F.3;
# contract_impossibility F.4; job_requirements A.9.  -> missing: none
# =====================================================================================
AZ01 = {
    "file": "az01.pdf",
    "program": "h2a",
    "language": "en",
    "doc_type": "job_order",
    "layout": "letter; ETA-790A-style lettered sections; numbered field grid; worksite and wage grids; "
    "gray header band; running header and page footer",
    "font": "lsans",
    "size": 9.5,
    "margins": (18, 18, 18),
    "title": "Agricultural Clearance Order - Tamarack Bench Orchards LLC",
    "header": hdr_text(
        "Tamarack Bench Orchards LLC  |  H-2A clearance order H-300-26032-118734",
        "ETA-790A attachment",
        font="lsans",
        skip_first=True,
    ),
    "footer": ftr_text("Employer initials: ______", font="lsans", line=True),
    "recruiters": ["Agencia Laboral Tres Valles, S. de R.L. de C.V."],
    "missing_terms": [],
    "traps": [
        "'feed bins onto the dumper' is a job duty, not a fee",
        "paid ladder-safety instruction at no cost (not training_cost)",
        "pay by direct deposit (not a deposit charge)",
        "statutory Washington PFML premium and FICA for U.S. workers only (not insurance_cost)",
        "free housing: no rent, utilities, deposit or bedding charge",
        "free coffee at breaks",
        "inbound bus bought by employer; visa and consular fees reimbursed in first workweek",
        "tools free, no deposit; no charge for normal wear (negated damage chargeback)",
        "workers' compensation premium paid entirely by employer",
        "lawful loss of guarantee and return trip on abandonment (not a breach penalty)",
        "recruiter paid by employer and barred from taking money from workers",
        "workers keep passports; no blacklisting for complaints",
    ],
}
AZ01["blocks"] = [
    (
        "band",
        "AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT",
        {
            "subtitle": "Form ETA-790A attachment  \u2022  H-2A temporary agricultural employment  \u2022  "
            "Douglas and Chelan Counties, Washington  \u2022  Case H-300-26032-118734",
            "fill": (70, 70, 70),
            "top": True,
            "size": 14,
            "font": "lsans",
        },
    ),
    ("heading", "SECTION A.  EMPLOYER AND JOB OFFER INFORMATION", {"size": 10.5, "gap_before": 0}),
    (
        "table",
        [
            [
                "A.1",
                "Employer's legal business name",
                "Tamarack Bench Orchards LLC (trade name: Tamarack Bench Fruit)",
            ],
            [
                "A.2",
                "Employer address and contact",
                "1180 Sunrise Bench Road, Orondo, WA 98843  \u2022  "
                "Tel. (509) 555-0187  \u2022  Contact: Dana Whitcomb, Owner",
            ],
            [
                "A.3",
                "Job title and SOC code",
                "Farmworker, apple orchard (Farmworkers and Laborers, Crop, SOC 45-2092.02)",
            ],
            ["A.4", "Number of workers requested", "64, on equal terms for H-2A and U.S. workers"],
            ["A.5", "Period of intended employment", "May 18, 2026 to October 31, 2026"],
            [
                "A.6",
                "Anticipated hours and schedule",
                "40 hours per week. Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid meal "
                "break. During harvest (about August 24 to October 23) Saturday work of up to 8 hours may be "
                "offered. Sunday is a day of rest.",
            ],
            ["A.7", "Place(s) of employment", "See worksite table below"],
        ],
        [0.07, 0.30, 0.63],
        {"size": 8.8},
    ),
    ("heading", "A.8  Job duties", {"size": 9.5, "gap_before": 1}),
    (
        "para",
        "Hand-thin young apples in May and June so that one fruit is left per cluster, about six "
        "inches apart; remove water sprouts; tie and train limbs along the trellis wires; pick apples "
        "by hand into a picking bag from the ground and from 8-, 10- and 12-foot orchard ladders; empty "
        "full bags gently into bins so the fruit is not bruised; move ladders from tree to tree; and, "
        "when the packing shed is short-handed, help feed bins onto the shed's water dumper. Workers may "
        "also be asked to prop heavy limbs, pick up windfall fruit and clean the bin yard.",
    ),
    ("heading", "A.9  Minimum job requirements", {"size": 9.5, "gap_before": 1}),
    (
        "para",
        "No prior experience is required. Workers must be able to climb and work safely from a "
        "12-foot orchard ladder and to carry a full picking bag of about 40 pounds throughout the shift. "
        "New workers receive two paid hours of ladder-safety instruction on their first day, at no cost "
        "to them.",
    ),
    ("heading", "A.10  Worksites", {"size": 9.5, "gap_before": 1}),
    (
        "table",
        [
            [
                "Home block",
                "1180 Sunrise Bench Road, Orondo, WA 98843",
                "Douglas",
                "Thinning, harvest",
            ],
            [
                "Lone Pine block",
                "77 Lone Pine Orchard Lane, Orondo, WA 98843",
                "Douglas",
                "Thinning, harvest",
            ],
            [
                "Entiat River block",
                "14110 Entiat River Road, Entiat, WA 98822",
                "Chelan",
                "Pruning, harvest",
            ],
            [
                "Packing shed",
                "1210 Sunrise Bench Road, Orondo, WA 98843",
                "Douglas",
                "Bin handling",
            ],
        ],
        [0.22, 0.44, 0.13, 0.21],
        {"header": ["Worksite", "Address", "County", "Main work"], "size": 8.6},
    ),
    ("heading", "SECTION B.  WAGE OFFER", {"size": 10.5}),
    (
        "table",
        [
            ["Hourly wage", "$19.82 per hour", "All hours worked, every activity."],
            [
                "Harvest piece rate",
                "$32.00 per bin (about 24 bushels)",
                "If a worker's bin earnings for the pay period are less than $19.82 times the hours worked, the "
                "employer adds the difference.",
            ],
            ["Thinning and pruning", "$19.82 per hour", "Hourly only; no piece rate."],
        ],
        [0.22, 0.28, 0.50],
        {"header": ["Basis", "Rate", "How it is applied"], "size": 8.6},
    ),
    (
        "para",
        "The employer pays at least the highest of the Adverse Effect Wage Rate (AEWR), the prevailing "
        "wage, any agreed collective bargaining rate, and the federal or Washington minimum wage. If the "
        "AEWR or any of those rates is raised during the season, the higher rate is paid from the date it "
        "takes effect.",
        {"lead": "B.1  Highest wage."},
    ),
    (
        "para",
        "Wages are paid every Friday for the workweek that ended the previous Sunday. Pay is by check "
        "or, if the worker chooses, by direct deposit to a bank account or to a pay card that the "
        "employer supplies at no cost.",
        {"lead": "B.2  Payday."},
    ),
    (
        "para",
        "On each payday the worker receives a written statement showing the hours offered, the hours "
        "worked, the bins picked and the piece rate, the hourly rate, total earnings, every deduction "
        "and its purpose, the employer's name, address and FEIN, and the first and last day of the pay "
        "period.",
        {"lead": "B.3  Earnings statements."},
    ),
    (
        "para",
        "The employer deducts only: federal income tax, and only if the worker asks for it in writing; "
        "Washington Paid Family and Medical Leave premiums required by state law; and amounts a court "
        "orders, such as child support. Social Security and Medicare taxes are withheld from U.S. "
        "workers only, because H-2A wages are exempt from them. No deduction is ever made for housing, "
        "tools, transportation, visas or recruitment.",
        {"lead": "B.4  Deductions."},
    ),
    (
        "para",
        "The employer guarantees to offer each worker employment for a total number of hours equal to "
        "at least three-fourths of the workdays of the contract period, counting each workday as 8 "
        "hours, from the first workday after arrival through October 31, 2026. If fewer hours are "
        "offered, the worker is paid what he or she would have earned for the guaranteed hours.",
        {"lead": "B.5  Three-fourths guarantee."},
    ),
    ("heading", "SECTION C.  HOUSING", {"size": 10.5}),
    (
        "para",
        "Free housing is provided to every worker who cannot reasonably return to a permanent home each "
        "day, at Tamarack Bench Camp, 1242 Sunrise Bench Road, Orondo, WA 98843 (12 cabins, 72 beds), "
        "licensed as temporary worker housing by the Washington State Department of Health. No rent, "
        "utility, deposit or bedding charge is collected at any time; beds, mattresses and blankets are "
        "furnished. Washers and dryers in the camp laundry are free.",
    ),
    ("heading", "SECTION D.  MEALS", {"size": 10.5}),
    (
        "para",
        "Every cabin has a kitchen with a four-burner gas range, a refrigerator, a sink and cooking "
        "utensils, free of charge, so that workers can prepare their own meals. Hot coffee and drinking "
        "water are set out at the morning break without charge.",
    ),
    ("heading", "SECTION E.  TRANSPORTATION", {"size": 10.5}),
    (
        "para",
        "The employer buys the bus ticket from Monterrey, Nuevo Le\u00f3n, to Wenatchee, Washington, for "
        "each H-2A worker and pays daily subsistence of $16.36 per travel day in cash on arrival. A "
        "worker who paid his or her own way is reimbursed for reasonable transportation and subsistence "
        "in the first workweek to the extent the cost brings pay below the minimum wage, and in full on "
        "completing 50 percent of the contract period. The visa issuance fee and the consular "
        "appointment fee are reimbursed in the first workweek.",
        {"lead": "E.1  Travel to the job."},
    ),
    (
        "para",
        "Workers who complete the contract period, or whose contract ends early under F.4, receive "
        "transportation and daily subsistence back to Monterrey or to the place from which they came.",
        {"lead": "E.2  Return travel."},
    ),
    (
        "para",
        "Daily transportation between the camp and each orchard block is free, in the employer's insured "
        "buses with licensed drivers.",
        {"lead": "E.3  Daily transportation."},
    ),
    ("heading", "SECTION F.  OTHER TERMS AND ASSURANCES", {"size": 10.5}),
    (
        "para",
        "All tools, supplies and equipment required for the job (picking bags, ladders, bins, pruning "
        "shears, thinning snips and gloves) are provided without charge and without a deposit. Workers "
        "are not charged for ladders or bags that wear out or break in normal use.",
        {"lead": "F.1  Tools."},
    ),
    (
        "para",
        "The employer provides workers' compensation insurance through the Washington State Department "
        "of Labor & Industries (account 412-887-01) for injury and disease arising out of the work, and "
        "pays the entire premium; no part of it is deducted from wages.",
        {"lead": "F.2  Workers' compensation."},
    ),
    (
        "para",
        "A worker who fails to report for work for 5 consecutive working days without the employer's "
        "consent is considered to have abandoned the job, and the employer will notify the Department of "
        "Labor and DHS within 2 working days. A worker may be dismissed for cause, for example for "
        "ignoring ladder-safety rules after a written warning. A worker who abandons the job or is "
        "dismissed for cause is not entitled to the three-fourths guarantee or to return transportation.",
        {"lead": "F.3  Abandonment and termination."},
    ),
    (
        "para",
        "If fire, hail, a freeze, a flood or another Act of God beyond the employer's control makes the "
        "work impossible and the Certifying Officer agrees, the employer may end the contract early. It "
        "then pays the three-fourths guarantee for the period up to the end date, return transportation "
        "and subsistence, and makes reasonable efforts to transfer the worker to other work.",
        {"lead": "F.4  Contract impossibility."},
    ),
    (
        "para",
        "Workers in Mexico are recruited by Agencia Laboral Tres Valles, S. de R.L. de C.V. (Fresnillo, "
        "Zacatecas), which the employer pays under a written agreement. That agreement forbids Tres "
        "Valles and its agents to seek or accept any payment from workers. Report any request for money "
        "to (509) 555-0187 or to the Wage and Hour Division at 1-866-487-9243.",
        {"lead": "F.5  Recruitment."},
    ),
    (
        "para",
        "Workers keep their own passports, visas and identity papers at all times. No worker will be "
        "discharged, blacklisted or threatened for filing a complaint, testifying, or consulting a lawyer "
        "or a workers' organization. A Spanish copy of this contract is given to each worker no later "
        "than the visa application.",
        {"lead": "F.6  Documents, complaints and language."},
    ),
    (
        "signatures",
        [
            (
                "Employer",
                ["Dana Whitcomb, Owner", "Tamarack Bench Orchards LLC", "Date: 02/09/2026"],
            ),
            ("Worker", ["Name:", "Date:"]),
        ],
        {"gap": 12},
    ),
]

# =====================================================================================
# az02 - H-2A worker handbook (housing, meals, pay, camp rules), English
# Term check (h2a): employer_identity table; job_duties "Your job"; work_location "Where you work";
# employment_period "Season"; hours "Hours"; wage_rate "Pay"; wage_adjustment "If wage rates
# change"; pay_frequency "Payday"; earnings_statements "Pay stubs"; deductions section 4;
# housing section 2; meals section 3; inbound/return/daily rows; tools row; workers_comp row;
# termination row.  Absent: three_fourths_guarantee, contract_impossibility, job_requirements.
# =====================================================================================
AZ02 = {
    "file": "az02.pdf",
    "program": "h2a",
    "language": "en",
    "doc_type": "worker_handbook",
    "layout": "letter; serif; green header band; summary grid table; two-column charges table; "
    "numbered camp rules; receipt signature line",
    "font": "lserif",
    "size": 10.5,
    "margins": (20, 20, 20),
    "title": "Kettle Creek Berry Farms - Worker Handbook 2026",
    "header": hdr_text(
        "Kettle Creek Berry Farms, Inc.  \u2022  Worker Handbook 2026",
        "H-2A",
        font="lserif",
        size=8,
        skip_first=True,
    ),
    "footer": ftr_text(
        "Handbook rev. 3 (02/2026)", page_fmt="Page {p}/{nb}", font="lserif", size=8
    ),
    "recruiters": [],
    "missing_terms": ["three_fourths_guarantee", "contract_impossibility", "job_requirements"],
    "traps": [
        "lawful H-2A dining-hall meal plan at $13.75/day, below the cap",
        "no rent or utility charge for housing (the deposit is the finding)",
        "Social Security and Medicare not withheld from H-2A workers",
        "buckets, belts, lugs and gloves issued free",
        "free vans between camp and fields",
        "free laundry and cleaning supplies",
        "quiet hours after 10 p.m. (not a curfew by itself)",
    ],
}
AZ02["blocks"] = [
    (
        "band",
        "KETTLE CREEK BERRY FARMS, INC.",
        {
            "subtitle": "Worker Handbook 2026  \u2022  Housing, meals, pay and camp rules for H-2A blueberry workers",
            "fill": (34, 94, 52),
            "top": True,
            "font": "lserif",
            "size": 16,
        },
    ),
    (
        "para",
        "Welcome to Kettle Creek. This handbook is part of your work contract. Keep it with you and "
        "ask the camp office if anything is unclear; a Spanish version is available from the office.",
        {"style": "I"},
    ),
    ("heading", "1. Your employment at a glance", {"size": 12}),
    (
        "kv",
        [
            [
                "Employer",
                "Kettle Creek Berry Farms, Inc., 3470 Sandhill Road, Alma, GA 31510  \u2022  (912) 555-0143",
            ],
            [
                "Your job",
                "Farmworker: hand harvest of rabbiteye and highbush blueberries into buckets, dumping "
                "into lugs at the field scale, packing clamshells in the field shed, and hoeing and mowing "
                "between rows.",
            ],
            [
                "Where you work",
                "Home farm, 3470 Sandhill Road, Alma, GA 31510; Satilla block, 8812 Highway 32 West, "
                "Alma, GA 31510; packing shed, 215 Industrial Drive, Alma, GA 31510.",
            ],
            ["Season", "April 6, 2026 through July 3, 2026."],
            [
                "Hours",
                "About 35 hours per week, Monday to Saturday, starting at 7:00 a.m.; the day usually ends by "
                "1:30 p.m., when the fruit for that day has been picked.",
            ],
            [
                "Pay",
                "$14.91 per hour, or $0.65 per pound picked. If your pound earnings in a pay period are less "
                "than $14.91 times your hours, the farm makes up the difference.",
            ],
            [
                "If wage rates change",
                "If a higher AEWR or minimum wage is published during the season, you are "
                "paid the higher rate from the day it takes effect.",
            ],
            ["Payday", "Weekly, every Friday, by check at the camp office."],
            [
                "Pay stubs",
                "Each check comes with a stub listing hours offered, hours worked, pounds picked, rates, "
                "gross pay, every deduction and net pay.",
            ],
            [
                "Travel to the farm",
                "Once you have worked half the season, the farm repays your bus fare from your "
                "hometown and road meals of $16.36 per day; if those costs bring your first "
                "week's pay below the minimum wage, the difference is repaid with your first "
                "check.",
            ],
            [
                "Travel home",
                "If you finish the season, the farm buys your bus ticket home and pays road meals.",
            ],
            [
                "Daily transport",
                "Farm vans carry you between the camp and the fields at no charge.",
            ],
            ["Tools", "Buckets, picking belts, lugs and gloves are issued free of charge."],
            [
                "Injury insurance",
                "Workers' compensation through Peach State Agricultural Mutual, policy WC-GA-22918.",
            ],
            [
                "Leaving the job",
                "If you miss 5 workdays in a row without notice, you are treated as having abandoned "
                "your job. You may be dismissed for cause (theft, fighting, repeated safety "
                "violations) after a written warning.",
            ],
        ],
        {"split": 0.24, "size": 9.5, "head_fill": None, "zebra": (240, 246, 240)},
    ),
    ("heading", "2. Housing", {"size": 12}),
    (
        "para",
        "Your bed is at Kettle Creek Camp, 3500 Sandhill Road, Alma, GA 31510: six mobile homes with "
        "eight beds each, showers, washing machines and air conditioning, inspected by the Georgia "
        "Department of Labor on March 24, 2026. There is no rent and no charge for electricity, water "
        "or gas.",
    ),
    ("heading", "3. Meals", {"size": 12}),
    (
        "para",
        "The camp dining hall serves breakfast, a packed field lunch and dinner every day. You may eat "
        "in the dining hall or cook for yourself in the camp kitchen, which is free to use. Workers who "
        "sign up for the dining hall pay $13.75 per day, which is below the maximum meal charge the "
        "Department of Labor allows for 2026. You may cancel the meal plan with one week's notice.",
    ),
    ("heading", "4. Charges and deductions", {"size": 12}),
    (
        "para",
        "The table lists everything that may be taken from your pay. Nothing else is deducted.",
    ),
    (
        "table",
        [
            ["Federal income tax", "Withheld only if you ask for it in writing."],
            [
                "Social Security and Medicare",
                "Not withheld from H-2A workers; withheld from U.S. workers as the law requires.",
            ],
            [
                "Dining hall",
                "$13.75 for each day you are signed up for the meal plan (see Section 3).",
            ],
            [
                "Room deposit",
                F(
                    "A refundable room deposit of $200 is taken as two payroll deductions of $100 and "
                    "returned at check-out if the room passes inspection.",
                    "housing_charge",
                    200.0,
                    "USD",
                ),
            ],
            [
                "Mutual aid fund",
                F(
                    "Each worker contributes $4.50 per week to the Kettle Creek Mutual Aid Fund, which "
                    "helps pay clinic co-pays and prescriptions during the season.",
                    "insurance_cost",
                    4.5,
                    "USD",
                ),
            ],
            ["Court orders", "Child support or other garnishments ordered by a court."],
        ],
        [0.28, 0.72],
        {
            "header": ["Item", "Rule"],
            "size": 9.5,
            "head_fill": (34, 94, 52),
            "head_color": (255, 255, 255),
        },
    ),
    ("heading", "5. Camp rules", {"size": 12}),
    ("para", "Keep noise down after 10:00 p.m. so that others can sleep.", {"hang": ("5.1", 9)}),
    (
        "para",
        F(
            "Residents must be back inside the camp gate by 9:00 p.m. and may not spend a night away from "
            "the camp unless the camp manager approves it in writing.",
            "movement_restriction",
        ),
        {"hang": ("5.2", 9)},
    ),
    (
        "para",
        "Each room keeps a cleaning rota; the farm supplies cleaning products at no cost, and the "
        "laundry machines are free.",
        {"hang": ("5.3", 9)},
    ),
    (
        "para",
        F(
            "Residents pay the repair or replacement cost of any mattress, window, door or appliance they "
            "damage beyond normal wear.",
            "damage_chargeback",
        ),
        {"hang": ("5.4", 9)},
    ),
    ("para", "No alcohol in the fields, in the vans or in the dining hall.", {"hang": ("5.5", 9)}),
    (
        "para",
        "Questions or complaints go to the camp manager, Marisol Eberhart, at the camp office from "
        "5:00 to 7:00 p.m. every day.",
        {"hang": ("5.6", 9)},
    ),
    (
        "signatures",
        [
            ("Worker's signature", ["I received this handbook.", "Date:"]),
            ("For Kettle Creek Berry Farms, Inc.", ["Marisol Eberhart, Camp Manager"]),
        ],
        {"gap": 12},
    ),
]

# =====================================================================================
# az03 - H-2A work contract in Spanish (employer contract, crew leader kickback)
# Term check (h2a): employer_identity DATOS; job_duties DATOS+PRIMERA; work_location DATOS;
# employment_period DATOS; hours DATOS; wage_rate DATOS; wage_adjustment SEGUNDA; pay_frequency
# DATOS; deductions CUARTA; three_fourths TERCERA; housing QUINTA; meals SEXTA; return+daily
# SÉPTIMA; tools OCTAVA; workers_comp NOVENA; termination DUODÉCIMA; job_requirements DATOS.
# Absent: inbound_transportation (only a charge to the worker), earnings_statements,
# contract_impossibility.
# =====================================================================================
AZ03 = {
    "file": "az03.pdf",
    "program": "h2a",
    "language": "es",
    "doc_type": "work_contract",
    "layout": "letter; serif; Spanish legal contract with ordinal clauses (PRIMERA...); gridded data table; "
    "two-party signature block; running header and initials footer",
    "font": "dvserif",
    "size": 9.5,
    "margins": (22, 20, 22),
    "title": "Contrato de trabajo temporal agricola H-2A",
    "header": hdr_text(
        "Hollister Fork Sweet Potatoes, LLC",
        "Orden de trabajo H-300-26110-903417",
        font="dvserif",
        size=7.5,
    ),
    "footer": ftr_text(
        "Iniciales:  Patr\u00f3n ______   Trabajador ______",
        page_fmt="P\u00e1gina {p} de {nb}",
        font="dvserif",
        size=7.5,
    ),
    "recruiters": ["Servicios de Enlace Agr\u00edcola R\u00edo Verde, S.C."],
    "missing_terms": ["inbound_transportation", "earnings_statements", "contract_impossibility"],
    "traps": [
        "'cuota de producci\u00f3n' is a productivity quota, not a fee",
        "free housing, no rent or utilities",
        "free kitchen",
        "free daily transport and paid return bus",
        "tools and rubber boots free, no deposit",
        "recruiter paid by employer; 'nadie puede cobrar' (negated fee, contradicted by the crew-leader "
        "contribution)",
        "worker keeps passport and visa",
        "complaints allowed without reprisal",
    ],
}
AZ03["blocks"] = [
    (
        "heading",
        "CONTRATO DE TRABAJO TEMPORAL AGR\u00cdCOLA (H-2A)",
        {"size": 14, "align": "C", "gap_before": 0},
    ),
    (
        "para",
        "Que celebran, por una parte, HOLLISTER FORK SWEET POTATOES, LLC (en adelante, EL PATR\u00d3N) y, "
        "por la otra, la persona trabajadora cuyo nombre y firma aparecen al final (en adelante, EL "
        "TRABAJADOR), conforme a la orden de trabajo certificada H-300-26110-903417 y a las siguientes "
        "cl\u00e1usulas.",
        {"align": "J"},
    ),
    ("heading", "DATOS DEL EMPLEO", {"size": 10.5}),
    (
        "kv",
        [
            [
                "Patr\u00f3n",
                "Hollister Fork Sweet Potatoes, LLC  \u2022  4127 Old Tarboro Highway, Nashville, Carolina "
                "del Norte 27856, EE. UU.  \u2022  Tel. (252) 555-0176",
            ],
            [
                "Puesto",
                "Trabajador agr\u00edcola de campo, cosecha y empaque de camote (SOC 45-2092.02)",
            ],
            [
                "Lugares de trabajo",
                "Campos de la finca en 4127 Old Tarboro Highway y en 6020 Red Oak Road, "
                "Nashville, NC 27856; empacadora en 310 Depot Street, Spring Hope, NC 27882 "
                "(condado de Nash)",
            ],
            ["Periodo", "Del 3 de agosto de 2026 al 20 de noviembre de 2026"],
            [
                "Jornada",
                "40 horas por semana: de lunes a viernes, de 7:00 a. m. a 3:30 p. m., con media hora para "
                "comer; los s\u00e1bados s\u00f3lo cuando haya trabajo pendiente",
            ],
            [
                "Salario",
                "$16.47 d\u00f3lares por hora, o $0.60 por cubeta de 5/8 de bushel de camote cosechado",
            ],
            ["D\u00eda de pago", "Cada jueves (pago semanal), con cheque"],
            [
                "Requisitos",
                "No se requiere experiencia. Poder levantar y cargar cubetas de 35 libras durante toda "
                "la jornada.",
            ],
        ],
        {"split": 0.24, "size": 9, "head_fill": None},
    ),
    ("heading", "CL\u00c1USULAS", {"size": 10.5}),
    (
        "para",
        "EL TRABAJADOR cosechar\u00e1 camote a mano detr\u00e1s de la arrancadora, llenar\u00e1 cubetas y las "
        "vaciar\u00e1 en cajones de madera, limpiar\u00e1 y clasificar\u00e1 el camote en la empacadora, y "
        "ayudar\u00e1 a recoger la manguera de riego y a quitar maleza. Despu\u00e9s de la primera semana se "
        "espera una cuota de producci\u00f3n de 60 cubetas por d\u00eda, que EL PATR\u00d3N aplica por igual a "
        "todos los trabajadores.",
        {"lead": "PRIMERA. Labores.", "align": "J"},
    ),
    (
        "para",
        "EL PATR\u00d3N pagar\u00e1 siempre la tarifa m\u00e1s alta entre la AEWR, el salario prevaleciente y "
        "el salario m\u00ednimo federal o estatal. Si durante la temporada se publica una tarifa m\u00e1s alta, "
        "se pagar\u00e1 desde la fecha en que entre en vigor. Si lo ganado por cubeta en una semana es menor "
        "que el pago por hora, EL PATR\u00d3N completar\u00e1 la diferencia.",
        {"lead": "SEGUNDA. Salario m\u00e1s alto.", "align": "J"},
    ),
    (
        "para",
        "EL PATR\u00d3N garantiza ofrecer trabajo por un n\u00famero de horas igual, por lo menos, a las tres "
        "cuartas partes de los d\u00edas h\u00e1biles del periodo del contrato; si ofrece menos, pagar\u00e1 lo "
        "que falte para llegar a esa cantidad.",
        {"lead": "TERCERA. Garant\u00eda de tres cuartas partes.", "align": "J"},
    ),
    (
        "para",
        [
            "S\u00f3lo se har\u00e1n los siguientes descuentos: impuesto federal sobre la renta, cuando EL "
            "TRABAJADOR lo pida por escrito, y pensi\u00f3n alimenticia u otros pagos ordenados por un juez.",
            F(
                "El pasaje de autob\u00fas de San Luis Potos\u00ed a Nashville, Carolina del Norte, que EL PATR\u00d3N "
                "compra por adelantado ($240.00), se recupera con cuatro descuentos semanales de $60.00 a partir "
                "del primer cheque.",
                "travel_cost",
                240.0,
                "USD",
            ),
        ],
        {"lead": "CUARTA. Descuentos.", "align": "J"},
    ),
    (
        "para",
        "EL PATR\u00d3N proporciona vivienda gratuita en el campamento Red Oak, 6034 Red Oak Road, Nashville, "
        "NC 27856, inspeccionado por el Departamento del Trabajo de Carolina del Norte. No se cobra renta, "
        "luz, agua ni gas.",
        {"lead": "QUINTA. Vivienda.", "align": "J"},
    ),
    (
        "para",
        "Cada casa tiene cocina con estufa, refrigerador y trastes, sin costo, para que los trabajadores "
        "preparen sus alimentos.",
        {"lead": "SEXTA. Comidas.", "align": "J"},
    ),
    (
        "para",
        "El transporte diario entre el campamento y los campos es gratuito, en camionetas de EL PATR\u00d3N. "
        "Al terminar el contrato, EL PATR\u00d3N paga el autob\u00fas de regreso a San Luis Potos\u00ed y los "
        "alimentos del camino.",
        {"lead": "S\u00c9PTIMA. Transporte.", "align": "J"},
    ),
    (
        "para",
        "Cuchillos, cubetas, guantes y botas de hule se entregan sin costo y sin dep\u00f3sito.",
        {"lead": "OCTAVA. Herramientas.", "align": "J"},
    ),
    (
        "para",
        "EL PATR\u00d3N tiene seguro de compensaci\u00f3n para trabajadores (workers' compensation) con Tar Heel "
        "Farm Mutual, p\u00f3liza TH-WC-77120, que cubre los accidentes y enfermedades del trabajo sin costo "
        "para EL TRABAJADOR.",
        {"lead": "NOVENA. Seguro de riesgos de trabajo.", "align": "J"},
    ),
    (
        "para",
        [
            "La cuadrilla estar\u00e1 a cargo del mayordomo Eliseo Barrag\u00e1n Tello, quien asigna los surcos y "
            "lleva el registro de horas.",
            F(
                "Adem\u00e1s, cada trabajador entregar\u00e1 al mayordomo una aportaci\u00f3n de $20.00 semanales como "
                "apoyo administrativo por haberlo incluido en la cuadrilla.",
                "recruitment_fee",
                20.0,
                "USD",
            ),
        ],
        {"lead": "D\u00c9CIMA. Mayordomo.", "align": "J"},
    ),
    (
        "para",
        "El reclutamiento en M\u00e9xico lo realiz\u00f3 Servicios de Enlace Agr\u00edcola R\u00edo Verde, S.C., "
        "de Rioverde, San Luis Potos\u00ed, cuyos honorarios paga EL PATR\u00d3N. Nadie puede cobrar a EL "
        "TRABAJADOR por darle este empleo.",
        {"lead": "UND\u00c9CIMA. Reclutamiento.", "align": "J"},
    ),
    (
        "para",
        "Si EL TRABAJADOR falta 5 d\u00edas h\u00e1biles seguidos sin avisar, se considerar\u00e1 que abandon\u00f3 "
        "el trabajo. EL PATR\u00d3N puede despedir con causa justificada, por ejemplo por robo, violencia o "
        "faltas graves de seguridad.",
        {"lead": "DUOD\u00c9CIMA. Terminaci\u00f3n.", "align": "J"},
    ),
    (
        "para",
        "EL TRABAJADOR conserva en todo momento su pasaporte y su visa. Puede presentar quejas ante el "
        "Departamento del Trabajo de los EE. UU. sin que se tomen represalias en su contra.",
        {"lead": "DECIMOTERCERA. Documentos y quejas.", "align": "J"},
    ),
    (
        "para",
        "Le\u00eddo el presente contrato, las partes lo firman en San Luis Potos\u00ed, S.L.P., el 10 de julio "
        "de 2026.",
        {"align": "J"},
    ),
    (
        "signatures",
        [
            (
                "EL PATR\u00d3N",
                ["Garrett Hollister, gerente general", "Hollister Fork Sweet Potatoes, LLC"],
            ),
            ("EL TRABAJADOR", ["Nombre:", "Firma:"]),
        ],
        {"gap": 14},
    ),
]

# =====================================================================================
# az04 - Employer / recruiter services agreement, English, H-2A
# Term check (h2a) from Schedule B: employer_identity, job_duties, work_location, period, hours,
# wage_rate, pay_frequency, deductions, three_fourths, housing, meals, inbound, return, daily,
# tools, job_requirements present.  Absent: wage_adjustment, workers_compensation,
# earnings_statements, termination (clause 8 ends the AGENCY agreement, not a worker rule),
# contract_impossibility.
# =====================================================================================
AZ04 = {
    "file": "az04.pdf",
    "program": "h2a",
    "language": "en",
    "doc_type": "recruiter_agreement",
    "layout": "letter; serif legal agreement; hanging section numbers; zebra cost-allocation table "
    "(Schedule A); key-value terms grid (Schedule B); side-by-side signature blocks",
    "font": "lserif",
    "size": 10.5,
    "margins": (24, 20, 24),
    "title": "Recruitment Services Agreement - Silver Sage Onion Company / Grupo Laboral Altiplano",
    "footer": ftr_text(
        "Recruitment Services Agreement \u2022 Silver Sage Onion Company LLC / Grupo Laboral "
        "Altiplano, S.A. de C.V.",
        font="lserif",
        size=8,
        line=True,
    ),
    "recruiters": ["Grupo Laboral Altiplano, S.A. de C.V."],
    "missing_terms": [
        "wage_adjustment",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ],
    "traps": [
        "employer pays recruiter a USD 425 service fee per worker",
        "MRV visa fee advanced by the employer, never collected from the candidate",
        "bus, hotel and flight paid by the employer",
        "clause 4.2 negates recruitment fees (then 4.3 charges one anyway)",
        "clause 8 'termination' ends the agency agreement, not a worker termination rule",
        "recruiter takes copies of ID documents and returns originals the same day (not retention)",
        "free housing and free kitchen",
        "topping shears, gloves and bins free",
    ],
}
AZ04["blocks"] = [
    ("heading", "RECRUITMENT SERVICES AGREEMENT", {"size": 15, "align": "C", "gap_before": 0}),
    (
        "para",
        "H-2A temporary agricultural workers  \u2022  2026 onion season",
        {"align": "C", "style": "I", "gap": 4},
    ),
    (
        "para",
        'This Recruitment Services Agreement (the "Agreement") is made on January 12, 2026 between '
        "SILVER SAGE ONION COMPANY LLC, an Oregon limited liability company with offices at 2901 Owyhee "
        'Avenue, Nyssa, Oregon 97913 (the "Employer"), and GRUPO LABORAL ALTIPLANO, S.A. DE C.V., a '
        "Mexican company with offices at Calle Hidalgo 214, Zona Centro, Dolores Hidalgo, Guanajuato "
        '37800, Mexico (the "Recruiter").',
        {"align": "J"},
    ),
    ("heading", "Recitals", {"size": 11}),
    (
        "para",
        "A. The Employer has applied for temporary labor certification for 48 farmworkers under job order "
        "H-300-26005-208831 and will petition for H-2A visas for the workers selected.",
        {"align": "J"},
    ),
    (
        "para",
        "B. Grupo Laboral Altiplano, S.A. de C.V. recruits agricultural workers in Guanajuato and "
        "neighboring states and has agreed to do so for the Employer on the terms below.",
        {"align": "J"},
    ),
    ("heading", "1. Services", {"size": 11}),
    (
        "para",
        "The Recruiter will announce the job openings in Spanish, interview candidates and check them "
        "against the requirements in Schedule B.",
        {"hang": ("1.1", 10), "align": "J"},
    ),
    (
        "para",
        "The Recruiter will help selected candidates complete the DS-160 form, schedule their interviews "
        "at the U.S. Consulate General in Monterrey, and accompany the group on the trip to Monterrey.",
        {"hang": ("1.2", 10), "align": "J"},
    ),
    (
        "para",
        "The Recruiter will give every candidate a Spanish copy of the job order and of Schedule B before "
        "the consular interview.",
        {"hang": ("1.3", 10), "align": "J"},
    ),
    ("heading", "2. Compensation and costs paid by the Employer", {"size": 11}),
    (
        "para",
        "The Employer pays the Recruiter a service fee of USD 425 for each worker admitted to the United "
        "States, within 30 days of the worker's arrival.",
        {"hang": ("2.1", 10), "align": "J"},
    ),
    (
        "para",
        "The Employer pays, directly or by advance to the Recruiter, the visa (MRV) fee, the bus fare from "
        "Dolores Hidalgo to Monterrey, hotel nights in Monterrey and the flight from Monterrey to Boise, "
        "Idaho, as set out in Schedule A.",
        {"hang": ("2.2", 10), "align": "J"},
    ),
    ("heading", "3. Compliance", {"size": 11}),
    (
        "para",
        "The Recruiter shall comply with the H-2A regulations, including 20 CFR 655.135(j) and (k), and "
        "shall require the same of its employees and sub-agents.",
        {"hang": ("3.1", 10), "align": "J"},
    ),
    ("heading", "4. Dealings with candidates", {"size": 11}),
    (
        "para",
        "The Recruiter shall give candidates accurate information about the job, the pay and the "
        "housing.",
        {"hang": ("4.1", 10), "align": "J"},
    ),
    (
        "para",
        "The Recruiter shall not charge candidates any recruitment, placement or selection fee.",
        {"hang": ("4.2", 10), "align": "J"},
    ),
    (
        "para",
        F(
            "The Recruiter may, however, collect from each selected candidate a file-processing contribution "
            "of MXN 3,800 to cover photocopies, photographs and the scheduling of the consular appointment.",
            "recruitment_fee",
            3800.0,
            "MXN",
        ),
        {"hang": ("4.3", 10), "align": "J"},
    ),
    (
        "para",
        "Before the consular interview, each selected candidate must pass a pre-employment medical "
        "examination on the terms set out in Schedule A.",
        {"hang": ("4.4", 10), "align": "J"},
    ),
    ("heading", "5. Documents and travel", {"size": 11}),
    (
        "para",
        "The Recruiter will collect from each candidate copies of the identity documents needed for the "
        "DS-160 form and will return any original the same day.",
        {"hang": ("5.1", 10), "align": "J"},
    ),
    (
        "para",
        F(
            "To prevent losses, the Recruiter will keep the passports of selected candidates from the day of "
            "the visa interview until the group boards the flight to Boise.",
            "document_retention",
        ),
        {"hang": ("5.2", 10), "align": "J"},
    ),
    ("heading", "6. Confidentiality", {"size": 11}),
    (
        "para",
        "Each party will keep the other's business information and the candidates' personal data "
        "confidential and use it only for this Agreement.",
        {"hang": ("6.1", 10), "align": "J"},
    ),
    ("heading", "7. Records", {"size": 11}),
    (
        "para",
        "The Recruiter will keep a list of every candidate interviewed and selected, with dates, for three "
        "years and will show it to the Employer on request.",
        {"hang": ("7.1", 10), "align": "J"},
    ),
    ("heading", "8. Term and termination of this Agreement", {"size": 11}),
    (
        "para",
        "This Agreement runs until December 31, 2026. Either party may terminate it on 30 days' written "
        "notice, or at once if the other party breaches clause 3.",
        {"hang": ("8.1", 10), "align": "J"},
    ),
    ("heading", "9. Governing law", {"size": 11}),
    (
        "para",
        "This Agreement is governed by the laws of the State of Oregon. Notices go to the addresses "
        "above.",
        {"hang": ("9.1", 10), "align": "J"},
    ),
    (
        "para",
        "IN WITNESS WHEREOF, the parties sign this Agreement in two originals on the date first written "
        "above. Schedules A and B form part of it.",
        {"align": "J", "gap": 2},
    ),
    (
        "signatures",
        [
            ("For Silver Sage Onion Company LLC", ["Wendell Ackerly, Managing Member"]),
            (
                "For Grupo Laboral Altiplano, S.A. de C.V.",
                ["Lic. Araceli Murgu\u00eda Soto, Directora General"],
            ),
        ],
        {"gap": 14},
    ),
    ("page",),
    (
        "heading",
        "SCHEDULE A  \u2022  Allocation of pre-departure costs",
        {"size": 11.5, "gap_before": 0},
    ),
    (
        "table",
        [
            [
                "Recruiter service fee",
                "Employer",
                "USD 425 per admitted worker, invoiced after arrival (clause 2.1).",
            ],
            [
                "Visa (MRV) fee",
                "Employer",
                "Advanced by the Employer to the Recruiter before appointments are "
                "scheduled; never collected from the candidate.",
            ],
            ["File processing", "Candidate", "See clause 4.3."],
            [
                "Medical examination",
                "Candidate",
                F(
                    "Pre-employment medical examination and drug screen at Cl\u00ednica San Rafael in Dolores Hidalgo, paid "
                    "by the candidate at the clinic: MXN 1,200.",
                    "medical_cost",
                    1200.0,
                    "MXN",
                ),
            ],
            [
                "Bus Dolores Hidalgo to Monterrey; hotel",
                "Employer",
                "Booked by the Recruiter and invoiced to the Employer at cost.",
            ],
            ["Flight Monterrey to Boise", "Employer", "Booked and paid directly by the Employer."],
            [
                "Meals during the trip",
                "Employer",
                "USD 16.36 per travel day, handed to each worker in cash by "
                "the Recruiter and repaid by the Employer.",
            ],
        ],
        [0.27, 0.15, 0.58],
        {"header": ["Cost", "Paid by", "Terms"], "size": 9.2, "zebra": (238, 238, 238)},
    ),
    (
        "heading",
        "SCHEDULE B  \u2022  Terms of employment to be explained to candidates",
        {"size": 11.5},
    ),
    (
        "kv",
        [
            ["Employer", "Silver Sage Onion Company LLC, 2901 Owyhee Avenue, Nyssa, OR 97913"],
            [
                "Job",
                "Onion field and packing-shed worker: hand-top and bag dry bulb onions, sort onions on the "
                "grading line, stack 50-pound sacks on pallets and remove culls.",
            ],
            [
                "Worksites",
                "Owyhee Avenue fields and packing shed, 2901 Owyhee Avenue, Nyssa, OR 97913; Succor Creek "
                "fields, 4400 Succor Creek Road, Adrian, OR 97901",
            ],
            ["Period", "August 17, 2026 to November 20, 2026"],
            [
                "Hours",
                "48 hours per week, Monday to Saturday, 6:30 a.m. to 3:30 p.m. with a one-hour lunch",
            ],
            ["Wage", "$19.25 per hour for all work, including hand topping"],
            ["Payday", "Every two weeks, on Friday"],
            [
                "Deductions",
                "Federal and Oregon income tax when the worker asks for it in writing; no other "
                "deductions",
            ],
            [
                "Work guarantee",
                "Work for at least three-fourths of the workdays of the contract period, or pay for "
                "the shortfall",
            ],
            ["Housing", "Free housing at Owyhee Labor Camp, 2950 Owyhee Avenue, Nyssa, OR 97913"],
            ["Meals", "Free communal kitchen with stoves and refrigerators at the camp"],
            [
                "Travel to the job",
                "Paid in advance by the Employer (bus, hotel, flight and meals on the way)",
            ],
            ["Travel home", "Paid by the Employer at the end of the contract"],
            ["Daily transport", "Free bus between the camp and the fields"],
            ["Tools", "Topping shears, gloves and bins are provided free"],
            [
                "Requirements",
                "One month of experience in vegetable harvest; able to lift 50 pounds repeatedly",
            ],
        ],
        {"split": 0.25, "size": 9.2, "head_fill": None},
    ),
]

# =====================================================================================
# az05 - H-2A labor contractor's crew terms sheet, Spanish
# Term check (h2a): employer_identity, job_duties, work_location, period, hours, wage_rate,
# pay_frequency + earnings_statements (talon), job_requirements in DATOS; housing, meals,
# inbound, return, daily, tools in section 2; deductions section 3; termination rule 4.
# Absent: wage_adjustment, three_fourths_guarantee, workers_compensation, contract_impossibility.
# =====================================================================================
AZ05 = {
    "file": "az05.pdf",
    "program": "h2a",
    "language": "es",
    "doc_type": "crew_terms_sheet",
    "layout": "letter; narrow sans; orange header band; data grid; bullets; deductions grid; "
    "page 2 crew rules in two columns; signature lines",
    "font": "lnarrow",
    "size": 10.5,
    "margins": (18, 16, 18),
    "title": "Hoja de condiciones - Cuadrillas Sol Naciente",
    "header": hdr_text(
        "Cuadrillas Sol Naciente Farm Labor Contractor LLC",
        "Temporada 2026 \u2022 sand\u00eda",
        font="lnarrow",
        size=8,
        skip_first=True,
    ),
    "footer": ftr_text("Conserve esta hoja", page_fmt="Hoja {p} de {nb}", font="lnarrow", size=8),
    "recruiters": ["Reclutadora Huasteca Norte, S.C."],
    "missing_terms": [
        "wage_adjustment",
        "three_fourths_guarantee",
        "workers_compensation",
        "contract_impossibility",
    ],
    "traps": [
        "free housing, no rent or electricity",
        "free kitchen",
        "contractor prepays bus, road meals and visa",
        "gloves, knives and boxes free",
        "'no se cobra nada por entrar a la cuadrilla' (negated fee)",
        "worker keeps own passport",
        "recruiter paid by the contractor",
    ],
}
AZ05["blocks"] = [
    (
        "band",
        "CUADRILLAS SOL NACIENTE FARM LABOR CONTRACTOR LLC",
        {
            "subtitle": "Contratista agr\u00edcola H-2A (H-2ALC)  \u2022  512 West Main Street, Immokalee, Florida 34142  "
            "\u2022  (239) 555-0131",
            "fill": (196, 98, 16),
            "top": True,
            "font": "lnarrow",
            "size": 16,
        },
    ),
    (
        "heading",
        "HOJA DE CONDICIONES DE TRABAJO  \u2022  TEMPORADA 2026 DE SAND\u00cdA",
        {"size": 13, "gap_before": 0},
    ),
    (
        "para",
        "Lea con cuidado. Esta hoja explica c\u00f3mo se trabaja con nuestra cuadrilla. Si tiene dudas, "
        "preg\u00fantele al mayordomo Rogelio Anzures antes de firmar.",
        {"style": "I"},
    ),
    ("heading", "1. DATOS PRINCIPALES", {"size": 11.5}),
    (
        "kv",
        [
            [
                "Patr\u00f3n (contratista)",
                "Cuadrillas Sol Naciente Farm Labor Contractor LLC, 512 West Main Street, "
                "Immokalee, Florida 34142",
            ],
            ["Puesto", "Cortador y cargador de sand\u00eda"],
            [
                "Trabajo",
                "Cortar la sand\u00eda de la gu\u00eda, pasarla de mano en mano hasta el cami\u00f3n, acomodarla en "
                "las cajas de cart\u00f3n y limpiar el campo al terminar cada lote.",
            ],
            [
                "D\u00f3nde se trabaja",
                "Campos de Palmetto Ridge Farms: 2700 State Road 29 North, LaBelle, FL 33935, y "
                "1890 County Road 846, Immokalee, FL 34142",
            ],
            ["Fechas", "Del 2 de marzo al 12 de junio de 2026"],
            [
                "Horario",
                "8 horas diarias, de lunes a s\u00e1bado (48 horas a la semana); se empieza a las 7:00 a. m.",
            ],
            ["Pago", "$14.77 d\u00f3lares por hora"],
            [
                "D\u00eda de pago",
                "Cada viernes, con cheque. Cada cheque lleva su tal\u00f3n con las horas ofrecidas, "
                "las horas trabajadas, el pago bruto, cada descuento y el pago neto.",
            ],
            [
                "Requisito",
                "Un mes de experiencia en corte de sand\u00eda u otra cosecha pesada; poder cargar sand\u00edas "
                "de hasta 30 libras.",
            ],
        ],
        {"split": 0.24, "size": 10, "head_fill": None},
    ),
    ("heading", "2. VIVIENDA, COMIDA Y TRANSPORTE", {"size": 11.5}),
    (
        "bullets",
        [
            "Vivienda gratis en el Campamento Sol Naciente, 1120 Lake Trafford Road, Immokalee, FL 34142. No se "
            "cobra renta ni luz.",
            "Cocina con estufas y refrigeradores para que cada quien prepare su comida, sin costo.",
            "El contratista paga por adelantado el autob\u00fas desde Tamazunchale, S.L.P., hasta Immokalee y da "
            "$16.36 de vi\u00e1ticos por cada d\u00eda de viaje. La visa tambi\u00e9n la paga el contratista.",
            "Al terminar la temporada, el contratista paga el autob\u00fas de regreso hasta Tamazunchale.",
            "Cami\u00f3n gratis todos los d\u00edas del campamento al campo y de regreso.",
            "Guantes, cuchillos y cajas los da el contratista sin costo.",
        ],
    ),
    ("heading", "3. DESCUENTOS", {"size": 11.5}),
    (
        "table",
        [
            ["Impuesto federal", "S\u00f3lo si usted lo pide por escrito."],
            [
                "Fondo de terminaci\u00f3n",
                F(
                    "De cada cheque se apartar\u00e1 el 10 % como fondo de terminaci\u00f3n, que se "
                    "entregar\u00e1 completo el \u00faltimo d\u00eda de la temporada.",
                    "wage_withholding",
                ),
            ],
            ["Pensi\u00f3n alimenticia", "S\u00f3lo si lo ordena un juez."],
        ],
        [0.26, 0.74],
        {"header": ["Concepto", "Detalle"], "size": 10, "head_fill": (250, 222, 190)},
    ),
    ("page",),
    ("heading", "4. REGLAS DE LA CUADRILLA", {"size": 11.5, "gap_before": 0}),
    ("fn", lambda w: w.begin_cols(gutter=8)),
    (
        "para",
        "Todos deben estar listos junto al cami\u00f3n a las 6:30 a. m. El mayordomo pasa lista antes de "
        "salir.",
        {"lead": "1. Puntualidad."},
    ),
    (
        "para",
        F(
            "Para asegurar su lugar en la cuadrilla, cada trabajador firmar\u00e1 antes de viajar un pagar\u00e9 "
            "por $1,500 d\u00f3lares a favor del contratista, que se le devolver\u00e1 al terminar la temporada.",
            "deposit_or_bond",
            1500.0,
            "USD",
        ),
        {"lead": "2. Pagar\u00e9."},
    ),
    (
        "para",
        "No se cobra nada por entrar a la cuadrilla: ni inscripci\u00f3n, ni lista, ni papeleo.",
        {"lead": "3. Sin cobros."},
    ),
    (
        "para",
        "Quien falte 5 d\u00edas seguidos sin avisar se considera que abandon\u00f3 el trabajo, y el "
        "contratista avisar\u00e1 al gobierno. Quien robe o pelee puede ser despedido.",
        {"lead": "4. Abandono y despido."},
    ),
    ("fn", lambda w: w.colbreak()),
    (
        "para",
        F(
            "El trabajador que ponga una queja ante el Departamento de Trabajo o hable con abogados de fuera "
            "no volver\u00e1 a ser llamado en ninguna temporada.",
            "blacklisting_threat",
        ),
        {"lead": "5. Quejas."},
    ),
    ("para", "Cada trabajador guarda su propio pasaporte y su visa.", {"lead": "6. Documentos."}),
    (
        "para",
        "Se proh\u00edbe tomar alcohol en el cami\u00f3n y en el campo. El que llegue tomado no trabaja ese "
        "d\u00eda.",
        {"lead": "7. Alcohol."},
    ),
    (
        "para",
        "En M\u00e9xico, la cuadrilla se forma con ayuda de Reclutadora Huasteca Norte, S.C., de Tamazunchale, "
        "S.L.P.; el contratista le paga sus servicios.",
        {"lead": "8. Reclutamiento."},
    ),
    (
        "para",
        "Las cajas se arman en el campo y se cuentan al final del d\u00eda frente a toda la cuadrilla.",
        {"lead": "9. Conteo."},
    ),
    ("fn", lambda w: w.end_cols()),
    (
        "para",
        "Firmo de conformidad despu\u00e9s de que me leyeron esta hoja en espa\u00f1ol.",
        {"gap": 2},
    ),
    (
        "signatures",
        [
            ("Firma del trabajador", ["Nombre:", "Fecha:"]),
            ("Por el contratista", ["Rogelio Anzures, mayordomo"]),
        ],
        {"gap": 14},
    ),
]

# =====================================================================================
# az06 - H-2A employer letter + two-column terms, English, COMPLIANT
# Term check (h2a): all 21 present in the numbered terms 1-23.
# =====================================================================================
AZ06 = {
    "file": "az06.pdf",
    "program": "h2a",
    "language": "en",
    "doc_type": "employer_letter",
    "layout": "letter; letterhead with rule; cover letter page; terms in two columns with bold numbered "
    "leads; signature and acknowledgment block",
    "font": "dvs",
    "size": 9,
    "margins": (20, 18, 20),
    "title": "Barren River Tobacco & Produce - 2026 offer and work contract",
    "footer": ftr_text(
        "Barren River Tobacco & Produce, LLC \u2022 2026 H-2A work contract", font="dvs", size=7
    ),
    "recruiters": ["Soluciones de Empleo Temporal La Barca, S.C."],
    "missing_terms": [],
    "traps": [
        "nobody may ask for money (negated recruitment fee); recruiter's charges paid by employer",
        "three free meals a day",
        "free housing, no rent, utilities or deposits",
        "visa fee and consulate hotel reimbursed in first workweek",
        "knives, spears, rain suits and gloves free, no deposit",
        "paid green-tobacco-sickness class at no charge (not training_cost)",
        "no wages held back (negated wage withholding)",
        "lawful loss of guarantee and return trip on voluntary departure; no fine (not a breach penalty)",
        "Social Security and Medicare not deducted from H-2A wages",
        "workers keep passports; no retaliation",
    ],
}


def _az06_letterhead(w):
    pdf = w.pdf
    pdf.set_font("dvserif", "B", 17)
    pdf.set_text_color(92, 58, 20)
    pdf.set_xy(pdf.l_margin, 14)
    pdf.cell(pdf.epw, 8, "BARREN RIVER TOBACCO & PRODUCE, LLC", align="C")
    pdf.set_font("dvs", "", 8.5)
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(pdf.l_margin, 23)
    pdf.cell(
        pdf.epw,
        5,
        "655 Hiseville Road  \u2022  Glasgow, Kentucky 42141  \u2022  (270) 555-0158  "
        "\u2022  office@barrenriverfarm.com",
        align="C",
    )
    pdf.set_draw_color(92, 58, 20)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, 30, pdf.w - pdf.r_margin, 30)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)


AZ06["blocks"] = [
    ("fn", _az06_letterhead),
    ("para", "February 2, 2026", {"size": 10}),
    ("para", "To: Candidates for H-2A employment, 2026 season", {"size": 10, "gap": 5}),
    ("para", "Dear Worker:", {"size": 10}),
    (
        "para",
        "We are pleased to offer you seasonal farm work under the H-2A program from May 11, 2026 to "
        "October 9, 2026. This letter and the attached terms are your work contract. Please read them, or "
        "have them read to you, before your visa interview. A Spanish copy is enclosed.",
        {"size": 10, "gap": 3},
    ),
    (
        "para",
        "Nobody (not our recruiter, not a crew leader, not a driver) may ask you for money to get, keep or "
        "travel to this job. If anyone does, do not pay, and call our office at (270) 555-0158 or the U.S. "
        "Department of Labor at 1-866-487-9243.",
        {"size": 10, "gap": 3},
    ),
    (
        "para",
        "Our recruiter in Mexico is Soluciones de Empleo Temporal La Barca, S.C., of La Barca, Jalisco. We "
        "pay all of its charges, including its travel to the consulate with you.",
        {"size": 10, "gap": 3},
    ),
    ("para", "We look forward to working with you again this year.", {"size": 10, "gap": 3}),
    ("para", "Sincerely,", {"size": 10, "gap": 12}),
    ("para", "Ruth Ann Pedigo", {"size": 10, "style": "B", "gap": 0.5}),
    ("para", "Managing Member, Barren River Tobacco & Produce, LLC", {"size": 10}),
    ("page",),
    (
        "heading",
        "TERMS OF EMPLOYMENT  \u2022  H-2A WORK CONTRACT 2026",
        {"size": 12, "gap_before": 0, "color": (92, 58, 20)},
    ),
    ("fn", lambda w: w.begin_cols(gutter=7)),
    (
        "para",
        "Barren River Tobacco & Produce, LLC, 655 Hiseville Road, Glasgow, Kentucky 42141.",
        {"lead": "1. Employer."},
    ),
    (
        "para",
        "Farmworker (SOC 45-2092.02): set tobacco transplants with a mechanical setter, hoe and top "
        "tobacco, cut and spear burley tobacco and hang it on the barn rails; in summer, also pick sweet "
        "corn and tomatoes and pack them in the farm shed.",
        {"lead": "2. Job."},
    ),
    (
        "para",
        "The home farm at 655 Hiseville Road, Glasgow; the Finney farm at 2180 Finney Road, Glasgow, KY "
        "42141; and the curing barns at 671 Hiseville Road. All are in Barren County, Kentucky.",
        {"lead": "3. Place of work."},
    ),
    ("para", "May 11, 2026 through October 9, 2026.", {"lead": "4. Period."}),
    (
        "para",
        "40 hours a week, Monday through Friday, 7:00 a.m. to 4:00 p.m. with a one-hour lunch. Saturday "
        "work may be offered in August and is voluntary.",
        {"lead": "5. Hours."},
    ),
    (
        "para",
        "Three months of experience in tobacco or vegetable work. You must be able to lift and hang "
        "tobacco sticks of up to 50 pounds on barn rails.",
        {"lead": "6. Requirements."},
    ),
    ("para", "$16.74 per hour for all hours worked.", {"lead": "7. Pay."}),
    (
        "para",
        "If the AEWR, the prevailing wage or a minimum wage rises above $16.74 during the contract, you "
        "are paid the higher rate from the day it takes effect.",
        {"lead": "8. Highest rate."},
    ),
    ("para", "Every two weeks, on Friday, by check.", {"lead": "9. Payday."}),
    (
        "para",
        "With each check you receive a statement of hours offered, hours worked, rate, gross pay, each "
        "deduction and net pay, with the pay period dates and our address.",
        {"lead": "10. Pay statements."},
    ),
    (
        "para",
        "Only federal and Kentucky income tax, if you ask in writing, and payments ordered by a court. "
        "Social Security and Medicare are not deducted from H-2A wages. We do not hold back any part of "
        "your wages; you may send money home through any service you choose.",
        {"lead": "11. Deductions."},
    ),
    (
        "para",
        "We guarantee to offer you work for at least three-fourths of the workdays of the contract period. "
        "If we offer less, we pay you what you would have earned for the guaranteed hours.",
        {"lead": "12. Work guarantee."},
    ),
    (
        "para",
        "Free housing at our bunkhouse, 690 Hiseville Road, Glasgow, inspected by the Barren River "
        "District Health Department. No rent, utilities or deposits.",
        {"lead": "13. Housing."},
    ),
    (
        "para",
        "We provide three meals a day, seven days a week, at no charge to you.",
        {"lead": "14. Meals."},
    ),
    (
        "para",
        "We buy your bus ticket from La Barca, Jalisco, to Glasgow and pay at least $16.36 a day for meals "
        "on the road. If you paid for any part of the trip yourself, we repay it in the first workweek. "
        "The visa fee and your hotel night at the consulate are also repaid in the first workweek.",
        {"lead": "15. Travel to the farm."},
    ),
    (
        "para",
        "If you finish the contract, or we end it early for reasons beyond our control, we pay your bus "
        "ticket and road meals back to La Barca.",
        {"lead": "16. Trip home."},
    ),
    (
        "para",
        "A farm bus takes you from the bunkhouse to every field and back, free of charge.",
        {"lead": "17. Daily rides."},
    ),
    (
        "para",
        "Tobacco knives, spears, setters, rain suits and nitrile gloves are provided free, with no "
        "deposit.",
        {"lead": "18. Tools and gear."},
    ),
    (
        "para",
        "Kentucky workers' compensation insurance through Bluegrass Agricultural Casualty, policy "
        "BAC-4471902, covers you from the first day.",
        {"lead": "19. Workers' compensation."},
    ),
    (
        "para",
        "Before the tobacco harvest, every worker attends a paid one-hour class on green tobacco sickness "
        "and heat illness. There is no charge for it.",
        {"lead": "20. Safety class."},
    ),
    (
        "para",
        "Missing 5 consecutive workdays without notice is treated as abandonment, which we must report to "
        "the government. We may dismiss a worker for cause (violence, theft or repeated safety violations) "
        "after a written warning. If you leave voluntarily before the end date, you keep all wages earned "
        "and lose only the work guarantee and the paid trip home, as federal rules provide. There is no "
        "fine or fee for leaving.",
        {"lead": "21. Leaving the job."},
    ),
    (
        "para",
        "If hail, a tornado, a flood or another natural disaster makes the work impossible, we may end the "
        "contract with the Department of Labor's approval. We then pay the work guarantee up to that day "
        "and your trip home, and we try to find you other work.",
        {"lead": "22. If work becomes impossible."},
    ),
    (
        "para",
        "You keep your own passport and visa. You may complain to us or to any government office without "
        "any punishment or loss of future work.",
        {"lead": "23. Your rights."},
    ),
    ("fn", lambda w: w.end_cols()),
    ("heading", "ACCEPTANCE", {"size": 11, "color": (92, 58, 20)}),
    (
        "para",
        "By signing below, the worker accepts this offer and confirms receiving this contract in English and "
        "in Spanish before the visa interview. The employer keeps one signed copy and the worker keeps the "
        "other.",
    ),
    (
        "signatures",
        [
            ("For the employer", ["Ruth Ann Pedigo, Managing Member", "Date: February 2, 2026"]),
            ("Worker", ["Name:", "Signature and date:"]),
        ],
        {"gap": 12},
    ),
]

DOCS = [AZ01, AZ02, AZ03, AZ04, AZ05, AZ06]
