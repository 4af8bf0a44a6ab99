#!/usr/bin/env python3
"""heldout_cq: blind held-out batch of 12 recruitment documents (cq01.pdf ... cq12.pdf).

Usage:
    python build.py OUT_DIR [--write-labels]

Writes the 12 PDFs and labels.json into OUT_DIR (deterministic: fixed creation date,
fixed seeds), reopens every PDF with pdfplumber and checks the labels against the
text (page counts, fee quotes on their pages, recruiter names, term evidence, the
image-only scanned page, the batch mix), then compares the generated labels with the
committed labels.json next to this file.  Exit status 1 on any failed check or
difference.  --write-labels rewrites the committed labels.json (only if all checks pass).

Self-contained: needs fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts in
/usr/share/fonts/truetype/dejavu/.  Every firm, agency, person, address and phone
number in these documents is invented.
"""

import argparse
import datetime
import io
import json
import math
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime.datetime(2025, 5, 12, 9, 30, 0, tzinfo=datetime.UTC)

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
_R = {  # term: programs where it is required
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
REQUIRED = {p: [t for t in TERM_ORDER if p in _R[t].split()] for p in ("h2a", "h2b", "generic")}
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
CURRENCIES = {"USD", "MXN", "PHP", "GTQ", "JMD", "TWD", "HNL", "EUR", "QAR", "NPR"}


def severity(category, program, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def F(category, page, quote, amount=None, currency=None, passport_only=False):
    return {
        "category": category,
        "page": page,
        "quote": quote,
        "amount": amount,
        "currency": currency,
        "passport_only": passport_only,
    }


# --------------------------------------------------------------------------------------
# PDF helpers (fpdf2, points)
# --------------------------------------------------------------------------------------
PAGE_SIZES = {"letter": (612, 792), "a4": (595.28, 841.89), "legal": (612, 1008)}


class Doc(FPDF):
    def __init__(self, fmt="letter", margins=(54, 54, 54), bottom=60, title="", author=""):
        size = PAGE_SIZES.get(fmt, fmt)
        super().__init__(unit="pt", format=size)
        self.set_creation_date(CREATED)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout_cq build.py")
        self._loaded = set()
        self.hdr = None
        self.ftr = None
        self.plain_pages = set()
        self.set_font("sans", "", 10)

    FONT_FILES = {
        "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
        "serif": (
            "DejaVuSerif",
            "DejaVuSerif-Bold",
            "DejaVuSerif-Italic",
            "DejaVuSerif-BoldItalic",
        ),
        "mono": (
            "DejaVuSansMono",
            "DejaVuSansMono-Bold",
            "DejaVuSansMono-Oblique",
            "DejaVuSansMono-BoldOblique",
        ),
    }

    def set_font(self, family=None, style="", size=0):
        """Load a DejaVu face the first time it is used (keeps the build fast)."""
        if family:
            sty = style if isinstance(style, str) else style.style
            st = "".join(sorted(sty.upper().replace("U", "").replace("S", "")))
            st = {"": "", "B": "B", "I": "I", "BI": "BI"}[st]
            key = (family, st)
            if key not in self._loaded:
                fn = self.FONT_FILES[family][("", "B", "I", "BI").index(st)]
                self.add_font(family, st, FONT_DIR + fn + ".ttf")
                self._loaded.add(key)
        super().set_font(family, style, size)

    def header(self):
        if self.hdr and self.page not in self.plain_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page not in self.plain_pages:
            self.ftr(self)


def P(
    pdf,
    text,
    size=10,
    style="",
    font="sans",
    lh=None,
    align="L",
    w=0,
    color=(0, 0, 0),
    after=5,
    markdown=False,
    x=None,
):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(
        w, lh or size * 1.32, text, align=align, markdown=markdown, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def H(pdf, text, size=11, font="sans", color=(0, 0, 0), before=3, after=3, align="L"):
    if before:
        pdf.ln(before)
    P(pdf, text, size=size, style="B", font=font, color=color, after=after, align=align)


def lines_of(pdf, w, text, lh=12):
    if not text:
        return [""]
    return pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")


def checkbox(pdf, x, y, s=8.0, checked=False, lw=0.7):
    pdf.set_line_width(lw)
    pdf.rect(x, y, s, s)
    if checked:
        pdf.set_line_width(1.1)
        pdf.line(x + 1.6, y + 1.6, x + s - 1.6, y + s - 1.6)
        pdf.line(x + 1.6, y + s - 1.6, x + s - 1.6, y + 1.6)
    pdf.set_line_width(0.5)


def grid(
    pdf,
    rows,
    widths,
    x=None,
    size=9,
    lh=None,
    font="sans",
    pad=3.5,
    header_rows=1,
    head_fill=(222, 228, 236),
    bold_cols=(),
    border=True,
    aligns=None,
    hook=None,
    zebra=None,
    head_color=(0, 0, 0),
    italic_cols=(),
    col_colors=None,
):
    """Gridded table drawn cell by cell; rows of strings; returns final y."""
    x = pdf.l_margin if x is None else x
    lh = lh or size * 1.3
    y = pdf.get_y()
    pdf.set_line_width(0.5)
    for ri, row in enumerate(rows):
        is_head = ri < header_rows
        prepared = []
        for ci, (txt, w) in enumerate(zip(row, widths)):
            style = "B" if (is_head or ci in bold_cols) else ("I" if ci in italic_cols else "")
            pdf.set_font(font, style, size)
            prepared.append((style, lines_of(pdf, w - 2 * pad, txt, lh)))
        h = max(len(ls) for _, ls in prepared) * lh + 2 * pad
        if y + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        cx = x
        for ci, ((style, ls), w) in enumerate(zip(prepared, widths)):
            if is_head and head_fill:
                pdf.set_fill_color(*head_fill)
                pdf.rect(cx, y, w, h, style="F")
            elif zebra and ri % 2 == 0:
                pdf.set_fill_color(*zebra)
                pdf.rect(cx, y, w, h, style="F")
            if border:
                pdf.rect(cx, y, w, h)
            pdf.set_font(font, style, size)
            if is_head:
                pdf.set_text_color(*head_color)
            elif col_colors and ci in col_colors:
                pdf.set_text_color(*col_colors[ci])
            al = aligns[ci] if aligns else "L"
            for li, line in enumerate(ls):
                pdf.set_xy(cx + pad, y + pad + li * lh)
                pdf.cell(w - 2 * pad, lh, line, align=al)
            pdf.set_text_color(0, 0, 0)
            if hook:
                hook(pdf, ri, ci, cx, y, w, h)
            cx += w
        y += h
    pdf.set_xy(pdf.l_margin, y)
    return y


def flow(pdf, blocks, cols, top, bottom, new_page, top_next=None, balance=False, whole=False):
    """Flow blocks (dicts: text, font, style, size, lh, after, color, keep) through columns line by
    line.  bottom: number or function(page_no); new_page() adds a page and returns its top y
    (must equal top_next).  balance=True evens out the columns on the last page; whole=True never splits a paragraph.
    Returns (column index where the text ended, lowest text bottom on the last page)."""
    bot = bottom if callable(bottom) else (lambda _p, _b=bottom: _b)
    top_next = top if top_next is None else top_next
    start = pdf.page
    items = []
    for b in blocks:
        font, style, size = b.get("font", "sans"), b.get("style", ""), b.get("size", 9.5)
        lh = b.get("lh", size * 1.3)
        pdf.set_font(font, style, size)
        items.append((b, lines_of(pdf, cols[0][1], b["text"], lh), lh))

    def simulate(last_bottom=None, last_pg=None):
        pg, ci, y = 0, 0, top
        pos = []

        def b_of(pgi):
            if last_bottom is not None and pgi == last_pg:
                return min(last_bottom, bot(start + pgi))
            return bot(start + pgi)

        def adv(pg, ci):
            ci += 1
            if ci == len(cols):
                return pg + 1, 0, top_next
            return pg, ci, (top if pg == 0 else top_next)

        for j, (b, ls, lh) in enumerate(items):
            need = lh * 3 if b.get("keep") else lh
            if whole and not b.get("keep"):
                need = lh * len(ls)
            if whole and b.get("keep") and j + 1 < len(items):
                nb, nls, nlh = items[j + 1]
                need = lh * len(ls) + b.get("after", 4) + nlh * len(nls)
            if y + need > b_of(pg):
                pg, ci, y = adv(pg, ci)
            for _ in ls:
                if y + lh > b_of(pg):
                    pg, ci, y = adv(pg, ci)
                pos.append((pg, ci, y))
                y += lh
            y += b.get("after", 4)
        return pos, (pg, ci, y)

    pos, end = simulate()
    if balance:
        last = end[0]
        first_y = top if last == 0 else top_next
        cand = first_y + 20
        while cand < bot(start + last):
            p2, e2 = simulate(cand, last)
            if e2[0] == last:
                pos, end = p2, e2
                break
            cand += 2
    k = 0
    cur = 0
    ymax = 0
    for b, ls, lh in items:
        for line in ls:
            pg, ci, y = pos[k]
            k += 1
            while cur < pg:
                t = new_page()
                assert abs(t - top_next) < 0.01, (t, top_next)
                cur += 1
            x, w = cols[ci]
            pdf.set_font(b.get("font", "sans"), b.get("style", ""), b.get("size", 9.5))
            pdf.set_text_color(*b.get("color", (0, 0, 0)))
            pdf.set_xy(x, y)
            pdf.cell(w, lh, line)
            if pg == end[0]:
                ymax = max(ymax, y + lh)
    pdf.set_text_color(0, 0, 0)
    return end[1], ymax


def sig_line(pdf, x, y, w, label, size=8):
    apb = pdf.auto_page_break
    pdf.set_auto_page_break(False)
    pdf.set_line_width(0.6)
    pdf.line(x, y, x + w, y)
    pdf.set_font("sans", "", size)
    pdf.set_xy(x, y + 2)
    pdf.multi_cell(w, size * 1.25, label, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(apb, pdf.b_margin)


def band(pdf, left, right, color, h=40, size=11):
    pdf.set_fill_color(*color)
    pdf.rect(0, 0, pdf.w, h, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", size)
    pdf.set_xy(pdf.l_margin, h / 2 - 7)
    pdf.cell(330, 14, left)
    pdf.set_font("sans", "", 8.5)
    pdf.set_xy(pdf.w - pdf.r_margin - 230, h / 2 - 7)
    pdf.cell(230, 14, right, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(h + 18)


def footer_line(pdf, text, size=7.5, rule=True):
    y = pdf.h - 38
    if rule:
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.4)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_font("sans", "", size)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(pdf.l_margin, y + 4)
    pdf.cell(pdf.w - pdf.l_margin - pdf.r_margin, 10, text, align="C")
    pdf.set_text_color(0, 0, 0)


def footnote(pdf, text, size=7.2, y=None):
    """Footnote above the running footer, with a short rule."""
    apb = pdf.auto_page_break
    pdf.set_auto_page_break(False)
    pdf.set_font("sans", "", size)
    ls = lines_of(pdf, pdf.w - pdf.l_margin - pdf.r_margin, text, size * 1.3)
    y = y if y is not None else pdf.h - 50 - len(ls) * size * 1.3
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, y - 3, pdf.l_margin + 120, y - 3)
    for i, line in enumerate(ls):
        pdf.set_xy(pdf.l_margin, y + i * size * 1.3)
        pdf.cell(0, size * 1.3, line)
    pdf.set_auto_page_break(apb, pdf.b_margin)
    return y


# --------------------------------------------------------------------------------------
# scanned page (Pillow): text rendered at 200 dpi, rotated, blurred, noisy; image only
# --------------------------------------------------------------------------------------
def scan_image(blocks, page_pt, seed, dpi=200, angle=0.65):
    wpx, hpx = int(round(page_pt[0] / 72 * dpi)), int(round(page_pt[1] / 72 * dpi))
    img = Image.new("L", (wpx, hpx), 255)
    d = ImageDraw.Draw(img)
    rng = np.random.default_rng(seed)
    margin = int(1.0 * dpi)
    y = int(0.9 * dpi)

    def font(name, pt):
        return ImageFont.truetype(FONT_DIR + name + ".ttf", int(round(pt / 72 * dpi)))

    for b in blocks:
        kind = b[0]
        if kind == "text":
            _, txt, fname, pt, align, ink = b
            f = font(fname, pt)
            maxw = wpx - 2 * margin
            words, line, out = txt.split(), "", []
            for wd in words:
                t = (line + " " + wd).strip()
                if d.textlength(t, font=f) <= maxw:
                    line = t
                else:
                    out.append(line)
                    line = wd
            out.append(line)
            for ln in out:
                tw = d.textlength(ln, font=f)
                x = margin if align == "L" else (wpx - tw) // 2
                d.text((x, y), ln, font=f, fill=ink)
                y += int(pt / 72 * dpi * 1.45)
            y += int(pt / 72 * dpi * 0.5)
        elif kind == "gap":
            y += int(b[1] / 72 * dpi)
        elif kind == "rule":
            d.line((margin, y, wpx - margin, y), fill=60, width=3)
            y += int(0.12 * dpi)
        elif kind == "sign":  # label, handwritten name (or None), scribble seed
            _, label, hand = b
            f = font("DejaVuSans", 10)
            d.text((margin, y), label, font=f, fill=25)
            lx = margin + int(d.textlength(label, font=f)) + 20
            base = y + int(0.17 * dpi)
            d.line((lx, base, lx + int(3.3 * dpi), base), fill=70, width=2)
            if hand:
                fh = font("DejaVuSerif-Italic", 13)
                d.text((lx + 30, base - int(0.24 * dpi)), hand, font=fh, fill=70)
            else:  # scribble signature
                pts = []
                x0 = lx + 40
                ph, amp = rng.random() * 6, 30.0
                for k in range(160):
                    t = k / 159.0
                    amp = max(8.0, amp + rng.normal(0, 2.5))
                    xx = x0 + t * 560 + 18 * math.sin(t * 37 + ph)
                    yy = (
                        base
                        - 20
                        - amp * math.sin(t * 23 + ph) * (1 - 0.6 * t)
                        + 6 * math.sin(t * 5)
                    )
                    pts.append((int(xx), int(yy)))
                d.line(pts, fill=45, width=3, joint="curve")
                d.line((x0 + 60, base - 4, x0 + 520, base - 14), fill=60, width=2)
            y += int(0.45 * dpi)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    arr = np.asarray(img).astype(np.float32)
    arr = arr * 0.93 + 10  # greyish paper, lifted blacks
    arr += rng.normal(0.0, 7.0, arr.shape)
    specks = rng.random(arr.shape) < 0.0009
    arr[specks] = rng.integers(40, 140, int(specks.sum()))
    # darker scanner edge on the left
    ramp = np.clip(np.linspace(-40, 0, 60), -40, 0)
    arr[:, :60] += ramp[None, :]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(arr, "L").save(out, format="JPEG", quality=80, dpi=(dpi, dpi))
    return out.getvalue()


def add_scanned_page(pdf, jpeg_bytes):
    pdf.plain_pages.add(pdf.page + 1)
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg_bytes), x=0, y=0, w=pdf.w, h=pdf.h)


# ======================================================================================
# cq01: H-2A job order, English, compliant (tree fruit, Washington)
# ======================================================================================
def doc_cq01():
    pdf = Doc(
        "letter",
        title="Job Order and Work Contract - Tree Fruit Harvest 2025",
        author="Hollister Creek Orchards LLC",
    )
    green = (34, 84, 61)
    pdf.hdr = lambda p: band(
        p, "HOLLISTER CREEK ORCHARDS LLC", "H-2A Agricultural Job Order", green
    )
    pdf.ftr = lambda p: footer_line(
        p,
        f"Job Order No. JO-WA-25-0317  \u00b7  Hollister Creek Orchards LLC  \u00b7  Page {p.page_no()} of {{nb}}",
    )
    ev = {}
    pdf.add_page()
    P(
        pdf,
        "Job Order and Work Contract \u2014 Tree Fruit Harvest 2025",
        size=15,
        style="B",
        after=4,
    )
    P(
        pdf,
        "This job order is the work contract between Hollister Creek Orchards LLC (the employer) and "
        "every worker hired under it, including H-2A workers and U.S. workers in corresponding "
        "employment. A Spanish copy is handed to each worker before the consular interview.",
        size=9.5,
        align="J",
        after=6,
    )
    emp = "Hollister Creek Orchards LLC, 4180 Benton Ferry Road, Wenatchee, Washington 98801"
    P(
        pdf,
        f"Employer: {emp}  \u00b7  Telephone (509) 555-0143  \u00b7  FEIN 91-2750418",
        size=9.5,
        style="B",
        after=8,
    )
    ev["employer_identity"] = (1, emp)
    rows = [
        ("Item", "Offer"),
        ("Job title", "Farmworker, tree fruit"),
        (
            "Duties",
            "Hand-pick apples and pears into bins from orchard ladders, thin fruitlets, prune "
            "and tie young trees, move irrigation pipe and keep the rows clear.",
        ),
        (
            "Worksites",
            "Home orchard at 4180 Benton Ferry Road, Wenatchee, WA (Chelan County), and the "
            "Malott Bench block, 2265 Dry Gulch Spur Road, Malott, WA (Okanogan County)",
        ),
        ("Contract period", "June 2, 2025 through November 14, 2025"),
        (
            "Hours",
            "40 hours per week, Monday through Saturday; usual day 6:00 a.m. to 2:30 p.m. with a "
            "30-minute meal break",
        ),
        (
            "Wage",
            "$19.82 per hour\u00b9, or $28.00 per bin of apples (about 1,000 lb) when the piece rate "
            "pays more; pay is never less than the hourly rate",
        ),
        ("Payday", "Weekly, every Friday, by check or pay card at the worker's choice"),
        ("Workers needed", "46"),
        (
            "Requirements",
            "Three months of experience hand-harvesting tree fruit in the last two years; "
            "able to climb a 12-foot ladder and carry a full picking bag (about 40 lb)",
        ),
    ]
    grid(pdf, rows, (118, 386), size=9.2, bold_cols=(0,), head_fill=(214, 230, 220))
    ev["job_duties"] = (1, "Hand-pick apples and pears into bins from orchard ladders")
    ev["work_location"] = (
        1,
        "Home orchard at 4180 Benton Ferry Road, Wenatchee, WA (Chelan County)",
    )
    ev["employment_period"] = (1, "June 2, 2025 through November 14, 2025")
    ev["hours_of_work"] = (1, "40 hours per week, Monday through Saturday")
    ev["wage_rate"] = (1, "$19.82 per hour")
    ev["pay_frequency"] = (1, "Weekly, every Friday")
    ev["job_requirements"] = (1, "Three months of experience hand-harvesting tree fruit")
    pdf.ln(10)
    H(pdf, "1. Wage rate and adjustments", size=10.5)
    adj = "If any of these rates is raised during the contract, the higher rate will be paid from the date it takes effect."
    P(
        pdf,
        "The employer will pay at least the highest of the Adverse Effect Wage Rate, the prevailing "
        "hourly or piece rate, the agreed collective bargaining rate, or the federal or state minimum "
        "wage. "
        + adj
        + " Piece-rate earnings are topped up to the hourly rate in any pay period in "
        "which they fall short.",
        size=9.5,
        align="J",
    )
    ev["wage_adjustment"] = (1, "the higher rate will be paid from the date it takes effect")
    footnote(
        pdf,
        "\u00b9 Adverse Effect Wage Rate for Washington for 2025, as published by the U.S. "
        "Department of Labor.",
    )

    pdf.add_page()
    H(pdf, "2. Three-fourths guarantee", size=10.5, before=0)
    P(
        pdf,
        "The employer guarantees each worker employment for a total number of work hours equal to at "
        "least three-fourths of the workdays of the contract period, counting from the worker's first "
        "workday. If the worker is offered fewer hours, the employer pays what the worker would have "
        "earned for the guaranteed hours. Hours offered that the worker chose not to work count toward "
        "the guarantee.",
        size=9.5,
        align="J",
    )
    ev["three_fourths_guarantee"] = (
        2,
        "at least three-fourths of the workdays of the contract period",
    )
    H(pdf, "3. Housing", size=10.5)
    P(
        pdf,
        "Housing is provided free of charge to every worker who cannot reasonably return to a permanent "
        "home each day. It is located at the Hollister Creek Labor Camp, 4202 Benton Ferry Road, "
        "Wenatchee, and is inspected before occupancy. No deposit is taken for beds, bedding, keys or any "
        "other housing item, and workers are not charged for water, electricity or propane.",
        size=9.5,
        align="J",
    )
    ev["housing"] = (2, "Housing is provided free of charge")
    H(pdf, "4. Meals", size=10.5)
    P(
        pdf,
        "Each cabin block has a shared kitchen with stoves, refrigerators, cookware and utensils that "
        "workers may use free of charge.\u00b2 A cook hired by the camp also offers an optional plan of "
        "three meals a day for $14.00 per day, which is below the maximum meal charge published by the "
        "Department of Labor for 2025; joining is voluntary and may be cancelled with one week's notice.",
        size=9.5,
        align="J",
    )
    ev["meals"] = (
        2,
        "shared kitchen with stoves, refrigerators, cookware and utensils that workers may use free of charge",
    )
    H(pdf, "5. Transportation and visas", size=10.5)
    P(
        pdf,
        "(a) Inbound. The employer buys each worker's bus ticket from Monterrey, Nuevo Le\u00f3n, to "
        "Wenatchee and pays daily subsistence of $16.36 for every day of travel; nothing for this trip is "
        "charged back to the worker.",
        size=9.5,
        align="J",
        after=3,
    )
    ev["inbound_transportation"] = (2, "The employer buys each worker's bus ticket from Monterrey")
    P(
        pdf,
        "(b) Visa. The consular visa fee and the border-crossing fee are paid by the employer directly, "
        "so workers do not have to wait for a reimbursement.",
        size=9.5,
        align="J",
        after=3,
    )
    P(
        pdf,
        "(c) Return. A worker who completes the contract period, or whose contract ends early for reasons "
        "other than voluntary abandonment or dismissal for cause, will be provided return transportation "
        "and daily subsistence to Monterrey at the employer's expense.",
        size=9.5,
        align="J",
        after=3,
    )
    ev["return_transportation"] = (
        2,
        "will be provided return transportation and daily subsistence to Monterrey at the employer's expense",
    )
    P(
        pdf,
        "(d) Daily. Daily transportation between the labor camp and every worksite is provided free of "
        "charge in employer vans driven by licensed drivers.",
        size=9.5,
        align="J",
    )
    ev["daily_transportation"] = (
        2,
        "Daily transportation between the labor camp and every worksite is provided free of charge",
    )
    H(pdf, "6. Tools and equipment", size=10.5)
    P(
        pdf,
        "Ladders, picking bags, bins, pruning shears, gloves, rain gear and all other tools and supplies "
        "needed for the work are provided by the employer without charge and without any deposit.",
        size=9.5,
        align="J",
    )
    ev["tools_provided"] = (2, "provided by the employer without charge and without any deposit")
    H(pdf, "7. Workers' compensation", size=10.5)
    P(
        pdf,
        "All workers are covered by workers' compensation insurance (account 611-204-87) for injury or "
        "illness arising out of the job. The employer pays the entire premium.",
        size=9.5,
        align="J",
    )
    ev["workers_compensation"] = (2, "covered by workers' compensation insurance")
    footnote(
        pdf,
        "\u00b2 The kitchens are open from 4:00 a.m. to 10:00 p.m.; each worker gets a lockable "
        "food cabinet.",
    )

    pdf.add_page()
    H(pdf, "8. Deductions", size=10.5, before=0)
    P(
        pdf,
        "The employer will make only these deductions: federal income tax withholding, and only if the "
        "worker asks for it on Form W-4; any deduction required by a court order; and any deduction the "
        "worker voluntarily authorizes in writing, such as money transfers to family in Mexico. No "
        "deduction is made for housing, daily transportation, tools or recruitment.",
        size=9.5,
        align="J",
    )
    ev["deductions"] = (
        3,
        "The employer will make only these deductions: federal income tax withholding",
    )
    H(pdf, "9. Earnings statements", size=10.5)
    P(
        pdf,
        "On each payday the worker receives a written statement showing the hours of work offered and "
        "actually worked, the hourly and piece rates, the units picked, total earnings, each deduction "
        "and net pay, and the employer's name, address and FEIN.",
        size=9.5,
        align="J",
    )
    ev["earnings_statements"] = (
        3,
        "the worker receives a written statement showing the hours of work offered",
    )
    H(pdf, "10. Abandonment and termination", size=10.5)
    P(
        pdf,
        "A worker who fails to report for work for five consecutive working days without the employer's "
        "consent will be considered to have abandoned the job, and the employer will notify the "
        "Department of Labor and the Department of Homeland Security in writing within two working days. "
        "A worker who abandons the job or is dismissed for cause after a written warning loses the "
        "three-fourths guarantee and the paid return trip.",
        size=9.5,
        align="J",
    )
    ev["termination"] = (3, "fails to report for work for five consecutive working days")
    H(pdf, "11. If the work becomes impossible", size=10.5)
    P(
        pdf,
        "If hail, fire, flood, a freeze or another event beyond the employer's control makes it "
        "impossible to continue the work, and the Certifying Officer agrees, the employer may end this "
        "contract early. The employer then pays the three-fourths guarantee for the period up to the "
        "termination date, provides or pays return transportation and subsistence, and makes reasonable "
        "efforts to transfer the worker to other H-2A work.",
        size=9.5,
        align="J",
    )
    ev["contract_impossibility"] = (3, "makes it impossible to continue the work")
    H(pdf, "12. Recruitment", size=10.5)
    P(
        pdf,
        "Workers in Mexico are recruited by Cordillera Labor Link, S.C., of Saltillo, Coahuila. The "
        "employer pays all of its charges, and its contract with the employer forbids it, its agents and "
        "any sub-recruiter to receive money, gifts or favors from workers. If anyone asks you to pay "
        "anything to obtain this job, call the employer at (509) 555-0172.",
        size=9.5,
        align="J",
    )
    H(pdf, "13. Workers' rights", size=10.5)
    P(
        pdf,
        "Workers keep their own passports, visas and identity cards at all times. No worker will be "
        "blacklisted, threatened or refused future employment for filing a complaint, speaking with a "
        "lawyer or joining a union.",
        size=9.5,
        align="J",
        after=26,
    )
    y = pdf.get_y() + 18
    sig_line(
        pdf, 54, y, 220, "Dolores Kittredge, Orchard Manager, for the employer\nDate: March 4, 2025"
    )
    sig_line(pdf, 330, y, 228, "Worker (signature and printed name)\nDate:")
    return dict(
        pdf=pdf,
        program="h2a",
        language="en",
        doc_type="job_order",
        layout="letter; colored header band and running footer (page x of 3); gridded key-terms table; "
        "numbered sections; footnotes; signature lines",
        corridor="MX \u2192 US (Washington)",
        title="H-2A job order, tree-fruit harvest",
        fees=[],
        evidence=ev,
        recruiters=["Cordillera Labor Link, S.C."],
        traps=[
            "employer pays consular visa and border-crossing fees directly",
            "inbound bus ticket bought by employer; nothing charged back",
            "optional meal plan at $14.00/day below the DOL cap (lawful h2a meal charge)",
            "no deposit for beds, bedding or keys; utilities not charged",
            "tools, ladders and rain gear free, no deposit",
            "workers' compensation premium paid entirely by employer",
            "only deductions: income tax on request, court order, voluntary written authorization",
            "recruiter's charges paid by employer; recruiter forbidden to take money from workers",
            "workers keep their passports (negated retention)",
            "no blacklisting for complaints (negated)",
        ],
    )


# ======================================================================================
# cq02: recruiter agreement for H-2A, Spanish (Guanajuato -> Georgia)
# ======================================================================================
def doc_cq02():
    pdf = Doc(
        "letter", title="Convenio de servicios de reclutamiento", author="Enlace Agricola del Bajio"
    )

    def hdr(p):
        p.set_fill_color(120, 40, 30)
        p.rect(54, 30, 34, 34, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("serif", "B", 15)
        p.set_xy(54, 38)
        p.cell(34, 18, "EA", align="C")
        p.set_text_color(120, 40, 30)
        p.set_font("serif", "B", 13)
        p.set_xy(96, 30)
        p.cell(400, 16, "ENLACE AGR\u00cdCOLA DEL BAJ\u00cdO, S.C.")
        p.set_text_color(70, 70, 70)
        p.set_font("sans", "", 7.8)
        p.set_xy(96, 46)
        p.cell(460, 9, "Reclutamiento de personal para programas de trabajo temporal")
        p.set_xy(96, 55)
        p.cell(
            460,
            9,
            "Av. Insurgentes 1417, Col. Las Huertas, Irapuato, Gto. \u00b7 Tel. 462 555 0187",
        )
        p.set_draw_color(120, 40, 30)
        p.set_line_width(1.2)
        p.line(54, 71, p.w - 54, 71)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(84)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(
        p, f"Convenio EAB-H2A-2025-113  \u2014  P\u00e1gina {p.page_no()} de {{nb}}"
    )
    ev = {}
    fees = []
    pdf.add_page()
    P(
        pdf,
        "CONVENIO DE SERVICIOS DE RECLUTAMIENTO",
        size=13,
        style="B",
        font="serif",
        align="C",
        after=6,
    )
    P(
        pdf,
        "En Irapuato, Guanajuato, a 3 de marzo de 2025, celebran el presente convenio, por una parte, "
        "Enlace Agr\u00edcola del Baj\u00edo, S.C., representada por su gerente, la Lic. Araceli Monroy Tapia, a "
        "quien en lo sucesivo se le llamar\u00e1 \u00abLA AGENCIA\u00bb, y por la otra el C. Joaqu\u00edn "
        "Renter\u00eda Valdez, a quien se le llamar\u00e1 \u00abEL ASPIRANTE\u00bb, al tenor de las siguientes "
        "declaraciones y cl\u00e1usulas.",
        size=9.6,
        font="serif",
        align="J",
    )
    H(pdf, "DECLARACIONES", size=10, font="serif")
    emp = "Satilla Blue Farms, LLC, con domicilio en 2716 Pine Barren Road, Alma, Georgia 31510"
    P(
        pdf,
        f"I. LA AGENCIA declara que fue contratada por {emp}, Estados Unidos, para reclutar "
        "trabajadores agr\u00edcolas temporales con visa H-2A.",
        size=9.6,
        font="serif",
        align="J",
        after=3,
    )
    ev["employer_identity"] = (1, emp)
    P(
        pdf,
        "II. EL ASPIRANTE declara ser mayor de edad, contar con pasaporte vigente y tener al menos tres "
        "meses de experiencia en la cosecha manual de frutillas.",
        size=9.6,
        font="serif",
        align="J",
    )
    ev["job_requirements"] = (
        1,
        "tener al menos tres meses de experiencia en la cosecha manual de frutillas",
    )
    H(
        pdf,
        "CONDICIONES DEL EMPLEO (seg\u00fan la orden de trabajo del empleador)",
        size=10,
        font="serif",
    )
    rows = [
        ("Concepto", "Condici\u00f3n"),
        (
            "Puesto",
            "Trabajador agr\u00edcola: cosecha manual de ar\u00e1ndano, deshierbe y acomodo de cajas en el campo",
        ),
        ("Lugar de trabajo", "Campos de Satilla Blue Farms en Alma y Baxley, Georgia"),
        ("Periodo", "Del 14 de abril al 27 de junio de 2025"),
        ("Jornada", "36 horas por semana como m\u00ednimo, de lunes a s\u00e1bado"),
        ("Salario", "$14.68 d\u00f3lares por hora"),
        ("D\u00eda de pago", "Cada semana, los jueves"),
        (
            "Vivienda",
            "Gratuita, en la casa de trabajadores del rancho, 2740 Pine Barren Road, Alma",
        ),
        ("Transporte diario", "Gratuito, en camionetas del empleador, de la vivienda al campo"),
        ("Herramientas", "Las proporciona el empleador sin costo"),
    ]
    grid(pdf, rows, (120, 384), size=9, font="serif", bold_cols=(0,), head_fill=(240, 226, 220))
    ev["job_duties"] = (
        1,
        "cosecha manual de ar\u00e1ndano, deshierbe y acomodo de cajas en el campo",
    )
    ev["work_location"] = (1, "Campos de Satilla Blue Farms en Alma y Baxley, Georgia")
    ev["employment_period"] = (1, "Del 14 de abril al 27 de junio de 2025")
    ev["hours_of_work"] = (1, "36 horas por semana como m\u00ednimo")
    ev["wage_rate"] = (1, "$14.68 d\u00f3lares por hora")
    ev["pay_frequency"] = (1, "Cada semana, los jueves")
    ev["housing"] = (1, "Gratuita, en la casa de trabajadores del rancho")
    ev["daily_transportation"] = (
        1,
        "Gratuito, en camionetas del empleador, de la vivienda al campo",
    )
    ev["tools_provided"] = (1, "Las proporciona el empleador sin costo")
    pdf.ln(8)
    H(pdf, "CL\u00c1USULAS", size=10, font="serif", before=0)
    P(
        pdf,
        "PRIMERA. LA AGENCIA integrar\u00e1 el expediente de EL ASPIRANTE, lo presentar\u00e1 al empleador y le "
        "avisar\u00e1 la fecha de su cita en el consulado.",
        size=9.6,
        font="serif",
        align="J",
        after=3,
    )
    q_fee = (
        "Para que su expediente sea enviado al empleador, EL ASPIRANTE pagar\u00e1 a LA AGENCIA una cuota "
        "de inscripci\u00f3n de ocho mil quinientos pesos (MXN 8,500.00), en dos pagos iguales."
    )
    P(pdf, "SEGUNDA. " + q_fee, size=9.6, font="serif", align="J", after=3)
    fees.append(F("recruitment_fee", 1, q_fee, 8500.0, "MXN"))

    pdf.add_page()
    P(
        pdf,
        "TERCERA. Los gastos del proceso se cubrir\u00e1n como se indica en la tabla siguiente:",
        size=9.6,
        font="serif",
        align="J",
        after=4,
    )
    cost_rows = [
        ("Concepto", "Monto", "Lo paga"),
        ("Derecho de visa H-2A (MRV)", "USD 205.00", "El empleador"),
        ("Autob\u00fas Irapuato\u2013Monterrey y hotel", "Seg\u00fan tarifa", "El empleador"),
        ("Cruce fronterizo (forma I-94)", "USD 6.00", "El empleador"),
        ("Seguro de gastos m\u00e9dicos de viaje", "MXN 950.00", "EL ASPIRANTE"),
        ("Autob\u00fas Alma\u2013Irapuato al terminar", "Seg\u00fan tarifa", "El empleador"),
    ]
    grid(
        pdf,
        cost_rows,
        (250, 110, 144),
        size=9,
        font="serif",
        head_fill=(240, 226, 220),
        aligns=("L", "R", "L"),
    )
    fees.append(
        F(
            "insurance_cost",
            2,
            "Seguro de gastos m\u00e9dicos de viaje MXN 950.00 EL ASPIRANTE",
            950.0,
            "MXN",
        )
    )
    pdf.ln(8)
    q_bond = (
        "Como garant\u00eda de que cumplir\u00e1 la temporada completa, EL ASPIRANTE firmar\u00e1 a favor de LA "
        "AGENCIA un pagar\u00e9 por $30,000.00 pesos, que le ser\u00e1 devuelto a su regreso a M\u00e9xico."
    )
    P(pdf, "CUARTA. " + q_bond, size=9.6, font="serif", align="J", after=3)
    fees.append(F("deposit_or_bond", 2, q_bond, 30000.0, "MXN"))
    inb = (
        "El autob\u00fas de Irapuato a Monterrey, el hotel durante el tr\u00e1mite consular y el viaje de "
        "Monterrey a Alma corren por cuenta del empleador"
    )
    ret = "El regreso de Alma a Irapuato al terminar la temporada tambi\u00e9n lo paga el empleador"
    P(
        pdf,
        "QUINTA. " + inb + ", y EL ASPIRANTE no paga nada por la visa. " + ret + ".",
        size=9.6,
        font="serif",
        align="J",
        after=3,
    )
    ev["inbound_transportation"] = (2, inb)
    ev["return_transportation"] = (2, ret)
    q_pass = (
        "Una vez estampada la visa, LA AGENCIA conservar\u00e1 el pasaporte de EL ASPIRANTE y se lo "
        "entregar\u00e1 al mayordomo del rancho, quien se lo devolver\u00e1 al terminar el contrato."
    )
    P(pdf, "SEXTA. " + q_pass, size=9.6, font="serif", align="J", after=3)
    fees.append(F("document_retention", 2, q_pass))
    P(
        pdf,
        "S\u00c9PTIMA. EL ASPIRANTE podr\u00e1 consultar en las oficinas de LA AGENCIA, sin costo, el estado "
        "de su expediente en cualquier momento.",
        size=9.6,
        font="serif",
        align="J",
        after=3,
    )
    P(
        pdf,
        "OCTAVA. Para la interpretaci\u00f3n y cumplimiento de este convenio, las partes se someten a los "
        "tribunales de Irapuato, Guanajuato, renunciando a cualquier otro fuero.",
        size=9.6,
        font="serif",
        align="J",
        after=10,
    )
    P(
        pdf,
        "Le\u00eddo que fue el presente convenio y enteradas las partes de su contenido, lo firman de "
        "conformidad.",
        size=9.6,
        font="serif",
        align="J",
        after=40,
    )
    y = pdf.get_y()
    sig_line(pdf, 60, y, 210, "LA AGENCIA\nLic. Araceli Monroy Tapia, gerente")
    sig_line(pdf, 330, y, 210, "EL ASPIRANTE\nJoaqu\u00edn Renter\u00eda Valdez")
    return dict(
        pdf=pdf,
        program="h2a",
        language="es",
        doc_type="recruiter_agreement",
        layout="letter; agency letterhead with monogram and rule; serif legal text with DECLARACIONES / "
        "CL\u00c1USULAS; gridded job-terms table; cost table Concepto | Monto | Lo paga; signature lines",
        corridor="MX \u2192 US (Georgia)",
        title="Recruiter agreement (convenio de reclutamiento)",
        fees=fees,
        evidence=ev,
        recruiters=["Enlace Agr\u00edcola del Baj\u00edo, S.C."],
        traps=[
            "cost table: visa (MRV) fee, I-94 crossing, bus and hotel, return bus all paid by 'El empleador'",
            "EL ASPIRANTE no paga nada por la visa (negated visa cost)",
            "free housing and free daily transport (h2a)",
            "tools provided sin costo",
            "file status can be checked sin costo",
        ],
    )


# ======================================================================================
# cq03: WhatsApp chat worker <-> recruiter, H-2B landscaping, Spanish + English
# ======================================================================================
def chat_pdf(contact, subtitle, messages, title, seed_color=(7, 94, 84)):
    pdf = Doc((360, 740), margins=(14, 14, 14), bottom=20, title=title, author="")
    pdf.set_auto_page_break(False)

    def hdr(p):
        p.set_fill_color(*seed_color)
        p.rect(0, 0, p.w, 54, style="F")
        p.set_fill_color(210, 220, 215)
        p.ellipse(34, 12, 30, 30, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 14)
        p.set_xy(10, 18)
        p.cell(20, 18, "\u2190")
        p.set_font("sans", "B", 10.5)
        p.set_xy(72, 13)
        p.cell(260, 14, contact)
        p.set_font("sans", "", 7.5)
        p.set_xy(72, 29)
        p.cell(260, 10, subtitle)
        p.set_text_color(0, 0, 0)
        p.set_fill_color(236, 229, 221)
        p.rect(0, 54, p.w, p.h - 54, style="F")

    def ftr(p):
        p.set_fill_color(245, 245, 245)
        p.rect(0, p.h - 30, p.w, 30, style="F")
        p.set_font("sans", "", 8)
        p.set_text_color(150, 150, 150)
        p.set_xy(16, p.h - 22)
        p.cell(200, 12, "Mensaje")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    y = 66
    bottom = pdf.h - 40
    maxw = 236
    pages = {}
    for m in messages:
        if m[0] == "date":
            if y + 24 > bottom:
                pdf.add_page()
                y = 66
            pdf.set_font("sans", "", 7.5)
            tw = pdf.get_string_width(m[1]) + 16
            pdf.set_fill_color(225, 243, 251)
            pdf.rect((pdf.w - tw) / 2, y, tw, 15, style="F", round_corners=True, corner_radius=4)
            pdf.set_xy((pdf.w - tw) / 2, y + 2)
            pdf.cell(tw, 11, m[1], align="C")
            y += 24
            continue
        side, text, time = m[0], m[1], m[2]
        fwd = len(m) > 3 and m[3] == "fwd"
        size, lh, pad = 9, 11.6, 6
        pdf.set_font("sans", "", size)
        ls = []
        for para in text.split("\n"):
            ls += lines_of(pdf, maxw - 2 * pad, para, lh)
        textw = max(pdf.get_string_width(l) for l in ls) + 2 * pdf.c_margin
        bw = min(maxw, max(textw + 2 * pad, 80))
        bh = len(ls) * lh + 2 * pad + 10 + (11 if fwd else 0)
        if y + bh > bottom:
            pdf.add_page()
            y = 66
        x = 12 if side == "R" else pdf.w - 12 - bw
        pdf.set_fill_color(*((255, 255, 255) if side == "R" else (220, 248, 198)))
        pdf.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=6)
        ty = y + pad
        if fwd:
            pdf.set_font("sans", "I", 7.2)
            pdf.set_text_color(120, 120, 120)
            pdf.set_xy(x + pad, ty)
            pdf.cell(bw, 9, "\u21aa Reenviado")
            ty += 11
        pdf.set_font("sans", "", size)
        pdf.set_text_color(20, 20, 20)
        for i, l in enumerate(ls):
            pdf.set_xy(x + pad, ty + i * lh)
            pdf.cell(bw - 2 * pad, lh, l)
        pdf.set_font("sans", "", 6.5)
        pdf.set_text_color(130, 130, 130)
        pdf.set_xy(x + pad, ty + len(ls) * lh)
        pdf.cell(bw - 2 * pad, 9, time + ("  \u2713\u2713" if side == "W" else ""), align="R")
        pdf.set_text_color(0, 0, 0)
        pages[text] = pdf.page
        y += bh + 7
    return pdf, pages


def doc_cq03():
    job = (
        "JOB: Landscape Laborer \u2013 Greenview Grounds Co., 5120 Sardis Mill Road, Charlotte, NC 28270\n"
        "Duties: mowing, edging, planting shrubs, spreading mulch and trimming hedges at customer "
        "properties in Mecklenburg County, NC\n"
        "Dates: April 7 \u2013 November 28, 2025\n"
        "40 hours/week, Mon\u2013Fri 7:00 am \u2013 3:30 pm\n"
        "Pay $18.40/hour, paid every Friday\n"
        "Overtime $27.60/hour after 40 hours"
    )
    q_fee = "Para apartar tu lugar son 450 d\u00f3lares de inscripci\u00f3n, me los depositas en OXXO a la tarjeta que te paso."
    q_visa = "The visa fee is $205 and you pay it yourself at the consulate, the company does not pay it back."
    q_trav = "Hotel in Monterrey and the bus to the border are on you, unos 3 000 pesos m\u00e1s o menos."
    ret = "el cami\u00f3n de regreso a Monterrey s\u00ed lo paga la compa\u00f1\u00eda cuando se acaba el contrato"
    tools = "Las herramientas y el uniforme te los dan gratis, sin dep\u00f3sito."
    msgs = [
        ("date", "lunes, 13 de enero de 2025"),
        (
            "W",
            "Buenas tardes, me pas\u00f3 su n\u00famero mi primo Chuy. \u00bfTodav\u00eda hay lugares para lo de la "
            "jardiner\u00eda en Estados Unidos?",
            "16:02",
        ),
        (
            "R",
            "Buenas tardes! Soy Rigo de Reclutamiento Frontera Azul. S\u00ed hay, quedan 6 lugares. Te paso la "
            "info que mand\u00f3 el patr\u00f3n, viene en ingl\u00e9s:",
            "16:10",
        ),
        ("R", job, "16:10", "fwd"),
        ("W", "Ok y cu\u00e1nto hay que pagar?", "16:14"),
        ("R", q_fee, "16:15"),
        ("R", "Ah y otra cosa. " + q_visa, "16:16"),
        ("W", "Y el cami\u00f3n a Monterrey?", "16:21"),
        ("R", q_trav, "16:22"),
        ("W", "Y all\u00e1 la casa se paga?", "16:25"),
        (
            "R",
            "No, la casa all\u00e1 no se cobra, viven 4 por apartamento. Y " + ret + ".",
            "16:27",
        ),
        ("W", "Y la herramienta?", "16:28"),
        ("R", tools, "16:28"),
        ("W", "Y el examen m\u00e9dico?", "16:31"),
        ("R", "Ese no se paga, no te piden examen para este trabajo.", "16:33"),
        ("date", "martes, 14 de enero de 2025"),
        ("W", "Ya lo platiqu\u00e9 con mi esposa, ma\u00f1ana le confirmo.", "09:47"),
        (
            "R",
            "Perfecto. M\u00e1ndame copia de tu pasaporte y de tu CURP para abrir tu expediente.",
            "10:05",
        ),
        (
            "R",
            "La cita en el consulado te la aviso en febrero. Cualquier duda me escribes aqu\u00ed.",
            "10:06",
        ),
        ("W", "Ok muchas gracias, bendiciones", "10:20"),
    ]
    pdf, pages = chat_pdf(
        "Reclutamiento Frontera Azul",
        "+52 1 81 5550 2718 \u00b7 en l\u00ednea",
        msgs,
        "Chat Reclutamiento Frontera Azul",
    )
    pj = pages[job]
    ev = {
        "employer_identity": (
            pj,
            "Greenview Grounds Co., 5120 Sardis Mill Road, Charlotte, NC 28270",
        ),
        "job_duties": (pj, "mowing, edging, planting shrubs, spreading mulch and trimming hedges"),
        "work_location": (pj, "customer properties in Mecklenburg County, NC"),
        "employment_period": (pj, "April 7 \u2013 November 28, 2025"),
        "hours_of_work": (pj, "40 hours/week, Mon\u2013Fri 7:00 am \u2013 3:30 pm"),
        "wage_rate": (pj, "Pay $18.40/hour"),
        "pay_frequency": (pj, "paid every Friday"),
        "overtime": (pj, "Overtime $27.60/hour after 40 hours"),
        "return_transportation": (
            pages["No, la casa all\u00e1 no se cobra, viven 4 por apartamento. Y " + ret + "."],
            ret,
        ),
        "tools_provided": (pages[tools], tools),
    }
    fees = [
        F("recruitment_fee", pages[q_fee], q_fee, 450.0, "USD"),
        F("visa_cost", pages["Ah y otra cosa. " + q_visa], q_visa, 205.0, "USD"),
        F("travel_cost", pages[q_trav], q_trav, 3000.0, "MXN"),
    ]
    return dict(
        pdf=pdf,
        program="h2b",
        language="mixed",
        doc_type="chat",
        layout="WhatsApp-style chat export on phone-sized pages (360x740 pt): contact header bar, "
        "left/right bubbles with timestamps, date separators, forwarded English job block",
        corridor="MX \u2192 US (North Carolina)",
        title="WhatsApp chat worker \u2194 recruiter, landscaping",
        fees=fees,
        evidence=ev,
        recruiters=["Reclutamiento Frontera Azul"],
        traps=[
            "'la casa all\u00e1 no se cobra' (negated housing charge, h2b)",
            "return bus paid by the company",
            "tools and uniform free, no deposit",
            "no medical exam and nothing to pay for it (negated medical cost)",
            "'me los depositas en OXXO' is paying the registration fee (recruitment_fee), not a security deposit",
        ],
    )


# ======================================================================================
# cq04: H-2B offer letter / contract, English, two columns, compliant (golf resort, SC)
# ======================================================================================
def doc_cq04():
    pdf = Doc(
        "letter",
        margins=(50, 50, 50),
        title="H-2B Offer of Employment",
        author="Tidewater Links Resort LLC",
    )
    navy = (20, 45, 90)

    def hdr(p):
        p.set_draw_color(*navy)
        p.set_line_width(2)
        p.line(50, 34, p.w - 50, 34)
        p.set_font("serif", "B", 12.5)
        p.set_text_color(*navy)
        p.set_xy(50, 40)
        p.cell(300, 15, "TIDEWATER LINKS RESORT")
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(p.w - 290, 42)
        p.cell(240, 10, "Human Resources \u00b7 Seasonal Staffing", align="R")
        p.set_line_width(0.5)
        p.line(50, 60, p.w - 50, 60)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(72)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(
        p,
        f"Tidewater Links Resort LLC \u00b7 H-2B offer 2025-GCA-07 \u00b7 Page {p.page_no()} of {{nb}}",
    )
    ev = {}
    pdf.add_page()
    P(pdf, "February 10, 2025", size=9.5, after=6)
    P(
        pdf,
        "Mr. Oneil P. Whyte\nLot 27 Rosemount Drive, May Pen\nClarendon, Jamaica",
        size=9.5,
        after=8,
    )
    P(
        pdf,
        "Offer of seasonal employment (H-2B) \u2014 Golf Course Attendant",
        size=12,
        style="B",
        after=5,
    )
    P(pdf, "Dear Mr. Whyte,", size=9.5, after=3)
    P(
        pdf,
        "We are pleased to offer you seasonal employment on the terms below. They repeat the terms of our "
        "job order certified by the U.S. Department of Labor and, once you sign, they form your "
        "employment contract with us.",
        size=9.5,
        align="J",
        after=6,
    )
    emp = "Tidewater Links Resort LLC, 1450 Marsh Hen Parkway, Bluffton, South Carolina 29910"
    ev["employer_identity"] = (1, emp)

    def hd(t):
        return {"text": t, "style": "B", "size": 10, "after": 1.5, "keep": True, "color": navy}

    def tx(t):
        return {"text": t, "size": 9.5, "after": 6.5}

    duties = (
        "Golf Course Attendant. You will stage and clean golf carts, load and unload golf bags, rake "
        "bunkers, fill divots, keep the practice range stocked, and work the starter booth, where you "
        "check in players and collect green fees and cart fees from golfers at the register."
    )
    pay = (
        "$15.87 per hour. We will pay at least the highest of the prevailing wage, the federal minimum "
        "wage and any state or local minimum wage for the entire period; if a higher rate takes effect "
        "while you are employed, your pay goes up on that date.*"
    )
    blocks = [
        hd("Employer"),
        tx(emp + ". Contact: Human Resources, (843) 555-0196."),
        hd("Position and duties"),
        tx(duties),
        hd("Place of work"),
        tx(
            "Both 18-hole courses of the resort, the Heron Course and the Oyster Bed "
            "Course, at 1450 Marsh Hen Parkway, Bluffton, SC."
        ),
        hd("Period of employment"),
        tx("March 17, 2025 to October 31, 2025."),
        hd("Hours"),
        tx(
            "At least 35 hours a week; the usual schedule is 40 hours, Tuesday through "
            "Saturday, 6:00 a.m. to 2:30 p.m., with a 30-minute unpaid lunch."
        ),
        hd("Pay"),
        tx(pay),
        hd("Overtime"),
        tx(
            "Overtime may be available in peak weeks. Hours over 40 in a workweek are paid "
            "at $23.81 per hour."
        ),
        hd("Payday"),
        tx("Every other Friday (biweekly), by direct deposit or paper check as you prefer."),
        hd("Deductions"),
        tx(
            "We deduct only federal and South Carolina income tax and Social Security and "
            "Medicare taxes as the law requires, plus any deduction you authorize in "
            "writing for your own benefit, such as a transfer to a savings account in your "
            "name. Nothing is deducted for housing, transportation, tools, uniforms or "
            "recruitment."
        ),
        hd("Three-fourths guarantee"),
        tx(
            "In each 12-week period of the contract we will offer you work "
            "for hours equal to at least three-fourths of the workdays; if we "
            "offer less, we pay you the difference."
        ),
        hd("Travel to Bluffton"),
        tx(
            "Your airfare from Kingston to Savannah, ground transport to Bluffton "
            "and daily meals on the way are reimbursed in your first paycheck if "
            "needed to keep your first week's pay at the minimum wage, and in all "
            "cases once you complete half of the contract period."
        ),
        hd("Visa costs"),
        tx(
            "We reimburse the visa application fee and the related processing and border "
            "costs in full with your first paycheck."
        ),
        hd("Return travel"),
        tx(
            "If you complete the contract, or we dismiss you early for any reason other "
            "than cause, we pay your return airfare to Kingston and meals on the way."
        ),
        hd("Tools and uniforms"),
        tx(
            "We provide all tools, equipment and three uniform shirts at no "
            "charge, and no deposit is taken."
        ),
        hd("Pay statements"),
        tx(
            "Each payday you receive a statement listing hours offered, hours worked, "
            "rate of pay, gross and net earnings and every deduction."
        ),
        hd("Housing"),
        tx(
            "Housing is not a condition of this job. Shared staff apartments at 22 Palmetto "
            "Commons, Bluffton, are available to you rent-free, with utilities included."
        ),
        hd("Ending the job"),
        tx(
            "If you fail to report for work for five consecutive working days without "
            "our consent, we will treat the job as abandoned and notify the Department "
            "of Labor and DHS within two working days. We may dismiss a worker for "
            "cause, such as theft, violence or repeated unsafe conduct, after a written "
            "warning."
        ),
        hd("If the work becomes impossible"),
        tx(
            "If a hurricane, fire or other act of God closes the "
            "courses and the contract cannot be fulfilled, we may end "
            "it early with the Department of Labor's approval; we "
            "will still honor the three-fourths guarantee up to that "
            "date and pay your return travel."
        ),
        hd("Requirements"),
        tx(
            "Three months of experience in golf course, grounds or hospitality work; "
            "able to lift 50 pounds; basic spoken English."
        ),
        hd("Recruitment"),
        tx(
            "You were selected through Blue Mahoe Staffing Services Ltd. of Kingston. We "
            "pay its service charges in full, and under our agreement neither it nor "
            "anyone else may ask you for money to be hired. Please tell us at once if "
            "anyone does."
        ),
    ]
    top = pdf.get_y() + 4
    gut = 20
    cw = (pdf.w - 100 - gut) / 2
    cols = [(50, cw), (50 + cw + gut, cw)]

    def newp():
        pdf.add_page()
        return pdf.get_y() + 4

    # column rule between the two columns on both pages
    ci, y = flow(pdf, blocks, cols, top, pdf.h - 92, newp, top_next=76, balance=True, whole=True)
    assert pdf.page == 2
    for pg in (1, 2):
        pdf.page = pg
        pdf.set_draw_color(180, 180, 180)
        pdf.set_line_width(0.4)
        t = top if pg == 1 else 76
        pdf.line(pdf.w / 2, t, pdf.w / 2, pdf.h - 96 if pg == 1 else y)
        pdf.set_draw_color(0, 0, 0)
    pdf.page = 1
    footnote(
        pdf,
        "* The prevailing wage shown is the rate certified by the U.S. Department of Labor for this "
        "occupation and area of employment.",
        y=pdf.h - 70,
    )
    pdf.page = 2
    pdf.set_xy(50, y + 16)
    P(pdf, "Acceptance", size=10, style="B", color=navy, after=2)
    P(
        pdf,
        "To accept this offer, sign below and return one copy to our Human Resources office by e-mail "
        "or through the consulate packet before March 3, 2025. Keep the other copy and bring it with you "
        "to the United States.",
        size=9.5,
        align="J",
        after=34,
    )
    ysig = pdf.get_y()
    sig_line(
        pdf,
        60,
        ysig,
        210,
        "For Tidewater Links Resort LLC: Marisa Coltrane-Ruiz,\nDirector of Golf Operations",
    )
    sig_line(pdf, 330, ysig, 210, "Accepted: Oneil P. Whyte          Date")
    ev.update(
        {
            "job_duties": (1, "stage and clean golf carts, load and unload golf bags"),
            "work_location": (1, "the Heron Course and the Oyster Bed Course"),
            "employment_period": (1, "March 17, 2025 to October 31, 2025"),
            "hours_of_work": (1, "the usual schedule is 40 hours, Tuesday through Saturday"),
            "wage_rate": (1, "$15.87 per hour"),
            "wage_adjustment": (
                1,
                "if a higher rate takes effect while you are employed, your pay goes up on that date",
            ),
            "overtime": (1, "Hours over 40 in a workweek are paid at $23.81 per hour"),
            "pay_frequency": (1, "Every other Friday (biweekly)"),
            "deductions": (1, "We deduct only federal and South Carolina income tax"),
            "three_fourths_guarantee": (1, "at least three-fourths of the workdays"),
            "inbound_transportation": (1, "Your airfare from Kingston to Savannah"),
            "visa_reimbursement": (1, "We reimburse the visa application fee"),
            "return_transportation": (1, "we pay your return airfare to Kingston"),
            "tools_provided": (
                2,
                "We provide all tools, equipment and three uniform shirts at no charge",
            ),
            "earnings_statements": (2, "Each payday you receive a statement listing hours offered"),
            "termination": (2, "fail to report for work for five consecutive working days"),
            "contract_impossibility": (2, "the contract cannot be fulfilled"),
            "job_requirements": (
                2,
                "Three months of experience in golf course, grounds or hospitality work",
            ),
        }
    )
    return dict(
        pdf=pdf,
        program="h2b",
        language="en",
        doc_type="offer_letter",
        layout="letter; letterhead rules; full-width address block and intro; two-column body with "
        "colored run-in section headings and a column rule; footnote; running footer; signature lines",
        corridor="JM \u2192 US (South Carolina)",
        title="H-2B offer letter, golf course attendant",
        fees=[],
        evidence=ev,
        recruiters=["Blue Mahoe Staffing Services Ltd."],
        traps=[
            "'collect green fees and cart fees from golfers' is a job duty",
            "inbound airfare and meals reimbursed (first paycheck / half-way)",
            "visa fee reimbursed in full with first paycheck",
            "rent-free staff apartments (no h2b housing charge)",
            "tools and uniform shirts free, no deposit",
            "voluntary written-authorized savings transfer to the worker's own account (not wage withholding)",
            "statutory taxes only; nothing deducted for housing, transport, tools or recruitment",
            "recruiter's service charges paid by employer; nobody may ask worker for money",
        ],
    )


# ======================================================================================
# cq05: Philippines -> Taiwan factory contract + agency acknowledgment receipt (generic)
# ======================================================================================
def doc_cq05():
    pdf = Doc(
        "a4",
        margins=(48, 44, 48),
        title="Employment Contract and Receipt",
        author="Marikit Global Manpower Services, Inc.",
    )
    ev, fees = {}, []
    pdf.ftr = lambda p: footer_line(
        p,
        f"Page {p.page_no()} of {{nb}} \u2014 processed by Marikit Global Manpower Services, Inc. "
        "(DMW License No. 118-LB-0915-2024)",
    )
    pdf.add_page()
    pdf.set_line_width(1.0)
    pdf.rect(40, 36, pdf.w - 80, pdf.h - 86)
    pdf.set_y(50)
    P(
        pdf,
        "EMPLOYMENT CONTRACT FOR FOREIGN WORKER (MANUFACTURING)",
        size=12.5,
        style="B",
        align="C",
        after=1,
    )
    P(
        pdf,
        "Republic of China (Taiwan) \u2014 Republic of the Philippines",
        size=9,
        align="C",
        color=(80, 80, 80),
        after=8,
    )
    emp = "Hsinwu Precision Plastics Co., Ltd., No. 27, Jingjian 2nd Road, Guanyin District, Taoyuan City 328, Taiwan"
    rows = [
        ("Employer", emp),
        ("Worker", "Maricel T. Abuan, Filipino, Passport No. P4471902B"),
        ("Position", "Machine Operator (plastic injection moulding)"),
        (
            "Duties",
            "Operate and monitor injection moulding machines, trim and inspect moulded parts, pack "
            "finished goods and keep the work area clean",
        ),
        (
            "Place of work",
            "Employer's factory, No. 27, Jingjian 2nd Road, Guanyin District, Taoyuan City",
        ),
        ("Contract term", "3 March 2025 to 2 March 2028 (three years)"),
        (
            "Working hours",
            "8 hours a day, 40 hours a week, Monday to Friday; one regular day off and one "
            "rest day each week",
        ),
        ("Basic salary", "NT$28,590 per month (not lower than the Taiwan basic wage)"),
        (
            "Pay day",
            "Monthly, on or before the 10th day of the following month, by bank transfer to the "
            "Worker's own account",
        ),
    ]
    grid(
        pdf,
        rows,
        (110, pdf.w - 96 - 110),
        x=48,
        size=9,
        header_rows=0,
        bold_cols=(0,),
        zebra=(244, 244, 244),
    )
    ev["employer_identity"] = (1, emp)
    ev["worker_identity"] = (1, "Maricel T. Abuan")
    ev["job_duties"] = (1, "Operate and monitor injection moulding machines")
    ev["work_location"] = (1, "Employer's factory, No. 27, Jingjian 2nd Road")
    ev["employment_period"] = (1, "3 March 2025 to 2 March 2028")
    ev["hours_of_work"] = (1, "8 hours a day, 40 hours a week")
    ev["wage_rate"] = (1, "NT$28,590 per month")
    ev["pay_frequency"] = (1, "Monthly, on or before the 10th day of the following month")
    pdf.ln(8)
    q_broker = (
        "The Worker shall pay the Taiwan broker, Jin Feng Human Resources Co., Ltd., a monthly "
        "service fee of NT$1,800 in the first year, deducted from salary."
    )
    q_save = (
        "NT$3,000 of each month's salary shall be withheld as compulsory savings and released to the "
        "Worker only upon completion of the contract."
    )
    ret = "the return airfare to Manila at the end of the contract"
    clauses = [
        "1. Deductions. The following are deducted from the monthly salary: the Worker's share of Labour "
        "Insurance and National Health Insurance premiums, income tax, and the amounts in Clauses 2 and 3.",
        "2. Broker service fee. " + q_broker,
        "3. Compulsory savings. " + q_save,
        "4. Board and lodging. The Employer provides dormitory accommodation and three meals a day free of charge.",
        "5. Travel. The Employer pays the Worker's airfare from Manila to Taoyuan and "
        + ret
        + " or upon "
        "early termination not caused by the Worker's serious misconduct.",
        "6. Entry documents. The Taiwan entry visa, alien resident certificate and work permit are applied "
        "for and paid by the Employer.",
        "7. Termination. Either party may end this contract with thirty days' written notice; the Employer "
        "may terminate without notice only on the grounds listed in Article 12 of the Labor Standards Act.",
        "8. Overtime. Work beyond 8 hours a day is voluntary and paid at the rates of the Labor Standards Act.",
    ]
    for c in clauses:
        P(pdf, c, size=9, align="J", after=3.5, x=48, w=pdf.w - 96)
    ev["deductions"] = (1, "The following are deducted from the monthly salary")
    ev["return_transportation"] = (1, ret)
    ev["termination"] = (1, "Either party may end this contract with thirty days' written notice")
    fees.append(F("recruitment_fee", 1, q_broker, 1800.0, "TWD"))
    fees.append(F("wage_withholding", 1, q_save, 3000.0, "TWD"))
    y = pdf.get_y() + 26
    sig_line(pdf, 60, y, 150, "For the Employer")
    sig_line(pdf, 225, y, 150, "Worker: Maricel T. Abuan")
    sig_line(pdf, 390, y, 150, "Philippine agency: Marikit Global Manpower Services, Inc.")

    # ---- page 2: acknowledgment receipt
    pdf.add_page()
    pdf.set_fill_color(250, 246, 232)
    pdf.rect(40, 36, pdf.w - 80, 392, style="DF")
    pdf.set_y(50)
    P(
        pdf,
        "MARIKIT GLOBAL MANPOWER SERVICES, INC.",
        size=13,
        style="B",
        font="serif",
        align="C",
        after=0,
    )
    P(
        pdf,
        "Unit 1204 Lanting Tower, 2219 Taft Avenue, Malate, Manila \u00b7 Tel. (02) 8555 0143\n"
        "DMW License No. 118-LB-0915-2024",
        size=8,
        align="C",
        color=(80, 80, 80),
        after=10,
    )
    P(pdf, "ACKNOWLEDGMENT RECEIPT", size=12, style="B", align="C", after=2)
    P(pdf, "No. 004817          Date: 10 January 2025", size=9, align="C", after=10, font="mono")
    P(
        pdf,
        "Received from Maricel T. Abuan the amounts listed below in connection with her application "
        "for employment in Taiwan.",
        size=9.5,
        align="L",
        after=8,
        x=60,
        w=pdf.w - 120,
    )
    rrows = [
        ("Particulars", "Amount"),
        ("Placement fee (equivalent to one month's salary)", "PHP 25,000.00"),
        ("Medical examination at accredited clinic", "PHP 3,800.00"),
        ("Skills training and trade test (injection moulding)", "PHP 6,500.00"),
        ("Taiwan visa and entry permit", "charged to employer"),
        ("Airfare Manila\u2013Taoyuan", "charged to employer"),
        ("TOTAL", "PHP 35,300.00"),
    ]
    grid(
        pdf,
        rrows,
        (300, 140),
        x=(pdf.w - 440) / 2,
        size=9.5,
        aligns=("L", "R"),
        head_fill=(230, 222, 196),
    )
    fees.append(
        F(
            "recruitment_fee",
            2,
            "Placement fee (equivalent to one month's salary) PHP 25,000.00",
            25000.0,
            "PHP",
        )
    )
    fees.append(
        F("medical_cost", 2, "Medical examination at accredited clinic PHP 3,800.00", 3800.0, "PHP")
    )
    fees.append(
        F(
            "training_cost",
            2,
            "Skills training and trade test (injection moulding) PHP 6,500.00",
            6500.0,
            "PHP",
        )
    )
    pdf.ln(8)
    P(
        pdf,
        "Amount in words: Thirty-five thousand three hundred pesos only.",
        size=9,
        style="I",
        x=60,
        w=pdf.w - 120,
        after=30,
    )
    y = pdf.get_y()
    sig_line(pdf, 80, y, 170, "Received by: Cashier")
    # PAID stamp
    pdf.set_draw_color(170, 30, 30)
    pdf.set_text_color(170, 30, 30)
    pdf.set_line_width(1.6)
    pdf.rect(360, y - 40, 110, 40)
    pdf.set_font("sans", "B", 20)
    pdf.set_xy(360, y - 32)
    pdf.cell(110, 24, "PAID", align="C")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.set_y(396)
    P(
        pdf,
        "This receipt is not valid without the company dry seal. Keep it together with your copy of "
        "the employment contract.",
        size=8,
        color=(90, 90, 90),
        x=48,
        w=pdf.w - 96,
    )
    return dict(
        pdf=pdf,
        program="generic",
        language="en",
        doc_type="contract_and_receipt",
        layout="A4; page 1 bordered contract with zebra label/value grid and numbered clauses, three "
        "signature lines; page 2 agency acknowledgment receipt (tinted box, particulars/amount "
        "table, amount in words, PAID stamp)",
        corridor="PH \u2192 TW",
        title="Factory worker contract + agency receipt",
        fees=fees,
        evidence=ev,
        recruiters=["Marikit Global Manpower Services, Inc.", "Jin Feng Human Resources Co., Ltd."],
        traps=[
            "statutory Labour Insurance / National Health Insurance worker share (not insurance_cost)",
            "free dormitory and three meals a day",
            "employer pays airfare both ways",
            "Taiwan visa, resident certificate and work permit paid by employer",
            "receipt rows 'charged to employer' for visa and airfare",
            "TOTAL row and amount in words repeat the sum of the labelled rows (no new fee)",
        ],
    )


# ======================================================================================
# cq06: H-2A work contract in Spanish, two columns, page 3 = scanned acknowledgment
# ======================================================================================
def doc_cq06():
    pdf = Doc(
        "letter",
        margins=(48, 48, 48),
        title="Contrato de trabajo agricola temporal H-2A",
        author="Sandhill Sweet Potato Company, Inc.",
    )
    orange = (176, 82, 24)
    pdf.hdr = lambda p: band(
        p,
        "SANDHILL SWEET POTATO COMPANY, INC.",
        "Contrato H-2A \u00b7 Temporada 2025",
        orange,
        h=36,
        size=10.5,
    )
    pdf.ftr = lambda p: footer_line(
        p, f"Orden de trabajo H-300-25041-118802  \u00b7  P\u00e1gina {p.page_no()} de {{nb}}"
    )
    ev, fees = {}, []
    pdf.add_page()
    P(
        pdf,
        "CONTRATO DE TRABAJO AGR\u00cdCOLA TEMPORAL (H-2A)",
        size=13.5,
        style="B",
        align="C",
        after=1,
    )
    P(pdf, "Temporada de camote 2025", size=10, align="C", color=(90, 90, 90), after=6)
    P(
        pdf,
        "Este contrato reproduce en espa\u00f1ol las condiciones de la orden de trabajo certificada por el "
        "Departamento del Trabajo de EE. UU. para Sandhill Sweet Potato Company, Inc. (en adelante, "
        "\u00abla Empresa\u00bb). Cada trabajador recibe una copia antes de solicitar su visa.",
        size=9.2,
        align="J",
        after=6,
    )
    emp = "Sandhill Sweet Potato Company, Inc., 612 Tar Heel Church Road, Faison, Carolina del Norte 28341"
    rows = [
        ("Dato", "Detalle"),
        ("Empleador", emp),
        (
            "Puesto y tareas",
            "Trabajador agr\u00edcola: cosecha de camote a mano detr\u00e1s de la arrancadora, "
            "llenado de cubetas y cajas, selecci\u00f3n en el empaque y deshierbe",
        ),
        (
            "Lugares de trabajo",
            "Campos de la Empresa en los condados de Duplin y Sampson, Carolina del "
            "Norte, y el empaque de 612 Tar Heel Church Road",
        ),
        ("Periodo", "Del 4 de agosto al 21 de noviembre de 2025"),
        ("Horario", "40 horas por semana, de lunes a s\u00e1bado, de 6:30 a 15:00"),
        (
            "Salario",
            "$16.20 por hora\u00b9, o $0.55 por cubeta de camote si por pieza gana m\u00e1s",
        ),
        ("Pago", "Semanal, cada viernes"),
        ("Requisitos", "Un mes de experiencia en cosecha a mano; poder levantar 50 libras"),
    ]
    grid(
        pdf,
        rows,
        (112, pdf.w - 96 - 112),
        x=48,
        size=8.8,
        bold_cols=(0,),
        head_fill=(246, 226, 208),
    )
    ev["employer_identity"] = (1, emp)
    ev["job_duties"] = (1, "cosecha de camote a mano detr\u00e1s de la arrancadora")
    ev["work_location"] = (1, "Campos de la Empresa en los condados de Duplin y Sampson")
    ev["employment_period"] = (1, "Del 4 de agosto al 21 de noviembre de 2025")
    ev["hours_of_work"] = (1, "40 horas por semana, de lunes a s\u00e1bado")
    ev["wage_rate"] = (1, "$16.20 por hora")
    ev["pay_frequency"] = (1, "Semanal, cada viernes")
    ev["job_requirements"] = (1, "Un mes de experiencia en cosecha a mano")

    q_equip = (
        "Para recibir el impermeable y las botas de hule, cada trabajador deja un dep\u00f3sito de "
        "cuarenta d\u00f3lares ($40.00), que se devuelve si los entrega en buen estado al final de la "
        "temporada."
    )
    q_fund = (
        "De cada cheque semanal se apartar\u00e1n 50 d\u00f3lares como fondo de fin de temporada, que se "
        "entregar\u00e1 al trabajador en su \u00faltimo pago si cumple el contrato."
    )
    q_dmg = (
        "Los da\u00f1os a llantas, espejos o defensas de las camionetas causados por manejo descuidado del "
        "trabajador se cobrar\u00e1n a precio de taller en los cheques siguientes."
    )

    def hd(t):
        return {"text": t, "style": "B", "size": 9.8, "after": 1.5, "keep": True, "color": orange}

    def tx(t):
        return {"text": t, "size": 9.5, "after": 6}

    blocks = [
        hd("1. Salario m\u00e1s alto"),
        tx(
            "La Empresa pagar\u00e1 el que resulte m\u00e1s alto entre la tarifa AEWR, el salario prevaleciente y "
            "el salario m\u00ednimo federal o estatal, y lo ajustar\u00e1 cuando cualquiera de ellos aumente "
            "durante la temporada."
        ),
        hd("2. Garant\u00eda de tres cuartas partes"),
        tx(
            "La Empresa ofrecer\u00e1 a cada trabajador empleo por al menos las tres cuartas partes de los d\u00edas "
            "laborables del periodo del contrato; si ofrece menos, pagar\u00e1 la diferencia."
        ),
        hd("3. Vivienda"),
        tx(
            "La vivienda es gratuita, en el campamento de 640 Tar Heel Church Road, Faison, que cuenta con "
            "inspecci\u00f3n vigente."
        ),
        hd("4. Comidas"),
        tx(
            "El campamento tiene cocina con estufas y refrigeradores que los trabajadores usan sin costo."
        ),
        hd("5. Viaje de ida y visa"),
        tx(
            "La Empresa compra el boleto de autob\u00fas de Monterrey a Faison, paga la visa en el consulado y "
            "da $16.36 diarios para alimentos durante el viaje."
        ),
        hd("6. Viaje de regreso"),
        tx(
            "Al terminar el contrato, o si la Empresa lo despide antes sin causa justificada, el trabajador "
            "recibe su boleto de regreso a Monterrey y los alimentos del camino."
        ),
        hd("7. Transporte diario"),
        tx(
            "El traslado diario del campamento a los campos es gratuito, en autobuses de la Empresa."
        ),
        hd("8. Herramientas"),
        tx("Las azadas, cubetas, cuchillos y guantes se dan sin costo."),
        hd("9. Descuentos"),
        tx(
            "Del pago se descuentan los impuestos federales y estatales solo si el trabajador lo pide por "
            "escrito, y cualquier otro descuento que el trabajador autorice por escrito."
        ),
        hd("10. Abandono y despido"),
        tx(
            "Si el trabajador falta cinco d\u00edas h\u00e1biles seguidos sin permiso, se considera que abandon\u00f3 "
            "el trabajo y la Empresa avisar\u00e1 al Departamento del Trabajo y a Seguridad Nacional dentro de "
            "dos d\u00edas h\u00e1biles. El despido por causa justificada se hace por escrito."
        ),
        hd("11. Imposibilidad de cumplir"),
        tx(
            "Si un hurac\u00e1n, una inundaci\u00f3n u otra causa ajena a la Empresa impide cumplir el contrato, la "
            "Empresa puede darlo por terminado con aprobaci\u00f3n del Departamento del Trabajo; en ese caso "
            "pagar\u00e1 la garant\u00eda de tres cuartas partes hasta esa fecha y el viaje de regreso."
        ),
        hd("12. Documentos y quejas"),
        tx(
            "Cada trabajador guarda su propio pasaporte y su visa. Nadie ser\u00e1 castigado ni puesto en una "
            "lista negra por quejarse ante el Departamento del Trabajo."
        ),
        {"text": "Disposiciones adicionales", "style": "B", "size": 9.6, "after": 3, "keep": True},
        hd("13. Equipo de lluvia"),
        tx(q_equip),
        hd("14. Fondo de fin de temporada"),
        tx(q_fund),
        hd("15. Veh\u00edculos"),
        tx(q_dmg),
        hd("16. Reclutamiento"),
        tx(
            "La Empresa recluta directamente, sin agencias, y nadie puede cobrarle al trabajador por este "
            "empleo."
        ),
    ]
    top = pdf.get_y() + 8
    gut = 18
    cw = (pdf.w - 96 - gut) / 2
    cols = [(48, cw), (48 + cw + gut, cw)]

    def newp():
        pdf.add_page()
        return pdf.get_y() + 2

    ci, y = flow(
        pdf,
        blocks,
        cols,
        top,
        lambda pg: pdf.h - (82 if pg == 1 else 168),
        newp,
        top_next=56,
        balance=True,
        whole=True,
    )
    assert pdf.page == 2
    pdf.page = 1
    footnote(
        pdf,
        "\u00b9 Tarifa AEWR publicada por el Departamento del Trabajo para Carolina del Norte, 2025.",
        y=pdf.h - 62,
    )
    pdf.page = 2
    pdf.set_xy(48, y + 18)
    P(pdf, "Firmado en Faison, Carolina del Norte, el 18 de junio de 2025.", size=9.2, after=0)
    ysig = y + 80
    sig_line(pdf, 60, ysig, 200, "Por la Empresa: Lorena Pittman-Cruz, gerente de personal")
    sig_line(pdf, 330, ysig, 200, "Firma del trabajador")
    ev.update(
        {
            "wage_adjustment": (1, "lo ajustar\u00e1 cuando cualquiera de ellos aumente"),
            "three_fourths_guarantee": (
                1,
                "al menos las tres cuartas partes de los d\u00edas laborables",
            ),
            "housing": (1, "La vivienda es gratuita"),
            "meals": (1, "cocina con estufas y refrigeradores que los trabajadores usan sin costo"),
            "inbound_transportation": (
                1,
                "La Empresa compra el boleto de autob\u00fas de Monterrey a Faison",
            ),
            "return_transportation": (1, "recibe su boleto de regreso a Monterrey"),
            "daily_transportation": (
                1,
                "El traslado diario del campamento a los campos es gratuito",
            ),
            "tools_provided": (1, "Las azadas, cubetas, cuchillos y guantes se dan sin costo"),
            "deductions": (
                1,
                "Del pago se descuentan los impuestos federales y estatales solo si el trabajador lo pide por escrito",
            ),
            "termination": (1, "falta cinco d\u00edas h\u00e1biles seguidos sin permiso"),
            "contract_impossibility": (2, "impide cumplir el contrato"),
        }
    )
    fees += [
        F("equipment_charge", 2, q_equip, 40.0, "USD"),
        F("wage_withholding", 2, q_fund, 50.0, "USD"),
        F("damage_chargeback", 2, q_dmg),
    ]
    # ---- page 3: scanned, signed acknowledgment (image only; nothing new on it)
    pdf.page = 2
    scan = scan_image(
        [
            ("text", "SANDHILL SWEET POTATO COMPANY, INC.", "DejaVuSans-Bold", 13, "C", 20),
            (
                "text",
                "612 Tar Heel Church Road, Faison, Carolina del Norte 28341",
                "DejaVuSans",
                10,
                "C",
                40,
            ),
            ("rule",),
            ("gap", 14),
            ("text", "ACUSE DE RECIBO DEL CONTRATO", "DejaVuSans-Bold", 14, "C", 15),
            ("gap", 10),
            (
                "text",
                "Yo, el trabajador que firma abajo, recib\u00ed una copia completa de mi contrato de trabajo "
                "H-2A en espa\u00f1ol antes de solicitar mi visa. Me explicaron el salario de $16.20 por hora y "
                "la fecha de inicio, 4 de agosto de 2025. Tuve oportunidad de hacer preguntas y se me "
                "respondieron.",
                "DejaVuSerif",
                11.5,
                "L",
                25,
            ),
            ("gap", 18),
            ("sign", "Nombre:", "Ezequiel Barajas Ontiveros"),
            ("sign", "Firma:", None),
            ("sign", "Fecha:", "18 de junio de 2025"),
            ("gap", 22),
            ("sign", "Recibi\u00f3 por la Empresa:", None),
            ("gap", 30),
            (
                "text",
                "Original: expediente de la Empresa. Copia: trabajador.",
                "DejaVuSans",
                8.5,
                "L",
                60,
            ),
        ],
        (pdf.w, pdf.h),
        seed=6021,
    )
    add_scanned_page(pdf, scan)
    return dict(
        pdf=pdf,
        program="h2a",
        language="es",
        doc_type="work_contract",
        layout="letter; colored header band and running footer; full-width gridded 'Datos del empleo' "
        "table; two-column numbered clauses with colored headings (pp. 1-2); footnote; signature "
        "lines; p. 3 SCANNED signed acknowledgment (200 dpi image, no text layer)",
        corridor="MX \u2192 US (North Carolina)",
        title="H-2A contract in Spanish with scanned signed acknowledgment",
        fees=fees,
        evidence=ev,
        recruiters=[],
        scanned_page=3,
        scan_terms=["employer_identity", "wage_rate"],
        traps=[
            "free housing (h2a) and free camp kitchen",
            "employer buys inbound bus ticket and pays the visa at the consulate",
            "hand tools (azadas, cubetas, cuchillos, guantes) free",
            "income tax only if requested in writing; other deductions only with written authorization",
            "workers keep passports; no blacklist for complaints (negated)",
            "direct hiring, nobody may charge the worker (negated recruitment fee)",
            "the deposit is for rain gear: equipment_charge, not deposit_or_bond",
            "scanned p. 3 repeats employer name/address, wage and start date only",
        ],
    )


# ======================================================================================
# cq07: registration form, Honduras -> Spain strawberry campaign (generic), Spanish
# ======================================================================================
def form_field(pdf, x, y, w, h, label, value, vsize=10):
    pdf.set_line_width(0.6)
    pdf.rect(x, y, w, h)
    pdf.set_font("sans", "", 6.6)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(x + 2, y + 2)
    pdf.cell(w - 4, 8, label)
    pdf.set_font("sans", "I", vsize)
    pdf.set_text_color(20, 40, 150)
    pdf.set_xy(x + 4, y + 11)
    pdf.cell(w - 8, h - 13, value)
    pdf.set_text_color(0, 0, 0)


def doc_cq07():
    pdf = Doc(
        "a4",
        margins=(44, 40, 44),
        bottom=56,
        title="Ficha de inscripcion campana fresa 2025",
        author="Gestiones Laborales Atlantida",
    )
    teal = (0, 105, 110)

    def hdr(p):
        p.set_font("sans", "B", 12)
        p.set_text_color(*teal)
        p.set_xy(44, 30)
        p.cell(300, 14, "GESTIONES LABORALES ATL\u00c1NTIDA")
        p.set_font("sans", "", 7.4)
        p.set_text_color(90, 90, 90)
        p.set_xy(44, 45)
        p.cell(
            400,
            9,
            "Colocaci\u00f3n de personal para campa\u00f1as agr\u00edcolas en Europa \u00b7 Avenida San Isidro, "
            "La Ceiba \u00b7 Tel. +504 2555-0161",
        )
        p.set_font("mono", "", 8)
        p.set_xy(p.w - 164, 30)
        p.cell(120, 10, "Folio N.\u00ba 0388", align="R")
        p.set_draw_color(*teal)
        p.set_line_width(1.5)
        p.line(44, 58, p.w - 44, 58)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(68)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(
        p, f"Original: agencia \u00b7 Copia: solicitante \u00b7 Hoja {p.page_no()} de {{nb}}"
    )
    ev, fees = {}, []
    W = pdf.w - 88

    def section(t):
        pdf.ln(4)
        pdf.set_fill_color(*teal)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("sans", "B", 9)
        pdf.set_x(44)
        pdf.cell(W, 14, "  " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(4)

    pdf.add_page()
    P(
        pdf,
        "FICHA DE INSCRIPCI\u00d3N \u2014 CAMPA\u00d1A DE LA FRESA 2025 (HUELVA, ESPA\u00d1A)",
        size=12,
        style="B",
        align="C",
        after=2,
    )
    P(
        pdf,
        "Llene con letra clara. Entregue esta ficha con los documentos marcados en la secci\u00f3n C.",
        size=8,
        align="C",
        color=(90, 90, 90),
        after=2,
    )
    section("A. DATOS DE LA SOLICITANTE")
    y = pdf.get_y()
    form_field(pdf, 44, y, W * 0.62, 30, "Nombre completo", "Dilcia Marisol Euceda Ponce")
    form_field(pdf, 44 + W * 0.62, y, W * 0.38, 30, "DNI", "0101-1994-03376")
    y += 30
    form_field(pdf, 44, y, W * 0.25, 30, "Fecha de nacimiento", "12/05/1994")
    form_field(
        pdf, 44 + W * 0.25, y, W * 0.45, 30, "Domicilio", "Aldea Corozal, La Ceiba, Atl\u00e1ntida"
    )
    form_field(pdf, 44 + W * 0.70, y, W * 0.30, 30, "Tel\u00e9fono", "+504 9555-2841")
    pdf.set_y(y + 34)
    ev["worker_identity"] = (1, "Dilcia Marisol Euceda Ponce")
    section("B. DATOS DEL PUESTO (seg\u00fan la oferta del empleador)")
    emp = "Agr\u00edcola Marismas de Moguer, S.L., Camino de la Ribera, km 3, 21800 Moguer (Huelva), Espa\u00f1a"
    ret = "Billete de ida y vuelta San Pedro Sula\u2013Madrid pagado por el empleador"
    term = "despido solo por las causas previstas en el convenio colectivo del campo de Huelva"
    rows = [
        ("Empresa", emp),
        (
            "Puesto",
            "Recolectora de fresa y frutos rojos: recolecci\u00f3n, selecci\u00f3n y envasado en campo",
        ),
        ("Lugar", "Fincas de la empresa en Moguer y Lucena del Puerto (Huelva)"),
        ("Campa\u00f1a", "Del 10 de febrero al 13 de junio de 2025"),
        ("Jornada", "6 horas y 30 minutos diarios, de lunes a s\u00e1bado"),
        ("Salario", "60,82 euros brutos por d\u00eda trabajado"),
        ("Forma de pago", "Transferencia a cuenta bancaria en Espa\u00f1a"),
        (
            "Descuentos",
            "Cotizaci\u00f3n a la Seguridad Social e IRPF seg\u00fan la ley espa\u00f1ola",
        ),
        ("Alojamiento", "Gratuito, en la finca"),
        ("Viaje", ret),
        ("Fin del contrato", "Al terminar la campa\u00f1a; " + term),
    ]
    grid(
        pdf,
        rows,
        (104, W - 104),
        x=44,
        size=8.8,
        header_rows=0,
        bold_cols=(0,),
        zebra=(236, 244, 244),
    )
    ev["employer_identity"] = (1, emp)
    ev["job_duties"] = (1, "recolecci\u00f3n, selecci\u00f3n y envasado en campo")
    ev["work_location"] = (1, "Fincas de la empresa en Moguer y Lucena del Puerto (Huelva)")
    ev["employment_period"] = (1, "Del 10 de febrero al 13 de junio de 2025")
    ev["hours_of_work"] = (1, "6 horas y 30 minutos diarios, de lunes a s\u00e1bado")
    ev["wage_rate"] = (1, "60,82 euros brutos por d\u00eda trabajado")
    ev["deductions"] = (
        1,
        "Cotizaci\u00f3n a la Seguridad Social e IRPF seg\u00fan la ley espa\u00f1ola",
    )
    ev["return_transportation"] = (1, ret)
    ev["termination"] = (1, term)
    section("C. DOCUMENTOS ENTREGADOS (marque con X)")
    q_pass = "Pasaporte original (queda en custodia de la agencia hasta el d\u00eda del viaje)"
    items = [
        ("Copia del DNI", True),
        ("Dos fotograf\u00edas tama\u00f1o pasaporte", True),
        ("Constancia de antecedentes penales", True),
        (q_pass, True),
        ("Certificado m\u00e9dico (lo tramita el empleador en Espa\u00f1a)", False),
    ]
    for txt, chk in items:
        y = pdf.get_y()
        checkbox(pdf, 52, y + 2, 8.5, chk)
        pdf.set_font("sans", "", 9)
        pdf.set_xy(66, y)
        pdf.cell(W - 30, 12.5, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    fees.append(F("document_retention", 1, q_pass))

    pdf.add_page()
    section("D. PAGOS DE LA SOLICITANTE")
    pay_rows = [
        ("Concepto", "Monto", "Pagado"),
        ("Cuota de inscripci\u00f3n al programa", "L 4,500.00", ""),
        ("Visado de trabajo (consulado de Espa\u00f1a)", "Lo paga el empleador", ""),
        ("Billete de avi\u00f3n", "Lo paga el empleador", ""),
        ("Examen m\u00e9dico", "Sin costo (lo cubre el empleador)", ""),
    ]
    marks = {1: True, 2: False, 3: False, 4: False}

    def hook(p, ri, ci, cx, cy, w, h):
        if ci == 2 and ri in marks:
            checkbox(p, cx + w / 2 - 4.5, cy + h / 2 - 4.5, 9, marks[ri])

    grid(pdf, pay_rows, (250, 180, W - 430), x=44, size=9, hook=hook, head_fill=(214, 234, 234))
    fees.append(
        F("recruitment_fee", 2, "Cuota de inscripci\u00f3n al programa L 4,500.00", 4500.0, "HNL")
    )
    section("E. COMPROMISOS DE LA SOLICITANTE")
    q_loan = (
        "Si la solicitante no tiene dinero para sus gastos antes del viaje, la agencia le presta 18,000 "
        "lempiras que se le descontar\u00e1n de su salario en Espa\u00f1a, con un inter\u00e9s del 5 % mensual."
    )
    q_pen = (
        "Quien abandone la finca antes de terminar la campa\u00f1a pagar\u00e1 a la agencia una multa de "
        "1.000 euros."
    )
    comps = [
        "1. La solicitante se compromete a trabajar toda la campa\u00f1a con el empleador asignado y a cumplir "
        "las normas de la finca.",
        "2. " + q_loan,
        "3. " + q_pen,
        "4. La solicitante conserva su DNI en todo momento.",
        "5. La solicitante declara que los datos de esta ficha son verdaderos.",
    ]
    for c in comps:
        P(pdf, c, size=9.2, align="J", after=3, x=50, w=W - 12)
    fees.append(F("debt_bondage", 2, q_loan, 18000.0, "HNL"))
    fees.append(F("breach_penalty", 2, q_pen, 1000.0, "EUR"))
    pdf.ln(10)
    y = pdf.get_y()
    form_field(pdf, 44, y, W * 0.40, 56, "Firma de la solicitante", "")
    pdf.rect(44 + W * 0.40, y, W * 0.18, 56)
    pdf.set_font("sans", "", 6.6)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(46 + W * 0.40, y + 2)
    pdf.cell(60, 8, "Huella")
    pdf.set_text_color(0, 0, 0)
    form_field(
        pdf,
        44 + W * 0.58,
        y,
        W * 0.42,
        56,
        "Recibido por Gestiones Laborales Atl\u00e1ntida (firma y sello)",
        "",
    )
    form_field(pdf, 44, y + 56, W * 0.40, 28, "Fecha", "21/10/2024")
    form_field(pdf, 44 + W * 0.40, y + 56, W * 0.60, 28, "Lugar", "La Ceiba, Atl\u00e1ntida")
    return dict(
        pdf=pdf,
        program="generic",
        language="es",
        doc_type="application_form",
        layout="A4 fill-in registration form: header with folio, colored section bars, boxed fields with "
        "handwritten-style (blue oblique) entries, zebra job-terms grid, checkbox document list, "
        "payments table with 'Pagado' checkboxes, numbered commitments, signature/fingerprint boxes",
        corridor="HN \u2192 ES (Huelva)",
        title="Recruiter registration form, strawberry campaign",
        fees=fees,
        evidence=ev,
        recruiters=["Gestiones Laborales Atl\u00e1ntida"],
        traps=[
            "work visa, air ticket and medical exam rows: 'Lo paga el empleador' / 'Sin costo'",
            "free lodging on the farm (generic)",
            "Social Security contribution and IRPF are statutory deductions",
            "worker keeps her DNI (only the passport is retained)",
            "'Forma de pago: Transferencia' gives no frequency (pay_frequency missing)",
        ],
    )


# ======================================================================================
# cq08: H-2B job order, Spanish courtesy translation (crab picking, Maryland)
# ======================================================================================
def doc_cq08():
    pdf = Doc(
        "letter",
        margins=(60, 56, 60),
        bottom=64,
        title="Orden de trabajo H-2B",
        author="Nanticoke Point Seafood, Inc.",
    )

    def hdr(p):
        p.set_font("sans", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.set_xy(60, 28)
        p.cell(250, 10, "Nanticoke Point Seafood, Inc. \u2014 Orden de trabajo H-2B")
        p.set_xy(p.w - 300, 28)
        p.cell(240, 10, "Caso ETA H-400-25002-331907", align="R")
        p.set_draw_color(120, 120, 120)
        p.set_line_width(0.4)
        p.line(60, 41, p.w - 60, 41)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(56)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(p, f"- {p.page_no()} -", rule=False)
    ev, fees = {}, []
    pdf.add_page()
    P(pdf, "ORDEN DE TRABAJO H-2B", size=14, style="B", font="serif", align="C", after=0)
    P(
        pdf,
        "Procesadora de mariscos \u2014 Temporada 2025",
        size=10.5,
        font="serif",
        align="C",
        after=0,
    )
    P(
        pdf,
        "Traducci\u00f3n al espa\u00f1ol*",
        size=8.5,
        style="I",
        font="serif",
        align="C",
        after=10,
        color=(90, 90, 90),
    )
    emp = "Nanticoke Point Seafood, Inc., 318 Wharf Creek Lane, Fishing Creek, Maryland 21634"
    q_house = "La renta de cama es de 240 d\u00f3lares al mes, que se descuentan en partes iguales cada semana."
    q_meal = (
        "El almuerzo cuesta 9 d\u00f3lares por d\u00eda y se descuenta a todas las trabajadoras, coman o no en "
        "el comedor."
    )
    q_equip = (
        "Los cuchillos, guantes de malla y delantales se cobran a precio de costo, unos 55 d\u00f3lares, en "
        "el primer cheque."
    )
    q_move = (
        "Despu\u00e9s de las 9:00 p. m. nadie puede salir de las casas m\u00f3viles, y para ir al pueblo los "
        "domingos se necesita permiso escrito del supervisor."
    )
    paras = [
        ("Empleador", emp + "; tel\u00e9fono (410) 555-0128."),
        (
            "Puesto y tareas",
            "Peladora de jaiba (procesadora de mariscos): separar a mano la carne de la jaiba "
            "cocida con cuchillo, clasificarla por tipo y empacarla en envases de una libra.",
        ),
        (
            "Lugar de trabajo",
            "Planta de la empresa en 318 Wharf Creek Lane, Fishing Creek, Condado de "
            "Dorchester, Maryland.",
        ),
        ("Periodo", "Del 1 de abril al 15 de noviembre de 2025."),
        (
            "Horario",
            "35 horas por semana como m\u00ednimo, de lunes a s\u00e1bado; la hora de entrada depende de "
            "la llegada de la jaiba, normalmente a las 5:00 a. m.",
        ),
        (
            "Salario",
            "$4.25 por libra de carne empacada, con un m\u00ednimo garantizado de $16.17 por hora en "
            "cada semana de pago. La empresa pagar\u00e1 siempre el m\u00e1s alto entre el salario "
            "prevaleciente y el salario m\u00ednimo federal, estatal o local vigente, y aplicar\u00e1 "
            "cualquier aumento desde la fecha en que entre en vigor.",
        ),
        ("Tiempo extra", "No se ofrece tiempo extra en este puesto."),
        ("Pago", "Cada semana, los viernes."),
        (
            "Descuentos",
            "Impuestos federales y estatales, Seguro Social y Medicare, y los cargos de vivienda, "
            "comida y equipo descritos abajo.",
        ),
        (
            "Vivienda",
            "La empresa ofrece cuartos en sus casas m\u00f3viles de Wharf Creek Lane, a cinco minutos "
            "de la planta. " + q_house,
        ),
        ("Comida", "El comedor de la planta sirve almuerzo de lunes a s\u00e1bado. " + q_meal),
        ("Equipo", q_equip),
        ("Reglas de la vivienda", q_move),
        (
            "Viaje de ida",
            "El autob\u00fas de Monterrey a Fishing Creek y los alimentos del camino se "
            "reembolsan en el primer cheque.",
        ),
        (
            "Visa",
            "La empresa reembolsa en la primera semana de trabajo el costo de la visa y del cruce "
            "fronterizo.",
        ),
        (
            "Viaje de regreso",
            "Si la trabajadora termina la temporada, o si la empresa la despide antes sin "
            "causa, la empresa paga el autob\u00fas de regreso a Monterrey.",
        ),
        (
            "Abandono",
            "Si una trabajadora falta cinco d\u00edas seguidos sin avisar, se considera que abandon\u00f3 "
            "el empleo y la empresa avisar\u00e1 al Departamento del Trabajo y al Departamento de "
            "Seguridad Nacional, como exige la ley.",
        ),
        ("Requisitos", "Una temporada de experiencia pelando jaiba o en otra planta de mariscos."),
        (
            "Reclutamiento",
            "La empresa no cobra nada por contratar y no trabaja con reclutadores que cobren a "
            "las trabajadoras.",
        ),
        (
            "Derechos",
            "Cada trabajadora guarda su propio pasaporte. Puede hablar con el Departamento del "
            "Trabajo, con un abogado o con una organizaci\u00f3n de trabajadores sin sufrir represalias.",
        ),
        (
            "Informes",
            "Oficina de personal, (410) 555-0128, de lunes a viernes de 8:00 a. m. a 4:00 p. m. Se "
            "entrega copia de esta orden a cada trabajadora antes de su cita consular.",
        ),
    ]
    page_of = {}
    for head, body in paras:
        if pdf.get_y() > pdf.h - 130:
            pdf.add_page()
        page_of[head] = pdf.page
        P(pdf, f"**{head}.** {body}", size=9.8, font="serif", align="J", markdown=True, after=5.5)
    y = pdf.get_y() + 28
    sig_line(pdf, 70, y, 210, "Por la empresa: Caroline Eskridge Baez, presidenta")
    sig_line(pdf, 340, y, 200, "Recib\u00ed copia (trabajadora)")
    footnote(
        pdf,
        "* Traducci\u00f3n de cortes\u00eda preparada por la empresa. El original en ingl\u00e9s fue presentado al "
        "Departamento del Trabajo de EE. UU.",
        y=pdf.h - 64,
    )
    ev.update(
        {
            "employer_identity": (page_of["Empleador"], emp),
            "job_duties": (
                page_of["Puesto y tareas"],
                "separar a mano la carne de la jaiba cocida con cuchillo",
            ),
            "work_location": (
                page_of["Lugar de trabajo"],
                "Planta de la empresa en 318 Wharf Creek Lane",
            ),
            "employment_period": (page_of["Periodo"], "Del 1 de abril al 15 de noviembre de 2025"),
            "hours_of_work": (page_of["Horario"], "35 horas por semana como m\u00ednimo"),
            "wage_rate": (page_of["Salario"], "m\u00ednimo garantizado de $16.17 por hora"),
            "wage_adjustment": (
                page_of["Salario"],
                "aplicar\u00e1 cualquier aumento desde la fecha en que entre en vigor",
            ),
            "overtime": (page_of["Tiempo extra"], "No se ofrece tiempo extra en este puesto"),
            "pay_frequency": (page_of["Pago"], "Cada semana, los viernes"),
            "deductions": (
                page_of["Descuentos"],
                "Impuestos federales y estatales, Seguro Social y Medicare",
            ),
            "inbound_transportation": (
                page_of["Viaje de ida"],
                "El autob\u00fas de Monterrey a Fishing Creek y los alimentos del camino se reembolsan en el primer cheque",
            ),
            "visa_reimbursement": (
                page_of["Visa"],
                "La empresa reembolsa en la primera semana de trabajo el costo de la visa",
            ),
            "return_transportation": (
                page_of["Viaje de regreso"],
                "la empresa paga el autob\u00fas de regreso a Monterrey",
            ),
            "termination": (page_of["Abandono"], "falta cinco d\u00edas seguidos sin avisar"),
            "job_requirements": (
                page_of["Requisitos"],
                "Una temporada de experiencia pelando jaiba",
            ),
        }
    )
    fees += [
        F("housing_charge", page_of["Vivienda"], q_house, 240.0, "USD"),
        F("meal_charge", page_of["Comida"], q_meal, 9.0, "USD"),
        F("equipment_charge", page_of["Equipo"], q_equip, 55.0, "USD"),
        F("movement_restriction", page_of["Reglas de la vivienda"], q_move),
    ]
    return dict(
        pdf=pdf,
        program="h2b",
        language="es",
        doc_type="job_order",
        layout="letter; single-column serif translation with bold run-in headings; running header with "
        "case number; centered page numbers; translator's footnote; signature lines",
        corridor="MX \u2192 US (Maryland)",
        title="H-2B job order (Spanish translation), crab picking",
        fees=fees,
        evidence=ev,
        recruiters=[],
        traps=[
            "inbound bus and road meals reimbursed in first paycheck",
            "visa and border-crossing reimbursed in first week",
            "return bus paid by employer",
            "'No se ofrece tiempo extra' states the overtime term (present)",
            "company charges nothing for hiring; no charging recruiters (negated recruitment fee)",
            "legal notification to DOL/DHS after 5 days' absence is not a blacklisting threat",
            "worker keeps her passport; may talk to DOL or a lawyer without reprisal (negated)",
            "'minimo garantizado de $16.17 por hora' is a wage floor, not the three-fourths guarantee",
        ],
    )


# ======================================================================================
# cq09: offer letter Nepal -> Qatar security guard (generic), compliant, cost/payer table
# ======================================================================================
def doc_cq09():
    pdf = Doc(
        "a4",
        margins=(52, 50, 52),
        bottom=62,
        title="Offer of Employment and Employment Contract",
        author="Pearl Gate Facility Services W.L.L.",
    )
    maroon = (110, 20, 50)

    def hdr(p):
        p.set_fill_color(*maroon)
        p.rect(0, 0, 14, p.h, style="F")
        p.set_font("serif", "B", 14)
        p.set_text_color(*maroon)
        p.set_xy(52, 30)
        p.cell(300, 16, "PEARL GATE FACILITY SERVICES W.L.L.")
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(52, 47)
        p.cell(
            460,
            10,
            "Security \u00b7 Cleaning \u00b7 Facility Management  |  Building 44, Street 230, Zone 56, "
            "Doha, State of Qatar  |  +974 4400 0193",
        )
        p.set_draw_color(*maroon)
        p.set_line_width(0.8)
        p.line(52, 62, p.w - 52, 62)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(74)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(
        p,
        f"PGFS/HR/OL/2025/0412  \u00b7  page {p.page_no()}/{{nb}}  \u00b7  "
        "Employee's initials: ______",
    )
    ev = {}
    pdf.add_page()
    pdf.set_font("mono", "", 8.5)
    pdf.cell(250, 11, "Ref: PGFS/HR/OL/2025/0412")
    pdf.cell(pdf.w - 104 - 250, 11, "Date: 6 April 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    P(pdf, "OFFER OF EMPLOYMENT AND EMPLOYMENT CONTRACT", size=13, style="B", align="C", after=8)
    emp = "Pearl Gate Facility Services W.L.L., Building 44, Street 230, Zone 56, Doha, State of Qatar"
    rows = [
        ("Employer", emp),
        ("Employee", "Mr. Ramesh Bahadur Thapa Magar, Nepali citizen, Passport No. PA1183507"),
        (
            "Recruiting agency (Nepal)",
            "Himal Bridge Overseas Pvt. Ltd., Kathmandu, Licence No. 1427/079/80",
        ),
    ]
    W = pdf.w - 104
    grid(
        pdf,
        rows,
        (140, W - 140),
        x=52,
        size=9,
        header_rows=0,
        bold_cols=(0,),
        zebra=(246, 238, 241),
    )
    ev["employer_identity"] = (1, emp)
    ev["worker_identity"] = (1, "Ramesh Bahadur Thapa Magar")
    pdf.ln(8)
    terms = [
        (
            "1. Position and duties.",
            "Security Guard. You will control access at client buildings, patrol the "
            "premises, monitor CCTV screens, keep the visitor log and report incidents to the shift supervisor.",
        ),
        (
            "2. Place of work.",
            "Client sites of the Employer in Doha and Lusail, Qatar, as assigned on the "
            "monthly roster.",
        ),
        (
            "3. Duration.",
            "Two years, from 1 June 2025 to 31 May 2027, including a probation period of three "
            "months.",
        ),
        (
            "4. Working hours.",
            "Eight hours a day, 48 hours a week, in rotating shifts, with one paid rest day "
            "each week (normally Friday). Overtime is voluntary and paid at 125 % of the basic hourly wage, or "
            "150 % between 9 p.m. and 6 a.m.",
        ),
        (
            "5. Salary.",
            "Basic salary QAR 1,500 per month plus a food allowance of QAR 300 per month.",
        ),
        (
            "6. Payment.",
            "Monthly, by bank transfer through the Wage Protection System, no later than the 7th "
            "day of the following month.",
        ),
        (
            "7. Deductions.",
            "No deduction is made from the salary except amounts ordered by a court and "
            "deductions the Employee authorises in writing; there is no income tax on salaries in Qatar. "
            "Accommodation, transport, uniforms and meals are never deducted.",
        ),
        (
            "8. Accommodation and transport.",
            "Furnished shared accommodation (four persons per room) and "
            "daily transport between the accommodation and the sites are provided free.",
        ),
        (
            "9. Insurance.",
            "The Employer provides health insurance and work-injury cover at its own cost.",
        ),
    ]
    for h_, t_ in terms:
        P(pdf, f"**{h_}** {t_}", size=9.4, align="J", markdown=True, after=4.5)
    ev.update(
        {
            "job_duties": (1, "control access at client buildings, patrol the premises"),
            "work_location": (1, "Client sites of the Employer in Doha and Lusail, Qatar"),
            "employment_period": (1, "from 1 June 2025 to 31 May 2027"),
            "hours_of_work": (1, "Eight hours a day, 48 hours a week"),
            "wage_rate": (1, "Basic salary QAR 1,500 per month"),
            "pay_frequency": (1, "Monthly, by bank transfer through the Wage Protection System"),
            "deductions": (
                1,
                "No deduction is made from the salary except amounts ordered by a court",
            ),
        }
    )

    pdf.ln(2)
    P(
        pdf,
        "**10. Costs of recruitment and travel.** Every cost of recruiting you and bringing you to Qatar "
        "is paid by the Employer, as shown below. You must not pay any person for this job.",
        size=9.4,
        align="J",
        markdown=True,
        after=6,
    )
    crow = [
        ("Item", "Amount", "Paid by"),
        ("Agency service charge", "USD 650", "Employer"),
        ("Work visa and residence permit (QID)", "QAR 2,000", "Employer"),
        ("Medical examination (Qatar Visa Center, Kathmandu)", "NPR 8,500", "Employer"),
        ("Foreign Employment Welfare Fund contribution", "NPR 1,500", "Employer"),
        ("Pre-departure orientation course", "NPR 700", "Employer"),
        ("Air ticket Kathmandu\u2013Doha", "Actual fare", "Employer"),
        ("Return air ticket Doha\u2013Kathmandu", "Actual fare", "Employer"),
        ("Uniform, shoes and equipment", "Issued free", "Employer"),
    ]
    grid(
        pdf,
        crow,
        (270, 110, W - 380),
        x=52,
        size=9,
        head_fill=(236, 214, 222),
        aligns=("L", "R", "C"),
    )
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_draw_color(*maroon)
    pdf.set_line_width(1.3)
    pdf.rect(52, y, W, 40)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.set_xy(60, y + 6)
    pdf.set_font("sans", "B", 9.2)
    pdf.multi_cell(
        W - 16,
        12,
        "EMPLOYER PAYS: no fee is charged to the Employee at any stage. If anyone asks "
        "you for money for this job, report it to hr@pearlgate-qa.example.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(y + 50)
    more = [
        (
            "11. Return travel.",
            "At the end of the contract, or if the contract ends early for any reason, the "
            "Employer provides an economy air ticket to Kathmandu.",
        ),
        (
            "12. Termination.",
            "After probation either party may end this contract by giving one month's "
            "written notice. The Employer may dismiss without notice only for gross misconduct as defined in "
            "the Labour Law, after an investigation in which the Employee is heard.",
        ),
        (
            "13. Documents and freedom.",
            "The Employee keeps his passport and residence card. He may change "
            "employer or leave Qatar as permitted by Qatari law, without paying the Employer or the agency "
            "anything.",
        ),
        (
            "14. Leave and end of service.",
            "Three weeks of paid annual leave each year, and an end-of-service "
            "gratuity of three weeks' basic salary for each year of service.",
        ),
    ]
    for h_, t_ in more:
        P(pdf, f"**{h_}** {t_}", size=9.4, align="J", markdown=True, after=4.5)
    ev["return_transportation"] = (1, "the Employer provides an economy air ticket to Kathmandu")
    ev["termination"] = (
        2,
        "either party may end this contract by giving one month's written notice",
    )
    y = pdf.get_y() + 30
    third = W / 3
    sig_line(pdf, 52, y, third - 14, "For the Employer:\nNadia Al-Khouri, HR Manager")
    sig_line(pdf, 52 + third, y, third - 14, "Employee:\nRamesh Bahadur Thapa Magar")
    sig_line(
        pdf,
        52 + 2 * third,
        y,
        third - 14,
        "Witness for the agency:\nHimal Bridge Overseas Pvt. Ltd.",
    )
    return dict(
        pdf=pdf,
        program="generic",
        language="en",
        doc_type="offer_letter",
        layout="A4; letterhead with side bar; monospace reference line; parties grid; numbered terms with "
        "bold run-in headings; cost table Item | Amount | Paid by; boxed 'Employer pays' notice; "
        "three signature lines",
        corridor="NP \u2192 QA",
        title="Offer letter / contract, security guard",
        fees=[],
        evidence=ev,
        recruiters=["Himal Bridge Overseas Pvt. Ltd."],
        traps=[
            "cost table: agency service charge USD 650, visa QAR 2,000, medical NPR 8,500 all paid by Employer",
            "welfare-fund contribution paid by Employer (not insurance_cost)",
            "pre-departure orientation paid by Employer (not training_cost)",
            "uniform, shoes and equipment issued free",
            "free accommodation and transport; never deducted",
            "health insurance and work-injury cover at employer's cost",
            "employee keeps passport; may change employer without paying (negated retention / restriction)",
            "'three weeks' basic salary' is an end-of-service gratuity owed to the worker, not a penalty",
        ],
    )


# ======================================================================================
# cq10: H-2A pre-departure letter, English (Guatemala -> Georgia vegetables)
# ======================================================================================
def doc_cq10():
    pdf = Doc(
        "letter",
        margins=(66, 60, 66),
        bottom=70,
        title="Pre-departure instructions 2025",
        author="Tallgrass Hill Farms, Inc.",
    )

    def hdr(p):
        if p.page == 1:
            p.set_font("serif", "B", 17)
            p.set_text_color(60, 90, 30)
            p.set_xy(66, 40)
            p.cell(400, 20, "Tallgrass Hill Farms, Inc.")
            p.set_font("serif", "I", 8.5)
            p.set_text_color(90, 90, 90)
            p.set_xy(66, 61)
            p.cell(
                400, 10, "Growers of peppers, squash and cucumbers since 1987 \u00b7 (229) 555-0134"
            )
            p.set_text_color(0, 0, 0)
            p.set_y(92)
        else:
            p.set_font("serif", "I", 8)
            p.set_text_color(90, 90, 90)
            p.set_xy(66, 34)
            p.cell(
                400, 10, "Tallgrass Hill Farms, Inc. \u2014 pre-departure instructions (continued)"
            )
            p.set_text_color(0, 0, 0)
            p.set_y(60)

    pdf.hdr = hdr
    pdf.ftr = lambda p: footer_line(p, f"{p.page_no()}", rule=False)
    ev, fees = {}, []
    pdf.add_page()
    P(pdf, "February 18, 2025", size=10, font="serif", after=8)
    P(
        pdf,
        "To: Workers selected for the 2025 spring vegetable season\nRe: Pre-departure instructions",
        size=10,
        font="serif",
        style="B",
        after=10,
    )
    emp = "Tallgrass Hill Farms, Inc., 7750 Old Pavo Road, Moultrie, Georgia 31768"
    duties = (
        "Your job is field worker in our vegetable operation: planting transplants, hoeing, and "
        "hand-harvesting bell peppers, squash and cucumbers into buckets, which you carry to the trailer."
    )
    body = [
        f"Congratulations on being selected to work with {emp}, this spring. Please read this letter with "
        "your family and keep it with your papers.",
        duties
        + " You will work on our farms in Colquitt and Brooks counties, Georgia, from April 1, 2025 "
        "to July 15, 2025.",
        "The pay is $14.68 per hour, for 40 hours a week, Monday through Saturday, and checks are given out "
        "every Thursday. Housing at our camp on Old Pavo Road is free, the camp kitchen is free to use, and "
        "a company bus takes you to the fields every morning at no charge.",
        "Before you travel, please read these points carefully:",
    ]
    for b in body:
        P(pdf, b, size=10, font="serif", align="J", after=6)
    q_pass = (
        "Each worker must bring a valid passport, and the cost of obtaining or renewing it is the "
        "worker's own responsibility."
    )
    q_med = (
        "Before the interview you must pass a medical check at Cl\u00ednica M\u00e9dica Los Arcos in zona 11, "
        "which costs Q650 and is paid by each worker."
    )
    q_fly = (
        "Flights from Guatemala City to Atlanta are booked by the company, and the fare of USD 385 will "
        "be deducted from your first three paychecks."
    )
    ret = "At the end of the season the company pays your flight home."
    ded = "Deductions from your pay: federal income tax only if you ask for it, and the airfare repayment described above."
    bullets = [
        q_pass,
        "The consular visa fee will be paid by the company through AgroEnlace Guatemala, S.A.; do not pay it "
        "yourself.",
        q_med,
        q_fly,
        ret,
        ded,
    ]
    for b in bullets:
        y = pdf.get_y()
        pdf.set_font("serif", "", 10)
        pdf.set_xy(76, y)
        pdf.cell(10, 13, "\u2022")
        pdf.set_xy(90, y)
        pdf.multi_cell(pdf.w - 90 - 66, 13, b, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    fees += [
        F("visa_cost", 1, q_pass, None, None, passport_only=True),
        F("medical_cost", 1, q_med, 650.0, "GTQ"),
        F("travel_cost", 1, q_fly, 385.0, "USD"),
    ]
    ev.update(
        {
            "employer_identity": (1, emp),
            "job_duties": (1, "hand-harvesting bell peppers, squash and cucumbers"),
            "work_location": (1, "our farms in Colquitt and Brooks counties, Georgia"),
            "employment_period": (1, "from April 1, 2025 to July 15, 2025"),
            "wage_rate": (1, "$14.68 per hour"),
            "hours_of_work": (1, "40 hours a week, Monday through Saturday"),
            "pay_frequency": (1, "checks are given out every Thursday"),
            "housing": (1, "Housing at our camp on Old Pavo Road is free"),
            "meals": (1, "the camp kitchen is free to use"),
            "daily_transportation": (
                1,
                "a company bus takes you to the fields every morning at no charge",
            ),
            "return_transportation": (1, ret),
            "deductions": (
                1,
                "Deductions from your pay: federal income tax only if you ask for it",
            ),
        }
    )
    pdf.add_page()
    H(pdf, "Rules of the crew", size=11, font="serif", before=0)
    q_bl = (
        "Workers who complain to outside groups or government offices instead of their crew leader will "
        "be placed on our do-not-return list."
    )
    P(
        pdf,
        "We expect every worker to bring problems to the crew leader first. " + q_bl,
        size=10,
        font="serif",
        align="J",
        after=6,
    )
    fees.append(F("blacklisting_threat", 2, q_bl))
    req = "at least two months of experience in the hand harvest of vegetables"
    P(
        pdf,
        f"Requirements for the job: {req} and the ability to lift 50 pounds repeatedly.",
        size=10,
        font="serif",
        align="J",
        after=8,
    )
    ev["job_requirements"] = (2, req)
    H(pdf, "What to bring", size=11, font="serif")
    grid(
        pdf,
        [
            ("Item", "Notes"),
            (
                "Passport with H-2A visa",
                "Keep it with you at all times; nobody at the farm will hold it",
            ),
            ("Clothes for heat and rain", "Long sleeves and a hat for the sun"),
            ("Medicines you take", "Enough for three months, with the prescription"),
            ("This letter", "Show it at the airport if you are asked where you will work"),
        ],
        (170, pdf.w - 132 - 170),
        x=66,
        size=9.2,
        font="serif",
        head_fill=(226, 236, 214),
    )
    pdf.ln(10)
    H(pdf, "Checklist", size=11, font="serif", before=0)
    for t in (
        "I have a valid passport.",
        "I went to the medical check.",
        "I signed my job offer in Spanish.",
        "I gave my family the farm's telephone number.",
    ):
        y = pdf.get_y()
        checkbox(pdf, 72, y + 2.5, 8.5, False)
        pdf.set_font("serif", "", 10)
        pdf.set_xy(88, y)
        pdf.cell(300, 13, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(10)
    P(pdf, "We look forward to seeing you in April.", size=10, font="serif", after=24)
    P(pdf, "Marlene Ashcroft\nPersonnel Coordinator", size=10, font="serif", after=14)
    P(
        pdf,
        "P.S. Nobody from AgroEnlace Guatemala, S.A. or from the company may ask you for money to be hired.",
        size=9.5,
        font="serif",
        style="I",
        align="J",
    )
    return dict(
        pdf=pdf,
        program="h2a",
        language="en",
        doc_type="predeparture_letter",
        layout="letter; serif business letter with letterhead on p. 1 and continuation header on p. 2; "
        "bulleted instructions; 'What to bring' grid table; checkbox checklist; P.S.",
        corridor="GT \u2192 US (Georgia)",
        title="H-2A pre-departure letter from the grower",
        fees=fees,
        evidence=ev,
        recruiters=["AgroEnlace Guatemala, S.A."],
        traps=[
            "consular visa fee paid by the company through the recruiter (not a visa_cost)",
            "free housing, free camp kitchen, free daily bus (h2a)",
            "return flight paid by company",
            "passport kept by worker; nobody at the farm will hold it (negated retention)",
            "P.S.: nobody may ask for money to be hired (negated recruitment fee)",
            "passport cost borne by worker is visa_cost with severity review under H-2",
        ],
    )


# ======================================================================================
# cq11: bilingual (EN / ES) H-2A job offer, compliant (asparagus and cherries, Michigan)
# ======================================================================================
def doc_cq11():
    pdf = Doc(
        "letter",
        margins=(58, 54, 58),
        bottom=62,
        title="H-2A Job Offer / Oferta de trabajo H-2A",
        author="Lakeshore Cherry & Asparagus Farm, LLC",
    )
    red = (150, 25, 40)
    pdf.hdr = lambda p: band(
        p,
        "LAKESHORE CHERRY & ASPARAGUS FARM, LLC",
        "H-2A Job Offer \u00b7 Oferta de trabajo H-2A",
        red,
        h=38,
        size=10.5,
    )
    pdf.ftr = lambda p: footer_line(
        p,
        f"Page / P\u00e1gina {p.page_no()} of / de {{nb}}  \u00b7  Keep this copy / "
        "Guarde esta copia",
    )
    pdf.add_page()
    P(
        pdf,
        "H-2A Job Offer 2025  /  Oferta de trabajo H-2A 2025",
        size=14,
        style="B",
        align="C",
        after=2,
    )
    P(
        pdf,
        "English first, Spanish below each section.  /  Primero en ingl\u00e9s; el espa\u00f1ol va debajo de "
        "cada secci\u00f3n.",
        size=8.5,
        align="C",
        color=(100, 100, 100),
        after=8,
    )
    emp = "Lakeshore Cherry & Asparagus Farm, LLC, 6610 West Ridge Road, Hart, Michigan 49420"
    sections = [
        (
            "Employer / Empleador",
            emp + ". Phone (231) 555-0119.",
            "Lakeshore Cherry & Asparagus Farm, LLC, 6610 West Ridge Road, Hart, M\u00edchigan 49420. "
            "Tel\u00e9fono (231) 555-0119.",
        ),
        (
            "Job / Trabajo",
            "Farmworker. Cut asparagus spears by hand with a knife and carry the crates to the field truck; in "
            "July, spread and fold the catching frames for the cherry shaker crew and sort cherries on the line.",
            "Trabajador agr\u00edcola. Cortar esp\u00e1rrago a mano con cuchillo y llevar las cajas a la troca; en "
            "julio, extender y doblar las lonas del equipo de sacudido de cereza y seleccionar cereza en la "
            "banda.",
        ),
        (
            "Where / D\u00f3nde",
            "Our asparagus and cherry fields in Oceana County, Michigan, all within 8 miles of the farm office.",
            "Nuestros campos de esp\u00e1rrago y cereza en el condado de Oceana, M\u00edchigan, todos a menos de 8 "
            "millas de la oficina.",
        ),
        (
            "Dates and hours / Fechas y horario",
            "From May 5, 2025 to August 8, 2025. 42 hours per week, Monday to Saturday, 7 hours a day.",
            "Del 5 de mayo al 8 de agosto de 2025. 42 horas por semana, de lunes a s\u00e1bado, 7 horas al d\u00eda.",
        ),
        (
            "Pay / Pago",
            "$18.50 per hour, paid every Friday. If the AEWR, the prevailing wage or the minimum wage goes "
            "above this rate during the season, we pay the new, higher rate from the day it starts.",
            "$18.50 por hora, pagados cada viernes. Si la AEWR, el salario prevaleciente o el m\u00ednimo suben "
            "durante la temporada, pagamos la tarifa nueva y m\u00e1s alta desde el d\u00eda en que empiece.",
        ),
        (
            "Guarantee / Garant\u00eda",
            "We guarantee you work for at least three-fourths (3/4) of the workdays of the season, or we pay "
            "the difference.",
            "Le garantizamos trabajo por al menos tres cuartas partes (3/4) de los d\u00edas laborables de la "
            "temporada, o le pagamos la diferencia.",
        ),
        (
            "Housing and meals / Vivienda y comidas",
            "Free housing at the farm's camp, 6580 West Ridge Road. Three meals a day are provided free of "
            "charge in the camp dining hall.",
            "Vivienda gratuita en el campamento de la granja, 6580 West Ridge Road. Tres comidas diarias "
            "gratis en el comedor del campamento.",
        ),
        (
            "Travel / Viajes",
            "We pay your bus ticket from Monterrey to Hart and $16.36 a day for food on the way, in advance. "
            "We also pay the consular visa fee and the border-crossing fee before you travel. When the season "
            "ends, or if we end your job early without cause, we pay your trip back to Monterrey. Every "
            "morning a farm bus takes you from the camp to the fields for free.",
            "Pagamos por adelantado su boleto de autob\u00fas de Monterrey a Hart y $16.36 diarios para comida "
            "en el camino. Tambi\u00e9n pagamos la cuota de la visa en el consulado y el cruce de la frontera "
            "antes de que viaje. Al terminar la temporada, o si terminamos su trabajo antes sin causa, pagamos "
            "su regreso a Monterrey. Cada ma\u00f1ana un autob\u00fas de la granja lo lleva gratis del "
            "campamento a los campos.",
        ),
        (
            "Tools / Herramientas",
            "Knives, crates, gloves and rain gear are given to you free, with no deposit.",
            "Cuchillos, cajas, guantes y ropa para lluvia se le dan gratis, sin dep\u00f3sito.",
        ),
        (
            "Injuries / Lesiones",
            "You are covered by workers' compensation insurance from your first day; the farm pays for it.",
            "Usted est\u00e1 cubierto por el seguro de compensaci\u00f3n laboral desde el primer d\u00eda; la granja "
            "lo paga.",
        ),
        (
            "Deductions / Descuentos",
            "We only deduct federal and Michigan income tax if you ask for it in writing, and any other amount "
            "you authorize in writing. We never deduct for housing, meals, tools, travel or recruitment.",
            "Solo descontamos el impuesto federal y de M\u00edchigan si usted lo pide por escrito, y cualquier "
            "otra cantidad que usted autorice por escrito. Nunca descontamos vivienda, comida, herramientas, "
            "viajes ni reclutamiento.",
        ),
        (
            "Pay stubs / Talones de pago",
            "Every payday you get a pay stub that shows hours offered, hours worked, pay rate, earnings and "
            "deductions.",
            "Cada d\u00eda de pago recibe un tal\u00f3n que muestra las horas ofrecidas, las horas trabajadas, la "
            "tarifa, lo ganado y los descuentos.",
        ),
        (
            "Leaving the job / Terminaci\u00f3n",
            "If you miss 5 days in a row without permission, we treat it as abandoning the job and must notify "
            "the Department of Labor and DHS. We can dismiss you for cause only after a written warning, except "
            "for violence or theft.",
            "Si falta 5 d\u00edas seguidos sin permiso, se considera abandono del trabajo y debemos avisar al "
            "Departamento del Trabajo y a DHS. Solo podemos despedirlo por causa despu\u00e9s de una advertencia "
            "por escrito, salvo en casos de violencia o robo.",
        ),
        (
            "Bad weather / Mal tiempo",
            "If frost, hail or another disaster destroys the crop and the work cannot continue, we may end the "
            "contract with Department of Labor approval; we still pay the 3/4 guarantee up to that day and "
            "your trip home.",
            "Si una helada, granizo u otro desastre destruye la cosecha y el trabajo no puede continuar, "
            "podemos terminar el contrato con aprobaci\u00f3n del Departamento del Trabajo; aun as\u00ed pagamos la "
            "garant\u00eda de 3/4 hasta ese d\u00eda y su regreso.",
        ),
        (
            "Requirements / Requisitos",
            "At least 18 years old, one season of field harvest experience, able to work bent over for long "
            "periods.",
            "Tener 18 a\u00f1os o m\u00e1s, una temporada de experiencia en cosecha en el campo y poder trabajar "
            "agachado por largo tiempo.",
        ),
        (
            "No fees / Sin cobros",
            "We hired you directly. No one may charge you anything for this job, and you keep your own passport.",
            "Lo contratamos directamente. Nadie puede cobrarle nada por este trabajo, y usted guarda su propio "
            "pasaporte.",
        ),
    ]
    where = {}
    for head, en, es in sections:
        if pdf.get_y() > pdf.h - 150:
            pdf.add_page()
        where[head] = pdf.page
        P(pdf, head, size=9.8, style="B", color=red, after=1.5)
        P(pdf, en, size=9.3, align="J", after=1.5)
        P(pdf, es, size=8.9, style="I", align="J", color=(85, 85, 85), after=6)
    pdf.ln(4)
    y = pdf.get_y()
    checkbox(pdf, 60, y + 2, 8.5, False)
    pdf.set_font("sans", "", 9)
    pdf.set_xy(74, y)
    pdf.multi_cell(
        pdf.w - 74 - 58,
        12,
        "I received this offer in English and in Spanish before my visa "
        "interview.  /  Recib\u00ed esta oferta en ingl\u00e9s y en espa\u00f1ol antes de mi entrevista "
        "de visa.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    y = pdf.get_y() + 30
    sig_line(pdf, 60, y, 210, "Worker / Trabajador")
    sig_line(pdf, 330, y, 220, "For the farm / Por la granja: Henrik Dahlquist, owner")
    ev = {
        "employer_identity": (where["Employer / Empleador"], emp),
        "job_duties": (where["Job / Trabajo"], "Cut asparagus spears by hand with a knife"),
        "work_location": (
            where["Where / D\u00f3nde"],
            "Our asparagus and cherry fields in Oceana County, Michigan",
        ),
        "employment_period": (
            where["Dates and hours / Fechas y horario"],
            "From May 5, 2025 to August 8, 2025",
        ),
        "hours_of_work": (
            where["Dates and hours / Fechas y horario"],
            "42 hours per week, Monday to Saturday",
        ),
        "wage_rate": (where["Pay / Pago"], "$18.50 per hour"),
        "pay_frequency": (where["Pay / Pago"], "paid every Friday"),
        "wage_adjustment": (
            where["Pay / Pago"],
            "we pay the new, higher rate from the day it starts",
        ),
        "three_fourths_guarantee": (
            where["Guarantee / Garant\u00eda"],
            "at least three-fourths (3/4) of the workdays",
        ),
        "housing": (
            where["Housing and meals / Vivienda y comidas"],
            "Free housing at the farm's camp, 6580 West Ridge Road",
        ),
        "meals": (
            where["Housing and meals / Vivienda y comidas"],
            "Three meals a day are provided free of charge",
        ),
        "inbound_transportation": (
            where["Travel / Viajes"],
            "We pay your bus ticket from Monterrey to Hart",
        ),
        "return_transportation": (where["Travel / Viajes"], "we pay your trip back to Monterrey"),
        "daily_transportation": (
            where["Travel / Viajes"],
            "a farm bus takes you from the camp to the fields for free",
        ),
        "tools_provided": (
            where["Tools / Herramientas"],
            "Knives, crates, gloves and rain gear are given to you free",
        ),
        "workers_compensation": (
            where["Injuries / Lesiones"],
            "You are covered by workers' compensation insurance",
        ),
        "deductions": (
            where["Deductions / Descuentos"],
            "We only deduct federal and Michigan income tax if you ask for it in writing",
        ),
        "earnings_statements": (
            where["Pay stubs / Talones de pago"],
            "Every payday you get a pay stub that shows hours offered",
        ),
        "termination": (
            where["Leaving the job / Terminaci\u00f3n"],
            "If you miss 5 days in a row without permission",
        ),
        "contract_impossibility": (
            where["Bad weather / Mal tiempo"],
            "destroys the crop and the work cannot continue",
        ),
        "job_requirements": (
            where["Requirements / Requisitos"],
            "one season of field harvest experience",
        ),
    }
    return dict(
        pdf=pdf,
        program="h2a",
        language="mixed",
        doc_type="job_offer",
        layout="letter; colored header band; bilingual sections: bold heading 'English / Espa\u00f1ol', English "
        "paragraph, Spanish paragraph in grey italic below; checkbox acknowledgment; signature lines",
        corridor="MX \u2192 US (Michigan)",
        title="Bilingual EN/ES H-2A job offer, asparagus and cherries",
        fees=[],
        evidence=ev,
        recruiters=[],
        traps=[
            "employer pays consular visa fee and border-crossing fee before travel",
            "inbound bus and travel meals paid in advance; return trip paid",
            "three meals a day free (no meal charge)",
            "free housing and free daily bus",
            "tools and rain gear free, no deposit ('sin dep\u00f3sito')",
            "workers' compensation paid by the farm",
            "income tax only on written request; never deducted: housing, meals, tools, travel, recruitment",
            "direct hire, nobody may charge; worker keeps passport (negated fee / retention)",
        ],
    )


# ======================================================================================
# cq12: advance-and-security agreement, Jamaican recruiter, H-2B hotel job (legal size)
# ======================================================================================
def doc_cq12():
    pdf = Doc(
        "legal",
        margins=(72, 60, 72),
        bottom=60,
        title="Advance and Security Agreement",
        author="Caribbean Pathways Placement Agency Limited",
    )
    pdf.ftr = lambda p: footer_line(
        p,
        "Caribbean Pathways Placement Agency Limited \u00b7 Form CP-7 (rev. 2024)",
        size=7,
        rule=False,
    )
    pdf.add_page()
    pdf.set_y(54)
    P(pdf, "ADVANCE AND SECURITY AGREEMENT", size=15, style="B", font="serif", align="C", after=14)
    S = dict(size=10.2, font="serif", align="J", after=7, lh=14)
    emp = "Dunewood Resort Hotel LLC, 3100 Atlantic Strand Avenue, Ocean City, Maryland 21842"
    P(
        pdf,
        "THIS AGREEMENT is made on the 10th day of March, 2025 BETWEEN Caribbean Pathways Placement Agency "
        "Limited, a company incorporated in Jamaica with its registered office at 18 Fort Street, Montego "
        'Bay, St. James (the "Agency"), AND Kemar Dwayne Livingston of 5 Cherry Gardens Close, '
        'Savanna-la-Mar, Westmoreland (the "Worker").',
        **S,
    )
    P(pdf, "WHEREAS:", size=10.2, font="serif", style="B", after=4)
    rec = [
        f'(A) The Agency has referred the Worker to {emp} (the "Employer"), for seasonal employment as a '
        "housekeeping attendant, cleaning guest rooms and public areas and handling linen, under the H-2B "
        "programme.",
        "(B) The Employer has offered the Worker employment at its hotel in Ocean City, Maryland from 1 May "
        "2025 to 30 September 2025 at a wage of US$16.42 per hour.",
        "(C) The Employer has agreed to pay the Worker's airfare to the United States and to reimburse his "
        "visa fee, and the Agency receives its service charges from the Employer.",
        "(D) The Worker has asked the Agency for an advance to meet his personal and family expenses until he "
        "receives his first wages.",
    ]
    for r in rec:
        P(pdf, r, **S)
    P(pdf, "NOW IT IS AGREED as follows:", size=10.2, font="serif", style="B", after=4)
    q_adv = (
        "The Agency advances to the Worker the sum of one hundred and eighty thousand Jamaican dollars "
        "(JMD 180,000.00), to be repaid out of the Worker's wages in the United States together with "
        "interest at three per cent (3%) per month."
    )
    q_sec = (
        "As security for the advance and for his performance of the employment, the Worker shall deliver "
        "to the Agency a post-dated cheque for JMD 250,000 drawn by a guarantor acceptable to the Agency."
    )
    q_pen = (
        "If the Worker leaves the Employer before 30 September 2025 for any reason other than dismissal, "
        "he shall pay the Agency liquidated damages equal to two weeks' wages, and the Agency may present "
        "the cheque for payment."
    )
    ded = "Apart from taxes required by law, these instalments are the only deduction to be made from the Worker's wages."
    cl = [
        "1. Advance. " + q_adv,
        "2. Repayment. The Worker irrevocably authorises the Employer to deduct the instalments from his wages "
        "and remit them to the Agency in equal parts over his first ten pay periods. " + ded,
        "3. Security. " + q_sec,
        "4. Early departure. " + q_pen,
        "5. Notices. Notices to the Worker may be sent by WhatsApp or e-mail to the contacts he has given the "
        "Agency.",
        "6. Governing law. This Agreement is governed by the laws of Jamaica.",
    ]
    for c in cl:
        P(pdf, c, **S)
    pdf.ln(6)
    P(
        pdf,
        "SIGNED by the parties on the date first written above.",
        size=10.2,
        font="serif",
        after=30,
    )
    y = pdf.get_y()
    sig_line(
        pdf, 80, y, 200, "For the Agency: Dorrett A. Campbell-Reid,\nManaging Director", size=8.5
    )
    sig_line(pdf, 330, y, 200, "The Worker: Kemar Dwayne Livingston", size=8.5)
    y += 64
    sig_line(pdf, 80, y, 200, "Witness (name, address, occupation)", size=8.5)
    sig_line(pdf, 330, y, 200, "Justice of the Peace (stamp)", size=8.5)
    ev = {
        "employer_identity": (1, emp),
        "job_duties": (
            1,
            "housekeeping attendant, cleaning guest rooms and public areas and handling linen",
        ),
        "work_location": (1, "its hotel in Ocean City, Maryland"),
        "employment_period": (1, "from 1 May 2025 to 30 September 2025"),
        "wage_rate": (1, "US$16.42 per hour"),
        "inbound_transportation": (1, "to pay the Worker's airfare to the United States"),
        "visa_reimbursement": (1, "to reimburse his visa fee"),
        "deductions": (1, ded),
    }
    fees = [
        F("debt_bondage", 1, q_adv, 180000.0, "JMD"),
        F("deposit_or_bond", 1, q_sec, 250000.0, "JMD"),
        F("breach_penalty", 1, q_pen),
    ]
    return dict(
        pdf=pdf,
        program="h2b",
        language="en",
        doc_type="loan_agreement",
        layout="legal size, one page; serif deed style: parties paragraph, WHEREAS recitals (A)-(D), "
        "numbered clauses with run-in titles, four signature lines incl. witness and JP",
        corridor="JM \u2192 US (Maryland)",
        title="Recruiter's advance-and-security agreement",
        fees=fees,
        evidence=ev,
        recruiters=["Caribbean Pathways Placement Agency Limited"],
        traps=[
            "employer pays airfare and reimburses visa fee (recital C)",
            "agency's service charges received from the employer (recital C)",
            "'ten pay periods' gives no pay frequency (pay_frequency missing)",
            "early-departure clause is a penalty, not an abandonment/termination rule (termination missing)",
            "breach penalty 'two weeks' wages' has no number: amount null",
        ],
    )


# ======================================================================================
# labels, verification, main
# ======================================================================================
BUILDERS = [
    doc_cq01,
    doc_cq02,
    doc_cq03,
    doc_cq04,
    doc_cq05,
    doc_cq06,
    doc_cq07,
    doc_cq08,
    doc_cq09,
    doc_cq10,
    doc_cq11,
    doc_cq12,
]


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def render(builder):
    spec = builder()
    data = bytes(spec["pdf"].output())
    return spec, data


def make_label(name, spec, pages):
    prog = spec["program"]
    fees = []
    for f in spec["fees"]:
        fees.append(
            {
                "category": f["category"],
                "severity": severity(f["category"], prog, f["passport_only"]),
                "page": f["page"],
                "amount": f["amount"],
                "currency": f["currency"],
                "quote": norm(f["quote"]),
            }
        )
    ev = spec["evidence"]
    missing = [t for t in REQUIRED[prog] if t not in ev]
    present = [
        {"term": t, "page": ev[t][0], "excerpt": norm(ev[t][1])} for t in TERM_ORDER if t in ev
    ]
    return {
        "file": name,
        "program": prog,
        "language": spec["language"],
        "scanned": spec.get("scanned_page") is not None,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
        "present_terms": present,
    }


class Checker:
    def __init__(self):
        self.errors = []
        self.notes = []

    def check(self, cond, msg):
        if not cond:
            self.errors.append(msg)
        return cond


def page_variants(page):
    """Whitespace-normalised texts of a page: full text, left and right half (for two-column
    layouts), and single table cells."""
    v = [("full", norm(page.extract_text()))]
    w, h = page.width, page.height
    v.append(("left column", norm(page.within_bbox((0, 0, w / 2, h)).extract_text())))
    v.append(("right column", norm(page.within_bbox((w / 2, 0, w, h)).extract_text())))
    for t in page.extract_tables():
        for row in t:
            for c in row:
                if c:
                    v.append(("table cell", norm(c)))
    return v


def find_in(variants, s):
    s = norm(s)
    for how, txt in variants:
        if s in txt:
            return how
    return None


ABBREV = (
    "S.A.",
    "S.C.",
    "Inc.",
    "Ltd.",
    "Co.",
    "No.",
    "p. m.",
    "a. m.",
    "a.m.",
    "p.m.",
    "U.S.",
    "EE. UU.",
    "LLC.",
    "W.L.L.",
    "Pvt.",
    "Lic.",
    "C.",
    "N.\u00ba",
)


def one_sentence(q):
    t = q
    for a in ABBREV:
        t = t.replace(a, "")
    return re.search(r"[.!?]\s+[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1\u00bf\u00a1]", t) is None


def verify(out_dir, labels, specs):
    ck = Checker()
    scanned_docs = 0
    for lab, spec in zip(labels, specs):
        name = lab["file"]
        path = os.path.join(out_dir, name)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            ck.check(n == lab["pages"], f"{name}: page count {n} != label {lab['pages']}")
            ck.check(1 <= n <= 4, f"{name}: {n} pages (batch wants 1-4)")
            variants = [page_variants(p) for p in pdf.pages]
            alltext = [t for pv in variants for _, t in pv]
            sp = spec.get("scanned_page")
            image_only = []
            for i, p in enumerate(pdf.pages, 1):
                if len(p.chars) == 0 and norm(p.extract_text()) == "":
                    image_only.append(i)
            if sp is not None:
                scanned_docs += 1
                ck.check(
                    image_only == [sp], f"{name}: image-only pages {image_only}, expected [{sp}]"
                )
                pg = pdf.pages[sp - 1]
                ck.check(len(pg.images) == 1, f"{name}: scanned page should hold exactly one image")
                if pg.images:
                    im = pg.images[0]
                    dpi_x = im["srcsize"][0] / (float(im["width"]) / 72.0)
                    dpi_y = im["srcsize"][1] / (float(im["height"]) / 72.0)
                    ck.check(
                        min(dpi_x, dpi_y) >= 199.5,
                        f"{name}: scan resolution {dpi_x:.0f}x{dpi_y:.0f} dpi < 200",
                    )
                    cover = (
                        float(im["width"])
                        * float(im["height"])
                        / (float(pg.width) * float(pg.height))
                    )
                    ck.check(
                        cover > 0.95, f"{name}: scan image covers only {cover:.0%} of the page"
                    )
                for t in spec.get("scan_terms", []):
                    ck.check(
                        t in spec["evidence"],
                        f"{name}: scanned page term {t} not evidenced on a text page",
                    )
            else:
                ck.check(image_only == [], f"{name}: unexpected image-only pages {image_only}")
            # fees
            for f in lab["fees"]:
                ck.check(f["category"] in CATEGORIES, f"{name}: bad category {f['category']}")
                ck.check(f["severity"] in ("violation", "review"), f"{name}: bad severity")
                ck.check(
                    f["amount"] is None or isinstance(f["amount"], (int, float)),
                    f"{name}: bad amount",
                )
                ck.check(
                    f["currency"] is None or f["currency"] in CURRENCIES,
                    f"{name}: bad currency {f['currency']}",
                )
                ck.check(
                    (f["amount"] is None) == (f["currency"] is None),
                    f"{name}: amount/currency mismatch",
                )
                ck.check(f["page"] != sp, f"{name}: fee quote on the scanned page")
                ck.check(
                    one_sentence(f["quote"]),
                    f"{name}: quote is not one sentence: {f['quote'][:60]}",
                )
                ok = 1 <= f["page"] <= n
                how = find_in(variants[f["page"] - 1], f["quote"]) if ok else None
                if ck.check(
                    how is not None, f"{name}: fee quote not on page {f['page']}: {f['quote'][:70]}"
                ):
                    if how != "full":
                        ck.notes.append(
                            f"{name} p{f['page']} fee quote found via {how}: {f['quote'][:50]}"
                        )
                other = [
                    i + 1
                    for i, pv in enumerate(variants)
                    if find_in(pv, f["quote"]) and i + 1 != f["page"]
                ]
                ck.check(not other, f"{name}: fee quote also found on pages {other}")
            # terms
            ev = spec["evidence"]
            for t, (pg, s) in ev.items():
                ck.check(
                    t in REQUIRED[lab["program"]], f"{name}: evidence for a term not required: {t}"
                )
                ck.check(pg != sp, f"{name}: evidence for {t} placed on the scanned page")
                how = find_in(variants[pg - 1], s) if 1 <= pg <= n else None
                found = [i + 1 for i, pv in enumerate(variants) if find_in(pv, s)]
                if ck.check(
                    how is not None,
                    f"{name}: evidence for {t} not on page {pg} (found on {found}): {s[:60]}",
                ):
                    if how != "full":
                        ck.notes.append(f"{name} p{pg} evidence {t} found via {how}")
            exp_missing = [t for t in REQUIRED[lab["program"]] if t not in ev]
            ck.check(
                lab["missing_terms"] == exp_missing,
                f"{name}: missing_terms not derived from evidence",
            )
            # recruiters
            for r in lab["recruiters"]:
                ck.check(
                    any(norm(r) in t for t in alltext), f"{name}: recruiter name not in text: {r}"
                )
        compliant = not lab["fees"] and not lab["missing_terms"]
        ck.check(
            compliant or 1 <= len(lab["fees"]) <= 5,
            f"{name}: non-compliant documents need 1-5 findings (has {len(lab['fees'])})",
        )
        if compliant:
            ck.check(
                len(lab["traps"]) >= 4, f"{name}: compliant document should list its look-alikes"
            )
        for f in lab["fees"]:
            src = next(x for x in spec["fees"] if norm(x["quote"]) == f["quote"])
            ck.check(
                f["severity"] == severity(f["category"], lab["program"], src["passport_only"]),
                f"{name}: severity mismatch",
            )
    # batch mix
    ck.check([l["file"] for l in labels] == [f"cq{i:02d}.pdf" for i in range(1, 13)], "file names")
    progs = {l["program"] for l in labels}
    langs = {l["language"] for l in labels}
    ck.check(progs == {"h2a", "h2b", "generic"}, f"programs {progs}")
    ck.check(
        {"en", "es", "mixed"} <= langs and langs <= {"en", "es", "mixed"}, f"languages {langs}"
    )
    ncomp = sum(1 for l in labels if not l["fees"] and not l["missing_terms"])
    ck.check(ncomp >= 3, f"only {ncomp} compliant documents")
    ck.check(
        scanned_docs == 1 and sum(l["scanned"] for l in labels) == 1, "exactly one scanned document"
    )
    return ck


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    labels, specs = [], []
    determinism = []
    for i, b in enumerate(BUILDERS, 1):
        name = f"cq{i:02d}.pdf"
        spec, data = render(b)
        _, again = render(b)
        if data != again:
            determinism.append(name)
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
        labels.append(make_label(name, spec, pages))
        specs.append(spec)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels, specs, determinism


def summary(labels):
    cats = {}
    for l in labels:
        for f in l["fees"]:
            cats[f["category"]] = cats.get(f["category"], 0) + 1
    lines = []
    for l in labels:
        lines.append(
            f"  {l['file']} {l['program']:<7} {l['language']:<5} pages={l['pages']} "
            f"fees={len(l['fees'])} missing={len(l['missing_terms'])}"
            f"{' scanned' if l['scanned'] else ''}"
        )
    lines.append(
        "  findings per category: " + ", ".join(f"{k} {cats[k]}" for k in CATEGORIES if k in cats)
    )
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument(
        "--write-labels",
        action="store_true",
        help="rewrite the committed labels.json next to build.py",
    )
    args = ap.parse_args(argv)
    labels, specs, nondet = build(args.out_dir)
    ck = verify(args.out_dir, labels, specs)
    for name in nondet:
        ck.errors.append(f"{name}: two in-process builds differ (not deterministic)")
    print(summary(labels))
    for n in ck.notes:
        print("  note:", n)
    committed = os.path.join(HERE, "labels.json")
    if ck.errors:
        for e in ck.errors:
            print("FAIL:", e)
        print(f"{len(ck.errors)} failed checks")
        return 1
    if args.write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"wrote {committed}")
    else:
        if not os.path.exists(committed):
            print("FAIL: committed labels.json missing (run with --write-labels)")
            return 1
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            for a, b in zip(old, labels):
                if a != b:
                    keys = [k for k in set(a) | set(b) if a.get(k) != b.get(k)]
                    print(
                        f"FAIL: {b.get('file')}: generated labels differ from committed ({', '.join(sorted(keys))})"
                    )
            if len(old) != len(labels):
                print(f"FAIL: committed has {len(old)} documents, generated {len(labels)}")
            return 1
        print("committed labels.json matches")
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
