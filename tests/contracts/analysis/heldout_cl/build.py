#!/usr/bin/env python3
"""Build the heldout_cl blind batch: 12 recruitment documents + labels.json.

    python build.py OUT_DIR                 # build, self-check, compare with ./labels.json
    python build.py OUT_DIR --write-labels  # same, but (re)write ./labels.json

Deterministic: fixed creation date, fixed seeds, no clock or network.
All firms, people, agencies and addresses are invented for this batch.
"""

import datetime
import io
import json
import math
import os
import random
import sys
import textwrap

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))
CREATED = datetime.datetime(2026, 3, 2, 9, 30, tzinfo=datetime.UTC)

# ----------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# ----------------------------------------------------------------------------
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
_R = {  # term -> programs where it is required
    "employer_identity": "h2a h2b generic",
    "worker_identity": "generic",
    "job_duties": "h2a h2b generic",
    "work_location": "h2a h2b generic",
    "employment_period": "h2a h2b generic",
    "hours_of_work": "h2a h2b generic",
    "wage_rate": "h2a h2b generic",
    "wage_adjustment": "h2a h2b",
    "overtime": "h2b",
    "pay_frequency": "h2a h2b generic",
    "deductions": "h2a h2b generic",
    "three_fourths_guarantee": "h2a h2b",
    "housing": "h2a",
    "meals": "h2a",
    "inbound_transportation": "h2a h2b",
    "return_transportation": "h2a h2b generic",
    "daily_transportation": "h2a",
    "visa_reimbursement": "h2b",
    "tools_provided": "h2a h2b",
    "workers_compensation": "h2a",
    "earnings_statements": "h2a h2b",
    "termination": "h2a h2b generic",
    "contract_impossibility": "h2a h2b",
    "job_requirements": "h2a h2b",
}
REQUIRED = {p: [t for t in TERMS if p in _R[t].split()] for p in ("h2a", "h2b", "generic")}
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


def severity(program, category, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join((s or "").split())


# ----------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------
_FAMS = {  # family -> (regular, bold, italic, bold-italic, core fallback)
    "sans": (
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
        "helvetica",
    ),
    "serif": (
        "DejaVuSerif",
        "DejaVuSerif-Bold",
        "DejaVuSerif-Italic",
        "DejaVuSerif-BoldItalic",
        "times",
    ),
    "cond": (
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
        "DejaVuSansCondensed-Oblique",
        "DejaVuSansCondensed-BoldOblique",
        "helvetica",
    ),
    "mono": (
        "DejaVuSansMono",
        "DejaVuSansMono-Bold",
        "DejaVuSansMono-Oblique",
        "DejaVuSansMono-BoldOblique",
        "courier",
    ),
}
_FALLBACK_MAP = {
    "☐": "[ ]",
    "☒": "[X]",
    "✓": "v",
    "☺": ":)",
    "—": "-",
    "–": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "•": "-",
    "…": "...",
    "€": "EUR",
    "₱": "PHP",
}


class Doc(FPDF):
    """FPDF with a few layout helpers and a record of findings and term evidence."""

    def __init__(self, fmt="Letter", margins=(20, 16, 20), bottom=18, base="sans", title=""):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        if title:
            self.set_title(title)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.base = base
        self.hdr = None
        self.ftr = None
        self.no_hf = set()
        self.fees = []
        self.terms = {}
        self.scanned_pages = []
        self.scan_text = {}
        self._registered = set()
        self._need(base, "")

    def _need(self, fam, style):
        """Register a DejaVu face on first use (parsing every face up front is slow)."""
        if not HAVE_DEJAVU or (fam, style) in self._registered:
            return
        fn = _FAMS[fam][("", "B", "I", "BI").index(style)]
        path = os.path.join(FONT_DIR, fn + ".ttf")
        if os.path.exists(path):
            self.add_font(fam, style, path)
        self._registered.add((fam, style))

    # -- fonts / text ---------------------------------------------------------
    def t(self, s):
        if HAVE_DEJAVU:
            return s
        for a, b in _FALLBACK_MAP.items():
            s = s.replace(a, b)
        return s.encode("latin-1", "replace").decode("latin-1")

    def f(self, size=10, style="", fam=None):
        fam = fam or self.base
        if HAVE_DEJAVU:
            self._need(fam, "")
            if style:
                self._need(fam, style)
            self.set_font(fam, style, size)
        else:
            self.set_font(_FAMS[fam][4], style, size)

    def header(self):
        if self.hdr and self.page_no() not in self.no_hf:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.no_hf:
            self.ftr(self)

    # -- records ----------------------------------------------------------------
    def fee(self, category, quote, amount=None, currency=None, passport_only=False):
        assert category in CATEGORIES, category
        self.fees.append(
            {
                "category": category,
                "passport_only": passport_only,
                "page": self.page_no(),
                "amount": amount,
                "currency": currency,
                "quote": norm(quote),
            }
        )

    def term(self, tid, evidence):
        assert tid in TERMS, tid
        self.terms[tid] = norm(evidence)

    # -- blocks -----------------------------------------------------------------
    def para(
        self,
        text,
        size=10,
        style="",
        fam=None,
        align="L",
        lh=None,
        after=1.8,
        md=False,
        indent=0,
        color=(0, 0, 0),
        w=0,
    ):
        if md:
            self._need(fam or self.base, "B")
        self.f(size, style, fam)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            w,
            lh or size * 0.46,
            self.t(text),
            align=align,
            markdown=md,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def heading(
        self,
        text,
        size=11,
        style="B",
        fam=None,
        before=2.0,
        after=1.2,
        color=(0, 0, 0),
        fill=None,
        text_color=None,
    ):
        self.ln(before)
        self.f(size, style, fam)
        if fill:
            self.set_fill_color(*fill)
            self.set_text_color(*(text_color or (255, 255, 255)))
            self.cell(0, size * 0.55, self.t(" " + text), fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            self.set_text_color(*color)
            self.multi_cell(0, size * 0.48, self.t(text), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(
        self, items, size=10, bullet="•", indent=3, gap=5, md=False, after=1.0, fam=None, lh=None
    ):
        for it in items:
            self.f(size, "", fam)
            h = lh or size * 0.46
            self.set_x(self.l_margin + indent)
            self.cell(gap, h, self.t(bullet))
            self.multi_cell(0, h, self.t(it), markdown=md, new_x="LMARGIN", new_y="NEXT")
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        head=True,
        fam=None,
        fill=(226, 226, 226),
        borders="ALL",
        lh=None,
        align="LEFT",
        width=None,
        bold_first=False,
        after=3,
        md=False,
        padding=1.3,
        first_fill=None,
    ):
        self._need(fam or self.base, "B")
        self.f(size, "", fam)
        self.set_fill_color(255, 255, 255)
        hs = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(
            col_widths=widths,
            first_row_as_headings=head,
            headings_style=hs,
            borders_layout=borders,
            line_height=lh or size * 0.47,
            text_align=align,
            v_align="TOP",
            width=width or self.epw,
            markdown=md,
            padding=padding,
            align="LEFT",
        ) as tb:
            for ri, r in enumerate(rows):
                row = tb.row()
                for ci, c in enumerate(r):
                    style = None
                    if bold_first and ci == 0 and not (head and ri == 0):
                        style = FontFace(emphasis="BOLD", fill_color=first_fill)
                    row.cell(self.t(c), style=style)
        self.ln(after)

    def box(
        self,
        text,
        size=9.5,
        fill=(240, 240, 240),
        border=(110, 110, 110),
        pad=3,
        md=False,
        fam=None,
        after=3,
        lw=0.3,
    ):
        if md:
            self._need(fam or self.base, "B")
        self.f(size, "", fam)
        lh = size * 0.46
        w = self.epw - 2 * pad
        h = self.multi_cell(w, lh, self.t(text), markdown=md, dry_run=True, output="HEIGHT")
        if self.y + h + 2 * pad > self.page_break_trigger:
            self.add_page()
        self.set_fill_color(*fill)
        self.set_draw_color(*border)
        self.set_line_width(lw)
        y0 = self.y
        self.rect(self.l_margin, y0, self.epw, h + 2 * pad, style="DF")
        self.set_xy(self.l_margin + pad, y0 + pad)
        self.multi_cell(w, lh, self.t(text), markdown=md, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y0 + h + 2 * pad)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(after)

    def rule(self, w=0.3, color=(0, 0, 0), after=2, x0=None, x1=None):
        self.set_draw_color(*color)
        self.set_line_width(w)
        self.line(x0 or self.l_margin, self.y, x1 or (self.w - self.r_margin), self.y)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(after)

    def footnotes(self, notes, page, size=7.5, fam=None):
        """Print footnotes at the bottom of the current page (asserts no overlap)."""
        assert self.page_no() == page, (self.page_no(), page)
        self.f(size, "", fam)
        lh = size * 0.45
        hs = [
            self.multi_cell(self.epw, lh, self.t(n), dry_run=True, output="HEIGHT") for n in notes
        ]
        top = self.page_break_trigger - sum(hs) - 3
        assert self.y < top - 1, ("footnotes overlap body", self.y, top)
        self.set_y(top)
        self.line(self.l_margin, top, self.l_margin + 50, top)
        self.set_y(top + 1.5)
        for n in notes:
            self.multi_cell(self.epw, lh, self.t(n), new_x="LMARGIN", new_y="NEXT")

    def checklines(self, items, size=9.5, indent=2, after=1.2, fam=None):
        for it in items:
            self.para(it, size=size, indent=indent, after=after, fam=fam)

    def scanned_page(self, img, source_text):
        """Append an image-only page (no text layer)."""
        self.no_hf.add(self.page_no() + 1)
        self.add_page()
        self.scanned_pages.append(self.page_no())
        self.scan_text[self.page_no()] = source_text
        bio = io.BytesIO()
        img.save(bio, format="JPEG", quality=82, optimize=False)
        bio.seek(0)
        self.image(bio, x=0, y=0, w=self.w, h=self.h)


# ----------------------------------------------------------------------------
# scanned-page renderer (Pillow)
# ----------------------------------------------------------------------------
def render_scan(ops, seed, size_in=(8.5, 11.0), dpi=200, angle=0.55):
    """ops: list of (kind, ...) drawn on a white page at `dpi`; returns a degraded grey image."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = int(size_in[0] * dpi), int(size_in[1] * dpi)
    img = Image.new("L", (W, H), 252)
    d = ImageDraw.Draw(img)
    rng = random.Random(seed)
    mm = dpi / 25.4

    def font(size_pt, bold=False, serif=False):
        name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "")
        px = int(size_pt / 72 * dpi)
        try:
            return ImageFont.truetype(os.path.join(FONT_DIR, name + ".ttf"), px)
        except OSError:
            return ImageFont.load_default()

    for op in ops:
        kind = op[0]
        if kind == "text":  # x_mm, y_mm, text, size_pt, bold, serif
            _, x, y, s, sz, bold, serif = op
            d.text((x * mm, y * mm), s, fill=18, font=font(sz, bold, serif))
        elif kind == "rect":  # x, y, w, h, width_px
            _, x, y, w, h, lw = op
            d.rectangle([x * mm, y * mm, (x + w) * mm, (y + h) * mm], outline=30, width=lw)
        elif kind == "line":
            _, x0, y0, x1, y1, lw = op
            d.line([x0 * mm, y0 * mm, x1 * mm, y1 * mm], fill=30, width=lw)
        elif kind == "stamp":  # x, y, w, h, text (rotated box stamp)
            _, x, y, w, h, s = op
            st = Image.new("L", (int(w * mm), int(h * mm)), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle([3, 3, st.width - 4, st.height - 4], outline=70, width=5)
            sd.text((14, st.height / 2 - 22), s, fill=70, font=font(13, True))
            st = st.rotate(8, expand=True, fillcolor=255)
            mask = Image.eval(st, lambda v: 255 - v)
            img.paste(st, (int(x * mm), int(y * mm)), mask)
            d = ImageDraw.Draw(img)
        elif kind == "sign":  # scribble signature at x, y (mm), width mm
            _, x, y, w = op
            pts = []
            n = 40
            amp = rng.uniform(2.0, 3.5)
            ph = rng.uniform(0, 6.28)
            for i in range(n):
                t = i / (n - 1)
                xx = x + t * w
                yy = y + amp * (0.6 * math.sin(ph + t * 17) + 0.4 * math.sin(t * 41 + ph * 2))
                pts.append((xx * mm, yy * mm))
            d.line(pts, fill=25, width=4, joint="curve")
            d.line(
                [(x + w * 0.1) * mm, (y + 4) * mm, (x + w * 0.8) * mm, (y + 2.5) * mm],
                fill=40,
                width=3,
            )
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=240)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.frombytes("L", (W, H), rng.randbytes(W * H))
    noise = noise.point(lambda v: 255 if v > 0 else 110)  # sparse dark specks
    img = Image.composite(img, noise, noise.point(lambda v: 255 if v == 255 else 0))
    grain = Image.frombytes("L", (W, H), rng.randbytes(W * H)).point(lambda v: 236 + v % 20)
    img = Image.blend(img, grain, 0.05)
    return img


# ============================================================================
# DOCUMENTS
# Each builder returns (Doc, meta) where meta has program, language, recruiters,
# traps, doc_type, layout.  Fee quotes are recorded with Doc.fee() right after
# the paragraph that prints them; term evidence with Doc.term().
# ============================================================================


# ---------------------------------------------------------------------------- cl01
def cl01():
    """H-2B, Jamaica -> Maryland hotel. Recruiter placement agreement + statement of account."""
    d = Doc(
        fmt="Letter",
        margins=(22, 14, 22),
        bottom=20,
        base="serif",
        title="Candidate Placement Agreement RCW-26-0318",
    )

    def hdr(p):
        p.f(13, "B", "serif")
        p.set_text_color(20, 60, 40)
        p.cell(
            0, 6, p.t("RIO COBRE WORKFORCE PARTNERS LTD."), align="C", new_x="LMARGIN", new_y="NEXT"
        )
        p.f(7.8, "", "sans")
        p.set_text_color(60, 60, 60)
        p.cell(
            0,
            3.6,
            p.t(
                "Licensed Private Employment Agency · Licence No. PEA-0417 (Ministry of Labour "
                "and Social Security)"
            ),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.cell(
            0,
            3.6,
            p.t(
                "Suite 6, 41 Constant Spring Road, Kingston 10, Jamaica W.I. · (876) 555-0119 · "
                "placements@riocobre-wp.example"
            ),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(20, 60, 40)
        p.set_line_width(0.6)
        p.line(p.l_margin, p.y + 1.5, p.w - p.r_margin, p.y + 1.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.ln(6)

    def ftr(p):
        p.set_y(-14)
        p.f(7.5, "I", "serif")
        p.cell(
            0,
            4,
            p.t(
                f"File RCW-26-0318 · Candidate's initials ______ · Agency's initials ______ · "
                f"page {p.page_no()} of {{nb}}"
            ),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("CANDIDATE PLACEMENT AGREEMENT", size=13, style="B", align="C", after=0.5)
    d.para(
        "U.S. H-2B Seasonal Hospitality Programme 2026", size=10.5, style="I", align="C", after=4
    )
    d.para(
        "THIS AGREEMENT is made on the 16th day of February 2026 BETWEEN Rio Cobre Workforce "
        "Partners Ltd., a company incorporated under the laws of Jamaica with its registered office at "
        'the address above ("the Agency"), AND Shanique Adeline Brown of Lot 27, Content District, '
        'Bog Walk, St. Catherine ("the Candidate").',
        size=10,
        align="J",
    )
    d.para(
        "WHEREAS the Agency has been engaged by the Employer named below to identify and prepare "
        "Jamaican workers for temporary H-2B employment, and the Candidate has been interviewed and "
        "selected, the parties agree as follows.",
        size=10,
        align="J",
        after=3,
    )

    d.heading("1.  THE POSITION", size=10.5)
    d.grid(
        [
            (
                "Employer",
                "Dunmore Shoals Inn & Marina LLC, 1190 Baybridge Avenue, Ocean City, Maryland 21842, "
                "United States of America",
            ),
            ("Job title", "Room Attendant (Maids and Housekeeping Cleaners, SOC 37-2012)"),
            (
                "Duties",
                "Clean guest rooms, bathrooms and corridors; strip and make beds; change linen and "
                "towels; restock amenities; report maintenance problems and lost property to the "
                "housekeeping supervisor.",
            ),
            (
                "Place of work",
                "Dunmore Shoals Inn & Marina, 1190 Baybridge Avenue, Ocean City, Maryland",
            ),
            ("Period", "20 April 2026 to 4 October 2026"),
            (
                "Hours",
                "40 hours per week: five shifts of eight hours between 7:00 a.m. and 5:00 p.m., "
                "days off on a rota",
            ),
            ("Wage", "US$16.94 per hour"),
            ("Overtime", "US$25.41 per hour for hours worked over 40 in a workweek"),
            ("Payday", "Weekly, every Friday"),
            (
                "Requirements",
                "Three months' experience in housekeeping, laundry or commercial cleaning; able to "
                "lift and push 30 lb; conversational English",
            ),
        ],
        widths=(32, 118),
        head=False,
        size=9.2,
        fam="sans",
        bold_first=True,
        first_fill=(236, 243, 238),
    )
    d.term(
        "employer_identity",
        "Dunmore Shoals Inn & Marina LLC, 1190 Baybridge Avenue, Ocean City, Maryland 21842",
    )
    d.term("job_duties", "Clean guest rooms, bathrooms and corridors")
    d.term(
        "work_location", "Dunmore Shoals Inn & Marina, 1190 Baybridge Avenue, Ocean City, Maryland"
    )
    d.term("employment_period", "20 April 2026 to 4 October 2026")
    d.term("hours_of_work", "40 hours per week: five shifts of eight hours")
    d.term("wage_rate", "US$16.94 per hour")
    d.term("overtime", "US$25.41 per hour for hours worked over 40")
    d.term("pay_frequency", "Weekly, every Friday")
    d.term("job_requirements", "Three months' experience in housekeeping")

    d.heading("2.  COSTS THAT THE CANDIDATE DOES NOT BEAR", size=10.5)
    d.para(
        "2.1  The Agency's service fee for this placement is invoiced to the Employer and may not be "
        "recovered from the Candidate in any form, whether by payment, deduction or gift.",
        align="J",
    )
    d.para(
        "2.2  The Employer pays the US$205 machine-readable visa (MRV) fee directly when the interview "
        "is booked, so that the Candidate pays nothing at the Embassy.",
        align="J",
    )
    d.term(
        "visa_reimbursement",
        "The Employer pays the US$205 machine-readable visa (MRV) fee directly",
    )
    d.para(
        "2.3  The Candidate buys her own air ticket from Kingston to Baltimore on the date the Agency "
        "gives her; the Employer repays the fare, the shuttle from Baltimore to Ocean City and her "
        "meals on the travel day with her first week's wages, on production of the receipts.",
        align="J",
    )
    d.term(
        "inbound_transportation",
        "the Employer repays the fare, the shuttle from Baltimore to Ocean City",
    )
    d.para(
        "2.4  Uniforms, cleaning chemicals, carts, gloves and all other equipment are supplied by the "
        "Employer free of charge.",
        align="J",
    )
    d.term("tools_provided", "all other equipment are supplied by the Employer free of charge")
    d.para(
        "2.5  The Employer offers a shared room in its staff house at 12 Wicomico Street, Ocean City, "
        "without rent or utility charges.",
        align="J",
    )

    d.heading("3.  RETURN TRAVEL", size=10.5)
    d.para(
        "When the Candidate completes the season, the Employer pays for her air ticket from Baltimore "
        "back to Kingston.",
        align="J",
    )
    d.term(
        "return_transportation",
        "the Employer pays for her air ticket from Baltimore back to Kingston",
    )

    d.heading("4.  THE CANDIDATE'S UNDERTAKINGS", size=10.5)
    d.para(
        "4.1  The Candidate shall attend the Agency's pre-departure briefing at the Kingston office on "
        "a date to be advised; the briefing is free and a light lunch is provided.",
        align="J",
    )
    q_med = (
        "Before the visa interview the Candidate attends the Employer's pre-employment medical at "
        "Mona Heights Diagnostic Centre and settles the clinic's charge of JMD 16,800 on the day of "
        "the examination."
    )
    d.para("4.2  " + q_med, align="J")
    d.fee("medical_cost", q_med, 16800.0, "JMD")
    d.para(
        "4.3  The Candidate shall hold a passport valid until at least April 2027. The Candidate keeps "
        "her passport at all times; the Agency keeps only a photocopy of the data page.",
        align="J",
    )
    d.para(
        "4.4  The Candidate shall tell the Agency of any change of address or telephone number before "
        "departure.",
        align="J",
    )
    q_bl = (
        "A Candidate who takes a complaint about pay or housing to the Employer's managers, a lawyer or "
        "any government office, instead of first to the Agency's welfare officer, will be removed "
        "from the Agency's returning-worker roster."
    )
    d.para("4.5  " + q_bl, align="J")
    d.fee("blacklisting_threat", q_bl)

    d.heading("5.  WELFARE AND CONTACT", size=10.5)
    d.para(
        "The Agency's welfare officer, Mr. Garfield Ricketts, visits Ocean City in the first week of "
        "July and may be reached on WhatsApp at +1 876 555 0177 throughout the season. The full terms "
        "of employment are set out in the Employer's job order, a copy of which the Agency will hand "
        "to the Candidate before her interview.",
        align="J",
    )

    d.heading("6.  ENTIRE AGREEMENT", size=10.5)
    d.para(
        "This Agreement and Schedule A contain the whole of the arrangement between the Agency and the "
        "Candidate. No payment is due to the Agency except as shown in Schedule A.",
        align="J",
    )

    d.add_page()
    d.para("SCHEDULE A: STATEMENT OF ACCOUNT", size=11.5, style="B", align="C", after=0.5)
    d.para(
        "Placement file RCW-26-0318 · Candidate: Shanique Adeline Brown · Prepared 16 February 2026",
        size=9,
        align="C",
        style="I",
        after=3,
    )
    d.grid(
        [
            ("Item", "Amount", "Billed to / paid by", "Status"),
            (
                "Agency placement service fee",
                "US$650.00",
                "Dunmore Shoals Inn & Marina LLC",
                "Paid 2 March 2026, receipt no. 1187 issued to the Employer",
            ),
            (
                "Visa fee (MRV), H-2B",
                "US$205.00",
                "Dunmore Shoals Inn & Marina LLC",
                "Paid direct by Employer",
            ),
            (
                "Police record (certificate of character)",
                "JMD 5,000",
                "Dunmore Shoals Inn & Marina LLC",
                "Refunded to Candidate in cash 16/02/2026",
            ),
            (
                "Pre-employment medical, Mona Heights Diagnostic Centre",
                "JMD 16,800",
                "Candidate",
                "Payable at the clinic",
            ),
            (
                "Air ticket Kingston to Baltimore",
                "approx. US$412.00",
                "Candidate, repaid by Employer",
                "Repaid with first week's wages",
            ),
            ("Pre-departure briefing", "No charge", "-", "-"),
            ("Balance owed by the Candidate to the Agency", "JMD 0.00", "-", "-"),
        ],
        widths=(52, 26, 40, 52),
        size=8.6,
        fam="sans",
    )
    d.para(
        "Receipts for every amount paid by the Employer are kept on the placement file and may be "
        "inspected by the Candidate at the Kingston office.",
        size=9,
        align="J",
        after=6,
    )

    d.para(
        "IN WITNESS WHEREOF the parties have signed this Agreement at Kingston on the date first "
        "written above.",
        size=10,
        after=5,
    )
    d.grid(
        [
            ("For the Agency", "The Candidate", "Witness"),
            (
                "\n\n______________________\nYvonne Chin-Lawrence\nManaging Director",
                "\n\n______________________\nShanique Adeline Brown\nTRN 118-402-975",
                "\n\n______________________\nDesmond A. Whyte, J.P.\nJustice of the Peace, St. Andrew",
            ),
        ],
        widths=(57, 57, 56),
        size=9,
        fam="sans",
        borders="NONE",
        fill=(255, 255, 255),
        after=2,
    )

    meta = dict(
        program="h2b",
        language="en",
        recruiters=["Rio Cobre Workforce Partners Ltd."],
        traps=[
            "agency service fee invoiced to the employer, not recoverable from the candidate",
            "employer pays the US$205 MRV visa fee directly",
            "worker buys air ticket but employer repays it with the first week's wages",
            "uniforms and equipment free of charge",
            "staff house without rent or utility charges",
            "pre-departure briefing free, lunch provided (not a training charge)",
            "candidate keeps her passport; agency keeps only a photocopy",
            "statement of account: placement fee billed to employer with receipt issued to the employer",
            "police record fee refunded to the candidate",
            "'Balance owed by the Candidate to the Agency: JMD 0.00' (the medical is paid to the clinic)",
        ],
        doc_type="recruiter_agreement",
        layout="serif legal agreement with WHEREAS recitals; centred letterhead repeated on each page; "
        "2-col gridded position table; schedule with 4-col statement of account grid; "
        "borderless 3-party signature block; initials footer",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl02
def cl02():
    """H-2A, Spanish, compliant: employer's conditions form with checkboxes and a who-pays grid."""
    d = Doc(
        fmt="Letter",
        margins=(16, 14, 16),
        bottom=16,
        base="sans",
        title="Hoja de condiciones de empleo H-2A 2026",
    )
    GREEN = (46, 84, 52)

    def hdr(p):
        p.f(8, "", "sans")
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            p.t(
                "Sagebrush Terrace Orchards LLC · Hoja de condiciones H-2A · Orden H-300-26027-884310"
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.ln(2)

    def ftr(p):
        p.set_y(-12)
        p.f(7.5, "", "sans")
        p.cell(
            0,
            4,
            p.t(
                f"Formulario SB-7 (rev. 2026)   |   Hoja {p.page_no()} de {{nb}}   |   "
                "Iniciales del trabajador: ______"
            ),
            align="R",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.set_fill_color(*GREEN)
    d.set_text_color(255, 255, 255)
    d.f(15, "B")
    d.cell(0, 9, d.t(" SAGEBRUSH TERRACE ORCHARDS LLC"), fill=True, new_x="LMARGIN", new_y="NEXT")
    d.f(10)
    d.cell(
        0,
        6,
        d.t(" Hoja de condiciones de empleo para trabajadores H-2A · Temporada 2026"),
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.para(
        "Esta hoja forma parte de su contrato de trabajo. Las casillas marcadas con ☒ son las que "
        "aplican a su empleo; las casillas vacías (☐) no aplican. Si algo no está claro, pregunte antes "
        "de firmar.",
        size=9.2,
        after=2,
    )

    def sec(title):
        d.heading(title, size=9.8, fill=GREEN, before=1.5, after=1.2)

    sec("A. EL EMPLEADOR")
    d.grid(
        [
            ("Nombre legal", "Sagebrush Terrace Orchards LLC"),
            ("Domicilio", "1875 Coyote Canyon Road, Quincy, Washington 98848, Estados Unidos"),
            (
                "Contacto",
                "Lorena Vázquez-Hale, coordinadora de personal · (509) 555-0187 · WhatsApp +1 509 555 0187",
            ),
            (
                "Reclutador en México",
                "Surcos del Bajío Reclutamiento, S.C., Av. Irrigación 512, Celaya, Gto. "
                "Sus honorarios los paga el empleador por contrato escrito.",
            ),
        ],
        widths=(38, 146),
        head=False,
        size=8.8,
        bold_first=True,
        first_fill=(232, 240, 233),
        after=1.5,
    )
    d.term("employer_identity", "1875 Coyote Canyon Road, Quincy, Washington 98848")

    sec("B. EL TRABAJO")
    d.grid(
        [
            ("Puesto", "Trabajador agrícola de huerto: cosecha de manzana y pera"),
            (
                "Tareas",
                "Cortar a mano manzana y pera desde escaleras de 10 y 12 pies y desde el suelo; vaciar la "
                "bolsa cosechadora en los bins sin golpear la fruta; mover escaleras entre hileras; aclareo "
                "de fruta chica en agosto; recoger ramas y limpiar hileras al terminar cada bloque.",
            ),
            (
                "Requisitos",
                "Tres meses de experiencia cosechando fruta de árbol. Poder subir y bajar escaleras "
                "cargando una bolsa de hasta 45 libras durante todo el turno.",
            ),
            (
                "Lugares de trabajo",
                "Huerto Coyote Canyon, 1875 Coyote Canyon Road, Quincy, WA 98848 · Huerto "
                "Frenchman Hills, 14020 Road 5 SW, Royal City, WA 99357",
            ),
            ("Fechas", "Del 3 de agosto de 2026 al 13 de noviembre de 2026"),
            (
                "Horario",
                "40 horas por semana: lunes a viernes de 6:30 a 15:00, con 30 minutos de comida sin "
                "pago.   ☐ Sábado obligatorio   ☒ Sábado opcional, de 6:30 a 11:00, en semanas de "
                "cosecha fuerte",
            ),
        ],
        widths=(38, 146),
        head=False,
        size=8.8,
        bold_first=True,
        first_fill=(232, 240, 233),
        after=1.5,
    )
    d.term("job_duties", "Cortar a mano manzana y pera")
    d.term("job_requirements", "Tres meses de experiencia cosechando fruta de árbol")
    d.term("work_location", "14020 Road 5 SW, Royal City, WA 99357")
    d.term("employment_period", "Del 3 de agosto de 2026 al 13 de noviembre de 2026")
    d.term("hours_of_work", "40 horas por semana: lunes a viernes de 6:30 a 15:00")

    sec("C. EL PAGO")
    d.grid(
        [
            (
                "Tarifa",
                "$19.82 por hora.   ☒ Destajo de $28.00 por bin lleno cuando le conviene más; aun a "
                "destajo, nunca recibe menos de $19.82 por cada hora trabajada.",
            ),
            (
                "Ajustes",
                "☒ Se paga siempre la tarifa más alta entre el AEWR, el salario prevaleciente, un salario "
                "de convenio y el mínimo federal o estatal. Si durante la temporada se publica una tarifa "
                "más alta, se aplica desde el día en que entra en vigor.",
            ),
            ("Frecuencia", "☒ Semanal (cada viernes)     ☐ Quincenal     ☐ Mensual"),
            (
                "Forma de pago",
                "Usted escoge:  ☒ depósito directo a su cuenta   ☒ tarjeta de nómina, sin comisión "
                "por activación, uso o retiro en los cajeros de la red del banco   ☐ efectivo",
            ),
            (
                "Talón de pago",
                "☒ Con cada pago recibe un talón que muestra horas ofrecidas, horas trabajadas, "
                "tarifa por hora, bins y tarifa por bin, total ganado, cada descuento y pago neto.",
            ),
        ],
        widths=(38, 146),
        head=False,
        size=8.8,
        bold_first=True,
        first_fill=(232, 240, 233),
        after=1.5,
    )
    d.term("wage_rate", "$19.82 por hora")
    d.term("wage_adjustment", "Se paga siempre la tarifa más alta entre el AEWR")
    d.term("pay_frequency", "Semanal (cada viernes)")
    d.term("earnings_statements", "Con cada pago recibe un talón que muestra horas ofrecidas")

    d.add_page()
    sec("D. DESCUENTOS")
    d.para("De su cheque solo se puede descontar lo que está marcado:", size=9.2, after=1)
    d.checklines(
        [
            "☒  Impuesto federal sobre la renta, únicamente si usted lo pide por escrito en la forma W-4.",
            "☒  Órdenes de un juez, por ejemplo una pensión alimenticia.",
            "☒  Comedor de temporada, solo si usted se inscribe: $14.75 por día por las tres comidas, cantidad "
            "menor al cargo máximo por comidas que publica el Departamento de Trabajo para 2026.",
            "☒  Envíos de dinero a su familia que usted autorice por escrito; la comisión del envío la paga el "
            "empleador.",
            "☐  Renta, luz o agua    ☐  Transporte    ☐  Herramientas o equipo    ☐  Visa o trámites    "
            "☐  Pago al reclutador    (ninguno de estos se descuenta)",
        ],
        size=8.9,
    )
    d.term("deductions", "Impuesto federal sobre la renta, únicamente si usted lo pide por escrito")

    sec("E. ¿QUIÉN PAGA CADA GASTO?")
    d.grid(
        [
            ("Gasto", "Empleador", "Trabajador", "Cómo y cuándo"),
            (
                "Cuota de la visa H-2A (MRV) y cita consular",
                "☒",
                "☐",
                "El empleador la paga antes de la cita; usted no adelanta nada.",
            ),
            (
                "Autobús de Celaya a Monterrey y hotel durante el trámite consular",
                "☒",
                "☐",
                "Boletos y hotel comprados por el reclutador con dinero del empleador.",
            ),
            (
                "Avión de Monterrey a Wenatchee y traslado a Quincy",
                "☒",
                "☐",
                "Boleto comprado por el empleador.",
            ),
            (
                "Pasaporte",
                "☒",
                "☐",
                "Si lo tramitó para este empleo, se le reembolsa con su primer cheque al "
                "mostrar el recibo.",
            ),
            ("Vivienda, luz, agua y gas", "☒", "☐", "Sin costo y sin depósito."),
            (
                "Herramientas, escaleras, bolsas cosechadoras y guantes",
                "☒",
                "☐",
                "Se entregan sin costo y sin depósito; se reponen gratis cuando se gastan.",
            ),
            ("Transporte diario vivienda–huerto", "☒", "☐", "Autobús gratuito de la empresa."),
            ("Honorarios del reclutador", "☒", "☐", "Nadie le puede cobrar por este trabajo."),
            (
                "Comedor de temporada (opcional)",
                "☐",
                "☒",
                "$14.75 por día, solo si se inscribe; también puede "
                "cocinar gratis en la cocina de la vivienda.",
            ),
            (
                "Viaje de regreso a Celaya",
                "☒",
                "☐",
                "Al terminar la temporada o si lo despiden sin causa.",
            ),
        ],
        widths=(60, 23, 23, 78),
        size=8.7,
        align="LEFT",
        after=2,
    )
    d.term("tools_provided", "Se entregan sin costo y sin depósito; se reponen gratis")

    sec("F. VIVIENDA Y COMIDAS")
    d.para(
        "**Vivienda.** Gratuita, en el campamento Coyote Canyon, 1880 Coyote Canyon Road, Quincy, WA "
        "98848, inspeccionado por el Departamento de Salud del estado de Washington el 14 de julio de "
        "2026. Cuartos de cuatro camas con colchón, cobijas y casillero con candado; regaderas con agua "
        "caliente y lavadoras. No se cobra depósito por llaves ni por ropa de cama.",
        size=9.2,
        md=True,
    )
    d.term("housing", "Gratuita, en el campamento Coyote Canyon, 1880 Coyote Canyon Road")
    d.para(
        "**Comidas.** Cada casa tiene cocina con estufas, refrigeradores, ollas y trastes que usted usa "
        "gratis. Si lo prefiere, puede inscribirse al comedor de temporada descrito en la sección D.",
        size=9.2,
        md=True,
    )
    d.term(
        "meals",
        "Cada casa tiene cocina con estufas, refrigeradores, ollas y trastes que usted usa gratis",
    )

    d.add_page()
    sec("G. TRANSPORTE")
    d.para(
        "**Viaje de ida.** El empleador paga por adelantado su viaje desde Celaya hasta Quincy y las "
        "comidas del camino. Si por cualquier motivo usted paga una parte, se le reembolsa completa en "
        "su primer cheque, con sus recibos.",
        size=9.2,
        md=True,
    )
    d.term(
        "inbound_transportation",
        "El empleador paga por adelantado su viaje desde Celaya hasta Quincy",
    )
    d.para(
        "**Transporte diario.** Un autobús de la empresa sale de la vivienda a las 6:05 hacia el huerto "
        "del día y regresa al terminar el turno; no se cobra.",
        size=9.2,
        md=True,
    )
    d.term("daily_transportation", "Un autobús de la empresa sale de la vivienda a las 6:05")
    d.para(
        "**Viaje de regreso.** Si completa el contrato, o si el empleador lo deja ir antes sin causa "
        "justificada, el empleador paga su viaje y sus comidas de regreso hasta Celaya.",
        size=9.2,
        md=True,
    )
    d.term(
        "return_transportation", "el empleador paga su viaje y sus comidas de regreso hasta Celaya"
    )

    sec("H. GARANTÍAS Y REGLAS")
    d.para(
        "**Garantía de tres cuartas partes.** El empleador le ofrece trabajo por al menos el 75 % de las "
        "horas de los días laborables del contrato, contadas del primer día de trabajo al 13 de "
        "noviembre de 2026. Si le ofrece menos, le paga la diferencia.",
        size=9.2,
        md=True,
    )
    d.term(
        "three_fourths_guarantee",
        "al menos el 75 % de las horas de los días laborables del contrato",
    )
    d.para(
        "**Compensación de trabajadores.** Usted está cubierto por el seguro industrial del Departamento "
        "de Labor e Industrias del estado de Washington (cuenta del empleador 604-118-22). Si se lastima "
        "en el trabajo, ese seguro paga su atención médica y parte del salario que deje de ganar.",
        size=9.2,
        md=True,
    )
    d.term(
        "workers_compensation",
        "Usted está cubierto por el seguro industrial del Departamento de Labor e Industrias",
    )
    d.para(
        "**Abandono y despido.** Si falta cinco días de trabajo seguidos sin avisar a su mayordomo, se "
        "considera que abandonó el empleo y el empleador lo notificará al gobierno. Solo se le puede "
        "despedir por una causa justificada que se le explique por escrito, como robo, violencia o no "
        "cumplir varias veces las reglas de seguridad.",
        size=9.2,
        md=True,
    )
    d.term("termination", "Si falta cinco días de trabajo seguidos sin avisar a su mayordomo")
    d.para(
        "**Si el trabajo se vuelve imposible.** Si una helada, granizo, incendio u otra causa fuera del "
        "control del empleador acaba con la cosecha y el Departamento de Trabajo lo aprueba, el contrato "
        "puede terminar antes. En ese caso se le paga la garantía de tres cuartas partes hasta esa fecha "
        "y su viaje de regreso.",
        size=9.2,
        md=True,
    )
    d.term(
        "contract_impossibility",
        "Si una helada, granizo, incendio u otra causa fuera del control del empleador",
    )

    sec("I. DECLARACIONES DEL TRABAJADOR (marque con una X)")
    d.checklines(
        [
            "☒  Recibí esta hoja en español antes de mi cita en el consulado.",
            "☒  Nadie me ha pedido dinero, regalos ni trabajo gratis por este empleo ni por apartar mi lugar.",
            "☐  Alguien me pidió dinero por este empleo. Si marca esta casilla, llame sin costo al 1 800 555 0114: "
            "el empleador le devuelve lo que haya pagado y deja de trabajar con quien se lo cobró.",
            "☒  Conservo mi pasaporte y mi visa; el empleador no los guarda.",
            "☒  Sé que puedo quejarme del pago o de la vivienda sin que me castiguen ni me pongan en una lista negra.",
        ],
        size=9.2,
        after=1.6,
    )
    d.ln(4)
    d.para("Firmado en Celaya, Guanajuato, el 8 de julio de 2026.", size=9.2, after=5)
    d.grid(
        [
            ("Por el empleador", "El trabajador", "Testigo"),
            (
                "\n\n\n_________________________\nLorena Vázquez-Hale\nCoordinadora de personal",
                "\n\n\n_________________________\nAnselmo Rivera Tapia\nCURP RITA910214HGTVPN07",
                "\n\n\n_________________________\nMaricela Ponce Durán\nIntérprete",
            ),
        ],
        widths=(61, 62, 61),
        size=8.8,
        after=4,
    )
    d.box(
        "Si tiene dudas sobre esta hoja o si alguien le pide dinero, comuníquese con la coordinadora de "
        "personal por WhatsApp al +1 509 555 0187 o con la línea gratuita 1 800 555 0114. Llamar no "
        "afecta su contratación.",
        size=8.8,
        fill=(232, 240, 233),
        border=GREEN,
    )

    meta = dict(
        program="h2a",
        language="es",
        recruiters=["Surcos del Bajío Reclutamiento, S.C."],
        traps=[
            "form answered with checkboxes: unchecked ☐ deduction boxes for rent/transport/tools/visa/"
            "recruiter are NOT charges",
            "lawful H-2A meal charge within the published cap ($14.75/day, optional comedor) with "
            "'Trabajador ☒' in the who-pays grid",
            "who-pays grid with employer ☒ for visa, travel, passport, housing, tools, recruiter",
            "passport fee reimbursed with first paycheck",
            "pay card without activation/use/ATM commission; direct deposit",
            "money-transfer commission paid by the employer",
            "no deposit for keys or bedding (negated deposit)",
            "unchecked declaration 'Alguien me pidió dinero' with refund promise",
            "worker keeps passport and visa; no blacklist for complaints",
            "recruiter fees paid by the employer",
        ],
        doc_type="job_terms_form",
        layout="form with green section bars; label/value grids with ☒/☐ checkboxes; 4-col who-pays "
        "checkbox grid; declarations checklist; 3-party signature grid; running header and "
        "footer",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl03
def cl03():
    """Generic, Philippines -> New Zealand welder. Contract with marginal headings + cost annex + receipt."""
    d = Doc(
        fmt="A4",
        margins=(18, 16, 18),
        bottom=18,
        base="sans",
        title="Overseas Employment Contract - Welder-Fabricator",
    )
    NAVY = (24, 44, 86)

    def ftr(p):
        p.set_y(-13)
        p.f(7.5, "", "sans")
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            p.t(
                "Kahurangi Steel & Marine Fabrication Limited / R. B. Macaraeg · Contract ref. "
                f"KSM-OFW-2027-014 · Page {p.page_no()} of {{nb}}"
            ),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.add_page()
    d.f(15, "B")
    d.set_text_color(*NAVY)
    d.cell(0, 8, d.t("OVERSEAS EMPLOYMENT CONTRACT"), align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.para(
        "between KAHURANGI STEEL & MARINE FABRICATION LIMITED and RODELIO BAUTISTA MACARAEG",
        size=9.5,
        align="C",
        after=0.5,
    )
    d.para(
        "Processed and deployed through Tanglaw Pacific Manpower Services, Inc. (DMW Licence No. "
        "117-LB-031524-R), 2/F Almeda Building, 1428 Taft Avenue, Ermita, Manila",
        size=8.5,
        align="C",
        color=(70, 70, 70),
        after=4,
    )
    d.rule(0.5, NAVY, after=3)

    HW = 38  # marginal heading width

    def clause(num, head, text, size=9.4):
        d.f(size, "B")
        y0 = d.y
        if y0 + 12 > d.page_break_trigger:
            d.add_page()
            y0 = d.y
        d.set_text_color(*NAVY)
        d.set_xy(d.l_margin, y0)
        d.cell(HW, size * 0.46, d.t(f"{num}  {head}"))
        d.set_text_color(0, 0, 0)
        d.f(size, "")
        d.set_xy(d.l_margin + HW + 3, y0)
        d.multi_cell(
            d.epw - HW - 3, size * 0.46, d.t(text), align="J", new_x="LMARGIN", new_y="NEXT"
        )
        d.ln(2.2)

    clause(
        "1",
        "Parties",
        "Employer: Kahurangi Steel & Marine Fabrication Limited (NZBN 9429048011226), 38 "
        "Tidewater Road, Onehunga, Auckland 1061, New Zealand. Employee: Rodelio Bautista Macaraeg, of "
        "Purok 4, Barangay San Vicente, Tarlac City, Tarlac, Philippines, Passport No. P7741203B.",
    )
    d.term(
        "employer_identity",
        "Kahurangi Steel & Marine Fabrication Limited (NZBN 9429048011226), 38 Tidewater Road",
    )
    d.term("worker_identity", "Employee: Rodelio Bautista Macaraeg")
    clause(
        "2",
        "Position",
        "Welder-Fabricator (ANZSCO 322313). The Employee cuts, fits and welds aluminium "
        "and steel hull sections, frames and fittings by MIG and TIG processes from drawings; grinds and "
        "finishes welds; checks his work against the quality plan; and keeps his bay and tools in good "
        "order.",
    )
    d.term("job_duties", "cuts, fits and welds aluminium and steel hull sections")
    clause(
        "3",
        "Place of work",
        "The Employer's workshop at 38 Tidewater Road, Onehunga, and, when "
        "instructed, customers' vessels on the Employer's slipway at 4 Wharf Road, Onehunga.",
    )
    d.term("work_location", "The Employer's workshop at 38 Tidewater Road, Onehunga")
    clause("4", "Term", "Twenty-four (24) months, from 1 March 2027 to 28 February 2029.")
    d.term("employment_period", "from 1 March 2027 to 28 February 2029")
    clause(
        "5",
        "Hours",
        "Forty (40) ordinary hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with an "
        "unpaid 30-minute lunch break. Overtime is voluntary and paid at one and a half times the "
        "ordinary rate.",
    )
    d.term("hours_of_work", "Forty (40) ordinary hours a week, Monday to Friday")
    clause(
        "6",
        "Wages",
        "NZD 31.50 gross per ordinary hour, paid fortnightly, every second Thursday, into a "
        "New Zealand bank account in the Employee's own name. A payslip showing hours, rate, gross pay, "
        "every deduction and net pay is issued with each payment.",
    )
    d.term("wage_rate", "NZD 31.50 gross per ordinary hour")
    d.term("pay_frequency", "paid fortnightly, every second Thursday")
    clause(
        "7",
        "Deductions",
        "Only PAYE income tax (which includes the ACC earners' levy fixed by law) and "
        "deductions the Employee asks for in writing. Nothing is deducted for recruitment, documents, "
        "visa, travel, accommodation, tools or training.",
    )
    d.term("deductions", "Only PAYE income tax (which includes the ACC earners' levy fixed by law)")
    clause(
        "8",
        "Accommodation",
        "The Employer provides a furnished single room in shared housing at 12 Rata "
        "Street, Onehunga, free of rent and utilities for the whole term of this contract.",
    )
    clause(
        "9",
        "Tools and PPE",
        "Welding helmet, gloves, safety boots, overalls, respirator and hand tools "
        "are issued at no cost. No bond or deposit is taken for them and they are replaced free when "
        "worn out.",
    )
    clause(
        "10",
        "Travel",
        "The Employer pays the economy airfare from Manila to Auckland and, when the "
        "contract ends for any reason, the economy airfare from Auckland back to Manila, together with "
        "airport transfers and excess baggage up to 10 kg.",
    )
    d.term("return_transportation", "the economy airfare from Auckland back to Manila")
    clause(
        "11",
        "Leave",
        "Four weeks' paid annual leave after each 12 months of service, New Zealand public "
        "holidays, and ten days' paid sick leave a year, as provided by New Zealand law.",
    )
    clause(
        "12",
        "Termination",
        "Either party may end this contract by giving four weeks' written "
        "notice. The Employer may dismiss the Employee without notice only for serious misconduct, "
        "after a fair investigation in which the Employee is told the allegations in writing and may "
        "respond with a support person present.",
    )
    d.term("termination", "Either party may end this contract by giving four weeks' written notice")
    clause(
        "13",
        "No fees",
        "The Employee shall not pay, and neither the Employer, the Agency nor any person "
        "acting for them shall charge, deduct or accept, any fee or cost for recruitment, placement, "
        "documentation or deployment. Every such cost is listed in Annex A and is borne by the Employer.",
    )
    clause(
        "14",
        "Documents",
        "The Employee keeps his own passport, visa and seaman's or trade documents. "
        "The Employer may take photocopies only.",
    )
    clause(
        "15",
        "Disputes",
        "Disputes shall first be discussed in good faith. The Employee may at any time "
        "contact the Migrant Workers Office at the Philippine Embassy in Wellington or raise a personal "
        "grievance under New Zealand law.",
    )

    d.ln(2)
    d.para("Signed on 22 January 2027:", size=9.4, after=3)
    d.grid(
        [
            ("For the Employer", "The Employee", "For the Agency"),
            (
                "\n\n_____________________\nNgaire Whaanga-Lusk\nOperations Director",
                "\n\n_____________________\nRodelio Bautista Macaraeg",
                "\n\n_____________________\nMa. Cristina Dimaculangan-Ocampo\nPresident",
            ),
            ("Witness: _____________________", "Witness: _____________________", ""),
        ],
        widths=(58, 58, 58),
        size=8.6,
        borders="NONE",
        head=True,
        fill=(255, 255, 255),
        after=2,
    )

    d.ln(6)
    d.f(12, "B")
    d.set_text_color(*NAVY)
    d.cell(
        0,
        6,
        d.t("ANNEX A: SCHEDULE OF RECRUITMENT AND DEPLOYMENT COSTS"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.para(
        "All amounts below are borne by the Employer. The Employee's out-of-pocket total is PHP 0.00.",
        size=9,
        after=2.5,
    )
    d.grid(
        [
            ("Item", "Amount", "Borne by", "Reference / status"),
            (
                "Agency placement service fee",
                "PHP 96,400.00",
                "Employer",
                "Official Receipt No. 004512 issued to the Employer (Annex B)",
            ),
            (
                "Accredited Employer Work Visa application fee and immigration levy",
                "NZD 1,540.00",
                "Employer",
                "Paid online by the Employer, 14 Dec 2026",
            ),
            (
                "Medical examination and chest X-ray, accredited clinic",
                "PHP 4,800.00",
                "Employer",
                "Billed to the Agency's account",
            ),
            (
                "Welding trade test and certification",
                "PHP 12,500.00",
                "Employer",
                "Paid to the testing centre by the Agency",
            ),
            (
                "NBI clearance and PSA birth certificate",
                "PHP 1,005.00",
                "Employer",
                "Refunded to the Employee on 14 Jan 2027, ref. RF-0117",
            ),
            (
                "Passport renewal",
                "PHP 1,200.00",
                "Employer",
                "Refunded to the Employee on 14 Jan 2027, ref. RF-0118",
            ),
            ("OWWA membership contribution", "USD 25.00", "Employer", "Paid through the Agency"),
            ("Pre-departure orientation seminar", "Free", "-", "Attended 19 Jan 2027"),
            (
                "Airfare Manila to Auckland, economy",
                "NZD 1,280.00",
                "Employer",
                "E-ticket issued to the Employee",
            ),
            (
                "Deployment allowance paid to the Employee before departure",
                "PHP 25,000.00",
                "Employer",
                "A gift, not a loan; never repayable",
            ),
        ],
        widths=(64, 28, 22, 60),
        size=8.5,
        after=3,
    )
    d.para(
        "Notes. (1) Where the Employee paid an item himself, the Agency refunded it in cash against the "
        "official receipt and the Employer reimbursed the Agency. (2) The welding certificate belongs to "
        "the Employee. (3) No amount in this schedule may be recovered from the Employee's wages.",
        size=8.6,
        align="J",
        after=5,
    )

    if d.y + 104 > d.page_break_trigger:
        d.add_page()
    d.f(12, "B")
    d.set_text_color(*NAVY)
    d.cell(0, 6, d.t("ANNEX B: COPY OF OFFICIAL RECEIPT"), new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    x0, y0, w, h = d.l_margin + 15, d.y, d.epw - 30, 76
    d.set_line_width(0.5)
    d.rect(x0, y0, w, h)
    d.set_line_width(0.2)
    d.set_xy(x0 + 4, y0 + 3)
    d.f(10, "B", "serif")
    d.cell(
        w - 8,
        5,
        d.t("TANGLAW PACIFIC MANPOWER SERVICES, INC."),
        align="C",
        new_x="LEFT",
        new_y="NEXT",
    )
    d.f(7.5, "", "serif")
    d.cell(
        w - 8,
        3.5,
        d.t("2/F Almeda Building, 1428 Taft Avenue, Ermita, Manila · VAT Reg. TIN 008-771-402-000"),
        align="C",
        new_x="LEFT",
        new_y="NEXT",
    )
    d.ln(2)
    d.f(10, "B", "serif")
    d.cell(w - 8, 5, d.t("OFFICIAL RECEIPT   No. 004512"), align="C", new_x="LEFT", new_y="NEXT")
    d.ln(2)
    d.f(9, "", "serif")
    for line in (
        "Date: 20 January 2027",
        "Received from: KAHURANGI STEEL & MARINE FABRICATION LIMITED, Auckland, New Zealand",
        "the sum of NINETY-SIX THOUSAND FOUR HUNDRED PESOS ONLY (PHP 96,400.00)",
        "in payment of: placement service fee for one (1) Welder-Fabricator, R. B. Macaraeg,",
        "under the Recruitment Agreement dated 5 October 2026.",
        "Form of payment: telegraphic transfer, Ref. TT-27-01-8841",
    ):
        d.set_x(x0 + 4)
        d.multi_cell(w - 8, 4.4, d.t(line), new_x="LEFT", new_y="NEXT")
    d.set_xy(x0 + w - 62, y0 + h - 11)
    d.cell(58, 4, d.t("By: ____________________"), new_x="LEFT", new_y="NEXT")
    d.set_x(x0 + w - 62)
    d.cell(58, 4, d.t("Authorized cashier"))
    d.set_y(y0 + h + 4)
    d.para(
        "This receipt is issued to the Employer. No receipt for any recruitment fee has been or will be "
        "issued to the Employee because no such fee has been collected from him.",
        size=8.6,
        align="J",
    )

    meta = dict(
        program="generic",
        language="en",
        recruiters=["Tanglaw Pacific Manpower Services, Inc."],
        traps=[
            "cost schedule whose 'Borne by' column says Employer for every item (placement fee, visa, "
            "medical, trade test, airfare, OWWA)",
            "official receipt for a 'placement service fee' issued to the EMPLOYER",
            "NBI clearance and passport renewal refunded to the worker",
            "deployment allowance PHP 25,000 paid to the worker: a gift, not a loan",
            "statutory PAYE / ACC earners' levy deduction (not an insurance_cost)",
            "'no bond or deposit' for tools and PPE",
            "free accommodation, rent and utilities",
            "negated fee clause ('shall not pay ... any fee or cost')",
            "worker keeps passport; employer takes photocopies only",
        ],
        doc_type="ofw_contract",
        layout="A4; clauses with marginal headings (heading column + justified text column); "
        "borderless 3-party signature block with witnesses; annex 4-col cost grid; boxed "
        "official-receipt facsimile; running footer",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl04
def cl04():
    """H-2A, Spanish (Oaxaca), recruiter's selection letter + annex of process costs with notes."""
    d = Doc(
        fmt="Letter",
        margins=(24, 16, 24),
        bottom=18,
        base="serif",
        title="Carta compromiso y aviso de seleccion H-2A 2026",
    )

    def hdr(p):
        p.f(12.5, "B", "serif")
        p.cell(0, 6, p.t("ENLACE JORNALERO DEL VALLE, S.C."), new_x="LMARGIN", new_y="NEXT")
        p.f(8, "I", "serif")
        p.cell(
            0,
            4,
            p.t("Reclutamiento y gestión de personal agrícola para Estados Unidos y Canadá"),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.f(7.5, "", "sans")
        p.cell(
            0,
            3.8,
            p.t(
                "Calle Independencia 214, Col. Centro, Tlaxiaco, Oax., C.P. 69800 · Tel. 953 555 0142 "
                "· RFC EJV190311KT4"
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.rule(0.8, (120, 70, 20), after=0.6)
        p.rule(0.2, (120, 70, 20), after=5)

    def ftr(p):
        p.set_y(-13)
        p.f(7.5, "", "sans")
        p.cell(0, 4, p.t(f"Expediente EJV-H2A-26-0097 · {p.page_no()}/{{nb}}"), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("Tlaxiaco, Oaxaca, a 19 de enero de 2026", size=10, align="R", after=4)
    d.para(
        "C. ABUNDIO CRUZ SARABIA\nDomicilio conocido, San Juan Ñumí, Oaxaca\nP R E S E N T E",
        size=10,
        style="B",
        after=4,
    )
    d.para(
        "CARTA COMPROMISO Y AVISO DE SELECCIÓN — TEMPORADA H-2A 2026",
        size=10.5,
        style="B",
        align="C",
        after=4,
    )
    d.para(
        "Por medio de la presente le informamos que usted ha sido preseleccionado para laborar con visa "
        "de trabajo agrícola H-2A durante la temporada 2026 en la empresa que se indica abajo. Le pedimos "
        "leer con calma esta carta y su Anexo 1, resolver sus dudas con nuestro personal y firmar de "
        "conformidad en la última hoja.",
        size=9.7,
        align="J",
        after=3,
    )

    d.para("DATOS DE LA OFERTA", size=10, style="B", after=1.5)
    rows = [
        ("Empresa:", "Neuse Bottom Farms LLC"),
        (
            "Domicilio de la empresa:",
            "4471 Sandhill Church Road, Kinston, North Carolina 28504, EE. UU.",
        ),
        ("Puesto:", "Trabajador agrícola para trasplante y cosecha de camote y tabaco"),
        (
            "Actividades:",
            "Trasplantar camote y tabaco, deshierbar con azadón, despuntar y desahijar el tabaco, "
            "cosechar camote a mano en cubetas y vaciarlas en los cajones del tráiler.",
        ),
        (
            "Lugar de trabajo:",
            "Campos de la empresa en los condados de Lenoir y Greene, Carolina del Norte",
        ),
        ("Periodo:", "Del 6 de abril al 20 de noviembre de 2026"),
        (
            "Jornada:",
            "8 horas diarias de lunes a viernes, de 7:00 a 15:30, con media hora para comer",
        ),
        ("Salario:", "$16.90 dólares por hora"),
        ("Día de pago:", "Semanal, los viernes"),
        (
            "Vivienda:",
            "Gratuita, en el campamento de la empresa, 4480 Sandhill Church Road, Kinston",
        ),
        ("Alimentos:", "Cocina equipada sin costo para que usted prepare sus alimentos"),
        (
            "Transporte diario:",
            "Gratuito, en camión de la empresa, de la vivienda al campo y de regreso",
        ),
        ("Herramientas:", "Azadones, cuchillos, cubetas y guantes sin costo para el trabajador"),
        (
            "Requisitos:",
            "Mayor de 18 años y experiencia mínima de una temporada en trabajo de campo",
        ),
    ]
    d.grid(
        rows,
        widths=(44, 124),
        head=False,
        size=9.2,
        borders="NONE",
        bold_first=True,
        padding=0.55,
        after=2.5,
    )
    d.term("employer_identity", "4471 Sandhill Church Road, Kinston, North Carolina 28504")
    d.term("job_duties", "Trasplantar camote y tabaco, deshierbar con azadón")
    d.term(
        "work_location",
        "Campos de la empresa en los condados de Lenoir y Greene, Carolina del Norte",
    )
    d.term("employment_period", "Del 6 de abril al 20 de noviembre de 2026")
    d.term("hours_of_work", "8 horas diarias de lunes a viernes, de 7:00 a 15:30")
    d.term("wage_rate", "$16.90 dólares por hora")
    d.term("pay_frequency", "Semanal, los viernes")
    d.term("housing", "Gratuita, en el campamento de la empresa, 4480 Sandhill Church Road")
    d.term("meals", "Cocina equipada sin costo para que usted prepare sus alimentos")
    d.term("daily_transportation", "Gratuito, en camión de la empresa, de la vivienda al campo")
    d.term("tools_provided", "Azadones, cuchillos, cubetas y guantes sin costo para el trabajador")
    d.term("job_requirements", "experiencia mínima de una temporada en trabajo de campo")

    d.para(
        "VIAJE. El patrón compra el autobús de Monterrey a Kinston y paga directamente la cuota de la visa "
        "ante el consulado. Lo que usted gaste en el pasaje de Tlaxiaco a Monterrey se le reembolsa en su "
        "primer cheque, presentando sus boletos. Al terminar la temporada, el patrón paga su regreso hasta "
        "Tlaxiaco.",
        size=9.7,
        align="J",
    )
    d.term(
        "inbound_transportation",
        "Lo que usted gaste en el pasaje de Tlaxiaco a Monterrey se le reembolsa",
    )
    d.term("return_transportation", "el patrón paga su regreso hasta Tlaxiaco")
    d.para(
        "COMPROMISO DE LA AGENCIA. Enlace Jornalero del Valle, S.C. no le cobra comisión por colocarlo "
        "con el patrón; nuestros honorarios los cubre la empresa. Tampoco le pedimos regalos ni días de "
        "trabajo a cambio de su lugar.",
        size=9.7,
        align="J",
    )
    d.para(
        "DOCUMENTOS. Usted conserva en todo momento su pasaporte y su credencial para votar; la agencia "
        "solo saca fotocopia para integrar su solicitud.",
        size=9.7,
        align="J",
    )
    d.para(
        "Los gastos del proceso y quién cubre cada uno se detallan en el Anexo 1, que forma parte de esta "
        "carta.",
        size=9.7,
        align="J",
    )

    d.add_page()
    d.para(
        "ANEXO 1. GASTOS DEL PROCESO Y QUIÉN LOS CUBRE", size=10.5, style="B", align="C", after=3
    )
    d.grid(
        [
            ("Concepto", "Monto", "Lo cubre"),
            ("Cuota de la visa H-2A (MRV)", "205 dólares", "El patrón, pago directo"),
            (
                "Pasaje de Tlaxiaco a Monterrey",
                "aprox. 1,450 pesos",
                "Usted lo adelanta; el patrón se lo reembolsa en el primer cheque (nota 1)",
            ),
            ("Autobús de Monterrey a Kinston", "—", "El patrón"),
            ("Integración y seguimiento de expediente", "$7,850.00 M.N.", "El aspirante (nota 2)"),
            ("Hospedaje y alimentos en Monterrey", "aprox. 1 800 pesos", "El aspirante (nota 3)"),
            ("Regreso de Kinston a Tlaxiaco", "—", "El patrón"),
        ],
        widths=(68, 36, 64),
        size=9.2,
        fill=(240, 228, 210),
        after=4,
    )
    d.para("NOTAS", size=9.5, style="B", after=1.5)
    d.para(
        "1. Los reembolsos del patrón se pagan en dólares junto con el primer cheque semanal, contra "
        "entrega de los boletos originales.",
        size=9.5,
        align="J",
        indent=3,
    )
    q_fee = (
        "El aspirante cubrirá la cantidad de $7,850.00 (siete mil ochocientos cincuenta pesos 00/100 "
        "M.N.) por concepto de integración y seguimiento de expediente, en dos exhibiciones: la mitad al "
        "entregar sus documentos y el resto al recibir su fecha de cita."
    )
    d.para("2. " + q_fee, size=9.5, align="J", indent=3)
    d.fee("recruitment_fee", q_fee, 7850.0, "MXN")
    q_trv = (
        "El hospedaje y los alimentos en Monterrey durante los días del trámite consular, calculados en "
        "unos 1 800 pesos, corren por cuenta del aspirante y no forman parte del reembolso del patrón."
    )
    d.para("3. " + q_trv, size=9.5, align="J", indent=3)
    d.fee("travel_cost", q_trv, 1800.0, "MXN")
    d.para(
        "4. Los pagos a la agencia se hacen en la ventanilla de nuestra oficina y por cada uno se entrega "
        "recibo foliado con sello.",
        size=9.5,
        align="J",
        indent=3,
        after=8,
    )

    d.para("Atentamente", size=10, after=10)
    d.grid(
        [
            ("", ""),
            (
                "_____________________________\nLic. Rogelio Zárate Bautista\nDirector\nEnlace Jornalero del Valle, S.C.",
                "_____________________________\nDe conformidad:\nC. Abundio Cruz Sarabia\nAspirante",
            ),
        ],
        widths=(84, 84),
        head=False,
        size=9.2,
        borders="NONE",
        after=2,
    )

    meta = dict(
        program="h2a",
        language="es",
        recruiters=["Enlace Jornalero del Valle, S.C."],
        traps=[
            "'no le cobra comisión por colocarlo' (negated fee, contradicted by the annex)",
            "patrón paga directamente la cuota de la visa (MRV 205 dólares)",
            "worker advances bus fare Tlaxiaco-Monterrey but it is reimbursed in the first paycheck",
            "free housing, free kitchen, free daily transport, tools without cost",
            "worker keeps passport and voter ID; agency only photocopies",
            "receipts with folio for payments (not a fee by itself)",
        ],
        doc_type="recruiter_letter",
        layout="letter on agency letterhead (double rule) repeated each page; borderless label/value "
        "offer list; annex with gridded cost table and numbered notes hiding the charges; "
        "two-party borderless signature block",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl05
def cl05():
    """H-2B, English, compliant: golf club offer letter with terms grid, footnotes, 3 signatories."""
    d = Doc(
        fmt="Letter",
        margins=(25, 15, 25),
        bottom=18,
        base="serif",
        title="Offer of temporary H-2B employment - Golf Course Grounds Worker",
    )
    TEAL = (16, 92, 96)

    def hdr(p):
        if p.page_no() == 1:
            p.f(16, "B", "serif")
            p.set_text_color(*TEAL)
            p.cell(0, 7, p.t("Heron Marsh Golf & Country Club"), new_x="LMARGIN", new_y="NEXT")
            p.f(8, "", "sans")
            p.set_text_color(80, 80, 80)
            p.cell(
                0,
                4,
                p.t(
                    "Heron Marsh Golf & Country Club, LLC · 41 Sawgrass Bend Road · Pawleys Island, "
                    "South Carolina 29585 · (843) 555-0162"
                ),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            p.set_text_color(0, 0, 0)
            p.ln(8)
        else:
            p.f(8, "I", "serif")
            p.set_text_color(80, 80, 80)
            p.cell(
                0,
                4,
                p.t("E. L. Mendoza Cárdenas — offer of January 9, 2026 (continued)"),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            p.set_text_color(0, 0, 0)
            p.ln(4)

    def ftr(p):
        p.set_y(-12)
        p.f(7.5, "", "sans")
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, p.t(f"Page {p.page_no()} of {{nb}}"), align="C")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("January 9, 2026", size=10.5, after=4)
    d.para(
        "Mr. Efraín Lucio Mendoza Cárdenas\nCalle Hidalgo 18\nVilla de Arista, San Luis Potosí, México",
        size=10.5,
        after=4,
    )
    d.para(
        "Re: Offer of temporary H-2B employment, Golf Course Grounds Worker (SOC 37-3011)",
        size=10.5,
        style="B",
        after=3,
    )
    d.para("Dear Mr. Mendoza:", size=10.5, after=2.5)
    d.para(
        "Thank you for speaking with our grounds superintendent last month. We are pleased to offer you "
        "seasonal work on our grounds crew under the H-2B program, on the terms in this letter. Please "
        "read them carefully; a Spanish translation is enclosed and our recruiter will go over both "
        "copies with you.",
        size=10.5,
        align="J",
    )
    d.para(
        "You will help keep our 18-hole course in tournament condition: mowing greens, tees and fairways "
        "with walk-behind and riding reel mowers, raking bunkers, changing cups and tee markers, "
        "hand-watering dry spots, edging cart paths and clearing debris after storms. On weekend "
        "mornings you may be assigned to the cart barn, where you will wash and stage golf carts, load "
        "members' bags, and collect cart-rental and range-ball fees from guests, which you hand in to "
        "the pro shop at the end of the shift.",
        size=10.5,
        align="J",
        after=3,
    )
    d.term("job_duties", "mowing greens, tees and fairways")

    d.grid(
        [
            (
                "Employer",
                "Heron Marsh Golf & Country Club, LLC, 41 Sawgrass Bend Road, Pawleys Island, SC 29585",
            ),
            ("Worksite", "The Club's course, practice range and cart barn at the same address"),
            ("Dates", "March 2, 2026 through November 20, 2026"),
            (
                "Schedule",
                "40 hours per week, Tuesday through Saturday, 6:00 a.m. to 2:30 p.m., with an unpaid "
                "30-minute lunch",
            ),
            ("Pay", "$15.87 per hour ¹"),
            ("Overtime", "$23.81 per hour for every hour over 40 in a workweek"),
            ("Payday", "Weekly, each Friday, by direct deposit or paycheck, as you choose"),
            (
                "Requirements",
                "Three months of landscaping or golf course maintenance experience; able to lift 50 "
                "pounds; no driver's license required",
            ),
        ],
        widths=(30, 130),
        head=False,
        size=9.4,
        fam="sans",
        bold_first=True,
        first_fill=(226, 240, 240),
        after=2,
    )
    d.term(
        "employer_identity",
        "Heron Marsh Golf & Country Club, LLC, 41 Sawgrass Bend Road, Pawleys Island, SC 29585",
    )
    d.term("work_location", "The Club's course, practice range and cart barn at the same address")
    d.term("employment_period", "March 2, 2026 through November 20, 2026")
    d.term("hours_of_work", "40 hours per week, Tuesday through Saturday")
    d.term("wage_rate", "$15.87 per hour")
    d.term("overtime", "$23.81 per hour for every hour over 40 in a workweek")
    d.term("pay_frequency", "Weekly, each Friday")
    d.term("job_requirements", "Three months of landscaping or golf course maintenance experience")
    d.footnotes(
        [
            "¹ $15.87 is the prevailing wage the U.S. Department of Labor certified for this job in Georgetown "
            "County. If the Department publishes a higher prevailing wage for this job during your contract, the "
            "Club will pay the higher rate from the day it takes effect, and will never pay less than any "
            "applicable federal, state or local minimum wage.",
        ],
        page=1,
    )
    d.term(
        "wage_adjustment",
        "If the Department publishes a higher prevailing wage for this job during your contract",
    )

    d.add_page()
    P = dict(size=9.9, align="J", md=True, after=1.4)
    d.para(
        "**Deductions and pay statements.** From each paycheck the Club withholds only federal income "
        "tax, Social Security and Medicare as the law requires, and anything you ask us in writing to "
        "deduct for your own benefit, such as a money transfer home. Every payday you receive a statement "
        "showing the hours offered, the hours worked, your rate, gross pay, each deduction and net pay.",
        **P,
    )
    d.term("deductions", "withholds only federal income tax, Social Security and Medicare")
    d.term("earnings_statements", "Every payday you receive a statement showing the hours offered")
    d.para(
        "**Guaranteed hours.** For each 12-week period of the contract (and for the final partial "
        "period), the Club guarantees to offer you work for at least three-fourths of the workdays, "
        "counted in hours. If we offer less, we pay you the difference.",
        **P,
    )
    d.term("three_fourths_guarantee", "at least three-fourths of the workdays, counted in hours")
    d.para(
        "**Getting here.** Keep every receipt. In your first workweek the Club reimburses your bus fare "
        "from San Luis Potosí to Monterrey, your lodging and meals in Monterrey while your visa is "
        "processed, and your bus fare from Monterrey to Pawleys Island; for any day of travel without a "
        "receipt we pay the daily meal rate the Department of Labor publishes.²",
        **P,
    )
    d.term("inbound_transportation", "In your first workweek the Club reimburses your bus fare")
    d.para(
        "**Visa.** The Club pays the $205 visa fee directly when our recruiter books your appointment. If "
        "you are charged any fee at the border, the Club refunds it with your first paycheck on showing "
        "the receipt.",
        **P,
    )
    d.term("visa_reimbursement", "The Club pays the $205 visa fee directly")
    d.para(
        "**Going home.** If you finish the contract, or if the Club lets you go early for any reason "
        "other than a dismissal for cause, the Club pays your bus fare and meals back to San Luis Potosí.",
        **P,
    )
    d.term("return_transportation", "the Club pays your bus fare and meals back to San Luis Potosí")
    d.para(
        "**Tools and uniforms.** Mowers, rakes and hand tools, uniform shirts, a rain suit, hearing "
        "protection and safety boots are provided at no cost to you. No deposit is taken, and nothing is "
        "deducted when they wear out.",
        **P,
    )
    d.term("tools_provided", "provided at no cost to you. No deposit is taken")
    d.para(
        "**Housing and meals.** The Club offers a bed in its staff house at 18 Marsh Hen Court, Pawleys "
        "Island, free of rent and utilities, and a staff lunch is served free of charge in the grill room "
        "on every shift. You may live elsewhere if you prefer.",
        **P,
    )
    d.para(
        "**Leaving the job.** If you miss five workdays in a row without the Club's permission, we will "
        "treat it as abandonment and notify the Department of Labor and the Department of Homeland "
        "Security, as the program requires. The Club dismisses workers for cause only after a written "
        "warning, except for violence or theft.",
        **P,
    )
    d.term("termination", "If you miss five workdays in a row without the Club's permission")
    d.para(
        "**If the season ends early.** If a hurricane, flood, fire or another event beyond the Club's "
        "control makes the work impossible and the Department of Labor agrees, the Club may end the "
        "contract early. We will still pay the guaranteed hours up to that day and your trip home.",
        **P,
    )
    d.term(
        "contract_impossibility",
        "If a hurricane, flood, fire or another event beyond the Club's control",
    )
    d.para(
        "**No one may charge you.** Our recruiter in Mexico, Vía Laboral Potosina, S.C., is paid by the "
        "Club. Neither the recruiter nor anyone working with it may charge you a fee, ask for a deposit or "
        "accept a gift for this job. If anyone does, call our human resources office collect at (843) "
        "555-0162, and the Club will repay you.³",
        **P,
    )
    d.para(
        "To accept, please sign below and return one copy to Vía Laboral Potosina, S.C. before your "
        "consular appointment. We look forward to welcoming you in March.",
        size=9.9,
        align="J",
        after=2,
    )
    d.para("Sincerely,", size=9.9, after=0)
    d.grid(
        [
            ("For the Club", "Accepted by the worker", "Explained in Spanish by"),
            (
                "\n\n____________________\nWhitfield A. Pryor\nGeneral Manager",
                "\n\n____________________\nEfraín Lucio Mendoza Cárdenas\nDate: ____________",
                "\n\n____________________\nConsuelo Garza Beltrán\nVía Laboral Potosina, S.C.",
            ),
        ],
        widths=(53, 54, 53),
        size=8.8,
        fam="sans",
        borders="NONE",
        fill=(255, 255, 255),
        after=1,
    )
    d.footnotes(
        [
            "² Costs that would bring your first week's pay below the federal minimum wage are always repaid in "
            "that first week.",
            "³ Worker fees are prohibited by 20 CFR 655.20(o) and (p). Nothing in this letter requires you to pay "
            "the Club, the recruiter or any other person.",
        ],
        page=2,
    )

    meta = dict(
        program="h2b",
        language="en",
        recruiters=["Vía Laboral Potosina, S.C."],
        traps=[
            "'collect cart-rental and range-ball fees from guests' is a job duty",
            "employer pays the $205 visa fee directly; border fee refunded with first paycheck",
            "inbound bus, lodging and meals reimbursed in the first workweek",
            "statutory payroll taxes (Social Security, Medicare) listed as deductions",
            "voluntary money-transfer deduction authorised in writing",
            "tools, uniforms, boots free, no deposit",
            "staff house free of rent and utilities; free staff lunch",
            "recruiter paid by the club; 'may not charge you a fee, ask for a deposit'",
            "footnote citing the prohibition of worker fees",
        ],
        doc_type="offer_letter",
        layout="letter with letterhead on page 1 only and continuation header; 2-col gridded terms "
        "table; footnotes at page bottom (superscript markers); run-in bold paragraph heads; "
        "3-party borderless signature block",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl06
def cl06():
    """Generic, mixed ES/EN: exported WhatsApp chat with a recruiter, printed from a text editor."""
    d = Doc(
        fmt="Letter",
        margins=(18, 14, 18),
        bottom=16,
        base="mono",
        title="Chat de WhatsApp con Araceli Nava Puente Boreal.txt",
    )
    FN = "Chat de WhatsApp con Araceli Nava Puente Boreal.txt"

    def hdr(p):
        p.f(7.5, "", "mono")
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, p.t(FN), new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(3)

    def ftr(p):
        p.set_y(-11)
        p.f(7.5, "", "mono")
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, p.t(f"{p.page_no()}/{{nb}}"), align="R")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    A = "Araceli Nava Puente Boreal"
    M = "Marisol"
    WIDTH = 87

    def msg(ts, who, text, cont=False):
        d.f(9, "", "mono")
        lines = []
        for i, part in enumerate(text.split("\n")):
            prefix = f"{ts} - {who}: " if (i == 0 and not cont) else ""
            wrapped = textwrap.wrap(
                prefix + part, WIDTH, break_on_hyphens=False, break_long_words=False
            ) or [""]
            lines.extend(wrapped)
        h = len(lines) * 4.1
        if d.y + h > d.page_break_trigger:
            d.add_page()
        for ln_ in lines:
            d.cell(0, 4.1, d.t(ln_), new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)

    msg(
        "9/2/26, 10:12",
        M,
        "Buenos días, me pasó su número mi prima Lupita Cuautle, dice que están contratando "
        "para hoteles en Canadá",
    )
    msg(
        "9/2/26, 10:20",
        A,
        "Hola buen día Marisol ☺ sí, somos Puente Boreal Talento Migrante, reclutamos "
        "personal para hoteles de montaña en Alberta. Te paso la vacante tal como la "
        "mandó el empleador, viene en inglés:",
    )
    msg(
        "9/2/26, 10:21",
        A,
        "*JOB OFFER - ROOM ATTENDANT (NOC 65312)*\n"
        "Employer: Larchwood Ridge Lodge Ltd., 1402 Bow Valley Trail, Canmore, Alberta T1W 1N6, Canada\n"
        "Duties: clean and make up guest rooms and suites, change bed linen and towels, restock amenities, "
        "vacuum hallways, report maintenance issues to the housekeeping supervisor\n"
        "Workplace: Larchwood Ridge Lodge, Canmore, AB\n"
        "Contract: May 4, 2026 to October 31, 2026\n"
        "Hours: 40 hours per week, 5 shifts of 8 hours between 7:00 am and 4:00 pm\n"
        "Wage: CAD 18.50 per hour; overtime after 8 h/day or 44 h/week at 1.5x\n"
        "Pay: every two weeks by direct deposit\n"
        "Accommodation: shared room in the staff residence, no charge\n"
        "Travel: round-trip airfare Mexico City - Calgary and shuttle to Canmore paid by the employer\n"
        "No recruitment fees are charged to workers.",
    )
    d.term(
        "employer_identity", "Larchwood Ridge Lodge Ltd., 1402 Bow Valley Trail, Canmore, Alberta"
    )
    d.term("job_duties", "clean and make up guest rooms and suites")
    d.term("work_location", "Workplace: Larchwood Ridge Lodge, Canmore, AB")
    d.term("employment_period", "Contract: May 4, 2026 to October 31, 2026")
    d.term("hours_of_work", "Hours: 40 hours per week")
    d.term("wage_rate", "Wage: CAD 18.50 per hour")
    d.term("pay_frequency", "Pay: every two weeks by direct deposit")
    d.term("return_transportation", "round-trip airfare Mexico City - Calgary")
    msg(
        "9/2/26, 10:24",
        M,
        "Ay qué bueno. Y ustedes cuánto cobran? porque en otra agencia de Atlixco me "
        "pedían 25 mil pesos",
    )
    msg(
        "9/2/26, 10:26",
        A,
        "No no, nosotros no cobramos por colocarte, eso lo paga el hotel. Aquí no hay "
        '"cuota de inscripción" ni nada de eso',
    )
    msg(
        "9/2/26, 10:27",
        A,
        "Nada más mándame foto de tu pasaporte, de tu INE y tu nombre completo como viene "
        "en el pasaporte",
    )
    msg("9/2/26, 10:41", M, "Marisol Cuautle Pérez")
    d.term("worker_identity", "Marisol Cuautle Pérez")
    msg("9/2/26, 10:41", M, "<Multimedia omitido>")
    msg("9/2/26, 10:42", M, "<Multimedia omitido>")
    msg("9/2/26, 10:50", A, "Recibido ✓")
    msg(
        "13/2/26, 18:03",
        A,
        "Marisol ya salió aprobado el LMIA del hotel!! El hotel pagó los 1,000 dólares "
        "canadienses del trámite, tú no pagas nada de eso",
    )
    msg("13/2/26, 18:05", M, "Y el permiso de trabajo?")
    msg(
        "13/2/26, 18:07",
        A,
        "También lo paga el empleador, el permiso (155 dls) y la toma de huellas (85 dls). "
        "Te agendamos la cita en el centro de visas de la CDMX",
    )
    q_ins = (
        "Lo único que sí te toca es el seguro médico privado de los primeros tres meses, en lo que te sale "
        "la tarjeta de salud de Alberta: son MXN 4,350 y se depositan a la cuenta de la agencia."
    )
    msg("13/2/26, 18:09", A, q_ins)
    d.fee("insurance_cost", q_ins, 4350.0, "MXN")
    msg("13/2/26, 18:15", M, "ok y ese me lo regresan allá?")
    msg(
        "13/2/26, 18:16",
        A,
        "No, ese no se regresa, es por tu seguridad. Te paso los datos de la cuenta por la tarde",
    )
    msg(
        "20/2/26, 12:30",
        A,
        "Ya está tu vuelo: 2 de mayo, CDMX - Calgary. El boleto lo compró el hotel, ida y "
        "vuelta, no pagas nada. En Calgary las recoge la camioneta del hotel",
    )
    msg("20/2/26, 12:44", M, "Qué bien. Y allá cuánto cobran de renta?")
    msg(
        "20/2/26, 12:46",
        A,
        "Nada, el cuarto en la residencia del personal es gratis y el uniforme te lo dan ellos",
    )
    q_pas = (
        "Cuando lleguen, la supervisora de housekeeping les guarda los pasaportes en la caja fuerte de la "
        "oficina para que no se extravíen en la residencia."
    )
    msg("20/2/26, 12:47", A, q_pas)
    d.fee("document_retention", q_pas)
    msg("20/2/26, 12:51", M, "y si lo necesito?")
    msg("20/2/26, 12:52", A, "Se lo pides a ella y te lo presta, no hay problema")
    msg(
        "27/2/26, 09:15",
        A,
        "Te espero el martes en la oficina de Puebla para firmar tu contrato, trae copia "
        "de tu comprobante de domicilio. Y lo del seguro a más tardar el viernes eh, si "
        "no, no podemos confirmar tu lugar en el vuelo",
    )
    msg(
        "27/2/26, 09:31",
        M,
        "Sí licenciada, el jueves le deposito en la tienda y le mando foto del ticket",
    )
    msg("27/2/26, 09:32", A, "Perfecto ☺")

    meta = dict(
        program="generic",
        language="mixed",
        recruiters=["Puente Boreal Talento Migrante"],
        traps=[
            "'No recruitment fees are charged to workers' pasted job ad",
            "'nosotros no cobramos por colocarte ... no hay cuota de inscripción' (negated fee)",
            "LMIA fee CAD 1,000 paid by the hotel",
            "work permit and biometrics paid by the employer",
            "round-trip airfare bought by the hotel",
            "staff residence room free, uniform provided",
            "worker mentions 25 mil pesos asked by ANOTHER agency (not charged here)",
            "direct deposit every two weeks",
        ],
        doc_type="whatsapp_chat_export",
        layout="exported WhatsApp .txt printed in monospace (timestamp - sender: text), file-name "
        "header and page counter; Spanish chat with an English job ad pasted in",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl07
def cl07():
    """H-2B, Spanish, compliant: crab-processing contract; page 3 is an image-only scan."""
    d = Doc(
        fmt="Letter",
        margins=(20, 14, 20),
        bottom=20,
        base="cond",
        title="Contrato individual de trabajo temporal H-2B 2026",
    )
    RED = (140, 30, 30)

    def hdr(p):
        p.f(8.5, "B", "cond")
        p.set_text_color(*RED)
        p.cell(p.epw / 2, 4.5, p.t("CATTAIL POINT SEAFOOD PACKING, INC."))
        p.f(8.5, "", "cond")
        p.set_text_color(60, 60, 60)
        p.cell(
            p.epw / 2,
            4.5,
            p.t("Contrato de trabajo H-2B · Temporada 2026"),
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.rule(0.4, RED, after=4)

    def ftr(p):
        p.set_y(-15)
        p.rule(0.2, (150, 150, 150), after=1)
        p.f(7.5, "", "cond")
        p.cell(p.epw / 2, 4, p.t(f"Página {p.page_no()} de {{nb}}"))
        p.cell(p.epw / 2, 4, p.t("Iniciales de la trabajadora: ________"), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL (H-2B)", size=13, style="B", align="C", after=1)
    d.para(
        "Número de caso ETA H-400-26006-512907 · Trabajadora: Yesenia Guadalupe Ortiz Barrón",
        size=9,
        align="C",
        after=4,
    )
    d.para(
        "Este contrato lo celebran Cattail Point Seafood Packing, Inc., con domicilio en 4417 Hooper Neck "
        'Road, Fishing Creek, Maryland 21634, Estados Unidos ("la empresa"), y la trabajadora nombrada '
        "arriba, conforme a las condiciones certificadas por el Departamento de Trabajo de los Estados "
        "Unidos.",
        size=10,
        align="J",
        after=3,
    )
    d.term(
        "employer_identity",
        "Cattail Point Seafood Packing, Inc., con domicilio en 4417 Hooper Neck Road",
    )

    S = dict(size=10, align="J", md=True, after=1.8)
    d.para(
        "**1. Puesto y labores.** Peladora de cangrejo (código SOC 51-3022). Pelar cangrejo azul cocido al "
        "vapor, separar la carne por clase (jumbo, lump, backfin y tenaza), revisar que no lleve cáscara, "
        "envasarla en botes de una libra y limpiar la mesa y el equipo al terminar el turno.",
        **S,
    )
    d.term("job_duties", "Pelar cangrejo azul cocido al vapor")
    d.para(
        "**2. Requisitos.** No se exige experiencia. La trabajadora debe poder estar de pie ocho horas y "
        "usar un cuchillo de pelar; la empresa da una semana de capacitación pagada a su tarifa normal.",
        **S,
    )
    d.term(
        "job_requirements",
        "No se exige experiencia. La trabajadora debe poder estar de pie ocho horas",
    )
    d.para(
        "**3. Lugar de trabajo.** Planta de la empresa en 4417 Hooper Neck Road, Fishing Creek, Maryland.",
        **S,
    )
    d.term(
        "work_location", "Planta de la empresa en 4417 Hooper Neck Road, Fishing Creek, Maryland"
    )
    d.para("**4. Duración.** Del 1 de abril de 2026 al 30 de noviembre de 2026.", **S)
    d.term("employment_period", "Del 1 de abril de 2026 al 30 de noviembre de 2026")
    d.para(
        "**5. Jornada.** 40 horas por semana, de lunes a viernes, de 5:00 a 13:30 horas, con media hora de "
        "comida sin pago.",
        **S,
    )
    d.term("hours_of_work", "40 horas por semana, de lunes a viernes, de 5:00 a 13:30 horas")
    d.para(
        "**6. Salario.** $17.31 por hora. Cuando el destajo de $4.25 por libra de carne limpia da más, se "
        "paga el destajo. La cuota de libras que aparece cada día en el pizarrón es solo una meta: nadie "
        "pierde su trabajo ni parte de su pago por no alcanzarla.¹",
        **S,
    )
    d.term("wage_rate", "$17.31 por hora")
    d.para(
        "**7. Ajuste del salario.** Si el Departamento de Trabajo publica durante la temporada un salario "
        "prevaleciente más alto para este puesto, la empresa lo paga desde la fecha en que entra en "
        "vigor; nunca se paga menos que el salario mínimo federal, estatal o local.",
        **S,
    )
    d.term(
        "wage_adjustment",
        "Si el Departamento de Trabajo publica durante la temporada un salario prevaleciente más alto",
    )
    d.para(
        "**8. Horas extra.** $25.97 por hora por cada hora trabajada después de 40 en la semana.",
        **S,
    )
    d.term("overtime", "$25.97 por hora por cada hora trabajada después de 40")
    d.para(
        "**9. Pago y talón.** Cada viernes, por depósito directo a la cuenta de la trabajadora o con "
        "cheque. Con cada pago recibe un talón con las horas ofrecidas, las horas trabajadas, las libras, "
        "la tarifa, el total ganado, cada descuento y el neto.",
        **S,
    )
    d.term("pay_frequency", "Cada viernes, por depósito directo")
    d.term("earnings_statements", "Con cada pago recibe un talón con las horas ofrecidas")
    d.para(
        "**10. Descuentos.** Solo el impuesto federal, el impuesto del estado de Maryland, el Seguro Social "
        "y Medicare, y lo que la trabajadora autorice por escrito para su propio beneficio. La empresa no "
        "descuenta vivienda, transporte, herramientas, visa ni cuota alguna de reclutamiento.",
        **S,
    )
    d.term(
        "deductions",
        "Solo el impuesto federal, el impuesto del estado de Maryland, el Seguro Social",
    )
    d.para(
        "**11. Garantía de tres cuartas partes.** En cada periodo de 12 semanas la empresa ofrece trabajo "
        "por lo menos durante las tres cuartas partes de los días laborables, contadas en horas; si "
        "ofrece menos, paga la diferencia.",
        **S,
    )
    d.term(
        "three_fourths_guarantee",
        "por lo menos durante las tres cuartas partes de los días laborables",
    )
    d.para(
        "**12. Herramientas.** Cuchillo de pelar, guantes de malla, mandil, botas de hule y redecilla: sin "
        "costo y sin depósito.",
        **S,
    )
    d.term(
        "tools_provided",
        "Cuchillo de pelar, guantes de malla, mandil, botas de hule y redecilla: sin costo",
    )
    d.footnotes(
        [
            '¹ En esta cláusula "cuota" significa meta de producción, no un cobro. Ninguna persona '
            "puede cobrarle dinero por este empleo."
        ],
        page=1,
    )

    d.add_page()
    d.para(
        "**13. Vivienda.** La empresa ofrece cama en la casa de 118 Creek Road, Fishing Creek, sin renta y "
        "sin cobro de luz, agua o gas. Vivir ahí es voluntario.",
        **S,
    )
    d.para(
        "**14. Viaje de llegada.** En la primera semana de trabajo la empresa reembolsa el autobús de "
        "Pachuca a Monterrey, el hotel y las comidas en Monterrey y el transporte de Monterrey a Fishing "
        "Creek, si la trabajadora los pagó. Por lo general la empresa compra los boletos por adelantado.",
        **S,
    )
    d.term(
        "inbound_transportation",
        "En la primera semana de trabajo la empresa reembolsa el autobús de Pachuca a Monterrey",
    )
    d.para(
        "**15. Visa.** La empresa paga directamente los derechos de la visa (US$205 por persona); el "
        "comprobante del banco está en la página 3. Si en la frontera se cobra algún derecho de entrada, "
        "se le devuelve en el primer pago.",
        **S,
    )
    d.term(
        "visa_reimbursement",
        "La empresa paga directamente los derechos de la visa (US$205 por persona)",
    )
    d.para(
        "**16. Regreso.** Si la trabajadora termina el contrato, o si la empresa la deja ir antes por "
        "cualquier motivo que no sea despido justificado, la empresa paga su regreso hasta Pachuca.",
        **S,
    )
    d.term("return_transportation", "la empresa paga su regreso hasta Pachuca")
    d.para(
        "**17. Abandono y despido.** Faltar cinco días hábiles seguidos sin permiso se considera abandono "
        "y la empresa lo notificará al Departamento de Trabajo y al Departamento de Seguridad Nacional. "
        "El despido justificado solo procede por faltas graves, como robo, violencia o poner en peligro la "
        "inocuidad de los alimentos, y se entrega por escrito.",
        **S,
    )
    d.term("termination", "Faltar cinco días hábiles seguidos sin permiso se considera abandono")
    d.para(
        "**18. Si el trabajo se vuelve imposible.** Si un huracán, un incendio en la planta o el cierre "
        "de la pesquería por las autoridades hacen imposible continuar, y el Departamento de Trabajo lo "
        "autoriza, el contrato puede terminar antes; la empresa paga la garantía de tres cuartas partes "
        "hasta esa fecha y el regreso.",
        **S,
    )
    d.term(
        "contract_impossibility",
        "Si un huracán, un incendio en la planta o el cierre de la pesquería",
    )

    d.para("**19. Costos del proceso: quién los paga.**", size=10, md=True, after=1.5)
    d.grid(
        [
            ("Concepto", "Importe aproximado", "Paga", "Cuándo"),
            (
                "Derechos de visa H-2B (MRV)",
                "USD 205.00",
                "La empresa",
                "Antes de la cita (ver pág. 3)",
            ),
            (
                "Autobús Pachuca–Monterrey",
                "MXN 1,150",
                "La empresa",
                "Boleto comprado por la empresa",
            ),
            (
                "Hotel y comidas en Monterrey, 2 noches",
                "MXN 2,600",
                "La empresa",
                "Entregado en efectivo al llegar a Monterrey",
            ),
            (
                "Transporte Monterrey–Fishing Creek",
                "USD 310.00",
                "La empresa",
                "Boleto comprado por la empresa",
            ),
            (
                "Honorarios de la agencia reclutadora",
                "Según contrato con la empresa",
                "La empresa",
                "La agencia no cobra a la trabajadora",
            ),
            ("Regreso a Pachuca", "Según tarifa", "La empresa", "Al terminar el contrato"),
        ],
        widths=(52, 34, 24, 66),
        size=8.8,
        fam="cond",
        fill=(242, 222, 222),
        after=2.5,
    )
    d.para(
        "**20. Reclutamiento.** La empresa contrató a Enlace Costero Reclutamiento, S.C., de Pachuca, "
        "Hidalgo, y le paga todos sus honorarios. Ni la agencia ni sus empleados pueden pedirle dinero, "
        "regalos, depósitos ni trabajo gratis. Si usted pagó algo a alguien por este empleo, avise a la "
        "empresa y se le devolverá completo.",
        **S,
    )
    d.para(
        "**21. Documentos y quejas.** La trabajadora conserva su pasaporte y su visa. Puede quejarse ante "
        "la empresa o ante cualquier autoridad sin represalias.",
        **S,
    )

    # page 3: scanned bank receipt + signatures (image only)
    ops = [
        ("text", 20, 12, "CATTAIL POINT SEAFOOD PACKING, INC.", 8.5, True, False),
        ("text", 125, 12, "Contrato de trabajo H-2B · Temporada 2026", 8.5, False, False),
        ("line", 20, 17, 196, 17, 3),
        ("rect", 22, 26, 172, 98, 4),
        ("text", 30, 31, "BANCO DEL ALTIPLANO, S.A. — Sucursal Pachuca Centro", 11, True, False),
        ("text", 30, 39, "COMPROBANTE DE PAGO DE DERECHOS", 12, True, False),
        (
            "text",
            30,
            46,
            "Solicitud de visa de no inmigrante (MRV) — categoría H-2B",
            10,
            False,
            False,
        ),
        (
            "text",
            30,
            57,
            "Fecha: 09/03/2026        Folio: 88120457        Caja: 04",
            10,
            False,
            False,
        ),
        ("text", 30, 66, "Ordenante: CATTAIL POINT SEAFOOD PACKING, INC.", 10, False, False),
        (
            "text",
            30,
            74,
            "Concepto: derechos MRV para 14 solicitantes (lista anexa)",
            10,
            False,
            False,
        ),
        ("text", 30, 82, "Importe por solicitante: USD 205.00", 10, False, False),
        ("text", 30, 90, "Importe total: USD 2,870.00", 10, True, False),
        (
            "text",
            30,
            100,
            "Pago hecho por la empresa. Los solicitantes no realizaron ningún pago.",
            10,
            False,
            False,
        ),
        ("stamp", 148, 103, 40, 17, "PAGADO"),
        ("text", 20, 136, "ACUSE DE RECIBO DE LA TRABAJADORA", 11, True, False),
        (
            "text",
            20,
            145,
            "Recibí copia de este contrato en español, lo leí (o me fue leído) antes de firmar",
            10,
            False,
            False,
        ),
        ("text", 20, 151, "y conservo mi pasaporte.", 10, False, False),
        ("sign", 26, 185, 48),
        ("line", 20, 192, 92, 192, 3),
        ("text", 20, 194, "Yesenia Guadalupe Ortiz Barrón", 9.5, False, False),
        ("text", 20, 199, "Trabajadora", 9, False, False),
        ("sign", 122, 184, 44),
        ("line", 116, 192, 190, 192, 3),
        ("text", 116, 194, "Roberta Tilghman-Pruitt", 9.5, False, False),
        ("text", 116, 199, "Gerente de planta, por la empresa", 9, False, False),
        ("sign", 70, 226, 40),
        ("line", 64, 234, 140, 234, 3),
        ("text", 64, 236, "Testigo: Nereida Salas Quiroz", 9.5, False, False),
        ("text", 64, 242, "Fishing Creek, Maryland, a 2 de abril de 2026", 9, False, False),
        ("line", 20, 262, 196, 262, 2),
        ("text", 20, 264, "Página 3 de 3", 7.5, False, False),
        ("text", 140, 264, "Iniciales de la trabajadora: ___", 7.5, False, False),
    ]
    scan_src = " ".join(o[3] for o in ops if o[0] == "text")
    d.scanned_page(render_scan(ops, seed=7031), scan_src)

    meta = dict(
        program="h2b",
        language="es",
        recruiters=["Enlace Costero Reclutamiento, S.C."],
        traps=[
            "'cuota de libras' = production quota, not a fee (footnote says so)",
            "cost grid where 'Paga' is 'La empresa' for every row",
            "scanned bank receipt for MRV fees paid by the EMPLOYER (ordenante = empresa)",
            "inbound travel reimbursed in the first workweek; border fee refunded",
            "statutory taxes only (federal, Maryland, Social Security, Medicare)",
            "knife, mesh gloves, apron, boots free, no deposit",
            "optional house without rent or utilities (h2b)",
            "paid one-week training (not a training charge)",
            "refund promise if anyone was paid; agency paid by employer",
            "worker keeps passport; complaints without reprisals",
        ],
        doc_type="work_contract",
        layout="condensed font; running header with rule and footer with initials; numbered run-in "
        "clauses; footnote; 4-col who-pays grid; page 3 image-only scan (bank receipt with "
        "PAGADO stamp + signed acknowledgement)",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl08
def cl08():
    """H-2A, English: season agreement & camp rules booklet with callout boxes and a sign-off sheet."""
    d = Doc(
        fmt="Letter",
        margins=(24, 15, 24),
        bottom=18,
        base="cond",
        title="2026 H-2A Season Agreement and Camp Rules",
    )
    BLUE = (34, 58, 120)

    def hdr(p):
        p.f(8, "", "cond")
        p.set_text_color(*BLUE)
        p.cell(p.epw / 2, 4, p.t("Satilla Bend Blueberry Farms LLC"))
        p.cell(
            p.epw / 2,
            4,
            p.t("2026 Season Agreement & Camp Rules"),
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.ln(3)

    def ftr(p):
        p.set_y(-12)
        p.f(7.5, "", "cond")
        p.set_text_color(*BLUE)
        p.cell(0, 4, p.t(f"— {p.page_no()} —"), align="C")
        p.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.f(17, "B", "cond")
    d.set_text_color(*BLUE)
    d.multi_cell(
        0,
        8,
        d.t("SATILLA BEND BLUEBERRY FARMS LLC\n2026 H-2A SEASON AGREEMENT & CAMP RULES"),
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.para(
        "Read this booklet together with your job order and keep it with you all season.",
        size=9.5,
        style="I",
        align="C",
        after=4,
    )

    P = dict(size=9.8, align="J", md=True, after=1.8)

    def sec(n, t):
        d.heading(f"{n}.  {t}", size=10.8, color=BLUE, before=1.5, after=1)

    sec(1, "ABOUT THE FARM")
    d.para(
        "Satilla Bend Blueberry Farms LLC, 1450 Hurricane Creek Road, Alma, Georgia 31510. Farm office: "
        "(912) 555-0148, open Monday to Saturday from 6:00 a.m. to 5:00 p.m. Camp manager: Ruth Ann "
        "Deloach. Field manager: Osvaldo Pineda.",
        **P,
    )
    d.term(
        "employer_identity",
        "Satilla Bend Blueberry Farms LLC, 1450 Hurricane Creek Road, Alma, Georgia 31510",
    )

    sec(2, "YOUR JOB AND SEASON")
    d.para(
        "You will hand-harvest rabbiteye and southern highbush blueberries into picking buckets, empty "
        "full buckets into lugs at the end of the row, carry lugs to the field truck, and after harvest "
        "prune bushes and pull weeds. Work takes place in the farm's blocks on Hurricane Creek Road and "
        "on Pine Flat Road, Bacon County, Georgia. The season runs from April 13, 2026 to July 24, 2026.",
        **P,
    )
    d.term("job_duties", "hand-harvest rabbiteye and southern highbush blueberries")
    d.term(
        "work_location", "farm's blocks on Hurricane Creek Road and on Pine Flat Road, Bacon County"
    )
    d.term("employment_period", "from April 13, 2026 to July 24, 2026")

    sec(3, "HOURS AND PAY")
    d.para(
        "Work is Monday through Saturday, 7:00 a.m. to 3:30 p.m., with a 30-minute unpaid lunch, for 48 "
        "hours a week when the weather allows. The pay rate is $15.48 per hour. Paydays are every "
        "Thursday for the week that ended the Saturday before, by pay card or check. The pay card has no "
        "activation, monthly or ATM fees at the bank's own machines. Each paycheck comes with an itemized "
        "stub showing hours offered, hours worked, rate, gross pay, every deduction and net pay.",
        **P,
    )
    d.term("hours_of_work", "Monday through Saturday, 7:00 a.m. to 3:30 p.m.")
    d.term("wage_rate", "The pay rate is $15.48 per hour")
    d.term("pay_frequency", "Paydays are every Thursday")
    d.term("earnings_statements", "itemized stub showing hours offered, hours worked")
    q_ww = (
        "To encourage every worker to stay through the last picking, $0.75 of every hour paid is set "
        "aside in a season-completion account and released with the final paycheck to workers who "
        "remain until the release date."
    )
    d.box(
        "**SEASON-COMPLETION ACCOUNT.** "
        + q_ww
        + " Workers who finish the season also receive a $200 "
        "completion bonus from the farm, which is never taken out of wages.",
        size=9.6,
        md=True,
        fill=(230, 236, 248),
        border=BLUE,
    )
    d.fee("wage_withholding", q_ww, 0.75, "USD")

    sec(4, "WHAT COMES OUT OF YOUR CHECK")
    d.para(
        "The only deductions the farm makes are: federal income tax, if you ask for it on a W-4 form; the "
        "optional meal plan, if you sign up for it (section 6); and money you ask us in writing to send "
        "to your family, for which the farm pays the transfer charge.",
        **P,
    )
    d.term("deductions", "The only deductions the farm makes are: federal income tax")

    sec(5, "TOOLS AND EQUIPMENT")
    d.para(
        "All tools, buckets, harnesses, clippers and rain gear needed for the work are provided by the "
        "farm at no cost to you.",
        **P,
    )
    d.term(
        "tools_provided",
        "All tools, buckets, harnesses, clippers and rain gear needed for the work are provided",
    )
    q_eq = (
        "A $40.00 equipment deposit is taken from your first paycheck and paid back when you turn in your "
        "bucket, harness and clippers at the end of the season."
    )
    d.box(
        "**IMPORTANT.** " + q_eq + " Worn-out or broken tools are replaced free.",
        size=9.6,
        md=True,
        fill=(230, 236, 248),
        border=BLUE,
    )
    d.fee("equipment_charge", q_eq, 40.0, "USD")

    sec(6, "HOUSING AND MEALS")
    d.para(
        "Housing is free: there is no rent, no utility bill and no deposit for beds, bedding or keys. You "
        "will live at the farm camp, 1460 Hurricane Creek Road, Alma, which was inspected on March 30, "
        "2026. Each trailer has a full kitchen with a stove, refrigerator and cookware that you may use "
        "free of charge. If you prefer not to cook, you may join the optional meal plan run by the camp "
        "cook at $13.90 a day for three meals, which is below the maximum meal charge published by the "
        "U.S. Department of Labor; you may leave the plan with one week's notice.",
        **P,
    )
    d.term("housing", "Housing is free: there is no rent, no utility bill")
    d.term("meals", "Each trailer has a full kitchen with a stove, refrigerator and cookware")

    sec(7, "TRAVEL")
    d.para(
        "**Coming here.** When you have worked half of the season, the farm repays your bus fare from your "
        "home town and your meals on the road. Travel costs that would push your first "
        "week's pay below the minimum wage are repaid in the first week. **Getting to the fields.** A "
        "farm bus leaves the camp at 6:35 a.m. every workday and brings you back after work, free of "
        "charge. **Going home.** If you finish the season, or if the farm lets you go early without cause, the farm pays your bus fare and meals back home.",
        **P,
    )
    d.term(
        "inbound_transportation",
        "When you have worked half of the season, the farm repays your bus fare",
    )
    d.term("daily_transportation", "A farm bus leaves the camp at 6:35 a.m. every workday")
    d.term("return_transportation", "the farm pays your bus fare and meals back home")

    sec(8, "LEAVING THE JOB")
    d.para(
        "If you miss five workdays in a row without telling your crew leader, the farm will treat it as "
        "job abandonment and report it to the government within two working days. Fighting, theft, "
        "drinking on the job and repeated refusal to follow safety rules are causes for dismissal; you "
        "will be told the reason in writing and may give your side before the decision.",
        **P,
    )
    d.term("termination", "If you miss five workdays in a row without telling your crew leader")

    sec(9, "YOUR RIGHTS")
    d.bullets(
        [
            "No one may charge you for this job. If anybody asks you for money, tell the farm office.",
            "You keep your own passport and visa. The farm does not hold anyone's documents or car keys.",
            "You come and go from the camp as you please when you are not working.",
            "You may complain about pay, housing or safety to the farm, a lawyer or any agency without being "
            "punished or losing next year's job.",
        ],
        size=9.6,
        after=0.8,
    )

    d.add_page()
    d.heading("WORKER SIGN-OFF SHEET", size=12, color=BLUE, before=1, after=1)
    d.para(
        "Write your initials next to each section after it has been read to you or you have read it.",
        size=9.4,
        after=3,
    )
    d.grid(
        [("Section", "Topic", "Initials")]
        + [
            (str(i), t, "")
            for i, t in enumerate(
                [
                    "About the farm",
                    "Your job and season",
                    "Hours and pay",
                    "What comes out of your check",
                    "Tools and equipment",
                    "Housing and meals",
                    "Travel",
                    "Leaving the job",
                    "Your rights",
                ],
                1,
            )
        ],
        widths=(22, 110, 34),
        size=9.4,
        fam="cond",
        fill=(222, 228, 244),
        lh=6.5,
        after=6,
    )
    d.grid(
        [
            ("Worker", "For the farm", "Read aloud in Spanish by"),
            (
                "Name: ____________________\n\nSignature: ________________\n\nDate: ____________",
                "Ruth Ann Deloach\nCamp manager\n\nSignature: ________________",
                "Osvaldo Pineda\nField manager\n\nSignature: ________________",
            ),
        ],
        widths=(56, 55, 55),
        size=9,
        fam="cond",
        fill=(222, 228, 244),
        after=2,
    )

    meta = dict(
        program="h2a",
        language="en",
        recruiters=[],
        traps=[
            "$200 completion bonus paid by the farm on top of wages (lawful, next to the withholding)",
            "tools 'provided at no cost' boilerplate (contradicted by the deposit box)",
            "pay card without activation, monthly or ATM fees",
            "lawful H-2A optional meal plan $13.90/day below the DOL maximum",
            "free housing, no deposit for beds, bedding or keys",
            "free kitchen; free daily bus",
            "inbound fare repaid at 50% of season plus first-week minimum-wage rule",
            "transfer charge on remittances paid by the farm",
            "workers keep passports and car keys; free to come and go; no retaliation",
            "worn-out or broken tools replaced free",
        ],
        doc_type="worker_handbook",
        layout="booklet: big centred title, numbered blue section heads, shaded callout boxes hiding "
        "the charges, bullet list of rights, sign-off sheet with initials grid, header and "
        "page-number footer",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl09
def cl09():
    """Generic, Spanish (Guatemala -> Quebec greenhouse), compliant: offer letter, two-column cost box,
    four-party signature block."""
    d = Doc(
        fmt="Letter",
        margins=(22, 15, 22),
        bottom=18,
        base="sans",
        title="Oferta de empleo temporal - Les Serres Coteau-Vert inc.",
    )
    OL = (70, 100, 30)

    def hdr(p):
        p.f(14, "B", "serif")
        p.set_text_color(*OL)
        p.cell(0, 7, p.t("Les Serres Coteau-Vert inc."), new_x="LMARGIN", new_y="NEXT")
        p.f(8, "", "sans")
        p.set_text_color(80, 80, 80)
        p.cell(
            0,
            4,
            p.t(
                "2215, rang du Bas-de-la-Rivière, Saint-Rémi (Québec) J0L 2L0, Canada · NEQ 1164402981 "
                "· +1 450 555 0136"
            ),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(*OL)
        p.set_line_width(0.8)
        p.line(p.l_margin, p.y + 1, p.l_margin + 40, p.y + 1)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.ln(6)

    def ftr(p):
        p.set_y(-12)
        p.f(7.5, "", "sans")
        p.cell(0, 4, p.t(f"Oferta SCV-2027-GT-031 — hoja {p.page_no()} de {{nb}}"), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("Saint-Rémi, 3 de diciembre de 2026", size=10, align="R", after=3)
    d.para(
        "Señor\nJuan Ixcoy Tiú\nDPI 2541 87320 0801\nParaje Chuicacá, Totonicapán, Guatemala",
        size=10,
        after=3,
    )
    d.term("worker_identity", "Juan Ixcoy Tiú")
    d.para(
        "Asunto: oferta de empleo temporal y condiciones de trabajo, ayudante de invernadero",
        size=10,
        style="B",
        after=3,
    )
    d.para("Estimado señor Ixcoy:", size=10, after=2)
    d.para(
        "Nos complace ofrecerle un empleo temporal en nuestra empresa, en las condiciones que se detallan a "
        "continuación. Esta carta, firmada por usted, por la empresa y por la agencia, es su contrato de "
        "trabajo. Tómese el tiempo que necesite para leerla; puede consultarla con su familia o con quien "
        "usted quiera antes de firmar.",
        size=10,
        align="J",
        after=2.5,
    )

    P = dict(size=10, align="J", after=1.8)
    d.para(
        "1. Empleador. Les Serres Coteau-Vert inc., empresa registrada en Quebec con el número NEQ "
        "1164402981, con domicilio en 2215, rang du Bas-de-la-Rivière, Saint-Rémi (Québec) J0L 2L0, "
        "Canadá.",
        **P,
    )
    d.term("employer_identity", "Les Serres Coteau-Vert inc., empresa registrada en Quebec")
    d.para(
        "2. Puesto y funciones. Ayudante de invernadero (CNP 85101): trasplantar plántulas de tomate y "
        "pepino, deshojar, enrollar y bajar tallos, cosechar, limpiar pasillos y empacar producto en cajas "
        "de 15 libras.",
        **P,
    )
    d.term("job_duties", "trasplantar plántulas de tomate y pepino")
    d.para(
        "3. Lugar de trabajo. Invernaderos de la empresa en 2215, rang du Bas-de-la-Rivière, Saint-Rémi, y "
        "en 88, montée Lasalle, Saint-Michel (Québec).",
        **P,
    )
    d.term(
        "work_location", "Invernaderos de la empresa en 2215, rang du Bas-de-la-Rivière, Saint-Rémi"
    )
    d.para("4. Duración. Del 15 de marzo de 2027 al 30 de noviembre de 2027.", **P)
    d.term("employment_period", "Del 15 de marzo de 2027 al 30 de noviembre de 2027")
    d.para(
        "5. Horario. 45 horas por semana: de lunes a viernes de 7:00 a 16:00, con una hora de almuerzo "
        "no pagada, y sábados de 7:00 a 12:00.",
        **P,
    )
    d.term("hours_of_work", "45 horas por semana")
    d.para(
        "6. Salario. CAD 16.60 (dieciséis dólares canadienses con sesenta centavos) por hora, o el salario "
        "mínimo de Quebec si llega a ser mayor.",
        **P,
    )
    d.term("wage_rate", "CAD 16.60 (dieciséis dólares canadienses con sesenta centavos) por hora")
    d.para(
        "7. Pago. Cada jueves, por depósito directo a una cuenta a su nombre en un banco canadiense. La "
        "empresa le ayuda a abrirla en su primera semana y la apertura no le cuesta nada.",
        **P,
    )
    d.term("pay_frequency", "Cada jueves, por depósito directo")
    d.para(
        "8. Descuentos. De su salario solo se descuentan el impuesto sobre la renta federal y de Quebec y "
        "las cotizaciones obligatorias al Régimen de rentas de Quebec, al seguro de empleo y al Régimen "
        "de seguro parental, según las tasas que fija la ley. Cualquier otro descuento necesita su "
        "autorización por escrito.",
        **P,
    )
    d.term("deductions", "solo se descuentan el impuesto sobre la renta federal y de Quebec")
    d.para(
        "9. Vivienda. Vivirá en la casa de la empresa en 90, montée Lasalle, Saint-Michel, sin pagar renta, "
        "luz, agua, calefacción ni internet. La casa tiene cocina equipada y lavadoras de uso libre.",
        **P,
    )
    d.para(
        "10. Regreso. Al terminar el contrato, o si este termina antes por cualquier motivo, la empresa "
        "paga su boleto de avión de Montreal a la Ciudad de Guatemala.",
        **P,
    )
    d.term(
        "return_transportation",
        "la empresa paga su boleto de avión de Montreal a la Ciudad de Guatemala",
    )
    d.para(
        "11. Terminación. Cualquiera de las partes puede terminar el contrato con aviso escrito de dos "
        "semanas. La empresa solo puede despedirlo sin aviso por una falta grave comprobada, según la Ley "
        "de normas del trabajo de Quebec, y en ese caso también le paga el boleto de regreso.",
        **P,
    )
    d.term(
        "termination",
        "Cualquiera de las partes puede terminar el contrato con aviso escrito de dos semanas",
    )

    d.add_page()
    d.para(
        "12. Gastos de su contratación. Todos los gastos de la lista los paga la empresa. Ninguno se "
        "descuenta de su salario ni se le pide devolverlo:",
        **P,
    )
    col_w = (d.epw - 6) / 2
    y0 = d.y
    left = [
        ("Evaluación de impacto en el mercado laboral (EIMT)", "CAD 1,000"),
        ("Permiso de trabajo", "CAD 155"),
        ("Toma de datos biométricos", "CAD 85"),
        ("Examen médico con médico designado", "Q1,450"),
        ("Pasaje aéreo Guatemala–Montreal", "pagado por la empresa"),
    ]
    right = [
        ("Seguro médico privado hasta que tenga la tarjeta de la RAMQ", "pagado por la empresa"),
        ("Traslado del aeropuerto a Saint-Michel", "pagado por la empresa"),
        ("Honorarios de la agencia Senderos Chapines Colocaciones, S.A.", "pagados por la empresa"),
        ("Pasaje de regreso Montreal–Guatemala", "pagado por la empresa"),
        ("Botas, guantes y tijeras de cosecha", "entregados sin costo"),
    ]
    for col, items in ((0, left), (1, right)):
        d.set_xy(d.l_margin + col * (col_w + 6), y0)
        d.f(9, "")
        with d.table(
            col_widths=(col_w * 0.64, col_w * 0.36),
            width=col_w,
            first_row_as_headings=False,
            borders_layout="HORIZONTAL_LINES",
            line_height=4.2,
            text_align="LEFT",
            v_align="TOP",
            align="LEFT",
            padding=1.1,
        ) as tb:
            for a, b in items:
                r = tb.row()
                r.cell(d.t(a))
                r.cell(d.t(b))
        if col == 0:
            y_left = d.y
    d.set_y(max(y_left, d.y) + 3)
    d.para(
        "13. Pasaporte. Si usted sacó o renovó su pasaporte para este empleo, la empresa le devuelve lo "
        "que pagó por él (Q465 según su recibo) junto con su primer salario.",
        **P,
    )
    d.para(
        '14. Ningún cobro. Ni la empresa ni la agencia le cobrarán "inscripción", "trámite", '
        '"apartado" ni ninguna otra cuota, antes ni después del viaje. Si alguien le pide dinero por '
        "este empleo, no pague y avísenos al +1 450 555 0136 o a la agencia Senderos Chapines Colocaciones, S.A.; si ya pagó, la empresa le "
        "devuelve el dinero.",
        **P,
    )
    d.para(
        "15. Sus documentos. Usted guarda su pasaporte y su permiso de trabajo. Nadie en la empresa puede "
        "quedárselos.",
        **P,
    )
    d.para(
        "Si está de acuerdo, firme las dos copias de esta carta y entregue una a la agencia.", **P
    )
    d.ln(3)
    d.grid(
        [
            ("Por la empresa", "El trabajador", "Por la agencia", "Testigo"),
            (
                "\n\n__________________\nMarie-Josée Pelletier-Roy\nDirectora general",
                "\n\n__________________\nJuan Ixcoy Tiú",
                "\n\n__________________\nLcda. Brenda Xiloj Ajanel\nSenderos Chapines Colocaciones, S.A.\n"
                "Licencia MTPS-AE-0212",
                "\n\n__________________\nTomás Baten Chanchavac\nIntérprete k'iche'",
            ),
        ],
        widths=(43, 43, 43, 43),
        size=8.3,
        fill=(232, 238, 222),
        after=2,
    )

    meta = dict(
        program="generic",
        language="es",
        recruiters=["Senderos Chapines Colocaciones, S.A."],
        traps=[
            "two-column cost list (LMIA/EIMT CAD 1,000, permit, biometrics, medical Q1,450, flights, "
            "insurance, agency fees) all paid by the employer",
            "statutory contributions (RRQ, seguro de empleo, RQAP) deducted by law: not insurance_cost",
            "private health insurance until RAMQ paid by the employer",
            "passport fee (Q465) reimbursed with first wages",
            "bank account opening free; direct deposit",
            "free house (rent, power, water, heating, internet)",
            "negated charges: 'inscripción', 'trámite', 'apartado' with refund promise",
            "worker keeps passport and work permit",
        ],
        doc_type="offer_letter",
        layout="letter with serif letterhead and short rule on every page; numbered paragraphs; "
        "two side-by-side cost lists with horizontal rules; 4-party gridded signature block",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl10
def cl10():
    """Generic, English (Nepal -> Malaysia glove factory): agreement with particulars grid, clauses and
    a cost schedule with notes."""
    d = Doc(
        fmt="A4",
        margins=(20, 16, 20),
        bottom=18,
        base="serif",
        title="Employment Agreement - Production Operator",
    )

    def hdr(p):
        p.f(7.5, "", "sans")
        p.set_text_color(100, 100, 100)
        p.cell(p.epw / 2, 4, p.t("SCG/HR/FW-NP/2026/0412"))
        p.cell(p.epw / 2, 4, p.t("Employee's copy"), align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(2)

    def ftr(p):
        p.set_y(-13)
        p.f(7.5, "", "sans")
        p.cell(
            0,
            4,
            p.t(
                f"Page {p.page_no()} of {{nb}}        Employer ______    Employee ______    "
                "Agency ______"
            ),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("EMPLOYMENT AGREEMENT", size=15, style="B", align="C", after=0.5)
    d.para("(Foreign Worker, Manufacturing Sector)", size=9.5, style="I", align="C", after=4)
    d.para(
        "This Agreement is entered into on 2 June 2026 between SINAR CEMPAKA GLOVES SDN. BHD. (Company No. "
        "201501023817), Lot 17, Jalan Perindustrian Bukit Raja 3, Kawasan Perindustrian Bukit Raja, 41050 "
        'Klang, Selangor, Malaysia ("the Company"), and BIKASH TAMANG, son of Dil Bahadur Tamang, of Ward '
        "No. 5, Dhunibesi Municipality, Dhading District, Bagmati Province, Nepal, holder of Passport No. "
        '11928347 ("the Employee"), through the recruiting agency Kalinchowk Global Manpower Pvt. Ltd., '
        'Licence No. 1187/076/77, Gongabu, Kathmandu ("the Agency").',
        size=9.8,
        align="J",
        after=3,
    )
    d.term("employer_identity", "Lot 17, Jalan Perindustrian Bukit Raja 3")
    d.term("worker_identity", "BIKASH TAMANG")

    d.para("PARTICULARS OF EMPLOYMENT", size=10, style="B", after=1.5)
    d.grid(
        [
            ("Position", "Production Operator (glove dipping line)"),
            (
                "Duties",
                "Load formers onto the dipping line, inspect gloves for pinholes and tears, strip finished "
                "gloves, count and pack them in boxes of 100, and keep the line area clean.",
            ),
            (
                "Place of work",
                "The Company's factory at Lot 17, Jalan Perindustrian Bukit Raja 3, 41050 Klang, "
                "Selangor",
            ),
            ("Period", "1 September 2026 to 31 August 2028"),
            (
                "Hours",
                "45 hours a week: 8 hours a day Monday to Friday and 5 hours on Saturday, on rotating "
                "shifts; one paid rest day a week",
            ),
            ("Basic wage", "RM 1,700.00 per month"),
            (
                "Overtime",
                "1.5 times the hourly rate on working days, 2 times on rest days, 3 times on public "
                "holidays",
            ),
            ("Payday", "Monthly, not later than the 7th day of the following month"),
        ],
        widths=(34, 136),
        head=False,
        size=9.2,
        fam="sans",
        bold_first=True,
        first_fill=(236, 236, 236),
        after=3,
    )
    d.term("job_duties", "Load formers onto the dipping line")
    d.term("work_location", "The Company's factory at Lot 17")
    d.term("employment_period", "1 September 2026 to 31 August 2028")
    d.term("hours_of_work", "45 hours a week: 8 hours a day Monday to Friday")
    d.term("wage_rate", "RM 1,700.00 per month")
    d.term("pay_frequency", "Monthly, not later than the 7th day of the following month")

    S = dict(size=9.8, align="J", after=1.8)
    d.para(
        "1. WAGES. Wages are paid into a bank account opened in the Employee's own name. The Employee "
        "keeps his own bank card and PIN, and no officer of the Company or the Agency may hold them.",
        **S,
    )
    d.para(
        "2. DEDUCTIONS. Only the deductions allowed by the Employment Act 1955 are made: income tax (PCB) "
        "where payable, and any deduction the Employee asks for in writing, such as remittances to his "
        "family in Nepal. The costs in Schedule 2 are dealt with as stated there.",
        **S,
    )
    d.term("deductions", "Only the deductions allowed by the Employment Act 1955 are made")
    d.para(
        "3. ACCOMMODATION AND TRANSPORT. The Company provides hostel accommodation at No. 8, Jalan Sungai "
        "Udang 2, Klang, meeting the Employees' Minimum Standards of Housing, Accommodations and Amenities "
        "Act 1990, and a free bus between the hostel and the factory for every shift. No rent, utilities "
        "or transport charge is taken from wages.",
        **S,
    )
    d.para(
        "4. MEDICAL CARE. The Company pays for the medical examination required after arrival and for the "
        "hospitalisation and surgical insurance and the compensation scheme required for foreign "
        "workers.",
        **S,
    )
    d.para(
        "5. LEAVE. The Employee is entitled to paid annual leave, sick leave and public holidays as "
        "provided by the Employment Act 1955.",
        **S,
    )
    d.para(
        "6. TRAVEL. In keeping with the Government of Nepal's free-visa, free-ticket policy, the Company "
        "pays the Employee's air ticket from Kathmandu to Kuala Lumpur and, at the end of this Agreement "
        "or if it ends earlier for any reason, his air ticket from Kuala Lumpur back to Kathmandu.",
        **S,
    )
    d.term("return_transportation", "his air ticket from Kuala Lumpur back to Kathmandu")

    d.add_page()
    d.para(
        "7. PASSPORT. The Employee keeps his own passport and work pass at all times. The Company may take "
        "a photocopy for its records.",
        **S,
    )
    d.para(
        "8. SAFETY. The Company provides gloves, aprons, safety shoes, masks and ear plugs free of charge "
        "and trains the Employee in safe work on the dipping line during paid working hours.",
        **S,
    )
    d.para(
        "9. TERMINATION. Either party may end this Agreement by giving four weeks' written notice. The "
        "Company may dismiss the Employee for misconduct only after due inquiry under section 14 of the "
        "Employment Act 1955.",
        **S,
    )
    d.term(
        "termination", "Either party may end this Agreement by giving four weeks' written notice"
    )
    q_ld = (
        "Should the Employee end this Agreement before completing twelve months of service, he shall pay "
        "the Company liquidated damages equal to two weeks' wages, which may be set off against any sum "
        "due to him."
    )
    d.para(
        "10. CONTINUITY OF SERVICE. The Company invests considerable time in training each operator. "
        + q_ld,
        **S,
    )
    d.fee("breach_penalty", q_ld)
    d.para(
        "11. ZERO-COST RECRUITMENT. The Company bears the foreign worker levy, the Agency's service "
        "charge, the calling visa, visa stamping, the pre-departure medical examination, insurance and "
        "air tickets. The Employee shall not be asked to pay any of them to the Company, the Agency or "
        "any other person.",
        **S,
    )
    d.para(
        "12. GRIEVANCES. The Employee may raise any complaint with his supervisor, the Company's human "
        "resources office, the Labour Department of Peninsular Malaysia or the Embassy of Nepal in Kuala "
        "Lumpur without fear of dismissal or any other penalty.",
        **S,
    )
    d.para(
        "13. GOVERNING LAW. This Agreement is governed by the laws of Malaysia. The English text is the "
        "binding text; a Nepali translation has been read to the Employee.",
        **S,
    )
    d.ln(2)

    d.para("SCHEDULE 2: COSTS OF EMPLOYMENT AND WHO BEARS THEM", size=10.5, style="B", after=2)
    d.grid(
        [
            ("Item", "Amount", "Borne by"),
            ("Foreign worker levy (yearly)", "RM 1,850.00", "Company"),
            ("Agency service charge", "NPR 95,000 (invoiced to the Company)", "Company"),
            ("Calling visa and visa stamping", "as charged", "Company"),
            (
                "Temporary Employment Visit Pass (PLKS), issue and yearly renewal",
                "RM 485.00 a year",
                "Advanced by the Company (note 3)",
            ),
            ("Medical examination after arrival", "as charged", "Company"),
            (
                "Hospitalisation and surgical insurance; compensation scheme",
                "as charged",
                "Company",
            ),
            (
                "Foreign Employment Welfare Fund and pre-departure orientation (Nepal)",
                "NPR 2,200",
                "Refunded to the Employee (note 4)",
            ),
            ("Air ticket Kathmandu to Kuala Lumpur and return", "as charged", "Company"),
        ],
        widths=(78, 52, 40),
        size=8.8,
        fam="sans",
        fill=(232, 232, 232),
        after=2,
    )
    N = dict(size=8.9, align="J", after=1.2, fam="sans")
    d.para("Notes:", size=8.9, style="B", after=1, fam="sans")
    d.para("1. The levy is paid by the Company each year and is never deducted from wages.", **N)
    d.para(
        "2. The Agency's service charge is invoiced to and paid by the Company; the Agency issues its "
        "receipt to the Company.",
        **N,
    )
    q_pass = (
        "The Temporary Employment Visit Pass fee and its yearly renewal, RM 485.00 a year, are advanced "
        "by the Company and recovered from the Employee's wages in five monthly instalments of RM 97.00."
    )
    d.para("3. " + q_pass, **N)
    d.fee("visa_cost", q_pass, 485.0, "MYR")
    d.para(
        "4. The Employee pays the welfare fund contribution and the orientation fee in Kathmandu; the "
        "Agency refunds both in cash on the day of departure, against the receipts, from funds provided "
        "by the Company.",
        **N,
    )
    d.add_page()
    d.para("ACKNOWLEDGEMENT", size=10.5, style="B", after=2)
    d.para(
        "The Employee confirms that this Agreement, including Schedule 2, was read to him in Nepali by "
        "the Agency's orientation officer at Gongabu, Kathmandu, before he signed it, and that he received "
        "a signed copy to keep.",
        size=9.8,
        align="J",
        after=6,
    )
    d.grid(
        [
            ("For the Company", "The Employee", "For the Agency", "Witness"),
            (
                "\n\n_______________\nLim Wei Siang\nDirector, Human Resources",
                "\n\n_______________\nBikash Tamang\n(left thumb impression if unable to sign)",
                "\n\n_______________\nRam Prasad Ghimire\nManaging Director",
                "\n\n_______________\nSita Kumari Adhikari",
            ),
        ],
        widths=(42.5, 42.5, 42.5, 42.5),
        size=8.3,
        fam="sans",
        borders="NONE",
        fill=(255, 255, 255),
        after=1,
    )

    meta = dict(
        program="generic",
        language="en",
        recruiters=["Kalinchowk Global Manpower Pvt. Ltd."],
        traps=[
            "'zero-cost recruitment' clause: levy, agency charge, calling visa, visa stamping paid by "
            "the Company (contradicted only by the PLKS note)",
            "foreign worker levy RM 1,850 borne by the Company, never deducted",
            "agency service charge NPR 95,000 invoiced to the Company, receipt issued to the Company",
            "Nepal welfare fund and orientation fee refunded to the worker",
            "free-visa free-ticket: tickets both ways paid by the Company",
            "worker keeps bank card, PIN, passport and work pass",
            "four weeks' notice by either party (lawful notice, not a penalty)",
            "medical, insurance, PPE and training at the Company's cost",
        ],
        doc_type="employment_agreement",
        layout="A4 serif agreement; reference header and initials footer on each page; gridded "
        "particulars table; capitalised numbered clauses; schedule grid with numbered notes; "
        "4-party borderless signature row",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl11
def cl11():
    """H-2A, English, compliant: Christmas-tree job offer in two newspaper columns, who-pays grid."""
    d = Doc(
        fmt="Letter",
        margins=(16, 13, 16),
        bottom=17,
        base="sans",
        title="Work contract - Fraser fir production workers 2026",
    )
    PINE = (20, 70, 50)

    def hdr(p):
        p.f(8, "B", "sans")
        p.set_text_color(*PINE)
        p.cell(p.epw / 2, 4, p.t("Laurel Knob Evergreens LLC"))
        p.f(8, "", "sans")
        p.cell(
            p.epw / 2,
            4,
            p.t("H-2A job offer · clearance order NC-1037726"),
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.rule(0.3, PINE, after=3)

    def ftr(p):
        p.set_y(-12)
        p.rule(0.3, PINE, after=1)
        p.f(7.5, "", "sans")
        p.cell(p.epw / 3, 4, p.t("Worker copy"))
        p.cell(p.epw / 3, 4, p.t(f"Page {p.page_no()} of {{nb}}"), align="C")
        p.cell(p.epw / 3, 4, p.t("Worker initials: ______"), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para(
        "WORK CONTRACT: FRASER FIR PRODUCTION WORKERS, 2026 SEASON",
        size=14,
        style="B",
        align="C",
        color=PINE,
        after=2,
    )
    d.para(
        'Laurel Knob Evergreens LLC ("the farm") offers 26 temporary H-2A positions on the terms below. '
        "These terms are the contract between the farm and each worker. A Spanish copy is handed out "
        "together with this English copy before the consular interview.",
        size=9.6,
        align="J",
        after=2.5,
    )
    d.grid(
        [
            (
                "Employer",
                "Laurel Knob Evergreens LLC, 2210 Nettle Ridge Road, Jefferson, North Carolina 28640 · "
                "(336) 555-0193",
            ),
            ("Job", "Farmworker, nursery and Christmas tree production (SOC 45-2092)"),
            ("Contract period", "February 16, 2026 to December 18, 2026"),
            (
                "Hours",
                "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with an unpaid 30-minute lunch",
            ),
            (
                "Rate of pay",
                "$17.32 per hour; $0.42 per tree for baling in November and December when that pays more",
            ),
            ("Payday", "Every Friday, for the week that ended the Saturday before"),
        ],
        widths=(34, 150),
        head=False,
        size=9,
        bold_first=True,
        first_fill=(225, 238, 230),
        after=3,
    )
    d.term(
        "employer_identity",
        "Laurel Knob Evergreens LLC, 2210 Nettle Ridge Road, Jefferson, North Carolina 28640",
    )
    d.term("employment_period", "February 16, 2026 to December 18, 2026")
    d.term("hours_of_work", "40 hours a week, Monday to Friday, 7:00 a.m. to 3:30 p.m.")
    d.term("wage_rate", "$17.32 per hour")
    d.term("pay_frequency", "Every Friday, for the week that ended the Saturday before")

    sections = [
        (
            "1. What you will do",
            "Plant fir seedlings with dibble bars in March and April; hoe and mow between rows; shear trees to "
            "shape with shearing knives from June through August; measure, grade and tag trees in September and "
            "October; and at harvest cut, drag, shake, bale and load trees onto trailers. At the wholesale yard "
            "workers also help customers' drivers load their trucks.",
        ),
        (
            "2. Who can apply",
            "At least three months of experience in nursery, Christmas tree or hand-harvest work. Workers must "
            "be able to lift 60 pounds, work on steep hillsides in cold and rain, and handle a shearing knife "
            "safely after the farm's paid training.",
        ),
        (
            "3. Where the work is",
            "The home farm at 2210 Nettle Ridge Road, Jefferson; the Big Horse Creek fields on Ray Taylor Road, "
            "Lansing, NC 28643; and the Piney Creek field at 5 Brushy Fork Road, Piney Creek, NC 28663.",
        ),
        (
            "4. How pay is figured",
            "The farm pays $17.32 an hour. It will always pay at least the highest of the Adverse Effect Wage "
            "Rate, the prevailing wage, any agreed collective bargaining rate and the federal or state minimum "
            "wage; if a higher rate is published during the contract, the farm pays it from its effective date. "
            "In a baling week, a worker who earns more at $0.42 per tree is paid the piece rate for that week.",
        ),
        (
            "5. Payday and pay stubs",
            "Pay is issued every Friday by direct deposit, by a pay card that carries no fees of any kind, or by "
            "check, as the worker chooses. Each payday the worker gets a written statement of hours offered, "
            "hours worked, rate, trees baled, gross pay, every deduction and net pay.",
        ),
        (
            "6. Deductions",
            "Only these amounts are ever deducted: federal income tax if the worker asks for withholding on a "
            "W-4; amounts a court orders; and amounts the worker authorizes in writing for his own benefit, such "
            "as wire transfers home. The farm pays the wire charge on those transfers.",
        ),
        (
            "7. Work guarantee",
            "The farm guarantees each worker employment for at least three-fourths of the workdays in the "
            "contract period, counted in hours. If it offers less, it pays the worker what he would have earned "
            "for the shortfall.",
        ),
        (
            "8. Housing",
            "Housing is free. Workers live in the farm's bunkhouses at 2230 Nettle Ridge Road, Jefferson, which "
            "passed state inspection on January 27, 2026. There is no rent, no charge for electricity, water, "
            "propane or heat, and no deposit for keys, mattresses or bedding.",
        ),
        (
            "9. Meals and kitchens",
            "Each bunkhouse has a full kitchen with stoves, refrigerators, pots and dishes, free for workers to "
            "use. During harvest, hot lunches are brought to the field at no charge.",
        ),
        (
            "10. Getting here",
            "The farm buys each worker's bus ticket from his home town to Monterrey, pays the hotel and meals "
            "there while the visa is processed, and buys the ticket from Monterrey to Jefferson. A worker who "
            "still pays any travel, lodging or meal cost on the way is repaid in full with his first paycheck, "
            "on showing a receipt or, without one, at the standard daily rate.",
        ),
        (
            "11. Going home",
            "A worker who finishes the contract, or whom the farm lets go early for a reason that is not his "
            "fault, gets a paid ticket and meals for the trip back to the place he was recruited from.",
        ),
        (
            "12. Daily rides",
            "Farm vans carry workers free of charge from the bunkhouses to every field and back each workday.",
        ),
        (
            "13. Tools and protective gear",
            "Shearing knives, leg guards, gloves, dibble bars, chainsaw chaps, hearing protection and rain suits "
            "are provided free of charge. The farm replaces worn gear at its own cost and never asks for a "
            "deposit.",
        ),
        (
            "14. Injuries",
            "Every worker is covered from the first day by the farm's workers' compensation insurance with "
            "Piedmont Mutual Agricultural Insurance, policy WC-44718-NC, which pays medical care and lost wages "
            "for work injuries.",
        ),
        (
            "15. Leaving and dismissal",
            "A worker who misses five consecutive scheduled workdays without telling the farm is treated as "
            "having abandoned the job, and the farm notifies the Department of Labor and the Department of "
            "Homeland Security within two working days. A worker may be dismissed for cause, such as violence, "
            "theft or repeated safety violations, only after being told the reason in writing.",
        ),
        (
            "16. If the work becomes impossible",
            "If fire, hail, drought, flood or another act of God beyond the farm's control makes the work "
            "impossible and the Department of Labor certifies it, the farm may end the contract early. It will "
            "still pay the three-fourths guarantee up to that date and the trip home, and will try to place "
            "the worker with another employer.",
        ),
        (
            "17. Fair treatment",
            "The farm does not hold passports or visas; each worker keeps his own. No one is threatened, put on "
            "a do-not-rehire list or reported to immigration for complaining about pay or conditions or for "
            "talking to a lawyer.",
        ),
    ]
    with d.text_columns(ncols=2, gutter=7, balance=True, text_align="J") as cols:
        for head, body in sections:
            d.f(9.2, "B")
            d.set_text_color(*PINE)
            with cols.paragraph(text_align="LEFT", top_margin=1.6) as par:
                par.write(d.t(head))
            d.set_text_color(0, 0, 0)
            d.f(9, "")
            with cols.paragraph(bottom_margin=0.4) as par:
                par.write(d.t(body))
    d.term("job_duties", "Plant fir seedlings with dibble bars")
    d.term("job_requirements", "At least three months of experience in nursery")
    d.term("work_location", "5 Brushy Fork Road, Piney Creek")
    d.term("wage_adjustment", "It will always pay at least the highest of the Adverse Effect Wage")
    d.term(
        "earnings_statements", "Each payday the worker gets a written statement of hours offered"
    )
    d.term("deductions", "Only these amounts are ever deducted: federal income tax")
    d.term("three_fourths_guarantee", "guarantees each worker employment")
    d.term("housing", "Housing is free. Workers live in the farm's bunkhouses")
    d.term("meals", "Each bunkhouse has a full kitchen")
    d.term(
        "inbound_transportation",
        "The farm buys each worker's bus ticket from his home town to Monterrey",
    )
    d.term("return_transportation", "gets a paid ticket and meals for the trip back")
    d.term("daily_transportation", "Farm vans carry workers free of charge from the bunkhouses")
    d.term("tools_provided", "are provided free of charge. The farm replaces worn gear")
    d.term("workers_compensation", "workers' compensation insurance with Piedmont Mutual")
    d.term("termination", "A worker may be dismissed for cause")
    d.term("contract_impossibility", "If fire, hail, drought, flood or another act of God")

    d.ln(3)
    if d.y > d.page_break_trigger - 95:
        d.add_page()
    d.para("WHO PAYS FOR WHAT", size=11, style="B", color=PINE, after=1.5)
    d.grid(
        [
            ("Cost", "Who pays", "When", "Worker pays"),
            (
                "H-2A visa fee (MRV) and appointment",
                "The farm",
                "Before the interview, directly",
                "$0.00",
            ),
            (
                "Passport, if obtained for this job",
                "The farm",
                "Repaid with the first paycheck, with receipt",
                "$0.00",
            ),
            (
                "Bus to Monterrey, hotel and meals during visa processing",
                "The farm",
                "Bought in advance",
                "$0.00",
            ),
            ("Bus from Monterrey to Jefferson", "The farm", "Ticket bought by the farm", "$0.00"),
            (
                "Recruiter's fee",
                "The farm",
                "Under its written contract with the recruiter",
                "$0.00",
            ),
            ("Housing and utilities", "The farm", "Whole season", "$0.00"),
            ("Tools and protective gear", "The farm", "First day of work", "$0.00"),
            ("Trip home", "The farm", "End of the contract", "$0.00"),
        ],
        widths=(70, 26, 64, 24),
        size=8.7,
        fill=(225, 238, 230),
        after=3,
    )
    d.para(
        "Recruitment. The farm's recruiter in Mexico is Cumbre Azul Agro Reclutamiento, S. de R.L. de "
        "C.V., of Huamantla, Tlaxcala. The farm pays all of its charges. The recruiter, and anyone working "
        "with it, has agreed in writing not to ask workers for money, gifts, labor or any deposit. A worker "
        "who is asked to pay anything should call the farm at (336) 555-0193; the farm will repay him and "
        "end its contract with the recruiter.",
        size=9.2,
        align="J",
        after=4,
    )
    d.grid(
        [
            ("For the farm", "For the farm", "Worker", "Interpreter"),
            (
                "\n\n________________\nHarlan T. Greer\nManaging member",
                "\n\n________________\nPatrice Wooten\nOffice manager",
                "\n\n________________\nName:\nDate:",
                "\n\n________________\nRubén Osorio Lemus",
            ),
        ],
        widths=(46, 46, 46, 46),
        size=8.5,
        fill=(225, 238, 230),
        after=1,
    )

    meta = dict(
        program="h2a",
        language="en",
        recruiters=["Cumbre Azul Agro Reclutamiento, S. de R.L. de C.V."],
        traps=[
            "who-pays grid: every row 'The farm', worker pays $0.00 (visa, passport, travel, recruiter, "
            "housing, tools, trip home)",
            "passport repaid with the first paycheck",
            "pay card 'carries no fees of any kind'; direct deposit",
            "wire charge on remittances paid by the farm",
            "no deposit for keys, mattresses or bedding; free housing and utilities",
            "free kitchen and free hot lunches at harvest",
            "inbound costs prepaid; anything the worker paid repaid with the first paycheck",
            "tools free, 'never asks for a deposit'",
            "no do-not-rehire list, no report to immigration for complaining",
            "recruiter paid by the farm, agreed not to ask for money, gifts, labor or deposits",
            "'help customers' drivers load their trucks' (customer service duty, no money)",
        ],
        doc_type="job_order",
        layout="two balanced newspaper columns with numbered heads; key-facts grid above the columns; "
        "full-width who-pays grid; 4-party gridded signature row; rule header and 3-part footer",
    )
    return d, meta


# ---------------------------------------------------------------------------- cl12
def cl12():
    """H-2B, Spanish (Honduras -> Arkansas forestry): agency offer sheet + requirements checklist."""
    d = Doc(
        fmt="Legal",
        margins=(22, 16, 22),
        bottom=20,
        base="sans",
        title="Hoja de oferta, requisitos y compromisos H-2B 2027",
    )
    BLUE = (0, 70, 140)

    def hdr(p):
        p.set_fill_color(*BLUE)
        p.rect(0, 0, p.w, 4, style="F")
        p.set_y(8)
        p.f(12, "B", "sans")
        p.set_text_color(*BLUE)
        p.cell(
            0,
            6,
            p.t("SERVICIOS LABORALES SULA INTERNACIONAL"),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.f(8, "", "sans")
        p.set_text_color(70, 70, 70)
        p.cell(
            0,
            4,
            p.t(
                "Barrio Río de Piedras, 8 calle, 21 avenida S.O., San Pedro Sula, Cortés, Honduras · "
                "Tel. +504 2555-0190"
            ),
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.ln(5)

    def ftr(p):
        p.set_y(-14)
        p.f(7.5, "", "sans")
        p.cell(
            0,
            4,
            p.t(f"SLSI · Programa H-2B forestal 2027 · Página {p.page_no()} de {{nb}}"),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para("HOJA DE OFERTA, REQUISITOS Y COMPROMISOS", size=13, style="B", align="C", after=0.5)
    d.para("Programa de visas H-2B · Temporada de reforestación 2027", size=10, align="C", after=4)
    d.para("San Pedro Sula, 9 de noviembre de 2026", size=10, align="R", after=3)
    d.para(
        "Señor Wilmer Josué Castellanos Amaya, DNI 1601-1996-00483, aldea El Ocotillo, Santa Bárbara:",
        size=10,
        after=2,
    )
    d.para(
        "Servicios Laborales Sula Internacional, S. de R.L. le comunica que usted fue seleccionado para "
        "trabajar en Estados Unidos con visa H-2B en la próxima temporada de siembra de pino. Estas son "
        "las condiciones que ofrece el empleador y los compromisos que usted adquiere con nuestra agencia. "
        "Léalas bien; si tiene dudas, pregúntenos antes de firmar.",
        size=10,
        align="J",
        after=3,
    )

    d.para("DATOS DEL EMPLEO", size=10, style="B", color=BLUE, after=1.5)
    d.grid(
        [
            (
                "Empleador",
                "Piney Hollow Reforestation Services LLC, 88 Loblolly Lane, Monticello, Arkansas 71655, "
                "EE. UU.",
            ),
            ("Puesto", "Trabajador forestal, plantador de pino (SOC 45-4011)"),
            (
                "Labores",
                "Sembrar plántulas de pino con barra de siembra, cargar la bolsa de plántulas por el "
                "terreno, limpiar maleza con machete y aplicar herbicida con bomba de mochila.",
            ),
            (
                "Lugar de trabajo",
                "Terrenos forestales de los clientes del empleador en los condados de Drew, "
                "Ashley y Bradley, Arkansas, y Morehouse, Luisiana",
            ),
            ("Periodo", "Del 4 de enero de 2027 al 23 de abril de 2027"),
            (
                "Jornada",
                "40 horas por semana, de lunes a viernes; la hora de salida del motel depende de la "
                "distancia al terreno",
            ),
            (
                "Salario",
                "$17.05 por hora; la siembra por pieza se paga a $0.09 por árbol cuando da más",
            ),
            (
                "Pago",
                "Cada semana, los viernes, por depósito directo a una tarjeta de débito a su nombre",
            ),
            (
                "Comprobante",
                "Con cada pago recibe un talón con las horas trabajadas, la tarifa, el total ganado "
                "y lo que se le descontó",
            ),
            (
                "Requisitos",
                "Tres meses de experiencia en trabajo de campo o forestal; caminar todo el día en "
                "terreno quebrado y cargar 40 libras",
            ),
        ],
        widths=(34, 138),
        head=False,
        size=9.2,
        bold_first=True,
        first_fill=(224, 234, 246),
        after=3,
    )
    d.term(
        "employer_identity",
        "Piney Hollow Reforestation Services LLC, 88 Loblolly Lane, Monticello, Arkansas 71655",
    )
    d.term("job_duties", "Sembrar plántulas de pino con barra de siembra")
    d.term("work_location", "condados de Drew, Ashley y Bradley, Arkansas")
    d.term("employment_period", "Del 4 de enero de 2027 al 23 de abril de 2027")
    d.term("hours_of_work", "40 horas por semana, de lunes a viernes")
    d.term("wage_rate", "$17.05 por hora")
    d.term("pay_frequency", "Cada semana, los viernes")
    d.term("earnings_statements", "Con cada pago recibe un talón con las horas trabajadas")
    d.term("job_requirements", "Tres meses de experiencia en trabajo de campo o forestal")

    S = dict(size=10, align="J", after=1.8, md=True)
    d.para(
        "**Herramientas y equipo.** Barras de siembra, bolsas plantadoras, chalecos, casco, botas y "
        "machete los entrega el empleador sin costo.",
        **S,
    )
    d.term("tools_provided", "los entrega el empleador sin costo")
    d.para(
        "**Visa y viaje.** El pago de la visa (US$205) lo hace el empleador directamente. En la primera "
        "semana de trabajo el empleador le reembolsa el bus de San Pedro Sula a Tegucigalpa, el hotel y "
        "la comida durante la cita consular y el boleto de avión a Arkansas; guarde todos sus recibos. Al "
        "terminar la temporada, el empleador paga su boleto de regreso a San Pedro Sula.",
        **S,
    )
    d.term("visa_reimbursement", "El pago de la visa (US$205) lo hace el empleador directamente")
    d.term(
        "inbound_transportation", "En la primera semana de trabajo el empleador le reembolsa el bus"
    )
    d.term("return_transportation", "el empleador paga su boleto de regreso a San Pedro Sula")
    d.para(
        "**Alojamiento.** Durante la temporada la cuadrilla se hospeda en moteles cerca de los terrenos, "
        "pagados por el empleador.",
        **S,
    )
    d.para(
        "**Abandono y despido.** Si usted deja de presentarse cinco días hábiles seguidos sin permiso, el "
        "empleador lo reporta como abandono a las autoridades de Estados Unidos. Pelear, tomar alcohol en "
        "el trabajo o dañar a propósito las plántulas son causas de despido.",
        **S,
    )
    d.term("termination", "Si usted deja de presentarse cinco días hábiles seguidos sin permiso")

    d.add_page()
    d.para("REQUISITOS PARA SU EXPEDIENTE", size=10, style="B", color=BLUE, after=1)
    d.para("La agencia marca cada documento cuando usted lo entrega:", size=9.5, after=1.5)
    d.grid(
        [
            ("Documento", "Entregado"),
            ("Pasaporte vigente hasta por lo menos octubre de 2027 (original, para la cita)", "☒"),
            ("DNI y dos fotocopias", "☒"),
            ("Constancia de antecedentes penales", "☒"),
            ("Dos fotografías tamaño pasaporte, fondo blanco", "☒"),
            ("Constancia del depósito de compromiso de retorno (ver compromiso 2)", "☐"),
            ("Número de teléfono de un familiar para emergencias", "☒"),
        ],
        widths=(140, 32),
        size=9.2,
        fill=(224, 234, 246),
        after=4,
    )

    d.para("COMPROMISOS DEL TRABAJADOR CON LA AGENCIA", size=10, style="B", color=BLUE, after=1.5)
    d.para(
        "1. Presentarse puntual a la cita consular en Tegucigalpa y a la reunión de salida.", **S
    )
    q_dep = (
        "Entregar a la agencia un depósito de compromiso de retorno por L 25,000.00 (veinticinco mil "
        "lempiras exactos), que le será devuelto íntegro cuando se presente en nuestra oficina al "
        "regresar de la temporada."
    )
    d.para("2. " + q_dep, **S)
    d.fee("deposit_or_bond", q_dep, 25000.0, "HNL")
    q_ret = (
        "Durante la temporada, el mayordomo de cuadrilla designado por la agencia mantendrá bajo "
        "resguardo los pasaportes del grupo para evitar pérdidas en los moteles."
    )
    d.para("3. " + q_ret, **S)
    d.fee("document_retention", q_ret)
    d.para(
        '4. No entregar dinero a personas que ofrezcan "apartar" lugares en el programa. La agencia no '
        "cobra inscripción, trámite ni comisión: sus honorarios los paga el empleador.",
        **S,
    )
    d.para(
        "5. Reportar cualquier problema de pago o de trato al teléfono de la agencia, +504 2555-0190, o al "
        "Consulado de Honduras. Quejarse no le quita su lugar para la próxima temporada.",
        **S,
    )
    d.ln(6)
    d.grid(
        [
            ("Por la agencia", "El trabajador", "Testigo"),
            (
                "\n\n\n______________________\nLcda. Karla Yamileth Fúnez\nCoordinadora de programas",
                "\n\n\n______________________\nWilmer Josué Castellanos Amaya",
                "\n\n\n______________________\nDenis Omar Rápalo",
            ),
        ],
        widths=(58, 57, 57),
        size=9,
        fill=(224, 234, 246),
        after=2,
    )

    meta = dict(
        program="h2b",
        language="es",
        recruiters=["Servicios Laborales Sula Internacional, S. de R.L."],
        traps=[
            "'depósito directo a una tarjeta de débito' = wage deposit, not a bond",
            "visa US$205 paid directly by the employer",
            "inbound bus, hotel, meals and flight reimbursed in the first workweek",
            "tools and equipment free",
            "motels paid by the employer",
            "'La agencia no cobra inscripción, trámite ni comisión' (negated fee)",
            "complaining does not cost the worker next season's place (negated blacklisting)",
        ],
        doc_type="recruiter_offer_sheet",
        layout="legal-size page; colour bar and centred agency letterhead repeated; gridded job-data "
        "table; document checklist grid with ☒/☐; numbered commitments; 3-party signature grid",
    )
    return d, meta


# ============================================================================
# build, self-check, compare
# ============================================================================
BUILDERS = [cl01, cl02, cl03, cl04, cl05, cl06, cl07, cl08, cl09, cl10, cl11, cl12]
KEY_ORDER = [
    "file",
    "program",
    "language",
    "scanned",
    "pages",
    "fees",
    "missing_terms",
    "recruiters",
    "traps",
    "doc_type",
    "layout",
]


class PageText:
    """Whitespace-normalised text of one page: plain extraction first; column and table-cell crops
    are computed only when a string is not found in the plain text (two-column and grid layouts
    interleave lines in plain extraction)."""

    def __init__(self, page):
        self.page = page
        self.plain = norm(page.extract_text())
        self._crops = None

    def crops(self):
        if self._crops is None:
            p = self.page
            W, H = float(p.width), float(p.height)
            out = []
            for x0, x1 in ((0, W / 2), (W / 2, W), (0, W * 0.3), (W * 0.3, W)):
                out.append(norm(p.crop((x0, 0, x1, H)).extract_text()))
            for tb in p.find_tables():
                for row in tb.rows:
                    for c in row.cells:
                        if c:
                            out.append(norm(p.crop(c).extract_text()))
            self._crops = out
        return self._crops

    def has(self, s):
        return s in self.plain or any(s in c for c in self.crops())


def make_label(name, d, meta):
    prog = meta["program"]
    fees = []
    for f in d.fees:
        fees.append(
            {
                "category": f["category"],
                "severity": severity(prog, f["category"], f["passport_only"]),
                "page": f["page"],
                "amount": f["amount"],
                "currency": f["currency"],
                "quote": f["quote"],
            }
        )
    missing = [t for t in REQUIRED[prog] if t not in d.terms]
    lab = {
        "file": name,
        "program": prog,
        "language": meta["language"],
        "scanned": bool(d.scanned_pages),
        "pages": d.pages_count,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": meta["recruiters"],
        "traps": meta["traps"],
        "doc_type": meta["doc_type"],
        "layout": meta["layout"],
    }
    return {k: lab[k] for k in KEY_ORDER}


def check_doc(out_dir, lab, scanned_pages, terms):
    """Per-document checks on the written PDF (pdfplumber)."""
    import pdfplumber

    errors = []
    path = os.path.join(out_dir, lab["file"])
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != lab["pages"]:
            return [f"{lab['file']}: {len(pdf.pages)} pages, label says {lab['pages']}"]
        pages = {i + 1: PageText(p) for i, p in enumerate(pdf.pages)}
        for i, p in enumerate(pdf.pages, 1):
            if i in scanned_pages:
                if p.chars or pages[i].plain:
                    errors.append(f"{lab['file']} p{i}: scanned page has a text layer")
                if not p.images:
                    errors.append(f"{lab['file']} p{i}: scanned page has no image")
            elif not p.chars:
                errors.append(f"{lab['file']} p{i}: text page without text")

        def anywhere(s):
            return any(pages[i].has(s) for i in pages)

        for f in lab["fees"]:
            if f["page"] in scanned_pages:
                errors.append(f"{lab['file']}: fee on scanned page {f['page']}")
            if f["page"] not in pages or not pages[f["page"]].has(f["quote"]):
                errors.append(f"{lab['file']} p{f['page']}: quote not found: {f['quote'][:70]}")
            if f["category"] not in CATEGORIES:
                errors.append(f"{lab['file']}: unknown category {f['category']}")
            if f["severity"] != severity(lab["program"], f["category"]):
                # passport-only visa costs are the only legitimate exception
                if not (f["category"] == "visa_cost" and f["severity"] == "review"):
                    errors.append(f"{lab['file']}: severity mismatch for {f['category']}")
        for r in lab["recruiters"]:
            if not anywhere(norm(r)):
                errors.append(f"{lab['file']}: recruiter not in text: {r}")
        for tid, ev in terms.items():
            if not anywhere(ev):
                errors.append(f"{lab['file']}: evidence for {tid} not in text: {ev[:60]}")
    return errors


def check_batch(labels):
    errors = []
    progs = [l["program"] for l in labels]
    langs = [l["language"] for l in labels]
    compliant = [l["file"] for l in labels if not l["fees"] and not l["missing_terms"]]
    if sorted(progs) != sorted(["h2a"] * 4 + ["h2b"] * 4 + ["generic"] * 4):
        errors.append(f"program mix {progs}")
    if sorted(langs) != sorted(["en"] * 6 + ["es"] * 5 + ["mixed"]):
        errors.append(f"language mix {langs}")
    if len(compliant) != 6:
        errors.append(f"compliant docs {compliant}")
    for l in labels:
        if l["file"] not in compliant and not (1 <= len(l["fees"]) <= 2):
            errors.append(f"{l['file']}: non-compliant doc should hide 1-2 findings")
    if sum(1 for l in labels if l["scanned"]) != 1:
        errors.append("exactly one scanned document expected")
    return errors


def build_one(index, out_dir):
    """Build document number `index` (1-based), write it, check it; returns (label, errors)."""
    builder = BUILDERS[index - 1]
    name = f"cl{index:02d}.pdf"
    assert builder.__name__ == name[:-4]
    d, meta = builder()
    d.output(os.path.join(out_dir, name))
    lab = make_label(name, d, meta)
    return lab, check_doc(out_dir, lab, list(d.scanned_pages), dict(d.terms))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = os.path.abspath(args[0])
    os.makedirs(out_dir, exist_ok=True)
    idx = list(range(1, len(BUILDERS) + 1))
    workers = min(4, os.cpu_count() or 1)
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as ex:
            results = list(ex.map(build_one, idx, [out_dir] * len(idx)))
    else:
        results = [build_one(i, out_dir) for i in idx]
    labels = [r[0] for r in results]
    errors = [e for r in results for e in r[1]] + check_batch(labels)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)

    committed = os.path.join(HERE, "labels.json")
    if "--write-labels" in argv or not os.path.exists(committed):
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {committed}")
    else:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            old_by = {l.get("file"): l for l in old}
            for lab in labels:
                if old_by.get(lab["file"]) != lab:
                    errors.append(f"{lab['file']}: label differs from committed labels.json")
            if len(old) != len(labels):
                errors.append("committed labels.json has a different number of documents")
    for e in errors:
        print("FAIL:", e)
    n_f = sum(len(l["fees"]) for l in labels)
    n_m = sum(len(l["missing_terms"]) for l in labels)
    print(
        f"{len(labels)} documents, {n_f} findings, {n_m} missing terms -> {out_dir}"
        + ("" if not errors else f"  [{len(errors)} problems]")
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
