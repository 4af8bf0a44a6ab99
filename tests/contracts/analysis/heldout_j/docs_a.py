"""heldout_j documents j01-j06."""

from jlib import Doc, F


# ------------------------------------------------------------------------------------------ j01
def j01():
    d = Doc(
        band="H-2B JOB ORDER  |  Hollow Creek Grounds Management, LLC  |  Landscape Laborers 2026",
        band_color=(38, 92, 52),
        foot="Job order HCGM-2026-LL  \u00b7  clearance copy for the State Workforce Agency",
        title="Job Order - Landscape Laborers",
        author="Hollow Creek Grounds Management, LLC",
    )
    d.h1("Job Order and Terms of Employment: Landscape Laborers (SOC 37-3011)")
    d.table(
        [
            [
                "Employer",
                "Hollow Creek Grounds Management, LLC, 2210 Ferris Mill Road, Lexington, Kentucky 40511",
            ],
            ["Job title", "Landscape Laborer (46 openings)"],
            ["Period of employment", "March 16, 2026 through November 30, 2026"],
            [
                "Hours",
                "37.5 hours per week, Monday to Friday, 7:00 a.m. to 3:00 p.m., with a 30-minute unpaid lunch",
            ],
            ["Wage", "$18.42 per hour"],
            ["Payday", "Weekly, every Friday"],
        ],
        widths=(28, 72),
        borders="NONE",
        bold_first=True,
        size=9.5,
    )
    d.h2("1. What the work is")
    d.p(
        "Workers plant, mulch and water trees, shrubs and seasonal flower beds; mow, edge and trim "
        "lawns; spread fertilizer and weed-and-feed products with push spreaders; rake leaves and "
        "load brush and clippings onto trailers; and operate walk-behind mowers, string trimmers "
        "and backpack leaf blowers. Work is outdoors in all seasons of the contract."
    )
    d.h2("2. Who may apply")
    d.p(
        "Three months of experience in landscaping, nursery or grounds-keeping work is required. "
        "Workers must be able to lift and carry 50 pounds, to bend and kneel repeatedly, and to "
        "work outdoors in heat and rain. No diploma, licence or certificate is needed."
    )
    d.h2("3. Where the work is done")
    d.p("Crews report to the Lexington yard and travel in company trucks to the sites below.")
    d.table(
        [
            [
                "Main yard",
                "2210 Ferris Mill Road, Lexington, KY 40511",
                "Equipment pick-up, nursery stock",
            ],
            [
                "Keeneland Commons HOA",
                "4100 Rice Road, Lexington, KY 40510",
                "Mowing, bed maintenance",
            ],
            [
                "Scott County Business Park",
                "150 Cherry Blossom Way, Georgetown, KY 40324",
                "Commercial grounds",
            ],
            [
                "Woodford Office Campus",
                "480 Lexington Road, Versailles, KY 40383",
                "Planting, leaf removal",
            ],
        ],
        widths=(30, 40, 30),
        header=["Site", "Address", "Typical work"],
        fill=(205, 225, 205),
    )
    d.h2("4. Pay")
    d.p(
        "Hollow Creek will pay at least $18.42 per hour for every hour worked. If a higher "
        "prevailing wage is issued for this job, or a higher federal, Kentucky or local minimum "
        "wage takes effect during the contract, the higher rate will be paid from the date it "
        "takes effect."
    )
    d.p(
        "Overtime: hours worked over 40 in a workweek are paid at $27.63 per hour, one and "
        "one-half times the base rate."
    )
    d.p(
        "Wages are paid every Friday by direct deposit or paper check, as the worker chooses. "
        "Each payday the worker receives a written earnings statement that shows the hours offered, "
        "the hours actually worked, the rate of pay, total earnings, every deduction, and the "
        "employer's name, address and FEIN."
    )
    d.h2("5. Deductions from pay")
    d.p(
        "The only deductions are those required by law: FICA (Social Security and Medicare) and "
        "federal and Kentucky income tax withholding. A voluntary deduction, such as a money "
        "transfer a worker requests, is made only with the worker's signed authorization and never "
        "for the employer's benefit."
    )
    d.h2("6. Three-fourths guarantee")
    d.p(
        "Hollow Creek guarantees to offer each worker employment for a total number of work hours "
        "equal to at least three-fourths of the workdays of each 12-week period, beginning with the "
        "first workday after the worker arrives or the advertised start date, whichever is later. "
        "If less work is offered, the worker is paid the amount he or she would have earned for "
        "the guaranteed hours."
    )
    d.h2("7. Tools and safety gear")
    d.p(
        "All tools, equipment, gloves, safety glasses and hearing protection needed for the job "
        "are issued free of charge. No deposit is taken and nothing is deducted for tools, "
        "including replacement of worn-out gear."
    )
    d.h2("8. Travel to Lexington and back home")
    d.p(
        "Hollow Creek will reimburse each worker, in the first workweek, for the reasonable cost "
        "of transportation and daily subsistence from the place of recruitment to Lexington, at "
        "not less than $14.00 per day for meals during the trip, or will provide the travel "
        "directly. The employer does not charge workers for the daily ride from the pick-up point "
        "on Versailles Road to the yard."
    )
    d.p(
        "If the worker completes the period of employment, or is dismissed early for any reason "
        "other than for cause, Hollow Creek will provide or pay for return transportation and "
        "daily subsistence to the place from which the worker came."
    )
    d.h2("9. Visa and related fees")
    d.p(
        "Hollow Creek pays the H-2B visa fee, the visa appointment and processing fees and any "
        "border-crossing fee. A worker who paid any of these will be repaid in full in the first "
        "workweek."
    )
    d.h2("10. Recruitment")
    d.p(
        "Hollow Creek has contracted Enlace Laboral del Baj\u00edo, S.C., of Le\u00f3n, Guanajuato, to "
        "recruit workers in Mexico. The agency's fees are paid entirely by Hollow Creek. Neither "
        "the agency nor anyone else may ask a worker for money, gifts or favours for this job, and "
        "our contract with the agency forbids it."
    )
    d.h2("11. Leaving the job and dismissal")
    d.p(
        "A worker who fails to report for work for 5 consecutive working days without the "
        "employer's consent will be considered to have abandoned the job, and Hollow Creek will "
        "notify the Department of Labor and DHS in writing within 2 working days. A worker who "
        "abandons the job or is dismissed for cause, such as repeated unsafe operation of mowers, "
        "loses the three-fourths guarantee and the paid return trip."
    )
    d.h2("12. If the work becomes impossible")
    d.p(
        "If a fire, flood, tornado or other act of God beyond the employer's control makes it "
        "impossible to continue the work, Hollow Creek may end the contract with the approval of "
        "the Certifying Officer. Workers will then be paid for the guaranteed hours up to the date "
        "of termination and for return transportation, and will be offered other available work."
    )
    d.h2("13. Worker rights")
    d.bullets(
        [
            "Every worker keeps his or her own passport, visa and identity documents. Hollow Creek "
            "never holds them.",
            "No worker will be disciplined, blacklisted or reported to any authority for filing a "
            "complaint, speaking with a lawyer, or joining a union.",
            "Workers are free to choose where they live and to come and go as they wish outside "
            "working hours.",
        ]
    )
    d.sig_block(
        [
            "For Hollow Creek Grounds Management, LLC\nDana Whitfield, Operations Manager",
            "Worker signature and date",
        ]
    )
    return {
        "doc": d,
        "file": "j01.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "missing_terms": [],
        "recruiters": ["Enlace Laboral del Baj\u00edo, S.C."],
        "traps": [
            "'weed-and-feed' is a job word, not a fee",
            "deductions limited to FICA and income tax (required by law)",
            "tools and safety gear free, no deposit",
            "inbound travel reimbursed in first workweek",
            "visa and border-crossing fees paid or repaid by employer",
            "recruiter fees paid by the employer; nobody may ask for money",
            "no charge for daily ride",
            "workers keep their passports (negated retention)",
            "no blacklisting for complaints",
            "free to come and go (negated movement restriction)",
        ],
        "doc_type": "job_order",
        "layout": "colored header band repeated on each page; borderless key/value summary; numbered sections; gridded worksite table",
    }


# ------------------------------------------------------------------------------------------ j02
def j02():
    d = Doc(
        fmt="Legal",
        font="Serif",
        size=9.5,
        head=("Servicios Migratorios La Costera, S. de R.L. de C.V.", "Convenio SMC-H2B-0419"),
        foot="Mazatl\u00e1n, Sinaloa \u00b7 Convenio de reclutamiento temporada 2026",
        page_label="Hoja %d de %s",
        band_color=(90, 40, 30),
        title="Convenio de reclutamiento",
    )
    d.h1("CONVENIO DE RECLUTAMIENTO Y COLOCACI\u00d3N", align="C", rule=False)
    d.p(
        "Que celebran por una parte Servicios Migratorios La Costera, S. de R.L. de C.V., en lo "
        "sucesivo LA AGENCIA, y por la otra el C. Ram\u00f3n Eduardo Lizárraga Tirado, en lo sucesivo "
        "EL TRABAJADOR, al tenor de las siguientes declaraciones y cl\u00e1usulas.",
        align="J",
    )
    d.h2("DECLARACIONES")
    d.clause(
        "I.",
        "Declara LA AGENCIA que tiene su domicilio en Avenida del Mar 1320, colonia Telleria, "
        "Mazatl\u00e1n, Sinaloa, y que recluta trabajadores por encargo de Chesapeake Tidewater "
        "Seafood, Inc., con domicilio en 415 Wharf Street, Crisfield, Maryland 21817, Estados "
        "Unidos, en lo sucesivo LA EMPRESA.",
    )
    d.clause(
        "II.",
        "Declara EL TRABAJADOR que es mayor de edad, que cuenta con pasaporte vigente y que desea "
        "trabajar en Estados Unidos con visa H-2B durante la temporada de cangrejo.",
    )
    d.h2("CONDICIONES DEL EMPLEO")
    d.table(
        [
            [
                "Puesto",
                "Procesador de mariscos: cocer, limpiar y extraer la carne de cangrejo azul, "
                "pesarla y empacarla en contenedores",
            ],
            [
                "Requisitos",
                "Seis meses de experiencia limpiando pescado o mariscos; poder estar de pie durante "
                "el turno completo",
            ],
            ["Lugar de trabajo", "Planta de LA EMPRESA, 415 Wharf Street, Crisfield, Maryland"],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2026"],
            [
                "Jornada",
                "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 horas con media hora "
                "para comer",
            ],
            ["Salario", "$17.12 d\u00f3lares por hora"],
            ["Pago", "Semanal, cada viernes, con cheque de LA EMPRESA"],
            [
                "Descuentos",
                "Solo los de ley: Seguro Social, Medicare e impuestos federales y del estado de Maryland",
            ],
        ],
        widths=(22, 78),
        bold_first=True,
        fill=(235, 220, 210),
    )
    d.p(
        "LA EMPRESA pagar\u00e1 siempre el salario m\u00e1s alto entre el salario prevaleciente y los "
        "salarios m\u00ednimos federal, estatal o local que est\u00e9n vigentes durante la temporada.",
        align="J",
    )
    d.h2("CL\u00c1USULAS")
    d.clause(
        "PRIMERA.",
        "LA AGENCIA se obliga a integrar el expediente de EL TRABAJADOR, a programar su cita en el "
        "Consulado General de los Estados Unidos en Monterrey y a informarle la fecha de salida.",
        indent=22,
    )
    d.clause(
        "SEGUNDA.",
        F(
            "recruitment_fee",
            "Por concepto de gesti\u00f3n de su expediente, EL TRABAJADOR entregar\u00e1 a LA AGENCIA "
            "la cantidad de doce mil pesos (12,000.00 M.N.) en dos exhibiciones, la primera al "
            "firmar este convenio.",
            12000.0,
            "MXN",
        )
        + " La segunda exhibici\u00f3n se cubrir\u00e1 un d\u00eda antes de la cita consular.",
        indent=22,
    )
    d.clause(
        "TERCERA.",
        F(
            "visa_cost",
            "El derecho de visa, de 205 d\u00f3lares, corre por cuenta de EL TRABAJADOR y no "
            "ser\u00e1 reembolsado por LA EMPRESA.",
            205.0,
            "USD",
        ),
        indent=22,
    )
    d.clause(
        "CUARTA.",
        "LA EMPRESA reembolsar\u00e1 a EL TRABAJADOR, en la primera semana de trabajo, el "
        "transporte desde Mazatl\u00e1n hasta Crisfield y los alimentos y hospedaje del viaje. Al "
        "terminar la temporada, LA EMPRESA pagar\u00e1 el transporte de regreso hasta Mazatl\u00e1n.",
        indent=22,
    )
    d.clause(
        "QUINTA.",
        "LA EMPRESA proporciona sin costo los cuchillos, guantes de malla, mandiles y botas de hule "
        "que requiere el trabajo, sin dep\u00f3sito alguno.",
        indent=22,
    )
    d.clause(
        "SEXTA.",
        F(
            "deposit_or_bond",
            "Como garant\u00eda de que cumplir\u00e1 la temporada completa, EL TRABAJADOR firmar\u00e1 "
            "un pagar\u00e9 en blanco a favor de LA AGENCIA, que le ser\u00e1 devuelto a su regreso.",
        ),
        indent=22,
    )
    d.clause(
        "S\u00c9PTIMA.",
        "Si EL TRABAJADOR abandona el empleo al faltar cinco d\u00edas seguidos sin permiso, o es "
        "despedido por causa justificada, LA EMPRESA no estar\u00e1 obligada a pagarle el "
        "transporte de regreso.",
        indent=22,
    )
    d.clause(
        "OCTAVA.",
        "EL TRABAJADOR conservar\u00e1 en todo momento su pasaporte y su visa. LA AGENCIA no "
        "retendr\u00e1 documentos de identidad.",
        indent=22,
    )
    d.clause(
        "NOVENA.",
        "Para la interpretaci\u00f3n de este convenio las partes se someten a las leyes de "
        "Sinaloa. Le\u00eddo que fue, lo firman por duplicado en Mazatl\u00e1n, Sinaloa, el 12 de "
        "enero de 2026.",
        indent=22,
    )
    d.sig_block(["LA AGENCIA\nLic. Teresa Ocampo Ibarra, apoderada", "EL TRABAJADOR", "TESTIGO"])
    return {
        "doc": d,
        "file": "j02.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "missing_terms": [
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Servicios Migratorios La Costera, S. de R.L. de C.V."],
        "traps": [
            "amount written in words (doce mil pesos)",
            "inbound travel and subsistence reimbursed in first week",
            "return trip paid by employer",
            "knives, mesh gloves and boots free, no deposit",
            "statutory deductions only",
            "worker keeps passport (negated retention)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "legal size; running header and footer on each page; DECLARACIONES/CLÁUSULAS with hanging ordinal labels; gridded terms table",
    }


# ------------------------------------------------------------------------------------------ j03
def j03():
    d = Doc(
        font="Serif",
        size=10,
        foot="Blue Heron Lodge Hospitality, LLC \u00b7 21 Shoreline Avenue \u00b7 Bar Harbor, ME 04609",
        title="Offer of seasonal employment",
        band_color=(20, 60, 110),
    )
    d.set_text_color(20, 60, 110)
    d.set_font("Serif", "B", 17)
    d.cell(0, 8, "Blue Heron Lodge", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Sans", "", 8)
    d.cell(
        0,
        4,
        "Blue Heron Lodge Hospitality, LLC  \u00b7  21 Shoreline Avenue, Bar Harbor, Maine 04609  "
        "\u00b7  (207) 555-0148",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(20, 60, 110)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.set_line_width(0.2)
    d.ln(7)
    d.p("February 2, 2026")
    d.p("Ms. Shanique A. Ferguson\n12 Barnett Street\nMontego Bay, St. James, Jamaica")
    d.p("Re: Offer of H-2B seasonal employment, Room Attendant (Housekeeping)", style="B")
    d.p("Dear Ms. Ferguson,")
    d.p(
        "We are pleased to offer you a seasonal position as Room Attendant at Blue Heron Lodge, "
        "21 Shoreline Avenue, Bar Harbor, Maine, from May 4, 2026 to October 24, 2026. As a Room "
        "Attendant you will clean and make up 14 to 16 guest rooms per shift, change linens, "
        "clean bathrooms, vacuum, restock coffee, tea and toiletries, and report maintenance "
        "problems to the housekeeping supervisor.",
        align="J",
    )
    d.p(
        "To qualify you must have at least six months of experience as a hotel room attendant or "
        "cleaner and be able to push a loaded linen cart and lift 30 pounds.",
        align="J",
    )
    d.p(
        "Your schedule will be 40 hours per week, five shifts of 8 hours between 8:00 a.m. and "
        "4:30 p.m., with two days off that rotate weekly. Your rate of pay is $16.95 per hour, and "
        "any hours over 40 in a week are paid at $25.43 per hour. The Lodge will always pay the "
        "highest of the prevailing wage and the federal, Maine or Bar Harbor minimum wage in "
        "effect. You will be paid weekly, every Thursday, by direct deposit.",
        align="J",
    )
    d.p(
        "Federal and Maine income tax, Social Security and Medicare will be withheld from your "
        "pay. "
        + F(
            "housing_charge",
            "Staff housing in the Cottage Street dormitory is available at $115 per week, which "
            "will be deducted from your pay each week.",
            115.0,
            "USD",
        ),
        align="J",
    )
    d.p(
        "The Lodge supplies all cleaning products, carts, vacuums and other equipment you need at "
        "no cost to you. "
        + F(
            "equipment_charge",
            "A refundable deposit of $60 is required for your two uniform sets and will be taken "
            "from your first paycheck.",
            60.0,
            "USD",
        ),
        align="J",
    )
    d.p(
        "Before your first shift you will take part in our Guest Service Certification program. "
        + F(
            "training_cost",
            "The $95 course fee for the certification is deducted from your pay in two "
            "installments.",
            95.0,
            "USD",
        ),
        align="J",
    )
    d.p(
        "Blue Heron Lodge will reimburse, in your first workweek, your airfare from Montego Bay to "
        "Bangor, the shuttle to Bar Harbor and your meals and lodging on the way. We also "
        "reimburse your H-2B visa fee and the visa appointment fee at the same time. At the end "
        "of the season, or if we let you go early for any reason other than cause, the Lodge will "
        "pay your return airfare to Montego Bay.",
        align="J",
    )
    d.p(
        "If you fail to come to work for five consecutive working days without notice, we will "
        "treat your job as abandoned and report it to the Department of Labor and DHS as "
        "required. Employees dismissed for cause, such as theft from guests, lose the paid return "
        "ticket.",
        align="J",
    )
    d.p(
        "No recruitment fee has been or will be charged to you by the Lodge or by anyone acting "
        "for us. Please sign and return a copy of this letter to accept the offer.",
        align="J",
    )
    d.p("Sincerely,")
    d.ln(8)
    d.p("Marjorie Castellano\nDirector of Human Resources, Blue Heron Lodge Hospitality, LLC")
    d.sig_block(["Accepted by Shanique A. Ferguson", "Date"])
    return {
        "doc": d,
        "file": "j03.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "missing_terms": [
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": [],
        "traps": [
            "'restock coffee' contains 'fee'",
            "statutory withholding (taxes, Social Security, Medicare)",
            "cleaning equipment supplied at no cost",
            "airfare, visa and appointment fees reimbursed in first workweek",
            "return airfare paid",
            "no recruitment fee (negated)",
            "'refundable' uniform deposit is still a deposit (finding)",
        ],
        "doc_type": "offer_letter",
        "layout": "letter on letterhead (no table); addressed to named worker; justified paragraphs; address footer on each page",
    }


# ------------------------------------------------------------------------------------------ j04
def j04():
    d = Doc(
        band="PINEY RIDGE REFORESTATION  \u00b7  2026 PLANTING SEASON  \u00b7  WORKER GUIDE",
        band_color=(70, 80, 30),
        foot="Keep this guide with your contract. Questions: crew office (870) 555-0193.",
        title="Worker guide",
        size=9.5,
    )
    d.h1("Your Questions Answered: Tree Planting Crews, Season 2026")
    d.p(
        "This guide is part of the work contract between Piney Ridge Reforestation, Inc., 310 Mill "
        "Pond Lane, Monticello, Arkansas 71655, and each H-2B forest worker (SOC 45-4011).",
        style="I",
    )
    blue = (70, 80, 30)
    d.qa(
        "What will I be doing?",
        "You will plant pine seedlings by hand with a planting bar on cut-over land, carry "
        "seedlings in a tree bag, and clear brush around young trees. Crews plant about 1,200 "
        "seedlings per person per day on flat ground.",
        qcolor=blue,
    )
    d.qa(
        "Where and when?",
        "On timber tracts in Drew, Bradley and Ashley Counties, Arkansas, from January 12, 2026 "
        "to April 30, 2026. The crew bus leaves the Monticello bunkhouse at 6:15 each morning.",
        qcolor=blue,
    )
    d.qa(
        "Who can join a crew?",
        "Workers must have at least one season of tree planting or farm work and be able to walk "
        "on rough ground all day while carrying 40 pounds.",
        qcolor=blue,
    )
    d.qa(
        "How many hours will I work?",
        "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. with a half hour for "
        "lunch. There is no work on Saturday or Sunday, so overtime is rare.",
        qcolor=blue,
    )
    d.qa(
        "How much is the pay, and when?",
        "$17.06 per hour, paid every week on Friday. If the prevailing wage or any federal, "
        "state or local minimum wage goes above this rate during the season, Piney Ridge pays the "
        "higher rate. Your pay stub lists your hours, your rate, what you earned and every "
        "deduction.",
        qcolor=blue,
    )
    d.qa(
        "What comes out of my check?",
        "Federal income tax, Social Security and Medicare. "
        + F(
            "wage_withholding",
            "We hold back $40 from every weekly check as a season-completion reserve, and the "
            "whole reserve is paid to you on your last day.",
            40.0,
            "USD",
        ),
        qcolor=blue,
    )
    d.qa(
        "Is there a guarantee of work?",
        "Yes. Piney Ridge guarantees to offer you work for at least three-fourths of the "
        "workdays in each 12-week period of the contract, counted from your first workday.",
        qcolor=blue,
    )
    d.qa(
        "Do I need my own tools?",
        F(
            "equipment_charge",
            "Planting bars, tree bags and rain gear are issued on the first day, and $85 for the "
            "set is taken out of your first two checks.",
            85.0,
            "USD",
        )
        + " Hard hats and gloves are free.",
        qcolor=blue,
    )
    d.qa(
        "Who pays for the bus from Monterrey to Monticello?",
        "You do. "
        + F(
            "travel_cost",
            "The bus ticket (about MXN 2,300) and the hotel night in Laredo are your own expense "
            "and are not paid back.",
            2300.0,
            "MXN",
        ),
        qcolor=blue,
    )
    d.qa(
        "And the trip home?",
        "When the season ends, or if we send you home early for lack of work, Piney Ridge buys "
        "your bus ticket back to Monterrey and pays $15 a day for meals on the road.",
        qcolor=blue,
    )
    d.qa(
        "Who pays for the visa?",
        "Piney Ridge pays you back the $205 visa fee and the appointment fee on the first payday. "
        "Bring your receipt.",
        qcolor=blue,
    )
    d.qa(
        "Did anyone charge you to get this job?",
        "They should not have. Agencia Laboral Huasteca recruits for Piney Ridge in San Luis "
        "Potos\u00ed and is paid by us. Tell the crew office if anyone asked you for money.",
        qcolor=blue,
    )
    d.qa(
        "What if I have a problem with my pay?",
        "Talk to your foreman first. "
        + F(
            "blacklisting_threat",
            "Crew members who call the Labor Department instead of talking to their foreman will "
            "not be asked back next season.",
        ),
        qcolor=blue,
    )
    d.qa(
        "What if I leave or get fired?",
        "If you miss 5 working days in a row without permission, we consider that you abandoned "
        "the job and we notify the Department of Labor. If you abandon the job or are fired for "
        "cause, such as fighting or drinking on the job, you lose the work guarantee and the paid "
        "trip home.",
        qcolor=blue,
    )
    d.qa(
        "Can I keep my passport?",
        "Yes. Your passport stays with you. Nobody at Piney Ridge will ask to keep it.",
        qcolor=blue,
    )
    d.sig_block(["Worker name and signature", "Piney Ridge Reforestation, Inc."])
    return {
        "doc": d,
        "file": "j04.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "missing_terms": [
            "overtime",
            "inbound_transportation",
            "tools_provided",
            "contract_impossibility",
        ],
        "recruiters": ["Agencia Laboral Huasteca"],
        "traps": [
            "'overtime is rare' is not an overtime rate or a no-overtime statement",
            "pay stub with hours and deductions (earnings statements present)",
            "free hard hats and gloves next to a tool charge",
            "return trip paid by employer",
            "visa fee repaid on first payday",
            "recruiter paid by employer",
            "worker keeps passport (negated retention)",
        ],
        "doc_type": "worker_guide",
        "layout": "Q&A worker guide; colored questions with indented answers; header band and footer on each page",
    }


# ------------------------------------------------------------------------------------------ j05
def j05():
    d = Doc(
        size=8.6,
        head=(
            "MIDWAY STAR AMUSEMENTS, INC.  \u00b7  Season Agreement / Contrato de Temporada",
            "Winter quarters: Gibsonton, FL",
        ),
        foot="English and Spanish texts have equal value. / Los textos en ingl\u00e9s y en espa\u00f1ol tienen el mismo valor.",
        page_label="%d / %s",
        margins=(15, 14, 15),
        title="Season Agreement",
        band_color=(150, 30, 40),
    )
    d.h1(
        "H-2B Season Agreement: Amusement Ride Operators\nContrato de Temporada H-2B: Operadores de Juegos Mec\u00e1nicos",
        size=12.5,
        align="C",
    )

    def bi(rows):
        d.table(
            rows,
            widths=(50, 50),
            borders="NONE",
            size=8.6,
            padding=(1.2, 3.0),
        )

    bi(
        [
            [
                "1. Employer. Midway Star Amusements, Inc., 5120 Fairground Road, Gibsonton, "
                "Florida 33534, a traveling carnival.",
                "1. Empleador. Midway Star Amusements, Inc., 5120 Fairground Road, Gibsonton, "
                "Florida 33534, una feria ambulante.",
            ],
            [
                "2. Job. Ride operator: set up, inspect, operate and tear down mechanical rides; "
                "load and unload riders; check height limits; help move equipment between fairs.",
                "2. Puesto. Operador de juegos: armar, revisar, operar y desarmar juegos "
                "mec\u00e1nicos; subir y bajar a los pasajeros; revisar la estatura m\u00ednima; "
                "ayudar a mover el equipo entre ferias.",
            ],
            [
                "3. Requirements. Three months of experience assembling or operating rides; able "
                "to climb ladders and lift 60 pounds.",
                "3. Requisitos. Tres meses de experiencia armando u operando juegos; poder subir "
                "escaleras y cargar 60 libras.",
            ],
            [
                "4. Period. April 1, 2026 to October 31, 2026, at the fairs listed in the route "
                "table below.",
                "4. Periodo. Del 1 de abril al 31 de octubre de 2026, en las ferias de la tabla "
                "de ruta de abajo.",
            ],
        ]
    )
    d.table(
        [
            ["Apr 1 - May 10", "Florida Strawberry Festival grounds", "Plant City, FL"],
            ["May 14 - Jun 21", "Cobb County Jubilee", "Marietta, GA"],
            ["Jun 25 - Aug 9", "Tri-County Fair", "Mansfield, OH"],
            ["Aug 13 - Sep 20", "Allegany Harvest Fair", "Cumberland, MD"],
            ["Sep 24 - Oct 31", "Coastal Empire Fair", "Savannah, GA"],
        ],
        widths=(22, 48, 30),
        header=["Dates / Fechas", "Fair / Feria", "City / Ciudad"],
        fill=(240, 215, 215),
        size=8.4,
    )
    bi(
        [
            [
                "5. Hours. 48 hours per week, six days, usually 2:00 p.m. to 10:00 p.m.; setup "
                "days start at 8:00 a.m.",
                "5. Horario. 48 horas por semana, seis d\u00edas, normalmente de 2:00 p.m. a 10:00 "
                "p.m.; los d\u00edas de armado empiezan a las 8:00 a.m.",
            ],
            [
                "6. Pay. $15.87 per hour, and $23.81 per hour for every hour over 40 in a week. "
                "The company pays the highest of the prevailing wage and any federal, state or "
                "local minimum wage at each fair. Paid every Friday in cash.",
                "6. Pago. $15.87 por hora, y $23.81 por cada hora arriba de 40 en la semana. La "
                "compa\u00f1\u00eda paga el m\u00e1s alto entre el salario prevaleciente y el "
                "m\u00ednimo federal, estatal o local de cada feria. Se paga cada viernes en "
                "efectivo.",
            ],
            [
                "7. Deductions. Social Security, Medicare and income tax. "
                + F(
                    "housing_charge",
                    "Bunk space in the show's trailers costs $60 per week, deducted from pay.",
                    60.0,
                    "USD",
                    group=1,
                ),
                "7. Descuentos. Seguro Social, Medicare e impuesto sobre la renta. "
                + F(
                    "housing_charge",
                    "La litera en los remolques del show cuesta $60 por semana, descontados del "
                    "pago.",
                    60.0,
                    "USD",
                    group=1,
                ),
            ],
            [
                "8. Travel and visa. The company pays the visa and consular fees and the bus "
                "from Monterrey to Gibsonton, with meals on the trip, and pays the bus back to "
                "Monterrey at the end of the season.",
                "8. Viaje y visa. La compa\u00f1\u00eda paga la visa y los derechos consulares y "
                "el autob\u00fas de Monterrey a Gibsonton, con comidas del viaje, y paga el "
                "autob\u00fas de regreso a Monterrey al final de la temporada.",
            ],
            [
                "9. Tools. Wrenches, harnesses, radios and safety vests are supplied by the "
                "company without charge.",
                "9. Herramientas. Las llaves, arneses, radios y chalecos de seguridad los da la "
                "compa\u00f1\u00eda sin costo.",
            ],
            [
                "10. Documents. "
                + F(
                    "document_retention",
                    "The show office keeps every worker's passport and visa in the safe for the "
                    "whole season and returns them at the last spot.",
                    group=2,
                ),
                "10. Documentos. "
                + F(
                    "document_retention",
                    "La oficina del show guarda el pasaporte y la visa de cada trabajador en la "
                    "caja fuerte durante toda la temporada y los devuelve en la \u00faltima plaza.",
                    group=2,
                ),
            ],
            [
                "11. Lot rules. "
                + F(
                    "movement_restriction",
                    "Workers must be inside the bunk trailers by midnight and may not leave the "
                    "lot on days off without the manager's written pass.",
                    group=3,
                ),
                "11. Reglas del terreno. "
                + F(
                    "movement_restriction",
                    "Los trabajadores deben estar dentro de los remolques a la medianoche y no "
                    "pueden salir del terreno en d\u00edas libres sin pase escrito del gerente.",
                    group=3,
                ),
            ],
            [
                "12. Concession duty. Ride operators sell ride tickets and collect fees from "
                "customers at the gate, and turn in the cash box at closing.",
                "12. Taquilla. Los operadores venden boletos y cobran a los clientes en la "
                "entrada, y entregan la caja al cierre.",
            ],
            [
                "13. Leaving early. "
                + F(
                    "breach_penalty",
                    "A worker who leaves the show before the season ends forfeits his last two "
                    "weeks' pay.",
                    group=4,
                ),
                "13. Salida anticipada. "
                + F(
                    "breach_penalty",
                    "El trabajador que deje el show antes de terminar la temporada pierde el pago "
                    "de sus \u00faltimas dos semanas.",
                    group=4,
                ),
            ],
            [
                "14. Dismissal. A worker absent 5 days in a row without permission is treated as "
                "having abandoned the job, and the company informs the Department of Labor. A "
                "worker fired for cause, such as operating a ride while drunk, is not owed the "
                "return bus.",
                "14. Despido. El trabajador que falte 5 d\u00edas seguidos sin permiso se "
                "considera que abandon\u00f3 el trabajo, y la compa\u00f1\u00eda avisa al "
                "Departamento de Trabajo. Al despedido por causa justificada, como operar un juego "
                "ebrio, no se le debe el autob\u00fas de regreso.",
            ],
            [
                "15. No fee for the job. Nobody may charge you for being hired by Midway Star.",
                "15. Sin cobro por el trabajo. Nadie le puede cobrar por ser contratado por "
                "Midway Star.",
            ],
        ]
    )
    d.sig_block(
        ["Worker / Trabajador", "Midway Star Amusements, Inc.\nRoy Dunaway, show manager"], size=8
    )
    return {
        "doc": d,
        "file": "j05.pdf",
        "program": "h2b",
        "language": "en+es",
        "scanned": False,
        "missing_terms": [
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": [],
        "traps": [
            "'collect fees from customers' / 'cobran a los clientes' is a job duty",
            "visa, consular fees and inbound bus paid by employer",
            "return bus paid",
            "tools and harnesses without charge",
            "nobody may charge for being hired",
            "'forfeits two weeks' pay' has no numeric amount",
        ],
        "doc_type": "work_contract",
        "layout": "bilingual EN | ES side by side in a borderless two-column table; gridded route table; running header and footer",
    }


# ------------------------------------------------------------------------------------------ j06
def j06():
    d = Doc(
        font="Serif",
        size=10,
        head=("LONE OAK CONCRETE BUILDERS, LP", "Employment Agreement - H-2B"),
        foot="Lone Oak Concrete Builders, LP \u00b7 7750 Industrial Boulevard \u00b7 San Marcos, Texas 78666",
        title="Employment Agreement",
        band_color=(60, 60, 60),
    )
    d.h1("EMPLOYMENT AGREEMENT: CONSTRUCTION LABORER (FORMWORK)", size=13, align="C")
    d.p(
        "This agreement is between Lone Oak Concrete Builders, LP, 7750 Industrial Boulevard, San "
        "Marcos, Texas 78666 (the Company), and the H-2B worker who signs below (the Worker). The "
        "Worker was recruited in Honduras by Grupo Empleos Catrachos, whose agent in San Pedro "
        "Sula is Mr. Wilmer Ord\u00f3\u00f1ez.",
        align="J",
    )
    cl = [
        (
            "1.",
            "Position and duties. Construction Laborer: build, oil and strip wooden and aluminum "
            "forms for slabs and foundations, place and tie rebar, pour and vibrate concrete, and "
            "clean the site.",
        ),
        (
            "2.",
            "Place of work. Job sites of the Company in Hays, Comal and Travis Counties, Texas; "
            "crews meet each day at the Company yard at 7750 Industrial Boulevard, San Marcos.",
        ),
        (
            "3.",
            "Term. From February 2, 2026 to December 18, 2026.",
        ),
        (
            "4.",
            "Hours. 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. Work over 40 hours "
            "in a week is paid at one and a half times the hourly rate, $29.27 per hour.",
        ),
        (
            "5.",
            "Wage. $19.51 per hour, paid every two weeks on Friday.",
        ),
        (
            "6.",
            "Deductions. The Company deducts only federal income tax, Social Security and "
            "Medicare, plus the repayment described in clause 11 if the Worker takes an advance.",
        ),
        (
            "7.",
            "Guarantee. The Company will offer the Worker work for at least three-fourths of the "
            "workdays in each 12-week period of this agreement, or pay what the Worker would have "
            "earned for those hours.",
        ),
        (
            "8.",
            "Travel. The Company reimburses in the first workweek the bus and meals from San "
            "Pedro Sula to San Marcos and pays the return trip to San Pedro Sula when the Worker "
            "finishes the agreement or is dismissed early without cause.",
        ),
        (
            "9.",
            "Visa and documents. The Company pays the H-2B visa fee and reimburses the appointment "
            "fee in the first week. "
            + F(
                "visa_cost",
                "Applicants are responsible for obtaining and paying for their own passport.",
                passport=True,
            ),
        ),
        (
            "10.",
            "Recruiting. "
            + F(
                "recruitment_fee",
                "Before the embassy interview each applicant pays HNL 15,000 to Mr. Ord\u00f3\u00f1ez's "
                "brother-in-law, Osman Reyes, for arranging the file.",
                15000.0,
                "HNL",
            )
            + " The Company does not receive any part of this amount.",
        ),
        (
            "11.",
            "Advances. "
            + F(
                "debt_bondage",
                "Any worker may receive a cash advance of USD 500 before departure, to be repaid "
                "through weekly deductions of $50 plus a $10 weekly service charge.",
                500.0,
                "USD",
            ),
        ),
        (
            "12.",
            "Tools. Hard hats, safety glasses, gloves, vests, hammers and all other tools and "
            "equipment are provided at no cost and without any deposit.",
        ),
        (
            "13.",
            "Termination. The Worker may be dismissed for cause, including safety violations or "
            "fighting. A Worker who does not report for 5 consecutive working days without "
            "permission has abandoned the job; the Company will notify DOL and DHS, and the "
            "return trip and the guarantee will no longer apply.",
        ),
        (
            "14.",
            "Impossibility. If fire, flood, hurricane or another act of God makes the work "
            "impossible, the Company may end this agreement early with the approval of the "
            "Department of Labor, and will pay the Worker the guaranteed hours up to that date "
            "and the return trip home.",
        ),
        (
            "15.",
            "Worker rights. The Worker keeps his passport and visa. The Company will not take "
            "action against a Worker who complains to the Department of Labor.",
        ),
    ]
    for n, t in cl:
        d.clause(n, t, indent=8)
    d.sig_block(["The Worker", "For the Company: Hector Villalobos, Superintendent"])
    return {
        "doc": d,
        "file": "j06.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": True,
        "missing_terms": [
            "wage_adjustment",
            "earnings_statements",
            "job_requirements",
        ],
        "recruiters": ["Grupo Empleos Catrachos", "Wilmer Ord\u00f3\u00f1ez"],
        "traps": [
            "passport fee alone (review under H-2B)",
            "fee paid to a third party (agent's brother-in-law) is still a recruitment fee",
            "company pays visa fee and reimburses appointment fee",
            "tools free, no deposit",
            "statutory deductions listed",
            "worker keeps passport (negated retention)",
            "no retaliation for complaints",
        ],
        "doc_type": "work_contract",
        "layout": "numbered clauses with hanging numbers; running header and address footer; SCANNED image-only (200 dpi, noise, slight skew)",
    }


DOCS = [j01, j02, j03, j04, j05, j06]
