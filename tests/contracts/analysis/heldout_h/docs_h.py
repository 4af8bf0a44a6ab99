"""The twelve heldout_h documents: each builder returns (pdf_bytes, label, strips).

strips: x-ranges (PDF points) of text columns, used by the build to verify quotes that
sit in a column or a table cell (pdfplumber interleaves side-by-side lines otherwise).
"""

from render_h import LEGAL, LETTER, Doc


def fee(category, severity, page, amount, currency, quote, group=None):
    f = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


def label(
    file,
    program,
    language,
    pages,
    fees,
    missing,
    recruiters,
    traps,
    doc_type,
    layout,
    scanned=False,
):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


def page_footer(text):
    def _f(d):
        d.set_y(-40)
        d.set_font("sans", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(d.epw / 2, 10, text)
        d.cell(d.epw / 2, 10, "Hoja %d de {nb}" % d.page_no(), align="R")
        d.set_text_color(0, 0, 0)

    return _f


# ---------------------------------------------------------------------------------------
# h01  H-2A, Mexico (Guanajuato): recruiter services agreement, numbered clauses
# ---------------------------------------------------------------------------------------
def h01():
    d = Doc(LETTER, title="Convenio EAB")
    d.ftr = page_footer("Enlace Agrícola del Bajío, S.C. · Convenio EAB/26/0317")

    def hdr(doc):
        doc.set_font("sans", "B", 8)
        doc.set_text_color(40, 90, 40)
        doc.set_xy(doc.l_margin, 24)
        doc.cell(
            doc.epw,
            10,
            "ENLACE AGRÍCOLA DEL BAJÍO, S.C. — Reclutamiento para temporadas agrícolas",
            align="C",
        )
        doc.set_text_color(0, 0, 0)
        doc.set_y(52)

    d.hdr = hdr
    q_fee = (
        "Por la integración de su expediente y su inclusión en la lista de candidatos, LA PERSONA "
        "TRABAJADORA cubrirá a EL RECLUTADOR la cantidad de $8,500.00 (ocho mil quinientos pesos "
        "00/100 M.N.), en una sola exhibición."
    )
    q_bond = (
        "Como garantía de cumplimiento, LA PERSONA TRABAJADORA firmará un pagaré en blanco a favor "
        "de EL RECLUTADOR, que le será devuelto a su regreso."
    )
    q_pen = (
        "Si LA PERSONA TRABAJADORA abandona el empleo antes del 20 de noviembre de 2026, pagará a EL "
        "RECLUTADOR una pena convencional de veinte mil pesos, que podrá hacerse efectiva con el "
        "pagaré mencionado."
    )
    d.add_page()
    d.heading("CONVENIO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO", size=13, align="C", gap=2)
    d.para(
        "Programa de trabajadores agrícolas temporales H-2A · Temporada 2026",
        size=9.5,
        align="C",
        gap=10,
    )
    d.para(
        "En Dolores Hidalgo Cuna de la Independencia Nacional, Guanajuato, a 9 de febrero de 2026, "
        "comparecen por una parte Enlace Agrícola del Bajío, S.C., representada por su gerente, el "
        'Ing. Rogelio Cabrera Anaya (en lo sucesivo, "EL RECLUTADOR"), y por la otra el C. Fermín '
        'Ávila Tovar (en lo sucesivo, "LA PERSONA TRABAJADORA"), al tenor de las declaraciones y '
        "cláusulas siguientes.",
        size=10,
    )
    d.heading("DECLARACIONES", size=10.5)
    d.para(
        "I. EL RECLUTADOR declara que cuenta con inscripción vigente en el Registro de Agencias de "
        "Colocación con folio RACT-GTO-1142 y que actúa por encargo de Blue Ridge Orchard Partners LLC "
        '(en lo sucesivo, "LA EMPRESA"), con domicilio en 2750 Apple Valley Road, Hendersonville, '
        "Carolina del Norte 28792, Estados Unidos de América.",
        size=10,
    )
    d.para(
        "II. LA PERSONA TRABAJADORA declara ser mayor de edad, originaria de la comunidad de La "
        "Quemada, municipio de Dolores Hidalgo, y haber trabajado al menos dos temporadas en huertos "
        "de frutales.",
        size=10,
    )
    d.para(
        "III. Ambas partes reconocen que la expedición de la visa depende exclusivamente del "
        "Consulado de los Estados Unidos y que este convenio no la garantiza.",
        size=10,
        gap=8,
    )
    d.heading("CLÁUSULAS", size=10.5)
    d.para(
        "PRIMERA. Objeto. EL RECLUTADOR se obliga a integrar el expediente de LA PERSONA TRABAJADORA, "
        "a presentarla ante LA EMPRESA y a acompañarla en los trámites consulares para el puesto que "
        "se describe en la cláusula segunda.",
        size=10,
    )
    d.para("SEGUNDA. Condiciones de la oferta de LA EMPRESA.", size=10, style="B", gap=2)
    items = [
        "a) Puesto: trabajador agrícola de huerto. Tareas: cosecha de manzana a mano con escalera y "
        "bolsa de recolección, acarreo de la fruta a los contenedores y poda ligera al final de la "
        "temporada.",
        "b) Requisitos: 18 años cumplidos, experiencia mínima de tres meses en cosecha de fruta y "
        "capacidad para subir escaleras de 3 metros y cargar 20 kilos.",
        "c) Lugar de trabajo: huertos de LA EMPRESA en los condados de Henderson y Polk, Carolina del Norte.",
        "d) Duración: del 3 de agosto al 20 de noviembre de 2026.",
        "e) Jornada: 40 horas por semana, de lunes a sábado, de 7:00 a 15:00 horas con media hora de comida.",
        "f) Salario: 16.33 dólares por hora, o 1.10 dólares por bushel cosechado cuando el pago por "
        "pieza resulte mayor.",
        "g) Ajustes: si durante la temporada entra en vigor un salario mínimo federal o estatal, o un "
        "AEWR, más alto, LA EMPRESA pagará siempre el salario más alto aplicable.",
        "h) Pago: semanal, cada viernes, mediante cheque o depósito en la cuenta bancaria que elija "
        "LA PERSONA TRABAJADORA.",
    ]
    for it in items:
        d.para(it, size=9.8, indent=14, gap=2)
    d.add_page()
    items2 = [
        "i) Descuentos: solo los impuestos que la ley obliga a retener y los que LA PERSONA "
        "TRABAJADORA autorice por escrito para su propio beneficio.",
        "j) Vivienda: gratuita, en el campamento de LA EMPRESA ubicado en 118 Orchard Lane, "
        "Hendersonville, con camas, regaderas, lavadoras y cocina.",
        "k) Alimentos: cocina equipada sin costo, con estufas y refrigeradores, para que LA PERSONA "
        "TRABAJADORA prepare sus propios alimentos.",
        "l) Viaje de ida: LA EMPRESA reembolsa el autobús de Dolores Hidalgo a Hendersonville y los "
        "alimentos del camino a más tardar al cumplirse la mitad del contrato.",
        "m) Viaje de regreso: LA EMPRESA paga el regreso a Dolores Hidalgo al terminar el contrato.",
        "n) Transporte diario: gratuito, en camionetas de LA EMPRESA, del campamento a los huertos.",
        "o) Herramientas: escaleras, bolsas de recolección y cubetas, sin costo y sin depósito.",
        "p) Seguro de riesgos de trabajo (workers' compensation) contratado y pagado por LA EMPRESA.",
        "q) Terminación: LA EMPRESA solo puede despedir por causa justificada; si LA PERSONA "
        "TRABAJADORA falta cinco días hábiles seguidos sin avisar, se considera que abandonó el empleo "
        "y pierde el derecho al pago del regreso.",
        "r) Imposibilidad: si una helada, granizada, incendio u otra causa ajena a las partes impide "
        "continuar la cosecha, LA EMPRESA podrá terminar el contrato y pagará lo trabajado y el viaje "
        "de regreso.",
    ]
    for it in items2:
        d.para(it, size=9.8, indent=14, gap=2)
    d.ln(4)
    d.para(
        "TERCERA. Visa. Los derechos de la visa H-2A y los gastos de la cita consular los cubre "
        "LA EMPRESA; LA PERSONA TRABAJADORA no adelanta dinero por ese concepto.",
        size=10,
    )
    d.para("CUARTA. Contraprestación. " + q_fee, size=10)
    d.para(
        "QUINTA. Documentos. LA PERSONA TRABAJADORA conserva en todo momento su pasaporte, su visa y "
        "su credencial para votar.",
        size=10,
    )
    d.para("SEXTA. Garantía. " + q_bond, size=10)
    d.add_page()
    d.para("SÉPTIMA. Incumplimiento. " + q_pen, size=10)
    d.para(
        "OCTAVA. Comunicación. EL RECLUTADOR enviará a LA PERSONA TRABAJADORA por mensaje de texto las "
        "fechas de la cita consular y de salida, con al menos diez días de anticipación.",
        size=10,
    )
    d.para(
        "NOVENA. Jurisdicción. Para la interpretación y cumplimiento de este convenio las partes se "
        "someten a los tribunales competentes de la ciudad de Guanajuato, renunciando a cualquier otro "
        "fuero.",
        size=10,
    )
    d.para(
        "Leído que fue el presente convenio, lo firman por duplicado al margen y al calce.", size=10
    )
    d.signatures(
        ("Ing. Rogelio Cabrera Anaya", "EL RECLUTADOR"),
        ("Fermín Ávila Tovar", "LA PERSONA TRABAJADORA"),
    )
    d.fingerprint_box("Huella del pulgar derecho")
    lab = label(
        "h01.pdf",
        "h2a",
        "es",
        3,
        [
            fee("recruitment_fee", "violation", 2, 8500.0, "MXN", q_fee),
            fee("deposit_or_bond", "violation", 2, None, None, q_bond),
            fee("breach_penalty", "violation", 3, 20000.0, "MXN", q_pen),
        ],
        ["three_fourths_guarantee", "earnings_statements"],
        ["Enlace Agrícola del Bajío, S.C."],
        [
            "visa and consular costs paid by the employer (no advance)",
            "free housing (h2a) and free equipped kitchen",
            "inbound bus and meals on the road reimbursed by mid-contract",
            "tools free, no deposit",
            "pay by cheque or 'depósito' to the worker's own account (not a deposit/bond)",
            "worker keeps passport, visa and voter card",
            "losing return-trip pay on abandonment is lawful termination text",
            "amount in figures and in words (ocho mil quinientos pesos 00/100 M.N.)",
        ],
        "recruiter_agreement",
        "single column legal agreement; DECLARACIONES / CLÁUSULAS; lettered offer items; header and page footer repeated; signatures and fingerprint box",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h02  H-2B, Guatemala (Quetzaltenango): WhatsApp broadcast flyer
# ---------------------------------------------------------------------------------------
def h02():
    d = Doc((400, 1060), margins=(22, 20, 22), bottom=20, title="Oportunidades Norte Xela")
    d.add_page()
    d.set_fill_color(236, 229, 221)
    d.rect(0, 0, d.w, d.h, style="F")
    d.set_fill_color(7, 94, 84)
    d.rect(0, 0, d.w, 58, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 13)
    d.set_xy(22, 12)
    d.cell(300, 16, "Oportunidades Norte Xela")
    d.set_font("sans", "", 8.5)
    d.set_xy(22, 31)
    d.cell(300, 12, "Lista de difusión · 214 destinatarios")
    d.set_text_color(0, 0, 0)
    d.set_y(72)
    d.set_font("sans", "", 8)
    d.set_fill_color(225, 242, 251)
    d.set_x(140)
    d.cell(120, 14, "LUNES", align="C", fill=True)
    d.set_y(96)
    q_fee = "Para apartar su lugar: Q3,500 en efectivo en nuestra oficina de la 4a. calle, zona 1."
    q_med = "Examen médico con nuestro doctor: Q650."
    q_visa = "La cita en la embajada (US$205) la paga cada quien y no se devuelve."
    d.bubble(
        "*** VISA H-2B TEMPORADA 2026 ***\n"
        "Se buscan 40 hombres para una empresa de jardinería en San Antonio, Texas.\n"
        "Trabajo: cortar grama, sembrar plantas y flores, podar arbustos y limpiar jardines de casas y oficinas.\n"
        "Temporada: del 1 de abril al 15 de noviembre de 2026.\n"
        "Pago: $15.80 la hora, cada semana.\n"
        "Horario: 40 horas a la semana, de lunes a viernes.",
        width=330,
        time="7:41",
        bold_first_line=True,
    )
    d.bubble(
        "COSTOS PARA EL INTERESADO\n" + q_fee + "\n" + q_med + "\n" + q_visa,
        width=330,
        time="7:42",
        bold_first_line=True,
    )
    d.bubble(
        "Solo mayores de 21 años con experiencia comprobable en jardinería.", width=330, time="7:42"
    )
    d.bubble("Y el pasaje??", side="R", fill=(220, 248, 198), width=150, time="8:15")
    d.bubble(
        "El boleto de avión y la comida del viaje los paga la empresa, usted no pone nada para el viaje de ida.",
        width=300,
        time="8:19",
    )
    d.bubble("Hay que llevar herramienta?", side="R", fill=(220, 248, 198), width=170, time="8:24")
    d.bubble(
        "No, la empresa da las podadoras, los guantes y los lentes sin cobrar nada.",
        width=300,
        time="8:26",
    )
    d.bubble(
        "Cupo limitado. Informes al 5512-4471 o en la oficina de lunes a sábado de 8 a 17 h.",
        width=330,
        time="8:30",
    )
    lab = label(
        "h02.pdf",
        "h2b",
        "es",
        1,
        [
            fee("recruitment_fee", "violation", 1, 3500.0, "GTQ", q_fee),
            fee("medical_cost", "violation", 1, 650.0, "GTQ", q_med),
            fee("visa_cost", "violation", 1, 205.0, "USD", q_visa),
        ],
        [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Oportunidades Norte Xela"],
        [
            "flight and travel food paid by the company ('usted no pone nada')",
            "tools, gloves and glasses given 'sin cobrar nada'",
            "employer not named (only 'una empresa de jardinería')",
            "three costs in one bubble under a COSTOS heading",
        ],
        "whatsapp_flyer",
        "WhatsApp broadcast (tall page, chat bubbles, questions and answers)",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h03  H-2A, bilingual EN | ES side by side, compliant (Georgia blueberries, Zacatecas)
# ---------------------------------------------------------------------------------------
H03_ROWS = [
    (
        "1. Employer. Satilla River Produce LLC, 4410 Old Patterson Road, Alma, Georgia 31510, USA.",
        "1. Empleador. Satilla River Produce LLC, 4410 Old Patterson Road, Alma, Georgia 31510, EE. UU.",
    ),
    (
        "2. Recruiting. Workers in Mexico are recruited by Reclutamiento Agrícola Zacatecano, S.C., "
        "whose services are paid by the employer. No recruitment fee will be charged to you, and no one "
        "may ask you for money to be hired.",
        "2. Reclutamiento. Los trabajadores en México son reclutados por Reclutamiento Agrícola "
        "Zacatecano, S.C., cuyos servicios paga el empleador. No se le cobrará ninguna cuota de "
        "reclutamiento y nadie puede pedirle dinero para contratarlo.",
    ),
    (
        "3. Job. Farmworker, blueberries: hand-harvest ripe berries into picking buckets, deposit full "
        "buckets at the field weigh station, and pull weeds between rows.",
        "3. Puesto. Trabajador agrícola de arándano: cosechar a mano la fruta madura en cubetas, "
        "depositar las cubetas llenas en la báscula del campo y arrancar hierba entre los surcos.",
    ),
    (
        "4. Place of work. The employer's blueberry fields in Bacon and Pierce Counties, Georgia.",
        "4. Lugar de trabajo. Los campos de arándano del empleador en los condados de Bacon y Pierce, Georgia.",
    ),
    (
        "5. Period. From April 6, 2026 to July 24, 2026.",
        "5. Duración. Del 6 de abril al 24 de julio de 2026.",
    ),
    (
        "6. Hours. 40 hours per week, Monday to Saturday, starting at 7:00 a.m.",
        "6. Horario. 40 horas por semana, de lunes a sábado, con entrada a las 7:00 a. m.",
    ),
    (
        "7. Wage. $14.68 per hour, or $0.60 per pound picked when the piece rate gives more.",
        "7. Salario. $14.68 por hora, o $0.60 por libra cosechada cuando el pago por pieza da más.",
    ),
    (
        "8. Wage adjustments. The employer pays the highest of the AEWR, the prevailing wage and the "
        "federal or state minimum wage in force at any time during the contract.",
        "8. Ajustes. El empleador paga el más alto entre el AEWR, el salario prevaleciente y el salario "
        "mínimo federal o estatal vigente en cualquier momento del contrato.",
    ),
    (
        "9. Payday. Every week, on Friday.",
        "9. Día de pago. Cada semana, los viernes.",
    ),
    (
        "10. Pay statements. With each payment you receive a written statement of hours worked, pounds "
        "picked, rates, gross pay and every deduction.",
        "10. Talón de pago. Con cada pago recibe una hoja por escrito con las horas trabajadas, las "
        "libras cosechadas, las tarifas, el pago bruto y cada descuento.",
    ),
    (
        "11. Deductions. Federal and state income tax only if you ask for it in writing, and the meal "
        "charge in item 14. No other deductions are made.",
        "11. Descuentos. Impuesto federal y estatal sobre la renta solo si usted lo pide por escrito, y "
        "el cobro de comidas del punto 14. No se hace ningún otro descuento.",
    ),
    (
        "12. Three-fourths guarantee. The employer guarantees you work or pay for at least three-fourths "
        "of the workdays of the contract period.",
        "12. Garantía de tres cuartas partes. El empleador le garantiza trabajo o pago por al menos tres "
        "cuartas partes de los días laborables del contrato.",
    ),
    (
        "13. Housing. Free housing at the company camp, 4420 Old Patterson Road, Alma: no rent, no "
        "deposit and no utility charges. You are free to come and go.",
        "13. Vivienda. Vivienda gratuita en el campamento de la empresa, 4420 Old Patterson Road, Alma: "
        "sin renta, sin depósito y sin cobro de luz ni agua. Puede entrar y salir libremente.",
    ),
    (
        "14. Meals. Three meals a day are served in the camp dining hall for $14.50 per day, below the "
        "maximum set by the Department of Labor.",
        "14. Comidas. Se sirven tres comidas al día en el comedor del campamento por $14.50 diarios, "
        "menos del máximo fijado por el Departamento del Trabajo.",
    ),
    (
        "15. Trip to the job. Your bus fare from Zacatecas to Alma and your meals on the road are "
        "reimbursed in full with your first paycheck.",
        "15. Viaje de ida. El autobús de Zacatecas a Alma y sus comidas en el camino se le reembolsan "
        "completos con su primer cheque.",
    ),
    (
        "16. Trip home. When the contract ends, the employer pays your bus back to Zacatecas and your "
        "meals on the road.",
        "16. Viaje de regreso. Al terminar el contrato, el empleador paga su autobús de regreso a "
        "Zacatecas y sus comidas en el camino.",
    ),
    (
        "17. Daily transport. Free, in company buses, from the camp to the fields and back.",
        "17. Transporte diario. Gratuito, en autobuses de la empresa, del campamento al campo y de regreso.",
    ),
    (
        "18. Visa. The employer pays all visa, consular and border-crossing fees directly.",
        "18. Visa. El empleador paga directamente todas las cuotas de visa, consulado y cruce fronterizo.",
    ),
    (
        "19. Tools. Buckets, picking belts, gloves and rain gear are provided free of charge, with no deposit.",
        "19. Herramientas. Cubetas, cinturones de cosecha, guantes e impermeables se entregan gratis y sin depósito.",
    ),
    (
        "20. Injury insurance. You are covered by workers' compensation insurance paid by the employer.",
        "20. Seguro por accidentes. Usted está cubierto por un seguro de compensación laboral pagado por el empleador.",
    ),
    (
        "21. Termination. You may be dismissed only for lawful job-related cause. Five consecutive "
        "workdays of absence without notice are treated as abandonment of the job.",
        "21. Terminación. Solo puede ser despedido por causa justificada relacionada con el trabajo. "
        "Cinco días laborables seguidos de ausencia sin aviso se consideran abandono del empleo.",
    ),
    (
        "22. If work becomes impossible. If a hurricane, flood, freeze or other act of God ends the "
        "work early, the employer pays at least three-fourths of the hours for the period worked and your trip home.",
        "22. Si el trabajo se vuelve imposible. Si un huracán, inundación, helada u otro caso fortuito "
        "termina el trabajo antes, el empleador paga al menos tres cuartas partes de las horas del "
        "periodo trabajado y su viaje de regreso.",
    ),
    (
        "23. Your documents. You keep your passport and visa at all times.",
        "23. Sus documentos. Usted guarda su pasaporte y su visa en todo momento.",
    ),
    (
        "24. Complaints. You may complain to the Department of Labor or your consulate; you will not be "
        "punished or put on any list for doing so.",
        "24. Quejas. Puede quejarse ante el Departamento del Trabajo o su consulado; no será castigado "
        "ni puesto en ninguna lista por hacerlo.",
    ),
]


def h03():
    d = Doc(LETTER, margins=(48, 50, 48), bottom=56, title="Satilla River Produce job offer")

    def hdr(doc):
        doc.set_fill_color(52, 70, 140)
        doc.rect(0, 0, doc.w, 34, style="F")
        doc.set_text_color(255, 255, 255)
        doc.set_font("sans", "B", 9)
        doc.set_xy(doc.l_margin, 12)
        doc.cell(
            doc.epw, 10, "SATILLA RIVER PRODUCE LLC  ·  H-2A 2026  ·  Job offer / Oferta de empleo"
        )
        doc.set_text_color(0, 0, 0)
        doc.set_y(50)

    def ftr(doc):
        doc.set_y(-36)
        doc.set_font("sans", "", 7.5)
        doc.cell(doc.epw, 10, "Page / Página %d of / de {nb}" % doc.page_no(), align="C")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.set_font("sans", "B", 10.5)
    half = d.epw / 2
    d.cell(half, 14, "ENGLISH")
    d.cell(half, 14, "ESPAÑOL", new_x="LMARGIN", new_y="NEXT")
    d.rule(gap=4)
    d.grid(H03_ROWS, (1, 1), size=8.8, header=False, layout="NONE", lh=11.5)
    d.para(
        "I have received this offer in Spanish, a language I understand. / He recibido esta oferta en "
        "español, un idioma que entiendo.",
        size=8.5,
        style="I",
    )
    d.signatures(
        ("Worker / Trabajador", "Name and date / Nombre y fecha"),
        ("Satilla River Produce LLC", "Farm manager / Gerente"),
    )
    lab = label(
        "h03.pdf",
        "h2a",
        "en+es",
        2,
        [],
        ["job_requirements"],
        ["Reclutamiento Agrícola Zacatecano, S.C."],
        [
            "recruiter paid by the employer; 'No recruitment fee will be charged' (negated)",
            "'deposit full buckets' is a job duty, not a deposit",
            "free housing with 'no deposit' (negated)",
            "lawful h2a meal charge $14.50/day, below the $17.00 cap",
            "meal charge listed as a deduction (lawful)",
            "inbound trip reimbursed with first paycheck",
            "employer pays all visa, consular and border-crossing fees",
            "tools free, no deposit",
            "worker keeps passport; no list for complaints (negated blacklisting)",
        ],
        "job_order",
        "bilingual EN | ES side by side in a borderless two-column table; coloured header band repeated; centered page footer",
    )
    half_x = 48 + (612 - 96) / 2
    return d.to_bytes(), lab, [(0, half_x), (half_x, 612)]


# ---------------------------------------------------------------------------------------
# h04  H-2B, Honduras (San Pedro Sula): recruitment contract, legal size, serif
# ---------------------------------------------------------------------------------------
def h04():
    d = Doc(LEGAL, margins=(66, 60, 66), bottom=70, title="Contrato SLIVS")

    def hdr(doc):
        doc.set_font("serif", "B", 9)
        doc.set_xy(doc.l_margin, 26)
        doc.cell(
            doc.epw,
            11,
            "SERVICIOS LABORALES INTERNACIONALES DEL VALLE DE SULA, S. DE R.L.",
            align="C",
        )
        doc.set_font("serif", "", 7.5)
        doc.set_xy(doc.l_margin, 38)
        doc.cell(
            doc.epw,
            10,
            "Barrio Río de Piedras, 7a. avenida, San Pedro Sula, Cortés · Tel. 2550-3318",
            align="C",
        )
        doc.set_draw_color(0, 0, 0)
        doc.line(doc.l_margin, 52, doc.w - doc.r_margin, 52)
        doc.set_y(64)

    def ftr(doc):
        doc.set_y(-44)
        doc.set_font("serif", "I", 8)
        doc.cell(
            doc.epw,
            10,
            "Contrato SLIVS-H2B-0092-2026 · Página %d de {nb} · Rubrica: ______" % doc.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    q_fee = (
        "EL TRABAJADOR pagará a LA AGENCIA la suma de VEINTICINCO MIL LEMPIRAS (L 25,000.00) en "
        "concepto de honorarios de colocación, la mitad al firmar este contrato y la otra mitad antes "
        "de la entrevista consular."
    )
    q_loan = (
        "Si EL TRABAJADOR no cuenta con esos fondos, LA AGENCIA le prestará el monto con un interés del "
        "cinco por ciento mensual, y el saldo se le rebajará de cada cheque semanal en los Estados Unidos."
    )
    q_travel = (
        "El valor del boleto aéreo San Pedro Sula–Nueva Orleans se descontará a EL TRABAJADOR de sus "
        "primeras seis semanas de salario."
    )
    q_doc = (
        "Desde la firma de este contrato hasta el día del embarque, el pasaporte de EL TRABAJADOR "
        "quedará bajo custodia de LA AGENCIA."
    )
    q_move = (
        "En los Estados Unidos, EL TRABAJADOR no podrá salir del alojamiento después de las nueve de la "
        "noche ni durante los domingos sin autorización escrita del capataz."
    )
    S = 10.3
    d.add_page()
    d.heading(
        "CONTRATO DE RECLUTAMIENTO Y COLOCACIÓN PARA EMPLEO TEMPORAL H-2B",
        size=12,
        font="serif",
        align="C",
        gap=10,
    )
    d.para(
        "Nosotros, SERVICIOS LABORALES INTERNACIONALES DEL VALLE DE SULA, S. DE R.L., sociedad "
        'hondureña representada por la señora Dilcia Marisol Paz Zelaya, en adelante "LA AGENCIA", y '
        "el señor Kevin Josué Banegas Orellana, mayor de edad, soldador, con Documento Nacional de "
        'Identificación número 0501-1994-08812, vecino de Choloma, Cortés, en adelante "EL '
        'TRABAJADOR", hemos convenido celebrar el presente contrato, que se regirá por las '
        "cláusulas siguientes:",
        size=S,
        font="serif",
        align="J",
    )
    clauses = [
        (
            "PRIMERO: EMPLEADOR.",
            "LA AGENCIA recluta por cuenta de Gulf Coast Marine Fabricators Inc., con domicilio en 1820 "
            'Shipyard Drive, Houma, Louisiana 70363, Estados Unidos de América, en adelante "LA EMPRESA".',
        ),
        (
            "SEGUNDO: PUESTO Y REQUISITOS.",
            "EL TRABAJADOR se desempeñará como ayudante de soldador: preparar y esmerilar piezas de "
            "acero, cargar material y asistir al soldador en la construcción y reparación de barcazas. Se "
            "requiere certificado de soldadura básica del INFOP o seis meses de experiencia comprobada en "
            "taller.",
        ),
        (
            "TERCERO: LUGAR Y DURACIÓN.",
            "El trabajo se realizará en el astillero de LA EMPRESA en Houma, Louisiana, del 2 de marzo al "
            "18 de diciembre de 2026.",
        ),
        (
            "CUARTO: JORNADA.",
            "Cuarenta horas semanales, de lunes a viernes, de 6:00 a 14:30 horas, con treinta minutos "
            "para almorzar.",
        ),
        (
            "QUINTO: SALARIO.",
            "LA EMPRESA pagará diecinueve dólares con cuarenta y cinco centavos (US$19.45) por hora. Si "
            "durante el contrato aumenta el salario prevaleciente o el salario mínimo federal, estatal o "
            "local, LA EMPRESA pagará el que resulte más alto.",
        ),
        (
            "SEXTO: PAGO Y COMPROBANTES.",
            "El salario se paga cada semana, los jueves, y con cada pago EL TRABAJADOR recibe un "
            "comprobante con las horas trabajadas, la tarifa, el total ganado y cada deducción.",
        ),
        (
            "SÉPTIMO: DEDUCCIONES.",
            "LA EMPRESA retendrá los impuestos federales y estatales, el Seguro Social y Medicare (FICA). "
            + q_travel,
        ),
        (
            "OCTAVO: VISA Y REGRESO.",
            "LA EMPRESA reembolsará en la primera semana de trabajo la cuota de la visa y la cuota de "
            "cruce fronterizo, y pagará el pasaje de regreso a San Pedro Sula al terminar el contrato.",
        ),
        (
            "NOVENO: HERRAMIENTAS Y ALOJAMIENTO.",
            "LA EMPRESA entrega sin costo el casco, la careta, los guantes y las herramientas de trabajo, y "
            "ofrece alojamiento sin costo en 40 Bayou Lane, Houma.",
        ),
        ("DÉCIMO: HONORARIOS.", q_fee + " " + q_loan),
    ]
    for head, body in clauses[:8]:
        d.para(head + " " + body, size=S, font="serif", align="L", gap=5)
    d.add_page()
    for head, body in clauses[8:]:
        d.para(head + " " + body, size=S, font="serif", align="L", gap=5)
    more = [
        ("DÉCIMO PRIMERO: DOCUMENTOS.", q_doc),
        ("DÉCIMO SEGUNDO: CONDUCTA.", q_move),
        (
            "DÉCIMO TERCERO: TERMINACIÓN.",
            "LA EMPRESA podrá despedir a EL TRABAJADOR por causa justificada, como faltas graves a la "
            "seguridad o cinco días consecutivos de ausencia sin aviso, lo que se tendrá por abandono del "
            "empleo; en ese caso LA EMPRESA no pagará el pasaje de regreso.",
        ),
        (
            "DÉCIMO CUARTO: JURISDICCIÓN.",
            "Para lo no previsto, las partes se someten a los juzgados de letras del trabajo de San Pedro Sula.",
        ),
    ]
    for head, body in more:
        d.para(head + " " + body, size=S, font="serif", align="L", gap=5)
    d.para(
        "En fe de lo cual firmamos en la ciudad de San Pedro Sula, a los doce días del mes de enero de "
        "dos mil veintiséis.",
        size=S,
        font="serif",
    )
    d.signatures(
        ("Dilcia Marisol Paz Zelaya", "Por LA AGENCIA"),
        ("Kevin Josué Banegas Orellana", "EL TRABAJADOR"),
        gap=60,
    )
    d.fingerprint_box("Huella digital")
    lab = label(
        "h04.pdf",
        "h2b",
        "es",
        2,
        [
            fee("travel_cost", "violation", 1, None, None, q_travel),
            fee("recruitment_fee", "violation", 2, 25000.0, "HNL", q_fee),
            fee("debt_bondage", "violation", 2, None, None, q_loan),
            fee("document_retention", "violation", 2, None, None, q_doc),
            fee("movement_restriction", "violation", 2, None, None, q_move),
        ],
        ["overtime", "three_fourths_guarantee", "inbound_transportation", "contract_impossibility"],
        ["Servicios Laborales Internacionales del Valle de Sula, S. de R.L."],
        [
            "visa and border-crossing fees reimbursed in the first week",
            "return fare paid by the employer",
            "lawful statutory deductions (FICA, income tax) listed next to the unlawful airfare deduction",
            "helmet, mask, gloves and tools free; lodging free",
            "no return fare on abandonment (lawful)",
            "amount in capital words and figures (VEINTICINCO MIL LEMPIRAS (L 25,000.00))",
            "loan to pay the agency fee repaid from US wages with 5% monthly interest",
        ],
        "recruiter_agreement",
        "legal-size; serif; numbered ordinal clauses (PRIMERO ...); letterhead and page footer repeated; signatures and fingerprint box",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h05  H-2A, El Salvador (Chalatenango): selection letter, SCANNED
# ---------------------------------------------------------------------------------------
def h05():
    d = Doc(LETTER, margins=(70, 56, 70), bottom=70, title="Carta ACN")

    def ftr(doc):
        doc.set_y(-46)
        doc.set_font("serif", "", 7.5)
        doc.cell(
            doc.epw,
            10,
            "4a. Calle Poniente No. 12, Barrio El Centro, Chalatenango · Tel. 2301-5570 · WhatsApp 7720-1184",
            align="C",
        )

    d.ftr = ftr
    q_fee = (
        "Nuestra cuota por el trámite completo es de $1,200.00 (mil doscientos dólares), que deberá "
        "depositar en la cuenta de la agencia antes del 15 de marzo."
    )
    q_house = "En la granja se le descontarán $55 cada semana por el cuarto y la luz."
    q_hold = (
        "Además, el patrono guardará $40 de cada cheque semanal y se los entregará juntos al terminar la "
        "temporada, para asegurar que usted cumpla."
    )
    q_black = (
        "Si presenta reclamos ante el consulado o el Departamento de Trabajo, su nombre pasará a la "
        "lista negra de las agencias y no volverá a ser contratado."
    )
    S = 10.5
    d.add_page()
    d.set_font("serif", "B", 17)
    d.cell(
        d.epw, 22, "AGENCIA DE EMPLEOS CUSCATLÁN NORTE", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_font("serif", "I", 9)
    d.cell(
        d.epw,
        12,
        "Trabajo temporal en Estados Unidos y Canadá",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.rule(gap=16, color=(0, 0, 0), width=1.2)
    d.para("Chalatenango, 2 de febrero de 2026", size=S, font="serif", align="R", gap=12)
    d.para(
        "Señor\nÓscar Ernesto Alvarado Menjívar\nCantón El Gramal, Nueva Concepción, Chalatenango",
        size=S,
        font="serif",
        gap=10,
    )
    d.para("Asunto: Selección para el programa H-2A 2026", size=S, font="serif", style="B", gap=10)
    d.para("Estimado señor Alvarado:", size=S, font="serif", gap=8)
    d.para(
        "Nos complace comunicarle que ha sido seleccionado para trabajar con Neuse Valley Farms LLC, "
        "905 Pinegrove Road, Wilson, Carolina del Norte 27893, en el programa de visas H-2A. Estas "
        "son las condiciones:",
        size=S,
        font="serif",
        gap=6,
    )
    bullets = [
        "Trabajo: corte y ensarte de hoja de tabaco y cosecha de camote a mano, con carga de cajas al remolque.",
        "Lugar: campos de la granja en el condado de Wilson, Carolina del Norte.",
        "Fechas: del 11 de mayo al 30 de octubre de 2026.",
        "Horario: de lunes a sábado, de 6:00 a 15:00 horas, unas 48 horas por semana.",
        "Pago: $15.81 por hora, cada viernes.",
        "Vivienda: en las casas de la granja, 911 Pinegrove Road, con literas, baño y regadera.",
        "Transporte al campo: todos los días, sin costo, en el bus de la granja.",
        "Viaje: el boleto de avión San Salvador–Raleigh y la comida del viaje los pone la granja; el "
        "regreso también lo paga la granja al final del contrato.",
        "Visa: la cuota consular la paga la granja directamente.",
        "Herramientas: cuchillos, guantes y delantales, los da la granja sin costo.",
        "Descuentos del cheque: impuesto sobre la renta si usted lo pide, el cuarto y la retención que se "
        "explican abajo.",
    ]
    for b in bullets:
        d.para("•  " + b, size=S - 0.5, font="serif", indent=12, gap=3)
    d.add_page()
    d.ln(10)
    d.heading("Lo que usted debe cubrir", size=11, font="serif", gap=6)
    d.para(q_fee + " " + q_house + " " + q_hold, size=S, font="serif", gap=10)
    d.heading("Reglas de la agencia", size=11, font="serif", gap=6)
    d.para(q_black, size=S, font="serif", gap=6)
    d.para(
        "La agencia no se hace responsable si la embajada niega la visa.",
        size=S,
        font="serif",
        gap=10,
    )
    d.para(
        "Preséntese el lunes 9 de marzo a las 8:00 a. m. en nuestra oficina con su DUI, su pasaporte "
        "vigente y dos fotografías tamaño cédula.",
        size=S,
        font="serif",
        gap=24,
    )
    d.para("Atentamente,", size=S, font="serif", gap=44)
    d.para(
        "Licda. Ana Gladis Rivas de Portillo\nDirectora\nAgencia de Empleos Cuscatlán Norte",
        size=S,
        font="serif",
        gap=20,
    )
    d.para(
        "Recibí conforme: ______________________________   Fecha: ____________",
        size=S,
        font="serif",
    )
    lab = label(
        "h05.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 2, 1200.0, "USD", q_fee),
            fee("housing_charge", "violation", 2, 55.0, "USD", q_house),
            fee("wage_withholding", "violation", 2, 40.0, "USD", q_hold),
            fee("blacklisting_threat", "violation", 2, None, None, q_black),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Agencia de Empleos Cuscatlán Norte"],
        [
            "flight, travel food and return paid by the farm",
            "consular fee paid by the farm",
            "free daily bus; free knives, gloves and aprons",
            "worker brings his own passport to the office (not retention)",
            "agency not responsible if the visa is denied (no fee)",
            "USD is El Salvador's currency",
        ],
        "recruiter_letter",
        "letter on letterhead; bulleted conditions; costs and rules as paragraphs on page 2; SCANNED image-only (skewed, noisy)",
        scanned=True,
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h06  H-2B, Mexico (Monterrey): compliant Q&A job offer (amusement park, Ohio)
# ---------------------------------------------------------------------------------------
def h06():
    d = Doc(LETTER, margins=(54, 50, 54), bottom=60, title="Lakeshore preguntas")
    d.ftr = page_footer(
        "Lakeshore Family Amusements Inc. · Oferta H-2B 2026 · Preguntas y respuestas"
    )
    d.add_page()
    d.band(
        "Su oferta de trabajo H-2B, explicada",
        "Lakeshore Family Amusements Inc. · temporada 2026",
        fill=(176, 58, 46),
    )
    d.ln(4)
    rows = [
        ["Concepto", "Detalle"],
        [
            "Empleador",
            "Lakeshore Family Amusements Inc., 2200 Causeway Drive, Sandusky, Ohio 44870, EE. UU.",
        ],
        [
            "Puesto",
            "Operador de atracciones y cajero: operar juegos mecánicos, revisar cinturones y barras de "
            "seguridad, cobrar las entradas y la cuota de estacionamiento a los visitantes.",
        ],
        ["Lugar de trabajo", "Parque Lakeshore, 2200 Causeway Drive, Sandusky, Ohio."],
        ["Periodo", "Del 4 de mayo al 7 de septiembre de 2026."],
        ["Horario", "40 horas por semana, cinco días; turnos de 10:00 a 18:30 o de 14:00 a 22:30."],
        ["Salario", "$16.45 por hora."],
        ["Horas extra", "Tiempo y medio, $24.68 por hora, después de 40 horas en la semana."],
        ["Pago", "Cada dos semanas, por depósito directo a su cuenta o tarjeta de nómina."],
        ["Requisitos", "18 años cumplidos e inglés básico para dar indicaciones al público."],
    ]
    d.grid(rows, (1, 3.2), size=9, bold_first=True)
    qa = [
        (
            "¿Tengo que pagar algo para conseguir este trabajo?",
            "No. Ni la empresa, ni la agencia Talento Temporal del Noreste, S.A. de C.V., ni ningún "
            "intermediario puede cobrarle por reclutarlo, inscribirlo o darle el puesto. La empresa le "
            "paga a la agencia por sus servicios. Si alguien le pide dinero, avísenos al +1 419 555 0182.",
        ),
        (
            "¿Quién paga la visa?",
            "La empresa. En su primer cheque le reembolsa la cuota de la visa y la cuota de cruce "
            "fronterizo que usted haya pagado.",
        ),
        (
            "¿Y el viaje de ida y el de regreso?",
            "La empresa le reembolsa en la primera semana el autobús de Monterrey a Sandusky, el hotel y "
            "la comida del camino. Al terminar el contrato, la empresa le paga el autobús de regreso a "
            "Monterrey y la comida del camino.",
        ),
        (
            "¿Qué me van a descontar?",
            "Solo las deducciones que exige la ley: impuesto federal, impuesto de Ohio, Seguro Social y "
            "Medicare (FICA). No hay ningún otro descuento.",
        ),
        (
            "¿Y si suben los salarios durante la temporada?",
            "Si aumenta el salario prevaleciente o el salario mínimo federal, estatal o local, la empresa "
            "le paga siempre el más alto.",
        ),
        (
            "¿Cuántas horas me garantizan?",
            "La empresa le garantiza trabajo, o el pago, por al menos tres cuartas partes de las horas "
            "ofrecidas en cada periodo de 12 semanas.",
        ),
        (
            "¿Recibo algún comprobante?",
            "Sí. Con cada pago recibe un talón con las horas trabajadas, la tarifa, las horas extra, el "
            "total ganado y cada descuento.",
        ),
        (
            "¿Tengo que comprar uniforme o equipo?",
            "No. La empresa le da uniformes, gorra, radio y chaleco sin costo y sin pedirle depósito.",
        ),
        (
            "¿Dónde voy a vivir?",
            "La empresa ofrece cuartos compartidos sin costo en su dormitorio de 410 Perry Street, "
            "Sandusky. Si prefiere vivir en otro lugar, puede hacerlo.",
        ),
        (
            "¿Quién guarda mi pasaporte?",
            "Usted. Nadie de la empresa ni de la agencia puede quedarse con su pasaporte ni con su visa.",
        ),
        (
            "¿Y si me quiero ir antes?",
            "Puede renunciar cuando quiera sin pagar multa ni penalización. Si renuncia por su cuenta, la "
            "empresa no tiene que pagarle el regreso.",
        ),
        (
            "¿Cuándo me pueden despedir?",
            "Solo por causa justificada, por ejemplo operar un juego sin revisar la seguridad. Si falta "
            "cinco días seguidos sin avisar, se considera que abandonó el empleo.",
        ),
        (
            "¿Qué pasa si el parque tiene que cerrar por una tormenta o un incendio?",
            "Si el cierre hace imposible seguir con el contrato, la empresa puede terminarlo, pero le "
            "paga las tres cuartas partes garantizadas hasta ese día y su viaje de regreso.",
        ),
        (
            "¿Puedo quejarme si algo está mal?",
            "Sí, ante la empresa, el Departamento del Trabajo o su consulado. Nadie lo pondrá en una "
            "lista negra ni le negará otra temporada por quejarse.",
        ),
    ]
    for q, a in qa:
        if d.get_y() > d.h - 120:
            d.add_page()
        d.para(q, size=10, style="B", color=(176, 58, 46), gap=1)
        d.para(a, size=9.6, gap=6)
    lab = label(
        "h06.pdf",
        "h2b",
        "es",
        2,
        [],
        [],
        ["Talento Temporal del Noreste, S.A. de C.V."],
        [
            "'cobrar las entradas y la cuota de estacionamiento a los visitantes' is a job duty",
            "nobody may charge for recruiting or hiring; agency paid by the employer",
            "visa and border-crossing fees reimbursed in the first paycheck",
            "inbound trip reimbursed in the first week; return paid",
            "deductions required by law: FICA and income taxes",
            "uniforms and gear free, no deposit",
            "free dormitory (optional)",
            "quit without fine or penalty (negated breach penalty)",
            "no return pay after voluntary quit (lawful)",
            "no blacklist for complaints (negated)",
            "'depósito directo' is a pay method",
        ],
        "work_contract",
        "plain-language Q&A; coloured title band; gridded summary table at top; page footer repeated",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h07  H-2A, Mexico (Los Altos de Jalisco): Facebook post with comments
# ---------------------------------------------------------------------------------------
def h07():
    d = Doc((460, 1000), margins=(26, 20, 26), bottom=24, title="Publicación Facebook")
    q_pass = "Requisitos: pasaporte vigente (el pasaporte lo saca y lo paga usted), INE y ganas de trabajar."
    q_fee = "Para el trámite son 3 mil pesos nada más, se pagan al apartar su lugar."
    q_train = "El curso de capacitación es obligatorio y cuesta 1 800 pesos (se da en Tepatitlán dos sábados)."
    q_equip = "Los cuchillos, guantes y botas se los dan allá pero se los descuentan, como 35 dólares en el primer cheque."
    d.add_page()
    d.set_fill_color(240, 242, 245)
    d.rect(0, 0, d.w, d.h, style="F")
    d.set_fill_color(24, 119, 242)
    d.rect(0, 0, d.w, 40, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("sans", "B", 15)
    d.set_xy(26, 11)
    d.cell(200, 18, "facebook")
    d.set_text_color(0, 0, 0)
    d.set_fill_color(255, 255, 255)
    d.rect(14, 52, d.w - 28, 560, style="F")
    d.set_fill_color(200, 120, 40)
    d.rect(26, 62, 30, 30, style="F", round_corners=True, corner_radius=15)
    d.set_xy(64, 63)
    d.set_font("sans", "B", 10.5)
    d.cell(300, 13, "Trabajos Visa Campo Los Altos")
    d.set_xy(64, 77)
    d.set_font("sans", "", 8)
    d.set_text_color(100, 100, 100)
    d.cell(300, 11, "12 de enero a las 19:05 · Público")
    d.set_text_color(0, 0, 0)
    d.set_y(104)
    d.para(
        "¡¡ATENCIÓN PAISANOS!! YA SE ABRIÓ LA CONVOCATORIA VISA H2A 2026", size=11, style="B", gap=6
    )
    body = [
        "Trabajo en el campo en Salinas, California: corte y empaque de lechuga y brócoli en el surco.",
        "Del 4 de mayo al 30 de octubre de 2026.",
        "Pagan $19.97 la hora, cheque cada semana.",
        "Jornada de 8 horas, de lunes a sábado.",
        "Casa gratis y transporte al field gratis.",
        q_pass,
        q_fee,
        q_train,
        q_equip,
        "Mándenos inbox o WhatsApp al 378 105 2290. ¡Cupo limitado, no se quede fuera!",
    ]
    for line in body:
        d.para(line, size=10, gap=5)
    d.set_y(566)
    d.set_font("sans", "", 8)
    d.set_text_color(100, 100, 100)
    d.cell(d.epw, 10, "Me gusta 1.2 mil     ·     346 comentarios     ·     97 veces compartido")
    d.set_text_color(0, 0, 0)
    d.set_y(626)
    comments = [
        ("Juan Carlos Ramírez", "y la visa cuanto cuesta??"),
        ("Trabajos Visa Campo Los Altos", "La visa la paga el ranchero, no se preocupe."),
        ("María Guadalupe Ortiz", "aceptan mujeres?"),
        ("Trabajos Visa Campo Los Altos", "Sí, mayores de 18 años."),
        ("Efrén Casillas", "y el pasaje quien lo pone?"),
        ("Trabajos Visa Campo Los Altos", "Eso se platica en la junta informativa del sábado."),
        (
            "Rosa Elvia Gutiérrez",
            "Ojo paisanos, por una visa de trabajo nadie les debe cobrar. Pregunten en el consulado antes de dar dinero.",
        ),
    ]
    for who, txt in comments:
        d.bubble(who + "\n" + txt, fill=(228, 230, 235), size=8.8, width=360, bold_first_line=True)
    lab = label(
        "h07.pdf",
        "h2a",
        "es",
        1,
        [
            fee("visa_cost", "review", 1, None, None, q_pass),
            fee("recruitment_fee", "violation", 1, 3000.0, "MXN", q_fee),
            fee("training_cost", "violation", 1, 1800.0, "MXN", q_train),
            fee("equipment_charge", "violation", 1, 35.0, "USD", q_equip),
        ],
        [
            "employer_identity",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "inbound_transportation",
            "return_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Trabajos Visa Campo Los Altos"],
        [
            "passport paid by the worker: review only under h2a",
            "'La visa la paga el ranchero' (employer pays visa)",
            "free house and free transport to the field",
            "inbound fare dodged ('se platica en la junta'): no term, no finding",
            "a commenter warns that nobody may charge (not a recruiter)",
            "amount as '3 mil pesos'",
        ],
        "facebook_post",
        "Facebook post screenshot (tall page, post card, comment bubbles)",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h08  H-2B, bilingual EN / ES stacked, Honduras -> Mississippi seafood offer letter
# ---------------------------------------------------------------------------------------
def h08():
    d = Doc(LETTER, margins=(58, 50, 58), bottom=62, title="Pascagoula Bay offer")

    def hdr(doc):
        doc.set_font("sans", "B", 8.5)
        doc.set_text_color(10, 60, 110)
        doc.set_xy(doc.l_margin, 24)
        doc.cell(doc.epw, 10, "PASCAGOULA BAY SEAFOOD PROCESSORS LLC")
        doc.set_font("sans", "", 7.5)
        doc.set_xy(doc.l_margin, 24)
        doc.cell(doc.epw, 10, "Offer of Employment / Oferta de empleo · H-2B 2026", align="R")
        doc.set_draw_color(10, 60, 110)
        doc.line(doc.l_margin, 38, doc.w - doc.r_margin, 38)
        doc.set_text_color(0, 0, 0)
        doc.set_draw_color(0, 0, 0)
        doc.set_y(50)

    def ftr(doc):
        doc.set_y(-38)
        doc.set_font("sans", "", 7.5)
        doc.cell(
            doc.epw,
            10,
            "711 Ingalls Avenue, Pascagoula, MS 39567 · Page %d / Página %d"
            % (doc.page_no(), doc.page_no()),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    h_en = "Company housing at 14 Beach Boulevard is available for $85 per week per bed, deducted from each paycheck."
    h_es = "La vivienda de la compañía en 14 Beach Boulevard está disponible por $85 por semana por cama, que se descuentan de cada cheque."
    i_en = "Enrollment in the company health plan is mandatory; the worker's premium of $32.50 per week is withheld from wages."
    i_es = "La inscripción en el plan de salud de la compañía es obligatoria; la prima del trabajador, de $32.50 por semana, se retiene del salario."
    k_en = "Knives, scales or cutting boards lost or broken by the worker will be charged at replacement cost."
    k_es = "Los cuchillos, básculas o tablas de corte que el trabajador pierda o rompa se le cobrarán al costo de reposición."
    b_en = "If you leave before completing 60 days of work, you will pay the company two weeks' wages to cover the cost of replacing you."
    b_es = "Si usted se retira antes de cumplir 60 días de trabajo, pagará a la compañía dos semanas de salario para cubrir el costo de reemplazarlo."
    sections = [
        (
            "1. Employer and recruiter / Empleador y reclutador",
            "Your employer is Pascagoula Bay Seafood Processors LLC, 711 Ingalls Avenue, Pascagoula, "
            "Mississippi 39567. You were recruited in Honduras by Reclutadora Atlántida Empleos, S. de R.L., "
            "La Ceiba.",
            "Su empleador es Pascagoula Bay Seafood Processors LLC, 711 Ingalls Avenue, Pascagoula, "
            "Mississippi 39567. Usted fue reclutado en Honduras por Reclutadora Atlántida Empleos, S. de "
            "R.L., La Ceiba.",
        ),
        (
            "2. Position / Puesto",
            "Seafood processor: peel and devein shrimp, pick crab meat, pack and label containers and clean "
            "the line. Requirements: 18 years or older and able to stand for 8 hours in a cold room; no "
            "experience needed.",
            "Procesador de mariscos: pelar y desvenar camarón, sacar la carne de jaiba, empacar y etiquetar "
            "envases y limpiar la línea. Requisitos: 18 años o más y poder estar de pie 8 horas en un cuarto "
            "frío; no se necesita experiencia.",
        ),
        (
            "3. Place and dates / Lugar y fechas",
            "At the plant, 711 Ingalls Avenue, Pascagoula, from April 13 to November 20, 2026.",
            "En la planta, 711 Ingalls Avenue, Pascagoula, del 13 de abril al 20 de noviembre de 2026.",
        ),
        (
            "4. Hours and pay / Horario y pago",
            "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m. Pay is $13.92 per hour, with "
            "overtime at $20.88 per hour after 40 hours in a week, paid every Friday. If the prevailing "
            "wage or a minimum wage goes up during the season, you will be paid the highest rate.",
            "40 horas por semana, de lunes a viernes, de 6:00 a. m. a 2:30 p. m. El pago es de $13.92 por "
            "hora, con horas extra a $20.88 por hora después de 40 horas en la semana, cada viernes. Si el "
            "salario prevaleciente o un salario mínimo sube durante la temporada, se le pagará la tarifa más alta.",
        ),
        (
            "5. Travel and visa / Viaje y visa",
            "In your first workweek the company reimburses your visa fee, the border-crossing fee, the bus "
            "from La Ceiba to San Pedro Sula, the flight to Gulfport and your meals and lodging on the way. "
            "The company also pays your trip home at the end of the contract.",
            "En su primera semana de trabajo la compañía le reembolsa la cuota de visa, la cuota de cruce "
            "fronterizo, el bus de La Ceiba a San Pedro Sula, el vuelo a Gulfport y su comida y hospedaje "
            "en el camino. La compañía también paga su viaje de regreso al terminar el contrato.",
        ),
        (
            "6. Tools / Herramientas",
            "Gloves, aprons, rubber boots, hairnets and knives are provided free, with no deposit. "
            + k_en,
            "Los guantes, delantales, botas de hule, redecillas y cuchillos se entregan gratis, sin depósito. "
            + k_es,
        ),
        ("7. Housing (optional) / Vivienda (opcional)", h_en, h_es),
        ("8. Health plan / Plan de salud", i_en, i_es),
        (
            "9. Deductions / Descuentos",
            "Federal and state income tax, Social Security and Medicare (FICA), the housing charge in "
            "section 7 if you choose company housing, and the premium in section 8.",
            "Impuesto federal y estatal sobre la renta, Seguro Social y Medicare (FICA), el cobro de "
            "vivienda de la sección 7 si usted elige la vivienda de la compañía, y la prima de la sección 8.",
        ),
        (
            "10. Leaving early; dismissal / Salida anticipada; despido",
            b_en
            + " The company may dismiss you only for cause; five workdays of absence without notice count as abandonment.",
            b_es
            + " La compañía solo puede despedirlo por causa justificada; cinco días hábiles de ausencia sin aviso cuentan como abandono.",
        ),
        (
            "11. If work becomes impossible / Si el trabajo se vuelve imposible",
            "If a hurricane, a fire at the plant or a state closure of the shrimp season makes the work "
            "impossible, the company may end the contract early; it pays all wages earned and your trip home.",
            "Si un huracán, un incendio en la planta o el cierre de la temporada de camarón por el estado "
            "hace imposible el trabajo, la compañía puede terminar el contrato antes; paga todo el salario "
            "ganado y su viaje de regreso.",
        ),
        (
            "12. Your papers / Sus documentos",
            "You keep your passport, visa and ID. Nobody at the company will hold them.",
            "Usted guarda su pasaporte, visa e identificación. Nadie en la compañía se los retendrá.",
        ),
    ]
    d.add_page()
    d.para("February 2, 2026 / 2 de febrero de 2026", size=9, align="R", gap=8)
    d.para(
        "Dear Mr. Wilmer Adonay Castro Lanza: / Estimado señor Wilmer Adonay Castro Lanza:",
        size=10,
        style="B",
        gap=4,
    )
    d.para(
        "We are pleased to offer you seasonal work under the H-2B program on the following terms.",
        size=9.8,
        gap=1,
    )
    d.para(
        "Nos complace ofrecerle trabajo de temporada en el programa H-2B en las siguientes condiciones.",
        size=9.8,
        style="I",
        color=(60, 60, 60),
        gap=8,
    )
    for title, en, es in sections:
        if d.get_y() > d.h - 150:
            d.add_page()
        d.para(title, size=10, style="B", color=(10, 60, 110), gap=2)
        d.para(en, size=9.6, gap=2)
        d.para(es, size=9.6, style="I", color=(60, 60, 60), gap=8)
    d.signatures(
        ("Teresa Nguyen, HR Manager", "Pascagoula Bay Seafood Processors LLC"),
        ("Worker / Trabajador", "Signature and date / Firma y fecha"),
    )
    p6, p7, p8, p10 = 1, 2, 2, 2  # pages of sections 6, 7, 8 and 10
    lab = label(
        "h08.pdf",
        "h2b",
        "en+es",
        2,
        [
            fee("damage_chargeback", "review", p6, None, None, k_en, group=1),
            fee("damage_chargeback", "review", p6, None, None, k_es, group=1),
            fee("housing_charge", "review", p7, 85.0, "USD", h_en, group=2),
            fee("housing_charge", "review", p7, 85.0, "USD", h_es, group=2),
            fee("insurance_cost", "violation", p8, 32.5, "USD", i_en, group=3),
            fee("insurance_cost", "violation", p8, 32.5, "USD", i_es, group=3),
            fee("breach_penalty", "violation", p10, None, None, b_en, group=4),
            fee("breach_penalty", "violation", p10, None, None, b_es, group=4),
        ],
        ["three_fourths_guarantee", "earnings_statements"],
        ["Reclutadora Atlántida Empleos, S. de R.L."],
        [
            "visa, border-crossing, inbound travel, meals and lodging reimbursed in the first workweek",
            "return trip paid",
            "protective gear and knives free, no deposit (damage charge is separate, review)",
            "FICA and income tax are lawful deductions",
            "worker keeps passport",
            "'peel and devein shrimp', 'pick crab meat' are job duties",
            "penalty stated as 'two weeks' wages' (no figure)",
        ],
        "offer_letter",
        "letter; each numbered section in English then Spanish (italic, grey) below; running header and footer",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h09  H-2A, Guatemala (Chimaltenango): agreement with terms grid, cost schedule, footnote
# ---------------------------------------------------------------------------------------
def h09():
    d = Doc(LETTER, margins=(56, 50, 56), bottom=50, title="Convenio AIO")
    d.ftr = page_footer(
        "Agroempleos Internacionales de Occidente, S.A. · Convenio AIO-H2A-2026-118"
    )
    q_meal = "Tres comidas diarias en el comedor de la granja por $18.75 al día, descontadas semanalmente."
    q_visa = "Derechos consulares (MRV) Q1,550.00 El trabajador No"
    q_med = "Examen médico y prueba de tuberculosis Q480.00 El trabajador No"
    q_fee = (
        "¹ Cada trabajador aporta a la agencia una cuota de servicio de Q2,000.00, que no es "
        "reembolsable y se entrega junto con los documentos."
    )
    d.add_page()
    d.set_font("sans", "B", 12.5)
    d.cell(
        d.epw, 16, "CONVENIO DE RECLUTAMIENTO Y SELECCIÓN", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.set_font("sans", "", 9.5)
    d.cell(
        d.epw,
        13,
        "Programa de trabajo agrícola temporal H-2A · Temporada 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(8)
    d.para(
        "En la ciudad de Chimaltenango, el 26 de enero de 2026, Agroempleos Internacionales de "
        'Occidente, S.A. ("LA AGENCIA"), representada por el licenciado Byron Estuardo Xicará Sicán, y '
        'la señora Irma Yolanda Chiroy Cúmez ("LA TRABAJADORA"), con DPI 2417 55830 0401, celebran el '
        "presente convenio para la selección de LA TRABAJADORA en la oferta de empleo que se describe a "
        "continuación.",
        size=9.6,
        gap=8,
    )
    d.heading("I. Condiciones del empleo", size=10.5)
    rows = [
        ["Concepto", "Condición"],
        [
            "Empleador",
            "Palmetto Ridge Peach Company LLC, 3180 Ridge Road, Johnston, Carolina del Sur 29832, EE. UU.",
        ],
        [
            "Puesto",
            "Cosechadora de durazno: cortar la fruta madura a mano, colocarla en cubetas y vaciarla en los "
            "bins del remolque; raleo de fruta verde.",
        ],
        ["Requisitos", "Mayor de 18 años y una temporada de experiencia en cosecha de fruta."],
        [
            "Lugar de trabajo",
            "Huertos de la empresa en los condados de Edgefield y Saluda, Carolina del Sur.",
        ],
        ["Periodo", "Del 18 de mayo al 4 de septiembre de 2026."],
        ["Jornada", "8 horas diarias, de lunes a sábado (48 horas semanales)."],
        ["Salario", "$14.87 por hora."],
        [
            "Pago",
            "Cada semana, los viernes, con un talón que detalla horas, tarifa, total y descuentos.",
        ],
        [
            "Garantía",
            "Trabajo o pago de al menos tres cuartas partes de los días laborables del contrato.",
        ],
        ["Vivienda", "Gratuita, en las barracas de la empresa en 40 Peach Orchard Lane, Johnston."],
        ["Comidas", q_meal],
        ["Transporte diario", "Gratuito, de las barracas a los huertos, en buses de la empresa."],
        ["Herramientas", "Escaleras, cubetas y guantes, sin costo."],
        ["Descuentos", "Impuesto sobre la renta si LA TRABAJADORA lo solicita, y las comidas."],
        [
            "Viaje",
            "Bus Guatemala–Monterrey, hospedaje y vuelo Monterrey–Atlanta pagados por la empresa; el "
            "regreso a Guatemala también lo paga la empresa al final del contrato.",
        ],
        [
            "Terminación",
            "Despido solo por causa justificada; cinco días seguidos de ausencia sin aviso se consideran abandono del empleo.",
        ],
    ]
    col1 = 118
    d.grid(rows, (col1, d.epw - col1), size=8.8, bold_first=True)
    d.add_page()
    d.heading("II. Cuadro de costos del proceso", size=10.5, gap=6)
    sched = [
        ["Concepto", "Monto", "Lo paga", "Reembolso"],
        ["Petición H-2A ante USCIS", "Q0.00", "La empresa", "—"],
        ["Derechos consulares (MRV)", "Q1,550.00", "El trabajador", "No"],
        ["Examen médico y prueba de tuberculosis", "Q480.00", "El trabajador", "No"],
        ["Bus, hospedaje y vuelo de ida", "Q0.00", "La empresa", "—"],
        ["Vuelo y bus de regreso", "Q0.00", "La empresa", "—"],
        ["Cuota de servicio de la agencia¹", "Ver nota", "—", "—"],
    ]
    d.grid(sched, (220, 80, 100, 80), size=9, layout="HORIZONTAL_LINES", fill_head=(240, 240, 240))
    d.ln(6)
    d.heading("III. Obligaciones de LA AGENCIA", size=10.5)
    d.para(
        "LA AGENCIA orientará a LA TRABAJADORA sobre la entrevista consular, le entregará copia de la "
        "orden de trabajo en español y le informará las fechas de viaje con ocho días de anticipación. "
        "LA TRABAJADORA conserva su pasaporte y su DPI en todo momento.",
        size=9.6,
        gap=8,
    )
    d.signatures(
        ("Lic. Byron Estuardo Xicará Sicán", "LA AGENCIA"),
        ("Irma Yolanda Chiroy Cúmez", "LA TRABAJADORA"),
    )
    d.set_y(d.h - 96)
    d.rule(gap=3, width=0.4)
    d.para(q_fee, size=7, gap=1)
    d.para(
        "Los montos en quetzales son aproximados y pueden variar según el tipo de cambio.",
        size=7,
        gap=0,
    )
    lab = label(
        "h09.pdf",
        "h2a",
        "es",
        2,
        [
            fee("meal_charge", "review", 1, 18.75, "USD", q_meal),
            fee("visa_cost", "violation", 2, 1550.0, "GTQ", q_visa),
            fee("medical_cost", "violation", 2, 480.0, "GTQ", q_med),
            fee("recruitment_fee", "violation", 2, 2000.0, "GTQ", q_fee),
        ],
        ["wage_adjustment", "workers_compensation", "contract_impossibility"],
        ["Agroempleos Internacionales de Occidente, S.A."],
        [
            "H-2A meal charge $18.75/day is above the $17.00 cap (review finding, not lawful trap)",
            "cost schedule rows at Q0.00 paid by the employer (petition, inbound and return travel)",
            "agency fee row says only 'Ver nota'; the charge is in the footnote",
            "'vaciarla en los bins' is a job duty",
            "free housing, daily transport and tools",
            "worker keeps passport and DPI",
        ],
        "recruiter_agreement",
        "gridded terms table on page 1; borderless (horizontal-rule) cost schedule on page 2; footnote in small print; page footer",
    )
    x0 = 56 + 118
    return d.to_bytes(), lab, [(x0, 612 - 56)]


# ---------------------------------------------------------------------------------------
# h10  H-2B, Mexico (San Luis Potosí): compliant offer letter from a Michigan inn
# ---------------------------------------------------------------------------------------
def h10():
    d = Doc(LETTER, margins=(72, 50, 72), bottom=66, title="Straits Harbor Inn carta")
    d.add_page()
    d.band(
        "STRAITS HARBOR INN LLC",
        "1210 Huron Street, Mackinac Island, Michigan 49757 · +1 906 555 0147",
        fill=(20, 60, 96),
        height=60,
        size=17,
    )
    d.ln(10)
    S = 10.2
    d.para("Mackinac Island, 19 de enero de 2026", size=S, align="R", gap=10)
    d.para(
        "Sra. Leticia Guadalupe Hernández Rocha\nCol. Tequisquiapan, San Luis Potosí, S.L.P., México",
        size=S,
        gap=10,
    )
    d.para("Estimada señora Hernández:", size=S, gap=6)
    paras = [
        "Nos da gusto confirmarle su puesto de recamarera y auxiliar de recepción para la temporada "
        "2026 con visa H-2B. Sus tareas serán limpiar y preparar habitaciones, reponer blancos y, en la "
        "recepción, cobrar a los huéspedes la renta de bicicletas y guardar su equipaje.",
        "Para el puesto se requiere al menos seis meses de experiencia en limpieza de hoteles y "
        "disponibilidad para trabajar fines de semana.",
        "Trabajará en nuestro hotel, 1210 Huron Street, Mackinac Island, Michigan, del 11 de mayo al 18 "
        "de octubre de 2026, 40 horas por semana en turnos de 8 horas, cinco días a la semana.",
        "Su salario será de $15.35 por hora. Las horas extra, después de 40 horas en la semana, se pagan "
        "a $23.03 (tiempo y medio). Si el salario prevaleciente o el salario mínimo aumenta durante la "
        "temporada, le pagaremos el más alto. Le pagamos cada dos semanas por depósito directo en su "
        "cuenta, con un talón que detalla horas, tarifa, horas extra y descuentos.",
        "Solo hacemos las deducciones que exige la ley: impuesto federal, impuesto estatal de Michigan, "
        "Seguro Social y Medicare (FICA). No descontamos nada más.",
        "Le garantizamos trabajo, o el pago correspondiente, por al menos tres cuartas partes de las "
        "horas ofrecidas en cada periodo de 12 semanas.",
        "En su primera semana le reembolsamos la cuota de la visa, la cuota de cruce fronterizo y el "
        "autobús de San Luis Potosí a Mackinac, con el ferry, el hospedaje y la comida del camino. Al "
        "terminar la temporada pagamos su regreso a San Luis Potosí.",
    ]
    for p in paras:
        d.para(p, size=S, gap=7)
    d.add_page()
    d.ln(8)
    paras2 = [
        "Le entregamos uniformes, guantes y productos de limpieza sin costo y sin depósito. Tendrá un "
        "cuarto compartido sin costo en la casa de empleados, y las comidas del personal en el comedor "
        "son gratuitas.",
        "No se cobrará ninguna cuota de reclutamiento. Gestoría Laboral Potosina, S.C., la agencia que "
        "la entrevistó, recibe su pago de nosotros; ni la agencia ni nadie puede pedirle dinero, fianza, "
        "pagaré ni ninguna otra garantía.",
        "Usted conserva su pasaporte y su visa. Puede renunciar en cualquier momento sin pagar ninguna "
        "penalización. Solo podemos despedirla por causa justificada; si falta cinco días seguidos sin "
        "avisar, se considera que abandonó el trabajo.",
        "Si algo no se cumple, puede quejarse con nosotros, con el Departamento del Trabajo o con su "
        "consulado sin ninguna represalia.",
        "Le esperamos en mayo.",
    ]
    for p in paras2:
        d.para(p, size=S, gap=7)
    d.para("Atentamente,", size=S, gap=36)
    d.para(
        "Margaret O'Rourke\nDirectora de Recursos Humanos\nStraits Harbor Inn LLC", size=S, gap=16
    )
    d.para(
        "P.D. Guarde esta carta: es su copia en español de las condiciones de su contrato.",
        size=9,
        style="I",
    )
    lab = label(
        "h10.pdf",
        "h2b",
        "es",
        2,
        [],
        ["contract_impossibility"],
        ["Gestoría Laboral Potosina, S.C."],
        [
            "'cobrar a los huéspedes la renta de bicicletas' is a job duty",
            "'No se cobrará ninguna cuota de reclutamiento' (negated)",
            "no money, bond, promissory note or guarantee may be asked (negated deposit_or_bond)",
            "visa, border-crossing and inbound travel reimbursed in first week; return paid",
            "deductions required by law only: FICA, federal and Michigan tax",
            "uniforms free, no deposit; free room and free staff meals",
            "quit without penalty (negated breach penalty)",
            "'depósito directo' is a pay method",
            "agency paid by the employer",
        ],
        "offer_letter",
        "letter with coloured letterhead band; plain paragraphs; signature block; P.D.",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h11  H-2A, Honduras (Olancho): WhatsApp chat with a recruiter, exported as PDF
# ---------------------------------------------------------------------------------------
def h11():
    d = Doc((380, 900), margins=(16, 16, 16), bottom=20, title="Chat WhatsApp")

    def hdr(doc):
        doc.set_fill_color(236, 229, 221)
        doc.rect(0, 0, doc.w, doc.h, style="F")
        doc.set_fill_color(7, 94, 84)
        doc.rect(0, 0, doc.w, 50, style="F")
        doc.set_text_color(255, 255, 255)
        doc.set_font("sans", "B", 11.5)
        doc.set_xy(20, 10)
        doc.cell(300, 15, "Arnoldo Mejía Reclutador H2A")
        doc.set_font("sans", "", 8)
        doc.set_xy(20, 28)
        doc.cell(300, 11, "en línea")
        doc.set_text_color(0, 0, 0)
        doc.set_y(64)

    d.hdr = hdr
    q_fee = (
        "Son 12 mil lempiras por el trámite, pero no me los da a mí: los deposita a nombre de mi primo "
        "Rigoberto Mejía en Banco Atlántida."
    )
    q_train = (
        "Sí. Ningún trabajador queda exento de los L 1,500 de la orientación en Juticalpa, aunque ya "
        "haya ido antes."
    )
    q_doc = "Me lo entrega a mí cuando deposite y yo se lo guardo hasta que llegue a Florida, así no se le pierde."
    q_pen = "Si se regresa antes de que termine el contrato, le toca pagar una multa de dos semanas de sueldo."
    W, A = ("R", (220, 248, 198)), ("L", (255, 255, 255))
    msgs = [
        (
            W,
            "Buenas don Arnoldo, soy Edwin, el de Catacamas. Cuánto hay que dar para lo de la visa de sandía?",
            "9:02",
        ),
        (
            A,
            "Buenas Edwin. Somos Contrataciones Agrícolas del Guayape, trabajamos con una finca de sandía en Immokalee, Florida.",
            "9:10",
        ),
        (A, q_fee, "9:11"),
        (W, "Y qué es el trabajo?", "9:13"),
        (
            A,
            "Cortar sandía, tirarla a la carreta y cargar el camión. Requisito: mayor de 20 años y haber cortado por lo menos una temporada.",
            "9:15",
        ),
        (W, "Cuánto pagan?", "9:16"),
        (
            A,
            "$15.90 la hora, pago cada viernes. Se trabaja de 8 a 10 horas diarias de lunes a sábado.",
            "9:18",
        ),
        (W, "Y cuándo se va?", "9:18"),
        (A, "Sale el 20 de abril de 2026 y el contrato es hasta el 30 de junio de 2026.", "9:20"),
        (W, "Me dan casa?", "9:21"),
        (A, "Sí, la casa es gratis y lo llevan al campo en bus sin cobrarle.", "9:22"),
        (W, "Tengo que pagar la visa?", "9:25"),
        (
            A,
            "No, la visa y el boleto de avión los paga el patrón, y en el aeropuerto les dan para la comida del viaje.",
            "9:27",
        ),
        (W, "Yo ya fui a la orientación el año pasado, tengo que ir otra vez?", "9:30"),
        (A, q_train, "9:34"),
        (W, "Y el pasaporte?", "9:35"),
        (A, q_doc, "9:36"),
        (W, "Y si me quiero regresar antes?", "9:40"),
        (A, q_pen, "9:41"),
        (W, "Y si hay problemas allá me puedo quejar?", "9:43"),
        (
            A,
            "Puede quejarse con confianza, aquí nadie queda fuera de la lista por reclamar.",
            "9:45",
        ),
        (W, "Ok gracias, el lunes le deposito.", "9:46"),
    ]
    d.add_page()
    d.set_font("sans", "", 7.5)
    d.set_fill_color(225, 242, 251)
    d.set_x(130)
    d.cell(120, 13, "9 de febrero de 2026", align="C", fill=True)
    d.ln(20)
    for (side, fill), text, t in msgs:
        d.bubble(text, side=side, fill=fill, size=9.2, width=270, time=t)
    lab = label(
        "h11.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, 12000.0, "HNL", q_fee),
            fee("training_cost", "violation", 2, 1500.0, "HNL", q_train),
            fee("document_retention", "violation", 2, None, None, q_doc),
            fee("breach_penalty", "violation", 2, None, None, q_pen),
        ],
        [
            "employer_identity",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "return_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Contrataciones Agrícolas del Guayape", "Arnoldo Mejía"],
        [
            "fee paid to the recruiter's cousin (third party) is still a recruitment fee",
            "'Ningún trabajador queda exento de los L 1,500' is an affirmative charge",
            "visa and plane ticket paid by the employer; food money for the trip",
            "free house and free bus to the field",
            "'nadie queda fuera de la lista por reclamar' (negated blacklisting)",
            "the cousin who receives the money is not a recruiter",
            "employer not named ('una finca de sandía')",
        ],
        "whatsapp_chat",
        "WhatsApp chat export (phone-size pages, header repeated, bubbles both sides with times)",
    )
    return d.to_bytes(), lab, None


# ---------------------------------------------------------------------------------------
# h12  H-2A, Guatemala -> Washington cherries: compliant job-order summary in two columns
# ---------------------------------------------------------------------------------------
H12_ITEMS = [
    (
        "1. Empleador.",
        "Yakima Ridge Cherry Growers LLC, 2215 Lateral A Road, Wapato, Washington 98951, EE. UU.",
    ),
    (
        "2. Selección.",
        "El empleador selecciona a los trabajadores con apoyo del Programa de Trabajo Temporal en el "
        "Extranjero del Ministerio de Trabajo y Previsión Social de Guatemala. Ninguna persona ni oficina "
        "puede cobrarle por ser seleccionado; no existe ninguna cuota de inscripción.",
    ),
    (
        "3. Puesto.",
        "Cosechador de cereza: cortar la cereza con su tallo, llenar el balde y depositar la fruta en los "
        "bins sin golpearla; mover las escaleras entre los árboles.",
    ),
    (
        "4. Requisitos.",
        "18 años o más y poder trabajar sobre escaleras de 10 pies. No se requiere experiencia.",
    ),
    (
        "5. Lugar de trabajo.",
        "Huertos del empleador en el condado de Yakima, Washington, cerca de Wapato y Zillah.",
    ),
    ("6. Periodo.", "Del 25 de mayo al 15 de agosto de 2026."),
    ("7. Horario.", "De lunes a sábado, de 6:00 a 14:00 horas; 45 horas por semana en promedio."),
    (
        "8. Salario.",
        "$19.82 por hora; si el pago por bin cosechado da más, se le paga la cantidad mayor.",
    ),
    (
        "9. Ajustes.",
        "Si durante el contrato sube el AEWR, el salario prevaleciente o el salario mínimo federal o "
        "estatal, el empleador paga el más alto desde la fecha del aumento.",
    ),
    ("10. Pago.", "Cada semana, los jueves."),
    (
        "11. Comprobante.",
        "Con cada pago recibe un talón con las horas trabajadas, los bins cosechados, la tarifa, el "
        "total ganado y cada descuento.",
    ),
    (
        "12. Descuentos.",
        "Solo los que exige la ley y las comidas del punto 15. A los trabajadores H-2A no se les "
        "descuenta el Seguro Social (FICA).",
    ),
    (
        "13. Garantía de tres cuartas partes.",
        "El empleador le garantiza trabajo o pago por al menos tres cuartas partes de los días laborables del contrato.",
    ),
    (
        "14. Vivienda.",
        "Gratuita, en el campamento de 2240 Lateral A Road, Wapato, sin depósito. Usted puede entrar y "
        "salir cuando quiera y recibir visitas en su día libre.",
    ),
    (
        "15. Comidas.",
        "Tres comidas diarias en el comedor por $16.20 al día, dentro del máximo permitido; si prefiere "
        "cocinar, puede usar gratis la cocina del campamento.",
    ),
    (
        "16. Viaje de ida.",
        "El empleador le reembolsa en la primera semana el vuelo de Guatemala a Seattle, el bus a Wapato "
        "y la comida del viaje.",
    ),
    (
        "17. Viaje de regreso.",
        "Al terminar el contrato, el empleador paga su regreso a la Ciudad de Guatemala.",
    ),
    (
        "18. Transporte diario.",
        "Gratuito, en buses del empleador, del campamento a los huertos y de regreso.",
    ),
    ("19. Visa.", "El empleador paga directamente todas las cuotas de visa y de la cita consular."),
    ("20. Herramientas.", "Escaleras, baldes y cinturones de cosecha sin costo ni depósito."),
    (
        "21. Seguro.",
        "Usted está cubierto por el seguro de compensación laboral (workers' compensation) del estado de "
        "Washington, pagado por el empleador.",
    ),
    (
        "22. Terminación.",
        "Solo puede ser despedido por causa justificada. Si falta cinco días laborables seguidos sin "
        "avisar, se considera que abandonó el empleo.",
    ),
    (
        "23. Si el trabajo se vuelve imposible.",
        "Si granizo, helada, incendio u otra causa fuera del control del empleador acaba la cosecha "
        "antes, el empleador puede terminar el contrato, pero paga la garantía de tres cuartas partes "
        "hasta esa fecha y su viaje de regreso.",
    ),
    ("24. Documentos.", "El empleador nunca guarda pasaportes ni documentos de identidad."),
    (
        "25. Quejas.",
        "Puede quejarse ante el Departamento del Trabajo o el consulado de Guatemala sin ninguna "
        "represalia ni lista negra.",
    ),
]


def h12():
    d = Doc(LETTER, margins=(50, 50, 50), bottom=58, title="Yakima Ridge orden de trabajo")
    d.ftr = page_footer(
        "Yakima Ridge Cherry Growers LLC · Resumen en español de la orden de trabajo H-2A"
    )
    d.add_page()
    d.band(
        "ORDEN DE TRABAJO H-2A · RESUMEN EN ESPAÑOL",
        "Yakima Ridge Cherry Growers LLC · Temporada de cereza 2026",
        fill=(128, 22, 44),
    )
    d.ln(6)
    for part, items in enumerate((H12_ITEMS[:14], H12_ITEMS[14:])):
        if part:
            d.add_page()
            d.ln(4)
        d.set_font("sans", "", 10)
        with d.text_columns(
            ncols=2, gutter=22, text_align="LEFT", line_height=1.25, balance=True
        ) as cols:
            for head, body in items:
                with cols.paragraph(bottom_margin=6) as par:
                    d.set_font("sans", "B", 10)
                    par.write(head + " ")
                    d.set_font("sans", "", 10)
                    par.write(body)
    d.ln(10)
    d.para("Firma del trabajador: ____________________________    Fecha: ______________", size=9)
    lab = label(
        "h12.pdf",
        "h2a",
        "es",
        2,
        [],
        [],
        [],
        [
            "Guatemalan Ministry of Labour programme is a government office, not a recruiter",
            "'no existe ninguna cuota de inscripción' (negated recruitment fee)",
            "'depositar la fruta en los bins' is a job duty",
            "lawful h2a meal charge $16.20/day (below the $17.00 cap), free kitchen alternative",
            "no FICA for H-2A; deductions required by law only",
            "free housing without deposit; free to come and go",
            "inbound reimbursed, return paid, visa paid by employer",
            "tools free, no deposit",
            "employer never keeps passports; no blacklist",
        ],
        "job_order",
        "two-column newspaper text with bold numbered run-in headings; coloured title band; page footer",
    )
    return d.to_bytes(), lab, [(0, 306), (306, 612)]
