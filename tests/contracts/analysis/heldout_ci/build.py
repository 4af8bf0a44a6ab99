#!/usr/bin/env python3
"""Build the heldout_ci blind batch: 12 labelled recruitment documents (ci01..ci12).

    .venv/bin/python tests/contracts/analysis/heldout_ci/build.py OUT_DIR [--update-labels]

Writes ci01.pdf ... ci12.pdf and labels.json into OUT_DIR, deterministically, then reopens
every PDF with pdfplumber and checks: page counts, every fee quote verbatim (whitespace-
normalised) on its labelled page, every recruiter name in the text, every "present" term's
evidence snippet in the text, the scanned page has no text layer. Finally it compares the
generated labels with labels.json next to this file (writes it if absent, or overwrites it
with --update-labels) and exits non-zero on any difference or failed check.

Every firm, person, farm and street in these documents is fictional.
"""

import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))
CREATED = datetime.datetime(2026, 1, 19, 10, 0, 0, tzinfo=datetime.UTC)

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
_NOT = {
    "h2a": {"worker_identity", "overtime", "visa_reimbursement"},
    "h2b": {"worker_identity", "housing", "meals", "daily_transportation", "workers_compensation"},
    "generic": {
        "wage_adjustment",
        "overtime",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "daily_transportation",
        "visa_reimbursement",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
        "job_requirements",
    },
}
REQUIRED = {p: [t for t in TERMS if t not in _NOT[p]] for p in _NOT}
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
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def clean(s):
    """Core-font fallback only: keep latin-1."""
    if HAVE_DEJAVU:
        return s
    rep = {
        "☒": "[X]",
        "☐": "[ ]",
        "☑": "[X]",
        "✔": "v",
        "–": "-",
        "—": "-",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "•": "*",
        "…": "...",
        "₱": "PHP ",
        "·": "-",
    }
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


# ----------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------
class Doc(FPDF):
    FAMILIES = {
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

    def __init__(
        self, name, program, language, fmt="letter", margins=(20, 16, 20), bottom=18, base="sans"
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.name, self.program, self.language = name, program, language
        self.set_creation_date(CREATED)
        self.set_producer("fpdf2")
        self._added = set()
        self.base = base
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.hdr = None
        self.ftr = None
        self.hf_on = True
        self.fees = []
        self.scanned_pages = {}  # page number -> source text rendered into the image
        self.present = {}
        self.traps = []
        self.recruiters = []
        self.doc_type = ""
        self.layout = ""

    # fonts ---------------------------------------------------------------------------
    def font(self, fam=None, style="", size=10):
        fam = fam or self.base
        if HAVE_DEJAVU:
            self._need(fam, style)
            self.set_font(fam, style, size)
        else:
            self.set_font(self.FAMILIES[fam][4], style.replace("I", "I"), size)

    def _need(self, fam, style):
        """Register a DejaVu face only when first used (parsing every face is slow)."""
        key = (fam, "".join(sorted(style.upper())))
        if key in self._added:
            return
        idx = {"": 0, "B": 1, "I": 2, "BI": 3}[key[1]]
        self.add_font(fam, key[1], os.path.join(FONT_DIR, self.FAMILIES[fam][idx] + ".ttf"))
        self._added.add(key)

    def multi_cell(self, *a, **kw):
        if len(a) < 4:
            kw.setdefault("align", "L")
        if kw.get("markdown") and HAVE_DEJAVU:
            fam = self.font_family
            self._need(fam, "B")
        return super().multi_cell(*a, **kw)

    def header(self):
        if self.hdr and self.hf_on:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.hf_on:
            self.ftr(self)

    # labels --------------------------------------------------------------------------
    def F(self, category, text, amount=None, currency=None, page=None, passport_only=False):
        assert category in CATEGORIES, category
        self.fees.append(
            {
                "category": category,
                "severity": severity(category, self.program, passport_only),
                "page": page,
                "amount": None if amount is None else float(amount),
                "currency": currency,
                "quote": norm(clean(text)),
            }
        )
        return text

    # text blocks ---------------------------------------------------------------------
    @property
    def epw_(self):
        return self.w - self.l_margin - self.r_margin

    def p(
        self,
        text,
        size=10,
        style="",
        fam=None,
        align="L",
        lh=None,
        after=1.6,
        indent=0,
        color=(0, 0, 0),
        w=None,
        keep=True,
    ):
        self.font(fam, style, size)
        self.set_text_color(*color)
        lh = lh or size * 0.47
        ww = w or (self.epw_ - indent)
        if keep:
            hh = self.multi_cell(
                ww, lh, clean(text), align=align, dry_run=True, output=MethodReturnValue.HEIGHT
            )
            if self.get_y() + hh > self.page_break_trigger and hh < 120:
                self.add_page()
        self.set_x(self.l_margin + indent)
        self.multi_cell(ww, lh, clean(text), align=align, new_x="LMARGIN", new_y="NEXT")
        if after:
            self.ln(after)
        self.set_text_color(0, 0, 0)

    def rich(
        self, lead, text, size=10, fam=None, lh=None, after=1.6, indent=0, align="L", keep=True
    ):
        """Paragraph that starts with a bold run (lead) followed by regular text."""
        self.font(fam, "", size)
        lh = lh or size * 0.47
        md = "**" + clean(lead).replace("*", "") + "**" + clean(text)
        w = self.epw_ - indent
        if keep:
            hh = self.multi_cell(
                w, lh, md, align=align, markdown=True, dry_run=True, output=MethodReturnValue.HEIGHT
            )
            if self.get_y() + hh > self.page_break_trigger and hh < 120:
                self.add_page()
        self.set_x(self.l_margin + indent)
        self.multi_cell(w, lh, md, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
        if after:
            self.ln(after)

    def head(
        self,
        text,
        size=11,
        style="B",
        fam=None,
        after=1.2,
        color=(0, 0, 0),
        align="L",
        before=1.5,
        fill=None,
    ):
        if before:
            self.ln(before)
        if self.get_y() + 30 > self.page_break_trigger:
            self.add_page()
        self.font(fam, style, size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, size * 0.5, clean(text), align=align, new_x="LMARGIN", new_y="NEXT", fill=bool(fill)
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def bullets(self, items, size=10, sym="•", indent=4, fam=None, lh=None, after=0.8):
        lh = lh or size * 0.47
        for it in items:
            self.font(fam, "", size)
            y = self.get_y()
            if y + lh > self.page_break_trigger:
                self.add_page()
            self.set_x(self.l_margin + indent)
            self.cell(5, lh, clean(sym))
            self.multi_cell(self.epw_ - indent - 5, lh, clean(it), new_x="LMARGIN", new_y="NEXT")
            self.ln(after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam=None,
        header=True,
        head_fill=(225, 225, 225),
        lh=None,
        align="LEFT",
        borders="ALL",
        zebra=None,
        bold_first_col=False,
        line_width=0.2,
    ):
        self.font(fam, "B", size)
        self.font(fam, "", size)
        self.set_line_width(line_width)
        lh = lh or size * 0.5
        self.set_fill_color(255, 255, 255)
        kw = {}
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        if sum(widths) > self.epw_:
            k = self.epw_ / sum(widths)
            widths = tuple(x * k for x in widths)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            line_height=lh,
            first_row_as_headings=header,
            text_align=align,
            borders_layout=borders,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            align="LEFT",
            **kw,
        ) as t:
            for r in rows:
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0:
                        row.cell(clean(c), style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(clean(c))
        self.ln(2)

    def checkbox(self, checked, text, size=9.5, fam=None, indent=0, lh=None):
        lh = lh or size * 0.5
        self.font(fam, "", size)
        if self.get_y() + lh * 2 > self.page_break_trigger:
            self.add_page()
        x, y = self.l_margin + indent, self.get_y()
        self.set_line_width(0.3)
        self.rect(x, y + 0.6, 3.4, 3.4)
        if checked:
            self.line(x + 0.5, y + 1.1, x + 2.9, y + 3.5)
            self.line(x + 2.9, y + 1.1, x + 0.5, y + 3.5)
        self.set_xy(x + 5.5, y)
        self.multi_cell(self.epw_ - indent - 5.5, lh, clean(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def sigblock(self, parties, size=8.5, fam=None, line_w=None, gap=6, height=20):
        """parties: list of (caption, name_lines). Laid out side by side."""
        n = len(parties)
        line_w = line_w or (self.epw_ - gap * (n - 1)) / n
        if self.get_y() + height + 14 > self.page_break_trigger:
            self.add_page()
        y0 = self.get_y() + height
        for i, (cap, lines) in enumerate(parties):
            x = self.l_margin + i * (line_w + gap)
            self.set_line_width(0.3)
            self.line(x, y0, x + line_w, y0)
            self.set_xy(x, y0 + 1)
            self.font(fam, "B", size)
            self.multi_cell(line_w, size * 0.45, clean(cap), new_x="LEFT", new_y="NEXT")
            self.font(fam, "", size)
            for ln_ in lines:
                self.set_x(x)
                self.multi_cell(line_w, size * 0.45, clean(ln_), new_x="LEFT", new_y="NEXT")
        self.set_y(y0 + 4 + size * 0.45 * (1 + max(len(p_[1]) for p_ in parties)) + 3)

    def band(self, text, sub=None, color=(32, 74, 110), size=14, h=18, text_color=(255, 255, 255)):
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, h, style="F")
        self.set_text_color(*text_color)
        self.font(None, "B", size)
        self.set_xy(self.l_margin, 3.5)
        self.cell(0, size * 0.45, clean(text))
        if sub:
            self.font(None, "", 8.5)
            self.set_xy(self.l_margin, 4 + size * 0.5)
            self.cell(0, 4, clean(sub))
        self.set_text_color(0, 0, 0)
        self.set_y(h + 5)

    def hr(self, gap=2, width=0.3, color=(120, 120, 120)):
        self.set_draw_color(*color)
        self.set_line_width(width)
        y = self.get_y() + gap / 2
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.ln(gap)

    def columns(self, paras, size=8, fam=None, gutter=6, lh=1.15, align="J", head_size=None):
        """paras: list of (lead_or_None, text). Two flowing columns."""
        self.font(fam, "", size)
        with self.text_columns(
            ncols=2, gutter=gutter, text_align=align, line_height=lh, balance=True
        ) as cols:
            for lead, text in paras:
                if lead:
                    self.font(fam, "B", head_size or size)
                    cols.write(text=clean(lead))
                    self.font(fam, "", size)
                cols.write(text=clean(text))
                cols.ln()
                cols.ln(0.6)
        self.font(fam, "", size)

    def bubble(
        self,
        side,
        sender,
        text,
        stamp,
        size=9.5,
        maxw=118,
        fill=(255, 255, 255),
        name_color=(16, 120, 90),
    ):
        self.font("sans", "", size)
        lh = size * 0.48
        maxw = min(maxw, self.epw_ * 0.8)
        inner = maxw - 8
        lines = self.multi_cell(
            inner, lh, clean(text), dry_run=True, output=MethodReturnValue.LINES
        )
        widest = max(self.get_string_width(l_) for l_ in lines) if lines else 10
        if sender:
            self.font("sans", "B", size - 1)
            widest = max(widest, self.get_string_width(clean(sender)))
            self.font("sans", "", size)
        w = min(maxw, max(widest + 10, 34))
        inner = w - 8
        lines = self.multi_cell(
            inner, lh, clean(text), dry_run=True, output=MethodReturnValue.LINES
        )
        hgt = 2.5 + (lh if sender else 0) + len(lines) * lh + 4.2 + 1.5
        if self.get_y() + hgt > self.page_break_trigger:
            self.add_page()
        x = self.l_margin + 2 if side == "L" else self.w - self.r_margin - 2 - w
        y = self.get_y()
        self.set_fill_color(*fill)
        self.set_draw_color(205, 205, 200)
        self.set_line_width(0.15)
        self.rect(x, y, w, hgt, style="DF", round_corners=True, corner_radius=2.5)
        self.set_draw_color(0, 0, 0)
        self.set_xy(x + 4, y + 2)
        if sender:
            self.font("sans", "B", size - 1)
            self.set_text_color(*name_color)
            self.cell(inner, lh, clean(sender), new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.font("sans", "", size)
        self.set_x(x + 4)
        self.multi_cell(inner, lh, clean(text), new_x="LEFT", new_y="NEXT")
        self.font("sans", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(x + 4, y + hgt - 5)
        self.cell(inner, 3.5, clean(stamp), align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(y + hgt + 2.2)

    def pill(self, text, size=7.5):
        self.font("sans", "", size)
        w = self.get_string_width(clean(text)) + 8
        x = (self.w - w) / 2
        if self.get_y() + 30 > self.page_break_trigger:
            self.add_page()
        y = self.get_y() + 1
        self.set_fill_color(221, 236, 244)
        self.rect(x, y, w, 5.2, style="F", round_corners=True, corner_radius=2)
        self.set_xy(x, y + 0.6)
        self.set_text_color(70, 80, 90)
        self.cell(w, 4, clean(text), align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(y + 8)

    def image_stamp(self, text, x, y, w=38, color=(180, 30, 40), angle=-12, seed=1):
        """A rubber stamp drawn as an image (no text layer), like a real ink stamp."""
        W, H = 560, 220
        im = Image.new("RGBA", (W, H), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        f = (
            ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 64)
            if HAVE_DEJAVU
            else ImageFont.load_default()
        )
        d.rounded_rectangle((8, 8, W - 8, H - 8), radius=22, outline=color + (210,), width=10)
        tw = d.textlength(text, font=f)
        d.text(((W - tw) / 2, 62), text, font=f, fill=color + (215,))
        rng = np.random.default_rng(seed)
        a = np.array(im)
        mask = rng.random(a.shape[:2]) < 0.18
        a[..., 3] = np.where(mask, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
        im = Image.fromarray(a).rotate(angle, expand=True, resample=Image.BICUBIC)
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=False)
        buf.seek(0)
        self.image(buf, x=x, y=y, w=w)

    # scanned page --------------------------------------------------------------------
    def scanned_page(self, blocks, seed, fmt_px=(1700, 2200), angle=0.55):
        """Render blocks to a degraded greyscale image and embed it as a full page with no
        text layer. blocks: list of (kind, text) with kind in title|h|p|small|sig|gap|hdr|ftr."""
        W, Hh = fmt_px
        img = Image.new("L", (W, Hh), 255)
        d = ImageDraw.Draw(img)

        def fp(n, s):
            return ImageFont.truetype(os.path.join(FONT_DIR, n + ".ttf"), s)

        fonts = {
            "title": fp("DejaVuSans-Bold", 40),
            "h": fp("DejaVuSans-Bold", 31),
            "p": fp("DejaVuSans", 29),
            "small": fp("DejaVuSans", 23),
            "hdr": fp("DejaVuSans", 22),
            "ftr": fp("DejaVuSans", 22),
            "sig": fp("DejaVuSans", 26),
        }
        left, right = 165, W - 165
        y = 150
        src = []
        rng = np.random.default_rng(seed)
        for kind, text in blocks:
            if kind == "gap":
                y += int(text)
                continue
            if kind == "hdr":
                d.text((left, 80), text, font=fonts["hdr"], fill=40)
                d.line((left, 112, right, 112), fill=90, width=2)
                src.append(text)
                continue
            if kind == "ftr":
                d.line((left, Hh - 135, right, Hh - 135), fill=90, width=2)
                d.text((left, Hh - 122), text, font=fonts["ftr"], fill=40)
                src.append(text)
                continue
            if kind == "sig":
                # (caption, name, scribble?) separated by |
                cols = [c.split("|") for c in text.split("||")]
                n = len(cols)
                cw = (right - left - 60 * (n - 1)) // n
                y += 90
                for i, parts in enumerate(cols):
                    x0 = left + i * (cw + 60)
                    if len(parts) > 2 and parts[2] == "x":
                        pts = []
                        base_y = y - 18
                        xx = x0 + 30
                        for _k in range(14):
                            pts.append((xx, base_y + int(rng.integers(-28, 22))))
                            xx += int(rng.integers(14, 30))
                        d.line(pts, fill=25, width=4, joint="curve")
                    d.line((x0, y, x0 + cw, y), fill=30, width=2)
                    d.text((x0, y + 8), parts[0], font=fonts["sig"], fill=20)
                    d.text((x0, y + 42), parts[1], font=fonts["sig"], fill=20)
                    src.append(parts[0] + " " + parts[1])
                y += 100
                continue
            f = fonts[kind]
            words = text.split()
            line = ""
            lines = []
            for wd in words:
                t = (line + " " + wd).strip()
                if d.textlength(t, font=f) <= right - left:
                    line = t
                else:
                    lines.append(line)
                    line = wd
            if line:
                lines.append(line)
            asc = f.size + (14 if kind != "small" else 9)
            for ln_ in lines:
                d.text((left, y), ln_, font=f, fill=18)
                y += asc
            y += 14 if kind in ("p", "small") else 10
            src.append(text)
        assert y < Hh - 150, "scanned page overflows"
        # degrade: rotation, blur, paper tone, noise, specks
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        a = np.asarray(img).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 7.0, a.shape)
        specks = rng.random(a.shape) < 0.0007
        a[specks] = rng.uniform(60, 160, specks.sum())
        # slight uneven illumination toward one edge
        grad = np.linspace(0, 10, W)[None, :]
        a = np.clip(a - grad, 0, 255).astype(np.uint8)
        out = Image.fromarray(a, "L")
        buf = io.BytesIO()
        out.save(buf, format="JPEG", quality=80, optimize=False)
        buf.seek(0)
        self.hf_on = False
        self.add_page()
        self.image(buf, x=0, y=0, w=self.w, h=self.h)
        self.scanned_pages[self.page_no()] = norm(" ".join(src))

    def save(self, path):
        self.output(path)


def label_of(doc, pages):
    req = REQUIRED[doc.program]
    for t in doc.present:
        assert t in req, (doc.name, "present term not required for program", t)
    missing = [t for t in req if t not in doc.present]
    return {
        "file": doc.name + ".pdf",
        "program": doc.program,
        "language": doc.language,
        "scanned": bool(doc.scanned_pages),
        "pages": pages,
        "fees": [
            {k: f[k] for k in ("category", "severity", "page", "amount", "currency", "quote")}
            for f in doc.fees
        ],
        "missing_terms": missing,
        "recruiters": list(doc.recruiters),
        "traps": list(doc.traps),
        "doc_type": doc.doc_type,
        "layout": doc.layout,
    }


# ========================================================================================
# ci01  H-2A clearance-order addendum, English, fully compliant (Washington orchards)
# ========================================================================================
def ci01():
    d = Doc("ci01", "h2a", "en", fmt="letter", margins=(22, 24, 22), bottom=22, base="serif")
    d.doc_type = "job_order"
    d.layout = (
        "letter; running header and footer with page x of y and initials line on every "
        "page; at-a-glance grid; gridded worksite table; numbered sections; employer "
        "certification block"
    )

    def hdr(pdf):
        pdf.font("sans", "B", 8)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(90, 4, "HALVORSEN RIDGE FRUIT COMPANY, LLC")
        pdf.font("sans", "", 8)
        pdf.cell(0, 4, "ETA-790A Addendum B  ·  Job Order WA-1187542", align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, 14.5, pdf.w - pdf.r_margin, 14.5)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(24)

    def ftr(pdf):
        pdf.set_y(-15)
        pdf.font("sans", "", 7.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(90, 4, f"Addendum B, page {pdf.page_no()} of {{nb}}")
        pdf.cell(0, 4, "Worker's initials: ________", align="R")
        pdf.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.head("ADDENDUM B TO FORM ETA-790A", size=13, fam="sans", align="C", before=0, after=0.5)
    d.head(
        "Material Terms and Conditions of Employment: H-2A Orchard Workers, 2026 Season",
        size=10.5,
        style="",
        fam="sans",
        align="C",
        before=0,
        after=3,
    )

    d.grid(
        [
            ("Employer", "Halvorsen Ridge Fruit Company, LLC"),
            ("Crop activities", "Thinning, pruning and hand harvest of cherries, pears and apples"),
            ("Period of employment", "March 30, 2026 through November 6, 2026"),
            ("Workers requested", "64 (SOC 45-2092 Farmworkers and Laborers, Crop)"),
            ("Hourly rate", "$19.97 per hour, or the piece rate when higher"),
            ("Housing", "Provided free of charge (Section 7)"),
        ],
        widths=(48, 124),
        size=9,
        fam="sans",
        header=False,
        bold_first_col=True,
        zebra=(244, 246, 240),
    )

    d.head("1. Employer", size=10.5, fam="sans")
    d.p(
        "Halvorsen Ridge Fruit Company, LLC (FEIN 91-4418207), 7215 Coyote Bench Road, Pell "
        "Creek, Washington 98830. Telephone (509) 555-0147. The contact person for this order "
        "is Marisol Ekberg, Human Resources Coordinator, who speaks English and Spanish."
    )

    d.head("2. Job Duties", size=10.5, fam="sans")
    d.p(
        "Workers will perform manual labor in apple, pear and cherry orchards. Duties include "
        "hand-thinning blossoms and fruitlets; pruning and tying limbs to trellis wire; placing "
        "and moving 10- and 12-foot orchard ladders; hand-harvesting fruit into a picking bag and "
        "emptying the bag gently into field bins; picking up windfall fruit; moving and repairing "
        "sprinkler lines; and general orchard cleanup. During harvest, some workers will be "
        "assigned to feed empty bins onto the bin trailers and to stack filled bins for the "
        "forklift. Cherry harvest normally runs from mid-June to late July, and pear and apple "
        "harvest from mid-August through October.",
        align="J",
    )

    d.head("3. Minimum Requirements", size=10.5, fam="sans")
    d.p(
        "Three (3) months of verifiable experience hand-harvesting tree fruit. Workers must be "
        "able to work from a 12-foot ladder, to lift and carry a full picking bag weighing up to "
        "45 pounds, and to work outdoors in heat, cold and rain. No diploma, certificate, "
        "driver's license or English is required. The employer provides up to two days of paid "
        "on-the-job training in ladder safety and fruit handling.",
        align="J",
    )

    d.head("4. Places of Employment", size=10.5, fam="sans")
    d.grid(
        [
            ("Site", "Address", "County"),
            ("Home ranch and bin yard", "7215 Coyote Bench Road, Pell Creek, WA 98830", "Chelan"),
            ("Larkspur Flat blocks", "11 Larkspur Flat Lane, Orvale, WA 98831", "Chelan"),
            ("Tumble Creek cherry orchard", "502 Tumble Creek Road, Orvale, WA 98831", "Douglas"),
            ("Kestrel Hill pear blocks", "2960 Kestrel Hill Road, Pell Creek, WA 98830", "Chelan"),
        ],
        widths=(52, 90, 30),
        size=8.8,
        fam="sans",
    )

    d.head("5. Hours of Work", size=10.5, fam="sans")
    d.p(
        "The anticipated schedule is 40 hours per week, Monday through Friday, 6:00 a.m. to "
        "2:30 p.m., with a 30-minute unpaid meal period. During cherry harvest workers may also "
        "be offered up to 8 hours on Saturdays; Saturday work is voluntary. Sunday is a day of "
        "rest. Weather, crop conditions and ripening may cause hours to vary from day to day, "
        "and workers will not be required to work on their Sabbath or on federal holidays.",
        align="J",
    )

    d.head("6. Wages, Pay and Deductions", size=10.5, fam="sans")
    d.rich(
        "(a) Rate of pay. ",
        "Every hour worked is paid at $19.97, unless the following piece rates produce higher "
        "earnings for the pay period: cherries $0.32 per pound; pears $29.00 per bin; apples "
        "$31.50 per bin. Piece-rate earnings are compared with hourly earnings each pay period "
        "and the worker receives whichever is greater.",
        align="J",
    )
    d.rich(
        "(b) Highest applicable wage. ",
        "The employer will pay at least the highest of the Adverse Effect Wage Rate, the "
        "prevailing hourly or piece rate, the agreed collective bargaining rate, or the federal "
        "or Washington minimum wage in effect at the time the work is performed. If a higher "
        "AEWR is published in the Federal Register during the season, the employer will pay it "
        "from its effective date.",
        align="J",
    )
    d.rich(
        "(c) Payday. ",
        "Wages are paid weekly, every Friday, for the workweek that ended the previous Sunday, "
        "by direct deposit into the worker's own bank account or by paper check, as the worker "
        "chooses. Direct deposit is optional and free.",
        align="J",
    )
    d.rich(
        "(d) Earnings statements. ",
        "With each payment the worker receives a written statement showing hours offered, "
        "hours worked, units picked and the piece rate for each, the hourly rate, total "
        "earnings, each deduction and the reason for it, the employer's name, address and FEIN, "
        "and the beginning and ending dates of the pay period.",
        align="J",
    )
    d.rich(
        "(e) Deductions. ",
        "The only deductions the employer will make are: federal income tax withholding, if the "
        "worker requests it in writing on Form W-4; court-ordered child support or garnishment; "
        "and, for workers who choose to join it, the meal program in Section 8. No other amount "
        "will be deducted from pay.",
        align="J",
    )
    d.rich(
        "(f) Three-fourths guarantee. ",
        "The employer guarantees to offer each worker employment for a total number of work "
        "hours equal to at least three-fourths (3/4) of the workdays of the contract period, "
        "counting each workday as 8 hours. If the employer falls short, it will pay the worker "
        "the amount the worker would have earned had the guaranteed hours been offered. Hours "
        "the worker was offered but refused to work may be counted toward the guarantee.",
        align="J",
    )

    d.head("7. Housing", size=10.5, fam="sans")
    d.p(
        "Housing is furnished at no cost to every worker who cannot reasonably return to his or "
        "her permanent residence the same day. Workers will live at Halvorsen Ridge Camp, 7240 "
        "Coyote Bench Road, Pell Creek, WA 98830, licensed by the Washington State Department of "
        "Health as a temporary worker housing facility (license TWH-4471, capacity 72). No rent, "
        "utility charge, or deposit for beds, mattresses, linens or keys is collected. Family "
        "housing is not available.",
        align="J",
    )

    d.head("8. Meals", size=10.5, fam="sans")
    d.p(
        "Every housing unit has a fully equipped kitchen (stoves, refrigerators, sinks, pots and "
        "utensils) that workers use free of charge to prepare their own food. Workers who prefer "
        "prepared meals may sign up for the catered meal program, which serves three meals a day "
        "for $14.25 per day, an amount below the maximum meal charge published by the U.S. "
        "Department of Labor for 2026. The meal program is voluntary, and a worker may leave it "
        "with one week's notice.",
        align="J",
    )

    d.head("9. Transportation and Visa Costs", size=10.5, fam="sans")
    d.rich(
        "(a) Daily transportation. ",
        "Free transportation is provided in company vans and buses between the housing and the "
        "worksites each workday. All vehicles are insured and driven by licensed drivers.",
        align="J",
    )
    d.rich(
        "(b) Travel to the job. ",
        "The employer buys the bus ticket from Guadalajara, Jalisco, to Pell Creek and pays "
        "daily subsistence of $17.50 for each day of travel in cash on arrival. A worker who "
        "paid any part of the trip will be reimbursed in the first workweek if the cost would "
        "bring earnings below the minimum wage, and in any case no later than when 50 percent of "
        "the contract period has been completed.",
        align="J",
    )
    d.rich(
        "(c) Visa and border fees. ",
        "The employer pays the consular visa (MRV) fee and the I-94 border fee directly. If a "
        "worker paid any of these fees, the full amount is reimbursed with the first week's "
        "pay.",
        align="J",
    )
    d.rich(
        "(d) Return trip. ",
        "Workers who complete the contract period, or who are dismissed early for any reason "
        "other than cause, will receive transportation and daily subsistence back to "
        "Guadalajara, Jalisco, paid by the employer.",
        align="J",
    )

    d.head("10. Tools and Equipment", size=10.5, fam="sans")
    d.p(
        "All tools, supplies and equipment required to perform the job (ladders, picking bags, "
        "thinning and pruning shears, gloves, rain gear and safety glasses) are provided by the "
        "employer without charge and without any deposit. Tools that break or wear out in "
        "normal use are replaced at no cost to the worker.",
        align="J",
    )

    d.head("11. Workers' Compensation", size=10.5, fam="sans")
    d.p(
        "All workers are covered by industrial insurance through the Washington State "
        "Department of Labor & Industries (employer account 412,338-00) for injury and disease "
        "arising out of and in the course of employment. The employer pays the full premium; "
        "nothing is withheld from the worker for this coverage.",
        align="J",
    )

    d.head("12. Recruitment", size=10.5, fam="sans")
    d.p(
        "The employer recruits in Mexico through Cordillera Enlace Agrícola, S.C., Zapopan, "
        "Jalisco, under a written agreement that forbids it and its agents from charging workers "
        "anything. The employer pays that agency's fees in full. No fee, deposit, bond or payment "
        "of any kind will be collected from any worker in connection with recruitment, the visa "
        "or this job. Anyone who is asked for money should call the employer at (509) 555-0147 "
        "or the U.S. Department of Labor at 1-866-487-9243.",
        align="J",
    )

    d.head("13. Documents", size=10.5, fam="sans")
    d.p(
        "Workers keep their own passports, visas and identity documents at all times. The "
        "employer only photocopies the I-94 record for its payroll file.",
        align="J",
    )

    d.head("14. Abandonment and Termination for Cause", size=10.5, fam="sans")
    d.p(
        "A worker who fails to report for work for five (5) consecutive working days without the "
        "employer's consent will be considered to have abandoned the job. A worker may be "
        "terminated for cause for serious misconduct, such as violence, theft or repeated "
        "refusal to follow safety rules, after a written warning. The employer will notify the "
        "Department of Labor and the Department of Homeland Security in writing within two "
        "working days of an abandonment or termination for cause. A worker who abandons the job "
        "or is terminated for cause loses the three-fourths guarantee and the paid return trip.",
        align="J",
    )

    d.head("15. Contract Impossibility", size=10.5, fam="sans")
    d.p(
        "If, before the end date, the services of the worker are no longer required because of "
        "fire, weather, hail, frost or another Act of God that makes fulfilment of the contract "
        "impossible, the employer may end the contract with the Certifying Officer's approval. In "
        "that event the employer will fulfil the three-fourths guarantee for the time elapsed, "
        "pay the return trip and subsistence, and make reasonable efforts to transfer the worker "
        "to other comparable employment.",
        align="J",
    )

    d.head("16. Non-Retaliation and Copy of This Contract", size=10.5, fam="sans")
    d.p(
        "No worker will be threatened, discharged, blacklisted or otherwise discriminated "
        "against for filing a complaint, testifying, consulting an attorney or a legal assistance "
        "program, or exercising any right under the H-2A regulations. Each worker receives a "
        "copy of this addendum in Spanish no later than the time he or she applies for the visa.",
        align="J",
    )

    d.ln(3)
    d.p(
        "Employer's certification: the terms above are offered to U.S. and H-2A workers alike.",
        size=9,
        style="I",
        fam="sans",
    )
    d.sigblock(
        [
            ("For the Employer", ["Gunnar Halvorsen, Managing Member", "Date: January 12, 2026"]),
            ("Received by the Worker", ["Name: ______________________", "Date: ____________"]),
        ],
        fam="sans",
    )

    d.present = {
        "employer_identity": "7215 Coyote Bench Road, Pell Creek, Washington 98830",
        "job_duties": "hand-harvesting fruit into a picking bag",
        "work_location": "11 Larkspur Flat Lane, Orvale, WA 98831",
        "employment_period": "March 30, 2026 through November 6, 2026",
        "hours_of_work": "40 hours per week, Monday through Friday, 6:00 a.m. to 2:30 p.m.",
        "wage_rate": "Every hour worked is paid at $19.97",
        "wage_adjustment": "If a higher AEWR is published in the Federal Register",
        "pay_frequency": "Wages are paid weekly, every Friday",
        "deductions": "The only deductions the employer will make are",
        "three_fourths_guarantee": "at least three-fourths (3/4) of the workdays",
        "housing": "7240 Coyote Bench Road, Pell Creek, WA 98830",
        "meals": "fully equipped kitchen",
        "inbound_transportation": "The employer buys the bus ticket from Guadalajara, Jalisco, to Pell Creek",
        "return_transportation": "transportation and daily subsistence back to Guadalajara",
        "daily_transportation": "Free transportation is provided in company vans and buses",
        "tools_provided": "provided by the employer without charge and without any deposit",
        "workers_compensation": "industrial insurance through the Washington State Department of Labor & Industries",
        "earnings_statements": "With each payment the worker receives a written statement",
        "termination": "five (5) consecutive working days",
        "contract_impossibility": "fire, weather, hail, frost or another Act of God",
        "job_requirements": "Three (3) months of verifiable experience hand-harvesting tree fruit",
    }
    d.recruiters = ["Cordillera Enlace Agrícola, S.C."]
    d.traps = [
        "'feed empty bins onto the bin trailers' is a job duty, not a fee",
        "optional catered meal program at $14.25/day, below the published H-2A cap (lawful)",
        "direct deposit (optional and free) is a pay method, not a deposit",
        "housing free: no rent, utility charge or deposit for beds/linens/keys (negated)",
        "employer buys inbound bus ticket and pays subsistence; reimbursement in first workweek",
        "employer pays MRV visa and I-94 fees; refund with first week's pay",
        "tools free, no deposit; broken tools replaced at no cost (negated damage charge)",
        "workers' compensation premium paid by employer, nothing withheld (negated insurance cost)",
        "recruiting agency paid by the employer; no fee, deposit or bond (negated)",
        "workers keep passports; employer only photocopies I-94",
        "no blacklisting for complaints (negated)",
        "paid on-the-job training (not a training charge)",
    ]
    return d


# ========================================================================================
# ci02  H-2A, Spanish, Mexican 'gestoría' service contract with cost annex
# ========================================================================================
def ci02():
    d = Doc("ci02", "h2a", "es", fmt="letter", margins=(25, 20, 25), bottom=20, base="serif")
    d.doc_type = "recruiter_agreement"
    d.layout = (
        "legal-style Mexican service contract (ANTECEDENTES / CLÁUSULAS numbered in "
        "words), job-terms grid, four-party signature block, cost annex on its own page "
        "with a who-pays grid"
    )
    d.add_page()
    d.font("serif", "B", 9)
    d.set_text_color(90, 90, 90)
    d.cell(
        0,
        4,
        "GESTORÍA Y ENLACES DEL BAJÍO, S. DE R.L. DE C.V.",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.font("serif", "", 8)
    d.cell(
        0,
        4,
        "Av. Insurgentes Norte 214, Villa de San Ciriaco, Gto.  ·  Tel. 418 555 0192",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.head(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA PARA EMPLEO TEMPORAL EN EL EXTRANJERO",
        size=11.5,
        align="C",
        before=0,
        after=3,
    )
    d.p(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS que celebran, por una parte, GESTORÍA Y ENLACES DEL "
        "BAJÍO, S. DE R.L. DE C.V., representada en este acto por su gerente general, el Lic. "
        "Rodolfo Anaya Quintero, a quien en lo sucesivo se denominará «LA GESTORA», y por la otra "
        "el C. Efrén Tadeo Ramírez Olvera, por su propio derecho, a quien en lo sucesivo se "
        "denominará «EL CLIENTE», al tenor de los siguientes antecedentes y cláusulas:",
        size=10,
        align="J",
    )
    d.head("ANTECEDENTES", size=10.5, align="C")
    d.p(
        "I. LA GESTORA manifiesta que se dedica a la orientación y acompañamiento de personas "
        "interesadas en obtener empleo agrícola temporal en los Estados Unidos de América bajo el "
        "programa de visas H-2A, y que tiene celebrado convenio de colaboración con Harlowe Sweet "
        "Potato Partners, LLC (en adelante «EL PATRÓN»), con domicilio en 1840 Old Mill Pond "
        "Road, Harlowe, Carolina del Norte 28333, Estados Unidos de América.",
        align="J",
    )
    d.p(
        "II. EL CLIENTE manifiesta ser mayor de edad, originario de la comunidad de La Estancia "
        "de Abajo, municipio de Villa de San Ciriaco, Guanajuato, y que es su deseo ser incluido "
        "en el grupo de trabajadores que EL PATRÓN solicitará para la temporada 2026.",
        align="J",
    )
    d.p(
        "III. Ambas partes reconocen que la expedición de la visa es facultad exclusiva del "
        "Gobierno de los Estados Unidos de América y que LA GESTORA no garantiza su otorgamiento.",
        align="J",
    )
    d.p(
        "IV. EL PATRÓN ha informado a LA GESTORA las siguientes condiciones del empleo, tomadas "
        "de su orden de trabajo:",
        align="J",
        after=1,
    )
    d.grid(
        [
            ("Concepto", "Condición"),
            (
                "Puesto y labores",
                "Trabajador agrícola: plantación de guía, deshierbe con azadón, cosecha "
                "manual de camote y selección en bodega",
            ),
            (
                "Lugar de trabajo",
                "Campos y bodega de EL PATRÓN, 1840 Old Mill Pond Road, Harlowe, "
                "Carolina del Norte",
            ),
            ("Periodo", "Del 20 de abril al 15 de noviembre de 2026"),
            ("Horario", "Lunes a sábado de 7:00 a 15:30 horas (aprox. 48 horas por semana)"),
            ("Salario", "$16.52 dólares por hora"),
            ("Día de pago", "Semanal, cada jueves"),
            (
                "Descuentos",
                "Únicamente impuestos federales y estatales, si el trabajador los solicita",
            ),
            ("Vivienda", "Gratuita, en el campamento de EL PATRÓN, con cocina equipada sin costo"),
            ("Viaje de ida", "El autobús de Monterrey a Harlowe lo paga EL PATRÓN"),
            (
                "Viaje de regreso",
                "EL PATRÓN paga el autobús de regreso a Monterrey al cumplir el contrato",
            ),
            (
                "Requisitos",
                "Una temporada de experiencia en cosecha de hortalizas; cargar 25 kilos",
            ),
            (
                "Abandono y despido",
                "Faltar cinco días seguidos sin aviso se considera abandono; EL "
                "PATRÓN puede despedir por faltas graves de conducta",
            ),
        ],
        widths=(40, 126),
        size=8.8,
        fam="serif",
        head_fill=(230, 230, 230),
    )
    d.head("CLÁUSULAS", size=10.5, align="C")
    d.rich(
        "PRIMERA. Objeto. ",
        "LA GESTORA se obliga a integrar el expediente de EL CLIENTE, a presentarlo ante EL "
        "PATRÓN para su posible selección, a prepararlo para la entrevista consular y a "
        "acompañarlo hasta su salida del Consulado General de los Estados Unidos en Monterrey, "
        "Nuevo León.",
        align="J",
    )
    d.rich(
        "SEGUNDA. Honorarios. ",
        d.F(
            "recruitment_fee",
            "Por concepto de honorarios de asesoría, integración de expediente y seguimiento, EL "
            "CLIENTE cubrirá a LA GESTORA la cantidad de $9,800.00 (NUEVE MIL OCHOCIENTOS PESOS "
            "00/100 M.N.), en dos exhibiciones iguales: la primera a la firma del presente "
            "contrato y la segunda al recibir la fecha de su cita consular.",
            9800,
            "MXN",
            page=2,
        )
        + " Los pagos se harán en efectivo en las oficinas de LA GESTORA, que expedirá el recibo "
        "correspondiente.",
        align="J",
    )
    d.rich(
        "TERCERA. Gastos a cargo de EL PATRÓN. ",
        "EL PATRÓN cubre directamente el derecho de visa ante el Departamento de Estado y el "
        "pasaje en autobús de Monterrey al lugar de trabajo, por lo que EL CLIENTE no deberá "
        "pagar cantidad alguna por esos conceptos.",
        align="J",
    )
    d.rich(
        "CUARTA. Otros gastos. ",
        "Los demás gastos del proceso se detallan en el Anexo Único de este contrato y son por "
        "cuenta de quien ahí se indica.",
        align="J",
    )
    d.rich(
        "QUINTA. Garantía de cumplimiento. ",
        d.F(
            "deposit_or_bond",
            "Para garantizar su regreso en tiempo y forma, EL CLIENTE suscribirá a favor de LA "
            "GESTORA un pagaré a la vista por la cantidad de $30,000.00 M.N., que le será "
            "devuelto cuando se presente en estas oficinas con su pasaporte sellado de salida de "
            "los Estados Unidos.",
            30000,
            "MXN",
            page=2,
        ),
        align="J",
    )
    d.rich(
        "SEXTA. Resguardo de documentos. ",
        d.F(
            "document_retention",
            "Desde la firma del presente y hasta el día de la cita consular, LA GESTORA "
            "conservará bajo su resguardo el pasaporte original de EL CLIENTE, su acta de "
            "nacimiento y su credencial para votar, a fin de integrarlos al expediente.",
            page=2,
        ),
        align="J",
    )
    d.rich(
        "SÉPTIMA. Devoluciones. ",
        "Si EL CLIENTE no es seleccionado por causas imputables a LA GESTORA, ésta le devolverá "
        "el cincuenta por ciento de los honorarios pagados; no habrá devolución cuando la visa "
        "sea negada por el Consulado.",
        align="J",
    )
    d.rich(
        "OCTAVA. Datos personales. ",
        "LA GESTORA tratará los datos personales de EL CLIENTE conforme a su aviso de "
        "privacidad, que EL CLIENTE declara conocer.",
        align="J",
    )
    d.rich(
        "NOVENA. Jurisdicción. ",
        "Para la interpretación y cumplimiento del presente contrato, las partes se someten a "
        "los tribunales competentes de la ciudad de Guanajuato, Gto., renunciando a cualquier "
        "otro fuero.",
        align="J",
    )
    d.p(
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo "
        "firman por duplicado en Villa de San Ciriaco, Guanajuato, el día 9 de enero de 2026.",
        align="J",
    )
    d.sigblock(
        [
            ("LA GESTORA", ["Lic. Rodolfo Anaya Quintero", "Gerente general"]),
            ("EL CLIENTE", ["Efrén Tadeo Ramírez Olvera", "Firma o huella"]),
        ],
        fam="serif",
    )
    d.sigblock(
        [("TESTIGO", ["María Guadalupe Sierra Téllez"]), ("TESTIGO", ["José Inés Olvera Ledesma"])],
        fam="serif",
        height=14,
    )

    d.add_page()
    d.head("ANEXO ÚNICO", size=11.5, align="C", before=0, after=0.5)
    d.head("RELACIÓN DE GASTOS DEL PROCESO (TEMPORADA 2026)", size=10, align="C", before=0, after=3)
    d.p(
        "De conformidad con la cláusula cuarta, los gastos del proceso y la persona que los cubre "
        "son los siguientes:",
        align="J",
    )
    d.grid(
        [
            ("Concepto", "Importe", "Lo cubre"),
            ("Honorarios de LA GESTORA (cláusula segunda)", "$9,800.00 M.N.", "EL CLIENTE"),
            ("Derecho de visa H-2A ante el Consulado", "USD 205.00", "EL PATRÓN"),
            (
                d.F(
                    "travel_cost",
                    "Autobús a Monterrey, hotel y comidas del trámite consular $2,750.00 M.N. EL CLIENTE",
                    2750,
                    "MXN",
                    page=3,
                ).split(" $")[0],
                "$2,750.00 M.N.",
                "EL CLIENTE",
            ),
            (
                "Autobús de Monterrey a Harlowe, Carolina del Norte",
                "Pagado directamente",
                "EL PATRÓN",
            ),
            ("Autobús de regreso a Monterrey", "Pagado directamente", "EL PATRÓN"),
            ("Vivienda durante la temporada", "Sin costo", "EL PATRÓN"),
        ],
        widths=(100, 36, 30),
        size=8.6,
        fam="serif",
        head_fill=(230, 230, 230),
    )
    d.p(
        "Los importes en pesos son aproximados y pueden variar según el tipo de cambio y la "
        "fecha de la cita. Los recibos de los gastos a cargo de EL CLIENTE no son reembolsables.",
        size=9,
        style="I",
        align="J",
    )
    d.ln(6)
    d.sigblock(
        [
            ("LA GESTORA", ["Lic. Rodolfo Anaya Quintero"]),
            ("EL CLIENTE", ["Efrén Tadeo Ramírez Olvera"]),
        ],
        fam="serif",
        height=14,
    )

    d.present = {
        "employer_identity": "1840 Old Mill Pond Road, Harlowe, Carolina del Norte 28333",
        "job_duties": "cosecha manual de camote",
        "work_location": "Campos y bodega de EL PATRÓN, 1840 Old Mill Pond Road",
        "employment_period": "Del 20 de abril al 15 de noviembre de 2026",
        "hours_of_work": "Lunes a sábado de 7:00 a 15:30 horas",
        "wage_rate": "$16.52 dólares por hora",
        "pay_frequency": "Semanal, cada jueves",
        "deductions": "Únicamente impuestos federales y estatales",
        "housing": "Gratuita, en el campamento de EL PATRÓN",
        "meals": "con cocina equipada sin costo",
        "inbound_transportation": "El autobús de Monterrey a Harlowe lo paga EL PATRÓN",
        "return_transportation": "EL PATRÓN paga el autobús de regreso a Monterrey",
        "termination": "Faltar cinco días seguidos sin aviso se considera abandono",
        "job_requirements": "Una temporada de experiencia en cosecha de hortalizas",
    }
    d.recruiters = ["GESTORÍA Y ENLACES DEL BAJÍO, S. DE R.L. DE C.V."]
    d.traps = [
        "employer pays the visa fee and the Monterrey-to-farm bus (cláusula tercera, annex rows)",
        "free housing with free kitchen (h2a)",
        "return bus paid by employer",
        "partial refund of 'honorarios' (not a separate fee)",
        "annex repeats the honorarios row already labelled as recruitment_fee",
    ]
    return d


# ========================================================================================
# ci03  H-2A, English, labor-contractor work agreement + Schedule B deductions (Georgia)
# ========================================================================================
def ci03():
    d = Doc("ci03", "h2a", "en", fmt="letter", margins=(20, 18, 20), bottom=18, base="sans")
    d.doc_type = "work_contract"
    d.layout = (
        "single column, numbered paragraphs with bold run-in heads; worker details form "
        "lines; Schedule B deductions grid with an initials column; three-party signatures"
    )

    def ftr(pdf):
        pdf.set_y(-13)
        pdf.font("sans", "", 7)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(0, 4, f"SBHS-WA-2026 rev. 2  |  {pdf.page_no()}/{{nb}}", align="C")
        pdf.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.add_page()
    d.set_fill_color(70, 96, 52)
    d.rect(d.l_margin, 12, 6, 14, style="F")
    d.set_xy(d.l_margin + 9, 12)
    d.font("sans", "B", 13)
    d.cell(0, 6, "SATILLA BEND HARVEST SERVICES, INC.", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 9)
    d.font("sans", "", 8)
    d.cell(
        0,
        4,
        "H-2A Labor Contractor  ·  FLC Certificate FLC-25-118842  ·  410 Depot Street, "
        "Okapilco, Georgia 31624  ·  (912) 555-0163",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.ln(6)
    d.head("SEASONAL AGRICULTURAL WORK AGREEMENT (H-2A)", size=12.5, before=0, after=2)
    d.font("sans", "", 9.5)
    for lab in (
        "Worker's name: ________________________________________",
        "Date of birth: ______________   Passport no.: ____________________",
        "Home town and state (Mexico): ________________________________",
    ):
        d.cell(0, 7, lab, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p(
        'This Agreement is made between Satilla Bend Harvest Services, Inc. ("the Company"), '
        '410 Depot Street, Okapilco, Georgia 31624, and the worker named above ("the Worker"). '
        "The Company is the Worker's employer for the whole season and is responsible for the "
        "Worker's wages, housing and transportation under this Agreement.",
        size=9.5,
    )

    items = [
        (
            "1. Work. ",
            "The Worker will work as a farmworker in the onion and watermelon harvest: pulling and "
            "clipping onions by hand, filling and carrying field buckets and sacks, loading bins, "
            "cutting and tossing watermelons onto trailers, and sorting on the packing line.",
        ),
        (
            "2. Farms where the work is done. ",
            "The Company supplies crews to Big Okapilco Onion Farms, 2250 Ten Mile Road, Okapilco, "
            "Georgia, and to Tarver Mill Produce, 88 Tarver Mill Road, Glennbrook, Georgia. The "
            "Company will tell the crew each evening which farm it will work at the next day.",
        ),
        ("3. Season. ", "The work begins on April 13, 2026 and ends on July 24, 2026."),
        (
            "4. Who may apply. ",
            "Applicants must have at least one season of hand-harvest experience in vegetables and "
            "be able to lift 50 pounds repeatedly.",
        ),
        (
            "5. Hours. ",
            "The normal workweek is 40 hours, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a "
            "30-minute lunch. Saturday work may be offered when the crop requires it.",
        ),
        (
            "6. Pay. ",
            "The Company pays $16.08 per hour. Pay is every Friday for the week before, in cash or "
            "by pay card. Each payday the Worker receives a pay stub that shows hours offered and "
            "worked, rate of pay, total earnings and each amount deducted.",
        ),
        (
            "7. Deductions. ",
            "Only the deductions listed in Schedule B, and any tax withholding the Worker asks for "
            "in writing, will be taken from pay.",
        ),
        (
            "8. Housing. ",
            "The Company houses every Worker at its Pine Hollow labor camp, 14 Pine Hollow Lane, "
            "Okapilco, Georgia, which is inspected by the Georgia Department of Labor before "
            "occupancy. There is no rent. "
            + d.F(
                "housing_charge",
                "Each occupant of the Pine Hollow camp contributes $22.50 per week toward "
                "electricity, propane and water, which is taken from the weekly check.",
                22.5,
                "USD",
                page=1,
            ),
        ),
        (
            "9. Meals. ",
            "Each housing unit has a kitchen with gas stoves, refrigerators and cooking utensils "
            "that Workers use free of charge to cook their own food.",
        ),
        (
            "10. Getting to work. ",
            "The Company's buses carry Workers between the camp and the farms each workday at no "
            "charge.",
        ),
        (
            "11. Trip to Georgia. ",
            d.F(
                "travel_cost",
                "The bus fare from the Nuevo Laredo staging point to Okapilco (about $185) is the "
                "Worker's own expense and is recovered by payroll deduction in three equal parts "
                "beginning with the first paycheck.",
                185,
                "USD",
                page=1,
            )
            + " The Company pays the consular visa fee directly, and if a Worker paid it, the "
            "Company reimburses it in the first paycheck on presentation of the bank receipt. "
            + d.F(
                "visa_cost",
                "Each Worker is responsible for obtaining and paying for his or her own valid "
                "passport.",
                None,
                None,
                page=1,
                passport_only=True,
            ),
        ),
        (
            "12. Trip home. ",
            "When the season ends, the Company pays the bus back to Nuevo Laredo and $16.00 a day "
            "for meals on the road.",
        ),
        (
            "13. Tools. ",
            "The Company furnishes all clippers, buckets, harvest sacks and gloves free of charge. "
            + d.F(
                "damage_chargeback",
                "Workers will pay the replacement cost of any clippers, buckets or harvest sacks "
                "that are broken through carelessness.",
                page=1,
            ),
        ),
        (
            "14. Injuries. ",
            "The Company carries workers' compensation insurance with Altamaha Mutual Insurance "
            "Company, policy WC-GA-2207731, which pays medical care and lost wages for injuries at "
            "work.",
        ),
        (
            "15. Quitting and discharge. ",
            "A Worker who misses five workdays in a row without permission will be treated as having "
            "abandoned the job and will not receive the paid trip home. A Worker may be discharged for "
            "fighting, drinking at work, theft or refusing to follow safety instructions.",
        ),
        (
            "16. Recruiting. ",
            "The Company recruits in Mexico through Servicios Agrícolas Benavides of Linares, Nuevo "
            "León, and pays all of its charges. No recruiter may ask a Worker for money for this job; "
            "a Worker who is asked should call the Company.",
        ),
        (
            "17. Complaints. ",
            "A Worker may complain about pay, housing or safety to the Company, to any government "
            "agency or to a lawyer. No Worker will be fired, threatened or refused future work for "
            "doing so.",
        ),
    ]
    for lead, txt in items:
        d.rich(lead, txt, size=9.5, after=1.4)

    d.ln(3)
    d.head(
        "SCHEDULE B: PAYROLL DEDUCTIONS AUTHORIZED BY THIS AGREEMENT", size=11, before=0, after=2
    )
    d.p(
        "The Worker authorizes the Company to make the following deductions from wages. The "
        "Worker initials each line.",
        size=9.5,
    )
    d.grid(
        [
            ("Deduction", "Amount", "When", "Initials"),
            (
                "Federal income tax (only if requested in writing)",
                "Per IRS tables",
                "Each payday",
                "",
            ),
            ("Camp utilities (electricity, propane, water)", "$22.50", "Every week", ""),
            ("Bus fare, Nuevo Laredo to Okapilco", "$61.67", "Paydays 1 to 3", ""),
            (
                "Replacement of tools broken through carelessness",
                "Actual cost",
                "When it occurs",
                "",
            ),
            ("Court-ordered child support or garnishment", "As ordered", "As ordered", ""),
        ],
        widths=(82, 32, 34, 22),
        size=8.8,
        fam="sans",
        lh=6.5,
    )
    d.p("No other deduction will be made without the Worker's written consent.", size=9.5)
    d.ln(4)
    d.p(
        "Signed at Okapilco, Georgia, and delivered to the Worker in Spanish and English.", size=9.5
    )
    d.sigblock(
        [
            ("For the Company", ["Dwayne R. Satterwhite", "President"]),
            ("Worker", ["Signature", "Date"]),
            ("Witness / interpreter", ["Yesenia Coronado", "Crew office"]),
        ],
        fam="sans",
        size=8.5,
    )

    d.present = {
        "employer_identity": "410 Depot Street, Okapilco, Georgia 31624",
        "job_duties": "pulling and clipping onions by hand",
        "work_location": "2250 Ten Mile Road, Okapilco, Georgia",
        "employment_period": "begins on April 13, 2026 and ends on July 24, 2026",
        "hours_of_work": "The normal workweek is 40 hours, Monday to Friday",
        "wage_rate": "The Company pays $16.08 per hour",
        "pay_frequency": "Pay is every Friday",
        "deductions": "SCHEDULE B: PAYROLL DEDUCTIONS",
        "housing": "Pine Hollow labor camp, 14 Pine Hollow Lane",
        "meals": "Workers use free of charge to cook their own food",
        "return_transportation": "the Company pays the bus back to Nuevo Laredo",
        "daily_transportation": "carry Workers between the camp and the farms each workday at no charge",
        "tools_provided": "furnishes all clippers, buckets, harvest sacks and gloves free of charge",
        "workers_compensation": "workers' compensation insurance with Altamaha Mutual",
        "earnings_statements": "the Worker receives a pay stub that shows hours offered and worked",
        "termination": "misses five workdays in a row without permission",
        "job_requirements": "at least one season of hand-harvest experience",
    }
    d.recruiters = ["Servicios Agrícolas Benavides"]
    d.traps = [
        "'There is no rent' next to a utility charge (the utility charge is the finding)",
        "visa fee paid directly or reimbursed in the first paycheck (lawful)",
        "free kitchen; free daily bus",
        "return bus and road meals paid by the company",
        "tools furnished free of charge (the breakage charge is a separate review finding)",
        "recruiter paid by the company; no money may be asked (negated)",
        "no retaliation for complaints (negated blacklisting)",
        "Schedule B repeats the utility, fare and breakage charges already labelled",
    ]
    return d


# ========================================================================================
# ci04  H-2A, Spanish (Guatemala), WhatsApp chat with a recruiter
# ========================================================================================
def ci04():
    d = Doc("ci04", "h2a", "es", fmt=(120, 250), margins=(7, 22, 7), bottom=12, base="sans")
    d.doc_type = "whatsapp_transcript"
    d.layout = (
        "tall phone-screenshot pages; WhatsApp-style chat bubbles left/right with "
        "timestamps and ticks; date pills; contact header bar repeated on each page"
    )

    def hdr(pdf):
        pdf.set_fill_color(7, 94, 84)
        pdf.rect(0, 0, pdf.w, 17, style="F")
        pdf.set_fill_color(190, 210, 205)
        pdf.ellipse(6, 4, 9, 9, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.font("sans", "B", 10)
        pdf.set_xy(18, 4)
        pdf.cell(0, 4.5, "Cayo Trámites USA")
        pdf.font("sans", "", 7)
        pdf.set_xy(18, 9.2)
        pdf.cell(0, 3.5, "últ. vez hoy a las 21:14")
        pdf.set_text_color(0, 0, 0)
        pdf.set_fill_color(236, 229, 221)
        pdf.rect(0, 17, pdf.w, pdf.h - 17, style="F")
        pdf.set_y(22)

    d.hdr = hdr
    d.add_page()
    G, Y = (255, 255, 255), (220, 248, 198)

    def me(t, s):
        return d.bubble("R", None, t, s + "  ✔✔", fill=Y, size=9)

    def him(t, s):
        return d.bubble("L", None, t, s, fill=G, size=9)

    d.pill("SÁBADO, 10 DE ENERO DE 2026")
    him(
        "Buenas tardes don Gaspar, le saluda Cayo Pérez de Trámites y Empleos El Mirador. Su "
        "primo Efraín me pasó su número, dice que usted quiere irse a trabajar al norte con visa.",
        "18:02",
    )
    me("Buenas tardes si don Cayo, mi primo me dijo que usted mete gente para allá", "18:10")
    him(
        "Así es. Ahorita tengo trabajo con visa H2A para corte de arándano en Georgia, con la "
        "compañía Brantley Creek Berry Farms. Es cortar la fruta a mano, llenar las cubetas y "
        "llevarlas a la mesa de pesado.",
        "18:11",
    )
    him(
        "El rancho queda por un pueblito que se llama Nichols Mill, en Georgia. Son tres meses y "
        "medio, del 16 de marzo al 30 de junio.",
        "18:12",
    )
    me("Y cuanto pagan la hora?", "18:20")
    him(
        "Pagan $15.38 la hora, o por cubeta si le sale más. Le pagan cada semana, los viernes.",
        "18:21",
    )
    him("Se trabaja de lunes a sábado, como 9 horas diarias según haya fruta.", "18:21")
    me("Y donde se queda uno", "18:25")
    him(
        "La casa es gratis, la da el patrón, y hay cocina para que cada quien se haga su comida. "
        "Del rancho al campo los llevan en el bus de la compañía, no se paga nada.",
        "18:27",
    )
    him(
        "Piden mínimo una temporada de experiencia en corte, de café o de lo que sea, y que "
        "aguante el sol.",
        "18:27",
    )
    me("Yo he cortado café 6 años en la finca", "18:31")
    him("Perfecto, con eso califica.", "18:31")
    me("Y cuanto hay que dar don Cayo", "18:40")
    him(
        d.F(
            "recruitment_fee",
            "Mire, para apartar su lugar en el grupo son Q3,500, eso me lo deposita en la cuenta "
            "que le voy a mandar, a nombre de mi señora.",
            3500,
            "GTQ",
            page=2,
        ),
        "18:44",
    )
    him(
        d.F(
            "visa_cost",
            "Aparte está lo de la visa, la cita en la embajada son 205 dólares y eso corre por "
            "cuenta de cada quien, la compañía no lo devuelve.",
            205,
            "USD",
            page=2,
        ),
        "18:45",
    )
    him(
        d.F(
            "medical_cost",
            "Y el examen médico con el doctor con el que trabajamos aquí en Huehue son Q650, sin eso "
            "no lo subo al grupo.",
            650,
            "GTQ",
            page=2,
        ),
        "18:45",
    )
    me("Uy es bastante pisto. Y el pasaje?", "18:52")
    him(
        "El avión de Guate a Atlanta lo compra la compañía, de eso no se preocupe. Y al terminar "
        "el contrato la compañía paga el boleto de regreso.",
        "18:54",
    )
    me("Y la casa no se descuenta despues?", "18:55")
    him("No, la casa no se paga, ya le dije que es gratis.", "18:55")
    d.pill("DOMINGO, 11 DE ENERO DE 2026")
    me(
        "Buenos dias don Cayo. Ya hable con mi esposa. El lunes le deposito lo del lugar. Me da "
        "recibo?",
        "07:48",
    )
    him(
        "Claro, le mando foto del recibo por aquí. Tráigame también su pasaporte y DPI en copia, "
        "los originales usted se los queda.",
        "08:15",
    )
    me("Esta bien. Gracias", "08:16")
    him("A la orden. Apúrese porque el grupo se llena rápido.", "08:20")

    d.present = {
        "job_duties": "cortar la fruta a mano, llenar las cubetas",
        "work_location": "Nichols Mill, en Georgia",
        "employment_period": "del 16 de marzo al 30 de junio",
        "hours_of_work": "de lunes a sábado, como 9 horas diarias",
        "wage_rate": "Pagan $15.38 la hora",
        "pay_frequency": "Le pagan cada semana, los viernes",
        "housing": "La casa es gratis, la da el patrón",
        "meals": "hay cocina para que cada quien se haga su comida",
        "inbound_transportation": "El avión de Guate a Atlanta lo compra la compañía",
        "return_transportation": "la compañía paga el boleto de regreso",
        "daily_transportation": "los llevan en el bus de la compañía, no se paga nada",
        "job_requirements": "mínimo una temporada de experiencia en corte",
    }
    d.recruiters = ["Trámites y Empleos El Mirador"]
    d.traps = [
        "free housing, repeated ('la casa no se paga')",
        "free daily bus ('no se paga nada')",
        "plane ticket and return ticket bought by the company",
        "worker keeps original passport and DPI; only copies handed over",
        "employer named without an address (employer_identity missing)",
    ]
    return d


# ========================================================================================
# ci05  H-2B, English (Jamaica), agency-applicant facilitation agreement, fine print
# ========================================================================================
def ci05():
    d = Doc("ci05", "h2b", "en", fmt="a4", margins=(18, 26, 18), bottom=20, base="serif")
    d.doc_type = "recruiter_agreement"
    d.layout = (
        "A4; agency letterhead and initials footer repeated on every page; Schedule 1 "
        "particulars grid; fees clause; page-2 terms and conditions in two-column small "
        "print; sworn signature page with four parties"
    )

    def hdr(pdf):
        pdf.set_fill_color(20, 92, 60)
        pdf.rect(0, 0, pdf.w, 4, style="F")
        pdf.font("serif", "B", 12)
        pdf.set_xy(pdf.l_margin, 8)
        pdf.set_text_color(20, 92, 60)
        pdf.cell(0, 5, "BLUE MAHOE OVERSEAS STAFFING LTD.", new_x="LMARGIN", new_y="NEXT")
        pdf.font("sans", "", 7)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(
            0,
            3.5,
            "7 Marescaux Close, Kingston 5, Jamaica W.I.  ·  Tel. (876) 555-0288  ·  "
            "Licensed Employment Agency No. EA-2291",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(20, 92, 60)
        pdf.line(pdf.l_margin, 21, pdf.w - pdf.r_margin, 21)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(26)

    def ftr(pdf):
        pdf.set_y(-14)
        pdf.font("sans", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(
            0,
            4,
            f"Form BM-H2B/26  ·  Page {pdf.page_no()} of {{nb}}  ·  Applicant's initials "
            "______  Agency ______",
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.head("OVERSEAS EMPLOYMENT FACILITATION AGREEMENT", size=13, align="C", before=0, after=0.5)
    d.head(
        "(United States H-2B Temporary Non-Agricultural Programme, Season 2026)",
        size=9,
        style="I",
        align="C",
        before=0,
        after=3,
    )
    d.p(
        "THIS AGREEMENT is made the 14th day of January 2026 BETWEEN Blue Mahoe Overseas Staffing "
        'Ltd., a company incorporated under the Companies Act of Jamaica ("the Agency"), AND '
        'Kemar Anthony Whyte of 14 Lilac Avenue, Riverton Meadows, St. Catherine ("the '
        'Applicant").',
        size=9.8,
        align="J",
    )
    d.p(
        'WHEREAS the Agency has been engaged by Sandhaven Shores Hospitality, LLC ("the Host '
        'Employer") to identify and prepare workers for seasonal hotel positions, AND WHEREAS the '
        "Applicant wishes to be presented to the Host Employer, the parties agree as follows:",
        size=9.8,
        align="J",
    )
    d.rich(
        "1. Particulars. ",
        "The position offered by the Host Employer is described in "
        "Schedule 1, which forms part of this Agreement.",
        size=9.8,
    )
    d.head("SCHEDULE 1: PARTICULARS OF EMPLOYMENT", size=9.5, before=0.5, after=1)
    d.grid(
        [
            (
                "Host Employer",
                "Sandhaven Shores Hospitality, LLC, 2200 Dune Crest Boulevard, Marlow "
                "Point, South Carolina 29577, U.S.A.",
            ),
            (
                "Position and duties",
                "Housekeeping Attendant / Houseperson (SOC 37-2012): clean and "
                "service guest rooms and public areas, make beds, restock linen and "
                "amenities, and at the pool desk collect towel and parking fees from "
                "guests",
            ),
            (
                "Place of work",
                "Sandhaven Shores Resort and Sandhaven Inn, Dune Crest Boulevard, "
                "Marlow Point, South Carolina",
            ),
            ("Period", "1 April 2026 to 15 October 2026"),
            (
                "Hours",
                "40 hours per week over 5 days; shifts 7:00 a.m. to 3:30 p.m. or 3:00 p.m. to "
                "11:30 p.m.",
            ),
            ("Rate of pay", "US$14.35 per hour"),
            ("Overtime", "US$21.53 per hour for hours over 40 in a workweek"),
            ("Pay day", "Weekly, every Thursday, by direct deposit"),
            (
                "Deductions",
                "U.S. federal and state income tax, Social Security and Medicare (FICA), "
                "and any deduction the Applicant authorises in writing",
            ),
            (
                "Return travel",
                "Airfare to Kingston paid by the Host Employer at the end of the "
                "contract, or if the Applicant is dismissed without cause",
            ),
            (
                "Requirements",
                "Six months' housekeeping experience in a hotel or guest house; basic "
                "spoken English; able to stand and lift 30 lb",
            ),
            ("Accommodation", "Shared apartment arranged by the Host Employer, rent US$0.00"),
        ],
        widths=(38, 136),
        size=8.4,
        fam="sans",
        header=False,
        bold_first_col=True,
        lh=4.1,
    )
    d.rich(
        "2. Services of the Agency. ",
        "The Agency shall prepare the Applicant's dossier, "
        "arrange the interview with the Host Employer's representative, book the consular "
        "appointment and brief the Applicant before departure.",
        size=9.8,
        align="J",
    )
    d.rich(
        "3. Applicant's undertakings. ",
        "The Applicant shall attend every appointment fixed by "
        "the Agency, supply true information and promptly inform the Agency of any change of "
        "address or telephone number.",
        size=9.8,
        align="J",
    )
    d.rich("4. Charges. ", "", size=9.8, after=0.5)
    d.p(
        "4.1 "
        + d.F(
            "recruitment_fee",
            "The Applicant shall pay the Agency a non-refundable processing and "
            "documentation charge of JMD 85,000.00 upon signing this Agreement.",
            85000,
            "JMD",
            page=1,
        ),
        size=9.8,
        indent=5,
        align="J",
        after=0.8,
    )
    d.p(
        "4.2 "
        + d.F(
            "training_cost",
            "Before departure the Applicant shall attend the Agency's pre-departure "
            "orientation and hospitality skills assessment, for which the fee is JMD "
            "18,500.00.",
            18500,
            "JMD",
            page=1,
        ),
        size=9.8,
        indent=5,
        align="J",
        after=0.8,
    )
    d.p(
        "4.3 "
        + d.F(
            "insurance_cost",
            "The Applicant shall be enrolled in the Agency's group travel and medical "
            "insurance plan, and the premium of JMD 12,000.00 shall be paid together with "
            "the processing charge.",
            12000,
            "JMD",
            page=1,
        ),
        size=9.8,
        indent=5,
        align="J",
        after=0.8,
    )
    d.p(
        "4.4 The U.S. visa issuance fee is paid by the Applicant at the Embassy and is reimbursed "
        "in full by the Host Employer in the Applicant's first workweek.",
        size=9.8,
        indent=5,
        align="J",
        after=0.8,
    )
    d.p(
        "4.5 The Host Employer reimburses the airfare from Kingston to Charleston, and daily "
        "subsistence during the journey, once the Applicant has completed 50 per cent of the "
        "contract period, or earlier where U.S. minimum-wage law requires it.",
        size=9.8,
        indent=5,
        align="J",
    )

    d.add_page()
    d.head("TERMS AND CONDITIONS", size=9.5, align="C", before=0, after=2)
    d.columns(
        [
            (
                "5. Conduct. ",
                "The Applicant shall at all times conduct himself or herself in a manner "
                "that does not bring the Agency or Jamaica into disrepute, and shall obey "
                "the lawful instructions of the Host Employer and its supervisors.",
            ),
            (
                "6. Selection. ",
                "Selection is at the sole discretion of the Host Employer. The Agency "
                "does not guarantee that the Applicant will be selected or that a visa "
                "will be issued, and no charge paid under clause 4 is refundable on "
                "that account.",
            ),
            (
                "7. Travel documents. ",
                "The Applicant retains his or her passport at all times. Neither "
                "the Agency nor the Host Employer shall hold the Applicant's "
                "passport, visa or identification.",
            ),
            (
                "8. Liaison. ",
                "The Applicant shall keep the Agency informed of his or her address in "
                "the United States and shall answer the Agency's welfare calls.",
            ),
            (
                "9. Early departure. ",
                d.F(
                    "breach_penalty",
                    "Should the Applicant abscond from the Host Employer or "
                    "terminate his or her employment before the end date, the "
                    "Applicant shall pay to the Agency, as liquidated damages, a "
                    "sum equal to two weeks' wages.",
                    page=2,
                ),
            ),
            (
                "10. Abandonment and dismissal. ",
                "If the Applicant fails to report for work for five "
                "consecutive working days without the Host "
                "Employer's consent, the employment shall be treated "
                "as abandoned. The Host Employer may dismiss the "
                "Applicant for cause, including theft from guests, "
                "violence or intoxication at work. In either case "
                "the Host Employer is not bound to pay the return "
                "airfare.",
            ),
            (
                "11. Grievances. ",
                d.F(
                    "blacklisting_threat",
                    "Applicants who lodge complaints with the Ministry, the Liaison "
                    "Service or any United States authority without first exhausting "
                    "the Agency's grievance procedure shall not be considered for "
                    "placement in any future season.",
                    page=2,
                ),
            ),
            (
                "12. Remittances. ",
                "The Applicant may remit earnings home by any method he or she "
                "chooses; the Agency does not require remittances through any "
                "particular company.",
            ),
            (
                "13. Impossibility. ",
                "Where fire, hurricane, flood or any other act of God makes "
                "performance of the employment contract impossible, the Host "
                "Employer may end the contract early with the approval of the "
                "U.S. Department of Labor, in which case it shall pay all wages "
                "earned and the Applicant's return airfare and subsistence.",
            ),
            (
                "14. Entire agreement. ",
                "This Agreement and Schedule 1 contain the whole agreement "
                "between the Agency and the Applicant.",
            ),
            (
                "15. Law. ",
                "This Agreement is governed by the laws of Jamaica and the parties submit "
                "to the jurisdiction of the Parish Court for the Corporate "
                "Area.",
            ),
        ],
        size=7.6,
        fam="serif",
        gutter=7,
    )

    d.add_page()
    d.head("EXECUTION", size=10, align="C", before=0, after=3)
    d.p(
        "IN WITNESS WHEREOF the parties have executed this Agreement on the date first written "
        "above.",
        size=9.8,
    )
    d.ln(2)
    d.sigblock(
        [
            ("SIGNED for the Agency", ["Beverley A. Grant-Morrison", "Managing Director"]),
            ("SIGNED by the Applicant", ["Kemar Anthony Whyte", "TRN 118-442-907"]),
        ],
        fam="serif",
    )
    d.sigblock(
        [
            ("In the presence of (Witness)", ["Name: Odane Plummer", "Occupation: Clerk"]),
            ("Sworn before me", ["Justice of the Peace for St. Andrew", "Seal:"]),
        ],
        fam="serif",
    )
    d.ln(4)
    d.p(
        "Receipt of a copy of this Agreement and of Schedule 1 is acknowledged by the Applicant.",
        size=9,
        style="I",
    )

    d.present = {
        "employer_identity": "2200 Dune Crest Boulevard, Marlow Point, South Carolina 29577",
        "job_duties": "clean and service guest rooms and public areas",
        "work_location": "Sandhaven Shores Resort and Sandhaven Inn",
        "employment_period": "1 April 2026 to 15 October 2026",
        "hours_of_work": "40 hours per week over 5 days",
        "wage_rate": "US$14.35 per hour",
        "overtime": "US$21.53 per hour for hours over 40",
        "pay_frequency": "Weekly, every Thursday",
        "deductions": "U.S. federal and state income tax, Social Security and Medicare",
        "inbound_transportation": "reimburses the airfare from Kingston to Charleston",
        "return_transportation": "Airfare to Kingston paid by the Host Employer",
        "visa_reimbursement": "reimbursed in full by the Host Employer in the Applicant's first workweek",
        "termination": "five consecutive working days",
        "contract_impossibility": "fire, hurricane, flood or any other act of God",
        "job_requirements": "Six months' housekeeping experience",
    }
    d.recruiters = ["Blue Mahoe Overseas Staffing Ltd."]
    d.traps = [
        "'collect towel and parking fees from guests' is a job duty",
        "visa fee paid by applicant but reimbursed in first workweek (lawful H-2B)",
        "inbound airfare reimbursed at 50% / earlier under minimum-wage law",
        "'direct deposit' pay method",
        "rent US$0.00 (no housing charge)",
        "applicant retains passport (negated retention)",
        "free choice of remittance company",
    ]
    return d


# ========================================================================================
# ci06  H-2B, mixed EN/ES: English employment contract + Spanish recruiter annex (Texas)
# ========================================================================================
def ci06():
    d = Doc("ci06", "h2b", "mixed", fmt="letter", margins=(19, 22, 19), bottom=18, base="cond")
    d.doc_type = "work_contract"
    d.layout = (
        "condensed sans; running header and page footer; numbered English contract with "
        "a who-pays grid; Spanish annex from the Mexican recruiter with its own "
        "heading, numbered points and a checkbox acknowledgment"
    )

    def hdr(pdf):
        pdf.font("cond", "", 7.5)
        pdf.set_text_color(95, 95, 95)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(
            0,
            4,
            "Brazos Hollow Landscape Management, LLC  |  H-2B Employment Contract "
            "2026  |  Case H-400-25301-771209",
        )
        pdf.set_draw_color(120, 150, 90)
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, 14, pdf.w - pdf.r_margin, 14)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(22)

    def ftr(pdf):
        pdf.set_y(-12)
        pdf.font("cond", "", 7.5)
        pdf.set_text_color(95, 95, 95)
        pdf.cell(0, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.head(
        "H-2B EMPLOYMENT CONTRACT: SEASONAL LANDSCAPE LABORER",
        size=13.5,
        fam="cond",
        before=0,
        after=1,
    )
    d.p(
        "This contract sets out the terms of employment offered under temporary labor "
        "certification H-400-25301-771209. It is given to the worker in English and Spanish "
        "before the visa interview.",
        size=9.5,
        style="I",
        fam="cond",
    )
    S = 9.8

    def sec(t):
        return d.head(t, size=10.5, fam="cond", before=1.2, after=0.6, color=(60, 90, 40))

    sec("1. Employer")
    d.p(
        "Brazos Hollow Landscape Management, LLC, 9015 FM 2417, Cypress Bend, Texas 77429. "
        "Telephone (281) 555-0136. Human resources: Leticia Garza Ochoa.",
        size=S,
        fam="cond",
    )
    sec("2. Position, Duties and Requirements")
    d.p(
        "Landscape Laborer (SOC 37-3011). Mow, edge and trim lawns with push and riding mowers; "
        "plant shrubs, trees and seasonal flowers; spread mulch and pine straw; install and "
        "repair drip irrigation; rake, blow and haul debris; load and unload trucks and trailers. "
        "Requirements: 3 months of landscaping experience; able to lift 50 pounds; willing to work "
        "outdoors in hot weather. No education or English is required.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("3. Place of Work")
    d.p(
        "Residential and commercial client properties in Harris, Montgomery and Waller Counties, "
        "Texas, dispatched daily from the company yard at 9015 FM 2417, Cypress Bend, Texas.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("4. Period and Hours")
    d.p(
        "From March 2, 2026 to December 11, 2026. The workweek is 40 hours, Monday to Friday, "
        "7:00 a.m. to 3:30 p.m., with an unpaid 30-minute lunch. Saturday work may be offered "
        "during the spring planting season.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("5. Pay")
    d.p(
        "Wage: $15.82 per hour. Overtime: $23.73 per hour for every hour over 40 in a workweek. "
        "If the Department of Labor publishes a higher prevailing wage during the contract, or a "
        "higher federal, state or local minimum takes effect, the worker is paid the higher rate "
        "from that date. Pay is weekly, every Friday, by check or direct deposit to the worker's "
        "own account. Each payday the worker gets an earnings statement showing hours offered and "
        "worked, rate, total earnings and every deduction.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("6. Deductions")
    d.p(
        "Deductions: federal income tax, Social Security and Medicare, court-ordered "
        "garnishments, and any deduction the worker authorizes in writing for his or her own "
        "benefit. No deduction will bring pay below the wage in this contract.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("7. Three-Fourths Guarantee")
    d.p(
        "For each 12-week period (6 weeks if the contract is shorter than 120 days), the company "
        "guarantees work for at least three-fourths of the workdays, counting 40 hours per week. "
        "If less work is offered, the company pays the difference.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("8. Who Pays for What")
    d.grid(
        [
            ("Cost", "Paid by", "Worker's cost"),
            ("Recruitment and selection", "Employer", "$0.00"),
            (
                "Visa, visa processing and border fees",
                "Employer; reimbursed in the first workweek",
                "$0.00",
            ),
            (
                "Bus and meals from Monterrey to Cypress Bend",
                "Employer; reimbursed in the first workweek",
                "$0.00",
            ),
            ("Tools, equipment and safety gear", "Employer, provided free", "$0.00"),
            ("Bus and meals back to Monterrey", "Employer, when the contract ends", "$0.00"),
        ],
        widths=(70, 76, 32),
        size=9,
        fam="cond",
        head_fill=(214, 228, 200),
    )
    sec("9. Transportation")
    d.p(
        "The company reimburses the inbound bus fare and daily subsistence from Monterrey, "
        "Nuevo León, in the first workweek. A worker who completes the contract, or who is "
        "dismissed early for a reason other than cause, receives return transportation and "
        "subsistence to Monterrey paid by the company.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("10. Tools")
    d.p(
        "All tools, supplies and equipment required for the job are provided without charge and "
        "without a deposit.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("11. Abandonment, Termination and Impossibility")
    d.p(
        "A worker who misses 5 consecutive workdays without permission is considered to have "
        "abandoned the job, and the company will notify the Department of Labor and the "
        "Department of Homeland Security within two business days. A worker may be dismissed for "
        "cause after a written warning. If a hurricane, flood, fire or other Act of God makes the "
        "contract impossible to fulfil, the company may end it with the Certifying Officer's "
        "approval, paying the three-fourths guarantee to date and the return trip.",
        size=S,
        fam="cond",
        align="J",
    )
    sec("12. Recruiter")
    d.p(
        "The company's recruiter in Mexico is Servicios Laborales Huasteca, S.A. de C.V., Ciudad "
        "Valles, San Luis Potosí. The company pays the recruiter. Workers must not pay any "
        "recruitment fee, and the company will contractually forbid its recruiter from seeking "
        "payment from workers.",
        size=S,
        fam="cond",
        align="J",
    )
    d.ln(2)
    d.sigblock(
        [
            ("Employer", ["Travis L. Ashworth, Operations Manager"]),
            ("Worker", ["Signature and date"]),
        ],
        fam="cond",
        height=14,
    )

    d.add_page()
    d.head(
        "ANEXO A: ACUERDO DE DESCUENTOS Y COMPROMISOS DEL TRABAJADOR",
        size=12,
        fam="cond",
        before=0,
        after=0.5,
    )
    d.p(
        "Servicios Laborales Huasteca, S.A. de C.V.  ·  Calle Hidalgo 318, Zona Centro, Ciudad "
        "Valles, S.L.P.  ·  Temporada 2026, Brazos Hollow Landscape",
        size=8.5,
        fam="cond",
        color=(90, 90, 90),
    )
    d.hr()
    d.p(
        "Para que el trabajador conozca los gastos de su temporada, Servicios Laborales Huasteca, "
        "S.A. de C.V. le explica lo siguiente. Este anexo se firma en nuestras oficinas junto con "
        "el contrato.",
        size=S,
        fam="cond",
        align="J",
    )
    pts = [
        d.F(
            "recruitment_fee",
            "La cuota de inscripción a Servicios Laborales Huasteca, de 4 500 pesos, se liquida en "
            "nuestras oficinas antes de la cita consular.",
            4500,
            "MXN",
            page=3,
        ),
        "La compañía le reembolsa el autobús a Texas y la visa en su primer cheque; guarde sus "
        "boletos y recibos.",
        d.F(
            "equipment_charge",
            "El equipo de protección (botas con casquillo, lentes, guantes y chaleco reflejante) "
            "tiene un costo de $65.00 dólares, que se descontará del primer cheque.",
            65,
            "USD",
            page=3,
        ),
        d.F(
            "housing_charge",
            "La renta del cuarto que consigue la compañía es de $110 dólares por semana por "
            "persona y se descuenta de cada cheque.",
            110,
            "USD",
            page=3,
        ),
        d.F(
            "wage_withholding",
            "De cada pago semanal se apartarán $50.00 dólares como fondo de ahorro para el "
            "regreso, que se entregará al trabajador al terminar la temporada.",
            50,
            "USD",
            page=3,
        ),
        "El pasaporte es del trabajador y lo guarda él mismo durante toda la temporada.",
        "Cualquier duda o queja la puede hacer con nosotros o con el consulado mexicano en "
        "Houston sin que afecte su contratación.",
    ]
    for i, t in enumerate(pts, 1):
        d.p(f"{i}. {t}", size=S, fam="cond", align="J", indent=2)
    d.ln(2)
    d.checkbox(
        True, "Leí (o me leyeron) este anexo y estoy de acuerdo con los descuentos.", fam="cond"
    )
    d.checkbox(False, "Necesito que me expliquen este anexo otra vez.", fam="cond")
    d.ln(2)
    d.sigblock(
        [
            ("Por Servicios Laborales Huasteca", ["Ing. Abundio Zúñiga Larraga"]),
            ("El trabajador", ["Nombre, firma y fecha"]),
        ],
        fam="cond",
        height=14,
    )

    d.present = {
        "employer_identity": "9015 FM 2417, Cypress Bend, Texas 77429",
        "job_duties": "Mow, edge and trim lawns",
        "work_location": "Harris, Montgomery and Waller Counties",
        "employment_period": "From March 2, 2026 to December 11, 2026",
        "hours_of_work": "The workweek is 40 hours, Monday to Friday",
        "wage_rate": "Wage: $15.82 per hour",
        "wage_adjustment": "publishes a higher prevailing wage during the contract",
        "overtime": "Overtime: $23.73 per hour",
        "pay_frequency": "Pay is weekly, every Friday",
        "deductions": "Deductions: federal income tax, Social Security and Medicare",
        "three_fourths_guarantee": "at least three-fourths of the workdays",
        "inbound_transportation": "reimburses the inbound bus fare and daily subsistence",
        "return_transportation": "receives return transportation and subsistence to Monterrey",
        "visa_reimbursement": "Visa, visa processing and border fees",
        "tools_provided": "are provided without charge and without a deposit",
        "earnings_statements": "the worker gets an earnings statement",
        "termination": "misses 5 consecutive workdays without permission",
        "contract_impossibility": "hurricane, flood, fire or other Act of God",
        "job_requirements": "Requirements: 3 months of landscaping experience",
    }
    d.recruiters = ["Servicios Laborales Huasteca, S.A. de C.V."]
    d.traps = [
        "English who-pays table: every worker cost $0.00 (contradicted by the Spanish annex)",
        "'no recruitment fee' in English body (negated) while the annex charges one",
        "annex: bus and visa reimbursed in first paycheck (lawful)",
        "worker keeps passport",
        "complaints allowed without affecting hiring (negated blacklisting)",
        "'direct deposit' pay method",
    ]
    return d


# ========================================================================================
# ci07  H-2B, Spanish, compliant offer letter for crab pickers (Maryland)
# ========================================================================================
def ci07():
    d = Doc("ci07", "h2b", "es", fmt="letter", margins=(20, 16, 20), bottom=16, base="sans")
    d.doc_type = "offer_letter"
    d.layout = (
        "letter with colored letterhead band; conditions in two flowing columns; "
        "'¿Quién paga?' grid with checkmark columns; boxed warning; signature lines"
    )
    d.add_page()
    d.band(
        "CHESAQUA BAY SEAFOOD COMPANY, INC.",
        "118 Cannery Wharf Lane, Hooper Neck, Maryland 21672, EE. UU.  ·  (410) 555-0119  ·  "
        "empleos@chesaquabay.example",
        color=(18, 70, 120),
        size=13,
        h=17,
    )
    d.p("Hooper Neck, Maryland, 8 de enero de 2026", size=9.5, align="R")
    d.p("Sra. Rosa Elvira Quintero Lugo\nEl Guayabito, Mazatlán, Sinaloa, México", size=9.5)
    d.p("Estimada Sra. Quintero:", size=9.8)
    d.p(
        "Nos da gusto ofrecerle un puesto de temporada como desconchadora de cangrejo en nuestra "
        "planta de Hooper Neck, bajo el programa de visas H-2B. En esta carta encontrará todas las "
        "condiciones del trabajo. Léala con calma, pregunte lo que necesite y consérvela: es parte "
        "de su contrato.",
        size=9.8,
        align="J",
    )
    d.head("SUS CONDICIONES DE TRABAJO", size=10.5, color=(18, 70, 120), before=1, after=1.5)
    d.columns(
        [
            (
                "El puesto. ",
                "Desconchadora de cangrejo (SOC 51-3022). Separar a mano, con cuchillo, "
                "la carne del cangrejo azul ya cocido; clasificarla por tipo (jumbo, "
                "backfin, claw); pesarla y empacarla en envases de una libra; mantener "
                "limpia la mesa de trabajo.",
            ),
            (
                "Requisitos. ",
                "No se requiere experiencia ni estudios. Debe poder estar de pie 8 "
                "horas y trabajar en un área fría y húmeda. La empresa le da tres días "
                "de capacitación pagada.",
            ),
            (
                "Dónde. ",
                "En la planta de la empresa, 118 Cannery Wharf Lane, Hooper Neck, Maryland.",
            ),
            ("Cuándo. ", "Del 6 de abril al 30 de noviembre de 2026."),
            (
                "Horario. ",
                "40 horas a la semana, de lunes a viernes de 6:00 a.m. a 2:30 p.m., con "
                "30 minutos para comer. Los sábados se ofrece trabajo voluntario cuando hay "
                "mucho cangrejo.",
            ),
            (
                "Salario. ",
                "$17.85 dólares por hora. Si por libras le sale más ($3.10 por libra de "
                "carne empacada), se le paga por libra. Si durante la temporada el "
                "Departamento de Trabajo publica un salario más alto, o sube el salario "
                "mínimo, la empresa le pagará el más alto desde la fecha en que entre en "
                "vigor.",
            ),
            (
                "Horas extra. ",
                "Cada hora después de 40 en la semana se paga a $26.78 (tiempo y medio).",
            ),
            (
                "Día de pago. ",
                "Cada viernes, por depósito directo a su cuenta o con cheque, como usted "
                "prefiera. Con cada pago recibe un talón que muestra las horas ofrecidas "
                "y trabajadas, las libras, el salario, el total y cada descuento.",
            ),
            (
                "Descuentos. ",
                "Solo se descuentan los impuestos federales y de Maryland, el Seguro "
                "Social y Medicare, y lo que usted autorice por escrito para su propio "
                "beneficio. Nada más.",
            ),
            (
                "Garantía de 3/4. ",
                "En cada periodo de 12 semanas la empresa le garantiza trabajo por "
                "lo menos durante tres cuartas partes de los días laborables, "
                "contando 8 horas por día. Si le ofrece menos, le paga la diferencia.",
            ),
            (
                "Herramientas. ",
                "Cuchillos, guantes de malla, delantales, redes para el cabello y "
                "botas de hule se le entregan gratis y sin depósito. La empresa lava "
                "los delantales sin costo.",
            ),
            (
                "Vivienda. ",
                "Si la necesita, puede vivir en la casa de la empresa, 9 Pier Road, Hooper "
                "Neck, sin pagar renta ni servicios.",
            ),
            (
                "Si deja el trabajo. ",
                "Si falta 5 días de trabajo seguidos sin avisar, la empresa "
                "considera que usted abandonó el empleo y debe informarlo al "
                "gobierno. También puede despedirla por una falta grave, como "
                "robo o violencia, después de un aviso por escrito.",
            ),
            (
                "Si no se puede trabajar. ",
                "Si un huracán, un incendio u otra causa de fuerza mayor "
                "impide seguir trabajando, la empresa puede terminar el "
                "contrato con permiso del Departamento de Trabajo; aun así le "
                "paga la garantía de 3/4 hasta esa fecha y su regreso a "
                "Mazatlán.",
            ),
        ],
        size=8.7,
        fam="sans",
        gutter=8,
        lh=1.2,
    )
    d.ln(2)
    d.head("¿QUIÉN PAGA?", size=10.5, color=(18, 70, 120), before=1, after=1.5)
    d.grid(
        [
            ("Gasto", "Lo paga la empresa", "Lo paga usted"),
            (
                "Cuota de la visa y cita en el consulado",
                "✔  (se le reembolsa en la primera semana)",
                "$0",
            ),
            (
                "Autobús de Mazatlán a Hooper Neck y comidas del viaje",
                "✔  (se le reembolsa en la primera semana)",
                "$0",
            ),
            ("Autobús y comidas de regreso a Mazatlán", "✔  al terminar la temporada", "$0"),
            ("Herramientas, guantes, delantales y botas", "✔  se entregan gratis", "$0"),
            ("Reclutamiento y selección", "✔  la empresa paga a la agencia", "$0"),
        ],
        widths=(74, 72, 30),
        size=8.6,
        fam="sans",
        head_fill=(210, 225, 240),
    )
    d.set_fill_color(255, 244, 214)
    d.set_draw_color(200, 150, 40)
    y = d.get_y()
    d.rect(d.l_margin, y, d.epw_, 19, style="DF")
    d.set_draw_color(0, 0, 0)
    d.set_xy(d.l_margin + 3, y + 2)
    d.font("sans", "", 8.8)
    d.multi_cell(
        d.epw_ - 6,
        4.2,
        "Nuestra agencia en México, Enlace Laboral Costa Pacífico, A.C., no le puede cobrar "
        "nada: ni inscripción, ni trámite, ni depósito. Si alguien le pide dinero por este "
        "trabajo, llámenos al (410) 555-0119. Su pasaporte es suyo y usted lo guarda; nadie "
        "de la empresa se lo va a pedir.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.set_y(y + 22)
    d.p(
        "En el descanso de la mañana hay café y pan dulce gratis en el comedor de la planta. "
        "Usted puede quejarse ante la empresa, el consulado o el Departamento de Trabajo sin "
        "ningún castigo.",
        size=9.3,
        align="J",
    )
    d.p("Atentamente,", size=9.8)
    d.sigblock(
        [
            ("Chesaqua Bay Seafood Company, Inc.", ["Dorothy M. Pruitt, Gerente de planta"]),
            ("Acepto la oferta", ["Rosa Elvira Quintero Lugo", "Fecha: ______________"]),
        ],
        fam="sans",
        height=12,
    )

    d.present = {
        "employer_identity": "118 Cannery Wharf Lane, Hooper Neck, Maryland 21672",
        "job_duties": "Separar a mano, con cuchillo, la carne del cangrejo azul",
        "work_location": "En la planta de la empresa, 118 Cannery Wharf Lane",
        "employment_period": "Del 6 de abril al 30 de noviembre de 2026",
        "hours_of_work": "40 horas a la semana, de lunes a viernes",
        "wage_rate": "$17.85 dólares por hora",
        "wage_adjustment": "publica un salario más alto",
        "overtime": "se paga a $26.78 (tiempo y medio)",
        "pay_frequency": "Cada viernes, por depósito directo",
        "deductions": "Solo se descuentan los impuestos federales y de Maryland",
        "three_fourths_guarantee": "tres cuartas partes de los días laborables",
        "inbound_transportation": "Autobús de Mazatlán a Hooper Neck y comidas del viaje",
        "return_transportation": "Autobús y comidas de regreso a Mazatlán",
        "visa_reimbursement": "Cuota de la visa y cita en el consulado",
        "tools_provided": "se le entregan gratis y sin depósito",
        "earnings_statements": "recibe un talón que muestra las horas ofrecidas",
        "termination": "Si falta 5 días de trabajo seguidos sin avisar",
        "contract_impossibility": "un huracán, un incendio u otra causa de fuerza mayor",
        "job_requirements": "No se requiere experiencia ni estudios. Debe poder estar de pie 8 horas",
    }
    d.recruiters = ["Enlace Laboral Costa Pacífico, A.C."]
    d.traps = [
        "'depósito directo' is a pay method; tools 'sin depósito' (negated)",
        "visa and consular fee reimbursed in the first week; inbound bus reimbursed first week",
        "'Cuota de la visa' row paid by the employer; worker pays $0",
        "free housing, no rent or utilities (h2b)",
        "agency may not charge 'ni inscripción, ni trámite, ni depósito' (negated)",
        "free coffee and sweet bread ('café'); aprons laundered at no cost",
        "paid three-day training (not a training charge)",
        "worker keeps her passport; no punishment for complaints",
    ]
    return d


# ========================================================================================
# ci08  H-2B, English, tree-planting job order; page 3 is a scanned signed page (Arkansas)
# ========================================================================================
HDR08 = "Ozark Timberline Reforestation, Inc.  -  H-2B Job Order AR-2025-88412  -  Tree Planters"


def ci08():
    d = Doc("ci08", "h2b", "en", fmt="letter", margins=(21, 22, 21), bottom=20, base="sans")
    d.doc_type = "job_order"
    d.layout = (
        "job order with running header and footer; bold field labels; gridded tract "
        "table; bulleted conditions; page 3 is an image-only scan of the signed last page "
        "(slight rotation, blur, noise)"
    )

    def hdr(pdf):
        pdf.font("sans", "", 7.5)
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(0, 4, HDR08)
        pdf.line(pdf.l_margin, 13.5, pdf.w - pdf.r_margin, 13.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(21)

    def ftr(pdf):
        pdf.set_y(-14)
        pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
        pdf.font("sans", "", 7.5)
        pdf.set_text_color(60, 60, 60)
        pdf.cell(0, 4, f"Page {pdf.page_no()} of 3   -   Issued December 22, 2025")
        pdf.set_text_color(0, 0, 0)

    d.hdr, d.ftr = hdr, ftr
    d.add_page()
    d.head(
        "JOB ORDER: FOREST AND CONSERVATION WORKERS (TREE PLANTERS)", size=12.5, before=0, after=0.6
    )
    d.p(
        "Temporary non-agricultural employment under the H-2B program  ·  35 openings",
        size=9,
        style="I",
    )

    def fld(k, v):
        return d.rich(k + ": ", v, size=9.6, after=1.1)

    fld(
        "Employer",
        "Ozark Timberline Reforestation, Inc., 3107 Cedar Glade Road, Hollister "
        "Springs, Arkansas 72635; telephone (870) 555-0171",
    )
    fld("Job title", "Forest and Conservation Worker (SOC 45-4011), tree planter")
    fld(
        "Duties",
        "Plant loblolly and shortleaf pine seedlings by hand with a hoedad or planting "
        "bar on cut-over and site-prepared tracts, walking rough and steep ground while carrying "
        "a planting bag of up to 40 pounds of seedlings; keep rows and spacing as marked by the "
        "foreman; heel in and water seedling bundles; help load and unload seedling coolers.",
    )
    fld(
        "Requirements",
        "No experience is required. Workers must be at least 18 years old and "
        "able to walk up to 8 miles a day over rough terrain in cold and wet weather.",
    )
    fld("Period of employment", "January 12, 2026 to April 30, 2026")
    fld(
        "Hours",
        "35 hours per week, Monday through Saturday, generally 7:00 a.m. to 3:00 p.m.; "
        "rain days may be made up on Saturdays",
    )
    fld(
        "Wage",
        "$17.45 per hour. Planters may instead earn $0.09 per seedling planted when that "
        "is more for the workweek; the hourly rate is always the minimum",
    )
    fld("Overtime", "$26.18 per hour for hours worked over 40 in a workweek")
    fld(
        "Wage increases",
        "If a higher prevailing wage or minimum wage applies during the "
        "contract, the higher rate is paid from its effective date",
    )
    fld("Pay", "Weekly, every Friday, by check")
    d.head("Worksites", size=10.5, before=1, after=1)
    d.p(
        "Crews work on private and industrial timberland planting contracts in the following "
        "areas. The foreman tells each crew the tract for the week.",
        size=9.6,
    )
    d.grid(
        [
            ("Area", "Counties / parishes", "Crew base"),
            ("South Arkansas", "Bradley, Calhoun, Drew and Union Counties, AR", "Warren, AR"),
            ("North Louisiana", "Union and Morehouse Parishes, LA", "Bastrop, LA"),
            ("Ouachita foothills", "Clark, Dallas and Hot Spring Counties, AR", "Arkadelphia, AR"),
        ],
        widths=(40, 90, 42),
        size=9,
        fam="sans",
    )
    d.head("Travel and Lodging", size=10.5, before=1, after=1)
    d.bullets(
        [
            "The Company reimburses the worker's bus fare and daily meals from Monterrey, Nuevo León, "
            "to Hollister Springs in the first workweek.",
            "At the end of the contract, or if the worker is dismissed early for reasons other than "
            "cause, the Company pays the bus fare and meals back to Monterrey.",
            "Motel lodging while crews are on planting contracts is paid by the Company.",
            "The Company transports crews daily between the motel and the tract in its own crew "
            "trucks at no charge.",
        ],
        size=9.6,
    )

    d.add_page()
    d.head("Tools, Meals and Deductions", size=10.5, before=0, after=1)
    d.p(
        d.F(
            "equipment_charge",
            "Each planter is issued a hoedad or planting bar and two planting bags against a $75.00 "
            "deposit, which is returned at the end of the season if the tools are turned in.",
            75,
            "USD",
            page=2,
        )
        + " Gloves, hard hats and high-visibility vests are handed out free.",
        size=9.6,
        align="J",
    )
    d.p(
        d.F(
            "meal_charge",
            "While crews are on contracts away from Hollister Springs, the crew cook prepares "
            "breakfast and dinner at $12.00 per day, deducted weekly.",
            12,
            "USD",
            page=2,
        )
        + " Lunch is the worker's own.",
        size=9.6,
        align="J",
    )
    d.p(
        "Deductions from pay: federal income tax, Social Security and Medicare; the crew meal "
        "charge; the tool deposit (taken in two parts from the first two checks); and any "
        "deduction the worker authorizes in writing. No other deductions are made.",
        size=9.6,
        align="J",
    )
    d.head("Crew Rules", size=10.5, before=1, after=1)
    d.bullets(
        [
            "Planting quality is checked by plot; rows that fail inspection must be replanted.",
            "No alcohol in the crew trucks or on the tract.",
            d.F(
                "movement_restriction",
                "For safety and to keep crews ready to travel, workers may not leave the motel after "
                "9:00 p.m., and no worker may go into town on rest days unless a crew foreman goes "
                "along.",
                page=2,
            ),
            "Each crew elects a spokesperson who may raise complaints with the office at any time.",
            "Smoking is allowed only at the trucks during breaks, never on the tract during fire "
            "season.",
        ],
        size=9.6,
    )
    d.head("Recruitment", size=10.5, before=1, after=1)
    d.p(
        "The Company recruits directly and through its agent in Mexico, Reclutamiento Forestal "
        "del Norte, whose fees the Company pays. No worker will be charged a recruitment fee.",
        size=9.6,
        align="J",
    )
    d.head("Safety", size=10.5, before=1, after=1)
    d.p(
        "Every worker receives a one-day paid safety orientation on the first day covering tool "
        "handling, first aid, snakes, hypothermia and working near logging equipment. A first aid "
        "kit and a trained first-aider travel with every crew.",
        size=9.6,
        align="J",
    )

    # page 3: scanned signed page (no text layer)
    d.scanned_page(
        [
            ("hdr", HDR08),
            ("title", "Earnings Records, Termination and Acknowledgment"),
            ("gap", 10),
            (
                "p",
                "Earnings statements. Each Friday the worker receives a written statement showing "
                "the hours offered and worked, the seedlings planted and the piece rate, the hourly "
                "rate, gross and net pay, and every deduction with its reason.",
            ),
            (
                "p",
                "Abandonment. A worker who does not report for work for 5 consecutive working days "
                "without the Company's permission is considered to have abandoned the job. The "
                "Company will notify the Department of Labor and the Department of Homeland "
                "Security in writing within 2 business days.",
            ),
            (
                "p",
                "Termination for cause. A worker may be discharged for fighting, theft, drinking on "
                "the job or repeated refusal to follow safety rules. A worker who is discharged for "
                "cause is not entitled to the paid return trip.",
            ),
            (
                "p",
                "Contract impossibility. If fire, flood, an ice storm or another Act of God makes "
                "it impossible to continue the work, the Company may end the contract early with "
                "the approval of the Certifying Officer. It will then pay all wages earned and the "
                "worker's return transportation and meals to Monterrey.",
            ),
            (
                "p",
                "Non-retaliation. No worker will be threatened, blacklisted or fired for filing a "
                "complaint or speaking with the Department of Labor, the Mexican consulate or a "
                "lawyer.",
            ),
            ("gap", 20),
            (
                "p",
                "Worker acknowledgment. I received this job order in Spanish and in English, and its "
                "terms were explained to me before I signed.",
            ),
            (
                "sig",
                "Worker|Ramiro Galván Tovar|x||Company representative|Clyde Ennis, Field Manager|x",
            ),
            ("sig", "Date|January 6, 2026||Interpreter|Blanca Ríos|x"),
            ("ftr", "Page 3 of 3   -   Issued December 22, 2025"),
        ],
        seed=808,
    )

    d.present = {
        "employer_identity": "3107 Cedar Glade Road, Hollister Springs, Arkansas 72635",
        "job_duties": "Plant loblolly and shortleaf pine seedlings by hand",
        "work_location": "Bradley, Calhoun, Drew and Union Counties, AR",
        "employment_period": "January 12, 2026 to April 30, 2026",
        "hours_of_work": "35 hours per week, Monday through Saturday",
        "wage_rate": "$17.45 per hour",
        "wage_adjustment": "If a higher prevailing wage or minimum wage applies",
        "overtime": "$26.18 per hour for hours worked over 40",
        "pay_frequency": "Weekly, every Friday, by check",
        "deductions": "Deductions from pay: federal income tax, Social Security and Medicare",
        "inbound_transportation": "reimburses the worker's bus fare and daily meals from Monterrey",
        "return_transportation": "the Company pays the bus fare and meals back to Monterrey",
        "earnings_statements": "Each Friday the worker receives a written statement",
        "termination": "5 consecutive working days",
        "contract_impossibility": "fire, flood, an ice storm or another Act of God",
        "job_requirements": "Workers must be at least 18 years old",
    }
    d.recruiters = ["Reclutamiento Forestal del Norte"]
    d.traps = [
        "motel lodging paid by the Company (no housing charge)",
        "gloves, hard hats and vests free (the tool deposit is the finding)",
        "inbound bus and meals reimbursed in first workweek; return trip paid",
        "free daily crew trucks",
        "recruiter paid by the Company; no recruitment fee (negated)",
        "paid safety orientation (not a training charge)",
        "no blacklisting for complaints (on the scanned page)",
        "'Each crew elects a spokesperson who may raise complaints' (not a restriction)",
    ]
    return d


# ========================================================================================
# ci09  generic, English (Philippines -> Taiwan), cost breakdown + salary deduction authority
# ========================================================================================
def ci09():
    d = Doc("ci09", "generic", "en", fmt="a4", margins=(15, 14, 15), bottom=16, base="cond")
    d.doc_type = "cost_schedule"
    d.layout = (
        "A4 condensed; agency letterhead; worker particulars grid; cost table with "
        "'for the account of' column; deduction table by contract year; numbered general "
        "conditions; footnotes; three-party signature row"
    )
    d.add_page()
    d.font("cond", "B", 14)
    d.set_text_color(150, 20, 30)
    d.cell(0, 6, "MASIKAP GLOBAL MANPOWER SERVICES, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.font("cond", "", 8)
    d.cell(
        0,
        4,
        "Unit 1204 Tektite Arcade, 88 Escolta corner Soda Street, Binondo, Manila  ·  "
        "DMW License No. DMW-078-LB-112325-R  ·  (02) 8555-0142",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.hr(gap=3, width=0.5, color=(150, 20, 30))
    d.head(
        "ANNEX C: DEPLOYMENT COST BREAKDOWN AND SALARY DEDUCTION AUTHORITY",
        size=11.5,
        fam="cond",
        align="C",
        before=0,
        after=0.4,
    )
    d.p(
        "(forms part of the Employment Contract for Taiwan-bound manufacturing workers)",
        size=8.5,
        style="I",
        fam="cond",
        align="C",
    )
    d.grid(
        [
            ("Name of worker", "Ma. Lourdes Dizon Pangilinan", "Passport no.", "P7741028B"),
            ("Position", "Production Operator (SMT line)", "Job order no.", "TW-FPE-2026-031"),
            (
                "Employer",
                "Fengyuan Precision Electronics Co., Ltd., No. 27, Gongye 5th Road, "
                "Guanyin District, Taoyuan City 328, Taiwan",
                "Taiwan broker",
                "Hsin-Tai Human Resources Consultant Co., Ltd.",
            ),
            (
                "Jobsite",
                "Employer's Plant 2 (SMT building), same address",
                "Contract period",
                "16 March 2026 to 15 March 2029 (36 months)",
            ),
            (
                "Basic salary",
                "NT$28,590 per month",
                "Payday",
                "Monthly, on the 10th, to payroll account",
            ),
            (
                "Working hours",
                "8 hours a day, 5 days a week (Mon-Fri)",
                "Rest days",
                "Sat, Sun, and national holidays",
            ),
        ],
        widths=(27, 64, 27, 62),
        size=8.2,
        fam="cond",
        header=False,
        bold_first_col=False,
        zebra=(246, 240, 240),
    )
    d.p(
        "Duties: load and unload printed circuit boards on the surface-mount line, carry out "
        "visual inspection under magnification, record defects, and pack finished modules.",
        size=8.8,
        fam="cond",
    )
    d.head("A. COSTS BEFORE DEPARTURE (PHILIPPINES)", size=9.5, fam="cond", before=1, after=1)
    d.grid(
        [
            ("Item", "Amount", "For the account of", "Remarks"),
            (
                "Taiwan visa and work permit",
                "Per actual",
                "Employer",
                "Paid by broker for employer",
            ),
            ("Airfare Manila-Taoyuan", "Per actual", "Employer", "E-ticket issued by agency"),
            (
                "Placement fee (1 month basic salary)",
                "PHP 28,500.00",
                "Worker",
                "Upon contract signing¹",
            ),
            ("Pre-employment medical exam", "PHP 3,800.00", "Worker", "Accredited clinic, Ermita"),
            ("Pre-departure orientation seminar", "Free", "-", "Conducted by the government"),
            ("Return airfare, end of contract", "Per actual", "Employer", "Taoyuan-Manila"),
        ],
        widths=(62, 28, 30, 60),
        size=8.4,
        fam="cond",
        head_fill=(235, 215, 215),
    )
    d.F(
        "recruitment_fee",
        "Placement fee (1 month basic salary) PHP 28,500.00 Worker",
        28500,
        "PHP",
        page=1,
    )
    d.F("medical_cost", "Pre-employment medical exam PHP 3,800.00 Worker", 3800, "PHP", page=1)
    d.head("B. DEDUCTIONS FROM SALARY IN TAIWAN", size=9.5, fam="cond", before=1, after=1)
    d.grid(
        [
            ("Item", "Year 1", "Year 2", "Year 3", "Basis"),
            ("Broker service fee", "NT$1,800/mo", "NT$1,700/mo", "NT$1,500/mo", "See clause 2²"),
            (
                "Labor and health insurance, employee share",
                "Per law",
                "Per law",
                "Per law",
                "Taiwan statute",
            ),
            ("Income tax withholding", "6% / 18%", "6% / 18%", "6% / 18%", "Taiwan statute"),
            ("Dormitory and meals", "Free", "Free", "Free", "Provided by Employer"),
            ("Salary loan amortization (if availed)", "Per schedule", "-", "-", "See clause 3"),
        ],
        widths=(62, 26, 26, 26, 40),
        size=8.4,
        fam="cond",
        head_fill=(235, 215, 215),
    )
    d.head("GENERAL CONDITIONS", size=9.5, fam="cond", before=1, after=1)
    conds = [
        "The salary is paid monthly, not later than the 10th of the following month, into a "
        "payroll account opened in the Worker's own name.",
        d.F(
            "recruitment_fee",
            "The Worker authorizes the Employer to deduct the Taiwan broker's monthly service fee "
            "of NT$1,800 in the first year, NT$1,700 in the second year and NT$1,500 in the third "
            "year, and to remit it directly to the broker.",
            1800,
            "TWD",
            page=1,
        ),
        d.F(
            "debt_bondage",
            "A Worker who cannot settle the placement fee in cash may avail of a salary loan from "
            "Kaagapay Lending Corporation, repayable through monthly salary deduction in Taiwan "
            "over ten months at 3% interest per month.",
            page=1,
        ),
        d.F(
            "document_retention",
            "For safekeeping, the Worker's passport and Alien Resident Certificate shall be kept "
            "by the Taiwan broker and released to the Worker upon request for official "
            "transactions.",
            page=1,
        ),
        "The return airfare to Manila at the end of the contract is for the account of the "
        "Employer.",
        "Dormitory accommodation and three meals a day are provided by the Employer free of "
        "charge.",
        "This Annex shall be read together with the Employment Contract verified by the Migrant "
        "Workers Office in Taipei.",
    ]
    for i, c in enumerate(conds, 1):
        d.p(f"{i}. {c}", size=8.8, fam="cond", align="J", indent=2, after=1)
    d.ln(3)
    d.sigblock(
        [
            ("Worker", ["Ma. Lourdes Dizon Pangilinan", "Date: 12 January 2026"]),
            ("For the Philippine agency", ["Rosario T. Villacorta", "Operations Manager"]),
            ("For the Taiwan broker", ["Lin Mei-hua", "Manager, foreign workers dept."]),
        ],
        fam="cond",
        size=8,
    )
    d.ln(2)
    d.hr(gap=2, width=0.2)
    d.p(
        "¹ The placement fee is collected as allowed for Taiwan-bound workers; an official receipt "
        "is issued upon payment.",
        size=7.5,
        fam="cond",
        after=0.5,
    )
    d.p(
        "² Amounts in NT$ are deducted by the Employer from the monthly salary and remitted to "
        "Hsin-Tai Human Resources Consultant Co., Ltd.",
        size=7.5,
        fam="cond",
    )

    d.present = {
        "employer_identity": "Gongye 5th Road, Guanyin District,",
        "worker_identity": "Ma. Lourdes Dizon Pangilinan",
        "job_duties": "load and unload printed circuit boards",
        "work_location": "Employer's Plant 2 (SMT building), same address",
        "employment_period": "16 March 2026 to 15 March 2029",
        "hours_of_work": "8 hours a day, 5 days a week",
        "wage_rate": "NT$28,590 per month",
        "pay_frequency": "The salary is paid monthly",
        "deductions": "B. DEDUCTIONS FROM SALARY IN TAIWAN",
        "return_transportation": "The return airfare to Manila at the end of the contract",
    }
    d.recruiters = [
        "MASIKAP GLOBAL MANPOWER SERVICES, INC.",
        "Hsin-Tai Human Resources Consultant Co., Ltd.",
    ]
    d.traps = [
        "visa/work permit and outbound airfare for the Employer's account",
        "pre-departure orientation seminar free (not a training charge)",
        "statutory labor/health insurance employee share and income tax (not insurance_cost)",
        "dormitory and meals free",
        "return airfare for the Employer's account",
    ]
    return d


# ========================================================================================
# ci10  generic, Spanish (Honduras -> Canada), two cash receipts + applicant commitment form
# ========================================================================================
AGENCY10 = "OPORTUNIDADES LABORALES DEL ATLÁNTICO, S. DE R.L."


def ci10():
    d = Doc("ci10", "generic", "es", fmt="letter", margins=(18, 14, 18), bottom=14, base="sans")
    d.doc_type = "receipts_and_commitment_form"
    d.layout = (
        "page 1: two dashed-border cash receipts (typewriter font) with image-only PAID "
        "stamps; page 2: applicant commitment form with ticked checkboxes, fingerprint "
        "box and two signatures"
    )
    d.add_page()

    def receipt(no, fecha, bueno, body, pago, seed):
        y0 = d.get_y()
        d.set_dash_pattern(dash=1.6, gap=1.2)
        d.set_line_width(0.35)
        d.rect(d.l_margin, y0, d.epw_, 112)
        d.set_dash_pattern()
        d.set_xy(d.l_margin + 6, y0 + 5)
        d.font("sans", "B", 12.5)
        d.set_text_color(20, 60, 120)
        d.cell(0, 6, AGENCY10, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.set_x(d.l_margin + 6)
        d.font("sans", "", 7.8)
        d.cell(
            0,
            4,
            "Reclutamiento y colocación de personal  ·  RTN 05019022114510",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        d.set_x(d.l_margin + 6)
        d.cell(
            0,
            4,
            "Barrio Las Acacias, 4 calle, 7 avenida S.O., San Pedro Sula, Cortés  ·  "
            "Tel. 2555-0178",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        d.ln(4)
        d.set_x(d.l_margin + 6)
        d.font("mono", "B", 11)
        d.cell(70, 6, "RECIBO DE CAJA")
        d.set_text_color(180, 20, 20)
        d.cell(40, 6, f"No. {no}")
        d.set_text_color(0, 0, 0)
        d.cell(d.epw_ - 122, 6, f"Bueno por: {bueno}", align="R", new_x="LMARGIN", new_y="NEXT")
        d.ln(4)
        d.font("mono", "", 9.6)
        d.set_x(d.l_margin + 6)
        d.multi_cell(d.epw_ - 12, 5.4, body, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.set_x(d.l_margin + 6)
        d.font("mono", "", 9.6)
        d.cell(0, 5.4, f"San Pedro Sula, {fecha}", new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
        d.set_x(d.l_margin + 6)
        d.font("sans", "", 9.4)
        d.cell(0, 5.4, "Forma de pago:  " + pago, new_x="LMARGIN", new_y="NEXT")
        d.ln(10)
        d.set_x(d.l_margin + 6)
        d.line(d.l_margin + 6, d.get_y(), d.l_margin + 76, d.get_y())
        d.ln(1)
        d.set_x(d.l_margin + 6)
        d.font("sans", "", 8)
        d.cell(70, 4, "Recibió (firma y sello de la agencia)")
        d.set_x(d.l_margin + 100)
        d.cell(0, 4, "Original: cliente  ·  Copia: archivo", new_x="LMARGIN", new_y="NEXT")
        d.image_stamp("PAGADO", x=d.l_margin + 110, y=y0 + 74, w=44, seed=seed)
        d.set_y(y0 + 112 + 8)

    receipt(
        "0457",
        "5 de enero de 2026",
        "L 18,000.00",
        d.F(
            "recruitment_fee",
            "Recibí del señor Wilmer Josué Matamoros Cárcamo la cantidad de DIECIOCHO MIL "
            "LEMPIRAS EXACTOS (L 18,000.00) en concepto de apertura y gestión de expediente "
            "laboral y reserva de plaza para el programa de invernaderos en Canadá.",
            18000,
            "HNL",
            page=1,
        ),
        "☒ Efectivo   ☐ Depósito   ☐ Transferencia",
        seed=10,
    )
    receipt(
        "0458",
        "19 de enero de 2026",
        "L 4,200.00",
        d.F(
            "visa_cost",
            "Recibí del señor Wilmer Josué Matamoros Cárcamo la cantidad de CUATRO MIL "
            "DOSCIENTOS LEMPIRAS EXACTOS (L 4,200.00) en concepto de cita de biométricos y "
            "trámite del permiso de trabajo canadiense, a cargo del solicitante.",
            4200,
            "HNL",
            page=1,
        ),
        "☐ Efectivo   ☒ Depósito   ☐ Transferencia",
        seed=11,
    )

    d.add_page()
    d.font("sans", "B", 10)
    d.set_text_color(20, 60, 120)
    d.cell(0, 5, AGENCY10, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.head("HOJA DE COMPROMISO DEL ASPIRANTE", size=13, align="C", before=1, after=0.3)
    d.p("Programa Canadá 2026: trabajadores de invernadero", size=9.5, style="I", align="C")
    d.grid(
        [
            ("Nombre completo", "Wilmer Josué Matamoros Cárcamo"),
            ("DNI", "0501-1994-08837"),
            ("Domicilio", "Aldea Las Guarumas, municipio de San Manuel, Cortés"),
            ("Teléfono", "9555-0321"),
        ],
        widths=(45, 134),
        size=9.5,
        header=False,
        bold_first_col=True,
    )
    d.p("Marque con una X cada punto que le fue explicado:", size=9.5, style="B")
    items = [
        (
            True,
            "Conozco que el empleador es Kingsmere Greenhouses Inc., 2140 Concession Road 7, "
            "Kingsmere, Ontario, Canadá.",
        ),
        (
            True,
            "El puesto es de trabajador general de invernadero: cosecha de tomate y pepino, "
            "deshoje, poda y empaque.",
        ),
        (True, "El trabajo es en los invernaderos de la empresa en Kingsmere, Ontario."),
        (True, "El contrato es por 8 meses, del 1 de marzo al 31 de octubre de 2026."),
        (True, "El salario es de 17.60 dólares canadienses por hora."),
        (True, "El pago es cada dos semanas, por depósito en cuenta bancaria."),
        (True, "El horario lo fija el empleador según la producción del invernadero."),
        (True, "El empleador paga el boleto de avión de ida a Canadá y el de regreso a Honduras."),
        (
            True,
            "El empleador paga la evaluación de impacto en el mercado laboral (LMIA); a mí no "
            "se me cobra nada por ese trámite.",
        ),
        (True, "La vivienda en Canadá la proporciona el empleador."),
        (
            True,
            d.F(
                "deposit_or_bond",
                "Entrego a la agencia un cheque posfechado por L 40,000.00 como garantía de que "
                "cumpliré mi contrato completo, el cual me será devuelto a mi regreso a "
                "Honduras.",
                40000,
                "HNL",
                page=2,
            ),
        ),
        (True, "Entiendo que la agencia no garantiza la aprobación del permiso de trabajo."),
        (False, "Tengo familiares en Canadá."),
    ]
    for chk, t in items:
        d.checkbox(chk, t, size=9.6)
    d.ln(3)
    d.p("Firmo en San Pedro Sula, Cortés, el 19 de enero de 2026.", size=9.5)
    y = d.get_y() + 4
    d.rect(d.w - d.r_margin - 26, y, 26, 30)
    d.font("sans", "", 7.5)
    d.set_xy(d.w - d.r_margin - 26, y + 31)
    d.cell(26, 4, "Huella", align="C")
    d.set_y(y)
    d.sigblock(
        [
            ("Firma del aspirante", ["Wilmer Josué Matamoros Cárcamo"]),
            ("Por la agencia", ["Lic. Norma Yadira Bustillo", "Coordinadora de reclutamiento"]),
        ],
        line_w=62,
        gap=10,
    )

    d.present = {
        "employer_identity": "Kingsmere Greenhouses Inc., 2140 Concession Road 7",
        "worker_identity": "Wilmer Josué Matamoros Cárcamo",
        "job_duties": "cosecha de tomate y pepino",
        "work_location": "invernaderos de la empresa en Kingsmere, Ontario",
        "employment_period": "del 1 de marzo al 31 de octubre de 2026",
        "wage_rate": "17.60 dólares canadienses por hora",
        "pay_frequency": "El pago es cada dos semanas",
        "return_transportation": "el de regreso a Honduras",
    }
    d.recruiters = [AGENCY10]
    d.traps = [
        "LMIA fee paid by the employer ('a mí no se me cobra nada')",
        "round-trip airfare paid by the employer",
        "'depósito en cuenta bancaria' / 'Depósito' payment box are pay methods, not deposits",
        "'El horario lo fija el empleador según la producción' has no concrete hours (missing)",
        "PAGADO stamps are images (no text layer)",
    ]
    return d


# ========================================================================================
# ci11  generic, English (Nepal -> Qatar), compliant offer and contract, cost annex
# ========================================================================================
def ci11():
    d = Doc("ci11", "generic", "en", fmt="a4", margins=(20, 16, 20), bottom=18, base="serif")
    d.doc_type = "offer_letter"
    d.layout = (
        "A4 letter; centered letterhead with rule; parties side by side in a borderless "
        "two-column grid; salary grid; numbered clauses; Annex A cost-responsibility grid "
        "with NPR 0 column; footnotes; three-party signature row"
    )
    d.add_page()
    d.font("serif", "B", 15)
    d.set_text_color(120, 90, 20)
    d.cell(0, 7, "DUNEHAVEN FACILITY SERVICES W.L.L.", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.font("sans", "", 7.8)
    d.cell(
        0,
        4,
        "Building 41, Street 830, Zone 57, P.O. Box 24417, Doha, State of Qatar  ·  "
        "C.R. No. 118204  ·  +974 4455 0190",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    d.hr(gap=3, width=0.6, color=(120, 90, 20))
    d.head("OFFER OF EMPLOYMENT AND EMPLOYMENT CONTRACT", size=12, align="C", before=0, after=0.3)
    d.p("Ref. DFS/HR/NP/2026/0147  ·  Doha, 11 January 2026", size=8.8, align="C")
    d.grid(
        [
            ("EMPLOYER", "WORKER"),
            (
                "Dunehaven Facility Services W.L.L.\nBuilding 41, Street 830, Zone 57, Doha, Qatar\n"
                "represented by Mr. Khalid Nasser Al-Dosari, HR Director",
                "Mr. Dil Bahadur Tamang\nPassport No. PA1187345 (Nepal)\nWard No. 4, Thulogaun, "
                "Sindhupalchok District, Bagmati Province",
            ),
        ],
        widths=(85, 85),
        size=8.8,
        fam="serif",
        borders="NONE",
        head_fill=(255, 255, 255),
    )
    d.p(
        "Dear Mr. Tamang, we are pleased to offer you employment on the following terms, "
        "recruited through Himshikhar Manpower Pvt. Ltd., Kathmandu (Licence No. 1432/079/080), "
        "under the Employer Pays policy of the Government of Nepal and the laws of the State of "
        "Qatar.",
        size=9.6,
        align="J",
    )

    def cl(lead, t):
        return d.rich(lead, t, size=9.6, align="J", after=1.2)

    cl(
        "1. Position and duties. ",
        "Cleaner, commercial buildings. You will clean offices, "
        "corridors, washrooms and glass surfaces, operate floor scrubbers and vacuum machines, "
        "collect and sort waste for recycling, and report maintenance faults to the supervisor.",
    )
    cl(
        "2. Place of work. ",
        "Client sites of the Employer in Doha, principally Lusail Marina "
        "Tower B and the West Bay Trade Centre. Any change of site within Doha will be notified in "
        "writing.",
    )
    cl(
        "3. Duration. ",
        "Two (2) years, from 1 March 2026 to 28 February 2028, with a "
        "probationary period of three months.",
    )
    cl(
        "4. Working hours. ",
        "Eight (8) hours a day, six days a week (48 hours), from 7:00 a.m. "
        "to 4:00 p.m. with a one-hour break. Friday is the weekly rest day. Overtime is voluntary "
        "and paid at 125% of basic wage (150% between 9:00 p.m. and 6:00 a.m. and on Fridays).",
    )
    cl("5. Salary and payment. ", "")
    d.grid(
        [
            ("Component", "Amount per month"),
            ("Basic salary", "QAR 1,200"),
            ("Food allowance (paid in cash with salary)", "QAR 300"),
            ("Accommodation", "Provided free by the Employer (company housing)"),
            ("Transport to and from work", "Provided free by the Employer"),
        ],
        widths=(90, 80),
        size=8.8,
        fam="serif",
        head_fill=(240, 232, 210),
    )
    d.p(
        "Salary is paid monthly, not later than the 7th of the following month, by bank transfer "
        "through the Wage Protection System into an account in your own name.",
        size=9.6,
        align="J",
    )
    cl(
        "6. Deductions. ",
        "No amount will be deducted from your salary except: (a) pay for days of "
        "unauthorised absence; (b) amounts a Qatari court orders; and (c) any deduction you ask "
        "for in writing for your own benefit, which you may cancel at any time. No deduction is "
        "made for recruitment, visa, medical examination, travel, accommodation, uniforms or "
        "tools.",
    )
    cl(
        "7. Travel. ",
        "The Employer provides the air ticket from Kathmandu to Doha and, at the end "
        "of the contract, the air ticket from Doha to Kathmandu. The Employer also pays for a "
        "return ticket each year for your annual leave of 21 days.",
    )
    cl(
        "8. Documents. ",
        "You keep your passport and your Qatar ID card. A lockable personal "
        "cupboard is provided in your room for them.",
    )
    cl(
        "9. Ending the contract. ",
        "Either party may end this contract after the probation period "
        "by giving one month's written notice, or two months' notice if you have worked more than "
        "two years. The Employer may dismiss you without notice only for the reasons listed in "
        "Article 61 of the Labour Law, after an investigation in which you may defend yourself. "
        "You may change employer in accordance with Qatari law without needing this Employer's "
        "permission. On leaving you receive your end-of-service gratuity of three weeks' basic "
        "salary for each year worked.",
    )
    cl(
        "10. Health. ",
        "Medical care in Qatar is covered by your health card, which the Employer "
        "obtains and pays for. Uniforms and safety shoes are issued free of charge.",
    )

    d.head(
        "ANNEX A: WHO PAYS THE COSTS OF YOUR RECRUITMENT", size=10, align="L", before=1.5, after=1.2
    )
    d.grid(
        [
            ("Cost", "Paid by", "Your cost"),
            ("Recruitment agency service charge", "Employer", "NPR 0"),
            ("Qatar work visa and residence permit", "Employer", "NPR 0"),
            ("Medical examination before departure", "Employer", "NPR 0"),
            ("Pre-departure orientation training", "Employer", "NPR 0"),
            ("Air ticket Kathmandu-Doha", "Employer", "NPR 0"),
            (
                "Foreign Employment Welfare Fund contribution and life insurance¹",
                "Employer (reimbursed)",
                "NPR 0",
            ),
        ],
        widths=(98, 42, 30),
        size=8.8,
        fam="serif",
        head_fill=(240, 232, 210),
    )
    d.p(
        "Free visa, free ticket: no one may ask you for money for this job. If anyone does, "
        "contact the Employer's HR office or the Department of Foreign Employment in Kathmandu.",
        size=9.2,
        style="B",
    )
    d.ln(1)
    d.sigblock(
        [
            ("For the Employer", ["Khalid Nasser Al-Dosari", "HR Director"]),
            ("For the Recruiting Agency", ["Sarita Gurung", "Himshikhar Manpower Pvt. Ltd."]),
            ("Accepted by the Worker", ["Dil Bahadur Tamang", "Date: ____________"]),
        ],
        fam="serif",
        size=8.2,
        height=14,
    )
    d.hr(gap=2, width=0.2)
    d.p(
        "¹ The worker pays the Welfare Fund contribution and the compulsory life insurance premium "
        "at the time of final approval in Kathmandu; the Employer reimburses the full amount in "
        "the first month's salary against the receipt.",
        size=7.6,
        fam="serif",
    )

    d.present = {
        "employer_identity": "Building 41, Street 830, Zone 57, Doha, Qatar",
        "worker_identity": "Mr. Dil Bahadur Tamang",
        "job_duties": "You will clean offices",
        "work_location": "Lusail Marina Tower B and the West Bay Trade Centre",
        "employment_period": "from 1 March 2026 to 28 February 2028",
        "hours_of_work": "Eight (8) hours a day, six days a week (48 hours)",
        "wage_rate": "QAR 1,200",
        "pay_frequency": "Salary is paid monthly",
        "deductions": "No amount will be deducted from your salary except",
        "return_transportation": "the air ticket from Doha to Kathmandu",
        "termination": "Article 61 of the Labour Law",
    }
    d.recruiters = ["Himshikhar Manpower Pvt. Ltd."]
    d.traps = [
        "'Free visa, free ticket' slogan (employer pays visa and ticket)",
        "Annex A: every cost paid by the Employer, worker cost NPR 0",
        "welfare fund contribution and life insurance paid by worker but fully reimbursed in first salary",
        "'No deduction is made for recruitment, visa, medical examination, travel...' (negated)",
        "'food allowance' paid to the worker; free accommodation and transport",
        "worker keeps passport and ID; lockable cupboard",
        "worker may change employer without permission (negated movement restriction)",
        "end-of-service 'gratuity' is a benefit, not a fee",
        "uniforms, safety shoes and health card free",
    ]
    return d


# ========================================================================================
# ci12  generic, Spanish (Guatemala -> Chiapas, Mexico), coffee-harvest contract
# ========================================================================================
def ci12():
    d = Doc("ci12", "generic", "es", fmt="letter", margins=(24, 18, 24), bottom=20, base="serif")
    d.doc_type = "work_contract"
    d.layout = (
        "Mexican individual labour contract; clauses numbered in words with run-in "
        "heads; worked example of a weekly pay slip in a gridded table; five-party "
        "signature block with fingerprint captions"
    )

    def ftr(pdf):
        pdf.set_y(-13)
        pdf.font("serif", "I", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(
            0,
            4,
            f"Finca Santa Rosalía del Volcán  ·  Temporada 2026-2027  ·  Hoja "
            f"{pdf.page_no()} de {{nb}}",
            align="C",
        )
        pdf.set_text_color(0, 0, 0)

    d.ftr = ftr
    d.add_page()
    d.head(
        "CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA", size=12.5, align="C", before=0, after=0.4
    )
    d.head(
        "(Corte de café cereza, temporada 2026-2027)",
        size=10,
        style="I",
        align="C",
        before=0,
        after=3,
    )
    d.p(
        "Contrato individual de trabajo por tiempo determinado que celebran, por una parte, "
        "AGRÍCOLA CAFETALERA LOS NUBARRONES, S.P.R. DE R.L., propietaria de la Finca Santa Rosalía "
        "del Volcán, con domicilio en el kilómetro 14 de la carretera a Las Brisas del Tacaná, "
        "municipio de Cacahoatán, Chiapas, representada por el Sr. Ernesto Wulff Castellanos, a "
        'quien en lo sucesivo se le llamará "EL PATRÓN"; y por la otra el Sr. Baltazar Efraín '
        "Orozco Chilel, de nacionalidad guatemalteca, originario de la aldea Toninchún, "
        "municipio de Tajumulco, departamento de San Marcos, portador de la Tarjeta de Visitante "
        'Trabajador Fronterizo número TVTF-07-2611843, a quien se le llamará "EL TRABAJADOR"; con '
        "la intervención del Sr. Audelino Fuentes Bámaca, contratista que reunió a la cuadrilla "
        'en Guatemala, a quien se le llamará "EL CONTRATISTA"; de acuerdo con las siguientes:',
        size=9.8,
        align="J",
    )
    d.head("CLÁUSULAS", size=10.5, align="C", before=1, after=1.5)

    def cl(lead, t):
        return d.rich(lead, t, size=9.8, align="J", after=1.4)

    cl(
        "PRIMERA. Del trabajo. ",
        "EL TRABAJADOR se obliga a prestar sus servicios como cortador "
        "de café: cortar a mano el grano maduro, sin ramear ni arrancar hojas, depositarlo en su "
        "canasto y entregarlo en el beneficio húmedo de la finca para su medición.",
    )
    cl(
        "SEGUNDA. Del lugar. ",
        "El trabajo se realizará en los cafetales de la Finca Santa Rosalía "
        "del Volcán, ubicada en el kilómetro 14 de la carretera a Las Brisas del Tacaná, "
        "municipio de Cacahoatán, Chiapas.",
    )
    cl(
        "TERCERA. De la duración. ",
        "Este contrato dura del 1 de noviembre de 2026 al 28 de "
        "febrero de 2027, al término de la cosecha.",
    )
    cl(
        "CUARTA. De la jornada. ",
        "La jornada es de 8 horas diarias, de las 6:00 a las 14:00 "
        "horas, de lunes a sábado, con media hora para tomar alimentos. El domingo es de descanso "
        "con goce de salario.",
    )
    cl(
        "QUINTA. Del salario. ",
        "EL PATRÓN pagará a EL TRABAJADOR $95.00 (noventa y cinco pesos "
        "00/100 M.N.) por cada caja de café cereza de aproximadamente 25 kilogramos, medida en el "
        "beneficio, sin que el salario diario pueda ser menor al salario mínimo general vigente.",
    )
    cl(
        "SEXTA. Del pago. ",
        "La raya se paga cada sábado por la tarde, en efectivo, en la "
        "oficina de la finca, y EL TRABAJADOR firmará la lista de raya.",
    )
    cl(
        "SÉPTIMA. De los descuentos. ",
        "Sólo se harán a EL TRABAJADOR los descuentos que "
        "siguen, de los que se da un ejemplo al final de este contrato:",
    )
    d.p(
        "a) "
        + d.F(
            "recruitment_fee",
            "Por la colocación, EL CONTRATISTA cobrará a cada trabajador $400.00 "
            "(cuatrocientos pesos), que EL PATRÓN descontará de la primera raya y le "
            "entregará directamente.",
            400,
            "MXN",
            page=1,
        ),
        size=9.8,
        indent=6,
        align="J",
        after=1,
    )
    d.p(
        "b) "
        + d.F(
            "meal_charge",
            "Las tortillas, el frijol y el café del comedor de la finca se cobrarán a "
            "$45.00 pesos por día trabajado.",
            45,
            "MXN",
            page=1,
        ),
        size=9.8,
        indent=6,
        align="J",
        after=1,
    )
    d.p(
        "c) "
        + d.F(
            "debt_bondage",
            "La tienda de la finca fiará víveres y artículos de uso personal a los "
            "trabajadores; lo fiado se descontará de cada raya con un recargo del 10 % por "
            "manejo.",
            page=1,
        ),
        size=9.8,
        indent=6,
        align="J",
        after=1,
    )
    d.p(
        "d) Las cuotas que correspondan al Instituto Mexicano del Seguro Social conforme a la ley.",
        size=9.8,
        indent=6,
        align="J",
        after=1.4,
    )
    cl(
        "OCTAVA. De la vivienda y las herramientas. ",
        "EL PATRÓN proporciona sin costo alguno "
        "alojamiento en las galeras de la finca, con agua y luz, así como los canastos, costales y "
        "lonas necesarios para el corte.",
    )
    cl(
        "NOVENA. De los documentos. ",
        "La Tarjeta de Visitante Trabajador Fronterizo se tramita "
        "sin costo ante el Instituto Nacional de Migración. EL TRABAJADOR conserva en su poder su "
        "tarjeta y su documento de identificación.",
    )
    cl(
        "DÉCIMA. De la rescisión. ",
        "EL PATRÓN podrá rescindir este contrato sin responsabilidad "
        "por las causas del artículo 47 de la Ley Federal del Trabajo, entre ellas tener más de "
        "tres faltas de asistencia en un periodo de treinta días sin permiso o sin causa "
        "justificada.",
    )
    cl(
        "DÉCIMA PRIMERA. Del regreso. ",
        d.F(
            "travel_cost",
            "Al terminar la temporada, EL TRABAJADOR regresará a su lugar de origen por sus "
            "propios medios y a su costa.",
            page=2,
        ),
    )
    cl(
        "DÉCIMA SEGUNDA. ",
        "Para lo no previsto en este contrato se estará a lo que dispone la "
        "Ley Federal del Trabajo, y las partes se someten a la Junta Local de Conciliación y "
        "Arbitraje con residencia en Tapachula, Chiapas.",
    )

    d.head("EJEMPLO DE RAYA SEMANAL (6 días trabajados)", size=10, before=2, after=1.5)
    d.grid(
        [
            ("Concepto", "Cálculo", "Importe"),
            ("Cajas de café cereza entregadas", "20 cajas × $95.00", "$1,900.00"),
            ("Comedor (tortillas, frijol y café)", "6 días × $45.00", "-$270.00"),
            ("Tienda de la finca (fiado de la semana + 10 %)", "$300.00 + $30.00", "-$330.00"),
            ("Colocación de EL CONTRATISTA (sólo primera raya)", "", "-$400.00"),
            ("Total a recibir", "", "$900.00"),
        ],
        widths=(80, 48, 34),
        size=9,
        fam="serif",
        head_fill=(228, 228, 228),
    )
    d.p(
        "Leído el presente contrato y explicado su contenido en español a EL TRABAJADOR, lo "
        "firman o estampan su huella quienes en él intervienen, en Cacahoatán, Chiapas, a 20 de "
        "octubre de 2026.",
        size=9.8,
        align="J",
    )
    d.sigblock(
        [
            ("EL PATRÓN", ["Ernesto Wulff Castellanos"]),
            ("EL TRABAJADOR", ["Baltazar Efraín Orozco Chilel", "(firma o huella)"]),
            ("EL CONTRATISTA", ["Audelino Fuentes Bámaca"]),
        ],
        fam="serif",
        size=8.2,
        height=15,
    )
    d.sigblock(
        [("TESTIGO", ["Margarita Pérez Roblero"]), ("TESTIGO", ["Anselmo Chávez Vázquez"])],
        fam="serif",
        size=8.2,
        height=13,
        line_w=55,
        gap=10,
    )

    d.present = {
        "employer_identity": "AGRÍCOLA CAFETALERA LOS NUBARRONES, S.P.R. DE R.L.",
        "worker_identity": "Baltazar Efraín Orozco Chilel",
        "job_duties": "cortar a mano el grano maduro",
        "work_location": "cafetales de la Finca Santa Rosalía del Volcán",
        "employment_period": "del 1 de noviembre de 2026 al 28 de febrero de 2027",
        "hours_of_work": "La jornada es de 8 horas diarias",
        "wage_rate": "$95.00 (noventa y cinco pesos 00/100 M.N.) por cada caja",
        "pay_frequency": "La raya se paga cada sábado",
        "deductions": "Sólo se harán a EL TRABAJADOR los descuentos que siguen",
        "termination": "causas del artículo 47 de la Ley Federal del Trabajo",
    }
    d.recruiters = ["Audelino Fuentes Bámaca"]
    d.traps = [
        "'depositarlo en su canasto' (deposit the coffee in the basket) is a job duty",
        "free lodging in the galeras with water and light; baskets and sacks free",
        "border-worker card obtained free of charge; worker keeps his card and ID",
        "statutory IMSS social-security contribution (not insurance_cost)",
        "worked pay-slip example repeats the labelled deductions",
        "'café' in the meal line and duties",
    ]
    return d


# ========================================================================================
# build + self-check
# ========================================================================================
BUILDERS = [ci01, ci02, ci03, ci04, ci05, ci06, ci07, ci08, ci09, ci10, ci11, ci12]


class PageText:
    """Normalised text of one page: the plain extraction first; column crops and table cells
    (for two-column and gridded layouts) are computed only when needed."""

    def __init__(self, page):
        self.page = page
        self.full = norm(page.extract_text() or "")
        self._extra = None

    @property
    def extra(self):
        if self._extra is None:
            p, out = self.page, []
            mid = p.width / 2
            for bbox in ((0, 0, mid, p.height), (mid, 0, p.width, p.height)):
                out.append(norm(p.crop(bbox).extract_text() or ""))
            for tb in p.extract_tables():
                for row in tb:
                    cells = [norm(c or "") for c in row]
                    out.extend(cells)
                    out.append(" ".join(c for c in cells if c))
            self._extra = out
        return self._extra

    def has(self, s):
        return s in self.full or any(s in v for v in self.extra)


def check_doc(doc, path, errors):
    name = doc.name
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        n = len(pages)
        for i, p in enumerate(pages, 1):
            if i in doc.scanned_pages:
                if p.chars or (p.extract_text() or "").strip():
                    errors.append(f"{name}: scanned page {i} has a text layer")
                if not p.images:
                    errors.append(f"{name}: scanned page {i} has no image")
                else:
                    im = p.images[0]
                    dpi = im["srcsize"][0] / (p.width / 72.0)
                    if dpi < 150:
                        errors.append(f"{name}: scanned page {i} only {dpi:.0f} dpi")
            elif not p.chars:
                errors.append(f"{name}: page {i} has no text layer")
        texts = [PageText(p) for p in pages]

        def where(s):
            return [i + 1 for i, t in enumerate(texts) if t.has(s)]

        for f in doc.fees:
            pg = f["page"]
            if not isinstance(pg, int) or not 1 <= pg <= n:
                errors.append(
                    f"{name}: fee {f['category']} has page {pg}; quote found on {where(f['quote'])}"
                )
                continue
            if pg in doc.scanned_pages:
                errors.append(f"{name}: fee {f['category']} is on the scanned page {pg}")
            if not texts[pg - 1].has(f["quote"]):
                errors.append(
                    f"{name}: quote of {f['category']} not on page {pg} (found on "
                    f"{where(f['quote'])}): {f['quote'][:70]}"
                )
            if f["amount"] is not None and not f["currency"]:
                errors.append(f"{name}: fee {f['category']} has an amount but no currency")
        scan_src = " ".join(doc.scanned_pages.values())
        for r in doc.recruiters:
            if not where(norm(r)):
                errors.append(f"{name}: recruiter not found in text: {r}")
        for term, snip in doc.present.items():
            s_ = norm(clean(snip))
            if s_ not in scan_src and not where(s_):
                errors.append(f"{name}: evidence for present term {term} not found: {snip}")
    return n


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    update = "--update-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    errors, labels = [], []
    for build in BUILDERS:
        doc = build()
        path = os.path.join(out, doc.name + ".pdf")
        doc.save(path)
        n = check_doc(doc, path, errors)
        labels.append(label_of(doc, n))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    committed = os.path.join(HERE, "labels.json")
    if update or not os.path.exists(committed):
        if not errors:
            with open(committed, "w", encoding="utf-8") as fh:
                json.dump(labels, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            print(f"wrote {committed}")
    else:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            olds = {d_["file"]: d_ for d_ in old}
            for lab in labels:
                o = olds.get(lab["file"])
                if o is None:
                    errors.append(f"labels.json: {lab['file']} missing from committed labels")
                    continue
                for k in lab:
                    if o.get(k) != lab[k]:
                        errors.append(f"labels.json: {lab['file']} differs in '{k}'")
            if len(old) != len(labels):
                errors.append("labels.json: committed file has a different number of documents")
            if not errors:
                errors.append("labels.json: committed labels differ from generated labels")
    for e in errors:
        print("ERROR:", e)
    print(
        f"{len(labels)} documents, {sum(len(l_['fees']) for l_ in labels)} fee labels, "
        f"{sum(len(l_['missing_terms']) for l_ in labels)} missing-term labels -> {out}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
