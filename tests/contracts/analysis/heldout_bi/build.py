"""Build the blind held-out batch "bi" (12 contract PDFs) and verify it.

Usage:  python build.py OUT_DIR

Writes bi01.pdf ... bi12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks page counts, that every fee quote is printed on its
labelled page (scanned pages excepted) and that recruiter names are printed.
Exits non-zero on any mismatch. Output is deterministic (fixed dates and seeds).
"""

import io
import json
import os
import random
import re
import shutil
import sys
from datetime import UTC, datetime

import numpy as np
from fpdf import FPDF, FontFace
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime(2026, 1, 12, 9, 30, 0, tzinfo=UTC)

FONTS = {
    "dv": {
        "": DV + "DejaVuSans.ttf",
        "B": DV + "DejaVuSans-Bold.ttf",
        "I": DV + "DejaVuSans-Oblique.ttf",
        "BI": DV + "DejaVuSans-BoldOblique.ttf",
    },
    "dvs": {
        "": DV + "DejaVuSerif.ttf",
        "B": DV + "DejaVuSerif-Bold.ttf",
        "I": DV + "DejaVuSerif-Italic.ttf",
        "BI": DV + "DejaVuSerif-BoldItalic.ttf",
    },
    "ls": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "lse": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "ln": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "lm": {
        "": LB + "LiberationMono-Regular.ttf",
        "B": LB + "LiberationMono-Bold.ttf",
        "I": LB + "LiberationMono-Italic.ttf",
        "BI": LB + "LiberationMono-BoldItalic.ttf",
    },
}


class Doc(FPDF):
    """FPDF with a few layout helpers, header/footer and fixed metadata."""

    def __init__(
        self,
        fmt="Letter",
        font="dv",
        size=10,
        hdr=None,
        ftr=None,
        band=None,
        margins=(20, 18, 20),
        title="Contract",
    ):
        super().__init__(unit="mm", format=fmt)
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.base = font
        self.size = size
        self.hdr = hdr
        self.ftr = ftr
        self.band = band
        self.no_hf = set()
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("")
        self.set_creator("office")
        self.set_font(font, "", size)

    # ---- page furniture -------------------------------------------------
    def header(self):
        if self.page_no() in self.no_hf or not self.hdr:
            return
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, 13, style="F")
            self.set_text_color(255, 255, 255)
            self.set_xy(self.l_margin, 3.5)
            self.set_font(self.base, "B", 9.5)
            self.cell(0, 6, self.hdr)
            self.set_text_color(0, 0, 0)
            self.set_y(19)
        else:
            self.set_font(self.base, "I", 8.5)
            self.set_text_color(80, 80, 80)
            self.set_y(9)
            self.cell(0, 5, self.hdr, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(19)
        self.set_font(self.base, "", self.size)

    def footer(self):
        if self.page_no() in self.no_hf or not self.ftr:
            return
        self.set_y(-14)
        self.set_font(self.base, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.ftr.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # ---- text helpers ---------------------------------------------------
    def F(self, style="", size=None, fam=None):
        self.set_font(fam or self.base, style, size or self.size)

    def title_block(self, text, size=14, align="C", after=3):
        self.F("B", size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)
        self.F()

    def H(self, text, size=None, before=2.5, after=1.2, color=None):
        self.ln(before)
        if self.will_page_break(14):
            self.add_page()
        self.F("B", size or self.size + 1)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            0, (size or self.size + 1) * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.F()

    def P(
        self,
        text,
        style="",
        size=None,
        align="L",
        lh=None,
        after=1.6,
        color=None,
        indent=0,
        fam=None,
        markdown=False,
    ):
        self.F(style, size, fam)
        if color:
            self.set_text_color(*color)
        lh = lh or (size or self.size) * 0.48
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh,
            text,
            align=align,
            markdown=markdown,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.F()

    def bullets(self, items, bullet="\u2022", size=None, indent=4, after=0.8, markdown=False):
        size = size or self.size
        lh = size * 0.48
        width = self.w - self.r_margin - self.l_margin - indent - 4
        for it in items:
            if self.will_page_break(lh * 2):
                self.add_page()
            self.F("", size)
            self.set_x(self.l_margin + indent)
            self.cell(4, lh, bullet)
            self.multi_cell(
                width, lh, it, align="L", markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(after)
        self.F()

    def grid(
        self,
        rows,
        widths,
        head=None,
        size=None,
        borders="ALL",
        head_fill=(225, 225, 225),
        first_bold=True,
        lh=None,
        align="LEFT",
        after=2,
    ):
        size = size or self.size - 0.5
        self.F("", size)
        lh = lh or size * 0.47
        hs = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(
            col_widths=widths,
            text_align=align,
            line_height=lh,
            first_row_as_headings=bool(head),
            headings_style=hs,
            borders_layout=borders,
            padding=1.2,
            width=min(sum(widths), self.epw),
        ) as t:
            if head:
                r = t.row()
                for h in head:
                    r.cell(h)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if isinstance(c, tuple):  # (text, colspan)
                        r.cell(
                            c[0],
                            colspan=c[1],
                            style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
                        )
                    elif i == 0 and first_bold:
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)
        self.ln(after)
        self.F()

    def columns(self, paras, size=None, gutter=7, balance=True):
        """paras: list of (style, text). Two-column flowing text."""
        size = size or self.size
        with self.text_columns(
            ncols=2, gutter=gutter, balance=balance, text_align="LEFT", line_height=1.05
        ) as cols:
            for style, text in paras:
                self.F(style, size)
                cols.write(text=text)
                cols.ln()
                if style == "":
                    self.F("", 3)
                    cols.ln()
        self.F()
        self.ln(2)

    def signatures(self, left, right, size=None, fingerprint=False, gap=14):
        size = size or self.size
        if self.will_page_break(gap + 22):
            self.add_page()
        self.ln(gap)
        y = self.get_y()
        colw = (self.w - self.l_margin - self.r_margin - (30 if fingerprint else 0)) / 2
        for i, block in enumerate((left, right)):
            x = self.l_margin + i * colw
            self.set_draw_color(0, 0, 0)
            self.line(x + 3, y, x + colw - 6, y)
            self.set_xy(x + 3, y + 1)
            self.F("", size - 0.5)
            self.multi_cell(colw - 9, size * 0.45, block, align="L")
        if fingerprint:
            x = self.w - self.r_margin - 26
            self.rect(x, y - 24, 24, 28)
            self.set_xy(x, y + 5)
            self.F("", 7)
            self.cell(24, 4, "Huella", align="C")
        self.set_y(y + 16)
        self.F()

    def bubble(self, text, x, w, fill, size=9.5, style="", color=(0, 0, 0), pad=3, after=3):
        self.F(style, size)
        lh = size * 0.5
        lines = self.multi_cell(w - 2 * pad, lh, text, dry_run=True, output=MethodReturnValue.LINES)
        h = len(lines) * lh + 2 * pad
        if self.will_page_break(h + 2):
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*fill)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=3)
        self.set_text_color(*color)
        self.set_xy(x + pad, y + pad)
        self.multi_cell(w - 2 * pad, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(y + h + after)
        self.F()

    # ---- a scanned page -------------------------------------------------
    def scanned_page(
        self,
        blocks,
        seed,
        dpi=300,
        font=DV + "DejaVuSerif.ttf",
        bold=DV + "DejaVuSerif-Bold.ttf",
        pt=10.5,
        angle=0.35,
    ):
        """Render blocks [(kind, text)] to a noisy grey image and embed it as a full page.
        kind: 'h' heading, 'p' paragraph, 'small' small text, 'gap', 'sig' (left|right)."""
        W = int(round(self.w / 25.4 * dpi))
        Hh = int(round(self.h / 25.4 * dpi))
        img = Image.new("L", (W, Hh), 246)
        d = ImageDraw.Draw(img)

        def px(p):
            return int(round(p / 72 * dpi))

        f_norm = ImageFont.truetype(font, px(pt))
        f_bold = ImageFont.truetype(bold, px(pt + 0.5))
        f_small = ImageFont.truetype(font, px(pt - 2))
        margin = int(0.85 * dpi)
        x0, y = margin, int(0.75 * dpi)
        maxw = W - 2 * margin
        ink = 28

        def wrap(text, fnt):
            out, line = [], ""
            for word in text.split(" "):
                cand = (line + " " + word).strip()
                if d.textlength(cand, font=fnt) <= maxw:
                    line = cand
                else:
                    out.append(line)
                    line = word
            if line:
                out.append(line)
            return out

        for kind, text in blocks:
            if kind == "gap":
                y += px(float(text))
                continue
            if kind == "sig":
                left, right = text.split("|")
                y += px(34)
                half = maxw // 2
                for i, blk in enumerate((left, right)):
                    xx = x0 + i * half
                    d.line([(xx + 20, y), (xx + half - 80, y)], fill=ink, width=3)
                    yy = y + px(4)
                    for ln in blk.split("\n"):
                        d.text((xx + 20, yy), ln, font=f_small, fill=ink)
                        yy += int(px(pt - 2) * 1.35)
                # fingerprint box
                bx = W - margin - px(70)
                d.rectangle([bx, y - px(78), bx + px(66), y + px(8)], outline=ink, width=3)
                d.text((bx + px(18), y + px(12)), "Huella", font=f_small, fill=ink)
                # a scribbled signature
                rnd = random.Random(seed)
                pts = [(x0 + 60 + k * 22, y - 40 + rnd.randint(-28, 22)) for k in range(18)]
                d.line(pts, fill=40, width=4)
                y += px(40)
                continue
            fnt = {"h": f_bold, "p": f_norm, "small": f_small}[kind]
            lh = int(px(pt if kind != "small" else pt - 2) * 1.38)
            for ln in wrap(text, fnt):
                d.text((x0, y), ln, font=fnt, fill=ink)
                y += lh
            y += int(lh * (0.55 if kind == "p" else 0.35))
        # scanner artefacts: slight rotation, blur, noise, uneven background
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=246)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img).astype(np.float32)
        rng = np.random.RandomState(seed)
        arr += rng.normal(0, 9, arr.shape)
        grad = np.linspace(0, 10, W)[None, :]
        arr -= grad
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78, optimize=False)
        buf.seek(0)
        self.no_hf.add(self.page_no() + 1)
        self.add_page()
        self.image(buf, x=0, y=0, w=self.w, h=self.h)


# =====================================================================
# bi01  H-2A, English, clearance order / job order (letter, 3 pages)
# =====================================================================
def bi01():
    pdf = Doc(
        "Letter",
        font="ls",
        size=10,
        band=(34, 85, 51),
        hdr="KETTLE RIDGE ORCHARDS LLC  |  H-2A Agricultural Clearance Order WA-2026-31874",
        ftr="Clearance order WA-2026-31874  -  page {n} of {nb}",
        title="Clearance order",
    )
    pdf.add_page()
    pdf.title_block(
        "AGRICULTURAL CLEARANCE ORDER\nH-2A TEMPORARY FARMWORKERS - APPLE HARVEST 2026", 13
    )
    pdf.P(
        "This order is the work contract for every H-2A worker and every worker in corresponding "
        "employment hired under it, unless a separate written contract with at least the same terms "
        "is given on or before the day the worker applies for a visa.",
        style="I",
        size=9,
    )
    pdf.H("1. Employer")
    pdf.bullets(
        [
            "Legal name: Kettle Ridge Orchards LLC",
            "Address: 4417 Bonaparte Creek Road, Tonasket, Washington 98855",
            "Telephone: (509) 555-0142   Contact: Marisol Pettibone, Human Resources",
            "Federal employer ID: 91-2837465",
        ]
    )
    pdf.H("2. The job")
    pdf.P("Job title: Orchard Harvest Worker (SOC 45-2092), 42 openings.", style="B")
    pdf.P(
        "Duties: pick apples by hand into picking bags from 8-, 10- and 12-foot orchard ladders, "
        "empty bags into field bins without bruising the fruit, move ladders from tree to tree, sort "
        "out culls, and help the tractor driver keep the bin feeder line clear at the end of each row. "
        "On some days workers tie up young trees or pull props after the harvest."
    )
    pdf.P(
        "Requirements: three months of hand-harvest experience in tree fruit, verifiable by a "
        "reference. Workers must be able to carry a full picking bag of about 40 pounds up and down "
        "a ladder many times during the shift."
    )
    pdf.H("3. Where the work is done")
    pdf.grid(
        [
            ["North Block", "4417 Bonaparte Creek Road, Tonasket, WA 98855", "Okanogan"],
            ["Siwash Flats", "1186 Siwash Creek Road, Tonasket, WA 98855", "Okanogan"],
            ["Ellisforde Bench", "35 Ellisforde Bridge Road, Oroville, WA 98844", "Okanogan"],
        ],
        widths=(38, 100, 36),
        head=["Block", "Address", "County"],
    )
    pdf.H("4. Period and hours")
    pdf.P("The contract runs from August 17, 2026 to November 6, 2026.")
    pdf.P(
        "Anticipated hours: 40 hours per week, Monday through Saturday, usually from 6:30 a.m. to "
        "3:00 p.m. with a 30-minute unpaid lunch. During peak harvest workers may be asked, but are "
        "not required, to work more hours."
    )
    pdf.H("5. Pay")
    pdf.bullets(
        [
            "Rate: $19.25 per hour, or $31.00 per standard bin when the bin rate yields more for the workweek.",
            "Kettle Ridge always pays the highest of the adverse effect wage rate, the prevailing hourly or "
            "piece rate, the agreed collective bargaining rate, or the federal or state minimum wage; if a "
            "higher AEWR is published during the season, it is paid from its effective date.",
            "Paydays are every Thursday, for the workweek that ended the previous Saturday.",
            "Deductions: federal income tax only if the worker asks for it in writing; the Washington Paid "
            "Family and Medical Leave premium; the optional meal plan for workers who join it; and the gear "
            "cost described in section 8. H-2A wages are exempt from Social Security and Medicare, so "
            "nothing is withheld for them.",
            "End-of-season bonus: workers still on the payroll on the last day receive an extra $0.60 for "
            "every hour worked during the contract. The bonus is added on top of the hourly or bin wage "
            "and never replaces any part of it.",
            "Three-fourths guarantee: the employer guarantees to offer each worker employment for a total "
            "number of hours equal to at least three-fourths of the workdays of the contract period; if it "
            "offers less, it pays the amount the worker would have earned.",
        ]
    )
    pdf.H("6. Housing, meals and transportation")
    pdf.columns(
        [
            ("B", "Housing."),
            (
                "",
                "Housing is furnished free of charge at the Kettle Ridge worker camp, 4501 Bonaparte Creek "
                "Road, Tonasket, and meets Washington temporary worker housing standards. There is no rent, "
                "no utility charge and no deposit.",
            ),
            ("B", "Meals."),
            (
                "",
                "Each cabin has a free kitchen with stoves, refrigerators and cooking utensils. Workers may "
                "instead join the optional meal plan at $15.40 per day, which is below the maximum meal "
                "charge published by the Department of Labor; joining or leaving the plan is the worker's "
                "choice each week.",
            ),
            ("B", "Trip to Tonasket."),
            (
                "",
                "Workers who complete 50 percent of the contract period are reimbursed for the bus or air "
                "fare and daily subsistence from the place of recruitment to Tonasket. If these costs bring "
                "first-week pay below the minimum wage, the difference is paid in the first workweek.",
            ),
            ("B", "Trip home."),
            (
                "",
                "Workers who finish the contract, or who are released early without cause, receive return "
                "transportation and subsistence to the place of recruitment, paid by the employer.",
            ),
            ("B", "Daily transport."),
            (
                "",
                "Transport from the camp to the orchard blocks and back is free, in company vans driven by "
                "licensed drivers.",
            ),
        ],
        size=9.5,
    )
    pdf.H("7. Injury insurance")
    pdf.P(
        "Every worker is covered by the employer's workers' compensation insurance from the first day; "
        "the premiums are paid entirely by Kettle Ridge Orchards LLC."
    )
    pdf.H("8. Tools and gear")
    pdf.P("Ladders, picking bags, bins, pruners and first-aid kits are furnished at no cost.")
    pdf.P(
        "Rain suits and cut-resistant sleeves are issued from the farm store on the first day, and their "
        "cost of $36.00 per set is recovered from the worker in two weekly payroll deductions of $18.00."
    )
    pdf.P(
        "A worker who breaks a ladder or damages cabin furniture through careless use will be charged "
        "the repair or replacement cost."
    )
    pdf.H("9. Rules of employment")
    pdf.P(
        "Abandonment and dismissal. A worker who is absent for five consecutive working days without "
        "telling the supervisor is considered to have abandoned the job, and the employer will notify "
        "the Department of Labor and the Department of Homeland Security within two working days. "
        "Workers dismissed for cause after a written warning lose the return transportation benefit."
    )
    pdf.P(
        "Recruitment. Kettle Ridge recruits in Guanajuato through Sendero Agrícola del Bajío, S.C. and "
        "pays all of its fees. The recruiter has agreed in writing not to collect any money from "
        "workers, and no worker may be charged for a place in the crew."
    )
    pdf.P(
        "Documents. Workers keep their own passports and visas; the company does not hold identity "
        "documents for anyone."
    )
    pdf.P(
        "Complaints. Workers may speak to any government agency, lawyer or advocate about their rights "
        "without losing their eligibility to be rehired."
    )
    pdf.H("10. Acknowledgement")
    pdf.P("I received this clearance order in Spanish and in English before my visa interview.")
    pdf.signatures(
        "For Kettle Ridge Orchards LLC\nMarisol Pettibone, Human Resources\nJuly 2, 2026",
        "Worker's name and signature\n\nDate",
    )
    return pdf


# =====================================================================
# bi02  H-2A, Spanish, work contract (letter, 2 pages)
# =====================================================================
def bi02():
    pdf = Doc(
        "Letter",
        font="dv",
        size=9.5,
        hdr="Whitfield Brothers Produce LLC - Contrato H-2A 2026",
        ftr="Contrato WBP-2026-117  |  hoja {n} de {nb}",
        title="Contrato H-2A",
    )
    pdf.add_page()
    pdf.title_block("CONTRATO DE TRABAJO TEMPORAL AGRÍCOLA (H-2A)\nTEMPORADA DE CHILE 2026", 13)
    pdf.P(
        'Este contrato lo celebran Whitfield Brothers Produce LLC ("la empresa") y el trabajador '
        'Abundio Cástulo Villegas Ornelas ("el trabajador"), originario de Villanueva, Zacatecas.'
    )
    pdf.grid(
        [
            [
                "Empresa",
                "Whitfield Brothers Produce LLC, 1350 County Road 412, Hatch, Nuevo México 87937, EE. UU. "
                "Tel. (575) 555-0187",
            ],
            ["Puesto", "Trabajador agrícola de cosecha de chile verde y rojo"],
            [
                "Lugar de trabajo",
                "Rancho Rincón (2210 NM-154, Rincón, NM) y Rancho Arrey (608 Arrey Road, "
                "Arrey, NM), condados de Doña Ana y Sierra",
            ],
            ["Periodo", "Del 27 de julio al 23 de octubre de 2026"],
            [
                "Horario",
                "35 horas por semana, de lunes a viernes, de 6:00 a 13:00; los sábados son voluntarios",
            ],
            [
                "Salario",
                "$16.89 por hora, o $2.40 por cubeta de 5 galones cuando el pago por pieza resulte "
                "mayor en la semana",
            ],
            [
                "Día de pago",
                "Cada semana, los viernes, por depósito directo o con cheque, a elección del trabajador",
            ],
        ],
        widths=(38, 138),
        head=["Concepto", "Condición"],
    )
    pdf.H("Cláusula 1. Tareas y requisitos")
    pdf.P(
        "El trabajador cortará chile a mano, llenará cubetas de 5 galones, las vaciará en costales o en "
        "el remolque, deshierbará con azadón entre los surcos y cargará costales de hasta 50 libras. "
        "Se requiere un mes de experiencia en cosecha a mano de hortalizas y poder levantar 50 libras."
    )
    pdf.H("Cláusula 2. Salario y ajustes")
    pdf.P(
        "La empresa pagará siempre la tarifa más alta entre la tasa de salario de efecto adverso (AEWR), "
        "la tasa prevaleciente, la tasa negociada colectivamente o el salario mínimo federal o estatal. "
        "Si se publica una AEWR más alta durante la temporada, se pagará desde la fecha en que entre en vigor."
    )
    pdf.P(
        "Con cada pago el trabajador recibe un talón que detalla las horas ofrecidas y trabajadas, la "
        "tarifa, las cubetas, el salario bruto, cada descuento y el neto."
    )
    pdf.H("Cláusula 3. Descuentos")
    pdf.P(
        "Solo se descuenta el impuesto federal sobre la renta si el trabajador lo pide por escrito, y las "
        "cuotas que el trabajador autorice por escrito. No se descuenta nada por vivienda, transporte, "
        "herramientas ni reclutamiento."
    )
    pdf.H("Cláusula 4. Garantía de las tres cuartas partes")
    pdf.P(
        "La empresa garantiza ofrecer empleo por al menos las tres cuartas partes de las horas de trabajo "
        "del periodo del contrato; si ofrece menos, paga la diferencia."
    )
    pdf.H("Cláusula 5. Vivienda y comida")
    pdf.P(
        "La vivienda es gratuita, en las casas móviles del Rancho Rincón, 2214 NM-154, Rincón, NM 87940, "
        "con luz, agua y gas sin costo y sin depósito. Cada casa móvil tiene cocina equipada gratuita, "
        "con estufa, refrigerador y trastes."
    )
    pdf.H("Cláusula 6. Viajes, visa y pasaporte")
    pdf.P(
        "La empresa reembolsa el autobús de Zacatecas a Hatch y los alimentos del camino al completar el "
        "50 % del contrato, o antes si hace falta para que el trabajador reciba el salario mínimo en la "
        "primera semana."
    )
    pdf.P(
        "La cuota de la visa (MRV) y el cruce fronterizo se reembolsan completos en la primera semana de trabajo."
    )
    pdf.P(
        "El trámite del pasaporte mexicano, de unos 1,900 pesos, corre por cuenta del trabajador y no se reembolsa."
    )
    pdf.P(
        "Al terminar el contrato, o si se le despide antes sin causa, la empresa paga el autobús de "
        "regreso a Zacatecas y los alimentos del camino."
    )
    pdf.P(
        "El traslado diario de las casas móviles a los campos es gratis, en autobús de la empresa."
    )
    pdf.H("Cláusula 7. Herramientas")
    pdf.P("Cuchillos, cubetas, guantes y azadones se entregan sin costo y sin depósito.")
    pdf.H("Cláusula 8. Abandono y despido")
    pdf.P(
        "Si el trabajador falta cinco días seguidos sin avisar, se considera que abandonó el empleo y la "
        "empresa lo notificará al Departamento de Trabajo. El despido solo procede por causa "
        "justificada, explicada por escrito."
    )
    pdf.H("Cláusula 9. Si el trabajo se vuelve imposible")
    pdf.P(
        "Si un incendio, una inundación, una helada u otro desastre natural hace imposible el trabajo, la "
        "empresa puede terminar el contrato con aprobación del Departamento de Trabajo; en ese caso paga "
        "al menos las tres cuartas partes de los días transcurridos, el viaje de regreso y los gastos "
        "del camino."
    )
    pdf.H("Cláusula 10. Sus derechos")
    pdf.P(
        "Nadie puede cobrarle por darle este trabajo. La empresa no guarda pasaportes ni identificaciones. "
        "Usted puede quejarse ante el consulado o el Departamento de Trabajo sin represalias."
    )
    pdf.signatures(
        "Por la empresa: Dale Whitfield, gerente\nHatch, NM, 2 de junio de 2026",
        "El trabajador: Abundio Cástulo Villegas Ornelas\nFirma",
    )
    return pdf


# =====================================================================
# bi03  H-2A, English + Spanish alternating paragraphs (letter)
# =====================================================================
def bi03():
    pdf = Doc(
        "Letter",
        font="dvs",
        size=9,
        band=(60, 40, 110),
        hdr="Cypress Bend Blueberry Farms LLC  -  Work Contract / Contrato de Trabajo H-2A 2026",
        ftr="CBB-H2A-2026  |  {n}/{nb}",
        title="Work contract",
    )
    pdf.add_page()
    pdf.title_block(
        "WORK CONTRACT - H-2A BLUEBERRY HARVEST 2026\nCONTRATO DE TRABAJO - COSECHA DE ARÁNDANO H-2A 2026",
        12,
    )
    gray = (70, 70, 70)

    def clause(title, en, es):
        pdf.H(title, size=10, before=2, after=0.8)
        for e in en:
            pdf.P(e, after=0.8)
        for s in es:
            pdf.P(s, style="I", color=gray, after=0.8)
        pdf.ln(1)

    clause(
        "1. Employer / Empleador",
        [
            "The employer is Cypress Bend Blueberry Farms LLC, 8821 Ten Mile Creek Road, Alma, Georgia 31510, "
            "telephone (912) 555-0118."
        ],
        [
            "El empleador es Cypress Bend Blueberry Farms LLC, 8821 Ten Mile Creek Road, Alma, Georgia 31510, "
            "teléfono (912) 555-0118."
        ],
    )
    clause(
        "2. Job / Trabajo",
        [
            "Blueberry harvest worker: hand-pick ripe blueberries into buckets strapped at the waist, empty "
            "them into lugs at the end of each row, carry the lugs to the trailer, and take out green or "
            "damaged fruit. Workers must be able to stand and bend for long periods and lift 40 pounds; no "
            "experience is required."
        ],
        [
            "Cosechador de arándano: cortar a mano el arándano maduro en cubetas amarradas a la cintura, "
            "vaciarlas en cajas al final de cada surco, llevar las cajas al remolque y quitar la fruta verde "
            "o dañada. Se requiere aguantar estar de pie y agachado por largos ratos y levantar 40 libras; "
            "no se necesita experiencia."
        ],
    )
    clause(
        "3. Place and dates / Lugar y fechas",
        [
            "Work is done in the fields at 8821 Ten Mile Creek Road and at the Hurricane Creek block, 1740 "
            "Zirkle Road, Alma, Bacon County, Georgia, from April 20, 2026 to June 26, 2026."
        ],
        [
            "El trabajo se hace en los campos de 8821 Ten Mile Creek Road y en el bloque Hurricane Creek, "
            "1740 Zirkle Road, Alma, condado de Bacon, Georgia, del 20 de abril al 26 de junio de 2026."
        ],
    )
    clause(
        "4. Hours / Horario",
        ["36 hours per week, Monday to Saturday, 6 hours per day starting at 7:00 a.m."],
        ["36 horas por semana, de lunes a sábado, 6 horas diarias a partir de las 7:00 a. m."],
    )
    clause(
        "5. Pay / Pago",
        [
            "The worker earns $15.61 per hour or $0.55 per pound picked, whichever is higher for the week. "
            "The company always pays the highest of the AEWR, the prevailing rate, any agreed collective "
            "rate or the federal or state minimum wage, and applies a new AEWR from its effective date. "
            "Pay is weekly, on Fridays, and an itemized pay stub comes with each check."
        ],
        [
            "El trabajador gana $15.61 por hora o $0.55 por libra cosechada, lo que resulte más alto en la "
            "semana. La compañía siempre paga lo más alto entre la AEWR, la tasa prevaleciente, una tasa "
            "colectiva pactada o el salario mínimo federal o estatal, y aplica una nueva AEWR desde su "
            "vigencia. El pago es semanal, los viernes, y cada cheque trae un talón detallado."
        ],
    )
    clause(
        "6. Deductions / Descuentos",
        [
            "Deductions are federal income tax if requested, the utility charge in clause 7, and any "
            "deduction the worker authorizes in writing.",
            "Twenty percent of each week's piece-rate earnings is held back by the company and paid with "
            "the final paycheck at the end of the season.",
        ],
        [
            "Los descuentos son el impuesto federal si el trabajador lo pide, el cargo de servicios de la "
            "cláusula 7 y cualquier descuento que el trabajador autorice por escrito.",
            "El veinte por ciento de lo ganado por pieza cada semana lo retiene la compañía y se paga con el "
            "último cheque al final de la temporada.",
        ],
    )
    clause(
        "7. Housing / Vivienda",
        [
            "Housing is provided at the Cypress Bend camp, 8790 Ten Mile Creek Road, in cabins for eight workers.",
            "A utility charge of $22.50 per week per worker is deducted for electricity, water and propane "
            "in the housing.",
        ],
        [
            "La vivienda se da en el campamento Cypress Bend, 8790 Ten Mile Creek Road, en cabañas para ocho "
            "trabajadores.",
            "Se descuenta un cargo de servicios de $22.50 por semana por trabajador para la luz, el agua y el "
            "gas de la vivienda.",
        ],
    )
    clause(
        "8. Transportation / Transporte",
        [
            "The company reimburses the bus fare and meals from Monterrey to Alma when the worker completes "
            "half of the contract, pays the return trip to Monterrey at the end, and provides free daily "
            "transport from camp to the fields in company buses."
        ],
        [
            "La compañía reembolsa el pasaje de autobús y las comidas de Monterrey a Alma cuando el "
            "trabajador cumple la mitad del contrato, paga el regreso a Monterrey al final y da transporte "
            "diario gratis del campamento a los campos en autobuses de la compañía."
        ],
    )
    clause(
        "9. Tools and insurance / Herramientas y seguro",
        [
            "Buckets, lugs, waist straps and rain ponchos are provided at no cost. Workers are covered by "
            "workers' compensation insurance paid by the employer."
        ],
        [
            "Las cubetas, cajas, cinturones y ponchos para lluvia se dan sin costo. Los trabajadores están "
            "cubiertos por un seguro de compensación laboral pagado por el empleador."
        ],
    )
    clause(
        "10. Leaving and dismissal / Abandono y despido",
        [
            "Five consecutive workdays of absence without notice is abandonment. A worker may be dismissed "
            "for cause after a written warning; a worker who abandons or is dismissed for cause loses the "
            "paid return trip."
        ],
        [
            "Cinco días seguidos de falta sin avisar es abandono. Un trabajador puede ser despedido por causa "
            "justificada después de un aviso por escrito; quien abandone o sea despedido con causa pierde el "
            "viaje de regreso pagado."
        ],
    )
    clause(
        "11. Bad weather / Mal tiempo",
        [
            "If hail, flood, fire or another act of God makes the work impossible, the company may end the "
            "contract early with the approval of the Department of Labor; it will still pay all wages earned "
            "and the trip home."
        ],
        [
            "Si el granizo, una inundación, un incendio u otro caso fortuito hace imposible el trabajo, la "
            "compañía puede terminar el contrato antes con aprobación del Departamento de Trabajo; de todos "
            "modos pagará todo el salario ganado y el viaje a casa."
        ],
    )
    clause(
        "12. Complaints / Quejas",
        [
            "Any worker who takes a complaint to an outside agency instead of to the crew leader will be "
            "placed on the company's do-not-return list."
        ],
        [
            "Todo trabajador que lleve una queja a una agencia de afuera en lugar de hablar con el mayordomo "
            "será puesto en la lista de no regresar de la compañía."
        ],
    )
    clause(
        "13. No charge for the job / Sin cobro por el empleo",
        ["Nobody may charge the worker for getting this job."],
        ["Nadie puede cobrarle al trabajador por conseguir este empleo."],
    )
    pdf.signatures(
        "Cypress Bend Blueberry Farms LLC\nWade Tillman, Owner / Propietario",
        "Worker / Trabajador\nName and signature / Nombre y firma",
    )
    return pdf


# =====================================================================
# bi04  H-2B, English, job order with gridded terms table (letter)
# =====================================================================
def bi04():
    pdf = Doc(
        "Letter",
        font="dv",
        size=9.5,
        band=None,
        hdr="Harbor Lilac Inn & Suites LLC   H-2B Job Order MI-2026-40877",
        ftr="MI-2026-40877 - Page {n} of {nb}",
        title="Job order",
    )
    pdf.add_page()
    pdf.title_block(
        "H-2B JOB ORDER AND TERMS OF EMPLOYMENT\nSeasonal Housekeeping Staff - 2026 Season", 13
    )
    pdf.H("Section 1. Summary of terms")
    pdf.grid(
        [
            [
                "Employer",
                "Harbor Lilac Inn & Suites LLC, 7380 Main Street, Mackinac Island, Michigan 49757. "
                "Tel. (906) 555-0163.",
            ],
            ["Position", "Housekeeper / Room Attendant (SOC 37-2012), 26 openings."],
            [
                "Duties",
                "Clean and make up guest rooms and suites, change linens, vacuum, scrub bathrooms, restock "
                "guest amenities, and note minibar use so the front desk can post the charge to the "
                "guest's folio. Lift laundry bags of up to 35 pounds.",
            ],
            [
                "Requirements",
                "Three months of experience as a room attendant in a hotel or resort; basic spoken English.",
            ],
            [
                "Worksites",
                "Harbor Lilac Inn & Suites, 7380 Main Street, and its Annex, 1420 Cadotte Avenue, "
                "Mackinac Island, MI 49757.",
            ],
            ["Period", "May 4, 2026 through October 24, 2026."],
            [
                "Hours",
                "35 hours per week: 7:30 a.m. to 2:30 p.m. on five days set by a rotating schedule that "
                "includes weekends.",
            ],
            ["Wage", "$16.42 per hour."],
            [
                "Wage floor",
                "The employer pays at least the highest of the prevailing wage and the federal, state "
                "or local minimum wage. If the Department of Labor issues a higher prevailing wage "
                "during the season, it is paid from its effective date.",
            ],
            ["Paydays", "Every other Friday (biweekly), by direct deposit or paycheck."],
            [
                "Pay statements",
                "Each payday the worker receives an itemized statement of hours offered, hours "
                "worked, rate, gross pay, every deduction and net pay.",
            ],
            [
                "Deductions",
                "Federal and Michigan income tax, Social Security and Medicare, and, only for workers "
                "who choose them, the dormitory and cafeteria charges in Section 3.",
            ],
            [
                "Work guarantee",
                "In each 12-week period (6 weeks if the contract is shorter than 120 days) the "
                "employer offers hours equal to at least 75% of the workdays and pays for any "
                "shortfall.",
            ],
            [
                "Tools and uniforms",
                "Cleaning carts, chemicals, vacuums, uniforms and gloves are supplied free, "
                "with no deposit.",
            ],
            [
                "Leaving the job",
                "Missing five scheduled days in a row without notice is treated as abandonment "
                "and is reported to the Department of Labor and DHS. Dismissal for cause "
                "follows a written warning.",
            ],
        ],
        widths=(36, 140),
        head=["Item", "Details"],
        size=9,
    )
    pdf.H("Section 2. Travel and visas")
    pdf.P(
        "Inbound travel. In the first workweek the employer reimburses the airfare from Kingston to "
        "Pellston, the ferry to the island and daily meals on the way, at no less than the federal "
        "subsistence rate."
    )
    pdf.P(
        "Return travel. Workers who complete the season, or whom the employer dismisses early for any "
        "reason other than cause, receive a paid return ticket to Kingston."
    )
    pdf.P(
        "Visa expense. The USD 205 nonimmigrant visa application fee is the worker's own expense and is "
        "not refunded by the Employer."
    )
    pdf.H("Section 3. Staff housing and meals (optional)")
    pdf.P(
        "Rooms in the Bayview staff dormitory are optional; residents pay $75 per week, deducted from each "
        "biweekly paycheck."
    )
    pdf.P(
        "Workers who sign up for the staff cafeteria plan are charged $6.50 per meal, deducted from pay."
    )
    pdf.P("Workers who prefer to live elsewhere on the island may do so.")
    pdf.H("Section 4. Recruitment in Jamaica")
    pdf.P(
        "Candidates are selected in Mandeville by Blue Mahoe Workforce Solutions Ltd., 14 Ward Avenue, "
        "Mandeville, Manchester, Jamaica."
    )
    pdf.P(
        "Before the embassy interview, each selected candidate remits an administrative support "
        "contribution of JMD 55,000 to Blue Mahoe Workforce Solutions Ltd. for file preparation and "
        "courier services."
    )
    pdf.H("Section 5. How to apply")
    pdf.P(
        "U.S. workers may apply by calling (906) 555-0163 or at the Michigan Works! office in St. Ignace. "
        "Referral of U.S. workers will continue until 50 percent of the contract period has passed."
    )
    pdf.signatures(
        "Harbor Lilac Inn & Suites LLC\nBeverly Ostrander, General Manager\nFebruary 9, 2026",
        "Worker's signature and date",
    )
    return pdf


# =====================================================================
# bi05  H-2B, Spanish, work contract, compliant (letter)
# =====================================================================
def bi05():
    pdf = Doc(
        "Letter",
        font="lse",
        size=10.5,
        band=(20, 70, 120),
        hdr="HONGA RIVER CRAB COMPANY LLC  -  Contrato H-2B 2026",
        ftr="Honga River Crab Company LLC  -  página {n} de {nb}",
        title="Contrato H-2B",
    )
    pdf.add_page()
    pdf.title_block("CONTRATO DE TRABAJO - PROGRAMA H-2B\nTEMPORADA DE JAIBA 2026", 14)
    pdf.P("Trabajadora: María Guadalupe Tenorio Vázquez, de Ciudad Fernández, San Luis Potosí.")
    pdf.grid(
        [
            [
                "Empresa",
                "Honga River Crab Company LLC, 2650 Hoopersville Road, Fishing Creek, Maryland 21634, EE. UU.",
            ],
            ["Puesto", "Procesadora de mariscos (pelado de jaiba), SOC 51-3022"],
            [
                "Lugar",
                "Planta de la empresa, 2650 Hoopersville Road, Fishing Creek, Maryland 21634",
            ],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 5:00 a 13:30, con media hora de comida",
            ],
            [
                "Salario",
                "$17.55 por hora; si el pago por libra ($4.10 por libra de carne) da más en la semana, se paga esa cantidad",
            ],
            [
                "Tiempo extra",
                "Las horas de más de 40 en la semana se pagan a $26.33 por hora (tiempo y medio)",
            ],
            [
                "Día de pago",
                "Cada viernes, por depósito directo en la cuenta de la trabajadora o con cheque, a su elección",
            ],
        ],
        widths=(34, 142),
        head=["Concepto", "Condición"],
        size=10,
    )
    pdf.H("PRIMERA. Tareas y requisitos")
    pdf.P(
        "La trabajadora separará con cuchillo la carne de la jaiba cocida, la clasificará en carne de "
        "pinza, especial y jumbo, la empacará en contenedores de una libra y mantendrá limpia su mesa. "
        "No se requiere experiencia, pero sí poder estar de pie ocho horas. La empresa da una semana de "
        "capacitación pagada y sin costo para la trabajadora."
    )
    pdf.H("SEGUNDA. Salario más alto y talón de pago")
    pdf.P(
        "La empresa paga siempre el salario más alto entre el salario prevaleciente y el mínimo federal, "
        "estatal o local; si el Departamento de Trabajo publica uno más alto, se paga desde su vigencia. "
        "Con cada pago se entrega un talón con horas ofrecidas y trabajadas, tarifa, libras, salario "
        "bruto, descuentos y neto."
    )
    pdf.H("TERCERA. Descuentos")
    pdf.P(
        "Solo se descuentan los impuestos federales y del estado de Maryland, el Seguro Social y Medicare. "
        "La empresa no descuenta nada más sin autorización escrita de la trabajadora."
    )
    pdf.H("CUARTA. Garantía de horas")
    pdf.P(
        "La empresa garantiza ofrecer trabajo por al menos el 75 % de los días hábiles de cada periodo de "
        "12 semanas; si ofrece menos, paga la diferencia como si se hubiera trabajado."
    )
    pdf.H("QUINTA. Vivienda, viajes y visa")
    pdf.columns(
        [
            ("B", "Vivienda."),
            (
                "",
                "Gratuita, en la casa de la empresa en 2655 Hoopersville Road, sin renta ni depósito.",
            ),
            ("B", "Viaje de ida."),
            (
                "",
                "La empresa paga o reembolsa en la primera semana el autobús de San Luis Potosí a Fishing Creek "
                "y los alimentos del camino.",
            ),
            ("B", "Visa."),
            (
                "",
                "La cuota de la visa, el trámite consular y el cruce fronterizo se reembolsan completos en la "
                "primera semana de trabajo.",
            ),
            ("B", "Viaje de regreso."),
            (
                "",
                "Al terminar la temporada, o si la empresa la despide antes sin causa, paga el autobús de "
                "regreso a San Luis Potosí.",
            ),
        ],
        size=10,
    )
    pdf.H("SEXTA. Herramientas")
    pdf.P(
        "Cuchillos, delantales, guantes de malla y botas de hule se entregan sin costo y sin depósito."
    )
    pdf.H("SÉPTIMA. Abandono y despido")
    pdf.P(
        "Si la trabajadora falta cinco días de trabajo seguidos sin avisar, se considera que abandonó el "
        "empleo. La empresa solo puede despedir por causa justificada y después de una advertencia por escrito."
    )
    pdf.H("OCTAVA. Fuerza mayor")
    pdf.P(
        "Si un huracán, un incendio u otra causa de fuerza mayor hace imposible el trabajo, la empresa puede "
        "terminar el contrato con aprobación del Departamento de Trabajo, pero pagará la garantía de horas "
        "hasta esa fecha y el viaje de regreso."
    )
    pdf.H("NOVENA. Reclutamiento y derechos")
    pdf.P(
        "La empresa contrató a Reclutadora Tierra Caliente, S.C. y le paga todos sus honorarios; ninguna "
        "persona puede cobrarle a la trabajadora por este empleo. Usted guarda su pasaporte y su visa. "
        "Puede presentar quejas ante el Departamento de Trabajo o el consulado sin que eso afecte su "
        "recontratación."
    )
    pdf.signatures(
        "Por Honga River Crab Company LLC\nCarl Pritchett, gerente de planta",
        "La trabajadora\nMaría Guadalupe Tenorio Vázquez",
    )
    return pdf


# =====================================================================
# bi06  H-2B, Spanish, recruiter agreement; page 2 is a scan
# =====================================================================
BI06_P2 = [
    (
        "small",
        "Gestoría Migratoria Huasteca, S.A. de C.V.  -  Convenio GMH-0912/2025  -  hoja 2 de 2",
    ),
    ("gap", "6"),
    ("h", "CLÁUSULA TERCERA. De los documentos."),
    (
        "p",
        "Para su resguardo, EL GESTOR conservará el pasaporte con la visa estampada hasta el día de salida "
        "del autobús y lo entregará al mayordomo de la cuadrilla, quien lo guardará durante toda la temporada.",
    ),
    ("h", "CLÁUSULA CUARTA. De la permanencia."),
    (
        "p",
        "Si LA PERSONA TRABAJADORA abandona el trabajo antes de que termine la temporada, pagará a EL "
        "GESTOR una pena convencional de $15,000.00 M.N. y se hará efectivo el pagaré.",
    ),
    ("h", "CLÁUSULA QUINTA. De las quejas."),
    (
        "p",
        "LA PERSONA TRABAJADORA puede acudir al consulado de México o a la Procuraduría de la Defensa del "
        "Trabajo para presentar cualquier queja, sin que ello afecte su contratación en futuras temporadas.",
    ),
    ("h", "CLÁUSULA SEXTA. De la jurisdicción."),
    (
        "p",
        "Para la interpretación y cumplimiento de este convenio, las partes se someten a los tribunales de "
        "Tamazunchale, San Luis Potosí, y renuncian a cualquier otro fuero.",
    ),
    (
        "p",
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman "
        "por duplicado en Tamazunchale, S.L.P., el 9 de noviembre de 2025.",
    ),
    ("gap", "60"),
    (
        "sig",
        "EL GESTOR\nC. Rogelio Antuñano Barragán\nFirma y sello|LA PERSONA TRABAJADORA\n"
        "C. Eliseo Tolentino Hernández Cruz\nFirma",
    ),
]


def bi06():
    pdf = Doc(
        "Letter",
        font="ls",
        size=10,
        hdr="Gestoría Migratoria Huasteca, S.A. de C.V.  -  Convenio GMH-0912/2025",
        ftr="Gestoría Migratoria Huasteca, S.A. de C.V.  -  Convenio GMH-0912/2025  -  hoja {n} de 2",
        title="Convenio",
    )
    pdf.add_page()
    pdf.title_block(
        "CONVENIO DE GESTIÓN Y COLOCACIÓN\nTEMPORADA DE REFORESTACIÓN 2026 (VISA H-2B)", 12.5
    )
    pdf.P(
        "En Tamazunchale, San Luis Potosí, a 9 de noviembre de 2025, comparecen por una parte Gestoría "
        'Migratoria Huasteca, S.A. de C.V. (en lo sucesivo "EL GESTOR"), representada por el C. Rogelio '
        'Antuñano Barragán, y por la otra el C. Eliseo Tolentino Hernández Cruz (en lo sucesivo "LA '
        'PERSONA TRABAJADORA"), quienes celebran el presente convenio al tenor de las siguientes cláusulas.',
        align="J",
    )
    pdf.P(
        'EL GESTOR declara que actúa por encargo de Longleaf Reforestation Services Inc. ("LA EMPRESA") '
        "para reunir a los trabajadores de la temporada y tramitar sus expedientes.",
        align="J",
    )
    pdf.H("CLÁUSULA PRIMERA. Del empleo ofrecido.")
    pdf.grid(
        [
            [
                "Empresa",
                "Longleaf Reforestation Services Inc., 1120 Satilla Church Road, Waycross, Georgia 31503, EE. UU.",
            ],
            [
                "Puesto y tareas",
                "Plantador de pino: siembra a mano de plántulas con barra plantadora, unas 2,000 "
                "por día, en terrenos recién preparados",
            ],
            [
                "Requisitos",
                "Mayor de 18 años; poder cargar bolsas de 40 libras de plántulas durante la jornada",
            ],
            [
                "Lugar",
                "Predios de clientes de LA EMPRESA en los condados de Ware, Pierce y Brantley, Georgia",
            ],
            ["Periodo", "Del 5 de enero al 30 de abril de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30"],
            ["Salario", "15.85 dólares por hora"],
            ["Pago", "Cada dos semanas"],
            ["Descuentos", "Impuestos de EE. UU. que marca la ley"],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa en la primera semana el autobús a Waycross y las comidas del camino",
            ],
            ["Visa", "LA EMPRESA reembolsa la cuota de visa en la primera semana"],
            [
                "Viaje de regreso",
                "LA EMPRESA paga el autobús de regreso a Tamazunchale al terminar la temporada",
            ],
            ["Herramientas", "Barras plantadoras, bolsas y casco sin costo"],
            [
                "Terminación",
                "Solo por causa justificada; cinco días de faltas seguidas sin aviso se consideran abandono",
            ],
        ],
        widths=(36, 140),
        head=["Concepto", "Condición"],
        size=9.5,
    )
    pdf.H("CLÁUSULA SEGUNDA. De los gastos previos.")
    pdf.P(
        "EL GESTOR no cobra comisión por la colocación; sus servicios los paga LA EMPRESA.",
        align="J",
    )
    pdf.P(
        "Antes de la cita consular, LA PERSONA TRABAJADORA se hará un examen médico y una prueba antidoping "
        "en el laboratorio que indique EL GESTOR, con un costo de $1,850.00 M.N. que cubrirá de su bolsillo."
    )
    pdf.P(
        "Como respaldo de su compromiso, LA PERSONA TRABAJADORA firmará a favor de EL GESTOR un pagaré en "
        "blanco, que le será devuelto cuando regrese a México."
    )
    pdf.scanned_page(BI06_P2, seed=6062)
    return pdf


# =====================================================================
# bi07  generic (Philippines -> Hong Kong), English, domestic helper (A4)
# =====================================================================
def bi07():
    pdf = Doc(
        "A4",
        font="lse",
        size=10.5,
        hdr="Maharlika Bright Horizons Manpower Services, Inc.  -  Job Order HK-DH-26-0311",
        ftr="Employer's initials ______     Helper's initials ______          Page {n} of {nb}",
        title="Employment contract",
    )
    pdf.add_page()
    pdf.title_block(
        "EMPLOYMENT CONTRACT\nFOR A DOMESTIC HELPER RECRUITED FROM THE PHILIPPINES\n"
        "(with Addendum of the Philippine Recruitment Agency)",
        12.5,
    )
    pdf.grid(
        [
            [
                "Employer",
                "CHEUNG Wai-keung, Flat 18C, Block 3, Harbour Crest Garden, 22 Tsing King Road, "
                "Tsing Yi, New Territories, Hong Kong. Tel. 9555 0172",
            ],
            [
                "Helper",
                "MACARAEG, Rowena Dalisay, born 14 June 1991, Philippine passport P4417822B, of "
                "Barangay San Roque, Urdaneta City, Pangasinan",
            ],
            [
                "Philippine agency",
                "Maharlika Bright Horizons Manpower Services, Inc., 2/F Dela Rosa Arcade, "
                "1288 Taft Avenue, Malate, Manila",
            ],
            [
                "Hong Kong agency",
                "Golden Bauhinia Employment Agency Limited, Room 1207, Kwong Fat Commercial "
                "Building, 48 Nathan Road, Tsim Sha Tsui, Kowloon",
            ],
        ],
        widths=(40, 130),
        size=9.5,
    )
    cl = [
        "1. The Helper shall be employed for two years commencing on 1 March 2026 and ending on "
        "28 February 2028.",
        "2. The Helper shall perform domestic duties, namely cooking, cleaning, laundry and the care of two "
        "school-age children, at the Employer's residence stated above only, and shall not be required to "
        "work at any other address or for any other person.",
        "3. The Helper shall work such hours as the household requires, and is entitled to not less than one "
        "rest day (a continuous period of 24 hours) in each week and to all statutory holidays.",
        "4. The Employer shall pay the Helper a monthly wage of HK$5,100. Wages shall be paid monthly, not "
        "later than the 7th day after the end of each wage period, into the Helper's bank account.",
        "5. The Employer shall provide the Helper with food free of charge or, if no food is provided, a food "
        "allowance of HK$1,236 per month.",
        "6. The Employer shall provide the Helper with suitable accommodation with reasonable privacy, free "
        "of charge.",
        "7. The Employer shall, at the Employer's own expense, take out employees' compensation insurance for "
        "the Helper and provide her with free medical treatment.",
        "8. The Employer shall pay the Helper's air ticket from Manila to Hong Kong and the visa fee, and, on "
        "completion or termination of this contract, the return air ticket to Manila together with a daily "
        "food and travelling allowance of HK$100.",
        "9. No deduction shall be made from the Helper's wages except the monthly instalments set out in "
        "clause A3 of the Addendum and deductions permitted by the Employment Ordinance.",
        "10. Either party may terminate this contract by giving one month's notice in writing or one month's "
        "wages in lieu of notice. Summary dismissal is allowed only for serious misconduct as defined in the "
        "Employment Ordinance.",
        "11. The Helper shall keep her own passport and Hong Kong identity card at all times.",
    ]
    pdf.ln(2)
    for c in cl:
        pdf.P(c, align="J", after=1.8)
    pdf.add_page()
    pdf.title_block(
        "ADDENDUM - AGENCY UNDERTAKINGS AND OBLIGATIONS OF THE HELPER\n"
        "Maharlika Bright Horizons Manpower Services, Inc.",
        11.5,
        after=2,
    )
    add = [
        "A1. The Agency does not collect a placement fee from household service workers.",
        "A2. Before deployment the Helper shall complete the Agency's in-house household management and "
        "Cantonese cooking course, for which she shall pay PHP 12,500 directly to the Agency's training centre.",
        "A3. On deployment day the Agency shall release to the Helper a cash advance of PHP 40,000 from its "
        "financing partner, Sampaguita Lending Corp., which the Employer shall repay by deducting HK$1,300 "
        "from her wages each month for eight months, inclusive of a 2.5% monthly service charge.",
        "A4. On rest days and statutory holidays the Helper shall return to the residence not later than "
        "7:00 p.m. and shall not sleep outside it.",
        "A5. The Helper may bring any complaint to the Migrant Workers Office in Hong Kong or to the Labour "
        "Department at any time.",
        "A6. This Addendum forms part of the contract and was explained to the Helper in Tagalog. "
        "Naintindihan ko ang lahat ng nakasulat dito.",
    ]
    for c in add:
        pdf.P(c, align="L", after=2)
    pdf.signatures(
        "Employer\nCHEUNG Wai-keung", "Helper (Lagda ng manggagawa)\nMACARAEG, Rowena Dalisay"
    )
    pdf.signatures(
        "For the Agency\nMa. Theresa Ocampo-Lualhati, Operations Manager", "Witness\n", gap=10
    )
    return pdf


# =====================================================================
# bi08  generic (Nicaragua -> Costa Rica), Spanish, coffee contract
# =====================================================================
def bi08():
    pdf = Doc(
        "Letter",
        font="dv",
        size=9.5,
        hdr="Beneficio Cerro Ventoso S.A.  -  Cosecha 2025-2026",
        ftr="Contrato CV-COS-25-087  -  folio {n}",
        title="Contrato",
    )
    pdf.add_page()
    pdf.title_block(
        "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO DETERMINADO\nCOSECHA DE CAFÉ 2025-2026", 12
    )
    pdf.P(
        "Entre nosotros, BENEFICIO CERRO VENTOSO S.A., cédula jurídica 3-101-448812, con domicilio en San "
        "Marcos de Tarrazú, San José, Costa Rica, 400 metros al norte de la iglesia católica, representada por "
        "su apoderado Óscar Navarro Chinchilla (en adelante EL EMPLEADOR), y JUAN BAUTISTA OROZCO MEMBREÑO, "
        "nicaragüense, cédula de identidad 081-140396-0003P, vecino de Chinandega (en adelante EL "
        "TRABAJADOR), reclutado por intermedio de Agencia de Empleos Los Maribios, convenimos el siguiente "
        "contrato:",
        align="J",
    )
    cls = [
        (
            "PRIMERA. Objeto.",
            "EL TRABAJADOR se dedicará a la recolección manual de café maduro, al acarreo de "
            "sacos al recibidor y a la limpieza de calles entre surcos.",
        ),
        (
            "SEGUNDA. Lugar.",
            "Fincas La Esperanza y El Quemado, propiedad de EL EMPLEADOR, en San Marcos de Tarrazú.",
        ),
        ("TERCERA. Plazo.", "Del 17 de noviembre de 2025 al 27 de febrero de 2026."),
        (
            "CUARTA. Jornada.",
            "Jornada diurna de lunes a sábado, de 6:00 a 14:00 horas, con 30 minutos para "
            "almorzar (45 horas semanales).",
        ),
        (
            "QUINTA. Salario.",
            "₡1,400 por cajuela de café maduro recolectada, garantizándose como mínimo "
            "₡12,250 por jornada completa.",
        ),
        (
            "SEXTA. Forma de pago.",
            "El salario se pagará por quincenas vencidas, los días 15 y último de cada mes, "
            "en efectivo en la oficina de la finca.",
        ),
        (
            "SÉTIMA. Hospedaje.",
            "EL EMPLEADOR facilita hospedaje gratuito en las galeras de la finca La "
            "Esperanza, con agua, luz y servicios sanitarios.",
        ),
        (
            "OCTAVA. Rebajos.",
            "De cada pago quincenal se rebajarán: a) la cuota obrera de la Caja Costarricense "
            "de Seguro Social (10.67 %); b) los conceptos indicados en las cláusulas novena y décima.",
        ),
        (
            "NOVENA. Seguro.",
            "La póliza de riesgos del trabajo corre por cuenta de EL TRABAJADOR y se le rebajará "
            "a razón de ₡3,200 por quincena.",
        ),
        (
            "DÉCIMA. Traslado.",
            "El pasaje de bus de Chinandega a San Marcos de Tarrazú, de ₡18,500, lo adelanta "
            "EL EMPLEADOR y se rebajará del primer pago quincenal.",
        ),
        (
            "UNDÉCIMA. Permiso de trabajo.",
            "El permiso temporal de trabajo ante la Dirección General de Migración "
            "y Extranjería lo tramita y lo paga EL EMPLEADOR.",
        ),
    ]
    for t, body in cls:
        pdf.H(t, size=9.5, before=1.2, after=0.4)
        pdf.P(body, after=0.6)
    pdf.P("Firmamos en San Marcos de Tarrazú el 14 de noviembre de 2025.")
    pdf.signatures(
        "EL EMPLEADOR\nÓscar Navarro Chinchilla, apoderado",
        "EL TRABAJADOR\nJuan Bautista Orozco Membreño",
        gap=12,
    )
    pdf.ln(8)
    pdf.title_block(
        "ANEXO - HOJA DE GASTOS DE RECLUTAMIENTO\nAgencia de Empleos Los Maribios, Chinandega, Nicaragua",
        11,
    )
    pdf.grid(
        [
            [
                "Examen médico (Clínica San Benito, Chinandega)",
                "C$ 0.00",
                "Pagado por el empleador",
            ],
            ["Permiso temporal de trabajo (DGME)", "-", "Lo paga el empleador"],
            ["Fotos y copias", "C$ 0.00", "Agencia"],
            ["Aporte solidario para gastos administrativos", "C$ 4,500.00", "Trabajador"],
        ],
        widths=(90, 35, 51),
        head=["Concepto", "Monto", "A cargo de"],
        size=9.5,
    )
    pdf.P(
        "El aporte solidario de C$ 4,500.00 para gastos administrativos de la agencia se entrega en efectivo "
        "al firmar este anexo."
    )
    pdf.P("Recibí copia de este anexo y del contrato.")
    pdf.signatures(
        "Por Agencia de Empleos Los Maribios\nXiomara Pallais, encargada",
        "EL TRABAJADOR\nFirma o huella",
        gap=12,
    )
    return pdf


# =====================================================================
# bi09  generic (Vanuatu -> New Zealand RSE), English, offer letter, compliant
# =====================================================================
def bi09():
    pdf = Doc(
        "A4",
        font="ls",
        size=9,
        band=(196, 120, 20),
        hdr="Tūranga Bay Orchards Limited  ·  311 Back Ormond Road, Gisborne 4071, New Zealand",
        ftr="Tūranga Bay Orchards Limited - RSE offer TBO-26-044 - {n}/{nb}",
        title="Offer of employment",
    )
    pdf.add_page()
    pdf.P("10 November 2025", align="R")
    pdf.P("Mr Joseph Kalo Tari\nLamen Bay, Epi Island\nShefa Province, Vanuatu")
    pdf.title_block(
        "Offer of Seasonal Employment\nRecognised Seasonal Employer (RSE) scheme, 2026 season",
        13,
        align="L",
    )
    pdf.P("Dear Joseph,")
    pdf.P(
        "We are pleased to offer you seasonal work at our orchards. The table below sets out the main terms; "
        "your full individual employment agreement will repeat them. Please read it with your family and "
        "ask us anything before you sign.",
        align="J",
    )
    pdf.grid(
        [
            [
                "Employer",
                "Tūranga Bay Orchards Limited, 311 Back Ormond Road, Gisborne 4071, New Zealand",
            ],
            [
                "Position",
                "Orchard hand: apple and kiwifruit thinning, picking into bags, and loading fruit bins",
            ],
            ["Workplace", "Our orchards at 311 Back Ormond Road and 58 Lavenham Road, Gisborne"],
            ["Start and end", "2 February 2026 to 31 July 2026"],
            [
                "Hours",
                "Monday to Saturday, 7:30 a.m. to 4:00 p.m., about 42 hours per week. We guarantee at least "
                "30 hours of pay every week, even in bad weather.",
            ],
            ["Pay", "NZD 24.10 per hour, before tax"],
            ["Pay day", "Weekly, every Wednesday, into your New Zealand bank account"],
            [
                "Deductions",
                "Only PAYE income tax and the ACC earners' levy required by New Zealand law. No other deductions.",
            ],
            [
                "Return travel",
                "We pay your return airfare Gisborne - Auckland - Port Vila at the end of the contract.",
            ],
            [
                "Ending the job",
                "Either side may end the employment with two weeks' written notice. Dismissal for "
                "serious misconduct only after a fair investigation under the Employment Relations Act 2000.",
            ],
        ],
        widths=(36, 134),
        size=9,
    )
    pdf.H("What things cost you", size=10.5)
    pdf.grid(
        [
            ["Recruitment and selection", "Paid by Tūranga Bay Orchards. You pay nothing."],
            ["Visa, medical certificate and police clearance", "Paid by the employer"],
            ["Flight Port Vila - Auckland - Gisborne", "Paid by the employer"],
            ["Pre-departure orientation", "Free, run by the Vanuatu Department of Labour"],
            ["Accommodation in the orchard hostel", "Free"],
            ["Picking bags, ladders, gloves and rain jackets", "Issued free; no bond or deposit"],
            ["Daily transport to the orchards", "Free"],
        ],
        widths=(80, 90),
        head=["Item", "Who pays"],
        size=9,
        head_fill=(250, 225, 190),
    )
    pdf.P(
        "Selection in Vanuatu is arranged with Efate Labour Mobility Agents, whose fee we pay. If anyone asks "
        "you for money for this job, please tell us and the Vanuatu Department of Labour at once.",
        align="J",
    )
    pdf.P(
        "You keep your own passport. Your pastoral care worker, Mele Taufa, can be reached on "
        "+64 6 555 0193 at any time, and you may join a union or talk to Employment New Zealand whenever you wish.",
        align="J",
    )
    pdf.P("Yours sincerely,")
    pdf.signatures(
        "Hamish Tūhoe-Bennett\nRSE Manager, Tūranga Bay Orchards Limited",
        "I accept this offer\nJoseph Kalo Tari",
        gap=5,
    )
    return pdf


# =====================================================================
# bi10  generic (Colombia -> Spain), Spanish, WhatsApp-style flyer
# =====================================================================
def bi10():
    pdf = Doc((110, 330), font="dv", size=9.5, margins=(8, 8, 8), title="Convocatoria")
    pdf.set_auto_page_break(True, 10)
    pdf.add_page()
    pdf.set_fill_color(18, 140, 126)
    pdf.rect(0, 0, pdf.w, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(8, 4)
    pdf.F("B", 10)
    pdf.cell(0, 5, "Talento Andino Movilidad Laboral S.A.S.")
    pdf.set_xy(8, 10)
    pdf.F("", 8)
    pdf.cell(0, 4, "difusión  ·  en línea")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(22)
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 18, pdf.w, pdf.h - 18, style="F")
    pdf.F("B", 13)
    pdf.set_text_color(180, 20, 40)
    pdf.multi_cell(
        0,
        6.5,
        "★ CONVOCATORIA ESPAÑA 2026 ★\nRecolectoras y recolectores de fresa",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    white, green = (255, 255, 255), (220, 248, 198)
    W = pdf.w - 16
    pdf.bubble(
        "Buenas tardes a todos!! Se abrió la convocatoria para la campaña de fresa en Huelva, España. "
        "Cupos limitados, lean bien:",
        8,
        W * 0.85,
        white,
    )
    pdf.bubble(
        "• Trabajo: recolección de fresa y arándano en invernaderos de túnel, y empaque en campo.\n"
        "• Lugar: fincas en Moguer y Palos de la Frontera (Huelva, España).\n"
        "• Fechas: del 12 de enero al 30 de mayo de 2026.\n"
        "• Jornada: 6 horas y media diarias, de lunes a sábado (39 horas a la semana).\n"
        "• Pago: 62,10 euros por jornada, pagados cada mes por transferencia.\n"
        "• Alojamiento gratis en la finca, con cocina.\n"
        "• El vuelo de ida lo paga la empresa y el de regreso también si termina la campaña.",
        8,
        W * 0.92,
        white,
    )
    pdf.bubble(
        "La entrevista y la preselección son gratuitas. Requisito: tener entre 20 y 45 años y "
        "experiencia en cultivo.",
        8,
        W * 0.85,
        white,
    )
    pdf.bubble("¿y qué hay que pagar?", 8 + W * 0.45, W * 0.55, green)
    pdf.bubble(
        "Para separar su cupo debe consignar un aporte de inscripción de $1.200.000 a la cuenta de la "
        "agencia antes del 15 de noviembre.",
        8,
        W * 0.85,
        white,
    )
    pdf.bubble(
        "La cita en el consulado y el visado (tasa de 80 euros) corren por cuenta de cada seleccionado.",
        8,
        W * 0.85,
        white,
    )
    pdf.bubble(
        "El seguro médico de viaje es obligatorio y cuesta 95 euros; lo paga cada seleccionado junto con "
        "el visado.",
        8,
        W * 0.85,
        white,
    )
    pdf.bubble("ok gracias, ¿a qué número escribo?", 8 + W * 0.35, W * 0.65, green)
    pdf.bubble(
        "Escriba al WhatsApp +57 316 555 0192 o venga a la oficina: Calle 19 # 8-34, Pereira, "
        "Risaralda. Talento Andino Movilidad Laboral S.A.S.",
        8,
        W * 0.85,
        white,
    )
    return pdf


# =====================================================================
# bi11  generic (Nepal -> Malaysia), English, factory employment contract (A4)
# =====================================================================
def bi11():
    pdf = Doc(
        "A4",
        font="dvs",
        size=9.5,
        hdr="PERDANA PRECISION COMPONENTS SDN. BHD.  (201101034417)",
        ftr="Contract PPC/FW/2026/0419  -  page {n} of {nb}  -  Worker's thumbprint / initials: ________",
        title="Contract of employment",
    )
    pdf.add_page()
    pdf.title_block("CONTRACT OF EMPLOYMENT FOR FOREIGN WORKER", 13, after=2)
    pdf.P(
        "THIS CONTRACT is made on 5 January 2026 BETWEEN Perdana Precision Components Sdn. Bhd. (Company No. "
        "201101034417), Lot 27, Jalan Perindustrian Bukit Minyak 5, 14100 Simpang Ampat, Pulau Pinang, "
        'Malaysia ("the Company") AND Bishnu Prasad Thapa Magar, holder of Nepali passport PA0871143, of '
        'Galkot Municipality, Baglung District, Nepal ("the Worker"), recruited through Himalayan Gateway '
        "Overseas Pvt. Ltd., Licence No. 1187/070/71, Samakhusi, Kathmandu.",
        align="J",
    )
    sections = [
        (
            "1. APPOINTMENT AND DUTIES",
            [
                "The Worker is employed as a Production Operator. He shall operate SMT pick-and-place and reflow "
                "lines, load feeders with component reels, inspect printed circuit boards under magnification and "
                "record output on the shift sheet."
            ],
        ),
        (
            "2. PLACE OF WORK",
            [
                "The Company's factory at Lot 27, Jalan Perindustrian Bukit Minyak 5, 14100 Simpang Ampat, Pulau Pinang."
            ],
        ),
        (
            "3. DURATION",
            [
                "This contract runs for three years, from 2 March 2026 to 1 March 2029, subject to the renewal of the "
                "Worker's Temporary Employment Visit Pass (PLKS)."
            ],
        ),
        (
            "4. HOURS OF WORK",
            [
                "Normal hours are 8 hours per day and 6 days per week (48 hours), on a day shift from 8:00 a.m. to "
                "5:00 p.m. or a night shift from 8:00 p.m. to 5:00 a.m., each with one hour of rest."
            ],
        ),
        (
            "5. WAGES AND OVERTIME",
            [
                "The Worker shall receive a basic wage of RM 8.17 per hour. Overtime is paid at 1.5 times the hourly "
                "rate on normal working days, 2 times on rest days and 3 times on public holidays.",
                "Wages shall be paid in accordance with the Company's payroll practice.",
            ],
        ),
        (
            "6. ACCOMMODATION",
            [
                "The Worker shall pay RM 100 per month for a bed in the Company hostel at Taman Bukit Minyak, "
                "deducted from wages. The hostel is certified under the Employees' Minimum Standards of Housing, "
                "Accommodations and Amenities Act 1990."
            ],
        ),
        (
            "7. MEDICAL EXAMINATION AND INSURANCE",
            [
                "The annual FOMEMA medical examination fee of RM 207 shall be borne by the Worker and deducted from "
                "wages in the month the examination is done.",
                "Hospitalisation and surgical insurance (SPIKPA) and employment injury coverage under SOCSO are paid "
                "by the Company.",
            ],
        ),
        (
            "8. UNIFORMS AND SAFETY SHOES",
            [
                "Two sets of uniforms and one pair of ESD safety shoes shall be issued on arrival at a cost of RM 85, "
                "recovered from the Worker's first wages."
            ],
        ),
    ]
    for t, paras in sections:
        pdf.H(t, size=9.5, before=1.8, after=0.6)
        for p_ in paras:
            pdf.P(p_, align="J", after=1)
    pdf.H("9. DEDUCTIONS", size=9.5, before=1.8, after=0.8)
    pdf.P("The following deductions will be made from the Worker's wages:")
    pdf.grid(
        [
            ["Employees Provident Fund (EPF), worker's share", "2% of wages", "Every pay"],
            ["Hostel bed (clause 6)", "RM 100.00", "Monthly"],
            ["FOMEMA medical examination (clause 7)", "RM 207.00", "Once a year"],
            ["Uniforms and ESD shoes (clause 8)", "RM 85.00", "First pay only"],
        ],
        widths=(90, 40, 40),
        head=["Deduction", "Amount", "When"],
        size=9,
    )
    sections2 = [
        (
            "10. LEVY, PERMIT AND VISA",
            [
                "The foreign worker levy, the PLKS fees and the visa are paid by the Company and shall not be "
                "recovered from the Worker."
            ],
        ),
        (
            "11. TRAVEL",
            [
                "The Company pays the Worker's air ticket from Kathmandu to Penang and, at the end of the contract, "
                "the return air ticket from Penang to Kathmandu."
            ],
        ),
        (
            "12. PASSPORT",
            [
                "The Worker's passport shall be kept by the Human Resources Department for safekeeping throughout "
                "the employment and released only for travel approved by the Company."
            ],
        ),
        (
            "13. TERMINATION",
            [
                "Either party may terminate this contract by giving one month's written notice or paying one month's "
                "wages in lieu of notice. The Company may dismiss the Worker without notice for misconduct after due "
                "inquiry. A Worker absent for more than two consecutive working days without informing the Company is "
                "deemed to have broken the contract."
            ],
        ),
        (
            "14. RECRUITMENT COSTS",
            [
                "The Company pays the recruitment service charge of Himalayan Gateway Overseas Pvt. Ltd. and the "
                'Worker\'s air fare under the "free visa, free ticket" policy of the Government of Nepal.'
            ],
        ),
        (
            "15. LANGUAGE",
            [
                "A Nepali translation of this contract has been given to the Worker. If the two texts differ, the "
                "one more favourable to the Worker prevails."
            ],
        ),
    ]
    for t, paras in sections2:
        pdf.H(t, size=9.5, before=1.8, after=0.6)
        for p_ in paras:
            pdf.P(p_, align="J", after=1)
    pdf.signatures(
        "For the Company\nLim Chee Keong, HR Manager", "The Worker\nBishnu Prasad Thapa Magar"
    )
    return pdf


# =====================================================================
# bi12  generic (Honduras -> Canada), English | Spanish side by side, compliant
# =====================================================================
def bi12():
    pdf = Doc(
        "Letter",
        font="dv",
        size=9,
        band=(120, 20, 30),
        hdr="Aspen Parkland Protein Ltd.  ·  Offer of employment / Oferta de empleo",
        ftr="APP-TFW-2026-0158  ·  {n}/{nb}",
        title="Offer of employment",
    )
    pdf.add_page()
    pdf.title_block(
        "OFFER OF EMPLOYMENT  /  OFERTA DE EMPLEO\nTemporary Foreign Worker Program  /  "
        "Programa de Trabajadores Extranjeros Temporales",
        11.5,
    )
    rows = [
        (
            "Parties / Partes",
            "Employer: Aspen Parkland Protein Ltd., 7719 Industrial Drive, Lacombe, Alberta T4L 0A1, Canada. "
            "Worker: Dilcia Marisol Euceda Ramos, of Colonia Rivera Hernández, San Pedro Sula, Honduras.",
            "Empleador: Aspen Parkland Protein Ltd., 7719 Industrial Drive, Lacombe, Alberta T4L 0A1, Canadá. "
            "Trabajadora: Dilcia Marisol Euceda Ramos, de la Colonia Rivera Hernández, San Pedro Sula, Honduras.",
        ),
        (
            "Job / Puesto",
            "Industrial butcher (NOC 94141): cut beef carcasses into primal cuts, trim and bone meat, package cuts "
            "and keep knives sharp with the steel provided.",
            "Carnicera industrial (NOC 94141): cortar canales de res en cortes primarios, limpiar y deshuesar la "
            "carne, empacar los cortes y mantener los cuchillos afilados con la chaira que se le entrega.",
        ),
        (
            "Place / Lugar",
            "Processing plant at 7719 Industrial Drive, Lacombe, Alberta.",
            "Planta de procesamiento en 7719 Industrial Drive, Lacombe, Alberta.",
        ),
        (
            "Period / Periodo",
            "April 6, 2026 to April 5, 2028 (24 months).",
            "Del 6 de abril de 2026 al 5 de abril de 2028 (24 meses).",
        ),
        (
            "Hours / Horario",
            "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m. with a 30-minute paid break.",
            "40 horas por semana, de lunes a viernes, de 6:00 a 14:30, con un descanso pagado de 30 minutos.",
        ),
        (
            "Pay / Salario",
            "CAD 21.50 per hour. Overtime after 8 hours a day or 44 hours a week is paid at 1.5 times.",
            "21.50 dólares canadienses por hora. El tiempo extra después de 8 horas diarias o 44 semanales se paga a 1.5 veces.",
        ),
        (
            "Pay day / Día de pago",
            "Every two weeks, by direct deposit.",
            "Cada dos semanas, por depósito directo.",
        ),
        (
            "Deductions / Deducciones",
            "Only statutory deductions: income tax, Canada Pension Plan contributions and Employment Insurance "
            "premiums.",
            "Solo las deducciones de ley: impuesto sobre la renta, aportes al Plan de Pensiones de Canadá y primas "
            "del Seguro de Empleo.",
        ),
        (
            "Costs paid by the employer / Costos que paga el empleador",
            "The employer pays the recruitment, the LMIA fee, the work permit and biometrics, the medical exam and "
            "both airfares (San Pedro Sula - Calgary and back). None of these costs is recovered from your pay.",
            "El empleador paga el reclutamiento, la tarifa del LMIA, el permiso de trabajo y los datos biométricos, "
            "el examen médico y ambos boletos de avión (San Pedro Sula - Calgary y regreso). Ninguno de estos costos "
            "se le descuenta del salario.",
        ),
        (
            "Return / Regreso",
            "Your return airfare to San Pedro Sula at the end of the contract is paid by the employer.",
            "El boleto de regreso a San Pedro Sula al terminar el contrato lo paga el empleador.",
        ),
        (
            "Housing / Vivienda",
            "Your first 30 days in a furnished apartment are free of charge. After that you may rent wherever you choose.",
            "Los primeros 30 días en un apartamento amueblado son gratis. Después puede rentar donde usted prefiera.",
        ),
        (
            "Equipment / Equipo",
            "Knives, steel, mesh gloves, boots, hard hat and frock are provided free; no deposit is taken.",
            "Los cuchillos, la chaira, los guantes de malla, las botas, el casco y la bata se entregan gratis; no se "
            "cobra depósito.",
        ),
        (
            "Ending the job / Terminación",
            "The employer may end your job only for just cause or with at least one week's written notice (two "
            "weeks after two years of service), as the Alberta Employment Standards Code requires. You may resign "
            "with one week's written notice.",
            "El empleador solo puede terminar su empleo por causa justa o con aviso escrito de al menos una semana "
            "(dos semanas después de dos años de servicio), como exige el Código de Normas de Empleo de Alberta. "
            "Usted puede renunciar con una semana de aviso escrito.",
        ),
        (
            "Your rights / Sus derechos",
            "You keep your own passport and work permit. You may contact Alberta Employment Standards or the "
            "consulate of Honduras at any time, without any penalty.",
            "Usted guarda su pasaporte y su permiso de trabajo. Puede comunicarse con Normas de Empleo de Alberta o "
            "con el consulado de Honduras en cualquier momento, sin ninguna sanción.",
        ),
    ]
    pdf.F("", 9)
    hs = FontFace(emphasis="BOLD", fill_color=(235, 225, 225))
    with pdf.table(
        col_widths=(88, 88),
        text_align="LEFT",
        line_height=4.1,
        first_row_as_headings=True,
        headings_style=hs,
        borders_layout="HORIZONTAL_LINES",
        padding=1.3,
        width=pdf.epw,
    ) as t:
        r = t.row()
        r.cell("English")
        r.cell("Español")
        for head, en, es in rows:
            r = t.row()
            r.cell(head, colspan=2, style=FontFace(emphasis="BOLD", fill_color=(245, 240, 240)))
            r = t.row()
            r.cell(en)
            r.cell(es)
    pdf.ln(3)
    pdf.signatures(
        "Aspen Parkland Protein Ltd.\nGordon Kvill, Human Resources Director\nJanuary 20, 2026",
        "Worker / Trabajadora\nDilcia Marisol Euceda Ramos",
        gap=12,
    )
    return pdf


# =====================================================================
# build + verify
# =====================================================================
DOCS = [bi01, bi02, bi03, bi04, bi05, bi06, bi07, bi08, bi09, bi10, bi11, bi12]

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
_COMMON = [
    "employer_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
    "pay_frequency",
    "deductions",
    "return_transportation",
    "termination",
]
REQUIRED = {
    "h2a": set(_COMMON)
    | {
        "wage_adjustment",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
        "job_requirements",
    },
    "h2b": set(_COMMON)
    | {
        "wage_adjustment",
        "overtime",
        "three_fourths_guarantee",
        "inbound_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "contract_impossibility",
        "job_requirements",
    },
    "generic": set(_COMMON) | {"worker_identity"},
}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_texts(page):
    """Full-page text, then left/right crops at a series of vertical splits (for columns and tables)."""
    yield norm(page.extract_text())
    w, h = float(page.width), float(page.height)
    for i in range(10, 91, 2):
        x = w * i / 100.0
        yield norm(page.crop((0, 0, x, h)).extract_text())
        yield norm(page.crop((x, 0, w, h)).extract_text())


def on_page(page, needle):
    needle = norm(needle)
    return any(needle in t for t in page_texts(page))


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    names = [f"bi{i:02d}.pdf" for i in range(1, 13)]
    if sorted(l["file"] for l in labels) != names:
        errors.append("labels do not list exactly bi01..bi12")
    for lab in labels:
        f = lab["file"]
        path = os.path.join(out_dir, f)
        if lab["program"] not in REQUIRED:
            errors.append(f"{f}: bad program {lab['program']}")
            continue
        bad = set(lab["missing_terms"]) - REQUIRED[lab["program"]]
        if bad:
            errors.append(f"{f}: missing_terms not required for {lab['program']}: {sorted(bad)}")
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{f}: {len(pdf.pages)} pages, labels say {lab['pages']}")
                continue
            for i, page in enumerate(pdf.pages, start=1):
                has_text = bool(page.chars)
                if i in scanned and has_text:
                    errors.append(f"{f}: page {i} is labelled scanned but has a text layer")
                if i not in scanned and not has_text:
                    errors.append(f"{f}: page {i} has no text but is not labelled scanned")
            for fee in lab["fees"]:
                if fee["category"] not in CATEGORIES or fee["severity"] not in (
                    "violation",
                    "review",
                ):
                    errors.append(f"{f}: bad category/severity {fee['category']}/{fee['severity']}")
                pg = fee["page"]
                if not 1 <= pg <= len(pdf.pages):
                    errors.append(f"{f}: fee page {pg} out of range")
                    continue
                if pg in scanned:
                    continue
                if not on_page(pdf.pages[pg - 1], fee["quote"]):
                    errors.append(
                        f"{f}: {fee['category']} quote not found on page {pg}: {fee['quote'][:70]!r}"
                    )
            for rec in lab["recruiters"]:
                if not any(on_page(p, rec) for i, p in enumerate(pdf.pages, 1) if i not in scanned):
                    errors.append(f"{f}: recruiter not found: {rec!r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(20260112)
    np.random.seed(20260112)
    for fn in DOCS:
        pdf = fn()
        pdf.output(os.path.join(out, fn.__name__ + ".pdf"))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out, "labels.json"))
    errors = verify(out, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    print(f"built {len(DOCS)} PDFs in {out}; {len(errors)} mismatches")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
