#!/usr/bin/env python3
"""Held-out contract batch "bf": writes bf01.pdf ... bf12.pdf and labels.json into OUT_DIR.

Usage:  python build.py OUT_DIR

Deterministic (fixed creation date, fixed noise seeds). After writing, every PDF is
reopened with pdfplumber and checked against labels.json (page count, each fee quote on
its labelled page, recruiter names printed); the script exits non-zero on any mismatch.
"""

import io
import json
import os
import re
import shutil
import sys
from datetime import UTC, datetime

import numpy as np
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime(2026, 1, 12, 9, 30, 0, tzinfo=UTC)

FONTS = {
    "DejaVu": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "DejaVuCond": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "DejaVuSerif": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "LibSans": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "LibSerif": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "LibNarrow": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
}


# --------------------------------------------------------------------------- rendering kit
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        font="DejaVu",
        size=10,
        lh=None,
        families=(),
        header=None,
        footer=None,
        band=None,
        band_text=None,
        band_h=14,
        margins=(18, 16, 18),
        bottom=18,
        bg=None,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("heldout-bf build.py")
        for fam in set((font,) + tuple(families)):
            for st, path in FONTS[fam].items():
                self.add_font(fam, st, path)
        self.base_font, self.base_size = font, size
        self.lh = lh or round(size * 0.46, 2)
        self.hdr, self.ftr = header, footer
        self.band, self.band_text, self.band_h = band, band_text, band_h
        self.bg = bg
        self.no_chrome = set()
        self.set_margins(*margins)
        self.bottom = bottom
        self.set_auto_page_break(True, bottom)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() in self.no_chrome:
            return
        if self.bg:
            self.set_fill_color(*self.bg)
            self.rect(0, 0, self.w, self.h, style="F")
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, self.band_h, style="F")
            if self.band_text:
                self.set_text_color(255, 255, 255)
                self.set_font(self.base_font, "B", 10.5)
                self.set_xy(self.l_margin, 0)
                self.cell(0, self.band_h, self.band_text, align="L")
                self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, self.band_h + 6))
        elif self.hdr:
            self.set_font(self.base_font, "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, self.hdr, align="R")
            self.set_draw_color(170, 170, 170)
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() in self.no_chrome or not self.ftr:
            return
        self.set_y(-12)
        self.set_font(self.base_font, "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, self.ftr.format(p=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def F(pdf, style="", size=None, fam=None):
    pdf.set_font(fam or pdf.base_font, style, size or pdf.base_size)


def para(pdf, text, size=None, lh=None, style="", align="L", after=1.6, color=None):
    F(pdf, style, size)
    if color:
        pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, lh or pdf.lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def heading(pdf, text, size=None, color=(20, 50, 100), after=1.2, rule=False):
    F(pdf, "B", size or pdf.base_size + 1.5)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, (size or pdf.base_size + 1.5) * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if rule:
        pdf.set_draw_color(*color)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.4, pdf.w - pdf.r_margin, pdf.get_y() + 0.4)
        pdf.ln(1.2)
    pdf.ln(after)


def clause(pdf, head, text, size=None, lh=None, after=1.6):
    lh = lh or pdf.lh
    pdf.set_x(pdf.l_margin)
    F(pdf, "B", size)
    pdf.write(lh, head + " ")
    F(pdf, "", size)
    pdf.write(lh, text)
    pdf.ln(lh)
    pdf.ln(after)


def bullets(pdf, items, size=None, lh=None, indent=5, after=1.2, mark="\u2022"):
    lh = lh or pdf.lh
    F(pdf, "", size)
    for it in items:
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, lh, mark)
        pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(after)


def grid(
    pdf,
    rows,
    widths,
    size=None,
    lh=None,
    header=True,
    head_fill=(222, 230, 242),
    head_color=(0, 0, 0),
    bold_first=True,
    width=None,
    after=2.5,
    fill_first=None,
):
    F(pdf, "", size)
    lh = lh or pdf.lh
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=widths,
        width=width,
        align="LEFT",
        text_align="LEFT",
        v_align="TOP",
        line_height=lh,
        first_row_as_headings=header,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color),
        padding=(1.1, 1.5, 1.1, 1.5),
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                st = None
                if bold_first and j == 0 and not (header and i == 0):
                    st = FontFace(emphasis="BOLD", fill_color=fill_first)
                row.cell(c, style=st)
    pdf.ln(after)


def sig_block(pdf, cols, size=None, top_gap=12, caption_size=None):
    """cols: list of (caption, name). Draws signature lines side by side."""
    pdf.ln(top_gap)
    n = len(cols)
    gap = 10
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - gap * (n - 1)) / n
    y = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    for i, (cap, name) in enumerate(cols):
        x = pdf.l_margin + i * (colw + gap)
        pdf.line(x, y, x + colw, y)
        pdf.set_xy(x, y + 1)
        F(pdf, "B", size)
        pdf.cell(colw, pdf.lh, name)
        pdf.set_xy(x, y + 1 + pdf.lh)
        F(pdf, "", caption_size or (size or pdf.base_size) - 1)
        pdf.cell(colw, pdf.lh, cap)
    pdf.set_y(y + 2 + 2 * pdf.lh)
    pdf.ln(2)


def thumb_box(pdf, x, y, caption):
    pdf.set_draw_color(80, 80, 80)
    pdf.rect(x, y, 26, 30)
    F(pdf, "", 7)
    pdf.set_xy(x, y + 30.5)
    pdf.cell(26, 3.5, caption, align="C")


def twocol(pdf, left, right, size=None, lh=None, gutter=8, after=2):
    """left/right: lists of (head, text) clauses, rendered in two columns."""
    L, R = pdf.l_margin, pdf.r_margin
    y0 = pdf.get_y()
    colw = (pdf.w - L - R - gutter) / 2
    pdf.set_auto_page_break(False)
    pdf.set_right_margin(pdf.w - L - colw)
    pdf.set_xy(L, y0)
    for h, t in left:
        clause(pdf, h, t, size=size, lh=lh, after=1.8)
    y1 = pdf.get_y()
    pdf.set_left_margin(L + colw + gutter)
    pdf.set_right_margin(R)
    pdf.set_xy(L + colw + gutter, y0)
    for h, t in right:
        clause(pdf, h, t, size=size, lh=lh, after=1.8)
    y2 = pdf.get_y()
    pdf.set_left_margin(L)
    pdf.set_right_margin(R)
    pdf.set_draw_color(160, 160, 160)
    pdf.line(L + colw + gutter / 2, y0, L + colw + gutter / 2, max(y1, y2) - 1)
    yend = max(y1, y2)
    if yend > pdf.h - pdf.bottom:
        raise RuntimeError("two-column block overflows page %d" % pdf.page_no())
    pdf.set_y(yend)
    pdf.set_auto_page_break(True, pdf.bottom)
    pdf.ln(after)


def wrap_px(text, font, maxw):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if font.getlength(cand) <= maxw:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scan_page(pdf, blocks, seed, dpi=200, angle=0.45):
    """Adds one image-only page (a photocopy-like 'scan') rendered from text blocks.

    blocks: list of (kind, text) with kind in title|sub|p|b|small|gap|sigline.
    """
    W, H = int(round(pdf.w / 25.4 * dpi)), int(round(pdf.h / 25.4 * dpi))
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt * dpi / 72))

    fonts = {
        "title": ImageFont.truetype(FONTS["DejaVuSerif"]["B"], px(13)),
        "sub": ImageFont.truetype(FONTS["DejaVuSerif"][""], px(10)),
        "p": ImageFont.truetype(FONTS["DejaVuSerif"][""], px(11)),
        "b": ImageFont.truetype(FONTS["DejaVuSerif"]["B"], px(11)),
        "small": ImageFont.truetype(FONTS["DejaVuSerif"][""], px(9)),
    }
    margin = int(0.95 * dpi)
    y = int(0.85 * dpi)
    for kind, text in blocks:
        if kind == "gap":
            y += px(float(text))
            continue
        if kind == "sigline":
            f = fonts["p"]
            d.line((margin, y + px(16), margin + int(2.6 * dpi), y + px(16)), fill=30, width=3)
            # a hand-drawn looking squiggle over the line
            pts = [(margin + 40 + i * 9, y + px(10) + int(14 * np.sin(i / 2.3))) for i in range(48)]
            d.line(pts, fill=40, width=3)
            y += px(22)
            d.text((margin, y), text, fill=30, font=f)
            y += px(16)
            continue
        f = fonts[kind]
        size_pt = {"title": 13, "sub": 10, "p": 11, "b": 11, "small": 9}[kind]
        for ln in wrap_px(text, f, W - 2 * margin):
            if kind == "title":
                x = (W - f.getlength(ln)) / 2
            else:
                x = margin
            d.text((x, y), ln, fill=22, font=f)
            y += px(size_pt * 1.42)
        y += px(5)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(seed)
    arr = arr * 0.9 + 14.0  # greyish paper, softer black
    arr += rng.normal(0.0, 6.0, arr.shape)  # grain
    xs = np.linspace(0, 1, W, dtype=np.float32)
    arr -= (np.clip(0.06 - xs, 0, None) / 0.06 * 70.0)[None, :]  # copier shadow, left edge
    specks = rng.random(arr.shape) < 0.0009
    arr[specks] -= 120
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.65))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    buf.seek(0)
    pdf.no_chrome.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# --------------------------------------------------------------------------- documents
def bf01(out):
    """H-2A job order, English, compliant."""
    pdf = Doc(
        "letter",
        font="DejaVu",
        size=9.5,
        band=(46, 110, 64),
        band_text="H-2A AGRICULTURAL CLEARANCE ORDER  |  JOB OFFER FOR U.S. AND H-2A WORKERS",
        footer="Pinecrest Hollow Orchards LLC  \u00b7  Clearance order WA-2026-0417  \u00b7  Page {p} of {{nb}}",
    )
    pdf.add_page()
    heading(pdf, "Job Offer: Apple Orchard Farmworkers (46 openings)", size=14, color=(46, 110, 64))
    grid(
        pdf,
        [
            ["Item", "Terms offered"],
            [
                "Employer",
                "Pinecrest Hollow Orchards LLC, 2210 Old Monitor Road, Cashmere, WA 98815  \u00b7  (509) 555-0148",
            ],
            ["Job title", "Farmworker, fruit orchards (SOC 45-2092)"],
            ["Period of employment", "April 6, 2026 through November 13, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Saturday; usual day 6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch",
            ],
            [
                "Wage",
                "$20.14 per hour; during harvest, $31.50 per 24-bushel bin whenever bin earnings for the week are higher than hourly earnings",
            ],
            ["Pay day", "Every Friday (weekly)"],
            ["Housing", "Free, at Pinecrest Hollow Bunkhouse, 2250 Old Monitor Road, Cashmere"],
            [
                "Recruiting agent",
                "Agencia Laboral Cumbres del Baj\u00edo, S.C., Celaya, Guanajuato, Mexico",
            ],
        ],
        (0.27, 0.73),
    )
    heading(pdf, "1. Job duties")
    para(
        pdf,
        "Workers hand-thin blossoms and fruitlets, prune and train trees to the trellis wire, pick apples "
        "into picking bags from 8-, 10- and 12-foot orchard ladders, empty the bags gently into bins, move "
        "ladders and props between rows, pick up fallen fruit and brush, and open or close the valves on the "
        "irrigation feeder lines when a supervisor asks. Fruit quality is checked at the bin.",
    )
    heading(pdf, "2. Worksites")
    grid(
        pdf,
        [
            ["Block", "Address", "County"],
            ["Home block", "2210 Old Monitor Road, Cashmere, WA 98815", "Chelan"],
            ["Sunnyslope block", "415 Sunnyslope Heights Road, Wenatchee, WA 98801", "Chelan"],
            ["Peshastin Flats", "10220 Saunders Road, Peshastin, WA 98847", "Chelan"],
        ],
        (0.25, 0.55, 0.20),
    )
    heading(pdf, "3. Requirements")
    para(
        pdf,
        "Three months of experience hand-harvesting tree fruit in the past two years; able to climb and work "
        "on a 12-foot ladder and to carry a full picking bag of about 40 pounds. No diploma and no English are required.",
    )
    heading(pdf, "4. Wage and wage adjustments")
    para(
        pdf,
        "The employer will pay the highest of the Adverse Effect Wage Rate (AEWR), the prevailing wage, the "
        "agreed collective bargaining wage, or the federal or state minimum wage in effect when the work is "
        "performed. If a higher AEWR or minimum wage is published during the season, workers receive it from "
        "its effective date. Bin earnings are always topped up to at least the hourly rate for every hour worked.",
    )

    pdf.add_page()
    heading(pdf, "5. Pay day and earnings statements")
    para(
        pdf,
        "Wages are paid weekly, every Friday, by check or direct deposit at the worker's choice. With each "
        "payment the worker receives a written statement showing the hours offered, the hours actually worked, "
        "bins picked, the hourly and bin rates, total earnings, each deduction with its reason, net pay, and "
        "the employer's name, address and FEIN.",
    )
    heading(pdf, "6. Deductions")
    para(
        pdf,
        "The employer deducts only: (a) federal income tax, and only if the worker asks for it in writing; "
        "(b) garnishments ordered by a court; and (c) the daily price of the optional meal plan in section 9, "
        "only for workers who sign up for it. H-2A wages are exempt from Social Security and Medicare taxes, "
        "so none are withheld.",
    )
    heading(pdf, "7. Three-fourths guarantee")
    para(
        pdf,
        "The employer guarantees to offer each worker employment for a total number of work hours equal to "
        "at least three-fourths of the workdays of the total period that begins with the first workday after "
        "arrival at the place of employment and ends on the last day of the contract. If the offered hours fall "
        "short, the worker is paid the amount he or she would have earned for the missing hours.",
    )
    heading(pdf, "8. Housing")
    para(
        pdf,
        "Housing at Pinecrest Hollow Bunkhouse, 2250 Old Monitor Road, Cashmere, is provided at no cost to "
        "workers and meets the applicable federal and state standards. There is no rent, no utility charge and "
        "no deposit for beds, mattresses, blankets or keys. A free laundry room and a locker with a lock are "
        "available to every resident.",
    )
    heading(pdf, "9. Meals")
    para(
        pdf,
        "Each bunkhouse has a full kitchen with stoves, refrigerators, cookware and dishes that workers may "
        "use free of charge. Workers who prefer not to cook may sign up for an optional plan of three meals a "
        "day at $14.00 per day, which is below the maximum meal charge the Department of Labor allows for "
        "2026; the plan can be cancelled with one week's notice. Coffee and drinking water are free in the "
        "packing shed break room.",
    )
    heading(pdf, "10. Transportation and visas")
    bullets(
        pdf,
        [
            "Inbound: a worker who completes 50 percent of the work period is reimbursed for the reasonable cost of "
            "transportation and daily subsistence from Celaya, Guanajuato, to Cashmere, if the employer has not "
            "already paid it. Costs that would bring the first week's pay below the federal minimum wage are "
            "reimbursed in the first workweek.",
            "Return: a worker who completes the contract, or whose job ends early because the work became impossible, "
            "receives return transportation and daily subsistence to Celaya, paid by the employer.",
            "Daily: the employer provides free transportation every workday in company vans between the bunkhouse "
            "and each worksite.",
            "Visa: the employer pays all visa fees directly, including the visa processing appointment; workers pay "
            "nothing for the visa.",
        ],
    )
    heading(pdf, "11. Tools and equipment")
    para(
        pdf,
        "Ladders, picking bags, pruning shears, loppers, gloves and rain jackets are provided free of charge, "
        "and no deposit is ever required for them.",
    )

    pdf.add_page()
    heading(pdf, "12. Workers' compensation")
    para(
        pdf,
        "Every worker is covered by workers' compensation insurance through the Washington State Department "
        "of Labor & Industries, employer account no. 417-228-06, at no cost to the worker.",
    )
    heading(pdf, "13. Termination and abandonment")
    para(
        pdf,
        "A worker may be dismissed for lawful job-related reasons after a warning, except for serious "
        "misconduct such as violence. If a worker fails to report for work for 5 consecutive working days "
        "without the consent of the employer, the employer may treat it as voluntary abandonment and will "
        "notify the Department of Labor and DHS within 2 working days; a worker who abandons the job or is "
        "dismissed for cause is not entitled to the three-fourths guarantee or to the return trip.",
    )
    heading(pdf, "14. If the work becomes impossible")
    para(
        pdf,
        "If the contract cannot be completed because fire, flood, hail, freeze or another Act of God makes the "
        "work impossible, and the Certifying Officer agrees, the employer may end the contract early. The worker "
        "is then paid the three-fourths guarantee up to the end date and return transportation and subsistence, "
        "and the employer will try to place the worker in other comparable work.",
    )
    heading(pdf, "15. Recruitment and fees")
    para(
        pdf,
        "Neither the employer nor its recruiting agent, Agencia Laboral Cumbres del Baj\u00edo, S.C., may charge "
        "workers any recruitment, placement or processing fee. The employer pays the agent's fee under a "
        "written agreement that forbids the agent to ask workers for money, and reimburses any worker who was "
        "charged anyway.",
    )
    heading(pdf, "16. Your rights")
    para(
        pdf,
        "Workers keep their own passports and visas at all times; the employer never holds them. The employer "
        "will not blacklist, fire or threaten anyone for filing a complaint, speaking with a lawyer, or "
        "testifying. Residents may come and go freely from the bunkhouse outside working hours.",
    )
    heading(pdf, "17. Language")
    para(
        pdf,
        "This job order is issued in English and in Spanish; each worker receives the Spanish copy before the "
        "visa interview.",
    )
    sig_block(
        pdf,
        [
            ("Operations Manager, Pinecrest Hollow Orchards LLC", "Marguerite Okafor-Lindqvist"),
            ("Date", "January 9, 2026"),
        ],
    )
    pdf.output(os.path.join(out, "bf01.pdf"))


def bf02(out):
    """H-2A recruiter agreement, Spanish: aportación, visa sin reembolso, pagaré con aval."""
    pdf = Doc(
        "letter",
        font="LibSerif",
        size=10.5,
        families=("LibSans",),
        header="Enlaces Agr\u00edcolas del Papaloapan, S.C.  \u2014  Expediente EAP-H2A-2026-0317",
        footer="Hoja {p} de {{nb}}   \u00b7   Rubrique cada hoja",
    )
    pdf.add_page()
    para(
        pdf,
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE GESTOR\u00cdA PARA EMPLEO TEMPORAL EN EL EXTRANJERO",
        size=12.5,
        style="B",
        align="C",
        after=3,
    )
    para(
        pdf,
        "Convenio que celebran, por una parte, Enlaces Agr\u00edcolas del Papaloapan, S.C., con domicilio en "
        "Calle Independencia 418, Col. Centro, San Juan Bautista Tuxtepec, Oaxaca, representada por el "
        "C. Eustaquio Ben\u00edtez Arano, a quien en lo sucesivo se le denominar\u00e1 EL GESTOR, y por la otra el "
        "C. Rigoberto Anzures P\u00e1ez, a quien se le denominar\u00e1 EL CANDIDATO, al tenor de las siguientes "
        "declaraciones y cl\u00e1usulas.",
        align="J",
    )
    para(pdf, "DECLARACIONES", style="B", align="C")
    para(
        pdf,
        "I. EL GESTOR declara que colabora con empleadores de los Estados Unidos de Am\u00e9rica que contratan "
        "trabajadores agr\u00edcolas con visa H-2A. II. EL CANDIDATO declara que desea participar en el proceso "
        "de selecci\u00f3n para la temporada 2026 y que cuenta con pasaporte vigente.",
        align="J",
    )
    para(pdf, "Condiciones del empleo ofrecidas por el patr\u00f3n", style="B", after=1)
    grid(
        pdf,
        [
            ["Concepto", "Detalle"],
            [
                "Patr\u00f3n",
                "Magnolia Ridge Farms, LLP \u2014 1875 Brookfield Road, Tifton, Georgia 31794, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agr\u00edcola: cosecha manual de ar\u00e1ndano y carga de sand\u00eda en el campo",
            ],
            ["Lugar", "Campos del patr\u00f3n en los condados de Tift y Berrien, Georgia"],
            ["Periodo", "Del 20 de marzo al 15 de julio de 2026"],
            ["Jornada", "40 horas por semana, de lunes a s\u00e1bado, de 6:30 a 15:00 horas"],
            [
                "Salario",
                "$14.68 d\u00f3lares por hora o $0.60 por libra de ar\u00e1ndano, lo que resulte mayor",
            ],
            [
                "Pago",
                "Cada viernes, con tal\u00f3n que muestra horas trabajadas, tarifa y pago neto",
            ],
            ["Vivienda", "Gratuita, en el campamento de la granja, 1900 Brookfield Road, Tifton"],
            [
                "Transporte diario",
                "Autob\u00fas gratuito del campamento a los campos, todos los d\u00edas de trabajo",
            ],
            [
                "Herramientas",
                "Cubetas, cinturones de cosecha y guantes, sin costo para el trabajador",
            ],
            [
                "Requisitos",
                "Mayor de 18 a\u00f1os; una temporada de experiencia en cosecha de frutillas",
            ],
        ],
        (0.24, 0.76),
        size=9.5,
        head_fill=(235, 235, 225),
    )
    para(pdf, "CL\u00c1USULAS", style="B", align="C")
    clause(
        pdf,
        "PRIMERA. Objeto.",
        "EL GESTOR integrar\u00e1 el expediente de EL CANDIDATO, lo presentar\u00e1 al "
        "patr\u00f3n y lo acompa\u00f1ar\u00e1 a la entrevista consular en Monterrey, Nuevo Le\u00f3n.",
    )
    clause(
        pdf,
        "SEGUNDA. Aportaci\u00f3n.",
        "Por la integraci\u00f3n y seguimiento de su expediente, EL CANDIDATO "
        "aportar\u00e1 a EL GESTOR la cantidad de $7,800.00 (siete mil ochocientos pesos 00/100 M.N.), que podr\u00e1 "
        "cubrir en dos exhibiciones antes de la cita consular.",
    )

    pdf.add_page()
    clause(
        pdf,
        "TERCERA. Visa.",
        "Los derechos consulares de la visa, de 205 d\u00f3lares americanos, los paga "
        "EL CANDIDATO y no le ser\u00e1n reembolsados.",
    )
    clause(
        pdf,
        "CUARTA. Garant\u00eda.",
        "Como garant\u00eda de que EL CANDIDATO se presentar\u00e1 al trabajo y "
        "cumplir\u00e1 la temporada completa, firmar\u00e1 un pagar\u00e9 por $20,000.00 a favor de EL GESTOR, con un "
        "aval que tenga casa propia.",
    )
    clause(
        pdf,
        "QUINTA. Devoluci\u00f3n del pagar\u00e9.",
        "El pagar\u00e9 se devolver\u00e1 a EL CANDIDATO cuando "
        "regrese a M\u00e9xico con la constancia de haber terminado la temporada.",
    )
    clause(
        pdf,
        "SEXTA. Vivienda.",
        "EL GESTOR no cobra renta: la vivienda en el campamento la proporciona el "
        "patr\u00f3n sin costo.",
    )
    clause(
        pdf,
        "S\u00c9PTIMA. Documentos.",
        "EL CANDIDATO conservar\u00e1 en todo momento su pasaporte y su visa; "
        "EL GESTOR solo recibir\u00e1 fotocopias.",
    )
    clause(
        pdf,
        "OCTAVA. No selecci\u00f3n.",
        "Si EL CANDIDATO no es seleccionado por el patr\u00f3n o se le niega la "
        "visa, EL GESTOR le devolver\u00e1 el pagar\u00e9, pero la aportaci\u00f3n de la cl\u00e1usula SEGUNDA no ser\u00e1 "
        "reembolsable.",
    )
    clause(
        pdf,
        "NOVENA. Jurisdicci\u00f3n.",
        "Para la interpretaci\u00f3n y cumplimiento de este convenio las partes se "
        "someten a los tribunales de San Juan Bautista Tuxtepec, Oaxaca, renunciando a cualquier otro fuero.",
    )
    para(
        pdf,
        "Le\u00eddo que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman en "
        "San Juan Bautista Tuxtepec, Oaxaca, el 14 de enero de 2026.",
        align="J",
    )
    sig_block(
        pdf,
        [
            ("EL GESTOR", "Eustaquio Ben\u00edtez Arano"),
            ("EL CANDIDATO", "Rigoberto Anzures P\u00e1ez"),
        ],
        top_gap=16,
    )
    thumb_box(pdf, pdf.w - pdf.r_margin - 26, pdf.get_y() + 2, "Huella de EL CANDIDATO")
    pdf.output(os.path.join(out, "bf02.pdf"))


def bf03(out):
    """H-2A offer letter from a labor contractor, English: utility contribution, deposit on tools."""
    pdf = Doc("letter", font="LibSans", size=9.5, lh=4.3, margins=(20, 12, 20), bottom=12)
    pdf.add_page()
    pdf.set_fill_color(150, 24, 30)
    pdf.rect(0, 0, pdf.w, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    F(pdf, "B", 17)
    pdf.set_xy(20, 4)
    pdf.cell(0, 8, "REDLINE HARVEST SERVICES LLC")
    F(pdf, "", 8.5)
    pdf.set_xy(20, 12.5)
    pdf.cell(
        0,
        5,
        "H-2A Labor Contractor  \u00b7  FLC Certificate no. FLC-7719-22  \u00b7  415 Packinghouse Road, "
        "Immokalee, FL 34142  \u00b7  (239) 555-0192",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(28)
    para(pdf, "September 14, 2026", after=1)
    para(
        pdf,
        "Mr. Ferm\u00edn Ajpop Tzul\nCant\u00f3n Xecaracoj, Quetzaltenango, Guatemala",
        after=1.5,
    )
    para(
        pdf,
        "Re: Offer of seasonal employment \u2014 tomato and pepper harvest, Collier and Hendry Counties, Florida",
        style="B",
        after=1.5,
    )
    para(
        pdf,
        "Dear Mr. Ajpop Tzul: Redline Harvest Services LLC is pleased to offer you a position as a harvest "
        "worker under the H-2A program for the 2026\u20132027 winter season. Our partner in Guatemala, Servicios "
        "de Empleo Altiplano Occidente, S.A., will contact you about the consular appointment. The visa fee is "
        "paid by Redline at the consulate. The main terms are below.",
    )
    grid(
        pdf,
        [
            [
                "Position",
                "Harvest worker: pick, sort and carry tomatoes and bell peppers in 32-lb buckets to the field "
                "trailer; stake and tie plants; remove plastic mulch at the end of the season",
            ],
            [
                "Where",
                "Fields of Sunfresh Row Crops and Oak Hammock Produce, Collier and Hendry Counties, Florida",
            ],
            ["Dates", "November 2, 2026 to May 15, 2027"],
            ["Hours", "8 hours a day, Monday to Saturday (48 hours per week)"],
            [
                "Pay",
                "$15.82 per hour, or $0.65 per bucket of tomatoes when that is higher; paid every Friday (weekly)",
            ],
            [
                "Guarantee",
                "Work offered for at least three-fourths of the workdays in the contract period, or pay for "
                "the difference",
            ],
            [
                "Deductions",
                "Federal income tax only if you ask for it in writing, and the camp utility contribution below",
            ],
            [
                "Housing",
                "Lake Trafford Road camp, 1120 Lake Trafford Road, Immokalee, with a shared kitchen you may use "
                "free of charge",
            ],
            ["Transport", "Free bus every workday from the camp to the fields"],
            [
                "Travel",
                "Your bus fare and meals from Quetzaltenango to Immokalee are repaid once you complete half of "
                "the contract; your trip home is paid if you finish",
            ],
            [
                "Injury",
                "Workers' compensation policy FLW-2291403, Sunshine State Agricultural Mutual",
            ],
            [
                "Requirements",
                "One season of vegetable-harvest experience; able to carry 32 lbs repeatedly",
            ],
        ],
        (0.2, 0.8),
        header=False,
        fill_first=(245, 228, 228),
        after=2,
    )
    para(pdf, "Please note:", style="B", after=0.6)
    para(
        pdf,
        "Each occupant of the Lake Trafford Road camp contributes $25.00 a week toward electricity and water, "
        "taken from the weekly check.",
        after=1,
    )
    para(
        pdf,
        "Harvest knives, buckets and rain gear are issued against a $60.00 refundable deposit, paid on arrival "
        "and returned when the items are turned in at the end of the season.",
        after=1,
    )
    para(
        pdf,
        "No one at Redline or at our partner agency may ask you for money to get this job; report anyone who "
        "does to (239) 555-0192.",
        after=1.5,
    )
    para(pdf, "Please sign and return one copy to accept this offer.", after=0)
    sig_block(
        pdf,
        [
            ("Crew Operations Director, Redline Harvest Services LLC", "Dwayne Castellanos-Hurd"),
            ("Accepted by the worker", "Ferm\u00edn Ajpop Tzul"),
        ],
        top_gap=10,
    )
    pdf.output(os.path.join(out, "bf03.pdf"))


def bf04(out):
    """H-2A work contract, Spanish, 3 pages; page 3 is a scanned annex with the fees."""
    pdf = Doc(
        "letter",
        font="DejaVuSerif",
        size=9.5,
        lh=4.5,
        header="Blue Laurel Tree Farms, Inc.  \u00b7  Contrato H-2A temporada 2026",
        footer="P\u00e1gina {p} de {{nb}}",
    )
    pdf.add_page()
    para(
        pdf,
        "CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL H-2A",
        size=13,
        style="B",
        align="C",
        after=2,
    )
    para(
        pdf,
        "EL EMPLEADOR: Blue Laurel Tree Farms, Inc., 88 Sugar Camp Road, Newland, Carolina del Norte 28657, "
        "EE. UU.\nEL TRABAJADOR: Marcelino Huerta Bocanegra, originario de Tamazunchale, San Luis Potos\u00ed.",
        after=2.5,
    )
    c = [
        (
            "1. Puesto y labores.",
            "Trabajador agr\u00edcola en plantaciones de \u00e1rboles de Navidad (abeto Fraser): "
            "poda y moldeo de \u00e1rboles con cuchillo de poda, control de maleza alrededor de los \u00e1rboles, etiquetado "
            "por tama\u00f1o, corte, empacado en red y carga de \u00e1rboles en camiones durante la cosecha de noviembre.",
        ),
        (
            "2. Lugar de trabajo.",
            "Plantaciones del empleador en los condados de Avery y Watauga, Carolina del Norte, "
            "incluidas las fincas Sugar Camp (88 Sugar Camp Road, Newland) y Beech Flats (2301 Beech Mountain Parkway, "
            "Banner Elk).",
        ),
        ("3. Duraci\u00f3n.", "Del 15 de abril al 10 de diciembre de 2026."),
        (
            "4. Horario.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 16:00 horas con una hora de comida; en la "
            "temporada de corte puede haber trabajo los s\u00e1bados de 7:00 a 12:00 horas.",
        ),
        (
            "5. Salario.",
            "$17.58 d\u00f3lares por hora. El empleador pagar\u00e1 siempre la tarifa m\u00e1s alta entre la AEWR, "
            "el salario prevaleciente y el salario m\u00ednimo federal o estatal; si durante el contrato se publica una "
            "tarifa m\u00e1s alta, se aplicar\u00e1 desde su fecha de vigencia.",
        ),
        (
            "6. Pago y tal\u00f3n.",
            "El pago es semanal, cada viernes. Cada tal\u00f3n indica horas ofrecidas, horas "
            "trabajadas, tarifa, ganancias totales, cada descuento y el pago neto.",
        ),
        (
            "7. Descuentos.",
            "Solo se descuentan el impuesto federal sobre la renta, cuando el trabajador lo pide por "
            "escrito, y los descuentos que ordene un juez.",
        ),
        (
            "8. Garant\u00eda de tres cuartas partes.",
            "El empleador garantiza ofrecer trabajo por al menos las tres "
            "cuartas partes de los d\u00edas laborables del periodo del contrato; si no lo hace, pagar\u00e1 la diferencia.",
        ),
        (
            "9. Vivienda.",
            "Vivienda gratuita en la casa de trabajadores de 90 Sugar Camp Road, Newland, con agua, luz "
            "y gas incluidos.",
        ),
        (
            "10. Comidas.",
            "La vivienda tiene cocina equipada que el trabajador puede usar sin costo.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    pdf.add_page()
    c = [
        (
            "11. Transporte de ida.",
            "El empleador reembolsa el transporte y los alimentos del viaje desde Tamazunchale "
            "hasta Newland al completar el 50 % del contrato, o antes si as\u00ed lo exige la ley del salario m\u00ednimo.",
        ),
        (
            "12. Transporte de regreso.",
            "Si el trabajador termina el contrato, el empleador paga su viaje de regreso a "
            "Tamazunchale y los alimentos del camino.",
        ),
        (
            "13. Transporte diario.",
            "Camioneta gratuita de la vivienda a las plantaciones cada d\u00eda de trabajo.",
        ),
        (
            "14. Herramientas.",
            "Cuchillos de poda, tijeras, guantes, lentes de seguridad e impermeables se entregan sin "
            "costo y sin dep\u00f3sito.",
        ),
        (
            "15. Requisitos.",
            "Tres meses de experiencia en poda de \u00e1rboles o en viveros; capacidad para caminar en "
            "terreno inclinado y levantar 50 libras.",
        ),
        (
            "16. Terminaci\u00f3n.",
            "Si el trabajador deja de presentarse 5 d\u00edas de trabajo seguidos sin permiso, se "
            "considerar\u00e1 abandono y el empleador lo notificar\u00e1 a las autoridades dentro de 2 d\u00edas h\u00e1biles. El "
            "empleador solo puede despedir por causa justificada.",
        ),
        (
            "17. Sin cobros.",
            "Ni el empleador ni ninguna otra persona puede cobrarle por este trabajo; el empleador no "
            "retiene pasaportes y no toma represalias contra quien presente una queja.",
        ),
        ("18. Anexo.", "El Anexo A, firmado por separado, forma parte de este contrato."),
    ]
    for h, t in c:
        clause(pdf, h, t)
    sig_block(
        pdf,
        [
            ("Por el empleador: Harlan Whitmire Tester, gerente", "Harlan Whitmire Tester"),
            ("EL TRABAJADOR", "Marcelino Huerta Bocanegra"),
        ],
        top_gap=18,
    )
    scan_page(
        pdf,
        [
            ("title", "ANEXO A \u2014 ACUERDOS INTERNOS DE LA TEMPORADA 2026"),
            ("sub", "Blue Laurel Tree Farms, Inc.  \u00b7  Newland, Carolina del Norte"),
            ("gap", "10"),
            (
                "p",
                "Este anexo se entrega a cada trabajador a su llegada a la vivienda y se firma antes del primer d\u00eda "
                "de trabajo.",
            ),
            ("gap", "6"),
            ("b", "A1. Autob\u00fas"),
            (
                "p",
                "El costo del autob\u00fas de Monterrey a Newland, $280 d\u00f3lares, se descontar\u00e1 del cheque en "
                "partidas de $40 semanales.",
            ),
            ("b", "A2. Ahorro de temporada"),
            (
                "p",
                "De cada pago semanal se apartar\u00e1n $50 d\u00f3lares, que la empresa entregar\u00e1 al trabajador en "
                "efectivo el \u00faltimo d\u00eda de la temporada.",
            ),
            ("b", "A3. Quejas"),
            (
                "p",
                "Quien presente quejas ante el Departamento de Trabajo o hable con abogados quedar\u00e1 fuera de la "
                "lista de recontrataci\u00f3n, y su nombre se comunicar\u00e1 a las dem\u00e1s granjas del condado.",
            ),
            ("b", "A4. Limpieza"),
            (
                "p",
                "Los trabajadores deben mantener limpia la vivienda; las inspecciones son los lunes a las 6:00.",
            ),
            ("gap", "14"),
            ("p", "Recib\u00ed copia de este anexo y estoy de acuerdo."),
            ("gap", "8"),
            ("sigline", "Firma del trabajador"),
            ("small", "Fecha: ____ / ____ / 2026"),
        ],
        seed=4042,
    )
    pdf.output(os.path.join(out, "bf04.pdf"))


def bf05(out):
    """H-2B job order, English, compliant."""
    pdf = Doc(
        "letter",
        font="DejaVuCond",
        size=9.5,
        lh=4.4,
        band=(24, 44, 86),
        band_text="H-2B JOB ORDER  \u00b7  H-400-26061-771203  \u00b7  Seafood processing",
        footer="Brackish Point Seafood Co., Inc.  |  {p}/{{nb}}",
    )
    pdf.add_page()
    heading(pdf, "Crab Meat Picker \u2014 38 openings", size=15, color=(24, 44, 86), rule=True)
    heading(pdf, "Offer at a glance", size=10.5)
    grid(
        pdf,
        [
            [
                "Employer",
                "Brackish Point Seafood Co., Inc., 1402 Hoopersville Road, Fishing Creek, MD 21634  \u00b7  (410) 555-0173",
            ],
            ["Job title", "Crab meat picker / seafood processing worker (SOC 51-3022)"],
            [
                "Worksite",
                "Picking house at 1402 Hoopersville Road, Fishing Creek, Dorchester County, Maryland",
            ],
            ["Dates of work", "April 1, 2026 to November 20, 2026"],
            [
                "Schedule",
                "40 hours per week, Monday through Friday, 5:00 a.m. to 1:30 p.m., with a 30-minute meal break",
            ],
            [
                "Basic rate",
                "$16.55 per hour, or $4.40 per pound of picked meat when piece earnings for the week are higher",
            ],
            ["Overtime", "$24.83 per hour for hours over 40 in a workweek"],
            ["Pay period", "Weekly, every Thursday"],
            [
                "Requirements",
                "One month of experience in seafood or food processing; able to stand for 8 hours and lift 40 pounds",
            ],
        ],
        (0.22, 0.78),
        header=False,
        fill_first=(226, 232, 244),
    )
    heading(pdf, "Duties", size=10.5)
    para(
        pdf,
        "Pickers feed steamed blue crabs from the cooker baskets onto the picking tables, remove the back shell "
        "and gills, extract jumbo lump, backfin and claw meat with a picking knife, and sort it by grade into "
        "one-pound containers. Workers weigh and seal containers, label cartons and wash tables and knives at the "
        "end of each shift. In July and August workers may be offered voluntary Saturday shifts at the retail "
        "window, where they collect payment and container deposits from customers.",
    )
    heading(pdf, "Wages", size=10.5)
    para(
        pdf,
        "The employer will pay at least the highest of the prevailing wage, the federal minimum wage and the "
        "Maryland minimum wage during the entire period of employment; if the Department of Labor publishes a "
        "higher prevailing wage during the season, it is paid from its effective date. Piece earnings are never "
        "allowed to fall below the hourly rate.",
    )
    heading(pdf, "Earnings statements", size=10.5)
    para(
        pdf,
        "Each pay day the worker receives a statement with the hours offered, hours worked, pounds picked, rates "
        "of pay, gross earnings, each deduction and the reason for it, and net pay.",
    )
    heading(pdf, "Deductions", size=10.5)
    para(
        pdf,
        "Only federal and Maryland income tax, Social Security and Medicare taxes, and deductions the worker "
        "voluntarily authorizes in writing for his or her own benefit are taken from pay. Nothing is deducted for "
        "housing, tools, transportation or visas.",
    )

    pdf.add_page()
    heading(pdf, "Three-fourths guarantee", size=10.5)
    para(
        pdf,
        "For each 12-week period (6-week period if the contract is shorter than 120 days), the employer offers "
        "employment for hours equal to at least three-fourths of the workdays in that period; if fewer hours "
        "are offered, the worker is paid the difference.",
    )
    heading(pdf, "Travel", size=10.5)
    grid(
        pdf,
        [
            ["Leg", "Who pays"],
            [
                "Inbound",
                "Workers who complete 50 percent of the employment period are reimbursed for the transportation "
                "and daily subsistence costs of travel from their home town to Fishing Creek; the employer pays "
                "these costs in the first workweek to the extent needed to keep pay at or above the federal "
                "minimum wage.",
            ],
            [
                "Return",
                "Workers who finish the season, or are dismissed early for any reason other than cause, receive "
                "paid return transportation and daily subsistence to the place where they were recruited.",
            ],
            [
                "Daily",
                "The house at 1410 Hoopersville Road is a short walk from the picking house.",
            ],
        ],
        (0.16, 0.84),
        head_fill=(226, 232, 244),
    )
    heading(pdf, "Visa and related fees", size=10.5)
    para(
        pdf,
        "The employer pays or reimburses in the first workweek the visa fee, the visa processing fee, border "
        "crossing fees and other related fees.",
    )
    heading(pdf, "Tools and supplies", size=10.5)
    para(
        pdf,
        "Knives, gloves, aprons, hairnets, rubber boots and sanitizer are provided at no charge and without any "
        "deposit.",
    )
    heading(pdf, "Housing (optional)", size=10.5)
    para(
        pdf,
        "Workers may live free of charge in the company house at 1410 Hoopersville Road (12 beds, full kitchen, "
        "washer and dryer).",
    )
    heading(pdf, "Termination", size=10.5)
    para(
        pdf,
        "A worker who does not report for 5 consecutive working days without the employer's consent is "
        "considered to have abandoned the job; the employer will notify the Department of Labor and DHS in "
        "writing within 2 business days. Workers may be dismissed only for cause, such as repeated food-safety "
        "violations after a written warning.",
    )
    heading(pdf, "If the work becomes impossible", size=10.5)
    para(
        pdf,
        "If a storm, hurricane, flood, fire or a closure of the crab fishery by the State of Maryland makes it "
        "impossible to continue, the employer may end the contract with the Department of Labor's approval, and "
        "will pay the three-fourths guarantee up to that date and return transportation.",
    )

    pdf.add_page()
    heading(pdf, "Recruitment", size=10.5)
    para(
        pdf,
        "The employer recruits in Mexico through Empleos Costeros del Golfo, S.A. de C.V. (Alvarado, Veracruz). "
        "The employer pays all of the agent's charges, and the agent's contract prohibits it from collecting any "
        "fee, deposit or gift from workers. Workers keep their own passports, and no worker will be blacklisted "
        "or sent home for raising a complaint.",
    )
    heading(pdf, "Breaks", size=10.5)
    para(
        pdf,
        "Free coffee, drinking water and a heated break room are available in the picking house.",
    )
    heading(pdf, "How to apply", size=10.5)
    para(
        pdf,
        "Apply in person at 1402 Hoopersville Road, Fishing Creek, MD, or through the Maryland Workforce "
        "Exchange, referencing job order H-400-26061-771203.",
    )
    sig_block(
        pdf,
        [
            ("President, Brackish Point Seafood Co., Inc.", "Leona Pruitt-Abernathy"),
            ("Date", "December 18, 2025"),
        ],
        top_gap=14,
    )
    pdf.output(os.path.join(out, "bf05.pdf"))


def bf06(out):
    """H-2B WhatsApp broadcast (tall page), Spanish: anticipo, médico, visa, multa."""
    pdf = Doc(
        (112, 284), font="DejaVu", size=9, lh=4.1, margins=(0, 0, 0), bottom=2, bg=(236, 229, 221)
    )
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 20, style="F")
    pdf.set_text_color(255, 255, 255)
    F(pdf, "B", 10.5)
    pdf.set_xy(14, 4)
    pdf.cell(0, 5, "Gestor\u00eda Laboral Hnos. Villarreal")
    F(pdf, "", 7.5)
    pdf.set_xy(14, 10)
    pdf.cell(0, 4, "Lista de difusi\u00f3n \u00b7 187 destinatarios")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(3, 5, 9, 9, style="F")
    pdf.set_text_color(0, 0, 0)

    msgs = [
        ("in", "Buenas tardes a todos, les comparto las vacantes de esta temporada.", "4:02 p. m."),
        (
            "in",
            "TRABAJO DE JARDINER\u00cdA CON VISA H-2B en Raleigh, Carolina del Norte. Cortar pasto, podar setos "
            "y arbustos, plantar flores, poner mulch y recoger hojas.",
            "4:02 p. m.",
        ),
        (
            "in",
            "Del 1 de abril al 25 de noviembre. 40 horas a la semana y hay horas extra. Pagan $17.50 la hora, "
            "cada viernes.",
            "4:03 p. m.",
        ),
        (
            "in",
            "Requisito: m\u00ednimo 6 meses de experiencia en jardiner\u00eda y pasaporte vigente.",
            "4:03 p. m.",
        ),
        (
            "in",
            "Para apartar su lugar son $4,000 pesos de anticipo, por dep\u00f3sito o en Oxxo a la cuenta que les "
            "paso por privado.",
            "4:05 p. m.",
        ),
        (
            "in",
            "El examen m\u00e9dico y el antidoping son en la cl\u00ednica que nosotros les indiquemos, cuestan "
            "$1,350 y los cubre cada quien.",
            "4:05 p. m.",
        ),
        (
            "in",
            "La visa (205 d\u00f3lares) la paga cada quien el d\u00eda de la cita, el patr\u00f3n no la regresa.",
            "4:06 p. m.",
        ),
        (
            "in",
            "OJO: el que se regrese antes de terminar la temporada tiene que pagar una multa de $15,000 pesos.",
            "4:06 p. m.",
        ),
        (
            "in",
            "M\u00e1ndenme por aqu\u00ed foto de su pasaporte y de su INE para empezar su expediente.",
            "4:07 p. m.",
        ),
        ("out", "\u00bfY el pasaje a Monterrey qui\u00e9n lo paga?", "4:31 p. m."),
        (
            "in",
            "Eso lo vemos en la junta del s\u00e1bado. Cupo limitado, los primeros 25 que paguen.",
            "4:40 p. m.",
        ),
    ]
    # date chip
    F(pdf, "", 7.5)
    pdf.set_fill_color(225, 242, 251)
    pdf.rect(pdf.w / 2 - 9, 24, 18, 5, style="F", round_corners=True, corner_radius=1.5)
    pdf.set_xy(pdf.w / 2 - 9, 24)
    pdf.cell(18, 5, "HOY", align="C")
    y = 33
    maxw = 80
    for side, text, ts in msgs:
        F(pdf, "", 9)
        lines = pdf.multi_cell(
            maxw - 6, 4.1, text, align="L", dry_run=True, output=MethodReturnValue.LINES
        )
        tw = max(pdf.get_string_width(ln) for ln in lines)
        bw = min(maxw, max(tw + 7, 30))
        bh = len(lines) * 4.1 + 8
        x = 4 if side == "in" else pdf.w - 4 - bw
        pdf.set_fill_color(*((255, 255, 255) if side == "in" else (220, 248, 198)))
        pdf.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=2.2)
        pdf.set_xy(x + 3, y + 2)
        pdf.multi_cell(bw - 6, 4.1, text, align="L", new_x="LMARGIN", new_y="NEXT")
        F(pdf, "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + bw - 20, y + bh - 4.6)
        pdf.cell(17.5, 3.5, ts, align="R")
        pdf.set_text_color(0, 0, 0)
        y += bh + 3
    if y > pdf.h - 4:
        raise RuntimeError("bf06 chat overflows the page (y=%.1f)" % y)
    pdf.output(os.path.join(out, "bf06.pdf"))


def bf07(out):
    """H-2B seasonal agreement, English, two columns: uniform, dorm rent, curfew, advance with interest."""
    pdf = Doc(
        "letter",
        font="LibSerif",
        size=10.5,
        lh=4.9,
        families=("LibSans",),
        margins=(16, 14, 16),
        footer="Lakeshore Bluff Inn & Cottages, LLC \u2014 Seasonal Employment Agreement \u2014 page {p} of {{nb}}",
    )
    pdf.add_page()
    F(pdf, "B", 15, fam="LibSans")
    pdf.set_text_color(90, 60, 30)
    pdf.cell(0, 7, "LAKESHORE BLUFF INN & COTTAGES, LLC", align="C", new_x="LMARGIN", new_y="NEXT")
    F(pdf, "", 8.5, fam="LibSans")
    pdf.cell(
        0,
        4.5,
        "7 Huron Bluff Road, Mackinac Island, MI 49757  \u00b7  (906) 555-0114",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    para(pdf, "SEASONAL EMPLOYMENT AGREEMENT (H-2B)", size=12, style="B", align="C", after=1.5)
    para(
        pdf,
        'This agreement is made between Lakeshore Bluff Inn & Cottages, LLC (the "Company") and Kemar A. '
        'Blackwood of Spanish Town, St. Catherine, Jamaica (the "Employee"), who will work under an H-2B visa.',
        align="L",
        after=3,
    )
    left = [
        (
            "1. Position.",
            "The Employee is hired as a Housekeeper / Room Attendant: cleaning guest rooms and cottages, "
            "changing linens, restocking amenities, vacuuming hallways and reporting maintenance needs.",
        ),
        (
            "2. Place of work.",
            "Lakeshore Bluff Inn and its 14 cottages, 7 Huron Bluff Road, Mackinac Island, Michigan.",
        ),
        ("3. Term.", "May 8, 2026 to October 18, 2026."),
        (
            "4. Hours.",
            "40 hours per week in five 8-hour shifts, usually 7:30 a.m. to 4:00 p.m. with a 30-minute "
            "unpaid break.",
        ),
        (
            "5. Pay.",
            "$15.10 per hour. Hours over 40 in a workweek are paid at $22.65 per hour. Wages are paid every "
            "other Friday by direct deposit.",
        ),
        (
            "6. Requirements.",
            "Three months of hotel or commercial cleaning experience; ability to lift 35 pounds and "
            "climb stairs throughout the shift.",
        ),
        (
            "7. Guaranteed hours.",
            "In each 12-week period the Company offers work for at least three-fourths of the "
            "workdays; hours not offered are paid.",
        ),
    ]
    right = [
        (
            "8. Travel.",
            "The Company reimburses the Employee's airfare from Kingston to Pellston, the ferry to the "
            "island and daily meals on the way in the first workweek; on completing the season, the return trip to "
            "Kingston is paid by the Company.",
        ),
        (
            "9. Visa.",
            "The Company reimburses the visa and visa processing fees in the first workweek.",
        ),
        (
            "10. Supplies.",
            "All cleaning chemicals, carts, vacuums and linens are provided free of charge.",
        ),
        (
            "11. Uniform.",
            "The uniform package (two polo shirts, an apron and non-slip shoes) costs $85.00 and is "
            "deducted from the first two paychecks.",
        ),
        (
            "12. Housing.",
            "Employer housing is offered in the Bluff dormitory. Employees who live in the Bluff "
            "dormitory pay $110.00 per week in rent, deducted from each paycheck.",
        ),
        (
            "13. House rules.",
            "Dormitory residents must be inside by 10:30 p.m. and may not leave the island on their "
            "days off without written approval from the Housekeeping Manager.",
        ),
    ]
    twocol(pdf, left, right)
    pdf.add_page()
    left = [
        (
            "14. Pay advance.",
            "Before departure the Company may advance the Employee up to $600.00, repayable through "
            "payroll deductions of $50.00 per paycheck plus 8% interest.",
        ),
        (
            "15. Deductions.",
            "The Company deducts federal and Michigan income tax, Social Security and Medicare, "
            "dormitory rent, the uniform package and any advance under clause 14.",
        ),
        (
            "16. Ending employment.",
            "The Company may dismiss the Employee for cause. An Employee who is absent for 5 "
            "consecutive workdays without notice is considered to have abandoned the job, and the Company will notify "
            "the Department of Labor and DHS.",
        ),
    ]
    right = [
        (
            "17. Tips.",
            "Guests may leave tips for room attendants; tips belong entirely to the Employee.",
        ),
        (
            "18. No fees.",
            "The Employee has not paid and will not pay any recruitment fee to the Company or to any "
            "agent.",
        ),
        (
            "19. Entire agreement.",
            "This agreement and the certified job order are the whole agreement between the "
            "parties.",
        ),
    ]
    twocol(pdf, left, right)
    sig_block(
        pdf,
        [
            ("For the Company: Director of Housekeeping", "Rosalind Teague-Marsh"),
            ("Employee", "Kemar A. Blackwood"),
        ],
        top_gap=16,
    )
    pdf.output(os.path.join(out, "bf07.pdf"))


def bf08(out):
    """H-2B job order in Spanish: welfare fund, OSHA course, damage chargeback, passport (review)."""
    pdf = Doc(
        "letter",
        font="DejaVuCond",
        size=9.5,
        lh=4.4,
        header="ORDEN DE TRABAJO H-2B (traducci\u00f3n al espa\u00f1ol)  \u00b7  H-400-26048-630915",
        footer="Cedar Creek Grounds & Hardscape, LLC  \u00b7  P\u00e1gina {p} de {{nb}}",
    )
    pdf.add_page()
    heading(
        pdf,
        "Trabajadores de jardiner\u00eda y paisajismo \u2014 30 vacantes",
        size=14,
        color=(60, 90, 30),
        rule=True,
    )
    grid(
        pdf,
        [
            ["Concepto", "Oferta"],
            [
                "Empleador",
                "Cedar Creek Grounds & Hardscape, LLC, 4410 Ranch Road 12, San Marcos, Texas 78666  \u00b7  "
                "(512) 555-0137",
            ],
            ["Puesto", "Trabajador de jardiner\u00eda y paisajismo (SOC 37-3011)"],
            [
                "Lugares de trabajo",
                "Propiedades de clientes en los condados de Hays, Travis y Comal, Texas; el equipo "
                "sale cada d\u00eda del patio de la empresa en 4410 Ranch Road 12",
            ],
            ["Periodo", "Del 2 de marzo al 30 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas, con 30 minutos de comida",
            ],
            ["Salario", "$16.28 por hora"],
            ["Tiempo extra", "$24.42 por hora despu\u00e9s de 40 horas en la semana"],
            ["Pago", "Semanal, cada viernes, por dep\u00f3sito directo o cheque"],
            [
                "Requisitos",
                "Tres meses de experiencia en jardiner\u00eda o paisajismo; no se requiere licencia de manejo",
            ],
        ],
        (0.24, 0.76),
        head_fill=(222, 236, 210),
    )
    heading(pdf, "Labores", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "Cortar c\u00e9sped con podadoras de empuje y de asiento, orillar, podar setos y arbustos, plantar "
        "\u00e1rboles y flores, extender mulch y grava, instalar piedra para bordes y patios, limpiar las "
        "propiedades de hojas y basura, y cargar y descargar el remolque. Se alimenta la trituradora de ramas "
        "siguiendo las reglas de seguridad.",
    )
    heading(pdf, "Salario y ajustes", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "El empleador pagar\u00e1 por lo menos el m\u00e1s alto entre el salario prevaleciente certificado por el "
        "Departamento de Trabajo, el salario m\u00ednimo federal y el de Texas. Si durante el contrato se publica "
        "un salario prevaleciente m\u00e1s alto, se pagar\u00e1 desde su fecha de vigencia.",
    )
    heading(pdf, "Garant\u00eda de tres cuartas partes", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "En cada periodo de 12 semanas el empleador ofrecer\u00e1 horas de trabajo equivalentes por lo menos a las "
        "tres cuartas partes de los d\u00edas laborables; si ofrece menos, pagar\u00e1 las horas faltantes.",
    )
    heading(pdf, "Descuentos", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "Se descuentan el impuesto federal sobre la renta, el Seguro Social y Medicare, la aportaci\u00f3n al "
        "Fondo de Bienestar y los dem\u00e1s conceptos que se indican en esta orden.",
    )

    pdf.add_page()
    heading(pdf, "Otras condiciones", size=10.5, color=(60, 90, 30))
    grid(
        pdf,
        [
            ["Tema", "Condici\u00f3n"],
            [
                "Fondo de Bienestar",
                "Todo trabajador queda inscrito en el Fondo de Bienestar Cedar Creek, con una "
                "aportaci\u00f3n obligatoria de $12.00 por semana que se descuenta del cheque.",
            ],
            [
                "Capacitaci\u00f3n",
                "Antes de empezar, cada trabajador toma el curso de seguridad OSHA de 10 horas; su costo "
                "de $95.00 se descuenta del primer cheque.",
            ],
            [
                "Herramientas",
                "El empleador proporciona sin costo podadoras, desbrozadoras, sopladoras, tijeras, palas, "
                "guantes, lentes y protectores de o\u00eddo.",
            ],
            [
                "Da\u00f1os",
                "Si una podadora, sopladora u otro equipo se da\u00f1a por no seguir las instrucciones del "
                "supervisor, el costo de la reparaci\u00f3n se cobrar\u00e1 al trabajador.",
            ],
            [
                "Viaje de ida",
                "El empleador reembolsa el transporte y los gastos diarios de alimentaci\u00f3n del viaje desde "
                "el lugar de reclutamiento hasta San Marcos a los trabajadores que completen el 50 % del "
                "periodo de empleo, o antes si es necesario para cumplir el salario m\u00ednimo en la primera "
                "semana.",
            ],
            [
                "Viaje de regreso",
                "Si el trabajador completa el periodo de empleo o es despedido antes sin causa, el "
                "empleador paga el transporte y los alimentos de regreso a su lugar de reclutamiento.",
            ],
            [
                "Visa",
                "El empleador reembolsa en la primera semana de trabajo los derechos de la visa, el cargo por "
                "tr\u00e1mite de la visa y el cruce fronterizo.",
            ],
            ["Pasaporte", "Cada trabajador tramita y paga su propio pasaporte."],
            [
                "Vivienda",
                "El empleador no ofrece vivienda; en la oficina hay una lista de departamentos cercanos.",
            ],
        ],
        (0.22, 0.78),
        head_fill=(222, 236, 210),
    )

    pdf.add_page()
    heading(pdf, "Abandono y despido", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "Si un trabajador falta 5 d\u00edas laborables seguidos sin autorizaci\u00f3n, se considera abandono del "
        "empleo y el empleador lo notificar\u00e1 al Departamento de Trabajo y al DHS en un plazo de 2 d\u00edas "
        "h\u00e1biles. El despido solo procede por causa justificada.",
    )
    heading(pdf, "Imposibilidad del contrato", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "Si un incendio, una inundaci\u00f3n, un hurac\u00e1n u otra causa de fuerza mayor hace imposible "
        "continuar el trabajo, el empleador podr\u00e1 terminar el contrato con la autorizaci\u00f3n del Departamento "
        "de Trabajo y pagar\u00e1 la garant\u00eda de tres cuartas partes hasta esa fecha y el viaje de regreso.",
    )
    heading(pdf, "Derechos del trabajador", size=10.5, color=(60, 90, 30))
    para(
        pdf,
        "Nadie puede cobrar al trabajador por ser contratado. El empleador no guarda pasaportes ni toma "
        "represalias por quejas.",
    )
    sig_block(
        pdf,
        [
            (
                "Gerente de operaciones, Cedar Creek Grounds & Hardscape, LLC",
                "Jer\u00f3nimo Valdespino Urquidi",
            ),
            ("Fecha", "15 de diciembre de 2025"),
        ],
        top_gap=16,
    )
    pdf.output(os.path.join(out, "bf08.pdf"))


def bf09(out):
    """Generic (Philippines -> Taiwan) contract, English, A4."""
    pdf = Doc(
        "A4",
        font="LibSans",
        size=9.5,
        lh=4.4,
        margins=(20, 18, 20),
        header="POEA/DMW-format employment contract  \u00b7  Manufacturing  \u00b7  Taiwan",
        footer="Page {p} of {{nb}}  \u00b7  Initials: ______ / ______",
    )
    pdf.add_page()
    para(
        pdf,
        "EMPLOYMENT CONTRACT FOR OVERSEAS FILIPINO WORKER \u2014 MANUFACTURING (TAIWAN)",
        size=12,
        style="B",
        align="C",
        after=2.5,
    )
    grid(
        pdf,
        [
            ["Party", "Name and address"],
            [
                "Employer",
                "Hsin-Yuan Precision Components Co., Ltd., No. 18, Gongye 3rd Road, Guanyin District, "
                "Taoyuan City 328, Taiwan",
            ],
            [
                "Worker",
                "Jericho Manalo Dimaculangan, born 11 June 1998, Lipa City, Batangas, Philippines",
            ],
            [
                "PH agency",
                "Northstar Bayanihan Manpower Corp., 3/F Amihan Building, 1441 Taft Avenue, Malate, Manila",
            ],
            [
                "TW broker",
                "Jin-Fu Human Resources Management Consultants Co., Zhongli District, Taoyuan City",
            ],
        ],
        (0.18, 0.82),
        head_fill=(230, 230, 230),
    )
    c = [
        (
            "1. Position and duties.",
            "The Worker is employed as a production operator: loading and unloading CNC "
            "lathes, visual inspection of machined parts against drawings, deburring, and packing finished parts into "
            "labeled trays.",
        ),
        (
            "2. Place of work.",
            "The Employer's factory at No. 18, Gongye 3rd Road, Guanyin District, Taoyuan City.",
        ),
        ("3. Duration.", "From 2 March 2026 to 1 March 2029 (36 months)."),
        (
            "4. Working hours.",
            "Eight (8) hours a day, five (5) days a week, 08:00 to 17:00 with a one-hour lunch "
            "break; overtime is voluntary and paid as required by the Labor Standards Act.",
        ),
        (
            "5. Salary.",
            "Basic monthly salary of NT$29,500, paid on the 10th day of each following month into the "
            "Worker's bank account.",
        ),
        (
            "6. Deductions.",
            "The Employer deducts only income tax as required by Taiwan law and the Broker's service "
            "fee under Clause 11.",
        ),
        (
            "7. Accommodation and food.",
            "The Employer provides dormitory accommodation and three meals a day free of charge.",
        ),
        (
            "8. Documents.",
            "For safekeeping, the Employer will hold the Worker's passport and Alien Resident "
            "Certificate and release them only upon completion of the contract.",
        ),
        (
            "9. Travel.",
            "The Employer pays the Worker's airfare from Manila to Taoyuan and the return airfare to Manila "
            "at the end of the contract or upon termination not due to the Worker's fault.",
        ),
        (
            "10. Entry visa and permits.",
            "The Employer pays the Taiwan entry visa, work permit and Alien Resident "
            "Certificate fees.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    pdf.add_page()
    c = [
        (
            "11. Broker service.",
            "The Worker pays the Broker a monthly service fee of NT$1,800 in the first year, "
            "NT$1,700 in the second year and NT$1,500 in the third year, deducted from salary.",
        ),
        (
            "12. Pre-departure costs.",
            "The pre-employment medical examination at a DOH-accredited clinic in Manila, "
            "approximately PHP 3,800, is for the Worker's account. Passport issuance or renewal (PHP 1,200) is likewise "
            "shouldered by the Worker.",
        ),
        (
            "13. No placement fee.",
            "In accordance with the no-placement-fee policy, the Agency shall not collect any "
            "placement fee from the Worker.",
        ),
        (
            "14. Termination.",
            "Either party may terminate this contract for just causes under Taiwan's Labor Standards "
            "Act with 30 days' written notice; if the Employer terminates without just cause, it pays the Worker's "
            "salary for the notice period and the return airfare.",
        ),
        (
            "15. Disputes.",
            "Disputes shall be settled amicably, with the assistance of the Migrant Workers Office in "
            "Taipei where needed.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    para(pdf, "Pinirmahan sa Maynila, 20 January 2026.", style="I", after=2)
    grid(
        pdf,
        [
            ["For the Employer", "Worker", "For the Agency"],
            [
                "\n\n\nLin Chih-Wei, HR Manager",
                "\n\n\nJericho Manalo Dimaculangan",
                "\n\n\nMa. Teresa D. Salonga, President",
            ],
        ],
        (0.33, 0.34, 0.33),
        bold_first=False,
        head_fill=(230, 230, 230),
    )
    pdf.output(os.path.join(out, "bf09.pdf"))


def bf10(out):
    """Generic (Honduras -> Spain) contract in Spanish, A4, compliant."""
    pdf = Doc(
        "A4",
        font="DejaVuSerif",
        size=9.5,
        lh=4.5,
        margins=(22, 20, 22),
        header="Agr\u00edcola Marismas del Tinto, S.L.  \u00b7  CIF B21754093  \u00b7  Moguer (Huelva)",
        footer="{p} / {{nb}}",
    )
    pdf.add_page()
    para(
        pdf,
        "CONTRATO DE TRABAJO DE DURACI\u00d3N DETERMINADA PARA CAMPA\u00d1A AGR\u00cdCOLA",
        size=12,
        style="B",
        align="C",
        after=0.5,
    )
    para(
        pdf,
        "(Contrataci\u00f3n colectiva en origen, campa\u00f1a 2026)",
        size=9.5,
        style="I",
        align="C",
        after=3,
    )
    para(
        pdf,
        "De una parte, Agr\u00edcola Marismas del Tinto, S.L., con domicilio en Carretera A-494, km 12, 21800 "
        "Moguer (Huelva), Espa\u00f1a, representada por D. \u00c1lvaro Casaus Rengel, en calidad de administrador "
        "(en adelante, LA EMPRESA).",
        align="J",
        after=1,
    )
    para(
        pdf,
        "De otra parte, D\u00f1a. Yesenia Maribel Carranza Oliva, nacional de Honduras, con pasaporte n.\u00ba "
        "F0582716, domiciliada en La Esperanza, Intibuc\u00e1 (en adelante, LA TRABAJADORA).",
        align="J",
        after=1,
    )
    para(
        pdf,
        "Ambas partes se reconocen capacidad para contratar y acuerdan las siguientes",
        align="J",
        after=1,
    )
    para(pdf, "CL\u00c1USULAS", style="B", align="C", after=1.5)
    c = [
        (
            "PRIMERA \u2013 Puesto.",
            "LA TRABAJADORA prestar\u00e1 servicios como pe\u00f3n agr\u00edcola en la "
            "recolecci\u00f3n de fresa y frutos rojos: recolecci\u00f3n en bandejas, selecci\u00f3n por calibre, limpieza de "
            "pasillos del invernadero y apoyo en el almac\u00e9n de envasado.",
        ),
        (
            "SEGUNDA \u2013 Lugar.",
            "Fincas Los Arenales y El Pinar, t\u00e9rmino municipal de Moguer (Huelva).",
        ),
        ("TERCERA \u2013 Duraci\u00f3n.", "Del 2 de febrero de 2026 al 31 de mayo de 2026."),
        (
            "CUARTA \u2013 Jornada.",
            "39 horas semanales, de lunes a s\u00e1bado, de 8:00 a 14:30 horas.",
        ),
        (
            "QUINTA \u2013 Salario.",
            "58,12 euros brutos por jornada efectivamente trabajada, m\u00e1s la parte "
            "proporcional de pagas extraordinarias y vacaciones, conforme al convenio colectivo del campo de la "
            "provincia de Huelva.",
        ),
        (
            "SEXTA \u2013 Pago.",
            "El salario se abona mensualmente, mediante transferencia a la cuenta de LA TRABAJADORA, "
            "antes del d\u00eda 5 del mes siguiente, con entrega de la n\u00f3mina.",
        ),
        (
            "S\u00c9PTIMA \u2013 Deducciones.",
            "\u00danicamente se practicar\u00e1n las retenciones obligatorias por ley: el "
            "IRPF y la cotizaci\u00f3n de la trabajadora a la Seguridad Social. No se descontar\u00e1 ninguna otra cantidad.",
        ),
        (
            "OCTAVA \u2013 Alojamiento.",
            "LA EMPRESA facilita alojamiento gratuito en la finca Los Arenales, con cocina, "
            "agua caliente y lavadora, sin fianza ni dep\u00f3sito alguno.",
        ),
        (
            "NOVENA \u2013 Viajes y visado.",
            "LA EMPRESA abona el billete de ida desde Tegucigalpa hasta Sevilla y el "
            "traslado hasta Moguer, as\u00ed como el billete de regreso a Tegucigalpa al finalizar la campa\u00f1a. Los "
            "gastos del visado y su tramitaci\u00f3n corren a cargo de LA EMPRESA.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    pdf.add_page()
    c = [
        (
            "D\u00c9CIMA \u2013 Equipo.",
            "Guantes, tijeras, botas y ropa de agua se entregan sin coste para LA TRABAJADORA.",
        ),
        (
            "UND\u00c9CIMA \u2013 Documentos y libertad de movimiento.",
            "LA TRABAJADORA conserva en todo momento su "
            "pasaporte y su tarjeta de identidad de extranjero. Fuera de la jornada puede salir y entrar libremente "
            "del alojamiento.",
        ),
        (
            "DUOD\u00c9CIMA \u2013 Ning\u00fan cobro.",
            "Ni LA EMPRESA ni ning\u00fan intermediario cobrar\u00e1n a LA "
            "TRABAJADORA cantidad alguna por la selecci\u00f3n, la contrataci\u00f3n o el viaje. No se exige fianza, aval ni "
            "pagar\u00e9.",
        ),
        (
            "DECIMOTERCERA \u2013 Extinci\u00f3n.",
            "El contrato se extingue al finalizar la campa\u00f1a o por las causas "
            "previstas en el Estatuto de los Trabajadores. Si LA TRABAJADORA decide dejar el puesto, lo comunicar\u00e1 a "
            "LA EMPRESA con siete d\u00edas de antelaci\u00f3n; no se le aplicar\u00e1 penalizaci\u00f3n ni descuento alguno por "
            "ello.",
        ),
        (
            "DECIMOCUARTA \u2013 Caf\u00e9 y agua.",
            "En cada finca hay agua potable y caf\u00e9 gratuitos durante la jornada.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    para(
        pdf,
        "Y en prueba de conformidad, firman el presente contrato por duplicado en Moguer, a 8 de enero de 2026.",
        align="J",
        after=2,
    )
    sig_block(
        pdf,
        [
            ("LA EMPRESA", "\u00c1lvaro Casaus Rengel"),
            ("LA TRABAJADORA", "Yesenia Maribel Carranza Oliva"),
        ],
        top_gap=16,
    )
    pdf.output(os.path.join(out, "bf10.pdf"))


def bf11(out):
    """Generic (Guatemala -> Canada) placement contract in Spanish."""
    pdf = Doc(
        "letter",
        font="LibSans",
        size=10,
        lh=4.6,
        margins=(20, 18, 20),
        header="Agencia de Colocaci\u00f3n Horizonte Maya, S.A.  \u00b7  Contrato HM-CA-2025-0884",
        footer="Folio {p} de {{nb}}",
    )
    pdf.add_page()
    para(pdf, "CONTRATO DE SERVICIOS DE COLOCACI\u00d3N", size=13, style="B", align="C", after=3)
    para(
        pdf,
        "LA AGENCIA: Agencia de Colocaci\u00f3n Horizonte Maya, S.A., 4a. Avenida 7-30, zona 1, Chimaltenango, "
        "Guatemala.",
        after=1,
    )
    para(
        pdf,
        "LA TRABAJADORA: Brenda Xiomara Cux Sap\u00f3n, DPI 2541 87316 0401, vecina de San Juan Comalapa, "
        "Chimaltenango.",
        after=1,
    )
    para(
        pdf,
        "EL EMPLEADOR: Prairie Gold Poultry Processors Ltd., 2150 Range Road 254, Lacombe, Alberta, Canad\u00e1.",
        after=3,
    )
    para(pdf, "Datos del empleo", style="B", after=1)
    grid(
        pdf,
        [
            ["Concepto", "Detalle"],
            [
                "Puesto",
                "Operaria de l\u00ednea de procesamiento de aves: deshuese, corte, pesaje y empaque de piezas de pollo",
            ],
            ["Lugar", "Planta de Prairie Gold en 2150 Range Road 254, Lacombe, Alberta"],
            ["Duraci\u00f3n", "Del 12 de enero de 2026 al 11 de enero de 2028"],
            ["Jornada", "40 horas semanales, turnos de 8 horas de lunes a viernes"],
            ["Salario", "CAD 17.85 por hora"],
            ["Pago", "Cada dos semanas, por dep\u00f3sito bancario"],
        ],
        (0.22, 0.78),
        head_fill=(255, 236, 200),
    )
    c = [
        (
            "PRIMERA.",
            "LA AGENCIA gestionar\u00e1 el permiso de trabajo, preparar\u00e1 a LA TRABAJADORA para la "
            "entrevista y coordinar\u00e1 su vuelo.",
        ),
        (
            "SEGUNDA.",
            "Por concepto de asesor\u00eda migratoria y acompa\u00f1amiento, LA TRABAJADORA cubrir\u00e1 a LA "
            "AGENCIA Q9,500.00, pagaderos en tres cuotas antes de la fecha de vuelo.",
        ),
        (
            "TERCERA.",
            "El boleto a\u00e9reo de ida lo paga EL EMPLEADOR. El boleto a\u00e9reo de regreso a Guatemala al "
            "concluir el contrato corre por cuenta de LA TRABAJADORA.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    pdf.add_page()
    c = [
        (
            "CUARTA.",
            "LA TRABAJADORA se compromete a no cambiar de empleador ni aceptar otro trabajo en Canad\u00e1 "
            "durante la vigencia del contrato, aunque su permiso de trabajo se lo permita.",
        ),
        (
            "QUINTA.",
            "EL EMPLEADOR proporciona sin costo el equipo de protecci\u00f3n: botas, batas, guantes de malla y "
            "redecillas.",
        ),
        (
            "SEXTA.",
            "El contrato de trabajo termina al vencer su plazo o por despido con causa justificada conforme al "
            "Employment Standards Code de Alberta, con el aviso que esa ley establece.",
        ),
        (
            "S\u00c9PTIMA.",
            "LA TRABAJADORA conserva su pasaporte; LA AGENCIA solo guarda fotocopias del expediente.",
        ),
        (
            "OCTAVA.",
            "Las cuotas de la cl\u00e1usula SEGUNDA no son reembolsables, salvo que la embajada niegue el "
            "permiso por causas imputables a LA AGENCIA.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t)
    para(pdf, "Firmado en Chimaltenango, el 2 de diciembre de 2025.", after=2)
    sig_block(
        pdf,
        [
            ("Por LA AGENCIA", "Edgar Rolando Cutz Ajanel"),
            ("LA TRABAJADORA", "Brenda Xiomara Cux Sap\u00f3n"),
        ],
        top_gap=16,
    )
    thumb_box(pdf, pdf.w - pdf.r_margin - 26, pdf.get_y() + 2, "Huella digital")
    pdf.output(os.path.join(out, "bf11.pdf"))


def bf12(out):
    """Generic (Nepal -> Qatar) offer & undertaking, English, A4."""
    pdf = Doc(
        "A4",
        font="DejaVu",
        size=9.2,
        lh=4.3,
        margins=(18, 16, 18),
        footer="Himal Sagarmatha Overseas Pvt. Ltd.  \u00b7  Ref. HSO/QA/2026/112  \u00b7  {p}/{{nb}}",
    )
    pdf.add_page()
    pdf.set_draw_color(150, 20, 40)
    pdf.set_line_width(0.8)
    F(pdf, "B", 15)
    pdf.set_text_color(150, 20, 40)
    pdf.cell(0, 7, "HIMAL SAGARMATHA OVERSEAS PVT. LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    F(pdf, "", 8)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        4.5,
        "Government Licence No. 1187/071/72  \u00b7  Putalisadak, Kathmandu, Nepal  \u00b7  +977 1 4435 210",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.line(pdf.l_margin, pdf.get_y() + 1.5, pdf.w - pdf.r_margin, pdf.get_y() + 1.5)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    para(
        pdf, "OFFER OF EMPLOYMENT AND CANDIDATE UNDERTAKING", size=12, style="B", align="C", after=2
    )
    para(
        pdf,
        "On behalf of our principal, Sidra Crest Facility Services W.L.L., Building 41, Street 850, Zone 56, "
        'Doha, State of Qatar (the "Company"), we offer employment to Mr. Dil Bahadur Thapa Magar, passport '
        'no. PA0918273, of Bhanu Municipality, Tanahun District (the "Candidate"), on the following terms.',
        after=2,
    )
    grid(
        pdf,
        [
            ["Term", "Offer"],
            [
                "Position",
                "Security Guard \u2014 static guarding, patrols, visitor registration and CCTV monitoring at "
                "client buildings",
            ],
            ["Work location", "Client sites in Lusail and West Bay, Doha, Qatar"],
            ["Contract period", "15 February 2026 to 14 February 2028"],
            ["Working hours", "As per the duty roster of the Company"],
            ["Basic salary", "QAR 1,400 per month"],
            [
                "Salary payment",
                "Monthly, by bank transfer through the Wage Protection System, by the 7th of the "
                "following month",
            ],
            [
                "Deductions",
                "Canteen charge (undertaking 6) and deductions for salary advances (if any) requested by the "
                "employee in Qatar",
            ],
            ["Accommodation", "Company labour accommodation in Barwa Al Baraha, free of charge"],
            [
                "Air ticket",
                "Return ticket Doha\u2013Kathmandu at the end of the contract, paid by the Company",
            ],
        ],
        (0.22, 0.78),
        head_fill=(245, 225, 228),
    )
    para(pdf, "CANDIDATE UNDERTAKING", style="B", after=1.2)
    c = [
        (
            "1.",
            "I accept the above offer and agree to work for Sidra Crest Facility Services W.L.L. for the full "
            "contract period.",
        ),
        (
            "2.",
            "Before visa stamping, I shall hand over to the Agency a post-dated cheque of NPR 200,000 as a "
            "guarantee that I will not abscond.",
        ),
        (
            "3.",
            "I understand that the Company will not charge me any fee for the Qatar visa, work permit or Qatar ID, "
            "which it pays itself.",
        ),
        (
            "4.",
            "I shall bear the cost of the pre-departure orientation and the security-guard skills test, NPR 9,000 "
            "in total.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t, after=1.2)
    pdf.add_page()
    c = [
        (
            "5.",
            "If I resign before completing 24 months, I shall pay the Company two months' basic salary as "
            "liquidated damages.",
        ),
        (
            "6.",
            "Meals at the staff canteen are charged at QAR 250 per month and deducted from my salary.",
        ),
        (
            "7.",
            "The medical examinations in Kathmandu and in Doha are arranged and paid for by the Company.",
        ),
        (
            "8.",
            "The Company may terminate the contract for the reasons listed in Article 61 of the Qatar Labour Law, "
            "and either party may end it with one month's written notice after the probation period.",
        ),
        (
            "9.",
            "My passport remains in my own custody; I may keep it in the personal locker provided in the "
            "accommodation.",
        ),
    ]
    for h, t in c:
        clause(pdf, h, t, after=1.2)
    sig_block(
        pdf,
        [
            ("Candidate (signature and left thumb)", "Dil Bahadur Thapa Magar"),
            ("For the Agency: Managing Director", "Sushila K. Adhikari"),
        ],
        top_gap=18,
    )
    thumb_box(pdf, pdf.l_margin, pdf.get_y() + 2, "Left thumb impression")
    pdf.output(os.path.join(out, "bf12.pdf"))


BUILDERS = [bf01, bf02, bf03, bf04, bf05, bf06, bf07, bf08, bf09, bf10, bf11, bf12]


# --------------------------------------------------------------------------- verification
def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_variants(page):
    """Full-page text plus left/right half crops (two-column layouts interleave lines)."""
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
        scanned = lab["scanned"] or []
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errors.append(
                    "%s: %d pages, labelled %d" % (lab["file"], len(pdf.pages), lab["pages"])
                )
                continue
            texts = {}
            for i, pg in enumerate(pdf.pages, 1):
                texts[i] = page_variants(pg)
                if i in scanned and len(texts[i][0]) > 10:
                    errors.append(
                        "%s p%d: labelled scanned but has a text layer" % (lab["file"], i)
                    )
            for fee in lab["fees"]:
                p = fee["page"]
                if p < 1 or p > lab["pages"]:
                    errors.append("%s: fee page %s out of range" % (lab["file"], p))
                    continue
                if p in scanned:
                    continue
                q = norm(fee["quote"])
                if not any(q in t for t in texts[p]):
                    where = [i for i in texts if any(q in t for t in texts[i])]
                    errors.append(
                        "%s p%d: quote not found (%s): %s"
                        % (lab["file"], p, "found on %s" % where if where else "nowhere", q[:90])
                    )
            alltext = " ".join(t for i in texts for t in texts[i] if i not in scanned)
            for name in lab["recruiters"]:
                if norm(name) not in alltext:
                    errors.append("%s: recruiter name not printed: %s" % (lab["file"], name))
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for b in BUILDERS:
        b(out)
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out, "labels.json"))
    expected = {"bf%02d.pdf" % i for i in range(1, 13)}
    if {lab["file"] for lab in labels} != expected:
        print("labels.json does not list exactly bf01..bf12", file=sys.stderr)
        return 1
    errors = verify(out, labels)
    for e in errors:
        print("MISMATCH", e, file=sys.stderr)
    if errors:
        return 1
    print("ok: %d documents written to %s and verified" % (len(labels), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
