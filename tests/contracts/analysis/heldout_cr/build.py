#!/usr/bin/env python3
"""heldout_cr: blind held-out batch, compliant-heavy with lawful look-alikes.

Usage:
    python build.py OUT_DIR [--write-labels]

Writes cr01.pdf ... cr12.pdf and labels.json into OUT_DIR (deterministic: fixed creation
date, fixed seeds), reopens every PDF with pdfplumber and checks the labels against the
text, checks the batch mix, and finally compares the generated labels with the committed
labels.json next to this file (exit 1 on any failure or difference). --write-labels
rewrites the committed labels.json instead of comparing.

Every firm, agency, person, address, phone number and sentence below is invented.
Self-contained: needs fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts.
"""

import datetime
import io
import json
import math
import os
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2026, 1, 15, 12, 0, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
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
    prog: [t for t in TERM_ORDER if _REQ[t][i]] for i, prog in enumerate(("h2a", "h2b", "generic"))
}
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
CURRENCIES = {"USD", "MXN", "PHP", "GTQ", "JMD", "HNL", "BDT", "SGD", "EUR", "CAD", "DOP"}


def severity(program, category, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join((s or "").split())


# --------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------
FONT_FILES = {
    "S": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
    "C": (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
    ),
    "R": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    "M": (
        "DejaVuSansMono",
        "DejaVuSansMono-Bold",
        "DejaVuSansMono-Oblique",
        "DejaVuSansMono-BoldOblique",
    ),
}


class PDF(FPDF):
    def set_font(self, family=None, style="", size=0):
        """Register DejaVu faces lazily, on first use (keeps the build fast)."""
        fam = (family or self.font_family or "").upper()
        if not isinstance(style, str):  # fpdf2 passes a TextEmphasis internally
            style = getattr(style, "style", "") or ""
        st = "".join(c for c in ("B", "I") if c in style.upper())
        if fam in FONT_FILES and (fam, st) not in self._loaded:
            idx = {"": 0, "B": 1, "I": 2, "BI": 3}[st]
            self.add_font(fam, st, FONT_DIR + FONT_FILES[fam][idx] + ".ttf")
            self._loaded.add((fam, st))
        super().set_font(family, style, size)

    def __init__(self, fmt="Letter"):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("fpdf2")
        self._loaded = set()
        self.hdr = None
        self.ftr = None
        self.bare = set()  # page numbers without header/footer (scanned pages)
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.hdr and self.page_no() not in self.bare:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.bare:
            self.ftr(self)


def para(
    pdf,
    text,
    size=10,
    style="",
    fam="S",
    lh=None,
    align="L",
    color=(0, 0, 0),
    w=0,
    space=1.6,
    markdown=False,
    x=None,
):
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(
        w, lh or size * 0.48, text, align=align, markdown=markdown, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    if space:
        pdf.ln(space)


def heading(pdf, text, size=11, fam="S", color=(0, 0, 0), space=1.2, fill=None):
    pdf.set_font(fam, "B", size)
    pdf.set_text_color(*color)
    if fill:
        pdf.set_fill_color(*fill)
        pdf.cell(0, size * 0.62, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, size * 0.52, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(space)


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam="S",
    lh=None,
    head=True,
    head_fill=(220, 220, 220),
    head_color=(0, 0, 0),
    width=None,
    bold_first_col=False,
    fill=None,
    align="LEFT",
    borders="ALL",
    space=3,
    head_fam=None,
):
    pdf.set_font(fam, "", size)
    style = FontFace(
        family=head_fam or fam,
        emphasis="BOLD",
        fill_color=head_fill,
        color=head_color,
        size_pt=size,
    )
    kw = dict(
        col_widths=widths,
        text_align=align,
        line_height=lh or size * 0.5,
        first_row_as_headings=head,
        borders_layout=borders,
        width=width or (pdf.w - pdf.l_margin - pdf.r_margin),
    )
    if head:
        kw["headings_style"] = style
    if fill:
        kw["cell_fill_color"] = fill
        kw["cell_fill_mode"] = "ROWS"
    with pdf.table(**kw) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if bold_first_col and j == 0 and not (head and i == 0):
                    row.cell(c, style=FontFace(family=fam, emphasis="BOLD", size_pt=size))
                else:
                    row.cell(c)
    pdf.ln(space)


def bullets(pdf, items, size=10, fam="S", bullet="•", indent=5, lh=None, space=0.8):
    pdf.set_font(fam, "", size)
    for it in items:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, lh or size * 0.48, bullet)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(0, lh or size * 0.48, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(space)


def signature_pair(pdf, left, right, size=9, gap=14):
    """left/right: lists of lines printed under a signature rule."""
    pdf.ln(gap)
    y = pdf.get_y()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - 16) / 2
    for k, lines in enumerate((left, right)):
        x = pdf.l_margin + k * (colw + 16)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, y, x + colw, y)
        pdf.set_font("S", "", size)
        for i, ln in enumerate(lines):
            pdf.set_xy(x, y + 1.5 + i * size * 0.45)
            pdf.cell(colw, size * 0.45, ln)
    pdf.set_y(y + 2 + len(max(left, right, key=len)) * size * 0.45 + 2)


def box(
    pdf,
    title,
    text,
    size=9,
    fill=(245, 245, 245),
    border=(120, 120, 120),
    lh=None,
    title_color=(0, 0, 0),
):
    x, y = pdf.l_margin, pdf.get_y()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("S", "", size)
    lines = pdf.multi_cell(w - 8, lh or size * 0.48, text, dry_run=True, output="LINES")
    h = 4 + size * 0.55 + len(lines) * (lh or size * 0.48) + 3
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*border)
    pdf.rect(x, y, w, h, style="DF")
    pdf.set_xy(x + 4, y + 2)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*title_color)
    pdf.cell(w - 8, size * 0.55, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", size)
    pdf.set_x(x + 4)
    pdf.multi_cell(w - 8, lh or size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + h + 3)


# --------------------------------------------------------------------------------------
# scanned page (image only, no text layer)
# --------------------------------------------------------------------------------------
def scanned_page(pdf, blocks, seed, dpi=200, angle=0.7):
    """Render blocks [(text, size_pt, bold, align, space_after_pt)] to a noisy grayscale
    image at `dpi` and place it on a new page with no text layer."""
    pw_in, ph_in = pdf.w / 25.4, pdf.h / 25.4
    W, H = int(round(pw_in * dpi)), int(round(ph_in * dpi))
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    rng = np.random.RandomState(seed)
    margin = int(1.0 * dpi)
    y = int(0.9 * dpi)
    maxw = W - 2 * margin
    for text, size, bold, align, after in blocks:
        if text == "<SIG>":
            # hand-drawn signature scribble above a rule
            x0 = margin + 40
            pts = []
            for i in range(60):
                t = i / 59.0
                pts.append(
                    (x0 + t * 420, y + 40 + 22 * math.sin(t * 19 + rng.rand()) + rng.randint(-4, 5))
                )
            dr.line(pts, fill=40, width=4)
            y += 80
            dr.line([(margin, y), (margin + 700, y)], fill=30, width=2)
            y += int(after * dpi / 72)
            continue
        fnt = ImageFont.truetype(
            FONT_DIR + ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"),
            int(round(size * dpi / 72)),
        )
        words = text.split()
        lines, cur = [], ""
        for wd in words:
            trial = (cur + " " + wd).strip()
            if fnt.getlength(trial) <= maxw:
                cur = trial
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        lh = int(size * dpi / 72 * 1.35)
        for ln in lines:
            tw = fnt.getlength(ln)
            x = margin if align == "L" else int((W - tw) / 2)
            dr.text((x, y), ln, fill=rng.randint(15, 40), font=fnt)
            y += lh
        y += int(after * dpi / 72)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0, 9, arr.shape)
    # faint scanner shading at the left edge
    arr -= np.linspace(18, 0, W)[None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, dpi=(dpi, dpi))
    buf.seek(0)
    pdf.bare.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    return (W, H)


# --------------------------------------------------------------------------------------
# document record
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(self, file, program, language, doc_type, layout, pages, fmt="Letter"):
        self.file = file
        self.program = program
        self.language = language
        self.doc_type = doc_type
        self.layout = layout
        self.expected_pages = pages
        self.pdf = PDF(fmt)
        self.fees = []
        self.terms = {}
        self.recruiters = []
        self.traps = []
        self.scanned_pages = []
        self.scan_facts = []
        self.regions = []  # (page, x0, y0, x1, y1) in mm: extra crops for checks

    def region(self, x0, y0, x1, y1, page=None):
        self.regions.append((page or self.pdf.page_no(), x0, y0, x1, y1))

    def F(self, category, page, amount, currency, text, group=None, passport_only=False):
        """A finding sentence: returned for printing and recorded for the labels."""
        assert category in CATEGORIES, category
        fee = {
            "category": category,
            "severity": severity(self.program, category, passport_only),
            "page": page,
            "amount": None if amount is None else float(amount),
            "currency": currency,
            "quote": norm(text),
        }
        if group is not None:
            fee["group"] = group
        self.fees.append(fee)
        return text

    def T(self, term, evidence):
        """Evidence that a required term is stated with a concrete value."""
        assert term in REQUIRED[self.program], (self.file, term)
        self.terms.setdefault(term, norm(evidence))
        return evidence

    def R(self, name):
        if name not in self.recruiters:
            self.recruiters.append(name)
        return name

    def trap(self, *notes):
        self.traps.extend(notes)

    def label(self):
        present = [t for t in REQUIRED[self.program] if t in self.terms]
        missing = [t for t in REQUIRED[self.program] if t not in self.terms]
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scanned_pages),
            "pages": self.expected_pages,
            "fees": [dict(f) for f in self.fees],
            "missing_terms": missing,
            "recruiters": list(self.recruiters),
            "traps": list(self.traps),
            "doc_type": self.doc_type,
            "layout": self.layout,
            "scanned_pages": list(self.scanned_pages),
            "present_terms": [{"term": t, "evidence": self.terms[t]} for t in present],
        }


# ======================================================================================
# cr01 - H-2A, English, compliant: orchard contract with an employer cost schedule
# ======================================================================================
def build_cr01():
    d = Doc(
        "cr01.pdf",
        "h2a",
        "en",
        "work_contract",
        "letterhead band; boxed key/value summary table; 4-column cost schedule "
        "(cost | amount | paid by | how/when) with footnote; numbered sections; "
        "signature block; page footer",
        3,
    )
    pdf = d.pdf
    ORANGE = (196, 98, 16)

    def hdr(p):
        p.set_fill_color(*ORANGE)
        p.rect(0, 0, p.w, 7, style="F")
        p.set_y(10)
        p.set_font("S", "B", 13)
        p.set_text_color(*ORANGE)
        p.cell(0, 6, "TAMARACK BEND ORCHARDS LLC", new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "4410 Coldwater Spur Road · Cashmere, WA 98815 · (509) 555-0147 · "
            "hr@tamarackbend-orchards.example",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(*ORANGE)
        p.line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
        p.set_draw_color(0, 0, 0)
        p.set_y(p.get_y() + 5)

    def ftr(p):
        p.set_y(-14)
        p.set_font("S", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            4,
            "Tamarack Bend Orchards · H-2A work contract, season 2026 · "
            f"page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    heading(pdf, "H-2A Work Contract and Employer Cost Responsibility Schedule", 14)
    para(
        pdf,
        "Season 2026 · Clearance order WA-26-H2A-0317 (tree fruit). A copy of this "
        "contract in Spanish and in English is given to every worker no later than the "
        "day the worker applies for the visa.",
        9,
        color=(60, 60, 60),
        space=3,
    )

    rows = [
        (
            "Employer",
            d.T(
                "employer_identity",
                "Tamarack Bend Orchards LLC, 4410 Coldwater Spur Road, Cashmere, WA 98815",
            ),
        ),
        (
            "Position",
            "Farmworker, tree fruit: "
            + d.T("job_duties", "prune and thin apple and pear trees by hand")
            + ", pick fruit into "
            "picking bags and empty it into 20-bushel bins, move and set orchard "
            "ladders, and load bins onto bin trailers.",
        ),
        (
            "Where",
            d.T(
                "work_location",
                "Orchard blocks on Coldwater Spur Road and Mission Creek "
                "Road, Chelan County, Washington",
            ),
        ),
        ("Dates", d.T("employment_period", "March 16, 2026 to November 13, 2026")),
        (
            "Hours",
            d.T("hours_of_work", "40 hours per week") + ", Monday to Friday, 6:00 a.m. "
            "to 2:30 p.m.; Saturday harvest work is voluntary.",
        ),
        (
            "Pay",
            d.T("wage_rate", "$19.82 per hour") + "; in harvest, $28.00 per full bin "
            "whenever the bin rate yields more than the hourly rate for the week.",
        ),
        (
            "Payday",
            d.T("pay_frequency", "Weekly, every Friday") + ", by direct deposit or paper check.",
        ),
        (
            "Requirements",
            d.T("job_requirements", "Three months of tree-fruit experience")
            + "; able to climb a 12-foot orchard ladder while carrying 40 lbs.",
        ),
        (
            "Recruiting agent",
            d.R("Enlaces Agrícolas del Pacífico, S.C.") + ", Morelia, "
            "Michoacán (engaged and paid by the employer).",
        ),
    ]
    grid(
        pdf, rows, (28, 100), size=9, head=False, bold_first_col=True, fill=(252, 244, 235), space=4
    )

    heading(pdf, "1. Pay rises", 10.5)
    para(
        pdf,
        "Your rate is never lower than the highest of the Adverse Effect Wage Rate, the "
        "prevailing wage, or the federal or Washington minimum wage. If any of them goes "
        "up during the season, "
        + d.T("wage_adjustment", "your pay goes up on the same date")
        + ".",
        9.5,
    )
    heading(pdf, "2. Guaranteed work", 10.5)
    para(
        pdf,
        "We guarantee you work hours equal to "
        + d.T("three_fourths_guarantee", "at least three-fourths of the workdays")
        + " in the contract period. If we offer fewer hours, we pay you what you would "
        "have earned for the missing hours.",
        9.5,
    )
    heading(pdf, "3. Housing and meals", 10.5)
    para(
        pdf,
        "Housing is provided "
        + d.T("housing", "free of charge at Coldwater Camp, 4460 Coldwater Spur Road")
        + ", Cashmere, in rooms for four with beds, mattresses "
        "and blankets. The camp has a "
        + d.T("meals", "fully equipped communal kitchen")
        + " with stoves, refrigerators and cookware that you may use at no cost to prepare "
        "your own meals.",
        9.5,
    )
    heading(pdf, "4. Daily transport and tools", 10.5)
    para(
        pdf,
        "A company van takes you "
        + d.T("daily_transportation", "free of charge from Coldwater Camp to the orchard blocks")
        + " and back every workday. Picking bags, "
        "ladders, gloves and pruning shears are "
        + d.T("tools_provided", "provided at no cost and without any deposit")
        + ".",
        9.5,
    )

    # ---- page 2: cost schedule
    pdf.add_page()
    heading(pdf, "5. Who pays for what", 12)
    para(
        pdf,
        "The schedule lists every cost connected with coming to work for us. The "
        "right-hand columns show who pays and when. You pay none of these costs, and "
        "none of them is taken back from your wages later.",
        9.5,
        space=3,
    )
    cost_rows = [
        ("Cost", "Usual amount*", "Paid by", "How and when"),
        (
            "Labor certification and H-2A petition filing",
            "USD 1,090",
            "Employer",
            "Paid by the employer directly to the U.S. government",
        ),
        (
            "Recruiting agent's service (Enlaces Agrícolas del Pacífico, S.C.)",
            "USD 310 per worker",
            "Employer",
            "Invoiced to the employer; the agent may not accept money from workers",
        ),
        (
            "Visa application (MRV) fee",
            "USD 205",
            "Employer",
            "Prepaid by the agent on the employer's account before your appointment",
        ),
        (
            "Hotel near the consulate in Monterrey, 2 nights",
            "MXN 1,900",
            "Employer",
            "Booked and paid in advance",
        ),
        (
            "Bus Morelia - Monterrey - Cashmere",
            "about USD 260",
            "Employer",
            "Tickets bought by the employer",
        ),
        (
            "Meals on the road",
            "USD 17 per travel day",
            "Employer",
            "Cash handed to you at the bus station, never recovered",
        ),
        ("Border crossing (I-94) fee", "USD 6", "Employer", "Repaid with your first paycheck"),
        ("Housing, electricity, gas and bedding", "USD 0 to you", "Employer", "Coldwater Camp"),
        (
            "Picking bags, ladders, gloves, pruning shears",
            "USD 0 to you",
            "Employer",
            "Issued on the first day, no deposit",
        ),
        (
            "Return bus to Morelia",
            "about USD 260",
            "Employer",
            "Paid when you complete the contract",
        ),
    ]
    grid(pdf, cost_rows, (52, 28, 20, 60), size=8.5, head_fill=(232, 170, 110), space=2)
    para(
        pdf,
        "* Amounts are the employer's estimates for 2026. If a cost turns out higher, "
        "the employer pays the higher amount.",
        7.5,
        color=(80, 80, 80),
        space=4,
    )
    heading(pdf, "6. Travel to the orchard and back home", 10.5)
    para(
        pdf,
        "Inbound: if the employer has not already paid your travel and meals to "
        "Cashmere, it "
        + d.T(
            "inbound_transportation",
            "repays them in full when you complete 50 percent of the work contract period",
        )
        + ", and sooner if that is "
        "needed to keep your first week's pay at the minimum wage.",
        9.5,
    )
    para(
        pdf,
        "Return: when you finish the contract, or if we let you go early for a reason "
        "other than cause, "
        + d.T(
            "return_transportation", "we pay your return transportation and daily meals to Morelia"
        )
        + ".",
        9.5,
    )
    heading(pdf, "7. Deductions and pay records", 10.5)
    para(
        pdf,
        "The only deductions from your pay are "
        + d.T("deductions", "federal income tax if you ask for it on Form W-4")
        + ", and any amount a court orders us to "
        "withhold. We take nothing out for housing, transport, tools or recruitment. "
        "Each payday you receive an "
        + d.T("earnings_statements", "itemized earnings statement")
        + " showing hours offered, hours worked, bins picked, rate of pay, "
        "total earnings and every deduction.",
        9.5,
    )

    # ---- page 3
    pdf.add_page()
    heading(pdf, "8. Injury on the job", 10.5)
    para(
        pdf,
        "You are covered by workers' compensation insurance under "
        + d.T("workers_compensation", "policy WC-55-2094-17")
        + " with Cascade Growers "
        "Mutual Insurance, at no cost to you.",
        9.5,
    )
    heading(pdf, "9. Leaving the job", 10.5)
    para(
        pdf,
        "If you are "
        + d.T("termination", "absent for 5 consecutive working days without permission")
        + ", you may be considered to have abandoned the job, and "
        "we will notify the Department of Labor and the Department of Homeland Security. "
        "You may be dismissed only for cause, for example repeated unsafe ladder use "
        "after a written warning.",
        9.5,
    )
    heading(pdf, "10. If the work becomes impossible", 10.5)
    para(
        pdf,
        "If " + d.T("contract_impossibility", "fire, hail, freeze, flood") + " or another "
        "act of God makes the work impossible, we may end the contract with the "
        "Department of Labor's approval. You then receive the three-fourths guarantee up "
        "to that day and your return transportation and meals, and we will try to place "
        "you with another employer.",
        9.5,
    )
    heading(pdf, "11. Fees, refunds and complaints", 10.5)
    para(
        pdf,
        "No one may charge you any fee to be hired, to be placed on a list, or to be "
        'rehired next season. Some workers heard that a "list fee" of 3,000 pesos was '
        "needed to be called back for 2027; that is false, and no person is authorized "
        "to ask for it. If anyone charged you anything in connection with this job, tell "
        "the office: we will pay it back in full and stop working with that person. You "
        "may complain to us, to the Department of Labor or to a lawyer without losing "
        "your job or your place for next season. Your passport and visa stay with you.",
        9.5,
    )
    heading(pdf, "12. Farm stand", 10.5)
    para(
        pdf,
        "Customers at our Mission Creek fruit stand pay $2.00 per pound for "
        "pick-your-own apples. Workers assigned to the stand collect these payments for "
        "the farm and hand the cash box to the manager at closing.",
        9.5,
    )
    signature_pair(
        pdf,
        [
            "For the employer: Colleen Marchetti-Dunn,",
            "Operations Manager",
            "Date: January 20, 2026",
        ],
        ["Worker (signature and printed name)", "", "Date:"],
        gap=16,
    )
    d.trap(
        "cost schedule: petition, agent, visa, hotel, bus, road meals, I-94 all paid by "
        "the employer",
        "recruiting agent's USD 310 service fee invoiced to the employer",
        "'list fee' of 3,000 pesos rumoured and denied",
        "refund promise for anything charged by others",
        "free housing, free kitchen, free daily van (h2a)",
        "tools free, no deposit",
        "deductions limited to voluntary W-4 tax and court orders",
        "farm-stand customers pay $2.00 per pound (business's own price, job duty)",
        "no retaliation for complaints; worker keeps passport",
    )
    return d


# ======================================================================================
# cr02 - H-2B, Spanish, compliant: two-column clause contract + reimbursement voucher
# ======================================================================================
def build_cr02():
    d = Doc(
        "cr02.pdf",
        "h2b",
        "es",
        "work_contract",
        "running header and footer with initials; parties grid; clauses in two text "
        "columns; annex reimbursement voucher (receipt table with totals) and signatures",
        3,
    )
    pdf = d.pdf
    GREEN = (34, 94, 60)

    def hdr(p):
        p.set_y(9)
        p.set_font("S", "B", 9)
        p.set_text_color(*GREEN)
        p.cell(0, 4, "PIEDRA AZUL LANDSCAPE SERVICES, INC.")
        p.set_font("S", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, "Contrato H-2B · Temporada 2026", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(*GREEN)
        p.line(p.l_margin, 14.5, p.w - p.r_margin, 14.5)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(19)

    def ftr(p):
        p.set_y(-13)
        p.set_font("S", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"Página {p.page_no()} de {{nb}}")
        p.cell(0, 4, "Iniciales:  ______   ______", align="R")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("S", "B", 13)
    pdf.multi_cell(
        0,
        6.5,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL\n(PROGRAMA DE VISAS H-2B)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    grid(
        pdf,
        [
            (
                "EL EMPLEADOR",
                d.T(
                    "employer_identity",
                    "Piedra Azul Landscape Services, Inc., 2290 "
                    "Caliche Trail, San Marcos, Texas 78666",
                )
                + ", Estados Unidos. "
                "Tel. (512) 555-0183.",
            ),
            (
                "EL TRABAJADOR",
                "Héctor Ulises Banda Zavala, con domicilio en Rioverde, San Luis Potosí, México.",
            ),
            (
                "AGENCIA DE RECLUTAMIENTO",
                d.R("Agencia de Empleo Temporal Los Altos, S.C.")
                + ", Calle Fray Diego de la Magdalena 318, San Luis Potosí, S.L.P.; contratada y pagada "
                "por EL EMPLEADOR.",
            ),
        ],
        (40, 120),
        size=8.5,
        head=False,
        bold_first_col=True,
        fill=(236, 244, 238),
        space=4,
    )

    clauses = [
        (
            "PRIMERA. Puesto.",
            "EL TRABAJADOR se contrata como trabajador de jardinería y "
            "paisajismo para "
            + d.T("job_duties", "cortar pasto, podar setos, plantar árboles y arbustos")
            + ", instalar riego por goteo y recoger hojas y ramas.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Propiedades de clientes residenciales y comerciales "
            "en los " + d.T("work_location", "condados de Hays y Travis, Texas") + ", con salida "
            "diaria del patio de la empresa en 2290 Caliche Trail.",
        ),
        (
            "TERCERA. Vigencia.",
            d.T("employment_period", "Del 2 de marzo de 2026 al 30 de noviembre de 2026") + ".",
        ),
        (
            "CUARTA. Jornada.",
            d.T("hours_of_work", "40 horas por semana") + ", de lunes a "
            "viernes, de 7:00 a 15:30 horas, con media hora para comer.",
        ),
        (
            "QUINTA. Salario.",
            d.T("wage_rate", "$17.45 dólares por hora") + ". Si durante el "
            "contrato se publica un salario prevaleciente o mínimo más alto, EL EMPLEADOR "
            + d.T("wage_adjustment", "pagará el más alto desde la fecha en que entre en vigor")
            + ".",
        ),
        (
            "SEXTA. Horas extra.",
            "Las horas trabajadas después de 40 en una semana se pagan a "
            + d.T("overtime", "$26.18 dólares por hora")
            + ".",
        ),
        (
            "SÉPTIMA. Pago.",
            d.T("pay_frequency", "Cada dos semanas") + ", los viernes, por "
            "depósito directo o cheque, junto con "
            + d.T("earnings_statements", "un talón que detalla horas ofrecidas")
            + ", horas trabajadas, tarifa, ganancias y cada descuento.",
        ),
        (
            "OCTAVA. Descuentos.",
            "Solo se descuentan "
            + d.T("deductions", "el impuesto federal sobre la renta, el Seguro Social y Medicare")
            + ", y lo que ordene un juez, como una "
            "pensión alimenticia. No se descuenta nada por herramientas, transporte, visa ni "
            "reclutamiento.",
        ),
        (
            "NOVENA. Garantía de trabajo.",
            "En cada periodo de 12 semanas EL EMPLEADOR ofrece "
            "horas de trabajo equivalentes por lo menos a las "
            + d.T("three_fourths_guarantee", "tres cuartas partes de los días laborables")
            + "; si ofrece menos, paga la diferencia.",
        ),
        (
            "DÉCIMA. Viaje de ida y visa.",
            "EL EMPLEADOR "
            + d.T(
                "inbound_transportation",
                "reembolsa en la primera semana de trabajo el transporte, el hospedaje y los alimentos",
            )
            + " del viaje de San Luis Potosí a San Marcos, "
            + d.T(
                "visa_reimbursement", "así como la cuota de la visa y el cargo de cruce fronterizo"
            )
            + ". El detalle está en el "
            "comprobante del Anexo A.",
        ),
        (
            "UNDÉCIMA. Regreso.",
            "Si EL TRABAJADOR termina el contrato, o si es despedido antes "
            "sin causa justificada, EL EMPLEADOR "
            + d.T(
                "return_transportation",
                "paga su transporte y alimentos de regreso a San Luis Potosí",
            )
            + ".",
        ),
        (
            "DUODÉCIMA. Herramientas.",
            "EL EMPLEADOR entrega las herramientas, el equipo de "
            "protección y los uniformes "
            + d.T("tools_provided", "sin costo alguno y sin pedir depósito")
            + ".",
        ),
        (
            "DECIMOTERCERA. Requisitos.",
            d.T("job_requirements", "Seis meses de experiencia comprobable en jardinería")
            + " y capacidad para levantar 50 libras.",
        ),
        (
            "DECIMOCUARTA. Abandono y despido.",
            "Si EL TRABAJADOR "
            + d.T("termination", "falta cinco días laborables consecutivos sin avisar")
            + ", EL EMPLEADOR puede considerarlo "
            "abandono del empleo y lo notificará a las autoridades. Solo podrá ser despedido por "
            "causa justificada, explicada por escrito.",
        ),
        (
            "DECIMOQUINTA. Imposibilidad.",
            "Si un "
            + d.T("contract_impossibility", "huracán, incendio, inundación")
            + " u otra causa de fuerza mayor hace imposible el trabajo, "
            "el contrato podrá terminar antes con aprobación del Departamento de Trabajo; EL "
            "TRABAJADOR recibirá lo ganado, la garantía de tres cuartas partes hasta esa fecha y "
            "su viaje de regreso.",
        ),
        (
            "DECIMOSEXTA. Cobros prohibidos.",
            "Ni EL EMPLEADOR, ni la agencia, ni ninguna otra "
            "persona puede cobrarle a EL TRABAJADOR cuota alguna por reclutamiento, colocación, "
            "inscripción o papeleo; los honorarios de la Agencia de Empleo Temporal Los Altos, "
            "S.C. los paga EL EMPLEADOR. La empresa no pide fianza, depósito ni pagaré de ningún "
            "tipo. Si EL TRABAJADOR ya pagó algo a cualquier persona por este empleo, EL "
            "EMPLEADOR se lo devolverá completo y dejará de trabajar con quien lo cobró.",
        ),
        (
            "DECIMOSÉPTIMA. Rumores.",
            'Si alguien le dice que debe pagar "para apartar su '
            'lugar" en la lista de recontratación del próximo año, no es cierto: la lista es '
            "gratuita y la lleva directamente EL EMPLEADOR.",
        ),
        (
            "DECIMOCTAVA. Cuotas de los clientes.",
            "Piedra Azul cobra a sus clientes una cuota "
            "mensual de mantenimiento de $180 por jardín; esa cuota la paga el cliente "
            "directamente a la oficina, y EL TRABAJADOR no la cobra ni la paga.",
        ),
        (
            "DECIMONOVENA. Documentos.",
            "EL TRABAJADOR conserva en todo momento su pasaporte, "
            "su visa y su identificación; nadie puede guardárselos.",
        ),
        (
            "VIGÉSIMA. Idioma.",
            "Este contrato se entrega en español, idioma que EL TRABAJADOR "
            "entiende, antes de su cita consular.",
        ),
    ]

    def columns(items, balance):
        with pdf.text_columns(
            ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=balance
        ) as cols:
            for title, body in items:
                with cols.paragraph(bottom_margin=2.2) as par:
                    pdf.set_font("S", "B", 9.4)
                    par.write(title + " ")
                    pdf.set_font("S", "", 9.4)
                    par.write(body)

    columns(clauses[:14], True)
    pdf.add_page()
    columns(clauses[14:], True)
    pdf.ln(6)
    pdf.set_font("S", "B", 10)
    pdf.cell(0, 6, "FIRMAS", new_x="LMARGIN", new_y="NEXT")
    para(
        pdf,
        "Leído este contrato y su anexo, las partes lo firman en San Luis Potosí, S.L.P., "
        "el 22 de enero de 2026.",
        9,
    )
    signature_pair(
        pdf,
        ["Por EL EMPLEADOR: Gilberto Saucedo Mireles,", "gerente de operaciones"],
        ["EL TRABAJADOR: Héctor Ulises Banda Zavala"],
        gap=16,
    )

    # ---- annex: reimbursement voucher
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.set_text_color(*GREEN)
    pdf.cell(
        0,
        7,
        "ANEXO A - COMPROBANTE DE REEMBOLSO DE GASTOS DE VIAJE Y VISA",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    grid(
        pdf,
        [
            ("Folio", "R-2026-0418"),
            ("Trabajador", "Héctor Ulises Banda Zavala"),
            ("Fecha de pago", "6 de marzo de 2026 (primera semana de trabajo)"),
        ],
        (35, 125),
        size=9,
        head=False,
        bold_first_col=True,
        space=3,
    )
    grid(
        pdf,
        [
            ("Concepto", "Importe", "Lo pagó primero", "Reembolso"),
            ("Cuota de solicitud de visa (MRV)", "$205.00", "El trabajador", "Reembolsado"),
            ("Autobús San Luis Potosí - Monterrey", "$38.40", "El trabajador", "Reembolsado"),
            ("Hotel en Monterrey, 2 noches", "$96.00", "El trabajador", "Reembolsado"),
            ("Alimentos del viaje, 3 días", "$49.08", "El trabajador", "Reembolsado"),
            ("Cargo de cruce fronterizo (I-94)", "$6.00", "El trabajador", "Reembolsado"),
            (
                "Autobús Nuevo Laredo - San Marcos",
                "$62.00",
                "La empresa (boleto comprado)",
                "No aplica",
            ),
        ],
        (62, 24, 44, 30),
        size=9,
        head_fill=(190, 220, 200),
        space=1,
    )
    pdf.set_font("S", "B", 10)
    pdf.cell(
        0,
        7,
        "TOTAL REEMBOLSADO AL TRABAJADOR: $394.48 (trescientos noventa y cuatro dólares 48/100)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    para(
        pdf,
        "Forma de pago: cheque núm. 10472, por separado del cheque de nómina. Este "
        "reembolso no se descuenta de ningún pago posterior.",
        9,
    )
    para(
        pdf,
        "Nota: el reembolso se paga en la primera semana aunque EL TRABAJADOR deje el "
        "empleo después.",
        8.5,
        color=(80, 80, 80),
        space=3,
    )
    signature_pair(
        pdf,
        ["Recibí: Héctor Ulises Banda Zavala"],
        ["Entregó: Marisol Tijerina Cantú, nóminas"],
        gap=14,
    )
    d.trap(
        "reimbursement voucher: visa fee, bus, hotel, meals, I-94 first paid by the worker "
        "and reimbursed in the first week (not a visa_cost or travel_cost)",
        "agency fees paid by the employer; negated fianza/depósito/pagaré",
        "rumour of paying 'para apartar su lugar' denied; refund promise",
        "customers pay a $180 monthly maintenance fee to the business",
        "lawful deductions: federal tax, Social Security, Medicare, court-ordered support",
        "tools, protective gear and uniforms sin costo alguno",
        "worker keeps passport",
    )
    return d


# ======================================================================================
# cr03 - generic, English, compliant: shipyard contract (Bangladesh -> Singapore)
# ======================================================================================
def build_cr03():
    d = Doc(
        "cr03.pdf",
        "generic",
        "en",
        "work_contract",
        "A4; serif legal register; centred title; numbered clauses with bold captions; "
        "cost table (item | amount | borne by | note) inside clause 9; two-column "
        "signature block; reference footer",
        2,
        fmt="A4",
    )
    pdf = d.pdf

    def ftr(p):
        p.set_y(-13)
        p.set_font("R", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, "Contract ref. TRMW/BD/2026/0142", align="L")
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("R", "B", 12)
    pdf.cell(0, 6, "TANJONG RHU MARINE WORKS PTE. LTD.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "", 8)
    pdf.cell(
        0,
        4,
        "Co. Reg. No. 200918734K · 27 Gul Way Loop, Singapore 629402 · +65 6555 0192",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("R", "B", 13)
    pdf.cell(
        0,
        7,
        "CONTRACT OF EMPLOYMENT (WORK PERMIT HOLDER)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    F = "R"
    para(pdf, "This contract is made on 3 November 2025 between:", 9.5, fam=F)
    para(
        pdf,
        "(1) "
        + d.T(
            "employer_identity",
            "Tanjong Rhu Marine Works Pte. Ltd., 27 Gul Way Loop, Singapore 629402",
        )
        + ' (the "Employer"); and',
        9.5,
        fam=F,
        space=0.6,
    )
    para(
        pdf,
        "(2) " + d.T("worker_identity", "Md. Rafiqul Hasan Sarker") + ", holder of "
        "Bangladesh passport A09127734, of Village Char Sindur, Palash, Narsingdi, "
        'Bangladesh (the "Worker").',
        9.5,
        fam=F,
    )
    para(
        pdf,
        "The Worker was introduced to the Employer by "
        + d.R("Meghna Gateway Overseas Ltd.")
        + " (recruiting licence RL-2291), House 14, Road 11, Banani, Dhaka (the "
        '"Agency"), whose service charge is paid by the Employer.',
        9.5,
        fam=F,
        space=3,
    )

    def clause(n, cap, text):
        pdf.set_font(F, "B", 9.5)
        pdf.multi_cell(0, 4.7, f"{n}. {cap}", new_x="LMARGIN", new_y="NEXT")
        para(pdf, text, 9.5, fam=F, space=1.8)

    clause(
        1,
        "Position and duties",
        "The Worker is employed as a "
        + d.T("job_duties", "structural fitter")
        + " and will cut, fit, align and tack-weld steel plates and "
        "sections for ship repair and offshore modules, following the foreman's drawings and "
        "the shipyard's safety rules.",
    )
    clause(
        2,
        "Place of work",
        d.T("work_location", "The Employer's shipyard at 27 Gul Way Loop, Singapore")
        + ", and vessels berthed at its repair quay.",
    )
    clause(
        3,
        "Term",
        "Two years, "
        + d.T("employment_period", "from 5 January 2026 to 4 January 2028")
        + ", subject to the validity of the work permit.",
    )
    clause(
        4,
        "Hours of work",
        d.T("hours_of_work", "44 hours per week") + ": 8 hours from "
        "Monday to Friday and 4 hours on Saturday, between 8:00 a.m. and 5:00 p.m. Sunday is "
        "the rest day. Overtime is voluntary and paid at 1.5 times the hourly basic rate.",
    )
    clause(
        5,
        "Salary",
        "A basic salary of "
        + d.T("wage_rate", "SGD 1,150 per month")
        + ", plus a fixed allowance of SGD 150 per month.",
    )
    clause(
        6,
        "Payment",
        "Salary is " + d.T("pay_frequency", "paid monthly") + " by bank "
        "transfer to the Worker's own account, no later than the 7th day after the end of "
        "each month, with an itemised payslip.",
    )
    clause(
        7,
        "Deductions",
        "The Employer may deduct only (a) pay for days of unauthorised "
        "absence, (b) " + d.T("deductions", "income tax required by law") + ", if any, and "
        "(c) amounts the Worker asks in writing to be remitted to his family, which he may "
        "cancel at any time. No deduction may be made for the levy, the security bond, "
        "insurance, housing, transport or any recruitment cost.",
    )
    clause(
        8,
        "Accommodation",
        "The Employer provides a bed in a licensed dormitory at 6 Tuas "
        "South Link Way, with meals, utilities and daily transport to the shipyard, free of "
        "charge.",
    )

    pdf.add_page()
    clause(
        9,
        "Costs borne by the Employer",
        "The following costs are borne by the Employer. "
        "None of them may be charged to the Worker or recovered from his salary, before "
        "or after arrival.",
    )
    grid(
        pdf,
        [
            ("Item", "Amount", "Borne by", "Note"),
            (
                "Foreign worker levy",
                "SGD 650 per month",
                "Employer",
                "Paid to the government monthly",
            ),
            (
                "Security bond (banker's guarantee)",
                "SGD 5,000",
                "Employer",
                "Furnished by the Employer; released to the Employer at the end",
            ),
            (
                "Medical and work-injury insurance",
                "SGD 420 per year",
                "Employer",
                "Premiums paid in full by the Employer",
            ),
            ("Work permit issuance fee", "SGD 35", "Employer", ""),
            (
                "Skills test at the approved centre in Dhaka",
                "BDT 28,000",
                "Employer",
                "Paid by the Agency on the Employer's account",
            ),
            ("Pre-departure medical examination", "BDT 9,500", "Employer", ""),
            (
                "Emigration clearance, smart card and welfare fund enrolment",
                "BDT 4,200",
                "Employer",
                "Paid through the Agency",
            ),
            ("Agency service charge", "BDT 135,000", "Employer", "Invoiced to the Employer"),
            ("Air ticket Dhaka - Singapore", "about SGD 480", "Employer", ""),
            (
                "Air ticket Singapore - Dhaka",
                "about SGD 480",
                "Employer",
                "At the end of the contract or on early termination",
            ),
        ],
        (56, 30, 20, 64),
        size=8.2,
        fam=F,
        head_fill=(215, 215, 215),
        space=3,
    )
    clause(
        10,
        "Return passage",
        "At the end of the contract, or if the contract ends early "
        "for any reason, the Employer "
        + d.T("return_transportation", "pays the Worker's air ticket home to Dhaka")
        + ".",
    )
    clause(
        11,
        "Termination",
        "Either party may end this contract by giving "
        + d.T("termination", "one month's written notice")
        + " or one month's basic salary "
        "in lieu of notice. The Employer may dismiss without notice only for serious "
        "misconduct, after an inquiry at which the Worker is heard.",
    )
    clause(
        12,
        "Documents",
        "The Worker keeps his own passport and work permit card. The "
        "Employer will not hold them, even for safekeeping.",
    )
    clause(
        13,
        "No fees to the Worker",
        "The Worker is not required to pay any fee, charge, "
        "deposit or loan to the Employer, the Agency or any intermediary to obtain or keep "
        "this job. The Employer has learned that some brokers in Narsingdi tell applicants "
        'that shipyard jobs in Singapore cost BDT 450,000 "for the visa"; no such payment '
        "is due for this job, and anyone asking for it does not act for us. If the Worker is "
        "found to have paid any such amount, the Employer will refund it in full within 30 "
        "days and recover it from whoever took it.",
    )
    signature_pair(
        pdf,
        ["For the Employer: Lim Wei Ting Audrey,", "Director, Human Resources"],
        ["The Worker: Md. Rafiqul Hasan Sarker"],
        gap=14,
    )
    d.trap(
        "security bond SGD 5,000 and foreign worker levy SGD 650/month borne by the employer",
        "insurance premiums and welfare fund enrolment paid by the employer",
        "skills test, medical exam and air tickets paid by the employer",
        "agency service charge BDT 135,000 invoiced to the employer",
        "rumoured BDT 450,000 'for the visa' denied; refund within 30 days",
        "lawful deductions: absence, income tax, voluntary written remittances",
        "free dormitory, meals and transport",
        "worker keeps passport and work permit card",
    )
    return d


# ======================================================================================
# cr04 - H-2A, English + Spanish, compliant: orientation sheet with sample pay stub
# ======================================================================================
def build_cr04():
    d = Doc(
        "cr04.pdf",
        "h2a",
        "en+es",
        "orientation_sheet",
        "bilingual: each topic has a shaded heading, an English paragraph and the Spanish "
        "paragraph below it in grey italics; sample earnings statement table; "
        "signature block; footer",
        3,
    )
    pdf = d.pdf
    BLUE = (40, 70, 140)

    def ftr(p):
        p.set_y(-13)
        p.set_font("S", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            "Ocmulgee Ridge Blueberries · Worker orientation / Orientación del "
            f"trabajador · {p.page_no()}/{{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(pdf.l_margin, 14, pdf.w - 36, 16, style="F")
    pdf.set_xy(pdf.l_margin + 3, 16)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 13)
    pdf.cell(
        0,
        6,
        "Worker Orientation Sheet · Hoja de orientación del trabajador",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(pdf.l_margin + 3)
    pdf.set_font("S", "", 8.5)
    pdf.cell(
        0,
        5,
        "H-2A season 2026 · Temporada H-2A 2026 · Guatemala - Georgia",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(34)

    def topic(title, en, es):
        pdf.set_fill_color(226, 232, 245)
        pdf.set_font("S", "B", 9.5)
        pdf.cell(0, 5.6, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
        para(pdf, en, 9, space=0.6)
        para(pdf, es, 9, style="I", color=(85, 85, 85), space=2.2)

    topic(
        "1. Employer · Empleador",
        "Your employer is "
        + d.T(
            "employer_identity",
            "Ocmulgee Ridge Blueberries, Inc., 1187 Pecan Grove Church Road, Alma, Georgia 31510",
        )
        + ".",
        "Su empleador es Ocmulgee Ridge Blueberries, Inc., 1187 Pecan Grove Church Road, "
        "Alma, Georgia 31510.",
    )
    topic(
        "2. Your job · Su trabajo",
        "You will " + d.T("job_duties", "hand-harvest blueberries") + " into buckets, carry "
        "full buckets to the weigh station, prune and hoe young plants, and sort fruit on the "
        "packing line. You need at least "
        + d.T("job_requirements", "one month of experience picking berries by hand")
        + ".",
        "Usted cosechará arándanos a mano en cubetas, llevará las cubetas llenas a la báscula, "
        "podará y limpiará las plantas jóvenes y seleccionará fruta en la línea de empaque. "
        "Necesita por lo menos un mes de experiencia en la cosecha manual de moras.",
    )
    topic(
        "3. Where and when · Dónde y cuándo",
        "Fields and packing shed at 1187 Pecan Grove Church Road and the Satilla block on Old "
        "Nicholls Highway, " + d.T("work_location", "Bacon County, Georgia") + ". The season "
        "runs from " + d.T("employment_period", "April 13, 2026 to July 24, 2026") + ". You "
        "will work " + d.T("hours_of_work", "35 hours per week") + ", Monday to Saturday, "
        "usually from 6:30 a.m. to 12:30 p.m.",
        "Campos y empacadero en 1187 Pecan Grove Church Road y el bloque Satilla en Old "
        "Nicholls Highway, condado de Bacon, Georgia. La temporada va del 13 de abril al 24 "
        "de julio de 2026. Trabajará 35 horas por semana, de lunes a sábado, por lo general "
        "de 6:30 a 12:30.",
    )
    topic(
        "4. Pay · Pago",
        "You earn " + d.T("wage_rate", "$17.20 per hour") + ", or $0.65 per pound picked when "
        "that pays more for the week. If the AEWR or the minimum wage rises during the season, "
        + d.T("wage_adjustment", "you receive the higher rate from the day it takes effect")
        + ". You are paid "
        + d.T("pay_frequency", "every week, on Thursday")
        + ", and each "
        "payday you get "
        + d.T("earnings_statements", "a pay stub showing hours offered")
        + ", hours worked, pounds picked, rates, earnings and deductions (see the sample on "
        "page 3).",
        "Usted gana $17.20 por hora, o $0.65 por libra cosechada cuando eso le da más en la "
        "semana. Si el AEWR o el salario mínimo suben durante la temporada, recibe la tarifa "
        "más alta desde el día en que entra en vigor. Se le paga cada semana, los jueves, y "
        "cada día de pago recibe un talón con las horas ofrecidas, horas trabajadas, libras, "
        "tarifas, ganancias y descuentos (vea el ejemplo en la página 3).",
    )
    topic(
        "5. Deductions · Descuentos",
        "We deduct only "
        + d.T("deductions", "federal income tax only if you request withholding")
        + ", Georgia income tax as the state requires, and money you ask us "
        "in writing to send to your family by bank transfer. Nothing is deducted for "
        "housing, transport, tools or recruitment.",
        "Solo descontamos el impuesto federal si usted pide la retención, el impuesto de "
        "Georgia que exige el estado y el dinero que usted nos pida por escrito enviar a su "
        "familia por transferencia. No se descuenta nada por vivienda, transporte, "
        "herramientas ni reclutamiento.",
    )
    topic(
        "6. Guaranteed work · Trabajo garantizado",
        "We guarantee you hours of work equal to at least "
        + d.T("three_fourths_guarantee", "three-fourths of the workdays")
        + " of the contract; if we fall short, we pay the "
        "difference.",
        "Le garantizamos horas de trabajo equivalentes por lo menos a las tres cuartas partes "
        "de los días laborables del contrato; si no llegamos, le pagamos la diferencia.",
    )
    topic(
        "7. Housing and meals · Vivienda y comidas",
        "You live " + d.T("housing", "free of charge at Pine Flat Housing") + ", 1210 Pecan "
        "Grove Church Road, which is inspected before the season. There is a "
        + d.T("meals", "free kitchen with gas stoves")
        + " and refrigerators for cooking your "
        "own meals.",
        "Usted vive sin pagar nada en Pine Flat Housing, 1210 Pecan Grove Church Road, que se "
        "inspecciona antes de la temporada. Hay una cocina gratuita con estufas de gas y "
        "refrigeradores para preparar sus comidas.",
    )

    pdf.add_page()
    topic(
        "8. Travel · Viaje",
        "Your flight from Guatemala City to Atlanta and the bus to Alma are "
        + d.T("inbound_transportation", "bought by the employer before you travel")
        + ", and "
        "your meals on the trip are paid back at $17.00 per day in your first paycheck. "
        "Your "
        + d.T("return_transportation", "return flight to Guatemala City is paid")
        + " when you finish the contract, or if we let you go early for a reason other than "
        "cause. A farm bus takes you "
        + d.T("daily_transportation", "free from the housing to the fields")
        + " and back every day.",
        "Su vuelo de la Ciudad de Guatemala a Atlanta y el autobús a Alma los compra el "
        "empleador antes de que usted viaje, y sus comidas del viaje se le devuelven a $17.00 "
        "por día en su primer cheque. Su vuelo de regreso a la Ciudad de Guatemala se paga "
        "cuando termina el contrato, o si lo dejamos ir antes por una razón que no sea causa "
        "justificada. Un autobús de la granja lo lleva gratis de la vivienda a los campos y "
        "de regreso todos los días.",
    )
    topic(
        "9. Tools · Herramientas",
        "Buckets, harnesses, gloves, hats and pruning shears are "
        + d.T("tools_provided", "provided free, with no deposit")
        + ".",
        "Las cubetas, arneses, guantes, sombreros y tijeras de podar se le dan gratis, sin "
        "depósito.",
    )
    topic(
        "10. Injury · Accidentes",
        "Workers' compensation insurance covers you from the first day (Peach State "
        "Agricultural Casualty, " + d.T("workers_compensation", "policy GA-WC-771530") + ").",
        "El seguro de compensación al trabajador lo cubre desde el primer día (Peach State "
        "Agricultural Casualty, póliza GA-WC-771530).",
    )
    topic(
        "11. Leaving the job · Dejar el trabajo",
        "If you " + d.T("termination", "miss 5 workdays in a row") + " without telling your "
        "crew leader, we may treat it as abandonment and report it. You can only be fired "
        "for a clear reason related to your work or conduct.",
        "Si usted falta 5 días de trabajo seguidos sin avisar a su mayordomo, podemos "
        "tratarlo como abandono y reportarlo. Solo lo pueden despedir por una razón clara "
        "relacionada con su trabajo o su conducta.",
    )
    topic(
        "12. Bad weather · Mal tiempo",
        "If a " + d.T("contract_impossibility", "hurricane, hail, drought or frost") + " "
        "destroys the crop and work becomes impossible, the contract may end early with "
        "Department of Labor approval; you still receive the three-fourths guarantee up to "
        "that date and your return trip.",
        "Si un huracán, granizo, sequía o helada destruye la cosecha y el trabajo se vuelve "
        "imposible, el contrato puede terminar antes con aprobación del Departamento de "
        "Trabajo; usted recibe la garantía de tres cuartas partes hasta esa fecha y su "
        "viaje de regreso.",
    )
    topic(
        "13. No fees · Sin cobros",
        d.R("Enlace Laboral Xelajú, S.A.") + " recruited you for us, and we paid all of its "
        "fees. No one may ask you for money to be hired, and nobody may ask you for a "
        'guarantee or a deposit. If someone in Guatemala asked you for Q2,500 "de '
        'garantía" or any other amount, tell us: we will pay it back to you in full.',
        "Enlace Laboral Xelajú, S.A. lo reclutó para nosotros y nosotros pagamos todos sus "
        "honorarios. Nadie le puede pedir dinero para contratarlo, ni una garantía ni un "
        "depósito. Si alguien en Guatemala le pidió Q2,500 de garantía o cualquier otra "
        "cantidad, díganos: se lo devolvemos completo.",
    )
    topic(
        "14. Packing shed sales · Ventas del empacadero",
        "The packing shed sells fresh blueberries to the public at $4.50 per pint; shed "
        "workers ring up these sales for the farm.",
        "El empacadero vende arándanos frescos al público a $4.50 la pinta; el personal del "
        "empacadero cobra esas ventas para la granja.",
    )

    pdf.add_page()
    heading(pdf, "Sample earnings statement · Ejemplo de talón de pago", 11.5, color=BLUE)
    para(
        pdf,
        "Week ending May 7, 2026 · Semana que termina el 7 de mayo de 2026",
        9,
        color=(80, 80, 80),
        space=2,
    )
    grid(
        pdf,
        [
            ("Line · Concepto", "Detail · Detalle", "Amount · Monto"),
            ("Hours offered · Horas ofrecidas", "36.0", ""),
            ("Hours worked · Horas trabajadas", "34.5", ""),
            ("Pounds picked · Libras cosechadas", "1,120 lb", ""),
            ("Hourly earnings · Ganancia por hora", "34.5 × $17.20", "$593.40"),
            ("Piece-rate earnings · Ganancia por libra", "1,120 × $0.65", "$728.00"),
            ("Gross pay (higher) · Pago bruto (el mayor)", "", "$728.00"),
            ("Travel meals repaid · Comidas del viaje devueltas", "3 days × $17.00", "+ $51.00"),
            ("Housing · Vivienda", "free · gratis", "$0.00"),
            ("Transportation · Transporte", "free · gratis", "$0.00"),
            ("Tools · Herramientas", "free · gratis", "$0.00"),
            ("Federal income tax · Impuesto federal", "not requested · no solicitado", "$0.00"),
            ("Georgia income tax · Impuesto de Georgia", "state table", "- $24.90"),
            ("Net pay · Pago neto", "", "$754.10"),
        ],
        (78, 52, 40),
        size=8.8,
        head_fill=(200, 210, 235),
        space=5,
    )
    para(
        pdf,
        "This sheet summarizes your job order; you also receive the full contract in "
        "Spanish. · Esta hoja resume su orden de trabajo; también recibe el contrato "
        "completo en español.",
        8.5,
        color=(80, 80, 80),
        space=2,
    )
    signature_pair(
        pdf,
        ["Employer · Empleador: Travis Okafor-Lindqvist,", "farm manager"],
        ["Worker · Trabajador(a)"],
        gap=14,
    )
    d.trap(
        "flight and bus bought by the employer; road meals repaid at $17.00/day",
        "sample pay stub: reimbursement line, $0.00 for housing/transport/tools",
        "lawful deductions: requested federal tax, Georgia tax, voluntary written remittance",
        "recruiter's fees paid by the employer",
        "Q2,500 'de garantía' demand described and refunded (negated deposit)",
        "packing shed sells blueberries to the public at $4.50 per pint (customer price)",
        "free housing, free kitchen, free farm bus (h2a)",
    )
    return d


# ======================================================================================
# cr05 - H-2B, English, compliant: golf-course offer letter, checkbox cost table,
#        page 3 = scanned signed acknowledgment (image only, repeats page 1-2 facts)
# ======================================================================================
def build_cr05():
    d = Doc(
        "cr05.pdf",
        "h2b",
        "en",
        "offer_letter",
        "letterhead with logo block; gridded terms table; checkbox cost table (club pays / "
        "you pay); shaded note box; page 3 is an image-only scan (200 dpi, rotated, "
        "noise, blur) of the signed acknowledgment",
        3,
    )
    pdf = d.pdf
    TEAL = (0, 105, 110)

    def hdr(p):
        p.set_fill_color(*TEAL)
        p.ellipse(p.l_margin, 10, 12, 12, style="F")
        p.set_xy(p.l_margin + 15, 10.5)
        p.set_font("S", "B", 12)
        p.set_text_color(*TEAL)
        p.cell(0, 5.5, "Brightwater Links Golf Club, LLC", new_x="LMARGIN", new_y="NEXT")
        p.set_x(p.l_margin + 15)
        p.set_font("S", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4.5,
            "7020 Heron Marsh Parkway · North Myrtle Beach, SC 29582 · (843) 555-0116",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(27)

    def ftr(p):
        p.set_y(-13)
        p.set_font("S", "I", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"Grounds crew offer 2026 · page {p.page_no()}", align="R")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "January 26, 2026", 9.5, space=2)
    para(
        pdf,
        "Mr. Dwayne Oneil Whitaker\nLot 22, Spring Garden District\nFalmouth P.O., "
        "Trelawny, Jamaica",
        9.5,
        space=3,
    )
    heading(pdf, "Offer of Seasonal Employment (H-2B) - Grounds Crew", 12, color=TEAL)
    para(
        pdf,
        "Dear Mr. Whitaker, we are glad to offer you a place on our grounds crew for the "
        "2026 season. The terms below are the terms of your job order and are binding on "
        "the Club.",
        9.5,
        space=3,
    )
    grid(
        pdf,
        [
            (
                "Employer",
                d.T(
                    "employer_identity",
                    "Brightwater Links Golf Club, LLC, 7020 Heron "
                    "Marsh Parkway, North Myrtle Beach, SC 29582",
                ),
            ),
            (
                "Position",
                "Groundskeeper: "
                + d.T("job_duties", "mow greens, tees and fairways")
                + " with walk-behind and riding mowers, rake bunkers, repair divots and ball "
                "marks, trim around trees, and move tee markers and hole cups daily.",
            ),
            (
                "Place of work",
                "The Club's "
                + d.T("work_location", "two 18-hole courses at 7020 Heron Marsh Parkway")
                + ", North Myrtle Beach, South Carolina.",
            ),
            ("Season", d.T("employment_period", "April 6, 2026 to October 30, 2026")),
            (
                "Hours",
                d.T("hours_of_work", "40 hours per week") + ", Monday to Friday, 5:30 a.m. "
                "to 2:00 p.m., with a 30-minute unpaid lunch.",
            ),
            (
                "Wage",
                d.T("wage_rate", "$16.25 per hour") + ". If a higher prevailing wage or "
                "minimum wage takes effect during the season, you are "
                + d.T("wage_adjustment", "paid that higher rate from its effective date")
                + ".",
            ),
            (
                "Overtime",
                "Hours over 40 in a workweek: " + d.T("overtime", "$24.38 per hour") + ".",
            ),
            (
                "Pay schedule",
                d.T("pay_frequency", "Every other Friday (biweekly)") + " by direct "
                "deposit, with "
                + d.T("earnings_statements", "a pay statement with each deposit")
                + " showing hours offered, hours worked, rate, gross "
                "pay, deductions and net pay.",
            ),
            (
                "Deductions",
                d.T(
                    "deductions",
                    "Federal and South Carolina income tax, Social Security and Medicare",
                )
                + "; nothing else unless a court orders it.",
            ),
            (
                "Guarantee",
                "In each 12-week period you are offered hours equal to "
                + d.T("three_fourths_guarantee", "at least three-quarters of the workdays")
                + "; any shortfall is paid.",
            ),
            (
                "Requirements",
                d.T("job_requirements", "Three months of experience operating riding mowers")
                + "; a driver's licence is not required.",
            ),
        ],
        (32, 128),
        size=8.8,
        head=False,
        bold_first_col=True,
        fill=(234, 245, 245),
        space=3,
    )
    para(
        pdf,
        "Your recruiter in Jamaica is "
        + d.R("Blue Mahoe Staffing Solutions Ltd.")
        + ", 3 Hope Glen Avenue, Kingston 6. The Club pays its fees in full.",
        9.5,
    )

    pdf.add_page()
    heading(pdf, "Costs, reimbursements and your protections", 12, color=TEAL)
    X, O = "\u2612", "\u2610"
    grid(
        pdf,
        [
            ("Cost", "Club pays", "You pay"),
            ("H-2B petition and labor certification", X, O),
            ("Recruitment by Blue Mahoe Staffing Solutions Ltd.", X, O),
            ("Visa application fee (US$205, about JMD 32,000)", X, O),
            ("Flight Montego Bay - Myrtle Beach and meals on the way", X, O),
            ("Work boots, rain gear and hearing protection", X, O),
            ("Optional room at Heron Marsh Cottages", X, O),
            ("Flight home at the end of the season", X, O),
        ],
        (120, 20, 20),
        size=9,
        head_fill=(190, 225, 225),
        align="LEFT",
        space=3,
    )
    para(
        pdf,
        "Travel to the job: the Club "
        + d.T(
            "inbound_transportation", "books and pays your flight from Montego Bay to Myrtle Beach"
        )
        + " and gives you $17.00 a day for "
        "meals on the way.",
        9.5,
    )
    para(
        pdf,
        "Visa: the visa application fee and any other visa-related fee are "
        + d.T("visa_reimbursement", "reimbursed to you in full in your first workweek")
        + ".",
        9.5,
    )
    para(
        pdf,
        "Return: if you complete the season, or if we dismiss you early for any reason "
        "other than cause, "
        + d.T("return_transportation", "the Club pays your flight home to Montego Bay")
        + ".",
        9.5,
    )
    para(
        pdf,
        "Tools and gear: mowers, string trimmers, rakes, hearing protection, boots and "
        "rain gear "
        + d.T("tools_provided", "are issued free; no deposit is taken")
        + ", and you keep the boots and rain gear at the end.",
        9.5,
    )
    para(
        pdf,
        "Abandonment and dismissal: if you "
        + d.T("termination", "fail to report for 5 consecutive working days")
        + " without notice, the Club may treat this as "
        "abandonment and will notify the Department of Labor and the Department of "
        "Homeland Security as the rules require. Dismissal is only for cause, such as "
        "repeated unsafe operation of equipment after a written warning.",
        9.5,
    )
    para(
        pdf,
        "Storms: "
        + d.T("contract_impossibility", "If a hurricane, flood or fire makes the work impossible")
        + ", the Club may end the contract early only with the "
        "Department of Labor's approval, and will pay what you earned, the three-quarter "
        "guarantee through that date, and your flight home.",
        9.5,
        space=3,
    )
    box(
        pdf,
        "What golfers pay - not you",
        "Golfers pay green fees of $95 and a cart fee of $25 per round at the pro shop. Crew "
        "members never pay these fees; course rangers only check golfers' receipts. You are "
        "not charged for normal wear or accidental damage to mowers and carts. No one may "
        "collect any fee from you for this job: if Blue Mahoe Staffing Solutions Ltd. or "
        "anyone else asked you for money, report it and the Club will refund it. Your "
        "passport stays with you.",
        size=9,
        fill=(240, 248, 248),
        border=TEAL,
    )
    signature_pair(
        pdf,
        ["For the Club: Renée Castellano-Hughes,", "Director of Agronomy"],
        ["Accepted: Dwayne Oneil Whitaker"],
        gap=14,
    )

    # ---- page 3: scanned acknowledgment (image only)
    blocks = [
        ("WORKER ACKNOWLEDGMENT OF RECEIPT", 13, True, "C", 14),
        ("Brightwater Links Golf Club, LLC - Grounds crew, season 2026", 10.5, False, "C", 18),
        (
            "I, Dwayne Oneil Whitaker, received a copy of my offer of seasonal employment from "
            "Brightwater Links Golf Club, LLC for groundskeeper work from April 6, 2026 to "
            "October 30, 2026 at $16.25 per hour.",
            11,
            False,
            "L",
            10,
        ),
        (
            "I understand that the Club pays my flights and pays back my visa fee in my first "
            "workweek, and that I do not pay anyone for this job.",
            11,
            False,
            "L",
            10,
        ),
        (
            "I have not paid any fee to Blue Mahoe Staffing Solutions Ltd. or to any other person.",
            11,
            False,
            "L",
            30,
        ),
        ("<SIG>", 0, False, "L", 4),
        ("Dwayne Oneil Whitaker          Date: February 9, 2026", 10.5, False, "L", 28),
        ("<SIG>", 0, False, "L", 4),
        ("Witness for the recruiter's office, Kingston", 10.5, False, "L", 0),
    ]
    scanned_page(pdf, blocks, seed=505, angle=0.8)
    d.scanned_pages.append(3)
    d.scan_facts = [
        "Dwayne Oneil Whitaker",
        "Brightwater Links Golf Club, LLC",
        "April 6, 2026 to October 30, 2026",
        "$16.25 per hour",
        "Blue Mahoe Staffing Solutions Ltd.",
        "reimbursed to you in full in your first workweek",
    ]
    d.trap(
        "checkbox cost table: every line ticked 'Club pays'",
        "visa fee US$205 (about JMD 32,000) reimbursed in the first workweek",
        "golfers pay green fees $95 and cart fee $25 (customer prices)",
        "negated damage charge for mowers and carts",
        "recruiter's fees paid by the club; refund promise",
        "lawful deductions: income taxes, Social Security, Medicare",
        "optional housing paid by the club",
        "scanned page 3 repeats page 1-2 facts and 'I have not paid any fee'",
    )
    return d


# ======================================================================================
# cr06 - generic, Spanish, compliant: form-style seasonal contract (Honduras -> Spain)
# ======================================================================================
def build_cr06():
    d = Doc(
        "cr06.pdf",
        "generic",
        "es",
        "work_contract",
        "A4 form: labelled field boxes in two columns, checkbox payer table (concepto | "
        "importe | la empresa | la trabajadora), short clauses, signature and stamp boxes",
        2,
        fmt="A4",
    )
    pdf = d.pdf
    RED = (150, 30, 45)

    def hdr(p):
        p.set_y(10)
        p.set_font("C", "B", 10)
        p.set_text_color(*RED)
        p.cell(0, 5, "FRUTAS DEL CONDADO MARISMEÑO, S.L.", new_x="LMARGIN", new_y="NEXT")
        p.set_font("C", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.cell(
            0,
            4,
            "CIF B21678043 · Camino de la Dehesa Vieja, km 3 · 21800 Moguer (Huelva) · "
            "Tel. +34 959 555 270",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-12)
        p.set_font("C", "", 7)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"Modelo FCM-T/26 · hoja {p.page_no()} de {{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("C", "B", 12)
    pdf.multi_cell(
        0,
        5.5,
        "FICHA DE CONDICIONES Y CONTRATO DE TRABAJO DE TEMPORADA\n"
        "(CONTRATACIÓN EN ORIGEN, CAMPAÑA 2026)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    W = pdf.w - 30

    def field_row(items):
        """items: list of (label, value, width_fraction)"""
        x0, y0 = pdf.l_margin, pdf.get_y()
        heights = []
        for _lab, val, frac in items:
            pdf.set_font("C", "", 8.5)
            n = len(pdf.multi_cell(W * frac - 4, 4, val, dry_run=True, output="LINES"))
            heights.append(4 + n * 4 + 2)
        h = max(heights)
        x = x0
        for lab, val, frac in items:
            w = W * frac
            d.region(x, y0, x + w, y0 + h)
            pdf.set_draw_color(120, 120, 120)
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1.5, y0 + 0.8)
            pdf.set_font("C", "B", 6.5)
            pdf.set_text_color(*RED)
            pdf.cell(w - 3, 3, lab.upper())
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + 2, y0 + 4.2)
            pdf.set_font("C", "", 8.5)
            pdf.multi_cell(w - 4, 4, val)
            x += w
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(x0, y0 + h)

    field_row(
        [
            (
                "Empresa",
                d.T(
                    "employer_identity",
                    "Frutas del Condado Marismeño, S.L., Camino "
                    "de la Dehesa Vieja, km 3, 21800 Moguer (Huelva), España",
                ),
                0.6,
            ),
            ("Trabajadora", d.T("worker_identity", "Dunia Marisol Cáceres Padilla"), 0.4),
        ]
    )
    field_row(
        [
            (
                "Entidad de intermediación en origen",
                d.R("Intermediaria Laboral Lenca, S. de R.L.")
                + ", Barrio El Centro, Gracias, Lempira, Honduras",
                0.6,
            ),
            ("Documento de la trabajadora", "Pasaporte hondureño F9821450", 0.4),
        ]
    )
    field_row(
        [
            (
                "Puesto y tareas",
                "Peona agrícola: "
                + d.T("job_duties", "recolección de fresa y frambuesa en invernadero")
                + ", limpieza de plantas y carga de cajas en "
                "el almacén de la finca.",
                0.6,
            ),
            (
                "Centro de trabajo",
                d.T("work_location", "Fincas La Dehesa Vieja y Los Arroyuelos")
                + ", términos de Moguer y Palos de la Frontera (Huelva)",
                0.4,
            ),
        ]
    )
    field_row(
        [
            (
                "Duración",
                d.T("employment_period", "Del 2 de febrero de 2026 al 15 de junio de 2026"),
                0.34,
            ),
            (
                "Jornada",
                d.T("hours_of_work", "39 horas semanales") + ", de lunes a sábado, de 8:00 a 14:30",
                0.33,
            ),
            (
                "Salario",
                d.T("wage_rate", "62,35 euros brutos por día trabajado") + ", con "
                "pagas extra y vacaciones prorrateadas",
                0.33,
            ),
        ]
    )
    field_row(
        [
            (
                "Forma de pago",
                d.T("pay_frequency", "Mensual, por transferencia") + " a la "
                "cuenta de la trabajadora antes del día 5 del mes siguiente, con su nómina",
                0.5,
            ),
            (
                "Descuentos",
                "Solo las " + d.T("deductions", "retenciones del IRPF") + " y la "
                "cotización de la trabajadora a la Seguridad Social que marca la ley; la cuota "
                "sindical, únicamente si la trabajadora la autoriza por escrito",
                0.5,
            ),
        ]
    )
    pdf.ln(4)
    pdf.set_font("C", "B", 10)
    pdf.cell(0, 6, "¿QUIÉN PAGA CADA GASTO?", new_x="LMARGIN", new_y="NEXT")
    X, O = "\u2612", "\u2610"
    grid(
        pdf,
        [
            ("Concepto", "Importe aprox.", "La empresa", "La trabajadora"),
            ("Tasa de la autorización de residencia y trabajo", "38,28 €", X, O),
            ("Visado de temporada en el consulado", "80 €", X, O),
            ("Examen médico previo en Honduras", "L 1,800", X, O),
            ("Pasaporte, si necesita uno nuevo (se reembolsa)", "L 1,150", X, O),
            ("Vuelo San Pedro Sula - Madrid y autobús a Moguer", "unos 850 €", X, O),
            ("Seguro médico de viaje", "45 €", X, O),
            ("Alojamiento en la finca, con agua, luz y gas", "0 € para la trabajadora", X, O),
            ("Ropa de trabajo, guantes y botas", "según talla", X, O),
            ("Honorarios de la entidad de intermediación", "L 9,000 por persona", X, O),
            ("Vuelo de regreso Madrid - San Pedro Sula", "unos 850 €", X, O),
        ],
        (88, 42, 25, 25),
        size=8.5,
        fam="C",
        head_fill=(235, 205, 210),
        space=2,
    )
    para(
        pdf,
        "Las cantidades son orientativas. Si un gasto resulta mayor, la diferencia "
        "también la paga la empresa.",
        7.5,
        fam="C",
        color=(90, 90, 90),
        space=2,
    )

    pdf.add_page()

    def cl(title, text):
        pdf.set_font("C", "B", 9.5)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        para(pdf, text, 9.5, fam="C", space=2)

    cl(
        "Primera. Alojamiento.",
        "La trabajadora se aloja gratuitamente en los módulos de la "
        "finca La Dehesa Vieja, con cocina equipada, lavadora y agua caliente. Puede entrar y "
        "salir libremente en su tiempo libre y recibir visitas en las zonas comunes.",
    )
    cl(
        "Segunda. Regreso.",
        "Al terminar la campaña, o si el contrato se extingue antes por "
        "causas ajenas a la trabajadora, "
        + d.T("return_transportation", "la empresa paga el billete de regreso a San Pedro Sula")
        + " y el traslado al aeropuerto de Madrid.",
    )
    cl(
        "Tercera. Fin del contrato.",
        "Cualquiera de las partes puede dar por terminado el "
        "contrato con " + d.T("termination", "un preaviso de quince días") + ". La empresa solo "
        "puede despedir por las causas disciplinarias del Estatuto de los Trabajadores, por "
        "escrito y con expresión de los hechos.",
    )
    cl(
        "Cuarta. Sin cobros.",
        "Nadie puede cobrarle por este trabajo: no hay cuota de "
        "inscripción, ni depósito, ni pagaré, ni aval. Hemos sabido que en Santa Bárbara hay "
        'personas que piden veinte mil lempiras "para asegurar la plaza"; es falso, y esas '
        "personas no trabajan para nosotros ni para Intermediaria Laboral Lenca, S. de R.L. Si "
        "usted ya pagó algo, la empresa se lo devuelve íntegro con su primera nómina, sin "
        "descontarlo después.",
    )
    cl(
        "Quinta. Documentos.",
        "La trabajadora guarda su pasaporte y su tarjeta de identidad de "
        "extranjera; la empresa no los retiene en ningún caso.",
    )
    cl(
        "Sexta. Quejas.",
        "La trabajadora puede presentar quejas ante la empresa, la Inspección "
        "de Trabajo o un sindicato sin que eso afecte a su contratación en campañas futuras.",
    )
    cl(
        "Séptima. Idioma.",
        "Esta ficha y el contrato se entregan en español antes de la entrevista consular.",
    )
    pdf.ln(10)
    y = pdf.get_y()
    bw = (pdf.w - 30 - 10) / 3
    for i, lab in enumerate(
        (
            "Firma de la trabajadora",
            "Por la empresa: Inmaculada Roldán Checa, jefa de personal",
            "Sello de la entidad de intermediación",
        )
    ):
        x = pdf.l_margin + i * (bw + 5)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(x, y, bw, 26)
        pdf.set_xy(x + 1.5, y + 27)
        pdf.set_font("C", "", 7.5)
        pdf.multi_cell(bw - 3, 3.4, lab)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 38)
    para(pdf, "En Gracias, Lempira, a 9 de diciembre de 2025.", 9, fam="C")
    d.trap(
        "checkbox table: every cost ticked 'La empresa' (permit tax, visa, medical, passport "
        "reimbursed, flights, travel insurance, intermediary fees)",
        "lawful deductions: IRPF and worker's legal Social Security contribution; union dues "
        "only with written authorization",
        "free housing with utilities",
        "rumour of 'veinte mil lempiras para asegurar la plaza' denied; refund with first payslip",
        "no cuota de inscripción, depósito, pagaré ni aval (negated)",
        "worker keeps passport; free to come and go; complaints without blacklisting",
    )
    return d


# ======================================================================================
# cr07 - H-2A, Spanish, NON-compliant: recruiter chat + attached conditions sheet
# ======================================================================================
def chat_bubble(pdf, text, side, time, x0, width, size=9.3):
    lh = size * 0.5
    pdf.set_font("S", "", size)
    maxw = width * 0.74
    lines = pdf.multi_cell(maxw - 6, lh, text, dry_run=True, output="LINES")
    pdf.set_font("S", "", 6.8)
    tw = pdf.get_string_width(time)
    pdf.set_font("S", "", size)
    textw = max(pdf.get_string_width(l) for l in lines)
    bw = max(textw, tw + 2) + 7
    bh = len(lines) * lh + 3 + 3.6
    if pdf.get_y() + bh > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    x = x0 if side == "L" else x0 + width - bw
    pdf.set_fill_color(*((255, 255, 255) if side == "L" else (217, 247, 200)))
    pdf.set_draw_color(205, 205, 200)
    pdf.rect(x, y, bw, bh, style="DF", round_corners=True, corner_radius=2.2)
    pdf.set_draw_color(0, 0, 0)
    for i, ln in enumerate(lines):
        pdf.set_xy(x + 3.5, y + 1.6 + i * lh)
        pdf.cell(bw - 7, lh, ln)
    pdf.set_font("S", "", 6.8)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(x + bw - tw - 3.2, y + bh - 4.2)
    pdf.cell(tw, 3.4, time)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + bh + 2.4)


def build_cr07():
    d = Doc(
        "cr07.pdf",
        "h2a",
        "es",
        "chat_transcript",
        "exported chat transcript (contact bar, date chip, left/right rounded bubbles with "
        "timestamps) on pages 1-2; attached conditions sheet as a 2-column grid table on "
        "page 3",
        3,
    )
    pdf = d.pdf
    X0, WID = 33, 150
    contact = d.R("Gestoría Agrícola Tierra Caliente")

    def hdr(p):
        if p.page_no() <= 2:
            p.set_fill_color(239, 234, 226)
            p.rect(0, 0, p.w, p.h, style="F")
            p.set_fill_color(7, 94, 84)
            p.rect(X0, 8, WID, 13, style="F")
            p.set_fill_color(200, 220, 215)
            p.ellipse(X0 + 3, 10, 9, 9, style="F")
            p.set_xy(X0 + 15, 9.5)
            p.set_text_color(255, 255, 255)
            p.set_font("S", "B", 10)
            p.cell(0, 5, contact, new_x="LMARGIN", new_y="NEXT")
            p.set_xy(X0 + 15, 14.5)
            p.set_font("S", "", 7.5)
            p.cell(0, 4, "Cuenta de empresa · +52 639 555 0148")
            p.set_text_color(0, 0, 0)
            p.set_y(25)
        else:
            p.set_y(12)

    def ftr(p):
        p.set_y(-12)
        p.set_font("S", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"Chat exportado el 14/01/2026 · pág. {p.page_no()}/{{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()

    def chip(text):
        pdf.set_font("S", "", 7.5)
        w = pdf.get_string_width(text) + 8
        pdf.set_fill_color(225, 242, 250)
        y = pdf.get_y()
        pdf.rect(X0 + (WID - w) / 2, y, w, 5.5, style="F", round_corners=True, corner_radius=1.5)
        pdf.set_xy(X0 + (WID - w) / 2, y + 0.6)
        pdf.cell(w, 4.3, text, align="C")
        pdf.set_y(y + 8)

    chip("12 de enero de 2026")
    msgs = [
        (
            "L",
            "09:14",
            "Buenos días, le escribe la Gestoría Agrícola Tierra Caliente. Tenemos "
            "lugares para la cosecha de chile y cebolla en Nuevo México con visa H-2A, temporada de "
            "marzo a octubre.",
        ),
        (
            "R",
            "09:20",
            "Buenos días licenciado, me interesa. ¿Cuánto pagan y cuánto hay que "
            "poner para la visa?",
        ),
        (
            "L",
            "09:22",
            "Pagan $16.85 la hora. La visa la paga el patrón completa, usted no pone "
            "nada para la visa.",
        ),
        (
            "L",
            "09:22",
            "El camión de Delicias a Hatch también corre por cuenta del rancho, y lo "
            "de las comidas del camino se lo reponen en el primer pago.",
        ),
        (
            "R",
            "09:31",
            "Mi compadre dice que allá en Camargo le pidieron 15 mil pesos para que "
            "lo llamaran, ¿es cierto?",
        ),
        (
            "L",
            "09:33",
            "No, eso no es con nosotros. Aquí no cobramos comisión, a la gestoría "
            "nos paga el rancho.",
        ),
        ("R", "09:34", "Ah ok, qué bueno."),
        (
            "L",
            "09:40",
            d.F(
                "recruitment_fee",
                1,
                8500,
                "MXN",
                "Lo único que sí le toca es la cuota de inscripción al padrón de trabajadores, son "
                "8 500 pesos y se depositan a la cuenta de la gestoría antes del viernes.",
            ),
        ),
        ("R", "09:52", "¿Y eso me lo devuelven allá?"),
        (
            "L",
            "09:55",
            "No, esa es aparte, es lo del padrón. Le mando la hoja de condiciones "
            "del rancho para que la lea con calma.",
        ),
        ("L", "09:56", "[Documento adjunto: Hoja_condiciones_Cottonwood_2026.pdf · 1 página]"),
    ]
    for side, t, text in msgs:
        chat_bubble(pdf, text, side, t, X0, WID)
    pdf.add_page()
    chip("13 de enero de 2026")
    msgs2 = [
        ("R", "10:05", "Ya la leí. ¿Y la casa allá se paga?"),
        ("L", "10:07", "No, la vivienda es gratis y tiene cocina, no le cobran luz ni gas."),
        ("R", "10:10", "¿Y el seguro si me lastimo?"),
        (
            "L",
            "10:12",
            "El seguro de compensación lo paga el patrón, usted no paga nada de seguro.",
        ),
        ("R", "10:15", "¿Las herramientas las tengo que comprar?"),
        ("L", "10:16", "No, allá le dan cuchillo, cubeta y guantes sin costo."),
        (
            "L",
            "10:20",
            d.F(
                "document_retention",
                2,
                None,
                None,
                "Cuando le sellen la visa nos deja el pasaporte aquí en la oficina y se lo entregamos "
                "ya en el rancho, para que no se pierda en el camino.",
            ),
        ),
        ("R", "10:26", "Ok, entonces el viernes deposito."),
        ("L", "10:27", "Perfecto, le mando el número de cuenta por aquí."),
    ]
    for side, t, text in msgs2:
        chat_bubble(pdf, text, side, t, X0, WID)

    # ---- page 3: attached conditions sheet
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "COTTONWOOD FLATS PRODUCE, LLC\nHOJA DE CONDICIONES DE EMPLEO H-2A, TEMPORADA 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    grid(
        pdf,
        [
            ("Concepto", "Condición"),
            (
                "Empleador",
                d.T(
                    "employer_identity",
                    "Cottonwood Flats Produce, LLC, 9055 Sandhill Road, Hatch, Nuevo México 87937",
                ),
            ),
            (
                "Puesto",
                "Trabajador agrícola: "
                + d.T("job_duties", "cosecha a mano de chile verde y rojo")
                + ", deshierbe, cosecha y empaque de cebolla en el campo.",
            ),
            (
                "Lugar",
                "Campos de la empresa en los "
                + d.T("work_location", "condados de Doña Ana y Luna, Nuevo México"),
            ),
            (
                "Periodo",
                d.T("employment_period", "Del 9 de marzo de 2026 al 31 de octubre de 2026"),
            ),
            (
                "Horario",
                d.T("hours_of_work", "36 horas por semana") + ", de lunes a sábado, de "
                "6:00 a 12:00",
            ),
            (
                "Salario",
                d.T("wage_rate", "$16.85 por hora") + "; si se publica un AEWR o salario "
                "mínimo mayor, " + d.T("wage_adjustment", "se paga el mayor desde esa fecha"),
            ),
            ("Pago", d.T("pay_frequency", "Semanal, cada viernes")),
            (
                "Descuentos",
                d.T("deductions", "Impuesto federal solo si el trabajador lo pide por escrito")
                + "; ningún otro descuento",
            ),
            (
                "Garantía",
                "Trabajo por lo menos en las "
                + d.T("three_fourths_guarantee", "tres cuartas partes de los días")
                + " del contrato",
            ),
            (
                "Vivienda",
                d.T("housing", "Gratuita, en el campamento Sandhill") + ", 9100 Sandhill "
                "Road, Hatch",
            ),
            ("Comidas", d.T("meals", "Cocina equipada sin costo") + " para preparar sus alimentos"),
            (
                "Viaje de ida",
                d.T("inbound_transportation", "Autobús de Delicias a Hatch pagado por el empleador")
                + "; comidas del camino reembolsadas en el primer pago",
            ),
            (
                "Regreso",
                d.T(
                    "return_transportation",
                    "Autobús a Delicias pagado por el empleador al terminar el contrato",
                ),
            ),
            (
                "Transporte diario",
                d.T("daily_transportation", "Gratuito, del campamento a los campos")
                + " y de regreso",
            ),
            (
                "Herramientas",
                "Cuchillos, cubetas, guantes y sombreros "
                + d.T("tools_provided", "sin costo y sin depósito"),
            ),
            (
                "Seguro de trabajo",
                "Compensación del trabajador, "
                + d.T("workers_compensation", "póliza NM-AG-40218")
                + " (Rio Grande Farm Mutual)",
            ),
            (
                "Abandono",
                d.T("termination", "Si falta 5 días seguidos sin aviso") + " se considera "
                "abandono y se reporta a las autoridades",
            ),
            ("Requisitos", d.T("job_requirements", "Tres meses de experiencia en cosecha a mano")),
            (
                "Agencia",
                "Gestoría Agrícola Tierra Caliente, Delicias, Chihuahua (pagada por el empleador)",
            ),
            ("Cuotas", "El trabajador no paga cuotas de reclutamiento"),
        ],
        (38, 122),
        size=8.8,
        head_fill=(210, 225, 215),
        bold_first_col=True,
        space=3,
    )
    para(
        pdf,
        "Esta hoja no sustituye el contrato de trabajo que se firma en el consulado.",
        8,
        style="I",
        color=(90, 90, 90),
    )
    d.trap(
        "'la visa la paga el patrón' and 'no cobramos comisión' stated right before the "
        "inscription fee",
        "rumoured 15 mil pesos in Camargo denied",
        "bus paid by the ranch; road meals repaid",
        "free housing and kitchen; workers' compensation paid by the employer",
        "tools sin costo; sheet says 'El trabajador no paga cuotas de reclutamiento'",
        "missing: no pay stubs and no impossibility clause on the sheet",
    )
    return d


# ======================================================================================
# cr08 - H-2B, English, NON-compliant: lodge housekeeping agreement + deductions table
# ======================================================================================
def build_cr08():
    d = Doc(
        "cr08.pdf",
        "h2b",
        "en",
        "work_contract",
        "letter-style agreement; bold run-in term labels (definition list); payroll "
        "deductions and reimbursements grid (item | amount | type | note); short sections; "
        "signature block; navy rule header",
        2,
    )
    pdf = d.pdf
    NAVY = (20, 40, 90)

    def hdr(p):
        p.set_y(10)
        p.set_font("R", "B", 15)
        p.set_text_color(*NAVY)
        p.cell(0, 7, "Gull Point Lodge & Marina", align="C", new_x="LMARGIN", new_y="NEXT")
        p.set_font("R", "I", 8)
        p.cell(
            0,
            4,
            "14 Ferry Landing Road · St. Ignace, Michigan 49781 · (906) 555-0175",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(*NAVY)
        p.set_line_width(0.6)
        p.line(p.l_margin, 23, p.w - p.r_margin, 23)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(27)

    def ftr(p):
        p.set_y(-13)
        p.set_font("R", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, f"Seasonal Housekeeping Agreement 2026 · {p.page_no()} / {{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    heading(pdf, "Seasonal Housekeeping Agreement (H-2B)", 13, fam="R")
    para(
        pdf,
        'Between Gull Point Lodge & Marina, Inc. ("the Lodge") and Ms. Yokasta '
        "Altagracia Peralta Núñez, Calle Duarte 41, Baní, Peravia, Dominican Republic "
        '("you"). You applied directly through the Lodge\'s seasonal hiring page; no '
        "agency took part, and nobody may charge you for this job.",
        9.5,
        fam="R",
        space=3,
    )

    def term(label, text, size=9.5):
        pdf.set_font("R", "B", size)
        pdf.write(size * 0.5, label + ": ")
        pdf.set_font("R", "", size)
        pdf.write(size * 0.5, text)
        pdf.ln(size * 0.5 + 1.8)

    term(
        "Employer",
        d.T(
            "employer_identity",
            "Gull Point Lodge & Marina, Inc., 14 Ferry Landing Road, St. Ignace, MI 49781",
        )
        + ".",
    )
    term(
        "Job",
        "Housekeeper: "
        + d.T("job_duties", "clean and make up 14 to 16 guest rooms per shift")
        + ", restock amenities, launder linens and clean the lobby and marina "
        "restrooms.",
    )
    term(
        "Where",
        d.T("work_location", "Gull Point Lodge and its marina cottages") + ", St. "
        "Ignace, Michigan.",
    )
    term("Dates", d.T("employment_period", "May 11, 2026 through October 12, 2026") + ".")
    term(
        "Hours",
        d.T("hours_of_work", "40 hours per week") + ", five 8-hour shifts from 7:00 "
        "a.m. to 3:30 p.m.",
    )
    term(
        "Pay",
        d.T("wage_rate", "$15.65 per hour") + ". If the prevailing wage for housekeepers "
        "in this area goes up during your contract, "
        + d.T("wage_adjustment", "the higher rate is paid from the date it applies")
        + ".",
    )
    term("Overtime", "may be offered in July and August, depending on occupancy.")
    term(
        "Payday",
        d.T("pay_frequency", "every two weeks, on Thursday")
        + ", by direct deposit. "
        + d.T("earnings_statements", "Each pay stub shows hours offered")
        + ", hours worked, "
        "rate, earnings and each deduction.",
    )
    term(
        "Guarantee",
        "The Lodge guarantees hours equal to "
        + d.T("three_fourths_guarantee", "three-fourths of the workdays in each 12-week period")
        + " of the contract.",
    )
    term(
        "Requirements",
        d.T("job_requirements", "Three months of hotel housekeeping experience")
        + "; basic English is helpful but not required.",
    )
    term(
        "Travel here",
        "Your flight from Santo Domingo to Pellston and "
        + d.T("inbound_transportation", "your meals and lodging on the way are reimbursed")
        + " in your first workweek.",
    )
    term(
        "Visa",
        d.T(
            "visa_reimbursement",
            "The visa fee ($205) and the border-crossing fee are also reimbursed in full",
        )
        + " in your first workweek.",
    )
    term(
        "Travel home",
        "If you complete the season or are dismissed early for a reason other "
        "than cause, "
        + d.T("return_transportation", "the Lodge pays your transportation home to Santo Domingo")
        + ".",
    )
    term(
        "Supplies",
        "Cleaning carts, chemicals, gloves and vacuum cleaners are "
        + d.T("tools_provided", "provided without charge")
        + ".",
    )
    term("Housing", "Optional staff dormitory rooms at the Lodge are rent-free.")
    term(
        "Guest fees",
        "Guests pay a $12 daily resort fee and a $25 pet cleaning fee, which "
        "front-desk staff collect; housekeepers do not handle or pay these fees.",
    )

    pdf.add_page()
    heading(pdf, "Payroll deductions and reimbursements", 12, fam="R")
    para(
        pdf,
        "The table lists everything that will be added to or taken from your pay. "
        + d.T(
            "deductions",
            "Federal income tax, Social Security and Medicare (FICA) and Michigan income tax",
        )
        + " are required by law.",
        9.5,
        fam="R",
        space=2.5,
    )
    grid(
        pdf,
        [
            ("Item", "Amount", "Type", "Note"),
            ("Federal income tax", "per IRS tables", "Deduction (law)", "-"),
            ("Social Security and Medicare (FICA)", "7.65% of gross", "Deduction (law)", "-"),
            ("Michigan income tax", "4.25% of taxable pay", "Deduction (law)", "-"),
            (
                "Flight Santo Domingo - Pellston",
                "$412.00",
                "Reimbursement",
                "Added to your first paycheck.",
            ),
            ("Travel meals and hotel", "$88.50", "Reimbursement", "Added to your first paycheck."),
            (
                "Visa fee and border-crossing fee",
                "$211.00",
                "Reimbursement",
                "Added to your first paycheck.",
            ),
            (
                "Uniforms (3 tunics, 1 apron)",
                "$75.00",
                "Deduction",
                d.F(
                    "equipment_charge",
                    2,
                    75,
                    "USD",
                    "A refundable uniform deposit of $75.00 is taken from the first paycheck.",
                ),
            ),
            (
                "Money transfer to family",
                "amount you choose",
                "Voluntary",
                "Only with your signed authorization; cancel at any time.",
            ),
            ("Staff dormitory", "$0.00", "-", "Rent-free, optional."),
        ],
        (50, 28, 30, 62),
        size=8.5,
        fam="R",
        head_fill=(205, 212, 230),
        space=4,
    )
    heading(pdf, "Leaving before the end date", 11, fam="R")
    para(
        pdf,
        "You may resign at any time by telling the housekeeping manager. "
        + d.F(
            "breach_penalty",
            2,
            None,
            None,
            "If you leave before Labor Day without the "
            "Lodge's consent, two weeks' wages will be kept as liquidated damages.",
        )
        + " The Lodge does not pay the trip home of a worker who leaves voluntarily before "
        "the end of the season. If you are "
        + d.T("termination", "absent for 5 consecutive workdays without contacting")
        + " the housekeeping manager, the "
        "Lodge may treat it as abandonment and report it to the Department of Labor and "
        "the Department of Homeland Security.",
        9.5,
        fam="R",
    )
    heading(pdf, "If the work becomes impossible", 11, fam="R")
    para(
        pdf,
        d.T("contract_impossibility", "If a fire, storm or closure") + " of the Straits "
        "ferry service makes the work impossible, the contract may end early with the "
        "Department of Labor's approval; you will still receive the three-fourths "
        "guarantee up to that date and your trip home.",
        9.5,
        fam="R",
    )
    heading(pdf, "Your documents and complaints", 11, fam="R")
    para(
        pdf,
        "You keep your passport and visa. You may raise a complaint with the Lodge, the "
        "Department of Labor or anyone else without any effect on your job or on future "
        "seasons.",
        9.5,
        fam="R",
    )
    signature_pair(
        pdf,
        ["For the Lodge: Bernadette Kowalczyk-Ames,", "Rooms Division Manager"],
        ["Yokasta Altagracia Peralta Núñez", "Date:"],
        gap=12,
    )
    d.trap(
        "flight, travel meals/hotel, visa and border fees listed as reimbursements",
        "lawful deductions: federal tax, FICA, Michigan tax; voluntary family transfer with "
        "signed authorization",
        "guests pay a $12 resort fee and $25 pet cleaning fee (customer charges)",
        "rent-free optional dormitory; supplies without charge",
        "direct hire: no agency named (no recruiter)",
        "lawful: no return trip for a worker who leaves voluntarily",
        "missing: 'Overtime: may be offered ... depending on occupancy' has no rate",
    )
    return d


# ======================================================================================
# cr09 - generic, English, NON-compliant: hotel cook contract + cost disclosure with
#        footnotes (Philippines -> Malta)
# ======================================================================================
def build_cr09():
    d = Doc(
        "cr09.pdf",
        "generic",
        "en",
        "ofw_contract",
        "A4; title block; label/value term list with dotted leaders; cost disclosure "
        "table with checkbox payer columns and note markers; footnotes under a rule; "
        "initials footer",
        2,
        fmt="A4",
    )
    pdf = d.pdf
    PURPLE = (90, 40, 110)

    def ftr(p):
        p.set_y(-13)
        p.set_font("S", "", 7)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            f"SCH-KGP/2026/077 · page {p.page_no()} of {{nb}} · Employer ____ "
            "Worker ____ Agency ____",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(*PURPLE)
    pdf.cell(0, 7, "EMPLOYMENT CONTRACT - HOTEL COOK", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(
        0,
        5,
        "Overseas employment, Philippines to Malta · processed by "
        + d.R("Kalinaw Global Placement Corp.")
        + ", Mandaluyong City",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    def item(label, value):
        pdf.set_font("S", "B", 9)
        lw = 44
        y = pdf.get_y()
        pdf.cell(lw, 4.6, label)
        # dotted leader
        pdf.set_draw_color(150, 150, 150)
        pdf.set_dash_pattern(dash=0.4, gap=0.8)
        pdf.line(
            pdf.l_margin + pdf.get_string_width(label) + 1.5,
            y + 3.6,
            pdf.l_margin + lw - 1,
            y + 3.6,
        )
        pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin + lw, y)
        pdf.set_font("S", "", 9)
        pdf.multi_cell(0, 4.6, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    item(
        "Employer",
        d.T(
            "employer_identity",
            "Salina Cove Hotels Ltd., 41 Coast Road, Salina, Naxxar NXR 4051, Malta",
        ),
    )
    item(
        "Worker",
        d.T("worker_identity", "Jomar Villaruel Dimaculangan") + ", of 118 Kamagong "
        "Street, Barangay San Isidro, Lipa City, Batangas",
    )
    item(
        "Position",
        "Commis cook: "
        + d.T("job_duties", "prepare vegetables, sauces and cold starters")
        + ", cook staff and buffet dishes under the sous-chef, keep the kitchen "
        "clean and record fridge temperatures",
    )
    item(
        "Place of work",
        "The " + d.T("work_location", "hotel kitchens at 41 Coast Road, Salina") + ", Malta",
    )
    item(
        "Duration",
        "24 months, " + d.T("employment_period", "from 1 March 2026 to 28 February 2028"),
    )
    item(
        "Hours",
        d.T("hours_of_work", "40 hours per week") + ", five days, in shifts between "
        "06:00 and 23:00, with two rest days",
    )
    item(
        "Salary",
        d.T("wage_rate", "EUR 1,120 per month") + " gross; overtime at 1.5 times the hourly rate",
    )
    item(
        "Payment",
        d.T("pay_frequency", "Monthly, by bank transfer") + ", by the last working "
        "day of the month, with a payslip",
    )
    item(
        "Deductions",
        d.T(
            "deductions",
            "Maltese income tax and the employee's share of social security contributions",
        )
        + "; nothing else without the worker's written "
        "consent",
    )
    item("Accommodation", "Shared staff flat in Qawra, free of charge; meals on duty are free")
    item(
        "Return",
        "The Employer "
        + d.T("return_transportation", "pays the return airfare to Manila")
        + " at the end of the contract, or earlier if the Employer ends it",
    )
    item(
        "Termination",
        "After a six-month probation, either party may terminate with "
        + d.T("termination", "four weeks' written notice")
        + "; dismissal without notice only "
        "for gross misconduct established at a disciplinary hearing",
    )
    item(
        "Service charge",
        "Guests are charged a 10% service charge on room-service orders; "
        "it is shared among kitchen and service staff on top of salary",
    )
    pdf.ln(2)
    para(
        pdf,
        "No bond, deposit, guarantee or post-dated cheque is required from the worker or "
        "the worker's family. The worker keeps his passport and residence card at all "
        "times.",
        9,
        space=2,
    )

    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.set_text_color(*PURPLE)
    pdf.cell(0, 7, "PRE-DEPARTURE COST DISCLOSURE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    para(
        pdf,
        "Every cost of recruitment and deployment is listed below with the party who "
        "pays it. Marked boxes show the payer.",
        9,
        space=2,
    )
    X, O = "\u2612", "\u2610"
    grid(
        pdf,
        [
            ("Cost item", "Amount", "Employer", "Worker", "Note"),
            ("Placement or service fee", "PHP 0.00", "", "", "Zero placement fee ¹"),
            ("Malta single permit and entry visa", "EUR 280.50", X, O, ""),
            ("Medical examination (accredited clinic)", "PHP 3,800", "", "", "See note ²"),
            ("Skills assessment, commercial cooking", "PHP 1,350", X, O, ""),
            ("Pre-departure orientation seminar", "free", X, O, ""),
            ("Migrant workers' welfare fund membership", "USD 25", X, O, ""),
            ("Compulsory migrant worker insurance", "USD 144", X, O, "Premium ³"),
            ("Passport renewal, if needed", "PHP 1,200", X, O, "Reimbursed on arrival"),
            ("Airfare Manila - Malta", "about EUR 750", X, O, ""),
            ("Airfare Malta - Manila, end of contract", "about EUR 750", X, O, ""),
        ],
        (62, 28, 18, 16, 50),
        size=8.4,
        head_fill=(225, 210, 235),
        space=3,
    )
    para(
        pdf,
        "Total charged to the worker for placement and deployment, as stated by the "
        "agency: PHP 0.00.",
        9,
        style="B",
        space=6,
    )
    heading(pdf, "Acknowledgment", 10)
    para(
        pdf,
        "The worker has read this disclosure in English, which he understands, and "
        "received a copy before signing.",
        9,
        space=2,
    )
    signature_pair(
        pdf,
        ["For the Employer: Marisa Grech Vella, HR Manager"],
        ["Worker: Jomar Villaruel Dimaculangan"],
        gap=14,
    )
    signature_pair(pdf, ["For Kalinaw Global Placement Corp."], ["Date and place:"], gap=12)
    # footnotes at the foot of page 2
    pdf.set_y(-52)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 50, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(1.5)
    para(
        pdf,
        "¹ Kalinaw Global Placement Corp. receives its service fee from the Employer and "
        "may not collect any fee from the worker.",
        7.6,
        space=0.8,
    )
    para(
        pdf,
        "² "
        + d.F(
            "medical_cost",
            2,
            3800,
            "PHP",
            "The worker pays the PHP 3,800 medical "
            "examination fee directly to the clinic, and this amount is not reimbursed.",
        ),
        7.6,
        space=0.8,
    )
    para(
        pdf,
        "³ Premium paid by the Employer; any claim under the policy is paid to the worker "
        "or to the worker's heirs.",
        7.6,
        space=0.8,
    )
    d.trap(
        "zero placement fee in the table; agency paid by the employer (footnote 1)",
        "welfare fund membership and compulsory insurance premium paid by the employer",
        "passport renewal reimbursed (generic: would otherwise be a finding)",
        "guests' 10% room-service service charge shared with staff",
        "lawful deductions: Maltese income tax, employee social security share",
        "'Total charged to the worker ... PHP 0.00' contradicted only by footnote 2",
        "negated bond/deposit/post-dated cheque; worker keeps passport",
    )
    return d


# ======================================================================================
# cr10 - H-2A, English, NON-compliant: labor-contractor job order + housing rules addendum
# ======================================================================================
def build_cr10():
    d = Doc(
        "cr10.pdf",
        "h2a",
        "en",
        "job_order",
        "clearance-order style: numbered items with upper-case captions; boxed farm "
        "labor contractor disclosure; worksite table; housing rules addendum as a "
        "numbered list; checkbox acknowledgment; signature lines",
        3,
    )
    pdf = d.pdf

    def hdr(p):
        p.set_y(8)
        p.set_font("M", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "ETA-790A ATTACHMENT · H-2A LABOR CONTRACTOR · CASE H-300-26071-442190",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(15)

    def ftr(p):
        p.set_y(-12)
        p.set_font("M", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, f"Contentnea Creek Harvest Services, LLC · {p.page_no()}/{{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    heading(pdf, "Job Order and Work Contract - Contentnea Creek Harvest Services, LLC", 13)

    def item(n, cap, text):
        pdf.set_font("S", "B", 9.3)
        pdf.cell(0, 5, f"{n}. {cap.upper()}", new_x="LMARGIN", new_y="NEXT")
        para(pdf, text, 9.3, space=1.6)

    box(
        pdf,
        "Farm labor contractor disclosure",
        "Contentnea Creek Harvest Services, LLC holds Farm Labor Contractor Certificate of "
        "Registration FLC-NC-200417 (U.S. Department of Labor). As required of H-2A labor "
        "contractors, it maintains a surety bond of $75,000 with the Department of Labor; the "
        "bond is paid for by the contractor, and no worker contributes to it. Recruitment in "
        "Mexico is done by Reclutadora Agrícola Huasteca, S.C., Ciudad Valles, S.L.P.; the "
        "contractor pays its fees and forbids it, by written contract, from charging workers "
        "anything.",
        size=8.8,
        fill=(246, 246, 238),
        border=(100, 100, 80),
    )
    d.R("Reclutadora Agrícola Huasteca, S.C.")
    item(
        1,
        "Employer",
        d.T(
            "employer_identity",
            "Contentnea Creek Harvest Services, LLC, 311 Tar Landing Road, Kinston, NC 28504",
        )
        + "; telephone (252) 555-0139.",
    )
    item(
        2,
        "Job duties",
        d.T("job_duties", "Hand-harvest sweet potatoes") + " into buckets and "
        "dump them into bins, top and prime tobacco, and pick cucumbers. Workers may be moved "
        "among the listed crops.",
    )
    item(
        3,
        "Requirements",
        d.T("job_requirements", "One month of experience harvesting vegetables by hand")
        + "; able to lift 50 pounds repeatedly.",
    )
    item(
        4,
        "Places of work",
        "Farms of fixed-site growers in "
        + d.T("work_location", "Lenoir, Greene and Wayne Counties, North Carolina")
        + ":",
    )
    grid(
        pdf,
        [
            ("Grower", "Address", "Crops"),
            (
                "Bright Leaf Hollow Farms",
                "2280 Sandy Bottom Road, La Grange, NC",
                "tobacco, cucumbers",
            ),
            (
                "Walstonburg Sweet Potato Co.",
                "66 Speights Chapel Road, Walstonburg, NC",
                "sweet potatoes",
            ),
            ("Nahunta Swamp Growers", "1415 Nahunta Road, Fremont, NC", "sweet potatoes, tobacco"),
        ],
        (50, 80, 40),
        size=8.5,
        head_fill=(225, 225, 210),
        space=3,
    )
    item(
        5,
        "Period and hours",
        d.T("employment_period", "June 1, 2026 to November 20, 2026")
        + "; "
        + d.T("hours_of_work", "40 hours per week")
        + ", Monday through Saturday, "
        "weather permitting.",
    )
    item(
        6,
        "Wages",
        d.T("wage_rate", "$16.67 per hour") + ", or $0.65 per 5/8-bushel bucket of "
        "sweet potatoes when the piece rate yields more. If a higher AEWR, prevailing rate or "
        "minimum wage takes effect, workers are "
        + d.T("wage_adjustment", "paid the higher rate from its effective date")
        + ".",
    )

    pdf.add_page()
    item(
        7,
        "Pay and records",
        d.T("pay_frequency", "Paid every Friday (weekly)") + ". On each "
        "payday workers receive a "
        + d.T("earnings_statements", "written statement of hours offered")
        + ", hours worked, piece units, rates, earnings and deductions.",
    )
    item(
        8,
        "Deductions",
        d.T("deductions", "Federal income tax only at the worker's written request")
        + ", and child support when a court orders it. The housing rules in the "
        "addendum are part of this contract.",
    )
    item(
        9,
        "Three-fourths guarantee",
        "The contractor guarantees each worker hours equal to "
        + d.T("three_fourths_guarantee", "at least 3/4 of the workdays")
        + " of the contract "
        "period, or pays the difference.",
    )
    item(
        10,
        "Housing and meals",
        "Housing is provided at no cost to workers at "
        + d.T("housing", "Tar Landing Camp, 325 Tar Landing Road")
        + ", Kinston, inspected and "
        "certified for 48 occupants. Each unit has a "
        + d.T("meals", "free kitchen with stoves, refrigerators and sinks")
        + " so workers can cook their own meals.",
    )
    item(
        11,
        "Transportation",
        "Workers who complete 50% of the contract are "
        + d.T("inbound_transportation", "reimbursed for the bus from Ciudad Valles to Kinston")
        + " and for daily meals during the trip, if the contractor has not already paid them. "
        "Workers who complete the contract, or are dismissed without cause, receive "
        + d.T("return_transportation", "paid return transportation and meals to Ciudad Valles")
        + ". Return transportation is not owed to a worker who voluntarily abandons the job "
        "or is terminated for cause. "
        + d.T("daily_transportation", "Free daily transportation in inspected buses")
        + " runs between Tar Landing Camp and the farms.",
    )
    item(
        12,
        "Tools",
        "All tools, buckets and harvest supplies are "
        + d.T("tools_provided", "furnished free of charge")
        + ".",
    )
    item(
        13,
        "Workers' compensation",
        "Tarheel Agricultural Casualty Co., "
        + d.T("workers_compensation", "policy NCW-3318-0902")
        + ", from the first day of work.",
    )
    item(
        14,
        "Abandonment and termination",
        "A worker "
        + d.T("termination", "absent 5 consecutive workdays without notice")
        + " is deemed to have abandoned employment, and "
        "the contractor will notify the Department of Labor and the Department of Homeland "
        "Security. Workers may be terminated for cause, such as refusal to follow safety "
        "rules after a warning.",
    )
    item(
        15,
        "Contract impossibility",
        d.T("contract_impossibility", "If hurricane, flood, drought or fire destroys the crop")
        + ", the contractor may terminate the contract "
        "with the Department of Labor's certification and will pay the 3/4 guarantee to that "
        "date and return transportation.",
    )
    item(
        16,
        "Fees and complaints",
        "No worker pays any recruitment, placement or processing "
        "fee. Workers may complain to the contractor, the growers or the Department of Labor "
        "without retaliation, and their names are never placed on any do-not-hire list for "
        "doing so.",
    )

    pdf.add_page()
    heading(pdf, "Addendum A - Tar Landing Camp: Housing Rules", 12)
    para(
        pdf,
        "These rules apply to every resident of Tar Landing Camp and are explained at "
        "arrival in Spanish.",
        9.3,
        space=2,
    )
    rules = [
        "Housing is free. No rent is charged, and no deposit is taken for beds, mattresses, "
        "cooking utensils or keys.",
        "Quiet hours are 10:00 p.m. to 5:00 a.m. Residents are free to come and go at any time.",
        d.F(
            "housing_charge",
            3,
            20,
            "USD",
            "A utilities share of $20 per week per occupant is "
            "taken out of each paycheck to cover electricity and propane.",
        ),
        "Report broken appliances to the camp manager, who arranges repairs at no cost to "
        "residents.",
        d.F(
            "damage_chargeback",
            3,
            None,
            None,
            "Any damage to a housing unit beyond normal wear "
            "will be charged to the occupants of that unit in equal shares.",
        ),
        "The washing machines and dryers in the laundry room are free to use.",
        "Residents may cook in the unit kitchens at any hour.",
        "Smoking is not allowed inside the units.",
    ]
    pdf.set_font("S", "", 9.3)
    for i, r in enumerate(rules, 1):
        y = pdf.get_y()
        pdf.cell(8, 4.6, f"A{i}.")
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(0, 4.6, r, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.4)
    pdf.ln(4)
    heading(pdf, "Worker acknowledgment", 10.5)
    O = "\u2610"
    para(
        pdf,
        f"{O}  I received this job order, with Addendum A, in Spanish before applying for my visa.",
        9.3,
        space=1,
    )
    para(
        pdf,
        f"{O}  I was not asked to pay any fee to the contractor or to the recruiter.",
        9.3,
        space=1,
    )
    signature_pair(
        pdf, ["Worker signature"], ["For the contractor: Daryl W. Outlaw, owner"], gap=14
    )
    d.trap(
        "surety bond of $75,000 paid by the labor contractor (not a worker deposit)",
        "recruiter's fees paid by the contractor; negated recruitment fee",
        "'Housing is free' and no deposit for beds/keys, contradicted by the utilities share",
        "lawful: no return transportation after voluntary abandonment",
        "quiet hours but free to come and go (not a curfew)",
        "free laundry, free kitchen, repairs at no cost",
        "lawful deductions: requested federal tax, court-ordered child support",
        "no do-not-hire list for complaints (negated blacklisting)",
    )
    return d


# ======================================================================================
# cr11 - generic, Spanish, NON-compliant: recruiter commitment letter + cost sheet
#        (Honduras -> Canada)
# ======================================================================================
def build_cr11():
    d = Doc(
        "cr11.pdf",
        "generic",
        "es",
        "recruiter_letter",
        "A4 letter on agency letterhead (colour bar, agency name, address line); "
        "conditions grid; cost sheet grid (concepto | monto | quién paga); prose "
        "paragraphs; stamp circle and signature lines",
        2,
        fmt="A4",
    )
    pdf = d.pdf
    AG = d.R("Agencia de Colocación Ceibeña, S. de R.L.")
    ORG = (200, 110, 0)

    def hdr(p):
        p.set_fill_color(*ORG)
        p.rect(p.l_margin, 10, 4, 14, style="F")
        p.set_xy(p.l_margin + 7, 10)
        p.set_font("S", "B", 11.5)
        p.cell(0, 5.5, AG.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_x(p.l_margin + 7)
        p.set_font("S", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Avenida San Isidro y 12 calle, Barrio El Centro, La Ceiba, Atlántida, "
            "Honduras · Tel. +504 2440-5521",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    def ftr(p):
        p.set_y(-12)
        p.set_font("S", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, f"Ref. ACC-CAN-2026-031 · {p.page_no()}/{{nb}}", align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.set_margins(20, 16, 20)
    pdf.add_page()
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 7, "CARTA DE COMPROMISO Y HOJA DE GASTOS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    pdf.cell(0, 5, "La Ceiba, 19 de enero de 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(
        pdf,
        "La Agencia de Colocación Ceibeña, S. de R.L. (en adelante, LA AGENCIA) hace "
        "constar que ha seleccionado a "
        + d.T("worker_identity", "Kevin Josué Ramírez Alvarado")
        + ", con tarjeta de identidad 0101-1996-03412, para trabajar con "
        + d.T(
            "employer_identity",
            "Prairie Crossing Pork Processors Ltd., 455 Elevator "
            "Road, Brandon, Manitoba R7A 5Y1, Canadá",
        )
        + " (en adelante, LA EMPRESA), en las "
        "condiciones siguientes:",
        9.5,
        space=2.5,
    )
    grid(
        pdf,
        [
            ("Condición", "Detalle"),
            (
                "Puesto",
                "Operario de planta procesadora: "
                + d.T("job_duties", "corte y deshuese de cerdo en línea")
                + ", empaque y limpieza de su estación",
            ),
            (
                "Lugar de trabajo",
                d.T("work_location", "Planta de LA EMPRESA en 455 Elevator Road")
                + ", Brandon, Manitoba",
            ),
            (
                "Duración",
                d.T("employment_period", "Del 16 de marzo de 2026 al 15 de marzo de 2028")
                + " (24 meses)",
            ),
            (
                "Horario",
                d.T("hours_of_work", "40 horas semanales") + ", turnos de 8 horas de lunes "
                "a viernes",
            ),
            ("Salario", d.T("wage_rate", "CAD 19.50 por hora") + "; horas extra a CAD 29.25"),
            ("Pago", d.T("pay_frequency", "Cada dos semanas, por depósito bancario")),
            (
                "Descuentos de ley",
                d.T("deductions", "Impuesto sobre la renta, Plan de Pensiones de Canadá (CPP)")
                + " y cuotas del Seguro de Empleo (EI)",
            ),
            (
                "Vivienda",
                "Casa compartida en 312 Pacific Avenue, Brandon; la renta la paga LA "
                "EMPRESA durante todo el contrato",
            ),
            (
                "Regreso",
                d.T(
                    "return_transportation",
                    "Boleto aéreo Winnipeg - San Pedro Sula pagado por LA EMPRESA",
                )
                + " al terminar el contrato",
            ),
        ],
        (40, 130),
        size=8.8,
        head_fill=(245, 220, 185),
        bold_first_col=True,
        space=4,
    )
    pdf.set_font("S", "B", 10.5)
    pdf.cell(0, 6, "HOJA DE GASTOS", new_x="LMARGIN", new_y="NEXT")
    grid(
        pdf,
        [
            ("Concepto", "Monto", "Quién paga"),
            ("Evaluación de impacto en el mercado laboral (LMIA)", "CAD 1,000", "LA EMPRESA"),
            ("Permiso de trabajo", "CAD 155", "LA EMPRESA"),
            ("Datos biométricos", "CAD 85", "LA EMPRESA"),
            ("Examen médico con médico del panel", "L 5,200", "LA EMPRESA"),
            ("Boleto aéreo San Pedro Sula - Winnipeg", "USD 640", "LA EMPRESA"),
            ("Honorarios de LA AGENCIA", "USD 900", "LA EMPRESA"),
            (
                "Seguro médico privado hasta que inicie la cobertura provincial",
                "CAD 0 para usted",
                "LA EMPRESA",
            ),
        ],
        (100, 35, 35),
        size=8.8,
        head_fill=(245, 220, 185),
        space=3,
    )

    pdf.add_page()
    para(
        pdf,
        "La persona trabajadora no paga comisión, inscripción ni honorarios a LA AGENCIA; "
        "nuestros honorarios los cubre LA EMPRESA.",
        9.5,
    )
    para(
        pdf,
        d.F(
            "debt_bondage",
            2,
            15000,
            "HNL",
            "LA AGENCIA le prestará quince mil lempiras "
            "(L 15,000) para sus gastos de salida, que LA EMPRESA descontará de su salario en "
            "seis quincenas con un interés del 3 % mensual.",
        )
        + " Si no necesita el préstamo, "
        "puede rechazarlo en el momento de la firma.",
        9.5,
    )
    para(
        pdf,
        "La persona trabajadora guarda su propio pasaporte y su permiso de trabajo; ni LA "
        "AGENCIA ni LA EMPRESA se los quedan.",
        9.5,
    )
    para(
        pdf,
        "Al llegar a Brandon, la persona trabajadora vivirá con otros compañeros en la casa "
        "compartida indicada arriba, sin pagar renta. "
        + d.F(
            "movement_restriction",
            2,
            None,
            None,
            "Durante las primeras doce semanas, la persona trabajadora no podrá "
            "salir de la casa los fines de semana sin autorización escrita del supervisor de "
            "LA EMPRESA.",
        )
        + " El transporte a la planta es gratuito.",
        9.5,
    )
    para(
        pdf,
        "Los descuentos del impuesto sobre la renta, del CPP y del Seguro de Empleo son "
        "obligatorios por la ley canadiense y se aplican igual a los trabajadores "
        "canadienses.",
        9.5,
    )
    para(
        pdf,
        'Si alguien en su comunidad le dice que para ir a Canadá hay que pagar "60 mil '
        'lempiras de visa", no es cierto para este empleo: el permiso de trabajo lo paga '
        "LA EMPRESA.",
        9.5,
        space=10,
    )
    y = pdf.get_y()
    pdf.set_draw_color(*ORG)
    pdf.ellipse(pdf.w - 20 - 34, y, 30, 30)
    pdf.set_font("S", "", 6.5)
    pdf.set_text_color(*ORG)
    pdf.set_xy(pdf.w - 20 - 34, y + 12)
    pdf.cell(30, 3, "SELLO", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y + 4)
    signature_pair(
        pdf,
        ["Por LA AGENCIA (firma y sello)"],
        ["La persona trabajadora: Kevin Josué Ramírez Alvarado"],
        gap=26,
    )
    d.trap(
        "cost sheet: LMIA, permit, biometrics, medical, flight, agency fees all paid by LA EMPRESA",
        "statutory deductions: income tax, CPP, Employment Insurance (EI) premiums",
        "no comisión/inscripción/honorarios (negated recruitment fee)",
        "rumour of '60 mil lempiras de visa' denied",
        "rent-free shared house; free transport; worker keeps passport",
        "missing: no termination or notice rule anywhere",
    )
    return d


# ======================================================================================
# cr12 - H-2B, English + Spanish (mirrored pages), NON-compliant: recruiter's
#        pre-departure notice for a crawfish plant
# ======================================================================================
def build_cr12():
    d = Doc(
        "cr12.pdf",
        "h2b",
        "en+es",
        "pre_departure_notice",
        "mirrored bilingual pages: page 1 English, page 2 the same notice in Spanish; "
        "sectioned bullet lists under coloured rules; dashed cut-off reply slip",
        2,
    )
    pdf = d.pdf
    AG = d.R("Conexión Laboral Costa Esmeralda, S.C.")
    SEA = (0, 110, 150)

    def hdr(p):
        p.set_y(10)
        p.set_font("S", "B", 10)
        p.set_text_color(*SEA)
        p.cell(0, 5, AG, new_x="LMARGIN", new_y="NEXT")
        p.set_font("S", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Av. Ruiz Cortines 1402, Poza Rica, Veracruz · WhatsApp +52 782 555 0196",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(24)

    def ftr(p):
        p.set_y(-12)
        p.set_font("S", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            4,
            ("English version" if p.page_no() == 1 else "Versión en español")
            + f" · {p.page_no()}/{{nb}}",
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr

    def section(title):
        pdf.ln(1)
        pdf.set_font("S", "B", 10)
        pdf.set_text_color(*SEA)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*SEA)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def slip(text):
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_draw_color(120, 120, 120)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(2)
        para(pdf, text, 8.5, space=1)

    # ---- page 1: English
    pdf.add_page()
    heading(pdf, "PRE-DEPARTURE NOTICE - 2026 CRAWFISH SEASON (H-2B)", 13)
    para(
        pdf,
        "Please read this notice with your family before you travel. Bring it to the "
        "departure meeting on January 24.",
        9,
        color=(70, 70, 70),
        space=1,
    )
    section("Your job")
    bullets(
        pdf,
        [
            "Employer: "
            + d.T(
                "employer_identity",
                "Catahoula Bend Seafood, LLC, 2718 Levee Road, Henderson, Louisiana 70517",
            )
            + ".",
            "Job: crawfish peeler - " + d.T("job_duties", "peel boiled crawfish by hand") + ", "
            "devein the tail meat, weigh and bag it, and clean the peeling tables.",
            "Where: "
            + d.T("work_location", "the peeling plant at 2718 Levee Road")
            + ", Henderson.",
            "Season: " + d.T("employment_period", "February 2, 2026 to June 26, 2026") + ".",
            "Hours: at least "
            + d.T("hours_of_work", "35 hours per week")
            + ", Monday to Saturday, "
            "starting at 5:00 a.m.",
            "Requirements: "
            + d.T("job_requirements", "one season of seafood-peeling experience")
            + ", or a one-day trial at the plant.",
        ],
        9.2,
        space=0.6,
    )
    section("Pay")
    bullets(
        pdf,
        [
            "Pay: " + d.T("wage_rate", "$14.32 per hour") + ", or $2.10 per pound of peeled tail "
            "meat when that pays more. If a higher prevailing wage is published during the season, "
            + d.T("wage_adjustment", "the plant pays it from that date")
            + ".",
            "Overtime: hours over 40 in a week are paid at "
            + d.T("overtime", "$21.48 per hour")
            + ".",
            "Payday: "
            + d.T("pay_frequency", "every Friday")
            + " (weekly), with "
            + d.T("earnings_statements", "a stub with hours offered")
            + ", hours worked, pounds, "
            "rate and deductions.",
            "Deductions: "
            + d.T("deductions", "federal income tax, Social Security and Medicare only")
            + ".",
            "Guarantee: the plant offers at least "
            + d.T("three_fourths_guarantee", "three-fourths of the workdays of each 12-week period")
            + ".",
        ],
        9.2,
        space=0.6,
    )
    section("Travel, costs and documents")
    bullets(
        pdf,
        [
            "Travel: " + d.T("inbound_transportation", "the bus from Poza Rica to Henderson") + ", "
            "the hotel in Monterrey and meals on the road are paid by the company.",
            "Return: the company "
            + d.T("return_transportation", "pays the bus home to Poza Rica")
            + " when you complete the season.",
            "Tools: "
            + d.T("tools_provided", "gloves, aprons, hairnets and knives are given free")
            + ".",
            "Housing: rooms at 2730 Levee Road, next to the plant, are provided by the company at "
            "no cost.",
            "We do not charge a recruitment fee; Catahoula Bend Seafood pays us for recruiting you.",
            d.F(
                "visa_cost",
                1,
                205,
                "USD",
                "The US$205 visa appointment fee is paid by each worker "
                "at the bank and is not refunded by the company.",
                group=1,
            ),
            d.F(
                "deposit_or_bond",
                1,
                3000,
                "MXN",
                "Before travelling, each worker leaves a signed "
                "promissory note for three thousand pesos with the agency, which is torn up when "
                "she returns to Mexico.",
                group=2,
            ),
            "You keep your passport at all times.",
            "The plant sells boiled crawfish to restaurants and to the public at $6.99 a pound; "
            "peelers do not take part in sales.",
            "Leaving the job: if you "
            + d.T("termination", "miss 5 workdays in a row without notice")
            + ", the plant may treat it as abandonment.",
        ],
        9.2,
        space=0.6,
    )
    slip(
        "Reply slip - I have read this notice.   Name: ______________________   "
        "Signature: ______________________"
    )

    # ---- page 2: Spanish
    pdf.add_page()
    heading(pdf, "AVISO PREVIO A LA SALIDA - TEMPORADA DE LANGOSTINO 2026 (H-2B)", 13)
    para(
        pdf,
        "Lea este aviso con su familia antes de viajar. Tráigalo a la junta de salida del "
        "24 de enero.",
        9,
        color=(70, 70, 70),
        space=1,
    )
    section("Su trabajo")
    bullets(
        pdf,
        [
            "Empleador: Catahoula Bend Seafood, LLC, 2718 Levee Road, Henderson, Luisiana 70517.",
            "Trabajo: peladora de langostino - pelar a mano el langostino cocido, limpiar la cola, "
            "pesarla y embolsarla, y limpiar las mesas de pelado.",
            "Lugar: la planta peladora en 2718 Levee Road, Henderson.",
            "Temporada: del 2 de febrero de 2026 al 26 de junio de 2026.",
            "Horario: por lo menos 35 horas por semana, de lunes a sábado, desde las 5:00 a. m.",
            "Requisitos: una temporada de experiencia pelando mariscos, o un día de prueba en la "
            "planta.",
        ],
        9.2,
        space=0.6,
    )
    section("Pago")
    bullets(
        pdf,
        [
            "Pago: $14.32 por hora, o $2.10 por libra de cola pelada cuando eso da más. Si durante "
            "la temporada se publica un salario prevaleciente más alto, la planta lo paga desde esa "
            "fecha.",
            "Horas extra: las horas después de 40 en una semana se pagan a $21.48 por hora.",
            "Día de pago: cada viernes (semanal), con un talón que indica horas ofrecidas, horas "
            "trabajadas, libras, tarifa y descuentos.",
            "Descuentos: solo impuesto federal sobre la renta, Seguro Social y Medicare.",
            "Garantía: la planta ofrece por lo menos las tres cuartas partes de los días "
            "laborables de cada periodo de 12 semanas.",
        ],
        9.2,
        space=0.6,
    )
    section("Viaje, gastos y documentos")
    bullets(
        pdf,
        [
            "Viaje: el autobús de Poza Rica a Henderson, el hotel en Monterrey y las comidas del "
            "camino los paga la empresa.",
            "Regreso: la empresa paga el autobús de regreso a Poza Rica cuando usted termina la "
            "temporada.",
            "Herramientas: los guantes, mandiles, redes para el cabello y cuchillos se dan gratis.",
            "Vivienda: los cuartos en 2730 Levee Road, junto a la planta, los da la empresa sin "
            "costo.",
            "No cobramos cuota de reclutamiento; Catahoula Bend Seafood nos paga por reclutarla.",
            d.F(
                "visa_cost",
                2,
                205,
                "USD",
                "La cuota de la cita de visa de 205 dólares la paga "
                "cada trabajadora en el banco y la empresa no la reembolsa.",
                group=1,
            ),
            d.F(
                "deposit_or_bond",
                2,
                3000,
                "MXN",
                "Antes de viajar, cada trabajadora deja firmado "
                "con la agencia un pagaré por tres mil pesos, que se rompe cuando regresa a "
                "México.",
                group=2,
            ),
            "Usted guarda su pasaporte en todo momento.",
            "La planta vende langostino cocido a restaurantes y al público a $6.99 la libra; las "
            "peladoras no participan en las ventas.",
            "Dejar el trabajo: si falta 5 días de trabajo seguidos sin avisar, la planta puede "
            "considerarlo abandono.",
        ],
        9.2,
        space=0.6,
    )
    slip(
        "Talón de respuesta - He leído este aviso.   Nombre: ______________________   "
        "Firma: ______________________"
    )
    d.trap(
        "'We do not charge a recruitment fee' / 'No cobramos cuota de reclutamiento' right "
        "before the visa fee and promissory note",
        "bus, hotel and road meals paid by the company",
        "free housing and free tools",
        "plant sells crawfish at $6.99 a pound (customer price)",
        "worker keeps passport",
        "same clause in English (page 1) and Spanish (page 2): grouped",
        "missing: visa fee not reimbursed, no impossibility clause",
    )
    return d


# ======================================================================================
# build + checks
# ======================================================================================
BUILDERS = [
    build_cr01,
    build_cr02,
    build_cr03,
    build_cr04,
    build_cr05,
    build_cr06,
    build_cr07,
    build_cr08,
    build_cr09,
    build_cr10,
    build_cr11,
    build_cr12,
]
MM = 72.0 / 25.4


def render(builder):
    d = builder()
    data = bytes(d.pdf.output())
    return d, data


def page_variants(page, regions):
    """Whitespace-normalised text variants of one pdfplumber page: the whole page, its
    left and right halves (two-column layouts), every table cell, and extra crops."""
    out = [norm(page.extract_text())]
    w, h = page.width, page.height
    halves = [norm(page.crop(bbox).extract_text()) for bbox in ((0, 0, w / 2, h), (w / 2, 0, w, h))]
    out += halves + [" ".join(halves)]  # column-aware reading order: left, then right
    for tbl in page.extract_tables():
        for row in tbl:
            for cell in row:
                if cell:
                    out.append(norm(cell))
    for x0, y0, x1, y1 in regions:
        bb = (max(0, x0 * MM), max(0, y0 * MM), min(w, x1 * MM), min(h, y1 * MM))
        out.append(norm(page.crop(bb).extract_text()))
    return out


def found(needle, variants):
    n = norm(needle)
    return any(n in v for v in variants)


def check_doc(d, path, errors):
    import re

    lab = d.label()
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        if len(pages) != d.expected_pages:
            errors.append(f"{d.file}: {len(pages)} pages, expected {d.expected_pages}")
            return
        if not 1 <= len(pages) <= 4:
            errors.append(f"{d.file}: page count {len(pages)} outside 1-4")
        variants = []
        for i, pg in enumerate(pages, 1):
            regs = [r[1:] for r in d.regions if r[0] == i]
            variants.append(page_variants(pg, regs))
            if i in d.scanned_pages:
                if pg.chars or norm(pg.extract_text()):
                    errors.append(f"{d.file} p{i}: scanned page has a text layer")
                if not pg.images:
                    errors.append(f"{d.file} p{i}: scanned page has no image")
                else:
                    im = pg.images[0]
                    dpi = im["srcsize"][0] / (float(im["width"]) / 72.0)
                    if dpi < 199:
                        errors.append(f"{d.file} p{i}: scan resolution {dpi:.0f} dpi < 200")
            elif not pg.chars:
                errors.append(f"{d.file} p{i}: text page without text")
    text_pages = [v for i, v in enumerate(variants, 1) if i not in d.scanned_pages]
    all_text = [x for v in text_pages for x in v]
    for f in lab["fees"]:
        if not 1 <= f["page"] <= len(variants):
            errors.append(f"{d.file}: fee page {f['page']} out of range")
            continue
        if not found(f["quote"], variants[f["page"] - 1]):
            errors.append(f"{d.file}: quote not on page {f['page']}: {f['quote'][:70]}")
        q = f["quote"]
        if re.search(r"[.!?]\s+[A-ZÁÉÍÓÚÑ¿¡]", q[:-1]) or q[-1] not in ".!?":
            errors.append(f"{d.file}: quote is not exactly one sentence: {q[:70]}")
        if f["severity"] != severity(d.program, f["category"]):
            errors.append(f"{d.file}: severity mismatch for {f['category']}")
        if f["currency"] is not None and f["currency"] not in CURRENCIES:
            errors.append(f"{d.file}: bad currency {f['currency']}")
        if (f["amount"] is None) != (f["currency"] is None):
            errors.append(f"{d.file}: amount/currency mismatch in {f['quote'][:40]}")
    for r in lab["recruiters"]:
        if not found(r, all_text):
            errors.append(f"{d.file}: recruiter not in text: {r}")
    for t in lab["present_terms"]:
        if not found(t["evidence"], all_text):
            errors.append(f"{d.file}: evidence for {t['term']} not in text: {t['evidence']}")
    for fact in d.scan_facts:
        if not found(fact, all_text):
            errors.append(f"{d.file}: scanned-page fact not on a text page: {fact}")
    if d.scanned_pages and not d.scan_facts:
        errors.append(f"{d.file}: scanned page without declared facts")


def check_batch(docs, labels, errors):
    if [l["file"] for l in labels] != [f"cr{i:02d}.pdf" for i in range(1, 13)]:
        errors.append("batch: files must be cr01.pdf ... cr12.pdf")
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) != 6:
        errors.append(f"batch: {len(compliant)} fully compliant documents, expected 6")
    for l in labels:
        if l["fees"] or l["missing_terms"]:
            clauses = {f.get("group", ("q", f["quote"])) for f in l["fees"]}
            if not 1 <= len(clauses) <= 2:
                errors.append(f"{l['file']}: {len(clauses)} finding clauses, expected 1-2")
        bad = set(l["missing_terms"]) - set(REQUIRED[l["program"]])
        if bad:
            errors.append(f"{l['file']}: missing terms not required: {bad}")
    progs = {l["program"] for l in labels}
    if progs != {"h2a", "h2b", "generic"}:
        errors.append(f"batch: programs {progs}")
    langs = {l["language"] for l in labels}
    if not {"en", "es", "en+es"} <= langs:
        errors.append(f"batch: languages {langs}")
    scanned = [l for l in labels if l["scanned"]]
    if len(scanned) != 1 or len(scanned[0]["scanned_pages"]) != 1:
        errors.append("batch: need exactly one document with exactly one scanned page")
    for l in scanned:
        for f in l["fees"]:
            if f["page"] in l["scanned_pages"]:
                errors.append(f"{l['file']}: a fee sits on the scanned page")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    write = "--write-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    errors = []
    docs, blobs = [], []
    for b in BUILDERS:
        d, data = render(b)
        docs.append(d)
        blobs.append(data)
        with open(os.path.join(out, d.file), "wb") as fh:
            fh.write(data)
    # determinism: a second in-memory rendering must be byte-identical
    for b, data in zip(BUILDERS, blobs):
        if render(b)[1] != data:
            errors.append(f"{b.__name__}: second rendering differs (not deterministic)")
    labels = [d.label() for d in docs]
    for d in docs:
        check_doc(d, os.path.join(out, d.file), errors)
    check_batch(docs, labels, errors)
    text = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if write:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {committed}")
    else:
        old = open(committed, encoding="utf-8").read() if os.path.exists(committed) else None
        if old != text:
            if old is None:
                errors.append("labels.json is not committed next to build.py")
            else:
                try:
                    oldl = {l["file"]: l for l in json.loads(old)}
                except ValueError:
                    oldl = {}
                diff = [l["file"] for l in labels if oldl.get(l["file"]) != l] or ["(format)"]
                errors.append(
                    "generated labels differ from committed labels.json: " + ", ".join(diff)
                )
    n_fees = sum(len(l["fees"]) for l in labels)
    n_missing = sum(len(l["missing_terms"]) for l in labels)
    print(
        f"built {len(docs)} PDFs into {out}: {n_fees} labelled fee quotes, "
        f"{n_missing} missing-term labels"
    )
    if errors:
        print("CHECKS FAILED:")
        for e in errors:
            print("  -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
