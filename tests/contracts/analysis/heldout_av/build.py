#!/usr/bin/env python3
"""Blind held-out batch "av" for the FairRecruit contract checker.

    python build.py OUT_DIR            # writes av01.pdf .. av12.pdf and labels.json
    python build.py OUT_DIR --write-labels   # also refreshes labels.json next to this file

Twelve synthetic documents (9 Spanish, 3 English; h2a / h2b / generic), written from
scratch for this batch: every employer, recruiter, worker and sentence is fictional.
Ground truth is declared next to the text that carries it (``d.fee(...)`` returns the
exact sentence it labels; ``present=`` lists the contract terms the document states with
a concrete value, and ``missing_terms`` is derived from the taxonomy's per-program list).

After writing, every PDF is reopened with pdfplumber and checked: page count, each fee
quote on its labelled page (whitespace-normalised; scanned pages skipped, column crops
and table cells tried), scanned pages image-only, recruiter names printed. Any mismatch
exits non-zero. Output is deterministic (fixed creation date, fixed seeds).
"""

import datetime
import json
import os
import re
import sys
import unicodedata

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
CREATION = datetime.datetime(2026, 1, 5, 9, 30, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
CATEGORIES = [
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
]
TERMS = [  # (id, h2a, h2b, generic)
    ("employer_identity", 1, 1, 1),
    ("worker_identity", 0, 0, 1),
    ("job_duties", 1, 1, 1),
    ("work_location", 1, 1, 1),
    ("employment_period", 1, 1, 1),
    ("hours_of_work", 1, 1, 1),
    ("wage_rate", 1, 1, 1),
    ("wage_adjustment", 1, 1, 0),
    ("overtime", 0, 1, 0),
    ("pay_frequency", 1, 1, 1),
    ("deductions", 1, 1, 1),
    ("three_fourths_guarantee", 1, 1, 0),
    ("housing", 1, 0, 0),
    ("meals", 1, 0, 0),
    ("inbound_transportation", 1, 1, 0),
    ("return_transportation", 1, 1, 1),
    ("daily_transportation", 1, 0, 0),
    ("visa_reimbursement", 0, 1, 0),
    ("tools_provided", 1, 1, 0),
    ("workers_compensation", 1, 0, 0),
    ("earnings_statements", 1, 1, 0),
    ("termination", 1, 1, 1),
    ("contract_impossibility", 1, 1, 0),
    ("job_requirements", 1, 1, 0),
]
PROG_COL = {"h2a": 1, "h2b": 2, "generic": 3}


def required_terms(program):
    return [t[0] for t in TERMS if t[PROG_COL[program]]]


def severity(category, program, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------
FONT_FILES = {
    "dv": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dvs": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "dvm": {
        "": DJ + "DejaVuSansMono.ttf",
        "B": DJ + "DejaVuSansMono-Bold.ttf",
        "I": DJ + "DejaVuSansMono-Oblique.ttf",
    },
    "ls": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "lsn": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
    },
    "lsr": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "lm": {
        "": LB + "LiberationMono-Regular.ttf",
        "B": LB + "LiberationMono-Bold.ttf",
        "I": LB + "LiberationMono-Italic.ttf",
    },
}

SIZES = {
    "letter": (612.0, 792.0),
    "legal": (612.0, 1008.0),
    "a4": (595.28, 841.89),
    "a5": (419.53, 595.28),
    "phone": (360.0, 960.0),
}


class Doc(FPDF):
    """One document: an FPDF with header/footer hooks and label bookkeeping."""

    def __init__(self, spec, size, margins=(54, 50, 54), bottom=54, auto_break=True):
        super().__init__(orientation="P", unit="pt", format=SIZES[size])
        self.spec = spec
        self.fees = []
        self.hdr = None
        self.ftr = None
        self.image_pages = set(spec.get("scanned") or [])
        for fam, styles in FONT_FILES.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.set_creation_date(CREATION)
        self.set_title(spec["title"])
        self.set_author(spec.get("author", ""))
        self.set_creator("heldout_av/build.py")
        self.set_margins(*margins)
        self.set_auto_page_break(auto_break, margin=bottom)
        self.set_text_color(0, 0, 0)

    # hooks --------------------------------------------------------------------------
    def header(self):
        if self.hdr and self.page_no() not in self.image_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.image_pages:
            self.ftr(self)

    # labels -------------------------------------------------------------------------
    def fee(self, category, page, quote, amount=None, currency=None, passport_only=False):
        assert category in CATEGORIES, category
        self.fees.append(
            {
                "category": category,
                "severity": severity(category, self.spec["program"], passport_only),
                "page": page,
                "amount": None if amount is None else float(amount),
                "currency": currency,
                "quote": quote,
            }
        )
        return quote

    # text ---------------------------------------------------------------------------
    def P(
        self,
        text,
        size=10,
        style="",
        font="dv",
        lh=None,
        align="L",
        w=0,
        after=4,
        color=(0, 0, 0),
        md=False,
        fill=None,
        border=0,
        x=None,
        padding=0,
    ):
        if md:
            body = text.replace("**", "")
            assert "--" not in body and "__" not in body, text
        self.set_font(font, style, size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        if x is not None:
            self.set_x(x)
        self.multi_cell(
            w,
            lh or round(size * 1.32, 2),
            text,
            align=align,
            markdown=md,
            fill=bool(fill),
            border=border,
            new_x="LMARGIN",
            new_y="NEXT",
            padding=padding,
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def band(self, y, h, color, x=0, w=None):
        self.set_fill_color(*color)
        self.rect(x, y, self.w if w is None else w, h, style="F")

    def hline(self, y=None, x1=None, x2=None, color=(120, 120, 120), width=0.6):
        y = self.get_y() if y is None else y
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(
            self.l_margin if x1 is None else x1, y, self.w - self.r_margin if x2 is None else x2, y
        )
        self.set_draw_color(0, 0, 0)

    def grid(
        self,
        rows,
        widths,
        size=9,
        font="dv",
        heading=True,
        head_fill=(225, 225, 225),
        zebra=None,
        lh=None,
        bold_first_col=True,
        align="LEFT",
        borders="ALL",
    ):
        self.set_font(font, "", size)
        self.set_fill_color(255, 255, 255)
        kwargs = dict(
            col_widths=widths,
            width=sum(widths),
            line_height=lh or size * 1.3,
            text_align=align,
            first_row_as_headings=heading,
            borders_layout=borders,
            padding=3,
            align="LEFT",
        )
        if heading:
            kwargs["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if zebra:
            kwargs["cell_fill_color"] = zebra
            kwargs["cell_fill_mode"] = "ROWS"
        with self.table(**kwargs) as t:
            for i, row in enumerate(rows):
                r = t.row()
                for j, c in enumerate(row):
                    if bold_first_col and j == 0 and not (heading and i == 0):
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)


# --------------------------------------------------------------------------------------
# scanned page rendering (PIL), deterministic
# --------------------------------------------------------------------------------------
def _wrap_px(draw, text, font, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scan_effect(img, seed, angle):
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(236, 233, 222))
    arr = np.asarray(img).astype(np.int16)
    noise = rng.normal(0, 7.0, arr.shape[:2])[..., None]
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    # sparse dust specks
    ys = rng.integers(0, arr.shape[0], 900)
    xs = rng.integers(0, arr.shape[1], 900)
    arr[ys, xs] = (rng.integers(60, 140, 900)[:, None]).astype(np.uint8)
    img = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.55))
    return img


# --------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------
DOCS = []


def document(**spec):
    def deco(fn):
        spec["build"] = fn
        DOCS.append(spec)
        return fn

    return deco


# ======================================================================================
# av01: H-2A, Spanish (Mexico), formal seasonal contract, COMPLIANT
# ======================================================================================
@document(
    file="av01.pdf",
    program="h2a",
    language="es",
    doc_type="work_contract",
    layout="letter; teal header band; summary grid table (Concepto | Lo que se le ofrece) on p.1; "
    "numbered clauses pp.2-3; running header and 'Página n de 3' footer; signature table",
    pages=3,
    scanned=False,
    title="Contrato de trabajo de temporada H-2A - Cedar Hollow",
    recruiters=["Enlace Agrícola del Bajío, S.C."],
    present="ALL",
    traps=[
        "'cuota mínima de productividad' is a productivity standard, not a fee",
        "'depósito directo' is the pay method, not a deposit",
        "'garantía de tres cuartas partes' is the 3/4 work guarantee, not guarantee money",
        "rent-free housing with no deposit (h2a)",
        "free kitchen",
        "inbound bus, visa and consular fee reimbursed",
        "tools free, no deposit",
        "recruiter paid by employer; nobody may charge inscripción, trámite or fianza (negated)",
        "worker keeps passport; free locker",
        "free to leave camp; no retaliation for complaints (negated)",
        "losing return fare and 3/4 guarantee after abandonment is lawful (655.122(n))",
        "workers' compensation paid by employer",
    ],
)
def build_av01(d):
    teal = (22, 110, 115)

    def hdr(p):
        p.band(0, 30, teal)
        p.set_xy(54, 9)
        p.set_font("ls", "B", 9)
        p.set_text_color(255, 255, 255)
        p.cell(
            0,
            12,
            "Cedar Hollow Blueberry Farms LLC  ·  Contrato H-2A 2026  ·  "
            "Orden de trabajo H-300-26021-604418",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(50)

    def ftr(p):
        p.set_y(-38)
        p.hline(color=teal)
        p.set_font("ls", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 14, f"Copia del trabajador  ·  Página {p.page_no()} de 3", align="R")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.P("CONTRATO DE TRABAJO DE TEMPORADA — VISA H-2A", 15, "B", "ls", color=teal, after=2)
    d.P("Trabajo agrícola temporal en Nueva Jersey, Estados Unidos", 10.5, "I", "ls", after=8)
    d.P(
        "Este contrato es entre Cedar Hollow Blueberry Farms LLC (“la empresa”), con domicilio en "
        "2240 Tamarack Mill Road, Hammonton, New Jersey 08037, Estados Unidos, y el trabajador "
        "Rigoberto Anaya Cervantes, originario de Dolores Hidalgo, Guanajuato, México (“usted”). "
        "Se le entrega en español antes de su cita en el consulado.",
        10,
        font="ls",
        after=8,
    )
    d.P("RESUMEN DE SUS CONDICIONES", 11, "B", "ls", color=teal, after=3)
    rows = [
        ("Concepto", "Lo que se le ofrece"),
        ("Puesto", "Trabajador agrícola de arándano (cosecha y labores de campo)."),
        (
            "Tareas",
            "Cosecha a mano de arándano en cubetas de cintura, deshierbe, poda ligera de "
            "arbustos, acomodo y carga de cajas a la orilla del campo.",
        ),
        (
            "Lugar de trabajo",
            "Campos de la empresa en Hammonton y Folsom, condado de Atlantic, Nueva Jersey.",
        ),
        ("Periodo", "Del 4 de mayo al 21 de agosto de 2026."),
        (
            "Horario",
            "40 horas por semana: de lunes a viernes, de 6:30 a 15:00, con media hora "
            "para comer. Algunos sábados de 6:30 a 11:00, solo si usted quiere.",
        ),
        (
            "Pago",
            "$17.96 por hora. En cosecha, $0.70 por libra cuando así gane más; nunca menos "
            "que la tarifa por hora.",
        ),
        (
            "Día de pago",
            "Cada semana, los jueves, por depósito directo a su tarjeta de nómina, "
            "sin costo para usted.",
        ),
        (
            "Vivienda",
            "Gratuita, en el campamento de la empresa (2260 Tamarack Mill Road, "
            "Hammonton): sin renta, sin depósito, con luz, agua y gas incluidos.",
        ),
        (
            "Comidas",
            "Cocina equipada con estufa, refrigerador y utensilios, sin costo, para que "
            "usted prepare sus alimentos.",
        ),
        (
            "Transporte diario",
            "Gratuito, en autobús de la empresa, del campamento a los campos y de regreso.",
        ),
        (
            "Herramientas",
            "Cubetas, cinturones de cosecha, tijeras y guantes se le entregan sin "
            "costo y sin depósito.",
        ),
        (
            "Requisitos",
            "Un mes de experiencia en cosecha manual de fruta; poder trabajar agachado "
            "y levantar 40 libras.",
        ),
        (
            "Cuota mínima de productividad",
            "5 cubetas por hora a partir de la segunda semana "
            "(con capacitación pagada la primera semana).",
        ),
    ]
    d.grid(rows, (140, 364), size=9.5, font="ls", zebra=(238, 246, 246), head_fill=(200, 228, 228))

    d.add_page()
    cl = [
        (
            "1. Tarifa más alta.",
            "Si durante el contrato entra en vigor una tarifa más alta (la "
            "tarifa AEWR, el salario prevaleciente, un salario negociado o el mínimo federal o "
            "estatal), la empresa le paga la más alta desde la fecha en que entre en vigor.",
        ),
        (
            "2. Garantía de tres cuartas partes.",
            "La empresa le garantiza ofrecerle trabajo por lo "
            "menos durante tres cuartas partes (3/4) de las horas de los días laborables del "
            "contrato. Si no lo hace, le paga la diferencia como si hubiera trabajado esas horas.",
        ),
        (
            "3. Descuentos.",
            "Solo se descuentan los impuestos que exige la ley y lo que usted "
            "autorice por escrito para su propio beneficio, como un envío de dinero a su familia. "
            "Nunca se descuenta la vivienda, el transporte, las herramientas ni la visa.",
        ),
        (
            "4. Talón de pago.",
            "Con cada pago usted recibe un talón que muestra las horas "
            "ofrecidas, las horas trabajadas, la tarifa, las libras cosechadas, su ganancia total y "
            "cada descuento.",
        ),
        (
            "5. Viaje de ida.",
            "La empresa le reembolsa el autobús desde Dolores Hidalgo hasta "
            "Hammonton, los alimentos del camino, la visa y la cuota del consulado: en el primer "
            "pago si esos gastos dejan su salario por debajo del mínimo, y completos al cumplir la "
            "mitad del contrato.",
        ),
        (
            "6. Viaje de regreso.",
            "Si usted termina el contrato, o si la empresa lo deja ir antes "
            "sin causa justificada, la empresa paga su autobús de regreso a Dolores Hidalgo y los "
            "alimentos del camino.",
        ),
        (
            "7. Accidentes de trabajo.",
            "La empresa tiene seguro de compensación laboral (póliza "
            "WC-NJ-448213), sin costo para usted, que paga su atención médica y parte de su salario "
            "si se lastima trabajando.",
        ),
        (
            "8. Terminación.",
            "La empresa solo puede despedirlo por una causa justificada, que se "
            "le explicará por escrito. Si usted deja de presentarse a trabajar cinco días seguidos "
            "sin avisar, se considera que abandonó el empleo y la empresa lo notificará a las "
            "autoridades; en ese caso la empresa ya no está obligada a pagarle el viaje de regreso "
            "ni la garantía de 3/4.",
        ),
        (
            "9. Si el trabajo se vuelve imposible.",
            "Si un incendio, una helada, una granizada, una "
            "inundación u otro desastre natural hace imposible seguir trabajando, el contrato puede "
            "terminar antes con la aprobación del Departamento de Trabajo. En ese caso la empresa le "
            "paga la garantía de 3/4 hasta esa fecha y su viaje de regreso, o le ofrece otro trabajo "
            "si lo hay.",
        ),
    ]
    d.P("CLÁUSULAS", 11, "B", "ls", color=teal, after=4)
    for lead, body in cl:
        d.P(f"**{lead}** {body}", 10, font="ls", md=True, after=7)

    d.add_page()
    cl2 = [
        (
            "10. Nadie le puede cobrar.",
            "La agencia Enlace Agrícola del Bajío, S.C. recluta por "
            "encargo de la empresa y la empresa le paga sus honorarios. Ni la agencia ni ninguna "
            "otra persona puede cobrarle a usted inscripción, trámite, fianza ni ninguna otra cuota "
            "por este empleo; si alguien se lo pide, avise a la empresa o al Departamento de Trabajo.",
        ),
        (
            "11. Sus documentos.",
            "Usted guarda siempre su pasaporte y su visa. En su cuarto hay un "
            "casillero con candado, sin costo, para guardar sus papeles.",
        ),
        (
            "12. Su libertad.",
            "Usted puede salir del campamento en su tiempo libre y recibir "
            "visitas. Nadie será castigado, despedido ni dejado de contratar en el futuro por "
            "quejarse o por pedir ayuda a un abogado, a su consulado o a una organización.",
        ),
        (
            "13. Idioma.",
            "Este contrato se le entrega en español. Si algo no le queda claro, "
            "puede preguntar a la empresa antes de firmar.",
        ),
    ]
    for lead, body in cl2:
        d.P(f"**{lead}** {body}", 10, font="ls", md=True, after=7)
    d.ln(18)
    d.P("Firmado el 19 de enero de 2026.", 10, font="ls", after=10)
    d.grid(
        [
            ("Por la empresa", "El trabajador"),
            (
                "\n\n______________________________\nDorothy Kessler-Ruiz, gerente de personal",
                "\n\n______________________________\nRigoberto Anaya Cervantes",
            ),
        ],
        (252, 252),
        size=9.5,
        font="ls",
        bold_first_col=False,
        head_fill=(200, 228, 228),
    )


# ======================================================================================
# av02: H-2B, Spanish (Guatemala), printed WhatsApp transcript
# ======================================================================================
@document(
    file="av02.pdf",
    program="h2b",
    language="es",
    doc_type="whatsapp_chat",
    layout="tall phone-screenshot pages (360x960 pt); printed WhatsApp chat: green contact bar, date chips, "
    "left/right rounded bubbles with timestamps; Guatemalan 'vos' register",
    pages=2,
    scanned=False,
    title="Chat de WhatsApp - Horizonte Norte Empleos",
    recruiters=["Horizonte Norte Empleos"],
    present=[
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "inbound_transportation",
        "tools_provided",
        "job_requirements",
    ],
    traps=[
        "'no te cobramos por meterte a la lista' is a negation (the 'trámite' right after it is the fee)",
        "inbound bus and road meals paid by the company",
        "tools lent free ('te las presta' is not a loan to repay)",
        "no rent for the house (negated housing charge)",
    ],
)
def build_av02(d):
    green = (7, 94, 84)

    def hdr(p):
        p.band(0, 46, green)
        p.set_xy(14, 8)
        p.set_font("dv", "B", 10.5)
        p.set_text_color(255, 255, 255)
        p.cell(0, 14, "Efraín Sagastume (Horizonte Norte)")
        p.set_xy(14, 24)
        p.set_font("dv", "", 8)
        p.cell(0, 12, "+502 4417 2290")
        p.set_text_color(0, 0, 0)
        p.set_fill_color(236, 229, 221)
        p.rect(0, 46, p.w, p.h - 46, style="F")
        p.set_y(58)

    def ftr(p):
        p.set_y(-22)
        p.set_font("dv", "", 6.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 10, f"Exportado de WhatsApp · impreso el 19/11/2025 · {p.page_no()}/2", align="C")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    lh = 12.2

    def chip(text):
        d.set_font("dv", "", 7.5)
        w = d.get_string_width(text) + 16
        x = (d.w - w) / 2
        y = d.get_y()
        d.set_fill_color(225, 243, 251)
        d.rect(x, y, w, 15, style="F", round_corners=True, corner_radius=5)
        d.set_xy(x, y + 1.5)
        d.set_text_color(60, 60, 60)
        d.cell(w, 12, text, align="C")
        d.set_text_color(0, 0, 0)
        d.set_y(y + 22)

    def bubble(side, time, text):
        maxw = 236
        d.set_font("dv", "", 9)
        lines = d.multi_cell(maxw - 16, lh, text, dry_run=True, output="LINES", align="L")
        tw = max(d.get_string_width(line) for line in lines)
        w = max(tw + 18 + 2 * d.c_margin, 64)
        h = len(lines) * lh + 8 + 10
        x = 12 if side == "L" else d.w - 12 - w
        y = d.get_y()
        assert y + h < d.h - 30, ("bubble overflows page", text)
        d.set_fill_color(*((255, 255, 255) if side == "L" else (217, 253, 211)))
        d.rect(x, y, w, h, style="F", round_corners=True, corner_radius=7)
        d.set_xy(x + 8, y + 4)
        d.set_font("dv", "", 9)
        d.multi_cell(w - 16, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_font("dv", "", 6.5)
        d.set_text_color(120, 120, 120)
        tws = d.get_string_width(time)
        d.set_xy(x + w - 8 - tws, y + h - 12)
        d.cell(tws, 9, time)
        d.set_text_color(0, 0, 0)
        d.set_y(y + h + 5)

    d.set_margins(12, 58, 12)
    d.add_page()
    chip("17 de noviembre de 2025")
    bubble(
        "R",
        "16:02",
        "Buenas tardes don Efraín, me pasó su número mi primo Lester. Es por lo "
        "de la visa de trabajo para los Estados.",
    )
    bubble(
        "L",
        "16:10",
        "Buenas tardes, con gusto. Le habla Efraín Sagastume, de Horizonte Norte "
        "Empleos. Sí tenemos cupo para sembradores de pino con visa H-2B.",
    )
    bubble(
        "L",
        "16:11",
        "Es en Brewton, Alabama, del 12 de enero al 29 de mayo de 2026. Pagan "
        "$16.10 la hora, 8 horas diarias de lunes a viernes, y el pago es cada "
        "semana.",
    )
    bubble(
        "L",
        "16:11",
        "El trabajo es sembrar arbolitos de pino con barreta en terrenos ya "
        "limpios, cargando la bolsa de plantitas.",
    )
    bubble(
        "L",
        "16:12",
        "No se ocupa experiencia, solo buena condición física para caminar todo "
        "el día en el monte con la bolsa, que pesa unas 50 libras.",
    )
    bubble(
        "R",
        "16:20",
        "Va pues. ¿Y cuánto hay que pagar? Porque en la radio dicen que no se cobra nada.",
    )
    bubble(
        "L",
        "16:24",
        "Mirá, aquí no te cobramos por meterte a la lista, eso es prohibido y "
        "nosotros trabajamos derecho.",
    )
    bubble(
        "L",
        "16:25",
        d.fee(
            "recruitment_fee",
            1,
            "Lo único es el trámite del expediente: son seis mil quetzales (Q6,000.00) y se depositan "
            "a la cuenta de la agencia antes de la entrevista.",
            6000,
            "GTQ",
        ),
    )
    bubble("R", "16:31", "¿Y la visa?")
    bubble(
        "L",
        "16:33",
        d.fee(
            "visa_cost",
            1,
            "La visa la pagás vos en el banco, son 185 dólares, y esos no te los devuelven allá.",
            185,
            "USD",
        ),
    )
    bubble(
        "L",
        "16:33",
        "El viaje hasta Brewton, el bus y la comida del camino, lo paga la "
        "compañía, no te preocupés.",
    )
    bubble("L", "16:34", "Las barretas y la bolsa te las presta la compañía, gratis.")

    d.add_page()
    chip("18 de noviembre de 2025")
    bubble("L", "8:40", "Buenos días. Otra cosa que se me pasó.")
    bubble(
        "L",
        "8:41",
        d.fee(
            "document_retention",
            2,
            "El pasaporte original me lo traés el lunes y aquí en la oficina te lo guardo yo hasta el "
            "día que viajés, para que no se te pierda.",
        ),
    )
    bubble("R", "9:15", "¿Y allá dónde se vive?")
    bubble("L", "9:20", "Allá no pagás cuarto, la compañía da la casa.")
    bubble(
        "L",
        "9:21",
        "Y si alguien te anda diciendo que esto es estafa no le hagás caso, "
        "nosotros llevamos ocho años mandando gente.",
    )
    bubble("R", "9:30", "Está bueno, el lunes le llevo todo. Gracias.")
    bubble(
        "L",
        "9:32",
        "Chilero. Te paso la cuenta monetaria 30-4471902-5 a nombre de Horizonte Norte Empleos.",
    )
    bubble("R", "9:33", "Dale, gracias.")


# ======================================================================================
# av03: H-2B, Spanish (Honduras), recruiter flyer, lempiras
# ======================================================================================
@document(
    file="av03.pdf",
    program="h2b",
    language="es",
    doc_type="recruiter_flyer",
    layout="A4 one-page flyer; orange title band; two side-by-side boxes (trabajo | requisitos); "
    "full-width shaded COSTOS box with bullets; contact strip at the bottom",
    pages=1,
    scanned=False,
    title="Volante H-2B 2026 - Servicios Laborales Ulúa",
    recruiters=["Servicios Laborales Ulúa, S. de R.L."],
    present=[
        "job_duties",
        "work_location",
        "employment_period",
        "wage_rate",
        "pay_frequency",
        "visa_reimbursement",
        "job_requirements",
    ],
    traps=[
        "consular visa paid by the employer ('¡la paga el patrono!')",
        "rent-free company house (negated housing charge)",
        "'Horario: según llegue el producto' has no concrete value (hours missing)",
    ],
)
def build_av03(d):
    orange = (214, 92, 20)
    navy = (20, 40, 90)
    d.set_margins(40, 40, 40)
    d.set_auto_page_break(False)
    d.add_page()
    d.band(0, 0, orange, w=d.w)
    d.band(0, 118, orange)
    d.set_xy(40, 20)
    d.set_text_color(255, 255, 255)
    d.set_font("ls", "B", 11)
    d.cell(0, 14, "SERVICIOS LABORALES ULÚA, S. de R.L.  ·  Agencia de empleo  ·  San Pedro Sula")
    d.set_xy(40, 42)
    d.set_font("ls", "B", 27)
    d.cell(0, 34, "¡TRABAJÁ LEGAL EN ESTADOS UNIDOS!", align="C")
    d.set_xy(40, 80)
    d.set_font("ls", "", 14)
    d.cell(0, 20, "Visa de trabajo temporal H-2B  ·  Temporada 2026", align="C")
    d.set_text_color(0, 0, 0)

    d.set_y(132)
    d.P(
        "Se buscan 60 mujeres para una planta procesadora de cangrejo en Crisfield, Maryland.",
        14,
        "B",
        "ls",
        color=navy,
        align="C",
        after=10,
    )

    top = d.get_y()
    colw = (d.w - 80 - 16) / 2
    boxes = [
        (
            "EL TRABAJO",
            [
                "Puesto: picadora de cangrejo: sacar la carne del cangrejo cocido, limpiarla y "
                "empacarla en vasitos.",
                "Temporada: del 1 de abril al 15 de noviembre de 2026.",
                "Pago: $16.95 por hora, pagado cada semana.",
                "Horario: de lunes a sábado, según llegue el producto.",
                "Vivienda: casa de la empresa a cinco minutos de la planta, sin renta.",
            ],
        ),
        (
            "REQUISITOS",
            [
                "Mujeres de 20 a 45 años.",
                "Experiencia en pelar mariscos o en cocina.",
                "Pasaporte vigente.",
                "Saber leer y escribir.",
                "Disponibilidad para viajar en marzo.",
            ],
        ),
    ]
    heights = []
    for i, (title, items) in enumerate(boxes):
        x = 40 + i * (colw + 16)
        d.set_xy(x, top)
        d.set_fill_color(*navy)
        d.set_text_color(255, 255, 255)
        d.set_font("ls", "B", 12)
        d.cell(colw, 22, "  " + title, fill=True)
        d.set_text_color(0, 0, 0)
        y = top + 28
        for it in items:
            d.set_xy(x + 6, y)
            d.set_font("ls", "", 10.5)
            d.cell(10, 14, "•")
            d.set_xy(x + 16, y)
            d.multi_cell(colw - 22, 14, it, align="L")
            y = d.get_y() + 4
        heights.append(y)
    bottom = max(heights) + 4
    for i in range(2):
        x = 40 + i * (colw + 16)
        d.set_draw_color(*navy)
        d.set_line_width(1)
        d.rect(x, top, colw, bottom - top)
    d.set_draw_color(0, 0, 0)

    y = bottom + 18
    d.set_fill_color(255, 236, 214)
    box_top = y
    d.set_xy(40, y)
    d.set_fill_color(*orange)
    d.set_text_color(255, 255, 255)
    d.set_font("ls", "B", 13)
    d.cell(d.w - 80, 24, "  COSTOS DEL PROCESO", fill=True)
    d.set_text_color(0, 0, 0)
    y += 32
    costos = [
        d.fee(
            "recruitment_fee",
            1,
            "Inscripción y apertura de expediente: tres mil quinientos lempiras (L 3,500.00).",
            3500,
            "HNL",
        ),
        d.fee(
            "training_cost",
            1,
            "Curso obligatorio de manipulación de alimentos, con diploma: mil doscientos "
            "lempiras (L 1,200.00).",
            1200,
            "HNL",
        ),
        d.fee(
            "deposit_or_bond",
            1,
            "Garantía de retorno: diez mil lempiras (L 10,000.00), que se le devuelven cuando "
            "regrese a Honduras al terminar la temporada.",
            10000,
            "HNL",
        ),
        d.fee(
            "visa_cost",
            1,
            "Pasaporte: cada aspirante lo tramita y lo paga por su cuenta.",
            passport_only=True,
        ),
        "Visa consular: ¡la paga el patrono!",
    ]
    for c in costos:
        d.set_xy(52, y)
        d.set_font("ls", "B", 11)
        d.cell(12, 15, "›")
        d.set_xy(66, y)
        d.set_font("ls", "", 11)
        d.multi_cell(d.w - 80 - 40, 15, c, align="L")
        y = d.get_y() + 6
    d.set_draw_color(*orange)
    d.set_line_width(1.2)
    d.rect(40, box_top, d.w - 80, y - box_top + 4)
    d.set_draw_color(0, 0, 0)

    d.set_y(y + 22)
    d.P(
        "No se deje engañar por coyotes: somos agencia autorizada y con oficina abierta.",
        11,
        "BI",
        "ls",
        color=navy,
        align="C",
        after=6,
    )
    d.P(
        "Traiga su DNI y dos fotografías tamaño carné. Cupos limitados.",
        10.5,
        "",
        "ls",
        align="C",
        after=4,
    )
    d.band(d.h - 58, 58, navy)
    d.set_xy(40, d.h - 48)
    d.set_text_color(255, 255, 255)
    d.set_font("ls", "B", 10)
    d.multi_cell(
        d.w - 80,
        13,
        "Oficinas: Barrio Guamilito, 6.ª calle, 8.ª avenida, San Pedro "
        "Sula  ·  Tel. 2557-0193  ·  WhatsApp 9841-2276\nServicios Laborales Ulúa, "
        "S. de R.L.  ·  Lunes a sábado de 8:00 a 4:00",
        align="C",
    )
    d.set_text_color(0, 0, 0)


# ======================================================================================
# av04: H-2B, Spanish (Dominican Republic), scanned recibo + constancia
# ======================================================================================
RECIBO_Q = (
    "Recibimos de Yokasta Altagracia Peralta Núñez la suma de CUARENTA Y OCHO MIL PESOS "
    "DOMINICANOS CON 00/100 (RD$48,000.00) por concepto de asesoría, gestión de "
    "expediente y colocación laboral en el programa H-2B, temporada 2026."
)


def render_recibo():
    W, H = 1700, 2200  # letter at 200 dpi
    paper = (247, 244, 233)
    img = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype
    serif_b = f(DJ + "DejaVuSerif-Bold.ttf", 46)
    sans = f(DJ + "DejaVuSans.ttf", 31)
    sans_s = f(DJ + "DejaVuSans.ttf", 26)
    sans_b = f(DJ + "DejaVuSans-Bold.ttf", 34)
    big = f(DJ + "DejaVuSans-Bold.ttf", 58)
    pen = f(DJ + "DejaVuSans-Oblique.ttf", 33)
    ink = (25, 25, 30)
    blue = (25, 45, 140)
    x0, y0, x1 = 130, 150, W - 130
    dr.text(
        (x0 + 40, y0 + 40), "AGENCIA DE COLOCACIONES CIBAO NORTE, S.R.L.", font=serif_b, fill=ink
    )
    dr.text(
        (x0 + 40, y0 + 110),
        "Calle del Sol No. 118, 2do. piso, Santiago de los Caballeros, R.D.",
        font=sans_s,
        fill=ink,
    )
    dr.text((x0 + 40, y0 + 148), "Tel. 809-582-4417  ·  RNC 1-32-08814-6", font=sans_s, fill=ink)
    dr.line((x0, y0 + 200, x1, y0 + 200), fill=ink, width=3)
    dr.text((x0 + 40, y0 + 232), "RECIBO DE INGRESO", font=big, fill=ink)
    dr.text((x1 - 330, y0 + 240), "No.", font=sans_b, fill=ink)
    dr.text((x1 - 250, y0 + 232), "0729", font=big, fill=(160, 30, 30))
    dr.text((x0 + 40, y0 + 330), "Fecha:", font=sans_b, fill=ink)
    dr.text((x0 + 190, y0 + 328), "9 de febrero de 2026", font=pen, fill=blue)
    dr.rectangle((x1 - 520, y0 + 315, x1 - 40, y0 + 385), outline=ink, width=3)
    dr.text((x1 - 500, y0 + 328), "RD$ 48,000.00", font=sans_b, fill=blue)
    y = y0 + 450
    for line in _wrap_px(dr, RECIBO_Q, sans, x1 - x0 - 80):
        dr.text((x0 + 40, y), line, font=sans, fill=ink)
        y += 50
    y += 30
    dr.text(
        (x0 + 40, y),
        "Forma de pago:   [X] Efectivo    [  ] Transferencia    [  ] Cheque",
        font=sans,
        fill=ink,
    )
    y += 70
    dr.text((x0 + 40, y), "Pago único.", font=sans_b, fill=ink)
    sig_y = y + 190
    dr.text((x0 + 70, sig_y - 62), "W. Rosario A.", font=pen, fill=blue)
    dr.line((x0 + 40, sig_y, x0 + 640, sig_y), fill=ink, width=2)
    dr.text(
        (x0 + 40, sig_y + 12), "Recibido por: Lic. Wander Rosario Almonte", font=sans_s, fill=ink
    )
    box_bottom = sig_y + 90
    dr.rectangle((x0, y0, x1, box_bottom), outline=ink, width=4)
    # rubber stamp, right of the signature
    red = (170, 40, 50)
    cx, cy, r = x1 - 300, sig_y - 40, 150
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=6)
    dr.ellipse((cx - r + 20, cy - r + 20, cx + r - 20, cy + r - 20), outline=red, width=3)
    sf = f(DJ + "DejaVuSans-Bold.ttf", 44)
    tw = dr.textlength("PAGADO", font=sf)
    dr.text((cx - tw / 2, cy - 28), "PAGADO", font=sf, fill=red)
    sf2 = f(DJ + "DejaVuSans.ttf", 20)
    tw2 = dr.textlength("CIBAO NORTE", font=sf2)
    dr.text((cx - tw2 / 2, cy + 30), "CIBAO NORTE", font=sf2, fill=red)
    dr.text(
        (x0 + 40, box_bottom + 40),
        "Original: cliente   ·   Copia: archivo",
        font=sans_s,
        fill=(90, 90, 90),
    )
    return scan_effect(img, seed=729, angle=0.45)


@document(
    file="av04.pdf",
    program="h2b",
    language="es",
    doc_type="receipt_and_certificate",
    layout="letter; p.1 a SCANNED image-only 'recibo de ingreso' (200 dpi, noise, slight skew, "
    "rubber stamp); p.2 typed 'constancia' on letterhead with signature and seal",
    pages=2,
    scanned=[1],
    title="Recibo 0729 y constancia - Cibao Norte",
    recruiters=["Agencia de Colocaciones Cibao Norte, S.R.L."],
    present=[
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "visa_reimbursement",
    ],
    traps=[
        "visa cost not in the agency payment: employer reimburses it in the first paycheck",
        "'A QUIEN PUEDA INTERESAR' certificate language is not itself a finding",
    ],
)
def build_av04(d):
    maroon = (120, 20, 40)
    d.set_margins(72, 60, 72)
    d.add_page()
    d.image(render_recibo(), x=0, y=0, w=d.w, h=d.h)
    d.fee("recruitment_fee", 1, RECIBO_Q, 48000, "DOP")

    d.add_page()
    d.set_y(50)
    d.P(
        "AGENCIA DE COLOCACIONES CIBAO NORTE, S.R.L.",
        15,
        "B",
        "lsr",
        color=maroon,
        align="C",
        after=1,
    )
    d.P(
        "Calle del Sol No. 118, 2do. piso, Santiago de los Caballeros, República Dominicana  ·  "
        "Tel. 809-582-4417  ·  RNC 1-32-08814-6",
        8.5,
        "",
        "lsr",
        align="C",
        after=4,
    )
    d.hline(color=maroon, width=1.5)
    d.ln(26)
    d.P("CONSTANCIA", 16, "B", "lsr", align="C", after=18)
    d.P("A QUIEN PUEDA INTERESAR:", 11.5, "B", "lsr", after=10)
    paras = [
        "Por medio de la presente, la Agencia de Colocaciones Cibao Norte, S.R.L., hace constar "
        "que la señora Yokasta Altagracia Peralta Núñez, dominicana, mayor de edad, portadora de "
        "la cédula de identidad y electoral No. 031-0487712-9, ha sido seleccionada para laborar "
        "como camarista (limpieza y arreglo de habitaciones) en el hotel Pelican Dunes Resort de "
        "Gulf Shores, Alabama, Estados Unidos, de la empresa Pelican Dunes Resort Hospitality "
        "LLC, 1650 West Beach Boulevard, Gulf Shores, Alabama 36542, bajo el programa de visas "
        "H-2B.",
        "El empleo es del 1 de marzo al 31 de octubre de 2026, en jornada de 40 horas "
        "semanales, con un salario de US$13.85 por hora.",
        "La seleccionada ha cubierto la totalidad de los servicios de esta agencia según el "
        "recibo de ingreso No. 0729. El costo de la visa no está incluido en dicho pago, pues el "
        "patrono lo reembolsa en su primer cheque.",
        d.fee(
            "document_retention",
            2,
            "Mientras se completa el proceso consular, el pasaporte original de la seleccionada "
            "quedará bajo custodia de esta agencia y le será entregado en el aeropuerto el día "
            "del vuelo.",
        ),
        d.fee(
            "breach_penalty",
            2,
            "Si la seleccionada desiste del proceso después de la entrevista consular, perderá "
            "lo pagado y deberá abonar a la agencia una penalidad de veinticinco mil pesos "
            "(RD$25,000.00) por los gastos ocasionados.",
            25000,
            "DOP",
        ),
        "La presente se expide a solicitud de la interesada, para los fines que estime "
        "convenientes, en Santiago de los Caballeros, República Dominicana, a los nueve (9) días "
        "del mes de febrero del año dos mil veintiséis (2026).",
    ]
    for p in paras:
        d.P(p, 11.5, "", "lsr", lh=17, after=11)
    d.ln(40)
    y = d.get_y()
    d.hline(y, 72, 300, color=(0, 0, 0), width=0.8)
    d.set_xy(72, y + 4)
    d.set_font("lsr", "B", 11)
    d.cell(228, 14, "Lic. Wander Rosario Almonte", align="C")
    d.set_xy(72, y + 18)
    d.set_font("lsr", "", 10)
    d.cell(228, 14, "Gerente de Colocaciones", align="C")
    d.set_draw_color(*maroon)
    d.set_line_width(2)
    d.ellipse(400, y - 60, 110, 110)
    d.set_line_width(0.8)
    d.ellipse(410, y - 50, 90, 90)
    d.set_xy(400, y - 13)
    d.set_text_color(*maroon)
    d.set_font("ls", "B", 8)
    d.cell(110, 10, "CIBAO NORTE", align="C")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(0, 0, 0)


# ======================================================================================
# av05: H-2A, Spanish (El Salvador), retyped handwritten note
# ======================================================================================
@document(
    file="av05.pdf",
    program="h2a",
    language="es",
    doc_type="handwritten_note",
    layout="A5, two pages (front/back of a notebook sheet) retyped in monospace with ruled lines, "
    "[ilegible] gaps and a scribbled signature; italic transcription header",
    pages=2,
    scanned=False,
    title="Nota del reclutador (copia en limpio)",
    recruiters=["Gestiones Laborales Cuscatlán"],
    present=[
        "job_duties",
        "work_location",
        "wage_rate",
        "pay_frequency",
        "inbound_transportation",
        "return_transportation",
        "housing",
    ],
    traps=[
        "round-trip airfare and travel meals paid by the employer",
        "'no llevar mucho pisto' is advice, not a charge",
        "'regresa cuando se termine la fresa' gives no end date (employment period missing)",
    ],
)
def build_av05(d):
    blue = (30, 50, 130)

    def hdr(p):
        p.set_xy(34, 22)
        p.set_font("dv", "I", 7)
        p.set_text_color(100, 100, 100)
        p.multi_cell(
            p.w - 68,
            9,
            "Copia en limpio de una nota escrita a mano por el reclutador "
            "(hoja de cuaderno rayada, tinta azul). Se respeta el orden del original; "
            "[ilegible] marca lo que no se entiende.",
            align="L",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(210, 120, 120)
        p.set_line_width(0.6)
        p.line(58, 50, 58, p.h - 30)
        p.set_draw_color(170, 200, 230)
        p.set_line_width(0.4)
        yy = 66
        while yy < p.h - 34:
            p.line(34, yy, p.w - 30, yy)
            yy += 17
        p.set_draw_color(0, 0, 0)
        p.set_y(50)

    def ftr(p):
        p.set_y(-24)
        p.set_font("dv", "I", 7)
        p.set_text_color(100, 100, 100)
        p.cell(0, 9, "hoja 1 — anverso" if p.page_no() == 1 else "hoja 1 — reverso", align="R")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.set_margins(64, 50, 30)
    d.set_auto_page_break(True, 36)
    lh = 17

    def L(text, style="", after=0):
        d.P(text, 9.5, style, "lm", lh=lh, color=blue, after=after)

    d.add_page()
    L("Gestiones Laborales Cuscatlán", "B")
    L("Lic. Amílcar Portillo  cel. 7306-5518")
    L("Para don Nelson Orellana (de Chalatenango)")
    L("- Trabajo: cortar fresa y tomate, con visa H-2A.")
    L("- Es en Plant City, Florida.")
    L("- Sale el 2 de diciembre, regresa cuando se termine la fresa.")
    L("- Pagan $15.10 la hora y le pagan cada semana, los viernes.")
    L(
        "- El boleto de avión de ida y de regreso y la comida del viaje los paga el patrón, no se "
        "preocupe."
    )
    L("- Vive en las barracas del rancho, junto al campo.")
    L("LO QUE HAY QUE PAGAR:", "B")
    L(
        "1) "
        + d.fee(
            "recruitment_fee",
            1,
            "Trámite con el licenciado: $350 (trescientos cincuenta dólares), la mitad al "
            "firmar y la mitad cuando le den la cita.",
            350,
            "USD",
        )
    )
    L(
        "2) "
        + d.fee(
            "medical_cost",
            1,
            "Exámenes de sangre y de pulmón en la clínica de la colonia Escalón: $85, los "
            "paga usted.",
            85,
            "USD",
        )
    )

    d.add_page()
    L(
        "3) "
        + d.fee(
            "housing_charge",
            2,
            "Por el cuarto y la luz se pagan $40 cada semana, en efectivo al mayordomo.",
            40,
            "USD",
        )
    )
    L("- No llevar mucho pisto, solo para la comida del primer [ilegible].")
    L("OJO: no andar hablando con los de la organización ni con abogados.", "B")
    L(
        d.fee(
            "blacklisting_threat",
            2,
            "Si se queja, lo ponemos en la lista negra y ya no lo volvemos a llamar nunca.",
        )
    )
    L("- Cita: lunes 24 a las 8 de la mañana en la oficina.")
    L("")
    L("                         A. Portillo  ~~~", "I")


# ======================================================================================
# av06: H-2A, Spanish (Mexico), formal contract with deductions annex
# ======================================================================================
@document(
    file="av06.pdf",
    program="h2a",
    language="es",
    doc_type="work_contract",
    layout="A4; serif legal style; CLÁUSULAS in ordinal words with bold leads; running footer "
    "with folio; p.3 ANEXO ÚNICO deductions grid (Concepto | Detalle) and signature table "
    "with fingerprint box",
    pages=3,
    scanned=False,
    title="Contrato individual de trabajo H-2A - Valle Alto",
    recruiters=["Reclutadora Agropecuaria del Altiplano, S. de R.L. de C.V."],
    present=[
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "job_requirements",
    ],
    traps=[
        "recruiter fees paid by employer; no charge for selection (negated)",
        "consular visa fee reimbursed in first pay",
        "free housing (h2a)",
        "workers' compensation at no cost",
        "worker keeps passport and voter card",
        "voluntary remittance deduction only on written request",
    ],
)
def build_av06(d):
    def ftr(p):
        p.set_y(-36)
        p.set_font("dvs", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.cell(
            0,
            10,
            f"Contrato RAA-H2A-2026-0317  ·  Folio {p.page_no()}/3  ·  Rúbrica: ______  ______",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.set_margins(62, 56, 62)
    d.set_auto_page_break(True, 50)
    d.add_page()
    d.P(
        "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO DETERMINADO PARA LABORES AGRÍCOLAS EN LOS "
        "ESTADOS UNIDOS DE AMÉRICA (VISA H-2A)",
        11.5,
        "B",
        "dvs",
        align="C",
        after=10,
    )
    d.P(
        "Que celebran, por una parte, Valle Alto Produce Growers, Inc., con domicilio en 7815 "
        "Ridgecrest Farm Road, Vidalia, Georgia 30474, EE. UU., a quien en lo sucesivo se "
        "denominará “LA EMPRESA”, representada en México por Reclutadora Agropecuaria del "
        "Altiplano, S. de R.L. de C.V. (“LA RECLUTADORA”), con oficinas en Avenida Hidalgo 412, "
        "Fresnillo, Zacatecas; y por la otra, el C. Marcelino Ontiveros Delgado, originario de "
        "Valparaíso, Zacatecas, a quien se denominará “EL TRABAJADOR”, al tenor de las "
        "siguientes:",
        9.5,
        "",
        "dvs",
        lh=13.5,
        after=6,
    )
    d.P("CLÁUSULAS", 10.5, "B", "dvs", align="C", after=6)

    def C(lead, body, after=5):
        d.P(f"**{lead}** {body}", 9.5, "", "dvs", lh=13.5, md=True, after=after)

    C(
        "PRIMERA. Objeto.",
        "EL TRABAJADOR prestará sus servicios como trabajador agrícola en el "
        "cultivo de cebolla: trasplante, deshierbe, corte, descolado y llenado de costales, así "
        "como la carga de los costales en remolques.",
    )
    C(
        "SEGUNDA. Lugar.",
        "Los servicios se prestarán en los campos de LA EMPRESA en los condados "
        "de Toombs y Tattnall, Georgia.",
    )
    C(
        "TERCERA. Duración.",
        "El contrato inicia el 16 de marzo de 2026 y termina el 30 de junio de 2026.",
    )
    C(
        "CUARTA. Jornada.",
        "La jornada será de 48 horas por semana, de lunes a sábado, de 6:00 a "
        "14:30 horas, con treinta minutos para tomar alimentos.",
    )
    C(
        "QUINTA. Salario.",
        "LA EMPRESA pagará a EL TRABAJADOR $14.83 dólares por hora. El pago se "
        "hará semanalmente, cada viernes, mediante cheque o tarjeta de nómina.",
    )
    C(
        "SEXTA. Requisitos.",
        "EL TRABAJADOR declara contar con al menos tres meses de experiencia "
        "en cultivo de hortalizas y poder levantar costales de 50 libras.",
    )
    C(
        "SÉPTIMA. Vivienda.",
        "LA EMPRESA proporcionará vivienda sin costo en su campamento ubicado "
        "en 7900 Ridgecrest Farm Road, Vidalia, Georgia, que cumple con las normas de seguridad "
        "aplicables.",
    )
    C(
        "OCTAVA. Alimentación.",
        d.fee(
            "meal_charge",
            1,
            "LA EMPRESA proporciona tres comidas diarias en el comedor del campamento por $24.50 "
            "dólares al día, que se descuentan semanalmente; el campamento no cuenta con cocina para "
            "uso de los trabajadores.",
            24.50,
            "USD",
        ),
    )

    C(
        "NOVENA. Transporte.",
        "LA EMPRESA reembolsará a EL TRABAJADOR el costo del autobús de "
        "Fresnillo a Vidalia y los viáticos del camino al cumplirse el 50 % del contrato, o antes si "
        "la ley lo exige; al término del contrato pagará su regreso a Fresnillo. El traslado diario "
        "del campamento a los campos es gratuito, en vehículos de LA EMPRESA.",
    )
    C(
        "DÉCIMA. Visa y honorarios.",
        "LA EMPRESA cubre los honorarios de LA RECLUTADORA y "
        "reembolsa en el primer pago la cuota consular de la visa. LA RECLUTADORA no cobrará a EL "
        "TRABAJADOR cantidad alguna por su selección.",
    )
    d.add_page()
    C(
        "DÉCIMA PRIMERA. Riesgos de trabajo.",
        "LA EMPRESA cuenta con seguro de compensación "
        "laboral para accidentes y enfermedades de trabajo, sin costo para EL TRABAJADOR.",
    )
    C(
        "DÉCIMA SEGUNDA. Fondo de Ayuda Mutua.",
        d.fee(
            "insurance_cost",
            2,
            "A partir de la primera semana, EL TRABAJADOR queda inscrito en el Fondo de Ayuda Mutua "
            "de LA RECLUTADORA, con una aportación de $12.00 dólares semanales que se descuenta de su "
            "cheque.",
            12,
            "USD",
        ),
    )
    C(
        "DÉCIMA TERCERA. Permanencia.",
        d.fee(
            "wage_withholding",
            2,
            "Para asegurar que EL TRABAJADOR cumpla la temporada completa, LA EMPRESA retendrá $50.00 "
            "dólares de cada cheque semanal y los entregará junto con el último pago de la temporada.",
            50,
            "USD",
        ),
    )
    C(
        "DÉCIMA CUARTA. Comprobantes de pago.",
        "Con cada pago, EL TRABAJADOR recibirá un talón "
        "que indique las horas trabajadas, las horas ofrecidas, la tarifa, el total ganado y cada "
        "descuento.",
    )
    C(
        "DÉCIMA QUINTA. Terminación.",
        "LA EMPRESA podrá rescindir el contrato por causa "
        "justificada, previa explicación por escrito. Si EL TRABAJADOR falta cinco días "
        "consecutivos sin aviso, se considerará que abandonó el empleo.",
    )
    C(
        "DÉCIMA SEXTA. Documentos.",
        "EL TRABAJADOR conservará en todo momento su pasaporte, su "
        "visa y su credencial para votar.",
    )
    C(
        "DÉCIMA SÉPTIMA. Descuentos.",
        "De su salario solo se descontarán los impuestos que exija "
        "la ley y los conceptos del ANEXO ÚNICO, que EL TRABAJADOR acepta con su firma.",
    )
    C(
        "DÉCIMA OCTAVA. Jurisdicción.",
        "Para la interpretación de este contrato las partes se "
        "someten a las autoridades laborales competentes, renunciando a cualquier otro fuero.",
    )

    d.add_page()
    d.P(
        "ANEXO ÚNICO — CONCEPTOS QUE SE DESCUENTAN DEL SALARIO",
        10.5,
        "B",
        "dvs",
        align="C",
        after=8,
    )
    rows = [
        ("Concepto", "Detalle"),
        ("Alimentación (cláusula OCTAVA)", "$24.50 dólares diarios, descontados cada semana."),
        ("Fondo de Ayuda Mutua (cláusula DÉCIMA SEGUNDA)", "$12.00 dólares cada semana."),
        (
            "Permanencia (cláusula DÉCIMA TERCERA)",
            "$50.00 dólares cada semana; se devuelven con el último pago.",
        ),
        (
            "Equipo de cosecha",
            d.fee(
                "equipment_charge",
                3,
                "El cuchillo de descolar, la tijera y los guantes de hule se cobran a EL TRABAJADOR "
                "en $35.00 dólares, en dos descuentos.",
                35,
                "USD",
            ),
        ),
        ("Envíos de dinero (voluntario)", "Solo si EL TRABAJADOR lo solicita por escrito."),
    ]
    d.grid(rows, (170, 301), size=9, font="dvs", head_fill=(230, 230, 230))
    d.ln(20)
    d.P(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
        "firman en Fresnillo, Zacatecas, el 2 de febrero de 2026.",
        9.5,
        "",
        "dvs",
        lh=13.5,
        after=16,
    )
    d.grid(
        [
            ("LA EMPRESA, por conducto de LA RECLUTADORA", "EL TRABAJADOR", "Huella"),
            (
                "\n\n\n____________________________\nIng. Saúl Berumen Castañeda",
                "\n\n\n____________________________\nMarcelino Ontiveros Delgado",
                "\n\n\n\n",
            ),
        ],
        (205, 205, 61),
        size=8.5,
        font="dvs",
        bold_first_col=False,
        head_fill=(240, 240, 240),
    )


# ======================================================================================
# av07: generic (Guatemala -> Canada), Spanish, two-column recruiter agreement, legal size
# ======================================================================================
@document(
    file="av07.pdf",
    program="generic",
    language="es",
    doc_type="recruiter_agreement",
    layout="legal size; full-width parties grid; clauses in TWO COLUMNS (text_columns); "
    "full-width signature grid; header rule with agreement number",
    pages=1,
    scanned=False,
    title="Contrato de colocación - Colocaciones Altiplano Occidente",
    recruiters=["Colocaciones Altiplano Occidente, S.A."],
    present=[
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
    ],
    traps=[
        "statutory EI / CPP payroll deductions (not insurance_cost)",
        "LMIA and work permit paid by the employer",
        "no placement fee (negated recruitment fee)",
        "return ticket paid by the employer",
        "worker keeps passport and work permit",
        "'depósito en la cuenta bancaria' is the pay method",
        "'causas que LA EMPRESA establezca en su reglamento interno' is not a concrete "
        "termination rule (termination missing)",
    ],
)
def build_av07(d):
    wine = (110, 30, 60)

    def hdr(p):
        p.set_xy(50, 24)
        p.set_font("dvc", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            10,
            "Colocaciones Altiplano Occidente, S.A.  ·  Convenio CAO-2027-0144  ·  "
            "Quetzaltenango, Guatemala",
        )
        p.set_text_color(0, 0, 0)
        p.hline(38, color=wine, width=1)
        p.set_y(50)

    d.hdr = hdr
    d.set_margins(50, 50, 50)
    d.set_auto_page_break(True, 40)
    d.add_page()
    d.P(
        "CONTRATO DE COLOCACIÓN Y CONDICIONES DE EMPLEO",
        13,
        "B",
        "dvc",
        align="C",
        color=wine,
        after=1,
    )
    d.P(
        "Programa de trabajadores temporales en Canadá · Temporada 2027",
        9.5,
        "I",
        "dvc",
        align="C",
        after=8,
    )
    d.grid(
        [
            ("Parte", "Datos"),
            (
                "LA AGENCIA",
                "Colocaciones Altiplano Occidente, S.A., 4a. calle 12-31 zona 1, "
                "Quetzaltenango, Guatemala; licencia MINTRAB-AP-0291.",
            ),
            (
                "LA EMPRESA",
                "Lakeshore Greenhouse Vegetables Inc., 2260 County Road 31, Kingsville, "
                "Ontario N9Y 2E5, Canadá.",
            ),
            (
                "EL TRABAJADOR",
                "Edgar Rolando Tzoc Chávez, DPI 2981 44710 0901, vecino de San Juan "
                "Ostuncalco, Quetzaltenango.",
            ),
            ("Puesto", "Trabajador de invernadero (hortalizas)."),
        ],
        (100, 412),
        size=8.5,
        font="dvc",
        head_fill=(236, 220, 226),
    )
    d.ln(8)
    clauses = [
        (
            "1. Trabajo.",
            "EL TRABAJADOR cosechará tomate y pepino, podará, deshojará y amarrará "
            "las plantas y limpiará los pasillos de los invernaderos de LA EMPRESA en Kingsville, "
            "Ontario.",
        ),
        ("2. Plazo.", "Del 1 de febrero al 30 de noviembre de 2027."),
        (
            "3. Jornada.",
            "Ocho horas diarias, de lunes a sábado, de 7:00 a 15:30 horas, con media "
            "hora de almuerzo.",
        ),
        (
            "4. Salario.",
            "17.60 dólares canadienses (CAD 17.60) por hora, pagaderos cada dos "
            "semanas por depósito en la cuenta bancaria de EL TRABAJADOR.",
        ),
        (
            "5. Descuentos de ley.",
            "LA EMPRESA descontará el impuesto sobre la renta, las primas "
            "del Seguro de Empleo (EI) y las aportaciones al Plan de Pensiones de Canadá (CPP), como "
            "exige la ley canadiense, además de lo indicado en las cláusulas 7, 8 y 9.",
        ),
        (
            "6. Permiso de trabajo.",
            "LA EMPRESA paga el estudio de mercado laboral (LMIA) y el "
            "permiso de trabajo. LA AGENCIA no cobra cuota de colocación.",
        ),
        (
            "7. Boleto de ida.",
            d.fee(
                "travel_cost",
                1,
                "El valor del boleto aéreo Guatemala–Toronto, aproximadamente cinco mil doscientos "
                "quetzales (Q5,200.00), será descontado a EL TRABAJADOR en seis pagos quincenales.",
                5200,
                "GTQ",
            ),
        ),
        (
            "8. Alojamiento.",
            d.fee(
                "housing_charge",
                1,
                "El alojamiento en la casa de LA EMPRESA tiene un costo de cincuenta y cinco dólares "
                "canadienses (CAD 55.00) por semana, que se descuentan del salario.",
                55,
                "CAD",
            ),
        ),
        (
            "9. Préstamo.",
            d.fee(
                "debt_bondage",
                1,
                "Para sus gastos antes de viajar, LA AGENCIA le presta hasta cuatro mil quetzales "
                "(Q4,000.00), que EL TRABAJADOR devolverá con un interés del 5 % mensual mediante "
                "descuentos de su salario en Canadá.",
                4000,
                "GTQ",
            ),
        ),
        (
            "10. Convivencia.",
            d.fee(
                "movement_restriction",
                1,
                "EL TRABAJADOR no podrá salir de la residencia después de las 21:00 horas ni pasar la "
                "noche fuera sin autorización escrita del supervisor.",
            ),
        ),
        (
            "11. Regreso.",
            "Al terminar el contrato, LA EMPRESA paga el boleto de regreso a la "
            "Ciudad de Guatemala.",
        ),
        (
            "12. Terminación.",
            "Las causas de terminación serán las que LA EMPRESA establezca en su "
            "reglamento interno.",
        ),
        ("13. Documentos.", "EL TRABAJADOR conserva su pasaporte y su permiso de trabajo."),
        (
            "14. Jurisdicción.",
            "Para cualquier controversia, las partes se someten a los "
            "tribunales de Quetzaltenango.",
        ),
    ]
    with d.text_columns(ncols=2, gutter=22, text_align="L", balance=True) as cols:
        for lead, body in clauses:
            with cols.paragraph(bottom_margin=6, line_height=1.18) as par:
                d.set_font("dvc", "B", 9.5)
                par.write(lead + " ")
                d.set_font("dvc", "", 9.5)
                par.write(body)
    d.ln(16)
    d.P("Leído y aceptado en Quetzaltenango, el 11 de enero de 2027.", 9.5, "", "dvc", after=10)
    d.grid(
        [
            ("LA AGENCIA", "EL TRABAJADOR"),
            (
                "\n\n____________________________\nLicda. Mirna Xiloj Pac, representante legal",
                "\n\n____________________________\nEdgar Rolando Tzoc Chávez",
            ),
        ],
        (256, 256),
        size=8.5,
        font="dvc",
        bold_first_col=False,
        head_fill=(236, 220, 226),
    )


# ======================================================================================
# av08: generic (Honduras -> Spain), Spanish, two-column contract, COMPLIANT
# ======================================================================================
@document(
    file="av08.pdf",
    program="generic",
    language="es",
    doc_type="work_contract",
    layout="A4; green title band; full-width parties grid; clauses in TWO balanced COLUMNS; "
    "signature grid; p.2 annex with pay-calendar and contacts grids; page footer",
    pages=2,
    scanned=False,
    title="Contrato de campaña agrícola 2027 - Berries Marismas del Odiel",
    recruiters=["Agencia de Empleo Valle de Sula, S. de R.L."],
    present="ALL",
    traps=[
        "statutory Social Security contributions and IRPF withholding (not insurance_cost)",
        "free housing 'sin fianza' (negated deposit)",
        "150-euro arrival advance that is never repaid or deducted (not debt bondage)",
        "'aunque sean quinientos lempiras (L 500.00)' is a warning, not a charge",
        "employer pays agency, medical exam, visa and health insurance (negated fees)",
        "employer pays flight both ways",
        "worker keeps passport; free to leave the farm (negated restriction)",
    ],
)
def build_av08(d):
    green = (40, 110, 60)

    def ftr(p):
        p.set_y(-30)
        p.set_font("ls", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            10,
            f"Berries Marismas del Odiel, S.L.  ·  Contrato CO-2027-HN-0458  ·  "
            f"pág. {p.page_no()}/2",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.set_margins(48, 40, 48)
    d.set_auto_page_break(True, 44)
    d.add_page()
    d.band(0, 92, green)
    d.set_xy(48, 24)
    d.set_text_color(255, 255, 255)
    d.set_font("ls", "B", 14.5)
    d.multi_cell(
        d.w - 96,
        18,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nCAMPAÑA AGRÍCOLA "
        "2027 — CONTRATACIÓN EN ORIGEN",
        align="C",
    )
    d.set_text_color(0, 0, 0)
    d.set_y(104)
    d.P(
        "Copia en español para la trabajadora · Programa de movilidad laboral Honduras–España",
        9,
        "I",
        "ls",
        align="C",
        after=8,
    )
    d.grid(
        [
            ("Parte", "Datos"),
            (
                "Empresa",
                "Berries Marismas del Odiel, S.L., CIF B21874431, Carretera A-494, km 12, "
                "21810 Palos de la Frontera (Huelva), España.",
            ),
            (
                "Trabajadora",
                "Dunia Marisela Hernández Castro, DNI 0801-1996-22417, con domicilio en "
                "Olanchito, Yoro, Honduras.",
            ),
            (
                "Agencia de enlace",
                "Agencia de Empleo Valle de Sula, S. de R.L., registro "
                "STSS-AP-0112, Colonia Trejo, San Pedro Sula.",
            ),
        ],
        (110, 389),
        size=8.5,
        font="ls",
        head_fill=(214, 234, 218),
    )
    d.ln(10)
    clauses = [
        (
            "1. Puesto y tareas.",
            "Peona agrícola de recolección: recolección a mano de fresa y "
            "arándano en túneles, selección y llenado de cajas, limpieza de caballones.",
        ),
        ("2. Lugar de trabajo.", "Fincas de la empresa en Palos de la Frontera y Moguer (Huelva)."),
        ("3. Duración.", "Del 15 de enero al 15 de junio de 2027."),
        (
            "4. Jornada.",
            "39 horas semanales, de lunes a sábado, de 8:00 a 14:30, con un descanso "
            "de 20 minutos.",
        ),
        (
            "5. Salario.",
            "58,90 euros por jornada trabajada, según el convenio del campo de "
            "Huelva, con las partes proporcionales de pagas extra y vacaciones incluidas.",
        ),
        (
            "6. Pago.",
            "Mensual, por transferencia bancaria, antes del día 5 del mes siguiente, con "
            "su nómina detallada.",
        ),
        (
            "7. Deducciones.",
            "Solo las cotizaciones de la trabajadora a la Seguridad Social y la "
            "retención del IRPF, que figuran en la nómina. No se descuenta el alojamiento, el "
            "transporte ni los equipos de trabajo.",
        ),
        (
            "8. Alojamiento.",
            "Gratuito, en las casas de la finca, con agua, luz y gas incluidos; sin fianza.",
        ),
        (
            "9. Viaje.",
            "La empresa paga el billete de avión de Tegucigalpa a Sevilla y el traslado "
            "en autobús hasta la finca; al terminar la campaña paga el regreso a Tegucigalpa.",
        ),
        (
            "10. Anticipo.",
            "Al llegar, la empresa entrega a cada trabajadora un anticipo de 150 "
            "euros para sus primeros gastos, que es un apoyo: no se descuenta del salario ni hay que "
            "devolverlo.",
        ),
        (
            "11. Costes de selección.",
            "La selección no le cuesta nada a la trabajadora: la empresa "
            "paga a la agencia, el examen médico, el visado y el seguro médico hasta el alta en la "
            "Seguridad Social. Si alguien le pide dinero, aunque sean quinientos lempiras "
            "(L 500.00) «para agilizar», no pague y denúncielo a la Secretaría de Trabajo.",
        ),
        (
            "12. Terminación.",
            "La empresa solo puede despedir por falta grave comunicada por "
            "escrito. Si la trabajadora no se presenta tres días seguidos sin justificación, se "
            "entiende que renuncia. La trabajadora puede dejar el empleo avisando con quince días.",
        ),
        (
            "13. Documentos y libertad.",
            "La trabajadora guarda su pasaporte y su tarjeta de "
            "identidad de extranjera, y puede salir de la finca libremente fuera de su horario.",
        ),
        (
            "14. Reclamaciones.",
            "Puede reclamar ante la Inspección de Trabajo o su consulado sin "
            "sufrir represalias ni perder futuras contrataciones.",
        ),
    ]
    with d.text_columns(ncols=2, gutter=20, text_align="L", balance=True) as cols:
        for lead, body in clauses:
            with cols.paragraph(bottom_margin=7, line_height=1.25) as par:
                d.set_font("ls", "B", 10)
                par.write(lead + " ")
                d.set_font("ls", "", 10)
                par.write(body)
    d.ln(14)
    d.P(
        "Las partes firman por duplicado en San Pedro Sula, el 10 de noviembre de 2026.",
        10,
        "",
        "ls",
        after=8,
    )
    d.grid(
        [
            ("Por la empresa", "La trabajadora"),
            (
                "\n\n____________________________\nMaría Inmaculada Rengel Ortiz, apoderada",
                "\n\n____________________________\nDunia Marisela Hernández Castro",
            ),
        ],
        (249, 250),
        size=9,
        font="ls",
        bold_first_col=False,
        head_fill=(214, 234, 218),
    )
    d.add_page()
    d.set_y(50)
    d.P("ANEXO — CALENDARIO DE PAGOS Y CONTACTOS ÚTILES", 12, "B", "ls", color=green, after=8)
    d.grid(
        [
            ("Mes trabajado", "Fecha límite de pago de la nómina"),
            ("Enero de 2027 (desde el día 15)", "5 de febrero de 2027"),
            ("Febrero de 2027", "5 de marzo de 2027"),
            ("Marzo de 2027", "5 de abril de 2027"),
            ("Abril de 2027", "5 de mayo de 2027"),
            ("Mayo de 2027", "5 de junio de 2027"),
            ("Junio de 2027 (hasta el día 15)", "Liquidación final el último día de trabajo"),
        ],
        (250, 249),
        size=9.5,
        font="ls",
        head_fill=(214, 234, 218),
        zebra=(244, 250, 245),
    )
    d.ln(14)
    d.grid(
        [
            ("Contacto", "Para qué"),
            (
                "Oficina de personal de la finca, tel. +34 959 000 418",
                "Dudas sobre su nómina, horario o alojamiento.",
            ),
            (
                "Inspección de Trabajo y Seguridad Social de Huelva",
                "Reclamaciones sobre salario, jornada o trato.",
            ),
            (
                "Consulado de Honduras (atención a trabajadores temporeros)",
                "Pasaporte, documentos y orientación.",
            ),
            (
                "Agencia de Empleo Valle de Sula, S. de R.L., tel. +504 2516 0112",
                "Seguimiento del programa desde Honduras.",
            ),
        ],
        (250, 249),
        size=9.5,
        font="ls",
        head_fill=(214, 234, 218),
    )


# ======================================================================================
# av09: H-2B, Spanish (Mexico), offer letter + cost annex table
# ======================================================================================
@document(
    file="av09.pdf",
    program="h2b",
    language="es",
    doc_type="offer_letter",
    layout="letter; letterhead with rule; offer terms as keyed paragraphs on p.1; p.2 ANEXO A "
    "3-column gridded cost table (Concepto | ¿Quién paga? | Detalle) with acceptance line",
    pages=2,
    scanned=False,
    title="Carta oferta H-2B - Magnolia Crest",
    recruiters=["Consultores en Movilidad Laboral del Noreste, S.C."],
    present=[
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
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
    traps=[
        "agency fees covered by the employer (row 1, 'EL PATRÓN')",
        "MRV visa fee reimbursed in the first check",
        "tools and protective gear without cost or deposit",
        "return bus paid by the employer",
    ],
)
def build_av09(d):
    navy = (28, 52, 98)
    d.set_margins(64, 50, 64)
    d.set_auto_page_break(True, 56)

    def hdr(p):
        p.set_xy(64, 34)
        p.set_font("dvs", "B", 12)
        p.set_text_color(*navy)
        p.cell(0, 15, "CONSULTORES EN MOVILIDAD LABORAL DEL NORESTE, S.C.")
        p.set_xy(64, 50)
        p.set_font("dvs", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.cell(
            0,
            10,
            "Av. Constitución 2150 Ote., piso 3, Col. Centro, Monterrey, N.L.  ·  "
            "Tel. 81 8342 7719",
        )
        p.set_text_color(0, 0, 0)
        p.hline(66, color=navy, width=1.2)
        p.set_y(80)

    def ftr(p):
        p.set_y(-36)
        p.set_font("dvs", "I", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 10, f"Oferta CML-H2B-26-0871  ·  hoja {p.page_no()} de 2", align="R")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.P("Monterrey, N.L., a 8 de enero de 2026", 9.5, "", "dvs", align="R", after=8)
    d.P(
        "C. José Guadalupe Treviño Salas\nCadereyta Jiménez, Nuevo León\nPresente",
        9.5,
        "B",
        "dvs",
        after=8,
    )
    d.P("Asunto: Oferta de empleo temporal con visa H-2B", 9.5, "B", "dvs", after=8)
    d.P(
        "En Consultores en Movilidad Laboral del Noreste, S.C., por encargo de Magnolia Crest "
        "Landscape Services LLC, con domicilio en 4410 Old Settlers Road, Round Rock, Texas 78665, "
        "Estados Unidos, le comunicamos la siguiente oferta de empleo temporal:",
        9.5,
        "",
        "dvs",
        lh=13,
        after=6,
    )
    items = [
        (
            "Puesto:",
            "trabajador de jardinería y mantenimiento de áreas verdes: cortar pasto, "
            "podar arbustos, plantar, colocar mantillo y operar sopladoras y "
            "desbrozadoras.",
        ),
        (
            "Lugar:",
            "propiedades comerciales y residenciales atendidas por la empresa en Round "
            "Rock, Georgetown y Austin, Texas.",
        ),
        ("Periodo:", "del 2 de marzo al 20 de noviembre de 2026."),
        ("Horario:", "40 horas a la semana, de lunes a viernes, de 7:00 a 15:30."),
        (
            "Salario:",
            "$17.25 dólares por hora; si durante el contrato se publica un salario "
            "prevaleciente o mínimo más alto, se le pagará el más alto desde su entrada "
            "en vigor.",
        ),
        (
            "Horas extra:",
            "cuando las haya, se pagan a $25.88 por hora (tiempo y medio) después de "
            "40 horas semanales.",
        ),
        ("Pago:", "cada dos semanas, los viernes."),
        ("Descuentos:", "solo los impuestos federales y el Seguro Social que exige la ley."),
        (
            "Requisitos:",
            "tres meses de experiencia en jardinería; no se requiere licencia de manejo.",
        ),
        (
            "Terminación:",
            "el patrón solo puede despedir por causa justificada; si el trabajador "
            "falta cinco días seguidos sin avisar, se considera que abandonó el "
            "empleo y se notificará al Departamento de Trabajo.",
        ),
        (
            "Fuerza mayor:",
            "si un huracán, una inundación u otra causa ajena al patrón impide "
            "continuar, el contrato podrá terminar antes con aviso al Departamento "
            "de Trabajo, y el patrón pagará lo ganado y el regreso a Monterrey.",
        ),
    ]
    for k, v in items:
        d.P(f"**{k}** {v}", 9.5, "", "dvs", lh=13, md=True, after=4)
    d.ln(4)
    d.P(
        "Los costos del proceso se detallan en el Anexo A, que forma parte de esta oferta.",
        9.5,
        "",
        "dvs",
        lh=13,
        after=14,
    )
    d.P(
        "Atentamente,\n\n\nLic. Brenda Garza Cantú\nCoordinadora de Reclutamiento",
        9.5,
        "",
        "dvs",
        lh=13,
        after=0,
    )

    d.add_page()
    d.P("ANEXO A — DESGLOSE DE COSTOS DEL PROCESO", 11, "B", "dvs", align="C", color=navy, after=10)
    rows = [
        ("Concepto", "¿Quién paga?", "Detalle"),
        (
            "Honorarios de la agencia reclutadora",
            "EL PATRÓN",
            "Cubiertos en su totalidad por el patrón; al trabajador no se le cobran.",
        ),
        (
            "Cuota de servicio administrativo (solicitud DS-160, agenda de cita, copias y "
            "mensajería)",
            "EL TRABAJADOR",
            d.fee(
                "recruitment_fee",
                2,
                "El trabajador cubre cuatro mil quinientos pesos ($4,500.00 M.N.) al firmar esta "
                "carta, en la oficina de la agencia.",
                4500,
                "MXN",
            ),
        ),
        (
            "Derecho de visa (MRV)",
            "EL PATRÓN",
            "El patrón lo reembolsa completo en el primer cheque.",
        ),
        (
            "Examen médico y antidoping",
            "EL TRABAJADOR",
            d.fee(
                "medical_cost",
                2,
                "El examen médico y el antidoping del laboratorio designado cuestan mil trescientos "
                "cincuenta pesos ($1,350.00 M.N.) y los paga el trabajador.",
                1350,
                "MXN",
            ),
        ),
        (
            "Traslado a la cita consular y viaje a Round Rock",
            "EL TRABAJADOR",
            d.fee(
                "travel_cost",
                2,
                "El autobús a Monterrey, las dos noches de hotel para la cita consular y el "
                "autobús a Round Rock corren por cuenta del trabajador y no se reembolsan.",
            ),
        ),
        (
            "Herramientas y equipo de protección",
            "EL PATRÓN",
            "Se entregan sin costo y sin depósito.",
        ),
        (
            "Regreso a México",
            "EL PATRÓN",
            "El patrón paga el autobús de regreso a Monterrey al terminar el contrato.",
        ),
    ]
    d.grid(
        rows, (150, 82, 252), size=9, font="dvs", head_fill=(214, 222, 238), zebra=(246, 248, 252)
    )
    d.ln(26)
    d.P("Acepto las condiciones de esta oferta y de su Anexo A.", 9.5, "", "dvs", after=30)
    d.P("______________________________\nJosé Guadalupe Treviño Salas", 9.5, "", "dvs", after=0)


# ======================================================================================
# av10: H-2B, English, job order, COMPLIANT
# ======================================================================================
@document(
    file="av10.pdf",
    program="h2b",
    language="en",
    doc_type="job_order",
    layout="letter; blue header band; gridded key-terms table on p.1; p.2 'Our promises' in "
    "TWO COLUMNS with bold leads; signature lines",
    pages=2,
    scanned=False,
    title="H-2B Job Order - Osage Cove Lodge & Marina",
    recruiters=["Camino Derecho Reclutamiento, S.C."],
    present="ALL",
    traps=[
        "'collect boat launch fees from guests' is a job duty, not a worker fee",
        "recruiter paid by the employer; nobody may charge the worker (negated recruitment fee)",
        "free dormitory room, no rent or deposit",
        "uniforms and supplies free, no deposit",
        "'direct deposit' is the pay method",
        "visa and border-crossing fees reimbursed in first workweek",
        "inbound travel reimbursed in first workweek",
        "no curfew; free to come and go (negated movement restriction)",
        "worker keeps passport",
        "free staff meal each shift",
    ],
)
def build_av10(d):
    blue = (24, 70, 140)

    def hdr(p):
        p.band(0, 34, blue)
        p.set_xy(54, 11)
        p.set_font("dv", "B", 9)
        p.set_text_color(255, 255, 255)
        p.cell(
            0,
            12,
            "OSAGE COVE LODGE & MARINA LLC  |  H-2B Job Order 2026  |  Case H-400-26008-771093",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(52)

    def ftr(p):
        p.set_y(-34)
        p.set_font("dv", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 10, f"Worker copy - page {p.page_no()} of 2", align="C")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.set_margins(54, 52, 54)
    d.set_auto_page_break(True, 48)
    d.add_page()
    d.P(
        "JOB ORDER AND WORK CONTRACT — H-2B TEMPORARY NON-AGRICULTURAL WORK",
        12.5,
        "B",
        "dv",
        color=blue,
        after=4,
    )
    d.P(
        "Read this before your visa interview. You will receive it in Spanish and in English.",
        9,
        "I",
        "dv",
        after=8,
    )
    rows = [
        ("Item", "Terms"),
        (
            "Employer",
            "Osage Cove Lodge & Marina LLC, 1180 Lakeshore Drive, Osage Beach, "
            "Missouri 65065. Phone (573) 555-0148.",
        ),
        (
            "Job",
            "Housekeeper (room attendant): clean guest rooms and cabins, make beds, restock "
            "linens and amenities, vacuum, clean bathrooms and push laundry carts. Some room "
            "attendants also help at the marina store, where they collect boat launch fees "
            "from guests.",
        ),
        (
            "Place of work",
            "1180 Lakeshore Drive, Osage Beach, MO 65065, including the 14 guest "
            "cabins on the same property.",
        ),
        ("Dates", "April 6, 2026 to October 4, 2026."),
        (
            "Hours",
            "35 hours per week: 8:00 a.m. to 3:30 p.m. with an unpaid 30-minute lunch, "
            "five days a week; days off rotate.",
        ),
        ("Pay", "$15.42 per hour."),
        (
            "Overtime",
            "Overtime is sometimes available and is paid at $23.13 per hour (1.5 times "
            "the base rate) for hours over 40 in a workweek.",
        ),
        ("Paydays", "Every other Friday (bi-weekly), by direct deposit or paycheck."),
        (
            "Deductions",
            "Federal and Missouri income tax, Social Security and Medicare; other "
            "deductions only with your written permission. No deductions for "
            "housing, tools or uniforms.",
        ),
        (
            "Requirements",
            "No experience required. Must be able to lift 25 pounds and stand for "
            "most of the shift.",
        ),
        (
            "Housing",
            "Free dormitory rooms at 1200 Lakeshore Drive for workers who want them: no "
            "rent, no utilities, no deposit.",
        ),
        ("Meals", "A free staff meal is served during each shift."),
    ]
    d.grid(rows, (96, 408), size=9, font="dv", zebra=(240, 245, 252), head_fill=(205, 220, 242))
    d.ln(8)
    d.P(
        "We recruit in Mexico through Camino Derecho Reclutamiento, S.C. (San Luis Potosí). We "
        "pay all of its fees. Neither the recruiter nor anyone else may charge you any fee, "
        "deposit or payment for this job.",
        9,
        "",
        "dv",
        lh=12.5,
        after=0,
    )

    d.add_page()
    d.P("OUR PROMISES TO YOU", 12, "B", "dv", color=blue, after=6)
    promises = [
        (
            "Highest wage.",
            "If a higher prevailing wage or a higher federal, state or local "
            "minimum wage takes effect during the contract, we pay the higher rate from its "
            "effective date.",
        ),
        (
            "Three-fourths guarantee.",
            "We guarantee to offer you work for at least three-fourths "
            "of the workdays in each 12-week period of the contract (6-week period if the contract "
            "is shorter than 120 days). If we offer less, we pay you for the missing hours.",
        ),
        (
            "Trip here.",
            "We pay your bus or plane fare from the place you were recruited to Osage "
            "Beach, plus daily meals and lodging on the way, in your first workweek, or we buy the "
            "ticket for you in advance.",
        ),
        (
            "Visa costs.",
            "We reimburse your visa application fee, visa processing fee and "
            "border-crossing fee in your first workweek.",
        ),
        (
            "Trip home.",
            "If you finish the contract, or if we dismiss you early for any reason "
            "other than cause, we pay your return trip and meals to the place you were recruited.",
        ),
        (
            "Tools and uniforms.",
            "All cleaning supplies, carts, gloves and two uniforms are "
            "provided free, and replacements for normal wear are free. No deposit is ever taken.",
        ),
        (
            "Pay stubs.",
            "Each payday you get a statement showing hours offered, hours worked, "
            "rate, gross pay, each deduction and net pay.",
        ),
        (
            "Quitting and dismissal.",
            "We dismiss only for cause, explained to you in writing. If "
            "you miss five consecutive working days without permission, we may treat it as "
            "abandonment and will notify the Department of Labor and DHS within two working days.",
        ),
        (
            "If the work becomes impossible.",
            "If a fire, flood, storm or other event beyond our "
            "control makes the work impossible, we may end the contract early with the approval of "
            "the Department of Labor; we still pay the three-fourths guarantee up to that date and "
            "your trip home.",
        ),
        (
            "Your freedom.",
            "Your passport stays with you. There is no curfew: you may come and go "
            "freely and receive visitors. We never punish or blacklist anyone for complaining or "
            "asking for help.",
        ),
    ]
    with d.text_columns(ncols=2, gutter=20, text_align="L", balance=True) as cols:
        for lead, body in promises:
            with cols.paragraph(bottom_margin=6, line_height=1.22) as par:
                d.set_font("dv", "B", 8.8)
                par.write(lead + " ")
                d.set_font("dv", "", 8.8)
                par.write(body)
    d.ln(18)
    y = d.get_y()
    for x, who in ((54, "For the employer: Marlene Huckstep, HR Director"), (320, "Worker")):
        d.hline(y + 24, x, x + 230, color=(0, 0, 0))
        d.set_xy(x, y + 28)
        d.set_font("dv", "", 8.5)
        d.cell(230, 11, who)


# ======================================================================================
# av11: generic (Jamaica -> Canada), English placement agreement
# ======================================================================================
@document(
    file="av11.pdf",
    program="generic",
    language="en",
    doc_type="recruiter_agreement",
    layout="A4; serif letterhead; numbered clauses with lettered sub-items; p.2 'Schedule 1' "
    "gridded payments table; three-party signature grid",
    pages=2,
    scanned=False,
    title="Placement Services Agreement - Blue Mountain Overseas Placement",
    recruiters=["Blue Mountain Overseas Placement Ltd."],
    present=[
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "deductions",
        "termination",
    ],
    traps=[
        "no placement fee; agency fee paid by employer (negated recruitment fee)",
        "statutory CPP / EI deductions (not insurance_cost)",
        "one-way airfare to Canada paid by employer",
        "worker keeps passport and work permit",
        "'direct deposit' is the pay method (and gives no pay frequency)",
        "Schedule 1 'Placement fee: Nil' row",
    ],
)
def build_av11(d):
    dark = (40, 60, 40)

    def ftr(p):
        p.set_y(-32)
        p.set_font("lsr", "I", 8)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            10,
            f"BMOP/PSA/2027/0093  —  page {p.page_no()} of 2  —  Worker's initials: ____",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.set_margins(64, 48, 64)
    d.set_auto_page_break(True, 46)
    d.add_page()
    d.P("BLUE MOUNTAIN OVERSEAS PLACEMENT LTD.", 15, "B", "lsr", color=dark, align="C", after=0)
    d.P(
        "14 Hagley Park Road, Kingston 10, Jamaica  ·  Employment Agency Licence No. EA-0387",
        8.5,
        "",
        "lsr",
        align="C",
        after=4,
    )
    d.hline(color=dark, width=1.2)
    d.ln(10)
    d.P("PLACEMENT SERVICES AGREEMENT AND TERMS OF EMPLOYMENT", 12, "B", "lsr", align="C", after=8)
    d.P(
        "This Agreement is made on 11 January 2027 between Blue Mountain Overseas Placement Ltd. "
        "(“the Agency”), Dwayne Oneil Barrett of Lot 22, Church Street, May Pen, Clarendon, "
        "passport no. A41178302 (“the Worker”), and, as to the terms of employment in Clause 3, "
        "Fraser Valley Poultry Processors Ltd., 2215 Industrial Crescent, Abbotsford, British "
        "Columbia V2T 5X8, Canada (“the Employer”).",
        10,
        "",
        "lsr",
        lh=13.5,
        after=8,
    )

    def C(lead, body, after=6):
        d.P(f"**{lead}** {body}", 10, "", "lsr", lh=13.5, md=True, after=after)

    def S(letter, body):
        d.set_x(84)
        d.P(f"({letter}) {body}", 10, "", "lsr", lh=13.5, after=2, x=84)

    C(
        "1. Services.",
        "The Agency will present the Worker to the Employer, assist with the work "
        "permit application and arrange the Worker's travel to Canada.",
    )
    C(
        "2. No placement fee.",
        "The Agency does not charge the Worker a placement fee; its fee is paid by the Employer.",
    )
    C("3. Terms of employment.", "The Employer offers the Worker the following terms:", after=2)
    S(
        "a",
        "Position: general labourer, poultry processing: hang, debone, trim and package poultry "
        "on a moving line, and clean the work area at the end of each shift.",
    )
    S(
        "b",
        "Place of work: the Employer's plant at 2215 Industrial Crescent, Abbotsford, British "
        "Columbia.",
    )
    S("c", "Period: 24 months, from 2 March 2027 to 1 March 2029.")
    S(
        "d",
        "Hours: 40 hours a week, 8 hours a day, Monday to Friday, on the day shift (6:00 to "
        "14:30) or the evening shift (14:30 to 23:00).",
    )
    S("e", "Wage: CAD 19.25 per hour.")
    S("f", "Payment: wages are paid by direct deposit into the Worker's Canadian bank account.")
    S(
        "g",
        "Deductions: Canadian income tax, Canada Pension Plan contributions and Employment "
        "Insurance premiums only, as required by law.",
    )
    S(
        "h",
        "Travel: the Employer pays the Worker's one-way airfare from Kingston to Vancouver and "
        "the ground transfer to Abbotsford.",
    )
    S(
        "i",
        "Termination: either party may end the employment with two weeks' written notice; the "
        "Employer may dismiss without notice only for just cause under the British Columbia "
        "Employment Standards Act.",
    )
    d.ln(4)
    C(
        "4. Pre-departure orientation.",
        d.fee(
            "training_cost",
            1,
            "The Worker shall attend the Agency's five-day pre-departure orientation and food-safety "
            "course and shall pay the course fee of eighteen thousand Jamaican dollars (JMD 18,000) "
            "before the course begins.",
            18000,
            "JMD",
        ),
    )
    C(
        "5. Work permit.",
        d.fee(
            "visa_cost",
            1,
            "The Worker shall bear the Canadian work permit processing fee and the biometrics fee, a "
            "total of CAD 240, which the Agency will pay on the Worker's behalf and recover from the "
            "Worker before departure.",
            240,
            "CAD",
        ),
    )

    d.add_page()
    C(
        "6. Compliance bond.",
        d.fee(
            "deposit_or_bond",
            2,
            "As security for the completion of the contract, the Worker shall lodge with the Agency "
            "a compliance bond of JMD 75,000, or two post-dated cheques for that sum, to be returned "
            "within 30 days after the Worker comes back to Jamaica.",
            75000,
            "JMD",
        ),
    )
    C("7. Passport.", "The Worker keeps his passport and work permit at all times.")
    C(
        "8. Complaints.",
        d.fee(
            "blacklisting_threat",
            2,
            "A Worker who complains to the Canadian authorities or to any outside organisation "
            "without first going through the Agency will be placed on the Agency's "
            "non-recommendation list and will not be offered future placements.",
        ),
    )
    C("9. Governing law.", "This Agreement is governed by the laws of Jamaica.")
    d.ln(6)
    d.P("SCHEDULE 1 — SUMMARY OF PAYMENTS BY THE WORKER", 10.5, "B", "lsr", after=4)
    d.grid(
        [
            ("Item", "Amount", "When"),
            ("Placement fee", "Nil (paid by the Employer)", "—"),
            ("Orientation and food-safety course (clause 4)", "JMD 18,000", "Before the course"),
            ("Work permit and biometrics, recovered (clause 5)", "CAD 240", "Before departure"),
            ("Compliance bond, returnable (clause 6)", "JMD 75,000", "At signing"),
        ],
        (240, 130, 97),
        size=9,
        font="lsr",
        head_fill=(222, 232, 222),
    )
    d.ln(18)
    d.grid(
        [
            ("For the Agency", "The Worker", "For the Employer"),
            (
                "\n\n_____________________\nSheryl-Ann McKenzie, Director",
                "\n\n_____________________\nDwayne Oneil Barrett",
                "\n\n_____________________\nGordon Lindqvist, Plant Manager",
            ),
        ],
        (156, 156, 155),
        size=8.5,
        font="lsr",
        bold_first_col=False,
        head_fill=(222, 232, 222),
    )


# ======================================================================================
# av12: H-2A, English, work contract + camp rules (two columns)
# ======================================================================================
@document(
    file="av12.pdf",
    program="h2a",
    language="en",
    doc_type="work_contract",
    layout="letter; plain typed contract, numbered terms on p.1; p.2 'Camp and orchard rules' "
    "boxed, in TWO COLUMNS; acknowledgement signature lines",
    pages=2,
    scanned=False,
    title="H-2A Work Contract 2026 - Sawtooth Ridge Orchards",
    recruiters=[],
    present=[
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
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "termination",
        "job_requirements",
    ],
    traps=[
        "rent-free housing, no utilities or deposit (h2a)",
        "gloves, hard hats and safety glasses free",
        "voluntary passport lock-box with the worker's own key (not retention)",
        "camp store purchases voluntary, cash, never deducted",
        "'Do not feed the camp dogs' ('feed')",
        "quiet hours are not a curfew",
        "'Meals: details will be given on arrival' has no concrete value (meals missing)",
    ],
)
def build_av12(d):
    def ftr(p):
        p.set_y(-34)
        p.set_font("lm", "", 7.5)
        p.cell(0, 10, f"SRO-H2A-2026 rev.2          page {p.page_no()}/2", align="C")

    d.ftr = ftr
    d.set_margins(60, 48, 60)
    d.set_auto_page_break(True, 46)
    d.add_page()
    d.P("SAWTOOTH RIDGE ORCHARDS, LLC", 13, "B", "ls", after=0)
    d.P(
        "3890 Canal Bench Road, Wenatchee, Washington 98801  ·  (509) 555-0163",
        8.5,
        "",
        "ls",
        after=6,
    )
    d.hline(color=(0, 0, 0), width=1)
    d.ln(8)
    d.P("H-2A WORK CONTRACT — 2026 APPLE HARVEST", 11.5, "B", "ls", after=2)
    d.P(
        "Worker: Fidencio Lara Montes        Crew: 7        Job order: WA-2026-11873",
        9,
        "",
        "ls",
        after=8,
    )
    terms = [
        "Employer: Sawtooth Ridge Orchards, LLC, 3890 Canal Bench Road, Wenatchee, Washington "
        "98801.",
        "Job: apple harvest worker. Pick apples by hand from ladders into picking bags, empty the "
        "bags into bins, and do pruning, thinning and general orchard work between picks.",
        "Where: orchard blocks in Chelan and Douglas Counties, Washington (block list on the camp "
        "map).",
        "Season: August 17, 2026 to November 13, 2026.",
        "Hours: 40 hours per week, 7:00 a.m. to 3:30 p.m., Monday through Friday; Saturday work "
        "is voluntary.",
        "Pay: $19.82 per hour, or $32.00 per bin when that earns more for the pay period. If a "
        "higher AEWR or minimum wage takes effect during the season, the higher rate is paid from "
        "that date.",
        "Payday: every Thursday (weekly).",
        "Deductions: federal income tax only if the worker asks for it in writing, and the "
        "charges listed in the camp rules on page 2.",
        "Three-fourths guarantee: we guarantee you an offer of work for at least 3/4 of the "
        "workdays of the season, or we pay the difference.",
        "Housing: free housing in the Canal Bench camp, 3910 Canal Bench Road, Wenatchee; no "
        "rent, no utilities, no deposit.",
        "Meals: details will be given on arrival.",
        "Travel: your bus fare from Nogales and meals on the road are reimbursed when you finish "
        "half the season (or sooner if the law requires); your trip home is paid when you finish "
        "the season. A free bus runs between the camp and the orchard blocks every workday.",
        "Tools and gear: gloves, hard hats and safety glasses are provided free of charge.",
        "Injuries: workers' compensation insurance through the Washington State Department of "
        "Labor & Industries, paid by the employer.",
        "Quitting and firing: we may fire a worker only for cause, explained in writing; a worker "
        "who misses five workdays in a row without notice is considered to have abandoned the "
        "job.",
        "Requirements: one season of tree-fruit harvest experience; able to climb a 12-foot "
        "ladder carrying a full bag of about 40 pounds.",
        "Early departure: "
        + d.fee(
            "breach_penalty",
            1,
            "A worker who leaves the orchard before the end of the contract forfeits his last two "
            "weeks of pay as liquidated damages for the cost of replacing him.",
        ),
    ]
    for i, t in enumerate(terms, 1):
        d.set_font("ls", "", 9.5)
        y = d.get_y()
        d.set_xy(60, y)
        d.cell(20, 13, f"{i}.")
        d.set_xy(80, y)
        d.multi_cell(d.w - 140, 13, t, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(3)

    d.add_page()
    d.P("CAMP AND ORCHARD RULES", 12, "B", "ls", align="C", after=2)
    d.P(
        "(part of the contract; read to each crew in Spanish on arrival)",
        8.5,
        "I",
        "ls",
        align="C",
        after=10,
    )
    top = d.get_y()
    rules = [
        "Quiet hours in the bunkhouses are from 10:00 p.m. to 5:00 a.m.",
        "Your passport is yours: the company will never hold it. If you wish, you may keep it in "
        "a locked box in the office to which only you have the key.",
        d.fee(
            "movement_restriction",
            2,
            "Workers may not leave the camp after 9:00 p.m. or on Sundays without a written "
            "pass from the camp supervisor.",
        ),
        d.fee(
            "equipment_charge",
            2,
            "Each picker receives a picking bag, a ladder and a pair of pruning shears after "
            "leaving a $60 equipment deposit, which is returned when the equipment is turned in "
            "at the end of the season.",
            60,
            "USD",
        ),
        d.fee(
            "damage_chargeback",
            2,
            "A worker who damages a tractor, bin trailer or other farm machinery by ignoring "
            "safety instructions will be charged the repair cost, up to $200 per incident.",
            200,
            "USD",
        ),
        "The camp store sells snacks and phone cards; purchases are voluntary, paid in cash and "
        "never deducted from pay.",
        "No alcohol in the orchard blocks. Do not feed the camp dogs.",
        "Report any injury to your crew leader the same day, even if it seems small.",
        "Visitors are welcome in the common room until 9:00 p.m.",
        "Keep ladders off the irrigation lines and never stand on the top step.",
    ]
    d.set_left_margin(72)
    d.set_right_margin(72)
    d.set_x(72)
    with d.text_columns(ncols=2, gutter=26, text_align="L", balance=True) as cols:
        for i, r in enumerate(rules, 1):
            with cols.paragraph(bottom_margin=7, line_height=1.25) as par:
                d.set_font("ls", "B", 9.5)
                par.write(f"R{i}. ")
                d.set_font("ls", "", 9.5)
                par.write(r)
    bottom = d.get_y() + 6
    d.set_draw_color(80, 80, 80)
    d.set_line_width(0.8)
    d.rect(62, top - 6, d.w - 124, bottom - top + 8)
    d.set_left_margin(60)
    d.set_right_margin(60)
    d.set_y(bottom + 30)
    d.P(
        "I have received this contract and the camp rules in a language I understand.",
        9.5,
        "",
        "ls",
        after=26,
    )
    y = d.get_y()
    for x, who in (
        (60, "Worker: Fidencio Lara Montes"),
        (330, "For the employer: Travis Oyler, Orchard Manager"),
    ):
        d.hline(y, x, x + 220, color=(0, 0, 0))
        d.set_xy(x, y + 4)
        d.set_font("ls", "", 8.5)
        d.cell(220, 11, who)


# --------------------------------------------------------------------------------------
# labels, build, verify
# --------------------------------------------------------------------------------------
def label_for(spec, fees):
    req = required_terms(spec["program"])
    present = req if spec["present"] == "ALL" else spec["present"]
    bad = [t for t in present if t not in req]
    assert not bad, (spec["file"], "present terms not required for program", bad)
    missing = [t for t in req if t not in present]
    return {
        "file": spec["file"],
        "program": spec["program"],
        "language": spec["language"],
        "scanned": spec["scanned"],
        "pages": spec["pages"],
        "fees": fees,
        "missing_terms": missing,
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
    }


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Text variants of a page: whole page, column halves, table cells."""
    out = [page.extract_text() or ""]
    W, H = page.width, page.height
    halves = [
        page.within_bbox(bbox).extract_text() or "" for bbox in ((0, 0, W / 2, H), (W / 2, 0, W, H))
    ]
    out += halves
    try:
        for table in page.extract_tables():
            for row in table:
                for cell in row:
                    if cell:
                        out.append(cell)
    except Exception:  # pragma: no cover
        pass
    return [norm(t) for t in out]


def verify(out_dir, labels):
    errors = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, 1):
                if i in scanned:
                    if page.chars:
                        errors.append(f"{lab['file']} p{i}: scanned page has a text layer")
                    if not page.images:
                        errors.append(f"{lab['file']} p{i}: scanned page has no image")
                    texts[i] = []
                else:
                    texts[i] = page_texts(page)
                    if not page.chars:
                        errors.append(f"{lab['file']} p{i}: no text on a non-scanned page")
            for f in lab["fees"]:
                if f["category"] not in CATEGORIES:
                    errors.append(f"{lab['file']}: bad category {f['category']}")
                if f["page"] in scanned:
                    continue
                q = norm(f["quote"])
                if not any(q in t for t in texts.get(f["page"], [])):
                    where = [i for i, ts in texts.items() if any(q in t for t in ts)]
                    errors.append(
                        f"{lab['file']}: quote not on p{f['page']} (found on {where}): "
                        f"{f['quote'][:70]}..."
                    )
            alltext = " ".join(t for ts in texts.values() for t in ts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{lab['file']}: recruiter not printed: {r}")
    return errors


def ocr_check(out_dir, labels):
    """Soft check: OCR the scanned pages and report similarity with the labelled quote."""
    import difflib

    try:
        import pypdfium2
        import pytesseract
    except ImportError:
        return
    for lab in labels:
        for pno in lab["scanned"] or []:
            doc = pypdfium2.PdfDocument(os.path.join(out_dir, lab["file"]))
            img = doc[pno - 1].render(scale=200 / 72).to_pil()
            try:
                txt = norm(pytesseract.image_to_string(img, lang="spa"))
            except Exception as e:  # tesseract missing: not an error
                print(f"  (ocr skipped: {e})")
                return
            for f in lab["fees"]:
                if f["page"] == pno:
                    sm = difflib.SequenceMatcher(None, norm(f["quote"]), txt)
                    m = sm.find_longest_match(0, len(norm(f["quote"])), 0, len(txt))
                    print(
                        f"  ocr {lab['file']} p{pno}: longest exact run {m.size}/"
                        f"{len(norm(f['quote']))} chars of the {f['category']} quote"
                    )


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for spec in DOCS:
        size = {
            "av02": "phone",
            "av03": "a4",
            "av05": "a5",
            "av06": "a4",
            "av07": "legal",
            "av08": "a4",
            "av11": "a4",
        }.get(spec["file"][:4], "letter")
        d = Doc(spec, size)
        spec["build"](d)
        d.output(os.path.join(out_dir, spec["file"]))
        labels.append(label_for(spec, d.fees))
        print(f"wrote {spec['file']}: {d.page_no()} pages, {len(d.fees)} fee labels")
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    folder_labels = os.path.join(HERE, "labels.json")
    errors = []
    if "--write-labels" in argv:
        with open(folder_labels, "w", encoding="utf-8") as fh:
            fh.write(text)
    elif not os.path.exists(folder_labels) or open(folder_labels, encoding="utf-8").read() != text:
        errors.append(
            "labels.json next to build.py differs from the generated labels "
            "(run with --write-labels after reviewing)"
        )
    errors += verify(out_dir, labels)
    ocr_check(out_dir, labels)
    if errors:
        print("VERIFY FAILED:")
        for e in errors:
            print("  -", e)
        return 1
    n = sum(len(lab["fees"]) for lab in labels)
    print(f"verified {len(labels)} documents, {n} fee labels: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
