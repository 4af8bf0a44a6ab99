"""Build the held-out batch "cd": twelve labelled recruitment documents.

Usage:
    .venv/bin/python tests/contracts/analysis/heldout_cd/build.py OUT_DIR

Writes cd01.pdf ... cd12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks it against its label (page count, key phrases,
verbatim fee quotes, recruiter names, the image-only scanned page).  Exits
non-zero when any check fails.  Deterministic: fixed dates, fixed seeds.
"""

import io
import json
import math
import os
import random
import re
import sys
from datetime import UTC, datetime

import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_FILES = {
    "dvsans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dvserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "dvcond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
}
HAVE_DEJAVU = all(
    os.path.exists(os.path.join(FONT_DIR, f)) for files in FONT_FILES.values() for f in files
)
CORE_FALLBACK = {"dvsans": "helvetica", "dvserif": "times", "dvcond": "helvetica"}
FIXED_DATE = datetime(2026, 1, 20, 9, 0, 0, tzinfo=UTC)

SANITIZE = {
    "\u2014": "-",
    "\u2013": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2022": "-",
    "\u2026": "...",
    "\u2610": "[ ]",
    "\u2713": "x",
}


def latin1(s):
    for k, v in SANITIZE.items():
        s = s.replace(k, v)
    s.encode("latin-1")  # raises if something is still outside latin-1
    return s


# --------------------------------------------------------------------------
# Layout helper
# --------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, family="helvetica", fmt="letter", orientation="P", margin=54):
        super().__init__(orientation=orientation, unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_author("heldout_cd")
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin)
        self.unicode_ok = False
        if family in FONT_FILES:
            if HAVE_DEJAVU:
                reg, bold, ital = FONT_FILES[family]
                self.add_font(family, "", os.path.join(FONT_DIR, reg))
                self.add_font(family, "B", os.path.join(FONT_DIR, bold))
                self.add_font(family, "I", os.path.join(FONT_DIR, ital))
                self.unicode_ok = True
            else:
                family = CORE_FALLBACK[family]
        self.fam = family
        self.hdr = None  # callable(doc) drawing the running header
        self.ftr = None  # callable(doc) drawing the running footer
        self.bare_pages = set()  # pages with no header/footer (scanned page)
        self.set_font(self.fam, "", 10)

    # text normalisation for core fonts
    def tx(self, s):
        return s if self.unicode_ok else latin1(s)

    def header(self):
        if self.hdr and self.page_no() not in self.bare_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.bare_pages:
            self.ftr(self)

    def font(self, size=10, style=""):
        self.set_font(self.fam, style, size)

    def para(self, text, size=10, style="", lh=1.32, after=4, align="L", indent=0):
        self.font(size, style)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent, size * lh, self.tx(text), align=align, new_x="LMARGIN", new_y="NEXT"
        )
        if after:
            self.ln(after)

    def lead_para(self, lead, text, size=10, lh=1.32, after=4, indent=0):
        """Paragraph with a bold lead-in ("7.1 Wage rate.") followed by text."""
        self.font(size, "B")
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            size * lh,
            "**" + self.tx(lead).replace("*", "") + "** " + self.tx(text),
            markdown=True,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.font(size, "")
        if after:
            self.ln(after)

    def heading(self, text, size=11.5, after=4, fill=None, color=(0, 0, 0)):
        self.font(size, "B")
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
            self.cell(
                self.epw, size * 1.6, self.tx(" " + text), fill=True, new_x="LMARGIN", new_y="NEXT"
            )
            self.set_fill_color(255, 255, 255)
        else:
            self.multi_cell(self.epw, size * 1.3, self.tx(text), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(self, items, size=10, lh=1.3, bullet="\u2022", indent=12, after=4):
        for it in items:
            self.font(size, "")
            y = self.get_y()
            if y + size * lh > self.page_break_trigger:
                self.add_page()
                y = self.get_y()
            self.set_xy(self.l_margin + 2, y)
            self.cell(indent, size * lh, self.tx(bullet))
            self.set_xy(self.l_margin + indent + 2, y)
            if isinstance(it, tuple):
                lead, rest = it
                self.multi_cell(
                    self.epw - indent - 2,
                    size * lh,
                    "**" + self.tx(lead) + "** " + self.tx(rest),
                    markdown=True,
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
            else:
                self.multi_cell(
                    self.epw - indent - 2, size * lh, self.tx(it), new_x="LMARGIN", new_y="NEXT"
                )
            self.ln(1.5)
        self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9.5,
        head=True,
        borders="ALL",
        fill=(225, 230, 236),
        lh=1.25,
        after=8,
        bold_first_col=False,
        width=None,
    ):
        self.font(size, "")
        style = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(
            col_widths=widths,
            width=width or self.epw,
            line_height=size * lh,
            padding=3,
            text_align="LEFT",
            borders_layout=borders,
            first_row_as_headings=head,
            headings_style=style,
            v_align="TOP",
        ) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0:
                        row.cell(self.tx(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(self.tx(c))
        self.ln(after)

    def columns(self, paras, split, size=9.5, gutter=20, lh=1.28):
        """Two text columns drawn side by side; paras = [(lead, text), ...].

        The first `split` paragraphs go in the left column, the rest in the right one,
        so that no paragraph is broken between columns.
        """
        colw = (self.epw - gutter) / 2
        y0 = self.get_y()
        ends = []
        for k, chunk in enumerate((paras[:split], paras[split:])):
            x = self.l_margin + k * (colw + gutter)
            self.set_y(y0)
            for lead, text in chunk:
                self.set_x(x)
                self.font(size, "")
                body = ("**" + self.tx(lead) + "** " if lead else "") + self.tx(text)
                self.multi_cell(colw, size * lh, body, markdown=True, new_x="LEFT", new_y="NEXT")
                self.set_y(self.get_y() + 5)
            ends.append(self.get_y())
        self.set_y(max(ends) + 2)

    def band(self, text, sub=None, color=(30, 70, 110), height=46):
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, height, style="F")
        self.set_text_color(255, 255, 255)
        self.font(13, "B")
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 16, self.tx(text))
        if sub:
            self.font(8.5, "")
            self.set_xy(self.l_margin, 27)
            self.cell(self.epw, 12, self.tx(sub))
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_y(max(self.t_margin, height + 14))

    def hr(self, gap=6, color=(120, 120, 120)):
        self.set_draw_color(*color)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(gap)

    def sign_line(self, left, right, size=9.5, gap=34):
        """Two signature lines side by side."""
        self.ln(gap)
        y = self.get_y()
        half = (self.epw - 30) / 2
        self.line(self.l_margin, y, self.l_margin + half, y)
        self.line(self.l_margin + half + 30, y, self.w - self.r_margin, y)
        self.font(size, "")
        self.set_xy(self.l_margin, y + 3)
        self.multi_cell(half, size * 1.3, self.tx(left), new_x="RIGHT", new_y="TOP")
        self.set_xy(self.l_margin + half + 30, y + 3)
        self.multi_cell(half, size * 1.3, self.tx(right), new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def thumb_box(self, label="Huella", size=54):
        x = self.w - self.r_margin - size
        y = self.get_y() + 4
        self.rect(x, y, size, size * 1.2)
        self.font(7.5, "")
        self.set_xy(x, y + size * 1.2 + 1)
        self.cell(size, 9, self.tx(label), align="C")
        self.set_y(y + size * 1.2 + 14)


def std_header(left, right, size=8):
    def draw(d):
        d.font(size, "")
        d.set_text_color(90, 90, 90)
        d.set_xy(d.l_margin, 26)
        d.cell(d.epw / 2, 10, d.tx(left))
        d.set_xy(d.l_margin + d.epw / 2, 26)
        d.cell(d.epw / 2, 10, d.tx(right), align="R")
        d.set_draw_color(160, 160, 160)
        d.line(d.l_margin, 39, d.w - d.r_margin, 39)
        d.set_draw_color(0, 0, 0)
        d.set_text_color(0, 0, 0)
        d.set_y(d.t_margin)

    return draw


def std_footer(fmt, size=8):
    """fmt may contain {n} (page number) and {nb} (page total alias)."""

    def draw(d):
        d.font(size, "")
        d.set_text_color(90, 90, 90)
        d.set_xy(d.l_margin, d.h - 36)
        d.cell(d.epw, 10, d.tx(fmt.replace("{n}", str(d.page_no()))), align="C")
        d.set_text_color(0, 0, 0)

    return draw


# --------------------------------------------------------------------------
# Scanned page (image only, no text layer)
# --------------------------------------------------------------------------


def _pil_font(size, bold=False):
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    path = os.path.join(FONT_DIR, name)
    if os.path.exists(path):
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def scanned_page_image(blocks, seed, size=(1275, 1650), angle=0.8):
    """Render blocks of text as a photocopy: grey paper, skew, speckle, blur.

    blocks: list of (kind, payload) with kind in title|text|small|table|sign|stamp|gap
    """
    rng = random.Random(seed)
    W, H = size
    img = Image.new("L", size, 255)
    dr = ImageDraw.Draw(img)
    x0, y = 110, 120
    width = W - 2 * x0
    for kind, payload in blocks:
        if kind == "title":
            f = _pil_font(34, bold=True)
            for line in _wrap(dr, payload, f, width):
                tw = dr.textlength(line, font=f)
                dr.text(((W - tw) / 2, y), line, font=f, fill=25)
                y += 46
            y += 14
        elif kind in ("text", "small"):
            f = _pil_font(26 if kind == "text" else 21)
            step = 36 if kind == "text" else 29
            for line in _wrap(dr, payload, f, width):
                dr.text((x0, y), line, font=f, fill=30)
                y += step
            y += 14
        elif kind == "gap":
            y += payload
        elif kind == "table":
            f = _pil_font(22)
            fb = _pil_font(22, bold=True)
            cols = payload["widths"]
            rows = payload["rows"]
            rh = 52
            xs = [x0]
            for c in cols:
                xs.append(xs[-1] + c)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    dr.rectangle([xs[j], y, xs[j + 1], y + rh], outline=40, width=2)
                    dr.text((xs[j] + 10, y + 14), cell, font=fb if i == 0 else f, fill=30)
                    if i > 0 and j == len(row) - 1 and payload.get("scribble", True):
                        _scribble(dr, rng, xs[j] + 20, y + 10, xs[j + 1] - xs[j] - 50, rh - 20)
                y += rh
            y += 30
        elif kind == "sign":
            f = _pil_font(22)
            for k, label in enumerate(payload):
                cx = x0 + k * (width // len(payload))
                _scribble(dr, rng, cx + 20, y, 300, 60)
                dr.line([cx, y + 80, cx + 380, y + 80], fill=40, width=2)
                dr.text((cx, y + 90), label, font=f, fill=30)
            y += 150
        elif kind == "stamp":
            _stamp(img, rng, payload, (W - 430, y - 330))
            dr = ImageDraw.Draw(img)
    # photocopy effects
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.frombytes("L", size, rng.randbytes(W * H))
    specks = noise.point(lambda v: 0 if v > 254 else 255)
    grey = noise.point(lambda v: 232 + v // 24)  # uneven grey paper 232..242
    img = Image.composite(img, grey, img.point(lambda v: 255 if v < 200 else 0))
    img = Image.composite(specks, img, specks.point(lambda v: 255 if v == 0 else 0))
    # darker left edge, like a copier lid shadow
    edge = ImageDraw.Draw(img)
    for i in range(18):
        edge.line([(i, 0), (i, H)], fill=80 + i * 8)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, optimize=False)
    buf.seek(0)
    return buf


def _scribble(dr, rng, x, y, w, h):
    pts = []
    n = 14
    for i in range(n):
        px = x + w * i / (n - 1) + rng.uniform(-8, 8)
        py = y + h / 2 + math.sin(i * 1.7 + rng.uniform(0, 1)) * h * 0.4
        pts.append((px, py))
    dr.line(pts, fill=35, width=3, joint="curve")


def _stamp(img, rng, lines, pos):
    st = Image.new("L", (360, 360), 0)
    d = ImageDraw.Draw(st)
    d.ellipse([10, 10, 350, 350], outline=255, width=6)
    d.ellipse([34, 34, 326, 326], outline=255, width=3)
    f = _pil_font(30, bold=True)
    yy = 180 - 22 * len(lines)
    for line in lines:
        tw = d.textlength(line, font=f)
        d.text(((360 - tw) / 2, yy), line, font=f, fill=255)
        yy += 44
    st = st.rotate(rng.uniform(-18, -8), resample=Image.BICUBIC)
    ink = Image.new("L", st.size, 90)
    img.paste(ink, pos, st.point(lambda v: int(v * 0.75)))


def add_scanned_page(d, blocks, seed):
    d.bare_pages.add(d.page_no() + 1)
    d.add_page()
    buf = scanned_page_image(blocks, seed)
    d.image(buf, x=0, y=0, w=d.w, h=d.h)


# --------------------------------------------------------------------------
# Label helpers
# --------------------------------------------------------------------------


def fee(category, page, quote, amount=None, currency=None, severity="violation"):
    return {
        "category": category,
        "severity": severity,
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


# ==========================================================================
# cd01  H-2A job order, English, Georgia onions, Mexico  (compliant)
# ==========================================================================


def cd01(path):
    d = Doc("helvetica")
    d.hdr = std_header("Altamaha Bend Growers LLC", "H-2A clearance order GA-2026-04417")
    d.ftr = std_footer("Job order GA-2026-04417 - worker copy - page {n} of {nb}")
    d.add_page()
    d.heading("H-2A AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT", size=14, after=2)
    d.para(
        "Temporary employment of foreign and domestic farmworkers - spring onion harvest 2026",
        size=10,
        style="I",
        after=8,
    )

    d.heading("1. EMPLOYER", fill=(222, 228, 214))
    d.para(
        "Altamaha Bend Growers LLC, 1187 Old Reidsville Highway, Glennville, Georgia 30427. "
        "Telephone (912) 555-0162. Contact person: Marisol Kennedy-Ruiz, Farm Office Manager."
    )

    d.heading("2. SUMMARY OF THE OFFER", fill=(222, 228, 214))
    d.grid(
        [
            ("Item", "Terms"),
            ("Job title", "Farmworker, crops (SOC 45-2092.02) - 64 openings"),
            ("Contract period", "March 30, 2026 to July 10, 2026"),
            (
                "Hours",
                "40 hours per week: Monday to Friday, 7:00 a.m. to 3:30 p.m., with a 30-minute "
                "unpaid lunch. Saturday work, when offered, is voluntary.",
            ),
            (
                "Rate of pay",
                "$14.68 per hour, or $1.10 per 50-lb field bag of onions when the bag "
                "rate earns more for the pay week",
            ),
            ("Payday", "Weekly, every Friday, for the work week ending the Sunday before"),
            ("Housing", "Free of charge - see section 6"),
        ],
        widths=(28, 72),
        bold_first_col=True,
    )

    d.heading("3. JOB DUTIES", fill=(222, 228, 214))
    d.para(
        "Hand-harvest sweet onions: pull the bulbs, clip tops and roots with shears, fill "
        "50-lb field bags and load the bags on trailers. In the grading shed, workers sort "
        "onions by size, remove culls and keep the feeder hopper of the grading line full. "
        "Before harvest, workers hoe weeds and help lay drip tape. Work is performed outdoors "
        "in heat and sun, bending and lifting for most of the shift."
    )

    d.heading("4. MINIMUM REQUIREMENTS", fill=(222, 228, 214))
    d.para(
        "Three months of experience in the hand harvest of any vegetable crop. Workers must "
        "be able to lift and carry 50 pounds from the row to the trailer, repeatedly, for the "
        "whole shift. No certificate, test or diploma is required."
    )

    d.heading("5. PLACES OF WORK", fill=(222, 228, 214))
    d.grid(
        [
            ("Site", "Address"),
            ("Home farm and grading shed", "1187 Old Reidsville Highway, Glennville, GA 30427"),
            ("Beard's Creek fields", "4020 Beard's Creek Church Road, Glennville, GA 30427"),
            ("Cobbtown fields", "311 Collins Road, Cobbtown, GA 30420"),
            ("Ohoopee fields", "2250 Ohoopee River Road, Lyons, GA 30436"),
        ],
        widths=(35, 65),
    )

    d.add_page()
    d.heading("6. HOUSING, MEALS AND TRANSPORTATION", fill=(222, 228, 214))
    d.lead_para(
        "6.1 Housing.",
        "Housing is provided at no cost to every worker who cannot reasonably return "
        "home each day, at the Altamaha Bend labor camp, 1195 Old Reidsville Highway, "
        "Glennville. The camp passed its pre-occupancy inspection on March 4, 2026. Beds, "
        "mattresses and bedding are supplied free, and no deposit of any kind is taken.",
    )
    d.lead_para(
        "6.2 Meals.",
        "Workers may cook their own meals in the camp kitchens, which have stoves, "
        "refrigerators, pots and utensils, free of charge. Workers who prefer may join "
        "the optional meal plan run by the camp cook: three meals a day for $15.50 per "
        "day, which does not exceed the maximum meal charge the Department of Labor "
        "allows for 2026. A worker may join or leave the plan at any time.",
    )
    d.lead_para(
        "6.3 Daily transportation.",
        "Free transportation in company buses is provided every workday from the camp "
        "to the fields and the grading shed and back.",
    )
    d.lead_para(
        "6.4 Travel to the job.",
        "A worker who completes 50 percent of the contract period is reimbursed the "
        "reasonable cost of bus or plane travel and daily meals from the place of "
        "recruitment in Mexico to Glennville, unless the employer paid them directly. In "
        "the first workweek the employer also reimburses the visa fee, the visa "
        "processing fee and the border-crossing fee, and any travel cost that would "
        "otherwise bring the first week's pay below the federal minimum wage.",
    )
    d.lead_para(
        "6.5 Return travel.",
        "A worker who completes the contract period, or who is dismissed early for "
        "reasons other than cause, receives return transportation and daily subsistence "
        "to the place of recruitment, paid by the employer.",
    )

    d.heading("7. WHAT THE EMPLOYER PROMISES", fill=(222, 228, 214))
    d.lead_para(
        "7.1 Wage rate.",
        "The employer will pay at least the highest of the Adverse Effect Wage Rate, the "
        "prevailing hourly or piece rate, the agreed collective bargaining rate, or the "
        "federal or state minimum wage. If a higher AEWR is published during the "
        "contract, the higher rate is paid from its effective date.",
    )
    d.lead_para(
        "7.2 Three-fourths guarantee.",
        "The employer guarantees to offer each worker employment for a total number of "
        "hours equal to at least three-fourths of the workdays of the contract period, "
        "counted as 8-hour days. If it does not, it pays the amount the worker would "
        "have earned for the hours missing.",
    )
    d.lead_para(
        "7.3 Tools.",
        "All tools, supplies and equipment needed for the work, including shears, field "
        "bags, gloves and rain gear, are provided free of charge, without any deposit.",
    )
    d.lead_para(
        "7.4 Workers' compensation.",
        "Every worker is covered by workers' compensation insurance with Peachtree "
        "Growers Mutual Insurance Company, policy WC-GA-2026-77104, at no cost to the "
        "worker.",
    )
    d.lead_para(
        "7.5 Earnings statements.",
        "On each payday the worker receives a written statement showing hours offered, "
        "hours worked, bags picked, rate of pay, gross wages, each deduction and net pay.",
    )
    d.lead_para(
        "7.6 Deductions.",
        "Only these deductions are made: federal and Georgia income tax, only if the "
        "worker asks for withholding in writing; the optional meal plan, for workers who "
        "join it; and payments ordered by a court. No other amount is deducted.",
    )
    d.lead_para(
        "7.7 Method of payment.",
        "Wages are paid by check, or by direct deposit to a bank account or pay card if "
        "the worker chooses; the worker pays nothing for either.",
    )

    d.add_page()
    d.lead_para(
        "7.8 Abandonment and termination.",
        "A worker who fails to report for work for five consecutive working days without "
        "the employer's consent is considered to have abandoned the job. The employer may "
        "dismiss a worker for cause, such as repeated refusal to work or violence, after "
        "a written warning. In both cases the employer notifies the Department of Labor "
        "and the Department of Homeland Security within two working days.",
    )
    d.lead_para(
        "7.9 Contract impossibility.",
        "If fire, flood, hail, freeze or another Act of God makes the work impossible, "
        "the employer may end the contract with the approval of the Certifying Officer. "
        "The worker is still paid the three-fourths guarantee for the period up to that "
        "date and receives return transportation and subsistence, unless the employer "
        "finds the worker other comparable employment that the worker accepts.",
    )
    d.lead_para(
        "7.10 No fees.",
        "The employer, its agents and its recruiters may not charge any worker a "
        "recruitment fee, a placement fee or any other payment for this job. Workers in "
        "Guanajuato are recruited by Reclutadora Campo Abierto del Baj\u00edo, S.C., whose "
        "service charges are paid entirely by the employer under a written agreement "
        "that forbids it to collect anything from workers.",
    )
    d.lead_para(
        "7.11 Documents.",
        "Workers keep their own passports, visas and identity documents at all times. "
        "The employer will not hold them, even for safekeeping.",
    )
    d.lead_para(
        "7.12 Complaints.",
        "No worker will be threatened, fired, blacklisted or refused rehire for filing a "
        "complaint, testifying, or asking about his or her rights.",
    )
    d.lead_para(
        "7.13 Language.",
        "Each worker receives a copy of this contract in Spanish no later than the day "
        "of the visa application.",
    )

    d.heading("8. WORK RULES", fill=(222, 228, 214))
    d.bullets(
        [
            "The bus leaves the camp at 6:40 a.m.; crews meet at the grading shed for assignments.",
            "Water and shade are available at every field; heat breaks are paid.",
            "Nobody enters a sprayed field until the re-entry sign is removed.",
            "Worn or broken shears are exchanged at the tool shed at no charge.",
            "Alcohol is not allowed in the fields, the shed or company buses.",
        ]
    )

    d.add_page()
    d.heading("ATTACHMENT A - WORKER ACKNOWLEDGEMENT", fill=(222, 228, 214))
    d.para(
        "I received this job order in Spanish and in English before my visa appointment, and "
        "it was explained to me."
    )
    rows = [("#", "Worker name", "Signature", "Date")]
    rows += [(str(i), "", "", "") for i in range(1, 17)]
    d.grid(rows, widths=(6, 44, 32, 18), size=9, lh=1.7)
    d.para(
        "Signed for Altamaha Bend Growers LLC: Marisol Kennedy-Ruiz, Farm Office Manager, "
        "February 10, 2026."
    )
    d.output(path)

    keys = {
        1: [
            "H-2A AGRICULTURAL CLEARANCE ORDER AND WORK CONTRACT",
            "$14.68 per hour",
            "March 30, 2026 to July 10, 2026",
        ],
        2: ["6.1 Housing.", "7.2 Three-fourths guarantee."],
        3: ["7.9 Contract impossibility.", "Reclutadora Campo Abierto del Baj\u00edo, S.C."],
        4: ["ATTACHMENT A - WORKER ACKNOWLEDGEMENT"],
    }
    lab = label(
        "cd01.pdf",
        "h2a",
        "en",
        4,
        [],
        [],
        ["Reclutadora Campo Abierto del Baj\u00edo, S.C."],
        [
            "'feeder hopper' of the grading line is a job word, not a fee",
            "optional meal plan within the published cap (lawful h2a meal charge)",
            "free camp kitchens",
            "rent-free housing, no bedding deposit",
            "inbound travel reimbursed at 50 percent",
            "visa, visa processing and border-crossing fees reimbursed in first workweek",
            "tools and rain gear free, no deposit",
            "direct deposit of wages (not a deposit)",
            "no fees for the job (negated recruitment fee)",
            "recruiter's service charges paid by the employer",
            "workers keep their passports",
            "no blacklisting for complaints",
            "broken shears exchanged at no charge",
        ],
        "job_order",
        "single column; running header/footer; numbered sections with shaded headings; "
        "gridded summary and worksite tables; signature grid",
    )
    return lab, set(), keys


# ==========================================================================
# cd02  H-2A work contract, Spanish, Washington apples, Guatemala
# ==========================================================================

CD02_HOUSING = (
    "Al llegar, cada trabajador dejar\u00e1 un dep\u00f3sito de 60 d\u00f3lares por el "
    "colch\u00f3n, la almohada y las cobijas, que se le devolver\u00e1 al final de la "
    "temporada si los entrega limpios."
)
CD02_TRAVEL = (
    "El boleto de avi\u00f3n de la Ciudad de Guatemala a Seattle, de unos 4,200 "
    "quetzales, lo compra la agencia y se descontar\u00e1 del salario de EL TRABAJADOR "
    "en cuatro cuotas semanales iguales."
)


def cd02(path):
    d = Doc("dvserif")
    d.hdr = std_header("Coldwater Ridge Orchards LLC", "Contrato CRO-H2A-2026-118")
    d.ftr = std_footer("P\u00e1gina {n} de {nb}")
    d.add_page()
    d.font(14, "B")
    d.multi_cell(
        d.epw,
        18,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL AGR\u00cdCOLA (H-2A)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(8)
    d.para(
        "Contrato que celebran, por una parte, Coldwater Ridge Orchards LLC, con domicilio en "
        "4410 Entiat River Road, Entiat, Washington 98822, Estados Unidos (en adelante "
        "\u00abEL EMPLEADOR\u00bb), y por la otra, la persona trabajadora cuyo nombre aparece al "
        "final (en adelante \u00abEL TRABAJADOR\u00bb), reclutada en Huehuetenango, Guatemala, "
        "por Agencia Laboral Cuchumatanes, S.A., conforme a las cl\u00e1usulas siguientes.",
        size=10,
    )
    d.heading("CUADRO RESUMEN", size=10.5)
    d.grid(
        [
            ("Concepto", "Condici\u00f3n"),
            ("Puesto", "Trabajador agr\u00edcola de huerta (SOC 45-2092.02)"),
            (
                "Lugar de trabajo",
                "Huertas de EL EMPLEADOR en el condado de Chelan, Washington: "
                "4410 Entiat River Road, Entiat, y 87 Apple Acres Road, Chelan",
            ),
            ("Per\u00edodo", "Del 17 de agosto al 30 de noviembre de 2026"),
            (
                "Jornada",
                "8 horas diarias, de lunes a s\u00e1bado (48 horas por semana), de 6:30 a "
                "15:00 con media hora para comer",
            ),
            (
                "Salario",
                "19.82 d\u00f3lares por hora, o 28 d\u00f3lares por cada bin de manzana lleno "
                "si eso da m\u00e1s en la semana",
            ),
            ("Pago", "Cada viernes, por dep\u00f3sito directo a tarjeta de n\u00f3mina"),
            ("Vivienda", "Gratuita, en el campamento de EL EMPLEADOR (cl\u00e1usula SEXTA)"),
        ],
        widths=(26, 74),
        size=9.5,
        bold_first_col=True,
    )
    d.heading("CL\u00c1USULAS", size=10.5)
    d.lead_para(
        "PRIMERA. Tareas.",
        "EL TRABAJADOR cosechar\u00e1 manzanas y peras a mano, subiendo a escaleras de 12 "
        "pies; llenar\u00e1 la bolsa de cosecha y la vaciar\u00e1 con cuidado en los bins. "
        "Cuando no haya cosecha podr\u00e1 podar, ralear fruta y recoger ramas.",
    )
    d.lead_para(
        "SEGUNDA. Requisitos.",
        "Se requieren tres meses de experiencia en cosecha de fruta de \u00e1rbol y poder "
        "cargar una bolsa de 40 libras subiendo y bajando escaleras durante toda la "
        "jornada.",
    )
    d.lead_para(
        "TERCERA. Salario m\u00ednimo garantizado.",
        "EL EMPLEADOR pagar\u00e1 siempre la tarifa m\u00e1s alta entre la AEWR, el salario "
        "prevaleciente, el salario de convenio colectivo y el m\u00ednimo federal o estatal; "
        "si durante la temporada se publica una tarifa mayor, la pagar\u00e1 desde la fecha "
        "en que entre en vigor.",
    )

    d.add_page()
    d.lead_para(
        "CUARTA. Garant\u00eda de tres cuartas partes.",
        "EL EMPLEADOR ofrecer\u00e1 trabajo por al menos las tres cuartas partes de las "
        "horas de los d\u00edas laborables del per\u00edodo del contrato; si no lo hace, "
        "pagar\u00e1 la diferencia.",
    )
    d.lead_para(
        "QUINTA. Forma de pago y descuentos.",
        "El salario se paga cada viernes por dep\u00f3sito directo a una tarjeta de "
        "n\u00f3mina, sin costo para EL TRABAJADOR. De su pago solo se descontar\u00e1n: el "
        "impuesto federal sobre la renta si EL TRABAJADOR lo pide por escrito, el comedor "
        "si decide inscribirse, y las cuotas del boleto de avi\u00f3n de la cl\u00e1usula "
        "OCTAVA.",
    )
    d.lead_para(
        "SEXTA. Vivienda.",
        "EL EMPLEADOR da vivienda gratuita en su campamento de 4450 Entiat River Road, "
        "Entiat, inspeccionado el 3 de agosto de 2026. " + CD02_HOUSING,
    )
    d.lead_para(
        "S\u00c9PTIMA. Comidas.",
        "El campamento tiene cocinas con estufas y refrigeradores que EL TRABAJADOR "
        "puede usar gratis. Quien lo prefiera puede inscribirse en el comedor, que cobra "
        "15 d\u00f3lares al d\u00eda por tres comidas, cantidad menor al m\u00e1ximo que "
        "permite el Departamento de Trabajo para 2026.",
    )
    d.lead_para(
        "OCTAVA. Viaje de ida.",
        CD02_TRAVEL + " La cuota de la visa (190 d\u00f3lares) se le devuelve completa en "
        "el primer cheque.",
    )
    d.lead_para(
        "NOVENA. Viaje de regreso.",
        "Al terminar el contrato, o si es despedido antes sin causa justificada, EL "
        "EMPLEADOR paga el boleto de regreso a la Ciudad de Guatemala y los alimentos del "
        "camino.",
    )
    d.lead_para(
        "D\u00c9CIMA. Transporte diario.",
        "EL EMPLEADOR lleva gratis a los trabajadores del campamento a las huertas y de "
        "regreso, en sus camionetas.",
    )
    d.lead_para(
        "D\u00c9CIMA PRIMERA. Herramientas.",
        "Escaleras, bolsas de cosecha, guantes y tijeras se entregan sin costo y sin "
        "dep\u00f3sito.",
    )
    d.lead_para(
        "D\u00c9CIMA SEGUNDA. Seguro de riesgos de trabajo.",
        "EL TRABAJADOR est\u00e1 cubierto por el seguro de compensaci\u00f3n laboral del "
        "estado de Washington, pagado por EL EMPLEADOR.",
    )
    d.lead_para(
        "D\u00c9CIMA TERCERA. Abandono y despido.",
        "Si EL TRABAJADOR falta cinco d\u00edas laborables seguidos sin avisar, se "
        "considera que abandon\u00f3 el empleo. EL EMPLEADOR solo puede despedir por causa "
        "justificada y por escrito.",
    )

    d.add_page()
    d.lead_para(
        "D\u00c9CIMA CUARTA. Documentos y quejas.",
        "EL TRABAJADOR conserva siempre su pasaporte y su visa. Nadie ser\u00e1 castigado "
        "ni dejado de contratar por presentar una queja.",
    )
    d.lead_para(
        "D\u00c9CIMA QUINTA. Agencia.",
        "Los honorarios de Agencia Laboral Cuchumatanes, S.A. los paga EL EMPLEADOR; la "
        "agencia no puede cobrar nada a EL TRABAJADOR por el empleo.",
    )
    d.para(
        "Le\u00eddo el presente contrato y enterados de su contenido, lo firman por duplicado "
        "en Entiat, Washington, el 20 de julio de 2026.",
        after=10,
    )
    d.sign_line(
        "Por EL EMPLEADOR: Russell Ocampo Lindqvist, Gerente de Campo",
        "EL TRABAJADOR: nombre y firma",
    )
    d.thumb_box("Huella del trabajador")
    d.output(path)

    keys = {
        1: ["CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL AGR\u00cdCOLA (H-2A)", "CUADRO RESUMEN"],
        2: ["CUARTA. Garant\u00eda de tres cuartas partes."],
        3: ["D\u00c9CIMA QUINTA. Agencia."],
    }
    lab = label(
        "cd02.pdf",
        "h2a",
        "es",
        3,
        [
            fee("housing_charge", 2, CD02_HOUSING, 60, "USD"),
            fee("travel_cost", 2, CD02_TRAVEL, 4200, "GTQ"),
        ],
        ["inbound_transportation", "earnings_statements", "contract_impossibility"],
        ["Agencia Laboral Cuchumatanes, S.A."],
        [
            "'dep\u00f3sito directo' of wages to a payroll card (not a deposit)",
            "lawful h2a meal charge within the cap (optional comedor)",
            "free kitchen",
            "free housing (h2a)",
            "visa fee returned in first paycheck",
            "ladders, bags, gloves free, no deposit",
            "employer-paid workers' compensation",
            "agency fees paid by the employer (negated recruitment fee)",
            "worker keeps passport and visa",
            "no reprisals for complaints",
        ],
        "work_contract",
        "single column, serif; numbered CL\u00c1USULAS with bold lead-ins; gridded summary "
        "table; signature lines with fingerprint box; running header/footer",
    )
    return lab, set(), keys


# ==========================================================================
# cd03  H-2A recruiter service agreement, English, Jamaica -> New York apples
# ==========================================================================

CD03_FEE = (
    "The Applicant shall pay the Agent a processing fee of J$85,000 (eighty-five "
    "thousand Jamaican dollars) in the two instalments shown below."
)
CD03_MED = (
    "The Applicant shall attend a pre-departure medical examination at Harbour View "
    "Medical Centre and shall pay the clinic's charge of J$18,500 himself."
)
CD03_PASS = (
    "From the date of the embassy interview until the Applicant boards the flight, the "
    "Agent shall keep the Applicant's passport in its safe."
)
CD03_BLACK = (
    "An Applicant who complains about the Agent to the Ministry of Labour or to the "
    "Employer will be removed from the Agent's list for all future seasons."
)


def cd03(path):
    d = Doc("times")
    d.ftr = std_footer("BM/H2A/26/0931 - Applicant's copy - page {n} of {nb}", size=8.5)
    d.add_page()
    d.font(16, "B")
    d.cell(
        d.epw, 20, "BLUE MAHOE OVERSEAS PLACEMENT LTD.", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    d.font(9.5, "")
    d.cell(
        d.epw,
        12,
        "Suite 4, 118 Constant Spring Road, Kingston 10, Jamaica  |  Tel. 876-555-0193",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(4)
    d.hr()
    d.font(12.5, "B")
    d.cell(
        d.epw,
        16,
        "APPLICANT SERVICE AGREEMENT - U.S. H-2A APPLE HARVEST 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font(9.5, "I")
    d.cell(
        d.epw,
        12,
        "Agreement No. BM/H2A/26/0931, made at Kingston on 9 June 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(8)
    d.grid(
        [
            ("Party", "Details"),
            (
                "The Agent",
                "Blue Mahoe Overseas Placement Ltd., Suite 4, 118 Constant Spring Road, "
                "Kingston 10",
            ),
            (
                "The Applicant",
                "Mr. Desmond Alphanso Whyte, Content District, Lluidas Vale, St. Catherine",
            ),
            (
                "The Employer",
                "Champlain Hollow Fruit Farm LLC, 612 Lake Shore Road, Peru, New York 12972, USA",
            ),
        ],
        widths=(22, 78),
        size=10,
        bold_first_col=True,
    )
    d.lead_para(
        "1. Purpose.",
        "The Agent will present the Applicant to the Employer for seasonal apple-harvest "
        "work under the United States H-2A programme and will assist him with the visa "
        "appointment and travel.",
        size=10.5,
    )
    d.lead_para(
        "2. The job offered.",
        "The Employer's offer, as stated in its job order, is summarised in Schedule A.",
        size=10.5,
    )
    d.font(10.5, "B")
    d.cell(d.epw, 14, "Schedule A - Particulars of the job", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.grid(
        [
            ("Item", "Particulars"),
            (
                "Work",
                "Hand-picking apples into picking bags, emptying the bags into bins and moving "
                "ladders; pruning and brush removal when picking is finished",
            ),
            (
                "Orchards",
                "Champlain Hollow orchards at 612 Lake Shore Road and 70 Bear Swamp Road, "
                "Peru, Clinton County, New York",
            ),
            ("Season", "24 August 2026 to 13 November 2026"),
            ("Hours", "8 hours a day, Monday to Saturday"),
            ("Pay", "US$18.83 per hour, or US$26.00 per bin when the bin rate earns more"),
            ("Payday", "Every Thursday (weekly)"),
            ("Housing", "Rooms in the farm's bunkhouse at no charge"),
            (
                "Transport",
                "Free daily transport from the bunkhouse to the orchards; the Employer "
                "pays the airfare from Kingston to Plattsburgh and the return fare home",
            ),
            ("Equipment", "Picking bags, ladders and gloves provided free"),
            (
                "Requirements",
                "At least one season of tree-fruit harvest; able to carry 40 lb on a ladder",
            ),
        ],
        widths=(20, 80),
        size=9.5,
        bold_first_col=True,
    )
    d.lead_para("3. Fees payable by the Applicant.", CD03_FEE, size=10.5)

    d.add_page()
    d.grid(
        [
            ("Instalment", "Amount", "When due"),
            ("1 - Registration", "J$15,000", "On signing this Agreement"),
            (
                "2 - Processing balance",
                "J$70,000",
                "Not later than seven days before the embassy interview",
            ),
        ],
        widths=(30, 20, 50),
        size=10,
    )
    d.para(
        "Payments are made in cash at the Agent's office or into its account at a commercial "
        "bank, and a receipt is issued for each payment.",
        size=10.5,
    )
    d.lead_para("4. Medical examination.", CD03_MED, size=10.5)
    d.lead_para(
        "5. Visa.",
        "The visa application fee is paid by the Employer, and the Applicant "
        "will not be asked to pay it.",
        size=10.5,
    )
    d.lead_para("6. Passport.", CD03_PASS, size=10.5)
    d.lead_para(
        "7. Orientation.",
        "The Agent holds a free pre-departure orientation on United "
        "States law, farm safety and sending money home, at its Kingston office.",
        size=10.5,
    )
    d.lead_para("8. Conduct.", CD03_BLACK, size=10.5)
    d.lead_para(
        "9. Refunds.",
        "If the Applicant is not selected by the Employer, the second "
        "instalment is refunded within 30 days; the first instalment is not refundable.",
        size=10.5,
    )
    d.lead_para("10. Law.", "This Agreement is governed by the laws of Jamaica.", size=10.5)
    d.para(
        "IN WITNESS WHEREOF the parties have signed this Agreement on the date first written "
        "above.",
        size=10.5,
        after=6,
    )
    d.sign_line(
        "For the Agent: Marcia Evadne Tulloch, Director", "The Applicant: Desmond A. Whyte", size=10
    )
    d.sign_line(
        "Witness: name, address and signature", "Applicant's TRN / passport number", size=10, gap=30
    )
    d.output(path)

    keys = {
        1: [
            "APPLICANT SERVICE AGREEMENT - U.S. H-2A APPLE HARVEST 2026",
            "Schedule A - Particulars of the job",
        ],
        2: ["Processing balance", "10. Law."],
    }
    lab = label(
        "cd03.pdf",
        "h2a",
        "en",
        2,
        [
            fee("recruitment_fee", 1, CD03_FEE, 85000, "JMD"),
            fee("medical_cost", 2, CD03_MED, 18500, "JMD"),
            fee("document_retention", 2, CD03_PASS),
            fee("blacklisting_threat", 2, CD03_BLACK),
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
        ["Blue Mahoe Overseas Placement Ltd."],
        [
            "visa application fee paid by the employer",
            "employer pays airfare both ways",
            "free pre-departure orientation (not a training charge)",
            "bunkhouse rooms at no charge (h2a)",
            "picking bags, ladders and gloves free",
        ],
        "recruiter_agreement",
        "single column, serif; centred letterhead; parties table; numbered clauses; schedule "
        "table; instalment table; double signature lines",
    )
    return lab, set(), keys


# ==========================================================================
# cd04  H-2A employer letter, English, South Africa -> custom harvest run
# ==========================================================================

CD04_FLIGHT = (
    "Your flight from Johannesburg to Denver, about USD 1,650, is booked by the "
    "Company and recovered from your wages at USD 165 per paycheck over your first "
    "ten paychecks."
)
CD04_ADVANCE = (
    "Karoo Link can advance you up to R6 000 in pocket money before you leave, and "
    "the Company will deduct it from your wages and send it back to Karoo Link."
)
CD04_HOLD = (
    "To make sure the crew finishes the run, USD 2.00 of every hour you work is held "
    "back and paid to you in one sum when the last field in Montana is cut."
)


def cd04(path):
    d = Doc("dvsans")
    d.add_page()
    d.band(
        "PRAIRIE DRIFT CUSTOM HARVESTING LLC",
        "2150 Old Highway 40, Hays, Kansas 67601, USA  \u00b7  +1 785 555 0148",
        color=(122, 84, 32),
        height=50,
    )
    d.para("9 March 2026", size=10, after=6)
    d.para(
        "Mr. Thabo Johannes Mokoena\n27 Kerk Street, Bethlehem 9701\nFree State, South Africa",
        size=10,
        after=8,
    )
    d.para(
        "Offer of seasonal H-2A employment \u2014 combine and grain-cart operator, 2026 harvest "
        "run",
        size=11,
        style="B",
        after=6,
    )
    d.para("Dear Mr. Mokoena,", size=10)
    d.para(
        "Karoo Link Agri Recruitment (Pty) Ltd has recommended you to us, and we are pleased "
        "to offer you a place on our 2026 harvest crew. The main terms of our certified job "
        "order are set out below.",
        size=10,
        after=6,
    )
    d.grid(
        [
            ("Term", "Details"),
            (
                "Employer",
                "Prairie Drift Custom Harvesting LLC, 2150 Old Highway 40, Hays, Kansas 67601",
            ),
            (
                "Position",
                "Agricultural equipment operator: drive combines and grain carts, haul "
                "grain to elevators, service the header and feeder house each morning, "
                "grease and clean the machines",
            ),
            (
                "Where",
                "Wheat, canola and corn fields on the harvest run from Vernon, Texas, through "
                "Kansas and Nebraska to Havre, Montana, as listed in the job order itinerary",
            ),
            ("Dates", "18 May 2026 to 20 November 2026"),
            (
                "Hours",
                "50 hours a week on average; harvest days are usually 10 hours, Monday to Saturday",
            ),
            ("Wage", "USD 18.27 per hour for every hour worked"),
            ("Paydays", "Twice a month, on the 1st and the 16th"),
            ("Deductions", "U.S. income tax where it applies, and the recoveries explained below"),
            (
                "Housing",
                "A bed in a company camper trailer that moves with the crew, at no cost to you",
            ),
            (
                "Meals",
                "Each trailer has a kitchen with stove, fridge and microwave, free of charge",
            ),
            (
                "Daily transport",
                "Free rides in company pickups between the trailers and the fields",
            ),
            ("Tools and gear", "Tools, hearing protection and gloves are supplied free"),
            (
                "Injury cover",
                "Workers' compensation insurance under our policy in every state on the run",
            ),
            (
                "Requirements",
                "Two seasons operating combines or large tractors; a driving licence "
                "valid for trucks",
            ),
            (
                "Trip home",
                "Flight from the last worksite to Johannesburg, paid by the Company at the "
                "end of the season",
            ),
        ],
        widths=(22, 78),
        size=9.3,
        bold_first_col=True,
        fill=(236, 226, 208),
    )

    d.add_page()
    d.para("Money matters", size=11, style="B", after=4)
    d.para(
        "The U.S. visa application fee and the courier fee for your passport are paid for you "
        "by the Company.",
        size=10,
    )
    d.para(CD04_FLIGHT, size=10)
    d.para(CD04_ADVANCE, size=10)
    d.para(CD04_HOLD, size=10, after=8)
    d.para(
        "Please read this letter with your family, sign below and send a photo of the signed "
        "page to Karoo Link Agri Recruitment (Pty) Ltd, who will arrange your consular "
        "appointment in Johannesburg.",
        size=10,
    )
    d.para("We look forward to having you on the crew.", size=10, after=8)
    d.para("Yours sincerely,", size=10, after=18)
    d.para("Corinne Hagemeister\nOwner, Prairie Drift Custom Harvesting LLC", size=10, after=10)
    d.sign_line("Accepted by: Thabo Johannes Mokoena", "Date")
    d.output(path)

    keys = {
        1: ["PRAIRIE DRIFT CUSTOM HARVESTING LLC", "Karoo Link Agri Recruitment (Pty) Ltd"],
        2: ["Money matters", "Corinne Hagemeister"],
    }
    lab = label(
        "cd04.pdf",
        "h2a",
        "en",
        2,
        [
            fee("travel_cost", 2, CD04_FLIGHT, 1650, "USD"),
            fee("debt_bondage", 2, CD04_ADVANCE, 6000, "ZAR"),
            fee("wage_withholding", 2, CD04_HOLD, 2.0, "USD"),
        ],
        [
            "wage_adjustment",
            "inbound_transportation",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Karoo Link Agri Recruitment (Pty) Ltd"],
        [
            "'feeder house' is a combine part, not a fee",
            "visa fee and passport courier paid by the company",
            "free camper-trailer housing (h2a)",
            "free kitchen in trailers",
            "free daily rides",
            "tools and hearing protection free",
            "return flight paid by the company",
        ],
        "employer_letter",
        "letter; coloured letterhead band; gridded two-column terms table; money paragraphs on "
        "page 2; signature line",
    )
    return lab, set(), keys


# ==========================================================================
# cd05  H-2A job order in Spanish, North Carolina, Mexico  (page 3 scanned)
# ==========================================================================

CD05_BOOTS = (
    "Las botas de hule son obligatorias en el corte de tabaco; la empresa las vende a "
    "$32.00 el par y las descuenta del primer cheque."
)
CD05_DAMAGE = (
    "Si un trabajador rompe una herramienta o da\u00f1a la vivienda por no seguir las "
    "instrucciones, el costo de la reparaci\u00f3n se le cobrar\u00e1."
)
CD05_BLACK = (
    "El trabajador que se queje ante el consulado o con abogados no ser\u00e1 pedido de "
    "nuevo para la siguiente temporada."
)


def cd05(path):
    d = Doc("dvcond")
    d.hdr = std_header(
        "Contentnea Creek Farms, Inc. \u2014 Orden NC-2026-22519", "Traducci\u00f3n al espa\u00f1ol"
    )
    d.ftr = std_footer("Orden de trabajo NC-2026-22519 \u2014 hoja {n}")
    d.add_page()
    d.heading(
        "ORDEN DE TRABAJO H-2A \u2014 TRADUCCI\u00d3N AL ESPA\u00d1OL PARA LOS TRABAJADORES",
        size=12.5,
        after=6,
    )
    d.heading("1. Datos del empleador", size=11, fill=(214, 226, 240))
    d.bullets(
        [
            ("Empresa:", "Contentnea Creek Farms, Inc."),
            ("Domicilio:", "3875 Stantonsburg Road, Snow Hill, Carolina del Norte 28580, EE. UU."),
            ("Tel\u00e9fono:", "(252) 555-0127 \u2014 encargado: Wendell Barefoot Ochoa"),
        ]
    )
    d.heading("2. Resumen de la oferta", size=11, fill=(214, 226, 240))
    d.bullets(
        [
            (
                "Puesto:",
                "Trabajador agr\u00edcola en camote y tabaco (SOC 45-2092.02); 36 vacantes",
            ),
            ("Periodo del contrato:", "del 4 de mayo al 31 de octubre de 2026"),
            (
                "Horario:",
                "40 horas por semana, de lunes a viernes de 6:00 a 14:30, con media hora "
                "para comer",
            ),
            (
                "Salario:",
                "$16.07 por hora; en la cosecha de camote, $0.60 por cubeta cuando resulte "
                "m\u00e1s alto",
            ),
            ("D\u00eda de pago:", "cada jueves (pago semanal)"),
            (
                "Descuentos:",
                "impuesto federal solo si el trabajador lo pide por escrito; lo que el "
                "trabajador autorice por escrito para su propio beneficio; y el descuento "
                "de las botas del punto 7",
            ),
        ]
    )
    d.heading("3. Labores", size=11, fill=(214, 226, 240))
    d.para(
        "Trasplantar plantas de camote y tabaco, deshierbar con azad\u00f3n, despuntar y "
        "deshijar el tabaco, cortar las hojas a mano y colgarlas en los graneros de curado. En "
        "la cosecha de camote, recoger las ra\u00edces detr\u00e1s del arado, llenar cubetas y "
        "vaciarlas en cajones. El trabajo es al aire libre, con calor y humedad."
    )
    d.heading("4. Requisitos", size=11, fill=(214, 226, 240))
    d.para("Un mes de experiencia en trabajo agr\u00edcola manual y poder levantar 50 libras.")
    d.heading("5. Lugar de trabajo", size=11, fill=(214, 226, 240))
    d.grid(
        [
            ("Campo", "Direcci\u00f3n"),
            ("Granja principal y graneros", "3875 Stantonsburg Road, Snow Hill, NC 28580"),
            ("Campos de Fort Run", "1410 Fort Run Road, Snow Hill, NC 28580"),
            ("Campos de Hookerton", "622 Ormondsville Road, Hookerton, NC 28538"),
        ],
        widths=(38, 62),
        size=9.5,
    )

    d.add_page()
    d.heading("6. Lo que la empresa promete", size=11, fill=(214, 226, 240))
    d.columns(
        [
            (
                "a) Vivienda.",
                "Vivienda gratuita en 3901 Stantonsburg Road, Snow Hill, inspeccionada "
                "el 21 de abril de 2026.",
            ),
            (
                "b) Comidas.",
                "Cada casa tiene cocina con estufa, refrigerador y trastes, sin costo "
                "para el trabajador.",
            ),
            (
                "c) Transporte diario.",
                "La empresa lleva gratis a los trabajadores de la vivienda a "
                "los campos y de regreso.",
            ),
            (
                "d) Viaje de ida.",
                "Al cumplir la mitad del contrato se le reembolsa el autob\u00fas "
                "desde Monterrey y los alimentos del camino. La visa y el cruce "
                "fronterizo los paga el empleador, no el trabajador.",
            ),
            (
                "e) Viaje de regreso.",
                "Quien termine el contrato, o sea despedido antes sin causa, "
                "recibe el pasaje y los alimentos de regreso a Monterrey.",
            ),
            (
                "f) Herramientas.",
                "El cuchillo de cosecha, los guantes y las cubetas se entregan sin "
                "costo y sin dep\u00f3sito.",
            ),
            (
                "g) Tal\u00f3n de pago.",
                "Cada jueves recibe un tal\u00f3n con horas ofrecidas y "
                "trabajadas, tarifa, pago bruto, descuentos y pago neto.",
            ),
            (
                "h) Abandono y despido.",
                "Faltar cinco d\u00edas laborables seguidos sin permiso se "
                "considera abandono del empleo; el despido por causa se hace "
                "por escrito.",
            ),
            (
                "i) Si el trabajo se vuelve imposible.",
                "Si un hurac\u00e1n, una inundaci\u00f3n, un "
                "incendio o el granizo impiden el trabajo, el "
                "contrato puede terminar antes con permiso "
                "del Departamento de Trabajo; se pagan los "
                "salarios ganados y el viaje de regreso.",
            ),
        ],
        split=5,
        size=9.5,
    )
    d.heading("7. Reglas de trabajo", size=11, fill=(214, 226, 240))
    d.para(
        "Se descontar\u00e1 solamente el impuesto federal cuando el trabajador lo pida por "
        "escrito, adem\u00e1s de lo que dice este punto."
    )
    d.para(CD05_BOOTS)
    d.para(CD05_DAMAGE)
    d.para(CD05_BLACK)
    d.para(
        "Nadie entra a un campo fumigado hasta que se quite el letrero de reingreso. El agua, "
        "la sombra y los descansos por calor se dan en todos los campos."
    )

    add_scanned_page(
        d,
        [
            ("title", "CONSTANCIA DE RECIBO DE LA ORDEN DE TRABAJO"),
            ("text", "Contentnea Creek Farms, Inc. - Orden NC-2026-22519"),
            (
                "text",
                "Los abajo firmantes hacemos constar que recibimos copia de esta orden de "
                "trabajo en espa\u00f1ol, que nos fue le\u00edda en voz alta en la oficina de la "
                "empresa en Snow Hill, y que pudimos hacer preguntas sobre ella.",
            ),
            ("gap", 10),
            (
                "table",
                {
                    "widths": [80, 560, 415],
                    "rows": [
                        ["No.", "Nombre del trabajador", "Firma"],
                        ["1", "Eleuterio Maga\u00f1a Quiroz", ""],
                        ["2", "Rosendo Albarr\u00e1n Tapia", ""],
                        ["3", "Juan Crist\u00f3bal Nieves Ocampo", ""],
                        ["4", "Heriberto Salda\u00f1a Luna", ""],
                        ["5", "Fidencio Ram\u00edrez Carbajal", ""],
                        ["6", "Abundio Cervantes Rea", ""],
                        ["7", "Leobardo Yescas Mart\u00ednez", ""],
                        ["8", "Pl\u00e1cido Zavala Herrera", ""],
                    ],
                },
            ),
            ("small", "Fecha de entrega: 5 de mayo de 2026, Snow Hill, Carolina del Norte."),
            ("gap", 40),
            ("sign", ["Por la empresa: W. Barefoot Ochoa", "Testigo"]),
            ("stamp", ["RECIBIDO", "05 MAY 2026", "CCF INC."]),
        ],
        seed=5519,
    )
    d.output(path)

    keys = {
        1: [
            "ORDEN DE TRABAJO H-2A",
            "Contentnea Creek Farms, Inc.",
            "del 4 de mayo al 31 de octubre de 2026",
        ],
        2: ["7. Reglas de trabajo", "a) Vivienda."],
    }
    lab = label(
        "cd05.pdf",
        "h2a",
        "es",
        3,
        [
            fee("equipment_charge", 2, CD05_BOOTS, 32, "USD"),
            fee("damage_chargeback", 2, CD05_DAMAGE, severity="review"),
            fee("blacklisting_threat", 2, CD05_BLACK),
        ],
        ["wage_adjustment", "three_fourths_guarantee", "workers_compensation"],
        [],
        [
            "visa and border crossing paid by the employer ('el empleador, no el trabajador')",
            "free housing (h2a)",
            "free kitchen",
            "inbound bus repaid at half the contract",
            "knife, gloves and buckets free, no deposit",
            "'se descontar\u00e1' only tax on written request (lawful deduction)",
        ],
        "job_order",
        "condensed sans; running header/footer; shaded section headings; bulleted summary; "
        "gridded worksite table; two-column promises section; page 3 SCANNED image-only "
        "signed receipt with stamp",
        scanned=True,
    )
    return lab, {3}, keys


# ==========================================================================
# cd06  H-2B job order, English, Myrtle Beach hotel, Jamaica
# ==========================================================================

CD06_HOUSING = (
    "Workers who choose to live in the employer's apartments at 601 Third Avenue "
    "North pay $95 per week, deducted from each paycheck."
)
CD06_UNIFORM = (
    "Each housekeeper receives two uniform sets against a $60 uniform deposit, which "
    "is deducted from the first paycheck and returned when the uniforms are handed "
    "back."
)


def cd06(path):
    d = Doc("helvetica")
    d.hdr = None
    d.ftr = std_footer("Sea Oats Inn & Suites - H-2B job order - p. {n}/{nb}")
    d.add_page()
    d.band(
        "H-2B JOB ORDER - HOUSEKEEPER / ROOM ATTENDANT",
        "Palmetto Tide Hospitality LLC d/b/a Sea Oats Inn & Suites - season 2026",
        color=(18, 110, 120),
    )
    d.heading("1. Employer", size=11, color=(18, 110, 120))
    d.bullets(
        [
            (
                "Legal name:",
                "Palmetto Tide Hospitality LLC, doing business as Sea Oats Inn & Suites",
            ),
            ("Address:", "2715 South Ocean Boulevard, Myrtle Beach, SC 29577"),
            ("Contact:", "Yolanda Pressley-Grant, Human Resources, (843) 555-0150"),
        ]
    )
    d.heading("2. Offer at a glance", size=11, color=(18, 110, 120))
    d.bullets(
        [
            ("Job:", "Housekeeper / room attendant (SOC 37-2012), 24 openings"),
            ("Period:", "April 1, 2026 through October 15, 2026"),
            (
                "Schedule:",
                "35 hours per week, Monday through Friday, 8:00 a.m. to 3:30 p.m. with a "
                "30-minute unpaid meal break; weekend shifts rotate and replace a weekday",
            ),
            ("Pay:", "$13.86 per hour"),
            ("Paydays:", "Every other Friday (biweekly)"),
            (
                "Deductions:",
                "Federal income tax, Social Security and Medicare; the housing charge in "
                "section 7 for workers who choose it; the uniform deposit in section 8; "
                "anything ordered by a court",
            ),
        ]
    )
    d.heading("3. Duties", size=11, color=(18, 110, 120))
    d.para(
        "Clean and make up 14 to 16 guest rooms per shift: strip and make beds, clean "
        "bathrooms, vacuum, dust, empty trash, restock amenities and report maintenance "
        "problems. Laundry attendants sort, wash, dry and fold linens. Housekeepers also "
        "restock the lobby coffee station each morning."
    )
    d.heading("4. Requirements", size=11, color=(18, 110, 120))
    d.para(
        "Three months of experience as a housekeeper or room attendant in a hotel, motel or "
        "resort. Must be able to push a loaded linen cart and lift 30 pounds."
    )
    d.heading("5. Worksites", size=11, color=(18, 110, 120))
    d.grid(
        [
            ("Property", "Address"),
            ("Sea Oats Inn & Suites", "2715 South Ocean Boulevard, Myrtle Beach, SC 29577"),
            ("Sea Oats North Tower", "3010 North Ocean Boulevard, Myrtle Beach, SC 29577"),
            ("Central laundry", "1204 Mr. Joe White Avenue, Myrtle Beach, SC 29577"),
        ],
        widths=(35, 65),
        size=9.5,
        fill=(210, 232, 234),
    )

    d.add_page()
    d.heading("6. Travel, visas and recruitment", size=11, color=(18, 110, 120))
    d.lead_para(
        "Trip to Myrtle Beach.",
        "The employer provides or reimburses the bus or plane "
        "fare from Kingston, with daily subsistence, in the first workweek.",
    )
    d.lead_para(
        "Visa costs.",
        "The employer reimburses the visa fee, the visa processing fee "
        "and any border crossing fee in the first workweek.",
    )
    d.lead_para(
        "Trip home.",
        "If the worker completes the period of employment or is dismissed "
        "early for any reason, the employer pays return transportation and daily "
        "subsistence to Kingston.",
    )
    d.lead_para(
        "Recruitment.",
        "Workers in Jamaica are recruited by Montego Crossings Staffing "
        "Ltd. The employer, not the worker, pays all of its fees, and no worker may be "
        "charged anything for this job.",
    )
    d.heading("7. Housing", size=11, color=(18, 110, 120))
    d.para("Living in employer housing is optional; workers may rent elsewhere. " + CD06_HOUSING)
    d.heading("8. Uniforms", size=11, color=(18, 110, 120))
    d.para(CD06_UNIFORM)
    d.heading("9. Employer obligations", size=11, color=(18, 110, 120))
    d.columns(
        [
            (
                "(a) Wage floor.",
                "The employer pays at least the highest of the prevailing wage on "
                "the certification or the federal, state or local minimum wage. If "
                "the Department of Labor publishes a new prevailing wage for this "
                "job, the new wage applies from its effective date.",
            ),
            (
                "(b) Supplies.",
                "Cleaning supplies, carts, vacuums and gloves are provided at no charge.",
            ),
            (
                "(c) Pay statements.",
                "Each payday the worker receives a statement of hours offered "
                "and worked, rate, gross pay, each deduction and net pay.",
            ),
            (
                "(d) Abandonment.",
                "A worker absent five consecutive working days without permission "
                "is considered to have abandoned the job, and the employer notifies "
                "DOL and DHS within two working days. Dismissal for cause follows a "
                "written warning.",
            ),
            ("(e) Passports.", "The employer never holds a worker's passport or visa."),
            (
                "(f) Complaints.",
                "No worker is punished, blacklisted or refused rehire for "
                "complaining about pay or conditions.",
            ),
            ("(g) Copy.", "Workers receive this job order before they apply for the visa."),
        ],
        split=3,
        size=9.5,
    )

    d.add_page()
    d.heading("HOW TO APPLY", size=11, color=(18, 110, 120))
    d.para(
        "Apply in person at the South Carolina Works center, 1601 North Oak Street, Myrtle "
        "Beach, or call Human Resources at (843) 555-0150."
    )
    d.para(
        "Signed for Palmetto Tide Hospitality LLC by Yolanda Pressley-Grant, Human Resources "
        "Director, on January 14, 2026.",
        after=6,
    )
    d.sign_line("Employer representative", "Worker: name, signature and date")
    d.output(path)

    keys = {
        1: [
            "H-2B JOB ORDER - HOUSEKEEPER / ROOM ATTENDANT",
            "April 1, 2026 through October 15, 2026",
        ],
        2: ["6. Travel, visas and recruitment", "Montego Crossings Staffing Ltd."],
        3: ["HOW TO APPLY"],
    }
    lab = label(
        "cd06.pdf",
        "h2b",
        "en",
        3,
        [
            fee("housing_charge", 2, CD06_HOUSING, 95, "USD", severity="review"),
            fee("equipment_charge", 2, CD06_UNIFORM, 60, "USD"),
        ],
        ["overtime", "three_fourths_guarantee", "contract_impossibility"],
        ["Montego Crossings Staffing Ltd."],
        [
            "'coffee station' contains 'fee'",
            "inbound fare reimbursed in first workweek",
            "visa fees reimbursed in first workweek",
            "recruiter fees paid by the employer ('the employer, not the worker')",
            "cleaning supplies and carts free",
            "employer never holds passports",
            "no blacklisting for complaints",
        ],
        "job_order",
        "single column with a two-column obligations section; coloured header band; bulleted "
        "summary; gridded worksite table; footer page numbers",
    )
    return lab, set(), keys


# ==========================================================================
# cd07  H-2B work contract, Spanish, Maryland crab, Mexico  (compliant)
# ==========================================================================


def cd07(path):
    d = Doc("dvsans")
    d.ftr = std_footer(
        "Chesapeake Tidewater Seafood Co. \u2014 contrato H-2B 2026 \u2014 p\u00e1gina {n} de {nb}"
    )
    d.add_page()
    d.para(
        "CONTRATO DE TRABAJO TEMPORAL H-2B \u2014 PROCESADORA DE JAIBA",
        size=13.5,
        style="B",
        after=2,
        align="C",
    )
    d.para("Temporada 2026 \u2014 Chesapeake Tidewater Seafood Co.", size=10, align="C", after=8)
    d.para(
        "Este contrato se entrega en espa\u00f1ol a cada trabajadora y trabajador antes de la "
        "cita en el consulado de Monterrey. L\u00e9alo con calma y pregunte lo que no entienda.",
        size=9.5,
        after=6,
    )
    d.grid(
        [
            ("Tema", "Lo que le ofrecemos"),
            (
                "Empleador",
                "Chesapeake Tidewater Seafood Co., 318 Bayshore Road, Fishing Creek, "
                "Maryland 21634, EE. UU.",
            ),
            (
                "Puesto",
                "Procesadora de mariscos (SOC 51-3022): sacar la carne de la jaiba cocida con "
                "cuchillo, separarla por tipo, empacarla en envases de una libra y limpiar la "
                "mesa de trabajo",
            ),
            ("Lugar", "Planta de la empresa en 318 Bayshore Road, Fishing Creek, Maryland"),
            ("Periodo", "Del 6 de abril al 20 de noviembre de 2026"),
            (
                "Horario",
                "40 horas por semana, de lunes a viernes de 6:00 a 14:30, con media hora "
                "para comer",
            ),
            (
                "Salario",
                "$17.35 por hora, o $3.25 por libra de carne de jaiba si con eso gana "
                "m\u00e1s en la semana",
            ),
            (
                "Tiempo extra",
                "Despu\u00e9s de 40 horas a la semana, $26.03 por hora (tiempo y medio)",
            ),
            (
                "Pago",
                "Cada semana, los viernes, por cheque o por dep\u00f3sito directo si usted lo pide",
            ),
            (
                "Descuentos",
                "Solo impuestos federales y de Maryland, Seguro Social y Medicare, y lo "
                "que un juez ordene",
            ),
            (
                "Requisitos",
                "No se requiere experiencia; poder estar de pie 8 horas y trabajar en un "
                "lugar fr\u00edo y h\u00famedo",
            ),
        ],
        widths=(20, 80),
        size=9.5,
        bold_first_col=True,
        fill=(214, 232, 222),
    )
    d.para("Compromisos de la empresa", size=11, style="B", after=4)
    items = [
        (
            "1. Salario m\u00e1s alto.",
            "La empresa pagar\u00e1 siempre el m\u00e1s alto entre el "
            "salario prevaleciente de la certificaci\u00f3n y el m\u00ednimo federal, estatal o "
            "local; si el Departamento de Trabajo publica un salario m\u00e1s alto, se paga desde la "
            "fecha en que entre en vigor.",
        ),
        (
            "2. Garant\u00eda de tres cuartas partes.",
            "En cada periodo de 12 semanas (6 semanas si "
            "el contrato dura menos de 120 d\u00edas), la empresa ofrecer\u00e1 horas de trabajo "
            "iguales al menos a las tres cuartas partes de las horas de la jornada completa; si no, "
            "paga la diferencia.",
        ),
        (
            "3. Viaje de ida.",
            "La empresa paga o reembolsa en la primera semana el autob\u00fas "
            "desde su pueblo hasta Fishing Creek, con vi\u00e1ticos diarios para comida.",
        ),
    ]
    for lead, text in items:
        d.lead_para(lead, text, size=9.5, after=3)

    d.add_page()
    items = [
        (
            "4. Visa.",
            "El empleador, no el trabajador, paga la cuota de la visa y el cruce "
            "fronterizo; si usted los adelanta, se los reembolsa en la primera semana de trabajo.",
        ),
        (
            "5. Viaje de regreso.",
            "Si termina el contrato o la despiden antes por cualquier "
            "motivo, la empresa paga el regreso a su lugar de origen con vi\u00e1ticos.",
        ),
        (
            "6. Herramientas.",
            "Cuchillos, mandiles, guantes, botas y redes para el pelo se "
            "entregan sin costo alguno y sin dep\u00f3sito.",
        ),
        (
            "7. Vivienda.",
            "La empresa ofrece casas a dos cuadras de la planta sin costo para el "
            "trabajador; vivir en ellas es opcional.",
        ),
        (
            "8. Tal\u00f3n de pago.",
            "Cada viernes recibe un tal\u00f3n con horas ofrecidas y "
            "trabajadas, tarifa, libras, pago bruto, cada descuento y pago neto.",
        ),
        (
            "9. Abandono y despido.",
            "Faltar cinco d\u00edas laborables seguidos sin permiso se "
            "considera abandono; la empresa avisa al gobierno en dos d\u00edas h\u00e1biles. El "
            "despido por causa justificada se hace por escrito y usted puede dar su versi\u00f3n.",
        ),
        (
            "10. Si el trabajo se vuelve imposible.",
            "Si un hurac\u00e1n, un incendio u otra causa "
            "de fuerza mayor obliga a cerrar la planta, la empresa puede terminar el contrato con "
            "permiso del Departamento de Trabajo, pero paga lo ganado, la garant\u00eda de tres "
            "cuartas partes hasta ese d\u00eda y el viaje de regreso.",
        ),
        (
            "11. Reclutamiento sin costo.",
            "Enlace Costero Reclutamiento, S. de R.L. de C.V. "
            "recibe sus honorarios de la empresa. Nadie puede cobrarle por este trabajo, y nadie le "
            "pedir\u00e1 fianza, pagar\u00e9 ni dep\u00f3sito en garant\u00eda.",
        ),
        ("12. Documentos.", "Usted guarda su pasaporte y su visa; nadie se los puede quitar."),
        (
            "13. Quejas.",
            "Puede quejarse ante el Departamento de Trabajo o el consulado sin que "
            "eso afecte su recontrataci\u00f3n.",
        ),
    ]
    for lead, text in items:
        d.lead_para(lead, text, size=9.5, after=3)
    d.ln(6)
    d.grid(
        [
            ("Firma", "Nombre", "Fecha"),
            (
                "Por la empresa",
                "Lorraine Tilghman-V\u00e1zquez, gerente de planta",
                "2 de febrero de 2026",
            ),
            ("La trabajadora o el trabajador", "", ""),
        ],
        widths=(32, 44, 24),
        size=9.5,
        lh=2.2,
        fill=(214, 232, 222),
    )
    d.output(path)

    keys = {
        1: ["CONTRATO DE TRABAJO TEMPORAL H-2B", "Compromisos de la empresa"],
        2: ["11. Reclutamiento sin costo.", "Enlace Costero Reclutamiento, S. de R.L. de C.V."],
    }
    lab = label(
        "cd07.pdf",
        "h2b",
        "es",
        2,
        [],
        [],
        ["Enlace Costero Reclutamiento, S. de R.L. de C.V."],
        [
            "'dep\u00f3sito directo' of wages (not a deposit)",
            "visa and border crossing paid by employer ('el empleador, no el trabajador')",
            "inbound bus paid or repaid in first week",
            "tools and boots 'sin costo alguno y sin dep\u00f3sito'",
            "free optional housing (h2b)",
            "no fianza, pagar\u00e9 or dep\u00f3sito en garant\u00eda (negated bond)",
            "recruiter fees paid by the employer",
            "worker keeps passport and visa",
            "complaints without affecting rehire (negated blacklisting)",
            "lawful statutory tax deductions",
        ],
        "work_contract",
        "two-column gridded table Tema | Lo que le ofrecemos; numbered commitments with bold "
        "lead-ins; signature table; footer",
    )
    return lab, set(), keys


# ==========================================================================
# cd08  H-2B recruitment and deployment agreement, English, Philippines -> Guam
# ==========================================================================

CD08_PASSPORT = "The Worker shall secure and pay for his own passport."
CD08_PLACEMENT = (
    "The Worker shall pay the Agency a placement fee equal to two weeks' wages, "
    "deducted by the Employer in four equal instalments from his first paychecks "
    "and remitted to the Agency."
)
CD08_TRAINING = (
    "Before deployment the Worker must pass a trade test and a five-day skills "
    "upgrading course at the Agency's training center, and pays PHP 8,500 for both."
)
CD08_PENALTY = (
    "A Worker who leaves the Employer before the end of the contract shall pay the "
    "Agency USD 1,500 as liquidated damages for the cost of his replacement."
)


def cd08(path):
    d = Doc("times", fmt="A4", margin=56)
    d.hdr = std_header(
        "Bituin Manpower Services Corp. - DMW License No. 0417-LB-112023-R",
        "Agreement No. BMS-GU-2026-0388",
        size=8,
    )
    d.ftr = std_footer("Page {n} of {nb} - Worker's initials: ______", size=8.5)
    d.add_page()
    d.font(14, "B")
    d.cell(
        d.epw,
        18,
        "WORKER'S RECRUITMENT AND DEPLOYMENT AGREEMENT",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font(11, "B")
    d.cell(
        d.epw,
        14,
        "(H-2B Temporary Non-Agricultural Employment, Territory of Guam)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(10)
    d.para(
        "This Agreement is entered into in the City of Manila on 14 November 2025 by and between:",
        size=10.5,
    )
    d.grid(
        [
            ("Party", "Name and address"),
            (
                "AGENCY",
                "Bituin Manpower Services Corp., 3/F Sampaguita Building, 1120 Quirino "
                "Avenue, Paco, Manila",
            ),
            (
                "EMPLOYER (Principal)",
                "Marianas Crestline Builders, Inc., Suite 210, 1050 North "
                "Marine Corps Drive, Tamuning, Guam 96913",
            ),
            (
                "WORKER",
                "Rodel Baylon Macaraeg, Purok 3, Barangay San Isidro, Cabanatuan City, Nueva Ecija",
            ),
        ],
        widths=(26, 74),
        size=10,
        bold_first_col=True,
    )
    d.para("Article 1. Position and place of work", size=11, style="B", after=2)
    d.para(
        "1.1 The Worker is hired as Electrician Helper (SOC 47-3013): he carries materials, "
        "pulls wire and cable for lighting circuits and electrical feeders, drills and mounts "
        "conduit supports, and cleans the work area under the direction of a licensed "
        "electrician.",
        size=10.5,
    )
    d.para(
        "1.2 Work is done at the Employer's construction projects in Tamuning and Dededo, "
        "Guam, beginning with the Harmon Loop housing project, Harmon Loop Road, Dededo.",
        size=10.5,
    )
    d.para("Article 2. Term", size=11, style="B", after=2)
    d.para("2.1 Employment runs from 2 February 2026 to 30 November 2026.", size=10.5)
    d.para("Article 3. Hours and wages", size=11, style="B", after=2)
    d.para(
        "3.1 Regular hours are 40 per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with 30 "
        "minutes for lunch.",
        size=10.5,
    )
    d.para("3.2 The basic wage is USD 19.40 per hour.", size=10.5)
    d.para("3.3 Hours worked over 40 in a week are paid at USD 29.10 per hour.", size=10.5)
    d.para("3.4 Wages are paid every two weeks, on Friday, by cheque.", size=10.5)
    d.para("Article 4. Deductions", size=11, style="B", after=2)
    d.para(
        "4.1 Only U.S. federal income tax, Social Security and Medicare, as required by law, "
        "and the instalments of Article 6.1 are deducted from the Worker's wages.",
        size=10.5,
    )

    d.add_page()
    d.para("Article 5. Travel, visa and government fees", size=11, style="B", after=2)
    d.para(
        "5.1 The Employer pays the Worker's airfare from Manila to Guam and back to Manila at "
        "the end of the contract.",
        size=10.5,
    )
    d.para(
        "5.2 The Employer pays the visa application fee, and reimburses it in the first "
        "workweek if the Worker has advanced it.",
        size=10.5,
    )
    d.para(
        "5.3 The Employer pays the Worker's OWWA membership contribution and the DMW "
        "processing fee.",
        size=10.5,
    )
    d.para("5.4 " + CD08_PASSPORT, size=10.5)
    d.para("Article 6. Costs borne by the Worker", size=11, style="B", after=2)
    d.para("6.1 " + CD08_PLACEMENT, size=10.5)
    d.para("6.2 " + CD08_TRAINING, size=10.5)
    d.para("Article 7. Tools and safety equipment", size=11, style="B", after=2)
    d.para(
        "7.1 Hard hats, safety harnesses, boots, gloves and hand tools are provided by the "
        "Employer free of charge; no deposit is required.",
        size=10.5,
    )
    d.para("Article 8. Lodging", size=11, style="B", after=2)
    d.para("8.1 The Employer provides bunkhouse lodging in Dededo at no charge.", size=10.5)
    d.para("Article 9. Termination", size=11, style="B", after=2)
    d.para(
        "9.1 The Employer may dismiss the Worker for just cause, such as serious misconduct or "
        "repeated absence without leave, after written notice and an opportunity to explain.",
        size=10.5,
    )
    d.para("9.2 " + CD08_PENALTY, size=10.5)
    d.para("Article 10. Qualifications", size=11, style="B", after=2)
    d.para(
        "10.1 The Worker declares that he has at least two years of experience as an "
        "electrician helper and holds a National Certificate II in Electrical Installation "
        "and Maintenance.",
        size=10.5,
    )

    d.add_page()
    d.para("Article 11. Disputes", size=11, style="B", after=2)
    d.para(
        "11.1 Any dispute under this Agreement shall first be settled through conciliation at "
        "the Department of Migrant Workers.",
        size=10.5,
        after=10,
    )
    d.para(
        "IN WITNESS WHEREOF, the parties have signed this Agreement on the date and at the "
        "place first above written.",
        size=10.5,
    )
    d.sign_line(
        "For the AGENCY: Ma. Consuelo R. Dimaculangan, President",
        "For the EMPLOYER: Garrett K. Sablan, Project Director",
        size=10,
    )
    d.sign_line("WORKER: Rodel Baylon Macaraeg", "Witness", size=10)
    d.output(path)

    keys = {
        1: ["WORKER'S RECRUITMENT AND DEPLOYMENT AGREEMENT", "Article 3. Hours and wages"],
        2: ["Article 6. Costs borne by the Worker", "Article 9. Termination"],
        3: ["Article 11. Disputes"],
    }
    lab = label(
        "cd08.pdf",
        "h2b",
        "en",
        3,
        [
            fee("visa_cost", 2, CD08_PASSPORT, severity="review"),
            fee("recruitment_fee", 2, CD08_PLACEMENT),
            fee("training_cost", 2, CD08_TRAINING, 8500, "PHP"),
            fee("breach_penalty", 2, CD08_PENALTY, 1500, "USD"),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Bituin Manpower Services Corp."],
        [
            "'electrical feeders' is a job word, not a fee",
            "employer pays and reimburses the visa application fee",
            "employer pays OWWA contribution and DMW processing fee",
            "airfare both ways paid by the employer",
            "safety gear and tools free, no deposit",
            "free bunkhouse lodging (h2b)",
        ],
        "recruiter_agreement",
        "A4, serif; running header with licence number and footer with initials line; parties "
        "table; numbered Articles with sub-clauses; signature lines",
    )
    return lab, set(), keys


# ==========================================================================
# cd09  H-2B offer letter, English, South Africa -> Wyoming guest ranch
# ==========================================================================

CD09_VISA = (
    "You pay the USD 205 visa application fee yourself at the U.S. Consulate in "
    "Johannesburg, and the ranch does not refund it."
)
CD09_INS = (
    "Before your flight you must also buy the travel medical cover we require, about "
    "R2 400, from our broker in Pretoria."
)


def cd09(path):
    d = Doc("dvserif", margin=50)
    d.add_page()
    d.set_draw_color(92, 64, 40)
    d.set_line_width(1.2)
    d.font(17, "B")
    d.set_text_color(92, 64, 40)
    d.cell(d.epw, 20, "Absaroka Sky Guest Ranch", align="L", new_x="LMARGIN", new_y="NEXT")
    d.font(9, "")
    d.cell(
        d.epw,
        12,
        "1460 North Fork Highway \u00b7 Cody, Wyoming 82414 \u00b7 (307) 555-0186",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.set_line_width(0.6)
    d.ln(8)
    d.para("February 2, 2026", size=9.5, after=4)
    d.para(
        "Ms. Lindiwe Grace Nkosi, 14 Church Street, Harrismith 9880, Free State, South Africa",
        size=9.5,
        after=6,
    )
    d.para("Re: H-2B seasonal offer \u2014 Wrangler, summer 2026", size=10.5, style="B", after=4)
    d.para(
        "Dear Lindiwe, thank you for your video interview. We are happy to offer you a "
        "wrangler position for our 2026 season. These are the terms of our approved job "
        "order:",
        size=9.5,
        after=5,
    )
    d.grid(
        [
            ("Employer", "Absaroka Sky Guest Ranch LLC, 1460 North Fork Highway, Cody, WY 82414"),
            (
                "Job",
                "Wrangler (SOC 39-2021): saddle, feed and groom 60 horses; guide guests on trail "
                "rides; clean stalls and tack; collect trail-ride fees from day visitors and log "
                "them at the front office",
            ),
            ("Place", "Ranch barns and trails at 1460 North Fork Highway, Cody, Wyoming"),
            ("Season", "May 18 to September 27, 2026"),
            (
                "Hours",
                "40 hours a week, Tuesday to Saturday, 7:00 a.m. to 4:00 p.m. with a one-hour "
                "lunch",
            ),
            ("Pay", "$18.04 per hour"),
            ("Overtime", "$27.06 per hour for hours over 40 in a week"),
            (
                "Pay raises",
                "If the Department of Labor publishes a higher prevailing wage during "
                "your contract, we pay it from that date",
            ),
            ("Paydays", "Every other Friday"),
            ("Deductions", "Federal income tax, Social Security and Medicare only"),
            (
                "Meals and housing",
                "A staff cabin and three meals a day in the cookhouse, both free of charge",
            ),
            (
                "Travel",
                "We buy your flight from Johannesburg to Cody, or repay it in your first "
                "workweek, and we pay your flight home at the end of the season or if we let "
                "you go early for any reason",
            ),
            (
                "Tools and tack",
                "Saddles, tack, rain slickers and tools are provided free; no deposit",
            ),
            ("Pay slips", "An itemized statement of hours and pay with every paycheck"),
            (
                "Leaving or dismissal",
                "Five workdays absent without notice counts as abandonment; "
                "dismissal only for cause, in writing",
            ),
            ("Requirements", "Two seasons of experience guiding trail rides; able to shoe a horse"),
        ],
        widths=(24, 76),
        size=8.8,
        head=False,
        bold_first_col=True,
        lh=1.2,
        after=6,
    )
    d.para("Costs before you travel", size=10, style="B", after=2)
    d.para(CD09_VISA + " " + CD09_INS, size=9.5, after=6)
    d.para("We can't wait to ride with you. Sign below and e-mail a scan to us.", size=9.5, after=4)
    d.para("Jolene Whitcomb, Ranch Manager", size=9.5, style="I", after=0)
    d.sign_line("Accepted: Lindiwe Grace Nkosi", "Date", size=9, gap=22)
    d.output(path)

    keys = {
        1: ["Absaroka Sky Guest Ranch", "Costs before you travel", "May 18 to September 27, 2026"]
    }
    lab = label(
        "cd09.pdf",
        "h2b",
        "en",
        1,
        [
            fee("visa_cost", 1, CD09_VISA, 205, "USD"),
            fee("insurance_cost", 1, CD09_INS, 2400, "ZAR"),
        ],
        ["visa_reimbursement", "three_fourths_guarantee", "contract_impossibility"],
        [],
        [
            "'collect trail-ride fees from day visitors' is a job duty",
            "free staff cabin and cookhouse meals",
            "inbound flight bought or repaid in first workweek",
            "return flight paid",
            "saddles, tack and tools free, no deposit",
            "insurance broker is not a recruiter",
        ],
        "offer_letter",
        "one page; brown letterhead rule; borderless-heading gridded terms table (no header "
        "row); signature line",
    )
    return lab, set(), keys


# ==========================================================================
# cd10  H-2B cost disclosure form, Spanish, Guatemala -> Arkansas forestry
# ==========================================================================

CD10_MED = (
    "La persona trabajadora paga Q650 por el examen m\u00e9dico en la cl\u00ednica que "
    "indica la agencia."
)
CD10_FEE = (
    "La cuota de inscripci\u00f3n de Q2,500 se paga a la agencia en dos pagos de "
    "Q1,250: uno al firmar esta hoja y otro antes de la cita consular."
)
CD10_NOTE = (
    "Para asegurar que regrese a tiempo, la persona trabajadora firmar\u00e1 un "
    "pagar\u00e9 en blanco a favor de la agencia."
)


def cd10(path):
    d = Doc("dvsans", orientation="L", margin=44)
    d.ftr = std_footer(
        "Tierra de Cedros \u2014 Hoja de divulgaci\u00f3n TC-H2B-2026-057 \u2014 {n}/{nb}"
    )
    d.add_page()
    d.font(8.5, "")
    d.set_text_color(70, 70, 70)
    d.cell(
        d.epw,
        11,
        "Reclutamiento Laboral Tierra de Cedros, S.A. \u00b7 6a. Avenida 4-18 "
        "Zona 1, San Marcos, Guatemala \u00b7 Tel. 7760-5521",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.para(
        "HOJA DE INFORMACI\u00d3N Y DIVULGACI\u00d3N DE COSTOS \u2014 TEMPORADA DE "
        "REFORESTACI\u00d3N H-2B 2026",
        size=13,
        style="B",
        after=6,
    )
    d.para("A. Datos del empleo", size=10.5, style="B", after=3)
    d.grid(
        [
            (
                "Empresa",
                "Ouachita Pinelands Forestry Services, Inc., 2210 Highway 71 North, Mena, "
                "Arkansas 71953, EE. UU.",
                "Periodo",
                "Del 5 de enero al 15 de mayo de 2026",
            ),
            (
                "Puesto",
                "Trabajador forestal (SOC 45-4011): plantar pinos con barra plantadora, "
                "cargar bolsas de pl\u00e1ntulas, limpiar terreno con machete",
                "Horario",
                "40 horas a la semana, de lunes a viernes, 8 horas diarias",
            ),
            (
                "Lugar",
                "Terrenos de clientes en los condados de Polk y Scott (Arkansas) y LeFlore "
                "(Oklahoma)",
                "Salario",
                "16.21 d\u00f3lares por hora",
            ),
            (
                "Requisitos",
                "Mayor de 18 a\u00f1os; poder caminar en terreno inclinado cargando 40 "
                "libras de pl\u00e1ntulas",
                "Tiempo extra / pago",
                "24.32 d\u00f3lares por hora despu\u00e9s de 40 horas; pago semanal, cada viernes",
            ),
        ],
        widths=(12, 40, 14, 34),
        size=9,
        head=False,
        bold_first_col=False,
        after=8,
    )
    d.para("B. \u00bfQui\u00e9n paga cada costo?", size=10.5, style="B", after=3)
    d.grid(
        [
            ("Concepto", "Monto", "Qui\u00e9n paga", "Cu\u00e1ndo"),
            (
                "Cuota de visa (MRV)",
                "USD 205",
                "Empleador (se reembolsa en la primera semana)",
                "Cita consular",
            ),
            (
                "Viaje de ida (autob\u00fas y avi\u00f3n) y vi\u00e1ticos",
                "Seg\u00fan boleto",
                "Empleador",
                "Antes del viaje",
            ),
            (
                "Viaje de regreso a Guatemala",
                "Seg\u00fan boleto",
                "Empleador",
                "Al terminar la temporada",
            ),
            (
                "Barras plantadoras, bolsas y botas",
                "\u2014",
                "Empleador, sin dep\u00f3sito",
                "Al llegar",
            ),
            ("Examen m\u00e9dico", "Q650", "Trabajador", "Antes de la cita consular"),
            ("Cuota de inscripci\u00f3n", "Q2,500", "Trabajador", "En dos pagos"),
        ],
        widths=(34, 14, 32, 20),
        size=9,
        fill=(226, 220, 200),
        after=6,
    )

    d.add_page()
    d.para("C. Notas", size=10.5, style="B", after=3)
    d.para("1. " + CD10_MED, size=10)
    d.para("2. " + CD10_FEE, size=10)
    d.para("3. " + CD10_NOTE, size=10)
    d.para(
        "4. La cuota de la visa y el viaje los paga el empleador; si la persona trabajadora "
        "los adelanta, se le reembolsan en su primera semana de trabajo.",
        size=10,
    )
    d.para("5. El empleador entrega las herramientas sin costo.", size=10, after=10)
    d.para(
        "Declaro que recib\u00ed esta hoja en espa\u00f1ol, que me la explicaron y que me "
        "quedo con una copia.",
        size=10,
        after=4,
    )
    d.sign_line(
        "Por la agencia: Lic. Aura Marina Barrios Fuentes",
        "La persona trabajadora: nombre, firma y DPI",
    )
    d.output(path)

    keys = {
        1: [
            "HOJA DE INFORMACI\u00d3N Y DIVULGACI\u00d3N DE COSTOS",
            "Reclutamiento Laboral Tierra de Cedros, S.A.",
        ],
        2: ["C. Notas"],
    }
    lab = label(
        "cd10.pdf",
        "h2b",
        "es",
        2,
        [
            fee("medical_cost", 2, CD10_MED, 650, "GTQ"),
            fee("recruitment_fee", 2, CD10_FEE, 2500, "GTQ"),
            fee("deposit_or_bond", 2, CD10_NOTE),
        ],
        [
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        ["Reclutamiento Laboral Tierra de Cedros, S.A."],
        [
            "visa fee paid/reimbursed by employer (payee column)",
            "travel both ways paid by employer (payee column)",
            "planting bars, bags and boots free, no deposit",
        ],
        "disclosure_form",
        "landscape letter; agency line; four-column borderless-heading job grid; payee table "
        "Concepto | Monto | Qui\u00e9n paga | Cu\u00e1ndo; numbered notes on page 2",
    )
    return lab, set(), keys


# ==========================================================================
# cd11  generic employment contract, English, Philippines -> Canada  (compliant)
# ==========================================================================


def cd11(path):
    d = Doc("helvetica", fmt="A4", margin=52)
    d.ftr = std_footer(
        "Bow Crest Mountain Lodge Ltd. - Employment contract BCML-TFW-2026-014 - page {n} of {nb}"
    )
    d.add_page()
    d.set_fill_color(40, 60, 90)
    d.rect(d.l_margin, d.get_y(), d.epw, 4, style="F")
    d.set_fill_color(255, 255, 255)
    d.ln(10)
    d.para("EMPLOYMENT CONTRACT - TEMPORARY FOREIGN WORKER", size=14, style="B", after=1)
    d.para(
        "Position: Room Attendant - Bow Crest Mountain Lodge, Canmore, Alberta", size=10.5, after=8
    )
    d.grid(
        [
            ("Employer", "Employee"),
            (
                "Bow Crest Mountain Lodge Ltd.\n88 Benchlands Trail, Canmore, Alberta T1W 3G7, Canada",
                "Maricel Dizon Alcantara\n27 Mabini Street, Barangay Poblacion, Tarlac City, "
                "Philippines",
            ),
        ],
        widths=(50, 50),
        size=9.5,
        fill=(218, 226, 238),
    )
    clauses = [
        (
            "1. Position and duties.",
            "The Employee is employed as Room Attendant (NOC 65310): she "
            "cleans guest rooms and suites, changes linen, cleans bathrooms, replenishes supplies "
            "and keeps the lobby coffee bar tidy.",
        ),
        ("2. Place of work.", "Bow Crest Mountain Lodge, 88 Benchlands Trail, Canmore, Alberta."),
        ("3. Term.", "24 months, from 1 June 2026 to 31 May 2028."),
        (
            "4. Hours.",
            "40 hours per week, in five 8-hour shifts between 7:00 a.m. and 11:00 p.m., "
            "with two consecutive days off each week.",
        ),
        (
            "5. Wages.",
            "CAD 19.25 per hour. Overtime after 8 hours a day or 44 hours a week is "
            "paid at 1.5 times the hourly wage, as Alberta law requires.",
        ),
        (
            "6. Pay.",
            "Wages are paid every two weeks by direct deposit to the Employee's bank "
            "account, with a pay statement.",
        ),
        (
            "7. Deductions.",
            "Only deductions required by law are made: income tax, Canada Pension "
            "Plan contributions and Employment Insurance premiums.",
        ),
        (
            "8. Recruitment and travel costs.",
            "The Employer pays the LMIA fee, the work permit "
            "fee, the medical examination and the economy airfare from Manila to Calgary. Pinnacle "
            "Bridge Manpower Resources Inc. is paid by the Employer, and the Employee pays no "
            "placement fee or any other charge to it or to the Employer.",
        ),
        (
            "9. Return travel.",
            "At the end of the contract, or if the Employer ends it early, the "
            "Employer pays the economy airfare from Calgary to Manila.",
        ),
    ]
    for lead, text in clauses:
        d.lead_para(lead, text, size=10, after=4)

    d.add_page()
    clauses = [
        (
            "10. Accommodation.",
            "The Employer provides a shared room in its staff residence at "
            "92 Benchlands Trail, Canmore, free of charge.",
        ),
        ("11. Uniforms.", "Uniforms are supplied and laundered by the Employer at no cost."),
        (
            "12. Health coverage.",
            "The Employer pays for private health insurance until the "
            "Employee becomes eligible for the Alberta Health Care Insurance Plan.",
        ),
        (
            "13. Termination.",
            "Either party may end this contract with two weeks' written "
            "notice. The Employer may dismiss without notice only for just cause, as defined by "
            "the Alberta Employment Standards Code. The Employee may change employers as Canadian "
            "rules allow and pays no penalty for leaving.",
        ),
        ("14. Documents.", "The Employee keeps her own passport and work permit at all times."),
        (
            "15. Language.",
            "This contract was explained to the Employee in Filipino and she "
            "received a copy before signing.",
        ),
    ]
    for lead, text in clauses:
        d.lead_para(lead, text, size=10, after=4)
    d.ln(8)
    d.grid(
        [
            ("", "Name", "Signature", "Date"),
            ("Employer", "Glenna MacRae-Sison, General Manager", "", "3 March 2026"),
            ("Employee", "Maricel Dizon Alcantara", "", ""),
        ],
        widths=(16, 40, 26, 18),
        size=9.5,
        lh=2.2,
        fill=(218, 226, 238),
    )
    d.output(path)

    keys = {
        1: [
            "EMPLOYMENT CONTRACT - TEMPORARY FOREIGN WORKER",
            "Pinnacle Bridge Manpower Resources Inc.",
        ],
        2: ["13. Termination."],
    }
    lab = label(
        "cd11.pdf",
        "generic",
        "en",
        2,
        [],
        [],
        ["Pinnacle Bridge Manpower Resources Inc."],
        [
            "'lobby coffee bar' contains 'fee'",
            "direct deposit of wages (not a deposit)",
            "statutory CPP/EI deductions (not an insurance_cost finding)",
            "employer pays LMIA, permit, medical and airfare; no placement fee",
            "return airfare paid by employer",
            "free staff room",
            "uniforms free",
            "employer-paid private health insurance",
            "no penalty for leaving (negated breach penalty)",
            "employee keeps passport",
        ],
        "employment_contract",
        "A4; rule band; Employer | Employee parties table; numbered clauses with bold lead-ins; "
        "signature table",
    )
    return lab, set(), keys


# ==========================================================================
# cd12  generic informal agreement, Spanish, Guatemala -> Chiapas coffee finca
# ==========================================================================

CD12_FEE = (
    "Para apuntarse en la lista del corte, EL TRABAJADOR paga a EL CONTRATISTA Q300 "
    "(trescientos quetzales)."
)
CD12_LOAN = (
    "A quien lo pida, EL CONTRATISTA le presta hasta 2,000 pesos mexicanos para dejar "
    "a su familia, con un inter\u00e9s del 10 por ciento al mes, que se descuenta de cada "
    "quincena."
)
CD12_CARD = (
    "El caporal guarda la Tarjeta de Visitante Trabajador Fronterizo de cada trabajador "
    "mientras dure el corte."
)
CD12_MOVE = (
    "Los trabajadores no pueden salir de la finca entre semana; el domingo pueden bajar "
    "al pueblo solo con permiso del caporal."
)


def cd12(path):
    d = Doc("courier", margin=60)
    d.add_page()
    d.para("SERVICIOS LABORALES TACANA", size=12, style="B", align="C", after=0)
    d.para("Malacat\u00e1n, San Marcos, Guatemala", size=9.5, align="C", after=10)
    d.para("CONVENIO DE TRABAJO PARA EL CORTE DE CAFE", size=11.5, style="B", align="C", after=0)
    d.para("TEMPORADA 2026-2027", size=10, style="B", align="C", after=10)
    d.para(
        "En Malacat\u00e1n, San Marcos, a 12 de octubre de 2026, el se\u00f1or Efra\u00edn "
        "Roblero P\u00e9rez, en nombre de Servicios Laborales Tacan\u00e1 (EL CONTRATISTA), y "
        "el se\u00f1or Marvin Estuardo Fuentes Orozco, con DPI 2456 78901 1215 (EL TRABAJADOR), "
        "acuerdan lo siguiente:",
        size=9.5,
        lh=1.4,
    )
    items = [
        "EL TRABAJADOR trabajar\u00e1 en el corte de caf\u00e9 cereza, en la limpia de cafetales y "
        "en el acarreo de costales al beneficio, para la Finca Las Nubes, S.P.R. de R.L., "
        "carretera Cacahoat\u00e1n-Uni\u00f3n Ju\u00e1rez km 8, municipio de Cacahoat\u00e1n, "
        "Chiapas, M\u00e9xico.",
        "La temporada va del 2 de noviembre de 2026 al 29 de enero de 2027.",
        "El horario es de 6 de la ma\u00f1ana a 3 de la tarde, de lunes a s\u00e1bado.",
        "Se paga 45 pesos mexicanos por cada lata de caf\u00e9 cereza bien cortado, y el pago se "
        "hace cada quincena en la oficina de la finca.",
        "La finca da galera para dormir y tres tiempos de comida (tortillas, frijol y caf\u00e9) "
        "sin costo.",
        "La finca paga el pasaje de ida de Malacat\u00e1n a Cacahoat\u00e1n y hace sin costo el "
        "tr\u00e1mite de la Tarjeta de Visitante Trabajador Fronterizo.",
        CD12_FEE,
        CD12_LOAN,
        "Del pago de cada quincena solo se descuentan los abonos del pr\u00e9stamo del punto 8, "
        "cuando lo haya.",
        CD12_CARD,
        CD12_MOVE,
    ]
    for i, it in enumerate(items, 1):
        d.para(f"{i}.- {it}", size=9.5, lh=1.4, after=3)
    d.ln(4)
    d.para("Firman de conformidad en Malacat\u00e1n, San Marcos.", size=9.5, after=0)
    d.sign_line(
        "EL CONTRATISTA\nEfra\u00edn Roblero P\u00e9rez",
        "EL TRABAJADOR\nMarvin Estuardo Fuentes Orozco",
        size=9,
        gap=26,
    )
    d.thumb_box("Huella")
    d.output(path)

    keys = {1: ["CONVENIO DE TRABAJO PARA EL CORTE DE CAFE", "Finca Las Nubes, S.P.R. de R.L."]}
    lab = label(
        "cd12.pdf",
        "generic",
        "es",
        1,
        [
            fee("recruitment_fee", 1, CD12_FEE, 300, "GTQ"),
            fee("debt_bondage", 1, CD12_LOAN, 2000, "MXN"),
            fee("document_retention", 1, CD12_CARD),
            fee("movement_restriction", 1, CD12_MOVE),
        ],
        ["return_transportation", "termination"],
        ["Servicios Laborales Tacan\u00e1"],
        [
            "free galera and meals ('caf\u00e9' in the food list)",
            "outbound fare paid by the finca",
            "border worker card processed at no cost",
        ],
        "recruiter_agreement",
        "typewriter (Courier) informal agreement; centred heading; numbered items '1.-'; "
        "signature lines and fingerprint box",
    )
    return lab, set(), keys


# ==========================================================================
# Self-check
# ==========================================================================

TAXONOMY_FEES = {
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


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_texts(page):
    """Full-page text plus left/right half crops (for two-column sections)."""
    out = [norm(page.extract_text())]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        try:
            out.append(norm(page.crop(box).extract_text()))
        except Exception:  # pragma: no cover - crop should not fail
            pass
    return out


def check(out_dir, labels, scanned, keys):
    errors = []
    scanned_docs = [l["file"] for l in labels if l["scanned"]]
    if len(scanned_docs) != 1:
        errors.append(f"expected exactly one scanned document, got {scanned_docs}")
    for lab in labels:
        f = lab["file"]
        # label sanity
        for fe in lab["fees"]:
            if fe["category"] not in TAXONOMY_FEES:
                errors.append(f"{f}: unknown category {fe['category']}")
            if fe["severity"] not in ("violation", "review"):
                errors.append(f"{f}: bad severity {fe['severity']}")
            try:
                latin1(fe["quote"])
            except UnicodeEncodeError:
                errors.append(f"{f}: quote not latin-1: {fe['quote']!r}")
            if latin1(fe["quote"]) != fe["quote"]:
                errors.append(f"{f}: quote changes under core-font sanitising: {fe['quote']!r}")
        for t in lab["missing_terms"]:
            if t not in REQUIRED[lab["program"]]:
                errors.append(f"{f}: missing term {t} not required for {lab['program']}")
        if lab["scanned"] != bool(scanned[f]):
            errors.append(f"{f}: scanned flag disagrees with build")

        path = os.path.join(out_dir, f)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{f}: {n} pages, label says {lab['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, 1):
                if i in scanned[f]:
                    if page.chars or norm(page.extract_text()):
                        errors.append(f"{f} p{i}: scanned page has a text layer")
                    if not page.images:
                        errors.append(f"{f} p{i}: scanned page has no image")
                    texts[i] = []
                    continue
                texts[i] = page_texts(page)
                if len(texts[i][0]) < 150:
                    errors.append(f"{f} p{i}: too little extractable text")
                for k in keys[f].get(i, []):
                    if norm(k) not in texts[i][0]:
                        errors.append(f"{f} p{i}: key phrase not found: {k!r}")
            for fe in lab["fees"]:
                q = norm(fe["quote"])
                if fe["page"] in scanned[f]:
                    errors.append(f"{f}: fee quote placed on the scanned page")
                if not any(q in t for t in texts.get(fe["page"], [])):
                    errors.append(f"{f} p{fe['page']}: fee quote not extractable: {fe['quote']!r}")
                if fe["amount"] is not None and fe["currency"] is None:
                    errors.append(f"{f}: amount without currency")
            alltext = " ".join(t[0] for t in texts.values() if t)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{f}: recruiter not found verbatim: {r!r}")
    return errors


DOCS = [cd01, cd02, cd03, cd04, cd05, cd06, cd07, cd08, cd09, cd10, cd11, cd12]


def main(argv):
    if len(argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels, scanned, keys = [], {}, {}
    for fn in DOCS:
        name = fn.__name__ + ".pdf"
        lab, scan_pages, k = fn(os.path.join(out_dir, name))
        assert lab["file"] == name
        labels.append(lab)
        scanned[name] = scan_pages
        keys[name] = k
    text = json.dumps(labels, ensure_ascii=False, indent=1)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)

    errors = check(out_dir, labels, scanned, keys)
    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed) and os.path.abspath(committed) != os.path.abspath(
        os.path.join(out_dir, "labels.json")
    ):
        with open(committed, encoding="utf-8") as fh:
            if fh.read() != text:
                errors.append("labels.json differs from the committed copy next to build.py")
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        return 1
    print(f"ok: {len(labels)} documents and labels.json written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
