#!/usr/bin/env python3
"""Held-out test batch "bs": twelve recruitment documents with exact labels.

Usage:  python build.py OUT_DIR

Writes bs01.pdf ... bs12.pdf and labels.json into OUT_DIR, then reopens every
PDF with pdfplumber and checks the labels against what was printed:
page counts, every labelled quote on its labelled page (whitespace-normalised),
scanned pages without a text layer, every labelled recruiter name printed.
Exits non-zero on any mismatch.  Deterministic: fixed creation date, fixed seeds.
"""

import io
import json
import math
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

CREATED = datetime(2026, 3, 2, 9, 30, 0, tzinfo=UTC)
SEED = 20260302

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

LN = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

# ---------------------------------------------------------------------------
# taxonomy facts used by the self-check
# ---------------------------------------------------------------------------
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


def missing(program, stated):
    """Required terms of the program that the document does not state."""
    bad = set(stated) - set(TERMS)
    assert not bad, bad
    return [t for t in REQUIRED[program] if t not in stated]


def fee(category, severity, page, amount, currency, quote):
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
    scanned,
    pages,
    fees,
    missing_terms,
    recruiters,
    traps,
    doc_type,
    layout,
):
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing_terms,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# pages rendered as image-only scans (kept out of labels.json)
SCANNED_PAGES = {}


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        title="",
        author="",
        footer=None,
        footer_font=("dv", "", 7),
        margins=(20, 16, 20),
        bottom=18,
        lang="en",
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Word processor")
        self.set_lang(lang)
        self._footer = footer
        self._footer_font = footer_font
        self.no_footer = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        for fam, files in {
            "dv": (
                "DejaVuSans.ttf",
                "DejaVuSans-Bold.ttf",
                "DejaVuSans-Oblique.ttf",
                "DejaVuSans-BoldOblique.ttf",
            ),
            "dvc": (
                "DejaVuSansCondensed.ttf",
                "DejaVuSansCondensed-Bold.ttf",
                "DejaVuSansCondensed-Oblique.ttf",
                "DejaVuSansCondensed-BoldOblique.ttf",
            ),
            "dvs": (
                "DejaVuSerif.ttf",
                "DejaVuSerif-Bold.ttf",
                "DejaVuSerif-Italic.ttf",
                "DejaVuSerif-BoldItalic.ttf",
            ),
        }.items():
            for st, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, st, DEJAVU + f)
        for fam, files in {
            "ls": (
                "LiberationSans-Regular.ttf",
                "LiberationSans-Bold.ttf",
                "LiberationSans-Italic.ttf",
                "LiberationSans-BoldItalic.ttf",
            ),
            "lsr": (
                "LiberationSerif-Regular.ttf",
                "LiberationSerif-Bold.ttf",
                "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf",
            ),
            "lsn": (
                "LiberationSansNarrow-Regular.ttf",
                "LiberationSansNarrow-Bold.ttf",
                "LiberationSansNarrow-Italic.ttf",
                "LiberationSansNarrow-BoldItalic.ttf",
            ),
            "lm": (
                "LiberationMono-Regular.ttf",
                "LiberationMono-Bold.ttf",
                "LiberationMono-Italic.ttf",
                "LiberationMono-BoldItalic.ttf",
            ),
        }.items():
            for st, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, st, LIBER + f)
        noto = NOTO + "NotoSans-Regular.ttf"
        if os.path.exists(noto) and os.path.exists(NOTO + "NotoSans-Bold.ttf"):
            self.add_font("noto", "", noto)
            self.add_font("noto", "B", NOTO + "NotoSans-Bold.ttf")
            it = NOTO + "NotoSans-Italic.ttf"
            self.add_font("noto", "I", it if os.path.exists(it) else noto)
            self.has_noto = True
        else:  # fall back to DejaVu under the same family name
            self.add_font("noto", "", DEJAVU + "DejaVuSans.ttf")
            self.add_font("noto", "B", DEJAVU + "DejaVuSans-Bold.ttf")
            self.add_font("noto", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
            self.has_noto = False

    def footer(self):
        if not self._footer or self.page_no() in self.no_footer:
            return
        self.set_y(-12)
        self.set_font(*self._footer_font)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self._footer.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)


def para(
    pdf, text, font="dv", size=10, style="", align="L", lh=None, after=1.5, color=(0, 0, 0), w=0
):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(w, lh or size * 0.48, text, align=align, **LN)
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def rich(pdf, parts, font="dv", size=10, lh=None, after=1.5):
    """Inline runs: parts = [(style, text), ...]; wraps within the margins."""
    lh = lh or size * 0.48
    pdf.set_x(pdf.l_margin)
    for st, tx in parts:
        pdf.set_font(font, st, size)
        pdf.write(lh, tx)
    pdf.ln(lh)
    if after:
        pdf.ln(after)


def clause(pdf, head, body, font="dv", size=10, lh=None, after=1.8):
    rich(pdf, [("B", head + " "), ("", body)], font=font, size=size, lh=lh, after=after)


def heading(
    pdf,
    text,
    font="dv",
    size=11,
    style="B",
    fill=None,
    color=(0, 0, 0),
    after=1.5,
    h=None,
    align="L",
):
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    h = h or size * 0.6
    if fill:
        pdf.set_fill_color(*fill)
        pdf.cell(0, h, " " + text, fill=True, align=align, **LN)
    else:
        pdf.cell(0, h, text, align=align, **LN)
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def bullets(pdf, items, font="dv", size=10, lh=None, bullet="•", indent=5, after=1.5):
    lh = lh or size * 0.48
    pdf.set_font(font, "", size)
    for it in items:
        x = pdf.l_margin
        pdf.set_x(x)
        pdf.cell(indent, lh, bullet)
        pdf.multi_cell(pdf.w - pdf.r_margin - x - indent, lh, it, align="L", **LN)
        pdf.ln(0.6)
    if after:
        pdf.ln(after)


def table(
    pdf,
    rows,
    widths,
    font="dv",
    size=9,
    header=True,
    head_fill=(215, 215, 215),
    borders="ALL",
    lh=None,
    bold_first_col=False,
    padding=1.2,
    zebra=None,
    head_color=None,
):
    pdf.set_font(font, "", size)
    lh = lh or size * 0.46
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    if sum(widths) > epw:
        widths = [w * (epw - 0.01) / sum(widths) for w in widths]
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    hs = FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        line_height=lh,
        text_align="LEFT",
        borders_layout=borders,
        first_row_as_headings=header,
        headings_style=hs,
        padding=padding,
        align="LEFT",
        cell_fill_color=zebra,
        cell_fill_mode="ROWS" if zebra else "NONE",
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if bold_first_col and j == 0 and not (header and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(2)


def band(pdf, h, fill, lines, x=0, y=0, w=None, color=(255, 255, 255), font="dv"):
    """Coloured header band with (style, size, text) lines."""
    w = w or pdf.w
    pdf.set_fill_color(*fill)
    pdf.rect(x, y, w, h, style="F")
    pdf.set_text_color(*color)
    yy = y + 3
    for st, sz, tx in lines:
        pdf.set_font(font, st, sz)
        pdf.set_xy(x + pdf.l_margin, yy)
        pdf.cell(w - 2 * pdf.l_margin, sz * 0.5, tx)
        yy += sz * 0.5 + 1.2
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + h + 4)


def sig_line(pdf, x, y, w, lines, font="dv", size=8.5):
    pdf.set_draw_color(0, 0, 0)
    pdf.line(x, y, x + w, y)
    yy = y + 1
    for i, tx in enumerate(lines):
        pdf.set_font(font, "B" if i == 0 else "", size)
        pdf.set_xy(x, yy)
        pdf.cell(w, size * 0.45, tx, align="C")
        yy += size * 0.45 + 0.6


def thumb_box(pdf, x, y, w, h, caption, font="dv", size=7):
    pdf.set_draw_color(80, 80, 80)
    pdf.rect(x, y, w, h)
    pdf.set_font(font, "", size)
    pdf.set_xy(x, y + h + 0.8)
    pdf.cell(w, size * 0.45, caption, align="C")
    pdf.set_draw_color(0, 0, 0)


def form_row(pdf, fields, font="dv", label_size=6.3, size=9, lh=4.1, x0=None):
    """ETA-style boxed fields: fields = [(width, label, value), ...]."""
    x = pdf.l_margin if x0 is None else x0
    y = pdf.get_y()
    pdf.set_font(font, "", size)
    n = 1
    for w, _lab, val in fields:
        lines = pdf.multi_cell(w - 2.4, lh, val, dry_run=True, output="LINES")
        n = max(n, len(lines))
    h = 4.2 + n * lh + 1.4
    for w, lab, val in fields:
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(x, y, w, h)
        pdf.set_font(font, "", label_size)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(x + 1.2, y + 0.8)
        pdf.cell(w - 2.4, 3, lab)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(font, "", size)
        pdf.set_xy(x + 1.2, y + 4.2)
        pdf.multi_cell(w - 2.4, lh, val, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        x += w
    pdf.set_xy(pdf.l_margin, y + h)


class Column:
    """Temporarily narrow the margins to write inside a column."""

    def __init__(self, pdf, x, w, y=None):
        self.pdf, self.x, self.w, self.y = pdf, x, w, y

    def __enter__(self):
        p = self.pdf
        self.saved = (p.l_margin, p.r_margin)
        p.set_left_margin(self.x)
        p.set_right_margin(p.w - self.x - self.w)
        p.set_xy(self.x, p.get_y() if self.y is None else self.y)
        return p

    def __exit__(self, *a):
        p = self.pdf
        p.set_left_margin(self.saved[0])
        p.set_right_margin(self.saved[1])


def pil_font(name, px):
    for base in (DEJAVU, LIBER):
        if os.path.exists(base + name):
            return ImageFont.truetype(base + name, px)
    raise FileNotFoundError(name)


def stamp_image(lines, color=(180, 30, 40), size=(420, 220), angle=12, seed=1):
    """A rubber stamp as an RGBA picture (no text layer)."""
    rng = np.random.default_rng(seed)
    im = Image.new("RGBA", size, (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    w, h = size
    d.rounded_rectangle((8, 8, w - 8, h - 8), radius=22, outline=color + (255,), width=7)
    d.rounded_rectangle((20, 20, w - 20, h - 20), radius=16, outline=color + (255,), width=3)
    y = 36
    for txt, px in lines:
        f = pil_font("DejaVuSans-Bold.ttf", px)
        tw = d.textlength(txt, font=f)
        d.text(((w - tw) / 2, y), txt, font=f, fill=color + (255,))
        y += px + 12
    a = np.array(im)
    holes = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(holes, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
    im = Image.fromarray(a, "RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
    return im


# ---------------------------------------------------------------------------
# chat layout helpers (WhatsApp-style typed messages)
# ---------------------------------------------------------------------------
class Chat:
    def __init__(self, pdf, title, subtitle, theme):
        self.pdf, self.title, self.subtitle, self.t = pdf, title, subtitle, theme

    def page(self):
        p, t = self.pdf, self.t
        p.add_page()
        p.set_fill_color(*t["bg"])
        p.rect(0, 0, p.w, p.h, style="F")
        p.set_fill_color(*t["bar"])
        p.rect(0, 0, p.w, 17, style="F")
        p.set_fill_color(*t["avatar"])
        p.ellipse(4, 3.5, 10, 10, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("dv", "B", 9.5)
        p.set_xy(16.5, 3.6)
        p.cell(p.w - 30, 5, self.title)
        p.set_font("dv", "", 7)
        p.set_xy(16.5, 9.4)
        p.cell(p.w - 30, 4, self.subtitle)
        p.set_text_color(0, 0, 0)
        # compose bar at the bottom
        p.set_fill_color(240, 240, 240)
        p.rect(0, p.h - 13, p.w, 13, style="F")
        p.set_fill_color(255, 255, 255)
        p.rect(3, p.h - 10.5, p.w - 18, 8, style="F", round_corners=True, corner_radius=4)
        p.set_fill_color(*t["bar"])
        p.ellipse(p.w - 12.5, p.h - 10.8, 8.5, 8.5, style="F")
        p.set_font("dv", "", 7.5)
        p.set_text_color(150, 150, 150)
        p.set_xy(7, p.h - 8.8)
        p.cell(40, 4.5, self.t.get("compose", "Message"))
        p.set_text_color(0, 0, 0)
        p.set_xy(0, 21)

    def chip(self, text):
        p = self.pdf
        p.set_font("dv", "", 6.8)
        w = p.get_string_width(text) + 6
        y = p.get_y()
        p.set_fill_color(*self.t["chip"])
        p.rect((p.w - w) / 2, y, w, 5, style="F", round_corners=True, corner_radius=1.5)
        p.set_xy((p.w - w) / 2, y + 0.5)
        p.set_text_color(80, 80, 80)
        p.cell(w, 4, text, align="C")
        p.set_text_color(0, 0, 0)
        p.set_xy(0, y + 8)

    def msg(self, text, time, out=False, sender=None):
        p, t = self.pdf, self.t
        size, lh = 8.2, 3.9
        maxw = p.w * 0.74
        p.set_font("dv", "", size)
        inner = min(maxw - 6, max(p.get_string_width(text), 14) + 2 * p.c_margin + 1)
        lines = p.multi_cell(inner, lh, text, dry_run=True, output="LINES")
        h = len(lines) * lh + 4 + 3.5 + (3.6 if sender else 0)
        bw = inner + 6
        y = p.get_y()
        if y + h > p.h - 16:
            raise RuntimeError("chat page overflow at: " + text[:40])
        x = p.w - bw - 4 if out else 4
        p.set_fill_color(*(t["out"] if out else t["in"]))
        p.rect(x, y, bw, h, style="F", round_corners=True, corner_radius=2.2)
        yy = y + 2
        if sender:
            p.set_font("dv", "B", 7)
            p.set_text_color(*t["sender"])
            p.set_xy(x + 3, yy)
            p.cell(inner, 3.4, sender)
            p.set_text_color(0, 0, 0)
            yy += 3.6
        p.set_font("dv", "", size)
        p.set_xy(x + 3, yy)
        p.multi_cell(inner, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        p.set_font("dv", "", 6)
        p.set_text_color(120, 120, 120)
        stamp = time + ("  ✓✓" if out else "")
        p.set_xy(x + 3, y + h - 4.6)
        p.cell(inner, 3.2, stamp, align="R")
        p.set_text_color(0, 0, 0)
        p.set_xy(0, y + h + 2.4)


# ---------------------------------------------------------------------------
# scanned page (image only)
# ---------------------------------------------------------------------------
def wrap_px(draw, text, font, width):
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


def scribble(draw, rng, x, y, w, h, width=3):
    pts = []
    n = 28
    for i in range(n):
        px = x + w * i / (n - 1)
        py = y + h / 2 + math.sin(i * 1.7 + rng.random()) * h * 0.45 * rng.random()
        pts.append((px, py))
    draw.line(pts, fill=(25, 25, 70), width=width, joint="curve")
    draw.line(
        [(x + w * 0.15, y + h * 0.9), (x + w * 0.85, y + h * 0.75)], fill=(25, 25, 70), width=2
    )


def fingerprint(draw, rng, cx, cy, rx, ry):
    for k in range(9):
        a, b = rx * (1 - k * 0.1), ry * (1 - k * 0.1)
        start = int(rng.integers(0, 40))
        draw.arc(
            (cx - a, cy - b, cx + a, cy + b),
            start=start,
            end=start + 300,
            fill=(60, 60, 60),
            width=3,
        )


def render_scan(spec, page_w_mm, page_h_mm, seed, dpi=150):
    """spec: list of ("h"|"p"|"sig"|"gap"|"kv", ...) blocks; returns a noisy grey image."""
    rng = np.random.default_rng(seed)
    W = int(page_w_mm / 25.4 * dpi)
    H = int(page_h_mm / 25.4 * dpi)
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    mx = int(W * 0.11)
    y = int(H * 0.07)
    body = pil_font("DejaVuSerif.ttf", 25)
    bold = pil_font("DejaVuSerif-Bold.ttf", 27)
    small = pil_font("DejaVuSans.ttf", 19)
    for blk in spec:
        kind = blk[0]
        if kind == "h":
            tw = d.textlength(blk[1], font=bold)
            d.text(((W - tw) / 2, y), blk[1], font=bold, fill=(0, 0, 0))
            y += 46
        elif kind == "p":
            for ln in wrap_px(d, blk[1], body, W - 2 * mx):
                d.text((mx, y), ln, font=body, fill=(10, 10, 10))
                y += 36
            y += 16
        elif kind == "gap":
            y += blk[1]
        elif kind == "sig":
            # blk[1]: list of (caption lines); two or three signature columns
            cols = blk[1]
            cw = (W - 2 * mx) // len(cols)
            for i, caps in enumerate(cols):
                x0 = mx + i * cw + 20
                scribble(d, rng, x0 + 20, y, cw - 100, 70)
                d.line([(x0, y + 90), (x0 + cw - 60, y + 90)], fill=(0, 0, 0), width=2)
                yy = y + 98
                for c in caps:
                    tw = d.textlength(c, font=small)
                    d.text((x0 + (cw - 60 - tw) / 2, yy), c, font=small, fill=(0, 0, 0))
                    yy += 26
            y += 98 + 26 * max(len(c) for c in cols) + 30
        elif kind == "thumbs":
            caps = blk[1]
            bw, bh = 190, 230
            gap = (W - 2 * mx - len(caps) * bw) // (len(caps) + 1)
            for i, c in enumerate(caps):
                x0 = mx + gap + i * (bw + gap)
                d.rectangle((x0, y, x0 + bw, y + bh), outline=(0, 0, 0), width=2)
                fingerprint(d, rng, x0 + bw / 2, y + bh / 2, 55, 75)
                tw = d.textlength(c, font=small)
                d.text((x0 + (bw - tw) / 2, y + bh + 8), c, font=small, fill=(0, 0, 0))
            y += bh + 50
        elif kind == "stamp":
            st = stamp_image(
                blk[1], color=(40, 60, 150), size=(470, 200), angle=-9, seed=seed + 7
            ).convert("RGBA")
            im.paste(st, (W - mx - st.size[0], y - 40), st)
            y += 40
    # photocopy look: slight tilt, paper tone, noise, blur, toner specks
    im = im.convert("L").rotate(0.45, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    a = a * 0.93 + 8
    a += rng.normal(0, 7.5, a.shape)
    specks = rng.random(a.shape) < 0.0009
    a[specks] = rng.uniform(40, 140, specks.sum())
    shade = np.linspace(0, 14, a.shape[1])[None, :]
    a -= shade
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=78, optimize=False)
    buf.seek(0)
    return Image.open(buf)


def scanned_page(pdf, spec, seed):
    pdf.add_page()
    pdf.no_footer.add(pdf.page_no())
    img = render_scan(spec, pdf.w, pdf.h, seed)
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)


# ===========================================================================
# bs01  h2a  en  job order (ETA-790 style clearance order), compliant
# ===========================================================================
def build_bs01(out):
    pdf = Doc(
        "Letter",
        title="H-2A Clearance Order - Blue Ridge Crest Orchards",
        author="Blue Ridge Crest Orchards, LLC",
        footer="Clearance order H-300-26139-881204  |  Blue Ridge Crest Orchards, LLC  |  page {p} of 3",
        margins=(14, 12, 14),
        bottom=16,
    )
    recruiter = "Enlace Agrícola del Bajío, S.C."
    pdf.add_page()
    pdf.set_fill_color(232, 238, 230)
    pdf.rect(14, 10, pdf.w - 28, 19, style="F")
    pdf.set_xy(16, 11.5)
    pdf.set_font("dv", "B", 12.5)
    pdf.cell(0, 6, "AGRICULTURAL AND FOOD PROCESSING CLEARANCE ORDER", **LN)
    pdf.set_x(16)
    pdf.set_font("dv", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "H-2A job order prepared in the format of Form ETA-790 / ETA-790A with Addendum C "
        "(material terms and conditions)",
        **LN,
    )
    pdf.set_x(16)
    pdf.cell(
        0,
        4.5,
        "Order No. H-300-26139-881204   |   State Workforce Agency: Virginia Employment "
        "Commission   |   Filed: May 19, 2026",
        **LN,
    )
    pdf.set_y(33)
    heading(
        pdf,
        "A. EMPLOYER AND JOB OFFER INFORMATION",
        size=9.5,
        fill=(60, 90, 60),
        color=(255, 255, 255),
        after=0,
        h=6,
    )
    W = pdf.w - 28
    form_row(
        pdf,
        [
            (W * 0.55, "1. Employer's legal business name", "Blue Ridge Crest Orchards, LLC"),
            (W * 0.45, "2. Trade name / DBA", "Crest Orchards"),
        ],
    )
    form_row(
        pdf,
        [
            (W * 0.55, "3. Address", "1180 Timber Hollow Road, Timberville, Virginia 22853"),
            (W * 0.25, "4. Telephone", "(540) 555-0148"),
            (W * 0.20, "5. FEIN", "54-2718836"),
        ],
    )
    form_row(
        pdf,
        [
            (W * 0.55, "6. Job title and SOC code", "Farmworker, apple harvest (SOC 45-2092)"),
            (W * 0.25, "7. Workers requested", "38"),
            (W * 0.20, "8. Type of employer", "Individual employer"),
        ],
    )
    form_row(
        pdf,
        [
            (W * 0.35, "9. Period of employment", "August 24, 2026 to November 13, 2026"),
            (
                W * 0.40,
                "10. Anticipated hours and days",
                "40 hours per week, Monday through Saturday",
            ),
            (W * 0.25, "11. Basic rate of pay", "$16.55 per hour"),
        ],
    )
    form_row(
        pdf,
        [
            (W * 0.35, "12. Pay frequency", "Weekly, every Friday"),
            (W * 0.40, "13. Housing", "Provided free of charge (see item D.7)"),
            (W * 0.25, "14. Daily transportation", "Free (see item D.9)"),
        ],
    )
    form_row(
        pdf,
        [
            (
                W,
                "15. Foreign recruiter used by the employer",
                recruiter + " - Calle Hidalgo 212, Celaya, Guanajuato, Mexico. "
                "Paid by the employer; see item D.15.",
            )
        ],
    )
    pdf.ln(4)
    heading(
        pdf, "B. JOB DUTIES", size=9.5, fill=(60, 90, 60), color=(255, 255, 255), after=1.5, h=6
    )
    para(
        pdf,
        "Hand-harvest apples (Gala, Honeycrisp, Fuji, Golden Delicious, Stayman and York) from "
        "trees using picking buckets and 16-foot orchard ladders; select fruit by size and color as "
        "instructed; empty buckets gently into field bins; move ladders from tree to tree; pick up "
        "fruit from the ground for juice when directed; help feed empty bins to the bin trailer; "
        "light pruning and removal of broken limbs at the end of the season. Work is performed "
        "outdoors in heat, cold and rain.",
        size=9,
        lh=4.4,
    )
    heading(
        pdf,
        "C. PLACES OF EMPLOYMENT",
        size=9.5,
        fill=(60, 90, 60),
        color=(255, 255, 255),
        after=1.5,
        h=6,
    )
    table(
        pdf,
        [
            ["Orchard", "Physical address", "County", "Crops"],
            [
                "Home Orchard",
                "1180 Timber Hollow Road, Timberville, VA 22853",
                "Rockingham",
                "Apples",
            ],
            [
                "Smith Creek Block",
                "4402 Smith Creek Road, New Market, VA 22844",
                "Shenandoah",
                "Apples",
            ],
            [
                "Fulks Run Block",
                "9710 Brocks Gap Road, Fulks Run, VA 22830",
                "Rockingham",
                "Apples",
            ],
        ],
        [38, 82, 30, 38],
        size=8.6,
    )
    para(
        pdf,
        "Housing location: Timber Hollow camp, 1190 Timber Hollow Road, Timberville, VA 22853 "
        "(capacity 44 workers).",
        size=8.6,
    )

    # ---- page 2
    pdf.add_page()
    heading(
        pdf,
        "D. MATERIAL TERMS AND CONDITIONS OF EMPLOYMENT (ADDENDUM C)",
        size=9.5,
        fill=(60, 90, 60),
        color=(255, 255, 255),
        after=2.5,
        h=6,
    )
    sz, lh = 9.2, 4.5
    clause(
        pdf,
        "D.1 Rate of pay.",
        "The employer will pay at least $16.55 per hour for every hour "
        "worked. During harvest, workers may instead be paid $24.00 per standard 20-bushel bin; in "
        "every pay period the worker receives whichever amount is higher, piece-rate earnings or "
        "hours worked times $16.55. Piece rates are posted at the bin trailer each morning.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.2 Wage adjustments.",
        "If the Adverse Effect Wage Rate, the prevailing wage, or the "
        "federal or Virginia minimum wage is raised during the period of employment, the employer "
        "will pay the highest of these rates from the date the change takes effect.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.3 Hours and schedule.",
        "The normal workday runs from 7:00 a.m. to 3:30 p.m. with a "
        "30-minute unpaid lunch break, Monday through Saturday, for about 40 hours per week. "
        "Workers will not be required to work on Sundays, on Labor Day, or during lightning storms.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.4 Three-fourths guarantee.",
        "The employer guarantees to offer each worker employment "
        "for a total number of work hours equal to at least three-fourths of the workdays of the "
        "total period of employment, beginning with the first workday after arrival at the place "
        "of employment and ending on November 13, 2026. If the employer offers fewer hours, it will "
        "pay the worker the amount he would have earned had he worked the guaranteed hours.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.5 Pay day and earnings statements.",
        "Wages are paid every Friday by check drawn on "
        "a local bank, which the bank cashes at no charge. With each payment the worker receives a "
        "written statement showing the hours offered, the hours actually worked, the hourly rate, "
        "the number of bins picked and the piece rate, total earnings, each deduction, and the "
        "employer's name, address and FEIN.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.6 Deductions.",
        "The only deductions taken from pay are: federal income tax, only "
        "if the worker asks in writing for withholding; Virginia income tax when required by law; "
        "child support or other garnishments ordered by a court; and any voluntary deduction the "
        "worker authorizes in writing for his own benefit. Nothing is deducted for housing, tools, "
        "transportation or recruitment.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.7 Housing.",
        "Housing is provided free of charge to workers who cannot reasonably "
        "return to their permanent residence the same day, at the Timber Hollow camp, 1190 Timber "
        "Hollow Road, Timberville, VA 22853. The housing is inspected and approved by the Virginia "
        "Department of Health. Beds, mattresses, blankets and pillows are furnished with no deposit. "
        "Residents are free to come and go at any time and may receive visitors in common areas.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.8 Kitchen facilities.",
        "The employer provides free and convenient cooking and "
        "kitchen facilities at the camp: six gas ranges, refrigerators, sinks with hot water, "
        "cookware and a dining room with tables and chairs. No meal charge is made. Coffee and "
        "cold drinking water are available at the packing shed at no charge.",
        size=sz,
        lh=lh,
    )

    # ---- page 3
    pdf.add_page()
    clause(
        pdf,
        "D.9 Transportation.",
        "Inbound: a worker who completes 50 percent of the period of "
        "employment will be reimbursed for reasonable transportation from the place of recruitment "
        "in Mexico to Timberville and for daily subsistence on the way of not less than $16.36 per "
        "day; the employer will advance this cost directly when the worker asks. Visa, visa "
        "processing and border-crossing fees are reimbursed in full in the first workweek. "
        "Return: a worker who completes the period of employment, or who is dismissed early for "
        "reasons other than cause, will be provided or paid return transportation and subsistence "
        "to the place of recruitment. Daily: transportation between the camp and each orchard is "
        "free, in employer-owned buses with licensed and insured drivers.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.10 Tools and equipment.",
        "All tools, supplies and equipment required for the job, "
        "including picking buckets, ladders, gloves, rain gear and pruning shears, are provided by "
        "the employer without charge and without any deposit.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.11 Workers' compensation.",
        "All workers are covered by workers' compensation "
        "insurance from the first day of work, carrier Old Dominion Agricultural Mutual, policy "
        "No. WC-44-10297, at no cost to the worker.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.12 Job requirements.",
        "Workers must be at least 18 years old, able to climb and "
        "work from a 16-foot ladder while carrying a full picking bucket of about 40 pounds, and "
        "have at least one month of experience hand-harvesting tree fruit. No certification or "
        "English ability is required.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.13 Abandonment and termination.",
        "A worker who fails to report for work for five "
        "consecutive working days without the employer's consent will be deemed to have abandoned "
        "the job; the employer will notify the Department of Labor and DHS in writing within two "
        "working days. A worker may be dismissed for cause, such as violence, theft or repeated "
        "refusal to follow safety rules, after a written warning.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.14 Contract impossibility.",
        "If the services of the worker are no longer required "
        "because of fire, flood, hail, freeze or another Act of God that makes the contract "
        "impossible to fulfil, as determined by the Certifying Officer, the employer will pay the "
        "three-fourths guarantee up to the date of termination, provide return transportation and "
        "subsistence, and make efforts to transfer the worker to other comparable employment.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.15 Recruitment.",
        "The employer recruits in Mexico through " + recruiter + " and pays "
        "all of its charges. Its written contract forbids the agency, and any agent or sub-agent, "
        "from seeking or receiving any payment from workers. No worker pays anything to be hired.",
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "D.16 Workers' rights.",
        "The employer will not hold or keep any worker's passport, visa "
        "or identity papers; lockable lockers are free. Workers may complain to the Wage and Hour "
        "Division or consult a lawyer or worker center without retaliation, and nobody is put on a "
        "do-not-rehire list for doing so.",
        size=sz,
        lh=lh,
    )
    pdf.ln(3)
    heading(
        pdf,
        "E. EMPLOYER DECLARATION",
        size=9.5,
        fill=(60, 90, 60),
        color=(255, 255, 255),
        after=2,
        h=6,
    )
    para(
        pdf,
        "I declare under penalty of perjury that the information in this clearance order is true "
        "and accurate and that these terms will be provided to each worker in English and Spanish "
        "no later than the time the worker applies for the visa.",
        size=8.8,
        lh=4.3,
    )
    y = pdf.get_y() + 14
    sig_line(pdf, 20, y, 70, ["Martin E. Hollis", "Owner and Managing Member"])
    sig_line(pdf, 120, y, 70, ["May 19, 2026", "Date"])
    pdf.output(os.path.join(out, "bs01.pdf"))

    stated = [
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
    ]
    return label(
        "bs01.pdf",
        "h2a",
        "en",
        False,
        3,
        [],
        missing("h2a", stated),
        [recruiter],
        [
            "named recruiter paid by the employer and contractually barred from charging workers (negated recruitment fee)",
            "'feed empty bins to the bin trailer' is a job duty, not a fee",
            "piece rate of $24.00 per bin is pay to the worker, not a charge",
            "housing free, bedding with no deposit",
            "free kitchen facilities, no meal charge; 'coffee' contains 'fee'",
            "inbound travel reimbursed at 50% and advanced on request; visa fees reimbursed in first workweek",
            "lawful deduction list (taxes on request, court-ordered garnishments, voluntary)",
            "tools, ladders and rain gear free, no deposit",
            "employer never holds passports; free lockers",
            "no do-not-rehire list for complaints (negated blacklisting)",
            "residents free to come and go (negated movement restriction)",
        ],
        "job_order",
        "ETA-790 style form: boxed label/value fields in a grid; shaded title block; "
        "section header bars; gridded worksite table; numbered Addendum C clauses; signature lines",
    )


# ===========================================================================
# bs02  h2a  es  recruiter agreement (Mexican "gestoría"), legal size
# ===========================================================================
def build_bs02(out):
    recruiter = "Gestoría Laboral Tierra Caliente, S.A. de C.V."
    pdf = Doc(
        "Legal",
        title="Contrato de prestación de servicios de gestoría laboral",
        author="Gestoría Laboral Tierra Caliente",
        lang="es",
        footer="GLTC-H2A-2026-0093  ·  Hoja {p} de 2",
        footer_font=("lsr", "I", 8),
        margins=(24, 20, 24),
        bottom=20,
    )
    F, sz, lh = "lsr", 11, 5.3
    q_fee = (
        "EL TRABAJADOR pagará a LA GESTORÍA una cuota de colocación de MXN 8,500.00 "
        "(ocho mil quinientos pesos 00/100 M.N.)"
    )
    q_bond = (
        "EL TRABAJADOR suscribirá un pagaré por $40,000.00 (cuarenta mil pesos) a favor de "
        "LA GESTORÍA, que ésta conservará hasta que EL TRABAJADOR regrese a México."
    )
    q_pen = (
        "Si EL TRABAJADOR se regresa a México antes de la fecha de término de la temporada, "
        "pagará a LA GESTORÍA una multa de 5 000 pesos y se hará efectivo el pagaré."
    )
    q_black = (
        "EL TRABAJADOR se compromete a no presentar quejas ante el consulado, sindicatos o "
        "abogados; de hacerlo, LA GESTORÍA lo dará de baja de su padrón y no será llamado en "
        "temporadas futuras."
    )
    pdf.add_page()
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 5, "GESTORÍA LABORAL TIERRA CALIENTE, S.A. DE C.V.", align="C", **LN)
    pdf.set_font(F, "", 9)
    pdf.cell(
        0,
        4.5,
        "Av. Juárez Oriente 418, Col. Centro, C.P. 59600, Zamora, Michoacán  ·  Tel. 351 512 7740",
        align="C",
        **LN,
    )
    pdf.ln(5)
    pdf.set_font(F, "B", 12.5)
    pdf.multi_cell(
        0,
        6,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA LABORAL PARA TRABAJO "
        "AGRÍCOLA TEMPORAL EN LOS ESTADOS UNIDOS (VISA H-2A)",
        align="C",
        **LN,
    )
    pdf.ln(3)
    para(
        pdf,
        "Que celebran por una parte " + recruiter + ", representada por su administrador único, "
        'el C. Rigoberto Mendoza Anaya, a quien en lo sucesivo se le denominará "LA GESTORÍA", y por '
        'la otra el C. Abel Quiroz Santillán, por su propio derecho, a quien se le denominará "EL '
        'TRABAJADOR", al tenor de las siguientes declaraciones y cláusulas:',
        font=F,
        size=sz,
        lh=lh,
        align="J",
        after=3,
    )
    heading(pdf, "DECLARACIONES", font=F, size=11.5, align="C", after=1.5)
    clause(
        pdf,
        "I. Declara LA GESTORÍA:",
        "a) Ser una sociedad mercantil constituida conforme a las "
        "leyes mexicanas, con domicilio en Av. Juárez Oriente 418, Zamora, Michoacán. b) Que "
        'Lindqvist Berry Farms LLC, de Lynden, Washington (en adelante "LA EMPRESA"), le '
        "encargó reunir y presentar expedientes de trabajadores para la temporada 2026.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "II. Declara EL TRABAJADOR:",
        "a) Ser mayor de edad, originario de Jacona, Michoacán, "
        "con CURP QUSA890412HMNRNB06. b) Haber trabajado al menos una temporada en la pizca de "
        "fresa o zarzamora. c) Que sabe que la firma de este contrato no le asegura la visa, que "
        "depende del consulado.",
        font=F,
        size=sz,
        lh=lh,
        after=3,
    )
    heading(pdf, "CLÁUSULAS", font=F, size=11.5, align="C", after=1.5)
    clause(
        pdf,
        "PRIMERA. Objeto.",
        "LA GESTORÍA integrará el expediente de EL TRABAJADOR, lo "
        "presentará a LA EMPRESA y le dará seguimiento hasta la cita en el Consulado General de "
        "los Estados Unidos en Monterrey.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "SEGUNDA. Condiciones del empleo.",
        "Según la oferta de LA EMPRESA, el trabajo ofrecido es el siguiente:",
        font=F,
        size=sz,
        lh=lh,
        after=1,
    )
    table(
        pdf,
        [
            ["Concepto", "Condición"],
            [
                "Empresa",
                "Lindqvist Berry Farms LLC, 2290 Badger Road, Lynden, Washington 98264, EE. UU.",
            ],
            [
                "Puesto y tareas",
                "Cosechador de arándano: pizca a mano, llenado de botes y entrega en la báscula",
            ],
            [
                "Lugar de trabajo",
                "Campos de LA EMPRESA en Lynden y Everson, condado de Whatcom, Washington",
            ],
            ["Temporada", "Del 22 de junio al 25 de septiembre de 2026"],
            ["Jornada", "8 horas diarias, de lunes a sábado (48 horas por semana)"],
            ["Salario", "19.97 dólares por hora"],
            ["Pago", "Cada semana, los jueves"],
            ["Vivienda", "Gratuita, en las cabañas de LA EMPRESA junto al campo"],
            [
                "Viaje de ida",
                "Autobús de Zamora a Lynden y viáticos del camino pagados por LA EMPRESA",
            ],
            ["Viaje de regreso", "Pagado por LA EMPRESA al terminar la temporada"],
            ["Traslado diario", "Gratuito, de las cabañas al campo, en camioneta de LA EMPRESA"],
            ["Herramientas", "Botes, cubetas y guantes sin costo"],
            ["Requisitos", "Mayor de 18 años; una temporada de experiencia en pizca de frutillas"],
        ],
        [42, 125],
        font=F,
        size=10,
        bold_first_col=True,
        lh=4.8,
    )
    clause(
        pdf,
        "TERCERA. Honorarios.",
        "Por los servicios descritos en la cláusula primera, "
        + q_fee
        + ", que cubrirá conforme al calendario de la cláusula cuarta. Esta cantidad no incluye el "
        "derecho de visa, que LA EMPRESA reembolsa a EL TRABAJADOR en su primer cheque.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "CUARTA. Calendario de pagos.",
        "Los pagos se harán en efectivo en la oficina de LA GESTORÍA, contra recibo firmado:",
        font=F,
        size=sz,
        lh=lh,
        after=1,
    )
    table(
        pdf,
        [
            ["Pago", "Cuándo", "Importe"],
            ["Primero", "Al firmar este contrato", "$4,250.00"],
            ["Segundo", "Al recibir la fecha de la cita consular", "$4,250.00"],
            ["Total", "", "$8,500.00"],
        ],
        [35, 92, 40],
        font=F,
        size=10,
        lh=4.8,
    )

    # ---- page 2
    pdf.add_page()
    clause(
        pdf,
        "QUINTA. Garantía.",
        "Para asegurar que cumpla la temporada completa, " + q_bond,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "SEXTA. Regreso anticipado.", q_pen, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "SÉPTIMA. Conducta.",
        "Durante su estancia en los Estados Unidos EL TRABAJADOR "
        "obedecerá a los mayordomos de LA EMPRESA. " + q_black,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "OCTAVA. Documentos.",
        "EL TRABAJADOR conserva en todo momento su pasaporte, su visa y "
        "su credencial para votar; LA GESTORÍA sólo recibe copias simples para el expediente.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "NOVENA. Jurisdicción.",
        "Para la interpretación y cumplimiento de este contrato las "
        "partes se someten a los tribunales de Zamora, Michoacán, y renuncian a cualquier otro fuero "
        "que pudiera corresponderles.",
        font=F,
        size=sz,
        lh=lh,
        after=4,
    )
    para(
        pdf,
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
        "firman por duplicado en Zamora, Michoacán, a 9 de marzo de 2026.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
        after=4,
    )
    y = pdf.get_y() + 22
    sig_line(
        pdf,
        24,
        y,
        62,
        ["LA GESTORÍA", "C. Rigoberto Mendoza Anaya", "Administrador único"],
        font=F,
        size=10,
    )
    sig_line(pdf, 96, y, 62, ["EL TRABAJADOR", "C. Abel Quiroz Santillán"], font=F, size=10)
    thumb_box(pdf, 168, y - 24, 24, 28, "Huella", font=F)
    y2 = y + 40
    sig_line(pdf, 24, y2, 62, ["TESTIGO", "Ma. Guadalupe Ceja Ruiz"], font=F, size=10)
    sig_line(pdf, 96, y2, 62, ["TESTIGO", "J. Trinidad Ayala Bucio"], font=F, size=10)
    pdf.output(os.path.join(out, "bs02.pdf"))

    stated = [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "housing",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "job_requirements",
    ]
    fees = [
        fee("recruitment_fee", "violation", 1, 8500, "MXN", q_fee),
        fee("deposit_or_bond", "violation", 2, 40000, "MXN", q_bond),
        fee("breach_penalty", "violation", 2, 5000, "MXN", q_pen),
        fee("blacklisting_threat", "violation", 2, None, None, q_black),
    ]
    return label(
        "bs02.pdf",
        "h2a",
        "es",
        False,
        2,
        fees,
        missing("h2a", stated),
        [recruiter],
        [
            "visa fee reimbursed by the employer in the first paycheck (not a visa_cost)",
            "free housing, inbound bus and viáticos, return trip and daily transport paid by employer",
            "tools free",
            "worker keeps passport, visa and voter ID; agency takes only copies (negated retention)",
            "payment schedule table repeats the same placement fee in two instalments (one fee)",
        ],
        "recruiter_agreement",
        "legal size, serif; centered letterhead; declarations and numbered "
        "Spanish clauses (PRIMERA...); gridded job-terms table; payment schedule table; signature "
        "lines with witnesses and fingerprint box",
    )


# ===========================================================================
# bs03  h2a  es  work contract (Spanish copy of an H-2A contract), Georgia
# ===========================================================================
def build_bs03(out):
    pdf = Doc(
        "Letter",
        title="Contrato de trabajo H-2A 2026 - Satilla River Produce",
        author="Satilla River Produce, Inc.",
        lang="es",
        footer="Satilla River Produce, Inc.  -  Contrato H-2A temporada 2026  -  página {p}/3",
        footer_font=("ls", "", 7.5),
        margins=(20, 15, 20),
        bottom=17,
    )
    F, sz, lh = "ls", 10, 4.7
    q_house = (
        "Al llegar, cada trabajador dejará un depósito de $50.00 por el colchón y las cobijas, "
        "que se le devolverá al final de la temporada si los entrega en buen estado."
    )
    q_curfew = (
        "Después de las 9:00 de la noche ningún trabajador puede salir del campamento ni "
        "recibir visitas; quien no respete este horario será enviado de regreso a México."
    )
    q_bus = (
        "El boleto de autobús de Monterrey a Alma, que cuesta ciento ochenta y cinco dólares, se "
        "descontará del primer cheque de cada trabajador."
    )
    q_pass = "El trámite y el costo del pasaporte mexicano corren por cuenta de cada trabajador."
    q_damage = (
        "Las herramientas que el trabajador pierda o dañe por descuido se le cobrarán al precio "
        "de reposición."
    )
    pdf.add_page()
    # logo block + title
    pdf.set_fill_color(34, 85, 136)
    pdf.rect(20, 14, 22, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("ls", "B", 13)
    pdf.set_xy(20, 19)
    pdf.cell(22, 6, "SRP", align="C")
    pdf.set_font("ls", "", 5.5)
    pdf.set_xy(20, 26)
    pdf.cell(22, 4, "GEORGIA", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(46, 14)
    pdf.set_font("ls", "B", 13)
    pdf.cell(0, 6, "SATILLA RIVER PRODUCE, INC.", **LN)
    pdf.set_x(46)
    pdf.set_font("ls", "", 8.5)
    pdf.cell(0, 4.2, "4470 Old Waycross Highway, Alma, Georgia 31510  ·  (912) 555-0187", **LN)
    pdf.set_x(46)
    pdf.cell(0, 4.2, "Orden de empleo H-300-26041-551873", **LN)
    pdf.set_y(40)
    pdf.set_draw_color(34, 85, 136)
    pdf.set_line_width(0.6)
    pdf.line(20, 39, pdf.w - 20, 39)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    heading(
        pdf,
        "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A) - TEMPORADA 2026",
        font=F,
        size=12,
        align="C",
        after=0.5,
    )
    para(
        pdf,
        "Copia en español que se entrega a cada trabajador antes de su cita consular.",
        font=F,
        size=8.5,
        align="C",
        color=(80, 80, 80),
        after=3,
    )
    clause(
        pdf,
        "1. Patrón.",
        "Satilla River Produce, Inc., con domicilio en 4470 Old Waycross Highway, "
        'Alma, Georgia 31510, Estados Unidos ("LA EMPRESA").',
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "2. Puesto y tareas.",
        "Trabajador agrícola: pizca a mano de arándano azul, deshierbe, "
        "poda ligera de plantas y carga de cajas en el área de empaque.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "3. Lugar de trabajo.",
        "Campos de LA EMPRESA en Rosedale Road, condado de Bacon, y en "
        "Surrency, condado de Appling, ambos en el estado de Georgia.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "4. Periodo.", "Del 13 de abril al 3 de julio de 2026.", font=F, size=sz, lh=lh)
    clause(
        pdf,
        "5. Horario.",
        "40 horas por semana, de lunes a sábado, de 6:30 de la mañana a 3:00 de "
        "la tarde, con media hora para comer.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "6. Salario.",
        "Se paga lo que resulte mayor entre el pago por hora y el pago a destajo:",
        font=F,
        size=sz,
        lh=lh,
        after=1,
    )
    table(
        pdf,
        [
            ["Actividad", "Unidad", "Pago"],
            ["Trabajo por hora (deshierbe, poda, empaque)", "Hora", "$14.91"],
            ["Pizca de arándano azul", "Caja de 12 pintas llena", "$3.25"],
            ["Pizca de arándano (fin de temporada)", "Caja de 12 pintas llena", "$3.60"],
        ],
        [86, 50, 30],
        font=F,
        size=9.2,
        head_fill=(205, 220, 235),
    )
    para(
        pdf,
        "La cuota mínima de producción durante la pizca es de 10 cajas por hora después de la "
        "primera semana de entrenamiento.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "7. Ajustes de salario.",
        "Si durante el contrato sube la tarifa AEWR, el salario "
        "prevaleciente o el salario mínimo federal o de Georgia, LA EMPRESA pagará la tarifa más alta "
        "desde la fecha del cambio.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "8. Día de pago.",
        "Cada semana, los viernes, con cheque o con tarjeta de nómina que se usa sin costo.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "9. Descuentos.",
        "Sólo se descontará del pago: el impuesto federal sobre la renta si el "
        "trabajador lo pide por escrito, la pensión alimenticia ordenada por un juez y el boleto de "
        "autobús de ida indicado en la cláusula 14.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "10. Garantía de tres cuartas partes.",
        "LA EMPRESA garantiza ofrecer a cada trabajador "
        "trabajo por lo menos durante las tres cuartas partes de las horas de trabajo del periodo "
        "del contrato; si ofrece menos, pagará la diferencia como si se hubiera trabajado.",
        font=F,
        size=sz,
        lh=lh,
    )

    # ---- page 2
    pdf.add_page()
    clause(
        pdf,
        "11. Vivienda.",
        "La vivienda se proporciona sin costo de renta en el campamento de LA "
        "EMPRESA, 4480 Old Waycross Highway, Alma, inspeccionado por el Departamento de Salud Pública "
        "de Georgia. " + q_house,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "12. Cocina.",
        "El campamento tiene cocina comunitaria gratuita con estufas, "
        "refrigeradores, fregaderos y utensilios para que cada trabajador prepare sus alimentos.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "13. Reglas del campamento.",
        "Se prohíbe el alcohol en los cuartos y el volumen alto "
        "de la música después de las 10:00 de la noche. " + q_curfew,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "14. Viaje de ida.",
        q_bus + " Las visas y la cuota consular las reembolsa LA EMPRESA "
        "completas en la primera semana de trabajo. " + q_pass,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "15. Viaje de regreso.",
        "Al terminar el contrato, LA EMPRESA paga el autobús de regreso "
        "de Alma a Monterrey y los alimentos del camino.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "16. Transporte diario.",
        "LA EMPRESA lleva a los trabajadores del campamento a los "
        "campos y de regreso sin ningún costo, en autobuses con chofer con licencia y seguro.",
        font=F,
        size=sz,
        lh=lh,
    )
    pdf.ln(2)
    pdf.set_fill_color(240, 244, 248)
    pdf.set_font(F, "I", 9)
    pdf.multi_cell(
        0,
        4.4,
        'Nota: la palabra "cuota" en la cláusula 6 se refiere a la producción '
        "mínima esperada, no a un pago del trabajador. Ni LA EMPRESA ni sus agentes cobran "
        "cuota de contratación.",
        fill=True,
        border=1,
        padding=2,
        **LN,
    )

    # ---- page 3
    pdf.add_page()
    clause(
        pdf,
        "17. Herramientas.",
        "LA EMPRESA entrega sin costo las cubetas, cinturones de pizca, "
        "guantes y tijeras de poda. " + q_damage,
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "18. Seguro de trabajo.",
        "Todos los trabajadores están cubiertos por el seguro de "
        "compensación para trabajadores de Peach State Farm Casualty, póliza GA-WC-771045, pagado "
        "por LA EMPRESA.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "19. Requisitos.",
        "Tener 18 años cumplidos y poder trabajar de pie o agachado durante "
        "8 horas y cargar cajas de 25 libras. No se requiere experiencia previa.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "20. Terminación.",
        "Si el trabajador falta 5 días de trabajo seguidos sin permiso, se "
        "considera que abandonó el empleo y LA EMPRESA avisará al Departamento del Trabajo. LA "
        "EMPRESA puede despedir por causa justificada, como robo, violencia o negarse a seguir las "
        "reglas de seguridad.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "21. Quejas.",
        "El trabajador puede presentar quejas ante el Departamento del Trabajo sin represalias.",
        font=F,
        size=sz,
        lh=lh,
        after=6,
    )
    para(pdf, "Firmado en Alma, Georgia, el 2 de marzo de 2026.", font=F, size=sz, after=18)
    y = pdf.get_y()
    sig_line(
        pdf,
        22,
        y,
        72,
        ["Dale W. Purvis", "Presidente, Satilla River Produce, Inc."],
        font=F,
        size=9,
    )
    sig_line(
        pdf,
        118,
        y,
        72,
        ["Nombre y firma del trabajador", "Recibí copia en español"],
        font=F,
        size=9,
    )
    pdf.output(os.path.join(out, "bs03.pdf"))

    stated = [
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
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "termination",
        "job_requirements",
    ]
    fees = [
        fee("housing_charge", "violation", 2, 50, "USD", q_house),
        fee("movement_restriction", "violation", 2, None, None, q_curfew),
        fee("travel_cost", "violation", 2, 185, "USD", q_bus),
        fee("visa_cost", "review", 2, None, None, q_pass),
        fee("damage_chargeback", "review", 3, None, None, q_damage),
    ]
    return label(
        "bs03.pdf",
        "h2a",
        "es",
        False,
        3,
        fees,
        missing("h2a", stated),
        [],
        [
            "'cuota mínima de producción' is a production quota, not a fee",
            "'ni sus agentes cobran cuota de contratación' (negated recruitment fee)",
            "visa and consular fee reimbursed in the first week (only the passport is on the worker: review)",
            "housing rent-free (the bedding deposit is the finding)",
            "free kitchen; free daily transport; return bus paid",
            "tools free (loss/damage chargeback is review only)",
            "complaints without reprisals",
        ],
        "work_contract",
        "letter; square logo block and ruled letterhead; numbered clauses; gridded "
        "piece-rate table; shaded boxed note; signature lines",
    )


# ===========================================================================
# bs04  h2a  en  offer letter from an H-2A labor contractor (Yuma lettuce)
# ===========================================================================
def build_bs04(out):
    recruiter = "Agencia Laboral Paso del Norte, S.C."
    pdf = Doc(
        "Letter",
        title="Offer of seasonal employment - Sandoval Harvest Services",
        author="Sandoval Harvest Services LLC",
        footer=None,
        margins=(22, 14, 22),
        bottom=15,
    )
    F, sz, lh = "noto", 9.8, 4.7
    q_kit = (
        "A harvest kit (knife, scabbard, gloves, rain suit and arm sleeves) is issued on arrival, "
        "and its cost of USD 65 will be deducted from your first two paychecks."
    )
    q_reserve = (
        "Your first two weeks' wages will be held in a season reserve and paid to you with your "
        "final check at the end of the season."
    )
    q_adv = (
        "Paso del Norte can also advance you up to $600.00 before departure, to be repaid through "
        "payroll deductions of $75.00 per week until paid in full."
    )
    pdf.add_page()
    pdf.set_fill_color(196, 120, 32)
    pdf.rect(0, 0, pdf.w, 26, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 6)
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 7, "SANDOVAL HARVEST SERVICES LLC", **LN)
    pdf.set_x(22)
    pdf.set_font(F, "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Registered H-2A Labor Contractor  ·  FLC Certificate No. FLC-AZ-0417-26  ·  "
        "2150 E. 24th Street, Yuma, Arizona 85365  ·  (928) 555-0162",
        **LN,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(33)
    para(pdf, "September 14, 2026", font=F, size=sz, after=3)
    para(
        pdf,
        "Mr. Rogelio Armenta Félix\nCalle Obregón 1207, Col. Reforma\nNavojoa, Sonora, Mexico",
        font=F,
        size=sz,
        lh=4.6,
        after=3,
    )
    rich(
        pdf,
        [("B", "Re: "), ("", "Offer of seasonal employment - lettuce harvest, 2026-2027 season")],
        font=F,
        size=sz,
    )
    para(pdf, "Dear Mr. Armenta:", font=F, size=sz, after=2)
    para(
        pdf,
        "We are pleased to offer you seasonal employment with our harvest crews under the H-2A "
        "program. You were referred to us by our recruiting agent in Mexico, "
        + recruiter
        + ", of Ciudad Obregón, Sonora. The main terms of the job are:",
        font=F,
        size=sz,
        lh=lh,
    )
    table(
        pdf,
        [
            ["Term", "Details"],
            [
                "Position",
                "Lettuce harvester (cutter/packer): cut, trim and pack iceberg and romaine "
                "lettuce in the field and load full cartons onto trailers",
            ],
            [
                "Worksites",
                "Fields contracted by the company in Yuma County, Arizona, and in the Bard "
                "and Winterhaven areas of Imperial County, California",
            ],
            ["Dates", "November 2, 2026 through March 26, 2027"],
            ["Hours", "40 hours per week, Monday to Saturday; start time depends on the dew"],
            ["Pay rate", "$17.96 per hour"],
            ["Payday", "Weekly, every Thursday"],
            [
                "Housing",
                "Motel rooms at Desert Palms Lodge, 2455 S. 4th Avenue, Yuma, at no cost to you",
            ],
            [
                "Meals",
                "Three meals a day from our contracted kitchen; $14.50 per day is deducted, "
                "which is below the Department of Labor maximum meal charge",
            ],
            ["Transport to fields", "Free, in company buses"],
            [
                "Requirements",
                "Three months of lettuce harvest experience; able to work bent over and "
                "lift 50 pounds",
            ],
        ],
        [38, 134],
        font=F,
        size=8.8,
        head_fill=(242, 214, 178),
        bold_first_col=True,
        lh=4.2,
    )
    heading(pdf, "Travel", font=F, size=10.5, after=1)
    para(
        pdf,
        "Your bus fare from Navojoa to Yuma and your meal expenses on the road will be reimbursed "
        "in full when you complete 50 percent of the contract period. Your return fare to Navojoa is "
        "paid by the company at the end of the season. Nobody at the company or at Paso del Norte may "
        "charge you a fee to be hired.",
        font=F,
        size=sz,
        lh=lh,
    )
    heading(pdf, "Equipment", font=F, size=10.5, after=1)
    para(pdf, q_kit, font=F, size=sz, lh=lh)
    heading(pdf, "Pay statements", font=F, size=10.5, after=1)
    para(
        pdf,
        "Each Thursday you will receive your check with a statement showing the hours offered, the "
        "hours worked, your rate, total earnings and each deduction.",
        font=F,
        size=sz,
        lh=lh,
    )

    # ---- page 2
    pdf.add_page()
    pdf.set_fill_color(196, 120, 32)
    pdf.rect(0, 0, pdf.w, 5, style="F")
    pdf.set_y(14)
    heading(pdf, "Season reserve", font=F, size=10.5, after=1)
    para(
        pdf,
        q_reserve + " The reserve is meant to help you finish the season with savings.",
        font=F,
        size=sz,
        lh=lh,
    )
    heading(pdf, "Advances", font=F, size=10.5, after=1)
    para(
        pdf,
        q_adv + " Tell the agency how much you need when you sign this letter.",
        font=F,
        size=sz,
        lh=lh,
    )
    heading(pdf, "Deductions", font=F, size=10.5, after=1)
    para(
        pdf,
        "The only deductions from your pay are: meals ($14.50 per day), the harvest kit, repayment "
        "of any advance, and federal income tax only if you ask for withholding.",
        font=F,
        size=sz,
        lh=lh,
    )
    heading(pdf, "Insurance", font=F, size=10.5, after=1)
    para(
        pdf,
        "You are covered by Arizona and California workers' compensation insurance from your first "
        "day of work, paid by the company.",
        font=F,
        size=sz,
        lh=lh,
    )
    heading(pdf, "Your documents", font=F, size=10.5, after=1)
    para(
        pdf,
        "We do not keep workers' passports or visas. Keep them with you.",
        font=F,
        size=sz,
        lh=lh,
        after=4,
    )
    para(pdf, "We look forward to working with you this season.", font=F, size=sz, after=4)
    para(pdf, "Sincerely,", font=F, size=sz, after=14)
    sig_line(pdf, 22, pdf.get_y(), 70, ["Lorena Sandoval", "Managing Member"], font=F, size=9)
    pdf.set_y(pdf.get_y() + 22)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.ln(4)
    heading(pdf, "ACCEPTANCE", font=F, size=10.5, after=1)
    para(
        pdf,
        "I have read this letter in a language I understand and I accept the offer.",
        font=F,
        size=sz,
        after=16,
    )
    y = pdf.get_y()
    sig_line(pdf, 22, y, 70, ["Rogelio Armenta Félix", "Worker"], font=F, size=9)
    sig_line(pdf, 118, y, 60, ["Date"], font=F, size=9)
    pdf.output(os.path.join(out, "bs04.pdf"))

    stated = [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "workers_compensation",
        "earnings_statements",
        "job_requirements",
    ]
    fees = [
        fee("equipment_charge", "violation", 1, 65, "USD", q_kit),
        fee("wage_withholding", "violation", 2, None, None, q_reserve),
        fee("debt_bondage", "violation", 2, 600, "USD", q_adv),
    ]
    return label(
        "bs04.pdf",
        "h2a",
        "en",
        False,
        2,
        fees,
        missing("h2a", stated),
        [recruiter],
        [
            "lawful h2a meal charge within the published cap ($14.50/day from a contracted kitchen)",
            "inbound fare reimbursed at 50% of the contract (lawful H-2A timing)",
            "free motel housing, free transport to fields, return fare paid",
            "'nobody may charge you a fee to be hired' (negated recruitment fee)",
            "employer does not keep passports (negated retention)",
            "workers' compensation paid by the company",
        ],
        "offer_letter",
        "letter; full-width orange letterhead band; addressee block; gridded two-column "
        "terms table; short headed sections; signature and dashed-line acceptance slip",
    )


# ===========================================================================
# bs05  h2b  en  job order (landscaping, Maryland)
# ===========================================================================
def build_bs05(out):
    pdf = Doc(
        "Letter",
        title="H-2B Job Order - Cardinal Ridge Landscape Group",
        author="Cardinal Ridge Landscape Group, Inc.",
        footer="H-2B Job Order  ·  Case H-400-26008-223410  ·  Page {p} of 3",
        footer_font=("ls", "", 7.5),
        margins=(18, 14, 18),
        bottom=16,
    )
    F, sz, lh = "ls", 9.8, 4.6
    q_visa = (
        "The nonimmigrant visa application fee (USD 205) and the appointment service charge are "
        "the worker's responsibility and are not refunded by the employer."
    )
    q_house = (
        "Company housing is optional; workers who choose it pay $110.00 per week, deducted from "
        "each weekly paycheck."
    )
    q_unif = (
        "Each worker must buy three company uniform shirts at $12.00 each on the first day; the "
        "total of $36.00 is deducted from the first paycheck."
    )
    q_break = (
        "A worker who leaves the job before the end date stated above must pay the company a "
        "contract-break fee of five hundred dollars ($500.00)."
    )
    navy = (24, 44, 84)
    pdf.add_page()
    band(
        pdf,
        24,
        navy,
        [
            ("B", 15, "H-2B JOB ORDER"),
            (
                "",
                9,
                "Temporary non-agricultural employment  ·  Case No. H-400-26008-223410  "
                "·  Filed with the Maryland Department of Labor",
            ),
        ],
        font="ls",
    )
    pdf.set_y(30)

    def sec(t):
        heading(pdf, t, font=F, size=10, fill=(222, 228, 240), color=navy, after=1.5, h=6)

    sec("SECTION A. EMPLOYER INFORMATION")
    table(
        pdf,
        [
            ["Legal business name", "Cardinal Ridge Landscape Group, Inc."],
            ["Address", "77 Industrial Park Drive, Frederick, Maryland 21704"],
            ["Telephone / e-mail", "(301) 555-0139  ·  hiring@cardinalridge.example"],
            ["Contact", "Teresa Gallo, Human Resources Manager"],
        ],
        [50, 130],
        font=F,
        size=9,
        header=False,
        bold_first_col=True,
        borders="HORIZONTAL_LINES",
    )
    sec("SECTION B. JOB INFORMATION")
    table(
        pdf,
        [
            ["Item", "Offer"],
            ["Job title", "Landscaping and Groundskeeping Worker (SOC 37-3011)"],
            ["Openings", "24"],
            ["Period of employment", "March 30, 2026 to November 20, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
            ["Wage", "$18.42 per hour"],
            ["Overtime", "$27.63 per hour for hours over 40 in a workweek"],
            ["Pay frequency", "Weekly, on Fridays"],
        ],
        [50, 130],
        font=F,
        size=9,
        bold_first_col=True,
        head_fill=(200, 210, 230),
    )
    sec("SECTION C. JOB DUTIES")
    para(
        pdf,
        "Mow, edge and trim lawns; plant trees, shrubs and flowers; spread mulch and stone; apply "
        "fertilizer (lawn feeding) under supervision; rake and remove leaves; operate walk-behind and "
        "zero-turn mowers, string trimmers and blowers; load debris onto trucks. Crew leaders collect "
        "payment for extra services from homeowners at the end of each job.",
        font=F,
        size=sz,
        lh=lh,
    )
    sec("SECTION D. PLACE OF EMPLOYMENT")
    para(
        pdf,
        "Residential and commercial properties in Frederick County and Montgomery County, "
        "Maryland. Crews report each morning to the company yard at 77 Industrial Park Drive, "
        "Frederick.",
        font=F,
        size=sz,
        lh=lh,
    )
    sec("SECTION E. MINIMUM REQUIREMENTS")
    bullets(
        pdf,
        [
            "Three months of experience in landscaping or grounds maintenance.",
            "Able to lift 50 pounds and work outdoors in all weather.",
            "No driver's license and no English required.",
        ],
        font=F,
        size=sz,
        lh=lh,
    )

    # ---- page 2
    pdf.add_page()
    sec("SECTION F. TERMS AND CONDITIONS")
    clause(
        pdf,
        "1. Wage obligations.",
        "The employer will pay at least the highest of the prevailing "
        "wage and the federal, state or local minimum wage. If a higher prevailing wage is issued "
        "during the period of employment, the employer will pay it from the date of the notice.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "2. Three-fourths guarantee.",
        "The employer guarantees to offer each worker employment "
        "for a total number of hours equal to at least three-fourths of the workdays in each "
        "12-week period of the period of employment.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "3. Deductions.",
        "Required deductions are FICA and federal and Maryland income tax. "
        "Other deductions: optional company housing (item 6) and uniform shirts (item 7).",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "4. Transportation.",
        "Inbound transportation and daily subsistence from the worker's "
        "home to Frederick will be reimbursed in the first workweek. If the worker completes the "
        "period of employment or is dismissed early, the employer pays return transportation and "
        "subsistence to the worker's home.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "5. Visa costs.", q_visa, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "6. Housing.",
        q_house + " Workers may live anywhere they choose.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "7. Tools and uniforms.",
        "All mowers, trimmers, blowers, hand tools, safety glasses and "
        "hearing protection are provided without charge or deposit. " + q_unif,
        font=F,
        size=sz,
        lh=lh,
    )

    # ---- page 3
    pdf.add_page()
    clause(
        pdf,
        "8. Training.",
        "New workers take the OSHA-10 safety course during paid work hours, at "
        "no cost to the worker.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "9. Abandonment and termination.",
        "A worker who is absent for five consecutive working "
        "days without the employer's consent is considered to have abandoned the job, and the "
        "employer will notify the Department of Labor and DHS within two working days. Workers may "
        "be terminated for cause after a written warning.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "10. Contract impossibility.",
        "If the job ends early because fire, weather or another "
        "Act of God makes the work impossible, the employer will pay the three-fourths guarantee "
        "up to that date and the worker's return transportation and subsistence.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "11. Early departure.", q_break, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "12. Recruitment.",
        "The employer does not use any recruiter or agent abroad. No person "
        "may charge a worker any fee for this job.",
        font=F,
        size=sz,
        lh=lh,
        after=5,
    )
    sec("SECTION G. EMPLOYER DECLARATION")
    para(
        pdf,
        "I declare that this job order describes the actual terms and conditions of the "
        "employment being offered and contains all the material terms and conditions of the job.",
        font=F,
        size=sz,
        lh=lh,
        after=16,
    )
    y = pdf.get_y()
    sig_line(pdf, 22, y, 70, ["Gregory T. Voss", "President"], font=F, size=9)
    sig_line(pdf, 120, y, 60, ["January 5, 2026", "Date"], font=F, size=9)
    pdf.output(os.path.join(out, "bs05.pdf"))

    stated = [
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
        "tools_provided",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    fees = [
        fee("visa_cost", "violation", 2, 205, "USD", q_visa),
        fee("housing_charge", "review", 2, 110, "USD", q_house),
        fee("equipment_charge", "violation", 2, 36, "USD", q_unif),
        fee("breach_penalty", "violation", 3, 500, "USD", q_break),
    ]
    return label(
        "bs05.pdf",
        "h2b",
        "en",
        False,
        3,
        fees,
        missing("h2b", stated),
        [],
        [
            "'collect payment for extra services from homeowners' is a job duty",
            "'lawn feeding' is fertilizer work, not a fee",
            "OSHA-10 course during paid hours at no cost (negated training cost)",
            "inbound travel reimbursed in first workweek; return paid",
            "mowers, tools and safety gear free, no deposit (the uniform shirts are the finding)",
            "no recruiter used; 'no person may charge a worker any fee' (negated recruitment fee)",
            "statutory deductions FICA and income tax",
        ],
        "job_order",
        "letter; navy header band; shaded section bars A-G; borderless key/value table "
        "with horizontal rules; gridded job table; bullets; numbered terms; signature lines",
    )


# ===========================================================================
# bs06  h2b  es  recruiter receipt + instructions sheet (crab picking)
# ===========================================================================
def build_bs06(out):
    recruiter = "Reclutamiento Internacional Los Tuxtlas, S.C."
    pdf = Doc(
        (215.9, 139.7),
        title="Recibo 0347",
        author="Los Tuxtlas",
        lang="es",
        footer=None,
        margins=(12, 10, 12),
        bottom=6,
    )
    F = "dvc"
    q_fee = (
        "la cantidad de $9,800.00 (nueve mil ochocientos pesos 00/100 M.N.) por concepto de "
        "trámite de expediente y apartado de lugar"
    )
    q_pass = (
        "El pasaporte original se entrega en esta oficina y queda bajo resguardo de la agencia "
        "hasta el día del viaje."
    )
    green = (20, 110, 80)
    pdf.add_page()
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.8)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.2)
    pdf.set_text_color(*green)
    pdf.set_xy(13, 11)
    pdf.set_font(F, "B", 12)
    pdf.cell(130, 6, recruiter.upper(), **LN)
    pdf.set_x(13)
    pdf.set_font(F, "", 8)
    pdf.cell(130, 4, "Asesoría para trabajo temporal en Estados Unidos y Canadá", **LN)
    pdf.set_x(13)
    pdf.cell(
        130,
        4,
        "Calle Morelos 27, Centro, Santiago Tuxtla, Ver.  ·  Tel. 294 947 0312  ·  "
        "WhatsApp 294 110 4487",
        **LN,
    )
    # folio box
    pdf.set_draw_color(*green)
    pdf.rect(150, 11, 54, 24)
    pdf.set_xy(150, 12)
    pdf.set_font(F, "B", 11)
    pdf.cell(54, 6, "RECIBO", align="C", **LN)
    pdf.set_xy(150, 18)
    pdf.set_text_color(190, 20, 30)
    pdf.set_font("lm", "B", 12)
    pdf.cell(54, 6, "No. 0347", align="C", **LN)
    pdf.set_text_color(*green)
    pdf.set_font(F, "", 9)
    pdf.set_xy(150, 25)
    pdf.cell(54, 4.5, "Fecha: 16/01/2026", align="C", **LN)
    pdf.set_xy(150, 29.5)
    pdf.cell(54, 4.5, "BUENO POR $9,800.00", align="C", **LN)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(13, 40)
    pdf.set_font(F, "", 10.5)
    pdf.multi_cell(
        pdf.w - 26,
        5.6,
        "Recibí de la Sra. Maricela Toto Xolo " + q_fee + " para la "
        "temporada 2026 de pelado de jaiba con Tilghman Point Seafood, Inc., programa de "
        "visas H-2B.",
        align="L",
        **LN,
    )
    pdf.ln(2)
    pdf.set_x(13)
    table(
        pdf,
        [
            ["Concepto", "Importe"],
            ["Trámite de expediente", "$7,500.00"],
            ["Apartado de lugar", "$2,300.00"],
            ["Total recibido", "$9,800.00"],
        ],
        [70, 35],
        font=F,
        size=9.5,
        head_fill=(210, 232, 222),
    )
    pdf.set_x(13)
    pdf.set_font(F, "", 9.5)
    pdf.cell(0, 5, "Forma de pago:  [X] efectivo    [  ] depósito    [  ] transferencia", **LN)
    pdf.set_x(13)
    pdf.cell(0, 5, "Este pago no es reembolsable.", **LN)
    sig_line(
        pdf,
        120,
        118,
        70,
        ["Recibió: Lic. Octavio Chagala Pólito", "Por la agencia"],
        font=F,
        size=8.5,
    )
    st = stamp_image([("PAGADO", 62), ("16 ENE 2026", 30)], color=(40, 70, 170), angle=14, seed=6)
    pdf.image(st, x=128, y=70, w=46)

    # ---- page 2
    pdf.add_page()
    pdf.set_draw_color(*green)
    pdf.set_line_width(0.8)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(13, 12)
    pdf.set_font(F, "B", 11.5)
    pdf.set_text_color(*green)
    pdf.cell(0, 6, "INDICACIONES PARA LA PERSONA SELECCIONADA", **LN)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_left_margin(13)
    pdf.set_right_margin(13)
    items = [
        "Puesto: peladora de jaiba. Se trabaja sacando a mano la carne de la jaiba cocida, "
        "separándola por tipo y empacándola en envases.",
        "Requisitos: mujeres de 18 a 55 años, con experiencia en pelado de jaiba o de camarón y con "
        "pasaporte vigente.",
        q_pass,
        "El costo de la visa lo cubre el patrón; usted no paga la visa.",
        "Traiga 2 fotografías tamaño infantil, copia del acta de nacimiento y copia de su INE.",
        "La fecha de salida se le avisará por WhatsApp. Esté pendiente de su teléfono.",
        "Haga sus pagos sólo en esta oficina y pida siempre su recibo con folio.",
    ]
    for i, it in enumerate(items, 1):
        pdf.set_font(F, "B", 9.8)
        pdf.cell(7, 5, f"{i}.")
        pdf.set_font(F, "", 9.8)
        pdf.multi_cell(0, 5, it, align="L", **LN)
        pdf.ln(1.2)
    pdf.ln(2)
    pdf.set_font(F, "I", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Conserve este recibo. Sin recibo no se aceptan reclamaciones.", **LN)
    pdf.cell(0, 4, recruiter + "  ·  Santiago Tuxtla, Veracruz", **LN)
    pdf.set_text_color(0, 0, 0)
    pdf.output(os.path.join(out, "bs06.pdf"))

    stated = ["job_duties", "visa_reimbursement", "job_requirements"]
    fees = [
        fee("recruitment_fee", "violation", 1, 9800, "MXN", q_fee),
        fee("document_retention", "violation", 2, None, None, q_pass),
    ]
    return label(
        "bs06.pdf",
        "h2b",
        "es",
        False,
        2,
        fees,
        missing("h2b", stated),
        [recruiter],
        [
            "'El costo de la visa lo cubre el patrón; usted no paga la visa' (negated visa cost)",
            "itemised table repeats the same fee split in two lines (one finding)",
            "'pida siempre su recibo' is advice, not a charge",
            "employer named without any address (employer_identity missing)",
        ],
        "receipt",
        "half-letter landscape receipt book page: bordered form, letterhead, red folio box, "
        "concept/amount grid table, stamp image 'PAGADO'; second sheet numbered instructions",
    )


# ===========================================================================
# bs07  h2b  es  work contract (hotel housekeeping, Maine), compliant
# ===========================================================================
def build_bs07(out):
    recruiter = "Enlace Turístico Peninsular, S.C."
    pdf = Doc(
        "Letter",
        title="Contrato individual de trabajo temporal H-2B",
        author="Windward Bluff Hotel & Marina, LLC",
        lang="es",
        footer="Contrato WBH-H2B-2026-017  ·  Página {p} de 3  ·  Rúbricas: ______ / ______",
        footer_font=("dvs", "", 7),
        margins=(20, 16, 20),
        bottom=16,
    )
    F, sz, lh = "dvs", 9.4, 4.5
    pdf.add_page()
    pdf.set_draw_color(0, 70, 90)
    pdf.set_line_width(1.2)
    pdf.line(20, 14, pdf.w - 20, 14)
    pdf.set_line_width(0.2)
    pdf.set_y(17)
    pdf.set_font(F, "B", 14)
    pdf.set_text_color(0, 70, 90)
    pdf.cell(0, 7, "WINDWARD BLUFF HOTEL & MARINA", align="C", **LN)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 8.5)
    pdf.cell(
        0,
        4.5,
        "410 Shore Path Road, Bar Harbor, Maine 04609, EE. UU.  ·  (207) 555-0173",
        align="C",
        **LN,
    )
    pdf.ln(5)
    heading(
        pdf, "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL (H-2B)", font=F, size=12.5, align="C", after=3
    )
    para(
        pdf,
        "Celebran este contrato Windward Bluff Hotel & Marina, LLC, con domicilio en 410 Shore "
        'Path Road, Bar Harbor, Maine 04609, Estados Unidos ("LA EMPRESA"), representada por su '
        "gerente general, Nora B. Whitcomb, y la Sra. Yesenia Canché Poot, originaria de Tekax, "
        'Yucatán ("LA TRABAJADORA"), conforme a la certificación de trabajo temporal H-2B número '
        "H-400-26015-604472.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
        after=3,
    )
    heading(pdf, "Resumen de condiciones", font=F, size=10.5, after=1.5)
    table(
        pdf,
        [
            ["Concepto", "Condición"],
            ["Puesto", "Camarista (housekeeper)"],
            ["Lugar de trabajo", "Windward Bluff Hotel, 410 Shore Path Road, Bar Harbor, Maine"],
            ["Periodo", "Del 4 de mayo al 24 de octubre de 2026"],
            [
                "Horario",
                "40 horas por semana, 5 días, turno de 8:00 a 16:30 con 30 minutos de comida",
            ],
            ["Salario", "$17.85 dólares por hora"],
            ["Tiempo extra", "$26.78 por hora después de 40 horas en la semana"],
            ["Día de pago", "Semanal, los viernes, por depósito directo o cheque"],
        ],
        [45, 126],
        font=F,
        size=9,
        head_fill=(200, 226, 232),
        bold_first_col=True,
        lh=4.3,
    )
    heading(pdf, "Reclutamiento", font=F, size=10.5, after=1.5)
    para(
        pdf,
        "LA EMPRESA contrató a " + recruiter + ", de Mérida, Yucatán, para reclutar "
        "trabajadoras en México y le paga todos sus honorarios. Por contrato, ni esa agencia ni "
        "ninguna otra persona puede cobrarle a LA TRABAJADORA cantidad alguna por este empleo, ni "
        "en dinero ni con descuentos de su salario.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
    )
    heading(pdf, "Idioma", font=F, size=10.5, after=1.5)
    para(
        pdf,
        "Este contrato se entrega en español, idioma que LA TRABAJADORA lee y entiende; existe "
        "una versión en inglés con el mismo contenido.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
    )

    # ---- page 2: clauses in two columns
    pdf.add_page()
    heading(pdf, "CLÁUSULAS", font=F, size=11.5, align="C", after=2)
    left = [
        (
            "1. Funciones.",
            "Limpiar y ordenar habitaciones y pasillos, cambiar ropa de cama y toallas, "
            "reponer amenidades y reportar los consumos del minibar para que la recepción los cobre a los "
            "huéspedes.",
        ),
        (
            "2. Requisitos.",
            "Tres meses de experiencia en limpieza de hoteles o casas; poder estar de pie "
            "todo el turno y levantar 25 libras. No se exige inglés.",
        ),
        (
            "3. Ajuste de salario.",
            "LA EMPRESA paga por lo menos el salario más alto entre el "
            "prevaleciente y el mínimo federal, de Maine o local; si durante el contrato se publica un "
            "salario prevaleciente más alto, lo pagará desde la fecha del aviso.",
        ),
        (
            "4. Garantía de tres cuartas partes.",
            "LA EMPRESA ofrecerá trabajo por un total de horas igual "
            "a por lo menos tres cuartas partes de los días de trabajo de cada periodo de 12 semanas; si "
            "ofrece menos, paga la diferencia.",
        ),
        (
            "5. Descuentos.",
            "Sólo se descuentan los impuestos federal y de Maine y el Seguro Social "
            "(FICA). No se descuenta nada por vivienda, uniforme ni transporte.",
        ),
        (
            "6. Comprobante de pago.",
            "Cada viernes LA TRABAJADORA recibe un talón con horas ofrecidas, "
            "horas trabajadas, tarifa, tiempo extra, descuentos y pago neto.",
        ),
    ]
    right = [
        (
            "7. Viaje de ida.",
            "LA EMPRESA paga o reembolsa en la primera semana el transporte de Mérida a "
            "Bar Harbor y los alimentos y el hospedaje del camino.",
        ),
        (
            "8. Visa.",
            "LA EMPRESA reembolsa en la primera semana el derecho de visa, el cargo por la cita "
            "y el cruce fronterizo.",
        ),
        (
            "9. Viaje de regreso.",
            "Si LA TRABAJADORA termina el contrato o es despedida antes sin causa, "
            "LA EMPRESA paga su regreso a Mérida.",
        ),
        (
            "10. Herramientas y uniformes.",
            "Carritos, productos de limpieza, guantes y dos uniformes se "
            "entregan sin costo y sin depósito.",
        ),
        (
            "11. Vivienda.",
            "Cuarto compartido en la casa de empleados de 12 Cottage Street, Bar Harbor, "
            "sin costo alguno.",
        ),
        (
            "12. Comidas.",
            "Comida del personal gratuita en cada turno, en el comedor del hotel; el café "
            "es libre.",
        ),
    ]
    top = pdf.get_y()
    colw, gut = (pdf.w - 40 - 8) / 2, 8
    bottoms = []
    for items, x in ((left, 20), (right, 20 + colw + gut)):
        with Column(pdf, x, colw, top):
            for h, b in items:
                rich(pdf, [("B", h + " "), ("", b)], font=F, size=sz, lh=lh, after=2.2)
            bottoms.append(pdf.get_y())
    pdf.set_draw_color(160, 160, 160)
    pdf.line(20 + colw + gut / 2, top, 20 + colw + gut / 2, max(bottoms))
    pdf.set_draw_color(0, 0, 0)

    # ---- page 3
    pdf.add_page()
    clause(
        pdf,
        "13. Terminación.",
        "Si LA TRABAJADORA falta cinco días de trabajo seguidos sin "
        "permiso, se considera que abandonó el empleo y LA EMPRESA lo avisará al Departamento del "
        "Trabajo y a DHS. LA EMPRESA sólo puede despedir por causa justificada y después de una "
        "advertencia por escrito. Si LA TRABAJADORA decide renunciar antes de tiempo, no paga multa "
        "ni penalización alguna; sólo pierde el derecho a que LA EMPRESA le pague el viaje de "
        "regreso.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "14. Imposibilidad.",
        "Si un incendio, un huracán u otra causa de fuerza mayor obliga a "
        "cerrar el hotel antes del 24 de octubre, LA EMPRESA pagará la garantía de tres cuartas "
        "partes hasta esa fecha y el viaje de regreso.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "15. Documentos.",
        "LA TRABAJADORA guarda su pasaporte y su visa; LA EMPRESA no los "
        "retiene ni pide que se los entreguen.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "16. Quejas.",
        "LA TRABAJADORA puede quejarse ante el Departamento del Trabajo, su "
        "consulado o cualquier organización sin represalias y sin que eso afecte su recontratación.",
        font=F,
        size=sz,
        lh=lh,
        after=6,
    )
    para(
        pdf,
        "Firmado en Mérida, Yucatán, el 20 de marzo de 2026, en dos tantos.",
        font=F,
        size=sz,
        after=4,
    )
    table(
        pdf,
        [
            ["LA EMPRESA", "LA TRABAJADORA"],
            ["\n\n\nNora B. Whitcomb\nGerente general", "\n\n\nYesenia Canché Poot\nFirma"],
        ],
        [85, 86],
        font=F,
        size=9,
        head_fill=(200, 226, 232),
    )
    pdf.output(os.path.join(out, "bs07.pdf"))

    stated = REQUIRED["h2b"]
    return label(
        "bs07.pdf",
        "h2b",
        "es",
        False,
        3,
        [],
        missing("h2b", stated),
        [recruiter],
        [
            "recruiting agency paid by the employer; nobody may charge the worker (negated recruitment fee)",
            "'reportar los consumos del minibar para que la recepción los cobre a los huéspedes' is a job duty",
            "visa, appointment and border-crossing fees reimbursed in first week",
            "inbound travel, meals and lodging on the way paid or reimbursed; return paid",
            "uniforms and cleaning supplies free, no deposit",
            "free shared housing and free staff meals; 'café' is free",
            "resigning early carries no fine; losing paid return trip after voluntary quit is lawful (negated breach penalty)",
            "worker keeps passport and visa (negated retention)",
            "complaints without affecting rehire (negated blacklisting)",
            "statutory deductions only (taxes, FICA)",
        ],
        "work_contract",
        "letter, serif; ruled letterhead; summary terms table; numbered clauses set in "
        "two columns with a rule between; gridded signature table",
    )


# ===========================================================================
# bs08  h2b  en  WhatsApp-style chat with a Jamaican recruiter
# ===========================================================================
def build_bs08(out):
    recruiter = "Island Gateway Staffing Ltd."
    pdf = Doc(
        (108, 232),
        title="Chat - Carlene Island Gateway",
        author="",
        footer=None,
        margins=(4, 4, 4),
        bottom=2,
    )
    pdf.set_auto_page_break(False)
    q_fee = "To hold your spot we need the processing fee of JMD 85,000 by Friday."
    q_med = "Medical is at Dr. Whyte's clinic on Barnett Street, JMD 12,500, you pay him direct."
    q_bond = (
        "Also bring US$300 cash to the office before the embassy interview as a guarantee that "
        "you come back. You get it back when you return to Jamaica."
    )
    q_black = "Anybody who complains does not get called back next season."
    theme = {
        "bg": (236, 229, 221),
        "bar": (7, 94, 84),
        "avatar": (180, 200, 196),
        "in": (255, 255, 255),
        "out": (220, 248, 198),
        "chip": (225, 240, 250),
        "sender": (7, 94, 84),
        "compose": "Message",
    }
    c = Chat(pdf, "Carlene - Island Gateway", "online", theme)
    c.page()
    c.chip("12 January 2026")
    c.msg(
        "Good evening Mr. Dwayne Pryce. This is Carlene from " + recruiter + " Congratulations, "
        "you have been selected for the summer season with Sandpiper Cove Hospitality in Myrtle "
        "Beach, South Carolina.",
        "18:42",
    )
    c.msg(
        "Job is prep cook and dishwasher: prep vegetables and meats, cook on the line, wash dishes "
        "and pots. Season runs May 1 to September 30, 2026.",
        "18:43",
    )
    c.msg("Pay is $15.25 per hour, 35 to 40 hours a week, paid every Friday.", "18:43")
    c.msg("Thank you Miss Carlene!! What about overtime?", "18:51", out=True)
    c.msg("Overtime is time and a half after 40 hours, so $22.88.", "18:53")
    c.msg(
        q_fee + " Deposit it at any NCB branch to account 404-217-339 and send me the slip.",
        "18:54",
    )
    c.msg("Miss is the employer paying the visa fee?", "19:02", out=True)
    c.msg("Yes the employer reimburses the visa fee in your first pay, no worries.", "19:05")

    c.page()
    c.chip("13 January 2026")
    c.msg(q_med, "09:14")
    c.msg(q_bond, "09:15")
    c.msg("And the plane ticket?", "09:31", out=True)
    c.msg(
        "Company buys the ticket Kingston to Myrtle Beach and gives you meal money for the travel "
        "day.",
        "09:33",
    )
    c.msg("Ok Miss. I heard some persons had problems with their pay last year.", "09:40", out=True)
    c.msg(
        "Just do your work and don't carry complaints to the Ministry liaison officer. " + q_black,
        "09:42",
    )
    c.msg("Understood Miss.", "09:44", out=True)
    pdf.output(os.path.join(out, "bs08.pdf"))

    stated = [
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "overtime",
        "pay_frequency",
        "inbound_transportation",
        "visa_reimbursement",
    ]
    fees = [
        fee("recruitment_fee", "violation", 1, 85000, "JMD", q_fee),
        fee("medical_cost", "violation", 2, 12500, "JMD", q_med),
        fee("deposit_or_bond", "violation", 2, 300, "USD", q_bond),
        fee("blacklisting_threat", "violation", 2, None, None, q_black),
    ]
    return label(
        "bs08.pdf",
        "h2b",
        "en",
        False,
        2,
        fees,
        missing("h2b", stated),
        [recruiter],
        [
            "'employer reimburses the visa fee in your first pay' (not a visa_cost)",
            "company buys the plane ticket and gives meal money (inbound paid)",
            "'time and a half' overtime is pay to the worker, not a charge",
            "employer named without an address (employer_identity missing)",
        ],
        "whatsapp_chat",
        "phone-screen chat export: green title bar, date chips, left/right message "
        "bubbles with timestamps and ticks, compose bar; tall narrow pages",
    )


# ===========================================================================
# bs09  generic  en  Gulf employment agreement (Nepal -> Qatar)
# ===========================================================================
def build_bs09(out):
    recruiter = "Himal Shikhar Manpower Pvt. Ltd."
    pdf = Doc(
        "A4",
        title="Employment Agreement - Al Wusail Facilities Management",
        author="Himal Shikhar Manpower",
        footer="Employment Agreement AWF/NP/2027/0412  -  {p}/2",
        footer_font=("lsr", "", 8),
        margins=(18, 14, 18),
        bottom=16,
    )
    F, sz, lh = "lsr", 10.3, 4.8
    q_fee = (
        "The Employee shall pay the Agency a service charge of NPR 1,45,000 (Nepali Rupees One Lakh "
        "Forty-Five Thousand only) before visa stamping."
    )
    q_med = (
        "The pre-departure medical examination at a GAMCA-approved centre shall be done at the "
        "Employee's own cost."
    )
    q_pass = (
        "The Employer shall keep the Employee's passport in safe custody during the contract "
        "period and hand it back on final exit."
    )
    q_camp = (
        "The Employee shall not leave the labour camp after 10:00 p.m. or stay outside overnight "
        "without the written permission of the camp boss."
    )
    q_quit = (
        "If the Employee resigns before completing twenty-four months, he shall repay the Employer "
        "QAR 4,500 towards visa and ticket costs and forfeit his last month's salary."
    )
    pdf.add_page()
    pdf.set_font(F, "B", 15)
    pdf.cell(0, 7, "EMPLOYMENT AGREEMENT", align="C", **LN)
    pdf.set_font(F, "", 9.5)
    pdf.cell(
        0,
        5,
        "Foreign employment of a Nepali worker in the State of Qatar - demand letter "
        "ref. AWF-DL-2026-118",
        align="C",
        **LN,
    )
    pdf.ln(3)
    table(
        pdf,
        [
            ["Party", "Particulars"],
            [
                "Employer",
                "Al Wusail Facilities Management W.L.L., Building 14, Street 230, Zone 56, "
                "P.O. Box 24719, Doha, Qatar",
            ],
            [
                "Employee",
                "Bikash Tamang, son of Dil Bahadur Tamang, Passport No. PA0912274, "
                "Chautara, Sindhupalchok, Nepal",
            ],
            ["Recruiting agency", recruiter + ", Licence No. 1187/074/75, Gaushala, Kathmandu"],
            ["Position", "Cleaner / Facility Attendant"],
        ],
        [40, 134],
        font=F,
        size=9.8,
        bold_first_col=True,
        head_fill=(225, 225, 225),
        lh=4.6,
    )
    para(pdf, "The parties agree as follows:", font=F, size=sz, after=2)
    arts = [
        (
            "Article 1 - Duties.",
            "Cleaning of offices, washrooms, corridors and car parks in client "
            "buildings; collection of waste; reporting of maintenance faults to the supervisor.",
        ),
        (
            "Article 2 - Place of work.",
            "Client sites of the Employer in Doha and Al Wakrah, Qatar.",
        ),
        ("Article 3 - Period.", "Twenty-four (24) months, from 15 March 2027 to 14 March 2029."),
        (
            "Article 4 - Working hours.",
            "Eight (8) hours per day, six (6) days per week (48 hours); "
            "Friday is the weekly rest day. Overtime is paid at 125% of the basic hourly wage.",
        ),
    ]
    for h, b in arts:
        clause(pdf, h, b, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "Article 5 - Salary.",
        "The monthly salary is as follows:",
        font=F,
        size=sz,
        lh=lh,
        after=1,
    )
    table(
        pdf,
        [
            ["Component", "Amount per month"],
            ["Basic salary", "QAR 1,000"],
            ["Food allowance", "QAR 300"],
            ["Total", "QAR 1,300"],
        ],
        [70, 50],
        font=F,
        size=9.8,
        head_fill=(225, 225, 225),
    )
    para(
        pdf,
        "Salary is paid monthly, not later than the 7th day of the following month, by bank "
        "transfer through the Wage Protection System.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "Article 6 - Accommodation and transport.",
        "Free shared accommodation in the "
        "Employer's labour camp at Industrial Area Street 33, and free transport to the work sites.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "Article 7 - Visa and air tickets.",
        "Under the free-visa, free-ticket policy, the "
        "Employer bears the work visa, the Qatar ID and the air ticket Kathmandu-Doha. At the end of "
        "the contract the Employer provides an economy air ticket Doha-Kathmandu.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "Article 8 - Agency charges.", q_fee, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "Article 9 - Medical.",
        q_med + " Medical treatment in Qatar is provided by the Employer "
        "through the Qatar health card.",
        font=F,
        size=sz,
        lh=lh,
    )

    # ---- page 2
    pdf.add_page()
    clause(pdf, "Article 10 - Passport.", q_pass, font=F, size=sz, lh=lh)
    clause(pdf, "Article 11 - Camp rules.", q_camp, font=F, size=sz, lh=lh)
    clause(pdf, "Article 12 - Early resignation.", q_quit, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "Article 13 - Termination.",
        "Either party may terminate this agreement by giving one "
        "month's written notice. The Employer may dismiss the Employee without notice only for the "
        "grave misconduct listed in Article 61 of the Labour Law.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "Article 14 - Leave.",
        "Three weeks of paid annual leave for each year of service, with "
        "a return air ticket to Kathmandu every two years.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "Article 15 - End-of-service gratuity.",
        "On completion of the contract the Employer "
        "pays the Employee three weeks' basic wage for each year of service.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "Article 16 - Governing law.",
        "This agreement is governed by the Labour Law of the "
        "State of Qatar (Law No. 14 of 2004) and its amendments.",
        font=F,
        size=sz,
        lh=lh,
        after=6,
    )
    para(
        pdf, "Signed at Kathmandu on 8 December 2026 in three originals.", font=F, size=sz, after=20
    )
    y = pdf.get_y()
    sig_line(pdf, 18, y, 52, ["For the Employer", "Hamad S. Al-Marri (by proxy)"], font=F, size=9)
    sig_line(pdf, 79, y, 52, ["Employee", "Bikash Tamang"], font=F, size=9)
    sig_line(pdf, 140, y, 52, ["For the Agency", "Ram Prasad Bhandari"], font=F, size=9)
    thumb_box(pdf, 92, y + 16, 26, 30, "Left thumb impression of the Employee", font=F, size=7)
    pdf.output(os.path.join(out, "bs09.pdf"))

    stated = [
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "return_transportation",
        "termination",
    ]
    fees = [
        fee("recruitment_fee", "violation", 1, 145000, "NPR", q_fee),
        fee("medical_cost", "violation", 1, None, None, q_med),
        fee("document_retention", "violation", 2, None, None, q_pass),
        fee("movement_restriction", "violation", 2, None, None, q_camp),
        fee("breach_penalty", "violation", 2, 4500, "QAR", q_quit),
    ]
    return label(
        "bs09.pdf",
        "generic",
        "en",
        False,
        2,
        fees,
        missing("generic", stated),
        [recruiter],
        [
            "free-visa, free-ticket policy: employer bears visa, Qatar ID and both air tickets",
            "free camp accommodation and transport",
            "medical treatment in Qatar provided by employer (only the pre-departure exam is charged)",
            "'food allowance' and end-of-service gratuity are paid to the worker",
            "overtime premium and paid annual leave ticket",
        ],
        "work_contract",
        "A4, serif; centered title; gridded parties table; numbered articles; small "
        "salary table; three signature lines and thumb-impression box",
    )


# ===========================================================================
# bs10  generic  es  recruiter agreement (Colombia -> Spain), page 3 scanned
# ===========================================================================
def build_bs10(out):
    recruiter = "Agencia de Empleo Internacional Cordillera Andina S.A.S."
    pdf = Doc(
        "Letter",
        title="Contrato de intermediación laboral internacional",
        author="Cordillera Andina S.A.S.",
        lang="es",
        footer="Cordillera Andina S.A.S.  ·  Contrato CA-ESP-2026-0211  ·  Página {p} de 3",
        footer_font=("dv", "", 7),
        margins=(22, 16, 22),
        bottom=17,
    )
    F, sz, lh = "dv", 9.6, 4.6
    q_course = (
        "Antes del viaje, EL TRABAJADOR deberá aprobar el curso de manipulación de alimentos y "
        "prevención de riesgos que dicta LA AGENCIA, con un valor de $850.000 pesos, que pagará "
        "de contado al inscribirse."
    )
    q_ticket = (
        "El tiquete aéreo de ida Bogotá-Barcelona y el traslado a Alcarràs corren por cuenta de "
        "EL TRABAJADOR."
    )
    q_loan = (
        "Si EL TRABAJADOR no cuenta con el dinero, LA AGENCIA le prestará hasta 1.200 euros, que se "
        "descontarán de su salario en España en cuotas mensuales de 300 euros con un interés del "
        "2 % mensual."
    )
    q_ins = (
        "EL TRABAJADOR pagará a LA AGENCIA la póliza de asistencia en viaje y repatriación, por "
        "valor de 95 euros."
    )
    pdf.add_page()
    pdf.set_font(F, "B", 11)
    pdf.set_text_color(110, 40, 20)
    pdf.cell(0, 5.5, recruiter, **LN)
    pdf.set_text_color(90, 90, 90)
    pdf.set_font(F, "", 7.8)
    pdf.cell(
        0,
        4,
        "NIT 901.447.218-3  ·  Carrera 8 No. 19-44, Pereira, Risaralda  ·  Autorización del "
        "Servicio Público de Empleo No. 0417 de 2023",
        **LN,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(110, 40, 20)
    pdf.line(22, pdf.get_y() + 1.5, pdf.w - 22, pdf.get_y() + 1.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(6)
    heading(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL INTERNACIONAL",
        font=F,
        size=10.5,
        align="C",
        after=3,
    )
    para(
        pdf,
        "Entre los suscritos, " + recruiter + ", con domicilio en Carrera 8 No. 19-44, Pereira, "
        'representada por Luz Dary Ospina Giraldo ("LA AGENCIA"), y Jhon Fredy Cardona Ríos, '
        'identificado con cédula de ciudadanía 1.088.294.517 de Pereira ("EL TRABAJADOR"), se '
        "celebra el presente contrato, teniendo en cuenta que LA AGENCIA actúa por encargo de Fruites "
        "del Segrià, S.L., CIF B25847213, con domicilio en Carrer de la Creu 12, 25180 Alcarràs "
        '(Lleida), España ("LA EMPRESA"), dentro de la gestión colectiva de contrataciones en '
        "origen.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
        after=3,
    )
    clause(
        pdf,
        "PRIMERA. Oferta de empleo.",
        "LA EMPRESA ofrece a EL TRABAJADOR las siguientes condiciones:",
        font=F,
        size=sz,
        lh=lh,
        after=1,
    )
    table(
        pdf,
        [
            ["Condición", "Detalle"],
            [
                "Puesto",
                "Peón agrícola: recolección de melocotón y nectarina, aclareo, carga de cajas",
            ],
            ["Lugar", "Fincas de LA EMPRESA en Alcarràs y Soses (Lleida, España)"],
            ["Duración", "Del 1 de junio al 15 de septiembre de 2026"],
            ["Jornada", "39 horas semanales, de lunes a sábado, 6 h 30 min diarias"],
            ["Salario", "9,26 € por hora, según el convenio colectivo del campo de Lleida"],
            [
                "Pago",
                "Mensual, por transferencia, dentro de los cinco primeros días del mes siguiente",
            ],
            ["Alojamiento", "Gratuito, en el albergue de la finca de Alcarràs"],
            ["Descuentos", "Cotización del trabajador a la Seguridad Social e IRPF"],
        ],
        [32, 139],
        font=F,
        size=8.8,
        bold_first_col=True,
        head_fill=(236, 220, 210),
        lh=4.3,
    )
    clause(
        pdf,
        "SEGUNDA. Gratuidad de la selección.",
        "LA AGENCIA no cobra comisión por la selección "
        "ni por la inscripción; sus honorarios por la selección los paga LA EMPRESA.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "TERCERA. Formación previa.", q_course, font=F, size=sz, lh=lh)

    # ---- page 2
    pdf.add_page()
    clause(
        pdf,
        "CUARTA. Visado.",
        "LA EMPRESA tramita y paga el visado de trabajo de temporada y la "
        "tasa de la autorización de residencia y trabajo.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(pdf, "QUINTA. Viaje.", q_ticket + " " + q_loan, font=F, size=sz, lh=lh)
    clause(pdf, "SEXTA. Seguro de viaje.", q_ins, font=F, size=sz, lh=lh)
    clause(
        pdf,
        "SÉPTIMA. Documentos.",
        "EL TRABAJADOR conserva su pasaporte y su cédula en todo momento; nadie puede retenerlos.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "OCTAVA. Terminación.",
        "El contrato de trabajo termina al finalizar la campaña el 15 de "
        "septiembre de 2026 o por las causas previstas en el Estatuto de los Trabajadores; el "
        "despido disciplinario se comunica por escrito, con indicación de los hechos.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "NOVENA. Compromiso de retorno.",
        "Al terminar la campaña EL TRABAJADOR se compromete "
        "a regresar a Colombia y a presentarse en LA AGENCIA dentro de los quince días siguientes, "
        "para poder ser llamado en campañas futuras.",
        font=F,
        size=sz,
        lh=lh,
    )
    clause(
        pdf,
        "DÉCIMA. Quejas.",
        "EL TRABAJADOR puede acudir al Ministerio del Trabajo, a la "
        "inspección de trabajo en España o al consulado sin que ello afecte su contratación.",
        font=F,
        size=sz,
        lh=lh,
        after=5,
    )
    para(
        pdf,
        "Para constancia se firma en Pereira, a los veinte días del mes de febrero de 2026.",
        font=F,
        size=sz,
        after=18,
    )
    y = pdf.get_y()
    sig_line(
        pdf,
        24,
        y,
        70,
        ["LA AGENCIA", "Luz Dary Ospina Giraldo", "Representante legal"],
        font=F,
        size=8.5,
    )
    sig_line(
        pdf,
        118,
        y,
        70,
        ["EL TRABAJADOR", "Jhon Fredy Cardona Ríos", "C.C. 1.088.294.517"],
        font=F,
        size=8.5,
    )

    # ---- page 3: photocopy of the signed annex, image only
    scanned_page(
        pdf,
        [
            ("gap", 20),
            ("h", "ANEXO 1"),
            ("h", "CONSTANCIA DE LECTURA Y ENTREGA DEL CONTRATO"),
            ("gap", 30),
            (
                "p",
                "Yo, Jhon Fredy Cardona Ríos, identificado con cédula de ciudadanía 1.088.294.517 de "
                "Pereira, declaro que el contrato CA-ESP-2026-0211 me fue leído en voz alta, que pude "
                "hacer preguntas y que recibí una copia completa firmada por las dos partes.",
            ),
            (
                "p",
                "Declaro también que conozco la dirección y el teléfono de la oficina de LA AGENCIA en "
                "Pereira.",
            ),
            ("p", "Pereira, 20 de febrero de 2026."),
            ("gap", 60),
            ("sig", [["EL TRABAJADOR", "C.C. 1.088.294.517"], ["TESTIGO", "C.C. 42.118.906"]]),
            ("gap", 20),
            ("thumbs", ["Índice derecho", "Índice izquierdo"]),
            ("stamp", [("CORDILLERA ANDINA", 40), ("RECIBIDO 20 FEB 2026", 30)]),
        ],
        seed=SEED + 10,
    )
    SCANNED_PAGES["bs10.pdf"] = [3]
    pdf.output(os.path.join(out, "bs10.pdf"))

    stated = [
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "termination",
    ]
    fees = [
        fee("training_cost", "violation", 1, 850000, "COP", q_course),
        fee("travel_cost", "violation", 2, None, None, q_ticket),
        fee("debt_bondage", "violation", 2, 1200, "EUR", q_loan),
        fee("insurance_cost", "violation", 2, 95, "EUR", q_ins),
    ]
    return label(
        "bs10.pdf",
        "generic",
        "es",
        True,
        3,
        fees,
        missing("generic", stated),
        [recruiter],
        [
            "no commission for selection or registration, paid by employer (negated recruitment fee)",
            "Seguridad Social and IRPF are statutory deductions, not an insurance_cost",
            "seasonal work visa and permit fee paid by the employer",
            "free farm hostel",
            "worker keeps passport and ID (negated retention)",
            "'compromiso de retorno' is a return obligation, not a charge; return trip cost not stated",
            "complaints without affecting hiring (negated blacklisting)",
            "page 3 is an image-only scan of the signed reading acknowledgment, no fees on it",
        ],
        "recruiter_agreement",
        "letter; small letterhead with rule; numbered Spanish clauses "
        "(PRIMERA...); gridded offer table; signature lines; page 3 SCANNED image-only annex "
        "(tilted photocopy with signatures, fingerprints and stamp)",
    )


# ===========================================================================
# bs11  generic  es  WhatsApp-style chat (Guatemala -> Canada greenhouse)
# ===========================================================================
def build_bs11(out):
    recruiter = "Enlaces Laborales Quetzal-Canadá"
    pdf = Doc(
        (110, 252),
        title="Chat Enlaces Laborales",
        author="",
        footer=None,
        lang="es",
        margins=(4, 4, 4),
        bottom=2,
    )
    pdf.set_auto_page_break(False)
    q_fee = "La inscripción son Q3,500 y con eso ya queda en la lista."
    q_med = "El examen médico lo hace con el doctor que nosotros le decimos en Xela, son 1,200 quetzales."
    q_fly = "El boleto de avión de ida lo paga usted, son como 4,000 quetzales"
    q_dep = (
        "Y aparte deja un depósito de Q5,000 que se le devuelve cuando regrese, es para asegurar que "
        "no se quede allá."
    )
    theme = {
        "bg": (245, 241, 235),
        "bar": (31, 44, 52),
        "avatar": (90, 160, 120),
        "in": (255, 255, 255),
        "out": (210, 238, 252),
        "chip": (255, 243, 205),
        "sender": (160, 60, 40),
        "compose": "Mensaje",
    }
    c = Chat(pdf, recruiter, "en línea", theme)
    c.page()
    c.chip("martes, 10 de noviembre de 2026")
    c.msg(
        "Buenas tardes, le saluda " + recruiter + ". ¿Sigue interesado en el trabajo en Canadá?",
        "15:06",
        sender="Oficina Huehuetenango",
    )
    c.msg("Buenas tardes sí estoy interesado, qué trabajo es?", "15:20", out=True)
    c.msg(
        "Es en invernadero de tomate en Saint-Rémi, Quebec, con la empresa Serres Lacroix. Cosecha, "
        "deshoje y amarre de plantas.",
        "15:22",
        sender="Oficina Huehuetenango",
    )
    c.msg(
        "Se trabaja de 50 a 60 horas por semana, pagan $16.10 canadienses la hora y le pagan cada dos "
        "semanas.",
        "15:23",
        sender="Oficina Huehuetenango",
    )
    c.msg("Y cuánto tiempo es?", "15:31", out=True)
    c.msg("Son unos 8 meses, depende de la cosecha.", "15:33", sender="Oficina Huehuetenango")
    c.msg("Y hay que pagar algo?", "15:40", out=True)
    c.msg(
        q_fee + " Lo deposita en Banrural a la cuenta que le mando.",
        "15:42",
        sender="Oficina Huehuetenango",
    )
    c.msg(q_med, "15:42", sender="Oficina Huehuetenango")

    c.page()
    c.chip("martes, 10 de noviembre de 2026")
    c.msg("Y el pasaje?", "16:05", out=True)
    c.msg(
        q_fly + ", y el de regreso sí lo paga el patrón.", "16:09", sender="Oficina Huehuetenango"
    )
    c.msg(q_dep, "16:10", sender="Oficina Huehuetenango")
    c.msg(
        "Está bien. Mi nombre completo es Efraín Ajanel Tzoc, DPI 2871 44093 0901.",
        "16:25",
        out=True,
    )
    c.msg(
        "Ya quedó anotado don Efraín Ajanel Tzoc. El permiso de trabajo lo paga la empresa, usted no "
        "paga eso.",
        "16:28",
        sender="Oficina Huehuetenango",
    )
    c.msg("Gracias, mañana deposito.", "16:30", out=True)
    pdf.output(os.path.join(out, "bs11.pdf"))

    stated = [
        "worker_identity",
        "job_duties",
        "work_location",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "return_transportation",
    ]
    fees = [
        fee("recruitment_fee", "violation", 1, 3500, "GTQ", q_fee),
        fee("medical_cost", "violation", 1, 1200, "GTQ", q_med),
        fee("travel_cost", "violation", 2, 4000, "GTQ", q_fly),
        fee("deposit_or_bond", "violation", 2, 5000, "GTQ", q_dep),
    ]
    return label(
        "bs11.pdf",
        "generic",
        "es",
        False,
        2,
        fees,
        missing("generic", stated),
        [recruiter],
        [
            "work permit paid by the employer ('usted no paga eso')",
            "return ticket paid by the employer",
            "'son unos 8 meses' gives no start or end date (employment_period missing)",
            "employer named without an address (employer_identity missing)",
        ],
        "whatsapp_chat",
        "phone-screen chat export, dark title bar, sender label in incoming bubbles, "
        "date chips, timestamps with ticks, compose bar; tall narrow pages",
    )


# ===========================================================================
# bs12  generic  en  offer letter (Philippines -> Japan, care worker), compliant
# ===========================================================================
def build_bs12(out):
    recruiter = "Lakbay Tala International Manpower Services, Inc."
    pdf = Doc(
        "A4",
        title="Offer of Employment - Tokiwa Care Home",
        author="Koyokai",
        footer="Koyokai / Tokiwa Care Home  -  Offer ref. TKC-SSW-26-031  -  page {p} of 2",
        footer_font=("noto", "", 7),
        margins=(20, 14, 20),
        bottom=15,
    )
    F, sz, lh = "noto", 9.6, 4.6
    pdf.add_page()
    pdf.set_fill_color(120, 40, 90)
    pdf.rect(0, 0, 8, pdf.h, style="F")
    pdf.set_xy(20, 14)
    pdf.set_font(F, "B", 14)
    pdf.set_text_color(120, 40, 90)
    pdf.cell(0, 7, "Social Welfare Corporation Koyokai", **LN)
    pdf.set_text_color(60, 60, 60)
    pdf.set_font(F, "", 8.5)
    pdf.cell(
        0,
        4.3,
        "Tokiwa Care Home  ·  3-14-2 Izumi-Chuo, Izumi-ku, Sendai, Miyagi 981-3133, Japan  "
        "·  +81 22-555-0190",
        **LN,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    para(pdf, "2 February 2026", font=F, size=sz, after=3)
    para(
        pdf,
        "Ms. Maria Theresa Dizon Baluyot\nSan Vicente, Tarlac City, Tarlac, Philippines",
        font=F,
        size=sz,
        lh=4.6,
        after=2,
    )
    para(
        pdf,
        "Through: " + recruiter + " (DMW Licence No. DMW-164-LB-03142026-R), Ermita, Manila",
        font=F,
        size=8.8,
        color=(70, 70, 70),
        after=3,
    )
    rich(
        pdf,
        [
            ("B", "Subject: "),
            ("", "Offer of Employment - Specified Skilled Worker (i), Nursing Care"),
        ],
        font=F,
        size=sz,
    )
    para(pdf, "Dear Ms. Baluyot,", font=F, size=sz, after=2)
    para(
        pdf,
        "Following your interview on 21 January 2026, we are pleased to offer you employment as "
        "a care worker at Tokiwa Care Home on the terms below. The Japanese employment contract "
        "and working conditions statement attached to this letter carry the same terms.",
        font=F,
        size=sz,
        lh=lh,
        align="J",
    )
    table(
        pdf,
        [
            ["Item", "Terms"],
            [
                "Employer",
                "Social Welfare Corporation Koyokai, 3-14-2 Izumi-Chuo, Izumi-ku, Sendai, "
                "Miyagi 981-3133, Japan",
            ],
            [
                "Position and duties",
                "Care worker (kaigo): help residents with bathing, meals, "
                "toileting and moving; record daily care; join recreation activities",
            ],
            ["Place of work", "Tokiwa Care Home, 3-14-2 Izumi-Chuo, Izumi-ku, Sendai"],
            ["Contract period", "1 June 2026 to 31 May 2029"],
            [
                "Working hours",
                "40 hours per week on a monthly shift roster (early 7:00-16:00, day "
                "9:00-18:00, late 11:00-20:00); 9 days off per month",
            ],
            ["Basic wage", "JPY 212,000 per month, plus JPY 5,000 for each night shift"],
            ["Payday", "Monthly, on the 25th, by bank transfer to the Worker's own account"],
            [
                "Deductions",
                "Health insurance, employees' pension insurance, employment insurance, "
                "income tax and resident tax, as required by Japanese law. Nothing else.",
            ],
            [
                "Housing",
                "Furnished one-room apartment leased by the Employer near the care home; "
                "rent, electricity, gas and water paid by the Employer",
            ],
        ],
        [40, 130],
        font=F,
        size=8.8,
        bold_first_col=True,
        head_fill=(232, 214, 226),
        lh=4.2,
    )

    # ---- page 2
    pdf.add_page()
    pdf.set_fill_color(120, 40, 90)
    pdf.rect(0, 0, 8, pdf.h, style="F")
    pdf.set_y(16)
    items = [
        (
            "1. Recruitment costs.",
            "The Employer pays the Agency's service fee, the visa fee, the "
            "Certificate of Eligibility costs, the pre-departure medical examination, and the DMW "
            "processing and OWWA membership fees. The Worker pays no placement fee to anyone.",
        ),
        (
            "2. Tests.",
            "The Employer has reimbursed in full the fees the Worker paid for the Japanese-"
            "Language Proficiency Test (N4) and the Nursing Care Skills Evaluation Test.",
        ),
        (
            "3. Air travel.",
            "The Employer provides the air ticket Manila-Sendai before the start date and "
            "the ticket Sendai-Manila at the end of the contract, or earlier if the Employer ends the "
            "contract.",
        ),
        (
            "4. Settling-in allowance.",
            "On arrival the Employer gives the Worker JPY 50,000 as a "
            "settling-in allowance. It is a gift and is never repaid or deducted.",
        ),
        (
            "5. Documents.",
            "The Worker keeps her passport and residence card at all times. The Employer "
            "will not hold them, not even for safekeeping.",
        ),
        (
            "6. Change of employer.",
            "Under the Specified Skilled Worker system the Worker may change to "
            "another employer in the nursing-care field. No fee, penalty or repayment will be demanded.",
        ),
        (
            "7. Termination.",
            "Either party may end the contract with 30 days' written notice. Dismissal "
            "by the Employer requires 30 days' notice or payment of 30 days' average wages instead, as "
            "provided by the Labour Standards Act.",
        ),
        (
            "8. Support.",
            "A registered support organization provides free consultation in Filipino and "
            "English, help with the bank account and resident registration, and Japanese lessons in "
            "paid working time.",
        ),
    ]
    for h, b in items:
        clause(pdf, h, b, font=F, size=sz, lh=lh, after=2.2)
    para(
        pdf,
        "Please sign below to accept this offer and return one copy through the Agency.",
        font=F,
        size=sz,
        after=4,
    )
    para(pdf, "Sincerely,", font=F, size=sz, after=16)
    y = pdf.get_y()
    sig_line(pdf, 20, y, 70, ["Hiroshi Kanno", "Director, Tokiwa Care Home"], font=F, size=8.8)
    sig_line(
        pdf, 112, y, 70, ["Maria Theresa Dizon Baluyot", "Accepted by the Worker"], font=F, size=8.8
    )
    pdf.output(os.path.join(out, "bs12.pdf"))

    stated = REQUIRED["generic"]
    return label(
        "bs12.pdf",
        "generic",
        "en",
        False,
        2,
        [],
        missing("generic", stated),
        [recruiter],
        [
            "statutory social insurance and taxes (health, pension, employment insurance) are not insurance_cost",
            "employer pays agency service fee, visa, medical, DMW and OWWA fees; no placement fee (negated)",
            "language and skills test fees reimbursed by employer (negated training cost)",
            "settling-in allowance is a gift, never repaid (negated debt)",
            "housing rent and utilities paid by employer",
            "worker keeps passport and residence card (negated retention)",
            "change of employer allowed with no fee or penalty (negated movement restriction/breach penalty)",
            "'30 days' average wages' is pay in lieu of notice owed to the worker",
        ],
        "offer_letter",
        "A4; purple left edge strip; letterhead; addressee and 'through agency' line; "
        "gridded two-column terms table; numbered paragraphs; two signature lines",
    )


# ===========================================================================
# self-check
# ===========================================================================
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def expected_severity(program, category):
    if category in ("damage_chargeback", "meal_charge"):
        return {"review"}
    if category == "housing_charge":
        return {"violation"} if program == "h2a" else {"review"}
    if category == "visa_cost":  # review only for passport-only costs under H-2
        return {"violation", "review"} if program in ("h2a", "h2b") else {"violation"}
    return {"violation"}


CURRENCIES = {"USD", "MXN", "GTQ", "JMD", "NPR", "QAR", "COP", "EUR", "JPY", "PHP", "CAD"}
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
FEE_KEYS = ["category", "severity", "page", "amount", "currency", "quote"]


def self_check(out, labels):
    errors = []
    err = errors.append
    if [l["file"] for l in labels] != [f"bs{i:02d}.pdf" for i in range(1, 13)]:
        err("file list is not bs01..bs12")
    for lab in labels:
        f = lab["file"]
        if list(lab.keys()) != LABEL_KEYS:
            err(f"{f}: label keys {list(lab.keys())}")
        prog = lab["program"]
        if prog not in REQUIRED:
            err(f"{f}: bad program {prog}")
            continue
        req = REQUIRED[prog]
        if lab["missing_terms"] != [t for t in req if t in lab["missing_terms"]]:
            err(f"{f}: missing_terms not a subset of the program's required terms, in order")
        scanned_pages = SCANNED_PAGES.get(f, [])
        if lab["scanned"] != bool(scanned_pages):
            err(f"{f}: scanned flag {lab['scanned']} but scanned pages {scanned_pages}")
        with pdfplumber.open(os.path.join(out, f)) as doc:
            if len(doc.pages) != lab["pages"]:
                err(f"{f}: {len(doc.pages)} pages, label says {lab['pages']}")
                continue
            cdate = doc.metadata.get("CreationDate", "")
            if not cdate.startswith("D:20260302093000"):
                err(f"{f}: creation date {cdate!r}")
            texts = {}
            for pg in doc.pages:
                n = pg.page_number
                if n in scanned_pages:
                    if pg.chars:
                        err(f"{f}: scanned page {n} has {len(pg.chars)} text chars")
                    if not pg.images:
                        err(f"{f}: scanned page {n} has no image")
                    texts[n] = ""
                else:
                    t = pg.extract_text() or ""
                    if len(t.strip()) < 20:
                        err(f"{f}: page {n} has no text layer")
                    texts[n] = norm(t)
            for k, fe in enumerate(lab["fees"]):
                if list(fe.keys())[:6] != FEE_KEYS:
                    err(f"{f}: fee {k} keys {list(fe.keys())}")
                if fe["category"] not in CATEGORIES:
                    err(f"{f}: fee {k} bad category {fe['category']}")
                if fe["severity"] not in expected_severity(prog, fe["category"]):
                    err(f"{f}: fee {k} severity {fe['severity']} for {fe['category']} under {prog}")
                if (fe["amount"] is None) != (fe["currency"] is None):
                    err(f"{f}: fee {k} amount/currency mismatch")
                if fe["currency"] is not None and fe["currency"] not in CURRENCIES:
                    err(f"{f}: fee {k} currency {fe['currency']}")
                p = fe["page"]
                if p in scanned_pages:
                    err(f"{f}: fee {k} labelled on scanned page {p}")
                    continue
                if p not in texts:
                    err(f"{f}: fee {k} page {p} out of range")
                    continue
                if norm(fe["quote"]) not in texts[p]:
                    where = [n for n, t in texts.items() if norm(fe["quote"]) in t]
                    err(
                        f"{f}: fee {k} ({fe['category']}) quote not on page {p}"
                        f" (found on {where}): {fe['quote'][:70]}"
                    )
            alltext = " ".join(texts.values())
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    err(f"{f}: recruiter not printed: {r}")
    return errors


BUILDERS = [
    build_bs01,
    build_bs02,
    build_bs03,
    build_bs04,
    build_bs05,
    build_bs06,
    build_bs07,
    build_bs08,
    build_bs09,
    build_bs10,
    build_bs11,
    build_bs12,
]


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    np.random.seed(SEED)
    labels = [b(out) for b in BUILDERS]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = self_check(out, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    nfees = sum(len(l["fees"]) for l in labels)
    print(
        f"built {len(labels)} documents, {nfees} labelled fees, {len(errors)} mismatches -> {out}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
