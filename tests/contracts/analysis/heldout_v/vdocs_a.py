"""Documents v01-v06 of held-out batch "v" (all names, places and sentences invented)."""

from build import F, FRow, W


# ---------------------------------------------------------------------------------------
# v01: H-2A apple/pear job order, English, fully compliant, cost grid with payer column
# ---------------------------------------------------------------------------------------
def v01():
    w = W(
        "h2a",
        fmt="letter",
        family="sans",
        size=9.8,
        header="Hollow Creek Orchards LLC  |  H-2A Agricultural Clearance Order WA-26-0412  |  Addendum to ETA-790A",
        footer="Job order WA-26-0412 (worker copy)",
    )
    w.band(
        "Job Order and Work Contract: Orchard Farmworker (H-2A)",
        sub="Hollow Creek Orchards LLC, Cashmere, Washington. Season 2026",
        fill=(46, 94, 62),
    )
    w.h("1. Employer")
    w.p(
        "Hollow Creek Orchards LLC, 2210 Ridgeback Road, Cashmere, WA 98815. Telephone "
        "(509) 555-0143. Hiring contact: Dolores Vance-Ibarra, Human Resources Manager. "
        "Federal employer identification number on file with the Department of Labor."
    )
    w.h("2. The job")
    w.p(
        "Occupation: Farmworkers and Laborers, Crop (SOC 45-2092). Openings: 60. Workers hand-pick "
        "apples and pears into picking bags, empty the bags into bins without bruising the fruit, "
        "set and climb 10- to 12-foot orchard ladders, thin fruitlets, tie and prop heavy limbs, and "
        "clear brush from the rows. Between harvest passes, crews also feed and water the small flock "
        "of sheep that keeps grass down in the older blocks, and rake windfalls for the cider press."
    )
    w.h("3. Who may apply")
    w.p(
        "At least three months of hand-harvest experience with tree fruit during the last 24 months. "
        "Workers must be able to climb ladders safely and carry a full picking bag (about 40 pounds) "
        "up and down the ladder throughout the shift. No high-school diploma, driver's license or "
        "English is required."
    )
    w.h("4. Places of work")
    w.grid(
        [
            ["North Bench Block", "2210 Ridgeback Road, Cashmere, WA 98815", "Chelan"],
            ["Mission Creek Block", "7600 Mission Creek Road, Cashmere, WA 98815", "Chelan"],
            ["Sleepy Hollow Block", "415 Sleepy Hollow Road, Wenatchee, WA 98801", "Chelan"],
        ],
        widths=[0.28, 0.52, 0.20],
        header=["Block", "Address", "County"],
    )
    w.h("5. Dates and hours")
    w.p(
        "The contract period runs from August 10, 2026 through November 6, 2026. The normal "
        "schedule is 40 hours a week, Monday to Friday from 7:00 a.m. to 3:30 p.m., with an unpaid "
        "30-minute lunch. Saturday work of up to 6 hours may be offered during peak harvest; it is "
        "voluntary. Hours may be shorter on days of rain or frost."
    )
    w.h("6. Pay")
    w.p(
        "Hourly rate: $19.75 per hour. Piece rate for apples: $32.00 per standard bin (about 47 "
        "cubic feet); for pears: $30.00 per bin. When piece-rate earnings for a pay period come to "
        "less than $19.75 for each hour worked, the difference is added to the check. If the Adverse "
        "Effect Wage Rate, the prevailing wage, or the federal or state minimum wage goes above the "
        "contract rate during the season, Hollow Creek pays the higher rate from its effective date."
    )
    w.p(
        "Payday is every Friday, for the week ending the previous Sunday. Workers choose between a "
        "paper check and direct deposit; sign-up for direct deposit is done at the camp office "
        "during arrival registration. Each payday the worker also gets a written earnings statement "
        "showing hours offered, hours worked, bins picked, rates, gross pay, every deduction and net "
        "pay, with the employer's name, address and FEIN."
    )
    w.h("7. Deductions")
    w.p(
        "Hollow Creek makes only these deductions: (a) federal income tax, only if the worker asks "
        "for it in writing; (b) the Washington Paid Family and Medical Leave premium and other "
        "contributions the State requires by law; (c) the optional cookhouse meal plan in Section 9, "
        "only for workers who sign up for it; and (d) amounts a court orders withheld. No deduction "
        "is ever taken for housing, tools, transportation, visas or recruitment."
    )
    w.h("8. Who pays for what")
    w.grid(
        [
            [
                "H-2A visa application (MRV) fee",
                "$185.00",
                "Hollow Creek",
                "Paid online before the interview",
            ],
            [
                "Bus Monterrey to Cashmere",
                "about $298.00",
                "Hollow Creek",
                "Ticket bought by the employer",
            ],
            [
                "Meals on the trip north",
                "DOL daily rate",
                "Hollow Creek",
                "Repaid on the first paycheck",
            ],
            ["Ridgeback Camp housing", "$0.00", "Hollow Creek", "No rent, utilities or deposit"],
            [
                "Ladders, bags, gloves, pruners",
                "$0.00",
                "Hollow Creek",
                "Loaned free; nothing to sign",
            ],
            ["Daily bus camp to orchard", "$0.00", "Hollow Creek", "Company bus, licensed driver"],
            ["Return bus to Monterrey", "about $298.00", "Hollow Creek", "See Section 10"],
            [
                "Recruiting in Mexico",
                "$0.00 to worker",
                "Hollow Creek",
                "Agency paid by the employer",
            ],
            ["Cookhouse meal plan", "$13.60 a day", "Worker, if chosen", "Optional; see Section 9"],
        ],
        widths=[0.31, 0.17, 0.18, 0.34],
        header=["Item", "Amount", "Paid by", "Notes"],
        zebra=(244, 247, 242),
        size=9,
    )
    w.h("9. Housing and meals")
    w.p(
        "Free housing is provided at Ridgeback Camp, 2290 Ridgeback Road, Cashmere, WA 98815, "
        "licensed by the Washington State Department of Health and inspected before occupancy. Beds, "
        "mattresses, blankets and cooking utensils are supplied, and no deposit is asked for any of "
        "them. Each bunkhouse has a full kitchen with stoves, ovens and refrigerators that workers may "
        "use at no charge to cook their own food."
    )
    w.p(
        "Workers who prefer not to cook may join the cookhouse plan: three meals a day for $13.60, "
        "which is below the maximum meal charge the Department of Labor publishes for 2026. Joining "
        "is optional, and a worker may leave the plan with seven days' notice."
    )
    w.h("10. Transportation")
    w.p(
        "Inbound. Hollow Creek buys the bus ticket from Monterrey, N.L. to Cashmere and repays daily "
        "travel meals at the Department of Labor rate on the first paycheck. A worker who had to pay "
        "any part of the trip to the consulate or to the job himself is repaid in the first workweek."
    )
    w.p(
        "Daily. The company bus carries workers free of charge between Ridgeback Camp and each block "
        "every workday. Return. Hollow Creek pays the bus and travel meals back to Monterrey for every "
        "worker who completes the contract period, and for any worker dismissed early for reasons "
        "other than cause."
    )
    w.h("11. Tools, insurance and guarantee")
    w.p(
        "All tools, supplies and equipment the job requires are provided without charge and without "
        "any deposit. Workers' compensation insurance is carried through the Washington State "
        "Department of Labor & Industries, account 512-447-09, and covers work injuries and illness."
    )
    w.p(
        "Hollow Creek guarantees each worker employment for at least three-fourths of the workdays "
        "in the contract period, counted from the first workday after arrival. If less work is "
        "offered, the worker is paid the amount he would have earned for the missing hours."
    )
    w.h("12. Leaving the job, dismissal and interruptions")
    w.p(
        "A worker who misses five consecutive scheduled workdays without notifying his crew leader "
        "is considered to have abandoned the job, and Hollow Creek notifies the Department of Labor "
        "and DHS within two working days. Dismissal is for cause only, after a written warning, "
        "except for violence, theft or drinking on the job."
    )
    w.p(
        "A worker who leaves early of his own choice pays no fine or penalty of any kind; he only "
        "loses the return-trip payment and the three-fourths guarantee, as the federal rules provide."
    )
    w.p(
        "If hail, fire, flood, a freeze or another Act of God makes the work impossible and the "
        "Department of Labor agrees, Hollow Creek may end the contract early. Each worker is then "
        "paid the three-fourths guarantee up to the end date, is given return transportation and "
        "meals, and will be offered help finding work with another employer."
    )
    w.h("13. Your rights")
    w.bullets(
        [
            "Your passport, visa and ID stay with you. Lockers are available in each bunkhouse; you "
            "keep the only key.",
            "Enlace Campo Norte, S.C., our recruiting agent in Nuevo Le\u00f3n, is paid by Hollow Creek "
            "and has agreed in writing not to take any money or favor from workers.",
            "No one will be punished, put on any list or refused rehire for making a complaint, "
            "talking to a lawyer or legal-aid office, or joining a union.",
            "The crew leader in charge of each block is there to help; problems with pay can also be "
            "raised directly with Human Resources at (509) 555-0143.",
            "Free coffee and drinking water are set out at every block.",
        ]
    )
    w.p(
        "This job order is provided in English and in Spanish. Each worker receives a copy before "
        "the consular interview.",
        style="I",
        size=9,
    )
    w.sig(["Worker signature and date", "For Hollow Creek Orchards LLC"])
    meta = {
        "language": "en",
        "missing_terms": [],
        "recruiters": ["Enlace Campo Norte, S.C."],
        "traps": [
            "'feed and water the sheep' is a job duty",
            "cost grid: every row paid by the employer (visa, bus, housing, tools, recruiting)",
            "optional cookhouse meal plan $13.60/day below the DOL cap (lawful h2a meal charge)",
            "direct deposit / arrival registration (not fees or deposits)",
            "no deposit for bedding or tools",
            "statutory state payroll premium (not insurance_cost)",
            "negated breach penalty ('pays no fine or penalty')",
            "worker keeps passport; locker key",
            "recruiting agent paid by employer, takes no money",
            "negated blacklisting",
            "'crew leader in charge' and 'free coffee'",
        ],
        "doc_type": "job_order",
        "layout": "single column; colored header band; numbered sections; gridded worksite table; "
        "4-column cost grid with 'Paid by' column",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v02: H-2A work contract in Spanish with a weekly deduction schedule
# ---------------------------------------------------------------------------------------
def v02():
    w = W(
        "h2a",
        fmt="letter",
        family="dejavu",
        size=9.5,
        header="Blue Furrow Produce Farms, LLC  \u2014  Contrato temporada 2026  \u2014  Copia del trabajador",
        footer="BFP-2026-H2A / contrato en espa\u00f1ol",
        page_label="P\u00e1gina",
    )
    w.title(
        "CONTRATO INDIVIDUAL DE TRABAJO AGR\u00cdCOLA TEMPORAL\nPrograma H-2A \u2014 Temporada 2026",
        size=13,
    )
    w.p(
        "Celebran el presente contrato, por una parte, Blue Furrow Produce Farms, LLC, con domicilio en "
        "815 Old Mill Pike, Lyons, Georgia 30436, Estados Unidos, a quien en adelante se le llamar\u00e1 "
        "EL EMPLEADOR, y por la otra la persona cuyo nombre aparece al final, a quien se le llamar\u00e1 "
        "EL TRABAJADOR, de acuerdo con las siguientes cl\u00e1usulas."
    )
    w.h("Cl\u00e1usula 1. Puesto y actividades")
    w.p(
        "EL TRABAJADOR se contrata como trabajador agr\u00edcola de cosecha (SOC 45-2092). Sus "
        "actividades son: arrancar la cebolla dulce, cortarle ra\u00edz y rabo con tijera, llenar "
        "costales de 50 libras y subirlos al remolque; trasplantar y deshierbar camote; y recoger "
        "camote detr\u00e1s del arado, acomod\u00e1ndolo en cajas de campo."
    )
    w.h("Cl\u00e1usula 2. Requisitos")
    w.p(
        "Se pide un mes de experiencia en cosecha manual de hortalizas y la capacidad de levantar y "
        "cargar 50 libras de forma repetida durante la jornada."
    )
    w.h("Cl\u00e1usula 3. Lugar de trabajo")
    w.p(
        "Los campos de EL EMPLEADOR en 815 Old Mill Pike y en 1290 Cedar Crossing Road, ambos en "
        "Lyons, Condado de Toombs, Georgia 30436."
    )
    w.h("Cl\u00e1usula 4. Duraci\u00f3n y jornada")
    w.p(
        "El contrato inicia el 6 de abril de 2026 y termina el 30 de julio de 2026. La jornada es de "
        "8 horas diarias, de lunes a viernes, de 7:00 a.m. a 3:30 p.m., con media hora para comer "
        "que no se paga: 40 horas por semana."
    )
    w.h("Cl\u00e1usula 5. Salario y pago")
    w.p(
        "Se pagar\u00e1n $15.68 d\u00f3lares por hora. Si durante la temporada la tarifa AEWR, el salario "
        "prevaleciente o el salario m\u00ednimo federal o estatal suben por encima de esa cantidad, se "
        "pagar\u00e1 la tarifa m\u00e1s alta a partir de la fecha en que entre en vigor. El pago se hace "
        "cada dos semanas, en viernes, con cheque. Con cada pago se entrega un recibo que muestra las "
        "horas ofrecidas, las horas trabajadas, la tarifa, el pago bruto, cada descuento y el pago neto."
    )
    w.h("Cl\u00e1usula 6. Vivienda, comidas y traslados diarios")
    w.p(
        "EL EMPLEADOR proporciona alojamiento en las casas m\u00f3viles del Campamento Cedar Crossing, "
        "1300 Cedar Crossing Road, Lyons, GA 30436, que cuenta con la inspecci\u00f3n estatal vigente. "
        "La cocina del campamento prepara desayuno, comida y cena para todos los trabajadores, seg\u00fan "
        "la tabla de la Cl\u00e1usula 8. Cada d\u00eda de trabajo el autob\u00fas de la empresa lleva a los "
        "trabajadores del campamento a los campos y de regreso, sin costo."
    )
    w.h("Cl\u00e1usula 7. Viaje de ida y de regreso")
    w.p(
        "EL EMPLEADOR compra por adelantado el boleto de autob\u00fas de Monterrey, N.L. a Lyons para "
        "cada trabajador. El pasaje, con las comidas del camino, tiene un costo aproximado de 190 "
        "d\u00f3lares por persona. ",
        F(
            "travel_cost",
            190,
            "USD",
            "Esa cantidad se le descontar\u00e1 al trabajador en partes iguales de sus dos primeros "
            "cheques y no ser\u00e1 reembolsada.",
        ),
    )
    w.p(
        "Al terminar el contrato, EL EMPLEADOR paga el autob\u00fas de regreso de Lyons a Monterrey, as\u00ed "
        "como las comidas del viaje."
    )
    w.h("Cl\u00e1usula 8. Descuentos")
    w.p(
        "Del pago de EL TRABAJADOR solo se har\u00e1n los descuentos de la siguiente tabla. EL TRABAJADOR "
        "no paga nada a EL EMPLEADOR ni a ninguna agencia por haber sido contratado."
    )
    w.grid(
        [
            [
                "Impuesto federal sobre la renta (solo si el trabajador lo pide por escrito)",
                "seg\u00fan tabla del IRS",
                "cada pago",
                "Trabajador",
            ],
            FRow(
                "housing_charge",
                60,
                "USD",
                ["Renta de cama en casa m\u00f3vil", "$60.00", "semanal", "Trabajador"],
            ),
            FRow(
                "meal_charge",
                21.5,
                "USD",
                ["Comidas del comedor (tres al d\u00eda)", "$21.50", "diario", "Trabajador"],
            ),
            FRow(
                "equipment_charge",
                38,
                "USD",
                ["Tijeras de cosecha, guantes y cuchillo", "$38.00", "una sola vez", "Trabajador"],
            ),
            ["Autob\u00fas diario campamento \u2013 campo", "$0.00", "\u2014", "Empleador"],
            ["P\u00f3liza de compensaci\u00f3n laboral", "$0.00", "\u2014", "Empleador"],
        ],
        widths=[0.46, 0.19, 0.16, 0.19],
        header=["Concepto", "Monto", "Frecuencia", "A cargo de"],
        caption="Tabla de descuentos",
        size=9,
    )
    w.h("Cl\u00e1usula 9. Seguro de riesgos de trabajo")
    w.p(
        "EL EMPLEADOR mantiene un seguro de compensaci\u00f3n para trabajadores con Peachtree Mutual "
        "Agricultural Insurance, p\u00f3liza PMA-2026-30871, que cubre los accidentes y enfermedades "
        "causados por el trabajo, sin costo para EL TRABAJADOR."
    )
    w.h("Cl\u00e1usula 10. Terminaci\u00f3n")
    w.p(
        "Si EL TRABAJADOR falta cinco d\u00edas de trabajo seguidos sin avisar, se considera que "
        "abandon\u00f3 el empleo, y EL EMPLEADOR lo notificar\u00e1 al Departamento de Trabajo y a "
        "inmigraci\u00f3n dentro de dos d\u00edas h\u00e1biles. EL EMPLEADOR solo podr\u00e1 despedir por causa "
        "justificada, como ri\u00f1as, robo o trabajar en estado de ebriedad."
    )
    w.h("Cl\u00e1usula 11. Causas de fuerza mayor")
    w.p(
        "Si un incendio, una inundaci\u00f3n, una helada u otra causa de fuerza mayor hace imposible "
        "continuar el trabajo y el Departamento de Trabajo lo autoriza, EL EMPLEADOR podr\u00e1 terminar "
        "el contrato antes de tiempo; en ese caso pagar\u00e1 el viaje de regreso y ayudar\u00e1 a EL "
        "TRABAJADOR a encontrar otro empleo."
    )
    w.h("Cl\u00e1usula 12. Documentos y quejas")
    w.p(
        "EL TRABAJADOR conserva en todo momento su pasaporte y su visa. Puede presentar quejas sobre "
        "su pago o sus condiciones ante el Departamento de Trabajo sin sufrir represalias."
    )
    w.p(
        "Le\u00eddo el presente contrato, las partes lo firman en Lyons, Georgia, el 2 de marzo de 2026."
    )
    w.sig(["Nombre y firma de EL TRABAJADOR", "Por EL EMPLEADOR: Wade T. Harmon, gerente"])
    meta = {
        "language": "es",
        "missing_terms": ["three_fourths_guarantee", "inbound_transportation", "tools_provided"],
        "recruiters": [],
        "traps": [
            "income tax withholding only on request (statutory)",
            "daily bus and workers' comp rows paid by the employer ($0.00)",
            "worker pays nothing for being hired (negated recruitment fee)",
            "return bus paid by employer",
            "worker keeps passport and visa",
            "bus cost named in one sentence, deducted in the next",
        ],
        "doc_type": "work_contract",
        "layout": "numbered clauses (Cl\u00e1usula 1-12); 4-column deduction table with 'A cargo de' column",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v03: H-2B landscaping job order, English, cost schedule with payer/refund columns
# ---------------------------------------------------------------------------------------
def v03():
    w = W(
        "h2b",
        fmt="letter",
        family="serif",
        size=10.2,
        header="Cardinal Ridge Grounds Management, Inc.  \u00b7  H-2B Job Order KY-2026-0877",
        footer="KY-2026-0877",
    )
    w.title("H-2B JOB ORDER\nLandscaping and Groundskeeping Laborer", size=15, after=4)
    w.p(
        "Cardinal Ridge Grounds Management, Inc. is filing for 25 temporary workers for the 2026 "
        "season. The terms below are the terms of employment and serve as the work contract.",
        align="C",
        style="I",
    )
    w.h("At a glance")
    w.bullets(
        [
            [
                "@Employer:",
                "Cardinal Ridge Grounds Management, Inc., 3315 Fairlane Industrial Court, Lexington, "
                "KY 40511. Phone (859) 555-0190.",
            ],
            ["@Position:", "Landscaping and Groundskeeping Worker (SOC 37-3011), 25 openings."],
            ["@Season:", "April 1, 2026 to November 30, 2026."],
            [
                "@Schedule:",
                "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. A Saturday may "
                "be scheduled when rain cancels a weekday.",
            ],
            ["@Rate:", "$17.48 per hour."],
            ["@Payday:", "Every other Friday, by check or pay card."],
        ],
        lead_sep=True,
    )
    w.h("A. Duties")
    w.p(
        "Mow lawns with walk-behind and riding mowers; trim with string trimmers and hedge shears; "
        "edge beds and walks; spread mulch and pine straw; dig, plant and water shrubs, trees and "
        "seasonal flowers; pull weeds by hand; blow, rake and bag leaves; load debris onto trailers; "
        "and leave every site clean. Under a licensed supervisor, workers apply granular fertilizer "
        "with push spreaders. Some commercial clients are billed a storm-cleanup fee, and crews may "
        "be asked to photograph finished work for the client's invoice."
    )
    w.h("B. Requirements")
    w.p(
        "Three months of experience in landscaping, nursery or farm work. Workers must be able to "
        "lift 50 pounds and work outdoors in heat. A pre-employment drug screen is done in Lexington "
        "at the company's expense."
    )
    w.h("C. Where the work is done")
    w.p(
        "Customer properties in Fayette, Scott, Jessamine and Woodford Counties, Kentucky. Crews "
        "meet each morning at the company yard, 3315 Fairlane Industrial Court, Lexington, and ride "
        "company trucks to the jobs."
    )
    w.h("D. Pay, deductions and pay records")
    w.p(
        "The rate is $17.48 per hour. If the prevailing wage or an applicable federal, state or local "
        "minimum wage rises above that rate during the season, Cardinal Ridge pays the higher rate "
        "from its effective date. Wages are paid every other Friday. Each pay stub shows hours "
        "offered, hours worked, the rate, gross pay, every deduction and net pay."
    )
    w.p(
        "Deductions: federal and Kentucky income tax; Lexington-Fayette occupational license tax; "
        "Social Security and Medicare; rent for company housing, for workers who choose it (see F and "
        "G); and any deduction the worker authorizes in writing for his own benefit, such as money "
        "transfers to his family."
    )
    w.p(
        "For each 12-week period of the season (or 6-week period in the final stretch), Cardinal "
        "Ridge guarantees work, or pay in its place, for at least three-fourths of the workdays in "
        "that period, counted at 8 hours a day."
    )
    w.h("E. Getting here and going home")
    w.p(
        "Workers pay the bus from Monterrey to Lexington, their meals on the road and one hotel night "
        "at the border, and Cardinal Ridge repays the full amount with the first paycheck. At the end "
        "of the season, or if a worker is dismissed early for any reason other than cause, Cardinal "
        "Ridge pays the bus back to Monterrey."
    )
    w.h("F. Worker cost schedule")
    w.p(
        "The table lists every cost connected with this job, who carries it, and whether the worker "
        "gets the money back.",
        after=3,
    )
    w.grid(
        [
            [
                "Bus Monterrey to Lexington, road meals, hotel",
                "approx. $265",
                "Worker (advance)",
                "Yes, first paycheck",
            ],
            FRow(
                "visa_cost",
                205,
                "USD",
                ["Consular visa application (MRV) fee", "USD 205", "Worker", "No"],
            ),
            FRow(
                "visa_cost",
                None,
                None,
                ["Passport (new or renewed)", "SRE rate", "Worker", "No"],
                passport=True,
            ),
            FRow(
                "recruitment_fee",
                350,
                "USD",
                ["Processing contribution, Grupo Arraigo", "USD 350", "Worker", "No"],
            ),
            ["Pre-employment drug screen", "$55", "Cardinal Ridge", "n/a"],
            ["Gloves, safety glasses, ear plugs, 2 shirts", "$0", "Cardinal Ridge", "n/a"],
            FRow(
                "housing_charge",
                110,
                "USD",
                ["Optional shared apartment", "$110 per week", "Worker", "No"],
            ),
        ],
        widths=[0.43, 0.17, 0.19, 0.21],
        header=["Item", "Amount", "Paid by", "Refunded?"],
        size=9.2,
        zebra=(246, 241, 236),
    )
    w.h("G. Housing")
    w.p(
        "Company housing is not required. Workers who want it share a two-bedroom apartment at 1180 "
        "Versailles Road, Lexington, KY 40508, and the weekly rent shown in F is taken from each "
        "paycheck."
    )
    w.h("H. Tools and uniforms")
    w.p(
        "Cardinal Ridge supplies all tools, machines, fuel and safety gear at no cost. Two uniform "
        "shirts are issued free. Extra shirts are not required; anyone who wants more may buy them "
        "at the office for $8 each."
    )
    w.h("I. Recruitment")
    w.p(
        "Workers are recruited in Mexico through Grupo Arraigo Laboral, S.C., with offices in San Luis "
        "Potos\u00ed, S.L.P. Questions about the recruitment process go to Cardinal Ridge's office."
    )
    w.h("J. Abandonment, dismissal and early end of the job")
    w.p(
        "A worker who is absent five consecutive working days without contacting his supervisor is "
        "treated as having abandoned the job, and Cardinal Ridge notifies the Department of Labor and "
        "DHS. Workers may be dismissed for cause, such as fighting, theft or unsafe operation of "
        "equipment after a warning."
    )
    w.p(
        "If a fire, a storm or another event outside the company's control makes the work impossible, "
        "Cardinal Ridge may end this job order with the Department of Labor's approval; it will then "
        "pay the three-fourths guarantee through the ending date and the bus back to Monterrey."
    )
    w.h("K. Conduct")
    w.p(
        "Workers must wear seat belts, use hearing and eye protection around power equipment, and keep "
        "the apartments clean. ",
        F(
            "blacklisting_threat",
            None,
            None,
            "Crew members who file wage claims against the company or bring outside organizers to "
            "the apartments will be placed on our do-not-return roster, and their names will be "
            "shared with the recruiter.",
        ),
    )
    w.sig(["Worker", "Cardinal Ridge Grounds Management, Inc."])
    meta = {
        "language": "en",
        "missing_terms": ["overtime", "visa_reimbursement"],
        "recruiters": ["Grupo Arraigo Laboral, S.C."],
        "traps": [
            "inbound bus advanced by worker but repaid in full with first paycheck",
            "drug screen at the company's expense (not medical_cost)",
            "'clients are billed a storm-cleanup fee' is a charge to customers",
            "safety gear and two shirts free; extra shirts voluntary purchase",
            "statutory taxes and occupational license tax in deductions",
            "return bus paid",
        ],
        "doc_type": "job_order",
        "layout": "serif font; bulleted summary; lettered sections; 4-column cost schedule "
        "(Item | Amount | Paid by | Refunded?) with amount and payer in separate cells",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v04: H-2B recruiter "service contract" in Spanish (Mexico), clauses + payment table
# ---------------------------------------------------------------------------------------
def v04():
    w = W(
        "h2b",
        fmt="letter",
        family="dvserif",
        size=9.4,
        margins=(60, 50, 60),
        footer="SMHP / contrato de gestor\u00eda 2026",
        page_label="Hoja",
    )
    w.title(
        "CONTRATO DE PRESTACI\u00d3N DE SERVICIOS DE GESTOR\u00cdA Y ACOMPA\u00d1AMIENTO\n"
        "Temporada H-2B 2026",
        size=12.5,
    )
    w.p(
        "Que celebran, por una parte, SERVICIOS MIGRATORIOS HUASTECA POTOSINA, S. DE R.L. DE C.V., "
        "representada por el Lic. Joaqu\u00edn Quiroz T\u00e9llez, a quien en lo sucesivo se le "
        "denominar\u00e1 \u201cLA GESTORA\u201d, y por la otra la C. Mar\u00eda Guadalupe R\u00edos Andrade, a "
        "quien se le denominar\u00e1 \u201cLA PERSONA CONTRATADA\u201d, al tenor de las siguientes "
        "declaraciones y cl\u00e1usulas."
    )
    w.h("DECLARACIONES", size=10.5)
    w.p(
        "I. Declara LA GESTORA ser una sociedad constituida conforme a las leyes mexicanas, con "
        "domicilio en Calle Hidalgo 214, Zona Centro, Ciudad Valles, S.L.P., C.P. 79000, y contar con "
        "la experiencia necesaria para integrar expedientes de visas de trabajo temporal."
    )
    w.p(
        "II. Declara LA PERSONA CONTRATADA ser mayor de edad, con domicilio en Tamuín, S.L.P., y "
        "tener inter\u00e9s en trabajar como camarista en los Estados Unidos con visa H-2B."
    )
    w.h("CL\u00c1USULAS", size=10.5)
    w.p(
        "LA GESTORA integrar\u00e1 el expediente de LA PERSONA CONTRATADA, agendar\u00e1 su cita "
        "consular en Monterrey y acompa\u00f1ar\u00e1 al grupo hasta el lugar de trabajo.",
        lead="PRIMERA. Objeto.",
    )
    w.p(
        "Las condiciones del empleo son las que ofrece el patr\u00f3n y se resumen en la siguiente tabla.",
        lead="SEGUNDA. Condiciones del empleo.",
        after=3,
    )
    w.kv(
        [
            [
                "Patr\u00f3n",
                "Palmetto Tides Resort Group, LLC, 2100 North Ocean Boulevard, North Myrtle Beach, SC 29582, EE. UU.",
            ],
            [
                "Puesto",
                "Camarista (SOC 37-2012): limpiar habitaciones, tender camas, cambiar blancos, reponer amenidades y aspirar pasillos y \u00e1reas comunes",
            ],
            [
                "Lugar",
                "Hoteles Sandpiper Dunes y Palmetto Tides, North Myrtle Beach, Carolina del Sur",
            ],
            ["Periodo", "Del 15 de marzo al 31 de octubre de 2026"],
            [
                "Horario",
                "40 horas por semana: cinco turnos de 8:00 a 16:30, con 30 minutos para comer",
            ],
            [
                "Salario",
                "$13.85 d\u00f3lares por hora; si el salario prevaleciente o el m\u00ednimo aplicable sube, se paga el m\u00e1s alto desde su vigencia",
            ],
            ["Horas extra", "$20.78 por hora despu\u00e9s de 40 horas en la semana"],
            ["Pago", "Semanal, cada viernes, por dep\u00f3sito directo"],
            [
                "Descuentos",
                "Impuestos federales y de Carolina del Sur, Seguro Social y Medicare. No se cobra renta: el patr\u00f3n da alojamiento sin costo",
            ],
            [
                "Viaje de ida",
                "El patr\u00f3n reembolsa en la primera semana el autob\u00fas de San Luis Potos\u00ed a North Myrtle Beach y los alimentos del camino",
            ],
            ["Regreso", "El patr\u00f3n paga el autob\u00fas de regreso al terminar el periodo"],
            [
                "Visa",
                "La cuota consular de la visa la reembolsa el patr\u00f3n en el primer cheque",
            ],
            ["Equipo", "Uniformes, carritos de limpieza y productos sin costo para el personal"],
            ["Requisitos", "Tres meses de experiencia en limpieza de hotel o casas particulares"],
            [
                "Terminaci\u00f3n",
                "Despido solo por causa justificada; cinco faltas seguidas sin aviso se consideran abandono del empleo",
            ],
        ],
        label_w=0.2,
        size=8.8,
        fill=(238, 238, 232),
    )
    w.p(
        "Por los servicios de la cl\u00e1usula PRIMERA, LA PERSONA CONTRATADA cubrir\u00e1 una cuota de "
        "inscripci\u00f3n. ",
        F(
            "recruitment_fee",
            8500,
            "MXN",
            "La cuota de inscripci\u00f3n de 8 500 pesos se depositar\u00e1 en la cuenta de la Sra. Rosalba "
            "Quiroz T\u00e9llez, hermana del representante de LA GESTORA, a m\u00e1s tardar tres d\u00edas "
            "despu\u00e9s de la firma.",
        ),
        lead="TERCERA. Honorarios.",
    )
    w.p(
        "Adem\u00e1s de la cuota anterior, los tr\u00e1mites generan los pagos de la tabla, que se "
        "cubrir\u00e1n en las fechas indicadas.",
        lead="CUARTA. Pagos del expediente.",
        after=3,
    )
    w.grid(
        [
            FRow(
                "medical_cost",
                1350,
                "MXN",
                [
                    "Examen m\u00e9dico y antidoping",
                    "1,350 pesos",
                    "La persona contratada",
                    "Antes de la cita",
                ],
            ),
            [
                "Cuota consular de la visa H-2B",
                "205 d\u00f3lares",
                "Patr\u00f3n (reembolso)",
                "Primer cheque",
            ],
            [
                "Autob\u00fas a Monterrey y hotel para la cita",
                "seg\u00fan boleto",
                "Patr\u00f3n",
                "Antes del viaje",
            ],
            ["Copias, fotograf\u00edas y env\u00edos", "incluido", "LA GESTORA", "\u2014"],
        ],
        widths=[0.36, 0.17, 0.26, 0.21],
        header=["Concepto", "Importe", "Paga", "Fecha"],
        size=8.8,
    )
    w.p(
        F(
            "deposit_or_bond",
            None,
            None,
            "Como garant\u00eda de que cumplir\u00e1 la temporada completa, LA PERSONA CONTRATADA "
            "firmar\u00e1 a favor de LA GESTORA un pagar\u00e9 sin fecha ni cantidad, que se le "
            "devolver\u00e1 cuando regrese a M\u00e9xico.",
        ),
        lead="QUINTA. Garant\u00eda.",
    )
    w.p(
        F(
            "breach_penalty",
            30000,
            "MXN",
            "Si LA PERSONA CONTRATADA deja el empleo antes del 31 de octubre, LA GESTORA llenar\u00e1 el "
            "pagar\u00e9 por 30,000 pesos y lo har\u00e1 efectivo.",
        ),
        lead="SEXTA. Abandono.",
    )
    w.p(
        F(
            "document_retention",
            None,
            None,
            "Los pasaportes del grupo ser\u00e1n entregados al coordinador de LA GESTORA en la frontera "
            "y permanecer\u00e1n bajo su resguardo en North Myrtle Beach hasta el viaje de regreso.",
        ),
        lead="S\u00c9PTIMA. Documentos.",
    )
    w.p(
        "Para la interpretaci\u00f3n de este contrato las partes se someten a los tribunales de "
        "Ciudad Valles, S.L.P., renunciando a cualquier otro fuero.",
        lead="OCTAVA. Jurisdicci\u00f3n.",
    )
    w.p("Firmado en Ciudad Valles, S.L.P., a 19 de enero de 2026.")
    w.sig(
        [
            "LA GESTORA\nLic. Joaqu\u00edn Quiroz T\u00e9llez",
            "LA PERSONA CONTRATADA\nMar\u00eda Guadalupe R\u00edos Andrade",
            "Huella digital",
        ]
    )
    meta = {
        "language": "es",
        "missing_terms": [
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["SERVICIOS MIGRATORIOS HUASTECA POTOSINA, S. DE R.L. DE C.V."],
        "traps": [
            "visa fee row paid by employer (reembolso)",
            "bus and hotel to consulate paid by employer",
            "copies included (no amount charged)",
            "no rent: employer gives free housing",
            "overtime stated",
            "fee paid to the recruiter's sister (relative)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "declarations and ordinal clauses with bold leads; gridded label/value job table; "
        "4-column payment table (Concepto | Importe | Paga | Fecha); signature row with fingerprint",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v05: H-2A blueberry worker handbook, bilingual Q&A (English then Spanish), compliant
# ---------------------------------------------------------------------------------------
V05_QA = [
    (
        "Who is my employer? / \u00bfQui\u00e9n es mi patr\u00f3n?",
        "North Pond Blueberry Company, 6620 68th Street, South Haven, Michigan 49090, telephone "
        "(269) 555-0124. Office manager: Marisol Okafor.",
        "North Pond Blueberry Company, 6620 68th Street, South Haven, Michigan 49090, tel\u00e9fono "
        "(269) 555-0124. Gerente de oficina: Marisol Okafor.",
    ),
    (
        "What work will I do? / \u00bfQu\u00e9 trabajo voy a hacer?",
        "Hand-pick ripe highbush blueberries into the bucket hung at your waist, pour them into lugs "
        "and carry the lugs to the end of the row. Between pickings you will hoe, pull suckers and "
        "repair drip lines. Some workers sort berries on the feeder belt in the packing shed.",
        "Cosechar a mano el ar\u00e1ndano maduro en la cubeta que se cuelga a la cintura, vaciarlo en "
        "cajas y llevar las cajas al final del surco. Entre cosechas se azadonea, se quitan "
        "chupones y se reparan las l\u00edneas de goteo. Algunos trabajadores seleccionan fruta en la "
        "banda de alimentaci\u00f3n del empaque.",
    ),
    (
        "What do I need to qualify? / \u00bfQu\u00e9 necesito para calificar?",
        "One month of experience hand-harvesting fruit, and the ability to bend and stand for the "
        "whole shift and lift lugs of 30 pounds.",
        "Un mes de experiencia cosechando fruta a mano y poder agacharse y estar de pie todo el "
        "turno y levantar cajas de 30 libras.",
    ),
    (
        "Where and when? / \u00bfD\u00f3nde y cu\u00e1ndo?",
        "Fields at 6620 68th Street and 1455 Blue Star Highway, South Haven, MI 49090, and the packing "
        "shed at 6640 68th Street. The contract runs from July 1, 2026 to September 25, 2026. The "
        "workweek is 40 hours, Monday to Friday, 6:30 a.m. to 3:00 p.m., with a 30-minute unpaid lunch.",
        "Campos en 6620 68th Street y 1455 Blue Star Highway, South Haven, MI 49090, y el empaque en "
        "6640 68th Street. El contrato va del 1 de julio al 25 de septiembre de 2026. La semana es de "
        "40 horas, de lunes a viernes, de 6:30 a.m. a 3:00 p.m., con 30 minutos de comida sin pago.",
    ),
    (
        "How much will I earn, and when? / \u00bfCu\u00e1nto voy a ganar y cu\u00e1ndo?",
        "$18.15 per hour, or $0.65 per pound picked when that comes to more. If the AEWR or any "
        "minimum wage goes higher during the season, the higher rate is paid from the day it starts. "
        "Payday is every Thursday. Your pay stub lists hours offered, hours worked, pounds, rates, "
        "gross pay, each deduction and net pay.",
        "$18.15 por hora, o $0.65 por libra cosechada cuando resulte m\u00e1s. Si la AEWR o cualquier "
        "salario m\u00ednimo sube durante la temporada, se paga la tarifa m\u00e1s alta desde el d\u00eda en "
        "que empiece. El d\u00eda de pago es cada jueves. Su tal\u00f3n muestra horas ofrecidas, horas "
        "trabajadas, libras, tarifas, pago bruto, cada descuento y pago neto.",
    ),
    (
        "How much do I pay to get this job? / \u00bfCu\u00e1nto pago por conseguir este trabajo?",
        "Nothing. Neither the farm nor its recruiter in Mexico, Cosecha Justa Reclutamiento, S.C., may "
        "ask you for money, a favor or a deposit. The farm pays the recruiter. If anyone asks you for "
        "money, call the farm office.",
        "Nada. Ni la granja ni su reclutador en M\u00e9xico, Cosecha Justa Reclutamiento, S.C., le "
        "pueden pedir dinero, favores ni dep\u00f3sitos. La granja le paga al reclutador. Si alguien le "
        "pide dinero, llame a la oficina de la granja.",
    ),
    (
        "Who pays for the visa and the trip? / \u00bfQui\u00e9n paga la visa y el viaje?",
        "The farm pays the visa (MRV) fee directly. If you need a new passport, its cost is repaid on "
        "your first paycheck. The farm buys your bus ticket from Monterrey to South Haven and repays "
        "your meals on the road on the first payday. At the end of the contract the farm pays your "
        "bus home.",
        "La granja paga directamente la cuota de la visa (MRV). Si necesita pasaporte nuevo, su costo "
        "se le devuelve en el primer cheque. La granja compra su boleto de autob\u00fas de Monterrey a "
        "South Haven y le devuelve las comidas del camino el primer d\u00eda de pago. Al terminar el "
        "contrato, la granja paga su autob\u00fas de regreso.",
    ),
    (
        "Where will I live and eat? / \u00bfD\u00f3nde voy a vivir y comer?",
        "In free housing at North Pond Camp, 6700 68th Street, licensed by the Michigan Department of "
        "Agriculture and Rural Development. No rent and no deposit for beds, blankets or keys. Every "
        "unit has a free kitchen with stove and refrigerator. A food truck run by a local family comes "
        "to camp at noon; buying from it is your choice and you pay the vendor directly. Coffee in the "
        "break tent is free.",
        "En vivienda gratuita en el Campamento North Pond, 6700 68th Street, con licencia del "
        "Departamento de Agricultura de Michigan. No hay renta ni dep\u00f3sito por camas, cobijas o "
        "llaves. Cada unidad tiene cocina gratuita con estufa y refrigerador. Al mediod\u00eda llega "
        "al campamento un cami\u00f3n de comida de una familia del pueblo; comprarle es decisi\u00f3n suya "
        "y se le paga directamente al vendedor. El caf\u00e9 de la carpa de descanso es gratis.",
    ),
    (
        "How do I get to the fields? Who gives the tools? / \u00bfC\u00f3mo llego al campo? \u00bfQui\u00e9n da "
        "las herramientas?",
        "A farm bus takes you from camp to the fields and back every workday, free. Buckets, picking "
        "belts, shears, gloves and rain ponchos are lent free, with no deposit. Phones can be charged "
        "free in the community room.",
        "Un autob\u00fas de la granja lo lleva del campamento al campo y de regreso cada d\u00eda de "
        "trabajo, gratis. Cubetas, cinturones de cosecha, tijeras, guantes e impermeables se prestan "
        "gratis y sin dep\u00f3sito. Los celulares se pueden cargar gratis en el sal\u00f3n comunitario.",
    ),
    (
        "What if I get hurt? / \u00bfY si me lastimo?",
        "The farm carries workers' compensation insurance with Great Lakes Agricultural Mutual, policy "
        "GLA-77410, at no cost to you. Visits to the migrant health center in Bangor are also free.",
        "La granja tiene seguro de compensaci\u00f3n para trabajadores con Great Lakes Agricultural "
        "Mutual, p\u00f3liza GLA-77410, sin costo para usted. Las consultas en el centro de salud para "
        "migrantes de Bangor tambi\u00e9n son gratis.",
    ),
    (
        "How much work is guaranteed? / \u00bfCu\u00e1nto trabajo se garantiza?",
        "At least three-fourths of the workdays of the contract period. If the farm offers less, it "
        "pays you what you would have earned for the missing hours.",
        "Por lo menos tres cuartas partes de los d\u00edas de trabajo del contrato. Si la granja "
        "ofrece menos, le paga lo que habr\u00eda ganado por las horas que faltaron.",
    ),
    (
        "What comes out of my check? / \u00bfQu\u00e9 se descuenta de mi cheque?",
        "Only federal or state income tax if you ask for it in writing, and payments a court orders. "
        "Nothing is deducted for housing, tools, transportation, the visa or the recruiter.",
        "Solo el impuesto federal o estatal si usted lo pide por escrito, y pagos que ordene un "
        "juez. No se descuenta nada por vivienda, herramientas, transporte, visa ni reclutador.",
    ),
    (
        "Can I leave early? Is there a penalty? / \u00bfPuedo irme antes? \u00bfHay multa?",
        "There is no penalty or fee. If you quit, you lose the paid trip home and the three-fourths "
        "guarantee. Missing five workdays in a row without notice counts as abandoning the job, and "
        "the farm must tell the government. The farm may fire a worker only for cause, such as "
        "fighting, theft or repeated unsafe work after a warning.",
        "No hay multa ni cobro. Si renuncia, pierde el viaje pagado de regreso y la garant\u00eda de "
        "tres cuartas partes. Faltar cinco d\u00edas seguidos sin avisar cuenta como abandono, y la "
        "granja debe avisar al gobierno. La granja solo puede despedir por causa, como peleas, robo "
        "o trabajo inseguro repetido despu\u00e9s de una advertencia.",
    ),
    (
        "What if the crop is lost? / \u00bfY si se pierde la cosecha?",
        "If hail, frost, fire or another act of God makes the work impossible and the Department of "
        "Labor agrees, the contract can end early. You are then paid the three-fourths guarantee up "
        "to that day and your trip home, and the farm will help you find other work.",
        "Si el granizo, la helada, un incendio u otra causa natural impide el trabajo y el "
        "Departamento de Trabajo lo acepta, el contrato puede terminar antes. Entonces se le paga la "
        "garant\u00eda de tres cuartas partes hasta ese d\u00eda y su viaje de regreso, y la granja le "
        "ayudar\u00e1 a buscar otro trabajo.",
    ),
    (
        "My papers, my free time, my complaints / Mis papeles, mi tiempo libre, mis quejas",
        "You keep your own passport and visa. You are free to come and go from camp at any hour; "
        "quiet hours are 10 p.m. to 5 a.m. You may complain to the farm, the Department of Labor or a "
        "lawyer, and nobody will put you on a blacklist or report you to immigration for it.",
        "Usted guarda su pasaporte y su visa. Puede entrar y salir del campamento a cualquier hora; "
        "el horario de silencio es de 10 p.m. a 5 a.m. Puede quejarse con la granja, con el "
        "Departamento de Trabajo o con un abogado, y nadie lo pondr\u00e1 en una lista negra ni lo "
        "reportar\u00e1 a inmigraci\u00f3n por eso.",
    ),
]


def v05():
    w = W(
        "h2a",
        fmt="letter",
        family="noto",
        size=9.3,
        header="North Pond Blueberry Company  \u00b7  2026 H-2A Worker Handbook / Manual del trabajador",
        footer="Handbook 2026 \u00b7 EN/ES",
    )
    w.band(
        "Questions and answers / Preguntas y respuestas",
        sub="Part of your H-2A work contract / Forma parte de su contrato de trabajo H-2A",
        fill=(52, 63, 120),
        size=12.5,
    )
    for q, en, es in V05_QA:
        w._fit(125)  # keep each question with both answers
        w.h(q, size=10, before=4, after=1, color=(40, 50, 110))
        w.p(en, after=2)
        w.p(es, style="I", after=3, color=(60, 60, 60))
    w.sig(["Worker / Trabajador", "North Pond Blueberry Company"])
    meta = {
        "language": "en+es",
        "missing_terms": [],
        "recruiters": ["Cosecha Justa Reclutamiento, S.C."],
        "traps": [
            "'feeder belt' / 'banda de alimentaci\u00f3n' is equipment",
            "nothing paid for the job; recruiter paid by the farm",
            "visa fee paid by farm; passport cost repaid",
            "free housing, no deposit; free kitchen",
            "optional food truck run by a third party (voluntary purchase)",
            "free coffee; phones charged free",
            "workers' comp and clinic free",
            "no penalty for leaving early",
            "free to come and go; quiet hours are not a curfew",
            "negated blacklisting and immigration threat",
        ],
        "doc_type": "worker_handbook",
        "layout": "bilingual Q&A handbook: bold question EN / ES, English answer then Spanish in "
        "italics; header band",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v06: generic corridor (Nepal -> Malaysia), English, parties grid + numbered clauses
# ---------------------------------------------------------------------------------------
def v06():
    w = W(
        "generic",
        fmt="A4",
        family="serif",
        size=10,
        margins=(56, 48, 56),
        footer="SCC/FW/2026/0419",
    )
    w.title("EMPLOYMENT AGREEMENT FOR FOREIGN WORKER\nManufacturing Sector", size=13.5)
    w.kv(
        [
            [
                "Employer",
                "Seri Cahaya Components Sdn. Bhd. (Company No. 201503012345-K), Lot 17, Jalan Perindustrian Bayan Lepas 4, 11900 Bayan Lepas, Pulau Pinang, Malaysia",
            ],
            [
                "Worker",
                "Mr. Dil Bahadur Tamang, citizen of Nepal, passport no. PA1187263, of Melamchi, Sindhupalchok District",
            ],
            [
                "Recruiting agency (Nepal)",
                "Himal Kailash Manpower Pvt. Ltd., Licence No. 1432/071/72, Gaushala, Kathmandu",
            ],
        ],
        label_w=0.27,
        size=9.4,
    )
    w.p("The parties agree as follows:", after=2)
    clauses = [
        (
            "1. Position.",
            "The Worker is employed as a Production Operator. He will load printed circuit boards onto "
            "the conveyor line, inspect soldered boards under a magnifier, pack finished units into "
            "cartons and keep his workstation clean.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 17, Jalan Perindustrian Bayan Lepas 4, Bayan Lepas, Penang. "
            "The Worker shall not be transferred to another employer or site without his written consent.",
        ),
        (
            "3. Duration.",
            "Two (2) years from the Worker's arrival in Malaysia, expected to run from 1 June 2026 to "
            "31 May 2028.",
        ),
        (
            "4. Hours.",
            "Eight (8) hours per day, six (6) days per week, on rotating shifts of 7.00 a.m. to 3.00 "
            "p.m. and 3.00 p.m. to 11.00 p.m., with one rest day each week. Overtime is voluntary and "
            "paid at one and a half times the hourly rate.",
        ),
        (
            "5. Wages.",
            "Basic wage of MYR 1,700 (Ringgit Malaysia One Thousand Seven Hundred) per month, paid "
            "monthly not later than the 7th day of the following month into a bank account in the "
            "Worker's own name.",
        ),
        (
            "6. Deductions.",
            "Only the following are deducted from wages: (a) income tax, where payable; (b) the "
            "hospitalisation contribution in Clause 9; and (c) the completion sum in Clause 7.",
        ),
    ]
    for lead, text in clauses:
        w.p(text, lead=lead)
    w.p(
        F(
            "wage_withholding",
            None,
            None,
            "An amount equal to two weeks' basic pay shall be held back from the Worker's first two "
            "salaries and paid to him only at the end of the contract, together with his final "
            "settlement.",
        ),
        lead="7. Completion sum.",
    )
    w.p(
        "The Employer provides shared hostel accommodation at Taman Perindustrian Hostel Block C, free "
        "of charge and in line with the Workers' Minimum Standards of Housing and Amenities Act. ",
        F(
            "movement_restriction",
            None,
            None,
            "Residents shall not leave the hostel compound after 10.00 p.m., nor on rest days, without "
            "a gate pass signed by the hostel warden.",
        ),
        lead="8. Accommodation.",
    )
    w.p(
        F(
            "insurance_cost",
            30,
            "MYR",
            "The Worker shall contribute MYR 30 per month towards the Employer's group hospitalisation "
            "and surgical policy, by deduction from salary.",
        ),
        lead="9. Hospitalisation.",
    )
    w.p(
        "Under Nepal's free-visa, free-ticket policy, the Employer bears the Malaysian levy, the work "
        "permit, the visa, the medical examination and the air ticket from Kathmandu to Penang, as set "
        "out in the schedule below.",
        lead="10. Pre-departure costs.",
        after=3,
    )
    w.grid(
        [
            ["Malaysian visa and work permit (PLKS)", "MYR 1,850", "Employer"],
            ["Medical examination, approved centre", "NPR 9,000", "Employer"],
            FRow(
                "training_cost",
                12500,
                "NPR",
                ["Skills test and orientation, Agency centre", "NPR 12,500", "Worker"],
            ),
            ["Air ticket Kathmandu to Penang", "as issued", "Employer"],
            ["Foreign Employment Welfare Fund", "NPR 1,500", "Employer"],
        ],
        widths=[0.56, 0.22, 0.22],
        header=["Item", "Amount", "Borne by"],
        caption="Schedule A \u2014 Pre-departure items",
        size=9.2,
    )
    w.p(
        F(
            "recruitment_fee",
            110000,
            "NPR",
            "Notwithstanding Clause 10, the Worker shall pay the Agency a service charge of Nepali "
            "Rupees One Lakh Ten Thousand only (NPR 110,000) before visa stamping.",
        ),
        lead="11. Agency service charge.",
    )
    w.p(
        "The Worker keeps his passport and work permit at all times. The Employer shall not hold "
        "them.",
        lead="12. Documents.",
    )
    w.p(
        "Either party may end this agreement by giving one month's written notice. The Employer may "
        "dismiss the Worker without notice for misconduct, but only after a due inquiry at which the "
        "Worker may be heard with an interpreter present.",
        lead="13. Termination.",
    )
    w.p(
        "This agreement is governed by the Employment Act 1955 of Malaysia. It is signed in English "
        "and a Nepali translation is handed to the Worker.",
        lead="14. Law and language.",
    )
    w.sig(["For the Employer", "Worker", "Witness (Agency)"])
    meta = {
        "language": "en",
        "missing_terms": ["return_transportation"],
        "recruiters": ["Himal Kailash Manpower Pvt. Ltd."],
        "traps": [
            "free-visa free-ticket: levy, permit, visa, medical and ticket borne by employer",
            "medical examination row borne by employer (not medical_cost)",
            "welfare fund row borne by employer (not insurance_cost)",
            "free hostel accommodation",
            "worker keeps passport",
            "income tax deduction (statutory)",
            "wage withholding stated as 'two weeks' basic pay' (no figure)",
        ],
        "doc_type": "work_contract",
        "layout": "A4; parties label/value grid; numbered clauses with bold leads; 3-column "
        "pre-departure schedule with 'Borne by' column",
    }
    return w, meta


DOCS = [("v01", v01), ("v02", v02), ("v03", v03), ("v04", v04), ("v05", v05), ("v06", v06)]
