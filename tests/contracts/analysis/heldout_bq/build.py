#!/usr/bin/env python3
"""Held-out contract batch "bq": 12 synthetic recruitment documents + labels.

Usage:  python build.py OUT_DIR

Writes bq01.pdf ... bq12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and self-checks the labels (page counts, fee quotes on the
labelled page, scanned pages without a text layer, recruiter names printed,
label vocabulary).  Exits non-zero on any mismatch.

Everything is deterministic: fixed creation date, fixed random seeds, fonts
from /usr/share/fonts/truetype/{dejavu,liberation,noto}.
All employers, recruiters, workers, case numbers and addresses are fictitious.
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

CREATED = datetime(2026, 2, 2, 10, 0, 0, tzinfo=UTC)
SEED = 20260202

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "dv": (
        DEJAVU,
        (
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
        ),
    ),
    "dvc": (
        DEJAVU,
        (
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf",
        ),
    ),
    "dvs": (
        DEJAVU,
        (
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf",
        ),
    ),
    "ls": (
        LIB,
        (
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf",
        ),
    ),
    "lsr": (
        LIB,
        (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    ),
    "lnr": (
        LIB,
        (
            "LiberationSansNarrow-Regular.ttf",
            "LiberationSansNarrow-Bold.ttf",
            "LiberationSansNarrow-Italic.ttf",
            "LiberationSansNarrow-BoldItalic.ttf",
        ),
    ),
    "noto": (
        NOTO,
        (
            "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf",
        ),
    ),
}
if not os.path.exists(NOTO + "NotoSans-Regular.ttf"):  # noto is optional
    FONT_FILES["noto"] = FONT_FILES["dv"]

# ---------------------------------------------------------------- taxonomy
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
    "h2a": {
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
    },
    "h2b": {
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
    },
    "generic": {
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
    },
}


def expected_severity(category, program):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def fee(category, program, page, quote, amount=None, currency=None):
    return {
        "category": category,
        "severity": expected_severity(category, program),
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }


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


# ---------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    def __init__(self, fmt="letter", font="dv", size=10.0, foot="", margins=(18, 16, 18), title=""):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        self.set_creator("bq held-out builder")
        if title:
            self.set_title(title)
        self.base = font
        self.bsize = size
        self.foot = foot
        self.scan_pages = set()
        self.added = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, 16)
        self.f()

    # fonts -------------------------------------------------------------
    def f(self, fam=None, style="", size=None):
        fam = fam or self.base
        if fam not in self.added:
            d, files = FONT_FILES[fam]
            for st, fn in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, st, d + fn)
            self.added.add(fam)
        self.set_font(fam, style, size or self.bsize)

    def footer(self):
        if not self.foot or self.page_no() in self.scan_pages:
            return
        self.set_y(-11)
        self.f(None, "", 7.5)
        self.set_text_color(105, 105, 105)
        self.cell(0, 4, self.foot.format(p=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # blocks -------------------------------------------------------------
    def para(
        self,
        text,
        size=None,
        style="",
        fam=None,
        color=None,
        align="L",
        indent=0.0,
        gap=1.4,
        lh=1.42,
    ):
        self.f(fam, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            self.font_size * lh,
            text,
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def clause(self, title, text, size=None, fam=None, gap=1.6, lh=1.42):
        self.set_x(self.l_margin)
        self.f(fam, "B", size)
        h = self.font_size * lh
        self.write(h, title + " ")
        self.f(fam, "", size)
        self.write(h, text)
        self.ln(h)
        self.ln(gap)

    def heading(self, text, size=None, color=(0, 0, 0), fill=None, gap=1.5, fam=None, align="L"):
        self.f(fam, "B", size or self.bsize + 1.5)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.set_x(self.l_margin)
        self.multi_cell(
            self.epw,
            self.font_size * 1.6,
            text,
            fill=bool(fill),
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def bullets(self, items, size=None, indent=4.0, mark="\u2022", gap=1.2):
        self.f(None, "", size)
        h = self.font_size * 1.42
        for it in items:
            self.set_x(self.l_margin + indent)
            self.cell(4, h, mark)
            self.multi_cell(
                self.epw - indent - 4, h, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(0.6)
        self.ln(gap)

    def kv(
        self,
        rows,
        widths=(0.28, 0.72),
        header=None,
        size=None,
        fill=(232, 232, 232),
        label_bold=True,
        borders="ALL",
        gap=2.5,
        label_fill=None,
    ):
        self.f(None, "", size)
        self.set_fill_color(255, 255, 255)
        self.set_draw_color(0, 0, 0)
        bold = FontFace(emphasis="B", fill_color=label_fill)
        with self.table(
            col_widths=widths,
            text_align="LEFT",
            v_align="TOP",
            first_row_as_headings=bool(header),
            width=self.epw,
            line_height=self.font_size * 1.38,
            padding=1.3,
            borders_layout=borders,
            headings_style=FontFace(emphasis="B", fill_color=fill),
        ) as t:
            if header:
                r = t.row()
                for c in header:
                    r.cell(c)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    r.cell(c, style=bold if (label_bold and i == 0) else None)
        self.ln(gap)

    def band(self, title, sub, color, h=25.0, tsize=15):
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, h, "F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 5)
        self.f(None, "B", tsize)
        self.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.f(None, "", 8.5)
        self.set_x(self.l_margin)
        self.multi_cell(self.epw, 4.3, sub, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(h + 5)

    def letterhead(self, name, lines, color, fam=None, nsize=16):
        self.set_y(12)
        self.f(fam, "B", nsize)
        self.set_text_color(*color)
        self.cell(0, 8, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.f(fam, "", 8.5)
        self.set_text_color(80, 80, 80)
        for ln in lines:
            self.cell(0, 4.2, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*color)
        self.set_line_width(0.8)
        y = self.get_y() + 1.5
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(y + 5)

    def rule(self, width=None, gap=2.0, color=(120, 120, 120)):
        y = self.get_y() + 1
        self.set_draw_color(*color)
        self.line(self.l_margin, y, self.l_margin + (width or self.epw), y)
        self.set_draw_color(0, 0, 0)
        self.set_y(y + gap)

    def sigs(self, entries, fingerprint=False, size=8.5, above=16.0, flabel="Huella"):
        n = len(entries)
        colw = self.epw / n
        y = self.get_y() + above
        for i, ent in enumerate(entries):
            x = self.l_margin + i * colw
            right = x + colw - (30 if fingerprint else 6)
            self.set_draw_color(0, 0, 0)
            self.line(x + 2, y, right, y)
            for k, txt in enumerate(ent):
                self.set_xy(x + 2, y + 1 + 4.2 * k)
                self.f(None, "B" if k == 0 else "", size)
                self.cell(right - x - 2, 4, txt)
            if fingerprint:
                self.set_draw_color(90, 90, 90)
                self.rect(x + colw - 26, y - 24, 22, 27)
                self.set_xy(x + colw - 26, y + 3.5)
                self.f(None, "I", 6.5)
                self.cell(22, 3, flabel, align="C")
                self.set_draw_color(0, 0, 0)
        self.set_y(y + 6 + 4.2 * max(len(e) for e in entries))


# ---------------------------------------------------------------- scanned page
def _wrap(draw, text, font, maxw):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= maxw:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scan_page(pdf, blocks, seed):
    """Render blocks onto a noisy grayscale image and place it as an image-only page."""
    pdf.add_page()
    pdf.scan_pages.add(pdf.page_no())
    dpi = 150
    W, H = int(round(pdf.w / 25.4 * dpi)), int(round(pdf.h / 25.4 * dpi))
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 25)
    f_bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 29)
    f_small = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 21)
    x0, y = 125, 140
    maxw = W - 2 * x0
    for kind, text in blocks:
        if kind == "gap":
            y += int(text)
            continue
        if kind == "sig":
            d.line((x0, y + 40, x0 + 520, y + 40), fill=30, width=2)
            # a scrawled signature
            rng = np.random.default_rng(seed + y)
            pts, px = [], x0 + 40
            for _ in range(28):
                px += int(rng.integers(8, 18))
                pts.append((px, y + 30 - int(rng.integers(0, 34))))
            d.line(pts, fill=40, width=3)
            d.text((x0, y + 48), text, font=f_small, fill=25)
            y += 95
            continue
        if kind == "stamp":
            d.rectangle((W - x0 - 330, y, W - x0, y + 120), outline=70, width=4)
            d.text((W - x0 - 300, y + 20), text, font=f_bold, fill=70)
            d.text((W - x0 - 300, y + 68), "20 OCT 2025", font=f_reg, fill=70)
            y += 140
            continue
        font = {"title": f_bold, "text": f_reg, "small": f_small}[kind]
        for ln in _wrap(d, text, font, maxw):
            d.text((x0, y), ln, font=font, fill=20)
            y += int(font.size * 1.45)
        y += 14
    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=250)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0.0, 7.0, arr.shape)
    specks = rng.random(arr.shape) < 0.0009
    arr[specks] = rng.integers(60, 160, int(specks.sum()))
    shade = np.linspace(0, 10, W, dtype=np.float32)[None, :]
    arr -= shade
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, mode="L").filter(ImageFilter.GaussianBlur(0.65))
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)


# ================================================================ documents
def bq01():
    prog = "h2a"
    p = Doc(
        "letter",
        "ls",
        9.5,
        foot="Copper Ridge Orchards LLC  \u00b7  Clearance order H-300-26142-771203  \u00b7  Page {p} of {{nb}}",
    )
    p.add_page()
    p.band(
        "COPPER RIDGE ORCHARDS LLC",
        "H-2A Agricultural Clearance Order \u2014 Job Offer to U.S. and H-2A Workers\n"
        "Order No. H-300-26142-771203  \u00b7  Yakima, Washington  \u00b7  Issued June 2, 2026",
        (34, 94, 58),
    )
    p.heading("1. Employer", color=(34, 94, 58))
    p.para(
        "Copper Ridge Orchards LLC, 2250 Old Naches Highway, Yakima, WA 98908. "
        "Telephone (509) 555-0147. FEIN 91-2274410."
    )
    p.heading("2. Summary of the offer", color=(34, 94, 58))
    p.bullets(
        [
            "Job: Farmworker, tree fruit harvest (SOC 45-2092), 85 openings.",
            "Period: August 17, 2026 to November 20, 2026.",
            "Pay: $19.82 per hour, or a piece rate when it earns more.",
            "Housing: free, at the Copper Ridge labor camp.",
            "Transportation: daily rides are free; the trip to Yakima and back is paid by the employer.",
            "No worker pays anyone to get this job.",
        ]
    )
    p.heading("3. Job duties", color=(34, 94, 58))
    p.para(
        "Picking apples and pears by hand into picking buckets from 10- and 12-foot orchard "
        "ladders and emptying them into field bins without bruising the fruit; hand-thinning "
        "fruitlets; summer pruning; moving ladders and bins; helping the tractor driver place "
        "empty bins and pull full ones out to the feeder roads at the end of each row."
    )
    p.heading("4. Places of employment", color=(34, 94, 58))
    p.kv(
        [
            [
                "Naches Heights block",
                "2250 Old Naches Highway, Yakima, WA",
                "Gala, Honeycrisp apples",
            ],
            ["Tieton block", "11800 Summitview Road, Tieton, WA", "Fuji apples, Bartlett pears"],
            ["Cowiche block", "640 Cowiche Mill Road, Cowiche, WA", "Granny Smith apples"],
        ],
        widths=(0.27, 0.43, 0.30),
        header=["Orchard block", "Address", "Crops"],
        fill=(214, 234, 218),
    )
    p.heading("5. Minimum requirements", color=(34, 94, 58))
    p.para(
        "At least three months of experience picking tree fruit by hand in the last two years; "
        "able to carry a full picking bucket (about 45 lbs) up and down a 12-foot ladder. No "
        "diploma, certificate or English is required. On the first day a worker may be asked to "
        "pick a test row; the test is done on paid time."
    )

    p.add_page()
    p.clause(
        "6. Hours of work.",
        "The workweek is Monday through Saturday. Normal hours are "
        "6:30 a.m. to 3:00 p.m. with a 30-minute unpaid lunch, 8 hours a day and 40 hours per "
        "week; during peak harvest up to 48 hours per week may be offered. Nobody is required "
        "to work on Sundays.",
    )
    p.clause(
        "7. Wages.",
        "The employer pays $19.82 per hour. During apple harvest a worker may "
        "instead be paid $32.00 per standard bin (about 24 bushels) when this earns more for the "
        "week; piece-rate earnings are always topped up to at least $19.82 for each hour worked.",
    )
    p.clause(
        "8. Highest wage.",
        "If the Adverse Effect Wage Rate, the prevailing wage, or the "
        "federal or Washington minimum wage is raised during the contract above the rate "
        "offered, the employer will pay the higher rate from the day it takes effect.",
    )
    p.clause(
        "9. Pay day and pay statements.",
        "Wages are paid every Friday for the workweek ending "
        "the previous Saturday, by direct deposit or paper check. Each payment comes with a "
        "written statement showing the hours offered, the hours actually worked, bins picked, "
        "rates, gross pay, each deduction and net pay, and the employer's name, address and FEIN.",
    )
    p.clause(
        "10. Deductions.",
        "H-2A workers are exempt from Social Security and Medicare, so "
        "none are withheld. Federal income tax is withheld only if the worker asks for it in "
        "writing. The only other deductions are those a worker voluntarily authorizes in "
        "writing, such as the optional meal plan in section 13. No deduction is ever made for "
        "housing, transportation, tools or the worker's visa.",
    )
    p.clause(
        "11. Three-fourths guarantee.",
        "The employer guarantees to offer each worker "
        "employment for a total number of hours equal to at least three-fourths of the "
        "workdays of the contract period, counting 8 hours per workday. If less is offered, the "
        "worker is paid the amount he or she would have earned for the guaranteed hours.",
    )
    p.clause(
        "12. Housing.",
        "Housing at the Copper Ridge labor camp, 2310 Old Naches Highway, "
        "Yakima, WA 98908, is provided free of charge to every worker who cannot reasonably "
        "return home each day. The camp is inspected and licensed by the Washington State "
        "Department of Health. There is no rent, no utility charge and no deposit for keys, "
        "bedding or cooking utensils.",
    )
    p.clause(
        "13. Meals.",
        "Each bunkhouse has a complete kitchen with stoves, refrigerators and "
        "cookware that workers use free of charge. Workers who prefer not to cook may join the "
        "optional camp meal plan: three meals a day for $14.40 per day, which is below the "
        "maximum meal charge published by the U.S. Department of Labor. Joining is voluntary, "
        "and a worker may leave the plan with one week's notice.",
    )
    p.clause(
        "14. Travel to Yakima.",
        "A worker who completes 50 percent of the contract period is "
        "reimbursed the reasonable cost of transportation and daily subsistence from the place "
        "of recruitment to Yakima, unless the employer has already paid it directly. If those "
        "costs would bring first-week pay below the federal minimum wage, the employer "
        "reimburses them in the first workweek. Visa and border-crossing fees are reimbursed "
        "in the first workweek.",
    )
    p.clause(
        "15. Return travel.",
        "A worker who completes the contract, or whom the employer lets "
        "go early without cause, is provided or paid return transportation and daily "
        "subsistence to the place of recruitment.",
    )
    p.clause(
        "16. Daily transportation.",
        "Company buses carry workers free of charge between the "
        "labor camp and each orchard block every workday. Drivers are licensed and the buses "
        "are insured.",
    )

    p.add_page()
    p.clause(
        "17. Tools and equipment.",
        "Ladders, picking buckets, bin trailers, pruning shears, "
        "gloves, rain gear and sunscreen are provided without charge and without a deposit.",
    )
    p.clause(
        "18. Workers' compensation.",
        "All workers are covered by workers' compensation "
        "insurance through the Washington State Department of Labor & Industries, account "
        "418-207-00, at no cost to the worker. It pays medical care and part of lost wages for "
        "injuries at work.",
    )
    p.clause(
        "19. Abandonment and termination for cause.",
        "A worker who is absent for five "
        "consecutive scheduled workdays without telling the employer is considered to have "
        "abandoned the job. The employer may terminate a worker for cause, such as violence or "
        "repeated refusal to follow safety rules, after a written warning. In either case the "
        "employer will notify the Department of Labor and DHS in writing within two working "
        "days, and the three-fourths guarantee and paid return travel no longer apply.",
    )
    p.clause(
        "20. If the work becomes impossible.",
        "If fire, hail, flood, freeze or another act "
        "of God makes it impossible to continue the work, the employer may end the contract "
        "early with the approval of the Certifying Officer. The employer will then pay the "
        "three-fourths guarantee up to the termination date and return transportation and "
        "subsistence, and will try to place workers with other employers.",
    )
    p.clause(
        "21. Recruitment.",
        "Copper Ridge recruits in Mexico through Senderos Agr\u00edcolas "
        "del Baj\u00edo, S.C., of Le\u00f3n, Guanajuato. The employer pays all of the agency's "
        "fees and costs, and the agency's contract with the employer forbids it to collect any "
        "payment from workers. No worker may be charged for this job, for a place on a list, "
        "or for an interview. Anyone asked for money should call the number below.",
    )
    p.clause(
        "22. Your documents and your rights.",
        "You keep your own passport and visa at all "
        "times. You may file a complaint with the Department of Labor, or talk to a lawyer or "
        "a union, without any penalty, and you will not be placed on any do-not-hire list for "
        "doing so. Coffee and drinking water are available free at every orchard break station.",
    )
    p.ln(2)
    p.para(
        "U.S. Department of Labor, Wage and Hour Division: 1-866-487-9243 (free, in Spanish).",
        style="B",
        size=9,
    )
    p.sigs(
        [
            ("For the employer", "Marianne Vogt-Esquivel, Operations Manager", "June 2, 2026"),
            ("Worker", "Name:", "Date:"),
        ]
    )
    lab = label(
        "bq01.pdf",
        prog,
        "en",
        3,
        [],
        [],
        ["Senderos Agr\u00edcolas del Baj\u00edo, S.C."],
        [
            "'feeder roads' is a job word, not a fee",
            "optional meal plan below the DOL cap (lawful h2a meal charge)",
            "rent-free housing, no key/bedding/utensil deposit",
            "no FICA; income tax only on written request (lawful deductions)",
            "visa and border-crossing fees reimbursed in the first workweek",
            "inbound travel reimbursed at 50%",
            "tools free, no deposit",
            "agency fees paid by the employer; no payment for jobs (negated recruitment fee)",
            "worker keeps passport (negated retention)",
            "no do-not-hire list for complaints (negated blacklisting)",
            "test row done on paid time (not a skills-test charge)",
            "free coffee ('coffee' contains 'fee')",
        ],
        "job_order",
        "letter; colored header band; bulleted summary; gridded worksite table; "
        "numbered sections; two-column signature lines",
    )
    return p, lab


def bq02():
    prog = "h2a"
    p = Doc(
        "letter",
        "lsr",
        9.8,
        foot="Convenio RATC-H2A-2026-0412  \u00b7  P\u00e1gina {p} de {{nb}}",
        margins=(22, 16, 22),
    )
    p.add_page()
    p.heading(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE RECLUTAMIENTO Y SELECCI\u00d3N",
        size=13,
        align="C",
    )
    p.para("Temporada 2026 \u2014 Programa de visas H-2A", align="C", style="I")
    p.para(
        "Que celebran, por una parte, Reclutadora Agr\u00edcola Tierra Caliente, S. de R.L. de C.V., "
        "con domicilio en Av. Constituci\u00f3n 418, Col. Centro, Apatzing\u00e1n, Michoac\u00e1n, "
        "representada por el Lic. Rigoberto C\u00e1zares Mendoza, a quien en lo sucesivo se le "
        "denominar\u00e1 LA RECLUTADORA, y por la otra el C. Eusebio Rangel Ortiz, originario de "
        "Buenavista, Michoac\u00e1n, a quien se le denominar\u00e1 EL TRABAJADOR, al tenor de las "
        "siguientes declaraciones y cl\u00e1usulas."
    )
    p.heading("DECLARACIONES", size=11)
    p.para(
        "I. LA RECLUTADORA declara que fue contratada por Satilla River Blueberries, Inc., con "
        "domicilio en 812 Old Post Road, Alma, Georgia 31510, Estados Unidos (en adelante LA "
        "EMPRESA), para reclutar trabajadores para su orden de trabajo H-2A."
    )
    p.para(
        "II. EL TRABAJADOR declara ser mayor de edad, contar con pasaporte vigente y tener "
        "experiencia en la cosecha a mano de frutillas."
    )
    p.heading("CONDICIONES DEL EMPLEO OFRECIDO POR LA EMPRESA", size=11)
    p.kv(
        [
            [
                "Puesto",
                "Cosechador de ar\u00e1ndano: corte a mano de ar\u00e1ndano en cubetas, limpieza "
                "de arbustos, acarreo y carga de cajas a los remolques.",
            ],
            [
                "Lugar de trabajo",
                "Campos de LA EMPRESA en los condados de Bacon y Appling, Georgia.",
            ],
            ["Periodo", "Del 6 de abril de 2026 al 20 de junio de 2026."],
            [
                "Jornada",
                "35 horas por semana como m\u00ednimo, de lunes a s\u00e1bado, de 7:00 a 14:00 horas.",
            ],
            [
                "Salario",
                "$14.68 d\u00f3lares por hora, o $4.00 por cubeta de 5 libras cuando resulte mayor.",
            ],
            [
                "Aumentos",
                "Si durante la temporada se publica una tarifa legal m\u00e1s alta (AEWR o "
                "salario m\u00ednimo), LA EMPRESA pagar\u00e1 la tarifa m\u00e1s alta desde su vigencia.",
            ],
            ["Pago", "Semanal, cada viernes, con cheque o tarjeta de n\u00f3mina."],
            [
                "Descuentos",
                "Solo los impuestos que exija la ley y los conceptos que EL TRABAJADOR "
                "autorice por escrito.",
            ],
            [
                "Vivienda",
                "Gratuita, en el campamento de LA EMPRESA, 790 Old Post Road, Alma, Georgia.",
            ],
            ["Comidas", "Cocina equipada con estufas y refrigeradores, sin costo."],
            [
                "Viaje de ida",
                "LA EMPRESA reembolsa el autob\u00fas de Monterrey a Alma y los vi\u00e1ticos "
                "del camino al cumplirse la mitad del contrato.",
            ],
            ["Viaje de regreso", "Pagado por LA EMPRESA al terminar el contrato."],
            [
                "Transporte diario",
                "Autob\u00fas gratuito del campamento a los campos y de regreso.",
            ],
            [
                "Herramientas",
                "Cubetas, cinturones de cosecha y guantes sin costo y sin dep\u00f3sito.",
            ],
            ["Requisitos", "Mayor de 18 a\u00f1os y un mes de experiencia en cosecha a mano."],
        ],
        widths=(0.24, 0.76),
        size=8.8,
        gap=1.5,
    )
    p.heading("CL\u00c1USULAS", size=11)
    p.clause(
        "PRIMERA. Objeto.",
        "LA RECLUTADORA integrar\u00e1 el expediente de EL TRABAJADOR, lo "
        "presentar\u00e1 a LA EMPRESA y lo acompa\u00f1ar\u00e1 hasta la cita consular en "
        "Monterrey, Nuevo Le\u00f3n.",
    )
    q_fee = (
        "Por la integraci\u00f3n y seguimiento de su expediente, EL TRABAJADOR cubrir\u00e1 a LA "
        "RECLUTADORA una cuota de colocaci\u00f3n de $8,500.00 (ocho mil quinientos pesos 00/100 "
        "M.N.), pagadera en dos exhibiciones."
    )
    p.clause(
        "SEGUNDA. Cuota de colocaci\u00f3n.",
        q_fee + " La primera exhibici\u00f3n se entrega al "
        "firmar este convenio y la segunda al recibir la fecha de la cita consular.",
    )

    p.add_page()
    q_visa = (
        "El derecho de solicitud de visa (USD 205) corre por cuenta de EL TRABAJADOR y no forma "
        "parte de los gastos que reembolsa LA EMPRESA."
    )
    p.clause("TERCERA. Visa.", q_visa)
    p.clause(
        "CUARTA. Orientaci\u00f3n.",
        "La pl\u00e1tica de orientaci\u00f3n previa al viaje, en "
        "las oficinas de LA RECLUTADORA, es gratuita.",
    )
    q_bond = (
        "Como garant\u00eda de que se presentar\u00e1 a trabajar y cumplir\u00e1 la temporada "
        "completa, EL TRABAJADOR firmar\u00e1 un pagar\u00e9 en blanco a favor de LA "
        "RECLUTADORA, que le ser\u00e1 devuelto a su regreso a M\u00e9xico."
    )
    p.clause("QUINTA. Garant\u00eda.", q_bond)
    p.clause(
        "SEXTA. Documentos.",
        "EL TRABAJADOR conserva en todo momento su pasaporte, su visa y "
        "su credencial para votar; ni LA RECLUTADORA ni LA EMPRESA los guardar\u00e1n.",
    )
    q_black = (
        "El trabajador que presente quejas ante autoridades de Estados Unidos o de M\u00e9xico "
        "en contra de LA EMPRESA o de LA RECLUTADORA ser\u00e1 dado de baja del padr\u00f3n y "
        "no ser\u00e1 llamado en temporadas futuras."
    )
    p.clause("S\u00c9PTIMA. Conducta.", q_black)
    p.clause(
        "OCTAVA. Abandono y despido.",
        "Si EL TRABAJADOR deja de presentarse a trabajar cinco "
        "d\u00edas seguidos sin avisar, o es despedido por causa justificada, LA EMPRESA dar\u00e1 "
        "aviso a las autoridades y EL TRABAJADOR pagar\u00e1 su propio regreso.",
    )
    p.clause(
        "NOVENA. Jurisdicci\u00f3n.",
        "Para la interpretaci\u00f3n de este convenio las partes "
        "se someten a los tribunales de Apatzing\u00e1n, Michoac\u00e1n.",
    )
    p.para(
        "Le\u00eddo que fue el presente convenio y enteradas las partes de su contenido, lo firman "
        "en Apatzing\u00e1n, Michoac\u00e1n, el 9 de febrero de 2026."
    )
    p.ln(8)
    p.sigs(
        [
            ("LA RECLUTADORA", "Lic. Rigoberto C\u00e1zares Mendoza"),
            ("EL TRABAJADOR", "Eusebio Rangel Ortiz"),
        ],
        fingerprint=True,
        above=26,
    )
    fees = [
        fee("recruitment_fee", prog, 1, q_fee, 8500, "MXN"),
        fee("visa_cost", prog, 2, q_visa, 205, "USD"),
        fee("deposit_or_bond", prog, 2, q_bond),
        fee("blacklisting_threat", prog, 2, q_black),
    ]
    lab = label(
        "bq02.pdf",
        prog,
        "es",
        2,
        fees,
        [
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Reclutadora Agr\u00edcola Tierra Caliente, S. de R.L. de C.V."],
        [
            "free housing (h2a)",
            "free kitchen",
            "inbound bus repaid at mid-contract",
            "free daily bus",
            "tools free, no deposit",
            "free pre-departure orientation (negated training charge)",
            "worker keeps passport and voter card (negated retention)",
            "worker pays own return only after abandonment or dismissal for cause (lawful)",
        ],
        "recruiter_agreement",
        "letter; serif; centered title; gridded job-terms table; ordinal clauses; "
        "signature table with fingerprint boxes",
    )
    return p, lab


def bq03():
    prog = "h2a"
    navy = (28, 45, 92)
    p = Doc(
        "letter",
        "dv",
        8.8,
        foot="Tar Heel Bottomland Farms, LLC  \u00b7  Job Order NC-2026-04417  \u00b7  Page {p} of {{nb}}",
    )
    p.add_page()
    p.band(
        "AGRICULTURAL CLEARANCE ORDER \u2014 H-2A",
        "Tar Heel Bottomland Farms, LLC  \u00b7  Job Order NC-2026-04417  \u00b7  "
        "Filed with the North Carolina Division of Employment Security",
        navy,
        tsize=14,
    )
    p.heading("A. Employer", color=navy)
    p.para(
        "Tar Heel Bottomland Farms, LLC, 4471 Cedar Fork Road, Wilson, NC 27893  \u00b7  "
        "Telephone (252) 555-0188  \u00b7  FEIN 56-3309172"
    )
    p.heading("B. Job offered", color=navy)
    p.para(
        "Farmworkers and Laborers, Crop (SOC 45-2092), 48 workers. Duties: feeding tobacco "
        "seedlings into the mechanical transplanter; topping and suckering tobacco by hand; "
        "priming leaves and loading them into the curing barns; hand-harvesting sweet potatoes "
        "into 5/8-bushel buckets and dumping them into field bins; cleaning greenhouses and "
        "float beds."
    )
    p.heading("C. Period of employment", color=navy)
    p.para("May 4, 2026 through October 30, 2026.")
    p.heading("D. Worksites", color=navy)
    p.kv(
        [
            ["Cedar Fork home farm", "4471 Cedar Fork Road, Wilson, NC", "Wilson"],
            ["Stantonsburg tract", "2206 Marlowe Church Road, Stantonsburg, NC", "Wilson"],
            ["Bailey tract", "9130 Old Bailey Highway, Bailey, NC", "Nash"],
        ],
        widths=(0.3, 0.5, 0.2),
        header=["Farm", "Address", "County"],
        fill=(210, 218, 238),
    )
    p.heading("E. Minimum requirements", color=navy)
    p.para(
        "One month of experience in tobacco or sweet potato hand work. Must be able to lift 50 "
        "pounds and to work in hot, humid weather. No experience is needed for greenhouse work."
    )
    p.heading("F. Hours of work", color=navy)
    p.para(
        "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute "
        "meal break; Saturday work of up to 6 hours may be offered during harvest."
    )

    p.add_page()
    p.heading("G. Wages", color=navy)
    p.para(
        "$16.52 per hour. Sweet potato harvest: $0.65 per 5/8-bushel bucket, with every worker "
        "paid at least $16.52 for each hour worked in the pay period. If a higher AEWR, "
        "prevailing wage or minimum wage takes effect during the contract, the employer pays it "
        "from its effective date. See Annex A for the pay schedule."
    )
    p.heading("H. Pay frequency", color=navy)
    p.para("Weekly, every Thursday, by check or pay card.")
    p.heading("I. Deductions", color=navy)
    p.para(
        "No Social Security or Medicare tax is withheld from H-2A wages. Income tax is withheld "
        "only at the worker's written request. Other deductions are set out in Annexes A and B."
    )
    p.heading("J. Three-fourths guarantee", color=navy)
    p.para(
        "Each worker is guaranteed an offer of work for at least three-fourths of the workdays "
        "in the contract period. If the employer falls short, it pays the difference."
    )
    p.heading("K. Housing", color=navy)
    p.para(
        "Housing is provided at no cost at the Cedar Fork camp, 4490 Cedar Fork Road, Wilson, "
        "NC, inspected by the North Carolina Department of Labor. Housing rules are in Annex B."
    )
    p.heading("L. Meals", color=navy)
    p.para(
        "Kitchens with stoves and refrigerators are available at no cost. Workers may instead "
        "choose the optional meal plan run by the camp cook at $14.75 per day, which does not "
        "exceed the Department of Labor's published maximum."
    )
    p.heading("M. Transportation", color=navy)
    p.para(
        "Inbound: the employer reimburses transportation and subsistence from the place of "
        "recruitment when the worker completes 50% of the contract, or in the first workweek "
        "where the law requires it.\u00b9 Return: paid by the employer for workers who complete "
        "the contract or are dismissed without cause. Daily: free transportation in farm buses "
        "between the camp and all worksites."
    )
    p.heading("N. Tools", color=navy)
    p.para("All tools, gloves and rain suits are provided at no cost and without a deposit.")
    p.heading("O. Workers' compensation", color=navy)
    p.para(
        "Covered under policy WC-55-019322 issued by Carolina Growers Mutual Insurance Co.; the "
        "premium is paid by the employer."
    )
    p.ln(3)
    p.rule(width=55)
    q_travel = (
        "each worker's share of the charter, $120.00, is recovered through payroll "
        "deductions of $60.00 in each of the first two workweeks."
    )
    p.para(
        "\u00b9 Workers recruited through the Monterrey processing center travel on the "
        "employer's chartered bus; " + q_travel,
        size=7.5,
        color=(60, 60, 60),
    )

    p.add_page()
    p.heading("P. Abandonment and termination", color=navy)
    p.para(
        "A worker who fails to report for work for five consecutive workdays without the "
        "employer's consent has abandoned employment, and the employer will notify DOL and DHS. "
        "Workers may be terminated for cause after a warning; such workers are not entitled to "
        "return transportation or to the three-fourths guarantee."
    )
    p.heading("Q. Contract impossibility", color=navy)
    p.para(
        "If a hurricane, flood, hail or other Act of God makes the work impossible, the employer "
        "may end the contract with Department of Labor approval, will pay the three-fourths "
        "guarantee through the termination date and will pay return transportation."
    )
    p.heading("R. Recruitment and workers' rights", color=navy)
    p.para(
        "This order is filled without a recruiting agency. The employer pays all visa, consular "
        "and border-crossing fees in the first workweek. No person may charge a worker a fee for "
        "this job. Workers keep their own passports. Workers who complain to the Department of "
        "Labor will not be retaliated against."
    )
    p.ln(2)
    p.heading("ANNEX A \u2014 Pay schedule and completion bonus", size=10.5, fill=(210, 218, 238))
    p.kv(
        [
            ["Hourly rate", "$16.52", "Weekly"],
            ["Sweet potato piece rate", "$0.65 per bucket", "Weekly"],
            ["Completion bonus", "$100.00", "With the final check, in addition to all wages"],
        ],
        widths=(0.34, 0.26, 0.40),
        header=["Item", "Rate", "When paid"],
        fill=(232, 232, 232),
    )
    q_hold = (
        "Season-end holdback: $0.50 of each hour worked is held by the employer and paid in "
        "one lump sum with the final paycheck to workers who complete the contract."
    )
    p.para(q_hold)

    p.add_page()
    p.heading("ANNEX B \u2014 Housing rules, Cedar Fork camp", size=10.5, fill=(210, 218, 238))
    q_dep = (
        "A bedding and key deposit of $75.00 is collected from each resident on arrival and "
        "returned at check-out if the room passes inspection."
    )
    q_dmg = (
        "Any equipment or housing fixtures damaged through a worker's negligence or failure to "
        "follow instructions will be repaired at the worker's expense, up to the actual cost."
    )
    rules = [
        "Quiet hours are from 10:00 p.m. to 5:30 a.m.; residents may come and go at any time.",
        "Visitors are welcome in the common areas until 10:00 p.m.",
        q_dep,
        "Washers and dryers are free to use.",
        "Cooking is allowed only in the kitchens; no open fires near the buildings.",
        q_dmg,
        "Report needed repairs to the camp manager, Ms. Odessa Whitfield, at (252) 555-0190.",
    ]
    for i, r in enumerate(rules, 1):
        p.clause(f"{i}.", r)
    p.ln(6)
    p.sigs(
        [
            ("Certified by the employer", "Garland Pruitt, Member-Manager", "March 9, 2026"),
            ("Received by the worker", "Name:", "Date:"),
        ]
    )
    fees = [
        fee("travel_cost", prog, 2, q_travel, 120, "USD"),
        fee("wage_withholding", prog, 3, q_hold, 0.50, "USD"),
        fee("housing_charge", prog, 4, q_dep, 75, "USD"),
        fee("damage_chargeback", prog, 4, q_dmg),
    ]
    lab = label(
        "bq03.pdf",
        prog,
        "en",
        4,
        fees,
        ["earnings_statements"],
        [],
        [
            "'feeding' seedlings into the transplanter is a job word, not a fee",
            "completion bonus paid in addition to all wages (lawful)",
            "optional meal plan within the DOL cap (lawful h2a meal charge)",
            "no FICA; income tax only on request (lawful deductions)",
            "housing stated at no cost in the body (the deposit is hidden in Annex B)",
            "tools free, no deposit",
            "visa and border fees paid by employer",
            "no recruiting agency; no fee for the job (negated recruitment fee)",
            "workers keep passports (negated retention)",
            "residents may come and go at any time (negated movement restriction)",
            "free washers and dryers",
            "workers' compensation premium paid by employer",
        ],
        "job_order",
        "letter; navy header band; lettered sections; gridded worksite table; "
        "footnote under transportation; Annex A pay table; Annex B numbered housing rules",
    )
    return p, lab


def bq04():
    prog = "h2a"
    p = Doc(
        "letter",
        "noto",
        9.4,
        foot="Sandhill Citrus & Vegetable Co.  \u00b7  Contrato H-2A 2025\u20132026  \u00b7  P\u00e1gina {p} de {{nb}}",
    )
    p.add_page()
    p.heading("CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL H-2A", size=13.5, align="C")
    p.para("Temporada de invierno 2025\u20132026", align="C", style="I")
    p.kv(
        [
            [
                "Empleador",
                "Sandhill Citrus & Vegetable Co., 15820 County Road 29, LaBelle, Florida 33935, EE. UU.",
            ],
            ["Trabajador", "Jacinto Abundio Salgado Nava"],
            ["Lugar de origen", "Tixtla de Guerrero, Guerrero, M\u00e9xico"],
            ["Orden de trabajo", "H-300-25288-640917"],
        ],
        widths=(0.25, 0.75),
        label_fill=(240, 236, 220),
    )
    p.clause(
        "1. Puesto y labores.",
        "El trabajador se contrata como trabajador agr\u00edcola de "
        "hortalizas: corte de chile morr\u00f3n, tomate y calabaza, empaque en cubetas y cajas, "
        "amarre y retiro de estacas y limpieza de surcos.",
    )
    p.clause(
        "2. Lugar de trabajo.",
        "Campos de la empresa en el condado de Hendry, Florida: rancho "
        "Caloosa (1450 Cowboy Way, LaBelle) y rancho Pollywog (2700 State Road 80, LaBelle).",
    )
    p.clause("3. Duraci\u00f3n.", "Del 10 de noviembre de 2025 al 15 de mayo de 2026.")
    p.clause(
        "4. Horario.",
        "40 horas por semana: de lunes a viernes de 7:00 a 14:30 horas, con "
        "media hora para comer (7 horas diarias), y los s\u00e1bados de 7:00 a 12:00 horas.",
    )
    p.clause(
        "5. Salario.",
        "$15.34 d\u00f3lares por hora. En el corte de chile se puede pagar a "
        "destajo, $1.10 por cubeta, pero nunca menos que la tarifa por hora.",
    )
    p.clause(
        "6. D\u00eda de pago.",
        "Cada jueves, por la semana anterior, con cheque. Con cada "
        "cheque el trabajador recibe un tal\u00f3n que muestra las horas ofrecidas, las horas "
        "trabajadas, la tarifa, las cubetas cortadas y cada descuento.",
    )
    q_eq = (
        "Las tijeras de poda y los guantes de hule que se entregan a cada trabajador tienen un "
        "costo de $35.00, que se descontar\u00e1 de su primer cheque."
    )
    p.clause(
        "7. Herramientas.",
        "La empresa entrega sin costo cubetas, cuchillos de cosecha y estacas. " + q_eq,
    )
    p.clause(
        "8. Descuentos.",
        "Del salario solo se descuentan los impuestos que el trabajador pida "
        "por escrito y lo indicado en las cl\u00e1usulas 7 y 12.",
    )
    p.clause(
        "9. Vivienda y comidas.",
        "La vivienda es gratuita, en 220 Bridge Street, LaBelle, "
        "Florida, con camas, regaderas y lavadoras. Cada casa tiene cocina con estufa y "
        "refrigerador que los trabajadores usan sin costo.",
    )

    p.add_page()
    p.clause(
        "10. Transporte.",
        "La empresa reembolsa el viaje de ida desde Tixtla y los alimentos "
        "del camino al cumplirse la mitad del contrato, y reembolsa el costo de la visa en la "
        "primera semana de trabajo. Al terminar el contrato paga el viaje de regreso. Cada "
        "d\u00eda lleva gratis a los trabajadores de la vivienda a los campos en sus autobuses.",
    )
    p.clause(
        "11. Seguro.",
        "El trabajador est\u00e1 protegido por el seguro de compensaci\u00f3n "
        "para trabajadores (p\u00f3liza FWC-2210587 de Sunshine State Agricultural Insurance), "
        "pagado totalmente por la empresa.",
    )
    q_debt = (
        "Al firmar, el trabajador puede recibir de Servicios de Contrataci\u00f3n Golfo Norte un "
        "adelanto de 6,000 pesos para sus gastos de viaje a Monterrey, que se le "
        "descontar\u00e1 del salario en partidas de $60 d\u00f3lares por semana hasta cubrirlo."
    )
    p.clause("12. Adelanto.", q_debt)
    p.clause(
        "13. Reclutamiento.",
        "El trabajador fue reclutado en M\u00e9xico por Servicios de "
        "Contrataci\u00f3n Golfo Norte, agente de la empresa con oficina en Iguala, Guerrero. "
        "Ni la empresa ni el agente cobran cuota por la contrataci\u00f3n.",
    )
    q_ret = (
        "Durante la temporada, los pasaportes de los trabajadores se guardar\u00e1n bajo llave "
        "en la oficina del rancho y se devolver\u00e1n el d\u00eda del regreso."
    )
    p.clause("14. Pasaportes.", q_ret)
    q_mov = (
        "Los trabajadores no podr\u00e1n salir de la vivienda despu\u00e9s de las 8:00 de la "
        "noche ni los domingos sin permiso del mayordomo."
    )
    p.clause(
        "15. Reglas de la vivienda.",
        q_mov + " Se proh\u00edben las bebidas alcoh\u00f3licas en los cuartos.",
    )
    p.clause(
        "16. Terminaci\u00f3n.",
        "Si el trabajador falta cinco d\u00edas seguidos sin avisar, "
        "se considera que abandon\u00f3 el trabajo y la empresa lo reportar\u00e1 al "
        "Departamento de Trabajo. La empresa puede despedirlo por causa justificada; en esos "
        "casos no paga el viaje de regreso.",
    )
    p.clause(
        "17. Requisitos.",
        "Tres meses de experiencia en corte de hortalizas y poder cargar 40 libras.",
    )
    p.ln(6)
    p.sigs(
        [
            ("Por la empresa", "Dolores Ketchum-Ibarra, Gerente de personal"),
            ("El trabajador", "Jacinto Abundio Salgado Nava"),
        ]
    )

    scan_page(
        p,
        [
            ("title", "CONSTANCIA DE ENTREGA DEL CONTRATO"),
            ("small", "Sandhill Citrus & Vegetable Co. \u2014 Contrato H-2A, temporada 2025-2026"),
            ("gap", "30"),
            ("text", "Yo, Jacinto Abundio Salgado Nava, declaro que:"),
            (
                "text",
                "1. Recib\u00ed una copia de este contrato en espa\u00f1ol antes de solicitar la visa.",
            ),
            ("text", "2. Me explicaron cada cl\u00e1usula y pude hacer preguntas."),
            (
                "text",
                "3. S\u00e9 que puedo llamar a la l\u00ednea del Departamento de Trabajo de los "
                "Estados Unidos, 1-866-487-9243, si tengo dudas sobre mis derechos.",
            ),
            ("gap", "30"),
            ("text", "Lugar y fecha: Iguala, Guerrero, 20 de octubre de 2025."),
            ("gap", "40"),
            ("sig", "Firma del trabajador"),
            ("gap", "30"),
            ("sig", "Por la empresa: Dolores Ketchum-Ibarra"),
            ("gap", "20"),
            ("stamp", "RECIBIDO"),
        ],
        SEED + 4,
    )

    fees = [
        fee("equipment_charge", prog, 1, q_eq, 35, "USD"),
        fee("debt_bondage", prog, 2, q_debt, 6000, "MXN"),
        fee("document_retention", prog, 2, q_ret),
        fee("movement_restriction", prog, 2, q_mov),
    ]
    lab = label(
        "bq04.pdf",
        prog,
        "es",
        3,
        fees,
        ["wage_adjustment", "three_fourths_guarantee", "contract_impossibility"],
        ["Servicios de Contrataci\u00f3n Golfo Norte"],
        [
            "free housing (h2a)",
            "free kitchen",
            "inbound trip repaid at mid-contract; visa repaid in first week",
            "free daily bus",
            "workers' compensation paid by employer",
            "buckets, knives and stakes free",
            "no hiring fee by employer or agent (negated recruitment fee)",
            "ban on alcohol in rooms is a lawful house rule",
            "page 3 (scanned acknowledgment of receipt) carries no fee",
        ],
        "work_contract",
        "letter; parties table; numbered clauses; signature lines; page 3 SCANNED "
        "image-only acknowledgment with signatures and stamp",
        scanned=True,
    )
    return p, lab


def bq05():
    prog = "h2b"
    green = (20, 83, 66)
    p = Doc(
        "letter",
        "lsr",
        10.2,
        foot="Oyster Point Golf Club, Inc.  \u00b7  H-2B Seasonal Employment Agreement  \u00b7  Page {p} of {{nb}}",
        margins=(20, 14, 20),
    )
    p.add_page()
    p.letterhead(
        "OYSTER POINT GOLF CLUB, INC.",
        [
            "1200 Marsh Hen Way, Bluffton, South Carolina 29910",
            "Telephone (843) 555-0126  \u00b7  hr@oysterpointgolf.example",
        ],
        green,
        nsize=17,
    )
    p.heading("SEASONAL EMPLOYMENT AGREEMENT \u2014 H-2B", size=12.5, color=green)
    p.para(
        'This agreement is between Oyster Point Golf Club, Inc. ("the Club") and the worker '
        "named below, who is hired under temporary labor certification H-400-25310-118842."
    )
    p.para("Worker: Dwayne Oswald McKenzie, Savanna-la-Mar, Westmoreland, Jamaica.", style="B")
    p.kv(
        [
            ["Position", "Grounds maintenance worker (SOC 37-3011)"],
            [
                "Duties",
                "Mowing greens, tees and fairways; raking bunkers; changing cups; hand-watering; "
                "repairing irrigation heads. On weekends the worker may staff the starter booth, "
                "where he collects green fees and cart fees from golfers and issues receipts.",
            ],
            ["Worksite", "Oyster Point Golf Club, 1200 Marsh Hen Way, Bluffton, SC 29910"],
            ["Period", "March 2, 2026 to November 30, 2026"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 5:30 a.m. to 2:00 p.m. with a 30-minute meal break",
            ],
            ["Wage", "$15.87 per hour"],
            [
                "Overtime",
                "$23.81 per hour (one and one-half times) for hours over 40 in a workweek",
            ],
            ["Payday", "Every other Friday (biweekly), by direct deposit or pay card at no charge"],
            [
                "Requirements",
                "Three months of experience in turf or landscape maintenance; able to lift "
                "50 lbs. No licence and no English test.",
            ],
        ],
        widths=(0.22, 0.78),
        label_fill=(226, 239, 233),
    )
    p.clause(
        "1. Wage increases.",
        "If the prevailing wage or any federal, state or local minimum "
        "wage rises above $15.87 during this agreement, the Club will pay the higher wage from "
        "its effective date.",
    )
    p.clause(
        "2. Deductions.",
        "The Club withholds only federal income tax, Social Security and "
        "Medicare taxes (FICA) and South Carolina income tax, as required by law. Any other "
        "deduction needs your voluntary written authorization and must be for your own "
        "benefit; none is a condition of employment.",
    )
    p.clause(
        "3. Pay statements.",
        "Each payday you receive a statement showing the hours offered, "
        "the hours worked, your rate of pay, gross wages, each deduction and net pay.",
    )
    p.clause(
        "4. Three-fourths guarantee.",
        "For each 12-week period of this agreement, the Club "
        "guarantees to offer you work for at least three-fourths of the workdays, counting 8 "
        "hours a day. If it offers less, it pays you what you would have earned.",
    )

    p.add_page()
    p.clause(
        "5. Travel to Bluffton.",
        "The Club provides or pays your transportation and daily "
        "subsistence from Kingston to Bluffton; if you paid them yourself, they are reimbursed "
        "in your first workweek.",
    )
    p.clause(
        "6. Return travel.",
        "If you finish the season, or the Club lets you go early for any "
        "reason other than cause, the Club pays your return transportation and daily "
        "subsistence to Kingston.",
    )
    p.clause(
        "7. Visa costs.",
        "The $205 visa fee and any other visa-related fee you paid are "
        "reimbursed in full in your first paycheck. Keep your receipts; if you have none, the "
        "Club reimburses the published fee.",
    )
    p.clause(
        "8. Housing and meals.",
        "Housing is not required by the H-2B program, but the Club "
        "provides a shared room in its staff house at 14 Heron Lane, Bluffton, at no charge. "
        "Coffee and a light breakfast are free in the maintenance barn each morning.",
    )
    p.clause(
        "9. Tools and uniforms.",
        "All tools, equipment, uniforms, rain gear and safety boots "
        "are provided free, without a deposit.",
    )
    p.clause(
        "10. Ending employment.",
        "You may resign at any time, with no penalty. If you are "
        "absent five consecutive workdays without notice, the Club will treat it as job "
        "abandonment and notify the Department of Labor and DHS in writing within two "
        "workdays. The Club may dismiss you only for cause, such as theft or a serious safety "
        "violation, after a written warning.",
    )
    p.clause(
        "11. Hurricanes and other disasters.",
        "If a hurricane, flood, fire or other act of God "
        "makes it impossible to continue the work, the Club may end this agreement with the "
        "approval of the Department of Labor; it will then pay the three-fourths guarantee up "
        "to that date and your return transportation.",
    )
    p.clause(
        "12. No fees.",
        "The Club recruited you directly and uses no recruiting agency. No one "
        "may charge you a fee to get or keep this job. You keep your passport and all your "
        "documents.",
    )
    p.ln(4)
    p.sigs(
        [
            ("For the Club", "Harriet Boone-Calder, General Manager", "January 12, 2026"),
            ("Worker", "Dwayne Oswald McKenzie", "Date:"),
        ]
    )
    lab = label(
        "bq05.pdf",
        prog,
        "en",
        2,
        [],
        [],
        [],
        [
            "'collects green fees and cart fees from golfers' is a job duty",
            "FICA and income tax are statutory deductions",
            "visa fee reimbursed in full in the first paycheck",
            "inbound travel paid or reimbursed in the first workweek",
            "free staff housing",
            "free coffee ('coffee' contains 'fee') and breakfast",
            "tools, uniforms and boots free, no deposit",
            "pay card at no charge",
            "no recruiting agency; nobody may charge a fee (negated recruitment fee)",
            "resign at any time with no penalty (negated breach penalty)",
        ],
        "work_contract",
        "letter; letterhead with colored rule; gridded terms table with shaded "
        "label column; numbered clauses; signature lines",
    )
    return p, lab


def bq06():
    prog = "h2b"
    p = Doc(
        "letter",
        "dvs",
        9.3,
        foot="Enlace Costero Servicios Migratorios, S.C.  \u00b7  Convenio ECSM-26-0087  \u00b7  Hoja {p} de {{nb}}",
        margins=(20, 15, 20),
    )
    p.add_page()
    p.heading("CONVENIO DE RECLUTAMIENTO \u2014 TEMPORADA DE JAIBA 2026", size=12.5, align="C")
    p.para(
        "Convenio que celebran Enlace Costero Servicios Migratorios, S.C., con domicilio en Blvd. "
        "Francisco I. Madero 1022 Pte., Culiac\u00e1n, Sinaloa, representada por la Lic. Yesenia "
        "Osuna Beltr\u00e1n (LA RECLUTADORA), y la Sra. Mar\u00eda Guadalupe Armenta F\u00e9lix, con "
        "domicilio en Navolato, Sinaloa (LA TRABAJADORA)."
    )
    p.heading("ANTECEDENTES", size=10.5)
    p.para(
        "Hoopers Creek Seafood, Inc., con domicilio en 3 Bayside Landing Road, Fishing Creek, "
        "Maryland 21634, Estados Unidos (LA EMPRESA), obtuvo certificaci\u00f3n H-2B para 40 "
        "despicadoras de jaiba y encarg\u00f3 a LA RECLUTADORA su selecci\u00f3n en Sinaloa."
    )
    p.heading("CONDICIONES DE TRABAJO", size=10.5)
    p.kv(
        [
            [
                "Puesto",
                "Despicadora de jaiba (procesamiento de mariscos): sacar a mano, con cuchillo, la "
                "carne de jaiba cocida, separarla por tipo y empacarla en contenedores de una libra.",
            ],
            ["Lugar", "Planta de LA EMPRESA, 3 Bayside Landing Road, Fishing Creek, Maryland."],
            ["Periodo", "Del 1 de abril al 15 de noviembre de 2026."],
            [
                "Horario",
                "35 horas semanales como m\u00ednimo, de lunes a s\u00e1bado, normalmente de 5:00 a 12:00 horas.",
            ],
            [
                "Salario",
                "$17.09 d\u00f3lares por hora, o $4.50 por libra de carne si resulta mayor.",
            ],
            ["Tiempo extra", "Despu\u00e9s de 40 horas por semana, $25.64 por hora."],
            ["Pago", "Semanal, cada viernes, con cheque."],
            [
                "Requisitos",
                "Una temporada de experiencia en despique de jaiba o en procesamiento de pescado.",
            ],
        ],
        widths=(0.2, 0.8),
        fill=(225, 236, 244),
        label_fill=(225, 236, 244),
    )
    p.heading("CL\u00c1USULAS", size=10.5)
    p.clause(
        "PRIMERA.",
        "LA RECLUTADORA integrar\u00e1 el expediente, gestionar\u00e1 la cita "
        "consular en Monterrey y coordinar\u00e1 el viaje de LA TRABAJADORA.",
    )
    p.clause(
        "SEGUNDA. Cuotas.",
        "LA RECLUTADORA no cobra cuota de reclutamiento a LA TRABAJADORA. "
        "Los gastos de gesti\u00f3n que corresponden a LA TRABAJADORA se detallan en el Anexo 2, "
        "que forma parte de este convenio.",
    )
    p.clause(
        "TERCERA. Viaje y visa.",
        "LA EMPRESA paga el autob\u00fas de Culiac\u00e1n a Monterrey "
        "y de Monterrey a Fishing Creek, y el regreso a Culiac\u00e1n al terminar la temporada. "
        "La cuota de la visa se reembolsa completa en el primer cheque.",
    )

    p.add_page()
    q_house = (
        "La vivienda en la casa de LA EMPRESA tiene un costo de $60 d\u00f3lares por semana, "
        "que se descontar\u00e1n del cheque."
    )
    p.clause("CUARTA. Vivienda.", q_house)
    p.clause(
        "QUINTA. Descuentos.",
        "Del cheque se descontar\u00e1n los impuestos federales y "
        "estatales, el Seguro Social y Medicare que marca la ley, y la renta de la vivienda.",
    )
    p.clause(
        "SEXTA. Herramientas.",
        "LA EMPRESA entrega sin costo cuchillos, mandiles, guantes de malla y cofias.",
    )
    p.clause("S\u00c9PTIMA. Documentos.", "LA TRABAJADORA conserva su pasaporte y su visa.")
    p.clause(
        "OCTAVA. Terminaci\u00f3n.",
        "Si LA TRABAJADORA deja de presentarse cinco d\u00edas "
        "seguidos sin avisar, o es despedida por causa justificada, LA EMPRESA avisar\u00e1 al "
        "Departamento de Trabajo y no pagar\u00e1 el regreso.",
    )
    p.clause(
        "NOVENA. Falta de jaiba o desastre.",
        "Si un hurac\u00e1n, una marea roja o la falta de "
        "jaiba hacen imposible continuar el trabajo, LA EMPRESA podr\u00e1 terminar el contrato "
        "con autorizaci\u00f3n del Departamento de Trabajo y pagar\u00e1 el regreso.",
    )
    p.clause("D\u00c9CIMA.", "Las partes firman en Culiac\u00e1n, Sinaloa, el 16 de enero de 2026.")
    p.ln(12)
    p.sigs(
        [
            ("LA RECLUTADORA", "Lic. Yesenia Osuna Beltr\u00e1n"),
            ("LA TRABAJADORA", "Mar\u00eda Guadalupe Armenta F\u00e9lix"),
        ],
        fingerprint=True,
        above=24,
    )

    p.add_page()
    p.heading(
        "ANEXO 2 \u2014 GASTOS DE GESTI\u00d3N A CARGO DE LA TRABAJADORA",
        size=11.5,
        fill=(225, 236, 244),
    )
    q_rec = (
        "LA TRABAJADORA aportar\u00e1 $6,500 MXN por la apertura y gesti\u00f3n de su expediente "
        "ante LA EMPRESA, pagaderos al firmar este convenio."
    )
    q_train = (
        "El curso obligatorio de despique y manejo de cuchillo, de dos d\u00edas en "
        "Culiac\u00e1n, tiene un costo de 1 200 pesos a cargo de LA TRABAJADORA."
    )
    q_bond = (
        "LA TRABAJADORA firmar\u00e1 un pagar\u00e9 por $10,000.00 M.N. como fianza de "
        "permanencia, que se le devolver\u00e1 al terminar la temporada."
    )
    q_pen = (
        "Si LA TRABAJADORA abandona el trabajo antes del 15 de noviembre, LA RECLUTADORA "
        "har\u00e1 efectivo el pagar\u00e9 de $10,000.00 como pena convencional."
    )
    for i, t in enumerate([q_rec, q_train, q_bond, q_pen], 1):
        p.clause(f"{i}.", t)
    p.ln(2)
    p.kv(
        [
            ["Gesti\u00f3n de expediente", "$6,500", "Al firmar"],
            ["Curso de inducci\u00f3n", "$1,200", "Antes de la cita consular"],
            ["Total en efectivo", "$7,700 MXN", ""],
            ["Pagar\u00e9 (fianza)", "$10,000", "Se firma en blanco de fecha"],
        ],
        widths=(0.4, 0.22, 0.38),
        header=["Concepto", "Importe", "Forma de pago"],
        fill=(225, 236, 244),
    )
    p.para("Le\u00eddo y aceptado por LA TRABAJADORA.", style="I")
    p.ln(4)
    p.sigs([("Iniciales de LA TRABAJADORA", "M.G.A.F.")], above=10)
    fees = [
        fee("housing_charge", prog, 2, q_house, 60, "USD"),
        fee("recruitment_fee", prog, 3, q_rec, 6500, "MXN"),
        fee("training_cost", prog, 3, q_train, 1200, "MXN"),
        fee("deposit_or_bond", prog, 3, q_bond, 10000, "MXN"),
        fee("breach_penalty", prog, 3, q_pen, 10000, "MXN"),
    ]
    lab = label(
        "bq06.pdf",
        prog,
        "es",
        3,
        fees,
        ["wage_adjustment", "three_fourths_guarantee", "earnings_statements"],
        ["Enlace Costero Servicios Migratorios, S.C."],
        [
            "'no cobra cuota de reclutamiento' is a negation (the charges are in Anexo 2 "
            "as 'gastos de gesti\u00f3n')",
            "bus both ways paid by employer",
            "visa fee reimbursed in the first check",
            "Social Security, Medicare and income tax are statutory deductions",
            "knives, aprons, mesh gloves and hairnets free",
            "worker keeps passport and visa (negated retention)",
        ],
        "recruiter_agreement",
        "letter; serif; gridded job-terms table with shaded labels; ordinal clauses; "
        "fingerprint boxes; Anexo 2 with numbered costs and a totals table",
    )
    return p, lab


def bq07():
    prog = "h2b"
    forest = (46, 72, 40)
    p = Doc(
        "letter",
        "dvc",
        9.4,
        foot="Umpqua Ridge Reforestation, Inc.  \u00b7  H-2B Job Order 2026  \u00b7  {p}/{{nb}}",
    )
    p.add_page()
    p.band(
        "UMPQUA RIDGE REFORESTATION, INC.",
        "H-2B Job Order and Terms of Employment \u2014 Planting Season 2026\n"
        "ETA case H-400-25301-559120",
        forest,
        tsize=15,
    )
    p.para(
        "Employer: Umpqua Ridge Reforestation, Inc., 1745 Garden Valley Blvd, Roseburg, OR 97471  "
        "\u00b7  Telephone (541) 555-0162",
        style="B",
    )
    p.set_fill_color(236, 242, 233)
    p.heading("AT A GLANCE", size=10, color=forest)
    p.bullets(
        [
            "Position: Forest and Conservation Worker (SOC 45-4011), 60 openings",
            "Season: January 12, 2026 through June 12, 2026",
            "Rate: $22.34 per hour; overtime $33.51 per hour after 40 hours",
            "Paydays: every other Friday",
            "Recruiting in Mexico through Agencia Laboral Pinos Altos, S.A. de C.V.",
        ]
    )
    p.clause(
        "1. Duties.",
        "Hand-planting conifer seedlings with hoedads and planting shovels on "
        "steep ground; carrying loaded planting bags of up to 40 lbs; precommercial thinning "
        "with brush saws; piling slash; walking up to 5 miles a day in rain and snow.",
    )
    p.clause(
        "2. Worksites.",
        "Federal, state and private timberland in Douglas, Lane and Coos "
        "Counties, Oregon. Crews report daily to the Roseburg yard at 1745 Garden Valley Blvd "
        "and are driven to each unit in company crew trucks at no cost.",
    )
    p.clause(
        "3. Hours.",
        "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., "
        "including paid travel time from the yard; lost days may be made up on Saturdays at "
        "the worker's option.",
    )
    p.clause(
        "4. Wages.",
        "$22.34 per hour for all hours worked. If a higher prevailing wage or "
        "minimum wage takes effect during the season, the company pays the higher rate from "
        "that date. Overtime is paid at $33.51 per hour (one and one-half times the rate) for "
        "hours over 40 in a workweek.",
    )
    p.clause(
        "5. Pay and statements.",
        "Wages are paid every other Friday. Each pay statement shows "
        "hours offered, hours worked, rate, gross pay, every deduction and net pay.",
    )
    p.clause(
        "6. Deductions.",
        "Federal and Oregon income tax, Social Security and Medicare, and "
        "the Oregon statewide transit tax are withheld as required by law. Other deductions "
        "are listed in section 9.",
    )
    p.clause(
        "7. Three-fourths guarantee.",
        "For each 12-week period, the company guarantees an "
        "offer of work for at least three-fourths of the workdays; if less is offered, the "
        "company pays the difference.",
    )
    p.clause(
        "8. Requirements.",
        "Three months of experience planting trees or in forestry work. "
        "Must be 18 or older and able to work on slopes of up to 60 percent.",
    )

    p.add_page()
    q_eq = (
        "a $210.00 equipment deposit is taken from the first three paychecks ($70.00 each) and "
        "refunded at the end of the season when the items are returned."
    )
    p.clause(
        "9. Tools and gear.",
        "Each planter is issued a hoedad, a planting bag and caulk boots; "
        + q_eq
        + " Hard hats, gloves, rain gear and safety glasses are free.",
    )
    p.clause(
        "10. Travel and visas.",
        "The company pays the bus from Morelia to Monterrey and from "
        "Monterrey to Roseburg, plus meals on the way, or reimburses it in the first workweek. "
        "Visa and border-crossing fees are reimbursed in the first workweek. Return travel to "
        "Morelia is paid for workers who finish the season or are laid off early.",
    )
    q_pen = (
        "A worker who leaves before June 12, 2026 must repay the company the visa fee and "
        "inbound bus fare that were reimbursed to him, which will be deducted from his final pay."
    )
    p.clause("11. Leaving early.", q_pen)
    q_hold = (
        "The final two weeks' wages of each worker are held until the last day of the season "
        "and paid together with the season-completion check."
    )
    p.clause("12. Season-completion pay.", q_hold)
    p.clause(
        "13. Termination.",
        "A worker absent five consecutive workdays without notice is "
        "considered to have abandoned the job and will be reported to DOL and DHS. A worker "
        "may be dismissed for cause, including unsafe use of tools or fighting.",
    )
    p.clause(
        "14. Recruitment and rights.",
        "Recruiting is handled by Agencia Laboral Pinos Altos, "
        "S.A. de C.V., Morelia, Michoac\u00e1n, which is paid entirely by the company. Nothing "
        "is charged for being hired or for a place on the crew list. Workers keep their own "
        "passports. Chainsaw and first-aid training is given on paid time at no cost.",
    )
    p.ln(4)
    p.sigs([("Issued by", "Travis Ekwall, President", "January 5, 2026")])
    fees = [
        fee("equipment_charge", prog, 2, q_eq, 210, "USD"),
        fee("breach_penalty", prog, 2, q_pen),
        fee("wage_withholding", prog, 2, q_hold),
    ]
    lab = label(
        "bq07.pdf",
        prog,
        "en",
        2,
        fees,
        ["contract_impossibility"],
        ["Agencia Laboral Pinos Altos, S.A. de C.V."],
        [
            "income tax, FICA and Oregon transit tax are statutory deductions",
            "visa and border fees reimbursed in the first workweek",
            "inbound bus paid or reimbursed; return paid",
            "free crew trucks",
            "hard hats, gloves, rain gear free",
            "agency paid by the company; nothing charged for hiring (negated recruitment fee)",
            "workers keep passports (negated retention)",
            "chainsaw and first-aid training on paid time (not a training charge)",
        ],
        "job_order",
        "letter; condensed font; header band; 'at a glance' bullets; numbered sections",
    )
    return p, lab


def bq08():
    prog = "h2b"
    blue = (22, 70, 122)
    p = Doc(
        "letter",
        "ls",
        9.3,
        foot="Elkhorn Pass Resort, LLC  \u00b7  Offer / Oferta H-2B  \u00b7  {p}/{{nb}}",
        margins=(20, 14, 20),
    )
    p.add_page()
    p.letterhead(
        "ELKHORN PASS RESORT, LLC",
        ["4400 Elkhorn Pass Road, Granby, Colorado 80446  \u00b7  (970) 555-0175"],
        blue,
    )
    p.heading("Offer of Employment / Oferta de empleo \u2014 H-2B", size=12.5, color=blue)
    p.para("Date / Fecha: August 3, 2026 / 3 de agosto de 2026", size=8.8)
    p.para(
        "Worker / Trabajadora: Yenny Roc\u00edo Huam\u00e1n Quispe, Cusco, Peru / Per\u00fa",
        style="B",
        size=8.8,
    )
    items = [
        (
            "1. Employer / Empleador",
            "Elkhorn Pass Resort, LLC, 4400 Elkhorn Pass Road, Granby, Colorado 80446.",
            "Elkhorn Pass Resort, LLC, 4400 Elkhorn Pass Road, Granby, Colorado 80446.",
        ),
        (
            "2. Job / Puesto",
            "Housekeeper (SOC 37-2012): cleaning guest rooms and condominiums, making beds, restocking "
            "supplies, cleaning the lobbies and the spa.",
            "Camarista (SOC 37-2012): limpieza de habitaciones y condominios de hu\u00e9spedes, tender "
            "camas, reponer insumos, limpiar los vest\u00edbulos y el spa.",
        ),
        (
            "3. Place / Lugar",
            "Elkhorn Pass Resort lodge and condominiums, Granby, Colorado.",
            "Hotel y condominios de Elkhorn Pass Resort, Granby, Colorado.",
        ),
        (
            "4. Dates / Fechas",
            "November 16, 2026 to April 15, 2027.",
            "Del 16 de noviembre de 2026 al 15 de abril de 2027.",
        ),
        (
            "5. Hours / Horario",
            "40 hours per week, five days, 8:00 a.m. to 4:30 p.m. with a 30-minute unpaid lunch; days "
            "off rotate.",
            "40 horas por semana, cinco d\u00edas, de 8:00 a 16:30 con 30 minutos de almuerzo no "
            "pagado; los d\u00edas de descanso rotan.",
        ),
        (
            "6. Pay / Salario",
            "$18.29 per hour; overtime at $27.44 per hour after 40 hours in a week. If a higher "
            "prevailing or minimum wage applies during the season, we pay the higher wage.",
            "$18.29 por hora; horas extra a $27.44 por hora despu\u00e9s de 40 horas en la semana. Si "
            "durante la temporada rige un salario prevaleciente o m\u00ednimo m\u00e1s alto, pagamos el "
            "m\u00e1s alto.",
        ),
        (
            "7. Payday / D\u00eda de pago",
            "Every two weeks, on Friday, by direct deposit. Each pay stub shows hours offered and "
            "worked, rates, gross pay, each deduction and net pay.",
            "Cada dos semanas, el viernes, por dep\u00f3sito directo. Cada talón muestra las horas "
            "ofrecidas y trabajadas, las tarifas, el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "8. Deductions / Descuentos",
            "Only federal and Colorado income tax, Social Security and Medicare, and the employee share "
            "of the Colorado FAMLI paid-leave premium, all required by law. Nothing else is deducted "
            "without your written, voluntary consent.",
            "Solo el impuesto federal y de Colorado sobre la renta, el Seguro Social y Medicare, y la "
            "parte del empleado de la prima FAMLI de Colorado (licencia pagada), todos exigidos por la "
            "ley. Nada m\u00e1s se descuenta sin su consentimiento voluntario y por escrito.",
        ),
        (
            "9. Guarantee / Garant\u00eda",
            "For each 12-week period we guarantee you an offer of work for at least three-fourths of the "
            "workdays; if we offer less, we pay the difference.",
            "Por cada periodo de 12 semanas le garantizamos una oferta de trabajo de por lo menos tres "
            "cuartas partes de los d\u00edas laborables; si ofrecemos menos, pagamos la diferencia.",
        ),
        (
            "10. Travel / Viaje",
            "We pay your flight from Lima to Denver, the shuttle to Granby and meals on the way, or "
            "reimburse them in your first workweek. If you finish the season or we end your job early "
            "without cause, we pay your return flight to Lima.",
            "Pagamos su vuelo de Lima a Denver, el traslado a Granby y las comidas del camino, o se los "
            "reembolsamos en su primera semana. Si termina la temporada o terminamos su empleo antes "
            "sin causa, pagamos su vuelo de regreso a Lima.",
        ),
        (
            "11. Visa / Visa",
            "We reimburse your visa fee of USD 205 and any visa-related fee in your first paycheck.",
            "Le reembolsamos la tarifa de la visa de USD 205 y cualquier otro cargo de la visa en su "
            "primer cheque.",
        ),
        (
            "12. Housing and meals / Vivienda y comidas",
            "A bed in the staff dormitory is provided free of charge, and you receive one free staff "
            "meal per shift.",
            "Se le da una cama en el dormitorio del personal sin costo, y una comida gratuita por turno.",
        ),
        (
            "13. Uniforms and supplies / Uniformes e insumos",
            "Uniforms, non-slip shoes, gloves and all cleaning supplies are free; no deposit is required.",
            "Los uniformes, zapatos antiderrapantes, guantes y todos los productos de limpieza son "
            "gratis; no se pide dep\u00f3sito.",
        ),
        (
            "14. Requirements / Requisitos",
            "Six months of housekeeping experience in a hotel or hospital. No English test.",
            "Seis meses de experiencia en limpieza de hotel u hospital. Sin examen de ingl\u00e9s.",
        ),
        (
            "15. Ending the job / Terminaci\u00f3n",
            "You may resign at any time without any penalty. If you miss five consecutive workdays "
            "without notice, we treat it as abandonment and notify the Department of Labor and DHS. We "
            "dismiss for cause only after a written warning, except for theft or violence.",
            "Puede renunciar en cualquier momento sin ninguna penalidad. Si falta cinco d\u00edas "
            "laborables seguidos sin avisar, lo tratamos como abandono y avisamos al Departamento de "
            "Trabajo y a DHS. Solo despedimos por causa despu\u00e9s de una advertencia escrita, salvo "
            "por robo o violencia.",
        ),
        (
            "16. Disasters / Desastres",
            "If a wildfire, avalanche, lack of snow or another act of God forces the resort to close, "
            "we may end the contract with Department of Labor approval; we will pay the three-fourths "
            "guarantee to that date and your flight home.",
            "Si un incendio forestal, una avalancha, la falta de nieve u otra causa de fuerza mayor "
            "obliga a cerrar el resort, podemos terminar el contrato con aprobaci\u00f3n del "
            "Departamento de Trabajo; pagaremos la garant\u00eda de tres cuartas partes hasta esa fecha "
            "y su vuelo de regreso.",
        ),
        (
            "17. Recruitment / Reclutamiento",
            "We recruit in Peru through Conexi\u00f3n Laboral Andina S.A.C., Lima, and we pay all of its "
            "fees. Neither we nor the agency may charge you anything for this job; you keep your "
            "passport at all times.",
            "Reclutamos en Per\u00fa por medio de Conexi\u00f3n Laboral Andina S.A.C., Lima, y pagamos "
            "todos sus honorarios. Ni nosotros ni la agencia podemos cobrarle nada por este empleo; "
            "usted conserva su pasaporte en todo momento.",
        ),
    ]
    for i, (title, en, es) in enumerate(items):
        if i == 9:
            p.add_page()
        p.para(title, style="B", size=9, gap=0.3, color=blue)
        p.para(en, size=8.8, gap=0.2, indent=3)
        p.para(es, size=8.5, style="I", gap=1.6, indent=3, color=(70, 70, 70))
    p.ln(2)
    p.sigs(
        [
            (
                "For the resort / Por el resort",
                "Kristin Halvorsen-Baca",
                "Director of Human Resources / Directora de RR. HH.",
            ),
            ("Accepted / Acepto", "Yenny Roc\u00edo Huam\u00e1n Quispe", "Date / Fecha:"),
        ]
    )
    lab = label(
        "bq08.pdf",
        prog,
        "en+es",
        2,
        [],
        [],
        ["Conexi\u00f3n Laboral Andina S.A.C."],
        [
            "FICA, income tax and Colorado FAMLI premium are statutory payroll deductions (not insurance_cost)",
            "visa fee USD 205 reimbursed in the first paycheck",
            "flight, shuttle and meals on the way paid or reimbursed",
            "free staff dormitory and free staff meal",
            "uniforms, shoes and supplies free, no deposit",
            "agency fees paid by employer; nobody may charge the worker (negated recruitment fee)",
            "resign at any time without penalty (negated breach penalty)",
            "worker keeps passport (negated retention)",
        ],
        "offer_letter",
        "letter; letterhead with colored rule; interlinear bilingual: each clause in "
        "English followed by Spanish in gray italics; signature lines",
    )
    return p, lab


def bq09():
    prog = "generic"
    p = Doc(
        "A4",
        "dvs",
        9.2,
        foot="Fundy Tide Seafoods Ltd.  \u00b7  Employment contract LMIA 11472953  \u00b7  Page {p} of {{nb}}",
        margins=(20, 15, 20),
    )
    p.add_page()
    p.heading("EMPLOYMENT CONTRACT \u2014 TEMPORARY FOREIGN WORKER", size=13, align="C")
    p.para(
        "Temporary Foreign Worker Program, low-wage stream  \u00b7  LMIA No. 11472953",
        align="C",
        style="I",
        size=8.8,
    )
    p.kv(
        [
            [
                "Employer",
                "Fundy Tide Seafoods Ltd., 41 Wharf Road, St. George, New Brunswick E5C 3N3, Canada",
            ],
            [
                "Worker",
                "Rowena Castillo Dimaculangan, born 14 May 1994, of Lipa City, Batangas, "
                "Philippines; passport P4418207B",
            ],
            [
                "Licensed agency",
                "Pacific Harbor Manpower Services Inc., Ermita, Manila "
                "(DMW licence DMW-118-LB-03142026)",
            ],
        ],
        widths=(0.22, 0.78),
        label_fill=(236, 236, 236),
    )
    p.clause(
        "1. Position.",
        "The Worker is employed as a Fish Plant Worker (NOC 95107). Duties: "
        "gutting, trimming and filleting salmon and herring by hand and by machine; weighing, "
        "packing and labelling product; cleaning and sanitizing the processing line at the end "
        "of each shift.",
    )
    p.clause(
        "2. Place of work.",
        "The Employer's processing plant at 41 Wharf Road, St. George, New Brunswick.",
    )
    p.clause(
        "3. Term.",
        "Twenty-four (24) months, from 2 March 2026 to 1 March 2028. The Worker "
        "may change employers by obtaining a new work permit; no fee or penalty is charged if "
        "the Worker leaves.",
    )
    p.clause(
        "4. Hours.",
        "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a "
        "30-minute unpaid meal break. Hours over 44 per week are paid at one and one-half times "
        "the regular wage, as required by the New Brunswick Employment Standards Act.",
    )
    p.clause(
        "5. Wages.",
        "CAD 18.50 per hour, the prevailing wage stated in the LMIA, reviewed every year.",
    )
    p.clause(
        "6. Pay.",
        "Every second Thursday by direct deposit to a Canadian bank account, which "
        "the Employer helps the Worker open at no cost.",
    )
    p.clause(
        "7. Deductions.",
        "The Employer deducts only income tax, Canada Pension Plan "
        "contributions and Employment Insurance premiums required by federal law, and any "
        "amount the Worker authorizes in writing. The Employer does not deduct or recover any "
        "recruitment cost, airfare, work permit fee or medical cost.",
    )

    p.add_page()
    p.clause(
        "8. Recruitment and immigration costs.",
        "The Employer pays the LMIA processing fee, "
        "the Worker's work permit and biometrics fees, the immigration medical examination by a "
        "panel physician and the service fee of Pacific Harbor Manpower Services Inc. The "
        "Worker pays no placement fee. If the Worker has already paid any of these costs, the "
        "Employer refunds them in full with the first pay.",
    )
    p.clause(
        "9. Airfare.",
        "The Employer pays the Worker's economy airfare from Manila to Saint "
        "John, New Brunswick, at the start of the contract, and from Saint John to Manila at "
        "the end of the contract or if the contract ends early for any reason.",
    )
    p.clause(
        "10. Health and safety.",
        "The Employer provides private health insurance at its own "
        "cost until the Worker is covered by New Brunswick Medicare, and registers the Worker "
        "with WorkSafeNB. Knives, boots, aprons and all protective gear are supplied free of "
        "charge.",
    )
    p.clause(
        "11. Housing.",
        "The Employer provides a furnished room in a shared house at 7 "
        "Brunswick Street, St. George, free of charge for the whole contract, including heat, "
        "electricity and internet.",
    )
    p.clause(
        "12. Ending the contract.",
        "The Worker may resign by giving two weeks' written notice, "
        "with no fee, penalty or deduction. The Employer may end the contract for just cause, "
        "or by giving the written notice or pay in lieu required by the Employment Standards "
        "Act. In all cases the Employer pays the return flight.",
    )
    p.clause(
        "13. Documents.",
        "The Worker keeps the Worker's own passport, work permit and identity "
        "documents. The Employer may not hold them, even for safekeeping.",
    )
    p.clause(
        "14. Complaints.",
        "The Worker may contact Employment and Social Development Canada or "
        "the Philippine Department of Migrant Workers at any time, without any consequence for "
        "the job.",
    )
    p.ln(4)
    p.sigs(
        [
            ("For the Employer", "Brendan Th\u00e9riault, Plant Manager", "Date: 19 January 2026"),
            ("The Worker", "Rowena Castillo Dimaculangan", "Date:"),
        ]
    )
    p.sigs([("Witness (agency)", "Pacific Harbor Manpower Services Inc.", "Name:")], above=12)
    lab = label(
        "bq09.pdf",
        prog,
        "en",
        2,
        [],
        [],
        ["Pacific Harbor Manpower Services Inc."],
        [
            "CPP contributions and Employment Insurance premiums are statutory payroll deductions (not insurance_cost)",
            "private health insurance paid by employer",
            "employer refunds in full any cost the worker already paid",
            "LMIA, work permit, biometrics, medical and agency fee paid by employer; no placement fee (negated)",
            "airfare paid both ways",
            "free housing with utilities",
            "knives, boots and protective gear free",
            "resign with two weeks' notice and no fee or penalty (negated breach penalty)",
            "no fee or penalty for changing employers (negated movement restriction)",
            "worker keeps passport (negated retention)",
        ],
        "work_contract",
        "A4; serif; centered title; parties table; numbered clauses; signature lines with witness",
    )
    return p, lab


def bq10():
    prog = "generic"
    p = Doc(
        "A4",
        "ls",
        9.6,
        foot="Agr\u00edcola Marismas del Odiel, S.L.  \u00b7  Contrataci\u00f3n en origen 2026  \u00b7  P\u00e1gina {p} de {{nb}}",
        margins=(22, 16, 22),
    )
    p.add_page()
    p.heading("CONTRATO DE TRABAJO DE DURACI\u00d3N DETERMINADA", size=12.5, align="C")
    p.para(
        "Contrataci\u00f3n colectiva en origen \u2014 campa\u00f1a de frutos rojos 2026",
        align="C",
        style="I",
    )
    p.para("En Moguer (Huelva), a 12 de enero de 2026.", align="R", size=9)
    p.heading("REUNIDOS", size=10.5)
    p.kv(
        [
            [
                "Empresa",
                "Agr\u00edcola Marismas del Odiel, S.L., CIF B21774039, Camino de la Dehesa s/n, "
                "21800 Moguer (Huelva), Espa\u00f1a",
            ],
            [
                "Trabajadora",
                "Dilcia Marisol Zelaya Ord\u00f3\u00f1ez, pasaporte hondure\u00f1o F118204, "
                "vecina de Choluteca, Honduras",
            ],
            [
                "Entidad en origen",
                "Puentes Laborales Atl\u00e1ntico, S. de R.L., San Pedro Sula, Honduras",
            ],
        ],
        widths=(0.24, 0.76),
        label_fill=(244, 232, 232),
    )
    p.heading("EXPONEN", size=10.5)
    p.para(
        "I. Que la empresa ha obtenido autorizaci\u00f3n para la contrataci\u00f3n colectiva en "
        "origen de 120 trabajadoras para la campa\u00f1a de frutos rojos 2026."
    )
    q_rec = (
        "Que la trabajadora ha sido seleccionada en Honduras por Puentes Laborales Atl\u00e1ntico, "
        "S. de R.L., a la que abonar\u00e1 una aportaci\u00f3n de 9.000 lempiras en concepto de "
        "gastos de gesti\u00f3n y selecci\u00f3n."
    )
    p.para("II. " + q_rec)
    p.heading("CL\u00c1USULAS", size=10.5)
    p.clause(
        "PRIMERA. Objeto.",
        "La trabajadora prestar\u00e1 servicios como peona agr\u00edcola de "
        "temporada: recolecci\u00f3n de fresa y ar\u00e1ndano, limpieza de plantas y carga de "
        "cajas en los carros de campo.",
    )
    p.clause(
        "SEGUNDA. Lugar.",
        "Fincas de la empresa en los t\u00e9rminos municipales de Moguer y "
        "Lucena del Puerto (Huelva).",
    )
    p.clause(
        "TERCERA. Duraci\u00f3n.", "Del 15 de febrero al 15 de junio de 2026, ambos inclusive."
    )
    p.clause(
        "CUARTA. Jornada.",
        "La jornada ser\u00e1 la que la empresa determine en cada momento "
        "seg\u00fan las necesidades de la campa\u00f1a.",
    )
    p.clause(
        "QUINTA. Salario.",
        "61,24 euros brutos por d\u00eda efectivamente trabajado, seg\u00fan "
        "el convenio colectivo del campo de la provincia de Huelva, con la parte proporcional "
        "de pagas extraordinarias y vacaciones incluida.",
    )
    p.clause(
        "SEXTA. Pago.",
        "Mensual, por transferencia bancaria, dentro de los cinco primeros "
        "d\u00edas del mes siguiente.",
    )
    p.clause(
        "S\u00c9PTIMA. Descuentos.",
        "De la n\u00f3mina se descontar\u00e1n la cotizaci\u00f3n "
        "de la trabajadora a la Seguridad Social y la retenci\u00f3n del IRPF que marca la ley, "
        "y los conceptos de las cl\u00e1usulas octava y novena.",
    )
    q_travel = (
        "El billete de avi\u00f3n de ida Tegucigalpa\u2013Madrid y el autob\u00fas hasta Huelva, "
        "unos 780 euros, los adelanta la empresa y se descuentan de las tres primeras "
        "n\u00f3minas."
    )
    p.clause(
        "OCTAVA. Viaje.",
        q_travel + " El viaje de regreso a Honduras al terminar la "
        "campa\u00f1a lo paga la empresa.",
    )

    p.add_page()
    q_ins = (
        "Seguro privado de asistencia en viaje: 85 \u20ac por campa\u00f1a, a cargo de la "
        "trabajadora, que se descuentan de la primera n\u00f3mina."
    )
    p.clause("NOVENA. Seguro de viaje.", q_ins)
    p.clause(
        "D\u00c9CIMA. Alojamiento.",
        "La empresa facilita alojamiento gratuito en la finca Los "
        "Cabezudos, con agua, luz y cocina, durante toda la campa\u00f1a.",
    )
    q_ret = (
        "Para su seguridad, la empresa custodiar\u00e1 los pasaportes de las trabajadoras en la "
        "oficina de la finca durante toda la campa\u00f1a."
    )
    p.clause("UND\u00c9CIMA. Documentaci\u00f3n.", q_ret)
    p.clause(
        "DUOD\u00c9CIMA. Visado.",
        "La empresa tramita y paga el visado y la autorizaci\u00f3n de "
        "residencia y trabajo de temporada; la trabajadora no paga tasa alguna.",
    )
    p.clause(
        "DECIMOTERCERA. Equipos.",
        "La empresa entrega gratis guantes, botas de agua y ropa de trabajo.",
    )
    p.clause(
        "DECIMOCUARTA. Extinci\u00f3n.",
        "El contrato se extingue al terminar la campa\u00f1a. "
        "La empresa podr\u00e1 despedir a la trabajadora por las causas del art\u00edculo 54 del "
        "Estatuto de los Trabajadores; la trabajadora podr\u00e1 dimitir avisando con quince "
        "d\u00edas de antelaci\u00f3n.",
    )
    p.clause(
        "DECIMOQUINTA. Retorno.",
        "La trabajadora se compromete a regresar a Honduras al "
        "terminar la campa\u00f1a y a presentarse en la Embajada de Espa\u00f1a en Tegucigalpa "
        "en el plazo de un mes.",
    )
    p.para("Y en prueba de conformidad, firman el presente contrato por duplicado.")
    p.ln(6)
    p.sigs(
        [
            ("Por la empresa", "Francisco Javier Lim\u00f3n Garrido, administrador"),
            ("La trabajadora", "Dilcia Marisol Zelaya Ord\u00f3\u00f1ez"),
        ]
    )
    fees = [
        fee("recruitment_fee", prog, 1, q_rec, 9000, "HNL"),
        fee("travel_cost", prog, 1, q_travel, 780, "EUR"),
        fee("insurance_cost", prog, 2, q_ins, 85, "EUR"),
        fee("document_retention", prog, 2, q_ret),
    ]
    lab = label(
        "bq10.pdf",
        prog,
        "es",
        2,
        fees,
        ["hours_of_work"],
        ["Puentes Laborales Atl\u00e1ntico, S. de R.L."],
        [
            "Seguridad Social contribution and IRPF withholding are statutory deductions",
            "free housing with utilities",
            "return trip paid by employer",
            "visa and permit paid by employer (negated visa cost)",
            "gloves, boots and work clothes free",
            "commitment to return home is a programme condition, not a penalty",
            "'La jornada ser\u00e1 la que la empresa determine' has no concrete value (hours missing)",
        ],
        "work_contract",
        "A4; centered title; REUNIDOS parties table; EXPONEN recitals; ordinal clauses; "
        "signature lines",
    )
    return p, lab


def bq11():
    prog = "generic"
    teal = (0, 98, 105)
    p = Doc(
        "A4",
        "dv",
        8.9,
        foot="Al Reem Horizon Facility Services L.L.C.  \u00b7  Employment Agreement ARH/NP/2026/0311  \u00b7  Page {p} of {{nb}}",
        margins=(18, 15, 18),
    )
    p.add_page()
    p.heading("EMPLOYMENT AGREEMENT", size=14, align="C", color=teal)
    p.para(
        "between Al Reem Horizon Facility Services L.L.C. and the Worker named below",
        align="C",
        style="I",
    )
    p.para(
        "Recruited through: Himalayan Summit Overseas Pvt. Ltd., Kathmandu, Nepal (Licence No. "
        "1457/075/76)  \u00b7  Demand letter ARH/DL/2025/118",
        align="C",
        size=8.2,
    )
    p.kv(
        [
            [
                "Employer",
                "Al Reem Horizon Facility Services L.L.C., Office 1204, Musaffah M-26, Abu Dhabi, "
                "United Arab Emirates",
            ],
            ["Worker", "Bishnu Bahadur Thapa Magar, Passport No. PA0917726, Gorkha, Nepal"],
            ["Position", "Cleaner / Housekeeping Attendant"],
            [
                "Duties",
                "Cleaning offices, washrooms and common areas of client buildings; operating floor "
                "scrubbers; collecting and sorting waste",
            ],
            ["Work location", "Client sites in Abu Dhabi city and Musaffah Industrial Area"],
            ["Contract period", "Two years: 1 April 2026 to 31 March 2028"],
            [
                "Working hours",
                "8 hours per day, 6 days per week (48 hours); Friday is the weekly rest day",
            ],
            ["Basic salary", "AED 1,100 per month"],
            ["Food allowance", "AED 300 per month, paid with the salary"],
            [
                "Payment",
                "Monthly through the UAE Wage Protection System, no later than the 10th of the "
                "following month",
            ],
        ],
        widths=(0.24, 0.76),
        fill=(220, 238, 238),
        label_fill=(220, 238, 238),
    )
    p.clause(
        "1. Visa and ticket.",
        "The Employer bears the cost of the UAE employment visa, "
        "Emirates ID, labour card and the air ticket from Kathmandu to Abu Dhabi (free visa, "
        "free ticket).*",
    )
    p.clause(
        "2. Accommodation and transport.",
        "Shared accommodation in the Employer's labour camp "
        "in Musaffah and daily transport to and from the work sites are provided free.",
    )
    p.clause(
        "3. Overtime.",
        "Work beyond 8 hours a day is paid at the basic hourly wage plus 25 "
        "percent, as provided by UAE labour law.",
    )
    p.ln(2)
    p.rule(width=50)
    p.para(
        "* Costs payable by the Worker before departure are listed in Schedule 2.",
        size=7.5,
        color=(70, 70, 70),
    )

    p.add_page()
    p.clause(
        "4. Deductions.",
        "No deduction is made from the Worker's wages except amounts ordered by a UAE court.",
    )
    p.clause(
        "5. Health insurance.",
        "The Employer provides health insurance as required by Abu Dhabi law, at its own cost.",
    )
    p.clause("6. Annual leave.", "Thirty (30) days of paid leave for each year of service.")
    p.clause(
        "7. End-of-service gratuity.",
        "At the end of the contract the Worker receives an "
        "end-of-service gratuity of 21 days' basic salary for each year of service, as "
        "required by UAE law.",
    )
    p.clause(
        "8. Passport.",
        "The Worker keeps his passport. The Employer shall not retain it, even for safekeeping.",
    )
    q_mov = (
        "The Worker shall reside only in the company accommodation, shall return to the camp by "
        "10:00 p.m., and may not leave the Emirate of Abu Dhabi without the written permission "
        "of the camp boss."
    )
    p.clause("9. Camp rules.", q_mov)
    p.clause(
        "10. Termination.",
        "Either party may end this agreement with 30 days' written notice. "
        "The Employer may terminate without notice only for the reasons listed in the UAE "
        "Labour Law. On termination the Employer pays all dues and the return ticket to "
        "Kathmandu.",
    )
    p.clause(
        "11. Return ticket.",
        "At the end of the contract the Employer provides a one-way air "
        "ticket from Abu Dhabi to Kathmandu.",
    )
    p.clause(
        "12. Governing law.",
        "This agreement is governed by Federal Decree-Law No. 33 of 2021 "
        "and is registered with the Ministry of Human Resources and Emiratisation.",
    )
    p.ln(4)
    p.sigs(
        [
            ("For the Employer", "Faisal Al Hammadi, HR Manager"),
            ("The Worker", "Bishnu Bahadur Thapa Magar"),
        ]
    )
    p.sigs([("For the Agency", "Himalayan Summit Overseas Pvt. Ltd.")], above=12)

    p.add_page()
    p.heading("SCHEDULE 2 \u2014 PRE-DEPARTURE COSTS", size=11.5, color=teal)
    p.para(
        "Attached to the Employment Agreement ARH/NP/2026/0311. The following costs are payable "
        "in Nepal before the labour permit is issued:"
    )
    q_rec = (
        "Service charge payable by the Worker to the Agency: NPR 10,000 (ten thousand rupees), "
        "within the government ceiling."
    )
    q_med = (
        "Pre-departure medical examination at an approved medical centre in Kathmandu: NPR "
        "9,500, paid by the Worker."
    )
    q_ins = (
        "Contribution to the Foreign Employment Welfare Fund and the premium of the compulsory "
        "life insurance policy, NPR 4,200 in total, are borne by the Worker."
    )
    for tag, t in [
        ("(a)", q_rec),
        ("(b)", q_med),
        ("(c)", q_ins),
        ("(d)", "Pre-departure orientation: provided free by the Agency."),
        ("(e)", "Air ticket and employment visa: paid by the Employer (see clause 1)."),
    ]:
        p.clause(tag, t)
    p.ln(2)
    p.kv(
        [
            ["Received by the Agency (NPR)", "", "Receipt No."],
            ["Acknowledged by the Worker", "", "Date"],
        ],
        widths=(0.4, 0.35, 0.25),
        label_bold=True,
    )
    p.ln(4)
    p.sigs(
        [("Worker's signature", "Bishnu Bahadur Thapa Magar")],
        fingerprint=True,
        flabel="Thumbprint",
        above=24,
    )
    fees = [
        fee("movement_restriction", prog, 2, q_mov),
        fee("recruitment_fee", prog, 3, q_rec, 10000, "NPR"),
        fee("medical_cost", prog, 3, q_med, 9500, "NPR"),
        fee("insurance_cost", prog, 3, q_ins, 4200, "NPR"),
    ]
    lab = label(
        "bq11.pdf",
        prog,
        "en",
        3,
        fees,
        [],
        ["Himalayan Summit Overseas Pvt. Ltd."],
        [
            "'free visa, free ticket': employer pays visa, Emirates ID and air ticket",
            "free camp accommodation and daily transport",
            "employer-paid health insurance required by Abu Dhabi law",
            "end-of-service gratuity is lawful (not wage withholding)",
            "food allowance paid to the worker",
            "worker keeps passport (negated retention)",
            "free pre-departure orientation (negated training cost)",
            "only court-ordered deductions",
        ],
        "work_contract",
        "A4; centered title; gridded particulars table; numbered clauses; asterisk "
        "footnote pointing to Schedule 2; Schedule 2 of pre-departure costs with receipt "
        "grid and thumbprint box",
    )
    return p, lab


def bq12():
    prog = "generic"
    brown = (110, 62, 30)
    p = Doc(
        "letter",
        "lnr",
        10.5,
        foot="Contrataciones Agr\u00edcolas Sibinal  \u00b7  Hoja de enganche 2026-2027  \u00b7  {p}/{{nb}}",
        margins=(20, 15, 20),
    )
    p.add_page()
    p.letterhead(
        "CONTRATACIONES AGR\u00cdCOLAS SIBINAL",
        ["Oficina: 3a. calle 2-15, zona 1, Sibinal, San Marcos, Guatemala  \u00b7  Tel. 5512-0348"],
        brown,
        nsize=17,
    )
    p.heading(
        "HOJA DE ENGANCHE Y CONDICIONES \u2014 COSECHA DE CAF\u00c9 2026-2027", size=12, color=brown
    )
    p.kv(
        [
            [
                "Finca (empleador)",
                "Finca Santa Rosal\u00eda El Mirador, S.P.R. de R.L., carretera "
                "Tapachula\u2013Nueva Alemania km 28, Tapachula, Chiapas, M\u00e9xico",
            ],
            [
                "Trabajador",
                "Ferm\u00edn Bartolo Ram\u00edrez Ch\u00e1vez, aldea Las Barrancas, Sibinal, San Marcos",
            ],
            [
                "Trabajo",
                "Cortador de caf\u00e9: corte de cereza madura a mano, acarreo de costales al "
                "beneficio h\u00famedo y limpieza de surcos",
            ],
            ["Lugar", "Cafetales de la finca, municipio de Tapachula, Chiapas"],
            ["Periodo", "Del 15 de octubre de 2026 al 15 de enero de 2027"],
            ["Horario", "De lunes a s\u00e1bado, de 6:00 a 14:00 horas"],
            [
                "Pago por lata",
                "$62.00 pesos mexicanos por lata de caf\u00e9 cereza (unos 12 kilos), y nunca "
                "menos del salario m\u00ednimo del d\u00eda",
            ],
            ["Raya", "Cada s\u00e1bado, en efectivo, en la finca"],
        ],
        widths=(0.24, 0.76),
        fill=(240, 228, 214),
        label_fill=(240, 228, 214),
    )
    p.clause(
        "1. Documentos para entrar a M\u00e9xico.",
        "La finca tramita sin costo para el "
        "trabajador la Tarjeta de Visitante Trabajador Fronterizo ante el Instituto Nacional "
        "de Migraci\u00f3n.",
    )
    q_rec = (
        "Para apartar su lugar en la cuadrilla, cada trabajador entrega al contratista Q350.00 "
        "al momento de anotarse."
    )
    p.clause("2. Inscripci\u00f3n.", q_rec)
    p.clause(
        "3. Transporte.",
        "La finca manda el cami\u00f3n por la cuadrilla a Ciudad Hidalgo sin "
        "costo y, al terminar la cosecha, la regresa a Ciudad Hidalgo tambi\u00e9n sin costo.",
    )

    p.add_page()
    p.clause(
        "4. Vivienda.",
        "Los trabajadores duermen en la galera de la finca sin pagar renta, con "
        "agua, luz y sanitarios.",
    )
    q_meal = (
        "La comida en el comedor de la finca se cobra a 45 pesos diarios, que se descuentan de "
        "la raya."
    )
    p.clause("5. Comida.", q_meal)
    p.clause(
        "6. Descuentos.",
        "De la raya se descuentan la cuota obrera del IMSS que marca la ley y "
        "la comida de la cl\u00e1usula 5.",
    )
    q_hold = (
        "Cada s\u00e1bado el contratista retiene 100 pesos de la raya de cada trabajador y se los "
        "entrega al terminar la cosecha, para asegurar que nadie se vaya antes."
    )
    p.clause("7. Ahorro de la cuadrilla.", q_hold)
    p.clause(
        "8. Herramientas.",
        "La finca presta sin costo el canasto, el costal y la lona; no se pide dep\u00f3sito.",
    )
    p.clause(
        "9. Seguro.", "El trabajador queda inscrito en el IMSS desde el primer d\u00eda de trabajo."
    )
    p.para("Firmado en Sibinal, San Marcos, el 28 de septiembre de 2026.")
    p.ln(14)
    p.sigs(
        [
            ("Por Contrataciones Agr\u00edcolas Sibinal", "Firma y sello"),
            ("El trabajador", "Firma o huella"),
        ],
        fingerprint=True,
        above=24,
    )
    fees = [
        fee("recruitment_fee", prog, 1, q_rec, 350, "GTQ"),
        fee("meal_charge", prog, 2, q_meal, 45, "MXN"),
        fee("wage_withholding", prog, 2, q_hold, 100, "MXN"),
    ]
    lab = label(
        "bq12.pdf",
        prog,
        "es",
        2,
        fees,
        ["termination"],
        ["Contrataciones Agr\u00edcolas Sibinal"],
        [
            "border worker card (TVTF) processed at no cost",
            "truck to and from the border free",
            "free lodging in the galera",
            "IMSS worker quota is a statutory deduction",
            "basket, sack and tarp lent free, no deposit",
            "'caf\u00e9' is the crop, not a fee",
        ],
        "recruiter_agreement",
        "letter; narrow font; letterhead with colored rule; gridded terms table; numbered "
        "clauses; signature table with fingerprint boxes",
    )
    return p, lab


BUILDERS = [bq01, bq02, bq03, bq04, bq05, bq06, bq07, bq08, bq09, bq10, bq11, bq12]


# ---------------------------------------------------------------- self-check
def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return " ".join(s.split())


def amount_in_quote(amount, quote):
    q = re.sub(r"(?<=\d)[ ,.](?=\d{3}(?!\d))", "", quote)
    cands = {f"{amount:.2f}"}
    if float(amount).is_integer():
        cands.add(str(int(amount)))
    return any(c in q for c in cands)


def check(out, labels, scans):
    errs = []
    for lab in labels:
        fn = lab["file"]
        prog = lab["program"]
        path = os.path.join(out, fn)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errs.append(f"{fn}: {n} pages, label says {lab['pages']}")
            if not 1 <= n <= 4:
                errs.append(f"{fn}: {n} pages (must be 1-4)")
            texts = [norm(pg.extract_text()) for pg in pdf.pages]
            sp = scans.get(fn, set())
            if lab["scanned"] != bool(sp):
                errs.append(f"{fn}: scanned flag {lab['scanned']} but scanned pages {sorted(sp)}")
            for pno in sp:
                pg = pdf.pages[pno - 1]
                if pg.chars or texts[pno - 1]:
                    errs.append(f"{fn}: scanned page {pno} has a text layer")
                if not pg.images:
                    errs.append(f"{fn}: scanned page {pno} has no image")
            for pno, t in enumerate(texts, 1):
                if pno not in sp and len(t) < 200:
                    errs.append(f"{fn}: page {pno} has almost no text")
            for fe in lab["fees"]:
                if fe["category"] not in CATEGORIES:
                    errs.append(f"{fn}: unknown category {fe['category']}")
                if fe["severity"] != expected_severity(fe["category"], prog):
                    errs.append(f"{fn}: severity {fe['severity']} for {fe['category']}")
                if not 1 <= fe["page"] <= n:
                    errs.append(f"{fn}: fee page {fe['page']} out of range")
                    continue
                if fe["page"] in sp:
                    errs.append(f"{fn}: fee quote on scanned page {fe['page']}")
                if norm(fe["quote"]) not in texts[fe["page"] - 1]:
                    errs.append(f"{fn}: quote not on page {fe['page']}: {fe['quote'][:70]}")
                if (fe["amount"] is None) != (fe["currency"] is None):
                    errs.append(f"{fn}: amount/currency mismatch in {fe['category']}")
                if fe["amount"] is not None and not amount_in_quote(fe["amount"], fe["quote"]):
                    errs.append(f"{fn}: amount {fe['amount']} not in quote {fe['quote'][:60]}")
            bad = set(lab["missing_terms"]) - REQUIRED[prog]
            if bad:
                errs.append(f"{fn}: missing_terms not required for {prog}: {sorted(bad)}")
            if len(set(lab["missing_terms"])) != len(lab["missing_terms"]):
                errs.append(f"{fn}: duplicate missing_terms")
            alltext = " ".join(texts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errs.append(f"{fn}: recruiter not printed: {r}")
    return errs


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels, scans = [], {}
    for b in BUILDERS:
        pdf, lab = b()
        pdf.output(os.path.join(out, lab["file"]))
        labels.append(lab)
        scans[lab["file"]] = set(pdf.scan_pages)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errs = check(out, labels, scans)
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    nfees = sum(len(l["fees"]) for l in labels)
    print(f"ok: {len(labels)} documents, {nfees} labelled fees, written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
