#!/usr/bin/env python3
"""Blind-written held-out batch "heldout_e" (10 synthetic contract PDFs).

Usage:  python build.py OUT_DIR [--write-labels]

Writes eNN.pdf and a copy of labels.json into OUT_DIR.  Every finding sentence is
declared inline with F(...) so the labels are derived from the printed text; the page
of each quote is located with pdfplumber (for the scanned e10: in the text version
before rasterising).  --write-labels regenerates ./labels.json from the specs;
otherwise the checked-in labels.json is compared with the specs (warnings) and copied.
All names are fictional.
"""

import datetime
import io
import json
import os
import random
import shutil
import sys
import tempfile

import pdfplumber
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0, tzinfo=datetime.UTC)

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def norm(s):
    return " ".join(s.split())


class Spec:
    def __init__(
        self, file, program, language, doc_type, layout, missing, recruiters, traps, scanned=False
    ):
        self.file, self.program, self.language = file, program, language
        self.doc_type, self.layout, self.scanned = doc_type, layout, scanned
        self.missing, self.recruiters, self.traps = missing, recruiters, traps
        self.fees = []

    def F(self, cat, quote, amount=None, currency=None, group=None, severity=None):
        if severity is None:
            severity = "review" if cat in REVIEW_ALWAYS else "violation"
            if cat == "housing_charge" and self.program != "h2a":
                severity = "review"
        f = {
            "category": cat,
            "severity": severity,
            "page": None,
            "amount": float(amount) if amount is not None else None,
            "currency": currency,
            "quote": quote,
        }
        if group is not None:
            f["group"] = group
        self.fees.append(f)
        return quote


class Doc(FPDF):
    def __init__(self, fmt="Letter", orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_creation_date(FIXED)
        self.set_producer("heldout_e")
        self.add_font("S", "", f"{FONTDIR}/DejaVuSans.ttf")
        self.add_font("S", "B", f"{FONTDIR}/DejaVuSans-Bold.ttf")
        self.add_font("C", "", f"{FONTDIR}/DejaVuSansCondensed.ttf")
        self.add_font("C", "B", f"{FONTDIR}/DejaVuSansCondensed-Bold.ttf")
        self.add_font("R", "", f"{FONTDIR}/DejaVuSerif.ttf")
        self.add_font("R", "B", f"{FONTDIR}/DejaVuSerif-Bold.ttf")
        self.set_auto_page_break(True, 18)
        self.set_margins(18, 16, 18)
        self.body = ("S", 10)

    # --- helpers -------------------------------------------------------------
    def band(self, title, sub=None, rgb=(30, 70, 110)):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, 24 if sub else 18, "F")
        self.set_text_color(255, 255, 255)
        self.set_xy(18, 5)
        self.set_font("S", "B", 14)
        self.cell(0, 7, title)
        if sub:
            self.set_xy(18, 13)
            self.set_font("S", "", 9)
            self.cell(0, 6, sub)
        self.set_text_color(0, 0, 0)
        self.set_y(30 if sub else 24)

    def hd(self, text, size=11.5, font=None):
        self.ln(2)
        self.set_font(font or self.body[0], "B", size)
        self.multi_cell(0, 6, text)
        self.ln(0.5)

    def p(self, text, size=None, indent=0, style=""):
        self.set_font(self.body[0], style, size or self.body[1])
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, 5, text)
        self.ln(1.2)

    def bullets(self, items, mark="\u2022"):
        for it in items:
            self.set_font(self.body[0], "", self.body[1])
            self.set_x(self.l_margin + 3)
            self.cell(5, 5, mark)
            self.multi_cell(self.w - self.l_margin - self.r_margin - 8, 5, it)
            self.ln(0.6)

    def grid(self, rows, widths, head=True, size=9, fill=(225, 232, 240), font=None):
        self.set_font(font or self.body[0], "", size)
        self.set_draw_color(90, 90, 90)
        with self.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=4.6,
            first_row_as_headings=head,
            headings_style=None
            if not head
            else __import__("fpdf").FontFace(emphasis="BOLD", fill_color=fill),
            borders_layout="ALL",
            padding=1.4,
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def two_col(self, left, right, size=9, gap=6, bold=False):
        """Side-by-side paragraphs (EN | ES) starting at the same y."""
        self.set_font(self.body[0], "B" if bold else "", size)
        colw = (self.w - self.l_margin - self.r_margin - gap) / 2
        y0 = self.get_y()
        hl = len(self.multi_cell(colw, 4.6, left, dry_run=True, output="LINES"))
        hr = len(self.multi_cell(colw, 4.6, right, dry_run=True, output="LINES"))
        need = max(hl, hr) * 4.6 + 2
        if y0 + need > self.page_break_trigger:
            self.add_page()
            y0 = self.get_y()
        self.set_xy(self.l_margin, y0)
        self.multi_cell(colw, 4.6, left)
        self.set_xy(self.l_margin + colw + gap, y0)
        self.multi_cell(colw, 4.6, right)
        self.set_y(y0 + need)

    def sig_row(self, labels):
        self.ln(4)
        w = (self.w - self.l_margin - self.r_margin) / len(labels)
        self.set_font(self.body[0], "", 9)
        y = self.get_y()
        for i, lab in enumerate(labels):
            x = self.l_margin + i * w
            self.line(x + 2, y + 12, x + w - 6, y + 12)
            self.set_xy(x + 2, y + 13)
            self.cell(w - 8, 5, lab)
        self.set_y(y + 22)


# ============================================================================
# e01  H-2A job order, English, vegetables, Michigan, with a housing section
# ============================================================================
def e01():
    s = Spec(
        "e01.pdf",
        "h2a",
        "en",
        "job_order",
        "letterhead band; numbered sections; gridded crop/worksite table; housing rules as bullet list",
        ["earnings_statements", "contract_impossibility"],
        ["Semillero Laboral del Bajío, S.C."],
        [
            "'bunch' and 'pack' are job words",
            "camp housing supplied at no charge",
            "kitchen with stoves free of charge",
            "daily bus to the fields at no cost",
            "grower pays the consular visa fee in full",
            "recruiter's fee covered by the grower; nothing collected from workers",
            "optional meal plan below the DOL cap",
            "harvest knives loaned free",
        ],
    )
    d = Doc()
    d.add_page()
    d.band(
        "Brightwater Acres Produce Co. — H-2A Clearance Order",
        "Seasonal field & packing-shed labor · Ottawa and Allegan Counties, Michigan",
    )
    d.hd("1. Who is hiring")
    d.p(
        "Brightwater Acres Produce Co., 11870 Lakeshore Drive, Holland Springs, MI 49424, is the employer "
        "of record for this order. Applicants from Mexico are interviewed on the grower's behalf by "
        "Semillero Laboral del Bajío, S.C., of Celaya, Guanajuato."
    )
    d.hd("2. The work")
    d.p(
        "Forty-two (42) H-2A field hands are needed to transplant, hoe, harvest, bunch and pack vegetables "
        "(sweet corn, zucchini, bell peppers, cucumbers and pickling cucumbers) and to stack filled bins on "
        "wagons. Work is outdoors in heat, rain and dust, with repeated bending and lifting up to 50 lb."
    )
    d.grid(
        [
            ["Field / shed", "Address", "Crops"],
            ["North Farm", "11870 Lakeshore Drive, Holland Springs, MI", "sweet corn, peppers"],
            ["Riverbend Block", "4400 142nd Avenue, Hamilton Ridge, MI", "zucchini, cucumbers"],
            ["Packing shed", "11900 Lakeshore Drive, Holland Springs, MI", "grading and packing"],
        ],
        [30, 90, 54],
    )
    d.hd("3. Dates, hours and pay")
    d.bullets(
        [
            "Period of employment: June 2, 2026 through October 9, 2026.",
            "Hours: about 40 hours per week, Monday to Saturday; the regular shift runs 6:30 a.m. to 3:30 p.m. with a 30-minute lunch.",
            "Rate: $18.20 per hour. Should a higher AEWR, prevailing rate or legal minimum take effect during the season, that higher rate is paid from its effective date.",
            "Payday is every Friday, for the week ending the prior Sunday.",
            "Guarantee: the grower offers work for at least three-fourths of the workdays in the contract period; any shortfall is paid at the hourly rate.",
            "Deductions: federal income tax if the worker asks for it, and the two items described in section 5. No other deductions.",
        ]
    )
    d.p(
        "Requirements: at least one season of hand-harvest experience; able to lift 50 lb; no certificate or diploma is required."
    )
    d.hd("4. Housing — Sandhill Road camp")
    d.p(
        "Camp housing at 2210 Sandhill Road, Hamilton Ridge, MI, is supplied at no charge to every worker who is "
        "not reasonably able to return home each day. The camp is inspected before occupancy and has a kitchen "
        "with stoves, refrigerators and cookware, free of charge for workers who cook for themselves."
    )
    d.bullets(
        [
            s.F(
                "housing_charge",
                "A refundable key-and-bedding deposit of $75 is collected from each occupant on arrival at the camp.",
                75,
                "USD",
            ),
            "Quiet hours are 10 p.m. to 5 a.m.; visitors are welcome in the common area.",
            "A bus leaves the camp for the fields at 6:05 a.m. and returns after the shift; rides are at no cost to workers.",
            "An optional meal plan is sold at $15.10 per day, which does not exceed the maximum the Department of Labor allows; nobody is required to join it.",
        ]
    )
    d.hd("5. Money matters")
    d.p(
        "The grower pays the consular visa fee in full and reimburses the bus fare from Celaya to Holland Springs, plus daily "
        "meals on the road, once the worker completes 50 percent of the contract period (earlier if required by the FLSA). "
        "If the worker completes the contract, or is dismissed early without cause, the return trip to Celaya is paid by the grower."
    )
    d.p(
        "Semillero Laboral del Bajío is paid a set fee by the grower; it collects nothing from workers, and any worker asked for money "
        "should report it to the farm office."
    )
    d.p(
        s.F(
            "wage_withholding",
            "One dollar of every hour worked is held back by the grower and released only to those who stay through the final harvest day.",
            1,
            "USD",
        )
    )
    d.p(
        s.F(
            "damage_chargeback",
            "Breakage of harvest knives or bins through carelessness will be recovered from the worker's pay at replacement cost.",
        )
    )
    d.p(
        "Harvest knives, hoes, gloves and rain ponchos are loaned free and must be returned at the end of the season."
    )
    d.hd("6. Injury insurance")
    d.p(
        "All workers are covered from the first day by the grower's workers' compensation policy with Great Lakes Mutual Insurance, policy WC-MI-448210."
    )
    d.hd("7. Ending the job")
    d.p(
        "A worker who is absent without notice for five consecutive scheduled workdays is treated as having abandoned the job, and the grower will "
        "notify the Department of Labor and DHS. Workers dismissed for cause lose the return-trip and three-fourths guarantees."
    )
    d.sig_row(["Grower representative", "Worker", "Date"])
    return s, d


# ============================================================================
# e02  H-2A Spanish contract, nursery (vivero), Oregon — COMPLIANT
# ============================================================================
def e02():
    s = Spec(
        "e02.pdf",
        "h2a",
        "es",
        "work_contract",
        "serif body; numbered clauses in two-level outline; summary table at top; signature and initials row",
        [],
        ["Agromigra Servicios Rurales, S.C."],
        [
            "'abono' means fertilizer, not a payment",
            "vivienda sin renta ni depósito",
            "cocina equipada gratuita",
            "pasaje de ida reembolsado",
            "visa pagada por el patrón",
            "sin multa por renunciar",
            "patrón nunca guarda pasaportes",
            "no hay lista negra por quejas",
            "herramientas sin costo y sin depósito",
            "agencia cobra al empleador, no al trabajador",
            "libre de salir de la vivienda",
            "ahorro voluntario NO ofrecido; pago íntegro cada semana",
        ],
    )
    d = Doc()
    d.body = ("R", 9.5)
    d.add_page()
    d.set_font("R", "B", 13)
    d.multi_cell(
        0,
        6.5,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL (H-2A)\nVivero Cascada Roja, Inc. — Temporada de primavera 2026",
        align="C",
    )
    d.ln(3)
    d.grid(
        [
            ["Dato", "Valor"],
            [
                "Patrón",
                "Vivero Cascada Roja, Inc., 27015 SW Butteville Road, Aurora Hills, OR 97002",
            ],
            ["Puesto", "Trabajador(a) de vivero"],
            [
                "Lugar",
                "Campos e invernaderos del vivero, 27015 SW Butteville Road, Aurora Hills, Oregon",
            ],
            ["Periodo", "Del 9 de marzo al 26 de junio de 2026"],
            ["Salario", "$19.25 por hora"],
            ["Día de pago", "Cada jueves"],
        ],
        [40, 134],
    )
    d.hd("PRIMERA. Labores.", font="R")
    d.p(
        "Usted sembrará esquejes, trasplantará, podará y atará arbustos y árboles jóvenes, aplicará abono granulado bajo "
        "supervisión, cargará macetas en carretillas y llenará camiones de pedidos."
    )
    d.hd("SEGUNDA. Jornada.", font="R")
    d.p(
        "Ocho horas diarias de lunes a viernes, de 7:00 a 15:30, con media hora de comida; algunos sábados de 7:00 a 11:00 "
        "cuando haya pedidos urgentes."
    )
    d.hd("TERCERA. Salario y ajustes.", font="R")
    d.p(
        "Se pagarán $19.25 por hora. Si durante el contrato entra en vigor una tarifa AEWR, un salario prevaleciente o un "
        "mínimo legal más alto, Vivero Cascada Roja pagará el más alto desde la fecha en que rija. Cada jueves usted recibirá "
        "un talón con las horas ofrecidas, las horas trabajadas, la tarifa, las ganancias y cada descuento. Su pago se entrega "
        "completo cada semana; el vivero no guarda ninguna parte del salario para el final de la temporada."
    )
    d.hd("CUARTA. Descuentos.", font="R")
    d.p(
        "Solo se descuentan el impuesto federal sobre la renta si usted lo pide por escrito y la cuota sindical si usted se "
        "afilia. No se descuenta renta, herramientas, transporte ni comida."
    )
    d.hd("QUINTA. Garantía de tres cuartas partes.", font="R")
    d.p(
        "El vivero le ofrecerá trabajo por lo menos durante las tres cuartas partes de los días laborables del periodo del "
        "contrato; si ofrece menos, pagará la diferencia."
    )
    d.hd("SEXTA. Vivienda, comida y transporte diario.", font="R")
    d.p(
        "La vivienda en las casas del vivero, 27100 SW Butteville Road, es gratuita: no se cobra renta ni se pide depósito "
        "por llaves, colchones o cobijas. Hay una cocina equipada, sin costo, para que cada quien prepare sus alimentos. "
        "Usted es libre de salir de la vivienda y recibir visitas en su tiempo libre. Una camioneta del vivero lo lleva gratis "
        "de la vivienda a los campos y de regreso."
    )
    d.hd("SÉPTIMA. Viaje, visa y regreso.", font="R")
    d.p(
        "El vivero paga directamente la cuota consular de la visa. El pasaje de autobús desde Zamora, Michoacán, y los "
        "alimentos del camino se le reembolsan al cumplir la mitad del contrato, o antes si la ley lo exige. Al terminar el "
        "contrato, el vivero paga su regreso a Zamora."
    )
    d.hd("OCTAVA. Herramientas y equipo.", font="R")
    d.p(
        "Tijeras de podar, guantes, rodilleras e impermeables se entregan sin costo y sin depósito."
    )
    d.hd("NOVENA. Seguro de riesgos de trabajo.", font="R")
    d.p(
        "Usted queda cubierto por el seguro de compensación al trabajador (workers' compensation) del vivero con "
        "Willamette Farm Insurance, póliza 77-OR-10934."
    )
    d.hd("DÉCIMA. Requisitos.", font="R")
    d.p(
        "Se requieren tres meses de experiencia en vivero o en campo y poder cargar 23 kg (50 libras)."
    )
    d.hd("DÉCIMA PRIMERA. Terminación.", font="R")
    d.p(
        "Si usted falta cinco días laborables seguidos sin avisar, se considerará que abandonó el empleo y el vivero lo "
        "informará al Departamento de Trabajo. Puede renunciar en cualquier momento: no se le aplicará ninguna multa ni "
        "descuento por irse antes. Quien se quede hasta el final o sea despedido sin causa recibe el regreso pagado."
    )
    d.hd("DÉCIMA SEGUNDA. Imposibilidad.", font="R")
    d.p(
        "Si incendio, helada, inundación u otro caso fuera del control del vivero impide continuar el trabajo, el vivero "
        "pagará al menos las tres cuartas partes de los días transcurridos, su regreso a casa y el reembolso del viaje de ida."
    )
    d.hd("DÉCIMA TERCERA. Sus derechos.", font="R")
    d.p(
        "El vivero nunca guarda pasaportes ni visas; usted conserva sus documentos. Nadie será puesto en una lista negra ni "
        "dejará de ser contratado por quejarse o por hablar con el Departamento de Trabajo. Agromigra Servicios Rurales, S.C., "
        "que lo entrevistó en Zamora, cobra sus honorarios al vivero; usted no le debe ningún pago."
    )
    d.sig_row(["Por el vivero", "La persona trabajadora", "Fecha"])
    return s, d


# ============================================================================
# e03  H-2B English hospitality offer letter, 2-column grid — COMPLIANT
# ============================================================================
def e03():
    s = Spec(
        "e03.pdf",
        "h2b",
        "en",
        "offer_letter",
        "one page; thin rule letterhead; gridded two-column Item | What we offer table; small print",
        [],
        [],
        [
            "front desk agents collect deposits and resort fees from guests (job duty)",
            "staff meal free each shift",
            "visa fee refunded in the first workweek",
            "uniforms laundered free, no deposit",
            "room in staff house at no cost",
            "no placement fee from anyone",
            "no penalty for leaving early",
            "passport kept by the worker",
        ],
    )
    d = Doc()
    d.body = ("S", 8.6)
    d.set_margins(16, 12, 16)
    d.add_page()
    d.set_font("R", "B", 15)
    d.cell(0, 8, "Lakeview Pines Lodge & Marina", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8)
    d.cell(
        0,
        4,
        "LVP Hospitality Group LLC · 5 Harbor Point Road, Bayfield Crossing, WI 54814 · hr@lvp-lodge.example",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_draw_color(150, 20, 40)
    d.line(16, d.get_y() + 1, d.w - 16, d.get_y() + 1)
    d.ln(4)
    d.p(
        "February 9, 2026\nMs. Daniela Quiroga Esparza, Calle Juárez 214, Tlaquepaque, Jalisco, Mexico"
    )
    d.p(
        "Dear Ms. Quiroga: we are pleased to offer you a seasonal H-2B position. The terms of the certified job order are below."
    )
    d.grid(
        [
            ["Item", "What we offer"],
            [
                "Employer",
                "LVP Hospitality Group LLC, 5 Harbor Point Road, Bayfield Crossing, WI 54814",
            ],
            [
                "Position",
                "Front desk agent: check guests in and out, collect deposits and resort fees from guests, answer phones, handle bookings",
            ],
            ["Where", "Lakeview Pines Lodge, 5 Harbor Point Road, Bayfield Crossing, Wisconsin"],
            ["Dates", "May 11, 2026 to October 17, 2026"],
            ["Schedule", "40 hours a week, five 8-hour shifts between 6:00 a.m. and 11:00 p.m."],
            [
                "Wage",
                "$17.85 per hour; if a higher prevailing or minimum wage takes effect, you receive the higher rate",
            ],
            ["Overtime", "$26.78 per hour for hours over 40 in a week"],
            [
                "Pay schedule",
                "Every other Friday by direct deposit, with a stub listing hours offered, hours worked, rate and every deduction",
            ],
            ["Deductions", "Federal and state income tax, Social Security and Medicare only"],
            [
                "Guarantee",
                "Hours offered for at least 3/4 of the workdays in each 12-week period, or the difference is paid",
            ],
            [
                "Getting here",
                "Bus and flight from Guadalajara, plus meals on the way, repaid in your first workweek",
            ],
            ["Visa", "Your visa fee and related charges are refunded in your first workweek"],
            [
                "Going home",
                "Return travel to Guadalajara paid by us if you finish the season or are let go early",
            ],
            [
                "Uniforms and supplies",
                "Three uniforms supplied and laundered free, no deposit; computer, radio and desk supplies provided at no cost",
            ],
            ["Housing", "A shared room in the staff house at no cost to you"],
            ["Meals", "A free staff meal every shift"],
            ["Requirements", "Six months of customer-service experience; conversational English"],
            [
                "Ending early",
                "Five consecutive days absent without notice is job abandonment; no fee or penalty if you resign",
            ],
            [
                "If we must close",
                "If fire, storm or another event closes the lodge, we pay at least 3/4 of the guarantee to that date and your way home",
            ],
        ],
        [32, 148],
        size=8.2,
    )
    d.p(
        "Nobody — not us and not any agent — may charge you a placement fee. You keep your passport at all times.",
        size=8.4,
    )
    d.p(
        "Sincerely, Garrett Lindqvist, Director of Rooms          Accepted: ____________________  Date: ________",
        size=8.4,
    )
    return s, d


# ============================================================================
# e04  H-2B Spanish job order, seafood (crab) plant, Maryland
# ============================================================================
def e04():
    s = Spec(
        "e04.pdf",
        "h2b",
        "es",
        "job_order",
        "header band; bulleted summary; gridded worksite table; lettered conditions",
        ["inbound_transportation", "earnings_statements", "contract_impossibility"],
        [],
        [
            "impuestos federales y seguro social descontados por ley (payroll)",
            "equipo de protección entregado sin costo",
            "visa reembolsada la primera semana",
            "regreso pagado",
            "'peso de la jaiba' is production, not a charge",
        ],
    )
    d = Doc()
    d.add_page()
    d.band(
        "ORDEN DE TRABAJO H-2B — PROCESADORA DE MARISCOS",
        "Chesapeake Bluewater Seafood, LLC · Temporada 2026",
        rgb=(0, 95, 105),
    )
    d.hd("Resumen")
    d.bullets(
        [
            "Empresa: Chesapeake Bluewater Seafood, LLC, 610 Hoopers Neck Road, Fishing Creek Landing, MD 21634.",
            "Puesto: 65 peladoras y empacadoras de jaiba azul; separan la carne, la pesan, llenan y sellan envases.",
            "Periodo: del 1 de abril al 30 de noviembre de 2026.",
            "Horario: de lunes a sábado desde las 5:00 a.m.; unas 40 horas por semana según la captura del día.",
            "Pago: $16.55 por hora, o por libra si resulta más alto; si sube el salario prevaleciente se paga la tarifa mayor.",
            "Horas extra: $24.83 por hora después de 40 horas en la semana.",
            "Se paga cada viernes en efectivo o depósito.",
            "Requisitos: no se necesita experiencia; poder estar de pie todo el turno en área fría.",
        ]
    )
    d.grid(
        [
            ["Instalación", "Dirección"],
            ["Planta principal", "610 Hoopers Neck Road, Fishing Creek Landing, MD"],
            ["Bodega de empaque", "622 Hoopers Neck Road, Fishing Creek Landing, MD"],
        ],
        [50, 124],
    )
    d.hd("Condiciones")
    d.p(
        "A) Garantía. La empresa ofrece trabajo por al menos las tres cuartas partes de las horas del periodo en cada bloque de 12 semanas."
    )
    d.p(
        "B) Descuentos. Se descuentan el impuesto federal, el Seguro Social y Medicare como lo exige la ley. "
        + s.F(
            "recruitment_fee",
            "También se descontarán $35 semanales del cheque durante las primeras diez semanas por concepto de gastos de tramitación.",
            35,
            "USD",
        )
    )
    d.p("C) Equipo. Guantes, delantal de hule, botas y cuchillo de jaiba se entregan sin costo.")
    d.p(
        "D) Viaje. "
        + s.F(
            "travel_cost",
            "El boleto de autobús de Monterrey a Fishing Creek Landing corre por cuenta de cada trabajadora.",
        )
        + " La cuota de la visa se reembolsa en la primera semana de trabajo. Al terminar la temporada la empresa paga el regreso a Monterrey."
    )
    d.p(
        "E) Documentos. "
        + s.F(
            "document_retention",
            "Los pasaportes serán guardados en la oficina de la planta durante toda la temporada para evitar pérdidas.",
        )
    )
    d.p(
        "F) Conducta. "
        + s.F(
            "blacklisting_threat",
            "Quien presente quejas ante el Departamento de Trabajo no será llamada para la próxima temporada.",
        )
    )
    d.p(
        "G) Terminación. Tres días seguidos de ausencia sin aviso se consideran abandono del empleo; el despido por causa justificada "
        "se avisará por escrito."
    )
    return s, d


# ============================================================================
# e05  Spanish recruiter agreement, Mexico, H-2A apples (Washington), grid
# ============================================================================
def e05():
    s = Spec(
        "e05.pdf",
        "h2a",
        "es",
        "recruiter_agreement",
        "single column; ANTECEDENTES / CLÁUSULAS; gridded job-terms table; signature table with fingerprint box",
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Enlace Agrícola del Pacífico, S. de R.L. de C.V."],
        [
            "vivienda gratuita en la tabla",
            "transporte de ida reembolsado",
            "escaleras y bolsas sin costo",
        ],
    )
    d = Doc()
    d.body = ("S", 9.3)
    d.add_page()
    d.set_font("S", "B", 12)
    d.multi_cell(
        0,
        6,
        "CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN PARA TRABAJO AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS",
        align="C",
    )
    d.ln(2)
    d.p(
        "Que celebran, por una parte, Enlace Agrícola del Pacífico, S. de R.L. de C.V., con domicilio en Av. Obregón 1180, "
        "Culiacán, Sinaloa, en lo sucesivo LA AGENCIA, y por la otra el C. Rigoberto Anaya Solís, en lo sucesivo LA PERSONA CONTRATADA."
    )
    d.hd("ANTECEDENTES")
    d.p(
        "I. LA AGENCIA declara que recluta personal para Columbia Ridge Orchards, Inc., que cuenta con una orden de trabajo H-2A certificada."
    )
    d.p(
        "II. LA PERSONA CONTRATADA declara ser mayor de edad y tener experiencia en la cosecha de fruta."
    )
    d.hd("CONDICIONES DEL EMPLEO")
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Columbia Ridge Orchards, Inc., 4020 Orchard Loop Road, Wenatchee Flats, WA 98801",
            ],
            [
                "Puesto",
                "Cosechador de manzana: pizca con bolsa, vaciado en bins, acomodo de escaleras",
            ],
            ["Lugar", "Huertos de Columbia Ridge en el condado de Chelan, Washington"],
            ["Periodo", "Del 17 de agosto al 6 de noviembre de 2026"],
            ["Jornada", "8 horas diarias, de lunes a sábado"],
            ["Salario", "$19.82 por hora o $28 por bin, lo que resulte mayor"],
            ["Pago", "Semanal"],
            ["Descuentos", "Únicamente impuestos de ley"],
            ["Vivienda", "Gratuita, en las cabañas del huerto"],
            ["Viaje de ida", "Reembolsado al cumplir la mitad del contrato"],
            ["Regreso", "Pagado por el empleador al terminar"],
            ["Herramientas", "Escaleras, bolsas de pizca y guantes sin costo"],
            ["Requisitos", "Una temporada de experiencia en pizca de fruta"],
            ["Terminación", "Cinco días de faltas seguidas sin aviso = abandono del empleo"],
        ],
        [38, 136],
    )
    d.hd("CLÁUSULAS")
    d.p(
        "PRIMERA. LA AGENCIA integrará el expediente de LA PERSONA CONTRATADA y lo presentará al empleador."
    )
    d.p(
        "SEGUNDA. "
        + s.F(
            "recruitment_fee",
            "Por la integración del expediente, LA PERSONA CONTRATADA cubrirá a LA AGENCIA la cantidad de $7,500.00 M.N. antes de su cita consular.",
            7500,
            "MXN",
        )
    )
    d.p(
        "TERCERA. "
        + s.F(
            "medical_cost",
            "El certificado médico y la prueba antidoping, con un costo de 1,200 pesos, se realizan en la clínica que indique LA AGENCIA y corren a cargo de LA PERSONA CONTRATADA.",
            1200,
            "MXN",
        )
    )
    d.p(
        "CUARTA. "
        + s.F(
            "visa_cost",
            "La tarifa consular de la visa se paga por cuenta propia y no será reembolsada por el empleador ni por LA AGENCIA.",
        )
    )
    d.p(
        "QUINTA. "
        + s.F(
            "deposit_or_bond",
            "Como respaldo de su regreso a México, LA PERSONA CONTRATADA firmará a favor de LA AGENCIA un pagaré en blanco que se le devolverá al volver.",
        )
    )
    d.p(
        "SEXTA. Para cualquier controversia las partes se someten a los tribunales de Culiacán, Sinaloa."
    )
    d.ln(2)
    d.grid(
        [
            ["LA AGENCIA", "LA PERSONA CONTRATADA", "Huella digital"],
            ["\n\n\nNombre y firma", "\n\n\nRigoberto Anaya Solís", "\n\n\n"],
        ],
        [70, 70, 34],
        size=8.5,
    )
    return s, d


# ============================================================================
# e06  Spanish recruiter agreement, Guatemala, H-2B forestry — COMPLIANT
# ============================================================================
def e06():
    s = Spec(
        "e06.pdf",
        "h2b",
        "es",
        "recruiter_agreement",
        "single column; gridded job-terms table (3 columns Tema | Condición | Base); numbered cláusulas; fingerprint boxes",
        [],
        ["Servicios de Empleo Altiplano Norte, S.A."],
        [
            "LA AGENCIA no cobra cuota alguna, ni directa ni por descuento",
            "visa y tasas adelantadas por LA EMPRESA sin recuperarlas",
            "examen médico pagado por LA EMPRESA",
            "pasaporte siempre en poder del trabajador",
            "no se exige fianza, pagaré ni garantía",
            "no hay préstamos ni anticipos descontables",
            "sin penalidad por terminar antes",
            "puede cambiar de patrón conforme a la ley",
            "'vivero de plántulas' / 'cuota de siembra' are production words",
            "quejas sin represalias",
        ],
    )
    d = Doc()
    d.body = ("S", 9)
    d.add_page()
    d.set_font("S", "B", 12)
    d.multi_cell(
        0,
        6,
        "CONTRATO DE INTERMEDIACIÓN LABORAL\nPrograma H-2B — Reforestación, temporada 2026",
        align="C",
    )
    d.ln(2)
    d.p(
        "Comparecen Servicios de Empleo Altiplano Norte, S.A., 4a. Calle 7-22 zona 1, Huehuetenango, Guatemala (LA AGENCIA), "
        "y la señora Ana Lucía Pérez Mejía, DPI 2419 55870 1301 (LA PERSONA TRABAJADORA), quienes convienen lo siguiente."
    )
    d.grid(
        [
            ["Tema", "Condición", "Base"],
            [
                "Empresa",
                "Southern Pine Restoration, LLC, 218 Mill Pond Road, Waycross Junction, GA 31501",
                "Orden H-2B",
            ],
            [
                "Trabajo",
                "Plantadora de pinos: siembra de plántulas con barra, cumplir la cuota de siembra por hectárea, limpieza de brechas",
                "Orden H-2B",
            ],
            [
                "Lugares",
                "Terrenos forestales en los condados de Ware y Brantley, Georgia",
                "Orden H-2B",
            ],
            ["Fechas", "Del 5 de enero al 15 de abril de 2026", "Orden H-2B"],
            ["Horario", "40 horas semanales, de lunes a viernes, de 7:00 a 15:30", "Orden H-2B"],
            [
                "Salario",
                "$17.10 por hora; si se publica un salario más alto aplicable, se paga el más alto",
                "20 CFR 655.20(a)",
            ],
            ["Horas extra", "$25.65 por hora después de 40 horas", "Orden H-2B"],
            [
                "Pago",
                "Cada dos semanas, con talón de horas ofrecidas, horas trabajadas, tarifa y descuentos",
                "655.20(i)",
            ],
            [
                "Descuentos",
                "Solo impuestos federales y estatales, Seguro Social y Medicare",
                "655.20(c)",
            ],
            [
                "Garantía",
                "Trabajo por al menos 3/4 de las horas de cada periodo de 12 semanas",
                "655.20(f)",
            ],
            [
                "Viaje de ida",
                "Pasaje y viáticos de Huehuetenango a Waycross reembolsados en la primera semana",
                "655.20(j)",
            ],
            [
                "Visa",
                "Tasa consular y demás costos de visa adelantados por LA EMPRESA, que no los recupera",
                "655.20(j)(2)",
            ],
            [
                "Regreso",
                "Pagado por LA EMPRESA al terminar o si es despedida sin causa",
                "655.20(j)",
            ],
            ["Herramientas", "Barra de siembra, casco, chaleco y botas sin costo", "655.20(k)"],
            ["Requisitos", "Buena condición física; no se requiere experiencia", "Orden H-2B"],
            [
                "Terminación",
                "Cinco días seguidos de ausencia sin aviso se consideran abandono",
                "655.20(y)",
            ],
            [
                "Imposibilidad",
                "Si incendio forestal o tormenta impide el trabajo, se pagan 3/4 de las horas hasta esa fecha y el regreso",
                "655.20(y)",
            ],
        ],
        [28, 118, 28],
        size=8.3,
    )
    d.hd("CLÁUSULAS")
    d.p(
        "1. LA AGENCIA no cobrará a LA PERSONA TRABAJADORA ninguna cuota, comisión ni gasto, ni en efectivo ni por descuento de salario; "
        "sus servicios los paga LA EMPRESA."
    )
    d.p(
        "2. El examen médico que pida el consulado se hace en la clínica elegida por LA PERSONA TRABAJADORA y lo paga LA EMPRESA."
    )
    d.p(
        "3. El pasaporte, la visa y el DPI quedan en todo momento en poder de LA PERSONA TRABAJADORA; nadie puede pedírselos en guarda."
    )
    d.p("4. No se exige fianza, pagaré, escritura ni garantía de ninguna clase.")
    d.p(
        "5. Ni LA AGENCIA ni LA EMPRESA otorgan préstamos o anticipos que luego se descuenten del salario."
    )
    d.p(
        "6. LA PERSONA TRABAJADORA puede terminar el contrato antes de tiempo sin pagar multa ni indemnización, y puede cambiar de patrón conforme a la ley."
    )
    d.p(
        "7. Presentar una queja ante LA AGENCIA, LA EMPRESA o el Departamento de Trabajo no tendrá ninguna represalia ni afectará futuras contrataciones."
    )
    d.ln(2)
    d.grid(
        [
            ["LA AGENCIA", "Huella", "LA PERSONA TRABAJADORA", "Huella"],
            ["\n\n\n", "\n\n\n", "\n\n\n", "\n\n\n"],
        ],
        [56, 31, 56, 31],
        size=8.5,
    )
    return s, d


# ============================================================================
# e07  generic English contract, Kenya -> Qatar, security guard
# ============================================================================
def e07():
    s = Spec(
        "e07.pdf",
        "generic",
        "en",
        "work_contract",
        "A4; parties block; numbered articles with sub-clauses; annex fee schedule as a gridded table",
        ["hours_of_work", "return_transportation"],
        ["Savannah Gate Manpower Consultants Ltd"],
        [
            "employer pays work visa, QID and outbound air ticket",
            "free shared accommodation and site transport",
            "uniforms supplied free",
            "Qatar-mandated health card paid by the employer",
            "'deposit' of wages into bank account is payment method",
        ],
    )
    d = Doc(fmt="A4")
    d.body = ("R", 9.5)
    d.add_page()
    d.set_font("R", "B", 13)
    d.cell(
        0,
        7,
        "CONTRACT OF EMPLOYMENT — SECURITY GUARD (OVERSEAS)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    d.p(
        "BETWEEN Al Wakra Shield Security Services W.L.L., P.O. Box 22871, Building 14, Street 340, Al Wakrah, State of Qatar "
        "(the Employer), Savannah Gate Manpower Consultants Ltd, 3rd Floor, Moi Avenue Plaza, Nairobi, Kenya, licence NEA/RA/0917 "
        "(the Agency), AND Mr. Kelvin Otieno Wanyama, passport AK0562213 (the Employee)."
    )
    d.hd("Article 1 — Engagement", font="R")
    d.p(
        "1.1 The Employee is engaged as an unarmed security guard to patrol, control access and keep logbooks at client sites of the Employer in Doha and Al Wakrah."
    )
    d.p("1.2 The term is two (2) years from 15 March 2026 to 14 March 2028.")
    d.hd("Article 2 — Remuneration", font="R")
    d.p("2.1 Basic salary QAR 1,400 per month, plus food allowance QAR 300 per month.")
    d.p(
        "2.2 Salary is paid monthly by deposit into the Employee's bank account not later than the 7th day of the following month."
    )
    d.p("2.3 Working hours: according to the site roster issued by the operations manager.")
    d.hd("Article 3 — Costs", font="R")
    d.p(
        "3.1 The Employer bears the work visa, Qatar ID card, the Qatar-mandated health card and the outbound air ticket from Nairobi to Doha."
    )
    d.p(
        "3.2 "
        + s.F(
            "recruitment_fee",
            "A service charge of KES 85,000 is payable by the Employee to the Agency upon issuance of the visa.",
            85000,
            "KES",
        )
    )
    d.p(
        "3.3 "
        + s.F(
            "visa_cost",
            "The Employee bears the cost of obtaining his passport and his certificate of good conduct.",
        )
    )
    d.p(
        "3.4 "
        + s.F(
            "insurance_cost",
            "An enrolment contribution of KES 3,500 to the Agency's welfare scheme shall be deducted from the first salary.",
            3500,
            "KES",
        )
    )
    d.hd("Article 4 — Accommodation and conduct", font="R")
    d.p(
        "4.1 Shared accommodation and transport to sites are provided free by the Employer. Uniforms are supplied free."
    )
    d.p(
        "4.2 "
        + s.F(
            "document_retention",
            "The Employee's passport shall remain in the custody of the Employer's PRO department for the duration of employment.",
        )
    )
    d.p(
        "4.3 "
        + s.F(
            "debt_bondage",
            "On arrival the Employer may grant a salary advance of QAR 2,000, which shall be recovered by monthly deductions of QAR 400 until settled.",
            2000,
            "QAR",
        )
    )
    d.hd("Article 5 — Termination", font="R")
    d.p(
        "5.1 Either party may end this contract with one month's written notice; gross misconduct under the Qatar Labour Law permits summary dismissal."
    )
    d.p(
        "5.2 "
        + s.F(
            "breach_penalty",
            "If the Employee resigns before completing twenty-four months, he shall refund to the Employer recruitment costs of QAR 6,500.",
            6500,
            "QAR",
        )
    )
    d.p("5.3 Repatriation ticket: as per company policy.")
    d.hd("Article 6 — Deductions", font="R")
    d.p(
        "6.1 No deductions other than those in Article 3.4 and Article 4.3 and those ordered by a Qatari court."
    )
    d.sig_row(["For the Employer", "For the Agency", "Employee"])
    return s, d


# ============================================================================
# e08  WhatsApp-style flyer, English, Jamaica -> Canada hotel
# ============================================================================
def e08():
    s = Spec(
        "e08.pdf",
        "generic",
        "en",
        "whatsapp_flyer",
        "tall narrow page; chat header bar; left-aligned message bubbles with timestamps; caps headline",
        [
            "employer_identity",
            "worker_identity",
            "deductions",
            "return_transportation",
            "termination",
        ],
        ["Blue Mountain Overseas Placements"],
        [
            "work permit fee paid by the hotel",
            "airfare to Calgary covered by employer",
            "'deposit' of tips at the front desk is a job instruction",
            "staff housing free",
        ],
    )
    d = Doc(fmt=(110, 190))
    d.set_margins(8, 8, 8)
    d.set_auto_page_break(True, 8)
    d.add_page()
    d.set_fill_color(7, 94, 84)
    d.rect(0, 0, d.w, 20, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(8, 4)
    d.set_font("S", "B", 10.5)
    d.cell(0, 6, "Blue Mountain Overseas Placements")
    d.set_xy(8, 11)
    d.set_font("S", "", 7.5)
    d.cell(0, 5, "Broadcast list · 212 recipients")
    d.set_text_color(0, 0, 0)
    d.set_fill_color(236, 229, 221)
    d.rect(0, 20, d.w, d.h - 20, "F")
    d.set_y(25)

    def bubble(text, time, bold=False, size=8.6):
        d.set_fill_color(255, 255, 255)
        d.set_font("S", "B" if bold else "", size)
        d.set_x(10)
        d.multi_cell(80, 4.4, text, fill=True)
        d.set_font("S", "", 6.5)
        d.set_x(10)
        d.set_text_color(120, 120, 120)
        d.cell(80, 3.6, time, align="R", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.ln(3)

    bubble(
        "HOTEL JOBS IN CANADA!! Banff, Alberta — 2026 summer season", "7:41 AM", bold=True, size=10
    )
    bubble(
        "Room attendants and laundry aides: clean and make up guest rooms, restock linen, deposit guest tips and lost items at the front desk.",
        "7:42 AM",
    )
    bubble(
        "Contract May 4 to October 30, 2026. 40 hours a week. CAD 18.25 an hour, paid every 2 weeks. Staff housing free.",
        "7:42 AM",
    )
    bubble("FEES (pay at our Half Way Tree office):", "7:44 AM", bold=True)
    bubble(
        s.F(
            "recruitment_fee",
            "Registration is JMD 45,000 to hold your spot on the list.",
            45000,
            "JMD",
        ),
        "7:44 AM",
    )
    bubble(
        s.F(
            "medical_cost",
            "The medical with our doctor in Half Way Tree costs JMD 18,500 and you pay it.",
            18500,
            "JMD",
        ),
        "7:45 AM",
    )
    bubble(
        s.F(
            "training_cost",
            "Everyone must do our food-safety and customer-service course, JMD 12,000.",
            12000,
            "JMD",
        ),
        "7:45 AM",
    )
    bubble(
        s.F(
            "deposit_or_bond",
            "A JMD 60,000 guarantee is lodged with the office and given back after you come home.",
            60000,
            "JMD",
        ),
        "7:46 AM",
    )
    bubble(
        "Q: Who pays the work permit and the flight?\nThe hotel pays the work permit and your airfare to Calgary, you pay nothing for those.",
        "7:52 AM",
    )
    bubble(
        "Interviews Saturday 10am. Bring passport + 2 photos. Spaces going fast!!",
        "7:53 AM",
        bold=True,
    )
    return s, d


# ============================================================================
# e09  EN | ES bilingual two-column Q&A, H-2B landscaping, Texas
# ============================================================================
def e09():
    s = Spec(
        "e09.pdf",
        "h2b",
        "en+es",
        "work_contract",
        "plain-language Q&A; bilingual EN | ES in two aligned columns; header band; shaded question rows",
        ["three_fourths_guarantee", "tools_provided", "contract_impossibility"],
        [],
        [
            "'mulch' and 'sod' job words; 'bed' means flower bed",
            "visa fees reimbursed in first workweek",
            "inbound bus reimbursed",
            "return trip paid",
            "no recruiter fee; passport stays with worker",
            "statutory payroll taxes only",
        ],
    )
    d = Doc()
    d.add_page()
    d.band(
        "Your Job Questions Answered  |  Respuestas a sus preguntas",
        "Hill Country Greenscape Services, Inc. — H-2B 2026",
        rgb=(60, 100, 40),
    )
    qa = [
        (
            "Who do I work for?",
            "¿Para quién trabajo?",
            "Hill Country Greenscape Services, Inc., 1450 Ranch Road 12, Dripping Oaks, TX 78620.",
            "Hill Country Greenscape Services, Inc., 1450 Ranch Road 12, Dripping Oaks, TX 78620.",
        ),
        (
            "What will I do?",
            "¿Qué voy a hacer?",
            "Landscape laborer: mow, edge, lay sod, spread mulch, plant flower beds and trim hedges at customers' homes and offices.",
            "Trabajador de jardinería: podar césped, orillar, poner pasto en rollo, esparcir mulch, plantar camas de flores y recortar setos en casas y oficinas de clientes.",
        ),
        (
            "Where?",
            "¿Dónde?",
            "Job sites in Hays and Travis Counties, Texas, leaving each morning from the yard at 1450 Ranch Road 12.",
            "Lugares de trabajo en los condados de Hays y Travis, Texas; se sale cada mañana del patio en 1450 Ranch Road 12.",
        ),
        (
            "When does it start and end?",
            "¿Cuándo empieza y termina?",
            "March 2, 2026 to November 20, 2026.",
            "Del 2 de marzo al 20 de noviembre de 2026.",
        ),
        (
            "How many hours?",
            "¿Cuántas horas?",
            "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "40 horas a la semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m.",
        ),
        (
            "How much do I earn?",
            "¿Cuánto gano?",
            "$16.10 per hour; if a higher prevailing wage is published, you get it from that date. Hours over 40 are paid at $24.15.",
            "$16.10 por hora; si se publica un salario prevaleciente más alto, se le paga desde esa fecha. Las horas después de 40 se pagan a $24.15.",
        ),
        (
            "When am I paid?",
            "¿Cuándo me pagan?",
            "Every Friday, with a pay stub showing hours offered, hours worked, rate and deductions.",
            "Cada viernes, con un talón que muestra horas ofrecidas, horas trabajadas, tarifa y descuentos.",
        ),
        (
            "What is taken out?",
            "¿Qué se descuenta?",
            "Income tax, Social Security and Medicare, and the two items below.",
            "El impuesto sobre la renta, el Seguro Social y Medicare, y las dos cosas de abajo.",
        ),
        (
            "Where do I live?",
            "¿Dónde vivo?",
            s.F(
                "housing_charge",
                "Housing in the company duplex costs $80 per week, which is taken from your check.",
                80,
                "USD",
                group=1,
            ),
            s.F(
                "housing_charge",
                "La vivienda en el dúplex de la compañía cuesta $80 por semana, que se toma de su cheque.",
                80,
                "USD",
                group=1,
            ),
        ),
        (
            "Do I need my own tools?",
            "¿Necesito herramientas propias?",
            s.F(
                "equipment_charge",
                "You must buy your own trimmer line, hand shears and safety glasses from the shop for $65.",
                65,
                "USD",
                group=2,
            ),
            s.F(
                "equipment_charge",
                "Usted debe comprar su propio hilo de podadora, tijeras de mano y lentes de seguridad en el taller por $65.",
                65,
                "USD",
                group=2,
            ),
        ),
        (
            "Is any pay held back?",
            "¿Se retiene parte del pago?",
            s.F(
                "wage_withholding",
                "Your last two weeks of pay are kept by the company until you hand back your room key and uniform.",
                group=3,
            ),
            s.F(
                "wage_withholding",
                "Sus últimas dos semanas de pago las guarda la compañía hasta que entregue la llave del cuarto y el uniforme.",
                group=3,
            ),
        ),
        (
            "Who pays the trip and the visa?",
            "¿Quién paga el viaje y la visa?",
            "Your bus from Nuevo Laredo, road meals and visa fees are repaid in your first workweek; the return trip is paid when you finish.",
            "El autobús desde Nuevo Laredo, las comidas del camino y la visa se le reembolsan en la primera semana; el regreso se paga al terminar.",
        ),
        (
            "Did anyone charge me to get this job?",
            "¿Alguien me cobró por este trabajo?",
            "No one may charge you a recruiting fee, and you keep your passport.",
            "Nadie puede cobrarle una cuota de reclutamiento, y usted guarda su pasaporte.",
        ),
        (
            "What experience do I need?",
            "¿Qué experiencia necesito?",
            "Three months of landscaping work; a valid Mexican driver's license is a plus.",
            "Tres meses de trabajo en jardinería; se prefiere licencia de manejo mexicana vigente.",
        ),
        (
            "What if I stop coming?",
            "¿Y si dejo de venir?",
            "Five workdays in a row without notice means you abandoned the job and we must tell the Department of Labor.",
            "Cinco días de trabajo seguidos sin aviso significa que abandonó el empleo y debemos avisar al Departamento de Trabajo.",
        ),
    ]
    for qe, qs, ae, as_ in qa:
        d.set_fill_color(228, 238, 220)
        d.two_col(qe, qs, size=9, bold=True)
        d.two_col(ae, as_, size=9)
        d.ln(1)
    d.sig_row(["Employer / Empleador", "Worker / Trabajador", "Date / Fecha"])
    return s, d


# ============================================================================
# e10  image-only scanned page, H-2B English, amusement park
# ============================================================================
def e10():
    s = Spec(
        "e10.pdf",
        "h2b",
        "en",
        "work_contract",
        "one page; SCANNED image-only (grayscale, slight skew, noise); typewriter-like mono font; form lines",
        [
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        [],
        [
            "'tokens' sold to guests is a job duty",
            "return flight paid",
            "inbound airfare reimbursed in first week",
        ],
        scanned=True,
    )
    d = Doc()
    d.add_font("M", "", f"{FONTDIR}/DejaVuSansMono.ttf")
    d.add_font("M", "B", f"{FONTDIR}/DejaVuSansMono-Bold.ttf")
    d.body = ("M", 8.6)
    d.add_page()
    d.set_font("M", "B", 12)
    d.cell(0, 7, "SEASONAL EMPLOYMENT AGREEMENT (H-2B)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("M", "", 8.6)
    d.cell(
        0,
        5,
        "Thunder Cove Amusements, Inc. - 77 Boardwalk Avenue, Sea Breeze Point, NJ 08226",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    lines = [
        "Employee: Jhon Fredy Castaño Ruiz",
        "Position: Ride operator / games attendant. Operate rides, check height limits, run midway games and sell game tokens to guests.",
        "Work site: Thunder Cove Pier, 77 Boardwalk Avenue, Sea Breeze Point, New Jersey.",
        "Season: May 15, 2026 through September 13, 2026.",
        "Hours: 40 hours per week, 5 shifts, noon to 8:30 p.m. or 2 p.m. to 10:30 p.m.",
        "Rate: $15.92/hour; the higher of this rate or any new prevailing or minimum wage is paid. Overtime: $23.88/hour after 40 hrs.",
        "Pay day: every other Friday by check.",
        "Deductions: payroll taxes, plus the items in paragraphs 3 and 4.",
        "Travel: airfare from Bogota to Atlantic City and meals on the way are reimbursed in the first week; the return flight is paid at season end.",
        "Requirements: 18 years or older; basic English.",
        "Equipment: radio, vest and lanyard supplied free.",
    ]
    for i, ln in enumerate(lines, 1):
        d.p(f"{i:>2}. {ln}")
    d.ln(1)
    d.p(
        "3. "
        + s.F(
            "recruitment_fee",
            "A one-time processing charge of $400 is deducted from your first paycheck.",
            400,
            "USD",
        )
    )
    d.p(
        "4. "
        + s.F(
            "meal_charge",
            "Lunch from the employee commissary is charged at $9 per workday.",
            9,
            "USD",
        )
    )
    d.p(
        "5. "
        + s.F(
            "movement_restriction",
            "Residents of employer housing must be inside by 10:00 p.m. and may not leave town on days off without the supervisor's written permission.",
        )
    )
    d.p(
        "6. Three consecutive no-call/no-show shifts are considered job abandonment. Dismissal for cause is given in writing."
    )
    d.ln(6)
    d.p(
        "Employee signature: ___________________     Employer: ___________________     Date: ________"
    )
    return s, d


DOCS = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10]


# ---------------------------------------------------------------------------
def page_texts(path):
    """Per page: list of candidate texts (page, half/third column crops, table cells)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            c = [pg.extract_text() or ""]
            W = pg.width
            for k in (2, 3):
                for i in range(k):
                    try:
                        c.append(
                            pg.crop((W * i / k, 0, W * (i + 1) / k, pg.height)).extract_text() or ""
                        )
                    except Exception:
                        pass
            try:
                for t in pg.extract_tables():
                    for r in t:
                        c.extend(x or "" for x in r)
            except Exception:
                pass
            out.append([norm(x) for x in c])
    return out


def locate(quote, pages):
    q = norm(quote)
    for i, cands in enumerate(pages, 1):
        if any(q in c for c in cands):
            return i
    return None


def rasterize(src_pdf, dst_pdf, seed=7):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(src_pdf)
    out = FPDF(unit="pt", format="Letter")
    out.set_creation_date(FIXED)
    out.set_producer("heldout_e scanner")
    rng = random.Random(seed)
    for i in range(len(doc)):
        page = doc[i]
        w, h = page.get_size()
        img = page.render(scale=150 / 72).to_pil().convert("L")
        img = img.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        for _ in range(9000):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            px[x, y] = rng.choice((150, 190, 60))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        bio = io.BytesIO()
        img.save(bio, format="JPEG", quality=70)
        bio.seek(0)
        out.add_page(format=(w, h))
        out.image(bio, 0, 0, w, h)
    out.output(dst_pdf)


def build(out_dir, write_labels=False):
    os.makedirs(out_dir, exist_ok=True)
    labels, warnings = [], 0
    for fn in DOCS:
        s, d = fn()
        target = os.path.join(out_dir, s.file)
        if s.scanned:
            with tempfile.TemporaryDirectory() as td:
                tmp = os.path.join(td, "text.pdf")
                d.output(tmp)
                pages = page_texts(tmp)
                rasterize(tmp, target)
            with pdfplumber.open(target) as p:
                if any((pg.extract_text() or "").strip() for pg in p.pages):
                    print(f"WARNING {s.file}: scanned PDF has a text layer")
                    warnings += 1
        else:
            d.output(target)
            pages = page_texts(target)
        for f in s.fees:
            pg = locate(f["quote"], pages)
            if pg is None:
                print(f"WARNING {s.file}: quote not found: {f['quote'][:70]}")
                warnings += 1
            f["page"] = pg
        labels.append(
            {
                "file": s.file,
                "program": s.program,
                "language": s.language,
                "scanned": s.scanned,
                "pages": len(pages),
                "fees": s.fees,
                "missing_terms": s.missing,
                "recruiters": s.recruiters,
                "traps": s.traps,
                "doc_type": s.doc_type,
                "layout": s.layout,
            }
        )
        for r in s.recruiters:
            if locate(r, pages) is None:
                print(f"WARNING {s.file}: recruiter name not found: {r}")
                warnings += 1
        print(f"{s.file}: {len(pages)} page(s), {len(s.fees)} finding(s), missing={s.missing}")
    lab_path = os.path.join(HERE, "labels.json")
    if write_labels:
        with open(lab_path, "w", encoding="utf-8") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    else:
        with open(lab_path, encoding="utf-8") as fh:
            if json.load(fh) != labels:
                print(
                    "WARNING labels.json differs from the document specs (run with --write-labels)"
                )
                warnings += 1
    if os.path.abspath(out_dir) != HERE:
        shutil.copy(lab_path, os.path.join(out_dir, "labels.json"))
    print(f"done: {len(labels)} documents, {warnings} warning(s)")
    return warnings


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    build(sys.argv[1], "--write-labels" in sys.argv[2:])
