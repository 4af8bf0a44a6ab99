"""Documents k01-k06 of the heldout_k batch."""

from pdflib import Doc


def fee(category, severity, page, amount, currency, quote, group=None):
    d = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


def label(file, program, language, pages, fees, missing, recruiters, traps, doc_type, layout):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": False,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# --------------------------------------------------------------------------- k01
def k01():
    """H-2A job order, English, compliant, dense with lawful traps."""
    d = Doc(
        header_text="TILLMAN RIDGE ORCHARDS LLC  \u00b7  H-2A JOB ORDER ATTACHMENT",
        header_right="Clearance order WA-2026-11482",
        footer_text="Tillman Ridge Orchards LLC \u00b7 Job Order WA-2026-11482 \u00b7 Terms and conditions of employment",
        band=(46, 94, 62),
    )
    d.add_page()
    d.ttl("Terms and Conditions of Employment \u2014 Tree Fruit Harvest 2026", size=14)
    d.p(
        "This attachment forms part of the agricultural clearance order filed with the Washington "
        "Employment Security Department and the U.S. Department of Labor. A copy in Spanish is "
        "given to every worker no later than the time the worker applies for the visa.",
        size=9,
        style="I",
    )
    d.sec("1. Employer")
    d.p(
        "Tillman Ridge Orchards LLC, 2270 Okanogan River Road, Brewster, Washington 98812. "
        "Telephone (509) 555-0148. Federal Employer Identification Number 91-2045517."
    )
    d.sec("2. Job title and duties")
    d.p(
        "Farmworker, tree fruit (SOC 45-2092). Harvest apples and pears by hand from ladders into "
        "picking bags and deposit the harvest in bins without bruising the fruit; move and set "
        "12-foot orchard ladders; hand-thin fruitlets; prune suckers; feed fruit onto the packing-"
        "shed sorting line when rain stops picking; clean and stack bins at the end of the day."
    )
    d.sec("3. Places of employment")
    d.grid(
        [
            ["Block", "Address", "County"],
            ["Home ranch", "2270 Okanogan River Road, Brewster, WA 98812", "Okanogan"],
            ["North Bench", "118 Paschal Sherman Road, Omak, WA 98841", "Okanogan"],
            ["Columbia Flats", "45 Monse River Road, Brewster, WA 98812", "Okanogan"],
        ],
        widths=(22, 58, 20),
        size=9,
    )
    d.sec("4. Period of employment")
    d.p(
        "The contract begins on August 17, 2026 and ends on November 20, 2026. The first date is "
        "the date workers are expected to begin work at the home ranch."
    )
    d.sec("5. Hours of work")
    d.p(
        "Workers will be offered 42 hours of work per week: 7 hours a day, Monday through "
        "Saturday, normally 6:30 a.m. to 2:00 p.m. with a 30-minute unpaid lunch. Sunday is a day "
        "of rest. Workers are not required to work on the Sabbath or on federal holidays."
    )
    d.sec("6. Wages")
    d.p(
        "Workers will be paid $19.82 per hour. During apple harvest the employer may pay a piece "
        "rate of $28.00 per standard 25-bushel bin; if the piece-rate earnings in a pay period are "
        "less than the hourly rate times the hours worked, the employer will make up the difference."
    )
    d.p(
        "If the Adverse Effect Wage Rate, the prevailing wage, or the federal or state minimum "
        "wage is raised during the contract, Tillman Ridge will pay the highest of these rates from "
        "the date it takes effect."
    )
    d.sec("7. Pay day and earnings statements")
    d.p(
        "Wages are paid weekly, every Friday, by check or direct deposit at the worker's choice. "
        "With every payment the worker receives a written statement showing the hours offered, the "
        "hours actually worked, the bins picked, the hourly and piece rates, total earnings, each "
        "deduction and why it was made, the employer's name, address and FEIN, and net pay."
    )
    d.sec("8. Deductions")
    d.p(
        "Deductions required by law: FICA (Social Security and Medicare) is not withheld from H-2A "
        "workers; federal income tax is withheld only if the worker asks for it in writing on Form "
        "W-4. Any court-ordered garnishment will be deducted as the order requires. No other "
        "deduction of any kind will be made from wages."
    )

    d.sec("9. Three-fourths guarantee")
    d.p(
        "The employer guarantees to offer each worker employment for a total number of work hours "
        "equal to at least three-fourths of the workdays of the contract period (42 hours times "
        "the number of workweeks, times 0.75). If the worker is offered fewer hours, the employer "
        "pays the amount the worker would have earned for the missing hours."
    )
    d.sec("10. Housing")
    d.p(
        "Free housing is provided to every worker who cannot reasonably return home each day, at "
        "the Ridge Camp, 2290 Okanogan River Road, Brewster, WA 98812, licensed by the Washington "
        "State Department of Health. Beds, mattresses, blankets and cooking utensils are furnished. "
        "No deposit is required for keys, bedding or any other housing item, and utilities are "
        "included."
    )
    d.sec("11. Meals and kitchen")
    d.p(
        "Free and convenient cooking and kitchen facilities with stoves, refrigerators and sinks "
        "are provided at the Ridge Camp. Workers who prefer not to cook may join the optional meal "
        "program of the camp cook, three meals a day for $14.88 per day; nobody is required to join."
    )
    d.sec("12. Transportation")
    d.p(
        "Inbound: a worker who completes 50 percent of the contract period will be reimbursed for "
        "the reasonable cost of transportation and daily subsistence from the place of recruitment "
        "in Mexico to the Ridge Camp, at no less than $17.00 per day of travel; costs that would "
        "bring the first week's pay below the minimum wage are paid in the first workweek."
    )
    d.p(
        "Return: a worker who completes the contract, or who is dismissed early for any reason "
        "other than cause, will receive transportation and subsistence back to the place of "
        "recruitment paid by the employer."
    )
    d.p(
        "Daily: free transportation between the Ridge Camp and every orchard block listed in "
        "section 3 is provided each workday in employer-owned, insured vans driven by licensed drivers."
    )
    d.sec("13. Visas and recruitment")
    d.p(
        "The employer pays all visa fees, the consular appointment fee and the border-crossing fee. "
        "Tillman Ridge is assisted in Mexico by Enlace Campo Norte, S.C., which recruits workers "
        "for this order. Enlace Campo Norte is paid by the employer and is forbidden by its "
        "contract to collect money from workers. No recruitment fee will be charged to any worker."
    )
    d.sec("14. Tools and equipment")
    d.p(
        "All tools, ladders, picking bags, gloves, rain gear and protective equipment needed for "
        "the work are provided without charge and without any deposit. Workers are not charged "
        "for normal wear or for accidental damage to equipment."
    )
    d.sec("15. Workers' compensation")
    d.p(
        "All workers are covered by workers' compensation insurance through the Washington "
        "Department of Labor & Industries, claim account 611-882-04, at no cost to the worker."
    )
    d.sec("16. Job requirements")
    d.p(
        "Three months of experience hand-harvesting tree fruit; able to lift and carry 50 pounds of "
        "fruit in a picking bag and to work safely on a 12-foot ladder. No education is required."
    )
    d.sec("17. Abandonment and termination for cause")
    d.p(
        "A worker who fails to report for work for 5 consecutive working days without the "
        "employer's consent will be considered to have abandoned the job. A worker may be "
        "dismissed for cause after a written warning for the same conduct. In either case the "
        "employer will notify the Department of Labor and the Department of Homeland Security "
        "within 2 working days, and the worker loses the three-fourths guarantee and the return trip."
    )
    d.sec("18. Contract impossibility")
    d.p(
        "If fire, flood, hail, freeze or another Act of God makes it impossible to continue the "
        "work, and the Regional Administrator agrees, the employer may end the contract early. The "
        "employer will then pay the three-fourths guarantee up to the ending date, the return "
        "transportation and subsistence, and will try to place the worker with another employer."
    )
    d.sec("19. Worker rights")
    d.bullets(
        [
            "Workers keep their own passports, visas and identity documents; every room has a "
            "lockable drawer for them.",
            "Workers may leave the camp freely outside working hours and may receive visitors.",
            "A worker who files a complaint with the Department of Labor or talks to a lawyer or "
            "a legal-aid office will not be placed on any do-not-hire list.",
        ]
    )
    d.signature_row(["Employer representative: Dale Tillman, Owner", "Date: June 2, 2026"])
    fees = []
    lab = label(
        "k01.pdf",
        "h2a",
        "en",
        None,
        fees,
        [],
        ["Enlace Campo Norte, S.C."],
        [
            "'deposit the harvest in bins' and 'feed fruit onto the sorting line' are job duties",
            "FICA mentioned only as not withheld; income tax by request (lawful deductions)",
            "free housing, no deposit for keys or bedding (negated housing deposit)",
            "optional meal program $14.88/day is under the $17.00 H-2A cap (lawful)",
            "employer pays all visa, consular and border-crossing fees",
            "recruiter paid by employer; no recruitment fee will be charged",
            "tools without charge or deposit; no charge for accidental damage",
            "workers' compensation at no cost to the worker",
            "worker keeps passport; free to leave camp; no do-not-hire list for complaints",
            "worker loses guarantee on abandonment (lawful H-2A rule, not a penalty)",
        ],
        "job_order",
        "single column; colored header band and footer repeated on each page; numbered sections; gridded worksite table",
    )
    return d, lab


# --------------------------------------------------------------------------- k02
K02_RENT = ["Descuento: renta del cuarto en la vivienda del rancho", "$55.00"]
K02_DEP = (
    "Antes de viajar, EL TRABAJADOR entregará al representante de EL PATRÓN $200.00 como "
    "aportación de permanencia, cantidad que se le devolverá en su último cheque siempre que "
    "termine la temporada completa."
)
K02_PEN = (
    "Si EL TRABAJADOR abandona el trabajo antes del 15 de septiembre de 2026, pagará a EL PATRÓN "
    "una penalización de quinientos dólares, que se descontará de su último cheque."
)


def k02():
    """H-2A work contract, Spanish: rent buried in a pay table, 'permanencia' deposit, penalty."""
    d = Doc(
        font="serif",
        footer_text="Contrato H-2A \u00b7 Bending Creek Produce, LLC \u00b7 Temporada 2026",
    )
    d.add_page()
    d.ttl("CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL (H-2A)", size=14, align="C")
    d.p(
        "Que celebran, por una parte, BENDING CREEK PRODUCE, LLC, con domicilio en 3105 Hatchee "
        "Road, Moultrie, Georgia 31768, Estados Unidos, a quien en adelante se llamará EL PATRÓN, "
        "y por la otra el señor Rigoberto Anaya Cienfuegos, originario de Salvatierra, Guanajuato, "
        "a quien se llamará EL TRABAJADOR, al tenor de las siguientes cláusulas:",
        align="J",
    )
    d.clause(
        "1.",
        "EL TRABAJADOR se contrata como trabajador agrícola para cosechar sandía y chile "
        "pimiento a mano, cargar las cajas en los remolques, plantar y deshierbar, en los campos "
        "de EL PATRÓN ubicados en 3105 Hatchee Road y en 780 Funston Road, Moultrie, condado de "
        "Colquitt, Georgia.",
        head="Puesto, tareas y lugar de trabajo",
    )
    d.clause(
        "2.",
        "El contrato inicia el 4 de mayo de 2026 y termina el 23 de octubre de 2026. Se ofrecerán "
        "48 horas por semana, de lunes a sábado, 8 horas diarias, de 6:00 a 14:30 horas.",
        head="Duración y horario",
    )
    d.clause(
        "3.",
        "EL PATRÓN pagará $16.08 por hora. Si durante el contrato se publica una tarifa AEWR, "
        "un salario prevaleciente o un salario mínimo más alto, EL PATRÓN pagará la tarifa más "
        "alta desde su fecha de vigencia. El pago se hace cada semana, los viernes.",
        head="Salario",
    )
    d.clause(
        "4.",
        "EL PATRÓN ofrecerá empleo por al menos tres cuartas partes (3/4) de los días de trabajo "
        "del periodo del contrato; si ofrece menos, pagará la diferencia.",
        head="Garantía de tres cuartas partes",
    )
    d.clause(
        "5.",
        "Ejemplo de un cheque semanal de 48 horas, con los descuentos que se aplicarán:",
        head="Descuentos",
    )
    d.grid(
        [
            ["Concepto", "Cantidad"],
            ["Salario bruto (48 horas x $16.08)", "$771.84"],
            ["Impuestos FICA (no se aplican a visas H-2A)", "$0.00"],
            ["Impuesto federal (solo si EL TRABAJADOR lo pide por escrito)", "$0.00"],
            K02_RENT,
            ["Pago neto", "$716.84"],
        ],
        widths=(75, 25),
        size=9.5,
    )
    d.clause(
        "6.",
        "EL PATRÓN proporciona vivienda en el campamento de 780 Funston Road, Moultrie, con "
        "cocina equipada de uso gratuito (estufas, refrigeradores y trastes) para que EL "
        "TRABAJADOR prepare sus alimentos. Transporte diario gratuito del campamento a los "
        "campos en autobús de EL PATRÓN.",
        head="Vivienda, comida y transporte diario",
    )
    d.clause(
        "7.",
        "Al cumplir la mitad del contrato, EL PATRÓN reembolsará el autobús desde Monterrey y "
        "los alimentos del viaje ($17.00 por día). Al terminar el contrato, EL PATRÓN paga el "
        "regreso a Salvatierra. EL PATRÓN paga la visa y los derechos de cruce fronterizo.",
        head="Viaje",
    )
    d.clause(
        "8.",
        "Cuchillos, guantes, cubetas y botas de hule se entregan sin costo. EL TRABAJADOR está "
        "asegurado contra accidentes de trabajo (workers' compensation) por cuenta de EL PATRÓN.",
        head="Herramientas y seguro",
    )
    d.clause(
        "9.",
        "Se requiere un mes de experiencia en cosecha de hortalizas y poder cargar 50 libras.",
        head="Requisitos",
    )
    d.clause("10.", K02_DEP, head="Aportación de permanencia")
    d.clause(
        "11.",
        "Si EL TRABAJADOR falta 5 días seguidos sin aviso se considera que abandonó el empleo. "
        "EL PATRÓN puede despedir por causa justificada y avisará al Departamento del Trabajo. "
        + K02_PEN,
        head="Abandono, despido y penalización",
    )
    d.clause(
        "12.",
        "Nadie puede cobrarle por darle este trabajo. EL TRABAJADOR conserva su pasaporte.",
        head="Otros",
    )
    d.signature_row(
        ["EL PATRÓN: Wade Pruitt, gerente", "EL TRABAJADOR: Rigoberto Anaya Cienfuegos"]
    )
    fees = [
        fee("housing_charge", "violation", 1, 55.0, "USD", " ".join(K02_RENT)),
        fee("deposit_or_bond", "violation", 2, 200.0, "USD", K02_DEP),
        fee("breach_penalty", "violation", 2, 500.0, "USD", K02_PEN),
    ]
    lab = label(
        "k02.pdf",
        "h2a",
        "es",
        None,
        fees,
        ["earnings_statements", "contract_impossibility"],
        [],
        [
            "FICA row shows $0.00 (not applied to H-2A) and tax only on request",
            "free kitchen and free daily bus",
            "employer reimburses inbound bus at half-way and pays return, visa and border crossing",
            "tools and boots without cost; workers' comp paid by employer",
            "nobody may charge for the job; worker keeps passport",
            "deposit is called 'aportación de permanencia' and is returned only on completion",
        ],
        "work_contract",
        "serif; numbered clauses with headings; gridded sample pay-stub table with the rent buried as a deduction row",
    )
    return d, lab


# --------------------------------------------------------------------------- k03
def k03():
    """H-2B offer letter, English, compliant: fee-collecting job duty, fee-free payroll card."""
    d = Doc(footer_text="Kettle Falls Water Park Resort, Inc. \u00b7 H-2B offer of employment 2026")
    d.add_page()
    d.set_fill_color(0, 122, 153)
    d.rect(0, 0, d.w, 26, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.l_margin, 6)
    d.set_font("sans", "B", 16)
    d.cell(0, 8, "KETTLE FALLS WATER PARK RESORT, INC.")
    d.set_xy(d.l_margin, 15)
    d.set_font("sans", "", 8.5)
    d.cell(
        0, 5, "1500 Wisconsin Dells Parkway South, Lake Delton, WI 53940  \u00b7  (608) 555-0170"
    )
    d.set_text_color(0, 0, 0)
    d.set_xy(d.l_margin, 32)
    d.p("March 9, 2026", size=9.5)
    d.p("Mr. Andre Fitzgerald Bailey\n14 Spanish Town Road, Kingston 11, Jamaica", size=9.5)
    d.p("Re: Offer of seasonal employment under the H-2B program", size=10, style="B")
    d.p(
        "Dear Mr. Bailey, we are happy to offer you a seasonal position at our resort. The terms "
        "below are the same as in our certified job order and apply to every worker in this job.",
        size=10,
    )
    rows = [
        [
            "Position",
            "Amusement and recreation attendant: operate water slides and the wave pool "
            "gates, check riders' height and wristbands, collect admission fees from customers at the "
            "gate booths and give change, keep decks and queues clean.",
        ],
        [
            "Where",
            "Kettle Falls Water Park Resort, 1500 Wisconsin Dells Parkway South, Lake Delton, "
            "Wisconsin.",
        ],
        ["Dates", "May 18, 2026 to September 7, 2026."],
        [
            "Hours",
            "40 hours per week, five days a week, shifts scheduled between 9:00 a.m. and "
            "10:00 p.m.",
        ],
        [
            "Pay rate",
            "$15.40 per hour. If a higher prevailing wage or federal, state or local "
            "minimum wage applies during your employment, you will be paid the higher rate.",
        ],
        ["Overtime", "Hours over 40 in a workweek are paid at $23.10 per hour."],
        [
            "Pay day",
            "Every other Friday (biweekly), by direct deposit or on a fee-free payroll card.",
        ],
        [
            "Pay statement",
            "Each pay stub shows hours offered, hours worked, rate of pay, gross "
            "pay, every deduction and net pay.",
        ],
        [
            "Deductions",
            "Only those required by law: FICA (Social Security and Medicare), federal "
            "and Wisconsin income tax withholding.",
        ],
        [
            "Guarantee",
            "For each 12-week period (6 weeks in the last part of the season) you will be "
            "offered at least three-fourths of the workdays, or paid for the missing hours.",
        ],
        [
            "Travel to the job",
            "We reimburse your airfare from Kingston to Chicago, the shuttle to "
            "Lake Delton and $17.00 a day for meals on the way, in your first workweek.",
        ],
        ["Visa", "We reimburse the visa fee and all related fees in your first workweek."],
        [
            "Trip home",
            "If you finish the season, or we let you go early for any reason other than "
            "cause, we pay your return airfare to Kingston.",
        ],
        [
            "Tools and uniform",
            "All equipment, two swim-guard uniform sets and a locker with lock "
            "are provided free; no deposit is asked. Uniforms are laundered at no charge.",
        ],
        [
            "Requirements",
            "At least 18 years old; able to stand for 8 hours and climb slide "
            "towers; basic English. No experience required; free on-site training.",
        ],
        [
            "Ending early",
            "You may be dismissed only for cause, such as theft or repeated safety "
            "violations. Missing 5 consecutive working days without notice is treated as job "
            "abandonment and is reported to the Department of Labor.",
        ],
        [
            "If work stops",
            "If a storm, flood, fire or other event beyond our control makes the "
            "work impossible, we will pay the guarantee up to that date and your trip home.",
        ],
    ]
    d.grid(rows, widths=(22, 78), size=9.5, head=False, borders="NONE", bold_first=True)
    d.p(
        "Our recruiter in Jamaica, Blue Mahoe Staffing Ltd., is paid entirely by Kettle Falls. "
        "You must not pay them or anyone else to get or keep this job. If anyone asks you for "
        "money, please call our HR office collect.",
        size=10,
    )
    d.p(
        "Free coffee and a staff lunch are served every shift in the team room. Your passport "
        "stays with you at all times.",
        size=10,
    )
    d.p("Sincerely,\n\nRenata Solberg\nDirector of Human Resources", size=10)
    d.signature_row(["Accepted by: Andre Fitzgerald Bailey", "Date"])
    lab = label(
        "k03.pdf",
        "h2b",
        "en",
        None,
        [],
        [],
        ["Blue Mahoe Staffing Ltd."],
        [
            "'collect admission fees from customers' is a job duty",
            "'fee-free payroll card'",
            "deductions only those required by law: FICA and income tax",
            "airfare, meals on the way and visa fees reimbursed in first workweek",
            "uniforms and equipment free, no deposit, laundered at no charge",
            "recruiter paid by employer; worker must not pay anyone",
            "'free coffee' contains 'fee'; worker keeps passport",
        ],
        "offer_letter",
        "letterhead band; borderless two-column terms table spanning pages; letter closing and signature line",
    )
    return d, lab


# --------------------------------------------------------------------------- k04
K04_WH_EN = (
    "Fifteen percent of each paycheck is set aside in a season-completion reserve and released "
    "only to workers who are still employed on the last day of the season."
)
K04_WH_ES = (
    "El quince por ciento de cada cheque se aparta en una reserva de fin de temporada y se "
    "entrega solo a quienes sigan trabajando el último día de la temporada."
)
K04_VISA_EN = "The consular visa appointment fee (USD 205.00) remains the worker's own expense."
K04_VISA_ES = (
    "La cuota de la cita consular para la visa (USD 205.00) queda como gasto propio del trabajador."
)
K04_INS_EN = (
    "Enrollment in the company health plan is mandatory, and the worker's share of the premium, "
    "$32.50 per week, is taken from each paycheck."
)
K04_INS_ES = (
    "La inscripción en el plan de salud de la empresa es obligatoria, y la parte de la prima que "
    "corresponde al trabajador, $32.50 por semana, se toma de cada cheque."
)


def k04():
    """H-2B job order, English | Spanish side by side: reserve withholding, visa, insurance."""
    d = Doc(
        header_text="BAYOU TECHE CRAWFISH CO.  \u00b7  H-2B JOB OFFER / OFERTA DE TRABAJO",
        header_right="Season 2026 / Temporada 2026",
        footer_text="Bayou Teche Crawfish Co., 410 Levee Street, Breaux Bridge, LA 70517",
        band=(150, 45, 35),
        margin=15,
    )
    d.add_page()
    P = d.pair
    P("ENGLISH", "ESPAÑOL", size=11, style_l="B", style_r="B")
    sections = [
        (
            "1. Employer. Bayou Teche Crawfish Co., 410 Levee Street, Breaux Bridge, Louisiana "
            "70517, telephone (337) 555-0192.",
            "1. Patrón. Bayou Teche Crawfish Co., 410 Levee Street, Breaux Bridge, Luisiana "
            "70517, teléfono (337) 555-0192.",
        ),
        (
            "2. Job. Crawfish peeler and seafood processor: sort live crawfish, boil and peel "
            "tails, devein and pack tail meat in one-pound bags, clean the processing room.",
            "2. Trabajo. Pelador de langostino y procesador de mariscos: clasificar langostino "
            "vivo, hervir y pelar colas, desvenar y empacar la carne en bolsas de una libra, "
            "limpiar la sala de proceso.",
        ),
        (
            "3. Place. The plant at 410 Levee Street, Breaux Bridge, St. Martin Parish, Louisiana.",
            "3. Lugar. La planta de 410 Levee Street, Breaux Bridge, parroquia de St. Martin, "
            "Luisiana.",
        ),
        (
            "4. Period. From February 2, 2026 to June 30, 2026.",
            "4. Periodo. Del 2 de febrero de 2026 al 30 de junio de 2026.",
        ),
        (
            "5. Hours. 40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a "
            "30-minute meal break.",
            "5. Horario. 40 horas por semana, de lunes a viernes, de 6:00 a.m. a 2:30 p.m., con "
            "30 minutos para comer.",
        ),
        (
            "6. Pay. $14.05 per hour, or $2.10 per pound of peeled tail meat if that is more. "
            "Overtime after 40 hours is paid at $21.08 per hour. Workers always receive the "
            "highest of the prevailing wage and any federal, state or local minimum wage.",
            "6. Pago. $14.05 por hora, o $2.10 por libra de carne pelada si resulta más. Las "
            "horas extra después de 40 se pagan a $21.08 por hora. Siempre se paga el más alto "
            "entre el salario prevaleciente y cualquier salario mínimo federal, estatal o local.",
        ),
        (
            "7. Pay day. Every Friday for the week that ended the previous Saturday. Each check "
            "comes with a statement of hours offered, hours worked, pounds, rates and deductions.",
            "7. Día de pago. Cada viernes, por la semana que terminó el sábado anterior. Cada "
            "cheque trae un talón con horas ofrecidas, horas trabajadas, libras, tarifas y "
            "descuentos.",
        ),
        (
            "8. Deductions. Social Security and Medicare (FICA), federal and Louisiana income "
            "tax, and the items in sections 9 and 10.",
            "8. Descuentos. Seguro Social y Medicare (FICA), impuesto federal y de Luisiana, y "
            "los conceptos de las secciones 9 y 10.",
        ),
        ("9. Health plan. " + K04_INS_EN, "9. Plan de salud. " + K04_INS_ES),
        ("10. Season reserve. " + K04_WH_EN, "10. Reserva de temporada. " + K04_WH_ES),
        (
            "11. Travel. Bus fare from Monterrey to Breaux Bridge and $17.00 a day for meals on "
            "the road are repaid in the first workweek. The company buys the bus ticket home for "
            "every worker who finishes the season or is laid off early.",
            "11. Viaje. El autobús de Monterrey a Breaux Bridge y $17.00 diarios de comida en el "
            "camino se reembolsan en la primera semana. La compañía compra el boleto de regreso a "
            "quien termine la temporada o sea despedido antes sin causa.",
        ),
        ("12. Visa. " + K04_VISA_EN, "12. Visa. " + K04_VISA_ES),
        (
            "13. Tools. Knives, aprons, hairnets, gloves and rubber boots are supplied free of "
            "charge and without deposit.",
            "13. Herramientas. Cuchillos, mandiles, redes para el cabello, guantes y botas de "
            "hule se dan gratis y sin depósito.",
        ),
        (
            "14. Requirements. No experience needed. Workers must be able to stand for the full "
            "shift in a cold, wet room.",
            "14. Requisitos. No se requiere experiencia. Debe poder estar de pie todo el turno en "
            "un cuarto frío y húmedo.",
        ),
        (
            "15. Leaving the job. Absence for 5 consecutive workdays without notice is treated as "
            "abandonment. Dismissal is only for cause (theft, violence, repeated food-safety "
            "violations) and is reported to the Department of Labor.",
            "15. Dejar el trabajo. Faltar 5 días seguidos sin aviso se considera abandono. El "
            "despido es solo por causa justificada (robo, violencia, faltas repetidas de "
            "inocuidad) y se informa al Departamento del Trabajo.",
        ),
        (
            "16. If the season ends early. If a flood, hurricane or closure order makes the work "
            "impossible, the company pays for all hours worked, the ticket home, and wages for "
            "the rest of the hours scheduled in that week.",
            "16. Si la temporada termina antes. Si una inundación, huracán u orden de cierre hace "
            "imposible el trabajo, la compañía paga todas las horas trabajadas, el boleto de "
            "regreso y el salario del resto de las horas programadas en esa semana.",
        ),
        (
            "17. Recruitment. Workers are selected in Tamaulipas by Reclutadora del Golfo "
            "Tamaulipas, S.A. de C.V., under contract with the company. Workers do not pay any "
            "recruitment fee.",
            "17. Reclutamiento. Los trabajadores son seleccionados en Tamaulipas por Reclutadora "
            "del Golfo Tamaulipas, S.A. de C.V., contratada por la compañía. Los trabajadores no "
            "pagan ninguna cuota de reclutamiento.",
        ),
    ]
    for en, es in sections:
        P(en, es, size=9.5)
    d.signature_row(["Company / Compañía: Lionel Guidry, owner", "Worker / Trabajador"])
    fees = [
        fee("insurance_cost", "violation", 1, 32.5, "USD", K04_INS_EN, group=1),
        fee("insurance_cost", "violation", 1, 32.5, "USD", K04_INS_ES, group=1),
        fee("wage_withholding", "violation", 1, None, None, K04_WH_EN, group=2),
        fee("wage_withholding", "violation", 1, None, None, K04_WH_ES, group=2),
        fee("visa_cost", "violation", 1, 205.0, "USD", K04_VISA_EN, group=3),
        fee("visa_cost", "violation", 1, 205.0, "USD", K04_VISA_ES, group=3),
    ]
    lab = label(
        "k04.pdf",
        "h2b",
        "en+es",
        None,
        fees,
        ["visa_reimbursement", "three_fourths_guarantee"],
        ["Reclutadora del Golfo Tamaulipas, S.A. de C.V."],
        [
            "FICA and income tax listed as deductions (lawful)",
            "inbound bus and meals repaid in the first week; ticket home bought by company",
            "tools, boots free and without deposit",
            "workers do not pay any recruitment fee",
            "withholding is called a 'season-completion reserve'",
        ],
        "job_order",
        "bilingual EN | ES in two aligned columns; header band and footer repeated on each page",
    )
    return d, lab


# --------------------------------------------------------------------------- k05
K05_DEP = (
    "Como muestra de seriedad, LA PERSONA TRABAJADORA entregará a LA AGENCIA una aportación de "
    "compromiso de Q2,500.00, que le será devuelta cuando regrese a Guatemala al finalizar el contrato."
)
K05_MED = (
    "Los exámenes médicos y de laboratorio que pide EL EMPLEADOR se harán en la Clínica Santa "
    "Lucía de Huehuetenango, y su costo de Q850.00 corre por cuenta de LA PERSONA TRABAJADORA."
)
K05_GEST = (
    "Por la gestión de la cita biométrica y el llenado de formularios, LA PERSONA TRABAJADORA "
    "depositará mil doscientos quetzales en la cuenta de un familiar del coordinador de LA AGENCIA."
)


def k05():
    """Generic (Guatemala to Canada) recruiter agreement, Spanish: renamed deposit, medical, fee."""
    d = Doc(fmt="legal", margin=20)
    d.add_page()
    d.set_font("sans", "B", 12)
    d.multi_cell(
        0,
        6,
        "CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN\nPrograma de trabajo temporal en Canadá",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.p(
        "En la ciudad de Huehuetenango, el 12 de enero de 2026, comparecen Colocaciones "
        "Internacionales Cuchumatán, S.A., con oficinas en 4a. calle 6-21, zona 1, Huehuetenango, "
        "en adelante LA AGENCIA, y la señora Marta Julia Cux Tzoc, DPI 2456 81203 1301, vecina de "
        "Chiantla, en adelante LA PERSONA TRABAJADORA, quienes convienen lo siguiente:",
        align="J",
    )
    d.grid(
        [
            ["Dato", "Detalle"],
            [
                "Empleador",
                "Essex Sunrise Greenhouses Inc., 1820 Seacliff Drive, Leamington, "
                "Ontario N8H 3V5, Canadá",
            ],
            [
                "Puesto",
                "Trabajadora de invernadero: cosecha de tomate y pepino, poda y "
                "amarre de guías, empaque en cajas",
            ],
            ["Lugar", "Invernaderos de Essex Sunrise, Leamington, Ontario"],
            ["Vigencia", "Del 2 de marzo de 2026 al 27 de noviembre de 2026"],
            ["Salario", "CAD 17.60 por hora"],
            ["Pago", "Cada dos semanas, por depósito bancario"],
            ["Horario", "El que indique EL EMPLEADOR según la producción"],
        ],
        widths=(22, 78),
        size=9.5,
    )
    d.clause(
        "PRIMERA.",
        "LA AGENCIA, por encargo de EL EMPLEADOR, recluta y selecciona a LA PERSONA TRABAJADORA "
        "para el puesto descrito en el cuadro anterior.",
        indent=22,
    )
    d.clause(
        "SEGUNDA.",
        "EL EMPLEADOR paga el boleto aéreo de Guatemala a Toronto y el de regreso a Guatemala al "
        "terminar el contrato, así como el permiso de trabajo. La vivienda en Leamington se da "
        "sin costo.",
        indent=22,
    )
    d.clause("TERCERA.", K05_MED, indent=22)
    d.clause("CUARTA.", K05_DEP, indent=22)
    d.clause("QUINTA.", K05_GEST, indent=22)
    d.clause(
        "SEXTA.",
        "LA PERSONA TRABAJADORA conservará en todo momento su pasaporte y su DPI. LA AGENCIA no "
        "cobra comisión por la selección.",
        indent=22,
    )
    d.clause(
        "SÉPTIMA.",
        "EL EMPLEADOR puede terminar el contrato por falta grave comprobada (robo, violencia o "
        "abandono de más de tres días) con aviso escrito; en ese caso LA PERSONA TRABAJADORA "
        "recibe lo trabajado y el boleto de regreso. LA PERSONA TRABAJADORA puede renunciar con "
        "dos semanas de aviso.",
        indent=22,
    )
    d.clause(
        "OCTAVA.",
        "Cualquier queja podrá presentarse ante el Ministerio de Trabajo y Previsión Social sin "
        "que ello afecte futuras contrataciones.",
        indent=22,
    )
    d.ln(6)
    y = d.get_y()
    d.signature_row(["Por LA AGENCIA: Lic. Otoniel Sales Recinos", "LA PERSONA TRABAJADORA"])
    d.box(d.w - d.r_margin - 28, y + 20, 24, 28, "Huella digital")
    d.set_xy(d.l_margin, y + 58)
    d.p(
        "Este convenio se firma en dos ejemplares. LA AGENCIA declara estar inscrita en el "
        "registro de agencias del Ministerio de Trabajo. Los datos personales se usan solo para "
        "el trámite. Toda duda se atiende en las oficinas de LA AGENCIA de lunes a viernes.",
        size=7,
        style="I",
    )
    fees = [
        fee("medical_cost", "violation", 1, 850.0, "GTQ", K05_MED),
        fee("deposit_or_bond", "violation", 1, 2500.0, "GTQ", K05_DEP),
        fee("recruitment_fee", "violation", 1, 1200.0, "GTQ", K05_GEST),
    ]
    lab = label(
        "k05.pdf",
        "generic",
        "es",
        None,
        fees,
        ["hours_of_work", "deductions"],
        ["Colocaciones Internacionales Cuchumatán, S.A."],
        [
            "employer pays air tickets both ways and the work permit; housing without cost",
            "worker keeps passport and DPI",
            "'no cobra comisión por la selección' (negated fee) while other charges are made",
            "complaints allowed without affecting hiring (negated blacklisting)",
            "'Horario: El que indique EL EMPLEADOR según la producción' has no concrete value",
            "deposit renamed 'aportación de compromiso'; fee paid to a relative of the coordinator",
        ],
        "recruiter_agreement",
        "legal size; gridded terms table; ordinal clauses (PRIMERA...) with hanging labels; fingerprint box; small print",
    )
    return d, lab


# --------------------------------------------------------------------------- k06
def k06():
    """Generic (Nepal to Malaysia) employment contract, English, compliant, two columns."""
    d = Doc(
        fmt="A4",
        footer_text="Contract of Employment \u00b7 Sinar Precision Components Sdn. Bhd. \u00b7 Ref. SPC/NP/2026/0417",
        margin=16,
    )
    d.add_page()
    d.set_font("sans", "B", 13)
    d.multi_cell(
        0,
        6.5,
        "CONTRACT OF EMPLOYMENT FOR FOREIGN WORKER",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_font("sans", "", 9)
    d.multi_cell(
        0,
        4.5,
        "Approved format \u00b7 attested copy for the Department of Foreign Employment, Kathmandu",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.grid(
        [
            [
                "Employer",
                "Sinar Precision Components Sdn. Bhd., Lot 22, Jalan Perindustrian "
                "Bayan Lepas 4, 11900 Bayan Lepas, Penang, Malaysia",
            ],
            ["Worker", "Mr. Bikash Tamang, passport PA 0418832, Chautara, Sindhupalchok, Nepal"],
            [
                "Recruiting agency",
                "Annapurna Crest Overseas Pvt. Ltd., Samakhusi, Kathmandu (licence 1187/075/76)",
            ],
        ],
        widths=(22, 78),
        size=9,
        head=False,
    )
    clauses = [
        (
            "1. Position and duties",
            "The Worker is employed as Production Operator. Duties: load "
            "component reels onto the tape feeders of surface-mount machines, feed bare boards into "
            "the line, inspect soldered boards under magnification, record defects and keep the "
            "work area clean.",
        ),
        (
            "2. Place of work",
            "The Employer's factory at Lot 22, Bayan Lepas Free Industrial Zone, "
            "Penang. The Worker will not be transferred to another employer or place without his "
            "written consent and government approval.",
        ),
        (
            "3. Duration",
            "Two years, from 3 March 2026 to 2 March 2028, starting on the day of "
            "arrival in Malaysia.",
        ),
        (
            "4. Hours of work",
            "8 hours a day, 6 days a week (48 hours), in rotating day and night "
            "shifts; one paid rest day each week. Overtime is voluntary, not more than 104 hours a "
            "month, paid at 1.5 times the hourly rate (2 times on rest days, 3 times on public "
            "holidays).",
        ),
        (
            "5. Wages",
            "Basic wage MYR 1,700 per month, plus a shift allowance of MYR 150 per month "
            "for night shifts.",
        ),
        (
            "6. Payment",
            "Wages are paid monthly into the Worker's own bank account, not later than "
            "the 7th day of the following month, with a payslip.",
        ),
        (
            "7. Deductions",
            "Only deductions required by Malaysian law: the Worker's statutory "
            "SOCSO social security contribution and income tax, if any. No deduction is made for "
            "recruitment, levy, accommodation, transport or equipment.",
        ),
        (
            "8. Recruitment costs",
            "Following the Employer Pays Principle, the Employer bears all "
            "recruitment fees and related costs: the agency service charge, visa and levy, Nepal "
            "labour permit, medical examination, pre-departure orientation, welfare-fund "
            "contribution and air ticket to Penang. The Worker shall pay nothing to the Agency or to "
            "any other person for this job, and any amount found to have been paid will be "
            "refunded by the Employer within 30 days.",
        ),
        (
            "9. Accommodation",
            "Hostel accommodation certified under the Workers' Minimum Standards "
            "of Housing Act is provided free of charge, with free transport to the factory. "
            "Residents come and go freely outside working hours; there is no curfew.",
        ),
        (
            "10. Documents",
            "The Worker keeps his own passport and work pass. A personal lockable "
            "locker is provided at the hostel at no cost.",
        ),
        (
            "11. Insurance and medical care",
            "The Employer pays the premiums of the foreign worker "
            "hospitalisation and surgical insurance scheme and registers the Worker with SOCSO "
            "employment injury coverage. Medical treatment for work injuries is free.",
        ),
        (
            "12. Leave",
            "Paid annual leave of 8 days per year, paid sick leave of 14 days per year, "
            "and all gazetted public holidays.",
        ),
        (
            "13. Termination",
            "Either party may end this contract by giving one month's written "
            "notice or one month's wages in lieu. The Employer may dismiss for misconduct only after "
            "a due inquiry. The Worker pays no penalty for ending the contract.",
        ),
        (
            "14. Return",
            "The Employer pays the Worker's air ticket back to Kathmandu at the end of "
            "the contract, or earlier if the contract ends for any reason other than the Worker's "
            "proven misconduct.",
        ),
        (
            "15. Grievances",
            "The Worker may complain to the Employer's grievance committee, the "
            "Labour Department or the Embassy of Nepal without any penalty or blacklisting.",
        ),
        (
            "16. Language",
            "This contract is provided to the Worker in English and Nepali; the Worker "
            "confirms it was explained to him before signing.",
        ),
    ]
    with d.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=True
    ) as cols:
        for head, body in clauses:
            with cols.paragraph(text_align="LEFT", bottom_margin=2.2) as par:
                d.set_font("sans", "B", 9)
                par.write(head + ". ")
                d.set_font("sans", "", 9)
                par.write(body)
    d.ln(4)
    d.signature_row(
        [
            "For the Employer: Ms. Lim Siew Ling, HR Manager",
            "The Worker: Bikash Tamang",
            "Witness (Agency): Ramesh Adhikari",
        ],
        size=8,
    )
    d.add_page()
    d.sec("Annex A — Pre-departure steps and who pays", size=11)
    d.grid(
        [
            ["Step", "Where", "Cost to the Worker"],
            ["Medical examination", "Approved clinic, Kathmandu", "None (paid by the Employer)"],
            ["Pre-departure orientation, 3 days", "Agency training hall, Samakhusi", "None"],
            [
                "Labour permit and welfare fund",
                "Department of Foreign Employment",
                "None (paid by the Employer)",
            ],
            [
                "Visa with reference and levy",
                "Immigration Department of Malaysia",
                "None (paid by the Employer)",
            ],
            [
                "Air ticket Kathmandu - Penang",
                "Booked by the Agency",
                "None (paid by the Employer)",
            ],
        ],
        widths=(34, 36, 30),
        size=9,
    )
    d.p(
        "The Agency gives the Worker a receipt for every document it handles and returns the "
        "original passport to the Worker on the same day the visa is stamped. If anyone asks the "
        "Worker for money for this job, the Worker should call the Employer's ethics line, +60 4 "
        "555 0290, free of charge.",
        size=9.5,
    )
    d.sec("Annex B — Working time", size=11)
    d.grid(
        [
            ["Shift", "Hours", "Break"],
            ["Day shift", "08:00 - 17:00, Monday to Saturday", "60 minutes, 12:30 - 13:30"],
            ["Night shift", "20:00 - 05:00, Monday to Saturday", "60 minutes, 00:30 - 01:30"],
        ],
        widths=(20, 45, 35),
        size=9,
    )
    lab = label(
        "k06.pdf",
        "generic",
        "en",
        None,
        [],
        [],
        ["Annapurna Crest Overseas Pvt. Ltd."],
        [
            "'tape feeders' and 'feed bare boards' are job words",
            "statutory SOCSO contribution and income tax (not an insurance_cost finding)",
            "employer bears all recruitment fees and related costs (EPP), with refund promise",
            "free hostel, free transport, no curfew (negated movement restriction)",
            "worker keeps passport; free locker",
            "employer pays insurance premiums",
            "no penalty for ending the contract; no blacklisting for complaints",
            "annex cost table: every pre-departure cost 'None (paid by the Employer)'",
            "agency returns the passport the day the visa is stamped (no retention)",
        ],
        "work_contract",
        "A4; parties table; numbered clauses flowing in two balanced text columns; signature row; annex tables on page 2; footer repeated",
    )
    return d, lab
