"""Held-out-b documents b08-b09 (POEA-style OFW contracts, one abusive, one compliant)."""

from __future__ import annotations

from .spec import Doc, F

B08_TRAIN = (
    "The Employee shall shoulder the cost of the mandatory HVAC skills assessment and "
    "trade test conducted by the Agency's accredited training center, in the amount of "
    "PHP 8,500.00."
)
B08_LOAN = (
    "The Employee acknowledges a cash advance of PHP 45,000.00 released to him before "
    "departure by the Agency's partner lending company, which shall be repaid through "
    "salary deductions of USD 150.00 per month remitted by the Employer."
)
B08_PASS = (
    "For safekeeping, the Employee's passport and Qatar ID shall remain in the custody of "
    "the Employer's Personnel Department for the duration of this contract and shall be "
    "released upon final exit."
)

B08 = Doc(
    "b08.pdf",
    "generic",
    "en",
    "ofw_contract",
    "POEA-style standard contract, A4; parties block as a grid; numbered clauses",
    "rl_a4",
    [
        ("title", "STANDARD EMPLOYMENT CONTRACT - VARIOUS SKILLS"),
        (
            "p",
            "KNOW ALL MEN BY THESE PRESENTS: This Employment Contract is executed and entered into "
            "by and between:",
        ),
        (
            "grid",
            [
                ["Party", "Particulars"],
                [
                    "A. Employer",
                    "Al Noor Facilities Management W.L.L., Building 14, Street 820, "
                    "Industrial Area, Doha, State of Qatar",
                ],
                [
                    "B. Employee",
                    "Jonathan Dela Cruz Macaraeg, single, Passport No. P7719240B, "
                    "Purok 3, Barangay San Isidro, Tarlac City",
                ],
                [
                    "C. Philippine agency",
                    "Pinoy Horizon Manpower Services Corp., DMW License No. "
                    "118-LB-062324-R, 2/F Mabini Bldg., Ermita, Manila",
                ],
            ],
            [0.25, 0.75],
        ),
        ("p", "Voluntarily binding themselves to the following terms and conditions:"),
        (
            "p",
            "1. Site of employment: Doha, State of Qatar, at client buildings assigned by the "
            "Employer.",
        ),
        ("p", "2. Contract duration: two (2) years, from 15 June 2026 to 14 June 2028."),
        (
            "p",
            "3. Position: Building Maintenance Technician (HVAC); installs, services and repairs "
            "air-conditioning units, chillers and ventilation fans.",
        ),
        ("p", "4. Basic monthly salary: 1,200.00 USD (one thousand two hundred US dollars)."),
        (
            "p",
            "5. Regular working hours: maximum of eight (8) hours per day, six (6) days per week.",
        ),
        ("p", "6. Overtime pay: as provided by the Qatar Labour Law."),
        ("p", "7. Vacation leave with full pay: twenty-one (21) days per year of service."),
        (
            "p",
            "8. Free economy-class air transportation to the site of employment and back to the "
            "Philippines upon expiration of the contract.",
        ),
        ("p", "9. Free food or a food allowance of QAR 300 per month, and free suitable housing."),
        ("p", "10. Free emergency medical and dental services, including facilities and medicine."),
        (
            "p",
            "11. The salary shall be paid monthly, not later than the 7th day of the following "
            "month, through bank deposit.",
        ),
        (
            "p",
            "12. Deductions: none other than those allowed by Qatar law and the repayment in "
            "clause 15.",
        ),
        (
            "p",
            "13. Termination: the Employer may terminate this contract for just causes such as "
            "serious misconduct, willful disobedience or gross neglect of duty; the Employee may "
            "terminate it without cause by giving one month's written notice.",
        ),
        ("p", "14. Skills assessment: " + B08_TRAIN),
        ("p", "15. Cash advance: " + B08_LOAN),
        ("p", "16. Documents: " + B08_PASS),
        ("p", "17. The Agency shall not collect any placement fee from the Employee."),
        (
            "p",
            "IN WITNESS WHEREOF, the parties have signed this contract on 2 May 2026 in Manila, "
            "Philippines.",
        ),
        ("sig", ["Employer / Representative", "Employee"]),
    ],
    fees=[
        F("training_cost", B08_TRAIN, 8500.0, "PHP"),
        F("debt_bondage", B08_LOAN, 45000.0, "PHP"),
        F("document_retention", B08_PASS),
    ],
    recruiters=["Pinoy Horizon Manpower Services Corp."],
    traps=[
        "no placement fee collected",
        "free medical and dental services",
        "free air transportation",
        "free food/allowance and housing",
    ],
)

B09 = Doc(
    "b09.pdf",
    "generic",
    "en",
    "ofw_contract",
    "domestic-worker contract, particulars grid then clauses with Tagalog glosses; compliant",
    "rl",
    [
        ("title", "EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER (HONG KONG)"),
        (
            "grid",
            [
                ["Particulars", ""],
                [
                    "Employer",
                    "Mrs. Winnie Lau Siu-ming, Flat 12B, Tower 3, Laguna Verde, Hung "
                    "Hom, Kowloon, Hong Kong",
                ],
                ["Helper", "Marites Salcedo Buenaflor, Brgy. Poblacion, Bayombong, Nueva Vizcaya"],
                [
                    "Agency (Philippines)",
                    "Tala Bituin International Manpower Inc., DMW License No. 071-LB-032025-R",
                ],
                ["Contract period", "1 September 2026 to 31 August 2028"],
                ["Place of work", "The Employer's residence at the address above"],
            ],
            [0.28, 0.72],
        ),
        (
            "p",
            "1. Duties (gawain): household chores, cooking, and caring for the Employer's two "
            "school-age children.",
        ),
        (
            "p",
            "2. Wages (sahod): HK$ 5,100 per month, paid on the last day of each month by bank "
            "transfer, with a signed receipt.",
        ),
        (
            "p",
            "3. Working hours and rest: duties between 7:00 a.m. and 8:00 p.m. with at least two "
            "hours of breaks; a continuous 24-hour rest day every Sunday and all statutory holidays.",
        ),
        (
            "p",
            "4. Food: provided free by the Employer, or a food allowance of HK$ 1,236 per month.",
        ),
        ("p", "5. Accommodation: a private room in the flat, free of charge."),
        (
            "p",
            "6. Deductions (kaltas): none, except those the Helper agrees to in writing for her own "
            "benefit; no part of the wages is ever kept back.",
        ),
        (
            "p",
            "7. Travel (pamasahe): the Employer pays the air ticket Manila-Hong Kong and the "
            "return ticket to Manila at the end or early termination of the contract.",
        ),
        (
            "p",
            "8. Costs of deployment: the visa fee, the medical examination, the insurance premium "
            "and the agency service charge shall be borne by the Employer; the Helper will not bear "
            "the cost of any of them (walang babayaran).",
        ),
        (
            "p",
            "9. Insurance: employees' compensation insurance and medical insurance, premium paid "
            "by the Employer.",
        ),
        (
            "p",
            "10. Documents and freedom: the Helper keeps her own passport and identity card and "
            "may leave the residence on her rest days.",
        ),
        (
            "p",
            "11. Termination: either party may end the contract by giving one month's notice or "
            "one month's wages in lieu; summary dismissal only for serious misconduct.",
        ),
        ("sig", ["Employer", "Helper"]),
    ],
    recruiters=["Tala Bituin International Manpower Inc."],
    traps=[
        "deployment costs 'borne by the Employer'",
        "'will not bear the cost'",
        "insurance premium paid by employer",
        "food allowance is a benefit",
        "no wages kept back",
        "keeps passport; free to leave on rest days",
    ],
)
