#!/usr/bin/env python3
"""Held-out contract batch "ay": writes ay01.pdf ... ay12.pdf and labels.json into OUT_DIR.

Usage:  python build.py OUT_DIR

Every employer, recruiter, worker, place and sentence below is fictional and was written
for this batch. The output is deterministic (fixed creation date, fixed random seeds).
After writing, the script reopens every PDF with pdfplumber and checks the page count,
that each labelled fee quote is printed on its labelled page (whitespace-normalised;
scanned pages are skipped but must carry no text layer) and that every labelled recruiter
name is printed. It exits non-zero on any mismatch.
"""

import datetime
import io
import json
import os
import shutil
import sys

import numpy as np
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime.datetime(2026, 1, 12, 9, 30, 0, tzinfo=datetime.UTC)

FONTS = {
    "sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}
LFONTS = {
    "lsans": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "lserif": (
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    "narrow": (
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    ),
}


# --------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(
        self, fmt="Letter", orientation="P", margins=(20, 18, 20), bottom=20, title="", author=""
    ):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        for fam, files in FONTS.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, DJ + f)
        for fam, files in LFONTS.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, LB + f)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout batch ay")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.hdr = None
        self.ftr = None
        self.scan_pages = set()

    def header(self):
        if self.hdr and self.page not in self.scan_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page not in self.scan_pages:
            self.ftr(self)


def P(
    pdf,
    text,
    size=10,
    fam="serif",
    style="",
    align="J",
    lh=None,
    md=False,
    indent=0.0,
    after=1.6,
    color=(0, 0, 0),
    w=None,
    keep=0.0,
):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)
    lh = lh or size * 0.47
    need = pdf.multi_cell(
        w=w or (pdf.epw - indent),
        h=lh,
        text=text,
        align=align,
        markdown=md,
        dry_run=True,
        output="HEIGHT",
    )
    if pdf.get_y() + need + keep > pdf.page_break_trigger:  # never split a paragraph across pages
        pdf.add_page()
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        w=w or (pdf.epw - indent),
        h=lh,
        text=text,
        align=align,
        markdown=md,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if after:
        pdf.ln(after)
    pdf.set_text_color(0, 0, 0)


def H(
    pdf,
    text,
    size=11.5,
    fam="sans",
    style="B",
    color=(0, 0, 0),
    fill=None,
    after=1.5,
    align="L",
    h=None,
    min_space=22,
):
    if pdf.get_y() + min_space > pdf.page_break_trigger:  # keep a heading with what follows
        pdf.add_page()
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.multi_cell(
        w=pdf.epw,
        h=h or size * 0.55,
        text=text,
        align=align,
        fill=bool(fill),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam="sans",
    head=True,
    lh=None,
    head_fill=(225, 225, 225),
    borders="ALL",
    md=False,
    align="LEFT",
    width=None,
    padding=1.3,
    bold_first_col=False,
):
    pdf.set_font(fam, "", size)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_text_color(0, 0, 0)
    style = FontFace(emphasis="BOLD", fill_color=head_fill)
    with pdf.table(
        col_widths=widths,
        width=width or pdf.epw,
        text_align=align,
        v_align="TOP",
        borders_layout=borders,
        first_row_as_headings=head,
        headings_style=style,
        line_height=lh or size * 0.48,
        padding=padding,
        markdown=md,
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if bold_first_col and j == 0 and not (head and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(2)


def band(pdf, y, h, color):
    pdf.set_fill_color(*color)
    pdf.rect(0, y, pdf.w, h, style="F")


def sig_block(pdf, labels, fam="sans", size=8.5, gap=8, line_w=None):
    """Signature lines side by side; labels: list of (role, name)."""
    n = len(labels)
    colw = (pdf.epw - gap * (n - 1)) / n
    pdf.ln(12)
    y = pdf.get_y()
    for i, (role, name) in enumerate(labels):
        x = pdf.l_margin + i * (colw + gap)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, y, x + (line_w or colw), y)
        pdf.set_xy(x, y + 1)
        pdf.set_font(fam, "B", size)
        pdf.multi_cell(colw, size * 0.45, role, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_x(x)
        pdf.set_font(fam, "", size)
        pdf.multi_cell(colw, size * 0.45, name, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, y + 14)


def scan_page(
    pdf,
    blocks,
    seed,
    dpi=200,
    font_body="DejaVuSerif.ttf",
    font_bold="DejaVuSerif-Bold.ttf",
    body_pt=11.0,
    margin_mm=22,
    angle=0.35,
    footer=None,
):
    """Typeset blocks with PIL, degrade the image like a phone/flatbed scan and embed it as a page.

    blocks: list of (kind, text) with kind in {"title", "h", "p", "gap"}.
    """
    wpx = int(round(pdf.w / 25.4 * dpi))
    hpx = int(round(pdf.h / 25.4 * dpi))
    img = Image.new("L", (wpx, hpx), 250)
    d = ImageDraw.Draw(img)
    px = lambda pt: int(round(pt * dpi / 72.0))  # noqa: E731
    body = ImageFont.truetype(DJ + font_body, px(body_pt))
    bold = ImageFont.truetype(DJ + font_bold, px(body_pt))
    title = ImageFont.truetype(DJ + font_bold, px(body_pt + 2.5))
    small = ImageFont.truetype(DJ + font_body, px(8))
    mx = int(round(margin_mm / 25.4 * dpi))
    maxw = wpx - 2 * mx
    y = mx
    lh = int(px(body_pt) * 1.38)

    def wrap(text, font):
        words, lines, cur = text.split(), [], ""
        for wd in words:
            cand = (cur + " " + wd).strip()
            if d.textlength(cand, font=font) <= maxw:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    for kind, text in blocks:
        if kind == "gap":
            y += lh // 2
            continue
        font = {"title": title, "h": bold, "p": body}[kind]
        for line in wrap(text, font):
            if kind == "title":
                tw = d.textlength(line, font=font)
                d.text(((wpx - tw) / 2, y), line, font=font, fill=20)
            else:
                d.text((mx, y), line, font=font, fill=25)
            y += lh if kind != "title" else int(lh * 1.15)
        y += lh // 3
    if footer:
        tw = d.textlength(footer, font=small)
        d.text(((wpx - tw) / 2, hpx - mx // 2 - px(8)), footer, font=small, fill=60)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    shade = np.linspace(0, 10, hpx, dtype=np.float32)[:, None]  # uneven lighting
    arr = arr - shade + rng.normal(0.0, 7.0, arr.shape).astype(np.float32)
    specks = rng.random(arr.shape) < 0.0004
    arr[specks] = 90
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").filter(
        ImageFilter.GaussianBlur(0.6)
    )
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, dpi=(dpi, dpi))
    buf.seek(0)
    pdf.scan_pages.add(pdf.page + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# =========================================================================== ay01
def ay01():
    """H-2A, English, certified job order; compliant."""
    pdf = Doc(
        "Letter",
        margins=(19, 30, 19),
        bottom=18,
        title="Redbud Hollow Farms - H-2A clearance order",
        author="Redbud Hollow Farms, LLC",
    )

    def hdr(p):
        band(p, 0, 22, (96, 28, 52))
        p.set_xy(19, 6)
        p.set_text_color(255, 255, 255)
        p.set_font("lsans", "B", 14)
        p.cell(0, 6, "REDBUD HOLLOW FARMS, LLC")
        p.set_xy(19, 13)
        p.set_font("lsans", "", 9)
        p.cell(
            0,
            5,
            "H-2A Clearance Order and Work Contract  |  ETA case H-300-26041-551902  |  NC SWA order 2026-NA-1187",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    def ftr(p):
        p.set_y(-13)
        p.set_font("lsans", "I", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            "Worker copy. This clearance order is your work contract if no separate contract is given to you.",
            align="L",
        )
        p.set_x(19)
        p.cell(0, 5, f"Page {p.page_no()} of {{nb}}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    f = "lserif"
    H(pdf, "1. Employer", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Redbud Hollow Farms, LLC, 4471 Stallings Mill Road, Spring Hope, North Carolina 27882. "
        "Telephone (252) 555-0187. Contact for this order: Marisol Batts, field office manager.",
        fam=f,
    )
    H(pdf, "2. Position and duties", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Title: Farmworker, crop and vegetable harvest (SOC 45-2092). Number of workers requested: 38.",
        fam=f,
    )
    P(
        pdf,
        "Sweet potatoes: follow the digger, pick potatoes from the row by hand, grade them by size and fill "
        "40-pound field boxes and 20-bushel bins; stack bins on trailers. Cucumbers: hand-pick pickling "
        "cucumbers into 5/8-bushel hampers and carry them to the end of the row. In the packing shed, "
        "workers tend the feeder hopper that meters potatoes onto the washer belt, remove culls, and "
        "hand-pack cartons. Occasional hoeing, rock picking and tobacco-barn cleanup between harvests.",
        fam=f,
    )
    H(pdf, "3. Who may apply", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Three (3) months of experience hand-harvesting any vegetable crop. Able to lift and carry 45 pounds "
        "repeatedly and to work bent over for long periods. No diploma, license or English is required, and no "
        "criminal background check is run.",
        fam=f,
    )
    H(pdf, "4. Places of employment", fam="lsans", color=(96, 28, 52))
    grid(
        pdf,
        [
            ["Site", "Address", "Crops"],
            [
                "Home place",
                "4471 Stallings Mill Road, Spring Hope, NC 27882 (Nash County)",
                "Sweet potatoes",
            ],
            [
                "Tar River tract",
                "9020 Bissette Farm Road, Spring Hope, NC 27882 (Nash County)",
                "Sweet potatoes, cucumbers",
            ],
            [
                "Sandy Cross field",
                "1136 Sandy Cross Road, Bailey, NC 27807 (Nash County)",
                "Cucumbers",
            ],
            [
                "Packing shed",
                "4495 Stallings Mill Road, Spring Hope, NC 27882",
                "Grading and packing",
            ],
        ],
        (22, 52, 26),
        size=8.8,
        fam="lsans",
        head_fill=(240, 224, 230),
    )
    H(pdf, "5. Period and hours", fam="lsans", color=(96, 28, 52))
    P(pdf, "First workday: August 10, 2026. Last workday: November 20, 2026.", fam=f)
    P(
        pdf,
        "Schedule: 40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid "
        "lunch break. Saturday work may be offered at harvest peaks and is voluntary; hours will vary with "
        "weather and crop conditions.",
        fam=f,
    )
    H(pdf, "6. Pay", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Hourly rate: $17.02 per hour. Cucumber harvest may instead be paid at $0.70 per 5/8-bushel hamper; "
        "when piece earnings in a pay period come to less than the hourly rate for the hours worked, the farm "
        "adds the difference.",
        fam=f,
    )
    P(
        pdf,
        "Rate changes: if during the contract a higher Adverse Effect Wage Rate, prevailing wage, agreed "
        "collective bargaining rate or federal or state minimum wage takes effect, the farm pays that higher "
        "rate from its effective date.",
        fam=f,
    )
    P(
        pdf,
        "Paydays: weekly, every Friday, by direct deposit or paper check at the worker's choice.",
        fam=f,
    )

    pdf.add_page()
    P(
        pdf,
        "Deductions: the only amounts taken from pay are (a) federal and North Carolina income tax when the "
        "worker asks for withholding; (b) garnishments ordered by a court; (c) the cost of the optional meal "
        "plan described in section 7, for workers who sign up for it; and (d) other items the worker "
        "voluntarily authorizes in writing that are for the worker's own benefit. Nothing is deducted for "
        "housing, transportation, tools or recruitment.",
        fam=f,
    )
    P(
        pdf,
        "Pay statements: with every paycheck the worker receives a written statement showing the hours of "
        "work offered, hours actually worked, hampers picked, the rates used, gross pay, each deduction and "
        "net pay, plus the employer's name, address and FEIN.",
        fam=f,
    )
    H(pdf, "7. Housing, meals and daily transportation", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Workers who cannot reasonably return home each day get free housing in the Redbud Hollow bunkhouses at "
        "4480 Stallings Mill Road, Spring Hope, inspected by the North Carolina Department of Labor on "
        "July 22, 2026. No rent, utility charge or deposit for beds, mattresses or linens is taken.",
        fam=f,
    )
    P(
        pdf,
        "Each bunkhouse has a full kitchen with stoves, refrigerators and cookware, free of charge. Workers who "
        "prefer may join an optional meal plan prepared by the farm's cook at $12.40 per day, which is below the "
        "maximum meal charge published by the U.S. Department of Labor for 2026; a worker can join or leave the "
        "plan every Monday.",
        fam=f,
    )
    P(
        pdf,
        "Farm buses carry workers free of charge between the bunkhouses and every site listed in section 4, "
        "each workday, before and after the shift.",
        fam=f,
    )
    H(pdf, "8. Travel to and from the job", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Inbound: the farm reimburses, in the first workweek, the cost of transportation from the place where the "
        "worker was recruited to the farm, daily subsistence on the way at the DOL-published daily rate, and the "
        "visa issuance and border crossing fees, to the extent not paid directly by the farm. Nobody is asked to "
        "wait for the half-way point to be repaid.",
        fam=f,
    )
    P(
        pdf,
        "Return: a worker who completes the contract period, or who is dismissed early for any reason other than "
        "cause, receives return transportation and daily subsistence to the place of recruitment, arranged and "
        "paid for by the farm in advance.",
        fam=f,
    )
    H(pdf, "9. Employer assurances", fam="lsans", color=(96, 28, 52))
    pdf.set_font(f, "", 9.6)
    with pdf.text_columns(
        ncols=2, gutter=7, balance=True, text_align="J", line_height=1.12
    ) as cols:
        items = [
            (
                "Three-fourths guarantee. ",
                "The farm guarantees each worker an offer of employment for a total "
                "number of hours equal to at least three-fourths of the workdays of the contract period, counting "
                "8 hours per workday. If it offers less, it pays the amount the worker would have earned.",
            ),
            (
                "Tools. ",
                "All tools, harvest containers, picking buckets, gloves and rain gear are supplied free of "
                "charge; no deposit is required for any of them.",
            ),
            (
                "Workers' compensation. ",
                "Every worker is covered by workers' compensation insurance through "
                "Piedmont Agricultural Mutual, policy PAM-77-310488, at no cost to the worker.",
            ),
            (
                "Recruitment. ",
                "The farm recruits in Mexico through Agromigra Enlace Laboral del Bajío, S. de R.L., "
                "which the farm pays under a written contract that forbids it to ask workers for any money.",
            ),
            (
                "Documents. ",
                "Workers keep their own passports, visas and identification at all times; the farm "
                "does not hold them.",
            ),
            (
                "No retaliation. ",
                "No worker will be blacklisted, threatened or discharged for filing a complaint, "
                "testifying, or talking to a lawyer, union or government office about working conditions.",
            ),
        ]
        for head, body in items:
            with cols.paragraph(bottom_margin=1.6) as par:
                pdf.set_font(f, "B", 9.6)
                par.write(head)
                pdf.set_font(f, "", 9.6)
                par.write(body)
    pdf.ln(3)
    pdf.add_page()
    H(pdf, "10. Ending the contract", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Abandonment: a worker who fails to report for work for five (5) consecutive working days without the "
        "farm's consent is treated as having abandoned the job; the farm will notify the Department of Labor and "
        "the Department of Homeland Security in writing within two working days. A worker who abandons the job "
        "or is discharged for cause is not owed the three-fourths guarantee or return transportation.",
        fam=f,
    )
    P(
        pdf,
        "Discharge for cause happens only for serious or repeated misconduct, such as violence, theft, or refusing "
        "safety instructions, after a written warning except in the case of violence.",
        fam=f,
    )
    P(
        pdf,
        "Contract impossibility: if fire, flood, hurricane, drought or other Act of God makes completing the "
        "contract impossible and the Department of Labor so certifies, the farm will pay for all work performed, "
        "honor the three-fourths guarantee for the period from the first workday to the termination date, provide "
        "return transportation and subsistence, and make efforts to transfer the worker to other comparable "
        "employment.",
        fam=f,
    )
    H(pdf, "11. Where to get help", fam="lsans", color=(96, 28, 52))
    P(
        pdf,
        "Questions about this order: Redbud Hollow Farms field office, (252) 555-0187. Complaints may also be made "
        "to the U.S. Department of Labor, Wage and Hour Division, at 1-866-487-9243, in any language.",
        fam=f,
    )
    sig_block(
        pdf,
        [
            ("For the employer", "Dwayne K. Hollowell, Member-Manager, Redbud Hollow Farms, LLC"),
            ("Date", "January 12, 2026"),
        ],
        fam="lsans",
    )
    return pdf


# =========================================================================== ay02
def ay02():
    """H-2A, Spanish, Honduran recruiter agreement for Georgia blueberries."""
    pdf = Doc(
        "Letter",
        margins=(22, 20, 22),
        bottom=20,
        title="Acuerdo de incorporación H-2A",
        author="Servicios Migratorios Laborales Copán",
    )

    def ftr(p):
        p.set_y(-14)
        p.set_draw_color(120, 120, 120)
        p.line(22, p.get_y(), p.w - 22, p.get_y())
        p.set_font("serif", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.cell(0, 6, "SMLC-H2A-2026-0319  ·  Santa Rosa de Copán, Honduras", align="L")
        p.set_x(22)
        p.cell(0, 6, f"Hoja {p.page_no()}/{{nb}}", align="R")

    pdf.ftr = ftr
    pdf.add_page()
    f = "serif"
    H(
        pdf,
        "ACUERDO DE INCORPORACIÓN AL PROGRAMA DE TRABAJO AGRÍCOLA TEMPORAL H-2A",
        size=12.5,
        fam=f,
        align="C",
    )
    H(pdf, "Temporada de arándano 2026", size=10, fam=f, style="I", align="C", after=3)
    P(
        pdf,
        "En la ciudad de Santa Rosa de Copán, departamento de Copán, a los nueve días del mes de enero de dos mil "
        "veintiséis, comparecen: por una parte, Servicios Migratorios Laborales Copán, S. de R.L., representada "
        "por el Abog. Marlon Euceda Pineda, que en lo sucesivo se llamará LA AGENCIA; y por la otra, el señor "
        "Wilmer Josué Alvarado Funes, con tarjeta de identidad 0401-1996-00877, vecino de Dulce Nombre, Copán, "
        "que en lo sucesivo se llamará EL ASPIRANTE. Ambos convienen en lo siguiente:",
        size=10,
        fam=f,
    )
    H(pdf, "PRIMERA. Condiciones del empleo ofrecido", size=10.5, fam=f)
    P(
        pdf,
        "LA AGENCIA presenta a EL ASPIRANTE la siguiente oferta de trabajo del empleador estadounidense:",
        size=10,
        fam=f,
    )
    grid(
        pdf,
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Okefenokee Sun Berry Growers, Inc., 1180 Harrison Church Road, Alma, Georgia 31510, EE. UU.",
            ],
            [
                "Puesto y tareas",
                "Cosechador de arándano: cosecha manual en cubetas, vaciado de la fruta en lugs, "
                "deshierbe y poda ligera entre cosechas.",
            ],
            [
                "Requisitos",
                "Tener 18 años cumplidos y un mes de experiencia en cosecha manual de cualquier fruta.",
            ],
            [
                "Lugar de trabajo",
                "Huertas del empleador en los condados de Bacon y Pierce, Georgia.",
            ],
            ["Periodo", "Del 6 de abril al 12 de junio de 2026."],
            [
                "Jornada",
                "36 horas por semana: de lunes a sábado, de 6:00 a 12:00 horas; domingo libre.",
            ],
            [
                "Salario",
                "US$ 15.76 por hora, o US$ 3.25 por cubeta llena cuando eso resulte mayor.",
            ],
            ["Día de pago", "Cada semana, los jueves."],
            [
                "Descuentos",
                "Únicamente los impuestos que correspondan por ley y los que EL ASPIRANTE autorice por escrito.",
            ],
            [
                "Vivienda",
                "Gratuita, en el campamento del empleador, 1205 Harrison Church Road, Alma, Georgia.",
            ],
            ["Alimentación", "Cocina equipada en el campamento, sin costo."],
            [
                "Transporte diario",
                "Gratuito, en autobús del empleador, del campamento a las huertas.",
            ],
            [
                "Viaje de ida",
                "El empleador compra el boleto aéreo San Pedro Sula–Jacksonville y paga los viáticos del camino.",
            ],
            [
                "Viaje de regreso",
                "El empleador paga el boleto de regreso a San Pedro Sula al terminar la temporada.",
            ],
            ["Herramientas", "Cubetas, cinturones de cosecha y tijeras de poda, sin costo."],
            [
                "Accidentes de trabajo",
                "Seguro de compensación laboral (workers' compensation) pagado por el empleador.",
            ],
        ],
        (26, 74),
        size=9,
        fam="serif",
        head_fill=(230, 230, 215),
        bold_first_col=True,
    )
    H(pdf, "SEGUNDA. Visa", size=10.5, fam=f)
    P(
        pdf,
        "Los derechos de la visa H-2A (formulario DS-160 y cita consular) los paga directamente el empleador "
        "a la Embajada. La obtención o renovación del pasaporte hondureño corre por cuenta de EL ASPIRANTE.",
        size=10,
        fam=f,
    )
    H(pdf, "TERCERA. Aportación para gastos administrativos", size=10.5, fam=f)
    P(
        pdf,
        "Para cubrir los gastos administrativos de su expediente, EL ASPIRANTE hará una aportación única de "
        "L 18,500.00 (dieciocho mil quinientos lempiras) a LA AGENCIA, pagadera la mitad al firmar este acuerdo "
        "y la otra mitad al recibir la cita consular. Dicha aportación no es reembolsable si EL ASPIRANTE desiste "
        "del proceso.",
        size=10,
        fam=f,
    )
    H(pdf, "CUARTA. Garantía de cumplimiento", size=10.5, fam=f)
    P(
        pdf,
        "Como garantía de que cumplirá la temporada completa, EL ASPIRANTE firmará un pagaré en blanco a favor "
        "de LA AGENCIA, el cual le será devuelto a su regreso a Honduras.",
        size=10,
        fam=f,
    )
    H(pdf, "QUINTA. Resguardo de documentos", size=10.5, fam=f)
    P(
        pdf,
        "A su llegada a la finca, el coordinador de LA AGENCIA recogerá los pasaportes de los trabajadores y los "
        "mantendrá bajo resguardo en la oficina del campamento hasta el día del regreso.",
        size=10,
        fam=f,
    )
    H(pdf, "SEXTA. Abandono y despido", size=10.5, fam=f)
    P(
        pdf,
        "Si EL ASPIRANTE deja de presentarse a trabajar cinco días hábiles seguidos sin permiso del empleador, "
        "se considerará que abandonó el empleo y el empleador lo notificará a las autoridades. El empleador "
        "podrá despedirlo por causa justificada, como riñas, robo o trabajar en estado de ebriedad.",
        size=10,
        fam=f,
    )
    H(pdf, "SÉPTIMA. Quejas", size=10.5, fam=f)
    P(
        pdf,
        "EL ASPIRANTE puede acudir en cualquier momento al Consulado de Honduras en Atlanta o al Departamento de "
        "Trabajo de los Estados Unidos si considera que no se respetan sus condiciones.",
        size=10,
        fam=f,
    )
    P(
        pdf,
        "Leído el presente acuerdo y enteradas las partes de su contenido, lo firman en dos ejemplares.",
        size=10,
        fam=f,
    )
    pdf.ln(4)
    y = pdf.get_y() + 14
    pdf.set_font("serif", "", 8.5)
    for x, role, name in (
        (22, "Por LA AGENCIA", "Abog. Marlon Euceda Pineda"),
        (90, "EL ASPIRANTE", "Wilmer Josué Alvarado Funes"),
    ):
        pdf.line(x, y, x + 58, y)
        pdf.set_xy(x, y + 1)
        pdf.cell(58, 4, role, align="C")
        pdf.set_xy(x, y + 5)
        pdf.cell(58, 4, name, align="C")
    pdf.rect(160, y - 20, 28, 26)
    pdf.set_xy(160, y + 7)
    pdf.cell(28, 4, "Huella digital", align="C")
    return pdf


# =========================================================================== ay03
def ay03():
    """H-2A, English + Spanish stacked, pre-departure briefing for Louisiana sugarcane."""
    pdf = Doc(
        "Letter",
        margins=(18, 24, 18),
        bottom=16,
        title="Pre-departure briefing / Orientación",
        author="Enlaces Agrícolas del Golfo, S.C.",
    )

    def hdr(p):
        p.set_fill_color(235, 243, 232)
        p.rect(0, 0, p.w, 17, style="F")
        p.set_xy(18, 5)
        p.set_font("sans", "B", 10)
        p.set_text_color(40, 80, 40)
        p.cell(0, 5, "Enlaces Agrícolas del Golfo, S.C.  ·  Ciudad Victoria, Tamaulipas")
        p.set_xy(18, 10)
        p.set_font("sans", "", 8)
        p.cell(
            0,
            4,
            "Pre-departure briefing / Plática de orientación antes del viaje  ·  Grand Coteau Cane Farms, L.L.C.",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(24)

    def ftr(p):
        p.set_y(-11)
        p.set_font("sans", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 5, f"{p.page_no()} / {{nb}}", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    H(
        pdf,
        "SUGARCANE SEASON 2026 — WHAT YOU NEED TO KNOW BEFORE YOU TRAVEL",
        size=12,
        fam="sans",
        color=(40, 80, 40),
    )
    H(
        pdf,
        "TEMPORADA DE CAÑA 2026 — LO QUE DEBE SABER ANTES DE VIAJAR",
        size=11,
        fam="sans",
        style="BI",
        color=(40, 80, 40),
        after=3,
    )
    P(
        pdf,
        "Read each point in English and in Spanish. Ask the briefing officer about anything that is not clear. / "
        "Lea cada punto en inglés y en español. Pregunte al orientador cualquier cosa que no le quede clara.",
        size=9,
        fam="sans",
        style="I",
    )

    def topic(num, title_en, title_es, en, es):
        pdf.set_fill_color(40, 80, 40)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("sans", "B", 9.5)
        pdf.cell(
            pdf.epw,
            6,
            f"  {num}. {title_en} / {title_es}",
            fill=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        P(pdf, en, size=9.5, fam="sans", after=0.8, indent=2)
        P(pdf, es, size=9.5, fam="sans", style="I", after=2.2, indent=2, color=(35, 35, 90))

    topic(
        1,
        "Who you will work for",
        "Para quién trabajará",
        "Grand Coteau Cane Farms, L.L.C., 3310 Old Spanish Trail, Jeanerette, Louisiana 70544, USA.",
        "Grand Coteau Cane Farms, L.L.C., 3310 Old Spanish Trail, Jeanerette, Luisiana 70544, EE. UU.",
    )
    topic(
        2,
        "The work",
        "El trabajo",
        "Hand-planting seed cane in the furrows, cutting and loading seed cane, clearing headlands and ditches, "
        "and driving cane wagons behind the harvester.",
        "Sembrar a mano la caña semilla en los surcos, cortar y cargar caña semilla, limpiar cabeceras y zanjas, "
        "y manejar los carros cañeros detrás de la cosechadora.",
    )
    topic(
        3,
        "Where",
        "Dónde",
        "Fields of the farm in Iberia and St. Mary parishes, Louisiana, and the shop at 3310 Old Spanish Trail.",
        "Campos de la granja en las parroquias de Iberia y St. Mary, Luisiana, y el taller en 3310 Old Spanish Trail.",
    )
    topic(
        4,
        "Dates and hours",
        "Fechas y horario",
        "From August 3 to December 18, 2026. 48 hours per week: Monday to Saturday, 6:00 a.m. to 2:30 p.m., "
        "with 30 minutes for lunch.",
        "Del 3 de agosto al 18 de diciembre de 2026. 48 horas por semana: de lunes a sábado, de 6:00 a 14:30, "
        "con 30 minutos para comer.",
    )
    topic(
        5,
        "Pay",
        "Pago",
        "$15.08 per hour, paid every Friday. If the government publishes a higher wage rate (AEWR) or minimum wage "
        "during the season, your pay goes up to it from that day. Each check comes with a stub showing the hours "
        "offered, the hours worked, the rate and every deduction.",
        "$15.08 por hora, pagados cada viernes. Si el gobierno publica un salario (AEWR) o un mínimo más alto "
        "durante la temporada, su pago sube desde ese día. Cada cheque trae un talón con las horas ofrecidas, las "
        "horas trabajadas, la tarifa y cada descuento.",
    )
    topic(
        6,
        "Guaranteed work",
        "Trabajo garantizado",
        "You are guaranteed work for at least three-fourths of the workdays of the contract; if there is less "
        "work, the farm pays the difference.",
        "Se le garantiza trabajo por lo menos en tres cuartas partes de los días hábiles del contrato; si hay "
        "menos trabajo, la granja paga la diferencia.",
    )
    pdf.add_page()
    topic(
        7,
        "Housing, meals and rides",
        "Vivienda, comida y transporte",
        "Housing in the farm camp at 3400 Old Spanish Trail is free. The camp electricity and gas bill is divided "
        "among the residents, about $18 per person per week, and is taken from the Friday check. Each camp house "
        "has a free kitchen with stove and refrigerator. The farm van takes you to the fields and back at no cost.",
        "La vivienda en el campamento de la granja, en 3400 Old Spanish Trail, es gratis. El recibo de luz y gas "
        "del campamento se divide entre los residentes, unos $18 por persona a la semana, y se descuenta del cheque "
        "del viernes. Cada casa del campamento tiene cocina gratis con estufa y refrigerador. La camioneta de la "
        "granja lo lleva a los campos y lo regresa sin costo.",
    )
    topic(
        8,
        "Tools and work clothes",
        "Herramientas y ropa de trabajo",
        "All tools, including cane knives and planting hoes, are provided free. Rubber boots and a rain suit are "
        "required; the farm sells them to each worker for $42, deducted from the first two checks. If a worker "
        "damages a tractor, a wagon or the camp through carelessness, the repair cost is deducted from his pay.",
        "Todas las herramientas, incluidos los machetes cañeros y los azadones, se dan gratis. Las botas de hule y "
        "el traje de agua son obligatorios; la granja se los vende a cada trabajador en $42, que se descuentan de "
        "los dos primeros cheques. Si un trabajador daña un tractor, un carro o el campamento por descuido, el "
        "costo de la reparación se descuenta de su pago.",
    )
    topic(
        9,
        "Completion fund",
        "Fondo de terminación",
        "To make sure everyone finishes the season, the farm keeps $1.25 of every hour worked in a completion fund "
        "that is paid in one check on the last day of the season. A worker who leaves before the last day loses "
        "the whole fund.",
        "Para asegurar que todos terminen la temporada, la granja guarda $1.25 de cada hora trabajada en un fondo "
        "de terminación que se paga en un solo cheque el último día de la temporada. El trabajador que se vaya "
        "antes del último día pierde todo el fondo.",
    )
    topic(
        10,
        "What is deducted from your check",
        "Qué se descuenta de su cheque",
        "The utility share in point 7, the boots and rain suit in point 8, the completion fund in point 9, income "
        "tax only if you ask for it, and anything else you authorize in writing.",
        "La parte de luz y gas del punto 7, las botas y el traje de agua del punto 8, el fondo del punto 9, el "
        "impuesto sobre la renta solo si usted lo pide, y cualquier otra cosa que usted autorice por escrito.",
    )
    topic(
        11,
        "The trip",
        "El viaje",
        "The farm paid the bus from Ciudad Victoria to Jeanerette and gives $15 per day of travel for meals. The "
        "farm also pays the visa fee and the border crossing fee. If you paid anything for the trip, keep the "
        "receipts: it is repaid in your first check. At the end of the season the farm pays the bus home.",
        "La granja pagó el autobús de Ciudad Victoria a Jeanerette y da $15 por día de viaje para comidas. La "
        "granja también paga la visa y el permiso de cruce. Si usted pagó algo del viaje, guarde los recibos: se le "
        "devuelve en su primer cheque. Al terminar la temporada la granja paga el autobús de regreso.",
    )
    pdf.add_page()
    topic(
        12,
        "Leaving the job",
        "Dejar el trabajo",
        "If you miss 5 working days in a row without permission, it counts as abandoning the job and the farm "
        "tells the government. The farm can fire a worker for cause, such as fighting or drinking at work.",
        "Si usted falta 5 días hábiles seguidos sin permiso, se considera abandono del trabajo y la granja avisa "
        "al gobierno. La granja puede despedir a un trabajador por causa justificada, como pelear o tomar en el "
        "trabajo.",
    )
    topic(
        13,
        "Your rights",
        "Sus derechos",
        "No one may charge you for this job: the recruiter is paid by the farm. Keep your passport with you; "
        "nobody from the farm or from Enlaces Agrícolas del Golfo will take it.",
        "Nadie le puede cobrar por este trabajo: al reclutador le paga la granja. Guarde su pasaporte; nadie de la "
        "granja ni de Enlaces Agrícolas del Golfo se lo va a quitar.",
    )
    pdf.ln(4)
    P(
        pdf,
        "Briefing given in Ciudad Victoria on July 20, 2026 by Lic. Araceli Treviño Garza, Enlaces Agrícolas del "
        "Golfo, S.C. / Plática impartida en Ciudad Victoria el 20 de julio de 2026.",
        size=8.5,
        fam="sans",
        style="I",
        color=(90, 90, 90),
    )
    sig_block(
        pdf,
        [
            ("Worker / Trabajador", "Name and signature / Nombre y firma"),
            ("Briefing officer / Orientador", "Lic. Araceli Treviño Garza"),
        ],
    )
    return pdf


# =========================================================================== ay04
def ay04():
    """H-2B, English, form-style job order (hotel housekeeping); compliant."""
    pdf = Doc(
        "Letter",
        margins=(16, 16, 16),
        bottom=16,
        title="H-2B job order - Lantern Dunes Resort",
        author="Saltmarsh Lantern Hospitality Group, LLC",
    )

    def ftr(p):
        p.set_y(-11)
        p.set_font("cond", "", 7)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            "Job order H-400-26008-612470  ·  Saltmarsh Lantern Hospitality Group, LLC",
            align="L",
        )
        p.set_x(16)
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_font("cond", "B", 13)
    pdf.cell(
        0, 7, "H-2B TEMPORARY NON-AGRICULTURAL JOB ORDER", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("cond", "", 8.5)
    pdf.cell(
        0,
        5,
        "Filed with the State Workforce Agency and attached to the Application for Temporary Employment "
        "Certification",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    def section(letter, title):
        pdf.set_fill_color(30, 55, 95)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("cond", "B", 9.5)
        pdf.cell(
            pdf.epw, 5.5, f" Section {letter}. {title}", fill=True, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(0.5)

    section("A", "Employer information")
    grid(
        pdf,
        [
            [
                "1. Legal business name",
                "Saltmarsh Lantern Hospitality Group, LLC",
                "2. Trade name (DBA)",
                "Lantern Dunes Resort",
            ],
            [
                "3. Address",
                "2150 Beach Plum Way, Kill Devil Hills, NC 27948",
                "4. Telephone",
                "(252) 555-0141",
            ],
            ["5. FEIN", "56-4410928", "6. NAICS", "721110 Hotels and Motels"],
        ],
        (20, 32, 18, 30),
        size=8.2,
        fam="cond",
        head=False,
        bold_first_col=False,
    )
    section("B", "Job offer information")
    grid(
        pdf,
        [
            [
                "1. Job title",
                "Housekeeper / Room Attendant",
                "2. SOC",
                "37-2012 Maids and Housekeeping Cleaners",
            ],
            ["3. Openings", "24", "4. Period of employment", "April 1, 2026 to October 31, 2026"],
            [
                "5. Basic hours",
                "40 hours per week",
                "6. Schedule",
                "8:00 a.m. to 4:30 p.m., 5 days per week; days off rotate",
            ],
            [
                "7. Basic wage",
                "$15.31 per hour",
                "8. Overtime",
                "$22.97 per hour for hours over 40 in a workweek; "
                "overtime is available but not guaranteed",
            ],
            [
                "9. Pay frequency",
                "Biweekly, every other Friday",
                "10. Education / experience",
                "None required; must be able to push a loaded linen cart and lift 30 pounds",
            ],
        ],
        (18, 30, 18, 34),
        size=8.2,
        fam="cond",
        head=False,
    )
    section("C", "Job duties")
    P(
        pdf,
        "Clean and service guest rooms, suites and public areas of the resort: make beds, change linens and towels, "
        "vacuum, dust, clean bathrooms, empty trash, and restock amenities. Report maintenance problems to the "
        "supervisor and record minibar items used so the front desk can post them to the guest's folio. Articles "
        "left by guests are deposited with the front desk under the lost-and-found log. Laundry attendants on "
        "rotation feed linens into the flatwork ironer and fold towels. Workers receive paid on-the-job training "
        "at the full hourly rate during their first week.",
        size=9,
        fam="cond",
    )
    section("D", "Place of employment")
    P(
        pdf,
        "Lantern Dunes Resort, 2150 Beach Plum Way, Kill Devil Hills, Dare County, NC 27948, and the resort's "
        "laundry building at 2166 Beach Plum Way, Kill Devil Hills, NC 27948.",
        size=9,
        fam="cond",
    )
    section("E", "Wage obligations")
    P(
        pdf,
        "The employer will pay at least the highest of the prevailing wage, the federal minimum wage, the North "
        "Carolina minimum wage or any applicable local minimum wage for every hour worked. If the Department of "
        "Labor issues a higher prevailing wage during the period of employment, the employer will pay the higher "
        "wage from the date it takes effect.",
        size=9,
        fam="cond",
    )
    P(
        pdf,
        "Deductions: federal and North Carolina income tax, Social Security and Medicare (FICA), garnishments "
        "ordered by a court, and voluntary deductions that the worker authorizes in writing. The employer makes no "
        "deduction for uniforms, cleaning supplies, travel, visas or recruitment.",
        size=9,
        fam="cond",
    )
    P(
        pdf,
        "Earnings statements: on each payday the worker receives an itemized statement with hours offered, hours "
        "worked, rate of pay, gross earnings, each deduction and its purpose, and net pay.",
        size=9,
        fam="cond",
    )
    section("F", "Three-fourths guarantee")
    P(
        pdf,
        "For each 12-week period of the period of employment (or each 6-week period if the period of employment "
        "lasts fewer than 120 days), the employer guarantees to offer each worker employment for a total number of "
        "hours equal to at least three-fourths of the workdays in that period; if less work is offered, the "
        "employer pays the amount the worker would have earned.",
        size=9,
        fam="cond",
    )
    section("G", "Transportation, visa fees and housing")
    P(
        pdf,
        "Inbound: the employer reimburses in the first workweek the reasonable cost of transportation and daily "
        "subsistence from the place from which the worker came to the resort, or pays it directly. Visa fees: "
        "the employer pays or reimburses in the first workweek the visa, visa processing, border crossing and "
        "related fees. Return: a worker who completes the period of employment, or is dismissed early for any "
        "reason, receives return transportation and daily subsistence paid by the employer.",
        size=9,
        fam="cond",
    )
    P(
        pdf,
        "The employer does not provide housing. The human resources office gives newly arrived workers a list of "
        "rentals near the resort; workers choose their own housing.",
        size=9,
        fam="cond",
    )
    section("H", "Tools, uniforms and supplies")
    P(
        pdf,
        "Uniforms, non-slip shoes, gloves, cleaning supplies, carts and vacuums are provided and laundered by the "
        "employer without charge and without any deposit.",
        size=9,
        fam="cond",
    )
    section("I", "Termination and abandonment")
    P(
        pdf,
        "A worker who fails to report for work for 5 consecutive working days without the employer's consent will "
        "be deemed to have abandoned employment; the employer will notify the Department of Labor and DHS in "
        "writing within 2 work days. Workers may be terminated for cause, including theft from guests, violence "
        "or repeated failure to follow safety rules, after written notice of the reason.",
        size=9,
        fam="cond",
    )
    section("J", "Contract impossibility")
    P(
        pdf,
        "If, before the end of the period of employment, the services of the worker are no longer required because "
        "of fire, hurricane, flood or other Act of God that makes the fulfillment of the job order impossible, the "
        "employer may terminate the job order with the approval of the Certifying Officer. In that event the "
        "employer will fulfill the three-fourths guarantee for the time that has elapsed, pay return "
        "transportation and subsistence, and make efforts to transfer the worker to other comparable employment.",
        size=9,
        fam="cond",
    )
    section("K", "Recruitment and worker protections")
    P(
        pdf,
        "The employer recruits in Jamaica through Blue Mahoe Staffing Solutions Ltd., Kingston, and pays all of "
        "its charges. The employer and its recruiters have agreed in writing not to seek or receive any payment "
        "from workers. Workers keep their passports and visas. The employer will not discriminate, retaliate or "
        "blacklist any worker who files a complaint or asserts a right.",
        size=9,
        fam="cond",
    )
    section("L", "How to apply")
    P(
        pdf,
        "Apply at the nearest NCWorks Career Center or send a résumé to hr@lanterndunes.example; interviews by "
        "telephone. Refer to job order H-400-26008-612470.",
        size=9,
        fam="cond",
    )
    return pdf


# =========================================================================== ay05
def ay05():
    """H-2B, Spanish, Salvadoran recruiter services contract; page 2 is a scanned image."""
    pdf = Doc(
        "A4",
        margins=(22, 20, 22),
        bottom=20,
        title="Contrato de prestación de servicios",
        author="Gestiones Laborales Cuscatlán",
    )
    foot = "Gestiones Laborales Cuscatlán, S.A. de C.V. · Contrato GLC-RF-2027-118"

    def ftr(p):
        p.set_y(-14)
        p.set_font("lserif", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 5, f"{foot} · página {p.page_no()}", align="C")

    pdf.ftr = ftr
    pdf.add_page()
    f = "lserif"
    H(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN LABORAL",
        size=13,
        fam=f,
        align="C",
        after=0.5,
    )
    H(
        pdf,
        "Temporada de reforestación 2027 · Programa H-2B",
        size=10.5,
        fam=f,
        style="I",
        align="C",
        after=3,
    )
    P(
        pdf,
        "Nosotros, Gestiones Laborales Cuscatlán, S.A. de C.V., con domicilio en Avenida Roosevelt Sur número 612, "
        "San Miguel, El Salvador, representada por la Licenciada Ernestina Argueta de Portillo, en adelante LA "
        "GESTORA; y el señor Élmer Santos Villatoro Rivas, con Documento Único de Identidad 05566321-4, de "
        "Chinameca, San Miguel, en adelante EL ASPIRANTE, celebramos el presente contrato, que se regirá por las "
        "cláusulas siguientes.",
        size=10.5,
        fam=f,
    )
    H(pdf, "PRIMERA. Objeto.", size=10.5, fam=f, after=0.5)
    P(
        pdf,
        "LA GESTORA acompañará a EL ASPIRANTE en el proceso para ser contratado como trabajador temporal por la "
        "empresa estadounidense Ouachita Pinewood Silviculture, Inc., con domicilio en 77 Timberline Spur, Mena, "
        "Arkansas 71953, EE. UU., en adelante LA EMPRESA, en las condiciones que se resumen a continuación.",
        size=10.5,
        fam=f,
    )
    grid(
        pdf,
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Plantador de árboles forestales: plantar a mano plántulas de pino con pala o barra plantadora, "
                "cargar las bolsas de plántulas y limpiar maleza en las áreas de plantación.",
            ],
            [
                "Requisitos",
                "No se requiere experiencia; poder cargar 50 libras (23 kg) y caminar en terreno quebrado.",
            ],
            ["Lugar", "Terrenos forestales en los condados de Polk, Montgomery y Scott, Arkansas."],
            ["Duración", "Del 11 de enero al 23 de abril de 2027."],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media hora de almuerzo.",
            ],
            ["Salario", "US$ 16.42 por hora."],
            ["Horas extra", "US$ 24.63 por hora después de 40 horas en la semana."],
            ["Pago", "Cada dos semanas, los viernes, por depósito o cheque."],
            ["Descuentos", "Impuestos federales y estatales, Seguro Social y Medicare."],
            [
                "Viaje de ida",
                "LA EMPRESA compra el boleto aéreo San Salvador–Little Rock y paga los viáticos del viaje.",
            ],
            [
                "Viaje de regreso",
                "LA EMPRESA paga el boleto de regreso a San Salvador al terminar el contrato.",
            ],
            [
                "Herramientas",
                "Palas, barras plantadoras, bolsas de plantación y equipo de protección, sin costo.",
            ],
        ],
        (24, 76),
        size=9.5,
        fam="lserif",
        head_fill=(215, 225, 240),
        bold_first_col=True,
    )
    H(pdf, "SEGUNDA. Obligaciones de LA GESTORA.", size=10.5, fam=f, after=0.5)
    P(
        pdf,
        "LA GESTORA se obliga a revisar la documentación de EL ASPIRANTE, agendar sus citas, explicarle las "
        "condiciones del empleo y acompañarlo hasta su salida del país.",
        size=10.5,
        fam=f,
    )

    scan_page(
        pdf,
        [
            ("h", "TERCERA. Honorarios."),
            (
                "p",
                "Por la gestión de su expediente, la coordinación de citas y el acompañamiento durante el proceso, "
                "EL ASPIRANTE pagará a LA GESTORA honorarios de US$ 1,350.00, de los cuales US$ 400.00 se entregan al "
                "firmar y el resto antes de la entrevista consular.",
            ),
            (
                "p",
                "Los honorarios se pagan en efectivo o por depósito en la cuenta de LA GESTORA y no se devuelven una "
                "vez presentada la solicitud de visa.",
            ),
            ("h", "CUARTA. Visa."),
            (
                "p",
                "El arancel consular de la visa H-2B, de US$ 205.00, corre por cuenta de EL ASPIRANTE y no será "
                "reembolsado por LA EMPRESA.",
            ),
            (
                "p",
                "La fotografía para la visa y el llenado del formulario DS-160 los realiza LA GESTORA sin costo "
                "adicional.",
            ),
            ("h", "QUINTA. Pasaporte y documentos."),
            (
                "p",
                "EL ASPIRANTE tramitará su pasaporte salvadoreño y lo conservará en su poder en todo momento. LA "
                "GESTORA solo recibe fotocopias de los documentos.",
            ),
            ("h", "SEXTA. Responsabilidad."),
            (
                "p",
                "LA GESTORA no garantiza la aprobación de la visa, que depende exclusivamente de las autoridades "
                "consulares de los Estados Unidos de América.",
            ),
            ("h", "SÉPTIMA. Terminación del empleo."),
            (
                "p",
                "Si EL ASPIRANTE, ya contratado, deja de presentarse a trabajar durante cinco días hábiles consecutivos "
                "sin autorización, LA EMPRESA lo tendrá por separado voluntariamente y dará aviso a las autoridades. LA "
                "EMPRESA podrá dar por terminado el empleo por faltas graves, previa notificación escrita del motivo.",
            ),
        ],
        seed=505,
        footer=f"{foot} · página 2",
    )

    pdf.add_page()
    H(pdf, "OCTAVA. Jurisdicción.", size=10.5, fam=f, after=0.5)
    P(
        pdf,
        "Para los efectos de este contrato las partes señalan como domicilio la ciudad de San Miguel.",
        size=10.5,
        fam=f,
    )
    H(pdf, "ANEXO A. Trámites previos al viaje", size=11, fam=f, after=1)
    P(
        pdf,
        "A-1. El examen médico con prueba de drogas se realiza en Clínica Médica San Rafael, de San Miguel, y su "
        "costo de US$ 95.00 lo cubre EL ASPIRANTE.",
        size=10.5,
        fam=f,
        indent=4,
    )
    P(
        pdf,
        "A-2. Antes de viajar, EL ASPIRANTE asistirá al curso de inducción en seguridad forestal y uso de la barra "
        "plantadora que imparte LA GESTORA, con una cuota de recuperación de US$ 60.00.",
        size=10.5,
        fam=f,
        indent=4,
    )
    P(
        pdf,
        "A-3. La constancia de antecedentes penales y la solvencia de la PNC se tramitan en línea y son "
        "gratuitas.",
        size=10.5,
        fam=f,
        indent=4,
    )
    P(
        pdf,
        "A-4. El día del vuelo, LA EMPRESA entrega a cada trabajador su boleto aéreo en el aeropuerto.",
        size=10.5,
        fam=f,
        indent=4,
    )
    P(
        pdf,
        "Leído que les fue íntegramente el presente contrato, las partes lo ratifican y firman en San Miguel, a los "
        "catorce días del mes de septiembre de dos mil veintiséis.",
        size=10.5,
        fam=f,
    )
    sig_block(
        pdf,
        [
            (
                "LA GESTORA",
                "Licda. Ernestina Argueta de Portillo\nGestiones Laborales Cuscatlán, S.A. de C.V.",
            ),
            ("EL ASPIRANTE", "Élmer Santos Villatoro Rivas\nDUI 05566321-4"),
        ],
        fam="lserif",
        size=9,
    )
    return pdf


# =========================================================================== ay06
def ay06():
    """H-2B, mixed English/Spanish offer letter, Texas landscaping."""
    pdf = Doc(
        "Letter",
        margins=(24, 18, 24),
        bottom=18,
        title="Offer letter - Caliche Creek Landscape Services",
        author="Caliche Creek Landscape Services, LLC",
    )
    pdf.add_page()
    pdf.set_draw_color(150, 110, 40)
    pdf.set_line_width(0.8)
    pdf.line(24, 32, pdf.w - 24, 32)
    pdf.set_line_width(0.2)
    pdf.set_xy(24, 16)
    pdf.set_font("lsans", "B", 16)
    pdf.set_text_color(120, 80, 20)
    pdf.cell(0, 7, "Caliche Creek Landscape Services, LLC", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lsans", "", 8.5)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        5,
        "4821 Old Somerset Road, San Antonio, Texas 78211  ·  (210) 555-0176  ·  Commercial & residential grounds care",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(38)
    f = "lsans"
    P(pdf, "January 19, 2026", size=10, fam=f, align="L")
    P(
        pdf,
        "Sr. Rigoberto Ledesma Cázares\nCalle Hidalgo 27, Col. Centro\nJerez de García Salinas, Zacatecas, México",
        size=10,
        fam=f,
        align="L",
        after=3,
    )
    P(
        pdf,
        "Re: H-2B offer of employment, 2026 season / Oferta de empleo H-2B, temporada 2026",
        size=10,
        fam=f,
        style="B",
        align="L",
    )
    P(pdf, "Dear Mr. Ledesma / Estimado Sr. Ledesma:", size=10, fam=f, align="L")
    P(
        pdf,
        "We are pleased to offer you seasonal work as a landscape laborer with our crews. Le ofrecemos trabajo de "
        "temporada como trabajador de jardinería en nuestras cuadrillas. The main terms are below; please read them "
        "carefully. Lea todo con calma antes de firmar.",
        size=10,
        fam=f,
    )
    grid(
        pdf,
        [
            ["Item", "Details / Detalles"],
            [
                "Position",
                "Landscape laborer (SOC 37-3011): mowing, edging, trimming, planting shrubs and trees, "
                "installing irrigation lines, spreading mulch and hauling debris.",
            ],
            ["Experience", "3 months of landscaping experience; no driver's license required."],
            [
                "Worksites",
                "Commercial and residential properties in Bexar, Comal and Guadalupe counties, Texas.",
            ],
            ["Season", "March 2, 2026 to December 11, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
            ["Pay rate", "$15.47 per hour"],
            ["Overtime", "$23.21 per hour for hours over 40 in a week"],
            ["Payday", "Weekly, every Friday / cada viernes"],
            [
                "Deductions",
                "Federal income tax, Social Security and Medicare, and the items under IMPORTANTE below",
            ],
            ["Visa", "La compañía le reembolsa la visa (US$ 205) en su primer cheque."],
            [
                "Tools",
                "Mowers, trimmers, blowers, hand tools and safety glasses are provided at no charge.",
            ],
            ["Trip home", "Company pays your bus back to Monterrey if you finish the season."],
        ],
        (22, 78),
        size=9.2,
        fam="lsans",
        head_fill=(240, 228, 205),
        bold_first_col=True,
    )
    H(pdf, "IMPORTANTE — please read / por favor lea", size=10.5, fam=f, color=(120, 80, 20))
    items = [
        "El autobús de Monterrey a San Antonio (US$ 95) corre por su cuenta y no se le reembolsa.",
        "Company housing on Old Somerset Road is available at $85 per week per bed, deducted from each weekly check.",
        "Any worker who leaves before December 11 will reimburse the company $600 for its recruitment investment.",
        "Si usted se va antes del 11 de diciembre, tendrá que pagarle a la compañía $600 por lo que invirtió en "
        "traerlo.",
        "Nobody is allowed to charge you a fee to get this job. Nadie le puede cobrar por darle este trabajo.",
    ]
    for it in items:
        pdf.set_x(24)
        pdf.set_font(f, "", 10)
        pdf.cell(5, 5, "•")
        pdf.multi_cell(pdf.epw - 5, 5, it, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.add_page()
    H(pdf, "Work rules / Reglas de trabajo", size=10.5, fam=f, color=(120, 80, 20))
    P(
        pdf,
        "Abandonment: if you do not come to work for 5 working days in a row without telling your supervisor, we "
        "will treat it as abandonment and report it as the law requires. A worker can be let go for cause, for "
        "example for drinking on the job or damaging a client's property on purpose.",
        size=10,
        fam=f,
    )
    P(
        pdf,
        "Safety: crew leaders will fuel and check the equipment each morning; never refuel a hot mower. Seguridad: "
        "use siempre lentes y protección para los oídos.",
        size=10,
        fam=f,
    )
    P(
        pdf,
        "Y ojo: el que ande llamando a abogados o al Consulado para quejarse ya no va a ser pedido para la próxima "
        "temporada.",
        size=10,
        fam=f,
    )
    P(
        pdf,
        "Please sign and return one copy to our office or by WhatsApp to Doña Elvira Saucedo, office manager. "
        "Firme y regrese una copia.",
        size=10,
        fam=f,
    )
    sig_block(
        pdf,
        [
            ("Caliche Creek Landscape Services, LLC", "Travis Odom, Owner"),
            ("Accepted / Acepto", "Rigoberto Ledesma Cázares"),
        ],
        fam="lsans",
        size=9,
    )
    return pdf


# =========================================================================== ay07
def ay07():
    """Generic corridor Kenya -> Qatar, English employment contract (security guard)."""
    pdf = Doc(
        "A4",
        margins=(20, 18, 20),
        bottom=18,
        title="Employment contract - Al Mafjar Guarding Services",
        author="Sapphire Horizon Manpower Consultants Ltd.",
    )

    def ftr(p):
        p.set_y(-12)
        p.set_font("serif", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.cell(0, 4, "Employee initials: ________   Employer initials: ________", align="L")
        p.set_x(20)
        p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R")

    pdf.ftr = ftr
    pdf.add_page()
    f = "serif"
    H(pdf, "EMPLOYMENT CONTRACT", size=15, fam=f, align="C", after=0.5)
    H(
        pdf,
        "Private security sector · State of Qatar",
        size=10,
        fam=f,
        style="I",
        align="C",
        after=4,
    )
    grid(
        pdf,
        [
            ["Party", "Details"],
            [
                "Employer",
                "Al Mafjar Guarding Services W.L.L., Building 41, Street 230, Zone 56, Al Thumama, Doha, "
                "State of Qatar; Commercial Registration No. 118402",
            ],
            [
                "Employee",
                "Mr. Kelvin Otieno Wafula, Kenyan national, passport No. AK0938817, of Kakamega, Kenya",
            ],
            [
                "Recruitment agent",
                "Sapphire Horizon Manpower Consultants Ltd., 4th Floor, Uchumi House, Aga Khan Walk, "
                "Nairobi; NEA licence No. NEA/PEA/2219",
            ],
        ],
        (22, 78),
        size=9.3,
        fam="serif",
        head_fill=(228, 228, 228),
        bold_first_col=True,
    )

    def art(n, title, text):
        pdf.set_font(f, "B", 10)
        if (
            pdf.get_y()
            + 5.5
            + pdf.multi_cell(w=pdf.epw, h=4.7, text=text, dry_run=True, output="HEIGHT")
            > pdf.page_break_trigger
        ):
            pdf.add_page()
        pdf.cell(0, 5.5, f"Article {n}. {title}", new_x="LMARGIN", new_y="NEXT")
        P(pdf, text, size=10, fam=f, after=1.8)

    art(
        1,
        "Position",
        "The Employee is engaged as a Security Guard. His duties are access control at client gates, "
        "foot and vehicle patrols, CCTV monitoring, keeping the visitor and key registers, and reporting incidents "
        "to the shift supervisor.",
    )
    art(
        2,
        "Place of work",
        "Client sites of the Employer in Doha and Lusail, State of Qatar, as assigned by the "
        "Employer's operations department.",
    )
    art(
        3,
        "Duration",
        "This contract runs for two (2) years, from 15 March 2026 to 14 March 2028, and may be "
        "renewed by written agreement.",
    )
    art(
        4,
        "Working hours",
        "Eight (8) hours per day and forty-eight (48) hours per week, in rotating day and night "
        "shifts, with Friday as the weekly rest day. Overtime is paid as required by the Labour Law.",
    )
    art(
        5,
        "Salary",
        "Basic salary of QAR 1,300 (one thousand three hundred Qatari riyals) per month, plus a food "
        "allowance of QAR 300 per month. Free shared accommodation and transport to duty are provided by the "
        "Employer.",
    )
    art(
        6,
        "Payment",
        "Salary is paid monthly, not later than the 7th day of the following month, by bank transfer "
        "through the Wage Protection System.",
    )
    art(
        7,
        "Agent's charges",
        "The Employee shall pay Sapphire Horizon a one-time facilitation charge of KES 95,000 "
        "before his visa is stamped. The Employer bears the cost of the Qatar work visa, the residence permit (QID) "
        "and the medical fitness examination at the Medical Commission.",
    )
    art(
        8,
        "Medical care",
        "The Employer will enrol the Employee in the company group medical insurance scheme; the "
        "premium of QAR 45 per month will be deducted from the Employee's salary.",
    )
    art(
        9,
        "Deductions",
        "Only the following may be deducted from salary: (a) the insurance premium under Article 8; "
        "(b) salary advances taken by the Employee in Qatar, in instalments of not more than 10% of basic salary; and "
        "(c) amounts ordered by a court.",
    )
    art(
        10,
        "Passport",
        "For safekeeping and to facilitate residence permit formalities, the Employee's passport shall "
        "remain with the Employer's PRO department for the duration of employment.",
    )
    art(
        11,
        "Accommodation and conduct",
        "The Employee shall reside in the company accommodation in the Industrial "
        "Area, must return by 11:00 p.m. each night, and shall not transfer to another employer during the contract "
        "without the Employer's no-objection certificate.",
    )
    art(
        12,
        "Uniform",
        "Uniforms, boots and torches are issued free of charge and remain the property of the Employer.",
    )
    art(
        13,
        "Annual leave and ticket",
        "The Employee is entitled to 21 days of paid annual leave per year. At the end of "
        "the contract the Employer provides a one-way economy air ticket from Doha to Nairobi.",
    )
    art(
        14,
        "End of service",
        "On completion of the contract the Employee receives an end-of-service gratuity of three "
        "weeks' basic salary for each year of service, paid with the final settlement.",
    )
    art(
        15,
        "Termination",
        "Either party may terminate this contract by giving one month's written notice during the "
        "first two years, or by paying one month's basic salary in lieu of notice. The Employer may dismiss the "
        "Employee without notice only in the cases listed in Article 61 of the Labour Law.",
    )
    art(
        16,
        "Governing law",
        "This contract is governed by Qatar Law No. 14 of 2004 (the Labour Law) and its "
        "amendments. Any dispute shall be referred to the Labour Dispute Settlement Committees.",
    )
    sig_block(
        pdf,
        [
            ("For the Employer", "Al Mafjar Guarding Services W.L.L."),
            ("The Employee", "Kelvin Otieno Wafula"),
            ("Witness (Agent)", "Sapphire Horizon Manpower Consultants Ltd."),
        ],
        fam="serif",
        size=8.5,
    )
    return pdf


# =========================================================================== ay08
def ay08():
    """Generic corridor Indonesia -> Malaysia, English slide-style pre-departure briefing (landscape)."""
    pdf = Doc(
        "A4",
        orientation="L",
        margins=(18, 30, 18),
        bottom=14,
        title="PAP briefing batch 14/2026",
        author="PT Cahaya Samudra Tenaga Mandiri",
    )
    slide_no = {"n": 0}

    def hdr(p):
        band(p, 0, 22, (0, 92, 120))
        p.set_xy(18, 7)
        p.set_font("lsans", "B", 17)
        p.set_text_color(255, 255, 255)
        p.cell(0, 8, p.slide_title)
        p.set_xy(-95, 15.5)
        p.set_font("lsans", "", 7.5)
        p.cell(77, 4, "PAP · Batch 14/2026 · Bukit Lumut Estate", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    def ftr(p):
        p.set_y(-11)
        p.set_font("lsans", "", 8)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            5,
            "PT Cahaya Samudra Tenaga Mandiri · SIP3MI licence 2/3128/HK.04.01/2024 · Surabaya",
            align="L",
        )
        p.set_x(18)
        p.cell(0, 5, f"Slide {p.page_no()}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr

    def slide(title):
        slide_no["n"] += 1
        pdf.slide_title = title
        pdf.add_page()

    def bullets(items, size=13, x=None, w=None):
        x = x if x is not None else pdf.l_margin
        w = w or pdf.epw
        for it in items:
            pdf.set_x(x)
            pdf.set_font("lsans", "", size)
            pdf.set_text_color(0, 92, 120)
            pdf.cell(7, size * 0.5, "▪")
            pdf.set_text_color(0, 0, 0)
            pdf.multi_cell(w - 7, size * 0.5, it, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(2)

    slide("Pembekalan Akhir Pemberangkatan (PAP) — Final Pre-Departure Briefing")
    pdf.set_font("lsans", "", 14)
    pdf.ln(4)
    bullets(
        [
            "Destination employer: Bukit Lumut Plantation Sdn. Bhd., Mile 6, Jalan Tungku, 91100 Lahad Datu, Sabah, "
            "Malaysia.",
            "Placement company (P3MI): PT Cahaya Samudra Tenaga Mandiri, Jl. Raya Kertajaya Indah No. 88, Surabaya.",
            "Batch 14/2026: 46 workers. Departure from Juanda Airport, Surabaya, on 28 May 2026.",
            "This briefing explains your job, your pay and what is expected before and after departure. Keep these "
            "slides with your contract.",
        ],
        size=13,
    )
    slide("Your job and working time")
    colw = (pdf.epw - 10) / 2
    y0 = pdf.get_y()
    bullets(
        [
            "Position: Harvester (Pemanen).",
            "Duties: cutting fresh fruit bunches (FFB) with a sickle pole, collecting loose fruits, carrying bunches to "
            "the collection point, and simple field upkeep.",
            "Place: Bukit Lumut Estate, Lahad Datu District, Sabah.",
        ],
        size=12.5,
        x=pdf.l_margin,
        w=colw,
    )
    y1 = pdf.get_y()
    pdf.set_y(y0)
    bullets(
        [
            "Contract period: 2 years, 1 June 2026 to 31 May 2028.",
            "Working hours: 8 hours per day, 6 days per week; Sunday is the rest day.",
            "Field work begins at 6:30 a.m.; the estate lorry brings you back to the quarters.",
        ],
        size=12.5,
        x=pdf.l_margin + colw + 10,
        w=colw,
    )
    pdf.set_y(max(y1, pdf.get_y()))
    slide("Salary and deductions")
    bullets(
        [
            "Basic wage: not less than MYR 1,700 per month, plus a harvesting rate of MYR 32 per tonne of FFB above the "
            "monthly target.",
            "Payday: monthly, by the 7th day of the following month, into your own bank account opened on arrival.",
            "Deductions from salary: (1) statutory contributions required by Malaysian law; (2) the monthly Kasbon "
            "repayment (see the next slide). No other deductions are allowed.",
            "Accommodation in the estate quarters is free, including water and electricity.",
        ],
        size=12.5,
    )
    slide("Costs before departure")
    bullets(
        [
            "The employer pays the Malaysian work pass, the levy, the FOMEMA medical in Malaysia and your flight from "
            "Surabaya to Tawau.",
            "The pre-departure medical check-up at Klinik Utama Sehat Mandiri costs IDR 1,250,000 and is paid by each "
            "worker at the clinic.",
            "The 10-day harvesting and basic Malay course at BLK-LN Mitra Karya costs IDR 2,400,000, which each "
            "participant settles before receiving the course certificate.",
            "Each worker leaves a guarantee of IDR 3,000,000 with PT Cahaya Samudra, refunded after the contract is "
            "completed.",
            "Workers who need cash before departure can take a Kasbon of up to IDR 6,000,000 from PT Cahaya Samudra, "
            "repaid through salary deductions of MYR 250 per month after arrival.",
        ],
        size=12,
    )
    slide("After arrival and going home")
    bullets(
        [
            "Your passport stays with you. The employer is not allowed to keep it; the estate office only makes a copy.",
            "BPJS Ketenagakerjaan protection for migrant workers is paid by the company.",
            "Return flight from Tawau to Surabaya at the end of the contract is paid by the employer.",
            "Questions during the contract: call the PT Cahaya Samudra hotline +62 31 555 0190 or the Indonesian "
            "Consulate in Tawau.",
        ],
        size=12.5,
    )
    return pdf


# =========================================================================== ay09
def ay09():
    """Generic corridor Sri Lanka -> Jordan, English offer letter with agency annex."""
    pdf = Doc(
        "A4",
        margins=(22, 18, 22),
        bottom=18,
        title="Offer of employment - Zarqa Crest Apparel",
        author="Zarqa Crest Apparel Manufacturing Co.",
    )

    def hdr(p):
        if p.page == 1:
            return
        p.set_font("lsans", "I", 8)
        p.set_text_color(100, 100, 100)
        p.cell(0, 5, "Offer ZCA/SL/2026/0412 — Annex B", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(3)

    def ftr(p):
        p.set_y(-12)
        p.set_font("lsans", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 5, f"Page {p.page_no()} of {{nb}}", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("lsans", "B", 15)
    pdf.set_text_color(20, 60, 110)
    pdf.cell(0, 7, "Zarqa Crest Apparel Manufacturing Co.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("lsans", "", 8.5)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        5,
        "Plot 27, Al Hassan Industrial Estate, Ramtha Road, Irbid, Hashemite Kingdom of Jordan  ·  "
        "+962 2 555 0142",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(20, 60, 110)
    pdf.line(22, pdf.get_y() + 1, pdf.w - 22, pdf.get_y() + 1)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    f = "lserif"
    P(
        pdf,
        "Ref. ZCA/SL/2026/0412                                                                   Date: 3 February 2026",
        size=10,
        fam=f,
        align="L",
    )
    P(
        pdf,
        "To: Ms. W. M. Dilrukshi Nishanthi Wijesinghe, passport N7732104, No. 45 Temple Road, Kuliyapitiya, "
        "Sri Lanka",
        size=10,
        fam=f,
        align="L",
    )
    P(
        pdf,
        "Through: Lanka Meridian Foreign Employment Agency (Pvt) Ltd., No. 212/4 Negombo Road, Wattala; SLBFE "
        "licence No. 2871",
        size=10,
        fam=f,
        align="L",
        after=3,
    )
    H(pdf, "OFFER OF EMPLOYMENT", size=12, fam="lsans", color=(20, 60, 110))
    P(
        pdf,
        "We are pleased to offer you employment in our knitwear factory on the following terms.",
        size=10.5,
        fam=f,
    )
    grid(
        pdf,
        [
            ["Term", "Offer"],
            [
                "Position",
                "Sewing machine operator: operating single-needle, overlock and flatlock machines on knitwear "
                "production lines, and meeting line quality standards.",
            ],
            [
                "Workplace",
                "Zarqa Crest factory, Plot 27, Al Hassan Industrial Estate, Irbid, Jordan",
            ],
            ["Contract period", "36 months, from 1 April 2026 to 31 March 2029"],
            [
                "Working hours",
                "8 hours per day, 6 days per week (48 hours); Friday is the weekly rest day",
            ],
            ["Basic salary", "JOD 230 per month; overtime paid at 125% of the hourly rate"],
            [
                "Payment",
                "Monthly, by the 5th day of the following month, into the worker's own bank account",
            ],
            ["Deductions", "Jordanian social security (employee share, 7.5%) only"],
            ["Accommodation and food", "Factory dormitory and three meals a day, free of charge"],
            ["Work permit and residence", "Paid by the Employer"],
            ["Air ticket to Jordan", "Provided by the Employer"],
            [
                "Termination",
                "Either party may end the contract with one month's written notice; the Employer may "
                "dismiss without notice only for the reasons in Article 28 of the Jordanian Labour Law",
            ],
        ],
        (26, 74),
        size=9.4,
        fam="lserif",
        head_fill=(220, 230, 242),
        bold_first_col=True,
    )
    P(pdf, "Please sign both the offer and Annex B to accept.", size=10.5, fam=f)
    sig_block(
        pdf,
        [
            ("For Zarqa Crest Apparel Manufacturing Co.", "Hani Al-Khatib, HR Manager"),
            ("Accepted", "W. M. Dilrukshi Nishanthi Wijesinghe"),
        ],
        fam="lsans",
        size=8.5,
    )
    pdf.add_page()
    H(
        pdf,
        "ANNEX B — CONDITIONS OF LANKA MERIDIAN FOREIGN EMPLOYMENT AGENCY (PVT) LTD.",
        size=11,
        fam="lsans",
        color=(20, 60, 110),
    )
    clauses = [
        "The agency's service charge is paid by the Employer; the candidate pays no agency fee.",
        "The candidate obtains her own passport from the Department of Immigration and Emigration and bears its fee "
        "of LKR 10,000.",
        "The premium for the overseas worker insurance policy, LKR 6,200, is paid by the candidate before departure.",
        "Lanka Meridian will advance LKR 150,000 to the candidate's family on departure; this advance is recovered by "
        "the Employer from her first three salaries and remitted to the agency.",
        "To encourage completion of the contract, JOD 40 of each monthly salary is retained by the Employer and paid "
        "in a lump sum when the worker leaves Jordan at the end of the contract.",
        "The pre-departure training and orientation of the SLBFE are arranged by the agency at no cost to the "
        "candidate.",
        "Complaints may be made at any time to the SLBFE (hotline 1989) or to the Sri Lanka Embassy in Amman.",
    ]
    for i, c in enumerate(clauses, 1):
        pdf.set_font(f, "B", 10.5)
        pdf.cell(8, 5.2, f"B{i}.")
        pdf.set_font(f, "", 10.5)
        pdf.multi_cell(pdf.epw - 8, 5.2, c, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    sig_block(
        pdf,
        [
            ("For the agency", "Lanka Meridian Foreign Employment Agency (Pvt) Ltd."),
            ("Candidate", "W. M. Dilrukshi Nishanthi Wijesinghe"),
        ],
        fam="lsans",
        size=8.5,
    )
    return pdf


# =========================================================================== ay10
def ay10():
    """Generic corridor Ukraine -> Poland, English temporary employment agreement with a deductions schedule."""
    pdf = Doc(
        "A4",
        margins=(20, 22, 20),
        bottom=18,
        title="Temporary employment agreement",
        author="Wisła Flex Personnel Sp. z o.o.",
    )

    def hdr(p):
        p.set_font("sans", "B", 9)
        p.set_text_color(150, 20, 40)
        p.set_xy(20, 9)
        p.cell(0, 5, "WISŁA FLEX PERSONNEL Sp. z o.o.", align="L")
        p.set_xy(20, 9)
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(0, 5, "Temporary work agency · KRAZ No. 24816", align="R")
        p.set_draw_color(150, 20, 40)
        p.line(20, 15, p.w - 20, 15)
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"Agreement No. WFP/UA/2026/0733 · page {p.page_no()}/{{nb}}", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    f = "sans"
    H(pdf, "TEMPORARY EMPLOYMENT AGREEMENT", size=13, fam=f, align="C", after=0.5)
    H(
        pdf,
        "(umowa o pracę tymczasową) — English version for the Worker",
        size=9,
        fam=f,
        style="I",
        align="C",
        after=4,
    )
    P(pdf, "concluded in Poznań on 9 February 2026 between:", size=9.5, fam=f)
    P(
        pdf,
        "Wisła Flex Personnel Sp. z o.o., ul. Składowa 14, 61-897 Poznań, Poland, entered in the register of "
        "employment agencies (KRAZ) under No. 24816, represented by Agnieszka Wróblewska, branch manager "
        '(the "Agency"), and',
        size=9.5,
        fam=f,
        indent=5,
    )
    P(
        pdf,
        "Ms. Oksana Vasylivna Melnychuk, citizen of Ukraine, passport FX402118, residing in Lviv, Ukraine "
        '(the "Worker"), recruited in Ukraine through Karpaty Job Link LLC, Lviv.',
        size=9.5,
        fam=f,
        indent=5,
    )

    def par(n, text):
        pdf.set_font(f, "B", 9.5)
        pdf.cell(0, 5.5, f"§ {n}", align="C", new_x="LMARGIN", new_y="NEXT")
        P(pdf, text, size=9.5, fam=f, after=1.4)

    par(
        1,
        "The Agency employs the Worker as a temporary worker and assigns her to perform work for the user employer "
        "Nordpak Logistics Sp. z o.o. at its logistics centre, ul. Magazynowa 3, 62-080 Tarnowo Podgórne, Poland.",
    )
    par(
        2,
        "The Worker will work as a warehouse picker-packer: picking orders with a hand-held scanner, packing and "
        "labelling parcels, and loading roll cages onto trucks.",
    )
    par(3, "The assignment lasts from 2 March 2026 to 31 August 2026.")
    par(
        4,
        "Working time is 8 hours per day and 40 hours per week in a three-shift system: 6:00–14:00, 14:00–22:00 "
        "and 22:00–6:00, Monday to Friday.",
    )
    par(
        5,
        "The Worker is paid PLN 31.40 gross per hour. Night hours carry the statutory night supplement. "
        "Remuneration is paid monthly, by the 10th day of the following month, to the Worker's bank account.",
    )
    par(
        6,
        "The Agency withholds from remuneration the social insurance contributions (ZUS) and the income tax advance "
        "required by Polish law, and the items listed in Schedule 1, which the Worker accepts by signing this "
        "agreement.",
    )
    par(
        7,
        "The medical examination required before starting work and the initial health and safety training are "
        "arranged and paid by the Agency. Karpaty Job Link LLC charges the candidate nothing; its fee is paid by the "
        "Agency.",
    )
    par(
        8,
        "The agency bus takes workers from the hostel to the logistics centre and back free of charge.",
    )
    par(
        9,
        "If the Worker terminates this agreement before completing 3 months, the Worker shall pay the Agency a "
        "contractual penalty (kara umowna) of PLN 1,800.",
    )
    par(
        10,
        "Either party may terminate this agreement with 3 days' notice if it was concluded for up to two weeks, and "
        "with one week's notice otherwise. The Agency may terminate without notice in the cases set out in Article 52 "
        "of the Labour Code.",
    )
    par(11, "The Worker keeps her passport and residence documents; the Agency keeps copies only.")
    par(
        12,
        "Matters not regulated here are governed by the Act on the employment of temporary workers and the "
        "Labour Code. In case of doubt the Polish version prevails.",
    )
    pdf.add_page()
    H(
        pdf,
        "Schedule 1 — Deductions and charges accepted by the Worker",
        size=11,
        fam=f,
        color=(150, 20, 40),
    )
    pdf.set_font(f, "", 8.8)
    with pdf.table(
        col_widths=(8, 24, 68),
        text_align="LEFT",
        v_align="TOP",
        line_height=4.4,
        padding=1.4,
        headings_style=FontFace(emphasis="BOLD", fill_color=(245, 225, 228)),
    ) as t:
        for r in [
            ["No.", "Item", "Terms"],
            [
                "1",
                "Onboarding",
                "Onboarding support package (registration in our database, CV translation and "
                "placement with the user employer): EUR 180, deducted from the first salary.",
            ],
            [
                "2",
                "Hostel",
                "Shared accommodation at the agency hostel, ul. Rolna 7, Tarnowo Podgórne, is charged at "
                "PLN 650 per month and deducted from wages.",
            ],
            [
                "3",
                "Work gear",
                "Safety shoes, high-visibility vest and locker padlock are issued against a deposit of "
                "PLN 150, returned when they are handed back in good condition.",
            ],
            [
                "4",
                "Damage",
                "Damage to scanners, pallet trucks or goods caused by the Worker will be charged to the "
                "Worker at repair or replacement cost.",
            ],
            [
                "5",
                "Canteen",
                "Lunch at the user employer's canteen is optional and paid at the counter; nothing is "
                "deducted for it.",
            ],
        ]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    P(pdf, "Signed in two identical copies, one for each party.", size=9.5, fam=f)
    sig_block(
        pdf,
        [
            ("For the Agency", "Agnieszka Wróblewska\nWisła Flex Personnel Sp. z o.o."),
            ("The Worker", "Oksana Vasylivna Melnychuk"),
        ],
        fam="sans",
        size=8.5,
    )
    return pdf


# =========================================================================== ay11
def ay11():
    """Generic corridor Nicaragua -> Costa Rica, informal Spanish crew sheet, two columns."""
    pdf = Doc(
        "Letter",
        margins=(16, 16, 16),
        bottom=16,
        title="Hoja de enganche cosecha 2026-2027",
        author="Transportes y Contrataciones Hermanos Zeledón",
    )
    pdf.add_page()
    pdf.set_font("sans", "B", 15)
    pdf.cell(
        0,
        8,
        "HOJA DE ENGANCHE — COSECHA DE CAFÉ 2026-2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("sans", "", 9)
    pdf.cell(
        0,
        5,
        "Transportes y Contrataciones Hermanos Zeledón · Barrio El Calvario, Somoto, Madriz · Tel. 8855-0193",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_draw_color(60, 40, 20)
    pdf.set_fill_color(248, 242, 230)
    y = pdf.get_y()
    pdf.rect(16, y, pdf.epw, 38, style="DF")
    pdf.set_xy(19, y + 2)
    box = [
        (
            "Trabajador: ",
            "Juan Ramón Obando Blandón, cédula 161-120890-0003K, de Las Sabanas, Madriz.",
        ),
        (
            "Patrón: ",
            "Hacienda Altos de Naranjillo S.A., 400 metros al norte de la iglesia católica, San Marcos de "
            "Tarrazú, San José, Costa Rica.",
        ),
        (
            "Trabajo: ",
            "recolección de café maduro a mano, en canasto, y entrega de la fruta en el recibidor.",
        ),
        ("Lugar: ", "fincas de la Hacienda en San Marcos y San Lorenzo de Tarrazú."),
        ("Temporada: ", "del 15 de noviembre de 2026 al 28 de febrero de 2027."),
    ]
    for k, v in box:
        pdf.set_x(19)
        pdf.multi_cell(
            pdf.epw - 6, 5.6, f"**{k}**{v}", markdown=True, align="L", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.set_y(y + 42)
    pdf.set_font("sans", "", 9.6)
    paras = [
        ("Horario. ", "De sol a sol, según haya grano maduro en los cafetales."),
        (
            "Pago. ",
            "₡1.450 por cajuela de café maduro bien cogido, medida con la cajuela oficial del beneficio. Se "
            "paga todos los sábados en la tarde, en el rancho.",
        ),
        (
            "Cuota de la lista. ",
            "Para apuntarse en la lista de la cuadrilla se dan C$ 2,500 a don Santos, que no se "
            "devuelven.",
        ),
        (
            "Viaje. ",
            "El pasaje en bus de Somoto a San Marcos de Tarrazú, ₡18.000 por persona, se rebaja de la "
            "primera paga.",
        ),
        (
            "Comida. ",
            "La alimentación (desayuno, almuerzo y cena) cuesta ₡3.500 diarios y se rebaja cada sábado.",
        ),
        (
            "Rebajos. ",
            "Del pago se rebajan solo el pasaje, la comida y la cuota obrera de la Caja (CCSS) que manda la "
            "ley.",
        ),
        (
            "Rancho. ",
            "El galerón para dormir es gratis, con agua y luz, y cada quien tiene su tarima.",
        ),
        ("Herramientas. ", "El patrón pone los canastos, los sacos y las cuerdas sin cobrar nada."),
        ("Seguro. ", "La póliza de riesgos del trabajo del INS la paga el patrón."),
        ("Papeles. ", "Cada uno guarda su cédula y su pasaporte; nadie se los pide."),
        ("Garantías. ", "No se pide fianza ni pagaré."),
        (
            "Salida. ",
            "El que se quiera ir antes se va cuando quiera y se le paga lo trabajado. El patrón puede "
            "despedir por pleitos, por robo o por llegar tomado al cafetal, y se le paga lo trabajado.",
        ),
        (
            "Quejas. ",
            "Al que ande poniendo quejas en el Ministerio de Trabajo se le borra de la lista y no vuelve a "
            "venir con nosotros.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=8, balance=True, text_align="L", line_height=1.15
    ) as cols:
        for k, v in paras:
            with cols.paragraph(bottom_margin=2.2) as par:
                pdf.set_font("sans", "B", 9.6)
                par.write(k)
                pdf.set_font("sans", "", 9.6)
                par.write(v)
    pdf.ln(6)
    pdf.set_font("sans", "I", 8.5)
    pdf.multi_cell(
        pdf.epw,
        4.5,
        "Firmado en Somoto el 2 de noviembre de 2026. Si no sabe firmar, ponga la huella.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    sig_block(
        pdf,
        [
            ("Por la cuadrilla", "Santos Zeledón Rugama"),
            ("El trabajador", "Juan Ramón Obando Blandón"),
        ],
        fam="sans",
        size=8.5,
    )
    return pdf


# =========================================================================== ay12
def ay12():
    """Generic corridor Mexico -> Canada, Spanish employment contract; compliant."""
    pdf = Doc(
        "Letter",
        margins=(22, 20, 22),
        bottom=20,
        title="Contrato de trabajo - Lakeshore Verde Greenhouses",
        author="Lakeshore Verde Greenhouses Inc.",
    )

    def hdr(p):
        p.set_font("lserif", "B", 9)
        p.set_text_color(30, 90, 60)
        p.cell(
            0,
            5,
            "Lakeshore Verde Greenhouses Inc. · Contrato LVG-TFW-2026-071",
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(30, 90, 60)
        p.line(22, p.get_y() + 0.5, p.w - 22, p.get_y() + 0.5)
        p.set_text_color(0, 0, 0)
        p.ln(5)

    def ftr(p):
        p.set_y(-13)
        p.set_font("lserif", "I", 8)
        p.set_text_color(100, 100, 100)
        p.cell(0, 5, f"Página {p.page_no()} de {{nb}} · Ejemplar de la trabajadora", align="C")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    f = "lserif"
    H(pdf, "CONTRATO DE TRABAJO", size=14, fam=f, align="C", after=0.5)
    H(
        pdf,
        "Programa de Trabajadores Extranjeros Temporales de Canadá — vertiente agrícola",
        size=10,
        fam=f,
        style="I",
        align="C",
        after=4,
    )
    P(
        pdf,
        "Celebran este contrato, por una parte, Lakeshore Verde Greenhouses Inc., con domicilio en 2215 County Road "
        "31, Kingsville, Ontario N9Y 2E5, Canadá (EL EMPLEADOR), y por la otra, la señora Araceli Guadalupe Soto "
        "Beltrán, de nacionalidad mexicana, con domicilio en Navolato, Sinaloa, México (LA TRABAJADORA). LA "
        "TRABAJADORA fue reclutada por Talento Agrícola Norteño, S.C., de Culiacán, Sinaloa, agencia a la que "
        "EL EMPLEADOR paga por sus servicios.",
        size=10.5,
        fam=f,
    )
    H(pdf, "Condiciones principales", size=11, fam=f)
    grid(
        pdf,
        [
            ["Condición", "Lo que se acuerda"],
            [
                "Puesto",
                "Trabajadora de invernadero: cosecha de pepino y pimiento, deshoje, enredado de plantas en el hilo "
                "y empaque en cajas.",
            ],
            [
                "Lugar de trabajo",
                "Invernaderos de EL EMPLEADOR en 2215 County Road 31, Kingsville, Ontario.",
            ],
            ["Periodo", "Del 9 de febrero al 27 de noviembre de 2026."],
            [
                "Horario",
                "8 horas al día, de lunes a sábado, de 7:00 a 15:30 con media hora de comida (48 horas por semana).",
            ],
            ["Salario", "CAD 17.60 por hora."],
            ["Pago", "Cada dos semanas, los jueves, por depósito en la cuenta de LA TRABAJADORA."],
            [
                "Descuentos",
                "Solo los que exige la ley: impuesto sobre la renta, Plan de Pensiones de Canadá (CPP) y "
                "Seguro de Empleo (EI). Ningún otro.",
            ],
            [
                "Vivienda",
                "Sin costo, en la casa de trabajadores de 2231 County Road 31, con agua, luz, calefacción e "
                "internet incluidos.",
            ],
            [
                "Viaje",
                "EL EMPLEADOR paga el boleto de avión Culiacán–Toronto y el de regreso Toronto–Culiacán, y el "
                "traslado terrestre del aeropuerto a Kingsville y de vuelta.",
            ],
        ],
        (24, 76),
        size=9.6,
        fam="lserif",
        head_fill=(220, 236, 226),
        bold_first_col=True,
    )
    H(pdf, "Cláusulas", size=11, fam=f)

    def cl(n, text):
        P(pdf, f"**{n}.** {text}", size=10.5, fam=f, md=True, after=1.8)

    cl(
        "Primera",
        "No existe cuota de inscripción, de colocación ni de ningún otro tipo a cargo de LA TRABAJADORA. "
        "Si alguien le pide dinero por este empleo, debe avisar a EL EMPLEADOR o al Consulado de México en Leamington.",
    )
    cl(
        "Segunda",
        "El permiso de trabajo (CAD 155) y los datos biométricos (CAD 85) los paga EL EMPLEADOR o los "
        "reembolsa completos en la primera quincena.",
    )
    cl(
        "Tercera",
        "El examen médico migratorio lo paga EL EMPLEADOR. Mientras LA TRABAJADORA obtiene su tarjeta de "
        "salud de Ontario (OHIP), EL EMPLEADOR le paga un seguro médico privado.",
    )
    cl(
        "Cuarta",
        "En la cosecha de pepino se espera una cuota de producción de 14 cajas por hora; no cumplirla no "
        "genera ningún descuento.",
    )
    cl(
        "Quinta",
        "EL EMPLEADOR entrega sin costo las herramientas, guantes, botas y ropa de protección necesarias.",
    )
    cl(
        "Sexta",
        "EL EMPLEADOR no presta dinero ni descuenta préstamos. LA TRABAJADORA conserva siempre su pasaporte y su "
        "permiso de trabajo y puede salir libremente de la vivienda en su tiempo libre.",
    )
    cl(
        "Séptima",
        "LA TRABAJADORA puede terminar el contrato con aviso de una semana. EL EMPLEADOR solo puede "
        "terminarlo por causa justificada, como incumplimiento grave y reiterado de las reglas de seguridad, previo "
        "aviso por escrito, y en ese caso paga lo trabajado y el boleto de regreso.",
    )
    cl(
        "Octava",
        "LA TRABAJADORA puede presentar quejas ante el Ministerio de Trabajo de Ontario o ante el Consulado sin "
        "que ello afecte su empleo ni su contratación en futuras temporadas.",
    )
    P(
        pdf,
        "Firmado en Culiacán, Sinaloa, el 15 de enero de 2026, en español y en inglés; LA TRABAJADORA recibe un "
        "ejemplar en español.",
        size=10.5,
        fam=f,
    )
    sig_block(
        pdf,
        [
            ("EL EMPLEADOR", "Lakeshore Verde Greenhouses Inc.\nPieter van Dam, gerente"),
            ("LA TRABAJADORA", "Araceli Guadalupe Soto Beltrán"),
            ("Testigo", "Talento Agrícola Norteño, S.C."),
        ],
        fam="lserif",
        size=8.5,
    )
    return pdf


DOCS = [
    ("ay01", ay01),
    ("ay02", ay02),
    ("ay03", ay03),
    ("ay04", ay04),
    ("ay05", ay05),
    ("ay06", ay06),
    ("ay07", ay07),
    ("ay08", ay08),
    ("ay09", ay09),
    ("ay10", ay10),
    ("ay11", ay11),
    ("ay12", ay12),
]


# --------------------------------------------------------------------------- verification
def norm(s):
    return " ".join((s or "").split())


def page_texts(page):
    """Full-page text plus left/right half crops (two-column layouts interleave in plain extraction)."""
    w, h = page.width, page.height
    out = [norm(page.extract_text())]
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(norm(page.crop(box).extract_text()))
    return out


def verify(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        scanned = (
            lab["scanned"]
            if isinstance(lab["scanned"], list)
            else ([] if not lab["scanned"] else "all")
        )
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{lab['file']}: {n} pages, labelled {lab['pages']}")
                continue
            texts = {}
            for i, pg in enumerate(pdf.pages, 1):
                if scanned == "all" or i in scanned:
                    if norm(pg.extract_text()):
                        errors.append(f"{lab['file']} p{i}: scanned page has a text layer")
                    continue
                texts[i] = page_texts(pg)
            for fee in lab["fees"]:
                if scanned == "all" or fee["page"] in scanned:
                    continue
                q = norm(fee["quote"])
                if fee["page"] not in texts or not any(q in t for t in texts[fee["page"]]):
                    where = [i for i, ts in texts.items() if any(q in t for t in ts)]
                    errors.append(
                        f"{lab['file']}: quote not on p{fee['page']} (found on {where}): {q[:70]}"
                    )
            alltext = " ".join(" ".join(ts) for ts in texts.values())
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{lab['file']}: recruiter not printed: {r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for name, fn in DOCS:
        pdf = fn()
        pdf.output(os.path.join(out_dir, name + ".pdf"))
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out_dir, "labels.json"))
    names = {n + ".pdf" for n, _ in DOCS}
    errors = []
    if {lab["file"] for lab in labels} != names:
        errors.append("labels.json files do not match the generated documents")
    errors += verify(out_dir, labels)
    for e in errors:
        print("MISMATCH", e)
    print(f"{len(DOCS)} documents written to {out_dir}; {len(errors)} mismatches")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
