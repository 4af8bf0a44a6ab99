#!/usr/bin/env python
"""Build the held-out contract batch "bh" (bh01.pdf ... bh12.pdf) and verify it.

Usage:  python build.py OUT_DIR

Writes the twelve PDFs and a copy of labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks page counts, that every fee quote is printed on its labelled page
(whitespace-normalised; scanned pages are skipped) and that every labelled recruiter name is
printed. Exits non-zero on any mismatch. Deterministic: fixed creation date, fixed seeds.
All names, places and sentences are fictional and were written for this batch.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.json"
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dv": (DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf", DJ + "DejaVuSans-Oblique.ttf"),
    "dvc": (
        DJ + "DejaVuSansCondensed.ttf",
        DJ + "DejaVuSansCondensed-Bold.ttf",
        DJ + "DejaVuSansCondensed-Oblique.ttf",
    ),
    "dvs": (DJ + "DejaVuSerif.ttf", DJ + "DejaVuSerif-Bold.ttf", DJ + "DejaVuSerif-Italic.ttf"),
    "ls": (
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
    ),
    "lsr": (
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
    ),
    "ln": (
        LB + "LiberationSansNarrow-Regular.ttf",
        LB + "LiberationSansNarrow-Bold.ttf",
        LB + "LiberationSansNarrow-Italic.ttf",
    ),
}


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(self, fmt="Letter", margins=(20, 20, 20), bottom=18, font="dv", size=10):
        super().__init__(unit="mm", format=fmt)
        for fam, (r, b, i) in FONTS.items():
            self.add_font(fam, "", r)
            self.add_font(fam, "B", b)
            self.add_font(fam, "I", i)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_author("")
        self.base_font = font
        self.base_size = size
        self.hdr = None
        self.ftr = None
        self.image_pages: set[int] = set()
        self.set_font(font, "", size)

    def header(self):
        if self.page_no() in self.image_pages or self.hdr is None:
            return
        self.hdr(self)

    def footer(self):
        if self.page_no() in self.image_pages or self.ftr is None:
            return
        self.ftr(self)

    def new_page(self, image_page=False):
        if image_page:
            self.image_pages.add(self.page_no() + 1)
        self.add_page()


def P(
    pdf,
    text,
    size=None,
    style="",
    family=None,
    align="L",
    lh=None,
    after=1.6,
    indent=0,
    md=False,
    color=None,
):
    size = size or pdf.base_size
    pdf.set_font(family or pdf.base_font, style, size)
    if color:
        pdf.set_text_color(*color)
    lh = lh or size * 0.46
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        pdf.epw - indent, lh, text, align=align, markdown=md, new_x="LMARGIN", new_y="NEXT"
    )
    if color:
        pdf.set_text_color(0)
    pdf.ln(after)


def H(pdf, text, size=11, family=None, color=(0, 0, 0), after=1.5, before=1.5, fill=None):
    pdf.ln(before)
    pdf.set_font(family or pdf.base_font, "B", size)
    pdf.set_text_color(*color)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.multi_cell(
        pdf.epw, size * 0.5, text, align="L", fill=bool(fill), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0)
    pdf.ln(after)


def bullets(
    pdf, items, size=None, family=None, lh=None, sym="\u2022", indent=4, after=1.0, md=True
):
    size = size or pdf.base_size
    lh = lh or size * 0.46
    for n, it in enumerate(items):
        pdf.set_font(family or pdf.base_font, "", size)
        pdf.set_x(pdf.l_margin + indent)
        mark = f"{'abcdefghij'[n]})" if sym == "a)" else sym
        pdf.cell(6, lh, mark)
        pdf.multi_cell(
            pdf.epw - indent - 6, lh, it, align="L", markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(after)


def grid(
    pdf,
    rows,
    widths,
    size=None,
    family=None,
    head=True,
    head_fill=(225, 225, 225),
    lh=None,
    width=None,
    padding=1.3,
    bold_first_col=False,
    after=3,
):
    size = size or pdf.base_size
    fam = family or pdf.base_font
    pdf.set_font(fam, "", size)
    lh = lh or size * 0.45
    hs = FontFace(emphasis="BOLD", fill_color=head_fill)
    with pdf.table(
        col_widths=widths,
        width=width or pdf.epw,
        text_align="LEFT",
        v_align="TOP",
        line_height=lh,
        first_row_as_headings=head,
        headings_style=hs,
        padding=padding,
        align="LEFT",
    ) as t:
        for r_i, r in enumerate(rows):
            row = t.row()
            for c_i, c in enumerate(r):
                if bold_first_col and c_i == 0 and not (head and r_i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(after)


def columns(pdf, items, size=9.5, family=None, gutter=8, gap=2.2, lh=None):
    """Flow (markdown) paragraphs into two columns, continuing on new pages."""
    fam = family or pdf.base_font
    lh = lh or size * 0.46
    colw = (pdf.epw - gutter) / 2
    xs = (pdf.l_margin, pdf.l_margin + colw + gutter)
    top = pdf.get_y()
    bottom = pdf.h - pdf.b_margin
    col, y, ymax = 0, top, top
    pdf.set_auto_page_break(False)
    pdf.set_font(fam, "", size)
    heights = [
        pdf.multi_cell(colw, lh, t, markdown=True, dry_run=True, output="HEIGHT") + gap
        for t in items
    ]
    # balance: switch to the right column once half of the material is set
    half = sum(heights) / 2 if sum(heights) < 2 * (bottom - top) else None
    done = 0.0
    for txt, hh in zip(items, heights):
        pdf.set_font(fam, "", size)
        h = hh - gap
        if col == 0 and half is not None and done > 0 and done + hh / 2 > half:
            col, y = 1, top
        done += hh
        if y + h > bottom:
            if col == 0:
                col, y = 1, top
            else:
                pdf.add_page()
                top = pdf.get_y()
                col, y, ymax = 0, top, top
        pdf.set_xy(xs[col], y)
        pdf.set_font(fam, "", size)
        pdf.multi_cell(colw, lh, txt, markdown=True, align="L", new_x="LEFT", new_y="NEXT")
        y = pdf.get_y() + gap
        ymax = max(ymax, y)
    pdf.set_auto_page_break(True, pdf.b_margin)
    pdf.set_xy(pdf.l_margin, ymax)


def sign_table(pdf, cells, size=9, height=22, family=None):
    """Row of signature boxes: cells = [(caption, name_line), ...]."""
    fam = family or pdf.base_font
    w = pdf.epw / len(cells)
    y0 = pdf.get_y()
    for i, (cap, name) in enumerate(cells):
        x = pdf.l_margin + i * w
        pdf.rect(x, y0, w, height)
        pdf.set_xy(x + 2, y0 + 1.5)
        pdf.set_font(fam, "B", size)
        pdf.cell(w - 4, 4, cap)
        pdf.set_xy(x + 2, y0 + height - 6)
        fs = size - 0.5
        pdf.set_font(fam, "", fs)
        while pdf.get_string_width(name) > w - 5 and fs > 5.5:
            fs -= 0.25
            pdf.set_font(fam, "", fs)
        pdf.cell(w - 4, 4, name)
    pdf.set_xy(pdf.l_margin, y0 + height + 3)


# ----------------------------------------------------------------- simulated scan
def render_scan(blocks, page_w_mm, page_h_mm, seed, dpi=220, angle=0.35):
    """Render text blocks to a noisy grey 'photocopy' and return JPEG bytes.

    blocks: list of (kind, text); kind in head, title, para, small, right, bottom.
    """
    W = int(round(page_w_mm / 25.4 * dpi))
    Hh = int(round(page_h_mm / 25.4 * dpi))
    img = Image.new("L", (W, Hh), 255)
    d = ImageDraw.Draw(img)
    px = lambda pt: int(round(pt / 72 * dpi))  # noqa: E731
    fonts = {
        "para": ImageFont.truetype(FONTS["dvs"][0], px(10.5)),
        "head": ImageFont.truetype(FONTS["dvs"][1], px(10.5)),
        "title": ImageFont.truetype(FONTS["dvs"][1], px(12)),
        "small": ImageFont.truetype(FONTS["dvs"][0], px(8.5)),
        "right": ImageFont.truetype(FONTS["dvs"][0], px(8.5)),
        "bottom": ImageFont.truetype(FONTS["dvs"][0], px(8.5)),
    }
    margin = int(22 / 25.4 * dpi)
    maxw = W - 2 * margin
    y = int(18 / 25.4 * dpi)
    for kind, text in blocks:
        f = fonts[kind]
        lh = int(f.size * 1.38)
        if kind == "bottom":
            tw = d.textlength(text, font=f)
            d.text(((W - tw) / 2, Hh - int(14 / 25.4 * dpi)), text, font=f, fill=20)
            continue
        if kind == "right":
            tw = d.textlength(text, font=f)
            d.text((W - margin - tw, y), text, font=f, fill=20)
            y += lh + px(4)
            continue
        words = text.split()
        line = ""
        for w_ in words:
            cand = (line + " " + w_).strip()
            if d.textlength(cand, font=f) <= maxw:
                line = cand
            else:
                d.text((margin, y), line, font=f, fill=25)
                y += lh
                line = w_
        if line:
            d.text((margin, y), line, font=f, fill=25)
            y += lh
        y += px(5) if kind in ("para", "small") else px(3)
    # photocopy artefacts: slight skew, blur, grey cast, noise, a few specks, edge shadow
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 8
    a += rng.normal(0.0, 7.0, a.shape)
    specks = rng.random(a.shape) < 0.0004
    a[specks] = rng.uniform(60, 160, specks.sum())
    shade = np.linspace(-22, 0, 60, dtype=np.float32)
    a[:, :60] += shade[None, :]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(a, "L").save(out, format="JPEG", quality=82, optimize=False)
    out.seek(0)
    return out


def image_page(pdf, jpeg):
    pdf.new_page(image_page=True)
    pdf.image(jpeg, x=0, y=0, w=pdf.w, h=pdf.h)


# =========================================================================== bh01
def bh01(path):
    """H-2A, English, clearance-order job terms, compliant."""
    pdf = Doc("Letter", (18, 24, 18), bottom=18, font="dv", size=9.3)
    case = "H-300-26034-612775"

    def hdr(p):
        p.set_fill_color(46, 84, 58)
        p.rect(0, 0, p.w, 15, "F")
        p.set_text_color(255)
        p.set_font("dvs", "B", 12.5)
        p.set_xy(18, 4)
        p.cell(120, 7, "Satilla Bluff Berry Farms LLC")
        p.set_font("dv", "", 8)
        p.set_xy(p.w - 88, 4.5)
        p.cell(70, 6, f"Clearance order {case}", align="R")
        p.set_text_color(0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-13)
        p.set_draw_color(150)
        p.line(18, p.get_y(), p.w - 18, p.get_y())
        p.set_font("dv", "", 7.5)
        p.set_text_color(90)
        p.cell(0, 6, f"{case} - worker copy - page {p.page_no()} of {{nb}}", align="C")
        p.set_text_color(0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "H-2A AGRICULTURAL CLEARANCE ORDER\nTERMS AND CONDITIONS OF EMPLOYMENT",
        13,
        family="dvs",
        color=(46, 84, 58),
        before=0,
    )
    P(
        pdf,
        "Attachment to Form ETA-790A. Read together with the Spanish copy delivered to "
        "every worker before the consular interview.",
        size=8.5,
        style="I",
    )

    H(pdf, "1. The employer", 10.5, color=(46, 84, 58))
    grid(
        pdf,
        [
            ["Item", "Detail"],
            ["Legal name", "Satilla Bluff Berry Farms LLC"],
            ["Address", "4417 Pridgen Church Road, Alma, GA 31510"],
            ["Telephone", "(912) 555-0187"],
            ["Office contact", "Marisol Dantzler, Farm Office Manager"],
        ],
        (0.28, 0.72),
        size=8.8,
        bold_first_col=True,
    )

    H(pdf, "2. The job", 10.5, color=(46, 84, 58))
    P(pdf, "**Job title.** Farmworker, blueberry hand harvest (SOC 45-2092).", md=True)
    P(
        pdf,
        "**Duties.** Workers hand-pick ripe rabbiteye and highbush blueberries into waist "
        "buckets, empty full buckets into flats at the end of the row, remove green berries, "
        "stems and leaves, and carry the flats to the field trailer. Between pickings "
        "workers prune, pull weeds around young plants, repair drip lines and roll up bird "
        "netting. Soft or split berries are kept in separate lugs and loaded into the feeder "
        "wagon that a neighboring cattle operation hauls away.",
        md=True,
    )
    P(
        pdf,
        "**Requirements.** One month of experience hand-harvesting fruit or vegetables. "
        "Workers must be able to stand, bend and carry a 25-pound flat for long periods in "
        "hot weather. No schooling or English is required.",
        md=True,
    )

    H(pdf, "3. Place, dates and hours", 10.5, color=(46, 84, 58))
    grid(
        pdf,
        [
            ["Worksite", "Address"],
            ["Home farm", "4417 Pridgen Church Road, Alma, GA 31510"],
            ["Hurricane Creek block", "1862 Hurricane Creek Road, Alma, GA 31510"],
            ["Packing shed", "77 Depot Street, Alma, GA 31510"],
        ],
        (0.33, 0.67),
        size=8.8,
    )
    P(pdf, "**Contract period.** April 13, 2026 through July 24, 2026.", md=True)
    P(
        pdf,
        "**Hours.** 40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. with a "
        "30-minute unpaid lunch. Saturday work is voluntary and is never required.",
        md=True,
    )

    H(pdf, "4. Pay", 10.5, color=(46, 84, 58))
    P(
        pdf,
        "**Rate.** $14.83 per hour, or $0.62 per pound picked when the piece rate produces "
        "more for the pay period; the worker always receives whichever is higher.",
        md=True,
    )
    P(
        pdf,
        "**Higher rates.** If during the contract the Adverse Effect Wage Rate, the "
        "prevailing wage, or the federal or Georgia minimum wage rises above the rate shown, "
        "the higher rate is paid from the day it takes effect.",
        md=True,
    )
    P(pdf, "**Payday.** Every Friday (weekly), by check or direct deposit.", md=True)
    P(
        pdf,
        "**Pay records.** Each payday the worker receives a written statement showing hours "
        "offered, hours worked, pounds picked, rates, total earnings and every deduction, "
        "with the employer's name, address and tax number.",
        md=True,
    )
    P(
        pdf,
        "**Deductions.** Federal income tax only if the worker asks for withholding in "
        "writing; the optional meal plan in Section 6 for workers who sign up for it; "
        "garnishments ordered by a court; and items the worker authorizes in writing for his "
        "or her own benefit. No other deductions are made.",
        md=True,
    )

    pdf.add_page()
    H(pdf, "5. Three-fourths guarantee", 10.5, color=(46, 84, 58), before=0)
    P(
        pdf,
        "The employer guarantees to offer each worker employment for a total number of hours "
        "equal to at least three-fourths of the workdays of the contract period, counted "
        "from the worker's first workday. If less work is offered, the worker is paid the "
        "amount he or she would have earned for the missing hours.",
    )

    H(pdf, "6. Housing, meals and transportation", 10.5, color=(46, 84, 58))
    P(
        pdf,
        "**Housing.** Housing is free of charge at the farm's housing site, 4431 Pridgen "
        "Church Road, Alma, GA 31510, which the Georgia Department of Labor inspected on "
        "March 30, 2026. No deposit is collected for keys, bedding or lockers.",
        md=True,
    )
    P(
        pdf,
        "**Meals.** Every housing unit has a free kitchen with stoves, refrigerators and "
        "cooking utensils. Workers who prefer not to cook may join a catered plan of three "
        "meals a day for $12.00 per day, which is below the maximum meal charge the "
        "Department of Labor publishes for 2026; the plan is optional and can be dropped at "
        "any time.",
        md=True,
    )
    P(
        pdf,
        "**Daily transportation.** Each workday a farm bus carries workers from the housing "
        "site to the fields and back at no cost.",
        md=True,
    )
    P(
        pdf,
        "**Coming to the job.** When the worker completes 50 percent of the contract period, "
        "the employer reimburses the reasonable cost of transportation and daily "
        "subsistence from the place of recruitment to Alma, together with the visa and "
        "border-crossing fees, unless it paid them directly. If these costs would bring the "
        "first week's pay below the federal minimum wage, the difference is paid in the "
        "first workweek.",
        md=True,
    )
    P(
        pdf,
        "**Going home.** A worker who completes the contract, or who is dismissed early for "
        "reasons other than cause, receives transportation and daily subsistence back to "
        "the place of recruitment, paid by the employer.",
        md=True,
    )

    H(pdf, "7. Tools and injury coverage", 10.5, color=(46, 84, 58))
    P(
        pdf,
        "**Tools.** All picking buckets, belts, flats, pruning shears, gloves and rain "
        "ponchos are furnished by the employer free of charge and without any deposit.",
        md=True,
    )
    P(
        pdf,
        "**Workers' compensation.** The employer carries workers' compensation insurance "
        "with Coastal Plains Agricultural Insurance Company, policy CPA-WC-20931, covering "
        "injuries and illnesses arising from the work at no cost to the worker.",
        md=True,
    )

    H(pdf, "8. Ending the contract", 10.5, color=(46, 84, 58))
    P(
        pdf,
        "**Abandonment and dismissal.** A worker who fails to report for work for 5 "
        "consecutive working days without the employer's consent is considered to have "
        "abandoned the job, and the employer notifies the Department of Labor and DHS in "
        "writing within 2 working days as the regulations require. A worker may be "
        "dismissed for cause only after a written warning that explains the reason. "
        "Abandonment or dismissal for cause ends the employer's duty to pay return "
        "transportation and the three-fourths guarantee.",
        md=True,
    )
    P(
        pdf,
        "**If the work becomes impossible.** If a hurricane, hailstorm, flood, fire or other "
        "Act of God makes the work impossible, the employer may end the contract early with "
        "the Department of Labor's approval. The worker then receives pay for all hours "
        "worked, the three-fourths guarantee for the period up to the termination date, and "
        "return transportation and subsistence, and the employer will try to place the "
        "worker in other work.",
        md=True,
    )

    pdf.add_page()
    H(pdf, "9. Worker protections", 10.5, color=(46, 84, 58), before=0)
    bullets(
        pdf,
        [
            "**Recruitment.** Workers in Mexico are recruited by Sendero Norte Agrícola, S.C. The "
            "employer pays every cost of that recruitment, and its agreement with Sendero Norte "
            "forbids charging workers any fee, deposit or other payment.",
            "**Documents.** Workers keep their own passports, visas and identification. The "
            "employer does not hold them for any reason.",
            "**Free time.** Workers come and go from the housing freely outside working hours and "
            "may receive visitors in the common area.",
            "**Complaints.** No worker will be fired, threatened or left off next season's list "
            "for filing a complaint or for talking to a lawyer, a union or a government agency.",
            "**Language.** A Spanish copy of this document is delivered to every worker before "
            "the visa interview.",
        ],
    )
    H(pdf, "10. Signatures", 10.5, color=(46, 84, 58), before=4)
    P(pdf, "Signed for the employer in Alma, Georgia, on February 3, 2026.")
    pdf.ln(2)
    sign_table(
        pdf,
        [
            ("For the employer", "Marisol Dantzler, Farm Office Manager"),
            ("Worker", "Name: ______________________"),
        ],
        height=24,
    )
    pdf.output(str(path))


# =========================================================================== bh02
def bh02(path):
    """H-2A, Spanish, recruiter 'carta compromiso' with fees in a table."""
    pdf = Doc("Letter", (20, 34, 20), bottom=18, font="ls", size=9.8)

    def hdr(p):
        p.set_font("lsr", "B", 14)
        p.set_text_color(120, 40, 30)
        p.set_xy(20, 10)
        p.cell(0, 7, "ENLACE CAMPESINO DEL BAJÍO, S.C.", align="C")
        p.set_font("ls", "", 8)
        p.set_text_color(60)
        p.set_xy(20, 17)
        p.cell(
            0,
            5,
            "Gestoría de trámites para empleo agrícola temporal · Calle Insurgentes 214, "
            "Zona Centro, Dolores Hidalgo, Gto. · Tel. 418 555 0931",
            align="C",
        )
        p.set_draw_color(120, 40, 30)
        p.set_line_width(0.6)
        p.line(20, 24, p.w - 20, 24)
        p.set_line_width(0.2)
        p.set_draw_color(0)
        p.set_text_color(0)
        p.set_y(30)

    def ftr(p):
        p.set_y(-12)
        p.set_font("ls", "I", 7.5)
        p.cell(0, 5, f"Hoja {p.page_no()} de {{nb}} - Conserve esta carta", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "CARTA COMPROMISO Y HOJA DE REQUISITOS\nTEMPORADA 2026 - VISA H-2A",
        12,
        family="lsr",
        before=0,
    )
    P(pdf, "Dolores Hidalgo, Guanajuato, a 12 de enero de 2026.")
    P(
        pdf,
        "La persona aspirante cuyo nombre aparece al final (en adelante LA PERSONA ASPIRANTE) "
        "y Enlace Campesino del Bajío, S.C. (en adelante EL GESTOR) acuerdan lo siguiente "
        "para su participación en la temporada 2026.",
    )
    H(pdf, "1. DATOS DEL EMPLEO OFRECIDO", 10.5)
    grid(
        pdf,
        [
            ["Concepto", "Detalle"],
            [
                "Empleador",
                "Pinnacle Ridge Growers LLC, 2250 Alisal Road, Salinas, California 93908, "
                "Estados Unidos",
            ],
            [
                "Puesto y labores",
                "Trabajador agrícola: corte de brócoli y lechuga romana con "
                "cuchillo, empaque en cajas sobre la máquina de campo y carga de "
                "tarimas.",
            ],
            [
                "Lugar de trabajo",
                "Ranchos del empleador en el Valle de Salinas, condado de Monterey, California.",
            ],
            ["Periodo", "Del 5 de mayo al 30 de octubre de 2026."],
            [
                "Horario",
                "Lunes a sábado, de 6:00 a 14:30 horas, con media hora para comer (8 horas "
                "diarias).",
            ],
            ["Salario", "$20.05 dólares por hora, pagados cada jueves (pago semanal)."],
            ["Descuentos", "Únicamente los impuestos que correspondan según la ley."],
            [
                "Vivienda",
                "Sin costo, en el campamento Las Palmas, 410 Hitchcock Road, Salinas, California.",
            ],
            ["Transporte diario", "Camión del empleador del campamento a los ranchos, sin costo."],
            [
                "Viaje de ida",
                "El empleador reembolsa el autobús desde su comunidad hasta Salinas "
                "cuando la persona haya trabajado la mitad de la temporada.",
            ],
            [
                "Regreso",
                "Al terminar la temporada el empleador paga el viaje de regreso a su comunidad.",
            ],
            [
                "Herramientas",
                "Cuchillos, guantes, mangas e impermeables los entrega el empleador sin costo.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia comprobable en cosecha de hortalizas; saber "
                "usar cuchillo de corte.",
            ],
        ],
        (0.25, 0.75),
        size=9,
        bold_first_col=True,
    )
    H(pdf, "2. QUÉ HACE EL GESTOR", 10.5)
    P(
        pdf,
        "EL GESTOR integra el expediente, agenda la cita consular, da una plática informativa "
        "gratuita sobre el viaje y el trabajo, y acompaña al grupo hasta la garita de "
        "Nogales. EL GESTOR no cobra comisión por la contratación; la aportación que se "
        "indica abajo cubre solamente gastos administrativos.",
    )

    pdf.add_page()
    H(pdf, "3. PAGOS A CARGO DE LA PERSONA ASPIRANTE", 10.5, before=0)
    grid(
        pdf,
        [
            ["Concepto", "Monto", "Cuándo se paga"],
            [
                "Aportación para gastos administrativos y seguimiento del expediente",
                "$9,800.00 MXN",
                "$4,900.00 al firmar esta carta y $4,900.00 antes de la cita consular",
            ],
            [
                "Examen médico general y prueba antidoping en Laboratorio Clínico San Lucas",
                "$1,350.00 MXN",
                "El día del examen, directamente en el laboratorio",
            ],
        ],
        (0.46, 0.17, 0.37),
        size=9,
        head_fill=(240, 220, 210),
    )
    P(
        pdf,
        "El derecho consular de la visa y el permiso I-94 que se cobra en la garita los paga "
        "LA PERSONA ASPIRANTE por su cuenta y no forman parte del reembolso del empleador.",
    )
    H(pdf, "4. COMPROMISOS DE LA PERSONA ASPIRANTE", 10.5)
    bullets(
        pdf,
        [
            "Entregar copia de acta de nacimiento, CURP, INE y pasaporte vigente.",
            "Presentarse puntualmente a la cita consular y al punto de salida del autobús.",
            "Como garantía de cumplimiento, LA PERSONA ASPIRANTE firmará un pagaré en blanco a favor "
            "de EL GESTOR, que le será devuelto cuando regrese a México.",
            "Avisar a EL GESTOR de cualquier cambio de domicilio o de teléfono.",
        ],
        sym="a)",
        md=False,
    )
    H(pdf, "5. DOCUMENTOS", 10.5)
    P(
        pdf,
        "LA PERSONA ASPIRANTE conserva en todo momento su pasaporte, su visa y su credencial; "
        "EL GESTOR solo guarda fotocopias del expediente.",
    )
    pdf.ln(8)
    P(pdf, "Leído el contenido de esta carta, las partes la firman de conformidad.")
    pdf.ln(3)
    sign_table(
        pdf,
        [
            ("LA PERSONA ASPIRANTE", "Nombre: ____________________"),
            ("Huella", ""),
            ("Por EL GESTOR", "Lic. Humberto Zárate Ponce"),
        ],
        height=30,
    )
    pdf.output(str(path))


# =========================================================================== bh03
def bh03(path):
    """H-2A, English, seasonal agreement; page 2 in two columns."""
    pdf = Doc("Letter", (22, 26, 22), bottom=18, font="lsr", size=10.3)

    def hdr(p):
        p.set_font("lsr", "B", 10)
        p.set_xy(22, 11)
        p.cell(0, 5, "GRANITE COULEE FRUIT COMPANY LLC", align="C")
        p.set_font("lsr", "I", 8)
        p.set_xy(22, 16)
        p.cell(0, 4, "8815 Palisades Road, Wenatchee, Washington 98801", align="C")
        p.line(22, 21.5, p.w - 22, 21.5)
        p.set_y(26)

    def ftr(p):
        p.set_y(-13)
        p.set_font("lsr", "", 8)
        p.cell(0, 5, f"Seasonal Employment Agreement 2026  |  page {p.page_no()}", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "SEASONAL EMPLOYMENT AGREEMENT\nH-2A ORCHARD WORKERS - 2026 HARVEST",
        13,
        family="lsr",
        before=0,
        after=3,
    )
    items = [
        (
            "1. Parties.",
            "This agreement is made between Granite Coulee Fruit Company LLC, 8815 "
            "Palisades Road, Wenatchee, WA 98801 (the Company), and the H-2A worker who signs it "
            "(the Worker).",
        ),
        (
            "2. Work.",
            "The Worker will pick apples and pears by hand from ladders into picking "
            "bags, empty the bags into field bins without bruising the fruit, move ladders between "
            "trees and, when picking is slow, prune, prop limbs and clean up brush.",
        ),
        (
            "3. Qualifications.",
            "The Worker must be able to climb and work safely from a 12-foot "
            "orchard ladder while carrying a full picking bag of about 40 pounds. One month of "
            "tree-fruit harvest experience is required.",
        ),
        (
            "4. Where.",
            "Company orchards at 8815 Palisades Road, the Rock Island block at 2640 Rock "
            "Island Drive and the Squilchuck block at 5119 Squilchuck Road, in Chelan and Douglas "
            "counties, Washington.",
        ),
        ("5. When.", "From August 17, 2026 to November 6, 2026."),
        (
            "6. Hours.",
            "42 hours per week: Monday through Saturday, 7:00 a.m. to 2:30 p.m., with a "
            "30-minute unpaid meal break.",
        ),
        (
            "7. Pay.",
            "$19.82 per hour, or $32.00 per standard bin of apples and $38.00 per bin of "
            "pears if bin earnings for the pay period are higher. If the Adverse Effect Wage Rate "
            "or any other applicable wage rises during the season, the higher rate is paid from "
            "its effective date.",
        ),
        (
            "8. Payday.",
            "Wages are paid every other Friday, by check or direct deposit, with an "
            "itemized statement of hours offered and worked, bins picked, rates, gross pay, each "
            "deduction and net pay.",
        ),
        (
            "9. Guarantee.",
            "The Company guarantees the Worker an offer of work for at least "
            "three-fourths of the workdays between the first workday and November 6, 2026, counted "
            "in hours; any shortfall is paid as if worked.",
        ),
    ]
    for lead, txt in items:
        P(pdf, f"**{lead}** {txt}", md=True, after=2.2)

    pdf.add_page()
    H(pdf, "CONDITIONS OF EMPLOYMENT", 11, family="lsr", before=0, after=2.5)
    col_items = [
        "**10. Housing.** The Company provides bunkhouse housing at 8840 Palisades Road, "
        "Wenatchee, inspected by the Washington State Department of Health before occupancy. "
        "Each occupant of the bunkhouse contributes $30.00 per week toward electricity and "
        "propane, deducted from each paycheck.",
        "**11. Kitchen.** The bunkhouse has a shared kitchen with ranges, refrigerators and "
        "cookware that workers use without charge.",
        "**12. Tools.** Ladders, picking bags, pruning shears and gloves are furnished at no "
        "charge. Before a ladder and picking bag are issued, the Worker leaves a $75.00 "
        "equipment deposit, taken from the first paycheck and returned at the end of the season "
        "when both are handed back.",
        "**13. Care of equipment.** Ladders or bins broken through a worker's misuse will be "
        "repaired or replaced at that worker's expense.",
        "**14. Retention account.** To encourage workers to stay for the whole harvest, $1.50 of "
        "each hour's pay is held back in a season-retention account and paid in one lump sum "
        "with the final paycheck.",
        "**15. Deductions.** The Company deducts only federal income tax when the Worker asks "
        "for it in writing, the bunkhouse contribution in clause 10, the equipment deposit in "
        "clause 12, and garnishments ordered by a court.",
        "**16. Travel to the job.** After the Worker completes half of the contract period, the "
        "Company reimburses bus fare and daily meals on the road from the place of recruitment, "
        "together with the visa and border-crossing fees; if those costs push first-week "
        "earnings below the minimum wage, the shortfall is reimbursed in the first week.",
        "**17. Travel home.** A Worker who finishes the season, or who is released early "
        "without cause, is given return bus fare and meal money to the place of recruitment.",
        "**18. Abandonment and discharge.** Missing 5 consecutive scheduled workdays without "
        "notice is abandonment. The Company may discharge a Worker for cause, such as fighting "
        "or theft, after a written notice. Abandonment or discharge for cause ends the "
        "Company's duty to pay return travel and the guarantee.",
        "**19. Natural disasters.** If fire, hail, frost or another natural disaster destroys "
        "the crop and the Department of Labor approves, the Company may end this agreement "
        "early; the Worker is then paid for hours worked, the guarantee up to that date, and "
        "return travel.",
    ]
    columns(pdf, col_items, size=9.6, family="lsr", gutter=9)
    pdf.ln(3)
    P(
        pdf,
        "**20. No charges for hiring.** Neither the Company nor any person acting for it may "
        "accept money or anything of value from a worker for a place on this crew.",
        md=True,
        after=2.2,
    )
    P(
        pdf,
        "**21. Copies.** The Worker receives this agreement in Spanish and in English.",
        md=True,
        after=2.2,
    )
    P(
        pdf,
        "**22. Whole agreement.** This agreement and the certified job order are the whole "
        "contract between the parties.",
        md=True,
        after=8,
    )
    sign_table(
        pdf,
        [("For the Company", "Dale Ostrander, Orchard Manager"), ("Worker", "Signature and date")],
        height=24,
        family="lsr",
    )
    pdf.output(str(path))


# =========================================================================== bh04
def bh04(path):
    """H-2A, Spanish, employer contract with deduction annex."""
    pdf = Doc("Letter", (20, 24, 20), bottom=20, font="dvc", size=9.6)

    def hdr(p):
        p.set_font("dvc", "B", 8.5)
        p.set_text_color(30, 50, 110)
        p.set_xy(20, 9)
        p.cell(0, 5, "CONTENTNEA CREEK FARMS, INC.")
        p.set_xy(20, 9)
        p.cell(0, 5, "Contrato de trabajo H-2A 2026", align="R")
        p.set_draw_color(30, 50, 110)
        p.line(20, 15, p.w - 20, 15)
        p.set_draw_color(0)
        p.set_text_color(0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("dvc", "", 7.5)
        p.cell(0, 5, f"Página {p.page_no()} de {{nb}}", align="L")
        p.set_x(20)
        p.cell(0, 5, "Iniciales del trabajador: ________", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(pdf, "CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA DE TEMPORADA (H-2A)", 12, before=0, after=2.5)
    P(
        pdf,
        "Celebran este contrato Contentnea Creek Farms, Inc., con domicilio en 3309 Speight "
        "Bridge Road, Snow Hill, Carolina del Norte 28580, EE. UU. (EL EMPLEADOR), y el "
        "trabajador cuyo nombre y firma aparecen al final (EL TRABAJADOR), conforme a las "
        "siguientes cláusulas.",
        after=2.5,
    )
    cl = [
        (
            "1. Trabajo.",
            "EL TRABAJADOR realizará labores de campo en tabaco y camote: despunte y "
            "deshije de tabaco, cosecha manual de hoja, colgado en las galeras, recolección de "
            "camote detrás del arado y llenado de cajas de 40 libras.",
        ),
        (
            "2. Lugar.",
            "En los terrenos de EL EMPLEADOR en los condados de Greene y Lenoir, "
            "Carolina del Norte: finca principal en 3309 Speight Bridge Road, Snow Hill, y finca "
            "Hookerton en 1186 Ormondsville Road, Hookerton.",
        ),
        ("3. Duración.", "Del 1 de junio de 2026 al 15 de noviembre de 2026."),
        (
            "4. Jornada.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 16:00 horas con una "
            "hora para comer.",
        ),
        (
            "5. Salario.",
            "$16.10 dólares por hora. Si durante el contrato se publica una tarifa "
            "mayor (la tarifa AEWR, el salario prevaleciente o el salario mínimo), EL EMPLEADOR "
            "pagará la mayor desde la fecha en que entre en vigor.",
        ),
        (
            "6. Pago.",
            "Cada viernes (semanal), con un talón que detalla horas ofrecidas y "
            "trabajadas, tarifa, ganancias totales y cada descuento.",
        ),
        (
            "7. Garantía.",
            "EL EMPLEADOR garantiza ofrecer trabajo por al menos tres cuartas partes "
            "de los días laborables del periodo del contrato, contados en horas; si ofrece menos, "
            "pagará la diferencia.",
        ),
        ("8. Descuentos.", "Solo se harán los descuentos que aparecen en el Anexo A."),
        (
            "9. Vivienda.",
            "EL EMPLEADOR proporciona vivienda gratuita en el campamento de 3321 "
            "Speight Bridge Road, Snow Hill, inspeccionada antes de la temporada.",
        ),
        (
            "10. Alimentos.",
            "EL EMPLEADOR ofrece tres comidas al día en el comedor del "
            "campamento, con el cobro que se indica en el Anexo A.",
        ),
        (
            "11. Transporte diario.",
            "Un camión de EL EMPLEADOR lleva gratis a los trabajadores "
            "del campamento a las fincas y de regreso.",
        ),
        (
            "12. Viaje de ida.",
            "EL EMPLEADOR reembolsa el autobús desde Monterrey hasta Snow Hill "
            "y la tarifa de la visa cuando EL TRABAJADOR cumpla la mitad del contrato, o en la "
            "primera semana si es necesario para no quedar abajo del salario mínimo. El hospedaje "
            "en Monterrey mientras espera la cita consular y las comidas de esos días corren por "
            "cuenta de EL TRABAJADOR y no se reembolsan.",
        ),
    ]
    for lead, txt in cl:
        P(pdf, f"**{lead}** {txt}", md=True, after=2)

    pdf.add_page()
    cl2 = [
        (
            "13. Regreso.",
            "Al terminar el contrato, o si EL EMPLEADOR lo despide antes sin causa, "
            "EL EMPLEADOR paga el viaje de regreso a Monterrey y las comidas del camino.",
        ),
        (
            "14. Herramientas.",
            "Todas las herramientas (cuchillos de despunte, guantes, botas de "
            "hule e impermeables) se prestan sin costo y sin depósito.",
        ),
        (
            "15. Seguro.",
            "EL EMPLEADOR tiene seguro de compensación para trabajadores con Tar Heel "
            "Farm Mutual, póliza THF-44172, que cubre lesiones y enfermedades del trabajo.",
        ),
        (
            "16. Pasaportes.",
            "Para su seguridad, los pasaportes se entregan al mayordomo el día de "
            "llegada y se guardan en la caja fuerte de la oficina hasta el final de la temporada.",
        ),
        (
            "17. Abandono y despido.",
            "Si EL TRABAJADOR falta 5 días seguidos sin permiso se "
            "considera que abandonó el empleo. EL EMPLEADOR puede despedir por causa justificada, "
            "como robo o violencia. En esos casos no se paga el regreso ni la garantía.",
        ),
        (
            "18. Quejas.",
            "EL TRABAJADOR que presente quejas ante el Departamento de Trabajo, un "
            "abogado o una organización sin antes hablarlo con la empresa no será llamado para la "
            "próxima temporada.",
        ),
        ("19. Idioma.", "EL TRABAJADOR recibe este contrato en español antes de salir de México."),
    ]
    for lead, txt in cl2:
        P(pdf, f"**{lead}** {txt}", md=True, after=2)
    pdf.ln(6)
    P(pdf, "Firmado en Snow Hill, Carolina del Norte, el 2 de marzo de 2026.")
    pdf.ln(2)
    sign_table(
        pdf,
        [
            ("EL EMPLEADOR", "Wendell Hardee, Presidente"),
            ("EL TRABAJADOR", "Nombre: __________________"),
            ("Huella", ""),
        ],
        height=28,
        family="dvc",
    )

    pdf.add_page()
    H(pdf, "ANEXO A - DESCUENTOS AUTORIZADOS", 11, before=0, after=2.5)
    P(pdf, "Forma parte del contrato. No se hará ningún otro descuento.")
    grid(
        pdf,
        [
            ["Concepto", "Cantidad", "Frecuencia"],
            [
                "Impuesto federal sobre la renta (solo si EL TRABAJADOR lo pide por escrito)",
                "Según tablas del IRS",
                "Semanal",
            ],
            [
                "Alimentos: tres comidas diarias en el comedor del campamento",
                "$24.50 por día",
                "Semanal",
            ],
            ["Embargos ordenados por un juez", "Lo que ordene el juez", "Según la orden"],
        ],
        (0.55, 0.25, 0.20),
        size=9.2,
        head_fill=(215, 222, 240),
    )
    pdf.output(str(path))


# =========================================================================== bh05
def bh05(path):
    """H-2B, English, terms grid, compliant."""
    pdf = Doc("Letter", (18, 30, 18), bottom=18, font="ls", size=9.5)
    case = "H-400-26008-774310"

    def hdr(p):
        p.set_fill_color(20, 70, 110)
        p.rect(0, 0, p.w, 22, "F")
        p.set_text_color(255)
        p.set_font("ls", "B", 15)
        p.set_xy(18, 5)
        p.cell(0, 7, "NANTICOKE POINT SEAFOOD CO.")
        p.set_font("ls", "", 8.5)
        p.set_xy(18, 13)
        p.cell(0, 5, "118 Wharf Street, Bivalve, MD 21814  -  (410) 555-0162")
        p.set_text_color(0)
        p.set_y(30)

    def ftr(p):
        p.set_y(-13)
        p.set_font("ls", "", 7.5)
        p.set_text_color(80)
        p.cell(0, 5, f"{case}  -  Terms of Employment  -  {p.page_no()}/{{nb}}", align="C")
        p.set_text_color(0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "H-2B TERMS OF EMPLOYMENT - CRAB MEAT PROCESSING, 2026 SEASON",
        12.5,
        before=0,
        color=(20, 70, 110),
    )
    P(
        pdf,
        f"These terms are the job order and work contract for every worker hired under case "
        f"{case}. Each worker receives a Spanish copy no later than the visa interview.",
        size=9,
    )
    rows = [
        ["Term", "What we offer"],
        ["Employer", "Nanticoke Point Seafood Co., 118 Wharf Street, Bivalve, MD 21814"],
        [
            "Job title and duties",
            "Crab meat picker (SOC 51-3022). Pick cooked blue crab by hand "
            "with a knife, separate lump, backfin and claw meat into containers, weigh and seal "
            "the containers, and clean and sanitize tables at the end of the shift. When assigned "
            "to the retail counter, take payments and collect the $5 refundable basket deposit "
            "that customers pay on returnable bushel baskets.",
        ],
        [
            "Requirements",
            "No experience needed. Workers must be able to stand at a picking table "
            "for a full shift and lift 25 pounds.",
        ],
        ["Worksite", "Picking house at 118 Wharf Street, Bivalve, Wicomico County, Maryland."],
        ["Season", "April 1, 2026 to November 20, 2026."],
        [
            "Hours",
            "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute "
            "unpaid lunch.",
        ],
        [
            "Pay",
            "$17.85 per hour, or $4.25 per pound of picked meat when that earns more in the "
            "workweek.",
        ],
        ["Overtime", "$26.78 per hour for each hour over 40 in a workweek."],
        [
            "Higher wage",
            "If a higher prevailing wage or federal, state or local minimum wage "
            "takes effect during the season, that rate is paid from its effective date.",
        ],
        ["Payday", "Weekly, every Friday, by direct deposit or pay card."],
        [
            "Pay statement",
            "Each payday: hours offered, hours worked, pounds picked, rates, gross "
            "pay, every deduction and net pay.",
        ],
        [
            "Deductions",
            "Federal and Maryland income tax, Social Security and Medicare, and "
            "anything the worker authorizes in writing for his or her own benefit. Nothing else.",
        ],
        [
            "Work guarantee",
            "The company offers work for at least three-fourths of the workdays "
            "in each 12-week period of the season (6-week periods when fewer than 120 days "
            "remain) and pays the difference if it does not.",
        ],
        [
            "Travel to the job",
            "Bus fare, lodging and meals on the way from the worker's home to "
            "Bivalve are reimbursed in the first workweek.",
        ],
        [
            "Visa costs",
            "The visa fee, the visa processing fee and the border-crossing fee are "
            "reimbursed in the first workweek.",
        ],
        [
            "Travel home",
            "If the worker finishes the season or is let go early for business "
            "reasons, the company pays bus fare and meals home.",
        ],
        [
            "Tools and gear",
            "Knives, cut-resistant gloves, aprons, hairnets and boots are "
            "provided free, with no deposit.",
        ],
    ]
    grid(pdf, rows, (0.24, 0.76), size=9.2, bold_first_col=True, head_fill=(205, 222, 235))
    pdf.add_page()
    rows2 = [
        ["Term", "What we offer"],
        [
            "Housing",
            "Optional rooms at 122 Wharf Street, Bivalve, are free of charge for workers "
            "who want them.",
        ],
        [
            "End-of-season bonus",
            "A $400 bonus is paid, in addition to all wages earned, to each "
            "worker still employed on November 20, 2026. No part of any paycheck is held back to "
            "pay it.",
        ],
        [
            "Ending the job",
            "A worker who misses 5 consecutive working days without notice is "
            "treated as having abandoned the job, and the company notifies the Department of Labor "
            "and DHS in writing within 2 working days. Discharge for cause follows a written "
            "warning.",
        ],
        [
            "Work stopped by nature",
            "If a hurricane, flood, fire or other event beyond the "
            "company's control makes the work impossible, the company may end the contract with "
            "the Department of Labor's approval, but it pays the guarantee up to that date and "
            "the trip home.",
        ],
        [
            "Recruiting fees",
            "No one may charge a worker any fee to be hired. Workers who are "
            "asked for money should call the company at (410) 555-0162.",
        ],
    ]
    grid(pdf, rows2, (0.24, 0.76), size=9.2, bold_first_col=True, head_fill=(205, 222, 235))
    pdf.ln(6)
    P(pdf, "Issued at Bivalve, Maryland, on January 26, 2026.")
    pdf.ln(2)
    sign_table(
        pdf,
        [
            ("For Nanticoke Point Seafood Co.", "Loretta Banning, Plant Manager"),
            ("Worker", "Printed name and signature"),
        ],
        height=24,
        family="ls",
    )
    pdf.output(str(path))


# =========================================================================== bh06
def bh06(path):
    """H-2B, English, offer letter + Addendum B."""
    pdf = Doc("Letter", (24, 40, 24), bottom=20, font="ls", size=10)

    def hdr(p):
        p.set_font("lsr", "B", 17)
        p.set_text_color(70, 100, 60)
        p.set_xy(24, 12)
        p.cell(0, 8, "GLACIER LILY LODGE & SPA", align="L")
        p.set_font("ls", "", 8)
        p.set_text_color(80)
        p.set_xy(24, 21)
        p.cell(
            0,
            4,
            "Glacier Lily Lodge & Spa LLC  |  55 Moose Meadow Drive, Whitefish, MT 59937  "
            "|  (406) 555-0144",
            align="L",
        )
        p.set_draw_color(70, 100, 60)
        p.set_line_width(0.4)
        p.line(24, 27, p.w - 24, 27)
        p.set_line_width(0.2)
        p.set_draw_color(0)
        p.set_text_color(0)
        p.set_y(34)

    def ftr(p):
        p.set_y(-14)
        p.set_font("ls", "I", 7.5)
        p.set_text_color(100)
        p.cell(
            0,
            5,
            f"Offer of employment - H-400-26015-809122 - page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    P(pdf, "February 9, 2026", after=3)
    P(
        pdf,
        "**Re: H-2B offer of employment - Room Attendant (case H-400-26015-809122)**",
        md=True,
        after=3,
    )
    P(pdf, "Dear future team member,", after=2)
    P(
        pdf,
        "We are pleased to offer you seasonal employment as a Room Attendant at Glacier Lily "
        "Lodge & Spa, 55 Moose Meadow Drive, Whitefish, Montana. The details of the offer "
        "are below.",
        after=2,
    )
    bullets(
        pdf,
        [
            "**Duties:** Clean and service 14 to 16 guest rooms per shift: make beds, change linens, "
            "vacuum, clean bathrooms, restock coffee, tea and toiletries, and report maintenance "
            "problems.",
            "**Requirements:** Three months of experience cleaning hotel rooms or homes, and the "
            "ability to push a loaded cart and lift 30 pounds.",
            "**Dates:** May 18, 2026 through October 4, 2026.",
            "**Schedule:** 37.5 hours per week: five 7.5-hour shifts from 8:00 a.m. to 4:00 p.m. "
            "with a 30-minute unpaid break; days off rotate.",
            "**Wage:** $16.42 per hour. If a higher prevailing wage or minimum wage is published "
            "during the season, you will receive it from its effective date.",
            "**Pay schedule:** Every other Friday (biweekly), by direct deposit, with a pay stub "
            "showing hours offered, hours worked, rate, gross pay, deductions and net pay.",
            "**Guarantee:** We guarantee work for at least three-fourths of the workdays in each "
            "12-week period of your employment.",
            "**Deductions:** Federal income tax, Social Security and Medicare, staff housing under "
            "Addendum B if you choose it, and voluntary deductions you authorize in writing.",
            "**Uniforms and supplies:** Uniforms, cleaning supplies and equipment are issued at no "
            "cost. Uniforms are laundered free, and no uniform deposit is taken.",
            "**Staff meals:** One free meal per shift in the staff cafeteria.",
            "**Travel to Whitefish:** Your bus fare and meals from Monterrey to Whitefish are "
            "reimbursed when you complete half of the season, or in your first paycheck if needed "
            "to meet the minimum wage.",
            "**Visa:** The visa application (MRV) fee and the border-crossing fee are reimbursed in "
            "your first paycheck. Passport fees, including any renewal needed to obtain the visa, "
            "are your own responsibility and are not reimbursed.",
            "**Return travel:** If you complete the season or we end your employment early for "
            "business reasons, we pay your bus fare and meals home to Monterrey.",
            "**Ending employment:** Five consecutive missed shifts without notice is job "
            "abandonment. Dismissal for cause (theft, violence, repeated no-shows) follows a "
            "written warning.",
        ],
        size=9.6,
        after=0.8,
    )
    P(pdf, "Please read Addendum B, which is part of this offer.", after=2)

    pdf.add_page()
    H(
        pdf,
        "ADDENDUM B - STAFF HOUSING AND DEPARTURE POLICY",
        11.5,
        family="lsr",
        color=(70, 100, 60),
        before=0,
        after=3,
    )
    add = [
        (
            "B1. Staff housing.",
            "Rooms in the Tamarack staff dormitory, 61 Moose Meadow Drive, "
            "are optional. Dormitory housing costs $115 per week per bed, deducted from each "
            "paycheck.",
        ),
        (
            "B2. House rules.",
            "Quiet hours are 11:00 p.m. to 7:00 a.m. Residents come and go as "
            "they please and may have guests in the lounge until 10:00 p.m.",
        ),
        (
            "B3. Early departure.",
            "An employee who resigns before October 4, 2026 agrees to pay "
            "the Lodge liquidated damages of $600 to cover the cost of recruiting and training a "
            "replacement.",
        ),
        (
            "B4. Final paycheck.",
            "The final paycheck is issued on the next regular payday after the last day worked.",
        ),
    ]
    for lead, txt in add:
        P(pdf, f"**{lead}** {txt}", md=True, after=3)
    pdf.ln(4)
    P(pdf, "We look forward to welcoming you to Whitefish.", after=6)
    P(pdf, "Kirsten Vaalund\nHuman Resources Director", after=10)
    P(pdf, "**Accepted:** ______________________________   Date: ______________", md=True)
    P(pdf, "Employee name (print): ______________________________")
    pdf.output(str(path))


# =========================================================================== bh07
BH07_SCAN = [
    ("right", "HORIZONTE IBÉRICO TALENTO S.A.S. - Contrato de vinculación - Campaña 2026"),
    ("head", "DÉCIMA. Visado y viaje."),
    (
        "para",
        "EL EMPLEADOR tramita y paga el visado de temporada y el permiso de trabajo, y "
        "paga el billete de avión Bogotá-Madrid y el traslado en autobús hasta Moguer.",
    ),
    ("head", "UNDÉCIMA. Alojamiento."),
    (
        "para",
        "EL EMPLEADOR facilita alojamiento gratuito en la finca, con cocina equipada y agua "
        "y luz incluidas.",
    ),
    ("head", "DUODÉCIMA. Documentos."),
    (
        "para",
        "LA TRABAJADORA conserva su pasaporte y su tarjeta de identidad de extranjero "
        "durante toda la campaña.",
    ),
    ("head", "DECIMOTERCERA. Abandono."),
    (
        "para",
        "Si LA TRABAJADORA abandona el empleo antes de terminar la campaña, pagará a LA "
        "AGENCIA una indemnización de COP 3.000.000 por los perjuicios causados al "
        "programa.",
    ),
    ("head", "DECIMOCUARTA. Regreso."),
    ("para", "Al terminar la campaña EL EMPLEADOR paga el billete de regreso Madrid-Bogotá."),
    ("head", "DECIMOQUINTA. Terminación."),
    (
        "para",
        "El contrato de trabajo termina al finalizar la campaña. EL EMPLEADOR solo puede "
        "despedir a LA TRABAJADORA por las causas del artículo 54 del Estatuto de los "
        "Trabajadores, mediante carta de despido por escrito que indique los hechos.",
    ),
    ("head", "DECIMOSEXTA. Ley aplicable."),
    (
        "para",
        "La relación laboral en España se rige por la legislación española y por el "
        "convenio colectivo del campo de la provincia de Huelva.",
    ),
    ("small", "Iniciales de LA TRABAJADORA: ________    Iniciales de LA AGENCIA: ________"),
    ("bottom", "Página 2 de 3"),
]


def bh07(path):
    """Generic (Colombia to Spain), Spanish, tripartite agreement; page 2 is a scan."""
    pdf = Doc("A4", (20, 30, 20), bottom=18, font="dvs", size=9.6)

    def hdr(p):
        p.set_font("dv", "B", 10)
        p.set_text_color(0, 80, 120)
        p.set_xy(20, 10)
        p.cell(0, 5, "HORIZONTE IBÉRICO TALENTO S.A.S.")
        p.set_font("dv", "", 7.5)
        p.set_text_color(70)
        p.set_xy(20, 15.5)
        p.cell(
            0,
            4,
            "NIT 901.448.372-6 · Calle 72 # 10-34, oficina 503, Bogotá D.C. · "
            "Movilidad laboral temporal",
        )
        p.set_draw_color(0, 80, 120)
        p.line(20, 21, p.w - 20, 21)
        p.set_draw_color(0)
        p.set_text_color(0)
        p.set_y(27)

    def ftr(p):
        p.set_y(-12)
        p.set_font("dv", "", 7.5)
        p.cell(0, 5, f"Página {p.page_no()} de {{nb}}", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "CONTRATO DE VINCULACIÓN AL PROGRAMA DE MOVILIDAD LABORAL TEMPORAL\nCAMPAÑA DE "
        "FRUTOS ROJOS 2026",
        11,
        family="dv",
        before=0,
        after=2.5,
    )
    grid(
        pdf,
        [
            ["Parte", "Datos"],
            [
                "LA AGENCIA",
                "Horizonte Ibérico Talento S.A.S., Calle 72 # 10-34, oficina 503, "
                "Bogotá D.C., Colombia",
            ],
            [
                "EL EMPLEADOR",
                "Agrícola Marisma del Tinto S.L., Carretera A-494, km 8, 21800 Moguer "
                "(Huelva), España",
            ],
            [
                "LA TRABAJADORA",
                "Yurani Patricia Ospina Castaño, C.C. 1.094.227.581 de Armenia (Quindío)",
            ],
        ],
        (0.24, 0.76),
        size=9,
        family="dv",
        bold_first_col=True,
    )
    cl = [
        (
            "PRIMERA. Objeto.",
            "LA AGENCIA gestiona la contratación de LA TRABAJADORA por EL "
            "EMPLEADOR para la campaña de frutos rojos 2026 en Huelva, España.",
        ),
        (
            "SEGUNDA. Labores.",
            "Recolección manual de fresa, arándano y frambuesa en invernaderos "
            "de túnel, selección y envasado en campo, y limpieza de las líneas de cultivo.",
        ),
        (
            "TERCERA. Lugar.",
            "Fincas de EL EMPLEADOR en los términos municipales de Moguer y "
            "Lucena del Puerto (Huelva).",
        ),
        ("CUARTA. Duración.", "Del 2 de febrero de 2026 al 15 de junio de 2026."),
        ("QUINTA. Jornada.", "39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas."),
        (
            "SEXTA. Salario.",
            "8,56 euros brutos por hora efectiva de trabajo, según el convenio "
            "colectivo del campo de la provincia de Huelva, abonados por transferencia a la cuenta "
            "bancaria de LA TRABAJADORA.",
        ),
        (
            "SÉPTIMA. Descuentos.",
            "De la nómina solo se descuentan la cuota obrera a la Seguridad "
            "Social y la retención del IRPF que marca la ley española.",
        ),
        (
            "OCTAVA. Pagos a LA AGENCIA.",
            "Por la inscripción en el programa y la gestión de su "
            "vacante, LA TRABAJADORA consignará a LA AGENCIA la suma de COP 2.800.000 en la cuenta "
            "indicada en el anexo.",
        ),
        (
            "NOVENA. Exámenes médicos.",
            "Los exámenes médicos ocupacionales y la prueba de "
            "tuberculosis se realizan en la IPS Salud Andina de Bogotá, y su valor de COP 480.000 "
            "lo asume LA TRABAJADORA.",
        ),
    ]
    for lead, txt in cl:
        P(pdf, f"**{lead}** {txt}", md=True, after=2)

    image_page(pdf, render_scan(BH07_SCAN, 210, 297, seed=707))

    pdf.add_page()
    P(
        pdf,
        "Para constancia se firma en Bogotá D.C., el 14 de noviembre de 2025, en dos "
        "ejemplares del mismo tenor.",
        after=4,
    )
    sign_table(
        pdf,
        [
            ("Por LA AGENCIA", "Julián Andrés Rendón Mejía, Representante legal"),
            ("LA TRABAJADORA", "Yurani Patricia Ospina Castaño"),
        ],
        height=26,
        family="dv",
    )
    H(pdf, "ANEXO - DATOS PARA CONSIGNACIÓN", 10, family="dv", before=6)
    grid(
        pdf,
        [
            ["Dato", "Valor"],
            ["Titular", "Horizonte Ibérico Talento S.A.S."],
            ["Banco", "Banco Cafetero del Norte"],
            ["Cuenta de ahorros", "0347-2291-0068"],
            ["Referencia", "Número de cédula de LA TRABAJADORA"],
        ],
        (0.3, 0.7),
        size=9,
        family="dv",
    )
    pdf.output(str(path))


# =========================================================================== bh08
def bh08(path):
    """H-2B, Spanish, two-column Q&A job terms, compliant."""
    pdf = Doc("Letter", (16, 34, 16), bottom=16, font="dv", size=9)

    def hdr(p):
        p.set_fill_color(233, 240, 228)
        p.rect(0, 0, p.w, 26, "F")
        p.set_font("dv", "B", 13)
        p.set_text_color(40, 80, 40)
        p.set_xy(16, 6)
        p.cell(0, 6, "OUACHITA RIDGE REFORESTATION LLC")
        p.set_font("dv", "", 8)
        p.set_text_color(50)
        p.set_xy(16, 13)
        p.cell(0, 4, "2207 Mill Creek Road, Mena, Arkansas 71953 · (479) 555-0148")
        p.set_xy(16, 18)
        p.cell(0, 4, "Caso H-400-25330-702118 · Copia en español para el trabajador")
        p.set_text_color(0)
        p.set_y(32)

    def ftr(p):
        p.set_y(-11)
        p.set_font("dv", "", 7)
        p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "CONDICIONES DE TRABAJO H-2B - TEMPORADA DE PLANTACIÓN 2026",
        12,
        before=0,
        color=(40, 80, 40),
        after=3,
    )
    qa = [
        (
            "¿Quién me contrata?",
            "Ouachita Ridge Reforestation LLC, 2207 Mill Creek Road, Mena, "
            "Arkansas 71953, Estados Unidos.",
        ),
        (
            "¿Cuál es el trabajo?",
            "Plantador de árboles (trabajador forestal, SOC 45-4011): "
            "plantar a mano plántulas de pino con pala o barra plantadora, cargar la bolsa de "
            "plántulas, y limpiar y marcar las áreas de plantación.",
        ),
        (
            "¿Qué se necesita?",
            "Tres meses de experiencia en plantación de árboles o en trabajo "
            "agrícola de campo, y poder caminar todo el día en terreno con pendiente cargando "
            "hasta 40 libras.",
        ),
        (
            "¿Dónde trabajaré?",
            "En terrenos forestales de nuestros clientes en los condados de "
            "Polk, Montgomery y Scott, Arkansas, y en el condado de McCurtain, Oklahoma.",
        ),
        ("¿Cuándo?", "Del 5 de enero al 30 de abril de 2026."),
        (
            "¿Cuántas horas?",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media "
            "hora de comida sin pago.",
        ),
        (
            "¿Cuánto me pagan?",
            "$15.20 por hora, o $0.09 por plántula plantada cuando eso le dé "
            "más en la semana. La cuota diaria de producción es de 1,500 plántulas; a quien no "
            "llegue a la cuota se le da capacitación, no descuentos.",
        ),
        (
            "¿Y si sube el salario?",
            "Si durante la temporada se publica un salario prevaleciente "
            "o un salario mínimo más alto, se le paga desde el día en que entre en vigor.",
        ),
        ("¿Hay horas extra?", "Sí: cada hora después de 40 en la semana se paga a $22.80."),
        (
            "¿Cada cuándo me pagan?",
            "Cada viernes (semanal), con un talón que muestra las horas "
            "ofrecidas, las horas trabajadas, las plántulas, la tarifa, lo ganado y cada "
            "descuento.",
        ),
        (
            "¿Qué me descuentan?",
            "Impuestos federales y estatales, Seguro Social y Medicare. Nada "
            "más sin su permiso por escrito.",
        ),
        (
            "¿Tengo trabajo garantizado?",
            "Sí: se le ofrece trabajo por al menos tres cuartas "
            "partes de los días laborables de cada periodo de 6 semanas (la temporada dura menos "
            "de 120 días); si no, se le paga la diferencia.",
        ),
        (
            "¿Quién paga mi viaje de ida?",
            "El autobús y las comidas desde su pueblo hasta Mena se "
            "le reembolsan en la primera semana de trabajo.",
        ),
        (
            "¿Y el regreso?",
            "Al terminar la temporada, o si lo despedimos antes sin causa, "
            "pagamos su autobús y sus comidas de regreso.",
        ),
        (
            "¿Y la visa?",
            "El empleador le paga en la primera semana la tarifa de la visa, el "
            "trámite de la visa y el cruce fronterizo.",
        ),
        (
            "¿Dónde voy a vivir?",
            "Durante las rotaciones la empresa paga cuartos de motel cerca "
            "de cada área de plantación, sin costo para usted. Usted puede salir del motel cuando "
            "quiera en su tiempo libre.",
        ),
        (
            "¿Tengo que comprar herramientas?",
            "No. Palas, barras plantadoras, bolsas, botas y "
            "cascos se entregan gratis y sin depósito.",
        ),
        (
            "¿Y si me voy o me despiden?",
            "Si falta 5 días de trabajo seguidos sin avisar, se "
            "considera abandono y la empresa debe informarlo al gobierno. Solo lo pueden despedir "
            "por causa justificada, explicada por escrito.",
        ),
        (
            "¿Y si un incendio o una tormenta paran el trabajo?",
            "Si un incendio forestal, una "
            "tormenta de hielo u otra causa fuera de nuestro control hace imposible el trabajo, el "
            "contrato puede terminar antes con permiso del Departamento de Trabajo, pero se le paga "
            "lo ganado, la garantía hasta ese día y su regreso.",
        ),
        (
            "¿Alguien me puede cobrar por este trabajo?",
            "No. Ni la empresa ni ningún reclutador "
            "le puede cobrar. Su pasaporte es suyo y usted lo guarda.",
        ),
    ]
    columns(pdf, [f"**{q}**\n{a}" for q, a in qa], size=9, family="dv", gutter=8, gap=2.6)
    pdf.add_page()
    H(pdf, "REGLAS DE LA CUADRILLA", 11, before=0, color=(40, 80, 40), after=2)
    bullets(
        pdf,
        [
            "La camioneta de la empresa lo lleva gratis del motel al área de plantación y de "
            "regreso; nadie maneja sin licencia.",
            "Cada mañana el mayordomo revisa las plántulas con la cuadrilla. Las plántulas que se "
            "secan o se dañan en el camión no se le cobran a nadie.",
            "Use siempre casco y lentes cuando se trabaje cerca de maquinaria de corte.",
            "Si hay tormenta eléctrica, todos regresan a la camioneta; ese tiempo de espera se paga.",
            "El agua potable y el botiquín van en cada camioneta.",
            "Las quejas se pueden presentar al mayordomo, a la oficina o al Departamento de Trabajo "
            "sin ningún castigo.",
        ],
        size=9,
        md=False,
        after=1,
    )
    pdf.ln(5)
    P(
        pdf,
        "Firmas. Este documento es el contrato de trabajo; el trabajador recibe una copia firmada.",
        size=8.5,
        style="I",
    )
    pdf.ln(2)
    sign_table(
        pdf,
        [
            ("Por la empresa", "Travis Hollister, Gerente de campo"),
            ("Trabajador", "Nombre y firma"),
        ],
        height=22,
        family="dv",
    )
    pdf.output(str(path))


# =========================================================================== bh09
def bh09(path):
    """H-2B, English, carnival crew agreement and show rules."""
    pdf = Doc("Letter", (16, 22, 16), bottom=16, font="ln", size=9.8)

    def hdr(p):
        p.set_font("ln", "B", 9)
        p.set_fill_color(150, 20, 40)
        p.set_text_color(255)
        p.set_xy(16, 8)
        p.cell(
            p.w - 32,
            7,
            "  BRIGHT MERIDIAN SHOWS, INC.  -  2026 CREW AGREEMENT AND SHOW RULES",
            fill=True,
        )
        p.set_text_color(0)
        p.set_y(20)

    def ftr(p):
        p.set_y(-11)
        p.set_font("ln", "", 7.5)
        p.cell(0, 4, f"Crew agreement 2026 - {p.page_no()}/{{nb}}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(pdf, "A. EMPLOYER AND JOB", 11, before=0, color=(150, 20, 40))
    bullets(
        pdf,
        [
            "**Employer:** Bright Meridian Shows, Inc., winter quarters at 640 Fairground Loop, "
            "Gibsonton, FL 33534; phone (813) 555-0199.",
            "**Position:** Amusement ride operator and game attendant (SOC 39-3091). Crew members "
            "help set up and tear down rides and games at each fair, run rides according to the "
            "manufacturer's manual, check riders' restraints, take ticket fees at the ride "
            "entrance, hand out prizes and keep the midway clean.",
            "**Requirements:** At least 18 years old, able to lift 50 pounds and to climb ride "
            "structures wearing a harness. No experience is needed.",
            "**Season:** March 9, 2026 to October 25, 2026.",
            "**Hours:** 40 hours per week. On fair days crews usually work from 1:00 p.m. to "
            "11:30 p.m. with a one-hour unpaid break; set-up days run from 7:00 a.m. to 4:00 p.m.",
            "**Pay:** $15.75 per hour; hours over 40 in a week are paid at $23.63. If a higher "
            "prevailing or minimum wage applies at any fair, that wage is paid.",
            "**Payday:** Every Monday, for the week before, on a pay card, with a written statement "
            "of hours offered, hours worked, rate, gross pay and each deduction.",
            "**Deductions:** Federal income tax, Social Security and Medicare, and the uniform "
            "package in Rule 4.",
        ],
        sym="-",
        after=0.6,
    )
    H(pdf, "Worksites - 2026 route", 10, color=(150, 20, 40))
    grid(
        pdf,
        [
            ["Fair", "City", "Dates"],
            ["Hillsborough Spring Jubilee", "Plant City, Florida", "March 12 - March 22"],
            ["Tri-County Azalea Fair", "Valdosta, Georgia", "March 27 - April 12"],
            ["Piedmont Spring Carnival", "Spartanburg, South Carolina", "April 17 - May 3"],
            ["Shenandoah Firemen's Fair", "Harrisonburg, Virginia", "May 8 - May 25"],
            ["Three Rivers Summer Fest", "Wheeling, West Virginia", "June 5 - July 5"],
            ["Allegheny County Fair", "Cumberland, Maryland", "July 17 - August 9"],
            ["Keystone Harvest Fair", "Chambersburg, Pennsylvania", "August 21 - September 20"],
            ["Coastal Plains Fall Fair", "Kinston, North Carolina", "October 1 - October 18"],
        ],
        (0.42, 0.34, 0.24),
        size=9,
        family="ln",
        head_fill=(240, 215, 215),
    )
    H(pdf, "B. TRAVEL", 11, color=(150, 20, 40))
    bullets(
        pdf,
        [
            "**Travel to Gibsonton:** bus fare and meals from the worker's home town are repaid in "
            "the first paycheck.",
            "**Travel home:** bus fare home is paid by the show when the season ends or if the show "
            "lets the worker go early without cause.",
        ],
        sym="-",
        after=0.6,
    )
    H(pdf, "C. HOUSING", 11, color=(150, 20, 40))
    P(
        pdf,
        "Bunk trailers travel with the show. A bunk is provided at no charge, with showers "
        "and a cook trailer.",
    )

    pdf.add_page()
    H(pdf, "D. ENDING THE JOB", 11, before=0, color=(150, 20, 40))
    bullets(
        pdf,
        [
            "**Abandonment:** leaving the show without notice for 5 consecutive working days is "
            "abandonment and is reported to the Department of Labor and DHS as the rules require.",
            "**Discharge:** crew members may be discharged for theft, drinking on the midway or "
            "fighting.",
            "**Cancelled fairs:** if a hurricane, flood or fire cancels a fair, the show moves to "
            "the next date on the route; if the rest of the season becomes impossible, the show "
            "pays the wages earned and the bus home.",
        ],
        sym="-",
        after=0.6,
    )
    H(pdf, "E. SHOW RULES", 11, color=(150, 20, 40))
    rules = [
        "All ride tools, wrenches, pins and lockout kits are supplied by the show at no cost.",
        "Safety orientation and the ride-operator certification class are given on paid time "
        "at no cost to crew members.",
        "The show pays all state ride-inspection and permit fees.",
        "Each crew member must buy the show's uniform package (two polo shirts, a cap and a "
        "fall-arrest harness) for $85.00, deducted over the first two paydays.",
        "No alcohol or drugs on the lot during working hours.",
        "The cost of repairing any ride part, game prize or bunk trailer fixture that a crew "
        "member damages through carelessness will be deducted from that crew member's pay.",
        "During the season, crew members may not leave the midway or the bunk trailers after "
        "the 1:00 a.m. lot curfew, and trips off the lot on dark days require a pass signed by "
        "the crew boss.",
        "Cash from the ticket boxes is counted with a manager present.",
        "Report every injury to the crew boss the same day; the show carries workers' "
        "compensation insurance.",
        "Keep your personal documents with you; the office does not hold passports.",
    ]
    for i, r in enumerate(rules, 1):
        pdf.set_font("ln", "B", 9.8)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 4.5, f"{i}.")
        pdf.set_font("ln", "", 9.8)
        pdf.multi_cell(pdf.epw - 10, 4.5, r, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    H(pdf, "F. ACKNOWLEDGMENT", 11, color=(150, 20, 40), before=4)
    P(
        pdf,
        "I received this agreement in a language I understand and I accept the terms above.",
        after=4,
    )
    sign_table(
        pdf,
        [
            ("Crew member", "Name and signature"),
            ("For the show", "Rodney Castellaw, General Manager"),
        ],
        height=22,
        family="ln",
    )
    pdf.output(str(path))


# =========================================================================== bh10
def bh10(path):
    """H-2B, Spanish, Honduran recruiter services contract on legal paper."""
    pdf = Doc("Legal", (22, 32, 22), bottom=20, font="lsr", size=10.4)

    def hdr(p):
        p.set_font("ls", "B", 12)
        p.set_xy(22, 10)
        p.cell(0, 6, "GRUPO MIGRALAB HONDURAS, S. DE R.L.", align="C")
        p.set_font("ls", "", 8)
        p.set_xy(22, 16.5)
        p.cell(
            0,
            4,
            "Asesoría migratoria y laboral · Barrio Río de Piedras, 8 calle, 20 avenida "
            "S.O., San Pedro Sula, Cortés · +504 2555-0173",
            align="C",
        )
        p.line(22, 22, p.w - 22, 22)
        p.line(22, 22.8, p.w - 22, 22.8)
        p.set_y(30)

    def ftr(p):
        p.set_y(-14)
        p.set_font("ls", "", 8)
        p.cell(
            0,
            5,
            f"Página {p.page_no()} de {{nb}}        Firma de EL CLIENTE: ____________",
            align="C",
        )

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "CONTRATO DE SERVICIOS DE ASESORÍA MIGRATORIA LABORAL\nPROGRAMA H-2B 2026",
        12,
        family="ls",
        before=0,
        after=3,
    )
    P(
        pdf,
        "Entre GRUPO MIGRALAB HONDURAS, S. DE R.L., en adelante LA AGENCIA, y la persona "
        "cuyos datos aparecen al final, en adelante EL CLIENTE, se celebra el presente "
        "contrato, sujeto a los artículos siguientes.",
        after=2.5,
    )
    P(
        pdf,
        "**ARTÍCULO 1. Del empleo.** LA AGENCIA asesora a EL CLIENTE para obtener una visa "
        "H-2B y trabajar para Live Oak Grounds Management LLC, 905 Magnolia Industrial "
        "Boulevard, Conroe, Texas 77301, en las condiciones del cuadro siguiente.",
        md=True,
    )
    grid(
        pdf,
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Trabajador de jardinería y paisajismo: cortar césped, podar arbustos, "
                "plantar flores, aplicar mantillo, operar podadoras y sopladoras.",
            ],
            [
                "Requisitos",
                "Seis meses de experiencia en jardinería y licencia de conducir vigente.",
            ],
            [
                "Lugar",
                "Residencias y centros comerciales atendidos por la empresa en Conroe, The "
                "Woodlands y Spring, Texas.",
            ],
            ["Periodo", "Del 1 de marzo al 15 de diciembre de 2026."],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30."],
            [
                "Salario",
                "$15.60 por hora. Si durante la temporada cambia el salario prevaleciente o "
                "el mínimo federal o estatal, se paga el más alto.",
            ],
            ["Pago", "Cada dos semanas, por depósito en tarjeta de nómina."],
            ["Descuentos", "Impuestos federales, Seguro Social y Medicare."],
            [
                "Garantía",
                "Trabajo por al menos tres cuartas partes de los días laborables de cada "
                "periodo de 12 semanas.",
            ],
            [
                "Viaje",
                "El empleador reembolsa el boleto aéreo San Pedro Sula-Houston y las comidas "
                "del viaje en la primera semana; al terminar la temporada paga el regreso.",
            ],
            ["Visa", "El empleador reembolsa la tarifa de la visa en el primer pago."],
            [
                "Terminación",
                "El abandono de 5 días seguidos o el despido por causa justificada "
                "terminan el contrato sin pago del regreso.",
            ],
        ],
        (0.22, 0.78),
        size=9.6,
        family="lsr",
        bold_first_col=True,
        head_fill=(230, 230, 230),
    )
    arts = [
        (
            "ARTÍCULO 2. Honorarios.",
            "Por concepto de honorarios de asesoría, preparación para "
            "la entrevista consular y seguimiento del expediente, EL CLIENTE pagará a LA AGENCIA la "
            "suma de dieciocho mil lempiras (L 18,000.00). Los honorarios no son reembolsables una "
            "vez presentada la solicitud de visa.",
        ),
        (
            "ARTÍCULO 3. Fondo solidario.",
            "EL CLIENTE aportará L 1,500.00 al Fondo Solidario del "
            "Trabajador Migrante, que cubre gastos funerarios y de repatriación en caso de "
            "enfermedad grave o muerte.",
        ),
        (
            "ARTÍCULO 4. Custodia de documentos.",
            "El pasaporte y la tarjeta de identidad de EL "
            "CLIENTE quedarán en custodia de LA AGENCIA desde la aprobación de la visa hasta el "
            "día del vuelo.",
        ),
        (
            "ARTÍCULO 5. Garantías.",
            "LA AGENCIA no pide depósitos, pagarés ni garantías de ningún tipo.",
        ),
        (
            "ARTÍCULO 6. Retiro.",
            "EL CLIENTE puede retirarse del proceso en cualquier momento "
            "sin pagar multa ni penalidad.",
        ),
    ]
    for lead, txt in arts:
        P(pdf, f"**{lead}** {txt}", md=True, after=2.2)

    pdf.add_page()
    H(
        pdf,
        "AVISO IMPORTANTE (léalo con calma)",
        11.5,
        family="ls",
        before=0,
        after=2.5,
        fill=(250, 240, 200),
    )
    bullets(
        pdf,
        [
            "Ojo: los honorarios se pagan en efectivo en la oficina o por depósito a la cuenta de "
            "la agencia; guarde su boleta.",
            "La agencia no cobra por la visa: la tarifa de la visa se la devuelve el patrón en su "
            "primer cheque.",
            "No firme papeles en blanco.",
            "Si alguien le pide dinero extra en la frontera, avísenos al WhatsApp +504 9555-0126.",
        ],
        family="ls",
        size=10,
        md=False,
        after=1.2,
    )
    pdf.ln(8)
    P(
        pdf,
        "Firmado en San Pedro Sula, Cortés, a los ____ días del mes de ____________ de 2026.",
        after=5,
    )
    sign_table(
        pdf,
        [("EL CLIENTE", "Nombre: ______________  DNI: ___________"), ("Huella", "")],
        height=30,
        family="ls",
    )
    sign_table(
        pdf,
        [("Por LA AGENCIA", "Lic. Karla Yessenia Bonilla Mejía, Gerente")],
        height=22,
        family="ls",
    )
    pdf.output(str(path))


# =========================================================================== bh11
def bh11(path):
    """Generic (Nepal to Malaysia), English, employment contract, compliant."""
    pdf = Doc("A4", (20, 30, 20), bottom=18, font="dvs", size=9.4)

    def hdr(p):
        p.set_font("dvs", "B", 11)
        p.set_xy(20, 10)
        p.cell(0, 5, "SERENDAH PRECISION MOULDING SDN. BHD.", align="C")
        p.set_font("dvs", "", 7.5)
        p.set_xy(20, 15.5)
        p.cell(
            0,
            4,
            "(Company No. 201401022871)  Lot 18, Jalan Industri 3, Kawasan Perindustrian "
            "Serendah, 48200 Serendah, Selangor",
            align="C",
        )
        p.set_y(27)

    def ftr(p):
        p.set_y(-12)
        p.set_font("dvs", "I", 7.5)
        p.cell(
            0,
            5,
            f"Contract of employment - page {p.page_no()} of {{nb}} - Worker's initials: ______",
            align="C",
        )

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(pdf, "CONTRACT OF EMPLOYMENT FOR FOREIGN WORKER", 12.5, family="dvs", before=0, after=2.5)
    grid(
        pdf,
        [
            ["Party", "Particulars"],
            [
                "Employer",
                "Serendah Precision Moulding Sdn. Bhd., Lot 18, Jalan Industri 3, Kawasan "
                "Perindustrian Serendah, 48200 Serendah, Selangor, Malaysia",
            ],
            [
                "Worker",
                "Mr. Bikash Tamang, Nepali citizen, passport no. PA0917364, of Ward 4, "
                "Dhunche, Rasuwa District, Nepal",
            ],
            [
                "Recruiting agency (Nepal)",
                "Himal Setu Manpower Pvt. Ltd., Licence No. 1187/076/77, Basundhara, Kathmandu",
            ],
        ],
        (0.27, 0.73),
        size=8.8,
        family="dvs",
        bold_first_col=True,
    )
    cl = [
        (
            "1. Position and duties.",
            "Production Operator: loading resin into injection-moulding "
            "machines, removing and trimming moulded parts, visual inspection against samples, "
            "packing finished parts into cartons, and keeping the work area clean.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at Lot 18, Jalan Industri 3, Kawasan "
            "Perindustrian Serendah, 48200 Serendah, Selangor.",
        ),
        (
            "3. Duration.",
            "Twenty-four (24) months, from 3 March 2026 to 2 March 2028, renewable "
            "by mutual written agreement.",
        ),
        (
            "4. Hours of work.",
            "45 hours per week: Monday to Friday 8:00 a.m. to 5:00 p.m. (8 "
            "hours with a one-hour meal break) and Saturday 8:00 a.m. to 1:00 p.m. Sunday is the "
            "paid weekly rest day.",
        ),
        (
            "5. Wages.",
            "Basic wage of RM 1,800 per month. Overtime is paid at 1.5 times the "
            "hourly rate on working days, 2 times on rest days and 3 times on public holidays.",
        ),
        (
            "6. Payment.",
            "Wages are paid monthly into the Worker's own bank account, no later than "
            "the 7th day of the following month, with an itemised payslip.",
        ),
        (
            "7. Deductions.",
            "Only deductions allowed by the Employment Act 1955 are made: the "
            "Worker's share of the statutory SOCSO and EIS contributions, and any deduction the "
            "Worker requests in writing. No deduction is made for recruitment, levy, "
            "accommodation, transport or equipment.",
        ),
        (
            "8. Zero-cost recruitment.",
            "The Employer pays all recruitment fees and related "
            "costs, including the service charge of Himal Setu Manpower Pvt. Ltd., the foreign "
            "worker levy, visa and work pass fees, the FOMEMA and pre-departure medical "
            "examinations, the pre-departure orientation, and the air ticket from Kathmandu to "
            "Kuala Lumpur. The Worker shall not pay anything to anyone to obtain or keep this "
            "job.",
        ),
        (
            "9. Accommodation and transport.",
            "Accommodation certified under the Employees' "
            "Minimum Standards of Housing, Accommodations and Amenities Act 1990 is provided free "
            "of charge at No. 7, Jalan Kenanga 2, Taman Serendah Jaya, together with free "
            "transport to the factory.",
        ),
    ]
    for lead, txt in cl:
        P(pdf, f"**{lead}** {txt}", md=True, after=1.8)

    pdf.add_page()
    cl2 = [
        (
            "10. Insurance.",
            "The Employer pays the premiums for the Foreign Workers "
            "Hospitalisation and Surgical Insurance Scheme and registers the Worker with SOCSO for "
            "employment injury cover.",
        ),
        (
            "11. Personal documents.",
            "The Worker keeps his passport and work pass. The Employer "
            "provides a personal locker whose only key is held by the Worker.",
        ),
        (
            "12. Protective equipment.",
            "Safety shoes, gloves, ear protection and uniforms are "
            "supplied free and replaced when worn out.",
        ),
        (
            "13. Leave.",
            "Twelve days of paid annual leave per year, paid sick leave as provided "
            "in the Employment Act 1955, and the gazetted public holidays.",
        ),
        (
            "14. Termination.",
            "Either party may end this contract by giving one month's written "
            "notice or paying one month's wages in lieu of notice. No penalty, fee or forfeiture "
            "applies to the Worker for ending the contract. The Employer may dismiss the Worker "
            "for misconduct only after a due inquiry.",
        ),
        (
            "15. Repatriation.",
            "When the contract ends for any reason, the Employer pays the "
            "Worker's air ticket from Kuala Lumpur to Kathmandu.",
        ),
        (
            "16. Grievances.",
            "The Worker may raise complaints with the Employer's welfare "
            "officer, the Labour Department or the Embassy of Nepal without any retaliation.",
        ),
        ("17. Language.", "A Nepali translation is attached and has equal force."),
    ]
    for lead, txt in cl2:
        P(pdf, f"**{lead}** {txt}", md=True, after=1.8)
    pdf.ln(6)
    sign_table(
        pdf,
        [
            ("For the Employer", "Tan Wei Ling, Human Resources Manager"),
            ("Worker", "Bikash Tamang"),
            ("Witness", "Name: ________________"),
        ],
        height=26,
        family="dvs",
    )
    P(pdf, "Signed at Kathmandu on 9 January 2026.", size=8.5, style="I")
    pdf.output(str(path))


# =========================================================================== bh12
def bh12(path):
    """Generic (Kenya to Qatar), English, pre-departure agreement with deduction schedule."""
    pdf = Doc("A4", (18, 32, 18), bottom=18, font="ls", size=9.8)

    def hdr(p):
        p.set_fill_color(245, 170, 40)
        p.rect(18, 9, 6, 14, "F")
        p.set_font("ls", "B", 12.5)
        p.set_xy(27, 9)
        p.cell(0, 6, "JAMBO HORIZONS RECRUITMENT AGENCY LTD.")
        p.set_font("ls", "", 8)
        p.set_xy(27, 15.5)
        p.cell(0, 4, "Licence No. RA/2023/0417 · Ngong Road, Kilimani, Nairobi · +254 20 555 0190")
        p.set_y(30)

    def ftr(p):
        p.set_y(-12)
        p.set_font("ls", "", 7.5)
        p.cell(0, 5, f"JHR/PDA/2026 - page {p.page_no()}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(pdf, "WORKER'S PRE-DEPARTURE AGREEMENT AND SCHEDULE OF DEDUCTIONS", 12, before=0, after=2.5)
    P(
        pdf,
        "This agreement is between Jambo Horizons Recruitment Agency Ltd. (the Agency) and "
        "Mr. Kelvin Otieno Wanyama, ID No. 31884207 (the Worker), for employment with Al "
        "Sadaf Facility Guard Services W.L.L., Building 27, Street 340, Zone 56, Doha, Qatar "
        "(the Employer).",
        after=2.5,
    )
    H(pdf, "PART A - JOB OFFER", 10.5)
    grid(
        pdf,
        [
            ["Term", "Details"],
            [
                "Position",
                "Security guard: static and patrol duties at client malls and residential "
                "compounds, access control at gates, CCTV monitoring and written incident "
                "reports.",
            ],
            [
                "Place of work",
                "Client sites in Doha and Lusail, Qatar, as assigned by the Employer.",
            ],
            ["Contract period", "Two years, from 1 April 2026 to 31 March 2028."],
            [
                "Working hours",
                "As per the site roster and the operational requirements of the Employer.",
            ],
            [
                "Salary",
                "QAR 1,200 basic per month plus a QAR 300 monthly food allowance paid to the "
                "Worker; shared accommodation and transport to sites are provided free by "
                "the Employer.",
            ],
            [
                "Payment",
                "Monthly, through the Wage Protection System into the Worker's Qatari bank "
                "account.",
            ],
            ["Deductions", "Only the items listed in Part C."],
            [
                "Return ticket",
                "Economy ticket Doha to Nairobi paid by the Employer at the end of the contract.",
            ],
            [
                "Termination",
                "Either party may terminate with one month's written notice under the "
                "Qatar Labour Law; the Employer may dismiss without notice only for the "
                "reasons listed in Article 61 of that law.",
            ],
        ],
        (0.22, 0.78),
        size=9.2,
        family="ls",
        bold_first_col=True,
        head_fill=(252, 228, 180),
    )
    H(pdf, "PART B - WORKER'S UNDERTAKINGS", 10.5)
    und = [
        (
            "B1.",
            "Before departure the Worker shall attend the five-day Gulf Security Induction "
            "and Fire Marshal course at the Agency's training centre, at a cost of KES 38,000 "
            "payable by the Worker.",
        ),
        (
            "B2.",
            "The Agency may lend the Worker up to KES 60,000 for pre-departure expenses, "
            "which the Employer will recover from the Worker's salary, with interest of 5% per "
            "month, and remit to the Agency.",
        ),
        (
            "B3.",
            "As security for faithful completion of the contract, the Worker shall deposit "
            "with the Agency two post-dated cheques of KES 75,000 each, signed by a guarantor.",
        ),
    ]
    for lead, txt in und:
        P(pdf, f"**{lead}** {txt}", md=True, after=1.8, indent=2)

    pdf.add_page()
    und2 = [
        (
            "B4.",
            "The Employer pays the Qatar work visa and residence permit (QID) fees and the "
            "medical examination in Doha.",
        ),
        ("B5.", "The Worker keeps his passport at all times; the Employer may not hold it."),
    ]
    for lead, txt in und2:
        P(pdf, f"**{lead}** {txt}", md=True, after=1.8, indent=2)
    H(pdf, "PART C - SCHEDULE OF DEDUCTIONS FROM SALARY", 10.5)
    grid(
        pdf,
        [
            ["Item", "Amount", "Recovery"],
            [
                "Outbound air ticket, Nairobi to Doha",
                "QAR 1,650",
                "From the first three salaries, QAR 550 per month",
            ],
            [
                "Repayment of the pre-departure loan under B2 (if taken)",
                "Up to KES 60,000 plus interest",
                "Monthly until repaid",
            ],
        ],
        (0.45, 0.22, 0.33),
        size=9.2,
        family="ls",
        head_fill=(252, 228, 180),
    )
    P(
        pdf,
        "The Worker confirms that the contents of this agreement were explained to him in "
        "Kiswahili and that he signs it voluntarily.",
        after=6,
    )
    sign_table(
        pdf,
        [
            ("Worker", "Kelvin Otieno Wanyama"),
            ("For the Agency", "Grace Njeri Mwangi, Director"),
            ("Witness", "Name: ________________"),
        ],
        height=24,
        family="ls",
    )
    P(pdf, "Signed at Nairobi on 12 February 2026.", size=8.5, style="I")
    pdf.output(str(path))


BUILDERS = {
    "bh01.pdf": bh01,
    "bh02.pdf": bh02,
    "bh03.pdf": bh03,
    "bh04.pdf": bh04,
    "bh05.pdf": bh05,
    "bh06.pdf": bh06,
    "bh07.pdf": bh07,
    "bh08.pdf": bh08,
    "bh09.pdf": bh09,
    "bh10.pdf": bh10,
    "bh11.pdf": bh11,
    "bh12.pdf": bh12,
}


# --------------------------------------------------------------------------- verify
def norm(s: str) -> str:
    return " ".join((s or "").split())


def page_candidates(page):
    """Texts in which a quote may appear: the page, its halves (two-column layouts) and
    every table cell (multi-column grids interleave lines in plain extraction)."""
    out = [norm(page.extract_text() or "")]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(norm(page.crop(box).extract_text() or ""))
    for table in page.extract_tables():
        for row in table:
            for cell in row:
                if cell:
                    out.append(norm(cell))
    return out


def verify(out_dir: Path, labels) -> list[str]:
    import pdfplumber

    errors = []
    for lab in labels:
        f = out_dir / lab["file"]
        if not f.exists():
            errors.append(f"{lab['file']}: missing")
            continue
        scanned = set(lab["scanned"] or [])
        with pdfplumber.open(str(f)) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pdf.pages)} pages, labelled {lab['pages']}")
                continue
            for pn in scanned:
                if pdf.pages[pn - 1].chars:
                    errors.append(f"{lab['file']}: scanned page {pn} has a text layer")
            cands = {i + 1: page_candidates(p) for i, p in enumerate(pdf.pages)}
        for fee in lab["fees"]:
            if fee["page"] in scanned:
                continue
            q = norm(fee["quote"])
            if not any(q in c for c in cands.get(fee["page"], [])):
                errors.append(
                    f"{lab['file']}: {fee['category']} quote not on page {fee['page']}: {q[:70]}"
                )
        alltext = " ".join(c for pn, cs in cands.items() if pn not in scanned for c in cs)
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errors.append(f"{lab['file']}: recruiter not printed: {r}")
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    names = [lab["file"] for lab in labels]
    if sorted(names) != sorted(BUILDERS):
        print("labels.json and builders disagree", file=sys.stderr)
        return 1
    for name, fn in BUILDERS.items():
        fn(out_dir / name)
    shutil.copyfile(LABELS, out_dir / "labels.json")
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH", e, file=sys.stderr)
    if errors:
        return 1
    print(f"built and verified {len(BUILDERS)} PDFs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
