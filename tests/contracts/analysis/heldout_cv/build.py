#!/usr/bin/env python3
"""Build the heldout_cv blind batch: 12 recruitment-contract PDFs plus labels.json.

Usage:
    python build.py OUT_DIR [--write-labels]

Writes cv01.pdf ... cv12.pdf and labels.json into OUT_DIR (deterministic: fixed creation
date, fixed seeds), reopens every PDF with pdfplumber and checks the labels against the
text layer, checks the batch mix, then compares the generated labels with the committed
labels.json next to this file (exit 1 on any failed check or difference).
--write-labels rewrites the committed labels.json instead of comparing.

Every firm, agency, person, address and phone number in these documents is invented.
Self-contained on purpose: it needs only fpdf2, pdfplumber, Pillow and numpy.
"""

import argparse
import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------------------------------
# Taxonomy (shared/domain/taxonomy.md)
# ---------------------------------------------------------------------------------------
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
TERMS = [
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
_REQ = {
    # term: (h2a, h2b, generic)
    "employer_identity": (1, 1, 1),
    "worker_identity": (0, 0, 1),
    "job_duties": (1, 1, 1),
    "work_location": (1, 1, 1),
    "employment_period": (1, 1, 1),
    "hours_of_work": (1, 1, 1),
    "wage_rate": (1, 1, 1),
    "wage_adjustment": (1, 1, 0),
    "overtime": (0, 1, 0),
    "pay_frequency": (1, 1, 1),
    "deductions": (1, 1, 1),
    "three_fourths_guarantee": (1, 1, 0),
    "housing": (1, 0, 0),
    "meals": (1, 0, 0),
    "inbound_transportation": (1, 1, 0),
    "return_transportation": (1, 1, 1),
    "daily_transportation": (1, 0, 0),
    "visa_reimbursement": (0, 1, 0),
    "tools_provided": (1, 1, 0),
    "workers_compensation": (1, 0, 0),
    "earnings_statements": (1, 1, 0),
    "termination": (1, 1, 1),
    "contract_impossibility": (1, 1, 0),
    "job_requirements": (1, 1, 0),
}
REQUIRED = {
    prog: [t for t in TERMS if _REQ[t][i]] for i, prog in enumerate(["h2a", "h2b", "generic"])
}
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "PHP", "JMD", "CAD", "NZD", "EUR", "COP"}


def severity(program, category, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def fee(category, page, quote, amount=None, currency=None, group=None, passport_only=False):
    return {
        "category": category,
        "page": page,
        "quote": quote,
        "amount": amount,
        "currency": currency,
        "group": group,
        "passport_only": passport_only,
    }


def norm(s):
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------
# PDF helpers (fpdf2, unit = pt)
# ---------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        margin=54,
        top=54,
        bottom=58,
        title="",
        author="",
        header_fn=None,
        footer_fn=None,
        lang="en",
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("document assembly")
        self.set_lang(lang)
        fonts = {
            "Sans": ("DejaVuSans", "Oblique"),
            "Serif": ("DejaVuSerif", "Italic"),
            "Cond": ("DejaVuSansCondensed", "Oblique"),
            "Mono": ("DejaVuSansMono", "Oblique"),
        }
        for fam, (base, ital) in fonts.items():
            self.add_font(fam, "", f"{FONTDIR}{base}.ttf")
            self.add_font(fam, "B", f"{FONTDIR}{base}-Bold.ttf")
            self.add_font(fam, "I", f"{FONTDIR}{base}-{ital}.ttf")
            self.add_font(fam, "BI", f"{FONTDIR}{base}-Bold{ital}.ttf")
        self.set_margins(margin, top, margin)
        self.set_auto_page_break(True, bottom)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.image_pages = set()
        self._scan_next = False

    def header(self):
        if self._scan_next or self.page_no() in self.image_pages:
            return
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.page_no() in self.image_pages:
            return
        if self.footer_fn:
            self.footer_fn(self)

    def add_scan_page(self, jpeg_bytes):
        """A page holding one raster image and no text layer at all."""
        self._scan_next = True
        self.add_page()
        self._scan_next = False
        self.image_pages.add(self.page_no())
        apb = self.auto_page_break
        self.set_auto_page_break(False)
        self.image(io.BytesIO(jpeg_bytes), x=0, y=0, w=self.w, h=self.h)
        self.set_auto_page_break(apb, self.b_margin)


def setfont(pdf, fam="Sans", style="", size=10, color=(0, 0, 0)):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)


def para(
    pdf,
    text,
    size=10,
    fam="Sans",
    style="",
    lh=1.3,
    w=0,
    align="L",
    after=4,
    color=(0, 0, 0),
    x=None,
):
    setfont(pdf, fam, style, size, color)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, size * lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    if after:
        pdf.ln(after)


def heading(pdf, text, size=11.5, fam="Sans", color=(0, 0, 0), before=4, after=3, rule=None):
    if before:
        pdf.ln(before)
    setfont(pdf, fam, "B", size, color)
    pdf.multi_cell(0, size * 1.25, text, align="L", new_x="LMARGIN", new_y="NEXT")
    if rule:
        pdf.set_draw_color(*rule)
        pdf.set_line_width(0.8)
        y = pdf.get_y() + 1
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(3)
    if after:
        pdf.ln(after)


def bullets(
    pdf, items, size=9.5, fam="Sans", mark="•", indent=12, lh=1.3, after=2, color=(0, 0, 0)
):
    for it in items:
        setfont(pdf, fam, "", size, color)
        x0 = pdf.l_margin
        y0 = pdf.get_y()
        pdf.set_xy(x0, y0)
        pdf.cell(indent, size * lh, mark)
        pdf.set_xy(x0 + indent, y0)
        pdf.multi_cell(pdf.epw - indent, size * lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)


def table(
    pdf,
    rows,
    widths,
    size=9,
    fam="Sans",
    header=True,
    head_fill=(225, 230, 236),
    head_color=(0, 0, 0),
    lh=1.25,
    borders="ALL",
    first_col_bold=False,
    after=6,
    width=None,
    zebra=None,
    padding=(3, 4),
    line_color=(120, 120, 120),
    align="CENTER",
):
    setfont(pdf, fam, "", size)
    pdf.set_draw_color(*line_color)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.5)
    kw = dict(
        col_widths=widths,
        text_align="LEFT",
        v_align="TOP",
        line_height=size * lh,
        first_row_as_headings=header,
        borders_layout=borders,
        padding=padding,
        align=align,
    )
    if width:
        kw["width"] = width
    if header:
        kw["headings_style"] = FontFace(emphasis="BOLD", color=head_color, fill_color=head_fill)
    if zebra:
        kw["cell_fill_color"] = zebra
        kw["cell_fill_mode"] = "ROWS"
    with pdf.table(**kw) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if first_col_bold and j == 0 and not (header and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    if after:
        pdf.ln(after)


def band(pdf, y, h, fill, lines, x=0, w=None, pad_x=None):
    """Full-width colored band with white text lines [(text, size, style)]."""
    w = pdf.w if w is None else w
    pad_x = pdf.l_margin if pad_x is None else pad_x
    pdf.set_fill_color(*fill)
    pdf.rect(x, y, w, h, style="F")
    yy = y + 8
    for text, size, style in lines:
        setfont(pdf, "Sans", style, size, (255, 255, 255))
        pdf.set_xy(x + pad_x, yy)
        pdf.cell(w - 2 * pad_x, size * 1.2, text)
        yy += size * 1.35
    pdf.set_text_color(0, 0, 0)


def sig_block(pdf, columns, size=9, gap=24, line_w=None, after=4, fam="Sans"):
    """columns: list of lists of text lines printed under a signature line."""
    n = len(columns)
    colw = (pdf.epw - gap * (n - 1)) / n
    y0 = pdf.get_y() + 22
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.6)
    ymax = y0
    for i, lines in enumerate(columns):
        x = pdf.l_margin + i * (colw + gap)
        pdf.line(x, y0, x + (line_w or colw), y0)
        yy = y0 + 3
        for k, ln_ in enumerate(lines):
            setfont(pdf, fam, "B" if k == 0 else "", size)
            pdf.set_xy(x, yy)
            pdf.multi_cell(colw, size * 1.25, ln_, align="L")
            yy = pdf.get_y()
        ymax = max(ymax, yy)
    pdf.set_xy(pdf.l_margin, ymax + after)


def two_col(
    pdf,
    left,
    right,
    size=9,
    lh=1.28,
    gap=18,
    fam="Sans",
    lstyle="",
    rstyle="",
    lcolor=(0, 0, 0),
    rcolor=(0, 0, 0),
    after=5,
    sep=True,
    heads=None,
):
    """Side-by-side blocks (e.g. English | Spanish). Returns nothing; moves y below both."""
    colw = (pdf.epw - gap) / 2
    y0 = pdf.get_y()
    xl = pdf.l_margin
    xr = pdf.l_margin + colw + gap
    ends = []
    for x, txt, st, col, hd in (
        (xl, left, lstyle, lcolor, heads[0] if heads else None),
        (xr, right, rstyle, rcolor, heads[1] if heads else None),
    ):
        pdf.set_xy(x, y0)
        if hd:
            setfont(pdf, fam, "B", size + 0.5, col)
            pdf.multi_cell(colw, (size + 0.5) * 1.25, hd, align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
        setfont(pdf, fam, st, size, col)
        pdf.multi_cell(colw, size * lh, txt, align="L", new_x="LEFT", new_y="NEXT")
        ends.append(pdf.get_y())
    if sep:
        pdf.set_draw_color(170, 170, 170)
        pdf.set_line_width(0.4)
        xm = pdf.l_margin + colw + gap / 2
        pdf.line(xm, y0, xm, max(ends))
    pdf.set_xy(pdf.l_margin, max(ends) + after)


def checkbox_row(pdf, items, size=9.5, fam="Sans", gap=16):
    setfont(pdf, fam, "", size)
    x = pdf.l_margin
    y = pdf.get_y()
    for checked, text in items:
        s = ("☒ " if checked else "☐ ") + text
        w = pdf.get_string_width(s) + 4
        pdf.set_xy(x, y)
        pdf.cell(w, size * 1.4, s)
        x += w + gap
    pdf.set_xy(pdf.l_margin, y + size * 1.4 + 3)


def footnote_rule(pdf, width=140):
    y = pdf.get_y() + 2
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
    pdf.ln(6)


# ---------------------------------------------------------------------------------------
# Scanned page simulation (Pillow + numpy): text rendered to a raster, no text layer
# ---------------------------------------------------------------------------------------
def render_scan(blocks, seed, dpi=200, page_in=(8.5, 11.0), angle=0.55, blur=0.75, noise=9.0):
    W, H = int(page_in[0] * dpi), int(page_in[1] * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    px = dpi / 72.0
    margin = int(62 * px)
    y = int(60 * px)
    cache = {}

    def fnt(sz, bold=False, serif=False):
        key = (sz, bold, serif)
        if key not in cache:
            name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "")
            cache[key] = ImageFont.truetype(FONTDIR + name + ".ttf", int(round(sz * px)))
        return cache[key]

    maxw = W - 2 * margin
    for blk in blocks:
        kind = blk[0]
        if kind == "gap":
            y += int(blk[1] * px)
            continue
        if kind == "rule":
            d.line([(margin, y), (W - margin, y)], fill=40, width=max(1, int(0.8 * px)))
            y += int(6 * px)
            continue
        if kind == "row":  # ("row", [(text, width_fraction)], size, bold)
            _, cells, sz, bold = blk
            f = fnt(sz, bold)
            x = margin
            for text, frac in cells:
                d.text((x, y), text, font=f, fill=25)
                x += int(maxw * frac)
            y += int(sz * 1.45 * px)
            continue
        if kind == "sign":  # handwritten-looking scribble + caption
            _, caption, rs = blk
            rng = np.random.default_rng(rs)
            x0, y0 = margin + int(10 * px), y + int(18 * px)
            pts = []
            for i in range(60):
                t = i / 59.0
                pts.append(
                    (
                        x0 + t * 170 * px + rng.normal(0, 2.0) * px,
                        y0
                        + 9 * px * np.sin(t * 13.0 + rng.normal(0, 0.3))
                        + rng.normal(0, 1.2) * px,
                    )
                )
            d.line(pts, fill=35, width=max(2, int(1.1 * px)))
            y += int(34 * px)
            d.line([(margin, y), (margin + int(230 * px), y)], fill=60, width=2)
            y += int(4 * px)
            d.text((margin, y), caption, font=fnt(8.5), fill=30)
            y += int(14 * px)
            continue
        # ("text", text, size, bold[, serif])
        _, text, sz, bold = blk[:4]
        serif = blk[4] if len(blk) > 4 else False
        f = fnt(sz, bold, serif)
        words = text.split()
        line = ""
        for w_ in words:
            trial = (line + " " + w_).strip()
            if d.textlength(trial, font=f) <= maxw:
                line = trial
            else:
                d.text((margin, y), line, font=f, fill=25)
                y += int(sz * 1.4 * px)
                line = w_
        if line:
            d.text((margin, y), line, font=f, fill=25)
            y += int(sz * 1.4 * px)
        y += int(sz * 0.35 * px)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    # uneven photocopier tone, grain, a few dark specks
    grad = (
        np.linspace(0, 14, W, dtype=np.float32)[None, :]
        + np.linspace(0, 6, H, dtype=np.float32)[:, None]
    )
    arr = arr - grad + rng.normal(0.0, noise, arr.shape).astype(np.float32)
    for _ in range(120):
        yy, xx = int(rng.integers(0, H - 3)), int(rng.integers(0, W - 3))
        arr[yy : yy + 2, xx : xx + 2] = rng.uniform(40, 120)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, mode="L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=72, dpi=(dpi, dpi), optimize=False)
    return buf.getvalue()


# =======================================================================================
# The documents. Each builder returns (pdf, meta). meta["evidence"] maps every contract
# term the document states with a concrete value to (page, verbatim substring).
# =======================================================================================


# ---------------------------------------------------------------------------------------
# cv01  H-2A, English, compliant: job offer with a cost-responsibility schedule
# ---------------------------------------------------------------------------------------
def build_cv01():
    GREEN = (34, 85, 51)

    def hdr(pdf):
        if pdf.page_no() == 1:
            band(
                pdf,
                0,
                78,
                GREEN,
                [
                    ("PINEBROOK HOLLOW BERRY FARMS, LLC", 15, "B"),
                    (
                        "Job offer and work contract - H-2A temporary agricultural employment, "
                        "2026 blueberry season",
                        9.5,
                        "",
                    ),
                    ("ETA case H-300-26021-448190  |  Worker copy", 8.5, ""),
                ],
            )
            pdf.set_y(92)
        else:
            setfont(pdf, "Sans", "", 7.5, (90, 90, 90))
            pdf.set_xy(pdf.l_margin, 26)
            pdf.cell(
                pdf.epw,
                10,
                "Pinebrook Hollow Berry Farms, LLC  -  H-2A job offer 2026  -  "
                "ETA case H-300-26021-448190",
                align="L",
            )
            pdf.set_draw_color(*GREEN)
            pdf.set_line_width(1.2)
            pdf.line(pdf.l_margin, 40, pdf.w - pdf.r_margin, 40)
            pdf.set_y(52)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7.5, (90, 90, 90))
        pdf.set_xy(pdf.l_margin, pdf.h - 38)
        pdf.cell(pdf.epw / 2, 10, "Worker initials: ________")
        pdf.cell(pdf.epw / 2, 10, f"Page {pdf.page_no()} of {{nb}}", align="R")

    pdf = Doc(
        title="H-2A job offer 2026",
        author="Pinebrook Hollow Berry Farms, LLC",
        header_fn=hdr,
        footer_fn=ftr,
        top=54,
    )
    ev = {}
    # ---------------- page 1
    pdf.add_page()
    para(
        pdf,
        'This contract is between Pinebrook Hollow Berry Farms, LLC ("the Farm") and '
        "the H-2A worker who signs on page 3. It repeats, in plain words, the terms of the job "
        "order certified for this season. A Spanish copy is handed to every worker before the "
        "consular interview.",
        size=9.5,
        after=6,
    )
    rows = [
        [
            "Employer",
            "Pinebrook Hollow Berry Farms, LLC, 2715 Tillman Ford Road, Harlow Springs, "
            "GA 31552, telephone (912) 555-0147",
        ],
        [
            "Job",
            "Blueberry harvest worker: hand-pick ripe berries into buckets, carry full buckets "
            "to the field scale, feed filled flats onto the conveyor of the field packing line, "
            "prune and tie bushes, and pull weeds around young plants.",
        ],
        [
            "Fields",
            "Home block at 2715 Tillman Ford Road and the Cane Pond block at 880 Brantley "
            "Spur, both in Harlow Springs, Georgia",
        ],
        ["Dates", "April 20, 2026 through July 31, 2026"],
        [
            "Hours",
            "35 hours per week offered, Monday through Saturday; a usual day runs from "
            "7:00 a.m. to 2:30 p.m. with a 30-minute lunch",
        ],
        [
            "Pay",
            "$16.64 per hour, or $0.60 per pound picked whenever the pound rate earns you more "
            "for the pay week",
        ],
        ["Payday", "Weekly, every Friday, by check or pay card (your choice)"],
        [
            "Recruiter",
            "Senderos del Campo Reclutamiento, S.C., Av. Hidalgo 412, Fresnillo, "
            "Zacatecas - hired and paid by the Farm",
        ],
    ]
    table(pdf, rows, (1, 4.2), size=9, header=False, first_col_bold=True, after=8)
    ev["employer_identity"] = (
        1,
        "Pinebrook Hollow Berry Farms, LLC, 2715 Tillman Ford Road, Harlow Springs, GA 31552",
    )
    ev["job_duties"] = (
        1,
        "hand-pick ripe berries into buckets, carry full buckets to the field scale",
    )
    ev["work_location"] = (
        1,
        "Cane Pond block at 880 Brantley Spur, both in Harlow Springs, Georgia",
    )
    ev["employment_period"] = (1, "April 20, 2026 through July 31, 2026")
    ev["hours_of_work"] = (1, "35 hours per week offered, Monday through Saturday")
    ev["wage_rate"] = (1, "$16.64 per hour")
    ev["pay_frequency"] = (1, "Weekly, every Friday")

    heading(pdf, "1. Your pay", size=11, color=GREEN, before=0)
    para(
        pdf,
        "If the Adverse Effect Wage Rate, a prevailing wage or the federal or state minimum "
        "wage is raised above your rate during the season, the Farm pays the higher rate from "
        "the date it takes effect.",
        size=9.5,
    )
    ev["wage_adjustment"] = (1, "the Farm pays the higher rate from the date it takes effect")
    para(
        pdf,
        "Each payday you receive a written statement showing hours offered, hours worked, "
        "pounds picked, the rate paid, total earnings, each deduction and the reason for it.",
        size=9.5,
    )
    ev["earnings_statements"] = (1, "a written statement showing hours offered, hours worked")
    heading(pdf, "2. What may come out of your pay", size=11, color=GREEN)
    para(
        pdf,
        "Only two things: federal income tax if you ask for it on a signed Form W-4, and "
        "any amount a court orders the Farm to withhold, such as child support. H-2A wages are "
        "not subject to Social Security and Medicare tax, so none is taken. Nothing is ever "
        "deducted for housing, tools, transportation, recruitment or visa costs.",
        size=9.5,
    )
    ev["deductions"] = (1, "federal income tax if you ask for it on a signed Form W-4")
    heading(pdf, "3. Who may apply", size=11, color=GREEN)
    para(
        pdf,
        "You must be at least 18 years old, able to bend and to carry 35-pound buckets across "
        "the field for a full shift, and have at least one season of hand-harvesting experience "
        "in any fruit or vegetable crop.",
        size=9.5,
    )
    ev["job_requirements"] = (1, "at least one season of hand-harvesting experience")

    # ---------------- page 2
    pdf.add_page()
    heading(
        pdf,
        "SCHEDULE B - COSTS OF COMING TO WORK, AND WHO CARRIES THEM",
        size=11.5,
        color=GREEN,
        before=0,
    )
    para(
        pdf,
        "Every cost of getting you hired, documented, brought to Harlow Springs and taken "
        "home again belongs to the Farm. The last column shows what is left for you to pay "
        "after any repayment.",
        size=9.5,
        after=6,
    )
    rows = [
        ["No.", "Cost", "About how much", "Settled by", "Left for you"],
        [
            "1",
            "Recruiter's service charge (Senderos del Campo)",
            "$210 per worker",
            "Farm, on the recruiter's invoice",
            "$0.00",
        ],
        ["2", "Visa application (MRV) fee", "$185.00", "Farm pays the bank directly", "$0.00"],
        [
            "3",
            "Bus Fresnillo - Monterrey consulate and back",
            "about MXN 1,400",
            "You buy the ticket; repaid in full with your first paycheck",
            "$0.00",
        ],
        [
            "4",
            "Two nights' hotel in Monterrey",
            "MXN 1,800",
            "Farm books and pays the hotel",
            "$0.00",
        ],
        [
            "5",
            "Meals while travelling",
            "$16.34 per day",
            "Farm, cash handed out each travel day",
            "$0.00",
        ],
        ["6", "I-94 border processing", "$6.00", "Farm, repaid in your first workweek", "$0.00"],
        [
            "7",
            "Charter bus Nuevo Laredo - Harlow Springs",
            "about $190",
            "Farm charters the bus",
            "$0.00",
        ],
        ["8", "Trip home to Fresnillo", "about $230", "Farm buys the ticket", "$0.00"],
        ["9", "Housing, electricity, water, gas, bedding", "-", "Farm", "$0.00"],
        ["10", "Buckets, picking belts, clippers, gloves, rain gear", "-", "Farm", "$0.00"],
    ]
    table(
        pdf,
        rows,
        (0.45, 2.6, 1.35, 2.6, 1.0),
        size=8.5,
        head_fill=(214, 232, 219),
        zebra=(246, 250, 247),
        after=8,
    )
    para(
        pdf,
        "Your bus fare, lodging and meals from Fresnillo to Harlow Springs are paid directly "
        "by the Farm or repaid to you as shown above: visa and border costs no later than your "
        "first workweek, and all travel costs in full by the time you finish 50% of the contract "
        "period at the latest.",
        size=9.5,
    )
    ev["inbound_transportation"] = (
        2,
        "Your bus fare, lodging and meals from Fresnillo to Harlow "
        "Springs are paid directly by the Farm or repaid to you",
    )
    para(
        pdf,
        "If you complete the contract, or the Farm lets you go early for any reason other "
        "than cause, the Farm pays your transportation and daily meals back to Fresnillo.",
        size=9.5,
    )
    ev["return_transportation"] = (
        2,
        "the Farm pays your transportation and daily meals back to Fresnillo",
    )
    para(
        pdf,
        "Passport: if you need a new passport to apply for the visa, the Farm also pays you "
        "back what it cost when you show the receipt.",
        size=9.5,
        after=8,
    )
    footnote_rule(pdf)
    para(
        pdf,
        "(1) Nobody - not the Farm, not Senderos del Campo, not a driver, crew leader or "
        '"helper" - may ask you for money, a favour or a share of your pay for this job.',
        size=8,
        after=2,
    )
    para(
        pdf,
        "(2) If someone did take money from you, show us what you paid: the Farm repays you "
        "in full in the next paycheck and ends its contract with whoever charged you. Call "
        "(912) 555-0147, or the Department of Labor hotline.",
        size=8,
        after=2,
    )
    para(
        pdf,
        "(3) Amounts in pesos are converted at the exchange rate of the day you paid, as "
        "shown on your receipt.",
        size=8,
        after=2,
    )

    # ---------------- page 3
    pdf.add_page()
    heading(pdf, "4. Housing, meals, daily transport and tools", size=11, color=GREEN, before=0)
    para(
        pdf,
        "Housing: free for the whole season at Pinebrook Camp, 2740 Tillman Ford Road, in "
        "six-bed cabins with bathrooms, hot water and heat. The camp meets federal and Georgia "
        "housing standards, and no deposit is asked for keys, bedding or kitchen utensils.",
        size=9.5,
    )
    ev["housing"] = (3, "free for the whole season at Pinebrook Camp, 2740 Tillman Ford Road")
    para(
        pdf,
        "Meals: every cabin has a shared kitchen with two stoves, two refrigerators and pots "
        "and pans, free of charge, so you cook your own food.",
        size=9.5,
    )
    ev["meals"] = (3, "every cabin has a shared kitchen with two stoves, two refrigerators")
    para(
        pdf,
        "Daily transport: a Farm bus takes you from camp to the fields and back each workday "
        "at no cost; the driver is licensed and the bus is insured.",
        size=9.5,
    )
    ev["daily_transportation"] = (
        3,
        "a Farm bus takes you from camp to the fields and back each workday at no cost",
    )
    para(
        pdf,
        "Tools: buckets, picking belts, hand clippers, gloves and rain gear are supplied free "
        "and without any deposit.",
        size=9.5,
    )
    ev["tools_provided"] = (3, "supplied free and without any deposit")
    heading(pdf, "5. Three-fourths guarantee", size=11, color=GREEN)
    para(
        pdf,
        "The Farm guarantees to offer you work for at least three-fourths (3/4) of the "
        "workdays in the contract period; if it offers less, it pays you what you would have "
        "earned for the missing hours.",
        size=9.5,
    )
    ev["three_fourths_guarantee"] = (
        3,
        "at least three-fourths (3/4) of the workdays in the contract period",
    )
    heading(pdf, "6. Injury insurance", size=11, color=GREEN)
    para(
        pdf,
        "Workers' compensation insurance covers you from your first day, at no cost to you "
        "(carrier: Satilla Mutual Casualty, policy WC-GA-6617302).",
        size=9.5,
    )
    ev["workers_compensation"] = (
        3,
        "Workers' compensation insurance covers you from your first day",
    )
    heading(pdf, "7. Leaving the job", size=11, color=GREEN)
    para(
        pdf,
        "If you are absent for 5 consecutive workdays without permission, the Farm may treat "
        "it as abandonment and will notify the Department of Labor and the Department of "
        "Homeland Security, as federal rules require. A worker dismissed for cause loses the "
        "return-trip payment and the three-fourths guarantee.",
        size=9.5,
    )
    ev["termination"] = (3, "absent for 5 consecutive workdays without permission")
    heading(pdf, "8. If the work becomes impossible", size=11, color=GREEN)
    para(
        pdf,
        "If a hurricane, hail, flood, freeze, fire or other event beyond the Farm's control "
        "makes the work impossible, the Farm may end the contract early with the Department of "
        "Labor's approval; you are still paid the three-fourths guarantee up to that day and "
        "your trip home, and the Farm helps you find other H-2A work.",
        size=9.5,
    )
    ev["contract_impossibility"] = (
        3,
        "If a hurricane, hail, flood, freeze, fire or other event beyond the Farm's control",
    )
    heading(pdf, "9. Your papers and your voice", size=11, color=GREEN)
    para(
        pdf,
        "You keep your passport, visa and identity papers yourself at all times; the office "
        "can lend you a lockbox, and you keep its only key. Raising a complaint - with us, the "
        "Department of Labor or a legal aid group - never costs you your job or next year's "
        "invitation.",
        size=9.5,
        after=6,
    )
    sig_block(
        pdf,
        [
            ["For the Farm", "Loretta M. Calloway, Owner", "Date: ______________"],
            ["Worker", "Name in print: ______________________", "Date: ______________"],
        ],
    )

    meta = dict(
        file="cv01.pdf",
        program="h2a",
        language="en",
        scanned=False,
        pages=3,
        fees=[],
        evidence=ev,
        recruiters=["Senderos del Campo Reclutamiento, S.C."],
        traps=[
            "'feed filled flats onto the conveyor' is a job task, not a fee",
            "cost schedule with 'Left for you' column at $0.00 on every line",
            "recruiter's service charge $210 per worker invoiced to the Farm",
            "visa MRV $185.00 paid by the Farm directly",
            "bus MXN 1,400 bought by the worker and repaid in full in the first paycheck",
            "hotel, meals $16.34/day, I-94 $6.00, charter bus and trip home paid by the Farm",
            "passport repaid on receipt",
            "negated fee: nobody may ask for money, a favour or a share of pay",
            "refund promise for anything a recruiter took",
            "negated deductions for housing, tools, transport, recruitment, visa",
            "free housing, no deposit for keys/bedding/utensils",
            "workers' compensation insurance at no cost (not insurance_cost)",
            "abandonment notice to DOL/DHS as required (not blacklisting)",
            "worker keeps passport; complaints never cost the job",
        ],
        doc_type="job_order",
        layout="Letter; colored header band on p1, running header rule on p2-3; gridded "
        "key/value table; 5-column cost schedule with zebra rows; numbered footnotes; "
        "signature block",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv02  H-2A, Spanish, recruiter's registration form and cost statement (2 findings)
# ---------------------------------------------------------------------------------------
def build_cv02():
    BROWN = (110, 60, 20)

    def hdr(pdf):
        setfont(pdf, "Serif", "B", 12.5, BROWN)
        pdf.set_xy(pdf.l_margin, 30)
        pdf.cell(pdf.epw, 15, "GESTORÍA Y ENLACE CAMPO NORTE, S. de R.L. de C.V.", align="C")
        setfont(pdf, "Serif", "", 8, (60, 60, 60))
        pdf.set_xy(pdf.l_margin, 46)
        pdf.cell(
            pdf.epw,
            10,
            "Calle Morelos Sur 318, Col. Centro, Tulancingo, Hgo.  ·  "
            "Tel. 775 555 0192  ·  Lunes a sábado de 9 a 17 h",
            align="C",
        )
        pdf.set_draw_color(*BROWN)
        pdf.set_line_width(0.7)
        pdf.line(pdf.l_margin, 60, pdf.w - pdf.r_margin, 60)
        pdf.line(pdf.l_margin, 62.5, pdf.w - pdf.r_margin, 62.5)
        pdf.set_y(72)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (100, 100, 100))
        pdf.set_xy(pdf.l_margin, pdf.h - 36)
        pdf.cell(
            pdf.epw,
            9,
            f"Folio GECN-2026-0417  ·  Hoja {pdf.page_no()}/{{nb}}  ·  Conserve este documento",
            align="C",
        )

    pdf = Doc(
        title="Hoja de registro del aspirante",
        author="Gestoría y Enlace Campo Norte",
        header_fn=hdr,
        footer_fn=ftr,
        lang="es",
        margin=50,
    )
    ev = {}
    fees = []
    # ---------------- page 1
    pdf.add_page()
    heading(pdf, "HOJA DE REGISTRO DEL ASPIRANTE Y ESTADO DE GASTOS", size=12.5, before=0, after=1)
    para(
        pdf,
        "Programa de trabajadores agrícolas temporales H-2A · Temporada 2026",
        size=9,
        style="I",
        after=6,
        color=(70, 70, 70),
    )
    heading(pdf, "A. DATOS DEL ASPIRANTE", size=9.5, before=0, after=2, color=BROWN)
    rows = [
        ["Nombre completo: Abundio Cervantes Lugo", "CURP: CELA890312HHGRGB04"],
        ["Comunidad: El Saucillo de Abajo, Mpio. de Acatlán, Hgo.", "Teléfono: 771 555 0134"],
        ["Fecha de registro: 12 de enero de 2026", "Temporadas anteriores en EE. UU.: 2"],
    ]
    table(pdf, rows, (1.25, 1), size=8.5, header=False, after=6)
    heading(
        pdf,
        "B. OFERTA DE TRABAJO (según la orden de trabajo aprobada)",
        size=9.5,
        before=0,
        after=2,
        color=BROWN,
    )
    rows = [
        ["Concepto", "Lo que dice la orden de trabajo"],
        [
            "Patrón",
            "Carraway Sweet Potato Growers, Inc., 1190 Pender Mill Road, Faison Creek, "
            "NC 28341, Estados Unidos",
        ],
        [
            "Puesto y labores",
            "Trabajador agrícola de camote: plantar guías, deshierbar, cosechar "
            "a mano, llenar cajas de 40 libras y estibar cajones en la bodega.",
        ],
        [
            "Lugar de trabajo",
            "Campos de Carraway en Faison Creek y en Sandhill Fork, Carolina del Norte",
        ],
        ["Periodo", "Del 4 de mayo al 30 de noviembre de 2026"],
        ["Jornada", "40 horas por semana, de lunes a sábado, de 6:30 a 15:00 horas"],
        ["Salario", "$15.33 dólares por hora; por caja cosechada, $0.65 cuando le convenga más"],
        [
            "Aumentos",
            "Si durante la temporada sube el salario mínimo aplicable (AEWR u otro), se "
            "paga el más alto desde su vigencia.",
        ],
        ["Día de pago", "Cada semana, los jueves"],
        [
            "Talón de pago",
            "Con cada pago: horas ofrecidas, horas trabajadas, cajas, tarifa, "
            "descuentos y pago neto",
        ],
        [
            "Descuentos",
            "Solo impuesto federal si usted lo pide por escrito y pensión alimenticia "
            "ordenada por un juez",
        ],
        ["Vivienda", "Gratuita, en el campamento Carraway, 1204 Pender Mill Road, sin depósito"],
        [
            "Comidas",
            "Cocina con estufas y refrigeradores sin costo para que cada quien prepare sus "
            "alimentos",
        ],
        ["Transporte diario", "Camioneta del patrón del campamento al campo y de regreso, gratis"],
        ["Herramientas", "El patrón da azadones, guantes y cajas sin costo ni depósito"],
        [
            "Accidentes de trabajo",
            "El patrón tiene seguro de compensación al trabajador (workers' "
            "compensation) sin costo para usted",
        ],
        ["Requisitos", "Tener 18 años o más y al menos 3 meses de experiencia en cosecha a mano"],
        [
            "Despido y abandono",
            "Solo por causa justificada; si falta 5 días seguidos sin aviso se considera abandono",
        ],
    ]
    table(pdf, rows, (1, 3.4), size=8.5, head_fill=(238, 226, 212), first_col_bold=True, after=4)
    ev["employer_identity"] = (
        1,
        "Carraway Sweet Potato Growers, Inc., 1190 Pender Mill Road, Faison Creek, NC 28341",
    )
    ev["job_duties"] = (1, "plantar guías, deshierbar, cosechar a mano, llenar cajas de 40 libras")
    ev["work_location"] = (1, "Campos de Carraway en Faison Creek y en Sandhill Fork")
    ev["employment_period"] = (1, "Del 4 de mayo al 30 de noviembre de 2026")
    ev["hours_of_work"] = (1, "40 horas por semana, de lunes a sábado, de 6:30 a 15:00 horas")
    ev["wage_rate"] = (1, "$15.33 dólares por hora")
    ev["wage_adjustment"] = (1, "se paga el más alto desde su vigencia")
    ev["pay_frequency"] = (1, "Cada semana, los jueves")
    ev["earnings_statements"] = (1, "Con cada pago: horas ofrecidas, horas trabajadas")
    ev["deductions"] = (1, "Solo impuesto federal si usted lo pide por escrito")
    ev["housing"] = (1, "Gratuita, en el campamento Carraway, 1204 Pender Mill Road")
    ev["meals"] = (1, "Cocina con estufas y refrigeradores sin costo")
    ev["daily_transportation"] = (
        1,
        "Camioneta del patrón del campamento al campo y de regreso, gratis",
    )
    ev["tools_provided"] = (1, "azadones, guantes y cajas sin costo ni depósito")
    ev["workers_compensation"] = (1, "seguro de compensación al trabajador")
    ev["job_requirements"] = (1, "al menos 3 meses de experiencia en cosecha a mano")
    ev["termination"] = (1, "si falta 5 días seguidos sin aviso se considera abandono")

    # ---------------- page 2
    pdf.add_page()
    heading(pdf, "C. ESTADO DE GASTOS DEL PROCESO", size=9.5, before=0, after=2, color=BROWN)
    rows = [
        ["Concepto", "Importe aprox.", "Quién lo cubre", "Cómo se paga"],
        [
            "Honorarios de la agencia por reclutamiento",
            "US$195 por trabajador",
            "Patrón",
            "Factura de la agencia a Carraway",
        ],
        ["Derechos de visa (MRV)", "US$185", "Patrón", "Pago directo al banco"],
        [
            "Autobús Tulancingo - Monterrey",
            "MXN 1,350",
            "Patrón",
            "Boleto comprado por la agencia con fondos del patrón",
        ],
        ["Hospedaje en Monterrey", "MXN 900 por noche", "Patrón", "Pago directo al hotel"],
        [
            "Comidas durante el viaje",
            "16.34 dólares diarios",
            "Patrón",
            "En efectivo cada día de viaje",
        ],
        ["Cruce fronterizo y autobús a Faison Creek", "-", "Patrón", "Pago directo"],
        ["Regreso a Tulancingo al terminar", "-", "Patrón", "Boleto al terminar"],
        ["Fotografías y copias para el expediente", "-", "Agencia", "Sin costo para usted"],
    ]
    table(pdf, rows, (2.3, 1.3, 0.9, 2.4), size=8.5, head_fill=(238, 226, 212), after=6)
    para(
        pdf,
        "Nota 1. Ninguno de los conceptos de la tabla se le descuenta al trabajador ni se le "
        "cobra después.",
        size=9,
    )
    para(
        pdf,
        "Nota 2. El viaje de ida de Tulancingo a Faison Creek, con hospedaje y comidas, lo "
        "paga el patrón, y cualquier gasto que usted adelante se le reembolsa completo en el "
        "primer cheque.",
        size=9,
    )
    ev["inbound_transportation"] = (
        2,
        "El viaje de ida de Tulancingo a Faison Creek, con hospedaje y comidas, lo paga el patrón",
    )
    para(
        pdf,
        "Al terminar el contrato, o si lo despiden antes sin causa justificada, el patrón "
        "paga su regreso hasta Tulancingo.",
        size=9,
    )
    ev["return_transportation"] = (2, "el patrón paga su regreso hasta Tulancingo")
    q1 = (
        "Nota 3. La cuota de inscripción de 8 500 pesos para apartar su lugar en la lista de "
        "esta temporada se entrega en efectivo en la oficina de la agencia al firmar esta hoja."
    )
    para(pdf, q1, size=9)
    fees.append(fee("recruitment_fee", 2, q1[len("Nota 3. ") :], 8500.0, "MXN"))
    para(
        pdf,
        "Nota 4. La agencia no cobra comisión por el trámite de la visa, y el examen médico "
        "no es requisito para esta visa, así que nadie debe cobrárselo.",
        size=9,
        after=8,
    )
    heading(pdf, "D. COMPROMISO DE CUMPLIMIENTO", size=9.5, before=0, after=2, color=BROWN)
    q2 = (
        "Para asegurar que cumplirá la temporada completa, el aspirante firma en esta fecha un "
        "pagaré por la cantidad de veinte mil pesos (MXN 20,000.00) a favor de Gestoría y "
        "Enlace Campo Norte, que se le devolverá a su regreso."
    )
    para(pdf, q2, size=9)
    fees.append(fee("deposit_or_bond", 2, q2, 20000.0, "MXN"))
    para(
        pdf,
        "El aspirante conserva su pasaporte y su visa en todo momento; la agencia solo saca "
        "copias para el expediente y se las regresa el mismo día.",
        size=9,
    )
    para(
        pdf,
        "Declaro que leí esta hoja, que me explicaron cada concepto y que recibí una copia.",
        size=9,
        after=4,
    )
    checkbox_row(
        pdf,
        [(True, "Recibí copia"), (True, "Me explicaron la oferta"), (False, "Tengo preguntas")],
        size=9,
    )
    y = pdf.get_y() + 6
    pdf.set_y(y)
    sig_block(
        pdf,
        [
            ["Firma del aspirante", "Abundio Cervantes Lugo"],
            [
                "Por la agencia",
                "Lic. Marisol Ortega Baños, gestora de Gestoría y Enlace "
                "Campo Norte, S. de R.L. de C.V.",
            ],
        ],
        gap=30,
    )
    # fingerprint box
    pdf.set_draw_color(80, 80, 80)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.w - pdf.r_margin - 70, pdf.get_y() + 4, 70, 80)
    setfont(pdf, "Sans", "", 7, (90, 90, 90))
    pdf.set_xy(pdf.w - pdf.r_margin - 70, pdf.get_y() + 86)
    pdf.cell(70, 9, "Huella del aspirante", align="C")
    meta = dict(
        file="cv02.pdf",
        program="h2a",
        language="es",
        scanned=False,
        pages=2,
        fees=fees,
        evidence=ev,
        recruiters=["Gestoría y Enlace Campo Norte, S. de R.L. de C.V."],
        traps=[
            "agency's recruitment fee US$195 invoiced to the employer (but a separate sign-up fee "
            "is charged to the worker)",
            "visa MRV US$185, bus MXN 1,350, hotel MXN 900/night, meals 16.34 dólares paid by the "
            "employer",
            "'Quién lo cubre: Patrón' column on every line",
            "worker-advanced travel costs reimbursed in the first paycheck",
            "negated: no commission for the visa, no medical exam charge",
            "free housing without deposit, free kitchen, free tools, free daily van",
            "workers' compensation at no cost",
            "photos and copies at no cost; worker keeps passport",
            "'Para asegurar que cumplirá' sits next to a promissory note (the bond is the finding)",
        ],
        doc_type="recruiter_registration_form",
        layout="Letter; serif letterhead with double rule; applicant data grid; 2-column offer "
        "table; 4-column cost statement; numbered notes; checkboxes; three-way signature "
        "block",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv03  H-2B, English, compliant: offer letter + paid reimbursement voucher
# ---------------------------------------------------------------------------------------
def build_cv03():
    NAVY = (24, 44, 84)

    def hdr(pdf):
        if pdf.page_no() == 1:
            setfont(pdf, "Serif", "B", 17, NAVY)
            pdf.set_xy(pdf.l_margin, 36)
            pdf.cell(pdf.epw, 20, "Marsh Heron Links & Lodge", align="C")
            setfont(pdf, "Serif", "I", 8.5, (80, 80, 80))
            pdf.set_xy(pdf.l_margin, 58)
            pdf.cell(
                pdf.epw,
                10,
                "400 Egret Reach Drive  ·  Sable Inlet, South Carolina 29455  ·  "
                "(843) 555-0162  ·  staff@marshheron.example",
                align="C",
            )
            pdf.set_draw_color(*NAVY)
            pdf.set_line_width(1.5)
            pdf.line(pdf.w / 2 - 120, 74, pdf.w / 2 + 120, 74)
            pdf.set_y(88)
        else:
            pdf.set_y(50)

    def ftr(pdf):
        setfont(pdf, "Serif", "I", 7.5, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 36)
        pdf.cell(
            pdf.epw,
            9,
            f"Marsh Heron Links & Lodge, LLC  -  personnel file D. A. Pryce  -  "
            f"{pdf.page_no()}/{{nb}}",
            align="C",
        )

    pdf = Doc(
        title="Offer of temporary employment",
        author="Marsh Heron Links & Lodge, LLC",
        header_fn=hdr,
        footer_fn=ftr,
        margin=62,
    )
    ev = {}
    S = 9.6
    # ---------------- page 1
    pdf.add_page()
    para(pdf, "February 9, 2026", size=S, fam="Serif", after=6)
    para(
        pdf,
        "Mr. Delroy Augustus Pryce\n14 Cedar Mount Road, Mandeville, Manchester, Jamaica",
        size=S,
        fam="Serif",
        after=8,
    )
    para(
        pdf,
        "Offer of temporary employment (H-2B): Grounds and Golf Operations Attendant",
        size=10.5,
        fam="Serif",
        style="B",
        after=6,
    )
    para(
        pdf,
        "Dear Mr. Pryce, Marsh Heron Links & Lodge, LLC, 400 Egret Reach Drive, Sable Inlet, "
        'SC 29455 ("the Club"), offers you seasonal employment on the terms below, which are '
        "those of our certified job order.",
        size=S,
        fam="Serif",
        after=6,
    )
    ev["employer_identity"] = (
        1,
        "Marsh Heron Links & Lodge, LLC, 400 Egret Reach Drive, Sable Inlet, SC 29455",
    )
    items = [
        (
            "1. Duties.",
            "You will mow and roll greens, rake bunkers, change hole locations, repair "
            "divots and irrigation heads, clean and stage golf carts, and take turns at the starter "
            "window, where you check golfers in and collect green fees and cart rental fees from "
            "them.",
        ),
        (
            "2. Place.",
            "All work is performed at Marsh Heron Links & Lodge, 400 Egret Reach Drive, "
            "Sable Inlet, South Carolina.",
        ),
        ("3. Period.", "From March 16, 2026 to November 20, 2026."),
        (
            "4. Hours.",
            "40 hours per week, Tuesday through Saturday, 5:30 a.m. to 2:00 p.m. with a "
            "30-minute meal break.",
        ),
        (
            "5. Wages.",
            "$18.18 per hour. Hours over 40 in a workweek are paid at $27.27 per hour. If "
            "the prevailing wage or any applicable minimum wage rises above $18.18 during your "
            "employment, you will be paid the higher rate from the day it takes effect.",
        ),
        (
            "6. Pay.",
            "Every other Friday (biweekly), by direct deposit or paper check. Each pay stub "
            "lists hours offered, hours worked, rate, gross pay, each deduction and net pay.",
        ),
        (
            "7. Deductions.",
            "Federal and South Carolina income tax, Social Security and Medicare "
            "tax, and amounts a court orders us to withhold. Only with your separate written "
            "authorization, you may have part of each paycheck sent to your own bank account in "
            "Jamaica; we charge nothing for the transfer. No other deductions are made.",
        ),
        (
            "8. Guarantee.",
            "For each 12-week period of the contract, we guarantee to offer you "
            "hours equal to at least three-fourths of the workdays in that period; if we fall short, "
            "we pay the difference.",
        ),
        (
            "9. Qualifications.",
            "Six months of experience in golf course or turf maintenance. We "
            "teach you to operate the walk-behind greens mower in one day of training, given on the "
            "clock and at no charge.",
        ),
        (
            "10. Tools and uniform.",
            "All mowers, rakes, hand tools, rain suits, safety glasses and "
            "two uniform shirts are provided free of charge; no deposit is taken, and normal wear is "
            "never charged to you.",
        ),
    ]
    for lead, body in items:
        para(pdf, f"{lead} {body}", size=S, fam="Serif", after=3)
    ev["job_duties"] = (1, "mow and roll greens, rake bunkers, change hole locations")
    ev["work_location"] = (
        1,
        "All work is performed at Marsh Heron Links & Lodge, 400 Egret Reach "
        "Drive, Sable Inlet, South Carolina",
    )
    ev["employment_period"] = (1, "From March 16, 2026 to November 20, 2026")
    ev["hours_of_work"] = (1, "40 hours per week, Tuesday through Saturday, 5:30 a.m. to 2:00 p.m.")
    ev["wage_rate"] = (1, "$18.18 per hour")
    ev["overtime"] = (1, "Hours over 40 in a workweek are paid at $27.27 per hour")
    ev["wage_adjustment"] = (1, "you will be paid the higher rate from the day it takes effect")
    ev["pay_frequency"] = (1, "Every other Friday (biweekly)")
    ev["earnings_statements"] = (1, "Each pay stub lists hours offered, hours worked")
    ev["deductions"] = (
        1,
        "Federal and South Carolina income tax, Social Security and Medicare tax",
    )
    ev["three_fourths_guarantee"] = (1, "at least three-fourths of the workdays in that period")
    ev["job_requirements"] = (1, "Six months of experience in golf course or turf maintenance")
    ev["tools_provided"] = (1, "are provided free of charge; no deposit is taken")

    # ---------------- page 2
    pdf.add_page()
    items = [
        (
            "11. Visa and travel.",
            "We reimburse your visa fee, visa processing and border-crossing "
            "costs in your first workweek. We also repay your travel and daily subsistence from "
            "Kingston to Sable Inlet in the first workweek, and the airfare is bought by the Club. "
            "If you complete the period of employment or are dismissed early for any reason other "
            "than cause, we pay your return travel to Kingston, Jamaica.",
        ),
        (
            "12. Recruitment.",
            "BlueMahoe Workforce Partners Ltd., 22 Hope Crescent, Kingston 6, "
            "recruits for us under a written agreement that forbids it to charge you anything; its "
            "fees are paid by the Club. No one may collect a fee from you for this job.",
        ),
        (
            "13. Housing.",
            "Staff housing at Heron Row Cottages, 12 Heron Row, Sable Inlet, is "
            "provided without rent; the Club has already paid the landlord's security deposit, so you "
            "pay no deposit.",
        ),
        (
            "14. Ending the job.",
            "We may end your employment only for cause, such as repeated "
            "safety violations after a written warning. If you fail to report for work for 5 "
            "consecutive working days without our consent, we will treat it as abandonment and "
            "notify the Department of Labor and DHS within 2 working days.",
        ),
        (
            "15. If work becomes impossible.",
            "If a hurricane, flood or fire, or another event we "
            "cannot control, makes it impossible to continue, we may end the contract with the "
            "Department of Labor's approval; you will be paid for all hours worked, the "
            "three-fourths guarantee through that day, and your return travel.",
        ),
    ]
    for lead, body in items:
        para(pdf, f"{lead} {body}", size=S, fam="Serif", after=3)
    ev["visa_reimbursement"] = (
        2,
        "We reimburse your visa fee, visa processing and border-crossing "
        "costs in your first workweek",
    )
    ev["inbound_transportation"] = (
        2,
        "We also repay your travel and daily subsistence from "
        "Kingston to Sable Inlet in the first workweek",
    )
    ev["return_transportation"] = (2, "we pay your return travel to Kingston, Jamaica")
    ev["termination"] = (2, "5 consecutive working days without our consent")
    ev["contract_impossibility"] = (
        2,
        "If a hurricane, flood or fire, or another event we cannot control",
    )
    sig_block(
        pdf,
        [
            ["Gordon T. Ashby", "General Manager, for the Club"],
            ["Accepted: Delroy Augustus Pryce", "Date: February 16, 2026"],
        ],
        after=14,
    )
    # voucher box
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(1.0)
    y0 = pdf.get_y()
    setfont(pdf, "Mono", "B", 10, NAVY)
    pdf.cell(
        pdf.epw,
        14,
        "REIMBURSEMENT VOUCHER  No. MH-26-0118",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    setfont(pdf, "Mono", "", 8.2)
    pdf.multi_cell(
        pdf.epw,
        11,
        "Payee: Delroy A. Pryce   Dept: Grounds   Paid with: first "
        "paycheck, March 27, 2026 (direct deposit)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    rows = [
        ["Item", "Receipt", "Worker paid", "Refunded", "Balance"],
        ["MRV visa fee, U.S. Embassy Kingston", "yes", "USD 205.00", "USD 205.00", "0.00"],
        ["Taxi Mandeville - Kingston (interview)", "yes", "JMD 6,500", "USD 41.60", "0.00"],
        ["Meals en route, 1 day", "per diem", "USD 16.34", "USD 16.34", "0.00"],
        ["Passport renewal (courtesy refund)", "yes", "JMD 9,000", "USD 57.60", "0.00"],
        ["Airfare Kingston - Charleston", "-", "nothing (bought by Club)", "n/a", "0.00"],
        ["TOTAL REFUNDED TO WORKER", "", "", "USD 320.54", "0.00"],
    ]
    table(
        pdf,
        rows,
        (3.0, 0.8, 1.6, 1.2, 0.8),
        size=8,
        fam="Mono",
        head_fill=(220, 226, 238),
        after=4,
        padding=(2, 3),
    )
    setfont(pdf, "Mono", "", 7.8)
    pdf.multi_cell(
        pdf.epw,
        10,
        "Approved: H. Voss, Payroll   Checked: G. T. Ashby   Exchange: JMD 156.25 = USD 1.00",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y1 = pdf.get_y() + 4
    pdf.set_draw_color(*NAVY)
    pdf.set_dash_pattern(dash=3, gap=2)
    pdf.rect(pdf.l_margin - 6, y0 - 6, pdf.epw + 12, y1 - y0 + 6)
    pdf.set_dash_pattern()
    meta = dict(
        file="cv03.pdf",
        program="h2b",
        language="en",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=["BlueMahoe Workforce Partners Ltd."],
        traps=[
            "'collect green fees and cart rental fees from' golfers is a job duty",
            "voluntary transfer of pay to own bank account only with written authorization, no "
            "charge",
            "one day of mower training on the clock at no charge (not training_cost)",
            "tools, rain suits, uniform shirts free; no deposit; normal wear never charged",
            "visa, border, travel reimbursed in first workweek; airfare bought by the Club",
            "recruiter's fees paid by the Club; no one may collect a fee",
            "landlord's security deposit already paid by the Club",
            "abandonment report to DOL/DHS (required notice, not blacklisting)",
            "reimbursement voucher: USD 205.00, JMD 6,500, USD 16.34, JMD 9,000 all refunded, "
            "balance 0.00",
        ],
        doc_type="offer_letter",
        layout="Letter; centered serif letterhead; numbered paragraphs; two signature lines; "
        "dashed-border monospaced reimbursement voucher with 5-column table",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv04  H-2B, Spanish, translated job-order summary + forwarded WhatsApp chat (2 findings)
# ---------------------------------------------------------------------------------------
def chat_bubble(
    pdf, sender, text, time, side, fill, sender_color=(30, 120, 90), size=8.8, maxw=370
):
    pad = 5
    cm = pdf.c_margin
    setfont(pdf, "Sans", "", size)
    natural = pdf.get_string_width(text) + 2 * cm + 3
    tw = min(maxw - 2 * pad, max(natural, 90))
    lh = size * 1.25
    h_text = pdf.multi_cell(tw, lh, text, dry_run=True, output="HEIGHT")
    h = pad + (10 if sender else 0) + h_text + 8 + pad - 2
    bw = tw + 2 * pad
    x = pdf.l_margin + 16 if side == "L" else pdf.w - pdf.r_margin - 16 - bw
    y = pdf.get_y()
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*fill)
    pdf.rect(x, y, bw, h, style="F", round_corners=True, corner_radius=6)
    yy = y + pad
    if sender:
        setfont(pdf, "Sans", "B", 8, sender_color)
        pdf.set_xy(x + pad, yy - 1)
        pdf.cell(tw, 10, sender)
        yy += 10
    setfont(pdf, "Sans", "", size)
    pdf.set_xy(x + pad, yy)
    pdf.multi_cell(tw, lh, text, align="L")
    setfont(pdf, "Sans", "", 6.8, (120, 120, 120))
    pdf.set_xy(x + pad, y + h - pad - 7)
    pdf.cell(tw, 8, time, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 4)


def build_cv04():
    TEAL = (18, 94, 84)

    def hdr(pdf):
        if pdf.page_no() == 1:
            pdf.set_fill_color(235, 242, 240)
            pdf.rect(0, 0, pdf.w, 64, style="F")
            setfont(pdf, "Cond", "B", 13, TEAL)
            pdf.set_xy(pdf.l_margin, 20)
            pdf.cell(pdf.epw, 16, "RESUMEN DE SU OFERTA DE TRABAJO H-2B", align="L")
            setfont(pdf, "Cond", "", 8.5, (60, 60, 60))
            pdf.set_xy(pdf.l_margin, 38)
            pdf.cell(
                pdf.epw,
                11,
                "Traducción al español de la orden de trabajo H-400-25347-771502 "
                "· Temporada 2026 · Entregar una copia a cada trabajador",
                align="L",
            )
            pdf.set_y(78)
        else:
            pdf.set_y(36)

    def ftr(pdf):
        setfont(pdf, "Cond", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw, 9, f"{pdf.page_no()} / {{nb}}", align="R")

    pdf = Doc(
        title="Resumen de oferta H-2B",
        author="Chenier Basin Seafood Processors",
        header_fn=hdr,
        footer_fn=ftr,
        lang="es",
        margin=50,
    )
    ev = {}
    fees = []
    # ---------------- page 1: form
    pdf.add_page()
    rows = [
        [
            "Empleador",
            "Chenier Basin Seafood Processors, LLC, 5520 Levee Road, Port Arceneaux, "
            "Luisiana 70517, EE. UU.",
        ],
        [
            "Puesto",
            "Procesador de mariscos: pelar y desvenar cangrejo de río y camarón, "
            "clasificar por tamaño, empacar y pesar bolsas, lavar mesas; en temporada alta, atender "
            "la ventanilla de venta al público y cobrar a los clientes el precio de cada saco.",
        ],
        ["Lugar", "Planta de Chenier Basin, 5520 Levee Road, Port Arceneaux, Luisiana"],
        ["Fechas", "Del 2 de febrero al 15 de julio de 2026"],
        ["Horario", "40 horas a la semana, de lunes a viernes de 6:00 a 14:30"],
        [
            "Salario",
            "$14.91 por hora; si se publica un salario prevaleciente o mínimo más alto, se "
            "paga el más alto desde esa fecha",
        ],
        ["Pago", "Cada dos semanas, los viernes, por depósito o cheque"],
        ["Descuentos", "Impuestos federales y de Luisiana, Seguro Social y Medicare; nada más"],
        [
            "Garantía de horas",
            "Se garantiza oferta de trabajo por al menos las tres cuartas partes "
            "(3/4) de los días hábiles de cada periodo de 12 semanas",
        ],
        [
            "Requisitos",
            "3 meses de experiencia en procesamiento de alimentos; no se requiere inglés",
        ],
        [
            "Herramientas",
            "Cuchillos, guantes de malla, botas y delantales se entregan gratis, sin depósito",
        ],
        [
            "Viaje de ida",
            "El empleador paga o reembolsa en la primera semana el pasaje y los "
            "viáticos del camino",
        ],
        [
            "Visa",
            "La cuota de visa y los gastos del trámite se reembolsan completos en la primera "
            "semana de trabajo",
        ],
        [
            "Regreso",
            "Si termina el contrato o lo despiden sin causa justificada, el empleador paga "
            "el viaje de regreso a Quetzaltenango",
        ],
        [
            "Despido y abandono",
            "Despido solo por causa justificada; 5 días hábiles seguidos sin "
            "avisar cuentan como abandono",
        ],
        [
            "Si no se puede trabajar",
            "Si un huracán, inundación o incendio impide trabajar, el "
            "contrato puede terminar con autorización del Departamento de Trabajo y se le paga la "
            "garantía hasta ese día y el regreso",
        ],
    ]
    table(
        pdf,
        rows,
        (1.1, 4),
        size=8.6,
        fam="Cond",
        header=False,
        first_col_bold=True,
        zebra=(246, 249, 248),
        after=8,
    )
    ev["employer_identity"] = (
        1,
        "Chenier Basin Seafood Processors, LLC, 5520 Levee Road, Port Arceneaux, Luisiana 70517",
    )
    ev["job_duties"] = (1, "pelar y desvenar cangrejo de río y camarón")
    ev["work_location"] = (1, "Planta de Chenier Basin, 5520 Levee Road, Port Arceneaux, Luisiana")
    ev["employment_period"] = (1, "Del 2 de febrero al 15 de julio de 2026")
    ev["hours_of_work"] = (1, "40 horas a la semana, de lunes a viernes de 6:00 a 14:30")
    ev["wage_rate"] = (1, "$14.91 por hora")
    ev["wage_adjustment"] = (1, "se paga el más alto desde esa fecha")
    ev["pay_frequency"] = (1, "Cada dos semanas, los viernes")
    ev["deductions"] = (1, "Impuestos federales y de Luisiana, Seguro Social y Medicare")
    ev["three_fourths_guarantee"] = (
        1,
        "al menos las tres cuartas partes (3/4) de los días hábiles",
    )
    ev["job_requirements"] = (1, "3 meses de experiencia en procesamiento de alimentos")
    ev["tools_provided"] = (1, "Cuchillos, guantes de malla, botas y delantales se entregan gratis")
    ev["inbound_transportation"] = (
        1,
        "El empleador paga o reembolsa en la primera semana el pasaje y los viáticos del camino",
    )
    ev["visa_reimbursement"] = (
        1,
        "La cuota de visa y los gastos del trámite se reembolsan completos en la primera semana",
    )
    ev["return_transportation"] = (1, "el empleador paga el viaje de regreso a Quetzaltenango")
    ev["termination"] = (1, "5 días hábiles seguidos sin avisar cuentan como abandono")
    ev["contract_impossibility"] = (1, "Si un huracán, inundación o incendio impide trabajar")
    para(
        pdf,
        "Nadie le puede cobrar por darle este trabajo. Si alguien le pide dinero, llame al "
        "empleador al (337) 555-0119 o a la línea del Departamento de Trabajo.",
        size=9,
        fam="Cond",
        style="B",
        after=6,
    )
    checkbox_row(
        pdf,
        [
            (True, "Recibí esta copia en español"),
            (True, "Me explicaron la oferta"),
            (False, "Quiero hablar con el empleador"),
        ],
        size=8.8,
    )
    sig_block(
        pdf,
        [
            ["Firma del trabajador", "Edwin Estuardo Coyoy Sac"],
            ["Entregó", "Rodrigo Ajanel, Servicios Laborales Xelajú"],
        ],
        size=8.5,
    )

    # ---------------- page 2: chat
    pdf.add_page()
    para(
        pdf,
        "Reenviado por el trabajador: captura del grupo de WhatsApp, 20/01/2026",
        size=8,
        fam="Sans",
        style="I",
        color=(100, 100, 100),
        after=4,
    )
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(*TEAL)
    pdf.rect(x0, y0, pdf.epw, 34, style="F")
    setfont(pdf, "Sans", "B", 10, (255, 255, 255))
    pdf.set_xy(x0 + 12, y0 + 5)
    pdf.cell(300, 12, "CHENIER 2026 - Xela")
    setfont(pdf, "Sans", "", 7.5, (220, 235, 232))
    pdf.set_xy(x0 + 12, y0 + 19)
    pdf.cell(400, 10, "Rodrigo Ajanel, Edwin, Mynor, Byron, +502 5555 0171 y 14 más")
    bg_top = y0 + 34
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(x0, bg_top, pdf.epw, pdf.h - 60 - bg_top, style="F")
    pdf.set_y(bg_top + 10)
    ME = (220, 248, 198)
    OT = (255, 255, 255)
    R = "Rodrigo Ajanel · Servicios Laborales Xelajú"
    q_train = (
        "Lo que sí es obligatorio es el curso de manipulación de alimentos y pelado, que sale "
        "en Q1,250 por persona y me lo depositan a más tardar el viernes."
    )
    q_pass = (
        "Cuando les entreguen la visa, los pasaportes me los quedo yo y se los devuelvo hasta "
        "que estemos en la planta, así nadie se me pierde en el camino."
    )
    msgs = [
        (
            R,
            "Buenas noches muchachos, ya salieron las citas del consulado, mañana les mando la "
            "lista con la hora de cada uno.",
            "19:02",
            "L",
            OT,
        ),
        (
            None,
            "Recuerden que la visa la paga la empresa, a nadie le estoy cobrando la visa ni el "
            "boleto.",
            "19:03",
            "L",
            OT,
        ),
        ("Edwin", "Lic. y lo del hotel en la capital?", "19:05", "R", ME),
        (
            R,
            "El hotel y la comida del viaje también los cubre la empresa, guarden sus facturas "
            "para que se los devuelvan en el primer cheque.",
            "19:06",
            "L",
            OT,
        ),
        ("Mynor", "Y usted cuanto nos cobra por el tramite?", "19:10", "R", ME),
        (
            R,
            "Nada, mi comisión la paga el patrón, no se dejen engañar por coyotes que piden "
            "dinero.",
            "19:11",
            "L",
            OT,
        ),
        (None, q_train, "19:14", "L", OT),
        ("Edwin", "Ok. Y los pasaportes?", "19:16", "R", ME),
        (R, q_pass, "19:18", "L", OT),
        ("Byron", "En la planta hay donde calentar comida?", "19:20", "R", ME),
        (
            R,
            "Si, hay comedor con microondas y refrigeradores, y el café es gratis.",
            "19:21",
            "L",
            OT,
        ),
        ("Mynor", "Gracias lic, nos vemos el lunes", "19:25", "R", ME),
    ]
    pdf.set_auto_page_break(False)
    for sender, text, tm, side, fill in msgs:
        chat_bubble(pdf, sender, text, tm + (" ✓✓" if side == "R" else ""), side, fill)
    assert pdf.get_y() < pdf.h - 62, "cv04 chat overflows the page"
    pdf.set_auto_page_break(True, 58)
    fees.append(fee("training_cost", 2, q_train, 1250.0, "GTQ"))
    fees.append(fee("document_retention", 2, q_pass))
    meta = dict(
        file="cv04.pdf",
        program="h2b",
        language="es",
        scanned=False,
        pages=2,
        fees=fees,
        evidence=ev,
        recruiters=["Servicios Laborales Xelajú", "Rodrigo Ajanel"],
        traps=[
            "'cobrar a los clientes el precio de cada saco' is a job duty",
            "visa and ticket paid by the company ('a nadie le estoy cobrando')",
            "hotel and travel meals reimbursed in the first paycheck",
            "recruiter's commission paid by the employer (negated fee)",
            "knives, mesh gloves, boots, aprons free without deposit",
            "free microwave/fridge and free coffee",
            "'Nadie le puede cobrar por darle este trabajo' notice",
        ],
        doc_type="job_summary_and_chat",
        layout="Letter; tinted header band; condensed-font zebra key/value table; checkboxes; "
        "signature lines; p2 WhatsApp group transcript with left/right rounded bubbles",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv05  generic (Philippines -> New Zealand), English, compliant: contract + cost annex
# ---------------------------------------------------------------------------------------
def build_cv05():
    PLUM = (92, 40, 88)

    def hdr(pdf):
        setfont(pdf, "Sans", "B", 8, PLUM)
        pdf.set_xy(pdf.l_margin, 24)
        pdf.cell(pdf.epw / 2, 10, "TUSSOCK RIDGE DAIRY LIMITED")
        setfont(pdf, "Sans", "", 7.5, (100, 100, 100))
        pdf.cell(pdf.epw / 2, 10, "Employment contract  ·  Ref. TRD-FT-2026-07", align="R")
        pdf.set_draw_color(*PLUM)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, 37, pdf.w - pdf.r_margin, 37)
        pdf.set_y(50)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (100, 100, 100))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw / 3, 9, "Employer ______")
        pdf.cell(pdf.epw / 3, 9, f"page {pdf.page_no()} of {{nb}}", align="C")
        pdf.cell(pdf.epw / 3, 9, "Employee ______", align="R")

    pdf = Doc(
        fmt="A4",
        title="Contract of employment",
        author="Tussock Ridge Dairy Limited",
        header_fn=hdr,
        footer_fn=ftr,
        margin=56,
    )
    ev = {}
    S = 9.3
    pdf.add_page()
    heading(
        pdf,
        "CONTRACT OF EMPLOYMENT - DAIRY FARM ASSISTANT (FIXED TERM)",
        size=12.5,
        color=PLUM,
        before=0,
        after=6,
    )
    rows = [
        ["Party", "Details"],
        [
            "Employer",
            "Tussock Ridge Dairy Limited, 440 Glenmore Valley Road, RD 3, Ashcombe 9871, "
            "Southland, New Zealand (company no. 7714093)",
        ],
        [
            "Employee",
            "Rommel Dizon Sarmiento, Sitio Mabolo, Barangay Tinang Bago, Concepcion, "
            "Tarlac, Philippines; passport P7730145C",
        ],
        [
            "Philippine agency",
            "Lakandula Global Manpower Services, Inc., 1880 Taft Avenue, Malate, "
            "Manila (licence DMW-117-LB-031526-R)",
        ],
    ]
    table(pdf, rows, (1.2, 4.2), size=8.8, head_fill=(236, 226, 236), first_col_bold=True, after=8)
    ev["employer_identity"] = (
        1,
        "Tussock Ridge Dairy Limited, 440 Glenmore Valley Road, RD 3, "
        "Ashcombe 9871, Southland, New Zealand",
    )
    ev["worker_identity"] = (1, "Rommel Dizon Sarmiento")
    clauses = [
        (
            "1",
            "Position and duties",
            "The Employee is engaged as a Dairy Farm Assistant. He will milk the herd of 620 cows "
            "twice daily in the rotary shed, feed and rear calves, shift stock between paddocks, "
            "clean the yard and milking plant, and record animal health treatments.",
        ),
        (
            "2",
            "Place of work",
            "The Employer's farm at 440 Glenmore Valley Road, Ashcombe, Southland, and its run-off "
            "block at 61 Kowhai Flat Road, Ashcombe.",
        ),
        (
            "3",
            "Term",
            "Fixed term from 1 August 2026 to 31 July 2028, because the Employee's work visa is "
            "granted for that period only.",
        ),
        (
            "4",
            "Hours",
            "45 hours per week on a roster of 11 days on and 3 days off, usually 5:00 a.m. to "
            "11:00 a.m. and 2:30 p.m. to 5:30 p.m., with paid breaks.",
        ),
        (
            "5",
            "Wages",
            "NZ$ 28.40 gross per hour for every hour worked, including any hour above 45 in a "
            "week.",
        ),
        (
            "6",
            "Payment",
            "Wages are paid fortnightly on Wednesday by direct credit to the Employee's New Zealand "
            "bank account, each time with a payslip.",
        ),
        (
            "7",
            "Deductions",
            "The only deductions are PAYE income tax and the ACC earner levy that the law requires, "
            "plus KiwiSaver contributions if the Employee chooses in writing to join. No deduction is "
            "made for accommodation, power, recruitment, travel or immigration costs.",
        ),
        (
            "8",
            "Accommodation",
            "The Employer provides a furnished two-bedroom cottage at 452 Glenmore Valley Road free "
            "of rent, with power, firewood and internet included. The Employer owns the cottage, so "
            "no bond is payable.",
        ),
        (
            "9",
            "Recruitment and deployment costs",
            "All costs of recruitment, documentation and deployment listed in Annex A are borne by "
            "the Employer. The Employee will not pay, and must not be asked to pay, any placement fee "
            "to Lakandula Global Manpower Services, Inc. or to anyone else.",
        ),
    ]
    for num, title, body in clauses:
        setfont(pdf, "Serif", "B", S)
        y = pdf.get_y()
        pdf.cell(22, S * 1.3, num + ".")
        pdf.set_xy(pdf.l_margin + 22, y)
        pdf.multi_cell(pdf.epw - 22, S * 1.3, title, new_x="LMARGIN", new_y="NEXT")
        para(pdf, body, size=S, fam="Serif", x=pdf.l_margin + 22, w=pdf.epw - 22, after=5)
    ev["job_duties"] = (1, "milk the herd of 620 cows twice daily in the rotary shed")
    ev["work_location"] = (
        1,
        "The Employer's farm at 440 Glenmore Valley Road, Ashcombe, Southland",
    )
    ev["employment_period"] = (1, "Fixed term from 1 August 2026 to 31 July 2028")
    ev["hours_of_work"] = (1, "45 hours per week on a roster of 11 days on and 3 days off")
    ev["wage_rate"] = (1, "NZ$ 28.40 gross per hour")
    ev["pay_frequency"] = (1, "Wages are paid fortnightly on Wednesday")
    ev["deductions"] = (1, "The only deductions are PAYE income tax and the ACC earner levy")

    pdf.add_page()
    clauses = [
        (
            "10",
            "Insurance",
            "The Employer pays the premium for the Employee's medical and travel insurance until he "
            "becomes eligible for publicly funded health care.",
        ),
        (
            "11",
            "Return travel",
            "At the end of the term, or if the agreement ends early for any reason other than "
            "serious misconduct by the Employee, the Employer pays an economy airfare from "
            "Invercargill to Manila and bus fare to Tarlac.",
        ),
        (
            "12",
            "Ending the agreement",
            "Either party may end this agreement by giving four weeks' written notice. The Employer "
            "may dismiss without notice only for serious misconduct, after a fair investigation in "
            "which the Employee may respond with a support person present.",
        ),
        (
            "13",
            "No penalties",
            "No bond, penalty or liquidated damages are payable by the Employee for resigning before "
            "the end of the term.",
        ),
        (
            "14",
            "Documents",
            "The Employee keeps his passport and visa. The Employer may take a photocopy for its "
            "records only.",
        ),
        (
            "15",
            "Problems and complaints",
            "The Employee may raise a personal grievance with the Employer, with Employment New "
            "Zealand or through his union, and doing so will not affect his employment or any future "
            "offer.",
        ),
        (
            "16",
            "Holidays and leave",
            "Four weeks of paid annual holidays, public holidays and sick leave as provided by New "
            "Zealand law.",
        ),
        (
            "17",
            "Language",
            "The agency explained this contract to the Employee in Filipino before he signed it, and "
            "he received his own copy.",
        ),
    ]
    for num, title, body in clauses:
        setfont(pdf, "Serif", "B", S)
        y = pdf.get_y()
        pdf.cell(22, S * 1.3, num + ".")
        pdf.set_xy(pdf.l_margin + 22, y)
        pdf.multi_cell(pdf.epw - 22, S * 1.3, title, new_x="LMARGIN", new_y="NEXT")
        para(pdf, body, size=S, fam="Serif", x=pdf.l_margin + 22, w=pdf.epw - 22, after=5)
    ev["return_transportation"] = (
        2,
        "the Employer pays an economy airfare from Invercargill to Manila",
    )
    ev["termination"] = (
        2,
        "Either party may end this agreement by giving four weeks' written notice",
    )
    pdf.ln(6)
    sig_block(
        pdf,
        [
            ["For the Employer", "Fiona Margaret Lindqvist, Director", "Ashcombe, 2 June 2026"],
            ["Employee", "Rommel Dizon Sarmiento", "Manila, 9 June 2026"],
        ],
    )
    sig_block(
        pdf,
        [
            [
                "Witness for the agency",
                "Ma. Cristina Velasco Dumlao",
                "Lakandula Global Manpower Services, Inc.",
            ],
            ["Second witness", " "],
        ],
    )

    pdf.add_page()
    heading(
        pdf,
        "ANNEX A - STATEMENT OF DEPLOYMENT COSTS (ALL BORNE BY THE EMPLOYER)",
        size=11,
        color=PLUM,
        before=0,
        after=4,
    )
    para(
        pdf,
        "The figures below are estimates at signing. Whatever the final amount, the column "
        '"Charged to employee?" stays "No".',
        size=8.8,
        after=6,
    )
    rows = [
        ["Cost", "Amount", "Paid to", "Charged to employee?"],
        [
            "Agency service fee (recruitment, selection, documentation)",
            "PHP 25,000",
            "Lakandula Global Manpower Services, Inc.",
            "No - invoiced to the Employer",
        ],
        [
            "Pre-employment medical examination",
            "PHP 3,800",
            "Accredited medical clinic",
            "No - paid by the agency for the Employer",
        ],
        [
            "NBI police clearance",
            "PHP 155",
            "National Bureau of Investigation",
            "No - refunded in the first pay if the Employee paid it",
        ],
        ["Trade test (milking and stock handling)", "PHP 2,500", "Testing centre", "No"],
        ["Work visa application", "NZD 750", "Immigration New Zealand", "No"],
        [
            "OWWA membership contribution",
            "USD 25",
            "Overseas Workers Welfare Administration",
            "No - paid by the Employer",
        ],
        ["Pre-departure orientation", "no charge", "Government seminar", "No"],
        ["Airfare Manila - Invercargill", "about NZD 1,650", "Airline", "No"],
        ["Medical and travel insurance (first 6 months)", "NZD 410", "Insurer", "No"],
        ["Return airfare Invercargill - Manila", "about NZD 1,500", "Airline", "No"],
    ]
    table(
        pdf,
        rows,
        (2.6, 1.0, 2.0, 1.9),
        size=8.3,
        head_fill=(236, 226, 236),
        zebra=(250, 247, 250),
        after=8,
    )
    para(
        pdf,
        "Refunds. If the Employee shows that he paid any amount towards the items above, or "
        "any other fee connected with this job, the Employer refunds it in full within 14 days, "
        "on top of his wages.",
        size=8.8,
        fam="Serif",
        after=3,
    )
    para(
        pdf,
        "Statutory items. PAYE tax and the ACC earner levy are not deployment costs; they are "
        "deducted as clause 7 states.",
        size=8.8,
        fam="Serif",
        after=3,
    )
    meta = dict(
        file="cv05.pdf",
        program="generic",
        language="en",
        scanned=False,
        pages=3,
        fees=[],
        evidence=ev,
        recruiters=["Lakandula Global Manpower Services, Inc."],
        traps=[
            "'feed and rear calves' is a job task",
            "PHP 25,000 agency service fee invoiced to the Employer",
            "medical PHP 3,800, NBI PHP 155, trade test PHP 2,500, visa NZD 750, OWWA USD 25, "
            "insurance NZD 410, airfares: all 'Charged to employee? No'",
            "statutory PAYE and ACC levy; KiwiSaver only if the employee elects in writing",
            "no bond for the cottage; no bond/penalty/liquidated damages for resigning",
            "insurance premium paid by the Employer",
            "refund in full within 14 days of anything the employee paid",
            "employee keeps passport; grievance without effect on future offers",
        ],
        doc_type="employment_contract",
        layout="A4; running header with rule; parties table; numbered serif clauses with hanging "
        "numbers; initials footer; three-party signature blocks; annex cost table",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv06  generic (El Salvador -> Quebec), Spanish, formal contract (2 findings, 1 missing term)
# ---------------------------------------------------------------------------------------
def build_cv06():
    def hdr(pdf):
        setfont(pdf, "Serif", "", 7.5, (90, 90, 90))
        pdf.set_xy(pdf.l_margin, 26)
        pdf.cell(
            pdf.epw,
            10,
            "Contrato individual de trabajo temporal - Serres Bellerive-Nord inc. "
            "- Expediente OLC-SV-2026-0588",
            align="C",
        )
        pdf.set_y(46)

    def ftr(pdf):
        setfont(pdf, "Serif", "I", 7.5, (90, 90, 90))
        pdf.set_xy(pdf.l_margin, pdf.h - 36)
        pdf.cell(
            pdf.epw, 9, f"Página {pdf.page_no()} de {{nb}}  ·  Rúbricas: ______ / ______", align="C"
        )

    pdf = Doc(
        title="Contrato individual de trabajo temporal",
        author="Serres Bellerive-Nord inc.",
        header_fn=hdr,
        footer_fn=ftr,
        lang="es",
        margin=64,
    )
    ev = {}
    fees = []
    S = 9.4
    pdf.add_page()
    heading(pdf, "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL", size=13, fam="Serif", before=0, after=2)
    para(
        pdf,
        "Programa de trabajadores extranjeros temporales - Agricultura (Canadá)",
        size=9,
        fam="Serif",
        style="I",
        after=8,
    )
    para(
        pdf,
        "Celebran el presente contrato, por una parte, Serres Bellerive-Nord inc., con "
        "domicilio en 3145, chemin du Coteau-Fleuri, Sainte-Ardoise (Québec) J0H 1Z0, Canadá, "
        "representada por su gerente Mme Josée Thibodeau-Lacasse, en lo sucesivo EL EMPLEADOR; y "
        "por la otra, José Ulises Menjívar Portillo, de nacionalidad salvadoreña, con domicilio "
        "en Cantón El Zapotal, Chalatenango, El Salvador, en lo sucesivo EL TRABAJADOR. La "
        "selección fue realizada por Oportunidades Laborales Cuscatlán, S.A. de C.V., en lo "
        "sucesivo LA AGENCIA, por encargo de EL EMPLEADOR.",
        size=S,
        fam="Serif",
        after=6,
    )
    ev["employer_identity"] = (
        1,
        "Serres Bellerive-Nord inc., con domicilio en 3145, chemin du "
        "Coteau-Fleuri, Sainte-Ardoise (Québec) J0H 1Z0",
    )
    ev["worker_identity"] = (1, "José Ulises Menjívar Portillo")
    para(pdf, "CLÁUSULAS", size=10.5, fam="Serif", style="B", align="C", after=4)
    cl = [
        (
            "PRIMERA. Puesto.",
            "EL TRABAJADOR se desempeñará como trabajador de invernadero: "
            "trasplantar y tutorar plantas de tomate y pepino, cosechar, clasificar y empacar el "
            "producto, y limpiar las naves.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Los invernaderos de EL EMPLEADOR en 3145, chemin du "
            "Coteau-Fleuri, Sainte-Ardoise, Québec.",
        ),
        ("TERCERA. Vigencia.", "Del 9 de marzo de 2026 al 4 de diciembre de 2026."),
        (
            "CUARTA. Jornada.",
            "45 horas por semana, de lunes a sábado, de 7:00 a 16:00 horas con una "
            "hora para comer; las horas que pasen de 50 por semana se pagan con 50 % adicional.",
        ),
        ("QUINTA. Salario.", "16,35 dólares canadienses por hora (CAD 16.35 por hora)."),
        (
            "SEXTA. Pago.",
            "Cada semana, los jueves, por depósito en la cuenta bancaria de EL "
            "TRABAJADOR, con un comprobante que detalla horas, salario y deducciones.",
        ),
        (
            "SÉPTIMA. Deducciones.",
            "Solo se descontarán el impuesto sobre la renta, las cotizaciones "
            "al Régimen de rentas de Québec, al seguro de empleo y al régimen de seguro parental que "
            "exige la ley canadiense.",
        ),
        (
            "OCTAVA. Alojamiento.",
            "EL EMPLEADOR proporciona alojamiento sin costo en la casa del "
            "personal, 3150, chemin du Coteau-Fleuri, con cocina, lavadora y calefacción. La casa es "
            "propiedad de EL EMPLEADOR y no se cobra renta ni depósito.",
        ),
    ]
    for lead, body in cl:
        para(pdf, f"{lead} {body}", size=S, fam="Serif", after=4)
    ev["job_duties"] = (1, "trasplantar y tutorar plantas de tomate y pepino")
    ev["work_location"] = (
        1,
        "Los invernaderos de EL EMPLEADOR en 3145, chemin du Coteau-Fleuri, Sainte-Ardoise, Québec",
    )
    ev["employment_period"] = (1, "Del 9 de marzo de 2026 al 4 de diciembre de 2026")
    ev["hours_of_work"] = (1, "45 horas por semana, de lunes a sábado, de 7:00 a 16:00 horas")
    ev["wage_rate"] = (1, "CAD 16.35 por hora")
    ev["pay_frequency"] = (1, "Cada semana, los jueves")
    ev["deductions"] = (
        1,
        "el impuesto sobre la renta, las cotizaciones al Régimen de rentas de Québec",
    )
    para(
        pdf,
        "NOVENA. Gastos del proceso. Los gastos del proceso migratorio y de "
        "contratación se reparten como sigue:",
        size=S,
        fam="Serif",
        after=4,
    )
    rows = [
        ["Gasto", "Monto aproximado", "Responsable del pago"],
        ["Evaluación de impacto en el mercado laboral (EIMT)", "CAD 1,000", "EL EMPLEADOR"],
        ["Permiso de trabajo", "CAD 155", "EL EMPLEADOR"],
        ["Datos biométricos", "CAD 85", "EL EMPLEADOR"],
        ["Examen médico con médico designado", "180 dólares", "EL EMPLEADOR"],
        ["Boleto de avión San Salvador - Montreal", "520 dólares", "EL EMPLEADOR"],
        ["Traslado del aeropuerto a Sainte-Ardoise", "-", "EL EMPLEADOR"],
        ["Honorarios de reclutamiento de LA AGENCIA", "300 dólares por trabajador", "EL EMPLEADOR"],
        ["Ropa de trabajo, guantes y herramientas", "-", "EL EMPLEADOR"],
    ]
    table(pdf, rows, (3, 1.4, 1.4), size=8.5, fam="Serif", head_fill=(230, 230, 230), after=6)
    para(
        pdf,
        "Ninguno de los gastos de la tabla anterior se cobrará a EL TRABAJADOR ni se le "
        "descontará de su salario.",
        size=S,
        fam="Serif",
        after=4,
    )

    pdf.add_page()
    q_ins = (
        "Antes de viajar, EL TRABAJADOR pagará 450 dólares por el seguro médico privado que "
        "cubre sus primeros tres meses en Canadá."
    )
    cl = [
        (
            "DÉCIMA. Seguro médico.",
            "Mientras EL TRABAJADOR obtiene la tarjeta del seguro de salud "
            "de Québec, LA AGENCIA lo inscribe en un seguro médico privado. " + q_ins,
        ),
        (
            "DÉCIMA PRIMERA. Reglas de la residencia.",
            "La casa del personal tiene reglas de "
            "limpieza y de turnos para la cocina que se acuerdan entre los residentes. Por seguridad, "
            "EL TRABAJADOR no podrá salir de la residencia después de las 21:00 horas ni pasar la "
            "noche fuera sin autorización escrita del supervisor. El transporte al supermercado del "
            "pueblo es gratuito los sábados.",
        ),
        (
            "DÉCIMA SEGUNDA. Documentos.",
            "EL TRABAJADOR conservará en todo momento su pasaporte y "
            "su permiso de trabajo; EL EMPLEADOR solo guardará una fotocopia.",
        ),
        (
            "DÉCIMA TERCERA. Terminación.",
            "Cualquiera de las partes puede dar por terminado el "
            "contrato con dos semanas de aviso por escrito; EL EMPLEADOR solo podrá despedir sin "
            "aviso por falta grave comprobada. EL TRABAJADOR que renuncie no pagará multa ni "
            "indemnización alguna.",
        ),
        (
            "DÉCIMA CUARTA. Quejas.",
            "EL TRABAJADOR puede presentar quejas ante EL EMPLEADOR, la "
            "CNESST o el consulado de El Salvador sin que ello afecte su empleo ni futuras "
            "contrataciones.",
        ),
        (
            "DÉCIMA QUINTA. Cobros prohibidos.",
            "LA AGENCIA no cobrará a EL TRABAJADOR comisión, "
            "honorarios, inscripción ni cuota alguna, porque sus servicios los paga EL EMPLEADOR.",
        ),
        (
            "DÉCIMA SEXTA. Idioma.",
            "El presente contrato se firma en español, idioma que EL "
            "TRABAJADOR entiende, con una traducción al francés para la autoridad.",
        ),
    ]
    for lead, body in cl:
        para(pdf, f"{lead} {body}", size=S, fam="Serif", after=4)
    q_mov = (
        "Por seguridad, EL TRABAJADOR no podrá salir de la residencia después de las 21:00 "
        "horas ni pasar la noche fuera sin autorización escrita del supervisor."
    )
    fees.append(fee("insurance_cost", 2, q_ins, 450.0, "USD"))
    fees.append(fee("movement_restriction", 2, q_mov))
    ev["termination"] = (2, "dar por terminado el contrato con dos semanas de aviso por escrito")
    para(
        pdf,
        "Leído el presente contrato, las partes lo firman en San Salvador, el 3 de febrero "
        "de 2026.",
        size=S,
        fam="Serif",
        after=4,
    )
    sig_block(
        pdf,
        [
            ["EL EMPLEADOR", "Josée Thibodeau-Lacasse, gerente"],
            ["EL TRABAJADOR", "José Ulises Menjívar Portillo"],
            ["LA AGENCIA", "Oportunidades Laborales Cuscatlán, S.A. de C.V."],
        ],
        gap=16,
        fam="Serif",
    )
    meta = dict(
        file="cv06.pdf",
        program="generic",
        language="es",
        scanned=False,
        pages=2,
        fees=fees,
        evidence=ev,
        recruiters=["Oportunidades Laborales Cuscatlán, S.A. de C.V."],
        traps=[
            "cost table: EIMT CAD 1,000, work permit CAD 155, biometrics CAD 85, medical 180 "
            "dólares, airfare 520 dólares, agency fee 300 dólares: 'Responsable del pago: EL "
            "EMPLEADOR'",
            "'Ninguno de los gastos ... se cobrará' right before the insurance charge",
            "statutory deductions (income tax, QPP, EI, parental insurance)",
            "free housing owned by the employer, no rent or deposit",
            "overtime premium (not a fee)",
            "free Saturday bus to the supermarket next to the curfew",
            "worker keeps passport; employer keeps only a photocopy",
            "no fine or indemnity for resigning (negated breach penalty)",
            "complaints without effect on future hiring; agency may not charge anything",
            "only the inbound flight is mentioned: return travel absent",
        ],
        doc_type="work_contract",
        layout="Letter; formal serif contract with parties paragraph, ordinal CLÁUSULAS, "
        "3-column cost table, page initials footer, three-way signature block",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv07  H-2A, English | Spanish side by side, compliant; page 4 is a scanned signed copy
# ---------------------------------------------------------------------------------------
def build_cv07():
    RED = (140, 30, 36)

    def hdr(pdf):
        pdf.set_fill_color(*RED)
        pdf.rect(0, 0, pdf.w, 8, style="F")
        setfont(pdf, "Sans", "B", 10, RED)
        pdf.set_xy(pdf.l_margin, 18)
        pdf.cell(pdf.epw / 2, 12, "Tamarack Bend Orchards, Inc.")
        setfont(pdf, "Sans", "", 8, (90, 90, 90))
        pdf.cell(pdf.epw / 2, 12, "WORK CONTRACT / CONTRATO DE TRABAJO  ·  H-2A 2026", align="R")
        pdf.set_draw_color(200, 200, 200)
        pdf.set_line_width(0.5)
        pdf.line(pdf.l_margin, 34, pdf.w - pdf.r_margin, 34)
        pdf.set_y(44)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 32)
        pdf.cell(pdf.epw, 9, f"Page / Página {pdf.page_no()} of / de {{nb}}", align="C")

    pdf = Doc(
        title="Work contract / Contrato de trabajo H-2A 2026",
        author="Tamarack Bend Orchards, Inc.",
        header_fn=hdr,
        footer_fn=ftr,
        margin=46,
        lang="en",
    )
    ev = {}
    S = 8.5
    GR = (70, 70, 70)

    def sec(h_en, h_es, en, es, after=5):
        two_col(
            pdf,
            en,
            es,
            size=S,
            heads=(h_en, h_es),
            rstyle="I",
            rcolor=GR,
            lcolor=(0, 0, 0),
            after=after,
        )

    # ---------------- page 1
    pdf.add_page()
    two_col(pdf, "ENGLISH", "ESPAÑOL", size=9, lstyle="B", rstyle="B", sep=False, after=4)
    sec(
        "Employer",
        "Empleador",
        "Tamarack Bend Orchards, Inc., 6021 North Ridgeline Road, Pell Harbor, MI 49431, "
        "telephone (231) 555-0188.",
        "Tamarack Bend Orchards, Inc., 6021 North Ridgeline Road, Pell Harbor, MI 49431, "
        "teléfono (231) 555-0188.",
    )
    sec(
        "Job and requirements",
        "Trabajo y requisitos",
        "Orchard worker: thin apple fruitlets by hand, prune and train trees, pick apples into "
        "bins from ladders and move bins with hand trucks. You must have at least 2 months of "
        "tree-fruit or ladder work experience.",
        "Trabajador de huerta: aclarear manzanas a mano, podar y guiar árboles, cosechar manzanas "
        "en cajones desde escaleras y mover cajones con carretilla. Debe tener al menos 2 meses de "
        "experiencia en frutales o trabajo en escalera.",
    )
    sec(
        "Place of work",
        "Lugar de trabajo",
        "Tamarack Bend orchards at 6021 North Ridgeline Road and 1407 Cutler Hill Road, Pell "
        "Harbor, Michigan.",
        "Huertas de Tamarack Bend en 6021 North Ridgeline Road y 1407 Cutler Hill Road, Pell "
        "Harbor, Michigan.",
    )
    sec(
        "Dates",
        "Fechas",
        "June 1, 2026 to October 31, 2026.",
        "Del 1 de junio al 31 de octubre de 2026.",
    )
    sec(
        "Hours",
        "Horario",
        "40 hours per week, Monday to Saturday, normally 7:00 a.m. to 3:30 p.m.",
        "40 horas por semana, de lunes a sábado, normalmente de 7:00 a 15:30.",
    )
    sec(
        "Pay",
        "Salario",
        "$18.46 per hour, or $24.00 per bin when the bin rate earns you more in the pay week. If "
        "a higher AEWR or minimum wage is published during the contract, you receive it from its "
        "effective date.",
        "$18.46 por hora, o $24.00 por cajón cuando la tarifa por cajón le deje más en la semana. "
        "Si durante el contrato se publica un AEWR o salario mínimo más alto, se le paga desde su "
        "fecha de vigencia.",
    )
    sec(
        "Payday and pay statement",
        "Día de pago y talón",
        "Every Thursday (weekly), with a statement of hours offered, hours worked, bins picked, "
        "rate and every deduction.",
        "Cada jueves (semanal), con un talón de horas ofrecidas, horas trabajadas, cajones, tarifa "
        "y cada descuento.",
    )
    sec(
        "Deductions",
        "Descuentos",
        "Only federal income tax, when you request it in writing, and court-ordered child support.",
        "Solo el impuesto federal, cuando usted lo pida por escrito, y la pensión alimenticia "
        "ordenada por un juez.",
    )
    sec(
        "Three-fourths guarantee",
        "Garantía de tres cuartas partes",
        "You will be offered work for at least 3/4 of the workdays of the contract period, or paid "
        "the difference.",
        "Se le ofrecerá trabajo por al menos 3/4 de los días hábiles del contrato, o se le pagará "
        "la diferencia.",
    )
    sec(
        "Workers' compensation",
        "Seguro de accidentes de trabajo",
        "Workers' compensation insurance paid by the employer (Great Lakes Growers Mutual, policy "
        "GLM-44-1920).",
        "Seguro de compensación al trabajador pagado por el empleador (Great Lakes Growers Mutual, "
        "póliza GLM-44-1920).",
    )
    sec(
        "Ending the contract",
        "Terminación",
        "Dismissal only for cause. Missing 5 consecutive workdays without notice is abandonment.",
        "Despido solo por causa justificada. Faltar 5 días hábiles seguidos sin avisar es "
        "abandono.",
    )
    sec(
        "If work becomes impossible",
        "Si el trabajo se vuelve imposible",
        "If fire, hail, frost or another act of God makes the work impossible, the contract may "
        "end with DOL approval; you keep the 3/4 guarantee to that date and your trip home.",
        "Si un incendio, granizo, helada u otra causa de fuerza mayor impide el trabajo, el "
        "contrato puede terminar con aprobación del DOL; conserva la garantía de 3/4 hasta esa "
        "fecha y su viaje de regreso.",
    )
    ev["employer_identity"] = (
        1,
        "Tamarack Bend Orchards, Inc., 6021 North Ridgeline Road, Pell Harbor, MI 49431",
    )
    ev["job_duties"] = (
        1,
        "thin apple fruitlets by hand, prune and train trees, pick apples into bins from ladders",
    )
    ev["job_requirements"] = (1, "at least 2 months of tree-fruit or ladder work experience")
    ev["work_location"] = (
        1,
        "Tamarack Bend orchards at 6021 North Ridgeline Road and 1407 Cutler "
        "Hill Road, Pell Harbor, Michigan",
    )
    ev["employment_period"] = (1, "June 1, 2026 to October 31, 2026")
    ev["hours_of_work"] = (1, "40 hours per week, Monday to Saturday")
    ev["wage_rate"] = (1, "$18.46 per hour")
    ev["wage_adjustment"] = (
        1,
        "If a higher AEWR or minimum wage is published during the "
        "contract, you receive it from its effective date",
    )
    ev["pay_frequency"] = (1, "Every Thursday (weekly)")
    ev["earnings_statements"] = (1, "a statement of hours offered, hours worked, bins picked")
    ev["deductions"] = (1, "Only federal income tax, when you request it in writing")
    ev["three_fourths_guarantee"] = (1, "at least 3/4 of the workdays of the contract period")
    ev["workers_compensation"] = (1, "Workers' compensation insurance paid by the employer")
    ev["termination"] = (1, "Missing 5 consecutive workdays without notice is abandonment")
    ev["contract_impossibility"] = (
        1,
        "If fire, hail, frost or another act of God makes the work impossible",
    )

    # ---------------- page 2: costs
    pdf.add_page()
    heading(pdf, "COSTS / GASTOS", size=11, color=RED, before=0, after=4)
    cost_rows = [
        ["Cost / Gasto", "Amount / Monto", "Who pays / Quién paga", "Your cost / Su costo"],
        ["Visa fee (MRV) / Derechos de visa (MRV)", "USD 185", "Employer / Empleador", "USD 0"],
        [
            "Bus León - Monterrey and hotel / Autobús León - Monterrey y hotel",
            "MXN 2,600",
            "Employer; if you advance it, repaid in your first paycheck / Empleador; si usted lo "
            "adelanta, se le devuelve en el primer cheque",
            "USD 0",
        ],
        [
            "Border crossing (I-94) / Cruce fronterizo (I-94)",
            "USD 6",
            "Employer / Empleador",
            "USD 0",
        ],
        [
            "Bus Laredo - Pell Harbor / Autobús Laredo - Pell Harbor",
            "-",
            "Employer / Empleador",
            "USD 0",
        ],
        [
            "Meals on the road / Comidas en el camino",
            "USD 16.34 per day / por día",
            "Employer / Empleador",
            "USD 0",
        ],
        ["Trip home to León / Regreso a León", "-", "Employer / Empleador", "USD 0"],
        ["Housing and utilities / Vivienda y servicios", "-", "Employer / Empleador", "USD 0"],
        [
            "Ladders, bins, picking bags / Escaleras, cajones, bolsas",
            "-",
            "Employer / Empleador",
            "USD 0",
        ],
        [
            "Daily bus to the orchards / Transporte diario a las huertas",
            "-",
            "Employer / Empleador",
            "USD 0",
        ],
    ]
    table(
        pdf,
        cost_rows,
        (2.6, 1.2, 2.6, 1.0),
        size=8,
        head_fill=(240, 222, 222),
        zebra=(252, 247, 247),
        after=8,
    )
    sec(
        "Travel to the job",
        "Viaje de ida",
        "Travel to Pell Harbor (transport, lodging and meals) is paid by the employer or "
        "reimbursed in your first paycheck.",
        "El viaje a Pell Harbor (transporte, hospedaje y comidas) lo paga el empleador o se le "
        "reembolsa en su primer cheque.",
    )
    sec(
        "Trip home",
        "Viaje de regreso",
        "If you finish the contract or are dismissed without cause, the employer pays your trip "
        "back to León, Guanajuato.",
        "Si termina el contrato o lo despiden sin causa, el empleador paga su viaje de regreso a "
        "León, Guanajuato.",
    )
    sec(
        "No fees",
        "Sin cobros",
        "No fee will be charged to you for recruitment, the visa, travel, housing or tools. If "
        "anyone asks you for money for this job, tell the office; the employer refunds what was "
        "taken.",
        "No se le cobrará ninguna cuota por el reclutamiento, la visa, el viaje, la vivienda ni "
        "las herramientas. Si alguien le pide dinero por este trabajo, avise a la oficina; el "
        "empleador le devuelve lo que le hayan quitado.",
    )
    ev["inbound_transportation"] = (
        2,
        "Travel to Pell Harbor (transport, lodging and meals) is "
        "paid by the employer or reimbursed in your first paycheck",
    )
    ev["return_transportation"] = (2, "the employer pays your trip back to León, Guanajuato")

    # ---------------- page 3: camp
    pdf.add_page()
    heading(pdf, "HOUSING AND CAMP / VIVIENDA Y CAMPAMENTO", size=11, color=RED, before=0, after=4)
    sec(
        "Housing",
        "Vivienda",
        "Free housing at the Ridgeline camp, 6035 North Ridgeline Road: beds, mattresses, heat, "
        "hot water and laundry machines, all without charge or deposit.",
        "Vivienda gratuita en el campamento Ridgeline, 6035 North Ridgeline Road: camas, "
        "colchones, calefacción, agua caliente y lavadoras, todo sin cobro ni depósito.",
    )
    sec(
        "Kitchen",
        "Cocina",
        "Each unit has a kitchen with stoves, refrigerators and cooking utensils, free of charge.",
        "Cada unidad tiene cocina con estufas, refrigeradores y utensilios, sin costo.",
    )
    sec(
        "Daily transport",
        "Transporte diario",
        "A company bus takes you free of charge between the camp and the orchards every workday.",
        "Un autobús de la empresa lo lleva gratis del campamento a las huertas y de regreso cada "
        "día de trabajo.",
    )
    sec(
        "Tools",
        "Herramientas",
        "Ladders, picking bags, bins, pruners and gloves are provided at no cost.",
        "Escaleras, bolsas de cosecha, cajones, tijeras y guantes se dan sin costo.",
    )
    sec(
        "Coming and going",
        "Entrar y salir",
        "You may come and go from the camp at any time. Visitors are welcome in the common room "
        "until 10 p.m. out of respect for coworkers who sleep early.",
        "Usted puede entrar y salir del campamento a cualquier hora. Las visitas son bienvenidas "
        "en la sala común hasta las 10 p.m. por respeto a los compañeros que duermen temprano.",
    )
    sec(
        "Wear and tear",
        "Desgaste normal",
        "Ordinary wear of the housing or equipment is never charged to you.",
        "El desgaste normal de la vivienda o del equipo nunca se le cobra.",
    )
    sec(
        "Your papers",
        "Sus documentos",
        "You keep your passport and visa; the office never holds them.",
        "Usted guarda su pasaporte y su visa; la oficina nunca los retiene.",
    )
    ev["housing"] = (3, "Free housing at the Ridgeline camp, 6035 North Ridgeline Road")
    ev["meals"] = (
        3,
        "Each unit has a kitchen with stoves, refrigerators and cooking utensils, free of charge",
    )
    ev["daily_transportation"] = (
        3,
        "A company bus takes you free of charge between the camp and the orchards every workday",
    )
    ev["tools_provided"] = (
        3,
        "Ladders, picking bags, bins, pruners and gloves are provided at no cost",
    )
    pdf.ln(4)
    sig_block(
        pdf,
        [
            ["For the employer / Por el empleador", "Dale R. Vandermolen, Owner", "May 12, 2026"],
            ["Worker / Trabajador", "Ernesto Valdivia Rosales", "12 de mayo de 2026"],
        ],
        size=8.5,
    )

    # ---------------- page 4: scanned copy of the Spanish cost summary, signed
    blocks = [
        ("text", "Tamarack Bend Orchards, Inc. - Contrato H-2A 2026", 9, False),
        ("text", "RESUMEN DE COSTOS - COPIA FIRMADA POR EL TRABAJADOR", 12.5, True),
        ("rule",),
        ("row", [("Gasto", 0.44), ("Quién paga", 0.30), ("Su costo", 0.26)], 9.5, True),
        (
            "row",
            [("Derechos de visa (MRV) - USD 185", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        (
            "row",
            [("Autobús León - Monterrey y hotel", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        (
            "row",
            [("Cruce fronterizo (I-94) - USD 6", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        (
            "row",
            [("Autobús Laredo - Pell Harbor", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        ("row", [("Comidas en el camino", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)], 9.5, False),
        ("row", [("Regreso a León", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)], 9.5, False),
        ("row", [("Vivienda y servicios", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)], 9.5, False),
        (
            "row",
            [("Escaleras, cajones, bolsas", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        (
            "row",
            [("Transporte diario a las huertas", 0.44), ("Empleador", 0.30), ("USD 0", 0.26)],
            9.5,
            False,
        ),
        ("rule",),
        (
            "text",
            "No se le cobrará ninguna cuota por el reclutamiento, la visa, el viaje, la "
            "vivienda ni las herramientas.",
            10,
            False,
        ),
        ("text", "Recibí copia de este resumen y del contrato completo en español.", 10, False),
        ("gap", 16),
        ("sign", "Ernesto Valdivia Rosales - 12 de mayo de 2026", 7071),
        ("gap", 10),
        ("text", "COPIA - archivo de la oficina", 8, True),
    ]
    pdf.add_scan_page(render_scan(blocks, seed=20260512, angle=-0.7))
    meta = dict(
        file="cv07.pdf",
        program="h2a",
        language="mixed",
        scanned=True,
        pages=4,
        fees=[],
        evidence=ev,
        recruiters=[],
        traps=[
            "bilingual cost table: visa USD 185, bus/hotel MXN 2,600, I-94 USD 6, meals USD 16.34 "
            "per day all paid by the employer, 'Your cost / Su costo' USD 0",
            "worker-advanced bus/hotel repaid in the first paycheck",
            "negated fees in both languages ('No fee will be charged' / 'No se le cobrará ninguna "
            "cuota') and refund promise",
            "workers' compensation paid by the employer",
            "free housing, kitchen, daily bus, tools; no deposit",
            "visitors' hours in the common room while workers come and go freely (not a "
            "movement restriction)",
            "ordinary wear never charged (negated damage charge)",
            "worker keeps passport",
            "page 4 is an image-only scanned copy of the Spanish cost summary: no fee, no new term",
        ],
        doc_type="work_contract",
        layout="Letter; English | Spanish side-by-side columns with divider; bilingual cost table; "
        "running header strip; signature block; p4 image-only scanned signed copy "
        "(200 dpi, rotated, blurred, noisy)",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv08  H-2B, English, seasonal staff handbook excerpt (2 findings, 1 missing term)
# ---------------------------------------------------------------------------------------
def build_cv08():
    SEA = (0, 92, 120)

    def hdr(pdf):
        setfont(pdf, "Sans", "B", 8.5, SEA)
        pdf.set_xy(pdf.l_margin, 24)
        pdf.cell(pdf.epw / 2, 10, "THE GULLWING INN")
        setfont(pdf, "Sans", "", 8, (90, 90, 90))
        sect = {
            1: "Section 1 - Your job",
            2: "Section 2 - Pay and deductions",
            3: "Sections 3-5 - Travel, property, leaving",
        }.get(pdf.page_no(), "")
        pdf.cell(pdf.epw / 2, 10, sect, align="R")
        pdf.set_fill_color(*SEA)
        pdf.rect(pdf.l_margin, 37, pdf.epw, 2.2, style="F")
        pdf.set_y(50)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw / 2, 9, "Seasonal Staff Handbook 2026 · Rev. 3 · H-2B housekeeping")
        pdf.cell(pdf.epw / 2, 9, f"{pdf.page_no()}", align="R")

    pdf = Doc(
        title="Seasonal Staff Handbook 2026",
        author="Driftmoor Harbor Hospitality Group",
        header_fn=hdr,
        footer_fn=ftr,
        margin=58,
    )
    ev = {}
    fees = []
    S = 9.3
    # ---------------- page 1
    pdf.add_page()
    heading(
        pdf,
        "Welcome aboard, and what your H-2B job offer says",
        size=14,
        color=SEA,
        before=0,
        after=4,
    )
    para(
        pdf,
        "This handbook section is given to every H-2B housekeeper with the job order. Where "
        "the handbook and the job order differ, the job order wins and you get whichever is "
        "better for you.",
        size=S,
        after=6,
    )
    rows = [
        ["Term", "What it means for you"],
        [
            "Employer",
            "Driftmoor Harbor Hospitality Group, LLC, 77 Wharf Lantern Way, Port Callow, ME 04609",
        ],
        [
            "Position",
            "Housekeeper / room attendant: clean and restock 14 to 16 guest rooms per "
            "shift, make beds, vacuum, clean bathrooms, replace linens and report maintenance "
            "problems",
        ],
        [
            "Work site",
            "The Gullwing Inn and its cottages, 77 Wharf Lantern Way, Port Callow, Maine",
        ],
        ["Season", "May 11, 2026 through October 17, 2026"],
        ["Schedule", "40 hours per week, five 8-hour shifts between 8:00 a.m. and 4:30 p.m."],
        ["Wage", "$17.52 per hour"],
        ["Overtime", "Hours over 40 in a workweek are paid at $26.28 per hour"],
        [
            "Wage increases",
            "If a higher prevailing or minimum wage takes effect during the season, "
            "you are paid that higher wage from its effective date",
        ],
        [
            "Requirements",
            "3 months of hotel or residential cleaning experience; able to lift 25 pounds",
        ],
        [
            "Guaranteed hours",
            "In each 12-week period we offer you hours equal to at least "
            "three-fourths of the workdays, or pay the difference",
        ],
    ]
    table(pdf, rows, (1.2, 4), size=8.8, head_fill=(214, 234, 240), first_col_bold=True, after=8)
    ev["employer_identity"] = (
        1,
        "Driftmoor Harbor Hospitality Group, LLC, 77 Wharf Lantern Way, Port Callow, ME 04609",
    )
    ev["job_duties"] = (1, "clean and restock 14 to 16 guest rooms per shift")
    ev["work_location"] = (
        1,
        "The Gullwing Inn and its cottages, 77 Wharf Lantern Way, Port Callow, Maine",
    )
    ev["employment_period"] = (1, "May 11, 2026 through October 17, 2026")
    ev["hours_of_work"] = (1, "40 hours per week, five 8-hour shifts")
    ev["wage_rate"] = (1, "$17.52 per hour")
    ev["overtime"] = (1, "Hours over 40 in a workweek are paid at $26.28 per hour")
    ev["wage_adjustment"] = (1, "you are paid that higher wage from its effective date")
    ev["job_requirements"] = (1, "3 months of hotel or residential cleaning experience")
    ev["three_fourths_guarantee"] = (1, "hours equal to at least three-fourths of the workdays")
    heading(pdf, "Guests, tips and charges you will see", size=10.5, color=SEA, before=2)
    para(
        pdf,
        "Gratuities left in rooms belong to the housekeeper who cleaned the room. Guests pay "
        "a resort fee of $28 per night and a $40 pet fee; the front desk bills these to the "
        "guest, and they have nothing to do with your pay.",
        size=S,
    )
    para(
        pdf,
        "Staff housing in the Bayberry Lane dormitory, 9 Bayberry Lane, is available to "
        "every H-2B worker free of charge.",
        size=S,
    )

    # ---------------- page 2
    pdf.add_page()
    heading(pdf, "Section 2 - Pay and deductions", size=12, color=SEA, before=0)
    para(
        pdf,
        "Payday is every other Thursday. Your pay stub shows hours offered, hours worked, "
        "rate, gross pay, each deduction and net pay.",
        size=S,
        after=6,
    )
    ev["pay_frequency"] = (2, "Payday is every other Thursday")
    ev["earnings_statements"] = (2, "Your pay stub shows hours offered, hours worked")
    rows = [
        ["Deduction", "How much", "Why", "Your signature needed?"],
        ["Federal income tax", "IRS tables", "Required by law", "No"],
        ["Maine income tax", "State tables", "Required by law", "No"],
        ["Social Security and Medicare", "7.65%", "Required by law", "No"],
        ["Child support or other garnishment", "As ordered", "Court order", "No"],
        [
            "Savings transfer to your own account at Port Callow Federal Credit Union",
            "Amount you choose",
            "Voluntary; withdraw or stop any time",
            "Yes, signed form",
        ],
        ["Uniform deposit", "USD 85, once", "See Section 4", "No"],
        ["Season-completion account (1)", "$1.25 per hour", "See note 1", "No"],
    ]
    table(
        pdf,
        rows,
        (2.6, 1.2, 1.8, 1.3),
        size=8.5,
        head_fill=(214, 234, 240),
        zebra=(245, 250, 252),
        after=6,
    )
    ev["deductions"] = (2, "Social Security and Medicare")
    para(
        pdf,
        "Season-completion bonus: staff who work through October 17 receive a bonus of $500 "
        "on top of all wages earned; it is never taken out of your hourly pay.",
        size=S,
        after=4,
    )
    para(
        pdf,
        "You may choose direct deposit or a pay card; neither costs you a fee, and cash "
        "withdrawals at the Port Callow Federal Credit Union machine in the lobby are free.",
        size=S,
        after=4,
    )
    para(
        pdf,
        "Staff meals: one meal per shift in the staff canteen and all coffee and tea are "
        "free; nothing is deducted for them.",
        size=S,
        after=6,
    )
    footnote_rule(pdf)
    q_uni = (
        "A uniform deposit of USD 85 is taken from the first paycheck and returned when the "
        "uniforms are handed back at the end of the season."
    )
    q_hold = (
        "To encourage staff to finish the season, $1.25 of every hour worked is held back in "
        "a season-completion account and paid out with the final paycheck."
    )
    para(pdf, "(1) " + q_hold, size=8, after=2)
    para(pdf, "(2) Lost key cards and name badges are replaced at no cost.", size=8, after=2)
    fees.append(fee("wage_withholding", 2, q_hold, 1.25, "USD"))

    # ---------------- page 3
    pdf.add_page()
    heading(pdf, "Section 3 - Travel, visa and recruitment", size=12, color=SEA, before=0)
    para(
        pdf,
        "Your visa fee (USD 205), visa processing costs and border fees are reimbursed in "
        "full in your first workweek.",
        size=S,
    )
    para(
        pdf,
        "Your travel from Kingston to Port Callow, including lodging and meals on the way, "
        "is reimbursed in your first workweek.",
        size=S,
    )
    para(
        pdf,
        "If you finish the season, or we let you go early for a reason other than cause, we "
        "pay your airfare home to Kingston.",
        size=S,
    )
    para(
        pdf,
        "Harbourview Staffing Solutions (Jamaica) Ltd. recruits for us under a contract that "
        "forbids charging workers any fee. We pay it directly, and we will refund any money it "
        "or anyone else took from you.",
        size=S,
    )
    ev["visa_reimbursement"] = (
        3,
        "Your visa fee (USD 205), visa processing costs and border fees "
        "are reimbursed in full in your first workweek",
    )
    ev["inbound_transportation"] = (
        3,
        "Your travel from Kingston to Port Callow, including lodging "
        "and meals on the way, is reimbursed",
    )
    ev["return_transportation"] = (3, "we pay your airfare home to Kingston")
    heading(pdf, "Section 4 - Company property", size=12, color=SEA)
    para(
        pdf,
        "All cleaning supplies, carts, vacuums, gloves and masks are provided at no charge. "
        "Your locker and padlock are free. You receive three tunics and two pairs of pants on "
        "your first day. " + q_uni,
        size=S,
    )
    fees.append(fee("equipment_charge", 3, q_uni, 85.0, "USD"))
    ev["tools_provided"] = (
        3,
        "All cleaning supplies, carts, vacuums, gloves and masks are provided at no charge",
    )
    heading(pdf, "Section 5 - Leaving", size=12, color=SEA)
    para(
        pdf,
        "No fee or penalty is charged if you leave before the end of the season. We may "
        "dismiss you for cause, such as theft or repeated no-shows after a written warning; 5 "
        "consecutive working days of unexplained absence is treated as abandonment and reported "
        "to DOL and DHS as the rules require.",
        size=S,
    )
    ev["termination"] = (
        3,
        "5 consecutive working days of unexplained absence is treated as abandonment",
    )
    para(
        pdf, "Your passport stays with you. Nobody at the Inn will ask to keep it.", size=S, after=8
    )
    sig_block(
        pdf,
        [["Received by", "Employee name: ______________________"], ["Date", "______________"]],
        size=8.5,
    )
    meta = dict(
        file="cv08.pdf",
        program="h2b",
        language="en",
        scanned=False,
        pages=3,
        fees=fees,
        evidence=ev,
        recruiters=["Harbourview Staffing Solutions (Jamaica) Ltd."],
        traps=[
            "guest resort fee $28/night and pet fee $40 are charged to guests",
            "deductions table with lawful tax rows and a voluntary savings transfer with signed "
            "form",
            "$500 season-completion bonus on top of wages (lawful) next to the withheld $1.25/hour",
            "free dormitory housing; free locker; lost key cards replaced at no cost",
            "visa USD 205 and travel reimbursed in first workweek; return airfare paid",
            "recruiter forbidden to charge; refund of any money taken",
            "no fee or penalty for leaving early (negated breach penalty)",
            "abandonment report to DOL/DHS (required notice)",
            "passport stays with the worker",
            "nothing about work becoming impossible: contract_impossibility absent",
        ],
        doc_type="employee_handbook",
        layout="Letter; running section header with color rule; 2-column terms table; "
        "4-column deductions table whose rows point to a footnote and to a later section; "
        "acknowledgement signature",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv09  generic (Honduras -> Manitoba), English with Spanish under each clause (2 findings)
# ---------------------------------------------------------------------------------------
def build_cv09():
    OLIVE = (86, 96, 28)

    def hdr(pdf):
        if pdf.page_no() == 1:
            pdf.set_fill_color(*OLIVE)
            pdf.ellipse(pdf.l_margin, 26, 34, 34, style="F")
            setfont(pdf, "Sans", "B", 11, (255, 255, 255))
            pdf.set_xy(pdf.l_margin, 36)
            pdf.cell(34, 14, "RW", align="C")
            setfont(pdf, "Sans", "B", 12.5, OLIVE)
            pdf.set_xy(pdf.l_margin + 44, 27)
            pdf.cell(400, 15, "Red Willow Pork Co-operative Ltd.")
            setfont(pdf, "Sans", "", 7.8, (80, 80, 80))
            pdf.set_xy(pdf.l_margin + 44, 44)
            pdf.cell(
                420,
                10,
                "Box 318, 2204 Road 61 North, Kestrel Plains, Manitoba R0G 1P0, "
                "Canada  ·  204-555-0143",
            )
            pdf.set_y(76)
        else:
            pdf.set_y(44)

    def ftr(pdf):
        setfont(pdf, "Sans", "I", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw, 9, f"Offer / Oferta RW-HN-2026-014  ·  {pdf.page_no()}/{{nb}}", align="R")

    pdf = Doc(
        title="Offer of employment / Oferta de empleo",
        author="Red Willow Pork Co-operative Ltd.",
        header_fn=hdr,
        footer_fn=ftr,
        margin=60,
    )
    ev = {}
    fees = []
    S = 9.0
    GRAY = (75, 75, 75)

    def clause(num, en, es, after=5):
        setfont(pdf, "Sans", "B", S)
        y = pdf.get_y()
        pdf.cell(24, S * 1.3, num)
        pdf.set_xy(pdf.l_margin + 24, y)
        para(pdf, en, size=S, x=pdf.l_margin + 24, w=pdf.epw - 24, after=1)
        para(
            pdf,
            es,
            size=S - 0.4,
            style="I",
            color=GRAY,
            x=pdf.l_margin + 24,
            w=pdf.epw - 24,
            after=after,
        )

    pdf.add_page()
    para(
        pdf,
        "Offer of employment and contract / Oferta de empleo y contrato",
        size=11.5,
        style="B",
        after=2,
    )
    para(
        pdf,
        "Temporary foreign worker, agricultural stream / Trabajador extranjero temporal, "
        "rama agrícola",
        size=8.5,
        color=GRAY,
        after=6,
    )
    para(
        pdf,
        "Worker / Trabajador: Wilmer Josué Castellanos Reyes, Aldea El Carrizal, Olanchito, "
        "Yoro, Honduras",
        size=S,
        style="B",
        after=2,
    )
    para(
        pdf,
        "Employer / Empleador: Red Willow Pork Co-operative Ltd., Box 318, 2204 Road 61 "
        "North, Kestrel Plains, Manitoba R0G 1P0, Canada",
        size=S,
        style="B",
        after=2,
    )
    para(
        pdf,
        "Recruiter in Honduras / Reclutador en Honduras: Reclutamiento Ceiba Azul, S. de R.L., "
        "Avenida San Isidro, La Ceiba, Atlántida",
        size=S,
        style="B",
        after=8,
    )
    ev["worker_identity"] = (1, "Wilmer Josué Castellanos Reyes")
    ev["employer_identity"] = (
        1,
        "Red Willow Pork Co-operative Ltd., Box 318, 2204 Road 61 North, "
        "Kestrel Plains, Manitoba R0G 1P0",
    )
    clause(
        "1.",
        "Position: barn technician. You will feed and water sows, check animal health, "
        "wash pens, help at farrowing and record data.",
        "Puesto: técnico de granja. Usted alimentará y dará agua a las cerdas, revisará la "
        "salud de los animales, lavará corrales, ayudará en los partos y registrará datos.",
    )
    clause(
        "2.",
        "Place of work: Red Willow sow barn, 2204 Road 61 North, Kestrel Plains, Manitoba.",
        "Lugar de trabajo: granja de cerdas Red Willow, 2204 Road 61 North, Kestrel Plains, "
        "Manitoba.",
    )
    clause(
        "3.",
        "Term: 24 months, from 15 June 2026 to 14 June 2028.",
        "Duración: 24 meses, del 15 de junio de 2026 al 14 de junio de 2028.",
    )
    clause(
        "4.",
        "Hours: 40 hours per week, Monday to Friday 7:00 to 15:30, plus one weekend "
        "feeding round every third Saturday, paid at the overtime rate.",
        "Horario: 40 horas por semana, de lunes a viernes de 7:00 a 15:30, más una ronda de "
        "alimentación cada tercer sábado, pagada como tiempo extra.",
    )
    clause(
        "5.",
        "Wage: CAD 17.75 per hour; overtime at 1.5 times that rate.",
        "Salario: CAD 17.75 por hora; tiempo extra a 1.5 veces esa tarifa.",
    )
    clause(
        "6.",
        "Pay: every second Friday (biweekly), by direct deposit, with a pay statement.",
        "Pago: cada dos viernes (quincenal), por depósito directo, con un comprobante de pago.",
    )
    clause(
        "7.",
        "Deductions: income tax, Canada Pension Plan and Employment Insurance premiums "
        "required by law; nothing else without your written consent.",
        "Descuentos: impuesto sobre la renta, Plan de Pensiones de Canadá y primas del Seguro "
        "de Empleo que exige la ley; nada más sin su consentimiento por escrito.",
    )
    q_pp_en = (
        "The Worker obtains and pays for his own Honduran passport (about HNL 1,650) before "
        "the biometrics appointment."
    )
    q_pp_es = (
        "El Trabajador tramita y paga su propio pasaporte hondureño (aproximadamente "
        "L 1,650) antes de la cita de biometría."
    )
    clause(
        "8.",
        "Costs paid by the co-op: the LMIA fee (CAD 1,000), your work permit fee "
        "(CAD 155), biometrics (CAD 85), the medical exam by a panel physician, your flight from "
        "San Pedro Sula to Winnipeg and private health insurance until Manitoba Health covers "
        "you. " + q_pp_en,
        "Costos que paga la cooperativa: la tarifa de la EIMT (CAD 1,000), el permiso de "
        "trabajo (CAD 155), la biometría (CAD 85), el examen médico con médico autorizado, su "
        "vuelo de San Pedro Sula a Winnipeg y un seguro médico privado hasta que lo cubra "
        "Manitoba Health. " + q_pp_es,
    )
    ev["job_duties"] = (1, "feed and water sows, check animal health, wash pens")
    ev["work_location"] = (1, "Red Willow sow barn, 2204 Road 61 North, Kestrel Plains, Manitoba")
    ev["employment_period"] = (1, "from 15 June 2026 to 14 June 2028")
    ev["hours_of_work"] = (1, "40 hours per week, Monday to Friday 7:00 to 15:30")
    ev["wage_rate"] = (1, "CAD 17.75 per hour")
    ev["pay_frequency"] = (1, "every second Friday (biweekly)")
    ev["deductions"] = (1, "income tax, Canada Pension Plan and Employment Insurance premiums")

    pdf.add_page()
    clause(
        "9.",
        "Housing: a furnished room in the co-op staff house at 2210 Road 61 North, free of "
        "charge, with no damage deposit.",
        "Vivienda: un cuarto amueblado en la casa del personal, 2210 Road 61 North, sin costo y "
        "sin depósito por daños.",
    )
    clause(
        "10.",
        "Return: at the end of the contract the co-op pays your flight from Winnipeg back "
        "to San Pedro Sula.",
        "Regreso: al terminar el contrato la cooperativa paga su vuelo de Winnipeg a San Pedro "
        "Sula.",
    )
    clause(
        "11.",
        "No recruitment fee may be charged to you by the co-op or by Reclutamiento Ceiba "
        "Azul, S. de R.L., whose services the co-op pays.",
        "Ni la cooperativa ni Reclutamiento Ceiba Azul, S. de R.L. pueden cobrarle cuota de "
        "reclutamiento alguna; la cooperativa paga esos servicios.",
    )
    q_pen_en = (
        "If the Worker resigns before completing twelve months, two weeks' wages will be "
        "deducted from his final pay to cover the cost of replacing him."
    )
    q_pen_es = (
        "Si el Trabajador renuncia antes de cumplir doce meses, se descontarán dos semanas "
        "de salario de su pago final para cubrir el costo de reemplazarlo."
    )
    clause(
        "12.",
        "Ending the contract: either party may end the contract with two weeks' written "
        "notice; the co-op may dismiss without notice only for serious misconduct. " + q_pen_en,
        "Terminación: cualquiera de las partes puede terminar el contrato con dos semanas de "
        "aviso por escrito; la cooperativa solo puede despedir sin aviso por falta grave. "
        + q_pen_es,
    )
    clause(
        "13.",
        "Documents: the Worker keeps his passport and work permit at all times.",
        "Documentos: el Trabajador guarda su pasaporte y su permiso de trabajo en todo momento.",
    )
    clause(
        "14.",
        "Complaints: you may contact Manitoba Employment Standards or your consulate "
        "without any effect on your job.",
        "Quejas: puede acudir a Employment Standards de Manitoba o a su consulado sin que eso "
        "afecte su empleo.",
    )
    ev["return_transportation"] = (
        2,
        "at the end of the contract the co-op pays your flight from "
        "Winnipeg back to San Pedro Sula",
    )
    ev["termination"] = (2, "either party may end the contract with two weeks' written notice")
    fees.append(fee("visa_cost", 1, q_pp_en, 1650.0, "HNL", group=1, passport_only=True))
    fees.append(fee("visa_cost", 1, q_pp_es, 1650.0, "HNL", group=1, passport_only=True))
    fees.append(fee("breach_penalty", 2, q_pen_en, group=2))
    fees.append(fee("breach_penalty", 2, q_pen_es, group=2))
    pdf.ln(6)
    sig_block(
        pdf,
        [
            ["For the co-op / Por la cooperativa", "Brent Olafson-Weir, Barn Manager"],
            ["Worker / Trabajador", "Wilmer Josué Castellanos Reyes"],
        ],
        size=8.5,
    )
    meta = dict(
        file="cv09.pdf",
        program="generic",
        language="mixed",
        scanned=False,
        pages=2,
        fees=fees,
        evidence=ev,
        recruiters=["Reclutamiento Ceiba Azul, S. de R.L."],
        traps=[
            "'feed and water sows' / 'ronda de alimentación' are job words",
            "overtime rate 1.5 times (not a fee)",
            "free room with no damage deposit",
            "LMIA CAD 1,000, work permit CAD 155, biometrics CAD 85, medical, inbound flight and "
            "private insurance paid by the co-op (same clause as the passport charge)",
            "return flight paid",
            "no recruitment fee by the co-op or the recruiter, in both languages",
            "'two weeks' written notice' (lawful) next to 'two weeks' wages' penalty",
            "worker keeps passport; complaints without effect",
            "passport fee borne by the worker is a violation under generic (review only under H-2)",
        ],
        doc_type="offer_letter",
        layout="Letter; logo roundel header; English clause with Spanish italic translation "
        "beneath each numbered clause; signature block",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv10  H-2A, English, labor contractor's crew packet + advance form (2 findings, 2 missing)
# ---------------------------------------------------------------------------------------
def build_cv10():
    ORANGE = (176, 84, 18)

    def hdr(pdf):
        setfont(pdf, "Mono", "B", 9, ORANGE)
        pdf.set_xy(pdf.l_margin, 24)
        pdf.cell(pdf.epw / 2, 10, "CASCADE ROW HARVEST SERVICES, LLC")
        setfont(pdf, "Mono", "", 7.5, (90, 90, 90))
        pdf.cell(pdf.epw / 2, 10, "H-2A labor contractor · FLC cert. WA-FLC-20417", align="R")
        pdf.set_draw_color(*ORANGE)
        pdf.set_line_width(0.8)
        pdf.line(pdf.l_margin, 37, pdf.w - pdf.r_margin, 37)
        pdf.set_y(48)

    def ftr(pdf):
        setfont(pdf, "Mono", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw, 9, f"Crew packet 2026 - sheet {pdf.page_no()} of {{nb}}", align="R")

    pdf = Doc(
        title="Crew member packet 2026",
        author="Cascade Row Harvest Services, LLC",
        header_fn=hdr,
        footer_fn=ftr,
        margin=52,
    )
    ev = {}
    fees = []
    # ---------------- page 1
    pdf.add_page()
    heading(
        pdf,
        "CREW MEMBER PACKET - SEASON TERMS (H-2A CHERRY HARVEST 2026)",
        size=11.5,
        color=ORANGE,
        before=0,
        after=4,
    )
    rows = [
        ["Item", "Terms"],
        [
            "Employer",
            "Cascade Row Harvest Services, LLC, 1450 Orchard Bench Road, Quillan Flats, "
            "WA 98822 (H-2A labor contractor)",
        ],
        [
            "Surety bond",
            "Cascade Row has posted a $20,000 surety bond with the U.S. Department of "
            "Labor (bond no. SB-7781-2026), at its own expense",
        ],
        [
            "Work",
            "Cherry harvest crew member: pick sweet cherries by hand from ladders into "
            "buckets, empty buckets into lugs, and sort culls out at the bin",
        ],
        [
            "Worksites",
            "Bitterbrush Cherry Ranch, 300 Sage Terrace Road, Quillan Flats, WA; Keller "
            "Coulee Orchards, 92 Coulee Rim Drive, Marrow Creek, WA",
        ],
        ["Contract period", "May 25, 2026 to August 14, 2026"],
        [
            "Hours",
            "36 hours per week: 6 hours a day, Monday through Saturday, starting at 5:30 a.m.",
        ],
        ["Pay", "$19.82 per hour, or $6.50 per full 20-lb lug when that earns more"],
        [
            "Rate changes",
            "If the AEWR or a minimum wage rises during the season, the higher rate "
            "applies from its effective date",
        ],
        [
            "Payday",
            "Weekly, every Saturday, with an itemized pay statement (hours offered, hours "
            "worked, lugs, rate, deductions)",
        ],
        [
            "Deductions",
            "Federal income tax on request, court-ordered garnishments, and items you "
            "authorize on Form CR-7",
        ],
        ["Guarantee", "Work offered for at least 3/4 of the workdays of the contract period"],
        [
            "Housing",
            "Free, at the Cascade Row camp, 1462 Orchard Bench Road, licensed by the "
            "state Department of Health",
        ],
        ["Meals", "Free kitchen in each unit: stoves, refrigerators, cookware"],
        [
            "Daily transport",
            "Free daily transportation by company van from camp to each worksite and back",
        ],
        ["Tools", "Buckets, ladders and picking bags at no charge"],
        [
            "Inbound travel",
            "Bus from Morelia to Quillan Flats, lodging and meals on the way: "
            "reimbursed in the first workweek",
        ],
        ["Visa", "MRV fee ($185) paid by Cascade Row before the appointment"],
        ["Return travel", "Bus back to Morelia paid by Cascade Row at the end of the contract"],
        [
            "Termination",
            "Dismissal for cause only; 5 consecutive days absent without notice is abandonment",
        ],
        [
            "Contract ends early",
            "If hail, fire or frost destroys the crop and the work becomes "
            "impossible, the contract may end with DOL approval; 3/4 guarantee to that date and "
            "return bus are paid",
        ],
    ]
    table(
        pdf,
        rows,
        (1.15, 4),
        size=8.4,
        head_fill=(246, 226, 208),
        first_col_bold=True,
        zebra=(253, 248, 243),
        after=6,
    )
    ev["employer_identity"] = (
        1,
        "Cascade Row Harvest Services, LLC, 1450 Orchard Bench Road, Quillan Flats, WA 98822",
    )
    ev["job_duties"] = (1, "pick sweet cherries by hand from ladders into buckets")
    ev["work_location"] = (1, "Bitterbrush Cherry Ranch, 300 Sage Terrace Road, Quillan Flats, WA")
    ev["employment_period"] = (1, "May 25, 2026 to August 14, 2026")
    ev["hours_of_work"] = (1, "36 hours per week: 6 hours a day, Monday through Saturday")
    ev["wage_rate"] = (1, "$19.82 per hour")
    ev["wage_adjustment"] = (1, "the higher rate applies from its effective date")
    ev["pay_frequency"] = (1, "Weekly, every Saturday")
    ev["earnings_statements"] = (1, "an itemized pay statement (hours offered, hours worked")
    ev["deductions"] = (1, "Federal income tax on request, court-ordered garnishments")
    ev["three_fourths_guarantee"] = (1, "at least 3/4 of the workdays of the contract period")
    ev["housing"] = (1, "Free, at the Cascade Row camp, 1462 Orchard Bench Road")
    ev["meals"] = (1, "Free kitchen in each unit: stoves, refrigerators, cookware")
    ev["daily_transportation"] = (
        1,
        "Free daily transportation by company van from camp to each worksite",
    )
    ev["tools_provided"] = (1, "Buckets, ladders and picking bags at no charge")
    ev["inbound_transportation"] = (
        1,
        "Bus from Morelia to Quillan Flats, lodging and meals on the "
        "way: reimbursed in the first workweek",
    )
    ev["return_transportation"] = (
        1,
        "Bus back to Morelia paid by Cascade Row at the end of the contract",
    )
    ev["termination"] = (1, "5 consecutive days absent without notice is abandonment")
    ev["contract_impossibility"] = (
        1,
        "If hail, fire or frost destroys the crop and the work becomes impossible",
    )

    # ---------------- page 2
    pdf.add_page()
    heading(
        pdf,
        "FORM CR-7 - TRAVEL ADVANCE REQUEST AND PAYROLL DEDUCTION AUTHORIZATION",
        size=10.5,
        color=ORANGE,
        before=0,
        after=3,
    )
    para(
        pdf,
        "Fill in this form at the Morelia crew meeting if you want cash before you leave "
        "Mexico. The crew leader keeps one copy and gives you the other.",
        size=8.8,
        after=4,
    )
    q_adv = (
        "Any crew member may draw a travel advance of $300.00 before leaving Mexico, and it "
        "will be repaid through weekly payroll deductions of $50.00 until the balance is "
        "zero."
    )
    para(pdf, q_adv, size=9, after=5)
    fees.append(fee("debt_bondage", 2, q_adv, 300.0, "USD"))
    rows = [
        ["Crew member", "Ramiro Zavala Tinoco", "Crew", "Bitterbrush 2"],
        ["Home town", "Tarímbaro, Michoacán", "Date", "May 14, 2026"],
    ]
    table(pdf, rows, (1.1, 2.2, 0.7, 1.4), size=8.5, fam="Mono", header=False, after=4)
    checkbox_row(
        pdf,
        [(True, "I request the travel advance of $300.00"), (False, "I do not want an advance")],
        size=8.8,
    )
    rows = [
        ["Pay week", "Opening balance", "Deduction", "Closing balance"],
        ["Week 1 (May 30)", "$300.00", "$50.00", "$250.00"],
        ["Week 2 (June 6)", "$250.00", "$50.00", "$200.00"],
        ["Week 3 (June 13)", "$200.00", "$50.00", "$150.00"],
        ["Week 4 (June 20)", "$150.00", "$50.00", "$100.00"],
        ["Week 5 (June 27)", "$100.00", "$50.00", "$50.00"],
        ["Week 6 (July 4)", "$50.00", "$50.00", "$0.00"],
    ]
    table(
        pdf,
        rows,
        (1.6, 1.3, 1.1, 1.3),
        size=8.3,
        fam="Mono",
        head_fill=(246, 226, 208),
        after=6,
        width=pdf.epw * 0.8,
    )
    heading(pdf, "CAMP RULES AND CHARGES", size=10.5, color=ORANGE, before=2, after=3)
    q_util = (
        "A utility charge of $12.50 per week per occupant is deducted for electricity and "
        "propane at the camp."
    )
    bullets(
        pdf,
        [
            "Housing at the Cascade Row camp is free for all crew members.",
            "No deposit is charged for keys, bedding or cookware.",
            q_util,
            "Normal wear and tear on the units is never charged to workers.",
            "Washers and dryers in the laundry room are free to use.",
            "Quiet hours are 10 p.m. to 5 a.m.; crew members may leave and return at any time.",
        ],
        size=8.8,
        after=1,
    )
    fees.append(fee("housing_charge", 2, q_util, 12.5, "USD"))
    pdf.ln(4)
    sig_block(
        pdf,
        [
            ["Crew member signature", "Ramiro Zavala Tinoco"],
            ["Crew leader", "Saúl Ibarra Mendoza, for Cascade Row"],
        ],
        size=8.5,
    )
    meta = dict(
        file="cv10.pdf",
        program="h2a",
        language="en",
        scanned=False,
        pages=2,
        fees=fees,
        evidence=ev,
        recruiters=[],
        traps=[
            "$20,000 surety bond posted by the labor contractor at its own expense (not a worker "
            "bond)",
            "visa MRV $185 paid by the contractor; inbound travel reimbursed in first workweek",
            "free housing, kitchen, daily van, tools; no deposit for keys/bedding/cookware",
            "payroll authorization form and repayment ledger look routine (the advance itself is "
            "the finding)",
            "normal wear never charged; free laundry; free to leave and return (quiet hours only)",
            "no workers' compensation and no qualifications stated: both terms absent",
        ],
        doc_type="crew_packet_and_advance_form",
        layout="Letter; monospaced header; 2-column zebra terms table; form with data grid, "
        "checkboxes and 4-column repayment ledger; bulleted camp rules; signature lines",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv11  H-2B, Spanish, compliant: offer letter with reimbursement calendar and notice box
# ---------------------------------------------------------------------------------------
def build_cv11():
    PURPLE = (70, 40, 130)

    def hdr(pdf):
        if pdf.page_no() == 1:
            pdf.set_fill_color(250, 196, 40)
            pdf.rect(pdf.l_margin, 28, 8, 40, style="F")
            setfont(pdf, "Sans", "B", 15, PURPLE)
            pdf.set_xy(pdf.l_margin + 16, 28)
            pdf.cell(400, 18, "Lone Cypress Family Fun Park")
            setfont(pdf, "Sans", "", 8, (80, 80, 80))
            pdf.set_xy(pdf.l_margin + 16, 48)
            pdf.cell(
                440,
                10,
                "Lone Cypress Family Fun Park, LLC · 2800 Gulf Breeze Parkway · Port "
                "Mirabel, Texas 78373 · (361) 555-0126",
            )
            pdf.set_y(84)
        else:
            pdf.set_y(48)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 34)
        pdf.cell(pdf.epw, 9, f"Carta oferta H-2B 2026 · hoja {pdf.page_no()} de {{nb}}", align="C")

    pdf = Doc(
        title="Carta oferta de empleo temporal H-2B",
        author="Lone Cypress Family Fun Park",
        header_fn=hdr,
        footer_fn=ftr,
        lang="es",
        margin=56,
    )
    ev = {}
    S = 9.2
    pdf.add_page()
    para(pdf, "Port Mirabel, Texas, 19 de diciembre de 2025", size=S, align="R", after=6)
    para(
        pdf,
        "Sr. Joaquín Ramírez Chablé\nCalle Nicolás Bravo 27, Col. Reforma, Veracruz, Ver., México",
        size=S,
        after=8,
    )
    para(
        pdf,
        "Asunto: Carta oferta de empleo temporal H-2B - Operador de juegos y atención a visitantes",
        size=10,
        style="B",
        after=6,
    )
    para(
        pdf,
        "Estimado Sr. Ramírez: Lone Cypress Family Fun Park, LLC, con domicilio en 2800 Gulf "
        'Breeze Parkway, Port Mirabel, Texas 78373 ("el parque"), le ofrece empleo temporal en '
        "los siguientes términos, que son los de nuestra orden de trabajo certificada.",
        size=S,
        after=6,
    )
    ev["employer_identity"] = (
        1,
        "Lone Cypress Family Fun Park, LLC, con domicilio en 2800 Gulf "
        "Breeze Parkway, Port Mirabel, Texas 78373",
    )
    cl = [
        (
            "1. Puesto y funciones.",
            "Operar los juegos mecánicos y revisar cinturones y barras de "
            "seguridad, orientar a las familias en la fila, limpiar las áreas de juegos y, por turnos, "
            "atender la taquilla, donde cobrará a los visitantes la entrada de $35 por persona y la "
            "cuota de estacionamiento de $10 por auto.",
        ),
        ("2. Lugar.", "En el parque, 2800 Gulf Breeze Parkway, Port Mirabel, Texas."),
        ("3. Periodo.", "Del 1 de marzo al 15 de octubre de 2026."),
        ("4. Jornada.", "40 horas por semana, cinco turnos de 8 horas entre las 9:00 y las 23:00."),
        (
            "5. Salario.",
            "$15.63 por hora. Si durante el contrato se publica un salario prevaleciente "
            "o mínimo más alto, se le pagará el más alto a partir de su fecha de vigencia. Las horas "
            "que pasen de 40 en una semana se pagan a $23.45 por hora.",
        ),
        (
            "6. Pago.",
            "Se paga cada dos semanas, los viernes. Con cada pago recibe un talón con horas "
            "ofrecidas, horas trabajadas, tarifa, descuentos y pago neto.",
        ),
        (
            "7. Descuentos.",
            "Solo se descuentan los impuestos federales, el Seguro Social y Medicare, "
            "y lo que ordene un juez (por ejemplo, pensión alimenticia). Si usted lo autoriza por "
            "escrito, el parque envía sin costo una parte de su pago a su cuenta en México.",
        ),
        (
            "8. Garantía.",
            "Le garantizamos trabajo por al menos tres cuartas partes de los días "
            "laborables de cada periodo de 12 semanas; si no, le pagamos la diferencia.",
        ),
        (
            "9. Requisitos.",
            "Ser mayor de 18 años y tener al menos 3 meses de experiencia en atención al público.",
        ),
        (
            "10. Uniformes y equipo.",
            "Uniformes, chalecos, radios y herramientas se entregan sin costo y sin depósito.",
        ),
        (
            "11. Vivienda.",
            "El parque ofrece cuartos en Cypress Lodge, 14 Heron Lane, sin costo "
            "alguno; el depósito del contrato de arrendamiento lo pagó el parque.",
        ),
    ]
    for lead, body in cl:
        para(pdf, f"{lead} {body}", size=S, after=3)
    ev["job_duties"] = (1, "Operar los juegos mecánicos y revisar cinturones y barras de seguridad")
    ev["work_location"] = (1, "En el parque, 2800 Gulf Breeze Parkway, Port Mirabel, Texas")
    ev["employment_period"] = (1, "Del 1 de marzo al 15 de octubre de 2026")
    ev["hours_of_work"] = (1, "40 horas por semana, cinco turnos de 8 horas")
    ev["wage_rate"] = (1, "$15.63 por hora")
    ev["wage_adjustment"] = (1, "se le pagará el más alto a partir de su fecha de vigencia")
    ev["overtime"] = (1, "Las horas que pasen de 40 en una semana se pagan a $23.45 por hora")
    ev["pay_frequency"] = (1, "Se paga cada dos semanas, los viernes")
    ev["earnings_statements"] = (
        1,
        "Con cada pago recibe un talón con horas ofrecidas, horas trabajadas",
    )
    ev["deductions"] = (
        1,
        "Solo se descuentan los impuestos federales, el Seguro Social y Medicare",
    )
    ev["three_fourths_guarantee"] = (1, "al menos tres cuartas partes de los días laborables")
    ev["job_requirements"] = (1, "al menos 3 meses de experiencia en atención al público")
    ev["tools_provided"] = (
        1,
        "Uniformes, chalecos, radios y herramientas se entregan sin costo y sin depósito",
    )

    pdf.add_page()
    cl = [
        (
            "12. Viaje de ida.",
            "El transporte de Veracruz a Port Mirabel, el hospedaje y las comidas "
            "del camino se le reembolsan en la primera semana de trabajo.",
        ),
        (
            "13. Visa.",
            "La cuota de la visa y los gastos de trámite y de cruce fronterizo se le "
            "reembolsan completos en la primera semana.",
        ),
        (
            "14. Regreso.",
            "Si termina el contrato o lo despedimos antes sin causa, pagamos su regreso "
            "a Veracruz.",
        ),
        (
            "15. Terminación.",
            "Solo lo despediremos por causa justificada. Si falta 5 días "
            "laborables seguidos sin aviso, se considerará abandono y lo notificaremos al "
            "Departamento de Trabajo y al DHS, como exige la ley. No hay penalización por renunciar.",
        ),
        (
            "16. Fuerza mayor.",
            "Si un huracán, inundación, incendio u otra causa de fuerza mayor "
            "hace imposible seguir trabajando, el contrato puede terminar con aprobación del "
            "Departamento de Trabajo; le pagaremos la garantía hasta ese día y su regreso.",
        ),
    ]
    for lead, body in cl:
        para(pdf, f"{lead} {body}", size=S, after=3)
    ev["inbound_transportation"] = (
        2,
        "El transporte de Veracruz a Port Mirabel, el hospedaje y las "
        "comidas del camino se le reembolsan",
    )
    ev["visa_reimbursement"] = (
        2,
        "La cuota de la visa y los gastos de trámite y de cruce "
        "fronterizo se le reembolsan completos",
    )
    ev["return_transportation"] = (2, "pagamos su regreso a Veracruz")
    ev["termination"] = (
        2,
        "Si falta 5 días laborables seguidos sin aviso, se considerará abandono",
    )
    ev["contract_impossibility"] = (
        2,
        "Si un huracán, inundación, incendio u otra causa de fuerza mayor",
    )
    heading(pdf, "CALENDARIO DE REEMBOLSOS", size=10.5, color=PURPLE, before=2, after=3)
    rows = [
        ["Gasto", "Monto aprox.", "Quién lo adelanta", "Cuándo se le devuelve", "Comprobante"],
        [
            "Derechos de visa (MRV)",
            "205 dólares",
            "Usted",
            "Primera semana, completo",
            "Recibo del banco",
        ],
        ["Autobús Veracruz - Monterrey", "MXN 1,650", "Usted", "Primera semana", "Boleto"],
        [
            "Hotel en Monterrey (2 noches)",
            "MXN 1,900",
            "Talento Golfo, con fondos del parque",
            "No aplica: usted no paga",
            "-",
        ],
        [
            "Comidas del viaje",
            "16.34 dólares por día",
            "Usted",
            "Primera semana",
            "No se necesitan recibos",
        ],
        ["Cruce fronterizo (I-94)", "6 dólares", "Usted", "Primera semana", "Recibo"],
        [
            "Autobús Nuevo Laredo - Port Mirabel",
            "-",
            "El parque compra el boleto",
            "No aplica",
            "-",
        ],
        [
            "Pasaporte (si lo tramita por primera vez)",
            "MXN 1,620",
            "Usted",
            "Primera semana (el parque lo cubre aunque la ley no lo exige)",
            "Recibo",
        ],
        ["Regreso a Veracruz", "-", "El parque compra el boleto", "No aplica", "-"],
    ]
    table(
        pdf,
        rows,
        (2.1, 1.2, 1.5, 1.8, 1.2),
        size=7.9,
        head_fill=(226, 220, 240),
        zebra=(248, 246, 252),
        after=8,
    )
    # notice box
    y0 = pdf.get_y()
    pdf.set_draw_color(*PURPLE)
    pdf.set_line_width(1.2)
    x = pdf.l_margin
    pdf.set_xy(x + 10, y0 + 8)
    setfont(pdf, "Sans", "B", 9.5, PURPLE)
    pdf.cell(pdf.epw - 20, 12, "AVISO IMPORTANTE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x + 10)
    setfont(pdf, "Sans", "", 8.8)
    pdf.multi_cell(
        pdf.epw - 20,
        11.5,
        "Este empleo es sin costo alguno para usted. Talento Golfo Reclutamiento "
        "Internacional, S.C. recluta para el parque y el parque le paga sus honorarios; "
        "no se le cobrará ninguna cuota de inscripción, colocación ni trámite. Si "
        "alguien le pidió dinero, el parque se lo reembolsa completo y termina el "
        "contrato con quien se lo cobró. Usted guarda su pasaporte en todo momento.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y1 = pdf.get_y() + 8
    pdf.rect(x, y0, pdf.epw, y1 - y0)
    pdf.set_y(y1 + 8)
    sig_block(
        pdf,
        [
            ["Por el parque", "Marcy L. Dugas, Gerente de Recursos Humanos"],
            ["Acepto", "Joaquín Ramírez Chablé"],
        ],
        size=8.5,
    )
    meta = dict(
        file="cv11.pdf",
        program="h2b",
        language="es",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=["Talento Golfo Reclutamiento Internacional, S.C."],
        traps=[
            "cobrar a los visitantes la entrada de $35 y la cuota de estacionamiento de $10 is a "
            "job duty",
            "voluntary remittance to own account with written authorization, no cost",
            "free uniforms, vests, radios, tools without deposit",
            "lodge rooms at no cost; the lease deposit was paid by the park",
            "reimbursement calendar: visa 205 dólares, bus MXN 1,650, meals 16.34 dólares/día, "
            "I-94 6 dólares, passport MXN 1,620 advanced by the worker and repaid in the first "
            "week",
            "'No hay penalización por renunciar' (negated breach penalty)",
            "notice box: 'sin costo alguno', 'no se le cobrará ninguna cuota', refund promise, "
            "recruiter paid by the park",
            "abandonment notice to DOL/DHS (required, not blacklisting)",
        ],
        doc_type="offer_letter",
        layout="Letter; letterhead with accent bar; dated letter with numbered clauses; "
        "5-column reimbursement calendar; bordered notice box; signature block",
    )
    return pdf, meta


# ---------------------------------------------------------------------------------------
# cv12  generic (Colombia -> Spain), Spanish, compliant: contract form with checkbox cost grid
# ---------------------------------------------------------------------------------------
def build_cv12():
    BLUE = (20, 80, 150)

    def hdr(pdf):
        setfont(pdf, "Sans", "B", 9, BLUE)
        pdf.set_xy(pdf.l_margin, 22)
        pdf.cell(pdf.epw / 2, 10, "CALA SERENA HOSPITALITY, S.L.")
        setfont(pdf, "Sans", "", 7.5, (90, 90, 90))
        pdf.cell(pdf.epw / 2, 10, "CIF B-57384920 · Modelo CT-TEMP/2026", align="R")
        pdf.set_draw_color(*BLUE)
        pdf.set_line_width(0.5)
        pdf.rect(pdf.l_margin, 34, pdf.epw, 0.01)
        pdf.set_y(42)

    def ftr(pdf):
        setfont(pdf, "Sans", "", 7, (110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 30)
        pdf.cell(
            pdf.epw, 9, f"Ejemplar para la persona trabajadora · {pdf.page_no()}/{{nb}}", align="C"
        )

    pdf = Doc(
        fmt="A4",
        title="Contrato de trabajo de temporada",
        author="Cala Serena Hospitality",
        header_fn=hdr,
        footer_fn=ftr,
        lang="es",
        margin=48,
        bottom=50,
    )
    ev = {}

    def box(title):
        setfont(pdf, "Sans", "B", 8.8, (255, 255, 255))
        pdf.set_fill_color(*BLUE)
        pdf.cell(pdf.epw, 13, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(2)

    pdf.add_page()
    heading(
        pdf,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA - TEMPORADA TURÍSTICA 2026",
        size=11.5,
        color=BLUE,
        before=0,
        after=4,
    )
    box("1. DATOS DE LA EMPRESA")
    table(
        pdf,
        [
            ["Razón social: Cala Serena Hospitality, S.L.", "CIF: B-57384920"],
            [
                "Domicilio: Avenida de los Almendros 22, 07559 Punta Marina (Illes Balears), "
                "España",
                "Teléfono: +34 971 555 038",
            ],
        ],
        (2.6, 1),
        size=8.3,
        header=False,
        after=4,
    )
    box("2. DATOS DE LA PERSONA TRABAJADORA")
    table(
        pdf,
        [
            ["Nombre y apellidos: Yuliana Marcela Ortiz Benavides", "Pasaporte: AY4419027"],
            [
                "Domicilio: Carrera 9 # 21-48, Barrio Los Alpes, Pereira, Risaralda, Colombia",
                "Nacionalidad: colombiana",
            ],
        ],
        (2.6, 1),
        size=8.3,
        header=False,
        after=4,
    )
    ev["employer_identity"] = (
        1,
        "Avenida de los Almendros 22, 07559 Punta Marina (Illes Balears), España",
    )
    ev["worker_identity"] = (1, "Yuliana Marcela Ortiz Benavides")
    box("3. CONDICIONES DE TRABAJO")
    rows = [
        [
            "Puesto",
            "Camarera de pisos: limpieza y preparación de habitaciones, reposición de "
            "lencería y amenities, y apoyo ocasional en recepción, donde cobrará a los huéspedes el "
            "impuesto de turismo sostenible y la tarifa del parking.",
        ],
        [
            "Centro de trabajo",
            "Hotel Cala Serena, Avenida de los Almendros 22, Punta Marina, Mallorca",
        ],
        ["Duración", "Del 20 de abril de 2026 al 31 de octubre de 2026"],
        ["Jornada", "40 horas semanales, turnos de 8:00 a 16:00 con dos días de descanso"],
        ["Salario", "1.485,00 euros brutos al mes, más las pagas extraordinarias prorrateadas"],
        ["Horas extraordinarias", "Se pagan a 14,50 euros la hora o se compensan con descanso"],
        ["Forma de pago", "Mensual, por transferencia el último día hábil de cada mes, con nómina"],
        [
            "Deducciones",
            "Retención del IRPF y cotizaciones a la Seguridad Social a cargo de la "
            "persona trabajadora, según la ley",
        ],
        [
            "Regreso",
            "La empresa paga el billete de regreso Palma - Bogotá y el traslado a Pereira "
            "al terminar la temporada",
        ],
        [
            "Extinción",
            "Por fin de temporada, o por despido disciplinario conforme al Estatuto de "
            "los Trabajadores; preaviso de 15 días para ambas partes",
        ],
        ["Periodo de prueba", "15 días"],
        [
            "Vacaciones",
            "2,5 días naturales por mes trabajado, disfrutados durante la temporada o "
            "abonados en la liquidación final",
        ],
        [
            "Manutención",
            "Comida y cena en el comedor del personal, sin coste y sin descuento en nómina",
        ],
        [
            "Alojamiento",
            "Piso compartido en Calle Llevant 5, Punta Marina; alquiler y fianza a "
            "cargo de la empresa",
        ],
        ["Convenio", "Convenio colectivo de hostelería aplicable en las Illes Balears"],
    ]
    table(pdf, rows, (1.2, 4), size=8.3, header=False, first_col_bold=True, after=4)
    ev["job_duties"] = (1, "limpieza y preparación de habitaciones, reposición de lencería")
    ev["work_location"] = (
        1,
        "Hotel Cala Serena, Avenida de los Almendros 22, Punta Marina, Mallorca",
    )
    ev["employment_period"] = (1, "Del 20 de abril de 2026 al 31 de octubre de 2026")
    ev["hours_of_work"] = (1, "40 horas semanales, turnos de 8:00 a 16:00")
    ev["wage_rate"] = (1, "1.485,00 euros brutos al mes")
    ev["pay_frequency"] = (1, "Mensual, por transferencia el último día hábil de cada mes")
    ev["deductions"] = (1, "Retención del IRPF y cotizaciones a la Seguridad Social")
    ev["return_transportation"] = (1, "La empresa paga el billete de regreso Palma - Bogotá")
    ev["termination"] = (1, "preaviso de 15 días para ambas partes")

    pdf.add_page()
    box("4. CUADRO DE COSTES DE CONTRATACIÓN")
    para(
        pdf,
        "Marque con X quién asume cada coste. La empresa ha marcado todas las casillas de su "
        "columna.",
        size=8.3,
        after=3,
    )
    rows = [
        ["Coste", "Importe", "A cargo de la empresa", "A cargo de la persona trabajadora"],
        ["Visado nacional de temporada", "EUR 80", "☒", "☐"],
        ["Tasa de autorización de residencia y trabajo (modelo 790)", "EUR 16,08", "☒", "☐"],
        ["Certificado de antecedentes penales apostillado", "COP 45.000", "☒ (se reembolsa)", "☐"],
        ["Examen médico", "COP 180.000", "☒", "☐"],
        ["Billete de avión Bogotá - Palma", "EUR 780 aprox.", "☒", "☐"],
        ["Honorarios de Puentes Andinos Movilidad Laboral S.A.S.", "COP 1.200.000", "☒", "☐"],
        ["Alquiler y fianza del piso compartido, Calle Llevant 5", "EUR 380 / mes", "☒", "☐"],
        ["Uniforme y calzado de trabajo", "-", "☒", "☐"],
        ["Curso de prevención de riesgos laborales (en horario laboral)", "-", "☒", "☐"],
    ]
    table(
        pdf,
        rows,
        (3.2, 1.2, 1.2, 1.4),
        size=8.2,
        head_fill=(214, 226, 242),
        zebra=(246, 249, 253),
        after=6,
    )
    para(
        pdf,
        "Ninguno de estos costes se descontará del salario: la contratación es sin costo "
        "alguno para la persona trabajadora. Si pagó alguno de ellos por adelantado, la empresa "
        "se lo reembolsa en la primera nómina.",
        size=8.6,
        after=4,
    )
    para(
        pdf,
        "Puentes Andinos Movilidad Laboral S.A.S. (Bogotá) realizó la selección por encargo "
        "de la empresa y no puede cobrar nada a la persona trabajadora.",
        size=8.6,
        after=4,
    )
    box("5. OTRAS CLÁUSULAS")
    checks = [
        "La persona trabajadora conserva su pasaporte y su TIE en todo momento.",
        "No se exige fianza, depósito ni garantía a la persona trabajadora.",
        "La renuncia antes del fin de temporada no conlleva multa ni penalización.",
        "El alojamiento es libre: puede entrar y salir sin horarios.",
    ]
    for c in checks:
        setfont(pdf, "Sans", "", 8.6)
        pdf.cell(14, 12, "☒")
        pdf.multi_cell(pdf.epw - 14, 12, c, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "En Pereira, a 2 de marzo de 2026.", size=8.6, after=2)
    sig_block(
        pdf,
        [
            ["Por la empresa", "Bernat Oliver Ferrà, director de RR. HH."],
            ["La persona trabajadora", "Yuliana Marcela Ortiz Benavides"],
        ],
        size=8.5,
    )
    meta = dict(
        file="cv12.pdf",
        program="generic",
        language="es",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=["Puentes Andinos Movilidad Laboral S.A.S."],
        traps=[
            "'cobrará a los huéspedes el impuesto de turismo sostenible y la tarifa del parking' "
            "is a job duty",
            "'cotizaciones a la Seguridad Social a cargo de la persona trabajadora' is a statutory "
            "deduction",
            "checkbox cost grid: visa EUR 80, fee EUR 16,08, COP 45.000, COP 180.000, airfare, "
            "recruiter COP 1.200.000, rent and 'fianza' of the flat all ticked 'A cargo de la "
            "empresa'",
            "occupational-safety course in working hours paid by the company",
            "'sin costo alguno', refund in the first payslip",
            "negated fianza/deposit, negated fine for resigning, free to come and go",
            "overtime rate (not a fee)",
        ],
        doc_type="work_contract_form",
        layout="A4; form with colored section bars; bordered data grids; checkbox cost grid "
        "(☒/☐ columns); checked clause list; signature block",
    )
    return pdf, meta


# =======================================================================================
# Labels, verification, main
# =======================================================================================
def builders():
    g = globals()
    return [g[n] for n in sorted(g) if re.fullmatch(r"build_cv\d\d", n)]


def make_label(meta):
    prog = meta["program"]
    fees = []
    for f in meta["fees"]:
        d = {
            "category": f["category"],
            "severity": severity(prog, f["category"], f["passport_only"]),
            "page": f["page"],
            "amount": f["amount"],
            "currency": f["currency"],
            "quote": f["quote"],
        }
        if f["group"] is not None:
            d["group"] = f["group"]
        fees.append(d)
    missing = [t for t in REQUIRED[prog] if t not in meta["evidence"]]
    return {
        "file": meta["file"],
        "program": prog,
        "language": meta["language"],
        "scanned": meta["scanned"],
        "pages": meta["pages"],
        "fees": fees,
        "missing_terms": missing,
        "recruiters": meta["recruiters"],
        "traps": meta["traps"],
        "doc_type": meta["doc_type"],
        "layout": meta["layout"],
    }


def page_views(page):
    """Whitespace-normalised text views of one page: full text, the two half-page columns,
    and every table cell (bilingual columns and wrapped table cells interleave in the
    plain extraction)."""
    views = [("full", norm(page.extract_text() or ""))]
    mid = page.width / 2
    for name, bbox in (
        ("left column", (0, 0, mid, page.height)),
        ("right column", (mid, 0, page.width, page.height)),
    ):
        views.append((name, norm(page.crop(bbox).extract_text() or "")))
    for t in page.extract_tables():
        for row in t:
            for c in row:
                if c:
                    views.append(("table cell", norm(c)))
    return views


def find_in(views, s):
    s = norm(s)
    for name, v in views:
        if s in v:
            return name
    return None


def verify(out_dir, metas, labels):
    errors = []
    notes = []
    for meta, lab in zip(metas, labels):
        f = lab["file"]
        path = os.path.join(out_dir, f)
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            if len(pages) != lab["pages"]:
                errors.append(f"{f}: {len(pages)} pages, label says {lab['pages']}")
                continue
            views = []
            image_only = []
            for i, p in enumerate(pages, 1):
                nchars = len(p.chars)
                nimg = len(p.images)
                if nchars == 0:
                    image_only.append(i)
                    if nimg < 1:
                        errors.append(f"{f} p{i}: no text and no image")
                views.append(page_views(p) if nchars else [])
            # scanned pages
            want = sorted(meta.get("image_pages", []))
            if image_only != want:
                errors.append(f"{f}: image-only pages {image_only}, expected {want}")
            if lab["scanned"] != bool(want):
                errors.append(f"{f}: scanned flag {lab['scanned']} but image pages {want}")
            for i in want:
                p = pages[i - 1]
                if p.chars or p.extract_text():
                    errors.append(f"{f} p{i}: scanned page has a text layer")
                for im in p.images:
                    w_in = (im["x1"] - im["x0"]) / 72.0
                    dpi = im["srcsize"][0] / w_in
                    if dpi < 199:
                        errors.append(f"{f} p{i}: scan resolution {dpi:.0f} dpi < 200")
            # fee quotes
            for fe in lab["fees"]:
                pg = fe["page"]
                if pg in want or not (1 <= pg <= len(pages)):
                    errors.append(f"{f}: quote on page {pg} which is not a text page")
                    continue
                how = find_in(views[pg - 1], fe["quote"])
                if not how:
                    errors.append(f"{f} p{pg}: quote not found: {fe['quote'][:70]}")
                elif how != "full":
                    notes.append(f"{f} p{pg}: quote found via {how}: {fe['quote'][:60]}")
                q = norm(fe["quote"])
                if not re.search(r"[.!?]$", q) or re.search(r"[.!?] [A-ZÁÉÍÓÚÑ¿¡]", q[:-1]):
                    errors.append(f"{f}: quote is not exactly one sentence: {q[:60]}")
            # recruiters
            alltext = " ".join(v for pv in views for _, v in pv)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{f}: recruiter name not in text: {r}")
            # term evidence
            for term, (pg, s) in meta["evidence"].items():
                if term not in REQUIRED[lab["program"]] and term not in TERMS:
                    errors.append(f"{f}: unknown term {term}")
                if pg in want or not (1 <= pg <= len(pages)):
                    errors.append(f"{f}: evidence for {term} on non-text page {pg}")
                    continue
                how = find_in(views[pg - 1], s)
                if not how:
                    errors.append(f"{f} p{pg}: evidence for {term} not found: {s[:60]}")
                elif how != "full":
                    notes.append(f"{f} p{pg}: evidence for {term} via {how}")
            # taxonomy conformity
            for fe in lab["fees"]:
                if fe["category"] not in CATEGORIES:
                    errors.append(f"{f}: unknown category {fe['category']}")
                if fe["severity"] not in ("violation", "review"):
                    errors.append(f"{f}: bad severity {fe['severity']}")
                if fe["currency"] is not None and fe["currency"] not in CURRENCIES:
                    errors.append(f"{f}: bad currency {fe['currency']}")
                if fe["amount"] is not None and not isinstance(fe["amount"], (int, float)):
                    errors.append(f"{f}: bad amount {fe['amount']}")
                if (fe["amount"] is None) != (fe["currency"] is None):
                    errors.append(f"{f}: amount/currency mismatch")
            groups = {}
            for fe in lab["fees"]:
                if "group" in fe:
                    groups.setdefault(fe["group"], set()).add(fe["category"])
            for g, cats in groups.items():
                if len(cats) != 1:
                    errors.append(f"{f}: group {g} mixes categories {cats}")
            if not lab["traps"]:
                errors.append(f"{f}: no look-alikes noted")
    # batch mix
    if [l["file"] for l in labels] != [f"cv{i:02d}.pdf" for i in range(1, 13)]:
        errors.append("batch: files must be cv01..cv12")
    compliant = [l["file"] for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) != 6:
        errors.append(f"batch: {len(compliant)} compliant documents, want exactly 6")
    for l in labels:
        if l["file"] in compliant:
            continue
        clauses = len({fe.get("group", ("single", k)) for k, fe in enumerate(l["fees"])})
        if not 1 <= clauses <= 2:
            errors.append(f"{l['file']}: {clauses} finding clauses, want 1-2")
        if not 1 <= l["pages"] <= 4:
            errors.append(f"{l['file']}: {l['pages']} pages")
    for l in labels:
        if not 1 <= l["pages"] <= 4:
            errors.append(f"{l['file']}: {l['pages']} pages, want 1-4")
    if {l["program"] for l in labels} != {"h2a", "h2b", "generic"}:
        errors.append("batch: programs must include h2a, h2b and generic")
    if not {"en", "es", "mixed"} <= {l["language"] for l in labels}:
        errors.append("batch: languages must include en, es and mixed")
    if {l["language"] for l in labels} - {"en", "es", "mixed"}:
        errors.append("batch: language must be en, es or mixed")
    if sum(1 for l in labels if l["scanned"]) != 1:
        errors.append("batch: exactly one document must carry the scanned page")
    if sum(len(m.get("image_pages", [])) for m in metas) != 1:
        errors.append("batch: exactly one image-only page expected")
    return errors, notes


def dump_labels(labels):
    return json.dumps(labels, ensure_ascii=False, indent=1) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument(
        "--write-labels",
        action="store_true",
        help="rewrite the committed labels.json next to build.py",
    )
    args = ap.parse_args(argv)
    os.makedirs(args.out_dir, exist_ok=True)
    metas, labels = [], []
    for b in builders():
        pdf, meta = b()
        meta["image_pages"] = sorted(pdf.image_pages)
        pdf.output(os.path.join(args.out_dir, meta["file"]))
        metas.append(meta)
        labels.append(make_label(meta))
    text = dump_labels(labels)
    with open(os.path.join(args.out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    errors, notes = verify(args.out_dir, metas, labels)
    for n in notes:
        print("note ", n)
    for l in labels:
        print(
            f"{'OK  ' if not any(e.startswith(l['file']) for e in errors) else 'FAIL'} "
            f"{l['file']} {l['program']:7} {l['language']:5} pages={l['pages']} "
            f"fees={len(l['fees'])} missing={len(l['missing_terms'])}"
            f"{' scanned' if l['scanned'] else ''}"
        )
    committed = os.path.join(HERE, "labels.json")
    if args.write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {committed}")
    else:
        try:
            with open(committed, encoding="utf-8") as fh:
                old = fh.read()
        except FileNotFoundError:
            old = None
        if old != text:
            errors.append(
                "labels differ from the committed labels.json "
                "(run with --write-labels after reviewing)"
            )
    for e in errors:
        print("ERROR", e)
    print(f"documents: {len(labels)}, errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
