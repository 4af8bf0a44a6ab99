#!/usr/bin/env python3
"""heldout_co: blind held-out batch "other corridors and paperwork" (co01.pdf ... co12.pdf).

Usage:
    python build.py OUT_DIR [--write-labels]

Writes the 12 PDFs and labels.json into OUT_DIR, deterministically (fixed creation date,
fixed seeds: two builds are byte-identical), reopens every PDF with pdfplumber and checks
page counts, fee quotes on their labelled pages, recruiter names, term evidence, the
image-only scanned page and the batch mix; then compares the generated labels with the
committed labels.json next to this file. Exit status 1 on any failed check or difference.
--write-labels rewrites the committed labels.json.

Every firm, agency, person, address and phone number in these documents is invented.

Labelling model (see README.md):
  * d.F(category, sentence, ...) prints a sentence and registers it as a finding on the
    page being written; severity comes from the program (taxonomy.md).
  * d.T(text, note) prints a lawful look-alike and records the note under "traps".
  * d.E(term, text[, evidence]) prints text that states a required contract term with a
    concrete value; missing_terms = required(program) - evidenced terms.
"""

import argparse
import datetime
import io
import json
import math
import os
import random
import re
import sys
import unicodedata

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime.datetime(2026, 1, 20, 9, 30, 0, tzinfo=datetime.UTC)
SCAN_DPI = 220

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)

TERMS = [  # id, marks for h2a / h2b / generic
    ("employer_identity", "RRR"),
    ("worker_identity", "..R"),
    ("job_duties", "RRR"),
    ("work_location", "RRR"),
    ("employment_period", "RRR"),
    ("hours_of_work", "RRR"),
    ("wage_rate", "RRR"),
    ("wage_adjustment", "RR."),
    ("overtime", ".R."),
    ("pay_frequency", "RRR"),
    ("deductions", "RRR"),
    ("three_fourths_guarantee", "RR."),
    ("housing", "R.."),
    ("meals", "R.."),
    ("inbound_transportation", "RR."),
    ("return_transportation", "RRR"),
    ("daily_transportation", "R.."),
    ("visa_reimbursement", ".R."),
    ("tools_provided", "RR."),
    ("workers_compensation", "R.."),
    ("earnings_statements", "RR."),
    ("termination", "RRR"),
    ("contract_impossibility", "RR."),
    ("job_requirements", "RR."),
]
PROGRAMS = ("h2a", "h2b", "generic")
REQUIRED = {p: [t for t, m in TERMS if m[i] == "R"] for i, p in enumerate(PROGRAMS)}
CATEGORIES = (
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
)
CURRENCIES = {
    "USD",
    "MXN",
    "PHP",
    "GTQ",
    "NPR",
    "MYR",
    "IDR",
    "LKR",
    "GBP",
    "EUR",
    "CAD",
    "AED",
    "BDT",
    "QAR",
    "SAR",
    "KRW",
}


def severity(cat, program, passport=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------------------
# document base class

FONTS = {
    "sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}


class Doc(FPDF):
    def __init__(
        self, name, program, language, doc_type, layout, fmt="A4", margins=(18, 16, 18), bottom=18
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        assert program in PROGRAMS
        self.name, self.program, self.language = name, program, language
        self.doc_type, self.layout = doc_type, layout
        self.set_creation_date(CREATED)
        self.set_producer("fpdf2")  # no library version: same bytes across patch releases
        for fam, files in FONTS.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, FONT_DIR + f)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.fees, self.trap_notes, self.evidence, self.recruiters = [], [], {}, []
        self.hdr = self.ftr = None
        self.scan_pages = set()
        self.seed = int(name[2:]) * 7919

    # header/footer hooks (skipped on image-only scanned pages)
    def header(self):
        if self.hdr and self.page_no() not in self.scan_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.scan_pages:
            self.ftr(self)

    # ---- labelling
    def F(self, cat, text, amount=None, cur=None, group=None, passport=False, page=None):
        assert cat in CATEGORIES, cat
        assert (amount is None) == (cur is None), text
        assert cur is None or cur in CURRENCIES, cur
        fee = {
            "category": cat,
            "severity": severity(cat, self.program, passport),
            "page": page or self.page_no(),
            "amount": None if amount is None else float(amount),
            "currency": cur,
            "quote": norm(text),
        }
        if group:
            fee["group"] = group
        self.fees.append(fee)
        return text

    def T(self, text, note):
        self.trap(note)
        return text

    def trap(self, note):
        if note not in self.trap_notes:
            self.trap_notes.append(note)

    def E(self, term, text, evidence=None):
        assert term in REQUIRED[self.program], (self.name, term)
        assert term not in self.evidence, (self.name, term)
        ev = norm(evidence or text)
        assert ev in norm(text), (term, ev)
        self.evidence[term] = ev
        return text

    def R(self, name):
        if name not in self.recruiters:
            self.recruiters.append(name)
        return name

    # ---- drawing helpers
    def font(self, fam="sans", style="", size=10, color=(0, 0, 0)):
        self.set_font(fam, style, size)
        self.set_text_color(*color)

    def para(
        self,
        text,
        size=10,
        style="",
        fam="sans",
        h=None,
        align="L",
        w=0,
        color=(0, 0, 0),
        after=1.6,
        x=None,
        markdown=False,
    ):
        self.font(fam, style, size, color)
        if x is not None:
            self.set_x(x)
        self.multi_cell(
            w, h or size * 0.47, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown
        )
        if after:
            self.ln(after)

    def bullet(
        self,
        text,
        size=10,
        fam="sans",
        style="",
        sym="\u2022",
        indent=5,
        h=None,
        after=0.8,
        markdown=False,
        color=(0, 0, 0),
    ):
        self.font(fam, style, size, color)
        x0 = self.l_margin
        y = self.get_y()
        self.set_xy(x0, y)
        self.cell(indent, h or size * 0.47, sym)
        self.set_xy(x0 + indent, y)
        self.multi_cell(
            self.w - self.r_margin - x0 - indent,
            h or size * 0.47,
            text,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
            markdown=markdown,
        )
        self.ln(after)

    def heading(
        self, text, size=11, fam="sans", color=(0, 0, 0), before=2, after=1.5, fill=None, style="B"
    ):
        self.ln(before)
        self.font(fam, style, size, color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT", fill=bool(fill)
        )
        self.ln(after)

    def hline(self, y=None, x1=None, x2=None, color=(120, 120, 120), width=0.3):
        y = self.get_y() if y is None else y
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(
            x1 if x1 is not None else self.l_margin,
            y,
            x2 if x2 is not None else self.w - self.r_margin,
            y,
        )

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam="sans",
        head=True,
        line_height=None,
        head_fill=(225, 225, 225),
        borders="ALL",
        padding=1.4,
        width=None,
        zebra=None,
        aligns=None,
        bold_first_col=False,
    ):
        """A ruled table; every cell is plain text."""
        self.font(fam, "", size)
        lh = line_height or size * 0.46
        kw = dict(
            col_widths=widths,
            text_align=aligns or "LEFT",
            line_height=lh,
            first_row_as_headings=head,
            borders_layout=borders,
            padding=padding,
            v_align="TOP",
        )
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        if width:
            kw["width"] = width
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        self.set_draw_color(110, 110, 110)
        self.set_line_width(0.25)
        self.set_fill_color(255, 255, 255)  # the table picks up the current fill colour
        with self.table(**kw) as t:
            for i, row in enumerate(rows):
                r = t.row()
                for j, c in enumerate(row):
                    if bold_first_col and j == 0 and not (head and i == 0):
                        r.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        r.cell(c)

    def checkbox(self, x, y, size=3.4, ticked=False):
        self.set_draw_color(40, 40, 40)
        self.set_line_width(0.3)
        self.rect(x, y, size, size)
        if ticked:
            self.set_line_width(0.5)
            self.line(x + 0.6, y + size * 0.55, x + size * 0.42, y + size - 0.6)
            self.line(x + size * 0.42, y + size - 0.6, x + size + 0.4, y - 0.5)

    def scribble(self, x, y, w, h, seed, color=(25, 35, 120)):
        rnd = random.Random(seed)
        pts = []
        n = 22
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                (
                    x + w * t + rnd.uniform(-1.2, 1.2),
                    y + h * (0.5 + 0.45 * math.sin(t * 9 + rnd.uniform(-1, 1))),
                )
            )
        self.set_draw_color(*color)
        self.set_line_width(0.35)
        self.polyline(pts)

    def sigline(self, x, y, w, caption, size=8, name=None, seed=None):
        if seed is not None:
            self.scribble(x + 4, y - 9, w * 0.6, 7, seed)
        self.set_draw_color(60, 60, 60)
        self.set_line_width(0.3)
        self.line(x, y, x + w, y)
        self.font("sans", "", size, (60, 60, 60))
        self.set_xy(x, y + 0.8)
        self.multi_cell(
            w,
            size * 0.45,
            caption if not name else name + "\n" + caption,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )

    def image_page(self, img_bytes):
        self.scan_pages.add(self.page_no() + 1)
        self.add_page()
        self.image(io.BytesIO(img_bytes), x=0, y=0, w=self.w, h=self.h)

    def labels(self):
        missing = [t for t in REQUIRED[self.program] if t not in self.evidence]
        return {
            "file": self.name + ".pdf",
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scan_pages),
            "pages": self.pages_count,
            "fees": self.fees,
            "missing_terms": missing,
            "recruiters": self.recruiters,
            "traps": self.trap_notes,
            "doc_type": self.doc_type,
            "layout": self.layout,
            "term_evidence": {
                t: self.evidence[t] for t in REQUIRED[self.program] if t in self.evidence
            },
        }


# --------------------------------------------------------------------------------------
# raster helpers (Pillow): stamps and the scanned page


def pil_font(name, px):
    return ImageFont.truetype(FONT_DIR + name, int(px))


def stamp_png(lines, color=(178, 34, 52), angle=-14, size=(520, 220), seed=1, circle=False):
    """A rubber-stamp image (RGBA PNG bytes); not text, so it has no text layer."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    w, h = size
    col = color + (210,)
    if circle:
        dr.ellipse((8, 8, w - 8, h - 8), outline=col, width=7)
        dr.ellipse((24, 24, w - 24, h - 24), outline=col, width=3)
    else:
        dr.rounded_rectangle((6, 6, w - 6, h - 6), radius=18, outline=col, width=8)
    n = len(lines)
    for i, (txt, px) in enumerate(lines):
        f = pil_font("DejaVuSans-Bold.ttf", px)
        tw = dr.textlength(txt, font=f)
        y = h / 2 + (i - (n - 1) / 2) * px * 1.25 - px * 0.6
        dr.text(((w - tw) / 2, y), txt, font=f, fill=col)
    # ink gaps
    arr = np.array(img)
    rng = np.random.default_rng(seed)
    mask = rng.random(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.35).astype(np.uint8), arr[..., 3])
    img = Image.fromarray(arr, "RGBA").rotate(
        angle + rnd.uniform(-1, 1), resample=Image.BICUBIC, expand=True
    )
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False)
    return out.getvalue()


def scan_page_jpeg(draw_fn, page_mm=(210, 297), dpi=SCAN_DPI, seed=0, angle=0.8):
    """Render a page with Pillow, then make it look scanned: rotation, blur, noise, shading."""
    w = int(round(page_mm[0] / 25.4 * dpi))
    h = int(round(page_mm[1] / 25.4 * dpi))
    img = Image.new("L", (w, h), 250)
    dr = ImageDraw.Draw(img)
    px = dpi / 25.4  # pixels per mm
    draw_fn(dr, img, px)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=244)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0, 9.0, arr.shape)
    # uneven lighting and a dark scanner edge on the left
    xs = np.linspace(0, 1, w)[None, :]
    ys = np.linspace(0, 1, h)[:, None]
    arr -= 10 * (xs - 0.5) ** 2 + 8 * (ys - 0.4) ** 2
    edge = np.clip(1 - xs * w / 28, 0, 1)
    arr -= 90 * edge
    # speckles
    sp = rng.random(arr.shape) < 0.0006
    arr[sp] = rng.uniform(40, 120, sp.sum())
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "L").save(out, "JPEG", quality=72, optimize=False, dpi=(dpi, dpi))
    return out.getvalue()


# ======================================================================================
# co01  Philippines -> Saudi Arabia: agency schedule of fees (generic, en)


def co01():
    d = Doc(
        "co01",
        "generic",
        "en",
        "agency_fee_schedule",
        "A4 letterhead with navy band; applicant grid; cost/payer table; numbered "
        "charges list; footnotes; two-column signature block",
    )
    navy = (18, 52, 86)

    def hdr(p):
        p.set_fill_color(*navy)
        p.rect(0, 0, p.w, 5, "F")
        p.set_fill_color(*navy)
        p.rect(18, 10, 13, 13, "F")
        p.font("serif", "B", 13, (255, 255, 255))
        p.set_xy(18, 13)
        p.cell(13, 7, "LC", align="C")
        p.font("serif", "B", 12.5, navy)
        p.set_xy(34, 10)
        p.cell(0, 6, "LIWANAG CREST INTERNATIONAL MANPOWER SERVICES, INC.")
        p.font("sans", "", 7.5, (70, 70, 70))
        p.set_xy(34, 16.5)
        p.cell(
            0,
            3.6,
            "DMW License No. DMW-084-LB-11202024-R  |  Unit 1405 Marcelo Tower, "
            "2291 Taft Avenue, Malate, Manila 1004",
        )
        p.set_xy(34, 20)
        p.cell(
            0,
            3.6,
            "Tel. (02) 8526 1934  |  Mon-Sat 8:00-17:00  |  Walk-in applicants by appointment only",
        )
        p.hline(26, color=navy, width=0.6)
        p.set_y(30)

    def ftr(p):
        p.set_y(-13)
        p.font("sans", "", 7, (90, 90, 90))
        p.cell(
            0,
            4,
            "LCIMSI Form FS-07 (rev. 2025)  -  Schedule of Fees and Deployment Costs",
            align="L",
        )
        p.set_x(p.l_margin)
        p.cell(0, 4, "Page %d of {nb}" % p.page_no(), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.R("Liwanag Crest International Manpower Services, Inc.")
    d.add_page()
    d.para(
        "SCHEDULE OF FEES AND DEPLOYMENT COSTS",
        size=14,
        style="B",
        fam="serif",
        color=navy,
        after=0.5,
    )
    d.para(
        "Given to the applicant before the signing of the employment contract. "
        "Please read both pages and ask the documentation desk about anything unclear.",
        size=8.5,
        style="I",
        color=(60, 60, 60),
        after=3,
    )
    d.grid(
        [
            [
                "Applicant",
                d.E("worker_identity", "Ma. Theresa Dizon Galvez"),
                "Applicant No.",
                "LC-2026-0318",
            ],
            ["Position", "Staff Nurse (Intensive Care Unit)", "Job order", "JO-KSA-2025-1147"],
            [
                "Foreign principal",
                d.E(
                    "employer_identity",
                    "Al-Nakheel Specialist Hospital Co., King Abdulaziz Road, "
                    "Al Sulimaniyah District, Riyadh 12245, Kingdom of Saudi Arabia",
                    "Al-Nakheel Specialist Hospital Co., King Abdulaziz Road",
                ),
                "Date issued",
                "19 January 2026",
            ],
            [
                "Place of work",
                d.E("work_location", "Al-Nakheel Specialist Hospital, Riyadh"),
                "Basic salary",
                d.E("wage_rate", "SAR 4,500.00 per month"),
            ],
        ],
        widths=(22, 58, 20, 30),
        size=8.5,
        head=False,
        bold_first_col=True,
    )
    d.ln(4)
    d.heading(
        "A.  Costs paid by the Foreign Principal (not charged to the applicant)",
        size=10.5,
        color=navy,
    )
    d.trap(
        "cost/payer table: visa, DMW processing fee, OWWA contribution, airfare, return "
        "airfare, iqama and accommodation all paid by the foreign principal"
    )
    d.grid(
        [
            ["Item", "Amount", "Paid by", "Remarks"],
            [
                "Saudi work visa and embassy stamping",
                "SAR 2,000.00",
                "Foreign Principal",
                "Paid directly to the Royal Embassy.",
            ],
            [
                "DMW processing fee",
                "USD 100.00",
                "Foreign Principal",
                "Remitted with the job order.",
            ],
            ["OWWA membership contribution", "USD 25.00", "Foreign Principal", "Remitted to OWWA."],
            [
                "Airfare Manila-Riyadh (economy)",
                "approx. PHP 28,000",
                "Foreign Principal",
                "E-ticket issued by the principal's travel office.",
            ],
            [
                d.E("return_transportation", "Return airfare on completion of contract"),
                "-",
                "Foreign Principal",
                "Riyadh-Manila, economy class.",
            ],
            [
                "Iqama (residence permit) and Saudi medical insurance",
                "-",
                "Foreign Principal",
                "Arranged after arrival.",
            ],
            [
                "Accommodation and transport to the hospital",
                "-",
                "Foreign Principal",
                "Free shared furnished flat.",
            ],
        ],
        widths=(50, 24, 26, 46),
        size=8.5,
    )
    d.ln(4)
    d.heading("B.  Amounts for the account of the applicant\u00b9", size=10.5, color=navy)
    d.para(
        "Please read this part carefully before signing. An official receipt is issued "
        "for every payment made at our cashier.",
        size=9.5,
        after=2,
    )
    items = [
        d.F(
            "recruitment_fee",
            "The Agency's placement fee of PHP 25,000 shall be paid by the "
            "applicant in cash or by bank deposit upon release of the visa.",
            25000,
            "PHP",
        ),
        d.F(
            "medical_cost",
            "The pre-employment medical examination (PEME) at our accredited "
            "clinic costs PHP 3,800 and is for the applicant's account.",
            3800,
            "PHP",
        ),
        d.F(
            "training_cost",
            "The Saudi Prometric exam review and the hospital orientation "
            "course cost six thousand five hundred pesos (PHP 6,500), payable by the applicant "
            "before endorsement to the principal.",
            6500,
            "PHP",
        ),
        d.T(
            "The Pre-Departure Orientation Seminar (PDOS) is free of charge and is conducted by "
            "OWWA.",
            "PDOS free of charge (negated training cost)",
        ),
        d.T(
            "No other fee, bond or deposit is required from the applicant.",
            "'no other fee, bond or deposit' (negation)",
        ),
    ]
    for i, it in enumerate(items, 1):
        d.bullet(it, size=9.5, sym="B.%d" % i, indent=9, after=1.2)

    d.add_page()
    d.heading(
        "C.  Salary and benefits (summary of the approved job order)",
        size=10.5,
        color=navy,
        before=0,
    )
    d.bullet(
        "Duties: "
        + d.E(
            "job_duties",
            "provides direct nursing care to critically ill adult patients, monitors vital "
            "signs and ventilator settings, and gives medication as ordered by the physician.",
            "monitors vital signs and ventilator settings",
        ),
        size=9.5,
    )
    d.bullet(
        "Hours of work: "
        + d.E("hours_of_work", "8 hours a day, 6 days a week")
        + " (48 hours), with one rest day.",
        size=9.5,
    )
    d.bullet(
        "Salary: SAR 4,500.00 per month, "
        + d.E("pay_frequency", "paid monthly by bank transfer")
        + " not later than the 27th.",
        size=9.5,
    )
    d.bullet(
        d.T(
            "Food allowance: SAR 300.00 per month, paid by the principal together with the salary.",
            "food allowance paid by the employer",
        ),
        size=9.5,
    )
    d.bullet(
        d.T(
            "Free medical care at the hospital's employee clinic, and free shared "
            "accommodation with transport to work.",
            "free accommodation, transport and medical care",
        ),
        size=9.5,
    )
    d.bullet("Annual leave: 30 calendar days with pay.", size=9.5)
    d.ln(3)
    d.heading("D.  Acknowledgment", size=10.5, color=navy)
    d.para(
        "I, the undersigned applicant, confirm that Liwanag Crest International Manpower "
        "Services, Inc. explained this schedule to me in English and Filipino, that I "
        "understood it, and that I received a copy.",
        size=9.5,
        after=14,
    )
    y = d.get_y() + 8
    d.sigline(
        18,
        y,
        75,
        "Signature over printed name of applicant",
        name="Ma. Theresa Dizon Galvez",
        seed=d.seed + 1,
    )
    d.sigline(112, y, 80, "Authorized representative of the Agency", seed=d.seed + 2)
    d.set_y(y + 20)
    d.hline(color=(150, 150, 150), width=0.2)
    d.ln(1.5)
    d.para(
        "\u00b9 Amounts in Part B are in Philippine pesos and are payable at the Agency's "
        "cashier only; never give money to persons outside the office.",
        size=7.5,
        color=(70, 70, 70),
        after=0.5,
    )
    d.para(
        "\u00b2 Amounts in foreign currency in Part A are for information; the Foreign "
        "Principal pays them directly.",
        size=7.5,
        color=(70, 70, 70),
    )
    return d


# ======================================================================================
# co02  Nepal -> Malaysia: cooperative loan agreement for foreign employment (generic, en)
#       page 3 is an image-only scan of the signature page (no fee, no new term)


def co02():
    d = Doc(
        "co02",
        "generic",
        "en",
        "loan_agreement",
        "legal-size-like A4 single column, serif; numbered clauses; disbursement table; "
        "page 3 is an image-only scanned signature page with thumb impressions and stamp",
        margins=(22, 18, 22),
    )
    maroon = (110, 20, 30)

    def hdr(p):
        p.font("serif", "B", 12, maroon)
        p.set_y(12)
        p.cell(
            0,
            6,
            "SHREE JANAKI SAVINGS AND CREDIT COOPERATIVE LTD.",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.font("serif", "", 8, (50, 50, 50))
        p.cell(
            0,
            4,
            "Regd. No. 318/070/71  \u00b7  Janakpurdham-4, Dhanusha, Madhesh Province  "
            "\u00b7  Tel. 041-527789",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.hline(p.get_y() + 1.5, color=maroon, width=0.5)
        p.hline(p.get_y() + 2.3, color=maroon, width=0.2)
        p.set_y(p.get_y() + 6)

    def ftr(p):
        p.set_y(-14)
        p.font("serif", "I", 7.5, (80, 80, 80))
        p.cell(
            0,
            4,
            "Loan Account No. FE-2082-0147  \u2014  page %d of {nb}  \u2014  Borrower's "
            "initials: ______" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para(
        "LOAN AGREEMENT FOR FOREIGN EMPLOYMENT",
        size=13,
        style="B",
        fam="serif",
        align="C",
        after=0.5,
    )
    d.para(
        "(Rin Samjhauta)  \u00b7  Loan Account No. FE-2082-0147",
        size=9,
        fam="serif",
        style="I",
        align="C",
        after=4,
    )
    S = dict(size=10, fam="serif", h=5.0, after=2.2)
    d.para(
        "This agreement is made at Janakpurdham on 28 January 2026 (14 Magh 2082) between "
        'Shree Janaki Savings and Credit Cooperative Ltd. (the "Lender") and Mr. '
        + d.E("worker_identity", "Sunil Kumar Mahato")
        + ", son of Mr. Bhola Prasad Mahato, "
        "resident of Sabaila Municipality-7, Dhanusha, holder of citizenship certificate no. "
        '17-02-74-05512 (the "Borrower").',
        **S,
    )
    d.para("1. Purpose of the loan.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        "The Lender lends the Borrower NPR 2,40,000 (Rupees Two Lakh Forty Thousand only) "
        "to meet the costs of his foreign employment with "
        + d.E(
            "employer_identity",
            "Kenari Gloves Industries Sdn. Bhd., Lot 2271, Jalan Kebun "
            "Nenas, Kawasan Perindustrian Meru, 41050 Klang, Selangor, Malaysia",
            "Kenari Gloves Industries Sdn. Bhd., Lot 2271, Jalan Kebun Nenas",
        )
        + ", "
        + d.E("work_location", "at its glove factory in Meru, Klang")
        + ".",
        **S,
    )
    d.para("2. Use of the loan amount.", style="B", fam="serif", size=10, after=0.8)
    d.para("The loan is disbursed as shown below.", **S)
    d.grid(
        [
            ["Purpose", "Amount (NPR)", "Paid to"],
            [
                "Service charge for the Malaysia job",
                "1,60,000",
                "Everpeak Overseas Manpower Pvt. Ltd.",
            ],
            ["Cash for the Borrower's personal needs before departure", "80,000", "Borrower"],
            ["Total", "2,40,000", ""],
        ],
        widths=(60, 25, 55),
        size=9,
        fam="serif",
        aligns=("LEFT", "RIGHT", "LEFT"),
    )
    d.ln(3)
    d.para(
        d.F(
            "recruitment_fee",
            "Out of the loan, NPR 1,60,000 is paid by the Lender "
            "directly to " + d.R("Everpeak Overseas Manpower Pvt. Ltd.") + ", Maharajgunj, "
            "Kathmandu (Licence No. 1187/074/75), as the Borrower's service charge for the "
            "Malaysia job.",
            160000,
            "NPR",
        )
        + " "
        + d.T(
            "The visa, the air ticket from Kathmandu to Kuala Lumpur and the Malaysian levy "
            "are paid by the Employer under the free-visa, free-ticket arrangement and are "
            "not part of this loan.",
            "visa, air ticket and levy paid by the employer (free-visa, free-ticket)",
        )
        + " "
        + d.T(
            "The Foreign Employment Welfare Fund contribution is also paid by the Employer.",
            "welfare-fund contribution paid by the employer",
        ),
        **S,
    )
    d.para("3. Wages of the Borrower.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        "The Employer pays the Borrower a basic wage of "
        + d.E("wage_rate", "MYR 1,700 per month")
        + ", "
        + d.E("pay_frequency", "paid monthly")
        + " into his Malaysian bank account by the 7th "
        "day of the following month. "
        + d.E(
            "deductions",
            d.T(
                "Apart from the instalment in clause 4, the only deductions "
                "from the Borrower's wage are income tax and any statutory social security "
                "contribution required by Malaysian law.",
                "statutory tax and social-security deductions (not an insurance charge)",
            ),
        ),
        **S,
    )

    d.add_page()
    d.para("4. Repayment.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        d.F(
            "debt_bondage",
            "The Borrower authorises Everpeak Overseas Manpower Pvt. Ltd. and "
            "its Malaysian partner to have MYR 600 deducted from each monthly wage and sent "
            "to the Lender until the loan and interest at 18 percent per year are fully "
            "repaid.",
            600,
            "MYR",
        )
        + " Each remittance will be credited to Loan Account No. "
        "FE-2082-0147 at the exchange rate of the day of receipt, and the Lender will send a "
        "statement of the balance to the Borrower's family every three months.",
        **S,
    )
    d.para("5. Security.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        d.F(
            "deposit_or_bond",
            "As security, the Borrower deposits with the Lender the "
            "original land ownership certificate (Lalpurja) of plot no. 412, Sabaila-7, "
            "together with a signed cheque with the amount left blank.",
        )
        + " The certificate "
        "and the cheque will be returned within seven days after the last instalment is "
        "received.",
        **S,
    )
    d.para("6. Passport.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        d.F(
            "document_retention",
            "Everpeak Overseas Manpower Pvt. Ltd. will keep the "
            "Borrower's passport after the visa is stamped and hand it to the Employer's "
            "hostel warden in Malaysia, who will hold it until the loan is cleared.",
        ),
        **S,
    )
    d.para("7. Introduction.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        "The Borrower was introduced to the Lender by Mr. "
        + d.R("Ram Kishor Yadav")
        + ", local agent of Everpeak Overseas Manpower Pvt. Ltd. for Dhanusha district, who "
        "also witnesses this agreement.",
        **S,
    )
    d.para("8. Disputes and copies.", style="B", fam="serif", size=10, after=0.8)
    d.para(
        "Any dispute arising from this agreement shall be settled under the laws of Nepal "
        "by the Dhanusha District Court. This agreement is made in two copies, one for the "
        "Lender and one for the Borrower, and has been read out to the Borrower in Maithili "
        "and Nepali.",
        **S,
    )
    d.ln(4)
    d.para(
        "(Signatures, thumb impressions and the seal of the Lender are on the next page.)",
        size=9,
        fam="serif",
        style="I",
        align="C",
    )

    # ---- page 3: scanned signature page (image only)
    def draw(dr, img, px):
        def T(x, y, s, f="DejaVuSerif.ttf", pt=10, fill=25, anchor="la"):
            dr.text(
                (x * px, y * px), s, font=pil_font(f, pt / 72 * SCAN_DPI), fill=fill, anchor=anchor
            )

        T(
            105,
            16,
            "SHREE JANAKI SAVINGS AND CREDIT COOPERATIVE LTD.",
            "DejaVuSerif-Bold.ttf",
            12,
            anchor="ma",
        )
        T(105, 23, "Loan Account No. FE-2082-0147 \u2014 Signatures", pt=9, anchor="ma")
        dr.line((22 * px, 29 * px, 188 * px, 29 * px), fill=60, width=4)
        T(22, 38, "Signed at Janakpurdham on 28 January 2026 (14 Magh 2082) after the terms", pt=10)
        T(22, 44, "were read out to the Borrower in Maithili and Nepali.", pt=10)
        rnd = random.Random(d.seed + 50)

        def sig(x, y, w):
            pts = [
                (
                    x + w * i / 20 + rnd.uniform(-1.5, 1.5),
                    y + 5 * math.sin(i * 0.9 + rnd.uniform(-0.6, 0.6)),
                )
                for i in range(21)
            ]
            dr.line([(a * px, b * px) for a, b in pts], fill=40, width=5, joint="curve")

        def thumb(x, y):
            dr.rectangle((x * px, y * px, (x + 24) * px, (y + 30) * px), outline=50, width=3)
            cx, cy = (x + 12) * px, (y + 15) * px
            for k in range(9):
                rx, ry = (9 - k) * 0.95 * px, (12 - k) * 1.0 * px
                dr.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=70 + k * 9, width=4)

        y0 = 58
        T(22, y0, "BORROWER", "DejaVuSerif-Bold.ttf", 10)
        sig(24, y0 + 16, 55)
        dr.line((22 * px, (y0 + 24) * px, 92 * px, (y0 + 24) * px), fill=60, width=3)
        T(22, y0 + 26, "Sunil Kumar Mahato", pt=9)
        thumb(110, y0 + 2)
        thumb(145, y0 + 2)
        T(122, y0 + 34, "Left thumb", pt=8, anchor="ma")
        T(157, y0 + 34, "Right thumb", pt=8, anchor="ma")
        y1 = y0 + 52
        T(22, y1, "FOR THE LENDER", "DejaVuSerif-Bold.ttf", 10)
        sig(24, y1 + 16, 50)
        dr.line((22 * px, (y1 + 24) * px, 92 * px, (y1 + 24) * px), fill=60, width=3)
        T(22, y1 + 26, "Manager, Shree Janaki Savings and Credit Cooperative Ltd.", pt=9)
        # round seal
        cx, cy, r = 150 * px, (y1 + 14) * px, 19 * px
        dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=90, width=6)
        dr.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), outline=90, width=3)
        for i, s in enumerate(("SHREE JANAKI", "S. & C. COOP.", "JANAKPURDHAM")):
            dr.text(
                (cx, cy + (i - 1) * 5.0 * px),
                s,
                font=pil_font("DejaVuSans-Bold.ttf", 22),
                fill=95,
                anchor="mm",
            )
        y2 = y1 + 48
        T(22, y2, "WITNESSES", "DejaVuSerif-Bold.ttf", 10)
        for i, nm in enumerate(("1. Ram Kishor Yadav", "2. Sita Devi Mahato")):
            x = 22 + i * 86
            sig(x + 2, y2 + 16, 45)
            dr.line((x * px, (y2 + 24) * px, (x + 70) * px, (y2 + 24) * px), fill=60, width=3)
            T(x, y2 + 26, nm, pt=9)
        T(22, y2 + 44, "Received one copy of this agreement:", pt=9)
        sig(90, y2 + 43, 35)
        T(
            105,
            280,
            "Loan Account No. FE-2082-0147 \u2014 page 3 of 3",
            "DejaVuSerif-Italic.ttf",
            7.5,
            anchor="ma",
        )

    d.image_page(scan_page_jpeg(draw, seed=d.seed, angle=0.7))
    return d


# ======================================================================================
# co03  Bangladesh -> UAE: pre-departure briefing record (generic, en) -- COMPLIANT


def co03():
    d = Doc(
        "co03",
        "generic",
        "en",
        "predeparture_orientation_form",
        "form: green title bar, worker grid, two-column contract summary grid, "
        "cost/payer table, tick-box checklist, three signature boxes, form number footer",
    )
    green = (0, 106, 78)

    def hdr(p):
        p.set_y(10)
        p.font("sans", "B", 12, green)
        p.cell(0, 6, "SHAPLA BRIDGE OVERSEAS LTD.", new_x="LMARGIN", new_y="NEXT")
        p.font("sans", "", 7.5, (60, 60, 60))
        p.cell(
            0,
            3.8,
            "Recruiting Licence RL-2143  |  House 27, Road 11, Banani, Dhaka 1213  |  "
            "+880 2 5505 8146",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_y(p.get_y() + 3)

    def ftr(p):
        p.set_y(-12)
        p.font("sans", "", 7, (90, 90, 90))
        p.cell(
            0,
            4,
            "Form PDB-3 (one form per worker; original to worker, copy to file)  "
            "\u00b7  %d/{nb}" % p.page_no(),
            align="R",
        )

    d.hdr, d.ftr = hdr, ftr
    d.R("Shapla Bridge Overseas Ltd.")
    d.add_page()
    d.set_fill_color(*green)
    d.font("sans", "B", 12.5, (255, 255, 255))
    d.cell(
        0,
        9,
        "  PRE-DEPARTURE BRIEFING RECORD AND CONTRACT SUMMARY",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(1.5)
    d.para(
        "Briefing date: 17 February 2026  \u00b7  Group: UAE-FM-14  \u00b7  Language of "
        "briefing: Bangla",
        size=8.5,
        color=(60, 60, 60),
        after=3,
    )
    d.heading("1. Worker", size=10, color=green, before=0)
    d.grid(
        [
            [
                "Name of worker",
                d.E("worker_identity", "Md. Rafiqul Islam Bhuiyan"),
                "Passport no.",
                "A09841273",
            ],
            ["Home district", "Cumilla", "BMET smart card", "Issued 12 February 2026"],
        ],
        widths=(26, 50, 26, 42),
        size=9,
        head=False,
        bold_first_col=True,
    )
    d.ln(3)
    d.heading("2. What your contract says", size=10, color=green, before=0)
    rows = [
        ["Term", "Your contract"],
        [
            "Employer",
            d.E(
                "employer_identity",
                "Gulf Meridian Facilities Management LLC, Office "
                "1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, United Arab Emirates",
                "Gulf Meridian Facilities Management LLC, Office 1204",
            ),
        ],
        [
            "Job",
            "Cleaner (commercial buildings): "
            + d.E(
                "job_duties",
                "cleans offices, corridors and washrooms, empties bins and operates "
                "floor-scrubbing machines",
            )
            + ".",
        ],
        [
            "Place of work",
            d.E("work_location", "Client buildings in Business Bay and Dubai Marina, Dubai") + ".",
        ],
        [
            "Contract period",
            d.E("employment_period", "1 March 2026 to 28 February 2028") + " (two years).",
        ],
        [
            "Working hours",
            d.E("hours_of_work", "8 hours per day, 6 days per week")
            + "; Friday is the weekly rest day.",
        ],
        [
            "Basic wage",
            d.E("wage_rate", "AED 1,250 per month")
            + ", plus "
            + d.T("AED 300 food allowance paid by the Employer", "food allowance paid by employer")
            + ".",
        ],
        [
            "Payment",
            d.E("pay_frequency", "Monthly, through the UAE Wage Protection System")
            + ", by the 10th of the following month.",
        ],
        ["Overtime", "Paid at 125% of the basic hourly wage."],
        [
            "Deductions",
            d.E("deductions", "None.")
            + " "
            + d.T(
                "The Employer pays the health insurance premium in full; no premium is taken "
                "from your wage.",
                "health insurance premium paid by employer, none deducted",
            ),
        ],
        [
            "Accommodation",
            d.T(
                "Shared room in the Employer's accommodation in Al Quoz, free of "
                "charge, with a free bus to work.",
                "free accommodation and bus to work",
            ),
        ],
        [
            "Return ticket",
            d.E(
                "return_transportation",
                "Dubai-Dhaka air ticket at the end of the contract, paid by the Employer",
            )
            + ".",
        ],
        [
            "End-of-service gratuity",
            d.T(
                "21 days' basic wage for each year of service, paid with your final wage.",
                "end-of-service gratuity paid with final wage (a benefit, not withholding)",
            ),
        ],
        [
            "Ending the contract",
            d.E(
                "termination",
                "Either side may end the contract with 30 "
                "days' written notice; the Employer may dismiss without "
                "notice only for the reasons listed in Article 44 of the UAE "
                "Labour Law",
                "Either side may end the contract with 30 days' written notice",
            )
            + ".",
        ],
    ]
    d.grid(rows, widths=(32, 112), size=9, zebra=(240, 247, 244))

    d.add_page()
    d.heading("3. Who pays for your migration", size=10, color=green, before=0)
    d.trap(
        "cost/payer table: visa, Emirates ID, ticket, medical tests, BMET registration and "
        "welfare-board fee, agency service charge all paid by the employer"
    )
    d.grid(
        [
            ["Item", "Cost", "Paid by"],
            ["Employment visa and Emirates ID", "AED 3,200", "Employer"],
            ["Air ticket Dhaka-Dubai", "BDT 48,000", "Employer"],
            ["Medical fitness tests (Dhaka and Dubai)", "BDT 8,500", "Employer"],
            [
                "BMET registration, smart card and Wage Earners' Welfare Board fee",
                "BDT 4,200",
                "Employer",
            ],
            [
                "Service charge of Shapla Bridge Overseas Ltd.",
                "as agreed with the Employer",
                "Employer",
            ],
            ["This briefing", "free", "-"],
        ],
        widths=(92, 30, 22),
        size=9,
    )
    d.ln(2)
    d.para(
        d.T(
            "You pay nothing to Shapla Bridge Overseas Ltd., to the Employer or to any "
            "sub-agent (dalal) for this job.",
            "worker pays nothing to agency or sub-agent (negated recruitment fee)",
        ),
        size=9.5,
        style="B",
        after=3,
    )
    d.heading("4. Checklist read out to the worker", size=10, color=green, before=0)
    checks = [
        "I have a copy of my contract in Bangla and in English.",
        d.T(
            "I keep my own passport; the Employer and the Agency may not hold it.",
            "worker keeps passport (negated retention)",
        ),
        d.T(
            "I may leave the accommodation after work and on my rest day.",
            "free to leave accommodation (negated movement restriction)",
        ),
        d.T(
            "Nobody will punish or blacklist me for asking questions or reporting a problem.",
            "no blacklisting for complaints (negated)",
        ),
        "I know how to contact the Labour Wing of the Bangladesh Consulate in Dubai.",
        "I have checked the name of my employer and my wage against my contract.",
    ]
    for c in checks:
        y = d.get_y()
        d.checkbox(d.l_margin + 1, y + 0.6, ticked=True)
        d.set_xy(d.l_margin + 7, y)
        d.font("sans", "", 9.5)
        d.multi_cell(0, 4.6, c, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
    d.ln(4)
    d.heading("5. Signatures", size=10, color=green, before=0)
    y = d.get_y() + 2
    for i, cap in enumerate(
        ("Worker (signature or thumb)", "Briefing officer", "Agency seal and date")
    ):
        x = d.l_margin + i * 59
        d.set_draw_color(120, 120, 120)
        d.rect(x, y, 55, 28)
        if i < 2:
            d.scribble(x + 8, y + 9, 34, 8, d.seed + i)
        d.font("sans", "", 7.5, (70, 70, 70))
        d.set_xy(x + 1, y + 23)
        d.cell(53, 4, cap)
    d.set_y(y + 32)
    return d


# ======================================================================================
# co04  Indonesia -> South Korea: chat with a training-institute agent (generic, en)


def co04():
    d = Doc(
        "co04",
        "generic",
        "en",
        "chat_transcript",
        "tall phone-screen pages; chat bar header; left/right message bubbles with times; "
        "date chips; English with Indonesian words",
        fmt=(112, 236),
        margins=(6, 6, 6),
        bottom=8,
    )
    d.set_auto_page_break(False)
    top_y = 22

    def hdr(p):
        p.set_fill_color(7, 94, 84)
        p.rect(0, 0, p.w, 17, "F")
        p.set_fill_color(200, 215, 210)
        p.ellipse(7, 3.5, 10, 10, "F")
        p.font("sans", "B", 9.5, (255, 255, 255))
        p.set_xy(20, 3.6)
        p.cell(0, 5, "Pak Heru \u2013 LPK Hanbit")
        p.font("sans", "", 7, (215, 235, 230))
        p.set_xy(20, 9)
        p.cell(0, 4, "online")
        p.set_fill_color(236, 229, 221)
        p.rect(0, 17, p.w, p.h - 17, "F")
        p.set_y(top_y)

    d.hdr = hdr
    state = {"y": top_y}

    def chip(text):
        d.font("sans", "", 7, (80, 80, 80))
        w = d.get_string_width(text) + 6
        x = (d.w - w) / 2
        d.set_fill_color(225, 242, 250)
        d.rect(x, state["y"], w, 5, "F", round_corners=True, corner_radius=1.5)
        d.set_xy(x, state["y"] + 0.4)
        d.cell(w, 4.2, text, align="C")
        state["y"] += 8

    def msg(text, side, time):
        size, lh = 8.4, 4.0
        d.font("sans", "", size)
        maxw = d.w * 0.72
        lines = d.multi_cell(maxw - 6, lh, text, align="L", dry_run=True, output="LINES")
        tw = max(d.get_string_width(ln) for ln in lines)
        w = max(tw + 6.5, 24)
        h = len(lines) * lh + 7
        if state["y"] + h > d.h - 6:  # continue on a new screen; fix the finding's page
            d.add_page()
            state["y"] = top_y
            for f in d.fees:
                if f["quote"] in norm(text):
                    f["page"] = d.page_no()
        y = state["y"]
        x = 5 if side == "L" else d.w - 5 - w
        d.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        d.rect(x, y, w, h, "F", round_corners=True, corner_radius=2.2)
        d.set_text_color(20, 20, 20)
        for i, ln in enumerate(lines):
            d.set_xy(x + 3, y + 1.8 + i * lh)
            d.cell(w - 6, lh, ln)
        d.font("sans", "", 6.3, (120, 120, 120))
        d.set_xy(x + w - 16, y + h - 4.4)
        d.cell(13, 3.5, time + (" \u2713\u2713" if side == "R" else ""), align="R")
        state["y"] = y + h + 2.4

    d.add_page()
    chip("12 January 2026")
    msg(
        "Selamat siang Mbak. This is "
        + d.R("Heru Santoso")
        + " from "
        + d.R("LPK Hanbit Nusantara")
        + ", Jl. Kaliurang Km 9 No. 14, Sleman. We prepare "
        "workers for factory jobs in South Korea and help with the job matching.",
        "L",
        "10:02",
    )
    msg("Siang Pak. I saw your post in the Facebook group. What job is it?", "R", "10:05")
    msg(
        "Factory job at "
        + d.E(
            "employer_identity",
            "Daeyang Precision Co., Ltd., 57 Saneop-ro 112beon-gil, Gimhae-si, Gyeongsangnam-do",
            "Daeyang Precision Co., Ltd., 57 Saneop-ro 112beon-gil",
        )
        + ", Korea. The factory is in "
        + d.E("work_location", "Gimhae, near Busan")
        + ".",
        "L",
        "10:06",
    )
    msg(
        d.E(
            "job_duties",
            "You will operate plastic injection machines, load the moulds and "
            "check the finished parts for defects.",
        ),
        "L",
        "10:06",
    )
    msg(
        "Work is "
        + d.E("hours_of_work", "8 hours a day, Monday to Friday")
        + ", 08:30 to 17:30 with 1 hour lunch.",
        "L",
        "10:07",
    )
    msg(
        "Salary follows the Korean minimum wage, "
        + d.E("wage_rate", "10,320 won per hour")
        + ", "
        + d.E("pay_frequency", "paid every month on the 10th")
        + " into your Korean bank account.",
        "L",
        "10:07",
    )
    msg(
        d.T(
            "Dormitory at the factory is provided and the company does not take rent for it.",
            "free dormitory",
        ),
        "L",
        "10:08",
    )
    msg("Alhamdulillah. What are the costs Pak?", "R", "10:15")
    msg(
        d.F(
            "training_cost",
            "The Korean language class for the EPS-TOPIK test is 3 months and "
            "costs Rp 12.500.000, paid before the first class.",
            12500000,
            "IDR",
        ),
        "L",
        "10:21",
    )
    msg(
        d.F(
            "deposit_or_bond",
            "We also need uang jaminan (guarantee money) of Rp 5.000.000 so "
            "that you do not run away from the company, returned after you come home.",
            5000000,
            "IDR",
        ),
        "L",
        "10:22",
    )

    msg("Is the visa paid by me?", "R", "10:30")
    msg(
        d.T(
            "No, the E-9 visa and the plane ticket to Busan are paid by the Korean employer, "
            "you pay nothing for those.",
            "visa and plane ticket paid by employer",
        ),
        "L",
        "10:31",
    )
    msg(
        d.T(
            "Medical check in Korea is also paid by the company.", "medical check paid by employer"
        ),
        "L",
        "10:31",
    )
    msg("And after I pass the test?", "R", "10:34")
    msg(
        d.F(
            "recruitment_fee",
            "After you pass, our placement fee is USD 1,500, half before "
            "the flight and half within your first three months in Korea.",
            1500,
            "USD",
        ),
        "L",
        "10:36",
    )
    msg("Can I pay in rupiah?", "R", "10:40")
    msg(
        "Yes, at the bank rate of that day. "
        + d.T(
            "Many of our students borrow from family.",
            "borrowing from family mentioned (not a loan repaid from wages)",
        ),
        "L",
        "10:41",
    )
    msg("OK Pak, I will discuss with my husband first.", "R", "10:52")
    msg(
        "Baik. Please send your full name as in the passport so I can register you for the "
        "next class.",
        "L",
        "10:53",
    )
    msg(d.E("worker_identity", "Rina Wulandari Putri"), "R", "11:20")
    msg("Terima kasih Mbak Rina. Class starts 2 February, Monday to Saturday, 08:00.", "L", "11:22")
    return d


# ======================================================================================
# co05  Sri Lanka -> Qatar: agency deployment checklist (generic, en)


def co05():
    d = Doc(
        "co05",
        "generic",
        "en",
        "deployment_checklist",
        "A4; boxed 'your job' panel; checklist table with tick boxes, who-pays and "
        "deadline columns; shaded rules box; bring-list; signature lines",
    )
    teal = (0, 92, 110)

    def hdr(p):
        p.set_y(9)
        p.font("cond", "B", 13, teal)
        p.cell(
            0,
            6,
            "CEYLINE HORIZON FOREIGN EMPLOYMENT AGENCY (PVT) LTD",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.font("cond", "", 8, (70, 70, 70))
        p.cell(
            0,
            4,
            "SLBFE Licence No. 2794  \u2022  No. 412/B, Negombo Road, Wattala  \u2022  "
            "Hotline 011 293 8805",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.hline(p.get_y() + 1.5, color=teal, width=0.6)
        p.set_y(p.get_y() + 5)

    def ftr(p):
        p.set_y(-12)
        p.font("cond", "I", 7.5, (90, 90, 90))
        p.cell(
            0,
            4,
            "Keep this checklist with your documents until you reach Doha.  "
            "Sheet %d of {nb}" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.R("Ceyline Horizon Foreign Employment Agency (Pvt) Ltd")
    d.add_page()
    d.para(
        "DEPLOYMENT CHECKLIST \u2013 QATAR HOSPITALITY GROUP 07/2026",
        size=13,
        style="B",
        fam="cond",
        align="C",
        after=3,
    )
    # job panel
    y0 = d.get_y()
    d.set_fill_color(232, 243, 246)
    d.set_draw_color(*teal)
    d.set_line_width(0.4)
    panel = [
        ("Worker", d.E("worker_identity", "W. A. Nimal Perera")),
        (
            "Employer",
            d.E(
                "employer_identity",
                "Pearl Cove Hotel & Residences W.L.L., Zone 66, Street 920, West Bay, Doha, Qatar",
                "Pearl Cove Hotel & Residences W.L.L., Zone 66, Street 920",
            ),
        ),
        (
            "Position",
            "Kitchen Helper \u2013 "
            + d.E("job_duties", "washes pots, prepares vegetables and cleans the cold rooms")
            + ".",
        ),
        ("Place of work", d.E("work_location", "Pearl Cove Hotel kitchens, West Bay, Doha") + "."),
        (
            "Salary",
            d.E("wage_rate", "QAR 1,200 basic per month")
            + ", "
            + d.E("pay_frequency", "paid monthly into a Qatari bank account")
            + " (WPS).",
        ),
        (
            "Housing, food, transport",
            d.T("provided free by the hotel.", "housing, food and transport provided free"),
        ),
        (
            "Return ticket",
            d.E("return_transportation", "paid by the employer at the end of the contract") + ".",
        ),
    ]
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, len(panel) * 5.2 + 9.5, "DF")
    d.set_xy(d.l_margin + 3, y0 + 2)
    d.font("cond", "B", 10, teal)
    d.cell(0, 5, "YOUR JOB", new_x="LMARGIN", new_y="NEXT")
    for k, v in panel:
        y = d.get_y()
        d.font("cond", "B", 9.5)
        d.set_xy(d.l_margin + 3, y)
        d.cell(44, 5.2, k + ":")
        d.font("cond", "", 9.5)
        d.set_xy(d.l_margin + 47, y)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + len(panel) * 5.2 + 13)
    d.para(
        "Tick each step when it is done. Bring this sheet to every visit to our office.",
        size=9,
        fam="cond",
        style="I",
        after=2,
    )
    box = "\u2610"
    d.grid(
        [
            ["", "Step", "Who pays / amount", "By"],
            [
                box,
                "Sign your employment contract at our office and receive your own copy.",
                "-",
                "3 March",
            ],
            [
                box,
                "GAMCA medical test at an approved medical centre. "
                + d.T(
                    "The GAMCA medical fee is refunded to you in cash at our office when you collect "
                    "your ticket.",
                    "GAMCA medical fee refunded in cash (reimbursement)",
                ),
                "refunded by agency",
                "6 March",
            ],
            [
                box,
                d.F(
                    "recruitment_fee",
                    "Pay the agency service charge of LKR 150,000 at our "
                    "Wattala office before your visa is collected.",
                    150000,
                    "LKR",
                ),
                "worker: LKR 150,000",
                "10 March",
            ],
            [
                box,
                d.F(
                    "insurance_cost",
                    "Register with the SLBFE and pay the registration and "
                    "insurance fee of LKR 24,600 yourself at the Bureau counter.",
                    24600,
                    "LKR",
                ),
                "worker: LKR 24,600",
                "12 March",
            ],
            [
                box,
                d.T(
                    "Attend the pre-departure training; the course fee is paid by the agency.",
                    "pre-departure training paid by the agency",
                ),
                "agency",
                "13-20 March",
            ],
            [
                box,
                d.T(
                    "Collect your visa and air ticket; both are paid by the employer.",
                    "visa and air ticket paid by employer",
                ),
                "employer",
                "24 March",
            ],
            [
                box,
                d.F(
                    "document_retention",
                    "Hand over your original passport to the agency on "
                    "departure day; it travels with the group leader and is given to the hotel "
                    "HR office in Doha.",
                ),
                "-",
                "26 March",
            ],
        ],
        widths=(7, 98, 30, 19),
        size=9,
        fam="cond",
        aligns=("CENTER", "LEFT", "LEFT", "LEFT"),
    )

    d.add_page()
    y0 = d.get_y()
    d.set_fill_color(250, 240, 225)
    d.set_draw_color(200, 150, 80)
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, 42, "DF")
    d.set_xy(d.l_margin + 3, y0 + 2.5)
    d.font("cond", "B", 10.5, (140, 80, 10))
    d.cell(
        0, 5, "RULES IN DOHA (read to all workers at the briefing)", new_x="LMARGIN", new_y="NEXT"
    )
    d.ln(1)
    rules = [
        d.F(
            "movement_restriction",
            "Workers may leave the staff accommodation only on Fridays "
            "between 2 p.m. and 9 p.m. and must sign out with the camp boss.",
        ),
        "Smoking and cooking are not allowed in the rooms.",
        d.T(
            "Meals in the staff canteen are free for all kitchen staff.", "free staff canteen meals"
        ),
        "Report any illness to the hotel nurse on the same day.",
    ]
    for r in rules:
        d.set_x(d.l_margin + 3)
        d.bullet(r, size=9.5, fam="cond", after=0.6)
    d.set_y(y0 + 48)
    d.heading("BRING ON DEPARTURE DAY", size=10.5, fam="cond", color=teal, before=0)
    for b in (
        "Your copy of the employment contract and this checklist",
        "Passport, visa print and air ticket (collected on 24 March)",
        "Clothes for one week, medicines you use, a warm jacket for the plane",
        "Family contact numbers written on paper",
    ):
        y = d.get_y()
        d.checkbox(d.l_margin + 1, y + 0.6)
        d.set_xy(d.l_margin + 7, y)
        d.font("cond", "", 9.5)
        d.multi_cell(0, 4.6, b, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(3)
    d.para(
        "Meet at the office of Ceyline Horizon Foreign Employment Agency (Pvt) Ltd in "
        "Wattala at 9 p.m. on the day before the flight. The group leader will call your "
        "name.",
        size=9.5,
        fam="cond",
        after=16,
    )
    y = d.get_y() + 6
    d.sigline(18, y, 70, "Worker's signature and date", seed=d.seed + 1)
    d.sigline(118, y, 70, "Deployment officer", seed=d.seed + 2)
    return d


# ======================================================================================
# co06  Jamaica -> US H-2B hotel housekeeping: job offer (h2b, en) -- COMPLIANT


def co06():
    d = Doc(
        "co06",
        "h2b",
        "en",
        "job_offer",
        "letter size; coral header band on every page; gridded summary table; numbered "
        "sections with bold run-in heads; footnote; signature block; page x of y footer",
        fmt="Letter",
        margins=(20, 16, 20),
    )
    coral = (196, 78, 60)

    def hdr(p):
        p.set_fill_color(*coral)
        p.rect(0, 0, p.w, 14, "F")
        p.font("serif", "B", 13, (255, 255, 255))
        p.set_xy(20, 3)
        p.cell(0, 6, "CORMORANT POINT RESORT")
        p.font("sans", "", 7.5, (255, 235, 230))
        p.set_xy(20, 8.6)
        p.cell(
            0,
            4,
            "Sea Grape Hospitality Group, LLC  \u00b7  4410 Ocean Drive  \u00b7  Ocean "
            "City, MD 21842  \u00b7  (410) 555-0172",
        )
        p.set_y(22)

    def ftr(p):
        p.set_y(-13)
        p.font("sans", "", 7, (100, 100, 100))
        p.cell(
            0,
            4,
            "H-2B Job Offer, Housekeeping 2026  \u00b7  Page %d of {nb}" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para(
        "H-2B JOB OFFER AND TERMS OF EMPLOYMENT",
        size=14,
        style="B",
        fam="serif",
        color=coral,
        after=0.5,
    )
    d.para(
        "Housekeeping Department \u2014 Season 2026. This offer is given to every worker "
        "recruited in Jamaica for the position below, before the worker applies for a "
        "visa. Please keep it with your passport.",
        size=9,
        style="I",
        color=(70, 70, 70),
        after=3,
    )
    d.grid(
        [
            [
                "Employer",
                d.E(
                    "employer_identity",
                    "Sea Grape Hospitality Group, LLC, doing business "
                    "as Cormorant Point Resort, 4410 Ocean Drive, Ocean City, Maryland 21842",
                    "Sea Grape Hospitality Group, LLC, doing business as Cormorant Point Resort",
                ),
            ],
            [
                "Recruiter in Jamaica",
                d.R("Blue Mahoe Staffing Solutions Ltd.") + ", 17 Barbican "
                "Road, Kingston 6 (paid by the employer)",
            ],
            ["Position", "Maid and Housekeeping Cleaner (SOC 37-2012), 40 openings"],
            [
                "Worksite",
                d.E(
                    "work_location",
                    "Cormorant Point Resort, 4410 Ocean Drive, Ocean City, "
                    "Worcester County, Maryland",
                    "4410 Ocean Drive, Ocean City, Worcester County, Maryland",
                ),
            ],
            [
                "Period of employment",
                d.E("employment_period", "April 15, 2026 to October 15, 2026"),
            ],
            [
                "Hours",
                d.E(
                    "hours_of_work",
                    "35 hours per week, 7:30 a.m. to 3:00 p.m., five days a week",
                    "35 hours per week",
                )
                + " (30-minute unpaid lunch)",
            ],
            ["Wage", d.E("wage_rate", "$17.42 per hour")],
            [
                "Overtime",
                d.E("overtime", "$26.13 per hour for hours over 40 in a workweek")
                + " (when available)",
            ],
            [
                "Pay day",
                d.E("pay_frequency", "Weekly, every Friday") + ", by direct deposit or check",
            ],
        ],
        widths=(40, 136),
        size=9,
        head=False,
        bold_first_col=True,
        zebra=(251, 238, 234),
    )
    d.ln(4)
    B = dict(size=9.5, h=4.6, after=2.2, markdown=True)
    d.heading("1. Duties and requirements", size=10.5, color=coral, before=0)
    d.para(
        "**Duties.** "
        + d.E(
            "job_duties",
            "Clean guest rooms and suites, make beds, change "
            "linens and towels, vacuum and mop, restock amenities",
            "Clean guest rooms and suites, make beds, change linens and towels",
        )
        + ", and "
        + d.T(
            "record minibar use so that it can be charged to the guest's folio.",
            "minibar use charged to guests (a customer charge, job duty)",
        ),
        **B,
    )
    d.para(
        "**Requirements.** No previous experience is required; "
        + d.E("job_requirements", "workers must be able to lift and carry 25 pounds")
        + " and to stand and walk for the full shift.",
        **B,
    )
    d.heading("2. Wages, deductions and guarantee", size=10.5, color=coral, before=1)
    d.para(
        "**Wage rate.** "
        + d.E(
            "wage_adjustment",
            "The employer will pay at least the "
            "highest of the prevailing wage, the federal minimum wage and the Maryland minimum "
            "wage",
            "highest of the prevailing wage, the federal minimum wage and the Maryland "
            "minimum wage",
        )
        + " in effect while the work is performed, and will raise the rate "
        "if any of them increases during the season.",
        **B,
    )
    d.para(
        "**Earnings statements.** "
        + d.E(
            "earnings_statements",
            "On each payday the worker "
            "receives an earnings statement showing the hours offered, hours worked, rate of "
            "pay, total earnings and every deduction",
            "receives an earnings statement showing the hours offered, hours worked",
        )
        + ".",
        **B,
    )
    d.para(
        "**Deductions.** "
        + d.E(
            "deductions",
            d.T(
                "The only deductions are federal and "
                "Maryland income tax, Social Security and Medicare taxes, and any deduction the "
                "worker asks for in writing for the worker's own benefit, such as a money transfer "
                "to family.",
                "lawful tax deductions and voluntary written-authorization deduction",
            ),
            "The only deductions are federal and Maryland income tax, Social Security and "
            "Medicare taxes",
        ),
        **B,
    )
    d.para(
        "**Three-fourths guarantee.** "
        + d.E(
            "three_fourths_guarantee",
            "The employer "
            "guarantees to offer each worker employment for at least three-fourths of the "
            "workdays in each 12-week period of the season",
            "at least three-fourths of the workdays in each 12-week period",
        )
        + ", and in the final partial period; if less "
        "work is offered, the worker is paid the difference.",
        **B,
    )
    d.heading("3. Travel, visa and costs", size=10.5, color=coral, before=1)
    d.para(
        "**Travel to the job.** "
        + d.E(
            "inbound_transportation",
            "The employer buys the air "
            "ticket from Kingston (KIN) to Baltimore (BWI), provides the shuttle from the airport "
            "to Ocean City, and pays daily subsistence of $16.36\u00b9 for each day of travel",
            "The employer buys the air ticket from Kingston (KIN) to Baltimore (BWI)",
        )
        + " no later than the first payday.",
        **B,
    )
    d.trap("inbound air ticket, shuttle and subsistence paid by employer")
    d.para(
        "**Visa.** "
        + d.E(
            "visa_reimbursement",
            d.T(
                "The visa fee of $205 and the related "
                "appointment and courier charges are reimbursed in full in the first workweek.",
                "visa fee reimbursed in first workweek",
            ),
        ),
        **B,
    )

    d.add_page()
    d.para(
        "**Trip home.** "
        + d.E(
            "return_transportation",
            "A worker who completes the season, "
            "or who is dismissed early for any reason other than cause, receives return airfare "
            "to Kingston and subsistence for the trip home, paid by the employer",
            "receives return airfare to Kingston and subsistence for the trip home, paid by the "
            "employer",
        )
        + ".",
        **B,
    )
    d.para(
        "**No recruitment fees.** "
        + d.T(
            "Blue Mahoe Staffing Solutions Ltd. is paid by the "
            "employer; neither it nor any other person may charge the worker a recruitment or "
            "placement fee, and any such request should be reported to the employer and to the "
            "U.S. Department of Labor.",
            "recruiter paid by employer; no recruitment fee (negated)",
        ),
        **B,
    )
    d.para(
        "**Tools and uniforms.** "
        + d.E(
            "tools_provided",
            d.T(
                "Uniforms, cleaning "
                "supplies, carts, vacuums and all other equipment are provided free of charge, and "
                "no deposit is taken.",
                "tools and uniforms free, no deposit",
            ),
            "Uniforms, cleaning supplies, carts, vacuums and all other equipment are provided "
            "free of charge",
        ),
        **B,
    )
    d.para(
        "**Breakage.** "
        + d.T(
            "Workers are not charged for normal wear or accidental "
            "breakage of equipment or linens.",
            "no charge for wear or accidental breakage (negated damage chargeback)",
        ),
        **B,
    )
    d.para(
        "**Housing and meals.** "
        + d.T(
            "Staff housing at the Bayside Dormitory, twelve "
            "blocks from the resort, is available at no cost to workers who want it, utilities "
            "included.",
            "optional staff housing at no cost",
        )
        + " "
        + d.T(
            "Free coffee and one staff meal per shift are served in the employee cafeteria.",
            "'coffee'; free staff meal",
        ),
        **B,
    )
    d.heading("4. Ending the job", size=10.5, color=coral, before=1)
    d.para(
        "**Abandonment and cause.** "
        + d.E(
            "termination",
            "If a worker is absent for 5 "
            "consecutive working days without the employer's consent, the worker is considered "
            "to have abandoned the job",
            "absent for 5 consecutive working days without the employer's consent",
        )
        + "; the employer will notify the U.S. Department of Labor and "
        "DHS in writing within 2 working days, and is then not required to pay return "
        "transportation or to meet the three-fourths guarantee for that worker. The same "
        "applies to a worker terminated for cause, such as theft or violence.",
        **B,
    )
    d.para(
        "**Contract impossibility.** "
        + d.E(
            "contract_impossibility",
            "If a hurricane, "
            "flood, fire or other act of God makes the work impossible before the end date",
            "makes the work impossible before the end date",
        )
        + ", the employer may end the "
        "contract with the approval of the Certifying Officer, and will pay the "
        "three-fourths guarantee up to that date, the return airfare to Kingston and "
        "subsistence.",
        **B,
    )
    d.heading("5. Your rights", size=10.5, color=coral, before=1)
    d.bullet(
        d.T(
            "The employer will not keep any worker's passport or visa.",
            "employer keeps no passports (negated retention)",
        ),
        size=9.5,
    )
    d.bullet(
        d.T(
            "No worker will be blacklisted, threatened or reported to immigration for "
            "asking about pay or filing a complaint.",
            "no blacklisting for complaints (negated)",
        ),
        size=9.5,
    )
    d.bullet("A copy of this offer in the worker's language is available on request.", size=9.5)
    d.ln(6)
    y = d.get_y() + 12
    d.sigline(20, y, 75, "Worker's signature, printed name and date", seed=d.seed + 1)
    d.sigline(
        118,
        y,
        78,
        "Human Resources Director, for the employer",
        name="Donna K. Whitfield",
        seed=d.seed + 2,
    )
    d.set_y(y + 16)
    d.hline(color=(170, 170, 170), width=0.2)
    d.ln(1)
    d.para(
        "\u00b9 Daily subsistence is the U.S. Department of Labor minimum in effect on the "
        "date of travel; receipts are not required.",
        size=7.5,
        color=(80, 80, 80),
    )
    return d


# ======================================================================================
# co07  Guatemala -> Canada: recruiter's payment receipts + conditions note (generic, es)


def co07():
    d = Doc(
        "co07",
        "generic",
        "es",
        "payment_receipts",
        "receipt-book pages: two framed receipts per page with number, 'Bueno por' box, "
        "dashed cut line, red PAGADO rubber stamp (image); framed conditions note",
        margins=(16, 12, 16),
        bottom=10,
    )
    d.set_auto_page_break(False)
    ink = (30, 40, 110)
    cum = d.R("Agencia de Empleos Cumbre Maya")
    boss = d.R("Edgar Rolando Chávez Morales")

    def receipt(y, num, bueno, body, fecha, concepto, seed):
        x, w, h = d.l_margin, d.w - d.l_margin - d.r_margin, 118
        d.set_draw_color(*ink)
        d.set_line_width(0.5)
        d.rect(x, y, w, h)
        d.set_line_width(0.2)
        d.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4)
        d.font("serif", "B", 12.5, ink)
        d.set_xy(x + 5, y + 5)
        d.cell(110, 6, cum.upper())
        d.font("serif", "", 8, (60, 60, 60))
        d.set_xy(x + 5, y + 11.5)
        d.cell(110, 4, "4a. Calle 12-45 zona 1, Quetzaltenango  \u00b7  Tel. 7765-3082")
        d.set_xy(x + 5, y + 15.5)
        d.cell(110, 4, "Reclutamiento de personal para el extranjero")
        d.font("sans", "B", 10, (170, 20, 20))
        d.set_xy(x + w - 58, y + 5)
        d.cell(53, 6, "RECIBO No. %s" % num, align="R")
        d.set_draw_color(*ink)
        d.rect(x + w - 58, y + 13, 53, 9)
        d.font("sans", "B", 10, ink)
        d.set_xy(x + w - 57, y + 14.5)
        d.cell(51, 6, "Bueno por: " + bueno, align="C")
        d.hline(y + 26, x1=x + 5, x2=x + w - 5, color=ink, width=0.3)
        d.font("serif", "", 10.5, (20, 20, 20))
        d.set_xy(x + 5, y + 30)
        d.multi_cell(w - 10, 6.2, body, align="L", new_x="LMARGIN", new_y="NEXT")
        d.font("serif", "", 9.5, (20, 20, 20))
        d.set_xy(x + 5, y + 68)
        d.cell(0, 5, "Concepto: " + concepto)
        d.set_xy(x + 5, y + 75)
        d.cell(0, 5, "Lugar y fecha: " + fecha)
        d.set_xy(x + 5, y + 82)
        d.cell(0, 5, "Forma de pago:  [X] efectivo    [  ] depósito bancario")
        d.scribble(x + 112, y + 90, 46, 9, seed)
        d.hline(y + 103, x1=x + 100, x2=x + w - 8, color=(60, 60, 60))
        d.font("sans", "", 8, (60, 60, 60))
        d.set_xy(x + 100, y + 104)
        d.cell(70, 4, "Recibió: Lic. " + boss)
        d.image(
            io.BytesIO(stamp_png([("PAGADO", 64), (fecha.split(",")[-1].strip(), 26)], seed=seed)),
            x=x + 30,
            y=y + 88,
            w=44,
        )

    def cutline(y):
        d.set_draw_color(150, 150, 150)
        d.set_dash_pattern(dash=1.5, gap=1.2)
        d.line(6, y, d.w - 6, y)
        d.set_dash_pattern()

    d.add_page()
    receipt(
        12,
        "0417",
        "Q3,000.00",
        d.F(
            "recruitment_fee",
            "Recibí del señor Marvin Estuardo "
            "López Tzul la cantidad de Q3,000.00 (tres mil quetzales exactos) en concepto de "
            "inscripción para apartar su lugar en el grupo de invernaderos de Canadá.",
            3000,
            "GTQ",
        ),
        "Quetzaltenango, 8 de octubre de 2025",
        "inscripción grupo Canadá 2026",
        d.seed + 1,
    )
    cutline(137)
    receipt(
        144,
        "0422",
        "Q1,650.00",
        d.F(
            "visa_cost",
            "Recibí del señor Marvin Estuardo López "
            "Tzul la suma de Q1,650.00 (mil seiscientos cincuenta quetzales) para cubrir el "
            "permiso de trabajo y la toma de datos biométricos ante las autoridades de Canadá.",
            1650,
            "GTQ",
        ),
        "Quetzaltenango, 3 de noviembre de 2025",
        "permiso de trabajo y biometría",
        d.seed + 2,
    )
    d.E("worker_identity", "Marvin Estuardo López Tzul")

    d.add_page()
    receipt(
        12,
        "0431",
        "Q850.00",
        d.F(
            "medical_cost",
            "Recibí la suma de ochocientos cincuenta "
            "quetzales (Q850.00) por el examen médico con el médico designado por Inmigración de "
            "Canadá, que corre por cuenta del trabajador.",
            850,
            "GTQ",
        ),
        "Quetzaltenango, 17 de noviembre de 2025",
        "examen médico",
        d.seed + 3,
    )
    cutline(137)
    # conditions note
    x, y, w = d.l_margin, 144, d.w - d.l_margin - d.r_margin
    d.set_draw_color(*ink)
    d.set_line_width(0.4)
    d.rect(x, y, w, 138)
    d.font("serif", "B", 11.5, ink)
    d.set_xy(x + 5, y + 4)
    d.cell(0, 6, "CONSTANCIA DE CONDICIONES DEL TRABAJO EN CANADÁ")
    lines = [
        "Empleador: "
        + d.E(
            "employer_identity",
            "Serres Val-Bélanger inc., 1280, rang "
            "Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, Canadá",
            "Serres Val-Bélanger inc., 1280, rang Saint-Joseph",
        )
        + ".",
        "Puesto: trabajador agrícola de invernadero; "
        + d.E("job_duties", "cosecha de tomate y pepino, deshoje y empaque")
        + ".",
        "Lugar de trabajo: "
        + d.E("work_location", "invernaderos de Saint-Rémi, provincia de Québec")
        + ".",
        "Período: " + d.E("employment_period", "del 2 de febrero al 28 de noviembre de 2026") + ".",
        "Salario: " + d.E("wage_rate", "17.75 dólares canadienses por hora") + ".",
        d.E(
            "return_transportation",
            d.T(
                "El boleto de avión de ida y de regreso lo paga el empleador canadiense.",
                "air ticket both ways paid by the Canadian employer",
            ),
            "El boleto de avión de ida y de regreso lo paga el empleador canadiense",
        ),
        d.T(
            "La vivienda en la finca no tiene costo para el trabajador.",
            "housing on the farm at no cost",
        ),
        "Terminación: "
        + d.E(
            "termination",
            "el empleador solo puede terminar el contrato antes "
            "de tiempo por causa justificada, como faltas graves comprobadas, según las leyes de "
            "Québec",
            "solo puede terminar el contrato antes de tiempo por causa justificada",
        )
        + ".",
    ]
    d.set_y(y + 13)
    for ln in lines:
        d.set_x(x + 5)
        d.font("serif", "", 10)
        d.multi_cell(w - 10, 5.2, ln, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)
    d.ln(1.5)
    d.set_x(x + 5)
    d.font("serif", "B", 10, (150, 20, 20))
    d.multi_cell(
        w - 10,
        5.2,
        "Nota: "
        + d.F(
            "breach_penalty",
            "Si el trabajador abandona la "
            "finca antes de terminar el contrato, perderá todo lo pagado y deberá cubrir "
            "una multa de Q5,000 a la agencia.",
            5000,
            "GTQ",
        ),
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    yy = y + 122
    d.scribble(x + 12, yy - 9, 40, 8, d.seed + 7)
    d.hline(yy, x1=x + 8, x2=x + 78, color=(60, 60, 60))
    d.hline(yy, x1=x + 100, x2=x + w - 8, color=(60, 60, 60))
    d.scribble(x + 108, yy - 9, 40, 8, d.seed + 8)
    d.font("sans", "", 8, (60, 60, 60))
    d.set_xy(x + 8, yy + 1)
    d.cell(70, 4, "Firma del trabajador")
    d.set_xy(x + 100, yy + 1)
    d.cell(70, 4, boss + ", Gerente")
    d.set_xy(x + 100, yy + 5)
    d.cell(70, 4, cum)
    return d


# ======================================================================================
# co08  UK Seasonal Worker: farm worker handbook (generic, en)


def co08():
    d = Doc(
        "co08",
        "generic",
        "en",
        "worker_handbook",
        "A4; full-width title and 'at a glance' grid with a blank name line; body in two "
        "columns with section heads; running header and footer",
        margins=(16, 14, 16),
    )
    d.set_auto_page_break(False)
    berry = (150, 20, 60)
    gut = 8
    colw = (d.w - 32 - gut) / 2

    def hdr(p):
        p.set_y(8)
        p.font("sans", "", 7.5, (110, 110, 110))
        p.cell(0, 4, "Brookholme Soft Fruit Ltd  \u2022  Worker Handbook 2026", align="L")
        p.set_x(p.l_margin)
        p.cell(0, 4, "Seasonal Worker scheme", align="R")
        p.hline(13, color=berry, width=0.4)
        p.set_y(17)

    def ftr(p):
        p.set_y(-11)
        p.font("sans", "", 7.5, (110, 110, 110))
        p.cell(
            0,
            4,
            "Questions? Speak to the welfare officer in the office cabin, or call "
            "01584 000 731.   Page %d of {nb}" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    col = {"i": 0, "top": 0, "bottom": 0}

    def set_col(i):
        col["i"] = i
        x = 16 + i * (colw + gut)
        d.set_left_margin(x)
        d.set_right_margin(d.w - x - colw)
        d.set_xy(x, col["top"])

    def start_cols(top, bottom):
        col["top"], col["bottom"] = top, bottom
        set_col(0)

    def end_cols():
        d.set_left_margin(16)
        d.set_right_margin(16)

    def sec(title):
        d.ln(1.5)
        d.font("sans", "B", 10.5, berry)
        d.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(0.8)

    def p(text):
        d.font("serif", "", 9.5)
        d.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)
        assert d.get_y() <= col["bottom"], ("column overflow", text[:40])

    d.add_page()
    d.para("Welcome to Brookholme", size=20, style="B", fam="serif", color=berry, after=0)
    d.para(
        "Your handbook on pay, accommodation and charges for the 2026 season. Please keep it "
        "in your caravan.",
        size=10,
        fam="serif",
        style="I",
        color=(80, 80, 80),
        after=3,
    )
    d.grid(
        [
            ["Worker name", "______________________________"],
            [
                "Employer",
                d.E(
                    "employer_identity",
                    "Brookholme Soft Fruit Ltd, Hollins Farm, Lower "
                    "Ledwyche, Ludlow, Shropshire SY8 4JT",
                    "Brookholme Soft Fruit Ltd, Hollins Farm, Lower Ledwyche",
                ),
            ],
            ["Recruited through", d.R("Harrow Fields Seasonal Labour Ltd") + " (scheme operator)"],
            ["Season", d.E("employment_period", "4 May 2026 to 30 September 2026")],
            [
                "Work",
                d.E(
                    "job_duties",
                    "Picking strawberries and raspberries into punnets, grading "
                    "fruit on the packing line and tidying tunnels",
                    "Picking strawberries and raspberries into punnets",
                )
                + ".",
            ],
            [
                "Where",
                d.E("work_location", "Polytunnels at Hollins Farm and Ledwyche Bank, Ludlow") + ".",
            ],
            [
                "Hours",
                "Usually " + d.E("hours_of_work", "8 hours a day, 6 days a week") + ", and "
                "never more than 48 hours a week on average.",
            ],
            [
                "Pay",
                d.E("wage_rate", "£12.71 per hour")
                + " plus a piece-rate bonus, "
                + d.E("pay_frequency", "paid weekly every Friday")
                + " by bank transfer.",
            ],
        ],
        widths=(30, 148),
        size=9,
        head=False,
        bold_first_col=True,
        zebra=(250, 236, 241),
    )
    d.trap("blank 'Worker name' line: no worker identity stated")
    start_cols(d.get_y() + 5, d.h - 16)
    sec("1. Your pay")
    p(
        "Payslips are sent to your phone every Friday and show your hours, your piece-rate "
        "bonus and every deduction. "
        + d.E(
            "deductions",
            d.T(
                "Income tax and National Insurance are deducted as HMRC requires.",
                "income tax and National Insurance deducted (lawful)",
            ),
        )
    )
    p(
        d.F(
            "wage_withholding",
            "Your final two weeks\u2019 wages are held back and paid only after "
            "you hand in your caravan keys at the end of the season.",
        )
        + " Please give the office "
        "your bank details for that last payment before you leave."
    )
    sec("2. Accommodation")
    p(
        "You live in a shared caravan on the farm, two or three people to a caravan, with a "
        "kitchen, shower and heating."
    )
    p(
        d.F(
            "housing_charge",
            "A bed in a shared caravan costs £72.80 per week, deducted from your pay every Friday.",
            72.80,
            "GBP",
        )
    )
    p(
        d.F(
            "deposit_or_bond",
            "A caravan deposit of £150 is taken from your first two wages and "
            "returned at the end of your stay if the caravan is left clean and undamaged.",
            150,
            "GBP",
        )
    )
    set_col(1)
    sec("3. Travel and visa")
    p(
        d.T(
            "The farm reimburses your visa application fee of £319 in your first pay.",
            "visa fee reimbursed by the farm",
        )
    )
    p(
        d.F(
            "travel_cost",
            "The coach from Heathrow Airport to the farm costs £45, which is "
            "deducted from your first pay.",
            45,
            "GBP",
        )
        + " The coach meets every group at "
        "Terminal 4."
    )
    sec("4. Equipment")
    p(
        d.T(
            "Wellies, waterproofs, gloves and picking trolleys are lent to you free of charge.",
            "equipment lent free",
        )
    )
    p(
        d.T(
            "Free tea and coffee are available in the welfare cabin all day.",
            "'coffee'; free drinks",
        )
    )
    sec("5. Your rights")
    p(
        d.T(
            "Harrow Fields Seasonal Labour Ltd does not charge workers any fee, and nobody else may "
            "ask you for money to get this job.",
            "scheme operator charges no fee (negated)",
        )
    )
    p(
        d.T(
            "You may ask the scheme operator to move you to another farm at any time, and no "
            "penalty applies.",
            "free to change farm without penalty (negated movement restriction)",
        )
    )
    p(d.T("Your passport stays with you at all times.", "worker keeps passport"))
    p(
        d.E(
            "termination",
            "Either you or the farm may end your placement with one week\u2019s "
            "notice; the farm may end it without notice only for gross misconduct, such as "
            "violence or theft.",
            "Either you or the farm may end your placement with one week\u2019s notice",
        )
    )
    end_cols()
    return d


# ======================================================================================
# co09  Honduras -> Spain (collective hiring in origin): seasonal contract (generic, es)
#       COMPLIANT


def co09():
    d = Doc(
        "co09",
        "generic",
        "es",
        "work_contract",
        "A4 legal contract, serif; REUNIDOS / EXPONEN / CLÁUSULAS with bold run-in clause "
        "heads; cost/payer summary table; two-column signature block; footnote; "
        "margin rule",
        margins=(25, 18, 20),
    )
    olive = (70, 80, 30)

    def hdr(p):
        p.set_draw_color(*olive)
        p.set_line_width(0.8)
        p.line(16, 15, 16, p.h - 15)
        p.set_y(11)
        p.font("serif", "", 7.5, (90, 90, 90))
        p.cell(
            0,
            4,
            "Agrícola Marismas del Tinto, S.L.  \u00b7  Contratación colectiva en "
            "origen, campaña 2026",
            align="R",
        )
        p.set_y(20)

    def ftr(p):
        p.set_y(-13)
        p.font("serif", "I", 7.5, (90, 90, 90))
        p.cell(
            0,
            4,
            "Página %d de {nb}  \u00b7  Rubrica de las partes: ____  ____" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA",
        size=13,
        style="B",
        fam="serif",
        align="C",
        after=0.5,
    )
    d.para(
        "Actividad de temporada \u2014 Gestión colectiva de contrataciones en origen",
        size=10,
        fam="serif",
        style="I",
        align="C",
        after=4,
    )
    S = dict(size=10, fam="serif", h=5.0, after=2.2, markdown=True)
    d.para("En Tegucigalpa, a 12 de enero de 2026.", **S)
    d.para("**REUNIDOS**", **S)
    d.para(
        "De una parte, "
        + d.E(
            "employer_identity",
            "Agrícola Marismas del Tinto, S.L., con "
            "CIF B21874530 y domicilio social en Camino de la Dehesa, s/n, 21800 Moguer (Huelva)",
            "Agrícola Marismas del Tinto, S.L., con CIF B21874530",
        )
        + ", representada por don "
        "Álvaro Reinoso Cárdenas en calidad de administrador (en adelante, LA EMPRESA).",
        **S,
    )
    d.para(
        "De otra parte, doña "
        + d.E("worker_identity", "Dilcia Marisol Ordóñez Funes")
        + ", de nacionalidad hondureña, con pasaporte n.º F842197 (en adelante, LA "
        "TRABAJADORA).",
        **S,
    )
    d.para("**EXPONEN**", **S)
    d.para(
        "Que LA EMPRESA ha obtenido la autorización para contratar en origen a trabajadoras "
        "de temporada para la campaña de frutos rojos, y que ambas partes acuerdan este "
        "contrato con arreglo a las siguientes",
        **S,
    )
    d.para("**CLÁUSULAS**", **S)
    d.para(
        "**PRIMERA. Puesto.** LA TRABAJADORA prestará servicios como peona agrícola, "
        + d.E(
            "job_duties",
            "realizando la recolección de fresa y arándano, la limpieza de "
            "plantas y la carga de cajas en el almacén de campo",
        )
        + ".",
        **S,
    )
    d.para(
        "**SEGUNDA. Lugar de trabajo.** El trabajo se realizará en "
        + d.E(
            "work_location", "la finca «Los Pinarejos», en el término municipal de Moguer (Huelva)"
        )
        + ".",
        **S,
    )
    d.para(
        "**TERCERA. Duración.** El contrato se inicia el "
        + d.E("employment_period", "9 de febrero de 2026 y finaliza el 15 de junio de 2026")
        + ".",
        **S,
    )
    d.para(
        "**CUARTA. Jornada.** La jornada será de "
        + d.E("hours_of_work", "39 horas semanales, de lunes a sábado, de 7:30 a 14:00 horas")
        + ", con un descanso de 20 "
        "minutos.",
        **S,
    )
    d.para(
        "**QUINTA. Retribución.** LA TRABAJADORA percibirá un salario de "
        + d.E("wage_rate", "58,42 euros brutos por jornada efectiva")
        + ", conforme al "
        "convenio colectivo del campo de la provincia de Huelva. El salario se "
        + d.E("pay_frequency", "abonará mensualmente por transferencia bancaria")
        + " antes del día 5 del mes siguiente.",
        **S,
    )
    d.para(
        "**SEXTA. Descuentos.** "
        + d.E(
            "deductions",
            d.T(
                "De la nómina solo se descontarán "
                "la cotización a la Seguridad Social a cargo de la trabajadora y la retención del "
                "IRPF que corresponda según la ley.",
                "statutory social-security and income-tax deductions (lawful)",
            ),
            "De la nómina solo se descontarán la cotización a la Seguridad Social",
        )
        + " "
        + d.T(
            "No se descontará ninguna cantidad por alojamiento, "
            "transporte, herramientas ni selección.",
            "no deductions for housing, transport, tools or selection (negation)",
        ),
        **S,
    )
    d.para(
        "**SÉPTIMA. Viajes y visado.** "
        + d.T(
            "LA EMPRESA abona el billete de avión de ida "
            "San Pedro Sula\u2013Madrid y el traslado en autobús hasta Moguer, sin costo alguno "
            "para la trabajadora.",
            "outbound flight and bus paid by employer ('sin costo alguno')",
        )
        + " "
        + d.E(
            "return_transportation",
            d.T(
                "Al terminar el contrato, LA "
                "EMPRESA paga igualmente el viaje de regreso hasta San Pedro Sula.",
                "return trip paid by employer",
            ),
            "paga igualmente el viaje de regreso hasta San Pedro Sula",
        )
        + " "
        + d.T(
            "Las tasas del visado y de la tarjeta de identidad de extranjero (TIE) "
            "corren a cargo de LA EMPRESA.",
            "visa and TIE fees ('tasas') paid by employer",
        ),
        **S,
    )

    d.add_page()
    d.para(
        "**OCTAVA. Alojamiento.** "
        + d.T(
            "LA EMPRESA facilita alojamiento gratuito en la "
            "propia finca, en módulos de cuatro plazas con cocina equipada, agua caliente y "
            "lavadora.",
            "free housing with kitchen",
        ),
        **S,
    )
    d.para(
        "**NOVENA. Equipos de trabajo.** "
        + d.T(
            "LA EMPRESA entrega gratuitamente guantes, "
            "botas, ropa de agua y demás equipos de protección individual.",
            "protective equipment free",
        ),
        **S,
    )
    d.para(
        "**DÉCIMA. Documentación personal.** "
        + d.T(
            "LA TRABAJADORA conservará en todo "
            "momento su pasaporte y demás documentos personales, y LA EMPRESA no podrá "
            "retenerlos.",
            "worker keeps passport (negated retention)",
        ),
        **S,
    )
    d.para(
        "**UNDÉCIMA. Selección.** "
        + d.T(
            "La selección en origen se ha realizado sin costo "
            "alguno para la trabajadora, y ninguna persona o entidad está autorizada a cobrarle "
            "cantidad alguna por este empleo.",
            "selection free; nobody may charge (negated recruitment fee)",
        ),
        **S,
    )
    d.para(
        "**DUODÉCIMA. Seguro.** "
        + d.T(
            "LA EMPRESA tiene contratado a su cargo un seguro "
            "de accidentes para toda la plantilla.",
            "accident insurance paid by employer",
        ),
        **S,
    )
    d.para(
        "**DECIMOTERCERA. Extinción.** El contrato se extinguirá en la fecha pactada o por "
        "las causas del artículo 49 del Estatuto de los Trabajadores; "
        + d.E(
            "termination",
            "el despido disciplinario se comunicará por escrito, con "
            "expresión de los hechos que lo motivan",
        )
        + ". "
        + d.T(
            "Si LA TRABAJADORA decide dejar el trabajo antes de la fecha de fin, bastará con "
            "que avise con siete días de antelación, sin penalización alguna.",
            "leaving early with notice, 'sin penalización alguna' (negated breach penalty)",
        ),
        **S,
    )
    d.para(
        "**DECIMOCUARTA. Resumen de gastos.** Para información de LA TRABAJADORA, los "
        "gastos del proceso y quién los paga son los siguientes:",
        **S,
    )
    d.trap("cost/payer table: visa, TIE, flights, bus, housing, equipment all 'Empresa'")
    d.grid(
        [
            ["Concepto", "Importe aproximado\u00b9", "A cargo de"],
            ["Tasa del visado de trabajo", "80 €", "Empresa"],
            ["Tarjeta de identidad de extranjero (TIE)", "16 €", "Empresa"],
            ["Billete de avión de ida", "950 €", "Empresa"],
            ["Billete de avión de regreso", "950 €", "Empresa"],
            ["Autobús Madrid\u2013Moguer", "45 €", "Empresa"],
            ["Alojamiento en la finca", "0 € (gratuito)", "\u2014"],
            ["Equipos de protección individual", "incluido", "Empresa"],
        ],
        widths=(80, 40, 40),
        size=9.5,
        fam="serif",
        width=160,
    )
    d.ln(3)
    d.para(
        "Y en prueba de conformidad, ambas partes firman el presente contrato por "
        "duplicado en el lugar y fecha indicados.",
        **S,
    )
    y = d.get_y() + 18
    d.sigline(25, y, 70, "Por LA EMPRESA", name="Álvaro Reinoso Cárdenas", seed=d.seed + 1)
    d.sigline(115, y, 70, "LA TRABAJADORA", name="Dilcia Marisol Ordóñez Funes", seed=d.seed + 2)
    d.set_y(y + 16)
    d.hline(color=(150, 150, 150), width=0.2)
    d.ln(1)
    d.para(
        "\u00b9 Importes orientativos; LA EMPRESA abona en todo caso el importe real de cada "
        "gasto.",
        size=7.5,
        fam="serif",
        color=(80, 80, 80),
    )
    return d


# ======================================================================================
# co10  Mexico -> US H-2A sweet potatoes: recruiter's bilingual deployment checklist
#       (h2a, en+es; English line with its Spanish line stacked below in italics)


def co10():
    d = Doc(
        "co10",
        "h2a",
        "en+es",
        "deployment_checklist",
        "letter size; bilingual stacked lines (English, then Spanish in italics); job "
        "summary box; tick-box checklist; Spanish-only note box; signature",
        fmt="Letter",
        margins=(18, 14, 18),
    )
    brown = (120, 70, 20)

    def hdr(p):
        p.set_y(10)
        p.font("sans", "B", 12, brown)
        p.cell(0, 6, "RECLUTADORA AGRÍCOLA LOS ALTOS, S. DE R.L.", new_x="LMARGIN", new_y="NEXT")
        p.font("sans", "", 7.5, (80, 80, 80))
        p.cell(
            0,
            4,
            "Av. Juárez 318, Centro, Tepatitlán de Morelos, Jalisco  \u00b7  Tel. 378 "
            "104 2290  \u00b7  WhatsApp 33 1908 4471",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.hline(p.get_y() + 1.5, color=brown, width=0.5)
        p.set_y(p.get_y() + 5)

    def ftr(p):
        p.set_y(-12)
        p.font("sans", "", 7, (100, 100, 100))
        p.cell(0, 4, "Cuadrilla 3 / Crew 3  \u00b7  %d/{nb}" % p.page_no(), align="R")

    d.hdr, d.ftr = hdr, ftr
    d.R("Reclutadora Agrícola Los Altos, S. de R.L.")

    def bi(en, es, size=9.5, indent=0):
        x = d.l_margin + indent
        d.set_x(x)
        d.font("sans", "", size)
        d.multi_cell(0, size * 0.47, en, align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_x(x)
        d.font("sans", "I", size, (70, 70, 70))
        d.multi_cell(0, size * 0.47, es, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.6)

    d.add_page()
    d.para("DEPLOYMENT CHECKLIST \u2013 H-2A CREW 3", size=13, style="B", after=0)
    d.para(
        "LISTA DE SALIDA \u2013 CUADRILLA 3 (H-2A)",
        size=11,
        style="BI",
        color=(70, 70, 70),
        after=3,
    )
    bi(
        "Employer: "
        + d.E(
            "employer_identity",
            "Piedmont Sweetpotato Farms, LLP, 2150 Old "
            "Stantonsburg Road, Wilson, North Carolina 27893",
            "Piedmont Sweetpotato Farms, LLP, 2150 Old Stantonsburg Road",
        ),
        "Patrón: Piedmont Sweetpotato Farms, LLP, 2150 Old Stantonsburg Road, Wilson, Carolina "
        "del Norte 27893",
    )
    y0 = d.get_y()
    d.set_draw_color(*brown)
    d.set_line_width(0.4)
    d.set_fill_color(250, 244, 235)
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, 101, "DF")
    d.set_xy(d.l_margin + 3, y0 + 2.5)
    d.font("sans", "B", 10, brown)
    d.cell(0, 5, "JOB SUMMARY / RESUMEN DEL TRABAJO", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    job = [
        (
            "Job: "
            + d.E(
                "job_duties",
                "harvest, grade and pack sweet potatoes in the field and in the packing shed",
            )
            + ".",
            "Trabajo: cosechar, seleccionar y empacar camote en el campo y en la empacadora.",
        ),
        (
            "Place: "
            + d.E("work_location", "the employer's farms around Wilson, North Carolina")
            + ".",
            "Lugar: los ranchos del patrón alrededor de Wilson, Carolina del Norte.",
        ),
        (
            "Dates: " + d.E("employment_period", "May 4, 2026 to November 20, 2026") + ".",
            "Fechas: del 4 de mayo al 20 de noviembre de 2026.",
        ),
        (
            "Hours: " + d.E("hours_of_work", "40 hours per week, Monday to Saturday") + ".",
            "Horario: 40 horas por semana, de lunes a sábado.",
        ),
        (
            "Pay: "
            + d.E("wage_rate", "$16.27 per hour")
            + ", "
            + d.E("pay_frequency", "paid every week")
            + ".",
            "Pago: $16.27 por hora, pagado cada semana.",
        ),
        (
            "Experience: " + d.E("job_requirements", "at least 3 months of field work") + ".",
            "Experiencia: mínimo 3 meses de trabajo en el campo.",
        ),
        (
            "Housing: "
            + d.E("housing", d.T("free, in the farm's camp", "free housing (h2a)"))
            + ", with "
            + d.E("daily_transportation", "free transportation to the fields every day")
            + ".",
            "Vivienda: gratis, en el campamento del rancho, con transporte gratis al campo todos "
            "los días.",
        ),
        (
            "Tools and gloves: "
            + d.E("tools_provided", d.T("given free by the employer", "tools and gloves free"))
            + ".",
            "Herramientas y guantes: gratis, los da el patrón.",
        ),
    ]
    for en, es in job:
        bi(en, es, size=9, indent=3)
    d.set_y(y0 + 105)
    d.para("CHECKLIST / LISTA", size=10.5, style="B", color=brown, after=1.5)
    items = [
        (
            d.T(
                "Valid passport (at least 6 months). You keep your passport at all times.",
                "worker keeps passport",
            ),
            "Pasaporte vigente (mínimo 6 meses). Usted guarda su pasaporte en todo momento.",
        ),
        (
            d.F(
                "recruitment_fee",
                "Bring USD 450 in cash for the recruiter's processing fee.",
                450,
                "USD",
                group=1,
            ),
            d.F(
                "recruitment_fee",
                "Traiga 450 dólares en efectivo para la cuota de trámite del reclutador.",
                450,
                "USD",
                group=1,
            ),
        ),
        (
            d.F(
                "visa_cost",
                "The $205.00 visa fee is paid by each worker at the consulate and is not refunded.",
                205,
                "USD",
                group=2,
            ),
            d.F(
                "visa_cost",
                "Cada trabajador paga en el consulado la cuota de visa de $205.00 y no "
                "se le reembolsa.",
                205,
                "USD",
                group=2,
            ),
        ),
    ]
    for en, es in items:
        y = d.get_y()
        d.checkbox(d.l_margin, y + 0.5)
        d.set_y(y)
        bi(en, es, indent=7)

    d.add_page()
    items = [
        (
            d.F(
                "travel_cost",
                "The night at the hotel in Monterrey before the consulate "
                "appointment costs MXN 650 and is paid by the worker.",
                650,
                "MXN",
                group=3,
            ),
            d.F(
                "travel_cost",
                "La noche de hotel en Monterrey antes de la cita en el consulado "
                "cuesta 650 pesos y la paga el trabajador.",
                650,
                "MXN",
                group=3,
            ),
        ),
        (
            "Appointment at the U.S. Consulate in Monterrey: March 27, 2026, 7:00 a.m.",
            "Cita en el Consulado de EE. UU. en Monterrey: 27 de marzo de 2026, 7:00 a. m.",
        ),
        (
            "Bring clothes for two weeks, work boots, a cap and a jacket.",
            "Traiga ropa para dos semanas, botas de trabajo, gorra y chamarra.",
        ),
        (
            "Bring your CURP and a copy of your voter ID (INE).",
            "Traiga su CURP y una copia de su credencial del INE.",
        ),
    ]
    for en, es in items:
        y = d.get_y()
        d.checkbox(d.l_margin, y + 0.5)
        d.set_y(y)
        bi(en, es, indent=7)
    d.ln(2)
    y0 = d.get_y()
    d.set_fill_color(255, 236, 200)
    d.set_draw_color(200, 120, 20)
    d.rect(d.l_margin, y0, d.w - d.l_margin - d.r_margin, 22, "DF")
    d.set_xy(d.l_margin + 3, y0 + 2.5)
    d.font("sans", "B", 10, (140, 60, 0))
    d.cell(0, 5, "NOTA IMPORTANTE", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 3)
    d.font("sans", "", 9.5)
    d.multi_cell(
        d.w - d.l_margin - d.r_margin - 6,
        4.6,
        d.F(
            "recruitment_fee",
            "Los que van por primera vez entregan además 8 500 pesos "
            "de inscripción para quedar en la lista.",
            8500,
            "MXN",
        )
        + " Sin este pago no se entrega la fecha de cita.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_y(y0 + 32)
    d.para(
        "Questions / Dudas: call the crew coordinator / llame al coordinador de cuadrilla.",
        size=9,
        after=14,
    )
    y = d.get_y() + 6
    d.sigline(
        18,
        y,
        78,
        "Crew coordinator / Coordinador de cuadrilla\nReclutadora Agrícola Los Altos, S. de R.L.",
        name="Ing. " + d.R("Fabián Olvera Cisneros"),
        seed=d.seed + 1,
    )
    d.sigline(118, y, 78, "Worker / Trabajador (firma)", seed=d.seed + 2)
    return d


# ======================================================================================
# co11  Mexico -> US H-2A apples: Spanish work contract (h2a, es)


def co11():
    d = Doc(
        "co11",
        "h2a",
        "es",
        "work_contract",
        "letter size; label|text ruled grid for the main conditions (no header row); "
        "numbered 'otras condiciones' paragraphs; initials box in footer; signature table",
        fmt="Letter",
        margins=(19, 16, 19),
    )
    dark = (30, 70, 40)

    def hdr(p):
        p.set_y(10)
        p.font("cond", "B", 11, dark)
        p.cell(0, 5, "CASCADE BENCH ORCHARDS, LLC", new_x="LMARGIN", new_y="NEXT")
        p.font("cond", "", 8, (80, 80, 80))
        p.cell(
            0,
            4,
            "1470 Sunset Bench Road, Brewster, WA 98812  \u00b7  (509) 555-0126",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.hline(p.get_y() + 1.2, color=dark, width=0.5)
        p.set_y(p.get_y() + 5)

    def ftr(p):
        p.set_y(-14)
        p.set_draw_color(120, 120, 120)
        p.rect(p.w - 45, p.h - 15, 26, 7)
        p.font("cond", "", 7, (90, 90, 90))
        p.set_xy(p.w - 44, p.h - 14.2)
        p.cell(24, 5, "Iniciales:")
        p.set_xy(p.l_margin, p.h - 14)
        p.cell(0, 5, "Contrato H-2A 2026, copia en español  \u00b7  hoja %d de {nb}" % p.page_no())

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.para(
        "CONTRATO DE TRABAJO TEMPORAL H-2A", size=14, style="B", fam="cond", color=dark, after=0.5
    )
    d.para(
        "Temporada de manzana 2026  \u2014  Copia en español para el trabajador",
        size=10,
        fam="cond",
        style="I",
        color=(70, 70, 70),
        after=3,
    )
    rec = d.R("Servicios Laborales del Bajío, S.C.")
    rows = [
        [
            "Patrón",
            d.E(
                "employer_identity",
                "Cascade Bench Orchards, LLC, 1470 Sunset Bench "
                "Road, Brewster, Washington 98812, EE. UU.",
                "Cascade Bench Orchards, LLC, 1470 Sunset Bench Road",
            ),
        ],
        [
            "Puesto",
            "Trabajador agrícola: "
            + d.E(
                "job_duties",
                "cosecha de manzana con escalera "
                "y bolsa, poda de verano, aclareo de fruta y carga de cajas",
            )
            + ".",
        ],
        [
            "Lugar",
            d.E(
                "work_location",
                "Huertas de la empresa en Brewster y Pateros, condado de Okanogan, Washington",
            )
            + ".",
        ],
        [
            "Período",
            d.E("employment_period", "Del 10 de agosto de 2026 al 31 de octubre de 2026") + ".",
        ],
        [
            "Horario",
            d.E("hours_of_work", "40 horas por semana, de lunes a sábado") + "; horario "
            "habitual de 6:00 a. m. a 2:30 p. m.",
        ],
        [
            "Salario",
            d.E("wage_rate", "$19.82 por hora") + ", o $28.00 por bin cuando el pago "
            "por pieza resulte mayor.",
        ],
        [
            "Ajustes",
            d.E(
                "wage_adjustment",
                "La empresa pagará la tarifa más alta entre la AEWR, "
                "el salario prevaleciente, el salario mínimo estatal y la tarifa "
                "acordada",
                "pagará la tarifa más alta entre la AEWR, el salario prevaleciente",
            )
            + "; si alguna sube durante la temporada, el pago se "
            "ajustará.",
        ],
        ["Pago", d.E("pay_frequency", "Cada semana, los viernes") + "."],
        [
            "Talón",
            d.E(
                "earnings_statements",
                "Cada día de pago recibirá un talón con horas "
                "ofrecidas, horas trabajadas, tarifa, ganancias totales y cada descuento",
                "Cada día de pago recibirá un talón con horas ofrecidas",
            )
            + ".",
        ],
        [
            "Descuentos",
            d.E(
                "deductions",
                "Solo se descuentan los impuestos que exige la ley, "
                "las deducciones que el trabajador autorice por escrito y los "
                "conceptos indicados en este contrato",
                "Solo se descuentan los impuestos que exige la ley",
            )
            + ".",
        ],
        [
            "Vivienda",
            d.E(
                "housing",
                d.T(
                    "Vivienda gratuita en el campamento de la empresa en "
                    "Brewster, con licencia del estado de Washington.",
                    "'vivienda gratuita' (free h2a housing; utilities charged separately)",
                ),
                "Vivienda gratuita en el campamento de la empresa en Brewster",
            ),
        ],
        [
            "Comidas",
            d.E("meals", "Cocina equipada gratuita en cada cabaña") + "; plan de "
            "comidas opcional (ver punto 4).",
        ],
        [
            "Viaje de ida",
            d.E(
                "inbound_transportation",
                "La empresa paga el autobús de Celaya a "
                "Brewster y reembolsa en la primera semana los viáticos del viaje",
                "La empresa paga el autobús de Celaya a Brewster",
            )
            + ".",
        ],
        [
            "Regreso",
            d.E(
                "return_transportation",
                "Al terminar el contrato, la empresa paga el regreso a Celaya con viáticos",
                "la empresa paga el regreso a Celaya con viáticos",
            )
            + ".",
        ],
        [
            "Transporte",
            d.E(
                "daily_transportation",
                "Transporte gratuito todos los días del campamento a las huertas",
            )
            + ".",
        ],
        [
            "Herramientas",
            d.E(
                "tools_provided",
                "La empresa proporciona sin costo escaleras, bolsas de cosecha, tijeras y guantes",
            )
            + ".",
        ],
        [
            "Requisitos",
            d.E(
                "job_requirements",
                "Tres meses de experiencia en cosecha de fruta de árbol",
                "Tres meses de experiencia en cosecha de fruta de árbol",
            )
            + " y capacidad para subir escaleras de 10 pies cargando "
            "hasta 40 libras.",
        ],
        [
            "Abandono",
            d.E(
                "termination",
                "Si el trabajador falta 5 días seguidos sin permiso, se "
                "considera abandono del trabajo",
                "falta 5 días seguidos sin permiso, se considera abandono",
            )
            + " y la empresa avisará al Departamento del "
            "Trabajo y al DHS; quien sea despedido por causa justificada no recibe "
            "el pago del regreso.",
        ],
    ]
    d.grid(rows, widths=(28, 150), size=9, fam="cond", head=False, bold_first_col=True)

    d.add_page()
    d.para("OTRAS CONDICIONES", size=11, style="B", fam="cond", color=dark, after=2)
    S = dict(size=10, fam="cond", h=4.9, after=2.4)
    d.para(
        "1. "
        + d.T(
            "La empresa no cobra cuota alguna por darle el empleo.",
            "employer charges no fee for the job (negation; recruiter still charges)",
        )
        + " "
        + d.F(
            "recruitment_fee",
            "Antes de viajar, cada trabajador deposita MXN 8,500 a la "
            "cuenta de " + rec + " por concepto de gastos de colocación.",
            8500,
            "MXN",
        ),
        **S,
    )
    d.para(
        "2. "
        + d.T(
            "La cuota de la visa (MRV) se reembolsa completa en la primera semana.",
            "visa (MRV) fee reimbursed in first week",
        )
        + " "
        + d.F(
            "visa_cost",
            "El trámite y el costo del pasaporte corren por cuenta de cada trabajador.",
            passport=True,
        ),
        **S,
    )
    d.para(
        "3. "
        + d.F(
            "housing_charge",
            "Por la luz, el gas y el agua de la vivienda se "
            "descontarán 25 dólares por semana a cada trabajador.",
            25,
            "USD",
        ),
        **S,
    )
    d.para(
        "4. "
        + d.T(
            "El plan de comidas es opcional y cuesta $14.50 al día, menos que el "
            "máximo autorizado por el Departamento del Trabajo.",
            "optional meal plan below the DOL cap (lawful h2a meal charge)",
        )
        + " Quien no se inscriba puede cocinar en su cabaña.",
        **S,
    )
    d.para(
        "5. "
        + d.F(
            "equipment_charge",
            "A cada trabajador se le pedirá un depósito de 60 "
            "dólares por la escalera y la bolsa, que se le devolverá al entregarlas "
            "en buen estado al final de la temporada.",
            60,
            "USD",
        ),
        **S,
    )
    d.para(
        "6. "
        + d.F(
            "damage_chargeback",
            "Si un trabajador rompe una escalera por no seguir "
            "las instrucciones del mayordomo, se le cobrará el costo de reemplazo.",
        ),
        **S,
    )
    d.para(
        "7. Está prohibido fumar dentro de las cabañas y en las huertas. Las visitas deben "
        "registrarse con el encargado del campamento.",
        **S,
    )
    d.para(
        "8. "
        + d.T(
            "Ningún trabajador será castigado ni dejado fuera de la lista de la "
            "próxima temporada por presentar una queja.",
            "no blacklisting for complaints (negated)",
        ),
        **S,
    )
    d.ln(6)
    d.para("Firmamos de conformidad en Celaya, Guanajuato, el 20 de julio de 2026.", **S)
    d.ln(10)
    y = d.get_y() + 6
    d.sigline(19, y, 75, "Por el patrón (representante)", seed=d.seed + 1)
    d.sigline(118, y, 78, "Trabajador (nombre y firma)", seed=d.seed + 2)
    return d


# ======================================================================================
# co12  Mexico -> US H-2B landscaping: crew orientation and payroll deduction form (h2b, en)


def co12():
    d = Doc(
        "co12",
        "h2b",
        "en",
        "crew_orientation_form",
        "letter size; form with 'your job' key/value lines; payroll-deduction table "
        "(deduction | amount | how often | initials) with sentence descriptions; crew "
        "rules list; acknowledgment tick boxes; signature lines",
        fmt="Letter",
        margins=(18, 14, 18),
    )
    green = (40, 90, 40)

    def hdr(p):
        p.set_y(9)
        p.set_fill_color(*green)
        p.rect(p.l_margin, 9, 10, 10, "F")
        p.font("sans", "B", 12, green)
        p.set_xy(p.l_margin + 13, 9)
        p.cell(0, 5.5, "LONE CEDAR LANDSCAPE SERVICES, INC.")
        p.font("sans", "", 7.5, (80, 80, 80))
        p.set_xy(p.l_margin + 13, 14.5)
        p.cell(
            0,
            4,
            "9020 Rayford Road, Spring, Texas 77389  \u00b7  (281) 555-0148  \u00b7  "
            "Office hours 6:30 a.m. - 4:30 p.m.",
        )
        p.set_y(24)

    def ftr(p):
        p.set_y(-12)
        p.font("sans", "", 7, (100, 100, 100))
        p.cell(
            0,
            4,
            "Form HR-H2B-04 (2026)  \u00b7  Employee initials ______  \u00b7  "
            "Page %d of {nb}" % p.page_no(),
            align="C",
        )

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.set_fill_color(230, 238, 230)
    d.font("sans", "B", 10.5, green)
    d.cell(
        0,
        8,
        " H-2B CREW ORIENTATION: PAYROLL, HOUSING AND CREW RULES \u2014 SEASON 2026",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(3)
    d.heading("Your job", size=10.5, color=green, before=0)
    kv = [
        (
            "Employer",
            d.E(
                "employer_identity",
                "Lone Cedar Landscape Services, Inc., 9020 Rayford Road, Spring, Texas 77389",
                "Lone Cedar Landscape Services, Inc., 9020 Rayford Road",
            ),
        ),
        (
            "Position",
            "Landscape Laborer (SOC 37-3011): "
            + d.E(
                "job_duties",
                "mow, edge and trim lawns, plant shrubs and flowers, spread mulch and load debris",
            )
            + ".",
        ),
        (
            "Work sites",
            d.E(
                "work_location",
                "residential and commercial properties in Harris and Montgomery Counties, Texas",
            )
            + ".",
        ),
        ("Season", d.E("employment_period", "March 2, 2026 through November 30, 2026") + "."),
        (
            "Hours",
            d.E(
                "hours_of_work",
                "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m.",
                "40 hours per week, Monday through Friday",
            ),
        ),
        (
            "Pay",
            d.E("wage_rate", "$16.03 per hour")
            + ", "
            + d.E("pay_frequency", "paid every Friday")
            + ".",
        ),
        (
            "Pay stubs",
            d.E(
                "earnings_statements",
                "Each paycheck comes with a stub showing hours "
                "offered, hours worked, rate and every deduction",
                "a stub showing hours offered, hours worked",
            )
            + ".",
        ),
        (
            "Travel",
            d.E(
                "inbound_transportation",
                d.T(
                    "The Company reimburses your bus fare from "
                    "Monterrey to Spring and your meals on the road in your first paycheck.",
                    "inbound bus and meals reimbursed",
                ),
                "reimburses your bus fare from Monterrey to Spring",
            ),
        ),
        (
            "Visa",
            d.E(
                "visa_reimbursement",
                d.T(
                    "Your visa fee and the consular appointment fee "
                    "are reimbursed in full in your first paycheck.",
                    "visa fees reimbursed",
                ),
                "Your visa fee and the consular appointment fee are reimbursed in full",
            ),
        ),
        (
            "Equipment",
            d.E(
                "tools_provided",
                d.T(
                    "Mowers, trimmers, blowers, gloves, safety "
                    "glasses and uniform shirts are issued at no charge.",
                    "tools and uniform shirts at no charge",
                ),
                "issued at no charge",
            ),
        ),
    ]
    for k, v in kv:
        y = d.get_y()
        d.font("sans", "B", 9.5)
        d.set_xy(d.l_margin, y)
        d.cell(28, 4.7, k)
        d.font("sans", "", 9.5)
        d.set_xy(d.l_margin + 28, y)
        d.multi_cell(0, 4.7, v, align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_draw_color(200, 200, 200)
        d.set_line_width(0.15)
        d.line(d.l_margin, d.get_y() + 0.6, d.w - d.r_margin, d.get_y() + 0.6)
        d.ln(1.4)
    d.ln(3)
    d.heading("Payroll deductions", size=10.5, color=green, before=0)
    d.para(
        "Initial each line to show that it was explained to you.", size=8.5, style="I", after=1.5
    )
    rec = d.R("Enlace Norte Staffing, S.A. de C.V.")
    d.grid(
        [
            ["Deduction", "Amount", "How often", "Initials"],
            [
                d.E(
                    "deductions",
                    d.T(
                        "Federal income tax, Social Security and Medicare are withheld "
                        "as required by law.",
                        "tax and FICA withholding required by law (lawful)",
                    ),
                    "Federal income tax, Social Security and "
                    "Medicare are withheld as required by law",
                ),
                "per IRS tables",
                "every paycheck",
                "",
            ],
            [
                d.F(
                    "housing_charge",
                    "Company housing at the Rayford bunkhouse costs $110 per week per "
                    "person, deducted from each paycheck.",
                    110,
                    "USD",
                ),
                "$110.00",
                "weekly",
                "",
            ],
            [
                d.F(
                    "recruitment_fee",
                    "The $450.00 recruitment and processing fee that the Company "
                    "advanced to "
                    + rec
                    + " on your behalf is recovered at $75.00 per week from your "
                    "first six paychecks.",
                    450,
                    "USD",
                ),
                "$75.00",
                "weeks 1-6",
                "",
            ],
            [
                d.F(
                    "meal_charge",
                    "Lunch delivered to the job site costs $6.00 per day and is deducted weekly.",
                    6,
                    "USD",
                ),
                "$6.00/day",
                "weekly",
                "",
            ],
            [
                d.F(
                    "wage_withholding",
                    "The Company holds back $1.00 from every hour worked in a "
                    "season-completion account and pays it out with the final paycheck at the end of "
                    "the season.",
                    1,
                    "USD",
                ),
                "$1.00/hour",
                "every paycheck",
                "",
            ],
        ],
        widths=(104, 24, 24, 16),
        size=8.8,
    )

    d.add_page()
    d.heading("Crew rules", size=10.5, color=green, before=0)
    rules = [
        "Be at the yard by 6:45 a.m.; trucks leave at 7:00 a.m. sharp.",
        "Seat belts must be worn in Company trucks at all times.",
        d.T(
            "Crew leaders who collect payment from residential customers for extra work must "
            "turn it in at the office the same day.",
            "crew leaders collect payment from customers (job duty, not a worker fee)",
        ),
        d.T(
            "Passports stay with the worker; the Company does not keep any identity papers.",
            "worker keeps passport (negated retention)",
        ),
        d.F(
            "blacklisting_threat",
            "Employees who complain to outside agencies instead of using "
            "the Company's grievance procedure will not be offered a contract next season.",
        ),
        "Report any injury to your crew leader immediately, even a small one.",
    ]
    for i, r in enumerate(rules, 1):
        d.bullet(r, size=9.5, sym="%d." % i, indent=6, after=1.2)
    d.ln(3)
    d.heading("Acknowledgment", size=10.5, color=green, before=0)
    for a in (
        "I received this form in English and it was read to me in Spanish.",
        "I understand the deductions listed above.",
        "I received a copy of my job order.",
    ):
        y = d.get_y()
        d.checkbox(d.l_margin + 1, y + 0.6, ticked=False)
        d.set_xy(d.l_margin + 7, y)
        d.font("sans", "", 9.5)
        d.multi_cell(0, 4.6, a, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.ln(14)
    y = d.get_y() + 4
    d.sigline(18, y, 78, "Employee signature / printed name / date", seed=d.seed + 1)
    d.sigline(118, y, 78, "Payroll administrator", seed=d.seed + 2)
    return d


# ======================================================================================
# build, verify, compare

DOCS = [co01, co02, co03, co04, co05, co06, co07, co08, co09, co10, co11, co12]


def page_views(page):
    """Reading orders of one page: full text first, then column crops and table cells."""
    yield norm(page.extract_text() or "")
    w, h = page.width, page.height
    for frac in (0.5, 0.47, 0.53):
        left = norm(page.crop((0, 0, w * frac, h)).extract_text() or "")
        right = norm(page.crop((w * frac, 0, w, h)).extract_text() or "")
        yield left + " " + right
    cells = []
    for tb in page.extract_tables():
        for row in tb:
            cells.extend(norm(c) for c in row if c)
    yield " | ".join(cells)


class PageText:
    def __init__(self, page):
        self.page = page
        self._views = None
        self.full = norm(page.extract_text() or "")

    def has(self, s):
        s = norm(s)
        if s in self.full:
            return True
        if self._views is None:
            self._views = list(page_views(self.page))
        return any(s in v for v in self._views)


def verify(out_dir, labels):
    errors = []

    def err(msg):
        errors.append(msg)

    scanned_docs = 0
    for lab in labels:
        fn = lab["file"]
        with pdfplumber.open(os.path.join(out_dir, fn)) as pdf:
            pages = pdf.pages
            if len(pages) != lab["pages"]:
                err("%s: %d pages, labelled %d" % (fn, len(pages), lab["pages"]))
            if not 1 <= len(pages) <= 4:
                err("%s: %d pages (want 1-4)" % (fn, len(pages)))
            texts = []
            image_only = []
            for i, pg in enumerate(pages, 1):
                if len(pg.chars) == 0:
                    image_only.append(i)
                    if not pg.images:
                        err("%s p%d: no text and no image" % (fn, i))
                    for im in pg.images:
                        dpi = im["srcsize"][0] / (float(im["width"]) / 72.0)
                        if dpi < 200:
                            err("%s p%d: scan resolution %.0f dpi < 200" % (fn, i, dpi))
                texts.append(PageText(pg))
            if lab["scanned"]:
                scanned_docs += 1
                if len(image_only) != 1:
                    err(
                        "%s: scanned doc must have exactly one image-only page, has %s"
                        % (fn, image_only)
                    )
            elif image_only:
                err("%s: unexpected image-only pages %s" % (fn, image_only))
            for f in lab["fees"]:
                p = f["page"]
                if p in image_only:
                    err("%s: finding on the scanned page: %s" % (fn, f["quote"][:50]))
                elif not texts[p - 1].has(f["quote"]):
                    where = [i for i, t in enumerate(texts, 1) if t.has(f["quote"])]
                    err(
                        "%s: quote not on page %d (found on %s): %s"
                        % (fn, p, where, f["quote"][:70])
                    )
            for r in lab["recruiters"]:
                if not any(t.has(r) for t in texts):
                    err("%s: recruiter not in text: %s" % (fn, r))
            for term, ev in lab["term_evidence"].items():
                if not any(t.has(ev) for t in texts):
                    err("%s: evidence for %s not in text: %s" % (fn, term, ev[:60]))
    # batch mix
    if [l["file"] for l in labels] != ["co%02d.pdf" % i for i in range(1, 13)]:
        err("batch: files must be co01.pdf ... co12.pdf")
    progs = {l["program"] for l in labels}
    langs = {l["language"] for l in labels}
    if not {"h2a", "h2b", "generic"} <= progs:
        err("batch: programs %s" % sorted(progs))
    if not {"en", "es", "en+es"} <= langs:
        err("batch: languages %s" % sorted(langs))
    if sum(l["program"] in ("h2a", "h2b") for l in labels) < 3:
        err("batch: fewer than 3 US H-2A/H-2B documents")
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        err("batch: %d compliant documents (want >= 3)" % len(compliant))
    if scanned_docs != 1:
        err("batch: %d scanned documents (want exactly 1)" % scanned_docs)
    for l in labels:
        if l["fees"] or l["missing_terms"]:
            clauses = {f.get("group") or ("q", f["quote"]) for f in l["fees"]}
            if not 1 <= len(clauses) <= 5:
                err("%s: %d finding clauses (want 1-5)" % (l["file"], len(clauses)))
        for f in l["fees"]:
            if f["severity"] not in ("violation", "review"):
                err("%s: bad severity" % l["file"])
            if f["currency"] is not None and f["currency"] not in CURRENCIES:
                err("%s: bad currency %s" % (l["file"], f["currency"]))
        if not l["traps"]:
            err("%s: no traps noted" % l["file"])
    return errors


def dump(labels):
    return json.dumps(labels, ensure_ascii=False, indent=1) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument(
        "--write-labels",
        action="store_true",
        help="rewrite the committed labels.json next to build.py",
    )
    a = ap.parse_args(argv)
    os.makedirs(a.out_dir, exist_ok=True)
    labels = []
    for fn in DOCS:
        d = fn()
        path = os.path.join(a.out_dir, d.name + ".pdf")
        d.output(path)
        labels.append(d.labels())
    text = dump(labels)
    with open(os.path.join(a.out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    errors = verify(a.out_dir, labels)
    committed = os.path.join(HERE, "labels.json")
    if a.write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", committed)
    elif not os.path.exists(committed):
        errors.append("no committed labels.json next to build.py (run with --write-labels)")
    else:
        old = open(committed, encoding="utf-8").read()
        if old != text:
            oldl = json.loads(old)
            diff = [n["file"] for n, o in zip(labels, oldl) if n != o]
            if len(oldl) != len(labels):
                diff.append("document count %d != %d" % (len(oldl), len(labels)))
            errors.append(
                "generated labels differ from committed labels.json: %s"
                % (", ".join(diff) or "formatting")
            )
    nf = sum(len(l["fees"]) for l in labels)
    nm = sum(len(l["missing_terms"]) for l in labels)
    print(
        "%d documents, %d pages, %d finding quotes, %d missing-term labels"
        % (len(labels), sum(l["pages"] for l in labels), nf, nm)
    )
    if errors:
        for e in errors:
            print("FAIL:", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
