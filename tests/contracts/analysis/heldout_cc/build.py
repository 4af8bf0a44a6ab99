#!/usr/bin/env python3
"""Build the heldout_cc blind batch: cc01.pdf ... cc12.pdf and labels.json.

Usage:  python build.py OUT_DIR

Deterministic: fixed creation date, fixed random seed for the scanned page.
After writing, every PDF is reopened with pdfplumber and checked (page count,
extractable text and key phrases on text pages, verbatim fee quotes on the
labelled page, no text layer on the scanned page). Exit status 1 on failure.
"""

import io
import json
import math
import os
import random
import re
import sys
from datetime import UTC, datetime

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
HAVE_DEJAVU = os.path.exists(os.path.join(DEJAVU, "DejaVuSans.ttf"))
FIXED_DATE = datetime(2026, 1, 5, 9, 0, 0, tzinfo=UTC)

TERM_ORDER = [
    "employer_identity",
    "worker_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
    "wage_adjustment",
    "overtime",
    "pay_frequency",
    "deductions",
    "three_fourths_guarantee",
    "housing",
    "meals",
    "inbound_transportation",
    "return_transportation",
    "daily_transportation",
    "visa_reimbursement",
    "tools_provided",
    "workers_compensation",
    "earnings_statements",
    "termination",
    "contract_impossibility",
    "job_requirements",
]
REQUIRED = {
    "h2a": [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "wage_adjustment",
        "pay_frequency",
        "deductions",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
    "h2b": [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
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
        "job_requirements",
    ],
    "generic": [
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "return_transportation",
        "termination",
    ],
}
CATEGORIES = {
    "recruitment_fee",
    "visa_cost",
    "travel_cost",
    "medical_cost",
    "insurance_cost",
    "training_cost",
    "equipment_charge",
    "housing_charge",
    "deposit_or_bond",
    "breach_penalty",
    "debt_bondage",
    "document_retention",
    "blacklisting_threat",
    "movement_restriction",
    "wage_withholding",
    "damage_chargeback",
    "meal_charge",
}


def missing(program, present):
    """Required terms of the program that are NOT in `present`, in taxonomy order."""
    req = REQUIRED[program]
    for p in present:
        assert p in TERM_ORDER, p
    return [t for t in TERM_ORDER if t in req and t not in present]


def fee(category, page, quote, amount=None, currency=None, severity="violation", group=None):
    d = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": float(amount) if amount is not None else None,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, fmt="Letter", orientation="P", margins=(20, 18, 20), bottom=20):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.header_fn = None
        self.footer_fn = None
        self.skip_hf = set()  # pages without header/footer (the scanned page)
        if HAVE_DEJAVU:
            for fam, base in (
                ("Sans", "DejaVuSans"),
                ("Serif", "DejaVuSerif"),
                ("Cond", "DejaVuSansCondensed"),
                ("Mono", "DejaVuSansMono"),
            ):
                obl = "Italic" if fam == "Serif" else "Oblique"
                self.add_font(fam, "", DEJAVU + base + ".ttf")
                self.add_font(fam, "B", DEJAVU + base + "-Bold.ttf")
                self.add_font(fam, "I", DEJAVU + base + "-" + obl + ".ttf")
                self.add_font(fam, "BI", DEJAVU + base + "-Bold" + obl + ".ttf")
            self.fam = {"Sans": "Sans", "Serif": "Serif", "Cond": "Cond", "Mono": "Mono"}
        else:
            self.fam = {
                "Sans": "helvetica",
                "Serif": "times",
                "Cond": "helvetica",
                "Mono": "courier",
            }
        self.set_title("")
        self.set_author("")
        self.set_creator("heldout_cc build.py")

    def f(self, fam="Sans", style="", size=10):
        self.set_font(self.fam[fam], style, size)

    def header(self):
        if self.header_fn and self.page_no() not in self.skip_hf:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn and self.page_no() not in self.skip_hf:
            self.footer_fn(self)

    # text helpers -------------------------------------------------------
    def para(
        self,
        text,
        size=10,
        fam="Sans",
        style="",
        lh=None,
        align="L",
        after=1.5,
        markdown=False,
        w=0,
    ):
        self.f(fam, style, size)
        lh = lh or size * 0.45
        self.multi_cell(w, lh, text, align=align, markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        if after:
            self.ln(after)

    def heading(self, text, size=11, fam="Sans", style="B", after=1.0, color=None):
        if color:
            self.set_text_color(*color)
        self.para(text, size=size, fam=fam, style=style, after=after)
        self.set_text_color(0, 0, 0)

    def clause(self, head, body, size=9.5, fam="Sans", lh=None, after=1.8):
        """Numbered clause: bold head followed by body on the same paragraph."""
        self.para("**" + head + "** " + body, size=size, fam=fam, lh=lh, after=after, markdown=True)

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam="Sans",
        heading=True,
        lh=None,
        head_fill=(225, 225, 225),
        borders="ALL",
        bold_first_col=False,
    ):
        self.f(fam, "", size)
        lh = lh or size * 0.48
        self.set_fill_color(255, 255, 255)
        if sum(widths) > self.epw:
            k = self.epw / sum(widths)
            widths = tuple(w * k for w in widths)
        from fpdf.fonts import FontFace

        head_style = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            line_height=lh,
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=heading,
            headings_style=head_style,
            align="LEFT",
            padding=1.2,
        ) as t:
            for r in rows:
                row = t.row()
                for i, c in enumerate(r):
                    if bold_first_col and i == 0:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2)

    def band(self, y, h, rgb):
        self.set_fill_color(*rgb)
        self.rect(0, y, self.w, h, style="F")


def std_footer(left, fam="Sans", size=7.5, rgb=(90, 90, 90), fmt="Página {p} de {nb}"):
    def fn(pdf):
        pdf.set_y(-13)
        pdf.f(fam, "", size)
        pdf.set_text_color(*rgb)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
        pdf.cell(0, 4, left, align="L")
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, 4, fmt.format(p=pdf.page_no(), nb="{nb}"), align="R")
        pdf.set_text_color(0, 0, 0)

    return fn


def signature_table(pdf, left, right, size=9, fingerprint=False, y_gap=14):
    """Two signature columns with lines; optional fingerprint box."""
    if pdf.get_y() + y_gap + 22 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(y_gap)
    y = pdf.get_y()
    x0 = pdf.l_margin
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    colw = (avail - (30 if fingerprint else 0)) / 2
    pdf.set_draw_color(0, 0, 0)
    for i, lines in enumerate((left, right)):
        x = x0 + i * colw
        pdf.line(x + 3, y, x + colw - 6, y)
        pdf.set_xy(x + 3, y + 1)
        pdf.f("Sans", "", size)
        pdf.multi_cell(colw - 9, size * 0.45, "\n".join(lines), align="L")
    if fingerprint:
        bx = x0 + 2 * colw + 3
        pdf.rect(bx, y - 22, 24, 28)
        pdf.set_xy(bx, y + 7)
        pdf.f("Sans", "", 7)
        pdf.cell(24, 3, "Huella", align="C")
    pdf.set_xy(pdf.l_margin, y + 16)


def bubble(
    pdf,
    text,
    side,
    time,
    sender=None,
    width=None,
    size=8.6,
    fill_l=(255, 255, 255),
    fill_r=(217, 247, 196),
    label=None,
):
    """WhatsApp-like bubble. side: 'L' (incoming) or 'R' (outgoing)."""
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    bw = width or avail * 0.80
    pad = 2.2
    lh = size * 0.46
    pdf.f("Sans", "", size)
    lines = pdf.multi_cell(bw - 2 * pad, lh, text, dry_run=True, output="LINES")
    h = len(lines) * lh + 2 * pad + 3.2
    if sender:
        h += lh
    if label:
        h += lh
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
    x = pdf.l_margin if side == "L" else pdf.w - pdf.r_margin - bw
    y = pdf.get_y()
    pdf.set_fill_color(*(fill_l if side == "L" else fill_r))
    pdf.set_draw_color(205, 205, 205)
    pdf.rect(x, y, bw, h, style="DF", round_corners=True, corner_radius=2.2)
    yy = y + pad
    if sender:
        pdf.set_xy(x + pad, yy)
        pdf.f("Sans", "B", size - 0.6)
        pdf.set_text_color(23, 120, 90)
        pdf.cell(bw - 2 * pad, lh, sender)
        pdf.set_text_color(0, 0, 0)
        yy += lh
    if label:
        pdf.set_xy(x + pad, yy)
        pdf.f("Sans", "I", size - 1.2)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(bw - 2 * pad, lh, label)
        pdf.set_text_color(0, 0, 0)
        yy += lh
    pdf.set_xy(x + pad, yy)
    pdf.f("Sans", "", size)
    pdf.multi_cell(bw - 2 * pad, lh, text, align="L")
    pdf.set_xy(x + bw - 16, y + h - 4.2)
    pdf.f("Sans", "", 6.3)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(14, 3, time, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 2.4)


# ---------------------------------------------------------------------------
# Documents. Each builder returns (pdf, key_phrases[(page, phrase)], label).
# ---------------------------------------------------------------------------


def cc01():
    """H-2A work contract, Spanish, Mexico (San Luis Potosi) -> North Carolina. Compliant."""
    pdf = Doc()
    pdf.footer_fn = std_footer(
        "Tar River Bend Produce LLC · Contrato H-2A temporada 2026 · ETA-790A H-300-26012-774210"
    )
    pdf.add_page()
    pdf.band(0, 9, (46, 98, 60))
    pdf.ln(2)
    pdf.para(
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (VISA H-2A)",
        size=14,
        style="B",
        align="C",
        after=0.5,
    )
    pdf.para(
        "Copia en español de la orden de trabajo ETA-790A núm. H-300-26012-774210",
        size=9,
        style="I",
        align="C",
        after=3,
    )
    pdf.grid(
        [
            ["Parte", "Datos"],
            [
                "Empleador",
                "Tar River Bend Produce LLC, 2215 Old Sparta Road, Tarboro, "
                "Carolina del Norte 27886, EE. UU. Tel. (252) 555-0148",
            ],
            [
                "Trabajador",
                "Rigoberto Anselmo Huerta Cázares, originario de Villa de Ramos, "
                "San Luis Potosí, México",
            ],
            [
                "Agencia de reclutamiento",
                "Enlace Jornalero Potosino, S.C., Calle Zaragoza 410, "
                "Salinas de Hidalgo, S.L.P. (contratada y pagada por el "
                "empleador)",
            ],
        ],
        widths=(42, 134),
        size=9,
    )
    pdf.para(
        "Las partes acuerdan las siguientes condiciones, que son las mismas que el "
        "Departamento de Trabajo de los Estados Unidos certificó para esta orden de trabajo:",
        size=9.5,
        after=2,
    )
    C = pdf.clause
    C(
        "1. Puesto y tareas.",
        "Trabajador agrícola de campo: trasplante de esquejes de camote, "
        "deshierbe con azadón, cosecha a mano de camote en cubetas de 30 libras y carga de "
        "cajones en los remolques.",
    )
    C(
        "2. Lugar de trabajo.",
        "Campos del empleador en los condados de Edgecombe y Nash, "
        "Carolina del Norte. La lista de parcelas con su dirección está en el Anexo A de la "
        "orden de trabajo.",
    )
    C("3. Duración.", "Del 20 de abril de 2026 al 14 de noviembre de 2026.")
    C(
        "4. Jornada.",
        "40 horas por semana, de lunes a sábado, normalmente de 7:00 a 15:30 "
        "horas con media hora para comer. En días de lluvia o calor extremo el horario puede "
        "cambiar.",
    )
    C(
        "5. Salario.",
        "$16.07 por hora. Durante la cosecha se paga además a destajo, $0.55 por "
        "cubeta llena, cuando eso le dé más que el pago por hora; nunca recibirá menos de $16.07 "
        "por cada hora trabajada. Si durante el contrato se publica una tarifa más alta (AEWR, "
        "salario prevaleciente o salario mínimo federal o estatal), el empleador pagará la más "
        "alta desde la fecha en que entre en vigor.",
    )
    C(
        "6. Cuota mínima de producción.",
        "Después de los primeros cinco días de cosecha, se "
        "espera que cada trabajador llene al menos 18 cubetas por hora. Quien no alcance la cuota "
        "después de una advertencia por escrito puede ser despedido por causa justificada.",
    )
    C(
        "7. Día de pago y talón.",
        "Se paga cada semana, los jueves, con cheque o depósito "
        "directo. Con cada pago usted recibe un talón que indica las horas ofrecidas, las horas "
        "trabajadas, las cubetas, la tarifa, el total ganado, cada descuento y su motivo.",
    )
    C(
        "8. Descuentos.",
        "Solo se descontarán: (a) los impuestos sobre la renta federales y "
        "estatales que exija la ley o que usted pida; (b) las comidas del comedor, solo si usted "
        "elige ese servicio (cláusula 10); (c) lo que usted autorice por escrito para su propio "
        "beneficio. La vivienda, el transporte y las herramientas nunca se descuentan.",
    )
    C(
        "9. Garantía de tres cuartas partes.",
        "El empleador le ofrecerá empleo por un número de "
        "horas igual a por lo menos tres cuartas partes de los días de trabajo del periodo del "
        "contrato. Si le ofrece menos, le pagará la diferencia a la tarifa del contrato.",
    )
    C(
        "10. Vivienda y comidas.",
        "Usted vivirá sin costo alguno en el campamento del "
        "empleador, 2240 Old Sparta Road, Tarboro, que cumple con las normas de vivienda para "
        "trabajadores agrícolas. El campamento tiene cocina con estufas y refrigeradores que "
        "usted puede usar gratis. Si lo prefiere, puede inscribirse en el comedor del campamento: "
        "tres comidas al día por $14.00 diarios, cantidad menor que el máximo que publica el "
        "Departamento de Trabajo, que se descuentan cada semana. Puede darse de baja del "
        "comedor con una semana de aviso.",
    )
    C(
        "11. Transporte.",
        "Viaje de ida: el empleador le reembolsará el autobús desde Villa de "
        "Ramos hasta Tarboro y las comidas del camino, en el primer cheque lo necesario para que "
        "su primera semana no quede bajo el salario mínimo, y el resto al cumplir el 50 % del "
        "contrato. Regreso: si usted termina el contrato, o si lo despiden sin causa, el "
        "empleador paga el autobús de regreso a Villa de Ramos y las comidas del camino. "
        "Transporte diario: una camioneta del empleador lo lleva gratis del campamento a los "
        "campos y de regreso.",
    )
    C(
        "12. Herramientas.",
        "Azadones, cubetas, guantes y todo lo necesario para el trabajo se "
        "entregan sin costo y sin depósito.",
    )
    C(
        "13. Seguro de accidentes de trabajo.",
        "Desde el primer día usted está cubierto por el "
        "seguro de compensación para trabajadores (póliza NC-WC-4418827 de Carolina Growers "
        "Mutual Insurance), pagado por el empleador.",
    )
    C(
        "14. Requisitos.",
        "Tres meses de experiencia en cosecha manual de hortalizas y "
        "capacidad para levantar 50 libras. No se requiere hablar inglés.",
    )
    C(
        "15. Terminación.",
        "El empleador solo puede despedirlo por causa justificada, por "
        "ejemplo no alcanzar la cuota después de una advertencia por escrito. Si usted falta 5 "
        "días de trabajo seguidos sin avisar, se puede considerar que abandonó el empleo, y el "
        "empleador lo notificará al Departamento de Trabajo. En esos casos no se paga el regreso "
        "ni aplica la garantía.",
    )
    C(
        "16. Imposibilidad del contrato.",
        "Si un huracán, una inundación, un incendio u otra "
        "causa fuera del control del empleador hace imposible el trabajo, el contrato puede "
        "terminar antes con aprobación del Departamento de Trabajo; usted recibirá lo ganado, "
        "la garantía de tres cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    C(
        "17. Costos de contratación.",
        "La contratación es sin costo alguno para usted. El "
        "empleador paga a Enlace Jornalero Potosino, S.C. por el reclutamiento y le prohíbe "
        "cobrarle cualquier cuota. Si alguien le pide dinero por este trabajo, avise al "
        "empleador o al Departamento de Trabajo al 1-866-487-9243.",
    )
    C(
        "18. Documentos y quejas.",
        "Usted guarda su pasaporte y su visa en todo momento. Puede "
        "presentar quejas ante el Departamento de Trabajo, su consulado o un abogado sin sufrir "
        "represalias.",
    )
    pdf.para("Firmado en Salinas de Hidalgo, S.L.P., el 9 de marzo de 2026.", size=9.5)
    signature_table(
        pdf,
        ["Por el empleador", "Dwayne R. Whitlock, gerente de campo"],
        ["El trabajador", "Rigoberto Anselmo Huerta Cázares"],
    )
    keys = [(1, "Tar River Bend Produce LLC, 2215 Old Sparta Road"), (1, "$16.07 por hora")]
    present = [t for t in REQUIRED["h2a"]]
    label = {
        "file": "cc01.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": missing("h2a", present),
        "recruiters": ["Enlace Jornalero Potosino, S.C."],
        "traps": [
            "'cuota mínima de producción' is a productivity standard, not a fee",
            "lawful h2a meal charge within the cap (optional comedor, $14.00 a day)",
            "free housing (h2a), sin costo alguno",
            "free kitchen",
            "inbound bus and meals repaid (first week / 50%)",
            "tools free, no deposit",
            "recruiter paid by the employer; sin costo alguno (negated recruitment fee)",
            "worker keeps passport and visa",
            "complaints without retaliation (negated blacklisting)",
        ],
        "doc_type": "work_contract",
        "layout": "numbered clauses with bold heads; gridded parties table; colored top band; "
        "footer with page x of y; signature lines",
    }
    return pdf, keys, label


def cc02():
    """Recruiter's cash receipt, Spanish, Guatemala (Huehuetenango) -> US H-2A."""
    pdf = Doc(fmt=(216, 150), orientation="P", margins=(14, 12, 14), bottom=8)
    pdf.add_page()
    pdf.set_draw_color(40, 40, 120)
    pdf.set_line_width(0.6)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.2)
    pdf.set_text_color(30, 30, 110)
    pdf.para("Reclutamientos y Servicios Cuchumatanes", size=13, fam="Serif", style="B", after=0)
    pdf.para(
        "4a. calle 3-21 zona 1, Huehuetenango · Tel. 7764-2290 · Visas de trabajo EE. UU. y Canadá",
        size=8,
        after=2,
    )
    pdf.set_text_color(0, 0, 0)
    y = 12
    pdf.set_xy(pdf.w - 70, y)
    pdf.f("Sans", "B", 11)
    pdf.set_text_color(180, 20, 20)
    pdf.cell(56, 6, "RECIBO No. 0457", border=1, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.w - 70, y + 7)
    pdf.f("Sans", "", 8.5)
    pdf.cell(56, 5, "Por Q4,250.00", border=1, align="C")
    pdf.set_xy(pdf.l_margin, 30)
    pdf.f("Sans", "", 9.5)
    pdf.para("Fecha: 9 de febrero de 2026", size=9.5, after=0.5)
    pdf.para("Recibimos de: Elmer Rosendo Mérida Jacinto, DPI 2714 38861 1301", size=9.5, after=0.5)
    pdf.para(
        "La cantidad de: cuatro mil doscientos cincuenta quetzales exactos (Q4,250.00)",
        size=9.5,
        after=2,
    )
    pdf.grid(
        [
            ["Concepto", "Monto"],
            ["Inscripción programa de visas H-2A (para apartar su lugar)", "Q1,500.00"],
            ["Examen médico en Clínica Santa Eulalia", "Q650.00"],
            ["Depósito en garantía (reembolsable al regreso)", "Q2,100.00"],
            ["TOTAL", "Q4,250.00"],
        ],
        widths=(140, 46),
        size=9.5,
    )
    pdf.f("Serif", "I", 9.5)
    pdf.para(
        "Observaciones: Temporada 2026 en los Estados Unidos, pago de $15.81 la hora, cada "
        "semana. La visa la paga el patrón. El pasaporte lo saca y lo paga cada quien. El "
        "depósito se devuelve cuando el trabajador regrese a Guatemala con su constancia "
        "de fin de contrato. Si el trabajador abandona el trabajo antes de terminar la "
        "temporada, pierde el depósito.",
        size=9.5,
        fam="Serif",
        style="I",
        after=3,
    )
    y = pdf.get_y() + 19
    pdf.line(24, y, 90, y)
    pdf.line(120, y, 190, y)
    pdf.set_xy(24, y + 1)
    pdf.f("Sans", "", 8)
    pdf.cell(66, 4, "Recibí conforme (trabajador)", align="C")
    pdf.set_xy(120, y + 1)
    pdf.cell(70, 4, "Por Reclutamientos y Servicios Cuchumatanes", align="C")
    # rubber stamp
    pdf.set_draw_color(60, 60, 170)
    pdf.set_line_width(0.5)
    pdf.ellipse(150, y - 16.5, 30, 16)
    pdf.set_line_width(0.2)
    pdf.set_text_color(60, 60, 170)
    pdf.set_xy(150, y - 12)
    pdf.f("Sans", "B", 6.5)
    pdf.cell(30, 3, "CANCELADO", align="C")
    pdf.set_xy(150, y - 8.5)
    pdf.f("Sans", "", 5.5)
    pdf.cell(30, 3, "09 FEB 2026", align="C")
    pdf.set_text_color(0, 0, 0)
    keys = [(1, "RECIBO No. 0457"), (1, "Elmer Rosendo Mérida Jacinto")]
    label = {
        "file": "cc02.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Inscripción programa de visas H-2A (para apartar su lugar)",
                1500,
                "GTQ",
            ),
            fee("medical_cost", 1, "Examen médico en Clínica Santa Eulalia", 650, "GTQ"),
            fee(
                "deposit_or_bond", 1, "Depósito en garantía (reembolsable al regreso)", 2100, "GTQ"
            ),
            fee("visa_cost", 1, "El pasaporte lo saca y lo paga cada quien.", severity="review"),
            fee(
                "breach_penalty",
                1,
                "Si el trabajador abandona el trabajo antes de terminar "
                "la temporada, pierde el depósito.",
            ),
        ],
        "missing_terms": missing("h2a", ["wage_rate", "pay_frequency"]),
        "recruiters": ["Reclutamientos y Servicios Cuchumatanes"],
        "traps": [
            "visa paid by the employer ('La visa la paga el patrón')",
            "'Temporada 2026' is not a concrete start/end date",
        ],
        "doc_type": "receipt",
        "layout": "half-page cash receipt; bordered frame; folio box; gridded concept/amount "
        "table; italic observations; signature lines and ink stamp",
    }
    return pdf, keys, label


def cc03():
    """H-2A range sheepherder contract, English, Peru (Huancayo) -> Wyoming."""
    pdf = Doc()

    def hdr(p):
        p.band(0, 16, (92, 64, 40))
        p.set_xy(p.l_margin, 4)
        p.set_text_color(255, 255, 255)
        p.f("Serif", "B", 13)
        p.cell(0, 6, "Medicine Bow Range Sheep Co.", align="L")
        p.set_xy(p.l_margin, 10)
        p.f("Sans", "", 7.5)
        p.cell(0, 4, "418 County Road 12, Saratoga, Wyoming 82331 · (307) 555-0192", align="L")
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    pdf.header_fn = hdr
    pdf.footer_fn = std_footer(
        "H-2A Range Herding Contract · MBRS-H2A-2026-014", fmt="Page {p} of {nb}"
    )
    pdf.add_page()
    pdf.para("H-2A EMPLOYMENT CONTRACT - RANGE SHEEPHERDER", size=14, style="B", after=0.5)
    pdf.para(
        "Job order H-300-26020-781455 · Worker: Wilber Ayme Quispe Huamaní, Huancayo, Junín, Peru",
        size=9,
        style="I",
        after=3,
    )
    pdf.grid(
        [
            ["Term", "Offer"],
            [
                "Position",
                "Range sheepherder (SOC 45-2093): herd, graze and protect sheep on the open "
                "range; move flocks between allotments; feed and water sheep and feeder "
                "lambs; assist at lambing and docking; guard flocks against predators",
            ],
            [
                "Place of work",
                "Open range and BLM grazing allotments in Carbon County, Wyoming, and "
                "the ranch headquarters at 418 County Road 12, Saratoga",
            ],
            ["Contract period", "March 1, 2026 through December 15, 2026"],
            [
                "Hours",
                "On call up to 24 hours a day, 7 days a week, as range herding requires; "
                "herders are expected to work about 48 hours per week",
            ],
            ["Wage", "$2,054.12 per month"],
            ["Pay days", "Twice a month, on the 15th and on the last day of the month"],
            [
                "Qualifications",
                "Six months of experience herding sheep, goats, llamas or alpacas; "
                "able to ride horses and to live alone in a range camp",
            ],
        ],
        widths=(36, 140),
        size=9,
        bold_first_col=True,
    )
    C = pdf.clause
    C(
        "Section 1. Wage adjustments.",
        "If a higher monthly wage for range herding takes "
        "effect during the contract, the Company pays the higher wage from its effective date.",
    )
    C(
        "Section 2. Deductions.",
        "Only the following are deducted from pay: federal income tax "
        "withholding at the herder's request, and any item the herder authorizes in writing for "
        "his own benefit.",
    )
    C(
        "Section 3. Three-fourths guarantee.",
        "The Company guarantees employment for at least "
        "three-fourths of the workdays of the contract period. If it offers less, it pays the "
        "amount the herder would have earned.",
    )
    C(
        "Section 4. Housing and food.",
        "Each herder is furnished, free of charge, a mobile "
        "sheep camp trailer with bed, propane heater, cookstove, lantern and potable water. "
        "Food is provided to herders on the range at no cost; groceries are delivered to camp "
        "weekly.",
    )
    C(
        "Section 5. Transportation.",
        "The Company pays the airfare from Lima to Denver "
        "directly, and reimburses in the first workweek the bus fare from Huancayo to Lima and "
        "daily subsistence on the trip. If the herder completes the contract or is dismissed "
        "without cause, the Company pays the return airfare to Lima. Transportation between "
        "the ranch headquarters and the camps is provided free in Company vehicles.",
    )
    C(
        "Section 6. Tools and equipment.",
        "Horses, saddles, herding dogs, binoculars, a "
        "two-way radio and a satellite phone are provided at no cost and without deposit. Any "
        "equipment damaged by a worker's failure to follow instructions, including camp "
        "trailers, ATVs and saddles, will be charged to the worker at repair cost.",
    )
    C(
        "Section 7. Workers' compensation.",
        "The Company carries Wyoming workers' "
        "compensation coverage for every herder from the first day of work, at no cost to the "
        "herder.",
    )
    C(
        "Section 8. Completion reserve.",
        "The Company holds back $150 of each month's wages "
        "in a completion reserve. The accumulated reserve is paid to the herder in one sum with "
        "his final paycheck.",
    )
    C(
        "Section 9. Passports.",
        "For safekeeping, the ranch foreman keeps each herder's "
        "passport and I-94 record in the office safe at headquarters until the herder departs. "
        "Photocopies are given to the herder.",
    )
    C(
        "Section 10. Days off and town visits.",
        "Herders may leave the range or camp to visit "
        "town only with the foreman's prior written permission, and only in Company transport.",
    )
    C(
        "Section 11. Termination.",
        "A herder may be dismissed for cause, such as leaving a "
        "flock unattended or abusing animals, after a written warning. A herder who fails to "
        "report for work for 5 consecutive working days without the Company's consent is "
        "considered to have abandoned the job, and the Company will notify the Department of "
        "Labor and DHS.",
    )
    C(
        "Section 12. Recruitment.",
        "The Company has engaged Andes Pastoral Selección S.A.C., "
        "Jr. Puno 455, Huancayo, to recruit herders and pays all of its fees. Neither the "
        "Company nor the agency will charge herders any fee for this job.",
    )
    C(
        "Section 13. Language.",
        "A Spanish translation of this contract is delivered with it. "
        "If the two versions differ, the version more favorable to the herder applies.",
    )
    signature_table(
        pdf,
        ["For the Company", "Lyle T. Brannigan, owner"],
        ["Herder", "Wilber Ayme Quispe Huamaní"],
    )
    keys = [(1, "Medicine Bow Range Sheep Co."), (1, "$2,054.12 per month")]
    present = [
        t for t in REQUIRED["h2a"] if t not in ("earnings_statements", "contract_impossibility")
    ]
    label = {
        "file": "cc03.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "damage_chargeback",
                1,
                "Any equipment damaged by a worker's failure to follow "
                "instructions, including camp trailers, ATVs and saddles, will be charged to "
                "the worker at repair cost.",
                severity="review",
            ),
            fee(
                "wage_withholding",
                1,
                "The Company holds back $150 of each month's wages in a completion reserve.",
                150,
                "USD",
            ),
            fee(
                "document_retention",
                1,
                "For safekeeping, the ranch foreman keeps each "
                "herder's passport and I-94 record in the office safe at headquarters until "
                "the herder departs.",
            ),
            fee(
                "movement_restriction",
                1,
                "Herders may leave the range or camp to visit town "
                "only with the foreman's prior written permission, and only in Company "
                "transport.",
            ),
        ],
        "missing_terms": missing("h2a", present),
        "recruiters": ["Andes Pastoral Selección S.A.C."],
        "traps": [
            "'feed' and 'feeder lambs' are herding duties, not fees",
            "free sheep camp trailer (h2a housing)",
            "food provided at no cost on the range",
            "airfare paid directly, bus and subsistence repaid in first workweek",
            "horses, dogs and tools free, no deposit",
            "workers' compensation at no cost to the herder",
            "recruiter paid by the employer; no fee to herders (negated recruitment fee)",
        ],
        "doc_type": "work_contract",
        "layout": "colored letterhead band on every page; gridded summary table with bold "
        "first column; numbered sections; footer page x of y; signature lines",
    }
    return pdf, keys, label


def cc04():
    """Transcribed WhatsApp voice notes from a recruiter, Spanish, Mexico (Michoacan) -> H-2A NM."""
    pdf = Doc(fmt=(120, 240), margins=(7, 6, 7), bottom=6)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.band(0, 17, (7, 94, 84))
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 3)
    pdf.f("Sans", "B", 10)
    pdf.cell(0, 5, "Chile Hatch 2026")
    pdf.set_xy(8, 8.5)
    pdf.f("Sans", "", 7)
    pdf.cell(0, 4, "Grupo · 87 participantes · Servicios Laborales Baltierra (admin)")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(20)
    pdf.f("Sans", "I", 7)
    pdf.set_fill_color(255, 243, 196)
    pdf.multi_cell(
        0,
        3.4,
        "Transcripción literal de las notas de voz, hecha por un familiar de "
        "uno de los trabajadores. Se conservan las palabras tal como se escuchan.",
        align="C",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_x((pdf.w - 30) / 2)
    pdf.f("Sans", "", 7)
    pdf.set_fill_color(225, 242, 251)
    pdf.cell(30, 4.5, "14 DE MAYO DE 2026", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    s = "Servicios Laborales Baltierra"
    bubble(
        pdf,
        "Buenas noches a todos, les habla Chuy Baltierra, de Servicios Laborales "
        "Baltierra. Ya salió la petición para la pizca de chile verde en Hatch, Nuevo "
        "México, del 3 de agosto al 31 de octubre. Pagan $17.05 la hora y la vivienda allá "
        "es gratis, no les cobran nada de renta.",
        "L",
        "19:42",
        sender=s,
        label="Nota de voz 1:58 (transcripción)",
    )
    bubble(
        pdf,
        "Ahora, lo que ocupan. Para poner su nombre en la lista me tienen que dar "
        "7,500 pesos. Aparte son 1,800 del examen médico con el doctor que yo les mando, "
        "aquí en Zamora. La visa esa sí la paga el patrón, esa no se la cobro a nadie.",
        "L",
        "19:45",
        sender=s,
        label="Nota de voz 2:31 (transcripción)",
    )
    bubble(
        pdf,
        "¿Y el camión hasta la frontera quién lo paga? ¿nos lo regresan allá?",
        "R",
        "19:51",
        sender="Rosalío Tinoco",
    )
    bubble(
        pdf,
        "El camión hasta Monterrey y el hotel mientras sale la visa corren por cuenta "
        "de cada quien, eso el patrón no lo regresa. Y al que no tenga los siete mil "
        "quinientos, yo se los presto y me los va pagando de lo que gane allá, con el diez "
        "por ciento mensual.",
        "L",
        "19:58",
        sender=s,
        label="Nota de voz 1:12 (transcripción)",
    )
    bubble(
        pdf,
        "Apúrense que nomás hay 40 lugares. Los depósitos a la cuenta que les paso por "
        "privado, y me mandan foto del comprobante.",
        "L",
        "20:03",
        sender=s,
    )
    bubble(pdf, "Yo sí le entro, mañana le deposito", "R", "20:10", sender="Anselmo Villa")
    keys = [(1, "Servicios Laborales Baltierra"), (1, "Pagan $17.05 la hora")]
    label = {
        "file": "cc04.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Para poner su nombre en la lista me tienen que dar 7,500 pesos.",
                7500,
                "MXN",
            ),
            fee(
                "medical_cost",
                1,
                "Aparte son 1,800 del examen médico con el doctor que yo "
                "les mando, aquí en Zamora.",
                1800,
                "MXN",
            ),
            fee(
                "travel_cost",
                1,
                "El camión hasta Monterrey y el hotel mientras sale la visa "
                "corren por cuenta de cada quien, eso el patrón no lo regresa.",
            ),
            fee(
                "debt_bondage",
                1,
                "Y al que no tenga los siete mil quinientos, yo se los presto "
                "y me los va pagando de lo que gane allá, con el diez por ciento mensual.",
                7500,
                "MXN",
            ),
        ],
        "missing_terms": missing(
            "h2a", ["job_duties", "work_location", "employment_period", "wage_rate", "housing"]
        ),
        "recruiters": ["Servicios Laborales Baltierra"],
        "traps": [
            "visa paid by the employer ('esa no se la cobro a nadie')",
            "free housing (h2a), 'no les cobran nada de renta'",
            "'depósitos a la cuenta' means paying into a bank account, not a security deposit",
        ],
        "doc_type": "voice_transcript",
        "layout": "tall phone-screenshot page; WhatsApp group header; chat bubbles labelled "
        "'Nota de voz' with transcriptions and timestamps",
    }
    return pdf, keys, label


def cc05():
    """H-2B terms of employment, English, Honduras -> Louisiana crawfish plant. Compliant."""
    pdf = Doc(margins=(16, 16, 16))

    def hdr(p):
        p.set_xy(p.l_margin, 8)
        p.f("Sans", "B", 8)
        p.set_text_color(20, 70, 120)
        p.cell(0, 4, "ATCHAFALAYA BASIN SEAFOOD PROCESSORS LLC", align="L")
        p.set_x(p.l_margin)
        p.f("Sans", "", 7.5)
        p.cell(0, 4, "H-2B Terms and Conditions of Employment · Season 2026", align="R")
        p.set_draw_color(20, 70, 120)
        p.set_line_width(0.5)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)
        p.set_line_width(0.2)
        p.set_text_color(0, 0, 0)
        p.set_y(17)

    pdf.header_fn = hdr
    pdf.footer_fn = std_footer("Job order H-400-25352-660871 · Worker copy", fmt="Page {p} of {nb}")
    pdf.add_page()
    pdf.para("TERMS AND CONDITIONS OF EMPLOYMENT (H-2B)", size=14, style="B", align="C", after=2)
    pdf.grid(
        [
            ["Item", "Details"],
            [
                "Employer",
                "Atchafalaya Basin Seafood Processors LLC, 1180 Levee Road, Breaux "
                "Bridge, Louisiana 70517, USA",
            ],
            ["Worker", "Dilcia Marisol Caballero Orellana, La Ceiba, Atlántida, Honduras"],
            ["Position", "Crawfish and seafood processing worker (SOC 51-3022)"],
            ["Worksite", "Processing plant, 1180 Levee Road, Breaux Bridge, Louisiana"],
            ["Period", "February 2, 2026 to June 30, 2026"],
            [
                "Recruiter",
                "Servicios de Empleo Valle de Sula, S. de R.L., San Pedro Sula "
                "(paid by the employer)",
            ],
        ],
        widths=(34, 150),
        size=9,
        bold_first_col=True,
    )
    pdf.ln(1)
    paras = [
        (
            "1. Duties.",
            "Peel and devein boiled crawfish by hand, sort and weigh the meat, pack "
            "tail meat in one-pound bags, and clean the peeling tables at the end of each shift.",
        ),
        (
            "2. Hours.",
            "40 hours per week, Monday to Saturday, usually 6:00 a.m. to 2:30 p.m. "
            "with a 30-minute unpaid lunch. Workers get two paid 15-minute coffee breaks per "
            "shift. The schedule may vary with the daily catch.",
        ),
        (
            "3. Wage.",
            "$14.25 per hour, or $2.10 per pound of tail meat peeled when the piece "
            "rate gives more for the workweek. If a higher prevailing wage or minimum wage takes "
            "effect during the contract, the higher rate is paid from its effective date.",
        ),
        ("4. Overtime.", "Hours over 40 in a workweek are paid at $21.38 per hour."),
        (
            "5. Pay.",
            "Every Friday, by direct deposit or check. Each pay stub shows the hours "
            "offered, hours worked, pounds peeled, rate, gross pay and every deduction.",
        ),
        (
            "6. Deductions.",
            "Only federal and state income tax, Social Security and Medicare "
            "taxes, and deductions the worker authorizes in writing. No deduction is ever made "
            "for housing, transportation, tools or visa costs.",
        ),
        (
            "7. Guarantee.",
            "In each 12-week period the employer offers hours equal to at least "
            "three-fourths of the workdays in that period; missing hours are paid at the contract "
            "rate.",
        ),
        (
            "8. Travel to the job.",
            "The employer reimburses the bus from La Ceiba to San Pedro "
            "Sula, the flight to New Orleans, the shuttle to Breaux Bridge, lodging and daily "
            "meals on the way, in the first workweek.",
        ),
        (
            "9. Visa.",
            "The visa fee, visa processing and border-crossing fees are reimbursed in "
            "the first workweek. The employer also pays back the passport fee.",
        ),
        (
            "10. Return.",
            "If the worker completes the contract, or is dismissed early without "
            "cause, the employer pays the trip home to La Ceiba and meals on the way.",
        ),
        (
            "11. Tools.",
            "Peeling gloves, aprons, rubber boots, hairnets and knives are provided "
            "free of charge and without deposit.",
        ),
        (
            "12. Housing.",
            "Optional dormitory rooms at 1190 Levee Road are offered at no charge. "
            "Workers who live elsewhere receive free transport to the plant.",
        ),
        (
            "13. Requirements.",
            "Must be able to stand for eight hours in a cold room at 40°F "
            "and lift 25 pounds. No experience required.",
        ),
        (
            "14. Termination.",
            "Dismissal only for cause after a written warning. A worker who "
            "misses 5 consecutive workdays without notice is treated as having abandoned the "
            "job, and the employer reports it to the Department of Labor and DHS.",
        ),
        (
            "15. Impossibility.",
            "If a hurricane, flood, fire or other event beyond the "
            "employer's control makes the work impossible, the contract may end early with "
            "Department of Labor approval; the worker receives wages earned, the guarantee to "
            "that date and the trip home.",
        ),
        (
            "16. No fees.",
            "The employer, not the worker, pays all recruitment costs. Servicios "
            "de Empleo Valle de Sula, S. de R.L. is forbidden by contract to charge workers any "
            "fee. The employer also pays state unemployment insurance and workers' compensation.",
        ),
        (
            "17. Your rights.",
            "You keep your passport at all times. You may complain to the "
            "Department of Labor (1-866-487-9243) without retaliation.",
        ),
    ]
    pdf.f("Sans", "", 8.8)
    with pdf.text_columns(
        ncols=2, gutter=7, text_align="LEFT", line_height=1.2, balance=True
    ) as cols:
        for head, body in paras:
            with cols.paragraph(text_align="LEFT", top_margin=0, bottom_margin=1.6) as par:
                pdf.f("Sans", "B", 8.8)
                par.write(head + " ")
                pdf.f("Sans", "", 8.8)
                par.write(body)
    pdf.ln(2)
    signature_table(
        pdf,
        ["Employer", "Remy J. Thibodeaux, plant manager"],
        ["Worker", "Dilcia Marisol Caballero Orellana"],
        y_gap=10,
    )
    keys = [(1, "Atchafalaya Basin Seafood Processors LLC"), (1, "$14.25 per hour")]
    label = {
        "file": "cc05.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 1,
        "fees": [],
        "missing_terms": missing("h2b", REQUIRED["h2b"]),
        "recruiters": ["Servicios de Empleo Valle de Sula, S. de R.L."],
        "traps": [
            "'coffee breaks' contains 'fee'",
            "inbound bus, flight, lodging and meals reimbursed in first workweek",
            "visa, processing and border-crossing fees reimbursed; passport fee paid back",
            "tools free, no deposit",
            "optional housing at no charge",
            "the employer, not the worker, pays recruitment costs (negated recruitment fee)",
            "employer-paid unemployment insurance and workers' compensation (not insurance_cost)",
        ],
        "doc_type": "work_contract",
        "layout": "running header with rule; gridded summary table; numbered terms in two "
        "text columns; footer page x of y; signature lines",
    }
    return pdf, keys, label


def scanned_signature_page():
    """Pillow-rendered scan of cc06's signature and notarial page (no text layer)."""
    rnd = random.Random(20260112)
    W, H = 1275, 1650  # letter at 150 dpi
    paper = (246, 243, 234)
    img = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(img)
    if HAVE_DEJAVU:
        fr = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 25)
        fb = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 27)
        fs = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 19)
    else:
        fr = ImageFont.load_default(size=25)
        fb = ImageFont.load_default(size=27)
        fs = ImageFont.load_default(size=19)
    ink = (38, 38, 44)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    y = 120
    d.text(
        (W // 2, y),
        "Gestiones Laborales Quisqueya Norte, S.R.L.",
        font=fs,
        fill=(90, 90, 90),
        anchor="mm",
    )
    y += 40
    d.text((W // 2, y), "FIRMAS", font=fb, fill=ink, anchor="mm")
    y += 60
    body = (
        "Leído que fue el presente contrato, y estando las partes conformes con su contenido, "
        "lo firman en dos (2) originales de un mismo tenor, uno para cada parte, en la ciudad "
        "de Santiago de los Caballeros, República Dominicana, a los doce (12) días del mes de "
        "enero del año dos mil veintiséis (2026)."
    )
    for ln in wrap(body, fr, W - 300):
        d.text((150, y), ln, font=fr, fill=ink)
        y += 38
    y += 90
    # signature scribbles
    for x0, who in (
        (150, ["Por LA AGENCIA", "Lcda. Miguelina Estévez Fermín", "Gerente general"]),
        (700, ["EL TRABAJADOR", "Wander Eligio Tavárez Almonte", "Cédula 031-0588214-7"]),
    ):
        pts = []
        for i in range(40):
            t = i / 39
            pts.append(
                (
                    x0 + 40 + t * 300 + rnd.uniform(-6, 6),
                    y - 30 + 22 * math.sin(t * 9 + x0) + rnd.uniform(-5, 5),
                )
            )
        d.line(pts, fill=(30, 40, 110), width=3)
        d.line([(x0, y + 10), (x0 + 360, y + 10)], fill=ink, width=2)
        yy = y + 22
        for ln in who:
            d.text((x0, yy), ln, font=fs, fill=ink)
            yy += 28
    # fingerprint box
    d.rectangle([1080, y - 110, 1190, y + 20], outline=ink, width=2)
    for k in range(14):
        r = 8 + k * 3.2
        d.arc(
            [1135 - r, y - 50 - r * 1.25, 1135 + r, y - 50 + r * 1.25],
            200,
            520,
            fill=(70, 60, 80),
            width=2,
        )
    d.text((1135, y + 40), "Huella", font=fs, fill=ink, anchor="mm")
    y += 190
    d.text((150, y), "CERTIFICACIÓN NOTARIAL", font=fb, fill=ink)
    y += 55
    notary = (
        "Yo, Dr. Anselmo Radhamés Cabrera Liriano, Notario Público de los del Número para el "
        "municipio de Santiago, matrícula 4127, CERTIFICO Y DOY FE: que las firmas que "
        "anteceden fueron puestas libre y voluntariamente en mi presencia por las personas "
        "cuyos nombres figuran en este documento, quienes me declararon que esas son las "
        "firmas que acostumbran usar en todos los actos de su vida. En Santiago de los "
        "Caballeros, a los doce (12) días del mes de enero del año dos mil veintiséis."
    )
    for ln in wrap(notary, fr, W - 300):
        d.text((150, y), ln, font=fr, fill=ink)
        y += 38
    y += 80
    d.line([(700, y), (1120, y)], fill=ink, width=2)
    d.text((700, y + 14), "Notario Público", font=fs, fill=ink)
    # round notarial stamp
    cx, cy = 420, y + 60
    d.ellipse([cx - 110, cy - 110, cx + 110, cy + 110], outline=(40, 60, 150), width=4)
    d.ellipse([cx - 80, cy - 80, cx + 80, cy + 80], outline=(40, 60, 150), width=2)
    d.text((cx, cy), "NOTARIO", font=fs, fill=(40, 60, 150), anchor="mm")
    d.text((W // 2, H - 90), "Página 3 de 3", font=fs, fill=(90, 90, 90), anchor="mm")
    # scan artefacts: speckles, shading, slight rotation and blur
    for _ in range(5000):
        x, yv = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(120, 215)
        d.point((x, yv), fill=(g, g, g))
    for _ in range(4):
        x = rnd.randrange(40, W - 40)
        d.line([(x, 0), (x + rnd.randrange(-20, 20), H)], fill=(228, 225, 216), width=1)
    img = img.rotate(-0.9, resample=Image.BICUBIC, expand=False, fillcolor=(60, 60, 60))
    shade = Image.linear_gradient("L").resize((W, H))
    img = Image.composite(
        img, Image.new("RGB", (W, H), (214, 210, 200)), shade.point(lambda v: 255 - v // 6)
    )
    img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def cc06():
    """Recruiter agreement, Spanish, Dominican Republic -> H-2B South Carolina; page 3 scanned."""
    pdf = Doc(margins=(22, 18, 22))
    pdf.footer_fn = std_footer(
        "Gestiones Laborales Quisqueya Norte, S.R.L. · RNC 1-32-18457-6 "
        "· Contrato GLQN-H2B-26-0093",
        fam="Serif",
    )
    pdf.add_page()
    pdf.para(
        "GESTIONES LABORALES QUISQUEYA NORTE, S.R.L.",
        size=12,
        fam="Serif",
        style="B",
        align="C",
        after=0,
    )
    pdf.para(
        "Calle del Sol núm. 88, segundo nivel, Santiago de los Caballeros, República Dominicana",
        size=8.5,
        fam="Serif",
        align="C",
        after=4,
    )
    pdf.para(
        "CONTRATO DE SERVICIOS DE INTERMEDIACIÓN LABORAL",
        size=13,
        fam="Serif",
        style="B",
        align="C",
        after=3,
    )

    def P(t, **k):
        return pdf.para(t, size=10, fam="Serif", lh=4.6, **k)

    P(
        "ENTRE: De una parte, GESTIONES LABORALES QUISQUEYA NORTE, S.R.L., sociedad organizada "
        "de acuerdo con las leyes de la República Dominicana, representada por su gerente "
        "general, Lcda. Miguelina Estévez Fermín, quien en lo adelante se denominará LA AGENCIA; "
        "y de la otra parte, el señor WANDER ELIGIO TAVÁREZ ALMONTE, dominicano, mayor de edad, "
        "portador de la cédula núm. 031-0588214-7, domiciliado en Moca, provincia Espaillat, "
        "quien en lo adelante se denominará EL TRABAJADOR.",
        after=2,
    )
    P(
        "PRIMERO: Objeto. LA AGENCIA gestionará la contratación de EL TRABAJADOR con la empresa "
        "PIEDMONT GREENWAY LANDSCAPES INC. (en lo adelante LA EMPRESA), bajo el programa de visas "
        "H-2B de los Estados Unidos, en las condiciones siguientes:",
        after=2,
    )
    pdf.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Piedmont Greenway Landscapes Inc., 77 Mill Pond Road, Greenville, "
                "Carolina del Sur 29607, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador de jardinería: corte de césped, siembra de arbustos, "
                "colocación de mantillo, poda y limpieza de áreas verdes de clientes",
            ],
            [
                "Lugar de trabajo",
                "Residencias y oficinas de clientes en los condados de Greenville "
                "y Spartanburg, Carolina del Sur",
            ],
            ["Periodo", "Del 16 de marzo al 20 de noviembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m."],
            ["Salario", "USD 17.84 por hora"],
            ["Pago", "Cada semana, los viernes, por depósito bancario"],
            ["Descuentos", "Impuestos de ley: federal, estatal, Seguro Social y Medicare"],
            [
                "Viaje de ida",
                "LA EMPRESA paga el boleto aéreo Santiago-Charlotte, el traslado a "
                "Greenville y los viáticos del viaje",
            ],
            [
                "Viaje de regreso",
                "LA EMPRESA paga el boleto de regreso a Santiago si EL TRABAJADOR "
                "termina la temporada",
            ],
            ["Herramientas", "Las entrega LA EMPRESA sin costo y sin depósito"],
            ["Requisitos", "Seis meses de experiencia en jardinería o construcción"],
            [
                "Terminación",
                "Solo por causa justificada; cinco días seguidos de ausencia sin aviso "
                "se consideran abandono",
            ],
        ],
        widths=(36, 136),
        size=9,
        fam="Serif",
        bold_first_col=True,
    )
    P(
        "SEGUNDO: Honorarios. EL TRABAJADOR pagará a LA AGENCIA la suma de USD 1,200.00 (mil "
        "doscientos dólares estadounidenses) por concepto de honorarios de gestión y colocación, "
        "en dos cuotas iguales: la primera al firmar este contrato y la segunda al recibir la "
        "cita consular.",
        after=2,
    )
    pdf.add_page()
    P(
        "TERCERO: Gastos consulares. El arancel consular de la visa H-2B, de USD 205, corre por "
        "cuenta de EL TRABAJADOR y no será reembolsado.",
        after=2,
    )
    P(
        "CUARTO: Documentos. EL TRABAJADOR conserva en todo momento su pasaporte y su cédula de "
        "identidad; LA AGENCIA solo recibe fotocopias para el expediente.",
        after=2,
    )
    P(
        "QUINTO: Abandono. Si EL TRABAJADOR abandona el empleo antes de terminar la temporada, "
        "pagará a LA AGENCIA una penalidad de USD 800.00 por los daños causados a su reputación "
        "ante LA EMPRESA.",
        after=2,
    )
    P(
        "SEXTO: Quejas. EL TRABAJADOR puede acudir al Ministerio de Trabajo, al consulado de los "
        "Estados Unidos o a cualquier organización sin que eso afecte su contratación.",
        after=2,
    )
    P(
        "SÉPTIMO: Visa. La firma de este contrato no garantiza la obtención de la visa, que "
        "depende exclusivamente del consulado de los Estados Unidos.",
        after=2,
    )
    P(
        "OCTAVO: Jurisdicción. Para todo lo no previsto en el presente contrato, las partes se "
        "remiten al derecho común y eligen domicilio en la ciudad de Santiago de los Caballeros.",
        after=2,
    )
    P("(Las firmas y la certificación notarial figuran en la página siguiente.)", style="I")
    # page 3: image-only scan
    pdf.add_page()
    pdf.skip_hf.add(pdf.page_no())
    pdf.image(scanned_signature_page(), x=0, y=0, w=pdf.w, h=pdf.h)
    keys = [
        (1, "CONTRATO DE SERVICIOS DE INTERMEDIACIÓN LABORAL"),
        (1, "Piedmont Greenway Landscapes Inc., 77 Mill Pond Road"),
        (2, "CUARTO: Documentos."),
    ]
    present = [
        t
        for t in REQUIRED["h2b"]
        if t
        not in (
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        )
    ]
    label = {
        "file": "cc06.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": True,
        "pages": 3,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "EL TRABAJADOR pagará a LA AGENCIA la suma de USD 1,200.00 "
                "(mil doscientos dólares estadounidenses) por concepto de honorarios de gestión "
                "y colocación, en dos cuotas iguales: la primera al firmar este contrato y la "
                "segunda al recibir la cita consular.",
                1200,
                "USD",
            ),
            fee(
                "visa_cost",
                2,
                "El arancel consular de la visa H-2B, de USD 205, corre por "
                "cuenta de EL TRABAJADOR y no será reembolsado.",
                205,
                "USD",
            ),
            fee(
                "breach_penalty",
                2,
                "Si EL TRABAJADOR abandona el empleo antes de terminar la "
                "temporada, pagará a LA AGENCIA una penalidad de USD 800.00 por los daños "
                "causados a su reputación ante LA EMPRESA.",
                800,
                "USD",
            ),
        ],
        "missing_terms": missing("h2b", present),
        "recruiters": ["Gestiones Laborales Quisqueya Norte, S.R.L."],
        "traps": [
            "inbound flight, transfer and travel expenses paid by the employer",
            "return ticket paid by the employer",
            "tools free, no deposit ('sin costo y sin depósito')",
            "worker keeps passport and cédula; agency keeps only photocopies (negated retention)",
            "complaints allowed without affecting hiring (negated blacklisting)",
            "'depósito bancario' is the pay method, not a deposit",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "serif legal style; ordinal clauses (PRIMERO...); gridded terms table; "
        "footer with RNC; page 3 is an image-only scan (signatures, fingerprint box, "
        "notarial certification), SCANNED",
    }
    return pdf, keys, label


def cc07():
    """WhatsApp chat with a recruiter, Spanish, Honduras (Olancho) -> H-2B pine planting, Arkansas."""
    pdf = Doc(fmt=(110, 268), margins=(6, 6, 6), bottom=6)
    pdf.add_page()
    pdf.set_fill_color(230, 222, 213)
    pdf.rect(0, 0, pdf.w, pdf.h, style="F")
    pdf.band(0, 16, (18, 140, 126))
    pdf.set_fill_color(200, 200, 200)
    pdf.ellipse(5, 3, 10, 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 3)
    pdf.f("Sans", "B", 9.5)
    pdf.cell(0, 5, "Agencia Forestal Olancho Empleos")
    pdf.set_xy(18, 8.5)
    pdf.f("Sans", "", 6.8)
    pdf.cell(0, 4, "Cuenta de empresa · en línea")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(20)
    pdf.set_x((pdf.w - 30) / 2)
    pdf.f("Sans", "", 6.8)
    pdf.set_fill_color(225, 242, 251)
    pdf.cell(30, 4.5, "12 de octubre de 2026", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    b = bubble
    b(
        pdf,
        "Buenos días, me dijo mi primo que ustedes están llevando gente para sembrar pino allá",
        "R",
        "09:14",
    )
    b(
        pdf,
        "Buenos días. Sí, somos Agencia Forestal Olancho Empleos. Es para la siembra de pino "
        "a mano en Monticello, Arkansas, del 10 de enero al 15 de abril de 2027. Pagan $17.20 la "
        "hora y se les paga cada semana.",
        "L",
        "09:20",
    )
    b(pdf, "¿Y cuánto es lo que hay que pagar?", "R", "09:22")
    b(
        pdf,
        "Son L 18,000 de trámite, la mitad ahorita para apartar su lugar y la otra mitad "
        "cuando le den la cita.",
        "L",
        "09:25",
    )
    b(
        pdf,
        "El pasaje de avión de ida y la comida del viaje los pone la compañía, eso no se paga.",
        "L",
        "09:26",
    )
    b(pdf, "¿Y dónde se queda uno?", "R", "09:31")
    b(
        pdf,
        "Allá se quedan en un motel, 4 por cuarto. Cada uno le paga $60 a la semana al "
        "mayordomo, en efectivo.",
        "L",
        "09:33",
    )
    b(
        pdf,
        "Las botas y la barra para sembrar se las venden allá en $85, las paga con su primer "
        "cheque.",
        "L",
        "09:34",
    )
    b(pdf, "Ok. ¿Y si hay problemas con el pago?", "R", "09:40")
    b(
        pdf,
        "Mire, aquí le hablo claro: el que se anda quejando con abogados o con el consulado "
        "ya no lo vuelvo a llevar y lo reporto con migración.",
        "L",
        "09:41",
    )
    b(pdf, "Mándeme foto de su pasaporte por aquí para ir armando el expediente.", "L", "09:42")
    b(pdf, "Está bien, esta tarde se la mando", "R", "09:50")
    keys = [(1, "Agencia Forestal Olancho Empleos"), (1, "Monticello, Arkansas")]
    label = {
        "file": "cc07.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Son L 18,000 de trámite, la mitad ahorita para apartar "
                "su lugar y la otra mitad cuando le den la cita.",
                18000,
                "HNL",
            ),
            fee(
                "housing_charge",
                1,
                "Cada uno le paga $60 a la semana al mayordomo, en efectivo.",
                60,
                "USD",
                severity="review",
            ),
            fee(
                "equipment_charge",
                1,
                "Las botas y la barra para sembrar se las venden allá en "
                "$85, las paga con su primer cheque.",
                85,
                "USD",
            ),
            fee(
                "blacklisting_threat",
                1,
                "el que se anda quejando con abogados o con el "
                "consulado ya no lo vuelvo a llevar y lo reporto con migración.",
            ),
        ],
        "missing_terms": missing(
            "h2b",
            [
                "job_duties",
                "work_location",
                "employment_period",
                "wage_rate",
                "pay_frequency",
                "inbound_transportation",
            ],
        ),
        "recruiters": ["Agencia Forestal Olancho Empleos"],
        "traps": [
            "inbound flight and travel meals paid by the company ('eso no se paga')",
            "photo of the passport requested (a copy, not retention)",
        ],
        "doc_type": "whatsapp_chat",
        "layout": "tall phone screenshot; WhatsApp business header; incoming/outgoing chat "
        "bubbles with timestamps",
    }
    return pdf, keys, label


def cc08():
    """H-2B offer letter, English, Mexico (Hidalgo) -> Wisconsin Dells resort housekeeping."""
    pdf = Doc(margins=(20, 16, 20))
    pdf.footer_fn = std_footer(
        "Dellona Falls Lodge & Waterpark LLC · Human Resources · hr@dellonafalls.example",
        fmt="Page {p} of {nb}",
    )
    pdf.add_page()
    pdf.band(0, 24, (0, 105, 148))
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 6)
    pdf.f("Serif", "B", 16)
    pdf.cell(0, 7, "Dellona Falls Lodge & Waterpark")
    pdf.set_xy(20, 14)
    pdf.f("Sans", "", 8)
    pdf.cell(
        0,
        4,
        "Dellona Falls Lodge & Waterpark LLC · 1450 Canyon Road, Wisconsin Dells, "
        "Wisconsin 53965 · (608) 555-0177",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(30)
    pdf.para("January 19, 2026", size=10, after=2)
    pdf.para(
        "Ms. Yesenia Guadalupe Olvera Ríos\nCalle Hidalgo 14, Barrio El Carmen\n"
        "Ixmiquilpan, Hidalgo, Mexico",
        size=10,
        after=3,
    )
    pdf.para(
        "Re: Offer of H-2B seasonal employment - Housekeeping Attendant",
        size=10,
        style="B",
        after=2,
    )
    pdf.para(
        "Dear Ms. Olvera,\nWe are pleased to offer you seasonal employment at Dellona "
        "Falls Lodge & Waterpark under the H-2B program, on the terms below. A Spanish "
        "copy of this letter is enclosed.",
        size=10,
        after=2,
    )
    pdf.grid(
        [
            ["Term", "Details"],
            [
                "Position",
                "Housekeeping Attendant: clean and make up guest rooms and suites, restock "
                "towels, amenities and in-room coffee stations, report maintenance issues",
            ],
            [
                "Worksite",
                "Dellona Falls Lodge & Waterpark, 1450 Canyon Road, Wisconsin Dells, Wisconsin",
            ],
            ["Season", "May 11, 2026 to October 4, 2026"],
            [
                "Hours",
                "40 hours per week; shifts between 7:00 a.m. and 5:00 p.m., weekends included",
            ],
            [
                "Wage",
                "$16.52 per hour, or any higher prevailing or minimum wage that takes effect "
                "during the season, from its effective date",
            ],
            ["Overtime", "$24.78 per hour after 40 hours in a workweek"],
            ["Pay", "Every other Friday by direct deposit, with an itemized pay statement"],
            [
                "Deductions",
                "Federal and Wisconsin income tax, Social Security, Medicare, staff "
                "housing if chosen (see 2), the travel advance (see 1), and items you "
                "authorize in writing",
            ],
            ["Requirements", "Three months of hotel or commercial cleaning experience"],
            ["Visa", "The visa application fee is reimbursed on your first paycheck"],
            [
                "Uniforms, supplies",
                "Uniform shirts, cleaning supplies and equipment are issued free of charge",
            ],
            ["Return trip", "If you complete the season, we pay your bus fare home to Ixmiquilpan"],
        ],
        widths=(34, 142),
        size=9,
        bold_first_col=True,
    )
    pdf.para("Important conditions", size=10.5, style="B", after=1)

    def C(h, t):
        return pdf.clause(h, t, size=9.5)

    C(
        "1. Travel advance.",
        "The Company will buy your bus ticket from Ixmiquilpan to Wisconsin "
        "Dells as an advance. The cost of the ticket (about $260) is recovered in four equal "
        "deductions from your first four paychecks.",
    )
    C(
        "2. Staff housing.",
        "Shared rooms in the staff dormitory are available for $55 per week, "
        "deducted from each paycheck. Staff housing is optional.",
    )
    C(
        "3. Good-faith deposit.",
        "To confirm your place, please send a refundable deposit of "
        "$300 by wire transfer within ten days of this letter. The deposit is returned with your "
        "last paycheck if you complete the season.",
    )
    C(
        "4. Termination.",
        "You may be dismissed for cause after a written warning. If you miss "
        "5 consecutive scheduled shifts without notice, we will consider that you abandoned the "
        "job and will notify the Department of Labor and DHS.",
    )
    C(
        "5. Recruiting.",
        "We do not charge any recruiting fee, and nobody is authorized to ask "
        "you for money on our behalf.",
    )
    pdf.add_page()
    pdf.para("Arrival information", size=10.5, style="B", after=1)
    C(
        "First day.",
        "Your first day is a paid orientation and safety training of four hours "
        "at your regular rate. There is no charge for orientation or training materials.",
    )
    C(
        "What to bring.",
        "Passport with visa, I-94 record, comfortable non-slip shoes and a "
        "rain jacket. You keep your passport and documents with you.",
    )
    C(
        "Bank account.",
        "We help you open a free checking account at a local bank for direct "
        "deposit during your first week.",
    )
    C(
        "Questions.",
        "Write to hr@dellonafalls.example or call (608) 555-0177, Monday to Friday, "
        "8:00 a.m. to 4:00 p.m. Central Time. We answer in English and Spanish.",
    )
    pdf.ln(2)
    pdf.para("We look forward to welcoming you to the Dells.", size=10, after=1)
    pdf.para("Sincerely,\nKaren L. Haugen\nDirector of Human Resources", size=10, after=2)
    pdf.para("I accept this offer: ______________________________   Date: ______________", size=9.5)
    keys = [(1, "Dellona Falls Lodge & Waterpark LLC"), (1, "$16.52 per hour")]
    present = [
        t
        for t in REQUIRED["h2b"]
        if t not in ("three_fourths_guarantee", "inbound_transportation", "contract_impossibility")
    ]
    label = {
        "file": "cc08.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "travel_cost",
                1,
                "The cost of the ticket (about $260) is recovered in four "
                "equal deductions from your first four paychecks.",
                260,
                "USD",
            ),
            fee(
                "housing_charge",
                1,
                "Shared rooms in the staff dormitory are available for $55 "
                "per week, deducted from each paycheck.",
                55,
                "USD",
                severity="review",
            ),
            fee(
                "deposit_or_bond",
                1,
                "To confirm your place, please send a refundable deposit "
                "of $300 by wire transfer within ten days of this letter.",
                300,
                "USD",
            ),
        ],
        "missing_terms": missing("h2b", present),
        "recruiters": [],
        "traps": [
            "'coffee stations' contains 'fee' (job duty)",
            "visa application fee reimbursed on first paycheck",
            "uniforms, supplies and equipment free",
            "return bus fare paid",
            "no recruiting fee (negated)",
            "paid orientation and safety training at no charge (not training_cost)",
            "worker keeps passport and documents",
        ],
        "doc_type": "offer_letter",
        "layout": "colored letterhead band; addressed letter; gridded terms table with bold "
        "first column; numbered conditions; footer page x of y",
    }
    return pdf, keys, label


def cc09():
    """Seasonal contract, Spanish, Honduras -> Spain (Huelva strawberries, GECCO). Compliant."""
    pdf = Doc(fmt="A4", margins=(16, 16, 16))
    pdf.footer_fn = std_footer(
        "Agrícola Marismas del Odiel, S.L. · CIF B21458730 · Contratación colectiva en origen 2026"
    )
    pdf.add_page()
    pdf.band(0, 6, (196, 30, 58))
    pdf.ln(2)
    pdf.para(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA",
        size=13,
        fam="Serif",
        style="B",
        align="C",
        after=0,
    )
    pdf.para(
        "Campaña de frutos rojos 2026 · Gestión colectiva de contrataciones en origen",
        size=9,
        fam="Serif",
        style="I",
        align="C",
        after=3,
    )
    pdf.para("REUNIDOS", size=10, fam="Serif", style="B", after=1)
    pdf.para(
        "De una parte, AGRÍCOLA MARISMAS DEL ODIEL, S.L., CIF B21458730, con domicilio en "
        "Carretera A-494, km 12, 21800 Moguer (Huelva), España, representada por D. Julián "
        "Orta Valdivia, en adelante LA EMPRESA. De otra parte, Dña. KEILA YAMILETH ZELAYA "
        "MUNGUÍA, de nacionalidad hondureña, con pasaporte núm. G614207, vecina de "
        "Olanchito, Yoro (Honduras), en adelante LA TRABAJADORA. Ambas partes se "
        "reconocen capacidad para suscribir el presente contrato con arreglo a las "
        "siguientes",
        size=9.5,
        fam="Serif",
        after=2,
    )
    pdf.para("CLÁUSULAS", size=10, fam="Serif", style="B", align="C", after=1)
    clauses = [
        (
            "PRIMERA. Puesto.",
            "LA TRABAJADORA prestará servicios como peona agrícola de "
            "recolección: cosecha de fresa y arándano, selección y colocación de la fruta en "
            "cajas, y limpieza de los túneles de cultivo.",
        ),
        (
            "SEGUNDA. Lugar.",
            "Fincas de LA EMPRESA en los términos municipales de Moguer y Palos "
            "de la Frontera (Huelva).",
        ),
        (
            "TERCERA. Duración.",
            "Desde el 2 de febrero de 2026 hasta el 15 de junio de 2026, "
            "fin de la campaña de fresa.",
        ),
        (
            "CUARTA. Jornada.",
            "39 horas semanales, de lunes a sábado, de 8:00 a 14:30 horas, con "
            "un descanso de 20 minutos computado como trabajo.",
        ),
        (
            "QUINTA. Salario.",
            "62,34 euros brutos por jornada trabajada, según el Convenio "
            "Colectivo del Campo de la provincia de Huelva, con las partes proporcionales de "
            "pagas extraordinarias y vacaciones incluidas.",
        ),
        (
            "SEXTA. Pago.",
            "Mensual, dentro de los cinco primeros días del mes siguiente, por "
            "transferencia a la cuenta bancaria de LA TRABAJADORA, con recibo de salario "
            "detallado.",
        ),
        (
            "SÉPTIMA. Descuentos.",
            "De la nómina solo se descuentan la cuota obrera a la "
            "Seguridad Social y la retención del IRPF que marca la ley. No se descuenta "
            "alojamiento, transporte ni herramientas.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "LA EMPRESA facilita alojamiento gratuito en los módulos de la "
            "finca Los Arroyos, con agua, luz y cocina, sin costo para LA TRABAJADORA.",
        ),
        (
            "NOVENA. Viajes.",
            "LA EMPRESA paga el billete de avión de San Pedro Sula a Sevilla y "
            "el traslado en autobús hasta Moguer, así como el billete de regreso a San Pedro Sula "
            "al terminar la campaña. Nada de esto se descuenta del salario.",
        ),
        (
            "DÉCIMA. Visado y selección.",
            "Las tasas del visado y el reconocimiento médico en "
            "origen los abona LA EMPRESA. La selección se realizó sin costo alguno para LA "
            "TRABAJADORA.",
        ),
        ("UNDÉCIMA. Equipo.", "Guantes, tijeras, botas y ropa de agua se entregan gratis."),
        (
            "DUODÉCIMA. Extinción.",
            "El contrato termina al finalizar la campaña. LA EMPRESA solo "
            "puede despedir por las causas del Estatuto de los Trabajadores, mediante carta "
            "escrita. LA TRABAJADORA puede dimitir con 15 días de preaviso, sin penalización "
            "alguna.",
        ),
        (
            "DECIMOTERCERA. Retorno.",
            "Conforme a la normativa de contratación en origen, LA "
            "TRABAJADORA se compromete a regresar a Honduras al término de la campaña y a "
            "presentarse en el consulado en el plazo que este indique.",
        ),
        (
            "DECIMOCUARTA. Documentos.",
            "LA TRABAJADORA conserva en todo momento su pasaporte y "
            "su tarjeta de identidad de extranjero.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=True
    ) as cols:
        for head, body in clauses:
            with cols.paragraph(text_align="LEFT", bottom_margin=1.8) as par:
                pdf.f("Serif", "B", 9.3)
                par.write(head + " ")
                pdf.f("Serif", "", 9.3)
                par.write(body)
    pdf.ln(3)
    pdf.para("En Moguer, a 12 de enero de 2026.", size=9.5, fam="Serif")
    signature_table(
        pdf,
        ["LA EMPRESA", "Julián Orta Valdivia"],
        ["LA TRABAJADORA", "Keila Yamileth Zelaya Munguía"],
        y_gap=10,
    )
    keys = [(1, "AGRÍCOLA MARISMAS DEL ODIEL, S.L."), (1, "62,34 euros brutos por jornada")]
    label = {
        "file": "cc09.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [],
        "missing_terms": missing("generic", REQUIRED["generic"]),
        "recruiters": [],
        "traps": [
            "'cuota obrera' is the statutory Social Security contribution, not a fee",
            "free housing with kitchen",
            "employer pays outbound and return flights",
            "visa fees and medical exam paid by the employer",
            "selection 'sin costo alguno' (negated recruitment fee)",
            "resignation 'sin penalización alguna' (negated breach penalty)",
            "commitment to return at end of season is a program rule, not a movement restriction",
            "worker keeps passport and TIE",
        ],
        "doc_type": "work_contract",
        "layout": "A4; thin colored top band; REUNIDOS / CLÁUSULAS legal style; clauses in two "
        "text columns; footer page x of y; signature lines",
    }
    return pdf, keys, label


def cc10():
    """TFWP agricultural-stream agreement, English, Guatemala (Quetzaltenango) -> Ontario."""
    pdf = Doc(fmt="A4", margins=(18, 16, 18))
    pdf.footer_fn = std_footer(
        "Erie Shoreline Greenhouses Inc. · Employment Agreement ESG-TFW-2026-118",
        fmt="Page {p} of {nb}",
    )
    pdf.add_page()
    pdf.set_draw_color(34, 120, 60)
    pdf.set_line_width(1.2)
    pdf.line(18, 14, pdf.w - 18, 14)
    pdf.set_line_width(0.2)
    pdf.para("EMPLOYMENT AGREEMENT", size=15, style="B", after=0)
    pdf.para("Temporary Foreign Worker Program - Agricultural Stream", size=10, style="I", after=3)

    def C(h, t):
        return pdf.clause(h, t, size=9.5)

    C(
        "1. Parties.",
        "This agreement is made between Erie Shoreline Greenhouses Inc., 2215 "
        'County Road 31, Leamington, Ontario N8H 3V5, Canada (the "Employer") and Mr. Byron '
        'Estuardo Tzul Coyoy, of Cantón Xecaracoj, Quetzaltenango, Guatemala (the "Worker"). '
        "The Worker was referred by Sol de Occidente Recursos Humanos, S.A., Quetzaltenango "
        '(the "Recruiter").',
    )
    C(
        "2. Position.",
        "Greenhouse worker (NOC 85101): harvesting tomatoes and cucumbers, "
        "pruning and clipping plants, and packing on the grading line.",
    )
    C(
        "3. Place of work.",
        "The Employer's greenhouses at 2215 County Road 31 and 1870 Mersea "
        "Road 3, Leamington, Ontario.",
    )
    C("4. Term.", "From April 6, 2026 to November 27, 2026.")
    C(
        "5. Hours.",
        "Normally 8 hours a day, Monday to Saturday (48 hours per week); longer "
        "days at peak harvest are paid at the same hourly rate as allowed by Ontario law for "
        "farm employees.",
    )
    C(
        "6. Wages and pay.",
        "CAD 17.60 per hour, paid every two weeks by direct deposit, with a "
        "wage statement for each pay period.",
    )
    C(
        "7. Deductions.",
        "Income tax, Canada Pension Plan contributions and Employment "
        "Insurance premiums required by law, and the housing deduction shown in Schedule B.",
    )
    C(
        "8. Health insurance.",
        "Until provincial health coverage (OHIP) begins, the Employer "
        "pays for private health insurance for the Worker.",
    )
    C(
        "9. Travel.",
        "The Employer pays the round-trip airfare between Guatemala City and "
        "Toronto and the transfer to Leamington. The return flight is paid at the end of the "
        "term.",
    )
    C("10. Renewal.", "The Employer may name the Worker for the following season.")
    pdf.ln(1)
    pdf.para("Schedule B - Costs and who pays them", size=10.5, style="B", after=1)
    pdf.grid(
        [
            ["Item", "Amount", "Paid by", "Recovered from Worker"],
            ["Work permit processing (IRCC)", "CAD 155", "Employer", "No"],
            ["LMIA application fee", "CAD 1,000", "Employer", "No"],
            ["Round-trip airfare", "approx. CAD 1,400", "Employer", "No"],
            ["Medical examination (panel physician)", "approx. Q1,200", "Worker", "-"],
            ["Placement service (Recruiter)", "Q7,500", "Worker", "-"],
            ["Housing (shared bunkhouse)", "CAD 30 per week", "Employer", "Yes, payroll deduction"],
        ],
        widths=(62, 34, 24, 54),
        size=8.8,
    )
    pdf.para("Notes to Schedule B", size=9.5, style="B", after=0.5)
    pdf.para(
        "(a) The placement service fee of Q7,500 is paid by the Worker directly to Sol de "
        "Occidente Recursos Humanos, S.A. before the visa appointment.\n"
        "(b) The Worker pays the medical examination by the panel physician, about "
        "Q1,200.\n"
        "(c) CAD 30 per week is deducted from the Worker's pay for the shared bunkhouse.",
        size=9.2,
        after=3,
    )
    signature_table(
        pdf,
        ["For the Employer", "Gerrit Vandermeer, president"],
        ["The Worker", "Byron Estuardo Tzul Coyoy"],
        y_gap=10,
    )
    keys = [(1, "Erie Shoreline Greenhouses Inc."), (1, "CAD 17.60 per hour")]
    present = [t for t in REQUIRED["generic"] if t != "termination"]
    label = {
        "file": "cc10.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "The placement service fee of Q7,500 is paid by the "
                "Worker directly to Sol de Occidente Recursos Humanos, S.A. before the visa "
                "appointment.",
                7500,
                "GTQ",
            ),
            fee(
                "medical_cost",
                1,
                "The Worker pays the medical examination by the panel physician, about Q1,200.",
                1200,
                "GTQ",
            ),
            fee(
                "housing_charge",
                1,
                "CAD 30 per week is deducted from the Worker's pay for the shared bunkhouse.",
                30,
                "CAD",
                severity="review",
            ),
        ],
        "missing_terms": missing("generic", present),
        "recruiters": ["Sol de Occidente Recursos Humanos, S.A."],
        "traps": [
            "work permit and LMIA fees paid by the employer (payee column)",
            "round-trip airfare paid by the employer, not recovered",
            "Employment Insurance premiums and CPP are statutory deductions (not insurance_cost)",
            "private health insurance paid by the employer",
        ],
        "doc_type": "work_contract",
        "layout": "A4; green rule header; numbered clauses; cost schedule table with payee "
        "and 'recovered from worker' columns plus notes; footer page x of y",
    }
    return pdf, keys, label


def cc11():
    """Recruitment notice/poster, Spanish, Nicaragua (Esteli) -> Spain domestic care work."""
    pdf = Doc(fmt=(148, 210), margins=(10, 10, 10), bottom=8)
    pdf.add_page()
    pdf.set_fill_color(255, 214, 0)
    pdf.rect(0, 0, pdf.w, 27, style="F")
    pdf.set_y(4)
    pdf.set_text_color(200, 0, 0)
    pdf.para("¡¡ATENCIÓN!!\nTRABAJO EN ESPAÑA", size=20, style="B", align="C", after=0, lh=8.5)
    pdf.set_text_color(0, 0, 0)
    pdf.para(
        "PARA MUJERES RESPONSABLES · SALIDA GARANTIZADA", size=10, style="B", align="C", after=5
    )
    pdf.para(
        "Horizonte Ibérico Servicios Migratorios",
        size=13,
        fam="Serif",
        style="B",
        align="C",
        after=0,
    )
    pdf.para(
        "Estelí, Nicaragua · de la Catedral 2 cuadras al sur · Tel. 2713-4480 · WhatsApp 8842-1175",
        size=7.5,
        align="C",
        after=4,
    )
    pdf.set_draw_color(0, 90, 160)
    pdf.set_line_width(0.8)
    y0 = pdf.get_y()
    pdf.set_x(14)
    pdf.para(
        "Se buscan 25 señoras de 25 a 50 años para cuidar personas mayores y hacer la "
        "limpieza en casas de familias en Madrid.",
        size=10.5,
        style="B",
        align="C",
        after=3,
        w=pdf.w - 28,
    )
    items = [
        "Contrato del 1 de octubre de 2026 al 30 de septiembre de 2027.",
        "Salario: 1,184 euros al mes, pago mensual por transferencia.",
        "Jornada: interna, con un día libre a la semana.",
        "Alojamiento y comida gratis en la casa de la familia.",
        "El boleto de avión de ida lo paga la familia empleadora.",
    ]
    for it in items:
        pdf.set_x(16)
        pdf.para("- " + it, size=9.5, after=1.2, w=pdf.w - 32)
    pdf.rect(11, y0 - 2, pdf.w - 22, pdf.get_y() - y0 + 3)
    pdf.ln(4)
    pdf.set_fill_color(255, 235, 235)
    pdf.set_x(11)
    pdf.f("Sans", "B", 11)
    pdf.cell(
        pdf.w - 22, 8, "COSTOS DEL PROCESO", align="C", fill=True, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    costs = [
        "Costo del trámite: 1,500 dólares, en tres pagos de 500.",
        "Examen médico con nuestro médico: C$ 2,800 a cargo de la interesada.",
        "Curso obligatorio de cuidado de adultos mayores: 250 dólares.",
        "Al inscribirse debe entregar su pasaporte original; la agencia lo guarda hasta el día "
        "del vuelo.",
    ]
    for c in costs:
        pdf.set_x(14)
        pdf.para("> " + c, size=9.5, after=1.6, w=pdf.w - 28)
    pdf.ln(3)
    pdf.set_fill_color(0, 90, 160)
    pdf.set_text_color(255, 255, 255)
    pdf.set_x(11)
    pdf.f("Sans", "B", 9.5)
    pdf.multi_cell(
        pdf.w - 22,
        5.5,
        "CUPO LIMITADO · Inscripciones de lunes a sábado de 8 a 4 "
        "en nuestra oficina\nTraiga cédula, pasaporte y dos fotos",
        align="C",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.para(
        "Síganos en Facebook: Horizonte Ibérico Servicios Migratorios",
        size=7.5,
        style="I",
        align="C",
    )
    keys = [(1, "Horizonte Ibérico Servicios Migratorios"), (1, "1,184 euros al mes")]
    label = {
        "file": "cc11.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Costo del trámite: 1,500 dólares, en tres pagos de 500.",
                1500,
                "USD",
            ),
            fee(
                "medical_cost",
                1,
                "Examen médico con nuestro médico: C$ 2,800 a cargo de la interesada.",
                2800,
                "NIO",
            ),
            fee(
                "training_cost",
                1,
                "Curso obligatorio de cuidado de adultos mayores: 250 dólares.",
                250,
                "USD",
            ),
            fee(
                "document_retention",
                1,
                "Al inscribirse debe entregar su pasaporte original; "
                "la agencia lo guarda hasta el día del vuelo.",
            ),
        ],
        "missing_terms": missing(
            "generic",
            ["job_duties", "work_location", "employment_period", "wage_rate", "pay_frequency"],
        ),
        "recruiters": ["Horizonte Ibérico Servicios Migratorios"],
        "traps": [
            "free board and lodging with the family",
            "outbound flight paid by the employing family",
            "'Jornada: interna' gives no concrete hours (hours missing)",
            "office opening hours 'de 8 a 4' are not working hours",
        ],
        "doc_type": "recruitment_notice",
        "layout": "A4 poster; yellow headline band; boxed offer list; highlighted costs "
        "section; blue call-to-action bar",
    }
    return pdf, keys, label


def cc12():
    """Commitment letter + promissory note, Spanish, Peru (Apurimac) -> Spain (Lleida fruit)."""
    pdf = Doc(fmt="A4", margins=(22, 18, 22))
    pdf.footer_fn = std_footer(
        "Consultora Laboral Inca Iberia E.I.R.L. · RUC 20604417731", fam="Serif"
    )
    pdf.add_page()
    pdf.para("CONSULTORA LABORAL INCA IBERIA E.I.R.L.", size=11, fam="Serif", style="B", after=0)
    pdf.para(
        "Av. Arequipa 2450, oficina 603, Lince, Lima · Colocación de personal en España",
        size=8.5,
        fam="Serif",
        after=5,
    )
    pdf.para("CARTA DE COMPROMISO", size=14, fam="Serif", style="B", align="C", after=4)

    def P(t, **k):
        return pdf.para(t, size=10, fam="Serif", lh=4.6, **k)

    P(
        "Yo, Jhonatan Elvis Ccori Mamani, identificado con DNI 45871203, domiciliado en Jr. "
        "Ayacucho 318, Andahuaylas, Apurímac, me comprometo ante Consultora Laboral Inca Iberia "
        "E.I.R.L. a lo que se indica abajo, para ser contratado por Fruites Vallcalent, S.C.C.L., "
        "Partida Vallcalent s/n, 25006 Lleida, España, en la campaña de fruta 2026.",
        after=2,
    )
    P("Condiciones del trabajo, según me informó la consultora:", style="B", after=1)
    pdf.grid(
        [
            ["Puesto", "Peón de recolección de melocotón, nectarina y pera, y carga de cajas"],
            ["Lugar", "Fincas de la cooperativa en Lleida y Alcarràs (Lleida)"],
            ["Periodo", "Del 1 de junio al 30 de septiembre de 2026"],
            ["Jornada", "40 horas semanales, de lunes a sábado"],
            ["Salario", "9,26 euros brutos por hora"],
            ["Pago", "Nómina mensual por transferencia bancaria"],
            ["Descuentos", "Seguridad Social e IRPF según la ley española"],
            ["Alojamiento", "Gratuito, en el albergue de la cooperativa"],
            ["Visado y pasaje de ida", "Los abona la cooperativa"],
        ],
        widths=(40, 126),
        size=9,
        fam="Serif",
        heading=False,
        bold_first_col=True,
    )
    P("Me comprometo a:", style="B", after=1)
    P(
        "1. Pagar a la consultora S/ 4,800 (cuatro mil ochocientos soles) por la gestión de mi "
        "contrato, antes de la entrevista en el consulado.",
        after=1.5,
    )
    P(
        "2. Firmar a favor de la consultora el pagaré que se adjunta, por 2,000 euros, como "
        "garantía de que cumpliré la campaña completa.",
        after=1.5,
    )
    P(
        "3. Si abandono la campaña antes del 30 de septiembre, acepto que la consultora cobre el "
        "pagaré completo como penalidad.",
        after=1.5,
    )
    P(
        "4. Acepto que la cooperativa retenga 100 euros de cada nómina mensual, que me serán "
        "entregados al final de la campaña, para asegurar mi permanencia.",
        after=1.5,
    )
    P("5. Pagar por mi cuenta el pasaje de regreso de Barcelona a Lima.", after=3)
    P("Lima, 20 de febrero de 2026.", after=0)
    signature_table(
        pdf,
        ["Jhonatan Elvis Ccori Mamani", "DNI 45871203"],
        ["Por la consultora", "Rosa Elena Huamán Quispe, titular gerente"],
        y_gap=12,
    )
    pdf.add_page()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.7)
    pdf.rect(22, 22, pdf.w - 44, 112)
    pdf.set_line_width(0.2)
    pdf.set_xy(28, 28)
    pdf.f("Serif", "B", 16)
    pdf.cell(80, 8, "PAGARÉ")
    pdf.f("Serif", "", 10)
    pdf.set_xy(pdf.w - 90, 28)
    pdf.multi_cell(
        62,
        5,
        "N.º 0112-2026\nImporte: 2,000.00 euros\nVencimiento: a la vista",
        border=1,
        align="L",
    )
    pdf.set_xy(28, 52)
    pdf.set_left_margin(28)
    pdf.set_right_margin(28)
    pdf.para(
        "Yo, Jhonatan Elvis Ccori Mamani, identificado con DNI 45871203, me obligo a pagar "
        "incondicionalmente a la orden de Consultora Laboral Inca Iberia E.I.R.L. la suma "
        "de DOS MIL Y 00/100 EUROS (2,000.00 euros), en la ciudad de Lima, a la sola "
        "presentación de este pagaré.",
        size=10.5,
        fam="Serif",
        lh=5.5,
        after=3,
    )
    pdf.para(
        "Este pagaré no requiere protesto. En caso de falta de pago, autorizo que se "
        "cobren los intereses compensatorios y moratorios a la tasa máxima permitida, y "
        "me someto a la competencia de los jueces del Cercado de Lima.",
        size=10.5,
        fam="Serif",
        lh=5.5,
        after=3,
    )
    pdf.para(
        "Lugar y fecha de emisión: Lima, 20 de febrero de 2026.", size=10.5, fam="Serif", after=18
    )
    pdf.set_x(28)
    pdf.line(28, pdf.get_y(), 100, pdf.get_y())
    pdf.line(pdf.w - 100, pdf.get_y(), pdf.w - 28, pdf.get_y())
    y = pdf.get_y() + 1
    pdf.set_xy(28, y)
    pdf.f("Serif", "", 9)
    pdf.multi_cell(72, 4.2, "El obligado\nJhonatan Elvis Ccori Mamani\nDNI 45871203")
    pdf.set_xy(pdf.w - 100, y)
    pdf.multi_cell(72, 4.2, "Aval: ______________________\nDNI: ______________________")
    pdf.set_left_margin(22)
    pdf.set_right_margin(22)
    keys = [(1, "CARTA DE COMPROMISO"), (1, "Fruites Vallcalent, S.C.C.L."), (2, "PAGARÉ")]
    present = [t for t in REQUIRED["generic"] if t not in ("return_transportation", "termination")]
    label = {
        "file": "cc12.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Pagar a la consultora S/ 4,800 (cuatro mil ochocientos "
                "soles) por la gestión de mi contrato, antes de la entrevista en el consulado.",
                4800,
                "PEN",
            ),
            fee(
                "deposit_or_bond",
                1,
                "Firmar a favor de la consultora el pagaré que se "
                "adjunta, por 2,000 euros, como garantía de que cumpliré la campaña completa.",
                2000,
                "EUR",
                group=1,
            ),
            fee(
                "breach_penalty",
                1,
                "Si abandono la campaña antes del 30 de septiembre, acepto "
                "que la consultora cobre el pagaré completo como penalidad.",
            ),
            fee(
                "wage_withholding",
                1,
                "Acepto que la cooperativa retenga 100 euros de cada "
                "nómina mensual, que me serán entregados al final de la campaña, para asegurar "
                "mi permanencia.",
                100,
                "EUR",
            ),
            fee("travel_cost", 1, "Pagar por mi cuenta el pasaje de regreso de Barcelona a Lima."),
            fee(
                "deposit_or_bond",
                2,
                "me obligo a pagar incondicionalmente a la orden de "
                "Consultora Laboral Inca Iberia E.I.R.L. la suma de DOS MIL Y 00/100 EUROS "
                "(2,000.00 euros)",
                2000,
                "EUR",
                group=1,
            ),
        ],
        "missing_terms": missing("generic", present),
        "recruiters": ["Consultora Laboral Inca Iberia E.I.R.L."],
        "traps": [
            "free hostel housing",
            "visa and outbound ticket paid by the cooperative",
        ],
        "doc_type": "commitment_letter",
        "layout": "A4; commitment letter with borderless-label terms grid and numbered "
        "undertakings (p1); boxed promissory-note form with amount box (p2)",
    }
    return pdf, keys, label


BUILDERS = [cc01, cc02, cc03, cc04, cc05, cc06, cc07, cc08, cc09, cc10, cc11, cc12]


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus the text of each half (for two-column layouts)."""
    out = [norm(page.extract_text() or "")]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        try:
            out.append(norm(page.crop(box).extract_text() or ""))
        except Exception:
            pass
    return out


def found(phrase, texts):
    p = norm(phrase)
    return any(p in t for t in texts)


def check_label(lab, errors):
    f = lab["file"]
    prog = lab["program"]
    for m in lab["missing_terms"]:
        if m not in REQUIRED[prog]:
            errors.append(f"{f}: missing term {m} not required by {prog}")
    for fe in lab["fees"]:
        if fe["category"] not in CATEGORIES:
            errors.append(f"{f}: unknown category {fe['category']}")
        if fe["severity"] not in ("violation", "review"):
            errors.append(f"{f}: bad severity")
        if not 1 <= fe["page"] <= lab["pages"]:
            errors.append(f"{f}: fee page out of range")
        try:
            fe["quote"].encode("latin-1")
        except UnicodeEncodeError:
            errors.append(f"{f}: quote not latin-1: {fe['quote']}")
    if lab["scanned"] and not any(True for _ in [0]):
        pass


def self_check(out_dir, labels, keys_by_file):
    import pdfplumber

    errors = []
    scanned_docs = [l for l in labels if l["scanned"]]
    if len(scanned_docs) != 1:
        errors.append("exactly one document must be scanned")
    for lab in labels:
        check_label(lab, errors)
        path = os.path.join(out_dir, lab["file"])
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{lab['file']}: {n} pages, label says {lab['pages']}")
                continue
            texts = {}
            image_only = []
            for i, page in enumerate(pdf.pages, start=1):
                t = page_texts(page)
                texts[i] = t
                if not t[0] and not page.chars:
                    image_only.append(i)
                    if not page.images:
                        errors.append(f"{lab['file']} p{i}: empty page without image")
            if lab["scanned"]:
                if len(image_only) != 1:
                    errors.append(
                        f"{lab['file']}: expected exactly one image-only page, got {image_only}"
                    )
                for fe in lab["fees"]:
                    if fe["page"] in image_only:
                        errors.append(f"{lab['file']}: fee on scanned page")
            elif image_only:
                errors.append(f"{lab['file']}: unexpected text-less pages {image_only}")
            for i in range(1, n + 1):
                if i not in image_only and len(texts[i][0]) < 40:
                    errors.append(f"{lab['file']} p{i}: too little text")
            for page_no, phrase in keys_by_file[lab["file"]]:
                if not found(phrase, texts[page_no]):
                    errors.append(f"{lab['file']} p{page_no}: key phrase not found: {phrase!r}")
            for fe in lab["fees"]:
                if not found(fe["quote"], texts[fe["page"]]):
                    where = [p for p in texts if found(fe["quote"], texts[p])]
                    errors.append(
                        f"{lab['file']} p{fe['page']}: quote not found "
                        f"(found on {where}): {fe['quote']!r}"
                    )
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels, keys_by_file = [], {}
    for build in BUILDERS:
        pdf, keys, label = build()
        pdf.output(os.path.join(out_dir, label["file"]))
        labels.append(label)
        keys_by_file[label["file"]] = keys
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=False))
    errors = self_check(out_dir, labels, keys_by_file)
    for e in errors:
        print("CHECK FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {len(labels)} documents and labels.json written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
