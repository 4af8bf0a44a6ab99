#!/usr/bin/env python3
"""heldout_ch: blind, labelled batch of 12 recruitment documents (compliant-heavy).

Usage:  python build.py OUT_DIR [--update-labels]

Writes ch01.pdf ... ch12.pdf and labels.json into OUT_DIR, deterministically.
Then reopens every PDF with pdfplumber and self-checks it (page count, verbatim fee
quotes on their page, recruiter names, image-only scanned page, evidence for every
required term that is not labelled missing) and compares the generated labels with the
committed labels.json next to this file (written there if it does not exist yet, or
rewritten with --update-labels). Exits non-zero on any failed check or difference.

All firms, people, streets and small towns are invented.
"""

import datetime
import io
import json
import math
import os
import random
import sys

import pdfplumber
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2026, 1, 20, 9, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------- taxonomy (taxonomy.md)
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
TERMS = [  # (id, h2a, h2b, generic) in taxonomy order
    ("employer_identity", 1, 1, 1),
    ("worker_identity", 0, 0, 1),
    ("job_duties", 1, 1, 1),
    ("work_location", 1, 1, 1),
    ("employment_period", 1, 1, 1),
    ("hours_of_work", 1, 1, 1),
    ("wage_rate", 1, 1, 1),
    ("wage_adjustment", 1, 1, 0),
    ("overtime", 0, 1, 0),
    ("pay_frequency", 1, 1, 1),
    ("deductions", 1, 1, 1),
    ("three_fourths_guarantee", 1, 1, 0),
    ("housing", 1, 0, 0),
    ("meals", 1, 0, 0),
    ("inbound_transportation", 1, 1, 0),
    ("return_transportation", 1, 1, 1),
    ("daily_transportation", 1, 0, 0),
    ("visa_reimbursement", 0, 1, 0),
    ("tools_provided", 1, 1, 0),
    ("workers_compensation", 1, 0, 0),
    ("earnings_statements", 1, 1, 0),
    ("termination", 1, 1, 1),
    ("contract_impossibility", 1, 1, 0),
    ("job_requirements", 1, 1, 0),
]
PROGRAM_COL = {"h2a": 1, "h2b": 2, "generic": 3}


def required_terms(program):
    return [t[0] for t in TERMS if t[PROGRAM_COL[program]]]


def severity(category, program, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join((s or "").split())


# ---------------------------------------------------------------- fonts
HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))
FAMILIES = {
    "sans": ("DejaVuSans", "helvetica"),
    "serif": ("DejaVuSerif", "times"),
    "cond": ("DejaVuSansCondensed", "helvetica"),
    "mono": ("DejaVuSansMono", "courier"),
}
STYLE_SUFFIX = {
    "DejaVuSans": {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"},
    "DejaVuSerif": {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"},
    "DejaVuSansCondensed": {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"},
    "DejaVuSansMono": {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"},
}
FALLBACK_MAP = {
    "☒": "[X]",
    "☐": "[ ]",
    "–": "-",
    "—": "-",
    "’": "'",
    "“": '"',
    "”": '"',
    "•": "-",
    "·": "-",
    "€": "EUR",
    "…": "...",
    "¹": "1",
    "²": "2",
    "³": "3",
    "✓": "v",
    "→": "->",
}


class Doc(FPDF):
    """fpdf2 document with per-page header/footer callbacks, fee bookkeeping and helpers."""

    def __init__(
        self,
        fmt="letter",
        family="sans",
        base=10.0,
        margins=(20, 16, 20),
        bottom=18,
        header_fn=None,
        footer_fn=None,
        lh=1.45,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("word processor export")
        self.set_producer("PDF export")
        self.fonts_ok = HAVE_DEJAVU
        self.registered = set()
        self.fam = family
        self.base = base
        self.lhf = lh
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.scanned_pages = set()
        self.scan_texts = {}
        self.fees = []
        self.set_font_(family, "", base)

    # -- fonts / text
    def set_font_(self, family=None, style="", size=None):
        family = family or self.fam
        size = size or self.base
        if self.fonts_ok:
            if (family, style) not in self.registered:  # lazy: parsing TTFs is slow
                fam = FAMILIES[family][0]
                self.add_font(
                    family, style, os.path.join(FONT_DIR, fam + STYLE_SUFFIX[fam][style] + ".ttf")
                )
                self.registered.add((family, style))
            self.set_font(family, style, size)
        else:
            core = dict((k, v[1]) for k, v in FAMILIES.items())[family]
            self.set_font(core, style, size)

    def T(self, s):
        if self.fonts_ok:
            return s
        for a, b in FALLBACK_MAP.items():
            s = s.replace(a, b)
        return s.encode("latin-1", "replace").decode("latin-1")

    def lh(self, size=None):
        return (size or self.base) * 0.3528 * self.lhf

    # -- header/footer
    def header(self):
        if self.page_no() in self.scanned_pages or not self.header_fn:
            return
        self.header_fn(self)

    def footer(self):
        if self.page_no() in self.scanned_pages or not self.footer_fn:
            return
        self.footer_fn(self)

    # -- layout helpers
    def room(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def gap(self, mm=2.0):
        self.ln(mm)

    def heading(
        self,
        text,
        size=None,
        style="B",
        color=(0, 0, 0),
        align="L",
        after=1.5,
        fill=None,
        family=None,
        keep=14,
    ):
        size = size or self.base + 1.5
        self.room(keep)
        self.set_font_(family, style, size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0,
            self.lh(size),
            self.T(text),
            align=align,
            fill=bool(fill),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_text_color(0, 0, 0)
        self.set_font_(None, "", self.base)
        self.ln(after)

    def _record(self, text, fees, p0, p1):
        for f in fees or []:
            if f["quote"] not in text:
                raise SystemExit("fee quote not inside its paragraph: %r" % f["quote"][:60])
            if p0 != p1:
                raise SystemExit("fee paragraph split across pages: %r" % f["quote"][:60])
            rec = dict(f)
            rec["page"] = p0
            self.fees.append(rec)

    def para(
        self,
        text,
        size=None,
        style="",
        align="L",
        after=1.6,
        indent=0.0,
        fees=None,
        color=(0, 0, 0),
        family=None,
        width=0,
    ):
        size = size or self.base
        self.set_font_(family, style, size)
        self.set_text_color(*color)
        h = self.lh(size)
        w = width or (self.epw - indent)
        if fees:  # keep a paragraph that carries a finding on one page
            self.room(self.multi_cell(w, h, self.T(text), dry_run=True, output="HEIGHT") + 1)
        else:
            self.room(h)
        p0 = self.page_no()
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(w, h, self.T(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._record(text, fees, p0, self.page_no())
        self.set_text_color(0, 0, 0)
        self.set_font_(None, "", self.base)
        if after:
            self.ln(after)

    def lv(self, label, value, size=None, after=1.2, fees=None, indent=0.0):
        """Bold label followed by regular text in the same flowing paragraph."""
        size = size or self.base
        h = self.lh(size)
        if fees:
            self.set_font_(None, "", size)
            est = self.multi_cell(
                self.epw - indent, h, self.T(label + " " + value), dry_run=True, output="HEIGHT"
            )
            self.room(est + h)
        else:
            self.room(h * 2)
        p0 = self.page_no()
        if indent:
            old = self.l_margin
            self.set_left_margin(old + indent)
            self.set_x(old + indent)
        self.set_font_(None, "B", size)
        self.write(h, self.T(label + " "))
        self.set_font_(None, "", size)
        self.write(h, self.T(value))
        self.ln(h)
        if indent:
            self.set_left_margin(old)
        self._record(value, fees, p0, self.page_no())
        if after:
            self.ln(after)

    def bullets(
        self, items, size=None, bullet="•", indent=5.0, after=1.0, item_after=0.6, fees_for=None
    ):
        size = size or self.base
        h = self.lh(size)
        for i, item in enumerate(items):
            self.set_font_(None, "", size)
            self.room(h)
            p0 = self.page_no()
            self.set_x(self.l_margin + 1)
            self.cell(indent - 1, h, self.T(bullet))
            self.multi_cell(
                self.epw - indent, h, self.T(item), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            if fees_for and i in fees_for:
                self._record(item, fees_for[i], p0, self.page_no())
            self.ln(item_after)
        self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=None,
        head=True,
        head_fill=(225, 225, 225),
        line_height=None,
        align="LEFT",
        borders="ALL",
        zebra=None,
        bold_first_col=False,
        after=3.0,
        family=None,
        valign="TOP",
    ):
        size = size or self.base - 1
        self.set_font_(family, "B", size)  # make sure the bold face is registered
        if sum(widths) > self.epw - 0.05:
            k = (self.epw - 0.05) / sum(widths)
            widths = tuple(w * k for w in widths)
        self.set_font_(family, "", size)
        lh = line_height or self.lh(size)
        style = FontFace(emphasis="BOLD", fill_color=head_fill) if head else None
        kwargs = dict(
            col_widths=widths,
            width=sum(widths),
            text_align=align,
            line_height=lh,
            borders_layout=borders,
            first_row_as_headings=head,
            padding=1.2,
            align="LEFT",
            v_align=valign,
        )
        if head:
            kwargs["headings_style"] = style
        self.set_fill_color(255, 255, 255)
        if zebra:
            kwargs["cell_fill_color"] = zebra
            kwargs["cell_fill_mode"] = "ROWS"
        with self.table(**kwargs) as t:
            for ri, r in enumerate(rows):
                row = t.row()
                for ci, c in enumerate(r):
                    if bold_first_col and ci == 0 and (ri > 0 or not head):
                        row.cell(self.T(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(self.T(c))
        self.set_font_(None, "", self.base)
        self.ln(after)

    def hline(self, color=(120, 120, 120), width=0.3, after=2.0):
        self.set_draw_color(*color)
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.ln(after)

    def signatures(self, parties, size=None, line_gap=13, cols=None):
        """parties: list of (role, name-or-''). Lays them out in rows of `cols`."""
        size = size or self.base - 1
        cols = cols or min(3, len(parties))
        w = self.epw / cols
        h = self.lh(size)
        rows = [parties[i : i + cols] for i in range(0, len(parties), cols)]
        self.room(len(rows) * (line_gap + 3 * h + 3) + 2)  # keep the block together
        for r in rows:
            y0 = self.get_y() + line_gap
            for i, (role, name) in enumerate(r):
                x = self.l_margin + i * w
                self.set_draw_color(60, 60, 60)
                self.line(x + 2, y0, x + w - 6, y0)
                self.set_xy(x + 2, y0 + 1)
                self.set_font_(None, "B", size)
                self.multi_cell(w - 8, h, self.T(role), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                if name:
                    self.set_font_(None, "", size)
                    self.set_x(x + 2)
                    self.multi_cell(
                        w - 8, h, self.T(name), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                    )
            self.set_y(y0 + 3 * h + 3)
        self.set_font_(None, "", self.base)
        self.ln(2)

    def columns(
        self,
        blocks,
        ncols=2,
        gutter=7.0,
        size=None,
        heading_size=None,
        heading_color=(0, 0, 0),
        after=2.0,
    ):
        """Flow blocks (('h', text) or ('p', text)) into columns; blocks are not split."""
        size = size or self.base
        heading_size = heading_size or size + 0.5
        colw = (self.epw - gutter * (ncols - 1)) / ncols
        col = 0
        top = self.get_y()
        bottom = self.page_break_trigger
        y = top
        maxy = top
        self.set_auto_page_break(False, self.b_margin)

        def height(kind, text):
            fsize = heading_size if kind == "h" else size
            self.set_font_(None, "B" if kind == "h" else "", fsize)
            hh = self.multi_cell(
                colw, self.lh(fsize), self.T(text), align="L", dry_run=True, output="HEIGHT"
            )
            return hh + (0.6 if kind == "h" else 1.8)

        for bi, (kind, text) in enumerate(blocks):
            fsize = heading_size if kind == "h" else size
            style = "B" if kind == "h" else ""
            need = height(kind, text)
            need_keep = need
            if kind == "h" and bi + 1 < len(blocks):  # keep heading with the next block
                need_keep += height(*blocks[bi + 1])
            if y + need_keep > bottom:
                col += 1
                if col >= ncols:
                    self.add_page()
                    col = 0
                    top = self.get_y()
                    maxy = top
                y = top
            x = self.l_margin + col * (colw + gutter)
            self.set_xy(x, y)
            self.set_text_color(*(heading_color if kind == "h" else (0, 0, 0)))
            self.set_font_(None, style, fsize)
            self.multi_cell(
                colw, self.lh(fsize), self.T(text), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
            y = self.get_y() + (0.6 if kind == "h" else 1.8)
            maxy = max(maxy, y)
        self.set_text_color(0, 0, 0)
        self.set_auto_page_break(True, self.b_margin)
        self.set_xy(self.l_margin, maxy + after)
        self.set_font_(None, "", self.base)

    def checkbox(self, items, size=None, after=1.5, per_line=False):
        """items: list of (checked, text). Drawn with ballot-box glyphs on one line."""
        size = size or self.base
        parts = []
        for checked, text in items:
            parts.append(("☒ " if checked else "☐ ") + text)
        if per_line:
            for p in parts:
                self.para(p, size=size, after=0.5)
            self.ln(after)
        else:
            self.para("     ".join(parts), size=size, after=after)

    def add_scanned_page(self, image_bytes, source_text):
        """Full-page raster image, no text layer; header/footer are suppressed."""
        self.scanned_pages.add(self.page_no() + 1)
        self.add_page()
        self.scan_texts[self.page_no()] = source_text
        self.image(io.BytesIO(image_bytes), x=0, y=0, w=self.w, h=self.h)


def F(category, quote, amount=None, currency=None, passport_only=False):
    return {
        "category": category,
        "quote": quote,
        "amount": amount,
        "currency": currency,
        "passport_only": passport_only,
    }


def band(d, text, sub=None, fill=(30, 60, 90), size=13, color=(255, 255, 255), h=None):
    """Coloured letterhead band across the top of the text area."""
    d.set_fill_color(*fill)
    d.set_text_color(*color)
    d.set_font_(None, "B", size)
    d.multi_cell(
        0,
        d.lh(size) + 1.2,
        d.T(text),
        fill=True,
        align="L",
        padding=(2, 3, 1, 3),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    if sub:
        d.set_font_(None, "", d.base - 1.5)
        d.multi_cell(
            0,
            d.lh(d.base - 1.5),
            d.T(sub),
            fill=True,
            align="L",
            padding=(0, 3, 2, 3),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    d.set_text_color(0, 0, 0)
    d.set_font_(None, "", d.base)
    d.ln(3)


# ---------------------------------------------------------------- scanned-page renderer
def render_scan(lines, seed, page_mm=(215.9, 279.4), dpi=170, family="DejaVuSerif"):
    """Render text lines as a slightly rotated, blurred, noisy greyscale 'scan' (JPEG).

    lines: list of (kind, text) with kind in {'title', 'h', 'p', 'small', 'sig', 'gap',
    'stamp'}; 'sig' text is 'role|name' pairs separated by '||'.
    """
    rnd = random.Random(seed)
    W = int(page_mm[0] / 25.4 * dpi)
    H = int(page_mm[1] / 25.4 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    px = dpi / 72.0

    def font(style, pt):
        name = {"": family, "B": family + "-Bold", "I": family + "-Italic"}[style]
        path = os.path.join(FONT_DIR, name + ".ttf")
        if not os.path.exists(path):
            return ImageFont.load_default()
        return ImageFont.truetype(path, int(round(pt * px)))

    margin_l = int(22 / 25.4 * dpi)
    margin_r = W - int(20 / 25.4 * dpi)
    y = int(18 / 25.4 * dpi)
    maxw = margin_r - margin_l

    def wrap(text, f):
        words, out, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if f.getlength(t) <= maxw:
                cur = t
            else:
                out.append(cur)
                cur = w
        if cur:
            out.append(cur)
        return out

    ink = 28
    for kind, text in lines:
        if kind == "gap":
            y += int(float(text) * px)
            continue
        if kind == "sig":
            parties = [p.split("|") for p in text.split("||")]
            colw = maxw // len(parties)
            f_b, f_r = font("B", 9), font("", 9)
            y += int(34 * px)
            for i, (role, name) in enumerate(parties):
                x = margin_l + i * colw
                # a scribbled signature above the line
                pts = []
                sx = x + 10
                sy = y - int(12 * px)
                amp = rnd.uniform(5, 9) * px / 2.0
                freq = rnd.uniform(0.18, 0.3)
                span = (colw - 90) * rnd.uniform(0.7, 1.0)
                for k in range(90):
                    t = k / 89.0
                    pts.append(
                        (
                            sx + t * span + 9 * px / 3 * math.sin(k * freq * 2.1),
                            sy + amp * math.sin(k * freq + rnd.uniform(-0.2, 0.2)) - 4 * t * px,
                        )
                    )
                dr.line(pts, fill=55, width=max(2, int(1.1 * px)))
                dr.line([(x, y), (x + colw - 30, y)], fill=60, width=2)
                dr.text((x, y + 6), role, font=f_b, fill=ink)
                dr.text((x, y + 6 + int(12 * px)), name, font=f_r, fill=ink)
            y += int(30 * px)
            continue
        if kind == "stamp":
            f = font("B", 13)
            st = Image.new("L", (int(150 * px), int(58 * px)), 0)
            sd = ImageDraw.Draw(st)
            sd.rectangle([3, 3, st.size[0] - 4, st.size[1] - 4], outline=255, width=5)
            for j, t in enumerate(text.split("\n")):
                sd.text((16, 10 + j * int(18 * px)), t, font=f, fill=255)
            st = st.rotate(6, expand=True, resample=Image.BICUBIC)
            pos = (margin_r - st.size[0] - 10, y - int(10 * px))
            grey = Image.new("L", st.size, 95)
            img.paste(grey, pos, st)
            y += int(40 * px)
            continue
        style, pt, before, after = {
            "title": ("B", 13, 0, 8),
            "h": ("B", 10.5, 6, 3),
            "p": ("", 10, 0, 4),
            "small": ("", 8.5, 0, 3),
            "i": ("I", 9.5, 0, 4),
        }[kind]
        f = font(style, pt)
        y += int(before * px)
        for ln in wrap(text, f):
            dr.text((margin_l, y), ln, font=f, fill=ink)
            y += int(pt * 1.38 * px)
        y += int(after * px)
    # scanner artefacts: slight rotation, blur, noise, uneven background
    img = img.rotate(rnd.uniform(0.35, 0.7), resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    noise = Image.frombytes("L", (W, H), rnd.randbytes(W * H))
    img = Image.blend(img, noise, 0.07)
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 18)
    img = Image.composite(img, shade, Image.new("L", (W, H), 235))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, dpi=(dpi, dpi))
    return buf.getvalue(), W, H


# ================================================================ documents
# Each ch_NN() returns (Doc, meta). meta["evidence"] maps every required term that is NOT
# in missing_terms to a short verbatim snippet that states its concrete value; the
# self-check verifies that coverage and that each snippet is really printed.


# ---------------------------------------------------------------- ch01: h2a, en, compliant
def ch01():
    def hdr(d):
        d.set_font_(None, "B", 7.5)
        d.set_text_color(45, 95, 55)
        d.cell(
            0,
            4,
            d.T(
                "Halvorsen Ridge Berry Co., LLC   |   H-2A Job Order and Work Contract   |   "
                "Clearance order OR-26-0418-HRB"
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(45, 110, 60)
        d.set_line_width(0.5)
        d.line(d.l_margin, d.get_y() + 0.8, d.w - d.r_margin, d.get_y() + 0.8)
        d.set_line_width(0.2)
        d.set_text_color(0, 0, 0)
        d.ln(5)

    def ftr(d):
        d.set_y(-13)
        d.set_font_(None, "", 7.5)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            4,
            d.T(
                "Page %d of {nb}   ·   Worker's copy, keep it with your papers   ·   "
                "Worker initials: ________" % d.page_no()
            ),
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(fmt="letter", family="sans", base=9.5, header_fn=hdr, footer_fn=ftr)
    d.add_page()
    d.heading("AGRICULTURAL WORK CONTRACT AND JOB ORDER", size=14, after=0.5)
    d.para(
        "H-2A temporary agricultural employment  ·  Issued January 12, 2026",
        size=8.5,
        color=(80, 80, 80),
        after=2.5,
    )
    d.para(
        "This document is the job order the Employer filed for its H-2A labor certification. "
        "If you were not given a separate written contract, this document is your work contract. "
        "A Spanish copy is given to every worker before the visa interview."
    )

    d.heading("1. The Employer")
    d.para(
        "Halvorsen Ridge Berry Co., LLC, 4471 Quarry Mill Road, Lyndell Falls, Oregon 97389. "
        "Telephone (541) 555-0187. Farm manager and contact person for this contract: "
        "Marit Halvorsen-Ybarra."
    )

    d.heading("2. How workers are recruited")
    d.para(
        "The Employer recruits in Mexico through Enlace Agrícola del Bajío, S.C., Calle Hidalgo 212, "
        "San Bartolo de los Llanos, Guanajuato. The Employer pays the agency's entire service fee "
        "under a written agreement that forbids the agency, its staff and anyone acting for it "
        "from asking a worker for money, gifts, favours or unpaid work."
    )
    d.para(
        "No fee will be charged to you at any stage: not to apply, not to be interviewed, not to "
        "be put on the list and not to be called back next season."
    )

    d.heading("3. The job")
    d.lv("Job title:", "Farmworker, berry harvest (SOC 45-2092.02). Openings: 64.")
    d.lv(
        "Duties:",
        "Hand-harvest blueberries and blackberries into picking buckets; carry full lugs "
        "to the row end; feed berries onto the sorting belt at the field station; prune canes, "
        "hand-weed and lay irrigation tape before and after harvest; clean and stack lugs at the "
        "end of the day.",
    )
    d.lv(
        "Requirements:",
        "No experience is required. Workers must be able to lift and carry "
        "35 pounds repeatedly, to bend and stand for a full shift, and to work outdoors in heat and "
        "rain. No driver's license, diploma or English test is required.",
        after=2.5,
    )

    d.heading("4. Where you will work")
    d.para(
        "All work is done on the Employer's own fields in Linn Hollow County, Oregon:", after=1.5
    )
    d.grid(
        [
            ["Field", "Address", "Crop"],
            ["Home Ranch", "4471 Quarry Mill Road, Lyndell Falls", "Blueberries"],
            ["Tanager Flats", "2209 Old Creamery Lane, Lyndell Falls", "Blackberries"],
            ["Breck Parcel", "118 Sawyer Spur Road, Dunmore Crossing", "Blueberries"],
        ],
        widths=(40, 95, 40),
        head_fill=(214, 232, 214),
    )

    d.heading("5. Dates and hours")
    d.para("The contract begins on May 18, 2026 and ends on September 25, 2026.")
    d.para(
        "Normal schedule: 40 hours a week, Monday through Friday, 6:00 a.m. to 2:30 p.m., with an "
        "unpaid 30-minute lunch. During peak harvest Saturday work from 6:00 a.m. to 11:00 a.m. is "
        "offered; it is voluntary and paid at the same rates."
    )

    d.heading("6. Pay")
    d.lv("Hourly rate:", "$19.97 per hour for all work.¹")
    d.lv(
        "Piece rates during harvest:",
        "$0.68 per pound of blueberries and $6.10 per 12-pint flat "
        "of blackberries. Piece-rate and hourly earnings are compared every pay period and the "
        "worker receives whichever is higher.",
    )
    d.lv(
        "Highest applicable wage:",
        "the Employer pays at least the highest of the Adverse Effect "
        "Wage Rate (AEWR), the prevailing wage, any agreed collective-bargaining rate, and the "
        "federal or Oregon minimum wage. If a higher AEWR is published during the contract, the "
        "higher rate is paid from the day it takes effect.",
    )
    d.lv(
        "Payday:",
        "wages are paid weekly, every Friday, by direct deposit to the worker's bank "
        "account or pay card, or by paper check for workers who ask for one.",
    )
    d.lv(
        "Pay statements:",
        "with every payment the worker receives a written statement showing "
        "hours offered, hours actually worked, pounds or flats picked, the rates used, total "
        "earnings, every deduction and the reason for it, and the Employer's name, address and "
        "federal employer number.",
    )
    d.para(
        "¹ $19.97 is the rate known when this order was filed. H-2A workers do not pay Social "
        "Security or Medicare tax on these wages.",
        size=7.5,
        color=(70, 70, 70),
        after=2.5,
    )

    d.heading("7. Deductions")
    d.para("The only amounts that may be taken out of your pay are:", after=1)
    d.bullets(
        [
            "Oregon state income tax, as state law requires;",
            "federal income tax, only if you ask in writing for it to be withheld;",
            "the optional cookhouse meal plan in Section 9, only if you sign up for it;",
            "amounts a court or government agency orders, such as child support.",
        ]
    )
    d.para(
        "Nothing is deducted for housing, utilities, transportation, tools, gear, recruitment, "
        "the visa or the workers' compensation policy."
    )

    d.heading("8. Guarantee of work")
    d.para(
        "The Employer guarantees to offer each worker work for a number of hours equal to at least "
        "three-fourths of the workdays in the contract period, counted from the worker's first "
        "workday after arrival to the end date. If fewer hours are offered, the worker is paid what "
        "he or she would have earned for the missing hours. Hours offered but not worked by the "
        "worker's own choice count as offered."
    )

    d.heading("9. Housing and meals")
    d.para(
        "Housing is provided free of charge at Halvorsen Ridge Camp, 4490 Quarry Mill Road, Lyndell "
        "Falls, which is inspected before workers arrive. Each worker has a bed, a mattress, a "
        "blanket set and a locking cabinet. No deposit is collected for bedding, keys or any other "
        "housing item, and electricity, water, propane and Wi-Fi are included."
    )
    d.para(
        "Each bunkhouse has a full kitchen with stoves, refrigerators, cookware and dishes that "
        "workers use free of charge. Workers who prefer not to cook may join the optional "
        "cookhouse plan: three meals a day for $15.10 a day, which is less than the maximum meal "
        "charge the Department of Labor has published for 2026.² A worker may leave the plan at "
        "any time with one week's notice."
    )
    d.para(
        "² The maximum is published in the Federal Register each year; the office posts the "
        "current figure in the cookhouse.",
        size=7.5,
        color=(70, 70, 70),
        after=2.5,
    )

    d.heading("10. Travel")
    d.lv(
        "Coming to the job.",
        "The Employer buys the bus ticket from San Bartolo de los Llanos to "
        "Lyndell Falls in advance whenever it can. If you pay any part of the trip yourself, "
        "including meals and lodging on the road, the Employer repays in your first workweek "
        "whatever would otherwise leave your first week's pay below the minimum wage, and repays "
        "the rest once you have worked 50 percent of the contract period.",
    )
    d.lv(
        "Visa.",
        "The Employer pays the consular visa fee directly. If you paid it yourself, it is "
        "reimbursed together with the border-crossing fee in your first workweek; bring your "
        "receipts to orientation.",
    )
    d.lv(
        "Going home.",
        "If you complete the contract, or if the Employer dismisses you without "
        "cause before the end date, the Employer pays your transportation and daily subsistence "
        "back to San Bartolo de los Llanos.",
    )
    d.lv(
        "Every workday.",
        "Company vans take workers from the camp to every field and back at no cost to the worker.",
        after=2.5,
    )

    d.heading("11. Tools and equipment")
    d.para(
        "The Employer provides, without charge and without deposit, every tool, supply and piece "
        "of equipment the job requires: picking buckets and belts, lugs, pruning shears, gloves, "
        "rain gear and sunscreen. Workers are not charged for normal wear or for accidental "
        "breakage."
    )

    d.heading("12. Workers' compensation")
    d.para(
        "Every worker is covered by workers' compensation insurance with Cascade Growers Mutual "
        "Insurance Company, policy number WC-OR-882136, in force from May 1, 2026 to April 30, "
        "2027. The Employer pays the whole premium."
    )

    d.heading("13. Costs at a glance")
    d.grid(
        [
            ["Cost", "Approximate amount", "Who pays"],
            [
                "Agency services (Enlace Agrícola del Bajío)",
                "Set by contract with the farm",
                "Employer",
            ],
            ["Labor certification and H-2A petition", "Not applicable to workers", "Employer"],
            ["Consular visa fee", "USD 205", "Employer"],
            ["Border-crossing (I-94) fee", "USD 6", "Employer"],
            ["Bus to Lyndell Falls and meals on the road", "About MXN 4,900", "Employer"],
            ["Passport renewal, if needed for the trip", "About MXN 1,750", "Employer"],
            ["Housing, utilities, bedding", "Included", "Employer"],
            ["Tools, gloves and rain gear", "Included", "Employer"],
            ["Trip home at the end of the contract", "About MXN 4,900", "Employer"],
        ],
        widths=(85, 55, 35),
        head_fill=(214, 232, 214),
    )

    d.heading("14. Your rights")
    d.bullets(
        [
            "Your passport, visa and ID stay with you. Neither the Employer nor the agency will "
            "ever ask to keep them.",
            "Complaining about pay or housing, or talking to a lawyer, a union or a government "
            "inspector, will never cost you your job or your place on next year's list.",
            "You may come and go from the camp whenever you are not working, and you may have "
            "visitors in the common areas.",
        ]
    )

    d.heading("15. Ending the contract")
    d.para(
        "Abandonment: a worker who does not report for work for 5 consecutive working days "
        "without the Employer's permission is treated as having abandoned the job. The Employer "
        "must notify the Department of Labor and the Department of Homeland Security of an "
        "abandonment or a dismissal for cause within 2 working days."
    )
    d.para(
        "Dismissal for cause: the Employer may dismiss a worker for violence, theft, or repeated "
        "failure to follow written safety rules after a written warning. A worker who abandons "
        "the job or is dismissed for cause loses the three-fourths guarantee and the paid trip "
        "home."
    )

    d.heading("16. If the work becomes impossible")
    d.para(
        "If fire, flood, hail, freeze or another Act of God outside the Employer's control makes it "
        "impossible to continue, and the Department of Labor agrees, the Employer may end the "
        "contract early. The worker is then paid the three-fourths guarantee for the period from "
        "the first workday to the termination date, receives the trip home and any inbound travel "
        "not yet repaid, and the Employer will try to place the worker with another H-2A employer."
    )

    d.gap(3)
    d.signatures(
        [
            ("For the Employer", "Marit Halvorsen-Ybarra, Farm Manager"),
            ("Worker (name and signature)", ""),
            ("Witness for Enlace Agrícola del Bajío, S.C.", ""),
        ]
    )

    meta = dict(
        program="h2a",
        language="en",
        doc_type="job_order",
        layout="letter; single column with numbered sections; header rule and footer with "
        "worker-initials line repeated on every page; worksite grid; cost grid with a "
        "Who pays column; footnotes; three-party signature block",
        recruiters=["Enlace Agrícola del Bajío, S.C."],
        missing_terms=[],
        traps=[
            "'feed berries onto the sorting belt' is a job duty",
            "agency service fee paid by the employer; 'No fee will be charged to you at any stage'",
            "direct deposit of wages",
            "H-2A workers do not pay Social Security tax (footnote)",
            "deduction list names the optional meal plan; nothing deducted for housing, tools, visa",
            "free housing; no deposit for bedding or keys; utilities included",
            "optional cookhouse plan $15.10/day, below the DOL maximum (lawful h2a meal charge)",
            "visa and border-crossing fee paid or reimbursed in the first workweek",
            "inbound trip repaid (first workweek to minimum wage, rest at 50 percent)",
            "tools without charge or deposit; no charge for wear or breakage",
            "workers' compensation premium paid by the employer",
            "cost table: every Who pays cell says Employer (USD 205 visa, MXN amounts)",
            "passport stays with the worker (negated retention)",
            "no loss of next year's place for complaining (negated blacklisting)",
            "free to come and go from the camp (negated movement restriction)",
            "lawful abandonment notice to DOL/DHS is not a threat",
        ],
        evidence={
            "employer_identity": "Halvorsen Ridge Berry Co., LLC, 4471 Quarry Mill Road, Lyndell Falls, Oregon 97389",
            "job_duties": "Hand-harvest blueberries and blackberries",
            "work_location": "2209 Old Creamery Lane, Lyndell Falls",
            "employment_period": "begins on May 18, 2026 and ends on September 25, 2026",
            "hours_of_work": "40 hours a week, Monday through Friday, 6:00 a.m. to 2:30 p.m.",
            "wage_rate": "$19.97 per hour",
            "wage_adjustment": "highest of the Adverse Effect Wage Rate",
            "pay_frequency": "paid weekly, every Friday",
            "deductions": "Oregon state income tax, as state law requires",
            "three_fourths_guarantee": "three-fourths of the workdays",
            "housing": "Housing is provided free of charge at Halvorsen Ridge Camp",
            "meals": "full kitchen with stoves, refrigerators",
            "inbound_transportation": "repays the rest once you have worked 50 percent",
            "return_transportation": "pays your transportation and daily subsistence back",
            "daily_transportation": "Company vans take workers from the camp to every field",
            "tools_provided": "without charge and without deposit",
            "workers_compensation": "policy number WC-OR-882136",
            "earnings_statements": "written statement showing hours offered",
            "termination": "5 consecutive working days",
            "contract_impossibility": "Act of God",
            "job_requirements": "lift and carry 35 pounds",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch02: h2b, es, 2 findings
def ch02():
    def ftr(d):
        d.set_y(-14)
        d.set_font_(None, "I", 7.5)
        d.set_text_color(80, 80, 80)
        d.cell(
            0,
            4,
            d.T(
                "Página %d de {nb}        Rúbricas:  LA AGENCIA ________   "
                "EL TRABAJADOR ________" % d.page_no()
            ),
            align="R",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(fmt="letter", family="serif", base=9.5, margins=(24, 18, 22), footer_fn=ftr, lh=1.5)
    d.add_page()
    d.heading(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE ORIENTACIÓN Y VINCULACIÓN LABORAL",
        size=12,
        align="C",
        after=2,
    )
    d.para(
        "QUE CELEBRAN, POR UNA PARTE, LA SOCIEDAD CIVIL DENOMINADA VINCULACIÓN LABORAL DEL GOLFO, "
        "REPRESENTADA EN ESTE ACTO POR EL LIC. ROGELIO ANTÚNEZ BARRAGÁN, A QUIEN EN LO SUCESIVO SE LE "
        "DENOMINARÁ «LA AGENCIA», Y POR LA OTRA EL C. ELEAZAR TOBÍAS MENDOZA CASTAÑÓN, A QUIEN EN LO "
        "SUCESIVO SE LE DENOMINARÁ «EL TRABAJADOR», AL TENOR DE LAS SIGUIENTES DECLARACIONES Y "
        "CLÁUSULAS:",
        size=8.5,
        align="J",
        after=3,
    )

    d.heading("D E C L A R A C I O N E S", size=10, align="C", after=1.5)
    d.para("I. Declara LA AGENCIA, por conducto de su representante:", style="B", after=1)
    d.para(
        "a) Que Vinculación Laboral del Golfo, S.C. es una sociedad civil constituida conforme a las "
        "leyes mexicanas, con domicilio en Calle Mariano Escobedo 318, Barrio de San Miguel, Santa "
        "Lucía Xochitepec, San Luis Potosí, C.P. 79870.",
        indent=5,
        align="J",
        after=1,
    )
    d.para(
        "b) Que fue contratada por Brazos Meadow Landscapes, LLC (en adelante «EL EMPLEADOR») para "
        "orientar y acompañar a las personas que este seleccione para trabajar con visa H-2B, y que "
        "EL EMPLEADOR le cubre la totalidad de sus honorarios.",
        indent=5,
        align="J",
        after=2,
    )
    d.para("II. Declara EL TRABAJADOR, por su propio derecho:", style="B", after=1)
    d.para(
        "a) Llamarse como ha quedado escrito, ser mayor de edad y tener su domicilio en Privada Los "
        "Naranjos sin número, localidad El Tepetate, Santa Lucía Xochitepec, San Luis Potosí.",
        indent=5,
        align="J",
        after=1,
    )
    d.para(
        "b) Que no ha entregado dinero, regalos ni favores a ninguna persona para ser tomado en "
        "cuenta en este proceso de selección.",
        indent=5,
        align="J",
        after=3,
    )

    d.heading("C L Á U S U L A S", size=10, align="C", after=1.5)
    d.lv(
        "PRIMERA. Objeto.",
        "LA AGENCIA orientará a EL TRABAJADOR sobre el proceso de la visa H-2B, "
        "agendará su cita consular, le entregará por escrito la oferta de trabajo de EL EMPLEADOR y lo "
        "acompañará hasta el cruce fronterizo.",
        after=2,
    )
    d.lv(
        "SEGUNDA. Condiciones del empleo.",
        "Las condiciones que ofrece EL EMPLEADOR son las de la "
        "orden de trabajo H-400-25317-882104 y se resumen en el siguiente cuadro:",
        after=1.5,
    )
    d.para("CUADRO DE CONDICIONES DEL EMPLEO", style="B", size=8.5, align="C", after=1)
    d.grid(
        [
            ["Concepto", "Condición"],
            [
                "Empleador",
                "Brazos Meadow Landscapes, LLC, 1180 Farm Road 2218, Pecan Hollow, Texas 76455, "
                "Estados Unidos de América.",
            ],
            [
                "Puesto",
                "Trabajador de jardinería y paisajismo: cortar y orillar pasto, podar arbustos, "
                "plantar, esparcir mantillo, recoger hojas y operar podadoras, desbrozadoras y sopladoras.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia comprobable en jardinería; no se pide inglés ni "
                "licencia de manejo.",
            ],
            [
                "Lugar de trabajo",
                "Residencias, oficinas y parques de clientes en los condados de Callister "
                "y Dunmore, Texas; la cuadrilla sale diario del taller de la empresa en Pecan Hollow.",
            ],
            ["Periodo", "Del 2 de marzo al 11 de diciembre de 2026."],
            [
                "Jornada",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas, con media hora "
                "para comer.",
            ],
            [
                "Salario",
                "$17.85 dólares por hora. Si durante el contrato se publica un salario "
                "prevaleciente o mínimo más alto, EL EMPLEADOR pagará el más alto desde su entrada en vigor.",
            ],
            [
                "Tiempo extra",
                "Las horas que pasen de 40 en la semana se pagan a $26.78 dólares por hora.",
            ],
            [
                "Pago",
                "Cada semana, los viernes, por depósito directo a su cuenta o tarjeta de nómina.",
            ],
            ["Descuentos", "Impuesto federal sobre la renta, Seguro Social y Medicare."],
            [
                "Herramientas",
                "EL EMPLEADOR entrega sin costo herramientas, guantes, lentes de seguridad y "
                "protectores auditivos.",
            ],
        ],
        widths=(38, 131),
        head_fill=(230, 230, 230),
        bold_first_col=True,
        size=8.5,
    )

    d.lv(
        "TERCERA. Compromisos de LA AGENCIA.",
        "LA AGENCIA no cobrará a EL TRABAJADOR comisión, cuota "
        "de inscripción ni cantidad alguna por la vacante, y entregará acuse de recibo por cualquier "
        "documento que reciba de él.",
        after=2,
    )
    d.lv(
        "CUARTA. Traslado.",
        "EL EMPLEADOR paga el autobús de Santa Lucía Xochitepec a Monterrey, el "
        "hospedaje de la noche anterior a la cita consular y el traslado hasta Pecan Hollow. Si EL "
        "TRABAJADOR hace algún gasto de viaje o de comida en el camino, EL EMPLEADOR se lo reembolsa "
        "en la primera semana de trabajo. Al terminar el contrato, o si EL EMPLEADOR lo despide antes "
        "sin causa justificada, EL EMPLEADOR paga también el regreso hasta Santa Lucía Xochitepec.",
        after=2,
    )
    d.lv(
        "QUINTA. Visa.",
        "La cuota de la visa, que es de 205 dólares, y el permiso de cruce fronterizo "
        "corren por cuenta de EL EMPLEADOR; si EL TRABAJADOR los paga en el banco, se le devuelven "
        "completos con su primer pago.",
        after=2,
    )
    d.lv(
        "SEXTA. Documentos.",
        "EL TRABAJADOR conserva siempre su pasaporte, su visa y su credencial "
        "para votar. LA AGENCIA solo pide copias fotostáticas.",
        after=2,
    )
    d.lv(
        "SÉPTIMA. Gastos del proceso.",
        "Los gastos del proceso y quién los cubre se detallan en el "
        "Anexo 1, que firmado por ambas partes forma parte integrante de este contrato.",
        after=2,
    )
    q_pen = (
        "Si EL TRABAJADOR abandona el empleo antes de la fecha de terminación sin causa "
        "justificada, pagará a LA AGENCIA, por concepto de pena convencional, el equivalente a dos "
        "semanas de salario."
    )
    d.lv(
        "OCTAVA. Terminación.",
        "EL EMPLEADOR solo podrá despedir a EL TRABAJADOR por causa "
        "justificada. Si EL TRABAJADOR falta cinco días hábiles seguidos sin avisar, se considerará que "
        "abandonó el empleo y EL EMPLEADOR lo notificará a las autoridades dentro de los dos días "
        "hábiles siguientes. " + q_pen,
        fees=[F("breach_penalty", q_pen)],
        after=2,
    )
    d.lv(
        "NOVENA. Quejas.",
        "EL TRABAJADOR puede acudir a la Secretaría del Trabajo, al consulado de "
        "México o a cualquier organización de apoyo sin que ello afecte su contratación ni su "
        "participación en futuras temporadas.",
        after=2,
    )
    d.lv(
        "DÉCIMA. Interpretación.",
        "Para la interpretación y cumplimiento de este contrato las partes "
        "se someten a las autoridades laborales competentes del Estado de San Luis Potosí.",
        after=3,
    )
    d.para(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance legal, "
        "lo firman por duplicado en Santa Lucía Xochitepec, S.L.P., a 19 de enero de 2026.",
        align="J",
        after=2,
    )
    d.signatures(
        [
            ("LA AGENCIA", "Lic. Rogelio Antúnez Barragán"),
            ("EL TRABAJADOR (firma y huella)", "Eleazar Tobías Mendoza Castañón"),
            ("TESTIGO", "Ma. Guadalupe Olvera Rangel"),
            ("TESTIGO", "Isidro Pecina Lárraga"),
        ],
        cols=2,
        line_gap=11,
    )

    d.add_page()
    d.heading("ANEXO 1", size=11, align="C", after=0.5)
    d.heading("RELACIÓN DE GASTOS DEL PROCESO H-2B, TEMPORADA 2026", size=10, align="C", after=3)
    d.para(
        "Conforme a la cláusula SÉPTIMA, las partes reconocen la siguiente relación de gastos y la "
        "persona que cubre cada uno:",
        align="J",
        after=2,
    )
    d.grid(
        [
            ["Concepto", "Monto aproximado", "Quién lo cubre"],
            ["Certificación laboral y petición I-129", "No aplica al trabajador", "EL EMPLEADOR"],
            ["Honorarios de LA AGENCIA", "Según convenio con la empresa", "EL EMPLEADOR"],
            ["Cuota de visa H-2B", "205 dólares", "EL EMPLEADOR (reembolso en el primer pago)"],
            ["Autobús a Monterrey y comidas del camino", "MXN 2,300", "EL EMPLEADOR"],
            ["Hotel la noche previa a la cita consular", "MXN 950", "EL EMPLEADOR"],
            ["Traslado Monterrey – Pecan Hollow", "Incluido", "EL EMPLEADOR"],
            ["Apertura y seguimiento de expediente (*)", "8 500 pesos", "Ver nota"],
            ["Regreso a Santa Lucía Xochitepec", "Incluido", "EL EMPLEADOR"],
        ],
        widths=(72, 42, 55),
        head_fill=(230, 230, 230),
        size=8.5,
    )
    q_fee = (
        "Los gastos administrativos de apertura y seguimiento de expediente no son cuota de "
        "colocación; corren por cuenta de EL TRABAJADOR, quien los liquidará en efectivo a la firma "
        "del presente contrato por la cantidad de 8 500 pesos."
    )
    d.para(
        "(*) " + q_fee, size=8, align="L", fees=[F("recruitment_fee", q_fee, 8500, "MXN")], after=6
    )
    d.signatures(
        [
            ("LA AGENCIA", "Lic. Rogelio Antúnez Barragán"),
            ("EL TRABAJADOR", "Eleazar Tobías Mendoza Castañón"),
        ],
        cols=2,
        line_gap=12,
    )

    meta = dict(
        program="h2b",
        language="es",
        doc_type="recruiter_agreement",
        layout="letter, serif; Mexican notarial style DECLARACIONES / CLÁUSULAS; gridded conditions "
        "table; footer with page count and initials repeated; four-party signature block; "
        "cost annex table with a footnote",
        recruiters=["Vinculación Laboral del Golfo, S.C."],
        missing_terms=["three_fourths_guarantee", "earnings_statements", "contract_impossibility"],
        traps=[
            "agency fees paid in full by the employer (declaración I-b)",
            "worker declares he paid nobody (negation)",
            "'no cobrará comisión, cuota de inscripción ni cantidad alguna' (negated fee)",
            "visa fee of 205 dólares paid by employer or refunded with the first pay",
            "bus, hotel and return trip paid by the employer; travel costs refunded in week one",
            "direct deposit of wages ('depósito directo')",
            "income tax, Social Security and Medicare deductions are lawful",
            "worker keeps passport; agency only takes photocopies",
            "complaints allowed without affecting future seasons (negated blacklisting)",
            "lawful abandonment notice to the authorities",
            "annex rows all say EL EMPLEADOR except the fee hidden behind 'Ver nota'",
        ],
        evidence={
            "employer_identity": "Brazos Meadow Landscapes, LLC, 1180 Farm Road 2218, Pecan Hollow, Texas 76455",
            "job_duties": "Trabajador de jardinería y paisajismo",
            "work_location": "condados de Callister y Dunmore, Texas",
            "employment_period": "Del 2 de marzo al 11 de diciembre de 2026",
            "hours_of_work": "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas",
            "wage_rate": "$17.85 dólares por hora",
            "wage_adjustment": "EL EMPLEADOR pagará el más alto desde su entrada en vigor",
            "overtime": "se pagan a $26.78 dólares por hora",
            "pay_frequency": "Cada semana, los viernes",
            "deductions": "Impuesto federal sobre la renta, Seguro Social y Medicare",
            "inbound_transportation": "EL EMPLEADOR se lo reembolsa en la primera semana de trabajo",
            "return_transportation": "EL EMPLEADOR paga también el regreso",
            "visa_reimbursement": "se le devuelven completos con su primer pago",
            "tools_provided": "EL EMPLEADOR entrega sin costo herramientas",
            "termination": "Si EL TRABAJADOR falta cinco días hábiles seguidos sin avisar",
            "job_requirements": "Tres meses de experiencia comprobable en jardinería",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch03: generic, en, 2 findings
def ch03():
    def hdr(d):
        d.set_font_(None, "B", 8)
        d.set_text_color(120, 30, 30)
        d.cell(
            0,
            4,
            d.T("HIMALAYAN LANTERN MANPOWER SERVICES PVT. LTD."),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_font_(None, "", 7)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            3.5,
            d.T(
                "House 27, Siddhi Marga, Kathmandu, Nepal  ·  Licence No. 1187/070/71  ·  "
                "Demand ref. HLM/QA/2026/114"
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(120, 30, 30)
        d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
        d.set_text_color(0, 0, 0)
        d.ln(5)

    def ftr(d):
        d.set_y(-13)
        d.set_font_(None, "", 7)
        d.cell(
            0,
            4,
            d.T(
                "Page %d of {nb}   —   Signature of Worker: __________   "
                "Signature of Agency: __________" % d.page_no()
            ),
            align="C",
        )

    d = Doc(fmt="A4", family="cond", base=9.5, margins=(20, 14, 20), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    d.heading("EMPLOYMENT AGREEMENT", size=14, align="C", after=0.5)
    d.para("(Overseas employment — Security Guard — State of Qatar)", align="C", size=8.5, after=3)
    d.para(
        "This Agreement is made at Kathmandu on 14 January 2027 between the parties below:",
        after=1.5,
    )
    d.grid(
        [
            ["Party", "Details"],
            [
                "First Party (Employer)",
                "Crescent Shield Security Services W.L.L., Building 14, Street 930, "
                "Zone 57, Doha, State of Qatar; Commercial Registration No. 84411",
            ],
            [
                "Second Party (Worker)",
                "Mr. Dil Bahadur Gurung Thapa, Passport No. PA0478215, permanent "
                "address Ward 6, Bhanjyang Kot Rural Municipality, Tanahun District, Nepal",
            ],
            [
                "Recruiting Agency",
                "Himalayan Lantern Manpower Services Pvt. Ltd., House 27, Siddhi "
                "Marga, Kathmandu, acting for the Employer under a power of attorney",
            ],
        ],
        widths=(42, 128),
        head_fill=(238, 222, 222),
        bold_first_col=True,
        size=8.5,
    )

    d.lv(
        "Article 1 — Position and duties.",
        "The Employer engages the Worker as a Security Guard. His "
        "duties are to control access at the gate, check visitor identification, patrol the premises "
        "on foot, watch the CCTV screens, write shift reports, and collect vehicle parking fees from "
        "visitors at the gate booth and hand them over with the daily log to the site supervisor.",
        after=2,
    )
    d.lv(
        "Article 2 — Place of work.",
        "The Worker will be posted at the Pearlgate Residences "
        "compound, Street 218, Zone 69, Lusail, State of Qatar. The Employer may transfer him to "
        "another client site within Qatar after informing him in writing; a transfer does not change "
        "his wage.",
        after=2,
    )
    q_train = (
        "The guard-skills certificate course required under this Article is arranged by the "
        "Agency at its training centre in Kathmandu, and its fee of NPR 6,500 is borne by the "
        "Worker."
    )
    d.lv(
        "Article 3 — Qualifications.",
        "The Worker must hold a valid security-guard skills "
        "certificate before departure. " + q_train,
        fees=[F("training_cost", q_train, 6500, "NPR")],
        after=2,
    )
    d.lv(
        "Article 4 — Duration.",
        "This Agreement is for two (2) years, from 1 March 2027 to "
        "28 February 2029. If the Worker's arrival is delayed, the two years run from the date of his "
        "arrival in Qatar.",
        after=2,
    )
    d.lv(
        "Article 5 — Working hours.",
        "Working hours shall be as per the operational requirements of "
        "the Employer's clients and in accordance with the Labour Law of the State of Qatar. The Worker "
        "is entitled to one paid rest day per week, and extra hours are paid at not less than 125 "
        "percent of the basic hourly wage.",
        after=2,
    )
    d.lv(
        "Article 6 — Salary.",
        "Basic salary of QAR 1,400 (one thousand four hundred Qatari riyals) "
        "per month, plus a food allowance of QAR 300 per month. The salary is paid monthly, no later "
        "than the 7th day of the following month, by bank transfer to the Worker's own account under "
        "the Wage Protection System.",
        after=2,
    )
    d.lv(
        "Article 7 — Deductions.",
        "No deduction shall be made from the Worker's wages except amounts "
        "the Worker authorises in writing to be remitted to his family and sums ordered by a Qatari "
        "court. The Employer shall not deduct any recruitment cost, visa cost or air fare from the "
        "salary.",
        after=2,
    )
    d.lv(
        "Article 8 — Accommodation, food and transport.",
        "The Employer provides free shared "
        "accommodation with not more than four persons per room, free daily transport between the "
        "accommodation and the site, and free uniforms and safety shoes.",
        after=2,
    )
    d.lv(
        "Article 9 — Travel.",
        "The Employer provides a one-way economy air ticket Kathmandu–Doha at "
        "the start, a return economy ticket Doha–Kathmandu at the end of this Agreement, and a return "
        "ticket for the annual leave.",
        after=2,
    )
    d.lv(
        "Article 10 — Leave and end of service.",
        "The Worker is entitled to three weeks of paid annual "
        "leave for each year of service and to an end-of-service gratuity of three weeks' basic wage "
        "for each year of service, paid with his final settlement.",
        after=2,
    )

    q_fee = (
        "The Worker shall pay the Agency a service charge of NPR 10,000 (Nepali Rupees Ten "
        "Thousand only), being the maximum amount permitted under the Government of Nepal's "
        "free-visa, free-ticket policy, against an official receipt."
    )
    d.lv(
        "Article 11 — Costs before departure.",
        "In line with the free-visa, free-ticket arrangement, "
        "the Employer bears the Qatar work visa fee, the air tickets, the medical examination at an "
        "approved centre in Kathmandu, the contribution to the Foreign Employment Welfare Fund and the "
        "related life-insurance premium.",
        after=1.5,
    )
    d.para(q_fee, fees=[F("recruitment_fee", q_fee, 10000, "NPR")], after=2)
    d.lv(
        "Article 12 — Documents.",
        "The Worker keeps his own passport and Qatar ID card. The Employer "
        "shall not retain them; a personal locker with the Worker's own key is provided at the "
        "accommodation for safekeeping.",
        after=2,
    )
    d.lv(
        "Article 13 — Termination.",
        "Either party may end this Agreement before its expiry by giving "
        "one month's written notice. The Employer may dismiss the Worker without notice only for "
        "serious misconduct established after an inquiry in which the Worker is heard. On termination "
        "by either party the Employer provides the return ticket. The Worker may change employer in "
        "accordance with Qatari law without paying any fee or compensation to the Employer or the "
        "Agency.",
        after=2,
    )
    d.lv(
        "Article 14 — Disputes.",
        "Disputes shall first be settled amicably and otherwise referred to "
        "the competent labour dispute authority of the State of Qatar. A Nepali translation of this "
        "Agreement was read to the Worker before signature.",
        after=3,
    )

    d.heading("Annex — Cost acknowledgement", size=10.5, after=1.5)
    d.grid(
        [
            ["Item", "Amount", "Paid by"],
            ["Qatar work visa and residence permit", "As charged in Qatar", "Employer"],
            ["Air ticket Kathmandu–Doha", "About NPR 38,000", "Employer"],
            ["Medical examination at approved centre", "NPR 4,500", "Employer"],
            ["Foreign Employment Welfare Fund and life insurance", "NPR 2,500", "Employer"],
            ["Pre-departure orientation (2 days)", "NPR 700", "Employer"],
            ["Agency service charge", "NPR 10,000", "Worker (see Article 11)"],
        ],
        widths=(92, 40, 38),
        head_fill=(238, 222, 222),
        size=8.5,
    )
    d.signatures(
        [
            ("For the Employer (by power of attorney)", "Sujan Raj Bhattarai-Karki"),
            ("Worker", "Dil Bahadur Gurung Thapa"),
            ("For the Agency", "Himalayan Lantern Manpower Services Pvt. Ltd."),
            ("Witness", "Pabitra Shrestha Lama"),
        ],
        cols=2,
        line_gap=11,
    )

    meta = dict(
        program="generic",
        language="en",
        doc_type="overseas_employment_agreement",
        layout="A4, condensed font; agency letterhead header and signature footer on every page; "
        "parties grid; numbered articles with bold run-in titles; cost annex grid; four "
        "signatures",
        recruiters=["Himalayan Lantern Manpower Services Pvt. Ltd."],
        missing_terms=["hours_of_work"],
        traps=[
            "'collect vehicle parking fees from visitors' is a job duty",
            "free-visa, free-ticket: employer bears visa fee and air tickets",
            "medical examination paid by the employer",
            "welfare fund contribution and life-insurance premium paid by the employer",
            "pre-departure orientation paid by the employer (only the guard course is charged)",
            "no deduction of recruitment cost, visa cost or air fare (negation)",
            "free accommodation, transport, uniforms and safety shoes",
            "end-of-service gratuity of three weeks' basic wage (paid to the worker)",
            "worker keeps passport; locker with own key",
            "may change employer without paying any fee (negated penalty)",
            "'Working hours ... as per operational requirements' gives no concrete hours",
            "fee framed as 'maximum amount permitted' by the origin government",
        ],
        evidence={
            "employer_identity": "Crescent Shield Security Services W.L.L., Building 14, Street 930, Zone 57, Doha",
            "worker_identity": "Mr. Dil Bahadur Gurung Thapa",
            "job_duties": "control access at the gate, check visitor identification",
            "work_location": "Pearlgate Residences compound, Street 218, Zone 69, Lusail",
            "employment_period": "from 1 March 2027 to 28 February 2029",
            "wage_rate": "Basic salary of QAR 1,400",
            "pay_frequency": "paid monthly, no later than the 7th day of the following month",
            "deductions": "No deduction shall be made from the Worker's wages except amounts",
            "return_transportation": "a return economy ticket Doha–Kathmandu at the end",
            "termination": "one month's written notice",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch04: h2a, mixed, 2 findings
def ch04():
    def hdr(d):
        if d.page_no() == 1:
            return
        d.set_font_(None, "I", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            4,
            d.T("Stillwater Fork Growers, Inc. — ETA-790A attachment — NC-26-H2A-0771"),
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(3)

    def ftr(d):
        d.set_y(-12)
        d.set_font_(None, "", 7.5)
        d.cell(0, 4, d.T("%d / {nb}" % d.page_no()), align="C")

    d = Doc(fmt="letter", family="sans", base=9, margins=(18, 14, 18), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    band(
        d,
        "STILLWATER FORK GROWERS, INC.",
        "9020 Marlow Church Road, Kessling, North Carolina 27893  ·  (252) 555-0149  ·  "
        "H-2A clearance order NC-26-H2A-0771",
        fill=(92, 64, 34),
    )
    d.heading(
        "Job Order and Terms of Employment — Tobacco and Sweet Potato Harvest 2026",
        size=11.5,
        after=2,
    )
    d.grid(
        [
            ["Offer at a glance", ""],
            [
                "Employer",
                "Stillwater Fork Growers, Inc., 9020 Marlow Church Road, Kessling, North "
                "Carolina 27893",
            ],
            [
                "Job",
                "Farmworker, general: transplanting tobacco seedlings, topping and suckering, "
                "priming leaves and loading curing barns; hand-harvesting sweet potatoes into buckets and "
                "bins; grading at the packing shed",
            ],
            [
                "Requirements",
                "Two months of experience in tobacco or vegetable field work; able to lift "
                "50 pounds",
            ],
            [
                "Worksites",
                "Home farm, 9020 Marlow Church Road, and Pell Branch farm, 311 Pell Branch "
                "Road, both in Kessling, North Carolina",
            ],
            ["Dates", "April 20, 2026 to November 13, 2026"],
            [
                "Hours",
                "40 hours per week: Monday to Friday, 7:00 a.m. to 3:30 p.m., 30-minute unpaid "
                "lunch",
            ],
            [
                "Pay",
                "$17.23 per hour; sweet potatoes $0.65 per 5/8-bushel bucket when that pays more "
                "in the week",
            ],
            ["Payday", "Weekly, every Thursday, direct deposit or check"],
            [
                "Deductions",
                "Federal and North Carolina income tax only if the worker requests it in "
                "writing; court-ordered garnishments",
            ],
        ],
        widths=(34, 145),
        head_fill=(236, 226, 210),
        bold_first_col=True,
        size=8.5,
    )

    d.heading("Employer assurances", size=10.5, after=1.5)
    items = [
        (
            "(a) Wage floor.",
            "The Employer pays the highest of the AEWR, the prevailing hourly or piece "
            "rate, the agreed collective-bargaining rate, or the federal or state minimum wage; a higher "
            "AEWR published during the season is paid from its effective date.",
        ),
        (
            "(b) Guarantee.",
            "Each worker is offered employment for at least three-fourths of the "
            "workdays of the contract period; if the Employer falls short it pays the amount the worker "
            "would have earned.",
        ),
        (
            "(c) Earnings records.",
            "Each payday the worker receives an itemized statement of hours "
            "offered, hours worked, piece units, rates, gross pay, each deduction and net pay.",
        ),
        (
            "(d) Housing.",
            "Free housing is provided at the Stillwater Fork labor camp, 9050 Marlow "
            "Church Road, Kessling; no rent, utility charge or deposit of any kind is collected.",
        ),
        (
            "(e) Meals.",
            "Each camp building has a kitchen with gas ranges, refrigerators and utensils "
            "that workers use without charge.",
        ),
        (
            "(f) Travel to the job.",
            "The Employer books the flight from Guatemala City to Raleigh and "
            "the bus to Kessling. Any inbound travel or subsistence cost a worker pays is reimbursed in "
            "the first workweek to the extent needed to meet the minimum wage, and in full when 50 "
            "percent of the work contract is completed. The H-2A visa fee is reimbursed in the first "
            "workweek.",
        ),
        (
            "(g) Trip home.",
            "Workers who complete the contract, or are dismissed early without cause, "
            "receive return transportation and subsistence to Guatemala City paid by the Employer.",
        ),
        (
            "(h) Daily transportation.",
            "Free daily transportation is provided between the camp and "
            "the worksites in inspected buses.",
        ),
        (
            "(i) Tools.",
            "All tools, supplies and equipment needed for the work, including tobacco "
            "knives, rain suits and gloves, are provided free of charge and without deposit.",
        ),
        (
            "(j) Workers' compensation.",
            "Coverage is carried with Piedmont Agricultural Mutual, policy "
            "WC-NC-441902, at the Employer's expense.",
        ),
        (
            "(k) Abandonment and dismissal.",
            "A worker absent for 5 consecutive workdays without consent "
            "is deemed to have abandoned employment. Workers may be dismissed for cause, after notice of "
            "the reason, for theft, violence or repeated safety violations. In either case the "
            "three-fourths guarantee and return transportation no longer apply.",
        ),
        (
            "(l) No payments for the job.",
            "The Employer forbids any recruiter, agent or employee to seek "
            "or receive payment of any kind from a worker for this job and contractually requires its "
            "agent in Guatemala to do the same. Workers keep their own passports and visas.",
        ),
    ]
    for label, text in items:
        d.lv(label, text, after=1.2)
    d.gap(2)
    d.signatures(
        [("Employer representative", "Wade R. Pettigrew, Owner"), ("Worker", "")],
        cols=2,
        line_gap=10,
    )

    d.add_page()
    d.heading("ANEXO A — INDICACIONES PARA LAS PERSONAS SELECCIONADAS", size=11, after=0.5)
    d.para(
        "Reclutamiento Rural Altiplano, S.A.  ·  4a. calle 3-18, zona 1, San Gaspar Ixtelá, "
        "Huehuetenango  ·  Tel. 5512-0847",
        size=8,
        color=(90, 90, 90),
        after=3,
    )
    q_med = (
        "El examen médico y las pruebas de laboratorio que pide la agencia se hacen en la Clínica "
        "Santa Rosalía de la cabecera departamental y cada trabajador los paga allí mismo: "
        "cuatrocientos cincuenta quetzales, más o menos."
    )
    q_dep = (
        "Como garantía de que va a cumplir su contrato hasta el final, cada trabajador deja en la "
        "oficina un depósito de Q3,000.00, que se le devuelve cuando regrese a Guatemala con su "
        "constancia de finalización."
    )
    pts = [
        (
            "1.",
            "Felicidades, usted fue seleccionado para trabajar con Stillwater Fork Growers, Inc. en "
            "Carolina del Norte. Lea bien este anexo; si no sabe leer, pida que se lo lean en voz alta "
            "delante de un testigo.",
            None,
        ),
        (
            "2.",
            "La empresa paga la visa, el boleto de avión y su vivienda allá. Nadie de la agencia le "
            "puede pedir dinero por el puesto; si alguien se lo pide, avísenos al 5512-0847.",
            None,
        ),
        (
            "3.",
            "Para la cita en la embajada lleve su pasaporte vigente, su DPI y la carta de oferta. "
            "Usted guarda sus documentos; la agencia solo saca fotocopias.",
            None,
        ),
        ("4.", q_med, [F("medical_cost", q_med, 450, "GTQ")]),
        ("5.", q_dep, [F("deposit_or_bond", q_dep, 3000, "GTQ")]),
        (
            "6.",
            "El día del viaje la agencia le entrega Q150 para sus comidas en el camino a la capital; "
            "ese dinero no se le descuenta.",
            None,
        ),
        (
            "7.",
            "Allá le pagan cada jueves, por depósito en su cuenta o con cheque; los depósitos de "
            "salario no tienen ningún costo para usted.",
            None,
        ),
        (
            "8.",
            "Si tiene una queja sobre el trabajo puede llamar a la agencia, al consulado de Guatemala "
            "o a la línea del Departamento de Trabajo; poner una queja no le quita su lugar para otra "
            "temporada.",
            None,
        ),
    ]
    for num, text, fees in pts:
        d.lv(num, text, fees=fees, after=2, size=9.5)
    d.gap(4)
    d.grid(
        [["Nombre del trabajador", "DPI", "Firma o huella"], ["\n\n", "", ""]],
        widths=(80, 50, 50),
        head_fill=(236, 226, 210),
        size=8.5,
    )
    d.para("Por la agencia: Lic. Ervin Yoc Sajché, coordinador de campo", size=8.5)

    meta = dict(
        program="h2a",
        language="mixed",
        doc_type="job_order_with_recruiter_annex",
        layout="letter; brown letterhead band; gridded 'offer at a glance' table; lettered "
        "assurances with run-in bold titles; English pages followed by a Spanish recruiter "
        "annex with numbered points and a name/ID/fingerprint grid",
        recruiters=["Reclutamiento Rural Altiplano, S.A."],
        missing_terms=["contract_impossibility"],
        traps=[
            "free housing with no rent, utility charge or deposit",
            "free kitchen (meals term), free daily buses",
            "inbound travel and visa fee reimbursed in the first workweek",
            "tools, rain suits and gloves free and without deposit",
            "workers' compensation at the employer's expense",
            "employer forbids payments to recruiters (negated fee)",
            "annex: 'La empresa paga la visa, el boleto de avión y su vivienda'; 'Nadie ... le puede "
            "pedir dinero por el puesto'",
            "worker keeps passport and DPI",
            "agency gives Q150 for road meals, not deducted",
            "'depósitos de salario' are wage deposits, not a deposit demanded from the worker",
            "complaints do not cost the worker next season (negated blacklisting)",
        ],
        evidence={
            "employer_identity": "Stillwater Fork Growers, Inc., 9020 Marlow Church Road, Kessling, North Carolina 27893",
            "job_duties": "transplanting tobacco seedlings, topping and suckering",
            "work_location": "Pell Branch farm, 311 Pell Branch Road",
            "employment_period": "April 20, 2026 to November 13, 2026",
            "hours_of_work": "40 hours per week: Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "wage_rate": "$17.23 per hour",
            "wage_adjustment": "a higher AEWR published during the season is paid from its effective date",
            "pay_frequency": "Weekly, every Thursday",
            "deductions": "Federal and North Carolina income tax only if the worker requests it",
            "three_fourths_guarantee": "at least three-fourths of the workdays",
            "housing": "Free housing is provided at the Stillwater Fork labor camp",
            "meals": "kitchen with gas ranges, refrigerators and utensils",
            "inbound_transportation": "in full when 50 percent of the work contract is completed",
            "return_transportation": "receive return transportation and subsistence to Guatemala City",
            "daily_transportation": "Free daily transportation is provided between the camp and the worksites",
            "tools_provided": "provided free of charge and without deposit",
            "workers_compensation": "policy WC-NC-441902",
            "earnings_statements": "itemized statement of hours offered",
            "termination": "absent for 5 consecutive workdays",
            "job_requirements": "Two months of experience in tobacco or vegetable field work",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch05: h2b, en, compliant
def ch05():
    def hdr(d):
        if d.page_no() == 1:
            return
        d.set_fill_color(20, 110, 120)
        d.rect(0, 0, d.w, 6, style="F")
        d.set_y(8)
        d.set_font_(None, "B", 7.5)
        d.set_text_color(20, 110, 120)
        d.cell(
            0,
            4,
            d.T("Tamarack Falls Adventure Park  ·  2026 H-2B Terms of Employment"),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(3)

    def ftr(d):
        d.set_y(-12)
        d.set_font_(None, "", 7)
        d.set_text_color(110, 110, 110)
        d.cell(0, 4, d.T("Job order WI-H2B-26-3306  ·  page %d of {nb}" % d.page_no()), align="R")
        d.set_text_color(0, 0, 0)

    d = Doc(fmt="letter", family="sans", base=9, margins=(17, 16, 17), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    d.set_y(10)
    band(
        d,
        "Tamarack Falls Adventure Park, LLC",
        "5150 Cascade Bluff Road, Harlan Gap, Wisconsin 53968  ·  Human Resources (608) 555-0133  ·  "
        "seasonal@tamarackfalls.example",
        fill=(20, 110, 120),
        size=14,
    )
    d.heading("H-2B JOB ORDER AND TERMS OF EMPLOYMENT — 2026 SEASON", size=11.5, after=1)
    d.para(
        "Amusement and recreation attendant (SOC 39-3091)  ·  24 openings  ·  Workers recruited in "
        "Jamaica through Blue Mahoe Staffing Solutions Ltd., 22 Lignum Vitae Avenue, Kingston 10",
        size=8.5,
        color=(70, 70, 70),
        after=3,
    )

    d.grid(
        [
            ["Term", "What we offer"],
            [
                "Employer",
                "Tamarack Falls Adventure Park, LLC, 5150 Cascade Bluff Road, Harlan Gap, "
                "Wisconsin 53968",
            ],
            [
                "Duties",
                "Operate and dispatch rides using the posted safety checklist; check riders' "
                "height and restraints; staff the admissions gate and collect admission and parking fees "
                "from customers; hand out wristbands; clean queue lines; help guests during ride "
                "evacuations",
            ],
            [
                "Requirements",
                "At least 18 years old; 3 months of experience in customer service, "
                "hospitality or attractions; able to stand for 8 hours and climb stairs; enough spoken "
                "English to give safety instructions",
            ],
            [
                "Place of work",
                "Tamarack Falls Adventure Park, 5150 Cascade Bluff Road, Harlan Gap, Wisconsin",
            ],
            ["Dates", "May 11, 2026 through September 20, 2026"],
            [
                "Hours",
                "40 hours per week: five 8-hour shifts between 9:00 a.m. and 10:30 p.m.; the "
                "schedule for the next week is posted every Thursday",
            ],
            ["Wage", "$16.45 per hour"],
            ["Overtime", "$24.68 per hour for hours over 40 in a workweek"],
            ["Payday", "Every other Friday (biweekly), by direct deposit or pay card"],
            [
                "Deductions",
                "Federal and Wisconsin income tax, Social Security and Medicare tax, and "
                "court-ordered garnishments; nothing else",
            ],
        ],
        widths=(32, 150),
        head_fill=(206, 232, 234),
        bold_first_col=True,
        size=8.5,
    )

    d.heading("What the Employer promises", size=10.5, color=(20, 110, 120), after=1.5)
    blocks = [
        ("h", "Highest wage"),
        (
            "p",
            "You are paid at least the highest of the prevailing wage and the federal, state or local "
            "minimum wage. If a higher prevailing wage or minimum wage takes effect during the "
            "season, your rate goes up from that date.",
        ),
        ("h", "Three-fourths guarantee"),
        (
            "p",
            "In each 12-week period of the season, and in the final partial period, the park offers "
            "you work for hours equal to at least three-fourths of the workdays. If it offers less, "
            "it pays you for the difference.",
        ),
        ("h", "Pay stubs"),
        (
            "p",
            "Each payday you get a statement showing hours offered, hours worked, your rate, gross "
            "pay, each deduction and net pay.",
        ),
        ("h", "Getting here"),
        (
            "p",
            "The park buys your plane ticket from Kingston and your bus seat to Harlan Gap before you "
            "travel. Any travel, lodging or meal cost you pay on the way is repaid in your first "
            "workweek.",
        ),
        ("h", "Visa costs"),
        (
            "p",
            "Your H-2B visa fee, visa appointment costs and border fees are paid by the park or "
            "repaid to you in full in your first workweek.",
        ),
        ("h", "Going home"),
        (
            "p",
            "If you finish the season, or the park lets you go early for any reason other than cause, "
            "the park pays your trip home to Kingston.",
        ),
        ("h", "Tools and uniforms"),
        (
            "p",
            "Radios, safety harnesses, rain ponchos, lanyards and three uniform shirts are given to "
            "you free of charge. No deposit is taken and the park launders the shirts.",
        ),
        ("h", "Housing and shuttle"),
        (
            "p",
            "Shared rooms at Pine Terrace Lodge, 80 Ridge Court, Harlan Gap, are free: no rent, no "
            "utility bill, no key deposit. A free staff shuttle runs between the lodge and the park "
            "before and after every shift.",
        ),
        ("h", "No fees, ever"),
        (
            "p",
            "Neither the park nor Blue Mahoe Staffing Solutions Ltd. will ask you for a placement "
            "fee, a processing charge or any other payment for this job. The park pays Blue Mahoe "
            "directly, and its contract forbids it to charge workers.",
        ),
        ("h", "Your documents and your voice"),
        (
            "p",
            "Your passport stays with you. Guest feedback cards are for guests; workers can raise "
            "any concern with HR, the Department of Labor or a lawyer without any retaliation.",
        ),
        ("h", "Breaks"),
        ("p", "Free coffee, tea and water are available in the staff room during every shift."),
    ]
    d.columns(blocks, ncols=2, gutter=8, size=8.5, heading_size=9, heading_color=(20, 110, 120))

    d.heading("Ending employment", size=10.5, color=(20, 110, 120), after=1.5)
    d.para(
        "If you miss 5 consecutive scheduled workdays without permission, the park treats it as job "
        "abandonment and must notify the Department of Labor and the Department of Homeland "
        "Security within 2 workdays. The park may dismiss a worker for cause, such as violence, "
        "theft or a serious safety breach, after a written warning where the law requires one. A "
        "worker who abandons the job or is dismissed for cause is not owed the three-fourths "
        "guarantee or the trip home.",
        size=8.5,
    )
    d.heading("If the season cannot continue", size=10.5, color=(20, 110, 120), after=1.5)
    d.para(
        "If a fire, storm, flood or another event beyond the park's control makes the work "
        "impossible and the Department of Labor approves, the park may end the contract early. You "
        "will still receive the three-fourths guarantee up to the day the contract ends, your trip "
        "home, and any reimbursement still owed to you.",
        size=8.5,
    )

    d.heading("Who pays what", size=10.5, color=(20, 110, 120), after=1.5)
    d.grid(
        [
            ["Cost", "Amount", "Paid by"],
            [
                "Recruiter's fee (Blue Mahoe Staffing Solutions Ltd.)",
                "Contract with the park",
                "Employer",
            ],
            ["H-2B visa application fee", "USD 205", "Employer"],
            ["Police record certificate for the visa", "JMD 3,500", "Employer"],
            ["Airfare Kingston–Milwaukee and bus to Harlan Gap", "About JMD 96,000", "Employer"],
            ["Meals and lodging during travel", "Actual cost", "Employer"],
            ["Uniform shirts, radio, harness, poncho", "Included", "Employer"],
            ["Housing and utilities at Pine Terrace Lodge", "Included", "Employer"],
            ["Return airfare at the end of the season", "About JMD 96,000", "Employer"],
        ],
        widths=(92, 50, 40),
        head_fill=(206, 232, 234),
        size=8.5,
    )
    d.signatures(
        [
            ("For Tamarack Falls Adventure Park, LLC", "Corinne Vandersloot, HR Director"),
            ("Worker", ""),
            ("For Blue Mahoe Staffing Solutions Ltd.", "Andre McFarlane-Gayle"),
        ],
        line_gap=11,
    )

    meta = dict(
        program="h2b",
        language="en",
        doc_type="job_order",
        layout="letter; teal letterhead band; colour bar header from page 2; gridded terms table; "
        "two-column 'promises' section; gridded who-pays table; three-party signatures",
        recruiters=["Blue Mahoe Staffing Solutions Ltd."],
        missing_terms=[],
        traps=[
            "'collect admission and parking fees from customers' is a job duty",
            "direct deposit or pay card",
            "visa fee, appointment and border fees paid or repaid in the first workweek",
            "plane ticket bought by the employer; travel costs repaid in week one",
            "free uniforms, radio, harness; no deposit",
            "free housing: no rent, no utility bill, no key deposit (h2b housing not charged)",
            "'will ask you for a placement fee, a processing charge' appears only negated",
            "recruiter paid directly by the employer",
            "'Guest feedback cards' and 'Free coffee' contain 'fee'",
            "who-pays table in USD and JMD, payer column always Employer",
            "passport stays with the worker; no retaliation",
            "lawful abandonment notice to DOL/DHS",
        ],
        evidence={
            "employer_identity": "Tamarack Falls Adventure Park, LLC, 5150 Cascade Bluff Road, Harlan Gap, Wisconsin 53968",
            "job_duties": "Operate and dispatch rides",
            "work_location": "Place of work Tamarack Falls Adventure Park, 5150 Cascade Bluff Road",
            "employment_period": "May 11, 2026 through September 20, 2026",
            "hours_of_work": "five 8-hour shifts between 9:00 a.m. and 10:30 p.m.",
            "wage_rate": "$16.45 per hour",
            "wage_adjustment": "If a higher prevailing wage or minimum wage takes effect",
            "overtime": "$24.68 per hour for hours over 40",
            "pay_frequency": "Every other Friday (biweekly)",
            "deductions": "Federal and Wisconsin income tax, Social Security and Medicare tax",
            "three_fourths_guarantee": "at least three-fourths of the workdays",
            "inbound_transportation": "is repaid in your first workweek",
            "return_transportation": "the park pays your trip home to Kingston",
            "visa_reimbursement": "repaid to you in full in your first workweek",
            "tools_provided": "given to you free of charge",
            "earnings_statements": "statement showing hours offered, hours worked",
            "termination": "5 consecutive scheduled workdays",
            "contract_impossibility": "makes the work impossible",
            "job_requirements": "3 months of experience in customer service",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch06: generic, es, compliant
def ch06():
    def ftr(d):
        d.set_y(-14)
        d.set_draw_color(150, 40, 60)
        d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
        d.set_font_(None, "", 7)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            5,
            d.T(
                "Les Serres Mont-Aubin inc.  ·  Oferta vinculada a la EIMT n.º 11827340  ·  "
                "página %d de {nb}  ·  Iniciales de la trabajadora: ______" % d.page_no()
            ),
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(fmt="letter", family="serif", base=9.5, margins=(24, 18, 24), footer_fn=ftr, lh=1.45)
    d.add_page()
    d.set_font_(None, "B", 15)
    d.set_text_color(150, 40, 60)
    d.cell(0, 7, d.T("Les Serres Mont-Aubin inc."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.set_font_(None, "", 8)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        4,
        d.T("Productores de tomate y pepino de invernadero desde 1994"),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.cell(
        0,
        4,
        d.T(
            "1475, rang Saint-Achille, Saint-Aubert-de-Roussy (Québec) J0K 2X0, Canadá  ·  "
            "+1 450 555 0192"
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_text_color(0, 0, 0)
    d.ln(8)
    d.para("Saint-Aubert-de-Roussy, 8 de septiembre de 2026", align="R", after=6)
    d.para(
        "Señora\nIngrid Marisol Coyoy Tzunún\nAldea Los Encinos, San Martín Chuisac\nSololá, Guatemala",
        after=6,
    )
    d.para("Asunto: oferta de empleo temporal como trabajadora de invernadero", style="B", after=4)
    d.para("Estimada señora Coyoy:", after=3)
    d.para(
        "Después de la entrevista que usted tuvo con nuestra supervisora en Chimaltenango, nos da "
        "mucho gusto ofrecerle un puesto de trabajadora de invernadero en nuestra empresa, con las "
        "condiciones que se detallan en las páginas siguientes. La oferta se hace dentro del "
        "Programa de Trabajadores Extranjeros Temporales de Canadá; la evaluación de impacto en el "
        "mercado laboral (EIMT) ya fue aprobada y su tarifa de 1,000 dólares canadienses la pagó la "
        "empresa.",
        align="J",
        after=3,
    )
    d.para(
        "Queremos ser muy claros desde el principio: usted no tiene que pagarle nada a nadie para "
        "obtener este trabajo. Ni nosotros ni la agencia Enlace Migrante Quetzal, S.A., que nos ayuda "
        "con los trámites en Guatemala y a la que pagamos directamente por sus servicios, le "
        "cobraremos cuota, comisión, depósito ni adelanto de ningún tipo.",
        align="J",
        after=3,
    )
    d.para(
        "Si alguien le pide dinero en nuestro nombre, no pague y comuníquese con nosotros al "
        "+1 450 555 0192, también por WhatsApp. Puede responder a esta oferta firmando la última "
        "página; le enviaremos una copia firmada por todas las partes.",
        align="J",
        after=6,
    )
    d.para("Atentamente,", after=12)
    d.para("Geneviève Lapointe-Rioux\nDirectora de Recursos Humanos", after=2)

    d.add_page()
    d.heading("CONDICIONES DE EMPLEO", size=12, color=(150, 40, 60), after=3)
    d.grid(
        [
            ["Concepto", "Detalle"],
            [
                "Empleadora",
                "Les Serres Mont-Aubin inc., 1475, rang Saint-Achille, Saint-Aubert-de-Roussy "
                "(Québec) J0K 2X0, Canadá",
            ],
            ["Trabajadora", "Ingrid Marisol Coyoy Tzunún, DPI 2841 55210 0705"],
            [
                "Puesto y tareas",
                "Trabajadora de invernadero: trasplante, deshoje, tutoreo y cosecha de "
                "tomate y pepino; selección y empaque en la bodega.",
            ],
            [
                "Lugar de trabajo",
                "Invernaderos de la empresa en 1475, rang Saint-Achille, y en 220, "
                "chemin du Petit-Brûlé, Saint-Aubert-de-Roussy (Québec).",
            ],
            ["Duración", "Del 1 de febrero al 27 de noviembre de 2027."],
            [
                "Horario",
                "40 horas por semana: de lunes a viernes, de 7:00 a 15:30, con 30 minutos para "
                "almorzar. En temporada alta se ofrecen horas adicionales los sábados, siempre voluntarias.",
            ],
            [
                "Salario",
                "17,25 $ CA por hora. Las horas que pasan de 40 por semana se pagan con 50 % "
                "adicional.",
            ],
            [
                "Bono de productividad",
                "Adicional al salario: 0,15 $ CA por caja arriba de la cuota de 45 "
                "cajas diarias. El bono nunca reduce el pago por hora.",
            ],
            [
                "Pago",
                "Cada semana, los jueves, por depósito directo en su cuenta bancaria canadiense; la "
                "empresa le ayuda a abrirla sin costo.",
            ],
            [
                "Alojamiento",
                "Casa amueblada en 1480, rang Saint-Achille, gratuita: sin renta, sin "
                "depósito, con electricidad, calefacción e internet incluidos.",
            ],
            [
                "Transporte",
                "Boleto de avión Guatemala–Montreal y traslado terrestre a la llegada, "
                "pagados por la empresa.",
            ],
            [
                "Herramientas y equipo",
                "Botas, guantes, tijeras de cosecha y ropa impermeable, sin costo para usted.",
            ],
        ],
        widths=(42, 124),
        head_fill=(240, 220, 225),
        bold_first_col=True,
        size=9,
        valign="MIDDLE",
    )

    d.heading("DEDUCCIONES DE SU SALARIO", size=10.5, color=(150, 40, 60), after=1.5)
    d.para(
        "De su salario solo se descuentan las retenciones que exige la ley en Quebec: el impuesto "
        "sobre la renta federal y provincial y las cotizaciones al Régimen de rentas de Quebec, al "
        "seguro de empleo y al Régimen de seguro parental. Estas cotizaciones son obligatorias para "
        "todas las personas que trabajan en el país; no son un cobro de la empresa ni de la agencia. "
        "No se descuenta nada por vivienda, transporte, herramientas ni trámites.",
        align="J",
    )

    d.add_page()
    d.heading("¿QUIÉN PAGA CADA GASTO?", size=12, color=(150, 40, 60), after=3)
    d.grid(
        [
            ["Gasto", "Monto aproximado", "Quién paga"],
            ["Tarifa de la EIMT", "1 000 $ CA", "La empleadora"],
            ["Permiso de trabajo y datos biométricos", "155 $ CA + 85 $ CA", "La empleadora"],
            [
                "Servicios de la agencia Enlace Migrante Quetzal, S.A.",
                "Contrato con la empresa",
                "La empleadora",
            ],
            [
                "Examen médico con médico autorizado",
                "Q1,150",
                "La empleadora (pago directo a la clínica)",
            ],
            ["Boleto de avión Guatemala–Montreal", "Q5,900 aprox.", "La empleadora"],
            ["Boleto de regreso Montreal–Guatemala", "Q5,900 aprox.", "La empleadora"],
            [
                "Seguro médico privado hasta recibir la tarjeta de salud de Quebec",
                "Prima de 3 meses",
                "La empleadora",
            ],
            ["Hotel y comidas la noche antes del vuelo", "Q400", "La empleadora"],
        ],
        widths=(76, 40, 50),
        head_fill=(240, 220, 225),
        size=9,
    )

    d.heading("REGRESO", size=10.5, color=(150, 40, 60), after=1.5)
    d.para(
        "Al terminar el contrato, la empresa le compra el boleto de avión de regreso a la Ciudad de "
        "Guatemala. Si la empresa termina el contrato antes de la fecha, también paga su regreso.",
        align="J",
    )
    d.heading("TERMINACIÓN DEL CONTRATO", size=10.5, color=(150, 40, 60), after=1.5)
    d.para(
        "Usted puede renunciar en cualquier momento avisando por escrito con una semana de "
        "anticipación, sin ninguna penalidad. La empresa solo puede terminar el contrato antes de la "
        "fecha por una causa justa y seria, con aviso escrito de una semana o el pago de una semana de "
        "salario en lugar del aviso, como lo establecen las normas del trabajo de Quebec.",
        align="J",
    )
    d.heading("SUS DOCUMENTOS Y SU LIBERTAD", size=10.5, color=(150, 40, 60), after=1.5)
    d.para(
        "Su pasaporte y su permiso de trabajo son suyos y usted los guarda. En su tiempo libre puede "
        "salir de la casa cuando quiera y recibir visitas. Presentar una queja ante las autoridades "
        "laborales de Quebec o ante el consulado de Guatemala no le traerá ninguna represalia ni "
        "afectará que la volvamos a llamar otra temporada. Si usted obtiene un permiso para trabajar "
        "con otro empleador, no tendrá que pagar multa ni indemnización a nadie.",
        align="J",
        after=5,
    )
    d.signatures(
        [
            ("La empleadora", "Geneviève Lapointe-Rioux"),
            ("La trabajadora", "Ingrid Marisol Coyoy Tzunún"),
            ("Por Enlace Migrante Quetzal, S.A.", "Lic. Walter Ajpop Chumil"),
            ("Testigo", "Hna. Rosario Tum Lux"),
        ],
        cols=2,
        line_gap=12,
    )

    meta = dict(
        program="generic",
        language="es",
        doc_type="offer_letter_and_contract",
        layout="letter, serif; page 1 offer letter on letterhead with addressee block; gridded "
        "conditions table with middle-aligned labels; who-pays grid; repeated footer with "
        "LMIA number and initials; four-party signature block",
        recruiters=["Enlace Migrante Quetzal, S.A."],
        missing_terms=[],
        traps=[
            "LMIA (EIMT) fee of 1,000 Canadian dollars paid by the employer",
            "'no tiene que pagarle nada a nadie'; no 'cuota, comisión, depósito ni adelanto' (negated)",
            "agency paid directly by the employer",
            "'cuota de 45 cajas' is a production quota for a bonus, not a fee",
            "direct deposit of wages; bank account opened at no cost",
            "free furnished housing, no rent, no deposit",
            "statutory Quebec deductions incl. employment-insurance contributions (not insurance_cost)",
            "who-pays table: every payer cell says La empleadora (Q and CAD amounts)",
            "private health insurance premium paid by the employer",
            "employer pays one week's wages in lieu of notice (not a penalty)",
            "worker keeps passport; free to go out; no reprisal for complaints; no fine for "
            "changing employer",
        ],
        evidence={
            "employer_identity": "Les Serres Mont-Aubin inc., 1475, rang Saint-Achille, Saint-Aubert-de-Roussy",
            "worker_identity": "Ingrid Marisol Coyoy Tzunún",
            "job_duties": "Trabajadora de invernadero: trasplante, deshoje, tutoreo y cosecha",
            "work_location": "220, chemin du Petit-Brûlé",
            "employment_period": "Del 1 de febrero al 27 de noviembre de 2027",
            "hours_of_work": "40 horas por semana: de lunes a viernes, de 7:00 a 15:30",
            "wage_rate": "17,25 $ CA por hora",
            "pay_frequency": "Cada semana, los jueves",
            "deductions": "el impuesto sobre la renta federal y provincial",
            "return_transportation": "le compra el boleto de avión de regreso",
            "termination": "por una causa justa y seria, con aviso escrito de una semana",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch07: h2b, es, compliant, scan
CH07_SCAN = [
    (
        "small",
        "Marsh Heron Golf Resort, LLC — Formato de condiciones H-2B — Orden H-400-26012-774415",
    ),
    ("gap", "6"),
    ("h", "SECCIÓN L. TERMINACIÓN DEL CONTRATO"),
    (
        "p",
        "El empleador solo puede despedir al trabajador por causa justificada y después de una "
        "advertencia por escrito, salvo faltas graves como violencia, robo o poner en peligro a otras "
        "personas. Si el trabajador falta 5 días laborables seguidos sin avisar, se considera que "
        "abandonó el empleo y el empleador lo notificará al Departamento de Trabajo y al Departamento "
        "de Seguridad Nacional dentro de 2 días hábiles, como lo exige la ley. Quien abandona el "
        "trabajo o es despedido con causa pierde la garantía de tres cuartas partes y el pago del "
        "regreso.",
    ),
    (
        "p",
        "El trabajador puede renunciar cuando quiera; si renuncia, recibe su pago completo por las "
        "horas trabajadas en el siguiente día de pago.",
    ),
    ("h", "SECCIÓN M. SI EL TRABAJO SE VUELVE IMPOSIBLE"),
    (
        "p",
        "Si un huracán, una inundación, un incendio u otra causa fuera del control del empleador hace "
        "imposible continuar el trabajo, el empleador puede terminar el contrato antes de la fecha con "
        "la aprobación del Departamento de Trabajo. En ese caso paga la garantía de tres cuartas partes "
        "hasta la fecha de terminación, el regreso a casa y cualquier reembolso pendiente, y procurará "
        "colocar al trabajador con otro empleador H-2B.",
    ),
    ("h", "SECCIÓN N. DECLARACIÓN Y FIRMAS"),
    (
        "p",
        "Las partes leyeron este formato en español, recibieron copia y están de acuerdo con su "
        "contenido. Firmado en Villa Ixcatlán, Veracruz, el 9 de febrero de 2026.",
    ),
    (
        "sig",
        "Por el empleador|Darnell Whitcomb||El trabajador|Jacinto Uribe "
        "Olmedo||Por la agencia|Lic. Noemí Castellanos",
    ),
    ("gap", "8"),
    (
        "i",
        "Este formato consta de 3 páginas. Cualquier cambio debe constar por escrito y firmado por "
        "las tres partes.",
    ),
    ("gap", "26"),
    ("stamp", "RECIBÍ COPIA\n09 FEB 2026"),
]


def ch07():
    def hdr(d):
        d.set_font_(None, "B", 7.5)
        d.set_text_color(60, 60, 60)
        d.cell(
            0,
            4,
            d.T(
                "Marsh Heron Golf Resort, LLC — Formato de condiciones H-2B — Orden "
                "H-400-26012-774415"
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(2)

    def ftr(d):
        d.set_y(-12)
        d.set_font_(None, "", 7)
        d.cell(
            0, 4, d.T("Hoja %d de {nb}   ·   Formato MHGR-H2B-ES rev. 3" % d.page_no()), align="R"
        )

    d = Doc(
        fmt="letter", family="cond", base=9.5, margins=(16, 12, 16), header_fn=hdr, footer_fn=ftr
    )

    def section(title):
        d.room(18)
        d.set_fill_color(50, 50, 50)
        d.set_text_color(255, 255, 255)
        d.set_font_(None, "B", 9.5)
        d.cell(0, 6, d.T("  " + title), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_text_color(0, 0, 0)
        d.ln(1.5)

    def fields(rows):
        d.grid(rows, widths=(46, 137.8), head=False, size=9, bold_first_col=True, after=2.5)

    d.add_page()
    d.heading("CONTRATO DE TRABAJO TEMPORAL — PROGRAMA H-2B", size=13, align="C", after=0.5)
    d.para(
        "FORMATO DE CONDICIONES DE TRABAJO (copia del trabajador)",
        size=9,
        align="C",
        color=(80, 80, 80),
        after=3,
    )
    section("SECCIÓN A. EMPLEADOR Y TRABAJADOR")
    fields(
        [
            ["Nombre legal del empleador", "Marsh Heron Golf Resort, LLC"],
            [
                "Domicilio",
                "2600 Sandpiper Links Drive, Bellhaven Shoals, Carolina del Sur 29583, EE. UU.",
            ],
            ["Teléfono / representante", "(843) 555-0176 / Darnell Whitcomb, gerente de campo"],
            [
                "Agencia en México",
                "Colocaciones Transfronterizas del Sotavento, S.C., Av. Independencia "
                "1207, Col. Centro, Villa Ixcatlán, Veracruz",
            ],
            ["Nombre del trabajador", "Jacinto Uribe Olmedo"],
        ]
    )
    section("SECCIÓN B. PUESTO, REQUISITOS Y LUGAR")
    fields(
        [
            ["Puesto", "Trabajador de mantenimiento de campo de golf (SOC 37-3011)"],
            [
                "Funciones",
                "Rastrillar y perfilar bunkers, reponer divots y arena en tees y greens, cortar "
                "pasto con podadora de carrete, lavar carritos y, en la caseta del hoyo 1, cobrar el green "
                "fee a los golfistas y entregar tarjetas de puntuación.",
            ],
            [
                "Requisitos",
                "Mayor de 18 años; 3 meses de experiencia en jardinería o campos deportivos; "
                "no se requiere inglés.",
            ],
            [
                "Lugar de trabajo",
                "Campo de golf del resort, 2600 Sandpiper Links Drive, Bellhaven Shoals, "
                "Carolina del Sur.",
            ],
        ]
    )
    section("SECCIÓN C. PERIODO Y JORNADA")
    fields(
        [
            ["Inicio / término", "16 de marzo de 2026 / 30 de noviembre de 2026"],
            [
                "Jornada",
                "40 horas por semana, de lunes a viernes, de 6:00 a 14:30, con 30 minutos para "
                "comer.",
            ],
        ]
    )
    d.checkbox(
        [(True, "Horario fijo"), (False, "Horario variable"), (False, "Turno nocturno")], size=9
    )
    section("SECCIÓN D. SALARIO, PAGO Y DEDUCCIONES")
    fields(
        [
            ["Salario por hora", "$16.92 dólares"],
            ["Tiempo extra", "$25.38 dólares por hora después de 40 horas a la semana"],
            [
                "Ajustes",
                "Se paga el salario más alto entre el prevaleciente y el mínimo federal, estatal "
                "o local; si sube durante la temporada, se paga el nuevo desde su fecha de vigencia.",
            ],
            ["Forma de pago", "Depósito directo a cuenta o tarjeta de nómina"],
            [
                "Deducciones",
                "Impuesto federal sobre la renta, impuesto estatal de Carolina del Sur, Seguro "
                "Social y Medicare.",
            ],
        ]
    )
    d.para("Frecuencia de pago:", style="B", size=9, after=0.5)
    d.checkbox(
        [
            (False, "Semanal"),
            (True, "Cada dos semanas, los viernes"),
            (False, "Quincenal"),
            (False, "Mensual"),
        ],
        size=9,
    )
    d.para("Conceptos que NO se descuentan del salario:", style="B", size=9, after=0.5)
    d.checkbox(
        [
            (True, "Vivienda"),
            (True, "Transporte"),
            (True, "Herramientas y uniformes"),
            (True, "Visa y trámites"),
        ],
        size=9,
    )
    d.add_page()
    section("SECCIÓN E. GARANTÍA DE TRES CUARTAS PARTES")
    d.para(
        "La empresa ofrece trabajo por al menos tres cuartas partes de los días laborables de cada "
        "periodo de 12 semanas de la temporada; si ofrece menos horas, paga la diferencia como si se "
        "hubieran trabajado.",
        size=9,
    )
    section("SECCIÓN F. VIAJE Y VISA")
    d.para("Cuota de visa H-2B (205 dólares):", style="B", size=9, after=0.5)
    d.checkbox(
        [(True, "La paga el empleador directamente"), (False, "La paga el trabajador")], size=9
    )
    d.para(
        "Si usted ya pagó la cuota de visa, se le reembolsa completa en la primera semana de trabajo, "
        "junto con el cruce fronterizo.",
        size=9,
    )
    fields(
        [
            [
                "Transporte de ida",
                "Autobús Villa Ixcatlán–Monterrey–Bellhaven Shoals y viáticos, "
                "pagados por el empleador; cualquier gasto que usted haga en el camino se le reembolsa en la "
                "primera semana.",
            ],
            [
                "Transporte de regreso",
                "Pagado por el empleador al terminar el contrato o si lo despiden antes sin causa.",
            ],
        ]
    )
    section("SECCIÓN G. HERRAMIENTAS Y EQUIPO")
    d.para(
        "Todas las herramientas, uniformes, gorras, bloqueador solar y equipo de protección se "
        "entregan sin costo y sin depósito.",
        size=9,
    )
    section("SECCIÓN H. VIVIENDA")
    d.checkbox(
        [
            (True, "La empresa ofrece vivienda gratuita en 14 Heron Cove Lane, Bellhaven Shoals"),
            (False, "La vivienda tiene costo"),
        ],
        size=9,
        per_line=True,
    )
    d.para("No se cobra renta, servicios ni depósito por la vivienda ni por las llaves.", size=9)
    section("SECCIÓN I. TALÓN DE PAGO")
    d.para(
        "Con cada pago usted recibe un talón con las horas ofrecidas, las horas trabajadas, la tarifa, "
        "el pago bruto, cada descuento y el pago neto.",
        size=9,
    )
    section("SECCIÓN J. PAGOS PROHIBIDOS")
    d.para(
        "Ni la empresa ni Colocaciones Transfronterizas del Sotavento, S.C. cobran por la vacante; a la "
        "agencia le paga la empresa. Está prohibido que cualquier persona le pida dinero, regalos o "
        "trabajo gratis a cambio del puesto. Si alguien lo hace, llame al (843) 555-0176.",
        size=9,
    )
    section("SECCIÓN K. SUS DERECHOS")
    d.bullets(
        [
            "Usted guarda su pasaporte, su visa y su credencial; nadie se los puede retener.",
            "Puede salir de la vivienda cuando quiera en su tiempo libre.",
            "Quejarse con la empresa, el consulado o el Departamento de Trabajo no le causará "
            "represalias ni le quitará la oportunidad de volver otra temporada.",
        ],
        size=9,
    )
    d.para(
        "(Continúa en la hoja 3: terminación, imposibilidad y firmas.)",
        size=8,
        style="I",
        color=(80, 80, 80),
    )

    img, _w, _h = render_scan(
        CH07_SCAN, seed=7007, page_mm=(d.w, d.h), dpi=170, family="DejaVuSerif"
    )
    src = " ".join(t for k, t in CH07_SCAN if k in ("h", "p", "i", "small", "title"))
    d.add_scanned_page(img, src)

    meta = dict(
        program="h2b",
        language="es",
        doc_type="employment_form",
        layout="letter, condensed font; form with dark section bars, label/value boxes and ballot "
        "checkboxes; header and footer on text pages; page 3 is the signed page scanned "
        "as an image (slight rotation, blur, noise, stamp), no text layer",
        recruiters=["Colocaciones Transfronterizas del Sotavento, S.C."],
        missing_terms=[],
        traps=[
            "'cobrar el green fee a los golfistas' is a job duty",
            "unchecked box '☐ La paga el trabajador' next to checked 'La paga el empleador' (visa)",
            "visa fee 205 dólares refunded in full in the first week",
            "checked boxes list what is NOT deducted (vivienda, transporte, herramientas, visa)",
            "direct deposit",
            "tools, uniforms, sunscreen without cost or deposit",
            "free housing; unchecked '☐ La vivienda tiene costo'; no key deposit",
            "agency paid by the employer; nobody may ask for money (negated fee)",
            "worker keeps passport; free to go out; no reprisals",
            "lawful abandonment notice (on scanned page)",
        ],
        evidence={
            "employer_identity": "2600 Sandpiper Links Drive, Bellhaven Shoals, Carolina del Sur 29583",
            "job_duties": "Rastrillar y perfilar bunkers",
            "work_location": "Campo de golf del resort, 2600 Sandpiper Links Drive",
            "employment_period": "16 de marzo de 2026 / 30 de noviembre de 2026",
            "hours_of_work": "40 horas por semana, de lunes a viernes, de 6:00 a 14:30",
            "wage_rate": "$16.92 dólares",
            "wage_adjustment": "se paga el nuevo desde su fecha de vigencia",
            "overtime": "$25.38 dólares por hora después de 40 horas",
            "pay_frequency": "☒ Cada dos semanas, los viernes",
            "deductions": "Impuesto federal sobre la renta, impuesto estatal de Carolina del Sur",
            "three_fourths_guarantee": "al menos tres cuartas partes de los días laborables",
            "inbound_transportation": "cualquier gasto que usted haga en el camino se le reembolsa en la primera semana",
            "return_transportation": "Pagado por el empleador al terminar el contrato",
            "visa_reimbursement": "se le reembolsa completa en la primera semana de trabajo",
            "tools_provided": "se entregan sin costo y sin depósito",
            "earnings_statements": "un talón con las horas ofrecidas",
            "termination": "Si el trabajador falta 5 días laborables seguidos sin avisar",
            "contract_impossibility": "hace imposible continuar el trabajo",
            "job_requirements": "3 meses de experiencia en jardinería",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch08: h2a, es, 2 findings
def ch08():
    def hdr(d):
        d.set_font_(None, "B", 8)
        d.set_text_color(30, 90, 40)
        d.cell(0, 4, d.T("SANDHILL CROSSING PRODUCE, LLC"), new_x=XPos.RIGHT)
        d.set_font_(None, "", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            4,
            d.T("Oficina de campo · (912) 555-0141"),
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(30, 90, 40)
        d.set_line_width(0.6)
        d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
        d.set_line_width(0.2)
        d.set_text_color(0, 0, 0)
        d.ln(5)

    def ftr(d):
        d.set_y(-13)
        d.set_font_(None, "I", 7.5)
        d.set_text_color(100, 100, 100)
        d.cell(
            0,
            4,
            d.T("Temporada 2026 · Orden de trabajo H-2A GA-2026-0356 · hoja %d/{nb}" % d.page_no()),
            align="C",
        )
        d.set_text_color(0, 0, 0)

    d = Doc(
        fmt="letter", family="sans", base=9.5, margins=(20, 15, 20), header_fn=hdr, footer_fn=ftr
    )
    d.add_page()
    d.heading("¡Bienvenido a Sandhill Crossing!", size=15, color=(30, 90, 40), after=2)
    d.para("Estimado trabajador:", after=2)
    d.para(
        "Gracias por venir a trabajar con nosotros esta temporada. En estas hojas le explicamos en "
        "pocas palabras lo más importante de su contrato y las reglas de la vivienda. Léalas con "
        "calma; si tiene dudas, pregunte en la oficina de campo o a su mayordomo. Guarde esta copia "
        "junto con su contrato.",
        after=4,
    )

    d.heading("RESUMEN DE SU CONTRATO", size=11, color=(30, 90, 40), after=2)
    d.lv(
        "Empleador:",
        "Sandhill Crossing Produce, LLC, 77 Old Ferry Landing Road, Millbrook Crossing, "
        "Georgia 30499.",
    )
    d.lv(
        "Trabajo:",
        "trabajador agrícola; plantar y cosechar cebolla dulce a mano, cortar rabo y raíz, "
        "llenar costales de 50 libras, cosechar y cargar sandías y limpiar surcos.",
    )
    d.lv(
        "Requisitos:", "un mes de experiencia en cosecha de hortalizas y poder levantar 50 libras."
    )
    d.lv(
        "Lugar:",
        "campos de la empresa en el condado de Alder, Georgia: rancho principal, 77 Old Ferry "
        "Landing Road, y rancho Cypress Pond, 1408 Cypress Pond Road.",
    )
    d.lv("Fechas:", "del 6 de abril al 24 de julio de 2026.")
    d.lv(
        "Horario:",
        "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m., con media "
        "hora para comer.",
    )
    d.lv(
        "Salario:",
        "$15.84 por hora. En la cebolla se paga $1.10 por costal de 50 libras si así gana "
        "más en la semana. Si el gobierno publica una tarifa más alta para este trabajo, se la "
        "pagamos desde el día en que entra en vigor.",
    )
    d.lv("Día de pago:", "cada semana, los viernes, con cheque o depósito directo.")
    d.lv(
        "Talón de pago:",
        "cada viernes recibe un talón con las horas ofrecidas, las horas trabajadas, "
        "su tarifa, lo que ganó y cada descuento.",
    )
    d.lv(
        "Descuentos:",
        "solo el impuesto sobre la renta si usted lo pide por escrito, el comedor si "
        "usted se inscribe, y el fondo de fin de temporada que se explica abajo.",
    )
    q_wh = (
        "Del pago de cada semana se apartará un dólar ($1.00) por cada hora trabajada, y la suma "
        "completa se le entregará con el último cheque de la temporada."
    )
    d.lv("Fondo de fin de temporada:", q_wh, fees=[F("wage_withholding", q_wh, 1.0, "USD")])
    d.lv(
        "Garantía:",
        "le garantizamos trabajo por lo menos por tres cuartas partes de las horas de "
        "los días laborables del contrato; si no, le pagamos la diferencia.",
    )
    d.lv(
        "Vivienda:",
        "gratis, en el campamento de 85 Old Ferry Landing Road; no se cobra renta, luz, "
        "agua ni depósito.",
    )
    d.lv(
        "Comida:",
        "cada casa tiene cocina equipada que usted usa gratis. El comedor es opcional y "
        "cuesta $14.75 al día por tres comidas, menos del máximo que permite el Departamento de "
        "Trabajo para 2026.",
    )
    d.lv("Transporte diario:", "autobús gratis del campamento a los campos y de regreso.")
    d.lv(
        "Viaje de ida:",
        "le reembolsamos el autobús y las comidas del camino desde San Felipe "
        "Tepetongo, Zacatecas: en la primera semana, lo necesario para que su pago no quede abajo del "
        "salario mínimo, y el resto cuando cumpla la mitad del contrato. La cuota de la visa se "
        "reembolsa en su primer pago.",
    )
    d.lv(
        "Viaje de regreso:",
        "si termina el contrato, o si lo despedimos antes sin causa, pagamos su "
        "viaje de regreso y las comidas del camino.",
    )
    d.lv(
        "Herramientas:",
        "cuchillos para cebolla, guantes, cubetas y costales se le dan gratis, sin depósito.",
    )
    d.lv(
        "Terminación:",
        "si falta 5 días seguidos sin avisar, se considera abandono y lo reportamos a "
        "las autoridades como exige la ley. Puede ser despedido por causa justificada (robo, "
        "violencia o no seguir las reglas de seguridad); en esos casos pierde la garantía y el pago "
        "del regreso.",
        after=4,
    )

    d.heading("REGLAMENTO DE LA VIVIENDA", size=11, color=(30, 90, 40), after=2)
    q_mv = (
        "Después de las 9:00 de la noche nadie puede salir del campamento sin permiso del mayordomo, "
        "y los domingos las salidas al pueblo son solo en el autobús de la empresa."
    )
    rules = [
        ("Mantenga limpia su área; cada casa organiza un rol para limpiar baños y cocina.", None),
        ("Se pide silencio de 10:00 p. m. a 5:00 a. m. para que todos puedan descansar.", None),
        ("No se permite cocinar dentro de los cuartos; use la cocina de la casa.", None),
        ("No se permiten armas ni bebidas alcohólicas en las áreas comunes.", None),
        (q_mv, [F("movement_restriction", q_mv)]),
        (
            "Si algo se descompone, avise al mayordomo¹; las reparaciones por el uso normal nunca se le "
            "cobran.",
            None,
        ),
        ("Sus documentos son suyos: nadie de la empresa le pedirá su pasaporte ni su visa.", None),
        ("Las lavadoras y secadoras de la casa 3 son gratis.", None),
        (
            "Quejas: puede hablar con la oficina, con el consulado de México o con el Departamento de "
            "Trabajo; ninguna queja le quitará su lugar en la lista de la próxima temporada.",
            None,
        ),
    ]
    for i, (text, fees) in enumerate(rules, start=1):
        d.lv("%d." % i, text, fees=fees, after=1)
    d.para(
        "¹ El mayordomo del campamento es Fermín Castrejón Ayala, teléfono (912) 555-0164.",
        size=7.5,
        color=(90, 90, 90),
        after=5,
    )

    d.heading("CONSTANCIA DE RECIBIDO", size=11, color=(30, 90, 40), after=2)
    d.checkbox([(False, "Recibí copia de mi contrato en español")], size=9, after=0.6)
    d.checkbox([(False, "Me explicaron el reglamento de la vivienda")], size=9, after=0.6)
    d.checkbox([(False, "Recibí el reembolso de mi visa en el primer pago")], size=9, after=2)
    d.signatures(
        [
            ("Nombre y firma del trabajador", ""),
            ("Mayordomo", "Fermín Castrejón Ayala"),
            ("Oficina de campo", "Lorena Buckhalter"),
        ],
        line_gap=11,
    )

    meta = dict(
        program="h2a",
        language="es",
        doc_type="welcome_letter_and_housing_rules",
        layout="letter; header rule with company name and phone, footer with order number on "
        "every page; welcome letter; contract summary as bold run-in label paragraphs; "
        "numbered housing rules with a footnote; receipt checkboxes; three signatures",
        recruiters=[],
        missing_terms=["workers_compensation", "contract_impossibility"],
        traps=[
            "free housing, no rent, utilities or deposit",
            "optional dining plan $14.75/day below the DOL maximum (lawful h2a meal charge)",
            "free kitchen, free daily bus, free laundry",
            "inbound bus reimbursed; visa fee refunded in the first pay",
            "tools given free without deposit",
            "quiet hours 10 p.m.-5 a.m. are not a curfew",
            "normal-wear repairs never charged (negated damage chargeback)",
            "nobody will ask for passport or visa (negated retention)",
            "complaints do not cost the place on next season's list (negated blacklisting)",
            "lawful abandonment report to the authorities",
            "'Fondo de fin de temporada' sounds like a savings benefit but holds back wages",
        ],
        evidence={
            "employer_identity": "Sandhill Crossing Produce, LLC, 77 Old Ferry Landing Road, Millbrook Crossing, Georgia 30499",
            "job_duties": "plantar y cosechar cebolla dulce a mano",
            "work_location": "rancho Cypress Pond, 1408 Cypress Pond Road",
            "employment_period": "del 6 de abril al 24 de julio de 2026",
            "hours_of_work": "40 horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 p. m.",
            "wage_rate": "$15.84 por hora",
            "wage_adjustment": "se la pagamos desde el día en que entra en vigor",
            "pay_frequency": "cada semana, los viernes",
            "deductions": "solo el impuesto sobre la renta si usted lo pide por escrito",
            "three_fourths_guarantee": "tres cuartas partes de las horas de los días laborables",
            "housing": "gratis, en el campamento de 85 Old Ferry Landing Road",
            "meals": "cada casa tiene cocina equipada que usted usa gratis",
            "inbound_transportation": "le reembolsamos el autobús y las comidas del camino",
            "return_transportation": "pagamos su viaje de regreso",
            "daily_transportation": "autobús gratis del campamento a los campos",
            "tools_provided": "se le dan gratis, sin depósito",
            "earnings_statements": "un talón con las horas ofrecidas",
            "termination": "si falta 5 días seguidos sin avisar",
            "job_requirements": "un mes de experiencia en cosecha de hortalizas",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch09: generic, en, compliant
def ch09():
    def hdr(d):
        d.set_font_(None, "B", 8.5)
        d.set_text_color(140, 70, 0)
        d.cell(0, 4, d.T("NORTHWAY BANNOCK & GRILL LTD."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_font_(None, "", 7)
        d.set_text_color(90, 90, 90)
        d.cell(
            0,
            3.5,
            d.T("Employment Contract — Temporary Foreign Worker — LMIA 14409982"),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(4)

    def ftr(d):
        d.set_y(-14)
        d.set_font_(None, "", 7)
        d.cell(0, 4, d.T("Page %d of {nb}" % d.page_no()), align="L")
        d.set_x(d.l_margin)
        d.cell(0, 4, d.T("Initials:  Employer ____   Worker ____   Agency ____"), align="R")

    d = Doc(fmt="A4", family="serif", base=9.5, margins=(22, 16, 22), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    d.heading("EMPLOYMENT CONTRACT", size=14, align="C", after=1)
    d.para(
        "Food counter attendant (NOC 65201) — Fort Kestrel, Alberta, Canada",
        align="C",
        size=9,
        color=(80, 80, 80),
        after=4,
    )
    d.para("1. PARTIES", style="B", after=1)
    d.grid(
        [
            [
                "Employer",
                "Northway Bannock & Grill Ltd., 109 Muskeg Trail, Fort Kestrel, Alberta "
                "T0H 2K0, Canada; represented by Owen Tallcree-Marchand, General Manager",
            ],
            [
                "Worker",
                "Ms. Rosalie Dimaano Catapang, born 3 May 1994, Purok 3, Barangay Mabini "
                "Silangan, Lobo, Batangas, Philippines; Passport P4471093B",
            ],
            [
                "Agency",
                "Tanglaw Horizons Manpower Services, Inc., Unit 1204 Amihan Tower, 88 Sampaguita "
                "Street, Quezon City, Philippines; licensed recruitment agency acting for the Employer",
            ],
        ],
        widths=(28, 138),
        head=False,
        bold_first_col=True,
        size=8.5,
    )
    clauses = [
        (
            "2. POSITION AND DUTIES.",
            "The Worker is employed as a food counter attendant. She will take "
            "customers' orders, prepare simple items such as bannock, fries and salads, portion and "
            "package food, process customer payments at the till and explain delivery fees to customers "
            "who order by phone, clean counters and equipment, and restock supplies.",
        ),
        ("3. PLACE OF WORK.", "Northway Bannock & Grill, 109 Muskeg Trail, Fort Kestrel, Alberta."),
        ("4. TERM.", "Twenty-four (24) months, from 1 June 2026 to 31 May 2028."),
        (
            "5. HOURS OF WORK.",
            "40 hours per week in five shifts of 8 hours, scheduled between 6:00 a.m. "
            "and 11:00 p.m., with two consecutive days off; the schedule is posted one week ahead. Hours "
            "over 8 in a day or 44 in a week are paid at one and a half times the hourly wage.",
        ),
        (
            "6. WAGE.",
            "CAD 17.00 per hour, reviewed every 1 June; the wage will never be lower than the "
            "wage stated in the LMIA or the Alberta minimum wage.",
        ),
        (
            "7. PAY.",
            "Every two weeks on Friday, by direct deposit to the Worker's Canadian bank account. "
            "The Employer helps the Worker open the account free of charge in her first week.",
        ),
        (
            "8. DEDUCTIONS.",
            "Only deductions required by law are made: federal and Alberta income tax, "
            "Canada Pension Plan contributions and Employment Insurance premiums. The Employer makes no "
            "deduction for recruitment, travel, the work permit, housing, uniforms or training.",
        ),
        (
            "9. ACCOMMODATION.",
            "The Employer provides furnished shared accommodation at 412 Spruce Lane, "
            "Fort Kestrel, free of charge for the whole contract: no rent, no utility bills and no deposit.",
        ),
        (
            "10. TRAVEL.",
            "The Employer pays the economy airfare Manila–Calgary and the ground transfer to "
            "Fort Kestrel at the start, and the economy airfare Calgary–Manila at the end of the contract "
            "or whenever the Employer ends it early.",
        ),
        (
            "11. HEALTH COVERAGE.",
            "Until the Worker is covered by the Alberta Health Care Insurance "
            "Plan, the Employer buys private health insurance for her and pays the whole premium. The "
            "Employer registers her with the provincial workers' compensation board at its own cost.",
        ),
        (
            "12. UNIFORMS AND TRAINING.",
            "Two uniform shirts, aprons and non-slip shoes are provided free. "
            "Food-safety training is given on paid time and its certificate fee is paid by the Employer.",
        ),
        (
            "13. COSTS OF RECRUITMENT.",
            "The Worker has paid nothing, and will pay nothing, to the Agency, "
            "the Employer or any other person in the Philippines or in Canada for this job. Every cost of "
            "recruitment and deployment is listed in Annex A and is borne by the Employer.",
        ),
        (
            "14. TERMINATION.",
            "Either party may end this contract with two weeks' written notice, and "
            "the Employer may pay two weeks' wages in lieu of notice. The Employer may dismiss the Worker "
            "without notice only for just cause, such as theft or violence, established after an "
            "investigation in which she is heard. In every case the Employer pays the return airfare "
            "under clause 10.",
        ),
        (
            "15. DOCUMENTS AND MOBILITY.",
            "The Worker keeps her passport and work permit. Neither the "
            "Employer nor the Agency may hold them. She may change employers under Canadian rules "
            "without paying any penalty or release fee to anyone.",
        ),
        (
            "16. LANGUAGE.",
            "This contract is written in English. A Filipino translation was read to the "
            "Worker before signing and she confirms that she understands it.",
        ),
    ]
    for label, text in clauses:
        d.lv(label, text, after=1.8)

    d.add_page()
    d.heading("ANNEX A — SCHEDULE OF RECRUITMENT AND DEPLOYMENT COSTS", size=11, after=1)
    d.para(
        "All amounts are approximate. The column 'Paid by' shows who bears each cost.",
        size=8.5,
        color=(80, 80, 80),
        after=2,
    )
    d.grid(
        [
            ["Cost item", "Amount", "Paid by"],
            [
                "Agency placement fee",
                "CAD 2,400 under the service agreement; PHP 0.00 charged to the worker",
                "Employer",
            ],
            ["LMIA processing fee", "CAD 1,000", "Employer"],
            ["Work permit fee and biometrics", "CAD 155 + CAD 85", "Employer"],
            ["Medical examination by panel physician", "PHP 7,500", "Employer"],
            ["Document processing, authentication and courier", "PHP 25,000", "Employer"],
            [
                "Pre-departure orientation seminar and transport allowance",
                "PHP 1,500",
                "Employer (via Agency)",
            ],
            ["Passport renewal, if needed", "PHP 1,200", "Employer (reimbursed)"],
            ["Airfare Manila–Calgary", "About PHP 48,000", "Employer"],
            ["Airfare Calgary–Manila at the end", "About PHP 48,000", "Employer"],
            ["Private health insurance, first 3 months", "CAD 210", "Employer"],
        ],
        widths=(70, 64, 32),
        head_fill=(245, 226, 200),
        size=8.5,
    )
    d.para(
        "Signed at Quezon City on 22 February 2026 and at Fort Kestrel on 27 February 2026.",
        after=4,
    )
    d.signatures(
        [
            ("For the Employer", "Owen Tallcree-Marchand"),
            ("Worker", "Rosalie Dimaano Catapang"),
            ("For the Agency", "Ma. Corazon Villaruel-Abad"),
            ("Witness", "Jerome P. Sandoval"),
        ],
        cols=2,
        line_gap=12,
    )

    meta = dict(
        program="generic",
        language="en",
        doc_type="employment_contract",
        layout="A4, serif; header with employer name and LMIA number, footer with page count and "
        "three initials boxes on every page; parties grid without header; numbered clauses "
        "with bold run-in titles; annex cost grid; four-party signature block",
        recruiters=["Tanglaw Horizons Manpower Services, Inc."],
        missing_terms=[],
        traps=[
            "'process customer payments ... explain delivery fees to customers' is a job duty",
            "direct deposit; bank account opened free of charge",
            "statutory CPP contributions and Employment Insurance premiums (not insurance_cost)",
            "no deduction for recruitment, travel, permit, housing, uniforms or training",
            "free furnished accommodation; no rent, bills or deposit",
            "airfare both ways paid by the employer",
            "private health insurance premium paid by the employer",
            "food-safety certificate fee paid by the employer",
            "'has paid nothing, and will pay nothing' (negated recruitment fee)",
            "employer may pay two weeks' wages in lieu of notice (payment to the worker)",
            "worker keeps passport; no penalty or release fee to change employer",
            "annex: 'Agency placement fee' row with PHP 0.00 charged to the worker, payer Employer",
            "PHP 25,000 processing and PHP 7,500 medical paid by the employer",
        ],
        evidence={
            "employer_identity": "Northway Bannock & Grill Ltd., 109 Muskeg Trail, Fort Kestrel, Alberta",
            "worker_identity": "Ms. Rosalie Dimaano Catapang",
            "job_duties": "She will take customers' orders",
            "work_location": "3. PLACE OF WORK. Northway Bannock & Grill, 109 Muskeg Trail",
            "employment_period": "from 1 June 2026 to 31 May 2028",
            "hours_of_work": "40 hours per week in five shifts of 8 hours",
            "wage_rate": "CAD 17.00 per hour",
            "pay_frequency": "Every two weeks on Friday",
            "deductions": "federal and Alberta income tax, Canada Pension Plan contributions",
            "return_transportation": "the economy airfare Calgary–Manila at the end of the contract",
            "termination": "two weeks' written notice",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch10: h2b, en, 2 findings
def ch10():
    def hdr(d):
        d.set_font_(None, "", 7.5)
        d.set_text_color(70, 70, 70)
        d.cell(
            0,
            4,
            d.T("Tidewater Narrows Seafood Co.  |  H-2B job order MD-26-H2B-1187  |  Rev. 02/2026"),
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(3)

    def ftr(d):
        d.set_y(-12)
        d.set_font_(None, "", 7.5)
        d.cell(0, 4, d.T("— %d —" % d.page_no()), align="C")

    d = Doc(fmt="letter", family="sans", base=9, margins=(19, 12, 19), header_fn=hdr, footer_fn=ftr)
    d.add_page()
    d.set_font_(None, "B", 16)
    d.cell(
        0, 8, d.T("TIDEWATER NARROWS SEAFOOD CO."), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    d.set_font_(None, "", 8.5)
    d.cell(
        0,
        4.5,
        d.T("31 Packinghouse Wharf Road, Quillen's Neck, Maryland 21677  ·  (410) 555-0128"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.ln(3)
    d.heading("H-2B JOB ORDER — CRAB MEAT PICKERS, 2026 SEASON", size=11.5, align="C", after=3)

    d.grid(
        [
            [
                "Employer",
                "Tidewater Narrows Seafood Co., 31 Packinghouse Wharf Road, Quillen's Neck, "
                "Maryland 21677",
            ],
            [
                "Job title",
                "Crab meat picker / seafood processing worker (SOC 51-3022), 40 openings",
            ],
            [
                "Worksite",
                "The company picking house at 31 Packinghouse Wharf Road, Quillen's Neck, MD",
            ],
            ["Period", "April 6, 2026 to November 20, 2026"],
            [
                "Schedule",
                "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m., with a 30-minute "
                "unpaid meal break",
            ],
            [
                "Pay rate",
                "$16.08 per hour, or $3.85 per pound of picked meat if that is more for the "
                "workweek",
            ],
            ["Pay day", "Weekly, each Friday, by direct deposit or check"],
        ],
        widths=(30, 148),
        head=False,
        bold_first_col=True,
        size=8.5,
        zebra=(240, 244, 248),
    )

    d.heading("Duties", size=10, after=1)
    d.para(
        "Workers pick steamed blue crabs by hand, separate the meat into jumbo lump, backfin and claw, "
        "fill and weigh containers, label them and keep their station clean. Shells are collected and "
        "sold to a local mill as animal feed and garden fertilizer."
    )
    d.heading("Requirements", size=10, after=1)
    d.para(
        "No experience is needed. Workers must be able to stand for 8 hours and to work in a "
        "refrigerated room kept at 40°F. The first week of on-the-job training is paid at the "
        "hourly rate."
    )
    d.heading("Wages and hours", size=10, after=1)
    d.para(
        "The company pays at least the highest of the prevailing wage and the federal, state or local "
        "minimum wage for every hour worked; if a higher prevailing or minimum wage takes effect "
        "during the season, it is paid from that date. Overtime hours may be required during peak "
        "crab runs. Every payday workers receive a statement listing hours offered, hours worked, "
        "pounds picked, rates, gross pay, each deduction and net pay."
    )
    d.para(
        "Deductions: federal and Maryland income tax, Social Security and Medicare tax, and any "
        "deduction a worker authorizes in writing for his or her own benefit."
    )
    d.para(
        "Guarantee: in each 12-week period of the season the company offers work for hours equal to "
        "at least three-fourths of the workdays; if it offers less, it pays the difference."
    )
    d.heading("Travel, visa and housing", size=10, after=1)
    d.para(
        "The company pays for the bus from Mazatlán, Sinaloa, to Quillen's Neck, including meals on "
        "the road, or repays the worker in the first workweek. The visa fee, the visa appointment "
        "and the border-crossing fee are repaid in full in the first workweek. Workers who finish "
        "the season, or are let go early without cause, get their trip home paid. Housing at the "
        "company bunkhouse, 35 Packinghouse Wharf Road, is free: no rent, utilities or deposit."
    )
    d.para(
        "Recruiting in Mexico is done by Reclutadora Costa Pacífico Norte, S.C., which is paid by the "
        "company. No fee will be charged by the recruiter or by the company for this job."
    )
    d.heading("Supplies", size=10, after=1)
    d.para(
        "Boots, rain bibs, hairnets, sleeve guards and cold-room jackets are provided at no charge "
        "and stay company property."
    )
    d.heading("End of employment", size=10, after=1)
    d.para(
        "Workers who miss 5 consecutive workdays without notice are considered to have abandoned the "
        "job, and the company reports this to the Department of Labor and DHS as the regulations "
        "require. The company may terminate a worker for cause after a written warning, or at once "
        "for theft, violence or a serious food-safety violation. If a hurricane, a fire at the plant "
        "or a closure of the crab fishery makes the work impossible, the company may end the "
        "contract with DOL approval and will pay the three-fourths guarantee through that date and "
        "the trip home."
    )

    d.gap(6)
    d.heading("ANNEX B — PICKING HOUSE RULES AND ORIENTATION ACKNOWLEDGMENT", size=11, after=2)
    q_eq = (
        "Each worker receives a picking knife, a mesh cut-resistant glove and two rubber aprons on "
        "the first day; $35.00 is taken from the first paycheck as an equipment deposit and paid "
        "back at the end of the season when the items are turned in."
    )
    q_bl = (
        "Workers who take a complaint to an outside agency or advocate before using the company "
        "grievance procedure will not be offered a place on next season's recall list."
    )
    rules = [
        (
            "Clock in and out on the time clock by the door; do not punch another worker's card.",
            None,
        ),
        ("Hairnets and gloves must be worn on the picking floor at all times.", None),
        (q_eq, [F("equipment_charge", q_eq, 35.0, "USD")]),
        ("Phones stay in the lockers during shifts. Lockers and padlocks are free.", None),
        (
            "Breaks: 15 paid minutes at 8:00 a.m. and 11:30 a.m.; free coffee and water in the break "
            "room.",
            None,
        ),
        (
            "Grievances go first to the floor supervisor and then to the plant manager, who answers in "
            "writing within 3 days.",
            None,
        ),
        (q_bl, [F("blacklisting_threat", q_bl)]),
        (
            "Workers are free to leave the bunkhouse and go to town on their own time. The Saturday van "
            "to the grocery store is free.",
            None,
        ),
        ("Passports stay with the worker; the office makes a free photocopy for your file.", None),
    ]
    for i, (text, fees) in enumerate(rules, start=1):
        d.lv("Rule %d." % i, text, fees=fees, after=1.5)
    d.gap(3)
    d.para(
        "I received these rules in Spanish and they were explained to me at orientation.", style="I"
    )
    d.signatures(
        [
            ("Worker", ""),
            ("Floor supervisor", "Bettina Hallowell"),
            ("For Reclutadora Costa Pacífico Norte, S.C.", "Ramiro Ochoa Tirado"),
        ],
        line_gap=11,
    )

    meta = dict(
        program="h2b",
        language="en",
        doc_type="job_order_with_plant_rules",
        layout="letter; centred letterhead; zebra-striped label/value grid without header; short "
        "headed sections; annex of numbered plant rules with run-in labels; three signatures; "
        "centred page numbers",
        recruiters=["Reclutadora Costa Pacífico Norte, S.C."],
        missing_terms=["overtime"],
        traps=[
            "shells sold as animal 'feed' (not a fee)",
            "first training week paid at the hourly rate (not a training charge)",
            "direct deposit of wages",
            "bus and road meals paid or repaid in the first workweek",
            "visa fee, appointment and border fee repaid in full in the first workweek",
            "free bunkhouse: no rent, utilities or deposit",
            "recruiter paid by the company; 'No fee will be charged'",
            "boots, rain bibs, jackets at no charge",
            "free lockers, free coffee, free van to the store",
            "lawful abandonment report to DOL/DHS",
            "passports stay with the worker",
            "'Overtime hours may be required' states no overtime rate (overtime term missing)",
        ],
        evidence={
            "employer_identity": "Tidewater Narrows Seafood Co., 31 Packinghouse Wharf Road, Quillen's Neck, Maryland 21677",
            "job_duties": "Workers pick steamed blue crabs by hand",
            "work_location": "The company picking house at 31 Packinghouse Wharf Road",
            "employment_period": "April 6, 2026 to November 20, 2026",
            "hours_of_work": "40 hours per week, Monday to Friday, 5:00 a.m. to 1:30 p.m.",
            "wage_rate": "$16.08 per hour",
            "wage_adjustment": "if a higher prevailing or minimum wage takes effect during the season",
            "pay_frequency": "Weekly, each Friday",
            "deductions": "Deductions: federal and Maryland income tax",
            "three_fourths_guarantee": "at least three-fourths of the workdays",
            "inbound_transportation": "or repays the worker in the first workweek",
            "return_transportation": "get their trip home paid",
            "visa_reimbursement": "the border-crossing fee are repaid in full in the first workweek",
            "tools_provided": "Boots, rain bibs, hairnets, sleeve guards and cold-room jackets are provided at no charge",
            "earnings_statements": "statement listing hours offered, hours worked",
            "termination": "miss 5 consecutive workdays without notice",
            "contract_impossibility": "makes the work impossible",
            "job_requirements": "able to stand for 8 hours",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch11: h2a, en, compliant
def ch11():
    def hdr(d):
        d.set_fill_color(178, 34, 34)
        d.rect(d.l_margin, 8, 4, 4, style="F")
        d.set_xy(d.l_margin + 6, 7.6)
        d.set_font_(None, "B", 8)
        d.set_text_color(120, 20, 20)
        d.cell(
            0,
            5,
            d.T("OSTRANDER HILL ORCHARDS  ·  2026 Harvest Crew Handbook & Work Contract"),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_text_color(0, 0, 0)
        d.ln(4)

    def ftr(d):
        d.set_y(-12)
        d.set_font_(None, "", 7)
        d.set_text_color(110, 110, 110)
        d.cell(
            0, 4, d.T("Clearance order NY-2026-H2A-5521  ·  %d of {nb}" % d.page_no()), align="C"
        )
        d.set_text_color(0, 0, 0)

    d = Doc(
        fmt="letter", family="sans", base=8.8, margins=(16, 14, 16), header_fn=hdr, footer_fn=ftr
    )
    d.add_page()
    d.heading("Welcome to the 2026 apple harvest", size=16, color=(120, 20, 20), after=1)
    d.para(
        "This handbook is also your H-2A work contract. Keep it with you during the season.",
        size=9,
        color=(80, 80, 80),
        after=3,
    )
    d.set_fill_color(250, 240, 232)
    d.grid(
        [
            ["Pay at a glance", ""],
            [
                "Employer",
                "Ostrander Hill Orchards, Inc., 1862 Bellwether Road, Cobble Hollow, New York 12843",
            ],
            ["Hourly rate", "$18.83 per hour"],
            [
                "Piece rate",
                "$26.00 per 20-bushel bin, paid instead of the hourly rate for any week in "
                "which it comes to more",
            ],
            ["Payday", "Every Thursday (weekly), paper check or direct deposit"],
            ["Season", "August 24, 2026 to November 13, 2026"],
            [
                "Workweek",
                "40 hours: Monday to Friday, 7:00 a.m. to 3:30 p.m., 30-minute unpaid lunch; "
                "Saturday mornings optional during peak picking",
            ],
        ],
        widths=(34, 150),
        head_fill=(232, 200, 190),
        bold_first_col=True,
        size=8.5,
    )

    blocks = [
        ("h", "The work"),
        (
            "p",
            "Hand-pick apples into picking bags, empty the bags gently into bins, move and set 16-foot "
            "ladders, and keep the rows clean. Before the harvest, crews thin fruit and clear brush.",
        ),
        ("h", "Who can do it"),
        (
            "p",
            "At least one season of tree-fruit harvest experience, and the ability to climb and work on "
            "16-foot ladders while carrying a full picking bag of about 40 pounds.",
        ),
        ("h", "Where"),
        (
            "p",
            "Orchard blocks at 1862 Bellwether Road and 415 Tisdale Hill Road, Cobble Hollow, New York.",
        ),
        ("h", "Highest wage rule"),
        (
            "p",
            "We pay the highest of the AEWR, the prevailing wage, any collective-bargaining rate and "
            "the federal or New York minimum wage. If a higher AEWR or minimum takes effect during "
            "the season, you get it from that day.",
        ),
        ("h", "Guaranteed work"),
        (
            "p",
            "We guarantee to offer you work for at least three-fourths of the workdays of the season. "
            "If we fall short, we pay you what you would have earned for the missing hours.",
        ),
        ("h", "What comes out of your check"),
        (
            "p",
            "Only New York State and federal income tax, and only if you ask us in writing to "
            "withhold it, plus any amount a court orders. H-2A wages carry no Social Security or "
            "Medicare tax.",
        ),
        ("h", "Pay stubs"),
        (
            "p",
            "Every Thursday you get a stub showing hours offered, hours worked, bins picked, the rates, "
            "total pay, each deduction and why.",
        ),
        ("h", "Housing"),
        (
            "p",
            "Free housing at the Ostrander Hill farm houses, 1870 Bellwether Road. No rent, no "
            "utility charge, no deposit for bedding or keys.",
        ),
        ("h", "Meals"),
        (
            "p",
            "Each house has a kitchen with ranges, refrigerators, pots and dishes, free to use. Free "
            "coffee and tea in the packing shed.",
        ),
        ("h", "Getting here"),
        (
            "p",
            "We repay your airfare from Kingston to Albany, the bus to Cobble Hollow and your meals on "
            "the way, in your first workweek, together with your H-2A visa fee. See the receipt on "
            "the last page.",
        ),
        ("h", "Going home"),
        (
            "p",
            "If you finish the season, or we let you go early without cause, we pay your flight back "
            "to Kingston and your meals on the way.",
        ),
        ("h", "Rides to work"),
        (
            "p",
            "Free buses between the farm houses and the orchards every workday, and a free ride to "
            "town on Saturday afternoons.",
        ),
        ("h", "Tools"),
        (
            "p",
            "Picking bags, ladders, gloves and rain gear are provided free of charge, with no deposit.",
        ),
        ("h", "If you get hurt"),
        (
            "p",
            "You are covered by workers' compensation insurance, Mohawk Orchard Mutual policy "
            "WC-NY-230771, paid entirely by us.",
        ),
        ("h", "Leaving early, dismissal"),
        (
            "p",
            "Five consecutive workdays missed without telling us counts as abandonment, which we must "
            "report to the Department of Labor and DHS. We can dismiss for cause (violence, theft, "
            "serious safety violations) after explaining the reason. Abandonment or dismissal for "
            "cause ends the guarantee and the paid trip home.",
        ),
        ("h", "Hail, frost, fire"),
        (
            "p",
            "If hail, a hard frost, fire or another Act of God makes the work impossible and DOL "
            "agrees, the contract may end early. You will still be paid the guarantee up to that date, "
            "your trip home and anything still owed to you.",
        ),
        ("h", "Nobody may charge you"),
        (
            "p",
            "We hire directly, without any agency. No one may ask you for money, gifts or work in "
            "exchange for a place on the crew. Your passport stays with you, and raising a complaint "
            "will never cost you your job or next year's invitation.",
        ),
    ]
    d.columns(blocks, ncols=2, gutter=8, size=8.6, heading_size=9.2, heading_color=(120, 20, 20))
    d.signatures(
        [("For Ostrander Hill Orchards, Inc.", "Hollis Ostrander, President"), ("Worker", "")],
        cols=2,
        line_gap=9,
    )

    d.add_page()
    d.heading("REIMBURSEMENT RECEIPT — FIRST WORKWEEK", size=12.5, align="C", after=1)
    d.para("Receipt No. 2026-0117", size=8.5, align="C", color=(90, 90, 90), after=4)
    d.lv("Worker:", "Delroy Anthony Whyte, crew 3, house B")
    d.lv("Paid with the paycheck of:", "Thursday, September 3, 2026", after=3)
    d.para(
        "I received from Ostrander Hill Orchards, Inc. the following reimbursements for costs I paid "
        "before starting work:",
        after=2,
    )
    d.grid(
        [
            ["Item", "Paid by the worker", "Reimbursed by the Employer"],
            ["H-2A visa fee", "USD 205", "$205.00"],
            ["Airfare Kingston–Albany (ticket receipt attached)", "JMD 78,450", "$503.20"],
            ["Meals during travel, 2 days", "USD 32.72", "$32.72"],
            ["Police record certificate for the visa", "JMD 3,500", "$22.45"],
            ["Total", "", "$763.37"],
        ],
        widths=(86, 44, 54),
        head_fill=(232, 200, 190),
        size=9,
    )
    d.lv("Amount in words:", "Seven hundred sixty-three and 37/100 U.S. dollars.")
    d.para(
        "These amounts were repaid to me in addition to my wages. Nothing has been or will be "
        "deducted from my wages for them, and no repayment is expected from me.",
        after=4,
    )
    d.signatures(
        [("Worker", "Delroy Anthony Whyte"), ("Payroll clerk", "Annemarie Kessler-Roe")],
        cols=2,
        line_gap=12,
    )

    meta = dict(
        program="h2a",
        language="en",
        doc_type="handbook_contract_with_receipt",
        layout="letter; small red header mark and centred footer on every page; 'pay at a glance' "
        "grid; two-column handbook body with coloured run-in headings; separate "
        "reimbursement receipt page with amount table and amount in words",
        recruiters=[],
        missing_terms=[],
        traps=[
            "reimbursement receipt: $205.00 visa, $503.20 airfare (JMD 78,450), meals, police "
            "record, total $763.37 in words, all repaid by the employer",
            "'Nothing has been or will be deducted ... no repayment is expected' (negation)",
            "direct deposit",
            "income tax only on request; no Social Security on H-2A wages",
            "free housing; no deposit for bedding or keys",
            "free kitchen; free coffee ('coffee' contains 'fee')",
            "free buses and free Saturday ride to town",
            "tools and rain gear free, no deposit",
            "workers' compensation premium paid by the employer",
            "hires directly without any agency; nobody may ask for money",
            "passport stays with the worker; no loss of next year's invitation for complaints",
            "lawful abandonment report to DOL/DHS",
        ],
        evidence={
            "employer_identity": "Ostrander Hill Orchards, Inc., 1862 Bellwether Road, Cobble Hollow, New York 12843",
            "job_duties": "Hand-pick apples into picking bags",
            "work_location": "415 Tisdale Hill Road, Cobble Hollow",
            "employment_period": "August 24, 2026 to November 13, 2026",
            "hours_of_work": "40 hours: Monday to Friday, 7:00 a.m. to 3:30 p.m.",
            "wage_rate": "$18.83 per hour",
            "wage_adjustment": "If a higher AEWR or minimum takes effect",
            "pay_frequency": "Every Thursday (weekly)",
            "deductions": "Only New York State and federal income tax",
            "three_fourths_guarantee": "at least three-fourths of the workdays",
            "housing": "Free housing at the Ostrander Hill farm houses",
            "meals": "kitchen with ranges, refrigerators",
            "inbound_transportation": "We repay your airfare from Kingston to Albany",
            "return_transportation": "we pay your flight back to Kingston",
            "daily_transportation": "Free buses between the farm houses and the orchards every workday",
            "tools_provided": "provided free of charge, with no deposit",
            "workers_compensation": "policy WC-NY-230771",
            "earnings_statements": "a stub showing hours offered, hours worked",
            "termination": "Five consecutive workdays missed",
            "contract_impossibility": "makes the work impossible",
            "job_requirements": "At least one season of tree-fruit harvest experience",
        },
    )
    return d, meta


# ---------------------------------------------------------------- ch12: generic, es, 2 findings
CHAT_GREEN = (7, 94, 84)


def ch12():
    def hdr(d):
        d.set_fill_color(*CHAT_GREEN)
        d.rect(0, 0, d.w, 15, style="F")
        d.set_fill_color(200, 200, 200)
        d.ellipse(4, 3, 9, 9, style="F")
        d.set_xy(16, 3)
        d.set_text_color(255, 255, 255)
        d.set_font_(None, "B", 9)
        d.cell(
            0,
            4.5,
            d.T("Lic. Nery Alvarado · Soluciones Laborales"),
            new_x=XPos.LEFT,
            new_y=YPos.NEXT,
        )
        d.set_font_(None, "", 7)
        d.cell(0, 4, d.T("en línea"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.set_text_color(0, 0, 0)
        d.set_fill_color(236, 229, 221)
        d.rect(0, 15, d.w, d.h - 15, style="F")
        d.set_y(19)

    d = Doc(fmt=(108, 234), family="sans", base=8.6, margins=(5, 19, 5), bottom=8, header_fn=hdr)
    W = d.w - 10
    maxw = W * 0.80

    def day(text):
        d.set_font_(None, "", 7)
        tw = d.get_string_width(d.T(text)) + 6
        d.room(9)
        y = d.get_y() + 1
        d.set_fill_color(225, 243, 251)
        d.rect((d.w - tw) / 2, y, tw, 5, style="F", round_corners=True, corner_radius=1.5)
        d.set_xy((d.w - tw) / 2, y + 0.4)
        d.cell(tw, 4.2, d.T(text), align="C")
        d.set_y(y + 8)

    def msg(side, text, time, fees=None, forwarded=False):
        size = 8.6
        d.set_font_(None, "", size)
        lh = d.lh(size)
        longest = max(d.get_string_width(d.T(ln)) for ln in text.split("\n"))
        bw = min(maxw, max(longest + 6 + 2 * d.c_margin, 26))
        th = d.multi_cell(bw - 5, lh, d.T(text), dry_run=True, output="HEIGHT")
        extra = lh if forwarded else 0
        bh = th + extra + 7.5
        d.room(bh + 3)
        y = d.get_y()
        x = d.l_margin if side == "L" else d.w - d.r_margin - bw
        d.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        d.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=2)
        p0 = d.page_no()
        d.set_xy(x + 2.5, y + 2)
        if forwarded:
            d.set_font_(None, "I", 7)
            d.set_text_color(120, 120, 120)
            d.cell(bw - 5, lh, d.T("↪ Reenviado"), new_x=XPos.LEFT, new_y=YPos.NEXT)
            d.set_text_color(0, 0, 0)
        d.set_font_(None, "", size)
        d.multi_cell(bw - 5, lh, d.T(text), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        d._record(text, fees, p0, d.page_no())
        d.set_font_(None, "", 6.3)
        d.set_text_color(130, 130, 130)
        stamp = time + ("  ✓✓" if side == "R" else "")
        d.set_xy(x, y + bh - 4.3)
        d.cell(bw - 2, 3.5, d.T(stamp), align="R")
        d.set_text_color(0, 0, 0)
        d.set_y(y + bh + 2.2)

    d.add_page()
    day("LUNES, 11 DE ENERO DE 2027")
    msg(
        "L",
        "Buenos días doña Dilcia, le saluda el Lic. Nery Alvarado de Soluciones Laborales Copán "
        "Internacional. Le confirmo que usted quedó seleccionada para la planta de pollo en Canadá. "
        "El expediente va a nombre de Dilcia Ramos Euceda, revise que esté bien escrito.",
        "9:02",
    )
    msg(
        "R",
        "Buenos días licenciado gracias a Dios!! Sí así es mi nombre. Y cuánto me va a costar todo?",
        "9:10",
    )
    msg(
        "L",
        "Fíjese que la agencia no cobra comisión, a nosotros nos paga la empresa. El permiso de "
        "trabajo y la visa los paga el empleador, usted no paga nada de eso.",
        "9:12",
    )
    msg(
        "R", "Y la cuota de inscripción? Una vecina me dijo que en otra agencia le cobraron", "9:13"
    )
    msg(
        "L",
        "Aquí no hay cuota de inscripción, ya le dije. Le paso los datos para que los vaya apuntando:",
        "9:14",
    )
    msg(
        "L",
        "Empresa: Maple Crest Poultry Processing Inc., 2250 Concession Road 6, Tillbury Corners, "
        "Ontario, Canadá.\nPuesto: operaria de línea de deshuese y empaque de pollo.\nContrato: del "
        "6 de abril de 2027 al 5 de abril de 2029.\nHorario: 40 horas a la semana, de lunes a "
        "viernes, turno de 6:00 a. m. a 2:30 p. m.\nSalario: 17.60 dólares canadienses la hora.\n"
        "Pago: cada dos semanas, se lo depositan a su cuenta de banco allá.",
        "9:15",
        forwarded=True,
    )
    msg("R", "Qué bueno. Y el boleto de avión?", "9:21")
    msg(
        "L",
        "El boleto de ida lo compra la empresa, usted solo se presenta al aeropuerto de San Pedro "
        "Sula con su pasaporte.",
        "9:24",
    )
    msg("R", "Y el de regreso?", "9:25")
    msg("L", "Eso ya se ve allá con el patrón al final, depende de cómo se porte jaja", "9:27")
    msg("R", "Ok. Y de mi cheque me van a quitar algo?", "9:30")
    msg(
        "L",
        "Solo los impuestos de Canadá y el seguro de empleo, como a cualquier trabajador de allá. "
        "Eso es ley, no es cobro de nosotros.",
        "9:33",
    )
    msg("L", "Las botas, la gabacha y los guantes se los da la planta, no le cobran nada.", "9:34")

    day("MIÉRCOLES, 13 DE ENERO DE 2027")
    msg("L", "Doña Dilcia buenas tardes, una cosa importante que se me pasó.", "15:40")
    q_ins = (
        "El seguro médico internacional es obligatorio para viajar y cuesta L 4,200, que usted "
        "deposita en la cuenta de la agencia antes del viernes."
    )
    msg(
        "L",
        q_ins + "\nBanco Cooperativo Ceibeño, cuenta 21-304-118827-5 a nombre de Soluciones "
        "Laborales Copán Internacional.",
        "15:41",
        fees=[F("insurance_cost", q_ins, 4200, "HNL")],
    )
    msg(
        "R",
        "Ay licenciado ahorita no tengo ese pisto. Y tengo que dejarle algo a mis cipotes mientras "
        "me llega el primer pago",
        "15:50",
    )
    msg("L", "No se preocupe, para eso estamos.", "15:55")
    q_loan = (
        "La agencia le presta L 15,000 para que les deje a sus hijos, y allá en Canadá se los van "
        "descontando de su cheque con un interés del 5% mensual nada más."
    )
    msg("L", q_loan, "15:56", fees=[F("debt_bondage", q_loan, 15000, "HNL")])
    msg("R", "Va pues. Y el seguro ese no lo paga la empresa?", "16:02")
    msg(
        "L",
        "No, ese es aparte, es para su protección. Lo de la empresa es el seguro de salud de allá "
        "cuando ya está trabajando.",
        "16:05",
    )
    msg("R", "Ok licenciado el viernes le deposito", "16:06")
    msg(
        "L",
        "Perfecto. Para el viaje a San Pedro le damos L 500 de viáticos, eso no se lo descontamos.",
        "16:07",
    )
    msg("L", "[Documento] Lista_documentos_Canada.pdf · 2 páginas", "16:08")
    msg(
        "L",
        "Traiga pasaporte, DNI y 2 fotos tamaño carné. Su pasaporte usted lo guarda, nosotros solo "
        "sacamos copia.",
        "16:08",
    )
    msg("R", "Bendiciones licenciado!!", "16:15")
    msg("L", "Igualmente doña Dilcia, bendiciones.", "16:16")

    meta = dict(
        program="generic",
        language="es",
        doc_type="whatsapp_chat_export",
        layout="narrow phone-screen pages; green chat header bar repeated on each page; date chips; "
        "left/right chat bubbles with timestamps and read ticks; one forwarded job-details "
        "message; attachment line",
        recruiters=["Soluciones Laborales Copán Internacional"],
        missing_terms=["return_transportation", "termination"],
        traps=[
            "'la agencia no cobra comisión, a nosotros nos paga la empresa' (negated fee)",
            "work permit and visa paid by the employer",
            "'Aquí no hay cuota de inscripción' (negated fee)",
            "wages deposited to the worker's bank account ('se lo depositan')",
            "inbound ticket bought by the company",
            "Canadian taxes and employment insurance are statutory deductions",
            "boots, apron and gloves free",
            "the worker 'deposits' money for the insurance: the deposit word is in the finding, "
            "the wage deposit is not",
            "agency gives L 500 travel money, not deducted",
            "worker keeps passport; agency only copies it",
            "return ticket left vague ('depende de cómo se porte'): return_transportation missing",
        ],
        evidence={
            "employer_identity": "Maple Crest Poultry Processing Inc., 2250 Concession Road 6, Tillbury Corners, Ontario",
            "worker_identity": "Dilcia Ramos Euceda",
            "job_duties": "operaria de línea de deshuese y empaque de pollo",
            "work_location": "2250 Concession Road 6, Tillbury Corners",
            "employment_period": "del 6 de abril de 2027 al 5 de abril de 2029",
            "hours_of_work": "40 horas a la semana, de lunes a viernes, turno de 6:00 a. m. a 2:30 p. m.",
            "wage_rate": "17.60 dólares canadienses la hora",
            "pay_frequency": "cada dos semanas",
            "deductions": "Solo los impuestos de Canadá y el seguro de empleo",
        },
    )
    return d, meta


# ================================================================ build + self-check
DOCS = [("ch%02d" % i, globals()["ch%02d" % i]) for i in range(1, 13) if "ch%02d" % i in globals()]
CROPS = [(0, 0.5), (0.5, 1), (0.2, 1), (0.25, 1), (0.3, 1), (0.35, 1)]
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


def make_label(name, d, meta):
    fees = []
    for f in d.fees:
        fees.append(
            {
                "category": f["category"],
                "severity": severity(f["category"], meta["program"], f.get("passport_only")),
                "page": f["page"],
                "amount": None if f["amount"] is None else float(f["amount"]),
                "currency": f["currency"],
                "quote": norm(f["quote"]),
            }
        )
    order = [t[0] for t in TERMS]
    lab = {
        "file": name + ".pdf",
        "program": meta["program"],
        "language": meta["language"],
        "scanned": bool(d.scanned_pages),
        "pages": d.page_no(),
        "fees": fees,
        "missing_terms": sorted(meta["missing_terms"], key=order.index),
        "recruiters": list(meta["recruiters"]),
        "traps": list(meta["traps"]),
        "doc_type": meta["doc_type"],
        "layout": meta["layout"],
    }
    return {k: lab[k] for k in KEY_ORDER}


def check_doc(path, lab, meta, d, errors):
    name = lab["file"]

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != lab["pages"]:
            err("page count %d != label %d" % (len(pdf.pages), lab["pages"]))
        texts = []
        for i, pg in enumerate(pdf.pages, start=1):
            t = norm(pg.extract_text() or "")
            if i in d.scanned_pages:
                if pg.chars:
                    err("scanned page %d has a text layer (%d chars)" % (i, len(pg.chars)))
                if not pg.images:
                    err("scanned page %d has no image" % i)
                else:
                    dpi = pg.images[0]["srcsize"][0] / (float(pg.width) / 72.0)
                    if dpi < 150:
                        err("scanned page %d is only %.0f dpi" % (i, dpi))
                t_src = norm(d.scan_texts[i])
            else:
                if not pg.chars:
                    err("page %d has no text layer" % i)
                t_src = t
            texts.append((t, t_src))
        full_src = " ".join(s for _, s in texts)
        crop_cache = {}

        def crop_texts():  # column / table-cell crops, computed lazily
            for x0, x1 in CROPS:
                for i, pg in enumerate(pdf.pages, start=1):
                    if i in d.scanned_pages:
                        continue
                    key = (i, x0, x1)
                    if key not in crop_cache:
                        W = float(pg.width)
                        c = pg.crop((W * x0, 0, W * x1, float(pg.height)))
                        crop_cache[key] = norm(c.extract_text() or "")
                    yield crop_cache[key]

        for term, snip in meta["evidence"].items():
            if norm(snip) in full_src:
                continue
            if not any(norm(snip) in c for c in crop_texts()):
                err("evidence for %s not printed: %r" % (term, snip))
    prog = lab["program"]
    if prog not in PROGRAM_COL:
        err("bad program")
    if lab["language"] not in ("en", "es", "mixed"):
        err("bad language")
    for f in lab["fees"]:
        if f["category"] not in CATEGORIES:
            err("unknown category %s" % f["category"])
        if f["page"] in d.scanned_pages:
            err("fee on the scanned page")
        if not (1 <= f["page"] <= len(texts)) or norm(f["quote"]) not in texts[f["page"] - 1][0]:
            err("quote not found on page %s: %r" % (f["page"], f["quote"][:70]))
        others = [
            i + 1 for i, (t, _) in enumerate(texts) if norm(f["quote"]) in t and i + 1 != f["page"]
        ]
        if others:
            err("quote also printed on pages %s" % others)
        if (f["amount"] is None) != (f["currency"] is None):
            err("amount/currency mismatch in %r" % f["quote"][:40])
    full = " ".join(t for t, _ in texts)
    for r in lab["recruiters"]:
        if norm(r) not in full:
            err("recruiter not printed: %s" % r)
    req = required_terms(prog)
    miss = set(lab["missing_terms"])
    if not miss <= set(req):
        err("missing_terms not required for %s: %s" % (prog, sorted(miss - set(req))))
    ev = meta["evidence"]
    if set(ev) & miss:
        err("terms both missing and evidenced: %s" % sorted(set(ev) & miss))
    if set(ev) | miss != set(req):
        err("required terms neither missing nor evidenced: %s" % sorted(set(req) - set(ev) - miss))
    if set(ev) - set(req):
        err("evidence for terms not required: %s" % sorted(set(ev) - set(req)))
    if lab["scanned"] and len(d.scanned_pages) != 1:
        err("scanned doc must have exactly one scanned page")
    if not lab["traps"]:
        err("no traps recorded")


OUT_DIR = None


def build_one(name):
    d, meta = dict(DOCS)[name]()
    d.set_title(meta.get("title", name))
    d.set_author("FairRecruit heldout_ch")
    path = os.path.join(OUT_DIR, name + ".pdf")
    d.output(path)
    lab = make_label(name, d, meta)
    errors = []
    check_doc(path, lab, meta, d, errors)
    return lab, errors


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    update = "--update-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    global OUT_DIR
    OUT_DIR = out
    names = [n for n, _ in DOCS]
    try:  # two worker processes keep the build well under 20 s; results keep their order
        import multiprocessing as mp

        with mp.get_context("fork").Pool(min(4, os.cpu_count() or 1)) as pool:
            results = pool.map(build_one, names)
    except (ImportError, ValueError, OSError):
        results = [build_one(n) for n in names]
    labels, errors = [], []
    for lab, errs in results:
        labels.append(lab)
        errors.extend(errs)
    # batch composition
    scanned = [l["file"] for l in labels if l["scanned"]]
    if len(labels) == 12 and len(scanned) != 1:
        errors.append("batch: exactly one scanned document expected, got %s" % scanned)
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(labels) == 12 and len(compliant) != 6:
        errors.append("batch: 6 compliant documents expected, got %d" % len(compliant))
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    committed = os.path.join(HERE, "labels.json")
    if update or not os.path.exists(committed):
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote %s" % committed)
    else:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != json.loads(text):
            olds = {l["file"]: l for l in old}
            for l in labels:
                if olds.get(l["file"]) != l:
                    errors.append("labels differ from committed labels.json for %s" % l["file"])
            extra = set(olds) - set(l["file"] for l in labels)
            if extra:
                errors.append("committed labels.json has extra files %s" % sorted(extra))
    for e in errors:
        print("FAIL", e)
    nfee = sum(len(l["fees"]) for l in labels)
    print(
        "%d documents, %d fee findings, %d missing-term labels, %d errors -> %s"
        % (len(labels), nfee, sum(len(l["missing_terms"]) for l in labels), len(errors), out)
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
