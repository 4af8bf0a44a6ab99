"""Held-out-b documents b06-b07 (Guatemalan broadcast flyer, Jamaican H-2B hotel job order)."""

from __future__ import annotations

from .spec import Doc, F

B06_FEE = (
    "Para meter tus papeles necesitás Q 2 500 de la inscripción, se deposita a la cuenta "
    "de la agencia antes del viernes."
)
B06_MED = (
    "Los exámenes médicos y de laboratorio van por tu cuenta, son como mil quinientos "
    "quetzales en la clínica que te decimos."
)
B06_BUS = (
    "El pasaje en bus hasta la capital y el hotel para la cita también los pone uno, así "
    "que ahorrá tu pisto."
)
B06_RENT = (
    "Alojamiento: casa compartida de la empresa, la renta es de 75 dólares canadienses por semana."
)

B06 = Doc(
    "b06.pdf",
    "generic",
    "es",
    "whatsapp_flyer",
    "chat broadcast bubbles with timestamps; Guatemalan slang; emojis stripped",
    "rl",
    [
        ("h", "Chambas Norte Xela"),
        ("p", "Lista de difusión · 214 destinatarios"),
        ("bubble", "ATENCIÓN paisanos!! Hay chamba en Canadá para la temporada 2026.", "06:41"),
        (
            "bubble",
            "Trabajo: cosecha y empaque de tomate y chile en invernadero, en Leamington, Ontario.",
            "06:41",
        ),
        (
            "bubble",
            "Contrato del 6 de abril al 27 de noviembre. Se pagan 17.60 dólares canadienses "
            "la hora, pago cada 15 días. Horario de 6 de la mañana a 4 de la tarde, de lunes a "
            "sábado.",
            "06:43",
        ),
        ("bubble", B06_FEE, "06:47"),
        ("bubble", B06_MED, "06:48"),
        ("bubble", B06_BUS, "06:48"),
        (
            "bubble",
            "El boleto de avión de ida lo pone el patrón, no te preocupés por esa lana.",
            "06:52",
        ),
        ("bubble", B06_RENT, "06:55"),
        (
            "bubble",
            "Interesados mandar foto del DPI y del pasaporte por este medio. Cupos limitados, "
            "no te quedés sin chamba!!",
            "07:02",
        ),
        ("bubble", "Info al 5512-8890 con Don Beto.", "07:02"),
    ],
    fees=[
        F("recruitment_fee", B06_FEE, 2500.0, "GTQ"),
        F("medical_cost", B06_MED, 1500.0, "GTQ"),
        F("travel_cost", B06_BUS),
        F("housing_charge", B06_RENT, 75.0, "CAD", "review"),
    ],
    missing_terms=[
        "employer_identity",
        "worker_identity",
        "deductions",
        "return_transportation",
        "termination",
    ],
    recruiters=["Chambas Norte Xela"],
    traps=[
        "outbound flight paid by employer ('lo pone el patrón')",
        "photo of DPI/passport is not retention",
    ],
)

B07_INS = (
    "Enrolment in the Resort's group health plan is compulsory for H-2B staff, and the "
    "weekly premium of $38.50 is deducted from each paycheck."
)
B07_HOLD = (
    "To encourage workers to complete the season, $2.00 of every hour worked is held "
    "back by the employer and released in one payment on the last payday of the "
    "season."
)
B07_BLACK = (
    "Any worker who takes a grievance outside the company, including to a liaison "
    "officer, a lawyer or a government agency, will be recorded as not eligible for "
    "return and will not be requested for future seasons."
)

B07 = Doc(
    "b07.pdf",
    "h2b",
    "en",
    "job_order",
    "header band; label: value lines under bold headings; Jamaican recruitment",
    "rl",
    [
        ("title", "H-2B JOB ORDER - SEASONAL HOSPITALITY STAFF"),
        ("h", "Employer"),
        (
            "p",
            "Sea Island Pines Resort LLC, 2200 North Ocean Boulevard, Myrtle Beach, SC 29577. "
            "FEIN 57-0884213.",
        ),
        ("h", "Recruitment"),
        (
            "p",
            "Workers are recruited in Kingston, Jamaica, through Blue Mahoe Staffing Solutions "
            "Ltd., whose fee is paid entirely by the employer.",
        ),
        ("h", "Position and duties"),
        (
            "p",
            "Housekeeping and laundry attendant (SOC 37-2012): clean and restock guest rooms, "
            "strip and make beds, wash, dry and fold linens, and keep corridors and lobbies clean.",
        ),
        ("h", "Requirements"),
        (
            "p",
            "One season of hotel housekeeping experience. Able to push a loaded cart and lift 35 "
            "lb.",
        ),
        ("h", "Place and period of employment"),
        (
            "p",
            "Sea Island Pines Resort, Myrtle Beach, South Carolina, from March 15, 2026 through "
            "October 31, 2026.",
        ),
        ("h", "Hours and wages"),
        (
            "p",
            "35 hours per week, 8:00 a.m. to 3:30 p.m., five days with rotating days off. Basic "
            "rate $14.87 per hour. Overtime is available and paid at one and one-half times the "
            "hourly rate ($22.31) for hours over 40 in a workweek. The employer will pay at least "
            "the offered wage, the prevailing wage or any Federal, State or local minimum wage, "
            "whichever is highest, during the entire period of employment.",
        ),
        (
            "p",
            "Wages are paid bi-weekly by direct deposit into a U.S. bank account opened on "
            "arrival.",
        ),
        ("h", "Deductions"),
        ("p", "Federal income tax and FICA, and the items described below."),
        ("p", B07_INS),
        ("p", B07_HOLD),
        ("h", "Guarantee"),
        (
            "p",
            "The employer guarantees to offer employment for a total number of hours equal to at "
            "least three-fourths of the workdays of each 12-week period.",
        ),
        ("h", "Travel, visa and housing"),
        (
            "p",
            "The employer will provide or reimburse the airfare from Kingston to Myrtle Beach and "
            "daily subsistence of $14.00 per day en route, in the first workweek. The visa "
            "application fee and border-crossing costs are reimbursed in the first workweek. If the "
            "worker completes the period of employment or is dismissed early for reasons other than "
            "cause, the employer will pay return airfare to Kingston.",
        ),
        (
            "p",
            "Housing is available at the Pines Staff Village, 58 Palmetto Lane, at no cost to the "
            "worker.",
        ),
        ("h", "Uniforms and supplies"),
        (
            "p",
            "All uniforms, cleaning supplies and equipment are provided without charge or deposit.",
        ),
        ("h", "Conduct and separation"),
        (
            "p",
            "A worker absent for 5 consecutive working days without notice is considered to have "
            "abandoned the job; the employer will notify DOL and DHS in writing within 2 business "
            "days. Workers may be dismissed for cause after a written warning.",
        ),
        ("p", B07_BLACK),
    ],
    fees=[
        F("insurance_cost", B07_INS, 38.5, "USD"),
        F("wage_withholding", B07_HOLD, 2.0, "USD"),
        F("blacklisting_threat", B07_BLACK),
    ],
    missing_terms=["earnings_statements", "contract_impossibility"],
    recruiters=["Blue Mahoe Staffing Solutions Ltd."],
    traps=[
        "recruiter fee paid by employer",
        "housing at no cost",
        "uniforms without charge or deposit",
        "DOL/DHS abandonment notice (lawful)",
        "visa and airfare reimbursed",
    ],
    band="SEA ISLAND PINES RESORT - MYRTLE BEACH",
)
