"""Documents r07-r12 of the heldout_r batch."""

from r_docs1 import fee
from r_lib import Doc

# ---------------------------------------------------------------------------
# r07: recruiter agreement, Honduras -> Canada greenhouse, Spanish, generic, 2 pages
# ---------------------------------------------------------------------------
R07_FEE = "EL TRABAJADOR entregará a LA AGENCIA la suma de quince mil lempiras (L 15,000.00) por el servicio de colocación."
R07_MIX = "EL TRABAJADOR cubrirá por su cuenta el pasaporte, el examen médico y la prueba práctica de invernadero."
R07_RECEIPT = "Recibí de Elvin Josué Maradiaga Cruz la cantidad de L 7,500.00 como primer pago del servicio de colocación."
R07_LOAN = "Si no tiene el dinero, LA AGENCIA le presta la cantidad y se la cobra con descuentos de su salario en Canadá, con un interés del 5 % mensual."


def r07():
    pdf = Doc(margins=(20, 15, 20))
    pdf.base_font = "sans"
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, "SERVICIOS MIGRATORIOS LOS PINARES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Barrio El Centro, 3a avenida, Santa Rosa de Copán, Honduras  ·  Tel. 2662-5501",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.heading("CONVENIO DE COLOCACIÓN PARA TRABAJO TEMPORAL EN CANADÁ", size=11)
    pdf.para(
        "En Santa Rosa de Copán, a 8 de diciembre de 2025, comparecen SERVICIOS MIGRATORIOS LOS "
        "PINARES (LA AGENCIA) y la persona cuyos datos aparecen en el cuadro siguiente (EL "
        "TRABAJADOR), quienes acuerdan lo siguiente respecto del empleo ofrecido por la empresa "
        "canadiense que se indica.",
        size=9.5,
    )
    pdf.grid(
        [
            ["Dato", "Detalle"],
            ["Trabajador", "Elvin Josué Maradiaga Cruz, identidad 0401-1996-00873"],
            [
                "Empleador",
                "Erie Shore Greenhouses Ltd., 2215 County Road 20, Leamington, Ontario N8H 3V5, "
                "Canadá",
            ],
            [
                "Puesto",
                "Ayudante de invernadero: cosecha de tomate y pepino, poda y amarre de plantas, "
                "empaque",
            ],
            ["Lugar de trabajo", "Invernaderos de la empresa en Leamington, Ontario"],
            ["Periodo", "Del 2 de febrero al 30 de noviembre de 2026"],
            ["Jornada", "De 40 a 50 horas por semana, de lunes a sábado"],
            ["Salario", "CAD 17.60 por hora"],
            ["Forma de pago", "Depósito a cuenta bancaria en Canadá"],
            [
                "Descuentos",
                "Impuesto sobre la renta, Canada Pension Plan y Employment Insurance, según la ley canadiense",
            ],
        ],
        [40, 130],
        size=9,
    )
    pdf.heading("CLÁUSULAS", size=10.5)
    pdf.numbered(
        [
            "LA AGENCIA presentará la solicitud de EL TRABAJADOR al empleador y lo acompañará en "
            "los trámites hasta su salida. " + R07_FEE,
            "El permiso de trabajo y la visa los tramita y paga el empleador, sin costo para EL "
            "TRABAJADOR. " + R07_MIX,
            R07_LOAN,
        ],
        size=9.5,
        label_fmt="%s.",
        start=1,
    )
    pdf.add_page()
    pdf.numbered(
        [
            "El empleador paga el boleto aéreo de ida de San Pedro Sula a Toronto y el boleto de "
            "regreso al terminar el periodo de trabajo.",
            "El alojamiento lo proporciona el empleador en una casa cerca del invernadero.",
            "EL TRABAJADOR conserva su pasaporte y sus documentos durante todo el viaje y su "
            "estancia en Canadá.",
            "Cualquier duda sobre el empleo se atenderá en la oficina de LA AGENCIA o por teléfono.",
        ],
        size=9.5,
        start=4,
    )
    pdf.ln(2)
    pdf.heading("RECIBO", size=10.5)
    pdf.para(R07_RECEIPT + " Saldo pendiente: L 7,500.00.", size=9.5)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_font("sans", "", 9)
    pdf.line(22, y, 82, y)
    pdf.line(110, y, 170, y)
    pdf.rect(176, y - 22, 18, 22)
    pdf.set_xy(22, y + 1)
    pdf.cell(60, 4, "Por LA AGENCIA: Osmán Reyes Alvarado", align="C")
    pdf.set_xy(110, y + 1)
    pdf.cell(60, 4, "EL TRABAJADOR", align="C")
    pdf.set_xy(172, y + 1)
    pdf.cell(26, 4, "Huella", align="C")
    fees = [
        fee("recruitment_fee", 1, R07_FEE, 15000.0, "HNL", group=1),
        fee("recruitment_fee", 2, R07_RECEIPT, 7500.0, "HNL", group=1),
        fee("visa_cost", 1, R07_MIX, passport_only=True),
        fee("medical_cost", 1, R07_MIX),
        fee("training_cost", 1, R07_MIX),
        fee("debt_bondage", 1, R07_LOAN),
    ]
    label = {
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["pay_frequency", "termination"],
        "recruiters": ["Servicios Migratorios Los Pinares"],
        "traps": [
            "work permit and visa paid by employer ('sin costo para EL TRABAJADOR')",
            "employer pays outbound and return air ticket",
            "worker keeps passport",
            "one sentence lists three costs: passport (generic: violation), medical exam, skills test",
            "amount written in words and figures (quince mil lempiras, L 15,000.00)",
            "receipt of L 7,500.00 first instalment on page 2 restates the same fee (grouped with the clause)",
            "statutory Canadian deductions (income tax, CPP, EI) are not insurance_cost",
            "'Depósito a cuenta bancaria' is a pay method, no frequency (pay_frequency missing)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "agency letterhead; gridded data table; numbered clauses; receipt; signature lines and fingerprint box",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r08: H-2B job order, golf course, English, two columns, compliant, 2 pages
# ---------------------------------------------------------------------------
def r08():
    def hdr(pdf):
        pdf.set_fill_color(16, 82, 48)
        pdf.rect(0, 0, pdf.w, 12, style="F")
        pdf.set_xy(pdf.l_margin, 3.5)
        pdf.set_font("noto", "B", 10)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 5, "OSPREY DUNES GOLF RESORT LLC  ·  H-2B JOB ORDER  ·  GROUNDS CREW")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(18)

    def ftr(pdf):
        pdf.set_y(-12)
        pdf.set_font("noto", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(
            0,
            4,
            "2400 Marsh Hen Road, Hilton Head Island, SC 29928 · page %d" % pdf.page_no(),
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(header_fn=hdr, footer_fn=ftr, margins=(14, 18, 14))
    pdf.base_font = "noto"
    pdf.add_page()
    sections = [
        (
            "Employer",
            "Osprey Dunes Golf Resort LLC, 2400 Marsh Hen Road, Hilton Head Island, South "
            "Carolina 29928. Phone (843) 555-0119.",
        ),
        (
            "Job title and duties",
            "Golf course groundskeeper (SOC 37-3011), 18 openings. Mow greens, tees and "
            "fairways; rake bunkers; change cups; repair divots and irrigation heads; blow "
            "debris from cart paths. When assigned to the starter booth, collect green fees and "
            "cart fees from golfers and hand them to the pro shop.",
        ),
        (
            "Place of work",
            "Osprey Dunes North and South courses, 2400 Marsh Hen Road, Hilton Head Island, SC.",
        ),
        ("Period of employment", "April 1, 2026 to September 30, 2026."),
        (
            "Hours",
            "40 hours per week, Tuesday to Saturday, 5:30 a.m. to 2:00 p.m.; tournament weeks "
            "may include Sunday work.",
        ),
        (
            "Wage",
            "$15.87 per hour. The employer will pay at least the highest of the prevailing "
            "wage, the federal minimum wage, and any state or local minimum wage, and will "
            "raise the rate if a new prevailing wage is issued during the season.",
        ),
        ("Overtime", "$23.81 per hour for hours worked over 40 in a workweek."),
        (
            "Pay and earnings statements",
            "Paid weekly, every Thursday, by direct deposit or check. Each pay statement lists "
            "hours offered, hours worked, rate, gross pay and every deduction.",
        ),
        (
            "Deductions",
            "Deductions required by law: FICA (Social Security and Medicare), federal income "
            "tax. Voluntary, only with written consent: staff cafeteria purchases. No "
            "deductions for uniforms, tools, transportation or housing.",
        ),
        (
            "Three-fourths guarantee",
            "The employer guarantees an offer of hours equal to at least three-fourths of the "
            "workdays in each 6-week period of the season (12-week period when the season is "
            "longer than 120 days), based on 40 hours per week.",
        ),
        (
            "Requirements",
            "Six months of experience in turf or landscape maintenance. Must be able to lift 50 "
            "pounds. Mower training is given on the clock at no cost.",
        ),
        (
            "Travel to the job",
            "The employer reimburses the bus or plane ticket and daily subsistence from the "
            "place of recruitment to Hilton Head Island in the first workweek, or pays it in "
            "advance.",
        ),
        (
            "Visa fees",
            "The visa fee, visa processing fee and border-crossing fee are reimbursed in the "
            "first workweek. No worker pays any recruitment fee; the employer does not use a "
            "paid recruiter.",
        ),
        (
            "Return trip",
            "A worker who completes the season, or is dismissed early for any reason other than "
            "cause, receives return transportation and subsistence to the place of recruitment.",
        ),
        (
            "Tools, uniforms and safety gear",
            "Provided free of charge: mowers, rakes, hand tools, hearing protection, safety "
            "glasses, rain suits and three uniform shirts. No deposit is asked.",
        ),
        (
            "Housing",
            "Shared staff apartments on Squire Pope Road are available at no charge to workers "
            "who want them. Workers are free to live elsewhere and to come and go as they wish.",
        ),
        (
            "Abandonment and termination",
            "A worker who fails to report for 5 consecutive working days without consent is "
            "considered to have abandoned the job. Workers may be dismissed for cause after a "
            "written warning. The employer will notify the Department of Labor and DHS within "
            "2 business days.",
        ),
        (
            "If work becomes impossible",
            "If a hurricane, flood or fire closes the courses, the employer may end the "
            "contract with the Certifying Officer's approval, will pay the three-fourths "
            "guarantee up to that day and the return trip, and will try to transfer workers.",
        ),
        (
            "Worker rights",
            "The employer never holds passports or visas. No worker will be blacklisted or "
            "punished for filing a complaint, and workers may change employers as the law "
            "allows. The course charges members a $300 initiation fee; this has nothing to do "
            "with workers.",
        ),
    ]
    cols = pdf.text_columns(ncols=2, gutter=7, text_align="LEFT", line_height=1.15)
    with cols:
        for title, body in sections:
            pdf.set_font("noto", "B", 9.5)
            cols.write(text=title + "\n")
            pdf.set_font("noto", "", 9)
            cols.write(text=body + "\n\n")
    label = {
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 1,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'collect green fees and cart fees from golfers' is a job duty",
            "members' $300 initiation fee has nothing to do with workers",
            "deductions required by law: FICA, income tax",
            "mower training on the clock at no cost",
            "inbound travel, visa and border fees reimbursed; no recruitment fee",
            "tools, uniforms free, no deposit",
            "free optional housing; free to come and go",
            "never holds passports; no blacklisting (negated)",
        ],
        "doc_type": "job_order",
        "layout": "two-column flowing text with bold run-in headings; repeated header band and footer",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r09: demand letter and cost disclosure, Nepal -> Malaysia, English, generic, 2 pages
# ---------------------------------------------------------------------------
R09_SERVICE = "Service charge NPR 10,000 Worker"
R09_ORIENT = "Pre-departure orientation NPR 1,700 Worker"
R09_WELFARE = "Foreign Employment Welfare Fund NPR 1,500 Worker"
R09_DEPOSIT = "* The worker also leaves a security deposit of NPR 25,000 with the agency, returned after two years of service."


def r09():
    pdf = Doc(fmt="A4", margins=(20, 15, 20))
    pdf.base_font = "sans"
    pdf.add_page()
    pdf.set_font("serif", "B", 14)
    pdf.set_text_color(150, 20, 20)
    pdf.cell(0, 7, "Himal Shikhar Overseas Pvt. Ltd.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "", 8)
    pdf.cell(
        0,
        4,
        "Licence No. 1187/074/075 · Gongabu-3, Kathmandu, Nepal · +977 1 555 0146",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
    pdf.ln(5)
    pdf.para(
        "Ref: HSO/MY/2026/058                                    Date: 19 January 2026", size=9
    )
    pdf.para(
        "To: Mr. Bikash Tamang, Ward 6, Sindhupalchok District. Passport No. PA0938121", size=9.5
    )
    pdf.heading("Subject: Job offer and cost disclosure - Machine Operator, Malaysia", size=10.5)
    pdf.para(
        "We are pleased to inform you that you have been selected under the demand letter of "
        "Tenggara Precision Plastics Sdn. Bhd., Lot 88, Jalan Perindustrian 3, 81400 Senai, "
        "Johor, Malaysia, received through its Malaysian agent Jaya Tenaga Resources Sdn. Bhd. "
        "The terms of employment are as follows.",
        size=9.5,
    )
    pdf.grid(
        [
            ["Term", "Detail"],
            [
                "Position",
                "Injection-moulding machine operator: load resin, watch machines, trim and pack parts",
            ],
            ["Workplace", "Factory at Lot 88, Jalan Perindustrian 3, Senai, Johor"],
            ["Contract period", "1 April 2026 to 31 March 2029 (3 years)"],
            ["Working hours", "8 hours per day, 6 days per week; overtime paid at 1.5 times"],
            ["Basic salary", "MYR 1,700 per month"],
            ["Salary payment", "Monthly, into the worker's own bank account by the 7th"],
            [
                "Deductions",
                "Worker's share of EPF and SOCSO contributions as required by Malaysian law; hostel and transport are free",
            ],
            ["Return ticket", "Paid by the employer at the end of the contract"],
        ],
        [40, 130],
        size=9,
    )
    pdf.heading("Cost disclosure", size=10.5)
    pdf.para(
        "The following costs apply to your deployment. Please bring the amounts shown as paid "
        "by the worker to our office before the orientation date.",
        size=9.5,
    )
    pdf.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["Visa and work permit levy", "MYR 1,850", "Employer"],
            ["Air ticket Kathmandu-Kuala Lumpur", "-", "Employer"],
            ["Medical examination", "NPR 4,500", "Employer"],
            ["Service charge", "NPR 10,000", "Worker"],
            ["Pre-departure orientation", "NPR 1,700", "Worker"],
            ["Foreign Employment Welfare Fund", "NPR 1,500", "Worker"],
        ],
        [80, 45, 45],
        size=9,
    )
    pdf.set_font("sans", "", 7)
    pdf.multi_cell(0, 3.4, R09_DEPOSIT, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.heading("Other conditions", size=10.5)
    pdf.bullets(
        [
            "Accommodation in the company hostel and daily bus to the factory are free of charge.",
            "Your passport stays with you. The employer may not keep it.",
            "Annual leave: 8 days in the first two years; public holidays as per Malaysian law.",
            "Medical care for work injuries is covered by the employer's SOCSO registration.",
            "You may raise any complaint with the Department of Foreign Employment or the "
            "Embassy of Nepal in Kuala Lumpur without any effect on your job.",
        ],
        size=9.5,
    )
    pdf.ln(4)
    pdf.para(
        "Please confirm your acceptance by signing below and returning this letter with the "
        "amounts above.",
        size=9.5,
    )
    pdf.ln(8)
    pdf.set_font("sans", "", 9)
    pdf.cell(85, 5, "For Himal Shikhar Overseas Pvt. Ltd.")
    pdf.cell(0, 5, "Accepted by the worker", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(85, 5, "Ramesh K. Adhikari, Manager")
    pdf.cell(0, 5, "Bikash Tamang", new_x="LMARGIN", new_y="NEXT")
    fees = [
        fee("recruitment_fee", 1, R09_SERVICE, 10000.0, "NPR"),
        fee("training_cost", 1, R09_ORIENT, 1700.0, "NPR"),
        fee("insurance_cost", 1, R09_WELFARE, 1500.0, "NPR"),
        fee("deposit_or_bond", 1, R09_DEPOSIT, 25000.0, "NPR"),
    ]
    label = {
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["termination"],
        "recruiters": ["Himal Shikhar Overseas Pvt. Ltd.", "Jaya Tenaga Resources Sdn. Bhd."],
        "traps": [
            "fee table rows paid by the employer (visa levy, air ticket, medical) are not findings",
            "statutory EPF/SOCSO worker share (not insurance_cost)",
            "free hostel and daily bus",
            "passport stays with the worker",
            "complaints without effect on the job (negated blacklisting)",
            "deposit stated only in a small-print footnote",
        ],
        "doc_type": "offer_letter",
        "layout": "A4 agency letter; gridded terms table; gridded 3-column fee schedule (quotes are table rows); small-print footnote",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r10: H-2A welcome letter, English then Spanish under each heading, compliant, 2 pages
# ---------------------------------------------------------------------------
def r10():
    def ftr(pdf):
        pdf.set_y(-13)
        pdf.set_font("sans", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, "Sandhill Berry Company LLC · %d" % pdf.page_no(), align="R")
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(footer_fn=ftr, margins=(20, 14, 20))
    pdf.add_page()
    pdf.band(
        "Sandhill Berry Company LLC",
        "88 Blueberry Lane, Alma, Georgia 31510 · (912) 555-0175",
        fill=(60, 50, 130),
        size=14,
    )
    pdf.para("March 2, 2026", size=9.5)
    pdf.para(
        "Dear worker / Estimado trabajador: welcome to the 2026 blueberry harvest. These are "
        "the terms of your H-2A job. / Bienvenido a la cosecha de arándano 2026. Estas son las "
        "condiciones de su trabajo H-2A.",
        size=9.5,
    )
    items = [
        (
            "The job / El trabajo",
            "Hand-pick blueberries into buckets, carry full buckets to the weighing station and "
            "deposit them in the lugs, on our farms at 88 Blueberry Lane and Hurricane Creek "
            "Road, Alma, Bacon County, Georgia.",
            "Cosechar arándano a mano en cubetas, llevar las cubetas llenas a la báscula y "
            "vaciarlas en las cajas, en nuestras fincas de 88 Blueberry Lane y Hurricane Creek "
            "Road, Alma, condado de Bacon, Georgia.",
        ),
        (
            "Requirements / Requisitos",
            "At least one month of hand-harvest experience in any crop.",
            "Por lo menos un mes de experiencia en cosecha a mano de cualquier cultivo.",
        ),
        (
            "Dates and hours / Fechas y horario",
            "May 4, 2026 to July 17, 2026; 40 hours a week, Monday to Saturday, 6:00 a.m. to "
            "2:30 p.m.",
            "Del 4 de mayo al 17 de julio de 2026; 40 horas por semana, de lunes a sábado, de "
            "6:00 a 14:30.",
        ),
        (
            "Pay / Pago",
            "$14.68 per hour, or $0.45 per pound if that pays more. If the government raises "
            "the Adverse Effect Wage Rate or any higher wage applies, we pay the higher rate. "
            "Paid every Thursday with a statement of hours offered, hours worked, pounds, "
            "earnings and deductions.",
            "$14.68 por hora, o $0.45 por libra si así gana más. Si el gobierno sube el Salario "
            "de Efecto Adverso o aplica otro salario más alto, pagamos el más alto. Se paga cada "
            "jueves con un talón de horas ofrecidas, horas trabajadas, libras, ganancias y "
            "descuentos.",
        ),
        (
            "Deductions / Descuentos",
            "Federal income tax only if you ask for it in writing. No other deductions without "
            "your written permission.",
            "Impuesto federal sólo si usted lo pide por escrito. Ningún otro descuento sin su "
            "permiso por escrito.",
        ),
        (
            "Guarantee / Garantía",
            "We guarantee work for at least three-fourths of the workdays of the contract.",
            "Garantizamos trabajo por lo menos en tres cuartas partes de los días del contrato.",
        ),
    ]

    def block(title, en, es):
        pdf.heading(title, size=10, color=(60, 50, 130), gap=0.5)
        pdf.para(en, size=9.5, gap=0.8)
        pdf.para(es, size=9.5, style="I", color=(60, 60, 60), gap=2.5)

    for t, en, es in items:
        block(t, en, es)
    pdf.add_page()
    items2 = [
        (
            "Housing and meals / Vivienda y comidas",
            "Housing is free, in the farm houses at 88 Blueberry Lane, with a free kitchen. If "
            "you choose, the camp cook serves three meals for $15.00 per day; you can cancel "
            "any week.",
            "La vivienda es gratis, en las casas de la finca en 88 Blueberry Lane, con cocina "
            "gratis. Si usted quiere, la cocinera del campo sirve tres comidas por $15.00 al "
            "día; puede cancelar cualquier semana.",
        ),
        (
            "Travel / Viaje",
            "We pay back your bus from Monterrey and your meals on the road, plus the visa fee, "
            "in your first week's pay. A free van takes you to the fields every day. If you "
            "finish the contract, we pay your bus home.",
            "Le pagamos el autobús desde Monterrey y sus comidas del camino, y la cuota de la "
            "visa, en su primer pago. Una camioneta gratis lo lleva al campo todos los días. Si "
            "termina el contrato, pagamos su autobús de regreso.",
        ),
        (
            "Tools / Herramientas",
            "Buckets, belts, gloves and hats are free. No deposit.",
            "Cubetas, cinturones, guantes y sombreros son gratis. Sin depósito.",
        ),
        (
            "Injury / Accidentes",
            "You are covered by workers' compensation insurance paid by us.",
            "Usted tiene seguro de compensación para trabajadores pagado por nosotros.",
        ),
        (
            "Leaving the job / Dejar el trabajo",
            "If you miss 5 days in a row without permission, it counts as abandoning the job. "
            "We can dismiss a worker for serious cause, such as violence or theft.",
            "Si falta 5 días seguidos sin permiso, se considera abandono del trabajo. Podemos "
            "despedir a un trabajador por causa grave, como violencia o robo.",
        ),
        (
            "Your rights / Sus derechos",
            "No fee, deposit or payment of any kind will be charged to you by us or by anyone "
            "recruiting for us. We never keep your passport. You can complain without losing "
            "your job.",
            "Ni nosotros ni nadie que reclute para nosotros le cobrará cuota, depósito ni pago "
            "de ningún tipo. Nunca guardamos su pasaporte. Puede quejarse sin perder su trabajo.",
        ),
    ]
    for t, en, es in items2:
        block(t, en, es)
    pdf.ln(4)
    pdf.para("Carol Ann Mercer, Farm Manager / Gerente de la finca", size=9.5)
    label = {
        "program": "h2a",
        "language": "en+es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": ["contract_impossibility"],
        "recruiters": [],
        "traps": [
            "'deposit them in the lugs' is a job duty",
            "optional meal service $15.00/day (lawful under the h2a cap)",
            "free housing and free kitchen",
            "bus, road meals and visa fee paid back; free daily van; return bus paid",
            "tools free, no deposit",
            "'No fee, deposit or payment of any kind will be charged' (negated)",
            "never keeps passport; can complain without losing job",
        ],
        "doc_type": "welcome_letter",
        "layout": "letterhead band; bilingual stacked: English paragraph then Spanish italic under each heading",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r11: H-2A worker handbook and terms, English, 2 pages, table + two-column rules
# ---------------------------------------------------------------------------
R11_MEAL = "Meals from the camp kitchen are mandatory and cost $19.75 per day, deducted weekly."
R11_HOLD = "$1.25 of every hour worked is held back by the company and paid out in one lump sum at the end of the season."
R11_GEAR = "Gloves, rain gear and harvest knives are sold at the farm office and the cost comes out of the next paycheck."
R11_GATE = "Camp gates are locked at 9:00 p.m. and no worker may leave the camp on Sundays without the crew leader's permission."


def r11():
    def hdr(pdf):
        pdf.set_font("sans", "B", 8)
        pdf.set_text_color(140, 60, 20)
        pdf.cell(0, 4, "RED CLAY VEGETABLE GROWERS INC. - WORKER HANDBOOK 2026")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(7)

    def ftr(pdf):
        pdf.set_y(-12)
        pdf.set_font("sans", "", 7)
        pdf.cell(0, 4, "Keep this handbook. Page %d/2" % pdf.page_no(), align="C")

    pdf = Doc(header_fn=hdr, footer_fn=ftr, margins=(16, 12, 16))
    pdf.add_page()
    pdf.heading("Part 1. Your job and your pay", size=12)
    pdf.grid(
        [
            ["Topic", "Terms"],
            [
                "Employer",
                "Red Clay Vegetable Growers Inc., 5120 Highway 41 South, Tifton, Georgia 31794",
            ],
            [
                "Work",
                "Harvest bell peppers, yellow squash and cucumbers by hand, fill buckets and "
                "load them on the field trailers",
            ],
            ["Fields", "Company farms in Tift County and Worth County, Georgia"],
            ["Season", "March 30, 2026 to July 10, 2026"],
            ["Hours", "40 hours per week; Monday to Saturday, 7:00 a.m. to 3:30 p.m."],
            [
                "Pay rate",
                "$14.68 per hour. We pay the highest of the AEWR, the prevailing rate or the "
                "minimum wage, and raise pay if the AEWR goes up.",
            ],
            [
                "Payday",
                "Every Friday, with a pay stub showing hours offered and worked, pay and deductions",
            ],
            ["Meals", R11_MEAL],
            ["Deductions", "Federal income tax if requested; meals; work gear (see Part 2)"],
            ["Guarantee", "Work for at least 3/4 of the workdays of the season"],
        ],
        [30, 150],
        size=9,
    )
    pdf.para(
        "Housing in the company camp at 5120 Highway 41 South is provided at no cost. The "
        "company bus takes workers from the camp to the fields every morning and back, free. "
        "Your bus from Nuevo Laredo and travel meals are paid back in the first week, and your "
        "ticket home is paid when you finish the season.",
        size=9.5,
    )
    pdf.para(R11_HOLD, size=9.5)
    pdf.para(
        "If you are absent 5 days in a row without permission, you have abandoned the job. "
        "Fighting, theft or drinking at work are cause for dismissal. If freezing weather, "
        "flood or disease destroys the crop, the company may end the season early and will "
        "pay the 3/4 guarantee to that date and your way home.",
        size=9.5,
    )
    pdf.add_page()
    pdf.heading("Part 2. Camp and work rules", size=12)
    rules = [
        R11_GEAR,
        R11_GATE,
        "Visitors are allowed in the common room from 5:00 to 8:00 p.m.",
        "Keep rooms clean; inspections are on Mondays.",
        "No alcohol in the fields or on the bus.",
        "Report every injury to the crew leader the same day.",
        "Put harvested produce only in company buckets and bins; do not feed culls to animals "
        "near the camp.",
        "Quiet hours are from 10:00 p.m. to 5:00 a.m.",
        "Cooking in the rooms is not allowed; use the camp kitchen meals.",
        "Smoking only outside the buildings.",
    ]
    cols = pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.2, balance=True)
    with cols:
        for i, r in enumerate(rules, 1):
            pdf.set_font("sans", "B", 9.5)
            cols.write(text="Rule %d. " % i)
            pdf.set_font("sans", "", 9.5)
            cols.write(text=r + "\n\n")
    pdf.ln(6)
    pdf.set_font("sans", "I", 8.5)
    pdf.multi_cell(
        0, 4.2, "I received this handbook. Signature: _____________________  Date: ________"
    )
    fees = [
        fee("meal_charge", 1, R11_MEAL, 19.75, "USD"),
        fee("wage_withholding", 1, R11_HOLD, 1.25, "USD"),
        fee("equipment_charge", 2, R11_GEAR),
        fee("movement_restriction", 2, R11_GATE),
    ]
    label = {
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["tools_provided", "workers_compensation", "job_requirements"],
        "recruiters": [],
        "traps": [
            "free camp housing and free daily bus",
            "inbound bus and meals paid back; return paid",
            "'do not feed culls to animals' is a work rule",
            "visitors allowed in common room (not itself a restriction)",
            "meal charge $19.75/day exceeds the $17.00 cap (review finding)",
        ],
        "doc_type": "worker_handbook",
        "layout": "repeated header/footer; gridded two-column terms table (meal charge in a table cell); rules in two text columns",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r12: seasonal work contract, Honduras -> Spain (strawberries), Spanish, generic, compliant
# ---------------------------------------------------------------------------
def r12():
    def ftr(pdf):
        pdf.set_y(-13)
        pdf.set_font("noto", "", 7.5)
        pdf.cell(
            0,
            4,
            "Contrato de temporada 2026 - Frutas Marismas de Lepe S.L. - pág. %d" % pdf.page_no(),
            align="C",
        )

    pdf = Doc(fmt="A4", footer_fn=ftr, margins=(22, 16, 22))
    pdf.base_font = "noto"
    pdf.add_page()
    pdf.set_font("noto", "B", 13)
    pdf.multi_cell(
        0,
        6,
        "CONTRATO DE TRABAJO DE TEMPORADA\n(contratación en origen)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("noto", "", 9.5)
    with pdf.table(
        col_widths=(45, 120),
        borders_layout="NONE",
        first_row_as_headings=False,
        line_height=4.8,
        v_align="TOP",
        text_align="LEFT",
    ) as t:
        for k, v in [
            (
                "Empresa:",
                "Frutas Marismas de Lepe S.L., CIF B21774410, Camino de los Huertos 14, 21440 "
                "Lepe (Huelva), España",
            ),
            (
                "Trabajadora:",
                "Dania Yamileth Orellana Funes, pasaporte hondureño F118203, con domicilio en "
                "La Esperanza, Intibucá, Honduras",
            ),
            ("Puesto:", "Peona agrícola de recolección"),
            ("Centro de trabajo:", "Finca Los Huertos, Camino de los Huertos 14, Lepe (Huelva)"),
        ]:
            r = t.row()
            r.cell(k)
            r.cell(v)
    pdf.ln(3)
    cl = [
        (
            "Primera. Tareas.",
            "Recolectar fresas y arándanos, depositar las fresas en las cajas "
            "sin golpearlas, llevar las cajas al punto de carga y limpiar los pasillos del "
            "invernadero.",
        ),
        ("Segunda. Duración.", "Del 9 de febrero al 12 de junio de 2026."),
        (
            "Tercera. Jornada.",
            "39 horas semanales, de lunes a sábado, de 7:30 a 14:00, con un "
            "descanso de 20 minutos.",
        ),
        (
            "Cuarta. Salario.",
            "61,00 euros brutos por jornada, según el convenio colectivo del "
            "campo de Huelva. Las horas extraordinarias se pagan a 9,75 euros.",
        ),
        (
            "Quinta. Pago.",
            "Mensual, por transferencia bancaria a la cuenta de la trabajadora, "
            "antes del día 5 del mes siguiente, con nómina detallada.",
        ),
        (
            "Sexta. Descuentos.",
            "Solo las retenciones de ley: la cotización de la trabajadora a la "
            "Seguridad Social y la retención del IRPF. No se descuenta nada por alojamiento, "
            "transporte, herramientas ni gestión del contrato.",
        ),
    ]
    for head, body in cl:
        pdf.set_font("noto", "B", 10)
        pdf.write(5, head + " ")
        pdf.set_font("noto", "", 10)
        pdf.write(5, body)
        pdf.ln(7)
    cl2 = [
        (
            "Séptima. Viajes.",
            "La empresa paga el visado, el billete de avión de ida de "
            "Tegucigalpa a Sevilla, el autobús hasta Lepe y el viaje de vuelta a Tegucigalpa al "
            "terminar la temporada.",
        ),
        (
            "Octava. Alojamiento.",
            "Alojamiento gratuito en las casas de la finca, con luz, agua y "
            "gas incluidos. La trabajadora puede entrar y salir libremente y recibir visitas.",
        ),
        (
            "Novena. Seguro y salud.",
            "La empresa da de alta a la trabajadora en la Seguridad "
            "Social desde el primer día y paga el seguro médico del viaje.",
        ),
        (
            "Décima. Documentos.",
            "La trabajadora conserva siempre su pasaporte y su tarjeta de identidad de extranjero.",
        ),
        (
            "Undécima. Gratuidad.",
            "La selección la hizo la Secretaría de Trabajo de Honduras. "
            "Ninguna persona o agencia puede cobrarle por este empleo; si alguien se lo pide, "
            "avise a la empresa o a la Inspección de Trabajo.",
        ),
        (
            "Duodécima. Fin del contrato.",
            "El contrato termina al acabar la temporada o por las "
            "causas del Estatuto de los Trabajadores (despido disciplinario, causas objetivas o "
            "dimisión con 15 días de aviso). Si la empresa lo termina antes de tiempo, paga el "
            "viaje de vuelta.",
        ),
    ]
    for head, body in cl2:
        pdf.set_font("noto", "B", 10)
        pdf.write(5, head + " ")
        pdf.set_font("noto", "", 10)
        pdf.write(5, body)
        pdf.ln(7)
    pdf.ln(8)
    pdf.set_font("noto", "", 9.5)
    pdf.cell(85, 5, "Por la empresa: Manuel Carrasco Vélez")
    pdf.cell(0, 5, "La trabajadora: Dania Y. Orellana Funes", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "En Tegucigalpa, a 20 de noviembre de 2025")
    label = {
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'depositar las fresas en las cajas' is a job duty",
            "statutory deductions: Social Security and IRPF",
            "no deductions for housing, transport, tools or contract management (negated)",
            "employer pays visa, flights, bus and return",
            "free housing with utilities; free to come and go",
            "worker keeps passport",
            "nobody may charge for this job; selection by Honduran labour ministry (not a recruiter)",
        ],
        "doc_type": "work_contract",
        "layout": "A4; borderless data table; run-in bold clause headings (Primera, Segunda...); repeated footer",
    }
    return pdf, label
