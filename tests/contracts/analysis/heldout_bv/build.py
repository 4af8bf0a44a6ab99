#!/usr/bin/env python3
"""Held-out test batch "bv": twelve synthetic recruitment documents and their labels.

Usage:  python build.py OUT_DIR

Writes bv01.pdf ... bv12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks the labels against what is actually printed (page counts, fee quotes
on their labelled pages, recruiter names, image-only scanned pages). Exits non-zero on any
mismatch. Output is deterministic (fixed creation date, fixed random seeds).

All employers, recruiters, workers, addresses and numbers are fictional.
"""

import datetime
import io
import json
import os
import re
import sys
import unicodedata

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

CREATED = datetime.datetime(2026, 2, 3, 9, 30, 0, tzinfo=datetime.UTC)
SEED = 20260203

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

_FONT_FILES = {
    "dv": (
        DEJAVU,
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        DEJAVU,
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        DEJAVU,
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "dvsc": (
        DEJAVU,
        "DejaVuSerifCondensed.ttf",
        "DejaVuSerifCondensed-Bold.ttf",
        "DejaVuSerifCondensed-Italic.ttf",
        "DejaVuSerifCondensed-BoldItalic.ttf",
    ),
    "ls": (
        LIBER,
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "lsn": (
        LIBER,
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "lsr": (
        LIBER,
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    "noto": (
        NOTO,
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf",
    ),
    "notos": (
        NOTO,
        "NotoSerif-Regular.ttf",
        "NotoSerif-Bold.ttf",
        "NotoSerif-Italic.ttf",
        "NotoSerif-BoldItalic.ttf",
    ),
}
# Noto is optional: fall back to DejaVu when it is not installed.
if not os.path.exists(NOTO + "NotoSans-Regular.ttf"):
    _FONT_FILES["noto"] = _FONT_FILES["dv"]
if not os.path.exists(NOTO + "NotoSerif-Regular.ttf"):
    _FONT_FILES["notos"] = _FONT_FILES["dvs"]

# ---------------------------------------------------------------------------------------
# Taxonomy facts used to validate the labels written below
# ---------------------------------------------------------------------------------------
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


def expected_severity(program, category, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


# ---------------------------------------------------------------------------------------
# Small layout layer over fpdf2
# ---------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="letter",
        font="dv",
        size=10.0,
        margins=(20, 20, 20),
        bottom=18,
        title="",
        author="",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        for fam, (d, r, b, i, bi) in _FONT_FILES.items():
            self.add_font(fam, "", d + r)
            self.add_font(fam, "B", d + b)
            self.add_font(fam, "I", d + i)
            self.add_font(fam, "BI", d + bi)
        self.base = font
        self.base_size = size
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(CREATED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("bv held-out batch builder")
        self.hdr = None
        self.ftr = None
        self.scan_pages = set()
        self.set_font(font, "", size)

    # header / footer are skipped on image-only pages so they carry no text layer
    def header(self):
        if self.hdr and self.page_no() not in self.scan_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.scan_pages:
            self.ftr(self)

    def f(self, fam=None, style="", size=None):
        self.set_font(fam or self.base, style, size or self.base_size)

    def para(
        self,
        text,
        size=None,
        style="",
        fam=None,
        align="L",
        lh=None,
        md=False,
        indent=0.0,
        after=1.6,
        color=None,
        w=None,
    ):
        self.f(fam, style, size)
        if color:
            self.set_text_color(*color)
        size = size or self.base_size
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            w or (self.epw - indent),
            lh or size * 0.47,
            text,
            align=align,
            markdown=md,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        if color:
            self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def heading(self, text, size=12.0, style="B", fam=None, align="L", after=2.0, color=None):
        self.para(text, size=size, style=style, fam=fam, align=align, after=after, color=color)

    def clause(self, lead, text, size=None, fam=None, align="L", after=1.8, indent=0.0):
        """Bold lead-in followed by body text in the same paragraph."""
        self.para(
            f"**{lead}** {text}",
            size=size,
            fam=fam,
            align=align,
            md=True,
            after=after,
            indent=indent,
        )

    def section(self, title, text, size=None, fam=None, align="L", tsize=None, after=2.0):
        self.para(
            title, size=tsize or (size or self.base_size) + 0.5, style="B", fam=fam, after=0.6
        )
        if isinstance(text, str):
            text = [text]
        for i, t in enumerate(text):
            self.para(
                t, size=size, fam=fam, align=align, after=after if i == len(text) - 1 else 1.0
            )

    def bar(
        self, text, fill=(60, 60, 60), color=(255, 255, 255), size=10.0, h=6.5, fam=None, after=2.0
    ):
        self.f(fam, "B", size)
        self.set_fill_color(*fill)
        self.set_text_color(*color)
        self.cell(0, h, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.ln(after)

    def kv(
        self,
        rows,
        widths=(30, 70),
        size=None,
        fam=None,
        label_fill=None,
        lh=None,
        borders="ALL",
        header=None,
        after=3.0,
        align="LEFT",
        label_style="B",
        pad=1.3,
        label_cols=(0,),
    ):
        """Two-or-more column grid. rows: list of tuples of cell texts."""
        size = size or self.base_size
        self.f(fam, "", size)
        self.set_fill_color(255, 255, 255)
        heading_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
        with self.table(
            col_widths=widths,
            width=self.epw,
            text_align=align,
            v_align="TOP",
            borders_layout=borders,
            first_row_as_headings=bool(header),
            headings_style=heading_style,
            line_height=lh or size * 0.47,
            padding=pad,
        ) as t:
            if header:
                r = t.row()
                for h in header:
                    r.cell(h)
            for row in rows:
                r = t.row()
                for j, c in enumerate(row):
                    if j in label_cols and label_style:
                        r.cell(c, style=FontFace(emphasis=label_style, fill_color=label_fill))
                    else:
                        r.cell(c)
        self.ln(after)

    def bullets(self, items, size=None, fam=None, bullet="\u2022", indent=3.0, after=1.0, md=False):
        size = size or self.base_size
        for it in items:
            self.f(fam, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(4, size * 0.47, bullet)
            self.multi_cell(
                self.epw - indent - 4, size * 0.47, it, markdown=md, new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(after)

    def sig_row(self, cols, size=8.5, fam=None, gap=16.0, boxes=(), line_w=None):
        """cols: list of (caption lines). Draws signature lines with captions beneath.
        boxes: list of (label, width) drawn as thumbprint/photo boxes at the right."""
        y0 = self.get_y() + gap
        n = len(cols)
        box_total = sum(w + 4 for _, w in boxes)
        avail = self.epw - box_total
        cw = avail / n
        lw = line_w or cw - 8
        y_end = y0
        for i, lines in enumerate(cols):
            x = self.l_margin + i * cw
            self.line(x, y0, x + lw, y0)
            self.set_xy(x, y0 + 1)
            for k, ln in enumerate(lines):
                self.f(fam, "B" if k == 0 else "", size)
                self.set_x(x)
                self.multi_cell(lw, size * 0.45, ln, align="L", new_x="LMARGIN", new_y="NEXT")
            y_end = max(y_end, self.get_y())
        bx = self.l_margin + avail
        for label, w in boxes:
            self.rect(bx + 2, y0 - gap + 2, w, gap + 6)
            self.f(fam, "", 7)
            self.set_xy(bx + 2, y0 + 8.5)
            self.cell(w, 3.5, label, align="C")
            bx += w + 4
        self.set_y(max(y_end + 5, y0 + 14 if boxes else 0))


def band_header(
    p,
    fill,
    title,
    sub,
    fam="dv",
    h=22.0,
    tsize=14.0,
    ssize=8.5,
    y_after=None,
    color=(255, 255, 255),
):
    p.set_fill_color(*fill)
    p.rect(0, 0, p.w, h, "F")
    p.set_text_color(*color)
    p.set_xy(p.l_margin, 5)
    p.set_font(fam, "B", tsize)
    p.cell(0, tsize * 0.45, title, new_x="LMARGIN", new_y="NEXT")
    p.set_font(fam, "", ssize)
    p.set_x(p.l_margin)
    p.cell(0, ssize * 0.5, sub, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.set_y(y_after if y_after else h + 6)


def page_footer(p, text, fam="dv", size=7.5, color=(90, 90, 90)):
    p.set_y(-12)
    p.set_font(fam, "", size)
    p.set_text_color(*color)
    p.cell(0, 4, text.format(page=p.page_no()), align="C")
    p.set_text_color(0, 0, 0)


# ---------------------------------------------------------------------------------------
# Image-only "scanned" page
# ---------------------------------------------------------------------------------------
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


def scanned_page(blocks, seed, size=(1275, 1650)):
    """Render blocks onto a 150 dpi page image, add scanner noise, return JPEG bytes."""
    rng = np.random.default_rng(seed)
    W, H = size
    img = Image.new("L", size, 255)
    d = ImageDraw.Draw(img)
    fonts = {
        "title": ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", 30),
        "sub": ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 22),
        "p": ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", 24),
        "b": ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", 24),
        "hand": ImageFont.truetype(DEJAVU + "DejaVuSerif-Italic.ttf", 30),
        "small": ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 18),
    }
    x0, y = 130, 120
    width = W - 2 * x0
    for kind, payload in blocks:
        if kind in ("title", "sub"):
            f = fonts[kind]
            tw = d.textlength(payload, font=f)
            d.text(((W - tw) / 2, y), payload, font=f, fill=20)
            y += 50 if kind == "title" else 40
        elif kind in ("p", "b"):
            for ln in _wrap(d, payload, fonts[kind], width):
                d.text((x0, y), ln, font=fonts[kind], fill=25)
                y += 36
            y += 18
        elif kind == "fill":  # label followed by a handwritten value on a rule
            label, value = payload
            d.text((x0, y), label, font=fonts["p"], fill=25)
            lx = x0 + d.textlength(label, font=fonts["p"]) + 12
            d.line((lx, y + 30, x0 + width, y + 30), fill=60, width=2)
            d.text((lx + 10, y - 6), value, font=fonts["hand"], fill=45)
            y += 60
        elif kind == "sigs":
            y += 70
            n = len(payload)
            cw = width / n
            for i, (cap, signed) in enumerate(payload):
                sx = x0 + i * cw
                d.line((sx, y, sx + cw - 60, y), fill=40, width=2)
                if signed:  # a scribbled signature above the line
                    pts = []
                    px = sx + 20
                    for k in range(26):
                        px += rng.uniform(6, 13)
                        py = y - 22 + 18 * np.sin(k * rng.uniform(0.8, 1.6)) + rng.uniform(-5, 5)
                        pts.append((px, py))
                    d.line(pts, fill=35, width=3, joint="curve")
                for k, c in enumerate(cap.split("\n")):
                    d.text((sx, y + 8 + 26 * k), c, font=fonts["small"], fill=30)
            y += 90
        elif kind == "print":  # thumbprint box with a smudge, left side, below signatures
            bx, by = x0, y
            d.rectangle((bx, by, bx + 170, by + 200), outline=40, width=2)
            d.text((bx + 50, by + 208), payload, font=fonts["small"], fill=30)
            cx, cy = bx + 85, by + 100
            for r in range(60, 8, -5):
                d.ellipse((cx - r * 0.75, cy - r, cx + r * 0.75, cy + r), outline=90 + r, width=2)
        elif kind == "stamp":  # round rubber stamp, right side, level with the print box
            cx, cy, r = W - x0 - 180, y + 100, 105
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=70, width=4)
            d.ellipse((cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14), outline=90, width=2)
            for k, t in enumerate(payload):
                tw = d.textlength(t, font=fonts["small"])
                d.text((cx - tw / 2, cy - 30 + 26 * k), t, font=fonts["small"], fill=70)
            y += 260
        elif kind == "space":
            y += payload
        elif kind == "footer":
            f = fonts["small"]
            tw = d.textlength(payload, font=f)
            d.text(((W - tw) / 2, H - 90), payload, font=f, fill=80)
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.9 + 14.0  # greyish paper
    yy = np.linspace(0, 1, H)[:, None]
    arr -= 10.0 * yy  # uneven illumination
    arr += rng.normal(0.0, 7.0, arr.shape)
    speck = rng.random(arr.shape) < 0.0007
    arr[speck] = rng.uniform(40, 150, int(speck.sum()))
    arr[:, :18] -= 60  # scanner-lid shadow on the left edge
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    buf.seek(0)
    return buf


def add_scanned(pdf, blocks, seed):
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(scanned_page(blocks, seed), x=0, y=0, w=pdf.w, h=pdf.h)


# ---------------------------------------------------------------------------------------
# Label helpers
# ---------------------------------------------------------------------------------------
def fee(category, severity, page, amount, currency, quote, group=None):
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
    return d


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


# Which pages of which file are image-only (not part of the label format; used by the check)
SCANNED_PAGES = {}

V, R = "violation", "review"


# =======================================================================================
# bv01  H-2A, English, compliant clearance-order attachment (Virginia apples, Mexico)
# =======================================================================================
def bv01():
    pdf = Doc(
        "letter",
        font="ls",
        size=9.6,
        margins=(19, 30, 19),
        bottom=18,
        title="Clearance order attachment - Harlan Ridge Orchards, LLC",
        author="Harlan Ridge Orchards, LLC",
    )
    green = (31, 78, 52)
    pdf.hdr = lambda p: band_header(
        p,
        green,
        "HARLAN RIDGE ORCHARDS, LLC",
        "2270 Bluestem Pike, Winchester, Virginia 22602  |  (540) 555-0187  |  "
        "ETA Case No. H-300-26021-880154  |  Job Order VA-2026-0417",
        fam="ls",
        y_after=30,
    )
    pdf.ftr = lambda p: page_footer(
        p, "Attachment A to ETA-790A - Harlan Ridge Orchards, LLC - Page {page} of {{nb}}", fam="ls"
    )
    pdf.add_page()
    pdf.heading("ATTACHMENT A - MATERIAL TERMS AND CONDITIONS OF EMPLOYMENT", size=12.5, fam="ls")
    pdf.para(
        "This attachment forms part of the H-2A agricultural clearance order for the 2026 "
        "apple harvest. It states the terms the Employer offers to every worker in this "
        "occupation, whether recruited in the United States or abroad. A Spanish "
        "translation is given to each worker before the visa is issued.",
        after=2.5,
    )
    pdf.kv(
        [
            (
                "Employer",
                "Harlan Ridge Orchards, LLC, 2270 Bluestem Pike, Winchester, Virginia "
                "22602; telephone (540) 555-0187",
            ),
            ("Job title", "Farmworker, Fruit Harvest (SOC 45-2092); 46 openings"),
            ("Period of employment", "August 24, 2026 through November 20, 2026"),
            (
                "Hours",
                "40 hours per week, Monday to Saturday; usual day 7:00 a.m. to 3:30 p.m. "
                "with a 30-minute unpaid lunch",
            ),
            ("Wage", "$16.84 per hour, or $24.00 per bin where piece earnings are higher"),
            ("Pay day", "Weekly, every Friday"),
            (
                "Housing",
                "Free of charge, Cedar Hollow Camp, 415 Cedar Hollow Road, Winchester, VA 22603",
            ),
            (
                "Agent in Mexico",
                "Enlace Campo Norte, S.C., Calle Hidalgo 112, Matehuala, San Luis Potos\u00ed",
            ),
        ],
        widths=(28, 72),
        size=9.2,
        label_fill=(226, 236, 228),
    )

    S = pdf.section
    S(
        "1. Job duties",
        "Workers will harvest apples by hand from trees up to 18 feet tall, using orchard "
        "ladders, and place the fruit in picking buckets without bruising it. Full buckets are "
        "emptied gently into field bins. Workers also thin fruit, prune water sprouts, pick up "
        "drops for the cider mill and deposit full bins at the row end for the forklift crew. At "
        "the end of the shift the crew leader may assign two workers to charge the batteries of "
        "the electric picking platforms.",
    )
    S(
        "2. Job requirements",
        "No previous experience is required. Workers must be able to lift and carry a full "
        "picking bucket of about 45 pounds, climb and work on ladders up to 16 feet, and work "
        "outdoors in heat, cold and rain for a full shift.",
    )
    S(
        "3. Places of employment",
        "All work takes place in the Employer's orchards in Frederick County, Virginia: the "
        "Bluestem Pike blocks at 2270 Bluestem Pike, Winchester, VA 22602, and the Cedar Hollow "
        "block at 415 Cedar Hollow Road, Winchester, VA 22603.",
    )
    S(
        "4. Hours of work",
        "The Employer expects to offer 40 hours of work each week, Monday through Saturday. "
        "Rain may stop picking; hours lost to weather count toward the guarantee in Section 9. "
        "The mid-morning coffee break of 15 minutes is paid time. No worker is required to work "
        "on Sunday.",
    )
    S(
        "5. Wage rate",
        "The Employer will pay at least $16.84 per hour for every hour worked. Apple picking may "
        "also be paid by the piece at $24.00 per standard bin (about 20 bushels). When a "
        "worker's piece-rate earnings for a pay period are less than the hourly rate times the "
        "hours worked, the Employer adds the difference to the paycheck.",
    )
    S(
        "6. Wage adjustments",
        "The Employer will pay the highest of the Adverse Effect Wage Rate, the prevailing "
        "wage, the agreed collective bargaining wage, or the federal or Virginia minimum wage. "
        "If the Department of Labor publishes a higher Adverse Effect Wage Rate during the "
        "period of employment, the higher rate is paid from the date it takes effect.",
    )

    S(
        "7. Pay day and earnings statements",
        "Wages are paid weekly on Friday by check or, if the worker chooses, by direct deposit "
        "to the worker's own bank account at no cost to the worker. With each payment the "
        "worker receives a written statement showing the hours offered, the hours actually "
        "worked, the bins picked, the hourly and piece rates, total earnings for the pay period, "
        "each deduction, the Employer's name, address and FEIN, and total earnings to date.",
    )
    S(
        "8. Deductions",
        "The Employer will deduct only: (a) federal and Virginia income tax, and only when the "
        "worker asks for it in writing; (b) the charge for the optional meal plan in Section 11, "
        "for workers who join it; and (c) deductions required by law or authorized by the worker "
        "in writing for his own benefit. Nothing is deducted for housing, tools, transportation, "
        "visas or recruitment.",
    )
    S(
        "9. Three-fourths guarantee",
        "The Employer guarantees to offer each worker employment for a total number of work "
        "hours equal to at least three-fourths of the workdays of the period of employment, "
        "counted from the first workday after arrival at the place of employment through "
        "November 20, 2026, with a workday counted as 8 hours. If the Employer offers fewer "
        "hours, it will pay the worker the amount he would have earned had he worked the "
        "guaranteed hours.",
    )
    S(
        "10. Housing",
        "Housing is provided free of charge at the Cedar Hollow Camp, 415 Cedar Hollow Road, "
        "Winchester, VA 22603, which has been inspected and meets the applicable federal and "
        "state standards. Beds, mattresses, blankets and cooking utensils are provided; no "
        "deposit is asked for bedding or any other housing item. Residents may come and go "
        "freely at all hours and may receive visitors.",
    )
    S(
        "11. Meals",
        "Each housing unit has a kitchen with gas stoves, refrigerators and cooking utensils "
        "that workers use at no cost. Workers who prefer not to cook may join an optional meal "
        "plan prepared by a cook hired by the Employer, at $13.50 per day, which does not exceed "
        "the maximum meal charge published by the Department of Labor. Joining the plan is "
        "voluntary and a worker may leave it at any time.",
    )
    S(
        "12. Transportation",
        [
            "(a) Inbound. A worker who completes 50 percent of the period of employment is "
            "reimbursed the reasonable cost of transportation and daily subsistence from the place "
            "of recruitment in Matehuala, San Luis Potos\u00ed, to Winchester, including the bus to "
            "the U.S. Consulate in Monterrey, lodging while waiting for the visa, and the visa fee. "
            "Any part of these costs that would bring first-week earnings below the required wage "
            "is repaid in the first workweek.",
            "(b) Return. A worker who completes the period of employment, or who is released early "
            "because of contract impossibility, is provided or paid return transportation and daily "
            "subsistence to Matehuala.",
            "(c) Daily. The Employer provides free daily transportation in its own insured vans "
            "between the Cedar Hollow Camp and every orchard block.",
        ],
    )
    S(
        "13. Tools and equipment",
        "All tools, supplies and equipment needed for the job - ladders, picking buckets, "
        "pruning shears, gloves and rain gear - are provided by the Employer without charge and "
        "without deposit. Workers are never charged for broken ladders, buckets or other "
        "equipment.",
    )
    S(
        "14. Workers' compensation",
        "The Employer carries workers' compensation insurance with Shenandoah Growers Mutual "
        "Insurance Company, policy no. WC-4471902-26, which covers injury and disease arising "
        "out of the work, at no cost to the worker.",
    )
    S(
        "15. Recruitment",
        "The Employer has engaged Enlace Campo Norte, S.C. to recruit workers in Mexico and "
        "pays all of the agent's fees. The Employer's written agreement with Enlace Campo Norte, "
        "S.C. forbids the agent, its staff and any sub-agent to seek or receive any payment from "
        "workers. No worker has to pay anyone to be hired or to be put on the list for next "
        "season. A worker who has been asked for money should call the Employer at "
        "(540) 555-0187.",
    )
    S(
        "16. Documents and protection from retaliation",
        "Workers keep their own passports, visas and identity papers at all times; the Employer "
        "will not hold them. The Employer will not blacklist, refuse to rehire or otherwise "
        "retaliate against a worker who files a complaint, talks to a lawyer or a government "
        "agency, or exercises any right under the H-2A program.",
    )
    S(
        "17. Abandonment and termination for cause",
        "A worker who fails to report for work for 5 consecutive working days without the "
        "Employer's consent is considered to have abandoned the job. The Employer may dismiss "
        "a worker for cause after a documented warning. In either case the Employer notifies "
        "the Department of Labor and the Department of Homeland Security in writing within 2 "
        "working days, and the three-fourths guarantee and return transportation no longer "
        "apply to that worker.",
    )
    S(
        "18. Contract impossibility",
        "If, before November 20, 2026, the services of the workers are no longer required "
        "because fire, flood, hail, an early freeze or another Act of God makes fulfillment of "
        "this contract impossible, and the Department of Labor so certifies, the Employer may "
        "end the contract. The Employer will then pay the three-fourths guarantee for the "
        "period up to termination, make efforts to transfer the workers to comparable "
        "employment, and provide return transportation and daily subsistence.",
    )
    S(
        "19. Copies",
        "Each worker receives a copy of these terms in Spanish no later than the time he "
        "applies for the visa, and a copy in English on arrival.",
    )
    pdf.ln(4)
    pdf.para("Signed on behalf of the Employer, January 21, 2026:", style="I", after=0)
    pdf.sig_row(
        [
            ["Marjorie L. Pruett", "Orchard Manager, Harlan Ridge Orchards, LLC"],
            ["Worker's signature", "Name and date of receipt of this copy"],
        ],
        fam="ls",
    )

    lab = label(
        "bv01.pdf",
        "h2a",
        "en",
        3,
        [],
        [],
        ["Enlace Campo Norte, S.C."],
        [
            "'deposit full bins at the row end' is a job duty, not a deposit",
            "'charge the batteries of the electric picking platforms' is a job duty",
            "paid coffee break ('coffee' contains 'fee')",
            "direct deposit of wages at no cost",
            "optional meal plan at $13.50/day within the DOL cap (lawful h2a meal charge)",
            "housing free of charge, no deposit for bedding",
            "free kitchen",
            "inbound travel, consular lodging and visa fee reimbursed",
            "tools free and without deposit; never charged for broken equipment "
            "(negated damage charge)",
            "agent paid by the employer, forbidden to take payments (negated recruitment fee)",
            "workers keep passports (negated document retention)",
            "no blacklisting for complaints (negated)",
            "residents come and go freely (negated movement restriction)",
            "'Nothing is deducted for housing, tools, transportation, visas or recruitment' "
            "(negated deductions)",
        ],
        "job_order",
        "US Letter; dark-green header band with ETA case number; gridded key-terms table; "
        "numbered sections with lettered sub-clauses; footer 'Page x of y'; signature lines",
    )
    return pdf, lab


# =======================================================================================
# bv02  H-2A, Spanish, recruiter "gestoria" agreement (Guanajuato -> Idaho onions)
# =======================================================================================
def bv02():
    Q = {
        "fee": "Por concepto de honorarios de gestor\u00eda, EL SOLICITANTE cubrir\u00e1 a LA "
        "GESTORA la cantidad de MXN 8,500.00 (ocho mil quinientos pesos 00/100 M.N.)",
        "visa": "El derecho de solicitud de visa, de 205 d\u00f3lares, lo paga EL SOLICITANTE "
        "directamente en el banco y LA EMPRESA no lo reembolsa.",
        "travel": "Los pasajes de autob\u00fas de Dolores Hidalgo a Monterrey y el hotel durante "
        "la espera de la cita consular tambi\u00e9n corren por cuenta de EL "
        "SOLICITANTE.",
        "bond": "firmar\u00e1 a favor de LA GESTORA un pagar\u00e9 en blanco, que le ser\u00e1 "
        "devuelto cuando se presente en esta oficina a su regreso.",
        "black": "ser\u00e1 dado de baja del padr\u00f3n de LA GESTORA y no ser\u00e1 tomado en "
        "cuenta en futuras temporadas.",
    }
    pdf = Doc(
        "letter",
        font="dvs",
        size=9.6,
        margins=(22, 18, 22),
        bottom=18,
        title="Contrato de prestacion de servicios de gestoria",
        author="Cosecha Norte Enlaces Laborales, S.A. de C.V.",
    )
    pdf.ftr = lambda p: page_footer(
        p,
        "Cosecha Norte Enlaces Laborales, S.A. de C.V. - Contrato CNE-2026-0193 - "
        "Hoja {page} de {{nb}}",
        fam="dvs",
    )
    pdf.add_page()
    pdf.heading(
        "CONTRATO DE PRESTACI\u00d3N DE SERVICIOS DE GESTOR\u00cdA PARA EMPLEO TEMPORAL "
        "AGR\u00cdCOLA EN LOS ESTADOS UNIDOS DE AM\u00c9RICA",
        size=11.5,
        align="C",
        after=3,
    )
    pdf.para(
        "En Dolores Hidalgo Cuna de la Independencia Nacional, Guanajuato, a 9 de marzo "
        "de 2026, celebran el presente contrato, por una parte, Cosecha Norte Enlaces "
        "Laborales, S.A. de C.V., representada por su gerente, el C. Rogelio \u00c1valos "
        'Quintanar (en lo sucesivo "LA GESTORA"), y por la otra, el C. Eusebio Mart\u00edn '
        'C\u00e1rdenas Villalobos (en lo sucesivo "EL SOLICITANTE"), al tenor de las '
        "siguientes declaraciones y cl\u00e1usulas.",
        align="J",
    )
    pdf.heading("DECLARACIONES", size=10.5, align="C", after=1.5)
    pdf.clause(
        "I.",
        "Declara LA GESTORA ser una sociedad mercantil constituida conforme a las "
        "leyes mexicanas, con domicilio en Calle Puebla n\u00famero 48, Zona Centro, "
        "Dolores Hidalgo, Guanajuato, y que Payette Bend Growers, LLC (en lo sucesivo "
        '"LA EMPRESA") le ha encargado la preselecci\u00f3n de trabajadores para la '
        "cosecha de cebolla de la temporada 2026.",
        align="J",
    )
    pdf.clause(
        "II.",
        "Declara EL SOLICITANTE ser mexicano, mayor de edad, originario de San "
        "Diego de la Uni\u00f3n, Guanajuato, con CURP CAVE880412HGTRLS07, y tener "
        "experiencia en labores del campo.",
        align="J",
    )
    pdf.heading("CL\u00c1USULAS", size=10.5, align="C", after=1.5)
    pdf.clause(
        "PRIMERA. Objeto.",
        "LA GESTORA integrar\u00e1 el expediente de EL SOLICITANTE, "
        "lo registrar\u00e1 en la lista de candidatos de LA EMPRESA y lo "
        "acompa\u00f1ar\u00e1 hasta su cita en el Consulado General de los Estados Unidos "
        "en Monterrey.",
        align="J",
    )
    pdf.clause(
        "SEGUNDA. Condiciones del empleo ofrecido.",
        "LA EMPRESA ofrece las siguientes condiciones:",
        after=1.2,
    )
    pdf.kv(
        [
            (
                "Empresa",
                "Payette Bend Growers, LLC, 8812 Canal Road, Payette, Idaho 83661, EE. UU.",
            ),
            (
                "Puesto",
                "Trabajador agr\u00edcola: cosecha y limpieza de cebolla a mano, llenado de "
                "costales y carga de remolques",
            ),
            (
                "Lugar de trabajo",
                "Campos de LA EMPRESA en los condados de Payette y Washington, Idaho",
            ),
            ("Periodo", "Del 3 de agosto al 13 de noviembre de 2026"),
            (
                "Jornada",
                "48 horas por semana, de lunes a s\u00e1bado, de 6:30 a 15:00 horas con "
                "media hora para comer",
            ),
            ("Salario", "17.92 d\u00f3lares por hora"),
            (
                "Cuota de producci\u00f3n",
                "80 costales por jornada como referencia; no cambia el salario por hora",
            ),
            ("Pago", "Semanal, los viernes, depositado en tarjeta de n\u00f3mina"),
            (
                "Vivienda",
                "Sin costo, en las casas de LA EMPRESA en 1420 North 16th Street, Payette",
            ),
            (
                "Traslado diario",
                "Gratuito, en autob\u00fas de LA EMPRESA, de la vivienda a los campos",
            ),
            ("Herramientas", "Cuchillos, guantes y costales sin costo para el trabajador"),
            (
                "Seguro",
                "Seguro de compensaci\u00f3n laboral (workers' compensation) pagado por LA EMPRESA",
            ),
            (
                "Regreso",
                "LA EMPRESA paga el autob\u00fas de regreso a Dolores Hidalgo al terminar "
                "la temporada",
            ),
            (
                "Requisitos",
                "Mayor de 18 a\u00f1os; una temporada de experiencia en cosecha de "
                "hortalizas; poder cargar costales de 50 libras",
            ),
        ],
        widths=(24, 76),
        size=8.8,
        label_fill=(238, 238, 238),
        after=2.5,
    )
    pdf.clause(
        "TERCERA. Honorarios.",
        Q["fee"] + ", la mitad a la firma de este contrato y la "
        "otra mitad al recibir la fecha de su cita consular. Estos honorarios no se "
        "devuelven si EL SOLICITANTE no obtiene la visa.",
        align="J",
    )
    pdf.add_page()
    pdf.clause("CUARTA. Gastos consulares y de traslado.", Q["visa"] + " " + Q["travel"], align="J")
    pdf.clause(
        "QUINTA. Garant\u00eda.",
        "Para garantizar que cumplir\u00e1 la temporada completa, EL SOLICITANTE " + Q["bond"],
        align="J",
    )
    pdf.clause(
        "SEXTA. Conducta.",
        "Si durante la temporada EL SOLICITANTE acude a un abogado, "
        "a una organizaci\u00f3n o a las autoridades para quejarse de LA EMPRESA o de LA "
        "GESTORA, " + Q["black"],
        align="J",
    )
    pdf.clause(
        "S\u00c9PTIMA. Documentos.",
        "EL SOLICITANTE conserva en todo momento su "
        "pasaporte, su visa y su credencial para votar; LA GESTORA solo recibe copias "
        "fotost\u00e1ticas para integrar el expediente.",
        align="J",
    )
    pdf.clause(
        "OCTAVA. Jurisdicci\u00f3n.",
        "Para la interpretaci\u00f3n y cumplimiento de "
        "este contrato, las partes se someten a los tribunales de Dolores Hidalgo, "
        "Guanajuato, renunciando a cualquier otro fuero.",
        align="J",
    )
    pdf.para(
        "Le\u00eddo que fue el presente contrato y enteradas las partes de su contenido y "
        "alcance, lo firman por duplicado en el lugar y fecha arriba indicados.",
        align="J",
        after=2,
    )
    pdf.sig_row(
        [
            [
                "LA GESTORA",
                "C. Rogelio \u00c1valos Quintanar",
                "Gerente, Cosecha Norte Enlaces Laborales, S.A. de C.V.",
            ],
            ["EL SOLICITANTE", "C. Eusebio Mart\u00edn C\u00e1rdenas Villalobos", "Firma"],
        ],
        fam="dvs",
        gap=20,
        boxes=[("Huella", 26)],
    )

    fees = [
        fee("recruitment_fee", V, 1, 8500, "MXN", Q["fee"]),
        fee("visa_cost", V, 2, 205, "USD", Q["visa"]),
        fee("travel_cost", V, 2, None, None, Q["travel"]),
        fee("deposit_or_bond", V, 2, None, None, Q["bond"]),
        fee("blacklisting_threat", V, 2, None, None, Q["black"]),
    ]
    lab = label(
        "bv02.pdf",
        "h2a",
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "inbound_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Cosecha Norte Enlaces Laborales, S.A. de C.V."],
        [
            "'Cuota de producci\u00f3n' is a production quota, not a fee",
            "wages 'depositado en tarjeta de n\u00f3mina' is not a deposit",
            "free housing (h2a)",
            "free daily transport",
            "tools free for the worker",
            "workers' compensation paid by employer",
            "return bus paid by employer",
            "worker keeps passport, visa and ID (negated document retention)",
        ],
        "recruiter_agreement",
        "US Letter; serif legal style; centred title; DECLARACIONES and CL\u00c1USULAS with "
        "ordinal headings; job terms in a gridded table; signature lines with thumbprint box",
    )
    return pdf, lab


# =======================================================================================
# bv03  H-2A, Spanish, employer work contract (Guatemala -> Michigan blueberries)
# =======================================================================================
def bv03():
    Q = {
        "withhold": "LA EMPRESA retendr\u00e1 75 centavos de cada hora trabajada en una cuenta "
        "de fin de temporada, que se pagar\u00e1 el \u00faltimo d\u00eda de pago.",
        "forfeit": "El trabajador que se vaya antes del \u00faltimo d\u00eda de la temporada "
        "perder\u00e1 todo lo acumulado en la cuenta de fin de temporada.",
        "housing": "Cada trabajador pagar\u00e1 una cuota semanal de $35.00 por luz, gas y agua "
        "de la vivienda, que se descontar\u00e1 del cheque de cada viernes.",
        "damage": "Los da\u00f1os a la vivienda que no sean por uso normal, como vidrios rotos o "
        "colchones quemados, se reparar\u00e1n a costa del trabajador mediante "
        "descuento de n\u00f3mina.",
        "equip": "Al recibir el cintur\u00f3n de cosecha, las dos cajas recolectoras y el rastrillo "
        "de mano, el trabajador dejar\u00e1 un dep\u00f3sito de $40.00 que se retiene "
        "del primer cheque y se devuelve si entrega todo en buen estado.",
    }
    pdf = Doc(
        "letter",
        font="lsn",
        size=11.2,
        margins=(20, 34, 20),
        bottom=24,
        title="Contrato de trabajo agricola temporal H-2A 2026",
        author="Sable Creek Blueberry Farms, LLC",
    )
    purple = (70, 48, 110)

    def hdr(p):
        p.set_fill_color(*purple)
        p.rect(20, 10, 16, 16, "F")
        p.set_text_color(255, 255, 255)
        p.set_font("ls", "B", 11)
        p.set_xy(20, 14.5)
        p.cell(16, 6, "SC", align="C")
        p.set_text_color(*purple)
        p.set_xy(39, 10.5)
        p.set_font("ls", "B", 13)
        p.cell(0, 6, "SABLE CREEK BLUEBERRY FARMS, LLC", new_x="LMARGIN", new_y="NEXT")
        p.set_x(39)
        p.set_font("ls", "", 8.5)
        p.cell(
            0,
            4.5,
            "6615 Tamarack Road, Grand Junction, Michigan 49056  \u00b7  Tel. (269) 555-0142",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(*purple)
        p.set_line_width(0.6)
        p.line(20, 29, p.w - 20, 29)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_y(34)

    def ftr(p):
        p.set_y(-20)
        p.set_font("ls", "", 7.5)
        p.cell(0, 4, "Contrato H-2A 2026 - P\u00e1gina %d de {nb}" % p.page_no(), align="L")
        p.set_xy(p.w - 20 - 92, p.h - 21)
        p.cell(38, 6, "Iniciales del trabajador:", align="R")
        p.rect(p.get_x() + 1, p.h - 21, 9, 6)
        p.set_x(p.get_x() + 11)
        p.cell(32, 6, "Iniciales de LA EMPRESA:", align="R")
        p.rect(p.get_x() + 1, p.h - 21, 9, 6)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.heading(
        "CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL (H-2A) - TEMPORADA 2026",
        size=12.5,
        align="C",
        fam="ls",
    )
    pdf.para(
        "Este contrato se entrega en espa\u00f1ol a cada trabajador reclutado en Guatemala "
        "y contiene las condiciones de empleo que ofrece Sable Creek Blueberry Farms, LLC "
        '("LA EMPRESA"), con domicilio en 6615 Tamarack Road, Grand Junction, Michigan '
        "49056, Estados Unidos.",
        after=2.5,
    )
    C = pdf.clause
    C(
        "1. Puesto y tareas.",
        "Cosechador de ar\u00e1ndano (blueberry): recolecci\u00f3n a mano "
        "en cubetas sujetas a la cintura, vaciado en cajas recolectoras, separaci\u00f3n de fruta "
        "da\u00f1ada y limpieza de las hileras. En septiembre tambi\u00e9n se cortan con tijeras "
        "las ramas viejas de los arbustos.",
    )
    C(
        "2. Requisitos.",
        "Tres meses de experiencia en cosecha manual de frutas, hortalizas o "
        "caf\u00e9; poder trabajar de pie durante 8 horas y cargar 30 libras.",
    )
    C(
        "3. Lugar de trabajo.",
        "Campos de LA EMPRESA en Grand Junction y Bloomingdale, condado de Van Buren, Michigan.",
    )
    C("4. Periodo del contrato.", "Del 29 de junio al 25 de septiembre de 2026.")
    C(
        "5. Jornada.",
        "LA EMPRESA calcula ofrecer 35 horas por semana, de lunes a "
        "s\u00e1bado, normalmente de 6:00 a 13:00 horas. La lluvia puede suspender la cosecha.",
    )
    C(
        "6. Salario.",
        "El pago es por libra cosechada o por hora, seg\u00fan la tabla siguiente:",
        after=1.2,
    )
    pdf.kv(
        [
            ("Cosecha a mano", "$0.62 por libra, con garant\u00eda de al menos $18.15 por hora"),
            ("Poda y limpieza", "$18.15 por hora"),
            (
                "Bono de terminaci\u00f3n",
                "$0.25 adicionales por cada hora trabajada, que se pagan "
                "al completar toda la temporada",
            ),
        ],
        widths=(30, 70),
        size=10.4,
        header=("Actividad", "Pago"),
        label_style="",
        after=2,
    )
    pdf.para(
        "LA EMPRESA pagar\u00e1 siempre la tarifa m\u00e1s alta entre el AEWR, el salario "
        "prevaleciente, el salario acordado en negociaci\u00f3n colectiva y el salario "
        "m\u00ednimo federal o de Michigan. Si el AEWR sube durante la temporada, el nuevo "
        "salario se pagar\u00e1 desde la fecha en que entre en vigor.",
        after=2,
    )
    C("7. Pago.", "Los salarios se pagan cada semana, los viernes, con cheque.")
    C(
        "8. Descuentos.",
        "Del cheque se descontar\u00e1n \u00fanicamente el impuesto federal "
        "sobre la renta, si el trabajador lo pide por escrito, la cuota de servicios de la "
        "vivienda (cl\u00e1usula 10) y el dep\u00f3sito de equipo (cl\u00e1usula 12).",
    )
    C("9. Cuenta de fin de temporada.", Q["withhold"] + " " + Q["forfeit"])
    pdf.add_page()
    C(
        "10. Vivienda.",
        "LA EMPRESA proporciona vivienda en el campamento Tamarack, 6700 "
        "Tamarack Road, Grand Junction, con camas, colchones, regaderas y lavadoras. "
        + Q["housing"]
        + " "
        + Q["damage"]
        + " Los trabajadores pueden entrar y salir "
        "libremente del campamento y recibir visitas en su tiempo libre.",
    )
    C(
        "11. Comidas.",
        "Cada casa tiene una cocina equipada con estufa, refrigerador y "
        "utensilios, que los trabajadores usan sin costo alguno.",
    )
    C(
        "12. Herramientas y equipo.",
        "Las tijeras de poda, las escaleras y las cubetas se entregan sin costo. " + Q["equip"],
    )
    C(
        "13. Transporte.",
        "Ida: al completar el 50 % del periodo del contrato, LA EMPRESA "
        "reembolsar\u00e1 al trabajador el pasaje de la Ciudad de Guatemala a Grand Junction y "
        "los vi\u00e1ticos diarios del viaje. Regreso: al terminar el contrato, LA EMPRESA paga "
        "el viaje de regreso a la Ciudad de Guatemala. Traslado diario: gratuito, en autobuses "
        "de LA EMPRESA, del campamento a los campos.",
    )
    C(
        "14. Reclutamiento.",
        "LA EMPRESA no utiliza agencias de reclutamiento en Guatemala. "
        "Nadie est\u00e1 autorizado a cobrar por incluir a un trabajador en la lista ni por "
        "darle el empleo.",
    )
    pdf.add_page()
    C(
        "15. Terminaci\u00f3n.",
        "Si el trabajador no se presenta a trabajar durante cinco "
        "d\u00edas seguidos sin avisar, se considerar\u00e1 que abandon\u00f3 el empleo. LA "
        "EMPRESA puede despedir a un trabajador por causa justificada, despu\u00e9s de una "
        "advertencia por escrito, y en ambos casos lo notificar\u00e1 por escrito al "
        "Departamento de Trabajo dentro de los 2 d\u00edas h\u00e1biles siguientes.",
    )
    C(
        "16. Documentos.",
        "El trabajador guarda su pasaporte y su visa; LA EMPRESA no los "
        "recoge por ning\u00fan motivo.",
    )
    C(
        "17. Idioma.",
        "Este contrato se firma en espa\u00f1ol; el trabajador puede pedir una "
        "copia en ingl\u00e9s.",
    )
    pdf.ln(4)
    pdf.para(
        "Las partes firman el presente contrato en Grand Junction, Michigan, el 2 de "
        "junio de 2026, y el trabajador declara haber recibido una copia.",
        after=2,
    )
    pdf.sig_row(
        [
            ["Por LA EMPRESA", "Gregory T. Vander Ploeg", "Gerente de campo"],
            ["EL TRABAJADOR", "Nombre: ______________________", "Firma"],
        ],
        fam="ls",
        gap=22,
    )
    pdf.ln(4)
    pdf.para(
        "Espacio reservado para la oficina: n\u00famero de empleado, fecha de llegada, "
        "casa asignada.",
        size=8.5,
        style="I",
        color=(90, 90, 90),
    )

    fees = [
        fee("wage_withholding", V, 1, 0.75, "USD", Q["withhold"]),
        fee("breach_penalty", V, 1, None, None, Q["forfeit"]),
        fee("housing_charge", V, 2, 35, "USD", Q["housing"]),
        fee("damage_chargeback", R, 2, None, None, Q["damage"]),
        fee("equipment_charge", V, 2, 40, "USD", Q["equip"]),
    ]
    lab = label(
        "bv03.pdf",
        "h2a",
        "es",
        3,
        fees,
        [
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        [],
        [
            "lawful completion bonus of $0.25/hour paid at season end (not wage withholding)",
            "'La lluvia puede suspender la cosecha' is not a contract-impossibility clause",
            "'caf\u00e9' in the experience requirement",
            "free kitchen",
            "pruning shears, ladders and buckets free",
            "inbound fare reimbursed at 50% of the contract",
            "return trip paid",
            "free daily transport",
            "no recruiting agencies; nobody may charge (negated recruitment fee)",
            "free to come and go, visitors allowed (negated movement restriction)",
            "worker keeps passport and visa (negated document retention)",
        ],
        "work_contract",
        "US Letter; letterhead with logo square and rule; narrow sans font; numbered clauses "
        "with bold lead-ins; gridded pay-rate table with header row; initials boxes in the "
        "footer of every page; signature page",
    )
    return pdf, lab


# =======================================================================================
# bv04  H-2A, Spanish, individual work contract, page 3 scanned (San Luis Potosi -> NC)
# =======================================================================================
def bv04():
    Q = {
        "travel": "El hospedaje y la comida en Monterrey mientras se tramita la visa corren "
        "por cuenta del trabajador y no se reembolsan.",
        "medical": "Antes de viajar, el trabajador deber\u00e1 presentar un certificado "
        "m\u00e9dico y una prueba de tuberculosis, con un costo aproximado de 1 200 "
        "pesos, que paga el propio trabajador.",
        "passport": "Para su resguardo, los pasaportes con visa de los trabajadores "
        "quedar\u00e1n bajo custodia del mayordomo en la oficina de la finca durante "
        "toda la temporada.",
        "curfew": "Despu\u00e9s de las 9:00 de la noche ning\u00fan trabajador podr\u00e1 salir "
        "del campamento sin autorizaci\u00f3n del mayordomo, ni siquiera en sus "
        "d\u00edas de descanso.",
    }
    pdf = Doc(
        "letter",
        font="dv",
        size=10.2,
        margins=(21, 20, 21),
        bottom=18,
        title="Contrato individual de trabajo H-2A 2026",
        author="Tar River Leaf & Produce, Inc.",
    )
    pdf.ftr = lambda p: page_footer(
        p, "Tar River Leaf & Produce, Inc. - Contrato H-2A 2026 - P\u00e1gina {page} de {{nb}}"
    )
    pdf.add_page()
    pdf.heading("TAR RIVER LEAF & PRODUCE, INC.", size=13, align="C", after=0.5)
    pdf.para(
        "1180 Sandy Ridge Road, Wilson, Carolina del Norte 27893, EE. UU.  \u00b7  "
        "Tel. (252) 555-0164",
        size=8.5,
        align="C",
        after=3,
    )
    pdf.heading("CONTRATO INDIVIDUAL DE TRABAJO - PROGRAMA H-2A 2026", size=11.5, align="C")
    pdf.para(
        "Celebran este contrato Tar River Leaf & Produce, Inc., con domicilio en 1180 Sandy "
        'Ridge Road, Wilson, Carolina del Norte 27893 ("LA EMPRESA"), y el Sr. '
        "Ferm\u00edn Ortega Baltazar, originario de Tamazunchale, San Luis Potos\u00ed "
        '("EL TRABAJADOR"), conforme al resumen y a las cl\u00e1usulas siguientes.',
        align="J",
        after=2.5,
    )
    pdf.kv(
        [
            (
                "Puesto",
                "Trabajador agr\u00edcola general: trasplante, deshierbe, despunte y cosecha "
                "de tabaco; cosecha y selecci\u00f3n de camote",
            ),
            ("Lugar", "Fincas de LA EMPRESA en los condados de Wilson y Nash, Carolina del Norte"),
            ("Periodo", "Del 20 de abril al 30 de octubre de 2026"),
            (
                "Horario",
                "40 horas por semana: lunes a viernes de 7:00 a 16:00, con una hora para comer",
            ),
            ("Salario", "$16.12 por hora"),
            ("Pago", "Cada semana, los jueves"),
            ("Vivienda", "Gratuita, campamento Sandy Ridge, 1200 Sandy Ridge Road, Wilson"),
            ("Comidas", "Cocina equipada sin costo en cada casa"),
            (
                "Requisitos",
                "Un a\u00f1o de experiencia en cultivo de tabaco u hortalizas; poder "
                "levantar 50 libras",
            ),
        ],
        widths=(20, 80),
        size=9.6,
        label_fill=(232, 232, 232),
    )
    C = pdf.clause
    C(
        "PRIMERA. Salario.",
        "LA EMPRESA pagar\u00e1 $16.12 por cada hora trabajada, en efectivo "
        "o con cheque, cada jueves.",
        align="J",
    )
    C(
        "SEGUNDA. Garant\u00eda de tres cuartas partes.",
        "LA EMPRESA garantiza ofrecer a EL "
        "TRABAJADOR empleo por lo menos durante las tres cuartas partes de los d\u00edas "
        "h\u00e1biles del periodo del contrato. Si no lo hace, le pagar\u00e1 la diferencia.",
        align="J",
    )
    C(
        "TERCERA. Descuentos.",
        "Solo se descuentan los impuestos que EL TRABAJADOR autorice y "
        "las cantidades que \u00e9l mismo autorice por escrito para su propio beneficio. No se "
        "descuenta nada por vivienda, herramientas ni transporte.",
        align="J",
    )
    C(
        "CUARTA. Transporte.",
        "Ida: LA EMPRESA paga el autob\u00fas de Monterrey a Wilson y "
        "reembolsa el pasaje de Tamazunchale a Monterrey a m\u00e1s tardar al completarse la "
        "mitad del contrato. " + Q["travel"] + " Regreso: al terminar el contrato, LA EMPRESA "
        "paga el viaje de regreso a Tamazunchale. Diario: el transporte de la vivienda a los "
        "campos es gratuito.",
        align="J",
    )
    pdf.add_page()
    C(
        "QUINTA. Herramientas y equipo.",
        "LA EMPRESA proporciona sin costo azadones, cuchillos "
        "para tabaco, guantes y ropa impermeable.",
        align="J",
    )
    C(
        "SEXTA. Seguro.",
        "EL TRABAJADOR est\u00e1 cubierto por el seguro de compensaci\u00f3n "
        "laboral (workers' compensation) contratado y pagado por LA EMPRESA.",
        align="J",
    )
    C("S\u00c9PTIMA. Examen m\u00e9dico.", Q["medical"], align="J")
    C(
        "OCTAVA. Reclutamiento.",
        "LA EMPRESA paga todos los servicios de Reclutamiento "
        "Agr\u00edcola Huasteca, S.C.; EL TRABAJADOR no le paga nada por ser seleccionado.",
        align="J",
    )
    C("NOVENA. Pasaportes.", Q["passport"], align="J")
    C(
        "D\u00c9CIMA. Reglas del campamento.",
        Q["curfew"] + " Se proh\u00edbe fumar dentro de las casas y cocinar en los dormitorios.",
        align="J",
    )
    C(
        "UND\u00c9CIMA. Terminaci\u00f3n.",
        "Si EL TRABAJADOR falta cinco d\u00edas h\u00e1biles "
        "seguidos sin aviso, se considerar\u00e1 que abandon\u00f3 el trabajo. LA EMPRESA "
        "podr\u00e1 despedirlo por causa justificada y en ambos casos avisar\u00e1 al "
        "Departamento de Trabajo de los Estados Unidos.",
        align="J",
    )
    C(
        "DUOD\u00c9CIMA. Idioma.",
        "EL TRABAJADOR recibe este contrato en espa\u00f1ol, su idioma, antes de su cita consular.",
        align="J",
    )
    pdf.para(
        "La hoja de firmas y constancia de recepci\u00f3n forma parte de este contrato.",
        style="I",
        after=0,
    )
    add_scanned(
        pdf,
        [
            ("sub", "TAR RIVER LEAF & PRODUCE, INC.  -  PROGRAMA H-2A 2026"),
            ("title", "CONSTANCIA DE RECEPCI\u00d3N Y FIRMAS"),
            ("space", 30),
            (
                "p",
                "Yo, Ferm\u00edn Ortega Baltazar, declaro que recib\u00ed una copia de este "
                "contrato en espa\u00f1ol antes de mi cita consular, que me fue le\u00eddo y "
                "explicado, que entiendo su contenido y que lo firmo por mi propia voluntad.",
            ),
            ("p", "Las partes reconocen como suyas las firmas que aparecen al calce."),
            ("fill", ("Lugar:", "Tamazunchale, S.L.P.")),
            ("fill", ("Fecha:", "2 de marzo de 2026")),
            ("fill", ("Folio del contrato:", "TRL-26-0388")),
            (
                "sigs",
                [
                    ("EL TRABAJADOR\nFerm\u00edn Ortega Baltazar", True),
                    ("Por LA EMPRESA\nDwight A. Mewborn, Personal", True),
                ],
            ),
            ("print", "Huella"),
            ("stamp", ["TAR RIVER LEAF", "& PRODUCE, INC.", "PERSONAL"]),
            ("footer", "P\u00e1gina 3 de 3"),
        ],
        seed=SEED + 4,
    )

    SCANNED_PAGES["bv04.pdf"] = [3]
    fees = [
        fee("travel_cost", V, 1, None, None, Q["travel"]),
        fee("medical_cost", V, 2, 1200, "MXN", Q["medical"]),
        fee("document_retention", V, 2, None, None, Q["passport"]),
        fee("movement_restriction", V, 2, None, None, Q["curfew"]),
    ]
    lab = label(
        "bv04.pdf",
        "h2a",
        "es",
        3,
        fees,
        ["wage_adjustment", "earnings_statements", "contract_impossibility"],
        ["Reclutamiento Agr\u00edcola Huasteca, S.C."],
        [
            "free housing (h2a)",
            "free kitchen",
            "negated deductions for housing, tools and transport",
            "recruiter paid by employer, worker pays nothing (negated recruitment fee)",
            "inbound bus paid and fare to Monterrey reimbursed",
            "tools free",
            "workers' compensation paid by employer",
            "no-smoking / no-cooking house rule is not a movement restriction",
            "scanned signature page carries no fee",
        ],
        "work_contract",
        "US Letter; centred letterhead; summary grid table; numbered ordinal clauses, justified; "
        "page 3 is an image-only scan of the signed acknowledgment (noise, slight rotation, "
        "stamp, thumbprint box)",
        scanned=True,
    )
    return pdf, lab


# =======================================================================================
# bv05  H-2B, English, compliant job order (Sinaloa -> Maryland crab picking)
# =======================================================================================
def bv05():
    pdf = Doc(
        "letter",
        font="ls",
        size=10.4,
        margins=(18, 18, 18),
        bottom=17,
        title="H-2B job order - Crab Meat Picker",
        author="Marsh Hen Seafood Company, LLC",
    )
    pdf.ftr = lambda p: page_footer(
        p,
        "Marsh Hen Seafood Company, LLC  |  H-2B Job Order MD-26-B-0092  |  Page {page} of {{nb}}",
        fam="ls",
    )
    grey = (88, 96, 104)
    pdf.add_page()
    pdf.set_font("ls", "B", 15)
    pdf.cell(0, 7, "H-2B JOB ORDER", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ls", "", 9)
    pdf.cell(
        0,
        5,
        "Temporary non-agricultural employment  -  Seasonal need, April to "
        "November 2026  -  State Workforce Agency order MD-26-B-0092",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.bar("SECTION A.  EMPLOYER INFORMATION", fill=grey, fam="ls", size=9.5)
    pdf.kv(
        [
            ("1. Legal business name", "Marsh Hen Seafood Company, LLC", "2. FEIN", "52-7719043"),
            (
                "3. Address",
                "227 Crab Point Road, Fishing Creek, Maryland 21634",
                "4. Telephone",
                "(410) 555-0119",
            ),
            (
                "5. Contact",
                "Delia Swann Robbins, President",
                "6. NAICS",
                "311710 Seafood processing",
            ),
        ],
        widths=(20, 38, 12, 30),
        size=9.8,
        label_fill=(236, 238, 240),
        after=3,
        label_cols=(0, 2),
    )
    pdf.bar("SECTION B.  JOB OFFER", fill=grey, fam="ls", size=9.5)
    pdf.kv(
        [
            (
                "7. Job title",
                "Crab Meat Picker (Meat, Poultry and Fish Cutters and Trimmers, SOC 51-3022)",
            ),
            ("8. Number of workers", "38"),
            ("9. Period of employment", "April 6, 2026 to November 20, 2026"),
            (
                "10. Basic hours",
                "40 hours per week; Monday to Friday, 6:00 a.m. to 2:30 p.m., with "
                "a 30-minute unpaid meal period",
            ),
            (
                "11. Wage offer",
                "$16.27 per hour; or $4.00 per pound of picked meat when piece earnings are higher",
            ),
            (
                "12. Overtime",
                "$24.41 per hour for hours over 40 in a workweek; Saturday work, when "
                "offered, is voluntary",
            ),
            ("13. Pay frequency", "Weekly, every Friday"),
            (
                "14. Place of employment",
                "Marsh Hen picking house, 227 Crab Point Road, Fishing "
                "Creek, Dorchester County, Maryland 21634",
            ),
        ],
        widths=(26, 74),
        size=9.8,
        label_fill=(236, 238, 240),
        after=3,
    )
    pdf.bar("SECTION C.  JOB DUTIES AND REQUIREMENTS", fill=grey, fam="ls", size=9.5)
    pdf.para(
        "Duties. Steam-cooked blue crabs are delivered to the picking room. Pickers "
        "remove the claws, open the shells with a small knife, pick lump, backfin and "
        "claw meat, and place it in containers by grade. Pickers take their containers "
        "to the scale station, where the weight is recorded on the worker's ticket, and "
        "keep their station clean and sanitized. Office staff, not pickers, handle "
        "invoices and collect payment from restaurant customers.",
        align="J",
    )
    pdf.para(
        "Requirements. No experience is required. Workers must be able to stand for up "
        "to 8 hours, use a small knife safely and work in a cool, wet room. The two-day "
        "hygiene and knife-safety training is given on paid time.",
        align="J",
    )
    pdf.add_page()
    pdf.bar("SECTION D.  TERMS AND ASSURANCES", fill=grey, fam="ls", size=9.5)
    items = [
        (
            "1. Wage adjustments.",
            "The employer will pay at least the highest of the prevailing "
            "wage, the federal minimum wage and the Maryland minimum wage in effect when the work "
            "is performed. If a higher prevailing wage is issued during the period of employment, "
            "the employer will pay it from the date it takes effect.",
        ),
        (
            "2. Three-fourths guarantee.",
            "The employer guarantees to offer each worker "
            "employment for a total number of hours equal to at least three-fourths of the "
            "workdays in each 12-week period, beginning with the first workweek after arrival, "
            "with each workday counted as 8 hours. If it offers fewer hours, it pays the "
            "difference.",
        ),
        (
            "3. Deductions.",
            "The employer will make only these deductions: federal, Maryland and "
            "Dorchester County income taxes; Social Security and Medicare; and any deduction the "
            "worker authorizes in writing for the worker's own benefit. The employer will not "
            "deduct anything for housing, tools, uniforms, transportation or visa costs.",
        ),
        (
            "4. Earnings statements.",
            "With each weekly payment the employer gives each worker "
            "an itemized statement of hours offered, hours worked, pounds picked, rates of pay, "
            "gross and net earnings, and each deduction.",
        ),
        (
            "5. Inbound transportation.",
            "Workers who complete 50 percent of the period of "
            "employment are reimbursed the reasonable cost of bus travel and daily subsistence "
            "from Los Mochis, Sinaloa, to Fishing Creek, if not already provided. Any part of "
            "these costs that would bring first-week earnings below the required wage is "
            "reimbursed in the first workweek.",
        ),
        (
            "6. Return transportation.",
            "If the worker completes the period of employment, or is "
            "dismissed early for any reason other than cause, the employer pays return "
            "transportation and daily subsistence to Los Mochis.",
        ),
        (
            "7. Visa and related fees.",
            "The employer pays, or reimburses in the first workweek, "
            "the visa fee, visa processing fees and the border crossing fee. Workers pay nothing "
            "for their visa.",
        ),
        (
            "8. Tools, equipment and uniforms.",
            "Knives, cutting boards, mesh gloves, aprons, "
            "hairnets and boots are provided without charge and without deposit. Uniforms are "
            "laundered by the employer at no cost.",
        ),
        (
            "9. Housing.",
            "Optional housing is available free of charge in the employer's "
            "dormitory at 231 Crab Point Road. Workers who live elsewhere receive the same wage.",
        ),
        (
            "10. Recruitment.",
            "The employer has contracted Mar y Tierra Contrataciones, S.C., of "
            "Los Mochis, Sinaloa, to recruit workers. The contract prohibits the recruiter and "
            "its agents from seeking or receiving payment of any kind from workers, and the "
            "employer pays every fee for this service. If anyone asks you for money for this "
            "job, call (410) 555-0119.",
        ),
        (
            "11. Payroll card.",
            "Wages may be paid by direct deposit or by payroll card. Workers "
            "pay no fees to use the payroll card.",
        ),
    ]
    for lead, text in items:
        pdf.clause(lead, text, align="J", after=2.0)
    pdf.add_page()
    items = [
        (
            "12. Passports.",
            "Workers keep their passports, visas and other immigration "
            "documents. The employer will not hold or confiscate them.",
        ),
        (
            "13. No retaliation.",
            "The employer will not discharge, blacklist or discriminate "
            "against a worker who files a complaint, consults a lawyer or testifies in any "
            "proceeding.",
        ),
        (
            "14. Abandonment and dismissal.",
            "A worker who fails to report for 5 consecutive "
            "working days without consent is considered to have abandoned the job, and the "
            "employer will notify the Department of Labor and DHS within 2 work days. A worker "
            "may be dismissed for cause after a written warning.",
        ),
        (
            "15. Contract impossibility.",
            "If fire, a storm, a closure of the crab fishery by the "
            "State of Maryland or another Act of God makes the contract impossible to fulfill, "
            "the employer may end it with the approval of the Department of Labor; it will then "
            "pay the three-fourths guarantee up to that date and return transportation.",
        ),
        ("16. Language.", "This job order is given to each worker in English and in Spanish."),
    ]
    for lead, text in items:
        pdf.clause(lead, text, align="J", after=2.0)
    pdf.ln(3)
    pdf.para(
        "Employer certification: I certify that the terms above are true and will be "
        "honored for every worker in this occupation.",
        style="I",
    )
    pdf.sig_row(
        [
            [
                "Delia Swann Robbins",
                "President, Marsh Hen Seafood Company, LLC",
                "February 9, 2026",
            ],
            ["Received by the worker", "Name, signature and date"],
        ],
        fam="ls",
    )

    lab = label(
        "bv05.pdf",
        "h2b",
        "en",
        3,
        [],
        [],
        ["Mar y Tierra Contrataciones, S.C."],
        [
            "'collect payment from restaurant customers' is office staff's job, not a worker fee",
            "knife-safety training on paid time (not a training charge)",
            "optional dormitory free of charge",
            "uniforms laundered at no cost",
            "no fees for the payroll card (negated charge)",
            "visa, processing and border-crossing fees paid or reimbursed",
            "inbound bus and subsistence reimbursed",
            "tools free, no deposit",
            "recruiter paid by employer, forbidden to take payments (negated recruitment fee)",
            "workers keep passports (negated document retention)",
            "no blacklisting (negated)",
            "'The employer will not deduct anything for housing, tools, uniforms...' "
            "(negated deductions)",
        ],
        "job_order",
        "US Letter; form-style job order with grey section bars; four-column employer "
        "field grid and numbered two-column offer grid; numbered assurances with bold "
        "lead-ins; certification and signature lines",
    )
    return pdf, lab


# =======================================================================================
# bv06  H-2B, Spanish, recruiter cash receipt + conditions sheet (Huehuetenango -> Texas)
# =======================================================================================
def bv06():
    Q = {
        "fee": "Cuota de inscripci\u00f3n y apartado de lugar Q2,500.00",
        "med": "Examen m\u00e9dico y laboratorio cl\u00ednico Q650.00",
        "train": "Taller de orientaci\u00f3n y prueba de ingl\u00e9s b\u00e1sico Q400.00",
        "bond": "Adem\u00e1s, EL ASPIRANTE entrega un cheque posfechado por Q10,000.00 como "
        "garant\u00eda de cumplimiento del contrato, que se le devolver\u00e1 cuando "
        "regrese a Guatemala.",
        "penalty": "Si EL ASPIRANTE deja el trabajo antes de la fecha de t\u00e9rmino del "
        "contrato, pagar\u00e1 a LA AGENCIA una penalizaci\u00f3n de Q5,000.00 y "
        "perder\u00e1 el cheque de garant\u00eda.",
    }
    AG = "Colocaciones Internacionales Los Cuchumatanes, S.A."
    pdf = Doc(
        "letter",
        font="dvc",
        size=9.6,
        margins=(20, 20, 20),
        bottom=18,
        title="Recibo de caja 0417",
        author=AG,
    )
    blue = (22, 70, 130)

    def hdr(p):
        p.set_text_color(*blue)
        p.set_font("dvc", "B", 13)
        p.set_xy(20, 12)
        p.cell(0, 6, AG.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_font("dvc", "", 8.3)
        p.cell(
            0,
            4.2,
            "6a. Avenida 4-28, zona 1, Huehuetenango, Guatemala  \u00b7  "
            "Tel. 7764-2290  \u00b7  NIT 8812043-5",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(*blue)
        p.set_line_width(0.5)
        p.line(20, 24, p.w - 20, 24)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(29)

    pdf.hdr = hdr
    pdf.ftr = lambda p: page_footer(
        p, "Original: aspirante  \u00b7  Copia: archivo  \u00b7  Hoja {page}/{{nb}}", fam="dvc"
    )
    pdf.add_page()
    # receipt number box at the right
    pdf.set_draw_color(*blue)
    pdf.rect(pdf.w - 20 - 52, 29, 52, 15)
    pdf.set_xy(pdf.w - 20 - 52, 30.5)
    pdf.set_font("dvc", "B", 10)
    pdf.cell(52, 5.5, "RECIBO DE CAJA", align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("dvc", "B", 13)
    pdf.set_text_color(180, 20, 20)
    pdf.cell(52, 6, "No. 0417", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(20, 30)
    pdf.set_font("dvc", "", 9.6)
    pdf.multi_cell(
        100,
        5,
        "Lugar y fecha: Huehuetenango, 16 de enero de 2026\n"
        "Programa: visa de trabajo temporal H-2B",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(48)
    pdf.para(
        AG + ' ("LA AGENCIA") recibe de Walter Estuardo P\u00e9rez Ajanel ("EL '
        'ASPIRANTE"), DPI 2871 '
        "45220 1301, vecino de Chiantla, Huehuetenango, las cantidades que se detallan, "
        "por su participaci\u00f3n en el proceso de selecci\u00f3n para Brazos Valley "
        "Grounds & Landscape, LLC, de Texas, Estados Unidos.",
        align="J",
        after=3,
    )
    pdf.kv(
        [
            ("1", "Cuota de inscripci\u00f3n y apartado de lugar", "Q2,500.00"),
            ("2", "Examen m\u00e9dico y laboratorio cl\u00ednico", "Q650.00"),
            ("3", "Taller de orientaci\u00f3n y prueba de ingl\u00e9s b\u00e1sico", "Q400.00"),
            ("", "TOTAL RECIBIDO", "Q3,550.00"),
        ],
        widths=(8, 70, 22),
        size=9.6,
        header=("No.", "Concepto", "Monto"),
        label_style="",
        after=2,
    )
    pdf.para(
        "Son: tres mil quinientos cincuenta quetzales exactos (Q3,550.00), recibidos en efectivo.",
        style="I",
        after=3,
    )
    pdf.para(Q["bond"], align="J")
    pdf.para(
        "Las cantidades recibidas no son reembolsables en ning\u00fan caso, aunque EL "
        "ASPIRANTE no sea seleccionado o no obtenga la visa.",
        align="J",
    )
    pdf.para(
        "Este recibo no incluye el costo de la visa, que LA EMPRESA reembolsa en la "
        "primera semana de trabajo.",
        align="J",
        after=4,
    )
    pdf.sig_row(
        [
            ["Recibi\u00f3", "Lic. Haroldo Mazariegos Sales", "Cajero de LA AGENCIA"],
            ["Entreg\u00f3", "Walter Estuardo P\u00e9rez Ajanel", "EL ASPIRANTE"],
        ],
        fam="dvc",
        gap=18,
    )
    # "PAGADO" rubber stamp in the free space under the signatures
    cx, cy = pdf.w - 58, pdf.get_y() + 22
    pdf.set_draw_color(30, 60, 160)
    pdf.set_line_width(0.7)
    pdf.ellipse(cx - 19, cy - 19, 38, 38)
    pdf.set_line_width(0.3)
    pdf.ellipse(cx - 16, cy - 16, 32, 32)
    pdf.set_text_color(30, 60, 160)
    pdf.set_font("dvc", "B", 11)
    pdf.set_xy(cx - 16, cy - 4)
    pdf.cell(32, 5, "PAGADO", align="C")
    pdf.set_font("dvc", "", 6.5)
    pdf.set_xy(cx - 16, cy + 1.5)
    pdf.cell(32, 3.5, "16 ENE 2026", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)

    pdf.add_page()
    pdf.heading(
        "CONDICIONES DEL EMPLEO OFRECIDO (hoja informativa para EL ASPIRANTE)", size=11, fam="dvc"
    )
    pdf.bullets(
        [
            '**Empresa:** Brazos Valley Grounds & Landscape, LLC ("LA EMPRESA"), 9180 Old Sandy '
            "Point Road, Rosharon, Texas 77583, Estados Unidos",
            "**Puesto:** trabajador de jardiner\u00eda y paisajismo: cortar c\u00e9sped con "
            "podadora, recortar setos, plantar \u00e1rboles y flores, aplicar mantillo y recoger "
            "basura en \u00e1reas verdes",
            "**Lugar de trabajo:** residenciales y oficinas de clientes en los condados de "
            "Brazoria, Fort Bend y Harris, Texas",
            "**Periodo:** del 2 de marzo al 30 de noviembre de 2026",
            "**Horario:** 40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas",
            "**Salario:** $15.86 por hora",
            "**Horas extra:** $23.79 por hora despu\u00e9s de 40 horas semanales",
            "**Pago:** cada semana, los viernes",
            "**Viaje de ida y visa:** LA EMPRESA reembolsa en la primera semana el pasaje de "
            "autob\u00fas de Huehuetenango a Rosharon y el costo de la visa",
            "**Herramientas:** LA EMPRESA proporciona sin costo podadoras, desbrozadoras, guantes "
            "y lentes de seguridad",
            "**Requisitos:** 3 meses de experiencia en jardiner\u00eda y saber usar desbrozadora",
        ],
        md=True,
        after=1.4,
    )
    pdf.ln(3)
    pdf.heading("COMPROMISOS DE EL ASPIRANTE", size=10.5, fam="dvc")
    pdf.clause(
        "1.",
        "Presentarse puntualmente a su entrevista en la Embajada de los Estados "
        "Unidos en la Ciudad de Guatemala, con su pasaporte vigente.",
        align="J",
    )
    pdf.clause("2.", Q["penalty"], align="J")
    pdf.clause(
        "3.",
        "EL ASPIRANTE puede consultar al Ministerio de Trabajo o a su consulado "
        "sin que ello afecte su selecci\u00f3n.",
        align="J",
    )
    pdf.sig_row(
        [["Enterado y conforme", "Walter Estuardo P\u00e9rez Ajanel"]], fam="dvc", gap=18, line_w=80
    )

    fees = [
        fee("recruitment_fee", V, 1, 2500, "GTQ", Q["fee"]),
        fee("medical_cost", V, 1, 650, "GTQ", Q["med"]),
        fee("training_cost", V, 1, 400, "GTQ", Q["train"]),
        fee("deposit_or_bond", V, 1, 10000, "GTQ", Q["bond"]),
        fee("breach_penalty", V, 2, 5000, "GTQ", Q["penalty"]),
    ]
    lab = label(
        "bv06.pdf",
        "h2b",
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        [AG],
        [
            "visa cost excluded from the receipt, reimbursed by the employer in week one",
            "inbound bus and visa reimbursed in the first week",
            "tools free",
            "consulting authorities does not affect selection (negated blacklisting)",
            "worker keeps his own valid passport for the interview",
        ],
        "receipt",
        "US Letter; agency letterhead with rule; boxed receipt number in red; itemised "
        "3-column cost table with total; amount in words; rubber stamp circle 'PAGADO'; page "
        "2 conditions sheet as bold-label bullet list and numbered undertakings",
    )
    return pdf, lab


# =======================================================================================
# bv07  H-2B, English + Spanish, bilingual offer letter (Michoacan -> Oregon tree planting)
# =======================================================================================
def bv07():
    Q = {
        "travel_en": "Travel from Mexico to the first worksite is the worker's own expense.",
        "travel_es": "El viaje desde M\u00e9xico hasta el primer sitio de trabajo corre por "
        "cuenta del trabajador.",
        "adv_en": "Workers who need money for the trip can request an advance of up to $600, "
        "repaid through deductions of $75 per week plus 3% monthly interest.",
        "adv_es": "Los trabajadores que necesiten dinero para el viaje pueden pedir un adelanto "
        "de hasta $600, que se pagar\u00e1 con descuentos de $75 por semana m\u00e1s "
        "un inter\u00e9s del 3% mensual.",
        "eq_en": "Hoedads, planting bags and hard hats are issued to each worker, and their "
        "cost, $185, is deducted in equal parts from the first three paychecks.",
        "eq_es": "Los azadones, las bolsas de plantar y los cascos se entregan a cada "
        "trabajador y su costo, $185, se descuenta en partes iguales de los tres "
        "primeros cheques.",
        "pen_en": "A planter who leaves the crew before the end of the contract will pay the "
        "Company $400 for replacement costs.",
        "pen_es": "El plantador que deje la cuadrilla antes del fin del contrato pagar\u00e1 a "
        "la Compa\u00f1\u00eda $400 por costos de reemplazo.",
    }
    CO = "Cascadia Siskiyou Reforestation, Inc."
    pdf = Doc(
        "letter",
        font="lsr",
        size=9.8,
        margins=(22, 32, 22),
        bottom=16,
        title="Offer of employment / Oferta de empleo",
        author=CO,
    )
    dark = (20, 60, 40)

    def hdr(p):
        p.set_font("lsr", "B", 16)
        p.set_text_color(*dark)
        p.set_xy(22, 11)
        p.cell(0, 7, CO, new_x="LMARGIN", new_y="NEXT")
        p.set_font("lsr", "I", 9)
        p.cell(
            0,
            4.5,
            "2710 Table Rock Road, Medford, Oregon 97501  \u00b7  (541) 555-0178  "
            "\u00b7  Oregon Farm/Forest Labor Contractor Lic. FLC-24417",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_draw_color(*dark)
        p.set_line_width(0.8)
        p.line(22, 26, p.w - 22, 26)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(32)

    pdf.hdr = hdr
    pdf.ftr = lambda p: page_footer(p, "Offer / Oferta CSR-H2B-26-114  -  {page}/{{nb}}", fam="lsr")
    pdf.add_page()
    pdf.para("November 17, 2025 / 17 de noviembre de 2025", align="R", after=2)
    pdf.para(
        "Sr. Jacinto Huerta Melgar\nCalle Allende 14, Zinap\u00e9cuaro, Michoac\u00e1n, "
        "M\u00e9xico",
        after=3,
    )
    pdf.heading("H-2B OFFER OF EMPLOYMENT  /  OFERTA DE EMPLEO H-2B", size=12, fam="lsr", after=1)
    pdf.para(
        "English first; Spanish translation in italics below each paragraph. / Primero "
        "en ingl\u00e9s; la traducci\u00f3n al espa\u00f1ol va en cursiva debajo de cada "
        "p\u00e1rrafo.",
        size=8.8,
        style="I",
        color=(90, 90, 90),
        after=3,
    )

    def item(title_en, title_es, en, es):
        pdf.para(f"{title_en} / {title_es}", style="B", size=10.4, after=0.6)
        pdf.para(en, align="J", after=0.8)
        pdf.para(es, style="I", align="J", after=2.6, color=(40, 40, 40))

    item(
        "1. Position",
        "Puesto",
        "Tree Planter (Forest and Conservation Worker). You will plant conifer seedlings by "
        "hand with a hoedad or planting shovel on steep, logged slopes, carry seedling bags "
        "of up to 40 pounds and clear brush around each planting spot.",
        "Plantador de \u00e1rboles (trabajador forestal y de conservaci\u00f3n). Plantar\u00e1 a "
        "mano pl\u00e1ntulas de con\u00edferas con azad\u00f3n (hoedad) o pala de plantar en "
        "laderas empinadas y taladas, cargar\u00e1 bolsas de pl\u00e1ntulas de hasta 40 libras "
        "y limpiar\u00e1 la maleza alrededor de cada punto de plantaci\u00f3n.",
    )
    item(
        "2. Requirements",
        "Requisitos",
        "One season of tree-planting experience is required. You must be able to hike up to "
        "2 miles a day over rough ground.",
        "Se requiere una temporada de experiencia en plantaci\u00f3n de \u00e1rboles. Debe "
        "poder caminar hasta 2 millas diarias por terreno dif\u00edcil.",
    )
    item(
        "3. Worksites",
        "Lugares de trabajo",
        "Reforestation units on private timberland and National Forest land in Jackson, "
        "Josephine and Douglas Counties, Oregon. While crews work away from Medford they stay "
        "in motels paid by the Company.",
        "Unidades de reforestaci\u00f3n en terrenos forestales privados y del Bosque Nacional "
        "en los condados de Jackson, Josephine y Douglas, Oreg\u00f3n. Cuando las cuadrillas "
        "trabajan lejos de Medford se hospedan en moteles pagados por la Compa\u00f1\u00eda.",
    )
    item(
        "4. Dates and hours",
        "Fechas y horario",
        "January 12, 2026 to April 24, 2026. 40 hours per week, Monday to Friday, 6:30 a.m. "
        "to 3:00 p.m. with a 30-minute unpaid lunch. Driving time between the motel and the "
        "unit is paid.",
        "Del 12 de enero al 24 de abril de 2026. 40 horas por semana, de lunes a viernes, de "
        "6:30 a 15:00 horas con 30 minutos de comida sin pago. El tiempo de traslado entre el "
        "motel y la unidad se paga.",
    )
    item(
        "5. Pay",
        "Pago",
        "$21.40 per hour. Overtime: $32.10 per hour for hours over 40 in a workweek. Paid "
        "every two weeks by check, with a pay stub listing hours worked, rate, gross pay and "
        "every deduction.",
        "$21.40 por hora. Horas extra: $32.10 por hora despu\u00e9s de 40 horas en la semana. "
        "Se paga cada dos semanas con cheque, con un tal\u00f3n que detalla horas trabajadas, "
        "tarifa, pago bruto y cada descuento.",
    )
    item(
        "6. Visa",
        "Visa",
        "The Company reimburses the visa fee in your first workweek; keep your receipt.",
        "La Compa\u00f1\u00eda le reembolsa el costo de la visa en su primera semana de "
        "trabajo; guarde su recibo.",
    )
    pdf.add_page()
    item(
        "7. Getting to Medford",
        "C\u00f3mo llegar a Medford",
        Q["travel_en"] + " " + Q["adv_en"],
        Q["travel_es"] + " " + Q["adv_es"],
    )
    item("8. Equipment", "Equipo", Q["eq_en"], Q["eq_es"])
    item(
        "9. Deductions",
        "Descuentos",
        "Federal and Oregon income tax, Social Security and Medicare, the Oregon statewide "
        "transit tax, the travel advance (if any) and the equipment cost described above.",
        "Impuesto federal y de Oreg\u00f3n, Seguro Social y Medicare, el impuesto estatal de "
        "transporte de Oreg\u00f3n, el adelanto para el viaje (si lo hubo) y el costo del "
        "equipo descrito arriba.",
    )
    item("10. Leaving early", "Salida anticipada", Q["pen_en"], Q["pen_es"])
    item(
        "11. Abandonment and dismissal",
        "Abandono y despido",
        "A worker who misses 5 consecutive working days without notice will be considered "
        "to have abandoned the job. The Company may dismiss a worker for serious or repeated "
        "safety violations after a written warning.",
        "Se considerar\u00e1 que abandon\u00f3 el trabajo quien falte 5 d\u00edas h\u00e1biles "
        "seguidos sin avisar. La Compa\u00f1\u00eda puede despedir a un trabajador por faltas "
        "de seguridad graves o repetidas, despu\u00e9s de una advertencia por escrito.",
    )
    item(
        "12. Recruitment",
        "Reclutamiento",
        "The Company does not charge any recruitment fee and does not use paid recruiters.",
        "La Compa\u00f1\u00eda no cobra ninguna cuota de reclutamiento y no usa reclutadores "
        "pagados.",
    )
    item(
        "13. About the Company",
        "Sobre la Compa\u00f1\u00eda",
        CO + " is a licensed and bonded Oregon farm and forest labor contractor.",
        CO + " es un contratista de mano de obra agr\u00edcola y forestal con licencia y "
        "fianza registrada en Oreg\u00f3n.",
    )
    pdf.ln(2)
    pdf.sig_row(
        [
            [
                "For the Company / Por la Compa\u00f1\u00eda",
                "Russell K. Ambrose, Operations Manager",
            ],
            ["Accepted / Acepto", "Jacinto Huerta Melgar"],
        ],
        fam="lsr",
        gap=16,
    )

    fees = [
        fee("travel_cost", V, 2, None, None, Q["travel_en"], group=1),
        fee("travel_cost", V, 2, None, None, Q["travel_es"], group=1),
        fee("debt_bondage", V, 2, 600, "USD", Q["adv_en"], group=2),
        fee("debt_bondage", V, 2, 600, "USD", Q["adv_es"], group=2),
        fee("equipment_charge", V, 2, 185, "USD", Q["eq_en"], group=3),
        fee("equipment_charge", V, 2, 185, "USD", Q["eq_es"], group=3),
        fee("breach_penalty", V, 2, 400, "USD", Q["pen_en"], group=4),
        fee("breach_penalty", V, 2, 400, "USD", Q["pen_es"], group=4),
    ]
    lab = label(
        "bv07.pdf",
        "h2b",
        "en+es",
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "tools_provided",
            "contract_impossibility",
        ],
        [],
        [
            "motel lodging paid by the Company",
            "paid driving time",
            "visa fee reimbursed in the first workweek",
            "no recruitment fee, no paid recruiters (negated)",
            "'licensed and bonded' / 'con fianza registrada' is the contractor's own bond, not "
            "a worker bond",
        ],
        "offer_letter",
        "US Letter; serif letterhead with rule; bilingual stacked paragraphs (English, then "
        "Spanish in italics); numbered headings EN / ES; signature lines",
    )
    return pdf, lab


# =======================================================================================
# bv08  H-2B, English, OFW employment contract + agency addendum (Philippines -> Guam)
# =======================================================================================
def bv08():
    Q = {
        "damage": "Loss of or damage to company tools due to the Worker's negligence will be "
        "charged to the Worker at replacement cost.",
        "bond": "To secure faithful completion of this contract, the Worker shall post a cash "
        "bond of USD 1,000, collected through deductions of USD 100 per pay period and "
        "returned without interest upon completion of the contract.",
        "fee": "The Worker shall pay the Agency a placement fee equivalent to one month's basic "
        "salary, fixed at PHP 95,000, upon signing of this contract.",
        "med": "The pre-employment medical examination at a DMW-accredited clinic, PHP 3,800, "
        "is for the Worker's account.",
        "test": "The TESDA carpentry trade test required by the Employer, PHP 1,250, is likewise "
        "paid by the Worker.",
    }
    AG = "Kalasag Manpower International Corp."
    EMP = "Tasi Ridge Construction Company, Inc."
    pdf = Doc(
        "A4",
        font="lsr",
        size=11.2,
        margins=(22, 20, 22),
        bottom=18,
        title="Employment contract - H-2B Guam",
        author=EMP,
    )
    pdf.ftr = lambda p: page_footer(
        p,
        "Contract No. TRC-GU-2026-0311  \u00b7  Page {page} of {{nb}}  \u00b7  "
        "Worker's initials: ______",
        fam="lsr",
    )
    pdf.add_page()
    pdf.heading("EMPLOYMENT CONTRACT", size=15, align="C", fam="lsr", after=0.5)
    pdf.para(
        "H-2B Temporary Non-Agricultural Worker - Territory of Guam",
        size=10.5,
        align="C",
        style="I",
        after=4,
    )
    pdf.kv(
        [
            (
                "EMPLOYER",
                EMP + ", 1048 Route 8, Maite, Guam 96910, U.S.A.; represented by Lourdes "
                "C. Taitano, Human Resources Manager",
            ),
            (
                "WORKER",
                "Rodel Bautista Macaraeg, of Brgy. San Vicente, Urdaneta City, Pangasinan, "
                "Philippines; Passport No. P4471093B",
            ),
            (
                "PHILIPPINE AGENCY",
                AG + ", 2/F Ramona Building, 1421 Taft Avenue, Ermita, Manila; "
                "DMW License No. DMW-071-LB-031424-R",
            ),
        ],
        widths=(24, 76),
        size=9.6,
        label_fill=(240, 236, 226),
        after=4,
    )

    def C(lead, text):
        return pdf.clause(lead, text, align="J", after=2.2)

    C(
        "Article 1. Position.",
        "The Worker is employed as Carpenter (Construction Carpenters, "
        "SOC 47-2031) to build and strip concrete formwork, install wood framing, doors and "
        "trim, read simple plans, and measure and cut materials.",
    )
    C(
        "Article 2. Qualifications.",
        "At least two years of experience as a construction "
        "carpenter and a TESDA National Certificate II in Carpentry.",
    )
    C(
        "Article 3. Place of work.",
        "Construction projects of the Employer in Dededo, Tamuning and Mangilao, Guam.",
    )
    C("Article 4. Term.", "From March 2, 2026 to November 27, 2026.")
    C(
        "Article 5. Hours and wages.",
        "Regular hours are 40 hours per week, Monday to Friday, "
        "7:00 a.m. to 3:30 p.m. The basic wage is USD 16.12 per hour, paid every two weeks. "
        "Work over 40 hours in a week is paid at 1.5 times the basic wage (USD 24.18 per hour). "
        "The Employer pays at least the highest of the prevailing wage certified by the U.S. "
        "Department of Labor and the federal or Guam minimum wage, including any higher "
        "prevailing wage issued during the contract.",
    )
    C(
        "Article 6. Deductions.",
        "Only Guam and federal income tax, Social Security and "
        "Medicare, and the cash bond installments under Article 10 will be deducted from wages.",
    )
    C(
        "Article 7. Housing and food.",
        "The Employer provides barracks housing at its Maite "
        "compound free of charge, with a shared kitchen. Workers buy and cook their own food.",
    )
    C(
        "Article 8. Transportation and visa.",
        "The Employer pays the airfare from Manila to "
        "Guam and, at the end of the contract, the return airfare to Manila. The Employer pays "
        "the H-2B visa application fee directly or reimburses it in the Worker's first workweek. "
        "The Employer also pays the OWWA membership contribution and the DMW processing fee.",
    )
    pdf.add_page()
    C(
        "Article 9. Tools.",
        "All tools, hard hats, safety harnesses, gloves and boots are "
        "furnished by the Employer at no cost. " + Q["damage"],
    )
    C("Article 10. Cash bond.", Q["bond"])
    C(
        "Article 11. Termination.",
        "The Employer may terminate this contract for just cause, "
        "such as serious misconduct or absence without leave for 5 consecutive working days, "
        "after written notice and an opportunity to explain. If the Worker abandons employment, "
        "the Employer will notify the U.S. Department of Labor and the Department of Homeland "
        "Security within 2 working days.",
    )
    C(
        "Article 12. Travel documents.",
        "The Worker keeps his passport, visa and I-94 record at all times.",
    )
    C(
        "Article 13. Grievances.",
        "The Worker may bring any complaint to the Philippine "
        "Consulate General in Guam, the U.S. Department of Labor or the Agency without any "
        "penalty or loss of future employment.",
    )
    C(
        "Article 14. Governing rules.",
        "This contract follows the H-2B rules of the U.S. "
        "Department of Labor and the rules of the Department of Migrant Workers of the "
        "Philippines. The Worker received it in English and had it explained in Ilocano.",
    )
    pdf.ln(2)
    pdf.para(
        "IN WITNESS WHEREOF, the parties sign this contract on January 26, 2026 in Manila.", after=1
    )
    pdf.sig_row(
        [
            ["For the Employer", "Lourdes C. Taitano", "HR Manager"],
            ["Worker", "Rodel Bautista Macaraeg", ""],
            ["Witness", "for " + AG, ""],
        ],
        fam="lsr",
        gap=16,
        size=8.6,
    )

    pdf.add_page()
    x0, y0 = pdf.l_margin - 3, pdf.get_y() - 3
    pdf.heading("ADDENDUM - AGENCY SERVICE AGREEMENT", size=12.5, align="C", fam="lsr", after=0.5)
    pdf.para(
        "between " + AG + ' (the "Agency") and Rodel Bautista Macaraeg (the "Worker")',
        size=9.6,
        align="C",
        style="I",
        after=4,
    )
    pdf.clause("1.", Q["fee"], align="J", after=2.2)
    pdf.clause("2.", Q["med"], align="J", after=2.2)
    pdf.clause("3.", Q["test"], align="J", after=2.2)
    pdf.clause(
        "4.",
        "The Pre-Departure Orientation Seminar conducted by OWWA is free of charge.",
        align="J",
        after=2.2,
    )
    pdf.clause(
        "5.",
        "Payments under this Addendum are made at the Agency's cashier against an "
        "official receipt.",
        align="J",
        after=2.2,
    )
    pdf.sig_row(
        [
            ["For the Agency", "Ma. Cristina R. Dumlao", "Operations Manager"],
            ["Conforme", "Rodel Bautista Macaraeg", "Worker"],
        ],
        fam="lsr",
        gap=16,
        size=8.6,
    )
    y1 = pdf.get_y() + 2
    pdf.set_line_width(0.5)
    pdf.rect(x0, y0, pdf.epw + 6, y1 - y0)
    pdf.set_line_width(0.2)

    fees = [
        fee("damage_chargeback", R, 2, None, None, Q["damage"]),
        fee("deposit_or_bond", V, 2, 1000, "USD", Q["bond"]),
        fee("recruitment_fee", V, 3, 95000, "PHP", Q["fee"]),
        fee("medical_cost", V, 3, 3800, "PHP", Q["med"]),
        fee("training_cost", V, 3, 1250, "PHP", Q["test"]),
    ]
    lab = label(
        "bv08.pdf",
        "h2b",
        "en",
        3,
        fees,
        ["three_fourths_guarantee", "earnings_statements", "contract_impossibility"],
        [AG],
        [
            "barracks housing free of charge",
            "workers cook their own food (no employer meal charge)",
            "airfare both ways paid by employer",
            "visa fee paid or reimbursed in the first workweek",
            "OWWA contribution and DMW processing fee paid by employer",
            "tools and safety gear at no cost",
            "worker keeps passport (negated retention)",
            "complaints without penalty (negated blacklisting)",
            "OWWA pre-departure orientation free of charge (negated training cost)",
        ],
        "ofw_contract",
        "A4; centred title; shaded parties table; numbered articles with bold lead-ins, "
        "justified; footer with initials blank; page 3 agency addendum inside a ruled frame; "
        "three-column signature row (employer, worker, witness)",
    )
    return pdf, lab


# =======================================================================================
# bv09  generic, Spanish, compliant SAWP conditions of employment (Mexico -> B.C., Canada)
# =======================================================================================
def bv09():
    EMP = "Fraser Bend Berry Farms Ltd."
    pdf = Doc(
        "letter",
        font="noto",
        size=9.4,
        margins=(20, 36, 20),
        bottom=18,
        title="Condiciones de empleo PTAT 2026",
        author=EMP,
    )
    red = (150, 30, 35)
    pdf.hdr = lambda p: band_header(
        p,
        red,
        EMP.upper(),
        "31240 Sumas Flats Road, Abbotsford, Columbia Brit\u00e1nica V3G 2K1, Canad\u00e1  "
        "\u00b7  +1 604 555 0196",
        fam="noto",
        h=24,
        y_after=32,
    )
    pdf.ftr = lambda p: page_footer(
        p, "PTAT M\u00e9xico-Canad\u00e1 2026  \u00b7  P\u00e1gina {page} de {{nb}}", fam="noto"
    )
    pdf.add_page()
    pdf.heading(
        "CONDICIONES DE EMPLEO - PROGRAMA DE TRABAJADORES AGR\u00cdCOLAS TEMPORALES "
        "M\u00c9XICO-CANAD\u00c1 (PTAT) 2026",
        size=11.2,
        fam="noto",
        after=2.5,
    )
    pdf.para(
        "Este documento resume, en espa\u00f1ol, las condiciones del contrato de trabajo "
        "del programa que firman EL EMPLEADOR y LA TRABAJADORA. Si hay diferencia, rige el "
        "contrato oficial del programa.",
        size=8.8,
        style="I",
        after=3,
    )
    pdf.kv(
        [
            (
                "Empleador",
                EMP + ", 31240 Sumas Flats Road, Abbotsford, Columbia Brit\u00e1nica "
                "V3G 2K1, Canad\u00e1",
            ),
            (
                "Trabajadora",
                "Rosalba Ibarra Centeno, de San Felipe del Progreso, Estado de M\u00e9xico",
            ),
            (
                "Puesto",
                "Trabajadora agr\u00edcola: cosecha de frambuesa y ar\u00e1ndano, empaque en "
                "el campo, deshierbe y colocaci\u00f3n de cintas de riego",
            ),
            ("Lugar de trabajo", "Campos y empaque de EL EMPLEADOR en Abbotsford, C.B."),
            ("Periodo", "Del 4 de mayo al 16 de octubre de 2026"),
            (
                "Horario",
                "8 horas diarias, 6 d\u00edas por semana (48 horas semanales); el domingo "
                "es d\u00eda de descanso",
            ),
            ("Salario", "CAD 18.25 por hora"),
            (
                "Pago",
                "Cada dos semanas, los viernes, por dep\u00f3sito directo en la cuenta "
                "bancaria de LA TRABAJADORA",
            ),
        ],
        widths=(22, 78),
        size=9.0,
        label_fill=(246, 232, 232),
        after=4,
    )

    def C(lead, text):
        return pdf.clause(lead, text, align="J", after=2.2)

    C(
        "1. Viaje.",
        "EL EMPLEADOR paga completo el boleto de avi\u00f3n redondo Ciudad de "
        "M\u00e9xico-Vancouver y el traslado del aeropuerto a la granja, sin descontarlo del "
        "salario.",
    )
    C(
        "2. Vivienda.",
        "Vivienda sin costo en la casa de trabajadoras de la granja, con "
        "calefacci\u00f3n, lavadora y cocina; no se cobra renta, luz, agua ni gas.",
    )
    C(
        "3. Permiso de trabajo.",
        "EL EMPLEADOR cubre la tarifa del permiso de trabajo y la de "
        "datos biom\u00e9tricos. El registro en el programa ante el Servicio Nacional de Empleo "
        "es gratuito: nadie puede cobrarle por ser seleccionada.",
    )
    C(
        "4. Seguro m\u00e9dico.",
        "Mientras LA TRABAJADORA obtiene la cobertura del Medical "
        "Services Plan de Columbia Brit\u00e1nica, EL EMPLEADOR paga a su nombre un seguro "
        "m\u00e9dico privado.",
    )
    C(
        "5. Descuentos.",
        "Solo se descontar\u00e1n las deducciones obligatorias de ley: impuesto "
        "sobre la renta, Plan de Pensiones de Canad\u00e1 (CPP) y Seguro de Empleo (EI).",
    )
    C(
        "6. Herramientas.",
        "Tijeras, cubetas, botas de hule e impermeables se entregan sin "
        "costo. No se exige fianza, pagar\u00e9 ni dep\u00f3sito alguno.",
    )
    pdf.add_page()
    C(
        "7. Pr\u00e9stamos.",
        "EL EMPLEADOR no otorga pr\u00e9stamos ni adelantos que deban pagarse con el salario.",
    )
    C(
        "8. Documentos.",
        "LA TRABAJADORA conserva su pasaporte, su permiso de trabajo y su "
        "tarjeta de seguro social (SIN).",
    )
    C(
        "9. Regreso.",
        "Al terminar el periodo de empleo, EL EMPLEADOR paga el boleto de "
        "avi\u00f3n de regreso a la Ciudad de M\u00e9xico.",
    )
    C(
        "10. Terminaci\u00f3n.",
        "EL EMPLEADOR solo podr\u00e1 terminar el empleo antes de tiempo "
        "por incumplimiento grave, negativa a trabajar sin raz\u00f3n u otra causa suficiente, "
        "despu\u00e9s de consultar al representante del Gobierno de M\u00e9xico en el Consulado "
        "en Vancouver. Tambi\u00e9n en ese caso EL EMPLEADOR paga el boleto de regreso.",
    )
    C(
        "11. Quejas.",
        "LA TRABAJADORA puede acudir al Consulado de M\u00e9xico, a WorkSafeBC o a "
        "la Employment Standards Branch sin que ello afecte su participaci\u00f3n en futuras "
        "temporadas.",
    )
    C(
        "12. Tiempo libre.",
        "En su tiempo libre LA TRABAJADORA puede salir de la vivienda y recibir visitas.",
    )
    pdf.ln(4)
    pdf.para("Abbotsford, C.B., a 20 de abril de 2026.", after=1)
    pdf.sig_row(
        [
            ["EL EMPLEADOR", "Harjit S. Gill", "Director, " + EMP],
            ["LA TRABAJADORA", "Rosalba Ibarra Centeno", ""],
            ["TESTIGO", "Agente de enlace, Consulado de M\u00e9xico", ""],
        ],
        fam="noto",
        gap=18,
        size=8.4,
    )

    lab = label(
        "bv09.pdf",
        "generic",
        "es",
        2,
        [],
        [],
        [],
        [
            "statutory income tax, CPP and EI deductions (not insurance_cost)",
            "private health insurance paid by the employer",
            "round-trip airfare paid in full by the employer, not deducted",
            "housing free, no rent or utilities charged",
            "work permit and biometrics paid by the employer",
            "free registration with the national employment service (negated recruitment fee)",
            "tools free; no bond, promissory note or deposit (negated deposit)",
            "no loans or advances (negated debt)",
            "wages by 'dep\u00f3sito directo' is not a deposit",
            "worker keeps passport and permit (negated retention)",
            "complaints do not affect future seasons (negated blacklisting)",
            "free to leave housing and receive visitors (negated movement restriction)",
        ],
        "work_contract",
        "US Letter; dark-red letterhead band; summary grid table; numbered clauses with bold "
        "lead-ins, justified; three-column signature row with witness",
    )
    return pdf, lab


# =======================================================================================
# bv10  generic, English, agency-worker agreement (Nepal -> Qatar)
# =======================================================================================
def bv10():
    Q = {
        "fee": "Service charge payable by the Worker to the Agency: NPR 10,000 (Ten thousand "
        "rupees only).",
        "ins": "Before labour approval the Worker shall pay the Foreign Employment Welfare Fund "
        "contribution and the compulsory life insurance premium, NPR 4,400 in total.",
        "orient": "The Worker shall attend the pre-departure orientation training and pay its "
        "fee of NPR 700 to the training centre.",
        "passport": "The Worker's original passport shall remain with the Agency from the date "
        "of this agreement until the day of departure, and in Qatar it shall be kept "
        "by the Employer's PRO for safekeeping.",
        "camp": "The Worker shall not leave the labour camp outside working hours without a "
        "written gate pass from the camp supervisor.",
        "penalty": "If the Worker leaves the Employer or transfers to another sponsor before "
        "completing 24 months, he shall pay the Employer QAR 3,000 as compensation "
        "for recruitment expenses.",
    }
    AG = "Himalayan Crest Overseas Pvt. Ltd."
    pdf = Doc(
        "A4",
        font="dvsc",
        size=10.4,
        margins=(18, 18, 18),
        bottom=16,
        title="Agreement between recruiting agency and worker",
        author=AG,
    )
    pdf.ftr = lambda p: page_footer(
        p, AG + "  |  Agreement HCO/QA/2026/0562  |  Page {page} of {{nb}}", fam="dvsc"
    )
    pdf.add_page()
    # letterhead with licence number and photo box
    pdf.set_font("dvsc", "B", 15)
    pdf.set_text_color(120, 20, 20)
    pdf.cell(0, 7, AG.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dvsc", "", 8.5)
    pdf.cell(
        0,
        4.3,
        "Basundhara-3, Kathmandu, Nepal  \u00b7  Tel. 01-4016622  \u00b7  "
        "Government Licence No. 1187/071/072",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.rect(pdf.w - 18 - 28, 14, 28, 33)
    pdf.set_xy(pdf.w - 18 - 28, 27)
    pdf.set_font("dvsc", "", 7)
    pdf.cell(28, 4, "Affix photo", align="C")
    pdf.set_y(34)
    pdf.set_font("dvsc", "B", 11)
    pdf.cell(
        pdf.epw - 32,
        6,
        "AGREEMENT BETWEEN THE RECRUITING AGENCY AND THE WORKER",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("dvsc", "", 9)
    pdf.cell(
        pdf.epw - 32,
        5,
        "for foreign employment in the State of Qatar",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(52)
    pdf.para(
        "This agreement is made on 14 January 2026 between " + AG + ' (the "Agency") '
        'and the worker named below (the "Worker"), on the basis of the demand letter '
        "and power of attorney issued by the Employer and approved by the Department of "
        "Foreign Employment.",
        align="J",
        after=3,
    )
    pdf.kv(
        [
            (
                "Employer",
                "Al Wakra Facility & Cleaning Services W.L.L., P.O. Box 24517, Doha, "
                "State of Qatar",
            ),
            (
                "Worker",
                "Bishnu Bahadur Thapa Magar, Waling Municipality-7, Syangja, Nepal; "
                "Passport No. PA0917735",
            ),
            (
                "Position",
                "General Cleaner: cleaning of offices, malls and residential towers, "
                "waste collection, operation of floor-polishing machines",
            ),
            ("Place of work", "Doha, Qatar (client sites in Lusail, West Bay and Al Wakra)"),
            ("Contract period", "24 months, from 1 March 2026 to 28 February 2028"),
            ("Working hours", "8 hours per day, 6 days per week; Friday is the weekly rest day"),
            ("Basic salary", "QAR 1,000 per month"),
            ("Food allowance", "QAR 300 per month, paid with the salary"),
            ("Accommodation", "Shared accommodation provided free by the Employer"),
            ("Salary payment", "Monthly, by bank transfer under the Wage Protection System"),
        ],
        widths=(22, 78),
        size=9.8,
        label_fill=(240, 240, 240),
        after=3,
    )

    def C(lead, text):
        return pdf.clause(lead, text, align="J", after=2.0)

    C(
        "1.",
        "The Agency shall send the Worker to the Employer under the terms above, which "
        "match the approved demand letter, and shall give the Worker a copy of the employment "
        "contract in Nepali before departure.",
    )
    C(
        "2.",
        "The visa, the air ticket Kathmandu-Doha, the Qatar ID and the medical examination "
        "in Nepal are paid by the Employer under the free-visa, free-ticket policy.",
    )
    C("3.", Q["fee"])
    C("4.", Q["ins"])
    pdf.add_page()
    C("5.", Q["orient"])
    C("6.", Q["passport"])
    C("7.", Q["camp"])
    C("8.", Q["penalty"])
    C(
        "9.",
        "On completion of the contract, the Worker receives an end-of-service gratuity of "
        "three weeks' basic wage for each year of service and a return air ticket to Kathmandu "
        "paid by the Employer.",
    )
    C(
        "10.",
        "Any dispute shall be settled by mutual consultation, failing which through the "
        "Department of Foreign Employment, Kathmandu.",
    )
    pdf.ln(2)
    pdf.para(
        "The contents of this agreement were read out and explained to the Worker in "
        "Nepali, and the parties sign it of their own free will.",
        style="I",
        after=1,
    )
    pdf.sig_row(
        [
            ["For the Agency", "Ram Prasad Adhikari", "Managing Director"],
            ["Worker", "Bishnu Bahadur Thapa Magar", ""],
        ],
        fam="dvsc",
        gap=18,
        boxes=[("Left thumb", 24), ("Right thumb", 24)],
    )
    pdf.para("Witness: Sabitra Gurung, Documentation Officer", size=8.5)

    fees = [
        fee("recruitment_fee", V, 1, 10000, "NPR", Q["fee"]),
        fee("insurance_cost", V, 1, 4400, "NPR", Q["ins"]),
        fee("training_cost", V, 2, 700, "NPR", Q["orient"]),
        fee("document_retention", V, 2, None, None, Q["passport"]),
        fee("movement_restriction", V, 2, None, None, Q["camp"]),
        fee("breach_penalty", V, 2, 3000, "QAR", Q["penalty"]),
    ]
    lab = label(
        "bv10.pdf",
        "generic",
        "en",
        2,
        fees,
        ["deductions", "termination"],
        [AG],
        [
            "visa, ticket, Qatar ID and medical paid by the employer (free-visa, free-ticket)",
            "food allowance paid to the worker (not a meal charge)",
            "free shared accommodation",
            "end-of-service gratuity of three weeks' basic wage per year paid on completion "
            "(not wage withholding)",
            "return ticket paid by the employer",
            "salary by bank transfer (WPS)",
        ],
        "recruiter_agreement",
        "A4; agency letterhead with licence number and photo box; two-column particulars "
        "grid; numbered clauses, justified; signature lines with left and right thumbprint "
        "boxes",
    )
    return pdf, lab


# =======================================================================================
# bv11  generic, English (Vietnamese headings), wage and expense affidavit (Vietnam -> Taiwan)
# =======================================================================================
def bv11():
    VA = "Sao Viet International Manpower JSC"
    TB = "Goldbridge Manpower Consultant Co., Ltd."
    EMP = "Hsin Feng Precision Metal Co., Ltd."
    Q = {
        "vnfee": "I paid a service fee of USD 3,800 to " + VA + " in Hanoi before my visa "
        "appointment.",
        "deposit": "I deposited VND 30.000.000 with the agency as a contract-performance deposit "
        "(ti\u1ec1n k\u00fd qu\u1ef9), to be refunded within 30 days after I return to "
        "Vietnam at the end of the contract.",
        "course": "I paid VND 4.500.000 for the Chinese-language and vocational course at the "
        "agency's training centre.",
        "loan": "To pay these amounts I borrowed VND 120.000.000 under an arrangement made by "
        "the agency; the loan is repaid by a monthly deduction of NT$6,000 from my wages "
        "in Taiwan, which the Employer remits to the lender.",
        "broker": "A broker service fee of NT$1,800 per month in the first year, NT$1,700 in the "
        "second year and NT$1,500 in the third year is deducted from my wages and paid "
        "to " + TB,
        "dorm": "Dormitory accommodation is charged at NT$2,000 per month.",
        "meals": "Three meals per working day in the factory canteen are charged at NT$2,500 "
        "per month.",
        "health": "Periodic health checks in Taiwan (6th, 18th and 30th month of employment) are "
        "at my expense, approximately NT$1,500 each.",
    }
    pdf = Doc(
        "A4",
        font="noto",
        size=9.2,
        margins=(18, 16, 18),
        bottom=16,
        title="Affidavit of entry expenses and wages",
        author=EMP,
    )
    pdf.ftr = lambda p: page_footer(
        p, "Form FW-A3 (bilingual EN/VI)  \u00b7  Trang / Page {page}/{{nb}}", fam="noto"
    )
    pdf.add_page()
    pdf.heading(
        "AFFIDAVIT OF ENTRY EXPENSES AND WAGES OF FOREIGN WORKER",
        size=12.5,
        align="C",
        fam="noto",
        after=0.3,
    )
    pdf.para(
        "B\u1ea2N CAM K\u1ebeT V\u1ec0 CHI PH\u00cd NH\u1eacP C\u1ea2NH V\u00c0 TI\u1ec0N "
        "L\u01af\u01a0NG C\u1ee6A NG\u01af\u1edcI LAO \u0110\u1ed8NG N\u01af\u1edaC NGO\u00c0I",
        size=9.5,
        align="C",
        style="B",
        color=(70, 70, 70),
        after=3,
    )
    pdf.kv(
        [
            (
                "Employer / Ch\u1ee7 s\u1eed d\u1ee5ng",
                EMP + ", No. 88, Lane 212, Zhongzheng Road, Dayuan District, Taoyuan City 33743, "
                "Taiwan (R.O.C.)",
            ),
            (
                "Worker / Ng\u01b0\u1eddi lao \u0111\u1ed9ng",
                "Nguy\u1ec5n V\u0103n To\u00e0n, born 14/07/1998, Qu\u1ea3ng X\u01b0\u01a1ng, "
                "Thanh H\u00f3a; Passport No. C8841207",
            ),
            (
                "Job / C\u00f4ng vi\u1ec7c",
                "CNC machine operator: loading and unloading CNC lathes, deburring, inspection with "
                "gauges, packing",
            ),
            ("Workplace / N\u01a1i l\u00e0m vi\u1ec7c", "Employer's factory at the address above"),
            ("Contract / H\u1ee3p \u0111\u1ed3ng", "3 years, from 10 March 2026 to 9 March 2029"),
            (
                "Hours / Gi\u1edd l\u00e0m vi\u1ec7c",
                "8 hours per day, 40 hours per week, Monday to Friday; overtime paid at the "
                "statutory rates",
            ),
            ("Monthly wage / L\u01b0\u01a1ng", "NT$28,590 per month"),
            (
                "Pay day / Ng\u00e0y tr\u1ea3 l\u01b0\u01a1ng",
                "Monthly, on the 10th of the following month, by transfer to the Worker's own bank "
                "account",
            ),
            (
                "Taiwan broker / C\u00f4ng ty m\u00f4i gi\u1edbi",
                TB + ", 5F, No. 17, Sec. 2, Nankan Road, Luzhu District, Taoyuan City",
            ),
            (
                "Vietnamese agency / C\u00f4ng ty XKL\u0110",
                VA + " (C\u00f4ng ty C\u1ed5 ph\u1ea7n Nh\u00e2n l\u1ef1c Qu\u1ed1c t\u1ebf Sao "
                "Vi\u1ec7t), Nam T\u1eeb Li\u00eam, Hanoi",
            ),
        ],
        widths=(33, 67),
        size=8.6,
        label_fill=(232, 240, 246),
        after=3,
    )
    pdf.bar(
        "PART A. EXPENSES BEFORE ENTRY / CHI PH\u00cd TR\u01af\u1edaC KHI XU\u1ea4T C\u1ea2NH",
        fill=(40, 80, 120),
        fam="noto",
        size=9.2,
        h=6,
    )

    def C(lead, text):
        return pdf.clause(lead, text, align="J", after=1.8)

    C("A1.", Q["vnfee"])
    C("A2.", Q["deposit"])
    C("A3.", Q["course"])
    C("A4.", Q["loan"])
    C("A5.", "My air ticket to Taipei and my entry visa were paid by the Employer.")

    pdf.add_page()
    pdf.bar(
        "PART B. WAGES AND DEDUCTIONS IN TAIWAN / TI\u1ec0N L\u01af\u01a0NG V\u00c0 "
        "C\u00c1C KHO\u1ea2N KH\u1ea4U TR\u1eea",
        fill=(40, 80, 120),
        fam="noto",
        size=9.2,
        h=6,
    )
    pdf.kv(
        [
            ("Monthly wage", "28,590"),
            ("Labour insurance (worker's statutory share)", "- 687"),
            ("National Health Insurance (worker's statutory share)", "- 443"),
            ("Broker service fee, first year", "- 1,800"),
            ("Dormitory", "- 2,000"),
            ("Meals", "- 2,500"),
            ("Loan repayment (A4)", "- 6,000"),
            ("Net wage received", "15,160"),
        ],
        widths=(70, 30),
        size=8.8,
        header=("Item / Kho\u1ea3n m\u1ee5c", "NT$ per month"),
        label_style="",
        after=3,
        align="LEFT",
    )
    C("B1.", Q["broker"])
    C("B2.", Q["dorm"])
    C("B3.", Q["meals"])
    C("B4.", Q["health"])
    C(
        "B5.",
        "The employment stability fee of NT$2,000 per month is paid by the Employer and is "
        "not deducted from my wages.",
    )
    C(
        "B6.",
        "The labour insurance and National Health Insurance amounts above are my "
        "statutory share of the premiums.",
    )
    C("B7.", "I keep my passport and Alien Resident Certificate myself.")
    C(
        "B8.",
        "The Employer may end the contract before its term only for serious misconduct or "
        "for absence without leave for 3 consecutive days, and only after notifying the local "
        "labour authority; I may end it at once if wages are unpaid or I am abused.",
    )
    pdf.ln(1)
    pdf.para(
        "I declare that the information above is true and that it was explained to me in "
        "Vietnamese. / T\u00f4i cam \u0111oan c\u00e1c th\u00f4ng tin tr\u00ean l\u00e0 "
        "\u0111\u00fang s\u1ef1 th\u1eadt.",
        style="I",
        after=1,
    )
    pdf.sig_row(
        [
            ["Worker / Ng\u01b0\u1eddi lao \u0111\u1ed9ng", "Nguy\u1ec5n V\u0103n To\u00e0n"],
            ["Employer", "Lin Chia-hao, Plant Manager"],
            ["Taiwan broker", TB],
        ],
        fam="noto",
        gap=15,
        size=8,
        boxes=[("Fingerprint", 22)],
    )

    fees = [
        fee("recruitment_fee", V, 1, 3800, "USD", Q["vnfee"]),
        fee("deposit_or_bond", V, 1, 30000000, "VND", Q["deposit"]),
        fee("training_cost", V, 1, 4500000, "VND", Q["course"]),
        fee("debt_bondage", V, 1, 120000000, "VND", Q["loan"]),
        fee("recruitment_fee", V, 2, 1800, "TWD", Q["broker"]),
        fee("housing_charge", R, 2, 2000, "TWD", Q["dorm"]),
        fee("meal_charge", R, 2, 2500, "TWD", Q["meals"]),
        fee("medical_cost", V, 2, 1500, "TWD", Q["health"]),
    ]
    lab = label(
        "bv11.pdf",
        "generic",
        "en",
        2,
        fees,
        ["return_transportation"],
        [VA, TB],
        [
            "statutory labour insurance and NHI shares (not insurance_cost)",
            "employment stability fee paid by the employer, not deducted",
            "air ticket to Taipei and entry visa paid by the employer",
            "worker keeps passport and ARC (negated document retention)",
            "wages paid by transfer to the worker's own account",
        ],
        "wage_expense_affidavit",
        "A4; bilingual EN/VI headings; two-column particulars grid; blue section bars; "
        "itemised NT$ deduction table with header row; numbered declarations A1-B8; "
        "three-column signature row with fingerprint box",
    )
    return pdf, lab


# =======================================================================================
# bv12  generic, English, UK Seasonal Worker statement of terms + cost schedule (Indonesia)
# =======================================================================================
def bv12():
    OP = "Orchard Gate Seasonal Recruitment Ltd"
    IA = "PT Cahaya Samudra Tenaga Kerja"
    EMP = "Hartwell Soft Fruit Ltd"
    Q = {
        "fee": "Placement and administration fee of IDR 35,000,000 (thirty-five million rupiah), "
        "payable to " + IA + " before the visa application.",
        "visa": "The Seasonal Worker visa application fee of \u00a3298 is paid by the Worker.",
        "flight": "Flights from Jakarta to London are booked by the Agency; the fare, about IDR "
        "14 million, is recovered through weekly deductions from the Worker's UK "
        "wages.",
        "caravan": "Caravan accommodation on the farm costs \u00a360 per week, deducted from "
        "wages.",
        "penalty": "A worker who leaves the farm before 5 October 2026 without the Sponsor's "
        "agreement must repay the Agency a penalty equal to two weeks' wages.",
    }
    pdf = Doc(
        "A4",
        font="ls",
        size=9.6,
        margins=(20, 30, 20),
        bottom=17,
        title="Seasonal Worker statement of terms 2026",
        author=OP,
    )
    teal = (0, 105, 110)

    def hdr(p):
        p.set_fill_color(*teal)
        p.rect(0, 0, 8, p.h, "F")
        p.set_xy(20, 10)
        p.set_font("notos", "B", 15)
        p.set_text_color(*teal)
        p.cell(0, 7, OP, new_x="LMARGIN", new_y="NEXT")
        p.set_font("ls", "", 8.3)
        p.set_text_color(60, 60, 60)
        p.cell(
            0,
            4.2,
            "Unit 4, Bromyard Road Business Park, Worcester WR2 5HP  \u00b7  "
            "Seasonal Worker scheme operator  \u00b7  GLAA licence 0412/26",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.set_text_color(0, 0, 0)
        p.set_y(30)

    pdf.hdr = hdr
    pdf.ftr = lambda p: page_footer(p, "SW-2026-IDN-0877  \u00b7  page {page} of {{nb}}", fam="ls")
    pdf.add_page()
    pdf.heading(
        "SEASONAL WORKER - STATEMENT OF TERMS AND COST SCHEDULE, 2026 SEASON", size=12, fam="notos"
    )
    pdf.kv(
        [
            (
                "Employer",
                EMP + ", Hartwell Farm, Cowl Barn Lane, Ledbury, Herefordshire HR8 1QX, "
                "United Kingdom",
            ),
            (
                "Worker",
                "Ahmad Fauzi Nugroho, Desa Karangsari, Kabupaten Banyumas, Central Java, Indonesia",
            ),
            ("Sponsor", OP + " (certificate of sponsorship no. C2G7H41K09Q)"),
            ("Overseas partner", IA + ', Jalan Kramat Raya 88, Jakarta Pusat (the "Agency")'),
            (
                "Role",
                "Soft fruit picker: picking strawberries and raspberries in polytunnels, "
                "grading into punnets, carrying trays to the collection point",
            ),
            ("Place of work", "Hartwell Farm and its tunnel sites near Ledbury, Herefordshire"),
            ("Dates", "6 April 2026 to 5 October 2026"),
            ("Hours", "As required by the crop and the weather"),
            ("Pay", "\u00a312.71 per hour; piece rates apply where they give higher earnings"),
            ("Pay frequency", "Weekly, every Friday, by bank transfer"),
            (
                "Deductions",
                "Income tax and National Insurance; accommodation and flight recovery "
                "as set out in the Cost Schedule",
            ),
        ],
        widths=(22, 78),
        size=9.0,
        label_fill=(225, 240, 240),
        borders="HORIZONTAL_LINES",
        after=3,
    )
    pdf.heading("Notes", size=10.5, fam="notos", after=1)

    def N(lead, text):
        return pdf.clause(lead, text, align="J", after=1.8)

    N("1.", "The Sponsor pays for the certificate of sponsorship.")
    N("2.", "Wellington boots, gloves and waterproofs are provided free of charge.")
    N(
        "3.",
        "A worker may raise a concern with the GLAA or the Sponsor's welfare officer; doing "
        "so will not affect selection for future seasons.",
    )
    N(
        "4.",
        "Either party may end the employment with one week's written notice; the Employer "
        "may dismiss without notice for gross misconduct after a disciplinary hearing.",
    )
    N(
        "5.",
        "Piece-rate targets are explained on the first day; a worker who is below target "
        "is retrained on paid time and is never paid less than \u00a312.71 per hour.",
    )
    pdf.add_page()
    pdf.heading("COST SCHEDULE", size=12, fam="notos", after=1)
    pdf.para("The following costs apply to the Worker under this statement:", after=2)
    N("C1.", Q["fee"])
    N("C2.", Q["visa"])
    N("C3.", Q["flight"])
    N("C4.", Q["caravan"])
    N("C5.", Q["penalty"])
    N(
        "C6.",
        "The Agency does not charge for the English-language pre-departure briefing, which "
        "is free.",
    )
    pdf.ln(3)
    pdf.para(
        "Signed at Jakarta on 2 March 2026. The Worker confirms that this statement was "
        "explained to him in Bahasa Indonesia.",
        style="I",
        after=1,
    )
    pdf.sig_row(
        [
            ["For the Sponsor", "Fiona Latimer", OP],
            ["For the Agency", "Hendra Wijaya", IA],
            ["Worker", "Ahmad Fauzi Nugroho", ""],
        ],
        fam="ls",
        gap=16,
        size=8.3,
    )

    fees = [
        fee("recruitment_fee", V, 2, 35000000, "IDR", Q["fee"]),
        fee("visa_cost", V, 2, 298, "GBP", Q["visa"]),
        fee("travel_cost", V, 2, 14000000, "IDR", Q["flight"]),
        fee("housing_charge", R, 2, 60, "GBP", Q["caravan"]),
        fee("breach_penalty", V, 2, None, None, Q["penalty"]),
    ]
    lab = label(
        "bv12.pdf",
        "generic",
        "en",
        2,
        fees,
        ["hours_of_work", "return_transportation"],
        [OP, IA],
        [
            "'Hours: As required by the crop and the weather' has no concrete value (hours "
            "missing)",
            "sponsor pays the certificate of sponsorship",
            "boots, gloves, waterproofs free",
            "raising a concern does not affect future selection (negated blacklisting)",
            "retraining on paid time, pay never below the hourly rate",
            "statutory income tax and National Insurance",
            "free pre-departure briefing (negated training cost)",
        ],
        "statement_of_terms",
        "A4; teal edge strip and serif letterhead; terms table with horizontal rules only; "
        "numbered notes; page 2 cost schedule as numbered items C1-C6; three-column signature "
        "row",
    )
    return pdf, lab


# =======================================================================================
# Build and self-check
# =======================================================================================
BUILDERS = [bv01, bv02, bv03, bv04, bv05, bv06, bv07, bv08, bv09, bv10, bv11, bv12]


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip()


def validate_labels(labels):
    errs = []
    for lab in labels:
        f, prog = lab["file"], lab["program"]
        if prog not in REQUIRED:
            errs.append(f"{f}: unknown program {prog}")
            continue
        if not 1 <= lab["pages"] <= 4:
            errs.append(f"{f}: {lab['pages']} pages (must be 1-4)")
        if lab["scanned"] != bool(SCANNED_PAGES.get(f)):
            errs.append(f"{f}: scanned flag does not match the scanned pages")
        bad = [t for t in lab["missing_terms"] if t not in REQUIRED[prog]]
        if bad:
            errs.append(f"{f}: missing_terms not required for {prog}: {bad}")
        if len(set(lab["missing_terms"])) != len(lab["missing_terms"]):
            errs.append(f"{f}: duplicate missing_terms")
        groups = {}
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errs.append(f"{f}: unknown category {fe['category']}")
            exp = expected_severity(prog, fe["category"])
            if fe["severity"] != exp:
                errs.append(f"{f}: {fe['category']} severity {fe['severity']} != {exp}")
            if not 1 <= fe["page"] <= lab["pages"]:
                errs.append(f"{f}: fee page {fe['page']} out of range")
            if (fe["amount"] is None) != (fe["currency"] is None):
                errs.append(f"{f}: amount/currency mismatch in {fe['quote'][:40]}")
            if "group" in fe:
                groups.setdefault(fe["group"], []).append(fe)
        for g, members in groups.items():
            if len(members) != 2 or members[0]["category"] != members[1]["category"]:
                errs.append(f"{f}: bilingual group {g} malformed")
    return errs


def check_pdfs(out_dir, labels):
    errs = []
    for lab in labels:
        f = lab["file"]
        scanned = set(SCANNED_PAGES.get(f, []))
        with pdfplumber.open(os.path.join(out_dir, f)) as pdf:
            pages = pdf.pages
            if len(pages) != lab["pages"]:
                errs.append(f"{f}: {len(pages)} pages, label says {lab['pages']}")
                continue
            texts = []
            for i, pg in enumerate(pages, start=1):
                t = pg.extract_text() or ""
                texts.append(norm(t))
                if i in scanned:
                    if pg.chars or t.strip():
                        errs.append(f"{f}: scanned page {i} has a text layer")
                    if not pg.images:
                        errs.append(f"{f}: scanned page {i} has no image")
                elif len(t.strip()) < 200:
                    errs.append(f"{f}: page {i} has almost no text")
            for fe in lab["fees"]:
                if fe["page"] in scanned:
                    errs.append(f"{f}: fee labelled on scanned page {fe['page']}")
                    continue
                if norm(fe["quote"]) not in texts[fe["page"] - 1]:
                    where = [k + 1 for k, t in enumerate(texts) if norm(fe["quote"]) in t]
                    errs.append(
                        f"{f}: quote not on page {fe['page']} (found on {where}): "
                        f"{fe['quote'][:70]}"
                    )
            alltext = " ".join(texts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errs.append(f"{f}: recruiter not printed: {r}")
    return errs


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for build in BUILDERS:
        pdf, lab = build()
        pdf.output(os.path.join(out_dir, lab["file"]))
        labels.append(lab)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    errs = validate_labels(labels) + check_pdfs(out_dir, labels)
    for e in errs:
        print("MISMATCH:", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} mismatch(es)", file=sys.stderr)
        return 1
    nfees = sum(len(lab["fees"]) for lab in labels)
    print(f"ok: {len(labels)} documents, {nfees} labelled fees, written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
