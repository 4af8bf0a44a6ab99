#!/usr/bin/env python3
"""Build the heldout_cp blind batch: 12 recruitment-contract PDFs plus labels.json.

    python build.py OUT_DIR [--write-labels]

Writes cp01.pdf ... cp12.pdf and labels.json into OUT_DIR, deterministically (fixed
creation date, fixed seeds), reopens every PDF with pdfplumber and checks page counts,
fee quotes on their labelled page, recruiter names, the evidence string of every term a
document states, the image-only scanned page and the batch mix. Finally it compares the
generated labels with the committed labels.json next to this file and exits 1 on any
failed check or difference.  --write-labels rewrites the committed file instead.

Self-contained: needs fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts.
Every firm, agency, person, address and phone number in these documents is invented.
"""

import io
import json
import os
import sys
import unicodedata
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

FONTS = {
    "sans": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
    "serif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
        "BI": "DejaVuSerif-BoldItalic.ttf",
    },
    "cond": {
        "": "DejaVuSansCondensed.ttf",
        "B": "DejaVuSansCondensed-Bold.ttf",
        "I": "DejaVuSansCondensed-Oblique.ttf",
        "BI": "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "mono": {"": "DejaVuSansMono.ttf", "B": "DejaVuSansMono-Bold.ttf"},
}

# ----------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# ----------------------------------------------------------------------------------------
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
CURRENCIES = {"USD", "MXN", "PHP", "GTQ", "JMD", "NPR", "MYR", "EUR", "HNL", "AED", "DOP", "CAD"}


def severity(category, program, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split())


# ----------------------------------------------------------------------------------------
# drawing helpers (fpdf2)
# ----------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self, fmt="Letter", margins=(56, 54, 56), bottom=56, title="", author="", subject=""
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        for fam, styles in FONTS.items():
            for st, fn in styles.items():
                self.add_font(fam, st, os.path.join(FONT_DIR, fn))
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_title(title)
        self.set_author(author)
        self.set_subject(subject)
        self.set_creator("heldout_cp/build.py")
        self.set_producer("heldout_cp")
        self.hdr = None
        self.ftr = None
        self.bare_pages = set()

    def header(self):
        if self.hdr and self.page_no() not in self.bare_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.bare_pages:
            self.ftr(self)

    @property
    def content_w(self):
        return self.w - self.l_margin - self.r_margin


def para(
    d,
    text,
    size=10,
    fam="sans",
    style="",
    color=(0, 0, 0),
    lh=1.32,
    align="L",
    w=0,
    after=5,
    indent=0,
    markdown=False,
    fill=None,
):
    d.set_font(fam, style, size)
    d.set_text_color(*color)
    if indent:
        d.set_x(d.l_margin + indent)
        if w == 0:
            w = d.content_w - indent
    if fill:
        d.set_fill_color(*fill)
    d.multi_cell(
        w,
        size * lh,
        text,
        align=align,
        new_x="LMARGIN",
        new_y="NEXT",
        markdown=markdown,
        fill=bool(fill),
    )
    d.set_text_color(0, 0, 0)
    if after:
        d.ln(after)


def heading(
    d,
    text,
    size=11.5,
    fam="sans",
    style="B",
    color=(0, 0, 0),
    before=6,
    after=3,
    fill=None,
    align="L",
):
    if before:
        d.ln(before)
    d.set_font(fam, style, size)
    d.set_text_color(*color)
    if fill:
        d.set_fill_color(*fill)
    d.multi_cell(
        0,
        size * 1.35,
        text,
        align=align,
        new_x="LMARGIN",
        new_y="NEXT",
        fill=bool(fill),
        padding=(2, 4) if fill else 0,
    )
    d.set_text_color(0, 0, 0)
    if after:
        d.ln(after)


def bullets(
    d, items, size=10, fam="sans", bullet="\u2022", indent=14, lh=1.3, after=3, color=(0, 0, 0)
):
    for it in items:
        d.set_font(fam, "", size)
        d.set_text_color(*color)
        y = d.get_y()
        d.set_x(d.l_margin + 2)
        d.cell(indent - 2, size * lh, bullet)
        d.set_xy(d.l_margin + indent, y)
        d.multi_cell(d.content_w - indent, size * lh, it, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(after)
    d.set_text_color(0, 0, 0)


def grid(
    d,
    rows,
    widths,
    size=9,
    fam="sans",
    header=True,
    head_fill=(225, 225, 225),
    head_color=(0, 0, 0),
    borders="ALL",
    lh=1.28,
    bold_first_col=False,
    zebra=None,
    aligns=None,
    after=6,
    padding=3,
):
    d.set_font(fam, "", size)
    d.set_text_color(0, 0, 0)
    total = sum(widths)
    kw = dict(
        col_widths=widths,
        width=total,
        text_align=aligns or "LEFT",
        line_height=size * lh,
        borders_layout=borders,
        first_row_as_headings=header,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color),
        padding=padding,
        align="LEFT",
        v_align="TOP",
    )
    if zebra:
        d.set_fill_color(*zebra)
        kw["cell_fill_color"] = zebra
        kw["cell_fill_mode"] = "ROWS"
    else:
        d.set_fill_color(255, 255, 255)
    with d.table(**kw) as t:
        for ri, r in enumerate(rows):
            row = t.row()
            for ci, c in enumerate(r):
                if bold_first_col and ci == 0 and not (header and ri == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    if after:
        d.ln(after)


def band(
    d,
    title,
    sub=None,
    fill=(30, 70, 50),
    color=(255, 255, 255),
    h=None,
    tsize=15,
    ssize=9.5,
    fam="sans",
):
    y0 = d.get_y()
    d.set_fill_color(*fill)
    hh = h or (tsize * 1.5 + (ssize * 1.6 if sub else 0) + 14)
    d.rect(0, y0 - 20 if y0 > 20 else 0, d.w, hh + (20 if y0 > 20 else y0), style="F")
    d.set_text_color(*color)
    d.set_xy(d.l_margin, y0 + 6)
    d.set_font(fam, "B", tsize)
    d.cell(0, tsize * 1.3, title, new_x="LMARGIN", new_y="NEXT")
    if sub:
        d.set_font(fam, "", ssize)
        d.cell(0, ssize * 1.5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(y0 + hh + 8)


def hrule(d, color=(120, 120, 120), width=0.6, after=6, before=2):
    d.ln(before)
    d.set_draw_color(*color)
    d.set_line_width(width)
    y = d.get_y()
    d.line(d.l_margin, y, d.w - d.r_margin, y)
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.2)
    d.ln(after)


def sig_block(d, cols, size=9, gap=18, line_w=None, fam="sans", top=26):
    """cols: list of (caption, name-or-empty, extra-line-or-empty)."""
    n = len(cols)
    cw = (d.content_w - gap * (n - 1)) / n
    d.ln(top)
    y = d.get_y()
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.5)
    for i, (cap, name, extra) in enumerate(cols):
        x = d.l_margin + i * (cw + gap)
        d.line(x, y, x + (line_w or cw), y)
        d.set_xy(x, y + 2)
        d.set_font(fam, "B", size)
        d.multi_cell(cw, size * 1.3, cap, align="L", new_x="LEFT", new_y="NEXT")
        if name:
            d.set_x(x)
            d.set_font(fam, "", size)
            d.multi_cell(cw, size * 1.3, name, align="L", new_x="LEFT", new_y="NEXT")
        if extra:
            d.set_x(x)
            d.set_font(fam, "", size - 1)
            d.set_text_color(90, 90, 90)
            d.multi_cell(cw, (size - 1) * 1.3, extra, align="L", new_x="LEFT", new_y="NEXT")
            d.set_text_color(0, 0, 0)
    d.set_line_width(0.2)
    d.set_y(y + 52)


def boxed(d, lines_fn, x=None, w=None, pad=8, border=(0, 0, 0), fill=None, lw=0.8, dash=False):
    """Draw content produced by lines_fn(d, inner_x, inner_w) inside a rectangle."""
    x = d.l_margin if x is None else x
    w = d.content_w if w is None else w
    y0 = d.get_y()
    old_l, old_r = d.l_margin, d.r_margin
    d.set_left_margin(x + pad)
    d.set_right_margin(d.w - (x + w) + pad)
    d.set_xy(x + pad, y0 + pad)
    lines_fn(d)
    y1 = d.get_y() + pad - 4
    d.set_left_margin(old_l)
    d.set_right_margin(old_r)
    d.set_draw_color(*border)
    d.set_line_width(lw)
    if dash:
        d.set_dash_pattern(dash=3, gap=2)
    d.rect(x, y0, w, y1 - y0)
    d.set_dash_pattern()
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.set_y(y1 + 6)


def text_height(d, text, w, size, fam="sans", style="", lh=1.32):
    d.set_font(fam, style, size)
    lines = d.multi_cell(w, size * lh, text, align="L", dry_run=True, output="LINES")
    return len(lines) * size * lh


class Columns:
    """Small multi-column flow: whole blocks move to the next column or page."""

    def __init__(self, d, ncols=2, gutter=18, on_new_page=None):
        self.d = d
        self.n = ncols
        self.g = gutter
        self.cw = (d.content_w - gutter * (ncols - 1)) / ncols
        self.top = d.get_y()
        self.bottom = d.h - d.b_margin
        self.col = 0
        self.y = self.top
        self.maxy = self.top
        self.on_new_page = on_new_page

    def x(self):
        return self.d.l_margin + self.col * (self.cw + self.g)

    def block(self, title, text, size=8.6, fam="sans", title_size=None, after=5, lh=1.3):
        d = self.d
        ts = title_size or size + 0.4
        need = (ts * 1.35 if title else 0) + text_height(d, text, self.cw, size, fam, lh=lh)
        if self.y + need > self.bottom:
            self.col += 1
            if self.col >= self.n:
                d.add_page()
                if self.on_new_page:
                    self.on_new_page(d)
                self.col = 0
                self.top = d.get_y()
                self.maxy = self.top
            self.y = self.top
        if title:
            d.set_xy(self.x(), self.y)
            d.set_font(fam, "B", ts)
            d.multi_cell(self.cw, ts * 1.35, title, align="L", new_x="LEFT", new_y="NEXT")
            self.y = d.get_y()
        d.set_xy(self.x(), self.y)
        d.set_font(fam, "", size)
        d.multi_cell(self.cw, size * lh, text, align="L", new_x="LEFT", new_y="NEXT")
        self.y = d.get_y() + after
        self.maxy = max(self.maxy, self.y)

    def finish(self):
        self.d.set_y(self.maxy)
        self.d.set_x(self.d.l_margin)


def chat_draw(
    d,
    title,
    subtitle,
    messages,
    bg=(236, 229, 221),
    me_fill=(217, 243, 200),
    them_fill=(255, 255, 255),
    size=8.4,
    head_fill=(7, 94, 84),
):
    """Draw a phone chat export on the current page.

    messages: list of (side, text, time) with side in {'me', 'them', 'day'}."""
    d.set_fill_color(*bg)
    d.rect(0, 0, d.w, d.h, style="F")
    d.set_fill_color(*head_fill)
    d.rect(0, 0, d.w, 50, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(16, 10)
    d.set_font("sans", "B", 11)
    d.cell(0, 15, title, new_x="LMARGIN", new_y="NEXT")
    d.set_x(16)
    d.set_font("sans", "", 7.5)
    d.cell(0, 11, subtitle)
    d.set_text_color(0, 0, 0)
    y = 62
    maxw = d.w * 0.72
    for side, text, tm in messages:
        if side == "day":
            d.set_font("sans", "", 7)
            tw = d.get_string_width(text) + 14
            d.set_fill_color(225, 240, 250)
            d.rect((d.w - tw) / 2, y, tw, 13, style="F", round_corners=True, corner_radius=4)
            d.set_xy((d.w - tw) / 2, y + 1)
            d.cell(tw, 11, text, align="C")
            y += 20
            continue
        lines = []
        d.set_font("sans", "", size)
        lines = d.multi_cell(maxw - 16, size * 1.3, text, align="L", dry_run=True, output="LINES")
        widest = max(d.get_string_width(line_) for line_ in lines)
        bw = min(maxw, max(widest + 26, 84))
        bh = len(lines) * size * 1.3 + 20
        x = d.w - bw - 12 if side == "me" else 12
        d.set_fill_color(*(me_fill if side == "me" else them_fill))
        d.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=6)
        d.set_xy(x + 8, y + 5)
        d.multi_cell(bw - 14, size * 1.3, text, align="L", new_x="LEFT", new_y="NEXT")
        d.set_font("sans", "", 6.2)
        d.set_text_color(110, 110, 110)
        d.set_xy(x + bw - 40, y + bh - 10)
        d.cell(34, 8, tm, align="R")
        d.set_text_color(0, 0, 0)
        y += bh + 7
        if y > d.h - 40:
            raise RuntimeError("chat page overflow: " + title)
    return y


# ----------------------------------------------------------------------------------------
# scanned page simulation (Pillow): text rendered at 200 dpi, rotated, blurred, noisy
# ----------------------------------------------------------------------------------------
def scanned_image(blocks, seed, page_in=(8.5, 11.0), dpi=200, angle=0.8):
    W, H = int(page_in[0] * dpi), int(page_in[1] * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    cache = {}

    def font(key, px):
        fn = {
            "sans": "DejaVuSans.ttf",
            "bold": "DejaVuSans-Bold.ttf",
            "serif": "DejaVuSerif.ttf",
            "mono": "DejaVuSansMono.ttf",
            "it": "DejaVuSerif-Italic.ttf",
        }[key]
        if (fn, px) not in cache:
            cache[(fn, px)] = ImageFont.truetype(os.path.join(FONT_DIR, fn), px)
        return cache[(fn, px)]

    rng = np.random.default_rng(seed)
    for b in blocks:
        kind = b[0]
        if kind == "text":
            _, x_in, y_in, txt, key, pt = b
            dr.text(
                (int(x_in * dpi), int(y_in * dpi)), txt, fill=25, font=font(key, int(pt * dpi / 72))
            )
        elif kind == "line":
            _, x0, y0, x1, y1, wpx = b
            dr.line(
                [(int(x0 * dpi), int(y0 * dpi)), (int(x1 * dpi), int(y1 * dpi))], fill=40, width=wpx
            )
        elif kind == "rect":
            _, x0, y0, x1, y1, wpx = b
            dr.rectangle(
                [int(x0 * dpi), int(y0 * dpi), int(x1 * dpi), int(y1 * dpi)], outline=40, width=wpx
            )
        elif kind == "scribble":
            _, x0, y0, w_in, h_in = b
            pts = []
            n = 28
            for i in range(n):
                t = i / (n - 1)
                px = x0 + w_in * t
                py = y0 + h_in * (0.5 + 0.45 * np.sin(t * 11 + rng.normal(0, 0.6)))
                pts.append((int(px * dpi), int(py * dpi)))
            dr.line(pts, fill=30, width=4, joint="curve")
        elif kind == "stamp":
            _, cx, cy, r_in, txt1, txt2 = b
            cxp, cyp, rp = int(cx * dpi), int(cy * dpi), int(r_in * dpi)
            stamp = Image.new("L", (2 * rp + 20, 2 * rp + 20), 255)
            sd = ImageDraw.Draw(stamp)
            sd.ellipse([10, 10, 2 * rp + 10, 2 * rp + 10], outline=90, width=7)
            sd.ellipse([30, 30, 2 * rp - 10, 2 * rp - 10], outline=90, width=3)
            f1 = font("bold", int(rp * 0.34))
            f2 = font("sans", int(rp * 0.16))
            w1 = sd.textlength(txt1, font=f1)
            w2 = sd.textlength(txt2, font=f2)
            sd.text((rp + 10 - w1 / 2, rp - rp * 0.25), txt1, fill=90, font=f1)
            sd.text((rp + 10 - w2 / 2, rp + rp * 0.22), txt2, fill=90, font=f2)
            stamp = stamp.rotate(-14, resample=Image.BICUBIC, fillcolor=255)
            mask = Image.eval(stamp, lambda v: 255 - v)
            img.paste(stamp, (cxp - rp - 10, cyp - rp - 10), mask)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    arr = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 10.0 * ((xx / W) - 0.5) ** 2 + 14.0 * ((yy / H) - 0.5) ** 2
    arr = arr - shade * 40.0 / 14.0
    arr += rng.normal(0.0, 7.0, arr.shape).astype(np.float32)
    speck = rng.random(arr.shape) < 0.0007
    arr[speck] = rng.uniform(60, 160, int(speck.sum()))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, mode="L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=82, dpi=(dpi, dpi))
    buf.seek(0)
    return buf


def add_scanned_page(d, blocks, seed):
    buf = scanned_image(blocks, seed, page_in=(d.w / 72.0, d.h / 72.0))
    d.bare_pages.add(d.page_no() + 1)
    d.add_page()
    d.image(buf, x=0, y=0, w=d.w, h=d.h)


def fee(category, page, amount, currency, quote, group=None, passport_only=False):
    f = {
        "category": category,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
        "passport_only": passport_only,
    }
    if group is not None:
        f["group"] = group
    return f


# ========================================================================================
# the documents
# ========================================================================================
def footer_line(text, size=7.5, fam="sans", color=(110, 110, 110), rule=True):
    def f(d):
        d.set_y(-36)
        if rule:
            d.set_draw_color(170, 170, 170)
            d.line(d.l_margin, d.get_y() - 3, d.w - d.r_margin, d.get_y() - 3)
            d.set_draw_color(0, 0, 0)
        d.set_font(fam, "", size)
        d.set_text_color(*color)
        d.cell(0, 10, text.replace("{p}", str(d.page_no())), align="C")
        d.set_text_color(0, 0, 0)

    return f


# ---------------------------------------------------------------- cp01 h2a en, compliant
def doc_cp01():
    d = Doc(
        "Letter",
        margins=(58, 50, 58),
        bottom=60,
        title="H-2A Clearance Order, Attachment A - Satilla Flats Blueberry Co., LLC",
        author="Satilla Flats Blueberry Co., LLC",
    )
    d.ftr = footer_line(
        "Satilla Flats Blueberry Co., LLC  \u00b7  Job Order H-300-26012-558190  "
        "\u00b7  Attachment A  \u00b7  page {p} of {nb}"
    )
    d.add_page()
    band(
        d,
        "SATILLA FLATS BLUEBERRY CO., LLC",
        "H-2A Agricultural Clearance Order \u2014 Attachment A: Terms and Conditions of "
        "Employment (2026 season)",
        fill=(34, 52, 96),
    )
    ev = {}
    heading(d, "1. Employer and place of employment", before=0)
    para(
        d,
        "Satilla Flats Blueberry Co., LLC, 4180 Old Waycross Highway, Alma Springs, GA 31510, "
        "telephone (912) 555-0143, is the employer for this job order. Work will be performed "
        "in the employer's blueberry fields at 4180 Old Waycross Highway and at the Hickox "
        "Lane block, both in Bacon County, Georgia.",
    )
    ev["employer_identity"] = (
        "Satilla Flats Blueberry Co., LLC, 4180 Old Waycross Highway, Alma Springs, GA 31510"
    )
    ev["work_location"] = "both in Bacon County, Georgia"
    heading(d, "2. Job title, duties and requirements")
    para(
        d,
        "Farmworker, berry harvest. Workers hand-harvest ripe blueberries into picking "
        "buckets, carry full buckets to the field scale, stack and load lugs on trailers, and, "
        "after harvest, hand-weed rows and drag prunings to the chipper. A worker assigned to "
        "the packing shed keeps the feeder belt clear and removes leaves and green berries "
        "from the line.",
    )
    para(
        d,
        "Requirements: three (3) months of experience hand-harvesting fruit or vegetables in "
        "the last two years, and the ability to lift and carry 30 pounds over uneven ground. "
        "No education, certificate or English is required.",
    )
    ev["job_duties"] = "Workers hand-harvest ripe blueberries into picking buckets"
    ev["job_requirements"] = "three (3) months of experience hand-harvesting fruit or vegetables"
    heading(d, "3. Period of employment and hours")
    para(
        d,
        "Anticipated period of employment: April 6, 2026 through July 17, 2026. Workers will "
        "be offered 40 hours per week, Monday through Saturday, normally from 6:30 a.m. to "
        "3:00 p.m. with a 30-minute lunch. Hours may be longer at peak harvest and shorter in "
        "rain; workers are not required to work on Sundays or on their religious holidays.",
    )
    ev["employment_period"] = "April 6, 2026 through July 17, 2026"
    ev["hours_of_work"] = "40 hours per week, Monday through Saturday"
    heading(d, "4. Wages and pay records")
    para(
        d,
        "Workers will be paid at least $16.81 per hour. During harvest, workers may instead be "
        "paid $0.60 per pound of marketable berries when that piece rate produces more; "
        "piece-rate earnings are always topped up to at least $16.81 for every hour worked in "
        "the pay period. If the Adverse Effect Wage Rate, the prevailing wage or the federal "
        "or Georgia minimum wage becomes higher than the rate in this order, workers will be "
        "paid the higher rate from the date it takes effect.",
    )
    para(
        d,
        "Workers are paid weekly, every Friday, by check or direct deposit at the worker's "
        "choice. Each payday the worker receives a written earnings statement listing hours "
        "offered, hours actually worked, pounds picked, rate(s) of pay, total earnings, each "
        "deduction and net pay.",
    )
    ev["wage_rate"] = "at least $16.81 per hour"
    ev["wage_adjustment"] = "workers will be paid the higher rate from the date it takes effect"
    ev["pay_frequency"] = "Workers are paid weekly, every Friday"
    ev["earnings_statements"] = "written earnings statement listing hours offered"
    heading(d, "5. Deductions")
    para(
        d,
        "The only deductions from pay are: federal and Georgia income tax, only if the worker "
        "asks for withholding on a signed form; child support or other garnishments ordered "
        "by a court; and transfers of wages to a bank or family member that the worker "
        "authorizes in writing and may cancel at any time. Nothing else is deducted \u2014 "
        "not housing, not transportation, not tools, and not any recruitment or visa cost.",
    )
    ev["deductions"] = "child support or other garnishments ordered by a court"

    d.add_page()
    heading(d, "6. Three-fourths guarantee", before=0)
    para(
        d,
        "The employer guarantees to offer each worker employment for a total number of work "
        "hours equal to at least three-fourths (3/4) of the workdays of the total period of "
        "employment, counted from the first workday after arrival until the end date in "
        "section 3. If the worker is offered less, the employer will pay the difference.",
    )
    ev["three_fourths_guarantee"] = "at least three-fourths (3/4) of the workdays"
    heading(d, "7. Housing, kitchens and daily transportation")
    para(
        d,
        "Housing is provided free of charge at the Satilla Flats labor camp, 4206 Old Waycross "
        "Highway, inspected and approved before occupancy. No rent, utility charge, key "
        "charge or bedding deposit is taken. Each housing unit has a fully equipped kitchen "
        "with stoves, refrigerators, pots and pans that workers use free of charge to cook "
        "their own meals. Free daily transportation is provided in employer buses between "
        "the labor camp and the fields, and once a week to a grocery store in Alma Springs.",
    )
    ev["housing"] = "Housing is provided free of charge at the Satilla Flats labor camp"
    ev["meals"] = "fully equipped kitchen with stoves, refrigerators, pots and pans"
    ev["daily_transportation"] = "Free daily transportation is provided in employer buses"
    heading(d, "8. Tools and workers' compensation")
    para(
        d,
        "All tools, supplies and equipment \u2014 picking buckets, harness belts, gloves, "
        "pruning shears and rain suits \u2014 are provided by the employer without charge and "
        "without any deposit. Workers are covered by workers' compensation insurance through "
        "Piedmont Agricultural Mutual, policy No. WC-4471-2026, at no cost to the worker.",
    )
    ev["tools_provided"] = "provided by the employer without charge and without any deposit"
    ev["workers_compensation"] = "Workers are covered by workers' compensation insurance"
    heading(d, "9. Travel and pre-employment costs: settlement ledger")
    para(
        d,
        "The employer covers every cost of getting the worker from Mazatl\u00e1n, Sinaloa, to "
        "the job and back. The ledger shows how each item is settled.",
        after=4,
    )
    rows = [
        ["No.", "Expense", "Est. amount", "Borne by", "How it is settled"],
        [
            "1",
            "H-2A visa (MRV) fee",
            "USD 205.00",
            "Employer",
            "Paid to the consulate by the employer's agent before the interview",
        ],
        [
            "2",
            "Bus Mazatl\u00e1n \u2013 Monterrey",
            "MXN 1,480",
            "Employer",
            "Ticket bought by the employer",
        ],
        [
            "3",
            "Hotel in Monterrey, 2 nights",
            "MXN 1,900",
            "Employer",
            "Booked and paid by the employer",
        ],
        [
            "4",
            "Meals on the road",
            "USD 16.46 / day",
            "Employer",
            "Cash handed out at departure; never repaid",
        ],
        [
            "5",
            "I-94 entry fee",
            "USD 6.00",
            "Employer",
            "Paid at the port of entry by the employer's driver",
        ],
        ["6", "Bus Monterrey \u2013 Alma Springs", "USD 140.00", "Employer", "Charter bus"],
        [
            "7",
            "Recruiting service",
            "USD 95.00 per worker",
            "Employer",
            "Invoiced to the employer only*",
        ],
        [
            "8",
            "Passport renewal, if needed",
            "MXN 1,655",
            "Employer",
            "Refunded in the first paycheck against the receipt",
        ],
        [
            "9",
            "Return bus and meals",
            "USD 160.00 + meals",
            "Employer",
            "Paid at the end of the contract",
        ],
    ]
    grid(
        d,
        rows,
        [26, 150, 84, 60, 176],
        size=8.4,
        head_fill=(206, 214, 232),
        zebra=(244, 246, 250),
        after=3,
    )
    para(
        d,
        "* Recruiting service by Cosecha Norte Enlaces, S. de R.L. de C.V., under a written "
        "agreement that forbids it to charge workers. Amounts are estimates. None of these "
        "items is ever deducted from wages or repaid by the worker; a worker who paid any of "
        "them out of pocket gives the receipt to the crew office and is refunded in full with "
        "the next weekly pay.",
        size=7.6,
        color=(60, 60, 60),
        after=5,
    )
    para(
        d,
        "Inbound transportation: the employer has arranged and paid in advance for "
        "transportation and daily subsistence from Mazatl\u00e1n to the worksite (lines 2 to "
        "6). If a worker paid any such cost, it will be reimbursed in the first workweek to "
        "the extent needed to meet the minimum wage, and in full once the worker completes "
        "50 percent of the work contract period.",
    )
    ev["inbound_transportation"] = "it will be reimbursed in the first workweek"

    d.add_page()
    para(
        d,
        "Return transportation: a worker who completes the contract period, or who is "
        "dismissed early for any reason other than cause, will be provided or paid for return "
        "transportation and daily subsistence to Mazatl\u00e1n, Sinaloa.",
    )
    ev["return_transportation"] = (
        "return transportation and daily subsistence to Mazatl\u00e1n, Sinaloa"
    )
    heading(d, "10. Abandonment and termination for cause")
    para(
        d,
        "A worker who fails to report for work for five (5) consecutive working days without "
        "the consent of the employer will be considered to have voluntarily abandoned the "
        "job, and the employer will notify the Department of Labor and the Department of "
        "Homeland Security in writing within 2 working days. A worker may be terminated for "
        "cause, such as repeated refusal to work without justification or violence at the "
        "worksite, after a written warning. A worker who abandons the job or is terminated "
        "for cause loses the three-fourths guarantee and the paid return trip.",
    )
    ev["termination"] = "five (5) consecutive working days without the consent of the employer"
    heading(d, "11. If the work becomes impossible")
    para(
        d,
        "If the work contract is ended before the end date because of fire, flood, hurricane, "
        "freeze or another Act of God that makes the work impossible, and the Certifying "
        "Officer agrees, the employer will pay each worker the three-fourths guarantee up to "
        "the termination date and the return trip to Mazatl\u00e1n, will reimburse any inbound "
        "costs not yet repaid, and will try to place the worker with another employer.",
    )
    ev["contract_impossibility"] = "fire, flood, hurricane, freeze or another Act of God"
    heading(d, "12. Employer assurances")
    bullets(
        d,
        [
            "No worker pays, or will pay, any fee to the employer, to its agent Cosecha Norte Enlaces, "
            "or to anyone else to be hired for this job; the agent's service is paid by the employer.",
            "Workers keep their own passports, visas and identity documents at all times.",
            "No worker will be fired, blacklisted or refused rehire for filing a complaint, speaking "
            "to a lawyer or a worker organization, or testifying.",
            "Workers come and go from the labor camp as they please, on workdays and days off.",
            "A copy of this job order is given to each worker in Spanish no later than the day the "
            "visa is issued.",
        ],
    )
    sig_block(
        d,
        [
            (
                "For the employer",
                "Lorraine Abernathy-Pruitt, Farm Manager",
                "Date: January 14, 2026",
            ),
            ("Worker", "", "Name, signature and date"),
        ],
    )
    spec = dict(
        file="cp01.pdf",
        program="h2a",
        language="en",
        scanned=False,
        pages=3,
        fees=[],
        evidence=ev,
        recruiters=["Cosecha Norte Enlaces, S. de R.L. de C.V."],
        traps=[
            "cost ledger with 'Borne by' column: employer bears every line (visa USD 205.00, bus, hotel, I-94, recruiting service, passport)",
            "'feeder belt' is a job word, not a fee",
            "meals on the road: cash handed out, never repaid",
            "'paid in advance for transportation' is the employer prepaying, not a loan to the worker",
            "recruiter's service invoiced to the employer only",
            "negated deductions ('not any recruitment or visa cost')",
            "no rent, utility, key charge or bedding deposit (negated housing charge)",
            "tools without charge and without any deposit",
            "lawful deductions: taxes on request, court garnishments, revocable written transfers",
            "abandonment notice to DOL/DHS is the regulatory rule, not a threat",
            "workers keep passports; no blacklisting; free to come and go (negated clauses)",
        ],
        doc_type="job_order",
        layout="Letter; colored title band; numbered sections; zebra ledger table with footnote; bullets; signature lines; page footer",
        corridor="MX (Sinaloa) \u2192 US (Georgia)",
        doc_label="H-2A clearance order attachment (blueberry harvest)",
    )
    return d, spec


# ---------------------------------------------------------------- cp02 h2b en, 1 finding
def doc_cp02():
    d = Doc(
        "Letter",
        margins=(64, 52, 64),
        bottom=60,
        title="Offer of seasonal employment - Teche Landing Seafood, Inc.",
        author="Teche Landing Seafood, Inc.",
    )
    d.ftr = footer_line(
        "Teche Landing Seafood, Inc.  \u00b7  118 Levee Road, Breaux Landing, LA "
        "70517  \u00b7  (337) 555-0128  \u00b7  {p}/{nb}",
        rule=False,
    )
    ev = {}
    d.add_page()
    d.set_font("serif", "B", 17)
    d.set_text_color(120, 30, 20)
    d.cell(0, 22, "Teche Landing Seafood, Inc.", new_x="LMARGIN", new_y="NEXT")
    d.set_font("serif", "I", 9)
    d.set_text_color(80, 80, 80)
    d.cell(
        0,
        12,
        "Crawfish \u00b7 Shrimp \u00b7 Blue crab  \u2014  processors since 1987",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    hrule(d, color=(120, 30, 20), width=1.2)
    para(d, "January 19, 2026", fam="serif", size=10, after=6)
    para(
        d,
        "Mr. Ignacio Peralta Ruelas\nCalle Ni\u00f1os H\u00e9roes 214, Col. Tamaulipas\n"
        "Altamira, Tamps., M\u00e9xico",
        fam="serif",
        size=10,
        after=8,
    )
    para(
        d,
        "Re: Offer of seasonal employment \u2014 H-2B seafood processing, 2026 season",
        fam="serif",
        style="B",
        size=10,
        after=6,
    )
    para(d, "Dear Mr. Peralta:", fam="serif", size=10)
    para(
        d,
        "We are pleased to offer you seasonal work under our certified H-2B job order. The "
        "terms below are the same terms we filed with the U.S. Department of Labor; please "
        "read them and keep this letter.",
        fam="serif",
        size=10,
        after=6,
    )

    def term(label, text, size=9.8):
        d.set_font("serif", "B", size)
        y = d.get_y()
        d.set_x(d.l_margin)
        d.multi_cell(112, size * 1.32, label, align="L", new_x="RIGHT", new_y="TOP")
        d.get_y()
        d.set_xy(d.l_margin + 116, y)
        d.set_font("serif", "", size)
        d.multi_cell(d.content_w - 116, size * 1.32, text, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)

    term(
        "Employer", "Teche Landing Seafood, Inc., 118 Levee Road, Breaux Landing, Louisiana 70517."
    )
    term(
        "Position",
        "Crawfish and seafood processing worker. You will peel and devein boiled "
        "crawfish tails, sort and grade shrimp on the line, weigh and bag product, "
        "and wash down tables and floors at the end of each shift.",
    )
    term(
        "Worksite",
        "Our peeling plant at 118 Levee Road, Breaux Landing, St. Martin Parish, Louisiana.",
    )
    term("Season", "From February 9, 2026 to June 26, 2026.")
    term("Schedule", "35 hours per week, Monday through Friday, 6:00 a.m. to 1:00 p.m.")
    term(
        "Pay",
        "$14.21 per hour, or $1.15 per pound of peeled tail meat when that pays more for "
        "the week. If the Department of Labor publishes a higher prevailing wage for this "
        "job while you are here, you will receive the higher wage from the date it "
        "applies.",
    )
    term("Payday", "Every other Friday (every two weeks), by direct deposit or check.")
    term(
        "Deductions",
        "Federal and Louisiana income tax, Social Security and Medicare, and any "
        "court-ordered garnishment. No other amount will be taken from your pay "
        "without your voluntary written authorization.",
    )
    term(
        "Guarantee",
        "During each 12-week period of the season (each 6-week period if the season "
        "lasts less than 120 days), we will offer you work for at least three-fourths "
        "of the workdays. If we do not, we pay you for the hours we did not offer.",
    )
    term(
        "Requirements",
        "No experience needed. You must be able to stand for a full shift on a "
        "wet, cold floor and lift 40 pounds.",
    )
    ev.update(
        {
            "employer_identity": "Teche Landing Seafood, Inc., 118 Levee Road, Breaux Landing, Louisiana 70517",
            "job_duties": "peel and devein boiled crawfish tails",
            "work_location": "118 Levee Road, Breaux Landing, St. Martin Parish, Louisiana",
            "employment_period": "From February 9, 2026 to June 26, 2026",
            "hours_of_work": "35 hours per week, Monday through Friday",
            "wage_rate": "$14.21 per hour",
            "wage_adjustment": "you will receive the higher wage from the date it applies",
            "pay_frequency": "Every other Friday (every two weeks)",
            "deductions": "Federal and Louisiana income tax, Social Security and Medicare",
            "three_fourths_guarantee": "at least three-fourths of the workdays",
            "job_requirements": "You must be able to stand for a full shift",
        }
    )

    d.add_page()
    term(
        "Travel here",
        "We buy your bus ticket from Tampico to Breaux Landing and give you $16.46 "
        "a day for meals on the road. Anything you had to pay yourself for this "
        "trip is paid back to you in your first workweek.",
    )
    term(
        "Visa",
        "We pay back the visa fee and the border-crossing (I-94) fee in your first "
        "paycheck. Just bring your receipts to the office.",
    )
    term(
        "Trip home",
        "If you stay until the end of the season, or if we dismiss you early for any "
        "reason other than cause, we pay your bus back to Tampico.",
    )
    term(
        "Tools and gear",
        "Knives, gloves, aprons, hairnets and rubber boots are given to you free "
        "of charge, and you will not be asked for a deposit.",
    )
    term(
        "Pay records",
        "Each pay stub shows the hours we offered, the hours you worked, your "
        "rate, pounds peeled, every deduction and your net pay.",
    )
    term(
        "Leaving the job",
        "If you miss five working days in a row without telling us, we will "
        "consider that you abandoned the job and, as the rules require, notify "
        "the Department of Labor and the Department of Homeland Security. We "
        "may end your job for cause (for example theft, fighting or repeated "
        "refusal to work), after a warning.",
    )
    term(
        "Recruiting agent",
        "Our recruiting agent in Mexico, Servicios Laborales Bah\u00eda Azul, "
        "will set up your consular appointment and your bus. We pay Bah\u00eda "
        "Azul for this service. Nobody is allowed to charge you for this job; "
        "if anyone asks you for money, please call our office at "
        "(337) 555-0128.",
    )
    ev.update(
        {
            "inbound_transportation": "is paid back to you in your first workweek",
            "visa_reimbursement": "We pay back the visa fee and the border-crossing (I-94) fee in your first paycheck",
            "return_transportation": "we pay your bus back to Tampico",
            "tools_provided": "rubber boots are given to you free of charge",
            "earnings_statements": "Each pay stub shows the hours we offered",
            "termination": "If you miss five working days in a row without telling us",
        }
    )
    para(
        d,
        "Please sign below and keep a copy. We look forward to seeing you in February.",
        fam="serif",
        size=10,
    )
    para(d, "Sincerely,", fam="serif", size=10, after=0)
    sig_block(
        d,
        [
            ("Rhett Guidry-Lafleur", "Plant Manager", ""),
            ("Accepted: Ignacio Peralta Ruelas", "", "Date"),
        ],
        fam="serif",
        top=30,
    )

    d.add_page()
    heading(
        d,
        "Receipts on file \u2014 worker Ignacio Peralta Ruelas (Employee No. 26-114)",
        fam="serif",
        size=11,
        before=0,
        after=8,
    )

    def voucher(dd):
        dd.set_font("sans", "B", 10)
        dd.cell(
            0,
            14,
            "TECHE LANDING SEAFOOD, INC. \u2014 REIMBURSEMENT VOUCHER No. R-0233",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        para(
            dd,
            "Paid to: Ignacio Peralta Ruelas. Date paid: February 13, 2026 (added to the first "
            "paycheck).",
            size=9,
            after=4,
        )
        grid(
            dd,
            [
                ["Description", "Amount"],
                ["H-2B visa application fee (MRV)", "USD 205.00"],
                ["I-94 land border fee", "USD 6.00"],
                ["Bus Altamira \u2013 Tampico (receipt attached)", "USD 4.50"],
                ["Total reimbursed to the worker", "USD 215.50"],
            ],
            [300, 120],
            size=8.8,
            head_fill=(235, 235, 235),
            after=3,
        )
        para(
            dd,
            "This is a reimbursement, not a loan: the worker owes nothing back.",
            size=8.6,
            style="I",
            after=0,
        )

    boxed(d, voucher)
    d.ln(8)

    def receipt(dd):
        dd.set_font("mono", "B", 10)
        dd.cell(0, 14, "SERVICIOS LABORALES BAH\u00cdA AZUL", new_x="LMARGIN", new_y="NEXT")
        dd.set_font("mono", "", 8.5)
        dd.cell(
            0,
            11,
            "Calle Aduana 509-B, Zona Centro, Tampico, Tamps.  \u00b7  Tel. 833 555 0161",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        dd.ln(4)
        dd.set_font("mono", "B", 9.5)
        dd.cell(
            0,
            13,
            "RECIBO / RECEIPT No. 0417          Tampico, January 22, 2026",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        dd.ln(3)
        para(dd, RECEIPT_QUOTE, fam="mono", size=9, after=4)
        para(
            dd,
            "Payment in cash. Please show this receipt at the bus on the day of departure.",
            fam="mono",
            size=9,
            after=10,
        )
        dd.set_font("mono", "", 8.5)
        dd.cell(0, 11, "Received by: ____________________ (cashier)", new_x="LMARGIN", new_y="NEXT")

    RECEIPT_QUOTE = (
        "Received from Ignacio Peralta Ruelas the sum of MXN 8,500.00 (eight "
        "thousand five hundred pesos 00/100) for registration and processing of his "
        "application file for the Louisiana seafood season."
    )
    boxed(d, receipt, dash=True, lw=0.9)
    para(
        d,
        "Copies kept in the worker's personnel file. Originals returned to the worker.",
        size=7.8,
        color=(90, 90, 90),
        style="I",
    )
    spec = dict(
        file="cp02.pdf",
        program="h2b",
        language="en",
        scanned=False,
        pages=3,
        fees=[fee("recruitment_fee", 3, 8500.0, "MXN", RECEIPT_QUOTE)],
        evidence=ev,
        recruiters=["Servicios Laborales Bah\u00eda Azul"],
        traps=[
            "employer reimbursement voucher (visa USD 205.00, I-94, bus) 'not a loan'",
            "visa and I-94 fee paid back in the first paycheck",
            "inbound bus and road meals paid by employer",
            "knives, gloves, boots free, no deposit",
            "negated fee: 'Nobody is allowed to charge you for this job' (contradicted by the agent's receipt)",
            "employer pays the recruiting agent",
            "abandonment notice to DOL/DHS is the regulatory rule, not a threat",
            "lawful deductions: taxes, FICA, court garnishment",
        ],
        doc_type="offer_letter",
        layout="Letter; serif letterhead with rule; label/value hanging-indent terms; page 3 two boxed receipts (gridded voucher, dashed monospace receipt)",
        corridor="MX (Tamaulipas) \u2192 US (Louisiana)",
        doc_label="offer letter with receipts packet (seafood processing)",
    )
    return d, spec


# ---------------------------------------------------------------- cp03 generic es, compliant
def doc_cp03():
    d = Doc(
        "A4",
        margins=(46, 42, 46),
        bottom=54,
        title="Hoja de condiciones y costos - Agr\u00edcola Vega del Odiel, S.L.",
        author="Agr\u00edcola Vega del Odiel, S.L.",
    )
    d.ftr = footer_line(
        "AVO-RH-07  \u00b7  Hoja de condiciones y costos, campa\u00f1a 2026  \u00b7  "
        "p\u00e1gina {p} de {nb}",
        fam="cond",
    )
    ev = {}
    d.add_page()
    d.set_fill_color(235, 235, 235)
    d.rect(d.l_margin, d.get_y(), d.content_w, 46, style="F")
    d.set_xy(d.l_margin + 8, d.get_y() + 6)
    d.set_font("cond", "B", 12.5)
    d.cell(0, 15, "AGR\u00cdCOLA VEGA DEL ODIEL, S.L.", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 8)
    d.set_font("cond", "", 8.5)
    d.cell(
        0,
        12,
        "Camino de la R\u00e1bida, km 3  \u00b7  21810 Palos del R\u00edo (Huelva), Espa\u00f1a  "
        "\u00b7  Tel. +34 959 555 214",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(16)
    heading(
        d,
        "HOJA DE CONDICIONES DE EMPLEO Y DE COSTOS DEL PROCESO DE CONTRATACI\u00d3N EN ORIGEN",
        fam="cond",
        size=12,
        before=0,
        after=1,
        align="C",
    )
    para(
        d,
        "Campa\u00f1a de frutos rojos 2026  \u00b7  Contrataci\u00f3n colectiva en origen "
        "(Honduras)  \u00b7  Formulario AVO-RH-07",
        fam="cond",
        size=8.5,
        align="C",
        color=(80, 80, 80),
        after=8,
    )
    heading(
        d, "A. Datos de las partes", fam="cond", size=10, before=0, after=3, fill=(210, 222, 210)
    )
    grid(
        d,
        [
            ["Campo", "Dato"],
            [
                "Empleador",
                "Agr\u00edcola Vega del Odiel, S.L., Camino de la R\u00e1bida, km 3, 21810 Palos del R\u00edo (Huelva), Espa\u00f1a",
            ],
            ["Representante", "Inmaculada Rold\u00e1n Pizarro, jefa de personal"],
            ["Trabajadora", "Dania Marisol Funes Alvarado"],
            ["Pasaporte", "F0831276 (Honduras), en poder de la trabajadora"],
            ["Domicilio", "Barrio El Calvario, Santa Rosa de Cop\u00e1n, Honduras"],
            [
                "Agencia en origen",
                "Enlaces Laborales Occidente, S. de R.L. (contratada y pagada por la empresa)",
            ],
        ],
        [118, d.content_w - 118],
        size=8.8,
        fam="cond",
        head_fill=(245, 245, 245),
        bold_first_col=True,
    )
    heading(
        d, "B. Condiciones de trabajo", fam="cond", size=10, before=2, after=3, fill=(210, 222, 210)
    )
    grid(
        d,
        [
            ["Condici\u00f3n", "Detalle"],
            [
                "Puesto y tareas",
                "Pe\u00f3n agr\u00edcola: recolecci\u00f3n de fresa y frambuesa en macrot\u00fanel, selecci\u00f3n en campo y llenado de cajas.",
            ],
            ["Centro de trabajo", "Fincas de la empresa en Palos del R\u00edo y Moguer (Huelva)."],
            ["Duraci\u00f3n", "Del 2 de febrero de 2026 al 12 de junio de 2026."],
            ["Jornada", "39 horas semanales, de lunes a s\u00e1bado, de 8:00 a 14:30."],
            [
                "Salario",
                "8,87 euros brutos por hora, m\u00e1s la parte proporcional de pagas extraordinarias y vacaciones.",
            ],
            [
                "Pago",
                "Mensual, por transferencia bancaria, antes del d\u00eda 5 del mes siguiente, con recibo de n\u00f3mina.",
            ],
            [
                "Descuentos",
                "Solo los legales: cotizaci\u00f3n de la trabajadora a la Seguridad Social (6,48 %) y retenci\u00f3n del IRPF.",
            ],
            [
                "Vivienda",
                "Alojamiento gratuito en la finca, con agua, luz y cocina equipada; no se pide fianza.",
            ],
            [
                "Regreso",
                "Billete de avi\u00f3n Madrid\u2013San Pedro Sula pagado por la empresa al terminar la campa\u00f1a.",
            ],
            [
                "Terminaci\u00f3n",
                "Cualquiera de las partes puede terminar el contrato con 15 d\u00edas de preaviso por escrito; el despido disciplinario solo procede por las causas del art\u00edculo 54 del Estatuto de los Trabajadores.",
            ],
        ],
        [118, d.content_w - 118],
        size=8.8,
        fam="cond",
        head_fill=(245, 245, 245),
        bold_first_col=True,
    )
    ev.update(
        {
            "employer_identity": "Camino de la R\u00e1bida, km 3, 21810 Palos del R\u00edo",
            "worker_identity": "Dania Marisol Funes Alvarado",
            "job_duties": "recolecci\u00f3n de fresa y frambuesa en macrot\u00fanel",
            "work_location": "Fincas de la empresa en Palos del R\u00edo y Moguer (Huelva)",
            "employment_period": "Del 2 de febrero de 2026 al 12 de junio de 2026",
            "hours_of_work": "39 horas semanales, de lunes a s\u00e1bado",
            "wage_rate": "8,87 euros brutos por hora",
            "pay_frequency": "Mensual, por transferencia bancaria",
            "deductions": "cotizaci\u00f3n de la trabajadora a la Seguridad Social (6,48 %)",
            "housing": "Alojamiento gratuito en la finca",
            "return_transportation": "Billete de avi\u00f3n Madrid\u2013San Pedro Sula pagado por la empresa",
            "termination": "15 d\u00edas de preaviso por escrito",
        }
    )

    d.add_page()
    heading(
        d,
        "C. Costos del proceso: \u00bfqui\u00e9n paga cada concepto?",
        fam="cond",
        size=10,
        before=0,
        after=3,
        fill=(210, 222, 210),
    )
    para(
        d,
        "Marque con X la casilla de quien paga. La empresa ha marcado todas las casillas que "
        "le corresponden antes de entregar esta hoja.",
        fam="cond",
        size=8.6,
        color=(70, 70, 70),
        after=4,
    )
    X, O = "\u2612", "\u2610"
    rows = [["Concepto", "Importe aprox.", "Empresa", "Trabajadora", "Nota"]]
    for c, imp, nota in [
        ("Visado de trabajo de temporada", "80 EUR", "Tasa consular abonada por la empresa"),
        ("Antecedentes penales y apostilla", "L 1,150", "Se reembolsa contra recibo"),
        ("Examen m\u00e9dico", "L 2,400", "Cl\u00ednica concertada, pago directo"),
        ("Curso de orientaci\u00f3n previo a la salida", "\u2014", "Impartido sin costo alguno"),
        ("Seguro de viaje y repatriaci\u00f3n", "62 EUR", "P\u00f3liza a nombre de la empresa"),
        (
            "Autob\u00fas Santa Rosa de Cop\u00e1n\u2013San Pedro Sula",
            "L 450",
            "Boleto comprado por la empresa",
        ),
        ("Billete de avi\u00f3n de ida", "980 EUR", "Compra directa de la empresa"),
        ("Billete de avi\u00f3n de regreso", "980 EUR", "Compra directa de la empresa"),
        (
            "Honorarios de la agencia en origen",
            "150 EUR por persona",
            "Facturados solo a la empresa",
        ),
        ("Ropa de trabajo, guantes y botas", "35 EUR", "Se entregan gratis"),
        ("Alojamiento y suministros", "\u2014", "Gratuitos, sin fianza"),
    ]:
        rows.append([c, imp, X, O, nota])
    grid(
        d,
        rows,
        [170, 82, 52, 66, d.content_w - 370],
        size=8.6,
        fam="cond",
        head_fill=(225, 225, 225),
        aligns=("LEFT", "LEFT", "CENTER", "CENTER", "LEFT"),
    )
    para(
        d,
        "Ninguna persona puede cobrarle por este empleo: el proceso es sin costo alguno para "
        "usted. Si alguien le pidi\u00f3 dinero o usted ya pag\u00f3 alguno de los conceptos "
        "anteriores, entregue el recibo en la oficina de personal y la empresa se lo "
        "reembolsar\u00e1 \u00edntegramente en la primera n\u00f3mina.",
        fam="cond",
        size=9.2,
    )
    para(
        d,
        "La trabajadora conserva su pasaporte y sus dem\u00e1s documentos en todo momento. "
        "Los \u00fanicos descuentos permitidos en la n\u00f3mina son los indicados en el "
        "apartado B; la empresa no descuenta vivienda, transporte, ropa de trabajo ni ning\u00fan "
        "concepto de esta tabla.",
        fam="cond",
        size=9.2,
    )
    heading(
        d,
        "D. Declaraci\u00f3n y firmas",
        fam="cond",
        size=10,
        before=4,
        after=3,
        fill=(210, 222, 210),
    )
    para(
        d,
        "Declaro que he le\u00eddo esta hoja en espa\u00f1ol, que me explicaron cada "
        "concepto y que recib\u00ed una copia firmada.",
        fam="cond",
        size=9.2,
    )
    para(
        d, "Lugar y fecha: Santa Rosa de Cop\u00e1n, 15 de diciembre de 2025", fam="cond", size=9.2
    )
    sig_block(
        d,
        [
            ("Por la empresa", "Inmaculada Rold\u00e1n Pizarro", "Jefa de personal"),
            ("La trabajadora", "Dania Marisol Funes Alvarado", ""),
            ("Por la agencia en origen", "Enlaces Laborales Occidente", "Solo como testigo"),
        ],
        fam="cond",
        top=30,
    )
    spec = dict(
        file="cp03.pdf",
        program="generic",
        language="es",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=["Enlaces Laborales Occidente, S. de R.L."],
        traps=[
            "checkbox cost table: every line ticked under 'Empresa', 'Trabajadora' column left empty",
            "visa 80 EUR, medical L 2,400, insurance, flights, agency fee 150 EUR paid by the company",
            "orientation course 'sin costo alguno'",
            "agency contracted and paid by the company",
            "housing free, 'no se pide fianza' (negated deposit)",
            "negated fee 'sin costo alguno para usted' and refund of anything already paid",
            "statutory social-security contribution and IRPF are lawful deductions",
            "worker keeps passport",
        ],
        doc_type="cost_disclosure_form",
        layout="A4; condensed font; grey letterhead box; shaded section bars; gridded field tables; checkbox cost table (\u2612/\u2610); three signature lines; footer",
        corridor="HN \u2192 ES (Huelva)",
        doc_label="conditions and recruitment-cost disclosure form (berry harvest)",
    )
    return d, spec


# ---------------------------------------------------------------- cp04 h2a en+es, compliant, scanned p3
def doc_cp04():
    d = Doc(
        "Letter",
        margins=(54, 44, 54),
        bottom=56,
        title="Travel reimbursement schedule and key terms - Contentnea Creek Produce Farms",
        author="Contentnea Creek Produce Farms, LLC",
    )
    d.ftr = footer_line(
        "Contentnea Creek Produce Farms, LLC \u00b7 H-2A 2026 \u00b7 p. {p}/{nb}", size=7
    )
    ev = {}
    d.add_page()
    d.set_draw_color(46, 110, 60)
    d.set_line_width(2)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.set_line_width(0.2)
    d.ln(6)
    d.set_font("sans", "B", 13)
    d.cell(0, 17, "KEY TERMS AND TRAVEL REIMBURSEMENT SCHEDULE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "I", 11)
    d.set_text_color(70, 70, 70)
    d.cell(
        0,
        15,
        "Condiciones principales y calendario de reembolsos de viaje",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(4)

    def pair(label, en, es, size=8.7):
        d.set_font("sans", "B", size)
        d.set_text_color(46, 110, 60)
        d.multi_cell(0, size * 1.3, label, align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        para(d, en, size=size, after=0, indent=10)
        para(d, es, size=size - 0.3, style="I", color=(85, 85, 85), after=4, indent=10)

    pair(
        "Employer / Empleador",
        "Contentnea Creek Produce Farms, LLC, 2291 Speight Bridge Road, Stantonsburg Mills, NC "
        "27883; phone (252) 555-0176.",
        "Contentnea Creek Produce Farms, LLC, 2291 Speight Bridge Road, Stantonsburg Mills, NC "
        "27883; tel\u00e9fono (252) 555-0176.",
    )
    pair(
        "Worker / Trabajador",
        "Edgar Rolando Tzul Chox, of San Francisco El Alto, Totonicap\u00e1n, Guatemala.",
        "Edgar Rolando Tzul Chox, de San Francisco El Alto, Totonicap\u00e1n, Guatemala.",
    )
    pair(
        "Job and requirements / Trabajo y requisitos",
        "Farmworker: transplant, hoe, harvest and grade sweet potatoes; top and hand-prime "
        "tobacco; load harvest bins. Requirements: 2 months of experience in hand harvest of any "
        "crop and able to lift 50 pounds.",
        "Trabajador agr\u00edcola: trasplantar, azadonear, cosechar y clasificar camote; despuntar y "
        "cosechar tabaco a mano; cargar cajones. Requisitos: 2 meses de experiencia en cosecha a "
        "mano de cualquier cultivo y poder levantar 50 libras.",
    )
    pair(
        "Place and dates / Lugar y fechas",
        "Fields of the employer in Wilson and Greene Counties, North Carolina, from May 4, 2026 "
        "to October 30, 2026.",
        "Campos del empleador en los condados de Wilson y Greene, Carolina del Norte, del 4 de "
        "mayo al 30 de octubre de 2026.",
    )
    pair(
        "Hours / Horario",
        "40 hours per week, Monday to Saturday; no work is required on Sundays.",
        "40 horas por semana, de lunes a s\u00e1bado; no se exige trabajar en domingo.",
    )
    pair(
        "Pay / Pago",
        "$16.52 per hour, paid every week on Thursday. If a higher AEWR or minimum wage takes "
        "effect, you are paid the higher rate from that date. With each pay you receive a "
        "statement of hours offered, hours worked, earnings and deductions.",
        "$16.52 por hora, pagados cada semana los jueves. Si entra en vigor un AEWR o un salario "
        "m\u00ednimo m\u00e1s alto, se le paga la tarifa m\u00e1s alta desde esa fecha. Con cada pago "
        "recibe un talón con horas ofrecidas, horas trabajadas, ganancias y descuentos.",
    )
    pair(
        "Deductions / Descuentos",
        "Only taxes you ask us to withhold and court orders. We never deduct housing, travel, "
        "visa, tools or recruitment costs.",
        "Solo los impuestos que usted pida retener y las \u00f3rdenes de un tribunal. Nunca "
        "descontamos vivienda, viaje, visa, herramientas ni costos de reclutamiento.",
    )
    pair(
        "Guarantee / Garant\u00eda",
        "You are guaranteed work for at least 3/4 of the workdays of the contract period, or "
        "pay for the difference.",
        "Se le garantiza trabajo por al menos 3/4 de los d\u00edas laborables del contrato, o el "
        "pago de la diferencia.",
    )
    pair(
        "Housing and meals / Vivienda y comidas",
        "Free housing at the farm camp, 2301 Speight Bridge Road, with no deposit of any kind. "
        "Free kitchen with stoves and refrigerators in every house; you cook your own meals.",
        "Vivienda gratuita en el campamento de la granja, 2301 Speight Bridge Road, sin "
        "dep\u00f3sito de ning\u00fan tipo. Cocina gratuita con estufas y refrigeradores en cada "
        "casa; usted prepara sus comidas.",
    )
    ev.update(
        {
            "employer_identity": "Contentnea Creek Produce Farms, LLC, 2291 Speight Bridge Road, Stantonsburg Mills, NC 27883",
            "worker_identity": "Edgar Rolando Tzul Chox",
            "job_duties": "transplant, hoe, harvest and grade sweet potatoes",
            "job_requirements": "2 months of experience in hand harvest of any crop",
            "work_location": "Fields of the employer in Wilson and Greene Counties, North Carolina",
            "employment_period": "from May 4, 2026 to October 30, 2026",
            "hours_of_work": "40 hours per week, Monday to Saturday",
            "wage_rate": "$16.52 per hour",
            "pay_frequency": "paid every week on Thursday",
            "wage_adjustment": "you are paid the higher rate from that date",
            "earnings_statements": "statement of hours offered, hours worked, earnings and deductions",
            "deductions": "Only taxes you ask us to withhold and court orders",
            "three_fourths_guarantee": "at least 3/4 of the workdays of the contract period",
            "housing": "Free housing at the farm camp, 2301 Speight Bridge Road",
            "meals": "Free kitchen with stoves and refrigerators in every house",
        }
    )

    d.add_page()
    pair(
        "Daily rides, tools and injuries / Transporte diario, herramientas y accidentes",
        "Free transport every day from the camp to the fields and back. Hoes, knives, gloves and "
        "rain gear at no cost and without deposit. Workers' compensation insurance paid by the "
        "employer (Tar River Casualty Co., policy 88-WC-31905).",
        "Transporte gratuito todos los d\u00edas del campamento a los campos y de regreso. Azadones, "
        "cuchillos, guantes e impermeables sin costo y sin dep\u00f3sito. Seguro de compensaci\u00f3n "
        "laboral pagado por el empleador (Tar River Casualty Co., p\u00f3liza 88-WC-31905).",
    )
    pair(
        "Ending the job / Terminaci\u00f3n",
        "If you are absent without notice for 5 days in a row, it is job abandonment. You may be "
        "dismissed for cause (violence, theft, refusing work) after a warning.",
        "Si falta sin avisar 5 d\u00edas seguidos, se considera abandono del trabajo. Puede ser "
        "despedido por causa justificada (violencia, robo, negarse a trabajar) despu\u00e9s de una "
        "advertencia.",
    )
    pair(
        "If the work becomes impossible / Si el trabajo se vuelve imposible",
        "If a hurricane, flood, hail or other natural disaster ends the work early, you still "
        "receive the 3/4 guarantee up to that date and your trip home.",
        "Si un hurac\u00e1n, inundaci\u00f3n, granizo u otro desastre natural termina el trabajo antes "
        "de tiempo, usted recibe la garant\u00eda de 3/4 hasta esa fecha y su viaje de regreso.",
    )
    ev.update(
        {
            "daily_transportation": "Free transport every day from the camp to the fields and back",
            "tools_provided": "Hoes, knives, gloves and rain gear at no cost and without deposit",
            "workers_compensation": "Workers' compensation insurance paid by the employer",
            "termination": "If you are absent without notice for 5 days in a row",
            "contract_impossibility": "If a hurricane, flood, hail or other natural disaster ends the work early",
        }
    )
    d.ln(2)
    d.set_font("sans", "B", 10)
    d.cell(
        0,
        14,
        "Travel reimbursement schedule / Calendario de reembolsos",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(2)
    grid(
        d,
        [
            [
                "When / Cu\u00e1ndo",
                "What / Qu\u00e9",
                "Amount / Monto",
                "Who pays / Qui\u00e9n paga",
            ],
            [
                "Before travel / Antes del viaje",
                "Visa fee (MRV) / Cuota de visa (MRV)",
                "USD 205.00",
                "Employer pays the consulate directly / El empleador paga directo al consulado",
            ],
            [
                "Day of departure / D\u00eda de salida",
                "Bus to Guatemala City and 1 hotel night / Bus a la capital y 1 noche de hotel",
                "Q180.00 + Q350.00",
                "Employer: cash for the trip, nothing to repay / Empleador: efectivo para el viaje, no se devuelve",
            ],
            [
                "Flight / Vuelo",
                "Guatemala City \u2013 Raleigh-Durham",
                "USD 412.00",
                "Employer buys the ticket / El empleador compra el boleto",
            ],
            [
                "First payday / Primer pago",
                "Travel meals, 2 days / Comidas del viaje, 2 d\u00edas",
                "USD 32.92",
                "Reimbursed by the employer / Reembolso del empleador",
            ],
            [
                "End of contract / Fin del contrato",
                "Flight home and meals / Vuelo de regreso y comidas",
                "USD 412.00 + meals",
                "Employer / Empleador",
            ],
        ],
        [104, 142, 82, d.content_w - 328],
        size=7.9,
        head_fill=(214, 232, 214),
    )
    para(
        d,
        "Any travel or subsistence cost you paid yourself is reimbursed in your first "
        "workweek and, in full, when you complete half of the contract. Your return trip to "
        "Guatemala City is paid when you complete the contract or are dismissed without "
        "cause.",
        size=8.7,
        after=1,
    )
    para(
        d,
        "Todo gasto de viaje o alimentaci\u00f3n que usted haya pagado se le reembolsa en la "
        "primera semana de trabajo y, completo, al cumplir la mitad del contrato. Su viaje de "
        "regreso a la Ciudad de Guatemala se paga al terminar el contrato o si lo despiden sin "
        "causa.",
        size=8.4,
        style="I",
        color=(85, 85, 85),
        after=6,
    )
    para(
        d,
        "No one \u2014 not the employer, not any agent \u2014 may charge you a fee to get this "
        "job. You keep your passport.",
        size=8.7,
        style="B",
        after=1,
    )
    para(
        d,
        "Nadie \u2014 ni el empleador ni ning\u00fan agente \u2014 puede cobrarle una cuota por "
        "obtener este trabajo. Usted conserva su pasaporte.",
        size=8.4,
        style="BI",
        color=(85, 85, 85),
        after=4,
    )
    para(
        d,
        "Page 3 is the signed copy of the reimbursement receipt. / La p\u00e1gina 3 es la copia "
        "firmada de la constancia de reembolso.",
        size=8,
        color=(90, 90, 90),
    )
    ev.update(
        {
            "inbound_transportation": "is reimbursed in your first workweek",
            "return_transportation": "Your return trip to Guatemala City is paid",
        }
    )
    # page 3: scanned receipt (image only); every figure on it is already on page 2
    blocks = [
        ("text", 0.9, 0.85, "CONTENTNEA CREEK PRODUCE FARMS, LLC", "bold", 15),
        ("text", 0.9, 1.15, "2291 Speight Bridge Road, Stantonsburg Mills, NC 27883", "sans", 10),
        ("line", 0.9, 1.45, 7.6, 1.45, 4),
        (
            "text",
            0.9,
            1.65,
            "REIMBURSEMENT RECEIPT / CONSTANCIA DE REEMBOLSO   No. 2026-041",
            "bold",
            12,
        ),
        ("text", 0.9, 2.15, "Worker / Trabajador:  Edgar Rolando Tzul Chox", "serif", 11),
        (
            "text",
            0.9,
            2.45,
            "Pay date / Fecha de pago:  05/14/2026 (first payday / primer pago)",
            "serif",
            11,
        ),
        ("rect", 0.9, 2.9, 7.6, 5.3, 3),
        ("line", 0.9, 3.3, 7.6, 3.3, 2),
        ("text", 1.0, 2.98, "Item / Concepto", "bold", 10.5),
        ("text", 5.3, 2.98, "Amount / Monto", "bold", 10.5),
        ("text", 1.0, 3.4, "Visa fee (MRV) - paid to consulate by employer", "serif", 10.5),
        ("text", 5.3, 3.4, "USD 205.00", "serif", 10.5),
        ("text", 1.0, 3.75, "Bus and 1 hotel night - cash given, nothing to repay", "serif", 10.5),
        ("text", 5.3, 3.75, "Q180.00 + Q350.00", "serif", 10.5),
        ("text", 1.0, 4.1, "Flight Guatemala City - Raleigh-Durham", "serif", 10.5),
        ("text", 5.3, 4.1, "USD 412.00", "serif", 10.5),
        ("text", 1.0, 4.45, "Travel meals, 2 days - reimbursed today", "serif", 10.5),
        ("text", 5.3, 4.45, "USD 32.92", "serif", 10.5),
        ("line", 0.9, 4.85, 7.6, 4.85, 2),
        ("text", 1.0, 4.93, "Owed by the worker / Adeudado por el trabajador", "bold", 10.5),
        ("text", 5.3, 4.93, "USD 0.00", "bold", 10.5),
        (
            "text",
            0.9,
            5.7,
            "Nothing was deducted from wages. / No se descont\u00f3 nada del salario.",
            "it",
            11,
        ),
        ("text", 0.9, 6.9, "Received / Recib\u00ed:", "serif", 10.5),
        ("scribble", 2.3, 6.55, 2.1, 0.5),
        ("line", 2.2, 7.15, 4.6, 7.15, 2),
        ("text", 2.3, 7.22, "Edgar Rolando Tzul Chox", "serif", 9.5),
        ("scribble", 5.2, 6.6, 1.9, 0.45),
        ("line", 5.0, 7.15, 7.5, 7.15, 2),
        ("text", 5.1, 7.22, "For the employer / Por el empleador", "serif", 9.5),
        ("stamp", 6.3, 8.6, 0.75, "PAID", "PAGADO 05/14/26"),
        ("text", 0.9, 10.1, "White copy: worker   Yellow copy: payroll", "sans", 8),
    ]
    add_scanned_page(d, blocks, seed=4104)
    spec = dict(
        file="cp04.pdf",
        program="h2a",
        language="en+es",
        scanned=True,
        pages=3,
        fees=[],
        evidence=ev,
        recruiters=[],
        traps=[
            "reimbursement schedule with 'Who pays / Qui\u00e9n paga' column: employer on every line (visa USD 205.00, Q180.00 + Q350.00, flight USD 412.00)",
            "cash for the trip 'nothing to repay / no se devuelve' (not a loan)",
            "travel meals reimbursed on first payday",
            "negated deductions in both languages ('We never deduct ... recruitment costs')",
            "free housing 'with no deposit of any kind'",
            "tools at no cost and without deposit",
            "negated fee in both languages ('may charge you a fee' preceded by 'No one')",
            "scanned page 3: signed receipt repeating page-2 figures, amount owed USD 0.00",
        ],
        doc_type="terms_summary",
        layout="Letter; stacked bilingual pairs (English, Spanish in grey italics); gridded 4-column schedule with bilingual headers; page 3 image-only scanned receipt with stamp and signatures",
        corridor="GT (Totonicap\u00e1n) \u2192 US (North Carolina)",
        doc_label="key terms and travel reimbursement schedule + scanned receipt",
    )
    return d, spec


# ---------------------------------------------------------------- cp05 generic en, 2 findings
def doc_cp05():
    d = Doc(
        "A4",
        margins=(60, 50, 60),
        bottom=60,
        title="Contract of Employment (Overseas Hotel Staff) - Corniche Pearl Hospitality LLC",
        author="Bayanihan Crest Manpower Services, Inc.",
    )

    def hdr(dd):
        dd.set_y(22)
        dd.set_font("serif", "", 7.5)
        dd.set_text_color(100, 100, 100)
        dd.cell(dd.content_w / 2, 10, "Contract Ref. CPH-HR-26-0318")
        dd.cell(
            dd.content_w / 2,
            10,
            "Corniche Pearl Hospitality LLC \u00b7 Human Resources",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        dd.set_text_color(0, 0, 0)
        dd.set_y(48)

    d.hdr = hdr
    d.ftr = footer_line(
        "Worker's initials: ______   Employer's initials: ______   \u00b7   Page {p} of {nb}",
        fam="serif",
        rule=False,
    )
    ev = {}
    d.add_page()
    heading(d, "CONTRACT OF EMPLOYMENT", fam="serif", size=15, before=4, after=0, align="C")
    para(d, "(Overseas Hotel Service Staff)", fam="serif", style="I", size=10, align="C", after=8)
    para(d, "This Contract is entered into voluntarily by and between:", fam="serif", size=10)
    grid(
        d,
        [
            [
                "EMPLOYER",
                "Corniche Pearl Hospitality LLC, Building 14, Al Garhoud Service Road, Dubai, United Arab Emirates",
            ],
            [
                "represented in the Philippines by",
                "Bayanihan Crest Manpower Services, Inc., 3/F Lirio Building, 1120 Quirino Avenue, Malate, Manila (licensed recruitment agency)",
            ],
            [
                "WORKER",
                "Maricel Dizon Tabuena, of Barangay San Roque, Tarlac City, Tarlac; Passport No. P7784120B",
            ],
        ],
        [130, d.content_w - 130],
        size=9,
        fam="serif",
        header=False,
        bold_first_col=True,
    )
    para(d, "The parties agree to the following terms and conditions:", fam="serif", size=10)

    def clause(n, title, text, size=9.8):
        para(d, f"**{n}. {title}.** " + text, fam="serif", size=size, after=5, markdown=True)

    clause(
        1,
        "Site of employment",
        "The Worker shall work at the Corniche Pearl Hotel, Al "
        "Garhoud, Dubai, United Arab Emirates.",
    )
    clause(
        2,
        "Position and duties",
        "The Worker is employed as Room Attendant and shall clean "
        "and make up guest rooms and corridors, restock linen and amenities, report "
        "maintenance defects, and post minibar consumption and laundry service charges to the "
        "guest's folio for billing by the front office.",
    )
    clause(
        3,
        "Duration",
        "This Contract runs for two (2) years, from 1 March 2026 to 28 February "
        "2028, and may be renewed by written agreement.",
    )
    clause(
        4,
        "Hours of work and rest",
        "Regular hours are eight (8) hours a day, six (6) days a "
        "week, with one paid rest day each week and thirty (30) days of paid annual leave per "
        "year. Work beyond regular hours is paid at 125% of the hourly basic wage.",
    )
    clause(
        5,
        "Salary",
        "The basic monthly salary is AED 1,800 (one thousand eight hundred "
        "dirhams), paid monthly by bank transfer through the Wage Protection System not "
        "later than the 7th day of the following month. The Employer also provides free "
        "accommodation, three meals a day in the staff canteen, and transport between the "
        "staff accommodation and the hotel.",
    )
    clause(
        6,
        "Deductions",
        "The only deductions from the Worker's salary shall be those ordered "
        "by a competent court; no deduction shall be made for recruitment, visa, "
        "accommodation, food or transport.",
    )
    ev.update(
        {
            "employer_identity": "Corniche Pearl Hospitality LLC, Building 14, Al Garhoud Service Road",
            "worker_identity": "Maricel Dizon Tabuena",
            "work_location": "Corniche Pearl Hotel, Al Garhoud, Dubai",
            "job_duties": "clean and make up guest rooms and corridors",
            "employment_period": "from 1 March 2026 to 28 February 2028",
            "hours_of_work": "eight (8) hours a day, six (6) days a week",
            "wage_rate": "AED 1,800 (one thousand eight hundred dirhams)",
            "pay_frequency": "paid monthly by bank transfer",
            "deductions": "The only deductions from the Worker's salary shall be those ordered by a competent court",
            "housing": "free accommodation",
            "meals": "three meals a day in the staff canteen",
        }
    )

    d.add_page()
    clause(
        7,
        "Costs of deployment",
        "The Employer shall bear the costs listed in the Schedule "
        "of Deployment Costs below, which are paid directly by the Employer or reimbursed to "
        "the Worker against receipts.",
    )
    grid(
        d,
        [
            ["Item", "Amount (est.)", "For the account of"],
            ["UAE entry permit and residence visa", "AED 3,200", "Employer"],
            ["Emirates ID and labour card", "AED 470", "Employer"],
            ["Pre-employment medical examination (Manila)", "PHP 3,800", "Employer"],
            ["UAE medical fitness test", "AED 320", "Employer"],
            ["Compulsory health insurance (Dubai)", "AED 650 per year", "Employer"],
            ["Airfare Manila \u2013 Dubai", "PHP 21,500", "Employer"],
            ["Agency placement service (one month's salary)", "AED 1,800", "Employer"],
            ["OWWA membership contribution", "USD 25", "Employer"],
            ["Pre-departure orientation seminar", "Free of charge", "Government"],
            ["Return airfare Dubai \u2013 Manila", "PHP 21,500", "Employer"],
        ],
        [250, 110, d.content_w - 360],
        size=8.8,
        fam="serif",
        head_fill=(230, 224, 210),
        borders="HORIZONTAL_LINES",
    )
    TRAINING = (
        "The housekeeping skills course and NC II assessment at the Agency's accredited "
        "training centre, costing PHP 25,000, shall be shouldered by the Worker."
    )
    clause(
        8,
        "Pre-departure requirements",
        "Before deployment the Worker shall attend the "
        "pre-departure orientation seminar, which is free of charge, and submit the medical "
        "certificate issued by the clinic designated by the Agency at the Employer's "
        "expense. " + TRAINING,
    )
    clause(
        9,
        "Travel",
        "The Employer shall provide the Worker with economy-class air "
        "transportation from Manila to Dubai and, upon expiry of this Contract or "
        "termination by the Employer without just cause, a one-way economy ticket from Dubai "
        "to Manila.",
    )
    clause(
        10,
        "Personal documents",
        "The Worker shall keep her own passport, residence "
        "permit and Emirates ID. The Employer shall not retain any of the Worker's personal "
        "documents.",
    )
    PENALTY = (
        "Should the Worker resign before completing twelve (12) months of service, an "
        "amount equivalent to two weeks' wages shall be deducted from her final pay as "
        "liquidated damages."
    )
    clause(
        11,
        "Termination",
        "Either party may terminate this Contract by giving thirty (30) "
        "days' written notice. The Employer may terminate without notice only for the just "
        "causes listed in Article 44 of Federal Decree-Law No. 33 of 2021, after an "
        "investigation in which the Worker is heard. " + PENALTY,
    )
    clause(
        12,
        "Grievances",
        "The Worker may bring any complaint to the Employer's HR office, "
        "the Ministry of Human Resources and Emiratisation, or the Philippine Migrant Workers "
        "Office in Dubai, and shall suffer no penalty, deduction or loss of employment for "
        "doing so.",
    )
    ev.update(
        {
            "return_transportation": "a one-way economy ticket from Dubai to Manila",
            "termination": "Either party may terminate this Contract by giving thirty (30) days' written notice",
        }
    )

    d.add_page()
    clause(
        13,
        "Applicable law",
        "This Contract is governed by the laws of the United Arab "
        "Emirates. Provisions more favourable to the Worker under Philippine regulations on "
        "overseas employment shall prevail.",
    )
    clause(
        14,
        "Language",
        "The Worker acknowledges that this Contract was explained to her in "
        "English and Filipino and that she received a signed copy.",
    )
    para(
        d,
        "IN WITNESS WHEREOF, the parties have signed this Contract on 9 January 2026 in the "
        "City of Manila.",
        fam="serif",
        size=10,
        after=4,
    )
    sig_block(
        d,
        [
            ("For the Employer", "Rashid Omar Al Marzooqi", "Director of Human Resources"),
            ("The Worker", "Maricel Dizon Tabuena", ""),
        ],
        fam="serif",
        top=34,
    )
    sig_block(
        d,
        [
            (
                "For the Agency (witness)",
                "Ma. Theresa Alcantara-Reyes",
                "Documentation Officer, Bayanihan Crest Manpower Services, Inc.",
            ),
            ("Verified", "", "Migrant Workers Office stamp"),
        ],
        fam="serif",
        top=10,
    )
    spec = dict(
        file="cp05.pdf",
        program="generic",
        language="en",
        scanned=False,
        pages=3,
        fees=[
            fee("training_cost", 2, 25000.0, "PHP", TRAINING),
            fee("breach_penalty", 2, None, None, PENALTY),
        ],
        evidence=ev,
        recruiters=["Bayanihan Crest Manpower Services, Inc."],
        traps=[
            "schedule 'For the account of': Employer on every cost line (visa AED 3,200, medical PHP 3,800, insurance, airfare, agency fee AED 1,800, OWWA USD 25)",
            "orientation seminar free of charge (not a training cost)",
            "medical certificate at the Employer's expense",
            "duty: post minibar and laundry service charges to the guest's folio (customer charges)",
            "overtime at 125% and free board, lodging and transport",
            "negated deductions ('no deduction shall be made for recruitment, visa ...')",
            "worker keeps passport; complaints without penalty (negated retention/blacklisting)",
        ],
        doc_type="employment_contract",
        layout="A4; serif legal register; running header and initials footer; parties grid; numbered clauses; horizontal-rule cost schedule; two signature rows",
        corridor="PH (Tarlac) \u2192 AE (Dubai)",
        doc_label="overseas employment contract (hotel room attendant)",
    )
    return d, spec


# ---------------------------------------------------------------- cp06 h2b es, compliant, two columns
def doc_cp06():
    d = Doc(
        "Letter",
        margins=(44, 40, 44),
        bottom=52,
        title="Contrato de trabajo temporal H-2B - Brazos Ridge Landscape Services, Inc.",
        author="Brazos Ridge Landscape Services, Inc.",
    )

    def hdr(dd):
        dd.set_y(16)
        dd.set_font("sans", "B", 7.5)
        dd.set_text_color(60, 100, 40)
        dd.cell(
            0,
            10,
            "BRAZOS RIDGE LANDSCAPE SERVICES, INC.  \u00b7  CONTRATO H-2B 2026",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        dd.set_draw_color(60, 100, 40)
        dd.line(dd.l_margin, 28, dd.w - dd.r_margin, 28)
        dd.set_draw_color(0, 0, 0)
        dd.set_text_color(0, 0, 0)
        dd.set_y(40)

    d.hdr = hdr
    d.ftr = footer_line("Iniciales del Trabajador: ______      Hoja {p} de {nb}", size=7)
    ev = {}
    d.add_page()
    heading(d, "CONTRATO DE TRABAJO TEMPORAL (H-2B)", size=14, before=0, after=0, align="C")
    para(
        d,
        "Trabajador de jardiner\u00eda y mantenimiento de \u00e1reas verdes \u00b7 Temporada 2026",
        size=9.5,
        align="C",
        color=(70, 70, 70),
        after=8,
    )
    cols = Columns(d, ncols=2, gutter=20)
    B = cols.block
    B(
        "PRIMERA. Partes.",
        "Brazos Ridge Landscape Services, Inc., con domicilio en 7420 "
        "Farm-to-Market Road 2154, College Hollow, Texas 77845, EE. UU. (\u00abla Empresa\u00bb), y el "
        "trabajador que firma al final (\u00abel Trabajador\u00bb) celebran este contrato conforme al "
        "programa H-2B y a la orden de trabajo certificada por el Departamento de Trabajo.",
    )
    B(
        "SEGUNDA. Puesto y funciones.",
        "Trabajador de jardiner\u00eda: cortar pasto, podar setos, "
        "plantar arbustos y flores, instalar pasto en rollo y limpiar las \u00e1reas verdes de "
        "clientes comerciales. Cuando se le asigne al centro de composta de la Empresa, pesar\u00e1 "
        "los camiones y cobrar\u00e1 a los clientes la tarifa de recepci\u00f3n de ramas y pasto.",
    )
    B(
        "TERCERA. Requisitos.",
        "Tres meses de experiencia en jardiner\u00eda o trabajo de campo. "
        "No se exige licencia de conducir ni saber ingl\u00e9s.",
    )
    B(
        "CUARTA. Lugar de trabajo.",
        "\u00c1reas verdes de clientes en los condados de Brazos y "
        "Burleson, Texas, saliendo cada ma\u00f1ana del patio de la Empresa en 7420 Farm-to-Market "
        "Road 2154.",
    )
    B("QUINTA. Vigencia.", "Del 2 de marzo de 2026 al 20 de noviembre de 2026.")
    B(
        "SEXTA. Jornada.",
        "40 horas por semana, de lunes a viernes, de 7:00 a 15:30, con media hora para comer.",
    )
    B(
        "S\u00c9PTIMA. Salario.",
        "16.32 d\u00f3lares por hora. Si durante la temporada se publica un "
        "salario prevaleciente m\u00e1s alto para este puesto, la Empresa pagar\u00e1 el salario m\u00e1s "
        "alto desde la fecha en que entre en vigor.",
    )
    B(
        "OCTAVA. Horas extra.",
        "Las horas trabajadas en exceso de 40 por semana se pagan a 24.48 "
        "d\u00f3lares por hora (tiempo y medio).",
    )
    B(
        "NOVENA. Pago y tal\u00f3n.",
        "Cada dos semanas, los viernes, mediante dep\u00f3sito directo o "
        "cheque. Con cada pago se entrega un tal\u00f3n que indica las horas ofrecidas, las horas "
        "trabajadas, la tarifa, cada descuento y el pago neto.",
    )
    B(
        "D\u00c9CIMA. Descuentos.",
        "Solo se descuentan el impuesto federal sobre la renta, el "
        "Seguro Social y Medicare y, si el Trabajador lo autoriza por escrito y de forma "
        "voluntaria, la cuota sindical. Nunca se descontar\u00e1n costos de visa, viaje, "
        "herramientas ni reclutamiento.",
    )
    B(
        "D\u00c9CIMA PRIMERA. Garant\u00eda de tres cuartas partes.",
        "En cada periodo de 12 semanas, la "
        "Empresa ofrecer\u00e1 al Trabajador empleo por al menos tres cuartas partes (3/4) de los "
        "d\u00edas laborables; si ofrece menos, pagar\u00e1 la diferencia.",
    )
    B(
        "D\u00c9CIMA SEGUNDA. Herramientas.",
        "Podadoras, desbrozadoras, tijeras, guantes, lentes de "
        "seguridad y botas se entregan sin costo alguno y sin dep\u00f3sito.",
    )
    B(
        "D\u00c9CIMA TERCERA. Viaje de ida.",
        "La Empresa pagar\u00e1 el autob\u00fas de Pachuca, Hidalgo, "
        "a College Hollow y los alimentos del camino; lo que el Trabajador haya pagado se le "
        "reembolsa en la primera semana de trabajo.",
    )
    B(
        "D\u00c9CIMA CUARTA. Visa.",
        "La Empresa reembolsa en la primera semana la cuota de visa "
        "(MRV) y el derecho de cruce fronterizo, seg\u00fan la tabla de reembolsos de la hoja 2.",
    )
    B(
        "D\u00c9CIMA QUINTA. Regreso.",
        "Si el Trabajador termina la temporada, o si la Empresa lo "
        "despide antes sin causa justificada, la Empresa paga el autob\u00fas de regreso a Pachuca.",
    )
    B(
        "D\u00c9CIMA SEXTA. Terminaci\u00f3n.",
        "Si el Trabajador falta 5 d\u00edas laborables seguidos "
        "sin avisar, se considerar\u00e1 que abandon\u00f3 el empleo y la Empresa lo notificar\u00e1 al "
        "Departamento de Trabajo y al DHS. La Empresa podr\u00e1 despedir por causa justificada "
        "(robo, violencia o negativa reiterada a trabajar) tras una advertencia por escrito.",
    )
    B(
        "D\u00c9CIMA S\u00c9PTIMA. Imposibilidad.",
        "Si un incendio, inundaci\u00f3n, hurac\u00e1n u otra "
        "causa de fuerza mayor hace imposible continuar el trabajo, la Empresa pagar\u00e1 la "
        "garant\u00eda de 3/4 hasta esa fecha y el regreso a Pachuca.",
    )
    B(
        "D\u00c9CIMA OCTAVA. Cero cobros.",
        "La Empresa no cobra, ni permite que su agente o "
        "cualquier otra persona cobre, cuota alguna de reclutamiento, inscripci\u00f3n o tr\u00e1mite: "
        "todo el proceso es sin costo alguno para el Trabajador. Si alguien le cobr\u00f3, la Empresa "
        "le devolver\u00e1 el dinero.",
    )
    B(
        "D\u00c9CIMA NOVENA. Documentos.",
        "El Trabajador conserva su pasaporte y su visa; la "
        "Empresa no guarda documentos de identidad de nadie.",
    )
    cols.finish()
    ev.update(
        {
            "employer_identity": "Brazos Ridge Landscape Services, Inc., con domicilio en 7420 Farm-to-Market Road 2154",
            "job_duties": "cortar pasto, podar setos, plantar arbustos y flores",
            "job_requirements": "Tres meses de experiencia en jardiner\u00eda",
            "work_location": "condados de Brazos y Burleson, Texas",
            "employment_period": "Del 2 de marzo de 2026 al 20 de noviembre de 2026",
            "hours_of_work": "40 horas por semana, de lunes a viernes",
            "wage_rate": "16.32 d\u00f3lares por hora",
            "wage_adjustment": "la Empresa pagar\u00e1 el salario m\u00e1s alto desde la fecha en que entre en vigor",
            "overtime": "se pagan a 24.48 d\u00f3lares por hora (tiempo y medio)",
            "pay_frequency": "Cada dos semanas, los viernes",
            "earnings_statements": "un tal\u00f3n que indica las horas ofrecidas",
            "deductions": "el impuesto federal sobre la renta, el Seguro Social y Medicare",
            "three_fourths_guarantee": "al menos tres cuartas partes (3/4) de los d\u00edas laborables",
            "tools_provided": "se entregan sin costo alguno y sin dep\u00f3sito",
            "inbound_transportation": "se le reembolsa en la primera semana de trabajo",
            "visa_reimbursement": "La Empresa reembolsa en la primera semana la cuota de visa (MRV)",
            "return_transportation": "la Empresa paga el autob\u00fas de regreso a Pachuca",
            "termination": "Si el Trabajador falta 5 d\u00edas laborables seguidos sin avisar",
            "contract_impossibility": "Si un incendio, inundaci\u00f3n, hurac\u00e1n u otra causa de fuerza mayor",
        }
    )
    if d.page_no() == 1:
        d.add_page()
    else:
        d.ln(8)
    heading(d, "TABLA DE REEMBOLSOS", size=10.5, before=0, after=2)
    para(
        d,
        "Todo lo que aparece en esta tabla corre por cuenta de la Empresa; nada se descuenta "
        "del salario.",
        size=8.6,
        color=(70, 70, 70),
        after=4,
    )
    grid(
        d,
        [
            ["Semana de pago", "Concepto reembolsado", "Importe", "C\u00f3mo se entrega"],
            ["Semana 1", "Cuota de visa H-2B (MRV)", "205 d\u00f3lares", "En el primer cheque"],
            [
                "Semana 1",
                "Derecho de cruce fronterizo (I-94)",
                "6 d\u00f3lares",
                "En el primer cheque",
            ],
            [
                "Semana 1",
                "Autob\u00fas Pachuca\u2013Monterrey\u2013College Hollow",
                "2 150 pesos + 95 d\u00f3lares",
                "En el primer cheque",
            ],
            [
                "Semana 1",
                "Hotel en Monterrey (2 noches)",
                "1 800 pesos",
                "Pagado directamente por la Empresa",
            ],
            [
                "Semana 1",
                "Alimentos del camino (3 d\u00edas)",
                "49.38 d\u00f3lares",
                "En el primer cheque",
            ],
            [
                "Fin de temporada",
                "Autob\u00fas de regreso y alimentos",
                "Costo total",
                "Boleto comprado por la Empresa",
            ],
        ],
        [92, 196, 110, d.content_w - 398],
        size=8.4,
        head_fill=(208, 226, 196),
        zebra=(246, 250, 243),
    )
    para(d, "College Hollow, Texas, a 12 de enero de 2026.", size=9, after=0)
    sig_block(
        d,
        [
            ("Por la Empresa", "Wendell Okafor-Briggs", "Gerente de Operaciones"),
            ("El Trabajador", "Fidencio Lara Ch\u00e1vez", ""),
        ],
        top=32,
    )
    spec = dict(
        file="cp06.pdf",
        program="h2b",
        language="es",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=[],
        traps=[
            "duty: 'cobrar\u00e1 a los clientes la tarifa de recepci\u00f3n de ramas y pasto' (customer charge)",
            "'cuota sindical' only with voluntary written authorization (lawful deduction)",
            "negated deductions for visa, travel, tools, recruitment",
            "reimbursement table: visa 205 d\u00f3lares, I-94, bus '2 150 pesos + 95 d\u00f3lares', hotel, meals, all employer",
            "tools 'sin costo alguno y sin dep\u00f3sito'",
            "negated fee 'sin costo alguno para el Trabajador' with refund promise",
            "abandonment notice to DOL/DHS is the regulatory rule",
            "worker keeps passport (negated retention)",
        ],
        doc_type="work_contract",
        layout="Letter; two-column numbered clauses (PRIMERA...); running header rule; zebra reimbursement table; signature lines; initials footer",
        corridor="MX (Hidalgo) \u2192 US (Texas)",
        doc_label="H-2B work contract (landscaping), two columns",
    )
    return d, spec


# ---------------------------------------------------------------- cp07 h2a es, 2 findings
def doc_cp07():
    d = Doc(
        "Letter",
        margins=(62, 50, 62),
        bottom=62,
        title="Contrato individual de trabajo agr\u00edcola temporal H-2A - Hortalizas R\u00edo Salinas, LLC",
        author="Hortalizas R\u00edo Salinas, LLC",
    )
    d.ftr = footer_line(
        "Hortalizas R\u00edo Salinas, LLC \u2014 Contrato H-2A 2026 \u2014 p\u00e1gina {p} de {nb}",
        fam="serif",
    )
    ev = {}
    d.add_page()
    heading(
        d,
        "CONTRATO INDIVIDUAL DE TRABAJO AGR\u00cdCOLA TEMPORAL",
        fam="serif",
        size=13.5,
        before=0,
        after=0,
        align="C",
    )
    para(
        d,
        "Programa H-2A \u00b7 Temporada 2026 \u00b7 Orden de trabajo H-300-26031-604417",
        fam="serif",
        size=9,
        align="C",
        color=(80, 80, 80),
        after=8,
    )
    S = dict(fam="serif", size=9.6, after=5)
    para(
        d,
        "Contrato que celebran, por una parte, Hortalizas R\u00edo Salinas, LLC, con domicilio "
        "en 1550 Old Stage Road, Chualar Flats, California 93925, Estados Unidos de Am\u00e9rica, "
        "a quien en lo sucesivo se le denominar\u00e1 EL PATR\u00d3N, y por la otra el se\u00f1or "
        "Rogelio Almanza Tinajero, con domicilio en Comunidad San Juan de la Vega, Celaya, "
        "Guanajuato, M\u00e9xico, a quien se le denominar\u00e1 EL TRABAJADOR, al tenor de las "
        "siguientes declaraciones y cl\u00e1usulas.",
        **S,
    )
    heading(d, "DECLARACIONES", fam="serif", size=10.5, before=2, after=2)
    para(
        d,
        "I. EL PATR\u00d3N declara que cuenta con una certificaci\u00f3n laboral temporal H-2A "
        "expedida por el Departamento de Trabajo de los Estados Unidos y que para el "
        "reclutamiento en M\u00e9xico contrat\u00f3 a Reclutamiento Agr\u00edcola Laja Baj\u00edo, "
        "S.C., cuyos honorarios paga en su totalidad.",
        **S,
    )
    para(
        d,
        "II. EL TRABAJADOR declara que tiene la experiencia requerida y que ha recibido "
        "una copia de este contrato en espa\u00f1ol antes de solicitar su visa.",
        **S,
    )
    heading(d, "CL\u00c1USULAS", fam="serif", size=10.5, before=2, after=2)

    def cl(title, text):
        para(d, f"**{title}.** " + text, markdown=True, **S)

    cl(
        "PRIMERA. Funciones",
        "EL TRABAJADOR se desempe\u00f1ar\u00e1 como trabajador agr\u00edcola de "
        "campo: corte, limpieza y empaque de lechuga romana y br\u00f3coli en el surco, deshierbe "
        "con azad\u00f3n y carga de cajas en las plataformas.",
    )
    cl(
        "SEGUNDA. Requisitos",
        "Se requiere un mes de experiencia en la cosecha de hortalizas y "
        "capacidad para trabajar agachado y cargar 50 libras.",
    )
    cl(
        "TERCERA. Lugar de trabajo",
        "Los ranchos de EL PATR\u00d3N en el Valle de Salinas, "
        "condado de Monterey, California: Rancho Old Stage, Rancho Espinosa y Rancho Gonzales "
        "Bend.",
    )
    cl("CUARTA. Duraci\u00f3n", "Del 16 de marzo de 2026 al 13 de noviembre de 2026.")
    cl(
        "QUINTA. Jornada",
        "48 horas por semana, de lunes a s\u00e1bado, de 6:00 a 14:30, con media hora para comer.",
    )
    cl(
        "SEXTA. Salario",
        "19.97 d\u00f3lares por hora. Si el AEWR, el salario prevaleciente o el "
        "salario m\u00ednimo de California aumentan durante el contrato, EL PATR\u00d3N pagar\u00e1 la "
        "tarifa m\u00e1s alta desde su entrada en vigor.",
    )
    ev.update(
        {
            "employer_identity": "Hortalizas R\u00edo Salinas, LLC, con domicilio en 1550 Old Stage Road, Chualar Flats, California 93925",
            "worker_identity": "Rogelio Almanza Tinajero",
            "job_duties": "corte, limpieza y empaque de lechuga romana y br\u00f3coli",
            "job_requirements": "un mes de experiencia en la cosecha de hortalizas",
            "work_location": "Valle de Salinas, condado de Monterey, California",
            "employment_period": "Del 16 de marzo de 2026 al 13 de noviembre de 2026",
            "hours_of_work": "48 horas por semana, de lunes a s\u00e1bado",
            "wage_rate": "19.97 d\u00f3lares por hora",
            "wage_adjustment": "pagar\u00e1 la tarifa m\u00e1s alta desde su entrada en vigor",
        }
    )

    d.add_page()
    cl(
        "S\u00c9PTIMA. Pago",
        "Semanalmente, cada jueves, con un tal\u00f3n que detalla las horas "
        "ofrecidas, las horas trabajadas, la tarifa, las ganancias y cada descuento.",
    )
    cl(
        "OCTAVA. Descuentos",
        "\u00danicamente se descontar\u00e1n el seguro estatal de incapacidad "
        "(SDI) que exige la ley de California y las retenciones de impuestos que EL TRABAJADOR "
        "solicite por escrito.",
    )
    cl(
        "NOVENA. Garant\u00eda",
        "EL PATR\u00d3N garantiza ofrecer a EL TRABAJADOR empleo por al menos "
        "tres cuartas partes de los d\u00edas laborables del periodo del contrato; si ofrece menos, "
        "pagar\u00e1 la diferencia.",
    )
    HOUSING = (
        "Cada trabajador dejar\u00e1 un dep\u00f3sito de vivienda de 150 d\u00f3lares al ocupar su "
        "cuarto en el campamento, el cual se le devolver\u00e1 al final de la temporada si el "
        "cuarto queda en buen estado."
    )
    cl(
        "D\u00c9CIMA. Vivienda",
        "EL PATR\u00d3N proporciona vivienda sin costo en el campamento Old "
        "Stage, 1602 Old Stage Road, con regaderas, lavadoras y camas con colch\u00f3n nuevo. "
        + HOUSING,
    )
    cl(
        "D\u00c9CIMA PRIMERA. Comidas",
        "EL PATR\u00d3N proporcionar\u00e1 tres comidas diarias sin "
        "costo alguno para EL TRABAJADOR, servidas en el comedor del campamento.",
    )
    cl(
        "D\u00c9CIMA SEGUNDA. Transporte",
        "EL PATR\u00d3N paga por adelantado el autob\u00fas de "
        "Celaya a Monterrey, el hotel durante el tr\u00e1mite consular y el vuelo de Monterrey a San "
        "Jos\u00e9; los alimentos del viaje que pague EL TRABAJADOR se le reembolsar\u00e1n en la "
        "primera semana. Al terminar el contrato, o si es despedido sin causa justificada, EL "
        "PATR\u00d3N pagar\u00e1 su regreso a Celaya, Guanajuato. El transporte diario del campamento "
        "a los ranchos es gratuito, en autobuses de la empresa.",
    )
    cl(
        "D\u00c9CIMA TERCERA. Herramientas",
        "Cuchillos, azadones, guantes, impermeables y botas de "
        "hule se entregan sin costo y sin dep\u00f3sito.",
    )
    cl(
        "D\u00c9CIMA CUARTA. Accidentes de trabajo",
        "EL TRABAJADOR est\u00e1 cubierto por el seguro de "
        "compensaci\u00f3n laboral (workers' compensation) de EL PATR\u00d3N, p\u00f3liza n\u00famero "
        "CA-WC-7730914, sin costo para \u00e9l.",
    )
    RETENTION = (
        "Para su seguridad, el mayordomo del campamento guardar\u00e1 los pasaportes y las "
        "visas de todos los trabajadores en la caja fuerte de la oficina hasta el d\u00eda "
        "del regreso."
    )
    cl(
        "D\u00c9CIMA QUINTA. Documentos",
        "EL PATR\u00d3N cubre el costo de renovar el pasaporte de "
        "EL TRABAJADOR cuando sea necesario para obtener la visa. " + RETENTION,
    )
    ev.update(
        {
            "pay_frequency": "Semanalmente, cada jueves",
            "earnings_statements": "un tal\u00f3n que detalla las horas ofrecidas",
            "deductions": "seguro estatal de incapacidad (SDI)",
            "three_fourths_guarantee": "al menos tres cuartas partes de los d\u00edas laborables",
            "housing": "EL PATR\u00d3N proporciona vivienda sin costo en el campamento Old Stage",
            "meals": "tres comidas diarias sin costo alguno",
            "inbound_transportation": "se le reembolsar\u00e1n en la primera semana",
            "return_transportation": "pagar\u00e1 su regreso a Celaya, Guanajuato",
            "daily_transportation": "El transporte diario del campamento a los ranchos es gratuito",
            "tools_provided": "se entregan sin costo y sin dep\u00f3sito",
            "workers_compensation": "seguro de compensaci\u00f3n laboral (workers' compensation)",
        }
    )

    d.add_page()
    cl(
        "D\u00c9CIMA SEXTA. Terminaci\u00f3n",
        "Si EL TRABAJADOR falta cinco d\u00edas laborables "
        "consecutivos sin permiso, se considerar\u00e1 que abandon\u00f3 el empleo. EL PATR\u00d3N podr\u00e1 "
        "despedir por causa justificada, previa advertencia por escrito, en caso de violencia, "
        "robo o negativa injustificada a trabajar.",
    )
    cl(
        "D\u00c9CIMA S\u00c9PTIMA. Caso fortuito",
        "En caso de incendio, inundaci\u00f3n, helada u "
        "otro caso fortuito que haga imposible el trabajo, EL PATR\u00d3N pagar\u00e1 la garant\u00eda "
        "de tres cuartas partes hasta esa fecha, el regreso a Celaya y los gastos de viaje de ida "
        "que a\u00fan no haya reembolsado.",
    )
    cl(
        "D\u00c9CIMA OCTAVA. Cero cobros",
        "Ni EL PATR\u00d3N ni Reclutamiento Agr\u00edcola Laja "
        "Baj\u00edo, S.C. cobrar\u00e1n a EL TRABAJADOR cuota alguna por reclutamiento, inscripci\u00f3n "
        "o tr\u00e1mite; cualquier cobro de ese tipo debe denunciarse y ser\u00e1 reembolsado por EL "
        "PATR\u00d3N.",
    )
    ev.update(
        {
            "termination": "cinco d\u00edas laborables consecutivos sin permiso",
            "contract_impossibility": "En caso de incendio, inundaci\u00f3n, helada u otro caso fortuito",
        }
    )
    heading(d, "Cuadro de gastos del viaje", fam="serif", size=10, before=2, after=3)
    grid(
        d,
        [
            ["Concepto", "Cantidad aproximada", "A cargo de"],
            ["Visa H-2A (MRV)", "205 USD", "EL PATR\u00d3N"],
            ["Autob\u00fas Celaya\u2013Monterrey", "1,350 pesos", "EL PATR\u00d3N"],
            ["Hotel en Monterrey, 3 noches", "2,700 pesos", "EL PATR\u00d3N"],
            ["Vuelo Monterrey\u2013San Jos\u00e9", "MXN 5,900", "EL PATR\u00d3N"],
            ["Honorarios de la agencia", "MXN 2,500 por trabajador", "EL PATR\u00d3N"],
            ["Renovaci\u00f3n de pasaporte", "1,655 pesos", "EL PATR\u00d3N"],
            ["Regreso a Celaya", "Costo total", "EL PATR\u00d3N"],
        ],
        [200, 150, d.content_w - 350],
        fam="serif",
        size=9,
        head_fill=(228, 228, 228),
    )
    para(
        d,
        "Le\u00eddo que fue el presente contrato y enteradas las partes de su contenido y "
        "alcance, lo firman en Celaya, Guanajuato, el 19 de enero de 2026.",
        **S,
    )
    sig_block(
        d,
        [
            ("EL PATR\u00d3N", "Marisela Quintero Vance", "Gerente de recursos humanos"),
            ("EL TRABAJADOR", "Rogelio Almanza Tinajero", ""),
            ("TESTIGO", "", "Nombre y firma"),
        ],
        fam="serif",
        top=30,
    )
    spec = dict(
        file="cp07.pdf",
        program="h2a",
        language="es",
        scanned=False,
        pages=3,
        fees=[
            fee("housing_charge", 2, 150.0, "USD", HOUSING),
            fee("document_retention", 2, None, None, RETENTION),
        ],
        evidence=ev,
        recruiters=["Reclutamiento Agr\u00edcola Laja Baj\u00edo, S.C."],
        traps=[
            "'vivienda sin costo' stated right before the housing deposit (the deposit is the finding)",
            "agency fees paid in full by the employer; 'Cero cobros' negated fee with refund",
            "cost table 'A cargo de': EL PATR\u00d3N on every line (visa 205 USD, bus 1,350 pesos, MXN 5,900 flight, MXN 2,500 agency fee)",
            "passport renewal paid by the employer (look-alike next to the retention clause)",
            "'EL PATR\u00d3N paga por adelantado el autob\u00fas' is prepayment by the employer, not an advance to repay",
            "free meals, tools 'sin costo y sin dep\u00f3sito'",
            "lawful deductions: California SDI and requested tax withholding",
        ],
        doc_type="work_contract",
        layout="Letter; serif legal register (DECLARACIONES / CL\u00c1USULAS) with bold run-in clause titles; gridded cost table; three signature lines; footer",
        corridor="MX (Guanajuato) \u2192 US (California)",
        doc_label="H-2A individual work contract (vegetable harvest)",
    )
    return d, spec


# ---------------------------------------------------------------- cp08 generic en, compliant
def doc_cp08():
    d = Doc(
        "A4",
        margins=(50, 46, 50),
        bottom=58,
        title="Offer of Employment and Zero-Cost Recruitment Statement - Penang Vertex Microsystems",
        author="Penang Vertex Microsystems Sdn. Bhd.",
    )
    d.ftr = footer_line(
        "PVM/HR/2026/017  \u00b7  Offer of Employment \u2014 Ram Kumari Gurung  \u00b7  {p}/{nb}"
    )
    ev = {}
    d.add_page()
    d.set_fill_color(0, 84, 130)
    d.rect(d.l_margin, d.get_y(), 8, 40, style="F")
    y = d.get_y()
    d.set_xy(d.l_margin + 16, y)
    d.set_font("sans", "B", 13)
    d.set_text_color(0, 84, 130)
    d.cell(0, 16, "PENANG VERTEX MICROSYSTEMS SDN. BHD.", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 16)
    d.set_font("sans", "", 8)
    d.set_text_color(70, 70, 70)
    d.cell(
        0,
        11,
        "Plot 88, Lorong Perusahaan Maju 6, Bayan Cemerlang Industrial Park, 11900 "
        "Bayan Lepas, Penang, Malaysia",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_x(d.l_margin + 16)
    d.cell(
        0,
        11,
        "Company No. 201803114472 (1288731-K)  \u00b7  +60 4-555 0187",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(12)
    heading(
        d, "OFFER OF EMPLOYMENT AND ZERO-COST RECRUITMENT STATEMENT", size=11.5, before=0, after=2
    )
    para(
        d,
        "Demand letter ref. PVM/HR/2026/017  \u00b7  Date: 5 January 2026",
        size=8.5,
        color=(80, 80, 80),
        after=6,
    )
    grid(
        d,
        [
            [
                "To (Worker)",
                "Ram Kumari Gurung, Ward No. 4, Besisahar Municipality, Lamjung, Nepal",
            ],
            [
                "Recruiting agency",
                "Sagarmatha Link Overseas Pvt. Ltd., Licence No. 1487/079/80, New Baneshwor, Kathmandu",
            ],
        ],
        [110, d.content_w - 110],
        size=8.8,
        header=False,
        bold_first_col=True,
        borders="NONE",
        padding=2,
    )
    para(d, "We are pleased to offer you employment on the following terms.", size=9.5)
    terms = [
        (
            "1. Position",
            "Production Operator (SMT line): load and unload circuit-board magazines, "
            "visually inspect soldered boards under magnification, record defects and keep the "
            "workstation clean to ESD standards.",
        ),
        (
            "2. Place of work",
            "The Employer's factory at Plot 88, Lorong Perusahaan Maju 6, Bayan Lepas, Penang.",
        ),
        ("3. Contract period", "24 months, from 16 March 2026 to 15 March 2028."),
        (
            "4. Working hours",
            "8 hours per day, 6 days per week (48 hours), on rotating day and "
            "night shifts; overtime is voluntary and paid at 1.5 times the hourly rate.",
        ),
        ("5. Basic wage", "RM 1,700 per month, plus a night-shift allowance of RM 10 per night."),
        (
            "6. Payment of wages",
            "Monthly, by bank transfer into the Worker's own account, not "
            "later than the 7th day of the following month, with an itemised pay slip.",
        ),
        (
            "7. Deductions",
            "Only statutory deductions: the Worker's EPF contribution (2% of "
            "wages) and the monthly tax deduction (PCB) where applicable. No deduction is made for "
            "levy, housing, transport, uniform or recruitment.",
        ),
        (
            "8. Accommodation and transport",
            "Free hostel accommodation that meets the Workers' "
            "Minimum Standards of Housing and Amenities Act 1990, and free transport between the "
            "hostel and the factory.",
        ),
        (
            "9. Return journey",
            "Economy air ticket Kuala Lumpur\u2013Kathmandu at the end of the "
            "contract, or on earlier termination by the Employer, paid by the Employer.",
        ),
        (
            "10. Termination",
            "Either party may end the contract by giving four (4) weeks' written "
            "notice. The Employer may dismiss for misconduct only after a domestic inquiry under "
            "section 14 of the Employment Act 1955; the return ticket is provided in every case.",
        ),
    ]
    for t, x in terms:
        d.set_font("sans", "B", 9)
        y = d.get_y()
        d.multi_cell(118, 9 * 1.3, t, align="L", new_x="RIGHT", new_y="TOP")
        d.set_xy(d.l_margin + 122, y)
        d.set_font("sans", "", 9)
        d.multi_cell(d.content_w - 122, 9 * 1.3, x, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(3.5)
    ev.update(
        {
            "employer_identity": "PENANG VERTEX MICROSYSTEMS SDN. BHD.",
            "worker_identity": "Ram Kumari Gurung",
            "job_duties": "visually inspect soldered boards under magnification",
            "work_location": "Plot 88, Lorong Perusahaan Maju 6, Bayan Lepas, Penang",
            "employment_period": "from 16 March 2026 to 15 March 2028",
            "hours_of_work": "8 hours per day, 6 days per week (48 hours)",
            "wage_rate": "RM 1,700 per month",
            "pay_frequency": "Monthly, by bank transfer",
            "deductions": "the Worker's EPF contribution (2% of wages)",
            "return_transportation": "Economy air ticket Kuala Lumpur\u2013Kathmandu at the end of the contract",
            "termination": "Either party may end the contract by giving four (4) weeks' written notice",
            "housing": "Free hostel accommodation",
        }
    )

    d.add_page()
    heading(d, "Zero-cost recruitment: who pays what", size=11, before=0, after=2)
    para(
        d,
        "Every cost of recruiting and deploying you is paid by the Employer. The Worker "
        "column is shown so that you can see that nothing is charged to you.",
        size=9,
        after=4,
    )
    ck, nil = "\u2713", "Nil"
    grid(
        d,
        [
            ["Cost element", "Paid to", "Amount", "Employer", "Worker"],
            ["Recruitment service charge", "Sagarmatha Link Overseas", "NPR 10,000", ck, nil],
            [
                "Labour permit and approval",
                "Department of Foreign Employment",
                "NPR 3,200",
                ck,
                nil,
            ],
            ["Foreign Employment Welfare Fund", "Welfare Fund, Kathmandu", "NPR 1,500", ck, nil],
            ["Life and accident insurance", "Nepali insurer", "NPR 2,800", ck, nil],
            ["Pre-departure orientation training", "Orientation centre", "NPR 700", ck, nil],
            ["Medical examination (Nepal)", "Approved medical centre", "NPR 4,500", ck, nil],
            ["FOMEMA medical check (Malaysia)", "FOMEMA", "RM 207", ck, nil],
            ["Visa and temporary employment pass", "Immigration Department", "RM 60", ck, nil],
            ["Annual foreign worker levy", "Government of Malaysia", "RM 1,850", ck, nil],
            ["Security bond \u00b9", "Immigration Department", "RM 250", ck, nil],
            ["Air ticket Kathmandu\u2013Kuala Lumpur", "Airline", "NPR 28,000", ck, nil],
            ["Hospitalisation insurance (SPIKPA)", "Insurer", "RM 120", ck, nil],
        ],
        [150, 138, 74, 66, d.content_w - 428],
        size=8.4,
        head_fill=(210, 226, 238),
        aligns=("LEFT", "LEFT", "LEFT", "CENTER", "CENTER"),
        zebra=(243, 247, 250),
    )
    para(
        d,
        "\u00b9 The security bond is lodged by the Employer with the Immigration Department "
        "and is never recovered from the Worker.",
        size=7.6,
        color=(70, 70, 70),
        after=1,
    )
    para(
        d,
        "\u00b2 Nothing in this table is deducted from wages, now or later.",
        size=7.6,
        color=(70, 70, 70),
        after=8,
    )
    heading(d, "Our commitments", size=10, before=0, after=2)
    bullets(
        d,
        [
            "No worker shall pay for a job. If any person \u2014 an agent, a broker or a sub-agent \u2014 "
            "has collected money from you in connection with this job, the Employer will repay you the "
            "full amount within 30 days of your report and will review its contract with that person.",
            "Your passport stays with you; the hostel provides a personal locker with your own key.",
            "You may change rooms, leave the hostel on your days off, and raise complaints with the "
            "Employer, the Labour Department or the Embassy of Nepal without any penalty.",
        ],
        size=8.8,
    )
    para(
        d,
        "Please sign to accept this offer. A Nepali translation is attached and signed with "
        "this copy.",
        size=9,
    )
    sig_block(
        d,
        [
            ("For the Employer", "Tan Mei Ling", "Head of Human Resources"),
            ("Accepted by the Worker", "Ram Kumari Gurung", "Date and thumbprint"),
        ],
        top=28,
    )
    spec = dict(
        file="cp08.pdf",
        program="generic",
        language="en",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=["Sagarmatha Link Overseas Pvt. Ltd."],
        traps=[
            "'Employer / Worker' tick table: employer ticked on every line, 'Nil' under Worker (service charge NPR 10,000, welfare fund, insurance, orientation, medical, levy, visa)",
            "security bond RM 250 lodged by the employer, never recovered (deposit the employer pays)",
            "statutory EPF contribution and PCB are lawful deductions",
            "negated deductions (levy, housing, uniform, recruitment)",
            "refund promise for money collected by agents",
            "passport stays with the worker; free to leave the hostel (negated restriction)",
            "voluntary overtime at 1.5x",
        ],
        doc_type="offer_letter",
        layout="A4; side-bar letterhead; borderless parties table; hanging-indent numbered terms; zebra tick-mark cost table with footnote markers; bullets; signature lines",
        corridor="NP (Lamjung) \u2192 MY (Penang)",
        doc_label="offer of employment with zero-cost recruitment statement (electronics)",
    )
    return d, spec


# ---------------------------------------------------------------- cp09 h2b en+es, 1 finding (EN+ES)
def doc_cp09():
    d = Doc(
        "Letter",
        margins=(58, 48, 58),
        bottom=58,
        title="Seasonal Staff Agreement / Acuerdo de personal de temporada - Sinepuxent Bay Inn & Suites",
        author="Sinepuxent Bay Inn & Suites, LLC",
    )

    def hdr(dd):
        dd.set_fill_color(18, 92, 120)
        dd.rect(0, 0, dd.w, 8, style="F")
        dd.set_y(16)
        dd.set_font("serif", "I", 8)
        dd.set_text_color(18, 92, 120)
        dd.cell(
            0,
            10,
            "Sinepuxent Bay Inn & Suites \u2014 12 Bayshore Drive, Sinepuxent Point, MD 21811",
            align="C",
        )
        dd.set_text_color(0, 0, 0)
        dd.set_y(40)

    d.hdr = hdr
    d.ftr = footer_line("SBI-HR-H2B-2026  |  {p} / {nb}", size=7)
    ev = {}

    def item(label, text, size=8.9):
        d.set_font("sans", "B", size)
        d.set_text_color(18, 92, 120)
        d.multi_cell(0, size * 1.3, label, align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        para(d, text, size=size, after=3.5)

    d.add_page()
    heading(d, "SEASONAL STAFF AGREEMENT \u2014 H-2B 2026", size=13, before=0, after=0)
    para(
        d,
        "English version. The Spanish version follows on page 2; both say the same.",
        size=8.5,
        style="I",
        color=(90, 90, 90),
        after=5,
    )
    UNIF_EN = (
        "A refundable uniform deposit of $75.00 is deducted from your first paycheck and "
        "returned when all uniforms are turned in at the end of the season."
    )
    item(
        "Employer",
        "Sinepuxent Bay Inn & Suites, LLC, 12 Bayshore Drive, Sinepuxent Point, Maryland 21811.",
    )
    item(
        "Employee",
        "Yokasta Mercedes Pe\u00f1a Almonte, of Santiago de los Caballeros, Dominican Republic.",
    )
    item(
        "Position and duties",
        "Housekeeping and guest services attendant: clean guest rooms "
        "and public areas, deliver towels and cribs, staff the beach-equipment desk where you "
        "rent umbrellas and chairs to guests and collect the rental fee, and help the front desk "
        "with luggage. Requirements: three months of hotel housekeeping experience; basic "
        "English is helpful but not required.",
    )
    item(
        "Worksite and season",
        "Sinepuxent Bay Inn & Suites, 12 Bayshore Drive, Sinepuxent "
        "Point, Worcester County, Maryland, from April 27, 2026 to September 30, 2026.",
    )
    item(
        "Hours and pay",
        "40 hours per week, five 8-hour shifts between 7:00 a.m. and 11:00 "
        "p.m. Pay is $15.67 per hour; if a higher prevailing wage is published for this job "
        "during the season, you receive the higher rate from its effective date. Hours over 40 "
        "in a workweek are paid at $23.51 per hour. Payday is every two weeks, on Friday, by "
        "direct deposit.",
    )
    item(
        "Guaranteed work",
        "You will be offered work for at least three-quarters of the "
        "workdays in each 12-week period of the season.",
    )
    item(
        "Deductions",
        "Federal and Maryland income tax, Social Security and Medicare; nothing "
        "else is taken out without your written consent.",
    )
    item(
        "Travel and visa",
        "We book and pay your flight from Santiago to Baltimore and the "
        "shuttle to the hotel; meals on the way are repaid in your first week. The $205 visa "
        "fee and any border fee are repaid in your first paycheck. If you complete the season, "
        "or we end your job early without cause, we pay your flight home to Santiago.",
    )
    item(
        "Uniforms, tools and housing",
        "The hotel gives you three uniform shirts, two pairs of "
        "pants and non-slip shoes, and all cleaning supplies and carts, at no charge. "
        + UNIF_EN
        + " Uniform laundry is free, and staff dorm beds are available at no cost.",
    )
    item(
        "Ending the job",
        "Five consecutive days of unexcused absence is job abandonment. We "
        "may dismiss for cause (theft, violence, repeated refusal to work) after a written "
        "warning. If a hurricane, fire or other event beyond our control forces the hotel to "
        "close before September 30, we pay the three-quarters guarantee up to the closing date "
        "and your flight home.",
    )
    item(
        "No recruitment fees",
        "Neither the hotel nor our recruiting partner, Caribe Norte "
        "Staffing, S.R.L., charges workers any fee to be hired; the hotel pays the partner.",
    )
    ev.update(
        {
            "employer_identity": "Sinepuxent Bay Inn & Suites, LLC, 12 Bayshore Drive, Sinepuxent Point, Maryland 21811",
            "worker_identity": "Yokasta Mercedes Pe\u00f1a Almonte",
            "job_duties": "clean guest rooms and public areas",
            "job_requirements": "three months of hotel housekeeping experience",
            "work_location": "Worcester County, Maryland",
            "employment_period": "from April 27, 2026 to September 30, 2026",
            "hours_of_work": "40 hours per week, five 8-hour shifts",
            "wage_rate": "Pay is $15.67 per hour",
            "wage_adjustment": "you receive the higher rate from its effective date",
            "overtime": "Hours over 40 in a workweek are paid at $23.51 per hour",
            "pay_frequency": "Payday is every two weeks, on Friday",
            "three_fourths_guarantee": "at least three-quarters of the workdays in each 12-week period",
            "deductions": "Federal and Maryland income tax, Social Security and Medicare",
            "inbound_transportation": "meals on the way are repaid in your first week",
            "visa_reimbursement": "The $205 visa fee and any border fee are repaid in your first paycheck",
            "return_transportation": "we pay your flight home to Santiago",
            "tools_provided": "all cleaning supplies and carts, at no charge",
            "termination": "Five consecutive days of unexcused absence is job abandonment",
            "contract_impossibility": "If a hurricane, fire or other event beyond our control forces the hotel to close",
        }
    )

    d.add_page()
    heading(d, "ACUERDO DE PERSONAL DE TEMPORADA \u2014 H-2B 2026", size=13, before=0, after=0)
    para(d, "Versi\u00f3n en espa\u00f1ol.", size=8.5, style="I", color=(90, 90, 90), after=5)
    UNIF_ES = (
        "Se descontar\u00e1 de su primer cheque un dep\u00f3sito reembolsable de $75.00 por "
        "los uniformes, que se devolver\u00e1 cuando entregue todos los uniformes al final de "
        "la temporada."
    )
    item(
        "Empleador",
        "Sinepuxent Bay Inn & Suites, LLC, 12 Bayshore Drive, Sinepuxent Point, Maryland 21811.",
    )
    item(
        "Empleada",
        "Yokasta Mercedes Pe\u00f1a Almonte, de Santiago de los Caballeros, "
        "Rep\u00fablica Dominicana.",
    )
    item(
        "Puesto y funciones",
        "Camarista y asistente de servicio a hu\u00e9spedes: limpiar "
        "habitaciones y \u00e1reas comunes, llevar toallas y cunas, atender el mostrador de equipo "
        "de playa donde se alquilan sombrillas y sillas a los hu\u00e9spedes y se cobra la tarifa "
        "de alquiler, y ayudar a la recepci\u00f3n con el equipaje. Requisitos: tres meses de "
        "experiencia en limpieza de hotel; el ingl\u00e9s b\u00e1sico ayuda pero no es obligatorio.",
    )
    item(
        "Lugar y temporada",
        "Sinepuxent Bay Inn & Suites, 12 Bayshore Drive, Sinepuxent "
        "Point, condado de Worcester, Maryland, del 27 de abril al 30 de septiembre de 2026.",
    )
    item(
        "Horario y pago",
        "40 horas por semana, cinco turnos de 8 horas entre las 7:00 a.m. y "
        "las 11:00 p.m. El pago es de $15.67 por hora; si se publica un salario prevaleciente "
        "m\u00e1s alto para este puesto durante la temporada, usted recibe la tarifa m\u00e1s alta "
        "desde su vigencia. Las horas que pasen de 40 en una semana se pagan a $23.51 por hora. "
        "Se paga cada dos semanas, los viernes, por dep\u00f3sito directo.",
    )
    item(
        "Trabajo garantizado",
        "Se le ofrecer\u00e1 trabajo por al menos tres cuartas partes de "
        "los d\u00edas laborables en cada periodo de 12 semanas de la temporada.",
    )
    item(
        "Descuentos",
        "Impuesto federal y de Maryland, Seguro Social y Medicare; no se "
        "descuenta nada m\u00e1s sin su consentimiento por escrito.",
    )
    item(
        "Viaje y visa",
        "Reservamos y pagamos su vuelo de Santiago a Baltimore y el traslado "
        "al hotel; las comidas del camino se le pagan en su primera semana. La cuota de visa de "
        "$205 y cualquier derecho fronterizo se le devuelven en su primer cheque. Si termina la "
        "temporada, o si terminamos su empleo antes sin causa, pagamos su vuelo de regreso a "
        "Santiago.",
    )
    item(
        "Uniformes, herramientas y vivienda",
        "El hotel le entrega tres camisas de uniforme, "
        "dos pantalones y zapatos antideslizantes, y todos los productos y carritos de limpieza, "
        "sin cargo. " + UNIF_ES + " El lavado de uniformes es gratuito, y hay camas en el "
        "dormitorio del personal sin costo.",
    )
    item(
        "Terminaci\u00f3n",
        "Cinco d\u00edas seguidos de ausencia sin justificar se consideran "
        "abandono del empleo. Podemos despedir por causa justificada (robo, violencia, negarse "
        "repetidamente a trabajar) despu\u00e9s de una advertencia por escrito. Si un hurac\u00e1n, "
        "incendio u otro hecho fuera de nuestro control obliga a cerrar el hotel antes del 30 "
        "de septiembre, pagamos la garant\u00eda de tres cuartas partes hasta la fecha de cierre y "
        "su vuelo de regreso.",
    )
    item(
        "Sin cuotas de reclutamiento",
        "Ni el hotel ni nuestro socio de reclutamiento, Caribe "
        "Norte Staffing, S.R.L., cobran cuota alguna a los trabajadores por ser contratados; el "
        "hotel le paga al socio.",
    )

    d.add_page()
    heading(
        d, "Uniform issue record / Registro de entrega de uniformes", size=11, before=0, after=4
    )
    E = "\u2610"
    grid(
        d,
        [
            ["Item / Art\u00edculo", "Qty / Cant.", "Issued / Entregado", "Returned / Devuelto"],
            ["Uniform shirt / Camisa de uniforme", "3", "04/27/2026", E],
            ["Uniform pants / Pantal\u00f3n de uniforme", "2", "04/27/2026", E],
            [
                "Non-slip shoes / Zapatos antideslizantes",
                "1 pair / 1 par",
                "04/27/2026",
                "Yours to keep / Son suyos",
            ],
            ["Name badge / Gafete", "1", "04/27/2026", E],
        ],
        [200, 80, 110, d.content_w - 390],
        size=8.6,
        head_fill=(214, 230, 238),
        aligns=("LEFT", "CENTER", "CENTER", "CENTER"),
    )
    para(
        d,
        "I have read this agreement in English and in Spanish and received a copy of both "
        "versions. / He le\u00eddo este acuerdo en ingl\u00e9s y en espa\u00f1ol y recib\u00ed una copia "
        "de ambas versiones.",
        size=9,
        after=4,
    )
    sig_block(
        d,
        [
            (
                "For the hotel / Por el hotel",
                "Colleen Marsh-Whitaker",
                "Director of Rooms / Directora de habitaciones",
            ),
            ("Employee / Empleada", "Yokasta Mercedes Pe\u00f1a Almonte", "Date / Fecha"),
        ],
        top=34,
    )
    spec = dict(
        file="cp09.pdf",
        program="h2b",
        language="en+es",
        scanned=False,
        pages=3,
        fees=[
            fee("equipment_charge", 1, 75.0, "USD", UNIF_EN, group=1),
            fee("equipment_charge", 2, 75.0, "USD", UNIF_ES, group=1),
        ],
        evidence=ev,
        recruiters=["Caribe Norte Staffing, S.R.L."],
        traps=[
            "uniforms, shoes and supplies 'at no charge / sin cargo' right before the deposit sentence",
            "duty: collect the umbrella/chair rental fee from guests (customer charge)",
            "visa fee $205 and border fee repaid in first paycheck",
            "flight paid by hotel; road meals repaid in week 1",
            "free uniform laundry and free dorm beds",
            "negated recruitment fee; hotel pays the recruiting partner",
            "uniform issue record lists no prices",
        ],
        doc_type="seasonal_agreement",
        layout="Letter; thin colored top bar and italic running header; English page then Spanish page with blue run-in labels; page 3 bilingual issue-record table and signatures",
        corridor="DO (Santiago) \u2192 US (Maryland)",
        doc_label="bilingual seasonal staff agreement (hotel housekeeping)",
    )
    return d, spec


# ---------------------------------------------------------------- cp10 h2b en, compliant, summary + chat
def doc_cp10():
    d = Doc(
        "Letter",
        margins=(54, 46, 54),
        bottom=50,
        title="Job offer summary and HR chat - Manistee Shoals Lodge & Marina",
        author="Manistee Shoals Lodge & Marina, LLC",
    )
    d.ftr = footer_line(
        "Manistee Shoals Lodge & Marina \u00b7 H-2B Dockhand 2026 \u00b7 {p}", size=7
    )
    ev = {}
    d.add_page()
    band(
        d,
        "JOB OFFER SUMMARY \u2014 H-2B DOCKHAND, 2026 SEASON",
        "Manistee Shoals Lodge & Marina, LLC  \u00b7  prepared for Dwayne Alphonso McKenzie, "
        "Savanna-la-Mar, Westmoreland, Jamaica",
        fill=(20, 60, 90),
        tsize=13,
        ssize=8.5,
    )
    rows = [
        ["Topic", "What we promise"],
        [
            "Employer",
            "Manistee Shoals Lodge & Marina, LLC, 400 Harbor Point Drive, Shoals Harbor, Michigan 49660",
        ],
        [
            "Job",
            "Dockhand: tie up and launch boats, pump fuel, clean docks and restrooms, and collect slip, launch and pump-out fees from boaters at the dock office.",
        ],
        [
            "Requirements",
            "Able to swim; 3 months of experience around boats or at a marina or port.",
        ],
        ["Where", "Shoals Harbor Marina, 400 Harbor Point Drive, Shoals Harbor, Michigan"],
        ["Dates", "May 1, 2026 to October 15, 2026"],
        ["Hours", "40 hours a week, five 8-hour shifts between 6 a.m. and 10 p.m."],
        ["Pay", "$16.05 per hour"],
        [
            "Raises",
            "If a higher prevailing or minimum wage applies during the season, you are paid the higher rate from that date.",
        ],
        ["Overtime", "$24.08 per hour for hours over 40 in a week"],
        ["Payday", "Every other Thursday, by direct deposit"],
        [
            "Pay stubs",
            "Each pay stub shows hours offered, hours worked, rate, deductions and net pay.",
        ],
        [
            "Deductions",
            "Federal and Michigan income tax, Social Security and Medicare. Nothing else.",
        ],
        [
            "3/4 guarantee",
            "Work offered for at least 3/4 of the workdays in each 12-week period (6 weeks if the season is shorter than 120 days).",
        ],
        [
            "Travel here",
            "Flight Montego Bay \u2013 Traverse City booked and paid by us; meals on the road repaid in week 1.",
        ],
        ["Visa", "US$205 visa fee repaid in your first paycheck (bring the bank receipt)."],
        [
            "Travel home",
            "Flight home paid if you finish the season or we let you go without cause.",
        ],
        ["Gear", "Life vest, gloves, rain gear and uniform shirts are free; no deposit."],
        [
            "Ending early",
            "5 workdays absent without notice = job abandonment; dismissal for cause only after a written warning.",
        ],
        [
            "Storm or closure",
            "If a storm, fire or other disaster closes the marina, we pay the 3/4 guarantee up to that date and your flight home.",
        ],
        ["Housing", "Staff house on Harbor Point Drive, free of rent and utilities."],
    ]
    grid(
        d,
        rows,
        [104, d.content_w - 104],
        size=8.6,
        head_fill=(200, 218, 232),
        bold_first_col=True,
        zebra=(242, 246, 250),
        lh=1.26,
        padding=2.6,
    )
    para(
        d,
        "Questions? Message Tamsin in HR on WhatsApp: +1 231 555 0147. Our chat about "
        "costs is copied on page 2.",
        size=8.4,
        color=(70, 70, 70),
    )
    ev.update(
        {
            "employer_identity": "Manistee Shoals Lodge & Marina, LLC, 400 Harbor Point Drive, Shoals Harbor, Michigan 49660",
            "job_duties": "tie up and launch boats, pump fuel",
            "job_requirements": "3 months of experience around boats",
            "work_location": "Shoals Harbor Marina, 400 Harbor Point Drive",
            "employment_period": "May 1, 2026 to October 15, 2026",
            "hours_of_work": "40 hours a week, five 8-hour shifts",
            "wage_rate": "$16.05 per hour",
            "wage_adjustment": "you are paid the higher rate from that date",
            "overtime": "$24.08 per hour for hours over 40 in a week",
            "pay_frequency": "Every other Thursday",
            "earnings_statements": "Each pay stub shows hours offered",
            "deductions": "Federal and Michigan income tax, Social Security and Medicare",
            "three_fourths_guarantee": "at least 3/4 of the workdays in each 12-week period",
            "inbound_transportation": "meals on the road repaid in week 1",
            "visa_reimbursement": "US$205 visa fee repaid in your first paycheck",
            "return_transportation": "Flight home paid if you finish the season",
            "tools_provided": "Life vest, gloves, rain gear and uniform shirts are free; no deposit",
            "termination": "5 workdays absent without notice = job abandonment",
            "contract_impossibility": "If a storm, fire or other disaster closes the marina",
            "housing": "free of rent and utilities",
        }
    )
    d.bare_pages.add(2)
    d.set_auto_page_break(False)
    d.add_page(format=(396, 792))
    msgs = [
        ("day", "March 3, 2026", ""),
        (
            "me",
            "Good morning Miss Tamsin, this is Dwayne. Somebody in my district says I must "
            "pay a processing fee of J$45,000 to get on the list for the marina. Is that true??",
            "8:12",
        ),
        (
            "them",
            "Morning Dwayne! No. No fee will be charged to you by us or by anyone working "
            "with us \u2014 not for the list, not for paperwork, nothing. Please don't pay "
            "anybody, and send me that person's name.",
            "8:20",
        ),
        ("me", "Ok. And the visa fee at the embassy?", "8:22"),
        (
            "them",
            "You pay the US$205 at the bank for the appointment, keep the receipt, and we "
            "pay it back in your first paycheck. The flight we book ourselves, you don't pay "
            "for it.",
            "8:25",
        ),
        ("me", "What are the resort fee and launch fee on the price list you sent me?", "8:31"),
        (
            "them",
            "Ha, those are what boaters and guests pay us. You'll collect them at the dock "
            "office register, you don't pay them :)",
            "8:33",
        ),
        ("me", "Do I need to buy boots or a life jacket?", "8:34"),
        (
            "them",
            "No, we give you the life vest, gloves, rain gear and shirts for free. No "
            "deposit either.",
            "8:36",
        ),
        ("me", "And the staff house, how much is the rent?", "8:37"),
        ("them", "Nothing, rent and utilities are on us this year.", "8:38"),
        ("me", "Thank you Miss. Last question, do I keep my passport when I get there?", "8:40"),
        (
            "them",
            "Of course, it's yours. We only look at it for the I-9 form on your first day.",
            "8:41",
        ),
    ]
    chat_draw(d, "Tamsin \u00b7 Manistee Shoals HR", "+1 231 555 0147  \u00b7  online", msgs)
    spec = dict(
        file="cp10.pdf",
        program="h2b",
        language="en",
        scanned=False,
        pages=2,
        fees=[],
        evidence=ev,
        recruiters=[],
        traps=[
            "chat: third party's 'processing fee of J$45,000' refuted by the employer ('No fee will be charged to you')",
            "US$205 visa fee paid at the bank by the worker and repaid in the first paycheck (lawful H-2B reimbursement)",
            "'resort fee' and 'launch fee' are paid by boaters and guests; the dockhand collects them",
            "duty: collect slip, launch and pump-out fees from boaters",
            "gear free, no deposit; staff house free of rent and utilities",
            "worker keeps passport",
        ],
        doc_type="offer_summary_and_chat",
        layout="Letter summary page with colored band and zebra two-column 'Topic | What we promise' table; page 2 tall phone-format WhatsApp export with chat bubbles",
        corridor="JM (Westmoreland) \u2192 US (Michigan)",
        doc_label="job offer summary + HR WhatsApp chat (marina dockhand)",
    )
    return d, spec


# ---------------------------------------------------------------- cp11 generic es, 2 findings, chat
def doc_cp11():
    d = Doc(
        (360, 760),
        margins=(14, 14, 14),
        bottom=10,
        title="WhatsApp - Rodrigo Xicar\u00e1 (Enlace Laboral Altiplano)",
        author="WhatsApp export",
    )
    d.set_auto_page_break(False)
    DEPOSIT = (
        "Lo \u00fanico es que ten\u00e9s que dejar un dep\u00f3sito de Q3,000 como garant\u00eda de "
        "que vas a cumplir el contrato, y se te devuelve cuando regres\u00e9s."
    )
    MEDICAL = (
        "El examen m\u00e9dico se hace en la cl\u00ednica que indica la embajada en la capital y "
        "cuesta Q450, ese s\u00ed corre por tu cuenta."
    )
    ficha = (
        "OFERTA \u2014 TEMPORADA 2026\n"
        "Empresa: Invernaderos Lakeshore Verde Ltd., 2145 County Road 14, Ruthven Lakeshore, "
        "Ontario N0P 2G0, Canad\u00e1\n"
        "Puesto: trabajador de invernadero, cosecha, poda y empaque de pepino y chile\n"
        "Lugar: invernaderos de la empresa en Ruthven Lakeshore, Ontario\n"
        "Fechas: del 15 de marzo al 30 de noviembre de 2026\n"
        "Horario: 50 horas a la semana, de lunes a s\u00e1bado\n"
        "Salario: 17.60 d\u00f3lares canadienses por hora\n"
        "Pago: cada dos semanas, por dep\u00f3sito bancario"
    )
    title = "Rodrigo Xicar\u00e1 \u00b7 Enlace Laboral Altiplano"
    sub = "Tecp\u00e1n, Chimaltenango  \u00b7  en l\u00ednea"
    page1 = [
        ("day", "12 de enero de 2026", ""),
        (
            "them",
            "Buenas tardes W\u00edlmer, ya sali\u00f3 la lista para los invernaderos de "
            "Canad\u00e1. Te paso la ficha de la oferta.",
            "15:02",
        ),
        ("them", ficha, "15:03"),
        (
            "me",
            "Buenas tardes Lic. Y cu\u00e1nto hay que pagar para entrar? porque en la otra "
            "agencia me cobraban 8 mil",
            "15:10",
        ),
        (
            "them",
            "Aqu\u00ed no se cobra nada por inscribirse ni por los papeles, eso est\u00e1 "
            "prohibido.",
            "15:12",
        ),
        (
            "them",
            "La visa y el permiso de trabajo los paga el patr\u00f3n, y el boleto de avi\u00f3n "
            "de ida y vuelta tambi\u00e9n lo paga la empresa.",
            "15:12",
        ),
    ]
    page2 = [
        ("them", DEPOSIT, "15:13"),
        ("me", "Y el examen m\u00e9dico?", "15:15"),
        ("them", MEDICAL, "15:16"),
        ("me", "Y el seguro? all\u00e1 me enfermo y qui\u00e9n paga", "15:18"),
        (
            "them",
            "El seguro m\u00e9dico all\u00e1 lo paga la empresa desde el primer d\u00eda, no te "
            "preocup\u00e9s.",
            "15:19",
        ),
        ("me", "Y la vivienda?", "15:19"),
        (
            "them",
            "La vivienda la da la empresa, gratis, son casas a cinco minutos del invernadero.",
            "15:21",
        ),
        (
            "me",
            "Ok le mando mis datos: W\u00edlmer Antonio Aj\u00fa Sical, DPI 2716 48203 0801, "
            "aldea Xejuyup, Tecp\u00e1n",
            "15:30",
        ),
        (
            "them",
            "Listo, quedaste registrado sin costo. Te aviso la fecha de la cita en la embajada.",
            "15:34",
        ),
    ]
    d.add_page()
    chat_draw(d, title, sub, page1, me_fill=(220, 248, 198))
    d.add_page()
    chat_draw(d, title, sub, page2, me_fill=(220, 248, 198))
    ev = {
        "employer_identity": "Invernaderos Lakeshore Verde Ltd., 2145 County Road 14, Ruthven Lakeshore",
        "job_duties": "cosecha, poda y empaque de pepino y chile",
        "work_location": "invernaderos de la empresa en Ruthven Lakeshore, Ontario",
        "employment_period": "del 15 de marzo al 30 de noviembre de 2026",
        "hours_of_work": "50 horas a la semana, de lunes a s\u00e1bado",
        "wage_rate": "17.60 d\u00f3lares canadienses por hora",
        "pay_frequency": "cada dos semanas, por dep\u00f3sito bancario",
        "return_transportation": "el boleto de avi\u00f3n de ida y vuelta tambi\u00e9n lo paga la empresa",
        "worker_identity": "W\u00edlmer Antonio Aj\u00fa Sical",
        "housing": "La vivienda la da la empresa, gratis",
    }
    spec = dict(
        file="cp11.pdf",
        program="generic",
        language="es",
        scanned=False,
        pages=2,
        fees=[
            fee("deposit_or_bond", 2, 3000.0, "GTQ", DEPOSIT),
            fee("medical_cost", 2, 450.0, "GTQ", MEDICAL),
        ],
        evidence=ev,
        recruiters=["Enlace Laboral Altiplano", "Rodrigo Xicar\u00e1"],
        traps=[
            "negated fee 'no se cobra nada por inscribirse ni por los papeles' (the deposit is still a finding)",
            "the other agency's '8 mil' is the worker's report about someone else, not a charge in this document",
            "visa, work permit and round-trip ticket paid by the employer",
            "health insurance paid by the company (not insurance_cost)",
            "free housing; 'quedaste registrado sin costo'",
            "'dep\u00f3sito bancario' is the pay method, not a deposit",
            "no deductions and no termination rules stated anywhere (missing terms)",
        ],
        doc_type="whatsapp_chat",
        layout="two tall phone-format pages (360x760 pt) of WhatsApp export: green header, day chip, left/right bubbles with timestamps, forwarded offer card",
        corridor="GT (Chimaltenango) \u2192 CA (Ontario)",
        doc_label="recruiter WhatsApp chat (greenhouse work)",
    )
    return d, spec


# ---------------------------------------------------------------- cp12 h2a en, 2 findings, form
def doc_cp12():
    d = Doc(
        "Letter",
        margins=(50, 44, 50),
        bottom=50,
        title="Crew member information sheet and camp rules - Leelanau Hillside Harvest Contracting",
        author="Leelanau Hillside Harvest Contracting, LLC",
    )
    d.ftr = footer_line(
        "Form LHH-7 (rev. 11/2025)  \u00b7  Crew member copy  \u00b7  sheet {p} of {nb}",
        size=7,
        fam="cond",
    )
    ev = {}
    X, O = "\u2612", "\u2610"
    d.add_page()
    d.set_font("cond", "B", 14)
    d.cell(0, 18, "LEELANAU HILLSIDE HARVEST CONTRACTING, LLC", new_x="LMARGIN", new_y="NEXT")
    d.set_font("cond", "", 8.5)
    d.cell(
        0,
        11,
        "H-2A Farm Labor Contractor  \u00b7  FLC Certificate No. FLC-MI-26-0442",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.cell(
        0,
        11,
        "9081 South Cedar Valley Road, Omena Crossing, MI 49674  \u00b7  (231) 555-0190",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    hrule(d, width=1.4, color=(0, 0, 0), after=4)
    heading(
        d,
        "CREW MEMBER INFORMATION SHEET \u2014 2026 CHERRY AND APPLE SEASON",
        fam="cond",
        size=11.5,
        before=0,
        after=4,
    )

    def F(a, b):
        return [a, b]

    grid(
        d,
        [
            F(
                "Crew member",
                "Sa\u00fal Ortega Cuapio  \u00b7  Home town: Huamantla, Tlaxcala, Mexico",
            ),
            F(
                "Employer",
                "Leelanau Hillside Harvest Contracting, LLC, 9081 South Cedar Valley Road, Omena Crossing, MI 49674",
            ),
            F(
                "Worksite (grower)",
                "Bluff Hollow Cherry Orchards, 5510 East Traverse Shore Road, Northport Bay, MI 49670",
            ),
            F(
                "Job",
                "Farmworker, orchard harvest: position ladders, hand-pick cherries and apples into buckets, empty into bins, prune and thin trees, move irrigation pipe.",
            ),
            F(
                "Requirements",
                "1 month of orchard or ladder experience; able to climb a 16-foot ladder and lift 45 lbs.",
            ),
            F("Season", "June 22, 2026 to October 23, 2026"),
            F("Hours", "42 hours per week, Monday to Saturday, 7:00 a.m. to 3:00 p.m."),
            F("Wage", "$18.15 per hour, or $26.00 per bin of apples when the piece rate pays more"),
            F(
                "Wage increases",
                "If the AEWR or the Michigan minimum wage goes up, you are paid the new rate from its effective date.",
            ),
            F("Payday", f"{O} weekly   {X} every two weeks   {O} monthly   (Thursdays, by check)"),
            F(
                "Pay statement",
                "Itemized statement each payday: hours offered, hours worked, rate, bins, each deduction.",
            ),
            F(
                "Deductions",
                f"{X} Federal income tax (only if requested)   {X} Court-ordered child support   {O} Housing   {O} Transportation   {O} Tools",
            ),
            F("Housing", f"{X} Free employer housing, Camp 2, 9081 South Cedar Valley Road"),
            F(
                "Meals",
                f"{X} Free kitchen with stoves and refrigerators in each cabin   {O} Meal plan",
            ),
            F("Daily transport", f"{X} Free bus camp \u2194 orchard, every workday"),
            F("Tools", f"{X} Ladders, buckets, picking bags and gloves provided free, no deposit"),
            F("Workers' comp", f"{X} Covered \u2014 Great Lakes Farm Mutual, policy MI-AG-580217"),
            F(
                "Travel to Michigan",
                "Bus Huamantla \u2013 Monterrey \u2013 Laredo \u2013 Northport Bay paid by the employer; travel meals reimbursed in the first workweek.",
            ),
            F(
                "Return travel",
                "Bus back to Huamantla paid at the end of the season, or if you are dismissed without cause.",
            ),
            F(
                "Ending the job",
                "5 consecutive workdays absent without permission = abandonment. Dismissal for cause after one written warning.",
            ),
            F(
                "Crop failure",
                "If hail, fire, a freeze or another Act of God makes the work impossible, the contract may end early; you are paid for all hours worked, your return trip and any inbound costs still owed.",
            ),
        ],
        [104, d.content_w - 104],
        size=8.4,
        fam="cond",
        header=False,
        bold_first_col=True,
        lh=1.24,
        padding=2.4,
    )
    ev.update(
        {
            "employer_identity": "Leelanau Hillside Harvest Contracting, LLC, 9081 South Cedar Valley Road",
            "worker_identity": "Sa\u00fal Ortega Cuapio",
            "work_location": "Bluff Hollow Cherry Orchards, 5510 East Traverse Shore Road",
            "job_duties": "hand-pick cherries and apples into buckets",
            "job_requirements": "1 month of orchard or ladder experience",
            "employment_period": "June 22, 2026 to October 23, 2026",
            "hours_of_work": "42 hours per week, Monday to Saturday",
            "wage_rate": "$18.15 per hour",
            "wage_adjustment": "you are paid the new rate from its effective date",
            "pay_frequency": f"{X} every two weeks",
            "earnings_statements": "Itemized statement each payday",
            "deductions": f"{X} Court-ordered child support",
            "housing": f"{X} Free employer housing",
            "meals": f"{X} Free kitchen with stoves and refrigerators in each cabin",
            "daily_transportation": f"{X} Free bus camp \u2194 orchard",
            "tools_provided": "Ladders, buckets, picking bags and gloves provided free, no deposit",
            "workers_compensation": "Great Lakes Farm Mutual, policy MI-AG-580217",
            "inbound_transportation": "travel meals reimbursed in the first workweek",
            "return_transportation": "Bus back to Huamantla paid at the end of the season",
            "termination": "5 consecutive workdays absent without permission = abandonment",
            "contract_impossibility": "If hail, fire, a freeze or another Act of God makes the work impossible",
        }
    )

    d.add_page()
    heading(
        d,
        "CAMP RULES \u2014 CAMP 2 (Spanish copy posted in every cabin)",
        fam="cond",
        size=11.5,
        before=0,
        after=4,
    )
    CURFEW = (
        "Camp residents must be inside the camp gate by 9:00 p.m. and may not leave the "
        "camp on days off without a written pass from the crew boss."
    )
    ADVANCE = (
        "Any worker may request a pre-departure advance of up to USD 300 from our "
        "recruiter in Mexico, Agencia Campo Alto Tlaxcala, which will be repaid through "
        "payroll deductions of $50 per week starting with the first paycheck."
    )
    rules = [
        "Quiet hours are from 10:00 p.m. to 5:30 a.m. so that everyone can rest before work.",
        CURFEW,
        "No alcohol in the orchards or on the buses.",
        "Keep your passport and visa in the free lockable locker in your cabin; the company does "
        "not hold anyone's documents.",
        "Normal wear and tear of the cabins is never charged to workers.",
        "A free shuttle goes to Cedar Valley Market every Friday after work.",
        ADVANCE,
        "Complaints may be made to the crew office or to the farmworker hotline at "
        "(231) 555-0122, and no one will be punished or refused rehire for making one.",
    ]
    for i, r in enumerate(rules, 1):
        d.set_font("cond", "B", 9.4)
        y = d.get_y()
        d.cell(22, 9.4 * 1.35, f"{i}.")
        d.set_xy(d.l_margin + 22, y)
        d.set_font("cond", "", 9.4)
        d.multi_cell(d.content_w - 22, 9.4 * 1.35, r, align="L", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
    d.ln(4)
    d.set_font("cond", "B", 9.4)
    d.cell(0, 13, "Acknowledgement", new_x="LMARGIN", new_y="NEXT")
    para(
        d,
        f"{X} I received this sheet and the camp rules in Spanish.   {X} The crew boss read "
        f"them aloud.   {O} I asked for a copy in another language.",
        fam="cond",
        size=9,
    )
    sig_block(
        d,
        [
            ("Crew member", "Sa\u00fal Ortega Cuapio", "Date"),
            ("Crew boss", "Arnulfo Bedolla", "For Leelanau Hillside Harvest Contracting, LLC"),
        ],
        fam="cond",
        top=30,
    )
    spec = dict(
        file="cp12.pdf",
        program="h2a",
        language="en",
        scanned=False,
        pages=2,
        fees=[
            fee("movement_restriction", 2, None, None, CURFEW),
            fee("debt_bondage", 2, 300.0, "USD", ADVANCE),
        ],
        evidence=ev,
        recruiters=["Agencia Campo Alto Tlaxcala"],
        traps=[
            "deductions checkboxes: Housing, Transportation, Tools left unticked",
            "quiet hours 10 p.m.-5:30 a.m. (rest rule, not confinement)",
            "passport in the worker's own locker; company holds no documents",
            "normal wear and tear never charged (negated damage chargeback)",
            "free Friday shuttle to the market",
            "complaints without punishment or refusal of rehire (negated blacklisting)",
            "free housing, kitchen, bus, tools (no deposit) ticked",
            "no three-fourths guarantee anywhere, although crop-failure clause exists (missing term)",
        ],
        doc_type="crew_information_form",
        layout="Letter; condensed font; bold rule letterhead; borderless-label gridded form with \u2612/\u2610 checkboxes; numbered camp rules; acknowledgement checkboxes; signature lines",
        corridor="MX (Tlaxcala) \u2192 US (Michigan)",
        doc_label="farm labor contractor crew information sheet + camp rules (orchard)",
    )
    return d, spec


# ========================================================================================
# build, labels, checks
# ========================================================================================
ABBREVIATIONS = [
    "a.m.",
    "p.m.",
    "Mr.",
    "Mrs.",
    "Dr.",
    "Lic.",
    "No.",
    "S.A.",
    "S.C.",
    "S.R.L.",
    "S. de R.L.",
    "C.V.",
    "Inc.",
    "Ltd.",
    "Co.",
    "U.S.",
]
LABEL_KEYS = [
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


def make_label(spec):
    fees = []
    for f in spec["fees"]:
        o = {
            "category": f["category"],
            "severity": severity(f["category"], spec["program"], f.get("passport_only", False)),
            "page": f["page"],
            "amount": f["amount"],
            "currency": f["currency"],
            "quote": f["quote"],
        }
        if "group" in f:
            o["group"] = f["group"]
        fees.append(o)
    missing = [t for t in TERMS if t in REQUIRED[spec["program"]] and t not in spec["evidence"]]
    lab = {
        "file": spec["file"],
        "program": spec["program"],
        "language": spec["language"],
        "scanned": spec["scanned"],
        "pages": spec["pages"],
        "fees": fees,
        "missing_terms": missing,
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
    }
    return {k: lab[k] for k in LABEL_KEYS}


def page_variants(page):
    """Whitespace-normalised texts of a page: full, half-page column crops, table cells."""
    out = [("full", norm(page.extract_text() or ""))]
    w, h = page.width, page.height
    out.append(("left", norm(page.crop((0, 0, w / 2, h)).extract_text() or "")))
    out.append(("right", norm(page.crop((w / 2, 0, w, h)).extract_text() or "")))
    try:
        for t in page.extract_tables():
            for row in t:
                for cell in row:
                    if cell:
                        out.append(("cell", norm(cell)))
    except Exception:  # pragma: no cover - pdfplumber table quirks
        pass
    return out


def find_on_page(variants, s):
    s = norm(s)
    for how, txt in variants:
        if s in txt:
            return how
    return None


def check_doc(path, spec, lab, errors, notes):
    name = spec["file"]
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != lab["pages"]:
            errors.append(f"{name}: {len(pdf.pages)} pages, label says {lab['pages']}")
            return
        pv = [page_variants(p) for p in pdf.pages]
        image_only = [i + 1 for i, p in enumerate(pdf.pages) if not p.chars]
        for i in image_only:
            if not pdf.pages[i - 1].images:
                errors.append(f"{name}: page {i} is empty (no text, no image)")
    # fees
    for f in lab["fees"]:
        if f["category"] not in CATEGORIES:
            errors.append(f"{name}: unknown category {f['category']}")
        if f["page"] in image_only:
            errors.append(f"{name}: fee on the image-only page {f['page']}")
            continue
        how = find_on_page(pv[f["page"] - 1], f["quote"])
        if how is None:
            errors.append(f"{name}: quote not on page {f['page']}: {f['quote'][:70]}")
        elif how != "full":
            notes.append(f"{name} p{f['page']}: quote found via {how}: {f['quote'][:50]}")
        q = f["quote"].strip()
        for abbr in ABBREVIATIONS:
            q = q.replace(abbr, "ABBR")
        if q.count(". ") + q.count("? ") + q.count("! ") > 0 or q[-1] not in ".!?R":
            # one sentence: no internal sentence break (abbreviation-free quotes only)
            errors.append(f"{name}: quote is not exactly one sentence: {q[:60]}")
        if f["amount"] is not None and not isinstance(f["amount"], float):
            errors.append(f"{name}: amount must be a float or null")
        if (f["amount"] is None) != (f["currency"] is None):
            errors.append(f"{name}: amount/currency mismatch")
        if f["currency"] is not None and f["currency"] not in CURRENCIES:
            errors.append(f"{name}: currency {f['currency']} not ISO in this batch list")
    # recruiters
    text_pages = [i for i in range(lab["pages"]) if (i + 1) not in image_only]
    for r in lab["recruiters"]:
        if not any(find_on_page(pv[i], r) for i in text_pages):
            errors.append(f"{name}: recruiter not in text: {r}")
    # evidence of every stated term
    for term, evs in spec["evidence"].items():
        if term not in TERMS:
            errors.append(f"{name}: unknown term {term}")
        if not any(find_on_page(pv[i], evs) for i in text_pages):
            errors.append(f"{name}: evidence for {term} not in text: {evs[:60]}")
    # scanned page
    if lab["scanned"]:
        if len(image_only) != 1:
            errors.append(
                f"{name}: scanned document must have exactly one image-only page, has {image_only}"
            )
    elif image_only:
        errors.append(f"{name}: unexpected image-only pages {image_only}")
    if not 1 <= lab["pages"] <= 4:
        errors.append(f"{name}: {lab['pages']} pages (must be 1-4)")
    return image_only


def check_batch(labels, errors):
    if [l["file"] for l in labels] != [f"cp{i:02d}.pdf" for i in range(1, 13)]:
        errors.append("batch: files must be cp01.pdf ... cp12.pdf")
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) != 6:
        errors.append(f"batch: {len(compliant)} compliant documents, want exactly 6")
    for l in labels:
        if l in compliant:
            continue
        clauses = {f.get("group", ("solo", i)) for i, f in enumerate(l["fees"])}
        if not 1 <= len(clauses) <= 2:
            errors.append(f"batch: {l['file']} hides {len(clauses)} fee clauses, want 1-2")
    if {l["program"] for l in labels} != {"h2a", "h2b", "generic"}:
        errors.append("batch: programs must include h2a, h2b, generic")
    for lang in ("en", "es", "en+es"):
        if lang not in {l["language"] for l in labels}:
            errors.append(f"batch: no document in language {lang}")
    if sum(1 for l in labels if l["scanned"]) != 1:
        errors.append("batch: exactly one document must have a scanned page")
    for prog in ("h2a", "h2b", "generic"):
        if not any(l["program"] == prog for l in compliant):
            errors.append(f"batch: no compliant {prog} document")


DOCS = [
    doc_cp01,
    doc_cp02,
    doc_cp03,
    doc_cp04,
    doc_cp05,
    doc_cp06,
    doc_cp07,
    doc_cp08,
    doc_cp09,
    doc_cp10,
    doc_cp11,
    doc_cp12,
]


def dump_labels(labels):
    return json.dumps(labels, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    write_labels = "--write-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out = args[0]
    os.makedirs(out, exist_ok=True)
    errors, notes, labels = [], [], []
    for fn in DOCS:
        d, spec = fn()
        path = os.path.join(out, spec["file"])
        d.output(path)
        lab = make_label(spec)
        labels.append(lab)
        check_doc(path, spec, lab, errors, notes)
    check_batch(labels, errors)
    text = dump_labels(labels)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {committed}")
    elif not os.path.exists(committed):
        errors.append("committed labels.json missing (run with --write-labels)")
    else:
        with open(committed, encoding="utf-8") as fh:
            if fh.read() != text:
                errors.append("generated labels differ from the committed labels.json")
    for n in notes:
        print("note", n)
    for lab in labels:
        print(
            f"{lab['file']}  {lab['program']:7s} {lab['language']:5s} pages={lab['pages']} "
            f"fees={len(lab['fees'])} missing={len(lab['missing_terms'])}"
            f"{' scanned' if lab['scanned'] else ''}"
        )
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print(f"OK: {len(labels)} documents, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
