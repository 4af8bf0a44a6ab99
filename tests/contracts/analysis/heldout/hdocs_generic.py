"""Generic-corridor documents of the held-out corpus (ILO baseline)."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def h14() -> Doc:
    d = Doc(
        "h14.pdf",
        "h2b",
        "en",
        "work_contract",
        "plain-language Q&A (fpdf2, DejaVu); summary grid; footer",
        engine="fpdf",
        footer="Douglas Fir Reforestation Crews Inc.",
    )
    d.title("YOUR H-2B TREE-PLANTING CONTRACT IN PLAIN WORDS")
    d.kv(("Worker", "Rigoberto Alfaro Menjívar"), ("Crew", "Santiam 4"))
    qa = [
        (
            "Who hires me?",
            "Douglas Fir Reforestation Crews Inc., 2290 Mill Pond Road, Sweet Home, OR 97386.",
        ),
        (
            "What is the job?",
            "Forest worker: plant conifer seedlings with a hoedad, carry "
            "planting bags, clear brush around young trees.",
        ),
        (
            "Where?",
            "Timber company and federal land units in Linn and Lane counties, "
            "Oregon; crews meet at the Sweet Home yard.",
        ),
        ("For how long?", "From January 11, 2027 to April 30, 2027."),
        ("How many hours?", "Eight hours a day, five days a week (40 hours)."),
        (
            "How much?",
            "$21.40 per hour. A higher prevailing or minimum wage that takes "
            "effect during the season is paid from that day. Hours over 40 are "
            "paid at $32.10 per hour.",
        ),
        (
            "When am I paid?",
            "Every other Friday, with a stub listing hours offered, hours "
            "worked, pay and deductions.",
        ),
        (
            "What comes out of my pay?",
            "Only taxes. Nothing for tools, rides or housing shall be deducted.",
        ),
        (
            "Is work guaranteed?",
            "Yes: at least three-quarters of the workdays in every "
            "12-week period, or you are paid the difference.",
        ),
        (
            "Who pays my visa?",
            "We do. Visa and consular fees are reimbursed in full with your first paycheck.",
        ),
        (
            "How do I get here and home?",
            "Your bus fare from San Salvador and road meals are "
            "paid back in your first week; your ticket home is "
            "paid at the end.",
        ),
        (
            "Do I pay for tools or seedlings?",
            "No. Hoedads, bags, rain gear and boots are "
            "issued at no charge to you, with no deposit.",
        ),
        ("Will someone keep my passport?", "No. Your passport stays with you."),
        (
            "Can I be blacklisted for complaining?",
            "No. You may report problems to the "
            "Department of Labor or your consulate "
            "without any penalty.",
        ),
        (
            "Do I pay a recruiter?",
            "No. Pinos Altos Reclutamiento, S.A. de C.V. recruits for "
            "us and its fees are paid by us.",
        ),
        (
            "Can I be fired?",
            "Only for cause, after a warning. Five straight days away without "
            "notice is treated as quitting.",
        ),
        (
            "What if fire or snow stops the work?",
            "If the work becomes impossible, the "
            "contract may end early, but you get the "
            "guarantee to that day and your ticket "
            "home.",
        ),
        ("Requirements?", "Able to hike steep ground all day; no experience needed."),
        ("Coffee?", "Free coffee at the yard every morning."),
    ]
    for q, a in qa:
        d.h(q)
        d.p(a)
    d.sig("For the employer", "Rigoberto Alfaro Menjívar")
    d.recruiters = ["Pinos Altos Reclutamiento, S.A. de C.V."]
    d.traps = [
        "visa reimbursed",
        "'shall be deducted' negated",
        "tools at no charge",
        "passport kept by worker",
        "no blacklist",
        "recruiter paid by employer",
        "free coffee",
    ]
    return d


def g08() -> Doc:
    d = Doc(
        "g08.pdf",
        "generic",
        "en",
        "ofw_contract",
        "A4; parties grid; numbered clauses; a few Tagalog words",
        pagesize="A4",
    )
    d.title("STANDARD EMPLOYMENT CONTRACT - HOUSEHOLD CAREGIVER (KSA)")
    d.kv(
        (
            "Employer",
            "Mrs. Haifa Saad Al-Otaibi, Building 22, King Fahd Road, Al Olaya, "
            "Riyadh, Kingdom of Saudi Arabia",
        ),
        (
            "Agency",
            "Tanglaw Manpower Services Corp., DMW license 118-LB-0923, Unit 4B, 1650 "
            "Taft Avenue, Pasay City",
        ),
        ("Worker", "Maricel Dumalagan Ocampo"),
        ("Passport", "P7720581B"),
    )
    d.p("1. Site of employment: the Employer's residence in Al Olaya, Riyadh.")
    d.p("2. Term: 15 January 2027 to 14 January 2029.")
    d.p(
        "3. Duties: care for the Employer's elderly mother, including bathing, feeding, "
        "medication reminders and light housekeeping."
    )
    d.p("4. Hours of work: according to the needs of the household.")
    d.p(
        "5. Salary: SAR 1,500 per month, paid monthly by bank transfer on the last day of the "
        "month."
    )
    d.p("6. Deductions: none, except those required by Saudi law.")
    d.p("7. Visa, work permit and airfare to Riyadh: sagot ng employer (paid by the Employer).")
    d.p("8. Return airfare to Manila is paid by the Employer at the end of the contract.")
    d.p(
        "9. Either party may terminate with thirty days' notice; the Employer may terminate "
        "without notice only for just cause established after hearing the Worker."
    )
    d.p(
        "10. Pre-departure costs.",
        d.fee(
            "training_cost",
            V,
            8500.0,
            "PHP",
            "The Worker shall shoulder the TESDA caregiving assessment and the "
            "pre-departure orientation seminar, which cost PHP 8,500 in total.",
        ),
        d.fee(
            "medical_cost",
            V,
            3200.0,
            "PHP",
            "The medical examination at the accredited clinic, PHP 3,200, is for the "
            "Worker's own account.",
        ),
    )
    d.p(
        "11. Cash advance.",
        d.fee(
            "debt_bondage",
            V,
            20000.0,
            "PHP",
            "The Agency shall advance PHP 20,000 for the Worker's pocket money and family "
            "allowance, to be repaid through monthly salary deductions of SAR 400.",
        ),
    )
    d.p("12. The Worker keeps her own passport; the Employer shall not confiscate it.")
    d.sig("Employer", "Maricel Dumalagan Ocampo")
    d.missing = ["hours_of_work"]
    d.recruiters = ["Tanglaw Manpower Services Corp."]
    d.traps = [
        "'feeding' is a duty",
        "'sagot ng employer' visa and airfare",
        "return airfare paid",
        "worker keeps passport",
        "hours only 'needs of household'",
    ]
    return d


def g09() -> Doc:
    d = Doc(
        "g09.pdf",
        "generic",
        "en",
        "employment_agreement",
        "letter size; numbered articles; header band; Nepal to Qatar",
        header="HIMAL SHIKHAR OVERSEAS PVT. LTD.  -  Gongabu, Kathmandu  -  Licence 1187/073/74",
    )
    d.title("EMPLOYMENT AGREEMENT")
    d.p(
        "This agreement is made between Al Wakra Facility Services W.L.L., P.O. Box 24117, "
        "Street 310, Al Wakrah, State of Qatar (the Employer) and Mr. Bishnu Prasad Tamang of "
        "Melamchi, Sindhupalchok, Nepal (the Employee), through Himal Shikhar Overseas Pvt. "
        "Ltd., Gongabu, Kathmandu (the Agency)."
    )
    d.p(
        "Article 1. Position: cleaner in shopping malls and office towers, including "
        "mopping, waste collection and washroom cleaning."
    )
    d.p("Article 2. Place of work: client sites in Doha and Al Wakrah, Qatar.")
    d.p("Article 3. Period: two years, from 1 May 2027 to 30 April 2029.")
    d.p(
        "Article 4. Working hours: 8 hours a day, 6 days a week; overtime paid at 125 "
        "percent of the basic hourly wage."
    )
    d.p(
        "Article 5. Wage: basic salary QAR 1,200 per month plus a food allowance of QAR 300, "
        "paid monthly through the Wage Protection System."
    )
    d.p("Article 6. Deductions: only those permitted under the Qatar Labour Law.")
    d.p("Article 7. Accommodation is provided by the Employer free of charge.")
    d.p(
        "Article 8. Costs before departure.",
        d.fee(
            "recruitment_fee",
            V,
            75000.0,
            "NPR",
            "The worker shall pay the agency a service charge of NPR 75,000 before the "
            "labour permit is issued.",
        ),
        d.fee(
            "insurance_cost",
            V,
            3700.0,
            "NPR",
            "Contributions to the Foreign Employment Welfare Fund and the life insurance "
            "premium, NPR 3,700 in total, are to be borne by the worker.",
        ),
        d.fee(
            "travel_cost",
            V,
            None,
            None,
            "The one-way air ticket from Kathmandu to Doha is the responsibility of the employee.",
        ),
    )
    d.p(
        "Article 9. Termination: either party may end the contract with one month's notice; "
        "summary dismissal only for gross misconduct under Article 61 of the Labour Law."
    )
    d.p(
        "Article 10. Conduct.",
        d.fee(
            "blacklisting_threat",
            V,
            None,
            None,
            "Any employee who complains to the embassy or the labour department about "
            "working conditions will be reported to the authorities as absconded.",
        ),
    )
    d.sig("For the Employer", "Bishnu Prasad Tamang", "For the Agency")
    d.missing = ["return_transportation"]
    d.recruiters = ["Himal Shikhar Overseas Pvt. Ltd."]
    d.traps = ["food allowance", "free accommodation", "overtime percentage"]
    return d
