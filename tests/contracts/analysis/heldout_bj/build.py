#!/usr/bin/env python3
"""Held-out contract batch "bj": twelve synthetic temporary-visa contracts.

Usage:  python build.py OUT_DIR

Writes bj01.pdf ... bj12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks page counts, that each labelled fee quote is
printed on its labelled page (whitespace-normalised; scanned pages skipped),
that scanned pages carry no text layer, and that every labelled recruiter
name is printed.  Exits non-zero on any mismatch.  Output is deterministic
(fixed creation date, fixed random seeds).
"""

import io
import json
import os
import re
import sys
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
DV = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

FONTS = {
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
    "lm": {"": LB + "LiberationMono-Regular.ttf", "B": LB + "LiberationMono-Bold.ttf"},
    "dv": {
        "": DV + "DejaVuSans.ttf",
        "B": DV + "DejaVuSans-Bold.ttf",
        "I": DV + "DejaVuSans-Oblique.ttf",
        "BI": DV + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": DV + "DejaVuSansCondensed.ttf",
        "B": DV + "DejaVuSansCondensed-Bold.ttf",
        "I": DV + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DV + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dvs": {
        "": DV + "DejaVuSerif.ttf",
        "B": DV + "DejaVuSerif-Bold.ttf",
        "I": DV + "DejaVuSerif-Italic.ttf",
        "BI": DV + "DejaVuSerif-BoldItalic.ttf",
    },
}


# --------------------------------------------------------------------------
# small layout toolkit
# --------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, fmt="Letter", base="ls", margins=(20, 18, 20), bottom=20):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("office-print 4.2")
        for fam, files in FONTS.items():
            for style, path in files.items():
                self.add_font(fam, style, path)
        self.base = base
        self.hdr = None
        self.ftr = None
        self.no_hf = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_font(base, "", 10)

    def save(self, path):
        """Write the PDF.  fpdf2 attaches a PNG-predictor /DecodeParms to JPEG images,
        which some readers reject; blank it out with spaces (same length, so the
        cross-reference offsets stay valid), as a scanner's PDF would have none."""
        data = bytes(self.output())
        pat = re.compile(
            rb"/DecodeParms <</Predictor 15 /Colors \d /Columns \d+ "
            rb"/BitsPerComponent 8>>(?=\s*/Filter /DCTDecode)"
        )
        data = pat.sub(lambda m: b" " * len(m.group(0)), data)
        with open(path, "wb") as fh:
            fh.write(data)

    def header(self):
        if self.hdr and self.page not in self.no_hf:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page not in self.no_hf:
            self.ftr(self)


def lh_for(size):
    return size * 0.46


def para(
    pdf,
    text,
    size=10,
    style="",
    font=None,
    align="L",
    lh=None,
    after=1.6,
    md=False,
    indent=0,
    color=None,
):
    pdf.set_font(font or pdf.base, style, size)
    if color:
        pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        pdf.epw - indent,
        lh or lh_for(size),
        text,
        align=align,
        markdown=md,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if color:
        pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def heading(
    pdf, text, size=11, font=None, fill=None, color=(0, 0, 0), before=2.5, after=1.5, align="L"
):
    pdf.ln(before)
    pdf.set_font(font or pdf.base, "B", size)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, size * 0.5, text, fill=bool(fill), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(after)


def bullets(pdf, items, size=10, mark="\u2022", indent=5, md=False, after=0.8, font=None):
    for it in items:
        pdf.set_font(font or pdf.base, "", size)
        if pdf.will_page_break(lh_for(size) * 2):
            pdf.add_page()
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, lh_for(size), mark)
        pdf.multi_cell(
            pdf.epw - indent, lh_for(size), it, markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(after)


def grid(
    pdf,
    rows,
    widths,
    size=9,
    font=None,
    header=None,
    head_fill=(225, 225, 225),
    borders="ALL",
    stripe=None,
    bold_first=True,
    lh=None,
    after=2.5,
    width=None,
    align="LEFT",
):
    pdf.set_font(font or pdf.base, "", size)
    kw = dict(
        col_widths=widths,
        text_align="LEFT",
        line_height=lh or lh_for(size),
        borders_layout=borders,
        first_row_as_headings=bool(header),
        v_align="TOP",
        padding=1.3,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        align=align,
    )
    if width:
        kw["width"] = width
    if stripe:
        kw["cell_fill_color"] = stripe
        kw["cell_fill_mode"] = "ROWS"
    with pdf.table(**kw) as t:
        if header:
            r = t.row()
            for c in header:
                r.cell(c)
        for row in rows:
            r = t.row()
            for i, c in enumerate(row):
                if bold_first and i == 0:
                    r.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    r.cell(c)
    pdf.ln(after)


def columns(pdf, items, size=9.5, gutter=8, font=None, align="LEFT", after=2):
    """items: list of (lead, body); lead printed in bold."""
    fam = font or pdf.base
    pdf.set_font(fam, "", size)
    with pdf.text_columns(
        ncols=2, gutter=gutter, balance=True, text_align=align, line_height=1.2
    ) as cols:
        for lead, body in items:
            with cols.paragraph(bottom_margin=1.6) as par:
                if lead:
                    pdf.set_font(fam, "B", size)
                    par.write(lead + " ")
                pdf.set_font(fam, "", size)
                par.write(body)
    pdf.ln(after)


def sign_block(pdf, cells, size=9, line_w=None, gap=14, font=None):
    """cells: list of (caption, name_lines) printed side by side above lines."""
    n = len(cells)
    w = (pdf.epw - (n - 1) * 8) / n
    if pdf.will_page_break(gap + 18):
        pdf.add_page()
    pdf.ln(gap)
    y = pdf.get_y()
    for i, (caption, names) in enumerate(cells):
        x = pdf.l_margin + i * (w + 8)
        pdf.line(x, y, x + (line_w or w), y)
        pdf.set_xy(x, y + 1)
        pdf.set_font(font or pdf.base, "B", size)
        pdf.cell(w, lh_for(size), caption, new_x="LEFT", new_y="NEXT")
        pdf.set_font(font or pdf.base, "", size)
        for nm in names:
            pdf.set_x(x)
            pdf.cell(w, lh_for(size), nm, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y + 1 + lh_for(size) * (1 + max(len(c[1]) for c in cells)) + 2)


def band_header(left, right, fill, color=(255, 255, 255), font="ls", h=13, size=11):
    def f(pdf):
        pdf.set_fill_color(*fill)
        pdf.rect(0, 0, pdf.w, h, "F")
        pdf.set_xy(pdf.l_margin, h / 2 - 2.5)
        pdf.set_text_color(*color)
        pdf.set_font(font, "B", size)
        pdf.cell(pdf.epw * 0.55, 5, left)
        pdf.set_font(font, "", size - 2)
        pdf.cell(pdf.epw * 0.45, 5, right, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(h + 7)

    return f


def rule_header(left, right, font="ls", size=8.5, color=(60, 60, 60)):
    def f(pdf):
        pdf.set_y(9)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.cell(pdf.epw / 2, 4, left)
        pdf.cell(pdf.epw / 2, 4, right, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*color)
        pdf.line(pdf.l_margin, 14, pdf.w - pdf.r_margin, 14)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(19)

    return f


def text_footer(fmt, font="ls", size=8, align="C", color=(90, 90, 90)):
    def f(pdf):
        pdf.set_y(-13)
        pdf.set_font(font, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 4, fmt.format(p=pdf.page_no(), n="{nb}"), align=align)
        pdf.set_text_color(0, 0, 0)

    return f


# --------------------------------------------------------------------------
# "scanned" page: text rendered to a noisy bitmap, embedded with no text layer
# --------------------------------------------------------------------------
def scan_page(pdf, blocks, seed, dpi=200):
    W = int(round(pdf.w / 25.4 * dpi))
    H = int(round(pdf.h / 25.4 * dpi))
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt / 72 * dpi))

    f_reg = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", px(11))
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", px(11.5))
    f_big = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", px(14))
    f_small = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", px(8.5))
    left, right = px(70), W - px(70)
    y = px(60)

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

    for kind, text in blocks:
        if kind == "gap":
            y += px(8)
            continue
        font = {"title": f_big, "h": f_bold, "p": f_reg, "small": f_small, "line": f_reg}[kind]
        if kind == "line":
            d.line((left, y + px(14), left + px(220), y + px(14)), fill=40, width=2)
            d.text((left, y + px(17)), text, font=f_small, fill=30)
            y += px(34)
            continue
        indent = 0
        for ln in wrap(text, font, right - left - indent):
            if kind == "title":
                tw = d.textlength(ln, font=font)
                d.text(((W - tw) / 2, y), ln, font=font, fill=20)
            else:
                d.text((left + indent, y), ln, font=font, fill=25)
            y += int(font.size * 1.32)
        y += px(5)
    # footer printed on the original
    foot = getattr(pdf, "scan_footer", "")
    if foot:
        tw = d.textlength(foot, font=f_small)
        d.text(((W - tw) / 2, H - px(40)), foot, font=f_small, fill=60)

    rng = np.random.default_rng(seed)
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=236)
    arr = np.asarray(img).astype(np.float32)
    # uneven illumination, grain, specks
    grad = np.linspace(0, 14, W)[None, :]
    arr = arr - grad
    arr += rng.normal(0, 7, arr.shape)
    n = 900
    ys, xs = rng.integers(0, H, n), rng.integers(0, W, n)
    arr[ys, xs] = rng.integers(70, 170, n)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, optimize=False)
    buf.seek(0)

    pdf.no_hf.add(pdf.page + 1)
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_auto_page_break(auto, margin)


# ==========================================================================
# bj01  H-2A  EN  compliant job order (apples / cherries, Washington)
# ==========================================================================
def bj01():
    pdf = Doc("Letter", base="ls", margins=(19, 20, 19))
    pdf.hdr = band_header(
        "HARROW CREEK FRUIT COMPANY", "Clearance order WA-2026-41772", fill=(32, 86, 52)
    )
    pdf.ftr = text_footer("H-2A job order WA-2026-41772  \u00b7  page {p} of {n}")
    pdf.add_page()
    heading(
        pdf, "H-2A AGRICULTURAL JOB ORDER AND EMPLOYMENT CONTRACT", size=14, before=0, align="C"
    )
    para(
        pdf,
        "This job order is the work contract between Harrow Creek Fruit Company LLC and "
        "each worker it hires for the 2026 season, unless a separate written contract "
        "is given. Read it before your consular interview; a Spanish copy comes with it.",
        size=9.5,
        style="I",
    )

    heading(pdf, "Section 1. The employer", size=11, color=(32, 86, 52))
    grid(
        pdf,
        [
            ["Legal name", "Harrow Creek Fruit Company LLC"],
            ["Office", "4417 Canal Bench Road, Orondo, WA 98843"],
            ["Telephone", "(509) 555-0182"],
            ["Contact", "Marisol Endicott-Vance, Human Resources"],
        ],
        (32, 68),
    )

    heading(pdf, "Section 2. The job at a glance", size=11, color=(32, 86, 52))
    grid(
        pdf,
        [
            ["Job title", "Orchard worker (SOC 45-2092.02)"],
            ["Openings", "64"],
            ["Dates of work", "April 6, 2026 to October 23, 2026"],
            [
                "Schedule",
                "40 hours a week: Monday through Friday, 6:00 a.m. to 2:30 p.m., with a "
                "30-minute unpaid lunch",
            ],
            ["Hourly rate", "$19.82 per hour"],
            [
                "Piece rates",
                "Apples: $27.00 per bin. Cherries: $5.40 per 20-lb lug. The worker always "
                "receives at least the hourly rate for every hour worked.",
            ],
            ["Payday", "Every Friday, by check or direct deposit as the worker chooses"],
            [
                "Requirements",
                "Three months of experience picking tree fruit by hand; able to climb "
                "and carry a 12-foot orchard ladder and a full picking bag (about 45 lb).",
            ],
        ],
        (32, 68),
        stripe=(240, 246, 240),
    )

    heading(pdf, "Section 3. What the work involves", size=11, color=(32, 86, 52))
    para(
        pdf,
        "Thin young apples by hand so that one fruit remains every six inches; pick cherries "
        "into lugs and apples into bags, then empty the bags gently into field bins; move "
        "ladders between trees; pull bin tags and hand them to the checker. On rain days, "
        "prune water sprouts and tie young trees to the trellis wire. The work is outdoors "
        "on uneven ground, often on ladders, in heat, cold and dust.",
        size=10,
        align="J",
    )

    heading(pdf, "Section 4. Where the work is done", size=11, color=(32, 86, 52))
    grid(
        pdf,
        [
            [
                "Canal Bench home ranch",
                "4417 Canal Bench Road, Orondo, WA 98843",
                "Apples, cherries",
            ],
            ["Sun Terrace block", "2290 Columbia View Drive, Orondo, WA 98843", "Apples"],
            ["Poplar Draw block", "118 Poplar Draw Road, Entiat, WA 98822", "Cherries, pears"],
        ],
        (30, 45, 25),
        header=["Block", "Address", "Crops"],
        bold_first=False,
    )

    heading(pdf, "Section 5. Pay rules", size=11, color=(32, 86, 52))
    para(
        pdf,
        "**(a) Highest wage.** Each hour is paid at the highest of the Adverse Effect Wage "
        "Rate in force, the prevailing hourly or piece rate, the agreed collective "
        "bargaining rate, or the federal or Washington minimum wage. If a higher AEWR is "
        "published during the season, it is paid from its effective date.",
        md=True,
    )
    para(
        pdf,
        "**(b) Deductions.** Only these are taken out of pay: federal income tax if the "
        "worker asks for it in writing; Social Security and Medicare where the law requires "
        "them; court-ordered garnishments; and charges the worker approves in writing for "
        "his own benefit, such as the optional meal plan in Section 6.",
        md=True,
    )
    para(
        pdf,
        "**(c) Pay stubs.** Every payday each worker receives a written statement showing "
        "hours offered, hours worked, piece units, rates, gross pay, each deduction and net "
        "pay.",
        md=True,
    )
    para(
        pdf,
        "**(d) Three-fourths guarantee.** The employer guarantees to offer each worker "
        "employment for at least three-fourths of the workdays of the contract period, "
        "counted in hours; if it offers less, it pays the amount the worker would have "
        "earned for the shortfall.",
        md=True,
    )

    heading(pdf, "Section 6. Housing, meals and transportation", size=11, color=(32, 86, 52))
    para(
        pdf,
        "**Housing.** Workers who cannot reasonably return home each night live free of "
        "charge in the Canal Bench housing at 4431 Canal Bench Road, Orondo, which is "
        "licensed by the Washington State Department of Health. No rent, utility charge or "
        "deposit is collected.",
        md=True,
    )
    para(
        pdf,
        "**Meals.** Each housing unit has a full kitchen with stoves, refrigerators and "
        "cookware that workers use free of charge. Workers who prefer it may join an "
        "optional plan of three meals a day at $15.10 per day, which does not exceed the "
        "maximum meal charge published by the Department of Labor; the plan can be dropped "
        "at any time.",
        md=True,
    )
    para(
        pdf,
        "**Travel to the job.** Workers who complete 50 percent of the contract period are "
        "reimbursed the reasonable cost of transportation and daily subsistence from the "
        "place where they were recruited to Orondo; if these costs would bring first-week "
        "pay below the federal minimum wage, the difference is paid with the first "
        "paycheck. Visa, visa processing and border-crossing fees are paid back in the "
        "first workweek.",
        md=True,
    )
    para(
        pdf,
        "**Travel home.** Workers who finish the contract, or who are let go early for "
        "reasons other than cause, receive transportation and daily subsistence back to "
        "the place of recruitment.",
        md=True,
    )
    para(
        pdf,
        "**Daily transportation.** A company bus carries workers from the housing to each "
        "block and back every workday, free of charge.",
        md=True,
    )

    heading(pdf, "Section 7. Tools and injury insurance", size=11, color=(32, 86, 52))
    para(
        pdf,
        "Ladders, picking bags, bins, pruning shears and rain gear are issued free of "
        "charge, no deposit is taken, and lost bin tags are replaced at no cost.",
    )
    para(
        pdf,
        "Every worker is covered from the first day of work by industrial insurance "
        "(workers' compensation) through the Washington State Department of Labor & "
        "Industries, at no cost to the worker.",
    )

    heading(pdf, "Section 8. Ending the contract", size=11, color=(32, 86, 52))
    para(
        pdf,
        "**Abandonment.** A worker who fails to report for work on five consecutive "
        "working days without the employer's consent is considered to have abandoned the "
        "job, and the employer notifies the Department of Labor and the Department of "
        "Homeland Security in writing within two working days. A worker who abandons the "
        "job or is terminated for cause loses the three-fourths guarantee and the paid "
        "trip home, as the federal rules allow.",
        md=True,
    )
    para(
        pdf,
        "**Dismissal for cause.** Workers may be dismissed for cause, such as violence, "
        "theft or repeated safety violations, after a written warning, except for serious "
        "misconduct.",
        md=True,
    )
    para(
        pdf,
        "**Contract impossibility.** If fire, flood, hail, freeze or another Act of God "
        "makes it impossible to continue and the Department of Labor certifies that the "
        "contract has ended, the employer still pays the three-fourths guarantee up to the "
        "ending date and the trip home, and tries to transfer the worker to other "
        "work.",
        md=True,
    )

    heading(pdf, "Section 9. Your rights", size=11, color=(32, 86, 52))
    bullets(
        pdf,
        [
            "Nobody may charge you for this job. The employer pays all fees and expenses of its "
            "Mexican recruiter, Agencia Surco Limpio, S.C., which has agreed in writing not to "
            "collect any payment from workers.",
            "You keep your passport and visa at all times.",
            "Residents may come and go from the housing as they wish; there is no curfew.",
            "Nobody will be fired, blacklisted or threatened for filing a complaint, testifying, or "
            "talking to a lawyer, a union or the Department of Labor.",
            "Each worker receives this contract in Spanish before the visa appointment.",
        ],
    )
    sign_block(
        pdf,
        [
            ("For the employer", ["Marisol Endicott-Vance, Human Resources", "March 2, 2026"]),
            ("Worker", ["Name:", "Date:"]),
        ],
    )
    return pdf


# ==========================================================================
# bj02  H-2A  ES  recruiter agreement (blueberries, Georgia; recruiter in Zacatecas)
# ==========================================================================
def bj02():
    pdf = Doc("Letter", base="lse", margins=(22, 18, 22))

    def hdr(p):
        p.set_y(10)
        p.set_font("lse", "B", 13)
        p.set_text_color(110, 40, 20)
        p.cell(0, 6, "Vía Jornal Reclutamiento, S.C.", align="L", new_x="LMARGIN", new_y="NEXT")
        p.set_font("lse", "I", 8.5)
        p.set_text_color(70, 70, 70)
        p.cell(
            0,
            4,
            "Av. Hidalgo 312-B, Centro, Fresnillo, Zacatecas, C.P. 99000  \u00b7  "
            "Tel. 493 555 0147  \u00b7  RFC VJR190522QK3",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(110, 40, 20)
        p.set_line_width(0.6)
        p.line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(p.get_y() + 6)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Página {p} de {n}          Rúbrica: ____________", font="lse", align="R")
    pdf.add_page()
    pdf.set_font("lse", "B", 9)
    pdf.set_x(pdf.w - pdf.r_margin - 48)
    pdf.cell(48, 7, "Folio: VJ-0417/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    heading(
        pdf,
        "CONVENIO DE GESTORÍA PARA EMPLEO AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS (PROGRAMA H-2A)",
        size=12.5,
        align="C",
        before=0,
        after=3,
    )
    para(
        pdf,
        "En Fresnillo, Zacatecas, el 9 de enero de 2026, celebran el presente convenio, por "
        "una parte, Vía Jornal Reclutamiento, S.C., representada por el Lic. Rogelio Anaya "
        "Villarreal, a quien en lo sucesivo se llamará «EL GESTOR», y por la otra el C. "
        "Eusebio Marcial Ortega Cháirez, originario de Sombrerete, Zacatecas, con CURP "
        "OECE900314HZSRHS07, a quien se llamará «EL TRABAJADOR», al tenor de lo "
        "siguiente:",
        size=10.5,
        align="J",
    )

    heading(pdf, "1. OBJETO", size=10.5)
    para(
        pdf,
        "1.1 EL GESTOR integrará el expediente de EL TRABAJADOR, lo presentará ante el "
        "empleador estadounidense Sweetwater Bend Berry Farms LLC y le dará seguimiento "
        "hasta su llegada al lugar de trabajo.",
        size=10.5,
        align="J",
    )
    para(
        pdf,
        "1.2 La contratación final depende del empleador y del consulado; EL GESTOR no "
        "garantiza la expedición de la visa.",
        size=10.5,
        align="J",
    )

    heading(pdf, "2. CONDICIONES DEL EMPLEO OFRECIDO", size=10.5)
    para(
        pdf,
        "2.1 El empleador ha informado a EL GESTOR las siguientes condiciones, que forman "
        "parte de la orden de trabajo certificada:",
        size=10.5,
        align="J",
    )
    grid(
        pdf,
        [
            [
                "Empleador",
                "Sweetwater Bend Berry Farms LLC, 1180 Pridgen Church Road, Alma, "
                "Georgia 31510, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola: cosecha manual de arándano en cubetas, poda ligera, "
                "deshierbe y acarreo de cajas al remolque",
            ],
            ["Lugar de trabajo", "Campos del empleador en los condados de Bacon y Pierce, Georgia"],
            ["Temporada", "Del 23 de marzo al 10 de julio de 2026"],
            ["Jornada", "35 horas por semana, de lunes a sábado"],
            [
                "Salario",
                "$14.68 dólares por hora, o $0.60 por libra cosechada cuando eso resulte mayor",
            ],
            ["Día de pago", "Cada jueves (pago semanal)"],
            [
                "Descuentos",
                "Solo los impuestos federales que la ley exige y lo que EL TRABAJADOR "
                "autorice por escrito",
            ],
            [
                "Vivienda",
                "Gratuita, en las casas móviles del rancho, con agua, luz y gas incluidos",
            ],
            ["Comidas", "Cocina equipada de uso gratuito en cada casa"],
            ["Traslado diario", "Autobús del empleador, sin costo, de la vivienda a los campos"],
            ["Herramientas", "Cubetas, arneses de cosecha y guantes sin costo ni depósito"],
            [
                "Seguro de trabajo",
                "Compensación para trabajadores (workers' compensation) pagada por el empleador",
            ],
            [
                "Viaje de ida",
                "El empleador reembolsa el autobús de Monterrey a Alma y los alimentos "
                "del camino al cumplirse la mitad del contrato",
            ],
            ["Viaje de regreso", "Pagado por el empleador al terminar la temporada"],
            [
                "Requisitos",
                "Un mes de experiencia en cosecha manual de frutillas; buena condición física",
            ],
        ],
        (30, 70),
        size=9.5,
        stripe=(247, 240, 236),
    )
    para(
        pdf, "2.2 La cuota consular de la visa H-2A la cubre directamente el empleador.", size=10.5
    )

    heading(pdf, "3. APORTACIONES DE EL TRABAJADOR", size=10.5)
    para(
        pdf,
        "3.1 Por concepto de apoyo administrativo para la integración y seguimiento de su "
        "expediente, EL TRABAJADOR cubrirá a EL GESTOR la cantidad de $9,800.00 (nueve mil "
        "ochocientos pesos 00/100 M.N.).",
        size=10.5,
        align="J",
    )
    para(
        pdf,
        "3.2 Dicha cantidad se entregará en dos exhibiciones iguales: la primera a la firma "
        "de este convenio y la segunda el día anterior a la cita consular, en efectivo o "
        "por depósito a la cuenta que indique EL GESTOR.",
        size=10.5,
        align="J",
    )
    para(
        pdf,
        "3.3 Para garantizar el cumplimiento de sus obligaciones, EL TRABAJADOR suscribe en "
        "este acto un pagaré sin fecha de vencimiento por $25,000.00 M.N. a favor de EL "
        "GESTOR, que le será devuelto cuando regrese a México.",
        size=10.5,
        align="J",
    )

    heading(pdf, "4. DOCUMENTOS", size=10.5)
    para(
        pdf,
        "4.1 EL TRABAJADOR entregará a EL GESTOR copia de su acta de nacimiento, CURP, "
        "credencial para votar y comprobante de domicilio.",
        size=10.5,
        align="J",
    )
    para(
        pdf,
        "4.2 Una vez estampada la visa, el pasaporte de EL TRABAJADOR quedará bajo resguardo "
        "de EL GESTOR hasta la llegada al rancho, para su mejor control.",
        size=10.5,
        align="J",
    )

    heading(pdf, "5. OBLIGACIONES DE EL GESTOR", size=10.5)
    para(
        pdf,
        "5.1 Orientar a EL TRABAJADOR sobre la cita consular, el viaje y las condiciones "
        "del empleo. 5.2 Acompañar al grupo hasta Monterrey y entregarlo al representante "
        "del empleador. 5.3 Informar a EL TRABAJADOR cualquier cambio de fechas.",
        size=10.5,
        align="J",
    )
    heading(pdf, "6. DATOS PERSONALES", size=10.5)
    para(
        pdf,
        "Los datos de EL TRABAJADOR se usarán solo para este trámite, conforme al aviso de "
        "privacidad que se le entregó.",
        size=10.5,
    )
    heading(pdf, "7. JURISDICCIÓN", size=10.5)
    para(
        pdf,
        "Para la interpretación de este convenio las partes se someten a los tribunales de "
        "Fresnillo, Zacatecas.",
        size=10.5,
    )
    sign_block(
        pdf,
        [
            ("EL GESTOR", ["Lic. Rogelio Anaya Villarreal", "Vía Jornal Reclutamiento, S.C."]),
            ("EL TRABAJADOR", ["Eusebio Marcial Ortega Cháirez", ""]),
        ],
        size=9.5,
    )
    x = pdf.w - pdf.r_margin - 28
    y = pdf.get_y() + 2
    pdf.rect(x, y, 28, 30)
    pdf.set_xy(x, y + 31)
    pdf.set_font("lse", "I", 8)
    pdf.cell(28, 4, "Huella digital", align="C")
    return pdf


# ==========================================================================
# bj03  H-2A  EN  job order, 2-col assurances, SCANNED addendum (page 3)
# ==========================================================================
def bj03():
    pdf = Doc("Letter", base="ls", margins=(20, 20, 20))
    pdf.hdr = rule_header("BLUE LICK TOBACCO & HAY, INC.", "H-2A Job Order KY-2026-10583")
    pdf.ftr = text_footer("Page {p}", align="R")
    pdf.add_page()
    heading(pdf, "AGRICULTURAL CLEARANCE ORDER \u2014 H-2A TEMPORARY LABOR", size=13.5, before=0)
    para(
        pdf,
        "Employer: Blue Lick Tobacco & Hay, Inc., 8820 Ridge Pike Road, Cynthiana, KY 41031 "
        "\u00b7 (859) 555-0126",
        size=10,
        style="B",
    )
    heading(pdf, "JOB SUMMARY", size=10, fill=(218, 218, 218))
    grid(
        pdf,
        [
            ["Job title", "Farmworker, tobacco and hay"],
            ["Number of workers", "22"],
            ["Period of employment", "May 11, 2026 \u2013 November 20, 2026"],
            [
                "Hours",
                "44 hours per week: Monday\u2013Friday 7:00 a.m. to 4:00 p.m. with one hour "
                "for lunch, and Saturday 7:00 a.m. to 11:00 a.m.",
            ],
            ["Wage", "$15.92 per hour"],
            ["Pay period", "Weekly; paychecks are handed out every Friday after the shift"],
            [
                "Experience",
                "Two months of experience cutting or housing tobacco; able to lift 60 "
                "pounds and to work on barn tier rails up to 25 feet high",
            ],
        ],
        (30, 70),
        borders="HORIZONTAL_LINES",
    )
    heading(pdf, "DUTIES", size=10, fill=(218, 218, 218))
    para(
        pdf,
        "Set burley tobacco transplants, hoe and top tobacco, spear stalks onto sticks, hang "
        "and take down sticks in curing barns, strip cured leaves into grades and bale them. "
        "Between tobacco tasks, workers rake and bale hay, feed square bales into the "
        "elevator and stack them in the loft. Work is outdoors and in barns, in heat and "
        "dust, and at heights.",
        align="J",
    )
    heading(pdf, "WORKSITES", size=10, fill=(218, 218, 218))
    grid(
        pdf,
        [
            ["Home farm", "8820 Ridge Pike Road, Cynthiana, KY 41031"],
            ["Mill Creek farm", "3175 Connersville Pike, Cynthiana, KY 41031"],
            ["Curing barns", "640 Leesburg Lane, Cynthiana, KY 41031"],
        ],
        (30, 70),
        borders="HORIZONTAL_LINES",
    )
    heading(pdf, "PAY AND DEDUCTIONS", size=10, fill=(218, 218, 218))
    para(
        pdf,
        "The employer pays the highest of the AEWR, the prevailing wage, any agreed "
        "collective bargaining rate, and the federal or state minimum wage in effect when "
        "the work is performed, and raises pay on the day a higher AEWR takes effect.",
        align="J",
    )
    para(
        pdf,
        "Deductions: Social Security and Medicare taxes only where required, federal and "
        "Kentucky income tax if requested, garnishments ordered by a court, and the items "
        "listed in Addendum A.",
        align="J",
    )
    para(
        pdf,
        "A perfect-attendance bonus of $0.50 per hour is added to each weekly check for "
        "every week with no unexcused absence.",
        align="J",
    )
    para(
        pdf,
        "To encourage workers to finish the season, $1.50 of every hour's wage is set aside "
        "in a season-completion reserve and paid out only on the final payday to workers "
        "who are still employed.",
        align="J",
    )
    heading(pdf, "GUARANTEE", size=10, fill=(218, 218, 218))
    para(
        pdf,
        "The employer guarantees each worker an offer of work for at least 75 percent of "
        "the workdays in the contract period, counted in hours; any shortfall is paid at "
        "the end of the contract.",
        align="J",
    )
    heading(pdf, "HOUSING, MEALS AND TRAVEL", size=10, fill=(218, 218, 218))
    para(
        pdf,
        "Housing is provided free of charge to workers who cannot reasonably return to "
        "their permanent residence each day, in the bunkhouse at 8846 Ridge Pike Road, "
        "Cynthiana, KY, inspected by the Kentucky Cabinet for Health and Family Services. "
        "House rules are in Addendum A.",
        align="J",
    )
    para(
        pdf,
        "Meals: the bunkhouse kitchen with ranges, refrigerators and utensils is free for "
        "all residents.",
        align="J",
    )
    para(
        pdf,
        "Inbound travel: workers who complete half of the contract are reimbursed for their "
        "bus fare and daily subsistence from the place of recruitment to Cynthiana; visa "
        "and border-crossing fees are repaid in the first week.",
        align="J",
    )
    para(
        pdf,
        "Return travel: workers who finish the season, or are dismissed early without "
        "cause, receive bus fare and subsistence to return home.",
        align="J",
    )
    heading(pdf, "EMPLOYER ASSURANCES", size=10, fill=(218, 218, 218))
    columns(
        pdf,
        [
            (
                "1. Tools.",
                "Tobacco knives, spears, sticks, hay hooks, gloves and ladders are "
                "furnished at no charge and without a deposit.",
            ),
            (
                "2. Workers' compensation.",
                "Coverage is in force through Kentucky Employers' "
                "Mutual Insurance, policy KEMI-AG-204417.",
            ),
            (
                "3. Ending employment.",
                "A worker who is absent for five consecutive working days "
                "without permission is treated as having abandoned the job, "
                "and the employer reports the abandonment to the Department of "
                "Labor and DHS within two working days. Workers may be "
                "dismissed for cause after a written warning.",
            ),
            (
                "4. Act of God.",
                "If a tornado, hailstorm, flood or barn fire makes the work "
                "impossible, the employer may end the contract with the approval of "
                "the Certifying Officer; workers are then paid the guarantee up to "
                "the ending date and their trip home.",
            ),
            (
                "5. Housing damage.",
                "Any damage to the bunkhouse beyond normal wear, including broken "
                "screens, doors and mattresses, will be repaired at the expense "
                "of the responsible worker.",
            ),
            (
                "6. Saturday notice.",
                "Workers receive 24 hours' advance notice of any change in the Saturday schedule.",
            ),
            (
                "7. No retaliation.",
                "No worker will be discharged, blacklisted or otherwise "
                "disciplined for filing a complaint or talking to the Department "
                "of Labor.",
            ),
            (
                "8. No fees.",
                "No worker may be charged any recruitment or job placement fee; the "
                "employer hires directly and uses no foreign recruiter.",
            ),
        ],
        size=9.5,
    )
    # page 3: scanned addendum
    pdf.scan_footer = "Page 3"
    scan_page(
        pdf,
        [
            ("small", "BLUE LICK TOBACCO & HAY, INC.          H-2A Job Order KY-2026-10583"),
            ("gap", ""),
            ("title", "ADDENDUM A \u2014 BUNKHOUSE RULES AND CHARGES"),
            ("title", "2026 season"),
            ("gap", ""),
            (
                "p",
                "These rules apply to everyone living in the bunkhouse at 8846 Ridge Pike Road. "
                "Please read them with your crew leader on the first day.",
            ),
            ("h", "1. Quiet hours"),
            ("p", "Quiet hours are from 10:00 p.m. to 5:30 a.m."),
            ("h", "2. Cleaning"),
            (
                "p",
                "Residents keep their rooms, bathrooms and the kitchen clean; a cleaning rota is "
                "posted by the door.",
            ),
            ("h", "3. Utilities"),
            (
                "p",
                "Each occupant contributes $35.00 per week toward electricity, water and propane, "
                "deducted from the Friday check.",
            ),
            ("h", "4. Visitors"),
            ("p", "Visitors are welcome in the common room until 9:00 p.m."),
            ("h", "5. Cooking"),
            ("p", "Cooking is allowed only in the kitchen; no hot plates in the bedrooms."),
            ("h", "6. Repairs"),
            (
                "p",
                "Report leaks, broken appliances and pests to the farm office so they can be fixed "
                "promptly.",
            ),
            ("h", "7. Free time"),
            (
                "p",
                "Residents are free to leave the farm on their own time; tell your crew leader only "
                "if you will miss work.",
            ),
            ("gap", ""),
            ("gap", ""),
            ("line", "Resident signature and date"),
        ],
        seed=3003,
    )
    pdf.add_page()
    heading(pdf, "ADDENDUM B \u2014 WORKER ACKNOWLEDGEMENT", size=12, before=0)
    para(
        pdf,
        "I received this job order and its addenda in Spanish and in English before my "
        "visa appointment, and I was able to ask questions about them.",
    )
    grid(
        pdf,
        [[str(i), "", ""] for i in range(1, 13)],
        (8, 52, 40),
        header=["#", "Worker name", "Signature / date"],
        bold_first=False,
        lh=6,
    )
    para(
        pdf,
        "How to apply: Kentucky Career Center, 216 Pleasant Street, Cynthiana, KY, or call "
        "(859) 555-0126.",
        size=9.5,
    )
    sign_block(pdf, [("For the employer", ["Dale W. Kinnaird, President", "April 1, 2026"])])
    return pdf


# ==========================================================================
# bj04  H-2A  ES  individual work contract (Christmas trees, North Carolina)
# ==========================================================================
def bj04():
    pdf = Doc("A4", base="dvs", margins=(20, 18, 20))
    pdf.ftr = text_footer(
        "Contrato LFE-H2A-2026-058  \u00b7  hoja {p}/{n}  \u00b7  Iniciales: ______ / ______",
        font="dvs",
        size=7.5,
    )
    pdf.add_page()
    heading(
        pdf,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL AGRÍCOLA",
        size=13,
        align="C",
        before=0,
        after=0.5,
    )
    para(
        pdf, "Programa de visas H-2A \u2014 temporada 2026", size=9.5, style="I", align="C", after=3
    )
    grid(
        pdf,
        [
            [
                "Empresa",
                "Laurel Fork Evergreens, LLC",
                "Domicilio",
                "2471 Glade Valley Road, Sparta, NC 28675, EE. UU.",
            ],
            [
                "Trabajador",
                "Rutilio Baltazar Coronado Meza",
                "Lugar de origen",
                "Cerritos, San Luis Potosí",
            ],
            [
                "Puesto",
                "Trabajador de plantación de árboles de Navidad",
                "Orden de trabajo",
                "H-300-26041-559120",
            ],
            ["Inicio", "1 de junio de 2026", "Fin", "18 de diciembre de 2026"],
        ],
        (18, 32, 20, 30),
        size=8.5,
        header=None,
    )
    pdf.set_font("dvs", "", 8.5)
    para(pdf, "LA EMPRESA y EL TRABAJADOR acuerdan las siguientes cláusulas:", size=9.5)

    clauses = [
        (
            "PRIMERA. Trabajo.",
            "EL TRABAJADOR podará y dará forma a abetos Fraser con cuchillo "
            "de poda, aplicará fertilizante granulado a mano, chapeará la maleza entre hileras y, "
            "en noviembre y diciembre, cortará, empacará en red y cargará los árboles en los "
            "camiones.",
        ),
        (
            "SEGUNDA. Lugar.",
            "Plantaciones de LA EMPRESA en los condados de Alleghany y Ashe, "
            "Carolina del Norte: 2471 Glade Valley Road, Sparta; y 880 Piney Creek Road, Piney "
            "Creek.",
        ),
        (
            "TERCERA. Jornada.",
            "De lunes a viernes de 7:00 a 16:30 con media hora para comer "
            "(45 horas por semana); en temporada de corte, también los sábados de 7:00 a 12:00.",
        ),
        (
            "CUARTA. Salario.",
            "$17.34 dólares por hora. LA EMPRESA pagará siempre la tarifa más "
            "alta entre la AEWR, el salario prevaleciente, la tarifa de convenio colectivo y el "
            "salario mínimo federal o estatal, y aplicará cualquier aumento desde la fecha en que "
            "se publique.",
        ),
        (
            "QUINTA. Pago.",
            "Dos veces al mes, los días 15 y último de cada mes, con un talón que "
            "detalla horas ofrecidas, horas trabajadas, tarifa, descuentos y pago neto.",
        ),
        (
            "SEXTA. Descuentos.",
            "Solo se descontarán los impuestos que exija la ley, las pensiones "
            "alimenticias ordenadas por un juez y lo que EL TRABAJADOR autorice por escrito en su "
            "propio beneficio.",
        ),
        (
            "SÉPTIMA. Garantía.",
            "LA EMPRESA ofrecerá trabajo por al menos las tres cuartas partes "
            "de los días laborables del contrato; si no lo hace, pagará la diferencia.",
        ),
        (
            "OCTAVA. Vivienda y comidas.",
            "Vivienda gratuita en la casa de la plantación, en 2475 "
            "Glade Valley Road, con cocina completa que EL TRABAJADOR usa sin costo.",
        ),
        (
            "NOVENA. Transporte.",
            "El traslado diario de la vivienda a las plantaciones se hace en "
            "la camioneta de LA EMPRESA, sin costo. Los gastos del traslado hasta Sparta, incluidos "
            "el autobús desde Monterrey, el hotel y los alimentos del camino, son por cuenta de "
            "cada trabajador. Al terminar el contrato, LA EMPRESA paga el autobús de regreso a "
            "Cerritos y los alimentos del camino.",
        ),
        (
            "DÉCIMA. Visa y pasaporte.",
            "La cuota de la visa H-2A se reembolsa completa en el "
            "primer pago. La expedición o renovación del pasaporte mexicano corre por cuenta del "
            "propio trabajador.",
        ),
        (
            "DÉCIMA PRIMERA. Herramientas y seguro.",
            "Cuchillos de poda, guantes, lentes y botas "
            "de hule se entregan gratis. EL TRABAJADOR está protegido por el seguro de compensación "
            "de trabajadores de LA EMPRESA (póliza NCF-WC-77310).",
        ),
        (
            "DÉCIMA SEGUNDA. Terminación.",
            "Si EL TRABAJADOR falta cinco días laborables seguidos "
            "sin permiso, se considera que abandonó el empleo. LA EMPRESA puede despedir por causa "
            "justificada, con aviso por escrito.",
        ),
        (
            "DÉCIMA TERCERA. Salida anticipada.",
            "Si EL TRABAJADOR deja el empleo antes del 18 de "
            "diciembre de 2026, pagará a LA EMPRESA una pena convencional de $500 dólares por los "
            "gastos de reemplazo.",
        ),
        (
            "DÉCIMA CUARTA. Requisitos.",
            "Tres meses de experiencia en viveros o plantaciones "
            "forestales; saber usar cuchillo de poda.",
        ),
        (
            "DÉCIMA QUINTA. Reclutamiento.",
            "EL TRABAJADOR fue reclutado en Cerritos, S.L.P., por "
            "Servicios Laborales Tierra Potosina, S.A. de C.V., a quien LA EMPRESA paga sus "
            "honorarios; nadie puede cobrarle a EL TRABAJADOR por este empleo.",
        ),
    ]
    for lead, body in clauses:
        para(pdf, "**" + lead + "** " + body, size=9.5, md=True, align="J", after=1.8)
    para(
        pdf,
        "Leído el presente contrato en español, las partes lo firman en Cerritos, S.L.P., el "
        "20 de abril de 2026.",
        size=9.5,
    )
    sign_block(
        pdf,
        [
            ("LA EMPRESA", ["Brenda K. Halloway, Farm Manager"]),
            ("EL TRABAJADOR", ["Rutilio Baltazar Coronado Meza"]),
        ],
        size=9,
    )
    return pdf


# ==========================================================================
# bj05  H-2A  ES  job order in DOL-form style (onions, Oregon)
# ==========================================================================
def bj05():
    pdf = Doc("Letter", base="ln", margins=(16, 16, 16))
    pdf.hdr = rule_header(
        "ETA-790A (traducción al español)  \u2014  Orden de trabajo agrícola",
        "Owyhee Bench Onion Growers, LLC",
        font="ln",
        size=9,
    )
    pdf.ftr = text_footer(
        "Orden de autorización OR-2026-00916   \u00b7   Página {p} de {n}", font="ln", size=8.5
    )
    pdf.add_page()
    heading(
        pdf,
        "ORDEN DE TRABAJO H-2A PARA TRABAJADORES AGRÍCOLAS TEMPORALES",
        size=13,
        before=0,
        align="C",
    )

    def section(title):
        heading(
            pdf, title, size=10.5, fill=(30, 50, 90), color=(255, 255, 255), before=1.5, after=0
        )

    def fields(rows):
        grid(pdf, rows, (9, 31, 60), size=9.5, bold_first=False, after=1)

    section("Sección A \u2014 Información del empleador")
    fields(
        [
            ["A.1", "Nombre legal del empleador", "Owyhee Bench Onion Growers, LLC"],
            ["A.2", "Dirección", "1650 Graham Boulevard, Vale, Oregón 97918"],
            ["A.3", "Teléfono", "(541) 555-0193"],
        ]
    )
    section("Sección B \u2014 Descripción del trabajo")
    fields(
        [
            [
                "B.1",
                "Título del trabajo",
                "Trabajador agrícola \u2013 cebolla y remolacha azucarera",
            ],
            ["B.2", "Número de trabajadores", "31"],
            ["B.3", "Fecha de inicio", "3 de marzo de 2026"],
            ["B.4", "Fecha de finalización", "31 de octubre de 2026"],
            [
                "B.5",
                "Horario",
                "Las horas de cada día varían según el clima, el riego y el avance de "
                "la cosecha; el capataz las anuncia cada tarde para el día siguiente.",
            ],
            [
                "B.6",
                "Funciones",
                "Plantar y trasplantar cebolla, deshierbar con azadón, cambiar "
                "tubería de riego, cortar y ensacar cebolla en el campo, cargar "
                "sacos de 50 libras en remolques, alimentar la banda de la "
                "clasificadora y escoger cebolla en la bodega.",
            ],
            [
                "B.7",
                "Requisitos",
                "Un mes de experiencia en cosecha de hortalizas. Capaz de levantar "
                "50 libras de forma repetida.",
            ],
            [
                "B.8",
                "Lugar de trabajo",
                "Campos del empleador en el condado de Malheur: 1650 Graham "
                "Boulevard, Vale; y 3340 Bully Creek Road, Vale, Oregón.",
            ],
        ]
    )
    section("Sección C \u2014 Salario y pago")
    fields(
        [
            ["C.1", "Tarifa por hora", "$18.80 por hora"],
            [
                "C.2",
                "Tarifa por pieza",
                "$1.10 por saco de 50 libras de cebolla cortada y ensacada; "
                "si lo ganado por piezas es menor, se paga por hora.",
            ],
            [
                "C.3",
                "Salario más alto",
                "El empleador pagará al menos la AEWR, el salario "
                "prevaleciente, la tarifa acordada por negociación colectiva "
                "o el salario mínimo federal o estatal, el que sea más alto; "
                "si se publica una AEWR más alta, se pagará desde su fecha "
                "de vigencia.",
            ],
            [
                "C.4",
                "Frecuencia de pago",
                "Semanal (cada viernes), mediante depósito directo o cheque",
            ],
            [
                "C.5",
                "Deducciones",
                "Impuesto federal sobre la renta cuando el trabajador lo solicite; "
                "FICA cuando corresponda; embargos ordenados por un tribunal; y "
                "las deducciones voluntarias que el trabajador autorice por "
                "escrito. No se descuenta nada por vivienda, transporte, "
                "herramientas ni equipo.",
            ],
            [
                "C.6",
                "Registros",
                "Cada día de pago el trabajador recibe un estado de cuenta con horas "
                "ofrecidas, horas trabajadas, tarifas, unidades producidas, pago "
                "bruto, deducciones y pago neto.",
            ],
            [
                "C.7",
                "Garantía de 3/4",
                "El empleador garantiza ofrecer empleo por un total de horas "
                "igual a por lo menos el 75 % de los días laborables del "
                "período del contrato; si no, pagará la diferencia.",
            ],
        ]
    )
    section("Sección D \u2014 Vivienda, comidas y transporte")
    fields(
        [
            [
                "D.1",
                "Vivienda",
                "Sin costo, en el campamento del empleador en 2200 Sixth Avenue "
                "West, Vale, OR, con licencia del estado de Oregón. No se cobra "
                "renta, servicios ni depósito.",
            ],
            [
                "D.2",
                "Comidas",
                "Cocinas comunitarias gratuitas con estufas, refrigeradores y utensilios.",
            ],
            [
                "D.3",
                "Transporte diario",
                "Gratuito, en autobús del empleador, del campamento a los campos y de regreso.",
            ],
            [
                "D.4",
                "Viaje de ida",
                "Se reembolsan el transporte y los viáticos diarios desde el "
                "lugar de reclutamiento al completar el 50 % del período del "
                "contrato, o antes si es necesario para cumplir el salario "
                "mínimo en la primera semana.",
            ],
            [
                "D.5",
                "Viaje de regreso",
                "Pagado por el empleador si el trabajador completa el "
                "contrato o si es despedido sin causa antes de terminar.",
            ],
        ]
    )
    section("Sección E \u2014 Otras condiciones")
    fields(
        [
            [
                "E.1",
                "Herramientas",
                "El empleador proporciona sin costo cuchillos de corte, tijeras, "
                "guantes, azadones y sacos.",
            ],
            [
                "E.2",
                "Abandono y despido",
                "Si el trabajador no se presenta a trabajar cinco días "
                "consecutivos sin consentimiento del empleador, se "
                "considera abandono y se notifica a las autoridades. El "
                "trabajador puede ser despedido por causa justificada. A "
                "quien abandone el empleo no se le paga el viaje de "
                "regreso.",
            ],
            [
                "E.3",
                "Imposibilidad del contrato",
                "Si un incendio, inundación, granizada u otra "
                "causa de fuerza mayor hace imposible el trabajo, "
                "el empleador podrá terminar el contrato con "
                "aprobación del Departamento de Trabajo, pagando "
                "la garantía hasta esa fecha y el viaje de "
                "regreso.",
            ],
            [
                "E.4",
                "Cobros",
                "Ni el empleador ni sus agentes cobran a los trabajadores por "
                "reclutamiento, por la visa ni por ningún otro trámite.",
            ],
            [
                "E.5",
                "Documentos y libertad",
                "Los trabajadores conservan sus pasaportes y pueden "
                "salir del campamento en su tiempo libre.",
            ],
        ]
    )
    section("Sección F \u2014 Cómo solicitar")
    para(
        pdf,
        "Comuníquese con WorkSource Oregon en Ontario, Oregón, o llame al (541) 555-0193. "
        "En México el empleador recluta por medio de Enlace Agrícola Valle del Mezquital, "
        "S.C., cuyos honorarios paga el empleador.",
        size=9.5,
    )
    sign_block(
        pdf,
        [("Firma del empleador", ["Howard T. Saltzman, socio gerente", "10 de enero de 2026"])],
        size=9,
    )
    return pdf


# ==========================================================================
# bj06  H-2B  EN  job order + pre-departure checklist (crab picking, Maryland)
# ==========================================================================
def bj06():
    pdf = Doc("Letter", base="lse", margins=(20, 18, 20))
    pdf.hdr = band_header(
        "TIDEWATER POINT SEAFOOD CO.", "H-2B job order MD-2026-20318", fill=(20, 40, 90), font="ls"
    )
    pdf.ftr = text_footer("MD-2026-20318 \u2014 worker copy \u2014 {p}/{n}", font="lse")
    pdf.add_page()
    heading(
        pdf,
        "H-2B JOB ORDER AND TERMS OF EMPLOYMENT \u2014 CRAB MEAT PICKER",
        size=13,
        before=0,
        font="ls",
    )
    bullets(
        pdf,
        [
            "Employer: Tidewater Point Seafood Co., 1207 Hoopers Island Road, Fishing Creek, MD "
            "21634; (410) 555-0138",
            "Position: Crab meat picker / seafood processing worker (SOC 51-3022), 40 openings",
            "Worksite: the picking house at 1207 Hoopers Island Road, Fishing Creek, MD 21634",
            "Period: April 13, 2026 through November 20, 2026",
            "Hours: 40 hours a week, Monday through Friday, 6:00 a.m. to 2:30 p.m. with a 30-minute "
            "unpaid break",
            "Pay: $16.54 per hour; pickers who exceed 26 pounds of crab meat in a shift earn a "
            "production bonus of $2.25 for each additional pound",
            "Overtime: $24.81 per hour for hours over 40 in a workweek",
            "Payday: every Thursday, for the week ending the previous Sunday (weekly)",
        ],
        size=10,
    )
    heading(pdf, "Duties", size=11, font="ls")
    para(
        pdf,
        "Steam-cooked blue crabs are picked by hand with a knife: remove the back shell, "
        "separate jumbo lump, backfin and claw meat into the correct containers, remove "
        "shell fragments, weigh the containers and pack them in ice. Workers also wash "
        "tables, floors and equipment at the end of each shift.",
        align="J",
    )
    heading(pdf, "Requirements", size=11, font="ls")
    para(
        pdf,
        "No experience required; workers must be able to stand for the entire shift and "
        "handle cold, wet product. A paid on-the-job training period of five days is given "
        "at the start of the season.",
        align="J",
    )
    heading(pdf, "Terms", size=11, font="ls")
    terms = [
        "1. Wage. The employer pays at least the highest of the prevailing wage, the federal "
        "minimum wage and the Maryland minimum wage; if the Department of Labor publishes a "
        "higher prevailing wage during the contract, the new wage is paid from its effective "
        "date.",
        "2. Deductions. Federal and Maryland income taxes, Social Security and Medicare, and any "
        "voluntary deductions the worker authorizes in writing. Dormitory rooms at 1212 Hoopers "
        "Island Road are optional and free.",
        "3. Earnings statements. Each payday the worker gets a statement showing hours offered "
        "and worked, pounds picked, rates, bonus, deductions and net pay.",
        "4. Three-fourths guarantee. In each 12-week period the employer offers the worker hours "
        "equal to at least three-fourths of the workdays in that period, and pays for any "
        "shortfall.",
        "5. Travel. The employer reimburses the bus fare and meals from Mazatlán to Fishing "
        "Creek in the first workweek, and pays the return trip to Mazatlán for workers who "
        "complete the season or are dismissed early for reasons other than cause.",
        "6. Visa costs. The MRV consular appointment charge and the I-94 border-crossing fee are "
        "personal expenses of each worker.",
        "7. Work gear. Each picker receives two aprons, a picking knife and cut-resistant gloves "
        "against a refundable $60 equipment deposit, deducted from the first paycheck.",
        "8. Ending the contract. Workers absent five consecutive working days without notice "
        "are considered to have abandoned employment, and the employer will notify the "
        "Department of Labor and DHS. Workers may be dismissed for cause.",
        "9. If work becomes impossible. If a hurricane, fire, plant breakdown or other Act of "
        "God makes the work impossible, the employer may end the contract early with "
        "Department of Labor approval and will pay the guarantee up to that date and the "
        "return trip.",
        "10. Grievances. Any worker who takes a complaint to an outside agency instead of the "
        "company suggestion box will be placed on the company's do-not-return list.",
        "11. Recruitment. Workers are recruited in Sinaloa by Agencia Marea Alta de Sinaloa, "
        "S.C. The employer pays the agency's service fee; workers are never charged for being "
        "selected.",
    ]
    for t in terms:
        para(pdf, t, align="J", after=1.4, indent=3)
    pdf.add_page()
    heading(pdf, "ATTACHMENT 1 \u2014 PRE-DEPARTURE CHECKLIST", size=12, before=0, font="ls")
    para(
        pdf,
        "Complete these steps in order. Ask the agency staff if anything is unclear.",
        style="I",
    )
    grid(
        pdf,
        [
            ["1", "Attend the information meeting in Mazatlán and sign this job order in Spanish."],
            [
                "2",
                "Before departure, each worker completes a two-day food-safety and English "
                "orientation at the agency and pays the $85 course fee directly to the "
                "instructor.",
            ],
            [
                "3",
                "Bring your passport, the visa appointment confirmation and two photographs to "
                "Monterrey.",
            ],
            ["4", "Keep your passport with you; the company never holds workers' documents."],
            [
                "5",
                "On arrival, report to the dormitory manager at 1212 Hoopers Island Road; rooms "
                "are free.",
            ],
        ],
        (8, 92),
        header=["Step", "What to do"],
        size=10,
        bold_first=False,
    )
    sign_block(
        pdf,
        [
            ("For the employer", ["Loretta P. Swinburne, Plant Manager", "February 2, 2026"]),
            ("Worker", ["Name:", "Date:"]),
        ],
    )
    return pdf


# ==========================================================================
# bj07  H-2B  ES  compliant individual contract, two-column clauses (landscaping, Texas)
# ==========================================================================
def bj07():
    pdf = Doc("A4", base="dv", margins=(17, 17, 17))
    pdf.hdr = rule_header(
        "Cinder Ridge Landscaping Co.", "Contrato H-2B núm. CRL-26-114", font="dv", size=8
    )
    pdf.ftr = text_footer("{p} / {n}", font="dv")
    pdf.add_page()
    heading(
        pdf,
        "CONTRATO INDIVIDUAL DE TRABAJO \u2014 VISA H-2B",
        size=13,
        before=0,
        align="C",
        font="dv",
    )
    heading(pdf, "RESUMEN", size=10, font="dv", before=1)
    grid(
        pdf,
        [
            [
                "Empleador",
                "Cinder Ridge Landscaping Co., 915 Quarry Lane, Boerne, Texas 78006, EE. UU.",
            ],
            ["Trabajador", "Abundio Téllez Carranza, de Doctor Arroyo, Nuevo León"],
            ["Puesto", "Trabajador de jardinería y paisajismo (SOC 37-3011)"],
            [
                "Lugar de trabajo",
                "Propiedades de clientes en los condados de Kendall, Comal y Bexar, "
                "Texas; base en 915 Quarry Lane, Boerne",
            ],
            ["Periodo", "Del 2 de marzo al 20 de noviembre de 2026"],
            [
                "Horario",
                "40 horas por semana; de lunes a viernes, de 7:00 a 15:30, con media hora "
                "sin pago para comer",
            ],
            ["Salario", "$17.15 dólares por hora"],
            ["Horas extra", "$25.73 por hora después de 40 horas en la semana"],
            ["Pago", "Cada dos semanas, los viernes, por depósito directo o cheque"],
        ],
        (26, 74),
        size=9,
        stripe=(238, 242, 248),
    )
    heading(pdf, "CLÁUSULAS", size=10, font="dv", before=1)
    columns(
        pdf,
        [
            (
                "1. Funciones.",
                "Cortar pasto con podadoras de empuje y de asiento, orillar banquetas, "
                "podar arbustos, plantar flores y árboles, esparcir mantillo, levantar hojas y cargar "
                "los desechos en el remolque. No se requiere manejar vehículos.",
            ),
            (
                "2. Requisitos.",
                "Tres meses de experiencia en jardinería; poder levantar 50 libras y "
                "trabajar al aire libre con calor.",
            ),
            (
                "3. Salario más alto.",
                "Si durante el contrato el Departamento de Trabajo publica un "
                "salario prevaleciente más alto, LA EMPRESA lo paga desde su fecha de vigencia; nunca "
                "se paga menos que el mínimo federal, estatal o local.",
            ),
            (
                "4. Descuentos.",
                "Solo se descuentan el impuesto federal sobre la renta, el Seguro "
                "Social y Medicare. No se descuenta la vivienda, el transporte, el uniforme ni las "
                "herramientas.",
            ),
            (
                "5. Talón de pago.",
                "Con cada pago recibe un talón con horas ofrecidas y trabajadas, "
                "tarifa, horas extra, descuentos y pago neto.",
            ),
            (
                "6. Garantía.",
                "LA EMPRESA ofrece, en cada periodo de 12 semanas, trabajo por horas "
                "equivalentes a por lo menos las tres cuartas partes de los días laborables; si ofrece "
                "menos, paga la diferencia.",
            ),
            (
                "7. Viaje de ida.",
                "El autobús de Doctor Arroyo a Boerne, el hotel y las comidas del "
                "camino se reembolsan en la primera semana de trabajo, o LA EMPRESA los paga por "
                "adelantado.",
            ),
            (
                "8. Visa.",
                "LA EMPRESA reembolsa en la primera semana la cuota de la visa, los gastos "
                "de su trámite y la cuota del cruce fronterizo.",
            ),
            (
                "9. Regreso.",
                "Si usted termina el contrato o lo despiden antes sin causa, LA EMPRESA "
                "paga su viaje de regreso a Doctor Arroyo.",
            ),
            (
                "10. Herramientas.",
                "Podadoras, orilladoras, sopladoras, guantes, lentes, protectores "
                "auditivos y playeras de uniforme se entregan sin costo y sin depósito.",
            ),
            (
                "11. Vivienda.",
                "LA EMPRESA ofrece un cuarto compartido en 930 Quarry Lane sin costo "
                "alguno; usted puede vivir donde prefiera.",
            ),
            (
                "12. Fin del contrato.",
                "Si falta cinco días hábiles seguidos sin avisar, se considera "
                "que abandonó el trabajo. Solo se le puede despedir por causa justificada, explicada "
                "por escrito.",
            ),
            (
                "13. Imposibilidad.",
                "Si un huracán, incendio, inundación u otra causa de fuerza mayor "
                "impide el trabajo, LA EMPRESA puede terminar el contrato antes con aprobación del "
                "Departamento de Trabajo, pero le paga lo ganado, la garantía hasta esa fecha y el "
                "viaje de regreso.",
            ),
            (
                "14. Sin cobros.",
                "Nadie le puede cobrar por este empleo. No se pide fianza, pagaré ni "
                "depósito de ningún tipo, y LA EMPRESA no da préstamos ni adelantos de salario.",
            ),
            (
                "15. Sus derechos.",
                "Usted conserva su pasaporte. Puede quejarse ante el Departamento "
                "de Trabajo, un abogado o su consulado sin represalias y sin quedar en ninguna lista de "
                "no recontratación.",
            ),
            (
                "16. Idioma.",
                "Este contrato se le entrega en español antes de la entrevista consular.",
            ),
        ],
        size=9,
        font="dv",
    )
    sign_block(
        pdf,
        [
            ("LA EMPRESA", ["Wendell J. Okafor-Pruitt, propietario", "Boerne, 5 de enero de 2026"]),
            ("EL TRABAJADOR", ["Abundio Téllez Carranza", "Fecha:"]),
        ],
        size=8.5,
        font="dv",
    )
    return pdf


# ==========================================================================
# bj08  H-2B  EN  offer letter + housing & dining supplement (lodge, Montana)
# ==========================================================================
def bj08():
    pdf = Doc("Letter", base="ls", margins=(24, 16, 24), bottom=16)

    def hdr(p):
        if p.page_no() == 1:
            p.set_y(12)
            p.set_font("lse", "B", 17)
            p.set_text_color(22, 70, 110)
            p.cell(0, 8, "Sapphire Pines Lodge", new_x="LMARGIN", new_y="NEXT")
            p.set_font("ls", "", 8.5)
            p.set_text_color(80, 80, 80)
            p.cell(
                0,
                4,
                "Sapphire Pines Lodge LLC  \u00b7  310 Grizzly Avenue, West Yellowstone, "
                "MT 59758  \u00b7  (406) 555-0177",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            p.set_draw_color(22, 70, 110)
            p.line(p.l_margin, p.get_y() + 2, p.w - p.r_margin, p.get_y() + 2)
            p.set_draw_color(0, 0, 0)
            p.set_text_color(0, 0, 0)
            p.set_y(p.get_y() + 7)
        else:
            p.set_y(14)

    pdf.hdr = hdr
    pdf.ftr = text_footer(
        "Sapphire Pines Lodge \u2014 seasonal staff  |  {p}", font="ls", align="R"
    )
    pdf.add_page()
    para(pdf, "February 9, 2026", after=3)
    para(
        pdf,
        "Ms. Shanice Kerr-Dawkins\n14 Lime Tree Lane, Savanna-la-Mar\nWestmoreland, Jamaica",
        after=3,
    )
    para(pdf, "Re: H-2B seasonal offer \u2014 Housekeeping Room Attendant", style="B", after=3)
    para(pdf, "Dear Ms. Kerr-Dawkins,", after=2)
    para(
        pdf,
        "Thank you for interviewing with us in Kingston. We are pleased to offer you a "
        "seasonal position on the terms below, which follow our approved H-2B job order. "
        "Your application was handled by Blue Mountain Staffing Partners Ltd., whose fees "
        "we pay in full.",
        align="J",
    )
    grid(
        pdf,
        [
            [
                "Position",
                "Housekeeping Room Attendant: clean and restock guest rooms, change linens, "
                "vacuum, clean bathrooms and deliver requested items to guests; at check-out, "
                "report minibar use so that the front desk can collect the charges from "
                "guests.",
            ],
            [
                "Place of work",
                "Sapphire Pines Lodge, 310 Grizzly Avenue, West Yellowstone, MT 59758",
            ],
            ["Dates", "May 15, 2026 to October 10, 2026"],
            [
                "Hours",
                "40 hours per week: five 8-hour shifts between 7:00 a.m. and 5:00 p.m.; days "
                "off rotate",
            ],
            ["Pay", "$17.40 per hour"],
            ["Overtime", "Time and a half ($26.10) for hours over 40 in a workweek"],
            ["Paydays", "Every other Friday (biweekly), by direct deposit"],
            [
                "Deductions",
                "Federal income tax, Social Security and Medicare, and the housing and "
                "dining deductions in the attached supplement",
            ],
            [
                "Pay statements",
                "Itemized statement each payday with hours offered, hours worked, "
                "rate, deductions and net pay",
            ],
            [
                "Guarantee",
                "We will offer you hours equal to at least three-fourths of the workdays "
                "in each 12-week period, or pay the difference.",
            ],
            [
                "Travel",
                "Your bus or flight from Kingston to West Yellowstone and meals on the way "
                "are repaid in your first paycheck; if you complete the season or are "
                "dismissed early without cause, the Lodge pays your trip home.",
            ],
            [
                "Visa",
                "The Lodge repays the visa application fee and any visa processing costs in "
                "the first workweek.",
            ],
            [
                "Uniforms and supplies",
                "Uniform shirts, aprons, cleaning supplies and carts are "
                "provided free; no deposit.",
            ],
            [
                "Requirements",
                "Six months of hotel or cleaning experience; able to push a loaded cart "
                "and lift 35 pounds.",
            ],
            [
                "Ending employment",
                "Five consecutive workdays missed without notice is treated as job "
                "abandonment; dismissal for cause only after a written warning.",
            ],
        ],
        (27, 73),
        size=8.6,
        borders="SINGLE_TOP_LINE",
        stripe=(242, 246, 250),
        after=1.5,
    )
    para(
        pdf,
        "Please sign below and return a copy to us by e-mail. We look forward to "
        "welcoming you to West Yellowstone.",
        align="J",
    )
    para(pdf, "Sincerely,", after=6)
    para(pdf, "Graham Ostrander\nGeneral Manager", after=3)
    para(pdf, "Accepted: ______________________________   Date: ______________", after=2)
    pdf.add_page()
    heading(
        pdf,
        "HOUSING & DINING SUPPLEMENT \u2014 2026 SEASON",
        size=13,
        before=0,
        color=(22, 70, 110),
    )
    para(
        pdf,
        "This supplement is part of your offer letter and applies to staff who live in "
        "Lodge housing.",
        style="I",
    )
    rules = [
        "1. Seasonal staff may live in the Elk Run dormitory at 42 Hayden Street, West "
        "Yellowstone, two to a room.",
        "2. Dormitory rent is $110 per week per bed and is deducted from every paycheck.",
        "3. Every dormitory resident is enrolled in the staff dining plan at $9.50 per day, "
        "deducted from each paycheck.",
        "4. Residents must be inside the dormitory by 10:30 p.m. and may not spend a night away "
        "from company housing without written permission from the Housing Supervisor.",
        "5. Free coffee, tea and fruit are available in the staff lounge all day.",
        "6. Laundry machines on the ground floor are free to use.",
        "7. Residents may receive visitors in the lounge until 9:00 p.m.",
        "8. Report maintenance problems to the front desk so they can be fixed quickly.",
        "9. Smoking is not allowed anywhere in the building.",
    ]
    for r in rules:
        para(pdf, r, after=2.2, indent=2)
    para(pdf, "Resident signature: ______________________________   Date: ______________", after=2)
    return pdf


# ==========================================================================
# bj09  generic  EN  Viet Nam -> Taiwan service agreement and cost statement
# ==========================================================================
def bj09():
    pdf = Doc("A4", base="dvc", margins=(18, 18, 18))
    pdf.hdr = band_header(
        "FORMOSA BRIDGE MANPOWER CONSULTANTS CO., LTD.",
        "Agreement FB-VN-2027-0386",
        fill=(120, 20, 30),
        font="dvc",
        size=10,
    )
    pdf.ftr = text_footer("Page {p} of {n}   \u2014   Worker's initials: ______", font="dvc")
    pdf.add_page()
    heading(
        pdf,
        "FOREIGN WORKER SERVICE AGREEMENT AND STATEMENT OF PRE-ENTRY COSTS",
        size=12.5,
        before=0,
        align="C",
    )
    para(
        pdf,
        "Made in Vinh City, Nghe An, on 18 November 2026 between the parties below.",
        size=9.5,
        align="C",
        style="I",
        after=3,
    )
    grid(
        pdf,
        [
            [
                "Broker (Taiwan)",
                "Formosa Bridge Manpower Consultants Co., Ltd., 5F, No. 217, Wenxin "
                "Road Sec. 2, Nantun District, Taichung City, Taiwan (private "
                "employment service licence No. 1789)",
            ],
            [
                "Sending agency (Viet Nam)",
                "Hong Lam Labour Export JSC, 46 Tran Phu Street, Vinh "
                "City, Nghe An Province, Viet Nam",
            ],
            [
                "Employer",
                "Chin Yuan Precision Metal Co., Ltd., No. 38, Lane 112, Gongye 3rd Road, "
                "Taiping District, Taichung City, Taiwan",
            ],
            ["Worker", "Nguyen Thi Thu Trang, born 2 April 1999, of Dien Chau District, Nghe An"],
        ],
        (28, 72),
        size=9,
    )

    arts = [
        (
            "Article 1 \u2014 Job.",
            "The Worker is employed as a production operator: loading "
            "steel blanks into CNC lathes, feeding bar stock into the automatic cutter, deburring, "
            "measuring parts with gauges and packing finished parts.",
        ),
        (
            "Article 2 \u2014 Place and term.",
            "Work is performed at the Employer's factory at "
            "No. 38, Lane 112, Gongye 3rd Road, Taiping District, Taichung City. The contract runs "
            "from 1 March 2027 to 28 February 2030.",
        ),
        (
            "Article 3 \u2014 Hours.",
            "8 hours a day, 40 hours a week, Monday to Friday from "
            "08:00 to 17:00 with one hour of rest; overtime only with the Worker's consent and "
            "paid as the Labor Standards Act requires.",
        ),
        (
            "Article 4 \u2014 Wage.",
            "NT$29,500 per month, paid on the 10th of each following "
            "month by transfer to the Worker's own bank account.",
        ),
        (
            "Article 5 \u2014 Deductions.",
            "The Employer withholds only income tax, the "
            "employee share of the Labor Insurance and National Health Insurance premiums required "
            "by Taiwan law, and the items in Article 7. Board and lodging in the factory dormitory "
            "are provided free of charge.",
        ),
        (
            "Article 6 \u2014 Travel.",
            "The Employer pays the Worker's air ticket from Hanoi to "
            "Taichung at the start and the return ticket to Hanoi at the end of the contract.",
        ),
    ]
    for lead, body in arts:
        para(pdf, "**" + lead + "** " + body, size=9.8, md=True, align="J", after=2)
    heading(pdf, "Article 7 \u2014 Service charges and other costs", size=9.8, before=0.5, after=1)
    for t in [
        "7.1 The Worker pays the Broker a monthly service fee of NT$1,800 in the first year, "
        "NT$1,700 in the second year and NT$1,500 in the third year, deducted from salary.",
        "7.2 The periodic health examinations required 6, 18 and 30 months after entry are "
        "arranged by the Broker at a cost of NT$1,200 each, payable by the Worker.",
        "7.3 To settle the pre-departure costs owed to the Agency, the Worker takes a loan of "
        "VND 95,000,000 from Phu Loc Commercial Bank arranged by the Agency, repaid in 18 "
        "monthly instalments of NT$3,950 deducted from salary by the Employer and remitted by "
        "the Broker.",
        "7.4 The employment stability fee and all other levies on the Employer are paid by the "
        "Employer.",
    ]:
        para(pdf, t, size=9.8, align="J", indent=4, after=1.6)
    para(
        pdf,
        "**Article 8 \u2014 Documents.** The Worker keeps her own passport and Alien "
        "Resident Certificate; neither the Employer nor the Broker may hold them.",
        size=9.8,
        md=True,
        align="J",
        after=2,
    )
    para(
        pdf,
        "**Article 9 \u2014 Complaints.** The Worker may call the 1955 labour hotline or "
        "contact the Vietnam Economic and Cultural Office at any time, without any penalty "
        "or loss of work.",
        size=9.8,
        md=True,
        align="J",
        after=2,
    )

    pdf.add_page()
    heading(pdf, "STATEMENT OF PRE-ENTRY COSTS", size=11.5, before=0, align="C")
    para(
        pdf,
        "Costs incurred before the Worker's entry into Taiwan and who bears them.",
        size=9.5,
        style="I",
        align="C",
    )
    grid(
        pdf,
        [
            ["Entry visa and work permit", "Employer", "\u2014"],
            ["Air ticket Hanoi\u2013Taichung", "Employer", "\u2014"],
            ["Pre-departure health check in Viet Nam", "Employer", "\u2014"],
            ["Pre-departure orientation", "Employer", "\u2014"],
            ["Sending agency service charge", "Worker (loan, Art. 7.3)", "VND 95,000,000"],
        ],
        (50, 28, 22),
        header=["Item", "Paid by", "Amount"],
        size=9.5,
        bold_first=False,
    )
    para(
        pdf,
        "The parties confirm that the Worker received this agreement in Vietnamese and in "
        "English and had three days to read it before signing.",
        size=9.5,
        align="J",
    )
    sign_block(
        pdf,
        [
            ("Broker", ["Formosa Bridge Manpower Consultants Co., Ltd."]),
            ("Sending agency", ["Hong Lam Labour Export JSC"]),
        ],
        size=8.5,
        gap=16,
    )
    sign_block(
        pdf,
        [
            ("Employer", ["Chin Yuan Precision Metal Co., Ltd."]),
            ("Worker", ["Nguyen Thi Thu Trang"]),
        ],
        size=8.5,
        gap=16,
    )
    return pdf


# ==========================================================================
# bj10  generic  ES  Colombia -> Spain recruiter letter with cost table
# ==========================================================================
def bj10():
    pdf = Doc("A4", base="ls", margins=(22, 18, 22))

    def hdr(p):
        p.set_fill_color(0, 110, 100)
        p.rect(0, 0, 8, p.h, "F")
        p.set_y(12)
        p.set_font("ls", "B", 15)
        p.set_text_color(0, 110, 100)
        p.cell(0, 7, "Conexión Rural Ibérica S.A.S.", new_x="LMARGIN", new_y="NEXT")
        p.set_font("ls", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "NIT 901.448.207-3  \u00b7  Carrera 5 # 12-40, Ibagué, Tolima  \u00b7  "
            "WhatsApp +57 315 555 0168",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(p.get_y() + 6)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Conexión Rural Ibérica \u2014 campaña 2027 \u2014 {p}/{n}")
    pdf.add_page()
    para(pdf, "Ibagué, 14 de enero de 2027", align="R", after=3)
    para(pdf, "Señor\nYeison Andrés Quintero Bedoya\nVereda La Aurora, Líbano (Tolima)", after=3)
    para(
        pdf,
        "Asunto: Preselección para la campaña de fruta de hueso 2027 en Lleida (España)",
        style="B",
        after=3,
    )
    para(
        pdf,
        "Reciba un cordial saludo. Nos complace informarle que usted quedó preseleccionado "
        "para la campaña de recolección de la cooperativa que se indica abajo. Estas son "
        "las condiciones del contrato que firmará al llegar:",
        align="J",
    )
    grid(
        pdf,
        [
            [
                "Empleador",
                "Fruites del Segre, Cooperativa Agrària, Carretera de Torres de Segre, "
                "km 4, 25124 Alcarràs (Lleida), España",
            ],
            ["Trabajador", "Yeison Andrés Quintero Bedoya, C.C. 1.110.482.377"],
            [
                "Labor",
                "Recolección de melocotón, nectarina y paraguayo en escalera y en plataforma; "
                "selección y llenado de cajas en el campo",
            ],
            ["Lugar", "Fincas de la cooperativa en Alcarràs y Soses (Lleida)"],
            ["Duración", "Del 7 de junio al 25 de septiembre de 2027"],
            [
                "Jornada",
                "39 horas semanales, de lunes a viernes, en turno de mañana desde las 6:30",
            ],
            [
                "Salario",
                "9,26 euros brutos por hora, según el convenio colectivo del campo de Lleida",
            ],
            [
                "Pago",
                "Mensual, por transferencia, dentro de los primeros cinco días del mes siguiente",
            ],
            [
                "Alojamiento",
                "Albergue de la cooperativa en Alcarràs, gratuito, con cocina equipada",
            ],
            [
                "Viajes",
                "La cooperativa compra el tiquete Bogotá\u2013Barcelona y el de regreso a "
                "Bogotá al terminar la campaña.",
            ],
            ["Examen médico", "Lo hace y lo paga la mutua de la cooperativa en destino."],
        ],
        (24, 76),
        size=9.5,
        borders="HORIZONTAL_LINES",
    )
    heading(pdf, "Costos del proceso a cargo del aspirante", size=11, color=(0, 110, 100))
    para(
        pdf,
        "Para continuar en el proceso, usted debe consignar antes del 5 de febrero de 2027 "
        "los siguientes valores en la cuenta de ahorros Bancolombia No. 078-448213-55 a "
        "nombre de Conexión Rural Ibérica S.A.S.:",
        align="J",
    )
    grid(
        pdf,
        [
            ["Gestión de vacante y acompañamiento del proceso", "$1.800.000"],
            ["Tasa consular del visado de temporada", "$420.000"],
            ["Póliza de asistencia médica y repatriación", "$380.000"],
            ["Total a consignar (pesos colombianos)", "$2.600.000"],
        ],
        (72, 28),
        header=["Concepto", "Valor (COP)"],
        size=10,
        bold_first=False,
        head_fill=(210, 235, 232),
    )
    para(
        pdf,
        "Una vez consignado, envíe el comprobante por WhatsApp. Los valores consignados no "
        "son reembolsables si el consulado niega el visado.",
        align="J",
    )
    pdf.add_page()
    heading(pdf, "Preguntas frecuentes", size=12, before=0, color=(0, 110, 100))
    faq = [
        (
            "¿Tengo que pagar el tiquete de avión?",
            "No. La cooperativa compra el tiquete de ida y el de regreso.",
        ),
        (
            "¿Dónde voy a vivir?",
            "En el albergue de la cooperativa en Alcarràs, sin pagar arriendo.",
        ),
        ("¿Me pueden quitar el pasaporte?", "No. Usted lo conserva siempre."),
        (
            "¿Hay que dejar algún depósito en garantía?",
            "No. Solo se consignan los valores de la tabla anterior.",
        ),
        ("¿Puedo llevar a mi familia?", "No. El visado de temporada es individual."),
    ]
    for q, a in faq:
        para(pdf, q, style="B", after=0.5)
        para(pdf, a, after=2.5)
    para(pdf, "Cordialmente,", after=6)
    para(
        pdf,
        "Diana Marcela Rengifo Ospina\nCoordinadora de Selección\nConexión Rural Ibérica S.A.S.",
    )
    return pdf


# ==========================================================================
# bj11  generic  ES  domestic work contract, Nicaragua -> Costa Rica
# ==========================================================================
def bj11():
    pdf = Doc("Letter", base="dv", margins=(22, 18, 22))
    pdf.ftr = text_footer("Contrato de trabajo doméstico \u2014 folio {p} de {n}", size=8)
    pdf.add_page()
    heading(
        pdf,
        "CONTRATO DE TRABAJO PARA PERSONA TRABAJADORA DOMÉSTICA REMUNERADA",
        size=12.5,
        before=0,
        align="C",
    )
    para(pdf, "San José, Costa Rica, 12 de enero de 2027", align="C", style="I", after=3)
    grid(
        pdf,
        [
            [
                "LA EMPLEADORA",
                "Marianela Solís Quesada, cédula 1-1188-0452, Residencial Los Arcos, "
                "casa 14-B, San Rafael de Escazú, San José, Costa Rica",
            ],
            [
                "LA TRABAJADORA",
                "Yahaira del Carmen Obando Rizo, pasaporte nicaragüense C02281947, "
                "vecina de Chinandega, Nicaragua",
            ],
            ["AGENCIA", "Agencia de Colocación Brisas del Lago, S.A., Rivas, Nicaragua"],
        ],
        (26, 74),
        size=9.5,
        head_fill=None,
    )
    para(
        pdf,
        "Las partes celebran este contrato, que se regirá por el Código de Trabajo de Costa "
        "Rica y por las siguientes cláusulas:",
        align="J",
    )
    cl = [
        (
            "I. Labores.",
            "Limpieza de la casa, lavado y planchado de ropa, preparación del "
            "almuerzo y la cena, y cuidado de dos niños de 4 y 7 años, incluido llevarlos y "
            "recogerlos de la escuela.",
        ),
        (
            "II. Lugar de trabajo.",
            "La casa de LA EMPLEADORA en Residencial Los Arcos, casa 14-B, San Rafael de Escazú.",
        ),
        ("III. Plazo.", "Del 1 de febrero de 2027 al 31 de enero de 2028."),
        (
            "IV. Jornada.",
            "Ocho horas diarias, de lunes a sábado, de 7:00 a.m. a 4:00 p.m. con una "
            "hora de descanso; el domingo es su día libre.",
        ),
        (
            "V. Salario.",
            "\u20a1265.000 (doscientos sesenta y cinco mil colones) por mes, pagados "
            "por quincena los días 15 y 30 de cada mes.",
        ),
        (
            "VI. Rebajos.",
            "Del salario solo se rebaja la cuota obrera de la Caja Costarricense de Seguro Social.",
        ),
        (
            "VII. Aguinaldo y vacaciones.",
            "LA TRABAJADORA recibe el aguinaldo en diciembre y dos "
            "semanas de vacaciones pagadas, según el Código de Trabajo.",
        ),
        (
            "VIII. Vivienda y alimentación.",
            "LA TRABAJADORA vive en la casa, en un cuarto propio "
            "con baño, y recibe sus tres comidas diarias, sin costo alguno.",
        ),
        (
            "IX. Riesgos del trabajo.",
            "LA EMPLEADORA paga la póliza de riesgos del trabajo del INS.",
        ),
        (
            "X. Documentos.",
            "Durante los primeros seis meses, LA EMPLEADORA guardará el pasaporte "
            "y el carné de residencia de LA TRABAJADORA en su caja fuerte y se los facilitará "
            "cuando deba hacer algún trámite.",
        ),
        (
            "XI. Día libre.",
            "Durante los primeros tres meses, LA TRABAJADORA pasará su día libre "
            "dentro de la casa; después podrá salir los domingos, siempre que regrese antes de las "
            "5:00 p.m.",
        ),
        (
            "XII. Daños.",
            "El valor de la vajilla, los electrodomésticos o la ropa que LA "
            "TRABAJADORA dañe por descuido se rebajará de su salario.",
        ),
        (
            "XIII. Viaje.",
            "El pasaje de bus de Managua a San José, de USD 35, que compra la "
            "agencia, se rebajará del primer salario de LA TRABAJADORA.",
        ),
        (
            "XIV. Agencia.",
            "La agencia no cobra nada a LA TRABAJADORA por la colocación; sus "
            "honorarios los paga LA EMPLEADORA.",
        ),
        (
            "XV. Terminación.",
            "Cualquiera de las partes puede dar por terminado este contrato con "
            "quince días de preaviso; el despido sin justa causa da derecho a preaviso y cesantía "
            "según el Código de Trabajo.",
        ),
    ]
    for lead, body in cl:
        para(pdf, "**" + lead + "** " + body, size=10, md=True, align="J", after=1.8)
    para(pdf, "Leído lo anterior, las partes firman en dos tantos de igual valor.", after=1)
    sign_block(
        pdf,
        [
            ("LA EMPLEADORA", ["Marianela Solís Quesada"]),
            ("LA TRABAJADORA", ["Yahaira del Carmen Obando Rizo"]),
        ],
        size=9.5,
    )
    x = pdf.w - pdf.r_margin - 26
    y = pdf.get_y() + 1
    pdf.rect(x, y, 26, 28)
    pdf.set_xy(x, y + 29)
    pdf.set_font("dv", "I", 7.5)
    pdf.cell(26, 4, "Huella", align="C")
    return pdf


# ==========================================================================
# bj12  generic  EN  compliant NZ dairy employment agreement (Philippines)
# ==========================================================================
def bj12():
    pdf = Doc("A4", base="lse", margins=(24, 20, 24))
    pdf.hdr = rule_header(
        "Mararoa Downs Dairy Limited", "Individual Employment Agreement", font="lse", size=8.5
    )
    pdf.ftr = text_footer(
        "Page {p} of {n}          Initials: Employer ____  Employee ____", font="lse", size=8
    )
    pdf.add_page()
    heading(
        pdf,
        "INDIVIDUAL EMPLOYMENT AGREEMENT \u2014 DAIRY FARM ASSISTANT",
        size=13.5,
        before=0,
        align="C",
    )
    para(
        pdf,
        "This agreement is made on 3 May 2027 between Mararoa Downs Dairy Limited, 512 "
        'Kauana Road, RD 2, Winton 9782, Southland, New Zealand ("the Employer"), and '
        "Rodel Bautista Macaraeg, of Barangay San Isidro, Santo Tomas, Batangas, "
        'Philippines ("the Employee").',
        size=10.5,
        align="J",
        after=3,
    )
    cls = [
        (
            "1. Position and duties.",
            "Dairy Farm Assistant: milking in a 40-bail rotary shed "
            "twice a day, feeding calves and moving them between paddocks, shifting break fences, "
            "feeding out silage and baleage with the tractor, checking water troughs, and "
            "recording animal health treatments.",
        ),
        (
            "2. Place of work.",
            "The Employer's farm at 512 Kauana Road, Winton, and its run-off "
            "block at 88 Lochiel-Branxholme Road, Lochiel, Southland.",
        ),
        (
            "3. Term.",
            "This is a fixed-term agreement from 1 August 2027 to 31 July 2029. The "
            "fixed term matches the duration of the Employee's work visa.",
        ),
        (
            "4. Hours.",
            "An average of 50 hours per week on a roster of 11 days on and 3 days off; "
            "the morning milking starts at 4:30 a.m. and the afternoon milking at 2:30 p.m.",
        ),
        (
            "5. Wages.",
            "NZ$29.66 gross per hour for every hour worked, paid fortnightly by "
            "direct credit every second Wednesday, with a payslip showing hours, rate and "
            "deductions.",
        ),
        (
            "6. Deductions.",
            "The Employer deducts PAYE income tax and the ACC earners' levy "
            "required by New Zealand law. No other deduction is made without the Employee's "
            "written consent.",
        ),
        (
            "7. Accommodation.",
            "The Employee may live in the two-bedroom cottage at 516 Kauana "
            "Road free of rent; electricity, firewood and internet are also provided at no charge, "
            "and the farm supplies two litres of milk a day.",
        ),
        (
            "8. Costs of coming to New Zealand.",
            "The Employer pays the work visa application fee "
            "and immigration levy, the medical examination and chest X-ray, police certificates, "
            "and the Employee's airfare from Manila to Invercargill.",
        ),
        (
            "9. Return travel.",
            "At the end of this agreement, or if the Employer ends it early "
            "for any reason other than serious misconduct, the Employer pays the airfare from "
            "Invercargill to Manila.",
        ),
        (
            "10. Recruitment.",
            "The Employee was recruited through Luzon Crest Manpower Services, "
            "Inc. The Employer pays all of its placement and documentation fees; the Employee must "
            "not be asked for any payment and should report any such request to the Employer or "
            "to the Department of Migrant Workers.",
        ),
        (
            "11. Protective clothing.",
            "Overalls, gumboots, wet-weather gear and gloves are "
            "supplied by the Employer at no cost.",
        ),
        (
            "12. Induction.",
            "Milking-shed, quad-bike and animal-welfare induction is given during "
            "paid hours in the first week.",
        ),
        (
            "13. Holidays and leave.",
            "Annual holidays, sick leave and public holidays as provided by the Holidays Act 2003.",
        ),
        (
            "14. Ending this agreement.",
            "Either party may end this agreement by giving four "
            "weeks' written notice. The Employer may dismiss without notice only for serious "
            "misconduct, after a fair investigation in which the Employee can respond with a "
            "support person present.",
        ),
        (
            "15. Problems.",
            "The Employee may raise a personal grievance within 90 days without "
            "any disadvantage, and may get free help from Employment New Zealand on 0800 20 90 20.",
        ),
        ("16. Passport.", "The Employee keeps his own passport and visa documents at all times."),
    ]
    for lead, body in cls:
        para(pdf, "**" + lead + "** " + body, size=10.5, md=True, align="J", after=2)
    heading(pdf, "Schedule 1 \u2014 Summary", size=11)
    grid(
        pdf,
        [
            ["Employer", "Mararoa Downs Dairy Limited"],
            ["Employee", "Rodel Bautista Macaraeg"],
            ["Start / end", "1 August 2027 / 31 July 2029"],
            ["Average hours", "50 per week"],
            ["Pay", "NZ$29.66 per hour, fortnightly"],
            ["Accommodation", "Farm cottage, rent-free"],
        ],
        (30, 70),
        size=9.5,
        stripe=(244, 244, 238),
    )
    sign_block(
        pdf,
        [
            ("For the Employer", ["Fiona J. McRae, Director", "Date:"]),
            ("Employee", ["Rodel Bautista Macaraeg", "Date:"]),
        ],
        size=9.5,
    )
    return pdf


BUILDERS = [
    ("bj01.pdf", bj01),
    ("bj02.pdf", bj02),
    ("bj03.pdf", bj03),
    ("bj04.pdf", bj04),
    ("bj05.pdf", bj05),
    ("bj06.pdf", bj06),
    ("bj07.pdf", bj07),
    ("bj08.pdf", bj08),
    ("bj09.pdf", bj09),
    ("bj10.pdf", bj10),
    ("bj11.pdf", bj11),
    ("bj12.pdf", bj12),
]


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_views(page):
    """Full-page text plus left/right half crops (for two-column passages)."""
    w, h = page.width, page.height
    views = [norm(page.extract_text())]
    for x0, x1 in ((0, w / 2), (w / 2, w)):
        views.append(norm(page.crop((x0, 0, x1, h)).extract_text()))
    return views


def verify(out_dir, labels):
    errors = []
    for lab in labels:
        path = os.path.join(out_dir, lab["file"])
        if not os.path.exists(path):
            errors.append(f"{lab['file']}: not written")
            continue
        scanned = lab["scanned"] or []
        if scanned is True:
            scanned = list(range(1, lab["pages"] + 1))
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{lab['file']}: {n} pages, labels say {lab['pages']}")
                continue
            views = {i + 1: page_views(p) for i, p in enumerate(pdf.pages)}
            for sp in scanned:
                if views[sp][0]:
                    errors.append(f"{lab['file']}: scanned page {sp} has a text layer")
                if not pdf.pages[sp - 1].images:
                    errors.append(f"{lab['file']}: scanned page {sp} has no image")
            for fee in lab["fees"]:
                pg = fee["page"]
                if pg < 1 or pg > n:
                    errors.append(f"{lab['file']}: fee page {pg} out of range")
                    continue
                if pg in scanned:
                    continue
                q = norm(fee["quote"])
                if not any(q in v for v in views[pg]):
                    where = [p for p, vs in views.items() if any(q in v for v in vs)]
                    errors.append(
                        f"{lab['file']}: {fee['category']} quote not on page {pg}"
                        f" (found on {where}): {q[:70]}"
                    )
            for name in lab["recruiters"]:
                q = norm(name)
                if not any(q in v for p, vs in views.items() if p not in scanned for v in vs):
                    errors.append(f"{lab['file']}: recruiter not printed: {name}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    names = [f for f, _ in BUILDERS]
    if [l["file"] for l in labels] != names:
        print("labels.json files do not match the builders", file=sys.stderr)
        return 1
    for fname, fn in BUILDERS:
        pdf = fn()
        pdf.save(os.path.join(out_dir, fname))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = verify(out_dir, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    if errors:
        return 1
    print(f"wrote {len(names)} PDFs and labels.json to {out_dir}; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
