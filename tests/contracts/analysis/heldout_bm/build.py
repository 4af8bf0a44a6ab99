#!/usr/bin/env python3
"""Held-out contract batch "bm": 12 recruitment documents whose costs sit in tables.

Usage:  python build.py OUT_DIR

Writes bm01.pdf ... bm12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks the labels against what was printed (page counts, fee quotes on
their pages, scanned pages without a text layer, recruiter names). Exits non-zero on any
mismatch. Output is deterministic: fixed creation date, fixed random seeds.
"""

import datetime as _dt
import io
import json
import os
import re
import sys

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = _dt.datetime(2026, 1, 20, 9, 30, 0, tzinfo=_dt.UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
NT = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "dv": (
        DJ + "DejaVuSans.ttf",
        DJ + "DejaVuSans-Bold.ttf",
        DJ + "DejaVuSans-Oblique.ttf",
        DJ + "DejaVuSans-BoldOblique.ttf",
    ),
    "dvs": (
        DJ + "DejaVuSerif.ttf",
        DJ + "DejaVuSerif-Bold.ttf",
        DJ + "DejaVuSerif-Italic.ttf",
        DJ + "DejaVuSerif-BoldItalic.ttf",
    ),
    "dvc": (
        DJ + "DejaVuSansCondensed.ttf",
        DJ + "DejaVuSansCondensed-Bold.ttf",
        DJ + "DejaVuSansCondensed-Oblique.ttf",
        DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "ls": (
        LB + "LiberationSans-Regular.ttf",
        LB + "LiberationSans-Bold.ttf",
        LB + "LiberationSans-Italic.ttf",
        LB + "LiberationSans-BoldItalic.ttf",
    ),
    "lsn": (
        LB + "LiberationSansNarrow-Regular.ttf",
        LB + "LiberationSansNarrow-Bold.ttf",
        LB + "LiberationSansNarrow-Italic.ttf",
        LB + "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "lse": (
        LB + "LiberationSerif-Regular.ttf",
        LB + "LiberationSerif-Bold.ttf",
        LB + "LiberationSerif-Italic.ttf",
        LB + "LiberationSerif-BoldItalic.ttf",
    ),
    "noto": (
        NT + "NotoSans-Regular.ttf",
        NT + "NotoSans-Bold.ttf",
        NT + "NotoSans-Italic.ttf",
        NT + "NotoSans-BoldItalic.ttf",
    ),
}
if not all(os.path.exists(p) for p in FONT_FILES["noto"]):
    FONT_FILES["noto"] = FONT_FILES["dv"]

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


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, fmt="letter", fam="dv", margin=54, title="", author="", lang="en"):
        super().__init__(orientation="P", unit="pt", format=fmt)
        for name, files in FONT_FILES.items():
            for style, path in zip(("", "B", "I", "BI"), files):
                self.add_font(name, style, path)
        self.fam = fam
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Document assembly")
        self.set_lang(lang)
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin=margin)
        self.alias_nb_pages()
        self.hdr = None
        self.ftr = None
        self.bare = False
        self.set_font(fam, "", 10)

    def header(self):
        if self.bare or self.hdr is None:
            return
        self.hdr(self)

    def footer(self):
        if self.bare or self.ftr is None:
            return
        self.ftr(self)

    # text ----------------------------------------------------------------------------
    def fnt(self, style="", size=10, fam=None):
        self.set_font(fam or self.fam, style, size)

    def head(
        self, text, size=12, style="B", color=(0, 0, 0), align="L", before=4, after=3, fam=None
    ):
        self.ln(before)
        self.fnt(style, size, fam)
        self.set_text_color(*color)
        self.multi_cell(0, size * 1.25, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def para(
        self,
        text,
        size=10,
        style="",
        align="L",
        lh=None,
        md=False,
        after=4,
        color=(0, 0, 0),
        indent=0,
        fam=None,
    ):
        self.fnt(style, size, fam)
        self.set_text_color(*color)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            lh or size * 1.3,
            text,
            align=align,
            markdown=md,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def clause(self, label, text, size=10, after=4, lh=None):
        self.para("**" + label + "** " + text, size=size, md=True, after=after, lh=lh)

    def bullet(self, text, size=10, sym="\u2022", indent=12, after=2):
        self.fnt("", size)
        y = self.get_y()
        self.set_xy(self.l_margin + indent - 9, y)
        self.cell(9, size * 1.3, sym)
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(self.epw - indent, size * 1.3, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    # tables --------------------------------------------------------------------------
    def table(
        self,
        rows,
        widths,
        size=9,
        lh=None,
        pad=3,
        header=True,
        hfill=(225, 225, 225),
        htext=(0, 0, 0),
        bold_first=False,
        border=(110, 110, 110),
        zebra=None,
        bold_rows=(),
        aligns=None,
        row_fills=None,
        after=6,
    ):
        lh = lh or size * 1.25
        x0 = self.l_margin
        for i, row in enumerate(rows):
            is_h = header and i == 0
            cells = []
            for j, txt in enumerate(row):
                st = "B" if (is_h or (bold_first and j == 0) or i in bold_rows) else ""
                self.fnt(st, size)
                for word in txt.split():
                    if self.get_string_width(word) > widths[j] - 2 * pad:
                        raise ValueError("word %r does not fit a %.0fpt column" % (word, widths[j]))
                lines = (
                    self.multi_cell(widths[j] - 2 * pad, lh, txt, dry_run=True, output="LINES")
                    if txt
                    else [""]
                )
                cells.append((st, lines))
            hgt = max(len(ls) for _, ls in cells) * lh + 2 * pad
            if self.get_y() + hgt > self.page_break_trigger:
                self.add_page()
            y0 = self.get_y()
            x = x0
            for j, (st, lines) in enumerate(cells):
                fill = None
                if is_h:
                    fill = hfill
                elif row_fills and i in row_fills:
                    fill = row_fills[i]
                elif zebra and i % 2 == 0:
                    fill = zebra
                if fill:
                    self.set_fill_color(*fill)
                    self.rect(x, y0, widths[j], hgt, style="F")
                if border:
                    self.set_draw_color(*border)
                    self.set_line_width(0.5)
                    self.rect(x, y0, widths[j], hgt)
                self.fnt(st, size)
                self.set_text_color(*(htext if is_h else (0, 0, 0)))
                for k, ln in enumerate(lines):
                    self.set_xy(x + pad, y0 + pad + k * lh)
                    self.cell(widths[j] - 2 * pad, lh, ln, align=(aligns[j] if aligns else "L"))
                x += widths[j]
            self.set_text_color(0, 0, 0)
            self.set_xy(x0, y0 + hgt)
        self.ln(after)

    # signatures -------------------------------------------------------------------------
    def sigs(self, cols, gap=34, size=8.5, fingerprint=False):
        n = len(cols)
        w = self.epw / n
        y = self.get_y() + gap
        for i, (name, role) in enumerate(cols):
            x = self.l_margin + i * w
            right = x + w - (70 if fingerprint and i == n - 1 else 14)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.6)
            self.line(x + 4, y, right, y)
            self.fnt("B", size)
            self.set_xy(x + 4, y + 2)
            self.cell(right - x - 4, size * 1.3, name)
            self.fnt("", size - 0.5)
            self.set_xy(x + 4, y + 2 + size * 1.3)
            self.cell(right - x - 4, size * 1.3, role)
            if fingerprint and i == n - 1:
                self.set_line_width(0.5)
                self.rect(right + 8, y - 48, 52, 60)
                self.fnt("", 6.5)
                self.set_xy(right + 8, y + 13)
                self.cell(52, 8, "Huella", align="C")
        self.set_xy(self.l_margin, y + 2 + 2 * size * 1.3 + 6)


def band_header(
    title, sub=None, color=(30, 90, 60), height=50, size=13, first_only=False, fam=None, small=None
):
    def _h(pdf):
        if first_only and pdf.page_no() > 1:
            if small:
                pdf.fnt("I", 7.5, fam)
                pdf.set_text_color(90, 90, 90)
                pdf.set_xy(pdf.l_margin, 22)
                pdf.cell(0, 9, small)
                pdf.set_text_color(0, 0, 0)
            pdf.set_y(pdf.t_margin)
            return
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, pdf.w, height, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.fnt("B", size, fam)
        pdf.set_xy(pdf.l_margin, 10 if sub else (height - size) / 2)
        pdf.cell(0, size * 1.2, title)
        if sub:
            pdf.fnt("", 8.5, fam)
            pdf.set_xy(pdf.l_margin, 10 + size * 1.3)
            pdf.cell(0, 10, sub)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(max(pdf.t_margin, height + 14))

    return _h


def page_footer(text, lang="en", size=7.5, fam=None):
    word = "Page" if lang == "en" else "Página"
    of = "of" if lang == "en" else "de"

    def _f(pdf):
        pdf.set_y(-pdf.b_margin + 16)
        pdf.fnt("", size, fam)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(pdf.epw * 0.75, 10, text)
        pdf.cell(pdf.epw * 0.25, 10, "%s %d %s {nb}" % (word, pdf.page_no(), of), align="R")
        pdf.set_text_color(0, 0, 0)

    return _f


def fee(category, severity, page, quote, amount=None, currency=None):
    return {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
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


def row_quote(row):
    return " ".join(row)


# --------------------------------------------------------------------------------------
# bm01  H-2A job order (EN): apple harvest, worker cost schedule
# --------------------------------------------------------------------------------------
def bm01(out):
    pdf = Doc(
        "letter",
        "dv",
        title="H-2A Clearance Order Attachment A - Apple Harvest Worker",
        author="Tallgrass Ridge Orchards LLC",
    )
    pdf.hdr = band_header(
        "TALLGRASS RIDGE ORCHARDS LLC",
        "H-2A Clearance Order  \u00b7  Attachment A: Material Terms and Conditions of Employment",
        color=(38, 96, 58),
        height=52,
    )
    pdf.ftr = page_footer(
        "Tallgrass Ridge Orchards LLC \u00b7 Attachment A to clearance order \u00b7 Season 2026"
    )
    pdf.add_page()
    pdf.para(
        "This attachment states the terms offered to every H-2A worker and every U.S. worker in "
        "corresponding employment. A copy is given to each worker in Spanish and in English no later "
        "than the time the worker applies for the visa.",
        size=9,
        after=6,
        color=(60, 60, 60),
    )
    rows = [
        ["Item", "Offer"],
        [
            "Employer",
            "Tallgrass Ridge Orchards LLC, 2270 Chestnut Gap Road, Hendersonville, North Carolina 28792 \u00b7 (828) 555-0174",
        ],
        ["Job title", "Apple Harvest Worker (SOC 45-2092, Farmworkers and Laborers, Crop)"],
        [
            "Duties",
            "Hand-pick apples into picking buckets from 8 to 16 ft orchard ladders; empty buckets into field bins "
            "without bruising fruit; move ladders between trees; remove water sprouts and pick up dropped fruit "
            "when picking is slow.",
        ],
        [
            "Worksites",
            "Tallgrass Ridge orchard blocks on Chestnut Gap Road and on Pinnacle Church Road, Henderson County, North Carolina",
        ],
        ["Contract period", "August 17, 2026 through November 6, 2026"],
        [
            "Hours",
            "40 hours per week anticipated; Monday to Saturday, usually 7:00 a.m. to 3:30 p.m.; Sunday is a day of rest",
        ],
        [
            "Wage",
            "$16.22 per hour, or $22.00 per full bin when picking by the bin, whichever pays more for the pay period",
        ],
        ["Payday", "Weekly, every Friday"],
        [
            "Requirements",
            "Three months of experience hand-harvesting tree fruit in the past 24 months; able to carry a 50 lb "
            "bucket and to work safely on ladders",
        ],
    ]
    pdf.table(
        rows,
        [110, 394],
        size=9,
        bold_first=True,
        hfill=(38, 96, 58),
        htext=(255, 255, 255),
        zebra=(240, 246, 241),
    )
    pdf.head("1. Wages and rate changes", size=11, color=(38, 96, 58))
    pdf.para(
        "The employer will pay at least the highest of the Adverse Effect Wage Rate (AEWR), the prevailing wage, "
        "any agreed collective bargaining rate, or the federal or state minimum wage in effect when the work is "
        "performed. If a higher AEWR is published during the contract period, the higher rate is paid from its "
        "effective date. Workers picking by the bin whose piece earnings fall below the hourly rate for a pay "
        "period are paid the difference.",
        size=9.5,
    )
    pdf.para(
        "Completion bonus: a worker who stays through November 6, 2026 receives an extra $0.40 for every hour "
        "worked, paid on top of regular wages on the final payday. The bonus is never taken from wages already earned.",
        size=9.5,
    )
    pdf.head("2. Three-fourths guarantee", size=11, color=(38, 96, 58))
    pdf.para(
        "The employer guarantees each worker employment for at least three-fourths (3/4) of the workdays of the "
        "contract period, counted from the first workday after arrival. If the worker is offered fewer hours, the "
        "employer pays the amount the worker would have earned for the guaranteed hours.",
        size=9.5,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    utilities_q = (
        "Each resident contributes $12.00 per week toward bunkhouse electricity and propane, "
        "deducted every Friday."
    )
    holdback_q = (
        "To encourage completion, the employer retains 10% of each week's gross earnings and releases the "
        "full amount on the final payday to workers who complete the contract period."
    )
    pdf.head("3. Housing, meals and transportation", size=11, color=(38, 96, 58), before=0)
    pdf.para(
        "Housing. Housing is provided at the Tallgrass Ridge bunkhouse, 41 Orchard Camp Lane, Hendersonville, "
        "North Carolina 28792, inspected and approved for the 2026 season. No rent is charged for a bed. "
        + utilities_q,
        size=9.5,
    )
    pdf.para(
        "Meals. Each bunkhouse has a free kitchen with stoves, refrigerators and cooking utensils. Workers who choose "
        "the optional camp cook meal plan pay $14.50 per day, which does not exceed the maximum daily meal charge "
        "published by the U.S. Department of Labor.",
        size=9.5,
    )
    pdf.para(
        "Travel to the job. The employer buys the bus ticket from Le\u00f3n, Guanajuato, Mexico to Hendersonville "
        "and pays daily subsistence on the road, so that no worker pays these costs up front. Any cost a worker "
        "did pay is reimbursed once 50% of the contract period is completed.",
        size=9.5,
    )
    pdf.para(
        "Return travel. Workers who finish the contract period, or who are dismissed for reasons other than cause, "
        "receive return transportation and daily subsistence to Le\u00f3n paid by the employer.",
        size=9.5,
    )
    pdf.para(
        "Daily transportation. Free daily transportation between the bunkhouse and the orchard blocks in employer "
        "vans driven by licensed drivers.",
        size=9.5,
    )
    pdf.head("4. Worker cost schedule and deductions", size=11, color=(38, 96, 58))
    rows = [
        ["Item", "Paid by", "Amount", "Notes"],
        ["Bunkhouse bed", "Employer", "$0.00", "No rent for the whole contract"],
        [
            "Electricity and propane",
            "Worker",
            "$12.00/week",
            "Deducted every Friday from each resident's pay",
        ],
        ["Ladders, buckets, gloves", "Employer", "$0.00", "No charge and no deposit"],
        ["Consular visa fee", "Employer", "$0.00", "Reimbursed in the first workweek"],
        [
            "Recruiter service fees",
            "Employer",
            "$0.00",
            "Paid directly by the employer to the recruiter",
        ],
        ["Camp cook meal plan", "Worker", "$14.50/day", "Optional; within the DOL daily meal cap"],
        [
            "Federal income tax",
            "Worker",
            "As elected",
            "Withheld only if the worker asks in writing",
        ],
    ]
    pdf.table(
        rows,
        [128, 62, 72, 242],
        size=9,
        hfill=(38, 96, 58),
        htext=(255, 255, 255),
        zebra=(240, 246, 241),
    )
    pdf.para(
        "The employer makes only the deductions shown in the schedule above and any deduction the worker authorizes "
        "in writing for his or her own benefit.",
        size=9.5,
    )
    pdf.para("Season-end holdback. " + holdback_q, size=9.5)

    # page 3 ---------------------------------------------------------------------------
    pdf.add_page()
    damage_q = (
        "The cost of repairing a picking ladder or bin trailer damaged through a worker's failure to follow "
        "safety instructions will be deducted from that worker's pay."
    )
    pdf.head("5. Tools and equipment", size=11, color=(38, 96, 58), before=0)
    pdf.para(
        "All tools, supplies and equipment required for the job are provided without charge or deposit. "
        + damage_q
        + " Normal wear is never charged.",
        size=9.5,
    )
    pdf.head("6. Workers' compensation", size=11, color=(38, 96, 58))
    pdf.para(
        "All workers are covered by workers' compensation insurance under policy WC-2218-5540 issued by Piedmont "
        "Mutual Insurance Company, at no cost to the worker.",
        size=9.5,
    )
    pdf.head("7. Abandonment and dismissal", size=11, color=(38, 96, 58))
    pdf.para(
        "A worker who fails to report for work for 5 consecutive working days without the employer's consent is "
        "considered to have abandoned the job, and the employer will notify the Department of Labor and the "
        "Department of Homeland Security as required. A worker may be dismissed for cause, including failure to "
        "meet the productivity standard of 6 bins per day after a written warning.",
        size=9.5,
    )
    pdf.head("8. Recruitment and worker rights", size=11, color=(38, 96, 58))
    pdf.para(
        "The employer recruits in Mexico through Senderos Laborales del Sur, S.C., of Le\u00f3n, Guanajuato, and pays "
        "all of its fees. No worker may be asked to pay any money, gift or favor to obtain this job, and the "
        "recruiter is contractually forbidden to collect any fee from workers.",
        size=9.5,
    )
    pdf.para(
        "The employer does not hold or keep workers' passports or visas. Complaints about pay, housing or safety, "
        "made to the employer or to any agency, will not affect rehiring in a future season.",
        size=9.5,
    )
    pdf.ln(6)
    pdf.sigs(
        [
            ("Dale R. Whitmire", "Owner, Tallgrass Ridge Orchards LLC"),
            ("", "Worker signature and date"),
        ]
    )
    pdf.output(os.path.join(out, "bm01.pdf"))

    return label(
        "bm01.pdf",
        "h2a",
        "en",
        3,
        [
            fee("housing_charge", "violation", 2, utilities_q, 12.0, "USD"),
            fee("wage_withholding", "violation", 2, holdback_q),
            fee("damage_chargeback", "review", 3, damage_q),
        ],
        ["earnings_statements", "contract_impossibility"],
        ["Senderos Laborales del Sur, S.C."],
        [
            "'No rent is charged for a bed' (free bed; only utilities are charged)",
            "optional camp meal plan $14.50/day within the DOL cap (lawful h2a meal charge)",
            "completion bonus paid on top of wages (not a holdback)",
            "consular visa fee reimbursed in first workweek",
            "recruiter fees paid by employer; recruiter forbidden to collect fees (negated recruitment fee)",
            "tools free, no deposit; normal wear never charged",
            "federal income tax withheld only on request",
            "employer does not keep passports (negated retention)",
            "complaints do not affect rehiring (negated blacklisting)",
            "productivity standard of 6 bins per day (not a fee)",
        ],
        "job_order",
        "letter; green header band on every page; gridded two-column terms table; 4-column worker cost schedule "
        "(Item | Paid by | Amount | Notes); numbered sections; signature lines",
    )


# --------------------------------------------------------------------------------------
# bm02  H-2A recruiter agreement (ES): payment plan in instalments
# --------------------------------------------------------------------------------------
def bm02(out):
    pdf = Doc(
        "letter",
        "lse",
        margin=60,
        title="Convenio de servicios de enlace laboral H-2A",
        author="Enlaces Agr\u00edcolas Tierra Caliente, S.C.",
        lang="es",
    )
    pdf.ftr = page_footer(
        "Enlaces Agr\u00edcolas Tierra Caliente, S.C. \u00b7 Convenio ETC-H2A-2026-0311",
        "es",
        fam="lse",
    )
    pdf.add_page()
    pdf.head(
        "CONVENIO DE PRESTACI\u00d3N DE SERVICIOS DE ENLACE LABORAL",
        size=13.5,
        align="C",
        before=0,
        after=1,
    )
    pdf.head(
        "Programa de trabajadores agr\u00edcolas temporales H-2A \u2014 Temporada 2026",
        size=10.5,
        style="I",
        align="C",
        before=0,
        after=8,
    )
    pdf.para(
        "En Apatzing\u00e1n de la Constituci\u00f3n, Michoac\u00e1n, a 9 de febrero de 2026, comparecen por una parte "
        "Enlaces Agr\u00edcolas Tierra Caliente, S.C., representada por su gerente, el C. Rogelio Espinoza "
        "Villase\u00f1or (en lo sucesivo \u201cLA AGENCIA\u201d), y por la otra el C. Eleuterio Maldonado Ceja, "
        "con credencial para votar folio 1611 0487 2290 (en lo sucesivo \u201cEL TRABAJADOR\u201d), quienes "
        "celebran el presente convenio al tenor de las siguientes declaraciones y cl\u00e1usulas.",
        size=10,
    )
    pdf.head("DECLARACIONES", size=11, align="C", before=2)
    pdf.para(
        "I. LA AGENCIA declara que recluta trabajadores en el estado de Michoac\u00e1n por encargo de Coharie Creek "
        "Farms LLC (en lo sucesivo \u201cEL EMPLEADOR\u201d), con domicilio en 915 Bearskin Road, Clinton, Carolina "
        "del Norte 28328, Estados Unidos de Am\u00e9rica.",
        size=10,
    )
    pdf.para(
        "II. EL TRABAJADOR declara ser mayor de edad, contar con al menos una temporada de experiencia en la "
        "cosecha de hortalizas y poder levantar cajas de 25 kilos durante la jornada.",
        size=10,
    )
    pdf.head("CL\u00c1USULAS", size=11, align="C", before=2)
    pdf.clause(
        "PRIMERA. Condiciones del empleo.",
        "EL EMPLEADOR ofrece las condiciones siguientes:",
        size=10,
        after=3,
    )
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Puesto",
            "Cosechador de camote: recoger a mano el camote que afloja la m\u00e1quina, seleccionarlo y vaciarlo en cajas de campo",
        ],
        ["Lugar de trabajo", "Campos de EL EMPLEADOR en el condado de Sampson, Carolina del Norte"],
        ["Periodo", "Del 3 de agosto al 20 de noviembre de 2026"],
        ["Horario", "De lunes a s\u00e1bado, ocho horas diarias a partir de las 7:00"],
        ["Salario", "16.55 d\u00f3lares por hora"],
        ["D\u00eda de pago", "Cada viernes (pago semanal)"],
        ["Vivienda", "Gratuita, en el campamento de EL EMPLEADOR en 2040 Faison Highway, Clinton"],
        [
            "Viaje de ida",
            "EL EMPLEADOR paga el autob\u00fas de Apatzing\u00e1n a Clinton y los vi\u00e1ticos del camino",
        ],
        [
            "Viaje de regreso",
            "EL EMPLEADOR paga el autob\u00fas de regreso al terminar la temporada",
        ],
        ["Transporte diario", "Gratuito, de la vivienda al campo y de regreso"],
        ["Herramientas", "Cubetas, guantes y cuchillos sin costo para EL TRABAJADOR"],
    ]
    pdf.table(rows, [110, 382], size=9, bold_first=True, hfill=(215, 215, 215))
    passport_q = (
        "El pasaporte mexicano lo tramita y lo paga EL TRABAJADOR, con un costo de 1,610 pesos."
    )
    pdf.clause(
        "SEGUNDA. De la visa.",
        "La cuota consular de la visa H-2A la paga directamente EL EMPLEADOR; EL "
        "TRABAJADOR no debe pagar nada en el consulado. " + passport_q,
        size=10,
    )
    fee_q = (
        "Por concepto de cuota de colocaci\u00f3n, EL TRABAJADOR pagar\u00e1 a LA AGENCIA un total de MXN 9,600 "
        "en tres parcialidades, seg\u00fan el plan de pagos siguiente:"
    )
    pdf.clause("TERCERA. De la cuota de colocaci\u00f3n.", fee_q, size=10, after=3)
    rows = [
        ["Parcialidad", "Fecha l\u00edmite", "Importe", "Concepto"],
        ["1", "16 de febrero de 2026", "MXN 3,200", "Apartado de lugar en la lista"],
        ["2", "16 de marzo de 2026", "MXN 3,200", "Integraci\u00f3n de expediente"],
        ["3", "Antes de la cita consular", "MXN 3,200", "Preparaci\u00f3n para la entrevista"],
        ["Total", "", "MXN 9,600", ""],
    ]
    pdf.table(
        rows, [70, 140, 80, 202], size=9, hfill=(215, 215, 215), bold_rows=(4,), aligns="CLRL"
    )
    pdf.para(
        "Los pagos se hacen en efectivo en la oficina de LA AGENCIA o por dep\u00f3sito a la cuenta que \u00e9sta "
        "indique, y LA AGENCIA entregar\u00e1 recibo de cada uno. Las parcialidades no son reembolsables si EL "
        "TRABAJADOR no obtiene la visa.",
        size=10,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    med_q = (
        "El examen m\u00e9dico y la prueba antidoping se realizan en la Cl\u00ednica San Rafael de Apatzing\u00e1n "
        "y cuestan 1 350 pesos, que EL TRABAJADOR paga directamente en la cl\u00ednica."
    )
    bond_q = (
        "Como garant\u00eda de que se presentar\u00e1 a su cita consular y terminar\u00e1 la temporada, EL TRABAJADOR "
        "firmar\u00e1 a favor de LA AGENCIA un pagar\u00e9 por veinte mil pesos, que se le devolver\u00e1 a su "
        "regreso a M\u00e9xico."
    )
    ret_q = (
        "LA AGENCIA conservar\u00e1 el pasaporte con la visa estampada desde que el consulado lo entregue hasta "
        "que el autob\u00fas salga rumbo a Carolina del Norte."
    )
    pdf.clause("CUARTA. Del examen m\u00e9dico.", med_q, size=10)
    pdf.clause("QUINTA. De la garant\u00eda.", bond_q, size=10)
    pdf.clause("SEXTA. De los documentos.", ret_q, size=10)
    pdf.clause(
        "S\u00c9PTIMA. Gastos que no se cobran.",
        "No se cobra nada a EL TRABAJADOR por el autob\u00fas, por los "
        "vi\u00e1ticos del camino ni por la cuota consular de la visa, que corren a cargo de EL EMPLEADOR.",
        size=10,
    )
    pdf.clause(
        "OCTAVA. Jurisdicci\u00f3n.",
        "Para la interpretaci\u00f3n y cumplimiento de este convenio las partes se "
        "someten a los tribunales de Apatzing\u00e1n, Michoac\u00e1n, renunciando a cualquier otro fuero.",
        size=10,
    )
    pdf.para(
        "Le\u00eddo que fue el presente convenio y enteradas las partes de su contenido y alcance, lo firman por "
        "duplicado en el lugar y fecha se\u00f1alados.",
        size=10.5,
        after=8,
    )
    pdf.sigs(
        [
            ("C. Rogelio Espinoza Villase\u00f1or", "Por LA AGENCIA, firma y sello"),
            ("C. Eleuterio Maldonado Ceja", "EL TRABAJADOR, firma"),
        ],
        gap=60,
        size=9.5,
        fingerprint=True,
    )
    pdf.output(os.path.join(out, "bm02.pdf"))

    return label(
        "bm02.pdf",
        "h2a",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, fee_q, 9600.0, "MXN"),
            fee("visa_cost", "review", 1, passport_q, 1610.0, "MXN"),
            fee("medical_cost", "violation", 2, med_q, 1350.0, "MXN"),
            fee("deposit_or_bond", "violation", 2, bond_q, 20000.0, "MXN"),
            fee("document_retention", "violation", 2, ret_q),
        ],
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Enlaces Agr\u00edcolas Tierra Caliente, S.C."],
        [
            "consular visa fee paid directly by the employer (only the passport is charged: review)",
            "bus and road subsistence paid by employer (negated travel cost)",
            "free housing (h2a)",
            "tools free",
            "'cuota consular' paid by employer is not a worker fee",
        ],
        "recruiter_agreement",
        "letter, serif; centered title; declarations and numbered clauses; gridded terms table; instalment "
        "payment-plan table with total row; signature lines with fingerprint box",
    )


# --------------------------------------------------------------------------------------
# bm03  H-2A job order in Spanish (compliant): 'who pays' grid
# --------------------------------------------------------------------------------------
def bm03(out):
    pdf = Doc(
        "letter",
        "noto",
        margin=50,
        title="Oferta de empleo H-2A - Methow Bench Orchards",
        author="Methow Bench Orchards Inc.",
        lang="es",
    )
    pdf.hdr = band_header(
        "OFERTA DE EMPLEO H-2A \u2014 TRADUCCI\u00d3N AL ESPA\u00d1OL DE LA ORDEN DE TRABAJO",
        "Methow Bench Orchards Inc. \u00b7 3321 Bench Road, Brewster, Washington 98812 \u00b7 Tel. (509) 555-0142",
        color=(150, 40, 40),
        height=50,
        size=11.5,
        first_only=True,
        small="Methow Bench Orchards Inc. \u00b7 Oferta de empleo H-2A 2026",
    )
    pdf.ftr = page_footer(
        "Orden de trabajo WA-2026-1187 \u00b7 Esta traducci\u00f3n se entrega a cada trabajador",
        "es",
    )
    pdf.add_page()
    pdf.head("Resumen de la oferta", size=11.5, color=(150, 40, 40), before=0)
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Empleador",
            "Methow Bench Orchards Inc., 3321 Bench Road, Brewster, Washington 98812, EE. UU.",
        ],
        ["Puesto", "Trabajador agr\u00edcola de cosecha de manzana y pera"],
        [
            "Tareas",
            "Cosechar a mano manzana y pera con escalera y bolsa de cosecha, vaciar la fruta en bins sin golpearla, "
            "mover escaleras, recoger fruta ca\u00edda y limpiar las hileras.",
        ],
        [
            "Lugar de trabajo",
            "Huertos de la empresa en Bench Road y Paradise Hill Road, Brewster, condado de Okanogan, Washington",
        ],
        ["Periodo del contrato", "Del 24 de agosto al 30 de octubre de 2026"],
        [
            "Horario",
            "40 horas por semana previstas, de lunes a s\u00e1bado, de 6:30 a 15:00; domingo libre",
        ],
        [
            "Salario",
            "$19.82 por hora. Si trabaja a destajo ($30.00 por bin) y gana menos que la tarifa por hora, se le completa hasta la tarifa por hora.",
        ],
        ["D\u00eda de pago", "Cada semana, los viernes"],
        [
            "Requisitos",
            "Al menos 1 mes de experiencia en cosecha manual de fruta de \u00e1rbol; poder subir escaleras de 12 pies y cargar una bolsa de 40 libras",
        ],
    ]
    pdf.table(
        rows,
        [118, 394],
        size=9,
        bold_first=True,
        hfill=(150, 40, 40),
        htext=(255, 255, 255),
        zebra=(248, 238, 238),
    )
    pdf.head("1. Salario y ajustes", size=10.5, color=(150, 40, 40))
    pdf.para(
        "LA EMPRESA pagar\u00e1 la tarifa m\u00e1s alta entre la tarifa AEWR, el salario prevaleciente, el salario "
        "m\u00ednimo federal o estatal y cualquier tarifa acordada. Si durante el contrato se publica una tarifa mayor, "
        "se pagar\u00e1 desde la fecha en que entre en vigor.",
        size=9.5,
    )
    pdf.head("2. Garant\u00eda de tres cuartas partes", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Se garantiza a cada trabajador empleo por lo menos durante tres cuartas partes (3/4) de los d\u00edas de "
        "trabajo del periodo del contrato. Si se le ofrecen menos horas, LA EMPRESA le paga la diferencia.",
        size=9.5,
    )
    pdf.head("3. Tal\u00f3n de pago", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Cada viernes recibir\u00e1 un tal\u00f3n que muestra las horas ofrecidas, las horas trabajadas, los bins "
        "cosechados, la tarifa, las ganancias totales y cada descuento.",
        size=9.5,
    )
    pdf.head("4. Descuentos", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Solo se descuentan los impuestos que exige la ley y lo que usted autorice por escrito para su propio "
        "beneficio, por ejemplo un env\u00edo de dinero a su familia. No se descuenta nada por vivienda, transporte, "
        "herramientas, visa ni reclutamiento.",
        size=9.5,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.head("5. \u00bfQui\u00e9n paga?", size=11.5, color=(150, 40, 40), before=0)
    rows = [
        ["Concepto", "Paga el empleador", "Paga el trabajador"],
        ["Vivienda, agua, luz y gas", "S\u00ed, todo", "$0.00"],
        ["Cocina equipada y utensilios", "S\u00ed", "$0.00"],
        ["Visa H-2A y cuota consular", "S\u00ed, reembolso en la primera semana", "$0.00"],
        ["Pasaporte", "S\u00ed, reembolso en la primera semana", "$0.00"],
        [
            "Autob\u00fas y comidas del viaje de ida",
            "S\u00ed, compra el boleto y entrega vi\u00e1ticos",
            "$0.00",
        ],
        ["Regreso a M\u00e9xico al terminar", "S\u00ed", "$0.00"],
        ["Transporte diario al huerto", "S\u00ed", "$0.00"],
        ["Escalera, bolsa de cosecha, guantes", "S\u00ed, sin dep\u00f3sito", "$0.00"],
        ["Reclutamiento", "S\u00ed, todos los honorarios", "$0.00"],
        ["Seguro de compensaci\u00f3n laboral", "S\u00ed, la prima completa", "$0.00"],
    ]
    pdf.table(
        rows,
        [200, 212, 100],
        size=9.5,
        hfill=(150, 40, 40),
        htext=(255, 255, 255),
        zebra=(248, 238, 238),
        aligns="LLC",
    )
    pdf.head("6. Vivienda", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Vivienda gratuita en el campamento Bench Road Camp, 3340 Bench Road, Brewster, Washington, aprobada por el "
        "Departamento de Salud del estado. No se pide dep\u00f3sito por llaves ni por ropa de cama.",
        size=9.5,
    )
    pdf.head("7. Comidas", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Cada caba\u00f1a tiene cocina gratuita con estufa, refrigerador y utensilios para que cada trabajador prepare "
        "sus propios alimentos. No se vende comida en el campamento.",
        size=9.5,
    )
    pdf.head("8. Transporte", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Viaje de ida: LA EMPRESA compra el boleto de autob\u00fas desde Zacatecas hasta Brewster y entrega "
        "vi\u00e1ticos diarios durante el viaje; si usted pag\u00f3 algo, se le reembolsa. Viaje de regreso: al "
        "terminar el contrato, o si es despedido sin causa, LA EMPRESA paga el autob\u00fas y los vi\u00e1ticos "
        "hasta Zacatecas. Transporte diario: gratuito, en camionetas de LA EMPRESA, del campamento a los huertos.",
        size=9.5,
    )
    pdf.head("9. Herramientas", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Las herramientas, el equipo y los materiales necesarios se entregan sin costo y sin dep\u00f3sito. No se cobra "
        "al trabajador el desgaste normal de la escalera ni de la bolsa.",
        size=9.5,
    )

    # page 3 ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.head("10. Seguro de compensaci\u00f3n laboral", size=10.5, color=(150, 40, 40), before=0)
    pdf.para(
        "Todos los trabajadores est\u00e1n cubiertos por el seguro de compensaci\u00f3n laboral del Departamento de "
        "Trabajo e Industrias de Washington, cuenta n\u00fam. 612-448-09. La prima la paga \u00edntegramente LA EMPRESA.",
        size=9.5,
    )
    pdf.head("11. Terminaci\u00f3n", size=10.5, color=(150, 40, 40))
    pdf.para(
        "La cuota m\u00ednima de producci\u00f3n es de 6 bins por d\u00eda a partir de la segunda semana. Un trabajador "
        "puede ser despedido con causa justificada, por ejemplo no cumplir la cuota de producci\u00f3n despu\u00e9s "
        "de una advertencia por escrito. Si un trabajador falta 5 d\u00edas de trabajo seguidos sin permiso, se "
        "considera que abandon\u00f3 el empleo y LA EMPRESA lo informar\u00e1 a las autoridades.",
        size=9.5,
    )
    pdf.head("12. Si el trabajo se vuelve imposible", size=10.5, color=(150, 40, 40))
    pdf.para(
        "Si por granizo, incendio, helada u otra causa ajena a LA EMPRESA ya no es posible trabajar, LA EMPRESA "
        "podr\u00e1 terminar el contrato con la aprobaci\u00f3n del Departamento de Trabajo. En ese caso pagar\u00e1 "
        "por lo menos tres cuartas partes de los d\u00edas de trabajo hasta la fecha de terminaci\u00f3n y el viaje "
        "de regreso, y tratar\u00e1 de conseguirle otro empleo.",
        size=9.5,
    )
    pdf.head("13. Reclutamiento y derechos", size=10.5, color=(150, 40, 40))
    pdf.para(
        "LA EMPRESA recluta en M\u00e9xico por medio de Red de Empleo Rural Sierra Madre, A.C., de Zacatecas, "
        "Zacatecas, y le paga todos sus honorarios. Nadie puede cobrarle dinero, regalos ni favores por este "
        "empleo; si alguien se lo pide, puede denunciarlo. Usted guarda siempre su pasaporte y su visa. Puede "
        "quejarse ante LA EMPRESA, el consulado o el Departamento de Trabajo sin que eso afecte su "
        "recontrataci\u00f3n.",
        size=9.5,
    )
    pdf.ln(6)
    pdf.sigs(
        [
            ("Karen L. Ostrander", "Gerente de personal, Methow Bench Orchards Inc."),
            ("", "Firma del trabajador y fecha"),
        ],
        size=9,
    )
    pdf.output(os.path.join(out, "bm03.pdf"))

    return label(
        "bm03.pdf",
        "h2a",
        "es",
        3,
        [],
        [],
        ["Red de Empleo Rural Sierra Madre, A.C."],
        [
            "'\u00bfQui\u00e9n paga?' grid with $0.00 in every worker cell",
            "visa and consular fee reimbursed in the first week; passport reimbursed too",
            "free housing, no deposit for keys or bedding",
            "free kitchen; no food sold",
            "inbound bus and subsistence paid by employer",
            "tools free, no deposit; normal wear not charged (negated damage charge)",
            "recruiter fees paid by employer; nobody may charge for the job",
            "workers' compensation premium paid by employer",
            "'cuota m\u00ednima de producci\u00f3n' is a productivity standard, not a fee",
            "deductions only taxes and voluntary remittances (negated housing/transport/tool deductions)",
            "worker keeps passport; complaints without affecting rehiring",
        ],
        "job_order",
        "letter; red header band on page 1, small running head after; gridded summary table; 3-column "
        "'who pays' grid (Concepto | Paga el empleador | Paga el trabajador); numbered sections",
    )


# --------------------------------------------------------------------------------------
# bm04  H-2A labor contractor crew agreement (EN): payroll deduction schedule
# --------------------------------------------------------------------------------------
def bm04(out):
    pdf = Doc(
        "letter",
        "lsn",
        margin=50,
        title="Crew member work agreement and payroll deduction schedule",
        author="Altamaha Field Services LLC",
    )
    pdf.ftr = page_footer(
        "Altamaha Field Services LLC \u00b7 H-2A labor contractor \u00b7 Crew agreement AFS-26-114"
    )
    pdf.add_page()
    pdf.fnt("B", 16)
    pdf.set_text_color(120, 70, 0)
    pdf.cell(0, 20, "ALTAMAHA FIELD SERVICES LLC", new_x="LMARGIN", new_y="NEXT")
    pdf.fnt("", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        12,
        "H-2A Labor Contractor \u00b7 604 Railroad Avenue, Baxley, Georgia 31513 \u00b7 (912) 555-0190",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(120, 70, 0)
    pdf.set_line_width(1.5)
    pdf.line(pdf.l_margin, pdf.get_y() + 3, pdf.w - pdf.r_margin, pdf.get_y() + 3)
    pdf.ln(10)
    pdf.head(
        "CREW MEMBER WORK AGREEMENT AND PAYROLL DEDUCTION SCHEDULE \u2014 SPRING 2026",
        size=12,
        before=0,
    )
    rows = [
        [
            "Employer (H-2ALC)",
            "Altamaha Field Services LLC, 604 Railroad Avenue, Baxley, Georgia 31513",
            "Crew member",
            "Mateo Ixcoy Ch\u00e1vez",
        ],
        [
            "Position",
            "Farmworker, crop and vegetable (SOC 45-2092)",
            "Crew",
            "Crew 4, leader Ruben Salgado",
        ],
        ["Period", "April 6, 2026 to July 24, 2026", "Payday", "Every Thursday (weekly)"],
        ["Schedule", "Monday to Saturday, 7:00 a.m. to 3:30 p.m.", "Wage", "$14.68 per hour"],
    ]
    pdf.table(
        rows,
        [95, 200, 70, 147],
        size=9.5,
        header=False,
        border=(120, 70, 0),
        row_fills=None,
        zebra=(250, 243, 232),
    )
    pdf.para(
        "Duties: hand-harvest Vidalia onions (pull, clip and bag), pick blueberries into flats, and transplant "
        "vegetable seedlings on the client farms listed in Attachment B, all located in Toombs, Tattnall and "
        "Appling Counties, Georgia. Requirement: at least 1 month of experience harvesting vegetables or berries "
        "by hand.",
        size=10,
    )
    pdf.head("1. Guarantee", size=11, color=(120, 70, 0))
    pdf.para(
        "The company guarantees each crew member work for at least three-fourths of the workdays of the contract "
        "period. If less work is offered, the company pays what the crew member would have earned for the "
        "guaranteed hours.",
        size=10,
    )
    pdf.head("2. Housing, kitchen and daily rides", size=11, color=(120, 70, 0))
    pdf.para(
        "Free housing is provided at the Altamaha crew camp, 88 Depot Street, Baxley, Georgia 31513. Each unit has a "
        "free kitchen with stoves and refrigerators where crew members cook their own meals. The company provides "
        "free daily transportation from the camp to each client farm in company buses.",
        size=10,
    )
    travel_q = (
        "The $385.00 advanced for the bus from Monterrey to Baxley and the hotel night in Monterrey is "
        "recovered through weekly payroll deductions of $55.00."
    )
    pdf.head("3. Travel", size=11, color=(120, 70, 0))
    pdf.para(
        travel_q
        + " The return bus to Monterrey is paid by the company for crew members who finish the season.",
        size=10,
    )
    pdf.head("4. Workers' compensation and pay statements", size=11, color=(120, 70, 0))
    pdf.para(
        "Workers' compensation insurance covers all crew members (policy GA-WC-77120, Peach State Casualty). An "
        "itemized pay statement showing hours offered, hours worked, rate of pay, earnings and each deduction is "
        "given every Thursday.",
        size=10,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    tools_q = (
        "Each crew member buys the company tool kit (hand shears, picking harness and bucket) for $42.00, "
        "deducted in two weekly instalments."
    )
    adv_q = (
        "Crew members who took the pre-departure cash advance of up to $300 before leaving Mexico repay it at "
        "$50.00 per week, plus a one-time service charge of $15.00."
    )
    camp_q = (
        "Crew members must be inside the camp by 9:00 p.m. and may not leave the camp on Sundays without the "
        "crew leader's written permission."
    )
    pdf.head("5. Tools", size=11, color=(120, 70, 0), before=0)
    pdf.para(tools_q + " The kit belongs to the crew member at the end of the season.", size=10)
    pdf.head("6. Advances", size=11, color=(120, 70, 0))
    pdf.para(adv_q, size=10)
    pdf.head("7. Weekly payroll deduction schedule", size=11, color=(120, 70, 0))
    r_bus = ["Inbound bus and Monterrey hotel advance", "$55.00", "7", "$385.00"]
    rows = [
        ["Deduction", "Per week", "Weeks", "Total"],
        ["Federal income tax", "Only if requested in writing", "\u2014", "\u2014"],
        r_bus,
        ["Tool kit: hand shears, picking harness, bucket", "$21.00", "2", "$42.00"],
        ["Pre-departure cash advance (maximum $300)", "$50.00", "6", "$300.00"],
        ["Advance service charge", "$15.00", "1", "$15.00"],
        ["Money transfer to family (voluntary)", "As authorized", "\u2014", "No charge"],
    ]
    pdf.table(
        rows,
        [232, 130, 50, 100],
        size=9.5,
        hfill=(120, 70, 0),
        htext=(255, 255, 255),
        zebra=(250, 243, 232),
        aligns="LRCR",
    )
    pdf.para(
        "No other deductions are made. Deductions never reduce pay below the hourly wage stated above.",
        size=10,
    )
    pdf.head("8. Camp rules", size=11, color=(120, 70, 0))
    pdf.para(
        "Quiet hours begin at 10:00 p.m. No alcohol is allowed in the kitchens. " + camp_q, size=10
    )
    pdf.head("9. Ending the agreement", size=11, color=(120, 70, 0))
    pdf.para(
        "A crew member may be dismissed for cause after a written warning. A crew member who misses 5 consecutive "
        "workdays without notice is treated as having abandoned the job, and the company will notify the "
        "Department of Labor and the Department of Homeland Security. Altamaha Field Services recruits its crews "
        "directly; no recruiting agency is used and nobody is paid for a place on a crew.",
        size=10,
    )
    pdf.ln(4)
    pdf.sigs(
        [
            ("Ruben Salgado", "Crew leader, Altamaha Field Services LLC"),
            ("Mateo Ixcoy Ch\u00e1vez", "Crew member"),
        ],
        gap=30,
    )
    pdf.output(os.path.join(out, "bm04.pdf"))

    return label(
        "bm04.pdf",
        "h2a",
        "en",
        2,
        [
            fee("travel_cost", "violation", 1, travel_q, 385.0, "USD"),
            fee("travel_cost", "violation", 2, row_quote(r_bus), 385.0, "USD"),
            fee("equipment_charge", "violation", 2, tools_q, 42.0, "USD"),
            fee("debt_bondage", "violation", 2, adv_q, 300.0, "USD"),
            fee("movement_restriction", "violation", 2, camp_q),
        ],
        ["wage_adjustment", "inbound_transportation", "tools_provided", "contract_impossibility"],
        [],
        [
            "free housing and free kitchen (h2a)",
            "free daily transportation",
            "return bus paid by company",
            "federal income tax withheld only on request",
            "voluntary money transfer to family, no charge",
            "quiet hours and no alcohol in kitchens (lawful camp rules)",
            "no recruiting agency used; nobody paid for a place (negated recruitment fee)",
        ],
        "work_contract",
        "letter, narrow sans; rule-under letterhead; 4-column key-facts grid without header; numbered sections; "
        "4-column payroll deduction schedule (Deduction | Per week | Weeks | Total); signature lines",
    )


# --------------------------------------------------------------------------------------
# bm05  H-2B offer letter (EN): cost responsibility grid
# --------------------------------------------------------------------------------------
def bm05(out):
    pdf = Doc(
        "letter",
        "dvs",
        margin=56,
        title="H-2B seasonal offer - Landscape Laborer",
        author="Brazos Valley Turf & Landscape Inc.",
    )

    def hdr(p):
        p.fnt("B", 15)
        p.set_text_color(20, 60, 110)
        p.set_xy(p.l_margin, 30)
        p.cell(0, 18, "Brazos Valley Turf & Landscape Inc.", new_x="LMARGIN", new_y="NEXT")
        p.fnt("", 8.5)
        p.set_text_color(80, 80, 80)
        p.cell(
            0,
            11,
            "7710 Old Hearne Road, Bryan, Texas 77803 \u00b7 (979) 555-0127 \u00b7 hr@brazosvalleyturf.example",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(20, 60, 110)
        p.set_line_width(0.8)
        p.line(p.l_margin, 64, p.w - p.r_margin, 64)
        p.set_text_color(0, 0, 0)
        p.set_y(78)

    pdf.hdr = hdr
    pdf.ftr = page_footer("Offer BVT-H2B-2026-027 \u00b7 Ramiro Tovar Luna", fam="dvs")
    pdf.add_page()
    pdf.para("January 12, 2026", size=9.5, after=6)
    pdf.para(
        "Mr. Ramiro Tovar Luna\nCalle Hidalgo 214, Centro\nCadereyta Jim\u00e9nez, Nuevo Le\u00f3n, Mexico",
        size=9.5,
        after=8,
    )
    pdf.para(
        "Re: H-2B seasonal offer \u2014 Landscape Laborer (SOC 37-3011)",
        size=9.5,
        style="B",
        after=6,
    )
    pdf.para("Dear Mr. Tovar:", size=9.5, after=4)
    pdf.para(
        "We are pleased to offer you seasonal employment under the H-2B program on the terms below, which are the "
        "terms of our certified job order. Please read them carefully; a Spanish copy is enclosed.",
        size=9.5,
    )
    rows = [
        ["Term", "Detail"],
        [
            "Employer",
            "Brazos Valley Turf & Landscape Inc., 7710 Old Hearne Road, Bryan, Texas 77803",
        ],
        [
            "Position and duties",
            "Landscape laborer: mow, edge and trim lawns; plant shrubs and trees; spread mulch and sod; repair irrigation lines; load debris",
        ],
        [
            "Work locations",
            "Commercial and residential client sites in Brazos County, Texas (Bryan and College Station)",
        ],
        ["Period", "March 2, 2026 to November 30, 2026"],
        ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
        ["Wage", "$15.37 per hour"],
        [
            "Rate increases",
            "If a higher prevailing wage or minimum wage takes effect, the higher rate is paid from that date",
        ],
        ["Overtime", "$23.06 per hour for hours over 40 in a workweek"],
        ["Pay frequency", "Every other Friday (biweekly)"],
        ["Requirements", "3 months of landscaping experience; able to lift 50 lb"],
    ]
    pdf.table(
        rows,
        [120, 380],
        size=8.8,
        bold_first=True,
        hfill=(20, 60, 110),
        htext=(255, 255, 255),
        zebra=(236, 242, 250),
    )
    pdf.para(
        "Travel to Bryan. The company reimburses the bus fare and daily subsistence from Monterrey to Bryan once "
        "you have completed 50% of the contract period, or earlier if the law requires it. If you leave voluntarily "
        "before reaching 50% of the period, this reimbursement is not owed.",
        size=9.2,
    )
    pdf.para(
        "Return. If you complete the season or are dismissed early for reasons other than cause, the company pays "
        "your bus fare and subsistence back to Monterrey.",
        size=9.2,
    )
    pdf.para(
        "Visa. The company reimburses in your first workweek the visa fee, visa processing and border-crossing fees "
        "you paid.",
        size=9.2,
    )
    pdf.para(
        "Tools. All tools, equipment and supplies needed for the work are provided free of charge.",
        size=9.2,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.para(
        "Pay statements. Each payday you receive a statement showing hours offered, hours worked, rate of pay, total "
        "earnings and every deduction.",
        size=9.2,
    )
    pdf.para(
        "Termination. You may be dismissed for cause after a written warning. If you miss 5 consecutive workdays "
        "without notice, the company will treat it as abandonment and notify the Department of Labor and the "
        "Department of Homeland Security within 2 business days.",
        size=9.2,
    )
    pdf.head("Cost responsibility grid", size=11, color=(20, 60, 110), before=2)
    r_fee = [
        "File processing and onboarding",
        "Worker",
        "$350.00",
        "$175.00 deducted from each of the first two paychecks",
    ]
    r_uni = [
        "Uniform shirts and cap deposit",
        "Worker",
        "$40.00",
        "Deducted on the first payday; refunded when the uniforms are returned",
    ]
    r_hou = [
        "Optional company housing",
        "Worker",
        "$110.00/week",
        "Deducted each payday, only for workers who choose it",
    ]
    rows = [
        ["Item", "Paid by", "Amount", "How it is handled"],
        ["Visa and border-crossing fees", "Company", "$211.00", "Reimbursed in the first workweek"],
        ["Bus Monterrey to Bryan, meals", "Company", "$148.00", "Reimbursed at 50% of the season"],
        ["Recruiter's fee", "Company", "\u2014", "Paid by the company directly to the recruiter"],
        r_fee,
        r_uni,
        r_hou,
        [
            "Federal taxes, Social Security",
            "Worker",
            "By law",
            "Payroll withholding required by law",
        ],
    ]
    pdf.table(
        rows,
        [150, 60, 84, 206],
        size=8.6,
        hfill=(20, 60, 110),
        htext=(255, 255, 255),
        zebra=(236, 242, 250),
    )
    pdf.para(
        "Deductions: only the items marked \u201cWorker\u201d in the grid and taxes required by law are deducted from "
        "your pay.",
        size=9.2,
    )
    pdf.para(
        "Our recruiter in Monterrey, Reclutadora Golfo Norte, S.A. de C.V., will schedule your consular appointment. "
        "Neither the company nor Reclutadora Golfo Norte will charge you a recruitment fee.",
        size=9.2,
    )
    pdf.para(
        "Please sign below to accept this offer and return a copy to the recruiter's office before "
        "February 6, 2026.",
        size=9.2,
        after=2,
    )
    pdf.para("Sincerely,", size=9.2, after=0)
    pdf.sigs(
        [
            ("Laura K. Brennan", "Human Resources Manager"),
            ("Ramiro Tovar Luna", "Accepted by the worker"),
        ],
        gap=30,
    )
    pdf.output(os.path.join(out, "bm05.pdf"))

    return label(
        "bm05.pdf",
        "h2b",
        "en",
        2,
        [
            fee("recruitment_fee", "violation", 2, row_quote(r_fee), 350.0, "USD"),
            fee("equipment_charge", "violation", 2, row_quote(r_uni), 40.0, "USD"),
            fee("housing_charge", "review", 2, row_quote(r_hou), 110.0, "USD"),
        ],
        ["three_fourths_guarantee", "contract_impossibility"],
        ["Reclutadora Golfo Norte, S.A. de C.V."],
        [
            "visa and border-crossing fees reimbursed in first workweek",
            "inbound bus reimbursed at 50%; not owed if the worker leaves voluntarily before 50% (lawful)",
            "return travel not paid after voluntary abandonment (lawful)",
            "recruiter's fee paid by the company",
            "'will not charge you a recruitment fee' (negation, contradicted by the 'file processing' row)",
            "tools free",
            "federal taxes and Social Security withholding required by law",
        ],
        "offer_letter",
        "letter, serif; letterhead with rule; addressed letter; gridded terms table; 4-column cost responsibility "
        "grid (Item | Paid by | Amount | How it is handled); signature lines",
    )


# --------------------------------------------------------------------------------------
# bm06  H-2B recruiter agreement (ES, Guatemala): payment plan; page 3 scanned
# --------------------------------------------------------------------------------------
def scanned_page_bm06():
    dpi = 150
    W, H = int(8.5 * dpi), int(14 * dpi)
    img = Image.new("L", (W, H), 252)
    d = ImageDraw.Draw(img)
    f_reg = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", 23)
    f_bold = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", 27)
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", 18)
    margin = 112
    y = 120

    def para(text, font, y, gap=8):
        words = text.split()
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=font) > W - 2 * margin:
                d.text((margin, y), line, font=font, fill=25)
                y += font.size + gap
                line = w
            else:
                line = t
        if line:
            d.text((margin, y), line, font=font, fill=25)
            y += font.size + gap
        return y + 14

    title = "CONSTANCIA DE LECTURA, RECEPCI\u00d3N DE COPIA Y FIRMAS"
    tw = d.textlength(title, font=f_bold)
    d.text(((W - tw) / 2, y), title, font=f_bold, fill=20)
    y += 70
    y = para(
        "Yo, Marleny Esperanza Domingo P\u00e9rez, declaro que el personal de la agencia me ley\u00f3 en voz alta "
        "este convenio en idioma espa\u00f1ol, que entend\u00ed su contenido y que recib\u00ed una copia firmada "
        "de las tres p\u00e1ginas.",
        f_reg,
        y,
    )
    y = para(
        "Declaro tambi\u00e9n que entregu\u00e9 fotocopia de mi DPI y de mi pasaporte para formar el expediente, y "
        "que los documentos originales quedan en mi poder.",
        f_reg,
        y,
    )
    y = para(
        "Firmamos en la ciudad de Huehuetenango, el doce de enero de dos mil veintis\u00e9is.",
        f_reg,
        y,
    )
    y += 150
    rng = np.random.default_rng(606)
    cols = [
        (margin, "Edgar Rolando Sosa Villatoro", "Por la agencia, firma y sello"),
        (W // 2 + 20, "Marleny Esperanza Domingo P\u00e9rez", "La persona trabajadora, firma"),
    ]
    for x, name, role in cols:
        # hand-drawn signature scribble
        pts = []
        cx = x + 40
        for k in range(60):
            cx += rng.uniform(3, 7)
            pts.append(
                (cx, y - 30 + 22 * np.sin(k / 3.2 + rng.uniform(-0.4, 0.4)) + rng.uniform(-4, 4))
            )
        d.line(pts, fill=40, width=3)
        d.line([(x, y + 10), (x + 440, y + 10)], fill=30, width=2)
        d.text((x, y + 20), name, font=f_small, fill=30)
        d.text((x, y + 44), role, font=f_small, fill=30)
    # fingerprint box with smudge
    fx, fy = W - margin - 170, y + 130
    d.rectangle([fx, fy, fx + 150, fy + 180], outline=30, width=2)
    for r in range(6, 60, 5):
        d.ellipse(
            [fx + 75 - r, fy + 90 - int(r * 1.3), fx + 75 + r, fy + 90 + int(r * 1.3)],
            outline=110,
            width=2,
        )
    d.text((fx + 38, fy + 190), "Huella", font=f_small, fill=30)
    # rubber stamp
    sx, sy = margin + 120, y + 150
    d.ellipse([sx, sy, sx + 230, sy + 230], outline=90, width=4)
    d.ellipse([sx + 18, sy + 18, sx + 212, sy + 212], outline=90, width=2)
    d.text((sx + 52, sy + 96), "AGENCIA", font=f_bold, fill=90)
    d.text((sx + 40, sy + 132), "Huehuetenango", font=f_small, fill=90)
    d.text(
        (margin, H - 150),
        "Convenio OLC-H2B-2026-0057 \u00b7 P\u00e1gina 3 de 3",
        font=f_small,
        fill=60,
    )

    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.94 + 6
    arr += rng.normal(0, 7, arr.shape)
    specks = rng.random(arr.shape) < 0.0012
    arr[specks] = rng.uniform(40, 140, int(specks.sum()))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    img = img.rotate(0.5, resample=Image.BICUBIC, fillcolor=238)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def bm06(out):
    pdf = Doc(
        "legal",
        "ls",
        margin=58,
        title="Convenio de reclutamiento y selecci\u00f3n H-2B",
        author="Oportunidades Laborales Cuchumatanes, S.A.",
        lang="es",
    )
    pdf.ftr = page_footer("Convenio OLC-H2B-2026-0057", "es")
    pdf.add_page()
    pdf.fnt("B", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        11,
        "Oportunidades Laborales Cuchumatanes, S.A. \u00b7 5a. avenida 3-28, zona 1, Huehuetenango \u00b7 Tel. 7764-0000",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.head(
        "CONVENIO DE RECLUTAMIENTO Y SELECCI\u00d3N PARA EMPLEO TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2B)",
        size=12.5,
        align="C",
        before=8,
        after=8,
    )
    pdf.para(
        "En la ciudad de Huehuetenango, departamento de Huehuetenango, Rep\u00fablica de Guatemala, el 12 de enero de "
        "2026, comparecen: Oportunidades Laborales Cuchumatanes, S.A., con oficinas en 5a. avenida 3-28, zona 1, "
        "Huehuetenango, representada por Edgar Rolando Sosa Villatoro (en adelante \u201cLA AGENCIA\u201d), y la "
        "se\u00f1ora Marleny Esperanza Domingo P\u00e9rez, con DPI n\u00famero 2481 55731 1301 (en adelante "
        "\u201cLA PERSONA TRABAJADORA\u201d), quienes convienen lo siguiente:",
        size=10.5,
    )
    pdf.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA selecciona personal para Bayou Teche Seafood Processors LLC, 2150 Main "
        "Street, Breaux Bridge, Luisiana 70517, Estados Unidos de Am\u00e9rica (en adelante \u201cLA "
        "EMPRESA\u201d), que contratar\u00e1 directamente a LA PERSONA TRABAJADORA.",
        size=10.5,
    )
    pdf.clause(
        "SEGUNDA. Condiciones del empleo.",
        "Las condiciones que ofrece LA EMPRESA son:",
        size=10.5,
        after=3,
    )
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Puesto",
            "Peladora de langostino de r\u00edo (crawfish): pelar colas cocidas, separar la grasa, empacar y pesar el producto",
        ],
        ["Lugar de trabajo", "Planta de LA EMPRESA en 2150 Main Street, Breaux Bridge, Luisiana"],
        ["Periodo", "Del 16 de febrero al 15 de junio de 2026"],
        ["Horario", "Lunes a viernes, de 6:00 a 14:30 horas (40 horas por semana)"],
        ["Salario", "$14.10 por hora"],
        ["Horas extra", "$21.15 por hora despu\u00e9s de 40 horas semanales"],
        ["Pago", "Semanal, cada viernes"],
        ["Equipo", "LA EMPRESA entrega sin costo guantes, delantal, botas y cuchillo"],
        [
            "Regreso",
            "LA EMPRESA paga el boleto de avi\u00f3n de regreso a Guatemala al terminar el contrato",
        ],
        [
            "Requisitos",
            "Mayor de 18 a\u00f1os; tres meses de experiencia en limpieza de mariscos o pescado",
        ],
    ]
    pdf.table(
        rows, [120, 376], size=10, bold_first=True, hfill=(210, 222, 235), zebra=(244, 247, 251)
    )
    fee_q = (
        "Por el tr\u00e1mite de su expediente y la reservaci\u00f3n de su plaza, LA PERSONA TRABAJADORA pagar\u00e1 "
        "a LA AGENCIA Q4,200.00, conforme al plan de pagos siguiente:"
    )
    pdf.clause("TERCERA. Pago por tr\u00e1mite.", fee_q, size=10.5, after=3)
    rows = [
        ["Pago", "Fecha", "Monto", "Concepto"],
        ["1", "Al firmar este convenio", "Q1,400.00", "Apertura de expediente"],
        ["2", "2 de febrero de 2026", "Q1,400.00", "Reservaci\u00f3n de plaza"],
        [
            "3",
            "Antes de la entrevista consular",
            "Q1,400.00",
            "Preparaci\u00f3n para la entrevista",
        ],
        ["", "Total", "Q4,200.00", ""],
    ]
    pdf.table(
        rows, [50, 170, 90, 186], size=10, hfill=(210, 222, 235), bold_rows=(4,), aligns="CLRL"
    )
    pdf.para(
        "LA AGENCIA extender\u00e1 recibo por cada pago. La entrevista de selecci\u00f3n es gratuita.",
        size=10.5,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    visa_q = (
        "La cuota consular de la visa (USD 205) la paga LA PERSONA TRABAJADORA en el banco designado y LA "
        "EMPRESA no la reembolsa."
    )
    travel_q = (
        "El transporte de Huehuetenango a la Ciudad de Guatemala, el hospedaje de dos noches en la capital y el "
        "boleto de avi\u00f3n a Luisiana corren por cuenta de LA PERSONA TRABAJADORA."
    )
    black_q = (
        "Si LA PERSONA TRABAJADORA presenta quejas ante el consulado, el Departamento de Trabajo o abogados, "
        "LA AGENCIA la incluir\u00e1 en su lista de personas no recomendables y no volver\u00e1 a ser llamada "
        "en ninguna temporada."
    )
    pdf.clause("CUARTA. Gastos de visa y de viaje.", visa_q + " " + travel_q, size=10.5)
    pdf.clause(
        "QUINTA. Documentos.",
        "LA PERSONA TRABAJADORA conserva en todo momento su pasaporte y su DPI; LA "
        "AGENCIA solo los revisa en su presencia y se queda \u00fanicamente con fotocopias.",
        size=10.5,
    )
    pdf.clause("SEXTA. Quejas.", black_q, size=10.5)
    pdf.clause(
        "S\u00c9PTIMA. Terminaci\u00f3n.",
        "LA EMPRESA solo despedir\u00e1 con causa justificada y por escrito. Si "
        "LA PERSONA TRABAJADORA falta cinco d\u00edas h\u00e1biles seguidos sin avisar, se considera abandono "
        "del empleo y LA EMPRESA lo informar\u00e1 a las autoridades de los Estados Unidos.",
        size=10.5,
    )
    pdf.clause(
        "OCTAVA. Ley aplicable.",
        "Este convenio se rige por las leyes de la Rep\u00fablica de Guatemala. Las "
        "partes se someten a los tribunales del departamento de Huehuetenango.",
        size=10.5,
    )
    pdf.para(
        "Las firmas de las partes y la constancia de recepci\u00f3n de copia constan en la p\u00e1gina 3.",
        size=10.5,
        style="I",
    )

    # page 3: scanned signature page (image only, no text layer) ---------------------------
    pdf.bare = True
    pdf.add_page()
    pdf.image(scanned_page_bm06(), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(os.path.join(out, "bm06.pdf"))

    lab = label(
        "bm06.pdf",
        "h2b",
        "es",
        3,
        [
            fee("recruitment_fee", "violation", 1, fee_q, 4200.0, "GTQ"),
            fee("visa_cost", "violation", 2, visa_q, 205.0, "USD"),
            fee("travel_cost", "violation", 2, travel_q),
            fee("blacklisting_threat", "violation", 2, black_q),
        ],
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "inbound_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Oportunidades Laborales Cuchumatanes, S.A."],
        [
            "selection interview is free (negated fee)",
            "gloves, apron, boots and knife free",
            "return airfare paid by employer",
            "worker keeps passport and DPI; agency keeps only photocopies (negated retention)",
            "scanned page 3 holds only signatures and a receipt-of-copy declaration, no fees",
        ],
        "recruiter_agreement",
        "legal size; centered title; numbered clauses; gridded terms table; instalment payment-plan table; page 3 "
        "is an image-only scanned signature page (stamp, fingerprint box); SCANNED page 3",
        scanned=True,
    )
    return lab


# --------------------------------------------------------------------------------------
# bm07  H-2B job order (EN, compliant): who-pays grid
# --------------------------------------------------------------------------------------
def bm07(out):
    pdf = Doc(
        "letter",
        "noto",
        margin=52,
        title="H-2B Job Order - Housekeeper / Laundry Attendant",
        author="Glacier Gateway Lodge & Suites LLC",
    )
    pdf.hdr = band_header(
        "Glacier Gateway Lodge & Suites LLC",
        "H-2B Job Order \u00b7 Housekeeper / Laundry Attendant \u00b7 Season 2026",
        color=(25, 70, 125),
        height=50,
        size=13,
    )
    pdf.ftr = page_footer(
        "Glacier Gateway Lodge & Suites LLC \u00b7 200 Apgar Loop Road, West Glacier, MT 59936"
    )
    pdf.add_page()
    rows = [
        ["Field", "Detail"],
        [
            "Employer",
            "Glacier Gateway Lodge & Suites LLC, 200 Apgar Loop Road, West Glacier, Montana 59936",
        ],
        ["Job title", "Housekeeper / Laundry Attendant (SOC 37-2012)"],
        [
            "Duties",
            "Clean and restock guest rooms and cabins; change linens; vacuum and sanitize bathrooms; run commercial "
            "washers and dryers; fold linens; record minibar charges and report them to the front desk",
        ],
        [
            "Place of work",
            "Glacier Gateway Lodge & Suites, 200 Apgar Loop Road, West Glacier, Montana",
        ],
        ["Dates", "May 11, 2026 to October 4, 2026"],
        ["Hours", "40 hours per week: five 8-hour shifts between 7:00 a.m. and 5:00 p.m."],
        ["Wage", "$17.15 per hour"],
        ["Overtime", "$25.73 per hour for hours over 40 in a workweek"],
        ["Payday", "Every two weeks, on Friday"],
        [
            "Requirements",
            "No experience required; must be able to lift 40 lb and push a loaded linen cart",
        ],
    ]
    pdf.table(
        rows,
        [110, 398],
        size=9,
        bold_first=True,
        hfill=(25, 70, 125),
        htext=(255, 255, 255),
        zebra=(236, 242, 250),
    )
    pdf.head("1. Wage rate and changes", size=11, color=(25, 70, 125))
    pdf.para(
        "We pay at least the highest of the prevailing wage, the federal minimum wage, the Montana minimum wage or "
        "any other applicable wage, and we raise pay from its effective date if a higher wage takes effect during "
        "the season.",
        size=9.5,
    )
    pdf.head("2. Three-fourths guarantee", size=11, color=(25, 70, 125))
    pdf.para(
        "For each 12-week period of the season (6 weeks if the season is shorter than 120 days), we guarantee you "
        "hours of work equal to at least three-fourths of the workdays in that period. If we offer fewer hours, we "
        "pay you the difference.",
        size=9.5,
    )
    pdf.head("3. Deductions and pay statements", size=11, color=(25, 70, 125))
    pdf.para(
        "We deduct only federal income tax, Social Security and Medicare as required by law, and items you authorize "
        "in writing for your own benefit, for example a voluntary transfer to your home bank. Every payday you "
        "receive a statement with hours offered, hours worked, rate, earnings and each deduction.",
        size=9.5,
    )

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.head("4. Who pays what", size=11, color=(25, 70, 125), before=0)
    rows = [
        ["Cost", "Who pays", "When / how"],
        [
            "Recruiting services of Caribe Talent Link Ltd.",
            "Employer",
            "Paid directly by the employer; nothing from you",
        ],
        [
            "Visa, visa processing and border fees",
            "Employer",
            "Reimbursed in full in your first workweek",
        ],
        [
            "Airfare Kingston to Kalispell and travel meals",
            "Employer",
            "Ticket bought by the employer; meal money paid on arrival",
        ],
        ["Return airfare at season end", "Employer", "Booked by the employer when you finish"],
        ["Uniforms and non-slip shoes", "Employer", "Issued free, no deposit"],
        ["Staff dormitory bed", "Employer", "Free of charge all season"],
        ["One staff meal per shift", "Employer", "Free in the staff canteen"],
        ["Park entrance fee", "Employer", "Free staff pass issued on arrival"],
    ]
    pdf.table(
        rows,
        [200, 70, 238],
        size=9,
        hfill=(25, 70, 125),
        htext=(255, 255, 255),
        zebra=(236, 242, 250),
    )
    pdf.head("5. Transportation", size=11, color=(25, 70, 125))
    pdf.para(
        "Inbound: we buy your airline ticket from Kingston, Jamaica to Kalispell, Montana and pay reasonable meal "
        "costs for the trip, so you pay nothing up front. Return: if you complete the season, or if we dismiss you "
        "early for any reason other than cause, we pay your return airfare and travel meals to Kingston.",
        size=9.5,
    )
    pdf.head("6. Tools, equipment and uniforms", size=11, color=(25, 70, 125))
    pdf.para(
        "All tools, supplies, equipment and uniforms required for the job are provided without charge or deposit.",
        size=9.5,
    )
    pdf.head("7. Ending employment", size=11, color=(25, 70, 125))
    pdf.para(
        "We may dismiss a worker for cause after a written warning. If you fail to report for 5 consecutive working "
        "days without our consent, we will treat it as abandonment and notify the Department of Labor and the "
        "Department of Homeland Security as the rules require.",
        size=9.5,
    )

    # page 3 ---------------------------------------------------------------------------
    pdf.add_page()
    pdf.head("8. If the work becomes impossible", size=11, color=(25, 70, 125), before=0)
    pdf.para(
        "If a wildfire, flood, road or park closure or another event beyond our control makes the work impossible, we "
        "may end the contract with the approval of the Department of Labor. We will still meet the three-fourths "
        "guarantee up to the termination date, pay your return airfare and make reasonable efforts to transfer you "
        "to other work.",
        size=9.5,
    )
    pdf.head("9. Recruitment and your rights", size=11, color=(25, 70, 125))
    pdf.para(
        "We recruit in Jamaica through Caribe Talent Link Ltd., 14 Hope Road, Kingston 10, and we pay all of its "
        "fees. No recruiter, agent or employee may charge you any fee for this job. You keep your passport and visa "
        "at all times. We will not retaliate against, blacklist or threaten any worker who complains or asserts "
        "rights under the H-2B program.",
        size=9.5,
    )
    pdf.ln(10)
    pdf.sigs(
        [
            ("Megan T. Halvorsen", "General Manager, Glacier Gateway Lodge & Suites LLC"),
            ("", "Worker signature and date"),
        ]
    )
    pdf.output(os.path.join(out, "bm07.pdf"))

    return label(
        "bm07.pdf",
        "h2b",
        "en",
        3,
        [],
        [],
        ["Caribe Talent Link Ltd."],
        [
            "'record minibar charges' is a job duty, not a worker charge",
            "'Park entrance fee' paid by employer (free staff pass)",
            "recruiter fees paid by employer; nobody may charge any fee",
            "visa and border fees reimbursed in first workweek",
            "uniforms and shoes free, no deposit",
            "free dormitory bed and free staff meal",
            "statutory tax/Social Security/Medicare deductions and voluntary bank transfer",
            "worker keeps passport; no blacklisting (negated)",
        ],
        "job_order",
        "letter; blue header band on every page; gridded job summary table; 3-column 'who pays what' grid "
        "(Cost | Who pays | When / how); numbered sections; signature lines",
    )


# --------------------------------------------------------------------------------------
# bm08  H-2B work contract (ES) with sample pay stub
# --------------------------------------------------------------------------------------
def bm08(out):
    pdf = Doc(
        "letter",
        "dvc",
        margin=50,
        title="Contrato individual de trabajo temporal H-2B",
        author="Ouachita Pine Reforestation Inc.",
        lang="es",
    )
    pdf.ftr = page_footer("Ouachita Pine Reforestation Inc. \u00b7 Contrato OPR-2026-0412", "es")
    pdf.add_page()
    pdf.set_fill_color(46, 84, 40)
    pdf.rect(pdf.l_margin, pdf.get_y(), pdf.epw, 4, style="F")
    pdf.ln(8)
    pdf.head(
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL H-2B",
        size=14,
        align="C",
        before=0,
        after=0,
        color=(46, 84, 40),
    )
    pdf.head(
        "Plantaci\u00f3n de pino \u2014 Temporada 2026",
        size=10.5,
        style="I",
        align="C",
        before=0,
        after=6,
    )
    pdf.para(
        "Celebran este contrato Ouachita Pine Reforestation Inc., con domicilio en 412 Industrial Park Drive, Monticello, "
        "Arkansas 71655 (\u201cLA EMPRESA\u201d), y Abundio Hern\u00e1ndez Cruz, originario de Tantoyuca, Veracruz "
        "(\u201cEL TRABAJADOR\u201d). El reclutamiento en M\u00e9xico estuvo a cargo de Gestor\u00eda Laboral Huasteca, "
        "S.C., de Tantoyuca, Veracruz.",
        size=9.8,
    )
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Puesto y tareas",
            "Plantador de \u00e1rboles: plantar pl\u00e1ntulas de pino con hoedad (azad\u00f3n plantador), cargar la bolsa de pl\u00e1ntulas y seguir el espaciamiento marcado",
        ],
        [
            "Lugar de trabajo",
            "Predios forestales de clientes en los condados de Drew, Bradley y Ashley, Arkansas",
        ],
        ["Periodo", "Del 5 de enero al 24 de abril de 2026"],
        ["Horario", "Lunes a viernes, de 7:00 a 15:30 (40 horas por semana)"],
        ["Salario", "$15.08 por hora"],
        ["Horas extra", "$22.62 por hora despu\u00e9s de 40 horas semanales"],
        [
            "Pago",
            "Semanal, cada viernes, con tal\u00f3n de pago (ver el ejemplo de la p\u00e1gina 2)",
        ],
        [
            "Vivienda",
            "Remolque compartido en 88 Pine Hollow Road, Monticello; la renta aparece en el tal\u00f3n",
        ],
        [
            "Viaje de regreso",
            "LA EMPRESA paga el autob\u00fas a Tantoyuca al terminar la temporada",
        ],
        ["Visa", "LA EMPRESA reembolsa la visa y el cruce fronterizo en la primera semana"],
        [
            "Requisitos",
            "Experiencia en trabajo de campo; poder caminar todo el d\u00eda en terreno irregular",
        ],
    ]
    pdf.table(
        rows,
        [110, 402],
        size=9,
        bold_first=True,
        hfill=(46, 84, 40),
        htext=(255, 255, 255),
        zebra=(240, 245, 238),
    )
    fee_q = (
        "EL TRABAJADOR entreg\u00f3 a Gestor\u00eda Laboral Huasteca, S.C. 8 500 pesos por la integraci\u00f3n de "
        "su expediente antes de la cita consular."
    )
    dep_q = (
        "Adem\u00e1s, EL TRABAJADOR deja un dep\u00f3sito en garant\u00eda de 300 d\u00f3lares, que se le "
        "devolver\u00e1 solo si termina la temporada completa."
    )
    pdf.clause(
        "PRIMERA. Producci\u00f3n.",
        "La cuota diaria de plantaci\u00f3n esperada es de 1,200 \u00e1rboles; no "
        "alcanzarla no reduce el pago por hora.",
        size=9.8,
    )
    pdf.clause("SEGUNDA. Expediente.", fee_q, size=9.8)
    pdf.clause("TERCERA. Garant\u00eda.", dep_q, size=9.8)
    pdf.clause(
        "CUARTA. Terminaci\u00f3n.",
        "LA EMPRESA puede despedir con causa justificada despu\u00e9s de una "
        "advertencia por escrito. Si EL TRABAJADOR falta cinco d\u00edas h\u00e1biles seguidos sin avisar, se "
        "considera que abandon\u00f3 el empleo.",
        size=9.8,
    )
    pdf.clause(
        "QUINTA. Descuentos.",
        "Los descuentos de cada semana son los que aparecen en el tal\u00f3n de ejemplo "
        "de la p\u00e1gina 2.",
        size=9.8,
    )
    pdf.sigs(
        [("Curtis W. Pruitt", "Por LA EMPRESA"), ("Abundio Hern\u00e1ndez Cruz", "EL TRABAJADOR")],
        gap=26,
        size=8.5,
    )

    # page 2: sample pay stub ------------------------------------------------------------
    pdf.add_page()
    pdf.head("EJEMPLO DE TAL\u00d3N DE PAGO SEMANAL", size=12.5, before=0, color=(46, 84, 40))
    pdf.para(
        "Cada viernes recibir\u00e1 un tal\u00f3n como \u00e9ste, con las horas ofrecidas y trabajadas, su tarifa, "
        "sus ganancias y cada descuento. Cantidades en d\u00f3lares de EE. UU.",
        size=9.5,
    )
    y0 = pdf.get_y()
    pdf.set_draw_color(46, 84, 40)
    pdf.set_line_width(1.2)
    rows = [
        ["Ouachita Pine Reforestation Inc.", "Empleado: Abundio Hern\u00e1ndez Cruz"],
        ["412 Industrial Park Drive, Monticello, AR 71655", "Semana del 12 al 16 de enero de 2026"],
        ["Horas ofrecidas: 44.00", "Horas trabajadas: 44.00"],
    ]
    pdf.table(rows, [256, 256], size=9, header=False, border=None, after=4)
    rows = [
        ["Percepciones", "Horas", "Tarifa", "Importe"],
        ["Horas normales", "40.00", "15.08", "603.20"],
        ["Horas extra", "4.00", "22.62", "90.48"],
        ["Total bruto", "", "", "693.68"],
    ]
    pdf.table(
        rows,
        [272, 80, 80, 80],
        size=9,
        hfill=(220, 232, 216),
        bold_rows=(3,),
        aligns="LRRR",
        after=8,
    )
    r_tax = ["Impuesto federal sobre la renta", "41.20", "82.40"]
    r_fica = ["Seguro Social y Medicare (FICA)", "53.07", "106.14"]
    r_rent = ["Renta de remolque compartido", "90.00", "180.00"]
    r_tool = ["Hoedad y bolsa plantadora (pago 2 de 3)", "25.00", "50.00"]
    r_bus = ["Pasaje de autob\u00fas Tantoyuca\u2013Monticello", "60.00", "120.00"]
    rows = [
        ["Deducciones", "Esta semana", "Acumulado"],
        r_tax,
        r_fica,
        r_rent,
        r_tool,
        r_bus,
        ["Total deducciones", "269.27", "538.54"],
    ]
    pdf.table(
        rows, [272, 120, 120], size=9, hfill=(220, 232, 216), bold_rows=(6,), aligns="LRR", after=8
    )
    rows = [["Pago neto depositado", "424.41"]]
    pdf.table(
        rows,
        [392, 120],
        size=10,
        header=False,
        bold_rows=(0,),
        aligns="LR",
        row_fills={0: (220, 232, 216)},
        after=4,
    )
    pdf.set_draw_color(46, 84, 40)
    pdf.set_line_width(1.2)
    pdf.rect(pdf.l_margin - 6, y0 - 6, pdf.epw + 12, pdf.get_y() - y0 + 6)
    pdf.ln(10)
    pdf.para(
        "Notas: El impuesto federal y el FICA se retienen por ley. La renta del remolque, la hoedad y el pasaje se "
        "descuentan seg\u00fan lo acordado al contratar.",
        size=9,
    )
    pdf.output(os.path.join(out, "bm08.pdf"))

    return label(
        "bm08.pdf",
        "h2b",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, fee_q, 8500.0, "MXN"),
            fee("deposit_or_bond", "violation", 1, dep_q, 300.0, "USD"),
            fee("housing_charge", "review", 2, row_quote(r_rent), 90.0, "USD"),
            fee("equipment_charge", "violation", 2, row_quote(r_tool), 25.0, "USD"),
            fee("travel_cost", "violation", 2, row_quote(r_bus), 60.0, "USD"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "tools_provided",
            "contract_impossibility",
        ],
        ["Gestor\u00eda Laboral Huasteca, S.C."],
        [
            "'cuota diaria de plantaci\u00f3n' is a production target, not a fee",
            "federal income tax and FICA withheld by law (pay stub rows)",
            "visa and border crossing reimbursed in first week",
            "return bus paid by employer",
        ],
        "work_contract",
        "letter, condensed sans; green rule and centered title; gridded terms table; clauses; page 2 is a boxed "
        "sample weekly pay stub with earnings and deductions tables (Concepto | Esta semana | Acumulado)",
    )


# --------------------------------------------------------------------------------------
# bm09  Generic (EN): Nepal to Qatar employment contract with agency cost annex
# --------------------------------------------------------------------------------------
def bm09(out):
    pdf = Doc(
        "A4",
        "lse",
        margin=56,
        title="Employment Contract - Steel Fixer",
        author="Al Wakra Build & Maintain W.L.L.",
    )
    pdf.ftr = page_footer(
        "Contract AWB/NP/2026/0318 \u00b7 Himal Crest Overseas Manpower Pvt. Ltd., Lic. No. 1187/072/73",
        fam="lse",
    )
    pdf.add_page()
    pdf.head("EMPLOYMENT CONTRACT", size=16, align="C", before=0, after=0)
    pdf.para(
        "Recruited through Himal Crest Overseas Manpower Pvt. Ltd., Licence No. 1187/072/73, Samakhusi, Kathmandu, Nepal",
        size=9.5,
        style="I",
        align="C",
        after=10,
    )
    rows = [
        ["", "First Party (Employer)", "Second Party (Worker)"],
        ["Name", "Al Wakra Build & Maintain W.L.L.", "Bikram Thapa Magar"],
        [
            "Address",
            "Building 17, Street 820, Zone 57, Doha, State of Qatar",
            "Ward 6, Galyang Municipality, Syangja, Nepal",
        ],
        ["Identification", "Commercial Registration No. 104455", "Passport No. PA1928374, Nepali"],
    ]
    pdf.table(rows, [90, 200, 193], size=10, bold_first=True, hfill=(225, 225, 225))
    pdf.para("The parties agree as follows:", size=11)
    cl = [
        (
            "1. Position.",
            "The Worker is employed as a Steel Fixer: he shall cut, bend and tie reinforcement bars "
            "according to drawings, place spacers and chairs, and assist the concrete crew.",
        ),
        (
            "2. Place of work.",
            "The Employer's project sites in Lusail City and Al Wakrah, State of Qatar.",
        ),
        (
            "3. Duration.",
            "From 1 March 2026 to 28 February 2028, with a probation period of three months.",
        ),
        (
            "4. Working hours.",
            "8 hours per day, 6 days per week (48 hours per week), Friday being the weekly rest day. "
            "Overtime is paid at the basic hourly wage plus 25%.",
        ),
        (
            "5. Salary.",
            "QAR 1,300 (one thousand three hundred Qatari riyals) basic salary per month, plus a food "
            "allowance of QAR 500 per month.",
        ),
        (
            "6. Payment.",
            "Wages are paid monthly by bank transfer through the Wage Protection System, no later than the "
            "7th day of the following month.",
        ),
        (
            "7. Accommodation and transport.",
            "Free shared accommodation in the Employer's labour camp at Birkat Al "
            "Awamer and free transport between the camp and the sites.",
        ),
        (
            "8. Residence permit and medical care.",
            "The Employer pays the residence permit (QID), the medical "
            "check in Qatar, the health card and medical treatment.",
        ),
        (
            "9. Leave and tickets.",
            "21 days of paid annual leave per year. On completion of the contract the Employer "
            "provides an economy air ticket Doha\u2013Kathmandu.",
        ),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=11)

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    ret_q = (
        "The Employer shall keep the Worker's passport in its safe custody for the duration of this contract "
        "and return it on final exit."
    )
    pen_q = (
        "If the Worker resigns before completing two years, he shall pay the Employer two months' basic salary "
        "as compensation for recruitment expenses."
    )
    pdf.clause("10. Passport.", ret_q, size=11)
    pdf.clause("11. Early resignation.", pen_q, size=11)
    pdf.clause(
        "12. Termination.",
        "Either party may terminate this contract with one month's written notice. The "
        "Employer may dismiss the Worker without notice only on the grounds listed in Article 61 of Qatar Labour "
        "Law No. 14 of 2004. On termination the Worker receives an end-of-service gratuity of three weeks' basic "
        "wage for each year of service.",
        size=11,
    )
    pdf.clause(
        "13. Governing law.",
        "Matters not covered by this contract are governed by Qatar Labour Law No. 14 of "
        "2004 and its amendments.",
        size=11,
    )
    pdf.clause(
        "14. Copies.",
        "This contract is made in English and in Nepali, one copy for each party and one for "
        "the recruiting agency.",
        size=11,
    )
    pdf.ln(4)
    pdf.sigs(
        [
            ("For the Employer", "Al Wakra Build & Maintain W.L.L."),
            ("Bikram Thapa Magar", "Worker"),
        ],
        gap=40,
        size=9.5,
    )
    pdf.sigs([("Witness", "Himal Crest Overseas Manpower Pvt. Ltd.")], gap=34, size=9.5)

    # page 3: agency cost annex --------------------------------------------------------------
    pdf.add_page()
    pdf.head("ANNEX B \u2014 PRE-DEPARTURE COST STATEMENT", size=13, align="C", before=0, after=0)
    pdf.para(
        "Issued by Himal Crest Overseas Manpower Pvt. Ltd. under the Free Visa Free Ticket scheme",
        size=9.5,
        style="I",
        align="C",
        after=8,
    )
    pdf.para(
        "Worker: Bikram Thapa Magar \u00b7 Demand letter: AWB-DL-2026-07 \u00b7 Visa and ticket are paid by the "
        "Employer (rows 1 and 2).",
        size=10,
    )
    r3 = ["Agency service charge", "Worker", "10,000"]
    r4 = ["Documentation and file handling", "Worker", "45,000"]
    r5 = ["GAMCA medical examination", "Worker", "9,500"]
    r6 = ["Pre-departure orientation training", "Worker", "700"]
    r7 = ["Foreign Employment Welfare Fund", "Worker", "1,500"]
    r8 = ["Term life insurance (3 years)", "Worker", "2,600"]
    rows = [
        ["No.", "Item", "Paid by", "Amount (NPR)"],
        ["1", "Qatar work visa and visa processing", "Employer", "Free"],
        ["2", "Air ticket Kathmandu\u2013Doha", "Employer", "Free"],
        ["3"] + r3,
        ["4"] + r4,
        ["5"] + r5,
        ["6"] + r6,
        ["7"] + r7,
        ["8"] + r8,
        ["", "Total payable by the Worker", "", "69,300"],
    ]
    pdf.table(
        rows, [40, 250, 90, 103], size=10.5, hfill=(225, 225, 225), bold_rows=(9,), aligns="CLLR"
    )
    pdf.para(
        "Amount in words: Sixty-nine thousand three hundred rupees only. The Worker pays the total in cash at the "
        "agency office before the visa stamping date.",
        size=10.5,
    )
    pdf.ln(6)
    pdf.sigs(
        [
            ("Authorised signatory", "Himal Crest Overseas Manpower Pvt. Ltd."),
            ("Bikram Thapa Magar", "Received and agreed"),
        ],
        gap=40,
        size=9.5,
    )
    pdf.output(os.path.join(out, "bm09.pdf"))

    return label(
        "bm09.pdf",
        "generic",
        "en",
        3,
        [
            fee("recruitment_fee", "violation", 3, row_quote(r3), 10000.0, "NPR"),
            fee("recruitment_fee", "violation", 3, row_quote(r4), 45000.0, "NPR"),
            fee("medical_cost", "violation", 3, row_quote(r5), 9500.0, "NPR"),
            fee("training_cost", "violation", 3, row_quote(r6), 700.0, "NPR"),
            fee("insurance_cost", "violation", 3, row_quote(r7), 1500.0, "NPR"),
            fee("insurance_cost", "violation", 3, row_quote(r8), 2600.0, "NPR"),
            fee("document_retention", "violation", 2, ret_q),
            fee("breach_penalty", "violation", 2, pen_q),
        ],
        ["deductions"],
        ["Himal Crest Overseas Manpower Pvt. Ltd."],
        [
            "'Free Visa Free Ticket': visa and air ticket paid by employer (cost rows 1-2)",
            "food allowance QAR 500 is a payment to the worker, not a meal charge",
            "employer pays QID, medical check in Qatar and health card",
            "free accommodation and transport",
            "end-of-service gratuity of 'three weeks' basic wage' is a benefit, not a charge",
            "one month's notice for either party (not a penalty)",
            "return ticket paid by employer",
        ],
        "work_contract",
        "A4, serif; centered title; 3-column parties table; numbered clauses; page 3 annex: agency pre-departure "
        "cost statement table (No. | Item | Paid by | Amount) with total and amount in words; signature lines",
    )


# --------------------------------------------------------------------------------------
# bm10  Generic (ES): Colombia to Spain seasonal contract, payroll deduction plan
# --------------------------------------------------------------------------------------
def bm10(out):
    pdf = Doc(
        "A4",
        "dv",
        margin=54,
        title="Contrato de trabajo de temporada - Campa\u00f1a de frutos rojos 2026",
        author="Frutas del Condado Onubense, S.L.",
        lang="es",
    )
    pdf.hdr = band_header(
        "FRUTAS DEL CONDADO ONUBENSE, S.L.",
        "Carretera A-494, km 12 \u00b7 21810 Palos de la Frontera (Huelva) \u00b7 Espa\u00f1a",
        color=(170, 30, 70),
        height=46,
        size=12,
    )
    pdf.ftr = page_footer("Contrato FCO-CO-2026-118 \u00b7 Campa\u00f1a 2026", "es")
    pdf.add_page()
    pdf.head(
        "CONTRATO DE TRABAJO DE TEMPORADA \u2014 CAMPA\u00d1A DE FRUTOS ROJOS 2026",
        size=12,
        align="C",
        before=0,
        after=0,
    )
    pdf.para("Contrataci\u00f3n colectiva en origen", size=9.5, style="I", align="C", after=8)
    pdf.para(
        "De una parte, Frutas del Condado Onubense, S.L., CIF B21774053, con domicilio en Carretera A-494, km 12, "
        "21810 Palos de la Frontera (Huelva), Espa\u00f1a (en adelante, LA EMPRESA). De otra, Yuliana Marcela Ospina "
        "Quintero, con c\u00e9dula de ciudadan\u00eda 1.088.245.671, vecina de Santa Rosa de Cabal (Risaralda), "
        "Colombia (en adelante, LA TRABAJADORA). La selecci\u00f3n se realiz\u00f3 en Colombia por medio de Horizonte "
        "Agro Talento S.A.S., de Pereira.",
        size=9.5,
    )
    fee_q = (
        "LA TRABAJADORA abon\u00f3 a Horizonte Agro Talento S.A.S. la suma de 1.800.000 pesos colombianos por "
        "gastos de gesti\u00f3n de su candidatura."
    )
    cl = [
        (
            "Primera. Funciones.",
            "LA TRABAJADORA prestar\u00e1 servicios como pe\u00f3n agr\u00edcola: recolecci\u00f3n de "
            "fresa y ar\u00e1ndano en invernadero de t\u00fanel, clasificaci\u00f3n en campo y traslado "
            "de cajas a la nave de envasado.",
        ),
        ("Segunda. Lugar.", "Finca El Tomillar, t\u00e9rmino municipal de Moguer (Huelva)."),
        ("Tercera. Duraci\u00f3n.", "Del 9 de febrero al 12 de junio de 2026."),
        ("Cuarta. Jornada.", "39 horas semanales, de lunes a s\u00e1bado, de 8:00 a 14:30 horas."),
        (
            "Quinta. Salario.",
            "8,87 euros brutos por hora, seg\u00fan el convenio colectivo del campo de Huelva. El "
            "salario se paga mensualmente por transferencia bancaria antes del d\u00eda 5 del mes "
            "siguiente.",
        ),
        (
            "Sexta. Viajes y visado.",
            "LA EMPRESA paga la tasa del visado. El billete de regreso Madrid\u2013Bogot\u00e1 al "
            "t\u00e9rmino de la campa\u00f1a lo paga LA EMPRESA y no se descuenta de la "
            "n\u00f3mina.",
        ),
        (
            "S\u00e9ptima. Descuentos legales.",
            "De cada n\u00f3mina se descuentan la retenci\u00f3n del IRPF que "
            "corresponda y la cuota obrera legal a la Seguridad Social; la cuota "
            "empresarial la paga LA EMPRESA. Los dem\u00e1s descuentos figuran en el "
            "plan de descuentos de la p\u00e1gina 2.",
        ),
        ("Octava. Gesti\u00f3n en origen.", fee_q),
    ]
    for a, b in cl:
        pdf.clause(a, b, size=9.5)

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    travel_q = (
        "El importe del billete de avi\u00f3n Bogot\u00e1\u2013Madrid y del autob\u00fas a Huelva, 840 euros, se "
        "descontar\u00e1 en cinco n\u00f3minas de 168 euros."
    )
    house_q = (
        "El alojamiento en m\u00f3dulo compartido de la finca cuesta 150 euros al mes, que se descuentan de la "
        "n\u00f3mina."
    )
    pen_q = (
        "Si LA TRABAJADORA abandona la campa\u00f1a antes de su finalizaci\u00f3n, pagar\u00e1 a LA EMPRESA una "
        "indemnizaci\u00f3n equivalente a dos semanas de salario."
    )
    pdf.clause(
        "Novena. Plan de descuentos en n\u00f3mina.", travel_q + " " + house_q, size=9.5, after=4
    )
    rows = [
        ["Concepto", "N\u00f3minas", "Por n\u00f3mina", "Total"],
        ["Billete de avi\u00f3n y autob\u00fas a Huelva", "5", "168,00 \u20ac", "840,00 \u20ac"],
        ["Alojamiento en m\u00f3dulo compartido", "5", "150,00 \u20ac", "750,00 \u20ac"],
        ["Cuota obrera a la Seguridad Social", "5", "Seg\u00fan n\u00f3mina", "\u2014"],
        ["Retenci\u00f3n de IRPF", "5", "Seg\u00fan n\u00f3mina", "\u2014"],
    ]
    pdf.table(
        rows,
        [215, 70, 100, 102],
        size=9.5,
        hfill=(170, 30, 70),
        htext=(255, 255, 255),
        zebra=(250, 236, 241),
        aligns="LCRR",
    )
    pdf.clause("D\u00e9cima. Abandono.", pen_q, size=9.5)
    pdf.clause(
        "Und\u00e9cima. Extinci\u00f3n.",
        "El contrato se extingue al finalizar la campa\u00f1a, por despido "
        "disciplinario conforme al Estatuto de los Trabajadores o por dimisi\u00f3n de LA TRABAJADORA con 15 "
        "d\u00edas de preaviso.",
        size=9.5,
    )
    pdf.clause(
        "Duod\u00e9cima. Derechos.",
        "LA TRABAJADORA conserva su pasaporte y su tarjeta de identidad de "
        "extranjero en todo momento y puede presentar quejas ante la Inspecci\u00f3n de Trabajo sin "
        "represalias.",
        size=9.5,
    )
    pdf.para(
        "Y en prueba de conformidad, firman el presente contrato por duplicado en Palos de la Frontera, a 2 de febrero "
        "de 2026.",
        size=9.5,
        after=4,
    )
    pdf.sigs(
        [
            ("Por LA EMPRESA", "Frutas del Condado Onubense, S.L."),
            ("Yuliana Marcela Ospina Quintero", "LA TRABAJADORA"),
        ],
        gap=38,
    )
    pdf.output(os.path.join(out, "bm10.pdf"))

    return label(
        "bm10.pdf",
        "generic",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, fee_q, 1800000.0, "COP"),
            fee("travel_cost", "violation", 2, travel_q, 840.0, "EUR"),
            fee("housing_charge", "review", 2, house_q, 150.0, "EUR"),
            fee("breach_penalty", "violation", 2, pen_q),
        ],
        [],
        ["Horizonte Agro Talento S.A.S."],
        [
            "visa fee ('tasa del visado') paid by employer",
            "return ticket paid by employer and not deducted",
            "statutory Social Security worker contribution and IRPF withholding (not insurance_cost)",
            "15 days' notice for resignation (lawful notice, not a penalty)",
            "worker keeps passport and TIE; complaints without reprisals",
        ],
        "work_contract",
        "A4; crimson header band on every page; centered title; numbered clauses (Primera...); payroll "
        "deduction plan table (Concepto | N\u00f3minas | Por n\u00f3mina | Total); signature lines",
    )


# --------------------------------------------------------------------------------------
# bm11  Generic (EN + ES): Canada TFWP agricultural stream, compliant
# --------------------------------------------------------------------------------------
def bm11(out):
    pdf = Doc(
        "letter",
        "noto",
        margin=50,
        title="Employment Agreement / Contrato de trabajo - TFWP",
        author="Niagara Escarpment Greenhouses Ltd.",
    )
    pdf.hdr = band_header(
        "Niagara Escarpment Greenhouses Ltd.",
        "4470 Victoria Avenue North, Vineland Station, Ontario L0R 2E0, Canada \u00b7 (905) 555-0133",
        color=(0, 110, 110),
        height=48,
        size=13,
    )
    pdf.ftr = page_footer(
        "TFWP Agricultural Stream \u00b7 Agreement NEG-2026-GT-044 / Contrato NEG-2026-GT-044"
    )

    def page(lang):
        en = lang == "en"
        pdf.add_page()
        pdf.head(
            "EMPLOYMENT AGREEMENT \u2014 TEMPORARY FOREIGN WORKER PROGRAM (AGRICULTURAL STREAM)"
            if en
            else "CONTRATO DE TRABAJO \u2014 PROGRAMA DE TRABAJADORES EXTRANJEROS TEMPORALES (VERTIENTE AGR\u00cdCOLA)",
            size=11.5,
            before=0,
            color=(0, 90, 90),
        )
        if en:
            pdf.para(
                "Between Niagara Escarpment Greenhouses Ltd., 4470 Victoria Avenue North, Vineland Station, Ontario "
                "L0R 2E0 (the Employer) and Hermelinda Cux Tzul, of Patz\u00fan, Chimaltenango, Guatemala (the "
                "Worker). The Spanish version on page 2 has the same content.",
                size=9.5,
            )
            rows = [
                ["Term", "Agreement"],
                [
                    "Position",
                    "Greenhouse worker (NOC 85101): harvest tomatoes and peppers, lower and clip vines, mix fertigation feed under supervision, pack produce",
                ],
                ["Workplace", "4470 Victoria Avenue North, Vineland Station, Ontario"],
                ["Period", "March 16, 2026 to December 11, 2026"],
                [
                    "Hours",
                    "8 hours a day, Monday to Friday, plus up to 8 hours on Saturday when there is work",
                ],
                ["Wage", "$17.60 per hour; overtime after 44 hours a week at $26.40 per hour"],
                ["Pay", "Every two weeks, by direct deposit, with a pay statement"],
                [
                    "Deductions",
                    "Only Canada Pension Plan, Employment Insurance and income tax, as required by law",
                ],
                [
                    "Housing",
                    "Free, in the employer's bunkhouse at 4482 Victoria Avenue North; no rent and no utility charges",
                ],
                [
                    "Travel",
                    "Round-trip airfare Guatemala City\u2013Toronto paid by the employer and not recovered from wages",
                ],
                [
                    "Work permit and medical",
                    "Work permit fee and immigration medical exam paid by the employer",
                ],
                [
                    "Recruitment",
                    "The employer pays Conexi\u00f3n Laboral Maya Norte, S.A. and the LMIA processing fee; the worker pays no fee",
                ],
                [
                    "Health insurance",
                    "Private coverage until OHIP starts; premium paid by the employer",
                ],
                [
                    "Protective equipment",
                    "Gloves, boots and safety glasses issued free, no deposit",
                ],
                [
                    "Ending employment",
                    "Dismissal only for just cause under the Employment Standards Act; the worker may resign with two weeks' notice without any penalty and may change employer with a new work permit",
                ],
                [
                    "Return",
                    "Return airfare Toronto\u2013Guatemala City at the end of the contract, paid by the employer",
                ],
            ]
        else:
            pdf.para(
                "Entre Niagara Escarpment Greenhouses Ltd., 4470 Victoria Avenue North, Vineland Station, Ontario "
                "L0R 2E0 (el Empleador) y Hermelinda Cux Tzul, de Patz\u00fan, Chimaltenango, Guatemala (la "
                "Trabajadora). Esta versi\u00f3n en espa\u00f1ol tiene el mismo contenido que la versi\u00f3n en "
                "ingl\u00e9s de la p\u00e1gina 1.",
                size=9.5,
            )
            rows = [
                ["Condici\u00f3n", "Acuerdo"],
                [
                    "Puesto",
                    "Trabajadora de invernadero (NOC 85101): cosechar tomate y chile pimiento, bajar y sujetar las plantas, preparar la soluci\u00f3n de fertirriego bajo supervisi\u00f3n, empacar producto",
                ],
                ["Lugar de trabajo", "4470 Victoria Avenue North, Vineland Station, Ontario"],
                ["Periodo", "Del 16 de marzo al 11 de diciembre de 2026"],
                [
                    "Horario",
                    "8 horas diarias de lunes a viernes, y hasta 8 horas el s\u00e1bado cuando hay trabajo",
                ],
                [
                    "Salario",
                    "$17.60 por hora; horas extra despu\u00e9s de 44 horas semanales a $26.40 por hora",
                ],
                ["Pago", "Cada dos semanas, por dep\u00f3sito directo, con comprobante de pago"],
                [
                    "Descuentos",
                    "Solo Plan de Pensiones de Canad\u00e1, Seguro de Empleo e impuesto sobre la renta, como exige la ley",
                ],
                [
                    "Vivienda",
                    "Gratuita, en la casa dormitorio del empleador en 4482 Victoria Avenue North; sin renta ni cobro de servicios",
                ],
                [
                    "Viaje",
                    "Boleto de avi\u00f3n de ida y vuelta Ciudad de Guatemala\u2013Toronto pagado por el empleador y no descontado del salario",
                ],
                [
                    "Permiso y examen m\u00e9dico",
                    "La tarifa del permiso de trabajo y el examen m\u00e9dico de inmigraci\u00f3n los paga el empleador",
                ],
                [
                    "Reclutamiento",
                    "El empleador paga a Conexi\u00f3n Laboral Maya Norte, S.A. y la tarifa del LMIA; la trabajadora no paga ninguna cuota",
                ],
                [
                    "Seguro m\u00e9dico",
                    "Seguro privado hasta que empiece OHIP; la prima la paga el empleador",
                ],
                [
                    "Equipo de protecci\u00f3n",
                    "Guantes, botas y lentes de seguridad gratis, sin dep\u00f3sito",
                ],
                [
                    "Terminaci\u00f3n",
                    "Despido solo por causa justa seg\u00fan la Ley de Normas de Empleo; la trabajadora puede renunciar con dos semanas de aviso sin ninguna penalidad y puede cambiar de empleador con un nuevo permiso de trabajo",
                ],
                [
                    "Regreso",
                    "Boleto de regreso Toronto\u2013Ciudad de Guatemala al terminar el contrato, pagado por el empleador",
                ],
            ]
        pdf.table(
            rows,
            [128, 384],
            size=8.8,
            bold_first=True,
            hfill=(0, 110, 110),
            htext=(255, 255, 255),
            zebra=(232, 244, 244),
        )
        pdf.para(
            (
                "The worker keeps her passport and work permit at all times."
                if en
                else "La trabajadora guarda siempre su pasaporte y su permiso de trabajo."
            ),
            size=9.5,
            after=2,
        )
        pdf.sigs(
            [
                ("Gordon A. Vermeer", "Employer / Empleador"),
                ("Hermelinda Cux Tzul", "Worker / Trabajadora"),
            ],
            gap=26,
            size=8.5,
        )

    page("en")
    page("es")
    pdf.output(os.path.join(out, "bm11.pdf"))

    return label(
        "bm11.pdf",
        "generic",
        "en+es",
        2,
        [],
        [],
        ["Conexi\u00f3n Laboral Maya Norte, S.A."],
        [
            "CPP, EI and income tax deductions are statutory (not insurance_cost)",
            "'mix fertigation feed' is a job duty",
            "LMIA processing fee and recruiter paid by employer; worker pays no fee",
            "work permit fee and immigration medical paid by employer",
            "round-trip airfare paid by employer and not recovered",
            "free housing, no rent or utility charges",
            "private health insurance premium paid by employer",
            "PPE free, no deposit",
            "resignation with two weeks' notice without penalty; may change employer (negated penalty and movement restriction)",
            "worker keeps passport",
        ],
        "work_contract",
        "letter; teal header band; page 1 English and page 2 Spanish translation with the same gridded "
        "two-column terms table; signature lines on each page",
    )


# --------------------------------------------------------------------------------------
# bm12  Generic (ES): Nicaragua to Costa Rica coffee harvest, recruiter sheet
# --------------------------------------------------------------------------------------
def bm12(out):
    pdf = Doc(
        (396, 612),
        "dv",
        margin=32,
        title="Hoja de enganche - Cosecha de caf\u00e9 2026-2027",
        author="Enganches y Servicios Laborales R\u00edo Coco",
        lang="es",
    )
    pdf.ftr = page_footer("Hoja de enganche RC-2026-188", "es", size=6.5)
    pdf.set_auto_page_break(True, margin=34)
    pdf.add_page()
    pdf.set_fill_color(92, 58, 30)
    pdf.rect(pdf.l_margin, pdf.get_y(), pdf.epw, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.fnt("B", 12)
    pdf.set_xy(pdf.l_margin + 8, pdf.get_y() + 6)
    pdf.cell(0, 14, "HOJA DE ENGANCHE")
    pdf.fnt("", 8)
    pdf.set_xy(pdf.l_margin + 8, pdf.get_y() + 16)
    pdf.cell(0, 10, "Cosecha de caf\u00e9 2026-2027 \u00b7 Costa Rica")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, pdf.get_y() + 22)
    pdf.para(
        "Enganches y Servicios Laborales R\u00edo Coco \u00b7 Barrio El Calvario, Somoto, Madriz, Nicaragua",
        size=7.5,
        style="B",
        after=4,
    )
    pdf.para(
        "Finca: Beneficio y Finca Cafetalera Los Santos Altos, S.A., San Marcos de Tarraz\u00fa, San Jos\u00e9, "
        "Costa Rica.",
        size=7.8,
        after=2,
    )
    pdf.para(
        "Cortador: Juan Ram\u00f3n Osegueda Lanuza \u00b7 c\u00e9dula 321-140588-0002K",
        size=7.8,
        after=5,
    )
    rows = [
        ["Concepto", "Condici\u00f3n"],
        [
            "Trabajo",
            "Corta manual de caf\u00e9 maduro, acarreo de sacos al recibidor y limpieza de calles",
        ],
        ["Lugar", "Finca Los Santos Altos, San Marcos de Tarraz\u00fa"],
        ["Temporada", "Del 16 de noviembre de 2026 al 27 de febrero de 2027"],
        ["Horario", "Lunes a s\u00e1bado, de 6:00 a 14:00"],
        ["Pago", "\u20a11.600 por cajuela cortada"],
        ["Liquidaci\u00f3n", "Semanal, los s\u00e1bados"],
        ["Vivienda", "Galera con camarotes, agua y luz, sin costo"],
        ["Transporte", "Bus de la frontera de Pe\u00f1as Blancas a la finca, sin costo"],
    ]
    pdf.table(rows, [70, 262], size=7.6, bold_first=True, hfill=(214, 196, 170), pad=2.5)
    fee_q = "La inscripci\u00f3n en la lista de cortadores cuesta C$ 2,500 c\u00f3rdobas y se paga al enganchador en Somoto."
    visa_q = (
        "El tr\u00e1mite del permiso de trabajo temporal ante Migraci\u00f3n de Costa Rica cuesta 35 d\u00f3lares "
        "y lo paga cada cortador."
    )
    pdf.head(
        "Lo que paga el cortador antes de salir", size=8.5, before=0, after=2, color=(92, 58, 30)
    )
    pdf.para(fee_q + " " + visa_q, size=7.8, after=4)
    rows = [
        ["Concepto", "Monto", "C\u00f3mo se paga"],
        ["Inscripci\u00f3n en la lista", "C$ 2,500", "Efectivo, al enganchador"],
        ["Permiso de trabajo temporal", "US$ 35", "En el banco, con boleta"],
    ]
    pdf.table(rows, [130, 70, 132], size=7.6, hfill=(214, 196, 170), pad=2.5)

    # page 2 ---------------------------------------------------------------------------
    pdf.add_page()
    meal_q = "La alimentaci\u00f3n de tres tiempos cuesta \u20a13.000 por d\u00eda y se rebaja de la liquidaci\u00f3n semanal."
    debt_q = (
        "El contratista adelanta \u20a140.000 en efectivo antes de salir de Somoto; se rebajan de las primeras "
        "cuatro liquidaciones con un inter\u00e9s del 10 %."
    )
    ret_q = (
        "El mandador guardar\u00e1 las c\u00e9dulas y los pasaportes de los cortadores en la oficina de la finca "
        "mientras dure la cosecha."
    )
    pdf.head(
        "Rebajos de la liquidaci\u00f3n semanal", size=8.5, before=0, after=2, color=(92, 58, 30)
    )
    pdf.para(meal_q + " " + debt_q, size=7.8, after=4)
    rows = [
        ["Rebajo", "Monto"],
        ["Cuota obrera CCSS (seguro social)", "10,67 % del salario"],
        ["Alimentaci\u00f3n (tres tiempos)", "\u20a13.000 por d\u00eda"],
        ["Abono al adelanto", "\u20a111.000 por semana"],
    ]
    pdf.table(rows, [200, 132], size=7.6, hfill=(214, 196, 170), pad=2.5)
    pdf.head("Reglas de la finca", size=8.5, before=0, after=2, color=(92, 58, 30))
    pdf.para(ret_q + " El seguro de riesgos del trabajo lo paga la finca.", size=7.8, after=4)
    pdf.para("Con mi firma acepto estas condiciones.", size=7.8, after=0)
    pdf.sigs(
        [("Osmar Antonio Rugama", "Enganchador"), ("Juan Ram\u00f3n Osegueda Lanuza", "Cortador")],
        gap=30,
        size=7.2,
    )
    pdf.output(os.path.join(out, "bm12.pdf"))

    return label(
        "bm12.pdf",
        "generic",
        "es",
        2,
        [
            fee("recruitment_fee", "violation", 1, fee_q, 2500.0, "NIO"),
            fee("visa_cost", "violation", 1, visa_q, 35.0, "USD"),
            fee("meal_charge", "review", 2, meal_q, 3000.0, "CRC"),
            fee("debt_bondage", "violation", 2, debt_q, 40000.0, "CRC"),
            fee("document_retention", "violation", 2, ret_q),
        ],
        ["return_transportation", "termination"],
        ["Enganches y Servicios Laborales R\u00edo Coco"],
        [
            "'Cuota obrera CCSS' is the statutory social-security contribution (not insurance_cost)",
            "free housing (galera, water and light)",
            "bus from the border to the farm free (negated travel cost)",
            "work-risk insurance paid by the farm",
        ],
        "recruiter_agreement",
        "statement size (5.5 x 8.5 in) two-page sheet; brown title block; small gridded terms table; cost table "
        "(Concepto | Monto | C\u00f3mo se paga); weekly deductions table; signature lines",
    )


# --------------------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------------------
SCANNED_PAGES = {"bm06.pdf": [3]}


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def expected_severity(program, f):
    cat = f["category"]
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and program in ("h2a", "h2b"):
        q = f["quote"].lower()
        if ("pasaporte" in q or "passport" in q) and "visa " not in q and "visado" not in q:
            return "review"
    return "violation"


def self_check(out, labels):
    import pdfplumber

    errors = []
    for lab in labels:
        path = os.path.join(out, lab["file"])
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append("%s: %d pages, label says %d" % (lab["file"], n, lab["pages"]))
            if not 1 <= n <= 4:
                errors.append("%s: %d pages, must be 1-4" % (lab["file"], n))
            scanned = SCANNED_PAGES.get(lab["file"], [])
            if bool(scanned) != lab["scanned"]:
                errors.append("%s: scanned flag mismatch" % lab["file"])
            texts = {}
            for i, page in enumerate(pdf.pages, start=1):
                if i in scanned:
                    if page.chars or norm(page.extract_text()):
                        errors.append("%s p%d: scanned page has a text layer" % (lab["file"], i))
                    if not page.images:
                        errors.append("%s p%d: scanned page has no image" % (lab["file"], i))
                    texts[i] = ""
                else:
                    texts[i] = norm(page.extract_text())
                    if not texts[i]:
                        errors.append("%s p%d: no text" % (lab["file"], i))
            alltext = " ".join(texts.values())
            for f in lab["fees"]:
                if f["category"] not in CATEGORIES:
                    errors.append("%s: unknown category %s" % (lab["file"], f["category"]))
                if f["severity"] != expected_severity(lab["program"], f):
                    errors.append(
                        "%s: severity %s for %s" % (lab["file"], f["severity"], f["category"])
                    )
                if f["page"] in scanned:
                    errors.append("%s: fee on scanned page %d" % (lab["file"], f["page"]))
                    continue
                if f["page"] not in texts:
                    errors.append("%s: fee page %d out of range" % (lab["file"], f["page"]))
                    continue
                if norm(f["quote"]) not in texts[f["page"]]:
                    where = [p for p, t in texts.items() if norm(f["quote"]) in t]
                    errors.append(
                        "%s: quote not on page %d (found on %s): %r"
                        % (lab["file"], f["page"], where, f["quote"][:70])
                    )
                if (f["amount"] is None) != (f["currency"] is None):
                    errors.append("%s: amount/currency mismatch" % lab["file"])
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append("%s: recruiter not printed: %s" % (lab["file"], r))
            req = REQUIRED[lab["program"]]
            for t in lab["missing_terms"]:
                if t not in req:
                    errors.append(
                        "%s: missing term %s not required for %s" % (lab["file"], t, lab["program"])
                    )
            if lab["missing_terms"] != [t for t in req if t in lab["missing_terms"]]:
                errors.append("%s: missing_terms not in canonical order" % lab["file"])
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    np.random.seed(20260120)
    builders = [bm01, bm02, bm03, bm04, bm05, bm06, bm07, bm08, bm09, bm10, bm11, bm12]
    labels = [b(out) for b in builders]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = self_check(out, labels)
    for e in errors:
        print("CHECK FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    nfees = sum(len(l["fees"]) for l in labels)
    print("ok: %d documents, %d fee labels, self-check passed" % (len(labels), nfees))
    return 0


if __name__ == "__main__":
    sys.exit(main())
