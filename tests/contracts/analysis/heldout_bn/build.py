#!/usr/bin/env python3
"""Held-out batch "bn": twelve recruitment / employment documents with labels.

Usage:  python build.py OUT_DIR

Writes bn01.pdf ... bn12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks page counts, fee quotes on their labelled pages, the
image-only scanned page, and the printed recruiter names.  Exits non-zero on any
mismatch.  Output is deterministic (fixed creation date, fixed random seeds).
"""

import io
import json
import math
import os
import re
import sys
import unicodedata
from datetime import UTC, datetime

import numpy as np
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CREATED = datetime(2026, 2, 9, 10, 30, 0, tzinfo=UTC)
SEED = 20260209

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "DejaVu": (
        DJ,
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "DejaVuCond": (
        DJ,
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "DejaVuSerif": (
        DJ,
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "DejaVuSerifCond": (
        DJ,
        "DejaVuSerifCondensed.ttf",
        "DejaVuSerifCondensed-Bold.ttf",
        "DejaVuSerifCondensed-Italic.ttf",
        "DejaVuSerifCondensed-BoldItalic.ttf",
    ),
    "LibSans": (
        LB,
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "LibSerif": (
        LB,
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    "LibNarrow": (
        LB,
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "Noto": (
        NT,
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf",
    ),
}
if not os.path.exists(NT + "NotoSans-Regular.ttf"):
    FONT_FILES["Noto"] = FONT_FILES["DejaVu"]

# ---------------------------------------------------------------------------
# taxonomy facts used by the self-check
# ---------------------------------------------------------------------------
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
CURRENCIES = {"USD", "MXN", "NPR", "QAR", "TWD", "IDR", "CAD", "EUR", "HNL", "PLN", "COP"}


def expected_severity(category, program):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    return "violation"


def fee(category, severity, page, amount, currency, quote):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


def label(
    file, program, language, scanned, pages, fees, missing, recruiters, traps, doc_type, layout
):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        body="DejaVu",
        head=None,
        size=10.0,
        margins=(20, 22, 20),
        bottom=18,
        title="",
        author="",
        extra_fonts=(),
    ):
        super().__init__(format=fmt, unit="mm")
        fams = {body, head or body, *extra_fonts}
        for fam in sorted(fams):
            d, r, b, i, bi = FONT_FILES[fam]
            self.add_font(fam, "", d + r)
            self.add_font(fam, "B", d + b)
            self.add_font(fam, "I", d + i)
            self.add_font(fam, "BI", d + bi)
        self.body = body
        self.head = head or body
        self.size = size
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(CREATED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout batch bn")
        self.set_producer("fpdf2")
        self.hdr = None
        self.ftr = None
        self.scan_pages = set()
        self.set_text_color(0, 0, 0)

    # header / footer dispatch ------------------------------------------------
    def header(self):
        if self.page_no() in self.scan_pages or self.hdr is None:
            return
        self.hdr(self)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)

    def footer(self):
        if self.page_no() in self.scan_pages or self.ftr is None:
            return
        self.ftr(self)
        self.set_text_color(0, 0, 0)

    # text --------------------------------------------------------------------
    def lh(self, size=None):
        return (size or self.size) * 0.46

    def font(self, style="", size=None, fam=None):
        self.set_font(fam or self.body, style, size or self.size)

    def para(
        self,
        text,
        style="",
        size=None,
        align="L",
        indent=0,
        after=1.6,
        md=True,
        fam=None,
        color=None,
        lh=None,
        fill=None,
        border=0,
        padding=0,
    ):
        self.font(style, size, fam)
        if color:
            self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            lh or self.lh(size),
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            fill=bool(fill),
            border=border,
            padding=padding,
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def heading(
        self,
        text,
        size=None,
        style="B",
        before=2.0,
        after=1.2,
        color=None,
        fam=None,
        align="L",
        fill=None,
    ):
        if before:
            self.ln(before)
        self.font(style, size or self.size + 1.5, fam or self.head)
        if color:
            self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            self.epw,
            self.lh(size or self.size + 1.5) + 0.6,
            text,
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            fill=bool(fill),
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def item(
        self, marker, text, indent=0, mw=7, size=None, style="", after=1.0, align="L", md=True
    ):
        """Hanging-indent list item (numbered clause or bullet)."""
        self.font(style, size)
        x = self.l_margin + indent
        self.set_x(x)
        y = self.get_y()
        self.font("B" if marker.strip() not in ("•", "–", "-") else "", size)
        self.cell(mw, self.lh(size), marker)
        self.set_xy(x + mw, y)
        self.font(style, size)
        self.multi_cell(
            self.epw - indent - mw,
            self.lh(size),
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if after:
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        head=True,
        size=None,
        fill=(226, 232, 240),
        align="LEFT",
        first_bold=False,
        borders="ALL",
        lh=None,
        head_color=None,
        zebra=None,
        fam=None,
        after=2.5,
        width=None,
    ):
        self.font("", size, fam)
        hs = FontFace(emphasis="BOLD", fill_color=fill, color=head_color)
        kwargs = dict(
            col_widths=widths,
            width=width or self.epw,
            text_align=align,
            line_height=lh or self.lh(size) + 0.5,
            first_row_as_headings=head,
            headings_style=hs,
            borders_layout=borders,
            padding=(1.1, 1.4),
        )
        if zebra:
            kwargs["cell_fill_color"] = zebra
            kwargs["cell_fill_mode"] = "ROWS"
        with self.table(**kwargs) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if first_bold and j == 0 and not (head and r is rows[0]):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        if after:
            self.ln(after)

    def scribble(self, x, y, w, seed):
        """A deterministic pen-like signature stroke."""
        rng = np.random.default_rng(seed)
        pts = []
        n = 40
        a1, a2 = rng.uniform(1.2, 2.2), rng.uniform(3.0, 5.0)
        ph = rng.uniform(0, 3)
        for k in range(n):
            t = k / (n - 1)
            px = x + t * w
            py = (
                y
                - 2.2
                - 1.6 * math.sin(t * a2 * math.pi + ph) * (1 - t * 0.5)
                - 0.8 * math.sin(t * a1 * 7)
            )
            pts.append((px, py))
        self.set_draw_color(30, 40, 110)
        self.set_line_width(0.35)
        self.polyline(pts)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)

    def sigs(self, cols, gap=16, size=8.5, signed=(), box=None, slots=None):
        """Signature lines side by side.  cols: list of (caption, text)."""
        n = max(len(cols) + (1 if box else 0), slots or 0)
        sp = 7
        w = (self.epw - sp * (n - 1)) / n
        if self.get_y() + gap + 20 > self.h - self.b_margin:
            self.add_page()
        self.ln(gap)
        y = self.get_y()
        bottom = y
        for i, (cap, txt) in enumerate(cols):
            x = self.l_margin + i * (w + sp)
            if i in signed:
                self.scribble(x + 4, y, w * 0.6, seed=SEED + i * 17 + int(y))
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 0.8)
            self.font("B", size)
            self.multi_cell(w, self.lh(size), cap, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.set_x(x)
            self.font("", size)
            self.multi_cell(w, self.lh(size), txt, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            bottom = max(bottom, self.get_y())
        if box:
            x = self.l_margin + len(cols) * (w + sp)
            bw = min(w, 28)
            self.rect(x, y - 24, bw, 24)
            self.set_xy(x, y + 0.8)
            self.font("", size)
            self.cell(bw, self.lh(size), box, align="C")
        self.set_y(bottom + 2)


def band_header(left, right, color, height=14, size=11, right_size=8.5, fam=None):
    def h(pdf):
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, pdf.w, height, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(fam or pdf.head, "B", size)
        pdf.set_xy(pdf.l_margin, height / 2 - 3)
        pdf.cell(pdf.epw * 0.6, 6, left)
        pdf.set_font(fam or pdf.head, "", right_size)
        pdf.set_xy(pdf.l_margin + pdf.epw * 0.5, height / 2 - 3)
        pdf.cell(pdf.epw * 0.5, 6, right, align="R")
        pdf.set_y(height + 6)

    return h


def text_footer(fmt_text, size=7.5, color=(110, 110, 110), align="C", rule=False):
    def f(pdf):
        pdf.set_y(-13)
        if rule:
            pdf.set_draw_color(170, 170, 170)
            pdf.line(pdf.l_margin, pdf.get_y() - 1.5, pdf.w - pdf.r_margin, pdf.get_y() - 1.5)
        pdf.set_font(pdf.body, "", size)
        pdf.set_text_color(*color)
        pdf.cell(0, 5, fmt_text.format(n=pdf.page_no()), align=align)

    return f


# ---------------------------------------------------------------------------
# bn01  H-2A job order, apples, Washington (EN)
# ---------------------------------------------------------------------------
def bn01(path):
    pdf = Doc(
        "Letter",
        body="DejaVu",
        size=9.6,
        margins=(19, 22, 19),
        title="H-2A job order WA-2026-41877",
        author="Pine Hollow Fruit Company LLC",
    )
    green = (38, 104, 62)
    pdf.hdr = band_header(
        "PINE HOLLOW FRUIT COMPANY LLC", "H-2A Clearance Order WA-2026-41877", green
    )
    pdf.ftr = text_footer(
        "Pine Hollow Fruit Company LLC · Job order WA-2026-41877 · Page {n} of 3", rule=True
    )

    q_housing = (
        "A housing utility fee of $18.50 per week is deducted from each paycheck "
        "for electricity and propane used at the camp."
    )
    q_ladder = (
        "A ladder broken through misuse will be charged to the worker responsible "
        "at replacement cost."
    )
    q_black = (
        "Workers who file complaints with outside agencies instead of using the "
        "orchard's grievance box will be placed on the do-not-return list for "
        "future seasons."
    )

    def sec(t):
        pdf.heading(t, size=10.6, color=green, before=2.2, after=0.8)

    # page 1 ------------------------------------------------------------------
    pdf.add_page()
    pdf.heading("AGRICULTURAL JOB ORDER AND WORK CONTRACT", size=14.5, before=0, after=0.5)
    pdf.para(
        "Temporary agricultural employment under the H-2A program (20 CFR part 655, subpart B)",
        style="I",
        size=9,
        color=(80, 80, 80),
    )
    pdf.para(
        "This job order is also the work contract between the employer named below and "
        "each worker hired under it, including workers recruited in Mexico and U.S. "
        "workers who apply in response to it. A copy in Spanish is given to every worker "
        "from Mexico no later than the time the visa is applied for."
    )
    sec("1. EMPLOYER")
    for t in [
        "Legal name: Pine Hollow Fruit Company LLC",
        "Address: 1877 Dry Gulch Road, Brewster, Washington 98812",
        "Telephone: (509) 555-0143 · Contact: Margaret Ellingson, Owner",
    ]:
        pdf.item("•", t, indent=2, mw=5, after=0.4)
    sec("2. THE OFFER AT A GLANCE")
    for t in [
        "**Job title:** Farmworker, apple harvest (SOC 45-2092)",
        "**Number of workers:** 62",
        "**Period of employment:** August 17, 2026 through November 6, 2026",
        "**Hours:** 40 hours per week, Monday to Saturday, normally 6:30 a.m. to "
        "3:00 p.m.; Sunday off",
        "**Pay:** $19.97 per hour, or $34.00 per bin when bin earnings are higher for "
        "the pay period",
        "**Payday:** every Friday (weekly)",
    ]:
        pdf.item("•", t, indent=2, mw=5, after=0.4)
    sec("3. JOB DUTIES")
    pdf.para(
        "Hand-pick apples from trees using ladders and picking bags; pick by color and "
        "size as instructed; place fruit gently in field bins without bruising; move and "
        "set orchard ladders of 10 and 12 feet; remove leaves and sticks from bins. Some "
        "workers will be assigned to the packing shed, where they place full bins on the "
        "bin feeder and keep the feeder conveyor clear of spilled fruit. Work is outdoors "
        "in heat, cold, dust and rain."
    )
    sec("4. REQUIREMENTS")
    pdf.para(
        "Three months of experience hand-harvesting tree fruit (apples, pears or "
        "cherries). Workers must be able to climb and work from 12-foot ladders and carry "
        "a full picking bag of about 40 pounds. No education, certificate or test is "
        "required, and no one will be asked to pay for any screening."
    )
    sec("5. PLACES OF WORK (Okanogan County, Washington)")
    pdf.grid(
        [
            ["Block", "Location", "Crop / task"],
            ["Home Ranch", "1877 Dry Gulch Road, Brewster, WA 98812", "Gala, Honeycrisp"],
            ["Swamp Creek", "412 Swamp Creek Road, Brewster, WA 98812", "Fuji, Granny Smith"],
            ["Paradise Hill", "88 Paradise Hill Road, Pateros, WA 98846", "Cosmic Crisp"],
            ["Packing shed", "1901 Dry Gulch Road, Brewster, WA 98812", "Bin handling and sorting"],
        ],
        widths=(26, 58, 36),
        size=9,
        fill=(214, 232, 218),
    )

    # page 2 ------------------------------------------------------------------
    pdf.add_page()
    sec("6. WAGE RATE AND ADJUSTMENTS")
    pdf.para(
        "The employer will pay at least the highest of the adverse effect wage rate "
        "(AEWR), the prevailing wage, the agreed-upon collective bargaining wage, or the "
        "federal or state minimum wage in effect when the work is done. The current "
        "offered rate is $19.97 per hour. If a higher AEWR or minimum wage is published "
        "during the contract, the higher rate will be paid from its effective date. When "
        "a worker is paid by the bin, the pay for the week is raised to the hourly rate "
        "if the bin earnings fall short."
    )
    sec("7. PAYMENT AND DEDUCTIONS")
    pdf.para(
        "Wages are paid weekly, every Friday, by check or direct deposit at the worker's "
        "choice. The employer will make only the following deductions: (a) federal income "
        "tax if the worker asks for withholding in writing; (b) voluntary deductions the "
        "worker authorizes in writing, such as money transfers home; (c) the housing "
        "utility fee described below."
    )
    pdf.para(q_housing)
    sec("8. THREE-FOURTHS GUARANTEE")
    pdf.para(
        "The employer guarantees to offer each worker employment for a total number of "
        "work hours equal to at least three-fourths (3/4) of the workdays of the contract "
        "period, counted from the first workday after arrival to the end date above. If "
        "the employer offers fewer hours, it will pay the amount the worker would have "
        "earned for the guaranteed hours."
    )
    sec("9. HOUSING AND KITCHENS")
    pdf.para(
        "Housing is provided at no cost to workers who are not reasonably able to return "
        "to their residence the same day, at the Pine Hollow Labor Camp, 1901 Dry Gulch "
        "Road, Brewster, WA 98812 (capacity 70, licensed by the Washington State "
        "Department of Health). Each cabin sleeps four and has beds, mattresses, heat and "
        "a locking door; no deposit is taken for bedding or keys."
    )
    pdf.para(
        "Meals are not provided. Each cabin block has a kitchen with stoves, "
        "refrigerators, sinks and cooking utensils that workers use free of charge."
    )
    sec("10. TRANSPORTATION")
    for t in [
        "**To the job:** the employer advances or reimburses the cost of transportation "
        "and daily subsistence from the place of recruitment in Mexico to the camp, no "
        "later than when the worker completes 50 percent of the contract period. Workers "
        "whose first week's pay falls below the minimum wage because of these costs are "
        "reimbursed in the first workweek.",
        "**Home:** workers who complete the contract, or who are dismissed for reasons "
        "other than cause, receive return transportation and subsistence to the place of "
        "recruitment.",
        "**Daily:** free transportation in employer buses between the camp and every "
        "block listed in section 5.",
    ]:
        pdf.item("•", t, indent=2, mw=5, after=0.8)
    sec("11. TOOLS AND SUPPLIES")
    pdf.para(
        "Ladders, picking bags, bins, gloves and all other tools and supplies needed for "
        "the work are provided by the employer at no cost to the worker."
    )
    sec("12. EARNINGS STATEMENTS")
    pdf.para(
        "On or before each payday the worker receives a written statement showing hours "
        "offered and hours worked, bins picked, the hourly and bin rates, total earnings, "
        "each deduction with its reason, and net pay, together with the employer's name, "
        "address and tax number."
    )

    # page 3 ------------------------------------------------------------------
    pdf.add_page()
    sec("13. ABANDONMENT AND DISCHARGE")
    pdf.para(
        "A worker who fails to report for work for five consecutive working days without "
        "the employer's consent is considered to have abandoned the job. A worker may be "
        "discharged for cause, such as violence, theft or repeated refusal to follow "
        "safety instructions, after a written warning. In either case the employer will "
        "notify the Department of Labor and DHS within two working days, and the "
        "three-fourths guarantee and the return trip are no longer owed."
    )
    sec("14. ORCHARD RULES")
    for t in [
        "Picking bags must be emptied into bins by lowering the bag, never by dropping fruit.",
        q_ladder,
        q_black,
        "Smoking is not allowed in the bin yard or inside the packing shed.",
    ]:
        pdf.item("•", t, indent=2, mw=5, after=0.8)
    sec("15. RECRUITMENT")
    pdf.para(
        "Pine Hollow Fruit Company recruits in Mexico through Enlace Agrícola del Valle "
        "de Santiago, S.C., of Valle de Santiago, Guanajuato. The employer pays all of the "
        "recruiter's fees and has forbidden it, in a written contract, from charging "
        "workers anything. Workers keep their own passports and visas at all times."
    )
    sec("16. EMPLOYER CERTIFICATION")
    pdf.para(
        "I certify that the terms above are the actual terms and conditions of employment "
        "offered and that the employer will comply with them for the whole contract "
        "period."
    )
    pdf.sigs(
        [
            ("Margaret Ellingson, Owner", "For Pine Hollow Fruit Company LLC\nMay 28, 2026"),
            ("Worker", "Name and date"),
        ],
        signed=(0,),
    )
    pdf.output(path)
    return label(
        "bn01.pdf",
        "h2a",
        "en",
        False,
        3,
        [
            fee("housing_charge", "violation", 2, 18.50, "USD", q_housing),
            fee("damage_chargeback", "review", 3, None, None, q_ladder),
            fee("blacklisting_threat", "violation", 3, None, None, q_black),
        ],
        ["workers_compensation", "contract_impossibility"],
        ["Enlace Agrícola del Valle de Santiago, S.C."],
        [
            "'bin feeder' and 'feeder conveyor' are job words, not fees",
            "housing at no cost; no deposit for bedding or keys",
            "free kitchens (meals not provided)",
            "inbound travel advanced or reimbursed; return trip paid",
            "ladders, picking bags and tools at no cost",
            "no one pays for screening (negated charge)",
            "recruiter paid by the employer and forbidden to charge workers (negated recruitment fee)",
            "workers keep their passports and visas (negated retention)",
        ],
        "job_order",
        "single column, letter; green header band; bulleted offer summary; gridded worksite "
        "table; numbered sections; signature lines",
    )


# ---------------------------------------------------------------------------
# bn02  H-2A work contract, onions, Georgia (ES)  -- compliant
# ---------------------------------------------------------------------------
def bn02(path):
    pdf = Doc(
        "Letter",
        body="LibSans",
        size=10,
        margins=(20, 20, 20),
        title="Contrato H-2A GA-2026-10452",
        author="Ogeechee Sweet Onion Farms, LLC",
    )

    def hdr(p):
        p.set_font("LibSans", "B", 11)
        p.set_text_color(120, 70, 20)
        p.set_xy(p.l_margin, 9)
        p.cell(p.epw * 0.6, 6, "OGEECHEE SWEET ONION FARMS, LLC")
        p.set_font("LibSans", "I", 8)
        p.set_text_color(90, 90, 90)
        p.set_xy(p.l_margin + p.epw * 0.4, 9)
        p.cell(p.epw * 0.6, 6, "Contrato H-2A · copia en español del trabajador", align="R")
        p.set_draw_color(120, 70, 20)
        p.set_line_width(0.6)
        p.line(p.l_margin, 16, p.w - p.r_margin, 16)
        p.set_line_width(0.2)
        p.set_y(21)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Contrato H-2A GA-2026-10452 · página {n} de 2")

    pdf.add_page()
    pdf.heading(
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)", size=14, before=0, align="C", after=1
    )
    pdf.para(
        "Este contrato es la traducción al español de la orden de trabajo GA-2026-10452 "
        "aprobada por el Departamento de Trabajo de los Estados Unidos. Si usted no recibe "
        "una orden de trabajo por separado, este documento es su contrato.",
        size=9.5,
        align="C",
    )
    pdf.para("**Trabajador:** Fortino Cruz Villalobos, de San Luis de la Paz, Guanajuato.", size=10)
    pdf.grid(
        [
            ["Concepto", "Lo que le ofrecemos"],
            [
                "Empleador",
                "Ogeechee Sweet Onion Farms, LLC, 2716 Collins Cemetery Road, "
                "Lyons, Georgia 30436, EE. UU.",
            ],
            ["Puesto", "Trabajador agrícola en cebolla dulce"],
            [
                "Lugar de trabajo",
                "Campos de la empresa en los condados de Toombs y Tattnall, "
                "Georgia, y la empacadora de 2716 Collins Cemetery Road",
            ],
            ["Periodo", "Del 6 de abril al 26 de junio de 2026"],
            [
                "Horario",
                "40 horas por semana, de lunes a sábado, de 7:00 a 15:30 con media hora para comer",
            ],
            [
                "Salario",
                "$14.89 por hora, o $1.15 por costal de 50 libras cuando el pago por "
                "costal sea mayor",
            ],
            ["Día de pago", "Cada semana, los viernes"],
        ],
        widths=(32, 108),
        size=9.5,
        fill=(244, 228, 205),
        first_bold=True,
    )

    clauses = [
        (
            "1.",
            "**Tareas.** Cortar a mano la raíz y el tallo de la cebolla con tijeras, llenar "
            "costales de 50 libras, cargarlos en remolques y clasificar cebolla en la banda "
            "de la empacadora. Hay una cuota mínima de producción de 25 costales por día "
            "después de la primera semana; quien no la alcance recibe capacitación, no un "
            "descuento.",
        ),
        (
            "2.",
            "**Requisitos.** No se requiere experiencia. Usted debe poder levantar y cargar "
            "50 libras de forma repetida y trabajar de pie bajo el sol.",
        ),
        (
            "3.",
            "**Salario más alto.** La empresa pagará siempre la tarifa más alta entre el "
            "AEWR, el salario prevaleciente, el salario de convenio colectivo y el salario "
            "mínimo federal o estatal vigente. Si durante el contrato se publica una tarifa "
            "más alta, se pagará desde la fecha en que entre en vigor.",
        ),
        (
            "4.",
            "**Deducciones.** Solo se descontará el impuesto federal o estatal sobre la "
            "renta si usted lo pide por escrito, y las deducciones voluntarias que usted "
            "autorice por escrito. Los salarios H-2A no pagan Seguro Social (FICA). No se "
            "descuenta nada por vivienda, transporte, herramientas ni reclutamiento.",
        ),
        (
            "5.",
            "**Garantía de tres cuartas partes.** La empresa le ofrecerá trabajo por al "
            "menos tres cuartas partes (3/4) de los días hábiles del periodo del contrato. "
            "Si le ofrece menos horas, le pagará la diferencia.",
        ),
        (
            "6.",
            "**Vivienda.** Vivienda gratuita, sin depósito, en el campamento Altamaha, 3150 "
            "Highway 280 West, Reidsville, Georgia 30453, con camas, colchones, regaderas y "
            "lavadoras.",
        ),
        (
            "7.",
            "**Comidas.** No se dan comidas. Cada casa tiene cocina con estufa, refrigerador "
            "y utensilios que usted usa gratis.",
        ),
        (
            "8.",
            "**Viaje de ida.** La empresa compra su boleto de autobús de Monterrey a Lyons y "
            "le paga los viáticos diarios del camino; también le reembolsa en la primera "
            "semana el derecho de visa de 205 dólares y el cruce fronterizo.",
        ),
    ]
    for m, t in clauses:
        pdf.item(m, t, mw=7, after=1.2, align="J")

    pdf.add_page()
    clauses2 = [
        (
            "9.",
            "**Viaje de regreso.** Si usted termina el contrato, o si la empresa lo despide "
            "sin causa, la empresa le paga el autobús de regreso a Monterrey y los "
            "viáticos.",
        ),
        (
            "10.",
            "**Transporte diario.** Gratis, en camionetas de la empresa con licencia y "
            "seguro, entre el campamento y los campos.",
        ),
        (
            "11.",
            "**Herramientas.** La empresa le da tijeras, guantes, costales y todo lo "
            "necesario sin costo y sin depósito.",
        ),
        (
            "12.",
            "**Seguro de accidentes.** Usted está cubierto por el seguro de compensación "
            "del trabajador de Georgia (póliza WC-88-310427), pagado por la empresa.",
        ),
        (
            "13.",
            "**Comprobante de pago.** Cada viernes recibe un talón con las horas ofrecidas "
            "y trabajadas, los costales, la tarifa, el total ganado, cada descuento y el "
            "pago neto.",
        ),
        (
            "14.",
            "**Terminación.** Si usted falta cinco días hábiles seguidos sin permiso, se "
            "considera abandono del trabajo. La empresa solo puede despedirlo por causa "
            "justificada y se lo explicará por escrito.",
        ),
        (
            "15.",
            "**Si el trabajo se vuelve imposible.** Si un huracán, una inundación, una "
            "helada u otro desastre natural impide seguir el trabajo, la empresa puede "
            "terminar el contrato con la aprobación del Departamento de Trabajo, pero le "
            "pagará la garantía de 3/4 hasta esa fecha y el viaje de regreso, y le ayudará "
            "a buscar otro empleo H-2A.",
        ),
        (
            "16.",
            "**Sus derechos.** Nadie puede cobrarle por este empleo. La empresa paga todos "
            "los honorarios de Reclutamiento Agrícola Costa Chica, S.C., y ni esa agencia "
            "ni ninguna otra persona puede pedirle dinero. Usted guarda su pasaporte y su "
            "visa. Puede renunciar sin pagar ninguna penalización, y puede quejarse ante el "
            "Departamento de Trabajo sin que lo pongan en ninguna lista.",
        ),
    ]
    for m, t in clauses2:
        pdf.item(m, t, mw=8, after=1.2, align="J")
    pdf.ln(2)
    pdf.para("Firmado en Lyons, Georgia, el 2 de marzo de 2026, en dos ejemplares.", size=9.5)
    pdf.sigs(
        [
            ("Por el empleador", "Carlton Wade Griner, gerente\nOgeechee Sweet Onion Farms, LLC"),
            ("El trabajador", "Fortino Cruz Villalobos"),
        ],
        signed=(0, 1),
    )
    pdf.output(path)
    return label(
        "bn02.pdf",
        "h2a",
        "es",
        False,
        2,
        [],
        [],
        ["Reclutamiento Agrícola Costa Chica, S.C."],
        [
            "'cuota mínima de producción' is a production quota, not a fee",
            "no discount for missing the quota (training instead)",
            "negated deductions for housing, transport, tools and recruitment",
            "no FICA on H-2A wages",
            "vivienda gratuita, sin depósito (h2a)",
            "free kitchen (meals not provided)",
            "bus ticket and per diem paid; visa fee of 205 dólares and border crossing reimbursed",
            "tools free, no deposit",
            "nobody may charge for the job; recruiter paid by the employer",
            "worker keeps passport and visa (negated retention)",
            "no penalty for quitting; no list for complaining (negated)",
        ],
        "work_contract",
        "single column, letter; rule-line header; gridded summary table; numbered clauses "
        "with bold lead-ins; signature lines",
    )


# ---------------------------------------------------------------------------
# bn03  H-2A recruiter enrolment sheet, tobacco, Kentucky (ES)
# ---------------------------------------------------------------------------
def bn03(path):
    pdf = Doc(
        "Letter",
        body="LibSerif",
        size=10.6,
        margins=(22, 20, 22),
        title="Hoja de inscripción ODN-2026-0093",
        author="Oportunidades del Norte Reclutamiento Agrícola",
    )

    def hdr(p):
        p.set_font("LibSerif", "B", 12.5)
        p.set_xy(p.l_margin, 9)
        p.cell(p.epw, 6, "OPORTUNIDADES DEL NORTE RECLUTAMIENTO AGRÍCOLA, S.A. DE C.V.", align="C")
        p.set_font("LibSerif", "", 8.5)
        p.set_xy(p.l_margin, 15)
        p.cell(
            p.epw,
            4.5,
            "Av. Hidalgo 415, Centro, Fresnillo, Zacatecas · Tel. 493 555 0182 "
            "· WhatsApp 493 555 0197",
            align="C",
        )
        p.set_line_width(0.5)
        p.line(p.l_margin, 21, p.w - p.r_margin, 21)
        p.set_line_width(0.2)
        p.line(p.l_margin, 22, p.w - p.r_margin, 22)
        p.set_y(26)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Hoja ODN-2026-0093 · pág. {n}/2", align="R")

    q_fee = (
        "Para apartar su lugar en la lista de la temporada, EL ASPIRANTE cubrirá una "
        "aportación de 8 500 pesos por gastos de gestión"
    )
    q_visa = (
        "El derecho de visa de 205 dólares lo paga EL ASPIRANTE directamente en el banco "
        "y la granja no lo devuelve."
    )
    q_travel = (
        "El pasaje de Fresnillo a Monterrey y el hotel durante la cita consular, unos "
        "MXN 1,800, corren por cuenta de EL ASPIRANTE."
    )
    q_loan = (
        "Si EL ASPIRANTE no reúne la cantidad, LA AGENCIA le presta lo que falte y la "
        "granja se lo descuenta de sus cheques, con un interés del diez por ciento "
        "mensual, hasta liquidarlo."
    )

    pdf.add_page()
    pdf.heading("HOJA DE INSCRIPCIÓN Y CARTA COMPROMISO", size=13.5, before=0, align="C", after=0)
    pdf.heading(
        "Temporada 2026 · Visa H-2A (trabajo agrícola en Estados Unidos)",
        size=10.5,
        style="I",
        before=0.5,
        align="C",
        after=2,
    )
    pdf.para(
        "Oportunidades del Norte Reclutamiento Agrícola, S.A. de C.V. (en adelante, LA "
        "AGENCIA) inscribe a la persona cuyos datos aparecen abajo (EL ASPIRANTE) en la "
        "lista de trabajadores que propondrá a la granja que se indica, conforme a lo "
        "siguiente.",
        align="J",
    )
    pdf.heading("I. DATOS DEL ASPIRANTE", size=10.8, before=1, after=1)
    pdf.grid(
        [
            ["Nombre", "Eusebio Carrillo Manjarrez", "CURP", "CAME900314HZSRNS08"],
            ["Municipio", "Valparaíso, Zacatecas", "Teléfono", "457 555 0146"],
        ],
        widths=(20, 55, 17, 48),
        head=False,
        size=9.6,
        first_bold=True,
    )
    pdf.heading("II. DATOS DEL EMPLEO", size=10.8, before=0, after=1)
    pdf.grid(
        [
            ["Concepto", "Condiciones"],
            [
                "Empresa",
                "Bluegrass Leaf Partners LLC, 880 Old Pike Road, Carlisle, Kentucky 40311, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador agrícola de tabaco: trasplante, desyerbe, corte, ensarte "
                "en lanzas y colgado en graneros",
            ],
            ["Lugar", "Granjas de la empresa en los condados de Nicholas y Bourbon, Kentucky"],
            ["Periodo", "Del 4 de mayo al 16 de octubre de 2026"],
            ["Horario", "Lunes a sábado, 40 horas por semana"],
            ["Salario", "$16.23 dólares por hora"],
            ["Pago", "Cada semana, los viernes"],
            ["Descuentos", "Impuestos que correspondan y lo indicado en la sección III"],
            ["Vivienda", "Casa de trabajadores en la granja, sin renta"],
            ["Transporte", "Gratis, en camioneta de la granja, de la casa al campo"],
            ["Herramientas", "Cuchillos, lanzas y guantes sin costo"],
            [
                "Regreso",
                "La granja paga el autobús de regreso a Zacatecas al terminar la temporada",
            ],
            [
                "Requisitos",
                "Experiencia en tabaco u hortalizas; pasaporte vigente; saber "
                "usar cuchillo de corte",
            ],
        ],
        widths=(28, 112),
        size=9.6,
        fill=(225, 225, 225),
        first_bold=True,
    )
    pdf.heading("III. CONDICIONES DE INSCRIPCIÓN", size=10.8, before=0, after=1)
    pdf.item("1.", q_fee + ", que no es reembolsable si no se presenta a la cita.", mw=7, align="J")
    pdf.item("2.", q_visa, mw=7, align="J")

    pdf.add_page()
    pdf.item("3.", q_travel, mw=7, align="J")
    pdf.item("4.", q_loan, mw=7, align="J")
    pdf.item(
        "5.",
        "LA AGENCIA no se queda con el pasaporte de EL ASPIRANTE; él lo conserva en "
        "todo momento y solo entrega una copia.",
        mw=7,
        align="J",
    )
    pdf.item("6.", "El examen médico lo paga la granja al llegar a Kentucky.", mw=7, align="J")
    pdf.item(
        "7.",
        "LA AGENCIA avisará por WhatsApp la fecha de la cita consular con al menos "
        "cinco días de anticipación.",
        mw=7,
        align="J",
    )
    pdf.item(
        "8.",
        "Los datos personales se usan solo para el trámite de la visa y no se "
        "comparten con terceros.",
        mw=7,
        align="J",
    )
    pdf.heading("IV. DOCUMENTOS QUE DEBE ENTREGAR", size=10.8, before=1.5, after=1)
    for t in [
        "Copia del acta de nacimiento y de la CURP",
        "Copia de la credencial para votar (INE)",
        "Copia de la hoja de datos del pasaporte",
        "Dos fotografías tamaño infantil",
    ]:
        pdf.item("•", t, indent=3, mw=5, after=0.4)
    pdf.ln(3)
    pdf.para(
        "Leída la presente, las partes la firman en Fresnillo, Zacatecas, a 19 de enero de 2026.",
        align="J",
    )
    pdf.sigs(
        [
            ("Por LA AGENCIA", "Lic. Rogelio Bañuelos Haro"),
            ("EL ASPIRANTE", "Eusebio Carrillo Manjarrez"),
        ],
        gap=30,
        signed=(0,),
        box="Huella",
    )
    pdf.output(path)
    return label(
        "bn03.pdf",
        "h2a",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 8500, "MXN", q_fee),
            fee("visa_cost", "violation", 1, 205, "USD", q_visa),
            fee("travel_cost", "violation", 2, 1800, "MXN", q_travel),
            fee("debt_bondage", "violation", 2, None, None, q_loan),
        ],
        [
            "wage_adjustment",
            "meals",
            "inbound_transportation",
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Oportunidades del Norte Reclutamiento Agrícola, S.A. de C.V."],
        [
            "housing without rent (h2a)",
            "free daily transport and tools",
            "return bus paid by the farm",
            "agency does not keep the passport, only a copy (negated retention)",
            "medical exam paid by the farm (negated medical cost)",
            "data-protection clause",
        ],
        "recruiter_agreement",
        "single column, letter, serif; centered double-rule letterhead; 4-column applicant "
        "grid; gridded job table; numbered conditions; signature lines with fingerprint box",
    )


# ---------------------------------------------------------------------------
# bn04  H-2A employment agreement + crew rules, sweet potatoes, NC (EN)
# ---------------------------------------------------------------------------
def bn04(path):
    pdf = Doc(
        "Letter",
        body="DejaVuSerif",
        head="DejaVuCond",
        size=9.4,
        margins=(20, 22, 20),
        title="Seasonal employment agreement",
        author="Coharie Creek Produce, Inc.",
    )
    blue = (29, 66, 115)

    def hdr(p):
        p.set_draw_color(*blue)
        p.set_line_width(0.8)
        p.rect(p.l_margin, 8, p.epw, 10)
        p.set_line_width(0.2)
        p.set_font("DejaVuCond", "B", 11)
        p.set_text_color(*blue)
        p.set_xy(p.l_margin + 3, 10)
        p.cell(p.epw / 2, 6, "COHARIE CREEK PRODUCE, INC.")
        p.set_font("DejaVuCond", "", 8.5)
        p.set_xy(p.l_margin + p.epw / 2, 10)
        p.cell(p.epw / 2 - 3, 6, "Seasonal Employment Agreement · H-2A", align="R")
        p.set_y(23)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Worker's copy · Page {n} of 2 · Questions: farm office (910) 555-0168")

    q_curfew = (
        "Residents must be inside the camp by 9:00 p.m., and leaving the farm on "
        "Sundays requires a written pass from the crew leader."
    )
    q_pass = (
        "For safekeeping, passports and visas are kept in the office safe and returned "
        "on the last day of the season."
    )
    q_damage = (
        "Damage to the housing beyond normal wear, caused by a resident, will be "
        "charged to that resident at repair cost after a written notice."
    )
    q_hold = (
        "$1.25 from every hour worked is placed in a season-completion account and paid "
        "only to workers who are still employed on the last day of the season."
    )

    pdf.add_page()
    pdf.heading(
        "SEASONAL AGRICULTURAL EMPLOYMENT AGREEMENT", size=13.5, before=0, after=1, color=blue
    )
    pdf.para(
        "This agreement is made on August 24, 2026 between Coharie Creek Produce, Inc., "
        "4410 Autryville Road, Salemburg, North Carolina 28385 (the Employer) and "
        "Rigoberto Anaya Solís (the Worker), who is admitted under an H-2A visa. It "
        "repeats the terms of the approved job order and adds the crew and housing rules "
        "on page 2.",
        align="J",
    )
    rows = [
        ["Term", "Details"],
        [
            "Position",
            "Farmworker: sweet potato harvest (hand-picking behind the digger, "
            "filling buckets, loading bins) and work on the grading line",
        ],
        [
            "Places of work",
            "Company fields in Sampson and Duplin Counties, NC, and the "
            "packing house at 4410 Autryville Road, Salemburg",
        ],
        ["Period", "August 24, 2026 to December 4, 2026"],
        ["Hours", "About 40 hours per week, Monday to Saturday, starting 6:30 a.m."],
        [
            "Pay rate",
            "$16.37 per hour, or $0.65 per 5/8-bushel bucket if bucket earnings are higher",
        ],
        [
            "Wage guarantee",
            "Never less than the highest of the AEWR, the prevailing wage, "
            "a collective bargaining wage or the federal or state minimum "
            "in effect",
        ],
        ["Payday", "Weekly, every Thursday"],
        [
            "Deductions",
            "Income tax only if the Worker asks in writing; meal plan charges "
            "for workers who join the plan",
        ],
        [
            "3/4 guarantee",
            "Work offered for at least three-fourths of the workdays in the "
            "contract period, or the difference is paid",
        ],
        ["Housing", "Free housing at Coharie Creek Camp, 118 Tyndall Road, Salemburg, NC 28385"],
        [
            "Meals",
            "Free kitchen in each barrack, or an optional meal plan of three meals a "
            "day at $14.50 per day",
        ],
        [
            "Travel to the job",
            "Bus fare and daily meals from Monterrey reimbursed when 50% "
            "of the period is worked (in the first week if pay would "
            "fall below the minimum wage)",
        ],
        ["Travel home", "Paid by the Employer when the contract is completed"],
        ["Daily transport", "Free bus between the camp and the fields"],
        ["Tools", "Buckets, knives and gloves provided free"],
        ["Workers' comp", "Covered by the Employer's North Carolina workers' compensation policy"],
        ["Requirements", "Three months of row-crop harvest experience; able to lift 50 pounds"],
    ]
    pdf.grid(
        rows, widths=(30, 110), size=8.9, fill=(214, 224, 240), first_bold=True, fam="DejaVuCond"
    )
    pdf.para(
        "The Worker confirms that he received the job order in Spanish before signing.",
        style="I",
        size=8.8,
    )

    pdf.add_page()
    pdf.heading("CREW AND HOUSING RULES", size=12.5, before=0, after=0.6, color=blue)
    pdf.para(
        "These rules are part of this agreement. Read them carefully; ask the crew leader "
        "if anything is unclear.",
        style="I",
        size=9,
    )
    rules = [
        "Crews meet at the camp bus stop at 6:10 a.m. Workers ride only in company buses.",
        "No alcohol or drugs in the fields, the buses or the packing house.",
        q_curfew,
        q_pass,
        "Visitors are welcome in the common room every day from 10:00 a.m. to 8:00 p.m.",
        q_damage,
        "Season-completion account: " + q_hold,
        "A worker who misses five consecutive workdays without notice is considered to have "
        "abandoned the job, and the Employer will notify the Department of Labor and DHS. "
        "Fighting, theft or drinking on duty are grounds for dismissal after a written "
        "warning.",
        "Workers who join the meal plan may leave it with one week's notice. The kitchens "
        "remain free for everyone.",
        "Any worker may bring a complaint to the crew leader, the North Carolina Department of "
        "Labor or a legal aid office; no one will be punished or refused future work for doing "
        "so.",
    ]
    for i, r in enumerate(rules, 1):
        pdf.item(f"{i}.", r, mw=8, after=1.4, align="J")
    pdf.ln(2)
    pdf.para("Signed at Salemburg, North Carolina, on August 24, 2026.")
    pdf.sigs(
        [
            ("For the Employer", "Dwight A. Tyndall, Farm Manager"),
            ("Worker", "Rigoberto Anaya Solís"),
        ],
        gap=18,
        signed=(0, 1),
    )
    pdf.output(path)
    return label(
        "bn04.pdf",
        "h2a",
        "en",
        False,
        2,
        [
            fee("movement_restriction", "violation", 2, None, None, q_curfew),
            fee("document_retention", "violation", 2, None, None, q_pass),
            fee("damage_chargeback", "review", 2, None, None, q_damage),
            fee("wage_withholding", "violation", 2, 1.25, "USD", q_hold),
        ],
        ["earnings_statements", "contract_impossibility"],
        [],
        [
            "optional meal plan at $14.50 per day: lawful h2a meal charge within the cap",
            "free housing and free kitchens (h2a)",
            "inbound bus fare reimbursed; return paid",
            "tools free",
            "visitor hours in the common room are not a ban on leaving",
            "complaints allowed, no one refused future work (negated blacklisting)",
        ],
        "work_contract",
        "single column, letter; boxed header; page 1 gridded two-column terms table "
        "(condensed font); page 2 numbered crew and housing rules; signature lines",
    )


# ---------------------------------------------------------------------------
# bn05  H-2B job order, crab picking, Maryland (EN)  -- compliant
# ---------------------------------------------------------------------------
def bn05(path):
    pdf = Doc(
        "Letter",
        body="Noto",
        size=9.4,
        margins=(20, 24, 20),
        title="H-2B Job Order MD-2026-3318",
        author="Honga River Seafood, Inc.",
    )
    teal = (16, 94, 110)

    def hdr(p):
        p.set_fill_color(*teal)
        p.rect(p.l_margin, 8, 13, 13, "F")
        p.set_text_color(255, 255, 255)
        p.set_font("Noto", "B", 9)
        p.set_xy(p.l_margin, 12)
        p.cell(13, 5, "HRS", align="C")
        p.set_text_color(*teal)
        p.set_font("Noto", "B", 11.5)
        p.set_xy(p.l_margin + 16, 8.5)
        p.cell(90, 5.5, "Honga River Seafood, Inc.")
        p.set_font("Noto", "", 7.8)
        p.set_text_color(70, 70, 70)
        p.set_xy(p.l_margin + 16, 14.5)
        p.cell(100, 4, "3310 Hoopersville Road · Fishing Creek, Maryland 21634 · (410) 555-0121")
        p.set_xy(p.l_margin + p.epw / 2, 10)
        p.set_font("Noto", "B", 8.5)
        p.set_text_color(*teal)
        p.cell(p.epw / 2, 5, "H-2B Job Order MD-2026-3318", align="R")
        p.set_draw_color(*teal)
        p.line(p.l_margin, 23, p.w - p.r_margin, 23)
        p.set_y(27)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Honga River Seafood, Inc. · Job Order MD-2026-3318 · page {n} of 3")

    def sec(t):
        pdf.heading(t, size=10.4, color=teal, before=2, after=0.8)

    pdf.add_page()
    pdf.heading("JOB ORDER AND EMPLOYMENT CONTRACT", size=14, before=0, after=0.3)
    pdf.para(
        "H-2B temporary non-agricultural employment · seasonal need, April to November 2026",
        style="I",
        size=9,
        color=(80, 80, 80),
    )
    pdf.para(
        "This job order, once certified, is the employment contract between Honga River "
        "Seafood, Inc. and every worker hired under it. Workers recruited abroad receive it "
        "in Spanish no later than the visa interview.",
        align="J",
    )
    pdf.grid(
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Honga River Seafood, Inc., 3310 Hoopersville Road, Fishing Creek, "
                "Maryland 21634; FEIN 52-1847733",
            ],
            ["Job title", "Crab meat picker (SOC 51-3022), 24 openings"],
            [
                "Worksite",
                "Picking house at 3310 Hoopersville Road, Fishing Creek, Dorchester "
                "County, Maryland",
            ],
            ["Period", "April 1, 2026 to November 30, 2026"],
            [
                "Schedule",
                "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m.; "
                "Saturdays when the crab supply requires it",
            ],
            [
                "Wage",
                "$16.21 per hour; pickers paid by the pound earn $5.00 per pound of "
                "picked meat, never less than $16.21 for each hour worked",
            ],
            ["Overtime", "$24.32 per hour for hours over 40 in a workweek"],
            ["Payday", "Weekly, every Friday"],
        ],
        widths=(26, 114),
        size=9,
        fill=(205, 230, 234),
        first_bold=True,
    )
    sec("1. Job duties")
    pdf.para(
        "Steam-cooked blue crabs are picked by hand: break the shell, remove the back fin, "
        "lump and claw meat with a knife, and sort it into containers by grade. Workers "
        "also clean tables and floors, weigh containers, and at the retail window pack "
        "orders and collect payment from walk-in customers.",
        align="J",
    )
    sec("2. Requirements")
    pdf.para(
        "No experience is required. The company trains new pickers on site during the "
        "first two weeks at no cost. Workers must stand for long periods, tolerate cold "
        "and wet conditions and follow food-safety rules.",
        align="J",
    )

    pdf.add_page()
    sec("3. Wage assurance")
    pdf.para(
        "The employer will pay at least the highest of the prevailing wage certified by "
        "the Department of Labor, the federal minimum wage, the Maryland minimum wage or "
        "any local minimum wage, during the entire period. If a higher prevailing wage is "
        "issued during the season, it will be paid from its effective date.",
        align="J",
    )
    sec("4. Deductions")
    pdf.para(
        "The employer deducts only FICA (Social Security and Medicare), federal, Maryland "
        "and Dorchester County income taxes, court-ordered garnishments, and voluntary "
        "deductions the worker authorizes in writing for the worker's own benefit. No "
        "deduction is made for recruitment, travel, visas, tools or housing.",
        align="J",
    )
    sec("5. Three-fourths guarantee")
    pdf.para(
        "For each 12-week period of the contract (or 6-week period when the contract is "
        "shorter than 120 days), the employer guarantees to offer hours of work equal to "
        "at least three-fourths of the workdays in that period at the offered rate. If "
        "fewer hours are offered, the difference is paid.",
        align="J",
    )
    sec("6. Housing")
    pdf.para(
        "Workers may live in the company bunkhouse at 3322 Hoopersville Road at no charge "
        "and with no deposit; those who prefer to live elsewhere may do so.",
        align="J",
    )
    sec("7. Transportation and visa costs")
    for t in [
        "**Inbound:** the employer provides or reimburses transportation and daily "
        "subsistence from the place of recruitment to Fishing Creek in the first "
        "workweek.",
        "**Return:** if the worker completes the period, or is dismissed early for any "
        "reason other than cause, the employer pays return transportation and daily "
        "subsistence to the place of recruitment.",
        "**Visa:** the employer pays or reimburses in the first workweek the visa, visa "
        "processing, border crossing and related fees.",
        "**Daily:** the bunkhouse is a five-minute walk from the picking house.",
    ]:
        pdf.item("•", t, indent=2, mw=5, after=0.8)
    sec("8. Tools and equipment")
    pdf.para(
        "Knives, mallets, gloves, aprons, boots and hairnets are provided free of charge, "
        "and no deposit is required."
    )
    sec("9. Earnings statements")
    pdf.para(
        "Each Friday workers receive a statement with hours offered, hours worked, pounds "
        "picked, rate of pay, gross wages, each deduction and net wages.",
        align="J",
    )

    pdf.add_page()
    sec("10. Abandonment, dismissal and early departure")
    pdf.para(
        "A worker who fails to report for 5 consecutive working days without the "
        "employer's consent is considered to have abandoned the job; the employer will "
        "notify DOL and DHS in writing within 2 working days. Workers may be dismissed for "
        "cause after a written explanation. A worker who leaves early owes nothing to the "
        "company; only the return trip is not owed, as the regulations allow.",
        align="J",
    )
    sec("11. Contract impossibility")
    pdf.para(
        "If a fire, hurricane, flood or a state order closing the crab fishery makes the "
        "work impossible, the employer may end the contract early with the Certifying "
        "Officer's approval. It will then pay the three-fourths guarantee up to that date "
        "and return transportation, and will try to transfer workers to other "
        "employment.",
        align="J",
    )
    sec("12. Recruitment and worker rights")
    pdf.para(
        "The company recruits in Mexico through Servicios Laborales Golfo de Cortés, S.C., "
        "of Mazatlán, Sinaloa. The company pays the recruiter, and the recruiter has "
        "agreed in writing not to charge workers any fee. Workers keep their passports. No "
        "worker will be punished or kept from future seasons for complaining about pay or "
        "safety. Coffee and drinking water are available in the break room free of "
        "charge.",
        align="J",
    )
    sec("13. Worker receipt")
    pdf.grid(
        [["#", "Worker name", "Signature", "Date"]] + [[str(i), "", "", ""] for i in range(1, 9)],
        widths=(8, 62, 48, 22),
        size=8.8,
        fill=(205, 230, 234),
        lh=5.4,
    )
    pdf.sigs(
        [("For the employer", "Carolyn M. Ruark, President\nJanuary 12, 2026")],
        gap=14,
        signed=(0,),
        slots=2,
    )
    pdf.output(path)
    return label(
        "bn05.pdf",
        "h2b",
        "en",
        False,
        3,
        [],
        [],
        ["Servicios Laborales Golfo de Cortés, S.C."],
        [
            "'collect payment from walk-in customers' is a job duty, not a worker fee",
            "on-site training at no cost (negated training cost)",
            "negated deductions for recruitment, travel, visas, tools and housing",
            "free bunkhouse, no deposit",
            "inbound travel, return travel and visa fees paid or reimbursed in the first workweek",
            "knives, boots and gear free, no deposit",
            "leaving early costs nothing; only the return trip is not owed (negated breach penalty)",
            "recruiter paid by the employer, no fee (negated recruitment fee)",
            "workers keep passports; no retaliation for complaints",
            "free coffee ('coffee' contains 'fee')",
        ],
        "job_order",
        "single column, letter; logo-box letterhead; gridded summary table; numbered sections; "
        "bulleted transport section; worker receipt grid; signature line",
    )


# ---------------------------------------------------------------------------
# bn06  H-2B recruiter receipt, landscaping, Texas (ES)
# ---------------------------------------------------------------------------
def bn06(path):
    pdf = Doc(
        "Letter",
        body="LibNarrow",
        size=10.8,
        margins=(20, 18, 20),
        title="Recibo de pago 0347",
        author="Gestoría y Enlace Laboral Río Bravo",
    )
    maroon = (122, 24, 40)
    pdf.ftr = text_footer("Recibo folio 0347 · hoja {n} de 2 · Original para el cliente")

    q_fee = (
        "Recibí de Aarón Zúñiga Betancourt la cantidad de $450.00 dólares (cuatrocientos "
        "cincuenta dólares 00/100 USD) por concepto de trámite de expediente y reservación "
        "de lugar para la temporada H-2B 2026."
    )
    q_course = (
        "El trabajador pagó además 1,200 pesos por el curso obligatorio de inducción y "
        "manejo de podadoras que imparte LA GESTORÍA."
    )
    q_visa = (
        "El derecho de visa, USD 205, lo cubre el trabajador en el banco y la empresa no "
        "lo reembolsa."
    )
    q_note = (
        "El trabajador firma un pagaré en blanco a favor de LA GESTORÍA como garantía de "
        "que cumplirá la temporada completa."
    )
    q_pass = (
        "El pasaporte quedará bajo resguardo de LA GESTORÍA desde hoy hasta el día de la "
        "entrevista consular."
    )
    q_pen = (
        "Si el trabajador se regresa antes de terminar la temporada, pagará a LA GESTORÍA "
        "una penalización de USD 1,000."
    )

    pdf.add_page()
    # boxed receipt header
    y0 = pdf.get_y()
    pdf.set_draw_color(*maroon)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.l_margin, y0, pdf.epw, 24)
    pdf.line(pdf.l_margin + pdf.epw * 0.68, y0, pdf.l_margin + pdf.epw * 0.68, y0 + 24)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin + 3, y0 + 2.5)
    pdf.set_text_color(*maroon)
    pdf.font("B", 12.5)
    pdf.cell(pdf.epw * 0.65, 6, "GESTORÍA Y ENLACE LABORAL RÍO BRAVO, S.A. DE C.V.")
    pdf.set_text_color(60, 60, 60)
    pdf.font("", 9)
    pdf.set_xy(pdf.l_margin + 3, y0 + 9.5)
    pdf.multi_cell(
        pdf.epw * 0.64,
        4.4,
        "Calle 17 Hidalgo y Juárez No. 845, Zona Centro\n"
        "Cd. Victoria, Tamaulipas · Tel. 834 555 0170",
        new_x=XPos.LEFT,
        new_y=YPos.NEXT,
    )
    xr = pdf.l_margin + pdf.epw * 0.68 + 3
    pdf.set_text_color(*maroon)
    pdf.set_xy(xr, y0 + 2.5)
    pdf.font("B", 13)
    pdf.cell(pdf.epw * 0.3, 6, "RECIBO DE PAGO")
    pdf.set_text_color(0, 0, 0)
    pdf.font("", 10)
    pdf.set_xy(xr, y0 + 10)
    pdf.cell(pdf.epw * 0.3, 5, "Folio No. 0347")
    pdf.set_xy(xr, y0 + 15.5)
    pdf.cell(pdf.epw * 0.3, 5, "Fecha: 12/01/2026")
    pdf.set_y(y0 + 29)

    pdf.para(
        "Gestoría y Enlace Laboral Río Bravo, S.A. de C.V. (LA GESTORÍA) hace constar lo siguiente:"
    )
    pdf.para(q_fee, align="L")
    pdf.para(q_course)
    pdf.para(q_visa)
    pdf.heading("DESGLOSE", size=11, color=maroon, before=1, after=1)
    pdf.grid(
        [
            ["Concepto", "Moneda", "Importe"],
            ["Trámite de expediente y reservación de lugar", "USD", "450.00"],
            ["Curso de inducción y manejo de podadoras", "MXN", "1,200.00"],
            ["Derecho de visa (pago directo en banco, no incluido)", "USD", "205.00"],
            ["Total recibido hoy por LA GESTORÍA", "USD / MXN", "450.00 / 1,200.00"],
        ],
        widths=(96, 22, 32),
        size=10,
        fill=(240, 222, 226),
    )
    pdf.heading("DATOS DEL EMPLEO", size=11, color=maroon, before=0, after=1)
    pdf.grid(
        [
            [
                "Empresa",
                "Hill Country Grounds Care, LLC, 1420 Ranch Road 12, San Marcos, Texas 78666",
            ],
            [
                "Puesto",
                "Trabajador de jardinería: corte de pasto, poda, plantación, riego y "
                "limpieza de áreas verdes",
            ],
            ["Lugar", "Clientes de la empresa en San Marcos, New Braunfels y Kyle, Texas"],
            ["Periodo", "Del 2 de marzo al 30 de noviembre de 2026"],
            ["Horario", "40 horas por semana, de lunes a viernes"],
            ["Salario", "$15.62 dólares por hora"],
            ["Pago", "Cada semana"],
        ],
        widths=(24, 126),
        head=False,
        size=10,
        first_bold=True,
    )

    pdf.add_page()
    pdf.heading("CONDICIONES DEL PAGO Y DEL TRÁMITE", size=11.5, color=maroon, before=0, after=1.5)
    conds = [
        "Este pago no se devuelve si el consulado niega la visa o si el trabajador no se "
        "presenta a la entrevista.",
        q_note,
        q_pass,
        q_pen,
        "El autobús de Ciudad Victoria a Monterrey y de Monterrey a San Marcos lo paga la "
        "empresa, y también el regreso a Ciudad Victoria al terminar la temporada.",
        "La empresa solo puede despedir al trabajador por causa justificada; si falta cinco "
        "días hábiles seguidos sin avisar, se considera que abandonó el trabajo.",
        "LA GESTORÍA no cobra por agendar la cita consular.",
    ]
    for i, c in enumerate(conds, 1):
        pdf.item(f"{i}.", c, mw=7, after=1.5)
    pdf.ln(2)
    pdf.para(
        "Conforme con lo anterior, firman las partes en Cd. Victoria, Tamaulipas, el 12 de "
        "enero de 2026."
    )
    pdf.sigs(
        [
            ("Recibió por LA GESTORÍA", "C.P. Leticia Garza Ochoa"),
            ("Entregó el trabajador", "Aarón Zúñiga Betancourt"),
        ],
        gap=26,
        signed=(0, 1),
        box="SELLO",
    )
    pdf.output(path)
    return label(
        "bn06.pdf",
        "h2b",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 450, "USD", q_fee),
            fee("training_cost", "violation", 1, 1200, "MXN", q_course),
            fee("visa_cost", "violation", 1, 205, "USD", q_visa),
            fee("deposit_or_bond", "violation", 2, None, None, q_note),
            fee("document_retention", "violation", 2, None, None, q_pass),
            fee("breach_penalty", "violation", 2, 1000, "USD", q_pen),
        ],
        [
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "visa_reimbursement",
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Gestoría y Enlace Laboral Río Bravo, S.A. de C.V."],
        [
            "inbound bus paid by the employer",
            "return bus paid by the employer",
            "no charge for booking the consular appointment (negated fee)",
        ],
        "receipt",
        "receipt form, letter, narrow font; boxed header with folio; itemized gridded payment "
        "table; borderless-label job table; numbered conditions; signatures with stamp box",
    )


# ---------------------------------------------------------------------------
# bn07  H-2B offer letter, resort housekeeping, Wyoming (EN)
# ---------------------------------------------------------------------------
def bn07(path):
    pdf = Doc(
        "Letter",
        body="LibSerif",
        head="LibSans",
        size=10.6,
        margins=(26, 20, 20),
        title="Offer of H-2B seasonal employment",
        author="Granite Peaks Lodge & Spa LLC",
    )
    slate = (52, 73, 94)

    def hdr(p):
        p.set_fill_color(*slate)
        p.rect(0, 0, 9, p.h, "F")
        if p.page_no() == 1:
            p.set_text_color(*slate)
            p.set_font("LibSans", "B", 16)
            p.set_xy(p.l_margin, 12)
            p.cell(p.epw, 7, "GRANITE PEAKS LODGE & SPA")
            p.set_font("LibSans", "", 8.5)
            p.set_text_color(90, 90, 90)
            p.set_xy(p.l_margin, 19.5)
            p.cell(
                p.epw,
                4.5,
                "4470 Elk Refuge Loop · Jackson, Wyoming 83001 · (307) 555-0136 · Human Resources",
            )
            p.set_draw_color(*slate)
            p.line(p.l_margin, 26, p.w - p.r_margin, 26)
            p.set_y(31)
        else:
            p.set_font("LibSans", "", 8)
            p.set_text_color(90, 90, 90)
            p.set_xy(p.l_margin, 10)
            p.cell(
                p.epw,
                5,
                "Granite Peaks Lodge & Spa · Ms. S. A. Brown · February 16, 2026 · page 2",
                align="R",
            )
            p.set_y(20)

    pdf.hdr = hdr

    q_fee = (
        "A one-time onboarding and document-handling charge of USD 300 will be deducted "
        "from your first three paychecks in equal installments."
    )
    q_house = (
        "Employee housing at the Elk Refuge dormitory is mandatory for the first month "
        "and costs $110 per week, deducted from each paycheck."
    )
    q_uni = (
        "Three sets of uniforms are issued against a $75.00 deposit taken from your first "
        "paycheck and returned when the uniforms are turned in."
    )
    q_pen = (
        "An employee who resigns before Labor Day forfeits the equivalent of two weeks' "
        "wages as liquidated damages."
    )

    pdf.add_page()
    pdf.para("February 16, 2026", after=3)
    pdf.para("Ms. Shantel Annmarie Brown\n22 Red Hills Road\nKingston 19, Jamaica", after=3)
    pdf.para("**Re: Offer of H-2B seasonal employment, Room Attendant**", after=2)
    pdf.para("Dear Ms. Brown,")
    pdf.para(
        "We are pleased to offer you seasonal employment at Granite Peaks Lodge & Spa LLC, "
        "subject to approval of your H-2B visa. You were referred to us by Caribbean Crest "
        "Staffing Ltd. of Kingston, whom the Lodge pays for its services; you owe the "
        "agency nothing. The main terms are set out below and in the certified job order "
        "enclosed with this letter.",
        align="J",
    )
    pdf.grid(
        [
            ["Term", "Details"],
            [
                "Employer",
                "Granite Peaks Lodge & Spa LLC, 4470 Elk Refuge Loop, Jackson, Wyoming 83001",
            ],
            [
                "Position",
                "Room Attendant (SOC 37-2012): clean and make up guest rooms, "
                "change linens, restock amenities, report maintenance needs",
            ],
            ["Work location", "Granite Peaks Lodge, Jackson, Teton County, Wyoming"],
            ["Season", "May 15, 2026 to October 15, 2026"],
            ["Hours", "40 hours per week, five days, shifts between 8:00 a.m. and 4:30 p.m."],
            ["Pay", "$17.47 per hour"],
            [
                "Wage assurance",
                "Never less than the highest of the prevailing wage or the "
                "federal, state or local minimum wage in effect",
            ],
            ["Overtime", "$26.21 per hour after 40 hours in a workweek"],
            ["Payday", "Every other Friday (biweekly)"],
            [
                "Deductions",
                "Federal income tax and FICA; housing, uniform deposit and "
                "onboarding charge as explained in this letter",
            ],
            ["Requirements", "Six months of hotel housekeeping experience; basic spoken English"],
        ],
        widths=(32, 108),
        size=9.8,
        fill=(221, 228, 236),
        first_bold=True,
        fam="LibSans",
    )
    pdf.heading("Before you travel", size=11, color=slate, before=0.5, after=0.8)
    pdf.para(
        q_fee + " Please bring your passport, visa and the signed copy of this letter to "
        "your first day of orientation.",
        align="L",
    )

    pdf.add_page()
    pdf.heading("Travel and visa", size=11, color=slate, before=0, after=0.8)
    pdf.para(
        "The Lodge reimburses your airfare from Kingston to Jackson and your meals on the "
        "way in your first workweek, and pays your visa fee of $205 in the same paycheck. "
        "If you finish the season, or if we end your employment early for reasons other "
        "than cause, we pay your flight home to Kingston.",
        align="J",
    )
    pdf.heading("Housing", size=11, color=slate, before=1, after=0.8)
    pdf.para(q_house + " After the first month you may find your own housing in town.")
    pdf.heading("Uniforms and supplies", size=11, color=slate, before=1, after=0.8)
    pdf.para("Cleaning carts, chemicals, gloves and all supplies are provided at no cost. " + q_uni)
    pdf.heading("Leaving before the end of the season", size=11, color=slate, before=1, after=0.8)
    pdf.para(
        q_pen + " The Lodge may end employment for cause, such as theft from guests or "
        "repeated no-shows, after a written warning; missing five scheduled shifts in a "
        "row without notice is treated as abandonment."
    )
    pdf.heading("Tips", size=11, color=slate, before=1, after=0.8)
    pdf.para(
        "Gratuities left by guests in the rooms belong to the room attendant who cleaned the room."
    )
    pdf.ln(2)
    pdf.para(
        "Please sign and return one copy of this letter to accept the offer. We look "
        "forward to welcoming you to Jackson."
    )
    pdf.para("Sincerely,", after=0)
    pdf.sigs(
        [("Lorraine Whitcomb", "Director of Human Resources\nGranite Peaks Lodge & Spa LLC")],
        gap=14,
        signed=(0,),
        slots=2,
    )
    pdf.heading("Acceptance", size=11, color=slate, before=2, after=0.5)
    pdf.para("I accept this offer on the terms above.")
    pdf.sigs([("Shantel Annmarie Brown", "Signature"), ("Date", "")], gap=12)
    pdf.output(path)
    return label(
        "bn07.pdf",
        "h2b",
        "en",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 300, "USD", q_fee),
            fee("housing_charge", "review", 2, 110, "USD", q_house),
            fee("equipment_charge", "violation", 2, 75, "USD", q_uni),
            fee("breach_penalty", "violation", 2, None, None, q_pen),
        ],
        ["three_fourths_guarantee", "earnings_statements", "contract_impossibility"],
        ["Caribbean Crest Staffing Ltd."],
        [
            "recruiter paid by the Lodge; 'you owe the agency nothing' (negated)",
            "airfare and road meals reimbursed in the first workweek",
            "visa fee of $205 paid by the Lodge",
            "cleaning carts, chemicals and supplies at no cost",
            "guest gratuities belong to the worker",
        ],
        "offer_letter",
        "business letter, letter size; dark left edge bar; letterhead on page 1 only; gridded "
        "two-column terms table; short headed sections; signature and acceptance lines",
    )


# ---------------------------------------------------------------------------
# bn08  Nepal -> Qatar employment contract (EN), page 3 scanned
# ---------------------------------------------------------------------------
def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scan_page_bn08():
    """Render the signed declaration page as a noisy grey-scale scan (A4, 150 dpi)."""
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", 25)
    bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", 26)
    big = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", 31)
    small = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", 20)
    L, R = 130, W - 130
    y = 95
    d.text((W / 2, y), "HIMAL GATEWAY OVERSEAS PVT. LTD.", font=big, fill=25, anchor="mm")
    y += 36
    d.text(
        (W / 2, y),
        "Govt. Licence No. 1187/074/75 · Putalisadak, Kathmandu, Nepal",
        font=small,
        fill=40,
        anchor="mm",
    )
    y += 26
    d.line((L, y, R, y), fill=40, width=3)
    y += 45

    def para(text, font=reg, gap=12, indent=0):
        nonlocal y
        for ln in _wrap(d, text, font, R - L - indent):
            d.text((L + indent, y), ln, font=font, fill=20)
            y += font.size + 9
        y += gap

    para("ARTICLE 15. DECLARATION OF THE WORKER", font=bold, gap=8)
    para("I, Dil Bahadur Magar, holder of Nepali passport No. 11207845, declare that:", gap=6)
    for t in [
        "(a) this contract was read and explained to me in Nepali before I signed it;",
        "(b) I received a copy of it in English and a copy in Nepali;",
        "(c) I understand the job, the wage and the place of work written in it;",
        "(d) I have signed it of my own free will.",
    ]:
        para(t, gap=2, indent=30)
    y += 14
    para("ARTICLE 16. COPIES", font=bold, gap=8)
    para(
        "This contract is made in four copies: one for the Worker, one for the Employer, one "
        "for the Agency and one for the Department of Foreign Employment, Kathmandu."
    )
    y += 10
    para("Signed at Kathmandu on 3 February 2026.", gap=40)

    rng = np.random.default_rng(SEED + 8)
    cols = [
        ("For the Employer", "Ramesh Pillai, HR Manager", "Pearl Coast Facility Services W.L.L."),
        ("For the Agency", "Sanjeev Shrestha", "Managing Director"),
        ("Worker", "Dil Bahadur Magar", ""),
        ("Witness", "Kamala Thapa", "Orientation trainer"),
    ]
    cw = (R - L) // 2
    for i, (cap, name, sub) in enumerate(cols):
        cx = L + (i % 2) * cw
        cy = y + (i // 2) * 250
        # pen scribble
        pts = []
        ph = rng.uniform(0, 6)
        for k in range(60):
            t = k / 59
            pts.append(
                (
                    cx + 20 + t * 300,
                    cy + 95 - 28 * math.sin(t * 9 + ph) * (1 - 0.4 * t) - 10 * math.sin(t * 23),
                )
            )
        d.line(pts, fill=45, width=3, joint="curve")
        d.line((cx, cy + 125, cx + cw - 60, cy + 125), fill=30, width=2)
        d.text((cx, cy + 135), cap, font=bold, fill=20)
        d.text((cx, cy + 170), name, font=reg, fill=20)
        if sub:
            d.text((cx, cy + 202), sub, font=small, fill=35)
    # thumb impression box under the worker's name
    bx, by = L + 280, y + 250 + 150
    d.rectangle((bx, by, bx + 140, by + 140), outline=30, width=2)
    for r in range(8, 58, 6):
        d.ellipse(
            (bx + 70 - r * 0.8, by + 66 - r, bx + 70 + r * 0.8, by + 66 + r),
            outline=90 + r,
            width=2,
        )
    d.text((bx + 70, by + 160), "Thumb impression", font=small, fill=35, anchor="mm")
    # agency round stamp over the agency signature
    sx, sy = L + cw + 250, y + 15
    d.ellipse((sx, sy, sx + 170, sy + 170), outline=75, width=4)
    d.ellipse((sx + 18, sy + 18, sx + 152, sy + 152), outline=95, width=2)
    d.text((sx + 85, sy + 62), "HIMAL", font=small, fill=75, anchor="mm")
    d.text((sx + 85, sy + 87), "GATEWAY", font=small, fill=75, anchor="mm")
    d.text((sx + 85, sy + 112), "KATHMANDU", font=small, fill=75, anchor="mm")
    d.text(
        (W / 2, H - 80),
        "Contract ref. PCFS/HR/2026/114 · Page 3 of 3",
        font=small,
        fill=60,
        anchor="mm",
    )

    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=245)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0, 9.0, arr.shape)
    yy = np.linspace(-1, 1, H)[:, None]
    xx = np.linspace(-1, 1, W)[None, :]
    arr -= 10 * (yy + 1) / 2  # uneven illumination
    arr -= 28 * np.clip(np.maximum(np.abs(xx), np.abs(yy)) - 0.9, 0, None) * 10  # dark edges
    speck = rng.random(arr.shape) < 0.0015
    arr[speck] = 60
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def bn08(path):
    pdf = Doc(
        "A4",
        body="DejaVuSerif",
        head="DejaVuCond",
        size=9.6,
        margins=(20, 20, 20),
        title="Employment contract PCFS/HR/2026/114",
        author="Himal Gateway Overseas Pvt. Ltd.",
    )
    red = (150, 30, 30)

    def hdr(p):
        p.set_font("DejaVuCond", "B", 12.5)
        p.set_text_color(*red)
        p.set_xy(p.l_margin, 9)
        p.cell(p.epw, 6, "HIMAL GATEWAY OVERSEAS PVT. LTD.", align="C")
        p.set_font("DejaVuCond", "", 8)
        p.set_text_color(60, 60, 60)
        p.set_xy(p.l_margin, 15)
        p.cell(
            p.epw,
            4.5,
            "Govt. Licence No. 1187/074/75 · Putalisadak, Kathmandu, Nepal · +977 1 555 0419",
            align="C",
        )
        p.set_draw_color(*red)
        p.set_line_width(0.7)
        p.line(p.l_margin, 21, p.w - p.r_margin, 21)
        p.set_line_width(0.2)
        p.set_y(25)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Contract ref. PCFS/HR/2026/114 · Page {n} of 3")

    q_fee = (
        "The Worker shall pay the Agency a service and orientation charge of NPR 75,000 "
        "(Seventy-five thousand rupees only) before the final approval of his labour "
        "permit."
    )
    q_fund = (
        "The Worker shall also contribute NPR 1,500 to the Foreign Employment Welfare "
        "Fund and pay the premium of the compulsory term life insurance policy."
    )
    q_pass = (
        "The Employer shall keep the Worker's passport in its custody for the duration "
        "of employment and give him a certified copy to carry."
    )
    q_pen = (
        "If the Worker leaves the job before completing twelve (12) months, he shall "
        "refund the air ticket and visa costs and pay two months' basic wages as "
        "compensation to the Employer."
    )

    def art(n, title, text):
        pdf.para(f"**Article {n}. {title}.** {text}", align="J", after=2)

    pdf.add_page()
    pdf.heading("EMPLOYMENT CONTRACT", size=15, before=0, align="C", after=0.5)
    pdf.para(
        "For a Nepali worker employed in the State of Qatar · demand letter ref. PCFS/HR/2026/114",
        style="I",
        size=9,
        align="C",
        after=3,
    )
    pdf.para(
        "This contract is made at Kathmandu on 3 February 2026 between the parties below, "
        "through Himal Gateway Overseas Pvt. Ltd. (the Agency), licensed by the Department "
        "of Foreign Employment of Nepal.",
        align="J",
    )
    pdf.grid(
        [
            [
                "Employer",
                "Pearl Coast Facility Services W.L.L., Building 41, Street 930, "
                "Zone 56, Doha, State of Qatar; C.R. No. 118204",
            ],
            [
                "Worker",
                "Dil Bahadur Magar, son of Man Bahadur Magar; Passport No. 11207845; "
                "Resunga Municipality-4, Gulmi, Nepal",
            ],
            ["Agency", "Himal Gateway Overseas Pvt. Ltd., Putalisadak, Kathmandu"],
        ],
        widths=(24, 146),
        head=False,
        size=9.4,
        first_bold=True,
        fam="DejaVuCond",
    )
    art(
        1,
        "Position and duties",
        "The Worker is employed as a General Cleaner. He shall clean "
        "offices, washrooms, corridors, stairs and common areas of buildings served by the "
        "Employer, collect and remove waste, and operate floor-scrubbing machines after "
        "instruction.",
    )
    art(
        2,
        "Place of work",
        "Client buildings of the Employer in Doha and Al Wakrah, State of Qatar.",
    )
    art(
        3,
        "Duration",
        "Two (2) years from the date of the Worker's arrival in Qatar, expected "
        "on 1 March 2026, ending on 28 February 2028. The first six months are a probation "
        "period.",
    )
    art(
        4,
        "Working hours",
        "Eight (8) hours a day, six (6) days a week (48 hours), with "
        "Friday as the weekly rest day. Overtime is paid at 125 percent of the basic hourly "
        "wage, and at 150 percent for work on rest days and public holidays.",
    )
    art(
        5,
        "Wages",
        "Basic wage: QAR 1,000 (one thousand Qatari riyals) per month. Food "
        "allowance: QAR 300 per month. The wage is paid monthly, not later than the seventh "
        "day of the following month, into the Worker's bank account through the Wage "
        "Protection System.",
    )

    pdf.add_page()
    art(
        6,
        "Deductions",
        "None, other than amounts ordered by a Qatari court. Every deduction "
        "is shown on the monthly payslip.",
    )
    art(
        7,
        "Accommodation, transport and medical care",
        "The Employer provides free shared "
        "accommodation, free daily transport between the accommodation and the work sites, "
        "and a health card with free medical treatment under Qatari law.",
    )
    art(
        8,
        "Travel",
        "The Employer provides the air ticket from Kathmandu to Doha and the "
        "return air ticket to Kathmandu at the end of the contract.",
    )
    art(
        9,
        "Costs in Qatar",
        "The entry visa, the Qatar ID, the work permit and the medical "
        "examination in Qatar are paid by the Employer.",
    )
    art(10, "Costs in Nepal", q_fee + " " + q_fund)
    art(11, "Passport", q_pass)
    art(
        12,
        "Termination",
        "Either party may end this contract after probation with one "
        "month's written notice. The Employer may dismiss the Worker without notice only for "
        "the reasons listed in the Labour Law. " + q_pen,
    )
    art(
        13,
        "End-of-service benefit",
        "On completing one year of service or more, the Worker "
        "is entitled to an end-of-service gratuity of not less than three weeks' basic wage "
        "for each year of service.",
    )
    art(
        14,
        "Disputes",
        "Disputes shall be settled amicably or referred to the Labour Dispute "
        "Settlement Committees in Qatar. The Worker may also contact the Embassy of Nepal in "
        "Doha at any time.",
    )
    pdf.para(
        "The declaration of the Worker and the signatures of the parties follow on page 3.",
        style="I",
        size=9,
    )

    # page 3: image-only scan
    pdf.scan_pages.add(3)
    pdf.add_page()
    pdf.image(scan_page_bn08(), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(path)
    return label(
        "bn08.pdf",
        "generic",
        "en",
        True,
        3,
        [
            fee("recruitment_fee", "violation", 2, 75000, "NPR", q_fee),
            fee("insurance_cost", "violation", 2, 1500, "NPR", q_fund),
            fee("document_retention", "violation", 2, None, None, q_pass),
            fee("breach_penalty", "violation", 2, None, None, q_pen),
        ],
        [],
        ["Himal Gateway Overseas Pvt. Ltd."],
        [
            "free accommodation, daily transport and health card",
            "food allowance of QAR 300 paid to the worker",
            "entry visa, Qatar ID, work permit and medical examination in Qatar paid by the "
            "employer",
            "air tickets both ways paid by the employer",
            "end-of-service gratuity of three weeks' basic wage is a benefit, not a charge",
            "deductions: none except court orders",
            "page 3 (declaration and signatures) is an image-only scan with no fees",
        ],
        "work_contract",
        "A4; centered agency letterhead; borderless-label parties grid; numbered articles with "
        "bold lead-ins; page 3 is an image-only scan (signed declaration, stamp, thumbprint)",
    )


# ---------------------------------------------------------------------------
# bn09  Indonesia -> Taiwan wage and expense affidavit (EN)
# ---------------------------------------------------------------------------
def bn09(path):
    pdf = Doc(
        "A4",
        body="DejaVuCond",
        size=9.4,
        margins=(18, 18, 18),
        title="Affidavit of foreign worker's wages and expenses",
        author="Formosa Bridge Manpower Agency Co., Ltd.",
    )

    def hdr(p):
        p.set_font("DejaVuCond", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.set_xy(p.l_margin, 8)
        p.cell(p.epw / 2, 4, "Form WA-1 (entry employment) · rev. 2025")
        p.cell(p.epw / 2, 4, "Affidavit No. TC-2026-004418", align="R")
        p.set_y(15)

    pdf.hdr = hdr
    pdf.ftr = text_footer(
        "Affidavit No. TC-2026-004418 · page {n}/2 · one copy for the "
        "worker, the employer and each agency"
    )

    q_fee = (
        "Service fee payable by the Worker to Formosa Bridge Manpower Agency: NT$1,800 "
        "per month in the first year"
    )
    q_dorm = "Dormitory: NT$2,500 per month, deducted from wages."
    q_med = (
        "Health examinations in Taiwan (within 3 working days of arrival, and at 6, 18 "
        "and 30 months): NT$1,900 each time, paid by the Worker."
    )
    q_arc = "Alien Resident Certificate: NT$1,000 per year, paid by the Worker."
    q_loan = (
        "The Worker's placement cost of IDR 21,500,000 is financed by a bank loan "
        "arranged by PT Karya Insani Mandiri Sejahtera and repaid through salary "
        "deductions of NT$4,200 per month for 12 months."
    )

    def sec(t):
        pdf.set_fill_color(40, 40, 40)
        pdf.set_text_color(255, 255, 255)
        pdf.font("B", 9.6)
        pdf.cell(pdf.epw, 6, "  " + t, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)
        pdf.ln(1.5)

    pdf.add_page()
    pdf.heading(
        "AFFIDAVIT OF FOREIGN WORKER'S WAGES AND EXPENSES",
        size=13.5,
        before=0,
        align="C",
        after=0.3,
    )
    pdf.para(
        "Entry employment in the Republic of China (Taiwan) · to be signed in the home "
        "country before the visa application",
        style="I",
        size=8.8,
        align="C",
        after=3,
    )
    sec("SECTION A · WORKER")
    pdf.grid(
        [
            ["Name", "Dewi Lestari Wulandari", "Passport No.", "C7712045"],
            ["Nationality", "Indonesia", "Home address", "Desa Sukorejo, Kendal, Central Java"],
        ],
        widths=(24, 50, 24, 72),
        head=False,
        size=9.2,
        first_bold=True,
    )
    sec("SECTION B · EMPLOYER")
    pdf.grid(
        [
            ["Name", "Hsin-Feng Precision Metal Co., Ltd."],
            ["Address", "No. 88, Gongye 3rd Road, Xitun District, Taichung City 407, Taiwan"],
            ["Recruitment permit", "Taichung Labor Affairs No. 1150034171"],
        ],
        widths=(32, 138),
        head=False,
        size=9.2,
        first_bold=True,
    )
    sec("SECTION C · AGENCIES")
    pdf.para(
        "Taiwan agency: Formosa Bridge Manpower Agency Co., Ltd. (Ministry of Labor permit "
        "No. 2117), Taichung. Indonesian placement company: PT Karya Insani Mandiri "
        "Sejahtera, Semarang, Central Java."
    )
    sec("SECTION D · EMPLOYMENT")
    pdf.grid(
        [
            [
                "Job",
                "Production line operator: loading CNC lathes, deburring and packing "
                "brass fittings",
            ],
            ["Workplace", "Employer's factory, No. 88, Gongye 3rd Road, Xitun District, Taichung"],
            ["Contract period", "3 years, from 10 March 2026 to 9 March 2029"],
            [
                "Working hours",
                "8 hours a day, Monday to Friday (40 hours a week); overtime "
                "paid under the Labor Standards Act",
            ],
            ["Monthly wage", "NT$29,500 (basic wage)"],
            ["Payday", "Monthly, on the 10th, by transfer to the Worker's bank account"],
            ["Deductions", "Only the items listed in Section F"],
        ],
        widths=(32, 138),
        head=False,
        size=9.2,
        first_bold=True,
    )
    sec("SECTION E · COSTS PAID IN INDONESIA BEFORE DEPARTURE")
    pdf.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["Medical examination (Semarang)", "Rp 0", "Employer"],
            ["Visa and entry permit", "Rp 0", "Employer"],
            ["Air ticket Semarang to Taipei", "Rp 0", "Employer"],
            ["Pre-departure training (200 hours)", "Rp 0", "Employer"],
        ],
        widths=(90, 35, 45),
        size=9.2,
        fill=(225, 225, 225),
    )
    pdf.para("Other costs paid in Indonesia: see item F7.", style="I", size=8.8)

    pdf.add_page()
    sec("SECTION F · PAYMENTS AND DEDUCTIONS IN TAIWAN")
    items = [
        (
            "F1",
            "Labor insurance and National Health Insurance: the Worker's statutory share of "
            "the premiums, about NT$1,160 per month.",
        ),
        ("F2", "Income tax withheld as required by law."),
        (
            "F3",
            q_fee + ", NT$1,700 per month in the second year and NT$1,500 per month in the "
            "third year.",
        ),
        ("F4", q_dorm + " Lunch in the factory canteen is free on working days."),
        ("F5", q_med),
        ("F6", q_arc),
        ("F7", q_loan),
    ]
    for m, t in items:
        pdf.item(m, t, mw=9, after=1.3)
    sec("SECTION G · RETURN")
    pdf.para(
        "At the end of the contract the Employer pays the Worker's air ticket from Taipei "
        "to Semarang."
    )
    sec("SECTION H · DECLARATION")
    pdf.para(
        "The Worker declares that the wages and expenses above were explained to her in "
        "Bahasa Indonesia, and that she has paid no money to anyone in Taiwan other than "
        "the items listed in Section F.",
        align="J",
    )
    pdf.para("Place and date: Semarang, 26 January 2026")
    pdf.sigs(
        [
            ("Worker", "Dewi Lestari Wulandari"),
            ("Indonesian placement company", "PT Karya Insani Mandiri Sejahtera"),
        ],
        gap=18,
        signed=(0, 1),
        box="Thumbprint",
    )
    pdf.sigs(
        [
            ("Taiwan agency", "Formosa Bridge Manpower Agency Co., Ltd."),
            ("Employer", "Hsin-Feng Precision Metal Co., Ltd."),
        ],
        gap=16,
        signed=(0, 1),
    )
    pdf.output(path)
    return label(
        "bn09.pdf",
        "generic",
        "en",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 2, 1800, "TWD", q_fee),
            fee("housing_charge", "review", 2, 2500, "TWD", q_dorm),
            fee("medical_cost", "violation", 2, 1900, "TWD", q_med),
            fee("visa_cost", "violation", 2, 1000, "TWD", q_arc),
            fee("debt_bondage", "violation", 2, 21500000, "IDR", q_loan),
        ],
        ["termination"],
        ["Formosa Bridge Manpower Agency Co., Ltd.", "PT Karya Insani Mandiri Sejahtera"],
        [
            "Section E rows at Rp 0: medical, visa, air ticket and training paid by the employer",
            "statutory labor insurance and NHI premium share (not an insurance_cost finding)",
            "free lunch in the factory canteen",
            "return air ticket paid by the employer",
            "declaration that nothing else was paid in Taiwan",
        ],
        "cost_affidavit",
        "A4 government-style form; black section bars; label/value grids; cost table with zero "
        "amounts; itemised deductions F1-F7; signature lines with thumbprint box",
    )


# ---------------------------------------------------------------------------
# bn10  Canada TFWP agricultural stream, Honduras -> Quebec (ES)  -- compliant
# ---------------------------------------------------------------------------
def bn10(path):
    pdf = Doc(
        "Letter",
        body="Noto",
        size=9.6,
        margins=(21, 20, 21),
        title="Oferta de empleo y contrato de trabajo",
        author="Les Serres Bellerive inc.",
    )
    green = (48, 110, 60)

    def hdr(p):
        p.set_draw_color(*green)
        p.set_line_width(1.2)
        p.line(p.l_margin, 9, p.l_margin + 40, 9)
        p.set_line_width(0.2)
        p.set_font("Noto", "B", 12)
        p.set_text_color(*green)
        p.set_xy(p.l_margin, 10.5)
        p.cell(p.epw, 6, "Les Serres Bellerive inc.")
        p.set_font("Noto", "", 7.8)
        p.set_text_color(80, 80, 80)
        p.set_xy(p.l_margin, 16.5)
        p.cell(
            p.epw,
            4,
            "1275, rang du Ruisseau, Sainte-Victoire-de-Sorel (Québec) J0G 1T0, "
            "Canadá · 450 555-0114 · NEQ 1168842937",
        )
        p.set_y(25)

    pdf.hdr = hdr
    pdf.ftr = text_footer(
        "EIMT 12745803 · Contrato de Yesenia M. Banegas Ordóñez · página {n} de 2", align="R"
    )

    pdf.add_page()
    pdf.heading(
        "OFERTA DE EMPLEO Y CONTRATO DE TRABAJO", size=13.5, before=0, after=0.3, color=green
    )
    pdf.para(
        "Programa de Trabajadores Extranjeros Temporales, sección agrícola (volet "
        "agricole) · EIMT n.º 12745803",
        style="I",
        size=8.8,
        color=(80, 80, 80),
    )
    pdf.para(
        "Entre Les Serres Bellerive inc. (LA EMPRESA), con domicilio en 1275, rang du "
        "Ruisseau, Sainte-Victoire-de-Sorel (Québec) J0G 1T0, Canadá, y Yesenia Marisol "
        "Banegas Ordóñez (LA TRABAJADORA), de Juticalpa, Olancho, Honduras, pasaporte "
        "n.º G482107, se acuerda lo siguiente.",
        align="J",
    )
    pdf.grid(
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Trabajadora de invernadero (CNP 85101): cosecha de tomate, deshoje, "
                "enrollado y guiado de plantas, empaque en cajas",
            ],
            [
                "Lugar",
                "Invernaderos de LA EMPRESA en 1275, rang du Ruisseau, "
                "Sainte-Victoire-de-Sorel, Quebec",
            ],
            ["Periodo", "Del 16 de marzo al 27 de noviembre de 2026"],
            ["Horario", "De lunes a sábado, 8 a 9 horas por día; promedio de 48 horas por semana"],
            ["Salario", "CAD 16.60 por hora (16,60 $ CA)"],
            ["Pago", "Cada semana, los jueves, por depósito directo en su cuenta bancaria"],
            [
                "Deducciones",
                "Solo las de ley: impuesto sobre la renta federal y de Quebec, "
                "RRQ, seguro de empleo y RQAP",
            ],
            [
                "Vivienda",
                "Casa de LA EMPRESA a 300 m del invernadero, sin costo para LA TRABAJADORA",
            ],
        ],
        widths=(28, 110),
        size=9.2,
        fill=(215, 235, 218),
        first_bold=True,
    )
    cl = [
        (
            "1.",
            "**Costos del reclutamiento y del viaje.** LA EMPRESA paga el estudio de impacto "
            "(EIMT, CAD 1,000), el permiso de trabajo (CAD 155), los datos biométricos "
            "(CAD 85) y el boleto aéreo de ida y vuelta Tegucigalpa–Montreal. Ninguno de "
            "estos costos se recupera del salario de LA TRABAJADORA.",
        ),
        (
            "2.",
            "**Reclutador.** LA EMPRESA contrató a Recrutement Agricole Boréal inc., agencia "
            "con permiso de la CNESST, y le paga todos sus honorarios. LA TRABAJADORA no paga "
            "nada por ser contratada; si alguien le pide dinero, debe avisar a LA EMPRESA o a "
            "la CNESST.",
        ),
        (
            "3.",
            "**Seguro médico.** Hasta que LA TRABAJADORA tenga la cobertura de la RAMQ, LA "
            "EMPRESA paga un seguro médico privado a su nombre.",
        ),
    ]
    for m, t in cl:
        pdf.item(m, t, mw=7, after=1.2, align="J")

    pdf.add_page()
    cl2 = [
        (
            "4.",
            "**Herramientas y equipo.** Tijeras, carros, guantes y botas se entregan sin "
            "costo y sin depósito.",
        ),
        (
            "5.",
            "**Documentos.** LA TRABAJADORA conserva su pasaporte y su permiso de trabajo; LA "
            "EMPRESA no puede guardarlos.",
        ),
        (
            "6.",
            "**Tiempo libre.** En su tiempo libre LA TRABAJADORA puede salir de la vivienda y "
            "recibir visitas; no hay toque de queda.",
        ),
        (
            "7.",
            "**Terminación.** LA EMPRESA puede terminar el contrato por causa justa, con "
            "aviso por escrito, o sin causa con una semana de aviso o una semana de salario. "
            "LA TRABAJADORA puede renunciar con una semana de aviso sin ninguna penalidad. En "
            "cualquier caso LA EMPRESA paga el boleto de regreso a Tegucigalpa.",
        ),
        (
            "8.",
            "**Quejas.** LA TRABAJADORA puede presentar quejas ante la CNESST o ante el "
            "consulado de Honduras en Montreal sin represalias ni listas negras.",
        ),
        (
            "9.",
            "**Idioma.** Este contrato se entrega en español; la versión en francés se "
            "adjunta y tiene el mismo valor.",
        ),
    ]
    for m, t in cl2:
        pdf.item(m, t, mw=7, after=1.2, align="J")
    pdf.ln(2)
    pdf.para(
        "Firmado en Sainte-Victoire-de-Sorel el 10 de febrero de 2026 y, por LA "
        "TRABAJADORA, en Tegucigalpa el 18 de febrero de 2026."
    )
    pdf.grid(
        [
            ["Por LA EMPRESA", "LA TRABAJADORA"],
            ["\n\n\nMathieu Gagnon-Lapierre, président", "\n\n\nYesenia Marisol Banegas Ordóñez"],
        ],
        widths=(1, 1),
        size=9.2,
        fill=(215, 235, 218),
    )
    pdf.output(path)
    return label(
        "bn10.pdf",
        "generic",
        "es",
        False,
        2,
        [],
        [],
        ["Recrutement Agricole Boréal inc."],
        [
            "'depósito directo' is direct deposit of wages, not a deposit charge",
            "statutory deductions only (income tax, RRQ, employment insurance, RQAP)",
            "LMIA, work permit, biometrics and round-trip airfare paid by the employer and not "
            "recovered",
            "free housing",
            "recruiter paid by the employer; worker pays nothing (negated recruitment fee)",
            "private medical insurance paid by the employer",
            "tools and boots free, no deposit",
            "worker keeps passport and permit (negated retention)",
            "no curfew (negated movement restriction)",
            "resignation without penalty; no blacklists (negated)",
        ],
        "work_contract",
        "single column, letter; green accent letterhead; gridded summary table; numbered "
        "clauses with bold lead-ins; two-cell signature table",
    )


# ---------------------------------------------------------------------------
# bn11  Spain seasonal (GECCO), Honduras -> Huelva (ES)
# ---------------------------------------------------------------------------
def bn11(path):
    pdf = Doc(
        "A4",
        body="LibSans",
        size=9.8,
        margins=(22, 20, 22),
        title="Contrato de temporada FRM-GECCO-26-0212",
        author="Frutos Rojos Marismas de Doñana, S.L.",
    )
    red = (170, 30, 50)

    def hdr(p):
        p.set_fill_color(*red)
        p.rect(p.l_margin, 8, 4, 12, "F")
        p.set_font("LibSans", "B", 11.5)
        p.set_text_color(*red)
        p.set_xy(p.l_margin + 6, 8)
        p.cell(110, 6, "FRUTOS ROJOS MARISMAS DE DOÑANA, S.L.")
        p.set_font("LibSans", "", 7.8)
        p.set_text_color(80, 80, 80)
        p.set_xy(p.l_margin + 6, 14)
        p.cell(120, 5, "CIF B21587430 · Ctra. A-494, km 12 · 21800 Moguer (Huelva) · España")
        p.set_xy(p.l_margin, 10)
        p.set_font("LibSans", "B", 8)
        p.cell(p.epw, 5, "Campaña 2025-2026 · GECCO", align="R")
        p.set_y(25)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Contrato n.º FRM-GECCO-26-0212 · Página {n} de 2")

    q_house = (
        "El alojamiento en los módulos de la finca cuesta 2,50 € por día de estancia, "
        "que se descuentan de la nómina."
    )
    q_trip = (
        "El billete de avión Tegucigalpa–Madrid y el autobús hasta Moguer, en total "
        "780 €, los adelanta LA EMPRESA y se descontarán de la nómina de LA TRABAJADORA "
        "en tres plazos."
    )
    q_fee = (
        "Antes de viajar, LA TRABAJADORA pagará a Lempira Global la cantidad de L 6,000 "
        "(seis mil lempiras) por la preparación de su expediente y la cita en el "
        "consulado."
    )
    q_dep = (
        "Además, entregará a la agencia un depósito de garantía de cinco mil lempiras, "
        "que se le devolverá cuando se presente de regreso en Tegucigalpa."
    )

    def cl(n, t, text):
        pdf.para(f"**{n}. {t}.** {text}", align="J", after=1.8)

    pdf.add_page()
    pdf.heading("CONTRATO DE TRABAJO DE TEMPORADA", size=13.5, before=0, align="C", after=0)
    pdf.para(
        "Gestión Colectiva de Contrataciones en Origen (GECCO) · Orden ISM/1485/2025",
        style="I",
        size=8.8,
        align="C",
        after=3,
    )
    pdf.para("En Moguer (Huelva), a 2 de febrero de 2026.", align="R")
    pdf.para(
        "**REUNIDOS.** De una parte, Frutos Rojos Marismas de Doñana, S.L. (LA EMPRESA), "
        "con domicilio en Ctra. A-494, km 12, 21800 Moguer (Huelva), representada por D. "
        "Ignacio Valdayo Pérez. De otra, Dña. Glenda Suyapa Maradiaga Flores (LA "
        "TRABAJADORA), nacional de Honduras, con pasaporte n.º F1739204, vecina de Danlí, "
        "El Paraíso. La selección se hizo en origen con la colaboración de Agencia de "
        "Empleo Internacional Lempira Global, S. de R.L., de Tegucigalpa (en adelante, "
        "Lempira Global).",
        align="J",
    )
    pdf.grid(
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Peón agrícola: recolección de fresa y frambuesa, limpieza de plantas "
                "y trabajo bajo macrotúnel",
            ],
            ["Centro de trabajo", "Fincas de LA EMPRESA en Moguer y Lucena del Puerto (Huelva)"],
            ["Duración", "Del 2 de febrero al 15 de junio de 2026"],
            ["Jornada", "39 horas semanales, de lunes a sábado, de 7:30 a 14:00"],
            [
                "Salario",
                "57,19 € brutos por jornada, según el Convenio Colectivo del Campo "
                "de la provincia de Huelva",
            ],
            [
                "Descuentos",
                "IRPF, cotizaciones de la trabajadora a la Seguridad Social y los "
                "conceptos de las cláusulas tercera y cuarta",
            ],
        ],
        widths=(32, 134),
        size=9.3,
        fill=(244, 220, 224),
        first_bold=True,
    )
    cl(
        "PRIMERA",
        "Objeto",
        "LA TRABAJADORA presta sus servicios en las condiciones de la "
        "tabla anterior, que forman parte de este contrato.",
    )
    cl(
        "SEGUNDA",
        "Equipos y herramientas",
        "LA EMPRESA entrega sin coste los equipos de "
        "protección individual, los guantes, las tijeras y las cestas.",
    )
    cl(
        "TERCERA",
        "Alojamiento",
        "LA EMPRESA pone a disposición de LA TRABAJADORA un "
        "alojamiento en los módulos de la finca La Mimbrera, con cocina, baños y lavadoras. "
        + q_house,
    )
    cl("CUARTA", "Viaje de ida", q_trip)
    cl(
        "QUINTA",
        "Viaje de regreso",
        "LA EMPRESA abona el billete de regreso a Tegucigalpa al terminar la campaña.",
    )

    pdf.add_page()
    cl(
        "SEXTA",
        "Compromiso de retorno",
        "LA TRABAJADORA se compromete a regresar a Honduras "
        "al terminar el contrato y a presentarse en el Consulado de España en Tegucigalpa en el "
        "plazo de un mes, como exige la normativa GECCO para poder ser llamada en campañas "
        "siguientes.",
    )
    cl(
        "SÉPTIMA",
        "Documentación",
        "LA TRABAJADORA conserva en todo momento su pasaporte y su "
        "tarjeta de identidad de extranjero.",
    )
    cl("OCTAVA", "Trámites en origen", q_fee + " " + q_dep)
    cl(
        "NOVENA",
        "Extinción",
        "El contrato se extingue al finalizar la campaña o por las "
        "causas de los artículos 49 y 54 del Estatuto de los Trabajadores. La falta de "
        "incorporación al trabajo durante tres días seguidos sin justificación se considerará "
        "abandono.",
    )
    cl(
        "DÉCIMA",
        "Legislación",
        "En lo no previsto rigen el Estatuto de los Trabajadores y el "
        "Convenio Colectivo del Campo de Huelva. LA TRABAJADORA puede acudir a la Inspección de "
        "Trabajo sin que ello afecte a su selección en futuras campañas.",
    )
    pdf.para(
        "Y en prueba de conformidad firman por triplicado en el lugar y la fecha indicados.",
        after=2,
    )
    pdf.sigs(
        [
            ("LA EMPRESA", "Ignacio Valdayo Pérez"),
            ("LA TRABAJADORA", "Glenda Suyapa Maradiaga Flores"),
        ],
        gap=22,
        signed=(0, 1),
    )
    pdf.output(path)
    return label(
        "bn11.pdf",
        "generic",
        "es",
        False,
        2,
        [
            fee("housing_charge", "review", 1, 2.50, "EUR", q_house),
            fee("travel_cost", "violation", 1, 780, "EUR", q_trip),
            fee("recruitment_fee", "violation", 2, 6000, "HNL", q_fee),
            fee("deposit_or_bond", "violation", 2, 5000, "HNL", q_dep),
        ],
        ["pay_frequency"],
        ["Agencia de Empleo Internacional Lempira Global, S. de R.L."],
        [
            "GECCO return commitment is a lawful visa condition, not a movement restriction",
            "protective equipment, gloves, scissors and baskets free",
            "return ticket paid by the employer",
            "worker keeps passport and TIE (negated retention)",
            "IRPF and Social Security contributions are statutory",
            "labour inspection complaints do not affect future selection (negated blacklisting)",
        ],
        "work_contract",
        "A4; red accent letterhead; REUNIDOS paragraph; gridded conditions table; clauses "
        "PRIMERA to DÉCIMA with bold lead-ins; signature lines",
    )


# ---------------------------------------------------------------------------
# bn12  Colombia -> Poland intermediation contract (ES)
# ---------------------------------------------------------------------------
def bn12(path):
    pdf = Doc(
        "A4",
        body="DejaVu",
        size=9.2,
        margins=(20, 20, 20),
        title="Contrato de intermediación TAE-PL-2026-031",
        author="Talento Andino Europa S.A.S.",
    )
    navy = (20, 45, 95)
    gold = (190, 150, 40)

    def hdr(p):
        p.set_fill_color(*navy)
        p.rect(0, 0, p.w, 20, "F")
        p.set_fill_color(*gold)
        p.rect(0, 20, p.w, 1.2, "F")
        p.set_text_color(255, 255, 255)
        p.set_font("DejaVu", "B", 12)
        p.set_xy(p.l_margin, 5)
        p.cell(p.epw, 6, "TALENTO ANDINO EUROPA S.A.S.")
        p.set_font("DejaVu", "", 7.5)
        p.set_xy(p.l_margin, 11.5)
        p.cell(
            p.epw,
            4.5,
            "NIT 901.482.337-5 · Calle 72 n.º 10-34, oficina 502, Bogotá D.C. · +57 601 555 0188",
        )
        p.set_y(27)

    pdf.hdr = hdr
    pdf.ftr = text_footer("Contrato TAE-PL-2026-031 · Página {n} de 2", align="R")

    q_fee = (
        "EL TRABAJADOR pagará a TALENTO ANDINO la suma de COP 4.200.000 (cuatro millones "
        "doscientos mil pesos) por concepto de asesoría migratoria y gestión de la oferta "
        "laboral."
    )
    q_visa = (
        "La tarifa consular de la visa nacional tipo D, 80 euros, corre por cuenta de EL "
        "TRABAJADOR."
    )
    q_trip = (
        "Los pasajes aéreos Bogotá–Varsovia y de regreso a Colombia son por cuenta de EL "
        "TRABAJADOR."
    )
    q_pen = (
        "Si EL TRABAJADOR renuncia antes de cumplir seis meses, pagará a Kraków Job Link "
        "una penalidad contractual de 2.000 PLN."
    )
    q_house = (
        "El alojamiento en habitación compartida cuesta 650 PLN mensuales y se descuenta "
        "del salario."
    )

    def cl(n, t, text):
        pdf.para(f"**{n}. {t}.** {text}", align="J", after=1.8)

    pdf.add_page()
    pdf.heading(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL",
        size=12.5,
        before=0,
        align="C",
        after=0,
    )
    pdf.heading("Empleo en Polonia", size=10.5, style="I", before=0.5, align="C", after=3)
    pdf.para(
        "Entre Talento Andino Europa S.A.S. (TALENTO ANDINO), con domicilio en Bogotá D.C., "
        "y Jhon Fredy Ospina Cardona (EL TRABAJADOR), identificado con cédula de "
        "ciudadanía 1.036.648.219 de Itagüí, se celebra este contrato para su vinculación "
        "laboral en Polonia con el empleador que se indica en el anexo, a través de la "
        "agencia de empleo polaca Kraków Job Link Sp. z o.o. (registro KRAZ n.º 27481), que "
        "se regirá por las siguientes cláusulas.",
        align="J",
    )
    cl(
        "PRIMERA",
        "Objeto",
        "TALENTO ANDINO presenta la hoja de vida de EL TRABAJADOR al "
        "empleador, lo prepara para la entrevista y lo acompaña en el trámite del permiso de "
        "trabajo y de la visa.",
    )
    cl(
        "SEGUNDA",
        "Honorarios",
        q_fee + " El pago se hace en dos cuotas: 50 % a la firma y "
        "50 % al recibir el permiso de trabajo.",
    )
    cl(
        "TERCERA",
        "Permiso de trabajo y visa",
        "El permiso de trabajo (zezwolenie na pracę) lo tramita y lo paga el empleador. " + q_visa,
    )
    cl("CUARTA", "Viajes", q_trip)
    cl("QUINTA", "Permanencia", q_pen)
    cl("SEXTA", "Alojamiento", q_house)
    cl(
        "SÉPTIMA",
        "Equipo de trabajo",
        "La ropa de trabajo, el calzado de seguridad y el escáner se entregan sin costo.",
    )
    cl(
        "OCTAVA",
        "Documentos",
        "EL TRABAJADOR conserva su pasaporte, su visa y su tarjeta de "
        "residencia; ni TALENTO ANDINO ni el empleador pueden retenerlos.",
    )

    pdf.add_page()
    cl(
        "NOVENA",
        "Ley aplicable",
        "Este contrato se rige por la ley colombiana. El contrato de "
        "trabajo en Polonia se rige por el Código del Trabajo polaco y se entrega a EL "
        "TRABAJADOR traducido al español.",
    )
    pdf.heading(
        "ANEXO · CONDICIONES DEL EMPLEO EN POLONIA", size=10.5, color=navy, before=1, after=1.5
    )
    pdf.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Magazyny Wielkopolskie Logistyka Sp. z o.o., ul. Składowa 14, "
                "62-080 Tarnowo Podgórne, Polonia",
            ],
            [
                "Puesto",
                "Operario de almacén: preparación de pedidos con escáner, carga y "
                "descarga de camiones, embalaje",
            ],
            ["Lugar", "Centro logístico de Tarnowo Podgórne, cerca de Poznań"],
            ["Periodo", "Del 1 de abril de 2026 al 31 de marzo de 2027"],
            [
                "Jornada",
                "8 horas diarias, de lunes a viernes, en turnos rotativos (40 horas semanales)",
            ],
            ["Salario", "31,40 PLN brutos por hora"],
            ["Pago", "Mensual, a más tardar el día 10 del mes siguiente"],
            [
                "Deducciones",
                "Cotizaciones a la seguridad social (ZUS), seguro de salud (NFZ), "
                "impuesto sobre la renta (PIT) y alojamiento (cláusula sexta)",
            ],
            [
                "Terminación",
                "Preaviso de dos semanas por cualquiera de las partes, según el "
                "Código del Trabajo polaco",
            ],
        ],
        widths=(28, 142),
        size=9,
        fill=(218, 224, 238),
        first_bold=True,
        zebra=(246, 247, 251),
    )
    pdf.para("Leído y aceptado, se firma en Bogotá D.C., el 28 de enero de 2026.", after=2)
    pdf.sigs(
        [
            ("Por TALENTO ANDINO", "Diana Marcela Restrepo Uribe, representante legal"),
            ("EL TRABAJADOR", "Jhon Fredy Ospina Cardona\nC.C. 1.036.648.219"),
        ],
        gap=20,
        signed=(0, 1),
        box="Huella",
    )
    pdf.output(path)
    return label(
        "bn12.pdf",
        "generic",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 4200000, "COP", q_fee),
            fee("visa_cost", "violation", 1, 80, "EUR", q_visa),
            fee("travel_cost", "violation", 1, None, None, q_trip),
            fee("breach_penalty", "violation", 1, 2000, "PLN", q_pen),
            fee("housing_charge", "review", 1, 650, "PLN", q_house),
        ],
        ["return_transportation"],
        ["Talento Andino Europa S.A.S.", "Kraków Job Link Sp. z o.o."],
        [
            "work permit processed and paid by the employer",
            "ZUS, NFZ and PIT are statutory deductions",
            "work clothes, safety shoes and scanner free",
            "worker keeps passport, visa and residence card (negated retention)",
        ],
        "recruiter_agreement",
        "A4; navy header band with gold rule; clauses PRIMERA to NOVENA with bold lead-ins; "
        "annex conditions table with zebra rows; signature lines with fingerprint box",
    )


BUILDERS = [bn01, bn02, bn03, bn04, bn05, bn06, bn07, bn08, bn09, bn10, bn11, bn12]
SCANNED_PAGES = {"bn08.pdf": {3}}


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def check(out_dir, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        f = lab["file"]
        path = os.path.join(out_dir, f)
        prog = lab["program"]
        scan = SCANNED_PAGES.get(f, set())
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            texts = [norm(p.extract_text()) for p in pdf.pages]
            nchars = [len(p.chars) for p in pdf.pages]
            nimgs = [len(p.images) for p in pdf.pages]
        if n != lab["pages"]:
            errors.append(f"{f}: {n} pages, label says {lab['pages']}")
        if not 1 <= n <= 4:
            errors.append(f"{f}: {n} pages outside 1-4")
        if lab["scanned"] != bool(scan):
            errors.append(f"{f}: scanned flag {lab['scanned']} vs scanned pages {scan}")
        for i in range(n):
            if (i + 1) in scan:
                if nchars[i] or texts[i]:
                    errors.append(f"{f}: scanned page {i + 1} has a text layer")
                if nimgs[i] < 1:
                    errors.append(f"{f}: scanned page {i + 1} has no image")
            elif nchars[i] == 0:
                errors.append(f"{f}: page {i + 1} has no text")
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errors.append(f"{f}: unknown category {fe['category']}")
            if fe["severity"] != expected_severity(fe["category"], prog):
                errors.append(f"{f}: severity {fe['severity']} for {fe['category']} ({prog})")
            if fe["currency"] is not None and fe["currency"] not in CURRENCIES:
                errors.append(f"{f}: currency {fe['currency']}")
            if (fe["amount"] is None) != (fe["currency"] is None):
                errors.append(f"{f}: amount/currency mismatch in {fe['category']}")
            pg = fe["page"]
            if pg in scan:
                errors.append(f"{f}: fee {fe['category']} on scanned page {pg}")
                continue
            if not 1 <= pg <= n:
                errors.append(f"{f}: fee page {pg} out of range")
                continue
            q = norm(fe["quote"])
            if q not in texts[pg - 1]:
                where = [k + 1 for k, t in enumerate(texts) if q in t]
                errors.append(
                    f"{f}: quote for {fe['category']} not on page {pg} (found on {where}): {q[:70]}"
                )
        req = set(REQUIRED[prog])
        for t in lab["missing_terms"]:
            if t not in req:
                errors.append(f"{f}: missing term {t} not required for {prog}")
        alltext = " ".join(texts)
        for r in lab["recruiters"]:
            if norm(r) not in alltext:
                errors.append(f"{f}: recruiter name not printed: {r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels = []
    for b in BUILDERS:
        name = b.__name__ + ".pdf"
        labels.append(b(os.path.join(out, name)))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = check(out, labels)
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    progs = {}
    for lab in labels:
        progs[lab["program"]] = progs.get(lab["program"], 0) + 1
    print(
        f"ok: {len(labels)} documents, {sum(len(l['fees']) for l in labels)} fees, programs {progs}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
