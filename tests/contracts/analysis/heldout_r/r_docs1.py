"""Documents r01-r06 of the heldout_r batch."""

from r_lib import Doc


def fee(category, page, quote, amount=None, currency=None, group=None, passport_only=False):
    f = {
        "category": category,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    if passport_only:
        f["passport_only"] = True
    return f


# ---------------------------------------------------------------------------
# r01: H-2A job order, English, fully compliant, 3 pages, header/footer on each page
# ---------------------------------------------------------------------------
def r01():
    def hdr(pdf):
        pdf.set_font("sans", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, "Bitterroot Bend Orchards LLC  |  H-2A Job Order Addendum  |  Season 2026")
        pdf.ln(6)
        pdf.set_text_color(0, 0, 0)

    def ftr(pdf):
        pdf.set_y(-14)
        pdf.set_font("sans", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, "Job order WA-26-0417   Page %d of {nb}" % pdf.page_no(), align="C")
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(header_fn=hdr, footer_fn=ftr)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.heading("Terms and Conditions of Employment: Tree Fruit Harvest Worker", size=13)
    pdf.para(
        "This addendum is part of the clearance order filed by Bitterroot Bend Orchards LLC. "
        "Please read it carefully. A Spanish copy is handed to every worker before the visa "
        "interview, and the crew office will read it aloud to anyone who asks.",
        size=9.5,
    )
    pdf.grid(
        [
            ["Item", "What we offer"],
            ["Employer", "Bitterroot Bend Orchards LLC, 2871 Old Mill Road, Cashmere, WA 98815"],
            ["Job title", "Tree fruit harvest worker (SOC 45-2092)"],
            ["Dates", "August 17, 2026 through November 6, 2026"],
            ["Hours", "40 hours per week, Monday to Saturday, usually 6:30 a.m. to 3:00 p.m."],
            ["Hourly rate", "$19.82 per hour (or the piece rate below if it pays more)"],
            ["Piece rate", "$32.00 per full bin of apples; $36.00 per bin of pears"],
            ["Payday", "Every Friday (weekly)"],
            [
                "Worksites",
                "Home Ranch, 2871 Old Mill Road, Cashmere; Sleepy Hollow block, Monitor, WA",
            ],
            ["Workers needed", "64"],
        ],
        [38, 140],
    )
    pdf.heading("1. The work", size=11)
    pdf.para(
        "Workers pick apples and pears by hand into picking bags, climb and move 10- to 12-foot "
        "orchard ladders, and deposit the harvested fruit in the field bins without bruising it. "
        "Between picks, workers may be asked to prop limbs, pick up windfalls, and help feed the "
        "bin trailers at the end of each row. Work is outdoors in heat, dust and rain.",
    )
    pdf.heading("2. Requirements", size=11)
    pdf.para(
        "Three (3) months of experience hand-harvesting tree fruit. Able to lift and carry a full "
        "picking bag of 50 pounds and to work on a ladder all day. No certificate, test or "
        "diploma is required, and no one will be asked to pay for any test.",
    )
    pdf.heading("3. Wages", size=11)
    pdf.para(
        "We pay the highest of the Adverse Effect Wage Rate, the prevailing wage or piece rate, "
        "the agreed collective bargaining rate, or the federal or Washington minimum wage. If the "
        "Adverse Effect Wage Rate goes up during the season, we will raise the hourly rate on the "
        "date the new rate takes effect. Piece-rate earnings are topped up each week so that no "
        "worker earns less than $19.82 for every hour worked.",
    )
    pdf.heading("4. Three-fourths guarantee", size=11)
    pdf.para(
        "We guarantee to offer each worker employment for at least three-fourths (3/4) of the "
        "workdays of the contract period, counted from the first workday after arrival. If we "
        "offer fewer hours, we pay the difference.",
    )
    pdf.add_page()
    pdf.heading("5. Pay, earnings statements and deductions", size=11)
    pdf.para(
        "Wages are paid weekly, every Friday, by check or pay card at the worker's choice. With "
        "every payment the worker receives a written statement showing hours offered, hours "
        "worked, bins picked, the rate, total earnings and each deduction.",
    )
    pdf.para(
        "Deductions required by law: federal income tax only when the worker asks for "
        "withholding on a Form W-4 (H-2A wages are not subject to FICA). Voluntary deductions, "
        "only with the worker's written consent: purchases at the ranch store. We make no "
        "deductions for housing, tools, transportation or recruitment.",
    )
    pdf.heading("6. Housing", size=11)
    pdf.para(
        "Housing is free of charge. Workers live in the Old Mill Road bunkhouses (licensed by the "
        "Washington Department of Health, 4 workers per room, hot showers, laundry machines). "
        "There is no rent, no utility bill and no deposit for beds, blankets or keys. Residents "
        "are free to come and go and to receive visitors at any time.",
    )
    pdf.heading("7. Meals", size=11)
    pdf.para(
        "Each bunkhouse has a free, fully equipped kitchen with stoves and refrigerators. "
        "Workers who prefer it may join the cook-house meal plan, which costs $14.50 per day "
        "for three meals; the plan is optional and may be cancelled with one week's notice.",
    )
    pdf.heading("8. Transportation", size=11)
    pdf.para(
        "Inbound: the cost of the bus from the consulate in Monterrey to Cashmere and meals on "
        "the way (at least $17.00 per day, or more with receipts) are paid back to the worker "
        "in the first workweek. Daily: a company van takes workers free of charge from the "
        "bunkhouses to every orchard block and back. Return: a worker who completes the contract, "
        "or is let go early by us, receives a paid bus ticket back to Monterrey and daily meal "
        "money for the trip.",
    )
    pdf.heading("9. Tools and equipment", size=11)
    pdf.para(
        "Picking bags, ladders, bin tags, gloves and rain ponchos are provided free of charge. "
        "We never ask for a deposit on tools or equipment.",
    )
    pdf.heading("10. Workers' compensation", size=11)
    pdf.para(
        "All workers are covered by workers' compensation insurance through the Washington "
        "State Department of Labor & Industries, claim office in East Wenatchee, for injuries "
        "or illness caused by the work. The employer pays this coverage.",
    )
    pdf.heading("11. Leaving the job, dismissal and contract impossibility", size=11)
    pdf.para(
        "A worker who is absent for 5 consecutive workdays without our consent is considered to "
        "have abandoned the job. A worker may be dismissed for cause (for example violence, theft "
        "or repeated refusal to follow safety rules) after a written warning. In either case we "
        "report it to the Department of Labor, and the three-fourths guarantee and the return "
        "trip no longer apply.",
    )
    pdf.para(
        "If fire, frost, hail, flood or another act of God makes the work impossible, we may end "
        "the contract early after the Department of Labor agrees. We will then pay the "
        "three-fourths guarantee up to that date, the return trip, and help workers find other "
        "H-2A jobs.",
    )

    pdf.add_page()
    pdf.heading("12. Recruitment and your rights", size=11)
    pdf.para(
        "Our recruiting agent in Mexico, Cosecha Justa Reclutamiento S. de R.L., is paid by "
        "Bitterroot Bend Orchards LLC under a written contract. Nobody, not the agent, a crew "
        "leader or any helper, may ask you for money, gifts or work in return for this job, and "
        "no recruitment fee will be charged. If anyone asks you to pay, tell us or call the "
        "Department of Labor at 1-866-487-9243; we will pay you back and end our contract with "
        "that agent.",
    )
    pdf.para(
        "You keep your own passport, visa and ID card at all times; we do not hold them. No "
        "worker will be put on a do-not-hire list, punished or reported to anyone for "
        "complaining about pay, housing or safety, or for talking to a lawyer or union.",
    )
    pdf.heading("13. Contacts", size=11)
    pdf.grid(
        [
            ["Who", "Phone", "When"],
            ["Crew office (Spanish and Mixteco)", "(509) 555-0142", "Mon-Sat 6 a.m.-7 p.m."],
            ["Housing manager", "(509) 555-0188", "24 hours"],
            ["WA Employment Security, Ag Unit", "(509) 555-0107", "Mon-Fri"],
        ],
        [70, 45, 55],
        size=8.5,
    )
    pdf.ln(6)
    pdf.para("Signed for the employer: Dale R. Whitcomb, Owner        Date: June 2, 2026", size=9)
    fees = []
    label = {
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": fees,
        "missing_terms": [],
        "recruiters": ["Cosecha Justa Reclutamiento S. de R.L."],
        "traps": [
            "'deposit the harvested fruit in the field bins' is a job duty",
            "'feed the bin trailers' is a job word",
            "no pay for tests (negated training cost)",
            "optional meal plan $14.50/day (lawful h2a, under the $17.00 cap)",
            "'$17.00 per day' subsistence is paid TO the worker",
            "free housing; no deposit for beds or keys",
            "free to come and go (negated movement restriction)",
            "inbound bus and meals paid back; free daily van; paid return",
            "tools free, no deposit",
            "workers' compensation paid by employer",
            "recruiting agent paid by employer; no recruitment fee",
            "worker keeps passport; no do-not-hire list (negated)",
            "deductions required by law: income tax only on request",
        ],
        "doc_type": "job_order",
        "layout": "single column; repeated header/footer with page x of 3; gridded summary and contacts tables; numbered headings",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r02: WhatsApp flyer from a recruiter, Spanish, H-2A, 1 tall page
# ---------------------------------------------------------------------------
R02_FEE = "Para apartar su lugar en la lista se depositan 9 500 pesos a la cuenta de Don Rigo."
R02_MED = "El examen médico y el antidoping cuestan 1,350 pesos y los paga cada quien."
R02_VISA = "La cuota de la visa (205 dólares) también corre por su cuenta, el patrón no la regresa."


def r02():
    pdf = Doc(fmt=(110, 205), margins=(8, 8, 8))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(229, 221, 213)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 16, style="F")
    pdf.set_xy(8, 3)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("noto", "B", 11)
    pdf.cell(0, 5, "Enlace Campo Norte")
    pdf.set_xy(8, 9)
    pdf.set_font("noto", "", 7)
    pdf.cell(0, 4, "Lista de difusión · 214 destinatarios")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(21)

    def bubble(text, size=8.5, bold_first=False):
        x = 8
        w = pdf.w - 22
        y = pdf.get_y()
        pdf.set_font("noto", "", size)
        lines = pdf.multi_cell(w - 6, size * 0.47, text, align="L", dry_run=True, output="LINES")
        height = len(lines) * size * 0.47 + 6
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x, y, w, height, style="F", round_corners=True, corner_radius=2.5)
        pdf.set_xy(x + 3, y + 2.5)
        if bold_first:
            pdf.set_font("noto", "B", size)
        pdf.multi_cell(w - 6, size * 0.47, text, align="L")
        pdf.set_font("noto", "", 6)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + w - 14, y + height - 3.6)
        pdf.cell(12, 3, "9:4%d a.m." % (len(text) % 10))
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + height + 3)

    bubble("¡¡TRABAJO EN ESTADOS UNIDOS CON VISA H-2A!!", 10, True)
    bubble(
        "Se buscan 40 hombres y mujeres para la cosecha de cebolla dulce en Vidalia, Georgia. "
        "Trabajo: arrancar, cortar el rabo y echar la cebolla en costales y rejas."
    )
    bubble(
        "Fechas: del 6 de abril al 19 de junio de 2026. Se paga $15.47 dólares la hora y el "
        "pago es cada semana, los viernes. Trabajo de lunes a sábado."
    )
    bubble(
        "Requisitos: mayores de 18 años, un año de experiencia en el campo y pasaporte "
        "vigente. No se pide inglés."
    )
    bubble(
        "Allá la casa es gratis, cuartos de 6 personas con baño. Hay camioneta del rancho "
        "para ir al campo todos los días sin costo."
    )
    bubble(
        "Costos: " + R02_FEE + " " + R02_MED + " " + R02_VISA,
    )
    bubble(
        "Interesados mandar foto del pasaporte y de la INE por este número. "
        "Oficina: calle Morelos 27, Dolores Hidalgo, Gto. Preguntar por Don Rigoberto Salinas."
    )
    bubble("*** Lugares limitados, se cierra la lista el 15 de enero.", 8.5)

    fees = [
        fee("recruitment_fee", 1, R02_FEE, 9500.0, "MXN"),
        fee("medical_cost", 1, R02_MED, 1350.0, "MXN"),
        fee("visa_cost", 1, R02_VISA, 205.0, "USD"),
    ]
    label = {
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": fees,
        "missing_terms": [
            "employer_identity",
            "hours_of_work",
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
        "recruiters": ["Enlace Campo Norte", "Rigoberto Salinas"],
        "traps": [
            "free housing ('la casa es gratis')",
            "free daily van ('sin costo')",
            "'echar la cebolla en costales y rejas' is a job duty",
            "'Trabajo de lunes a sábado' gives days but no hours (hours missing)",
            "no employer named, only a town (employer_identity missing)",
        ],
        "doc_type": "whatsapp_flyer",
        "layout": "WhatsApp broadcast screenshot: tall narrow page, green title bar, chat bubbles; three costs in one bubble",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r03: H-2B offer letter, English | Spanish side by side, 2 pages
# ---------------------------------------------------------------------------
R03_HOUSE_EN = "Rooms in the company bunkhouse on Somers Cove Road cost $75 a week per person, taken out of your pay."
R03_HOUSE_ES = "Los cuartos en la casa de la empresa en Somers Cove Road cuestan $75 por semana por persona y se descuentan de su pago."
R03_EQ_EN = "A $40 deposit for rubber boots and aprons is kept from your first paycheck and given back when you return them."
R03_EQ_ES = "Un depósito de $40 por las botas de hule y los mandiles se retiene de su primer cheque y se le devuelve cuando los entregue."


def r03():
    def ftr(pdf):
        pdf.set_y(-13)
        pdf.set_font("sans", "", 7)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(
            0,
            4,
            "Saltmarsh Seafood Processors Inc. · 118 Wharf Street, Crisfield, MD 21817 · "
            "(410) 555-0163   —   %d/2" % pdf.page_no(),
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    pdf = Doc(footer_fn=ftr, margins=(15, 14, 15))
    pdf.add_page()
    pdf.band(
        "Saltmarsh Seafood Processors Inc.",
        "Offer of H-2B employment  /  Oferta de empleo H-2B  —  Season 2026",
        fill=(20, 60, 110),
    )
    pdf.para(
        "To / Para: Workers recruited in Hidalgo by Agencia Laboral Huasteca S.C. for the "
        "crab-picking season. The company pays the agency; workers owe it nothing.   "
        "Trabajadores reclutados en Hidalgo por Agencia Laboral Huasteca S.C. La empresa paga a "
        "la agencia; los trabajadores no le deben nada.",
        size=8.5,
    )
    rows = [
        [
            "Job: crab meat picker. You steam, crack and pick blue crabs and pack the meat in "
            "one-pound cups at our plant, 118 Wharf Street, Crisfield, Maryland.",
            "Puesto: pelador(a) de jaiba. Cocer, quebrar y pelar jaiba azul y empacar la carne "
            "en vasos de una libra en nuestra planta, 118 Wharf Street, Crisfield, Maryland.",
        ],
        [
            "Requirements: 18 or older; able to stand 8 hours and use a small knife. No "
            "experience is needed; we train you on the job for free.",
            "Requisitos: tener 18 años o más; poder estar de pie 8 horas y usar un cuchillo "
            "pequeño. No se pide experiencia; la capacitación es gratis en el trabajo.",
        ],
        [
            "Dates: April 6, 2026 to November 20, 2026.",
            "Fechas: del 6 de abril al 20 de noviembre de 2026.",
        ],
        [
            "Hours: 35 hours a week, Monday to Saturday, starting at 5:30 a.m.",
            "Horario: 35 horas por semana, de lunes a sábado, entrada a las 5:30 a.m.",
        ],
        [
            "Pay: $17.45 per hour, or $4.25 per pound of picked meat if that is more. We always "
            "pay at least the highest of the prevailing wage and the federal, state or local "
            "minimum wage.",
            "Pago: $17.45 por hora, o $4.25 por libra de carne pelada si es más. Siempre pagamos "
            "por lo menos el más alto entre el salario prevaleciente y el salario mínimo "
            "federal, estatal o local.",
        ],
        [
            "Overtime: $26.18 per hour for every hour over 40 in a week.",
            "Horas extra: $26.18 por hora por cada hora arriba de 40 en la semana.",
        ],
        [
            "Payday: every Friday. Each pay stub shows hours, pounds, rate and every deduction.",
            "Día de pago: cada viernes. Cada talón muestra horas, libras, tarifa y cada descuento.",
        ],
        [
            "Deductions: federal and Maryland income tax, Social Security and Medicare, and the "
            "housing and deposit amounts below.",
            "Descuentos: impuestos federales y de Maryland, Seguro Social y Medicare, y las "
            "cantidades de vivienda y depósito que se indican abajo.",
        ],
    ]
    rows2 = [
        [
            "Travel: we pay back your bus from Pachuca to Crisfield and meals on the road in your "
            "first week's pay. We also pay back the visa fee and the border-crossing fee in that "
            "same week.",
            "Viaje: le reembolsamos el autobús de Pachuca a Crisfield y las comidas del camino en "
            "el pago de la primera semana. También le reembolsamos la cuota de la visa y el cruce "
            "de frontera esa misma semana.",
        ],
        [
            "Return: if you finish the season, or we let you go early, we pay your trip home.",
            "Regreso: si termina la temporada, o si lo despedimos antes, pagamos su viaje de "
            "regreso.",
        ],
        [
            R03_HOUSE_EN + " The company bus to the plant is free.",
            R03_HOUSE_ES + " El autobús de la empresa a la planta es gratis.",
        ],
        [
            "Tools: all knives, mallets and cutting boards are provided free of charge. "
            + R03_EQ_EN,
            "Herramientas: todos los cuchillos, mazos y tablas se dan gratis. " + R03_EQ_ES,
        ],
        [
            "Leaving: if you miss 5 days in a row without telling us, we treat it as quitting. We "
            "may fire a worker for cause (theft, fighting, working drunk). Then we do not pay "
            "the trip home.",
            "Salida: si falta 5 días seguidos sin avisar, se toma como renuncia. Podemos despedir "
            "por causa justificada (robo, pleitos, trabajar borracho). En ese caso no pagamos el "
            "regreso.",
        ],
        [
            "If a hurricane, fire or closure of the crab fishery makes the work impossible, we "
            "may end the contract with the Department of Labor's approval; we then pay your "
            "wages to that date and your trip home.",
            "Si un huracán, un incendio o el cierre de la pesca de jaiba hacen imposible el "
            "trabajo, podemos terminar el contrato con aprobación del Departamento del Trabajo; "
            "pagamos el salario hasta ese día y su viaje de regreso.",
        ],
        [
            "Nobody may charge you for this job. Your passport stays with you.",
            "Nadie le puede cobrar por este trabajo. Su pasaporte se queda con usted.",
        ],
    ]
    pdf.set_font("sans", "", 9.5)
    with pdf.table(
        col_widths=(90, 90),
        borders_layout="NONE",
        first_row_as_headings=False,
        line_height=4.6,
        padding=(1.8, 2),
        text_align="LEFT",
        v_align="TOP",
    ) as t:
        for en, es in rows + rows2:
            r = t.row()
            r.cell(en)
            r.cell(es)
    pdf.ln(8)
    pdf.para("Accepted / Aceptado: ______________________      Date / Fecha: ____________", size=9)
    fees = [
        fee("housing_charge", 1, R03_HOUSE_EN, 75.0, "USD", group=1),
        fee("housing_charge", 1, R03_HOUSE_ES, 75.0, "USD", group=1),
        fee("equipment_charge", 1, R03_EQ_EN, 40.0, "USD", group=2),
        fee("equipment_charge", 1, R03_EQ_ES, 40.0, "USD", group=2),
    ]
    label = {
        "program": "h2b",
        "language": "en+es",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["three_fourths_guarantee"],
        "recruiters": ["Agencia Laboral Huasteca S.C."],
        "traps": [
            "agency paid by the company; workers owe it nothing",
            "free on-the-job training (not a training charge)",
            "inbound bus and visa/border fees paid back in the first week",
            "free bus to the plant",
            "knives and boards free (tools_provided present) while boots/aprons carry a deposit",
            "statutory deductions (taxes, Social Security, Medicare)",
            "nobody may charge for the job; passport stays with worker",
        ],
        "doc_type": "offer_letter",
        "layout": "letterhead band; bilingual EN | ES side by side in borderless two-column table; repeated footer",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r04: domestic worker contract, generic corridor (Philippines -> Riyadh), English, 3 pages
# ---------------------------------------------------------------------------
R04_DOC = "The Employer shall keep the Worker's passport and residence card for safekeeping during the whole term of this contract."
R04_MOVE = "The Worker shall not go out of the house alone on her rest day and shall hand in her mobile phone from Sunday to Thursday."
R04_WAGE = "SAR 300 from each monthly salary will be held by the Employer and paid to the Worker only at the end of the two years."
R04_DED = "No amount shall be deducted from the salary except the SAR 300 held under Clause 4; the Worker's food and lodging are free."
R04_INS = "Before departure the Worker shall pay the Agency PHP 4,200 for her welfare fund membership and compulsory insurance."
R04_TRAIN = "The household skills course and the Arabic language class at the Agency's training centre cost PHP 12,500, to be paid by the Worker in three instalments."


def r04():
    def ftr(pdf):
        pdf.set_y(-15)
        pdf.set_font("serif", "", 8)
        pdf.cell(0, 4, "Employer's initials: ______     Worker's initials: ______", align="L")
        pdf.cell(0, 4, "Page %d of 3" % pdf.page_no(), align="R")

    pdf = Doc(fmt="A4", footer_fn=ftr, margins=(20, 18, 20))
    pdf.base_font = "serif"
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(0, 7, "STANDARD EMPLOYMENT CONTRACT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 10)
    pdf.cell(0, 5, "for Household Service Workers", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Mr. Faisal Nasser Al-Harbi, Villa 27, Street 14, Al Yarmouk District, Riyadh, "
                "Kingdom of Saudi Arabia. Tel. +966 55 555 0190",
            ],
            [
                "Worker",
                "Ms. Maricel Dizon Buenaventura, born 12 May 1994, of Barangay San Roque, "
                "Tarlac City, Philippines. Passport No. P4417820B",
            ],
            [
                "Philippine agency",
                "Tala Bright Manpower Services Inc., 3/F Alvarez Bldg., 1440 Taft Avenue, "
                "Malate, Manila",
            ],
            ["Foreign agency", "Al Noor Recruitment Office, King Fahd Road, Riyadh"],
        ],
        [38, 132],
        size=9,
    )
    pdf.para(
        "The parties agree as follows. The Worker was recruited by the two agencies named above "
        "on behalf of the Employer.",
        size=10,
    )
    clauses = [
        "Site of employment. The Worker shall work in the Employer's household at Villa 27, "
        "Street 14, Al Yarmouk District, Riyadh.",
        "Duties. The Worker shall clean the house, wash and iron clothes, cook family meals "
        "and look after the Employer's two children, aged 4 and 7.",
        "Term. This contract runs for two (2) years, from 2 March 2026 to 1 March 2028.",
        "Salary. The Employer shall pay the Worker a monthly salary of SAR 1,500 (one thousand "
        "five hundred Saudi riyals), by bank transfer on the last day of each month. " + R04_WAGE,
        "Hours of work and rest. The Worker shall work no more than 10 hours a day, with at "
        "least 8 continuous hours of rest each night and one full rest day (Friday) every week.",
        "Deductions. " + R04_DED,
    ]
    pdf.numbered(clauses, size=10)
    pdf.add_page()
    clauses2 = [
        "Board and lodging. The Employer shall give the Worker free food and a private room "
        "with a lock, a bed, a fan and a window.",
        "Travel. The Employer pays the work visa, the air ticket from Manila to Riyadh and the "
        "return ticket at the end of the contract or whenever the contract is ended without "
        "fault of the Worker.",
        "Pre-departure costs. " + R04_INS + " " + R04_TRAIN,
        "Documents. " + R04_DOC,
        "Conduct. " + R04_MOVE + " The Worker may call her family every Friday from the "
        "Employer's telephone.",
        "Medical care. The Employer shall provide free medical and dental care and pay for any "
        "medicines while the Worker is in Saudi Arabia.",
        "Termination. Either party may end this contract by giving one month's written notice. "
        "If the Employer ends it without just cause, the Employer pays the return ticket and "
        "one month's salary. If the Worker ends it without just cause, she pays her own return "
        "ticket.",
    ]
    pdf.numbered(clauses2, size=10, start=7)
    pdf.add_page()
    pdf.numbered(
        [
            "Disputes. Complaints may be brought to the Philippine Overseas Labor Office in "
            "Riyadh or the Saudi labour courts. The Worker may also call the Philippine "
            "Embassy hotline at any time.",
            "Language. This contract was explained to the Worker in Filipino, and she received "
            "a copy before signing.",
        ],
        size=10,
        start=14,
    )
    pdf.ln(4)
    pdf.heading("Annex A - Salary schedule (first year)", size=10.5)
    rows = [["Month", "Gross (SAR)", "Held (SAR)", "Paid to Worker (SAR)"]]
    months = [
        "Mar 2026",
        "Apr 2026",
        "May 2026",
        "Jun 2026",
        "Jul 2026",
        "Aug 2026",
        "Sep 2026",
        "Oct 2026",
        "Nov 2026",
        "Dec 2026",
        "Jan 2027",
        "Feb 2027",
    ]
    for m in months:
        rows.append([m, "1,500", "300", "1,200"])
    pdf.grid(rows, [40, 40, 40, 50], size=8.5, align="CENTER")
    pdf.ln(6)
    pdf.set_font("serif", "", 9.5)
    pdf.cell(85, 5, "_____________________________")
    pdf.cell(0, 5, "_____________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(85, 5, "Employer")
    pdf.cell(0, 5, "Worker", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Verified: Tala Bright Manpower Services Inc., 14 January 2026")
    fees = [
        fee("wage_withholding", 1, R04_WAGE, 300.0, "SAR", group=1),
        fee("wage_withholding", 1, R04_DED, 300.0, "SAR", group=1),
        fee("insurance_cost", 2, R04_INS, 4200.0, "PHP"),
        fee("training_cost", 2, R04_TRAIN, 12500.0, "PHP"),
        fee("document_retention", 2, R04_DOC),
        fee("movement_restriction", 2, R04_MOVE),
    ]
    label = {
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": fees,
        "missing_terms": [],
        "recruiters": ["Tala Bright Manpower Services Inc.", "Al Noor Recruitment Office"],
        "traps": [
            "employer pays visa, outbound and return ticket",
            "free food and private room",
            "free medical care while abroad",
            "'Deductions' clause restates the held SAR 300 (grouped with the withholding clause)",
            "Philippine Embassy / labor office are not recruiters",
            "worker pays own return ticket only if she quits without cause (borderline, not labelled)",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4 serif; gridded parties table; numbered clauses over 3 pages; repeated initials footer; salary annex table",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r05: H-2B Q&A sheet from a recruiter for a landscaping employer, English, 2 pages
# ---------------------------------------------------------------------------
R05_FEE1 = "Bring $350 cash for the sign-up fee and hand it to Lupita Peña, Jorge's cousin, at her store on Calle Hidalgo in Fresnillo."
R05_FEE2 = "No worker is exempt from the $350 sign-up fee, not even people who came last year."
R05_PEN = "If you go home before the season ends on October 31, two weeks' pay will be taken from your last check."
R05_BLACK = "People who complain to the Labor Department or call a lawyer go on the no-rehire list and will not be called again."


def r05():
    pdf = Doc(margins=(20, 16, 20))
    pdf.base_font = "noto"
    pdf.add_page()
    pdf.set_font("noto", "B", 15)
    pdf.cell(0, 8, "Greenway Yard Pros LLC - 2026 season", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", "", 10)
    pdf.cell(
        0,
        5,
        "Questions and answers for new workers, prepared by recruiter Jorge Peña Salas",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    qa = [
        (
            "Who is the employer?",
            "Greenway Yard Pros LLC, 905 Industrial Park Drive, Conway, South Carolina 29526. "
            "They have an H-2B certification for 22 landscape laborers.",
        ),
        (
            "What is the work?",
            "Mowing, edging, trimming hedges, planting flowers and spreading mulch at homes, "
            "hotels and golf communities in Myrtle Beach and Conway, South Carolina. Sometimes "
            "the crew leader collects the fee from customers for extra jobs; you never pay it.",
        ),
        (
            "What do I need?",
            "Three months of experience in landscaping or farm work. You do not need a "
            "driver's license or English.",
        ),
        (
            "When does it start and end?",
            "March 16, 2026 to October 31, 2026.",
        ),
        (
            "How many hours?",
            "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute lunch.",
        ),
        (
            "How much is the pay?",
            "$16.12 per hour. Overtime after 40 hours is paid at $24.18 per hour. Pay comes "
            "every Friday.",
        ),
        (
            "What comes out of my check?",
            "Only federal and state income tax and Social Security/Medicare.",
        ),
        (
            "How do I sign up?",
            R05_FEE1 + " She gives you a paper with your place in line.",
        ),
        (
            "I worked there last year. Do I still pay?",
            "Yes. " + R05_FEE2,
        ),
    ]

    def qa_block(q, a):
        pdf.set_font("noto", "B", 10.5)
        pdf.set_text_color(0, 90, 50)
        pdf.multi_cell(0, 5.2, "Q: " + q, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("noto", "", 10)
        pdf.multi_cell(0, 5, "A: " + a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    for q, a in qa:
        qa_block(q, a)
    pdf.add_page()
    qa2 = [
        (
            "Do I pay for my visa?",
            "No. The company pays you back the visa fee and the border-crossing fee in your "
            "first paycheck.",
        ),
        (
            "Who pays the bus?",
            "You buy the bus ticket from Monterrey to Conway, and the company pays it back, "
            "with meals for the road, in your first week. If you finish the season the company "
            "buys your bus ticket home.",
        ),
        (
            "Do I pay for tools?",
            "No, the company gives you mowers, trimmers, gloves and safety glasses for free.",
        ),
        ("What if I want to leave early?", R05_PEN),
        (
            "What if I just stop coming to work?",
            "If you miss 5 days in a row without calling, the company counts it as quitting "
            "and tells the government.",
        ),
        ("Can I complain if something is wrong?", "Talk to me first. " + R05_BLACK),
        ("Where do I live?", "The company helps you find a room; you choose where to live."),
    ]
    for q, a in qa2:
        qa_block(q, a)
    pdf.ln(4)
    pdf.set_font("noto", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Jorge Peña Salas, recruiter - WhatsApp +52 493 555 0137. Keep this paper.",
    )
    fees = [
        fee("recruitment_fee", 1, R05_FEE1, 350.0, "USD", group=1),
        fee("recruitment_fee", 1, R05_FEE2, 350.0, "USD", group=1),
        fee("breach_penalty", 2, R05_PEN),
        fee("blacklisting_threat", 2, R05_BLACK),
    ]
    label = {
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": fees,
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Jorge Peña Salas"],
        "traps": [
            "'collects the fee from customers' is a job duty; 'you never pay it'",
            "visa and border-crossing fees paid back",
            "bus paid back with meals; return bus paid",
            "tools free",
            "deductions only taxes and Social Security/Medicare",
            "'No worker is exempt from the $350 sign-up fee' IS a finding (same fee as the cousin payment, grouped)",
            "fee paid to the recruiter's cousin (third party); the cousin is a collector, not listed as recruiter",
            "'two weeks' pay' penalty has no numeric amount",
        ],
        "doc_type": "faq_sheet",
        "layout": "plain Q&A sheet, bold coloured questions; no tables",
    }
    return pdf, label


# ---------------------------------------------------------------------------
# r06: H-2A work contract, Spanish, scanned, 2 pages, numbered clauses, header/footer
# ---------------------------------------------------------------------------
R06_BUS = "El costo del autobús de Monterrey a Kinston, 2,100 pesos, se descontará en partes iguales de los primeros tres cheques."
R06_BOND = "Antes de viajar, EL TRABAJADOR firmará un pagaré en blanco a favor de LA COMPAÑÍA como garantía de que cumplirá el contrato."
R06_DMG = "Si se descompone un tractor o una carreta por descuido de EL TRABAJADOR, la reparación se le cobrará de su salario."


def r06():
    def hdr(pdf):
        pdf.set_font("serif", "B", 8.5)
        pdf.cell(0, 4, "CONTRATO DE TRABAJO TEMPORAL H-2A  ·  TEMPORADA 2026", align="C")
        pdf.ln(7)

    def ftr(pdf):
        pdf.set_y(-15)
        pdf.set_font("serif", "", 8)
        pdf.cell(0, 4, "Firma o huella de EL TRABAJADOR: __________", align="L")
        pdf.cell(0, 4, "Hoja %d de 2" % pdf.page_no(), align="R")

    pdf = Doc(header_fn=hdr, footer_fn=ftr, margins=(22, 14, 22))
    pdf.base_font = "serif"
    pdf.add_page()
    pdf.para(
        "Contrato que celebran, por una parte, WHITFIELD CREEK FARMS LLC, con domicilio en 3320 "
        "Pender Mill Road, Kinston, Carolina del Norte 28504, Estados Unidos (LA COMPAÑÍA), y por "
        "la otra el trabajador cuyo nombre aparece al final (EL TRABAJADOR), al tenor de las "
        "siguientes cláusulas:",
        size=10,
        align="J",
    )
    cl = [
        "PUESTO. EL TRABAJADOR se contrata como trabajador agrícola para plantar, deshierbar y "
        "cosechar camote y tabaco, y depositar los camotes en las cajas de campo.",
        "REQUISITOS. Haber trabajado al menos tres meses en la cosecha de camote o tabaco y "
        "poder levantar 60 libras.",
        "LUGAR. En los campos de LA COMPAÑÍA en el condado de Lenoir, Carolina del Norte.",
        "DURACIÓN. Del 20 de abril al 30 de octubre de 2026.",
        "JORNADA. 40 horas por semana, de lunes a sábado, de 7:00 a 15:30 horas.",
        "SALARIO. $16.43 dólares por hora, pagados cada semana, los jueves, con un talón que "
        "indica horas ofrecidas, horas trabajadas, salario y descuentos.",
        "GARANTÍA. LA COMPAÑÍA garantiza trabajo por al menos tres cuartas partes (3/4) de los "
        "días laborables del contrato.",
        "DESCUENTOS. Impuesto federal sólo si EL TRABAJADOR lo pide por escrito, y los descuentos "
        "señalados en las cláusulas 9 y 15.",
        "TRANSPORTE. " + R06_BUS + " Del alojamiento al campo LA COMPAÑÍA lleva a los "
        "trabajadores diariamente sin costo. Al terminar el contrato, LA COMPAÑÍA paga el "
        "autobús de regreso a Monterrey y los alimentos del camino.",
        "VIVIENDA Y COMIDA. La vivienda es gratuita, en la casa de la granja en 3320 Pender Mill "
        "Road, con cocina equipada, estufa y refrigerador sin costo para cocinar sus alimentos.",
    ]
    pdf.numbered(cl, size=10, indent=8, label_fmt="%d.")
    pdf.add_page()
    cl2 = [
        "HERRAMIENTAS. Azadones, cuchillos, guantes y cubetas se dan sin costo y sin depósito.",
        "SEGURO. EL TRABAJADOR queda cubierto por el seguro de compensación para trabajadores "
        "(workers' compensation) que paga LA COMPAÑÍA.",
        "ABANDONO Y DESPIDO. Si EL TRABAJADOR falta 5 días seguidos sin permiso se considera "
        "abandono; también puede ser despedido por causa justificada. En ambos casos pierde la "
        "garantía de 3/4 y el pago del regreso.",
        "CASO FORTUITO. Si un huracán, inundación o incendio hace imposible el trabajo, LA "
        "COMPAÑÍA pagará la garantía hasta esa fecha y el regreso a Monterrey.",
        "CUIDADO DEL EQUIPO. " + R06_DMG,
        "GARANTÍA DE CUMPLIMIENTO. " + R06_BOND,
        "Nadie puede cobrarle dinero por darle este trabajo. EL TRABAJADOR guarda su propio "
        "pasaporte.",
    ]
    pdf.numbered(cl2, size=10, indent=8, start=11, label_fmt="%d.")
    pdf.ln(6)
    pdf.set_font("serif", "", 10)
    pdf.cell(80, 5, "Por LA COMPAÑÍA: R. T. Whitfield")
    pdf.cell(0, 5, "EL TRABAJADOR: Anselmo Cruz Hernández", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Kinston, N.C., a 2 de marzo de 2026")
    fees = [
        fee("travel_cost", 1, R06_BUS, 2100.0, "MXN"),
        fee("damage_chargeback", 2, R06_DMG),
        fee("deposit_or_bond", 2, R06_BOND),
    ]
    label = {
        "program": "h2a",
        "language": "es",
        "scanned": True,
        "pages": 2,
        "fees": fees,
        "missing_terms": ["wage_adjustment", "inbound_transportation"],
        "recruiters": [],
        "traps": [
            "'depositar los camotes en las cajas' is a job duty",
            "free daily transport; return bus and meals paid",
            "free housing and free kitchen (vivienda gratuita)",
            "tools without cost or deposit",
            "workers' compensation paid by the company",
            "'Nadie puede cobrarle dinero por darle este trabajo' (negated fee)",
            "'GARANTÍA' heading is the 3/4 guarantee, not a deposit",
        ],
        "doc_type": "work_contract",
        "layout": "numbered cláusulas, serif; repeated header and signature footer; SCANNED image-only (skew, speckle)",
    }
    return pdf, label
