"""Documents m07-m12 of the heldout_m batch (text, layout and labels)."""

from __future__ import annotations

from docs_a import fee
from mlib import Doc


# ----------------------------------------------------------------------------------------
# m07  H-2B recruiter flyer, Jamaica, English
# ----------------------------------------------------------------------------------------
def m07():
    d = Doc("letter", None, None, margins=(18, 14, 18), bottom=12)
    d.body("noto", 10, 5)
    d.add_page()
    d.set_fill_color(250, 204, 40)
    d.rect(0, 0, d.w, 34, "F")
    d.set_xy(d.l_margin, 7)
    d.set_font("noto", "B", 24)
    d.set_text_color(20, 60, 30)
    d.cell(0, 11, "WORK IN THE USA THIS SUMMER!", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("noto", "B", 13)
    d.cell(
        0,
        8,
        "H-2B Seasonal Hotel Jobs - Myrtle Beach, South Carolina",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_y(40)
    d.set_font("noto", "B", 11)
    d.cell(0, 6, "ISLANDWIDE WORK & TRAVEL SERVICES LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("noto", "", 9)
    d.cell(
        0,
        5,
        "Shop 12, Cross Roads Mall, Kingston 5, Jamaica  -  Tel/WhatsApp 876-555-0160",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(4)
    d.p(
        "A four-star oceanfront resort in Myrtle Beach, South Carolina, needs hard-working "
        "Jamaicans for the 2025 summer season:",
        style="B",
    )
    d.bullets(
        [
            "ROOM ATTENDANTS - clean guest rooms and bathrooms, make beds, restock supplies",
            "LINE COOKS - prepare breakfast and grill items, keep the kitchen clean",
            "DISHWASHERS / STEWARDS - wash dishes and pots, carry supplies, clean the kitchen floor",
        ],
        mark="»",
    )
    d.grid(
        [
            ["Season", "May 1 to October 31, 2025"],
            ["Hours", "40 hours a week, 5 days"],
            ["Pay", "US$15.52 per hour, paid weekly"],
            ["Overtime", "Time and a half (US$23.28) after 40 hours"],
            [
                "You need",
                "Age 21 to 50; 1 year hotel or restaurant experience; valid Jamaican passport; police record",
            ],
        ],
        (32, 148),
        size=10,
        lh=5.4,
    )
    d.set_font("noto", "B", 12)
    d.set_text_color(170, 30, 30)
    d.cell(0, 7, "WHAT YOU PAY", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.grid(
        [
            ["Item", "Cost", "When"],
            ["Registration / processing fee", "JMD 45,000", "On signing"],
            ["Medical examination (our doctor)", "JMD 9,500", "Before interview"],
            ["Hospitality orientation & training", "JMD 12,000", "Before interview"],
            ["U.S. visa (MRV) fee", "US$205", "Refunded by employer in 1st pay"],
            ["Air ticket Kingston - Myrtle Beach", "approx. US$480", "Paid by worker"],
        ],
        (72, 38, 70),
        head=True,
        size=10,
        lh=5.6,
    )
    d.set_fill_color(230, 240, 230)
    d.set_font("noto", "B", 11)
    d.multi_cell(
        0,
        6.5,
        "INTERVIEWS EVERY SATURDAY 9 A.M. AT OUR OFFICE\nBring your passport, two passport photos and your TRN.",
        align="C",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    d.set_font("noto", "I", 7.5)
    d.multi_cell(
        0,
        3.8,
        "Islandwide Work & Travel Services Ltd. is a private company. Jobs subject to approval of "
        "the U.S. Department of Labor and visa issuance by the U.S. Embassy, Kingston.",
        align="C",
    )
    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            "Registration / processing fee JMD 45,000 On signing",
            45000.0,
            "JMD",
        ),
        fee(
            "medical_cost",
            "violation",
            1,
            "Medical examination (our doctor) JMD 9,500 Before interview",
            9500.0,
            "JMD",
        ),
        fee(
            "training_cost",
            "violation",
            1,
            "Hospitality orientation & training JMD 12,000 Before interview",
            12000.0,
            "JMD",
        ),
        fee(
            "travel_cost",
            "violation",
            1,
            "Air ticket Kingston - Myrtle Beach approx. US$480 Paid by worker",
            480.0,
            "USD",
        ),
    ]
    label = {
        "file": "m07.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 1,
        "fees": fees,
        "missing_terms": [
            "employer_identity",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Islandwide Work & Travel Services Ltd."],
        "traps": [
            "visa (MRV) fee row says refunded by employer in first pay (not a finding; visa_reimbursement present)",
            "employer not named ('a four-star oceanfront resort')",
            "U.S. Embassy is not a recruiter",
        ],
        "doc_type": "recruiter_flyer",
        "layout": "one-page flyer; yellow headline band; bulleted job list; gridded terms table; gridded fee schedule with header row (quotes are table rows)",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m08  H-2A work contract, Spanish, compliant
# ----------------------------------------------------------------------------------------
def m08():
    def head(d: Doc) -> None:
        d.set_font("sans", "", 7.5)
        d.set_text_color(80, 80, 80)
        d.set_xy(d.l_margin, 8)
        d.cell(
            0,
            4,
            "Coharie Creek Farms, Inc.  -  Contrato de trabajo H-2A 2025  -  Orden NC-11877021",
        )
        d.set_xy(d.l_margin, 8)
        d.cell(0, 4, f"Página {d.page_no()} de {{nb}}", align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(16)

    d = Doc("letter", head, None, margins=(20, 16, 20), bottom=16)
    d.body("sans", 9.3, 4.4)
    d.add_page()
    d.hd("CONTRATO DE TRABAJO PARA TRABAJADOR AGRÍCOLA TEMPORAL (H-2A)", 12)
    d.p(
        "Este contrato contiene las condiciones de la orden de trabajo aprobada por el "
        "Departamento de Trabajo de los Estados Unidos. Se entrega en español, el idioma del "
        "trabajador, antes de que solicite la visa."
    )
    rows = [
        ["Concepto", "Condición"],
        [
            "Patrón",
            "Coharie Creek Farms, Inc., 2716 Beaman Woods Road, Clinton, Carolina del Norte 28328. Tel. (910) 555-0121.",
        ],
        ["Trabajador", "Marco Antonio Gálvez Ordaz"],
        [
            "Puesto y tareas",
            "Trabajador agrícola (SOC 45-2092): trasplante, deshierbe, despunte y cosecha de tabaco y "
            "de camote; cortar las hojas de tabaco y depositarlas en los carros; alimentar la máquina "
            "trasplantadora con plántulas.",
        ],
        [
            "Lugar de trabajo",
            "Campos del patrón en el condado de Sampson, Carolina del Norte: 2716 Beaman Woods Road y 480 Tomahawk Highway, Clinton.",
        ],
        [
            "Requisitos",
            "Un mes de experiencia en cultivo de tabaco o camote; poder levantar 60 libras; trabajar al aire libre con calor.",
        ],
        ["Periodo", "Del 5 de mayo al 31 de octubre de 2025."],
        ["Horario", "40 horas por semana, de lunes a sábado, normalmente de 6:00 a.m. a 2:30 p.m."],
        [
            "Salario",
            "$16.35 dólares por hora. En la cosecha de camote, $0.55 por cubeta si resulta más alto que el pago por hora.",
        ],
        [
            "Salario más alto",
            "El patrón pagará el más alto entre la tasa salarial de efecto adverso (AEWR), el salario "
            "prevaleciente, el salario de convenio colectivo y el salario mínimo federal o estatal. Si "
            "la AEWR sube durante el contrato, el patrón pagará la nueva tasa desde que entre en vigor.",
        ],
        ["Día de pago", "Semanal, cada jueves."],
        [
            "Comprobante de pago",
            "Cada día de pago el trabajador recibe un talón por escrito con las horas ofrecidas, las "
            "horas trabajadas, la tarifa por hora y por pieza, el total ganado, cada descuento y el "
            "pago neto.",
        ],
        [
            "Descuentos",
            "Solamente el impuesto federal sobre la renta si el trabajador lo pide por escrito, y los "
            "descuentos voluntarios que autorice por escrito. No se descuenta nada por vivienda, "
            "transporte ni herramientas.",
        ],
        [
            "Garantía de 3/4",
            "El patrón garantiza ofrecer trabajo por al menos tres cuartas partes de las horas de los "
            "días laborables del periodo del contrato. Si ofrece menos, pagará la diferencia.",
        ],
        [
            "Vivienda",
            "Gratuita, en el campamento del patrón en 480 Tomahawk Highway, Clinton, aprobado por el "
            "Departamento de Trabajo de Carolina del Norte. No se cobra renta, luz ni depósito; la "
            "llave del cuarto se entrega sin costo.",
        ],
        [
            "Comidas",
            "Cocina gratuita en el campamento, con estufas, refrigeradores, fregaderos y trastes para cocinar.",
        ],
        [
            "Viaje de ida",
            "El patrón compra el boleto de autobús de Monterrey a Clinton y paga viáticos de $17.00 por "
            "día de viaje. Si el trabajador pagó algo del viaje, se le reembolsa en la primera semana.",
        ],
        ["Visa", "El patrón paga directamente la cuota de la visa y la cuota de cruce fronterizo."],
        [
            "Transporte diario",
            "Gratuito, del campamento a los campos, en vehículos asegurados del patrón.",
        ],
        [
            "Viaje de regreso",
            "Si el trabajador termina el contrato, o si es despedido antes sin causa, el patrón paga el "
            "transporte y los viáticos de regreso a Monterrey.",
        ],
        [
            "Herramientas",
            "Todas las herramientas, equipo y materiales se dan sin costo y sin depósito.",
        ],
        [
            "Seguro de trabajo",
            "Seguro de compensación al trabajador (workers' compensation) con Tar Heel Mutual "
            "Insurance, póliza WC-55-20913, sin costo para el trabajador.",
        ],
        [
            "Abandono y despido",
            "Faltar cinco días laborables seguidos sin permiso se considera abandono. Quien abandone "
            "el empleo o sea despedido por causa justificada pierde la garantía de 3/4 y el viaje de "
            "regreso pagado.",
        ],
        [
            "Si el trabajo se vuelve imposible",
            "Si un incendio, inundación, huracán u otra causa de fuerza mayor hace imposible continuar "
            "el trabajo y el Departamento de Trabajo lo confirma, el patrón puede terminar el "
            "contrato; pagará la garantía de 3/4 hasta esa fecha y el viaje de regreso con viáticos.",
        ],
        [
            "Reclutamiento",
            "El patrón no usa agencias de reclutamiento en México. Nadie puede cobrarle dinero por "
            "este trabajo; si alguien le pide dinero, llame al (910) 555-0121.",
        ],
        ["Documentos", "El trabajador guarda su propio pasaporte y su visa en todo momento."],
    ]
    d.grid(rows, (40, 136), borders="HORIZONTAL_LINES", head=True, size=9.2, lh=4.4)
    d.p(
        "El trabajador puede presentar quejas ante el Departamento de Trabajo sin represalias ni "
        "listas negras.",
        size=8.8,
    )
    d.sig_block(
        ["Por el patrón: Wesley Autry, Presidente", "Trabajador: Marco Antonio Gálvez Ordaz"]
    )
    label = {
        "file": "m08.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'depositarlas en los carros' and 'alimentar la máquina' are job duties",
            "free housing, no rent or deposit; room key without cost",
            "free kitchen",
            "inbound bus bought by employer, subsistence paid",
            "visa and border fees paid by employer",
            "tools without cost or deposit",
            "'Nadie puede cobrarle dinero por este trabajo' (negated fee)",
            "worker keeps passport",
        ],
        "doc_type": "work_contract",
        "layout": "letter; running header with page numbers; long two-column table with horizontal rules only (Concepto | Condición) spanning pages",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m09  H-2B bilingual contract EN | ES side by side, seafood
# ----------------------------------------------------------------------------------------
def m09():
    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("sans", "", 7)
        d.cell(0, 4, f"Nanticoke Bay Seafood, Inc. - {d.page_no()}/{{nb}}", align="C")

    d = Doc("letter", None, foot, margins=(18, 16, 18))
    d.body("sans", 8.9, 4.2)
    d.add_page()
    d.set_font("sans", "B", 11)
    d.multi_cell(
        0,
        5.5,
        "EMPLOYMENT CONTRACT - H-2B SEASONAL 2025\nCONTRATO DE TRABAJO - TEMPORADA H-2B 2025",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    pairs = [
        ("English", "Español"),
        (
            "1. Employer: Nanticoke Bay Seafood, Inc., 118 Wharf Street, Deal Island, Maryland 21821.",
            "1. Patrón: Nanticoke Bay Seafood, Inc., 118 Wharf Street, Deal Island, Maryland 21821.",
        ),
        (
            "2. Job: Crab meat picker (SOC 51-3022). Steam crabs, pick the meat by hand, sort and pack it into containers, and clean the picking room.",
            "2. Puesto: Picador(a) de carne de jaiba (SOC 51-3022). Cocer las jaibas al vapor, sacar la carne a mano, separarla y empacarla en envases, y limpiar el cuarto de trabajo.",
        ),
        (
            "3. Place of work: the company's picking house at 118 Wharf Street, Deal Island, Somerset County, Maryland.",
            "3. Lugar de trabajo: la planta de la empresa en 118 Wharf Street, Deal Island, condado de Somerset, Maryland.",
        ),
        (
            "4. Requirements: no experience needed. Must be able to stand for long periods and work in a cold, wet room.",
            "4. Requisitos: no se necesita experiencia. Debe poder estar de pie por periodos largos y trabajar en un cuarto frío y húmedo.",
        ),
        (
            "5. Dates: April 14, 2025 to November 14, 2025.",
            "5. Fechas: del 14 de abril de 2025 al 14 de noviembre de 2025.",
        ),
        (
            "6. Hours: 40 hours per week, Monday to Saturday, from 5:00 a.m. to about 12:30 p.m.",
            "6. Horario: 40 horas por semana, de lunes a sábado, de 5:00 a.m. a las 12:30 p.m. aproximadamente.",
        ),
        (
            "7. Pay: $17.34 per hour, or $3.40 per pound of meat picked if that is higher. The company pays at least the highest of the prevailing wage or the federal, state or local minimum wage for the whole season. Hours over 40 in a week are paid at $26.01 per hour.",
            "7. Pago: $17.34 por hora, o $3.40 por libra de carne si resulta más alto. La empresa paga por lo menos el más alto entre el salario prevaleciente y el salario mínimo federal, estatal o local durante toda la temporada. Las horas después de 40 en la semana se pagan a $26.01 por hora.",
        ),
        (
            "8. Payday: weekly, on Friday, with a pay stub showing hours worked, rate, earnings and deductions.",
            "8. Día de pago: semanal, el viernes, con un talón que muestra horas trabajadas, tarifa, ganancias y descuentos.",
        ),
        (
            "9. Deductions: Social Security and Medicare (FICA), federal and Maryland income tax.",
            "9. Descuentos: Seguro Social y Medicare (FICA), impuesto federal y de Maryland sobre la renta.",
        ),
        (
            "10. Travel: Workers pay for their own bus from Monterrey to Deal Island, and this cost is not reimbursed. At the end of the season, or if dismissed early without cause, the company pays the bus back to Monterrey and meals on the road.",
            "10. Viaje: Los trabajadores pagan su propio autobús de Monterrey a Deal Island, y este costo no se reembolsa. Al final de la temporada, o si lo despiden antes sin causa, la empresa paga el autobús de regreso a Monterrey y las comidas del camino.",
        ),
        (
            "11. Visa: the company reimburses the visa fee and the border-crossing fee in the first workweek.",
            "11. Visa: la empresa reembolsa la cuota de la visa y la de cruce fronterizo en la primera semana de trabajo.",
        ),
        (
            "12. Tools: the company provides knives, mallets, aprons, gloves and hairnets at no cost. Any knife, mallet or scale that a worker loses or breaks will be charged to the worker at replacement cost.",
            "12. Herramientas: la empresa da cuchillos, mazos, mandiles, guantes y redes para el cabello sin costo. Cualquier cuchillo, mazo o báscula que el trabajador pierda o rompa se le cobrará a su costo de reposición.",
        ),
        (
            "13. Housing: rooms in the company trailers next to the plant, free of charge.",
            "13. Vivienda: cuartos en las casas móviles de la empresa junto a la planta, sin costo.",
        ),
        (
            "14. Leaving the job: A worker who leaves before the end of the season will pay the company $300 for the cost of replacing him. A worker absent five consecutive days without permission has abandoned the job; workers who abandon the job or are fired for cause lose the paid return bus.",
            "14. Dejar el trabajo: El trabajador que se vaya antes del fin de la temporada pagará a la empresa $300 por el costo de reemplazarlo. El trabajador que falte cinco días seguidos sin permiso abandonó el trabajo; quien abandone el trabajo o sea despedido por causa justificada pierde el autobús de regreso pagado.",
        ),
        (
            "15. The company charges no recruitment fee and does not keep workers' passports.",
            "15. La empresa no cobra cuota de reclutamiento y no se queda con los pasaportes de los trabajadores.",
        ),
    ]
    w = d.epw / 2
    d.grid(pairs, (w, w), borders="NONE", head=True, size=8.9, lh=4.2, head_fill=(235, 235, 235))
    d.sig_block(["Employer / Patrón: Carla Whitelock, Plant Manager", "Worker / Trabajador(a)"])
    x0, xm, x1 = d.l_margin, d.l_margin + w, d.l_margin + 2 * w
    en_travel = "Workers pay for their own bus from Monterrey to Deal Island, and this cost is not reimbursed."
    es_travel = "Los trabajadores pagan su propio autobús de Monterrey a Deal Island, y este costo no se reembolsa."
    en_dmg = "Any knife, mallet or scale that a worker loses or breaks will be charged to the worker at replacement cost."
    es_dmg = "Cualquier cuchillo, mazo o báscula que el trabajador pierda o rompa se le cobrará a su costo de reposición."
    en_pen = "A worker who leaves before the end of the season will pay the company $300 for the cost of replacing him."
    es_pen = "El trabajador que se vaya antes del fin de la temporada pagará a la empresa $300 por el costo de reemplazarlo."
    fees = [
        fee("travel_cost", "violation", 1, en_travel, group=1),
        fee("travel_cost", "violation", 1, es_travel, group=1),
        fee("damage_chargeback", "review", 1, en_dmg, group=2),
        fee("damage_chargeback", "review", 1, es_dmg, group=2),
        fee("breach_penalty", "violation", 2, en_pen, 300.0, "USD", group=3),
        fee("breach_penalty", "violation", 2, es_pen, 300.0, "USD", group=3),
    ]
    label = {
        "file": "m09.pdf",
        "program": "h2b",
        "language": "en+es",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "three_fourths_guarantee",
            "inbound_transportation",
            "contract_impossibility",
        ],
        "recruiters": [],
        "traps": [
            "visa and border fees reimbursed in first workweek",
            "return bus paid by company",
            "tools at no cost (damage charge is separate)",
            "free trailer housing",
            "FICA and income tax deductions",
            "'charges no recruitment fee' (negated)",
        ],
        "doc_type": "work_contract",
        "layout": "bilingual side by side: borderless two-column table English | Español, numbered clauses; footer on each page",
    }
    return d, label, [(x0, xm), (xm, x1)]


# ----------------------------------------------------------------------------------------
# m10  generic (Honduras -> Spain) seasonal contract, Spanish, compliant
# ----------------------------------------------------------------------------------------
def m10():
    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("serif", "", 7.5)
        d.cell(
            0,
            4,
            f"Agrícola Marismas del Odiel, S.L. - Contrato de temporada 2026 - pág. {d.page_no()}",
            align="C",
        )

    d = Doc("A4", None, foot, margins=(22, 18, 22))
    d.body("serif", 9.6, 4.6)
    d.add_page()
    d.set_font("serif", "B", 12)
    d.multi_cell(
        0,
        6,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA POR CAMPAÑA AGRÍCOLA\n(Gestión colectiva de contrataciones en origen, campaña 2026)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.grid(
        [
            [
                "Empresa",
                "Agrícola Marismas del Odiel, S.L., CIF B21408837, Carretera A-494, km 12, 21800 Moguer (Huelva), España",
            ],
            [
                "Trabajadora",
                "Dilcia Marisol Aguilar Ponce, pasaporte hondureño n.º F731284, con domicilio en Olanchito, Yoro, Honduras",
            ],
            [
                "Puesto",
                "Peón agrícola de recolección (Grupo profesional IV del Convenio del Campo de Huelva)",
            ],
        ],
        (30, 136),
        size=9.2,
    )
    d.p("CLÁUSULAS", style="B", align="C")
    clauses = [
        "PRIMERA. Objeto. La trabajadora prestará servicios como peón agrícola en la recolección de fresa y frutos rojos: recoger la fruta madura, depositarla en las cajas, llevar las cajas al punto de carga y mantener limpios los túneles.",
        "SEGUNDA. Lugar. En las fincas de la empresa situadas en el término municipal de Moguer (Huelva), parajes Montemayor y El Pinillo.",
        "TERCERA. Duración. Desde el 10 de febrero de 2026 hasta el 15 de junio de 2026, fin de la campaña.",
        "CUARTA. Jornada. 39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas, con un descanso de 30 minutos.",
        "QUINTA. Salario. 53,85 euros brutos por jornada, que incluyen la parte proporcional de pagas extraordinarias y vacaciones, según las tablas del Convenio Colectivo del Campo de Huelva. Las horas extraordinarias son voluntarias y se abonan a 10,20 euros cada una.",
        "SEXTA. Pago. El salario se paga mensualmente, mediante transferencia a la cuenta bancaria de la trabajadora, dentro de los cinco primeros días del mes siguiente, con entrega de la nómina.",
        "SÉPTIMA. Descuentos. Del salario solo se descontarán la cotización a la Seguridad Social a cargo de la trabajadora (4,85 %) y la retención del IRPF que corresponda por ley. Ningún otro concepto se descontará.",
        "OCTAVA. Alojamiento. La empresa facilita alojamiento gratuito en la finca Montemayor, con cocina, agua caliente y electricidad, sin fianza ni depósito.",
        "NOVENA. Viajes y visado. La empresa paga el visado, el billete de avión de ida de San Pedro Sula a Sevilla y el traslado a la finca. Al terminar la campaña, la empresa paga el billete de regreso de Sevilla a San Pedro Sula.",
        "DÉCIMA. Gratuidad. La selección fue realizada por la Secretaría de Trabajo y Seguridad Social de Honduras. No se cobrará a la trabajadora ninguna cantidad por su selección, contratación o viaje.",
        "UNDÉCIMA. Extinción. El contrato termina al finalizar la campaña. Antes de esa fecha solo puede extinguirse por despido disciplinario conforme al artículo 54 del Estatuto de los Trabajadores, por causas objetivas con el preaviso legal, o por dimisión de la trabajadora con quince días de preaviso, sin que se le pueda exigir penalización alguna.",
        "DUODÉCIMA. Documentos. La trabajadora conserva en todo momento su pasaporte y su tarjeta de identidad de extranjero.",
        "DECIMOTERCERA. En lo no previsto se aplicará el Estatuto de los Trabajadores y el Convenio Colectivo del Campo de Huelva.",
    ]
    for c in clauses:
        head, rest = c.split(". ", 1)
        d.p(f"**{head}.** {rest}", md=True, align="J", after=1.6)
    d.p("En Moguer, a 20 de enero de 2026.", after=2)
    d.sig_block(
        [
            "La empresa\nManuel Carrasco Vela, administrador",
            "La trabajadora\nDilcia Marisol Aguilar Ponce",
        ]
    )
    label = {
        "file": "m10.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'depositarla en las cajas' is a job duty",
            "statutory Social Security contribution and IRPF withholding (not insurance_cost)",
            "free housing, no fianza or deposit",
            "employer pays visa, outbound and return flights",
            "government office (Secretaría de Trabajo) did the selection: not a recruiter",
            "'No se cobrará ... ninguna cantidad' (negated fee); 'sin que se le pueda exigir penalización' (negated penalty)",
            "worker keeps passport",
        ],
        "doc_type": "work_contract",
        "layout": "A4; serif; gridded parties table; justified numbered cláusulas with bold run-in headings; footer on each page",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m11  generic (Indonesia -> Hong Kong) supplementary agreement, English
# ----------------------------------------------------------------------------------------
def m11():
    def foot(d: Doc) -> None:
        d.set_y(-12)
        d.set_font("sans", "", 7)
        d.cell(0, 4, f"HMEA/SA/2025/1193 - {d.page_no()}", align="R")

    d = Doc("A4", None, foot, margins=(20, 16, 20))
    d.body("sans", 10, 5)
    d.add_page()
    d.set_font("sans", "B", 13)
    d.set_text_color(120, 20, 40)
    d.cell(0, 7, "HARBOURVIEW MAID EMPLOYMENT AGENCY LTD.", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("sans", "", 8)
    d.cell(
        0,
        4,
        "Room 1507, 15/F, Causeway Tower, 22 Percival Street, Causeway Bay, Hong Kong  |  Licence No. 64511",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.cell(
        0,
        4,
        "In partnership with PT Cahaya Mandiri Sejahtera, Jl. Raya Tlogomas 118, Malang, East Java, Indonesia",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_draw_color(120, 20, 40)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.set_draw_color(0, 0, 0)
    d.ln(6)
    d.hd("SUPPLEMENTARY AGREEMENT AND UNDERTAKING OF THE HELPER", 11.5)
    d.p(
        "This agreement supplements the standard Employment Contract for a Domestic Helper and is "
        "signed by the Helper before departure from Indonesia."
    )
    d.grid(
        [
            [
                "Helper",
                "Siti Nurhaliza binti Suparman, passport no. C4471902, of Blitar, East Java",
            ],
            [
                "Employer",
                "Mrs. Wong Mei Ling, Flat 12B, Block 3, Kingsford Gardens, 18 Tai Hang Road, Hong Kong",
            ],
            ["Place of work", "The Employer's residence at the above address"],
            ["Duties", "Household chores, cooking, and care of two children aged 4 and 7"],
            ["Contract period", "Two years, from 2 June 2025 to 1 June 2027"],
            ["Wages", "HKD 5,100 per month, paid monthly on the last day of each month"],
            ["Food", "Free food provided by the Employer"],
            ["Accommodation", "Free, in the Employer's residence, with a separate room"],
        ],
        (36, 134),
        size=9.2,
    )
    clauses = [
        "1. The Employer pays the Hong Kong visa fee and the Employees' Compensation insurance premium, and on completion of the contract provides the air ticket from Hong Kong back to Surabaya.",
        "2. Before departure the Helper attended the Cantonese language and housework training at the Agency's partner training centre in Malang; the training cost of IDR 12,500,000 is charged to the Helper.",
        "3. The Helper has received a cash advance of HKD 18,900 from the Agency, which she shall repay in seven monthly instalments of HKD 2,700 out of her salary.",
        "4. Apart from the instalments in clause 3, the Employer shall make no deduction from the Helper's wages.",
        "5. The Helper's passport and HKID card will be kept by the Employer in a safe place during the contract.",
        "6. The Helper is entitled to one rest day every week and to statutory holidays and annual leave under the Employment Ordinance.",
        "7. The Helper shall not leave the Employer's flat on her rest day before 10:00 a.m. and must return by 7:00 p.m., and may not change employer until the advance is fully repaid.",
        "8. Either party may terminate the employment by giving one month's notice in writing or by paying one month's wages in lieu of notice.",
        "9. The Helper confirms that she has read this agreement in Bahasa Indonesia and understands it.",
    ]
    for c in clauses:
        d.p(c, after=1.8)
    d.ln(2)
    d.hd("SERVICES OF THE AGENCY IN HONG KONG", 10)
    d.bullets(
        [
            "Meeting the Helper at Hong Kong International Airport and taking her to the Employer's home.",
            "Arranging the Helper's medical check in Hong Kong if the Employer requests it, at the Employer's expense.",
            "Helping the Employer and the Helper renew the contract and visa at the end of the two years.",
            "Giving advice to both parties in case of a disagreement.",
        ]
    )
    d.hd("IMPORTANT CONTACTS", 10)
    d.grid(
        [
            ["Labour Department (Hong Kong) hotline", "2157 9537"],
            ["Consulate General of the Republic of Indonesia, Hong Kong", "2890 4421"],
            ["Harbourview Maid Employment Agency Ltd. (24 hours)", "2577 3160"],
        ],
        (120, 50),
        borders="HORIZONTAL_LINES",
        size=9,
    )
    d.sig_block(
        [
            "Helper: Siti Nurhaliza binti Suparman",
            "For the Agency: Jenny Lau Wai Man",
            "Employer: Wong Mei Ling",
        ]
    )
    fees = [
        fee(
            "training_cost",
            "violation",
            1,
            clauses[1],
            12500000.0,
            "IDR",
        ),
        fee("debt_bondage", "violation", 1, clauses[2], 18900.0, "HKD"),
        fee("document_retention", "violation", 1, clauses[4]),
        fee("movement_restriction", "violation", 1, clauses[6]),
    ]
    label = {
        "file": "m11.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["hours_of_work"],
        "recruiters": ["Harbourview Maid Employment Agency Ltd.", "PT Cahaya Mandiri Sejahtera"],
        "traps": [
            "employer pays visa fee, Employees' Compensation premium and return ticket",
            "free food and accommodation",
            "'no deduction from wages' apart from the loan instalments",
            "rest days stated but no working hours (hours_of_work missing)",
            "medical check in Hong Kong at the Employer's expense",
            "Labour Department and Indonesian Consulate listed as contacts: not recruiters",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; agency letterhead with rule; gridded particulars table; numbered clauses; three signature lines",
    }
    return d, label, []


# ----------------------------------------------------------------------------------------
# m12  H-2A offer letter, English
# ----------------------------------------------------------------------------------------
def m12():
    def foot(d: Doc) -> None:
        d.set_y(-13)
        d.set_font("serif", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            4,
            "Pentwater Creek Asparagus Co.  |  4471 North 72nd Avenue, Hart, MI 49420  |  (231) 555-0184",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc("letter", None, foot, margins=(25, 18, 25))
    d.body("serif", 10, 5)
    d.add_page()
    d.set_font("serif", "B", 15)
    d.set_text_color(40, 100, 40)
    d.cell(0, 8, "Pentwater Creek Asparagus Co.", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("serif", "I", 9)
    d.cell(0, 5, "Family-owned growers in Oceana County since 1962", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.p("February 24, 2025", after=3)
    d.p("Mr. Hugo Galindo Rangel\nApaseo el Grande, Guanajuato, Mexico", after=3)
    d.p("Dear Mr. Galindo,", after=2)
    paras = [
        "We are glad to offer you a job as an H-2A farmworker for the 2025 asparagus season at Pentwater Creek Asparagus Co., 4471 North 72nd Avenue, Hart, Michigan 49420. You will cut and gather asparagus spears by hand, carry the full crates to the end of the row and help load them on the wagons. The work is in our fields in Hart and Shelby, Oceana County, Michigan.",
        "You need at least one month of experience harvesting vegetables by hand and must be able to bend and stoop for long periods. The season runs from May 1, 2025 to June 28, 2025. You will be offered 35 hours per week, usually from 6:00 a.m. to 12:00 noon, seven days a week while the crop is coming in.",
        "The pay is $18.50 per hour. We always pay the highest of the Adverse Effect Wage Rate, the prevailing wage and the federal or Michigan minimum wage, and if the AEWR goes up during the season we will pay the new rate. Paychecks are given every Thursday (weekly). Deductions from your pay are only federal income tax, if you ask for it in writing, and the two items listed in the P.S. below.",
        "We guarantee to offer you work for at least three-fourths of the workdays of the season. If we cannot, we will pay you the difference.",
        "You will live free of charge in our camp at 4471 North 72nd Avenue, which is licensed by the Michigan Department of Agriculture and Rural Development. Each cabin has a kitchen with a stove and refrigerator that you may use for free to cook your own meals. A housing deposit of $100 will be taken from your first paycheck and returned at the end of the season if your room is left clean.",
        "We will reimburse your bus fare from Monterrey to Hart and meals on the road at $17.00 per day in your first paycheck. When you finish the season, we pay your bus and meals back to Monterrey. Every day we drive you from the camp to the fields and back in our buses, free of charge.",
        "You are covered by workers' compensation insurance through Great Lakes Farm Mutual, policy 77-H2A-3310, at no cost to you.",
        "If you miss five days in a row without permission we will consider that you abandoned the job. If you abandon the job or are fired for a serious reason such as fighting or stealing, you lose the three-fourths guarantee and the paid trip home.",
        "Please sign one copy of this letter and keep the other. We look forward to seeing you in May.",
    ]
    for t in paras:
        d.p(t, align="L", after=2.5)
    d.ln(2)
    d.p("Sincerely,", after=8)
    d.p("Thomas Vandermolen\nOwner, Pentwater Creek Asparagus Co.", after=4)
    d.p(
        "P.S. Asparagus knives and rain gear are sold at the farm office for $35, deducted in your first week.",
        after=2,
    )
    d.p(
        "P.P.S. To hold your place on the list, you must pay $150 to our contact in Celaya, Mr. Arturo Galván, before your consular appointment. He will give you the date of your interview.",
        after=6,
    )
    d.p("Accepted: ______________________________   Date: ______________")
    fees = [
        fee(
            "housing_charge",
            "violation",
            1,
            "A housing deposit of $100 will be taken from your first paycheck and returned at the end of the season if your room is left clean.",
            100.0,
            "USD",
        ),
        fee(
            "equipment_charge",
            "violation",
            2,
            "P.S. Asparagus knives and rain gear are sold at the farm office for $35, deducted in your first week.",
            35.0,
            "USD",
        ),
        fee(
            "recruitment_fee",
            "violation",
            2,
            "P.P.S. To hold your place on the list, you must pay $150 to our contact in Celaya, Mr. Arturo Galván, before your consular appointment.",
            150.0,
            "USD",
        ),
    ]
    label = {
        "file": "m12.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Arturo Galván"],
        "traps": [
            "free housing and free kitchen (but a housing deposit is charged)",
            "inbound bus and meals reimbursed in first paycheck",
            "free daily transport",
            "workers' compensation at no cost",
            "fee paid to a third party ('our contact in Celaya')",
        ],
        "doc_type": "offer_letter",
        "layout": "letter on letterhead with address footer; prose paragraphs; fees in P.S. and P.P.S. postscripts",
    }
    return d, label, []
