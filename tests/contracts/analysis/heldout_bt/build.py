#!/usr/bin/env python3
"""Held-out test batch "bt": 12 recruitment documents with labels.

Usage:  python build.py OUT_DIR

Writes bt01.pdf ... bt12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks page counts, that every labelled fee quote is
printed on its labelled page, that scanned pages carry no text layer, that
every labelled recruiter name is printed, and that every contract term the
labels treat as present has printed evidence.  Exits non-zero on a mismatch.

Everything is deterministic: fixed creation date, fixed random seeds.
"""

import json
import os
import re
import sys
import unicodedata
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CREATION = datetime(2026, 1, 19, 9, 30, 0, tzinfo=UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"


def _fontset(reg, bold, ital, bital):
    return {"": reg, "B": bold, "I": ital, "BI": bital}


FONTS = {
    "dejavu": _fontset(
        DJ + "DejaVuSans.ttf",
        DJ + "DejaVuSans-Bold.ttf",
        DJ + "DejaVuSans-Oblique.ttf",
        DJ + "DejaVuSans-BoldOblique.ttf",
    ),
    "dejavucond": _fontset(
        DJ + "DejaVuSansCondensed.ttf",
        DJ + "DejaVuSansCondensed-Bold.ttf",
        DJ + "DejaVuSansCondensed-Oblique.ttf",
        DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dejavuserif": _fontset(
        DJ + "DejaVuSerif.ttf",
        DJ + "DejaVuSerif-Bold.ttf",
        DJ + "DejaVuSerif-Italic.ttf",
        DJ + "DejaVuSerif-BoldItalic.ttf",
    ),
    "libsans": _fontset(
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
        LB + "LiberationSans-BoldItalic.ttf",
    ),
    "libnarrow": _fontset(
        LB + "LiberationSansNarrow-Regular.ttf",
        LB + "LiberationSansNarrow-Bold.ttf",
        LB + "LiberationSansNarrow-Italic.ttf",
        LB + "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "libserif": _fontset(
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
        LB + "LiberationSerif-BoldItalic.ttf",
    ),
    "libmono": _fontset(
        LB + "LiberationMono-Regular.ttf",
        LB + "LiberationMono-Bold.ttf",
        LB + "LiberationMono-Italic.ttf",
        LB + "LiberationMono-BoldItalic.ttf",
    ),
}
if os.path.exists(NT + "NotoSans-Regular.ttf"):
    FONTS["noto"] = _fontset(
        NT + "NotoSans-Regular.ttf",
        NT + "NotoSans-Bold.ttf",
        NT + "NotoSans-Italic.ttf",
        NT + "NotoSans-BoldItalic.ttf",
    )
else:  # fall back to DejaVu when Noto is not installed
    FONTS["noto"] = FONTS["dejavu"]

# --------------------------------------------------------------------------
# taxonomy facts used by the self-check
# --------------------------------------------------------------------------
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


def expected_severity(category, program, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def fee(category, severity, page, amount, currency, quote, group=None, passport_only=False):
    d = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    d["_passport_only"] = passport_only
    return d


# --------------------------------------------------------------------------
# PDF helper
# --------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        family="libsans",
        size=10.0,
        footer="",
        page_word="Page",
        of_word="of",
        margins=(20, 16, 20),
        bottom=18,
        lang="en",
        title="",
        author="",
        running=None,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, styles in FONTS.items():
            for st, path in styles.items():
                self.add_font(fam, st, path)
        self.fam = family
        self.size = size
        self.footer_text = footer
        self.page_word = page_word
        self.of_word = of_word
        self.running = running
        self.scanned = set()
        self._next_scanned = False
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(CREATION)
        self.set_creator("bt batch builder")
        self.set_lang(lang)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_font(family, "", size)

    # -- page furniture ----------------------------------------------------
    def header(self):
        if self._next_scanned:
            self.scanned.add(self.page_no())
            self._next_scanned = False
            return
        if self.running and self.page_no() > 1:
            self.set_font(self.fam, "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_y(8)
            self.cell(0, 4, self.running, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)
            self.set_font(self.fam, "", self.size)

    def footer(self):
        if self.page_no() in self.scanned:
            return
        self.set_y(-13)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(100, 100, 100)
        txt = f"{self.page_word} {self.page_no()} {self.of_word} {{nb}}"
        if self.footer_text:
            txt = self.footer_text + "   |   " + txt
        self.cell(0, 5, txt, align="C")
        self.set_text_color(0, 0, 0)

    # -- text helpers -------------------------------------------------------
    def lh(self, size=None):
        return (size or self.size) * 0.47

    def font(self, style="", size=None, family=None):
        self.set_font(family or self.fam, style, size or self.size)

    def para(
        self, text, size=None, style="", align="J", after=1.8, indent=0, color=None, family=None
    ):
        self.font(style, size, family)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, self.lh(size), text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.font()

    def head(
        self, text, size=None, style="B", before=1.5, after=1.2, color=None, align="L", family=None
    ):
        self.ln(before)
        self.font(style, size or self.size + 1, family)
        if color:
            self.set_text_color(*color)
        self.multi_cell(
            0,
            self.lh(size or self.size + 1),
            text,
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)
        self.font()

    def clause(self, label, text, size=None, after=1.8, label_style="B"):
        h = self.lh(size)
        self.set_x(self.l_margin)
        self.font(label_style, size)
        self.write(h, label + " ")
        self.font("", size)
        self.write(h, text)
        self.ln(h)
        self.ln(after)

    def items(self, entries, size=None, indent=4, marker_w=7, after=1.2, align="J"):
        h = self.lh(size)
        for marker, text in entries:
            self.font("", size)
            self.set_x(self.l_margin + indent)
            self.cell(marker_w, h, marker)
            self.multi_cell(
                self.epw - indent - marker_w,
                h,
                text,
                align=align,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        header=True,
        size=None,
        borders="ALL",
        head_fill=(225, 225, 225),
        bold_first=False,
        after=3,
        lh=None,
        head_color=(0, 0, 0),
        width=None,
        align="LEFT",
        fill_rows=None,
    ):
        self.font("", size)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(0, 0, 0)
        lh = lh or self.lh(size) + 0.3
        headings = FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color)
        with self.table(
            col_widths=widths,
            width=width or self.epw,
            text_align=align,
            v_align="TOP",
            line_height=lh,
            first_row_as_headings=header,
            headings_style=headings,
            borders_layout=borders,
            padding=(0.9, 1.2, 0.9, 1.2),
            align="LEFT",
        ) as t:
            for r_i, r in enumerate(rows):
                row = t.row()
                for c_i, c in enumerate(r):
                    style = None
                    if bold_first and c_i == 0 and not (header and r_i == 0):
                        style = FontFace(emphasis="BOLD")
                    if fill_rows and r_i in fill_rows:
                        style = FontFace(
                            emphasis="BOLD" if bold_first and c_i == 0 else None,
                            fill_color=fill_rows[r_i],
                        )
                    row.cell(c, style=style)
        self.ln(after)
        self.font()

    def band(self, title, sub, rgb, h=20, title_size=15, sub_size=8.5, text_rgb=(255, 255, 255)):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, h, style="F")
        self.set_text_color(*text_rgb)
        self.set_xy(self.l_margin, 4.5)
        self.font("B", title_size)
        self.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font("", sub_size)
        self.cell(0, 5, sub, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(h + 5)
        self.font()

    def rule(self, rgb=(120, 120, 120), width=0.3, gap=2):
        self.set_draw_color(*rgb)
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(gap)

    def sigs(self, blocks, size=None, gap=14, after=4, thumb=False):
        """Signature blocks side by side; each block is a list of lines."""
        n = len(blocks)
        colw = self.epw / n
        need = gap + max(len(b) for b in blocks) * self.lh(size) + after + 2
        if self.get_y() + need > self.page_break_trigger:
            self.add_page()
            gap = max(gap, 20)
        self.ln(gap)
        y0 = self.get_y()
        h = self.lh(size)
        maxy = y0
        for i, lines in enumerate(blocks):
            x = self.l_margin + i * colw
            self.set_draw_color(0, 0, 0)
            self.line(x + 2, y0, x + colw - 8, y0)
            self.set_xy(x + 2, y0 + 1)
            for j, ln_ in enumerate(lines):
                self.font("B" if j == 0 else "", size)
                self.set_x(x + 2)
                self.multi_cell(colw - 10, h, ln_, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            maxy = max(maxy, self.get_y())
        if thumb:
            bx = self.w - self.r_margin - 22
            self.rect(bx, y0 - 24, 20, 22)
            self.set_xy(bx, y0 - 1.5)
            self.font("", 6.5)
            self.cell(20, 3, thumb, align="C")
        self.set_xy(self.l_margin, maxy + after)
        self.font()

    def scan_page(self, img):
        """A page that is only an image (no text layer, no header/footer)."""
        self._next_scanned = True
        auto = self.auto_page_break
        self.set_auto_page_break(False)
        self.add_page()
        self.image(img, x=0, y=0, w=self.w, h=self.h)
        self.set_auto_page_break(auto, margin=18)


# --------------------------------------------------------------------------
# scanned-page renderer (Pillow + numpy)
# --------------------------------------------------------------------------
def render_scan(blocks, seed, size_in=(8.5, 11.0), dpi=170):
    W, H = int(size_in[0] * dpi), int(size_in[1] * dpi)
    img = Image.new("L", (W, H), 248)
    d = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt * dpi / 72.0))

    def reg(pt):
        return ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", px(pt))

    def bold(pt):
        return ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", px(pt))

    rng = np.random.default_rng(seed)
    left, right = int(1.0 * dpi), W - int(1.0 * dpi)
    y = int(0.8 * dpi)

    def wrap(text, fnt, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=fnt) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def scribble(x0, y0, w):
        pts = []
        x = x0
        base = y0
        while x < x0 + w:
            pts.append((x, base + rng.normal(0, 9)))
            x += rng.uniform(6, 16)
        d.line(pts, fill=40, width=3)
        d.line([(x0 + 10, base + 12), (x0 + w * 0.8, base - 6)], fill=55, width=2)

    for kind, *args in blocks:
        if kind == "title":
            fnt = bold(args[1] if len(args) > 1 else 13)
            for ln_ in wrap(args[0], fnt, right - left):
                tw = d.textlength(ln_, font=fnt)
                d.text(((W - tw) / 2, y), ln_, font=fnt, fill=25)
                y += int(fnt.size * 1.3)
            y += px(5)
        elif kind == "para":
            fnt = reg(args[1] if len(args) > 1 else 10.5)
            for ln_ in wrap(args[0], fnt, right - left):
                d.text((left, y), ln_, font=fnt, fill=30)
                y += int(fnt.size * 1.32)
            y += px(6)
        elif kind == "gap":
            y += px(args[0])
        elif kind == "sigs":
            cols = args[0]
            colw = (right - left) // len(cols)
            top = y
            for i, lines in enumerate(cols):
                x = left + i * colw
                scribble(x + 20, top - px(10), colw - px(50))
                d.line([(x, top), (x + colw - px(18), top)], fill=20, width=2)
                yy = top + px(3)
                for j, ln_ in enumerate(lines):
                    fnt = bold(9.5) if j == 0 else reg(9.5)
                    d.text((x, yy), ln_, font=fnt, fill=30)
                    yy += int(fnt.size * 1.3)
            y = top + px(60)
        elif kind == "stamp":
            cx, cy, r = left + px(330), y - px(95), px(46)
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=120, width=4)
            d.ellipse([cx - r + 9, cy - r + 9, cx + r - 9, cy + r - 9], outline=135, width=2)
            for k, t in enumerate(args[0]):
                fnt = bold(7)
                tw = d.textlength(t, font=fnt)
                d.text((cx - tw / 2, cy - px(14) + k * px(10)), t, font=fnt, fill=115)
    # scanner artefacts: slight skew, paper grain, specks, blur, shaded edge
    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=246)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0.0, 7.0, arr.shape)
    n_specks = 900
    ys = rng.integers(0, H, n_specks)
    xs = rng.integers(0, W, n_specks)
    arr[ys, xs] = rng.uniform(60, 160, n_specks)
    shade = np.linspace(0.86, 1.0, 60, dtype=np.float32)
    arr[:, :60] *= shade[None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, mode="L").filter(ImageFilter.GaussianBlur(0.7))
    return img


def label(
    file,
    program,
    language,
    pages,
    fees,
    missing,
    recruiters,
    traps,
    doc_type,
    layout,
    scanned=False,
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


# ==========================================================================
# bt01  h2a  en  job order  (compliant)
# ==========================================================================
def bt01():
    emp = "Okanogan Ridge Orchards LLC"
    agency = "Agencia Laboral Tierra Fértil, S.C."
    p = Doc(
        fmt="Letter",
        family="libsans",
        size=9.2,
        footer="Okanogan Ridge Orchards LLC - Clearance order H-300-26041-772915, Addendum A",
        title="H-2A Clearance Order Addendum A",
        author=emp,
        lang="en",
    )
    p.add_page()
    p.band(
        "OKANOGAN RIDGE ORCHARDS LLC",
        "3190 Janis Grade Road, Tonasket, Washington 98855   |   Tel. (509) 555-0147   |   FEIN 91-2280417",
        (34, 87, 52),
    )
    p.head("H-2A AGRICULTURAL CLEARANCE ORDER - ADDENDUM A", size=13, before=0, align="C")
    p.para(
        "Material Terms and Conditions of Employment, 2026 Tree-Fruit Harvest",
        size=10.5,
        style="I",
        align="C",
        after=3,
    )
    p.grid(
        [
            ["Item", "Offer"],
            [
                "Employer",
                "Okanogan Ridge Orchards LLC, 3190 Janis Grade Road, Tonasket, Washington 98855",
            ],
            ["Job title", "Tree-fruit harvest worker (apples and pears), SOC 45-2092, 46 openings"],
            ["Period", "August 24, 2026 to November 13, 2026"],
            ["Hours", "35 hours per week, Monday to Saturday"],
            ["Wage", "$19.97 per hour, or $28.00 per bin when piece-rate earnings are higher"],
            ["Pay day", "Every Friday (weekly)"],
            ["Housing", "Free, at Ridge Camp, 3201 Janis Grade Road, Tonasket"],
            ["Recruitment", "Agencia Laboral Tierra Fértil, S.C., paid by the employer"],
        ],
        widths=(30, 140),
        bold_first=True,
        head_fill=(206, 229, 211),
    )

    p.head("1. Job duties")
    p.para(
        "Workers hand-harvest apples and pears from trees using 10- and 12-foot orchard "
        "ladders and canvas picking bags, deposit the fruit gently into field bins without "
        "bruising it, move ladders and bins between rows, and perform related orchard work "
        "such as propping limbs and hand-thinning. Fruit must be picked with the stem "
        "attached and placed, not dropped, into the bin."
    )
    p.head("2. Job requirements")
    p.para(
        "Three (3) months of verifiable experience hand-harvesting tree fruit. Workers must be "
        "able to climb and work from a 12-foot ladder and to carry a full picking bag of up to "
        "45 pounds. No education or licence is required. After a three-day break-in period, "
        "workers are expected to fill at least 0.8 bins per hour worked."
    )
    p.head("3. Places of employment")
    p.grid(
        [
            ["Orchard block", "Address", "Crop"],
            ["Janis Grade Block", "3190 Janis Grade Road, Tonasket, WA 98855", "Apples"],
            ["Ellisforde Block", "47 Ellisforde Bridge Road, Tonasket, WA 98855", "Apples, pears"],
            ["Whitestone Block", "1122 Loomis Highway, Tonasket, WA 98855", "Pears"],
        ],
        widths=(40, 95, 35),
        head_fill=(206, 229, 211),
    )
    p.head("4. Period of employment and hours")
    p.para(
        "The first workday is August 24, 2026 and the anticipated last workday is November 13, "
        "2026. Workers are offered 35 hours per week, Monday through Saturday, normally from "
        "6:30 a.m. to 2:30 p.m. with a 30-minute unpaid lunch; Sundays are off. Workers may be "
        "asked, but are not required, to work more hours during the peak of the harvest."
    )
    p.head("5. Wage rate and adjustments")
    p.para(
        "The employer pays $19.97 per hour, or a piece rate of $28.00 per standard bin (about "
        "24 bushels) whenever the worker's piece-rate earnings for the pay period are higher "
        "than the hourly earnings. If the Adverse Effect Wage Rate, the prevailing wage or the "
        "state minimum wage rises above the rate offered while this contract is in force, the "
        "employer will pay the higher rate from the date it takes effect."
    )
    p.head("6. Pay day and earnings statements")
    p.para(
        "Wages are paid weekly, every Friday, by check or by direct deposit to a bank account "
        "chosen by the worker. With each payment the worker receives a written statement in "
        "English and Spanish showing the hours offered, the hours actually worked, the bins "
        "picked, the hourly and piece rates, total earnings and each deduction."
    )
    p.head("7. Deductions")
    p.para(
        "Only the following deductions are made: (a) federal income tax, only if the worker "
        "asks for it on Form W-4; (b) amounts the worker voluntarily authorizes in writing for "
        "his or her own benefit, such as a money transfer to family in Mexico. H-2A wages are "
        "not subject to Social Security or Medicare tax. No deduction is ever made for "
        "housing, transportation, tools, recruitment or visa costs."
    )

    p.head("8. Three-fourths guarantee")
    p.para(
        "The employer guarantees to offer each worker employment for a total number of work "
        "hours equal to at least three-fourths (3/4) of the workdays of the total period of "
        "employment, counted from the first workday after arrival until the end date in "
        "section 4. If the employer offers fewer hours, it will pay the worker the amount he "
        "or she would have earned had the guaranteed hours been offered."
    )
    p.head("9. Housing and meals")
    p.para(
        "Housing is provided at no cost to workers who cannot reasonably return to their "
        "residence each day, at Ridge Camp, 3201 Janis Grade Road, Tonasket, Washington. The "
        "camp is inspected and licensed by the Washington State Department of Health. No "
        "deposit is charged for beds, bedding, mattresses or keys. Each housing unit has a "
        "free kitchen with stoves, refrigerators and cooking utensils so that workers can "
        "prepare their own meals; no meal charge is made."
    )
    p.head("10. Tools and equipment")
    p.para(
        "The employer provides all tools, ladders, picking bags, bin trailers and gloves "
        "required for the work at no cost to the worker, and no deposit is required for them."
    )
    p.head("11. Transportation")
    p.items(
        [
            (
                "a)",
                "Inbound. The employer pays in advance for the bus ticket from León, Guanajuato, "
                "to Tonasket and gives each worker a daily subsistence payment of $17.00 for each "
                "day of travel. If a worker has paid any inbound travel or subsistence personally, "
                "the employer reimburses it in the first workweek; no worker will be asked to "
                "repay it.",
            ),
            (
                "b)",
                "Return. A worker who completes the contract period, or who is dismissed early "
                "for reasons other than cause, receives return transportation and daily "
                "subsistence to León, Guanajuato, paid by the employer.",
            ),
            (
                "c)",
                "Daily. Daily transportation between Ridge Camp and the orchards is provided free "
                "of charge in employer vehicles driven by licensed drivers.",
            ),
        ]
    )
    p.head("12. Workers' compensation")
    p.para(
        "All workers are covered by workers' compensation insurance through the Washington "
        "State Department of Labor & Industries, employer account no. 418-227-09, for injury "
        "or illness arising out of the work. The premiums are paid entirely by the employer."
    )
    p.head("13. Abandonment and termination for cause")
    p.para(
        "A worker who fails to report for work for five (5) consecutive working days without "
        "the employer's consent is considered to have abandoned the job. The employer may "
        "terminate a worker for cause, such as repeated failure to follow safety "
        "instructions, after a written warning. In both cases the employer notifies the "
        "Department of Labor and the Department of Homeland Security within two working "
        "days, and the three-fourths guarantee and return transportation no longer apply."
    )
    p.head("14. Contract impossibility")
    p.para(
        "If, before the end date, the work becomes impossible because of fire, hail, flood, "
        "freeze or another Act of God that the employer certifies to the Department of Labor, "
        "the employer may end the contract. It will then pay the three-fourths guarantee for "
        "the period up to termination and the worker's return transportation and subsistence, "
        "and will try to transfer the worker to other H-2A work."
    )

    p.head("15. Recruitment and visas")
    p.para(
        "The employer has engaged Agencia Laboral Tierra Fértil, S.C., of León, Guanajuato, to "
        "recruit workers in Mexico. The employer pays all of the agency's fees and pays the "
        "visa application (MRV) fee directly to the consulate. The agency and its staff are "
        "contractually forbidden to seek or receive any payment, gift or favor from workers "
        "or their families. No worker pays anything to be hired or to be put on the list. Any "
        "request for money should be reported to the employer at (509) 555-0147 or to the "
        "U.S. Department of Labor, Wage and Hour Division, at 1-866-487-9243."
    )
    p.head("16. Documents and workers' rights")
    p.para(
        "Workers keep their own passports, visas and identity documents at all times; the "
        "employer will never hold them. The employer will not blacklist, discharge or "
        "otherwise retaliate against any worker who files a complaint, talks to a lawyer or a "
        "worker organization, or testifies in a proceeding."
    )
    p.head("17. Other conditions")
    p.para(
        "Coffee and drinking water are available free in the field every morning. A copy of "
        "this addendum in Spanish is given to every worker no later than the day of the visa "
        "application."
    )
    p.head("Employer's declaration")
    p.para(
        "I declare that the terms above are the actual terms and conditions of employment "
        "offered and that they comply with 20 CFR part 655, subpart B."
    )
    p.sigs(
        [
            ["Marcus T. Lindqvist", "Owner, Okanogan Ridge Orchards LLC", "March 3, 2026"],
            ["Received by the worker", "Name:", "Date:"],
        ],
        gap=16,
    )

    present = {
        "employer_identity": "Okanogan Ridge Orchards LLC, 3190 Janis Grade Road",
        "job_duties": "hand-harvest apples and pears",
        "work_location": "47 Ellisforde Bridge Road",
        "employment_period": "August 24, 2026 to November 13, 2026",
        "hours_of_work": "35 hours per week",
        "wage_rate": "$19.97 per hour",
        "wage_adjustment": "employer will pay the higher rate",
        "pay_frequency": "Wages are paid weekly",
        "deductions": "Only the following deductions are made",
        "three_fourths_guarantee": "three-fourths (3/4)",
        "housing": "Housing is provided at no cost",
        "meals": "free kitchen",
        "inbound_transportation": "bus ticket from León, Guanajuato, to Tonasket",
        "return_transportation": "receives return transportation",
        "daily_transportation": "Daily transportation between Ridge Camp and the orchards",
        "tools_provided": "at no cost to the worker, and no deposit",
        "workers_compensation": "workers' compensation insurance",
        "earnings_statements": "the worker receives a written statement",
        "termination": "considered to have abandoned the job",
        "contract_impossibility": "fire, hail, flood",
        "job_requirements": "Three (3) months of verifiable experience",
    }
    lab = label(
        "bt01.pdf",
        "h2a",
        "en",
        3,
        [],
        [],
        [agency],
        [
            "'deposit the fruit gently into field bins' is a job duty, not a deposit",
            "piece rate per bin is a wage term, not a charge",
            "voluntary money-transfer deduction authorized in writing by the worker",
            "negated deductions for housing, transportation, tools, recruitment, visa",
            "free housing (h2a); no deposit for beds, bedding or keys",
            "free kitchen, no meal charge",
            "tools free, no deposit",
            "inbound bus paid in advance, anything paid reimbursed in first workweek",
            "workers' compensation premiums paid by employer",
            "employer pays agency fees and the MRV visa fee; no payment to be hired or put on the list (negated recruitment fee)",
            "employer never holds passports (negated retention)",
            "no blacklisting or retaliation (negated)",
            "'coffee' contains 'fee'; free coffee",
        ],
        "job_order",
        "Letter; colored header band; gridded summary table and worksite table; numbered sections; signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt02  h2a  es  recruiter agreement
# ==========================================================================
def bt02():
    agency = "Enlace Campesino del Bajío, S.C."
    p = Doc(
        fmt="Letter",
        family="libserif",
        size=10.2,
        lang="es",
        footer="Enlace Campesino del Bajío, S.C. - Folio ECB-H2A-2026-0311",
        page_word="Página",
        of_word="de",
        title="Contrato de servicios de reclutamiento",
        author=agency,
        margins=(22, 16, 22),
    )
    p.add_page()
    p.head("ENLACE CAMPESINO DEL BAJÍO, S.C.", size=14, before=0, align="C")
    p.para(
        "Calle Hidalgo No. 27, Col. Centro, Dolores Hidalgo, Guanajuato, C.P. 37800  -  "
        "Tel. 418 555 0192",
        size=8.5,
        align="C",
        after=1,
    )
    p.rule()
    p.head(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO Y GESTIÓN PARA TRABAJO "
        "AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS (PROGRAMA H-2A)",
        size=11.5,
        align="C",
    )
    p.para("Folio: ECB-H2A-2026-0311", size=9, align="R", after=1)
    p.para(
        "Contrato que celebran, por una parte, Enlace Campesino del Bajío, S.C., representada "
        "por su administrador único, el C. Fermín Alcántara Robledo, a quien en lo sucesivo se "
        'denominará "LA AGENCIA", y por la otra, el C. Rigoberto Anselmo Villagrán Cruz, por '
        'su propio derecho, a quien se denominará "EL TRABAJADOR", al tenor de las '
        "siguientes declaraciones y cláusulas:"
    )
    p.head("DECLARACIONES", align="C")
    p.clause(
        "I.",
        "Declara LA AGENCIA, por conducto de su representante: a) que es una sociedad "
        "civil constituida conforme a las leyes mexicanas; b) que está registrada ante la "
        "Secretaría del Trabajo y Previsión Social con el número AC-GTO-0592; y c) que fue "
        'contratada por Cape Fear Sweet Potato Farms, LLC (en lo sucesivo "EL EMPLEADOR") '
        "para reclutar trabajadores para su orden de trabajo H-2A de la temporada 2026.",
    )
    p.clause(
        "II.",
        "Declara EL TRABAJADOR: a) que es mexicano, mayor de edad, originario de San "
        "Diego de la Unión, Guanajuato, con CURP VICR880312HGTLRG05; y b) que tiene "
        "experiencia de dos temporadas en la cosecha de hortalizas.",
    )
    p.head("CLÁUSULAS", align="C")
    p.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA integrará el expediente de EL TRABAJADOR, lo "
        "presentará a EL EMPLEADOR y lo acompañará a la cita consular y durante el viaje.",
    )
    p.clause(
        "SEGUNDA. Condiciones del empleo.",
        "Según la orden de trabajo aprobada, las condiciones del empleo son las siguientes:",
        after=1.2,
    )
    p.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Cape Fear Sweet Potato Farms, LLC, 1187 Turkey Branch Road, Clinton, "
                "Carolina del Norte 28328, EE. UU.",
            ],
            [
                "Puesto",
                "Trabajador de cosecha de camote: recoger el camote que levanta la máquina, "
                "llenar cubetas, vaciarlas en cajones y clasificar el producto",
            ],
            ["Requisitos", "Dos meses de experiencia en cosecha; poder cargar cubetas de 15 kilos"],
            ["Lugar", "Campos de EL EMPLEADOR en el condado de Sampson, Carolina del Norte"],
            ["Periodo", "Del 24 de agosto al 14 de noviembre de 2026"],
            ["Jornada", "40 horas por semana, de lunes a sábado"],
            ["Salario", "US$16.42 por hora, o $0.65 por cubeta si resulta mayor"],
            ["Día de pago", "Cada jueves (pago semanal)"],
            [
                "Descuentos",
                "Impuesto federal solo si EL TRABAJADOR lo pide; ningún otro sin su "
                "autorización escrita",
            ],
            [
                "Vivienda",
                "Gratuita, en el campamento de EL EMPLEADOR en 1190 Turkey Branch Road, Clinton",
            ],
            [
                "Transporte",
                "Diario y gratuito, en autobús de EL EMPLEADOR, de la vivienda al campo",
            ],
            ["Herramientas", "Cubetas, guantes y cuchillos sin costo y sin depósito"],
            [
                "Seguro",
                "Seguro de riesgos de trabajo (workers' compensation) pagado por EL EMPLEADOR",
            ],
            [
                "Viaje de ida",
                "EL EMPLEADOR paga el autobús de Dolores Hidalgo a Clinton y los "
                "alimentos del camino",
            ],
            ["Regreso", "EL EMPLEADOR paga el regreso a Dolores Hidalgo al terminar la temporada"],
        ],
        widths=(32, 140),
        size=9.2,
        bold_first=True,
        head_fill=(230, 230, 230),
    )

    p.add_page()
    p.clause(
        "TERCERA. Cuota de servicios.",
        "Por la integración del expediente y para apartar "
        "su lugar en el grupo, EL TRABAJADOR pagará a LA AGENCIA una cuota de colocación de "
        "$9,800.00 (nueve mil ochocientos pesos 00/100 M.N.), en dos exhibiciones: la mitad "
        "a la firma de este contrato y el resto antes de la cita consular. El examen médico "
        "lo paga EL EMPLEADOR directamente a la clínica; LA AGENCIA no cobra por él.",
    )
    p.clause(
        "CUARTA. Gastos consulares.",
        "El derecho de visa (MRV) de 205 dólares corre por "
        "cuenta de EL TRABAJADOR y no será reembolsado por EL EMPLEADOR ni por LA AGENCIA. "
        "El hospedaje en Monterrey la noche anterior a la cita lo cubre LA AGENCIA sin costo "
        "para EL TRABAJADOR.",
    )
    p.clause(
        "QUINTA. Resguardo de documentos.",
        "Para evitar extravíos, LA AGENCIA conservará "
        "el pasaporte de EL TRABAJADOR desde la entrega de la visa; en la granja lo guardará "
        "el mayordomo de EL EMPLEADOR, quien se lo devolverá al terminar la temporada.",
    )
    p.clause(
        "SEXTA. Abandono.",
        "Si EL TRABAJADOR abandona la granja antes del 14 de noviembre "
        "de 2026, pagará a LA AGENCIA una multa por abandono de 5 000 pesos, además de "
        "perder la cuota de colocación.",
    )
    p.clause(
        "SÉPTIMA. Terminación.",
        "Si EL TRABAJADOR falta cinco días hábiles seguidos sin "
        "avisar, EL EMPLEADOR podrá considerar que abandonó el empleo. Fuera de ese caso, "
        "EL EMPLEADOR solo podrá despedirlo por causa justificada y por escrito.",
    )
    p.clause(
        "OCTAVA. Quejas.",
        "EL TRABAJADOR puede presentar quejas ante el consulado de "
        "México o el Departamento del Trabajo de los Estados Unidos sin que eso le impida "
        "participar en futuras temporadas.",
    )
    p.clause(
        "NOVENA. Jurisdicción.",
        "Para la interpretación y cumplimiento de este contrato, "
        "las partes se someten a los tribunales de Dolores Hidalgo, Guanajuato, y renuncian "
        "a cualquier otro fuero.",
    )
    p.para(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance "
        "legal, lo firman por duplicado en Dolores Hidalgo, Guanajuato, el 9 de marzo de 2026."
    )
    p.sigs(
        [
            ["LA AGENCIA", "C. Fermín Alcántara Robledo", "Administrador único"],
            ["EL TRABAJADOR", "C. Rigoberto Anselmo Villagrán Cruz", "Firma"],
        ],
        gap=18,
    )
    p.sigs(
        [["TESTIGO", "C. Ma. Guadalupe Rangel Soto"], ["TESTIGO", "C. Juan Pablo Lara Ibarra"]],
        gap=16,
    )

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            2,
            9800,
            "MXN",
            "EL TRABAJADOR pagará a LA AGENCIA una cuota de colocación de $9,800.00 (nueve mil "
            "ochocientos pesos 00/100 M.N.)",
        ),
        fee(
            "visa_cost",
            "violation",
            2,
            205,
            "USD",
            "El derecho de visa (MRV) de 205 dólares corre por cuenta de EL TRABAJADOR y no será "
            "reembolsado por EL EMPLEADOR ni por LA AGENCIA.",
        ),
        fee(
            "document_retention",
            "violation",
            2,
            None,
            None,
            "LA AGENCIA conservará el pasaporte de EL TRABAJADOR desde la entrega de la visa; en "
            "la granja lo guardará el mayordomo de EL EMPLEADOR, quien se lo devolverá al "
            "terminar la temporada.",
        ),
        fee(
            "breach_penalty",
            "violation",
            2,
            5000,
            "MXN",
            "Si EL TRABAJADOR abandona la granja antes del 14 de noviembre de 2026, pagará a LA "
            "AGENCIA una multa por abandono de 5 000 pesos",
        ),
    ]
    present = {
        "employer_identity": "1187 Turkey Branch Road, Clinton",
        "job_duties": "recoger el camote que levanta la máquina",
        "work_location": "condado de Sampson",
        "employment_period": "Del 24 de agosto al 14 de noviembre de 2026",
        "hours_of_work": "40 horas por semana",
        "wage_rate": "US$16.42 por hora",
        "pay_frequency": "pago semanal",
        "deductions": "Impuesto federal solo si EL TRABAJADOR lo pide",
        "housing": "en el campamento de EL EMPLEADOR en 1190 Turkey Branch Road",
        "inbound_transportation": "paga el autobús de Dolores Hidalgo a Clinton",
        "return_transportation": "paga el regreso a Dolores Hidalgo",
        "daily_transportation": "de la vivienda al campo",
        "tools_provided": "Cubetas, guantes y cuchillos sin costo",
        "workers_compensation": "workers' compensation",
        "termination": "cinco días hábiles seguidos",
        "job_requirements": "Dos meses de experiencia en cosecha",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "meals",
        "earnings_statements",
        "contract_impossibility",
    ]
    lab = label(
        "bt02.pdf",
        "h2a",
        "es",
        2,
        fees,
        missing,
        [agency],
        [
            "free housing (h2a)",
            "free daily transport",
            "tools free, 'sin depósito' (negated deposit)",
            "workers' compensation paid by employer",
            "inbound bus and road meals paid by employer",
            "medical exam paid by employer, agency does not charge (negated medical cost)",
            "Monterrey lodging before the consular interview covered by the agency 'sin costo' (negated travel cost)",
            "complaints allowed without losing future seasons (negated blacklisting)",
        ],
        "recruiter_agreement",
        "Letter; serif legal style; centered letterhead; declarations and numbered clauses; gridded terms table; witness signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt03  h2a  en  informal typed letter from a Jamaican recruiter
# ==========================================================================
def bt03():
    agency = "Montego Agri-Link Recruitment Ltd."
    p = Doc(
        fmt="Letter",
        family="libmono",
        size=9.4,
        footer="",
        lang="en",
        title="Letter - 2026 apple season",
        author=agency,
        margins=(22, 16, 22),
    )
    p.add_page()
    p.para("MONTEGO AGRI-LINK RECRUITMENT LTD.", size=12.5, style="B", align="L", after=0.5)
    p.para(
        "Shop 9, Fairfield Plaza, 41 Barnett Street, Montego Bay, St. James, Jamaica W.I.",
        size=8.5,
        align="L",
        after=0.3,
    )
    p.para(
        "Tel: (876) 555-0163     Email: placements@montegoagrilink.example",
        size=8.5,
        align="L",
        after=1,
    )
    p.rule(gap=4)
    p.para("3rd February 2026", align="L", after=3)
    p.para(
        "Mr. Delroy A. Whitfield\nLot 22, Retreat District\nMay Pen P.O., Clarendon",
        align="L",
        after=3,
    )
    p.para("Dear Mr. Whitfield,", align="L", after=2)
    p.para("RE: 2026 APPLE SEASON - VIRGINIA, U.S.A. (H-2A)", style="B", align="L", after=2)
    p.para(
        "We are happy to let you know that you have been shortlisted for the 2026 apple "
        "harvest with Shenandoah Crest Fruit Farms, Inc., 905 Apple Pie Ridge Road, "
        "Winchester, Virginia 22603. The farm has asked us to send twenty-two men from "
        "Clarendon and St. Elizabeth this year, and your name came up from last year's list.",
        align="L",
    )
    p.para(
        "The job is hand-picking apples into picking bags, emptying the bags into bins "
        "without bruising the fruit, and moving ladders and bins in the orchards of the farm "
        "in Frederick County, Virginia. You need at least one season of tree-fruit picking and "
        "must be able to work from a 16-foot ladder. Work starts 31st August 2026 and ends "
        "6th November 2026. You will work about 40 hours a week, Monday to Saturday, and the "
        "pay is US$16.93 per hour or the piece rate of US$1.10 per bushel, whichever gives "
        "you more.",
        align="L",
    )
    p.para(
        "Workers are paid every Friday. Deductions: only U.S. federal income tax if you ask "
        "for it, plus the savings explained on page 2.",
        align="L",
    )
    p.para(
        "The farm pays your air ticket from Kingston to Washington Dulles and the bus to "
        "Winchester, and pays your ticket home at the end of the season. Housing in the farm "
        "bunkhouse is free, with a free kitchen where you cook your own meals, and the farm "
        "bus takes you to the orchards every morning at no charge. Ladders and picking bags "
        "are supplied by the farm free of charge.",
        align="L",
    )
    p.para(
        "Before we can put your name forward for the visa interview, the following must be "
        "settled at our office:",
        align="L",
    )
    p.items(
        [
            (
                "1.",
                "A processing and placement fee of J$95,000, payable in cash or by deposit to our "
                "account at the Barnett Street branch, on or before 20th February 2026.",
            ),
            (
                "2.",
                "Your medical examination with our panel doctor, Dr. Marcia Fennell, costs "
                "J$14,500 and is paid by you directly at her clinic.",
            ),
            (
                "3.",
                "A good-conduct bond of US$500, which we hold until you return to Jamaica at the "
                "end of the season.",
            ),
        ],
        align="L",
    )
    p.para(
        "The visa fee itself is paid by the farm, so do not pay anybody at the Embassy.", align="L"
    )

    p.add_page()
    p.para("WHILE YOU ARE ON THE FARM", style="B", align="L", after=2)
    p.para(
        "The farm will keep back US$1.50 from every hour you work as compulsory savings. This "
        "money is paid to you only when you check in at the airport for your flight home.",
        align="L",
    )
    p.para(
        "Any worker who leaves the farm before the end of the season, for whatever reason, "
        "forfeits the good-conduct bond.",
        align="L",
    )
    p.para(
        "The farm treats five working days in a row absent without notice as abandonment of "
        "the job, and may dismiss a worker for proven misconduct such as fighting or drinking "
        "on the job.",
        align="L",
    )
    p.para("INTERVIEW DAY", style="B", align="L", after=2)
    p.para(
        "The bus to the Embassy in Kingston leaves from the Four Paths feeder road junction "
        "at 4:00 a.m. on the day of your appointment. The bus is provided by the agency at no "
        "cost to you. Please bring your passport, two passport-size photographs, your TRN "
        "card and your police record. Your passport stays with you; we only make a "
        "photocopy for the file.",
        align="L",
    )
    p.para(
        "If you have any questions, call the office between 9:00 a.m. and 4:00 p.m., Monday "
        "to Friday. We look forward to seeing you.",
        align="L",
        after=4,
    )
    p.para("Yours faithfully,", align="L", after=12)
    p.para(
        "Claudette Brissett (Mrs.)\nRecruitment Officer\nfor: Montego Agri-Link Recruitment Ltd.",
        align="L",
        after=8,
    )
    p.rule(gap=3)
    p.para("I have read and understood this letter.", align="L", after=10)
    p.para("Signed: ______________________________     Date: ________________", align="L")

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            95000,
            "JMD",
            "A processing and placement fee of J$95,000, payable in cash or by deposit to our "
            "account at the Barnett Street branch",
        ),
        fee(
            "medical_cost",
            "violation",
            1,
            14500,
            "JMD",
            "Your medical examination with our panel doctor, Dr. Marcia Fennell, costs J$14,500 "
            "and is paid by you directly at her clinic.",
        ),
        fee(
            "deposit_or_bond",
            "violation",
            1,
            500,
            "USD",
            "A good-conduct bond of US$500, which we hold until you return to Jamaica at the end "
            "of the season.",
        ),
        fee(
            "wage_withholding",
            "violation",
            2,
            1.5,
            "USD",
            "The farm will keep back US$1.50 from every hour you work as compulsory savings. "
            "This money is paid to you only when you check in at the airport for your flight "
            "home.",
        ),
        fee(
            "breach_penalty",
            "violation",
            2,
            None,
            None,
            "Any worker who leaves the farm before the end of the season, for whatever reason, "
            "forfeits the good-conduct bond.",
        ),
    ]
    present = {
        "employer_identity": "Shenandoah Crest Fruit Farms, Inc., 905 Apple Pie Ridge Road",
        "job_duties": "hand-picking apples into picking bags",
        "work_location": "Frederick County, Virginia",
        "employment_period": "Work starts 31st August 2026 and ends 6th November 2026",
        "hours_of_work": "about 40 hours a week",
        "wage_rate": "US$16.93 per hour",
        "pay_frequency": "Workers are paid every Friday",
        "deductions": "Deductions: only U.S. federal income tax",
        "housing": "Housing in the farm bunkhouse is free",
        "meals": "free kitchen where you cook your own meals",
        "inbound_transportation": "air ticket from Kingston to Washington Dulles",
        "return_transportation": "pays your ticket home",
        "daily_transportation": "farm bus takes you to the orchards every morning",
        "tools_provided": "Ladders and picking bags are supplied by the farm free of charge",
        "termination": "five working days in a row absent without notice",
        "job_requirements": "at least one season of tree-fruit picking",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
    ]
    lab = label(
        "bt03.pdf",
        "h2a",
        "en",
        2,
        fees,
        missing,
        [agency],
        [
            "free housing in bunkhouse (h2a)",
            "free kitchen",
            "free daily farm bus",
            "ladders and picking bags free",
            "farm pays inbound and return air tickets",
            "visa fee paid by the farm (negated visa cost)",
            "'feeder road' contains 'fee'",
            "agency bus to Embassy 'at no cost to you'",
            "'payable ... by deposit to our account' is a payment method, the finding is the fee itself",
            "worker keeps passport; agency only photocopies it (negated retention)",
            "office hours 9-4 are not working hours",
        ],
        "recruiter_letter",
        "Letter; informal typed letter in monospaced font; plain letterhead; numbered payment list; acknowledgement line",
    )
    return p, lab, present


# ==========================================================================
# bt04  h2a  en+es  bilingual payroll deduction schedule
# ==========================================================================
def bt04():
    emp = "Altamaha Sweet Onion Farms, LLC"
    p = Doc(
        fmt="Letter",
        family="dejavucond",
        size=8.9,
        lang="en",
        footer="Altamaha Sweet Onion Farms, LLC - Form PD-26 / Formulario PD-26",
        page_word="Page / Página",
        of_word="of / de",
        title="Payroll deduction schedule / Calendario de descuentos",
        author=emp,
        margins=(18, 16, 18),
    )
    p.add_page()
    p.band(
        "ALTAMAHA SWEET ONION FARMS, LLC",
        "318 Cobbtown Highway, Lyons, Georgia 30436   |   (912) 555-0118   |   H-2A job order H-300-26012-448120",
        (120, 70, 20),
    )
    p.head("PAYROLL DEDUCTION SCHEDULE - H-2A SEASON 2026", size=12, before=0, align="C")
    p.head(
        "CALENDARIO DE DESCUENTOS DE NÓMINA - TEMPORADA H-2A 2026",
        size=11,
        style="BI",
        before=0,
        align="C",
        after=3,
    )
    p.para(
        "This schedule lists every amount that will be taken out of your pay this season. "
        "Read it before you sign. The key terms of your job are summarized below."
    )
    p.para(
        "Este calendario indica cada cantidad que se quitará de su pago esta temporada. "
        "Léalo antes de firmar. Abajo se resumen las condiciones principales de su trabajo.",
        style="I",
        after=3,
    )
    p.grid(
        [
            ["Term / Condición", "English", "Español"],
            [
                "Employer",
                "Altamaha Sweet Onion Farms, LLC, 318 Cobbtown Highway, Lyons, Georgia 30436",
                "Empleador: Altamaha Sweet Onion Farms, LLC, 318 Cobbtown Highway, Lyons, Georgia 30436",
            ],
            [
                "Job / Puesto",
                "Onion harvest worker: pull, clip and bag Vidalia onions and load the "
                "bags on trailers",
                "Cosechador de cebolla: arrancar, cortar y embolsar cebolla Vidalia y cargar los "
                "costales en remolques",
            ],
            [
                "Worksites",
                "Farm fields in Toombs and Tattnall Counties, Georgia",
                "Campos de la granja en los condados de Toombs y Tattnall, Georgia",
            ],
            ["Period", "April 6, 2026 to June 26, 2026", "Del 6 de abril al 26 de junio de 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Saturday",
                "40 horas por semana, de lunes a sábado",
            ],
            ["Wage / Salario", "$14.68 per hour", "$14.68 por hora"],
            ["Pay day / Pago", "Weekly, every Friday", "Semanal, cada viernes"],
            [
                "Housing",
                "No rent, at Camp 2, 455 Cobbtown Highway, Lyons",
                "Vivienda sin renta en el Campo 2, 455 Cobbtown Highway, Lyons",
            ],
            [
                "Meals / Comidas",
                "Free kitchen in each unit, or the optional meal plan",
                "Cocina gratuita en cada unidad, o el plan de comidas opcional",
            ],
            [
                "Return trip",
                "Bus to Monterrey paid by the company at the end of the season",
                "Autobús de regreso a Monterrey pagado por la compañía al terminar la temporada",
            ],
            [
                "Pay slip / Talón",
                "Each paycheck shows hours, earnings and every deduction",
                "Cada cheque muestra las horas, las ganancias y cada descuento",
            ],
        ],
        widths=(30, 74, 75.9),
        size=8.6,
        bold_first=True,
        head_fill=(242, 224, 200),
    )
    p.para(
        "Questions about this schedule: ask the payroll office at the packing shed, Monday to "
        "Friday, 1:00 to 4:00 p.m. / Preguntas sobre este calendario: en la oficina de nómina "
        "del empaque, de lunes a viernes, de 1:00 a 4:00 p.m.",
        size=8.2,
        color=(80, 80, 80),
    )

    p.add_page()
    p.head("DEDUCTIONS / DESCUENTOS", size=11, before=0)
    p.grid(
        [
            ["No.", "Item / Concepto", "Amount / Monto", "When / Cuándo"],
            [
                "1",
                "Federal income tax, only if requested on Form W-4 / Impuesto federal, solo si lo "
                "pide en la forma W-4",
                "per W-4 / según W-4",
                "weekly / semanal",
            ],
            [
                "2",
                "Optional meal plan / Plan de comidas opcional",
                "$14.00 per day / por día",
                "weekly / semanal",
            ],
            [
                "3",
                "Housing utilities / Servicios de la vivienda",
                "$22.50 per week / por semana",
                "weekly / semanal",
            ],
            [
                "4",
                "Shears and rain gear / Tijeras y ropa de lluvia",
                "$41.00",
                "1st check / 1er cheque",
            ],
            [
                "5",
                "Bus fare Monterrey-Lyons / Pasaje Monterrey-Lyons",
                "$185.00",
                "3 weeks / 3 semanas",
            ],
            [
                "6",
                "Damage to housing / Daños a la vivienda",
                "repair cost / costo",
                "if any / si ocurre",
            ],
            ["7", "Visa fee (MRV) / Cuota de visa (MRV)", "$0.00 - reimbursed / reembolsada", "-"],
        ],
        widths=(10, 84, 48, 37.9),
        size=8.4,
        head_fill=(242, 224, 200),
    )
    p.head("NOTES / NOTAS", size=10, before=0)
    notes = [
        (
            "2.",
            "The meal plan is optional. Workers who join pay $14.00 per day for three meals, "
            "which is below the maximum meal charge published by the U.S. Department of "
            "Labor; workers who prefer to cook use the free kitchen.",
            "El plan de comidas es opcional. Quien se inscriba paga $14.00 por día por tres "
            "comidas, cantidad menor al máximo publicado por el Departamento del Trabajo de EE. "
            "UU.; quien prefiera cocinar usa la cocina gratuita.",
        ),
        (
            "3.",
            "Housing is provided without rent, but each worker pays $22.50 per week for "
            "electricity and propane, deducted from every paycheck.",
            "La vivienda no tiene renta, pero cada trabajador paga $22.50 por semana de luz y "
            "gas, que se descuentan de cada cheque.",
        ),
        (
            "4.",
            "Clipping shears and rain gear are issued on arrival, and their cost of $41.00 is "
            "deducted from the first paycheck.",
            "Las tijeras y la ropa de lluvia se entregan al llegar y su costo de $41.00 se "
            "descuenta del primer cheque.",
        ),
        (
            "5.",
            "The bus fare from Monterrey to Lyons, $185.00, is recovered from the worker in "
            "three equal weekly deductions and is not reimbursed.",
            "El pasaje de autobús de Monterrey a Lyons, de $185.00, se recupera del trabajador en "
            "tres descuentos semanales iguales y no se reembolsa.",
        ),
        (
            "6.",
            "Damage to the housing beyond normal wear and tear that is caused by the worker "
            "will be charged to the worker at the actual cost of repair.",
            "Los daños a la vivienda más allá del uso normal causados por el trabajador se le "
            "cobrarán al costo real de la reparación.",
        ),
        (
            "7.",
            "The visa fee is reimbursed in full with the first paycheck. No worker pays any "
            "recruitment or hiring fee.",
            "La cuota de visa se reembolsa completa con el primer cheque. Ningún trabajador paga "
            "cuota de reclutamiento o de contratación.",
        ),
    ]
    h = p.lh(8.6)
    for num, en, es in notes:
        p.font("B", 8.6)
        p.set_x(p.l_margin)
        p.cell(7, h, num)
        p.font("", 8.6)
        p.multi_cell(p.epw - 7, h, en, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(0.6)
        p.set_x(p.l_margin + 7)
        p.font("I", 8.6)
        p.multi_cell(p.epw - 7, h, es, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(2.2)
    p.font()
    p.ln(1)
    p.para(
        "I received a copy of this schedule in English and Spanish. / Recibí una copia de "
        "este calendario en inglés y español.",
        size=8.6,
    )
    p.sigs(
        [
            ["Worker / Trabajador", "Name / Nombre:", "Date / Fecha:"],
            [
                "For the employer / Por el empleador",
                "Janelle Corbitt, Payroll Manager",
                "March 30, 2026",
            ],
        ],
        gap=14,
        size=8.6,
    )

    fees = [
        fee(
            "housing_charge",
            "violation",
            2,
            22.5,
            "USD",
            "Housing is provided without rent, but each worker pays $22.50 per week for "
            "electricity and propane, deducted from every paycheck.",
            group=1,
        ),
        fee(
            "housing_charge",
            "violation",
            2,
            22.5,
            "USD",
            "La vivienda no tiene renta, pero cada trabajador paga $22.50 por semana de luz y "
            "gas, que se descuentan de cada cheque.",
            group=1,
        ),
        fee(
            "equipment_charge",
            "violation",
            2,
            41,
            "USD",
            "Clipping shears and rain gear are issued on arrival, and their cost of $41.00 is "
            "deducted from the first paycheck.",
            group=2,
        ),
        fee(
            "equipment_charge",
            "violation",
            2,
            41,
            "USD",
            "Las tijeras y la ropa de lluvia se entregan al llegar y su costo de $41.00 se "
            "descuenta del primer cheque.",
            group=2,
        ),
        fee(
            "travel_cost",
            "violation",
            2,
            185,
            "USD",
            "The bus fare from Monterrey to Lyons, $185.00, is recovered from the worker in "
            "three equal weekly deductions and is not reimbursed.",
            group=3,
        ),
        fee(
            "travel_cost",
            "violation",
            2,
            185,
            "USD",
            "El pasaje de autobús de Monterrey a Lyons, de $185.00, se recupera del trabajador "
            "en tres descuentos semanales iguales y no se reembolsa.",
            group=3,
        ),
        fee(
            "damage_chargeback",
            "review",
            2,
            None,
            None,
            "Damage to the housing beyond normal wear and tear that is caused by the worker "
            "will be charged to the worker at the actual cost of repair.",
            group=4,
        ),
        fee(
            "damage_chargeback",
            "review",
            2,
            None,
            None,
            "Los daños a la vivienda más allá del uso normal causados por el trabajador se le "
            "cobrarán al costo real de la reparación.",
            group=4,
        ),
    ]
    present = {
        "employer_identity": "318 Cobbtown Highway, Lyons, Georgia 30436",
        "job_duties": "pull, clip and bag Vidalia",
        "work_location": "Toombs and Tattnall Counties",
        "employment_period": "April 6, 2026 to June 26, 2026",
        "hours_of_work": "40 hours per week",
        "wage_rate": "$14.68 per hour",
        "pay_frequency": "Weekly, every Friday",
        "deductions": "Federal income tax, only if requested on Form W-4",
        "housing": "No rent, at Camp 2, 455 Cobbtown Highway",
        "meals": "Free kitchen in each unit",
        "return_transportation": "Bus to Monterrey paid by the company",
        "earnings_statements": "Each paycheck shows hours, earnings and every",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "inbound_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    lab = label(
        "bt04.pdf",
        "h2a",
        "en+es",
        2,
        fees,
        missing,
        [],
        [
            "optional meal plan at $14.00/day, below the published h2a cap (lawful meal charge)",
            "federal income tax only if requested on W-4 (lawful)",
            "visa fee row shows $0.00 - reimbursed in first paycheck",
            "no recruitment or hiring fee (negated)",
            "'no rent' housing is lawful, the utilities charge is the finding",
            "payroll office hours are not working hours",
            "fees sit in a deduction table on page 2 and are proven by the notes on the same page",
        ],
        "deduction_schedule",
        "Letter; bilingual EN/ES; colored header band; 3-column gridded terms table (Term | English | Español); deduction grid; numbered notes EN then ES in italics",
    )
    return p, lab, present


# ==========================================================================
# bt05  h2b  en  job order (landscaping, Texas)
# ==========================================================================
def bt05():
    emp = "Lone Star Greenscape Services, LLC"
    agency = "Grupo Reclutador Sierra Madre, S.A. de C.V."
    p = Doc(
        fmt="Letter",
        family="dejavu",
        size=8.9,
        lang="en",
        footer="Lone Star Greenscape Services, LLC - H-2B job order H-400-25338-991204",
        title="H-2B job order",
        author=emp,
        margins=(19, 16, 19),
        running="H-2B job order H-400-25338-991204 - Landscaping and groundskeeping workers",
    )
    p.add_page()
    p.band(
        "LONE STAR GREENSCAPE SERVICES, LLC",
        "9407 Potranco Road, San Antonio, Texas 78251   |   FEIN 74-3318206   |   (210) 555-0139",
        (28, 45, 90),
    )
    p.head(
        "H-2B JOB ORDER - LANDSCAPING AND GROUNDSKEEPING WORKERS (SOC 37-3011)", size=10.8, before=0
    )
    p.para(
        "Case no. H-400-25338-991204   |   28 positions   |   Issued January 12, 2026",
        size=8.4,
        color=(70, 70, 70),
        after=2,
    )
    p.set_fill_color(235, 239, 248)
    p.set_draw_color(28, 45, 90)
    y0 = p.get_y()
    p.rect(p.l_margin, y0, p.epw, 25, style="DF")
    p.set_xy(p.l_margin + 3, y0 + 2)
    p.font("B", 9)
    p.cell(0, 5, "At a glance", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.items(
        [
            ("•", "Period of employment: March 2, 2026 through December 15, 2026"),
            ("•", "Wage: $15.80 per hour; overtime $23.70 per hour over 40 hours in a week"),
            ("•", "Hours: 40 per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."),
            ("•", "Pay: every other Friday (biweekly), by direct deposit or payroll card"),
        ],
        indent=4,
        marker_w=5,
        after=0.2,
        align="L",
    )
    p.set_y(y0 + 28)
    p.set_draw_color(0, 0, 0)
    secs = [
        (
            "1. Job duties",
            "Mow, edge and trim lawns with walk-behind and riding mowers, string trimmers and "
            "blowers; plant trees, shrubs and flowers; spread mulch and apply fertilizer feed to "
            "lawns under supervision; prune hedges; collect and bag debris and haul it to the "
            "trailer. Work is performed outdoors in heat, cold and rain.",
        ),
        (
            "2. Minimum requirements",
            "No experience or education is required. Workers must be able to lift and carry 50 "
            "pounds, stand and walk for a full shift, and work outdoors in all weather. Safety "
            "training in mower and trimmer use is given in the first week, paid at the regular "
            "wage and at no cost to the worker.",
        ),
        (
            "3. Place of employment",
            "Residential and commercial customer properties in Bexar, Comal and Guadalupe "
            "Counties, Texas. Crews report each morning to the company yard at 9407 Potranco "
            "Road, San Antonio, and ride to the job sites in company trucks.",
        ),
        (
            "4. Hours and overtime",
            "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute "
            "unpaid lunch. Saturday work may be offered during the spring rush. Hours over 40 in a "
            "workweek are paid at $23.70 per hour, one and one-half times the regular rate.",
        ),
        (
            "5. Wage rate and adjustments",
            "$15.80 per hour for all hours worked. The employer will pay at least the highest of "
            "the prevailing wage, the federal minimum wage and any applicable state or local "
            "minimum wage during the entire period; if the prevailing wage is raised during the "
            "period, the higher rate will be paid from the date of the change.",
        ),
        (
            "6. Pay and earnings statements",
            "Wages are paid every other Friday. Each pay statement shows the hours offered, the "
            "hours worked, the rate of pay, total earnings and each deduction with its purpose.",
        ),
        (
            "7. Deductions",
            "Required deductions are federal income tax, Social Security and Medicare (FICA). Any "
            "other deduction must be authorized in writing by the worker and be for the worker's "
            "benefit, except as stated in section 9.",
        ),
        (
            "8. Three-fourths guarantee",
            "The employer guarantees to offer each worker employment for at least three-fourths "
            "(3/4) of the workdays in each 12-week period of the employment period. If the "
            "employer offers fewer hours, it will pay the worker the amount he would have earned "
            "for the guaranteed hours.",
        ),
        (
            "9. Tools, equipment and uniforms",
            "The employer furnishes mowers, trimmers, blowers, hand tools, gloves and safety "
            "glasses at no cost. Company uniform shirts are required: each worker receives four "
            "shirts for a total of $70.00, deducted from the first two paychecks.",
        ),
        (
            "10. Inbound and return transportation",
            "Workers recruited in Mexico travel by bus from Monterrey, Nuevo León, to San Antonio. "
            "The employer reimburses the bus fare and daily subsistence of $16.36 per travel day "
            "in the first workweek. Workers who complete the period, or who are dismissed early "
            "for reasons other than cause, receive return transportation and subsistence to "
            "Monterrey paid by the employer.",
        ),
        (
            "11. Visa and border-crossing fees",
            "Each worker is responsible for his own visa appointment fee and the I-94 "
            "border-crossing fee at Laredo; the employer does not reimburse these costs.",
        ),
        (
            "12. Housing",
            "Housing is not provided. On arrival the office manager will give workers a list of "
            "apartments near the yard and help them contact landlords.",
        ),
        (
            "13. Early departure",
            "A worker who leaves before December 15, 2026 without the employer's consent will "
            "have two weeks' wages deducted from the final paycheck as liquidated damages for the "
            "cost of replacing him.",
        ),
        (
            "14. Abandonment and termination",
            "A worker who fails to report for work for five consecutive working days without the "
            "employer's consent is considered to have voluntarily abandoned the job. The employer "
            "may also terminate a worker for cause. The employer will notify the Department of "
            "Labor and the Department of Homeland Security in writing within two business days.",
        ),
        (
            "15. Recruitment",
            "The employer uses Grupo Reclutador Sierra Madre, S.A. de C.V., of Monterrey, Nuevo "
            "León, to recruit workers in Mexico and pays the recruiter's fees in full. The "
            "recruiter may not charge workers any recruitment, placement or processing fee.",
        ),
        (
            "16. Workers' rights",
            "Workers keep their own passports and visas. The employer will not discharge, "
            "blacklist or otherwise retaliate against a worker who complains about wages or "
            "working conditions or who contacts the Department of Labor.",
        ),
    ]
    breaks = {"10. Inbound and return transportation"}
    for h_, t_ in secs:
        if h_ in breaks:
            p.add_page()
            p.head(h_, size=9.6, before=0)
        else:
            p.head(h_, size=9.6, before=1)
        p.para(t_)
    p.head("Employer certification", size=9.6)
    p.para(
        "The employer certifies that this job order states all the material terms and "
        "conditions of the job and that it will comply with 20 CFR 655.20."
    )
    p.sigs(
        [
            ["Raymond E. Castañeda", "Operations Manager", "Lone Star Greenscape Services, LLC"],
            ["Date", "January 12, 2026"],
        ],
        gap=14,
    )

    fees = [
        fee(
            "equipment_charge",
            "violation",
            1,
            70,
            "USD",
            "Company uniform shirts are required: each worker receives four shirts for a total "
            "of $70.00, deducted from the first two paychecks.",
        ),
        fee(
            "visa_cost",
            "violation",
            2,
            None,
            None,
            "Each worker is responsible for his own visa appointment fee and the I-94 "
            "border-crossing fee at Laredo; the employer does not reimburse these costs.",
        ),
        fee(
            "breach_penalty",
            "violation",
            2,
            None,
            None,
            "A worker who leaves before December 15, 2026 without the employer's consent will "
            "have two weeks' wages deducted from the final paycheck as liquidated damages",
        ),
    ]
    present = {
        "employer_identity": "9407 Potranco Road, San Antonio, Texas 78251",
        "job_duties": "Mow, edge and trim lawns",
        "work_location": "Bexar, Comal and Guadalupe",
        "employment_period": "March 2, 2026 through December 15, 2026",
        "hours_of_work": "40 hours per week, Monday through Friday",
        "wage_rate": "$15.80 per hour",
        "wage_adjustment": "the higher rate will be paid",
        "overtime": "$23.70 per hour",
        "pay_frequency": "Wages are paid every other Friday",
        "deductions": "Required deductions are federal income tax",
        "three_fourths_guarantee": "three-fourths (3/4)",
        "inbound_transportation": "reimburses the bus fare and daily subsistence",
        "return_transportation": "receive return transportation",
        "tools_provided": "hand tools, gloves and safety glasses at no cost",
        "earnings_statements": "Each pay statement shows the hours offered",
        "termination": "voluntarily abandoned the job",
        "job_requirements": "lift and carry 50 pounds",
    }
    missing = ["visa_reimbursement", "contract_impossibility"]
    lab = label(
        "bt05.pdf",
        "h2b",
        "en",
        2,
        fees,
        missing,
        [agency],
        [
            "'apply fertilizer feed to lawns' is a job duty",
            "'collect and bag debris' is a job duty, not a collection of fees",
            "safety training paid and at no cost to the worker (negated training cost)",
            "FICA and income tax are lawful statutory deductions",
            "tools, gloves and safety glasses at no cost",
            "inbound bus and subsistence reimbursed in first workweek",
            "return transportation paid by employer",
            "housing not provided and no rent charged (help finding apartments only)",
            "employer pays recruiter; recruiter may not charge workers (negated recruitment fee)",
            "workers keep passports; no blacklisting or retaliation (negated)",
        ],
        "job_order",
        "Letter; navy header band; shaded 'at a glance' box with bullets; numbered sections; running header on later pages; signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt06  h2b  es  work contract (compliant, Honduran recruiter)
# ==========================================================================
def bt06():
    emp = "Bayou Teche Crawfish Processors, LLC"
    agency = "Servicios Laborales Copán, S. de R.L."
    p = Doc(
        fmt="Letter",
        family="noto",
        size=8.9,
        lang="es",
        footer="Contrato H-2B BTC-2026-117 - Bayou Teche Crawfish Processors, LLC",
        page_word="Página",
        of_word="de",
        title="Contrato individual de trabajo H-2B",
        author=emp,
        margins=(20, 16, 20),
    )
    p.add_page()
    p.set_draw_color(90, 30, 30)
    p.set_line_width(0.8)
    p.line(p.l_margin, 12, p.w - p.r_margin, 12)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_y(15)
    p.head("BAYOU TECHE CRAWFISH PROCESSORS, LLC", size=13, before=0, color=(90, 30, 30))
    p.para(
        "1046 Cypress Island Highway, Breaux Bridge, Louisiana 70517, EE. UU.  -  "
        "Tel. (337) 555-0182",
        size=8.2,
        align="L",
        after=2,
    )
    p.head("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA - PROGRAMA H-2B", size=11.5, align="C")
    p.para("Contrato No. BTC-2026-117", size=8.5, align="C", after=2)
    p.grid(
        [
            ["Parte", "Datos"],
            [
                "EL EMPLEADOR",
                "Bayou Teche Crawfish Processors, LLC, 1046 Cypress Island Highway, "
                "Breaux Bridge, Louisiana 70517, EE. UU., representada por Claire "
                "Thibodeaux Guidry, gerente de personal",
            ],
            [
                "LA TRABAJADORA",
                "Dilcia Marisol Fajardo Bueso, hondureña, pasaporte No. G4471902, "
                "con domicilio en Barrio San Martín, Gracias, Lempira",
            ],
            [
                "Reclutadora",
                "Servicios Laborales Copán, S. de R.L., 2a Calle NO, Barrio El Centro, "
                "Santa Rosa de Copán, Honduras",
            ],
        ],
        widths=(34, 141.9),
        bold_first=True,
        head_fill=(238, 226, 222),
    )
    cl = [
        (
            "PRIMERA. Puesto y tareas.",
            "LA TRABAJADORA trabajará como peladora de langostino (crawfish peeler, SOC 51-3022): "
            "pelar a mano las colas de langostino cocido, separar la carne, clasificarla por "
            "tamaño, vaciarla en el depósito de hielo de la línea y empacarla en bolsas de una "
            "libra; al final del turno lavará mesas y utensilios.",
        ),
        (
            "SEGUNDA. Requisitos.",
            "No se requiere experiencia previa ni estudios. LA TRABAJADORA debe poder trabajar de "
            "pie durante 7 horas y levantar cajas de 20 kilos.",
        ),
        (
            "TERCERA. Lugar de trabajo.",
            "Planta de EL EMPLEADOR en 1046 Cypress Island Highway, Breaux Bridge, parroquia de "
            "St. Martin, Luisiana.",
        ),
        ("CUARTA. Duración.", "Del 2 de febrero al 30 de junio de 2026."),
        (
            "QUINTA. Jornada.",
            "35 horas por semana, de lunes a viernes, de 5:00 a 12:00 horas. Las horas "
            "adicionales son voluntarias.",
        ),
        (
            "SEXTA. Salario.",
            "$2.10 por libra de carne pelada, con garantía de al menos $14.20 por cada hora "
            "trabajada en cada periodo de pago. Si durante la temporada se publica un salario "
            "prevaleciente o un salario mínimo más alto, EL EMPLEADOR pagará el salario más alto "
            "desde la fecha del cambio.",
        ),
        (
            "SÉPTIMA. Horas extra.",
            "Las horas que pasen de 40 en una semana se pagan a $21.30 por hora (tiempo y medio).",
        ),
        (
            "OCTAVA. Pago y talón.",
            "El pago es semanal, cada viernes, por depósito en cuenta o tarjeta de nómina. Cada "
            "pago viene con un talón que muestra las horas ofrecidas, las horas trabajadas, las "
            "libras peladas, la tarifa, el total ganado y cada descuento.",
        ),
        (
            "NOVENA. Descuentos.",
            "Solo se descuentan el impuesto federal sobre la renta, el Seguro Social y el Medicare "
            "(FICA), que son obligatorios por ley. No se hará ningún descuento por herramientas, "
            "guantes, botas, vivienda, transporte, visa ni reclutamiento. EL EMPLEADOR no hace "
            "préstamos ni adelantos a cuenta de salario.",
        ),
        (
            "DÉCIMA. Garantía de tres cuartas partes.",
            "EL EMPLEADOR garantiza ofrecer a LA TRABAJADORA trabajo por al menos tres cuartas "
            "partes (3/4) de los días hábiles de cada periodo de 12 semanas. Si ofrece menos "
            "horas, pagará la diferencia como si las hubiera ofrecido.",
        ),
        (
            "DÉCIMA PRIMERA. Viaje de ida y visa.",
            "EL EMPLEADOR reembolsa en la primera semana de trabajo el boleto de avión de San Pedro "
            "Sula a Lafayette, los alimentos y el hospedaje del viaje, así como la cuota de visa "
            "(MRV) y cualquier cuota de cruce fronterizo.",
        ),
        (
            "DÉCIMA SEGUNDA. Viaje de regreso.",
            "Si LA TRABAJADORA termina la temporada, o si es despedida antes por razones que no "
            "sean causa justificada, EL EMPLEADOR paga el boleto de regreso a San Pedro Sula y "
            "los alimentos del viaje.",
        ),
        (
            "DÉCIMA TERCERA. Herramientas y equipo.",
            "Cuchillos, guantes, delantales, redes para el cabello y botas de hule se entregan "
            "sin costo y sin depósito.",
        ),
        (
            "DÉCIMA CUARTA. Vivienda.",
            "EL EMPLEADOR ofrece vivienda sin costo en la casa de la empresa, 1052 Cypress Island "
            "Highway, con cocina equipada. Quien prefiera vivir en otro lugar puede hacerlo.",
        ),
        (
            "DÉCIMA QUINTA. Terminación.",
            "Si LA TRABAJADORA falta cinco días hábiles seguidos sin aviso, se considera que "
            "abandonó el empleo. EL EMPLEADOR solo puede despedir por causa justificada y con "
            "aviso por escrito.",
        ),
        (
            "DÉCIMA SEXTA. Imposibilidad del contrato.",
            "Si un huracán, una inundación, un incendio u otra causa de fuerza mayor hace "
            "imposible el trabajo, EL EMPLEADOR pagará la garantía de 3/4 hasta esa fecha y el "
            "regreso a San Pedro Sula, y procurará trasladar a LA TRABAJADORA a otro empleo.",
        ),
        (
            "DÉCIMA SÉPTIMA. Reclutamiento sin costo.",
            "EL EMPLEADOR contrató a Servicios Laborales Copán, S. de R.L. para el reclutamiento "
            "en Honduras y le paga todos sus servicios. Ni la agencia ni ninguna otra persona "
            "puede cobrar a LA TRABAJADORA cuota de inscripción, trámite o colocación. Si alguien "
            "le pide dinero, llame al (337) 555-0182 o a la línea del Departamento del Trabajo, "
            "1-866-487-9243.",
        ),
        (
            "DÉCIMA OCTAVA. Documentos y quejas.",
            "LA TRABAJADORA guarda su pasaporte y su visa; nadie se los puede quitar. Puede "
            "quejarse ante el Departamento del Trabajo o ante su consulado sin represalias ni "
            "listas negras.",
        ),
    ]
    for lbl, txt in cl:
        if lbl.startswith("DÉCIMA QUINTA"):
            p.add_page()
        p.clause(lbl, txt, after=1.6)
    p.para(
        "Firmado en Santa Rosa de Copán, Honduras, el 12 de enero de 2026, en dos ejemplares "
        "en español."
    )
    p.sigs(
        [
            ["EL EMPLEADOR", "Claire Thibodeaux Guidry", "Gerente de personal"],
            ["LA TRABAJADORA", "Dilcia Marisol Fajardo Bueso", "Firma"],
        ],
        gap=16,
    )

    present = {
        "employer_identity": "1046 Cypress Island Highway, Breaux Bridge, Louisiana 70517",
        "job_duties": "pelar a mano las colas de langostino cocido",
        "work_location": "parroquia de St. Martin",
        "employment_period": "Del 2 de febrero al 30 de junio de 2026",
        "hours_of_work": "35 horas por semana",
        "wage_rate": "$14.20 por cada hora",
        "wage_adjustment": "pagará el salario más alto",
        "overtime": "$21.30 por hora",
        "pay_frequency": "El pago es semanal",
        "deductions": "Solo se descuentan el impuesto federal",
        "three_fourths_guarantee": "tres cuartas partes (3/4)",
        "inbound_transportation": "boleto de avión de San Pedro Sula a Lafayette",
        "return_transportation": "boleto de regreso a San Pedro Sula",
        "visa_reimbursement": "cuota de visa (MRV)",
        "tools_provided": "botas de hule se entregan sin costo",
        "earnings_statements": "un talón que muestra las horas ofrecidas",
        "termination": "abandonó el empleo",
        "contract_impossibility": "causa de fuerza mayor",
        "job_requirements": "levantar cajas de 20 kilos",
    }
    lab = label(
        "bt06.pdf",
        "h2b",
        "es",
        2,
        [],
        [],
        [agency],
        [
            "'depósito de hielo' is an ice bin in the job duties, not a deposit",
            "'depósito en cuenta' is a payment method",
            "piece rate per pound is a wage term",
            "FICA and federal income tax are statutory deductions",
            "negated deductions for tools, boots, housing, transport, visa, recruitment",
            "no loans or wage advances (negated debt)",
            "inbound airfare, travel meals and lodging, visa and border fees reimbursed in first week",
            "return ticket paid by employer",
            "tools and protective gear free, no deposit",
            "optional housing at no cost",
            "recruiter paid by employer; nobody may charge registration, processing or placement fees",
            "worker keeps passport; complaints without reprisal or blacklists (negated)",
        ],
        "work_contract",
        "Letter; colored rule and letterhead; parties table; numbered clauses (PRIMERA...DÉCIMA OCTAVA) with bold run-in labels; signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt07  h2b  es  payment receipt + offer summary (Guatemalan recruiter)
# ==========================================================================
def bt07():
    agency = "Reclutamientos y Servicios Cuchumatanes, S.A."
    p = Doc(
        fmt="Letter",
        family="libnarrow",
        size=10.2,
        lang="es",
        footer="Reclutamientos y Servicios Cuchumatanes, S.A. - Huehuetenango",
        page_word="Hoja",
        of_word="de",
        title="Recibo de caja 0873",
        author=agency,
        margins=(20, 14, 20),
    )
    p.add_page()
    # letterhead box
    p.set_draw_color(0, 70, 110)
    p.set_line_width(0.6)
    p.rect(p.l_margin, 12, p.epw, 24)
    p.set_line_width(0.2)
    p.set_xy(p.l_margin + 3, 14)
    p.font("B", 14)
    p.set_text_color(0, 70, 110)
    p.cell(
        120, 7, "RECLUTAMIENTOS Y SERVICIOS CUCHUMATANES, S.A.", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    p.set_text_color(0, 0, 0)
    p.set_x(p.l_margin + 3)
    p.font("", 8.8)
    p.multi_cell(
        118,
        4.2,
        "6a. Avenida 4-18, Zona 1, Huehuetenango, Guatemala\n"
        "Tel. 7768-2291  -  WhatsApp 5531-0478\nNIT 9127345-2",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    # receipt number box
    bx = p.w - p.r_margin - 48
    p.set_fill_color(230, 240, 246)
    p.rect(bx, 15, 45, 18, style="DF")
    p.set_xy(bx, 16.5)
    p.font("B", 11)
    p.cell(45, 6, "RECIBO DE CAJA", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    p.font("B", 12)
    p.set_text_color(170, 20, 20)
    p.cell(45, 6, "No. 0873", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    p.set_text_color(0, 0, 0)
    p.font("B", 10)
    p.cell(45, 5, "Q3,500.00", align="C")
    p.set_draw_color(0, 0, 0)
    p.set_y(41)
    p.grid(
        [
            ["Fecha", "12 de septiembre de 2026"],
            ["Recibí de", "Elmer Waldemar Tojín Mendoza"],
            ["DPI", "2461 30958 1301"],
            ["La cantidad de", "TRES MIL QUINIENTOS QUETZALES EXACTOS (Q3,500.00)"],
            [
                "Por concepto de",
                "Gastos de trámite y reservación de plaza, temporada de siembra de pino 2026-2027",
            ],
            ["Forma de pago", "Efectivo"],
        ],
        widths=(38, 137.9),
        header=False,
        bold_first=True,
        size=10,
    )
    p.head("CONDICIONES DEL PAGO", size=10.8, before=0)
    p.items(
        [
            (
                "1.",
                "El solicitante pagó Q3,500.00 por gastos de trámite, llenado de formularios y "
                "reservación de su plaza en el grupo de pineros de Mississippi. Este pago no se "
                "devuelve si el solicitante desiste o si no obtiene la visa.",
            ),
            (
                "2.",
                "Antes de la cita en la Embajada, el solicitante firmará un pagaré por "
                "Q15,000.00 a favor de Reclutamientos y Servicios Cuchumatanes, S.A., como garantía de que cumplirá el contrato "
                "completo en Estados Unidos.",
            ),
            (
                "3.",
                "Si el solicitante necesita dinero para dejarle a su familia, la agencia le "
                "presta hasta US$600, que pagará con descuentos de US$100 de cada cheque en "
                "Estados Unidos, más un interés del 5% mensual.",
            ),
            (
                "4.",
                "El solicitante tramita y paga su propio pasaporte en el Instituto Guatemalteco "
                "de Migración.",
            ),
            (
                "5.",
                "La cuota de visa (MRV) y el permiso de cruce fronterizo los reembolsa el "
                "empleador en el primer cheque, por lo que la agencia no cobra nada por esos "
                "conceptos.",
            ),
            (
                "6.",
                "La agencia no retiene pasaportes ni documentos de identidad: el solicitante los "
                "conserva.",
            ),
        ],
        indent=0,
        marker_w=6,
    )
    p.sigs(
        [
            ["Recibí conforme", "Sandra Noemí Recinos", "Cajera"],
            ["Entregué", "Elmer Waldemar Tojín Mendoza", "Firma o huella"],
        ],
        gap=18,
        thumb="Huella",
    )

    p.add_page()
    p.head("HOJA DE INFORMACIÓN DEL PUESTO", size=12, before=0, align="C")
    p.para(
        "Copia de los datos de la orden de trabajo H-2B del empleador, entregada con el "
        "recibo No. 0873",
        size=9,
        align="C",
        after=3,
    )
    p.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Empleador",
                "Pine Belt Reforestation Services, Inc., 318 Industrial Park Drive, "
                "Hattiesburg, Mississippi 39401, EE. UU.",
            ],
            [
                "Puesto",
                "Plantador de árboles (pino): sembrar plántulas con azadón de plantar, "
                "cargar bolsas de plántulas y limpiar el terreno",
            ],
            ["Requisitos", "3 meses de experiencia en trabajo de campo o siembra"],
            ["Lugar", "Terrenos forestales de clientes en Mississippi, Alabama y Luisiana"],
            ["Periodo", "Del 1 de noviembre de 2026 al 15 de abril de 2027"],
            ["Horario", "40 horas por semana, de lunes a viernes"],
            ["Salario", "US$17.05 por hora"],
            ["Horas extra", "US$25.58 por hora después de 40 horas a la semana"],
            ["Pago", "Cada dos semanas"],
            [
                "Descuentos",
                "Impuesto federal, Seguro Social y Medicare; abonos del préstamo de la "
                "agencia, si lo hay",
            ],
            [
                "Herramientas",
                "El empleador da azadones, bolsas de siembra y botas de seguridad sin costo",
            ],
            [
                "Viaje de ida",
                "El empleador reembolsa el autobús de Huehuetenango a Hattiesburg y "
                "los alimentos del viaje en la primera semana",
            ],
            ["Regreso", "El empleador paga el regreso a Huehuetenango al terminar la temporada"],
            ["Visa", "La cuota de visa se reembolsa en el primer cheque"],
        ],
        widths=(34, 141.9),
        bold_first=True,
        head_fill=(220, 234, 242),
    )
    p.para(
        "Esta hoja es informativa. Las condiciones completas están en la orden de trabajo "
        "del empleador, que el solicitante puede pedir en la oficina.",
        size=9,
    )
    p.sigs([["Enterado", "Elmer Waldemar Tojín Mendoza", "Huehuetenango, 12/09/2026"]], gap=16)

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            3500,
            "GTQ",
            "El solicitante pagó Q3,500.00 por gastos de trámite, llenado de formularios y "
            "reservación de su plaza en el grupo de pineros de Mississippi.",
        ),
        fee(
            "deposit_or_bond",
            "violation",
            1,
            15000,
            "GTQ",
            "el solicitante firmará un pagaré por Q15,000.00 a favor de Reclutamientos y "
            "Servicios Cuchumatanes, S.A., como garantía de que cumplirá el contrato completo en Estados Unidos.",
        ),
        fee(
            "debt_bondage",
            "violation",
            1,
            600,
            "USD",
            "la agencia le presta hasta US$600, que pagará con descuentos de US$100 de cada "
            "cheque en Estados Unidos, más un interés del 5% mensual.",
        ),
        fee(
            "visa_cost",
            "review",
            1,
            None,
            None,
            "El solicitante tramita y paga su propio pasaporte en el Instituto Guatemalteco de "
            "Migración.",
            passport_only=True,
        ),
    ]
    present = {
        "employer_identity": "318 Industrial Park Drive",
        "job_duties": "sembrar plántulas con azadón de plantar",
        "work_location": "Mississippi, Alabama y Luisiana",
        "employment_period": "Del 1 de noviembre de 2026 al 15 de abril de 2027",
        "hours_of_work": "40 horas por semana",
        "wage_rate": "US$17.05 por hora",
        "overtime": "US$25.58 por hora",
        "pay_frequency": "Cada dos semanas",
        "deductions": "Impuesto federal, Seguro Social y Medicare",
        "inbound_transportation": "reembolsa el autobús de Huehuetenango a Hattiesburg",
        "return_transportation": "paga el regreso a Huehuetenango",
        "visa_reimbursement": "La cuota de visa se reembolsa en el primer cheque",
        "tools_provided": "botas de seguridad sin costo",
        "job_requirements": "3 meses de experiencia",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    lab = label(
        "bt07.pdf",
        "h2b",
        "es",
        2,
        fees,
        missing,
        [agency],
        [
            "passport fee alone is only 'review' under h2b",
            "visa (MRV) and border permit reimbursed by employer; agency charges nothing for them",
            "agency does not retain passports or ID (negated retention)",
            "tools and safety boots free",
            "inbound bus and meals reimbursed in first week; return paid",
            "'Forma de pago: Efectivo' is a payment method",
        ],
        "payment_receipt",
        "Letter; boxed letterhead with receipt-number box; borderless-label gridded receipt fields; numbered conditions; fingerprint box; page 2 gridded job summary",
    )
    return p, lab, present


# ==========================================================================
# bt08  h2b  en  recruiter agreement (Jamaica), page 3 scanned
# ==========================================================================
def bt08():
    agency = "Caribbean Crest Hospitality Staffing Ltd."
    p = Doc(
        fmt="Letter",
        family="dejavuserif",
        size=9.0,
        lang="en",
        footer="Caribbean Crest Hospitality Staffing Ltd. - Agreement CCHS/26/0412",
        title="Recruitment and placement agreement",
        author=agency,
        margins=(21, 16, 21),
    )
    p.add_page()
    p.head(
        "CARIBBEAN CREST HOSPITALITY STAFFING LTD.",
        size=13.5,
        before=0,
        align="C",
        color=(10, 60, 100),
    )
    p.para(
        "Unit 5, Fairview Business Park, Bogue Road, Montego Bay, St. James, Jamaica  |  "
        "Employment agency licence EA-0926",
        size=8,
        align="C",
        after=1,
    )
    p.rule(rgb=(10, 60, 100), width=0.6)
    p.head("RECRUITMENT AND PLACEMENT AGREEMENT", size=11.5, align="C", before=1, after=0.5)
    p.para(
        "(H-2B Seasonal Hospitality Programme)   -   Agreement No. CCHS/26/0412",
        size=8.5,
        align="C",
        style="I",
        after=2.5,
    )
    p.para(
        "THIS AGREEMENT is made on the 16th day of February 2026 BETWEEN Caribbean Crest "
        'Hospitality Staffing Ltd., a company incorporated in Jamaica (the "Agency"), AND '
        'Shanique Tamara Whyte of 8 Orange Street, Lucea, Hanover (the "Worker").'
    )
    p.para(
        "WHEREAS Wellfleet Bay Resort Group, LLC, 2250 State Highway, Wellfleet, "
        'Massachusetts 02667, U.S.A. (the "Employer") has been certified to employ '
        "temporary non-agricultural workers and has appointed the Agency to recruit in "
        "Jamaica; NOW IT IS AGREED as follows:"
    )
    cl = [
        (
            "1. Position.",
            "The Worker is offered the position of Room Attendant (Housekeeping), SOC 37-2012: "
            "cleaning and servicing guest rooms, making beds, replacing linens and towels, "
            "restocking amenities and guest feedback cards, and cleaning corridors and public "
            "areas.",
        ),
        (
            "2. Requirements.",
            "The Worker must have at least six (6) months of hotel or guest-house housekeeping "
            "experience and be able to lift 30 pounds.",
        ),
        (
            "3. Place of work.",
            "Wellfleet Bay Resort, 2250 State Highway, Wellfleet, Massachusetts, and the "
            "Employer's cottage colony at 40 Lecount Hollow Road, Wellfleet.",
        ),
        ("4. Period.", "From May 4, 2026 to October 18, 2026."),
        (
            "5. Hours.",
            "Between 35 and 40 hours per week, five days a week, usually 8:00 a.m. to 4:00 p.m.",
        ),
        (
            "6. Wages.",
            "US$17.45 per hour. Hours over 40 in a week are paid at US$26.18 per hour. Wages are "
            "paid weekly, every Thursday, by direct deposit.",
        ),
        (
            "7. Deductions.",
            "The Employer will deduct U.S. federal and Massachusetts income tax, Social Security "
            "and Medicare, and the housing charge in clause 10.",
        ),
        (
            "8. Fees payable by the Worker.",
            "8.1 The Worker shall pay the Agency an administrative and placement fee of US$650.00, "
            "in two instalments, the second of which is due before the visa interview. 8.2 The "
            "Worker shall also pay JMD 21,000 for the Agency's group travel and medical insurance "
            "policy covering the journey and the first 30 days in the United States. 8.3 The "
            "Worker's pre-departure medical examination is arranged and paid for by the Agency.",
        ),
        (
            "9. Travel and visa.",
            "The Employer reimburses the visa fee and the airfare from Montego Bay to Boston in "
            "the Worker's first paycheck, and pays the return airfare to Montego Bay when the "
            "Worker completes the season or is dismissed early other than for cause.",
        ),
        (
            "10. Housing.",
            "Shared staff housing at 14 Old Kings Highway, Wellfleet, is available at US$125 per "
            "week per bed, deducted from each paycheck.",
        ),
        (
            "11. Uniforms and supplies.",
            "Uniforms, cleaning supplies and equipment are provided by the Employer free of "
            "charge; no deposit is taken.",
        ),
        (
            "12. Conduct and residence.",
            "Workers must be inside the staff residence by 11:00 p.m. each night and may not take "
            "any other job or leave Wellfleet overnight without the written permission of the "
            "Agency's site supervisor.",
        ),
        (
            "13. Complaints.",
            "Any Worker who complains to a government office, a union or the media instead of to "
            "the Agency will be removed from the Agency's roster and will not be recruited again.",
        ),
        (
            "14. Termination.",
            "The Employer may dismiss the Worker for serious misconduct. A Worker who is absent "
            "for five consecutive working days without notice is deemed to have abandoned the "
            "employment, and the Agency and the Employer will notify the U.S. authorities.",
        ),
    ]
    for lbl, txt in cl:
        if lbl.startswith("9."):
            p.add_page()
        p.clause(lbl, txt, after=1.8)
    p.para("(continued on the signature page)", size=8, style="I", align="R")

    scan = render_scan(
        [
            (
                "para",
                "15. Governing law. This Agreement is governed by the laws of Jamaica, and the "
                "parties submit to the jurisdiction of the courts of Jamaica.",
            ),
            (
                "para",
                "16. Entire agreement. This Agreement, together with the Employer's job order, "
                "contains the whole agreement between the parties. Any change must be in "
                "writing and signed by both parties.",
            ),
            (
                "para",
                "17. Copies. The Worker acknowledges receiving a signed copy of this "
                "Agreement and of the Employer's job order.",
            ),
            (
                "para",
                "IN WITNESS WHEREOF the parties have signed this Agreement on the date first "
                "written above.",
            ),
            ("gap", 60),
            (
                "sigs",
                [
                    ["For and on behalf of the Agency", "Garfield O. Lindo", "Managing Director"],
                    ["The Worker", "Shanique Tamara Whyte", "Signature"],
                ],
            ),
            ("stamp", ["CARIBBEAN CREST", "STAFFING LTD.", "MONTEGO BAY"]),
            ("gap", 40),
            ("sigs", [["Witness", "Paulette Grant, J.P.", "Justice of the Peace, St. James"]]),
            ("gap", 20),
            ("para", "Agreement No. CCHS/26/0412  -  Page 3 of 3", 8.5),
        ],
        seed=8080,
    )
    p.scan_page(scan)

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            650,
            "USD",
            "The Worker shall pay the Agency an administrative and placement fee of US$650.00, "
            "in two instalments",
        ),
        fee(
            "insurance_cost",
            "violation",
            1,
            21000,
            "JMD",
            "The Worker shall also pay JMD 21,000 for the Agency's group travel and medical "
            "insurance policy",
        ),
        fee(
            "housing_charge",
            "review",
            2,
            125,
            "USD",
            "Shared staff housing at 14 Old Kings Highway, Wellfleet, is available at US$125 "
            "per week per bed, deducted from each paycheck.",
        ),
        fee(
            "movement_restriction",
            "violation",
            2,
            None,
            None,
            "Workers must be inside the staff residence by 11:00 p.m. each night and may not "
            "take any other job or leave Wellfleet overnight without the written permission of "
            "the Agency's site supervisor.",
        ),
        fee(
            "blacklisting_threat",
            "violation",
            2,
            None,
            None,
            "Any Worker who complains to a government office, a union or the media instead of "
            "to the Agency will be removed from the Agency's roster and will not be recruited "
            "again.",
        ),
    ]
    present = {
        "employer_identity": "Wellfleet Bay Resort Group, LLC, 2250 State Highway",
        "job_duties": "cleaning and servicing guest rooms",
        "work_location": "40 Lecount Hollow Road",
        "employment_period": "From May 4, 2026 to October 18, 2026",
        "hours_of_work": "Between 35 and 40 hours per week",
        "wage_rate": "US$17.45 per hour",
        "overtime": "US$26.18 per hour",
        "pay_frequency": "paid weekly, every Thursday",
        "deductions": "The Employer will deduct U.S. federal",
        "inbound_transportation": "airfare from Montego Bay to Boston",
        "return_transportation": "pays the return airfare",
        "visa_reimbursement": "reimburses the visa fee",
        "tools_provided": "cleaning supplies and equipment are provided by the Employer free",
        "termination": "deemed to have abandoned",
        "job_requirements": "six (6) months of hotel",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "earnings_statements",
        "contract_impossibility",
    ]
    lab = label(
        "bt08.pdf",
        "h2b",
        "en",
        3,
        fees,
        missing,
        [agency],
        [
            "'guest feedback cards' contains 'fee'; a job duty",
            "pre-departure medical exam paid by the agency (negated medical cost)",
            "visa fee and inbound airfare reimbursed in first paycheck; return airfare paid",
            "uniforms and supplies free, no deposit",
            "statutory tax deductions",
            "page 3 is an image-only scan holding only governing law, entire agreement and signatures (no fees, no terms)",
        ],
        "recruiter_agreement",
        "Letter; centered letterhead with rule; recitals and numbered clauses with run-in bold labels; page 3 SCANNED image-only signature page with stamp",
        scanned=True,
    )
    return p, lab, present


# ==========================================================================
# bt09  generic  es  intermediation contract, Peru -> Japan
# ==========================================================================
def bt09():
    agency = "Andes Nippon Servicios Laborales S.A.C."
    p = Doc(
        fmt="A4",
        family="libserif",
        size=10.4,
        lang="es",
        footer="ANSL - Contrato de intermediación N.° ANSL-JP-2026-052",
        page_word="Página",
        of_word="de",
        title="Contrato de intermediación laboral",
        author=agency,
        margins=(24, 18, 22),
    )
    p.add_page()
    p.head("ANDES NIPPON SERVICIOS LABORALES S.A.C.", size=13, before=0, align="C")
    p.para(
        "RUC 20608812345  -  Av. Arequipa 2450, Of. 702, Lince, Lima, Perú  -  Agencia privada "
        "de empleo, Registro MTPE N.° 0415-2025",
        size=8.3,
        align="C",
        after=1,
    )
    p.rule()
    p.head(
        "CONTRATO DE INTERMEDIACIÓN LABORAL PARA EMPLEO EN EL EXTRANJERO (JAPÓN)",
        size=11.2,
        align="C",
        before=1,
    )
    p.para(
        "Conste por el presente documento el contrato que celebran, de una parte, ANDES NIPPON "
        "SERVICIOS LABORALES S.A.C., con RUC N.° 20608812345, representada por su gerente "
        "general, Sr. Hugo Takeshi Oshiro Vargas, a quien en adelante se denominará LA "
        "AGENCIA; y, de la otra parte, el Sr. Jorge Luis Higa Ramírez, identificado con DNI "
        "N.° 44817263, con domicilio en Jr. Los Cedros 318, Santa Anita, Lima, a quien en "
        "adelante se denominará EL TRABAJADOR; en los términos y condiciones siguientes:"
    )
    p.clause(
        "PRIMERA: ANTECEDENTES.",
        "MIKAWA PRECISION PARTS CO., LTD. (Mikawa Seimitsu Buhin "
        "Kabushiki Kaisha), con domicilio en 4-12 Akemi-cho, Toyohashi-shi, Aichi-ken, "
        "Japón, en adelante LA EMPRESA, ha encargado a LA AGENCIA la selección de operarios "
        "de ascendencia japonesa con visa de residente de largo plazo. Andes Nippon "
        "Servicios Laborales S.A.C. ha preseleccionado a EL TRABAJADOR para ese puesto.",
    )
    p.clause(
        "SEGUNDA: CONDICIONES DEL EMPLEO.",
        "LA EMPRESA ofrece a EL TRABAJADOR las siguientes condiciones:",
        after=1.2,
    )
    p.grid(
        [
            ["Concepto", "Condición"],
            [
                "Puesto",
                "Operario de línea de ensamblaje: montaje de piezas de freno, inspección "
                "visual y operación de prensas",
            ],
            ["Lugar", "Planta de LA EMPRESA en Toyohashi, prefectura de Aichi, Japón"],
            ["Duración", "Del 1 de abril de 2026 al 31 de marzo de 2027 (12 meses)"],
            [
                "Jornada",
                "8 horas diarias, 5 días por semana, en turnos rotativos de día y de noche",
            ],
            ["Salario", "1,250 yenes por hora; 1,560 yenes por hora en turno de noche"],
            ["Pago", "Mensual, el día 25 de cada mes, por depósito en cuenta bancaria japonesa"],
            [
                "Descuentos",
                "Seguro social japonés, impuesto a la renta, impuesto residencial y lo "
                "indicado en la cláusula cuarta",
            ],
            ["Alojamiento", "Dormitorio de LA EMPRESA en Toyohashi (ver cláusula cuarta)"],
        ],
        widths=(30, 134),
        size=9.8,
        bold_first=True,
        head_fill=(228, 228, 228),
    )
    p.clause(
        "TERCERA: OBLIGACIONES DE LA AGENCIA.",
        "LA AGENCIA se obliga a inscribir a EL "
        "TRABAJADOR en su base de datos, inscripción que es gratuita; a presentar su "
        "expediente a LA EMPRESA; a coordinar el Certificado de Elegibilidad, cuyo trámite "
        "y costo asume LA EMPRESA; y a organizar el viaje. El examen médico previo al viaje "
        "lo paga LA EMPRESA.",
    )

    p.add_page()
    p.clause(
        "CUARTA: PAGOS A CARGO DEL TRABAJADOR.",
        "EL TRABAJADOR acepta los siguientes pagos:",
        after=1.2,
    )
    p.items(
        [
            (
                "a)",
                "Por sus servicios de intermediación, EL TRABAJADOR pagará a LA AGENCIA una "
                "comisión de US$ 2,300.00 (dos mil trescientos y 00/100 dólares americanos), el "
                "50 % a la firma del presente contrato y el saldo antes del viaje.",
            ),
            (
                "b)",
                "EL TRABAJADOR asistirá al curso obligatorio de japonés básico y normas de "
                "fábrica, de ocho semanas, cuyo costo de S/ 1,450.00 abonará a LA AGENCIA.",
            ),
            (
                "c)",
                "El pasaje aéreo Lima-Nagoya, de 210,000 yenes, es de cargo de EL TRABAJADOR y "
                "se descuenta de su salario en seis cuotas mensuales.",
            ),
            (
                "d)",
                "El alojamiento en el dormitorio de LA EMPRESA cuesta 28,000 yenes mensuales, "
                "que se descuentan del salario.",
            ),
            (
                "e)",
                "Las cotizaciones al seguro social japonés (seguro de salud y pensión) son "
                "descuentos obligatorios por ley y no constituyen un cobro de LA AGENCIA.",
            ),
        ]
    )
    p.clause(
        "QUINTA: DOCUMENTOS.",
        "A su llegada a Japón, EL TRABAJADOR entregará su "
        "pasaporte al coordinador de LA AGENCIA, quien lo custodiará durante la vigencia "
        "del contrato de trabajo. La tarjeta de residencia la conserva EL TRABAJADOR, como "
        "exige la ley japonesa.",
    )
    p.clause(
        "SEXTA: RETORNO.",
        "El pasaje de regreso al Perú al término del contrato corre por cuenta de EL TRABAJADOR.",
    )
    p.clause(
        "SÉPTIMA: TERMINACIÓN.",
        "Cualquiera de las partes puede poner fin al contrato de "
        "trabajo con treinta (30) días de aviso. LA EMPRESA puede despedir sin aviso a EL "
        "TRABAJADOR por faltas graves previstas en su reglamento interno, como el abandono "
        "del puesto por más de tres días.",
    )
    p.clause(
        "OCTAVA: QUEJAS.",
        "EL TRABAJADOR puede presentar quejas ante el Ministerio de "
        "Trabajo y Promoción del Empleo o ante el consulado del Perú en Nagoya, sin que "
        "ello le genere represalia alguna.",
    )
    p.clause(
        "NOVENA: JURISDICCIÓN.",
        "Para cualquier controversia, las partes se someten a los "
        "jueces y tribunales del distrito judicial de Lima.",
    )
    p.para(
        "En señal de conformidad, las partes firman el presente contrato en dos ejemplares, "
        "en Lima, a los 20 días del mes de enero de 2026."
    )
    p.sigs(
        [
            ["LA AGENCIA", "Hugo Takeshi Oshiro Vargas", "Gerente general"],
            ["EL TRABAJADOR", "Jorge Luis Higa Ramírez", "DNI N.° 44817263"],
        ],
        gap=18,
    )

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            2,
            2300,
            "USD",
            "Por sus servicios de intermediación, EL TRABAJADOR pagará a LA AGENCIA una comisión "
            "de US$ 2,300.00 (dos mil trescientos y 00/100 dólares americanos)",
        ),
        fee(
            "training_cost",
            "violation",
            2,
            1450,
            "PEN",
            "EL TRABAJADOR asistirá al curso obligatorio de japonés básico y normas de fábrica, "
            "de ocho semanas, cuyo costo de S/ 1,450.00 abonará a LA AGENCIA.",
        ),
        fee(
            "travel_cost",
            "violation",
            2,
            210000,
            "JPY",
            "El pasaje aéreo Lima-Nagoya, de 210,000 yenes, es de cargo de EL TRABAJADOR y se "
            "descuenta de su salario en seis cuotas mensuales.",
        ),
        fee(
            "housing_charge",
            "review",
            2,
            28000,
            "JPY",
            "El alojamiento en el dormitorio de LA EMPRESA cuesta 28,000 yenes mensuales, que "
            "se descuentan del salario.",
        ),
        fee(
            "document_retention",
            "violation",
            2,
            None,
            None,
            "EL TRABAJADOR entregará su pasaporte al coordinador de LA AGENCIA, quien lo "
            "custodiará durante la vigencia del contrato de trabajo.",
        ),
        fee(
            "travel_cost",
            "violation",
            2,
            None,
            None,
            "El pasaje de regreso al Perú al término del contrato corre por cuenta de EL "
            "TRABAJADOR.",
        ),
    ]
    present = {
        "employer_identity": "4-12 Akemi-cho, Toyohashi-shi",
        "worker_identity": "Jorge Luis Higa Ramírez",
        "job_duties": "montaje de piezas de freno",
        "work_location": "Planta de LA EMPRESA en Toyohashi",
        "employment_period": "Del 1 de abril de 2026 al 31 de marzo de 2027",
        "hours_of_work": "8 horas diarias, 5 días por semana",
        "wage_rate": "1,250 yenes por hora",
        "pay_frequency": "Mensual, el día 25 de cada mes",
        "deductions": "Seguro social japonés, impuesto a la renta",
        "termination": "treinta (30) días de aviso",
    }
    missing = ["return_transportation"]
    lab = label(
        "bt09.pdf",
        "generic",
        "es",
        2,
        fees,
        missing,
        [agency],
        [
            "free registration in the agency database (negated registration fee) next to a real commission",
            "Certificate of Eligibility processing and cost borne by the employer",
            "pre-departure medical exam paid by the employer",
            "Japanese social insurance contributions are statutory deductions, not an insurance_cost",
            "'depósito en cuenta bancaria' is a payment method",
            "worker keeps residence card (only the passport is retained)",
            "complaints allowed without reprisal",
        ],
        "recruiter_agreement",
        "A4; serif Peruvian notarial style; centered letterhead; numbered clauses PRIMERA...NOVENA; gridded terms table; lettered payment list; signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt10  generic  en  Canadian TFWP employment contract (compliant)
# ==========================================================================
def bt10():
    emp = "Lakeshore Sunrise Greenhouses Inc."
    agency = "Island Pathways Employment Services Ltd."
    p = Doc(
        fmt="Letter",
        family="libsans",
        size=9.3,
        lang="en",
        footer="Lakeshore Sunrise Greenhouses Inc. - Contract LSG-2026-044",
        title="Employment contract - Temporary Foreign Worker Program",
        author=emp,
        margins=(20, 16, 20),
    )
    p.add_page()
    p.band(
        "LAKESHORE SUNRISE GREENHOUSES INC.",
        "1450 County Road 20 West, Kingsville, Ontario N9Y 2E5, Canada   |   (519) 555-0176",
        (46, 110, 60),
    )
    p.head("EMPLOYMENT CONTRACT", size=13, before=0, align="C", after=0)
    p.para(
        "Temporary Foreign Worker Program - Agricultural Stream   |   LMIA file 11982735   |   "
        "Contract LSG-2026-044",
        size=8.5,
        align="C",
        color=(70, 70, 70),
        after=3,
    )
    p.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Lakeshore Sunrise Greenhouses Inc., 1450 County Road 20 West, "
                "Kingsville, Ontario N9Y 2E5, Canada",
            ],
            ["Worker", "Oneil Barrington Campbell, born 14 June 1991, Jamaican passport A01947735"],
            [
                "Recruiter",
                "Island Pathways Employment Services Ltd., 22 Caledonia Road, Mandeville, "
                "Manchester, Jamaica",
            ],
        ],
        widths=(28, 147.9),
        bold_first=True,
        head_fill=(214, 234, 218),
    )
    cl = [
        (
            "1. Position and duties.",
            "Greenhouse worker (NOC 85101): harvesting tomatoes and mini-cucumbers; pruning, "
            "clipping and lowering plants; checking fertigation feed lines and drippers; cleaning "
            "rows; and packing produce into cases.",
        ),
        (
            "2. Place of work.",
            "The employer's greenhouses at 1450 County Road 20 West and 1620 County Road 20 West, "
            "Kingsville, Ontario.",
        ),
        (
            "3. Period of employment.",
            "From March 16, 2026 to December 11, 2026. The work permit will cover this period.",
        ),
        (
            "4. Hours of work.",
            "Normally 8 hours per day, 5 days per week (40 hours). Additional hours during the "
            "peak harvest are voluntary and are paid at the same hourly rate.",
        ),
        (
            "5. Wages.",
            "CAD 17.60 per hour, or the prevailing wage for the occupation in the region if it is "
            "higher. The rate is raised on October 1 if the Ontario general minimum wage rises "
            "above it.",
        ),
        (
            "6. Pay.",
            "Wages are paid every two weeks by direct deposit, with an itemized pay statement "
            "showing hours, rate, gross pay and each deduction.",
        ),
        (
            "7. Deductions.",
            "Only statutory deductions are made: federal and provincial income tax, Canada "
            "Pension Plan (CPP) contributions and Employment Insurance (EI) premiums. No other "
            "deduction will be made without the worker's prior written consent, and none will "
            "be made for recruitment, travel, housing, the work permit or tools.",
        ),
        (
            "8. Costs paid by the employer.",
            "The employer pays the LMIA processing fee of CAD 1,000, the work permit fee, the "
            "recruiter's service fees, the worker's immigration medical examination, and "
            "round-trip economy airfare between Kingston, Jamaica and Toronto with ground "
            "transport to Kingsville. None of these amounts will be recovered from the worker.",
        ),
        (
            "9. Housing and meals.",
            "The employer provides furnished housing free of charge at 1622 County Road 20 West, "
            "Kingsville, inspected by the local health unit, with a fully equipped kitchen. No "
            "housing deposit is charged.",
        ),
        (
            "10. Health coverage and workplace insurance.",
            "Until the worker is covered by the Ontario Health Insurance Plan, the employer buys "
            "private health insurance for the worker at its own cost. The worker is covered by "
            "the Workplace Safety and Insurance Board (WSIB), and the employer pays all WSIB "
            "premiums.",
        ),
        (
            "11. Tools and protective equipment.",
            "Gloves, pruning knives, harvest carts and rain gear are provided free of charge; no "
            "deposit is required.",
        ),
        (
            "12. Return travel.",
            "At the end of the contract, or if the contract ends early for a reason not caused by "
            "the worker, the employer books and pays the flight home from Toronto to Kingston.",
        ),
        (
            "13. Termination.",
            "Either party may end this contract with two weeks' written notice. The employer may "
            "dismiss the worker without notice only for wilful misconduct as defined by the "
            "Ontario Employment Standards Act, 2000, and will still pay the flight home.",
        ),
        (
            "14. Documents and freedom of movement.",
            "The worker keeps his passport and work permit at all times. The worker may change "
            "employer by obtaining a new work permit, and no fee or penalty will be charged if he "
            "does so. The employer will not threaten, blacklist or report a worker for raising a "
            "complaint.",
        ),
        (
            "15. Recruiter.",
            "Island Pathways Employment Services Ltd. is paid by the employer. It may not charge "
            "the worker any fee, deposit or processing amount. Any such request should be "
            "reported to the employer or to Service Canada at 1-866-602-9448.",
        ),
    ]
    cl += [
        (
            "16. Language.",
            "The worker reads and speaks English, the language of this contract. A copy signed by "
            "both parties is given to the worker before he applies for the work permit.",
        ),
        (
            "17. Whole agreement.",
            "This contract and the LMIA job offer are the whole agreement. Any change must be in "
            "writing, signed by both parties, and may not reduce the wages or conditions above.",
        ),
    ]
    for lbl, txt in cl:
        p.clause(lbl, txt, after=1.6)
    p.para(
        "Signed at Kingsville, Ontario, on February 9, 2026, and at Mandeville, Jamaica, on "
        "February 16, 2026."
    )
    p.sigs(
        [
            ["For the employer", "Hendrik J. Vanderveen", "President"],
            ["The worker", "Oneil Barrington Campbell", "Signature"],
        ],
        gap=16,
    )

    present = {
        "employer_identity": "1450 County Road 20 West, Kingsville, Ontario N9Y 2E5",
        "worker_identity": "Oneil Barrington Campbell",
        "job_duties": "harvesting tomatoes and mini-cucumbers",
        "work_location": "1620 County Road 20 West",
        "employment_period": "From March 16, 2026 to December 11, 2026",
        "hours_of_work": "8 hours per day, 5 days per week",
        "wage_rate": "CAD 17.60 per hour",
        "pay_frequency": "paid every two weeks",
        "deductions": "Only statutory deductions are made",
        "return_transportation": "books and pays the flight home",
        "termination": "two weeks' written notice",
    }
    lab = label(
        "bt10.pdf",
        "generic",
        "en",
        2,
        [],
        [],
        [agency],
        [
            "'fertigation feed lines' is a job duty",
            "statutory CPP, EI and income tax deductions",
            "LMIA processing fee of CAD 1,000 paid by the employer",
            "work permit, recruiter fees, medical exam and round-trip airfare paid by employer, never recovered",
            "free housing, no housing deposit",
            "private health insurance and WSIB premiums paid by employer (not an insurance_cost)",
            "tools and rain gear free, no deposit",
            "'two weeks' written notice' is a termination term, not a penalty",
            "worker may change employer with no fee or penalty (negated movement restriction)",
            "worker keeps passport; no blacklisting (negated)",
            "recruiter paid by employer, may not charge fee, deposit or processing amount",
        ],
        "work_contract",
        "Letter; green header band; parties table; numbered clauses with bold run-in labels; signature lines",
    )
    return p, lab, present


# ==========================================================================
# bt11  generic  es  informal letter, Dominican recruiter -> Spain
# ==========================================================================
def bt11():
    agency = "Horizonte Caribe Colocaciones, S.R.L."
    p = Doc(
        fmt="Letter",
        family="dejavuserif",
        size=9.6,
        lang="es",
        footer="",
        page_word="Página",
        of_word="de",
        title="Oferta de empleo - camarera de pisos",
        author=agency,
        margins=(24, 16, 24),
    )
    p.add_page()
    p.set_text_color(0, 90, 120)
    p.head("HORIZONTE CARIBE COLOCACIONES, S.R.L.", size=14, before=0, color=(0, 90, 120))
    p.para(
        "Av. Juan Pablo Duarte No. 112, Edif. Marbella, 2do. piso, Santiago de los "
        "Caballeros, República Dominicana  -  RNC 1-31-84529-7  -  Tel. 809-555-0148",
        size=7.8,
        align="L",
        after=0.5,
        color=(0, 90, 120),
    )
    p.rule(rgb=(0, 90, 120), width=0.8, gap=5)
    p.para("Santiago de los Caballeros, 26 de enero de 2026", align="R", after=4)
    p.para(
        "Señorita\nYokasta Margarita Peralta Almonte\nCalle 5 No. 23, Los Jardines "
        "Metropolitanos\nSantiago",
        align="L",
        after=4,
    )
    p.para(
        "Asunto: Oferta de empleo como camarera de pisos, temporada 2026, Mallorca (España)",
        style="B",
        align="L",
        after=3,
    )
    p.para("Estimada Yokasta:", align="L", after=2)
    p.para(
        "Le escribimos con mucho gusto para confirmarle que el Hotel Cala Blava Resort, S.L., "
        "con domicilio en Carrer de la Mar 15, 07590 Cala Rajada, Mallorca (Islas Baleares, "
        "España), la ha preseleccionado para trabajar como camarera de pisos durante la "
        "temporada turística."
    )
    p.para(
        "Su trabajo consistirá en la limpieza y el arreglo de habitaciones, el cambio de ropa "
        "de cama y la reposición de amenities, en el propio hotel en Cala Rajada. El contrato "
        "será del 1 de mayo al 31 de octubre de 2026, con un salario de 1.420 euros brutos al "
        "mes, que se paga por transferencia cada mes, el último día hábil. La jornada será la "
        "que marque el hotel según la ocupación."
    )
    p.para(
        "El alojamiento en la residencia del personal y la manutención (desayuno, almuerzo y "
        "cena) son gratuitos para usted, y el hotel le entrega los uniformes sin costo. De su "
        "nómina solo se descontarán las cotizaciones a la Seguridad Social y la retención del "
        "IRPF que marca la ley española, además del billete de ida indicado más abajo."
    )
    p.para("Para continuar con el proceso, le pedimos tomar en cuenta lo siguiente:", after=1.5)
    p.items(
        [
            (
                "1.",
                "Para reservar su plaza debe depositar RD$ 48,000.00 (cuarenta y ocho mil pesos "
                "dominicanos) por concepto de gestión y colocación en nuestra cuenta del Banco "
                "Popular, a más tardar el 15 de febrero.",
            ),
            (
                "2.",
                "El certificado médico y la prueba de drogas se hacen en el Centro Médico Las "
                "Colinas, con un costo de RD$ 7,200 a su cargo.",
            ),
            (
                "3.",
                "Usted cubrirá además la tasa del visado de trabajo y la apostilla de sus "
                "documentos, unos 180 euros en total.",
            ),
            (
                "4.",
                "El billete de avión de ida Santo Domingo-Palma (aprox. 950 euros) lo compra el "
                "hotel y se le descontará de sus dos primeras nóminas.",
            ),
        ],
        indent=2,
    )

    p.add_page()
    p.items(
        [
            (
                "5.",
                "Si usted deja el hotel antes de terminar la temporada, deberá pagar una "
                "penalización equivalente a un mes de salario.",
            ),
        ],
        indent=2,
    )
    p.para(
        "Le recordamos que su pasaporte es suyo y lo conserva usted en todo momento; "
        "nosotros solo guardamos una fotocopia para el expediente."
    )
    p.para(
        "Si tiene cualquier duda, puede escribirnos por WhatsApp al 809-555-0148 o visitarnos "
        "de lunes a viernes, de 8:30 a.m. a 5:00 p.m. Le felicitamos y le deseamos mucho "
        "éxito en esta nueva etapa.",
        after=5,
    )
    p.para("Atentamente,", align="L", after=14)
    p.para(
        "Lcda. Rosanna Ivelisse Tavárez\nGerente de Colocaciones\nHorizonte Caribe "
        "Colocaciones, S.R.L.",
        align="L",
        after=10,
    )
    p.rule(gap=4)
    p.para("Acepto las condiciones de esta carta.", align="L", after=14)
    p.para(
        "_______________________________\nYokasta Margarita Peralta Almonte\nCédula 031-0458812-6",
        align="L",
    )

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            1,
            48000,
            "DOP",
            "Para reservar su plaza debe depositar RD$ 48,000.00 (cuarenta y ocho mil pesos "
            "dominicanos) por concepto de gestión y colocación",
        ),
        fee(
            "medical_cost",
            "violation",
            1,
            7200,
            "DOP",
            "El certificado médico y la prueba de drogas se hacen en el Centro Médico Las "
            "Colinas, con un costo de RD$ 7,200 a su cargo.",
        ),
        fee(
            "visa_cost",
            "violation",
            1,
            180,
            "EUR",
            "Usted cubrirá además la tasa del visado de trabajo y la apostilla de sus "
            "documentos, unos 180 euros en total.",
        ),
        fee(
            "travel_cost",
            "violation",
            1,
            950,
            "EUR",
            "El billete de avión de ida Santo Domingo-Palma (aprox. 950 euros) lo compra el "
            "hotel y se le descontará de sus dos primeras nóminas.",
        ),
        fee(
            "breach_penalty",
            "violation",
            2,
            None,
            None,
            "Si usted deja el hotel antes de terminar la temporada, deberá pagar una "
            "penalización equivalente a un mes de salario.",
        ),
    ]
    present = {
        "employer_identity": "Carrer de la Mar 15, 07590 Cala Rajada",
        "worker_identity": "Yokasta Margarita Peralta Almonte",
        "job_duties": "limpieza y el arreglo de habitaciones",
        "work_location": "en el propio hotel en Cala Rajada",
        "employment_period": "del 1 de mayo al 31 de octubre de 2026",
        "wage_rate": "1.420 euros brutos al mes",
        "pay_frequency": "se paga por transferencia cada mes",
        "deductions": "solo se descontarán las cotizaciones a la Seguridad Social",
    }
    missing = ["hours_of_work", "return_transportation", "termination"]
    lab = label(
        "bt11.pdf",
        "generic",
        "es",
        2,
        fees,
        missing,
        [agency],
        [
            "free staff residence and meals (manutención gratuita)",
            "uniforms without cost",
            "Social Security and IRPF withholding are statutory deductions",
            "worker keeps passport; agency keeps only a photocopy (negated retention)",
            "'La jornada será la que marque el hotel según la ocupación' has no concrete value (hours missing)",
            "office hours 8:30-5:00 are not working hours",
            "'depositar' here is the payment of the fee, not a separate deposit",
        ],
        "recruiter_letter",
        "Letter; informal letter on colored letterhead with rule; addressee block; numbered requirements list; acceptance signature line",
    )
    return p, lab, present


# ==========================================================================
# bt12  generic  en  deduction schedule, Jamaican worker in Dubai
# ==========================================================================
def bt12():
    emp = "Marina Pearl Hospitality L.L.C."
    agency = "Pelican Bay Overseas Recruitment Ltd."
    p = Doc(
        fmt="A4",
        family="dejavucond",
        size=9.0,
        lang="en",
        footer="Al Noor Bay Hotel & Suites - Human Resources - HR/DS/2026/0318",
        title="Employee deduction schedule",
        author=emp,
        margins=(18, 16, 18),
    )
    p.add_page()
    p.band(
        "AL NOOR BAY HOTEL & SUITES",
        "operated by Marina Pearl Hospitality L.L.C.  |  P.O. Box 48213, Al Sufouh Road, Dubai Marina, Dubai, United Arab Emirates",
        (110, 24, 48),
        sub_size=8,
    )
    p.head(
        "EMPLOYEE DEDUCTION SCHEDULE AND ACKNOWLEDGEMENT", size=12.5, before=0, align="C", after=0
    )
    p.para(
        "Human Resources Department   |   Ref. HR/DS/2026/0318   |   Issued 22 February 2026",
        size=8.2,
        align="C",
        color=(90, 90, 90),
        after=3,
    )
    p.head("A. Employee", size=10, before=0)
    p.grid(
        [
            ["Employee name", "Kemar Andre Blackwood", "Employee no.", "ANB-20417"],
            ["Nationality", "Jamaican", "Passport no.", "A02281954"],
            ["Position", "Commis Chef II", "Department", "Culinary"],
            ["Joining date", "1 March 2026", "Recruited in", "Kingston, Jamaica"],
        ],
        widths=(32, 56, 30, 55.9),
        header=False,
        size=8.8,
        bold_first=False,
        fill_rows=None,
    )
    p.head("B. Terms of employment (summary of the employment contract)", size=10, before=0)
    p.grid(
        [
            ["Term", "Detail"],
            [
                "Employer",
                "Marina Pearl Hospitality L.L.C., P.O. Box 48213, Al Sufouh Road, Dubai "
                "Marina, Dubai, United Arab Emirates",
            ],
            [
                "Duties",
                "Food preparation and mise en place in the all-day dining kitchen; cooking "
                "to standard recipes; cleaning of stations",
            ],
            ["Place of work", "Al Noor Bay Hotel & Suites, Dubai Marina, Dubai"],
            ["Contract period", "1 March 2026 to 29 February 2028 (two years)"],
            ["Working hours", "48 hours per week: 8 hours a day, 6 days a week"],
            ["Basic salary", "AED 1,800 per month; meals provided free in the staff cafeteria"],
            [
                "Pay",
                "Monthly, through the Wage Protection System, by the 7th of the following month",
            ],
            ["Annual leave", "30 calendar days per year of service"],
            [
                "Return ticket",
                "Economy ticket Dubai-Kingston paid by the employer at the end of the contract",
            ],
        ],
        widths=(32, 141.9),
        bold_first=True,
        head_fill=(240, 222, 228),
    )
    p.para(
        "The deductions set out in Part C are made from the basic salary each month, "
        "together with any deduction ordered by a court. They are explained in the notes "
        "that follow the table.",
        size=8.8,
    )

    p.add_page()
    p.head("C. Deduction schedule", size=10, before=0)
    p.grid(
        [
            ["No.", "Item", "Total", "Per month", "Months"],
            ["1", "Agency placement fee", "AED 2,400", "AED 400", "1-6"],
            ["2", "Inbound air ticket Kingston-Dubai", "AED 3,100", "AED 310", "1-10"],
            ["3", "Staff accommodation, shared room", "-", "AED 250", "1-24"],
            ["4", "Uniforms and kitchen safety shoes", "AED 320", "AED 320", "3"],
            ["5", "Security deposit", "AED 1,000", "AED 500", "1-2"],
            ["6", "Repayment of cash advance", "AED 1,400", "AED 280", "1-5"],
            ["7", "Medical insurance (DHA basic plan)", "paid by employer", "AED 0", "-"],
            ["8", "Residence visa, Emirates ID, labour card", "paid by employer", "AED 0", "-"],
        ],
        widths=(10, 72, 35, 30, 26.9),
        size=8.8,
        head_fill=(240, 222, 228),
    )
    p.head("Notes", size=10, before=0)
    p.items(
        [
            (
                "(a)",
                "The agency placement fee of AED 2,400 charged by Pelican Bay Overseas "
                "Recruitment Ltd. is recovered from the employee's salary in six monthly "
                "instalments of AED 400.",
            ),
            (
                "(b)",
                "The cost of the inbound air ticket Kingston-Dubai, AED 3,100, is recovered "
                "from salary at AED 310 per month for ten months.",
            ),
            (
                "(c)",
                "Shared staff accommodation in Al Quoz is charged at AED 250 per month for the "
                "whole contract.",
            ),
            (
                "(d)",
                "Uniforms and kitchen safety shoes are issued on joining and charged once, AED "
                "320, in the third month.",
            ),
            (
                "(e)",
                "A security deposit of AED 1,000 is taken in two monthly deductions and is "
                "held by the hotel until the end of the contract.",
            ),
            (
                "(f)",
                "The cash advance of JMD 60,000 paid to the employee in Kingston before "
                "departure is repaid from salary at AED 280 per month.",
            ),
            (
                "(g)",
                "Medical insurance, the residence visa, the Emirates ID and the labour card are "
                "paid by the employer and are never deducted. Meals in the staff cafeteria are "
                "free. The end-of-service gratuity under the UAE Labour Law is paid by the "
                "employer.",
            ),
            ("(h)", "The employee keeps his own passport; the hotel does not hold passports."),
        ],
        indent=0,
        marker_w=8,
    )
    p.ln(1)
    p.para("I, the undersigned, have read this schedule and agree to the deductions above.")
    p.sigs(
        [
            ["Employee", "Kemar Andre Blackwood", "Date:"],
            ["For the employer", "Farah N. Haddad", "HR Manager"],
        ],
        gap=16,
    )

    fees = [
        fee(
            "recruitment_fee",
            "violation",
            2,
            2400,
            "AED",
            "The agency placement fee of AED 2,400 charged by Pelican Bay Overseas Recruitment "
            "Ltd. is recovered from the employee's salary in six monthly instalments of AED "
            "400.",
        ),
        fee(
            "travel_cost",
            "violation",
            2,
            3100,
            "AED",
            "The cost of the inbound air ticket Kingston-Dubai, AED 3,100, is recovered from "
            "salary at AED 310 per month for ten months.",
        ),
        fee(
            "housing_charge",
            "review",
            2,
            250,
            "AED",
            "Shared staff accommodation in Al Quoz is charged at AED 250 per month for the "
            "whole contract.",
        ),
        fee(
            "equipment_charge",
            "violation",
            2,
            320,
            "AED",
            "Uniforms and kitchen safety shoes are issued on joining and charged once, AED 320, "
            "in the third month.",
        ),
        fee(
            "deposit_or_bond",
            "violation",
            2,
            1000,
            "AED",
            "A security deposit of AED 1,000 is taken in two monthly deductions and is held by "
            "the hotel until the end of the contract.",
        ),
        fee(
            "debt_bondage",
            "violation",
            2,
            60000,
            "JMD",
            "The cash advance of JMD 60,000 paid to the employee in Kingston before departure "
            "is repaid from salary at AED 280 per month.",
        ),
    ]
    present = {
        "employer_identity": "Marina Pearl Hospitality L.L.C., P.O. Box 48213",
        "worker_identity": "Kemar Andre Blackwood",
        "job_duties": "Food preparation and mise en place",
        "work_location": "Al Noor Bay Hotel & Suites, Dubai Marina, Dubai",
        "employment_period": "1 March 2026 to 29 February 2028",
        "hours_of_work": "48 hours per week",
        "wage_rate": "AED 1,800 per month",
        "pay_frequency": "Monthly, through the Wage Protection System",
        "deductions": "Deduction schedule",
        "return_transportation": "Economy ticket Dubai-Kingston paid by the employer",
    }
    missing = ["termination"]
    lab = label(
        "bt12.pdf",
        "generic",
        "en",
        2,
        fees,
        missing,
        [agency],
        [
            "medical insurance, residence visa, Emirates ID, labour card shown as AED 0 'paid by employer'",
            "free meals in staff cafeteria",
            "end-of-service gratuity paid by employer",
            "return ticket paid by employer",
            "employee keeps passport (negated retention)",
            "'annual leave 30 calendar days' is not a charge",
            "deduction table rows on page 2 are proven by the notes on the same page",
        ],
        "deduction_schedule",
        "A4; maroon header band; 4-column employee grid; gridded terms table; page 2 deduction grid with Total/Per month/Months columns and lettered notes; signature lines",
    )
    return p, lab, present


# ==========================================================================
# build + self-check
# ==========================================================================
BUILDERS = [bt01, bt02, bt03, bt04, bt05, bt06, bt07, bt08, bt09, bt10, bt11, bt12]


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()


def check(out_dir, built):
    errors = []
    for _pdf, lab, present, scanned_pages in built:
        fn = lab["file"]
        path = os.path.join(out_dir, fn)
        prog = lab["program"]
        with pdfplumber.open(path) as doc:
            pages = doc.pages
            if len(pages) != lab["pages"]:
                errors.append(f"{fn}: {len(pages)} pages, label says {lab['pages']}")
            texts = [norm(pg.extract_text()) for pg in pages]
            n_chars = [len(pg.chars) for pg in pages]
            n_imgs = [len(pg.images) for pg in pages]
        if lab["scanned"] != bool(scanned_pages):
            errors.append(f"{fn}: scanned flag {lab['scanned']} but scanned pages {scanned_pages}")
        for sp in scanned_pages:
            i = sp - 1
            if n_chars[i] or texts[i]:
                errors.append(f"{fn}: scanned page {sp} has a text layer ({n_chars[i]} chars)")
            if not n_imgs[i]:
                errors.append(f"{fn}: scanned page {sp} has no image")
        text_pages = [t for i, t in enumerate(texts) if (i + 1) not in scanned_pages]
        full = " ".join(text_pages)
        for k, f in enumerate(lab["fees"]):
            tag = f"{fn} fee#{k} {f['category']}"
            if f["category"] not in CATEGORIES:
                errors.append(f"{tag}: unknown category")
            sev = expected_severity(f["category"], prog, f.get("_passport_only", False))
            if f["severity"] != sev:
                errors.append(f"{tag}: severity {f['severity']}, taxonomy says {sev}")
            if (f["amount"] is None) != (f["currency"] is None):
                errors.append(f"{tag}: amount/currency mismatch")
            if f["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", f["currency"]):
                errors.append(f"{tag}: bad currency {f['currency']}")
            if "group" in f and "+" not in lab["language"]:
                errors.append(f"{tag}: group used in a monolingual document")
            pg = f["page"]
            if not 1 <= pg <= len(texts):
                errors.append(f"{tag}: page {pg} out of range")
                continue
            if pg in scanned_pages:
                errors.append(f"{tag}: fee labelled on scanned page {pg}")
                continue
            if norm(f["quote"]) not in texts[pg - 1]:
                where = [i + 1 for i, t in enumerate(texts) if norm(f["quote"]) in t]
                errors.append(
                    f"{tag}: quote not found on page {pg} (found on {where}): {f['quote'][:70]}"
                )
        for r in lab["recruiters"]:
            if norm(r) not in full:
                errors.append(f"{fn}: recruiter not printed: {r}")
        req = set(REQUIRED[prog])
        miss = set(lab["missing_terms"])
        if not miss <= req:
            errors.append(f"{fn}: missing_terms not required for {prog}: {sorted(miss - req)}")
        if len(miss) != len(lab["missing_terms"]):
            errors.append(f"{fn}: duplicate missing_terms")
        if miss & set(present):
            errors.append(f"{fn}: terms both missing and present: {sorted(miss & set(present))}")
        if (miss | set(present)) != req:
            errors.append(
                f"{fn}: terms unaccounted: {sorted(req - miss - set(present))}; "
                f"extra: {sorted(set(present) - req)}"
            )
        for term, ev in present.items():
            if norm(ev) not in full:
                errors.append(f"{fn}: evidence for {term} not printed: {ev}")
        if lab["fees"] == [] and not lab["traps"]:
            errors.append(f"{fn}: compliant document without traps")
    return errors


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    built = []
    for b in BUILDERS:
        pdf, lab, present = b()
        pdf.output(os.path.join(out_dir, lab["file"]))
        built.append((pdf, lab, present, sorted(pdf.scanned)))
    labels = []
    for _, lab, _, _ in built:
        clean = dict(lab)
        clean["fees"] = [{k: v for k, v in f.items() if not k.startswith("_")} for f in lab["fees"]]
        labels.append(clean)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    errors = check(out_dir, built)
    n_fees = sum(len(l["fees"]) for l in labels)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s) found", file=sys.stderr)
        return 1
    print(f"ok: {len(labels)} documents, {n_fees} labelled fees, written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
