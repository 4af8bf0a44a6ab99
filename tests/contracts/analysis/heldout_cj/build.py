#!/usr/bin/env python3
"""heldout_cj: build the blind batch of 12 recruitment documents and their labels.

    .venv/bin/python tests/contracts/analysis/heldout_cj/build.py OUT_DIR

Writes cj01.pdf ... cj12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks it against the labels (page counts, verbatim quotes on their page,
recruiter names, the image-only scanned page, evidence for every mandatory term that is
not labelled missing). Finally compares the generated labels with the committed
labels.json next to this file (writes it if absent). Exits non-zero on any problem.

Everything is deterministic: fixed creation dates, fixed random seeds, no clock, no network.
All firms, people and most places are invented.
"""

import io
import json
import os
import random
import re
import sys
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
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
_COMMON = [
    "employer_identity",
    "job_duties",
    "work_location",
    "employment_period",
    "hours_of_work",
    "wage_rate",
]
REQUIRED = {
    "h2a": _COMMON
    + [
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
    "h2b": _COMMON
    + [
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
    "generic": ["employer_identity", "worker_identity"]
    + _COMMON[1:]
    + ["pay_frequency", "deductions", "return_transportation", "termination"],
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


def severity(program, cat, passport_only=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


# --------------------------------------------------------------------------------------
# fonts and the PDF class
# --------------------------------------------------------------------------------------
HAVE_DEJAVU = os.path.isfile(os.path.join(FONT_DIR, "DejaVuSans.ttf"))
FAMILIES = {
    "Sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "Cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "Serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "Mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}
CORE = {"Sans": "helvetica", "Cond": "helvetica", "Serif": "times", "Mono": "courier"}
_FALLBACK_MAP = {
    "\u2014": "-",
    "\u2013": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2610": "[ ]",
    "\u2612": "[X]",
    "\u2611": "[X]",
    "\u2713": "v",
    "\u2714": "v",
    "\u2022": "-",
    "\u2026": "...",
    "\u2702": "--",
    "\u2192": "->",
    "\u00a0": " ",
    "\u2011": "-",
    "\u2116": "No.",
}


def S(text):
    """Text as it will be printed (identity with DejaVu; latin-1 approximation otherwise)."""
    if HAVE_DEJAVU:
        return text
    out = "".join(_FALLBACK_MAP.get(c, c) for c in text)
    return out.encode("latin-1", "replace").decode("latin-1")


class PDF(FPDF):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.hdr = None
        self.ftr = None

    def set_font(self, family=None, style="", size=0):
        if family and not HAVE_DEJAVU:
            family = CORE.get(family, family)
        elif family in FAMILIES:  # load DejaVu faces lazily (keeps the build fast)
            st = style.upper()
            st = ("B" if "B" in st else "") + ("I" if "I" in st else "")
            if family.lower() + st not in self.fonts:
                fn = FAMILIES[family][("", "B", "I", "BI").index(st)]
                self.add_font(family, st, os.path.join(FONT_DIR, fn))
        return super().set_font(family, style, size)

    def normalize_text(self, text):
        return super().normalize_text(S(text))

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


# --------------------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(
        self,
        num,
        program,
        language,
        doc_type,
        layout,
        pages,
        fmt="Letter",
        orientation="P",
        margins=(20, 18, 20),
        bottom=18,
        date=(2026, 1, 12),
    ):
        self.file = "cj%02d.pdf" % num
        self.program, self.language = program, language
        self.doc_type, self.layout, self.expected_pages = doc_type, layout, pages
        self.fees, self.evidence, self.missing = [], {}, []
        self.traps, self.recruiters = [], []
        self.scanned = {}  # page number -> source text of the image-only page
        pdf = PDF(orientation=orientation, unit="mm", format=fmt)
        pdf.set_creation_date(datetime(*date, 9, 30, 0, tzinfo=UTC))
        pdf.set_creator("FairRecruit heldout_cj generator")
        pdf.set_producer("fpdf2")
        pdf.set_margins(*margins)
        pdf.set_auto_page_break(True, margin=bottom)
        pdf.set_font("Sans", "", 10)
        self.pdf = pdf

    # a finding: returns the quote so it can be embedded in running text
    def fee(self, cat, quote, amount=None, currency=None, passport_only=False):
        assert cat in CATEGORIES, cat
        self.fees.append(
            {
                "category": cat,
                "severity": severity(self.program, cat, passport_only),
                "page": None,
                "amount": None if amount is None else float(amount),
                "currency": currency,
                "quote": S(quote),
            }
        )
        return quote

    def has(self, term, snippet):
        """Evidence that a mandatory term is stated with a concrete value (checked in the PDF)."""
        assert term in REQUIRED[self.program], (self.file, term)
        self.evidence[term] = S(snippet)
        return snippet

    def trap(self, *descs):
        self.traps.extend(descs)

    def label(self, pages):
        miss = [t for t in TERM_ORDER if t in self.missing]
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scanned),
            "pages": pages,
            "fees": self.fees,
            "missing_terms": miss,
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


# --------------------------------------------------------------------------------------
# drawing helpers
# --------------------------------------------------------------------------------------
def lh(size, factor=1.35):
    return size * 0.3528 * factor


def para(
    pdf,
    text,
    size=10,
    fam="Sans",
    style="",
    align="J",
    factor=1.35,
    after=1.8,
    indent=0.0,
    color=(0, 0, 0),
    w=0,
):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(w, lh(size, factor), text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def rich(pdf, parts, size=10, fam="Sans", align="J", factor=1.35, after=1.8, keep=False):
    """A paragraph with a bold lead-in: parts = [(style, text), ...] via markdown.
    keep=True moves the whole paragraph to the next page if it would be split."""
    pdf.set_font(fam, "", size)
    md = "".join(("**%s**" % t) if st == "B" else t for st, t in parts)
    if keep:
        h = pdf.multi_cell(
            0, lh(size, factor), md, align=align, markdown=True, dry_run=True, output="HEIGHT"
        )
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
    pdf.multi_cell(
        0, lh(size, factor), md, align=align, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    if after:
        pdf.ln(after)


def band(
    pdf,
    text,
    size=10,
    fill=(40, 40, 40),
    color=(255, 255, 255),
    fam="Sans",
    h=None,
    align="L",
    after=2,
):
    pdf.set_font(fam, "B", size)
    pdf.set_fill_color(*fill)
    pdf.set_text_color(*color)
    pdf.cell(
        0,
        h or lh(size, 1.8),
        " " + text,
        fill=True,
        align=align,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(after)


def rule(pdf, gap=2, width=0.3, color=(0, 0, 0)):
    pdf.set_draw_color(*color)
    pdf.set_line_width(width)
    y = pdf.get_y() + gap / 2
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_y(y + gap / 2)
    pdf.set_line_width(0.2)


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam="Sans",
    head=True,
    line_height=None,
    align="LEFT",
    head_fill=(225, 225, 225),
    borders="ALL",
    padding=1.2,
    zebra=None,
    bold_first_col=False,
    after=2.5,
):
    pdf.set_font(fam, "", size)
    pdf.set_fill_color(255, 255, 255)
    style = FontFace(emphasis="BOLD", fill_color=head_fill)
    kw = dict(
        col_widths=widths,
        width=sum(widths),
        line_height=line_height or lh(size, 1.3),
        text_align=align,
        first_row_as_headings=head,
        headings_style=style,
        borders_layout=borders,
        padding=padding,
        v_align="TOP",
        align="LEFT",
    )
    if zebra:
        kw.update(cell_fill_color=zebra, cell_fill_mode="ROWS")
    with pdf.table(**kw) as table:
        for r in rows:
            row = table.row()
            for i, c in enumerate(r):
                if c in ("\u2610", "\u2612", "\u2713") and fam != "Sans":
                    row.cell(c, style=FontFace(family="Sans" if HAVE_DEJAVU else None))
                elif bold_first_col and i == 0:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(after)


def sig_block(pdf, parties, gap=14, size=8.5, fam="Sans", after=4):
    """Signature lines side by side: parties = [(x, w, [line, ...]), ...]."""
    need = gap + lh(size) * max(len(p[2]) for p in parties) + 2
    if pdf.get_y() + need > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y() + gap
    auto = pdf.auto_page_break
    pdf.set_auto_page_break(False, pdf.b_margin)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font(fam, "", size)
    bottom = y
    for x, w, lines in parties:
        pdf.line(x, y, x + w, y)
        yy = y + 1
        for ln in lines:
            pdf.set_xy(x, yy)
            pdf.cell(w, lh(size), ln)
            yy += lh(size)
        bottom = max(bottom, yy)
    pdf.set_auto_page_break(auto, pdf.b_margin)
    pdf.set_xy(pdf.l_margin, bottom + after)


def checkbox_line(pdf, items, size=9.5, fam="Sans", indent=4, after=1):
    pdf.set_font(fam, "", size)
    for checked, text in items:
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            0,
            lh(size),
            ("\u2612 " if checked else "\u2610 ") + text,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    pdf.ln(after)


# ======================================================================================
# cj01  h2a  en  compliant clearance-order addendum (container nursery, Oregon)
# ======================================================================================
def cj01():
    d = Doc(
        1,
        "h2a",
        "en",
        "clearance_order",
        "form-style addendum: boxed field grid, numbered sections, who-pays grid with "
        "check marks, header and footer repeated on every page",
        4,
        margins=(18, 22, 18),
        bottom=20,
        date=(2026, 1, 9),
    )
    p = d.pdf
    emp = "Willow Fork Container Nursery, LLC"

    def hdr(pdf):
        pdf.set_font("Sans", "B", 7.5)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(18, 8)
        pdf.cell(
            0,
            4,
            "H-2A AGRICULTURAL CLEARANCE ORDER \u2014 ADDENDUM B: MATERIAL TERMS AND "
            "CONDITIONS OF EMPLOYMENT",
        )
        pdf.set_xy(18, 12)
        pdf.set_font("Sans", "", 7.5)
        pdf.cell(0, 4, "Employer: %s    |    Job order OR-1142-0326    |    Tolliver, Oregon" % emp)
        pdf.set_draw_color(90, 90, 90)
        pdf.line(18, 17, pdf.w - 18, 17)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(21)

    def ftr(pdf):
        pdf.set_y(-14)
        pdf.set_draw_color(90, 90, 90)
        pdf.line(18, pdf.get_y(), pdf.w - 18, pdf.get_y())
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(
            0, 5, "Form ETA-790A Addendum B  \u00b7  rev. 01/2026  \u00b7  Worker initials: ______"
        )
        pdf.set_x(18)
        pdf.cell(0, 5, "Page %d of {nb}" % pdf.page_no(), align="R")
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(p, "SECTION A \u2014 EMPLOYER AND JOB SUMMARY", 11, style="B", after=1)
    para(
        p,
        "The terms below are part of the job order certified by the U.S. Department of Labor "
        "and are the work contract for every worker placed in this job, whether recruited "
        "abroad or in the United States.",
        8.5,
        color=(70, 70, 70),
    )
    grid(
        p,
        [
            ["Field", "Entry"],
            ["A.1 Employer (legal name)", d.has("employer_identity", emp)],
            ["A.2 Address", "31880 S. Ridgeback Road, Tolliver, Oregon 97038"],
            [
                "A.3 Job title",
                d.has("job_duties", "Nursery and Greenhouse Worker") + " (SOC 45-2092)",
            ],
            ["A.4 Workers requested", "46"],
            [
                "A.5 Period of employment",
                d.has("employment_period", "March 2, 2026 through November 20, 2026"),
            ],
            [
                "A.6 Anticipated hours",
                d.has("hours_of_work", "40 hours per week")
                + ", Monday to Friday, 6:30 a.m. to 3:00 p.m., with a 30-minute unpaid lunch",
            ],
            ["A.7 Rate of pay", d.has("wage_rate", "$20.15 per hour")],
            ["A.8 Pay frequency", d.has("pay_frequency", "Weekly, every Friday")],
            [
                "A.9 Foreign recruiter",
                "Enlace Agrícola del Bajío, S.C., Morelia, Michoacán, Mexico "
                "(paid by the Employer; see Section 15)",
            ],
        ],
        (58, 118),
        size=9,
        bold_first_col=True,
    )
    d.recruiters.append("Enlace Agrícola del Bajío, S.C.")

    para(p, "SECTION B \u2014 MATERIAL TERMS", 11, style="B", after=1.5)
    rich(
        p,
        [
            ("B", "1. Job duties. "),
            (
                "",
                "Workers propagate, pot and re-pot container nursery "
                "stock; feed the potting machine with pots and bark mix and keep it clear; hand-water "
                "and fertilize plants and check drip lines; prune, stake, space and weed containers "
                "by hand; pull, tag and load customer orders onto trucks. Work is done outdoors in all "
                "weather and inside unheated hoop houses.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "2. Place of employment. "),
            (
                "",
                d.has(
                    "work_location",
                    "All work is performed at the Employer's growing grounds at 31880 S. Ridgeback Road "
                    "and at its satellite field at 2207 Mill Creek Lane, both in Tolliver, Halvorsen "
                    "County, Oregon",
                )
                + ".",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "3. Minimum requirements. "),
            (
                "",
                d.has(
                    "job_requirements",
                    "Three months of verifiable experience in nursery, greenhouse or field crop work",
                )
                + ". Workers must be able to lift and carry 50 pounds repeatedly and to stand and walk "
                "for a full shift. No education, license or English is required. The Employer does "
                "not require a criminal background check or a drug test.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "4. Hours. "),
            (
                "",
                "The Employer anticipates 40 hours of work per week, "
                "Monday through Friday. Saturday work may be offered during the May and September "
                "shipping peaks and is voluntary. Workers are not required to work on their "
                "Sabbath or on federal holidays.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "5. Wage rate and wage adjustments. "),
            (
                "",
                "The Employer will pay not less "
                "than $20.15 per hour. "
                + d.has(
                    "wage_adjustment",
                    "This rate is the highest of the Adverse Effect Wage Rate (AEWR) for Oregon, the "
                    "applicable prevailing wage, the agreed-upon collective bargaining wage, and the "
                    "federal or Oregon minimum wage",
                )
                + ". If any of these rates rises during the period "
                "of employment above the rate being paid, the Employer will pay the higher rate from "
                "the date it takes effect. No piece rates are used in this job.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "6. Pay day and earnings records. "),
            (
                "",
                "Wages are paid weekly, on Friday, "
                "for work performed through the preceding Sunday. Each worker chooses direct deposit "
                "to a bank account, a payroll card with free withdrawals at the Tolliver credit "
                "union, or a paper check; none of these options costs the worker anything. "
                + d.has(
                    "earnings_statements",
                    "On or before each pay day, each worker receives an "
                    "itemized earnings statement",
                )
                + " showing hours offered, hours actually worked, "
                "the hourly rate, total earnings, each deduction and its purpose, the pay period, "
                "and the Employer's name, address and FEIN.",
            ),
        ],
        size=9.5,
    )

    rich(
        p,
        [
            ("B", "7. Deductions. "),
            (
                "",
                d.has(
                    "deductions",
                    "The only deductions taken from "
                    "pay are: (a) Oregon state income tax withholding; (b) the Oregon statewide transit "
                    "tax of 0.1% of wages; (c) federal income tax, only if the worker asks for voluntary "
                    "withholding on Form W-4",
                )
                + "; and (d) any deduction the worker voluntarily "
                "authorizes in writing for his or her own benefit, such as a money transfer home. "
                "H-2A earnings are not subject to Social Security or Medicare tax. No deduction is "
                "ever taken for housing, transportation, tools, visa costs or recruitment.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "8. Three-fourths guarantee. "),
            (
                "",
                d.has(
                    "three_fourths_guarantee",
                    "The Employer guarantees to offer each worker employment for a total number of work "
                    "hours equal to at least three-fourths of the workdays of the total period of "
                    "employment",
                )
                + ", counted from the worker's first workday through November 20, "
                "2026, at 8 hours per workday. If the Employer offers fewer hours, it will pay the "
                "amount the worker would have earned had the guaranteed hours been offered. Hours "
                "offered but not worked by the worker count toward the guarantee, up to 8 hours a "
                "day.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "9. Housing. "),
            (
                "",
                d.has(
                    "housing",
                    "Housing is provided free of charge at "
                    "Willow Fork Worker Housing, 31650 S. Ridgeback Road, Tolliver, Oregon",
                )
                + ", to every "
                "worker who cannot reasonably return to his or her permanent residence at the end of "
                "the workday. The housing is registered with Oregon OSHA (camp no. 03-4471) and meets "
                "the applicable standards. The Employer charges no rent, no utility fee, and no "
                "deposit for bedding, keys or any other housing item.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "10. Meals. "),
            (
                "",
                d.has(
                    "meals",
                    "Each housing unit has a fully equipped "
                    "kitchen, with gas ranges, refrigerators, cookware and utensils, provided free of "
                    "charge",
                )
                + ", and workers cook for themselves. The Employer does not sell meals and "
                "does not charge for kitchen use. Coffee and drinking water are available in the "
                "break room at no cost.",
            ),
        ],
        size=9.5,
    )

    rich(
        p,
        [
            ("B", "11. Transportation. "),
            (
                "",
                "(a) "
                + d.has(
                    "inbound_transportation",
                    "Inbound: the Employer buys the bus ticket from Morelia to the U.S. consulate in "
                    "Monterrey and from Monterrey to Tolliver",
                )
                + ", and pays each worker daily "
                "subsistence during the trip at not less than the amount the Department of Labor "
                "publishes for that year, without the need for receipts. Any travel or subsistence "
                "expense a worker nevertheless pays personally will be reimbursed in full in the "
                "first workweek. (b) "
                + d.has(
                    "return_transportation",
                    "Return: if the worker "
                    "completes the period of employment, or is dismissed early for any reason other "
                    "than cause, the Employer provides or pays for return transportation and daily "
                    "subsistence to Morelia",
                )
                + ". (c) "
                + d.has(
                    "daily_transportation",
                    "Daily: the "
                    "Employer provides free daily transportation between the housing and the growing "
                    "grounds",
                )
                + " in company vans driven by licensed drivers and insured as the law "
                "requires.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "12. Tools, supplies and equipment. "),
            (
                "",
                d.has(
                    "tools_provided",
                    "All tools, supplies and equipment required to perform the duties, including "
                    "pruners, potting knives, gloves, rain gear, rubber boots and hearing protection, are "
                    "provided free of charge",
                )
                + ". No deposit is taken for them, and nothing is "
                "deducted for normal wear, loss or breakage.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "13. Workers' compensation. "),
            (
                "",
                d.has(
                    "workers_compensation",
                    "The Employer provides workers' compensation insurance at no cost to the worker "
                    "through Cascadia Mutual Workers' Compensation Company, policy number WC-OR-0448812",
                )
                + ", which pays medical care and lost wages for injuries and illnesses arising out "
                "of the work. A copy of the certificate of coverage is posted in each housing unit.",
            ),
        ],
        size=9.5,
    )

    p.add_page()
    rich(
        p,
        [
            ("B", "14. Visa, travel and other costs of coming to work. "),
            (
                "",
                "The table "
                "below shows who pays each cost connected with this job. A check mark in the "
                "Employer column means the Employer pays it in advance or repays it in full in the "
                "first workweek; the worker column is left blank on purpose.",
            ),
        ],
        size=9.5,
    )
    grid(
        p,
        [
            ["Cost", "Employer", "Worker", "How and when"],
            [
                "H-2A visa issuance fee (USD 205)",
                "\u2713",
                "",
                "Paid at the consulate by the Employer's agent on the day of the interview",
            ],
            ["Border crossing (I-94) fee", "\u2713", "", "Repaid in cash in the first workweek"],
            [
                "Passport issuance or renewal",
                "\u2713",
                "",
                "Repaid in the first workweek on showing the receipt",
            ],
            [
                "Bus Morelia \u2013 Monterrey \u2013 Tolliver",
                "\u2713",
                "",
                "Ticket bought by the Employer",
            ],
            ["Meals and lodging on the way", "\u2713", "", "Daily subsistence paid on arrival"],
            [
                "Recruiter's fees and expenses",
                "\u2713",
                "",
                "Paid by the Employer under its written contract with the recruiter",
            ],
            ["Housing, utilities, kitchen", "\u2713", "", "Free for the whole contract"],
            ["Tools and protective equipment", "\u2713", "", "Free, no deposit"],
        ],
        (58, 20, 18, 80),
        size=8.5,
        head_fill=(205, 220, 205),
    )
    d.trap(
        "employer pays the H-2A visa fee (USD 205) in a who-pays grid",
        "passport and I-94 fees repaid in the first workweek",
        "bus ticket bought by the employer; subsistence paid on arrival",
    )

    rich(
        p,
        [
            ("B", "15. Recruitment. "),
            (
                "",
                "The Employer has engaged Enlace Agrícola del "
                "Bajío, S.C. to find and pre-screen workers in Michoacán and Guanajuato. The Employer "
                "pays every fee and expense of this recruiter, and its written agreement with the "
                "recruiter forbids it and its sub-agents from seeking or receiving payment of any "
                "kind from any worker. No worker will be charged a placement, registration, "
                "processing or any other fee to be hired or to be put on a list. A worker who is "
                "asked for money by anyone in connection with this job should call the Employer at "
                "+1 503-555-0147 (Spanish spoken); the Employer will repay the worker and end its "
                "relationship with the recruiter.",
            ),
        ],
        size=9.5,
    )
    d.trap(
        "recruiter's fees paid by the employer; written ban on charging workers",
        'negated placement/registration/processing fee ("No worker will be charged")',
    )
    rich(
        p,
        [
            ("B", "16. Abandonment and termination. "),
            (
                "",
                d.has(
                    "termination",
                    "A worker who fails to report for work for 5 consecutive working days without the "
                    "Employer's consent will be considered to have voluntarily abandoned employment",
                )
                + ", and the Employer will notify the Department of Labor and the Department of "
                "Homeland Security in writing within 2 working days. A worker may be dismissed for "
                "cause, such as repeated failure to follow safety rules after a written warning, "
                "violence or theft. A worker who abandons the job or is dismissed for cause is not "
                "entitled to the three-fourths guarantee for the rest of the contract or to return "
                "transportation.",
            ),
        ],
        size=9.5,
    )
    d.trap(
        "loss of 3/4 guarantee and return fare after abandonment is the lawful consequence, "
        "not a breach penalty"
    )
    rich(
        p,
        [
            ("B", "17. Contract impossibility. "),
            (
                "",
                d.has(
                    "contract_impossibility",
                    "If, before November 20, 2026, the services of the workers are no longer required "
                    "because fire, flood, freeze, hail, plant disease or another Act of God makes the "
                    "fulfillment of this contract impossible",
                )
                + ", as determined by the Certifying "
                "Officer, the Employer may end the contract. In that case it will pay the "
                "three-fourths guarantee for the period through the termination date, provide or "
                "pay return transportation and subsistence, and make efforts to transfer the "
                "workers to other comparable employment.",
            ),
        ],
        size=9.5,
    )
    rich(
        p,
        [
            ("B", "18. Workers' rights. "),
            (
                "",
                "Workers keep their own passports, visas and "
                "identity documents at all times; the Employer will not hold them, even for "
                "safekeeping. Workers are free to leave the housing during their off hours and to "
                "receive visitors. The Employer will not intimidate, blacklist, discharge or in any "
                "way discriminate against a worker who files a complaint, speaks to a lawyer, a "
                "union or a government agency, or testifies in any proceeding.",
            ),
        ],
        size=9.5,
    )
    d.trap(
        "employer will not hold passports (negated document retention)",
        "free to leave housing and receive visitors (negated movement restriction)",
        "no blacklisting for complaints (negated blacklisting threat)",
        "'feed the potting machine' is a job duty, not a fee",
        "direct deposit / payroll card offered at no cost",
        "free coffee and kitchen",
        "tools free, no deposit, nothing deducted for breakage",
        "housing free, no deposit for bedding or keys",
    )
    rich(
        p,
        [
            ("B", "19. Copy of the contract. "),
            (
                "",
                "Each worker receives a copy of this "
                "addendum in Spanish no later than the time he or she applies for the visa, and "
                "again on the first day of work.",
            ),
        ],
        size=9.5,
    )
    p.ln(3)
    para(p, "CERTIFICATION", 10, style="B", after=1)
    para(
        p,
        "I certify that the terms above are the actual terms and conditions of the "
        "employment being offered and that they comply with 20 CFR 655.122 and 655.135.",
        9,
    )
    sig_block(
        p,
        [
            (18, 75, ["Graciela M. Thornquist, Managing Member", emp]),
            (110, 70, ["Date: January 9, 2026"]),
        ],
    )
    d.missing = []
    return d


# ======================================================================================
# cj02  h2a  es  recruiter application form + commitment letter + receipt/pagaré annex
#       (Zacatecas -> Washington orchards)
# ======================================================================================
def cj02():
    d = Doc(
        2,
        "h2a",
        "es",
        "recruiter_agreement",
        "application form with checkboxes and data fields; numbered commitments; annex page "
        "with a boxed receipt (amount in words) and a printed pagaré",
        3,
        margins=(17, 15, 17),
        bottom=18,
        date=(2026, 2, 4),
    )
    p = d.pdf
    ag = "Servicios Laborales Altiplano Zacatecano"
    d.recruiters.append(ag)

    def hdr(pdf):
        pdf.set_fill_color(122, 28, 44)
        pdf.rect(0, 0, pdf.w, 3, style="F")
        pdf.set_xy(17, 6)
        pdf.set_font("Serif", "B", 13)
        pdf.set_text_color(122, 28, 44)
        pdf.cell(0, 6, ag.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Sans", "", 6.8)
        pdf.set_text_color(60, 60, 60)
        pdf.cell(
            0,
            4,
            "Reclutamiento y gestoría para programas de trabajo temporal  \u00b7  "
            "Av. Hidalgo 412-B, Col. Centro, San Lázaro del Mezquite, Zac.  \u00b7  "
            "Tel. y WhatsApp 493 118 2207",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(3)

    def ftr(pdf):
        pdf.set_y(-13)
        pdf.set_font("Sans", "I", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(
            0,
            4,
            "Folio SLAZ-H2A-26-0187   \u2022   Hoja %d de {nb}   \u2022   "
            "Conserve este documento" % pdf.page_no(),
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(
        p,
        "SOLICITUD DE INGRESO Y CARTA COMPROMISO DEL ASPIRANTE",
        12.5,
        style="B",
        align="C",
        after=0.5,
    )
    para(
        p,
        "Programa de visas de trabajo agrícola H-2A \u2014 Temporada 2026",
        10,
        align="C",
        after=3,
    )
    band(p, "I. DATOS DEL ASPIRANTE", 9.5, fill=(122, 28, 44))
    grid(
        p,
        [
            ["Nombre completo:", "Cristóbal Ávila Reveles", "Edad:", "34 años"],
            ["CURP:", "AIRC910817HZSVVR06", "Estado civil:", "Casado"],
            [
                "Domicilio:",
                "Calle Morelos 19, Rancho El Tepozán, mpio. de San Lázaro del Mezquite, Zac.",
                "Teléfono:",
                "493 102 4471",
            ],
            ["Folio INE:", "2109 3388 4417", "Escolaridad:", "Secundaria"],
        ],
        (32, 78, 26, 40),
        size=8.5,
        head=False,
        borders="HORIZONTAL_LINES",
        bold_first_col=True,
    )
    checkbox_line(
        p,
        [
            (True, "Ha trabajado antes con visa H-2A (temporadas 2023 y 2024, pizca de manzana)"),
            (False, "Ha tenido problemas migratorios o deportaciones"),
            (True, "Sabe leer y escribir"),
        ],
        size=9,
    )

    band(
        p, "II. VACANTE A LA QUE SE POSTULA (datos de la orden de trabajo)", 9.5, fill=(122, 28, 44)
    )
    emp = "Ridgeline Bluff Fruit Co., LLC"
    grid(
        p,
        [
            [
                "Empresa",
                d.has(
                    "employer_identity",
                    emp + ", 5120 Coyote Bench Road, Brewer Flats, Washington 98813, EE. UU.",
                ),
            ],
            [
                "Puesto y tareas",
                d.has(
                    "job_duties",
                    "Trabajador agrícola: pizca de cereza y manzana con escalera y bolsa",
                )
                + ", aclareo de fruta, acarreo de "
                "cajas y bins dentro de la huerta",
            ],
            [
                "Lugar de trabajo",
                d.has("work_location", "Huertas de la empresa en Brewer Flats, Washington"),
            ],
            ["Temporada", d.has("employment_period", "Del 1 de junio al 31 de octubre de 2026")],
            [
                "Jornada",
                d.has("hours_of_work", "8 horas diarias, de lunes a sábado (48 horas por semana)"),
            ],
            ["Sueldo", d.has("wage_rate", "19.82 dólares por hora")],
            ["Pago", d.has("pay_frequency", "Semanal, cada jueves")],
            [
                "Vivienda",
                d.has(
                    "housing", "Gratuita, en el campamento de la empresa en 5120 Coyote Bench Road"
                ),
            ],
            [
                "Viaje de ida",
                d.has(
                    "inbound_transportation",
                    "La empresa reembolsa el autobús de "
                    "Zacatecas a Monterrey y de Monterrey a Washington",
                )
                + " en el primer "
                "cheque.",
            ],
            [
                "Requisitos",
                d.has(
                    "job_requirements",
                    "Una temporada mínima de experiencia en pizca de fruta con escalera",
                )
                + "; saber leer y escribir.",
            ],
        ],
        (36, 140),
        size=8.5,
        head=False,
        bold_first_col=True,
        zebra=(246, 240, 241),
    )
    d.trap(
        "employer reimburses the bus Zacatecas-Monterrey-Washington (inbound) in the first check",
        "free housing in the employer's camp",
    )

    band(p, "III. DOCUMENTOS QUE ENTREGA (SOLO COPIAS)", 9.5, fill=(122, 28, 44))
    checkbox_line(
        p,
        [
            (True, "Copia del pasaporte vigente (el original se queda con usted)"),
            (True, "Copia de INE y CURP"),
            (True, "Acta de nacimiento"),
            (True, "Dos fotografías tamaño infantil"),
            (False, "Carta de recomendación del patrón anterior (opcional)"),
        ],
        size=9,
    )
    d.trap("only copies of the passport are taken; the original stays with the worker")
    p.ln(4)
    band(p, "PARA USO EXCLUSIVO DE LA OFICINA", 8, fill=(200, 200, 200), color=(0, 0, 0))
    grid(
        p,
        [
            ["Entrevistó: R. Berumen", "Fecha de entrevista: 28/01/2026", "Grupo: 3-B"],
            ["\u2612 Expediente completo", "\u2610 Pendiente acta", "Junta: 14/02/2026, 10:00 h"],
        ],
        (58, 60, 58),
        size=8,
        head=False,
    )

    p.add_page()
    band(p, "IV. COMPROMISOS DEL ASPIRANTE", 9.5, fill=(122, 28, 44))
    para(
        p,
        "Por medio de la presente, el que suscribe se compromete ante la gestoría a lo siguiente:",
        9.5,
    )
    items = [
        "Asistir puntualmente a las juntas informativas que se le indiquen por WhatsApp y "
        "mantener su teléfono encendido durante todo el proceso.",
        d.fee(
            "recruitment_fee",
            "Cubrir la aportación por gestión de expediente, reservación "
            "de lugar y seguimiento de cita consular por la cantidad de $9,500.00 (NUEVE MIL "
            "QUINIENTOS PESOS 00/100 M.N.), en dos exhibiciones iguales.",
            9500,
            "MXN",
        ),
        d.fee(
            "medical_cost",
            "Realizarse el examen médico general y la prueba antidoping en "
            "el laboratorio que le indique la gestoría, con un costo de $1,850.00 pesos que "
            "cubre el propio aspirante.",
            1850,
            "MXN",
        ),
        d.fee(
            "deposit_or_bond",
            "Firmar, como garantía de cumplimiento, un pagaré por la "
            "cantidad de $30,000.00 (TREINTA MIL PESOS 00/100 M.N.) a favor de la gestoría, el "
            "cual le será devuelto cuando regrese a México al término de su contrato.",
            30000,
            "MXN",
        ),
        "No proporcionar información falsa en su solicitud ni en la entrevista consular.",
        "Presentarse en la central de autobuses en la fecha y hora que se le avise para viajar "
        "a Monterrey con el grupo.",
    ]
    for i, t in enumerate(items, 1):
        p.set_font("Sans", "B", 9.5)
        p.cell(8, lh(9.5), "%d." % i)
        p.set_font("Sans", "", 9.5)
        p.multi_cell(0, lh(9.5), t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1.2)
    p.ln(2)
    band(p, "V. AVISO IMPORTANTE", 9.5, fill=(60, 60, 60))
    para(
        p,
        "La gestoría no vende visas ni garantiza que el consulado la otorgue. El derecho de "
        "visa (205 dólares) lo paga la empresa directamente en el consulado; usted no debe "
        "entregar a nadie dinero para la visa. El pasaje de ida lo reembolsa la empresa como "
        "se indica en el punto II. Cualquier persona que diga venir de parte de la gestoría "
        "y le pida dinero fuera de esta oficina no está autorizada.",
        9.2,
    )
    d.trap(
        "visa fee (205 dólares) paid by the employer at the consulate",
        "'no debe entregar a nadie dinero para la visa' (negation next to a real fee)",
    )
    para(
        p,
        "Leído el presente y enterado de su contenido y alcance, el aspirante lo firma de "
        "conformidad en San Lázaro del Mezquite, Zacatecas, a 4 de febrero de 2026.",
        9.5,
    )
    sig_block(
        p,
        [
            (20, 70, ["Cristóbal Ávila Reveles", "Firma del aspirante"]),
            (115, 75, ["Ing. Rogelio Berumen Saldívar", "Recibe por la gestoría"]),
        ],
        gap=16,
    )

    p.add_page()
    band(p, "ANEXO B \u2014 RECIBO DE PAGO Y PAGARÉ", 9.5, fill=(122, 28, 44))
    x0, y0 = p.l_margin, p.get_y() + 2
    p.set_draw_color(122, 28, 44)
    p.set_dash_pattern(dash=1.2, gap=0.8)
    p.rect(x0, y0, p.w - 2 * x0, 58)
    p.set_dash_pattern()
    p.set_xy(x0 + 4, y0 + 3)
    p.set_font("Serif", "B", 11)
    p.cell(90, 6, "RECIBO No. 0412")
    p.set_font("Serif", "B", 11)
    p.cell(0, 6, "BUENO POR $4,750.00", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_x(x0 + 4)
    p.set_font("Serif", "", 10)
    p.multi_cell(
        p.w - 2 * x0 - 8,
        lh(10, 1.5),
        "Recibí del C. Cristóbal Ávila Reveles la cantidad de $4,750.00 (CUATRO MIL "
        "SETECIENTOS CINCUENTA PESOS 00/100 M.N.) por concepto de primera exhibición de "
        "la aportación por gestión de expediente, folio SLAZ-H2A-26-0187. La segunda "
        "exhibición se cubrirá al recibir la fecha de cita consular.",
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_x(x0 + 4)
    p.multi_cell(
        0,
        lh(10, 1.5),
        "San Lázaro del Mezquite, Zac., a 4 de febrero de 2026.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_y(y0 + 42)
    sig_block(p, [(x0 + 100, 70, ["Ing. Rogelio Berumen Saldívar", "Sello y firma"])], gap=6)
    p.set_y(y0 + 66)
    p.set_draw_color(0, 0, 0)
    p.set_font("Serif", "B", 12)
    p.cell(0, 7, "PAGARÉ", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_font("Serif", "", 10)
    p.cell(
        0,
        6,
        "No. 1/1          Bueno por: $30,000.00 M.N.",
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    para(
        p,
        "En San Lázaro del Mezquite, Zacatecas, a ____ de ______________ de 2026. Debo y "
        "pagaré incondicionalmente por este pagaré a la orden de " + ag + ", en su domicilio, "
        "la cantidad de $30,000.00 (TREINTA MIL PESOS 00/100 M.N.), valor recibido a mi "
        "entera satisfacción, el día ____ de ______________ de ______. De no pagarse a su "
        "vencimiento, causará intereses moratorios al tipo de 5% mensual hasta su total "
        "liquidación.",
        10,
        fam="Serif",
        factor=1.5,
    )
    para(
        p,
        "Nombre y domicilio del deudor: Cristóbal Ávila Reveles, Calle Morelos 19, Rancho El "
        "Tepozán, Zac.",
        9.5,
        fam="Serif",
    )
    para(
        p,
        "Aval: ______________________________   Domicilio del aval: ______________________________",
        9.5,
        fam="Serif",
    )
    sig_block(p, [(20, 70, ["Acepto: firma del deudor"]), (115, 70, ["Firma del aval"])], gap=14)
    d.missing = [
        "wage_adjustment",
        "deductions",
        "three_fourths_guarantee",
        "meals",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    return d


# ======================================================================================
# cj03  h2b  en  compliant offer letter + terms annex + who-pays annex (Maine inn, Jamaica)
# ======================================================================================
def cj03():
    d = Doc(
        3,
        "h2b",
        "en",
        "offer_letter",
        "letter on letterhead; annex A two-column terms grid; annex B who-pays table; "
        "three-party signature block (employer, worker, recruiter)",
        3,
        margins=(22, 16, 22),
        bottom=20,
        date=(2026, 2, 3),
    )
    p = d.pdf
    emp = "Kestrel Harbor Inn & Cottages, Inc."
    rec = "Blue Mahoe Hospitality Recruitment Ltd."
    d.recruiters.append(rec)

    def ftr(pdf):
        pdf.set_y(-15)
        pdf.set_font("Serif", "I", 7.5)
        pdf.set_text_color(40, 70, 100)
        pdf.cell(
            0,
            4,
            "Kestrel Harbor Inn & Cottages \u2022 14 Water Street \u2022 Port Ellery, "
            "Maine 04609 \u2022 (207) 555-0182",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.cell(0, 4, "%d" % pdf.page_no(), align="C")
        pdf.set_text_color(0, 0, 0)

    p.ftr = ftr
    p.add_page()
    p.set_font("Serif", "B", 20)
    p.set_text_color(40, 70, 100)
    p.cell(0, 9, "KESTREL HARBOR", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_font("Serif", "I", 10)
    p.cell(
        0, 5, "Inn & Cottages  \u00b7  on the bay since 1911", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    p.set_text_color(0, 0, 0)
    rule(p, 4, 0.6, (40, 70, 100))
    para(p, "February 3, 2026", 10, fam="Serif", after=4)
    para(
        p,
        "Ms. Shanice Whitfield-Brown\nLot 22, Mango Walk\nCornwall Heights, St. James\n"
        "Jamaica, W.I.",
        10,
        fam="Serif",
        align="L",
        after=4,
    )
    para(
        p,
        "Re: Offer of seasonal employment (H-2B) \u2014 Housekeeping and Guest Services Attendant",
        10,
        fam="Serif",
        style="B",
        align="L",
        after=3,
    )
    body = [
        "Dear Ms. Whitfield-Brown,",
        "Thank you for interviewing with us in January. We are delighted to offer you seasonal "
        "employment with "
        + d.has("employer_identity", emp + ", 14 Water Street, Port Ellery, Maine 04609")
        + ", for our 2026 summer season. Your job will be at the Inn and at our "
        "cottages on the shore path, and the season runs from May 11 to October 24, 2026.",
        "The full terms of your employment, which are the same as those in our job order "
        "certified by the U.S. Department of Labor, are set out in Annex A. Annex B shows, item "
        "by item, who pays for the costs of getting here and home again. Please read both "
        "carefully, ask us anything that is not clear, and sign on the last page if you accept.",
        "A word about money. You should not have paid anyone to get this job, and you will not "
        "be asked to. " + rec + " in Montego Bay helps us find and interview candidates, and we "
        "pay it for that work. Neither Blue Mahoe nor anyone acting for it may ask you for money "
        "for the interview, the application, a medical, the visa appointment or a place on the "
        "list. If anyone does, please tell us at the number below: we will repay you in full "
        "and end our relationship with that person.",
        "Please keep your passport with you. We never hold workers' passports or other papers, "
        "not even for safekeeping.",
        "We look forward to welcoming you to Port Ellery.",
    ]
    for b in body:
        para(p, b, 10.5, fam="Serif", factor=1.45, after=2.6)
    d.trap(
        "recruiter paid by the employer; 'may not ask you for money' (negated recruitment fee)",
        "employer never holds passports (negated document retention)",
    )
    para(p, "Warm regards,", 10.5, fam="Serif", after=10)
    para(
        p,
        "Delphine Aucoin-Reyes\nDirector of Human Resources\nhr@kestrelharbor.example  "
        "\u00b7  (207) 555-0182, ext. 4",
        10,
        fam="Serif",
        align="L",
    )

    p.add_page()
    band(
        p,
        "ANNEX A \u2014 TERMS OF EMPLOYMENT (job order H-400-26021-884310)",
        10,
        fill=(40, 70, 100),
    )
    rows = [
        ["Term", "What we offer"],
        ["Employer", emp + ", 14 Water Street, Port Ellery, Maine 04609"],
        [
            "Position and duties",
            d.has("job_duties", "Housekeeping and Guest Services Attendant")
            + ": clean and prepare guest rooms and cottages (make beds, change linens, vacuum, "
            "clean bathrooms, restock amenities); deliver towels, cribs and rollaways; at peak "
            "hours staff the shuttle desk, greet arriving guests and collect parking and resort "
            "fees from customers, giving a receipt for each payment.",
        ],
        [
            "Where you work",
            d.has(
                "work_location",
                "Kestrel Harbor Inn, 14 Water Street, and the "
                "Kestrel Harbor Cottages, 120 Shore Path, both in Port Ellery, "
                "Maine",
            ),
        ],
        ["Dates", d.has("employment_period", "May 11, 2026 to October 24, 2026")],
        [
            "Hours",
            d.has("hours_of_work", "40 hours per week: five 8-hour shifts, 7:00 a.m. to 3:30 p.m.")
            + ", with a 30-minute unpaid meal break; days off rotate.",
        ],
        ["Pay rate", d.has("wage_rate", "$16.40 per hour")],
        [
            "If rates go up",
            d.has(
                "wage_adjustment",
                "If a higher prevailing wage or minimum "
                "wage takes effect during your employment, we pay you the "
                "higher rate from its effective date",
            )
            + ".",
        ],
        [
            "Overtime",
            d.has("overtime", "Hours over 40 in a workweek are paid at $24.60 per hour")
            + " (time and a half).",
        ],
        [
            "Payday",
            d.has("pay_frequency", "Weekly, every Friday") + ", by direct deposit or, if "
            "you prefer, by a payroll card with no fees.",
        ],
        [
            "Pay statement",
            d.has(
                "earnings_statements",
                "Every payday you receive a statement "
                "showing hours offered, hours worked, rate of pay, gross pay, "
                "each deduction and net pay",
            )
            + ".",
        ],
        [
            "Deductions",
            d.has(
                "deductions",
                "Federal and Maine income tax withholding, Social Security and Medicare tax",
            )
            + ", and any deduction you "
            "voluntarily authorize in writing. Nothing else is taken from your pay.",
        ],
        [
            "Guaranteed work",
            d.has(
                "three_fourths_guarantee",
                "We guarantee to offer you work "
                "for at least three-fourths of the workdays in each 12-week "
                "period",
            )
            + " of the contract (and in the final partial "
            "period). If we offer fewer hours, we pay you the difference.",
        ],
        [
            "Qualifications",
            d.has("job_requirements", "No experience required. You must be able to lift 30 pounds")
            + ", stand for most of the shift, and "
            "speak enough English to greet guests.",
        ],
        [
            "Travel here",
            d.has(
                "inbound_transportation",
                "We buy your airline ticket from Kingston to Portland, Maine",
            )
            + " and meet you with our shuttle. "
            "Any travel, lodging or meal cost you pay on the way is reimbursed with your first "
            "paycheck.",
        ],
        [
            "Travel home",
            d.has(
                "return_transportation",
                "If you complete the season, or we "
                "dismiss you early for any reason other than cause, we pay your "
                "flight home to Kingston",
            )
            + ".",
        ],
        [
            "Visa costs",
            d.has(
                "visa_reimbursement",
                "We reimburse your visa fee and any visa "
                "processing and border-crossing fees in your first workweek",
            )
            + ", and we also repay the cost of your passport.",
        ],
        [
            "Uniforms and tools",
            d.has(
                "tools_provided",
                "Uniforms, non-slip shoes, gloves, "
                "cleaning supplies and equipment are provided free",
            )
            + ", with no deposit; we launder uniforms.",
        ],
        [
            "Housing",
            "A shared room in our staff house, Gull House, 3 Harbor Lane, is available "
            "free of charge. You may live elsewhere if you prefer.",
        ],
        [
            "Meals",
            "One free staff meal per shift in the staff dining room; coffee and tea all day.",
        ],
        [
            "Leaving the job",
            "You may resign at any time without paying anything. "
            + d.has(
                "termination",
                "If you miss 5 consecutive workdays without contacting us, we "
                "will treat this as abandonment",
            )
            + " and notify the Department of Labor and "
            "the Department of Homeland Security, as the law requires. We dismiss only for cause, "
            "after a written warning, except for theft or violence.",
        ],
        [
            "If work becomes impossible",
            d.has(
                "contract_impossibility",
                "If a hurricane, fire or other event beyond our control makes the work impossible",
            )
            + ", we will pay for the guaranteed "
            "hours up to that date and your trip home, and help you find another H-2B job.",
        ],
        [
            "Complaints",
            "You may raise any concern with us, the Department of Labor or anyone "
            "else. We will not retaliate or refuse to rehire you for doing so.",
        ],
    ]
    grid(p, rows, (40, 126), size=8.8, bold_first_col=True, head_fill=(210, 222, 234))
    d.trap(
        "'collect parking and resort fees from customers' is a job duty",
        "direct deposit / payroll card with no fees",
        "free staff housing (not required under H-2B)",
        "free staff meal, coffee and tea",
        "resign at any time without paying anything (negated breach penalty)",
        "uniforms and tools free, no deposit",
        "visa fees and even the passport fee repaid in the first workweek",
        "no retaliation or blacklisting for complaints",
    )

    band(p, "ANNEX B \u2014 WHO PAYS?", 10, fill=(40, 70, 100))
    grid(
        p,
        [
            ["Cost", "Kestrel Harbor", "You"],
            ["Recruiter's fees (Blue Mahoe)", "Pays 100%", "$0"],
            ["Visa fee and visa processing", "Repays in week 1", "$0"],
            ["Passport", "Repays in week 1", "$0"],
            ["Flight Kingston \u2013 Portland and shuttle", "Buys ticket", "$0"],
            ["Meals and lodging on the way", "Repays with first paycheck", "$0"],
            ["Uniforms, shoes, supplies", "Provides free", "$0"],
            ["Staff housing (optional)", "Free", "$0"],
            ["Flight home (season completed)", "Buys ticket", "$0"],
        ],
        (70, 60, 36),
        size=8.8,
        head_fill=(210, 222, 234),
    )

    para(p, "ACCEPTANCE", 10, style="B", after=1)
    para(
        p,
        "I have read Annex A and Annex B, received them in English, and accept this offer. "
        "The recruiter confirms that it has received no payment of any kind from the "
        "worker.",
        9.5,
    )
    sig_block(
        p,
        [
            (22, 50, ["For " + emp, "Delphine Aucoin-Reyes, HR Director"]),
            (80, 50, ["Worker", "Shanice Whitfield-Brown"]),
            (138, 52, ["For " + rec, "Everton McFarlane, Director"]),
        ],
        gap=14,
        size=7.5,
    )
    d.missing = []
    return d


# ======================================================================================
# cj04  h2b  es  recruiter circular to applicants (Sinaloa -> Maryland crab house)
# ======================================================================================
def cj04():
    d = Doc(
        4,
        "h2b",
        "es",
        "recruiter_circular",
        "bulletin/circular: boxed letterhead, dates table, cost table with a 'Lo paga' "
        "column (fees quoted as table rows), numbered rules, tear-off acknowledgement slip",
        2,
        margins=(18, 14, 18),
        bottom=16,
        date=(2026, 1, 8),
    )
    p = d.pdf
    ag = "Agencia Reclutadora Palmar del Norte"
    d.recruiters.append(ag)

    def ftr(pdf):
        pdf.set_y(-11)
        pdf.set_font("Cond", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 4, "Circular 03/2026 \u2014 %d/{nb}" % pdf.page_no(), align="R")
        pdf.set_text_color(0, 0, 0)

    p.ftr = ftr
    p.add_page()
    p.set_draw_color(0, 90, 110)
    p.set_line_width(0.8)
    p.rect(18, 12, p.w - 36, 22)
    p.set_line_width(0.2)
    p.set_xy(22, 14)
    p.set_font("Cond", "B", 15)
    p.set_text_color(0, 90, 110)
    p.cell(0, 7, ag.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_x(22)
    p.set_font("Cond", "", 8.5)
    p.set_text_color(50, 50, 50)
    p.multi_cell(
        p.w - 44,
        4,
        "Calle Benito Juárez 38, Col. Las Garzas, Villa Las Garzas, "
        "Sinaloa  \u00b7  Cel. 668 214 9051\nTrámites para trabajo temporal en Estados "
        "Unidos y Canadá  \u00b7  Atención: lunes a viernes de 9 a 14 h",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_text_color(0, 0, 0)
    p.set_y(38)
    para(p, "CIRCULAR 03/2026", 12, fam="Cond", style="B", align="C", after=0)
    para(
        p,
        "A todas las aspirantes y los aspirantes inscritos para la temporada de jaiba 2026",
        10,
        fam="Cond",
        style="I",
        align="C",
        after=3,
    )
    emp = "Tidewater Shoal Seafood, Inc."
    para(
        p,
        "Por medio de la presente se informa a las personas inscritas para trabajar la "
        "temporada 2026 en la empresa "
        + d.has(
            "employer_identity",
            emp + " (2210 Cannery Lane, Wingate Creek, Maryland 21675, EE. UU.)",
        )
        + ", con visa de trabajo temporal "
        "H-2B, lo que sigue. Favor de leer con calma y traer firmado el talón de la última "
        "hoja a la junta informativa.",
        10,
        fam="Cond",
    )

    para(p, "1. FECHAS", 10.5, fam="Cond", style="B", after=1)
    grid(
        p,
        [
            ["Actividad", "Fecha"],
            ["Entrega de papeles en oficina", "12 al 16 de enero"],
            ["Junta informativa (salón ejidal)", "24 de enero, 10:00 a.m."],
            ["Salida del grupo a Monterrey", "18 de marzo, 6:00 a.m., frente a la iglesia"],
            ["Inicio de labores en planta", "1 de abril de 2026"],
            ["Fin de temporada", "15 de noviembre de 2026"],
        ],
        (80, 90),
        size=9,
        fam="Cond",
        head_fill=(200, 225, 230),
    )
    d.has("employment_period", "Inicio de labores en planta 1 de abril de 2026")

    para(p, "2. EL TRABAJO", 10.5, fam="Cond", style="B", after=1)
    para(
        p,
        d.has(
            "job_duties",
            "Pelado de jaiba azul cocida: separar la carne del cuerpo y de "
            "las tenazas con cuchillo",
        )
        + ", clasificarla (jumbo, lump, claw) y empacarla en "
        "vasos. "
        + d.has(
            "work_location",
            "Se trabaja de pie, en la planta de la empresa en Wingate Creek, Maryland",
        )
        + ", en área refrigerada. El horario depende de la jaiba "
        "que entreguen los barcos cada día; hay semanas de mucho trabajo y semanas flojas. "
        + d.has("wage_rate", "El sueldo es de 17.18 dólares por hora")
        + " y "
        + d.has("pay_frequency", "el pago es semanal, los viernes")
        + ".",
        10,
        fam="Cond",
    )
    para(p, "3. REQUISITOS", 10.5, fam="Cond", style="B", after=1)
    para(
        p,
        d.has(
            "job_requirements",
            "Ser mayor de 18 años, tener experiencia comprobable en "
            "el pelado de jaiba o de camarón",
        )
        + " y contar con pasaporte vigente al momento de "
        "la junta.",
        10,
        fam="Cond",
    )

    para(p, "4. COSTOS DEL PROCESO", 10.5, fam="Cond", style="B", after=1)
    para(
        p,
        "La inscripción en la lista no tiene costo. "
        + d.fee(
            "recruitment_fee",
            "Para continuar con su trámite, cada aspirante aportará una cooperación voluntaria "
            "de 3,500 pesos para gastos de oficina, papelería y mensajería.",
            3500,
            "MXN",
        )
        + " Los demás gastos se resumen en la tabla:",
        10,
        fam="Cond",
    )
    d.trap("'La inscripción en la lista no tiene costo' (negated fee just before the real one)")
    visa_row = ["Derecho consular de la visa H-2B", "205 dólares", "Aspirante", "En el consulado"]
    bus_row = [
        "Autobús a Monterrey y 3 noches de hotel",
        "2,900 pesos",
        "Aspirante",
        "En la oficina",
    ]
    grid(
        p,
        [
            ["Concepto", "Monto", "Lo paga", "Cuándo"],
            ["Inscripción en la lista", "Sin costo", "\u2014", "\u2014"],
            visa_row,
            bus_row,
            ["Vivienda en Wingate Creek", "Sin costo", "Empresa", "Toda la temporada"],
        ],
        (68, 30, 30, 42),
        size=9,
        fam="Cond",
        head_fill=(200, 225, 230),
    )
    d.fee("visa_cost", " ".join(visa_row), 205, "USD")
    d.fee("travel_cost", " ".join(bus_row), 2900, "MXN")
    para(
        p,
        "Las cantidades a cargo del aspirante se pagan antes de la cita consular y no son "
        "reembolsables.",
        9.5,
        fam="Cond",
        style="I",
    )
    d.trap("free housing near the plant (cost table row 'Sin costo / Empresa')")
    p.ln(2)
    para(p, "5. REGLAS DE LA TEMPORADA", 10.5, fam="Cond", style="B", after=1)
    rules = [
        d.fee(
            "wage_withholding",
            "De cada cheque semanal la empresa retendrá 40 dólares como "
            "fondo de ahorro de temporada, que se entregará completo a cada trabajador al "
            "terminar la temporada.",
            40,
            "USD",
        ),
        d.has(
            "deductions",
            "Del cheque se descuentan únicamente los impuestos federales y "
            "estatales, el seguro social y el fondo de ahorro de temporada",
        )
        + ".",
        "La vivienda está a media cuadra de la planta. Cada cuarto es para cuatro personas, con "
        "baño, estufa y refrigerador; no se cobra renta ni luz.",
        "Cada quien guarda su pasaporte y su visa. Nadie de la agencia ni de la empresa se los "
        "va a pedir.",
        d.has(
            "termination",
            "Quien falte cinco días seguidos sin avisar al supervisor se "
            "considera que abandonó el trabajo",
        )
        + ", y la empresa dará aviso al Departamento "
        "del Trabajo y a Migración, como lo exige el programa.",
        "En la planta está prohibido fumar, usar el celular en la línea y sacar producto.",
        "Cualquier duda sobre su cheque se platica primero con la supervisora de línea, doña "
        "Marbella Inzunza.",
    ]
    for i, r in enumerate(rules, 1):
        p.set_font("Cond", "B", 10)
        p.cell(7, lh(10), "%d." % i)
        p.set_font("Cond", "", 10)
        p.multi_cell(0, lh(10), r, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1)
    d.trap(
        "passport kept by each worker (negated retention)",
        "abandonment notice to DOL/DHS required by the program (not a threat)",
        "no rent or electricity charged for housing",
    )
    p.ln(3)
    para(p, "Atentamente,", 10, fam="Cond", after=8)
    para(
        p,
        "Lic. Yadira Valenzuela Castro\nCoordinadora de reclutamiento, " + ag,
        10,
        fam="Cond",
        align="L",
    )
    p.ln(6)
    p.set_font("Sans", "", 9)
    p.set_text_color(120, 120, 120)
    p.cell(0, 4, "\u2702 " + "- " * 48, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_text_color(0, 0, 0)
    p.ln(2)
    para(p, "ENTERADO \u2014 Circular 03/2026", 10, fam="Cond", style="B", after=1)
    para(
        p,
        "Recibí la circular 03/2026, la leí (o me la leyeron) y estoy de acuerdo con lo que dice.",
        10,
        fam="Cond",
    )
    para(
        p,
        "Nombre: ____________________________________   Firma o huella: "
        "____________________   Fecha: ____________",
        10,
        fam="Cond",
        align="L",
    )
    d.missing = [
        "hours_of_work",
        "wage_adjustment",
        "overtime",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "contract_impossibility",
    ]
    return d


# ======================================================================================
# cj05  h2a  en  crew handbook: camp and payroll rules (Florida citrus labor contractor)
# ======================================================================================
def cj05():
    d = Doc(
        5,
        "h2a",
        "en",
        "camp_rules",
        "crew handbook: grey section bars, numbered rules, boxed 'IMPORTANT' callout, "
        "sidebar-free single column, footer with initials line repeated on every page",
        2,
        margins=(20, 16, 20),
        bottom=22,
        date=(2025, 10, 20),
    )
    p = d.pdf
    emp = "Sandhill Grove Harvesting, Inc."
    rec = "Reclutamiento Agrícola Tres Ríos"
    d.recruiters.append(rec)

    def hdr(pdf):
        if pdf.page_no() == 1:
            return
        pdf.set_font("Sans", "I", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.set_xy(20, 8)
        pdf.cell(0, 4, "Sandhill Grove Harvesting \u2014 Crew Handbook, 2025-2026 season")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(16)

    def ftr(pdf):
        pdf.set_y(-17)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y())
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(
            0,
            6,
            "Rev. 10/2025   \u2022   Worker's initials: ________   \u2022   Crew "
            "leader's initials: ________",
        )
        pdf.set_x(20)
        pdf.cell(0, 6, "Page %d" % pdf.page_no(), align="R")
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    p.set_fill_color(255, 140, 0)
    p.rect(20, 14, 6, 20, style="F")
    p.set_xy(30, 14)
    p.set_font("Sans", "B", 17)
    p.cell(0, 8, emp.upper().replace(", INC.", ""), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_x(30)
    p.set_font("Sans", "", 10)
    p.cell(
        0,
        6,
        "H-2A Crew Handbook: Camp and Payroll Rules  \u00b7  2025-2026 season",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_x(30)
    p.set_font("Sans", "", 8)
    p.cell(
        0,
        5,
        d.has("employer_identity", emp + ", 4410 County Road 619, Palmetto Junction, Florida 33849")
        + "  \u00b7  FLC certificate no. FLC-2025-11873",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_fill_color(255, 255, 255)
    p.ln(5)
    para(
        p,
        "Welcome to the crew. Read these rules with your crew leader before your first day "
        "in the groves and keep this booklet in your bunk. The rules apply to everyone who "
        "lives in the Sandhill camp or rides a Sandhill bus. Breaking them can cost you "
        "your job.",
        10,
    )

    def sect(title):
        band(p, title, 9.5, fill=(90, 90, 90), after=1.5)

    def rules(items, start=1):
        for i, t in enumerate(items, start):
            p.set_font("Sans", "B", 9.5)
            p.cell(8, lh(9.5), "%d." % i)
            p.set_font("Sans", "", 9.5)
            p.multi_cell(0, lh(9.5), t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.ln(1.3)
        return start + len(items)

    sect("PART 1 \u2014 THE WORK AND YOUR PAY")
    n = rules(
        [
            d.has("job_duties", "You will harvest oranges and grapefruit by hand") + ", filling "
            "your picking sack from the ladder and emptying it into the field tub; each full tub "
            "counts as ten 90-lb boxes.",
            d.has(
                "work_location",
                "The crew works in client groves along County Road 619, "
                "Crewsville Grade and Tiger Bay Road, near Palmetto Junction, Florida",
            )
            + ". The "
            "crew leader announces the grove the night before.",
            "Work starts at 7:00 a.m., weather permitting. "
            + d.has(
                "hours_of_work", "The crew normally works 8 hours a day, Monday through Saturday"
            )
            + ". Sunday is free.",
            d.has(
                "wage_rate",
                "You are paid $1.32 per 90-lb box picked, but never less than "
                "$15.38 for every hour worked",
            )
            + "; if your box earnings for the week come to "
            "less, the company makes up the difference on the same check. "
            + d.has(
                "wage_adjustment",
                "If the Department of Labor publishes a higher hourly rate "
                "for Florida during the season, the hourly floor goes up from the date it takes "
                "effect",
            )
            + ".",
            d.has("pay_frequency", "Payday is every Thursday") + ", for the week ending the "
            "previous Sunday, by check handed out at the camp office. "
            + d.has(
                "earnings_statements",
                "Your pay stub lists the boxes you picked, the hours you worked, your rates, every "
                "deduction and your net pay",
            )
            + ".",
            d.has(
                "deductions",
                "The only deductions from your check are: the camp utility and "
                "upkeep charge, the meal plan, any damage charges under rule 13, and federal "
                "income tax if you ask for it in writing",
            )
            + ".",
        ]
    )
    d.trap("hourly floor 'never less than $15.38' and make-up pay (wage guarantee, not a fee)")

    sect("PART 2 \u2014 LIVING IN CAMP")
    n = rules(
        [
            d.has(
                "housing",
                "Crew housing is the Sandhill camp at 4410 County Road 619 (bunkhouses A to F)",
            )
            + ", inspected by the Florida Department of Health. Beds are assigned "
            "by the office; do not change beds without permission.",
            d.fee(
                "housing_charge",
                "A utility and upkeep charge of $18.00 per week per bed is "
                "deducted from every paycheck while you live in camp.",
                18,
                "USD",
            ),
            d.fee(
                "meal_charge",
                "The camp kitchen serves breakfast, a packed lunch and supper for "
                "$21.75 per day, deducted weekly; cooking in the bunkhouses is not allowed.",
                21.75,
                "USD",
            )
            + " "
            + d.has(
                "meals",
                "Meals are served in the dining hall, "
                "breakfast at 5:15 a.m. and supper at 6:30 p.m.",
            )
            + " sharp.",
            "Drinking water, ice and shade are supplied at every grove at no charge. Take a break "
            "whenever you need one in the heat.",
            d.fee(
                "movement_restriction",
                "Everyone must be inside the camp gate by 9:00 p.m., and "
                "no one may leave camp on a day off without a pass signed by the crew leader.",
            ),
            d.fee(
                "document_retention",
                "For safekeeping, passports and visas are kept in the "
                "office safe and are handed back on your last day.",
            ),
            d.fee(
                "damage_chargeback",
                "Broken windows, lost keys and damaged mattresses or "
                "appliances will be charged to everyone in the room unless the person responsible "
                "is identified.",
            ),
            "No alcohol, no fighting and no guests in the bunkhouses. Quiet after 10:00 p.m.",
        ],
        n,
    )
    d.trap("drinking water, ice and shade supplied at no charge")

    sect("PART 3 \u2014 BUSES AND SAFETY")
    n = rules(
        [
            d.has(
                "daily_transportation",
                "Crew buses leave the camp at 6:15 a.m. and bring you "
                "back after the last tub is loaded. Riding the bus is free",
            )
            + ", and nobody pays "
            "the driver for the ride.",
            "Set your ladder on firm ground and never stand on the top two rungs. Wear eye "
            "protection in tall trees.",
            "Report every accident or injury to your crew leader on the same day.",
        ],
        n,
    )
    d.trap("free crew bus; 'nobody pays the driver for the ride'")

    sect("PART 4 \u2014 COMPLAINTS AND LEAVING")
    n = rules(
        [
            "Problems with pay or the camp are handled by the office manager, Mr. Dwayne Harrell, "
            "Monday to Friday from 5:00 to 7:00 p.m.",
            d.fee(
                "blacklisting_threat",
                "Any worker who takes camp or pay complaints to outside "
                "groups, lawyers or reporters instead of the office will be marked not eligible "
                "for rehire.",
            ),
            d.has(
                "termination",
                "If you miss five days in a row without permission, you are "
                "considered to have abandoned the job",
            )
            + ", and the company will report it to the "
            "Department of Labor and to Homeland Security.",
            "Our recruiter in Mexico, " + rec + ", is paid by Sandhill. Nobody at Tres Ríos or "
            "at this office may take money from you to hire you or to bring you back next season.",
        ],
        n,
    )
    d.trap(
        "recruiter paid by the employer; 'Nobody ... may take money from you to hire you'",
        "abandonment reported to DOL/DHS (required notice, not a threat)",
    )
    p.ln(2)
    p.set_draw_color(200, 60, 0)
    p.set_line_width(0.6)
    y = p.get_y()
    para(
        p,
        "IMPORTANT: Sign below to show that these rules were read to you in Spanish. Keep "
        "the booklet; the office keeps a signed copy.",
        9.5,
        style="B",
        w=0,
    )
    p.rect(19, y - 1.5, p.w - 38, p.get_y() - y + 1)
    p.set_line_width(0.2)
    sig_block(
        p,
        [
            (20, 70, ["Worker's name and signature"]),
            (110, 75, ['Crew leader: Anselmo "Chemo" Villafuerte']),
        ],
        gap=14,
    )
    d.missing = [
        "employment_period",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "tools_provided",
        "workers_compensation",
        "contract_impossibility",
        "job_requirements",
    ]
    return d


# ======================================================================================
# cj06  h2a  es  compliant Spanish work contract (Georgia sweet onions, Veracruz)
# ======================================================================================
def cj06():
    d = Doc(
        6,
        "h2a",
        "es",
        "work_contract",
        "summary grid and checkbox who-pays table on page 1; clauses in two justified "
        "columns (serif) running over the page break; three-party signature block",
        2,
        margins=(16, 16, 16),
        bottom=18,
        date=(2026, 2, 16),
    )
    p = d.pdf
    emp = "Okatee Sweet Onion Company, LLC"
    rec = "Colocadora Agrícola del Golfo, S.C."
    d.recruiters.append(rec)

    def hdr(pdf):
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(16, 7)
        pdf.cell(
            0,
            4,
            emp + "  \u2014  Contrato de trabajo H-2A, temporada 2026  \u2014  "
            "traducción al español de la orden de trabajo certificada",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(15)

    def ftr(pdf):
        pdf.set_y(-12)
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, "Página %d de {nb}" % pdf.page_no(), align="C")
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(
        p,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (VISA H-2A)",
        14,
        fam="Serif",
        style="B",
        align="C",
        after=1,
    )
    para(
        p,
        "Orden de trabajo H-300-26005-771902  \u00b7  Firmado en Xalapa, Veracruz, el 16 de "
        "febrero de 2026",
        9,
        fam="Serif",
        align="C",
        color=(80, 80, 80),
        after=4,
    )
    para(p, "RESUMEN", 10, fam="Serif", style="B", after=1)
    grid(
        p,
        [
            [
                "Patrón",
                d.has(
                    "employer_identity",
                    emp + ", 1875 Plum Orchard Road, Ridley Springs, Georgia 30474, EE. UU.",
                ),
            ],
            [
                "Trabajador",
                "Anselmo Cházaro Hernández, originario de Rancho Nuevo, Coatepec, Veracruz",
            ],
            ["Puesto", "Trabajador agrícola de cosecha y empaque de cebolla dulce"],
            [
                "Lugar de trabajo",
                d.has(
                    "work_location",
                    "Campos y bodega de empaque de la empresa en "
                    "Ridley Springs y Alston Crossroads, condado de Emmett, "
                    "Georgia",
                ),
            ],
            [
                "Periodo",
                d.has("employment_period", "Del 6 de abril de 2026 al 26 de junio de 2026"),
            ],
            [
                "Jornada",
                d.has(
                    "hours_of_work",
                    "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas",
                )
                + "; sábados voluntarios",
            ],
            ["Salario", d.has("wage_rate", "15.10 dólares por hora")],
            [
                "Pago",
                d.has("pay_frequency", "Semanal, cada viernes") + ", por depósito directo o "
                "cheque, a elección del trabajador",
            ],
            ["Reclutador", rec + ", Xalapa, Veracruz (su pago lo hace la empresa)"],
        ],
        (36, 147),
        fam="Serif",
        size=9,
        head=False,
        bold_first_col=True,
        zebra=(244, 244, 238),
    )

    para(p, "¿QUIÉN PAGA CADA COSTO?", 10, fam="Serif", style="B", after=1)
    para(
        p,
        "Marque con una X quién paga. Revise esta tabla con el reclutador antes de firmar.",
        8.5,
        fam="Serif",
        style="I",
        after=1,
    )
    X, O = "\u2612", "\u2610"
    grid(
        p,
        [
            ["Concepto", "Empresa", "Trabajador", "Observaciones"],
            ["Derecho de visa H-2A (205 dólares)", X, O, "La empresa lo paga directamente"],
            [
                "Autobús Xalapa \u2013 Monterrey \u2013 Ridley Springs",
                X,
                O,
                "Boleto comprado por la empresa",
            ],
            ["Comidas durante el viaje", X, O, "Se reembolsan la primera semana"],
            ["Vivienda, luz, agua y gas", X, O, "Sin costo y sin depósito"],
            ["Herramientas y equipo de protección", X, O, "Sin costo y sin depósito"],
            ["Honorarios del reclutador", X, O, "Contrato entre empresa y reclutador"],
            [
                "Plan de comidas del comedor (opcional)",
                O,
                X,
                "14.20 dólares por día, solo si lo elige; ver cláusula 8",
            ],
        ],
        (68, 20, 22, 73),
        fam="Serif",
        size=8.5,
        head_fill=(226, 226, 210),
    )
    d.trap(
        "checkbox who-pays table: employer pays visa (205 dólares), bus, travel meals, "
        "housing, tools, recruiter fees",
        "optional meal plan at 14.20 dólares/day below the DOL cap, with free kitchen as "
        "alternative (lawful H-2A meal charge)",
    )

    clauses = [
        (
            "1. Funciones.",
            d.has(
                "job_duties",
                "Cosechar cebolla dulce a mano: arrancar, cortar "
                "raíz y tallo con tijera y llenar costales o cajas de campo",
            )
            + "; en la bodega, "
            "alimentar la banda de selección, clasificar por tamaño, empacar en cajas de 40 libras "
            "y estibar tarimas.",
        ),
        (
            "2. Requisitos.",
            d.has(
                "job_requirements",
                "Un mes de experiencia en cosecha manual de hortalizas y poder levantar 50 libras",
            )
            + ". No se requiere escolaridad, licencia ni "
            "inglés.",
        ),
        (
            "3. Salario y ajustes.",
            "La empresa pagará 15.10 dólares por hora, "
            + d.has(
                "wage_adjustment",
                "que es la cantidad más alta entre la tarifa AEWR de Georgia "
                "para 2026, el salario prevaleciente, el salario de convenio colectivo y el "
                "salario mínimo federal o estatal",
            )
            + ". Si durante el contrato se publica una "
            "tarifa más alta, se pagará desde la fecha en que entre en vigor.",
        ),
        (
            "4. Pago y talón.",
            "El pago es semanal, los viernes. "
            + d.has(
                "earnings_statements",
                "Con cada pago se entrega un talón que muestra las horas ofrecidas, las horas "
                "trabajadas, el salario por hora, las ganancias totales y cada descuento con su "
                "motivo",
            )
            + ".",
        ),
        (
            "5. Descuentos.",
            d.has(
                "deductions",
                "Solo se descuentan: el impuesto estatal de "
                "Georgia que exija la ley; el impuesto federal sobre la renta si el trabajador lo pide "
                "por escrito; y el plan de comidas, únicamente si el trabajador lo eligió",
            )
            + ". Los "
            "salarios H-2A no pagan Seguro Social ni Medicare. Ningún otro descuento es válido.",
        ),
        (
            "6. Garantía de tres cuartas partes.",
            d.has(
                "three_fourths_guarantee",
                "La empresa "
                "garantiza ofrecer trabajo por un número de horas igual, por lo menos, a las tres "
                "cuartas partes de los días de trabajo del periodo del contrato",
            )
            + ", contando 8 horas "
            "por día. Si ofrece menos, pagará la diferencia.",
        ),
        (
            "7. Vivienda.",
            d.has(
                "housing",
                "Gratuita, en el campamento de la empresa en 1901 Plum "
                "Orchard Road, Ridley Springs",
            )
            + ", con permiso del Departamento de Salud de Georgia. "
            "No se cobra renta, luz, agua ni gas, y no se pide depósito por llaves o colchones.",
        ),
        (
            "8. Comidas.",
            d.has(
                "meals",
                "Cada dormitorio tiene cocina equipada, con estufa, "
                "refrigerador y utensilios, sin costo",
            )
            + ". Además, el comedor ofrece un plan opcional "
            "de tres comidas al día por 14.20 dólares diarios, cantidad menor al máximo que autoriza "
            "el Departamento del Trabajo; quien lo elija puede dejarlo con una semana de aviso.",
        ),
        (
            "9. Viaje de ida.",
            d.has(
                "inbound_transportation",
                "La empresa compra el boleto de "
                "autobús de Xalapa a Monterrey y de Monterrey a Ridley Springs, y reembolsa los "
                "alimentos del camino en la primera semana de trabajo",
            )
            + ", a la tarifa diaria que "
            "publica el Departamento del Trabajo.",
        ),
        (
            "10. Viaje de regreso.",
            d.has(
                "return_transportation",
                "Si el trabajador termina el "
                "contrato, o es despedido sin causa antes del final, la empresa paga su transporte y "
                "sus alimentos de regreso a Xalapa",
            )
            + ".",
        ),
        (
            "11. Transporte diario.",
            d.has(
                "daily_transportation",
                "Gratuito, en autobuses de la empresa, de la vivienda a los campos y a la bodega",
            )
            + ", con choferes con licencia.",
        ),
        (
            "12. Herramientas.",
            d.has(
                "tools_provided",
                "La empresa entrega sin costo y sin "
                "depósito tijeras de cosecha, guantes, botas de hule, impermeable y faja",
            )
            + ".",
        ),
        (
            "13. Seguro de accidentes.",
            "La empresa tiene "
            + d.has(
                "workers_compensation",
                "seguro de compensación laboral (workers' compensation) con Peachtree Mutual Casualty "
                "Co., póliza 44-WC-208117",
            )
            + ", sin costo para el trabajador, que cubre atención médica y salario "
            "por accidentes o enfermedades del trabajo.",
        ),
        (
            "14. Visa y reclutamiento.",
            "La empresa paga directamente el derecho de visa y "
            "cualquier cuota de cruce fronterizo. "
            + rec
            + " recibe su pago de la empresa; ni ella "
            "ni nadie puede cobrarle al trabajador cuota, cooperación ni depósito por el empleo. No "
            "se pide fianza, pagaré ni garantía de ningún tipo.",
        ),
        (
            "15. Abandono y despido.",
            d.has(
                "termination",
                "Si el trabajador falta 5 días hábiles "
                "seguidos sin permiso, se considera que abandonó el empleo",
            )
            + ", y la empresa lo "
            "notificará al Departamento del Trabajo y a Seguridad Nacional dentro de los 2 días "
            "hábiles siguientes; en ese caso pierde la garantía de tres cuartas partes y el viaje de "
            "regreso. Solo se despide por causa justificada y con aviso por escrito.",
        ),
        (
            "16. Imposibilidad de cumplir.",
            d.has(
                "contract_impossibility",
                "Si un incendio, "
                "inundación, helada, granizo u otra causa de fuerza mayor impide continuar el trabajo",
            )
            + " y el Departamento del Trabajo así lo reconoce, la empresa pagará la garantía de "
            "tres cuartas partes hasta esa fecha y el viaje de regreso, y tratará de conseguirle "
            "trabajo en otra granja.",
        ),
        (
            "17. Derechos del trabajador.",
            "El trabajador conserva siempre su pasaporte y su "
            "visa. Puede salir del campamento y recibir visitas en su tiempo libre. Puede quejarse "
            "ante la empresa, el consulado o el Departamento del Trabajo sin represalias y sin "
            "quedar fuera de la lista para otra temporada.",
        ),
        (
            "18. Idioma.",
            "El trabajador recibe este contrato en español y en inglés; en caso de "
            "duda, se puede pedir una explicación al consulado de México.",
        ),
    ]
    d.trap(
        "'alimentar la banda de selección' (feed) is a job duty",
        "no fianza, pagaré or garantía (negated deposit/bond)",
        "recruiter paid by the employer; nobody may charge a cuota or cooperación",
        "worker keeps passport; free to leave camp; no blacklisting for complaints",
        "abandonment loses 3/4 guarantee and return trip (lawful)",
        "direct deposit",
    )
    p.ln(2)
    para(p, "CLÁUSULAS", 10, fam="Serif", style="B", after=1)
    with p.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.3, balance=True) as cols:
        for title, body in clauses:
            with cols.paragraph(bottom_margin=2.2) as par:
                p.set_font("Serif", "B", 9.2)
                par.write(title + " ")
                p.set_font("Serif", "", 9.2)
                par.write(body)
    p.ln(4)
    para(
        p,
        "Leído que fue el presente contrato, las partes lo firman por triplicado.",
        9.5,
        fam="Serif",
    )
    sig_block(
        p,
        [
            (16, 55, ["Por " + emp, "Wade T. Ellerbee, representante"]),
            (80, 55, ["El trabajador", "Anselmo Cházaro Hernández"]),
            (144, 56, ["Testigo: " + rec, "Lic. Nidia Caballero Utrera"]),
        ],
        gap=16,
        size=7.5,
        fam="Serif",
    )
    d.missing = []
    return d


# ======================================================================================
# cj07  h2b  mixed  WhatsApp chat with a carnival recruiter (Tlaxcala -> Texas fairs)
# ======================================================================================
def cj07():
    d = Doc(
        7,
        "h2b",
        "mixed",
        "recruiter_chat",
        "WhatsApp screenshots printed on letter paper: phone frame, green top bar on each "
        "page, left/right chat bubbles with timestamps, date pills, pasted English job "
        "offer, image placeholder",
        2,
        margins=(40, 30, 40),
        bottom=20,
        date=(2026, 1, 12),
    )
    p = d.pdf
    ag, agent = "Reclutadora Feria Norte", "Efrén Tlapale"
    d.recruiters.extend([ag, agent])
    X0, W = 40, p.w - 80  # phone screen
    BG = (236, 229, 221)

    def hdr(pdf):
        pdf.set_fill_color(*BG)
        pdf.rect(X0, 10, W, pdf.h - 24, style="F")
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.8)
        pdf.rect(X0 - 1, 9, W + 2, pdf.h - 22, round_corners=True, corner_radius=4)
        pdf.set_line_width(0.2)
        pdf.set_fill_color(7, 94, 84)
        pdf.rect(X0, 10, W, 15, style="F")
        pdf.set_fill_color(200, 200, 200)
        pdf.circle(X0 + 10, 17.5, 4.5, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(X0 + 17, 12)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 5, "Lic. " + agent)
        pdf.set_xy(X0 + 17, 17.5)
        pdf.set_font("Sans", "", 7.5)
        pdf.cell(0, 4, "en línea")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(30)

    def ftr(pdf):
        pdf.set_y(-11)
        pdf.set_font("Sans", "I", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(
            0,
            4,
            "Capturas de pantalla impresas el 12/01/2026  \u2014  hoja %d de {nb}" % pdf.page_no(),
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    SZ = 8.5
    LH = lh(SZ, 1.28)
    MAXW = W * 0.74

    def fit(h):
        if p.get_y() + h > p.h - 24:
            p.add_page()

    def pill(text):
        p.set_font("Sans", "", 7)
        tw = p.get_string_width(text) + 6
        fit(8)
        y = p.get_y() + 1
        p.set_fill_color(225, 242, 251)
        p.rect(X0 + (W - tw) / 2, y, tw, 5, style="F", round_corners=True, corner_radius=1.5)
        p.set_xy(X0 + (W - tw) / 2, y + 0.5)
        p.cell(tw, 4, text, align="C")
        p.set_y(y + 8)

    def msg(text, time, out=False):
        p.set_font("Sans", "", SZ)
        lines = p.multi_cell(MAXW - 6, LH, text, dry_run=True, output="LINES")
        tw = max(p.get_string_width(l) for l in lines) if lines else 10
        p.set_font("Sans", "", 6.3)
        stamp = time + ("  \u2713\u2713" if out else "")
        bw = min(MAXW, max(tw + 8, p.get_string_width(stamp) + 8))
        bh = LH * len(lines) + 7.5
        fit(bh + 3)
        y = p.get_y()
        x = X0 + W - bw - 4 if out else X0 + 4
        p.set_fill_color(*((220, 248, 198) if out else (255, 255, 255)))
        p.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=2)
        p.set_font("Sans", "", SZ)
        p.set_xy(x + 3, y + 2)
        p.multi_cell(MAXW - 6, LH, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font("Sans", "", 6.3)
        p.set_text_color(120, 120, 120)
        p.set_xy(x, y + bh - 4.4)
        p.cell(bw - 2, 3.5, stamp, align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(y + bh + 2)

    def photo(caption, time):
        fit(44)
        y = p.get_y()
        bw = 62
        x = X0 + W - bw - 4
        p.set_fill_color(220, 248, 198)
        p.rect(x, y, bw, 42, style="F", round_corners=True, corner_radius=2)
        p.set_fill_color(170, 170, 170)
        p.rect(x + 2, y + 2, bw - 4, 28, style="F")
        p.set_draw_color(140, 140, 140)
        p.line(x + 2, y + 2, x + bw - 2, y + 30)
        p.line(x + bw - 2, y + 2, x + 2, y + 30)
        p.set_font("Sans", "", 7)
        p.set_xy(x + 2, y + 12)
        p.set_text_color(255, 255, 255)
        p.cell(bw - 4, 4, "IMG-20260110-WA0012.jpg", align="C")
        p.set_text_color(0, 0, 0)
        p.set_font("Sans", "", SZ)
        p.set_xy(x + 3, y + 31.5)
        p.cell(bw - 6, LH, caption)
        p.set_font("Sans", "", 6.3)
        p.set_text_color(120, 120, 120)
        p.set_xy(x, y + 37.5)
        p.cell(bw - 2, 3.5, time + "  \u2713\u2713", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(y + 44)

    pill("8 DE ENERO DE 2026")
    pill("Los mensajes están cifrados de extremo a extremo.")
    msg(
        "Buenas tardes, le saluda el Lic. " + agent + " de " + ag + ". Me pasó su número su "
        "primo Rigo. ¿Sigue interesado en ir a trabajar a las ferias de Estados Unidos esta "
        "temporada?",
        "19:02",
    )
    msg(
        "buenas tardes lic si me interesa. yo ya fui en 2023 con otra compañia de juegos",
        "19:10",
        out=True,
    )
    msg(
        "Muy bien, entonces ya sabe cómo es el jale. Le paso la oferta tal como me la mandaron "
        "de allá, viene en inglés:",
        "19:11",
    )
    offer = (
        "JOB OFFER \u2013 H-2B SEASON 2026\n"
        "Position: Amusement and Recreation Attendant (ride operator)\n"
        "Duties: "
        + d.has("job_duties", "set up, operate and tear down carnival rides and games")
        + "; check rider height and lap bars; collect tickets "
        "from customers; load and unload trailers at each stop\n"
        "Route: "
        + d.has("work_location", "county and state fairs in Texas, Oklahoma and Kansas")
        + "\n"
        "Dates: " + d.has("employment_period", "March 15, 2026 to November 20, 2026") + "\n"
        "Hours: " + d.has("hours_of_work", "40 hrs per week") + ", mostly evenings and "
        "weekends\n"
        "Pay: "
        + d.has("wage_rate", "$14.12 per hour")
        + ", "
        + d.has("pay_frequency", "paid weekly")
        + "\n"
        "Overtime: " + d.has("overtime", "$21.18 per hour over 40 hrs") + "\n"
        "Requirements: " + d.has("job_requirements", "3 months experience, able to lift 50 lbs")
    )
    msg(offer, "19:11")
    msg("ok. y cuanto es lo que hay que dar", "19:20", out=True)
    msg("Mire, la compañía no le cobra nada, eso se lo digo de una vez.", "19:22")
    d.trap(
        "'la compañía no le cobra nada' (negation right before the recruiter's own charge)",
        "'collect tickets from customers' is a job duty",
    )
    msg(
        "Lo que sí le pido es el apartado. "
        + d.fee(
            "recruitment_fee",
            "Para apartar tu lugar son 6 mil pesos, me los depositas a la cuenta que te paso.",
            6000,
            "MXN",
        ),
        "19:22",
    )
    msg("y la visa?", "19:25", out=True)
    msg(
        d.fee(
            "visa_cost",
            "La cita de la visa la pagas tú, son 205 dólares y allá no te los regresan.",
            205,
            "USD",
        ),
        "19:26",
    )
    msg("y el pasaje", "19:27", out=True)
    msg(
        d.fee(
            "travel_cost",
            "El camión de aquí a Monterrey y de ahí hasta la feria corre por "
            "tu cuenta, calcúlale unos 150 dólares.",
            150,
            "USD",
        ),
        "19:29",
    )
    msg("y donde se queda uno alla", "19:30", out=True)
    msg(
        "En los tráilers de la compañía, te dan tu cama. "
        + d.fee("housing_charge", "Nomás pagas 40 dólares a la semana por el cuarto.", 40, "USD"),
        "19:31",
    )
    msg("y si me quiero regresar antes? mi señora esta embarazada", "19:40", out=True)
    msg(
        "Eso sí no se puede. "
        + d.fee(
            "breach_penalty",
            "Si te regresas antes de noviembre "
            "pierdes el apartado y aparte pagas 500 dólares de multa, porque la compañía ya invirtió "
            "en ti.",
            500,
            "USD",
        ),
        "19:44",
    )
    msg("ta bien. le mando foto del pasaporte?", "19:46", out=True)
    msg(
        "Sí, mándame foto del pasaporte y de tu INE, y el comprobante cuando deposites. El "
        "pasaporte lo guardas tú, nomás ocupo la foto.",
        "19:47",
    )
    d.trap("only a photo of the passport; 'El pasaporte lo guardas tú' (negated retention)")
    pill("10 DE ENERO DE 2026")
    photo("ya quedo el deposito lic", "11:05")
    msg(
        "Recibido \u2713 Ya estás en la lista del grupo 2. La junta es el 20 de febrero en el "
        "salón de San Isidro. Cualquier cosa me escribes. See you in March, bro!",
        "11:32",
    )
    msg("gracias lic bendiciones", "11:33", out=True)
    d.missing = [
        "employer_identity",
        "wage_adjustment",
        "deductions",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    return d


# ======================================================================================
# scanned-page simulation (Pillow): render text blocks, rotate, blur, add noise, JPEG
# ======================================================================================
def render_scan(blocks, page_w_mm, page_h_mm, seed, dpi=170, angle=0.55):
    """blocks: list of (kind, text) with kind in title|h|p|sig|box|small|gap.
    Returns (jpeg bytes, plain source text)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

    def px(mm):
        return int(round(mm / 25.4 * dpi))

    W, H = px(page_w_mm), px(page_h_mm)
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)

    def font(bold=False, size_pt=11):
        size = int(round(size_pt / 72 * dpi))
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
        try:
            return ImageFont.truetype(os.path.join(FONT_DIR, name), size)
        except OSError:
            return ImageFont.load_default(size)

    fonts = {
        "title": font(True, 12),
        "h": font(True, 10.5),
        "p": font(False, 10.5),
        "small": font(False, 9),
        "sig": font(False, 8.5),
    }
    left, right, y = px(24), W - px(22), px(20)
    src = []

    def wrap(text, f, maxw):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if dr.textlength(t, font=f) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, text in blocks:
        if kind == "gap":
            y += px(float(text))
            continue
        if kind == "sig":  # three signature columns
            cols = text
            colw = (right - left) // len(cols)
            y += px(16)
            for i, lines in enumerate(cols):
                x = left + i * colw + px(3)
                dr.line([(x, y), (x + colw - px(8), y)], fill=30, width=2)
                yy = y + px(1.5)
                for ln in lines:
                    dr.text((x, yy), ln, font=fonts["sig"], fill=25)
                    yy += int(fonts["sig"].size * 1.3)
                src.append(" ".join(lines))
            # scribbles over the lines (handwritten signatures), deterministic
            rng = random.Random(seed)
            for i in range(len(cols) - 1):
                x = left + i * colw + px(10)
                pts = [(x + k * px(3.2), y - px(3) - int(rng.random() * px(5))) for k in range(12)]
                dr.line(pts, fill=60, width=3)
            # fingerprint box in the last column
            bx = left + (len(cols) - 1) * colw + colw - px(26)
            dr.rectangle([bx, y - px(26), bx + px(20), y - px(3)], outline=40, width=2)
            cx, cy = bx + px(10), y - px(14.5)  # inked thumbprint: concentric ridges
            for k in range(9):
                rx, ry = px(2.2) + k * px(0.75), px(3.2) + k * px(0.95)
                dr.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], outline=70 + k * 12, width=2)
            y += px(16)
            continue
        if kind == "box":  # boxed notarial text
            f = fonts["small"]
            lines = wrap(text, f, right - left - px(8))
            top = y
            y += px(3)
            for ln in lines:
                dr.text((left + px(4), y), ln, font=f, fill=20)
                y += int(f.size * 1.35)
            dr.rectangle([left, top, right, y + px(2)], outline=50, width=2)
            y += px(6)
            src.append(text)
            continue
        f = fonts[kind]
        if kind == "title":
            for ln in wrap(text, f, right - left):
                tw = dr.textlength(ln, font=f)
                dr.text(((W - tw) / 2, y), ln, font=f, fill=10)
                y += int(f.size * 1.4)
            y += px(2)
        else:
            for ln in wrap(text, f, right - left):
                dr.text((left, y), ln, font=f, fill=15)
                y += int(f.size * 1.38)
            y += px(2.2)
        src.append(text)
    assert y < H - px(12), "scanned page overflows"
    # scanner look: slight rotation, blur, grey paper, speckle noise, edge shadow
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    rng = random.Random(seed)
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(lambda v: v // 14)
    img = ImageChops.subtract(img, noise)
    img = img.point(lambda v: int(v * 0.93 + 6))
    shade = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shade).rectangle([0, 0, px(5), H], fill=45)
    img = ImageChops.subtract(img, shade.filter(ImageFilter.GaussianBlur(px(3))))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, optimize=False)
    return buf.getvalue(), "\n".join(src)


# ======================================================================================
# cj08  h2a  es  Guatemalan recruitment-and-work contract, legal size, page 3 scanned
# ======================================================================================
def cj08():
    d = Doc(
        8,
        "h2a",
        "es",
        "work_contract",
        "Guatemalan legal-size (oficio) contract, serif, clauses in running prose "
        "(PRIMERA, SEGUNDA...); page 3 is an image-only scan with signatures, fingerprint "
        "box and notarial legalisation",
        3,
        fmt=(216, 330),
        margins=(25, 18, 22),
        bottom=20,
        date=(2026, 1, 20),
    )
    p = d.pdf
    ag = "Empleos Agrícolas Altos de Occidente, S.A."
    d.recruiters.append(ag)

    def hdr(pdf):
        if pdf.page_no() == 3:
            return
        pdf.set_font("Serif", "B", 8)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(25, 9)
        pdf.cell(0, 4, ag + "  \u2014  Contrato No. EAO-H2A-2026-0093")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(18)

    def ftr(pdf):
        if pdf.page_no() == 3:
            return
        pdf.set_y(-14)
        pdf.set_font("Serif", "", 8)
        pdf.cell(0, 4, "Folio %d" % pdf.page_no(), align="R")

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(
        p,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL EN EL EXTRANJERO",
        12,
        fam="Serif",
        style="B",
        align="C",
        after=0.5,
    )
    para(
        p,
        "(Programa de Trabajadores Agrícolas Temporales H-2A, Estados Unidos de América)",
        10,
        fam="Serif",
        align="C",
        after=4,
    )
    emp = "KINSEY HOLLOW FARMS, INC."
    S10 = dict(size=10.5, fam="Serif", factor=1.55, after=2.8)
    para(
        p,
        "En el municipio de San Mateo Tzunajá, departamento de Huehuetenango, el veinte de "
        "enero del año dos mil veintiséis, NOSOTROS: BAUDILIO MATÍAS RECINOS ORDÓÑEZ, de "
        "cincuenta y dos años de edad, casado, guatemalteco, comerciante, de este domicilio, "
        "quien actúa en su calidad de Gerente General y Representante Legal de la entidad "
        + ag
        + ', que en lo sucesivo se denominará "EL AGENTE", actuando como agente '
        "reclutador autorizado de "
        + d.has(
            "employer_identity",
            emp + ", con domicilio en "
            "88 Burdette Mill Road, Alder Gap, North Carolina 27514, Estados Unidos de América",
        )
        + ', en lo sucesivo "LA EMPRESA"; y FELICIANO AJANEL TZOC, de treinta y un años '
        "de edad, casado, guatemalteco, agricultor, con domicilio en la aldea Chexap de este "
        "municipio, quien se identifica con el Documento Personal de Identificación (DPI) "
        "con Código Único de Identificación número 2417 55893 1307, que en lo sucesivo se "
        'denominará "EL TRABAJADOR". Los comparecientes aseguramos hallarnos en el libre '
        "ejercicio de nuestros derechos civiles y que por el presente acto celebramos "
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL EN EL EXTRANJERO, contenido en las cláusulas "
        "siguientes:",
        **S10,
    )

    def clause(name, text):
        rich(
            p,
            [("B", name + " "), ("", text)],
            size=10.5,
            fam="Serif",
            factor=1.55,
            after=2.8,
            keep=True,
        )

    clause(
        "PRIMERA. (Del puesto).",
        "EL TRABAJADOR prestará sus servicios a LA EMPRESA como "
        "trabajador agrícola, realizando las labores siguientes: "
        + d.has(
            "job_duties",
            "trasplante, despunte y desbrote de tabaco, cosecha manual de hojas de tabaco y "
            "colgado en galeras, cosecha de camote detrás de la máquina arrancadora",
        )
        + " y "
        "selección del producto en el campo.",
    )
    clause(
        "SEGUNDA. (Del lugar).",
        "Las labores se realizarán en "
        + d.has(
            "work_location",
            "las fincas de LA EMPRESA ubicadas en Alder Gap y Wyeth Crossing, estado de Carolina "
            "del Norte",
        )
        + ", Estados Unidos de América.",
    )
    clause(
        "TERCERA. (Del plazo).",
        "El presente contrato es por tiempo determinado, "
        + d.has(
            "employment_period", "del uno de mayo al quince de noviembre del año dos mil veintiséis"
        )
        + ".",
    )
    clause(
        "CUARTA. (De la jornada).",
        d.has(
            "hours_of_work",
            "La jornada será de ocho horas "
            "diarias, de lunes a sábado, de las seis horas con treinta minutos a las quince "
            "horas",
        )
        + ", con media hora para almorzar.",
    )
    clause(
        "QUINTA. (Del salario).",
        "LA EMPRESA pagará a EL TRABAJADOR "
        + d.has("wage_rate", "dieciséis dólares con veintisiete centavos (US$16.27) por hora")
        + " de trabajo, "
        + d.has("pay_frequency", "en forma semanal, cada viernes")
        + ", mediante cheque o "
        "depósito en tarjeta, sin costo para EL TRABAJADOR.",
    )
    clause(
        "SEXTA. (De los descuentos).",
        d.has(
            "deductions",
            "Del salario de EL TRABAJADOR "
            "solo podrán descontarse el impuesto estatal de Carolina del Norte, el impuesto federal "
            "sobre la renta si EL TRABAJADOR lo solicita por escrito, y las cuotas del préstamo a "
            "que se refiere la cláusula NOVENA",
        )
        + ".",
    )
    clause(
        "SÉPTIMA. (Vivienda, alimentación y transporte diario).",
        d.has(
            "housing",
            "LA EMPRESA proporciona sin costo alguno vivienda en el campamento ubicado en 90 "
            "Burdette Mill Road, Alder Gap",
        )
        + ", "
        + d.has(
            "meals",
            "con cocina equipada y "
            "utensilios gratuitos para que EL TRABAJADOR prepare sus alimentos",
        )
        + ". "
        + d.has(
            "daily_transportation",
            "El traslado diario entre el campamento y las fincas "
            "es gratuito, en vehículos de LA EMPRESA",
        )
        + ".",
    )
    clause(
        "OCTAVA. (De los viajes).",
        d.has(
            "inbound_transportation",
            "LA EMPRESA compra el "
            "boleto aéreo de la Ciudad de Guatemala a Raleigh y reembolsa a EL TRABAJADOR los "
            "alimentos del viaje",
        )
        + ". "
        + d.has(
            "return_transportation",
            "Al completar el "
            "contrato, LA EMPRESA paga el viaje de regreso hasta la Ciudad de Guatemala",
        )
        + ". "
        + d.fee(
            "travel_cost",
            "Los gastos de traslado desde su comunidad hasta la Ciudad de "
            "Guatemala y el hospedaje durante la espera de la cita consular corren por "
            "cuenta de EL TRABAJADOR.",
        ),
    )
    clause(
        "NOVENA. (Del préstamo).",
        d.fee(
            "debt_bondage",
            "Si EL TRABAJADOR no cuenta con "
            "recursos para esos gastos, EL AGENTE le prestará hasta Q6,500.00, que EL TRABAJADOR "
            "devolverá con un interés del cinco por ciento mensual mediante descuentos de su "
            "salario en los Estados Unidos.",
            6500,
            "GTQ",
        )
        + " EL TRABAJADOR firmará el "
        "comprobante de la cantidad que reciba.",
    )
    d.trap(
        "employer buys the flight Guatemala-Raleigh and repays travel meals (lawful inbound)",
        "pay by cheque or card 'sin costo para EL TRABAJADOR'",
    )
    clause(
        "DÉCIMA. (De las obligaciones previas al viaje).",
        "Antes de su salida, EL TRABAJADOR "
        "se obliga a lo siguiente: a) "
        + d.fee(
            "visa_cost",
            "La obtención o renovación del pasaporte es responsabilidad y gasto de EL TRABAJADOR.",
            passport_only=True,
        )
        + " b) "
        + d.fee(
            "training_cost",
            "EL TRABAJADOR asistirá a la charla de orientación previa "
            "al viaje, cuyo costo de trescientos quetzales (Q300.00) pagará en la oficina "
            "de EL AGENTE.",
            300,
            "GTQ",
        )
        + " c) "
        + d.fee(
            "insurance_cost",
            "EL TRABAJADOR cubrirá una cuota única de Q450.00 para su inscripción en el Fondo de "
            "Solidaridad del Trabajador Migrante, que cubre la repatriación en caso de "
            "fallecimiento y un apoyo a su familia.",
            450,
            "GTQ",
        )
        + " d) Presentarse a la cita "
        "consular en la fecha que EL AGENTE le indique.",
    )
    clause(
        "DÉCIMA PRIMERA. (Herramientas y seguro de accidentes).",
        d.has(
            "tools_provided",
            "LA EMPRESA proporciona sin costo las herramientas y el equipo de protección",
        )
        + " (guantes, mangas, botas de hule e impermeable) y "
        + d.has(
            "workers_compensation",
            "cuenta con seguro de compensación por accidentes de trabajo (workers' compensation) "
            "sin costo para EL TRABAJADOR",
        )
        + ".",
    )
    d.trap(
        "workers' compensation 'sin costo para EL TRABAJADOR' next to a real insurance charge",
        "tools and protective gear free",
    )
    clause(
        "DÉCIMA SEGUNDA. (De los requisitos).",
        "EL TRABAJADOR declara "
        + d.has(
            "job_requirements",
            "haber trabajado al menos una temporada en cultivos de "
            "tabaco, hortalizas o café, y poder levantar cincuenta libras",
        )
        + ", y que sabe "
        "firmar.",
    )

    # ---- page 3: image-only scan (no findings on it) ------------------------------------
    blocks = [
        ("h", "DÉCIMA TERCERA. (De la terminación)."),
        (
            "p",
            "LA EMPRESA solo podrá despedir a EL TRABAJADOR por causa justificada, que le "
            "será explicada por escrito y en idioma español. Si EL TRABAJADOR deja de "
            "presentarse a trabajar durante cinco días consecutivos sin autorización, se "
            "considerará que abandonó el empleo, y LA EMPRESA lo notificará a las autoridades "
            "de trabajo y de migración de los Estados Unidos.",
        ),
        ("h", "DÉCIMA CUARTA. (Del caso fortuito o fuerza mayor)."),
        (
            "p",
            "Si por incendio, inundación, granizada, sequía u otro caso fortuito o fuerza "
            "mayor resulta imposible continuar el trabajo antes del quince de noviembre, LA "
            "EMPRESA pagará a EL TRABAJADOR los salarios devengados hasta esa fecha y su viaje "
            "de regreso, y procurará trasladarlo a otro empleo similar.",
        ),
        ("h", "DÉCIMA QUINTA. (De los documentos)."),
        (
            "p",
            "EL TRABAJADOR conservará en su poder su pasaporte, su visa y su DPI. Ni EL "
            "AGENTE ni LA EMPRESA podrán retenerlos por ningún motivo.",
        ),
        ("h", "DÉCIMA SEXTA. (De la aceptación)."),
        (
            "p",
            "Los comparecientes, enterados del contenido, objeto, validez y efectos legales "
            "del presente contrato, lo aceptamos, ratificamos y firmamos en tres hojas de "
            "papel tamaño oficio, en el lugar y fecha indicados al inicio. EL TRABAJADOR, "
            "por no leer con facilidad, escuchó la lectura íntegra del contrato en idioma "
            "español y k'iche'.",
        ),
        ("gap", "4"),
        (
            "sig",
            [
                ["Baudilio Matías Recinos O.", "EL AGENTE"],
                ["Efraín López Chávez", "TESTIGO, DPI 1988 40231 1307"],
                ["FELICIANO AJANEL TZOC", "EL TRABAJADOR (firma o huella)"],
            ],
        ),
        ("gap", "6"),
        (
            "box",
            "ACTA DE LEGALIZACIÓN DE FIRMAS. En el municipio de San Mateo Tzunajá, "
            "departamento de Huehuetenango, el veinte de enero de dos mil veintiséis, como "
            "Notaria DOY FE: que las firmas que anteceden son AUTÉNTICAS por haber sido "
            "puestas el día de hoy en mi presencia por los señores BAUDILIO MATÍAS RECINOS "
            "ORDÓÑEZ y FELICIANO AJANEL TZOC, quienes se identifican con sus Documentos "
            "Personales de Identificación, y por el testigo Efraín López Chávez. Los "
            "signatarios firman nuevamente al pie de la presente acta, junto con la "
            "Notaria que autoriza.",
        ),
        ("gap", "14"),
        ("small", "Licda. Marta Julia Cifuentes Mazariegos, Abogada y Notaria, colegiada 14,207"),
    ]
    jpeg, source = render_scan(blocks, 216, 330, seed=8)
    d.has(
        "termination",
        "Si EL TRABAJADOR deja de presentarse a trabajar durante cinco días "
        "consecutivos sin autorización, se considerará que abandonó el empleo",
    )
    d.has(
        "contract_impossibility",
        "Si por incendio, inundación, granizada, sequía u otro caso "
        "fortuito o fuerza mayor resulta imposible continuar el trabajo",
    )
    d.trap("worker keeps passport, visa and DPI (negated retention, on the scanned page)")
    p.add_page()
    p.image(io.BytesIO(jpeg), x=0, y=0, w=p.w, h=p.h)
    d.scanned[3] = source
    d.missing = ["wage_adjustment", "three_fourths_guarantee", "earnings_statements"]
    return d


# ======================================================================================
# cj09  generic  en  Philippine sending-agency placement agreement (J-1 summer work, NJ)
# ======================================================================================
def cj09():
    d = Doc(
        9,
        "generic",
        "en",
        "recruiter_agreement",
        "A4 agreement: parties block, WITNESSETH, numbered articles, Schedule 1 fee table "
        "(two fees quoted as table rows), notarial acknowledgment; footer with initials "
        "box on every page",
        3,
        fmt="A4",
        margins=(22, 18, 22),
        bottom=22,
        date=(2026, 1, 9),
    )
    p = d.pdf
    ag = "Pacific Horizon Youth Exchange Services, Inc."
    d.recruiters.append(ag)

    def ftr(pdf):
        pdf.set_y(-17)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(60, 60, 60)
        pdf.cell(0, 4, "PHYES-SWT Form 3 (rev. 2025)   |   Page %d of {nb}" % pdf.page_no())
        pdf.set_xy(pdf.w - 76, pdf.h - 19)
        pdf.cell(40, 7, "Participant's initials:", align="R")
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(pdf.w - 34, pdf.h - 19.5, 12, 8)
        pdf.set_text_color(0, 0, 0)

    p.ftr = ftr
    p.add_page()
    p.set_font("Serif", "B", 13)
    p.set_text_color(0, 51, 102)
    p.cell(0, 6, ag, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_font("Serif", "", 8.5)
    p.multi_cell(
        0,
        4.2,
        "Unit 1207 Sampaguita Tower, 88 Mabuhay Road, Brgy. Bagong Pag-asa, "
        "Quezon City\nTel. (02) 8555 0193  \u00b7  Cultural exchange partner agency",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_text_color(0, 0, 0)
    rule(p, 3, 0.5, (0, 51, 102))
    para(p, "PARTICIPANT PLACEMENT AGREEMENT", 12.5, fam="Serif", style="B", align="C", after=0)
    para(
        p,
        "Summer Work and Travel Program 2026 (Exchange Visitor, J-1)",
        10,
        fam="Serif",
        style="I",
        align="C",
        after=4,
    )
    SER = dict(size=10, fam="Serif", factor=1.45, after=2.4)
    para(p, "KNOW ALL MEN BY THESE PRESENTS:", 10, fam="Serif", style="B", after=2)
    para(
        p,
        "This Agreement is made and entered into this 9th day of January 2026 in Quezon "
        "City, Philippines, by and between:",
        **SER,
    )
    para(
        p,
        "PACIFIC HORIZON YOUTH EXCHANGE SERVICES, INC., a corporation duly organized under "
        "Philippine law, with office address at Unit 1207 Sampaguita Tower, 88 Mabuhay Road, "
        "Quezon City, represented herein by its President, ROWENA P. DIMACULANGAN, "
        'hereinafter referred to as the "AGENCY";',
        indent=8,
        **SER,
    )
    para(p, "- and -", 10, fam="Serif", align="C", after=2)
    para(
        p,
        d.has("worker_identity", "MARIA ANGELICA D. SARMIENTO") + ", of legal age, "
        "Filipino, single, a third-year student of hospitality management, holder of "
        "Philippine passport no. P8845127B, residing at 14 Ilang-Ilang Street, Barangay San "
        'Roque, Marikina City, hereinafter referred to as the "PARTICIPANT".',
        indent=8,
        **SER,
    )
    para(
        p,
        "WITNESSETH: That the AGENCY is the Philippine partner of a United States "
        "designated sponsor of the Exchange Visitor Program, and the PARTICIPANT wishes to "
        "take part in the Summer Work and Travel Program under the terms below.",
        **SER,
    )

    def art(title, *paras):
        para(p, title, 10.2, fam="Serif", style="B", after=1.2)
        for t in paras:
            para(p, t, **SER)

    emp = "Saltmeadow Boardwalk Amusements, LLC"
    art(
        "ARTICLE 1. THE PLACEMENT",
        "1.1 The AGENCY has secured for the PARTICIPANT a seasonal position with "
        + d.has(
            "employer_identity", emp + ", 301 Ocean Pier Avenue, Gull Harbor, New Jersey 08260, USA"
        )
        + ' (the "Host Employer").',
        "1.2 Position and duties: "
        + d.has("job_duties", "Games and Rides Attendant: operate boardwalk games and kiddie rides")
        + ", explain game rules, collect game fees from "
        "customers and hand out prizes, and keep the stand clean.",
        "1.3 "
        + d.has(
            "work_location",
            "Place of work: the Host Employer's amusement pier and "
            "game stands at 301 Ocean Pier Avenue, Gull Harbor, New Jersey",
        )
        + ".",
        "1.4 "
        + d.has("employment_period", "Period: from June 8, 2026 to September 7, 2026")
        + ". "
        + d.has(
            "hours_of_work",
            "Hours: 32 to 40 hours per week, scheduled in shifts between 10:00 a.m. and midnight",
        )
        + ".",
        "1.5 "
        + d.has("wage_rate", "Wage: USD 15.92 per hour")
        + ", "
        + d.has("pay_frequency", "paid bi-weekly by direct deposit")
        + ". "
        + d.has("deductions", "Deductions from pay: federal and New Jersey income tax only")
        + "; J-1 participants are exempt from Social "
        "Security and Medicare taxes.",
    )
    d.trap("'collect game fees from customers' is a job duty", "direct deposit")
    art(
        "ARTICLE 2. FEES",
        "2.1 "
        + d.fee(
            "recruitment_fee",
            "The PARTICIPANT shall pay the AGENCY a Programme and "
            "Placement Fee of Eighty-Nine Thousand Five Hundred Pesos (PHP 89,500.00), payable in "
            "two tranches as set out in Schedule 1.",
            89500,
            "PHP",
        ),
        "2.2 "
        + d.fee(
            "visa_cost",
            "The US visa application (MRV) fee and the SEVIS fee shall "
            "be for the account of the PARTICIPANT.",
        ),
        "2.3 Other costs listed in Schedule 1 are payable to the AGENCY before the visa "
        "interview. Fees paid are non-refundable once the Job Offer has been issued, except that "
        "one-half of the Programme and Placement Fee shall be returned if the visa is denied.",
    )
    art(
        "ARTICLE 3. TRAVEL",
        "3.1 The AGENCY shall book the PARTICIPANT's flights with its accredited travel agent. "
        + d.fee(
            "travel_cost",
            "The outbound airfare from Manila to New York and the return "
            "airfare to Manila are at the PARTICIPANT's own expense.",
        ),
        "3.2 The Host Employer will meet arriving participants at the Gull Harbor bus terminal "
        "free of charge.",
    )
    d.trap("free pick-up at the bus terminal")
    art(
        "ARTICLE 4. DOCUMENTS",
        "4.1 "
        + d.fee(
            "document_retention",
            "Upon signing, the PARTICIPANT shall surrender "
            "his or her original passport to the AGENCY, which shall keep it in custody until the "
            "PARTICIPANT's departure for the United States.",
        ),
        "4.2 The AGENCY shall return the passport, with the visa, at the pre-departure "
        "briefing at NAIA Terminal 1.",
    )
    art(
        "ARTICLE 5. OBLIGATIONS OF THE PARTICIPANT",
        "5.1 The PARTICIPANT shall attend all pre-departure activities, comply with the rules "
        "of the sponsor and the Host Employer, and keep the AGENCY informed of his or her US "
        "address and mobile number.",
        "5.2 The PARTICIPANT shall not engage in any employment other than that approved by "
        "the sponsor.",
    )
    d.trap(
        "no outside employment without sponsor approval (programme rule, no penalty or "
        "fee attached)"
    )
    art(
        "ARTICLE 6. VENUE",
        "6.1 Any dispute arising from this Agreement shall be brought exclusively before the "
        "proper courts of Quezon City, to the exclusion of all other courts.",
    )

    para(p, "SCHEDULE 1 \u2014 FEES AND PAYMENT SCHEDULE", 10.5, fam="Serif", style="B", after=1.5)
    ins_row = [
        "Accident and sickness insurance (mandatory)",
        "PHP 9,800.00",
        "Before visa interview",
    ]
    pdo_row = [
        "Pre-departure orientation seminar (compulsory)",
        "PHP 6,500.00",
        "Before visa interview",
    ]
    grid(
        p,
        [
            ["Item", "Amount", "Due"],
            ["Programme and Placement Fee, 1st tranche", "PHP 45,000.00", "Upon signing"],
            ["Programme and Placement Fee, balance", "PHP 44,500.00", "Upon Job Offer"],
            ins_row,
            pdo_row,
            ["US visa (MRV) fee", "USD 185.00", "Paid by Participant at the bank"],
            ["SEVIS I-901 fee", "USD 35.00", "Paid by Participant online"],
            ["TOTAL PAYABLE TO THE AGENCY", "PHP 105,800.00", ""],
        ],
        (86, 32, 48),
        fam="Serif",
        size=8.8,
        head_fill=(215, 225, 240),
    )
    d.fee("insurance_cost", " ".join(ins_row), 9800, "PHP")
    d.fee("training_cost", " ".join(pdo_row), 6500, "PHP")

    para(
        p,
        "IN WITNESS WHEREOF, the parties have signed this Agreement on the date and at the "
        "place first above written.",
        **SER,
    )
    sig_block(
        p,
        [
            (22, 75, [ag, "By: ROWENA P. DIMACULANGAN, President"]),
            (112, 75, ["MARIA ANGELICA D. SARMIENTO", "Participant"]),
        ],
        gap=14,
        fam="Serif",
    )
    para(p, "SIGNED IN THE PRESENCE OF:", 9, fam="Serif", style="B", after=0)
    sig_block(p, [(22, 75, ["Witness"]), (112, 75, ["Witness"])], gap=10, fam="Serif")
    para(p, "ACKNOWLEDGMENT", 10, fam="Serif", style="B", align="C", after=1)
    para(
        p,
        "REPUBLIC OF THE PHILIPPINES )\nQUEZON CITY                       ) S.S.",
        9,
        fam="Serif",
        align="L",
        after=1.5,
    )
    para(
        p,
        "BEFORE ME, a Notary Public for and in Quezon City, this 9th day of January 2026, "
        "personally appeared ROWENA P. DIMACULANGAN and MARIA ANGELICA D. SARMIENTO, known "
        "to me and to me known to be the same persons who executed the foregoing "
        "instrument, and they acknowledged to me that the same is their free and voluntary "
        "act and deed. This instrument, consisting of three (3) pages including this page, "
        "has been signed by the parties and their witnesses on each and every page.",
        9,
        fam="Serif",
        factor=1.4,
    )
    para(
        p,
        "Doc. No. 412;  Page No. 83;  Book No. XVII;  Series of 2026.",
        8.5,
        fam="Serif",
        align="L",
    )
    d.missing = ["return_transportation", "termination"]
    return d


# ======================================================================================
# cj10  h2b  es  payroll and deduction rules for tree-planting crews (Honduras -> Arkansas)
# ======================================================================================
def cj10():
    d = Doc(
        10,
        "h2b",
        "es",
        "payroll_rules",
        "landscape letter; job data grid in four columns; lawful-deductions table; "
        "numbered 'otros descuentos'; shaded warning box; receipt line with fingerprint",
        2,
        orientation="L",
        margins=(18, 14, 18),
        bottom=16,
        date=(2026, 11, 2),
    )
    p = d.pdf
    emp = "Ozark Timberline Reforestation, LLC"
    ag = "Contrataciones Laborales El Pinar, S. de R.L."
    d.recruiters.append(ag)

    def hdr(pdf):
        pdf.set_fill_color(34, 85, 51)
        pdf.rect(0, 0, pdf.w, 11, style="F")
        pdf.set_xy(18, 3)
        pdf.set_font("Cond", "B", 11)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(
            0,
            5,
            "OZARK TIMBERLINE REFORESTATION  \u00b7  REGLAMENTO DE NÓMINA Y "
            "DESCUENTOS  \u00b7  CUADRILLAS DE PLANTACIÓN 2026-2027",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_y(15)

    def ftr(pdf):
        pdf.set_y(-10)
        pdf.set_font("Cond", "", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(
            0,
            4,
            "Entregado en Honduras por " + ag + ", San Jerónimo del Valle  \u00b7  "
            "hoja %d/{nb}" % pdf.page_no(),
            align="R",
        )
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(
        p,
        "Este reglamento explica cómo se paga y qué se descuenta a los trabajadores de las "
        "cuadrillas de plantación de pino con visa H-2B. Léalo con su mayordomo; si no sabe "
        "leer, pida que se lo lean. Debe firmar la última hoja y quedarse con una copia.",
        10,
        fam="Cond",
    )
    para(p, "1. DATOS DEL TRABAJO", 10.5, fam="Cond", style="B", after=1)
    grid(
        p,
        [
            [
                "Empleador",
                d.has(
                    "employer_identity", emp + ", 417 Sawmill Spur Road, Cedar Lick, Arkansas 71953"
                ),
                "Periodo",
                d.has("employment_period", "Del 1 de diciembre de 2026 al 15 de abril de 2027"),
            ],
            [
                "Puesto",
                d.has(
                    "job_duties",
                    "Plantador de árboles: plantar plántulas de pino a mano con azadón plantador",
                )
                + ", cargar la bolsa de plántulas, limpiar "
                "maleza y marcar hileras",
                "Horario",
                d.has("hours_of_work", "De lunes a sábado, de 7:00 a.m. a 5:00 p.m.")
                + ", con una hora "
                "de comida",
            ],
            [
                "Lugar",
                d.has(
                    "work_location",
                    "Terrenos de clientes madereros en el sur de Arkansas y el norte de Luisiana",
                )
                + ", según la ruta que asigne el mayordomo",
                "Salario",
                d.has("wage_rate", "17.06 dólares por hora"),
            ],
            [
                "Horas extra",
                d.has("overtime", "Después de 40 horas a la semana, 25.59 dólares por hora"),
                "Pago",
                d.has("pay_frequency", "Cada dos semanas, los viernes") + ", con cheque",
            ],
        ],
        (30, 110, 24, 79),
        fam="Cond",
        size=9,
        head=False,
        bold_first_col=True,
        zebra=(238, 245, 238),
    )
    para(
        p,
        "2. TALÓN DE PAGO. "
        + d.has(
            "earnings_statements",
            "Cada cheque trae su talón con "
            "las horas trabajadas, las plantas sembradas, el salario por hora, las horas extra "
            "y cada descuento",
        )
        + ". Revíselo el mismo día; los errores se corrigen en el "
        "siguiente cheque.",
        10,
        fam="Cond",
    )
    para(p, "3. DESCUENTOS DE LEY", 10.5, fam="Cond", style="B", after=1)
    grid(
        p,
        [
            ["Descuento", "Quién lo cobra", "Cuánto"],
            ["Impuesto federal sobre la renta", "Gobierno federal (IRS)", "Según la forma W-4"],
            ["Seguro Social y Medicare", "Gobierno federal", "7.65% del salario"],
            ["Impuesto estatal", "Arkansas o Luisiana", "Según la tabla del estado"],
        ],
        (90, 80, 73),
        fam="Cond",
        size=9,
        head_fill=(205, 225, 205),
    )
    d.trap("statutory tax and FICA deductions in a table (lawful)")
    para(p, "4. OTROS DESCUENTOS", 10.5, fam="Cond", style="B", after=1)
    d.has("deductions", "Seguro Social y Medicare")
    others = [
        d.fee(
            "equipment_charge",
            "Por el azadón plantador, la bolsa de plántulas y el casco se "
            "descuenta un depósito de 120 dólares en los dos primeros cheques, que se devuelve "
            "al final si el equipo se entrega completo.",
            120,
            "USD",
        ),
        d.fee(
            "housing_charge",
            "El hospedaje en motel durante la ruta es de 65 dólares por "
            "semana por persona y se descuenta de cada cheque.",
            65,
            "USD",
        ),
        d.fee(
            "debt_bondage",
            "El adelanto de L 15,000.00 que recibió en Honduras antes de "
            "viajar se descuenta a razón de 100 dólares por cheque hasta quedar pagado.",
            15000,
            "HNL",
        ),
        "El transporte diario del motel a los terrenos, en las camionetas de la compañía, no "
        "tiene costo. El agua y el café en el campo tampoco se cobran.",
    ]
    for i, t in enumerate(others, 1):
        p.set_font("Cond", "B", 10)
        p.cell(9, lh(10), "4.%d" % i)
        p.set_font("Cond", "", 10)
        p.multi_cell(0, lh(10), t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1)
    d.trap("free daily transport and free water and coffee (not charges)")

    p.add_page()
    para(p, "5. QUEJAS", 10.5, fam="Cond", style="B", after=1)
    y = p.get_y()
    p.set_fill_color(250, 236, 200)
    p.rect(18, y, p.w - 36, 22, style="F")
    p.set_xy(21, y + 2)
    p.set_font("Cond", "", 10.5)
    p.multi_cell(
        p.w - 42,
        lh(10.5, 1.4),
        "Los problemas de pago se arreglan primero con el "
        "mayordomo, Sr. Wilmer Zelaya, y después con la oficina de Cedar Lick. "
        + d.fee(
            "blacklisting_threat",
            "El trabajador que lleve quejas al consulado, al "
            "Departamento de Trabajo o a cualquier organización sin pasar primero "
            "por el mayordomo quedará fuera de la lista de recontratación y su caso "
            "será reportado a Inmigración.",
        ),
        align="J",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    p.set_fill_color(255, 255, 255)
    p.set_y(y + 26)
    para(p, "6. CAMBIO DE CHEQUES", 10.5, fam="Cond", style="B", after=1)
    para(
        p,
        "La compañía lleva a la cuadrilla al banco cada viernes de pago para cambiar su "
        "cheque sin comisión. Nadie está obligado a mandar su dinero por medio del "
        "mayordomo.",
        10,
        fam="Cond",
    )
    d.trap("cheque cashing without commission")
    p.ln(4)
    para(
        p, "RECIBÍ COPIA DE ESTE REGLAMENTO Y ME FUE EXPLICADO", 10, fam="Cond", style="B", after=1
    )
    para(
        p,
        "Nombre: ______________________________________    Tarjeta de identidad: "
        "____________________    Fecha: ______________",
        10,
        fam="Cond",
        align="L",
    )
    sig_block(
        p,
        [
            (18, 80, ["Firma del trabajador"]),
            (110, 80, ["Huella (si no firma)"]),
            (202, 76, ["Mayordomo: Wilmer Zelaya"]),
        ],
        gap=16,
        fam="Cond",
    )
    d.missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    return d


# ======================================================================================
# cj11  h2b  en  lawyer-drafted seasonal employment agreement with footnotes and exhibit
#       (Virginia landscaping, Hidalgo)
# ======================================================================================
def cj11():
    d = Doc(
        11,
        "h2b",
        "en",
        "work_contract",
        "lawyer-drafted agreement: recitals, numbered sections with sub-clauses, "
        "footnotes at page bottom (one hides a fee), Exhibit C deduction authorization "
        "with checkboxes, three-party signature block",
        3,
        margins=(25, 20, 25),
        bottom=16,
        date=(2026, 2, 2),
    )
    p = d.pdf
    co = "Greenbriar Crest Landscape Services, Inc."
    rec1, rec2 = "Larkspur Workforce Partners, LLC", "Enlace Obrero Hidalguense"
    d.recruiters.extend([rec1, rec2])

    def hdr(pdf):
        pdf.set_font("Serif", "", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.set_xy(25, 9)
        pdf.cell(0, 4, "GREENBRIAR CREST \u2014 SEASONAL EMPLOYMENT AGREEMENT (H-2B)")
        pdf.set_xy(25, 9)
        pdf.cell(0, 4, "CONFIDENTIAL", align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(20)

    def ftr(pdf):
        pdf.set_y(-11)
        pdf.set_font("Serif", "", 7.5)
        pdf.cell(0, 4, "%d" % pdf.page_no(), align="C")

    p.hdr, p.ftr = hdr, ftr
    SER = dict(size=9.8, fam="Serif", factor=1.42, after=2)

    def sec(title, *clauses):
        para(p, title, 9.8, fam="Serif", style="B", after=1)
        for c in clauses:
            para(p, c, **SER)

    def footnotes(notes):
        p.set_font("Serif", "", 7.6)
        hs = [
            p.multi_cell(p.w - 50, lh(7.6, 1.35), n, dry_run=True, output="HEIGHT") for n in notes
        ]
        top = p.h - 17 - sum(hs) - 1.5 * len(notes) - 3
        assert p.get_y() < top - 2, ("footnotes overlap body", p.get_y(), top)
        auto = p.auto_page_break
        p.set_auto_page_break(False, p.b_margin)
        p.set_draw_color(0, 0, 0)
        p.line(25, top, 75, top)
        p.set_y(top + 2)
        for n in notes:
            p.set_font("Serif", "", 7.6)
            p.multi_cell(p.w - 50, lh(7.6, 1.35), n, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            p.ln(1.5)
        p.set_auto_page_break(auto, p.b_margin)

    p.add_page()
    para(p, "SEASONAL EMPLOYMENT AGREEMENT", 14, fam="Serif", style="B", align="C", after=0.5)
    para(
        p,
        "(Temporary Non-Agricultural Employment \u2014 H-2B)",
        9.5,
        fam="Serif",
        style="I",
        align="C",
        after=4,
    )
    para(
        p,
        'THIS SEASONAL EMPLOYMENT AGREEMENT (the "Agreement") is entered into as of '
        "February 2, 2026 by and between "
        + d.has(
            "employer_identity",
            co + ", a Virginia "
            "corporation with its principal office at 7720 Old Quarry Road, Fallow Springs, "
            "Virginia 22937",
        )
        + ' (the "Company"), and the individual named on the signature '
        'page (the "Employee").',
        **SER,
    )
    para(p, "RECITALS", 9.8, fam="Serif", style="B", align="C", after=1)
    para(
        p,
        "WHEREAS, the Company has received a temporary labor certification (ETA case no. "
        "H-400-25351-220917) and an approved petition for H-2B workers for the 2026 season; "
        "WHEREAS, the Company has engaged " + rec1 + ' (the "Recruiter") and its Mexican '
        "associate, " + rec2 + ' (the "Sub-Agent"), to identify and pre-screen candidates; '
        "and WHEREAS, the Employee has been selected and wishes to accept employment on the "
        "terms below; NOW, THEREFORE, the parties agree as follows:",
        **SER,
    )
    sec(
        "1. Position and Duties.",
        "1.1 The Company employs the Employee as a "
        + d.has(
            "job_duties",
            "Landscape Laborer "
            "(SOC 37-3011). The Employee shall mow, edge and trim turf; install mulch, sod and plant "
            "material; prune shrubs",
        )
        + "; rake and remove leaves and debris; assist with hardscape "
        "and irrigation installation; and load and operate hand-held and walk-behind "
        "equipment.",
        "1.2 Minimum qualifications: "
        + d.has(
            "job_requirements",
            "three months' experience "
            "in landscaping or groundskeeping and the ability to lift 50 pounds",
        )
        + ". No driver's "
        "license or English is required.",
    )
    sec(
        "2. Worksite.",
        d.has(
            "work_location",
            "Commercial and residential client properties within Alder and "
            "Quincy Counties, Virginia",
        )
        + ", dispatched daily from the Company yard at 7720 "
        "Old Quarry Road, Fallow Springs, Virginia.",
    )
    sec(
        "3. Term.",
        "The term of employment runs from "
        + d.has("employment_period", "March 16, 2026 through December 11, 2026")
        + ' (the "End Date").',
    )
    sec(
        "4. Hours.",
        d.has("hours_of_work", "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m.")
        + "\u00b2 Saturday work may be offered during spring cleanup and leaf "
        "season.",
    )
    sec(
        "5. Compensation.",
        "5.1 Base rate: " + d.has("wage_rate", "$17.84 per hour") + ".\u00b9",
        "5.2 "
        + d.has(
            "wage_adjustment",
            "The Company shall pay at least the highest of the "
            "prevailing wage, or the federal, state or local minimum wage, in effect at any time "
            "during the term",
        )
        + ", including any increase from its effective date.",
        "5.3 "
        + d.has(
            "overtime",
            "Hours worked over 40 in a workweek are paid at one and "
            "one-half times the regular rate ($26.76 per hour)",
        )
        + ".",
        "5.4 "
        + d.has("pay_frequency", "Wages are paid bi-weekly, on alternate Fridays")
        + ", by direct deposit or check.",
    )
    footnotes(
        [
            "\u00b9 The hourly rate stated is the prevailing wage for SOC 37-3011 in the area "
            "of intended employment as of the date of certification.",
            "\u00b2 Hours may be shortened on days of inclement weather; see Section 7 "
            "(three-fourths guarantee).",
        ]
    )

    p.add_page()
    sec(
        "5. Compensation (continued).",
        "5.5 "
        + d.has(
            "earnings_statements",
            "Each payday the Company furnishes an earnings "
            "statement showing hours offered, hours worked, rate, gross wages, itemized deductions "
            "and net pay",
        )
        + ".",
        "5.6 "
        + d.fee(
            "wage_withholding",
            "To secure completion of the season, the Company "
            "will hold back two weeks' wages, which will be released with the final paycheck after "
            "the Employee completes the full term.",
        )
        + "",
    )
    sec(
        "6. Deductions.",
        d.has(
            "deductions",
            "The Company will deduct only (a) federal and Virginia income tax "
            "withholding; (b) Social Security and Medicare tax; and (c) the items authorized "
            "in Exhibit C",
        )
        + ". No other deduction will be made without the Employee's "
        "written consent.",
    )
    sec(
        "7. Three-Fourths Guarantee.",
        d.has(
            "three_fourths_guarantee",
            "The Company guarantees to offer the Employee work "
            "for hours equal to at least three-fourths of the workdays in each 12-week "
            "period",
        )
        + " of the term. If the Employee is offered fewer hours, the Company "
        "will pay the amount the Employee would have earned.",
    )
    sec(
        "8. Travel and Visa Costs.",
        "8.1 "
        + d.has(
            "inbound_transportation",
            "The Company will reimburse the reasonable "
            "cost of transportation and daily subsistence from the place of recruitment to the "
            "worksite",
        )
        + " in the first workweek.",
        "8.2 "
        + d.has(
            "visa_reimbursement",
            "The Company reimburses visa, visa processing and "
            "border-crossing fees in the Employee's first workweek",
        )
        + ".\u00b3",
    )
    d.trap(
        "employer reimburses visa and border-crossing fees in week 1 (the hidden fee sits "
        "in a footnote to this clause)",
        "inbound travel and subsistence reimbursed",
    )
    sec(
        "9. Tools and Equipment.",
        "9.1 "
        + d.has(
            "tools_provided",
            "The Company furnishes, at no cost to the Employee, "
            "all tools, supplies and equipment required to perform the duties of this position",
        )
        + ", including mowers, trimmers, blowers and hand tools.",
        "9.2 "
        + d.fee(
            "equipment_charge",
            "Uniform shirts, safety boots and hearing "
            "protection are issued against a refundable equipment deposit of $75.00, withheld from "
            "the first paycheck.",
            75,
            "USD",
        ),
    )
    sec(
        "10. Termination.",
        "10.1 The Company may terminate this Agreement for cause, including repeated "
        "violation of safety rules after written warning, theft or violence. "
        + d.has(
            "termination",
            "If the Employee fails to report for work for 5 consecutive "
            "working days without the Company's consent, the Employee will be deemed to have "
            "voluntarily abandoned employment",
        )
        + ", and the Company will notify the "
        "Department of Labor and the Department of Homeland Security.",
        "10.2 "
        + d.fee(
            "breach_penalty",
            "Should the Employee voluntarily depart prior to the "
            "End Date, the Employee shall reimburse the Company, as liquidated damages and not as a "
            "penalty, the sum of One Thousand Two Hundred Dollars ($1,200.00).",
            1200,
            "USD",
        ),
    )
    footnotes(
        [
            "\u00b3 Reimbursement under this Section does not extend to recruitment "
            "services. "
            + d.fee(
                "recruitment_fee",
                "The Employee's share of onboarding "
                "and placement costs, three hundred fifty dollars ($350.00), will be recovered "
                "in four equal installments from the first four paychecks.",
                350,
                "USD",
            )
        ]
    )

    p.add_page()
    sec(
        "11. Non-Retaliation.",
        "The Company will not intimidate, threaten, blacklist or discharge the Employee for "
        "filing a complaint, consulting counsel, or cooperating with any agency.",
    )
    sec(
        "12. Language.",
        "A Spanish translation of this Agreement has been furnished to the Employee. The "
        "Employee acknowledges that he has read it or had it read to him.",
    )
    sec(
        "13. Governing Law; Entire Agreement.",
        "This Agreement is governed by the laws of the Commonwealth of Virginia and applicable "
        "federal law, and, together with its Exhibits, is the entire agreement of the parties.",
    )
    d.trap("non-retaliation clause (negated blacklisting)", "Spanish translation furnished")
    sig_block(
        p,
        [
            (25, 50, [co, "By: Garrett L. Pruitt, President"]),
            (83, 50, ["EMPLOYEE", "Maximino Trejo Barrera"]),
            (141, 50, ["ACKNOWLEDGED:", rec1, "By: Dana Whitcomb, Managing Director"]),
        ],
        gap=14,
        size=7,
        fam="Serif",
    )
    p.ln(4)
    rule(p, 2, 0.4)
    para(
        p,
        "EXHIBIT C \u2014 PAYROLL DEDUCTION AUTHORIZATION",
        10.5,
        fam="Serif",
        style="B",
        align="C",
        after=2,
    )
    para(
        p,
        "I authorize the Company to make the deductions checked below from my wages.",
        9.5,
        fam="Serif",
    )
    checkbox_line(
        p,
        [
            (True, "Equipment deposit (Section 9.2): $75.00, first paycheck"),
            (
                True,
                "Onboarding and placement cost share (note 3): $87.50 per paycheck, paychecks "
                "1 to 4",
            ),
            (False, "Voluntary transfer to a home account in Mexico: $______ per paycheck"),
            (False, "Company housing: not offered for the 2026 season"),
        ],
        size=9.5,
    )
    sig_block(
        p,
        [(25, 70, ["Employee signature", "Maximino Trejo Barrera"]), (115, 60, ["Date"])],
        gap=12,
        fam="Serif",
    )
    d.missing = ["return_transportation", "contract_impossibility"]
    return d


# ======================================================================================
# cj12  h2a  en  South African recruiter offer pack: letter, job summary, placement terms,
#       costs annexure (custom wheat harvest, Great Plains)
# ======================================================================================
def cj12():
    d = Doc(
        12,
        "h2a",
        "en",
        "recruiter_offer_pack",
        "A4 recruiter letter with logo block; section A job-summary grid; section B "
        "placement terms as numbered paragraphs; annexure cost table in rand with a total; "
        "tear-off acceptance slip",
        3,
        fmt="A4",
        margins=(20, 16, 20),
        bottom=18,
        date=(2026, 2, 10),
    )
    p = d.pdf
    ag = "Karoo Agri Placements (Pty) Ltd"
    d.recruiters.append(ag)
    emp = "Prairie Line Custom Harvesting, LLC"

    def hdr(pdf):
        pdf.set_fill_color(176, 120, 40)
        pdf.rect(20, 10, 14, 14, style="F")
        pdf.set_xy(20, 12.5)
        pdf.set_font("Sans", "B", 12)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(14, 9, "KA", align="C")
        pdf.set_text_color(60, 40, 10)
        pdf.set_xy(38, 10)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(0, 6, ag)
        pdf.set_xy(38, 16)
        pdf.set_font("Sans", "", 7.5)
        pdf.cell(
            0,
            4,
            "Reg. No. 2019/448812/07  \u00b7  Office 4, Vaalbank Centre, 12 Kerk "
            "Street, Heuningvlei, Free State  \u00b7  Cell 082 555 0147",
        )
        pdf.set_xy(38, 20)
        pdf.cell(
            0, 4, "Private employment agency  \u00b7  Seasonal placements: USA, Canada, Australia"
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(176, 120, 40)
        pdf.line(20, 27, pdf.w - 20, 27)
        pdf.set_y(31)

    def ftr(pdf):
        pdf.set_y(-12)
        pdf.set_font("Sans", "", 7)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 4, "KAP/US-H2A/2026/0311  \u00b7  page %d of {nb}" % pdf.page_no(), align="R")
        pdf.set_text_color(0, 0, 0)

    p.hdr, p.ftr = hdr, ftr
    p.add_page()
    para(p, "10 February 2026", 10, align="L", after=3)
    para(
        p,
        "Mr Johannes (Hannes) Pieterse\nPlot 31, Rietspruit Smallholdings\nHeuningvlei, Free State",
        10,
        align="L",
        after=4,
    )
    para(
        p,
        "OFFER OF SEASONAL EMPLOYMENT: H-2A AGRICULTURAL EQUIPMENT OPERATOR, USA 2026",
        10.5,
        style="B",
        align="L",
        after=3,
    )
    for t in [
        "Dear Hannes",
        "Congratulations! Following your interview and practical assessment, " + emp + " has "
        "selected you for its 2026 harvest crew. This pack contains the job summary taken from "
        "the employer's certified job order (section A), our Placement Terms (section B) and a "
        "summary of costs (Annexure 1).",
        "Kindly read everything carefully. To secure your seat on the crew, sign the "
        "acceptance slip and return it to our office together with proof of EFT within seven "
        "days of this letter. Seats not confirmed by then will be offered to the next "
        "candidate on the standby list.",
        "We wish you a safe and profitable season.",
    ]:
        para(p, t, 10, factor=1.45, after=2.5)
    para(p, "Yours faithfully", 10, after=9)
    para(p, "Marietjie van der Walt\nPlacement Manager, " + ag, 10, align="L", after=4)

    p.add_page()
    band(p, "A. JOB SUMMARY (from the employer's job order)", 9.5, fill=(176, 120, 40))
    grid(
        p,
        [
            [
                "Employer",
                d.has(
                    "employer_identity",
                    emp + ", 2850 County Road 14, Verden Flats, Kansas 67490, USA",
                ),
            ],
            ["Position", "Agricultural Equipment Operator (custom harvest)"],
            [
                "Duties",
                d.has(
                    "job_duties",
                    "Operate combine harvesters and grain carts, haul grain "
                    "from field to elevator in tractor-trailers",
                )
                + ", service and clean "
                "machinery, and move equipment between farms",
            ],
            [
                "Work locations",
                d.has(
                    "work_location",
                    "Custom harvest run through Texas, Oklahoma, "
                    "Kansas, Nebraska, South Dakota and North Dakota",
                )
                + ", "
                "following the wheat, canola and corn harvests",
            ],
            ["Dates", d.has("employment_period", "20 April 2026 to 30 November 2026")],
            [
                "Hours",
                d.has("hours_of_work", "Average of 50 hours per week") + "; longer days at "
                "harvest, weather permitting",
            ],
            ["Wage", d.has("wage_rate", "USD 17.72 per hour")],
            [
                "Pay days",
                d.has(
                    "pay_frequency", "Twice a month, on the 15th and on the last day of the month"
                ),
            ],
            [
                "Housing",
                d.has(
                    "housing",
                    "Free: crew camper trailers that travel with the harvest, "
                    "or motel rooms paid by the employer",
                ),
            ],
            [
                "Meals",
                d.has("meals", "Three meals a day are provided free of charge") + ", "
                "including meals delivered to the field",
            ],
            [
                "Flights",
                d.has(
                    "inbound_transportation",
                    "The employer books and pays the flight "
                    "Johannesburg to Denver and a travel meal allowance",
                )
                + "; "
                + d.has(
                    "return_transportation",
                    "the flight home is paid by the employer when the contract is completed",
                ),
            ],
            [
                "Daily transport",
                d.has(
                    "daily_transportation",
                    "Company pickups between camp and fields, free of charge",
                ),
            ],
            [
                "Equipment",
                d.has(
                    "tools_provided",
                    "All machinery, tools and safety gear are provided by the employer at no cost",
                ),
            ],
            [
                "Requirements",
                d.has(
                    "job_requirements",
                    "Valid South African driving licence "
                    "(code EC) and two seasons of combine or tractor experience",
                )
                + "; practical driving test on arrival",
            ],
            ["US visa fee", "Paid by the employer"],
        ],
        (34, 136),
        size=8.8,
        head=False,
        bold_first_col=True,
        zebra=(250, 244, 232),
    )
    d.trap(
        "US visa fee paid by the employer",
        "free housing, meals, flights and daily transport (lawful H-2A terms)",
        "tools and safety gear at no cost",
    )

    band(p, "B. PLACEMENT TERMS", 9.5, fill=(176, 120, 40))
    terms = [
        "Karoo Agri Placements is a private employment agency. We recruit for the US employer "
        "and assist you with the DS-160 application, the visa appointment and travel "
        "arrangements.",
        "There is no charge for the first interview or for being placed on our standby list.",
        d.fee(
            "recruitment_fee",
            "Our placement fee is R24 500, payable within seven days of "
            "accepting this offer, and covers sourcing, interviews, document checks and "
            "visa-appointment coaching.",
            24500,
            "ZAR",
        ),
        d.fee(
            "deposit_or_bond",
            "A good-faith bond of R10 000 is lodged with Karoo Agri "
            "Placements before your visa appointment and is paid back to you within 30 days "
            "of your return to South Africa at the end of the contract.",
            10000,
            "ZAR",
        ),
        d.fee(
            "medical_cost",
            "All candidates must complete a pre-placement medical and chest "
            "X-ray with our panel doctor in Heuningvlei, at the candidate's cost of R1 850.",
            1850,
            "ZAR",
        ),
        d.fee(
            "training_cost",
            "The two-day combine and tractor-trailer familiarisation course "
            "at our Heuningvlei yard is compulsory and costs R3 200 per candidate.",
            3200,
            "ZAR",
        ),
        "Prairie Line pays the US visa fee directly; you do not pay anything at the US consulate.",
        "Payments are made by EFT to the account shown on our invoice, using your ID number "
        "as reference. No cash is accepted at the office.",
        "Your passport stays with you. Please bring it to the pre-departure briefing in "
        "Johannesburg.",
    ]
    for i, t in enumerate(terms, 1):
        p.set_font("Sans", "", 9.8)
        h = p.multi_cell(p.epw - 9, lh(9.8, 1.45), t, dry_run=True, output="HEIGHT")
        if p.get_y() + h > p.page_break_trigger:
            p.add_page()
        p.set_font("Sans", "B", 9.8)
        p.cell(9, lh(9.8, 1.45), "B%d" % i)
        p.set_font("Sans", "", 9.8)
        p.multi_cell(0, lh(9.8, 1.45), t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(1.5)
    d.trap(
        "'no charge for the first interview or for being placed on our standby list' "
        "(negation next to the real placement fee)",
        "'you do not pay anything at the US consulate' (visa paid by employer)",
        "passport stays with the worker (negated retention)",
    )
    p.add_page()
    band(p, "ANNEXURE 1 \u2014 SUMMARY OF COSTS", 9.5, fill=(176, 120, 40))
    grid(
        p,
        [
            ["Item", "Amount", "Paid by"],
            ["Placement fee (B3)", "R24 500", "Candidate"],
            ["Good-faith bond, refundable (B4)", "R10 000", "Candidate"],
            ["Pre-placement medical and chest X-ray (B5)", "R1 850", "Candidate"],
            ["Familiarisation course (B6)", "R3 200", "Candidate"],
            ["US visa fee", "\u2014", "Prairie Line"],
            ["Flights Johannesburg \u2013 Denver \u2013 Johannesburg", "\u2014", "Prairie Line"],
            ["TOTAL PAYABLE BY CANDIDATE", "R39 550", ""],
        ],
        (100, 30, 40),
        size=9,
        head_fill=(240, 222, 190),
    )

    p.ln(4)
    p.set_font("Sans", "", 9)
    p.set_text_color(130, 130, 130)
    p.cell(0, 4, "\u2702 " + "- " * 52 + " detach and return", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_text_color(0, 0, 0)
    p.ln(3)
    para(p, "ACCEPTANCE", 11, style="B", after=2)
    para(
        p,
        "I, ______________________________ (ID no. _____________________), accept the offer "
        "of seasonal employment with " + emp + " and the Placement Terms of " + ag + " set "
        "out in this pack, and I attach proof of payment.",
        10,
        factor=1.6,
    )
    sig_block(
        p,
        [
            (20, 75, ["Candidate's signature", "Date"]),
            (115, 75, ["For " + ag, "Marietjie van der Walt"]),
        ],
        gap=16,
    )
    para(
        p,
        "Return this page by e-mail to placements@karooagri.example or WhatsApp 082 555 0147.",
        8.5,
        style="I",
        color=(90, 90, 90),
    )
    d.missing = [
        "wage_adjustment",
        "deductions",
        "three_fourths_guarantee",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    return d


# ======================================================================================
# build and self-check
# ======================================================================================
DOCS = [cj01, cj02, cj03, cj04, cj05, cj06, cj07, cj08, cj09, cj10, cj11, cj12]
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "PHP", "ZAR", "JMD"}


def page_texts(path):
    """Per page: plain text, char and image counts, and a lazy 'extra' view (column crops
    without running header/footer, plus gridded-table cells) used only for term evidence."""
    import pdfplumber

    out = []
    pdf = pdfplumber.open(path)
    for page in pdf.pages:

        def extra(page=page):
            w, h = page.width, page.height
            halves = [
                page.crop((0, 36, w / 2, h - 40)).extract_text() or "",
                page.crop((w / 2, 36, w, h - 40)).extract_text() or "",
            ]
            cells = [c for t in page.extract_tables() for r in t for c in r if c]
            return norm(" ".join(halves)) + " | " + norm(" | ".join(cells))

        out.append(
            {
                "text": page.extract_text() or "",
                "chars": len(page.chars),
                "images": len(page.images),
                "extra": extra,
            }
        )
    return out, pdf


def check(d, path, problems):
    def bad(msg):
        problems.append("%s: %s" % (d.file, msg))

    pages, handle = page_texts(path)
    if len(pages) != d.expected_pages:
        bad("has %d pages, expected %d" % (len(pages), d.expected_pages))
    texts = []
    for i, pg in enumerate(pages, 1):
        if i in d.scanned:
            if pg["chars"] or norm(pg["text"]):
                bad("scanned page %d has a text layer" % i)
            if pg["images"] < 1:
                bad("scanned page %d has no image" % i)
            texts.append(norm(S(d.scanned[i])))
        else:
            if not norm(pg["text"]):
                bad("page %d has no text" % i)
            texts.append(norm(pg["text"]))
    for f in d.fees:
        q = norm(f["quote"])
        hits = [i for i, t in enumerate(texts, 1) if q in t and i not in d.scanned]
        if len(hits) != 1:
            bad("quote found on pages %s: %r" % (hits, q[:90]))
        else:
            f["page"] = hits[0]
        if f["currency"] is not None and f["currency"] not in CURRENCIES:
            bad("unknown currency %s" % f["currency"])
        if (f["amount"] is None) != (f["currency"] is None):
            bad("amount/currency mismatch in %r" % q[:60])
    full = " | ".join(texts)
    for r in d.recruiters:
        if norm(r) not in full:
            bad("recruiter not printed: %r" % r)
    extra = None
    for term, snip in d.evidence.items():
        if norm(snip) in full:
            continue
        if extra is None:  # column/table views, computed only when needed
            extra = " | ".join(pg["extra"]() for i, pg in enumerate(pages, 1) if i not in d.scanned)
        if norm(snip) not in extra:
            bad("evidence for %s not found: %r" % (term, snip[:80]))
    handle.close()
    req = set(REQUIRED[d.program])
    if set(d.missing) & set(d.evidence):
        bad("terms both missing and evidenced: %s" % sorted(set(d.missing) & set(d.evidence)))
    if set(d.missing) | set(d.evidence) != req:
        bad(
            "terms not accounted for: %s; extra: %s"
            % (
                sorted(req - set(d.missing) - set(d.evidence)),
                sorted((set(d.missing) | set(d.evidence)) - req),
            )
        )
    if len(d.scanned) > 1:
        bad("more than one scanned page")
    return d.label(len(pages))


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    labels, problems = [], []
    for make in DOCS:
        d = make()
        path = os.path.join(out, d.file)
        d.pdf.output(path)
        labels.append(check(d, path, problems))
    if sum(1 for l in labels if l["scanned"]) != 1:
        problems.append("batch must have exactly one scanned document")
    blob = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(blob)
    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed):
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != json.loads(blob):
            a = {l["file"]: l for l in old}
            for l in labels:
                if a.get(l["file"]) != json.loads(json.dumps(l)):
                    problems.append("%s: labels differ from committed labels.json" % l["file"])
            if len(old) != len(labels):
                problems.append(
                    "committed labels.json has %d documents, built %d" % (len(old), len(labels))
                )
    else:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(blob)
        print("wrote", committed)
    for pr in problems:
        print("FAIL", pr)
    n_fees = sum(len(l["fees"]) for l in labels)
    print(
        "%d documents, %d findings, %d missing-term labels -> %s"
        % (len(labels), n_fees, sum(len(l["missing_terms"]) for l in labels), out)
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
