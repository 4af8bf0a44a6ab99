#!/usr/bin/env python3
"""heldout_cs: blind held-out batch of US seasonal work paperwork (H-2A / H-2B).

    python build.py OUT_DIR [--write-labels]

Writes cs01.pdf ... cs12.pdf and labels.json into OUT_DIR, deterministically (fixed
creation date, fixed seeds), reopens every PDF with pdfplumber and checks the labels
against the text layer, then compares the generated labels with the committed
labels.json next to this file. Exit status 1 on any failed check or difference.
--write-labels rewrites the committed labels.json instead of only comparing.

Self-contained: needs fpdf2, pdfplumber, Pillow and numpy, and the DejaVu fonts in
/usr/share/fonts/truetype/dejavu/. Every firm, agency, person, address and phone number
is invented; phone numbers use the 555 range and e-mail addresses the .example domain.
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

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CREATION = datetime.datetime(2026, 3, 2, 9, 30, 0, tzinfo=datetime.UTC)

FONT_FILES = {
    "sans": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
    "cond": {
        "": "DejaVuSansCondensed.ttf",
        "B": "DejaVuSansCondensed-Bold.ttf",
        "I": "DejaVuSansCondensed-Oblique.ttf",
        "BI": "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "serif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
        "BI": "DejaVuSerif-BoldItalic.ttf",
    },
    "mono": {"": "DejaVuSansMono.ttf", "B": "DejaVuSansMono-Bold.ttf"},
}

# ---------------------------------------------------------------------------------------
# Taxonomy (from shared/domain/taxonomy.md)
# ---------------------------------------------------------------------------------------
TERMS_ORDER = [
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


def severity(category, program, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


# Guard against mislabelled missing terms: if a term is labelled missing, none of these
# patterns may occur in the document text (case-insensitive).
MISSING_GUARD = {
    "three_fourths_guarantee": r"three-fourths|3/4|tres cuartas|75 ?%|75 percent",
    "contract_impossibility": r"act of god|impossib|imposib|desastre|incendio|natural disaster",
    "workers_compensation": r"workers'? ?comp|compensación para trabajadores|riesgos de trabajo",
    "earnings_statements": r"pay stub|earnings statement|pay statement|talón|this statement is provided",
    "visa_reimbursement": r"(reimburs|refund|paid back|pay(s)? back)\w*[^.]{0,50}visa|"
    r"visa[^.]{0,50}(reimburs|refund|paid back)|reembols\w*[^.]{0,40}visa",
    "tools_provided": r"(tools?|herramientas)[^.]{0,80}(free|no cost|no charge|without charge|sin costo|gratis)",
    "meals": r"kitchen|cocina|\bmeals\b|comidas|mess hall|comedor",
    "daily_transportation": r"daily transport|transporte diario|to the fields?[^.]{0,40}free|al campo[^.]{0,40}gratis",
    "return_transportation": r"return (trip|transportation|ticket|flight|fare)|trip home|regreso",
    "wage_adjustment": r"highest|higher rate|más alt|prevailing|prevaleciente|\bAEWR\b",
    "inbound_transportation": r"reimburs|reembols",
    "termination": r"abandon|despid|dismiss|terminat|fired",
    "hours_of_work": r"hours per week|hours/week|horas por semana|horas semanales",
    "deductions": r"deduction|descuento|income tax|impuesto",
    "housing": r"housing|vivienda|bunkhouse",
    "employer_identity": r"\b(LLC|Inc\.|Corp\.|LLP)\b",
    "job_requirements": r"experience|experiencia",
    "employment_period": r"contract period|periodo del contrato|\bfrom \w+ \d+, 2026 to\b",
    "wage_rate": r"per hour|por hora|an hour|/hr",
    "work_location": r"\d+ \w+ (Road|Lane|Street|Drive)",
    "job_duties": r"duties|actividades",
    "pay_frequency": r"weekly|biweekly|every friday|cada semana|semanal|quincenal",
    "worker_identity": r"worker name|nombre del trabajador",
    "overtime": r"overtime|horas extra|tiempo y medio",
}


# ---------------------------------------------------------------------------------------
# Document specification
# ---------------------------------------------------------------------------------------
class Doc:
    def __init__(
        self, num, program, language, pages, doc_type, layout, corridor, summary, title, author
    ):
        self.file = "cs%02d.pdf" % num
        self.program = program
        self.language = language
        self.pages = pages
        self.doc_type = doc_type
        self.layout = layout
        self.corridor = corridor
        self.summary = summary
        self.title = title
        self.author = author
        self.fees = []
        self.terms = {}
        self.recruiters = []
        self.traps = []
        self.scanned_page = None
        # term -> reason: missing terms whose MISSING_GUARD pattern matches a negated or
        # unrelated sentence (checked by hand)
        self.guard_skip = {}

    def fee(self, category, page, amount, currency, quote, passport_only=False, group=None):
        assert category in CATEGORIES, category
        f = {
            "category": category,
            "severity": severity(category, self.program, passport_only),
            "page": page,
            "amount": None if amount is None else float(amount),
            "currency": currency,
            "quote": quote,
        }
        if group is not None:
            f["group"] = group
        self.fees.append(f)
        return quote

    def ev(self, term, text):
        assert term in TERMS_ORDER, term
        assert term not in self.terms, (self.file, term)
        self.terms[term] = text
        return text

    def missing(self):
        req = REQUIRED[self.program]
        return [t for t in TERMS_ORDER if t in req and t not in self.terms]

    def label(self):
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": self.scanned_page is not None,
            "pages": self.pages,
            "fees": self.fees,
            "missing_terms": self.missing(),
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


# ---------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------
class PDF(FPDF):
    def __init__(self, doc, fmt="letter", base="sans", margins=(18, 17, 18), bottom=18):
        super().__init__(unit="mm", format=fmt)
        for fam, styles in FONT_FILES.items():
            for st, fn in styles.items():
                self.add_font(fam, st, os.path.join(FONT_DIR, fn))
        self.base = base
        self.set_creation_date(CREATION)
        self.set_creator("heldout_cs build.py")
        self.set_title(doc.title)
        self.set_author(doc.author)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.hf_skip = set()
        self.hdr = None
        self.ftr = None
        self.set_font(base, "", 10)

    def header(self):
        if self.hdr and self.page_no() not in self.hf_skip:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.hf_skip:
            self.ftr(self)

    # plain paragraph
    def txt(
        self,
        text,
        size=10,
        style="",
        font=None,
        lh=None,
        align="L",
        w=0,
        color=(0, 0, 0),
        after=1.2,
        fill=None,
        border=0,
        md=False,
        x=None,
    ):
        self.set_font(font or self.base, style, size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        if x is not None:
            self.set_x(x)
        self.multi_cell(
            w,
            lh or size * 0.46,
            text,
            border=border,
            align=align,
            fill=bool(fill),
            new_x="LMARGIN",
            new_y="NEXT",
            markdown=md,
        )
        if after:
            self.ln(after)
        self.set_text_color(0, 0, 0)

    def band(
        self,
        text,
        size=10,
        fill=(40, 40, 40),
        color=(255, 255, 255),
        h=None,
        font=None,
        style="B",
        after=2,
    ):
        self.set_font(font or self.base, style, size)
        self.set_fill_color(*fill)
        self.set_text_color(*color)
        self.cell(0, h or size * 0.62, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(
        self,
        items,
        size=9.5,
        bullet="•",
        indent=5,
        lh=None,
        font=None,
        after=0.8,
        md=False,
        color=(0, 0, 0),
    ):
        lh = lh or size * 0.46
        for it in items:
            self.set_font(font or self.base, "", size)
            self.set_text_color(*color)
            x0 = self.l_margin
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
            y0 = self.get_y()
            self.set_x(x0)
            self.cell(indent, lh, bullet)
            self.set_xy(x0 + indent, y0)
            self.multi_cell(
                self.epw - indent, lh, it, align="L", new_x="LMARGIN", new_y="NEXT", markdown=md
            )
            self.ln(after)
        self.set_text_color(0, 0, 0)

    def grid(
        self,
        rows,
        widths,
        size=9,
        header=True,
        font=None,
        head_fill=(225, 225, 225),
        lh=None,
        borders="ALL",
        zebra=None,
        width=None,
        bold_first_col=False,
        head_color=(0, 0, 0),
        padding=1.3,
    ):
        self.set_font(font or self.base, "", size)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        width = width or self.epw
        kw = dict(
            col_widths=widths,
            width=width,
            align="LEFT",
            v_align="TOP",
            text_align="LEFT",
            line_height=lh or size * 0.47,
            first_row_as_headings=header,
            borders_layout=borders,
            padding=padding,
        )
        if header:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill, color=head_color)
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for i, c in enumerate(r):
                    if bold_first_col and i == 0 and not (header and r is rows[0]):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)

    def field_grid(
        self,
        rows,
        size=9,
        label_size=6.5,
        lh=4.2,
        font=None,
        label_color=(90, 90, 90),
        value_color=(0, 0, 0),
        value_font=None,
        value_style="",
    ):
        W = self.epw
        for row in rows:
            x0 = self.l_margin
            y0 = self.get_y()
            counts = []
            for fw, _lab, val in row:
                self.set_font(value_font or font or self.base, value_style, size)
                lines = self.multi_cell(W * fw - 3, lh, val, dry_run=True, output="LINES")
                counts.append(len(lines))
            h = 4.4 + max(counts) * lh + 1.2
            if y0 + h > self.page_break_trigger:
                self.add_page()
                y0 = self.get_y()
            x = x0
            for fw, lab, val in row:
                w = W * fw
                self.set_draw_color(120, 120, 120)
                self.rect(x, y0, w, h)
                self.set_xy(x + 1.2, y0 + 0.7)
                self.set_font(font or self.base, "", label_size)
                self.set_text_color(*label_color)
                self.cell(w - 2.4, 3, lab)
                self.set_xy(x + 1.5, y0 + 4.2)
                self.set_font(value_font or font or self.base, value_style, size)
                self.set_text_color(*value_color)
                self.multi_cell(w - 3, lh, val, align="L", new_x="LEFT", new_y="NEXT")
                x += w
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_xy(x0, y0 + h)

    def two_col(
        self, items, size=8.2, lh=3.75, font=None, gutter=7, gap=1.6, md=True, balance=False
    ):
        font = font or self.base
        cw = (self.epw - gutter) / 2
        L0 = self.l_margin
        xs = [L0, L0 + cw + gutter]
        col = 0
        y_top = self.get_y()
        bottoms = [y_top, y_top]
        bottom = self.h - self.b_margin
        self.set_font(font, "", size)
        heights = [
            len(self.multi_cell(cw, lh, t, markdown=md, dry_run=True, output="LINES")) * lh + gap
            for t in items
        ]
        half = sum(heights) / 2
        acc = 0.0
        for text, hh in zip(items, heights):
            self.set_font(font, "", size)
            h = hh - gap
            if balance and col == 0 and acc > 0 and acc + hh / 2 > half:
                col = 1
                self.set_y(y_top)
            acc += hh
            if self.get_y() + h > bottom:
                if col == 0:
                    col = 1
                    self.set_y(y_top)
                else:
                    self.add_page()
                    col = 0
                    y_top = self.get_y()
                    bottoms = [y_top, y_top]
            self.set_x(xs[col])
            self.set_font(font, "", size)
            self.multi_cell(cw, lh, text, markdown=md, align="L", new_x="LEFT", new_y="NEXT")
            self.ln(gap)
            bottoms[col] = self.get_y()
        self.set_y(max(bottoms))
        self.set_x(L0)

    def hang(
        self,
        num,
        text,
        size=9.5,
        lh=4.6,
        font=None,
        num_w=8,
        md=False,
        num_color=(0, 0, 0),
        after=1.5,
    ):
        """Numbered paragraph with a hanging number; keeps number and text on one page."""
        font = font or self.base
        self.set_font(font, "", size)
        n = len(
            self.multi_cell(self.epw - num_w, lh, text, dry_run=True, output="LINES", markdown=md)
        )
        if self.get_y() + min(n, 2) * lh > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font(font, "B", size)
        self.set_text_color(*num_color)
        self.cell(num_w, lh, num)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + num_w, y)
        self.set_font(font, "", size)
        self.multi_cell(
            self.epw - num_w, lh, text, align="L", markdown=md, new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(after)

    def checkbox_line(self, items, size=9, font=None, gap=6):
        # items: list of (checked, label); drawn on one line
        self.set_font(font or self.base, "", size)
        for checked, lab in items:
            self.cell(self.get_string_width("☐ ") + 0.5, size * 0.5, "☒" if checked else "☐")
            self.cell(self.get_string_width(lab) + gap, size * 0.5, lab)
        self.ln(size * 0.5 + 1.5)

    def sig_lines(self, labels, size=8, y_gap=12, font=None, names=None):
        n = len(labels)
        w = (self.epw - 8 * (n - 1)) / n
        y = self.get_y() + y_gap
        if y + 10 > self.page_break_trigger:
            self.add_page()
            y = self.get_y() + y_gap
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (w + 8)
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 0.8)
            self.set_font(font or self.base, "", size)
            self.cell(w, 3.8, lab)
            if names and names[i]:
                self.set_xy(x, y + 4.6)
                self.set_font(font or self.base, "B", size)
                self.cell(w, 3.8, names[i])
        self.set_xy(self.l_margin, y + (10 if names else 6))


def scribble(draw, x, y, w, rng, width=3):
    """A fake handwritten signature: a few smooth random strokes."""
    pts = []
    n = 26
    for i in range(n):
        t = i / (n - 1)
        px = x + t * w + rng.uniform(-6, 6)
        py = y + math.sin(t * 9.0 + rng.uniform(0, 0.6)) * 14 + rng.uniform(-8, 8)
        pts.append((px, py))
    draw.line(pts, fill=25, width=width, joint="curve")
    draw.line([(x + w * 0.1, y + 22), (x + w * 0.85, y + 14)], fill=40, width=2)


def scanned_page_jpeg(blocks, seed, size_px=(1700, 2200), angle=0.65):
    """Render text blocks on a white 200-dpi letter page, then rotate, blur and add noise.

    blocks: list of (kind, payload) where kind in {"title", "text", "small", "gap",
    "sig", "hand", "rule"}.
    """
    rng = random.Random(seed)
    img = Image.new("L", size_px, 255)
    d = ImageDraw.Draw(img)
    f_title = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"), 44)
    f_text = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSerif.ttf"), 31)
    f_small = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 24)
    f_hand = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSansCondensed-Oblique.ttf"), 36)
    left, right = 170, size_px[0] - 170
    y = 170

    def wrap(text, font, maxw):
        words, lines, cur = text.split(), [], ""
        for wd in words:
            cand = (cur + " " + wd).strip()
            if d.textlength(cand, font=font) <= maxw:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    for kind, payload in blocks:
        if kind == "title":
            tw = d.textlength(payload, font=f_title)
            d.text(((size_px[0] - tw) / 2, y), payload, fill=15, font=f_title)
            y += 78
        elif kind in ("text", "small"):
            font = f_text if kind == "text" else f_small
            lh = 46 if kind == "text" else 34
            for line in wrap(payload, font, right - left):
                d.text((left, y), line, fill=20, font=font)
                y += lh
            y += 18
        elif kind == "gap":
            y += payload
        elif kind == "rule":
            label, value, hand = payload
            d.text((left, y), label, fill=20, font=f_text)
            lx = left + d.textlength(label, font=f_text) + 12
            d.line([(lx, y + 40), (right, y + 40)], fill=60, width=2)
            if hand:
                d.text((lx + 20, y - 4), value, fill=35, font=f_hand)
            y += 74
        elif kind == "sig":
            label, do_sign = payload
            d.line([(left, y + 70), (left + 640, y + 70)], fill=60, width=2)
            if do_sign:
                scribble(d, left + 40, y + 40, 460, rng)
            d.text((left, y + 80), label, fill=20, font=f_small)
            y += 140
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    arr = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(seed)
    arr = arr * 0.93 + 10.0  # greyish paper
    arr += nrng.normal(0.0, 7.0, arr.shape)  # sensor noise
    specks = nrng.random(arr.shape) < 0.0006  # dust
    arr[specks] = nrng.uniform(60, 140, int(specks.sum()))
    yy = np.linspace(0, 1, arr.shape[0])[:, None]  # uneven lighting
    arr -= 12.0 * yy
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=80, dpi=(200, 200))
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------
DOCS = []


def document(fn):
    DOCS.append(fn)
    return fn


# ---- cs01 ------------------------------------------------------------------------------
@document
def cs01():
    D = Doc(
        1,
        "h2a",
        "en",
        3,
        "job_order",
        "ETA-790A-style boxed field grid with worksite table (p1); Addendum B in two "
        "columns (p2); cost/payer table, rules, checkboxes and signature lines (p3); "
        "green header band and page footer",
        "MX → US (Washington)",
        "Clearance order in ETA-790A layout with Addendum B and C",
        "Clearance Order WA-2026-118374",
        "Brushy Creek Orchards LLC",
    )
    D.recruiters = ["Enlace Agrícola del Valle, S.C."]
    D.traps = [
        "'feed empty bins into the bin filler' is a job duty",
        "recruiter fees and consular visa fee paid by the employer",
        "housing at no cost; no deposit for beds, mattresses, blankets or keys",
        "tools, picking bags, ladders and rain gear without charge or deposit",
        "inbound travel reimbursed at 50% (first-week top-up), return trip paid",
        "workers' compensation: 'the worker pays no part of the premium'",
        "lawful deductions: federal income tax on request, court garnishments, "
        "voluntary written-authorized transfers; FICA not withheld",
        "safety orientation paid at the hourly rate (not a training charge)",
        "no medical exam, drug test or background check required",
        "workers keep passports; no blacklisting; free to come and go",
    ]
    pdf = PDF(D, base="sans")

    def hdr(p):
        p.set_fill_color(38, 84, 52)
        p.rect(0, 0, p.w, 11, "F")
        p.set_xy(p.l_margin, 3)
        p.set_font("sans", "B", 9)
        p.set_text_color(255, 255, 255)
        p.cell(90, 5, "Brushy Creek Orchards LLC")
        p.set_font("sans", "", 8)
        p.cell(0, 5, "Clearance Order WA-2026-118374 · Worker copy", align="R")
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 17)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, "ETA-790A attachment and addenda · Page %d of {nb}" % p.page_no(), align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    ev = D.ev

    # page 1
    pdf.add_page()
    pdf.txt("H-2A AGRICULTURAL CLEARANCE ORDER", 14, "B", after=0.6)
    pdf.txt(
        "Job offer information arranged as in Form ETA-790A. The full terms of employment "
        "are in Addendum B (page 2); costs and field rules are in Addendum C (page 3).",
        8.5,
        color=(70, 70, 70),
        after=3,
    )
    pdf.band("A. JOB OFFER INFORMATION", 9, fill=(218, 230, 220), color=(20, 50, 30), after=0)
    pdf.field_grid(
        [
            [
                (0.58, "A.1 Job title", "Farmworker, fruit harvest (apples and pears)"),
                (0.42, "A.2 SOC code and occupation", "45-2092.02 Farmworkers and Laborers, Crop"),
            ],
            [
                (0.2, "A.3 Workers requested", "64"),
                (
                    0.44,
                    "A.4 Period of intended employment",
                    ev("employment_period", "Begin 08/17/2026 · End 11/06/2026"),
                ),
                (0.36, "A.5 Anticipated hours", ev("hours_of_work", "40 hours per week")),
            ],
            [
                (
                    1.0,
                    "A.6 Hourly work schedule",
                    "Monday to Friday, 7:00 a.m. to 3:30 p.m., with an unpaid 30-minute lunch break",
                )
            ],
            [
                (0.34, "A.7 Hourly wage offer", ev("wage_rate", "$19.82 per hour")),
                (0.33, "A.8 Piece rate (apples)", "$28.00 per 24-bushel bin"),
                (0.33, "A.9 Pay frequency", ev("pay_frequency", "Weekly, every Friday")),
            ],
            [
                (
                    1.0,
                    "A.10 Minimum job requirements",
                    ev("job_requirements", "3 months of experience hand-harvesting tree fruit")
                    + "; able to carry a full picking bag (about 40 lb) on a 12-foot ladder",
                )
            ],
        ]
    )
    pdf.ln(3)
    pdf.band("B. EMPLOYER INFORMATION", 9, fill=(218, 230, 220), color=(20, 50, 30), after=0)
    pdf.field_grid(
        [
            [
                (
                    0.6,
                    "B.1 Employer's legal business name",
                    ev("employer_identity", "Brushy Creek Orchards LLC"),
                ),
                (0.4, "B.2 FEIN", "91-7730418"),
            ],
            [
                (0.6, "B.3 Address", "4410 Sagebrush Lane, Coyote Ridge, WA 98830"),
                (0.4, "B.4 Telephone", "(509) 555-0172"),
            ],
            [
                (
                    1.0,
                    "B.5 Contact for workers",
                    "Marisol Tennyson-Vega, HR Coordinator · hr@brushycreekorchards.example",
                )
            ],
        ]
    )
    pdf.ln(3)
    pdf.band("C. PLACE OF EMPLOYMENT", 9, fill=(218, 230, 220), color=(20, 50, 30), after=1.5)
    pdf.grid(
        [
            ["Worksite", "Physical address", "County"],
            [
                "Home ranch (Gala, Honeycrisp, Fuji)",
                "4410 Sagebrush Lane, Coyote Ridge, WA 98830",
                "Douglas",
            ],
            [
                "Canal block (Bartlett and Anjou pears)",
                ev("work_location", "1275 Canal Road, Coyote Ridge, WA 98830"),
                "Douglas",
            ],
        ],
        (40, 44, 16),
        size=8.5,
    )
    pdf.ln(3)
    pdf.band("D. HOUSING", 9, fill=(218, 230, 220), color=(20, 50, 30), after=0)
    pdf.field_grid(
        [
            [
                (
                    0.6,
                    "D.1 Housing location",
                    "Brushy Creek Camp, 4460 Sagebrush Lane, Coyote Ridge, WA 98830",
                ),
                (0.2, "D.2 Units", "12"),
                (0.2, "D.3 Beds", "72"),
            ],
            [
                (
                    1.0,
                    "D.4 Type and cost",
                    "Employer-owned family and dormitory units, supplied to workers without charge",
                )
            ],
        ]
    )
    pdf.ln(3)
    pdf.band("E. RECRUITMENT", 9, fill=(218, 230, 220), color=(20, 50, 30), after=0)
    pdf.field_grid(
        [
            [
                (
                    1.0,
                    "E.1 Foreign labor recruiter",
                    "Enlace Agrícola del Valle, S.C., Calle Hidalgo 214, Zamora, Michoacán, Mexico",
                )
            ],
            [
                (
                    1.0,
                    "E.2 Recruiter compensation",
                    "Paid entirely by the employer. Workers pay nothing to be recruited or hired.",
                )
            ],
        ]
    )

    # page 2: Addendum B, two columns
    pdf.add_page()
    pdf.txt("ADDENDUM B — MATERIAL TERMS AND CONDITIONS OF EMPLOYMENT", 11, "B", after=0.5)
    pdf.txt(
        "These terms form part of Clearance Order WA-2026-118374 and apply to every worker "
        "in corresponding employment.",
        8,
        color=(70, 70, 70),
        after=2.5,
    )
    items = [
        "**1. Job duties.** Workers "
        + ev("job_duties", "pick apples and pears by hand")
        + " from ladders and from the ground, place the fruit in picking bags without "
        "bruising it, empty the bags into field bins and move ladders from tree to tree. "
        "Before harvest, workers may thin fruitlets, prop heavy limbs and hang pheromone "
        "dispensers. At the packing shed, workers may be asked to feed empty bins into the "
        "bin filler.",
        "**2. Wage offer.** The employer will pay the highest of the Adverse Effect Wage Rate "
        "(AEWR), the prevailing wage, the agreed collective bargaining wage, or the Federal or "
        "State minimum wage. If any of these rates goes up during the contract, "
        + ev(
            "wage_adjustment", "the employer will pay the higher rate from the day it takes effect"
        )
        + ". Piece-rate earnings are paid whenever they exceed hourly earnings for the pay period.",
        "**3. Pay and earnings statements.** Wages are paid weekly, every Friday, by check or "
        "direct deposit. On each payday the worker "
        + ev("earnings_statements", "receives an earnings statement that shows hours offered")
        + ", hours worked, bins picked, rates of pay, total earnings and each deduction.",
        "**4. Deductions.** The employer "
        + ev("deductions", "deducts federal income tax only when the worker requests it")
        + " on Form W-4. H-2A wages are exempt from Social Security and Medicare taxes, so none "
        "are withheld. Court-ordered garnishments are deducted as the order requires. Any other "
        "deduction, such as a money transfer to the worker's family, is made only with the "
        "worker's prior written authorization and never reduces pay below the required wage.",
        "**5. Three-fourths guarantee.** The employer guarantees to offer each worker "
        "employment for a total number of hours equal to "
        + ev("three_fourths_guarantee", "at least three-fourths of the workdays")
        + " of the contract period, counted from the first workday after arrival through "
        "11/06/2026. If fewer hours are offered, the worker is paid what he or she would have "
        "earned for the guaranteed hours.",
        "**6. Housing.** "
        + ev("housing", "Housing is provided at no cost")
        + " to every worker who cannot reasonably return home the same day. Brushy Creek Camp "
        "meets the applicable federal and state standards and is inspected before occupancy. "
        "No deposit is charged for beds, mattresses, blankets or keys.",
        "**7. Meals.** Each unit has a "
        + ev("meals", "fully equipped kitchen")
        + " with gas ranges, refrigerators, sinks and cookware, which workers use free of "
        "charge to prepare their own meals.",
        "**8. Tools and equipment.** The employer provides, "
        + ev("tools_provided", "without charge or deposit, all tools, supplies and equipment")
        + " needed for the job, including picking bags, ladders, thinning shears, gloves and "
        "rain gear.",
        "**9. Transportation to the job.** A worker who "
        + ev("inbound_transportation", "completes 50 percent of the work contract period")
        + " is reimbursed for the reasonable cost of travel and daily subsistence from the "
        "place of recruitment to Coyote Ridge, unless the employer already paid for the "
        "ticket. If these costs would bring first-week earnings below the federal minimum "
        "wage, the difference is paid in the first workweek.",
        "**10. Return transportation.** A worker who completes the contract period, or who is "
        "dismissed early for reasons other than cause, "
        + ev("return_transportation", "receives return transportation and daily subsistence")
        + " to the place of recruitment at the employer's expense.",
        "**11. Daily transportation.** Transportation between the housing and the worksites is "
        + ev("daily_transportation", "provided every workday free of charge")
        + ", in licensed and insured buses.",
        "**12. Workers' compensation.** The employer carries "
        + ev("workers_compensation", "workers' compensation coverage")
        + " with the Washington State Department of Labor and Industries for injury and "
        "disease arising from the work; the worker pays no part of the premium.",
        "**13. Abandonment and termination.** A worker who fails to report for work for "
        + ev("termination", "5 consecutive working days")
        + " without the employer's consent is considered to have abandoned the job, and the "
        "employer will notify the Department of Labor and the Department of Homeland Security "
        "within 2 working days. A worker dismissed for cause is told the reason in writing.",
        "**14. Contract impossibility.** If "
        + ev("contract_impossibility", "fire, weather or another Act of God")
        + " makes the work impossible before 11/06/2026 and the Certifying Officer agrees, the "
        "employer may end the contract early. It will then pay the three-fourths guarantee up "
        "to that day, provide return transportation and subsistence, and try to place the "
        "worker in comparable work.",
        "**15. No fees to workers.** Neither the employer nor any agent has sought or "
        "received, or will seek or receive, payment of any kind from workers for recruitment "
        "or hiring. The employer pays the consular visa fee directly at the appointment and "
        "pays Enlace Agrícola del Valle, S.C. for its services; the recruiter's contract "
        "forbids it to collect any fee from workers.",
        "**16. Passports and documents.** Workers keep their own passports, visas and "
        "identification. The employer will not ask for them or hold them for any reason.",
        "**17. Complaints.** No worker will be discharged, blacklisted or otherwise punished "
        "for filing a complaint, testifying, or talking with a legal services organization or "
        "a government agency.",
    ]
    pdf.two_col(items, size=8, lh=3.6, font="cond", gap=1.4)

    # page 3: Addendum C
    pdf.add_page()
    pdf.txt("ADDENDUM C — COSTS, FIELD RULES AND ACKNOWLEDGMENT", 11, "B", after=2.5)
    pdf.txt("Who pays which costs", 10, "B", after=1.2)
    pdf.grid(
        [
            ["Cost", "Paid by", "Notes"],
            ["Consular visa (MRV) fee", "Employer", "Paid directly at the appointment"],
            ["Recruiting services", "Employer", "The worker pays nothing"],
            [
                "Bus to the border and to Coyote Ridge",
                "Employer",
                "Ticket provided, or repaid under B.9",
            ],
            ["Housing, utilities and bedding", "Employer", "No rent and no deposit"],
            ["Tools, picking bags, ladders", "Employer", "No charge and no deposit"],
            ["Safety orientation on day one", "Employer", "Paid at the hourly rate"],
            ["Medical exam or drug test", "Not required", "None is requested"],
        ],
        (42, 18, 40),
        size=8.5,
        zebra=(243, 247, 243),
    )
    pdf.ln(4)
    pdf.txt("Field rules", 10, "B", after=1.2)
    pdf.bullets(
        [
            "Crews meet at the bin yard at 7:00 a.m. for the day's block assignment.",
            "Keep three points of contact on the ladder and never stand on the top step.",
            "Drinking water, cups, shade and toilets are at every block; rest whenever you need "
            "to cool down, without loss of pay.",
            "Only ripe, undamaged fruit goes in the bin; your crew leader will show you the color "
            "chart for each variety.",
            "Residents may come and go from Brushy Creek Camp freely and may receive visitors in "
            "the common room.",
        ],
        size=9,
    )
    pdf.ln(3)
    pdf.txt("Worker acknowledgment", 10, "B", after=1.2)
    pdf.txt(
        "I received this clearance order and its addenda before my visa interview, in the "
        "languages marked below, and its terms were explained to me.",
        9,
        after=1.5,
    )
    pdf.checkbox_line([(True, "English"), (True, "Spanish"), (False, "Other: ____________")])
    pdf.sig_lines(["Worker name", "Worker signature", "Date"])
    pdf.sig_lines(
        ["For the employer", "Title", "Date"], names=["Marisol Tennyson-Vega", "HR Coordinator", ""]
    )
    return D, pdf


# ---- cs02 ------------------------------------------------------------------------------
@document
def cs02():
    D = Doc(
        2,
        "h2a",
        "es",
        2,
        "recruiter_disclosure",
        "recruiter information sheet; orange title band; 2-column job-data grid; bullet "
        "list; cost table Concepto | Monto | Observaciones; checkbox document list; "
        "signature lines; recruiter footer",
        "MX → US (Georgia)",
        "Recruiter information sheet with applicant cost table",
        "Hoja informativa temporada de cebolla 2026",
        "Reclutadora Agrícola Tierra Caliente",
    )
    D.recruiters = ["Reclutadora Agrícola Tierra Caliente", "Próspero Zamudio Arreola"]
    D.traps = [
        "H-2A visa fee paid directly by the employer",
        "bus Huetamo–Monterrey–Georgia, hotel in Monterrey and road subsistence paid by employer",
        "return trip paid by employer",
        "'No cobramos comisión por la contratación' (negated fee next to a real one)",
        "free housing (h2a)",
        "passport row is passport-only: visa_cost at review severity under h2a",
    ]
    pdf = PDF(D, base="sans", margins=(17, 15, 17))
    ev = D.ev

    def hdr(p):
        p.set_fill_color(214, 96, 24)
        p.rect(0, 0, p.w, 20, "F")
        p.set_xy(p.l_margin, 4)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 13)
        p.cell(0, 6, "RECLUTADORA AGRÍCOLA TIERRA CALIENTE", new_x="LMARGIN", new_y="NEXT")
        p.set_font("sans", "", 8)
        p.cell(
            0,
            5,
            "Av. Morelos 88, Col. Centro, Huetamo, Mich. · Tel. 435 555 0148 · "
            "Lunes a sábado de 9:00 a 15:00",
        )
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 25)

    def ftr(p):
        p.set_y(-13)
        p.set_draw_color(214, 96, 24)
        p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            5,
            "Reclutadora Agrícola Tierra Caliente · Promotor: Próspero Zamudio Arreola"
            " · Hoja %d de {nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.txt("HOJA INFORMATIVA PARA ASPIRANTES", 15, "B", after=0.5)
    pdf.txt(
        "Temporada de cebolla 2026 · Georgia, Estados Unidos · Visa H-2A (trabajo agrícola "
        "temporal)",
        9.5,
        "I",
        color=(120, 60, 20),
        after=2.5,
    )
    pdf.txt(
        "Esta hoja explica el trabajo, lo que paga el patrón y lo que debe cubrir usted "
        "antes de viajar. Léala con su familia y pregunte lo que no entienda.",
        9.5,
        after=3,
    )
    pdf.txt("1. Datos del trabajo", 11, "B", color=(180, 70, 10), after=1.2)
    pdf.grid(
        [
            [
                "Patrón",
                ev("employer_identity", "Altamaha Sweet Onion Farms LLC")
                + ", 1880 Tattnall Church Road, Reidsboro, GA 30453",
            ],
            ["Puesto", "Trabajador agrícola de campo (cosecha de cebolla)"],
            [
                "Actividades",
                "Arrancar la cebolla, "
                + ev("job_duties", "cortar raíz y rabo con tijera")
                + ", llenar costales de 50 libras y subirlos al remolque.",
            ],
            [
                "Lugar",
                ev("work_location", "Campos del condado de Tattnall, Georgia")
                + " (Reidsboro y alrededores)",
            ],
            ["Periodo", ev("employment_period", "Del 6 de abril al 19 de junio de 2026")],
            ["Horario", ev("hours_of_work", "40 horas por semana") + ", de lunes a sábado"],
            ["Salario", ev("wage_rate", "$16.08 dólares por hora")],
            ["Pago", ev("pay_frequency", "Cada semana, los viernes")],
            [
                "Vivienda",
                ev("housing", "Gratuita, en casas de la granja") + ", con baños y regaderas",
            ],
        ],
        (24, 76),
        size=9.5,
        header=False,
        bold_first_col=True,
        zebra=(253, 240, 228),
    )
    pdf.ln(4)
    pdf.txt("2. Lo que paga el patrón", 11, "B", color=(180, 70, 10), after=1.2)
    pdf.bullets(
        [
            "La cuota de la visa H-2A: el patrón la paga directamente y usted no paga nada en el "
            "consulado.",
            ev(
                "inbound_transportation",
                "El autobús de Huetamo a Monterrey y de Monterrey a Georgia",
            )
            + ", el hotel en Monterrey y los viáticos del camino.",
            ev("return_transportation", "El regreso a Huetamo al terminar el contrato") + ".",
        ],
        size=9.5,
        bullet="✔",
    )
    pdf.ln(1)
    pdf.txt("No cobramos comisión por la contratación.", 9.5, "B", after=2)
    pdf.txt(
        "Las fechas pueden cambiar unos días según la cosecha; le avisaremos por teléfono o "
        "por WhatsApp.",
        8.5,
        "I",
        color=(90, 90, 90),
        after=4,
    )
    pdf.txt("¿Cómo es el proceso?", 11, "B", color=(180, 70, 10), after=1.2)
    pdf.bullets(
        [
            "Entregue sus documentos en la oficina y llene la solicitud.",
            "Espere nuestra llamada para la entrevista con el representante de la granja.",
            "Viaje en grupo a Monterrey para la cita en el consulado.",
            "Cruce la frontera con el grupo; en Reidsboro recibirá la orientación de seguridad el "
            "primer día.",
        ],
        size=9.5,
        bullet="→",
    )

    pdf.add_page()
    pdf.txt("3. Costos a cargo del aspirante", 11, "B", color=(180, 70, 10), after=1.2)
    f1 = D.fee(
        "recruitment_fee",
        2,
        8500,
        "MXN",
        "La cuota de inscripción de 8 500 pesos se paga en la oficina al entregar sus "
        "documentos y no es reembolsable.",
    )
    f2 = D.fee(
        "medical_cost",
        2,
        1350,
        "MXN",
        "El examen médico y el antidoping en la Clínica Santa Fe de Huetamo cuestan "
        "MXN 1,350 y corren por cuenta del aspirante.",
    )
    f3 = D.fee(
        "visa_cost",
        2,
        None,
        None,
        "El pasaporte lo tramita y lo paga cada aspirante antes de la entrevista consular.",
        passport_only=True,
    )
    pdf.grid(
        [
            ["Concepto", "Monto", "Observaciones"],
            ["Inscripción", "8 500 pesos", f1],
            ["Examen médico", "MXN 1,350", f2],
            ["Pasaporte", "Tarifa SRE", f3],
        ],
        (22, 17, 61),
        size=9.5,
        head_fill=(246, 205, 175),
    )
    pdf.ln(4)
    pdf.txt("4. Garantía", 11, "B", color=(180, 70, 10), after=1.2)
    f4 = D.fee(
        "deposit_or_bond",
        2,
        15000,
        "MXN",
        "Para asegurar que usted se presente a la cita consular y cumpla su contrato, "
        "firmará un pagaré por 15,000 pesos que le devolveremos cuando regrese a México.",
    )
    pdf.txt(f4 + " El pagaré se guarda en la oficina de Huetamo.", 9.5, after=3)
    pdf.txt("5. Requisitos", 11, "B", color=(180, 70, 10), after=1.2)
    pdf.bullets(
        [
            ev("job_requirements", "Experiencia mínima de 3 meses en cosecha de hortalizas") + ".",
            "Buena condición física para cargar costales de 50 libras durante la jornada.",
            "No es necesario saber inglés.",
        ],
        size=9.5,
    )
    pdf.ln(2)
    pdf.txt("6. Documentos que debe entregar", 11, "B", color=(180, 70, 10), after=1.2)
    for lab in [
        "Acta de nacimiento (copia reciente)",
        "Credencial INE",
        "CURP",
        "Pasaporte vigente o comprobante de cita",
        "Dos fotografías tamaño infantil",
        "Constancia de experiencia en el campo firmada por el patrón anterior",
    ]:
        pdf.checkbox_line([(False, lab)], size=9.5)
    pdf.ln(3)
    pdf.txt("Recibí esta información y me la explicaron en la oficina.", 9, after=1)
    pdf.sig_lines(["Nombre del aspirante", "Firma", "Fecha"])
    pdf.sig_lines(["Promotor"], names=["Próspero Zamudio Arreola"])
    return D, pdf


# ---- cs03 ------------------------------------------------------------------------------
@document
def cs03():
    D = Doc(
        3,
        "h2b",
        "en",
        3,
        "offer_letter",
        "serif letterhead offer letter with gridded terms table (p1-p2, Letter); recruiter "
        "statement of expenses on A4 (p3) with table Item | Amount | For the account of | "
        "Remarks, footnote and checkboxes",
        "PH → US (Guam)",
        "Employer offer letter plus the recruiter's statement of deployment expenses",
        "Offer of temporary employment",
        "Marianas Keystone Builders Corp.",
    )
    D.recruiters = ["Luzon Bridgeway Manpower Services, Inc."]
    D.guard_skip = {
        "visa_reimbursement": "'visa fee ... is not refunded' is the finding, not a "
        "reimbursement term"
    }
    D.traps = [
        "airfare Manila–Guam and meals reimbursed in first workweek; return ticket provided",
        "free staff quarters in Barrigada and free daily van (h2b housing offered free)",
        "tools, power tools and PPE issued at no cost",
        "agency statement: airfare and accommodation marked for the principal's account",
        "overtime rate stated; statutory taxes only",
    ]
    pdf = PDF(D, base="serif", margins=(22, 18, 22), bottom=20)
    ev = D.ev

    def ftr(p):
        if p.page_no() == 3:
            return
        p.set_y(-14)
        p.set_font("serif", "I", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            "Marianas Keystone Builders Corp. · 2F Latte Stone Commons, 455 Marine Corps "
            "Drive, Tamuning, GU 96913 · (671) 555-0128",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.cell(0, 4, "Offer letter, page %d of 2" % p.page_no(), align="C")
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(12, 58, 96)
    pdf.rect(pdf.l_margin, 14, 4, 18, "F")
    pdf.set_xy(pdf.l_margin + 7, 14)
    pdf.set_font("serif", "B", 16)
    pdf.set_text_color(12, 58, 96)
    pdf.cell(0, 8, "MARIANAS KEYSTONE BUILDERS CORP.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 7)
    pdf.set_font("serif", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(
        0,
        4.5,
        "General Contractor · Guam Contractor's License CLB-26-0417",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(pdf.l_margin + 7)
    pdf.cell(0, 4.5, "hr@mkbuilders.example", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)
    pdf.txt("January 12, 2026", 10, after=4)
    pdf.txt(
        "Mr. Renato D. Sarmiento\nc/o Luzon Bridgeway Manpower Services, Inc.\nUnit 1208 "
        "Mabini Tower, 1540 Taft Avenue\nErmita, Manila, Philippines",
        10,
        lh=4.8,
        after=4,
    )
    pdf.txt("Re: Offer of temporary employment (H-2B), Carpenter (formwork)", 10, "B", after=3)
    pdf.txt("Dear Mr. Sarmiento,", 10, after=2)
    pdf.txt(
        "We are pleased to offer you temporary employment with Marianas Keystone Builders "
        "Corp. under the H-2B program, subject to the approval of your visa. The terms below "
        "come from our certified job order (ETA case H-400-25351-118820) and are the same for "
        "every carpenter we hire for this project.",
        10,
        lh=4.9,
        after=3,
    )
    pdf.grid(
        [
            [
                "Employer",
                ev("employer_identity", "Marianas Keystone Builders Corp.")
                + ", 2F Latte Stone Commons, 455 Marine Corps Drive, Tamuning, GU 96913",
            ],
            ["Position", "Carpenter (formwork), SOC 47-2031"],
            [
                "Duties",
                "Read shop drawings; "
                + ev("job_duties", "build, set and strip plywood and aluminum forms")
                + " for concrete walls, columns and slabs; install embeds and blockouts; keep the deck "
                "clean and safe.",
            ],
            [
                "Worksite",
                ev("work_location", "Harmon Ridge Residences, Lot 5512")
                + ", Harmon Loop Road, Dededo, Guam 96929",
            ],
            ["Contract period", ev("employment_period", "March 2, 2026 to December 18, 2026")],
            [
                "Hours",
                ev("hours_of_work", "40 hours per week") + ", Monday to Friday, 7:00 a.m. to "
                "3:30 p.m.",
            ],
            ["Basic wage", ev("wage_rate", "$17.44 per hour")],
            ["Overtime", ev("overtime", "$26.16 per hour for hours over 40") + " in a workweek"],
            [
                "Pay frequency",
                ev("pay_frequency", "Every two weeks") + " (biweekly), by direct deposit "
                "to a Guam bank account",
            ],
            [
                "Deductions",
                ev("deductions", "Guam territorial income tax, Social Security and Medicare")
                + "; nothing else without your written authorization",
            ],
            [
                "Requirements",
                ev("job_requirements", "Two years of experience as a formwork carpenter")
                + "; able to work at heights with fall protection",
            ],
        ],
        (26, 74),
        size=9,
        header=False,
        bold_first_col=True,
        font="serif",
    )

    pdf.add_page()
    paras = [
        "Your hourly rate will never be lower than the prevailing wage certified for this job. "
        "If a higher prevailing wage or minimum wage takes effect during your employment, "
        + ev("wage_adjustment", "we will pay the higher rate from that date")
        + ".",
        "For each 12-week period of your contract we guarantee to offer you hours of work equal "
        "to "
        + ev("three_fourths_guarantee", "at least three-fourths of the workdays")
        + " in that period; if we offer fewer hours, we pay you the difference.",
        "Your airfare from Manila to Guam and your meals on the way will be "
        + ev("inbound_transportation", "reimbursed in your first workweek")
        + ". If you complete the contract, or if we dismiss you early for reasons other than "
        "cause, "
        + ev("return_transportation", "we will provide your return ticket to Manila")
        + ".",
        D.fee(
            "visa_cost",
            2,
            205,
            "USD",
            "The consular visa fee of USD 205 is your own expense and is not refunded by the "
            "company.",
        )
        + " Please bring the bank receipt to your interview.",
        "Company housing at our Barrigada staff quarters is available to you free of charge, "
        "and a company van takes workers to the site every day.",
        "Hand tools, power tools, hard hat, safety glasses, harness and gloves are "
        + ev("tools_provided", "issued at no cost to you")
        + ".",
        "You will receive an "
        + ev("earnings_statements", "itemized pay statement with every paycheck")
        + " showing hours offered and worked, your rate, and all deductions.",
        "If you are absent for "
        + ev("termination", "5 consecutive workdays without notice")
        + ", we will treat this as abandonment of the job and notify the authorities as the "
        "H-2B rules require. Any dismissal for cause will be explained to you in writing.",
        "Your recruitment in the Philippines is handled by Luzon Bridgeway Manpower Services, "
        "Inc., which will brief you before departure. Please sign below to accept this offer and "
        "return one copy to the agency by January 30, 2026.",
    ]
    for ptxt in paras:
        pdf.txt(ptxt, 10, lh=4.9, after=2.6)
    pdf.ln(2)
    pdf.txt("Sincerely,", 10, after=10)
    pdf.txt("Evangeline Tydingco-Cruz\nHuman Resources Manager", 10, lh=4.8, after=8)
    pdf.txt("ACCEPTED:", 10, "B", after=0)
    pdf.sig_lines(
        ["Signature of worker", "Printed name", "Date"],
        font="serif",
        names=["", "Renato D. Sarmiento", ""],
    )

    # page 3: agency statement, A4
    pdf.add_page(format="A4")
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(120, 20, 30)
    pdf.cell(
        0, 7, "LUZON BRIDGEWAY MANPOWER SERVICES, INC.", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("sans", "", 8)
    pdf.cell(
        0,
        4.2,
        "DMW License No. 112-LB-052627-R · Unit 1208 Mabini Tower, 1540 Taft Avenue, "
        "Ermita, Manila · (02) 8555 0193",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_draw_color(120, 20, 30)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    pdf.txt(
        "STATEMENT OF DEPLOYMENT EXPENSES — GUAM (H-2B)", 11, "B", font="sans", align="C", after=3
    )
    pdf.grid(
        [
            ["Applicant", "Renato D. Sarmiento", "Principal", "Marianas Keystone Builders Corp."],
            ["Position", "Carpenter (formwork)", "Job order", "MKB-GU-2026-07"],
        ],
        (16, 30, 16, 38),
        size=8.5,
        header=False,
        font="sans",
        bold_first_col=False,
    )
    pdf.ln(4)
    q1 = D.fee(
        "recruitment_fee",
        3,
        25000,
        "PHP",
        "The placement fee of PHP 25,000 is payable to the Agency in two equal "
        "installments before deployment.",
    )
    q2 = D.fee(
        "medical_cost",
        3,
        3800,
        "PHP",
        "The pre-employment medical exam at a DOH-accredited clinic costs PHP 3,800 and "
        "is for the applicant's account.",
    )
    q3 = D.fee(
        "training_cost",
        3,
        2500,
        "PHP",
        "A trade test fee of PHP 2,500 is collected on the day of the practical test at "
        "the Agency's Valenzuela workshop.",
    )
    pdf.grid(
        [
            ["Item", "Amount", "For account of", "Remarks"],
            ["Placement fee", "PHP 25,000", "Applicant", q1],
            ["Medical exam", "PHP 3,800", "Applicant", q2],
            ["Trade test", "PHP 2,500", "Applicant", q3],
            [
                "Airfare MNL–GUM",
                "—",
                "Principal",
                "Issued by the principal's travel agent; no salary deduction.",
            ],
            ["Guam lodging", "—", "Principal", "Staff quarters in Barrigada, no rent."],
        ],
        (19, 15, 17, 49),
        size=8.5,
        font="sans",
        head_fill=(240, 220, 222),
    )
    pdf.ln(3)
    pdf.txt(
        "* Official receipts are issued for every payment received by the Agency. Amounts "
        "are in Philippine pesos unless stated otherwise.",
        7.5,
        "I",
        font="sans",
        color=(80, 80, 80),
        after=5,
    )
    pdf.txt("This statement was explained to me in:", 9, font="sans", after=1)
    pdf.checkbox_line([(True, "Filipino"), (False, "English"), (False, "Ilocano")], font="sans")
    pdf.sig_lines(["Conforme: applicant's signature", "Documentation officer", "Date"], font="sans")
    return D, pdf


# ---- cs04 ------------------------------------------------------------------------------
@document
def cs04():
    D = Doc(
        4,
        "h2a",
        "en",
        1,
        "wage_statement",
        "pay stub: company block and title at top, boxed employee/contract fields, "
        "earnings and deductions tables side by side, net-pay box, code explanations in "
        "small print, dashed tear-off direct-deposit advice",
        "MX → US (Florida)",
        "Weekly earnings statement with deduction codes",
        "Earnings statement 03/20/2026",
        "Saw Palmetto Fresh Farms, LLC",
    )
    D.recruiters = []
    D.traps = [
        "FIT withheld only on the worker's W-4 request; no FICA for H-2A (lawful deduction)",
        "'Piece-rate make-up' earnings line",
        "'provided every pay period as required by the job order' (earnings statement term)",
        "deductions table repeats the rent, bus and advance lines (same clauses as the notes)",
    ]
    pdf = PDF(D, base="sans", margins=(14, 12, 14), bottom=10)
    ev = D.ev
    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("sans", "B", 12)
    pdf.cell(
        110,
        6,
        ev("employer_identity", "Saw Palmetto Fresh Farms, LLC"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("sans", "", 8.5)
    for line in [
        "9100 Cypress Dome Grade Road",
        "Palmetto Hammock, FL 34142",
        "Payroll office (239) 555-0166",
    ]:
        pdf.cell(110, 4.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, y0)
    pdf.set_font("sans", "B", 15)
    pdf.set_text_color(30, 70, 120)
    pdf.cell(0, 7, "EARNINGS STATEMENT", align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("mono", "", 8.5)
    pdf.set_x(130)
    pdf.cell(0, 4.2, "Check No. 004417", align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_x(130)
    pdf.cell(0, 4.2, "Pay date  03/20/2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + 22)
    pdf.field_grid(
        [
            [
                (0.4, "EMPLOYEE", "Eusebio Tlapanco Ríos"),
                (0.25, "EMPLOYEE ID", "26-0417"),
                (0.35, "JOB ORDER", "FL-2026-77120 (H-2A)"),
            ],
            [
                (
                    0.55,
                    "POSITION",
                    "Harvest worker, "
                    + ev("job_duties", "hand-picking tomatoes")
                    + " into 32-lb buckets",
                ),
                (0.45, "WORKSITE", ev("work_location", "Cypress Dome Block 12, County Road 846")),
            ],
            [
                (0.4, "CONTRACT PERIOD", ev("employment_period", "03/02/2026 – 06/12/2026")),
                (0.3, "SCHEDULED", ev("hours_of_work", "40 hours/week")),
                (0.3, "PAY FREQUENCY", ev("pay_frequency", "Weekly")),
            ],
            [
                (0.4, "PAY PERIOD", "03/09/2026 – 03/15/2026"),
                (0.3, "RATE", ev("wage_rate", "$16.23 per hour")),
                (0.3, "HOURS OFFERED / WORKED", "44.00 / 38.50"),
            ],
        ],
        size=8.5,
        label_size=6,
        value_font="mono",
    )
    pdf.ln(4)
    ytab = pdf.get_y()
    # earnings (left) and deductions (right)
    lm = pdf.l_margin
    half = (pdf.epw - 6) / 2
    pdf.set_left_margin(lm)
    pdf.grid(
        [
            ["Earnings", "Units", "Rate", "Current", "YTD"],
            ["Regular hourly", "38.50", "16.2300", "624.86", "1,213.41"],
            ["Piece make-up", "0.00", "", "0.00", "18.20"],
            ["Gross pay", "", "", "624.86", "1,231.61"],
        ],
        (30, 15, 19, 18, 20),
        size=7.5,
        font="mono",
        width=half,
        head_fill=(214, 226, 240),
    )
    yl = pdf.get_y()
    pdf.set_y(ytab)
    pdf.set_left_margin(lm + half + 6)
    pdf.grid(
        [
            ["Code", "Deductions", "Current", "YTD"],
            ["FIT", "Federal income tax", "18.40", "36.80"],
            ["HSG", "Bunkhouse rent", "55.00", "110.00"],
            ["TRV", "Inbound bus recovery", "62.50", "125.00"],
            ["ADV", "Travel advance", "40.00", "80.00"],
            ["", "Total deductions", "175.90", "351.80"],
        ],
        (10, 40, 17, 17),
        size=7.5,
        font="mono",
        width=half,
        head_fill=(214, 226, 240),
    )
    yr = pdf.get_y()
    pdf.set_left_margin(lm)
    pdf.set_y(max(yl, yr) + 4)
    pdf.set_x(lm + pdf.epw - 70)
    pdf.set_fill_color(30, 70, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", 11)
    pdf.cell(70, 9, "NET PAY   $448.96", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.txt("EXPLANATION OF DEDUCTION CODES", 9, "B", after=1.2)
    notes = [
        "FIT: "
        + ev("deductions", "federal income tax is withheld only because you asked for it")
        + " on Form W-4; H-2A wages are not subject to Social Security or Medicare tax.",
        D.fee(
            "housing_charge",
            1,
            55,
            "USD",
            "HSG: rent for your bed in Bunkhouse C, 410 Labor Camp Road, is $55.00 per week and "
            "is taken from every check while you live in company housing.",
        ),
        D.fee(
            "travel_cost",
            1,
            62.5,
            "USD",
            "TRV: the bus ticket from Monterrey to Palmetto Hammock that the company bought for "
            "you is recovered at $62.50 per week for four weeks.",
        ),
        D.fee(
            "debt_bondage",
            1,
            300,
            "USD",
            "ADV: the $300.00 cash advance the crew leader gave you in Monterrey before "
            "crossing is repaid from your wages with 10% interest.",
        ),
    ]
    ev("housing", "Bunkhouse C, 410 Labor Camp Road")
    for n in notes:
        pdf.txt(n, 8, lh=3.8, after=1)
    pdf.ln(1.5)
    pdf.txt(
        ev("earnings_statements", "This statement is provided every pay period")
        + " as required by the job order; keep it for your records. Questions about your "
        "pay? Call the payroll office at (239) 555-0166, Monday to Friday, 8:00 a.m. to "
        "4:00 p.m.; Spanish and Haitian Creole spoken.",
        8,
        "I",
        lh=3.8,
        after=5,
    )
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 0.6)
    pdf.set_font("sans", "", 6.5)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(0, 3, "✂  detach and keep", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_font("sans", "B", 9)
    pdf.cell(0, 5, "DIRECT DEPOSIT ADVICE · NON-NEGOTIABLE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("mono", "", 8.5)
    pdf.cell(
        0,
        4.5,
        "Pay to: Eusebio Tlapanco Ríos          Advice No. 004417",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        4.5,
        "Deposited to pay card ****4471         Amount: $448.96",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 4.5, "Four hundred forty-eight and 96/100 dollars", new_x="LMARGIN", new_y="NEXT")
    return D, pdf


# ---- cs05 ------------------------------------------------------------------------------
@document
def cs05():
    D = Doc(
        5,
        "h2b",
        "es",
        3,
        "work_contract",
        "formal Spanish contract: DECLARACIONES and numbered CLÁUSULAS in serif, running "
        "header with folio, footer with initials boxes, two-party signature table",
        "MX → US (Louisiana)",
        "Individual seasonal work contract (crawfish processing)",
        "Contrato individual de trabajo por temporada H-2B",
        "Bayou Cheniere Seafood Co., Inc.",
    )
    D.recruiters = ["Agencia Laboral Golfo Azul, S.C."]
    D.traps = [
        "bus Monterrey–Pointe Marais and road subsistence reimbursed in first week; return paid",
        "visa and border-crossing fee reimbursed in first week",
        "recruiter paid by the employer; 'Nadie puede cobrarle por este trabajo'",
        "workers' compensation insurance paid entirely by the employer",
        "overtime at time and a half; statutory taxes",
        "worker keeps passport, visa and ID",
        "'cláusula de deducciones' lists only taxes, then other clauses add charges",
    ]
    pdf = PDF(D, base="serif", margins=(22, 20, 22), bottom=22)
    ev = D.ev

    def hdr(p):
        p.set_xy(p.l_margin, 9)
        p.set_font("serif", "I", 8)
        p.set_text_color(90, 90, 90)
        p.cell(p.epw / 2, 4, "Bayou Cheniere Seafood Co., Inc. · Contrato H-2B, temporada 2026")
        p.cell(p.epw / 2, 4, "Folio BCS-26-0318", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(150, 150, 150)
        p.line(p.l_margin, 14, p.w - p.r_margin, 14)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 20)

    def ftr(p):
        p.set_y(-16)
        p.set_font("serif", "", 8)
        p.set_text_color(90, 90, 90)
        p.cell(p.epw / 2, 5, "Página %d de {nb}" % p.page_no())
        x = p.w - p.r_margin - 62
        p.set_x(x)
        p.cell(22, 5, "Iniciales:")
        p.rect(x + 20, p.get_y() - 0.5, 16, 6)
        p.rect(x + 42, p.get_y() - 0.5, 16, 6)
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    S = 9.6
    LH = 4.7

    def clause(title, body):
        pdf.txt("**" + title + "** " + body, S, lh=LH, md=True, after=2.2)

    pdf.add_page()
    pdf.txt("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", 13, "B", align="C", after=0.5)
    pdf.txt(
        "Programa de visas H-2B · Orden de trabajo H-400-25337-902614",
        9,
        "I",
        align="C",
        color=(70, 70, 70),
        after=4,
    )
    pdf.txt(
        "Contrato que celebran, por una parte, "
        + ev("employer_identity", "Bayou Cheniere Seafood Co., Inc.")
        + ", con domicilio en 14 Levee Spur Road, Pointe Marais, Luisiana 70538, Estados "
        "Unidos, representada por su gerente de planta, Clément Thibodeaux Guidry (en "
        "adelante, «LA EMPRESA»), y por la otra, Rosalba Itzel Cantú Garza, de nacionalidad "
        "mexicana, con domicilio en Calle Guerrero 415, Ciudad Mante, Tamaulipas (en "
        "adelante, «LA TRABAJADORA»), al tenor de las siguientes declaraciones y cláusulas.",
        S,
        lh=LH,
        after=3,
    )
    pdf.txt("DECLARACIONES", 10.5, "B", align="C", after=2)
    clause(
        "I.",
        "Declara LA EMPRESA que es una sociedad constituida conforme a las leyes del "
        "estado de Luisiana, dedicada al procesamiento de cangrejo de río y camarón, y que "
        "cuenta con una certificación laboral temporal del Departamento de Trabajo de los "
        "Estados Unidos para contratar 85 trabajadores H-2B.",
    )
    clause(
        "II.",
        "Declara LA TRABAJADORA que es mayor de edad, que sabe leer el español y que "
        "recibió este contrato antes de su entrevista consular.",
    )
    pdf.txt("CLÁUSULAS", 10.5, "B", align="C", after=2)
    clause(
        "PRIMERA. Puesto y actividades.",
        "LA TRABAJADORA se desempeñará como "
        + ev("job_duties", "peladora y empacadora de cangrejo de río")
        + ": pelará las colas a mano, separará la carne, la pesará, la empacará en bolsas de "
        "una libra y limpiará su estación al final de cada turno.",
    )
    clause(
        "SEGUNDA. Lugar de trabajo.",
        "El trabajo se realizará "
        + ev("work_location", "en la planta de LA EMPRESA, 14 Levee Spur Road, Pointe Marais")
        + ", Luisiana.",
    )
    clause(
        "TERCERA. Duración.",
        "Este contrato estará vigente "
        + ev("employment_period", "del 16 de febrero de 2026 al 15 de julio de 2026")
        + ".",
    )
    clause(
        "CUARTA. Jornada y horas extra.",
        "La jornada normal será de "
        + ev("hours_of_work", "40 horas por semana")
        + ", de lunes a viernes de 6:00 a 14:30 horas, con media hora para comer. Las horas "
        "trabajadas después de las 40 semanales "
        + ev("overtime", "se pagarán a tiempo y medio")
        + ", es decir, a $21.80 por hora.",
    )
    clause(
        "QUINTA. Salario.",
        "LA EMPRESA pagará "
        + ev("wage_rate", "$14.53 dólares por hora")
        + ", o $2.10 por libra de carne pelada cuando esto resulte más favorable. Si durante "
        "el contrato se publica un salario prevaleciente o un salario mínimo más alto, LA "
        "EMPRESA "
        + ev("wage_adjustment", "pagará el más alto desde la fecha en que entre en vigor")
        + ".",
    )
    clause(
        "SEXTA. Forma de pago.",
        "El salario "
        + ev("pay_frequency", "se paga cada semana")
        + ", los jueves, mediante cheque o depósito directo, junto con "
        + ev("earnings_statements", "un talón que muestra las horas ofrecidas")
        + ", las horas trabajadas, las libras, la tarifa, lo ganado y cada descuento.",
    )

    pdf.add_page()
    clause(
        "SÉPTIMA. Descuentos.",
        "LA EMPRESA descontará "
        + ev("deductions", "los impuestos federales y estatales que exige la ley")
        + " (impuesto sobre la renta, Seguro Social y Medicare) y, en su caso, lo que ordene "
        "un juez, además de lo previsto en las cláusulas octava, novena y décima segunda.",
    )
    clause(
        "OCTAVA. Equipo de protección.",
        D.fee(
            "equipment_charge",
            2,
            85,
            "USD",
            "Las botas de hule, el delantal impermeable y los guantes de malla se venden a LA "
            "TRABAJADORA en 85 dólares, que se descuentan del primer cheque.",
        ),
    )
    clause(
        "NOVENA. Vivienda y comida.",
        D.fee(
            "housing_charge",
            2,
            75,
            "USD",
            "La vivienda en las casas móviles de LA EMPRESA es opcional y su renta es de $75.00 por "
            "semana por persona, con luz y agua incluidas.",
        )
        + " "
        + D.fee(
            "meal_charge",
            2,
            9,
            "USD",
            "La comida del mediodía que prepara la cocina de la planta cuesta $9 al día y se "
            "descuenta cada semana.",
        ),
    )
    clause(
        "DÉCIMA. Viaje y visa.",
        "LA EMPRESA "
        + ev(
            "inbound_transportation",
            "reembolsará en la primera semana de trabajo el costo del autobús",
        )
        + " de Monterrey a Pointe Marais y los viáticos del camino, y "
        + ev("return_transportation", "pagará el regreso a Monterrey")
        + " a quien termine el contrato o sea despedida antes sin causa justificada. También "
        + ev("visa_reimbursement", "reembolsará en la primera semana la cuota de la visa")
        + " y la del cruce fronterizo.",
    )
    clause(
        "DÉCIMA PRIMERA. Reclutamiento.",
        "Nadie puede cobrarle por este trabajo. LA EMPRESA "
        "paga directamente a Agencia Laboral Golfo Azul, S.C. por el reclutamiento, y la "
        "agencia tiene prohibido pedirle dinero a LA TRABAJADORA.",
    )
    clause(
        "DÉCIMA SEGUNDA. Fondo de permanencia.",
        D.fee(
            "wage_withholding",
            2,
            50,
            "USD",
            "LA EMPRESA retendrá 50 dólares de cada cheque semanal como fondo de permanencia, que se "
            "entregará a LA TRABAJADORA en el último pago de la temporada.",
        ),
    )

    pdf.add_page()
    clause(
        "DÉCIMA TERCERA. Terminación.",
        "Si LA TRABAJADORA "
        + ev("termination", "falta cinco días hábiles seguidos sin avisar")
        + ", se considerará que abandonó el empleo y LA EMPRESA lo notificará a las "
        "autoridades. El despido por causa justificada se comunicará por escrito. "
        + D.fee(
            "breach_penalty",
            3,
            None,
            None,
            "Si LA TRABAJADORA deja el empleo antes de la fecha de terminación, pagará a LA "
            "EMPRESA una penalización equivalente a dos semanas de salario.",
        ),
    )
    clause(
        "DÉCIMA CUARTA. Requisitos.",
        ev("job_requirements", "Tres meses de experiencia pelando mariscos")
        + " o trabajando en una planta de alimentos; no se requiere saber inglés.",
    )
    clause(
        "DÉCIMA QUINTA. Seguro.",
        "LA EMPRESA mantiene un seguro de compensación laboral "
        "pagado en su totalidad por ella, que cubre los accidentes y las enfermedades del "
        "trabajo.",
    )
    clause(
        "DÉCIMA SEXTA. Documentos.",
        "LA TRABAJADORA conservará en todo momento su pasaporte, su visa y su identificación.",
    )
    clause(
        "DÉCIMA SÉPTIMA. Ejemplares.",
        "Este contrato se firma en dos tantos en español, uno "
        "para cada parte, en Ciudad Victoria, Tamaulipas, el 12 de enero de 2026.",
    )
    pdf.ln(6)
    pdf.grid(
        [
            ["POR LA EMPRESA", "LA TRABAJADORA"],
            [
                "\n\n\n________________________________\nClément Thibodeaux Guidry\nGerente de planta",
                "\n\n\n________________________________\nRosalba Itzel Cantú Garza\nPasaporte: __________",
            ],
        ],
        (50, 50),
        size=9,
        font="serif",
        head_fill=(235, 235, 235),
    )
    return D, pdf


# ---- cs06 ------------------------------------------------------------------------------
@document
def cs06():
    D = Doc(
        6,
        "h2a",
        "es",
        3,
        "work_contract",
        "plain-language Spanish contract summary: shaded summary table, short headed "
        "sections with teal side rules (p1-p2); numbered housing rules, checkbox "
        "acknowledgment and signature table (p3)",
        "MX → US (North Carolina)",
        "Spanish contract summary with housing rules",
        "Su contrato de trabajo H-2A, temporada de camote 2026",
        "Haw Branch Bottomland Farms, LLC",
    )
    D.recruiters = ["Servicios Agrícolas Cañada Honda, S.C."]
    D.traps = [
        "'alimentar la trasplantadora' is a job duty",
        "recruiter and H-2A visa fee paid by the farm; 'Nadie puede cobrarle por este trabajo'",
        "free housing, free kitchen 'sin costo alguno', free laundry",
        "no deposit for mattress, blankets, keys or dishes",
        "repairs at no cost to the worker (no damage charge)",
        "inbound bus repaid at 50% (first-week top-up); return trip paid",
        "tools 'sin costo y sin depósito'; workers' compensation paid by the farm",
        "lawful deductions: income tax only on written request, court-ordered support, "
        "voluntary remittances with signed authorization",
        "free to come and go; quiet hours are not a curfew",
        "worker keeps passport and visa",
    ]
    pdf = PDF(D, base="sans", margins=(20, 18, 20), bottom=18)
    ev = D.ev
    TEAL = (0, 112, 112)

    def hdr(p):
        p.set_xy(p.l_margin, 8)
        p.set_font("sans", "B", 8)
        p.set_text_color(*TEAL)
        p.cell(p.epw / 2, 4, "HAW BRANCH BOTTOMLAND FARMS")
        p.set_font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(p.epw / 2, 4, "Orden de trabajo NC-2026-40915 · Copia en español", align="R")
        p.set_draw_color(*TEAL)
        p.set_line_width(0.5)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 18)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            4,
            "Página %d de {nb} · Conserve esta copia durante toda la temporada" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr

    def sec(title, body):
        y0 = pdf.get_y()
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("sans", "B", 10)
        pdf.set_text_color(*TEAL)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_left_margin(pdf.l_margin + 4)
        pdf.txt(body, 9.5, lh=4.5, after=0)
        pdf.set_left_margin(pdf.l_margin - 4)
        y1 = pdf.get_y()
        pdf.set_fill_color(*TEAL)
        pdf.rect(pdf.l_margin, y0 + 0.5, 1.2, y1 - y0 - 0.5, "F")
        pdf.ln(3.2)

    pdf.add_page()
    pdf.txt("SU CONTRATO DE TRABAJO H-2A", 15, "B", color=TEAL, after=0)
    pdf.txt(
        "Temporada de camote 2026 · Resumen en lenguaje sencillo de la orden de trabajo "
        "certificada",
        9.5,
        color=(80, 80, 80),
        after=3,
    )
    pdf.grid(
        [
            [
                "Empleador",
                ev("employer_identity", "Haw Branch Bottomland Farms, LLC")
                + ", 6120 Ferrell Mill Road, Corinth Crossroads, NC 27520 · Tel. (919) 555-0139",
            ],
            ["Puesto", "Trabajador agrícola: trasplante, deshierbe y cosecha de camote"],
            [
                "Lugares de trabajo",
                "Campos de la granja en 6120 Ferrell Mill Road y en "
                + ev("work_location", "890 Piney Grove Church Road")
                + ", Corinth Crossroads, NC",
            ],
            ["Fechas", ev("employment_period", "Del 4 de mayo al 23 de octubre de 2026")],
            [
                "Horario",
                ev("hours_of_work", "40 horas por semana")
                + ": de lunes a viernes, de 7:00 a 16:00, con una hora para comer",
            ],
            [
                "Pago por hora",
                ev("wage_rate", "$16.48 por hora")
                + "; en la cosecha, $0.65 por cubeta si así gana más",
            ],
            ["Día de pago", ev("pay_frequency", "Cada semana, los viernes")],
        ],
        (26, 74),
        size=9.5,
        header=False,
        bold_first_col=True,
        zebra=(226, 242, 242),
    )
    pdf.ln(5)
    sec(
        "Lo que hará",
        "Trasplantar esquejes de camote con la máquina trasplantadora y "
        "alimentar la trasplantadora con las plantas, deshierbar con azadón y, en la cosecha, "
        + ev("job_duties", "recoger el camote detrás del arado")
        + " y llenar cubetas y cajones.",
    )
    sec(
        "Requisitos",
        ev("job_requirements", "Un mes de experiencia en trabajo de campo")
        + " y poder levantar 50 libras. No se pide examen médico ni saber inglés.",
    )
    sec(
        "Su salario",
        "Le pagaremos siempre la tarifa más alta entre el AEWR, el salario "
        "prevaleciente, el salario de un contrato colectivo y el mínimo federal o estatal; si "
        "alguna sube durante la temporada, "
        + ev("wage_adjustment", "le pagaremos la nueva tarifa desde ese día")
        + ".",
    )
    sec(
        "Talón de pago",
        "Cada viernes "
        + ev("earnings_statements", "recibirá un talón con las horas ofrecidas")
        + ", las horas trabajadas, las cubetas, la tarifa, lo ganado y cada descuento.",
    )
    sec(
        "Descuentos",
        ev(
            "deductions",
            "Solo se descuenta el impuesto federal sobre la renta si usted lo pide por escrito",
        )
        + " y lo que ordene un juez, como una pensión alimenticia. Como trabajador H-2A no paga "
        "Seguro Social ni Medicare. Otros descuentos voluntarios, como el envío de dinero a su "
        "familia, se hacen solo con su autorización firmada.",
    )

    pdf.add_page()
    sec(
        "Garantía de tres cuartas partes",
        "Le garantizamos trabajo por "
        + ev("three_fourths_guarantee", "al menos tres cuartas partes (3/4)")
        + " de las horas de los días laborables del contrato; si le ofrecemos menos, le "
        "pagamos la diferencia.",
    )
    sec(
        "Vivienda",
        ev("housing", "La vivienda es gratuita")
        + ": no paga renta, luz, agua ni gas. Está en 6150 Ferrell Mill Road y el estado la "
        "inspeccionó antes de su llegada.",
    )
    sec(
        "Comida",
        ev("meals", "Cada casa tiene cocina con estufa")
        + ", refrigerador y trastes para que usted prepare sus alimentos sin costo alguno.",
    )
    sec(
        "Viaje de ida",
        ev(
            "inbound_transportation",
            "Cuando cumpla la mitad (50 %) del contrato le reembolsamos el autobús",
        )
        + " desde su lugar de reclutamiento hasta la granja y los viáticos de cada día del "
        "viaje; si esos gastos dejan su primer cheque por debajo del salario mínimo, se los "
        "pagamos en la primera semana.",
    )
    sec(
        "Viaje de regreso",
        "Si termina el contrato, o si lo despedimos antes sin causa, "
        + ev("return_transportation", "pagamos su regreso y los viáticos")
        + " hasta el lugar donde lo reclutaron.",
    )
    sec(
        "Transporte diario",
        ev(
            "daily_transportation",
            "Todos los días lo llevamos de la vivienda al campo y de regreso, gratis",
        )
        + ", en vehículos con seguro.",
    )
    sec(
        "Herramientas",
        "Azadones, cuchillos, cubetas, guantes y lentes de seguridad "
        + ev("tools_provided", "se entregan sin costo y sin depósito")
        + ".",
    )
    sec(
        "Accidentes de trabajo",
        "Tiene "
        + ev("workers_compensation", "seguro de compensación para trabajadores")
        + " (workers' compensation) con Piedmont Growers Mutual, póliza PGM-WC-77031, pagado "
        "por la granja.",
    )
    sec(
        "Abandono y despido",
        ev("termination", "Si falta 5 días de trabajo seguidos")
        + " sin permiso, se considera que abandonó el trabajo y la granja debe avisar al "
        "gobierno en 2 días hábiles. Si lo despiden por causa justificada, se le explicará "
        "por escrito.",
    )
    sec(
        "Si el trabajo se vuelve imposible",
        ev("contract_impossibility", "Si un incendio, una inundación, una helada")
        + " u otro desastre natural impide seguir trabajando y el Departamento de Trabajo lo "
        "aprueba, el contrato puede terminar antes; aun así le pagamos la garantía de 3/4 hasta "
        "ese día y su regreso.",
    )
    sec(
        "Nadie le puede cobrar",
        "Nadie puede cobrarle por este trabajo. La granja paga a "
        "Servicios Agrícolas Cañada Honda, S.C. por reclutarlo y también paga directamente la "
        "cuota de la visa H-2A. Si alguien le pide dinero, llame a la oficina de la granja al "
        "(919) 555-0139.",
    )
    sec(
        "Sus documentos",
        "Usted guarda su pasaporte y su visa; la granja no se los pide ni los guarda.",
    )

    pdf.add_page()
    pdf.txt("REGLAMENTO DE LA VIVIENDA", 13, "B", color=TEAL, after=0.5)
    pdf.txt("Campamento de Haw Branch · 6150 Ferrell Mill Road", 9, color=(80, 80, 80), after=3)
    rules = [
        "Usted puede entrar y salir de la vivienda cuando quiera y recibir visitas en el área común.",
        "Horas de silencio: de 22:00 a 6:00, para que todos puedan descansar.",
        "No se cobra depósito por colchón, cobijas, llaves ni trastes.",
        "Reporte cualquier fuga o descompostura al encargado; la granja hace las reparaciones "
        "sin costo para usted.",
        "Las lavadoras y secadoras del edificio B son gratuitas.",
        "No cocine con fuego abierto dentro de los cuartos; use la cocina o el asador del patio.",
        "La basura va en los contenedores verdes; el camión pasa los lunes y jueves.",
        "Mantenga limpios los baños y la cocina según el rol semanal que se publica en la puerta.",
    ]
    for i, r in enumerate(rules, 1):
        pdf.hang("%d." % i, r, size=9.5, lh=4.6, num_color=TEAL)
    pdf.ln(3)
    pdf.txt("Acuse de recibo", 10.5, "B", color=TEAL, after=1.5)
    pdf.checkbox_line([(True, "Recibí este contrato y el reglamento en español.")])
    pdf.checkbox_line([(True, "Me explicaron las reglas en voz alta.")])
    pdf.checkbox_line([(False, "Necesito una copia en otro idioma: ____________________")])
    pdf.ln(3)
    pdf.grid(
        [
            ["", "Trabajador", "Por la granja"],
            ["Nombre", "", "Leticia Oxendine Barrientos, encargada de vivienda"],
            ["Firma", "\n\n", ""],
            ["Fecha", "", "4 de mayo de 2026"],
        ],
        (18, 41, 41),
        size=9,
        head_fill=(226, 242, 242),
    )
    return D, pdf


# ---- cs07 ------------------------------------------------------------------------------
@document
def cs07():
    D = Doc(
        7,
        "h2b",
        "en",
        4,
        "worker_handbook",
        "handbook: navy cover block, 'season at a glance' table and welcome letter (p1); "
        "two-column chapters (p2); single-column housing rules with shaded call-out box (p3); "
        "p4 is an image-only scanned signed acknowledgment page (200 dpi, rotated, blurred, "
        "noisy)",
        "JM → US (Missouri)",
        "Seasonal team member handbook with scanned signed acknowledgment",
        "2026 Seasonal Team Member Handbook",
        "Timber Cove Lakeside Resort & Waterpark, LLC",
    )
    D.recruiters = ["Blue Mountain Seasonal Staffing Ltd."]
    D.scanned_page = 4
    D.traps = [
        "'collect towel-rental fees from day guests' is a job duty",
        "visa fee (USD 205) and border/airport fees reimbursed on first paycheck",
        "recruiter paid by the resort; warning 'even JMD 5,000 to hold your spot' is not a charge",
        "inbound fare and meals reimbursed first workweek; trip home paid",
        "cleaning supplies, tools and PPE free (tools_provided present; uniform deposit is "
        "the finding)",
        "Staff Village housing free for H-2B staff, staff kitchen open 24 hours",
        "no rehire-list punishment for complaints (negated blacklisting)",
        "resort never holds passports; locked drawer provided",
        "scanned acknowledgment page repeats only the employer name and position",
    ]
    pdf = PDF(D, base="sans", margins=(18, 18, 18), bottom=18)
    ev = D.ev
    NAVY = (20, 42, 82)

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_xy(p.l_margin, 8)
        p.set_font("sans", "I", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            4,
            "Timber Cove Lakeside Resort & Waterpark · 2026 Seasonal Team Member Handbook",
            align="R",
        )
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 17)

    def ftr(p):
        p.set_y(-12)
        p.set_font("sans", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, "%d" % p.page_no(), align="C")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.hf_skip.add(4)

    # page 1
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 44, "F")
    pdf.set_xy(pdf.l_margin, 12)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("sans", "B", 20)
    pdf.cell(0, 9, "Welcome to Timber Cove!", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 10.5)
    pdf.cell(
        0, 6, "2026 Seasonal Team Member Handbook · H-2B program", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("sans", "", 8.5)
    pdf.cell(
        0,
        5,
        ev("employer_identity", "Timber Cove Lakeside Resort & Waterpark, LLC")
        + " · 2200 Osage Point Drive, Lantern Bay, MO 65049 · (573) 555-0184",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(52)
    pdf.txt("Your season at a glance", 12, "B", color=NAVY, after=1.5)
    pdf.grid(
        [
            ["Position", "Housekeeping Attendant"],
            [
                "What you do",
                ev("job_duties", "Clean and restock guest rooms and cabins")
                + ", launder linens, and staff the pool towel desk, where you collect towel-rental fees "
                "from day guests.",
            ],
            [
                "Where",
                ev("work_location", "Main lodge, cabins and waterpark")
                + " at 2200 Osage Point Drive, Lantern Bay, Missouri",
            ],
            ["Season", ev("employment_period", "April 27, 2026 – September 20, 2026")],
            [
                "Hours",
                ev("hours_of_work", "40 hours per week") + ", five 8-hour shifts between "
                "7:00 a.m. and 11:00 p.m.",
            ],
            ["Pay rate", ev("wage_rate", "$15.06 per hour")],
            ["Overtime", ev("overtime", "$22.59 per hour after 40 hours") + " in a workweek"],
            [
                "Paydays",
                ev("pay_frequency", "Every other Friday")
                + " (biweekly), direct deposit or pay card",
            ],
            [
                "Requirements",
                ev("job_requirements", "3 months of hotel or housekeeping experience")
                + "; able to lift 40 lb",
            ],
            [
                "Recruiting partner",
                "Blue Mountain Seasonal Staffing Ltd., Kingston, Jamaica (paid by Timber Cove)",
            ],
        ],
        (24, 76),
        size=9,
        header=False,
        bold_first_col=True,
        zebra=(235, 240, 248),
    )
    pdf.ln(5)
    pdf.txt("A note from our General Manager", 10.5, "B", color=NAVY, after=1.2)
    pdf.txt(
        "Every summer our guests tell us that the people make Timber Cove. This handbook "
        "explains how pay, housing and daily life work here, so you can focus on the job and "
        "enjoy the lake. It does not replace your job order, which always controls if the two "
        "ever differ. If something is unclear, ask HR; we would rather answer a question "
        "twice than have you guess.",
        9.5,
        lh=4.6,
        after=2,
    )
    pdf.txt("Annelise Brockhoff-Yates, General Manager", 9.5, "I", after=0)

    # page 2: two columns
    pdf.add_page()
    pdf.txt("1. Pay, money and travel", 13, "B", color=NAVY, after=2.5)
    items = [
        "**Your wage.** You will always be paid at least the wage on your job order. If the "
        "Department of Labor publishes a higher prevailing wage for your job while you are here, "
        "or the Missouri minimum wage goes up, "
        + ev("wage_adjustment", "your rate goes up from that date")
        + ".",
        "**Your pay stub.** Every payday you receive a "
        + ev("earnings_statements", "pay stub that lists hours offered")
        + ", hours worked, rate of pay, gross and net pay, and every deduction.",
        "**Deductions.** We deduct "
        + ev("deductions", "federal and Missouri income tax, Social Security and Medicare")
        + ". Other deductions happen only when the law requires them or you authorize them in "
        "writing.",
        "**Uniforms.** You receive three shirts, two pairs of pants and a name badge on your "
        "first day. "
        + D.fee(
            "equipment_charge",
            2,
            60,
            "USD",
            "A uniform deposit of $60.00 is taken from your first paycheck and "
            "returned when all pieces are turned in at the end of the season.",
        ),
        "**Tools and supplies.** Cleaning carts, chemicals, vacuum cleaners, gloves and safety "
        "goggles are " + ev("tools_provided", "provided free of charge") + ".",
        "**Getting here and getting home.** Your bus or plane fare from Kingston and your meals "
        "on the way are "
        + ev("inbound_transportation", "reimbursed in your first workweek")
        + ". If you finish the season, or we let you go early for reasons other than cause, "
        + ev("return_transportation", "we pay your trip home to Kingston")
        + ".",
        "**Visa costs.** Timber Cove "
        + ev("visa_reimbursement", "reimburses your H-2B visa fee (USD 205)")
        + " and any border or airport fees in your first paycheck.",
        "**Nobody sells these jobs.** Blue Mountain Seasonal Staffing Ltd. is paid by us and may "
        "not charge you for anything. If anyone in Jamaica asks you for money, even JMD 5,000 "
        "'to hold your spot', call HR at (573) 555-0184.",
        "**Tips.** Guests may leave tips in rooms marked for housekeeping; those tips are yours "
        "and are never pooled with management.",
        "**Banking.** HR helps you open a free checking account in the first week, or you may "
        "take your pay on a pay card with free withdrawals at the resort ATM.",
    ]
    pdf.two_col(items, size=9, lh=4.3, gap=2.2, balance=True)
    pdf.ln(3)
    pdf.txt("Payday calendar, first half of the season", 10.5, "B", color=NAVY, after=1.5)
    pdf.grid(
        [
            ["Pay period", "Payday", "Pay period", "Payday"],
            ["04/27 – 05/10", "05/15/2026", "06/08 – 06/21", "06/26/2026"],
            ["05/11 – 05/24", "05/29/2026", "06/22 – 07/05", "07/10/2026"],
            ["05/25 – 06/07", "06/12/2026", "07/06 – 07/19", "07/24/2026"],
        ],
        (25, 25, 25, 25),
        size=8.5,
        head_fill=(220, 228, 242),
    )
    pdf.ln(4)
    pdf.txt("Time clock and breaks", 10.5, "B", color=NAVY, after=1.2)
    pdf.txt(
        "Clock in at the housekeeping office no earlier than five minutes before your shift. "
        "Each 8-hour shift includes two paid 10-minute breaks and an unpaid 30-minute meal "
        "break. Schedules for the following week are posted every Thursday by noon on the "
        "board outside the linen room and in the staff app.",
        9.5,
        lh=4.6,
    )

    # page 3
    pdf.add_page()
    pdf.txt("2. Living at Staff Village", 13, "B", color=NAVY, after=2.5)
    pdf.txt(
        "Housing at Staff Village, 2350 Osage Point Drive, is free of charge for H-2B team "
        "members, including electricity, water and Wi-Fi. Rooms hold two or three people, "
        "and the staff kitchen is open 24 hours.",
        9.5,
        lh=4.6,
        after=2.5,
    )
    pdf.bullets(
        [
            D.fee(
                "movement_restriction",
                3,
                None,
                None,
                "Residents must be inside Staff Village by 11:00 p.m. every night and may not stay "
                "overnight anywhere else without written permission from the Housing Coordinator.",
            ),
            D.fee(
                "damage_chargeback",
                3,
                None,
                None,
                "Damage to a room beyond normal wear and tear is charged to the residents of that "
                "room through payroll deduction.",
            ),
            "Guests must sign in at the front desk and leave by 10:00 p.m.",
            "Laundry machines in Building C are free to use.",
            "No smoking or open flames inside any building.",
        ],
        size=9.5,
        lh=4.6,
        after=1.5,
    )
    pdf.ln(3)
    pdf.txt("3. Ending your employment", 13, "B", color=NAVY, after=2)
    pdf.txt(
        ev("termination", "If you miss 5 consecutive scheduled shifts")
        + " without contacting your supervisor, we will treat this as job abandonment and "
        "notify the Department of Labor and DHS as required. Dismissal for cause is always "
        "explained in writing.",
        9.5,
        lh=4.6,
        after=3,
    )
    pdf.txt("4. Raising concerns", 13, "B", color=NAVY, after=2)
    pdf.txt(
        "You may talk to your supervisor, HR, the Department of Labor or a lawyer about any "
        "concern. Nobody will be punished or left off next year's rehire list for doing so.",
        9.5,
        lh=4.6,
        after=3,
    )
    y = pdf.get_y()
    pdf.set_fill_color(235, 240, 248)
    pdf.rect(pdf.l_margin, y, pdf.epw, 20, "F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_left_margin(pdf.l_margin + 4)
    pdf.txt("Your documents", 10, "B", color=NAVY, after=0.8)
    pdf.txt(
        "Keep your passport and visa with you; Timber Cove will never ask to hold them. A "
        "locked drawer is provided in every room.",
        9.5,
        lh=4.6,
        w=pdf.epw - 4,
        after=0,
    )
    pdf.set_left_margin(pdf.l_margin - 4)
    pdf.set_y(y + 24)

    # page 4: scanned acknowledgment (image only)
    jpg = scanned_page_jpeg(
        [
            ("gap", 40),
            ("title", "EMPLOYEE ACKNOWLEDGMENT OF RECEIPT"),
            (
                "small",
                "Timber Cove Lakeside Resort & Waterpark, LLC · 2026 Seasonal Team Member Handbook",
            ),
            ("gap", 30),
            (
                "text",
                "I acknowledge that I have received a copy of the 2026 Seasonal Team Member "
                "Handbook and that HR went over it with me during orientation. I understand that "
                "the handbook explains policies and does not replace my job order.",
            ),
            (
                "text",
                "I know that I can ask Human Resources about anything in the handbook that I do "
                "not understand, and that I will receive a copy of this signed page.",
            ),
            ("gap", 40),
            ("rule", ("Employee name:", "Kemar A. Whitfield", True)),
            ("rule", ("Position:", "Housekeeping Attendant", True)),
            ("rule", ("Date:", "04/27/2026", True)),
            ("gap", 30),
            ("sig", ("Employee signature", True)),
            ("sig", ("HR representative signature", True)),
            ("gap", 60),
            ("small", "White copy: personnel file · Yellow copy: employee"),
        ],
        seed=2607,
    )
    pdf.add_page()
    pdf.image(io.BytesIO(jpg), x=0, y=0, w=pdf.w, h=pdf.h)
    return D, pdf


# ---- cs08 ------------------------------------------------------------------------------
def chat_bubble(pdf, sender, text, time, side, name_color):
    maxw = 122
    size, lh = 9.5, 4.6
    pdf.set_font("sans", "", size)
    lines = pdf.multi_cell(maxw - 6, lh, text, dry_run=True, output="LINES")
    textw = max(pdf.get_string_width(l) for l in lines)
    pdf.set_font("sans", "B", 8.5)
    sw = pdf.get_string_width(sender)
    w = min(maxw, max(textw, sw, 22) + 8)
    pdf.set_font("sans", "", size)
    lines = pdf.multi_cell(w - 6, lh, text, dry_run=True, output="LINES")
    h = 2 + 4.4 + len(lines) * lh + 4.4
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
    x = pdf.l_margin + 4 if side == "L" else pdf.w - pdf.r_margin - 4 - w
    y = pdf.get_y()
    pdf.set_fill_color(*((255, 255, 255) if side == "L" else (217, 247, 196)))
    pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=2.4)
    pdf.set_xy(x + 3, y + 1.6)
    pdf.set_font("sans", "B", 8.5)
    pdf.set_text_color(*name_color)
    pdf.cell(w - 6, 4.2, sender)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 3, y + 6.2)
    pdf.set_font("sans", "", size)
    pdf.multi_cell(w - 6, lh, text, align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(x + 3, y + h - 4.6)
    pdf.set_font("sans", "", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(w - 6, 4, time + ("  ✓✓" if side == "R" else ""), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + h + 2.6)


def chat_date(pdf, label):
    pdf.set_font("sans", "", 8)
    w = pdf.get_string_width(label) + 8
    x = (pdf.w - w) / 2
    y = pdf.get_y() + 1
    pdf.set_fill_color(225, 242, 251)
    pdf.rect(x, y, w, 5.6, style="F", round_corners=True, corner_radius=2)
    pdf.set_xy(x, y + 0.6)
    pdf.set_text_color(70, 90, 100)
    pdf.cell(w, 4.4, label, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 9)


@document
def cs08():
    D = Doc(
        8,
        "h2a",
        "mixed",
        2,
        "crew_leader_chat",
        "printed group chat: green title bar, beige wallpaper, left/right rounded bubbles "
        "with sender names and timestamps, date chips; Spanish messages from the crew leader "
        "and workers, English from the farm office",
        "MX → US (Michigan)",
        "Crew WhatsApp-style group chat printout (crew leader and farm office)",
        "Cuadrilla Moras 2026 – chat",
        "exported chat",
    )
    D.recruiters = ["Rosendo Quiroga"]
    D.guard_skip = {
        "return_transportation": "'se los regreso en octubre' is the deposit being "
        "returned, not return travel"
    }
    D.traps = [
        "visa fee already paid back on check #1",
        "'housing is free, nobody pays rent'",
        "free truck to the fields every day",
        "'Coffee and pan dulce ... free' ('coffee' contains 'fee')",
        "office: 'nobody has to pay anybody to come back next year' (contradicts the crew leader)",
        "the crew leader (mayordomo) is not labelled a recruiter; the recruiter is named once",
        "no legal employer name or address anywhere (employer_identity missing)",
    ]
    pdf = PDF(D, base="sans", margins=(12, 24, 12), bottom=14)
    ev = D.ev
    OFFICE = (0, 110, 170)
    CHUY = (190, 70, 20)
    W1 = (120, 60, 160)
    W2 = (30, 130, 60)
    W3 = (170, 30, 90)

    def hdr(p):
        p.set_fill_color(236, 229, 221)
        p.rect(0, 0, p.w, p.h, "F")
        p.set_fill_color(7, 94, 84)
        p.rect(0, 0, p.w, 19, "F")
        p.set_fill_color(200, 200, 200)
        p.circle(p.l_margin + 5.5, 9.5, 5, style="F")
        p.set_xy(p.l_margin + 14, 4)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 11)
        p.cell(0, 5.5, "Cuadrilla Moras 2026", new_x="LEFT", new_y="NEXT")
        p.set_font("sans", "", 7.5)
        p.cell(0, 4.5, "Chuy Olvera, Karen - Office, Nacho Barajas, Lalo Ríos, Don Beto y 18 más")
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 24)

    def ftr(p):
        p.set_y(-10)
        p.set_font("sans", "", 7)
        p.set_text_color(120, 120, 120)
        p.cell(
            0, 4, "Impreso desde el teléfono de un trabajador · %d/{nb}" % p.page_no(), align="C"
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    chat_date(pdf, "VIERNES, 5 DE JUNIO DE 2026")
    chat_bubble(
        pdf,
        "Karen - Office",
        "Good morning everyone! Starting Monday the whole crew moves from pruning to "
        + ev("job_duties", "hand-picking blueberries")
        + " into 1-gallon buckets. "
        "Harvest is at the Ottawa Creek block, " + ev("work_location", "6820 Pierce Road") + ".",
        "8:02 a. m.",
        "L",
        OFFICE,
    )
    chat_bubble(
        pdf,
        "Chuy Olvera (mayordomo)",
        "Buenos días muchachos. Horario de esta semana: "
        + ev("hours_of_work", "de lunes a sábado, de 6:30 a 3:00")
        + ". "
        + ev("daily_transportation", "La troca a los campos sale de la barda a las 6:10, es gratis")
        + " como siempre.",
        "8:15 a. m.",
        "L",
        CHUY,
    )
    chat_bubble(
        pdf, "Nacho Barajas", "¿Y cuánto nos van a pagar en la pizca, Karen?", "8:31 a. m.", "L", W1
    )
    chat_bubble(
        pdf,
        "Karen - Office",
        "Pay this season is "
        + ev("wage_rate", "$18.20 an hour")
        + " or 60 cents a pound, whichever is more. "
        + ev("pay_frequency", "Paychecks come every Friday")
        + " after 4 pm at the office.",
        "8:40 a. m.",
        "L",
        OFFICE,
    )
    chat_bubble(
        pdf,
        "Karen - Office",
        D.fee(
            "travel_cost",
            1,
            85,
            "USD",
            "Reminder: the charter bus from Laredo costs $85 per person and comes out of "
            "your first two checks.",
        ),
        "8:41 a. m.",
        "L",
        OFFICE,
    )
    chat_bubble(pdf, "Lalo Ríos", "Karen, ¿y lo de la visa?", "9:05 a. m.", "R", W2)
    chat_bubble(
        pdf,
        "Karen - Office",
        "Your visa fee was already paid back on check #1, look for the line VISA REIMB. "
        "Also, "
        + ev("housing", "housing is free, nobody pays rent")
        + ". If someone asks you for rent, tell me.",
        "9:12 a. m.",
        "L",
        OFFICE,
    )
    pdf.add_page()
    chat_date(pdf, "SÁBADO, 6 DE JUNIO DE 2026")
    chat_bubble(
        pdf,
        "Chuy Olvera (mayordomo)",
        "Otra cosa. "
        + D.fee(
            "document_retention",
            2,
            None,
            None,
            "Los pasaportes se quedan conmigo en la caja de la oficina "
            "hasta octubre, para que no se pierdan.",
        )
        + " Mañana después del trabajo los recojo cuarto por cuarto.",
        "7:48 p. m.",
        "L",
        CHUY,
    )
    chat_bubble(pdf, "Don Beto", "Chuy, el año pasado no era así.", "7:52 p. m.", "L", W3)
    chat_bubble(
        pdf,
        "Chuy Olvera (mayordomo)",
        "Este año sí. "
        + D.fee(
            "deposit_or_bond",
            2,
            200,
            "USD",
            "Y cada uno me entrega 200 dólares de depósito el viernes, "
            "se los regreso en octubre si terminan la temporada.",
        ),
        "7:55 p. m.",
        "L",
        CHUY,
    )
    chat_bubble(
        pdf,
        "Lalo Ríos",
        "Los que vinieron con el reclutador Rosendo Quiroga dicen que a ellos no les "
        "pidieron nada.",
        "8:03 p. m.",
        "R",
        W2,
    )
    chat_bubble(
        pdf,
        "Chuy Olvera (mayordomo)",
        "A todos parejo. "
        + D.fee(
            "blacklisting_threat",
            2,
            None,
            None,
            "Y ya saben, el que vaya con los de legal aid o con el "
            "Labor ya no regresa el año que entra, y yo mismo lo "
            "reporto a migración.",
        ),
        "8:06 p. m.",
        "L",
        CHUY,
    )
    chat_date(pdf, "DOMINGO, 7 DE JUNIO DE 2026")
    chat_bubble(pdf, "Don Beto", "¿Hoy va a haber café como el año pasado?", "8:10 a. m.", "L", W3)
    chat_bubble(
        pdf,
        "Karen - Office",
        "Yes! Coffee and pan dulce at 9 by the picnic tables, free. And remember: nobody "
        "has to pay anybody to come back next year, not Rosendo Quiroga and not any "
        "recruiter in Mexico.",
        "8:22 a. m.",
        "L",
        OFFICE,
    )
    chat_bubble(pdf, "Nacho Barajas", "Ok gracias", "8:25 a. m.", "R", W1)
    chat_bubble(
        pdf,
        "Karen - Office",
        "Rain is expected tomorrow morning. Chuy will confirm by 5:30 if we pick.",
        "6:40 p. m.",
        "L",
        OFFICE,
    )
    return D, pdf


# ---- cs09 ------------------------------------------------------------------------------
def receipt(pdf, number, amount_box, body, date, y, stamp=True):
    x, w, h = pdf.l_margin, pdf.epw, 98
    pdf.set_draw_color(60, 60, 60)
    pdf.set_dash_pattern(dash=1.6, gap=1.1)
    pdf.rect(x, y, w, h)
    pdf.set_dash_pattern()
    pdf.set_xy(x + 5, y + 5)
    pdf.set_font("serif", "B", 11.5)
    pdf.set_text_color(25, 60, 40)
    pdf.cell(110, 6, "AGENCIA DE EMPLEOS CUCHUMATANES NORTE")
    pdf.set_font("mono", "B", 11)
    pdf.set_text_color(170, 20, 20)
    pdf.cell(w - 120, 6, "RECIBO No. %s" % number, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(60, 60, 60)
    pdf.set_font("serif", "", 8)
    pdf.set_x(x + 5)
    pdf.cell(110, 4.2, "6a. Calle 3-41, Zona 1, Huehuetenango · Tel. 7755 0162")
    pdf.set_font("serif", "B", 10)
    pdf.set_text_color(0, 0, 0)
    bx = x + w - 52
    pdf.rect(bx, y + 13, 47, 9)
    pdf.set_xy(bx, y + 14.5)
    pdf.cell(47, 6, "POR " + amount_box, align="C")
    pdf.set_xy(x + 5, y + 27)
    pdf.set_font("serif", "", 10.5)
    pdf.multi_cell(w - 10, 6.2, body, align="L", new_x="LEFT", new_y="NEXT")
    pdf.ln(2)
    pdf.set_x(x + 5)
    pdf.set_font("serif", "I", 9.5)
    pdf.cell(w - 10, 5, date)
    # signature and stamp
    sy = y + h - 22
    pdf.line(x + 8, sy + 10, x + 80, sy + 10)
    pdf.set_xy(x + 8, sy + 11)
    pdf.set_font("serif", "", 8.5)
    pdf.cell(72, 4, "Hugo Leonel Batz Chitay", align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_x(x + 8)
    pdf.cell(72, 4, "Representante", align="C")
    if stamp:
        pdf.set_draw_color(40, 70, 170)
        pdf.set_line_width(0.7)
        cx, cy = x + w - 38, sy + 4
        pdf.circle(cx, cy, 13)
        pdf.set_line_width(0.3)
        pdf.circle(cx, cy, 10.5)
        pdf.set_text_color(40, 70, 170)
        pdf.set_font("sans", "B", 9)
        pdf.set_xy(cx - 12, cy - 2.5)
        pdf.cell(24, 5, "PAGADO", align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


@document
def cs09():
    D = Doc(
        9,
        "generic",
        "es",
        2,
        "recruiter_receipts",
        "two dashed-border cash receipts with boxed amounts, amounts in words, signature and "
        "round PAGADO stamp (p1); program conditions with gridded key/value table, numbered "
        "conditions and a fingerprint box (p2)",
        "GT → US (North Carolina)",
        "Recruiter's cash receipts and programme conditions",
        "Recibos y condiciones del programa",
        "Agencia de Empleos Cuchumatanes Norte",
    )
    D.recruiters = ["Agencia de Empleos Cuchumatanes Norte", "Hugo Leonel Batz Chitay"]
    D.traps = [
        "outbound airfare and consular appointment paid by the employer",
        "agency does not keep passports or personal documents",
        "complaints to the Ministerio de Trabajo do not affect hiring",
        "passport paid by the worker is visa_cost at violation severity under generic",
        "'Horario: el que indique el patrón' has no concrete value (hours missing)",
    ]
    pdf = PDF(D, base="serif", margins=(18, 16, 18), bottom=16)
    ev = D.ev
    pdf.add_page()
    q1 = D.fee(
        "recruitment_fee",
        1,
        3000,
        "GTQ",
        "Recibí del señor "
        + ev("worker_identity", "Marvin Ajpop Tzoc")
        + " la cantidad de TRES MIL QUETZALES EXACTOS (Q3,000.00) por concepto de "
        "inscripción y reserva de lugar en el programa de trabajo temporal en los Estados "
        "Unidos.",
    )
    y0 = pdf.get_y()
    receipt(
        pdf,
        "0412",
        "Q3,000.00",
        q1 + " Este pago no es reembolsable si el interesado desiste.",
        "Huehuetenango, 14 de julio de 2026",
        y0,
    )
    q2 = D.fee(
        "insurance_cost",
        1,
        450,
        "GTQ",
        "Recibí del señor Marvin Ajpop Tzoc la cantidad de CUATROCIENTOS CINCUENTA "
        "QUETZALES (Q450.00) por concepto de seguro de vida y gastos médicos obligatorio "
        "para el viaje.",
    )
    receipt(pdf, "0431", "Q450.00", q2, "Huehuetenango, 3 de agosto de 2026", y0 + 110)
    pdf.set_y(y0 + 110 + 102)
    pdf.set_font("sans", "I", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Conserve sus recibos. La agencia no entrega duplicados.", align="C")
    pdf.set_text_color(0, 0, 0)

    pdf.add_page()
    pdf.txt(
        "Agencia de Empleos Cuchumatanes Norte", 12, "B", align="C", color=(25, 60, 40), after=0.5
    )
    pdf.txt(
        "CONDICIONES DEL PROGRAMA · TEMPORADA DE ÁRBOLES DE NAVIDAD 2026",
        10,
        "B",
        align="C",
        after=4,
    )
    pdf.grid(
        [
            [
                "Patrón en Estados Unidos",
                ev("employer_identity", "Pinecrest Ridge Christmas Trees, Inc.")
                + ", 390 Fraser Fir Lane, Laurel Gap, Carolina del Norte 28694",
            ],
            ["Trabajador", "Marvin Ajpop Tzoc, DPI 2431 55012 1301"],
            [
                "Trabajo",
                "Corte, acarreo, " + ev("job_duties", "empacado en red") + " y carga de árboles "
                "de Navidad en camiones",
            ],
            [
                "Lugar",
                "Plantaciones del patrón en el "
                + ev("work_location", "condado de Ashe, Carolina del Norte"),
            ],
            ["Fechas", ev("employment_period", "Del 14 de septiembre al 11 de diciembre de 2026")],
            ["Horario", "El que indique el patrón según el trabajo"],
            ["Salario", ev("wage_rate", "$16.10 por hora")],
            ["Pago", ev("pay_frequency", "Semanal, por depósito") + " en tarjeta"],
            ["Descuentos", ev("deductions", "Impuestos de ley en Estados Unidos")],
        ],
        (30, 70),
        size=9.5,
        header=False,
        bold_first_col=True,
        font="serif",
    )
    pdf.ln(4)
    conds = [
        "El pasaje de avión de ida lo paga el patrón; la agencia le entregará el boleto en la "
        "capital.",
        D.fee(
            "visa_cost",
            2,
            None,
            None,
            "El trabajador tramitará y pagará su propio pasaporte ante el Instituto "
            "Guatemalteco de Migración.",
            passport_only=True,
        ),
        "La cita consular la paga el patrón.",
        D.fee(
            "debt_bondage",
            2,
            6500,
            "GTQ",
            "Si el trabajador necesita dinero mientras espera la visa, la agencia le puede "
            "prestar hasta Q6,500, que se descontarán de su salario en Estados Unidos con un "
            "interés del 5 % mensual.",
        ),
        "La agencia no guarda pasaportes ni documentos personales.",
        "Cualquier queja puede presentarse al Ministerio de Trabajo sin que eso afecte su "
        "contratación.",
    ]
    for i, c in enumerate(conds, 1):
        pdf.hang("%d." % i, c, size=9.8, lh=4.9, num_w=7, after=1.6)
    pdf.ln(4)
    pdf.txt("Leí estas condiciones, o me fueron leídas, y estoy de acuerdo.", 9.5, after=10)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y + 14, pdf.l_margin + 70, y + 14)
    pdf.set_xy(pdf.l_margin, y + 15)
    pdf.set_font("serif", "", 8.5)
    pdf.cell(70, 4, "Firma del trabajador", align="C")
    pdf.rect(pdf.l_margin + 80, y - 4, 24, 28)
    pdf.set_xy(pdf.l_margin + 80, y + 25)
    pdf.cell(24, 4, "Huella", align="C")
    pdf.line(pdf.l_margin + 116, y + 14, pdf.w - pdf.r_margin, y + 14)
    pdf.set_xy(pdf.l_margin + 116, y + 15)
    pdf.cell(
        pdf.w - pdf.r_margin - pdf.l_margin - 116,
        4,
        "Por la agencia: Hugo Leonel Batz Chitay",
        align="C",
    )
    return D, pdf


# ---- cs10 ------------------------------------------------------------------------------
@document
def cs10():
    D = Doc(
        10,
        "h2b",
        "en",
        2,
        "job_order",
        "worker disclosure: dark header band, two-column labelled fact blocks (p1), "
        "full-width headed paragraphs, 'who pays for what' table Cost | Paid by | How and "
        "when (p2), language checkboxes and signature lines",
        "MX → US (Colorado)",
        "H-2B job order worker disclosure with cost/payer table",
        "H-2B Job Order Worker Disclosure CO-2026-H2B-0093",
        "Foothill Juniper Landscapes, Inc.",
    )
    D.recruiters = ["Rocky Arroyo Recruiting, S. de R.L. de C.V."]
    D.traps = [
        "'collect add-on service fees from homeowners' is a job duty",
        "visa fee (USD 205) and border-crossing fee reimbursed in first workweek",
        "recruiter's service fee paid by the employer; no fee may be charged to workers",
        "bus fare and meals reimbursed; ticket home bought by employer",
        "boots, gloves, PPE, tools and mowers free, no deposit",
        "mandatory safety training is paid time (not a training charge)",
        "Colorado FAMLI employee premium is a statutory payroll contribution, not insurance_cost",
        "free shared crew house and free daily trucks (h2b)",
    ]
    pdf = PDF(D, base="sans", margins=(18, 22, 18), bottom=16)
    ev = D.ev
    DARK = (52, 58, 64)
    ACC = (196, 140, 30)

    def hdr(p):
        p.set_fill_color(*DARK)
        p.rect(0, 0, p.w, 15, "F")
        p.set_fill_color(*ACC)
        p.rect(0, 15, p.w, 1.2, "F")
        p.set_xy(p.l_margin, 5)
        p.set_text_color(255, 255, 255)
        p.set_font("sans", "B", 10)
        p.cell(100, 5, "FOOTHILL JUNIPER LANDSCAPES")
        p.set_font("sans", "", 8)
        p.cell(0, 5, "Job Order CO-2026-H2B-0093 · ETA case H-400-26020-551177", align="R")
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 22)

    def ftr(p):
        p.set_y(-11)
        p.set_font("sans", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            0,
            4,
            "Worker disclosure · page %d of {nb} · A Spanish copy is provided with this "
            "English copy" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.txt("H-2B JOB ORDER — WORKER DISCLOSURE", 15, "B", color=DARK, after=0.5)
    pdf.txt("Landscape Laborer (SOC 37-3011) · 38 openings", 10, color=ACC, style="B", after=4)

    def block(x, w, label, body):
        pdf.set_xy(x, pdf.get_y())
        pdf.set_font("sans", "B", 7.5)
        pdf.set_text_color(*ACC)
        pdf.cell(w, 4, label, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("sans", "", 9.5)
        pdf.multi_cell(w, 4.6, body, align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(2.4)

    top = pdf.get_y()
    cw = (pdf.epw - 8) / 2
    xl, xr = pdf.l_margin, pdf.l_margin + cw + 8
    block(
        xl,
        cw,
        "EMPLOYER",
        ev("employer_identity", "Foothill Juniper Landscapes, Inc.")
        + "\n7725 Quarry Bluff Road\nLarkspur Springs, CO 80118\n(303) 555-0157",
    )
    block(
        xl,
        cw,
        "JOB DUTIES",
        ev("job_duties", "Mow, edge and trim lawns")
        + "; plant trees, shrubs and flowers; spread mulch and lay sod; install and repair "
        "drip irrigation; operate walk-behind and ride-on mowers; collect add-on service fees "
        "from homeowners and turn them in to the office the same day.",
    )
    block(
        xl,
        cw,
        "WHERE YOU WORK",
        "Residential and commercial properties in "
        + ev("work_location", "Douglas, Arapahoe and Elbert Counties")
        + ", Colorado. Crews meet each morning at the yard, 7725 Quarry Bluff Road.",
    )
    yl = pdf.get_y()
    pdf.set_y(top)
    block(xr, cw, "DATES", ev("employment_period", "April 1, 2026 – November 15, 2026"))
    block(
        xr,
        cw,
        "HOURS",
        ev("hours_of_work", "40 hours per week") + ", Monday to Friday, "
        "7:00 a.m. to 3:30 p.m., with a 30-minute unpaid lunch",
    )
    block(xr, cw, "PAY", ev("wage_rate", "$20.63 per hour"))
    block(
        xr, cw, "OVERTIME", ev("overtime", "$30.95 per hour for hours over 40") + " in a workweek"
    )
    block(
        xr,
        cw,
        "PAYDAY",
        ev("pay_frequency", "Every Friday (weekly)") + ", by direct deposit or check",
    )
    block(
        xr,
        cw,
        "REQUIREMENTS",
        ev("job_requirements", "3 months of landscape experience")
        + "; no education or English required; a valid driver's license is a plus but not required",
    )
    pdf.set_y(max(yl, pdf.get_y()) + 2)
    pdf.set_x(pdf.l_margin)
    pdf.set_draw_color(*ACC)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)

    def para(head, body):
        pdf.txt("**" + head + "** " + body, 9.5, lh=4.6, md=True, after=2.4)

    para(
        "Wage guarantee and adjustments.",
        "Foothill Juniper pays at least the highest of the "
        "prevailing wage, the federal minimum wage and the Colorado minimum wage, and "
        + ev("wage_adjustment", "will raise the rate if any of them goes up")
        + " during the job.",
    )
    para(
        "Three-fourths guarantee.",
        "In each 12-week period of the contract we offer you work "
        "for "
        + ev("three_fourths_guarantee", "at least three-fourths of the workdays")
        + "; if we offer fewer hours, we pay you for the guaranteed hours anyway.",
    )
    para(
        "Earnings statements.",
        "You receive an "
        + ev("earnings_statements", "earnings statement with each paycheck")
        + " showing hours offered, hours worked, your rate, gross pay and each deduction.",
    )
    para(
        "Deductions.",
        ev("deductions", "Federal and Colorado income tax")
        + ", Social Security, Medicare and the employee share of the Colorado FAMLI premium, "
        "all required by law. Voluntary deductions, such as a remittance to your family, are "
        "made only with your signed authorization.",
    )

    pdf.add_page()
    pdf.txt("WHO PAYS FOR WHAT", 12, "B", color=DARK, after=1.5)
    pdf.grid(
        [
            ["Cost", "Paid by", "How and when"],
            ["Visa application fee (USD 205)", "Employer", "Reimbursed in the first workweek"],
            ["Border-crossing fee", "Employer", "Reimbursed in the first workweek"],
            ["Recruiter's service fee", "Employer", "Paid directly to the recruiter"],
            [
                "Bus Monterrey–Denver, meals on the road",
                "Employer",
                "Reimbursed in the first workweek",
            ],
            ["Return trip to Monterrey", "Employer", "Ticket bought by the employer"],
            ["Boots, gloves, ear and eye protection", "Employer", "Issued free, no deposit"],
            ["Hand tools, mowers, trimmers", "Employer", "Issued free, no deposit"],
            ["Safety training on day one", "Employer", "Paid time at your hourly rate"],
            ["Crew house bed and utilities", "Employer", "Free for workers who want it"],
        ],
        (44, 16, 40),
        size=9,
        head_fill=(236, 226, 204),
        zebra=(248, 246, 240),
    )
    pdf.ln(5)
    para(
        "Travel.",
        ev(
            "inbound_transportation",
            "Your bus fare from Monterrey and your meals on the way are reimbursed",
        )
        + " in your first workweek. If you finish the job, or we end it early for reasons other "
        "than cause, " + ev("return_transportation", "we buy your ticket home to Monterrey") + ".",
    )
    para(
        "Visa.",
        ev("visa_reimbursement", "Your visa fee and any border-crossing fee are reimbursed")
        + " in your first workweek.",
    )
    para(
        "Tools.",
        "All tools, equipment and protective gear are "
        + ev("tools_provided", "provided at no cost")
        + ", and we never take a deposit.",
    )
    para(
        "Recruitment.",
        "We pay Rocky Arroyo Recruiting, S. de R.L. de C.V. for recruiting. "
        "Neither Rocky Arroyo nor anyone else may charge you any fee for this job; if someone "
        "asks you for money, call us at (303) 555-0157.",
    )
    para(
        "Housing and daily transport.",
        "A free shared crew house at 7740 Quarry Bluff Road is "
        "available to workers who want it, and company trucks take crews to every job site at "
        "no cost.",
    )
    para(
        "Leaving the job.",
        "If you do not come to work for "
        + ev("termination", "5 consecutive working days without permission")
        + ", we will consider that you abandoned the job and will notify the Department of "
        "Labor and DHS within 2 business days. A dismissal for cause is explained in writing.",
    )
    para(
        "If the work becomes impossible.",
        "If a fire, flood, storm or "
        + ev("contract_impossibility", "other Act of God makes the work impossible")
        + " and the Department of Labor approves, we may end the contract early; you will "
        "still receive the three-fourths guarantee up to that day and your ticket home.",
    )
    pdf.ln(2)
    pdf.txt("I received this disclosure in:", 9, after=1)
    pdf.checkbox_line([(True, "English"), (True, "Spanish")])
    pdf.sig_lines(["Worker signature", "Printed name", "Date"])
    return D, pdf


# ---- cs11 ------------------------------------------------------------------------------
@document
def cs11():
    D = Doc(
        11,
        "generic",
        "en",
        2,
        "work_contract",
        "seasonal employment agreement: centered serif title, shaded parties table, "
        "numbered sections with hanging numbers, initials footer, two-party signature block",
        "US domestic (Washington → Alaska)",
        "Seasonal employment agreement for a salmon processing plant",
        "Seasonal Employment Agreement 2026",
        "Silverbight Seafoods, Inc.",
    )
    D.recruiters = []
    D.traps = [
        "'processing line' / 'fish processing' are job words, not processing fees",
        "'collects the tender fee from independent fishermen' is a job duty",
        "statutory Alaska unemployment insurance contribution (not insurance_cost)",
        "room and board at no charge; rain gear and boots free, no deposit",
        "round-trip airfare paid by employer",
        "no hiring, application or placement fee; no labor recruiters used",
        "employee keeps ID; free to leave the plant grounds off shift",
    ]
    pdf = PDF(D, base="serif", margins=(22, 18, 22), bottom=20)
    ev = D.ev

    def ftr(p):
        p.set_y(-14)
        p.set_font("serif", "", 8)
        p.set_text_color(100, 100, 100)
        p.cell(
            p.epw / 2,
            5,
            "Silverbight Seafoods, Inc. · Agreement SB-26-1187 · Page %d of {nb}" % p.page_no(),
        )
        p.cell(p.epw / 2, 5, "Employee initials ______   Company initials ______", align="R")
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    pdf.txt("SILVERBIGHT SEAFOODS, INC.", 10, "B", align="C", color=(20, 70, 100), after=0.5)
    pdf.txt("SEASONAL EMPLOYMENT AGREEMENT — 2026 SALMON SEASON", 13, "B", align="C", after=4)
    pdf.grid(
        [
            [
                "Employer",
                ev("employer_identity", "Silverbight Seafoods, Inc.")
                + ", 1940 Westlake Wharf Avenue North, Seattle, WA 98109",
            ],
            [
                "Employee",
                ev("worker_identity", "Delfina Ocampo Reyes")
                + ", 412 Mercer Terrace, Apt. 6, Yakima, WA 98901",
            ],
            ["Position", "Processing Line Worker (Tier 1)"],
            ["Plant", "Silverbight Kettle Cove plant, Mile 3 Cannery Road, Kettle Cove, Alaska"],
        ],
        (22, 78),
        size=9.5,
        header=False,
        bold_first_col=True,
        font="serif",
        zebra=(230, 238, 244),
    )
    pdf.ln(5)
    secs = [
        (
            "Duties.",
            "The Employee will sort, "
            + ev("job_duties", "head, gut and slime salmon")
            + " on the processing line, pack fillets in totes and boxes, and move product to the "
            "freezers, and will clean equipment at the end of each shift. When assigned to the dock, "
            "the Employee records delivery tickets and collects the tender fee from independent "
            "fishermen.",
        ),
        (
            "Place of work.",
            "The Employee will work at the Kettle Cove plant, "
            + ev("work_location", "Mile 3 Cannery Road")
            + ", Kettle Cove, Alaska.",
        ),
        (
            "Term.",
            "This agreement runs "
            + ev("employment_period", "from June 15, 2026 to August 10, 2026")
            + ". Depending on the salmon run, the Company may ask the Employee to stay up to ten "
            "extra days, which the Employee may refuse.",
        ),
        (
            "Hours.",
            "During the peak of the run, shifts are "
            + ev("hours_of_work", "12 hours per day")
            + ", seven days a week; at other times, shifts are at least 8 hours per day, six days "
            "a week.",
        ),
        (
            "Wages.",
            "The Company pays "
            + ev("wage_rate", "$17.25 per hour")
            + ", and $25.88 per hour for hours over 8 in a day or 40 in a week, as Alaska law "
            "requires.",
        ),
        (
            "Paydays.",
            "Paydays are "
            + ev("pay_frequency", "every other Friday (biweekly)")
            + ", by direct deposit; final pay is issued by the last day of the season.",
        ),
        (
            "Deductions.",
            "The Company withholds federal income tax, Social Security, Medicare and "
            "the Employee's "
            + ev("deductions", "Alaska unemployment insurance contribution")
            + ", all required by law. No other deduction is made unless the Employee authorizes it "
            "in writing.",
        ),
        (
            "Room and board.",
            "Bunkhouse lodging and three meals a day in the mess hall are provided at no charge.",
        ),
        (
            "Gear.",
            "Rain gear, rubber boots, gloves and hairnets are issued free, and no deposit is "
            "taken.",
        ),
        (
            "Travel.",
            "The Company pays the Employee's round-trip airfare between Seattle and Kettle "
            "Cove. "
            + ev("return_transportation", "The return flight to Seattle is paid by the Company")
            + " when the Employee completes the season or is released early for any reason other "
            "than misconduct.",
        ),
        (
            "Ending the agreement.",
            ev("termination", "Either party may end this agreement with 24 hours' notice")
            + ". The Company may dismiss an Employee at once for theft, violence, or working under "
            "the influence of alcohol or drugs, and will state the reason in writing.",
        ),
        (
            "No fees.",
            "The Company does not charge any hiring, application or placement fee, and it "
            "does not use labor recruiters.",
        ),
        (
            "Freedom of movement.",
            "The Employee keeps his or her own identification. Off shift, "
            "the Employee may leave the plant grounds freely, and the Company skiff to the village "
            "runs twice a day at no cost.",
        ),
        (
            "Safety.",
            "On arrival the Employee attends a paid four-hour safety orientation on "
            "knives, ammonia refrigeration, wet floors and cold-storage entry. The Company supplies "
            "first aid at the plant, and a nurse visits the village clinic weekly.",
        ),
        (
            "Concerns.",
            "The Employee may raise any concern with the plant manager, the Alaska "
            "Department of Labor and Workforce Development, or a lawyer, and will not be punished "
            "for doing so.",
        ),
        (
            "Whole agreement.",
            "This agreement, together with the written plant rules handed out "
            "on arrival, is the whole agreement between the parties. It is governed by the law of "
            "the State of Alaska and may be changed only in writing signed by both parties.",
        ),
    ]
    for i, (head, body) in enumerate(secs, 1):
        pdf.hang("%d." % i, "**" + head + "** " + body, size=9.8, lh=4.9, md=True, after=2)
    pdf.ln(4)
    pdf.txt("Signed at Seattle, Washington, on May 18, 2026.", 9.8, after=2)
    pdf.sig_lines(
        ["For Silverbight Seafoods, Inc.", "Employee"],
        font="serif",
        y_gap=16,
        names=["Torvald Hagebak, Plant Manager", "Delfina Ocampo Reyes"],
    )
    return D, pdf


# ---- cs12 ------------------------------------------------------------------------------
@document
def cs12():
    D = Doc(
        12,
        "h2a",
        "en",
        2,
        "travel_reimbursement_form",
        "claim form: form number box, numbered sections with labelled underlined fields "
        "filled in blue italic, checkboxes, expense table with receipt column, small-print "
        "rules (p1); worker certification checkboxes, signature lines and shaded 'office use "
        "only' box (p2)",
        "MX → US (California)",
        "Inbound travel and subsistence reimbursement claim form",
        "Form TR-2 inbound travel reimbursement claim",
        "Mokelumne Bend Vineyard Services LLC",
    )
    D.recruiters = ["Campo Dorado Reclutamiento"]
    D.traps = [
        "subsistence paid at the DOL daily rate with or without receipts",
        "'no handling or processing charge is deducted' (negated processing fee)",
        "return transportation provided by employer",
        "worker certification 'I did not pay anyone to get this job'",
        "inbound bus reimbursed at 50% of the contract (present term), but visa fees and "
        "Monterrey hotel excluded",
    ]
    pdf = PDF(D, base="sans", margins=(16, 14, 16), bottom=14)
    ev = D.ev
    BLUE = (20, 50, 160)

    def ftr(p):
        p.set_y(-10)
        p.set_font("sans", "", 7)
        p.set_text_color(110, 110, 110)
        p.cell(p.epw / 2, 4, "Form TR-2 (rev. 01/2026)")
        p.cell(p.epw / 2, 4, "Page %d of {nb}" % p.page_no(), align="R")
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr

    def field(label, value, w, x=None, lw=None):
        x = pdf.l_margin if x is None else x
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("sans", "", 8)
        lw = lw or pdf.get_string_width(label) + 2
        pdf.cell(lw, 6, label)
        pdf.set_font("sans", "I", 9.5)
        pdf.set_text_color(*BLUE)
        pdf.cell(w - lw, 6, value)
        pdf.set_text_color(0, 0, 0)
        pdf.line(x + lw, y + 5.6, x + w - 2, y + 5.6)

    def sec(title):
        pdf.ln(2)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("sans", "B", 9)
        pdf.cell(0, 5.5, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("sans", "B", 11)
    pdf.cell(
        130,
        5.5,
        ev("employer_identity", "Mokelumne Bend Vineyard Services LLC"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("sans", "", 8)
    pdf.cell(
        130,
        4,
        "2580 Woodbridge Levee Road, Mokelumne Bend, CA 95242 · (209) 555-0145",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.rect(pdf.w - pdf.r_margin - 34, y0, 34, 12)
    pdf.set_xy(pdf.w - pdf.r_margin - 34, y0 + 1)
    pdf.set_font("sans", "B", 12)
    pdf.cell(34, 6, "FORM TR-2", align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("sans", "", 6.5)
    pdf.cell(34, 4, "H-2A worker claim", align="C")
    pdf.set_xy(pdf.l_margin, y0 + 15)
    pdf.set_font("sans", "B", 12.5)
    pdf.cell(
        0, 6, "INBOUND TRAVEL AND SUBSISTENCE REIMBURSEMENT CLAIM", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("sans", "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(
        0,
        4,
        "Complete one form per worker. Attach tickets and receipts. Turn in at the crew office.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)

    sec("1. WORKER")
    half = pdf.epw / 2
    field("Worker name:", "Aurelio Sifuentes Macías", half)
    field("Employee no.:", "MB-26-0288", half, x=pdf.l_margin + half)
    pdf.ln(8)
    field("Job order:", "CA-2026-55812", half)
    field("Crew no.:", "3", half, x=pdf.l_margin + half)
    pdf.ln(8)
    field("Contract period:", ev("employment_period", "04/06/2026 – 10/30/2026"), half)
    field("Place of recruitment:", "Fresnillo, Zacatecas, Mexico", half, x=pdf.l_margin + half)
    pdf.ln(9)

    sec("2. TYPE OF CLAIM")
    pdf.checkbox_line([(True, "50% point of the contract period reached")], size=9)
    pdf.checkbox_line([(False, "First-workweek adjustment (federal minimum wage)")], size=9)
    pdf.checkbox_line([(False, "Correction of an earlier claim")], size=9)

    sec("3. EXPENSES CLAIMED")
    pdf.grid(
        [
            ["Date", "Expense", "From → To", "Receipt", "Amount (USD)"],
            ["04/01/2026", "Bus ticket", "Fresnillo → Monterrey", "☒ attached", "48.60"],
            ["04/01–04/03", "Subsistence, 3 days", "DOL daily rate", "not needed", "47.64"],
            ["04/04/2026", "Bus ticket", "Monterrey → Mokelumne Bend", "☒ attached", "182.00"],
            ["04/04–04/05", "Subsistence, 2 days", "DOL daily rate", "not needed", "31.76"],
            ["", "", "", "Total claimed", "310.00"],
        ],
        (16, 22, 32, 15, 15),
        size=8.5,
        head_fill=(235, 235, 235),
    )

    sec("4. RULES FOR THIS CLAIM")
    rules = [
        ev(
            "inbound_transportation",
            "Inbound transportation and daily subsistence from the place of recruitment are reimbursed once the worker completes 50 percent of the contract period",
        )
        + ", unless the employer already paid them.",
        "Subsistence is paid at the daily rate published by the Department of Labor for each "
        "travel day, with or without receipts.",
        D.fee(
            "visa_cost",
            1,
            None,
            None,
            "Consular visa fees and the visa appointment fee are not covered by this form and "
            "will not be reimbursed.",
        ),
        D.fee(
            "travel_cost",
            1,
            None,
            None,
            "Hotel nights in Monterrey while the worker waits for the visa interview are the "
            "worker's own expense, even when the hotel was booked by Campo Dorado Reclutamiento.",
        ),
        "Approved amounts are added as a separate line on the next paycheck; no handling or "
        "processing charge is deducted.",
        ev(
            "return_transportation",
            "Return transportation and subsistence to the place of recruitment are provided by the employer",
        )
        + " at the end of the contract; use form TR-3 for the return trip.",
    ]
    for i, r in enumerate(rules, 1):
        pdf.hang("%d." % i, r, size=8.3, lh=4, num_w=6, after=1)

    pdf.add_page()
    sec("5. WORKER CERTIFICATION")
    for lab in [
        "The expenses listed in section 3 are true and were paid by me.",
        "I did not pay anyone to get this job.",
        "My passport and visa are in my own possession.",
    ]:
        pdf.checkbox_line([(True, lab)], size=9)
    pdf.ln(2)
    pdf.sig_lines(["Worker signature", "Date"], y_gap=14)
    sec("6. FOR OFFICE USE ONLY")
    y = pdf.get_y()
    pdf.set_fill_color(242, 242, 242)
    pdf.rect(pdf.l_margin, y, pdf.epw, 44, "F")
    pdf.set_xy(pdf.l_margin + 3, y + 3)
    for lab in [
        "Claim received on: ______________",
        "50% date verified: ______________",
        "Amount approved: $______________",
        "Added to paycheck dated: ______________",
        "Verified by: ______________",
    ]:
        pdf.set_x(pdf.l_margin + 3)
        pdf.set_font("sans", "", 9)
        pdf.cell(0, 7.5, lab, new_x="LMARGIN", new_y="NEXT")
    return D, pdf


# ---------------------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------------------
def norm(s):
    return " ".join((s or "").split())


def page_texts(path):
    """Per page: candidate normalised texts (full page, left half, right half)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            full = norm(p.extract_text())
            w, h = p.width, p.height
            left = norm(p.crop((0, 0, w / 2, h)).extract_text())
            right = norm(p.crop((w / 2, 0, w, h)).extract_text())
            out.append(
                {"cands": [full, left, right], "chars": len(p.chars), "images": len(p.images)}
            )
    return out


def check_doc(D, path, errors):
    def err(msg):
        errors.append("%s: %s" % (D.file, msg))

    pages = page_texts(path)
    if len(pages) != D.pages:
        err("page count %d != %d" % (len(pages), D.pages))
    if not 1 <= D.pages <= 4:
        err("pages outside 1-4")
    # scanned page: image only, no text layer; every other page has text
    for i, pg in enumerate(pages, 1):
        if D.scanned_page == i:
            if pg["chars"] != 0 or pg["images"] < 1:
                err("scanned page %d has %d chars / %d images" % (i, pg["chars"], pg["images"]))
        elif pg["chars"] == 0:
            err("page %d has no text layer" % i)
    alltext = " ".join(pg["cands"][0] for pg in pages)
    allcands = [c for pg in pages for c in pg["cands"]]
    # fees: quote on its labelled page (full text or a column half)
    for f in D.fees:
        q = norm(f["quote"])
        if not (1 <= f["page"] <= len(pages)):
            err("fee page out of range: %r" % q[:50])
            continue
        if not any(q in c for c in pages[f["page"] - 1]["cands"]):
            where = [i for i, pg in enumerate(pages, 1) if any(q in c for c in pg["cands"])]
            err("fee quote not on page %d (found on %s): %r" % (f["page"], where, q[:70]))
        if not re.search(r"[.!?]$", q):
            err("fee quote is not a full sentence: %r" % q[-40:])
        if f["severity"] != severity(
            f["category"], D.program, f["severity"] == "review" and f["category"] == "visa_cost"
        ):
            err("severity mismatch %s" % f["category"])
        if (f["amount"] is None) != (f["currency"] is None):
            err("amount/currency mismatch %r" % q[:50])
    # recruiters named exactly as written
    for r in D.recruiters:
        if not any(norm(r) in c for c in allcands):
            err("recruiter not in text: %r" % r)
    # term evidence present in the text
    for term, evs in D.terms.items():
        if not any(norm(evs) in c for c in allcands):
            err("evidence for %s not in text: %r" % (term, evs))
    # missing terms: guard patterns must not match
    low = alltext.lower()
    for term in D.missing():
        pat = MISSING_GUARD.get(term)
        if pat and term not in D.guard_skip:
            m = re.search(pat, low, re.I)
            if m:
                err(
                    "missing term %s but text has %r"
                    % (term, low[max(0, m.start() - 30) : m.end() + 30])
                )
    # compliant documents
    if not D.fees and D.missing():
        err("no fees but missing terms %s" % D.missing())


def check_batch(docs, errors):
    labels = [D.label() for D in docs]
    n = len(labels)
    if n != 12 or [l["file"] for l in labels] != ["cs%02d.pdf" % i for i in range(1, 13)]:
        errors.append("batch: expected cs01..cs12")
    progs = {l["program"] for l in labels}
    if progs != {"h2a", "h2b", "generic"}:
        errors.append("batch: programs %s" % progs)
    langs = [l["language"] for l in labels]
    if (
        langs.count("es") < 4
        or langs.count("mixed") < 1
        or langs.count("en") < 1
        or set(langs) - {"en", "es", "mixed"}
    ):
        errors.append("batch: languages %s" % langs)
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        errors.append("batch: only %d compliant documents" % len(compliant))
    for l in labels:
        if l["fees"] and not 1 <= len(l["fees"]) <= 5:
            errors.append("batch: %s has %d findings" % (l["file"], len(l["fees"])))
        if not l["fees"] and l["missing_terms"]:
            errors.append("batch: %s has missing terms but no findings" % l["file"])
    scanned = [l for l in labels if l["scanned"]]
    if len(scanned) != 1:
        errors.append("batch: %d scanned documents" % len(scanned))
    return labels


def summary(labels):
    cats = {}
    for l in labels:
        for f in l["fees"]:
            cats[f["category"]] = cats.get(f["category"], 0) + 1
    lines = [
        "documents: %d" % len(labels),
        "findings: %d  %s"
        % (sum(cats.values()), ", ".join("%s %d" % (c, cats[c]) for c in CATEGORIES if c in cats)),
        "missing-term labels: %d" % sum(len(l["missing_terms"]) for l in labels),
        "compliant: %s"
        % ", ".join(l["file"] for l in labels if not l["fees"] and not l["missing_terms"]),
        "scanned: %s" % ", ".join(l["file"] for l in labels if l["scanned"]),
    ]
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
    os.makedirs(args.out_dir, exist_ok=True)
    errors = []
    docs = []
    for fn in DOCS:
        D, pdf = fn()
        path = os.path.join(args.out_dir, D.file)
        pdf.output(path)
        check_doc(D, path, errors)
        docs.append(D)
    labels = check_batch(docs, errors)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(args.out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if args.write_labels:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", committed)
    else:
        try:
            with open(committed, encoding="utf-8") as fh:
                old = fh.read()
        except FileNotFoundError:
            old = None
        if old is None:
            errors.append("committed labels.json missing (run with --write-labels)")
        elif json.loads(old) != labels:
            old_l = {l["file"]: l for l in json.loads(old)}
            for l in labels:
                if old_l.get(l["file"]) != l:
                    errors.append("labels differ from committed labels.json: %s" % l["file"])
            if set(old_l) != {l["file"] for l in labels}:
                errors.append("labels differ from committed labels.json: file list")
    print(summary(labels))
    if errors:
        print("\nFAILED CHECKS (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
