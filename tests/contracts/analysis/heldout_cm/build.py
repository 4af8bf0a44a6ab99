#!/usr/bin/env python3
"""Build the heldout_cm blind batch: 12 contract PDFs (cm01.pdf ... cm12.pdf) + labels.json.

Usage:
    python build.py OUT_DIR [--write-labels]

Writes the PDFs and labels.json into OUT_DIR (deterministic: fixed creation date, fixed
seeds), reopens every PDF with pdfplumber and checks page counts, fee quotes on their
labelled page, recruiter names, term evidence strings, the image-only scanned page and
the batch mix, then compares the generated labels with the committed labels.json next to
this file.  Exit status 1 on any failed check or difference.  --write-labels rewrites the
committed labels.json.

Needs fpdf2, pdfplumber, Pillow and numpy; fonts from /usr/share/fonts/truetype/dejavu/.
Every firm, agency, person, address and phone number below is invented.
"""

import datetime as _dt
import io
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2026, 1, 15, 9, 30, 0, tzinfo=_dt.UTC)

# --------------------------------------------------------------------------------------
# Taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
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
TERM_ORDER = [
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
_H2A = {
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
}
_H2B = {
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
}
_GEN = {
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
}
REQUIRED = {"h2a": _H2A, "h2b": _H2B, "generic": _GEN}


def severity(category, program, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join(str(s).split())


class Fee:
    def __init__(self, category, page, amount, currency, quote, passport_only=False):
        assert category in CATEGORIES, category
        self.category, self.page, self.amount, self.currency = category, page, amount, currency
        self.quote, self.passport_only = quote, passport_only


# --------------------------------------------------------------------------------------
# PDF helpers (fpdf2, unit = points)
# --------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, fmt="Letter", margins=(54, 50, 54), bottom=54, title="", author=""):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self._families = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout_cm build.py")
        self.set_producer("fpdf2")
        self.header_fn = None
        self.footer_fn = None
        self.scanned_pages = []
        self.set_font("Sans", "", 10)

    FAMILIES = {
        "Sans": (
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
        ),
        "Serif": (
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf",
        ),
        "Cond": (
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf",
        ),
        "Mono": (
            "DejaVuSansMono.ttf",
            "DejaVuSansMono-Bold.ttf",
            "DejaVuSansMono-Oblique.ttf",
            "DejaVuSansMono-BoldOblique.ttf",
        ),
    }

    def set_font(self, family=None, style="", size=0):
        """Registers a DejaVu family (all four styles) the first time it is used."""
        if family in self.FAMILIES and family not in self._families:
            self._families.add(family)
            for st, fname in zip(("", "B", "I", "BI"), self.FAMILIES[family]):
                self.add_font(family, st, str(FONT_DIR / fname))
        return super().set_font(family, style, size)

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    # text blocks -------------------------------------------------------------------
    def p(
        self,
        text,
        size=10,
        style="",
        fam="Sans",
        lh=1.32,
        align="L",
        indent=0,
        after=5,
        color=(0, 0, 0),
        md=False,
        width=None,
    ):
        self.set_font(fam, style, size)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        w = width if width is not None else self.epw - indent
        self.multi_cell(
            w, size * lh, text, align=align, markdown=md, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def hd(
        self, text, size=11.5, fam="Sans", style="B", color=(0, 0, 0), before=4, after=3, align="L"
    ):
        self.ln(before)
        self.p(text, size=size, style=style, fam=fam, color=color, after=after, align=align)

    def rule(self, gap=4, color=(120, 120, 120), width=0.6):
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(
            self.l_margin, self.get_y() + gap / 2, self.w - self.r_margin, self.get_y() + gap / 2
        )
        self.ln(gap)
        self.set_draw_color(0, 0, 0)

    def band(self, y, h, color):
        self.set_fill_color(*color)
        self.rect(0, y, self.w, h, style="F")

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam="Sans",
        head=True,
        head_fill=(225, 225, 225),
        lh=1.3,
        align="L",
        borders="ALL",
        fill_rows=None,
        bold_first_col=False,
        padding=3,
    ):
        """Table with top-aligned cells.  rows: list of lists of str."""
        self.set_font(fam, "", size)
        self.set_fill_color(255, 255, 255)
        kw = dict(
            col_widths=widths,
            v_align="TOP",
            text_align=align,
            line_height=size * lh,
            first_row_as_headings=head,
            padding=padding,
            borders_layout=borders,
            width=sum(widths),
            align="LEFT",
        )
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(**kw) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    st = None
                    if bold_first_col and j == 0 and not (head and i == 0):
                        st = FontFace(emphasis="BOLD")
                    if fill_rows and i in fill_rows:
                        st = FontFace(
                            emphasis=(st.emphasis if st else None), fill_color=fill_rows[i]
                        )
                    row.cell(c, style=st)
        self.ln(6)

    def checkbox(self, x, y, checked, size=8):
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.7)
        self.rect(x, y, size, size)
        if checked:
            self.line(x + 1.3, y + 1.3, x + size - 1.3, y + size - 1.3)
            self.line(x + 1.3, y + size - 1.3, x + size - 1.3, y + 1.3)

    def sign_block(self, labels, names, y=None, height=46, size=8.5, fam="Sans"):
        """Signature lines side by side."""
        n = len(labels)
        gap = 18
        w = (self.epw - gap * (n - 1)) / n
        if y is None:
            y = self.get_y() + height
        if y + 30 > self.h - self.b_margin:
            self.add_page()
            y = self.get_y() + height
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.6)
        for i in range(n):
            x = self.l_margin + i * (w + gap)
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 2)
            self.set_font(fam, "B", size)
            self.multi_cell(w, size * 1.3, labels[i], align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            if names[i]:
                self.set_font(fam, "", size)
                self.multi_cell(
                    w, size * 1.3, names[i], align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                )
        self.set_xy(self.l_margin, y + 40)

    def scribble(self, x, y, w, h, seed):
        """A signature-like stroke (vector, no text)."""
        rng = np.random.default_rng(seed)
        self.set_draw_color(20, 30, 110)
        self.set_line_width(0.9)
        pts = []
        n = 26
        for i in range(n):
            t = i / (n - 1)
            px = x + t * w
            py = (
                y
                + h / 2
                + math.sin(t * 9 + rng.uniform(-0.4, 0.4)) * h * 0.35
                + rng.uniform(-h * 0.12, h * 0.12)
            )
            pts.append((round(px, 2), round(py, 2)))
        self.polyline(pts)
        self.set_draw_color(0, 0, 0)


def stamp_image(text_lines, color, seed, size=(420, 200), angle=12):
    """A round-cornered rubber stamp rendered as an RGBA image (no text layer)."""
    W, H = size
    img = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([6, 6, W - 6, H - 6], radius=22, outline=color + (210,), width=7)
    fsize = int(H / (len(text_lines) + 1.2))
    while True:
        fnt = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), fsize)
        if max(d.textlength(t, font=fnt) for t in text_lines) <= W - 56 or fsize <= 8:
            break
        fsize -= 2
    yy = H / (len(text_lines) + 1) * 0.55
    for ln in text_lines:
        tw = d.textlength(ln, font=fnt)
        d.text(((W - tw) / 2, yy), ln, font=fnt, fill=color + (200,))
        yy += H / (len(text_lines) + 0.6)
    rng = np.random.default_rng(seed)
    a = np.array(img)
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.25).astype(np.uint8), a[..., 3])
    img = Image.fromarray(a, "RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    return buf


# ======================================================================================
# cm01  H-2A, English, compliant: clearance-order work contract (Georgia blueberries)
# ======================================================================================
def cm01():
    pdf = Doc(title="H-2A Work Contract 2026", author="Altamaha Ridge Blueberry Farms")
    green = (46, 94, 60)

    def header(d):
        d.set_font("Sans", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.set_xy(d.l_margin, 22)
        d.cell(d.epw / 2, 10, "Attachment to ETA-790A  |  Job Order GA-11873-26", align="L")
        d.cell(d.epw / 2, 10, "H-2A Work Contract, 2026 season", align="R")
        d.set_draw_color(*green)
        d.set_line_width(1.2)
        d.line(d.l_margin, 36, d.w - d.r_margin, 36)
        d.set_text_color(0, 0, 0)
        d.set_y(50)

    def footer(d):
        d.set_y(-36)
        d.set_font("Sans", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(d.epw / 2, 10, "Altamaha Ridge Blueberry Farms, LLC", align="L")
        d.cell(d.epw / 2, 10, f"Page {d.page_no()} of {{nb}}", align="R")
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    pdf.p(
        "WORK CONTRACT FOR TEMPORARY AGRICULTURAL WORKERS (H-2A)",
        size=14,
        style="B",
        color=green,
        after=2,
    )
    pdf.p(
        "This contract states the terms the employer offers to every worker hired under "
        "the job order named above. If the job order and this contract ever differ, the "
        "worker receives whichever term is more favorable to the worker.",
        size=9,
        style="I",
        after=8,
    )

    emp = "Altamaha Ridge Blueberry Farms, LLC, 4410 Turpentine Still Road, Alma, Georgia 31510"
    pdf.grid(
        [
            ["Term", "Summary"],
            ["Employer", emp + ". Office phone (912) 555-0147."],
            ["Job", "Farmworker, blueberry harvest and field care"],
            ["Contract period", "April 6, 2026 through July 31, 2026"],
            ["Pay", "$14.91 per hour or the piece rate, whichever pays more; paid weekly"],
            ["Housing, kitchen, van", "Free of charge"],
            ["Recruiting cost to you", "None. The employer pays every recruitment and visa cost."],
        ],
        widths=[130, 374],
        size=9,
        bold_first_col=True,
    )

    pdf.hd("1. Place of employment")
    pdf.p(
        "Work is performed in the employer's blueberry fields at 4410 Turpentine Still "
        "Road and on the leased Hurricane Creek block at 1875 Pearson Mill Road, both in "
        "Bacon County, Georgia."
    )
    pdf.hd("2. Job title and duties")
    pdf.p(
        "Job title: Farmworker, blueberry harvest (SOC 45-2092). Duties: hand-pick ripe "
        "blueberries into a bucket worn at the waist, sort out green and soft berries, "
        "empty buckets into lugs and carry the lugs to the end of the row. During rain "
        "delays workers may be asked to feed empty flats to the packing line. After the "
        "harvest, workers hoe weeds, prune canes and repair drip irrigation lines."
    )
    pdf.hd("3. Requirements")
    pdf.p(
        "Applicants must have at least one month of experience hand-harvesting fruit or "
        "vegetables and be able to lift and carry 40 pounds repeatedly during the shift. "
        "No school certificate, driver's license or English is required."
    )
    pdf.hd("4. Period of employment and hours")
    pdf.p(
        "Work begins April 6, 2026 and ends July 31, 2026. The anticipated schedule is "
        "40 hours per week, Monday through Saturday, usually from 6:30 a.m. to 3:00 p.m. "
        "with a 30-minute unpaid lunch break. Hours may be longer at the peak of the "
        "harvest, but nobody is required to work on Sunday."
    )
    pdf.hd("5. Wages")
    pdf.p(
        "The employer will pay at least $14.91 per hour for every hour worked. During "
        "harvest, pickers may instead be paid $0.55 per pound picked; if piece-rate "
        "earnings for a pay period come to less than $14.91 for each hour worked, the "
        "employer makes up the difference in the same paycheck."
    )
    pdf.p(
        "If during the season the Adverse Effect Wage Rate, the prevailing wage or the "
        "federal or state minimum wage rises above the rate in this contract, the employer "
        "will pay the higher rate from the date it takes effect."
    )
    pdf.hd("6. Pay day and earnings statements")
    pdf.p(
        "Workers are paid weekly, every Friday, by check or by direct deposit if the "
        "worker prefers. On each pay day the worker receives a written statement showing "
        "hours offered, hours worked, pounds picked, the hourly and piece rates, total "
        "earnings, each deduction and the reason for it, and the employer's name, address "
        "and FEIN."
    )
    pdf.hd("7. Deductions")
    pdf.p(
        "The only deductions the employer will make are: federal and Georgia income tax, "
        "only if the worker asks for withholding in writing; court-ordered child support "
        "or garnishments; and the optional cafeteria meal plan in section 9, only for a "
        "worker who signs up for it in writing. H-2A wages are not subject to Social "
        "Security or Medicare tax, so none is taken out. No deduction is ever made for "
        "housing, tools, transportation, visas or recruitment."
    )
    pdf.hd("8. Three-fourths guarantee")
    pdf.p(
        "The employer guarantees to offer each worker employment for a total number of "
        "hours equal to at least three-fourths of the workdays of the contract period, "
        "counted from the first workday after arrival to the end date in section 4. If "
        "the worker is offered less, the employer pays the amount the worker would have "
        "earned for the hours missing."
    )
    pdf.hd("9. Housing and meals")
    pdf.p(
        "Housing is provided at no cost to every worker who cannot reasonably return home "
        "each day, at the Turpentine Still camp, 4402 Turpentine Still Road, Alma, which "
        "has been inspected and approved for the season. Rooms sleep four; showers, "
        "washing machines and Wi-Fi are free, and no deposit is taken for beds, bedding "
        "or keys."
    )
    pdf.p(
        "The camp has a free kitchen with stoves, refrigerators and cooking utensils for "
        "every worker. A worker who prefers not to cook may join an optional cafeteria "
        "plan of three meals a day for $15.10 per day, which is below the maximum daily "
        "meal charge published by the U.S. Department of Labor; the plan can be dropped "
        "with one week's notice."
    )
    pdf.hd("10. Transportation")
    pdf.p(
        "Inbound travel: the employer buys the bus ticket from Monterrey, Nuevo León to "
        "Alma and pays daily subsistence of $15.88 during the trip; none of this is "
        "charged back to the worker. If a worker paid any part of the trip or the visa "
        "himself or herself, it is repaid in the first paycheck."
    )
    pdf.p(
        "Return travel: a worker who completes the contract, or who is dismissed early "
        "for any reason other than cause, gets the bus ticket back to Monterrey and daily "
        "subsistence paid by the employer."
    )
    pdf.p(
        "Daily transportation between the camp and the fields is provided free in "
        "company vans driven by licensed drivers."
    )
    pdf.hd("11. Tools and equipment")
    pdf.p(
        "All tools, picking buckets, harnesses, gloves, rain gear and supplies needed for "
        "the job are provided by the employer at no cost and without a deposit."
    )
    pdf.hd("12. Workers' compensation")
    pdf.p(
        "The employer carries workers' compensation insurance for all workers at no cost "
        "to them with Magnolia Mutual Casualty Co., policy WC-2026-448190, covering "
        "medical care and lost wages for work injuries and illness."
    )

    pdf.hd("13. Who pays for what")
    pdf.grid(
        [
            ["Cost", "Paid by", "How"],
            [
                "Consular visa fee (MRV) and border crossing",
                "Employer",
                "Paid directly or repaid in the first paycheck",
            ],
            [
                "Recruitment and selection in Mexico",
                "Employer",
                "Paid to the recruiter by the employer",
            ],
            [
                "Bus to Alma and meals on the road",
                "Employer",
                "Ticket bought by the employer; $15.88 a day",
            ],
            ["Housing, utilities, laundry, Wi-Fi", "Employer", "Free"],
            ["Tools, buckets, gloves, rain gear", "Employer", "Free, no deposit"],
            [
                "Cafeteria meal plan (optional)",
                "Worker, only if chosen",
                "$15.10 per day, below the DOL cap",
            ],
            ["Return bus to Monterrey", "Employer", "At the end of the contract"],
        ],
        widths=[200, 110, 194],
        size=8.5,
        fill_rows={6: (245, 245, 230)},
    )

    rec = "Surco Firme Reclutamiento Agrícola, S.C."
    pdf.hd("14. Recruiter")
    pdf.p(
        f"The employer's only authorized recruiter in Mexico is {rec}, Av. Hidalgo 318, "
        "Dolores Hidalgo, Guanajuato. The employer pays all of its fees, and the recruiter "
        "is forbidden by its contract from charging workers anything, whether called a "
        "registration, paperwork or a place on the list. If anyone asks you for money for "
        "this job, call the farm office at (912) 555-0147."
    )
    pdf.hd("15. Termination and abandonment")
    pdf.p(
        "A worker who misses 5 consecutive working days without the employer's permission "
        "is considered to have abandoned the job, and the employer will notify the "
        "Department of Labor and DHS in writing within 2 working days. A worker may be "
        "dismissed for cause, such as violence, theft or repeated failure to follow "
        "safety rules after a written warning. A worker who abandons the job or is "
        "dismissed for cause loses the three-fourths guarantee and the return trip."
    )
    pdf.hd("16. If the work becomes impossible")
    pdf.p(
        "If, before the end date, the contract cannot be fulfilled because of fire, flood, "
        "hail, freeze or another act of God, the employer may end it with the approval of "
        "the Certifying Officer, will pay the three-fourths guarantee up to the date of "
        "termination, and will pay return transportation and subsistence, or offer "
        "other work where possible."
    )
    pdf.hd("17. Your rights")
    pdf.p(
        "Workers keep their own passports, visas and identity papers at all times; the "
        "employer will never hold them. The employer will not blacklist, threaten, "
        "discharge or refuse to rehire any worker for filing a complaint, speaking with a "
        "lawyer or a union, or testifying. Workers are free to come and go from the camp "
        "when they are not working."
    )
    pdf.sign_block(
        ["For the employer", "Worker"],
        ["Lorena Ashby, Farm Manager", "Name: ______________________"],
    )
    pdf.alias_nb_pages()

    meta = dict(
        program="h2a",
        language="en",
        doc_type="job_order",
        layout="single column; running header rule and page footer; summary grid; numbered "
        "sections; cost table with payer column; signature lines",
        corridor="Mexico to US (Georgia)",
        document="H-2A clearance-order work contract",
        fees=[],
        terms={
            "employer_identity": emp,
            "job_duties": "hand-pick ripe blueberries into a bucket worn at the waist",
            "work_location": "1875 Pearson Mill Road, both in Bacon County, Georgia",
            "employment_period": "Work begins April 6, 2026 and ends July 31, 2026",
            "hours_of_work": "40 hours per week, Monday through Saturday",
            "wage_rate": "at least $14.91 per hour for every hour worked",
            "wage_adjustment": "will pay the higher rate from the date it takes effect",
            "pay_frequency": "Workers are paid weekly, every Friday",
            "deductions": "court-ordered child support or garnishments",
            "three_fourths_guarantee": "at least three-fourths of the workdays of the contract period",
            "housing": "Housing is provided at no cost to every worker",
            "meals": "free kitchen with stoves, refrigerators and cooking utensils",
            "inbound_transportation": "the employer buys the bus ticket from Monterrey, Nuevo León to Alma",
            "return_transportation": "gets the bus ticket back to Monterrey and daily subsistence paid by the employer",
            "daily_transportation": "Daily transportation between the camp and the fields is provided free",
            "tools_provided": "provided by the employer at no cost and without a deposit",
            "workers_compensation": "policy WC-2026-448190",
            "earnings_statements": "hours offered, hours worked, pounds picked",
            "termination": "misses 5 consecutive working days without the employer's permission",
            "contract_impossibility": "because of fire, flood, hail, freeze or another act of God",
            "job_requirements": "at least one month of experience hand-harvesting fruit or vegetables",
        },
        recruiters=[rec],
        traps=[
            "'feed empty flats to the packing line' is a job duty, not a fee",
            "employer pays consular visa fee and border crossing or repays them",
            "recruiter paid by the employer; negated registration/paperwork/list fees",
            "free housing, no deposit for beds or keys (h2a)",
            "optional cafeteria meal plan at $15.10/day below the DOL cap (lawful h2a meal charge)",
            "voluntary income-tax withholding and court orders only (lawful deductions)",
            "inbound bus and subsistence bought by employer; return trip paid",
            "tools, gloves, rain gear free, no deposit",
            "employer never holds passports; no blacklisting; free to come and go",
            "losing the 3/4 guarantee and return trip after abandonment or dismissal for "
            "cause is the lawful H-2A rule, not a breach penalty",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm02  H-2A, Spanish, WhatsApp chat export with a local recruiter (apple harvest)
# ======================================================================================
class Chat:
    """Draws a phone-screenshot style chat on narrow pages (vector text)."""

    W, H = 360, 740

    def __init__(self, pdf, contact, status, seed=3):
        self.pdf, self.contact, self.status = pdf, contact, status
        self.rng = np.random.default_rng(seed)
        self.y = 0
        self.new_page()

    def new_page(self):
        d = self.pdf
        d.add_page()
        d.set_fill_color(236, 229, 221)
        d.rect(0, 0, self.W, self.H, style="F")
        d.set_fill_color(7, 94, 84)
        d.rect(0, 0, self.W, 50, style="F")
        d.set_fill_color(200, 200, 200)
        d.ellipse(12, 10, 30, 30, style="F")
        d.set_text_color(255, 255, 255)
        d.set_font("Sans", "B", 10.5)
        d.set_xy(50, 11)
        d.cell(280, 13, self.contact)
        d.set_font("Sans", "", 7.5)
        d.set_xy(50, 27)
        d.cell(280, 10, self.status)
        d.set_text_color(0, 0, 0)
        self.y = 62

    def chip(self, text):
        d = self.pdf
        d.set_font("Sans", "", 7.5)
        w = d.get_string_width(text) + 16
        if self.y + 24 > self.H - 16:
            self.new_page()
        d.set_fill_color(225, 242, 251)
        d.rect((self.W - w) / 2, self.y, w, 15, style="F", round_corners=True, corner_radius=5)
        d.set_xy((self.W - w) / 2, self.y + 2.5)
        d.cell(w, 10, text, align="C")
        self.y += 23

    def msg(self, text, time, me=False, size=9, label=None):
        d = self.pdf
        d.set_font("Sans", "", size)
        lh = size * 1.32
        maxw, pad = 238, 7
        tw = max(d.get_string_width(t) for t in text.split("\n")) + 2
        if label:
            d.set_font("Sans", "I", 7)
            tw = max(tw, d.get_string_width(label) + 2)
            d.set_font("Sans", "", size)
        bw = min(maxw, max(tw, 40) + 2 * pad + 2 * d.c_margin + 1)
        lines = d.multi_cell(bw - 2 * pad, lh, text, dry_run=True, output="LINES")
        bh = len(lines) * lh + 2 * pad + 10 + (10 if label else 0)
        if self.y + bh > self.H - 14:
            self.new_page()
        x = self.W - bw - 10 if me else 10
        d.set_fill_color(*((220, 248, 198) if me else (255, 255, 255)))
        d.rect(x, self.y, bw, bh, style="F", round_corners=True, corner_radius=7)
        yy = self.y + pad
        if label:
            d.set_font("Sans", "I", 7)
            d.set_text_color(110, 110, 110)
            d.set_xy(x + pad, yy)
            d.cell(bw - 2 * pad, 8, label)
            yy += 10
            d.set_text_color(0, 0, 0)
        d.set_font("Sans", "", size)
        d.set_xy(x + pad, yy)
        d.multi_cell(bw - 2 * pad, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        d.set_font("Sans", "", 6.5)
        d.set_text_color(120, 120, 120)
        d.set_xy(x + bw - pad - 40, self.y + bh - 12)
        d.cell(40, 8, time + (" ✓✓" if me else ""), align="R")
        d.set_text_color(0, 0, 0)
        self.y += bh + 6


def cm02():
    pdf = Doc(
        fmt=(Chat.W, Chat.H),
        margins=(0, 0, 0),
        bottom=0,
        title="Chat de WhatsApp con Lic. Efraín Zárate",
        author="",
    )
    pdf.set_auto_page_break(False)
    rec_person, rec_agency = "Efraín Zárate", "Enlace Campo Norte"
    c = Chat(pdf, f"Lic. {rec_person} ({rec_agency})", "en línea")
    q_fee = "Son 8 500 pesos para apartar su lugar y meter sus papeles a la lista."
    q_med = (
        "Aparte está el examen médico, que es obligatorio: mil doscientos pesos en la "
        "clínica de aquí de Zitácuaro, usted lo paga el día de la cita."
    )
    q_pass = (
        "Su pasaporte se queda conmigo y se lo entrego ya en la frontera, para que no se pierda."
    )
    c.chip("12 DE ENERO DE 2026")
    c.msg(
        "Buenas tardes licenciado, me pasó su número mi primo Rogelio. Dice que usted "
        "manda gente a la manzana",
        "16:02",
        me=True,
    )
    c.msg("Buenas tardes joven, sí, así es", "16:10")
    c.msg(
        "Es para un rancho de manzana en el estado de Washington, cerca de Wenatchee. "
        "El trabajo es pizcar manzana con escalera y bolsa, y ya al final de la temporada "
        "podar.",
        "16:11",
    )
    c.msg(
        "El pago es de 20.10 dólares la hora, por contrato, y le pagan cada semana, los viernes.",
        "16:11",
    )
    c.msg("¿Y cuándo sería la salida? ¿Cuántas horas se trabaja?", "16:15", me=True)
    c.msg(
        "Sale en cuanto llegue la aprobación, ya le aviso la fecha. Las horas depende "
        "de cómo venga la fruta.",
        "16:19",
    )
    c.msg(
        "¿Y cuánto hay que pagar? Porque el año pasado me cobraron en otro lado y nunca salió nada",
        "16:21",
        me=True,
    )
    c.msg("Aquí es seguro, yo tengo 11 años mandando gente. " + q_fee, "16:24")
    c.msg("Se deposita a la tarjeta que le mando, a nombre de Efraín Zárate O.", "16:24")
    c.msg("La visa no se preocupe, esa la paga el patrón allá, a usted no le cuesta.", "16:25")
    c.msg(q_med, "16:26")
    c.msg("¿Y el pasaje hasta allá?", "16:31", me=True)
    c.msg(
        "El camión a Monterrey y el avión los compra la empresa, y la comida del camino "
        "se la reembolsan en el primer cheque.",
        "16:33",
    )
    c.msg(
        "La vivienda es gratis y tiene cocina para que ustedes se preparen su comida, "
        "sin costo. Los llevan diario al huerto en la camioneta del rancho, sin "
        "cobrarles.",
        "16:34",
    )
    c.msg("Ok. ¿Qué papeles le llevo?", "16:40", me=True)
    c.msg(
        "Me trae su pasaporte original, acta de nacimiento y dos fotos tamaño infantil. " + q_pass,
        "16:44",
    )
    c.msg("Documento: Requisitos temporada 2026.pdf · 1 página", "16:44", label="Reenviado")
    c.chip("14 DE ENERO DE 2026")
    c.msg(
        "Lic, ya junté una parte, ¿le puedo dar la mitad ahorita y lo demás en febrero?",
        "09:12",
        me=True,
    )
    c.msg(
        "Mínimo la mitad para apartar, y lo demás antes del 20 de febrero porque se "
        "llena la lista.",
        "09:30",
    )
    c.msg("Está bien, el viernes le deposito. Gracias lic", "09:31", me=True)
    c.msg("Ándele pues, me manda foto del ticket.", "09:33")
    c.chip("20 DE FEBRERO DE 2026")
    c.msg("Lic, ya le deposité lo que faltaba. Ahí le va la foto del ticket", "18:05", me=True)
    c.msg("Imagen: ticket_deposito.jpg", "18:05", me=True, label="Foto")
    c.msg(
        "Recibido. Ya quedó usted en la lista, espere mi llamada para la fecha de la cita.", "19:41"
    )

    meta = dict(
        program="h2a",
        language="es",
        doc_type="whatsapp_chat",
        layout="phone-screenshot chat export on narrow pages (360x740 pt): header bar, "
        "date chips, left/right bubbles with timestamps, forwarded-document bubble",
        corridor="Mexico to US (Washington)",
        document="WhatsApp chat with a local recruiter",
        fees=[
            Fee("recruitment_fee", 1, 8500.0, "MXN", q_fee),
            Fee("medical_cost", 2, 1200.0, "MXN", q_med),
            Fee("document_retention", 2, None, None, q_pass),
        ],
        terms={
            "job_duties": "pizcar manzana con escalera y bolsa",
            "work_location": "un rancho de manzana en el estado de Washington, cerca de Wenatchee",
            "wage_rate": "20.10 dólares la hora",
            "pay_frequency": "le pagan cada semana, los viernes",
            "housing": "La vivienda es gratis",
            "meals": "tiene cocina para que ustedes se preparen su comida, sin costo",
            "inbound_transportation": "El camión a Monterrey y el avión los compra la empresa",
            "daily_transportation": "Los llevan diario al huerto en la camioneta del rancho, sin cobrarles",
        },
        recruiters=[rec_person, rec_agency],
        traps=[
            "visa paid by the employer ('a usted no le cuesta')",
            "bus and plane bought by the company, road meals reimbursed",
            "free housing with kitchen, free daily van",
            "'Sale en cuanto llegue la aprobación' and 'Las horas depende' give no concrete "
            "dates or hours (missing)",
            "no employer name or address anywhere (missing)",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm03  H-2B, English, golf-club grounds crew job offer (two-column staff rules)
# ======================================================================================
def cm03():
    pdf = Doc(
        title="Seasonal Grounds Crew - Terms of Employment", author="Pinecrest Hollow Golf Club"
    )
    navy = (24, 52, 92)

    def header(d):
        d.band(0, 58, navy)
        d.set_text_color(255, 255, 255)
        d.set_font("Serif", "B", 15)
        d.set_xy(d.l_margin, 14)
        d.cell(300, 18, "Pinecrest Hollow Golf Club")
        d.set_font("Sans", "", 7.5)
        d.set_xy(d.w - d.r_margin - 220, 14)
        d.multi_cell(
            220,
            10,
            "88 Fairway Ledge Drive\nHilton Head Island, SC 29928\n"
            "(843) 555-0186  ·  hr@pinecresthollow.example",
            align="R",
        )
        d.set_text_color(0, 0, 0)
        d.set_y(76)

    def footer(d):
        d.set_y(-34)
        d.set_font("Sans", "I", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            10,
            f"H-2B case H-400-26008-771204  ·  Terms of employment  ·  {d.page_no()}/{{nb}}",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    pdf.p(
        "JOB OFFER AND TERMS OF EMPLOYMENT: SEASONAL GROUNDS CREW (H-2B)",
        size=12.5,
        style="B",
        color=navy,
        after=6,
    )
    emp = "Pinecrest Hollow Golf Club, Inc., 88 Fairway Ledge Drive, Hilton Head Island, SC 29928"
    pdf.grid(
        [
            ["Item", "Details"],
            ["Employer", emp],
            ["Position", "Landscaping and Groundskeeping Worker (SOC 37-3011)"],
            [
                "Duties",
                "Mow greens, fairways and roughs; rake bunkers; trim hedges and repair "
                "divots; clean and stage golf carts; when assigned to the starter window, "
                "collect green fees and cart fees from walk-in golfers and issue receipts.",
            ],
            [
                "Worksite",
                "Pinecrest Hollow Golf Club course and maintenance barn, Hilton Head "
                "Island, South Carolina",
            ],
            ["Season", "March 2, 2026 to November 20, 2026"],
            ["Hours", "40 hours per week, Tuesday to Saturday, 6:00 a.m. to 2:30 p.m."],
            ["Pay rate", "$16.45 per hour"],
            ["Overtime", "$24.68 per hour for hours over 40 in a workweek"],
            ["Pay day", "Every other Friday (biweekly), by direct deposit or pay card"],
            [
                "Requirements",
                "3 months of experience operating commercial mowers; no degree required",
            ],
        ],
        widths=[100, 404],
        size=9,
        bold_first_col=True,
        head_fill=(214, 224, 238),
    )

    pdf.hd("1. Guaranteed hours", size=10.5)
    pdf.p(
        "For each 12-week period of the season the Club guarantees every worker an offer "
        "of hours equal to at least three-fourths of the workdays in that period; if "
        "fewer hours are offered, the Club pays for the shortfall.",
        size=9.5,
    )
    pdf.hd("2. Travel and visa costs", size=10.5)
    pdf.p(
        "The Club reimburses inbound transportation and daily subsistence from the "
        "worker's home town to Hilton Head Island in the first workweek. Visa and border "
        "crossing fees are also reimbursed in the first workweek. Return transportation "
        "is paid by the Club when the worker completes the season or is dismissed early "
        "for any reason other than cause.",
        size=9.5,
    )
    pdf.hd("3. Tools and equipment", size=10.5)
    pdf.p(
        "Mowers, trimmers, blowers, hand tools, safety glasses and hearing protection are "
        "provided free of charge and no deposit is taken for them.",
        size=9.5,
    )
    pdf.hd("4. Costs paid by the Club", size=10.5)
    pdf.grid(
        [
            ["Cost", "Amount", "Paid by", "When"],
            ["H-2B visa (MRV) fee", "$205", "Club", "Reimbursed in first workweek"],
            [
                "Bus or flight to Hilton Head and meals on the way",
                "Actual cost",
                "Club",
                "Reimbursed in first workweek",
            ],
            [
                "Recruiting agent (Rutas del Pacífico Staffing)",
                "None to worker",
                "Club",
                "Paid directly by the Club",
            ],
            ["Course tools and safety gear", "None to worker", "Club", "Provided on day one"],
            ["Trip home", "Actual cost", "Club", "End of season"],
        ],
        widths=[190, 80, 60, 174],
        size=8.5,
        head_fill=(214, 224, 238),
    )

    pdf.add_page()
    pdf.p("STAFF RULES, PAY AND DEDUCTIONS", size=12, style="B", color=navy, after=6)
    q_uni = (
        "Club uniforms must be worn on the course at all times, and each worker is "
        "charged $75.00 for the required set of four polo shirts and two caps, taken "
        "from the first paycheck."
    )
    q_house = (
        "Housing is not required, but the Club rents beds in its staff cottages on "
        "Mathews Drive for $110 per week per worker, deducted from each paycheck."
    )
    q_meal = "A hot lunch is served in the clubhouse kitchen and $9 per shift is deducted for it."
    q_hold = (
        "To encourage workers to stay through fall aeration, the Club holds back $50.00 "
        "from every paycheck and releases the total with the final check in November."
    )
    rec = "Rutas del Pacífico Staffing"
    sections = [
        (
            "Deductions.",
            "The Club withholds federal and state income taxes, Social Security "
            "and Medicare, and any deduction the worker authorizes in writing, such as a "
            "voluntary credit-union savings plan.",
        ),
        ("Uniforms.", q_uni),
        ("Housing.", q_house + " Workers who find their own housing pay nothing to the Club."),
        (
            "Staff meals.",
            q_meal + " Coffee, water and sports drinks in the maintenance barn are free.",
        ),
        ("Season completion.", q_hold),
        (
            "Attendance and termination.",
            "A worker absent for five consecutive working days "
            "without notice is considered to have abandoned employment. The Club may dismiss a "
            "worker for cause, such as fighting, theft, drinking on duty or unsafe operation of "
            "equipment after a written warning.",
        ),
        (
            "Complaints.",
            "Workers may raise any concern with the superintendent or with the "
            "Wage and Hour Division. No worker will be punished, blacklisted or denied rehire "
            "for doing so.",
        ),
        (
            "Recruitment.",
            f"The Club's recruiting agent in Guatemala, {rec}, is paid by the "
            "Club and may not charge workers any fee, deposit or gift.",
        ),
        (
            "Course safety.",
            "Workers must wear hearing protection when mowing, stay off the "
            "fairways while golfers are playing through, and report lightning at once; play "
            "stops when the siren sounds.",
        ),
        (
            "Golf privileges.",
            "Staff may play the back nine free of charge on Mondays after "
            "3:00 p.m., when the course is closed to members.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=22, text_align="LEFT", line_height=1.3, balance=False
    ) as cols:
        for k, (head, body) in enumerate(sections):
            if k == 5:
                cols.new_column()
            with cols.paragraph(top_margin=0, bottom_margin=6) as par:
                pdf.set_font("Sans", "B", 9)
                par.write(head + " ")
                pdf.set_font("Sans", "", 9)
                par.write(body)

    pdf.ln(14)
    pdf.rule(gap=6, color=navy, width=1)
    pdf.p("WORKER ACKNOWLEDGMENT", size=12, style="B", color=navy, after=8)
    pdf.set_font("Sans", "", 9.5)
    for chk, txt in [
        (True, "I received this offer in Spanish and in English before I signed it."),
        (True, "I was not asked to pay anyone to get this job."),
        (False, "I would like a copy mailed to my home address."),
        (True, "I understand that I may keep my passport with me at all times."),
    ]:
        y = pdf.get_y()
        pdf.checkbox(pdf.l_margin, y + 2, chk, size=9)
        pdf.set_xy(pdf.l_margin + 16, y)
        pdf.multi_cell(pdf.epw - 16, 13, txt, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.ln(6)
    pdf.sign_block(["Golf Course Superintendent", "Worker", "Date"], ["Walter M. Greer", "", ""])

    pdf.alias_nb_pages()
    meta = dict(
        program="h2b",
        language="en",
        doc_type="job_offer",
        layout="navy letterhead band; summary grid; cost table with payer column; staff "
        "rules in two text columns (page 2); checkbox acknowledgment and signature lines",
        corridor="Guatemala to US (South Carolina)",
        document="H-2B job offer and staff rules",
        fees=[
            Fee("equipment_charge", 2, 75.0, "USD", q_uni),
            Fee("housing_charge", 2, 110.0, "USD", q_house),
            Fee("meal_charge", 2, 9.0, "USD", q_meal),
            Fee("wage_withholding", 2, 50.0, "USD", q_hold),
        ],
        terms={
            "employer_identity": emp,
            "job_duties": "Mow greens, fairways and roughs; rake bunkers",
            "work_location": "maintenance barn, Hilton Head Island, South Carolina",
            "employment_period": "March 2, 2026 to November 20, 2026",
            "hours_of_work": "40 hours per week, Tuesday to Saturday, 6:00 a.m. to 2:30 p.m.",
            "wage_rate": "$16.45 per hour",
            "overtime": "$24.68 per hour for hours over 40 in a workweek",
            "pay_frequency": "Every other Friday (biweekly)",
            "deductions": "The Club withholds federal and state income taxes, Social Security and Medicare",
            "three_fourths_guarantee": "at least three-fourths of the workdays in that period",
            "inbound_transportation": "The Club reimburses inbound transportation and daily subsistence",
            "return_transportation": "Return transportation is paid by the Club when the worker completes the season",
            "visa_reimbursement": "Visa and border crossing fees are also reimbursed in the first workweek",
            "tools_provided": "provided free of charge and no deposit is taken for them",
            "termination": "absent for five consecutive working days without notice",
            "job_requirements": "3 months of experience operating commercial mowers",
        },
        recruiters=[rec],
        traps=[
            "'collect green fees and cart fees from walk-in golfers' is a job duty",
            "visa fee, inbound and return trips reimbursed/paid by the Club (cost table)",
            "recruiting agent paid by the Club, may not charge any fee",
            "tools and safety gear free, no deposit",
            "voluntary credit-union savings deduction authorized in writing; statutory taxes",
            "'Coffee ... are free'; staff play golf 'free of charge'",
            "workers who find their own housing pay nothing",
            "no blacklisting for complaints",
            "acknowledgment checkbox 'I was not asked to pay anyone to get this job'",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm04  generic, English, Philippines -> Taiwan factory contract (form with boxes)
# ======================================================================================
def cm04():
    pdf = Doc(
        fmt="A4",
        margins=(46, 44, 46),
        bottom=50,
        title="Employment Contract for Foreign Worker",
        author="Luzon Bridge Manpower Services Inc.",
    )

    def footer(d):
        d.set_y(-40)
        d.set_draw_color(150, 150, 150)
        d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
        d.set_font("Sans", "", 7)
        d.set_text_color(90, 90, 90)
        d.ln(3)
        d.cell(
            d.epw * 0.7,
            9,
            "Contract Ref. JH-TW-2026-0392   ·   Worker's initials: ______   "
            "Employer's initials: ______",
            align="L",
        )
        d.cell(d.epw * 0.3, 9, f"Page {d.page_no()} of {{nb}}", align="R")
        d.set_text_color(0, 0, 0)

    pdf.footer_fn = footer
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.cell(
        0,
        16,
        "EMPLOYMENT CONTRACT FOR FOREIGN WORKER",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        12,
        "Manufacturing sector  ·  Republic of the Philippines to Taiwan",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    emp_name = "Formosa Brightwave Electronics Corp."
    emp_addr = "No. 27, Lane 5, Zhongxing Road, Guishan District, Taoyuan City 333, Taiwan"
    worker = "Ma. Cristina Dela Paz Villanueva"
    agency = "Luzon Bridge Manpower Services Inc."
    broker = "Jade Harbor Manpower Consultant Co., Ltd."
    pdf.p("PART A. PARTIES", size=9.5, style="B", after=2)
    pdf.grid(
        [
            ["Employer", emp_name],
            ["Employer's address", emp_addr],
            ["Worker", worker],
            [
                "Worker's passport / address",
                "P7739410B  /  Purok 4, Barangay San Isidro, Cabanatuan City, Nueva Ecija",
            ],
            [
                "Philippine agency",
                agency
                + ", 3F Dela Rosa Arcade, 1220 Taft Avenue, Manila (Licence No. LB-0418-2025)",
            ],
            ["Taiwan broker", broker + ", Taoyuan City (Permit No. 2371)"],
        ],
        widths=[150, 353],
        size=8.5,
        head=False,
        bold_first_col=True,
    )

    pdf.p("PART B. THE JOB", size=9.5, style="B", after=2)
    pdf.grid(
        [
            ["Position", "Production Operator, SMT assembly line"],
            [
                "Duties",
                "Load printed circuit boards onto the line, inspect solder joints under "
                "magnification, label and pack finished boards",
            ],
            ["Place of work", "Employer's Guishan Plant 2, Taoyuan City"],
            ["Contract period", "36 months, from 2 March 2026 to 1 March 2029"],
            [
                "Working hours",
                "8 hours a day, Monday to Friday, 08:00 to 17:00 with a one-hour "
                "meal break; overtime only with the Worker's consent and paid as "
                "required by the Labor Standards Act",
            ],
            ["Basic salary", "NT$29,500 per month"],
            [
                "Payment",
                "Monthly, on the 10th day of the following month, by transfer to a bank "
                "account in the Worker's own name",
            ],
        ],
        widths=[150, 353],
        size=8.5,
        head=False,
        bold_first_col=True,
    )

    pdf.p("Accommodation and meals (tick as applicable):", size=9, style="B", after=3)
    y = pdf.get_y()
    opts = [
        (True, "Company dormitory"),
        (False, "Worker arranges own housing"),
        (False, "Meals provided"),
        (True, "Meal allowance NT$2,400 per month"),
    ]
    pdf.set_font("Sans", "", 8.5)
    for k, (chk, lab) in enumerate(opts):
        x = pdf.l_margin + (k % 2) * 200
        yy = y + (k // 2) * 15
        pdf.checkbox(x, yy + 1.5, chk, size=8)
        pdf.set_xy(x + 12, yy)
        pdf.cell(180, 11, lab)
    pdf.set_y(y + 36)

    pdf.p("PART C. COSTS AND DEDUCTIONS *", size=9.5, style="B", after=3)
    q_place = (
        "Upon signing, the Worker shall remit PHP 25,000 to Luzon Bridge Manpower "
        "Services Inc. as a one-time placement fee."
    )
    q_serv = (
        "During the first year the Worker pays the Taiwan broker a service fee of "
        "NT$1,800 per month, NT$1,700 per month in the second year and NT$1,500 per "
        "month in the third year, deducted from salary."
    )
    q_med = (
        "The pre-departure medical examination at an accredited clinic in Manila, "
        "PHP 3,800, is for the Worker's account."
    )
    q_dorm = (
        "Dormitory accommodation: NT$2,500 per month is deducted from salary for the "
        "bed, water and electricity."
    )
    clauses = [
        "Airfare from Manila to Taoyuan, and the return airfare to Manila at the end or early "
        "termination of this contract, are paid by the Employer.",
        q_place,
        q_serv,
        q_med,
        q_dorm,
        "Statutory deductions: Taiwan income tax and the Worker's share of Labor Insurance "
        "and National Health Insurance premiums at the rates fixed by law.",
        "The Employer pays the work permit fee, the Employment Stabilization Fee and the "
        "Alien Resident Certificate fee.",
    ]
    for i, t in enumerate(clauses, 1):
        pdf.set_font("Sans", "", 9)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(18, 12, f"C{i}.")
        pdf.set_xy(pdf.l_margin + 20, y)
        pdf.multi_cell(pdf.epw - 20, 12, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    pdf.add_page()
    pdf.p("PART D. TERMINATION", size=9.5, style="B", after=2)
    pdf.p(
        "D1. Either party may end this contract only on the grounds and with the notice "
        "set out in Articles 11, 12 and 16 of Taiwan's Labor Standards Act. D2. If the "
        "Employer ends the contract early without a lawful ground, it pays the wages due, "
        "severance as required by law, and the return ticket.",
        size=9,
    )
    pdf.p("PART E. OTHER CONDITIONS", size=9.5, style="B", after=2)
    pdf.p(
        "E1. The Worker keeps his or her own passport and Alien Resident Certificate; "
        "neither the Employer nor the broker may hold them. E2. The Worker is entitled to "
        "one rest day and one regular day off every seven days and to paid annual leave "
        "as provided by law. E3. The Worker may ask the local labor office for help in "
        "Tagalog through the 1955 hotline at no charge. E4. This contract is written in "
        "English; a Filipino translation was explained to the Worker before signing.",
        size=9,
    )
    pdf.set_font("Sans", "I", 7.5)
    pdf.multi_cell(
        0,
        10,
        "* Amounts in New Taiwan Dollars (NT$) are paid in Taiwan; "
        "amounts in Philippine Pesos (PHP) are paid in the Philippines. The "
        "Employer's statutory contributions are not shown.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(10)
    pdf.p("SIGNED on 19 January 2026 in Manila.", size=9, style="B", after=4)
    pdf.sign_block(
        ["Employer (authorized representative)", "Worker"],
        ["Chen Yu-ting, HR Manager, " + emp_name, worker],
    )
    pdf.ln(8)
    pdf.sign_block(["Philippine agency", "Taiwan broker"], [agency, broker])
    pdf.alias_nb_pages()
    meta = dict(
        program="generic",
        language="en",
        doc_type="employment_contract",
        layout="A4 form: boxed parties and job grids without headings, tick boxes, "
        "numbered C-clauses with hanging labels, footnote marker, initials footer, "
        "four signature lines",
        corridor="Philippines to Taiwan",
        document="Foreign-worker employment contract (factory)",
        fees=[
            Fee("recruitment_fee", 1, 25000.0, "PHP", q_place),
            Fee("recruitment_fee", 1, 1800.0, "TWD", q_serv),
            Fee("medical_cost", 1, 3800.0, "PHP", q_med),
            Fee("housing_charge", 1, 2500.0, "TWD", q_dorm),
        ],
        terms={
            "employer_identity": emp_addr,
            "worker_identity": worker,
            "job_duties": "Load printed circuit boards onto the line",
            "work_location": "Employer's Guishan Plant 2, Taoyuan City",
            "employment_period": "from 2 March 2026 to 1 March 2029",
            "hours_of_work": "8 hours a day, Monday to Friday, 08:00 to 17:00",
            "wage_rate": "NT$29,500 per month",
            "pay_frequency": "Monthly, on the 10th day of the following month",
            "deductions": "Taiwan income tax and the Worker's share of Labor Insurance",
            "return_transportation": "the return airfare to Manila at the end or early termination of this contract, are paid by the Employer",
            "termination": "Articles 11, 12 and 16 of Taiwan's Labor Standards Act",
        },
        recruiters=[agency, broker],
        traps=[
            "airfare both ways paid by the employer",
            "statutory Labor/National Health Insurance share is a lawful deduction, not insurance_cost",
            "employer pays work permit, Employment Stabilization Fee and ARC fee",
            "worker keeps passport and ARC",
            "meal allowance paid to the worker (not a meal charge)",
            "'1955 hotline at no charge'",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm05  H-2A, English + Spanish, compliant bilingual offer (Texas onions)
# ======================================================================================
def cm05():
    pdf = Doc(
        margins=(58, 50, 58),
        bottom=56,
        title="Offer of Employment / Oferta de Empleo",
        author="Hollister Creek Onion Growers",
    )
    ochre = (176, 112, 30)

    def header(d):
        d.band(0, 40, ochre)
        d.set_font("Sans", "B", 11)
        d.set_text_color(255, 255, 255)
        d.set_xy(d.l_margin, 13)
        d.cell(d.epw / 2, 14, "Hollister Creek Onion Growers, LLC")
        d.set_font("Sans", "", 8)
        d.cell(d.epw / 2, 14, "H-2A  ·  Temporada 2026 season", align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(56)

    def footer(d):
        d.set_y(-34)
        d.set_font("Sans", "", 7.5)
        d.set_text_color(110, 110, 110)
        d.cell(0, 10, f"{d.page_no()} / {{nb}}   ·   Keep this copy / Guarde esta copia", align="C")
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    pdf.p("OFFER OF EMPLOYMENT  ·  OFERTA DE EMPLEO", size=14, style="B", align="C", after=2)
    pdf.p(
        "Each section is written first in English and then in Spanish. Cada sección está "
        "escrita primero en inglés y después en español.",
        size=8.5,
        style="I",
        align="C",
        after=8,
    )

    def sec(title, en, es):
        pdf.hd(title, size=10.5, color=ochre, before=3, after=2)
        pdf.p(en, size=9.3, after=2)
        pdf.p(es, size=9.3, style="I", indent=14, color=(60, 60, 60), after=4)

    emp = "Hollister Creek Onion Growers, LLC, 1190 County Road 402, Uvalde, Texas 78801"
    rec = "Reclutadora Valle del Mayo, S.C."
    sec(
        "Employer / Patrón",
        f"Your employer is {emp}. Telephone (830) 555-0172.",
        "Su patrón es Hollister Creek Onion Growers, LLC, con domicilio en 1190 County Road "
        "402, Uvalde, Texas 78801. Teléfono (830) 555-0172.",
    )
    sec(
        "Job and requirements / Trabajo y requisitos",
        "Job title: onion harvest worker. You will clip the tops and roots of onions by "
        "hand, fill and carry sacks, load bins onto trailers and help transplant onion "
        "seedlings. Requirement: at least two weeks of experience in hand harvesting of "
        "vegetables; you must be able to bend and lift 50-pound sacks.",
        "Puesto: trabajador de cosecha de cebolla. Usted cortará a mano el rabo y la raíz "
        "de la cebolla, llenará y cargará costales, subirá cajones a los remolques y "
        "ayudará a trasplantar plántula. Requisito: por lo menos dos semanas de "
        "experiencia en cosecha manual de hortalizas y poder agacharse y levantar costales "
        "de 50 libras.",
    )
    sec(
        "Where and when / Dónde y cuándo",
        "Work is in the employer's fields along County Road 402 and County Road 415 in "
        "Uvalde County, Texas, from March 23, 2026 to July 10, 2026. The schedule is 8 "
        "hours a day, Monday to Saturday, 48 hours per week, starting at 6:00 a.m.",
        "El trabajo es en los campos del patrón sobre County Road 402 y County Road 415, "
        "condado de Uvalde, Texas, del 23 de marzo al 10 de julio de 2026. El horario es de "
        "8 horas al día, de lunes a sábado, 48 horas por semana, a partir de las 6:00 a.m.",
    )
    sec(
        "Pay / Pago",
        "You will earn $15.14 per hour, or $2.10 per sack of clipped onions if that pays "
        "more. If a higher Adverse Effect Wage Rate, prevailing wage or minimum wage is "
        "published during the season, you will be paid the highest one from its effective "
        "date. Pay is every Thursday (weekly), in cash or by pay card, with a written "
        "statement of hours offered, hours worked, earnings and each deduction.",
        "Usted ganará $15.14 dólares por hora, o $2.10 por costal de cebolla cortada si así "
        "gana más. Si durante la temporada se publica una tarifa AEWR, un salario "
        "prevaleciente o un salario mínimo más alto, se le pagará el más alto desde la fecha "
        "en que entre en vigor. Se paga cada jueves (semanal), en efectivo o con tarjeta, "
        "con un talón por escrito de horas ofrecidas, horas trabajadas, ganancias y cada "
        "descuento.",
    )
    sec(
        "Deductions / Descuentos",
        "Deductions are limited to federal income tax if you request it in writing and "
        "wage garnishments ordered by a court. Nothing is deducted for housing, "
        "transportation, tools, the visa or recruitment, and the employer does not lend "
        "money against wages.",
        "Los descuentos se limitan al impuesto federal sobre la renta si usted lo pide por "
        "escrito y a los embargos ordenados por un juez. No se descuenta nada por vivienda, "
        "transporte, herramientas, visa ni reclutamiento, y el patrón no presta dinero a "
        "cuenta del salario.",
    )
    sec(
        "Guarantee / Garantía",
        "The employer guarantees you work for at least three-fourths (75%) of the workdays "
        "between the first workday after your arrival and July 10, 2026. If less work is "
        "offered, you are paid what you would have earned.",
        "El patrón le garantiza trabajo por lo menos durante tres cuartas partes (75 %) de "
        "los días laborables entre el primer día de trabajo después de su llegada y el 10 "
        "de julio de 2026. Si se le ofrece menos, se le paga lo que habría ganado.",
    )
    sec(
        "Housing and meals / Vivienda y comidas",
        "Free housing is provided at the Hollister Creek bunkhouses, 1204 County Road 402, "
        "Uvalde, with beds, bedding, showers and air conditioning; no deposit is charged. "
        "Each bunkhouse has a free kitchen with stoves, refrigerators and cookware.",
        "Se ofrece vivienda gratuita en las barracas Hollister Creek, 1204 County Road 402, "
        "Uvalde, con camas, ropa de cama, regaderas y aire acondicionado; no se cobra "
        "depósito. Cada barraca tiene cocina gratuita con estufas, refrigeradores y trastes.",
    )
    sec(
        "Transportation / Transporte",
        "The employer pays the bus from Navojoa, Sonora to Uvalde and $15.88 a day for "
        "meals on the trip, or reimburses them in your first paycheck if you paid them. "
        "The return bus to Navojoa is paid when you finish the contract or if you are let "
        "go early without cause. Transportation between the bunkhouses and the fields "
        "every day is free.",
        "El patrón paga el autobús de Navojoa, Sonora a Uvalde y $15.88 diarios para comida "
        "durante el viaje, o se los reembolsa en su primer cheque si usted los pagó. El "
        "autobús de regreso a Navojoa se paga cuando termine el contrato o si lo despiden "
        "antes sin causa. El transporte diario entre las barracas y los campos es gratuito.",
    )
    sec(
        "Visa and recruitment / Visa y reclutamiento",
        f"The employer pays the consular visa fee and the border crossing fee directly. "
        f"{rec} recruits for the employer and is paid only by the employer. Nobody may "
        "charge you for this job: no registration, no paperwork, no place on the list.",
        f"El patrón paga directamente la cuota consular de la visa y el permiso de cruce. "
        f"{rec} recluta para el patrón y solo el patrón le paga. Nadie le puede cobrar por "
        "este trabajo: ni inscripción, ni papeleo, ni lugar en la lista; el reclutamiento "
        "es sin costo alguno para usted.",
    )
    sec(
        "Tools and insurance / Herramientas y seguro",
        "Clippers, gloves, sacks, water coolers and all other tools are provided free, "
        "with no deposit. You are covered by workers' compensation insurance from Lone Oak "
        "Agricultural Insurance, policy TXW-55017-26, at no cost to you.",
        "Las tijeras, guantes, costales, termos de agua y todas las demás herramientas se "
        "dan gratis y sin depósito. Usted está asegurado con seguro de compensación "
        "laboral de Lone Oak Agricultural Insurance, póliza TXW-55017-26, sin costo para "
        "usted.",
    )
    sec(
        "Ending the job / Terminación",
        "If you do not report to work for 5 days in a row without permission, the employer "
        "may treat it as abandonment and will report it to the government as the rules "
        "require. You may be dismissed for cause only after a written warning, except for "
        "violence or theft. If the work cannot go on because of hail, flood, drought or "
        "another natural disaster, the employer pays the three-fourths guarantee up to "
        "that day and your return trip.",
        "Si usted falta 5 días seguidos sin permiso, el patrón puede considerarlo abandono "
        "y lo reportará al gobierno como lo piden las reglas. Solo lo pueden despedir por "
        "causa después de una advertencia por escrito, salvo violencia o robo. Si el "
        "trabajo no puede seguir por granizo, inundación, sequía u otro desastre natural, "
        "el patrón le paga la garantía de tres cuartas partes hasta ese día y su viaje de "
        "regreso.",
    )
    sec(
        "Your papers / Sus documentos",
        "Your passport and visa stay with you. Complaining to the consulate or the "
        "Department of Labor will never cost you your job or next year's job.",
        "Su pasaporte y su visa se quedan con usted. Quejarse ante el consulado o el "
        "Departamento del Trabajo nunca le costará su trabajo ni el del próximo año.",
    )
    pdf.ln(6)
    pdf.sign_block(
        ["Employer / Patrón", "Worker / Trabajador(a)"],
        ["Ruth Hollister, Owner", "_________________________"],
    )
    pdf.alias_nb_pages()
    meta = dict(
        program="h2a",
        language="en+es",
        doc_type="offer_letter",
        layout="ochre header band; bilingual sections (English paragraph, then indented "
        "Spanish italic paragraph); centered footer; signature lines",
        corridor="Mexico to US (Texas)",
        document="Bilingual H-2A offer of employment",
        fees=[],
        terms={
            "employer_identity": emp,
            "job_duties": "clip the tops and roots of onions by hand",
            "work_location": "County Road 415 in Uvalde County, Texas",
            "employment_period": "from March 23, 2026 to July 10, 2026",
            "hours_of_work": "8 hours a day, Monday to Saturday, 48 hours per week",
            "wage_rate": "You will earn $15.14 per hour",
            "wage_adjustment": "you will be paid the highest one from its effective date",
            "pay_frequency": "Pay is every Thursday (weekly)",
            "deductions": "Deductions are limited to federal income tax if you request it in writing",
            "three_fourths_guarantee": "at least three-fourths (75%) of the workdays",
            "housing": "Free housing is provided at the Hollister Creek bunkhouses",
            "meals": "free kitchen with stoves, refrigerators and cookware",
            "inbound_transportation": "The employer pays the bus from Navojoa, Sonora to Uvalde",
            "return_transportation": "The return bus to Navojoa is paid when you finish the contract",
            "daily_transportation": "Transportation between the bunkhouses and the fields every day is free",
            "tools_provided": "all other tools are provided free, with no deposit",
            "workers_compensation": "policy TXW-55017-26",
            "earnings_statements": "a written statement of hours offered, hours worked, earnings and each deduction",
            "termination": "If you do not report to work for 5 days in a row without permission",
            "contract_impossibility": "because of hail, flood, drought or another natural disaster",
            "job_requirements": "at least two weeks of experience in hand harvesting of vegetables",
        },
        recruiters=[rec],
        traps=[
            "employer pays consular visa and border crossing fees directly",
            "recruiter paid only by the employer; 'sin costo alguno para usted'; negated "
            "registration/paperwork/list fees",
            "nothing deducted for housing, transport, tools, visa, recruitment; no wage loans",
            "free housing, no deposit; free kitchen (h2a)",
            "bus and subsistence paid or reimbursed in first paycheck",
            "tools free with no deposit; workers' compensation at no cost",
            "passport stays with the worker; complaints never cost the job",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm06  H-2B, Spanish + English annex, Guatemalan recruiter services agreement (form)
# ======================================================================================
def cm06():
    pdf = Doc(
        fmt="Letter",
        margins=(54, 46, 54),
        bottom=56,
        title="Contrato de prestación de servicios",
        author="Servicios Laborales Altiplano, S.A.",
    )
    rec = "Servicios Laborales Altiplano, S.A."
    worker = "Baltazar Yax Chanchavac"

    def footer(d):
        d.set_y(-40)
        d.set_font("Serif", "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            10,
            f"{rec}  ·  4a. Calle 11-52 zona 1, Quetzaltenango  ·  Tel. 7765-0193   "
            f"Hoja {d.page_no()} de {{nb}}",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    pdf.footer_fn = footer
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 16, rec.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 8.5)
    pdf.cell(
        0,
        11,
        "Gestión de expedientes para trabajo temporal en el extranjero",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.set_font("Serif", "B", 11.5)
    pdf.multi_cell(
        0,
        15,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN LABORAL\nExpediente No. SLA-H2B-26-0311",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    pdf.p("I. DATOS DEL ASPIRANTE", size=9.5, fam="Serif", style="B", after=2)
    pdf.grid(
        [
            ["Nombre completo", worker, "DPI", "2841 55019 0901"],
            ["Municipio", "San Francisco El Alto, Totonicapán", "Teléfono", "4418-2207"],
            ["Fecha de nacimiento", "3 de mayo de 1994", "Estado civil", "Casado"],
        ],
        widths=[95, 215, 60, 134],
        size=8.5,
        fam="Serif",
        head=False,
        bold_first_col=True,
    )

    pdf.p(
        "II. PROGRAMA Y PUESTO SOLICITADO (marque con X)", size=9.5, fam="Serif", style="B", after=4
    )

    def boxes(items):
        x = pdf.l_margin
        y = pdf.get_y()
        pdf.set_font("Serif", "", 9)
        for chk, lab in items:
            pdf.checkbox(x, y + 1.5, chk, size=8.5)
            pdf.set_xy(x + 12, y)
            w = pdf.get_string_width(lab) + 6
            pdf.cell(w, 11, lab)
            x += w + 22
        pdf.ln(18)

    boxes(
        [
            (False, "H-2A agrícola"),
            (True, "H-2B no agrícola"),
            (False, "Canadá"),
            (False, "Otro: ________"),
        ]
    )
    boxes(
        [
            (True, "Jardinería"),
            (False, "Construcción"),
            (False, "Hotelería"),
            (False, "Procesamiento de mariscos"),
        ]
    )

    pdf.p("III. CLÁUSULAS", size=9.5, fam="Serif", style="B", after=3)
    q_fee = (
        "Por los servicios descritos, EL ASPIRANTE pagará a LA GESTORA la suma de "
        "Q3,000.00 en dos abonos, el primero al firmar y el segundo al recibir la cita "
        "consular."
    )
    q_bond = (
        "Para asegurar el cumplimiento de este contrato, EL ASPIRANTE firmará un "
        "pagaré en blanco a favor de LA GESTORA, que le será devuelto al regresar a "
        "Guatemala."
    )
    q_pen = (
        "Si EL ASPIRANTE se retira de la empresa empleadora antes de terminar la "
        "temporada, pagará a LA GESTORA una penalización de diez mil quetzales "
        "(Q10,000.00) y LA GESTORA podrá ejecutar el pagaré."
    )
    emp_short = "Cedar Bluff Landscape Services, Inc."
    clauses = [
        (
            "PRIMERA. Objeto.",
            f"{rec} (en adelante, LA GESTORA) se obliga a integrar el "
            f"expediente de EL ASPIRANTE, presentarlo a la empresa empleadora {emp_short} y "
            "orientarlo para la entrevista consular.",
        ),
        (
            "SEGUNDA. Honorarios.",
            q_fee + " Los abonos se depositan en la cuenta de LA GESTORA y no son reembolsables.",
        ),
        ("TERCERA. Garantía.", q_bond),
        ("CUARTA. Retiro anticipado.", q_pen),
        (
            "QUINTA. Gastos que no paga el aspirante.",
            "La cuota consular de la visa, el "
            "boleto de avión y el hospedaje en la Ciudad de Guatemala la noche anterior a la "
            "cita los cubre la empresa empleadora, sin costo alguno para EL ASPIRANTE.",
        ),
        (
            "SEXTA. Documentos.",
            "EL ASPIRANTE conserva en todo momento su pasaporte y su "
            "DPI; LA GESTORA solo recibe fotocopias.",
        ),
    ]
    for head, body in clauses:
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(
            0,
            13,
            f"**{head}** {body}",
            align="J",
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(4)

    more = [
        (
            "SÉPTIMA. Sin garantía de visa.",
            "LA GESTORA no garantiza la aprobación de la visa; "
            "esta depende únicamente de la embajada.",
        ),
        (
            "OCTAVA. Anexo.",
            "Forma parte de este contrato el resumen de la oferta de empleo "
            "enviado por la empresa empleadora, en idioma inglés, que EL ASPIRANTE declara "
            "haber recibido y que le fue leído en español.",
        ),
        (
            "NOVENA. Aceptación.",
            "Leído lo escrito, las partes lo ratifican y firman en la "
            "ciudad de Quetzaltenango, el veintiséis de enero de dos mil veintiséis.",
        ),
    ]
    for head, body in more:
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(
            0,
            13,
            f"**{head}** {body}",
            align="J",
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(4)
    pdf.ln(10)
    if pdf.get_y() > pdf.h - 250:
        pdf.add_page()
    y = pdf.get_y() + 40
    pdf.sign_block(
        ["Por LA GESTORA", "EL ASPIRANTE"],
        ["Lcda. Aura Marina Sic Tzoc, Gerente", worker],
        y=y,
        fam="Serif",
    )
    pdf.scribble(pdf.l_margin + 30, y - 30, 120, 24, seed=61)
    # fingerprint box
    bx = pdf.w - pdf.r_margin - 70
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(bx, y + 40, 70, 80)
    pdf.set_font("Serif", "", 7)
    pdf.set_xy(bx, y + 122)
    pdf.cell(70, 9, "Impresión dactilar", align="C")
    pdf.image(
        stamp_image(
            ["SERVICIOS LABORALES", "ALTIPLANO", "QUETZALTENANGO"], (40, 60, 150), seed=17, angle=-8
        ),
        x=pdf.l_margin + 150,
        y=y + 30,
        w=120,
    )

    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(
        0,
        14,
        "ANNEX A - JOB OFFER SUMMARY (as received from the employer)",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    emp = "Cedar Bluff Landscape Services, Inc., 5120 Old Mill Creek Pike, New Braunfels, TX 78130"
    pdf.grid(
        [
            ["Employer", emp],
            [
                "Job title",
                "Landscape Laborer: plant shrubs and trees, lay sod, mow, spread mulch "
                "and install irrigation lines",
            ],
            [
                "Worksites",
                "Commercial and residential properties in Comal, Guadalupe and Hays "
                "Counties, Texas",
            ],
            ["Dates", "April 1, 2026 through December 15, 2026"],
            ["Hours", "35 hours per week, Monday-Friday, 7:00 a.m.-2:30 p.m."],
            ["Wage", "$17.12 per hour"],
            ["Overtime", "Hours over 40 in a workweek paid at $25.68 per hour"],
            ["Pay schedule", "Weekly, every Thursday"],
            ["Experience", "3 months of landscaping experience required"],
            ["Tools", "All tools and safety equipment are provided at no charge"],
            [
                "Travel",
                "Inbound transportation and subsistence reimbursed in the first workweek; "
                "return transportation paid if the worker completes the job or is "
                "dismissed early",
            ],
            ["Visa", "Visa and border-crossing fees reimbursed during the first workweek"],
            [
                "Abandonment",
                "Workers who miss 5 consecutive scheduled workdays without notice "
                "are considered to have abandoned the job",
            ],
        ],
        widths=[100, 404],
        size=9,
        head=False,
        bold_first_col=True,
    )
    pdf.p(
        "Summary prepared by the employer for the recruiting agent; the full job order "
        "is available on request.",
        size=8,
        style="I",
    )
    pdf.alias_nb_pages()
    meta = dict(
        program="h2b",
        language="en+es",
        doc_type="recruiter_agreement",
        layout="legal-size; Spanish serif form with data grid and drawn X tick boxes, "
        "markdown-bold clause heads, rubber-stamp image, fingerprint box; English "
        "annex grid on page 3",
        corridor="Guatemala to US (Texas)",
        document="Recruiter services agreement (Spanish) with employer job summary (English)",
        fees=[
            Fee("recruitment_fee", 1, 3000.0, "GTQ", q_fee),
            Fee("deposit_or_bond", 1, None, None, q_bond),
            Fee("breach_penalty", 1, 10000.0, "GTQ", q_pen),
        ],
        terms={
            "employer_identity": emp,
            "job_duties": "plant shrubs and trees, lay sod, mow, spread mulch",
            "work_location": "Comal, Guadalupe and Hays Counties, Texas",
            "employment_period": "April 1, 2026 through December 15, 2026",
            "hours_of_work": "35 hours per week, Monday-Friday",
            "wage_rate": "$17.12 per hour",
            "overtime": "Hours over 40 in a workweek paid at $25.68 per hour",
            "pay_frequency": "Weekly, every Thursday",
            "inbound_transportation": "Inbound transportation and subsistence reimbursed in the first workweek",
            "return_transportation": "return transportation paid if the worker completes the job",
            "visa_reimbursement": "Visa and border-crossing fees reimbursed during the first workweek",
            "tools_provided": "All tools and safety equipment are provided at no charge",
            "termination": "miss 5 consecutive scheduled workdays without notice",
            "job_requirements": "3 months of landscaping experience required",
        },
        recruiters=[rec],
        traps=[
            "consular visa fee, airfare and hotel before the interview covered by the "
            "employer ('sin costo alguno para EL ASPIRANTE')",
            "worker keeps passport and DPI; recruiter only takes photocopies",
            "annex: visa and inbound travel reimbursed in first workweek, tools at no charge",
            "'sin garantía de visa' is a disclaimer, not a fee",
            "stamp and fingerprint box are images/lines without text layer",
            "'Retiro anticipado' is a recruiter penalty, not a termination rule; the "
            "termination term comes from the annex 'Abandonment' row",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm07  H-2A, English, worker handbook & housing rules; page 3 is an image-only scan
# ======================================================================================
def render_scan_cm07(seed=707):
    """Signed acknowledgment page, rasterised at 200 dpi with rotation, blur and noise."""
    dpi = 200
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_b = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 40)
    f_r = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 29)
    f_s = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 24)
    f_h = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Italic.ttf"), 40)
    x0, y = 200, 230
    d.text((x0, y), "KETTLE MORAINE ORCHARDS LLP", font=f_b, fill=20)
    y += 60
    d.text((x0, y), "WORKER ACKNOWLEDGMENT OF HANDBOOK AND HOUSING RULES", font=f_r, fill=20)
    y += 50
    d.line((x0, y, W - 200, y), fill=40, width=3)
    y += 50
    body = (
        "I acknowledge that I received my own copy of the Kettle Moraine Orchards LLP "
        "H-2A Worker Handbook and Housing Rules for the 2026 season, that the rules "
        "were read aloud to me in Spanish at the orientation meeting, and that I was "
        "given the chance to ask questions before signing."
    )
    words, line = body.split(), ""
    for wd in words:
        test = (line + " " + wd).strip()
        if d.textlength(test, font=f_r) > W - 2 * x0:
            d.text((x0, y), line, font=f_r, fill=25)
            y += 44
            line = wd
        else:
            line = test
    d.text((x0, y), line, font=f_r, fill=25)
    y += 110
    rows = [
        ("Worker name (print):", "Julián Arreola Bustos"),
        ("Worker signature:", None),
        ("Date:", "08 / 17 / 2026"),
        ("Witness (orchard office):", None),
    ]
    rng = np.random.default_rng(seed)
    for lab, val in rows:
        d.text((x0, y), lab, font=f_r, fill=25)
        d.line((x0 + 420, y + 38, W - 220, y + 38), fill=60, width=2)
        if val:
            d.text((x0 + 440, y - 8), val, font=f_h, fill=35)
        else:
            pts = []
            for i in range(40):
                t = i / 39
                pts.append(
                    (
                        x0 + 450 + t * 520,
                        y
                        + 12
                        + math.sin(t * 11 + rng.uniform(-0.5, 0.5)) * 16
                        + rng.uniform(-5, 5),
                    )
                )
            d.line(pts, fill=30, width=4, joint="curve")
        y += 120
    y += 40
    d.text((x0, y), "Original: employee file.   Copy: worker.", font=f_s, fill=60)
    d.text((W - 560, H - 200), "Form HB-ACK  rev. 01/2026", font=f_s, fill=80)
    # hole-punch shadows and a fold crease
    for cy in (500, 1100, 1700):
        d.ellipse((60, cy, 110, cy + 50), fill=200)
    d.line((0, H // 2 + 14, W, H // 2 + 6), fill=232, width=3)
    img = img.rotate(0.7, resample=Image.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 12 + rng.normal(0, 7.0, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L")
    buf = io.BytesIO()
    img.save(
        buf,
        format="JPEG",
        quality=80,
        optimize=False,
        progressive=False,
        subsampling=0,
        dpi=(dpi, dpi),
    )
    buf.seek(0)
    return buf


def cm07():
    pdf = Doc(
        margins=(60, 50, 60),
        bottom=56,
        title="H-2A Worker Handbook 2026",
        author="Kettle Moraine Orchards LLP",
    )
    red = (150, 36, 36)

    def footer(d):
        if d.page_no() in d.scanned_pages:
            return
        d.set_y(-36)
        d.set_font("Serif", "I", 8)
        d.set_text_color(110, 110, 110)
        d.cell(
            0,
            10,
            f"Kettle Moraine Orchards LLP · Worker Handbook 2026 · page {d.page_no()}",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    pdf.footer_fn = footer
    pdf.add_page()
    pdf.set_draw_color(*red)
    pdf.set_line_width(2)
    pdf.line(pdf.l_margin, 44, pdf.w - pdf.r_margin, 44)
    pdf.set_y(54)
    pdf.p("Kettle Moraine Orchards LLP", size=18, fam="Serif", style="B", color=red, after=0)
    pdf.p(
        "H-2A Worker Handbook and Housing Rules · 2026 Apple Season",
        size=11,
        fam="Serif",
        style="I",
        after=10,
    )
    emp = "Kettle Moraine Orchards LLP, W2291 County Road YY, Eagle, Wisconsin 53119"
    pdf.p(
        "Welcome back to the orchard. This handbook sums up your job and the rules of the "
        "bunkhouse. Keep it with your contract.",
        size=10,
        fam="Serif",
        after=8,
    )
    pdf.p("YOUR JOB AT A GLANCE", size=10.5, style="B", after=3)
    pdf.grid(
        [
            ["Employer", emp],
            [
                "Job",
                "Apple harvester: pick apples into a picking bag from the ground and from "
                "ladders, empty bags into bins, and sort out culls",
            ],
            ["Requirement", "One full season of tree-fruit harvest experience"],
            [
                "Where",
                "Our orchard blocks on County Road YY and Bluff Road, Town of Eagle, "
                "Waukesha County, Wisconsin",
            ],
            ["Dates", "August 17, 2026 to November 6, 2026"],
            ["Hours", "About 45 hours per week, Monday to Saturday"],
            ["Wage", "$18.20 per hour, or $24 per bin when the piece rate pays more"],
            [
                "Pay day",
                "Weekly, every Friday, with an itemized pay stub of hours, rates, "
                "earnings and deductions",
            ],
            [
                "Deductions",
                "Federal and Wisconsin income tax only when you ask in writing; "
                "child support ordered by a court",
            ],
            ["Housing", "The Orchard Bunkhouse, W2291 County Road YY, free of charge"],
            ["Meals", "Free shared kitchen with stoves, refrigerators and pots"],
            [
                "Getting here and home",
                "Bus and meals from Laredo repaid in the first paycheck; "
                "return bus paid when you finish the season",
            ],
            ["Daily rides", "Free bus from the bunkhouse to the blocks every morning"],
            ["Tools", "Picking bags, ladders, gloves and rain gear provided free"],
            ["Injury insurance", "Workers' compensation, Badger Prairie Mutual policy 77-310452"],
            [
                "Leaving the job",
                "Five workdays missed in a row without calling the office counts as abandonment",
            ],
        ],
        widths=[120, 372],
        size=8.6,
        head=False,
        bold_first_col=True,
        fill_rows={i: (248, 240, 240) for i in range(0, 16, 2)},
    )

    pdf.add_page()
    pdf.set_y(50)
    pdf.p("BUNKHOUSE AND ORCHARD RULES", size=12, style="B", color=red, after=6)
    q_move = (
        "Residents must be inside the bunkhouse by 9:00 p.m. every night and may not "
        "leave the orchard property on weekends without written permission from the "
        "crew leader."
    )
    q_dmg = (
        "Ladders, bins or tractors damaged through a worker's carelessness will be "
        "charged to that worker at the cost of repair."
    )
    q_black = (
        "Workers who talk to outside groups, lawyers or reporters about camp "
        "conditions will not be asked back next season, and their names will be "
        "shared with the other growers in the association."
    )
    rules = [
        "Quiet hours are from 10:00 p.m. to 6:00 a.m.; keep music and phone calls low so "
        "others can sleep.",
        q_move,
        "Cook only in the kitchen, and clean your dishes and the stove after each use.",
        "Washers and dryers in the laundry room are free; detergent is supplied by the orchard.",
        q_dmg,
        "No alcohol in the orchard blocks or on the bus. Smoking is allowed outside only.",
        q_black,
        "The orchard does not keep anyone's passport or visa. Keep yours in your locked "
        "cubby; the lock is free.",
        "Report any injury to the crew leader the same day, even a small one.",
        "Visitors may use the common room until 8:00 p.m.",
    ]
    for i, r in enumerate(rules, 1):
        y = pdf.get_y()
        pdf.set_font("Serif", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(22, 13.5, f"{i}.")
        pdf.set_font("Serif", "", 10)
        pdf.set_xy(pdf.l_margin + 24, y)
        pdf.multi_cell(pdf.epw - 24, 13.5, r, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(5)
    pdf.ln(8)
    pdf.p(
        "Questions? Ask Dale Kowalczyk, Orchard Manager, at the office next to the packing "
        "shed, or call (262) 555-0119.",
        size=9.5,
        fam="Serif",
        style="I",
    )

    pdf.add_page()
    pdf.scanned_pages.append(pdf.page_no())
    pdf.image(render_scan_cm07(), x=0, y=0, w=pdf.w, h=pdf.h)

    meta = dict(
        program="h2a",
        language="en",
        doc_type="worker_handbook",
        layout="serif handbook: red rule, striped terms grid without headings, numbered "
        "rules; page 3 is a scanned signed acknowledgment (image only, 200 dpi, "
        "rotated 0.7 deg, blur, noise, punch holes)",
        corridor="Mexico to US (Wisconsin)",
        document="H-2A worker handbook and housing rules",
        fees=[
            Fee("movement_restriction", 2, None, None, q_move),
            Fee("damage_chargeback", 2, None, None, q_dmg),
            Fee("blacklisting_threat", 2, None, None, q_black),
        ],
        terms={
            "employer_identity": emp,
            "job_duties": "pick apples into a picking bag from the ground and from ladders",
            "job_requirements": "One full season of tree-fruit harvest experience",
            "work_location": "Town of Eagle, Waukesha County, Wisconsin",
            "employment_period": "August 17, 2026 to November 6, 2026",
            "hours_of_work": "About 45 hours per week, Monday to Saturday",
            "wage_rate": "$18.20 per hour",
            "pay_frequency": "Weekly, every Friday",
            "earnings_statements": "itemized pay stub of hours, rates, earnings and deductions",
            "deductions": "Federal and Wisconsin income tax only when you ask in writing",
            "housing": "The Orchard Bunkhouse, W2291 County Road YY, free of charge",
            "meals": "Free shared kitchen with stoves, refrigerators and pots",
            "inbound_transportation": "Bus and meals from Laredo repaid in the first paycheck",
            "return_transportation": "return bus paid when you finish the season",
            "daily_transportation": "Free bus from the bunkhouse to the blocks every morning",
            "tools_provided": "Picking bags, ladders, gloves and rain gear provided free",
            "workers_compensation": "Badger Prairie Mutual policy 77-310452",
            "termination": "Five workdays missed in a row without calling the office counts as abandonment",
        },
        recruiters=[],
        traps=[
            "quiet hours 10 p.m.-6 a.m. are not a curfew (the 9 p.m. lock-in and weekend ban are)",
            "free laundry, free lock; orchard never keeps passports",
            "visitors' hours for the common room",
            "free housing, kitchen, daily bus, tools (h2a)",
            "scanned acknowledgment page repeats no fee and no term",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm08  H-2B, English, compliant offer letter (Louisiana crawfish processing)
# ======================================================================================
def cm08():
    pdf = Doc(
        margins=(64, 50, 64),
        bottom=60,
        title="Offer letter 2026 season",
        author="Bayou Teche Crawfish & Seafood Co.",
    )
    teal = (18, 110, 120)

    def header(d):
        if d.page_no() == 1:
            d.set_fill_color(*teal)
            d.rect(d.l_margin, 40, 6, 46, style="F")
            d.set_xy(d.l_margin + 14, 40)
            d.set_font("Serif", "B", 17)
            d.set_text_color(*teal)
            d.cell(0, 22, "Bayou Teche Crawfish & Seafood Co., Inc.")
            d.set_xy(d.l_margin + 14, 64)
            d.set_font("Sans", "", 8)
            d.set_text_color(80, 80, 80)
            d.cell(
                0,
                10,
                "3308 Petit Anse Landing Road, New Iberia, Louisiana 70563  ·  "
                "(337) 555-0124  ·  office@bayoutechecrawfish.example",
            )
            d.set_text_color(0, 0, 0)
            d.set_y(104)
        else:
            d.set_y(46)

    def footer(d):
        d.set_y(-40)
        d.set_font("Sans", "", 7.5)
        d.set_text_color(120, 120, 120)
        d.cell(0, 10, f"Offer to Yesenia Carrizales Poot · page {d.page_no()} of {{nb}}", align="R")
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    rec = "Conexión Golfo Talento, S. de R.L. de C.V."

    def P(t, **k):
        return pdf.p(t, size=9.8, fam="Serif", lh=1.36, **k)

    P("January 20, 2026", after=8)
    P(
        "Ms. Yesenia Carrizales Poot\nCalle Aldama 77, Col. Obrera\nCiudad Madero, Tamaulipas, "
        "México",
        after=10,
    )
    P("Dear Ms. Carrizales Poot,", after=6)
    P(
        "We are pleased to offer you seasonal employment as a Seafood Processing Worker (crawfish "
        "peeler) at our plant, 3308 Petit Anse Landing Road, New Iberia, Louisiana, under the "
        "H-2B program. The season runs from February 16, 2026 to June 26, 2026. Your work will "
        "be to peel boiled crawfish tails by hand, remove the vein, weigh and bag the tail "
        "meat, and clean the peeling tables at the end of each shift; shells are bagged "
        "separately and sold as feed."
    )
    P(
        "No experience is needed. You must be able to stand for an 8-hour shift in a cold "
        "room and work with your hands in wet conditions."
    )
    P("Hours and pay.", style="B", after=1)
    P(
        "Your regular schedule is 40 hours per week, Monday to Friday, from 5:00 a.m. to "
        "1:30 p.m. You will be paid $14.90 per hour, plus $0.80 for each pound of tail meat "
        "above 30 pounds in a shift. Hours over 40 in a week are paid at $22.35 per hour. If "
        "the Department of Labor publishes a higher prevailing wage for this job during the "
        "season, or the federal, state or local minimum wage goes above your rate, we will "
        "pay you the highest of them from the date it applies. You will be paid every Friday, "
        "and each pay stub shows your hours offered and worked, rates, earnings, and every "
        "deduction."
    )
    P("Deductions.", style="B", after=1)
    P(
        "We deduct only federal income tax, Social Security and Medicare. We deduct nothing "
        "else unless you sign a separate voluntary authorization, for example to send part of "
        "your pay to your family through the plant's money-transfer service, which you can "
        "cancel at any time."
    )
    P("Guarantee.", style="B", after=1)
    P(
        "We guarantee you hours of work equal to at least three-fourths of the workdays in each "
        "12-week period of the season (each 6-week period if the season were shorter than 120 "
        "days). If we offer you fewer hours, we pay you for the hours missing."
    )
    P("Costs of coming to work. We pay them, not you.", style="B", after=4)
    pdf.grid(
        [
            ["Cost", "Amount", "Who pays", "When"],
            ["H-2B visa fee", "USD 205", "Employer", "Repaid in your first paycheck¹"],
            ["Bus Ciudad Madero to New Iberia", "about USD 96", "Employer", "Ticket bought by us"],
            ["Meals on the trip", "$15.88 per day", "Employer", "Repaid in your first paycheck¹"],
            ["Hotel in Monterrey (interview)", "actual cost", "Employer", "Paid directly"],
            ["Recruiting services", "no charge to you", "Employer", "Paid to the recruiter²"],
            [
                "Knives, gloves, aprons, boots",
                "no charge",
                "Employer",
                "Given on day one, no deposit",
            ],
            ["Bus home at the end", "actual cost", "Employer", "Ticket bought by us"],
        ],
        widths=[160, 86, 70, 168],
        size=8.5,
        head_fill=(210, 232, 234),
    )
    pdf.set_font("Sans", "", 7.5)
    pdf.multi_cell(
        0,
        9.5,
        "¹ Paid no later than the end of your first workweek.\n"
        f"² Our only recruiter is {rec}, Monterrey. It may not ask you for any "
        "fee, deposit or gift; if it does, call us collect at (337) 555-0124.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    P("Travel home.", style="B", after=1)
    P(
        "If you finish the season, or if we let you go early for any reason other than cause, "
        "we pay your bus back to Ciudad Madero and meals on the way."
    )
    P("Housing.", style="B", after=1)
    P(
        "Housing is optional. Workers who want it may stay free of charge in our bunkhouse "
        "next to the plant; nothing is charged for rent, electricity or water."
    )
    P("If the season ends early.", style="B", after=1)
    P(
        "If a hurricane, flood, fire or a closure ordered by the state makes it impossible to "
        "continue the work, we will pay the three-fourths guarantee up to that date and your "
        "trip home, and we will try to transfer you to another H-2B employer."
    )
    P("Leaving or dismissal.", style="B", after=1)
    P(
        "If you miss 5 consecutive working days without telling us, we will consider that you "
        "abandoned the job and must notify the government. We may dismiss a worker only for "
        "cause, after a written warning, except in cases of violence or theft."
    )
    P("Your rights.", style="B", after=1)
    P(
        "You keep your passport and visa. Free coffee and water are available in the break "
        "room. You may speak with a lawyer, a union or the Department of Labor at any time, and "
        "nobody will punish you or refuse to hire you next season for it."
    )
    P("Please sign below if you accept this offer and return a copy to our recruiter.", after=4)
    pdf.sign_block(
        ["Employer", "Accepted by the worker"],
        ["Etienne Broussard, General Manager", "Yesenia Carrizales Poot"],
    )
    pdf.alias_nb_pages()
    meta = dict(
        program="h2b",
        language="en",
        doc_type="offer_letter",
        layout="letter with teal letterhead bar; serif body with bold run-in subheads; cost "
        "table with payer and timing columns; superscript footnotes; signature lines",
        corridor="Mexico to US (Louisiana)",
        document="H-2B offer letter",
        fees=[],
        terms={
            "employer_identity": "3308 Petit Anse Landing Road, New Iberia, Louisiana 70563",
            "job_duties": "peel boiled crawfish tails by hand",
            "work_location": "our plant, 3308 Petit Anse Landing Road, New Iberia, Louisiana",
            "employment_period": "The season runs from February 16, 2026 to June 26, 2026",
            "hours_of_work": "40 hours per week, Monday to Friday, from 5:00 a.m. to 1:30 p.m.",
            "wage_rate": "You will be paid $14.90 per hour",
            "wage_adjustment": "we will pay you the highest of them from the date it applies",
            "overtime": "Hours over 40 in a week are paid at $22.35 per hour",
            "pay_frequency": "You will be paid every Friday",
            "deductions": "We deduct only federal income tax, Social Security and Medicare",
            "three_fourths_guarantee": "at least three-fourths of the workdays in each 12-week period",
            "inbound_transportation": "Bus Ciudad Madero to New Iberia",
            "return_transportation": "we pay your bus back to Ciudad Madero and meals on the way",
            "visa_reimbursement": "H-2B visa fee USD 205 Employer Repaid in your first paycheck",
            "tools_provided": "Knives, gloves, aprons, boots no charge Employer Given on day one, no deposit",
            "earnings_statements": "each pay stub shows your hours offered and worked, rates, earnings, and every deduction",
            "termination": "If you miss 5 consecutive working days without telling us",
            "contract_impossibility": "a hurricane, flood, fire or a closure ordered by the state",
            "job_requirements": "You must be able to stand for an 8-hour shift in a cold room",
        },
        recruiters=[rec],
        traps=[
            "'shells are bagged separately and sold as feed' (feed is not a fee)",
            "visa fee, bus, trip meals, interview hotel, recruiter all paid by the employer "
            "(cost table 'Who pays' column)",
            "recruiter may not ask for any fee, deposit or gift",
            "voluntary money-transfer deduction with separate written authorization",
            "optional housing free of charge (no rent, utilities)",
            "tools, boots, gloves given free with no deposit",
            "'Free coffee'; no punishment for speaking with a lawyer or union",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm09  H-2A, Spanish, three payment receipts from a "gestoría" on one page
# ======================================================================================
def cm09():
    pdf = Doc(
        margins=(40, 30, 40), bottom=20, title="Recibos", author="Gestoría Migratoria El Sabinal"
    )
    pdf.set_auto_page_break(False)
    pdf.add_page()
    rec = "Gestoría Migratoria El Sabinal"
    worker = "Sr. Anselmo Quiroga Leija"
    q_fee = (
        f"Recibí del {worker} la cantidad de $4,500.00 (cuatro mil quinientos pesos "
        "00/100 M.N.) por concepto de cuota de inscripción al programa de trabajo "
        "agrícola H-2A, temporada 2026."
    )
    q_visa = (
        f"Recibí del {worker} la cantidad de 3,900 pesos para el pago de derechos de "
        "visa, gasto que corre por cuenta del trabajador."
    )
    q_hotel = (
        f"Recibí del {worker} la cantidad de MXN 1,200 por concepto de hospedaje en "
        "Monterrey la noche previa a la cita consular."
    )
    slips = [
        (
            "0417",
            "$4,500.00",
            "9 de febrero de 2026",
            q_fee,
            "Las copias, fotografías y el llenado de la solicitud no tienen costo adicional.",
        ),
        (
            "0418",
            "$3,900.00",
            "23 de febrero de 2026",
            q_visa,
            "Se devolvió al interesado su pasaporte original el mismo día.",
        ),
        (
            "0419",
            "$1,200.00",
            "23 de febrero de 2026",
            q_hotel,
            "Conserve este recibo; sin él no se atienden aclaraciones.",
        ),
    ]
    H = 236
    top = 34
    for i, (folio, bueno, fecha, body, nota) in enumerate(slips):
        y0 = top + i * (H + 10)
        pdf.set_draw_color(90, 90, 90)
        pdf.set_line_width(0.8)
        pdf.set_dash_pattern(dash=4, gap=3)
        pdf.rect(pdf.l_margin, y0, pdf.epw, H)
        pdf.set_dash_pattern()
        # left block: issuer
        pdf.set_xy(pdf.l_margin + 12, y0 + 12)
        pdf.set_font("Serif", "B", 13)
        pdf.set_text_color(20, 70, 40)
        pdf.cell(320, 16, rec.upper())
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_xy(pdf.l_margin + 12, y0 + 30)
        pdf.multi_cell(
            320,
            9.5,
            "Trámites · Traducciones · Copias · Fotografías\n"
            "Calle Morelos 45, Col. Centro, Matehuala, S.L.P.  ·  Tel. 488 555 0193",
            align="L",
            new_x=XPos.LEFT,
            new_y=YPos.NEXT,
        )
        # right block: folio + amount box
        bx = pdf.w - pdf.r_margin - 150
        pdf.set_xy(bx, y0 + 12)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(138, 13, "RECIBO", align="R")
        pdf.set_xy(bx, y0 + 26)
        pdf.set_font("Mono", "B", 11)
        pdf.set_text_color(180, 20, 20)
        pdf.cell(138, 13, f"No. {folio}", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.8)
        pdf.rect(bx + 18, y0 + 44, 120, 22)
        pdf.set_xy(bx + 18, y0 + 49)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(120, 12, f"Bueno por {bueno}", align="C")
        # body
        pdf.set_xy(pdf.l_margin + 12, y0 + 84)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(pdf.epw - 24, 15, body, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(4)
        pdf.set_x(pdf.l_margin + 12)
        pdf.set_font("Sans", "I", 8)
        pdf.multi_cell(
            pdf.epw - 24, 10, f"Nota: {nota}", align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        # footer line of the slip
        yb = y0 + H - 40
        pdf.set_font("Serif", "", 9)
        pdf.set_xy(pdf.l_margin + 12, yb)
        pdf.cell(250, 12, f"Matehuala, S.L.P., a {fecha}")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.6)
        lx = pdf.w - pdf.r_margin - 200
        pdf.line(lx, yb + 10, lx + 180, yb + 10)
        pdf.set_xy(lx, yb + 13)
        pdf.set_font("Sans", "", 7.5)
        pdf.cell(180, 10, f"Recibió por {rec} (firma y sello)", align="C")
        pdf.scribble(lx + 30, yb - 14, 110, 20, seed=90 + i)
        pdf.image(
            stamp_image(["PAGADO"], (185, 30, 30), seed=40 + i, size=(300, 110), angle=14 - 6 * i),
            x=lx - 98,
            y=yb - 44,
            w=84,
        )
    meta = dict(
        program="h2a",
        language="es",
        doc_type="receipt",
        layout="three dashed-border receipt slips on one page: issuer block, red folio, "
        "'Bueno por' amount box, serif body sentence, italic note, signature scribble, "
        "PAGADO stamp images",
        corridor="Mexico to US",
        document="Recruiter payment receipts (3 slips)",
        fees=[
            Fee("recruitment_fee", 1, 4500.0, "MXN", q_fee),
            Fee("visa_cost", 1, 3900.0, "MXN", q_visa),
            Fee("travel_cost", 1, 1200.0, "MXN", q_hotel),
        ],
        terms={},
        recruiters=[rec],
        traps=[
            "'no tienen costo adicional' for copies and photos",
            "passport returned the same day (negated document retention)",
            "'temporada 2026' is no concrete employment period; no employer, job, wage or "
            "any other term is stated",
            "'Bueno por' amount boxes repeat the amounts of the receipt sentences",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm10  generic, Spanish, compliant fixed-term seasonal contract (Honduras -> Spain)
# ======================================================================================
def cm10():
    pdf = Doc(
        fmt="A4",
        margins=(56, 50, 56),
        bottom=60,
        title="Contrato de trabajo de duración determinada",
        author="Frutas del Segre Alt, S.L.",
    )

    def header(d):
        d.set_font("Serif", "", 7.5)
        d.set_text_color(100, 100, 100)
        d.set_xy(d.l_margin, 26)
        d.cell(
            d.epw,
            9,
            "Contratación colectiva en origen · Campaña de fruta dulce 2026 · Ref. FDS/HN/2026/047",
            align="R",
        )
        d.set_text_color(0, 0, 0)
        d.set_y(48)

    def footer(d):
        d.set_y(-44)
        d.set_font("Serif", "", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(d.epw / 2, 10, "Rúbrica empresa: ________   Rúbrica trabajadora: ________")
        d.cell(d.epw / 2, 10, f"Página {d.page_no()} de {{nb}}", align="R")
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(
        0,
        17,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA\nPARA CAMPAÑA AGRÍCOLA",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(10)
    emp = (
        "Frutas del Segre Alt, S.L., con CIF B25748193 y domicilio en Camí de la Sèquia "
        "14, 25180 Alcarràs (Lleida), España"
    )
    worker = "Marleny Yohana Castellanos Ávila"

    def S(t, **k):
        return pdf.p(t, size=9.8, fam="Serif", lh=1.38, align="J", **k)

    S("En Alcarràs, a 12 de enero de 2026.", after=6)
    pdf.p("REUNIDOS", size=10.5, fam="Serif", style="B", align="C", after=4)
    S(
        f"De una parte, {emp}, representada por D. Jordi Pallarès Vilanova, en calidad de "
        "administrador (en adelante, LA EMPRESA)."
    )
    S(
        f"De otra parte, Dña. {worker}, mayor de edad, de nacionalidad hondureña, con pasaporte "
        "número F884120, con domicilio en Barrio El Centro, Olanchito, Yoro, Honduras (en "
        "adelante, LA TRABAJADORA)."
    )
    pdf.p("EXPONEN", size=10.5, fam="Serif", style="B", align="C", after=4)
    S(
        "Que LA EMPRESA necesita personal para la recolección de fruta de la campaña 2026 y que "
        "LA TRABAJADORA ha sido seleccionada en Honduras mediante el procedimiento de gestión "
        "colectiva de contrataciones en origen, sin que se le haya exigido pago alguno. Ambas "
        "partes se reconocen capacidad para contratar y acuerdan las siguientes"
    )
    pdf.p("CLÁUSULAS", size=10.5, fam="Serif", style="B", align="C", after=6)

    clauses = [
        (
            "PRIMERA. Puesto y funciones.",
            "LA TRABAJADORA prestará servicios como peona "
            "agrícola en la recolección de melocotón, nectarina y paraguayo, el aclareo de "
            "frutos y la carga de cajas en los remolques.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Las fincas de LA EMPRESA situadas en los términos "
            "municipales de Alcarràs y Torres de Segre (Lleida).",
        ),
        (
            "TERCERA. Duración.",
            "El contrato es de duración determinada por campaña y se "
            "extiende del 1 de junio de 2026 al 30 de septiembre de 2026, ambos incluidos.",
        ),
        (
            "CUARTA. Jornada.",
            "La jornada es de 39 horas semanales, de lunes a sábado, de "
            "7:00 a 13:30 horas, con una pausa de veinte minutos que se considera tiempo de "
            "trabajo. Las horas extraordinarias son voluntarias y se pagan según el convenio.",
        ),
        (
            "QUINTA. Retribución.",
            "LA TRABAJADORA percibirá un salario de 9,47 euros brutos "
            "por hora trabajada, que incluye la parte proporcional de las pagas extraordinarias "
            "y de las vacaciones, según el convenio colectivo del campo de Lleida.",
        ),
        (
            "SEXTA. Pago.",
            "El salario se abona mensualmente, por transferencia a una cuenta a "
            "nombre de LA TRABAJADORA, dentro de los cinco primeros días del mes siguiente, con "
            "entrega de la nómina detallada.",
        ),
        (
            "SÉPTIMA. Deducciones.",
            "De la nómina solo se descontarán la retención del IRPF y "
            "la cotización de LA TRABAJADORA a la Seguridad Social que fija la ley. La cuota "
            "empresarial a la Seguridad Social la paga LA EMPRESA.",
        ),
        (
            "OCTAVA. Viajes.",
            "LA EMPRESA paga el billete de avión de ida desde San Pedro Sula "
            "hasta Barcelona, el traslado hasta la finca y el billete de regreso a San Pedro "
            "Sula al terminar la campaña. Estos gastos no se descuentan del salario.",
        ),
        (
            "NOVENA. Alojamiento.",
            "LA EMPRESA facilita alojamiento gratuito en las viviendas "
            "de la finca, con cocina equipada, agua caliente y lavadora, sin fianza ni depósito "
            "de ningún tipo.",
        ),
        (
            "DÉCIMA. Gastos de selección y visado.",
            "El proceso de selección, el visado, el "
            "reconocimiento médico y la formación en prevención de riesgos son gratuitos para "
            "LA TRABAJADORA. Ninguna persona o agencia puede cobrarle cantidad alguna por este "
            "empleo; si alguien lo intenta, debe comunicarlo a LA EMPRESA.",
        ),
        (
            "UNDÉCIMA. Equipos.",
            "LA EMPRESA entrega sin coste las tijeras, guantes, ropa de "
            "trabajo y equipos de protección individual.",
        ),
        (
            "DUODÉCIMA. Seguro.",
            "LA EMPRESA tiene contratado a su cargo un seguro de accidentes "
            "que cubre a LA TRABAJADORA durante toda la campaña.",
        ),
        (
            "DECIMOTERCERA. Documentación.",
            "LA TRABAJADORA conserva en todo momento su "
            "pasaporte y su tarjeta de identidad de extranjero; LA EMPRESA no puede retenerlos.",
        ),
        (
            "DECIMOCUARTA. Extinción.",
            "El contrato se extingue al terminar la campaña o por "
            "las causas del artículo 49 del Estatuto de los Trabajadores. El despido "
            "disciplinario exige comunicación escrita con los hechos que lo motivan y la fecha "
            "de efectos.",
        ),
        (
            "DECIMOQUINTA. Retorno.",
            "LA TRABAJADORA se compromete a regresar a Honduras al "
            "finalizar la campaña, conforme al procedimiento de contratación en origen, lo que "
            "le permitirá ser llamada en campañas siguientes.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=20, text_align="JUSTIFY", line_height=1.32) as cols:
        for head, body in clauses:
            with cols.paragraph(bottom_margin=6) as par:
                pdf.set_font("Serif", "B", 9)
                par.write(head + " ")
                pdf.set_font("Serif", "", 9)
                par.write(body)
    pdf.set_y(pdf.get_y() + 4)
    if pdf.get_y() > pdf.h - 230:
        pdf.add_page()
    pdf.ln(10)
    S(
        "Y en prueba de conformidad, las partes firman el presente contrato por triplicado en "
        "el lugar y fecha indicados.",
        after=6,
    )
    y = pdf.get_y() + 50
    pdf.sign_block(
        ["LA EMPRESA", "LA TRABAJADORA"],
        ["Jordi Pallarès Vilanova, administrador", worker],
        y=y,
        fam="Serif",
    )
    pdf.scribble(pdf.l_margin + 20, y - 28, 130, 22, seed=1010)
    pdf.alias_nb_pages()
    meta = dict(
        program="generic",
        language="es",
        doc_type="employment_contract",
        layout="A4 legal contract: centered REUNIDOS/EXPONEN/CLÁUSULAS, clauses in two "
        "justified text columns, running header reference, initials footer, "
        "signature lines",
        corridor="Honduras to Spain",
        document="Fixed-term seasonal employment contract",
        fees=[],
        terms={
            "employer_identity": "Camí de la Sèquia 14, 25180 Alcarràs (Lleida), España",
            "worker_identity": worker,
            "job_duties": "recolección de melocotón, nectarina y paraguayo",
            "work_location": "Alcarràs y Torres de Segre (Lleida)",
            "employment_period": "del 1 de junio de 2026 al 30 de septiembre de 2026",
            "hours_of_work": "39 horas semanales, de lunes a sábado",
            "wage_rate": "9,47 euros brutos por hora",
            "pay_frequency": "El salario se abona mensualmente",
            "deductions": "solo se descontarán la retención del IRPF",
            "return_transportation": "el billete de regreso a San Pedro Sula al terminar la campaña",
            "termination": "artículo 49 del Estatuto de los Trabajadores",
        },
        recruiters=[],
        traps=[
            "selected 'sin que se le haya exigido pago alguno'",
            "statutory IRPF and Social Security contribution (lawful deductions, not "
            "insurance_cost)",
            "flights both ways paid by the employer and not deducted",
            "free housing 'sin fianza ni depósito' (no deposit)",
            "selection, visa, medical exam and safety training free; nobody may charge",
            "free tools and protective gear; accident insurance paid by the employer",
            "worker keeps passport; return commitment is a programme condition, not a penalty",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm11  generic, English, Nepal -> Qatar agency cost disclosure sheet (table)
# ======================================================================================
def cm11():
    pdf = Doc(
        fmt="A4",
        margins=(44, 40, 44),
        bottom=30,
        title="Worker Cost Disclosure",
        author="Himal Crest Overseas Pvt. Ltd.",
    )
    pdf.set_auto_page_break(False)
    pdf.add_page()
    rec = "Himal Crest Overseas Pvt. Ltd."
    maroon = (120, 20, 40)
    pdf.set_fill_color(*maroon)
    pdf.rect(0, 0, pdf.w, 8, style="F")
    pdf.set_xy(pdf.l_margin, 22)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*maroon)
    pdf.cell(0, 18, rec.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        0,
        10,
        "Licence No. 1174/069/70  ·  Samakhusi Chowk, Kathmandu  ·  Tel. 01-4355012",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("Sans", "B", 11.5)
    pdf.cell(
        0,
        14,
        "WORKER COST DISCLOSURE AND JOB DETAILS",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    emp = "Al Wusail Facility Guards W.L.L., P.O. Box 22719, Salwa Road, Doha, Qatar"
    worker = "Suman Thapa Magar"
    pdf.grid(
        [
            ["Worker", f"Mr. {worker}  ·  Passport PA0417725  ·  Gorkha District"],
            ["Employer", emp],
            [
                "Position / duties",
                "Security Guard: access control and patrols at residential "
                "compounds, visitor log, CCTV monitoring",
            ],
            ["Duty stations", "Residential compounds in Lusail and West Bay, Doha"],
            ["Contract", "2 years, from 15 March 2026 to 14 March 2028"],
            ["Working hours", "8 hours per day, 6 days per week, rotating shifts"],
            ["Salary", "QAR 1,400 per month basic + QAR 300 per month food allowance"],
            [
                "Salary payment",
                "Monthly through the Wage Protection System to the worker's own bank account",
            ],
            ["Return ticket", "Provided by the employer at the end of the contract"],
        ],
        widths=[120, 387],
        size=8.8,
        head=False,
        bold_first_col=True,
    )

    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 14, "COSTS BEFORE DEPARTURE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    q_serv = "The agency service charge of NPR 10,000 is paid by the worker at contract signing."
    q_med = "The worker pays NPR 4,500 for the medical check-up at an approved medical centre."
    q_train = "Pre-departure orientation training costs Rs. 1,200 and is paid by the worker."
    q_fund = (
        "Contribution to the Foreign Employment Welfare Fund, NPR 1,500, is deposited by "
        "the worker before labour approval."
    )
    rows = [
        ["No.", "Paid by", "Amount", "Details"],
        ["1", "Employer", "-", "Visa, work permit and Qatar ID fees are paid by the employer."],
        [
            "2",
            "Employer",
            "-",
            "The air ticket from Kathmandu to Doha is provided by the employer.",
        ],
        ["3", "Worker", "NPR 10,000", q_serv],
        ["4", "Worker", "NPR 4,500", q_med],
        ["5", "Worker", "Rs. 1,200", q_train],
        ["6", "Worker", "NPR 1,500", q_fund],
        [
            "7",
            "Employer",
            "-",
            "Accommodation in the company camp and transport to duty sites are free of charge.",
        ],
        ["", "", "NPR 17,200", "Total payable by the worker (items 3 to 6)."],
    ]
    pdf.grid(
        rows,
        widths=[30, 62, 74, 341],
        size=8.8,
        head_fill=(235, 215, 220),
        fill_rows={8: (245, 240, 240)},
    )
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(
        0,
        12,
        "Receipts are issued for every payment. No other amount is to be paid "
        "to the agency or to any sub-agent in the village.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(8)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 14, "DECLARATION", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.8)
    pdf.multi_cell(
        0,
        12,
        "I have read, or had read to me in Nepali, the costs and job details "
        "above. I understand the job, the salary and the place of work, and I "
        "agree to the costs listed.",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    y = pdf.get_y() + 58
    pdf.sign_block(
        ["Worker's signature", f"For {rec}"],
        [f"Mr. {worker}", "Bikash Raj Adhikari, Documentation Officer"],
        y=y,
    )
    pdf.scribble(pdf.w / 2 + 40, y - 26, 110, 20, seed=1111)
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(pdf.l_margin, y + 50, 64, 74)
    pdf.rect(pdf.l_margin + 74, y + 50, 64, 74)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(pdf.l_margin, y + 126)
    pdf.cell(64, 9, "Left thumb", align="C")
    pdf.cell(10, 9, "")
    pdf.cell(64, 9, "Right thumb", align="C")
    pdf.image(
        stamp_image(
            ["HIMAL CREST", "OVERSEAS"], (120, 20, 40), seed=19, size=(320, 160), angle=-10
        ),
        x=pdf.w - pdf.r_margin - 150,
        y=y + 52,
        w=110,
    )
    pdf.set_xy(pdf.l_margin, pdf.h - 38)
    pdf.set_font("Sans", "I", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(
        0,
        9,
        "Date: 4 February 2026  ·  Form HCO-CD/2  ·  One copy to the worker, one to the file",
        align="C",
    )
    pdf.set_text_color(0, 0, 0)
    meta = dict(
        program="generic",
        language="en",
        doc_type="cost_sheet",
        layout="A4 one page: agency letterhead, job-details grid without headings, cost "
        "table with 'Paid by' and amount columns and sentence details, total row, "
        "declaration, thumbprint boxes, stamp image",
        corridor="Nepal to Qatar",
        document="Recruitment agency cost disclosure",
        fees=[
            Fee("recruitment_fee", 1, 10000.0, "NPR", q_serv),
            Fee("medical_cost", 1, 4500.0, "NPR", q_med),
            Fee("training_cost", 1, 1200.0, "NPR", q_train),
            Fee("insurance_cost", 1, 1500.0, "NPR", q_fund),
        ],
        terms={
            "employer_identity": emp,
            "worker_identity": worker,
            "job_duties": "access control and patrols at residential compounds",
            "work_location": "Residential compounds in Lusail and West Bay, Doha",
            "employment_period": "from 15 March 2026 to 14 March 2028",
            "hours_of_work": "8 hours per day, 6 days per week",
            "wage_rate": "QAR 1,400 per month basic",
            "pay_frequency": "Monthly through the Wage Protection System",
            "return_transportation": "Provided by the employer at the end of the contract",
        },
        recruiters=[rec],
        traps=[
            "visa, work permit, Qatar ID and outbound air ticket paid by the employer",
            "free camp accommodation and transport to duty sites",
            "food allowance paid to the worker (not a meal charge)",
            "total row NPR 17,200 only sums items 3-6 (not a separate finding)",
        ],
    )
    return pdf, meta


# ======================================================================================
# cm12  H-2B, English, Jamaican agency memorandum of understanding (resort housekeeping)
# ======================================================================================
def cm12():
    pdf = Doc(
        margins=(62, 50, 62),
        bottom=60,
        title="Memorandum of Understanding",
        author="Blue Mahoe Employment Services Ltd.",
    )
    rec = "Blue Mahoe Employment Services Ltd."
    agent = "Desmond Ricketts"

    def header(d):
        d.set_font("Mono", "", 8)
        d.set_text_color(90, 90, 90)
        d.set_xy(d.l_margin, 24)
        d.cell(0, 9, "BMES/US/2026/0093", align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(44)

    def footer(d):
        d.set_y(-38)
        d.set_font("Sans", "", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            10,
            f"{rec} · 14 Hagley Park Road, Kingston 10 · (876) 555-0148 · page {d.page_no()}",
            align="C",
        )
        d.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = header, footer
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 20, rec, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(0, 12, "Overseas seasonal placements since 2009", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.rule(gap=8, color=(40, 90, 60), width=1.4)
    pdf.set_font("Serif", "B", 12)
    pdf.cell(
        0,
        16,
        "MEMORANDUM OF UNDERSTANDING - SUMMER 2026 U.S. PLACEMENT",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    emp = "Seabreeze Dunes Resort & Marina LLC, 1207 Bayshore Boulevard, Ocean City, Maryland 21842"
    worker = "Miss Shanique Andrea Powell"

    def T(t, **k):
        return pdf.p(t, size=9.8, fam="Serif", lh=1.38, **k)

    T(
        f'This memorandum is made on 2 February 2026 between {rec} ("the Agency"), '
        f"represented by its Recruitment Officer Mr. {agent}, and {worker} of Lot 22, "
        'Bernard Lodge, St. Catherine ("the Worker").'
    )
    q_fee = (
        "A non-refundable processing fee of JMD 85,000 is payable to the Agency in two "
        "equal instalments, the first at the orientation session and the second upon "
        "visa approval."
    )
    q_visa = (
        "The Worker is responsible for the U.S. visa application fee of USD 205, and "
        "this fee is not refunded by the Agency or the Employer."
    )
    q_ins = (
        "Compulsory travel and medical insurance for the season costs JMD 9,500 and is "
        "arranged by the Agency at the Worker's expense."
    )
    q_loan = (
        "Workers who need help with pre-departure expenses may receive a cash advance of "
        "up to USD 450 from the Agency, which the Employer will deduct from the "
        "Worker's wages at USD 75 per week and remit to the Agency together with a "
        "service charge of ten percent."
    )
    q_pen = (
        "A Worker who leaves the Employer before September 30 for any reason other than "
        "illness forfeits two weeks' wages to cover the Agency's replacement costs."
    )
    items = [
        (
            "1. The job.",
            f'The Agency will present the Worker to {emp} ("the Employer"), for '
            "the position of Room Attendant: cleaning guest rooms and suites, changing linen, "
            "restocking amenities and reporting maintenance problems.",
        ),
        (
            "2. Requirements.",
            "The Worker must have at least six months of hotel or "
            "guest-house housekeeping experience and a valid Jamaican passport.",
        ),
        (
            "3. Period and place.",
            "Employment is at the Employer's resort in Ocean City, "
            "Maryland, from May 1, 2026 to September 30, 2026.",
        ),
        (
            "4. Hours and pay.",
            "The Employer expects to schedule 35 to 40 hours per week and "
            "pays US$15.80 per hour. Tips left in rooms belong to the Worker.",
        ),
        (
            "5. Travel.",
            "The Employer pays the airfare from Kingston to Baltimore and the "
            "shuttle to Ocean City, and the return airfare to Kingston at the end of the season.",
        ),
        (
            "6. Uniforms and supplies.",
            "Uniforms, cleaning supplies and housekeeping carts are "
            "supplied by the resort free of charge.",
        ),
        ("7. Agency fee.", q_fee),
        ("8. Visa.", q_visa),
        ("9. Insurance.", q_ins),
        ("10. Cash advance.", q_loan),
        ("11. Early departure.", q_pen),
        (
            "12. Passport.",
            "The Agency does not keep passports; the Worker keeps his or her "
            "passport at all times, including after visa stamping.",
        ),
        (
            "13. Conduct.",
            "The Worker agrees to attend the Agency's orientation session, which "
            "is held at the Agency's office and is free, and to follow the Employer's rules.",
        ),
    ]
    for head, body in items:
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(
            0,
            14.5,
            f"**{head}** {body}",
            align="L",
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(5)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 14, "Before you travel", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for b in [
        "Bring your passport, police record, two passport photos and your bank details "
        "to the orientation session.",
        "Keep a copy of this memorandum and of every receipt the Agency gives you.",
        "Tell the Agency at once if your telephone number or address changes.",
    ]:
        pdf.set_font("Serif", "", 10)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(
            pdf.epw - 12, 13.5, "\u2022 " + b, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    pdf.ln(8)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 14, "Schedule of payments to the Agency", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.grid(
        [
            ["Item", "Amount", "Due"],
            ["Processing fee, instalment 1", "JMD 42,500", "Orientation session"],
            ["Processing fee, instalment 2", "JMD 42,500", "Visa approval"],
            ["Season insurance", "JMD 9,500", "Before travel"],
        ],
        widths=[210, 110, 168],
        size=8.8,
        fam="Serif",
        head_fill=(222, 234, 224),
    )
    T("Signed in Kingston on the date above.", after=4)
    pdf.sign_block(
        ["For the Agency", "The Worker", "Witness"],
        [f"Mr. {agent}, Recruitment Officer", worker, "J. Campbell, J.P."],
        fam="Serif",
    )
    meta = dict(
        program="h2b",
        language="en",
        doc_type="recruiter_agreement",
        layout="letter-size memorandum: serif masthead with rule, reference in mono header, "
        "numbered markdown-bold run-in clauses, payment schedule table, three "
        "signature lines",
        corridor="Jamaica to US (Maryland)",
        document="Recruitment agency memorandum of understanding",
        fees=[
            Fee("recruitment_fee", 1, 85000.0, "JMD", q_fee),
            Fee("visa_cost", 1, 205.0, "USD", q_visa),
            Fee("insurance_cost", 1, 9500.0, "JMD", q_ins),
            Fee("debt_bondage", 1, 450.0, "USD", q_loan),
            Fee("breach_penalty", 1, None, None, q_pen),
        ],
        terms={
            "employer_identity": emp,
            "job_duties": "cleaning guest rooms and suites, changing linen",
            "job_requirements": "at least six months of hotel or guest-house housekeeping experience",
            "work_location": "the Employer's resort in Ocean City, Maryland",
            "employment_period": "from May 1, 2026 to September 30, 2026",
            "hours_of_work": "35 to 40 hours per week",
            "wage_rate": "US$15.80 per hour",
            "inbound_transportation": "The Employer pays the airfare from Kingston to Baltimore",
            "return_transportation": "the return airfare to Kingston at the end of the season",
            "tools_provided": "supplied by the resort free of charge",
            "deductions": "which the Employer will deduct from the Worker's wages at USD 75 per week",
        },
        recruiters=[rec, agent],
        traps=[
            "airfare both ways paid by the employer",
            "uniforms and supplies free",
            "agency keeps no passports",
            "orientation session is free (not training_cost)",
            "tips belong to the worker",
            "payment schedule table repeats the fee and insurance amounts",
            "the loan clause states a concrete wage deduction (USD 75 per week), so "
            "'deductions' counts as stated, as 'deductions for loans' does in job orders",
            "'Early departure' is a forfeiture clause, not an abandonment or "
            "termination-for-cause rule: 'termination' stays missing",
        ],
    )
    return pdf, meta


# ======================================================================================
# build, labels, checks
# ======================================================================================
DOCS = [cm01, cm02, cm03, cm04, cm05, cm06, cm07, cm08, cm09, cm10, cm11, cm12]

ABBREV = {
    "sr.",
    "sra.",
    "dña.",
    "d.",
    "mr.",
    "mrs.",
    "ms.",
    "miss.",
    "no.",
    "av.",
    "s.a.",
    "s.c.",
    "ltd.",
    "inc.",
    "u.s.",
    "co.",
    "p.o.",
    "pvt.",
    "lic.",
    "lcda.",
    "m.n.",
    "a.m.",
    "p.m.",
    "col.",
    "s.l.p.",
    "e.e.",
    "uu.",
    "j.p.",
}


def one_sentence(q):
    q = norm(q)
    if not q or q[-1] not in ".?!":
        return False
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])", q)
    for prev in parts[:-1]:
        last = prev.split()[-1].lower()
        if last not in ABBREV:
            return False
    return True


def render(fn):
    pdf, meta = fn()
    data = bytes(pdf.output())
    meta["pages"] = pdf.pages_count
    meta["scanned_pages"] = list(pdf.scanned_pages)
    return data, meta


def make_label(name, meta):
    prog = meta["program"]
    present = [t for t in TERM_ORDER if t in meta["terms"]]
    for t in present:
        assert t in REQUIRED[prog], f"{name}: evidence for a term not required by {prog}: {t}"
    missing = [t for t in TERM_ORDER if t in REQUIRED[prog] and t not in meta["terms"]]
    fees = []
    for f in meta["fees"]:
        fees.append(
            {
                "category": f.category,
                "severity": severity(f.category, prog, f.passport_only),
                "page": f.page,
                "amount": None if f.amount is None else float(f.amount),
                "currency": f.currency,
                "quote": norm(f.quote),
            }
        )
    return {
        "file": name,
        "program": prog,
        "language": meta["language"],
        "scanned": bool(meta["scanned_pages"]),
        "scanned_pages": meta["scanned_pages"],
        "pages": meta["pages"],
        "fees": fees,
        "missing_terms": missing,
        "recruiters": list(meta["recruiters"]),
        "traps": list(meta["traps"]),
        "doc_type": meta["doc_type"],
        "layout": meta["layout"],
        "term_evidence": {t: norm(meta["terms"][t]) for t in present},
    }


def page_texts(page):
    """Whitespace-normalised text of the page, plus its left and right halves (columns)."""
    w, h = page.width, page.height
    out = [norm(page.extract_text() or "")]
    for bbox in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(norm(page.crop(bbox).extract_text() or ""))
    return out


def check_pdf(path, label, meta, errors):
    name = label["file"]

    def err(msg):
        errors.append(f"{name}: {msg}")

    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != label["pages"]:
            err(f"page count {len(pdf.pages)} != label {label['pages']}")
        texts = [page_texts(p) for p in pdf.pages]
        for i, p in enumerate(pdf.pages, 1):
            if i in label["scanned_pages"]:
                if p.chars or norm(p.extract_text() or ""):
                    err(f"scanned page {i} has a text layer")
                if not p.images:
                    err(f"scanned page {i} has no image")
                else:
                    im = max(p.images, key=lambda o: o["srcsize"][0] * o["srcsize"][1])
                    dpi = im["srcsize"][0] / (float(im["x1"] - im["x0"]) / 72.0)
                    cover = (
                        (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) / (p.width * p.height)
                    )
                    if dpi < 199.5:
                        err(f"scanned page {i} image is {dpi:.0f} dpi (< 200)")
                    if cover < 0.95:
                        err(f"scanned page {i} image covers only {cover:.0%} of the page")
            elif len(p.chars) < 20:
                err(f"text page {i} has almost no text layer")
        alltext = " ".join(t for pt in texts for t in pt)
        for f in label["fees"]:
            pg = f["page"]
            if not (1 <= pg <= len(texts)) or not any(f["quote"] in t for t in texts[pg - 1]):
                found = [i for i, pt in enumerate(texts, 1) if any(f["quote"] in t for t in pt)]
                err(f"quote not on page {pg} (found on {found}): {f['quote'][:70]}")
            if not one_sentence(f["quote"]):
                err(f"quote is not one sentence: {f['quote'][:70]}")
            if (
                f["severity"] != severity(f["category"], label["program"])
                and f["category"] != "visa_cost"
            ):
                err(f"severity mismatch for {f['category']}")
            if f["amount"] is not None and not isinstance(f["amount"], float):
                err("amount is not a number")
            if (f["amount"] is None) != (f["currency"] is None):
                err(f"amount/currency inconsistent in {f['quote'][:50]}")
            if f["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", f["currency"]):
                err(f"currency not ISO 4217: {f['currency']}")
        for r in label["recruiters"]:
            if norm(r) not in alltext:
                err(f"recruiter name not in text: {r}")
        for t, ev in label["term_evidence"].items():
            if ev not in alltext:
                err(f"evidence for {t} not in text: {ev[:70]}")
            for _sp in label["scanned_pages"]:
                pass  # scanned pages have no text layer, so evidence can only come from text pages


def check_batch(labels, errors):
    names = [l["file"] for l in labels]
    if names != [f"cm{i:02d}.pdf" for i in range(1, 13)]:
        errors.append(f"batch: unexpected file names {names}")
    progs = {l["program"] for l in labels}
    if progs != {"h2a", "h2b", "generic"}:
        errors.append(f"batch: programs {progs}")
    langs = {l["language"] for l in labels}
    if not {"en", "es", "en+es"} <= langs:
        errors.append(f"batch: languages {langs}")
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        errors.append("batch: fewer than 3 fully compliant documents")
    for l in labels:
        if not 1 <= l["pages"] <= 4:
            errors.append(f"{l['file']}: {l['pages']} pages (must be 1-4)")
        if l["fees"] and not 1 <= len(l["fees"]) <= 5:
            errors.append(f"{l['file']}: {len(l['fees'])} findings (must be 1-5)")
        if not l["fees"] and l["missing_terms"]:
            errors.append(
                f"{l['file']}: no fees but missing terms (neither compliant nor 1-5 findings)"
            )
        if not set(l["missing_terms"]) <= REQUIRED[l["program"]]:
            errors.append(f"{l['file']}: missing term not required by program")
    scanned = [l for l in labels if l["scanned"]]
    if len(scanned) != 1 or len(scanned[0]["scanned_pages"]) != 1:
        errors.append("batch: need exactly one document with exactly one scanned page")
    else:
        sp = scanned[0]["scanned_pages"][0]
        if any(f["page"] == sp for f in scanned[0]["fees"]):
            errors.append("batch: a fee is labelled on the scanned page")
    cats = {f["category"] for l in labels for f in l["fees"]}
    if cats - CATEGORIES:
        errors.append(f"batch: unknown categories {cats - CATEGORIES}")


def summary(labels, metas):
    from collections import Counter

    cnt = Counter(f["category"] for l in labels for f in l["fees"])
    print("findings per category:", dict(sorted(cnt.items())))
    print("| file | program | lang | corridor | document | compliant | findings |")
    print("|---|---|---|---|---|---|---|")
    for l, m in zip(labels, metas):
        comp = "yes" if not l["fees"] and not l["missing_terms"] else "no"
        fnd = ", ".join(f["category"] for f in l["fees"]) or "-"
        if l["missing_terms"]:
            fnd += f"; {len(l['missing_terms'])} missing terms"
        print(
            f"| {l['file']} | {l['program']} | {l['language']} | {m['corridor']} | "
            f"{m['document']} | {comp} | {fnd} |"
        )


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    if len(args) != 1 or flags - {"--write-labels", "--summary"}:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    errors, labels, metas = [], [], []
    for i, fn in enumerate(DOCS, 1):
        name = f"cm{i:02d}.pdf"
        data, meta = render(fn)
        again, _ = render(fn)
        if data != again:
            errors.append(f"{name}: two renders differ (not deterministic)")
        (out / name).write_bytes(data)
        label = make_label(name, meta)
        labels.append(label)
        metas.append(meta)
        check_pdf(out / name, label, meta, errors)
    check_batch(labels, errors)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")
    committed = HERE / "labels.json"
    if "--write-labels" in flags:
        committed.write_text(text, encoding="utf-8")
        print(f"wrote {committed}")
    elif not committed.exists():
        errors.append("committed labels.json is missing (run with --write-labels)")
    elif committed.read_text(encoding="utf-8") != text:
        old = json.loads(committed.read_text(encoding="utf-8"))
        for a, b in zip(old, labels):
            for k in sorted(set(a) | set(b)):
                if a.get(k) != b.get(k):
                    errors.append(f"labels.json differs from generated: {b['file']} key {k}")
        if len(old) != len(labels):
            errors.append("labels.json differs from generated: number of documents")
        if not errors:
            errors.append("labels.json differs from generated (formatting)")
    if "--summary" in flags:
        summary(labels, metas)
    nfees = sum(len(l["fees"]) for l in labels)
    nmiss = sum(len(l["missing_terms"]) for l in labels)
    print(
        f"{len(labels)} documents, {sum(l['pages'] for l in labels)} pages, {nfees} findings, "
        f"{nmiss} missing-term labels -> {out}"
    )
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
