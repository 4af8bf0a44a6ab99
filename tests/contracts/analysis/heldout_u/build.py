"""Build the blind held-out batch "u": 12 contract PDFs plus labels.json.

Usage: python tests/contracts/analysis/heldout_u/build.py OUT_DIR
"""

import io
import json
import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
FONTS = {
    "sans": (
        DEJAVU + "DejaVuSans.ttf",
        DEJAVU + "DejaVuSans-Bold.ttf",
        DEJAVU + "DejaVuSans-Oblique.ttf",
    ),
    "serif": (
        DEJAVU + "DejaVuSerif.ttf",
        DEJAVU + "DejaVuSerif-Bold.ttf",
        DEJAVU + "DejaVuSerif-Italic.ttf",
    ),
    "cond": (
        DEJAVU + "DejaVuSansCondensed.ttf",
        DEJAVU + "DejaVuSansCondensed-Bold.ttf",
        DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
    ),
    "noto": (
        NOTO + "NotoSans-Regular.ttf",
        NOTO + "NotoSans-Bold.ttf",
        NOTO + "NotoSans-Italic.ttf",
    ),
    "mono": (
        DEJAVU + "DejaVuSansMono.ttf",
        DEJAVU + "DejaVuSansMono-Bold.ttf",
        DEJAVU + "DejaVuSansMono-Oblique.ttf",
    ),
}
CREATED = datetime(2025, 9, 15, 10, 0, 0, tzinfo=UTC)
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


class Fee:
    """A labelled finding embedded in the text; its page is recorded when rendered."""

    def __init__(self, text, cat, amount=None, cur=None, group=None, severity=None, quote=None):
        self.text, self.cat, self.amount, self.cur = text, cat, amount, cur
        self.group, self.severity, self.quote = group, severity, quote


def _join(parts):
    if isinstance(parts, (str, Fee)):
        parts = [parts]
    texts, fees = [], []
    for p in parts:
        if isinstance(p, Fee):
            texts.append(p.text)
            fees.append(p)
        else:
            texts.append(p)
    return " ".join(texts), fees


class PDF(FPDF):
    head_text = None
    foot_text = None
    base_font = "sans"

    def header(self):
        if self.head_text:
            self.set_font(self.base_font, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(7)
            self.cell(0, 4, self.head_text, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 12, self.w - self.r_margin, 12)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 15))

    def footer(self):
        if self.foot_text:
            self.set_y(-11)
            self.set_font(self.base_font, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.foot_text.replace("{p}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)


class Doc:
    def __init__(
        self,
        name,
        program,
        language,
        doc_type,
        layout,
        fmt="Letter",
        font="sans",
        size=10,
        margin=18,
    ):
        self.name, self.program, self.language = name, program, language
        self.doc_type, self.layout = doc_type, layout
        self.font, self.size = font, size
        self.fees = []
        self.missing, self.recruiters, self.traps = [], [], []
        self.scanned = False
        pdf = PDF(format=fmt, unit="mm")
        pdf.base_font = font
        pdf.set_creation_date(CREATED)
        pdf.set_margins(margin, margin, margin)
        pdf.set_auto_page_break(True, margin=16)
        for fam, (r, b, i) in FONTS.items():
            pdf.add_font(fam, "", r)
            pdf.add_font(fam, "B", b)
            pdf.add_font(fam, "I", i)
        pdf.set_title(f"{name}")
        pdf.set_author("FairRecruit held-out batch u")
        self.pdf = pdf

    # -- helpers -------------------------------------------------------
    def new_page(self):
        self.pdf.add_page()
        self.pdf.set_font(self.font, "", self.size)

    def _rec(self, fees):
        for f in fees:
            self.fees.append((f, self.pdf.page))

    def lh(self, size=None):
        return (size or self.size) * 0.47

    def space(self, mm=2):
        self.pdf.ln(mm)

    def band(self, title, sub=None, color=(30, 80, 120), h=18):
        pdf = self.pdf
        y = pdf.get_y()
        pdf.set_fill_color(*color)
        pdf.rect(0, y - 4, pdf.w, h, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, y - 1)
        pdf.set_font(self.font, "B", 15)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        if sub:
            pdf.set_font(self.font, "", 9)
            pdf.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y - 4 + h + 4)
        pdf.set_font(self.font, "", self.size)

    def h(self, text, size=None, align="L", color=(0, 0, 0)):
        size = size or self.size + 2
        self.pdf.set_font(self.font, "B", size)
        self.pdf.set_text_color(*color)
        self.pdf.multi_cell(
            0, self.lh(size) + 0.6, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        self.pdf.set_text_color(0, 0, 0)
        self.pdf.set_font(self.font, "", self.size)
        self.space(1)

    def p(self, parts, size=None, style="", align="L", after=1.6, indent=0):
        text, fees = _join(parts)
        size = size or self.size
        pdf = self.pdf
        pdf.set_font(self.font, style, size)
        x = pdf.l_margin + indent
        pdf.set_x(x)
        pdf.multi_cell(
            pdf.w - pdf.r_margin - x,
            self.lh(size),
            text,
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_font(self.font, "", self.size)
        self._rec(fees)
        self.space(after)

    def labelled(self, label, parts, size=None, after=1.4):
        """Bold run-in label followed by text (label is its own line if long)."""
        size = size or self.size
        self.pdf.set_font(self.font, "B", size)
        self.pdf.multi_cell(0, self.lh(size), label, align="L", new_x="LMARGIN", new_y="NEXT")
        self.p(parts, size=size, after=after)

    def numbered(self, items, start=1, fmt="{}.", size=None, hang=8, after=1.5, marks=None):
        size = size or self.size
        pdf = self.pdf
        marks = marks or [fmt.format(i) for i in range(start, start + len(items))]
        for i, item in zip(marks, items):
            text, fees = _join(item)
            pdf.set_font(self.font, "B", size)
            y = pdf.get_y()
            if y + self.lh(size) * 2 > pdf.page_break_trigger:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(hang, self.lh(size), i)
            pdf.set_font(self.font, "", size)
            pdf.set_xy(pdf.l_margin + hang, y)
            pdf.multi_cell(0, self.lh(size), text, align="L", new_x="LMARGIN", new_y="NEXT")
            self._rec(fees)
            self.space(after)
        pdf.set_font(self.font, "", self.size)

    def bullets(self, items, size=None, bullet="\u2022", after=0.8):
        self.numbered(items, size=size, hang=5, after=after, marks=[bullet] * len(items))

    def qa(self, q, a, size=None):
        size = size or self.size
        self.pdf.set_font(self.font, "B", size)
        if self.pdf.get_y() + self.lh(size) * 3 > self.pdf.page_break_trigger:
            self.pdf.add_page()
        self.pdf.multi_cell(0, self.lh(size), q, align="L", new_x="LMARGIN", new_y="NEXT")
        self.p(a, size=size, after=2.0, indent=4)

    def table(
        self,
        rows,
        widths,
        grid=True,
        header=False,
        size=None,
        pad=1.3,
        shade=(225, 232, 240),
        bold_first=True,
    ):
        pdf = self.pdf
        size = size or self.size
        total = pdf.w - pdf.l_margin - pdf.r_margin
        ws = [total * w / sum(widths) for w in widths]
        lh = self.lh(size)
        for ri, row in enumerate(rows):
            cells = [_join(c) for c in row]
            is_head = header and ri == 0
            heights = []
            for ci, (text, _) in enumerate(cells):
                style = "B" if is_head or (bold_first and ci == 0) else ""
                pdf.set_font(self.font, style, size)
                lines = pdf.multi_cell(ws[ci] - 2 * pad, lh, text, dry_run=True, output="LINES")
                heights.append(len(lines) * lh + 2 * pad)
            rh = max(heights)
            if pdf.get_y() + rh > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            x = pdf.l_margin
            pdf.set_draw_color(120, 120, 120)
            for ci, (text, fees) in enumerate(cells):
                if is_head:
                    pdf.set_fill_color(*shade)
                    pdf.rect(x, y, ws[ci], rh, style="DF" if grid else "F")
                elif grid:
                    pdf.rect(x, y, ws[ci], rh)
                style = "B" if is_head or (bold_first and ci == 0) else ""
                pdf.set_font(self.font, style, size)
                pdf.set_xy(x + pad, y + pad)
                pdf.multi_cell(ws[ci] - 2 * pad, lh, text, align="L")
                self._rec(fees)
                x += ws[ci]
            if not grid and not is_head:
                pdf.set_draw_color(200, 200, 200)
                pdf.line(pdf.l_margin, y + rh, pdf.l_margin + total, y + rh)
            pdf.set_xy(pdf.l_margin, y + rh)
        pdf.set_font(self.font, "", self.size)
        self.space(3)

    def row_fee(self, fee):
        """A finding whose quote is a whole table row (already rendered)."""
        self.fees.append((fee, self.pdf.page))

    def columns(self, left, right, gap=8):
        """Render two callables side by side (must fit on the current page)."""
        pdf = self.pdf
        lm, rm = pdf.l_margin, pdf.r_margin
        colw = (pdf.w - lm - rm - gap) / 2
        y0 = pdf.get_y()
        pdf.set_auto_page_break(False)
        pdf.set_right_margin(pdf.w - lm - colw)
        left()
        y1 = pdf.get_y()
        pdf.set_left_margin(lm + colw + gap)
        pdf.set_right_margin(rm)
        pdf.set_xy(lm + colw + gap, y0)
        right()
        y2 = pdf.get_y()
        pdf.set_left_margin(lm)
        pdf.set_auto_page_break(True, margin=16)
        if max(y1, y2) > pdf.h - 14:
            raise SystemExit(f"{self.name}: column block overflows page {pdf.page}")
        pdf.set_xy(lm, max(y1, y2))

    def bilingual(self, pairs, size=None, gap=8, after=2.2, style=""):
        pdf = self.pdf
        size = size or self.size
        lh = self.lh(size)
        colw = (pdf.w - pdf.l_margin - pdf.r_margin - gap) / 2
        pdf.set_font(self.font, style, size)
        for en, es in pairs:
            (t1, f1), (t2, f2) = _join(en), _join(es)
            n = max(
                len(pdf.multi_cell(colw, lh, t1, dry_run=True, output="LINES")),
                len(pdf.multi_cell(colw, lh, t2, dry_run=True, output="LINES")),
            )
            if pdf.get_y() + n * lh > pdf.page_break_trigger:
                pdf.add_page()
                pdf.set_font(self.font, style, size)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.multi_cell(colw, lh, t1, align="L")
            pdf.set_xy(pdf.l_margin + colw + gap, y)
            pdf.multi_cell(colw, lh, t2, align="L")
            self._rec(f1 + f2)
            pdf.set_xy(pdf.l_margin, y + n * lh + after)
        pdf.set_font(self.font, "", self.size)

    def signatures(self, labels, fingerprint=False):
        pdf = self.pdf
        if pdf.get_y() + (48 if fingerprint else 30) > pdf.page_break_trigger:
            pdf.add_page()
        self.space(28 if fingerprint else 10)
        total = pdf.w - pdf.l_margin - pdf.r_margin
        n = len(labels) + (1 if fingerprint else 0)
        w = total / n
        y = pdf.get_y()
        for i, lab in enumerate(labels):
            x = pdf.l_margin + i * w
            pdf.line(x + 3, y, x + w - 6, y)
            pdf.set_xy(x + 3, y + 1)
            pdf.set_font(self.font, "", self.size - 1.5)
            pdf.multi_cell(w - 9, self.lh(self.size - 1.5), lab, align="L")
        if fingerprint:
            x = pdf.l_margin + len(labels) * w + 6
            pdf.rect(x, y - 18, 22, 24)
            pdf.set_xy(x, y + 7)
            pdf.set_font(self.font, "", 7)
            pdf.cell(22, 3, self.fingerprint_label, align="C")
        pdf.set_xy(pdf.l_margin, y + 14)
        pdf.set_font(self.font, "", self.size)

    fingerprint_label = "Huella digital"

    # -- output --------------------------------------------------------
    def severity(self, f):
        if f.severity:
            return f.severity
        if f.cat in REVIEW_ALWAYS:
            return "review"
        if f.cat == "housing_charge" and self.program != "h2a":
            return "review"
        return "violation"

    def label(self):
        fees = []
        for f, page in self.fees:
            d = {
                "category": f.cat,
                "severity": self.severity(f),
                "page": page,
                "amount": float(f.amount) if f.amount is not None else None,
                "currency": f.cur,
                "quote": f.quote or f.text,
            }
            if f.group is not None:
                d["group"] = f.group
            fees.append(d)
        return {
            "file": self.name + ".pdf",
            "program": self.program,
            "language": self.language,
            "scanned": self.scanned,
            "pages": self.pdf.page,
            "fees": fees,
            "missing_terms": self.missing,
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


# ======================================================================
# Documents
# ======================================================================


def u01():
    d = Doc(
        "u01",
        "h2a",
        "en",
        "job_order",
        "numbered clauses; gridded summary table; repeated header and footer; colored band",
        size=9.5,
    )
    d.pdf.head_text = (
        "Cold Creek Orchards LLC  |  H-2A clearance order attachment  |  Order WA-1180-25"
    )
    d.pdf.foot_text = "Page {p} of 2  -  Terms and conditions of employment"
    d.new_page()
    d.band(
        "Apple & Pear Harvest 2025 - Job Offer", "Cold Creek Orchards LLC - Wenatchee, Washington"
    )
    d.table(
        [
            ["Employer", "Cold Creek Orchards LLC, 4410 Ridge Line Road, Wenatchee, WA 98801"],
            [
                "Job title and duties",
                "Farmworker, orchard. Hand-pick apples and pears from ladders, deposit the harvest in bins "
                "without bruising, thin fruit, prune and tie limbs, and move ladders between rows.",
            ],
            [
                "Places of work",
                "Ridge Line, Sun Bench and Monitor orchard blocks, Chelan and Douglas Counties, WA",
            ],
            ["Period of employment", "August 18, 2025 to November 7, 2025"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.; optional Saturday work",
            ],
            ["Wage", "$19.82 per hour, or $28.00 per bin when piece earnings are higher"],
            ["Pay day", "Weekly, every Friday, by check or direct deposit"],
            [
                "Requirements",
                "3 months of hand-harvest experience in tree fruit; able to climb ladders and lift 60 lbs",
            ],
        ],
        [1, 3],
        grid=True,
    )
    d.h("Terms and conditions")
    d.numbered(
        [
            "Wage rates. If the Adverse Effect Wage Rate, the prevailing wage or the state minimum wage rises "
            "during the season, the employer will pay the higher rate from its effective date.",
            "Three-fourths guarantee. The employer guarantees to offer each worker employment for at least "
            "three-fourths of the workdays of the contract period, starting on the first workday after arrival.",
            "Deductions. The employer will deduct only federal and Washington income tax (when the worker asks for "
            "withholding), the optional meal plan described in clause 5, and any deduction the worker authorizes in "
            "writing, such as a transfer to a savings account.",
            "Housing. Housing at the Sun Bench labor camp, 1200 Sun Bench Road, Orondo, WA, is provided free of "
            "charge. No rent, utilities or deposit are ever charged.",
            "Meals. Three meals a day are available from the camp kitchen for $14.50 per day, deducted weekly. "
            "Workers who prefer to cook may use the free communal kitchen instead, with stoves, refrigerators and "
            "cooking utensils.",
            "Daily transportation. Transportation between the camp and the orchard blocks is provided every workday "
            "in company vans at no cost.",
        ]
    )
    d.new_page()
    d.numbered(
        [
            "Inbound travel. The employer reimburses the cost of travel and daily subsistence from the place of "
            "recruitment to the orchard once the worker completes 50% of the contract period. If these costs would "
            "bring the first week's pay below the minimum wage, the employer reimburses them in the first workweek. "
            "The employer also pays all visa fees and reimburses border-crossing fees.",
            "Return travel. A worker who completes the contract period, or is dismissed early for a reason other "
            "than cause, is given return transportation and daily subsistence paid by the employer.",
            "Tools. All ladders, picking bags, pruning shears, gloves and other equipment are provided free of "
            "charge, with no deposit.",
            "Workers' compensation. Every worker is covered at no cost by workers' compensation insurance through "
            "the Washington Department of Labor and Industries.",
            "Earnings statements. Each pay day the worker receives a statement showing hours offered, hours worked, "
            "bins picked, rate of pay, total earnings and each deduction.",
            "Abandonment and termination for cause. A worker who fails to report for work for 5 consecutive "
            "working days without permission has abandoned the job. A worker who abandons the job or is terminated "
            "for cause loses the three-fourths guarantee and the paid return trip.",
            "Contract impossibility. If fire, hail, freeze or another Act of God makes the work impossible, the "
            "employer may end the contract; it will pay the three-fourths guarantee up to that date and the return "
            "trip, or offer work at another orchard.",
            "Recruitment. Workers in Mexico are recruited by Cosecha Justa Reclutamiento, S.C. (Zamora, "
            "Michoacan). The employer pays all of its fees. No recruitment fee will be charged to any worker, and "
            "any request for payment must be reported to the employer.",
            "Your documents and your rights. Workers keep their own passports and visas. The employer will not "
            "place anyone on a do-not-hire list for complaining about pay or conditions. Workers may come and go "
            "from the camp freely outside working hours.",
        ],
        start=7,
    )
    d.signatures(["Cold Creek Orchards LLC, authorized representative", "Worker"])
    d.recruiters = ["Cosecha Justa Reclutamiento, S.C."]
    d.traps = [
        "'deposit the harvest in bins' is a job duty, not a deposit",
        "lawful h2a meal charge $14.50/day (under the $17.00 cap)",
        "free housing, no rent, utilities or deposit",
        "free daily transportation",
        "inbound travel reimbursed; employer pays visa fees",
        "tools free, no deposit",
        "no recruitment fee; employer pays recruiter",
        "workers keep passports; no do-not-hire list; free to come and go",
    ]
    return d


def u02():
    d = Doc(
        "u02",
        "h2a",
        "es",
        "work_contract",
        "plain-language Q&A contract; gridded summary table at top",
        font="noto",
        size=9.5,
    )
    d.new_page()
    d.h("CONTRATO DE TRABAJO H-2A - TEMPORADA DE CEBOLLA 2026", size=13, align="C")
    d.p(
        "Preguntas y respuestas para el trabajador. Lea todo antes de firmar.",
        style="I",
        align="C",
        after=3,
    )
    d.table(
        [
            ["Empleador", "Campos Dulces Farms, Inc., 3120 Old Reidsville Hwy, Lyons, GA 30436"],
            [
                "Puesto",
                "Trabajador agrícola: cosecha y corte de cebolla, llenado de costales y limpieza de surcos",
            ],
            ["Lugar", "Campos de la empresa en los condados de Toombs y Tattnall, Georgia"],
            ["Periodo", "Del 6 de abril al 19 de junio de 2026"],
            ["Salario", "$16.08 por hora, o $1.10 por costal si resulta mayor"],
            ["Pago", "Semanal, cada viernes"],
            [
                "Vivienda",
                Fee(
                    "Cuarto compartido en el campamento Lyons; se descuentan $60 por semana de renta y luz.",
                    "housing_charge",
                    60,
                    "USD",
                ),
            ],
        ],
        [1, 4],
        grid=True,
    )
    d.qa(
        "¿Cuántas horas voy a trabajar?",
        "Un mínimo de 40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m. con media hora para comer. "
        "Algunos sábados habrá trabajo opcional.",
    )
    d.qa(
        "¿Puede cambiar mi salario?",
        "Si durante la temporada sube la tarifa AEWR o el salario prevaleciente, la empresa le pagará la tarifa más "
        "alta desde la fecha en que entre en vigor.",
    )
    d.qa(
        "¿Qué me van a descontar?",
        "Solo los impuestos que correspondan, la renta de la vivienda y las comidas indicadas en este contrato.",
    )
    d.qa(
        "¿Tengo que pagar algo para que me contraten?",
        [
            "Sí.",
            Fee(
                "Antes de la cita consular usted entregará 8 500 pesos a Reclutamiento Campo Abierto por el trámite "
                "para apartar su lugar en la cuadrilla.",
                "recruitment_fee",
                8500,
                "MXN",
            ),
        ],
    )
    d.qa(
        "¿Cómo son las comidas?",
        [
            "El comedor del campamento sirve desayuno, comida y cena.",
            Fee(
                "Las tres comidas diarias del comedor cuestan $19.50 por día y se descuentan del cheque semanal.",
                "meal_charge",
                19.50,
                "USD",
            ),
        ],
    )
    d.qa(
        "¿Cómo llego al campo cada día?",
        "La empresa lo lleva gratis en autobús del campamento a los campos y de regreso.",
    )
    d.qa(
        "¿Quién paga mi viaje y mi visa?",
        "La empresa paga la cuota de la visa. También le reembolsa el autobús de su comunidad a Monterrey, el "
        "hospedaje, las comidas del camino y el pasaje a Georgia cuando usted complete el 50 % del contrato; si esos "
        "gastos bajan su primer pago por debajo del salario mínimo, se los reembolsa en la primera semana. Al "
        "terminar el contrato, la empresa paga su regreso a su lugar de origen.",
    )
    d.qa(
        "¿Qué herramientas necesito?",
        "Ninguna. La empresa entrega gratis cuchillos, tijeras de corte, guantes y costales. No se pide depósito.",
    )
    d.qa(
        "¿Qué recibo con mi pago?",
        "Cada viernes recibirá un talón con las horas ofrecidas, las horas trabajadas, los costales llenados, la "
        "tarifa, lo ganado y cada descuento.",
    )
    d.qa(
        "¿Qué pasa si dejo el trabajo?",
        "Si usted falta cinco días seguidos sin permiso, se considera abandono del trabajo. Si abandona el trabajo o "
        "lo despiden por causa justificada, la empresa no pagará su regreso.",
    )
    d.qa(
        "¿Qué pasa si una inundación o el granizo acaban con la cosecha?",
        "Si un desastre natural hace imposible el trabajo, la empresa puede terminar el contrato con aviso; le "
        "pagará todas las horas trabajadas y su regreso a México, o le ofrecerá trabajo en otro campo.",
    )
    d.qa(
        "¿Qué requisitos hay?",
        "Tener por lo menos tres meses de experiencia en cosecha a mano y poder cargar costales de 50 libras.",
    )
    d.qa(
        "¿Me van a quitar mi pasaporte?",
        "No. Usted guarda su pasaporte y sus documentos en todo momento.",
    )
    d.signatures(["Campos Dulces Farms, Inc.", "El trabajador"])
    d.missing = ["three_fourths_guarantee", "workers_compensation"]
    d.recruiters = ["Reclutamiento Campo Abierto"]
    d.traps = [
        "'¿Tengo que pagar algo...?' answered 'Sí' (the answer is the finding)",
        "meal charge $19.50/day is above the h2a cap (review finding)",
        "visa fee paid by employer",
        "free daily bus",
        "tools free, no deposit",
        "worker keeps passport",
    ]
    return d


def u03():
    d = Doc(
        "u03",
        "h2b",
        "en+es",
        "offer_letter",
        "bilingual EN | ES side by side in two aligned columns; letter format; colored band",
        font="sans",
        size=8.8,
    )
    d.pdf.foot_text = "Bayside Crab & Seafood Co. - Offer / Oferta 2026 - {p}/2"
    d.new_page()
    d.band(
        "Bayside Crab & Seafood Co.",
        "Offer of Employment / Oferta de empleo - H-2B Seafood Processing 2026",
        color=(0, 105, 110),
    )
    f1 = 1
    f2 = 2
    d.bilingual(
        [
            ("Dear worker,", "Estimado trabajador:"),
            (
                "We are pleased to offer you seasonal work on the following terms.",
                "Nos complace ofrecerle trabajo de temporada en las siguientes condiciones.",
            ),
            (
                "Employer: Bayside Crab & Seafood Co., 15 Wharf Street, Crisfield, MD 21817.",
                "Empleador: Bayside Crab & Seafood Co., 15 Wharf Street, Crisfield, MD 21817.",
            ),
            (
                "Position: crab meat picker. You will steam, pick and pack blue crab meat, weigh containers and "
                "clean the picking room.",
                "Puesto: pelador(a) de jaiba. Cocerá al vapor, pelará y empacará carne de jaiba azul, pesará los "
                "envases y limpiará la sala de pelado.",
            ),
            (
                "Worksite: the company plant at 15 Wharf Street, Crisfield, Maryland.",
                "Lugar de trabajo: la planta de la compañía en 15 Wharf Street, Crisfield, Maryland.",
            ),
            (
                "Dates: April 1, 2026 through November 30, 2026.",
                "Fechas: del 1 de abril al 30 de noviembre de 2026.",
            ),
            (
                "Hours: 35 hours per week, Monday to Friday, 6:00 a.m. to 1:00 p.m.",
                "Horario: 35 horas por semana, de lunes a viernes, de 6:00 a.m. a 1:00 p.m.",
            ),
            (
                "Pay: $16.54 per hour, or $4.25 per pound of picked meat when that is higher. If the prevailing "
                "wage or the minimum wage goes up during the season, you will receive the higher rate.",
                "Pago: $16.54 por hora, o $4.25 por libra de carne pelada si resulta mayor. Si el salario "
                "prevaleciente o el salario mínimo sube durante la temporada, recibirá la tarifa más alta.",
            ),
            (
                "You are paid every week, on Thursday, by direct deposit or check.",
                "Se le paga cada semana, los jueves, por depósito directo o cheque.",
            ),
            (
                "Deductions: Social Security and Medicare (FICA), federal and Maryland income tax, and any "
                "deduction you authorize in writing.",
                "Descuentos: Seguro Social y Medicare (FICA), impuesto federal y de Maryland, y cualquier "
                "descuento que usted autorice por escrito.",
            ),
            (
                "We guarantee to offer you hours equal to at least three-fourths of the workdays in each 12-week "
                "period of the contract.",
                "Le garantizamos ofrecerle horas equivalentes a por lo menos tres cuartas partes de los días de "
                "trabajo de cada periodo de 12 semanas del contrato.",
            ),
            (
                "Your bus fare, lodging and meals from Mazatlán to Crisfield are reimbursed in your first workweek. "
                "At the end of the season, or if we dismiss you early for any reason other than cause, we pay your "
                "return trip to Mazatlán.",
                "Su pasaje de autobús, hospedaje y comidas de Mazatlán a Crisfield se le reembolsan en su primera "
                "semana de trabajo. Al final de la temporada, o si lo despedimos antes por un motivo que no sea "
                "causa justificada, pagamos su regreso a Mazatlán.",
            ),
            (
                Fee(
                    "The visa application fee and the border-crossing charge are paid by each worker and are not "
                    "refunded by the company.",
                    "visa_cost",
                    group=f1,
                ),
                Fee(
                    "La cuota de la visa y el cargo de cruce fronterizo los paga cada trabajador y la compañía no "
                    "los reembolsa.",
                    "visa_cost",
                    group=f1,
                ),
            ),
            (
                [
                    Fee(
                        "Aprons, cut-resistant gloves and rubber boots are issued against a deposit of USD 40.00, "
                        "which is returned only if every item comes back in good condition.",
                        "equipment_charge",
                        40,
                        "USD",
                        group=f2,
                    ),
                    "Picking knives and trays stay in the plant.",
                ],
                [
                    Fee(
                        "Los delantales, guantes anticorte y botas de hule se entregan con un depósito de USD 40.00, "
                        "que se devuelve solo si todo regresa en buen estado.",
                        "equipment_charge",
                        40,
                        "USD",
                        group=f2,
                    ),
                    "Los cuchillos y charolas se quedan en la planta.",
                ],
            ),
            (
                "Housing: a furnished trailer next to the plant is provided at no cost.",
                "Vivienda: se le da sin costo un tráiler amueblado junto a la planta.",
            ),
        ]
    )
    d.new_page()
    d.bilingual(
        [
            (
                "If you miss 5 consecutive working days without permission, or are dismissed for cause, you lose "
                "the paid return trip and the three-fourths guarantee.",
                "Si falta 5 días de trabajo seguidos sin permiso, o lo despedimos por causa justificada, pierde el "
                "regreso pagado y la garantía de tres cuartas partes.",
            ),
            (
                "If a storm, fire or other event beyond our control makes the work impossible, we may end the "
                "contract early; we will pay the guarantee up to that date and your return trip.",
                "Si una tormenta, incendio u otro hecho fuera de nuestro control hace imposible el trabajo, podemos "
                "terminar el contrato antes; pagaremos la garantía hasta esa fecha y su regreso.",
            ),
            (
                "Requirements: no experience needed; you must be able to stand for long periods and work in a "
                "cold, wet room.",
                "Requisitos: no se necesita experiencia; debe poder estar de pie por largo tiempo y trabajar en un "
                "cuarto frío y húmedo.",
            ),
            (
                "Recruitment in Mexico is handled by Enlace Laboral del Pacífico, S.C., Mazatlán, which may not "
                "charge you any recruitment fee.",
                "El reclutamiento en México lo hace Enlace Laboral del Pacífico, S.C., Mazatlán, que no puede "
                "cobrarle ninguna cuota de reclutamiento.",
            ),
            (
                "You keep your passport at all times.",
                "Usted conserva su pasaporte en todo momento.",
            ),
            ("Sincerely,", "Atentamente,"),
            (
                "Laura Whitelock, Plant Manager, Bayside Crab & Seafood Co.",
                "Laura Whitelock, Gerente de planta, Bayside Crab & Seafood Co.",
            ),
        ]
    )
    d.signatures(["Accepted by the worker / Aceptado por el trabajador", "Date / Fecha"])
    d.missing = ["overtime", "visa_reimbursement", "tools_provided", "earnings_statements"]
    d.recruiters = ["Enlace Laboral del Pacífico, S.C."]
    d.traps = [
        "inbound bus and subsistence reimbursed in first workweek",
        "free housing (trailer)",
        "recruiter may not charge any fee (negated recruitment fee)",
        "worker keeps passport",
        "equipment deposit is an equipment_charge (not deposit_or_bond); tools therefore not free",
    ]
    return d


def u04():
    d = Doc(
        "u04",
        "generic",
        "en",
        "ofw_contract",
        "A4; parties table (gridded); numbered clauses; signature block with agency witness",
        fmt="A4",
        font="serif",
        size=9.5,
    )
    d.pdf.foot_text = "Standard Employment Contract - Household Service Worker - page {p}"
    d.new_page()
    d.h("STANDARD EMPLOYMENT CONTRACT", size=13, align="C")
    d.p("Household Service Worker - Kuwait", style="B", align="C", after=4)
    d.table(
        [
            [
                "Employer",
                "Mr. Faisal Abdullah Al-Mutairi, Block 4, Street 12, House 27, Salwa, State of Kuwait",
            ],
            ["Worker", "Maricel Dizon Tolentino, Filipino citizen, born 14 May 1994, Bacolod City"],
            [
                "Philippine agency",
                "Tanglaw Global Manpower Services, Inc., Ortigas Avenue, Pasig City",
            ],
            ["Foreign agency", "Al Noor Domestic Labour Office, Hawalli, Kuwait"],
        ],
        [1, 3],
        grid=True,
    )
    d.p("The Employer and the Worker agree as follows:", after=2)
    d.numbered(
        [
            "Site of employment. The Worker shall work at the Employer's residence in Salwa, Kuwait.",
            "Duties. The Worker shall clean the house, wash and iron clothes, cook family meals and look after two "
            "school-age children.",
            "Term. This contract is valid for two (2) years, from 1 March 2026 to 28 February 2028.",
            "Salary. The Worker shall receive a monthly salary of KWD 120 (one hundred twenty Kuwaiti dinars), paid "
            "monthly on the last day of each month into the Worker's bank account.",
            "Working time. The Worker shall work as the household requires and shall be given adequate rest, "
            "including one rest day each week.",
            [
                Fee(
                    "The Employer shall hold back the Worker's salary for the first two months as a guarantee of "
                    "good conduct and release it upon completion of the contract.",
                    "wage_withholding",
                ),
            ],
            "Deductions. Apart from Clause 6, no deduction shall be made from the Worker's salary.",
            "Food and lodging. The Employer shall provide free food and free lodging with a private room that can "
            "be locked.",
            "Travel and visa. The Employer shall pay the Worker's visa, work permit and airfare from Manila to "
            "Kuwait.",
            [
                "Training.",
                Fee(
                    "Before deployment, the Worker shall pay PHP 25,000 for the compulsory household skills and "
                    "Arabic language course at the Agency's training centre.",
                    "training_cost",
                    25000,
                    "PHP",
                ),
            ],
            [
                "Documents.",
                Fee(
                    "Upon arrival, the Worker's passport and civil ID shall be kept by the Employer for safekeeping "
                    "until the end of the contract.",
                    "document_retention",
                ),
            ],
            "Medical care. The Employer shall provide free medical and dental care during employment.",
            "Termination. Either party may end this contract with one month's written notice. The Employer may "
            "terminate without notice for serious misconduct or theft; the Worker may leave without notice if "
            "abused or not paid for two months.",
            "Repatriation. Upon completion of the contract, or termination not due to the Worker's fault, the "
            "Employer shall pay the Worker's airfare back to Manila.",
            "Complaints. The Worker may bring any complaint to the Philippine Migrant Workers Office in Kuwait "
            "without any penalty.",
        ]
    )
    d.signatures(["Employer", "Worker", "Witness for the Agency"])
    d.missing = ["hours_of_work"]
    d.recruiters = ["Tanglaw Global Manpower Services, Inc.", "Al Noor Domestic Labour Office"]
    d.traps = [
        "free food and lodging",
        "employer pays visa, work permit and airfare",
        "free medical care (not medical_cost)",
        "complaints without penalty",
        "'work as the household requires' + weekly rest day is not a schedule (hours missing)",
    ]
    return d


def u05():
    d = Doc(
        "u05",
        "generic",
        "es",
        "whatsapp_flyer",
        "tall phone flyer; big headline; colored boxes; bulleted lines",
        fmt=(110, 250),
        font="noto",
        size=8.6,
        margin=8,
    )
    d.new_page()
    d.band(
        "¡TRABAJO EN CANADÁ!",
        "Invernaderos de tomate - Leamington, Ontario",
        color=(200, 40, 40),
        h=20,
    )
    d.p("Oportunidades Norte GT - reclutamiento para el extranjero", style="B", align="C", after=3)
    d.bullets(
        [
            "Cosecha, poda y empaque de tomate y pepino en invernadero.",
            "Contrato del 2 de marzo al 27 de noviembre de 2026.",
            "Salario: CAD 17.60 por hora, 48 horas por semana de lunes a sábado.",
            "Pago cada dos semanas por depósito bancario.",
            "Boleto de avión de ida pagado por el empleador.",
            "El permiso de trabajo no se le cobra: lo paga la empresa.",
            "Vivienda en la misma granja.",
            "Hombres y mujeres de 21 a 45 años con experiencia en el campo.",
        ]
    )
    d.space(3)
    d.pdf.set_fill_color(255, 236, 160)
    y = d.pdf.get_y()
    d.pdf.rect(d.pdf.l_margin - 2, y - 1, d.pdf.w - 2 * d.pdf.l_margin + 4, 58, style="F")
    d.h("PARA APARTAR SU LUGAR:", size=10)
    d.bullets(
        [
            Fee(
                "Cuota de inscripción: tres mil quetzales (Q3,000), pagaderos al apartar su lugar.",
                "recruitment_fee",
                3000,
                "GTQ",
            ),
            Fee(
                "El examen médico y la prueba de tuberculosis corren por cuenta del aspirante: Q850 en la clínica "
                "que le indicamos.",
                "medical_cost",
                850,
                "GTQ",
            ),
            Fee(
                "Además deberá firmar un pagaré en blanco como garantía de que cumplirá todo el contrato.",
                "deposit_or_bond",
            ),
            "Traer DPI, pasaporte vigente y dos fotografías.",
        ],
        after=1.2,
    )
    d.pdf.set_y(y + 62)
    d.p("Cupo limitado. ¡No se quede sin su lugar!", style="B", align="C", size=11)
    d.p(
        "Informes por WhatsApp: +502 4718 2290 - Oficina en Chiquimula, 3a. calle 5-20, zona 1",
        align="C",
        size=8,
    )
    d.missing = [
        "employer_identity",
        "worker_identity",
        "deductions",
        "return_transportation",
        "termination",
    ]
    d.recruiters = ["Oportunidades Norte GT"]
    d.traps = [
        "work permit paid by employer ('no se le cobra')",
        "one-way ticket paid by employer (return not mentioned)",
        "'traer pasaporte' is not retention",
    ]
    return d


def u06():
    d = Doc(
        "u06",
        "h2b",
        "en",
        "job_order",
        "summary grid table then two-column body; repeated header and footer; colored band",
        font="cond",
        size=9,
    )
    d.pdf.head_text = "Evergreen Grounds Management LLC  -  H-2B Job Order  -  Case H-400-25311"
    d.pdf.foot_text = "Page {p} of 2"
    d.new_page()
    d.band(
        "Landscape Laborer - Seasonal Job Order 2026",
        "Evergreen Grounds Management LLC",
        color=(40, 110, 50),
    )
    d.table(
        [
            [
                "Employer",
                "Evergreen Grounds Management LLC, 2215 Commerce Park Drive, Huntsville, AL 35806",
            ],
            ["Job title", "Landscape Laborer (SOC 37-3011)"],
            [
                "Worksites",
                "Commercial and residential properties in Madison and Limestone Counties, Alabama",
            ],
            ["Dates", "March 9, 2026 - December 4, 2026"],
            ["Hours", "40 hours per week, Monday-Friday, 7:00 a.m.-3:30 p.m."],
            ["Wage", "$15.34 per hour"],
            ["Overtime", "$23.01 per hour for hours over 40 in a workweek"],
            ["Pay", "Every week, on Friday"],
        ],
        [1, 4],
        grid=True,
    )

    def left():
        d.labelled(
            "Duties",
            "Mow, edge and trim lawns; plant shrubs and flowers; spread mulch and pine straw; operate push mowers, "
            "blowers and string trimmers; load debris onto trucks.",
        )
        d.labelled(
            "Wage adjustments",
            "The employer will pay at least the highest of the prevailing wage, the federal minimum wage and any "
            "state or local minimum wage, and will raise the rate if a new prevailing wage is issued.",
        )
        d.labelled(
            "Guarantee",
            "For each 12-week period of the contract, the employer guarantees an offer of hours equal to at least "
            "three-fourths of the workdays.",
        )
        d.labelled(
            "Deductions",
            "FICA, federal and Alabama income tax, and the weekly health-plan premium described below.",
        )
        d.labelled(
            "Health plan",
            [
                Fee(
                    "A health-plan premium of $32.50 per week is deducted from every paycheck for all workers.",
                    "insurance_cost",
                    32.50,
                    "USD",
                ),
                "Enrollment is automatic.",
            ],
        )
        d.labelled(
            "Travel",
            "Inbound transportation and daily subsistence from Monterrey to Huntsville are reimbursed in the first "
            "workweek. Return transportation is paid by the employer when the worker completes the period of "
            "employment or is dismissed early for a reason other than cause.",
        )

    def right():
        d.labelled(
            "Visa costs",
            "The employer reimburses visa, visa processing and border-crossing fees in the first workweek.",
        )
        d.labelled(
            "Tools and uniforms",
            "All tools, equipment and uniform shirts are provided free of charge.",
        )
        d.labelled(
            "Pay statements",
            "Each payday workers receive a written statement of hours offered, hours worked, rate of pay, earnings "
            "and all deductions.",
        )
        d.labelled(
            "Hiring orientation",
            [
                "Orientation is held in Monterrey two days before the consular interview.",
                Fee(
                    "No applicant is exempt from the $300 processing fee collected at the hiring orientation.",
                    "recruitment_fee",
                    300,
                    "USD",
                ),
            ],
        )
        d.labelled(
            "Abandonment",
            "A worker absent 5 consecutive working days without notice has abandoned the job; the employer will "
            "notify DOL and DHS. A worker who abandons the job or is dismissed for cause loses the guarantee and "
            "return transportation.",
        )

    d.columns(left, right)
    d.new_page()

    def left2():
        d.labelled(
            "Leaving early",
            Fee(
                "If you leave before completing 120 days of work, you will repay the company two weeks' pay as a "
                "replacement charge.",
                "breach_penalty",
            ),
        )
        d.labelled(
            "Conduct",
            [
                "Workers must follow all safety rules and wear the issued safety glasses.",
                Fee(
                    "Workers who file complaints with outside agencies or the consulate will be placed on the "
                    "company's do-not-return list.",
                    "blacklisting_threat",
                ),
            ],
        )

    def right2():
        d.labelled(
            "Customer properties",
            "Crews must not accept tips or payments from property owners; any fees for extra services are "
            "invoiced to customers by the office.",
        )
        d.labelled(
            "Questions",
            "Call the office at (256) 555-0148, Monday to Friday, 8:00 a.m. to 5:00 p.m.",
        )

    d.columns(left2, right2)
    d.signatures(["Evergreen Grounds Management LLC", "Worker"])
    d.missing = ["contract_impossibility", "job_requirements"]
    d.traps = [
        "visa and inbound travel reimbursed in first workweek",
        "tools and uniforms free",
        "'fees for extra services are invoiced to customers' is not a worker fee",
        "'No applicant is exempt from the $300 processing fee' is a finding despite the negation",
    ]
    return d


def u07_text():
    d = Doc(
        "u07",
        "h2a",
        "en",
        "recruiter_letter",
        "one-page typed letter with letterhead; SCANNED image-only, slight skew and noise",
        font="serif",
        size=10.5,
        margin=22,
    )
    d.new_page()
    d.pdf.set_font("serif", "B", 15)
    d.pdf.cell(0, 7, "BLUE MOUNTAIN LABOUR LINK LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.pdf.set_font("serif", "", 9)
    d.pdf.cell(
        0,
        5,
        "14 Hope Road, Kingston 10, Jamaica  -  Tel. 876-555-0193",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.pdf.line(22, d.pdf.get_y() + 1, d.pdf.w - 22, d.pdf.get_y() + 1)
    d.space(7)
    d.p("12 July 2025", after=3)
    d.p("Mr. Desmond A. Clarke\nLot 9, Content District\nMay Pen, Clarendon", after=4)
    d.p("Re: Selection for the 2025 H-2A apple harvest", style="B", after=3)
    d.p("Dear Mr. Clarke,", after=2.5)
    d.p(
        "We are pleased to inform you that you have been selected for the 2025 apple harvest with Lakeview Fruit "
        "Farm LLC, 7722 Route 9W, Marlboro, NY 12542.",
        after=2.5,
    )
    d.p(
        "You will work as a farmworker hand-picking apples, emptying picking bags into bins and moving ladders in "
        "the farm's orchards in Marlboro and Milton, Ulster County, New York, from September 2, 2025 to "
        "November 14, 2025. The work schedule is 8 hours a day, Monday to Saturday (48 hours weekly). The rate "
        "is US$18.83 per hour, paid weekly every Thursday.",
        after=2.5,
    )
    d.p(
        "The farm provides free furnished housing in its bunkhouse and pays your return ticket to Kingston at the "
        "end of the season.",
        after=2.5,
    )
    d.p(
        Fee(
            "Your airfare Kingston to Newark, JMD 68,000, will be recovered from your wages in equal weekly "
            "deductions over the first six weeks.",
            "travel_cost",
            68000,
            "JMD",
        ),
        after=2.5,
    )
    d.p(
        Fee(
            "To assist with pre-departure expenses, Blue Mountain Labour Link will advance you US$500, and this "
            "advance plus 10% interest will be repaid from your wages by payroll deduction.",
            "debt_bondage",
            500,
            "USD",
        ),
        after=2.5,
    )
    d.p(
        "Deductions from your pay will be federal income tax (if you elect withholding), the airfare recovery and "
        "the advance repayment.",
        after=2.5,
    )
    d.p(
        "Please report to our office on 28 August 2025 at 9:00 a.m. with your passport, two photographs and the "
        "signed copy of this letter.",
        after=5,
    )
    d.p("Yours faithfully,", after=12)
    d.p("Winston Gordon\nPlacement Officer", after=2)
    d.missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "meals",
        "inbound_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    d.recruiters = ["Blue Mountain Labour Link Ltd."]
    d.traps = [
        "free housing and paid return ticket",
        "'report with your passport' is not retention",
        "scanned page: no text layer",
    ]
    return d


def u08():
    d = Doc(
        "u08",
        "generic",
        "en",
        "employment_agreement",
        "A4; agency letterhead; borderless terms table; gridded fee-schedule table with footnote; numbered clauses",
        fmt="A4",
        font="sans",
        size=9,
    )
    d.pdf.foot_text = "Himalayan Pathways Overseas Pvt. Ltd. - Licence No. 1187/072/073 - page {p}"
    d.new_page()
    d.h("HIMALAYAN PATHWAYS OVERSEAS PVT. LTD.", size=13, align="C", color=(120, 20, 20))
    d.p("Putalisadak, Kathmandu, Nepal", align="C", after=3)
    d.h("EMPLOYMENT AGREEMENT - FACTORY WORKER (MALAYSIA)", size=11, align="C")
    d.table(
        [
            [
                "Employer",
                "Sinar Jaya Plastics Sdn. Bhd., Lot 22, Jalan Perindustrian 5, 81400 Senai, Johor, Malaysia",
            ],
            ["Worker", "Ram Bahadur Thapa, Ward 4, Palungtar, Gorkha District"],
            [
                "Position",
                "Injection moulding machine operator: load resin, watch machine cycles, trim and pack parts",
            ],
            ["Workplace", "Sinar Jaya factory, Senai Industrial Estate, Johor"],
            ["Contract period", "3 years, from 15 January 2026 to 14 January 2029"],
            ["Working hours", "8 hours per day, 6 days per week, rotating day and night shifts"],
            ["Basic salary", "MYR 1,700 per month; overtime at 1.5 times the hourly rate"],
            [
                "Payment",
                "Salary paid by the 7th of each following month into the Worker's bank account",
            ],
            ["Deductions", "SOCSO and EIS statutory contributions (employee share) only"],
        ],
        [1, 3],
        grid=False,
    )
    d.h("Cost sharing before departure", size=10)
    d.table(
        [
            ["Item", "Amount", "Paid by"],
            ["Agency service charge", "NPR 75,000", "Worker"],
            ["Visa and work permit (calling)", "-", "Employer"],
            ["Medical examination", "-", "Employer"],
            ["Air ticket Kathmandu - Kuala Lumpur", "-", "Employer"],
            ["Welfare Fund and life insurance", "NPR 3,700", "Worker"],
            ["Pre-departure orientation", "-", "Employer"],
        ],
        [3, 1.3, 1.3],
        grid=True,
        header=True,
        bold_first=False,
    )
    d.row_fee(
        Fee("", "recruitment_fee", 75000, "NPR", quote="Agency service charge NPR 75,000 Worker")
    )
    d.row_fee(
        Fee(
            "",
            "insurance_cost",
            3700,
            "NPR",
            quote="Welfare Fund and life insurance NPR 3,700 Worker",
        )
    )
    d.pdf.set_y(d.pdf.get_y() - 2)
    d.p(
        Fee(
            "* The Worker's passport and police clearance certificate are obtained at the Worker's own expense.",
            "visa_cost",
        ),
        size=7,
        after=4,
    )
    d.h("Conditions", size=10)
    d.numbered(
        [
            "Accommodation in the company hostel and daily transport to the factory are provided free.",
            Fee(
                "Workers shall stay in the company hostel and must return by 9:00 p.m.; leaving the hostel on rest "
                "days requires a written pass from the supervisor.",
                "movement_restriction",
            ),
            "The Worker keeps his own passport at all times; the Employer may not hold it.",
            "At the end of the contract the Employer pays the Worker's return air ticket to Kathmandu.",
            "The Worker may contact the Embassy of Nepal in Kuala Lumpur at any time.",
        ]
    )
    d.signatures(["For the Employer", "For the Agency", "Worker"])
    d.missing = ["termination"]
    d.recruiters = ["Himalayan Pathways Overseas Pvt. Ltd."]
    d.traps = [
        "fee table mixes worker-paid rows (findings) and employer-paid rows (not findings)",
        "statutory SOCSO/EIS contributions (not insurance_cost)",
        "free hostel and transport",
        "worker keeps passport",
        "passport cost in a small-print footnote (generic: violation)",
    ]
    return d


def u09():
    d = Doc(
        "u09",
        "h2b",
        "es",
        "work_contract",
        "Q&A contract; borderless summary table at top; repeated footer",
        font="sans",
        size=9,
    )
    d.pdf.foot_text = "Ocean Crest Hospitality LLC - Contrato H-2B 2026 - página {p} de 2"
    d.new_page()
    d.band(
        "Contrato de trabajo H-2B - Temporada 2026",
        "Ocean Crest Hospitality LLC",
        color=(20, 60, 140),
    )
    d.table(
        [
            [
                "Empleador",
                "Ocean Crest Hospitality LLC, 1401 North Ocean Boulevard, Myrtle Beach, SC 29577",
            ],
            ["Puesto", "Camarista (housekeeper)"],
            [
                "Lugar",
                "Hotel Ocean Crest, 1401 North Ocean Boulevard, Myrtle Beach, Carolina del Sur",
            ],
            ["Fechas", "Del 1 de abril al 15 de octubre de 2026"],
            ["Horario", "35 horas por semana, 5 días, turnos de 8:00 a.m. a 3:30 p.m."],
            ["Salario", "$14.25 por hora"],
            ["Horas extra", "$21.38 por hora después de 40 horas a la semana"],
            ["Pago", "Cada dos semanas, los viernes"],
        ],
        [1, 4],
        grid=False,
    )
    d.qa(
        "¿Qué voy a hacer?",
        "Limpiar habitaciones, cambiar la ropa de cama y reponer artículos. Los fines de semana también atenderá el "
        "kiosco de playa y cobrará a los huéspedes la renta de sombrillas y sillas.",
    )
    d.qa(
        "¿Puede subir mi salario?",
        "Sí. Si el salario prevaleciente o el salario mínimo aplicable sube, se le pagará el más alto desde la fecha "
        "del cambio.",
    )
    d.qa(
        "¿Qué me descuentan?",
        "Solo las deducciones que exige la ley: FICA, impuesto federal e impuesto de Carolina del Sur. Ningún otro "
        "descuento.",
    )
    d.qa(
        "¿Cuánto trabajo me garantizan?",
        "Por cada periodo de 12 semanas le garantizamos ofrecerle horas equivalentes a por lo menos tres cuartas "
        "partes de los días de trabajo.",
    )
    d.qa(
        "¿Tengo que pagar para que me contraten?",
        "No. Nadie puede cobrarle por este trabajo. La empresa paga a su reclutador, Servicios Laborales Bahía, "
        "S.C., de Veracruz, todos sus honorarios.",
    )
    d.qa(
        "¿Quién paga el viaje y la visa?",
        "La empresa le reembolsa en la primera semana de trabajo el autobús de su ciudad a Monterrey, el hotel y las "
        "comidas del viaje, y el vuelo a Myrtle Beach. La cuota de la visa y los cargos de procesamiento también se "
        "le reembolsan completos en su primera semana. Al terminar el contrato, o si lo despedimos antes sin causa "
        "justificada, pagamos su regreso a su ciudad.",
    )
    d.qa(
        "¿Tengo que comprar uniforme o equipo?",
        "No. Uniformes, carrito, productos de limpieza y guantes se entregan gratis y sin depósito.",
    )
    d.new_page()
    d.qa(
        "¿Cómo sé cuánto gané?",
        "Con cada pago recibe un talón con las horas ofrecidas, las horas trabajadas, la tarifa, lo ganado y cada "
        "deducción.",
    )
    d.qa(
        "¿Dónde voy a vivir?",
        "La empresa ofrece apartamentos compartidos a dos cuadras del hotel; el alojamiento es gratuito.",
    )
    d.qa(
        "¿Qué pasa si me voy antes?",
        "Si falta 5 días de trabajo seguidos sin avisar, se considera que abandonó el empleo. Si abandona el empleo "
        "o lo despedimos por causa justificada, pierde la garantía de tres cuartas partes y el pago del regreso. No "
        "hay multa ni cobro por irse antes.",
    )
    d.qa(
        "¿Y si un huracán cierra el hotel?",
        "Si un huracán, incendio u otro desastre hace imposible el trabajo, podemos terminar el contrato; le pagamos "
        "la garantía hasta ese día y su regreso.",
    )
    d.qa(
        "¿Qué requisitos hay?",
        "Tres meses de experiencia en limpieza de hoteles o casas; no se requiere inglés.",
    )
    d.qa(
        "¿Quién guarda mi pasaporte?",
        "Usted. La empresa nunca guarda pasaportes ni visas.",
    )
    d.qa(
        "¿Me pueden castigar por quejarme?",
        "No. Puede presentar quejas ante el Departamento de Trabajo sin que eso afecte su recontratación.",
    )
    d.signatures(["Ocean Crest Hospitality LLC", "La trabajadora / El trabajador"])
    d.recruiters = ["Servicios Laborales Bahía, S.C."]
    d.traps = [
        "'cobrará a los huéspedes la renta de sombrillas' is a job duty, not a worker fee",
        "only legally required deductions (FICA, taxes)",
        "nobody may charge for the job; employer pays recruiter",
        "visa fees and inbound trip reimbursed",
        "free uniforms, no deposit",
        "free housing",
        "no fine for leaving early (negated breach penalty)",
        "employer never keeps passports; complaints allowed",
    ]
    return d


def u10():
    d = Doc(
        "u10",
        "generic",
        "en",
        "offer_letter",
        "one page A4; colored letterhead band; gridded terms table",
        fmt="A4",
        font="noto",
        size=8.8,
    )
    d.new_page()
    d.band(
        "Formosa Precision Components Co., Ltd.",
        "No. 18, Gongye 3rd Road, Xitun District, Taichung City 407, Taiwan",
        color=(60, 60, 70),
    )
    d.p("3 November 2025", after=2)
    d.p("To: Ms. Siti Rahmawati, Desa Sukamaju, Kabupaten Cirebon, West Java, Indonesia", after=2)
    d.h("Offer of Employment", size=11)
    d.p(
        "We are pleased to offer you employment on the terms below. You were recruited through PT Cahaya Karya "
        "Mandiri, Jakarta. The Company pays all of the agency's fees, and you pay no placement fee to anyone, in "
        "Indonesia or in Taiwan.",
        after=3,
    )
    d.table(
        [
            [
                "Position",
                "Production operator: operate CNC deburring machines, inspect and pack metal parts",
            ],
            ["Workplace", "Company factory, No. 18, Gongye 3rd Road, Taichung"],
            ["Contract", "3 years: 5 January 2026 to 4 January 2029"],
            [
                "Working hours",
                "8 hours per day, Monday to Friday, 08:00-17:00 with a one-hour break",
            ],
            [
                "Salary",
                "NTD 28,590 per month; overtime paid as required by the Labor Standards Act",
            ],
            ["Payday", "Monthly, on the 10th, into your own bank account"],
            [
                "Deductions",
                "Labor Insurance and National Health Insurance employee share, and income tax, as required by "
                "Taiwan law",
            ],
            ["Accommodation", "Company dormitory and three meals a day, provided free of charge"],
            [
                "Travel",
                "Flights Jakarta-Taipei, and Taipei-Jakarta at the end of the contract or on early termination not "
                "due to your fault, are paid by the Company",
            ],
            [
                "Pre-departure costs",
                "Passport, medical examination, police certificate, work permit, visa and training are paid by the "
                "Company and never deducted",
            ],
            [
                "Termination",
                "Either party may end the contract with 30 days' notice; dismissal without notice only for the "
                "serious misconduct listed in Article 12 of the Labor Standards Act",
            ],
        ],
        [1, 3.2],
        grid=True,
    )
    d.p(
        "You will keep your own passport and Alien Resident Certificate. You may change employer as allowed by the "
        "Employment Service Act, and you may raise any complaint through the 1955 hotline without any effect on "
        "your contract renewal.",
        after=3,
    )
    d.p("Please sign below to accept this offer.", after=2)
    d.signatures(["For Formosa Precision Components Co., Ltd.", "Siti Rahmawati"])
    d.recruiters = ["PT Cahaya Karya Mandiri"]
    d.traps = [
        "statutory Labor Insurance / NHI employee share (not insurance_cost)",
        "company pays agency fees; no placement fee (negated)",
        "passport, medical, visa, training paid by the company",
        "free dormitory and meals",
        "worker keeps passport and ARC; complaints without effect on renewal",
    ]
    return d


def u11():
    d = Doc(
        "u11",
        "h2b",
        "en",
        "job_order",
        "borderless 'at a glance' table; numbered sections; repeated header and footer",
        font="sans",
        size=9.2,
    )
    d.pdf.head_text = "PINECREST GOLF CLUB, INC.  -  H-2B Job Order 2026  -  Grounds Department"
    d.pdf.foot_text = "Pinecrest Golf Club job order - page {p} of 2"
    d.new_page()
    d.h("Seasonal Golf Course Groundskeeper - Job Order", size=13)
    d.p("Pinecrest Golf Club, Inc., 480 Fairway Loop, Pinehurst, NC 28374", style="B", after=3)
    d.h("At a glance", size=10)
    d.table(
        [
            ["Job title", "Golf course groundskeeper"],
            [
                "Duties",
                "Mow greens and fairways, rake bunkers, repair divots, operate utility carts; at the starter booth, "
                "collect green fees and cart fees from customers",
            ],
            [
                "Worksite",
                "Pinecrest Golf Club, 480 Fairway Loop, Pinehurst, NC, and the club's practice range",
            ],
            ["Season", "March 2, 2026 to November 20, 2026"],
            ["Hours", "40 hours per week; Tuesday to Saturday, 6:00 a.m. to 2:30 p.m."],
            ["Wage", "$16.02 per hour"],
            ["Overtime", "$24.03 per hour after 40 hours in a workweek"],
            ["Payday", "Every other Friday (biweekly)"],
        ],
        [1, 4],
        grid=False,
    )
    d.numbered(
        [
            "Wage rate. The club pays the highest of the prevailing wage, the federal minimum wage and the North "
            "Carolina minimum wage; if any of them rises during the season, the new rate applies from its "
            "effective date.",
            "Three-fourths guarantee. The club guarantees to offer each worker hours equal to at least "
            "three-fourths of the workdays in each 12-week period of the season.",
            "Deductions required by law: FICA, federal income tax and North Carolina income tax. No other "
            "deduction is taken unless the worker asks for it in writing, such as a transfer to savings.",
            "Travel and visas. The club reimburses inbound transportation and daily subsistence, and the visa, visa "
            "processing and border-crossing fees, in the first workweek. Return transportation home is paid when "
            "the worker finishes the season or is dismissed early for reasons other than cause.",
            "Tools and clothing. Mowers, hand tools, rain gear, boots and uniforms are supplied at no cost and with "
            "no deposit. Normal wear and breakage of equipment is never charged to workers.",
            "Pay records. Every payday each worker gets a statement of hours offered, hours worked, rate, earnings "
            "and deductions.",
        ]
    )
    d.new_page()
    d.numbered(
        [
            "Recruitment. The club works with Recursos Humanos Frontera Norte, S.C. in Saltillo, Coahuila. The club "
            "pays all of its fees, and the agreement forbids it from charging workers anything. No recruitment fee "
            "will be charged to you by anyone.",
            "Abandonment and termination. A worker who does not report for 5 consecutive working days without "
            "consent has abandoned the job; a worker who abandons the job or is dismissed for cause loses the "
            "three-fourths guarantee and return transportation.",
            "Contract impossibility. If a hurricane, flood, fire or other Act of God makes the work impossible, the "
            "club may end the contract after notifying the Department of Labor; it will pay the guarantee up to "
            "that date and the trip home.",
            "Requirements. Six months of experience in turf or landscape maintenance. A driver's license is not "
            "required.",
            "Worker rights. Workers keep their own passports. Workers may complain to the Department of Labor or "
            "join a union without any effect on being rehired.",
            "Housing. Shared rooms in the club's staff house on Midland Road are available free of charge.",
        ],
        start=7,
    )
    d.signatures(["Pinecrest Golf Club, Inc.", "Worker"])
    d.recruiters = ["Recursos Humanos Frontera Norte, S.C."]
    d.traps = [
        "'collect green fees and cart fees from customers' is a job duty",
        "deductions required by law: FICA and income tax",
        "visa fees and travel reimbursed in first workweek",
        "tools, gear and uniforms free, no deposit; breakage never charged (negated damage chargeback)",
        "no recruitment fee; club pays the recruiter",
        "workers keep passports; no retaliation for complaints",
        "free staff housing",
    ]
    return d


def u12():
    d = Doc(
        "u12",
        "h2a",
        "es",
        "recruiter_agreement",
        "legal-style agreement; gridded job-terms table; ordinal clauses; signature line with fingerprint box",
        font="serif",
        size=9,
    )
    d.new_page()
    d.h(
        "CONVENIO DE RECLUTAMIENTO PARA TRABAJO AGRÍCOLA TEMPORAL (VISA H-2A)", size=11.5, align="C"
    )
    d.p(
        "Que celebran por una parte Gestoría Agrícola Los Altos, S.C., con domicilio en Av. Juárez 215, Tepatitlán "
        "de Morelos, Jalisco, en adelante EL RECLUTADOR, y por la otra el C. José Luis Navarro Pérez, en adelante "
        "EL TRABAJADOR, para trabajar con el empleador que se indica, al tenor de las siguientes condiciones y "
        "cláusulas.",
        align="J",
        after=3,
    )
    d.table(
        [
            ["Empleador", "Sweetwater Berry Farms, LLC, 5600 Ferry Road, Lynden, WA 98264"],
            [
                "Puesto",
                "Trabajador agrícola: cosecha de arándano y frambuesa a mano y a máquina, poda y deshierbe",
            ],
            ["Lugar", "Campos de la empresa en Lynden y Everson, condado de Whatcom, Washington"],
            ["Periodo", "Del 15 de junio al 30 de septiembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 6:00 a.m. a 2:30 p.m."],
            ["Salario", "$19.82 por hora o $0.65 por libra, lo que resulte mayor"],
            ["Pago", "Cada semana, los jueves"],
            [
                "Descuentos",
                "Impuesto federal sobre la renta (si EL TRABAJADOR lo pide) y descuentos autorizados por escrito",
            ],
            ["Vivienda", "Cabañas en el rancho, sin costo para EL TRABAJADOR"],
            ["Comidas", "Cocina equipada gratuita para que cada trabajador prepare sus alimentos"],
        ],
        [1, 4],
        grid=True,
    )
    d.h("CLÁUSULAS", size=10, align="C")
    ordinals = [
        "PRIMERA.",
        "SEGUNDA.",
        "TERCERA.",
        "CUARTA.",
        "QUINTA.",
        "SEXTA.",
        "SÉPTIMA.",
        "OCTAVA.",
        "NOVENA.",
        "DÉCIMA.",
        "UNDÉCIMA.",
        "DUODÉCIMA.",
        "DECIMOTERCERA.",
    ]
    clauses = [
        "EL RECLUTADOR gestionará la cita consular de EL TRABAJADOR. La cuota de la visa la paga el empleador.",
        Fee(
            "Para asegurar su lugar, EL TRABAJADOR depositará 450 dólares a la señora Rosalba Méndez, prima del "
            "representante de EL RECLUTADOR, en la cuenta que se le indique.",
            "recruitment_fee",
            450,
            "USD",
        ),
        Fee(
            "EL TRABAJADOR tramitará y pagará su propio pasaporte, cuyo costo de 1,740 pesos no se reembolsa.",
            "visa_cost",
            1740,
            "MXN",
            severity="review",
        ),
        "El empleador reembolsa el viaje de ida y los viáticos cuando EL TRABAJADOR complete el 50 % del contrato, y "
        "paga el regreso a Tepatitlán al terminar.",
        "El empleador proporciona sin costo todas las herramientas, cubetas, escaleras y equipo de protección.",
        Fee(
            "El trabajador que descomponga una herramienta, una escalera o un vehículo por descuido pagará la "
            "reparación mediante descuento en su cheque.",
            "damage_chargeback",
        ),
        "El empleador garantiza ofrecer trabajo por al menos tres cuartas partes de los días de trabajo del periodo "
        "del contrato.",
        "El empleador cuenta con seguro de compensación para trabajadores (workers' compensation) que cubre "
        "accidentes y enfermedades de trabajo sin costo para EL TRABAJADOR.",
        Fee(
            "En la vivienda rige un toque de queda a las 8:00 p.m. y nadie podrá salir del rancho los domingos sin "
            "permiso escrito del mayordomo.",
            "movement_restriction",
        ),
        "Si EL TRABAJADOR abandona el trabajo (cinco días seguidos sin permiso) o es despedido por causa "
        "justificada, pierde la garantía de tres cuartas partes y el pago del regreso.",
        "Si una helada, incendio, granizo u otra causa de fuerza mayor impide el trabajo, el empleador podrá "
        "terminar el contrato y pagará la garantía hasta esa fecha y el regreso de EL TRABAJADOR.",
        "Se requiere experiencia mínima de un mes en cosecha de frutillas.",
        "EL TRABAJADOR conserva en todo momento su pasaporte y sus documentos de identidad.",
    ]
    d.numbered(clauses, marks=ordinals, hang=37, after=1.3)
    d.p(
        "Leído el presente convenio, las partes lo firman en Tepatitlán de Morelos, Jalisco, el 4 de marzo de 2026."
    )
    d.signatures(["EL RECLUTADOR", "EL TRABAJADOR"], fingerprint=True)
    d.missing = ["wage_adjustment", "daily_transportation", "earnings_statements"]
    d.recruiters = ["Gestoría Agrícola Los Altos, S.C."]
    d.traps = [
        "visa fee paid by employer",
        "free housing and free kitchen (h2a)",
        "inbound travel reimbursed at 50%, return paid",
        "tools free",
        "workers' compensation at no cost",
        "fee paid to a relative of the recruiter's representative (third party) is a recruitment fee",
        "passport alone: review under h2a",
        "worker keeps passport",
    ]
    return d


# ======================================================================
# Build, rasterise, verify
# ======================================================================


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_bytes):
    """Per page: full text plus left/right half crops (for side-by-side columns)."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            variants = [page.extract_text() or ""]
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                variants.append(page.crop(box).extract_text() or "")
            out.append([norm(v) for v in variants])
    return out


def verify(doc, pdf_bytes):
    texts = page_texts(pdf_bytes)
    if len(texts) != doc.pdf.page:
        raise SystemExit(f"{doc.name}: page count mismatch")
    for f, page in doc.fees:
        q = norm(f.quote or f.text)
        if not any(q in v for v in texts[page - 1]):
            where = [i + 1 for i, t in enumerate(texts) if any(q in v for v in t)]
            raise SystemExit(
                f"{doc.name}: quote not found on page {page} (found on {where}): {q!r}"
            )


def rasterise(pdf_bytes, seed):
    rng = random.Random(seed)
    src = pypdfium2.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt", format="Letter")
    out.set_creation_date(CREATED)
    for i in range(len(src)):
        page = src[i]
        pw, ph = page.get_size()
        img = page.render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(
            rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=255
        )
        noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
        img = Image.blend(img, noise, 0.07)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: min(255, int(v * 1.04 + 6)))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page(format=(pw, ph))
        out.image(buf, x=0, y=0, w=pw, h=ph)
        page.close()
    src.close()
    return bytes(out.output())


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: build.py OUT_DIR")
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    builders = [u01, u02, u03, u04, u05, u06, u07_text, u08, u09, u10, u11, u12]
    labels = []
    for build in builders:
        doc = build()
        data = bytes(doc.pdf.output())
        verify(doc, data)
        if build is u07_text:
            doc.scanned = True
            data = rasterise(data, seed=707)
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                if any((p.extract_text() or "").strip() for p in pdf.pages):
                    raise SystemExit("u07: scanned PDF still has a text layer")
        (out_dir / f"{doc.name}.pdf").write_bytes(data)
        labels.append(doc.label())
    (out_dir / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(labels)} documents to {out_dir}")


if __name__ == "__main__":
    main()
