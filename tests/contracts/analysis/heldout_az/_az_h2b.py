"""H-2B documents az07-az12. Every sentence written for this batch; names are fictional."""

from _azlib import F, ftr_text, hdr_text

# =====================================================================================
# az07 - H-2B job order, landscaping, English
# Term check (h2b, 19 required): employer_identity s.1; job_duties 2.1/2.6; work_location 2.4;
# employment_period 2.3; hours 2.5; job_requirements 2.7; wage_rate s.3 table; wage_adjustment
# 3.1; pay_frequency 3.2; earnings_statements 3.3; deductions 3.4 table; three_fourths s.4;
# tools s.5; inbound + visa_reimbursement + return s.6; termination 7.1.
# Absent: overtime (never stated), contract_impossibility.
# =====================================================================================
AZ07 = {
    "file": "az07.pdf",
    "program": "h2b",
    "language": "en",
    "doc_type": "job_order",
    "layout": "letter; condensed sans, small type; boxed title; numbered field grids; dense wage and "
    "deduction grids; running header with case number; footer with page count",
    "font": "dvc",
    "size": 8.8,
    "margins": (16, 18, 16),
    "title": "H-2B Job Order - Greenway Terrace Landscape Services",
    "header": hdr_text(
        "Greenway Terrace Landscape Services, Inc.  \u2022  H-2B job order",
        "Case H-400-26012-552918",
        font="dvc",
        size=7,
    ),
    "footer": ftr_text(
        "Job order for intrastate and interstate clearance", font="dvc", size=7, line=True
    ),
    "recruiters": ["Manos del Norte Reclutamiento, S.C."],
    "missing_terms": ["overtime", "contract_impossibility"],
    "traps": [
        "'feed and weed' fertilizer program is a job duty, not a fee",
        "statutory FICA and income-tax withholding (H-2B workers are not exempt)",
        "all tools and equipment at no cost",
        "visa, visa processing and border-crossing fees reimbursed in full in the first workweek",
        "no employer housing; list of rental rooms (worker's own landlord, not a housing charge)",
        "free crew trucks to client sites",
        "recruiter paid by the company; workers may not be charged",
        "company does not hold passports",
    ],
}
AZ07["blocks"] = [
    (
        "fn",
        lambda w: (
            w.pdf.set_draw_color(0, 0, 0),
            w.pdf.set_line_width(0.6),
            w.pdf.rect(w.pdf.l_margin, w.pdf.get_y(), w.pdf.epw, 20.5),
        ),
    ),
    (
        "heading",
        "JOB ORDER  \u2022  TEMPORARY NON-AGRICULTURAL EMPLOYMENT (H-2B)",
        {"size": 12.5, "align": "C", "gap_before": 1.5, "gap_after": 0.5},
    ),
    (
        "para",
        "Placed with the Maryland Department of Labor, Division of Workforce Development and Adult "
        "Learning, for intrastate and interstate clearance",
        {"align": "C", "size": 8.5, "gap": 5},
    ),
    ("heading", "1. EMPLOYER", {"size": 10}),
    (
        "table",
        [
            [
                "1.1 Legal business name",
                "Greenway Terrace Landscape Services, Inc.",
                "1.2 FEIN",
                "52-6619044",
            ],
            [
                "1.3 Address",
                "7714 Industrial Park Drive, Frederick, MD 21704",
                "1.4 Telephone",
                "(301) 555-0199",
            ],
            [
                "1.5 Contact",
                "Lorraine Byers, Human Resources Manager",
                "1.6 NAICS",
                "561730 Landscaping Services",
            ],
        ],
        [0.18, 0.37, 0.13, 0.32],
        {"size": 8.4},
    ),
    ("heading", "2. JOB OPPORTUNITY", {"size": 10}),
    (
        "table",
        [
            ["2.1 Job title", "Landscaping and Groundskeeping Worker (SOC 37-3011)"],
            ["2.2 Openings", "35"],
            ["2.3 Period of employment", "March 16, 2026 to December 15, 2026"],
            [
                "2.4 Place of employment",
                "Commercial and residential client properties in Frederick County and "
                "Montgomery County, Maryland. Crews report each morning to the company "
                "yard at 7714 Industrial Park Drive, Frederick, MD 21704.",
            ],
            [
                "2.5 Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid "
                "lunch",
            ],
        ],
        [0.25, 0.75],
        {"size": 8.4, "bold_first": True},
    ),
    (
        "para",
        "Mow, edge and trim lawns with push and riding mowers; spread mulch and pine straw; plant shrubs, "
        "trees and annual flowers; aerate and overseed lawns; apply granular fertilizer in the spring "
        "'feed and weed' program under a certified applicator's supervision; prune hedges; rake and blow "
        "leaves in the fall; load and unload trucks and trailers; and keep the yard and equipment clean.",
        {"lead": "2.6 Duties."},
    ),
    (
        "para",
        "Three months of experience in landscaping or grounds maintenance. Able to lift 50 pounds and to "
        "work outdoors in heat and rain. A driver's license is not required.",
        {"lead": "2.7 Minimum requirements."},
    ),
    ("heading", "3. WAGES, PAY AND DEDUCTIONS", {"size": 10}),
    (
        "table",
        [
            [
                "Base wage",
                "$18.34 per hour",
                "All hours worked",
                "Equal to the prevailing wage issued for this job",
            ],
            [
                "Paid holidays",
                "$18.34 per hour, 8 hours",
                "Memorial Day, July 4, Labor Day",
                "Paid when the worker works the scheduled day before and after",
            ],
            [
                "Snow and leaf bonus",
                "$1.00 per hour",
                "November 1 to December 15",
                "Added to the base wage",
            ],
        ],
        [0.2, 0.22, 0.25, 0.33],
        {"header": ["Pay item", "Rate", "When", "Notes"], "size": 8.4},
    ),
    (
        "para",
        "If the Department of Labor issues a higher prevailing wage for this job during the certification "
        "period, or the federal, Maryland or county minimum wage rises above the base wage, the company pays "
        "the higher rate from the date it takes effect.",
        {"lead": "3.1 Wage increases."},
    ),
    (
        "para",
        "Every two weeks, on Friday, by check or by pay card at the worker's choice.",
        {"lead": "3.2 Pay frequency."},
    ),
    (
        "para",
        "Each pay stub shows hours offered, hours worked, rate of pay, gross earnings, every deduction "
        "and net pay, and the company's name, address and FEIN.",
        {"lead": "3.3 Earnings statements."},
    ),
    ("para", "The company makes only the deductions listed below.", {"lead": "3.4 Deductions."}),
    (
        "table",
        [
            ["Federal income tax", "IRS withholding tables", "Every payday", "Required by law"],
            [
                "Social Security and Medicare",
                "7.65%",
                "Every payday",
                "Required by law; H-2B workers are not exempt",
            ],
            ["Maryland and county income tax", "State tables", "Every payday", "Required by law"],
            ["Uniform kit", "See section 5", "First paycheck", "See section 5"],
            ["Garnishments", "As ordered", "As ordered", "Only under a court or agency order"],
        ],
        [0.28, 0.2, 0.17, 0.35],
        {"header": ["Deduction", "Amount", "When", "Basis"], "size": 8.4, "zebra": (240, 240, 240)},
    ),
    ("heading", "4. THREE-FOURTHS GUARANTEE", {"size": 10}),
    (
        "para",
        "For each 12-week period of the employment period (or each 6-week period when less than 12 weeks "
        "remain), the company guarantees to offer each worker employment for at least three-fourths of the "
        "workdays, counting 8 hours per workday. If it offers less, it pays the worker the amount he or she "
        "would have earned for the guaranteed hours.",
    ),
    ("heading", "5. TOOLS, EQUIPMENT AND UNIFORMS", {"size": 10}),
    (
        "para",
        "All tools, equipment and supplies needed to do the work (mowers, string trimmers, blowers, hedge "
        "shears, rakes and wheelbarrows) are provided at no cost to the worker.",
    ),
    (
        "para",
        F(
            "A uniform kit (four shirts, one rain jacket and safety glasses) is issued against a refundable "
            "deposit of $60, deducted from the first paycheck and repaid when the kit is returned clean.",
            "equipment_charge",
            60.0,
            "USD",
        ),
    ),
    ("heading", "6. TRAVEL AND VISA COSTS", {"size": 10}),
    (
        "para",
        F(
            "The company reimburses inbound bus fare and daily subsistence up to a maximum of $150 per worker; "
            "any cost above that amount is the worker's responsibility.",
            "travel_cost",
            150.0,
            "USD",
        ),
        {"lead": "6.1 Inbound."},
    ),
    (
        "para",
        "Visa, visa processing and border-crossing fees are reimbursed in full in the first workweek.",
        {"lead": "6.2 Visa."},
    ),
    (
        "para",
        "Workers who complete the period of employment, or who are dismissed early for any reason other "
        "than cause, receive return transportation and daily subsistence to the place from which they "
        "came.",
        {"lead": "6.3 Return."},
    ),
    ("heading", "7. OTHER CONDITIONS", {"size": 10}),
    (
        "para",
        "A worker who is absent for 5 consecutive working days without the company's consent is considered "
        "to have abandoned the job, and the company will notify the Department of Labor and DHS. A worker "
        "may be dismissed for cause after a documented warning.",
        {"lead": "7.1 Abandonment and discharge."},
    ),
    (
        "para",
        "Housing is not provided. On request, the company gives workers a list of rental rooms near the "
        "yard; workers deal with those landlords directly.",
        {"lead": "7.2 Housing."},
    ),
    (
        "para",
        "Workers ride from the yard to client sites in company crew trucks at no charge.",
        {"lead": "7.3 Daily transportation."},
    ),
    (
        "para",
        "Workers in Mexico are recruited by Manos del Norte Reclutamiento, S.C., of Matehuala, San Luis "
        "Potos\u00ed. The company pays all of its fees; no worker may be charged for recruitment.",
        {"lead": "7.4 Recruitment."},
    ),
    (
        "para",
        "The company does not hold workers' passports or visas and does not retaliate against workers who "
        "complain.",
        {"lead": "7.5 Documents."},
    ),
    (
        "para",
        "Apply by calling (301) 555-0199 or at any Maryland American Job Center, referencing case "
        "H-400-26012-552918.",
        {"lead": "7.6 How to apply."},
    ),
]

# =====================================================================================
# az08 - H-2B hotel housekeeping seasonal employment contract, English
# Term check (h2b): employer_identity parties; job_duties 1; work_location 2; period 3; hours 4;
# job_requirements 5; wage_rate + wage_adjustment 6; overtime 7; pay_frequency 8;
# visa_reimbursement 9 (stated, but conditional = the visa_cost finding); inbound + return 10;
# deductions 12; tools 13; termination 14; contract_impossibility 15.
# Absent: three_fourths_guarantee, earnings_statements.
# =====================================================================================
AZ08 = {
    "file": "az08.pdf",
    "program": "h2b",
    "language": "en",
    "doc_type": "work_contract",
    "layout": "letter; justified serif; numbered clauses; 'pay and charges at a glance' gridded table "
    "on page 1; two-party signature block",
    "font": "lserif",
    "size": 10.5,
    "margins": (25, 20, 25),
    "title": "Seasonal Employment Contract - Dune Harbor Inn & Suites",
    "header": hdr_text(
        "Seabright Hospitality Group LLC d/b/a Dune Harbor Inn & Suites",
        "Seasonal Employment Contract (H-2B)",
        font="lserif",
        size=8,
        skip_first=True,
    ),
    "footer": ftr_text("", font="lserif", size=8, center=True),
    "recruiters": [],
    "missing_terms": ["three_fourths_guarantee", "earnings_statements"],
    "traps": [
        "'restock coffee pods' contains 'fee'",
        "'flag rooms with a pet fee' is a job duty (guests pay the fee)",
        "inbound bus and subsistence reimbursed in the first workweek",
        "statutory tax withholding",
        "uniforms, supplies and carts free; hotel launders uniforms",
        "employees keep their own passports",
    ],
}
AZ08["blocks"] = [
    (
        "heading",
        "SEASONAL EMPLOYMENT CONTRACT",
        {"size": 16, "align": "C", "gap_before": 0, "gap_after": 0.5},
    ),
    (
        "para",
        "H-2B temporary non-agricultural employment  \u2022  2026 season",
        {"align": "C", "style": "I", "gap": 4},
    ),
    (
        "para",
        "This contract is between Seabright Hospitality Group LLC, doing business as Dune Harbor Inn & "
        'Suites, 2100 South Virginia Dare Trail, Nags Head, North Carolina 27959 ("the Company"), and the '
        'worker named below ("the Employee"). It sets out the terms of the Employee\'s seasonal '
        "employment under labor certification H-400-26033-481177.",
        {"align": "J"},
    ),
    ("heading", "Pay and charges at a glance", {"size": 11}),
    (
        "table",
        [
            ["Hourly wage", "$14.62", "Every hour worked up to 40 per week", "Clause 6"],
            ["Overtime", "$21.93", "Hours over 40 in a workweek", "Clause 7"],
            ["Visa fee", "$205", "Refunded with final paycheck", "Clause 9"],
            ["Inbound bus and meals", "Actual cost", "Reimbursed in first workweek", "Clause 10"],
            ["Staff housing (optional)", "$115 per week", "Every paycheck", "Clause 11"],
            ["Uniforms and supplies", "No charge", "-", "Clause 13"],
        ],
        [0.3, 0.17, 0.37, 0.16],
        {"header": ["Item", "Amount", "When", "See"], "size": 9.5, "head_fill": (200, 215, 230)},
    ),
    (
        "para",
        "The Employee cleans guest rooms and suites, makes beds, replaces linens and towels, restocks "
        "coffee pods, toiletries and minibar cards, vacuums hallways and stairwells, and flags any room "
        "with a pet fee for deep cleaning. Job title: Housekeeper / Room Attendant (Maids and Housekeeping "
        "Cleaners, SOC 37-2012).",
        {"lead": "1. Position.", "align": "J"},
    ),
    (
        "para",
        "Dune Harbor Inn & Suites, 2100 South Virginia Dare Trail, Nags Head, NC 27959, and its sister "
        "property, Seabright Cottages, 4501 South Croatan Highway, Nags Head, NC 27959.",
        {"lead": "2. Place of work.", "align": "J"},
    ),
    ("para", "April 20, 2026 through October 15, 2026.", {"lead": "3. Term.", "align": "J"}),
    (
        "para",
        "35 to 40 hours per week, five days a week, 8:00 a.m. to 4:30 p.m. with a 30-minute unpaid "
        "break. Weekend work is part of the normal schedule.",
        {"lead": "4. Hours.", "align": "J"},
    ),
    (
        "para",
        "Three months of experience as a hotel housekeeper; able to push a loaded cart and to lift 30 "
        "pounds. English is not required.",
        {"lead": "5. Requirements.", "align": "J"},
    ),
    (
        "para",
        "$14.62 per hour, which is at least the prevailing wage certified for this job. If the prevailing "
        "wage or an applicable minimum wage increases during the contract, the Company pays the higher "
        "rate from its effective date.",
        {"lead": "6. Wage.", "align": "J"},
    ),
    (
        "para",
        "Hours worked over 40 in a workweek are paid at $21.93 per hour.",
        {"lead": "7. Overtime.", "align": "J"},
    ),
    (
        "para",
        "Every other Friday, for the two weeks ending the previous Sunday, by direct deposit or "
        "paycheck.",
        {"lead": "8. Payday.", "align": "J"},
    ),
    (
        "para",
        F(
            "The Company refunds the $205 visa fee with the final paycheck of the season, but only to "
            "Employees who complete the season; those who leave before October 15 are not refunded.",
            "visa_cost",
            205.0,
            "USD",
        ),
        {"lead": "9. Visa fee.", "align": "J"},
    ),
    (
        "para",
        "The Company reimburses, in the first workweek, the bus fare from the Employee's home city to "
        "Nags Head and daily subsistence of $16.36 for each travel day. At the end of the season, or if the "
        "Employee is dismissed early for reasons other than cause, the Company pays the bus home and "
        "subsistence on the way.",
        {"lead": "10. Travel.", "align": "J"},
    ),
    (
        "para",
        [
            F(
                "Staff housing at the Seabright dormitory is optional and costs $115 per week, deducted from each "
                "paycheck.",
                "housing_charge",
                115.0,
                "USD",
            ),
            "Employees may live anywhere they choose.",
        ],
        {"lead": "11. Housing.", "align": "J"},
    ),
    (
        "para",
        "The Company deducts federal and North Carolina income tax, Social Security and Medicare taxes, "
        "the staff housing charge for Employees who choose it, and any court-ordered garnishment. No other "
        "deduction is made without the Employee's written authorization.",
        {"lead": "12. Deductions.", "align": "J"},
    ),
    (
        "para",
        "Uniforms (three tops and two pairs of pants), cleaning supplies, gloves and carts are provided by "
        "the Company at no charge, and the Company launders the uniforms.",
        {"lead": "13. Uniforms and supplies.", "align": "J"},
    ),
    (
        "para",
        [
            F(
                "An Employee who resigns before the end date agrees to repay $450 in onboarding costs as "
                "liquidated damages, which may be taken from the last paycheck.",
                "breach_penalty",
                450.0,
                "USD",
            ),
            "An Employee who is absent 5 consecutive working days without notice is considered to have "
            "abandoned the job. The Company may dismiss an Employee for cause after a written warning.",
        ],
        {"lead": "14. Leaving early and dismissal.", "align": "J"},
    ),
    (
        "para",
        "If a hurricane, fire or other Act of God forces the hotel to close and the Department of Labor "
        "approves ending the contract, the Company pays all wages earned and the Employee's return "
        "transportation, and tries to transfer the Employee to other work.",
        {"lead": "15. Storm closure.", "align": "J"},
    ),
    (
        "para",
        "Employees keep their own passports and visas.",
        {"lead": "16. Documents.", "align": "J"},
    ),
    (
        "para",
        "A Spanish translation of this contract is attached. Both parties sign below.",
        {"lead": "17. Copies.", "align": "J"},
    ),
    (
        "signatures",
        [
            ("For the Company", ["Brenda Tillett, General Manager", "Date:"]),
            ("Employee", ["Name:", "Signature and date:"]),
        ],
        {"gap": 14},
    ),
]

# =====================================================================================
# az09 - H-2B master recruitment agreement (A4), page 3 is a scanned signed addendum
# Term check (h2b) from clauses 5-6 and Schedule 2: employer_identity, job_duties, work_location,
# period, hours, job_requirements, wage_rate, wage_adjustment, pay_frequency, deductions,
# three_fourths, earnings_statements, termination, inbound, return, visa_reimbursement present.
# Absent: overtime, tools_provided, contract_impossibility.
# =====================================================================================
AZ09 = {
    "file": "az09.pdf",
    "program": "h2b",
    "language": "en",
    "doc_type": "recruiter_agreement",
    "layout": "A4; sans; numbered clauses; Schedule 1 cost grid; Schedule 2 terms grid; page 3 is a "
    "SCANNED (image-only) signed addendum with agency stamp",
    "format": "A4",
    "font": "lsans",
    "size": 9.8,
    "margins": (20, 18, 20),
    "title": "Master Agreement - Hoopers Neck Seafood / Mar y Tierra Colocaciones",
    "header": hdr_text(
        "Master Agreement for the Recruitment of H-2B Seasonal Workers",
        "Hoopers Neck / Mar y Tierra",
        font="lsans",
        size=7.5,
    ),
    "footer": ftr_text("Initials: ______ / ______", font="lsans", size=7.5),
    "scan_header": hdr_text(
        "Master Agreement for the Recruitment of H-2B Seasonal Workers",
        "Hoopers Neck / Mar y Tierra",
        font="lsans",
        size=7.5,
    ),
    "scan_footer": ftr_text(
        "Initials: ______ / ______", page_fmt="Page 3 of 3", font="lsans", size=7.5
    ),
    "recruiters": ["Mar y Tierra Colocaciones, S.C."],
    "missing_terms": ["overtime", "tools_provided", "contract_impossibility"],
    "traps": [
        "employer pays the agency USD 300 per visa issued",
        "visa, border-crossing and consulate travel/lodging reimbursed in first workweek",
        "'guarantee' is the three-fourths work guarantee, not guarantee money",
        "free bunkhouse housing",
        "agency will not keep passports",
        "'not charged for the job offer itself' (negation next to a real fee)",
        "statutory payroll taxes",
    ],
}


def _az09_stamp(w):
    pdf = w.pdf
    y = pdf.get_y()
    pdf.set_draw_color(40, 60, 150)
    pdf.set_line_width(0.6)
    cx, cy = pdf.l_margin + 118, y - 1
    pdf.ellipse(cx, cy, 34, 34)
    pdf.ellipse(cx + 3, cy + 3, 28, 28)
    pdf.set_text_color(40, 60, 150)
    pdf.set_font("lsans", "B", 6)
    pdf.set_xy(cx + 2, cy + 12)
    pdf.cell(30, 3, "MAR Y TIERRA", align="C")
    pdf.set_xy(cx + 2, cy + 15.5)
    pdf.cell(30, 3, "COLOCACIONES", align="C")
    pdf.set_xy(cx + 2, cy + 19)
    pdf.cell(30, 3, "MAZATL\u00c1N, SIN.", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(cy + 38)


AZ09_SCAN = [
    (
        "heading",
        "ADDENDUM No. 1 TO THE MASTER AGREEMENT",
        {"size": 13, "align": "C", "gap_before": 0},
    ),
    (
        "para",
        "Advances to workers  \u2022  signed in Mazatl\u00e1n on February 20, 2026",
        {"align": "C", "style": "I", "gap": 5},
    ),
    (
        "para",
        "At the Agency's request, Hoopers Neck Seafood Company, Inc. and Mar y Tierra Colocaciones, S.C. "
        "add the following paragraph to clause 4 of the Master Agreement dated January 9, 2026:",
        {"size": 11},
    ),
    (
        "para",
        F(
            "The Agency may lend each worker up to USD 600 before departure, repaid through payroll "
            "deductions of USD 50 per week that the Employer remits to the Agency.",
            "debt_bondage",
            600.0,
            "USD",
        ),
        {"hang": ("4.4", 11), "size": 11},
    ),
    (
        "para",
        'The Employer will show the deduction on each worker\'s pay stub as "Agency advance".',
        {"hang": ("4.5", 11), "size": 11},
    ),
    ("para", "All other terms of the Master Agreement remain in force.", {"size": 11, "gap": 4}),
    (
        "signatures",
        [
            ("For Hoopers Neck Seafood Company, Inc.", ["Carl Tyler Parks, President"]),
            ("For Mar y Tierra Colocaciones, S.C.", ["Ing. Rosendo Lizárraga Osuna, Director"]),
        ],
        {"gap": 22, "size": 10},
    ),
    ("fn", _az09_stamp),
    (
        "para",
        "Received and acknowledged by the workers' representative: ______________________",
        {"size": 10},
    ),
]

AZ09["blocks"] = [
    (
        "heading",
        "MASTER AGREEMENT FOR THE RECRUITMENT OF H-2B SEASONAL WORKERS",
        {"size": 13, "align": "C", "gap_before": 0},
    ),
    (
        "para",
        "Season 2026  \u2022  Crab meat processing  \u2022  Job order H-400-26020-377140",
        {"align": "C", "gap": 4},
    ),
    (
        "para",
        "This agreement is made on January 9, 2026 between Hoopers Neck Seafood Company, Inc., 4410 "
        'Hoopers Island Road, Fishing Creek, Maryland 21634, USA ("the Employer"), and Mar y Tierra '
        "Colocaciones, S.C., Av. Rafael Buelna 1880, Col. Lomas de Mazatl\u00e1n, Mazatl\u00e1n, Sinaloa "
        '82110, Mexico ("the Agency").',
        {"align": "J"},
    ),
    (
        "para",
        "The Agency will recruit 60 crab meat pickers for the Employer's 2026 season under the job order "
        "above, and the Employer will petition for their H-2B visas.",
        {"lead": "1. Purpose.", "align": "J"},
    ),
    (
        "para",
        "The Agency will announce the jobs in Sinaloa and Nayarit, interview candidates, check their "
        "experience, fill in the DS-160 forms, book interviews at the U.S. Consulate General in Monterrey "
        "and organize the group's travel.",
        {"lead": "2. Agency services.", "align": "J"},
    ),
    (
        "para",
        "The Employer pays the Agency USD 300 for each worker who is issued a visa, plus the actual cost "
        "of buses and hotels the Agency arranges for workers, against receipts.",
        {"lead": "3. Payments by the Employer.", "align": "J"},
    ),
    (
        "para",
        "Candidates are not charged for the job offer itself.",
        {"hang": ("4.1", 10), "align": "J"},
    ),
    (
        "para",
        F(
            "Each candidate pays the Agency a registration of USD 95 at the first interview, which covers "
            "the opening of the candidate's file.",
            "recruitment_fee",
            95.0,
            "USD",
        ),
        {"hang": ("4.2", 10), "align": "J"},
    ),
    (
        "para",
        "Other pre-departure costs are allocated as shown in Schedule 1.",
        {"hang": ("4.3", 10), "align": "J"},
    ),
    (
        "para",
        "The Employer reimburses each worker, in the first workweek, the visa fee, the border-crossing fee "
        "and any travel and lodging the worker paid to reach the consulate and the plant.",
        {"lead": "5. Visa and travel.", "align": "J"},
    ),
    (
        "para",
        "At the end of the season, or if a worker is dismissed early for reasons other than cause, the "
        "Employer pays the bus from Fishing Creek to Mazatl\u00e1n and meals on the way.",
        {"lead": "6. Return.", "align": "J"},
    ),
    (
        "para",
        "The Agency will not keep workers' passports or identity documents and will not threaten workers "
        "who raise complaints.",
        {"lead": "7. Conduct.", "align": "J"},
    ),
    (
        "para",
        "This agreement runs from January 9, 2026 to December 31, 2026.",
        {"lead": "8. Duration.", "align": "J"},
    ),
    ("heading", "SCHEDULE 1  \u2022  Pre-departure costs", {"size": 11}),
    (
        "table",
        [
            ["Agency placement service", "Employer", "USD 300 per visa issued (clause 3)."],
            ["Registration", "Candidate", "USD 95 (clause 4.2)."],
            [
                "Visa (MRV) fee",
                "Candidate pays at the bank",
                "Reimbursed by the Employer in the first workweek.",
            ],
            [
                "Pre-departure orientation",
                "Candidate",
                F(
                    "Pre-departure orientation and food-safety course in Mazatl\u00e1n (two days), paid by the candidate: "
                    "MXN 1,800.",
                    "training_cost",
                    1800.0,
                    "MXN",
                ),
            ],
            [
                "Bus Mazatl\u00e1n to Monterrey and hotel",
                "Employer",
                "Arranged by the Agency and invoiced at cost.",
            ],
            ["Bus Monterrey to Fishing Creek", "Employer", "Chartered by the Employer."],
        ],
        [0.3, 0.22, 0.48],
        {"header": ["Item", "Who pays", "Notes"], "size": 9},
    ),
    ("page",),
    ("heading", "SCHEDULE 2  \u2022  Terms of employment", {"size": 11, "gap_before": 0}),
    (
        "kv",
        [
            [
                "Employer",
                "Hoopers Neck Seafood Company, Inc., 4410 Hoopers Island Road, Fishing Creek, MD 21634",
            ],
            [
                "Job",
                "Crab meat picker (Meat, Poultry and Fish Cutters and Trimmers, SOC 51-3022): pick cooked blue "
                "crab meat by hand, sort it by grade (jumbo lump, backfin, claw), pack it in containers and "
                "clean the picking room.",
            ],
            ["Worksite", "Picking house at 4410 Hoopers Island Road, Fishing Creek, MD 21634"],
            ["Period", "April 1, 2026 to November 30, 2026"],
            [
                "Hours",
                "35 hours per week, Monday to Saturday, from 5:00 a.m. until the day's crabs are picked",
            ],
            ["Requirements", "Three months of experience picking crab or processing seafood"],
            [
                "Pay",
                "$3.25 per pound of crab meat picked, with a guaranteed minimum of $16.42 for every hour worked",
            ],
            [
                "Wage changes",
                "The Employer pays any higher prevailing wage or minimum wage from its effective date",
            ],
            ["Payday", "Weekly, every Friday"],
            [
                "Pay stubs",
                "An itemized stub with hours, pounds, rates, deductions and net pay every payday",
            ],
            ["Deductions", "Federal and Maryland income tax; Social Security and Medicare"],
            [
                "Work guarantee",
                "Hours equal to at least three-fourths of the workdays in each 12-week period",
            ],
            ["Housing", "Free bunkhouse at 4418 Hoopers Island Road, Fishing Creek"],
            [
                "Leaving the job",
                "Five consecutive days of unexcused absence is abandonment; dismissal only for "
                "cause",
            ],
        ],
        {"split": 0.22, "size": 9},
    ),
    (
        "para",
        "Signed in Mazatl\u00e1n and Fishing Creek by the authorized representatives of both parties.",
        {"gap": 2},
    ),
    (
        "signatures",
        [
            ("For Hoopers Neck Seafood Company, Inc.", ["Carl Tyler Parks, President"]),
            (
                "For Mar y Tierra Colocaciones, S.C.",
                ["Ing. Rosendo Liz\u00e1rraga Osuna, Director"],
            ),
        ],
        {"gap": 14},
    ),
    ("scan", AZ09_SCAN, {"seed": 9, "dpi": 220}),
]

# =====================================================================================
# az10 - H-2B traveling carnival contract, Spanish, COMPLIANT
# Term check (h2b): all 19 present (sections 1-12).
# =====================================================================================
AZ10 = {
    "file": "az10.pdf",
    "program": "h2b",
    "language": "es",
    "doc_type": "work_contract",
    "layout": "letter; sans; left label column with text column (borderless grid); gridded itinerary "
    "table; signature block with fingerprint box",
    "font": "dvs",
    "size": 9,
    "margins": (18, 18, 18),
    "title": "Contrato de trabajo de temporada H-2B - Cardinal Midway Shows",
    "header": hdr_text(
        "Cardinal Midway Shows, Inc.",
        "Contrato de temporada H-2B \u2022 2026",
        font="dvs",
        size=7,
        skip_first=True,
    ),
    "footer": ftr_text(
        "Orden de trabajo H-400-26003-210458",
        page_fmt="P\u00e1gina {p} de {nb}",
        font="dvs",
        size=7,
    ),
    "recruiters": ["Agencia Puerta Norte de Empleo Temporal, S.C."],
    "missing_terms": [],
    "traps": [
        "'vender boletos y cobrar la entrada a los visitantes' is a job duty",
        "'dep\u00f3sito directo' is how wages are paid, not a deposit",
        "free coffee and water",
        "free bunks in dormitory trailers",
        "'no pide fianza, pagar\u00e9, dep\u00f3sito en garant\u00eda' (negated bond)",
        "visa, consular appointment and border fees reimbursed in the first week",
        "no fine for leaving early; lawful loss of return ticket and guarantee",
        "workers' compensation paid by the company",
        "statutory tax and FICA withholding",
        "recruiter paid by the company; nobody may charge",
        "worker keeps passport; complaints without reprisal",
    ],
}


AZ10["blocks"] = [
    (
        "band",
        "CONTRATO DE TRABAJO DE TEMPORADA  \u2022  VISA H-2B",
        {
            "subtitle": "Cardinal Midway Shows, Inc.  \u2022  feria itinerante  \u2022  temporada 2026",
            "fill": (150, 20, 40),
            "top": True,
            "font": "dvs",
            "size": 14,
        },
    ),
    (
        "table",
        [
            [
                "**1. Las partes**",
                "Cardinal Midway Shows, Inc., con domicilio en 1905 West Broadway Boulevard, Sedalia, Missouri 65301, "
                "EE. UU. (la Empresa), y la persona trabajadora que firma al final (el Trabajador).",
            ],
            [
                "**2. Puesto y labores**",
                "Operador de juegos mec\u00e1nicos y ayudante de feria (Amusement and Recreation Attendants, SOC "
                "39-3091). Armar y desarmar los juegos mec\u00e1nicos y los puestos; operar los juegos seg\u00fan el manual "
                "del fabricante; revisar cinturones y barras de seguridad de cada pasajero; vender boletos y cobrar la "
                "entrada a los visitantes en la taquilla; limpiar los juegos y el terreno de la feria; y ayudar a "
                "cargar los remolques en cada traslado.",
            ],
            [
                "**3. Requisitos**",
                "No se requiere experiencia. El Trabajador debe poder levantar 50 libras y trabajar a la intemperie y "
                "de noche.",
            ],
            ["**4. Periodo**", "Del 30 de marzo de 2026 al 31 de octubre de 2026."],
            ["**5. Lugares de trabajo**", "Los lugares y fechas del itinerario siguiente:"],
        ],
        [0.22, 0.78],
        {"border": False, "size": 9, "pad": 1.6},
    ),
    (
        "table",
        [
            [
                "Cuartel de invierno (armado y pintura)",
                "1905 West Broadway Blvd., Sedalia, MO",
                "30 mar \u2013 19 abr",
            ],
            [
                "Feria de Primavera del Valle",
                "Fairgrounds, 2200 East 7th Street, Joplin, MO",
                "23 abr \u2013 3 may",
            ],
            ["Festival del R\u00edo", "Riverfront Park, Hannibal, MO", "14 \u2013 24 may"],
            [
                "Feria del Condado de Osage",
                "Osage County Fairgrounds, Linn, MO",
                "11 \u2013 21 jun",
            ],
            ["Feria Regional del Lago", "Lakeside Park, Osage Beach, MO", "2 \u2013 19 jul"],
            [
                "Feria del Condado de Johnson",
                "Johnson County Fairgrounds, Warrensburg, MO",
                "24 jul \u2013 2 ago",
            ],
            [
                "Fiestas de la Cosecha",
                "Fairgrounds, 1600 East Main Street, Chillicothe, MO",
                "4 \u2013 20 sep",
            ],
            [
                "Cierre de temporada",
                "1905 West Broadway Blvd., Sedalia, MO",
                "21 sep \u2013 31 oct",
            ],
        ],
        [0.36, 0.44, 0.20],
        {"header": ["Evento", "Lugar", "Fechas 2026"], "size": 8.5, "head_fill": (235, 205, 210)},
    ),
    (
        "table",
        [
            [
                "**6. Jornada**",
                "40 horas por semana, de mi\u00e9rcoles a domingo, de 2:00 p. m. a 10:30 p. m., con media hora para cenar. "
                "En los d\u00edas de traslado el horario cambia, pero la semana normal sigue siendo de 40 horas.",
            ],
            [
                "**7. Salario**",
                "$15.61 d\u00f3lares por hora. Si el salario prevaleciente o el salario m\u00ednimo federal, estatal o local "
                "sube durante el contrato, la Empresa pagar\u00e1 la tarifa m\u00e1s alta desde la fecha en que entre en "
                "vigor.",
            ],
            [
                "**8. Tiempo extra**",
                "Las horas trabajadas despu\u00e9s de 40 en una semana se pagan a $23.42 por hora (tiempo y medio).",
            ],
            [
                "**9. Pago y tal\u00f3n**",
                "Semanal, cada lunes, por dep\u00f3sito directo en una tarjeta de n\u00f3mina que la Empresa entrega sin "
                "costo, o con cheque. Con cada pago se entrega un tal\u00f3n con las horas ofrecidas, las horas trabajadas, "
                "la tarifa, el pago bruto, cada descuento y el pago neto.",
            ],
            [
                "**10. Descuentos**",
                "S\u00f3lo se descuentan el impuesto federal sobre la renta, el impuesto estatal de Missouri (o del estado "
                "donde se trabaje, si la ley lo exige), el Seguro Social y Medicare (FICA) y los pagos que ordene un "
                "juez. No se descuenta nada por vivienda, herramientas, uniformes ni transporte.",
            ],
            [
                "**11. Garant\u00eda de 3/4**",
                "La Empresa garantiza ofrecer trabajo por al menos las tres cuartas partes de las horas de cada periodo "
                "de 12 semanas (o de 6 semanas al final del contrato). Si ofrece menos, paga la diferencia.",
            ],
            [
                "**12. Viaje de ida y visa**",
                "La Empresa compra el boleto de autob\u00fas de Tampico, Tamaulipas, a Sedalia y paga vi\u00e1ticos de $16.36 "
                "por cada d\u00eda de viaje. La cuota de la visa, el servicio de cita consular y el cruce fronterizo se "
                "reembolsan completos en la primera semana de trabajo.",
            ],
            [
                "**13. Regreso**",
                "Al terminar el contrato, o si la Empresa lo despide antes sin causa, paga el autob\u00fas de regreso a "
                "Tampico y los vi\u00e1ticos del camino.",
            ],
            [
                "**14. Vivienda y comida**",
                "La Empresa ofrece, sin costo, literas en remolques dormitorio que viajan con la feria, con ba\u00f1o, "
                "regadera y aire acondicionado. En el comedor del personal hay caf\u00e9 y agua fr\u00eda gratis.",
            ],
            [
                "**15. Herramientas y uniformes**",
                "Herramientas, equipo de seguridad, playeras y gorras se entregan sin costo y sin dep\u00f3sito.",
            ],
            [
                "**16. Garant\u00edas**",
                "La Empresa no pide fianza, pagar\u00e9, dep\u00f3sito en garant\u00eda ni ning\u00fan otro tipo de garant\u00eda.",
            ],
            [
                "**17. Seguro**",
                "El Trabajador est\u00e1 cubierto por el seguro de compensaci\u00f3n laboral (workers' compensation) de la "
                "Empresa, que ella paga por completo.",
            ],
            [
                "**18. Abandono y despido**",
                "Si el Trabajador falta 5 d\u00edas de trabajo seguidos sin permiso, se considera que abandon\u00f3 el empleo "
                "y la Empresa avisa al Departamento del Trabajo. Puede haber despido por causa justificada despu\u00e9s de "
                "una advertencia por escrito. Quien renuncie antes no paga ninguna multa; s\u00f3lo pierde el boleto de "
                "regreso pagado y la garant\u00eda de 3/4, como lo permite la ley.",
            ],
            [
                "**19. Si el trabajo se vuelve imposible**",
                "Si un incendio, una tormenta, una inundaci\u00f3n u otra causa de fuerza mayor impide seguir con la "
                "temporada y el Departamento del Trabajo lo aprueba, la Empresa pagar\u00e1 los salarios ganados, la "
                "garant\u00eda de 3/4 hasta esa fecha y el regreso a Tampico, y tratar\u00e1 de conseguirle otro empleo.",
            ],
            [
                "**20. Reclutamiento**",
                "La Agencia Puerta Norte de Empleo Temporal, S.C., de Tampico, Tamaulipas, recibe su pago de la "
                "Empresa. Ni la agencia ni nadie m\u00e1s puede cobrarle por este empleo.",
            ],
            [
                "**21. Documentos y quejas**",
                "El Trabajador guarda su propio pasaporte. Puede quejarse ante la Empresa o ante cualquier autoridad "
                "sin sufrir represalias.",
            ],
        ],
        [0.22, 0.78],
        {"border": False, "size": 9, "pad": 1.6},
    ),
    (
        "signatures",
        [
            ("Por la Empresa", ["Darlene Voss, presidenta", "Sedalia, 9 de febrero de 2026"]),
            ("El Trabajador", ["Nombre:", "Firma:"]),
        ],
        {"gap": 14, "box": "Huella"},
    ),
]

# =====================================================================================
# az11 - H-2B pay and deductions policy (reforestation), English; page 2 landscape
# Term check (h2b): summary table gives employer_identity, job_duties, work_location, period,
# hours, job_requirements, wage_rate, wage_adjustment, overtime, pay_frequency,
# earnings_statements, three_fourths, tools, inbound, visa_reimbursement; deductions schedule.
# Absent: return_transportation, termination, contract_impossibility.
# =====================================================================================
AZ11 = {
    "file": "az11.pdf",
    "program": "h2b",
    "language": "en",
    "doc_type": "pay_policy",
    "layout": "letter; memo header block; summary grid; page 2 LANDSCAPE with dense numbered deduction "
    "schedule; acknowledgment page",
    "font": "lsans",
    "size": 9.5,
    "margins": (18, 18, 18),
    "title": "Policy PB-07 - Pay, deductions and crew conduct",
    "header": hdr_text(
        "Pine Belt Reforestation Services LLC  \u2022  Policy PB-07",
        "Rev. 12/08/2025",
        font="lsans",
        size=7.5,
        skip_first=True,
    ),
    "footer": ftr_text("PB-07 Pay, deductions and crew conduct", font="lsans", size=7.5),
    "recruiters": ["Reclutamiento Forestal del Sureste, S.C."],
    "missing_terms": ["return_transportation", "termination", "contract_impossibility"],
    "traps": [
        "statutory income tax and FICA",
        "visa and border-crossing fees reimbursed in first workweek",
        "motel rooms on the road at no cost",
        "planting tools and safety gear free, no deposit",
        "'The Company does not make cash advances or loans' (negated debt)",
        "'no part is held until the end of the season' (negated wage withholding)",
        "recruiter paid only by the company",
        "workers keep passports",
    ],
}


def _az11_memo(w):
    pdf = w.pdf
    pdf.set_font("lsans", "B", 15)
    pdf.set_xy(pdf.l_margin, 16)
    pdf.cell(pdf.epw, 7, "PINE BELT REFORESTATION SERVICES LLC")
    pdf.set_font("lsans", "", 8.5)
    pdf.set_xy(pdf.l_margin, 23)
    pdf.cell(
        pdf.epw,
        5,
        "1207 Industrial Boulevard, Hattiesburg, Mississippi 39401  \u2022  (601) 555-0122",
    )
    pdf.set_fill_color(20, 20, 20)
    pdf.rect(pdf.l_margin, 29.5, pdf.epw, 1.2, style="F")
    pdf.set_y(33)


AZ11["blocks"] = [
    ("fn", _az11_memo),
    (
        "heading",
        "POLICY PB-07: PAY, DEDUCTIONS AND CREW CONDUCT  \u2022  H-2B TREE PLANTERS, 2026 SEASON",
        {"size": 11, "gap_before": 0},
    ),
    (
        "table",
        [
            ["To:", "All H-2B crew members and foremen"],
            ["From:", "Dwayne Rasberry, Operations Manager"],
            ["Date:", "December 8, 2025"],
            ["Applies to:", "Job order H-400-25285-118820 and every crew working under it"],
        ],
        [0.15, 0.85],
        {"border": False, "size": 9.5, "bold_first": True, "pad": 0.8},
    ),
    ("rule",),
    ("heading", "1. Summary of your work contract", {"size": 10.5}),
    (
        "kv",
        [
            [
                "Employer",
                "Pine Belt Reforestation Services LLC, 1207 Industrial Boulevard, Hattiesburg, Mississippi "
                "39401",
            ],
            [
                "Job",
                "Forest and Conservation Worker (SOC 45-4011): hand-plant loblolly and longleaf pine seedlings "
                "with a hoedad or dibble bar, carry seedling bags, keep roots moist, and space and count trees to "
                "the landowner's prescription.",
            ],
            [
                "Worksites",
                "Timber tracts in Forrest, Perry and Greene Counties, Mississippi: Black Creek tract near "
                "Brooklyn, Leaf River tract near New Augusta, and Chickasawhay tract near Leakesville. Crews "
                "meet at the Hattiesburg yard.",
            ],
            ["Period", "January 5, 2026 to April 30, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 6:30 a.m. to 3:00 p.m.; Saturdays are used to make up "
                "days lost to rain",
            ],
            [
                "Requirements",
                "No experience required; able to walk rough, wet ground all day carrying 40 pounds",
            ],
            ["Wage", "$15.88 per hour"],
            [
                "Wage changes",
                "If a higher prevailing wage or minimum wage applies during the season, the Company pays "
                "it from its effective date",
            ],
            ["Overtime", "$23.82 per hour for hours over 40 in a workweek"],
            ["Payday", "Weekly, every Thursday, by check"],
            [
                "Pay stubs",
                "Each check shows hours offered and worked, rate, gross pay, every deduction and net pay",
            ],
            [
                "Work guarantee",
                "Work offered for at least three-fourths of the workdays in each 12-week period, or "
                "pay for the difference",
            ],
            [
                "Tools",
                "Hoedads, dibble bars, planting bags, hard hats and safety vests are issued free, with no "
                "deposit",
            ],
            [
                "Travel to the job",
                "The Company buys the bus ticket from Poza Rica, Veracruz, to Hattiesburg and pays "
                "$16.36 per travel day for meals on arrival",
            ],
            ["Visa costs", "Visa and border-crossing fees are reimbursed in the first workweek"],
            [
                "Lodging on the road",
                "Motel rooms in the crew towns are provided at no cost, four workers per room",
            ],
        ],
        {"split": 0.22, "size": 9},
    ),
    ("page", {"orientation": "L"}),
    ("heading", "2. Deduction schedule", {"size": 11, "gap_before": 0}),
    (
        "para",
        "Payroll will take only the deductions below. Foremen may not collect money from crew members in "
        "any other way.",
        {"gap": 2},
    ),
    (
        "table",
        [
            [
                "1",
                "Federal income tax",
                "IRS tables",
                "Weekly",
                "Required by law for every worker.",
            ],
            ["2", "Mississippi income tax", "State tables", "Weekly", "Required by law."],
            [
                "3",
                "Social Security and Medicare",
                "7.65%",
                "Weekly",
                "Required by law; H-2B wages are not exempt.",
            ],
            [
                "4",
                "Crew kitchen meals",
                "$9.50 per day",
                "Weekly",
                F(
                    "Crew kitchen meals are deducted at $9.50 per day worked.",
                    "meal_charge",
                    9.5,
                    "USD",
                ),
            ],
            [
                "5",
                "Foreman sponsorship",
                "$12 per week",
                "Weeks 1 to 10",
                F(
                    "Each worker hired on a foreman's referral pays that foreman a sponsorship contribution of $12 per "
                    "week for the first 10 weeks, deducted by payroll and paid to the foreman.",
                    "recruitment_fee",
                    12.0,
                    "USD",
                ),
            ],
            [
                "6",
                "Garnishments",
                "As ordered",
                "As ordered",
                "Only under a court or agency order.",
            ],
            [
                "7",
                "Cash advances",
                "None",
                "-",
                "The Company does not make cash advances or loans to crew members.",
            ],
            [
                "8",
                "Motel lodging",
                "None",
                "-",
                "Motel rooms on the road are provided free of charge.",
            ],
            [
                "9",
                "Planting tools and safety gear",
                "None",
                "-",
                "Issued free; nothing is charged for normal wear.",
            ],
            [
                "10",
                "Savings or holdbacks",
                "None",
                "-",
                "Wages are paid in full every week; no part is held until the end of the season.",
            ],
        ],
        [0.05, 0.2, 0.13, 0.12, 0.5],
        {
            "header": ["No.", "Deduction", "Amount", "Frequency", "Rule"],
            "size": 9,
            "zebra": (236, 236, 236),
        },
    ),
    ("heading", "3. Passports and documents", {"size": 10.5}),
    (
        "para",
        [
            "Workers keep their own passports; foremen may not hold them.",
            F(
                "The cost of obtaining or renewing a passport remains the worker's responsibility.",
                "visa_cost",
                passport_only=True,
            ),
        ],
    ),
    ("heading", "4. Recruitment", {"size": 10.5}),
    (
        "para",
        "Reclutamiento Forestal del Sureste, S.C., of Poza Rica, Veracruz, recruits crew members for the "
        "Company and is paid only by the Company.",
    ),
    ("page", {"orientation": "P"}),
    ("heading", "5. Crew conduct", {"size": 10.5, "gap_before": 0}),
    (
        "para",
        "Seedlings must stay in shaded, wet bags; a planter who finds dry roots tells the foreman at once.",
        {"hang": ("5.1", 9)},
    ),
    ("para", "No alcohol in crew vans or on the tracts.", {"hang": ("5.2", 9)}),
    (
        "para",
        "Hard hats and vests are worn on every tract where logging equipment is present.",
        {"hang": ("5.3", 9)},
    ),
    (
        "para",
        "Foremen record each planter's hours on the daily tally sheet and read the totals aloud at the end "
        "of the day.",
        {"hang": ("5.4", 9)},
    ),
    ("heading", "6. Acknowledgment", {"size": 10.5}),
    (
        "para",
        "I received a copy of Policy PB-07 in Spanish and in English, and it was explained to me.",
    ),
    (
        "signatures",
        [("Crew member", ["Name:", "Date:"]), ("Foreman", ["Name:", "Date:"])],
        {"gap": 14},
    ),
]

# =====================================================================================
# az12 - H-2B ski area work contract, English, COMPLIANT
# Term check (h2b): all 19 present (glance table + numbered sections).
# =====================================================================================
AZ12 = {
    "file": "az12.pdf",
    "program": "h2b",
    "language": "en",
    "doc_type": "work_contract",
    "layout": "letter; blue band header; 'pay at a glance' grid; numbered sections; promises section in "
    "two columns; signature block",
    "font": "dvs",
    "size": 9.2,
    "margins": (19, 18, 19),
    "title": "Ptarmigan Basin Ski Area - 2026-27 H-2B work contract",
    "header": hdr_text(
        "Ptarmigan Basin Ski Area, Inc.",
        "H-2B work contract 2026-27",
        font="dvs",
        size=7,
        skip_first=True,
    ),
    "footer": ftr_text("Lift Operations  \u2022  Leadville, Colorado", font="dvs", size=7),
    "recruiters": ["Andes Talento Temporal S.A.C."],
    "missing_terms": [],
    "traps": [
        "'sell day tickets at the base window' is a job duty",
        "negated request for an S/ 500 'registration' (report it, do not pay)",
        "free season ski pass",
        "free dorm, no deposit; no curfew",
        "uniform parka and gear free, no deposit",
        "visa, appointment and passport fees reimbursed",
        "statutory Colorado FAMLI premium and FICA (not insurance_cost)",
        "no fee or penalty for leaving early",
        "paid safety training at no charge",
        "workers keep passports",
    ],
}
AZ12["blocks"] = [
    (
        "band",
        "PTARMIGAN BASIN SKI AREA, INC.",
        {
            "subtitle": "Seasonal work contract  \u2022  Lift Operator (H-2B)  \u2022  Winter 2026-27",
            "fill": (22, 78, 140),
            "top": True,
            "font": "dvs",
            "size": 15,
        },
    ),
    (
        "para",
        "This contract is between Ptarmigan Basin Ski Area, Inc., 44 Lodgepole Drive, Leadville, Colorado "
        '80461 ("we"), and the worker who signs it ("you"), under labor certification '
        "H-400-26201-733905.",
    ),
    ("heading", "Pay at a glance", {"size": 11, "color": (22, 78, 140)}),
    (
        "table",
        [
            ["Hourly wage", "$17.40", "All hours up to 40 per week and 12 per day"],
            ["Overtime", "$26.10", "Hours over 40 in a week or over 12 in a day"],
            ["Payday", "Every other Friday", "Direct deposit or check, your choice"],
            ["Season ski pass", "Free", "Issued on your first day"],
            ["Staff dorm", "Free", "No rent, no deposit"],
        ],
        [0.3, 0.25, 0.45],
        {"header": ["Item", "Amount", "Notes"], "size": 9, "head_fill": (210, 225, 240)},
    ),
    (
        "para",
        "Lift Operator (Amusement and Recreation Attendants, SOC 39-3091). You load and unload skiers on "
        "the chairlifts, shovel and groom the lift ramps, check lift tickets and season passes with a "
        "handheld scanner, sell day tickets at the base window when it is busy, help guests, and carry out "
        "the daily lift safety checks under a supervisor.",
        {"lead": "1. Your job."},
    ),
    (
        "para",
        "Ptarmigan Basin Ski Area, 44 Lodgepole Drive, Leadville, CO 80461: the base area and every lift "
        "on the mountain.",
        {"lead": "2. Where you work."},
    ),
    ("para", "November 23, 2026 to April 11, 2027.", {"lead": "3. Dates."}),
    (
        "para",
        "40 hours per week, five days a week, 7:30 a.m. to 4:00 p.m. with a 30-minute unpaid lunch. Your "
        "two days off are posted two weeks ahead.",
        {"lead": "4. Hours."},
    ),
    (
        "para",
        "No experience is required. You must be able to stand outdoors for 8 hours at over 10,000 feet in "
        "cold weather and lift 40 pounds. Basic English is helpful but not required.",
        {"lead": "5. Requirements."},
    ),
    (
        "para",
        "$17.40 per hour. If the prevailing wage or the federal, Colorado or local minimum wage rises "
        "above that during the season, we pay the higher rate from the day it takes effect. Overtime is "
        "paid at $26.10 per hour for hours over 40 in a week or over 12 in a day.",
        {"lead": "6. Pay and overtime."},
    ),
    (
        "para",
        "Every other Friday. Each pay statement lists hours offered, hours worked, rates, gross pay, every "
        "deduction and net pay.",
        {"lead": "7. Payday and pay statements."},
    ),
    (
        "para",
        "Federal and Colorado income tax, Social Security and Medicare, and your share of the Colorado "
        "FAMLI premium required by state law, plus anything a court orders. Nothing else.",
        {"lead": "8. Deductions."},
    ),
    (
        "para",
        "We guarantee to offer you work for at least three-fourths of the workdays in each 12-week period "
        "of the season (6 weeks for the last period). If we offer less, we pay you the difference.",
        {"lead": "9. Work guarantee."},
    ),
    (
        "para",
        "We book and pay in advance your flight from Lima to Denver and the shuttle to Leadville, and we "
        "pay $16.36 per travel day for meals on arrival. The visa fee, the appointment fee and any border "
        "fee are repaid in your first workweek. We also repay your passport fee.",
        {"lead": "10. Getting here."},
    ),
    (
        "para",
        "If you finish the season, or we end your job early for reasons other than cause, we book and pay "
        "your shuttle and flight back to Lima.",
        {"lead": "11. Getting home."},
    ),
    (
        "para",
        "Your uniform parka, bibs, goggles, gloves and all shovels and tools are provided free, with no "
        "deposit.",
        {"lead": "12. Uniform and tools."},
    ),
    ("heading", "Our promises and your rights", {"size": 11, "color": (22, 78, 140)}),
    ("fn", lambda w: w.begin_cols(gutter=7)),
    (
        "para",
        "Absence for 5 consecutive workdays without notice counts as abandonment, which we report to the "
        "government. We may dismiss you for cause after a written warning. If you leave early, there is no "
        "fee or penalty; you keep every dollar earned.",
        {"lead": "Leaving or dismissal."},
    ),
    (
        "para",
        "If a fire, an avalanche or another Act of God closes the mountain and the Department of Labor "
        "approves ending the contract, we pay wages earned, the work guarantee up to that day and your trip "
        "home, and we help you find other work.",
        {"lead": "If we must close."},
    ),
    ("fn", lambda w: w.colbreak()),
    (
        "para",
        "A free bed in the Lodgepole staff dorm, 60 Lodgepole Drive, Leadville. There is no deposit and no "
        "curfew; you may come and go at any hour.",
        {"lead": "Housing."},
    ),
    (
        "para",
        "Your first two shifts include paid lift-safety training. There is no charge for it.",
        {"lead": "Training."},
    ),
    (
        "para",
        "Our recruiter in Peru is Andes Talento Temporal S.A.C., Lima, and we pay all of its fees. If "
        "anyone asks you for money, for example a 'registration' of S/ 500, do not pay and report it to "
        "us.",
        {"lead": "Recruitment."},
    ),
    (
        "para",
        "You keep your own passport. You may complain to us or to any agency without retaliation.",
        {"lead": "Documents and complaints."},
    ),
    ("fn", lambda w: w.end_cols()),
    (
        "signatures",
        [
            ("For Ptarmigan Basin Ski Area, Inc.", ["Megan Sorensen, Director of Lift Operations"]),
            ("Worker", ["Name:", "Signature and date:"]),
        ],
        {"gap": 14},
    ),
]

DOCS = [AZ07, AZ08, AZ09, AZ10, AZ11, AZ12]
