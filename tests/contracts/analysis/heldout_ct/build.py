#!/usr/bin/env python3
"""heldout_ct: blind held-out batch for the contract checker (12 documents).

Theme: Spanish-heavy recruitment documents from many corridors (Mexico, Guatemala,
Honduras, Nicaragua, Dominican Republic, Colombia, Peru -> US, Canada, Spain).

    python build.py OUT_DIR [--write-labels]

Writes ct01.pdf ... ct12.pdf and labels.json into OUT_DIR (deterministic: fixed creation
date, fixed seeds), reopens every PDF with pdfplumber and checks page counts, fee quotes on
their labelled page, recruiter names, term evidence, the image-only scanned page and the
batch mix; then compares the generated labels with the committed labels.json next to this
file (exit 1 on any failed check or difference). --write-labels rewrites the committed file.

Every firm, agency, person, address and phone number is invented. Self-contained: needs
fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts.
"""

import datetime
import io
import json
import os
import random
import re
import sys
import time
import unicodedata

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATION = datetime.datetime(2026, 1, 6, 10, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------------------
# taxonomy (copied from shared/domain/taxonomy.md)

PROGRAMS = ("h2a", "h2b", "generic")
TERMS = [  # (term, marks for h2a h2b generic)
    ("employer_identity", "RRR"),
    ("worker_identity", "..R"),
    ("job_duties", "RRR"),
    ("work_location", "RRR"),
    ("employment_period", "RRR"),
    ("hours_of_work", "RRR"),
    ("wage_rate", "RRR"),
    ("wage_adjustment", "RR."),
    ("overtime", ".R."),
    ("pay_frequency", "RRR"),
    ("deductions", "RRR"),
    ("three_fourths_guarantee", "RR."),
    ("housing", "R.."),
    ("meals", "R.."),
    ("inbound_transportation", "RR."),
    ("return_transportation", "RRR"),
    ("daily_transportation", "R.."),
    ("visa_reimbursement", ".R."),
    ("tools_provided", "RR."),
    ("workers_compensation", "R.."),
    ("earnings_statements", "RR."),
    ("termination", "RRR"),
    ("contract_impossibility", "RR."),
    ("job_requirements", "RR."),
]
REQUIRED = {p: [t for t, m in TERMS if m[i] == "R"] for i, p in enumerate(PROGRAMS)}
ALL_TERMS = [t for t, _ in TERMS]
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
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "PEN", "EUR", "CAD", "DOP", "NIO", "COP"}


def severity(cat, program, passport=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# PDF helpers (fpdf2, unit = pt)


class Doc(FPDF):
    """One document. Text that reaches the page goes through _reg() so that each fee
    sentence registered with F() gets the page it was printed on."""

    def __init__(self, spec, fmt="letter", margins=(54, 54, 54, 54)):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.spec = spec
        self.fees = []
        self.evidence = {}
        self.hdr_fn = None
        self.ftr_fn = None
        self.scan_mode = False
        self.scanned_pages = []
        self.set_creation_date(CREATION)
        self.set_producer("heldout_ct build.py")
        self.set_creator("heldout_ct")
        self.set_title(spec["title"])
        for fam, base in (
            ("sans", "DejaVuSans"),
            ("serif", "DejaVuSerif"),
            ("cond", "DejaVuSansCondensed"),
        ):
            ital = "Oblique" if fam != "serif" else "Italic"
            self.add_font(fam, "", FONT_DIR + base + ".ttf")
            self.add_font(fam, "B", FONT_DIR + base + "-Bold.ttf")
            self.add_font(fam, "I", FONT_DIR + base + "-" + ital + ".ttf")
            self.add_font(fam, "BI", FONT_DIR + base + "-Bold" + ital + ".ttf")
        self.add_font("mono", "", FONT_DIR + "DejaVuSansMono.ttf")
        self.add_font("mono", "B", FONT_DIR + "DejaVuSansMono-Bold.ttf")
        left, top, right, bottom = margins
        self.set_margins(left, top, right)
        self.set_auto_page_break(True, bottom)
        self.set_font("sans", "", 10)

    # -- registration -------------------------------------------------------
    def F(self, cat, text, amount=None, cur=None, passport=False, group=None):
        assert cat in CATEGORIES, cat
        self.fees.append(
            {
                "category": cat,
                "text": text,
                "amount": amount,
                "currency": cur,
                "passport": passport,
                "group": group,
                "page": None,
            }
        )
        return text

    def E(self, term, text):
        assert term in ALL_TERMS, term
        assert term not in self.evidence, (self.spec["file"], term)
        self.evidence[term] = text
        return text

    def _reg(self, text):
        nt = norm(text)
        for f in self.fees:
            if f["page"] is None and norm(f["text"]) in nt:
                f["page"] = self.page_no()

    # -- header / footer ----------------------------------------------------
    def _no_break(self, fn):
        auto, margin = self.auto_page_break, self.b_margin
        self.set_auto_page_break(False, margin)
        fn(self)
        self.set_auto_page_break(auto, margin)

    def header(self):
        if self.hdr_fn and not self.scan_mode:
            self._no_break(self.hdr_fn)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if self.ftr_fn and not self.scan_mode:
            self._no_break(self.ftr_fn)

    # -- text ----------------------------------------------------------------
    def style(self, fam="sans", st="", size=10, color=(0, 0, 0)):
        self.set_font(fam, st, size)
        self.set_text_color(*color)

    def p(
        self,
        text,
        size=10,
        fam="sans",
        st="",
        lh=None,
        w=0,
        align="L",
        after=4,
        color=(0, 0, 0),
        x=None,
    ):
        self.style(fam, st, size, color)
        if x is not None:
            self.set_x(x)
        lh = lh or size * 1.32
        self.multi_cell(w, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._reg(text)
        if after:
            self.ln(after)

    def lines_of(self, w, lh, text):
        return self.multi_cell(w, lh, text, dry_run=True, output=MethodReturnValue.LINES)

    def text_at(self, x, y, text, w=0, lh=12, align="L"):
        self.set_xy(x, y)
        self.multi_cell(w, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._reg(text)

    def need(self, h):
        if self.get_y() + h > self.h - self.b_margin:
            self.add_page()

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam="sans",
        pad=3.5,
        header_rows=0,
        head_fill=(225, 225, 225),
        line=(110, 110, 110),
        bold_first=False,
        fills=None,
        aligns=None,
        head_color=(0, 0, 0),
        x0=None,
        lw=0.5,
    ):
        lh = size * 1.3
        x0 = self.l_margin if x0 is None else x0
        self.set_draw_color(*line)
        self.set_line_width(lw)
        for ri, row in enumerate(rows):
            head = ri < header_rows
            heights = []
            for ci, txt in enumerate(row):
                st = "B" if head or (bold_first and ci == 0) else ""
                self.set_font(fam, st, size)
                heights.append(len(self.lines_of(widths[ci] - 2 * pad, lh, txt or " ")))
            h = max(heights) * lh + 2 * pad
            self.need(h)
            y = self.get_y()
            x = x0
            for ci, txt in enumerate(row):
                fill = None
                if head:
                    fill = head_fill
                elif fills and fills.get((ri, ci)) is not None:
                    fill = fills[(ri, ci)]
                elif fills and fills.get(ri) is not None:
                    fill = fills[ri]
                if fill:
                    self.set_fill_color(*fill)
                    self.rect(x, y, widths[ci], h, style="DF")
                else:
                    self.rect(x, y, widths[ci], h, style="D")
                st = "B" if head or (bold_first and ci == 0) else ""
                self.style(fam, st, size, head_color if head else (0, 0, 0))
                self.set_xy(x + pad, y + pad)
                al = aligns[ci] if aligns else "L"
                self.multi_cell(
                    widths[ci] - 2 * pad, lh, txt, align=al, new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
                self._reg(txt)
                x += widths[ci]
            self._reg(" ".join(row))
            self.set_xy(x0, y + h)

    def squiggle(self, x, y, w, seed, color=(20, 30, 120)):
        rnd = random.Random(seed)
        pts = []
        n = 40
        freq, phase, amp = rnd.uniform(7, 16), rnd.uniform(0, 3), rnd.uniform(4, 8)
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                (
                    x + t * w + rnd.uniform(-2, 2),
                    y + amp * np.sin(t * freq + phase + rnd.uniform(-0.4, 0.4)) * (1 - 0.5 * t),
                )
            )
        self.set_draw_color(*color)
        self.set_line_width(0.9)
        self.polyline([(float(a), float(b)) for a, b in pts])
        self.set_line_width(0.5)

    def cols_flow(
        self,
        paras,
        ncols=2,
        gap=18,
        size=9,
        title_size=9.5,
        y_top=None,
        y_bottom=None,
        fam="sans",
        after=6,
    ):
        """Flow (title, body) paragraphs through n columns on the current page.
        Paragraphs are never split across columns."""
        y_top = self.get_y() if y_top is None else y_top
        y_bottom = (self.h - self.b_margin) if y_bottom is None else y_bottom
        colw = (self.epw - gap * (ncols - 1)) / ncols
        lh = size * 1.3
        tlh = title_size * 1.3
        col = 0
        y = y_top
        ymax = y_top
        for title, body in paras:
            self.set_font(fam, "B", title_size)
            th = len(self.lines_of(colw, tlh, title)) * tlh if title else 0
            self.set_font(fam, "", size)
            bh = len(self.lines_of(colw, lh, body)) * lh
            if y + th + bh > y_bottom:
                col += 1
                y = y_top
                assert col < ncols, "columns overflow: " + (title or body[:40])
            x = self.l_margin + col * (colw + gap)
            if title:
                self.style(fam, "B", title_size)
                self.set_xy(x, y)
                self.multi_cell(colw, tlh, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self._reg(title)
                y += th
            self.style(fam, "", size)
            self.set_xy(x, y)
            self.multi_cell(colw, lh, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self._reg(body)
            y += bh + after
            ymax = max(ymax, y)
        self.set_xy(self.l_margin, ymax)

    # -- chat bubbles -------------------------------------------------------------
    def bubble(
        self,
        text,
        side,
        stamp,
        maxw,
        bg,
        fg=(0, 0, 0),
        size=9.5,
        pad=7,
        radius=9,
        stamp_color=(110, 110, 110),
        gap=6,
        left_x=None,
        right_x=None,
        fam="sans",
    ):
        lh = size * 1.32
        self.set_font(fam, "", size)
        wrapw = maxw - 2 * pad
        lines = self.lines_of(wrapw, lh, text)
        tw = max(self.get_string_width(ln) for ln in lines)
        self.set_font(fam, "", size - 2.5)
        sw = self.get_string_width(stamp) if stamp else 0
        bw = min(maxw, max(tw, sw) + 2 * pad + 1)
        sh = (size - 1.5) if stamp else 0
        h = len(lines) * lh + 2 * pad + sh
        self.need(h + gap)
        y = self.get_y()
        lx = self.l_margin if left_x is None else left_x
        rx = (self.w - self.r_margin) if right_x is None else right_x
        x = lx if side == "in" else rx - bw
        self.set_fill_color(*bg)
        self.rect(x, y, bw, h, style="F", round_corners=True, corner_radius=radius)
        self.style(fam, "", size, fg)
        self.set_xy(x + pad, y + pad)
        self.multi_cell(wrapw, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._reg(text)
        if stamp:
            self.style(fam, "", size - 2.5, stamp_color)
            self.set_xy(x + bw - pad - sw, y + pad + len(lines) * lh + 1)
            self.cell(sw, sh, stamp)
        self.set_xy(self.l_margin, y + h + gap)

    def chip(self, text, bg, fg=(80, 80, 80), size=7.5, gap=8):
        self.set_font("sans", "B", size)
        w = self.get_string_width(text) + 16
        y = self.get_y()
        x = (self.w - w) / 2
        self.set_fill_color(*bg)
        self.rect(x, y, w, size + 8, style="F", round_corners=True, corner_radius=5)
        self.set_text_color(*fg)
        self.set_xy(x, y + 4)
        self.cell(w, size, text, align="C")
        self.set_xy(self.l_margin, y + size + 8 + gap)

    # -- scanned page --------------------------------------------------------------
    def scanned_page(self, draw_fn, seed, dpi=200):
        """Add one image-only page: draw_fn(draw, scale, fonts) renders the page with
        Pillow; the image is rotated, blurred, noised and embedded as a JPEG."""
        self.scan_mode = True
        self.add_page()
        scale = dpi / 72.0
        W, H = int(round(self.w * scale)), int(round(self.h * scale))
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)

        def font(name, pt):
            return ImageFont.truetype(FONT_DIR + name, int(round(pt * scale)))

        draw_fn(d, scale, font)
        rnd = np.random.default_rng(seed)
        img = img.rotate(0.65, resample=Image.BICUBIC, expand=False, fillcolor=246)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img).astype(np.float32)
        arr += rnd.normal(0, 9, arr.shape)
        # uneven illumination and a dark scanner edge
        grad = np.linspace(-10, 6, W)[None, :]
        arr += grad
        arr[:, :10] *= 0.55
        dots = rnd.random(arr.shape) < 0.0004
        arr[dots] = 60
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, dpi=(dpi, dpi))
        buf.seek(0)
        self.image(buf, x=0, y=0, w=self.w, h=self.h)
        self.scanned_pages.append(self.page_no())


# ===========================================================================
# ct01  h2a · es · Mexico (Zacatecas) -> US (Georgia) · compliant contract


def build_ct01(d):
    green = (31, 92, 60)

    def hdr(pdf):
        pdf.set_fill_color(*green)
        pdf.rect(0, 0, pdf.w, 58, style="F")
        pdf.style("sans", "B", 13, (255, 255, 255))
        pdf.set_xy(54, 14)
        pdf.cell(0, 16, "OKEFENOKEE RIDGE BLUEBERRY FARMS LLC")
        pdf.style("sans", "", 8.5, (220, 238, 226))
        pdf.set_xy(54, 33)
        pdf.cell(
            0,
            12,
            "Contrato de trabajo y orden de empleo H-2A · Temporada 2026 · "
            "Copia en español para el trabajador",
        )
        pdf.set_xy(54, 78)

    def ftr(pdf):
        pdf.set_draw_color(*green)
        pdf.line(54, pdf.h - 42, pdf.w - 54, pdf.h - 42)
        pdf.style("sans", "", 7.5, (90, 90, 90))
        pdf.set_xy(54, pdf.h - 38)
        pdf.cell(0, 10, "Ref. OKRB-H2A-2026-014 · Trabajador: E. Macías R.", align="L")
        pdf.set_xy(54, pdf.h - 38)
        pdf.cell(pdf.w - 108, 10, "Página %d de {nb}" % pdf.page_no(), align="R")

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_top_margin(78)
    d.add_page()
    d.p("Datos principales del contrato", size=12, st="B", color=green, after=6)
    rows = [
        [
            "Empleador",
            d.E(
                "employer_identity",
                "Okefenokee Ridge Blueberry Farms LLC, 2741 Satilla Church Road, "
                "Alma, Georgia 31510, EE. UU.",
            )
            + " Tel. +1 912 555 0148",
        ],
        ["Trabajador", "Eleuterio Macías Ruvalcaba, originario de Fresnillo, Zacatecas"],
        [
            "Agente reclutador",
            "Enlace Agrícola Fresnillo, S.C. (sus honorarios los paga el empleador)",
        ],
        ["Puesto", "Cosechador de arándano (trabajador agrícola)"],
        [
            "Tareas",
            d.E(
                "job_duties",
                "Cortar a mano el arándano maduro, llenar y cargar "
                "cubetas, limpiar la fruta de hojas y ramas",
            )
            + ", y deshierbar entre surcos cuando no hay cosecha.",
        ],
        [
            "Lugar de trabajo",
            d.E("work_location", "Campos de la empresa en los condados de Bacon y Pierce, Georgia"),
        ],
        ["Periodo", d.E("employment_period", "Del 15 de abril al 25 de julio de 2026")],
        [
            "Jornada",
            d.E(
                "hours_of_work",
                "35 horas por semana como mínimo, de lunes a sábado, de 6:30 a 13:30",
            ),
        ],
        ["Salario", d.E("wage_rate", "$16.08 por hora") + " (ver cláusula 1)"],
        [
            "Día de pago",
            d.E("pay_frequency", "Cada semana, los viernes") + ", con cheque o depósito directo",
        ],
        [
            "Requisitos",
            d.E("job_requirements", "Tres meses de experiencia en cosecha manual de frutas")
            + "; poder trabajar agachado y cargar cubetas de 12 kg.",
        ],
    ]
    d.grid(
        rows,
        [120, d.epw - 120],
        size=9.5,
        bold_first=True,
        fills={i: (240, 247, 242) for i in range(0, len(rows), 2)},
    )
    d.ln(12)
    d.p("1. Salario y ajustes", size=10.5, st="B", after=2)
    d.p(
        "La empresa pagará $16.08 por cada hora trabajada. Si durante la temporada el "
        "Departamento de Trabajo publica una tarifa más alta (AEWR) o sube el salario mínimo "
        "federal o estatal, "
        + d.E(
            "wage_adjustment",
            "la empresa pagará la tarifa más alta desde la fecha en que entre en vigor",
        )
        + ". Cuando la "
        "cosecha se pague por pieza ($2.10 por cubeta de 10 libras), lo ganado en la semana "
        "nunca será menor que las horas trabajadas multiplicadas por la tarifa por hora.",
        size=9.5,
    )
    d.p("2. Garantía de tres cuartas partes", size=10.5, st="B", after=2)
    d.p(
        "La empresa garantiza ofrecerle trabajo por "
        + d.E(
            "three_fourths_guarantee",
            "al menos tres cuartas partes (75 %) de las horas de trabajo del periodo del contrato",
        )
        + ". Si le ofrece menos horas, le pagará la "
        "diferencia como si las hubiera trabajado.",
        size=9.5,
    )

    d.add_page()
    d.p("Condiciones de vida, viaje y trabajo", size=12, st="B", color=green, after=6)
    paras = [
        (
            "3. Vivienda",
            d.E("housing", "La vivienda es gratuita") + " y cumple las normas de "
            "seguridad: Campamento Rocky Creek, 118 Rocky Creek Lane, Alma, Georgia. No se cobra "
            "renta, luz, agua ni gas, y no se pide depósito por colchones ni cobijas.",
        ),
        (
            "4. Comidas",
            "Cada cuarto tiene "
            + d.E("meals", "acceso a una cocina equipada, sin costo")
            + ", con estufa, refrigerador y utensilios. Quien lo prefiera puede "
            "inscribirse en el comedor del campamento por $15.50 al día, cantidad que no rebasa "
            "el máximo que publica cada año el Departamento de Trabajo; inscribirse es "
            "voluntario y puede darse de baja con una semana de aviso.",
        ),
        (
            "5. Viaje de ida",
            d.E(
                "inbound_transportation",
                "La empresa compra el boleto de "
                "autobús de Fresnillo a Monterrey y de Monterrey a Alma",
            )
            + ", paga el hotel en "
            "Monterrey mientras se tramita la visa y entrega $19 diarios para comida durante el "
            "viaje. Nada de esto se descuenta del salario.",
        ),
        (
            "6. Viaje de regreso",
            "Al terminar el contrato, o si la empresa lo despide antes "
            "sin causa, "
            + d.E("return_transportation", "la empresa paga el autobús de regreso a Fresnillo")
            + " y los viáticos del camino.",
        ),
        (
            "7. Transporte diario",
            d.E(
                "daily_transportation",
                "El traslado diario entre el campamento y los campos es gratuito",
            )
            + ", en autobuses de la empresa con conductor "
            "con licencia y seguro.",
        ),
        (
            "8. Herramientas",
            "Las tijeras, cubetas, guantes y el impermeable "
            + d.E("tools_provided", "los entrega la empresa sin costo y sin depósito")
            + ".",
        ),
        (
            "9. Seguro de trabajo",
            "La empresa tiene "
            + d.E(
                "workers_compensation",
                "seguro de compensación para trabajadores (workers' compensation)",
            )
            + " que paga la atención médica y parte del salario si usted se "
            "lesiona o enferma por el trabajo; usted no paga ninguna parte de la prima.",
        ),
        (
            "10. Descuentos",
            "Del salario "
            + d.E("deductions", "solo se descuentan los impuestos que la ley exige")
            + " (impuesto federal y estatal sobre la renta, si "
            "corresponde) y las cantidades que usted autorice por escrito para su propio "
            "beneficio, como el comedor voluntario. La empresa no descuenta vivienda, "
            "transporte, herramientas ni visa.",
        ),
        (
            "11. Talón de pago",
            d.E(
                "earnings_statements",
                "Con cada pago recibirá un talón con las horas ofrecidas y trabajadas",
            )
            + ", la tarifa, lo ganado por hora y por pieza, "
            "cada descuento y el pago neto.",
        ),
        (
            "12. Terminación",
            "La empresa solo puede despedirlo por causa justificada, "
            "explicándole el motivo por escrito. "
            + d.E(
                "termination",
                "Si usted falta 5 días "
                "de trabajo seguidos sin avisar, se considera que abandonó el empleo",
            )
            + "; en ese "
            "caso la empresa no está obligada a pagar el regreso y debe avisarlo al gobierno.",
        ),
        (
            "13. Si el trabajo se vuelve imposible",
            d.E(
                "contract_impossibility",
                "Si un "
                "incendio, una helada, una inundación u otra causa fuera del control de la empresa "
                "impide continuar el trabajo",
            )
            + ", la empresa pagará la garantía de tres cuartas "
            "partes hasta esa fecha y el viaje de regreso, y hará lo posible por ubicarlo con "
            "otro empleador.",
        ),
        (
            "14. Sus documentos y sus derechos",
            "Usted guarda su pasaporte y su visa; nadie de "
            "la empresa ni del agente puede pedírselos. Puede quejarse ante el Departamento de "
            "Trabajo, su consulado o una organización sin que eso afecte que lo vuelvan a "
            "contratar.",
        ),
    ]
    d.cols_flow(paras, ncols=2, gap=20, size=9, title_size=9.5)

    d.add_page()
    d.p("Costos del proceso: quién paga", size=12, st="B", color=green, after=6)
    rows = [
        ["Concepto", "Monto aproximado", "Quién paga"],
        ["Cuota de la visa H-2A (MRV)", "USD 205", "La empresa (pago directo)"],
        ["Autobús Fresnillo–Monterrey–Alma", "MXN 2,100", "La empresa"],
        ["Hotel en Monterrey, hasta 3 noches", "MXN 1,800", "La empresa"],
        ["Comida durante el viaje", "USD 19 por día", "La empresa"],
        ["Pasaporte mexicano (si no tiene)", "MXN 1,730", "La empresa lo reembolsa"],
        ["Servicios de Enlace Agrícola Fresnillo", "sin costo para usted", "La empresa"],
        ["Examen médico, si el consulado lo pide", "según la clínica", "La empresa"],
    ]
    d.grid(
        rows,
        [230, 120, d.epw - 350],
        size=9.5,
        header_rows=1,
        head_fill=green,
        head_color=(255, 255, 255),
    )
    d.ln(10)
    d.p(
        "El reembolso del pasaporte se paga en efectivo con el primer cheque. Nadie puede "
        "cobrarle por darle este trabajo: ni la empresa, ni Enlace Agrícola Fresnillo, S.C., "
        "ni ninguna otra persona. Si alguien le pide dinero, no lo entregue y llame a la "
        "oficina de la empresa al +1 912 555 0190.",
        size=9.5,
    )
    d.ln(6)
    d.p("Firmas", size=10.5, st="B", after=4)
    y = d.get_y() + 30
    d.squiggle(70, y - 6, 120, 101)
    d.squiggle(340, y - 6, 110, 102)
    d.set_draw_color(0, 0, 0)
    d.line(60, y + 6, 270, y + 6)
    d.line(330, y + 6, 540, y + 6)
    d.style("sans", "", 8.5)
    d.text_at(
        60,
        y + 10,
        "Por la empresa: Dorothy K. Ashworth,\nGerente de Recursos Humanos",
        w=210,
        lh=11,
    )
    d.text_at(330, y + 10, "El trabajador: Eleuterio Macías Ruvalcaba", w=210, lh=11)
    d.set_xy(54, y + 44)
    d.p("Firmado en Fresnillo, Zacatecas, el 2 de marzo de 2026.", size=9)


# ===========================================================================
# ct02  h2a · es · Guatemala -> US (North Carolina) · WhatsApp chat


def _wa_frame(d, name, sub):
    d.set_fill_color(236, 229, 221)
    d.rect(0, 0, d.w, d.h, style="F")
    d.set_fill_color(7, 94, 84)
    d.rect(0, 0, d.w, 50, style="F")
    d.set_fill_color(200, 200, 200)
    d.ellipse(14, 11, 28, 28, style="F")
    d.style("sans", "B", 10.5, (255, 255, 255))
    d.set_xy(50, 12)
    d.cell(0, 13, name)
    d.style("sans", "", 8, (210, 235, 230))
    d.set_xy(50, 28)
    d.cell(0, 10, sub)
    d.set_fill_color(255, 255, 255)
    d.rect(8, d.h - 38, d.w - 54, 28, style="F", round_corners=True, corner_radius=13)
    d.style("sans", "", 8.5, (150, 150, 150))
    d.set_xy(22, d.h - 29)
    d.cell(0, 10, "Mensaje")
    d.set_fill_color(0, 168, 132)
    d.ellipse(d.w - 40, d.h - 38, 28, 28, style="F")
    d.set_xy(d.l_margin, 62)


def build_ct02(d):
    inc, out = (255, 255, 255), (220, 248, 198)
    mw = 238

    def hdr(pdf):
        _wa_frame(pdf, "Abelardo Chiquín", "Agencia Laboral Los Cuchumatanes · en línea")

    d.hdr_fn = hdr
    d.set_margins(12, 62, 12)
    d.set_auto_page_break(True, 48)
    d.add_page()
    d.chip("12 DE ENERO DE 2026", (225, 242, 251))

    def r(t, s):
        d.bubble(t, "in", s, mw, inc)

    def w(t, s):
        d.bubble(t, "out", s, mw, out)

    r(
        "Buenas tardes, le saluda Abelardo Chiquín de la Agencia Laboral Los Cuchumatanes. "
        "Ya salió la lista para Carolina del Norte, es para "
        + d.E("job_duties", "la cosecha de tabaco y camote")
        + ".",
        "14:05",
    )
    w("Buenas tardes don Abelardo, sí me interesa. ¿Cuánto están pagando?", "14:11 ✓✓")
    r(
        d.E("wage_rate", "15.80 dólares la hora")
        + ", "
        + d.E("employment_period", "del 1 de mayo al 30 de octubre de 2026")
        + ".",
        "14:12",
    )
    r(
        d.E("work_location", "Es en Wilson, Carolina del Norte")
        + ", "
        + d.E("hours_of_work", "de lunes a sábado, 8 horas diarias")
        + ".",
        "14:12",
    )
    r(
        d.E("pay_frequency", "Le pagan cada semana")
        + " y "
        + d.E("housing", "la casa es gratis, es en la misma granja")
        + ".",
        "14:13",
    )
    r(
        "Piden que tenga "
        + d.E("job_requirements", "por lo menos una temporada de experiencia en tabaco")
        + ".",
        "14:13",
    )
    w("Sí tengo, estuve en Kentucky en el 2023. ¿Y qué tengo que pagar?", "14:20 ✓✓")
    r(
        d.F(
            "recruitment_fee",
            "Para apartar su lugar son Q3,500 de inscripción, me los "
            "deposita en Banrural a más tardar el viernes.",
            3500.0,
            "GTQ",
        ),
        "14:24",
    )
    r(
        d.F(
            "visa_cost",
            "Los 205 dólares de la visa corren por su cuenta, el patrón no se los devuelve.",
            205.0,
            "USD",
        ),
        "14:25",
    )
    w("¿Y para ir al campo allá?", "14:31 ✓✓")
    r(
        "Eso no se paga, "
        + d.E(
            "daily_transportation", "la camioneta de la granja los lleva gratis al campo cada día"
        )
        + ".",
        "14:32",
    )
    w("Ah bueno. ¿Algo más?", "14:33 ✓✓")
    r(
        d.F(
            "deposit_or_bond",
            "Sí, antes de viajar me firma un pagaré por 10 mil quetzales, es "
            "la garantía de que va a regresar.",
            10000.0,
            "GTQ",
        ),
        "14:36",
    )
    r(
        d.F(
            "document_retention",
            "Y su pasaporte me lo entrega a mí, yo lo guardo aquí en la "
            "oficina hasta el día de la cita.",
        ),
        "14:36",
    )
    w("Está bien, el viernes le deposito.", "14:40 ✓✓")
    r(
        "Mande foto de la boleta cuando deposite. El formulario del consulado se lo lleno yo, "
        "por eso no le cobro nada.",
        "14:41",
    )
    w("Gracias don Abelardo, Dios se lo pague.", "14:42 ✓✓")


# ===========================================================================
# ct03  h2b · es · Honduras -> US (Louisiana) · recruiter service agreement


def build_ct03(d):
    def hdr(pdf):
        pdf.style("serif", "B", 9, (40, 40, 90))
        pdf.set_xy(60, 30)
        pdf.cell(0, 11, "Servicios Migratorios Cataguana, S. de R.L.")
        pdf.style("serif", "", 7.5, (80, 80, 80))
        pdf.set_xy(60, 42)
        pdf.cell(
            0,
            9,
            "Col. Los Andes, 7.ª calle, 12 y 13 avenida N.O., San Pedro Sula, Cortés · "
            "Tel. (504) 2553-7180 · Autorización STSS n.º AE-0417-2023",
        )
        pdf.set_draw_color(40, 40, 90)
        pdf.line(60, 55, pdf.w - 60, 55)
        pdf.set_xy(60, 70)

    def ftr(pdf):
        pdf.style("serif", "I", 7.5, (90, 90, 90))
        pdf.set_xy(60, pdf.h - 40)
        pdf.cell(
            pdf.w - 120,
            9,
            "Contrato SMC-H2B-2026-088 · página %d/{nb} · rubrica: ____" % pdf.page_no(),
            align="C",
        )

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(60, 70, 60)
    d.set_auto_page_break(True, 60)
    d.add_page()
    d.p(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL PARA EMPLEO "
        "TEMPORAL EN LOS ESTADOS UNIDOS DE AMÉRICA",
        size=11.5,
        fam="serif",
        st="B",
        align="C",
        after=10,
    )
    sz = 9.8
    d.p(
        "Nosotros, NERY ABIMAEL ZÚNIGA CASTRO, mayor de edad, casado, licenciado en "
        "Administración de Empresas, hondureño y de este domicilio, actuando en su condición "
        "de Gerente General de la sociedad SERVICIOS MIGRATORIOS CATAGUANA, S. DE R.L., que en "
        "lo sucesivo se denominará «LA AGENCIA»; y WILMER JOSUÉ BANEGAS REYES, mayor de edad, "
        "soltero, con Documento Nacional de Identificación número 1801-1994-03321, vecino de "
        "Olanchito, departamento de Yoro, que en lo sucesivo se denominará «EL TRABAJADOR», "
        "hemos convenido celebrar, como al efecto celebramos, el presente CONTRATO DE "
        "PRESTACIÓN DE SERVICIOS, que se regirá por las cláusulas siguientes:",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "PRIMERA: OBJETO. LA AGENCIA se obliga a gestionar la contratación de EL TRABAJADOR "
        "con la empresa GULF SHORE SEAFOOD PROCESSORS, INC. (en adelante «EL EMPLEADOR»), "
        + d.E(
            "employer_identity",
            "con domicilio en 1190 Bayou Terrebonne Road, Houma, Luisiana 70360",
        )
        + ", Estados Unidos de América, bajo el programa de "
        "visas H-2B, en las condiciones de la orden de trabajo de EL EMPLEADOR que se resumen "
        "a continuación:",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    rows = [
        ["Condición", "Detalle según la orden de trabajo"],
        ["Puesto", "Pelador y empacador de camarón (procesamiento de mariscos)"],
        [
            "Tareas",
            d.E("job_duties", "Pelar, desvenar, clasificar y empacar camarón")
            + "; limpiar mesas y equipo al final del turno",
        ],
        ["Lugar de trabajo", d.E("work_location", "Planta de EL EMPLEADOR en Houma, Luisiana")],
        ["Vigencia", d.E("employment_period", "Del 2 de marzo al 13 de noviembre de 2026")],
        [
            "Jornada",
            d.E("hours_of_work", "40 horas semanales, de lunes a viernes, de 6:00 a 14:30"),
        ],
        ["Salario", d.E("wage_rate", "USD 14.25 por hora")],
        ["Horas extra", d.E("overtime", "USD 21.38 por hora después de 40 horas en la semana")],
        ["Pago", d.E("pay_frequency", "Semanal, cada viernes")],
        [
            "Descuentos de ley",
            d.E("deductions", "Impuesto federal y estatal, Seguro Social y Medicare"),
        ],
        [
            "Viaje de ida",
            d.E(
                "inbound_transportation",
                "EL EMPLEADOR reembolsa el boleto San Pedro Sula–Nueva Orleans y los viáticos",
            )
            + " en la primera semana de trabajo",
        ],
        [
            "Visa",
            d.E("visa_reimbursement", "EL EMPLEADOR reembolsa la cuota de la visa H-2B")
            + " en la primera semana de trabajo",
        ],
        [
            "Viaje de regreso",
            d.E("return_transportation", "Lo paga EL EMPLEADOR al terminar el contrato"),
        ],
        [
            "Equipo",
            d.E("tools_provided", "Guantes, delantal, botas y cuchillos sin costo")
            + ", a cargo de EL EMPLEADOR",
        ],
        [
            "Requisitos",
            d.E(
                "job_requirements",
                "Saber leer y escribir; tres meses de experiencia en planta de mariscos",
            ),
        ],
    ]
    d.grid(
        rows,
        [105, d.epw - 105],
        size=8.8,
        fam="serif",
        header_rows=1,
        bold_first=True,
        head_fill=(222, 226, 240),
    )
    d.ln(8)
    d.p(
        "SEGUNDA: OBLIGACIONES DE LA AGENCIA. LA AGENCIA se obliga a: a) preparar y revisar el "
        "expediente de EL TRABAJADOR; b) programar la cita consular en Tegucigalpa; c) "
        "orientar a EL TRABAJADOR sobre el viaje y la llegada; y d) dar seguimiento a su "
        "contratación hasta que se presente con EL EMPLEADOR.",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "TERCERA: HONORARIOS. "
        + d.F(
            "recruitment_fee",
            "Por los servicios de intermediación, EL TRABAJADOR pagará a LA "
            "AGENCIA la suma de DIECIOCHO MIL QUINIENTOS LEMPIRAS (L 18,500.00), la mitad al firmar "
            "este contrato y la otra mitad al recibir la visa.",
            18500.0,
            "HNL",
        ),
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "CUARTA: GASTOS DEL PROCESO. Los gastos del proceso se distribuyen como se indica en "
        "el cuadro siguiente¹:",
        size=sz,
        fam="serif",
        align="J",
        after=5,
    )
    rows = [
        ["Concepto", "Monto (L)", "A cargo de"],
        ["Cuota de visa H-2B (USD 205)", "5,100.00", "EL EMPLEADOR²"],
        ["Boleto aéreo San Pedro Sula–Nueva Orleans", "9,800.00", "EL EMPLEADOR²"],
        [
            d.F(
                "medical_cost",
                "Examen médico y prueba de drogas, Clínica Santa Rosalía 2,350.00 EL TRABAJADOR",
                2350.0,
                "HNL",
            ).split(" 2,350.00")[0],
            "2,350.00",
            "EL TRABAJADOR",
        ],
        [
            d.F(
                "training_cost",
                "Curso obligatorio de inducción y manejo de alimentos 1,800.00 EL TRABAJADOR",
                1800.0,
                "HNL",
            ).split(" 1,800.00")[0],
            "1,800.00",
            "EL TRABAJADOR",
        ],
        ["Fotocopias y auténticas de documentos", "350.00", "LA AGENCIA"],
    ]
    d.grid(
        rows,
        [288, 74, d.epw - 362],
        size=8.8,
        fam="serif",
        header_rows=1,
        head_fill=(222, 226, 240),
        aligns=["L", "R", "L"],
    )
    d.ln(8)
    d.p(
        "QUINTA: RETENCIÓN. "
        + d.F(
            "wage_withholding",
            "EL EMPLEADOR retendrá el diez por ciento (10 %) de cada cheque "
            "semanal de EL TRABAJADOR y lo entregará a LA AGENCIA, que devolverá el total acumulado "
            "a EL TRABAJADOR cuando regrese a Honduras al finalizar la temporada.",
        ),
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "SEXTA: TERMINACIÓN. EL EMPLEADOR solo puede despedir a EL TRABAJADOR por causa "
        "justificada; si EL TRABAJADOR falta cinco días seguidos sin avisar, "
        + d.E("termination", "se tendrá por abandonado el empleo")
        + ".",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "SÉPTIMA: PENALIDAD. "
        + d.F(
            "breach_penalty",
            "Si EL TRABAJADOR abandona el empleo antes de la fecha de "
            "terminación, pagará a LA AGENCIA una penalidad de VEINTICINCO MIL LEMPIRAS "
            "(L 25,000.00) por los daños causados a su prestigio ante EL EMPLEADOR.",
            25000.0,
            "HNL",
        ),
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "OCTAVA: DOCUMENTOS. EL TRABAJADOR conservará en todo momento su pasaporte, su visa y "
        "su documento de identidad; LA AGENCIA solo recibirá fotocopias.",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "NOVENA: JURISDICCIÓN. Para todo lo relacionado con este contrato, las partes se "
        "someten a los juzgados de San Pedro Sula, departamento de Cortés.",
        size=sz,
        fam="serif",
        align="J",
        after=6,
    )
    d.p(
        "En fe de lo cual firmamos en la ciudad de San Pedro Sula, a los doce días del mes de "
        "enero de dos mil veintiséis.",
        size=sz,
        fam="serif",
        align="J",
        after=8,
    )
    d.need(120)
    y = d.get_y() + 34
    d.squiggle(80, y - 8, 130, 301)
    d.squiggle(345, y - 8, 120, 302)
    d.set_draw_color(0, 0, 0)
    d.line(66, y + 4, 266, y + 4)
    d.line(330, y + 4, 480, y + 4)
    d.rect(492, y - 40, 54, 62)
    d.style("serif", "", 8.5)
    d.text_at(
        66, y + 8, "Por LA AGENCIA: Nery Abimael Zúniga Castro,\nGerente General", w=220, lh=11
    )
    d.text_at(330, y + 8, "EL TRABAJADOR:\nWilmer Josué Banegas Reyes", w=160, lh=11)
    d.text_at(492, y + 26, "Huella", w=54, lh=10, align="C")
    d.set_xy(60, y + 42)
    d.set_draw_color(120, 120, 120)
    d.line(60, d.get_y(), 200, d.get_y())
    d.ln(4)
    d.p(
        "¹ Montos en lempiras al tipo de cambio del día de la firma de este contrato.",
        size=7.5,
        fam="serif",
        after=1,
    )
    d.p(
        "² EL EMPLEADOR reembolsa estos montos en el primer cheque de EL TRABAJADOR.",
        size=7.5,
        fam="serif",
        after=1,
    )


# ===========================================================================
# ct04  h2b · en+es · Dominican Republic -> US (South Carolina) · compliant job order


def build_ct04(d):
    navy = (20, 60, 110)

    def hdr(pdf):
        pdf.set_fill_color(*navy)
        pdf.rect(0, 0, pdf.w, 46, style="F")
        pdf.set_fill_color(240, 180, 60)
        pdf.rect(0, 46, pdf.w, 4, style="F")
        pdf.style("sans", "B", 11.5, (255, 255, 255))
        pdf.set_xy(50, 10)
        pdf.cell(0, 14, "Palmetto Tides Resort Group, LLC")
        pdf.style("sans", "", 8, (210, 225, 245))
        pdf.set_xy(50, 27)
        pdf.cell(
            0,
            10,
            "H-2B Job Order and Employment Contract · Orden de trabajo y contrato "
            "de empleo H-2B · 2026",
        )

    def ftr(pdf):
        pdf.style("sans", "", 7.5, (100, 100, 100))
        pdf.set_xy(50, pdf.h - 36)
        pdf.cell(
            pdf.w - 100,
            9,
            "PTRG-H2B-2026-HK · Page %d of {nb} / Página %d de {nb}"
            % (pdf.page_no(), pdf.page_no()),
            align="R",
        )

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(50, 66, 50)
    d.set_auto_page_break(True, 50)
    d.add_page()
    d.p(
        "Worker / Trabajadora: Yohanna Altagracia Peralta Rosario, Santiago de los Caballeros, "
        "República Dominicana",
        size=9,
        st="B",
        after=8,
    )
    grey = (85, 85, 85)

    def item(title, en, es):
        d.set_font("sans", "", 9)
        h = (len(d.lines_of(d.epw, 11.9, en)) + len(d.lines_of(d.epw, 11.9, es))) * 11.9 + 26
        d.need(h)
        d.p(title, size=9.5, st="B", color=navy, after=1)
        d.p(en, size=9, after=1)
        d.p(es, size=9, st="I", color=grey, after=6)

    item(
        "1. Employer / Empleador",
        d.E(
            "employer_identity",
            "Palmetto Tides Resort Group, LLC, 4120 Kings Landing "
            "Drive, North Myrtle Beach, South Carolina 29582",
        )
        + ", USA. "
        "Phone +1 843 555 0116.",
        "Palmetto Tides Resort Group, LLC, 4120 Kings Landing Drive, North Myrtle Beach, "
        "Carolina del Sur 29582, EE. UU. Teléfono +1 843 555 0116.",
    )
    item(
        "2. Position and duties / Puesto y tareas",
        "Housekeeper (Maids and Housekeeping Cleaners). "
        + d.E(
            "job_duties",
            "Clean and make up guest rooms and suites, change linens, vacuum, "
            "clean bathrooms and restock amenities",
        )
        + "; at the beach-towel kiosk, collect "
        "towel-card fees from guests and record them in the log at the end of the shift.",
        "Camarista (limpieza de habitaciones). Limpiar y arreglar habitaciones y suites, "
        "cambiar la ropa de cama, aspirar, limpiar baños y reponer artículos; en el kiosco de "
        "toallas de playa, cobrar a los huéspedes la tarifa de la tarjeta de toallas y anotarla "
        "en el registro al final del turno.",
    )
    item(
        "3. Requirements / Requisitos",
        "No experience required; the employer gives 2 days of paid on-the-job training. "
        + d.E("job_requirements", "Must be able to lift 25 lbs and stand for the whole shift")
        + ".",
        "No se requiere experiencia; el empleador da 2 días de capacitación pagada en el "
        "trabajo. Debe poder levantar 25 libras y estar de pie todo el turno.",
    )
    item(
        "4. Place of work / Lugar de trabajo",
        d.E(
            "work_location",
            "Palmetto Tides resorts at 4120 Kings Landing Drive and 1550 "
            "Seaside Pines Avenue, North Myrtle Beach, South Carolina",
        )
        + ".",
        "Hoteles Palmetto Tides en 4120 Kings Landing Drive y 1550 Seaside Pines Avenue, "
        "North Myrtle Beach, Carolina del Sur.",
    )
    item(
        "5. Contract period / Periodo del contrato",
        d.E("employment_period", "April 1, 2026 to October 15, 2026") + ".",
        "Del 1 de abril al 15 de octubre de 2026.",
    )
    item(
        "6. Hours / Horario",
        d.E(
            "hours_of_work",
            "35 hours per week, normally 7 hours a day, five days a week "
            "between 8:00 a.m. and 4:00 p.m.",
        )
        + "; the schedule is posted "
        "every Thursday for the next week.",
        "35 horas por semana, normalmente 7 horas al día, cinco días a la semana entre las "
        "8:00 a. m. y las 4:00 p. m.; el horario se publica cada jueves para la semana "
        "siguiente.",
    )
    item(
        "7. Wage / Salario",
        d.E("wage_rate", "$13.85 per hour") + ". If a higher prevailing wage or a higher "
        "federal, state or local minimum wage takes effect during the contract, "
        + d.E("wage_adjustment", "the employer will pay the higher rate from that date")
        + ".",
        "$13.85 por hora. Si durante el contrato entra en vigor un salario prevaleciente más "
        "alto o un salario mínimo federal, estatal o local más alto, el empleador pagará la "
        "tarifa más alta desde esa fecha.",
    )
    item(
        "8. Overtime / Horas extra",
        d.E("overtime", "Overtime is paid at $20.78 per hour") + " (one and a half times the "
        "rate) for hours over 40 in a workweek.",
        "Las horas extra se pagan a $20.78 por hora (tiempo y medio) después de 40 horas en "
        "la semana de trabajo.",
    )
    item(
        "9. Payday / Día de pago",
        d.E("pay_frequency", "Every week, on Friday") + ", by direct deposit or by a pay card "
        "that costs the worker nothing to use.",
        "Cada semana, el viernes, por depósito directo o con una tarjeta de pago que no le "
        "cuesta nada a la trabajadora.",
    )
    item(
        "10. Deductions / Descuentos",
        d.E("deductions", "Only federal and state income tax, Social Security and Medicare")
        + " required by law, and any deduction the worker authorizes in writing for her own "
        "benefit (for example, a savings plan or union dues). The employer will not deduct "
        "anything for uniforms, tools, transportation, visa or recruitment.",
        "Solo los impuestos federal y estatal, el Seguro Social y Medicare que exige la ley, "
        "y los descuentos que la trabajadora autorice por escrito para su propio beneficio "
        "(por ejemplo, un plan de ahorro o la cuota sindical). El empleador no descontará "
        "nada por uniformes, herramientas, transporte, visa ni reclutamiento.",
    )
    item(
        "11. Earnings statement / Comprobante de pago",
        d.E(
            "earnings_statements",
            "Each payday the worker receives a statement showing hours offered, hours worked",
        )
        + ", rate, total earnings, each "
        "deduction and net pay.",
        "Cada día de pago la trabajadora recibe un comprobante con las horas ofrecidas, las "
        "horas trabajadas, la tarifa, el total ganado, cada descuento y el pago neto.",
    )
    item(
        "12. Three-fourths guarantee / Garantía de tres cuartas partes",
        "The employer guarantees to offer the worker employment for "
        + d.E(
            "three_fourths_guarantee",
            "at least three-fourths of the workdays in each 12-week period",
        )
        + " of the contract, or pays the difference.",
        "El empleador garantiza ofrecer a la trabajadora empleo por al menos tres cuartas "
        "partes de los días de trabajo de cada periodo de 12 semanas del contrato, o le paga "
        "la diferencia.",
    )
    item(
        "13. Travel to the job / Viaje al trabajo",
        d.E(
            "inbound_transportation",
            "The employer reimburses the bus fare from Santiago to "
            "Santo Domingo, the airfare Santo Domingo–Myrtle Beach",
        )
        + " and meals and "
        "lodging on the way in the first workweek, or pays them in advance.",
        "El empleador reembolsa en la primera semana de trabajo el autobús de Santiago a "
        "Santo Domingo, el boleto aéreo Santo Domingo–Myrtle Beach y la comida y el hospedaje "
        "del camino, o los paga por adelantado.",
    )
    item(
        "14. Visa / Visa",
        "The employer pays or "
        + d.E("visa_reimbursement", "reimburses in the first workweek the H-2B visa fee")
        + ", the appointment fee and any border-crossing fee.",
        "El empleador paga o reembolsa en la primera semana de trabajo la cuota de la visa "
        "H-2B, el cargo de la cita y cualquier cuota de cruce fronterizo.",
    )
    item(
        "15. Return travel / Viaje de regreso",
        "If the worker completes the contract, or is dismissed early for a reason other "
        "than cause, "
        + d.E("return_transportation", "the employer pays the return airfare to Santo Domingo")
        + " and the bus to Santiago.",
        "Si la trabajadora termina el contrato, o si la despiden antes por un motivo que no "
        "sea causa justificada, el empleador paga el boleto de regreso a Santo Domingo y el "
        "autobús a Santiago.",
    )
    item(
        "16. Tools and uniforms / Herramientas y uniformes",
        "Two uniforms, gloves, cleaning supplies and carts are "
        + d.E("tools_provided", "provided free of charge")
        + "; no deposit is taken and "
        "nothing is deducted for normal wear.",
        "Dos uniformes, guantes, productos de limpieza y carritos se entregan gratis; no se "
        "pide depósito y no se descuenta nada por el desgaste normal.",
    )
    item(
        "17. Housing / Vivienda",
        "Optional: a shared apartment at no cost at 88 Dunes Crossing Court, North Myrtle "
        "Beach, two persons per bedroom. The worker may also live elsewhere.",
        "Opcional: un apartamento compartido sin costo en 88 Dunes Crossing Court, North "
        "Myrtle Beach, dos personas por habitación. La trabajadora también puede vivir en "
        "otro lugar.",
    )
    item(
        "18. Termination / Terminación",
        "The employer may dismiss a worker for cause (for example, theft or repeated "
        "no-shows) after a written warning. "
        + d.E(
            "termination",
            "A worker who fails to report for 5 consecutive working days "
            "without telling the employer is considered to have abandoned the job",
        )
        + "; the "
        "employer will notify the Department of Labor and DHS.",
        "El empleador puede despedir a una trabajadora por causa justificada (por ejemplo, "
        "robo o faltas repetidas) después de una advertencia por escrito. Si la trabajadora "
        "no se presenta 5 días de trabajo seguidos sin avisar, se considera que abandonó el "
        "empleo; el empleador lo informará al Departamento de Trabajo y al DHS.",
    )
    item(
        "19. If the work becomes impossible / Si el trabajo se vuelve imposible",
        d.E(
            "contract_impossibility",
            "If a hurricane, fire or other event beyond the "
            "employer's control makes it impossible to continue",
        )
        + ", the employer may end "
        "the contract after paying the three-fourths guarantee up to that date and the "
        "return trip, and will help the worker find other work.",
        "Si un huracán, un incendio u otro hecho fuera del control del empleador hace "
        "imposible continuar, el empleador puede terminar el contrato después de pagar la "
        "garantía de tres cuartas partes hasta esa fecha y el viaje de regreso, y ayudará a "
        "la trabajadora a buscar otro empleo.",
    )
    item(
        "20. Recruitment / Reclutamiento",
        "The employer pays Caribe Talento Laboral, S.R.L. for all recruitment services. No "
        "fee of any kind will be charged to the worker by the employer, the recruiter or any "
        "agent, and the employer's contract with the recruiter forbids it.",
        "El empleador paga a Caribe Talento Laboral, S.R.L. todos los servicios de "
        "reclutamiento. Ni el empleador, ni la reclutadora, ni ningún agente cobrará a la "
        "trabajadora cuota alguna, y el contrato del empleador con la reclutadora lo prohíbe.",
    )
    item(
        "21. Documents and rights / Documentos y derechos",
        "The worker keeps her passport and visa at all times. She may complain to the "
        "Department of Labor or her consulate without being blacklisted or losing the chance "
        "to be rehired. Free coffee and fruit are available in the staff room.",
        "La trabajadora guarda siempre su pasaporte y su visa. Puede quejarse ante el "
        "Departamento de Trabajo o su consulado sin que la pongan en una lista negra ni "
        "pierda la oportunidad de ser recontratada. Hay café y fruta gratis en la sala del "
        "personal.",
    )
    d.need(170)
    d.ln(4)
    d.p("Costs of the process / Costos del proceso", size=10, st="B", color=navy, after=4)
    rows = [
        ["Cost / Costo", "Amount / Monto", "Paid by / Lo paga"],
        ["H-2B visa fee / Cuota de visa H-2B", "USD 205", "Employer / Empleador"],
        ["Bus Santiago–Santo Domingo / Autobús", "DOP 1,150", "Employer / Empleador"],
        ["Airfare / Boleto aéreo", "USD 460", "Employer / Empleador"],
        ["Recruitment service / Reclutamiento", "USD 0 to worker", "Employer / Empleador"],
        ["Uniforms / Uniformes", "—", "Employer / Empleador"],
    ]
    d.grid(
        rows,
        [220, 110, d.epw - 330],
        size=8.8,
        header_rows=1,
        head_fill=navy,
        head_color=(255, 255, 255),
    )
    d.ln(22)
    y = d.get_y() + 16
    d.squiggle(70, y - 6, 110, 401)
    d.squiggle(330, y - 6, 130, 402)
    d.set_draw_color(0, 0, 0)
    d.line(56, y + 6, 266, y + 6)
    d.line(316, y + 6, 556, y + 6)
    d.style("sans", "", 8)
    d.text_at(
        56,
        y + 10,
        "For the employer / Por el empleador:\nMarcus J. Whitfield, HR Director",
        w=210,
        lh=10,
    )
    d.text_at(
        316, y + 10, "Worker / Trabajadora:\nYohanna Altagracia Peralta Rosario", w=240, lh=10
    )


# ===========================================================================
# ct05  generic · es · Colombia -> Spain (Huelva) · compliant seasonal contract (form)


def build_ct05(d):
    def ftr(pdf):
        pdf.style("sans", "", 7, (100, 100, 100))
        pdf.set_xy(40, pdf.h - 30)
        pdf.cell(
            pdf.w - 80,
            9,
            "Ejemplar para la trabajadora · Campaña 2026 · Hoja %d de {nb}" % pdf.page_no(),
            align="R",
        )

    d.ftr_fn = ftr
    d.set_margins(40, 40, 40)
    d.set_auto_page_break(True, 46)
    d.add_page()
    d.set_draw_color(0, 0, 0)
    d.set_line_width(1)
    d.rect(40, 40, d.epw, 52)
    d.set_line_width(0.5)
    d.style("sans", "B", 10.5)
    d.set_xy(46, 46)
    d.multi_cell(
        d.epw - 12,
        13,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nACTIVIDAD DE "
        "TEMPORADA AGRÍCOLA · CONTRATACIÓN COLECTIVA EN ORIGEN",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.style("sans", "", 7.5, (60, 60, 60))
    d.set_xy(46, 76)
    d.cell(
        d.epw - 12,
        10,
        "Código de contrato 402 · Referencia de oferta GECCO-HU-2026-1187",
        align="C",
    )
    d.set_xy(40, 102)

    def section(title):
        d.need(40)
        d.set_fill_color(205, 215, 230)
        d.style("sans", "B", 8.5)
        d.cell(d.epw, 14, "  " + title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(title)

    def field(label, value, w=None, x=None, h=26, newline=True):
        w = d.epw if w is None else w
        x = d.l_margin if x is None else x
        y = d.get_y()
        d.style("cond", "", 9)
        lines = d.lines_of(w - 6, 11, value)
        if len(lines) > 1:
            h = 14 + len(lines) * 11
        d.rect(x, y, w, h)
        d.style("sans", "", 6.5, (70, 70, 70))
        d.set_xy(x + 3, y + 2)
        d.cell(w - 6, 8, label)
        d.style("cond", "", 9)
        d.set_xy(x + 3, y + 11)
        d.multi_cell(w - 6, 11, value, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(value)
        if newline:
            d.set_xy(d.l_margin, y + h)
        else:
            d.set_xy(d.l_margin, y)
        return h

    def box(x, y, checked, label):
        d.set_draw_color(0, 0, 0)
        d.rect(x, y, 9, 9)
        if checked:
            d.style("sans", "B", 8)
            d.set_xy(x, y)
            d.cell(9, 9, "X", align="C")
        d.style("sans", "", 8.5)
        d.set_xy(x + 13, y)
        d.cell(0, 9, label)
        d._reg(label)

    section("DATOS DE LA EMPRESA")
    y = d.get_y()
    field(
        "Razón social",
        d.E("employer_identity", "Frutos Rojos del Condado, S.L.") + " (en adelante, la empresa)",
        w=d.epw * 0.7,
        newline=False,
    )
    field("CIF", "B21458873", w=d.epw * 0.3, x=d.l_margin + d.epw * 0.7, newline=False)
    d.set_xy(d.l_margin, y + 26)
    field("Domicilio social", "Carretera A-494, km 12, 21810 Palos de la Frontera (Huelva), España")
    field(
        "Código de cuenta de cotización",
        "21/104872356 · Actividad: cultivo de frutos rojos (CNAE 0125)",
    )
    d.ln(6)
    section("DATOS DE LA TRABAJADORA")
    y = d.get_y()
    field(
        "Nombre y apellidos",
        d.E("worker_identity", "Yesenia Marcela Ortiz Quintero"),
        w=d.epw * 0.6,
        newline=False,
    )
    field("Pasaporte", "AZ7730158", w=d.epw * 0.2, x=d.l_margin + d.epw * 0.6, newline=False)
    field("Nacionalidad", "colombiana", w=d.epw * 0.2, x=d.l_margin + d.epw * 0.8, newline=False)
    d.set_xy(d.l_margin, y + 26)
    field("Domicilio en origen", "Calle 9 n.º 4-31, barrio Cálamo, Pitalito (Huila), Colombia")
    d.ln(6)
    section("CONDICIONES DE TRABAJO")
    y = d.get_y() + 6
    d.style("sans", "B", 8.5)
    d.set_xy(d.l_margin, y)
    d.cell(90, 9, "Modalidad:")
    box(d.l_margin + 90, y, True, "Duración determinada por temporada")
    box(d.l_margin + 300, y, False, "Fijo discontinuo")
    y += 16
    d.style("sans", "B", 8.5)
    d.set_xy(d.l_margin, y)
    d.cell(90, 9, "Jornada:")
    box(d.l_margin + 90, y, True, "Tiempo completo")
    box(d.l_margin + 300, y, False, "Tiempo parcial")
    d.set_xy(d.l_margin, y + 18)
    field("Categoría profesional", "Peón agrícola (recolectora)")
    field(
        "Funciones",
        d.E(
            "job_duties",
            "Recolección de fresa y frambuesa en invernadero, selección y encajado en campo",
        )
        + ", y limpieza de los túneles al final de la jornada.",
    )
    field(
        "Centro de trabajo",
        d.E("work_location", "Finca Las Madres, paraje El Corchito, Palos de la Frontera (Huelva)"),
    )
    field(
        "Duración",
        d.E("employment_period", "Del 9 de febrero al 12 de junio de 2026") + ", ambos incluidos.",
    )
    field(
        "Jornada y horario",
        d.E("hours_of_work", "39 horas semanales, de lunes a sábado, de 7:00 a 13:30")
        + ", con 20 minutos de descanso retribuido.",
    )
    field(
        "Retribución",
        d.E("wage_rate", "62,40 euros brutos por jornada") + ", con pagas "
        "extraordinarias y vacaciones prorrateadas, según el Convenio Colectivo del Campo de "
        "la provincia de Huelva.",
    )
    field(
        "Forma y periodicidad de pago",
        d.E(
            "pay_frequency",
            "Pago mensual, por transferencia bancaria, antes del día 5 del mes siguiente",
        )
        + ", con recibo de "
        "salarios detallado.",
    )
    d.ln(8)
    d.p(
        "La trabajadora ha sido seleccionada en su país de origen dentro del programa de "
        "contratación colectiva en origen. Este contrato se firma en Bogotá y la relación "
        "laboral comienza el día de su incorporación a la finca.",
        size=8.5,
        after=4,
    )

    d.add_page()
    section("CLÁUSULAS ADICIONALES")
    d.ln(4)
    sz = 8.8
    d.p(
        "Primera. Deducciones. De la nómina "
        + d.E(
            "deductions",
            "solo se descontarán las cotizaciones de la trabajadora a la Seguridad Social",
        )
        + " (contingencias comunes, desempleo y formación profesional) y la "
        "retención del IRPF que correspondan por ley. La cuota sindical solo se descontará si "
        "la trabajadora lo autoriza por escrito.",
        size=sz,
        align="J",
    )
    d.p(
        "Segunda. Alojamiento. La empresa facilita alojamiento gratuito en la finca, con cocina, "
        "agua caliente y lavadora, durante toda la campaña; no se cobra fianza ni suministros.",
        size=sz,
        align="J",
    )
    d.p(
        "Tercera. Viajes. "
        + d.E(
            "return_transportation",
            "La empresa paga el billete de avión "
            "Bogotá–Sevilla de ida y el de vuelta al terminar la campaña",
        )
        + ", así como el "
        "traslado en autobús desde el aeropuerto hasta la finca y de regreso.",
        size=sz,
        align="J",
    )
    d.p(
        "Cuarta. Selección. La selección en origen la realiza Andina Rutas Laborales S.A.S. "
        "(Bogotá) por encargo de la empresa, que paga todos sus honorarios; la trabajadora no "
        "paga nada por ser seleccionada, por el visado ni por el examen médico.",
        size=sz,
        align="J",
    )
    d.p(
        "Quinta. Documentación. La trabajadora conserva su pasaporte y su tarjeta de "
        "identidad de extranjero (TIE); la empresa no puede retenerlos en ningún caso.",
        size=sz,
        align="J",
    )
    d.p(
        "Sexta. Extinción. El contrato se extingue al finalizar la campaña. "
        + d.E(
            "termination",
            "La empresa solo puede despedir por las causas del artículo 54 del "
            "Estatuto de los Trabajadores",
        )
        + ", por escrito y con indicación de los hechos; la "
        "trabajadora puede dimitir avisando con 7 días de antelación, sin penalización alguna.",
        size=sz,
        align="J",
    )
    d.p(
        "Séptima. Prevención de riesgos. La empresa entrega gratis el equipo de protección "
        "(guantes, gorra y calzado) e imparte la formación en prevención de riesgos dentro de "
        "la jornada, sin coste para la trabajadora.",
        size=sz,
        align="J",
    )
    d.p(
        "Octava. Normativa aplicable. En lo no previsto se estará al Estatuto de los "
        "Trabajadores, al Convenio Colectivo del Campo de la provincia de Huelva y a la orden "
        "anual de gestión colectiva de contrataciones en origen.",
        size=sz,
        align="J",
    )
    d.ln(6)
    d.p("En Bogotá, a 19 de enero de 2026.", size=9, after=30)
    y = d.get_y()
    d.squiggle(60, y - 4, 120, 501)
    d.squiggle(330, y - 4, 110, 502)
    d.set_draw_color(0, 0, 0)
    d.line(50, y + 8, 250, y + 8)
    d.line(320, y + 8, 520, y + 8)
    d.style("sans", "", 8)
    d.text_at(50, y + 12, "La empresa\nInmaculada Borrero Cárdenas, administradora", w=220, lh=10)
    d.text_at(320, y + 12, "La trabajadora\nYesenia Marcela Ortiz Quintero", w=220, lh=10)


# ===========================================================================
# ct06  generic · es · Peru -> Spain (Madrid) · agency registration form with checkboxes


def build_ct06(d):
    teal = (0, 110, 120)

    def hdr(pdf):
        pdf.set_fill_color(*teal)
        pdf.rect(40, 30, 44, 44, style="F", round_corners=True, corner_radius=6)
        pdf.style("serif", "B", 17, (255, 255, 255))
        pdf.set_xy(40, 42)
        pdf.cell(44, 20, "HI", align="C")
        pdf.style("sans", "B", 12, teal)
        pdf.set_xy(94, 32)
        pdf.cell(0, 14, "HORIZONTE IBÉRICO EMPLEOS E.I.R.L.")
        pdf.style("sans", "", 7.5, (80, 80, 80))
        pdf.set_xy(94, 48)
        pdf.cell(
            0,
            9,
            "Av. José Larco 1187, oficina 504, Miraflores, Lima · Cel./WhatsApp +51 946 318 207",
        )
        pdf.set_xy(94, 58)
        pdf.cell(0, 9, "Colocación de personal para el cuidado de personas en España")
        pdf.set_draw_color(*teal)
        pdf.set_line_width(1.2)
        pdf.line(40, 82, pdf.w - 40, 82)
        pdf.set_line_width(0.5)
        pdf.set_xy(40, 92)

    def ftr(pdf):
        pdf.style("sans", "I", 7, (110, 110, 110))
        pdf.set_xy(40, pdf.h - 30)
        pdf.cell(pdf.w - 80, 9, "Ficha HI-2026-0381 · %d/{nb}" % pdf.page_no(), align="R")

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(40, 92, 40)
    d.set_auto_page_break(True, 46)
    d.add_page()
    d.p(
        "FICHA DE INSCRIPCIÓN — PROGRAMA «CUIDADORAS PARA ESPAÑA» 2026",
        size=12,
        st="B",
        align="C",
        after=2,
    )
    d.p(
        "N.º de ficha: HI-2026-0381 · Llenar con letra clara · Marque con X",
        size=8,
        align="C",
        color=(90, 90, 90),
        after=8,
    )

    def section(t):
        d.need(40)
        d.set_fill_color(*teal)
        d.style("sans", "B", 9, (255, 255, 255))
        d.cell(d.epw, 15, "  " + t, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(t)
        d.ln(4)

    def line_field(label, value, x=None, w=None):
        x = d.l_margin if x is None else x
        w = d.epw if w is None else w
        y = d.get_y()
        d.style("sans", "B", 8.5)
        d.set_xy(x, y)
        lw = d.get_string_width(label) + 4
        d.cell(lw, 12, label)
        d.style("cond", "I", 10, (25, 45, 140))
        d.set_xy(x + lw, y)
        d.cell(w - lw, 12, value)
        d._reg(label + " " + value)
        d.set_draw_color(150, 150, 150)
        d.line(x + lw, y + 12, x + w - 6, y + 12)
        d.set_xy(d.l_margin, y + 19)

    def checks(items, x=None, cols=3, colw=None):
        x = d.l_margin if x is None else x
        colw = colw or d.epw / cols
        y = d.get_y()
        for i, (on, label) in enumerate(items):
            cx = x + (i % cols) * colw
            cy = y + (i // cols) * 15
            d.set_draw_color(0, 0, 0)
            d.rect(cx, cy + 1, 9, 9)
            if on:
                d.style("cond", "B", 10, (25, 45, 140))
                d.set_xy(cx, cy + 1)
                d.cell(9, 9, "X", align="C")
            d.style("sans", "", 8.5)
            d.set_xy(cx + 13, cy)
            d.cell(colw - 14, 11, label)
            d._reg(label)
        d.set_xy(d.l_margin, y + ((len(items) + cols - 1) // cols) * 15 + 4)

    section("1. DATOS DE LA POSTULANTE")
    line_field("Apellidos y nombres:", d.E("worker_identity", "Huamán Quispe, Rosa Elvira"))
    y = d.get_y()
    line_field("DNI:", "45127736", w=d.epw / 2)
    d.set_y(y)
    line_field("Fecha de nacimiento:", "14/08/1988", x=d.l_margin + d.epw / 2, w=d.epw / 2)
    line_field("Domicilio:", "Jr. Los Geranios 412, San Juan de Lurigancho, Lima")
    y = d.get_y()
    line_field("Celular:", "951 204 887", w=d.epw / 2)
    d.set_y(y)
    line_field("Estado civil:", "conviviente, 2 hijos", x=d.l_margin + d.epw / 2, w=d.epw / 2)
    d.ln(4)
    section("2. EXPERIENCIA (marque todas las que correspondan)")
    checks(
        [
            (True, "Cuidado de adultos mayores"),
            (True, "Cocina casera"),
            (False, "Enfermería técnica"),
            (False, "Cuidado de niños"),
            (True, "Limpieza del hogar"),
            (False, "Manejo de grúa o silla"),
        ]
    )
    line_field("Años de experiencia:", "6 años (asilo San Vicente y casas particulares)")
    d.ln(4)
    section("3. PUESTO AL QUE POSTULA")
    checks(
        [
            (True, "Cuidadora interna (vive en el domicilio)"),
            (False, "Cuidadora externa (por horas)"),
        ],
        cols=2,
    )
    line_field("Ciudad de destino:", d.E("work_location", "Madrid (Comunidad de Madrid), España"))
    d.p(
        "Funciones: "
        + d.E(
            "job_duties",
            "aseo personal, alimentación, compañía y control de la medicación de una persona mayor",
        )
        + ", y limpieza ligera de la vivienda.",
        size=9,
        after=3,
    )
    d.p(
        "Sueldo ofrecido: "
        + d.E("wage_rate", "1.184 euros brutos mensuales")
        + ", "
        + d.E("pay_frequency", "que la familia paga cada mes por transferencia")
        + ".",
        size=9,
        after=3,
    )
    d.p(
        "El pasaje de ida Lima–Madrid lo paga la familia empleadora. Horizonte Ibérico Empleos "
        "no cobra comisión sobre su sueldo en España.",
        size=9,
        after=3,
    )
    d.ln(4)
    section("DISPONIBILIDAD Y DOCUMENTOS ENTREGADOS")
    y = d.get_y()
    d.style("sans", "B", 8.5)
    d.cell(0, 11, "Disponibilidad para viajar:")
    d.set_xy(d.l_margin, y + 15)
    checks([(True, "Inmediata"), (False, "En 3 meses"), (False, "En 6 meses o más")])
    d.style("sans", "B", 8.5)
    d.cell(0, 11, "Documentos entregados (copias):")
    d.set_xy(d.l_margin, d.get_y() + 15)
    checks(
        [
            (True, "DNI (ambas caras)"),
            (True, "Certificado de estudios"),
            (False, "Constancias de trabajo"),
            (True, "Dos fotos tamaño carné"),
            (False, "Carta de recomendación"),
            (True, "Recibo de luz o agua"),
        ]
    )
    d.p(
        "La agencia devuelve los originales el mismo día; solo se quedan las copias.",
        size=8.5,
        color=(70, 70, 70),
        after=3,
    )
    line_field("Observaciones:", "habla quechua y castellano; cuidó a su abuela con Parkinson")

    d.add_page()
    section("4. PAGOS DE LA POSTULANTE")
    d.p(
        "Marque lo que ya pagó. Los pagos se hacen en la oficina o por depósito en la cuenta "
        "de la empresa.",
        size=8.5,
        color=(70, 70, 70),
        after=6,
    )
    pays = [
        (
            True,
            d.F(
                "recruitment_fee",
                "Derecho de inscripción y evaluación de perfil: S/ "
                "450.00, se paga al entregar esta ficha.",
                450.0,
                "PEN",
            ),
        ),
        (
            True,
            d.F(
                "medical_cost",
                "Certificado médico y psicológico en nuestra clínica asociada: S/ 280.00.",
                280.0,
                "PEN",
            ),
        ),
        (
            False,
            d.F(
                "training_cost",
                "Taller obligatorio «Cuidado geriátrico y cultura "
                "española» (40 horas): S/ 600.00, antes de la entrevista.",
                600.0,
                "PEN",
            ),
        ),
        (
            False,
            d.F(
                "insurance_cost",
                "Seguro médico de viaje por 90 días, contratado por la agencia: S/ 390.00.",
                390.0,
                "PEN",
            ),
        ),
    ]
    for on, txt in pays:
        y = d.get_y()
        d.style("sans", "", 12)
        d.set_xy(d.l_margin, y - 1)
        d.cell(16, 13, "☑" if on else "☐")
        d.style("sans", "", 9.5)
        d.set_xy(d.l_margin + 20, y)
        d.multi_cell(d.epw - 20, 12.5, txt, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(txt)
        d.ln(5)
    d.ln(2)
    d.p(
        d.F(
            "visa_cost",
            "La postulante cubre además la tasa del visado de trabajo y la "
            "legalización de sus antecedentes penales, unos 190 euros en total.",
            190.0,
            "EUR",
        ),
        size=9.5,
        after=8,
    )
    d.style("sans", "B", 8.5)
    d.cell(90, 11, "Forma de pago:")
    d.set_x(d.l_margin)
    d.ln(14)
    checks(
        [
            (True, "Depósito BCP 193-2284710-0-55"),
            (False, "Efectivo en oficina"),
            (False, "Yape / Plin"),
        ],
        cols=3,
    )
    d.ln(6)
    section("5. DECLARACIÓN")
    checks([(True, "Declaro que los datos de esta ficha son verdaderos.")], cols=1)
    checks(
        [
            (
                True,
                "Autorizo a Horizonte Ibérico Empleos E.I.R.L. a compartir mis datos con "
                "familias empleadoras en España.",
            )
        ],
        cols=1,
    )
    d.ln(64)
    y = d.get_y()
    d.squiggle(60, y - 8, 120, 601)
    d.set_draw_color(0, 0, 0)
    d.line(50, y + 4, 250, y + 4)
    d.rect(290, y - 50, 56, 62)
    d.style("sans", "", 8)
    d.text_at(50, y + 8, "Firma de la postulante", w=200, lh=10)
    d.text_at(290, y + 16, "Huella", w=56, lh=10, align="C")
    d.set_xy(380, y - 40)
    d.style("sans", "B", 8)
    d.cell(0, 10, "Atendido por:")
    d.style("cond", "I", 10, (25, 45, 140))
    d.set_xy(380, y - 28)
    d.cell(0, 12, "Lucía Zevallos Paredes")
    d._reg("Lucía Zevallos Paredes")
    d.style("sans", "", 8)
    d.set_xy(380, y - 14)
    d.cell(0, 10, "Asesora de colocación")
    d.set_xy(380, y + 2)
    d.cell(0, 10, "Lima, 27 de enero de 2026")


# ===========================================================================
# ct07  h2a · es · Mexico (Oaxaca) -> US (Virginia) · handwritten receipts + selection slip


def build_ct07(d):
    ink = (22, 42, 150)
    d.set_margins(50, 40, 50)
    d.set_auto_page_break(False)
    d.add_page()

    def receipt(y0, folio, bueno, body, place_date, seed, note=None):
        h = 330
        x0 = 50
        w = d.w - 100
        d.set_fill_color(252, 250, 240)
        d.set_draw_color(90, 90, 90)
        d.set_line_width(0.8)
        d.rect(x0, y0, w, h, style="DF")
        d.set_line_width(0.5)
        d.style("serif", "B", 11, (120, 30, 30))
        d.set_xy(x0 + 12, y0 + 10)
        d.cell(0, 13, "GESTORÍA VILLALOBOS")
        d.style("serif", "", 7.5, (90, 90, 90))
        d.set_xy(x0 + 12, y0 + 25)
        d.cell(
            0,
            9,
            "Trámites migratorios y laborales · Calle Independencia 23, Centro, "
            "Tlaxiaco, Oax. · Tel. 953 112 0459",
        )
        d.style("serif", "B", 10, (120, 30, 30))
        d.set_xy(x0 + w - 130, y0 + 10)
        d.cell(118, 13, "RECIBO N.º", align="L")
        d.style("mono", "B", 11, (170, 20, 20))
        d.set_xy(x0 + w - 60, y0 + 10)
        d.cell(48, 13, folio, align="R")
        d.style("serif", "B", 9.5, (40, 40, 40))
        d.set_xy(x0 + w - 196, y0 + 45)
        d.cell(70, 14, "BUENO POR $")
        d.set_draw_color(120, 120, 120)
        d.rect(x0 + w - 118, y0 + 42, 106, 20)
        d.style("cond", "I", 12.5, ink)
        d.set_xy(x0 + w - 114, y0 + 45)
        d.cell(98, 14, bueno)
        # ruled lines with the handwritten text
        lh = 22
        top = y0 + 76
        d.style("cond", "I", 12.5, ink)
        lines = d.lines_of(w - 40, lh, body)
        for i in range(8):
            d.set_draw_color(190, 200, 220)
            d.line(x0 + 16, top + (i + 1) * lh - 4, x0 + w - 16, top + (i + 1) * lh - 4)
        d.set_xy(x0 + 20, top + 1)
        d.multi_cell(w - 40, lh, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(body)
        yb = top + max(len(lines), 5) * lh + 8
        if note:
            d.style("cond", "I", 11, ink)
            d.set_xy(x0 + 20, yb)
            d.multi_cell(w - 40, 16, note, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            d._reg(note)
        yb = y0 + h - 58
        d.style("serif", "", 8.5, (40, 40, 40))
        d.set_xy(x0 + 16, yb)
        d.cell(80, 12, "Lugar y fecha:")
        d.style("cond", "I", 11.5, ink)
        d.set_xy(x0 + 86, yb - 1)
        d.cell(200, 13, place_date)
        d.style("serif", "", 8.5, (40, 40, 40))
        d.set_xy(x0 + 16, yb + 24)
        d.cell(60, 12, "Recibió:")
        d.style("cond", "I", 11.5, ink)
        d.set_xy(x0 + 62, yb + 23)
        d.cell(200, 13, "Bulmaro Villalobos Cruz")
        d._reg("Recibió: Bulmaro Villalobos Cruz")
        d.squiggle(x0 + w - 190, yb + 18, 140, seed, color=ink)
        d.set_draw_color(90, 90, 90)
        d.line(x0 + w - 200, yb + 30, x0 + w - 30, yb + 30)
        d.style("serif", "", 7.5, (60, 60, 60))
        d.set_xy(x0 + w - 200, yb + 32)
        d.cell(170, 9, "Firma", align="C")

    receipt(
        40,
        "0147",
        "8,500.00",
        d.F(
            "recruitment_fee",
            "Recibí del Sr. Isidro Cortés Jiménez la cantidad de MXN 8,500.00 "
            "(ocho mil quinientos pesos 00/100 M.N.) por concepto de inscripción y papeleo para "
            "la lista de trabajadores de Virginia.",
            8500.0,
            "MXN",
        ),
        "Tlaxiaco, Oax., 3 de julio de 2026",
        701,
    )
    d.set_draw_color(160, 160, 160)
    d.set_dash_pattern(dash=4, gap=3)
    d.line(30, 396, d.w - 30, 396)
    d.set_dash_pattern()
    receipt(
        420,
        "0152",
        "2,300.00",
        d.F(
            "travel_cost",
            "Recibí del mismo la cantidad de 2 300 pesos para el pasaje de autobús "
            "Tlaxiaco–Monterrey y el hotel en Monterrey mientras sale la visa.",
            2300.0,
            "MXN",
        ),
        "Tlaxiaco, Oax., 10 de agosto de 2026",
        702,
        note=d.F(
            "document_retention",
            "Nota: su pasaporte se queda en esta oficina hasta el "
            "día de la entrevista en el consulado.",
        ),
    )

    d.add_page()
    d.set_auto_page_break(True, 60)
    d.set_xy(70, 70)
    d.set_margins(70, 70, 70)
    d.p("Gestoría Villalobos", size=12, fam="mono", st="B", after=0)
    d.p("Tlaxiaco, Oax.", size=9, fam="mono", after=14)
    d.p("AVISO DE SELECCIÓN — TEMPORADA DE MANZANA 2026", size=11, fam="mono", st="B", after=12)
    d.p("Sr. Isidro Cortés Jiménez:", size=10, fam="mono", after=8)
    d.p(
        "Le informamos que usted quedó seleccionado para trabajar con visa H-2A en la "
        "siguiente huerta. Preséntese en esta oficina el 17 de agosto a las 7 de la mañana "
        "para la salida a Monterrey.",
        size=10,
        fam="mono",
        after=10,
    )
    rows = [
        [
            "Huerta:",
            d.E(
                "employer_identity",
                "Shenandoah Crest Orchards, 1187 Timber Hollow Road, Winchester, Virginia 22603",
            ),
        ],
        [
            "Trabajo:",
            d.E("job_duties", "pizca de manzana con escalera y morral")
            + ", y acomodo de la fruta en cajones",
        ],
        [
            "Lugar:",
            d.E("work_location", "huertas de la empresa en el condado de Frederick, Virginia"),
        ],
        ["Temporada:", d.E("employment_period", "del 24 de agosto al 6 de noviembre de 2026")],
        ["Pago:", d.E("wage_rate", "$16.55 dólares por hora")],
        ["Vivienda:", d.E("housing", "gratis, en el campamento de la huerta")],
        ["Visa:", "la paga el patrón directamente en el consulado"],
    ]
    for k, v in rows:
        y = d.get_y()
        d.style("mono", "B", 10)
        d.set_xy(70, y)
        d.cell(90, 13, k)
        d.style("mono", "", 10)
        d.set_xy(160, y)
        d.multi_cell(d.w - 230, 13, v, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(v)
        d.ln(4)
    d.ln(10)
    d.p("Traiga ropa para frío y su credencial de elector.", size=10, fam="mono", after=30)
    d.p("Atentamente,", size=10, fam="mono", after=26)
    d.squiggle(80, d.get_y() - 8, 120, 703, color=ink)
    d.p("Lic. Bulmaro Villalobos Cruz", size=10, fam="mono", after=0)


# ===========================================================================
# ct08  h2b · en · Nicaragua -> US (Texas) · offer letter + crew rules + scanned receipt page


def build_ct08(d):
    olive = (70, 100, 40)

    def hdr(pdf):
        if pdf.page_no() == 1:
            pdf.style("serif", "B", 15, olive)
            pdf.set_xy(60, 36)
            pdf.cell(0, 18, "LONE STAR GREENWAY LANDSCAPING, INC.")
            pdf.style("sans", "", 8, (80, 80, 80))
            pdf.set_xy(60, 56)
            pdf.cell(
                0,
                10,
                "7720 Cypress Creek Parkway, Suite 140 · Houston, Texas 77070 · "
                "(281) 555-0176 · hr@lsgreenway.example",
            )
            pdf.set_draw_color(*olive)
            pdf.set_line_width(1.5)
            pdf.line(60, 70, pdf.w - 60, 70)
            pdf.set_line_width(0.5)
        else:
            pdf.style("sans", "", 7.5, (110, 110, 110))
            pdf.set_xy(60, 36)
            pdf.cell(0, 9, "Lone Star Greenway Landscaping, Inc. · 2026 H-2B season")
        pdf.set_xy(60, 84)

    def ftr(pdf):
        pdf.style("sans", "", 7.5, (110, 110, 110))
        pdf.set_xy(60, pdf.h - 40)
        pdf.cell(pdf.w - 120, 9, "Page %d of {nb}" % pdf.page_no(), align="C")

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(60, 84, 60)
    d.set_auto_page_break(True, 56)
    d.add_page()
    sz = 9.8
    d.p("January 14, 2026", size=sz, after=8)
    d.p("Julio César Obando Membreño\nReparto San Miguel, Chinandega, Nicaragua", size=sz, after=8)
    d.p("Re: H-2B offer of employment, 2026 season", size=sz, st="B", after=8)
    d.p("Dear Mr. Obando:", size=sz, after=6)
    d.p(
        "We are pleased to offer you seasonal employment as a Landscape Laborer under the H-2B "
        "program. Your recruitment in Nicaragua is handled by our partner, Agencia de Empleo "
        "Pacífico Norte, S.A., which is paid by the company; you owe the agency nothing. The "
        "main terms of this offer are:",
        size=sz,
        align="J",
        after=8,
    )
    rows = [
        [
            "Employer",
            d.E(
                "employer_identity",
                "Lone Star Greenway Landscaping, Inc., 7720 "
                "Cypress Creek Parkway, Suite 140, Houston, Texas 77070",
            ),
        ],
        [
            "Position",
            "Landscape Laborer: "
            + d.E(
                "job_duties",
                "mowing, edging, trimming hedges, planting, mulching and irrigation repair",
            ),
        ],
        [
            "Worksites",
            d.E("work_location", "Customer properties in Harris and Montgomery counties, Texas")
            + "; crews leave from the company yard",
        ],
        ["Season", d.E("employment_period", "March 2, 2026 through December 11, 2026")],
        [
            "Hours",
            d.E("hours_of_work", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."),
        ],
        [
            "Wage",
            d.E("wage_rate", "$15.12 per hour") + "; if a higher prevailing or minimum "
            "wage takes effect, "
            + d.E("wage_adjustment", "you receive the higher rate from that date"),
        ],
        ["Overtime", d.E("overtime", "$22.68 per hour for hours over 40 in a workweek")],
        ["Paydays", d.E("pay_frequency", "Weekly, every Friday")],
        [
            "Requirements",
            d.E("job_requirements", "3 months of landscaping experience") + "; able to lift 50 lbs",
        ],
        [
            "Travel to Houston",
            d.E(
                "inbound_transportation",
                "Bus fare Chinandega–Houston and "
                "meals on the way are reimbursed in your first paycheck",
            ),
        ],
        [
            "Return travel",
            d.E("return_transportation", "Paid by the company when you complete the season"),
        ],
        [
            "Tools",
            d.E(
                "tools_provided",
                "All hand tools, mowers, trimmers and safety gear are provided at no cost",
            ),
        ],
    ]
    d.grid(
        rows,
        [110, d.epw - 110],
        size=9,
        bold_first=True,
        fills={i: (238, 243, 230) for i in range(0, len(rows), 2)},
    )
    d.ln(10)
    d.p(
        "Please read the Crew Rules on page 2 before you sign the acknowledgment. Questions or "
        "feedback: call Rosa Ibarra in our office at (281) 555-0199 (she speaks Spanish).",
        size=sz,
        align="J",
        after=14,
    )
    d.p("Sincerely,", size=sz, after=20)
    d.squiggle(64, d.get_y() - 10, 120, 801)
    d.p("Travis W. Delacroix\nOperations Manager", size=sz, after=0)

    d.add_page()
    d.p("CREW RULES AND PAYROLL DEDUCTIONS — 2026 SEASON", size=11.5, st="B", color=olive, after=10)
    rules = [
        d.F(
            "equipment_charge",
            "Uniform shirts and a cap are issued against a $75 uniform "
            "deposit, which is deducted from your first paycheck and returned if the uniforms "
            "come back clean at the end of the season.",
            75.0,
            "USD",
        ),
        d.F(
            "housing_charge",
            "Crew housing at the Aldine bunkhouse is available for $85 per "
            "week, deducted from each paycheck.",
            85.0,
            "USD",
        ),
        d.F(
            "meal_charge",
            "Lunch is provided on job sites at $6.50 per day through payroll deduction.",
            6.5,
            "USD",
        ),
        d.E(
            "deductions",
            "Payroll deductions are limited to federal income tax, Social "
            "Security, Medicare and the items in rules 1 to 3",
        )
        + ".",
        "Safety training is given at the yard during paid working hours, at the company's cost.",
        "You keep your passport and visa. No supervisor or crew leader may ask for them.",
        d.F(
            "breach_penalty",
            "A worker who leaves before December 11, 2026 will forfeit two "
            "weeks' wages as liquidated damages.",
        ),
        "Dismissal for cause (theft, violence, or working under the influence) may happen "
        "without a prior warning. "
        + d.E(
            "termination",
            "A worker who misses 5 consecutive "
            "workdays without notice is considered to have abandoned the job",
        )
        + ", and the "
        "company will notify the Department of Labor and DHS.",
        "Crews must wear seat belts in company trucks and may not ride in truck beds.",
        "Report any injury to your crew leader the same day.",
    ]
    for i, r in enumerate(rules, 1):
        y = d.get_y()
        d.style("sans", "B", sz)
        d.set_xy(60, y)
        d.cell(20, sz * 1.35, "%d." % i)
        d.set_xy(80, y)
        d.style("sans", "", sz)
        d.multi_cell(d.epw - 20, sz * 1.35, r, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(r)
        d.ln(5)

    def draw_ack(dr, s, font):
        def T(x, y, text, f, pt, fill=20):
            dr.text((x * s, y * s), text, font=font(f, pt), fill=fill)

        T(60, 50, "LONE STAR GREENWAY LANDSCAPING, INC.", "DejaVuSerif-Bold.ttf", 13)
        T(60, 100, "ACKNOWLEDGMENT OF RECEIPT", "DejaVuSans-Bold.ttf", 13)
        body = [
            "I, Julio César Obando Membreño, acknowledge that I received the offer letter",
            "from Lone Star Greenway Landscaping, Inc. dated January 14, 2026 and the",
            "Crew Rules (page 2), and that both were read to me in Spanish.",
            "",
            "Position: Landscape Laborer.",
            "Season: March 2, 2026 through December 11, 2026.",
            "",
            "I understand that I may keep a copy of both documents.",
        ]
        for i, ln in enumerate(body):
            T(60, 140 + i * 17, ln, "DejaVuSans.ttf", 10.5)
        T(60, 330, "Worker signature:", "DejaVuSans.ttf", 10)
        T(330, 330, "Date:", "DejaVuSans.ttf", 10)
        T(372, 322, "01/22/2026", "DejaVuSansCondensed-Oblique.ttf", 14, fill=40)
        T(60, 400, "Company representative:", "DejaVuSans.ttf", 10)
        T(60, 418, "Travis W. Delacroix", "DejaVuSans.ttf", 10)
        for yy, x1, x2 in ((344, 160, 310), (344, 362, 470), (414, 190, 340)):
            dr.line((x1 * s, yy * s, x2 * s, yy * s), fill=60, width=int(1.2 * s))
        rnd = random.Random(808)
        for x0, y0, w in ((170, 334, 120), (200, 404, 120)):
            pts = [
                (
                    (x0 + t * w / 30 + rnd.uniform(-2, 2)) * s,
                    (y0 + 6 * np.sin(t / 3.0 + rnd.uniform(-0.3, 0.3))) * s,
                )
                for t in range(31)
            ]
            dr.line(pts, fill=35, width=int(1.3 * s))
        # received stamp
        dr.ellipse((400 * s, 440 * s, 520 * s, 520 * s), outline=90, width=int(2 * s))
        T(418, 466, "RECEIVED", "DejaVuSans-Bold.ttf", 11, fill=90)
        T(424, 484, "JAN 22 2026", "DejaVuSans.ttf", 8.5, fill=90)
        T(250, 740, "Page 3 of 3", "DejaVuSans.ttf", 7.5, fill=110)

    d.scanned_page(draw_ack, seed=8080)


# ===========================================================================
# ct09  generic · es · Guatemala -> Canada (Ontario) · Messenger chat


def build_ct09(d):
    blue, grey = (0, 132, 255), (228, 230, 235)

    def hdr(pdf):
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(0, 0, pdf.w, pdf.h, style="F")
        pdf.set_draw_color(220, 220, 220)
        pdf.line(0, 52, pdf.w, 52)
        pdf.style("sans", "B", 14, blue)
        pdf.set_xy(10, 16)
        pdf.cell(14, 16, "‹")
        pdf.set_fill_color(180, 190, 205)
        pdf.ellipse(30, 12, 28, 28, style="F")
        pdf.set_fill_color(49, 162, 76)
        pdf.ellipse(50, 32, 8, 8, style="F")
        pdf.style("sans", "B", 10.5, (5, 5, 5))
        pdf.set_xy(66, 13)
        pdf.cell(0, 13, "Lic. Edgar Saquic")
        pdf.style("sans", "", 7.5, (101, 103, 107))
        pdf.set_xy(66, 28)
        pdf.cell(0, 10, "Oportunidades Canadá GT · Activo ahora")
        pdf.set_fill_color(240, 242, 245)
        pdf.rect(40, pdf.h - 36, pdf.w - 80, 26, style="F", round_corners=True, corner_radius=13)
        pdf.style("sans", "", 8.5, (140, 140, 140))
        pdf.set_xy(54, pdf.h - 27)
        pdf.cell(0, 10, "Aa")
        pdf.set_xy(pdf.l_margin, 64)

    d.hdr_fn = hdr
    d.set_margins(12, 64, 12)
    d.set_auto_page_break(True, 46)
    d.add_page()
    d.chip("3 FEB. 2026, 19:42", (255, 255, 255), fg=(101, 103, 107))
    mw = 236

    def r(t):
        d.get_y()
        d.bubble(t, "in", None, mw, grey, left_x=40, radius=12)
        d.set_fill_color(180, 190, 205)
        d.ellipse(12, d.get_y() - 28, 22, 22, style="F")

    def w(t):
        d.bubble(t, "out", None, mw, blue, fg=(255, 255, 255), radius=12)

    r(
        "Buenas noches, ¿usted es la que preguntó por el trabajo en Canadá en la página de "
        "Oportunidades Canadá GT?"
    )
    w("Sí licenciado, buenas noches. ¿De qué se trata?")
    r(
        "Es en un "
        + d.E("job_duties", "invernadero de tomate y chile")
        + " en "
        + d.E("work_location", "Leamington, Ontario")
        + ", cosechando y empacando."
    )
    r(
        "Se trabaja "
        + d.E("hours_of_work", "de 50 a 60 horas por semana")
        + " y pagan "
        + d.E("wage_rate", "17.60 dólares canadienses la hora")
        + ", "
        + d.E("pay_frequency", "cada dos semanas")
        + "."
    )
    w("¿Y por cuánto tiempo es?")
    r("Como unos 8 meses, empieza en la primavera, la fecha exacta la da el patrón.")
    w("¿Cuánto hay que pagar para entrar?")
    r(
        d.F(
            "recruitment_fee",
            "La gestión completa son 6,000 quetzales, la mitad al entregar "
            "papeles y la mitad cuando salga el permiso.",
            6000.0,
            "GTQ",
        )
    )
    r(
        "El boleto de avión de ida y el permiso de trabajo los paga el patrón, eso no se lo "
        "cobramos."
    )
    w("Es que ahorita no tengo ese dinero.")
    r(
        d.F(
            "debt_bondage",
            "No se preocupe, yo le presto los 6,000 y usted me los va pagando de "
            "su sueldo en Canadá con el 5 por ciento mensual.",
            6000.0,
            "GTQ",
        )
    )
    d.add_page()
    d.chip("3 FEB. 2026, 20:15", (255, 255, 255), fg=(101, 103, 107))
    w("¿Y allá se puede salir los fines de semana?")
    r(
        d.F(
            "movement_restriction",
            "Allá nadie sale de la granja sin permiso del mayordomo, ni "
            "los domingos, es por su seguridad.",
        )
    )
    r("La vivienda es en la misma granja y no le cobran renta.")
    r(
        d.F(
            "blacklisting_threat",
            "Y se lo digo de una vez: si anda quejándose con el consulado "
            "o con esas organizaciones, la ponemos en la lista negra y ya no la vuelven a "
            "llamar.",
        )
    )
    w("Entiendo licenciado. ¿Qué papeles le llevo?")
    r(
        "Pasaporte, DPI y antecedentes penales, solo para sacarles copia. El jueves la espero "
        "en la oficina de Xela a las 8 de la mañana."
    )
    w("Está bien, allí estaré. Gracias.")


# ===========================================================================
# ct10  h2a · en · Peru -> US (Wyoming) · range sheepherder job order


def build_ct10(d):
    def hdr(pdf):
        pdf.style("sans", "", 7.5, (70, 70, 70))
        pdf.set_xy(54, 28)
        pdf.cell(
            0,
            9,
            "Attachment to ETA-790A · Clearance Order WY-2026-0311 · High Plains Range Sheep Co.",
        )
        pdf.set_draw_color(0, 0, 0)
        pdf.line(54, 40, pdf.w - 54, 40)
        pdf.set_xy(54, 56)

    def ftr(pdf):
        pdf.set_draw_color(0, 0, 0)
        pdf.line(54, pdf.h - 44, pdf.w - 54, pdf.h - 44)
        pdf.style("sans", "", 7.5, (70, 70, 70))
        pdf.set_xy(54, pdf.h - 40)
        pdf.cell(pdf.w - 108, 9, "Page %d of {nb}" % pdf.page_no(), align="R")

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(54, 56, 54)
    d.set_auto_page_break(True, 60)
    d.add_page()
    d.p(
        "H-2A RANGE SHEEPHERDER — TERMS AND CONDITIONS OF EMPLOYMENT",
        size=12.5,
        st="B",
        fam="serif",
        align="C",
        after=4,
    )
    d.p(
        "Occupation: Farmworkers, Farm, Ranch and Aquacultural Animals (range sheepherder) · "
        "Workers requested: 6",
        size=8.5,
        align="C",
        color=(60, 60, 60),
        after=10,
    )
    sz = 9.3

    def sec(n, title, body):
        d.set_font("serif", "", sz)
        h = len(d.lines_of(d.epw - 22, sz * 1.33, body)) * sz * 1.33 + 18
        d.need(h)
        y = d.get_y()
        d.style("serif", "B", sz)
        d.set_xy(54, y)
        d.cell(22, sz * 1.35, "%d." % n)
        d.set_xy(76, y)
        d.cell(0, sz * 1.35, title)
        d._reg(title)
        d.set_xy(76, y + sz * 1.4)
        d.style("serif", "", sz)
        d.multi_cell(d.epw - 22, sz * 1.33, body, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(body)
        d.ln(5)

    sec(
        1,
        "Employer",
        d.E(
            "employer_identity",
            "High Plains Range Sheep Co., 1862 Sweetwater Station Road, Lander, Wyoming 82520",
        )
        + "; telephone (307) 555-0132.",
    )
    sec(
        2,
        "Recruiting agent in Peru",
        "Pastores Andinos Consultores S.A.C., Jr. Áncash 560, "
        "Huancayo, Junín, recruits in Peru on the employer's behalf. The employer pays the "
        "agent's entire fee; the worker pays the agent nothing, and the agent's contract "
        "forbids it to seek any payment from workers.",
    )
    sec(
        3,
        "Job duties",
        d.E(
            "job_duties",
            "Herd, graze, feed and water sheep on open range; guard the flock against predators",
        )
        + "; help with lambing, docking and shipping; "
        "move camp as directed; care for the employer's horses and dogs.",
    )
    sec(
        4,
        "Job requirements",
        d.E("job_requirements", "Three months of experience herding sheep or cattle")
        + "; able to ride a horse and to live alone at a remote range camp "
        "for long periods. No education requirement.",
    )
    sec(
        5,
        "Place of employment",
        d.E(
            "work_location",
            "Open range and leased grazing allotments in Fremont and Sweetwater counties, Wyoming",
        )
        + ", and winter pastures "
        "near Riverton, Wyoming.",
    )
    sec(
        6,
        "Period of employment",
        d.E("employment_period", "April 6, 2026 through February 26, 2027") + ".",
    )
    sec(
        7,
        "Hours",
        "The herder is "
        + d.E("hours_of_work", "on call up to 24 hours per day, 7 days per week")
        + ", as range work requires; the employer counts as a workday "
        "every day the herder spends on the range.",
    )
    sec(
        8,
        "Wage",
        d.E("wage_rate", "$2,215.00 per month") + ", paid for every month worked "
        "and prorated for partial months.¹",
    )
    sec(
        9,
        "Pay frequency",
        "Wages are "
        + d.E("pay_frequency", "paid twice monthly, on the 15th and the last day of each month")
        + ", by direct deposit or by check delivered "
        "to camp.",
    )
    sec(
        10,
        "Three-fourths guarantee",
        "The employer guarantees to offer the herder "
        "employment for "
        + d.E(
            "three_fourths_guarantee",
            "at least three-fourths of the workdays of the contract period",
        )
        + ".",
    )
    sec(
        11,
        "Housing",
        d.E("housing", "Mobile range housing (camp trailer or tent)") + " that "
        "meets the range housing standards is provided at no cost, with a heater, a bed, and "
        "potable water delivered at least once a week.",
    )
    sec(
        12,
        "Meals",
        d.E("meals", "Food is provided at no cost") + " and delivered to camp at "
        "least once a week; the herder is never charged for groceries.",
    )
    sec(
        13,
        "Daily transportation",
        d.E(
            "daily_transportation",
            "The employer moves the herder, the camp and supplies between range sites at no cost",
        )
        + ".",
    )
    sec(
        14,
        "Tools and equipment",
        "Horses, saddles, dogs, a satellite phone and all tools "
        "and supplies needed for the job are "
        + d.E("tools_provided", "provided at no cost and without a deposit")
        + ".",
    )
    sec(
        15,
        "Workers' compensation",
        "The employer carries "
        + d.E(
            "workers_compensation",
            "workers' compensation insurance through the Wyoming Workers' Compensation Division",
        )
        + ", policy WC-4471-0208; the herder pays no "
        "premium.",
    )
    sec(
        16,
        "Inbound transportation",
        "The employer pays or reimburses the herder's bus fare "
        "Huancayo–Lima, the "
        + d.E("inbound_transportation", "airfare Lima–Denver, and ground transportation to Lander")
        + ", plus daily subsistence for meals on the "
        "trip²; any reimbursement is made in the first workweek.",
    )
    sec(
        17,
        "Return transportation",
        "If the herder completes the contract, or is dismissed "
        "for reasons other than cause, "
        + d.E(
            "return_transportation",
            "the employer pays return transportation and subsistence to Huancayo",
        )
        + ".",
    )
    sec(
        18,
        "Visa and passport",
        "The employer pays the H-2A visa fee and the MRV appointment "
        "directly. "
        + d.F(
            "visa_cost",
            "Applicants must hold a valid passport, and the "
            "passport fee is the worker's own expense.",
            passport=True,
        ),
    )
    sec(
        19,
        "Pre-departure medical examination",
        d.F(
            "medical_cost",
            "Each applicant pays for the pre-departure medical examination and "
            "chest X-ray at the clinic in Huancayo, approximately USD 140, and this cost is not "
            "reimbursed.",
            140.0,
            "USD",
        ),
    )
    sec(
        20,
        "Deductions",
        d.E("deductions", "The only deductions are federal income tax")
        + ", when the herder asks in writing for it to be withheld, and repair costs under "
        "item 21.",
    )
    sec(
        21,
        "Damage to equipment",
        d.F(
            "damage_chargeback",
            "The cost of repairing or replacing any camp trailer, saddle or "
            "radio damaged through the herder's carelessness will be deducted from wages.",
        ),
    )
    sec(
        22,
        "Abandonment and termination",
        d.E("termination", "A herder who abandons the job (5 consecutive days without reporting")
        + ", without the employer's consent) or who "
        "is terminated for cause loses the three-fourths guarantee and employer-paid return "
        "transportation; the employer will notify the Department of Labor and DHS.",
    )
    sec(
        23,
        "Workers' rights",
        "The herder keeps his own passport and visa. He may contact his "
        "consulate or the Department of Labor at any time; no herder will be blacklisted or "
        "refused future employment for making a complaint. A copy of this order in Spanish is "
        "given to every herder.",
    )
    d.ln(6)
    d.set_draw_color(120, 120, 120)
    d.line(54, d.get_y(), 200, d.get_y())
    d.ln(4)
    d.p("¹ The monthly rate applies to all hours worked on the range.", size=7.5, after=1)
    d.p(
        "² Subsistence is paid at the daily amount the Department of Labor publishes for the "
        "year of travel.",
        size=7.5,
        after=1,
    )
    d.ln(18)
    d.p("EMPLOYER'S CERTIFICATION", size=9.5, st="B", fam="serif", after=3)
    d.p(
        "I certify that the terms above are the actual terms of employment offered to every "
        "H-2A range sheepherder and to any U.S. worker in corresponding employment, and that "
        "the employer will comply with them for the whole contract period.",
        size=sz,
        fam="serif",
        align="J",
        after=30,
    )
    y = d.get_y()
    d.squiggle(66, y - 10, 140, 1001)
    d.set_draw_color(0, 0, 0)
    d.line(54, y + 4, 280, y + 4)
    d.line(330, y + 4, 480, y + 4)
    d.style("serif", "", 8.5)
    d.text_at(54, y + 8, "Wesley R. Ostrander, owner", w=220, lh=10)
    d.text_at(330, y + 8, "Date", w=150, lh=10)
    d.style("cond", "I", 11, (22, 42, 150))
    d.text_at(340, y - 10, "February 9, 2026", w=140, lh=12)


# ===========================================================================
# ct11  h2b · es · Mexico (Sinaloa) -> US (Maryland) · recruiter flyer


def build_ct11(d):
    d.set_margins(36, 30, 36)
    d.set_auto_page_break(False)
    d.add_page()
    yellow, red, green, dark = (255, 214, 0), (200, 30, 30), (20, 130, 60), (20, 20, 20)
    d.set_fill_color(*yellow)
    d.rect(0, 0, d.w, 150, style="F")
    d.style("sans", "B", 10, dark)
    d.set_xy(36, 20)
    d.cell(0, 12, "AGENCIA COSTA NORTE SINALOA", align="C")
    d._reg("AGENCIA COSTA NORTE SINALOA")
    d.style("sans", "B", 34, red)
    d.set_xy(36, 40)
    d.cell(d.epw, 40, "¡¡VISAS DE TRABAJO H-2B!!", align="C")
    d.style("sans", "B", 20, dark)
    d.set_xy(36, 86)
    d.cell(d.epw, 24, "MARYLAND, ESTADOS UNIDOS", align="C")
    d.style("sans", "", 11, dark)
    d.set_xy(36, 116)
    d.cell(d.epw, 14, "Temporada de jaiba 2026 · 40 lugares para mujeres y hombres", align="C")
    d.set_xy(36, 166)
    d.style("sans", "B", 13, dark)
    d.cell(0, 16, "EL TRABAJO")
    d.set_xy(36, 186)
    items = [
        "Planta procesadora: " + d.E("job_duties", "pelar y empacar carne de jaiba") + ".",
        "Lugar: " + d.E("work_location", "Hoopers Island, Maryland") + ".",
        "Temporada: " + d.E("employment_period", "del 1 de abril al 15 de noviembre de 2026") + ".",
        "Pago: "
        + d.E("wage_rate", "$15.20 dólares la hora")
        + ", "
        + d.E("pay_frequency", "cada semana")
        + ".",
        "Horario: según llegue la jaiba, hay semanas de mucho trabajo.",
        "Requisitos: "
        + d.E("job_requirements", "mayores de 18 años y con experiencia pelando jaiba o camarón")
        + ".",
    ]
    for it in items:
        y = d.get_y()
        d.style("sans", "B", 12, red)
        d.set_xy(40, y)
        d.cell(14, 15, "•")
        d.style("sans", "", 11.5, dark)
        d.set_xy(56, y)
        d.multi_cell(d.epw - 24, 15, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(it)
        d.ln(3)
    # two boxes side by side
    y0 = d.get_y() + 12
    bw = (d.w - 36 * 2 - 24) / 2
    bh = 205
    for bx, title, color, lines in (
        (
            36,
            "LO QUE PAGA USTED",
            red,
            [
                d.F(
                    "recruitment_fee",
                    "Cuota de colocación: 12 mil pesos (se aparta el lugar con 4 mil).",
                    12000.0,
                    "MXN",
                ),
                d.F(
                    "visa_cost",
                    "Visa y cita en el consulado de Monterrey: 205 dólares.",
                    205.0,
                    "USD",
                ),
                d.F(
                    "travel_cost",
                    "Camión Los Mochis–Monterrey y hotel: 2,800 pesos.",
                    2800.0,
                    "MXN",
                ),
                d.F(
                    "housing_charge",
                    "Cuarto en la traila: $60 dólares por semana, se descuenta del cheque.",
                    60.0,
                    "USD",
                ),
            ],
        ),
        (
            36 + bw + 24,
            "LO QUE PAGA EL PATRÓN",
            green,
            [
                d.E("tools_provided", "Guantes, botas, delantal y cuchillo: gratis") + ".",
                "Transporte diario de la traila a la planta: gratis.",
                d.E("return_transportation", "Regreso a México al terminar la temporada") + ".",
                "Uniforme y gorra: gratis.",
            ],
        ),
    ):
        d.set_draw_color(*color)
        d.set_line_width(2.2)
        d.rect(bx, y0, bw, bh, style="D", round_corners=True, corner_radius=10)
        d.set_line_width(0.5)
        d.set_fill_color(*color)
        d.rect(bx, y0, bw, 26, style="F", round_corners=True, corner_radius=10)
        d.style("sans", "B", 12.5, (255, 255, 255))
        d.set_xy(bx, y0 + 7)
        d.cell(bw, 14, title, align="C")
        d._reg(title)
        y = y0 + 40
        for ln in lines:
            d.style("sans", "", 11, dark)
            d.set_xy(bx + 12, y)
            d.multi_cell(bw - 24, 14.5, ln, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            d._reg(ln)
            y = d.get_y() + 9
    y = y0 + bh + 16
    d.style("sans", "B", 11, dark)
    d.set_xy(36, y)
    d.multi_cell(
        d.epw,
        15,
        "Informes y registro en Agencia Costa Norte Sinaloa con el Lic. Ramiro "
        "Inzunza Félix: Blvd. "
        "Rosendo G. Castro 812, Los Mochis, Sin. · WhatsApp 668 210 4471",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d._reg("Ramiro Inzunza Félix")
    d.style("sans", "I", 9.5, (90, 90, 90))
    d.set_xy(36, d.get_y() + 4)
    d.cell(
        d.epw,
        12,
        "No somos coyotes: trabajo legal con visa. Cupo limitado, aparte ya su lugar.",
        align="C",
    )
    # tear-off tabs
    ty = d.h - 92
    d.set_draw_color(120, 120, 120)
    d.set_dash_pattern(dash=5, gap=3)
    d.line(0, ty, d.w, ty)
    n = 8
    tw = d.w / n
    for i in range(1, n):
        d.line(i * tw, ty, i * tw, d.h)
    d.set_dash_pattern()
    for i in range(n):
        d.style("sans", "B", 7.5, dark)
        d.set_xy(i * tw, ty + 24)
        d.cell(tw, 10, "COSTA NORTE", align="C")
        d.style("sans", "", 7.5, dark)
        d.set_xy(i * tw, ty + 38)
        d.cell(tw, 10, "668 210 4471", align="C")


# ===========================================================================
# ct12  generic · es · Honduras -> Canada (Alberta) · compliant contract with sidebar


def build_ct12(d):
    brown = (120, 70, 20)

    def hdr(pdf):
        pdf.style("serif", "B", 14, brown)
        pdf.set_xy(54, 34)
        pdf.cell(0, 16, "PRAIRIE CREST POULTRY LTD.")
        pdf.style("sans", "", 7.8, (80, 80, 80))
        pdf.set_xy(54, 52)
        pdf.cell(
            0, 10, "4417 Range Road 262, Lacombe County, Alberta T4L 2N3, Canadá · +1 403 555 0127"
        )
        pdf.set_draw_color(*brown)
        pdf.line(54, 66, pdf.w - 54, 66)
        pdf.set_xy(54, 80)

    def ftr(pdf):
        pdf.style("sans", "", 7.5, (100, 100, 100))
        pdf.set_xy(54, pdf.h - 38)
        pdf.cell(
            pdf.w - 108,
            9,
            "Contrato PCP-TFW-2026-07 · versión en español · página %d de {nb}" % pdf.page_no(),
            align="C",
        )

    d.hdr_fn, d.ftr_fn = hdr, ftr
    d.set_margins(54, 80, 54)
    d.set_auto_page_break(True, 56)
    d.add_page()
    d.p("CONTRATO DE EMPLEO — TRABAJADOR EXTRANJERO TEMPORAL", size=12, st="B", after=2)
    d.p(
        "Programa de Trabajadores Extranjeros Temporales de Canadá (flujo de salarios bajos)",
        size=8.5,
        color=(90, 90, 90),
        after=8,
    )
    # sidebar
    sx, sw = d.w - 54 - 170, 170
    sy = d.get_y()
    side = [
        "Reclutamiento: Conexión Norte Talento Humano, S. de R.L. cobra sus servicios al "
        "empleador, no a usted.",
        "Permiso de trabajo (CAD 155) y datos biométricos (CAD 85): los paga el empleador.",
        "Examen médico con el médico del panel: lo paga el empleador.",
        "Boleto de avión de ida y vuelta: lo paga el empleador.",
        "Seguro médico privado hasta tener la tarjeta de salud de Alberta: lo paga el empleador.",
        "Equipo de protección y botas de hule: sin costo.",
        "Nadie puede pedirle dinero por este empleo. Si alguien lo hace, avise al empleador.",
    ]
    d.set_font("sans", "", 8.3)
    hs = sum(len(d.lines_of(sw - 20, 10.8, t)) * 10.8 + 7 for t in side) + 34
    d.set_fill_color(253, 246, 220)
    d.set_draw_color(*brown)
    d.rect(sx, sy, sw, hs, style="DF")
    d.style("sans", "B", 9.5, brown)
    d.set_xy(sx + 10, sy + 9)
    d.cell(sw - 20, 12, "LO QUE USTED NO PAGA")
    d._reg("LO QUE USTED NO PAGA")
    y = sy + 28
    for t in side:
        d.style("sans", "", 8.3)
        d.set_xy(sx + 10, y)
        d.multi_cell(sw - 20, 10.8, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(t)
        y = d.get_y() + 7
    # main column
    mw = sx - 54 - 16
    d.set_xy(54, sy)
    sz = 9

    def cl(title, body, w=mw):
        d.style("sans", "B", sz)
        d.set_x(54)
        d.multi_cell(w, sz * 1.3, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(title)
        d.style("sans", "", sz)
        d.set_x(54)
        d.multi_cell(w, sz * 1.3, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d._reg(body)
        d.ln(5)

    cl(
        "Partes",
        "Entre "
        + d.E(
            "employer_identity",
            "Prairie Crest Poultry Ltd., 4417 Range Road 262, Lacombe County, Alberta",
        )
        + " («el empleador»), y "
        + d.E("worker_identity", "Darwin Alexis Mejía Cruz")
        + ", de La Ceiba, Atlántida, "
        "Honduras («el trabajador»).",
    )
    cl(
        "1. Puesto y tareas",
        "Trabajador de granja avícola (NOC 85100): "
        + d.E("job_duties", "alimentar y dar agua a las aves, recoger y clasificar huevo")
        + ", "
        "limpiar galpones y revisar el equipo de ventilación.",
    )
    cl(
        "2. Lugar de trabajo",
        "Granjas del empleador en "
        + d.E(
            "work_location",
            "4417 Range Road 262 y 3980 Township Road 410, condado de Lacombe, Alberta",
        )
        + ".",
    )
    cl(
        "3. Duración",
        d.E("employment_period", "Del 2 de febrero de 2026 al 1 de febrero de 2028")
        + " (24 meses).",
    )
    cl(
        "4. Horario",
        d.E("hours_of_work", "40 horas por semana, en turnos de 8 horas")
        + " entre las 6:00 y las 18:00, con dos días de descanso por semana.",
    )
    cl(
        "5. Salario",
        d.E("wage_rate", "CAD 18.50 por hora") + "; las horas extra se pagan a "
        "CAD 27.75 después de 44 horas en la semana, como manda la ley de Alberta.",
    )
    cl(
        "6. Pago",
        d.E("pay_frequency", "Cada dos semanas, por depósito directo") + ", con "
        "un comprobante que muestra horas, salario y descuentos.",
    )
    cl(
        "7. Descuentos",
        d.E(
            "deductions",
            "Solo los que exige la ley: impuesto sobre la renta, "
            "Plan de Pensiones de Canadá (CPP) y Seguro de Empleo (EI)",
        )
        + ". No se descuenta nada "
        "más sin su autorización por escrito.",
    )

    cl(
        "8. Vivienda",
        "El empleador ofrece una casa compartida en la granja, con no más de dos "
        "personas por cuarto, sin costo para el trabajador y sin depósito.",
    )
    cl(
        "9. Salud",
        "Hasta que reciba la tarjeta de salud de Alberta, el empleador paga un "
        "seguro médico privado a nombre del trabajador. El empleador también está inscrito en "
        "la Workers' Compensation Board de Alberta.",
    )
    cl(
        "10. Terminación",
        "Conforme al Employment Standards Code de Alberta, "
        + d.E(
            "termination",
            "el empleador solo puede terminar el contrato por causa justificada y por escrito",
        )
        + ", o dando el aviso previo que exige la ley; el trabajador puede "
        "renunciar con dos semanas de aviso, sin ninguna penalidad.",
    )

    d.add_page()
    w = d.epw
    cl(
        "11. Regreso",
        "Al terminar el contrato, o si el empleador lo termina antes, "
        + d.E(
            "return_transportation",
            "el empleador paga el boleto de avión de regreso a San Pedro Sula",
        )
        + ".",
        w,
    )
    cl(
        "12. Documentos y libertad",
        "El trabajador guarda su pasaporte y su permiso de "
        "trabajo. Puede salir de la vivienda en su tiempo libre y puede cambiar de empleador "
        "conforme a las reglas del permiso, sin ninguna multa.",
        w,
    )
    cl(
        "13. Quejas",
        "El trabajador puede presentar quejas ante Employment Standards de "
        "Alberta o el consulado de Honduras sin represalias.",
        w,
    )
    d.ln(10)
    d.p("Firmado en La Ceiba, Atlántida, el 15 de diciembre de 2025.", size=9, after=34)
    y = d.get_y()
    d.squiggle(70, y - 6, 120, 1201)
    d.squiggle(340, y - 6, 120, 1202)
    d.set_draw_color(0, 0, 0)
    d.line(60, y + 6, 270, y + 6)
    d.line(330, y + 6, 550, y + 6)
    d.style("sans", "", 8.3)
    d.text_at(
        60, y + 10, "Por el empleador:\nGwendolyn P. Harcourt, gerente de la granja", w=210, lh=10.5
    )
    d.text_at(330, y + 10, "El trabajador:\nDarwin Alexis Mejía Cruz", w=220, lh=10.5)


# ===========================================================================
# document specifications

A4 = "A4"
SPECS = [
    dict(
        file="ct01.pdf",
        builder=build_ct01,
        fmt="letter",
        pages=3,
        program="h2a",
        language="es",
        corridor="Mexico (Zacatecas) → US (Georgia)",
        title="Contrato de trabajo H-2A, Okefenokee Ridge Blueberry Farms",
        doc_type="work_contract",
        layout="letter; colored header band and footer with page numbers; key/value grid; "
        "two-column clauses on page 2; cost table with 'Quién paga' column; signature "
        "block",
        recruiters=["Enlace Agrícola Fresnillo, S.C."],
        traps=[
            "recruiter's fees paid by the employer",
            "optional meal plan at $15.50/day, below the published h2a cap (lawful)",
            "housing free, no deposit for mattresses or blankets",
            "employer buys bus tickets, pays hotel and $19/day subsistence",
            "tools free, no deposit",
            "workers' compensation premium not paid by worker (negated insurance cost)",
            "negated deductions for housing, transport, tools, visa",
            "cost table: every amount (visa USD 205, bus, hotel, passport) paid or "
            "reimbursed by the employer",
            "passport fee reimbursed with the first check",
            "'nadie puede cobrarle' (negated recruitment fee)",
            "worker keeps passport; complaints without affecting rehire",
            "no return trip after abandonment (lawful)",
        ],
        expect_missing=[],
    ),
    dict(
        file="ct02.pdf",
        builder=build_ct02,
        fmt=(340, 720),
        pages=2,
        program="h2a",
        language="es",
        corridor="Guatemala (Huehuetenango) → US (North Carolina)",
        title="WhatsApp: Agencia Laboral Los Cuchumatanes",
        doc_type="whatsapp_chat",
        layout="WhatsApp screenshot, narrow tall pages, header bar, chat bubbles with "
        "timestamps, date chip",
        recruiters=["Agencia Laboral Los Cuchumatanes", "Abelardo Chiquín"],
        traps=[
            "free housing on the farm",
            "free daily pickup to the field ('eso no se paga')",
            "consulate form filled in for free (negated fee)",
        ],
        expect_missing=[
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
    ),
    dict(
        file="ct03.pdf",
        builder=build_ct03,
        fmt="letter",
        pages=2,
        program="h2b",
        language="es",
        corridor="Honduras (Yoro) → US (Louisiana)",
        title="Contrato de prestación de servicios, Servicios Migratorios Cataguana",
        doc_type="recruiter_agreement",
        layout="legal register, serif; letterhead and footer; gridded job-terms table; cost "
        "table with 'A cargo de' column (two fees are table rows); footnotes; "
        "signatures with fingerprint box",
        recruiters=["Servicios Migratorios Cataguana, S. de R.L.", "Nery Abimael Zúniga Castro"],
        traps=[
            "visa fee and airfare reimbursed by the employer (table rows and footnote)",
            "gloves, apron, boots and knives free",
            "photocopies paid by the agency",
            "worker keeps passport; agency receives only photocopies",
        ],
        expect_missing=[
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
    ),
    dict(
        file="ct04.pdf",
        builder=build_ct04,
        fmt="letter",
        pages=3,
        program="h2b",
        language="en+es",
        corridor="Dominican Republic (Santiago) → US (South Carolina)",
        title="H-2B Job Order, Palmetto Tides Resort Group",
        doc_type="job_order",
        layout="letter; header band; each clause in English then Spanish (italic grey); "
        "bilingual cost table with 'Paid by / Lo paga' column; signatures",
        recruiters=["Caribe Talento Laboral, S.R.L."],
        traps=[
            "'collect towel-card fees from guests' is a job duty",
            "paid on-the-job training",
            "pay card at no cost",
            "voluntary deductions only with written authorization (savings plan, union dues)",
            "inbound travel reimbursed in first workweek",
            "visa fee reimbursed in first workweek",
            "uniforms and supplies free, no deposit",
            "optional housing at no cost",
            "employer pays the recruiter; 'No fee of any kind will be charged'",
            "no blacklisting for complaints",
            "'coffee' contains 'fee'",
            "cost table: all costs paid by the employer",
        ],
        expect_missing=[],
    ),
    dict(
        file="ct05.pdf",
        builder=build_ct05,
        fmt=A4,
        pages=2,
        program="generic",
        language="es",
        corridor="Colombia (Huila) → Spain (Huelva)",
        title="Contrato de temporada, Frutos Rojos del Condado",
        doc_type="work_contract",
        layout="A4 official-form style: boxed fields, shaded section bars, checkboxes "
        "(modalidad, jornada), numbered additional clauses, signatures",
        recruiters=["Andina Rutas Laborales S.A.S."],
        traps=[
            "statutory Social Security contributions incl. 'formación profesional' and "
            "IRPF withheld (lawful deductions)",
            "union dues only with written authorization",
            "free housing, no fianza",
            "employer pays the flights both ways and the bus",
            "selection agency paid by the employer; worker pays nothing for selection, "
            "visa or medical",
            "worker keeps passport and TIE",
            "free protective equipment and risk-prevention training",
            "resignation without penalty",
        ],
        expect_missing=[],
    ),
    dict(
        file="ct06.pdf",
        builder=build_ct06,
        fmt=A4,
        pages=2,
        program="generic",
        language="es",
        corridor="Peru (Lima) → Spain (Madrid)",
        title="Ficha de inscripción, Horizonte Ibérico Empleos",
        doc_type="registration_form",
        layout="A4 agency form: logo header, filled-in lines, checkbox grids, payment "
        "checklist with ☑/☐, signature and fingerprint box",
        recruiters=["Horizonte Ibérico Empleos E.I.R.L.", "Lucía Zevallos Paredes"],
        traps=[
            "outbound flight paid by the employing family",
            "'no cobra comisión sobre su sueldo' (true but other fees are charged)",
            "unticked payment boxes are still required payments (not yet paid)",
            "originals returned the same day, only copies kept (not document retention)",
            "'depósito en cuenta' is a bank transfer, not a deposit or bond",
        ],
        expect_missing=[
            "employer_identity",
            "employment_period",
            "hours_of_work",
            "deductions",
            "return_transportation",
            "termination",
        ],
    ),
    dict(
        file="ct07.pdf",
        builder=build_ct07,
        fmt="letter",
        pages=2,
        program="h2a",
        language="es",
        corridor="Mexico (Oaxaca) → US (Virginia)",
        title="Recibos, Gestoría Villalobos",
        doc_type="receipt",
        layout="page 1: two receipt-book slips with handwritten-style (blue oblique) text "
        "on ruled lines, folio numbers, signatures; page 2: typewritten selection "
        "notice",
        recruiters=["Gestoría Villalobos", "Bulmaro Villalobos Cruz"],
        traps=[
            "visa fee paid by the employer at the consulate",
            "free housing at the orchard camp",
        ],
        expect_missing=[
            "hours_of_work",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
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
    ),
    dict(
        file="ct08.pdf",
        builder=build_ct08,
        fmt="letter",
        pages=3,
        program="h2b",
        language="en",
        corridor="Nicaragua (Chinandega) → US (Texas)",
        title="Offer letter, Lone Star Greenway Landscaping",
        doc_type="offer_letter",
        layout="letterhead; gridded terms table; numbered crew rules on page 2; page 3 is "
        "an image-only scanned acknowledgment (rotated, blurred, noisy, 200 dpi) with "
        "no fee and no term that is not on page 1",
        recruiters=["Agencia de Empleo Pacífico Norte, S.A."],
        traps=[
            "recruiting agency paid by the company; worker owes nothing",
            "inbound bus fare and meals reimbursed in first paycheck",
            "tools and safety gear free",
            "safety training at the company's cost",
            "worker keeps passport",
            "'feedback' contains 'fee'",
        ],
        expect_missing=[
            "three_fourths_guarantee",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
    ),
    dict(
        file="ct09.pdf",
        builder=build_ct09,
        fmt=(340, 720),
        pages=2,
        program="generic",
        language="es",
        corridor="Guatemala (Quetzaltenango) → Canada (Ontario)",
        title="Messenger: Oportunidades Canadá GT",
        doc_type="messenger_chat",
        layout="Facebook Messenger screenshot: header with avatar, grey incoming and blue "
        "outgoing bubbles, time chips",
        recruiters=["Oportunidades Canadá GT", "Edgar Saquic"],
        traps=[
            "outbound flight and work permit paid by the employer ('no se lo cobramos')",
            "no rent for farm housing",
            "documents requested only to copy (not retained)",
            "'empieza en la primavera' is not a start date (employment_period missing)",
        ],
        expect_missing=[
            "employer_identity",
            "worker_identity",
            "employment_period",
            "deductions",
            "return_transportation",
            "termination",
        ],
    ),
    dict(
        file="ct10.pdf",
        builder=build_ct10,
        fmt="letter",
        pages=2,
        program="h2a",
        language="en",
        corridor="Peru (Junín) → US (Wyoming)",
        title="H-2A range sheepherder job order, High Plains Range Sheep Co.",
        doc_type="job_order",
        layout="clearance-order attachment: running header and footer, 23 numbered "
        "sections with hanging titles, justified serif text, footnotes",
        recruiters=["Pastores Andinos Consultores S.A.C."],
        traps=[
            "'feed and water sheep' is a job duty",
            "agent's fee paid by the employer; worker pays nothing",
            "visa fee and MRV paid by the employer",
            "free food, free range housing, free moves between sites",
            "tools, horses, dogs without deposit",
            "workers' compensation premium not paid by worker",
            "inbound travel paid or reimbursed",
            "no blacklisting for complaints",
        ],
        expect_missing=["wage_adjustment", "earnings_statements", "contract_impossibility"],
    ),
    dict(
        file="ct11.pdf",
        builder=build_ct11,
        fmt="letter",
        pages=1,
        program="h2b",
        language="es",
        corridor="Mexico (Sinaloa) → US (Maryland)",
        title="Volante, Agencia Costa Norte Sinaloa",
        doc_type="recruiter_flyer",
        layout="one-page flyer: yellow banner, bullet list, two side-by-side boxes 'LO QUE "
        "PAGA USTED' / 'LO QUE PAGA EL PATRÓN', tear-off phone tabs",
        recruiters=["Agencia Costa Norte Sinaloa", "Ramiro Inzunza Félix"],
        traps=[
            "'LO QUE PAGA EL PATRÓN' box: tools, daily transport, return, uniform free",
            "'Horario: según llegue la jaiba' has no concrete value (hours missing)",
            "'No somos coyotes'",
        ],
        expect_missing=[
            "employer_identity",
            "hours_of_work",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
    ),
    dict(
        file="ct12.pdf",
        builder=build_ct12,
        fmt="letter",
        pages=2,
        program="generic",
        language="es",
        corridor="Honduras (Atlántida) → Canada (Alberta)",
        title="Contrato de empleo, Prairie Crest Poultry",
        doc_type="work_contract",
        layout="letterhead; page 1 main column with a boxed sidebar 'LO QUE USTED NO PAGA' "
        "(work permit CAD 155, biometrics CAD 85 ...); page 2 full width; signatures",
        recruiters=["Conexión Norte Talento Humano, S. de R.L."],
        traps=[
            "recruiter charges the employer, not the worker",
            "work permit and biometrics fees paid by the employer",
            "panel medical exam, flights and private health insurance paid by the employer",
            "statutory deductions incl. Employment Insurance (EI) (not insurance_cost)",
            "free shared housing, no deposit",
            "resignation without penalty; free to change employer without a fine",
            "free to leave the housing in free time (negated movement restriction)",
            "'alimentar ... las aves' is a job duty",
        ],
        expect_missing=[],
    ),
]


# ===========================================================================
# build, label, verify


class PageViews:
    """Reading orders of one page, computed lazily and cached: full text, text flow,
    left/right column crops, table cells. Iterating yields (name, text)."""

    FRACS = (0.5, 0.48, 0.52, 0.45, 0.55, 0.6, 0.62, 0.64, 0.66, 0.68)

    def __init__(self, page):
        self.page = page
        self.cache = []
        self.names = ["full", "flow"] + ["columns@%.2f" % f for f in self.FRACS] + ["table-cells"]

    def _compute(self, name):
        page = self.page
        if name == "full":
            return norm(page.extract_text())
        if name == "flow":
            return norm(page.extract_text(use_text_flow=True))
        if name.startswith("columns@"):
            frac = float(name.split("@")[1])
            w, h = page.width, page.height
            left = norm(page.crop((0, 0, w * frac, h)).extract_text())
            right = norm(page.crop((w * frac, 0, w, h)).extract_text())
            return left + " " + right
        cells = []
        for tb in page.extract_tables():
            for row in tb:
                cells.extend(norm(c) for c in row if c)
        return " | ".join(cells)

    def __iter__(self):
        for i, name in enumerate(self.names):
            if i == len(self.cache):
                self.cache.append((name, self._compute(name)))
            yield self.cache[i]

    def find(self, needle):
        """Name of the first view containing needle, or None."""
        for name, text in self:
            if needle in text:
                return name
        return None


def build_doc(spec, out_dir):
    d = Doc(spec, fmt=spec["fmt"])
    spec["builder"](d)
    path = os.path.join(out_dir, spec["file"])
    d.output(path)
    missing = [t for t in REQUIRED[spec["program"]] if t not in d.evidence]
    fees = []
    for f in d.fees:
        item = {
            "category": f["category"],
            "severity": severity(f["category"], spec["program"], f["passport"]),
            "page": f["page"],
            "amount": f["amount"],
            "currency": f["currency"],
            "quote": norm(f["text"]),
        }
        if f["group"] is not None:
            item["group"] = f["group"]
        fees.append(item)
    label = {
        "file": spec["file"],
        "program": spec["program"],
        "language": spec["language"],
        "scanned": bool(d.scanned_pages),
        "pages": d.page_no(),
        "fees": fees,
        "missing_terms": missing,
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
        "corridor": spec["corridor"],
        "scanned_pages": d.scanned_pages,
        "term_evidence": {t: norm(d.evidence[t]) for t in ALL_TERMS if t in d.evidence},
    }
    return label, d


def _verify_doc(lab, spec, views, chars, images, err, stats):
    fn = lab["file"]
    # scanned page(s): no text layer, one image; every other page has text
    for i in range(len(views)):
        pno = i + 1
        if pno in lab["scanned_pages"]:
            if chars[i] or images[i] < 1:
                err("%s p%d: scanned page has %d chars, %d images" % (fn, pno, chars[i], images[i]))
        elif chars[i] == 0:
            err("%s p%d: text page without text" % (fn, pno))
    # fee quotes on their labelled page, and on no other page
    for f in lab["fees"]:
        if f["page"] is None:
            err("%s: fee not registered on a page: %s" % (fn, f["quote"][:60]))
            continue
        if f["page"] in lab["scanned_pages"] or not 1 <= f["page"] <= len(views):
            err("%s: fee on a scanned or missing page" % fn)
            continue
        hit = views[f["page"] - 1].find(f["quote"])
        if hit is None:
            err("%s p%d: quote not found: %s" % (fn, f["page"], f["quote"][:70]))
        else:
            m = hit.split("@")[0]
            stats[m] = stats.get(m, 0) + 1
        others = [
            i + 1
            for i, pv in enumerate(views)
            if i + 1 != f["page"] and pv.find(f["quote"]) is not None
        ]
        if others:
            err("%s: quote also on pages %s" % (fn, others))
        if f["category"] not in CATEGORIES:
            err("%s: bad category %s" % (fn, f["category"]))
        if f["severity"] != severity(
            f["category"],
            lab["program"],
            f["category"] == "visa_cost"
            and "passport" in f["quote"].lower()
            and "visa " not in f["quote"].lower(),
        ):
            err("%s: severity of %s" % (fn, f["category"]))
        if f["amount"] is not None and not isinstance(f["amount"], float):
            err("%s: amount must be a float" % fn)
        if (f["amount"] is None) != (f["currency"] is None):
            err("%s: amount/currency mismatch" % fn)
        if f["currency"] is not None and f["currency"] not in CURRENCIES:
            err("%s: bad currency %s" % (fn, f["currency"]))
    # recruiters and term evidence, anywhere in the document
    for r in lab["recruiters"]:
        if not any(pv.find(norm(r)) for pv in views):
            err("%s: recruiter not in text: %s" % (fn, r))
    for t, ev in lab["term_evidence"].items():
        if t not in ALL_TERMS:
            err("%s: unknown term %s" % (fn, t))
        if not any(pv.find(ev) for pv in views):
            err("%s: evidence for %s not in text: %s" % (fn, t, ev[:60]))
    if sorted(lab["missing_terms"]) != sorted(spec["expect_missing"]):
        err(
            "%s: missing_terms %s differ from the design %s"
            % (fn, lab["missing_terms"], spec["expect_missing"])
        )
    nclauses = len({f.get("group", "i%d" % i) for i, f in enumerate(lab["fees"])})
    if lab["fees"] and not 1 <= nclauses <= 5:
        err("%s: 1-5 findings expected" % fn)


def verify(labels, out_dir):
    errors = []
    stats = {}

    def err(msg):
        errors.append(msg)

    for spec, lab in zip(SPECS, labels):
        fn = lab["file"]
        with pdfplumber.open(os.path.join(out_dir, fn)) as pdf:
            if len(pdf.pages) != lab["pages"] or lab["pages"] != spec["pages"]:
                err(
                    "%s: %d pages, label %d, spec %d"
                    % (fn, len(pdf.pages), lab["pages"], spec["pages"])
                )
            if not 1 <= len(pdf.pages) <= 4:
                err("%s: page count out of range" % fn)
            views = [PageViews(p) for p in pdf.pages]
            chars = [len(p.chars) for p in pdf.pages]
            images = [len(p.images) for p in pdf.pages]
            _verify_doc(lab, spec, views, chars, images, err, stats)
    # batch mix
    if [l["file"] for l in labels] != ["ct%02d.pdf" % i for i in range(1, 13)]:
        err("batch: file names")
    langs = [l["language"] for l in labels]
    progs = {l["program"] for l in labels}
    compliant = [l["file"] for l in labels if not l["fees"] and not l["missing_terms"]]
    scanned = [l["file"] for l in labels if l["scanned"]]
    if sum(1 for x in langs if x == "es") < 8:
        err("batch: fewer than 8 Spanish documents")
    if "en+es" not in langs or "en" not in langs:
        err("batch: needs English and mixed documents")
    if progs != set(PROGRAMS):
        err("batch: programs %s" % progs)
    if len(compliant) < 3:
        err("batch: fewer than 3 compliant documents")
    if len(scanned) != 1 or sum(len(l["scanned_pages"]) for l in labels) != 1:
        err("batch: exactly one document with one scanned page expected")
    for l in labels:
        for f in l["fees"]:
            if f["page"] in l["scanned_pages"]:
                err("batch: fee on scanned page")
    return errors, stats


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    write = "--write-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    t0 = time.time()
    labels = []
    for spec in SPECS:
        lab, _ = build_doc(spec, out_dir)
        labels.append(lab)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    errors, stats = verify(labels, out_dir)
    for lab in labels:
        print(
            "%-9s %-7s %-5s pages=%d fees=%d missing=%-2d recruiters=%d%s"
            % (
                lab["file"],
                lab["program"],
                lab["language"],
                lab["pages"],
                len(lab["fees"]),
                len(lab["missing_terms"]),
                len(lab["recruiters"]),
                " scanned=p%s" % lab["scanned_pages"] if lab["scanned"] else "",
            )
        )
    cats = {}
    for lab in labels:
        for f in lab["fees"]:
            cats[f["category"]] = cats.get(f["category"], 0) + 1
    print("findings by category:", json.dumps(cats, sort_keys=True))
    print("missing-term labels:", sum(len(l["missing_terms"]) for l in labels))
    print("quote match views:", json.dumps(stats, sort_keys=True))
    committed = os.path.join(HERE, "labels.json")
    if write:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", committed)
    else:
        old = open(committed, encoding="utf-8").read() if os.path.exists(committed) else None
        if old != text:
            errors.append("generated labels differ from committed %s" % committed)
    for e in errors:
        print("FAIL", e)
    print("%d documents, %d checks failed, %.1f s" % (len(labels), len(errors), time.time() - t0))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
