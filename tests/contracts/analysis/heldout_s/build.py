"""Build the blind heldout_s batch: 12 H-2A / H-2B documents from Mexican and Central American
recruiting channels, with labels.json.

Usage: python tests/contracts/analysis/heldout_s/build.py OUT_DIR
"""

import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from slib import Doc, rasterize, verify  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def fee(category, severity, page, quote, amount=None, currency=None, group=None):
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


# ---------------------------------------------------------------------------------------------
# s01  H-2A work contract, English, compliant
# ---------------------------------------------------------------------------------------------
def s01():
    d = Doc(
        head="Bellwether Ridge Orchards, LLC - H-2A Work Contract 2026 - Job Order WA-2026-0417",
        foot="Worker initials ______    Page {p} of {nb}",
    )
    d.band(
        "BELLWETHER RIDGE ORCHARDS, LLC",
        rgb=(120, 40, 30),
        sub="2875 Sunnyslope Road, Tonasket, WA 98855  |  (509) 555-0143",
    )
    d.heading("Work Contract for H-2A Temporary Agricultural Workers", size=12)
    d.grid(
        [
            ["Term", "What we offer"],
            [
                "Employer",
                "Bellwether Ridge Orchards, LLC, 2875 Sunnyslope Road, Tonasket, WA 98855",
            ],
            ["Job title", "Farmworker, tree-fruit harvest (apples and pears)"],
            [
                "Duties",
                "Pick apples and pears by hand from 10 and 12-foot ladders, deposit the fruit gently in "
                "field bins, move ladders between rows, thin and prune trees, and help load full bins on trailers.",
            ],
            [
                "Place of work",
                "Company orchard blocks near Tonasket and Oroville, Okanogan County, Washington",
            ],
            ["Contract period", "August 3, 2026 to November 13, 2026"],
            ["Hours", "40 hours per week, Monday to Saturday, usually 6:30 a.m. to 2:00 p.m."],
            [
                "Wage",
                "$19.82 per hour, or $30.00 per full bin when that pays more; piece earnings below "
                "the hourly rate are topped up every week",
            ],
            ["Pay day", "Weekly, every Friday, by check or direct deposit"],
        ],
        widths=(32, 148),
    )
    d.clause(
        "1. Highest wage.",
        "We pay the highest of the Adverse Effect Wage Rate, the prevailing wage, "
        "any agreed collective bargaining rate, and the federal or Washington minimum wage. If a higher "
        "rate is published during the season, the higher rate is paid from the date it takes effect.",
    )
    d.clause(
        "2. Three-fourths guarantee.",
        "We guarantee each worker the offer of work for at least "
        "three-fourths (3/4) of the workdays of the contract period. If we offer less, we pay the "
        "amount the worker would have earned for the missing hours.",
    )
    d.clause(
        "3. Housing.",
        "Free housing is provided at our Aeneas Valley bunkhouse, 14 Aeneas Valley Road, "
        "Tonasket. It meets state and federal standards. There is no rent, no charge for electricity "
        "or water, and no deposit of any kind.",
    )
    d.clause(
        "4. Meals.",
        "The bunkhouse has a free kitchen with stoves, refrigerators and cooking pots. "
        "Workers who prefer may join the camp cook's optional plan of three meals a day for $14.50 "
        "per day; this is deducted weekly only for workers who sign up in writing.",
    )
    d.clause(
        "5. Travel.",
        "When a worker completes 50% of the contract period, we reimburse the bus "
        "fare and daily meals from Fresnillo, Zacatecas, to Tonasket, or earlier if federal wage law "
        "requires it. We also reimburse the visa fee and the border-crossing fee in the first workweek.",
    )
    d.add_page()
    d.clause(
        "6. Return trip.",
        "A worker who completes the contract, or who is let go early for reasons "
        "other than cause, gets return transportation and daily meals paid to Fresnillo, Zacatecas.",
    )
    d.clause(
        "7. Daily transportation.",
        "Free daily transportation between the bunkhouse and the orchards "
        "in company vans with licensed, insured drivers.",
    )
    d.clause(
        "8. Tools.",
        "Ladders, picking bags, pruning shears and gloves are provided free of charge. "
        "No worker pays for tools or leaves a deposit for them.",
    )
    d.clause(
        "9. Workers' compensation.",
        "All workers are covered by Washington Labor & Industries "
        "workers' compensation insurance (account 402-118-77) at no cost to the worker.",
    )
    d.clause(
        "10. Deductions.",
        "Only these deductions are made: federal income tax if the worker asks for "
        "it in writing, and the optional meal plan in clause 4 for workers who choose it. No deduction "
        "is made for housing, tools, transportation or recruitment.",
    )
    d.clause(
        "11. Pay statements.",
        "Every payday each worker receives a written statement with hours "
        "offered, hours worked, bins picked, rate of pay, total earnings, each deduction and net pay.",
    )
    d.clause(
        "12. Leaving or dismissal.",
        "A worker absent for 5 consecutive workdays without permission is "
        "considered to have abandoned the job, and we notify the Department of Labor and DHS. A worker "
        "dismissed for cause, or who abandons the job, loses the three-fourths guarantee and the paid "
        "return trip.",
    )
    d.clause(
        "13. Work becomes impossible.",
        "If fire, hail, flood or another act of God makes the work "
        "impossible, we may end the contract early with Department of Labor approval. We then pay the "
        "three-fourths guarantee up to that date and the return trip.",
    )
    d.clause(
        "14. Requirements.",
        "At least 3 months of experience hand-picking tree fruit; able to lift "
        "50 pounds and to work on a 12-foot ladder.",
    )
    d.clause(
        "15. Recruitment and your rights.",
        "Enlace Campo Norte, S.C., of Fresnillo, Zacatecas, "
        "recruits workers for this job, and we pay all of its fees. No worker will be charged any fee "
        "to be hired. Workers keep their own passports and visas. Workers are free to come and go from "
        "the bunkhouse at any time, and no worker will be blacklisted or refused rehire for making a "
        "complaint.",
    )
    d.signatures(["Employer representative", "Worker"])
    lab = label(
        "s01.pdf",
        "h2a",
        "en",
        2,
        [],
        [],
        ["Enlace Campo Norte, S.C."],
        [
            "'deposit the fruit gently in field bins' is a job duty",
            "free housing, no rent, utilities or deposit",
            "optional meal plan $14.50/day: lawful under the H-2A cap",
            "visa and border-crossing fees reimbursed",
            "tools free, no deposit",
            "recruiter paid by employer; no fee charged (negated)",
            "workers keep passports; free to come and go; no blacklist (all negated)",
        ],
        "work_contract",
        "header band; gridded summary table; numbered bold-lead clauses; running header and footer",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s02  H-2A recruiter agreement, Spanish (Jalisco)
# ---------------------------------------------------------------------------------------------
def s02():
    q_fee = (
        "Para poner su nombre en la lista de seleccionados, LA PERSONA TRABAJADORA pagará a EL "
        "RECLUTADOR una cuota de inscripción de 8 500 pesos, en efectivo y en una sola exhibición."
    )
    q_visa = (
        "Los derechos consulares de la visa, 190 dólares, corren por cuenta de LA PERSONA "
        "TRABAJADORA y no le serán reembolsados."
    )
    q_bond = (
        "Como garantía de que cumplirá la temporada completa, LA PERSONA TRABAJADORA firmará un "
        "pagaré por $20,000.00 M.N. a favor de EL RECLUTADOR, que se le devolverá a su regreso."
    )
    q_pass = (
        "EL RECLUTADOR conservará el pasaporte de LA PERSONA TRABAJADORA desde la cita consular "
        "hasta la llegada a la granja, y ahí se lo entregará al mayordomo, quien lo guardará durante "
        "la temporada."
    )
    d = Doc(serif=True, size=10, foot="Convenio RAL-2026-118  -  hoja {p}/{nb}")
    d.heading("CONVENIO DE RECLUTAMIENTO Y SELECCIÓN\nTemporada H-2A 2026", size=13)
    d.p(
        "Que celebran, por una parte, Reclutamiento Agrícola Los Altos, S. de R.L. de C.V., con domicilio "
        "en Av. Hidalgo 212, Tepatitlán de Morelos, Jalisco, a quien en lo sucesivo se llamará EL "
        "RECLUTADOR, y por la otra el C. José Guadalupe Navarro Ruvalcaba, a quien se llamará LA PERSONA "
        "TRABAJADORA, al tenor de las siguientes condiciones y cláusulas."
    )
    d.grid(
        [
            ["Concepto", "Condición ofrecida por el patrón"],
            ["Patrón", "Sandhill Berry Farms, Inc., 1190 Old Ferry Road, Alma, GA 31510, EE. UU."],
            [
                "Puesto",
                "Trabajador agrícola: cosecha a mano de arándano, llenar cubetas y cargar charolas",
            ],
            ["Lugar", "Campos de la granja en los condados de Bacon y Pierce, Georgia"],
            ["Periodo", "Del 6 de abril al 19 de junio de 2026"],
            ["Jornada", "35 horas por semana, de lunes a sábado"],
            ["Salario", "$16.08 dólares por hora, o $0.65 por libra si el destajo da más"],
            ["Día de pago", "Cada semana, los jueves"],
            ["Vivienda", "Gratuita, en el campamento de la granja, 300 Camp Road, Alma, Georgia"],
            ["Comidas", "Cocina equipada con estufas y refrigeradores, sin costo"],
            ["Transporte diario", "Gratuito, en autobús de la granja, del campamento al campo"],
            ["Herramientas", "Cubetas, guantes y todo el equipo, sin costo y sin depósito"],
            ["Descuentos", "Únicamente el impuesto federal, si el trabajador lo pide por escrito"],
            ["Requisitos", "18 años o más y un mes de experiencia en cosecha de frutillas"],
        ],
        widths=(38, 142),
        size=9,
    )
    d.hd("CLÁUSULAS")
    d.clause(
        "PRIMERA.",
        "EL RECLUTADOR selecciona a LA PERSONA TRABAJADORA para el puesto descrito y "
        "le entrega copia de la orden de trabajo del patrón.",
    )
    d.clause("SEGUNDA.", q_fee)
    d.clause(
        "TERCERA.",
        q_visa + " El patrón reembolsará el autobús de Tepatitlán a Monterrey y de "
        "Monterrey a Alma, y los alimentos del viaje, al cumplirse el 50 % del contrato.",
    )
    d.add_page()
    d.clause("CUARTA.", q_bond)
    d.clause("QUINTA.", q_pass)
    d.clause(
        "SEXTA.",
        "Al terminar el contrato, el patrón pagará el transporte y los alimentos del "
        "regreso de Alma a Tepatitlán.",
    )
    d.clause(
        "SÉPTIMA.",
        "Si LA PERSONA TRABAJADORA falta cinco días seguidos sin avisar, se considera "
        "abandono del empleo y pierde el pago del regreso; lo mismo ocurre si es despedida por causa "
        "justificada.",
    )
    d.clause(
        "OCTAVA.",
        "Las partes firman de conformidad en Tepatitlán de Morelos, Jalisco, el 12 de "
        "enero de 2026.",
    )
    d.signatures(["EL RECLUTADOR", "LA PERSONA TRABAJADORA"], fingerprint=True)
    lab = label(
        "s02.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, q_fee, 8500.0, "MXN"),
            fee("visa_cost", "violation", 1, q_visa, 190.0, "USD"),
            fee("deposit_or_bond", "violation", 2, q_bond, 20000.0, "MXN"),
            fee("document_retention", "violation", 2, q_pass),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Reclutamiento Agrícola Los Altos, S. de R.L. de C.V."],
        [
            "free housing, free kitchen, free daily bus (h2a)",
            "tools free, no deposit",
            "inbound bus and meals reimbursed at 50% (visa is not)",
            "only deduction: federal tax on request",
        ],
        "recruiter_agreement",
        "serif; gridded terms table; ordinal clauses (PRIMERA...); signature line with fingerprint box",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s03  H-2B recruiter flyer, Guatemala, Spanish
# ---------------------------------------------------------------------------------------------
def s03():
    q_ins = "Inscripción para apartar su lugar: Q3,000"
    q_med = "Examen médico con nuestro doctor: Q850"
    q_cur = "Curso obligatorio de inglés para jardineros (4 sábados): Q1,200"
    d = Doc(fmt=(120, 270), size=10, margin=9)
    d.band(
        "¡TRABAJE LEGAL EN ESTADOS UNIDOS!",
        rgb=(200, 60, 20),
        size=15,
        sub="Visa de trabajo H-2B  -  Jardinería y paisajismo",
    )
    d.set_font("Body", "B", 11)
    d.multi_cell(0, 5.5, "Oportunidades del Norte GT", align="C")
    d.set_font("Body", "", 8.5)
    d.multi_cell(
        0, 4.2, "6a. avenida 4-18 zona 1, Quetzaltenango  -  WhatsApp 5530-2281", align="C"
    )
    d.ln(3)
    d.set_fill_color(220, 248, 198)
    for line in [
        "Puesto: jardinero y ayudante de paisajismo. Cortar grama, sembrar plantas, poner mulch y "
        "limpiar los jardines de los clientes.",
        "Lugar: San Antonio, Texas",
        "Fechas: del 15 de marzo al 15 de diciembre de 2026",
        "Pago: $15.40 dólares la hora, 40 horas por semana",
        "Requisitos: hombres de 20 a 45 años con un año de experiencia en jardinería",
    ]:
        d.set_font("Body", "", 9.5)
        d.multi_cell(0, 4.6, line, fill=True, padding=2)
        d.ln(2)
    d.ln(1)
    d.set_font("Body", "B", 11)
    d.multi_cell(0, 5, "COSTOS DEL PROCESO", align="L")
    d.ln(1)
    d.set_fill_color(255, 240, 200)
    for line in [q_ins, q_med, q_cur]:
        d.set_font("Body", "", 9.5)
        d.multi_cell(0, 4.6, line, fill=True, padding=2)
        d.ln(1.5)
    d.ln(2)
    d.p(
        "¡Sin comisiones sobre su sueldo en Estados Unidos! Usted no le da nada de su cheque a nadie.",
        size=9,
        style="B",
    )
    d.p(
        "Los pagos se hacen en Banrural, cuenta monetaria 3-045-11872-6 a nombre de Oportunidades del "
        "Norte. Mande foto de la boleta al WhatsApp. Informes y entrevistas con nuestro agente, Lic. Byron "
        "Chacach, los sábados en Quetzaltenango y los domingos en San Marcos.",
        size=8.5,
    )
    d.p("Cupo limitado - las primeras 40 personas inscritas viajan en marzo.", size=8.5, style="I")
    lab = label(
        "s03.pdf",
        "h2b",
        "es",
        1,
        [
            fee("recruitment_fee", "violation", 1, q_ins, 3000.0, "GTQ"),
            fee("medical_cost", "violation", 1, q_med, 850.0, "GTQ"),
            fee("training_cost", "violation", 1, q_cur, 1200.0, "GTQ"),
        ],
        [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "visa_reimbursement",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Oportunidades del Norte GT", "Lic. Byron Chacach"],
        [
            "'Sin comisiones sobre su sueldo' is a negation, not a fee",
            "'limpiar los jardines de los clientes' is a duty",
            "bank account details are payment instructions for the listed fees",
        ],
        "whatsapp_flyer",
        "tall narrow flyer; colored headline band; chat-bubble style boxes; cost list in shaded boxes",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s04  H-2B offer letter, English, compliant
# ---------------------------------------------------------------------------------------------
def s04():
    d = Doc(size=10, foot="Pinecrest Grounds & Turf, Inc.  -  Offer of Employment  -  {p}/{nb}")
    d.set_font("Body", "B", 15)
    d.set_text_color(20, 90, 40)
    d.cell(0, 8, "Pinecrest Grounds & Turf, Inc.", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Body", "", 8.5)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        4,
        "612 Harbor Mill Drive, Wilmington, NC 28405  -  (910) 555-0192  -  hr@pinecrest-turf.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.set_draw_color(20, 90, 40)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.ln(6)
    d.p("January 19, 2026")
    d.p("Mr. Elmer Tzul Ajanel\nAldea Chuicavioc, Quetzaltenango, Guatemala")
    d.p("Dear Mr. Tzul,")
    d.p(
        "We are pleased to offer you seasonal H-2B employment with our landscaping crews. The main terms "
        "are below; the full job order certified by the Department of Labor is attached."
    )
    d.grid(
        [
            [
                "Position",
                "Landscape Laborer: mow, edge and trim lawns, plant shrubs, spread mulch, operate "
                "leaf blowers, load trailers, and collect service fees from customers on cash routes when "
                "the crew leader asks",
            ],
            [
                "Worksite",
                "Customer properties in New Hanover and Brunswick Counties, North Carolina",
            ],
            ["Dates", "April 1, 2026 through November 30, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute "
                "unpaid lunch",
            ],
            ["Wage", "$18.46 per hour"],
            ["Overtime", "$27.69 per hour for hours over 40 in a workweek"],
            ["Pay", "Weekly, every Friday, by direct deposit or check"],
            ["Requirements", "3 months of landscaping experience; able to lift 50 pounds"],
        ],
        widths=(30, 150),
        grid=False,
        head=False,
    )
    d.hd("Wages")
    d.p(
        "We pay at least the highest of the prevailing wage, the federal minimum wage and the North "
        "Carolina minimum wage. If a higher prevailing wage is issued during the season, we pay it from "
        "the date it takes effect. We guarantee you the offer of work for at least three-fourths of the "
        "hours of each 12-week period of the season, or we pay the difference."
    )
    d.hd("Travel and visa")
    d.p(
        "In your first workweek we reimburse your bus fare, lodging and daily meals from Quetzaltenango "
        "to Wilmington, and your visa fee, visa processing fee and any border-crossing fee. If you finish "
        "the season, or we let you go early for reasons other than cause, we pay your transportation and "
        "meals back to Quetzaltenango."
    )
    d.add_page()
    d.hd("Tools, deductions and pay statements")
    d.p(
        "All tools, safety glasses, ear protection, gloves and company shirts are provided free of "
        "charge, with no deposit. Deductions required by law: FICA (Social Security and Medicare) and "
        "federal and North Carolina income tax. No other deductions are made. With every paycheck you "
        "receive a pay statement showing hours offered, hours worked, rate, earnings and each deduction."
    )
    d.hd("Ending the job")
    d.p(
        "If you miss 5 consecutive working days without permission we will treat it as abandonment and "
        "notify the Department of Labor and USCIS. If you are dismissed for cause, we are not required to "
        "pay the return trip or the guarantee after that date. If a hurricane, fire or other act of God "
        "makes the work impossible, we may end the season early with Department of Labor approval; we "
        "will still pay the guarantee up to that date and your trip home, and help you look for other work."
    )
    d.hd("No fees")
    d.p(
        "Maya Talent Partners, S.A., our recruiter in Quetzaltenango, is paid by us. Neither we, nor the "
        "recruiter, nor anyone else may charge you for this job. Housing is not provided by the company; "
        "we will give you a list of rooms near our yard and you choose where to live."
    )
    d.p("Please sign below and return a copy to Maya Talent Partners, S.A.")
    d.p("Sincerely,\n\nDana Whitfield, Operations Manager")
    d.signatures(["Accepted by worker", "Date"])
    lab = label(
        "s04.pdf",
        "h2b",
        "en",
        2,
        [],
        [],
        ["Maya Talent Partners, S.A."],
        [
            "'collect service fees from customers' is a job duty",
            "visa fee, processing and border-crossing reimbursed in first week",
            "inbound and return travel paid",
            "tools, gear and shirts free, no deposit",
            "deductions required by law: FICA and income tax",
            "recruiter paid by employer; nobody may charge (negated)",
            "housing not offered; worker chooses (no charge stated)",
        ],
        "offer_letter",
        "letter with text letterhead and rule; borderless two-column terms table; headed paragraphs",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s05  H-2A bilingual side-by-side EN | ES
# ---------------------------------------------------------------------------------------------
def s05():
    q_ut_en = (
        "Each worker pays $60 per week for electricity, water and gas at the camp, deducted from "
        "the Thursday check."
    )
    q_ut_es = (
        "Cada trabajador paga $60 por semana de luz, agua y gas en el campamento, que se descuentan "
        "del cheque del jueves."
    )
    q_ml_en = (
        "The camp kitchen serves three meals a day for $21.00 per day, and every worker must take "
        "the meal plan."
    )
    q_ml_es = (
        "La cocina del campamento sirve tres comidas al día por $21.00 diarios, y todos los "
        "trabajadores deben tomar el plan de comidas."
    )
    d = Doc(
        size=9,
        head="Twin Mesa Vegetable Farms LLC  |  H-2A Job Offer / Oferta de Trabajo H-2A  |  2026-2027",
        foot="{p}/{nb}",
    )
    d.band(
        "TWIN MESA VEGETABLE FARMS LLC",
        rgb=(40, 70, 130),
        size=12,
        sub="8820 East County 14th Street, Somerton, AZ 85350",
    )
    rows1 = [
        ["ENGLISH", "ESPAÑOL"],
        [
            "Employer: Twin Mesa Vegetable Farms LLC, 8820 East County 14th Street, Somerton, AZ 85350.",
            "Patrón: Twin Mesa Vegetable Farms LLC, 8820 East County 14th Street, Somerton, AZ 85350.",
        ],
        [
            "Job: Lettuce and broccoli harvester. Cut heads with a knife, trim leaves, and pack cartons on "
            "the field harvest machine.",
            "Trabajo: Cosechador de lechuga y brócoli. Cortar las cabezas con cuchillo, limpiar las hojas y "
            "empacar cajas en la máquina cosechadora.",
        ],
        [
            "Place: Company fields in Yuma County, Arizona.",
            "Lugar: Campos de la empresa en el condado de Yuma, Arizona.",
        ],
        [
            "Period: November 2, 2026 to March 19, 2027.",
            "Periodo: Del 2 de noviembre de 2026 al 19 de marzo de 2027.",
        ],
        [
            "Hours: 40 hours per week, Monday to Saturday, starting at 5:30 a.m.",
            "Horario: 40 horas por semana, de lunes a sábado, desde las 5:30 a.m.",
        ],
        [
            "Wage: $16.98 per hour. Pay: weekly, every Thursday.",
            "Salario: $16.98 por hora. Pago: semanal, cada jueves.",
        ],
        [
            "Guarantee: work for at least 3/4 of the workdays of the contract period, or pay for the "
            "difference.",
            "Garantía: trabajo por lo menos 3/4 de los días hábiles del contrato, o se paga "
            "la diferencia.",
        ],
        [
            "Requirements: 18 or older; 1 month of vegetable harvest experience.",
            "Requisitos: 18 años o más; 1 mes de experiencia en cosecha de hortalizas.",
        ],
        [
            "Housing: Provided at the Somerton labor camp, 210 South Main Avenue, Somerton.",
            "Vivienda: En el campamento de Somerton, 210 South Main Avenue, Somerton.",
        ],
        [q_ut_en, q_ut_es],
        [q_ml_en, q_ml_es],
    ]
    d.grid(rows1, widths=(90, 90), grid=False, size=9, fill=(215, 225, 245))
    d.add_page()
    rows2 = [
        ["ENGLISH", "ESPAÑOL"],
        [
            "Daily transport: free buses from the camp to the fields and back.",
            "Transporte diario: autobuses gratis del campamento al campo y de regreso.",
        ],
        [
            "Travel: bus and meals from San Luis Río Colorado to Somerton are reimbursed when the worker "
            "completes half of the contract. Return travel and meals are paid at the end.",
            "Viaje: el autobús y los alimentos de San Luis Río Colorado a Somerton se reembolsan al cumplir "
            "la mitad del contrato. El regreso y sus alimentos se pagan al final.",
        ],
        [
            "Tools: knives, gloves, rain suits and boots are provided at no cost.",
            "Herramientas: cuchillos, guantes, impermeables y botas sin costo.",
        ],
        [
            "Injury: workers' compensation insurance with Desert Mutual Insurance Co. covers every worker.",
            "Accidentes: todos los trabajadores tienen seguro de compensación laboral con Desert Mutual "
            "Insurance Co.",
        ],
        [
            "Deductions: meal plan, camp utilities, and federal income tax if the worker asks for it.",
            "Descuentos: plan de comidas, servicios del campamento e impuesto federal si el trabajador lo "
            "pide.",
        ],
        [
            "Abandonment: 5 days absent without notice ends the contract; a worker fired for cause loses the "
            "return trip.",
            "Abandono: 5 días de ausencia sin aviso terminan el contrato; quien es despedido "
            "por causa justificada pierde el viaje de regreso.",
        ],
        [
            "Frost or flood: if the crop is lost and work becomes impossible, the farm pays the 3/4 guarantee "
            "to that date and the return trip.",
            "Helada o inundación: si se pierde la cosecha y el trabajo "
            "se vuelve imposible, la granja paga la garantía de 3/4 hasta esa fecha y el regreso.",
        ],
        [
            "Recruitment: workers are recruited in San Luis Río Colorado, Sonora, by Servicios Agrícolas del "
            "Desierto, whose fees are paid by the farm.",
            "Reclutamiento: los trabajadores son reclutados en "
            "San Luis Río Colorado, Sonora, por Servicios Agrícolas del Desierto, cuyos honorarios paga la "
            "granja.",
        ],
    ]
    d.grid(rows2, widths=(90, 90), grid=False, size=9, fill=(215, 225, 245))
    d.signatures(["Worker / Trabajador", "Employer / Patrón"])
    lab = label(
        "s05.pdf",
        "h2a",
        "en+es",
        2,
        [
            fee("housing_charge", "violation", 1, q_ut_en, 60.0, "USD", group=1),
            fee("housing_charge", "violation", 1, q_ut_es, 60.0, "USD", group=1),
            fee("meal_charge", "review", 1, q_ml_en, 21.0, "USD", group=2),
            fee("meal_charge", "review", 1, q_ml_es, 21.0, "USD", group=2),
        ],
        ["wage_adjustment", "earnings_statements"],
        ["Servicios Agrícolas del Desierto"],
        [
            "$21/day meal plan is above the $17 H-2A cap and mandatory (finding, review)",
            "utility charge for h2a housing is a violation even though housing is provided",
            "free daily buses; tools free; inbound reimbursed at half; recruiter paid by farm",
        ],
        "job_order",
        "bilingual EN | ES side by side in a borderless two-column table; header band; running header",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s06  H-2B recruiter agreement, Honduras, Spanish, SCANNED
# ---------------------------------------------------------------------------------------------
def s06():
    q_fee = (
        "Por la gestión de su expediente y la entrevista, LA PERSONA TRABAJADORA pagará a LA AGENCIA "
        "L 25,000.00 en dos cuotas iguales, la primera al firmar este contrato."
    )
    q_loan = (
        "LA AGENCIA prestará a LA PERSONA TRABAJADORA el dinero de la primera cuota (L 12,500.00), "
        "y la empresa lo descontará de su cheque semanal con un interés del 5 % mensual."
    )
    q_pass = "El pasaporte hondureño y su trámite corren por cuenta de LA PERSONA TRABAJADORA."
    q_pen = (
        "Si LA PERSONA TRABAJADORA abandona la empresa antes de terminar el contrato, deberá pagar a "
        "LA AGENCIA una multa de cincuenta mil lempiras."
    )
    d = Doc(size=9.5, margin=16)
    d.heading(
        "AGENCIA DE EMPLEOS CATRACHOS UNIDOS, S. DE R.L.\n3a. calle, 8 y 9 avenida N.O., Barrio "
        "Guamilito, San Pedro Sula",
        size=11,
    )
    d.heading("CONTRATO DE SERVICIOS DE RECLUTAMIENTO - PROGRAMA H-2B", size=11)
    d.p(
        "Entre Agencia de Empleos Catrachos Unidos, S. de R.L., representada por su gestor de campo, el "
        "señor Wilmer Andino, en adelante LA AGENCIA, y la señora Karla Yesenia Padilla Mejía, en adelante "
        "LA PERSONA TRABAJADORA, se conviene lo siguiente:"
    )
    d.grid(
        [
            [
                "Empresa",
                "Gulf Breeze Seafood Processors, LLC, 77 Bayou Landing Road, Bayou La Batre, "
                "Alabama 36509",
            ],
            ["Puesto", "Procesadora de mariscos: pelar, clasificar y empacar camarón"],
            ["Lugar", "Planta de la empresa en Bayou La Batre, Alabama"],
            ["Periodo", "Del 1 de mayo al 31 de octubre de 2026"],
            ["Horario", "40 horas semanales, lunes a viernes de 6:00 a 14:30"],
            ["Salario", "$14.20 por hora; horas extra arriba de 40 a $21.30 por hora"],
            ["Pago", "Cada semana, los viernes"],
            ["Requisito", "Saber leer y escribir; mayor de 18 años"],
        ],
        widths=(30, 148),
        grid=True,
        head=False,
        size=9,
    )
    d.clause("1.", q_fee)
    d.clause("2.", q_loan)
    d.clause(
        "3.",
        q_pass + " La empresa reembolsará la visa y el cargo de trámite consular en la primera "
        "semana de trabajo.",
    )
    d.clause(
        "4.",
        "La empresa paga el transporte de San Pedro Sula a Bayou La Batre y la comida del viaje, "
        "y al terminar el contrato paga el regreso a San Pedro Sula.",
    )
    d.clause("5.", "La empresa entrega sin costo guantes, delantales, botas y cuchillos.")
    d.clause(
        "6.",
        "Descuentos de ley: Seguro Social (FICA) e impuestos federales y del estado de Alabama, "
        "además del descuento del préstamo de la cláusula 2.",
    )
    d.add_page()
    d.clause("7.", q_pen)
    d.clause(
        "8.",
        "Se considera abandono faltar cinco días hábiles seguidos sin permiso. La empresa puede "
        "despedir por causa justificada, y en ese caso no paga el regreso.",
    )
    d.clause("9.", "LA PERSONA TRABAJADORA conserva su pasaporte y su DPI en todo momento.")
    d.p("Firmado en San Pedro Sula, Cortés, a los 9 días del mes de febrero de 2026.")
    d.signatures(["LA AGENCIA", "LA PERSONA TRABAJADORA"], fingerprint=True)
    lab = label(
        "s06.pdf",
        "h2b",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, q_fee, 25000.0, "HNL"),
            fee("debt_bondage", "violation", 1, q_loan, 12500.0, "HNL"),
            fee("visa_cost", "review", 1, q_pass),
            fee("breach_penalty", "violation", 2, q_pen, 50000.0, "HNL"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Agencia de Empleos Catrachos Unidos, S. de R.L.", "Wilmer Andino"],
        [
            "passport cost alone: review under h2b",
            "visa and consular fee reimbursed in first week",
            "inbound and return travel paid; gloves, aprons, boots, knives free",
            "worker keeps passport and ID (negated retention)",
        ],
        "recruiter_agreement",
        "single column; gridded terms table without heading row; numbered clauses; fingerprint box; "
        "SCANNED image-only",
        scanned=True,
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s07  H-2A Q&A contract, Spanish, compliant
# ---------------------------------------------------------------------------------------------
def s07():
    d = Doc(
        size=9.5,
        foot="Hollis Creek Farms, Inc.  -  Contrato H-2A en preguntas y respuestas  -  página {p}",
    )
    d.band(
        "HOLLIS CREEK FARMS, INC.",
        rgb=(90, 60, 20),
        size=12,
        sub="2231 Pender Road, Faison, NC 28341  -  Contrato de trabajo H-2A 2026",
    )
    d.grid(
        [
            ["Resumen", ""],
            ["Patrón", "Hollis Creek Farms, Inc., 2231 Pender Road, Faison, NC 28341"],
            [
                "Puesto",
                "Trabajador agrícola: cosecha de pepino y camote, deshierbe y carga de cajas",
            ],
            [
                "Lugar",
                "Campos de la granja en los condados de Duplin y Sampson, Carolina del Norte",
            ],
            ["Fechas", "Del 4 de mayo al 30 de octubre de 2026"],
            ["Horario", "40 horas por semana, de lunes a sábado, de 6:30 a.m. a 2:00 p.m."],
            ["Salario", "$16.65 por hora; pepino a $0.85 por cubeta cuando el destajo da más"],
            ["Pago", "Semanal, cada viernes"],
        ],
        widths=(30, 150),
        size=9,
    )
    qa = [
        (
            "¿Qué pasa si sube el salario mínimo agrícola?",
            "Le pagamos siempre la tarifa más alta entre la "
            "AEWR, el salario prevaleciente y el salario mínimo federal o estatal. Si sube durante la "
            "temporada, le pagamos la nueva tarifa desde que entra en vigor.",
        ),
        (
            "¿Cuánto trabajo me garantizan?",
            "Le garantizamos trabajo por lo menos durante tres cuartas partes "
            "(3/4) de los días hábiles del contrato. Si le damos menos, le pagamos la diferencia.",
        ),
        (
            "¿Tengo que pagar algo para conseguir este trabajo?",
            "No. Nadie puede cobrarle por este trabajo: "
            "ni la granja, ni un reclutador, ni otra persona. Si alguien le pide dinero, llame a la granja.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En la vivienda gratuita de la granja, 88 Camp Lane, Faison. No se cobra "
            "renta, luz ni agua, y no se pide depósito.",
        ),
        (
            "¿Y la comida?",
            "La vivienda tiene cocina gratis con estufas, refrigeradores y ollas. Hay café "
            "gratis cada mañana.",
        ),
        (
            "¿Quién paga el viaje?",
            "Le reembolsamos el autobús y los alimentos desde su pueblo hasta Faison "
            "cuando cumpla la mitad del contrato, y la visa en su primera semana. Al terminar, le pagamos el "
            "viaje de regreso y sus alimentos.",
        ),
        ("¿Cómo llego al campo?", "En el autobús de la granja, gratis, todos los días."),
    ]
    for q, a in qa:
        d.p(q, style="B", gap=0.4)
        d.p(a, gap=1.8, indent=4)
    d.add_page()
    qa2 = [
        (
            "¿Tengo que comprar herramientas?",
            "No. Le damos cuchillos, cubetas y guantes gratis y sin "
            "depósito. Usted deposita el pepino en las cubetas y las vacía en el remolque.",
        ),
        (
            "¿Qué pasa si me lastimo?",
            "Está asegurado con el seguro de compensación para trabajadores de la "
            "granja (Tar Heel Farm Mutual), sin costo para usted.",
        ),
        (
            "¿Qué me van a descontar?",
            "Solo el impuesto federal sobre la renta, si usted lo pide por "
            "escrito. No se descuenta nada por vivienda, transporte ni herramientas.",
        ),
        (
            "¿Me dan talón de pago?",
            "Sí. Cada viernes recibe un talón con horas ofrecidas, horas trabajadas, "
            "cubetas, tarifa, ganancias, descuentos y pago neto.",
        ),
        (
            "¿Qué pasa si dejo el trabajo o me despiden?",
            "Si falta 5 días seguidos sin avisar, se considera "
            "abandono y avisamos al Departamento de Trabajo. Si lo despiden por causa justificada o abandona, "
            "pierde la garantía de 3/4 y el pago del regreso.",
        ),
        (
            "¿Y si un huracán destruye la cosecha?",
            "Si el trabajo se vuelve imposible, podemos terminar el "
            "contrato con permiso del Departamento de Trabajo; le pagamos la garantía hasta esa fecha y el "
            "regreso.",
        ),
        (
            "¿Qué requisitos piden?",
            "Tener 18 años o más y poder levantar 50 libras. No se necesita experiencia.",
        ),
        ("¿Me guardan el pasaporte?", "No. Usted guarda su pasaporte y su visa."),
    ]
    for q, a in qa2:
        d.p(q, style="B", gap=0.4)
        d.p(a, gap=1.8, indent=4)
    d.signatures(["Trabajador", "Hollis Creek Farms, Inc."])
    lab = label(
        "s07.pdf",
        "h2a",
        "es",
        2,
        [],
        [],
        [],
        [
            "'Nadie puede cobrarle por este trabajo' (negated recruitment fee)",
            "free housing: no rent, utilities or deposit",
            "free kitchen; 'café gratis'",
            "travel and visa reimbursed; return paid",
            "'Usted deposita el pepino en las cubetas' is a job duty, not a deposit",
            "tools free, no deposit",
            "passport kept by worker (negated retention)",
        ],
        "work_contract",
        "plain-language Q&A contract; header band; summary table at top; indented answers",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s08  H-2B job order, English, crab processing
# ---------------------------------------------------------------------------------------------
def s08():
    q_eq = (
        "Each worker buys his or her own picking knife, apron and gloves from the company store for "
        "$38, deducted from the first paycheck."
    )
    q_house = "Bunkhouse bed (optional) $75.00 per week Payroll deduction"
    q_hold = (
        "To encourage workers to finish the season, $1.00 from every hour worked is held by the "
        "company and paid in the final paycheck in November."
    )
    q_fee = (
        "No worker is exempt from the $300 processing fee paid to Reclutadora Costa Azul de Sinaloa "
        "before the consular interview."
    )
    d = Doc(
        size=9.5,
        head="TILGHMAN SHOALS SEAFOOD, INC.  -  H-2B JOB ORDER  -  CRAB MEAT PICKERS  -  2026",
        foot="Tilghman Shoals Seafood, Inc., 4807 Island Creek Road, Wingate, MD 21675  -  page {p} of {nb}",
    )
    d.heading("Job Order: Seasonal Crab Meat Pickers (H-2B)", size=12, align="L")
    d.clause(
        "1. Employer.", "Tilghman Shoals Seafood, Inc., 4807 Island Creek Road, Wingate, MD 21675."
    )
    d.clause(
        "2. Job.",
        "Crab meat picker: pick meat from steamed blue crabs with a knife, sort it by "
        "grade, pack containers and keep the picking tables clean.",
    )
    d.clause(
        "3. Place.",
        "The company picking house at 4807 Island Creek Road, Wingate, Dorchester County, "
        "Maryland.",
    )
    d.clause("4. Season.", "April 6, 2026 to November 20, 2026.")
    d.clause("5. Hours.", "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m.")
    d.clause(
        "6. Pay.",
        "$3.10 per pound of picked meat, but never less than $17.81 per hour for all hours "
        "worked. Hours over 40 in a week are paid at one and one-half times the regular rate. Pay is "
        "weekly, on Friday.",
    )
    d.clause(
        "7. Guarantee.",
        "The company offers each worker work for at least three-fourths of the hours "
        "in each 12-week period, or pays the difference.",
    )
    d.clause(
        "8. Requirements.",
        "No experience required; workers must pass a one-day picking trial and "
        "be able to stand for 8 hours.",
    )
    d.clause(
        "9. Travel and visa.",
        "The company reimburses the bus fare, lodging and meals from Sinaloa to "
        "Wingate, and the visa and consular processing fee, in the first workweek. Return "
        "transportation and meals are paid when the worker completes the season or is dismissed early "
        "without cause.",
    )
    d.clause("10. Equipment.", q_eq)
    d.clause("11. Holdback.", q_hold)
    d.add_page()
    d.clause("12. Housing.", "Housing is optional. Workers may live anywhere they choose.")
    d.grid(
        [
            ["Item", "Cost", "How paid"],
            ["Bunkhouse bed (optional)", "$75.00 per week", "Payroll deduction"],
            ["Parking at the picking house", "Free", "-"],
            ["Laundry room", "Free", "-"],
        ],
        widths=(70, 50, 60),
        size=9,
    )
    d.clause(
        "13. Deductions.",
        "FICA, federal and Maryland income tax, the optional bunkhouse bed, and "
        "the equipment in clause 10.",
    )
    d.clause(
        "14. Pay statements.",
        "Each payday every worker receives an itemized statement of hours "
        "offered, hours worked, pounds picked, rates, earnings and deductions.",
    )
    d.clause(
        "15. Abandonment.",
        "A worker absent 5 consecutive workdays without permission has abandoned "
        "the job and will be reported to the Department of Labor and USCIS as required. A worker "
        "dismissed for cause loses the paid return trip.",
    )
    d.clause(
        "16. Recruitment*.",
        "Workers are recruited in Mazatlán by Reclutadora Costa Azul de Sinaloa.",
    )
    d.ln(4)
    d.set_draw_color(120, 120, 120)
    d.line(d.l_margin, d.get_y(), d.l_margin + 50, d.get_y())
    d.ln(1.5)
    d.p("* " + q_fee + " The recruiter gives a receipt.", size=7)
    lab = label(
        "s08.pdf",
        "h2b",
        "en",
        2,
        [
            fee("equipment_charge", "violation", 1, q_eq, 38.0, "USD"),
            fee("wage_withholding", "violation", 1, q_hold, 1.0, "USD"),
            fee("housing_charge", "review", 2, q_house, 75.0, "USD"),
            fee("recruitment_fee", "violation", 2, q_fee, 300.0, "USD"),
        ],
        ["wage_adjustment", "tools_provided", "contract_impossibility"],
        ["Reclutadora Costa Azul de Sinaloa"],
        [
            "'No worker is exempt from the $300 processing fee' is a finding (double negation), in a footnote",
            "housing charge stated only in a table row",
            "free parking and laundry rows",
            "visa, consular fee and inbound travel reimbursed first week",
            "picking trial is a requirement, not a paid test",
        ],
        "job_order",
        "numbered bold-lead clauses; running header and footer; gridded 3-column cost table; small-print footnote",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s09  H-2A recruiter letter, English (Monterrey)
# ---------------------------------------------------------------------------------------------
def s09():
    q_fee = (
        "To confirm your place, deposit the processing fee of USD 450.00 into the BBVA account of "
        "Mrs. Rosa Imelda Garza Treviño, our coordinator's cousin, before March 6."
    )
    q_trav = (
        "The bus from Monterrey to the Nuevo Laredo crossing and the hotel night before the "
        "appointment, about 2,400 pesos, are your own expense."
    )
    q_dmg = "If you damage a company truck or anything in the housing, you will pay the cost of the repair."
    d = Doc(size=10.5, margin=22)
    d.set_font("Body", "B", 16)
    d.set_text_color(10, 100, 120)
    d.cell(0, 8, "COSECHA SEGURA RECRUITING", new_x="LMARGIN", new_y="NEXT", align="R")
    d.set_font("Body", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        4,
        "Calle Padre Mier 1450 Pte., Col. Centro, Monterrey, N.L.  -  81 5550 7731",
        new_x="LMARGIN",
        new_y="NEXT",
        align="R",
    )
    d.set_text_color(0, 0, 0)
    d.ln(8)
    d.p("Monterrey, February 20, 2026")
    d.p("Mr. Juan Carlos Pérez Ortiz\nGeneral Terán, Nuevo León")
    d.p("Dear Juan Carlos,")
    d.p(
        "Congratulations! You have been selected for the 2026 H-2A onion harvest with Sweetwater Onion "
        "Growers, LLC, 310 Collins Highway, Lyons, GA 30436. You will pull, clip and bag sweet onions and "
        "load the sacks on trucks in the fields of Toombs County, Georgia, from April 13 to June 26, 2026. "
        "The pay is $16.08 per hour."
    )
    d.p(
        "The farm provides free housing at its camp at 310 Collins Highway and free transportation to the "
        "fields every day."
    )
    d.p("Next steps:", style="B", gap=0.5)
    d.bullets(
        [
            q_fee,
            q_trav,
            "Bring your passport, your CURP and two photos to our office on March 9 at 8:00 a.m.",
        ],
        size=10.5,
    )
    d.p(q_dmg)
    d.p("We look forward to a good season together.")
    d.p("Sincerely,\n\nSelection Department\nCosecha Segura Recruiting")
    lab = label(
        "s09.pdf",
        "h2a",
        "en",
        1,
        [
            fee("recruitment_fee", "violation", 1, q_fee, 450.0, "USD"),
            fee("travel_cost", "violation", 1, q_trav, 2400.0, "MXN"),
            fee("damage_chargeback", "review", 1, q_dmg),
        ],
        [
            "hours_of_work",
            "wage_adjustment",
            "pay_frequency",
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
            "job_requirements",
        ],
        ["Cosecha Segura Recruiting"],
        [
            "fee paid to a third party (coordinator's cousin) is still a recruitment fee",
            "free housing and free daily transport (h2a)",
            "Mrs. Garza Treviño is a payee, not named as recruiter",
        ],
        "recruiter_letter",
        "one-page letter; right-aligned text letterhead; bulleted next steps",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s10  H-2B contract, Spanish, two columns, compliant
# ---------------------------------------------------------------------------------------------
def s10():
    d = Doc(
        size=8.8, margin=15, foot="Alpine Crest Lodge & Resort, LLC  -  Contrato H-2B  -  {p}/{nb}"
    )
    d.band(
        "CONTRATO DE TRABAJO TEMPORAL H-2B",
        rgb=(60, 60, 110),
        size=13,
        sub="Alpine Crest Lodge & Resort, LLC  -  400 Timberline Drive, Big Sky, MT 59716",
    )
    left = [
        ("h", "1. Partes"),
        (
            "p",
            "Alpine Crest Lodge & Resort, LLC, 400 Timberline Drive, Big Sky, MT 59716 (la Empresa), y "
            "la señora Rosa Elvira Cetina Pool (la Trabajadora).",
        ),
        ("h", "2. Puesto"),
        (
            "p",
            "Camarista: limpiar y arreglar habitaciones, cambiar ropa de cama, reponer amenidades y "
            "cobrar a los huéspedes los cargos de minibar al entregar la habitación.",
        ),
        ("h", "3. Lugar"),
        ("p", "El hotel Alpine Crest Lodge, 400 Timberline Drive, Big Sky, Montana."),
        ("h", "4. Periodo"),
        ("p", "Del 1 de diciembre de 2026 al 15 de abril de 2027."),
        ("h", "5. Horario"),
        (
            "p",
            "40 horas por semana, cinco turnos de 8 horas, de 8:00 a.m. a 4:30 p.m., con 30 minutos de "
            "comida.",
        ),
        ("h", "6. Salario y horas extra"),
        (
            "p",
            "$19.25 por hora. Las horas arriba de 40 por semana se pagan a $28.88 por hora. La Empresa "
            "paga siempre el salario más alto entre el salario prevaleciente y el mínimo federal, estatal o "
            "local; si se publica uno más alto durante la temporada, lo paga desde su fecha de vigencia.",
        ),
        ("h", "7. Pago"),
        (
            "p",
            "Cada dos semanas, en viernes, por depósito directo, con un talón que muestra horas "
            "ofrecidas, horas trabajadas, tarifa, ganancias y cada descuento.",
        ),
        ("h", "8. Garantía"),
        (
            "p",
            "La Empresa ofrece trabajo por lo menos durante tres cuartas partes de las horas de cada "
            "periodo de 12 semanas, o paga la diferencia.",
        ),
    ]
    right = [
        ("h", "9. Viaje y visa"),
        (
            "p",
            "La Empresa reembolsa en la primera semana el autobús, el hospedaje y los alimentos de "
            "Mérida a Big Sky, la cuota de la visa, el cargo de trámite y el cruce fronterizo. Al terminar la "
            "temporada, o si es despedida sin causa, la Empresa paga el regreso a Mérida con sus alimentos.",
        ),
        ("h", "10. Uniformes y equipo"),
        (
            "p",
            "Uniformes, carros de limpieza y todos los productos y herramientas se entregan sin costo y "
            "sin depósito.",
        ),
        ("h", "11. Alojamiento y comida"),
        (
            "p",
            "Alojamiento gratuito en el dormitorio de empleados. Desayuno y café gratis en el comedor de "
            "personal.",
        ),
        ("h", "12. Descuentos"),
        (
            "p",
            "Deducciones obligatorias por ley: FICA (Seguro Social y Medicare) e impuesto federal y de "
            "Montana sobre la renta. No se descontará nada por alojamiento, uniformes ni transporte.",
        ),
        ("h", "13. Reclutamiento"),
        (
            "p",
            "Talento Sierra Madre, S.C., de Mérida, recluta para este puesto; la Empresa le paga todos "
            "sus honorarios. Ni la Empresa ni el reclutador cobran cuota alguna a la Trabajadora.",
        ),
        ("h", "14. Requisitos"),
        (
            "p",
            "Seis meses de experiencia en limpieza de hoteles o casas; poder empujar un carro de 40 "
            "libras.",
        ),
    ]
    d.columns(left, right)
    d.add_page()
    left2 = [
        ("h", "15. Abandono y despido"),
        (
            "p",
            "Faltar 5 días de trabajo seguidos sin permiso es abandono; la Empresa avisa al Departamento "
            "de Trabajo y a USCIS. Quien abandona o es despedida por causa justificada pierde la garantía y el "
            "pago del regreso.",
        ),
    ]
    right2 = [
        ("h", "16. Imposibilidad"),
        (
            "p",
            "Si un incendio, una avalancha u otra causa de fuerza mayor obliga a cerrar el hotel, la "
            "Empresa puede terminar el contrato con permiso del Departamento de Trabajo, paga la garantía "
            "hasta esa fecha y el regreso a Mérida.",
        ),
    ]
    d.columns(left2, right2)
    d.p(
        "La Trabajadora conserva su pasaporte y puede entrar y salir del dormitorio libremente.",
        size=8.8,
    )
    d.signatures(["La Trabajadora", "Por la Empresa"])
    lab = label(
        "s10.pdf",
        "h2b",
        "es",
        2,
        [],
        [],
        ["Talento Sierra Madre, S.C."],
        [
            "'cobrar a los huéspedes los cargos de minibar' is a job duty",
            "visa, processing and border fees reimbursed first week",
            "uniforms and supplies free, no deposit",
            "free lodging and breakfast; 'café gratis'",
            "deductions required by law: FICA and income tax",
            "recruiter paid by employer; no fee (negated)",
            "worker keeps passport and may come and go (negated)",
        ],
        "work_contract",
        "two text columns with vertical rule; header band; numbered headed sections",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s11  H-2A camp rules and conditions, Spanish (Guatemala)
# ---------------------------------------------------------------------------------------------
def s11():
    q_med = (
        "El examen médico y las vacunas que pide la granja se hacen en la Clínica San Lucas de "
        "Chimaltenango y cuestan Q1,200, que paga cada trabajador."
    )
    q_mov = (
        "Los trabajadores no pueden salir del campamento después de las 8 de la noche ni los domingos "
        "sin permiso escrito del mayordomo."
    )
    q_bl = (
        "El trabajador que se queje con personas ajenas a la granja o con abogados será reportado a "
        "migración y no volverá a ser contratado."
    )
    q_dmg = "Los daños a las literas, colchones o ventanas del campamento serán cobrados al trabajador responsable."
    d = Doc(
        size=9.5,
        head="Servicios Laborales Kab'awil, S.A.  -  Chimaltenango, Guatemala  -  Temporada H-2A 2026",
        foot="Página {p} de {nb}",
    )
    d.heading("CONDICIONES DE TRABAJO Y REGLAMENTO DEL CAMPAMENTO", size=12)
    d.p("Lakeshore Blue Farms, LLC - 6650 64th Street, Fennville, MI 49408", style="B")
    d.p(
        "Este documento lo entrega Servicios Laborales Kab'awil, S.A., que recluta en Chimaltenango a los "
        "trabajadores para Lakeshore Blue Farms, LLC. Léalo antes de firmar."
    )
    d.hd("A. Condiciones")
    d.bullets(
        [
            "A.1 Trabajo: cosecha de arándano a mano y con máquina, llenar lugs y cargar tarimas.",
            "A.2 Lugar: campos de la granja en Fennville y South Haven, Michigan.",
            "A.3 Periodo: del 6 de julio al 25 de septiembre de 2026.",
            "A.4 Horario: según la madurez de la fruta y lo que indique el mayordomo.",
            "A.5 Salario: $18.15 por hora, o $0.70 por libra si el destajo da más. Si el Departamento de "
            "Trabajo publica una tarifa más alta, se paga la más alta desde su fecha.",
            "A.6 Pago: cada semana, los viernes, con talón de horas ofrecidas, horas trabajadas, libras, "
            "ganancias y descuentos.",
            "A.7 Garantía: trabajo por lo menos en 3/4 de los días del contrato, o se paga la diferencia.",
            "A.8 Vivienda gratuita en el campamento de la granja, 6650 64th Street; cocina gratuita con "
            "estufas y refrigeradores.",
            "A.9 Transporte diario gratuito del campamento a los campos.",
            "A.10 Viaje: la granja reembolsa el bus y los alimentos de Chimaltenango a Fennville al cumplir "
            "la mitad del contrato, y paga el regreso al final.",
            "A.11 Herramientas: baldes, guantes y lugs gratis, sin depósito.",
            "A.12 Descuentos: solo el impuesto federal si el trabajador lo pide.",
            "A.13 Abandono: faltar cinco días seguidos sin aviso es abandono; quien es despedido por causa "
            "justificada pierde el regreso pagado.",
            "A.14 Si una helada o granizada destruye la cosecha y el trabajo se vuelve imposible, la granja "
            "paga la garantía hasta esa fecha y el regreso.",
        ],
        size=9,
        mark="",
    )
    d.add_page()
    d.hd("B. Antes de viajar")
    d.p("B.1 " + q_med)
    d.hd("C. Reglamento del campamento")
    d.p("C.1 " + q_mov)
    d.p("C.2 " + q_dmg)
    d.p("C.3 No se permite alcohol ni visitas en los cuartos.")
    d.p("C.4 " + q_bl)
    d.p("C.5 Los trabajadores guardan su propio pasaporte.")
    d.signatures(["Trabajador", "Servicios Laborales Kab'awil, S.A."], fingerprint=True)
    lab = label(
        "s11.pdf",
        "h2a",
        "es",
        2,
        [
            fee("medical_cost", "violation", 2, q_med, 1200.0, "GTQ"),
            fee("movement_restriction", "violation", 2, q_mov),
            fee("damage_chargeback", "review", 2, q_dmg),
            fee("blacklisting_threat", "violation", 2, q_bl),
        ],
        ["hours_of_work", "workers_compensation", "job_requirements"],
        ["Servicios Laborales Kab'awil, S.A."],
        [
            "'Horario: según la madurez de la fruta' has no concrete value (hours missing)",
            "free housing, kitchen and daily transport (h2a)",
            "tools free, no deposit; travel reimbursed",
            "ban on alcohol and visitors in rooms is a house rule, not movement restriction",
            "workers keep their passports (negated retention)",
        ],
        "camp_rules",
        "running header and footer; lettered sections with numbered items; fingerprint box",
    )
    return d, lab


# ---------------------------------------------------------------------------------------------
# s12  H-2A pre-departure fee schedule, English (Tamaulipas / Nuevo León)
# ---------------------------------------------------------------------------------------------
def s12():
    q_course = "Pre-departure orientation course USD 120.00 Worker"
    q_ins = "Travel accident insurance USD 45.00 Worker"
    q_pass = "Passport (if you do not have one) MXN 1,730.00 Worker"
    q_bond = (
        "Before departure each worker leaves with the agency a guarantee equal to two weeks' pay, "
        "returned when the worker is back in Mexico."
    )
    d = Doc(size=9.5, foot="Grupo Laboral Río Bravo  -  Linares, N.L.  -  Checklist v3")
    d.band(
        "PRE-DEPARTURE CHECKLIST - H-2A CITRUS 2027",
        rgb=(210, 130, 20),
        size=12,
        sub="Grupo Laboral Río Bravo, recruiting for Palmetto Grove Citrus Harvesting, LLC",
    )
    d.p(
        "Employer: Palmetto Grove Citrus Harvesting, LLC, 1840 State Road 60 East, Lake Wales, FL 33898."
    )
    d.p(
        "Job: citrus picker. Pick oranges by hand from ladders, deposit the fruit in the tubs, and empty "
        "the tubs into the goats (field trucks). Groves in Polk County, Florida, from January 5, 2027 to "
        "May 28, 2027. Pay: $1.30 per box or $16.35 per hour, whichever is more."
    )
    d.p(
        "Free housing in the company apartments at 55 Crooked Lake Road, Babson Park, and free bus to the "
        "groves every workday."
    )
    d.hd("What it costs and who pays")
    d.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["Recruitment / selection", "USD 0.00", "No charge"],
            ["Consular visa (MRV) fee", "USD 185.00", "Employer, refunded week 1"],
            ["Pre-departure orientation course", "USD 120.00", "Worker"],
            ["Travel accident insurance", "USD 45.00", "Worker"],
            ["Passport (if you do not have one)", "MXN 1,730.00", "Worker"],
        ],
        widths=(80, 40, 60),
        size=9,
    )
    d.p(q_bond)
    d.hd("Bring to the Linares office")
    d.bullets(
        [
            "Passport, CURP and birth certificate (originals and two copies)",
            "Receipt for the orientation course and the insurance",
            "Signed acknowledgment of this checklist",
        ],
        size=9,
    )
    d.p("Questions: our agent in Linares, Dolores Cantú Salinas, WhatsApp 821 555 0164.", size=9)
    lab = label(
        "s12.pdf",
        "h2a",
        "en",
        1,
        [
            fee("training_cost", "violation", 1, q_course, 120.0, "USD"),
            fee("insurance_cost", "violation", 1, q_ins, 45.0, "USD"),
            fee("visa_cost", "review", 1, q_pass, 1730.0, "MXN"),
            fee("deposit_or_bond", "violation", 1, q_bond),
        ],
        [
            "hours_of_work",
            "wage_adjustment",
            "pay_frequency",
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
            "job_requirements",
        ],
        ["Grupo Laboral Río Bravo", "Dolores Cantú Salinas"],
        [
            "'deposit the fruit in the tubs' is a job duty",
            "recruitment row 'USD 0.00 No charge' and visa row paid by employer are not findings",
            "passport cost alone: review under h2a",
            "guarantee of 'two weeks' pay' has no fixed amount",
            "free housing and bus (h2a)",
        ],
        "fee_schedule",
        "checklist; colored header band; gridded 3-column cost table; bullets",
    )
    return d, lab


DOCS = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    labels, errors = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for fn in DOCS:
            doc, lab = fn()
            final = os.path.join(out, lab["file"])
            if lab["scanned"]:
                text_pdf = os.path.join(tmp, lab["file"])
                doc.output(text_pdf)
                errors += verify(text_pdf, lab)
                rasterize(text_pdf, final, seed=lab["file"])
            else:
                doc.output(final)
                errors += verify(final, lab)
            labels.append(lab)
    if errors:
        sys.exit("VERIFY FAILED:\n" + "\n".join(errors))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    committed = os.path.join(HERE, "labels.json")
    if os.path.abspath(out) != HERE and os.path.exists(committed):
        with open(committed, encoding="utf-8") as f:
            if json.load(f) != labels:
                print("WARNING: committed labels.json differs from the built one", file=sys.stderr)
    print("built %d documents in %.1fs -> %s" % (len(labels), time.time() - t0, out))


if __name__ == "__main__":
    main()
