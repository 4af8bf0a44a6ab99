"""Documents v07-v12 of held-out batch "v" (all names, places and sentences invented)."""

from build import F, FRow, W


# ---------------------------------------------------------------------------------------
# v07: H-2A recruiter notice + conditions sheet, Spanish (Guatemala), SCANNED image page
# ---------------------------------------------------------------------------------------
def v07():
    w = W(
        "h2a",
        fmt="letter",
        family="dvcond",
        size=10,
        margins=(62, 46, 62),
        footer_pages=False,
    )
    w.title("RECLUTAMIENTO AGR\u00cdCOLA LOS CUCHUMATANES", size=13.5, after=0)
    w.p(
        "6a. Avenida 3-45, Zona 1, Huehuetenango, Guatemala  \u00b7  Tel. 7764-2018  \u00b7  WhatsApp 5521-0873",
        align="C",
        size=8.5,
        after=8,
    )
    w.title(
        "HOJA DE CONDICIONES Y AVISO A LOS SELECCIONADOS\nTemporada H-2A 2026, Carolina del Norte",
        size=11,
    )
    w.p(
        "Por este medio se informa a las personas seleccionadas para trabajar en la granja de Carolina "
        "del Norte cu\u00e1les son las condiciones del empleo y los pasos que deben seguir antes de viajar."
    )
    w.kv(
        [
            [
                "Patr\u00f3n",
                "Tar Heel Sweet Potato Growers, Inc., 2870 Faison Highway, Clinton, NC 28328, EE. UU.",
            ],
            [
                "Trabajo",
                "Recoger camote a mano detr\u00e1s del arado y llenar cajas; trasplantar, deshijar y cortar tabaco",
            ],
            ["Lugar", "Campos del patr\u00f3n en el condado de Sampson, Carolina del Norte"],
            ["Fechas", "Del 4 de mayo al 20 de noviembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30"],
            ["Salario", "$16.08 por hora, pagado cada viernes (semanal)"],
            ["Descuentos", "Solo impuestos, si el trabajador los pide por escrito"],
            ["Vivienda", "Gratis en el campamento del patr\u00f3n, 2900 Faison Highway, Clinton"],
            ["Comida", "Cocina equipada en el campamento, de uso gratuito"],
            [
                "Viajes",
                "El patr\u00f3n compra el boleto de avi\u00f3n Guatemala\u2013Raleigh y el bus a Clinton; "
                "transporte diario al campo sin costo; regreso pagado al terminar el contrato",
            ],
            ["Herramientas", "Las da el patr\u00f3n, sin costo y sin dep\u00f3sito"],
            ["Requisitos", "Un mes de experiencia en cosecha; poder cargar 50 libras"],
            [
                "Terminaci\u00f3n",
                "Cinco d\u00edas seguidos de faltas sin aviso cuentan como abandono; despido solo por causa",
            ],
        ],
        label_w=0.2,
        size=9.2,
        fill=(240, 240, 240),
    )
    w.h("PASOS PARA LOS SELECCIONADOS", size=10.5)
    w.p(
        "1. Tener pasaporte vigente. El pasaporte lo guarda usted; la oficina solo saca una copia.",
        align="L",
        after=2,
    )
    w.p(
        "2. ",
        F(
            "recruitment_fee",
            3500,
            "GTQ",
            "Cada seleccionado debe entregar Q3,500.00 como apoyo para el tr\u00e1mite, en efectivo, al "
            "recibir su n\u00famero de cita.",
        ),
        align="L",
        after=2,
    )
    w.p(
        "3. ",
        F(
            "visa_cost",
            185,
            "USD",
            "El pago de la visa en el banco, de 185 d\u00f3lares, corre por cuenta de cada trabajador y "
            "el patr\u00f3n no lo devuelve.",
        ),
        align="L",
        after=2,
    )
    w.p(
        "4. Presentarse en la oficina el d\u00eda que se le avise, con su pasaporte, DPI y dos "
        "fotograf\u00edas.",
        align="L",
        after=2,
    )
    w.p(
        "5. No se cobra nada por las herramientas ni por la vivienda; todo eso lo pone el patr\u00f3n.",
        align="L",
    )
    w.h("AVISO IMPORTANTE", size=10.5)
    w.p(
        "Esta oficina trabaja con seriedad y pide lo mismo a los trabajadores. ",
        F(
            "blacklisting_threat",
            None,
            None,
            "La persona que ande diciendo que cobramos o que se queje con la embajada ya no entra en "
            "la lista del pr\u00f3ximo a\u00f1o.",
        ),
        align="L",
    )
    w.p("Huehuetenango, 12 de febrero de 2026.", align="L")
    w.sig(["Encargado de reclutamiento", "Recib\u00ed informaci\u00f3n (nombre y firma)"])
    meta = {
        "language": "es",
        "scanned": True,
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["RECLUTAMIENTO AGR\u00cdCOLA LOS CUCHUMATANES"],
        "traps": [
            "worker keeps passport (office only copies it)",
            "flight and bus paid by employer",
            "free housing, free kitchen, free daily transport",
            "no charge for tools or housing (negated)",
        ],
        "doc_type": "recruiter_notice",
        "layout": "letterhead; gridded label/value conditions table; numbered steps; "
        "SCANNED image-only page (slight tilt, blur, noise)",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v08: H-2B seafood crew handbook and house rules, English, deduction schedule
# ---------------------------------------------------------------------------------------
def v08():
    w = W(
        "h2b",
        fmt="letter",
        family="dejavu",
        size=9.4,
        header="Tidewater Point Seafood Co.  \u2022  Crew Handbook & House Rules  \u2022  2026",
        footer="Handbook rev. 2026-01",
    )
    w.band(
        "Crew Handbook & House Rules: 2026 Season",
        sub="Crab meat pickers (H-2B). This handbook is part of your work contract; keep it with your job order.",
        fill=(20, 90, 110),
        size=14,
    )
    w.h("1. Who we are and what you will do")
    w.p(
        "Tidewater Point Seafood Co., 418 Cannery Lane, Fishing Creek, MD 21634, telephone (410) "
        "555-0178, is a family crab house in Dorchester County. You are hired as a crab meat picker "
        "(Meat, Poultry and Fish Cutters and Trimmers, SOC 51-3022). Pickers take the meat from steamed "
        "blue crabs by hand with a short knife, sort it by grade (jumbo lump, backfin, claw), weigh and "
        "pack it into containers, and clean their tables at the end of the shift."
    )
    w.p(
        "Requirements: three months of experience picking crab or processing seafood, and the ability "
        "to stand for eight hours in a chilled room. All work is done in our picking house at 418 "
        "Cannery Lane, Fishing Creek."
    )
    w.h("2. Season, hours and pay")
    w.kv(
        [
            ["Season", "April 6, 2026 through November 13, 2026"],
            ["Normal hours", "40 hours a week, Monday to Friday, 6:00 a.m. to 2:30 p.m."],
            ["Busy weeks", "Up to 10 hours a day when the catch is heavy"],
            ["Pay rate", "$16.45 per hour, or $4.25 per pound of picked meat when that is more"],
            ["Overtime", "$24.68 per hour for every hour over 40 in a workweek"],
            [
                "Raises",
                "If the prevailing wage or a minimum wage goes up, the higher rate applies from its start date",
            ],
            [
                "Payday",
                "Every Friday, by check, with a stub showing hours offered and worked, pounds, rate, gross, each deduction and net",
            ],
        ],
        label_w=0.2,
        size=9,
        fill=(228, 240, 242),
    )
    w.h("3. Getting here and going home")
    w.p(
        "Your bus fare from Pachuca, Hidalgo, your meals on the road and your visa fee are paid back in "
        "full with your first paycheck. If you stay to the end of the season, or if we let you go early "
        "for any reason other than cause, the company pays your bus home."
    )
    w.h("4. Money matters")
    w.p(
        "Some workers need help with costs before the trip. ",
        F(
            "debt_bondage",
            600,
            "USD",
            "Any worker may draw a travel advance of up to $600 from the office before departure, to be "
            "paid back out of wages at $75 a week plus a $5 weekly service charge until the balance is "
            "cleared.",
        ),
    )
    w.p(
        F(
            "wage_withholding",
            1.0,
            "USD",
            "To encourage season completion, $1.00 of every hour worked is set aside in a retention "
            "account and paid out with the last paycheck of the season.",
        ),
    )
    w.p(
        "The table below lists every deduction that can appear on your stub.",
        after=3,
    )
    w.grid(
        [
            [
                "Federal and Maryland income tax",
                "per W-4 / MW507",
                "every payday",
                "required by law",
            ],
            ["Social Security and Medicare", "7.65%", "every payday", "required by law"],
            FRow(
                "equipment_charge",
                45,
                "USD",
                [
                    "Knife, apron and mesh glove deposit",
                    "$45.00",
                    "first payday",
                    "refunded at season end",
                ],
            ),
            [
                "Company store (snacks, phone cards)",
                "as bought",
                "weekly",
                "only with a signed slip",
            ],
            ["Bunkhouse room", "$0.00", "\u2014", "housing is free"],
        ],
        widths=[0.36, 0.18, 0.17, 0.29],
        header=["Deduction", "Amount", "When", "Note"],
        size=8.8,
        zebra=(242, 247, 248),
    )
    w.p(
        "Hairnets, smocks, rubber boots and cut-resistant sleeves are issued at no cost and replaced "
        "free when worn out."
    )
    w.h("5. Ending the job")
    w.p(
        "A worker who misses five scheduled workdays in a row without telling the floor manager has "
        "abandoned the job, and we must report it to the Department of Labor and DHS. We dismiss only "
        "for cause, such as fighting, theft or working under the influence, and after hearing the "
        "worker's side."
    )
    w.h("6. House rules (bunkhouse at 422 Cannery Lane)")
    w.bullets(
        [
            F(
                "movement_restriction",
                None,
                None,
                "Residents must be inside the bunkhouse by 9:30 p.m. and may not leave company property "
                "on weekends unless the house manager approves a written sign-out request.",
            ),
            "No alcohol in the picking house or on the dock.",
            F(
                "damage_chargeback",
                None,
                None,
                "Knives, picking tables or bunkhouse fixtures broken through carelessness will be "
                "repaired or replaced at the worker's expense.",
            ),
            "Cook only in the kitchen. Stoves, refrigerators and cookware are free to use.",
            "Washers and dryers are free, and detergent is supplied.",
            "Keep your room clean; the house manager inspects on Saturdays.",
        ]
    )
    w.sig(["I received this handbook (worker)", "Tidewater Point Seafood Co."])
    meta = {
        "language": "en",
        "missing_terms": ["three_fourths_guarantee", "contract_impossibility"],
        "recruiters": [],
        "traps": [
            "statutory taxes and FICA rows",
            "company store purchases optional, with signed slip (voluntary)",
            "bunkhouse free ($0.00 row)",
            "protective gear free",
            "bus fare and visa fee repaid with first paycheck",
            "free kitchen and laundry",
            "'service charge' appears only inside the loan finding",
        ],
        "doc_type": "worker_handbook",
        "layout": "handbook; header band; label/value grid for pay terms; 4-column deduction "
        "schedule; bulleted house rules",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v09: H-2B line cook contract, English | Spanish side by side (two columns), compliant
# ---------------------------------------------------------------------------------------
V09 = [
    (
        "Employer",
        "Granite Notch Resort, Inc., 1200 Notch View Road, Lincoln, New Hampshire 03251. Human "
        "Resources: Priya Castellanos-Reid, (603) 555-0166.",
        "Empleador",
        "Granite Notch Resort, Inc., 1200 Notch View Road, Lincoln, New Hampshire 03251. Recursos "
        "Humanos: Priya Castellanos-Reid, (603) 555-0166.",
    ),
    (
        "Position",
        "Line Cook (SOC 35-2014), 8 openings. Grill and saut\u00e9 to order, prep vegetables and sauces, "
        "restock the coffee and breakfast stations, and clean and sanitize the line. The sous-chef in "
        "charge of each shift assigns stations.",
        "Puesto",
        "Cocinero de l\u00ednea (SOC 35-2014), 8 vacantes. Asar y saltear al momento, preparar verduras "
        "y salsas, surtir las estaciones de caf\u00e9 y desayuno, y limpiar y desinfectar la l\u00ednea. El "
        "subchef a cargo de cada turno asigna las estaciones.",
    ),
    (
        "Requirements",
        "Six months of experience as a cook in a restaurant or hotel kitchen; able to stand for the "
        "whole shift and lift 40 pounds.",
        "Requisitos",
        "Seis meses de experiencia como cocinero en restaurante u hotel; poder estar de pie todo el "
        "turno y levantar 40 libras.",
    ),
    (
        "Place, dates and hours",
        "The Summit Grill and the banquet kitchen in the main lodge, 1200 Notch View Road, Lincoln, NH. "
        "From May 15, 2026 to October 20, 2026. 40 hours a week in five 8-hour shifts between 6:00 "
        "a.m. and 11:00 p.m.; the schedule is posted one week ahead.",
        "Lugar, fechas y horario",
        "The Summit Grill y la cocina de banquetes del edificio principal, 1200 Notch View Road, "
        "Lincoln, NH. Del 15 de mayo al 20 de octubre de 2026. 40 horas por semana en cinco turnos de "
        "8 horas entre las 6:00 a.m. y las 11:00 p.m.; el horario se publica con una semana de "
        "anticipaci\u00f3n.",
    ),
    (
        "Pay",
        "$18.90 per hour; $28.35 per hour for hours over 40 in a workweek. If the prevailing wage or a "
        "minimum wage rises, we pay the higher rate from its effective date. Paid every Friday by "
        "direct deposit, or on a pay card that carries no fees. Each pay statement shows hours offered "
        "and worked, rates, gross pay, each deduction and net pay.",
        "Pago",
        "$18.90 por hora; $28.35 por hora por las horas despu\u00e9s de 40 en la semana. Si el salario "
        "prevaleciente o un m\u00ednimo sube, pagamos la tarifa m\u00e1s alta desde su vigencia. Se paga "
        "cada viernes por dep\u00f3sito directo o en tarjeta de n\u00f3mina sin comisiones. Cada talón "
        "muestra horas ofrecidas y trabajadas, tarifas, pago bruto, cada descuento y pago neto.",
    ),
    (
        "Banquet service charge",
        "A 20% service charge is added to banquet guests' bills. The resort pays it out to the banquet "
        "staff, cooks included, on each payday.",
        "Cargo por servicio de banquetes",
        "A la cuenta de los invitados de banquetes se agrega un cargo por servicio del 20%. El hotel lo "
        "reparte al personal de banquetes, incluidos los cocineros, cada d\u00eda de pago.",
    ),
    (
        "Deductions",
        "Federal income tax, Social Security and Medicare, and only those other deductions the worker "
        "chooses and signs for, such as money transfers home.",
        "Descuentos",
        "Impuesto federal, Seguro Social y Medicare, y solo los otros descuentos que el trabajador "
        "elija y firme, como env\u00edos de dinero a su casa.",
    ),
    (
        "Guarantee",
        "For each 12-week period of the season we offer work, or pay in its place, for at least "
        "three-fourths of the workdays in that period.",
        "Garant\u00eda",
        "En cada periodo de 12 semanas de la temporada ofrecemos trabajo, o pago en su lugar, por lo "
        "menos por tres cuartas partes de los d\u00edas de trabajo de ese periodo.",
    ),
    (
        "Travel and visa",
        "Your bus to Lincoln, meals on the way and the visa fee are reimbursed in the first workweek. "
        "We pay your return bus at the end of the season, or earlier if we dismiss you for a reason "
        "other than cause.",
        "Viaje y visa",
        "Su autob\u00fas a Lincoln, las comidas del camino y la cuota de la visa se reembolsan en la "
        "primera semana de trabajo. Pagamos su autob\u00fas de regreso al final de la temporada, o antes "
        "si lo despedimos por una raz\u00f3n que no sea causa justificada.",
    ),
    (
        "Housing, meals, tools, training",
        "Staff dormitory rooms at 40 Birch Lane, Lincoln, are free of charge. One staff meal each "
        "shift is free. Knife kits, chef coats and aprons are supplied and laundered free; cooks who "
        "prefer their own knives may bring them. The ServSafe food-safety course is given on paid time "
        "and the resort pays the exam.",
        "Vivienda, comidas, equipo, capacitaci\u00f3n",
        "Los cuartos del dormitorio del personal en 40 Birch Lane, Lincoln, son gratuitos. Una comida "
        "por turno es gratis. Los juegos de cuchillos, filipinas y mandiles se entregan y se lavan "
        "gratis; quien prefiera sus propios cuchillos puede traerlos. El curso de inocuidad ServSafe "
        "se da en horas pagadas y el hotel paga el examen.",
    ),
    (
        "Ending the job",
        "Five consecutive workdays missed without notice count as abandonment, which we report to the "
        "Department of Labor and DHS. Dismissal is for cause only, after a written warning, except for "
        "violence or theft. If a fire, a flood or another event beyond our control makes the work "
        "impossible, we may end the contract with the Department of Labor's approval and will pay the "
        "three-fourths guarantee to that date and your trip home.",
        "Terminaci\u00f3n",
        "Cinco d\u00edas seguidos de faltas sin aviso cuentan como abandono, que reportamos al "
        "Departamento de Trabajo y a DHS. El despido es solo por causa, despu\u00e9s de una advertencia "
        "por escrito, salvo violencia o robo. Si un incendio, una inundaci\u00f3n u otro hecho fuera de "
        "nuestro control impide el trabajo, podemos terminar el contrato con permiso del Departamento "
        "de Trabajo y pagaremos la garant\u00eda de tres cuartas partes hasta esa fecha y su viaje de "
        "regreso.",
    ),
    (
        "Your rights",
        "Neither the resort nor its recruiter in Veracruz, Talento Hotelero del Golfo, S.A. de C.V., "
        "charges workers any fee; the resort pays the recruiter. You keep your passport. Nobody will be "
        "punished or kept from returning next year for complaining about pay or conditions.",
        "Sus derechos",
        "Ni el hotel ni su reclutador en Veracruz, Talento Hotelero del Golfo, S.A. de C.V., cobran "
        "cuota alguna a los trabajadores; el hotel le paga al reclutador. Usted guarda su pasaporte. "
        "Nadie ser\u00e1 castigado ni se le impedir\u00e1 regresar el pr\u00f3ximo a\u00f1o por quejarse del "
        "pago o de las condiciones.",
    ),
]


def v09():
    w = W(
        "h2b",
        fmt="letter",
        family="sans",
        size=8.9,
        margins=(46, 46, 46),
        header="Granite Notch Resort, Inc.  |  H-2B Work Contract / Contrato de trabajo H-2B  |  NH-2026-0315",
        footer="English left, Spanish right / Ingl\u00e9s a la izquierda, espa\u00f1ol a la derecha",
    )
    w.two_col(
        ["H-2B WORK CONTRACT: LINE COOK"],
        ["CONTRATO DE TRABAJO H-2B: COCINERO DE L\u00cdNEA"],
        size=12.5,
        style="B",
        after=8,
    )
    for en_h, en, es_h, es in V09:
        w.two_col([en_h], [es_h], style="B", size=9.6, after=1)
        w.two_col([en], [es], after=6)
    w.sig(["Worker / Trabajador", "Granite Notch Resort, Inc."])
    meta = {
        "language": "en+es",
        "missing_terms": [],
        "recruiters": ["Talento Hotelero del Golfo, S.A. de C.V."],
        "traps": [
            "'coffee' contains 'fee'; 'sous-chef in charge'",
            "banquet service charge is a charge to guests paid out to staff",
            "pay card 'carries no fees'",
            "free dormitory, free staff meal",
            "knife kits and uniforms free; own knives optional",
            "food-safety course on paid time, exam paid by resort",
            "bus, road meals and visa fee reimbursed in first workweek",
            "no recruitment fee; recruiter paid by resort",
            "worker keeps passport; negated blacklisting",
        ],
        "doc_type": "work_contract",
        "layout": "two columns, English left and Spanish right, paragraph by paragraph "
        "(columns interleave in plain text extraction)",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v10: generic corridor (Guatemala -> Canada), Spanish recruiter letter + cost table
# ---------------------------------------------------------------------------------------
def v10():
    w = W(
        "generic",
        fmt="letter",
        family="noto",
        size=9.6,
        margins=(58, 48, 58),
        header="AGENCIA LABORAL XELAJ\u00da, S.A.  \u00b7  14 Avenida 5-20, Zona 3, Quetzaltenango  \u00b7  Tel. 7761-4402",
        footer="ALX-CA-2026 / carta de compromiso",
        page_label="P\u00e1g.",
    )
    w.title(
        "CARTA DE COMPROMISO\nProgramas de trabajo agr\u00edcola en Canad\u00e1 \u2014 2026",
        size=12.5,
    )
    w.p(
        "Nombre de la persona trabajadora: ________________________________   DPI: ____________________",
        align="L",
        after=8,
    )
    w.p(
        "Agencia Laboral Xelaj\u00fa, S.A. (en adelante, LA AGENCIA) hace constar las condiciones del "
        "puesto ofrecido por Lakeview Greenhouse Growers Ltd. (en adelante, LA EMPRESA) y los "
        "compromisos que asume la persona trabajadora que firma al final."
    )
    w.h("1. La empresa y el puesto")
    w.p(
        "LA EMPRESA es Lakeview Greenhouse Growers Ltd., con domicilio en 1875 Road 3 East, Kingsville, "
        "Ontario N9Y 2E5, Canad\u00e1. El puesto es de trabajador de invernadero: trasplantar, podar y "
        "guiar plantas de tomate y pepino, cosechar, y empacar producto en la bodega. El trabajo se "
        "realiza en los invernaderos de LA EMPRESA en Kingsville, Ontario."
    )
    w.h("2. Tiempo, horario y salario")
    w.p(
        "El contrato va del 2 de marzo al 30 de noviembre de 2026. La jornada es de 8 horas diarias, de "
        "lunes a s\u00e1bado (48 horas por semana). El salario es de CAD 17.60 por hora y se paga cada "
        "dos semanas por dep\u00f3sito en una cuenta bancaria a nombre de la persona trabajadora."
    )
    w.h("3. Alojamiento y viaje")
    w.p(
        "LA EMPRESA da alojamiento sin costo en la casa de trabajadores de la finca. El boleto a\u00e9reo "
        "de ida, de la Ciudad de Guatemala a Toronto, tiene un valor aproximado de CAD 780. ",
        F(
            "travel_cost",
            780,
            "CAD",
            "LA EMPRESA adelanta el boleto y recupera esa suma con un descuento del 10 % de cada pago "
            "hasta completarla.",
        ),
    )
    w.p("El boleto de regreso a Guatemala al terminar el contrato corre por cuenta de LA EMPRESA.")
    w.h("4. Costos y descuentos")
    w.p(
        "Los gastos del proceso se reparten como indica la tabla. LA AGENCIA no cobra comisi\u00f3n por "
        "la selecci\u00f3n.",
        after=3,
    )
    w.grid(
        [
            ["Permiso de trabajo y datos biom\u00e9tricos", "CAD 240", "LA EMPRESA", "\u2014"],
            ["Examen m\u00e9dico de inmigraci\u00f3n", "Q1,100", "LA EMPRESA", "\u2014"],
            FRow(
                "visa_cost",
                465,
                "GTQ",
                ["Pasaporte (5 a\u00f1os)", "Q465", "Trabajador", "Antes de la cita"],
                passport=True,
            ),
            FRow(
                "insurance_cost",
                650,
                "GTQ",
                ["Seguro m\u00e9dico de viaje", "Q650", "Trabajador", "Antes de viajar"],
            ),
            FRow(
                "training_cost",
                1200,
                "GTQ",
                ["Curso de inducci\u00f3n e inocuidad", "Q1,200", "Trabajador", "Antes de viajar"],
            ),
            [
                "Impuesto sobre la renta, seguro de empleo (EI) y pensi\u00f3n (CPP)",
                "seg\u00fan ley",
                "Trabajador",
                "cada pago",
            ],
        ],
        widths=[0.44, 0.15, 0.18, 0.23],
        header=["Concepto", "Monto", "Qui\u00e9n paga", "Cu\u00e1ndo"],
        size=9,
    )
    w.p(
        "Los \u00fanicos descuentos del salario en Canad\u00e1 son los de ley de la \u00faltima fila y el del "
        "boleto de ida del punto 3. El curso de inducci\u00f3n lo imparte el Centro de Capacitaci\u00f3n "
        "Altiplano, en Quetzaltenango, durante dos s\u00e1bados."
    )
    w.h("5. Compromisos de la persona trabajadora")
    w.p(
        "Presentarse a las citas en la fecha indicada, cumplir las reglas de seguridad de LA EMPRESA y "
        "conservar en su poder su pasaporte y su permiso de trabajo."
    )
    w.p("Quetzaltenango, ____ de ______________ de 2026.", align="L")
    w.sig(["Por LA AGENCIA", "La persona trabajadora"])
    meta = {
        "language": "es",
        "missing_terms": ["worker_identity", "termination"],
        "recruiters": ["Agencia Laboral Xelaj\u00fa, S.A."],
        "traps": [
            "work permit, biometrics and medical paid by the employer",
            "statutory EI/CPP rows ('seguro de empleo' is a payroll contribution)",
            "free housing; return ticket paid",
            "no selection commission (negated fee)",
            "worker keeps passport",
            "blank name line: worker identity missing",
            "airfare amount named in one sentence, recovered in the next",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "letterhead in running header; blank name line; numbered sections; 4-column cost "
        "table with 'Qui\u00e9n paga' column",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v11: generic corridor (Philippines -> New Zealand), English offer letter, compliant
# ---------------------------------------------------------------------------------------
def v11():
    w = W(
        "generic",
        fmt="A4",
        family="dejavu",
        size=9.6,
        margins=(56, 44, 56),
        footer="Kahikatea Flats Dairy Ltd \u00b7 offer KFD-2026-03",
        footer_pages=True,
    )
    w.band(
        "Kahikatea Flats Dairy Ltd",
        sub="388 Tauwhare Road, RD 2, Matamata 3472, New Zealand  \u00b7  +64 7 555 0193",
        fill=(96, 120, 40),
        size=15,
    )
    w.p("20 January 2026", align="L")
    w.p(
        "Mr Rodel B. Macaraeg\nPurok 3, Barangay San Isidro, Santo Domingo, Nueva Ecija, Philippines",
        align="L",
    )
    w.p("Dear Rodel,", align="L")
    w.p(
        "Following your interview with our recruitment partner, Tala Bridge International Manpower "
        "Services, Inc., we are pleased to offer you a position on our farm on the terms below. This "
        "letter and the table form your employment agreement."
    )
    w.kv(
        [
            [
                "Employer",
                "Kahikatea Flats Dairy Ltd, 388 Tauwhare Road, RD 2, Matamata 3472, New Zealand",
            ],
            ["Employee", "Rodel B. Macaraeg"],
            [
                "Position",
                "Dairy Farm Assistant: milk about 620 cows twice a day in a rotary shed, feed and rear calves, shift break fences, record animal health treatments and wash down the yard",
            ],
            ["Place of work", "Kahikatea Flats Dairy, 388 Tauwhare Road, Matamata"],
            ["Term", "Fixed term from 1 August 2026 to 31 July 2028, matching your work visa"],
            [
                "Hours",
                "An average of 50 hours a week on a roster of 11 days on and 3 days off; milking starts at 4:30 a.m.",
            ],
            ["Wage", "NZD 29.50 gross per hour for every hour worked"],
            ["Pay", "Fortnightly, every second Wednesday, into your own bank account"],
            [
                "Deductions",
                "PAYE income tax, which includes the ACC earners' levy; KiwiSaver at 3% while you stay enrolled (you may opt out). Nothing else without your written consent",
            ],
            [
                "Accommodation",
                "Furnished two-bedroom cottage on the farm, rent-free, power and internet included; no bond is required",
            ],
            [
                "Travel",
                "We book and pay your flight Manila to Auckland and the shuttle to Matamata; at the end of the term, or if we end your job early, we pay your flight home to Manila",
            ],
            [
                "Recruitment costs",
                "We pay Tala Bridge's service fee, your medical examination, police clearance, visa fee and OWWA membership contribution (USD 25). No cost of any kind is charged to you",
            ],
            [
                "Ending the job",
                "Either side may end the agreement with four weeks' written notice. Dismissal for serious misconduct only after an investigation in which you may respond, with a support person",
            ],
            ["Leave", "Four weeks' paid annual leave a year, plus public holidays"],
        ],
        label_w=0.22,
        size=8.9,
        fill=(238, 243, 228),
    )
    w.p(
        "You will be in charge of the calf shed during spring calving, after training on the farm. "
        "Overalls, leggings and gumboots are supplied; we do not charge for work clothing. Dairy "
        "training modules with an industry training provider are paid by the farm and done in paid "
        "time. Fresh milk for your household is free."
    )
    w.p(
        "Your passport stays with you. If you want, the farm office has a fire-proof safe where you may "
        "keep documents, and you can take them out at any time without asking anyone."
    )
    w.p(
        "Please sign below to accept. We look forward to welcoming you to Matamata.",
    )
    w.p("Yours sincerely,\nHelen Tuhoe-Marsh, Director", align="L")
    w.sig(["Kahikatea Flats Dairy Ltd", "Accepted: Rodel B. Macaraeg, date"])
    meta = {
        "language": "en",
        "missing_terms": [],
        "recruiters": ["Tala Bridge International Manpower Services, Inc."],
        "traps": [
            "'feed and rear calves' is a job duty",
            "statutory PAYE/ACC levy and KiwiSaver (not insurance_cost)",
            "rent-free cottage; 'no bond is required'",
            "employer pays agency service fee, medical, clearance, visa, OWWA",
            "'in charge of the calf shed'; 'we do not charge for work clothing'",
            "training paid by the farm",
            "optional document safe, worker keeps access (not retention)",
            "both flights paid by employer",
        ],
        "doc_type": "offer_letter",
        "layout": "A4; colored letterhead band; letter with gridded label/value terms table",
    }
    return w, meta


# ---------------------------------------------------------------------------------------
# v12: H-2A job order in English with a Spanish recruiter annex (mixed en+es)
# ---------------------------------------------------------------------------------------
def v12():
    w = W(
        "h2a",
        fmt="letter",
        family="sans",
        size=9.6,
        header="Bladen Crossroads Produce, LLC  \u00b7  H-2A Job Order NC-26-2290",
        footer="NC-26-2290",
    )
    w.title("JOB ORDER AND WORK CONTRACT\nSeasonal Farmworker, 2026", size=14)
    w.kv(
        [
            [
                "Employer",
                "Bladen Crossroads Produce, LLC, 4105 Old Stage Road, Elizabethtown, NC 28337; (910) 555-0152",
            ],
            [
                "Job",
                "Farmworker, crop (SOC 45-2092), 40 openings: hand-harvest bell peppers, cucumbers and watermelons, load field bins, hoe, and lay plastic mulch",
            ],
            [
                "Requirements",
                "Two months of hand-harvest experience in vegetables; able to lift and pass melons of up to 35 pounds",
            ],
            [
                "Worksites",
                "Fields at 4105 Old Stage Road and 2260 Live Oak Church Road, Elizabethtown, NC 28337",
            ],
            ["Contract period", "May 11, 2026 to October 16, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 6:30 a.m. to 3:00 p.m."],
            [
                "Wage",
                "$16.08 per hour, or $0.55 per 5/8-bushel bucket of cucumbers when that is more",
            ],
            [
                "Raises",
                "The highest of the AEWR, the prevailing wage and any minimum wage, from its effective date",
            ],
            ["Payday", "Every Friday (weekly)"],
            [
                "Pay stubs",
                "Hours offered, hours worked, units, rates, gross pay, each deduction and net pay",
            ],
            [
                "Deductions",
                "Income tax only on written request, and the bus recovery described under Transportation",
            ],
            ["Housing", "Free, at the farm's licensed camp, 4150 Old Stage Road; no deposit"],
            ["Meals", "Free kitchen with stoves and refrigerators in every camp building"],
            ["Tools", "Buckets, harvest knives, gloves and rain gear provided free"],
            ["Guarantee", "Work for at least three-fourths of the workdays in the contract period"],
            ["Return trip", "Paid by the employer for workers who complete the contract period"],
        ],
        label_w=0.2,
        size=8.9,
    )
    w.h("Transportation")
    w.p(
        "Workers come to Elizabethtown on a charter bus from Monterrey. The fare is $230 per seat, with "
        "meals on board included. ",
        F(
            "travel_cost",
            230,
            "USD",
            "The company pays the carrier and recovers that amount from each worker's first three "
            "paychecks.",
        ),
    )
    w.h("Abandonment, dismissal and early termination")
    w.p(
        "A worker who fails to report for five consecutive workdays without the supervisor's consent "
        "has abandoned the job, and the employer notifies the Department of Labor and DHS within two "
        "working days. Workers are dismissed only for cause, after a warning, except for violence or "
        "theft. If fire, flood, drought or another Act of God makes the work impossible and the "
        "Department of Labor agrees, the employer may end the contract and will pay the three-fourths "
        "guarantee to that date and the trip home."
    )
    w.h("Employer assurances")
    w.two_col(
        [
            "1. The employer will not hold or keep any worker's passport, visa or other papers.\n"
            "2. No worker will be blacklisted, threatened or reported to immigration for complaining."
        ],
        [
            "3. No one acting for the employer may charge workers a fee for the job.\n"
            "4. Workers may leave the camp freely on their own time."
        ],
        size=9.2,
    )
    w.h("Field safety and sanitation")
    w.p(
        "Drinking water, toilets and hand-washing stations are set up within a quarter-mile walk of "
        "every crew. Pesticide safety training is given during the first week, on paid time, and no "
        "one enters a treated field before the re-entry interval has passed. On heat-advisory days "
        "crews take a paid 10-minute shade break every hour."
    )
    w.h("How to apply")
    w.p(
        "Apply at any NCWorks Career Center in North Carolina or call the farm office at (910) "
        "555-0152. A Spanish reading of this job order is given at the pre-departure meeting."
    )
    w.p(
        "Workers are recruited in Guanajuato by Contrataciones Agr\u00edcolas del Baj\u00edo, S.C. Its "
        "conditions are attached as Annex B.",
        style="I",
    )
    w.sig(["Worker", "Bladen Crossroads Produce, LLC"])
    w.newpage()
    w.title(
        "ANEXO B \u2014 CONDICIONES DE CONTRATACIONES AGR\u00cdCOLAS DEL BAJ\u00cdO, S.C.",
        size=11.5,
        align="L",
    )
    w.p(
        "Reclutador de Bladen Crossroads Produce en Guanajuato. Oficina: Av. Ju\u00e1rez 118, Zona Centro, "
        "Dolores Hidalgo, Gto. En cada comunidad lo atiende un promotor; en la suya, el Sr. Anselmo Ruiz "
        "Villase\u00f1or.",
        align="L",
    )
    w.p(
        "Para quedar en la lista del grupo que sale el 8 de mayo, cada trabajador hace los pagos de la "
        "siguiente tabla.",
        after=3,
    )
    w.grid(
        [
            FRow(
                "recruitment_fee",
                9000,
                "MXN",
                ["Cuota de colocaci\u00f3n", "MXN 9,000", "Promotor A. Ruiz", "Al firmar"],
            ),
            FRow(
                "deposit_or_bond",
                5000,
                "MXN",
                [
                    "Dep\u00f3sito en garant\u00eda",
                    "MXN 5,000",
                    "Oficina Dolores",
                    "Antes de la cita",
                ],
            ),
            ["Visa H-2A (cuota MRV)", "US$185", "La paga Bladen", "\u2014"],
        ],
        widths=[0.34, 0.2, 0.24, 0.22],
        header=["Concepto", "Monto", "Recibe", "Cu\u00e1ndo"],
        size=9.2,
    )
    w.p(
        "El dep\u00f3sito en garant\u00eda se regresa en la oficina de Dolores Hidalgo cuando el trabajador "
        "vuelve con su contrato cumplido. ",
        F(
            "breach_penalty",
            4000,
            "MXN",
            "Quien abandone el rancho antes del 16 de octubre pierde el dep\u00f3sito completo y "
            "adem\u00e1s pagar\u00e1 4,000 pesos por los gastos de reemplazo.",
        ),
    )
    w.p(
        F(
            "document_retention",
            None,
            None,
            "Al llegar al rancho, cada trabajador entrega su pasaporte con la visa a nuestro "
            "coordinador, quien lo guarda hasta el d\u00eda del regreso.",
        ),
        " El pasaje de regreso lo paga el rancho.",
    )
    w.sig(["Contrataciones Agr\u00edcolas del Baj\u00edo, S.C.", "Enterado (trabajador)"])
    meta = {
        "language": "en+es",
        "missing_terms": ["inbound_transportation", "daily_transportation", "workers_compensation"],
        "recruiters": [
            "Contrataciones Agr\u00edcolas del Baj\u00edo, S.C.",
            "Anselmo Ruiz Villase\u00f1or",
        ],
        "traps": [
            "employer assurances in two columns negate passport holding, blacklisting, fees, "
            "confinement (contradicted by the recruiter's annex)",
            "visa fee row paid by the employer",
            "free housing, no deposit; free kitchen; free tools",
            "return trip paid",
            "bus fare named in one sentence, recovered from paychecks in the next",
        ],
        "doc_type": "job_order",
        "layout": "label/value terms grid; two-column assurances; Spanish recruiter annex on page 3 "
        "with 4-column payment table (Concepto | Monto | Recibe | Cu\u00e1ndo)",
    }
    return w, meta


DOCS = [("v07", v07), ("v08", v08), ("v09", v09), ("v10", v10), ("v11", v11), ("v12", v12)]
