#!/usr/bin/env python3
"""heldout_ce: blind labelled batch of 12 recruitment documents for the contract checker.

Usage:  python build.py OUT_DIR [--update-labels]

Writes ce01.pdf ... ce12.pdf and labels.json into OUT_DIR (deterministic: fixed dates,
fixed seeds), then reopens every PDF with pdfplumber and checks page counts, that every
fee quote is printed verbatim (whitespace-normalised) on its page, that every recruiter
name and every piece of evidence for a present term is in the text, and that the scanned
page has no text layer.  The generated labels are compared with the committed
labels.json next to this file; any difference or failed check exits non-zero.
(--update-labels rewrites the committed labels.json instead of failing on a difference.)

All firms, people and addresses are invented.
"""

import datetime
import io
import json
import os
import random
import sys

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2026, 2, 2, 9, 30, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
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
TERMS = [  # (id, programs for which it is required)
    ("employer_identity", "h2a h2b generic"),
    ("worker_identity", "generic"),
    ("job_duties", "h2a h2b generic"),
    ("work_location", "h2a h2b generic"),
    ("employment_period", "h2a h2b generic"),
    ("hours_of_work", "h2a h2b generic"),
    ("wage_rate", "h2a h2b generic"),
    ("wage_adjustment", "h2a h2b"),
    ("overtime", "h2b"),
    ("pay_frequency", "h2a h2b generic"),
    ("deductions", "h2a h2b generic"),
    ("three_fourths_guarantee", "h2a h2b"),
    ("housing", "h2a"),
    ("meals", "h2a"),
    ("inbound_transportation", "h2a h2b"),
    ("return_transportation", "h2a h2b generic"),
    ("daily_transportation", "h2a"),
    ("visa_reimbursement", "h2b"),
    ("tools_provided", "h2a h2b"),
    ("workers_compensation", "h2a"),
    ("earnings_statements", "h2a h2b"),
    ("termination", "h2a h2b generic"),
    ("contract_impossibility", "h2a h2b"),
    ("job_requirements", "h2a h2b"),
]
TERM_ORDER = [t for t, _ in TERMS]
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "JMD", "NPR", "QAR", "HKD", "PHP", "EUR", "CAD"}


def required_terms(program):
    return [t for t, progs in TERMS if program in progs.split()]


def severity(program, category, passport_only=False):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def norm(s):
    return " ".join(s.replace("**", "").split())


# --------------------------------------------------------------------------------------
# small document engine on top of fpdf2
# --------------------------------------------------------------------------------------
class F:
    """A finding sentence printed in the document."""

    def __init__(self, category, quote, amount=None, currency=None, passport_only=False):
        assert category in CATEGORIES, category
        assert currency is None or currency in CURRENCIES, currency
        self.category, self.quote = category, quote
        self.amount = None if amount is None else float(amount)
        self.currency, self.passport_only = currency, passport_only
        self.page = None


class E:
    """Evidence that a mandatory term is stated with a concrete value."""

    def __init__(self, term, snippet):
        assert term in TERM_ORDER, term
        self.term, self.snippet, self.page = term, snippet, None


class _PDF(FPDF):
    def __init__(self, doc, **kw):
        super().__init__(**kw)
        self.doc = doc

    def header(self):
        if self.page_no() in self.doc.no_hf:
            return
        if self.doc.header_fn:
            self.doc.header_fn(self.doc)

    def footer(self):
        if self.page_no() in self.doc.no_hf:
            return
        notes = self.doc.footnotes.get(self.page_no())
        if notes:
            self.doc.draw_footnotes(notes)
        if self.doc.footer_fn:
            self.doc.footer_fn(self.doc)


HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))


class Doc:
    def __init__(
        self,
        file,
        program,
        language,
        doc_type,
        layout,
        fmt="letter",
        orient="P",
        margins=(20, 22, 20),
        bottom=20,
        recruiters=(),
        traps=(),
        missing=(),
        title="",
        author="",
    ):
        self.file, self.program, self.language = file, program, language
        self.doc_type, self.layout = doc_type, layout
        self.recruiters, self.traps, self.missing = list(recruiters), list(traps), list(missing)
        self.pdf = _PDF(self, orientation=orient, unit="mm", format=fmt)
        pdf = self.pdf
        pdf.set_creation_date(FIXED_DATE)
        pdf.set_title(title or file)
        if author:
            pdf.set_author(author)
        pdf.set_margins(margins[0], margins[1], margins[2])
        pdf.set_auto_page_break(True, margin=bottom)
        pdf.alias_nb_pages()
        self.fees, self.evidence = [], []
        self.footnotes, self.no_hf, self.scanned_pages = {}, set(), []
        self.header_fn = self.footer_fn = None
        self.foot_size = 7.5
        self._fonts()

    # fonts -----------------------------------------------------------------------------
    FONT_SPEC = {
        "sans": ("DejaVuSans", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
        "cond": (
            "DejaVuSansCondensed",
            {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"},
        ),
        "serif": ("DejaVuSerif", {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
        "mono": ("DejaVuSansMono", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    }
    CORE = {"sans": "helvetica", "serif": "times", "cond": "helvetica", "mono": "courier"}

    def _fonts(self):
        self._loaded = set()

    def font(self, family="sans", style="", size=10):
        if not HAVE_DEJAVU:  # core-font fallback (no Unicode symbols)
            self.pdf.set_font(self.CORE[family], style, size)
            return
        if (family, style) not in self._loaded:  # register lazily: loading TTFs is slow
            base, styles = self.FONT_SPEC[family]
            self.pdf.add_font(family, style, os.path.join(FONT_DIR, base + styles[style] + ".ttf"))
            self._loaded.add((family, style))
        self.pdf.set_font(family, style, size)

    def color(self, rgb=(0, 0, 0)):
        self.pdf.set_text_color(*rgb)

    # registration ------------------------------------------------------------------------
    def _reg(self, text, fees=(), ev=()):
        t = norm(text)
        for f in fees:
            assert norm(f.quote) in t, (self.file, f.quote)
            f.page = self.pdf.page_no()
            self.fees.append(f)
        for e in ev:
            assert norm(e.snippet) in t, (self.file, e.snippet)
            e.page = self.pdf.page_no()
            self.evidence.append(e)

    @property
    def trigger(self):
        return self.pdf.page_break_trigger

    def add_page(self, **kw):
        self.pdf.add_page(**kw)

    def space(self, h):
        if self.pdf.get_y() + h < self.trigger:
            self.pdf.ln(h)

    def ensure(self, h):
        if self.pdf.get_y() + h > self.trigger:
            self.add_page()

    # paragraphs --------------------------------------------------------------------------
    def para(
        self,
        text,
        size=10,
        style="",
        family="sans",
        align="J",
        lh=None,
        w=0,
        x=None,
        fees=(),
        ev=(),
        after=1.6,
        rgb=(0, 0, 0),
        markdown=False,
        fill=None,
        border=0,
        indent=0,
    ):
        pdf = self.pdf
        self.font(family, style, size)
        lh = lh or size * 0.46
        if x is None:
            x = pdf.l_margin + indent
        if w == 0:
            w = pdf.w - pdf.r_margin - x
        h = pdf.multi_cell(
            w, lh, text, dry_run=True, output="HEIGHT", markdown=markdown, align=align
        )
        if pdf.get_y() + h > self.trigger:
            self.add_page()
        pdf.set_x(x)
        self.color(rgb)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(
            w,
            lh,
            text,
            align=align,
            markdown=markdown,
            fill=bool(fill),
            border=border,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.color()
        self._reg(text, fees, ev)
        if after:
            self.space(after)

    def heading(
        self,
        text,
        size=11,
        style="B",
        family="sans",
        rgb=(0, 0, 0),
        fill=None,
        after=1.5,
        before=2.0,
        align="L",
        keep=18,
    ):
        self.space(before)
        self.ensure(keep)
        self.para(
            text,
            size=size,
            style=style,
            family=family,
            rgb=rgb,
            fill=fill,
            after=after,
            align=align,
        )

    def rule(self, rgb=(120, 120, 120), width=0.3, gap=1.5):
        pdf = self.pdf
        pdf.set_draw_color(*rgb)
        pdf.set_line_width(width)
        y = pdf.get_y()
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        self.space(gap)

    # tables ------------------------------------------------------------------------------
    def table(
        self,
        rows,
        widths,
        header=None,
        size=8.8,
        family="sans",
        lh=None,
        grid=True,
        hlines=False,
        head_fill=(215, 215, 215),
        head_rgb=(0, 0, 0),
        zebra=None,
        pad=1.3,
        aligns=None,
        styles=None,
        row_fees=None,
        row_ev=None,
        x=None,
        first_fill=None,
        after=2.5,
        line_rgb=(0, 0, 0),
        valign_top=True,
    ):
        pdf = self.pdf
        lh = lh or size * 0.47
        row_fees, row_ev = row_fees or {}, row_ev or {}
        x0 = pdf.l_margin if x is None else x
        aligns = aligns or ["L"] * len(widths)
        styles = styles or [""] * len(widths)

        def cell_h(txt, w, st):
            self.font(family, st, size)
            return pdf.multi_cell(w - 2 * pad, lh, txt, dry_run=True, output="HEIGHT", align="L")

        def draw_row(cells, bold=False, fill=None, rgb=(0, 0, 0)):
            sts = ["B"] * len(cells) if bold else styles
            hs = [cell_h(c, w, s) for c, w, s in zip(cells, widths, sts)]
            rh = max(hs) + 2 * pad
            if pdf.get_y() + rh > self.trigger:
                self.add_page()
                if header and not bold:
                    draw_row(header, bold=True, fill=head_fill, rgb=head_rgb)
            y = pdf.get_y()
            xx = x0
            pdf.set_draw_color(*line_rgb)
            pdf.set_line_width(0.25)
            for i, (c, w) in enumerate(zip(cells, widths)):
                f = fill
                if i == 0 and first_fill and not bold:
                    f = first_fill
                if f:
                    pdf.set_fill_color(*f)
                    pdf.rect(xx, y, w, rh, style="F")
                if grid:
                    pdf.rect(xx, y, w, rh)
                self.font(family, sts[i], size)
                self.color(rgb)
                pdf.set_xy(xx + pad, y + pad)
                pdf.multi_cell(
                    w - 2 * pad,
                    lh,
                    c,
                    align=aligns[i] if not bold else "L",
                    new_x=XPos.RIGHT,
                    new_y=YPos.TOP,
                )
                xx += w
            if hlines and not grid:
                pdf.line(x0, y + rh, x0 + sum(widths), y + rh)
            self.color()
            pdf.set_draw_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin, y + rh)

        if header:
            draw_row(header, bold=True, fill=head_fill, rgb=head_rgb)
            if hlines and not grid:
                pass
        for i, r in enumerate(rows):
            fill = zebra if (zebra and i % 2 == 1) else None
            draw_row(r, fill=fill)
            self._reg(" ".join(r), row_fees.get(i, ()), row_ev.get(i, ()))
        self.space(after)

    # two-column flow -----------------------------------------------------------------------
    def columns(self, blocks, ncols=2, gutter=7, rule_between=False, balance=True):
        """blocks: dicts with text and para options; each block stays in one column."""
        pdf = self.pdf
        usable = pdf.w - pdf.l_margin - pdf.r_margin
        cw = (usable - gutter * (ncols - 1)) / ncols
        col, top = 0, pdf.get_y()
        y, maxy = top, top

        def colx(c):
            return pdf.l_margin + c * (cw + gutter)

        def bh(b):
            size = b.get("size", 9.5)
            self.font(b.get("family", "sans"), b.get("style", ""), size)
            return pdf.multi_cell(
                cw,
                b.get("lh", size * 0.46),
                b["text"],
                dry_run=True,
                output="HEIGHT",
                markdown=b.get("markdown", False),
                align=b.get("align", "J"),
            ) + b.get("after", 1.8)

        target = sum(bh(b) for b in blocks) / ncols if balance else None
        for b in blocks:
            if target and col < ncols - 1 and y > top and y - top + bh(b) / 2 > target:
                if rule_between:
                    pdf.line(colx(col) + cw + gutter / 2, top, colx(col) + cw + gutter / 2, maxy)
                col += 1
                y = top
            size = b.get("size", 9.5)
            fam, st = b.get("family", "sans"), b.get("style", "")
            lh = b.get("lh", size * 0.46)
            md = b.get("markdown", False)
            self.font(fam, st, size)
            h = pdf.multi_cell(
                cw,
                lh,
                b["text"],
                dry_run=True,
                output="HEIGHT",
                markdown=md,
                align=b.get("align", "J"),
            )
            if y + h > self.trigger:
                if rule_between and col < ncols - 1:
                    pdf.line(colx(col) + cw + gutter / 2, top, colx(col) + cw + gutter / 2, maxy)
                col += 1
                if col == ncols:
                    self.add_page()
                    col, top = 0, pdf.get_y()
                    maxy = top
                y = top
            pdf.set_xy(colx(col), y)
            self.font(fam, st, size)
            self.color(b.get("rgb", (0, 0, 0)))
            pdf.multi_cell(
                cw,
                lh,
                b["text"],
                align=b.get("align", "J"),
                markdown=md,
                new_x=XPos.LEFT,
                new_y=YPos.NEXT,
            )
            self.color()
            self._reg(b["text"], b.get("fees", ()), b.get("ev", ()))
            for note in b.get("notes", ()):
                self.footnote(*note)
            y = pdf.get_y() + b.get("after", 1.8)
            maxy = max(maxy, y)
        pdf.set_xy(pdf.l_margin, maxy)

    # footnotes -----------------------------------------------------------------------------
    def footnote(self, text, fees=(), ev=()):
        self.footnotes.setdefault(self.pdf.page_no(), []).append(text)
        self._reg(text, fees, ev)

    def draw_footnotes(self, notes):
        pdf = self.pdf
        self.font("sans", "", self.foot_size)
        lh = self.foot_size * 0.45
        w = pdf.w - pdf.l_margin - pdf.r_margin
        total = sum(pdf.multi_cell(w, lh, n, dry_run=True, output="HEIGHT") for n in notes)
        y0 = pdf.h - self.foot_bottom - total
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, y0 - 1.5, pdf.l_margin + 50, y0 - 1.5)
        pdf.set_xy(pdf.l_margin, y0)
        for n in notes:
            pdf.multi_cell(w, lh, n, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    foot_bottom = 16

    # misc drawing ----------------------------------------------------------------------------
    def sig_block(self, parties, cols=None, line_w=None, gap=14, size=8.5, family="sans"):
        """parties: list of (caption, name, role) - drawn as signature lines in a grid."""
        pdf = self.pdf
        cols = cols or len(parties)
        usable = pdf.w - pdf.l_margin - pdf.r_margin
        cw = usable / cols
        lw = line_w or cw - 8
        rows = [parties[i : i + cols] for i in range(0, len(parties), cols)]
        for r in rows:
            need = gap + 14
            self.ensure(need)
            y = pdf.get_y() + gap
            for i, (cap, name, role) in enumerate(r):
                x = pdf.l_margin + i * cw
                if cap:
                    self.font(family, "B", size)
                    pdf.set_xy(x, y - gap)
                    pdf.multi_cell(
                        cw - 4, size * 0.45, cap, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                    )
                pdf.set_line_width(0.25)
                pdf.line(x, y + 4, x + lw, y + 4)
                self.font(family, "", size)
                pdf.set_xy(x, y + 5)
                txt = name + ("\n" + role if role else "")
                pdf.multi_cell(
                    cw - 4, size * 0.45, txt, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
                )
            pdf.set_xy(pdf.l_margin, y + 16)

    def box(self, x, y, w, h, label="", size=7):
        pdf = self.pdf
        pdf.rect(x, y, w, h)
        if label:
            self.font("sans", "", size)
            pdf.set_xy(x, y + h + 0.8)
            pdf.cell(w, 3, label, align="C")

    # scanned pages ---------------------------------------------------------------------------
    def scan_page(self, jpeg_bytes):
        nxt = self.pdf.page_no() + 1
        self.no_hf.add(nxt)
        self.pdf.set_auto_page_break(False)
        self.add_page()
        self.pdf.image(io.BytesIO(jpeg_bytes), x=0, y=0, w=self.pdf.w, h=self.pdf.h)
        self.scanned_pages.append(nxt)

    # output ----------------------------------------------------------------------------------
    def save(self, out_dir):
        self.pdf.output(os.path.join(out_dir, self.file))
        self.pages = self.pdf.pages_count

    def label(self):
        fees = sorted(self.fees, key=lambda f: f.page)
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scanned_pages),
            "pages": self.pages,
            "fees": [
                {
                    "category": f.category,
                    "severity": severity(self.program, f.category, f.passport_only),
                    "page": f.page,
                    "amount": f.amount,
                    "currency": f.currency,
                    "quote": norm(f.quote),
                }
                for f in fees
            ],
            "missing_terms": [t for t in TERM_ORDER if t in self.missing],
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


def band(doc, y, h, rgb):
    pdf = doc.pdf
    pdf.set_fill_color(*rgb)
    pdf.rect(0, y, pdf.w, h, style="F")


# ======================================================================================
# Scanned-page rasteriser (Pillow)
# ======================================================================================
class Scan:
    """Draws a page as a 200-dpi grey image, then rotates, blurs and adds grain."""

    DPI = 200

    def __init__(self, w_in=8.5, h_in=11.0, seed=1):
        from PIL import Image, ImageDraw

        self.W, self.H = int(w_in * self.DPI), int(h_in * self.DPI)
        self.img = Image.new("L", (self.W, self.H), 248)
        self.d = ImageDraw.Draw(self.img)
        self.rng = random.Random(seed)
        self.y = 150
        self.left, self.right = 190, self.W - 190

    def _font(self, size, bold=False, serif=False):
        from PIL import ImageFont

        name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
        return ImageFont.truetype(os.path.join(FONT_DIR, name), int(size * self.DPI / 72))

    def text(self, s, size=10, bold=False, x=None, gap=1.4, center=False, ink=30, serif=False):
        f = self._font(size, bold, serif)
        x = self.left if x is None else x
        maxw = self.right - x
        lines, cur = [], ""
        for word in s.split(" "):
            t = (cur + " " + word).strip()
            if f.getlength(t) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
        step = size * self.DPI / 72 * gap
        for ln in lines:
            xx = x
            if center:
                xx = (self.W - f.getlength(ln)) / 2
            self.d.text((xx, self.y), ln, fill=ink, font=f)
            self.y += step
        return self

    def skip(self, px):
        self.y += px

    def hline(self, x0, x1, y=None, width=3, ink=40):
        y = self.y if y is None else y
        self.d.line([(x0, y), (x1, y)], fill=ink, width=width)

    def rect(self, x0, y0, x1, y1, width=3, ink=40):
        self.d.rectangle([x0, y0, x1, y1], outline=ink, width=width)

    def scribble(self, x0, y0, w, h, ink=35):
        """A pen signature: a few loops drawn as a polyline."""
        pts = []
        n = 34
        for i in range(n):
            t = i / (n - 1)
            x = x0 + t * w + self.rng.uniform(-10, 10)
            y = y0 + h / 2 + (h / 2) * (0.8 if i % 2 else -0.8) * self.rng.uniform(0.3, 1.0)
            pts.append((x, y))
        self.d.line(pts, fill=ink, width=4, joint="curve")
        self.d.line([(x0 - 10, y0 + h * 0.9), (x0 + w * 1.05, y0 + h * 0.75)], fill=ink, width=3)

    def thumbprint(self, cx, cy, rx=70, ry=95):
        for k in range(14):
            f = 1 - k / 15
            bbox = [cx - rx * f, cy - ry * f, cx + rx * f, cy + ry * f]
            start = self.rng.uniform(0, 60)
            self.d.arc(
                bbox,
                start=start,
                end=start + self.rng.uniform(250, 330),
                fill=self.rng.choice([60, 75, 90]),
                width=5,
            )

    def jpeg(self, angle=0.6, blur=0.75, quality=74):
        from PIL import Image, ImageChops, ImageFilter

        img = self.img.rotate(angle, resample=Image.BICUBIC, fillcolor=248)
        img = img.filter(ImageFilter.GaussianBlur(blur))
        raw = self.rng.randbytes(self.W * self.H)
        noise = Image.frombytes("L", (self.W, self.H), raw)
        grain = noise.point(lambda v: max(0, v - 228))  # 0..27 on ~11% of pixels
        specks = noise.point(lambda v: 150 if v == 7 else 0)  # rare dark specks
        img = ImageChops.subtract(img, grain)
        img = ImageChops.subtract(img, specks.filter(ImageFilter.GaussianBlur(0.6)))
        # slightly darker scanner edge on the left
        edge = Image.linear_gradient("L").rotate(90, expand=True).resize((60, self.H))
        edge = edge.point(lambda v: int(v * 0.18))
        img.paste(ImageChops.subtract(img.crop((0, 0, 60, self.H)), edge), (0, 0))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=quality, dpi=(self.DPI, self.DPI))
        return buf.getvalue()


# ======================================================================================
# ce01  h2a / en / compliant clearance order
# ======================================================================================
def ce01():
    d = Doc(
        "ce01.pdf",
        "h2a",
        "en",
        "clearance_order",
        "letter; repeated header band and footer; numbered sections; gridded worksite and "
        "piece-rate tables; two-column assurances; page footnotes; signature block",
        margins=(19, 27, 19),
        bottom=30,
        recruiters=["Enlace Campo Noroeste, S.C."],
        traps=[
            "'sorting-table feeder' is a job word, not a fee",
            "optional cookhouse plan at $14.00 a day, below the DOL cap (lawful h2a meal charge)",
            "housing free: no rent, utilities, bedding or deposit",
            "employer pays every pay-card and transfer fee (direct deposit)",
            "visa fee reimbursed with the first paycheck; inbound travel reimbursed",
            "tools, gloves and rain jackets free, no deposit; breakage never charged",
            "employer pays the whole workers' compensation premium, including the share the law lets it take from wages",
            "agent's service fee paid by the employer; no money from workers",
            "workers keep passports; lockable storage with the worker's own key",
            "no blacklisting for complaints",
            "no curfew; residents come and go",
        ],
        missing=[],
        title="Clearance order WA-2026-118204 - terms and conditions",
        author="Cascabel Ridge Orchards HR",
    )
    pdf = d.pdf

    def header(doc):
        band(doc, 0, 15, (46, 84, 64))
        doc.font("sans", "B", 9)
        doc.color((255, 255, 255))
        pdf.set_xy(19, 5)
        pdf.cell(90, 5, "Cascabel Ridge Orchards, LLC")
        doc.font("sans", "", 8)
        pdf.set_xy(pdf.w - 19 - 100, 5)
        pdf.cell(100, 5, "H-2A Clearance Order WA-2026-118204 · Attachment to ETA-790A", align="R")
        doc.color()
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("sans", "", 7.5)
        doc.color((90, 90, 90))
        pdf.set_draw_color(46, 84, 64)
        pdf.line(19, pdf.h - 13, pdf.w - 19, pdf.h - 13)
        pdf.set_xy(19, pdf.h - 12)
        pdf.cell(80, 4, "Worker copy · 2026 tree-fruit harvest")
        pdf.set_xy(pdf.w - 19 - 60, pdf.h - 12)
        pdf.cell(60, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")
        doc.color()

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    green = (46, 84, 64)
    d.para(
        "AGRICULTURAL CLEARANCE ORDER\nTERMS AND CONDITIONS OF EMPLOYMENT",
        size=14,
        style="B",
        align="C",
        rgb=green,
        after=1,
    )
    d.para(
        "This order sets out the work, pay, housing and travel offered to U.S. and H-2A "
        "workers for the 2026 pear and apple harvest. A worker who does not receive a "
        "separate written contract should keep this order: it is his or her work "
        "contract.",
        size=9,
        style="I",
        align="C",
        after=3,
    )

    def H(t):
        return d.heading(t, size=10.5, rgb=green, before=1.5, after=1)

    H("A. EMPLOYER")
    d.para(
        "Cascabel Ridge Orchards, LLC, 1180 Old Monitor Road, Cashmere, Washington 98815. "
        "Telephone (509) 555-0187. Contact: Marisol Teague-Ybarra, Human Resources.",
        size=9.5,
        ev=[
            E(
                "employer_identity",
                "Cascabel Ridge Orchards, LLC, 1180 Old Monitor Road, Cashmere, Washington 98815",
            )
        ],
    )

    H("B. THE JOB")
    d.para("Job title: Farmworker, tree-fruit harvest (SOC 45-2092.02)¹; 64 openings.", size=9.5)
    d.para(
        "Duties: pick Bartlett and Anjou pears and Gala, Honeycrisp and Fuji apples by hand "
        "into a picking bag worn on the chest, working from 10- to 14-foot orchard ladders; "
        "empty bags gently into bins without bruising the fruit; move ladders from tree to "
        "tree; clear drops and prunings from the rows. On rain days, crews work at the "
        "packing shed dumping bins onto the flume and keeping the sorting-table feeder "
        "clear of leaves and stems.",
        size=9.5,
        ev=[
            E(
                "job_duties",
                "pick Bartlett and Anjou pears and Gala, Honeycrisp and Fuji apples by hand",
            )
        ],
    )
    d.para(
        "Requirements: at least three months of paid experience picking tree fruit from a "
        "ladder, and the ability to carry a full picking bag of about 40 pounds. No "
        "schooling or certificate is required; ladder safety is taught on the first day.",
        size=9.5,
        ev=[
            E(
                "job_requirements",
                "at least three months of paid experience picking tree fruit from a ladder",
            )
        ],
    )
    d.footnote("¹ Standard Occupational Classification code used by the U.S. Department of Labor.")

    H("C. WHERE THE WORK IS DONE")
    d.table(
        [
            ["Home ranch", "1180 Old Monitor Road, Cashmere, WA 98815", "Pears, apples"],
            ["Mission Flats block", "7420 Larkspur Creek Road, Cashmere, WA 98815", "Apples"],
            ["Granite Bench lease", "3306 Granite Bench Road, Wenatchee, WA 98801", "Pears"],
            [
                "Packing shed (rain days)",
                "1196 Old Monitor Road, Cashmere, WA 98815",
                "All varieties",
            ],
        ],
        [45, 85, 47.9],
        header=["Site", "Address", "Crops"],
        head_fill=(206, 224, 211),
        size=8.8,
        row_ev={
            1: [
                E(
                    "work_location",
                    "Mission Flats block 7420 Larkspur Creek Road, Cashmere, WA 98815",
                )
            ]
        },
    )

    H("D. DATES AND HOURS")
    d.para(
        "Contract period: August 17, 2026 through November 13, 2026.",
        size=9.5,
        ev=[E("employment_period", "August 17, 2026 through November 13, 2026")],
    )
    d.para(
        "Hours: 40 hours per week, Monday through Friday, 6:30 a.m. to 3:00 p.m. with a "
        "30-minute unpaid lunch. There is no scheduled work on Saturday or Sunday; in a frost "
        "emergency Saturday work may be offered, and it is voluntary.",
        size=9.5,
        ev=[E("hours_of_work", "40 hours per week, Monday through Friday, 6:30 a.m. to 3:00 p.m.")],
    )

    H("E. PAY")
    d.para(
        "Hourly rate: $19.82 per hour. When the crew picks by the bin, each worker's "
        "piece-rate earnings for the pay period are compared with his or her hours times "
        "$19.82, and the worker receives whichever amount is higher.",
        size=9.5,
        ev=[E("wage_rate", "Hourly rate: $19.82 per hour.")],
    )
    d.footnote("² A bin holds about 24 cubic feet, roughly 900 pounds of fruit.")
    d.table(
        [
            ["Bartlett pears", "$30.00", "24 cu. ft. bin²"],
            ["Anjou pears", "$28.00", "24 cu. ft. bin"],
            ["Gala apples", "$26.00", "24 cu. ft. bin"],
            ["Honeycrisp apples (two picks)", "$34.00", "24 cu. ft. bin"],
            ["Fuji apples", "$25.00", "24 cu. ft. bin"],
        ],
        [70, 40, 50],
        header=["Variety", "Piece rate per bin", "Unit"],
        head_fill=(206, 224, 211),
        size=8.8,
        aligns=["L", "R", "L"],
        x=19,
    )
    d.para(
        "Rate changes: if a higher Adverse Effect Wage Rate, prevailing wage or Washington "
        "minimum wage takes effect during the contract, the Employer pays at least that "
        "higher rate from its effective date.",
        size=9.5,
        ev=[
            E(
                "wage_adjustment",
                "the Employer pays at least that higher rate from its effective date",
            )
        ],
    )
    d.para(
        "Paydays: every Friday, for the workweek that ended the previous Sunday. Wages go by "
        "direct deposit to the worker's own bank account or onto a pay card, as the worker "
        "chooses; the Employer pays every card or transfer fee, including one free cash "
        "withdrawal per payday.",
        size=9.5,
        ev=[E("pay_frequency", "Paydays: every Friday")],
    )
    d.para(
        "Pay statements: with each payment the worker receives a written statement showing "
        "hours offered, hours actually worked, bins picked by variety, hourly and piece "
        "rates, gross pay, each deduction and net pay, and the Employer's name, address and "
        "tax identification number.",
        size=9.5,
        ev=[
            E(
                "earnings_statements",
                "with each payment the worker receives a written statement showing hours offered, hours actually worked",
            )
        ],
    )
    d.para(
        "Deductions: only these amounts are taken from pay: federal income tax when the "
        "worker asks for it in writing; amounts a court or government agency orders; and "
        "the optional cookhouse plan in Section F for workers who sign up for it. No Social "
        "Security or Medicare tax is withheld from H-2A wages.",
        size=9.5,
        ev=[
            E(
                "deductions",
                "only these amounts are taken from pay: federal income tax when the worker asks for it in writing",
            )
        ],
    )
    d.para(
        "Three-fourths guarantee: the Employer will offer each worker employment for at "
        "least 75 percent of the workdays between the first workday and November 13, 2026, "
        "counted in hours. If fewer hours are offered, the worker is paid the amount he or "
        "she would have earned for the missing hours.",
        size=9.5,
        ev=[E("three_fourths_guarantee", "at least 75 percent of the workdays")],
    )

    H("F. HOUSING, MEALS AND TRANSPORTATION")
    d.para(
        "Housing: furnished free of charge (no rent, utilities, bedding or deposit) at "
        "Cascabel Ridge Camp, 1202 Old Monitor Road, Cashmere, to every worker who cannot "
        "reasonably return to his or her residence each day. The camp passed its "
        "pre-occupancy inspection by the Washington State Department of Health on July 22, "
        "2026.",
        size=9.5,
        ev=[
            E(
                "housing",
                "Housing: furnished free of charge (no rent, utilities, bedding or deposit) at Cascabel Ridge Camp",
            )
        ],
    )
    d.para(
        "Meals: every cabin has a kitchen with range, refrigerator, pots and utensils at no "
        "cost. Workers who would rather eat cooked meals may join the optional cookhouse "
        "plan at $14.00 per day for three meals, which is below the maximum meal charge the "
        "Department of Labor allows for 2026; a worker may leave the plan with one week's "
        "notice.",
        size=9.5,
        ev=[
            E(
                "meals",
                "every cabin has a kitchen with range, refrigerator, pots and utensils at no cost",
            )
        ],
    )
    d.para(
        "Daily transportation: company buses and vans carry workers between the camp and "
        "every worksite, morning and afternoon, at no cost to the workers.",
        size=9.5,
        ev=[
            E(
                "daily_transportation",
                "company buses and vans carry workers between the camp and every worksite, morning and afternoon, at no cost to the workers",
            )
        ],
    )
    d.para(
        "Travel to the job: a worker who completes 50 percent of the contract period is "
        "reimbursed for reasonable transportation and daily subsistence from the place of "
        "recruitment to Cashmere, unless the Employer paid them in advance. Subsistence is "
        "repaid at no less than the federal minimum daily amount, and up to the federal "
        "maximum with receipts. Inbound costs that would push the first week's pay below the "
        "federal minimum wage are repaid in the first workweek, and the consular visa fee is "
        "repaid in full with the first paycheck.",
        size=9.5,
        ev=[
            E(
                "inbound_transportation",
                "is reimbursed for reasonable transportation and daily subsistence from the place of recruitment to Cashmere",
            )
        ],
    )
    d.para(
        "Travel home: a worker who completes the contract, or who is let go early for any "
        "reason other than cause, receives return transportation and subsistence to the "
        "place from which he or she came.",
        size=9.5,
        ev=[
            E(
                "return_transportation",
                "receives return transportation and subsistence to the place from which he or she came",
            )
        ],
    )
    d.para(
        "Tools: ladders, picking bags, bins, pruning shears, gloves and rain jackets are "
        "supplied at no charge and without any deposit. Normal wear and accidental breakage "
        "are never charged to workers.",
        size=9.5,
        ev=[
            E(
                "tools_provided",
                "ladders, picking bags, bins, pruning shears, gloves and rain jackets are supplied at no charge",
            )
        ],
    )
    d.para(
        "Workers' compensation: every worker is covered for work injuries and illness under "
        "the Washington State Department of Labor & Industries industrial insurance program, "
        "account 611-340-77. The Employer pays the entire premium, including the share the "
        "law would allow it to take from wages.",
        size=9.5,
        ev=[
            E(
                "workers_compensation",
                "covered for work injuries and illness under the Washington State Department of Labor & Industries industrial insurance program",
            )
        ],
    )

    H("G. EMPLOYER ASSURANCES")
    d.columns(
        [
            dict(
                text="**No fees.** Neither the Employer nor Enlace Campo Noroeste, S.C., the agent "
                "that recruits for it in Sinaloa and Sonora, may ask a worker for money, goods "
                "or free labor in exchange for this job. The Employer pays the agent's full "
                "service fee, and the agent's contract forbids it to collect anything from "
                "workers.",
                markdown=True,
                size=9,
            ),
            dict(
                text="**Documents.** Workers keep their own passports and visas. Each cabin has "
                "lockable storage, and only the worker holds the key.",
                markdown=True,
                size=9,
            ),
            dict(
                text="**Complaints.** No worker will be fired, blacklisted or denied future work "
                "for filing a complaint, talking to a lawyer or a union, or testifying in a "
                "proceeding.",
                markdown=True,
                size=9,
            ),
            dict(
                text="**Coming and going.** Camp residents come and go as they wish. There is no "
                "curfew, and visitors are welcome in the common room until 10 p.m.",
                markdown=True,
                size=9,
            ),
            dict(
                text="**Language.** Every worker receives this order in Spanish before the visa "
                "interview, and again on the first day of work.",
                markdown=True,
                size=9,
            ),
            dict(
                text="**Records.** The Employer keeps payroll records for three years and shows "
                "each worker his or her own records on request.",
                markdown=True,
                size=9,
            ),
        ],
        ncols=2,
        gutter=8,
        rule_between=True,
    )

    H("H. WHEN THE JOB ENDS EARLY")
    d.para(
        "Abandonment and dismissal: a worker who fails to report for work for five "
        "consecutive workdays without the Employer's consent is considered to have abandoned "
        "the job, and the Employer will notify the Department of Labor and the Department of "
        "Homeland Security within two business days. A worker dismissed for cause receives "
        "the reason in writing. In either case the three-fourths guarantee and the paid trip "
        "home no longer apply.",
        size=9.5,
        ev=[
            E(
                "termination",
                "a worker who fails to report for work for five consecutive workdays without the Employer's consent is considered to have abandoned the job",
            )
        ],
    )
    d.para(
        "Fire, flood or other disaster: if fire, flood, hail, freeze or another Act of God "
        "makes it impossible to go on with the work and the Department of Labor agrees, the "
        "contract may end early. Each worker is then paid the three-fourths guarantee up to "
        "the end date, plus return transportation and subsistence, and the Employer will try "
        "to find the worker other farm work.",
        size=9.5,
        ev=[
            E(
                "contract_impossibility",
                "if fire, flood, hail, freeze or another Act of God makes it impossible to go on with the work",
            )
        ],
    )

    d.space(3)
    d.para("Issued for the Employer on June 30, 2026.", size=9)
    d.sig_block(
        [
            ("For Cascabel Ridge Orchards, LLC", "Marisol Teague-Ybarra", "Human Resources"),
            ("Worker", "Name: ____________________", "Date received: __________"),
        ],
        gap=12,
    )
    return d


# ======================================================================================
# ce02  h2a / es / recruiter registration form, page 3 scanned
# ======================================================================================
def ce02():
    rec = "Gestoría Agrícola del Altiplano, S.C."
    d = Doc(
        "ce02.pdf",
        "h2a",
        "es",
        "recruiter_registration_form",
        "letter; registration form with gridded fields and ☒/☐ checkboxes; cost table with "
        "'who pays' column and notes; page 3 is an image-only scan (signed annex, thumbprint)",
        margins=(17, 30, 17),
        bottom=20,
        recruiters=[rec],
        traps=[
            "inbound bus to Monterrey and hotel for the consular appointment paid or reimbursed by the employer",
            "free housing in Georgia (no rent)",
            "free daily bus to the fields",
            "copies and photographs at no cost",
            "return trip paid by the employer",
            "original passport kept by the worker; recruiter keeps only a copy (scanned annex)",
        ],
        missing=[
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        title="Ficha de registro GAA-0347/26",
    )
    pdf = d.pdf
    wine = (122, 28, 46)

    def header(doc):
        doc.font("serif", "B", 13)
        doc.color(wine)
        pdf.set_xy(17, 9)
        pdf.cell(0, 6, rec)
        doc.font("sans", "", 7.5)
        doc.color((60, 60, 60))
        pdf.set_xy(17, 15.5)
        pdf.cell(
            0,
            4,
            "Reclutamiento y gestoría para trabajo agrícola temporal en EE. UU. · "
            "Tel. 493 555 0146 · WhatsApp 493 555 0199",
        )
        pdf.set_draw_color(*wine)
        pdf.set_line_width(0.8)
        pdf.line(17, 21.5, pdf.w - 17, 21.5)
        pdf.set_line_width(0.2)
        doc.font("sans", "B", 8)
        pdf.set_xy(pdf.w - 17 - 50, 9)
        pdf.cell(50, 5, "Folio: GAA-0347/26", align="R")
        doc.color()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("sans", "", 7)
        doc.color((80, 80, 80))
        pdf.set_xy(17, pdf.h - 13)
        pdf.cell(
            0,
            4,
            "Av. Hidalgo 418, int. 3, Col. Centro, Fresnillo, Zac. · "
            f"Hoja {pdf.page_no()} de {{nb}}",
            align="C",
        )
        doc.color()

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para("FICHA DE REGISTRO Y COMPROMISO DEL ASPIRANTE", size=13, style="B", align="C", after=0.5)
    d.para(
        "Programa de trabajo agrícola temporal con visa H-2A · Temporada 2026",
        size=9.5,
        align="C",
        after=3,
    )

    def sec(t):
        d.space(1.5)
        d.para(t, size=9.5, style="B", fill=(238, 222, 226), rgb=wine, after=1.2)

    sec("I. DATOS DEL ASPIRANTE")
    d.table(
        [
            ["Nombre completo", "Ulises Carmona Villagrana", "CURP", "CAVU920314HZSRLL07"],
            [
                "Domicilio",
                "Calle Zaragoza 27, Col. Las Huertas, Valparaíso, Zac.",
                "Teléfono",
                "498 555 0192",
            ],
            ["Fecha de nacimiento", "14/03/1992", "Estado civil", "Casado"],
            [
                "Pasaporte",
                "G33817402 (vigente hasta 2031)",
                "Temporadas previas",
                "2 (Georgia 2024 y 2025)",
            ],
        ],
        [34, 70, 30, 47.9],
        size=8.5,
        first_fill=(245, 245, 245),
        styles=["B", "", "B", ""],
    )
    d.para(
        "¿Ha trabajado antes con visa H-2A?   ☒ Sí   ☐ No          "
        "¿Le han negado alguna visa?   ☐ Sí   ☒ No\n"
        "¿Cuenta con licencia de manejo?   ☐ Sí   ☒ No          "
        "¿Tiene familiares en EE. UU.?   ☐ Sí   ☒ No",
        size=8.8,
        align="L",
        lh=5,
        after=2,
    )

    sec("II. DATOS DE LA OFERTA DE TRABAJO")
    d.table(
        [
            [
                "Patrón",
                "Tattnall Bend Growers, LLC — 2260 Old Ohoopee Road, Reidsville, Georgia 30453, "
                "Estados Unidos",
            ],
            [
                "Actividad",
                "Cosecha de cebolla dulce: arrancar la cebolla, cortar raíz y tallo con "
                "tijera, llenar costales de 50 libras y subirlos al remolque.",
            ],
            ["Lugar de trabajo", "Campos del patrón en los condados de Tattnall y Toombs, Georgia"],
            ["Periodo", "Del 16 de marzo al 26 de junio de 2026"],
            ["Jornada", "40 horas por semana, de lunes a sábado"],
            ["Salario", "$14.68 dólares por hora"],
            ["Día de pago", "Semanal, cada viernes, con cheque"],
            ["Vivienda", "Gratuita, en las casas del patrón en Reidsville; no se cobra renta"],
            ["Transporte al campo", "Diario y gratuito, en autobús del patrón"],
            [
                "Requisitos",
                "Experiencia mínima de una temporada en cosecha de hortalizas; saber "
                "usar tijera de campo",
            ],
        ],
        [42, 139.9],
        size=8.8,
        first_fill=(245, 245, 245),
        styles=["B", ""],
        row_ev={
            0: [
                E(
                    "employer_identity",
                    "Tattnall Bend Growers, LLC — 2260 Old Ohoopee Road, Reidsville, Georgia 30453",
                )
            ],
            1: [
                E(
                    "job_duties",
                    "Cosecha de cebolla dulce: arrancar la cebolla, cortar raíz y tallo con tijera",
                )
            ],
            2: [
                E(
                    "work_location",
                    "Campos del patrón en los condados de Tattnall y Toombs, Georgia",
                )
            ],
            3: [E("employment_period", "Del 16 de marzo al 26 de junio de 2026")],
            4: [E("hours_of_work", "40 horas por semana, de lunes a sábado")],
            5: [E("wage_rate", "$14.68 dólares por hora")],
            6: [E("pay_frequency", "Semanal, cada viernes, con cheque")],
            7: [E("housing", "Gratuita, en las casas del patrón en Reidsville")],
            8: [E("daily_transportation", "Diario y gratuito, en autobús del patrón")],
            9: [
                E(
                    "job_requirements",
                    "Experiencia mínima de una temporada en cosecha de hortalizas",
                )
            ],
        },
    )

    sec("III. COMPROMISOS DEL ASPIRANTE")
    q_fee = (
        "Para conservar su lugar en la lista que se envía al patrón, el aspirante entrega a "
        "la Gestoría la cantidad de $6,800.00 (seis mil ochocientos pesos 00/100 M.N.) por "
        "concepto de integración y seguimiento de expediente."
    )
    q_bond = (
        "Como garantía de que asistirá a la cita consular y de que cumplirá la temporada "
        "completa, el aspirante firma en este acto un pagaré por $15,000.00 a favor de la "
        "Gestoría, que le será devuelto a su regreso."
    )
    d.para(
        "1. Presentarse con su documentación completa el día y a la hora que le indique la "
        "Gestoría, y avisar con anticipación cualquier cambio de domicilio o de teléfono.",
        size=9,
    )
    d.para("2. " + q_fee, size=9, fees=[F("recruitment_fee", q_fee, 6800, "MXN")])
    d.para("3. " + q_bond, size=9, fees=[F("deposit_or_bond", q_bond, 15000, "MXN")])
    d.para(
        "4. Conducirse con respeto durante el viaje y en el lugar de trabajo, y cuidar la "
        "vivienda que le asigne el patrón.",
        size=9,
    )

    d.add_page()
    sec("IV. CUADRO DE GASTOS DEL TRÁMITE")
    q_med = "Examen médico y antidoping, Clínica Santa Fe $950.00 Aspirante"
    d.table(
        [
            [
                "Autobús Zacatecas–Monterrey para la cita consular",
                "—",
                "Patrón (se reembolsa al cumplir el 50 % del contrato)",
            ],
            ["Hotel en Monterrey (2 noches)", "—", "Patrón"],
            ["Derecho de visa H-2A (ver nota 1)", "205 dólares", "Aspirante"],
            ["Examen médico y antidoping, Clínica Santa Fe", "$950.00", "Aspirante"],
            ["Autobús Monterrey–Reidsville", "—", "Patrón"],
            ["Copias, fotografías y llenado de formatos", "Sin costo", "Gestoría"],
        ],
        [88, 24, 69.9],
        header=["Concepto", "Importe", "Lo cubre"],
        size=8.8,
        head_fill=(238, 222, 226),
        zebra=(248, 248, 248),
        row_fees={3: [F("medical_cost", q_med, 950, "MXN")]},
        row_ev={
            0: [
                E("inbound_transportation", "Patrón (se reembolsa al cumplir el 50 % del contrato)")
            ]
        },
    )
    q_visa = (
        "La cuota de la visa (205 dólares) se paga en el banco a nombre del aspirante y no "
        "forma parte de los gastos que reembolsa el patrón."
    )
    d.para("Nota 1. " + q_visa, size=8.5, style="I", fees=[F("visa_cost", q_visa, 205, "USD")])
    d.para(
        "Nota 2. Los importes pagados a la Gestoría no son reembolsables si el aspirante no "
        "se presenta a la cita o si el consulado niega la visa.",
        size=8.5,
        style="I",
    )

    sec("V. ACLARACIONES")
    d.para("• La vivienda en Georgia no tiene costo para el trabajador.", size=9, after=0.8)
    d.para(
        "• El autobús de regreso a México lo paga el patrón al terminar la temporada.",
        size=9,
        after=0.8,
        ev=[
            E(
                "return_transportation",
                "El autobús de regreso a México lo paga el patrón al terminar la temporada.",
            )
        ],
    )
    d.para(
        "• Esta ficha no es el contrato de trabajo; el contrato lo entrega el patrón antes de "
        "la cita consular.",
        size=9,
        after=0.8,
    )
    d.para(
        "• La Gestoría no garantiza la expedición de la visa, que depende únicamente del "
        "consulado.",
        size=9,
        after=3,
    )
    d.para("Fresnillo, Zacatecas, a 12 de enero de 2026.", size=9, align="L")
    d.para(
        "(Las firmas del aspirante y de la Gestoría constan en el anexo de la hoja 3.)",
        size=8.5,
        style="I",
        align="L",
    )

    # ---- page 3: image-only scan of the signed annex (no fee on it) ----
    s = Scan(seed=302)
    s.text("Folio: GAA-0347/26", 9, x=1240, ink=40)
    s.y = 150
    s.text(rec, 14, bold=True, serif=True, ink=70)
    s.hline(190, 1510, width=4, ink=90)
    s.skip(40)
    s.text("ANEXO — RELACIÓN DE DOCUMENTOS Y FIRMAS", 12, bold=True, center=True)
    s.skip(30)
    s.text("Documentos que entrega el aspirante (en copia):", 10, bold=True)
    s.skip(10)
    for item in [
        "☒  Acta de nacimiento",
        "☒  CURP",
        "☒  Credencial para votar (INE)",
        "☒  Pasaporte: copia simple de la hoja de datos; el original lo conserva el aspirante",
        "☒  Dos fotografías tamaño infantil",
        "☐  Carta de antecedentes no penales (no se requiere)",
    ]:
        s.text(item, 10, x=230)
    s.skip(30)
    s.text("Aviso de privacidad", 10, bold=True)
    s.text(
        "Los datos personales del aspirante se usan solamente para integrar su solicitud de "
        "empleo temporal y se comparten únicamente con el patrón que lo contrata. El "
        "aspirante puede pedir en cualquier momento que se corrijan o se eliminen.",
        9.5,
    )
    s.skip(30)
    s.text(
        "Declaro que los datos de la ficha de registro son verdaderos y que recibí copia de la "
        "misma.",
        9.5,
    )
    s.skip(110)
    y0 = s.y
    s.scribble(230, y0 - 70, 330, 70)
    s.hline(190, 700, y=y0 + 20)
    s.scribble(1000, y0 - 80, 300, 80)
    s.hline(930, 1440, y=y0 + 20)
    s.y = y0 + 35
    s.text("Por la Gestoría: Lic. Araceli Murillo Bañuelos", 9, x=190)
    s.y = y0 + 35
    s.text("El aspirante: Ulises Carmona Villagrana", 9, x=930)
    s.y += 300
    y1 = s.y
    s.scribble(250, y1 - 60, 260, 60)
    s.hline(190, 700, y=y1 + 20)
    s.rect(1090, y1 - 230, 1330, y1 + 20)
    s.thumbprint(1210, y1 - 105)
    s.y = y1 + 35
    s.text("Testigo: Rogelio Haro Saucedo", 9, x=190)
    s.y = y1 + 35
    s.text("Huella del índice derecho", 8.5, x=1080)
    s.skip(60)
    s.text("Fresnillo, Zac., a 12 de enero de 2026", 9, x=190)
    s.text("Hoja 3 de 3", 8, center=True, ink=70)
    d.scan_page(s.jpeg(angle=0.7))
    return d


# ======================================================================================
# ce03  h2a / en / payroll deduction schedule (landscape) + camp rules (portrait)
# ======================================================================================
def ce03():
    d = Doc(
        "ce03.pdf",
        "h2a",
        "en",
        "deduction_schedule",
        "page 1 landscape: gridded deduction table with codes and ☒ authorisation column; "
        "page 2 portrait: numbered camp rules and three-party signature lines; condensed font",
        fmt="letter",
        orient="L",
        margins=(15, 24, 15),
        bottom=18,
        recruiters=[],
        traps=[
            "federal income tax only on the worker's written W-4 request (lawful)",
            "Social Security and Medicare not withheld (H-2A exempt)",
            "court-ordered child support or garnishment (lawful deduction)",
            "buckets, clippers and ladders issued at no charge",
            "free daily bus between camp and fields",
            "free camp kitchen for workers not on the meal plan",
            "free laundry machines and detergent",
        ],
        missing=[
            "job_duties",
            "work_location",
            "employment_period",
            "hours_of_work",
            "wage_rate",
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "workers_compensation",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        title="Attachment C - payroll deductions and camp rules 2026",
    )
    pdf = d.pdf

    def header(doc):
        doc.font("cond", "B", 10)
        pdf.set_xy(pdf.l_margin, 9)
        pdf.cell(120, 5, "NEUSE FLATS PRODUCE, INC.")
        doc.font("cond", "", 8.5)
        pdf.set_xy(pdf.w - pdf.r_margin - 120, 9)
        pdf.cell(120, 5, "Attachment C to the 2026 H-2A work contract", align="R")
        pdf.set_line_width(0.5)
        pdf.line(pdf.l_margin, 15.5, pdf.w - pdf.r_margin, 15.5)
        pdf.set_line_width(0.2)
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("cond", "", 7.5)
        pdf.set_xy(pdf.l_margin, pdf.h - 12)
        pdf.cell(0, 4, f"Form NFP-PAY-7 · Rev. 02/2026 · page {pdf.page_no()}/{{nb}}", align="C")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para(
        "ATTACHMENT C — PAYROLL DEDUCTIONS AND CAMP RULES, 2026 SEASON",
        family="cond",
        size=14,
        style="B",
        after=1,
    )
    d.para(
        "Neuse Flats Produce, Inc., 8815 Bearskin Swamp Road, Faison, North Carolina 28341, "
        "lists here every amount it will take out of H-2A workers' pay this season. Go over it "
        "with your crew leader before you sign, and keep your copy. Paydays are every Friday; "
        "the pay week runs Monday through Sunday.",
        family="cond",
        size=9.5,
        ev=[
            E(
                "employer_identity",
                "Neuse Flats Produce, Inc., 8815 Bearskin Swamp Road, Faison, North Carolina 28341",
            ),
            E("pay_frequency", "Paydays are every Friday"),
        ],
    )
    q_meal = "Camp kitchen meal plan, three meals daily $24.50 per day"
    q_util = "Camp utilities share (electric and propane) $11.00 per week"
    q_gear = "Rain suit and rubber boots issued on arrival $38.00"
    q_bus = "Bus fare Monterrey to Faison, recovered in four payments $45.00 per week"
    q_dmg = "Damage to camp property or equipment beyond normal wear Actual repair cost"
    q_hold = "Season completion hold-back 10% of gross pay Each payday, paid with last check"
    d.table(
        [
            [
                "D-01",
                "Federal income tax (only if the worker files a W-4 asking for it)",
                "IRS tables",
                "Every payday",
                "☐ yes  ☐ no",
            ],
            ["D-02", "Social Security and Medicare", "Not withheld", "—", "n/a"],
            [
                "D-03",
                "Camp kitchen meal plan, three meals daily",
                "$24.50 per day",
                "Every payday",
                "☒",
            ],
            [
                "D-04",
                "Camp utilities share (electric and propane)",
                "$11.00 per week",
                "Every payday",
                "☒",
            ],
            ["D-05", "Rain suit and rubber boots issued on arrival", "$38.00", "First payday", "☒"],
            [
                "D-06",
                "Bus fare Monterrey to Faison, recovered in four payments",
                "$45.00 per week",
                "Paydays 1 to 4",
                "☒",
            ],
            [
                "D-07",
                "Damage to camp property or equipment beyond normal wear",
                "Actual repair cost",
                "When assessed",
                "☒",
            ],
            [
                "D-08",
                "Season completion hold-back",
                "10% of gross pay",
                "Each payday, paid with last check",
                "☒",
            ],
            [
                "D-09",
                "Child support or garnishment ordered by a court",
                "As ordered",
                "As ordered",
                "n/a",
            ],
        ],
        [16, 108, 33, 60, 32.4],
        header=["Code", "Deduction", "Amount", "When taken", "Worker authorizes"],
        family="cond",
        size=9.5,
        lh=4.6,
        pad=1.8,
        head_fill=(60, 60, 60),
        head_rgb=(255, 255, 255),
        zebra=(242, 242, 242),
        aligns=["L", "L", "L", "L", "C"],
        row_fees={
            2: [F("meal_charge", q_meal, 24.5, "USD")],
            3: [F("housing_charge", q_util, 11, "USD")],
            4: [F("equipment_charge", q_gear, 38, "USD")],
            5: [F("travel_cost", q_bus, 45, "USD")],
            6: [F("damage_chargeback", q_dmg)],
            7: [F("wage_withholding", q_hold)],
        },
        row_ev={
            0: [
                E("deductions", "Federal income tax (only if the worker files a W-4 asking for it)")
            ],
            2: [E("meals", "Camp kitchen meal plan, three meals daily")],
        },
    )
    d.columns(
        [
            dict(text="Notes", style="B", size=9, family="cond", after=0.8),
            dict(
                text="• Residents who do not join the meal plan may cook in the camp kitchen, which is "
                "free to use.",
                size=9,
                family="cond",
                after=0.8,
            ),
            dict(
                text="• Picking buckets, clippers and harvest ladders are issued at no charge.",
                size=9,
                family="cond",
                after=0.8,
                ev=[
                    E(
                        "tools_provided",
                        "Picking buckets, clippers and harvest ladders are issued at no charge.",
                    )
                ],
            ),
            dict(
                text="• The bus from camp to the fields each morning, and back each evening, is free.",
                size=9,
                family="cond",
                after=0.8,
                ev=[
                    E(
                        "daily_transportation",
                        "The bus from camp to the fields each morning, and back each evening, is free.",
                    )
                ],
            ),
            dict(
                text="• Every pay envelope includes a stub that lists hours worked, rate of pay, gross "
                "earnings, each deduction by code and net pay.",
                size=9,
                family="cond",
                after=0.8,
                ev=[
                    E(
                        "earnings_statements",
                        "Every pay envelope includes a stub that lists hours worked, rate of pay, gross earnings, each deduction by code and net pay.",
                    )
                ],
            ),
            dict(
                text="• Example for D-08: in a week with $620.00 gross pay, $62.00 is held back and "
                "paid with the final check at the end of the season.",
                size=9,
                family="cond",
                after=0.8,
            ),
        ],
        ncols=2,
        gutter=10,
    )

    d.add_page(orientation="P")
    d.para("MILL BRANCH CAMP RULES", family="cond", size=13, style="B", after=2)
    q_curfew = (
        "Residents must be inside the camp gate by 9:00 p.m., and no one may leave camp on "
        "Sunday without a written pass from the crew leader."
    )
    q_black = (
        "Anyone who takes a complaint to an outside group, a lawyer or a government office "
        "instead of the crew leader will not be requested for next season."
    )
    rules = [
        (
            "Housing at Mill Branch Camp, 455 Mill Branch Road, Faison, is assigned by the crew "
            "leader; each room sleeps four and has its own bathroom.",
            [],
            [
                E(
                    "housing",
                    "Housing at Mill Branch Camp, 455 Mill Branch Road, Faison, is assigned by the crew leader",
                )
            ],
        ),
        ("Quiet hours are 10:00 p.m. to 5:00 a.m.", [], []),
        (q_curfew, [F("movement_restriction", q_curfew)], []),
        ("Visitors may not enter the sleeping rooms.", [], []),
        (
            "Keep kitchens and bathrooms clean. The crew leader inspects every Saturday morning.",
            [],
            [],
        ),
        ("Laundry machines are free to use and detergent is provided.", [], []),
        ("No alcohol, drugs or weapons anywhere in camp.", [], []),
        ("Report any injury or illness to the crew leader the same day.", [], []),
        (q_black, [F("blacklisting_threat", q_black)], []),
        (
            "Smoke detectors and fire extinguishers must not be covered, moved or disconnected.",
            [],
            [],
        ),
    ]
    for i, (t, fs, ev) in enumerate(rules, 1):
        d.para(f"{i}.  {t}", family="cond", size=10, indent=0, fees=fs, ev=ev, after=1.6)
    d.space(6)
    d.para(
        "I have read this attachment, or had it read to me, and I received a copy.",
        family="cond",
        size=10,
    )
    d.sig_block(
        [
            ("Worker", "Name and H-2A ID no.", ""),
            ("Crew leader", "Dwayne Pittman", ""),
            ("For Neuse Flats Produce, Inc.", "Carla Honeycutt", "Payroll Manager"),
        ],
        family="cond",
        size=9,
        gap=14,
    )
    return d


# ======================================================================================
# ce04  h2a / es / WhatsApp chat export printed (Guatemala -> Florida)
# ======================================================================================
def ce04():
    agency, agent = "Servicios Laborales Los Cuchumatanes", "Rigoberto Sac Tum"
    d = Doc(
        "ce04.pdf",
        "h2a",
        "es",
        "chat_transcript",
        "WhatsApp chat exported as .txt and printed: monospace, one timestamped line per "
        "message, media placeholders, deleted-message line; file-name header on each page",
        margins=(22, 24, 22),
        bottom=20,
        recruiters=[agency, agent],
        traps=[
            "'yo no le cobro comisión' (negation) right before the fee sentence",
            "visa paid by the employer ('a usted no le cuesta nada')",
            "flight to Tampa and the return paid by the company",
            "free house with kitchen; no rent deducted",
        ],
        missing=[
            "employer_identity",
            "employment_period",
            "hours_of_work",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        title="Chat de WhatsApp con Rigo Reclutamiento",
    )
    pdf = d.pdf

    def header(doc):
        doc.font("mono", "", 7.5)
        doc.color((110, 110, 110))
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "Chat de WhatsApp con Rigo Reclutamiento.txt")
        pdf.set_xy(pdf.l_margin, 10)
        pdf.cell(0, 4, "14/10/26 21:07", align="R")
        doc.color()
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("mono", "", 7.5)
        doc.color((110, 110, 110))
        pdf.set_xy(pdf.l_margin, pdf.h - 12)
        pdf.cell(0, 4, f"{pdf.page_no()}/{{nb}}", align="C")
        doc.color()

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    R, B = "Rigo Reclutamiento", "Baltazar Ixcoy"
    q_fee = (
        "Los Q3,500 son nomás para apartarle su lugar en el grupo, me los deposita en la "
        "cuenta de Banrural que le paso por aquí."
    )
    q_pass = "El pasaporte sí lo tiene que sacar usted por su cuenta, eso no lo cubre nadie."
    q_med = (
        "El examen médico lo hace en la clínica de la zona 3 que yo le indico, son Q450 y "
        "los paga usted allí mismo."
    )
    q_ret = (
        "Cuando le den la visa yo me quedo con los pasaportes de todos hasta el día del "
        "vuelo, para que nadie los vaya a perder."
    )
    msgs = [
        (
            "14/9/26, 18:02",
            None,
            "Los mensajes y las llamadas están cifrados de extremo a extremo.",
        ),
        (
            "14/9/26, 18:02",
            B,
            "Buenas tardes, me pasó su número mi primo Efraín, dice que usted "
            "está juntando gente para la fresa en Estados Unidos",
        ),
        (
            "14/9/26, 18:10",
            R,
            f"Buenas tardes joven, así es. Mi nombre es {agent}, coordinador de "
            f"{agency}, trabajamos con visa H2A legal",
        ),
        (
            "14/9/26, 18:11",
            R,
            "El trabajo es en Plant City, Florida, cosecha de fresa: cortar, "
            "seleccionar y empacar en las cajitas de plástico",
            [],
            [
                E("work_location", "Plant City, Florida"),
                E(
                    "job_duties",
                    "cosecha de fresa: cortar, seleccionar y empacar en las cajitas de plástico",
                ),
            ],
        ),
        (
            "14/9/26, 18:12",
            R,
            "Piden mínimo 3 meses de experiencia en corte de fresa, tomate o chile",
            [],
            [
                E(
                    "job_requirements",
                    "Piden mínimo 3 meses de experiencia en corte de fresa, tomate o chile",
                )
            ],
        ),
        ("14/9/26, 18:15", B, "Y cuanto pagan?"),
        (
            "14/9/26, 18:17",
            R,
            "14.77 dólares la hora, y pagan cada semana",
            [],
            [E("wage_rate", "14.77 dólares la hora"), E("pay_frequency", "pagan cada semana")],
        ),
        ("14/9/26, 18:18", B, "Y cuantas horas se trabaja al día?"),
        (
            "14/9/26, 18:20",
            R,
            "Eso depende de la cosecha, cuando hay bastante fruta se trabaja duro jaja",
        ),
        ("14/9/26, 18:21", B, "Y cuando seria la salida?"),
        (
            "14/9/26, 18:24",
            R,
            "Salimos a principios de diciembre y se regresa como en abril, "
            "todavía no tengo las fechas exactas",
        ),
        ("14/9/26, 18:25", B, "Y el patrón quién es?"),
        (
            "14/9/26, 18:27",
            R,
            "Es un ranchero grande de allá, el nombre se lo doy cuando salga la petición aprobada",
        ),
        (
            "14/9/26, 18:30",
            B,
            "Va. Y cuanto hay que dar? porque a mi primo le cobraron en otra agencia",
        ),
        (
            "14/9/26, 18:34",
            R,
            "Mire, yo no le cobro comisión, eso está prohibido. " + q_fee,
            [F("recruitment_fee", q_fee, 3500, "GTQ")],
            [],
        ),
        ("14/9/26, 18:35", R, "<Multimedia omitido>"),
        ("14/9/26, 18:36", B, "Y la visa?"),
        ("14/9/26, 18:38", R, "La visa la paga el patrón, a usted no le cuesta nada."),
        ("14/9/26, 18:38", R, q_pass, [F("visa_cost", q_pass, passport_only=True)], []),
        ("14/9/26, 18:40", B, "Ok. Y el pasaje?"),
        (
            "14/9/26, 18:42",
            R,
            "El avión de Guate a Tampa lo pone la empresa, y el regreso "
            "también si termina la temporada",
            [],
            [
                E("inbound_transportation", "El avión de Guate a Tampa lo pone la empresa"),
                E("return_transportation", "y el regreso también si termina la temporada"),
            ],
        ),
        ("14/9/26, 18:43", B, "Y donde se queda uno?"),
        (
            "14/9/26, 18:45",
            R,
            "La casa allá es gratis, con cocina para que ustedes se cocinen, "
            "no se descuenta nada de renta",
            [],
            [
                E("housing", "La casa allá es gratis"),
                E("meals", "con cocina para que ustedes se cocinen"),
            ],
        ),
        ("14/9/26, 18:46", B, "Ta bueno, gracias don Rigo, lo platico con mi esposa"),
        (
            "15/9/26, 08:10",
            B,
            "Buenos días don Rigo, ya le deposité los 3500, le mando la foto de la boleta",
        ),
        ("15/9/26, 08:10", B, "<Multimedia omitido>"),
        ("15/9/26, 08:31", R, "Recibido, gracias. Ahora lo que sigue es el examen médico."),
        ("15/9/26, 08:33", R, q_med, [F("medical_cost", q_med, 450, "GTQ")], []),
        ("15/9/26, 08:35", B, "Está bien"),
        ("15/9/26, 08:36", B, "Este mensaje fue eliminado"),
        (
            "2/10/26, 19:50",
            R,
            "Buenas noches, ya salió la cita para el 21 de octubre en la "
            "embajada, llegue a las 6 de la mañana con su pasaporte y la "
            "confirmación impresa",
        ),
        ("2/10/26, 19:52", R, q_ret, [F("document_retention", q_ret)], []),
        ("2/10/26, 19:55", B, "Y no me lo puedo quedar yo?"),
        ("2/10/26, 19:58", R, "Así trabajamos con todos joven, es por seguridad del grupo"),
        ("2/10/26, 20:01", B, "Bueno"),
        ("14/10/26, 21:05", B, "<Multimedia omitido>"),
    ]
    for m in msgs:
        ts, who, text = m[0], m[1], m[2]
        fees, ev = (m[3], m[4]) if len(m) > 3 else ((), ())
        line = f"{ts} - {who}: {text}" if who else f"{ts} - {text}"
        d.para(line, family="mono", size=9, align="L", lh=4.4, fees=fees, ev=ev, after=0.6)
    return d


# ======================================================================================
# ce05  h2b / en / two-column employment agreement with footnotes (landscaping, Texas)
# ======================================================================================
def ce05():
    agent = "Reclutamiento Laboral Huasteca, S.A. de C.V."
    d = Doc(
        "ce05.pdf",
        "h2b",
        "en",
        "employment_contract",
        "two-column numbered agreement with page footnotes; repeated running header and "
        "initials footer; four-party signature grid (company, employee, translator, agent)",
        margins=(16, 25, 16),
        bottom=36,
        recruiters=[agent],
        traps=[
            "tools, PPE and safety glasses free",
            "herbicide safety class on paid time, free (not a training charge)",
            "no recruitment fee; the company pays the agent directly",
            "inbound travel and subsistence reimbursed in the first workweek (visa fee carved out only in a footnote)",
            "employee keeps passport and visa",
            "no retaliation for complaints",
        ],
        missing=["three_fourths_guarantee", "visa_reimbursement", "contract_impossibility"],
        title="Seasonal Employment Agreement H-2B 2026",
    )
    pdf = d.pdf
    d.foot_bottom = 18

    def header(doc):
        doc.font("serif", "B", 8.5)
        pdf.set_xy(16, 10)
        pdf.cell(0, 4, "CALICHE CREEK LANDSCAPE SERVICES, LLC")
        doc.font("serif", "I", 8)
        pdf.set_xy(16, 10)
        pdf.cell(0, 4, "H-2B agreement · ETA case H-400-26005-418822", align="R")
        pdf.set_line_width(0.3)
        pdf.line(16, 15.5, pdf.w - 16, 15.5)
        pdf.line(16, 16.3, pdf.w - 16, 16.3)
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("serif", "", 7.5)
        pdf.set_xy(16, pdf.h - 12)
        pdf.cell(0, 4, "Employee initials: ______     Company initials: ______")
        pdf.set_xy(16, pdf.h - 12)
        pdf.cell(0, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para("SEASONAL EMPLOYMENT AGREEMENT", family="serif", size=15, style="B", align="C", after=1)
    d.para(
        "This Agreement is made between Caliche Creek Landscape Services, LLC, 7712 Old Quarry "
        'Lane, Round Rock, Texas 78681 (the "Company"), and the H-2B worker named on the '
        'signature page (the "Employee"). It incorporates the terms of the job order '
        "certified by the U.S. Department of Labor.",
        family="serif",
        size=9.5,
        align="J",
        after=3,
        ev=[
            E(
                "employer_identity",
                "Caliche Creek Landscape Services, LLC, 7712 Old Quarry Lane, Round Rock, Texas 78681",
            )
        ],
    )

    q_visa = (
        "Reimbursable travel costs do not include the consular visa fee (currently "
        "US$205) or the visa appointment fee, which the Employee pays when scheduling the "
        "interview."
    )
    q_unif = (
        "A uniform deposit of $60.00 is deducted from the first paycheck and refunded at the "
        "end of the season if the shirts are returned in good condition."
    )
    q_house = (
        "Employees who want it may rent a bed in the Company's shared house at 118 Caliche "
        "Road, Hutto, Texas, for $85.00 per week, deducted from pay."
    )
    q_pen = (
        "An Employee who leaves the job before completing 75 percent of the contract period "
        "shall pay the Company liquidated damages of one thousand two hundred dollars "
        "($1,200.00), representing the cost of recruiting a replacement."
    )

    def S(n, title, body, **kw):
        return dict(
            text=f"**{n}. {title}.** {body}", markdown=True, family="serif", size=9.2, lh=4.3, **kw
        )

    blocks = [
        S(
            1,
            "Position",
            "The Employee is hired as a Landscape Laborer (SOC 37-3011). Duties: "
            "mow, edge and trim lawns; plant shrubs, trees and flowers; spread mulch and "
            "decomposed granite; hand-water and repair drip irrigation lines; load and haul "
            "debris; and operate walk-behind mowers, string trimmers and blowers.",
            ev=[E("job_duties", "mow, edge and trim lawns; plant shrubs, trees and flowers")],
        ),
        S(
            2,
            "Qualifications",
            "Three months of experience in landscaping or grounds "
            "maintenance. No education is required. The Employee must be able to lift 50 pounds "
            "and to work outdoors in heat.",
            ev=[
                E(
                    "job_requirements",
                    "Three months of experience in landscaping or grounds maintenance.",
                )
            ],
        ),
        S(
            3,
            "Worksites",
            "Commercial and residential client properties in Williamson and "
            "Travis Counties, Texas. Crews report each morning to the Company yard at 7712 Old "
            "Quarry Lane, Round Rock.",
            ev=[
                E(
                    "work_location",
                    "Commercial and residential client properties in Williamson and Travis Counties, Texas.",
                )
            ],
        ),
        S(
            4,
            "Term",
            "Employment begins on March 2, 2026 and ends on December 4, 2026.",
            ev=[
                E(
                    "employment_period",
                    "Employment begins on March 2, 2026 and ends on December 4, 2026.",
                )
            ],
        ),
        S(
            5,
            "Hours",
            "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m., with a "
            "30-minute unpaid lunch.",
            ev=[
                E(
                    "hours_of_work",
                    "40 hours per week, Monday through Friday, 7:00 a.m. to 3:30 p.m.",
                )
            ],
        ),
        S(
            6,
            "Wages",
            "$16.12 per hour. If the Department of Labor issues a higher prevailing "
            "wage, or a federal, state or local minimum wage above this rate takes effect, the "
            "Company pays the higher rate from its effective date.",
            ev=[
                E("wage_rate", "$16.12 per hour."),
                E("wage_adjustment", "the Company pays the higher rate from its effective date"),
            ],
        ),
        S(
            7,
            "Overtime",
            "Hours over 40 in a workweek¹ are paid at $24.18 per hour. Overtime is "
            "occasional and is not guaranteed.",
            ev=[E("overtime", "Hours over 40 in a workweek¹ are paid at $24.18 per hour.")],
            notes=[('¹ "Workweek" means Monday 12:00 a.m. through Sunday 11:59 p.m.',)],
        ),
        S(
            8,
            "Paydays and pay stubs",
            "Wages are paid every other Friday by direct deposit or "
            "Company check. Each payment comes with an itemized stub listing hours offered, hours "
            "worked, rate, gross pay, each deduction and net pay.",
            ev=[
                E("pay_frequency", "Wages are paid every other Friday"),
                E(
                    "earnings_statements",
                    "Each payment comes with an itemized stub listing hours offered, hours worked, rate, gross pay, each deduction and net pay.",
                ),
            ],
        ),
        S(
            9,
            "Deductions",
            "The Company deducts federal income tax, Social Security and Medicare "
            "taxes, any amount a court orders, and the items the Employee authorizes under "
            "Sections 12 and 13.",
            ev=[
                E(
                    "deductions",
                    "The Company deducts federal income tax, Social Security and Medicare taxes, any amount a court orders",
                )
            ],
        ),
        S(
            10,
            "Travel",
            "The Company reimburses reasonable inbound transportation and daily "
            "subsistence from the Employee's home town to Round Rock in the first workweek.² If "
            "the Employee completes the contract, or is dismissed early for any reason other than "
            "cause, the Company pays return transportation and subsistence to the home town.",
            ev=[
                E(
                    "inbound_transportation",
                    "The Company reimburses reasonable inbound transportation and daily subsistence from the Employee's home town to Round Rock in the first workweek.",
                ),
                E(
                    "return_transportation",
                    "the Company pays return transportation and subsistence to the home town",
                ),
            ],
            notes=[("² " + q_visa, [F("visa_cost", q_visa, 205, "USD")])],
        ),
        S(
            11,
            "Tools and safety gear",
            "The Company provides, at no charge, all mowers, "
            "trimmers, hand tools, gloves, hearing protection and safety glasses the work requires.",
            ev=[
                E(
                    "tools_provided",
                    "The Company provides, at no charge, all mowers, trimmers, hand tools, gloves, hearing protection and safety glasses",
                )
            ],
        ),
        S(
            12,
            "Uniforms",
            "Each Employee receives three uniform shirts with the Company logo. " + q_unif,
            fees=[F("equipment_charge", q_unif, 60, "USD")],
        ),
        S(
            13,
            "Housing",
            "Housing is not required for this job. " + q_house,
            fees=[F("housing_charge", q_house, 85, "USD")],
        ),
        S(
            14,
            "Training",
            "Before working with herbicides, Employees attend a four-hour safety "
            "class on paid time. The class is free.",
        ),
        S(
            15,
            "No recruitment fees",
            f"Neither the Company nor its agent in Mexico, {agent}, may "
            "charge the Employee any recruitment fee. The Company has told the agent in writing "
            "that it may not collect money from workers, and it pays the agent directly.",
        ),
        S(16, "Early departure", q_pen, fees=[F("breach_penalty", q_pen, 1200, "USD")]),
        S(
            17,
            "Abandonment and discharge",
            "An Employee who misses five consecutive working "
            "days without notice is considered to have abandoned employment, and the Company will "
            "report it to the Department of Labor and USCIS within two business days. The Company "
            "may discharge an Employee for cause, such as theft, violence or repeated safety "
            "violations, after a written warning.",
            ev=[
                E(
                    "termination",
                    "An Employee who misses five consecutive working days without notice is considered to have abandoned employment",
                )
            ],
        ),
        S(18, "Documents", "The Employee keeps his or her own passport and visa at all times."),
        S(
            19,
            "Retaliation",
            "The Company will not retaliate against anyone who files a "
            "complaint, speaks with an attorney or cooperates with an investigation.",
        ),
        S(
            20,
            "Language",
            "The Employee has received this Agreement in Spanish and in English "
            "and has had the opportunity to ask questions.",
        ),
    ]
    d.columns(blocks, ncols=2, gutter=8, rule_between=True, balance=False)
    d.space(4)
    d.ensure(70)
    d.para("SIGNATURES", family="serif", size=10, style="B", after=1)
    d.sig_block(
        [
            ("For the Company", "Dale Whitacre", "Owner"),
            ("Employee", "Eusebio Tovar Mendoza", "Passport no. on file"),
            ("Translator (English–Spanish)", "Nayeli Ruiz Carmona", ""),
            ("Acknowledged by the agent", agent, "by Lic. Hugo Barragán Ponce"),
        ],
        cols=2,
        family="serif",
        size=8.5,
        gap=12,
    )
    return d


# ======================================================================================
# ce06  h2b / es / recruiter letter to a worker (Sinaloa -> Maryland crab picking)
# ======================================================================================
def ce06():
    rec = "Agencia de Colocación Punta Azul, S.A. de C.V."
    d = Doc(
        "ce06.pdf",
        "h2b",
        "es",
        "recruiter_letter",
        "letter on letterhead (logo block, colored rule), serif body, amounts in words and "
        "figures, P.D. asking for secrecy, tear-off acknowledgement slip on page 2",
        margins=(25, 20, 25),
        bottom=26,
        recruiters=[rec],
        traps=[
            "visa and bus fares reimbursed by the employer in the first week",
            "knives, gloves, aprons and hairnets free",
            "house near the plant without rent",
        ],
        missing=[
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        title="Carta de selección temporada 2026",
    )
    pdf = d.pdf
    teal = (0, 102, 119)

    def footer(doc):
        doc.font("sans", "", 7)
        doc.color((90, 90, 90))
        pdf.set_draw_color(*teal)
        pdf.line(25, pdf.h - 17, pdf.w - 25, pdf.h - 17)
        pdf.set_xy(25, pdf.h - 15.5)
        pdf.multi_cell(
            pdf.w - 50,
            3.2,
            "Blvd. Antonio Rosales 1520 Pte., Col. Centro, Los Mochis, Sinaloa, C.P. 81200 · "
            "Tel. 668 555 0173 · puntaazul.colocacion@correo.mx\n"
            f"Registro de agencia de colocación STPS ACT-SIN-0412 · página {pdf.page_no()}",
            align="C",
        )
        doc.color()
        pdf.set_draw_color(0, 0, 0)

    d.footer_fn = footer
    d.add_page()
    # letterhead
    pdf.set_fill_color(*teal)
    pdf.rect(25, 16, 16, 16, style="F")
    d.font("serif", "B", 15)
    d.color((255, 255, 255))
    pdf.set_xy(25, 19.5)
    pdf.cell(16, 9, "PA", align="C")
    d.color(teal)
    d.font("serif", "B", 13)
    pdf.set_xy(45, 16.5)
    pdf.cell(0, 6, rec)
    d.font("sans", "", 8)
    d.color((70, 70, 70))
    pdf.set_xy(45, 23)
    pdf.cell(0, 4, "Reclutamiento de personal para empresas de Estados Unidos y Canadá")
    pdf.set_xy(45, 27)
    pdf.cell(0, 4, "Temporadas de mariscos, jardinería y hotelería")
    d.color()
    pdf.set_y(37)
    d.rule(rgb=teal, width=0.6, gap=4)

    def P(t, size=10.5, after=3, **kw):
        d.para(t, family="serif", size=size, lh=size * 0.5, after=after, **kw)

    P("Los Mochis, Sinaloa, a 19 de enero de 2026", align="R")
    P(
        "Sra. Rosa Elvira Camacho Leyva\nCalle Niños Héroes s/n, Ejido Cohuibampo, Ahome, Sinaloa",
        align="L",
    )
    P("Asunto: selección para la temporada de jaiba 2026", style="B", align="L")
    P("Estimada Sra. Camacho:", align="L")
    P(
        "Por medio de la presente nos es grato informarle que usted fue seleccionada para trabajar "
        "la temporada 2026 con la empresa Bishops Head Seafood Co., LLC, ubicada en 2291 Hoopers "
        "Neck Road, Fishing Creek, Maryland 21634, bajo el programa de visas H-2B.",
        ev=[
            E(
                "employer_identity",
                "Bishops Head Seafood Co., LLC, ubicada en 2291 Hoopers Neck Road, Fishing Creek, Maryland 21634",
            )
        ],
    )
    P(
        "Su puesto será de despicadora de jaiba: separar la carne de la jaiba cocida, clasificarla "
        "por tipo (jumbo, lump y claw) y empacarla en botes de una libra, dentro de la planta de la "
        "empresa en Fishing Creek. La temporada corre del 6 de abril al 13 de noviembre de 2026. La "
        "jornada es de 40 horas semanales, de lunes a viernes, a partir de las 5:00 de la mañana.",
        ev=[
            E("job_duties", "separar la carne de la jaiba cocida, clasificarla por tipo"),
            E("work_location", "dentro de la planta de la empresa en Fishing Creek"),
            E("employment_period", "del 6 de abril al 13 de noviembre de 2026"),
            E("hours_of_work", "La jornada es de 40 horas semanales, de lunes a viernes"),
        ],
    )
    P(
        "Se paga a $4.10 dólares por libra de carne, con la garantía de que nunca recibirá menos de "
        "$16.54 por hora trabajada; el pago es cada semana, los viernes. La empresa le reembolsará en "
        "su primera semana de trabajo lo que usted gaste en la visa y en el autobús de Los Mochis a "
        "Monterrey y de Monterrey a Maryland, presentando sus recibos. Cuchillos, guantes, mandiles "
        "y cofias se entregan sin costo, y la empresa ofrece casa a diez minutos de la planta sin "
        "cobrar renta.",
        ev=[
            E("wage_rate", "$16.54 por hora trabajada"),
            E("pay_frequency", "el pago es cada semana, los viernes"),
            E(
                "visa_reimbursement",
                "La empresa le reembolsará en su primera semana de trabajo lo que usted gaste en la visa",
            ),
            E(
                "inbound_transportation",
                "y en el autobús de Los Mochis a Monterrey y de Monterrey a Maryland",
            ),
            E("tools_provided", "Cuchillos, guantes, mandiles y cofias se entregan sin costo"),
        ],
    )
    q_fee = (
        "Para cubrir los gastos de gestión de su expediente, le pedimos depositar la cantidad "
        "de nueve mil quinientos pesos (MXN 9,500.00) en la cuenta de la agencia a más tardar "
        "el 6 de febrero."
    )
    q_course = (
        "El curso de inducción y manejo higiénico de alimentos que se imparte en nuestras "
        "oficinas tiene un costo de 1 200 pesos, que se paga el día del curso."
    )
    q_wages = (
        "Una vez que reciba su primer pago en Maryland, deberá enviarnos por envío de dinero "
        "el equivalente a dos semanas de salario como honorarios de colocación."
    )
    q_pen = (
        "Le recordamos que si usted deja el trabajo antes de que termine la temporada, deberá "
        "cubrir a la agencia una penalización de mil quinientos dólares (USD 1,500)."
    )
    P(
        "Para continuar con su trámite le pedimos atender lo siguiente. " + q_fee + " " + q_course,
        fees=[F("recruitment_fee", q_fee, 9500, "MXN"), F("training_cost", q_course, 1200, "MXN")],
    )
    P(
        q_wages + " " + q_pen,
        fees=[F("recruitment_fee", q_wages), F("breach_penalty", q_pen, 1500, "USD")],
    )
    P(
        "La cita en el consulado de Monterrey se le avisará con una semana de anticipación. Le "
        "pedimos tener su pasaporte vigente y estar pendiente de su teléfono."
    )
    P("Sin otro particular, quedamos a sus órdenes para cualquier duda.", align="L")
    d.ensure(48)
    P("Atentamente,", align="L", after=12)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(25, pdf.get_y(), 95, pdf.get_y())
    d.space(1.5)
    P("Lic. Mariana Félix Armenta\nCoordinadora de Reclutamiento\n" + rec, align="L", after=5)
    P(
        "P.D. Le pedimos no comentar con el personal de la empresa los pagos que hace a la agencia, "
        "ya que son un arreglo entre usted y nosotros.",
        style="I",
        size=10,
    )

    d.ensure(60)
    d.space(8)
    y = pdf.get_y()
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.line(25, y, pdf.w - 25, y)
    pdf.set_dash_pattern()
    d.font("sans", "", 7)
    pdf.set_xy(25, y - 4)
    pdf.cell(0, 3.5, "✂  recorte y entregue esta parte en la agencia", align="R")
    pdf.set_y(y + 4)
    d.para("ACUSE DE RECIBO", family="sans", size=9.5, style="B", align="C", after=2)
    d.para(
        "Recibí la presente carta y estoy enterada de su contenido.",
        family="sans",
        size=9.5,
        after=10,
    )
    d.sig_block(
        [
            ("", "Rosa Elvira Camacho Leyva", "Nombre y firma"),
            ("", "Fecha: ____ / ____ / 2026", ""),
        ],
        gap=4,
        size=8.5,
    )
    return d


# ======================================================================================
# ce07  h2b / es / compliant form contract (Honduras -> Missouri marina), legal size
# ======================================================================================
def ce07():
    rec = "Enlaces Laborales Sula, S. de R.L."
    d = Doc(
        "ce07.pdf",
        "h2b",
        "es",
        "employment_contract",
        "legal-size form contract: shaded section bars, gridded field tables, ☒/☐ answers in a "
        "cost table, numbered conditions, four-party signature grid; running header/footer",
        fmt="legal",
        margins=(16, 22, 16),
        bottom=22,
        recruiters=[rec],
        traps=[
            "'cobrar a los visitantes las tarifas' is a job duty (collect fees from customers)",
            "'¿Cobra ... alguna cuota?' answered ☒ No",
            "visa and consular appointment paid by the employer (reimbursed in the first week)",
            "inbound travel reimbursed in the first workweek",
            "tools, uniforms and life jackets free, no deposit",
            "staff cabins free of charge",
            "water-safety and first-aid course on paid time, free",
            "direct deposit / pay card without fees",
            "employer copies the passport for the I-9; the worker keeps the original",
            "no blacklist for complaints",
            "agency fees paid by the employer",
        ],
        missing=[],
        title="Contrato de trabajo temporal H-2B 2026",
    )
    pdf = d.pdf
    navy = (24, 48, 96)

    def header(doc):
        doc.font("sans", "", 7.5)
        doc.color((80, 80, 80))
        pdf.set_xy(16, 9)
        pdf.cell(0, 4, "Ozark Narrows Marina & Campground, LLC")
        pdf.set_xy(16, 9)
        pdf.cell(
            0, 4, "Caso ETA H-400-26009-771203 · Copia en español para el trabajador", align="R"
        )
        pdf.set_draw_color(*navy)
        pdf.line(16, 14, pdf.w - 16, 14)
        pdf.set_draw_color(0, 0, 0)
        doc.color()
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("sans", "", 7.5)
        pdf.set_xy(16, pdf.h - 13)
        pdf.cell(0, 4, f"Página {pdf.page_no()} de {{nb}}")
        pdf.set_xy(16, pdf.h - 13)
        pdf.cell(0, 4, "Iniciales del trabajador: ______", align="R")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para("CONTRATO DE TRABAJO TEMPORAL", size=15, style="B", align="C", rgb=navy, after=0.5)
    d.para("Programa H-2B · Temporada 2026", size=10, align="C", after=3)

    def sec(t):
        d.space(1.5)
        d.ensure(25)
        d.para(t, size=9.5, style="B", fill=navy, rgb=(255, 255, 255), after=0)

    W = [48, 135.9]
    kw = dict(size=8.8, first_fill=(232, 236, 244), styles=["B", ""], after=2)
    sec("1. LAS PARTES")
    d.table(
        [
            [
                "Empleador",
                "Ozark Narrows Marina & Campground, LLC, 4410 Timber Cove Road, Kimberling "
                "City, Missouri 65686, Estados Unidos. Tel. (417) 555-0128.",
            ],
            ["Representante", "Gwendolyn Pruitt, gerente general"],
            [
                "Trabajador",
                "Wilmer Josué Castellanos Ordóñez, pasaporte hondureño F28H04417, "
                "originario de Choloma, Cortés",
            ],
            [
                "Agencia que recluta en Honduras",
                f"{rec}, San Pedro Sula. Sus honorarios los paga el empleador en su totalidad.",
            ],
        ],
        W,
        row_ev={
            0: [
                E(
                    "employer_identity",
                    "Ozark Narrows Marina & Campground, LLC, 4410 Timber Cove Road, Kimberling City, Missouri 65686",
                )
            ]
        },
        **kw,
    )

    sec("2. EL TRABAJO")
    d.table(
        [
            ["Puesto", "Asistente de marina y campamento"],
            [
                "Funciones",
                "Atender la caseta de entrada; cobrar a los visitantes las tarifas de "
                "acampar, de estacionamiento y de renta de lanchas; registrar reservaciones; "
                "limpiar muelles, baños y áreas de campamento; cargar combustible a las "
                "embarcaciones.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en atención a clientes y saber nadar. No se "
                "requiere hablar inglés.",
            ],
            [
                "Lugar de trabajo",
                "Marina y campamento del empleador, 4410 Timber Cove Road, Kimberling "
                "City, Missouri",
            ],
            ["Periodo", "Del 13 de abril al 16 de octubre de 2026"],
            [
                "Horario",
                "40 horas por semana en cinco días, turno de 7:00 a 15:30 o de 11:30 a 20:00, "
                "con 30 minutos de comida sin pago",
            ],
        ],
        W,
        row_ev={
            1: [
                E("job_duties", "Atender la caseta de entrada; cobrar a los visitantes las tarifas")
            ],
            2: [
                E(
                    "job_requirements",
                    "Tres meses de experiencia en atención a clientes y saber nadar.",
                )
            ],
            3: [
                E(
                    "work_location",
                    "Marina y campamento del empleador, 4410 Timber Cove Road, Kimberling City, Missouri",
                )
            ],
            4: [E("employment_period", "Del 13 de abril al 16 de octubre de 2026")],
            5: [E("hours_of_work", "40 horas por semana en cinco días")],
        },
        **kw,
    )

    sec("3. EL PAGO")
    d.table(
        [
            ["Salario", "$15.38 dólares por hora"],
            ["Horas extra", "$23.07 por hora, por cada hora trabajada después de 40 en la semana"],
            [
                "Aumentos",
                "Si el Departamento de Trabajo publica un salario prevaleciente más alto, o "
                "sube el salario mínimo federal o de Missouri, se paga el más alto desde la "
                "fecha en que entre en vigor.",
            ],
            [
                "Día de pago",
                "Cada dos semanas, los viernes, por depósito directo a la cuenta del "
                "trabajador o con tarjeta de nómina sin comisiones",
            ],
            [
                "Talón de pago",
                "Con cada pago se entrega un talón con horas ofrecidas, horas trabajadas, "
                "tarifa, pago bruto, cada descuento y pago neto.",
            ],
            [
                "Descuentos",
                "Impuestos federal y estatal sobre la renta, Seguro Social y Medicare, y "
                "pensión alimenticia u otros descuentos que ordene un juez. No se descuenta "
                "nada más.",
            ],
            [
                "Garantía de 3/4",
                "En cada periodo de 12 semanas (6 semanas si quedan menos de 12) se "
                "ofrecen al trabajador horas equivalentes a por lo menos tres cuartas "
                "partes de los días de trabajo; si no, se le paga la diferencia.",
            ],
        ],
        W,
        row_ev={
            0: [E("wage_rate", "$15.38 dólares por hora")],
            1: [
                E("overtime", "$23.07 por hora, por cada hora trabajada después de 40 en la semana")
            ],
            2: [E("wage_adjustment", "se paga el más alto desde la fecha en que entre en vigor")],
            3: [E("pay_frequency", "Cada dos semanas, los viernes")],
            4: [
                E(
                    "earnings_statements",
                    "Con cada pago se entrega un talón con horas ofrecidas, horas trabajadas",
                )
            ],
            5: [
                E(
                    "deductions",
                    "Impuestos federal y estatal sobre la renta, Seguro Social y Medicare",
                )
            ],
            6: [
                E(
                    "three_fourths_guarantee",
                    "horas equivalentes a por lo menos tres cuartas partes de los días de trabajo",
                )
            ],
        },
        **kw,
    )

    sec("4. GASTOS: ¿QUIÉN PAGA?")
    d.table(
        [
            ["¿Cobra el empleador o la agencia alguna cuota por el empleo?", "☐ Sí    ☒ No"],
            [
                "Visa y cita consular",
                "☒ El empleador: se reembolsa completo en la primera semana de "
                "trabajo    ☐ El trabajador",
            ],
            [
                "Viaje de ida (transporte y comidas)",
                "☒ Se reembolsa en la primera semana de trabajo",
            ],
            [
                "Viaje de regreso",
                "☒ Lo paga el empleador al terminar el contrato o si despide al "
                "trabajador sin causa",
            ],
            ["Herramientas, uniformes y chalecos salvavidas", "☒ Sin costo y sin depósito"],
            ["Alojamiento", "☒ Cabañas del personal, sin costo    ☐ Con costo"],
            ["Curso de seguridad acuática y primeros auxilios", "☒ En horario pagado, sin costo"],
        ],
        [78, 105.9],
        header=["Concepto", "Respuesta"],
        head_fill=(232, 236, 244),
        size=8.8,
        row_ev={
            1: [
                E(
                    "visa_reimbursement",
                    "☒ El empleador: se reembolsa completo en la primera semana de trabajo",
                )
            ],
            2: [
                E(
                    "inbound_transportation",
                    "Viaje de ida (transporte y comidas) ☒ Se reembolsa en la primera semana de trabajo",
                )
            ],
            3: [E("return_transportation", "☒ Lo paga el empleador al terminar el contrato")],
            4: [
                E(
                    "tools_provided",
                    "Herramientas, uniformes y chalecos salvavidas ☒ Sin costo y sin depósito",
                )
            ],
        },
    )

    sec("5. OTRAS CONDICIONES")
    d.space(1.5)
    for t, ev in [
        (
            "5.1 El trabajador conserva siempre su pasaporte y su visa. El empleador solo saca una "
            "copia para el formulario I-9.",
            [],
        ),
        (
            "5.2 Si el trabajador falta cinco días seguidos de trabajo sin avisar, se considera que "
            "abandonó el empleo, y el empleador lo informará al Departamento de Trabajo y a USCIS "
            "dentro de dos días hábiles. El despido por causa justificada se hace por escrito y "
            "explicando el motivo.",
            [
                E(
                    "termination",
                    "Si el trabajador falta cinco días seguidos de trabajo sin avisar, se considera que abandonó el empleo",
                )
            ],
        ),
        (
            "5.3 Si un incendio, una inundación, un tornado u otra causa de fuerza mayor hace "
            "imposible continuar el trabajo, el contrato puede terminar antes con autorización del "
            "Departamento de Trabajo; el trabajador recibe lo ganado, la garantía de 3/4 hasta ese "
            "día y el viaje de regreso.",
            [
                E(
                    "contract_impossibility",
                    "Si un incendio, una inundación, un tornado u otra causa de fuerza mayor hace imposible continuar el trabajo",
                )
            ],
        ),
        (
            "5.4 Nadie será castigado ni puesto en una lista negra por presentar una queja, hablar "
            "con un abogado o participar en una investigación.",
            [],
        ),
        (
            "5.5 Las tarifas que pagan los visitantes son ingresos del empleador: el trabajador solo "
            "las cobra y las entrega completas al cierre de cada turno.",
            [],
        ),
    ]:
        d.para(t, size=9, ev=ev, after=1.2)

    sec("6. FIRMAS")
    d.space(2)
    d.para(
        "Las partes firman en Kimberling City, Missouri, y en San Pedro Sula, Honduras, el 2 de "
        "febrero de 2026. El trabajador recibió este contrato en español antes de su cita "
        "consular.",
        size=9,
    )
    d.sig_block(
        [
            ("Por el empleador", "Gwendolyn Pruitt", "Gerente general"),
            ("El trabajador", "Wilmer Josué Castellanos Ordóñez", ""),
            ("Por la agencia", rec, "Ing. Karla Yamileth Bonilla"),
            ("Testigo", "Óscar Danilo Mejía Rivera", ""),
        ],
        cols=2,
        size=8.5,
        gap=12,
    )
    return d


# ======================================================================================
# ce08  h2b / en / Jamaican agency service agreement + schedule + official receipt
# ======================================================================================
def ce08():
    rec = "Windward Passage Placement Agency Ltd."
    d = Doc(
        "ce08.pdf",
        "h2b",
        "en",
        "recruiter_agreement",
        "A4; agency agreement with numbered clauses (serif), 'Schedule A' gridded job "
        "particulars, official receipt page with boxed fields and payment-method checkboxes",
        fmt="A4",
        margins=(20, 30, 20),
        bottom=22,
        recruiters=[rec],
        traps=[
            "US visa fee refunded by the employer with the first week's pay",
            "airfare Kingston-Myrtle Beach and travel-day meals paid by the employer",
            "'no part of the wages shall be paid to the Agency'",
            "uniforms, cleaning supplies and equipment free",
            "staff apartment at no charge",
            "concerns may be raised without penalty",
        ],
        missing=[
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        title="Applicant Service Agreement H-2B Hospitality 2026",
    )
    pdf = d.pdf
    gold, dark = (176, 132, 32), (30, 30, 30)

    def header(doc):
        doc.font("serif", "B", 12)
        doc.color(dark)
        pdf.set_xy(20, 10)
        pdf.cell(0, 5, rec.upper(), align="C")
        doc.font("serif", "", 8)
        pdf.set_xy(20, 16)
        pdf.cell(
            0,
            4,
            "41 Hagley Park Road, Kingston 10, Jamaica W.I. · Tel. (876) 555-0142 · "
            "Licensed Employment Agency No. EA-2231",
            align="C",
        )
        pdf.set_draw_color(*gold)
        pdf.set_line_width(0.9)
        pdf.line(20, 22, pdf.w - 20, 22)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        doc.color()
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("serif", "I", 7.5)
        pdf.set_xy(20, pdf.h - 13)
        pdf.cell(0, 4, f"Ref. WPPA/H2B/26/0412 — Page {pdf.page_no()} of {{nb}}", align="C")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para(
        "APPLICANT SERVICE AGREEMENT\nH-2B HOSPITALITY PROGRAMME 2026",
        family="serif",
        size=13,
        style="B",
        align="C",
        after=3,
    )

    def C(t, **kw):
        return d.para(t, family="serif", size=9.8, lh=4.7, after=2, **kw)

    def H(t):
        return d.heading(t, family="serif", size=10, before=1.5, after=1)

    C(
        "THIS AGREEMENT is made on the 9th day of February 2026 BETWEEN " + rec + ", a company "
        'incorporated under the laws of Jamaica ("the Agency"), AND Shanique Aldene Brissett of '
        '12 Gordon Pen Lane, Spanish Town, St. Catherine, TRN 118-402-773 ("the Applicant").'
    )
    H("1. Appointment")
    C(
        "1.1 The Agency will present the Applicant to Sandpiper Cove Resort & Conference Center, LLC "
        '("the Employer") for the position described in Schedule A and will assist the Applicant '
        "to prepare for the visa interview at the United States Embassy in Kingston."
    )
    H("2. Obligations of the Applicant")
    C(
        "2.1 The Applicant shall attend all interviews, briefings and the consular appointment on "
        "the dates given by the Agency."
    )
    C(
        "2.2 The Applicant shall provide true and complete information and shall inform the Agency "
        "at once of any change in address, telephone number or travel document."
    )
    H("3. Fees and charges")
    q_fee = (
        "3.1 On signing, the Applicant shall pay the Agency a non-refundable administrative "
        "service charge of JMD 85,000.00 (Eighty-Five Thousand Jamaican Dollars)."
    )
    q_med = (
        "3.2 The Applicant shall undergo a pre-employment medical examination at Harbourview "
        "Family Medical Centre at his/her own expense (currently JMD 14,500)."
    )
    q_orient = (
        "3.3 Attendance at the Agency's two-day hospitality orientation is compulsory, and "
        "the course fee of JMD 9,000 is payable at registration."
    )
    C(q_fee, fees=[F("recruitment_fee", q_fee[4:], 85000, "JMD")])
    C(q_med, fees=[F("medical_cost", q_med[4:], 14500, "JMD")])
    C(q_orient, fees=[F("training_cost", q_orient[4:], 9000, "JMD")])
    C(
        "3.4 The United States visa fee is paid by the Applicant at the visa appointment and is "
        "refunded by the Employer in full with the first week's pay.",
        ev=[E("visa_reimbursement", "refunded by the Employer in full with the first week's pay")],
    )
    C("3.5 No part of the Applicant's wages in the United States shall be paid to the Agency.")
    H("4. Travel")
    C(
        "4.1 The Employer pays the economy airfare from Kingston to Myrtle Beach and provides a "
        "meal allowance for the travel day.",
        ev=[
            E(
                "inbound_transportation",
                "The Employer pays the economy airfare from Kingston to Myrtle Beach",
            )
        ],
    )
    H("5. Conduct in the United States")
    q_pass = (
        "5.2 On arrival, the Applicant shall hand his/her passport to the Employer's housing "
        "supervisor, who will keep it in the office safe until the end of the contract."
    )
    C(
        "5.1 The Applicant shall obey the lawful instructions of the Employer and the house rules "
        "of the staff accommodation."
    )
    C(q_pass, fees=[F("document_retention", q_pass[4:])])
    C(
        "5.3 The Applicant may raise any concern with the Agency's U.S. liaison officer, Mr. "
        "Desmond Carr-Whyte, without penalty."
    )
    H("6. General")
    C(
        "6.1 This Agreement is governed by the laws of Jamaica. Schedule A forms part of this "
        "Agreement."
    )
    d.space(2)
    d.sig_block(
        [
            ("Signed for the Agency", "Mrs. Paulette Henry-Morrison", "Managing Director"),
            ("Signed by the Applicant", "Shanique Aldene Brissett", ""),
            ("Witness (J.P.)", "Clive A. Rattray, J.P.", ""),
        ],
        family="serif",
        size=8.5,
        gap=11,
    )

    d.space(8)
    d.para("SCHEDULE A — JOB PARTICULARS", family="serif", size=11.5, style="B", align="C", after=3)
    d.table(
        [
            [
                "Employer",
                "Sandpiper Cove Resort & Conference Center, LLC, 1705 South Ocean Boulevard, "
                "North Myrtle Beach, South Carolina 29582, U.S.A.",
            ],
            [
                "Position",
                "Housekeeper / Room Attendant: clean and make up guest rooms and suites, "
                "replace linen and amenities, clean corridors and public areas, report "
                "maintenance problems",
            ],
            [
                "Worksite",
                "Sandpiper Cove Resort, 1705 South Ocean Boulevard, North Myrtle Beach, SC",
            ],
            ["Period of employment", "May 4, 2026 to September 30, 2026"],
            [
                "Hours",
                "40 hours per week, five days, 8:00 a.m. to 4:30 p.m. with a 30-minute unpaid "
                "meal break",
            ],
            ["Rate of pay", "USD 14.25 per hour"],
            ["Overtime", "USD 21.38 per hour after 40 hours in a week"],
            ["Pay day", "Weekly, every Thursday"],
            ["Uniforms, supplies and equipment", "Provided by the Employer free of charge"],
            ["Accommodation", "Shared staff apartment provided by the Employer at no charge"],
            [
                "Requirements",
                "One year of housekeeping experience in a hotel or guest house; "
                "secondary school certificate not required",
            ],
        ],
        [52, 118],
        family="serif",
        size=9.2,
        first_fill=(246, 240, 224),
        styles=["B", ""],
        row_ev={
            0: [
                E(
                    "employer_identity",
                    "Sandpiper Cove Resort & Conference Center, LLC, 1705 South Ocean Boulevard, North Myrtle Beach, South Carolina 29582",
                )
            ],
            1: [E("job_duties", "clean and make up guest rooms and suites")],
            2: [
                E(
                    "work_location",
                    "Sandpiper Cove Resort, 1705 South Ocean Boulevard, North Myrtle Beach, SC",
                )
            ],
            3: [E("employment_period", "May 4, 2026 to September 30, 2026")],
            4: [E("hours_of_work", "40 hours per week, five days, 8:00 a.m. to 4:30 p.m.")],
            5: [E("wage_rate", "USD 14.25 per hour")],
            6: [E("overtime", "USD 21.38 per hour after 40 hours in a week")],
            7: [E("pay_frequency", "Weekly, every Thursday")],
            8: [
                E(
                    "tools_provided",
                    "Uniforms, supplies and equipment Provided by the Employer free of charge",
                )
            ],
            10: [
                E(
                    "job_requirements",
                    "One year of housekeeping experience in a hotel or guest house",
                )
            ],
        },
    )

    # ---- receipts (page 3) ----
    d.add_page()
    d.space(2)

    def receipt(no, date, amount_words, amount, purpose, method):
        x0, y0, w, h = 20, pdf.get_y(), pdf.w - 40, 86
        pdf.set_line_width(0.6)
        pdf.rect(x0, y0, w, h)
        pdf.set_line_width(0.2)
        pdf.set_fill_color(*gold)
        pdf.rect(x0, y0, w, 9, style="F")
        d.font("serif", "B", 11)
        d.color((255, 255, 255))
        pdf.set_xy(x0, y0 + 2)
        pdf.cell(w, 5, "OFFICIAL RECEIPT", align="C")
        d.color((170, 0, 0))
        d.font("mono", "B", 10)
        pdf.set_xy(x0 + w - 40, y0 + 12)
        pdf.cell(36, 5, "No. " + no, align="R")
        d.color()
        rows = [
            ("Date", date),
            ("Received from", "Shanique Aldene Brissett"),
            ("The sum of", amount_words),
            ("Being payment for", purpose),
            ("Payment method", method),
        ]
        yy = y0 + 19
        for k, v in rows:
            d.font("serif", "B", 9.5)
            pdf.set_xy(x0 + 5, yy)
            pdf.cell(40, 5, k + ":")
            d.font("sans" if "☒" in v else "serif", "", 9.5)
            pdf.set_xy(x0 + 46, yy)
            pdf.cell(w - 52, 5, v)
            pdf.set_draw_color(150, 150, 150)
            pdf.line(x0 + 46, yy + 5.5, x0 + w - 6, yy + 5.5)
            pdf.set_draw_color(0, 0, 0)
            yy += 9
        pdf.rect(x0 + 5, yy + 2, 55, 11)
        d.font("serif", "B", 12)
        pdf.set_xy(x0 + 5, yy + 4.5)
        pdf.cell(55, 6, amount, align="C")
        d.font("serif", "", 8.5)
        pdf.set_xy(x0 + w - 75, yy + 9)
        pdf.cell(70, 4, "Cashier: T. McFarlane", align="C")
        pdf.line(x0 + w - 72, yy + 8, x0 + w - 8, yy + 8)
        d.font("serif", "I", 7.5)
        pdf.set_xy(x0 + 5, y0 + h - 6)
        pdf.cell(
            w - 10, 4, "Payments are non-refundable. Please keep this receipt for your records."
        )
        pdf.set_y(y0 + h + 10)

    receipt(
        "004817",
        "09 February 2026",
        "Eighty-Five Thousand Jamaican Dollars only",
        "JMD 85,000.00",
        "Administrative service charge, H-2B Hospitality Programme 2026",
        "☒ Cash     ☐ Manager's cheque     ☐ Bank transfer",
    )
    receipt(
        "004853",
        "16 February 2026",
        "Nine Thousand Jamaican Dollars only",
        "JMD 9,000.00",
        "Hospitality orientation, 17-18 February 2026",
        "☐ Cash     ☐ Manager's cheque     ☒ Bank transfer",
    )
    return d


# ======================================================================================
# ce09  generic / en / Nepal -> Qatar agency-worker agreement with cost-disclosure annex
# ======================================================================================
def ce09():
    rec = "Trishuli Gateway Overseas Pvt. Ltd."
    d = Doc(
        "ce09.pdf",
        "generic",
        "en",
        "recruiter_agreement",
        "A4; agreement with gridded particulars table and numbered clauses; Annex 1 cost "
        "disclosure grid with 'Paid by' column and asterisk note; B.S./A.D. dates; "
        "thumbprint boxes for worker and witness",
        fmt="A4",
        margins=(18, 30, 18),
        bottom=20,
        recruiters=[rec],
        traps=[
            "'free visa, free ticket' paid by the employer",
            "return ticket paid by the employer",
            "salary by bank transfer under the Wage Protection System",
            "accommodation provided free",
            "biometrics and visa-centre appointment paid by the employer",
            "work visa and residence permit paid by the employer",
        ],
        missing=["employment_period", "deductions", "termination"],
        title="Foreign employment agreement TGO-QA-2082-0917",
    )
    pdf = d.pdf
    red = (150, 30, 30)

    def header(doc):
        doc.font("sans", "B", 12)
        doc.color(red)
        pdf.set_xy(18, 9)
        pdf.cell(0, 5, rec.upper())
        doc.font("sans", "", 7.5)
        doc.color((60, 60, 60))
        pdf.set_xy(18, 15)
        pdf.cell(
            0, 4, "Gaushala, Kathmandu-9, Nepal · DoFE Licence No. 1187/074/75 · +977-1-5550193"
        )
        pdf.set_xy(18, 9)
        pdf.cell(0, 4, "Ref: TGO/QA/2082-0917", align="R")
        pdf.set_draw_color(*red)
        pdf.set_line_width(0.5)
        pdf.line(18, 21, pdf.w - 18, 21)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)
        doc.color()
        pdf.set_y(pdf.t_margin)

    def footer(doc):
        doc.font("sans", "", 7)
        pdf.set_xy(18, pdf.h - 12)
        pdf.cell(0, 4, f"{pdf.page_no()} / {{nb}}", align="C")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para(
        "AGREEMENT BETWEEN RECRUITING AGENCY AND WORKER FOR FOREIGN EMPLOYMENT",
        size=11.5,
        style="B",
        align="C",
        after=1,
    )
    d.para("Date: 2082/10/13 B.S. (26 January 2026 A.D.)", size=8.5, align="C", after=3)
    d.para(
        "This agreement is made between " + rec + ' (hereinafter "the Agency") and the '
        'worker named below (hereinafter "the Worker") for employment in the State of Qatar '
        'with the employer named below (hereinafter "the Employer").',
        size=9.3,
    )
    d.table(
        [
            [
                "Employer",
                "Al Wakrah Crest Facility Services W.L.L., Building 12, Street 340, Zone 91, "
                "Al Wakrah, State of Qatar (P.O. Box 24817)",
            ],
            [
                "Worker",
                "Bir Bahadur Thapa Magar, Passport No. PA0938411, Musikot Municipality-4, "
                "Rukum West, Karnali Province",
            ],
            [
                "Position",
                "Cleaner (facility services): cleaning of shopping-mall floors, washrooms, "
                "glass and common areas; waste collection; operating scrubber machines",
            ],
            ["Place of work", "Client sites of the Employer in Doha and Lusail, State of Qatar"],
            ["Contract period", "As per the employment contract issued by the Employer"],
            [
                "Working hours",
                "8 hours per day, 6 days per week; one paid weekly rest day (Friday)",
            ],
            ["Basic salary", "QAR 1,000 (one thousand Qatari riyals) per month"],
            ["Food allowance", "QAR 300 per month"],
            ["Accommodation", "Provided free of cost by the Employer"],
            ["Salary payment", "Monthly, by bank transfer under the Wage Protection System (WPS)"],
            ["Visa and air ticket", "Free visa, free ticket (paid by the Employer)"],
            ["Return ticket", "Paid by the Employer on completion of the contract"],
        ],
        [40, 134],
        size=8.8,
        first_fill=(246, 232, 232),
        styles=["B", ""],
        row_ev={
            0: [
                E(
                    "employer_identity",
                    "Al Wakrah Crest Facility Services W.L.L., Building 12, Street 340, Zone 91, Al Wakrah, State of Qatar",
                )
            ],
            1: [E("worker_identity", "Bir Bahadur Thapa Magar, Passport No. PA0938411")],
            2: [
                E(
                    "job_duties",
                    "cleaning of shopping-mall floors, washrooms, glass and common areas",
                )
            ],
            3: [
                E(
                    "work_location",
                    "Client sites of the Employer in Doha and Lusail, State of Qatar",
                )
            ],
            5: [E("hours_of_work", "8 hours per day, 6 days per week")],
            6: [E("wage_rate", "QAR 1,000 (one thousand Qatari riyals) per month")],
            9: [
                E(
                    "pay_frequency",
                    "Monthly, by bank transfer under the Wage Protection System (WPS)",
                )
            ],
            11: [
                E(
                    "return_transportation",
                    "Return ticket Paid by the Employer on completion of the contract",
                )
            ],
        },
    )
    q_pass = (
        "The Employer will keep the Worker's passport during the period of employment for "
        "safe custody and will give him a photocopy."
    )
    q_pen = (
        "If the Worker returns to Nepal before completing his contract for personal reasons, "
        "he shall pay the Employer QAR 3,500 (three thousand five hundred riyals) as "
        "compensation for breaking the contract."
    )
    for i, (t, fs) in enumerate(
        [
            (
                "The Agency shall send the Worker to the Employer for the position above and shall give "
                "him a copy of the employment contract in Nepali before departure.",
                [],
            ),
            (
                'The Worker shall pay the costs shown as "Worker" in Annex 1 before the final approval '
                "(labour permit) is issued by the Department of Foreign Employment.",
                [],
            ),
            (q_pass, [F("document_retention", q_pass)]),
            (q_pen, [F("breach_penalty", q_pen, 3500, "QAR")]),
            (
                "The Worker may contact the Embassy of Nepal in Doha or the Department of Foreign "
                "Employment for any complaint.",
                [],
            ),
            ("Any dispute shall be settled under the Foreign Employment Act, 2064 (2007).", []),
        ],
        1,
    ):
        d.para(f"{i}. {t}", size=9.3, fees=fs, after=1.3)

    d.add_page()
    d.para("ANNEX 1 — COST DISCLOSURE", size=11, style="B", align="C", after=3)
    q_med = "Medical examination, approved centre, Kathmandu NPR 9,500 Worker"
    q_pdo = "Pre-departure orientation training (3 days) NPR 700 Worker"
    q_fund = "Foreign Employment Welfare Fund and compulsory insurance NPR 4,100 Worker"
    q_svc = "Agency service charge* NPR 10,000 Worker"
    d.table(
        [
            ["Qatar work visa and residence permit (QID)", "—", "Employer"],
            ["Air ticket Kathmandu–Doha", "—", "Employer"],
            ["Biometrics and visa-centre appointment, Kathmandu", "—", "Employer"],
            ["Medical examination, approved centre, Kathmandu", "NPR 9,500", "Worker"],
            ["Pre-departure orientation training (3 days)", "NPR 700", "Worker"],
            ["Foreign Employment Welfare Fund and compulsory insurance", "NPR 4,100", "Worker"],
            ["Agency service charge*", "NPR 10,000", "Worker"],
            ["Return air ticket Doha–Kathmandu", "—", "Employer"],
        ],
        [104, 36, 34],
        header=["Item", "Amount", "Paid by"],
        size=9,
        head_fill=(246, 232, 232),
        aligns=["L", "R", "C"],
        row_fees={
            3: [F("medical_cost", q_med, 9500, "NPR")],
            4: [F("training_cost", q_pdo, 700, "NPR")],
            5: [F("insurance_cost", q_fund, 4100, "NPR")],
            6: [F("recruitment_fee", q_svc, 10000, "NPR")],
        },
    )
    q_cash = (
        "The balance of the processing amount, NPR 1,20,000 (one lakh twenty thousand "
        "rupees), is to be paid in cash at the Gaushala office before the flight ticket is "
        "issued."
    )
    d.para(
        "* The official receipt is issued for the service charge of NPR 10,000 only. " + q_cash,
        size=8.5,
        style="I",
        fees=[F("recruitment_fee", q_cash, 120000, "NPR")],
        after=6,
    )
    d.para(
        "The contents of this agreement and its annex were read out to the Worker in Nepali, and "
        "he signed it of his own free will.",
        size=9.3,
        after=4,
    )
    d.sig_block(
        [
            ("For the Agency", "Shyam Prasad Adhikari", "Managing Director"),
            ("Worker", "Bir Bahadur Thapa Magar", "Signature / left thumb"),
            ("Witness", "Dil Kumari Gurung", ""),
        ],
        size=8.5,
        gap=12,
    )
    y = pdf.get_y() + 4
    d.box(pdf.l_margin + 58, y, 22, 26, "Worker (L)")
    d.box(pdf.l_margin + 84, y, 22, 26, "Worker (R)")
    d.box(pdf.l_margin + 118, y, 22, 26, "Witness")
    pdf.set_y(y + 34)
    return d


# ======================================================================================
# ce10  generic / en / compliant domestic-helper contract (Philippines -> Hong Kong)
# ======================================================================================
def ce10():
    ph, hk = "Lakandula Overseas Placement Corporation", "Tin Hau Harbour Employment Agency Limited"
    d = Doc(
        "ce10.pdf",
        "generic",
        "en",
        "employment_contract",
        "A4; numbered clauses with bold captions; accommodation schedule with ☒/☐ "
        "checkboxes; signature grid for employers, helper, witness and both agencies; "
        "initials footer on each page",
        fmt="A4",
        margins=(22, 22, 22),
        bottom=22,
        recruiters=[ph, hk],
        traps=[
            "wages paid into the helper's own bank account; she keeps her ATM card",
            "no deductions of any kind (agency fee, loan, food, housing, insurance)",
            "free food or a food allowance (allowance paid to the helper)",
            "free private room",
            "employer pays medical treatment and the whole insurance premium",
            "employer pays visa, medical examination, airfare and both agencies' service fees; no placement fee",
            "passport renewal (PHP 1,200) and police clearance refunded on arrival",
            "negated loan from a money lender (not debt bondage)",
            "helper keeps passport, HKID and contract",
            "free to leave the home on rest days",
            "no liability for accidental breakage (negated damage charge)",
        ],
        missing=[],
        title="Employment contract - foreign domestic helper",
    )
    pdf = d.pdf

    def footer(doc):
        doc.font("sans", "", 7)
        doc.color((90, 90, 90))
        pdf.set_xy(22, pdf.h - 13)
        pdf.cell(0, 4, "Contract ref. THH-FDH-26-0331")
        pdf.set_xy(22, pdf.h - 13)
        pdf.cell(0, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")
        pdf.set_xy(22, pdf.h - 13)
        pdf.cell(0, 4, "Employer ____   Helper ____", align="R")
        doc.color()

    d.footer_fn = footer
    d.add_page()
    d.para("EMPLOYMENT CONTRACT", family="serif", size=15, style="B", align="C", after=0.5)
    d.para(
        "for a Foreign Domestic Helper recruited from the Philippines",
        family="serif",
        size=10,
        style="I",
        align="C",
        after=4,
    )

    def C(n, cap, t, **kw):
        return d.para(
            f"**{n}. {cap}.** {t}", family="serif", size=9.6, lh=4.6, markdown=True, after=2.2, **kw
        )

    C(
        1,
        "Parties",
        "This contract is made between Mr. LAU Ka-ming and Mrs. LAU CHEUNG Wing-yan "
        "of Flat 21B, Block 3, Silverstrand Court, 9 Lok Wo Sha Lane, Ma On Shan, New Territories, "
        'Hong Kong ("the Employer"), and Ms. Rowena Dimaculangan Alcaraz of Barangay San Isidro, '
        'Rosario, Batangas, Philippines, holder of Philippine passport P4827391B ("the Helper").',
        ev=[
            E(
                "employer_identity",
                "Mr. LAU Ka-ming and Mrs. LAU CHEUNG Wing-yan of Flat 21B, Block 3, Silverstrand Court, 9 Lok Wo Sha Lane, Ma On Shan",
            ),
            E("worker_identity", "Ms. Rowena Dimaculangan Alcaraz"),
        ],
    )
    C(
        2,
        "Place of work",
        "The Helper will work and live only at the Employer's residence at the "
        "address in clause 1. She will not be asked to work at any other address, shop or office, "
        "or be lent to any other person.",
        ev=[
            E(
                "work_location",
                "The Helper will work and live only at the Employer's residence at the address in clause 1.",
            )
        ],
    )
    C(
        3,
        "Duties",
        "Household chores, cooking, and looking after the Employer's two children, "
        "aged 4 and 7. The Helper will not be asked to care for an elderly or bedridden person.",
        ev=[
            E(
                "job_duties",
                "Household chores, cooking, and looking after the Employer's two children, aged 4 and 7.",
            )
        ],
    )
    C(
        4,
        "Period",
        "Two years, from 1 June 2026 to 31 May 2028.",
        ev=[E("employment_period", "from 1 June 2026 to 31 May 2028")],
    )
    C(
        5,
        "Working hours and rest",
        "The working day runs from 7:30 a.m. to 7:30 p.m. and includes a "
        "one-hour meal break, so that the Helper works not more than 11 hours a day. She has a rest "
        "day of at least 24 continuous hours every Sunday, every statutory holiday, and paid annual "
        "leave as provided by the Employment Ordinance.",
        ev=[
            E(
                "hours_of_work",
                "The working day runs from 7:30 a.m. to 7:30 p.m. and includes a one-hour meal break",
            )
        ],
    )
    C(
        6,
        "Wages",
        "HKD 5,200 (five thousand two hundred Hong Kong dollars) per month, paid in full "
        "not later than the 7th day after the end of each month by transfer into a bank account in "
        "the Helper's own name. The Helper keeps her own ATM card and PIN.",
        ev=[
            E("wage_rate", "HKD 5,200 (five thousand two hundred Hong Kong dollars) per month"),
            E("pay_frequency", "not later than the 7th day after the end of each month"),
        ],
    )
    C(
        7,
        "Deductions",
        "None. No deduction of any kind is made from the Helper's wages; in "
        "particular no agency fee, loan repayment, food, accommodation, insurance or medical cost "
        "may be deducted.",
        ev=[E("deductions", "None. No deduction of any kind is made from the Helper's wages")],
    )
    C(
        8,
        "Food",
        "The Employer provides food free of charge. If food is not provided, the Employer "
        "pays the Helper a food allowance of HKD 1,236 per month on top of her wages.",
    )
    C(
        9,
        "Accommodation",
        "The Helper has a separate room with a window, described in the Schedule, free of charge.",
    )
    C(
        10,
        "Medical care and insurance",
        "The Employer pays for all medical treatment the Helper "
        "needs while in Hong Kong, and buys an insurance policy covering employees' compensation and "
        "medical care. The premium is paid entirely by the Employer.",
    )
    C(
        11,
        "Costs of coming to Hong Kong",
        f"The Employer pays the visa fee, the Helper's medical "
        f"examination in the Philippines, her airfare from Manila to Hong Kong, and the service "
        f"fees of {ph} and {hk}. If the Helper has already paid for her passport renewal (PHP 1,200) "
        f"or her police clearance, the Employer refunds the amount in full on her arrival. The "
        f"Helper is not required to pay any placement fee to either agency, and she should report "
        f"any request for money to the Labour Department or to the Philippine Consulate General.",
    )
    C(
        12,
        "No loans",
        "The Helper has not taken, and will not be asked to take, any loan from a "
        "money lender or finance company in connection with this job.",
    )
    C(
        13,
        "Documents",
        "The Helper keeps her passport, Hong Kong identity card and a copy of this "
        "contract. Neither the Employer nor either agency may hold them for any reason.",
    )
    C(
        14,
        "Rest days",
        "On rest days and holidays the Helper may leave the residence and spend the "
        "day as she wishes.",
    )
    C(
        15,
        "Breakage",
        "The Helper is not liable for accidental breakage or damage in the household.",
    )
    C(
        16,
        "Return passage",
        "When this contract ends or is terminated by either party, the Employer "
        "provides a free economy air ticket to Manila and a travel allowance of HKD 100 per day of "
        "travel.",
        ev=[
            E("return_transportation", "the Employer provides a free economy air ticket to Manila")
        ],
    )
    C(
        17,
        "Termination",
        "Either party may end this contract by giving one month's written notice "
        "or one month's wages in lieu of notice. Either party may end it without notice only in the "
        "circumstances set out in the Employment Ordinance, such as serious misconduct.",
        ev=[
            E(
                "termination",
                "Either party may end this contract by giving one month's written notice or one month's wages in lieu of notice.",
            )
        ],
    )

    d.ensure(70)
    d.space(2)
    d.para(
        "SCHEDULE — ACCOMMODATION AND FACILITIES", family="serif", size=10.5, style="B", after=1.5
    )
    d.table(
        [
            ["Room", "☒ separate room (about 5 m², with window)    ☐ shared room    ☐ other"],
            [
                "Facilities, free of charge",
                "☒ bed   ☒ wardrobe   ☒ air-conditioner   ☒ Wi-Fi   "
                "☒ toiletries   ☒ own lock on the door",
            ],
            ["Food", "☒ provided free    ☐ food allowance HKD 1,236 per month"],
        ],
        [48, 118],
        size=8.8,
        first_fill=(238, 238, 238),
        styles=["B", ""],
    )

    d.para("Signed at Hong Kong on 6 March 2026.", family="serif", size=9.5, after=1)
    d.sig_block(
        [
            ("Employer", "LAU Ka-ming", ""),
            ("Employer", "LAU CHEUNG Wing-yan", ""),
            ("Helper", "Rowena Dimaculangan Alcaraz", ""),
            ("Witness", "CHAN Oi-ling", ""),
            ("For the Hong Kong agency", hk, "Licence no. 58214"),
            ("For the Philippine agency", ph, "by Ma. Theresa Pangilinan"),
        ],
        cols=2,
        family="serif",
        size=8.5,
        gap=11,
    )
    return d


# ======================================================================================
# ce11  generic / es / recruiter letter + economic annex (Honduras -> Spain, Huelva)
# ======================================================================================
def ce11():
    rec = "Gestiones Laborales Ultramar Copán, S. de R.L."
    d = Doc(
        "ce11.pdf",
        "generic",
        "es",
        "recruiter_letter",
        "A4 letter with centred letterhead and P.S.; 'Anexo I' of numbered economic "
        "conditions on page 2 with acceptance signatures; money in lempiras and euros",
        fmt="A4",
        margins=(24, 20, 24),
        bottom=24,
        recruiters=[rec],
        traps=[
            "visa and consular paperwork paid by the employer ('a usted no le cuestan nada')",
            "'esta agencia no cobra comisión' (negation, but the annex charges an 'aporte')",
            "return ticket paid by the employer",
            "Spanish Social Security and IRPF withholding (statutory)",
            "gloves, scissors and hats free",
        ],
        missing=["pay_frequency", "termination"],
        title="Carta de selección campaña 2026",
    )
    pdf = d.pdf
    green = (20, 90, 50)

    def footer(doc):
        doc.font("sans", "", 7)
        doc.color((100, 100, 100))
        pdf.set_xy(24, pdf.h - 14)
        pdf.cell(
            0,
            4,
            "Barrio El Centro, 3a. Avenida, Santa Rosa de Copán, Honduras · Tel. (504) "
            f"2662-5518 · WhatsApp 9455-0187 · Hoja {pdf.page_no()}",
            align="C",
        )
        doc.color()

    d.footer_fn = footer
    d.add_page()
    d.font("serif", "B", 14)
    d.color(green)
    pdf.set_xy(24, 18)
    pdf.cell(0, 6, rec, align="C")
    d.font("serif", "I", 8.5)
    d.color((60, 60, 60))
    pdf.set_xy(24, 25)
    pdf.cell(0, 4, "Contratación de trabajadores agrícolas para campañas en España", align="C")
    d.color()
    pdf.set_draw_color(*green)
    pdf.line(60, 31, pdf.w - 60, 31)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(38)

    def P(t, size=10.3, after=3, **kw):
        d.para(t, family="sans", size=size, lh=size * 0.5, after=after, **kw)

    P("Santa Rosa de Copán, 3 de noviembre de 2025", align="R")
    P(
        "Señora\nDelmy Yesenia Pineda Chinchilla\nAldea El Naranjito, Dulce Nombre, Copán",
        align="L",
        ev=[E("worker_identity", "Delmy Yesenia Pineda Chinchilla")],
    )
    P("Estimada señora Pineda:", align="L")
    P(
        "Con mucho gusto le comunicamos que usted quedó seleccionada para la campaña de frutos rojos "
        "2026 con la empresa Agrícola Marismas del Tinto, S.L., con domicilio en Camino de los "
        "Arroyos s/n, 21800 Moguer (Huelva), España.",
        ev=[
            E(
                "employer_identity",
                "Agrícola Marismas del Tinto, S.L., con domicilio en Camino de los Arroyos s/n, 21800 Moguer (Huelva), España",
            )
        ],
    )
    P(
        "Su trabajo consistirá en la recolección de fresa y arándano, la limpieza de plantas y la "
        "colocación de las cajas en los carros, en las fincas de la empresa en el término municipal "
        "de Moguer. La campaña inicia el 2 de febrero de 2026 y termina el 15 de junio de 2026. La "
        "jornada es de 6 horas y media diarias, de lunes a sábado, con descanso los domingos.",
        ev=[
            E("job_duties", "la recolección de fresa y arándano, la limpieza de plantas"),
            E("work_location", "en las fincas de la empresa en el término municipal de Moguer"),
            E(
                "employment_period",
                "La campaña inicia el 2 de febrero de 2026 y termina el 15 de junio de 2026.",
            ),
            E("hours_of_work", "La jornada es de 6 horas y media diarias, de lunes a sábado"),
        ],
    )
    P(
        "El salario es de 53,95 euros por jornada trabajada, según el convenio colectivo del campo "
        "de la provincia de Huelva. El visado y los trámites consulares los realiza y los paga la "
        "empresa, a usted no le cuestan nada. Esta agencia no cobra comisión por colocarle.",
        ev=[E("wage_rate", "El salario es de 53,95 euros por jornada trabajada")],
    )
    P(
        "En el Anexo I encontrará las condiciones económicas de su contratación. Léalas con calma "
        "junto con su familia y, si está de acuerdo, preséntese a firmar en nuestra oficina a más "
        "tardar el 21 de noviembre."
    )
    P("Le saludamos atentamente,", align="L", after=12)
    pdf.line(24, pdf.get_y(), 90, pdf.get_y())
    d.space(1.5)
    P("Lic. Osman Leonel Paz Mejía\nGerente\n" + rec, align="L", after=5)
    P(
        "P. D. Cualquier consulta nos escribe al WhatsApp 9455-0187, con gusto le atendemos. No "
        "deje para última hora su pasaporte.",
        size=9.5,
        style="I",
    )

    d.add_page()
    d.para(
        "ANEXO I — CONDICIONES ECONÓMICAS DE LA CONTRATACIÓN",
        family="serif",
        size=11.5,
        style="B",
        align="C",
        rgb=green,
        after=4,
    )
    q_fee = (
        "Aporte por gestión de contratación: L 18,500.00 (dieciocho mil quinientos lempiras "
        "exactos), que se paga en nuestra oficina al firmar la carta de aceptación."
    )
    q_dep = (
        "Para garantizar su regreso a Honduras al finalizar la campaña, cada trabajadora deja "
        "un depósito en garantía de L 25,000.00, que se le devuelve cuando se presenta en "
        "nuestra oficina con el pasaporte sellado."
    )
    q_air = (
        "El importe del billete de avión de ida San Pedro Sula–Madrid, de unos 900 euros, se "
        "descuenta de las tres primeras nóminas."
    )
    q_room = (
        "El alojamiento en los módulos de la finca tiene un costo de 3 euros por día, que la "
        "empresa descuenta de la nómina."
    )
    items = [
        (q_fee, [F("recruitment_fee", q_fee, 18500, "HNL")], []),
        (q_dep, [F("deposit_or_bond", q_dep, 25000, "HNL")], []),
        (q_air, [F("travel_cost", q_air, 900, "EUR")], []),
        (q_room, [F("housing_charge", q_room, 3, "EUR")], []),
        (
            "De la nómina se descuentan también las cotizaciones a la Seguridad Social y la retención "
            "del IRPF que marca la ley española.",
            [],
            [
                E(
                    "deductions",
                    "De la nómina se descuentan también las cotizaciones a la Seguridad Social y la retención del IRPF",
                )
            ],
        ),
        (
            "El billete de vuelta a Honduras lo paga la empresa a las trabajadoras que terminan la "
            "campaña.",
            [],
            [
                E(
                    "return_transportation",
                    "El billete de vuelta a Honduras lo paga la empresa a las trabajadoras que terminan la campaña.",
                )
            ],
        ),
        ("Los guantes, las tijeras y los sombreros se entregan sin costo.", [], []),
    ]
    for i, (t, fs, ev) in enumerate(items, 1):
        d.para(f"{i}.  {t}", family="sans", size=10, lh=5, fees=fs, ev=ev, after=2.5, indent=2)
    d.space(10)
    d.para(
        "Leído el presente anexo, lo acepto en todas sus partes.", family="sans", size=10, after=2
    )
    d.sig_block(
        [
            ("Recibí original y anexo", "Delmy Yesenia Pineda Chinchilla", "Firma o huella"),
            ("Por la agencia", "Lic. Osman Leonel Paz Mejía", "Gerente"),
        ],
        gap=14,
        size=9,
    )
    return d


# ======================================================================================
# ce12  generic / es / payroll-deduction sheet (Mexico -> Quebec greenhouse), landscape
# ======================================================================================
def ce12():
    rec = "Enlace Laboral Bajío, S.C."
    d = Doc(
        "ce12.pdf",
        "generic",
        "es",
        "deduction_schedule",
        "landscape; header field grid (4 columns); gridded deduction table with wrapped "
        "sentence cells and 'Paga' column; numbered footnote; bilingual FR/ES header",
        fmt="letter",
        orient="L",
        margins=(14, 24, 14),
        bottom=16,
        recruiters=[rec],
        traps=[
            "federal/Quebec income tax, EI and QPP contributions (statutory, not insurance_cost)",
            "work permit (CAD 155) and LMIA (CAD 1,000) paid by the employer",
            "gloves, shears and boots free",
            "return ticket paid by the employer",
            "recruiter's fees paid by the employer; no recruitment fee (footnote)",
            "direct deposit",
        ],
        missing=["hours_of_work", "termination"],
        title="Hoja informativa de descuentos de nómina 2026",
    )
    pdf = d.pdf
    plum = (90, 40, 110)

    def header(doc):
        band(doc, 0, 14, plum)
        doc.font("sans", "B", 10)
        doc.color((255, 255, 255))
        pdf.set_xy(14, 4.5)
        pdf.cell(0, 5, "Les Serres du Rang Double inc.")
        doc.font("sans", "", 8)
        pdf.set_xy(14, 4.5)
        pdf.cell(
            0, 5, "Ressources humaines / Recursos humanos · Temporada / Saison 2026", align="R"
        )
        doc.color()
        pdf.set_y(pdf.t_margin - 4)

    def footer(doc):
        doc.font("sans", "", 7)
        pdf.set_xy(14, pdf.h - 11)
        pdf.cell(0, 4, f"RH-TET-04 · {pdf.page_no()}/{{nb}}", align="R")

    d.header_fn, d.footer_fn = header, footer
    d.add_page()
    d.para("HOJA INFORMATIVA DE DESCUENTOS DE NÓMINA", size=13, style="B", rgb=plum, after=0.5)
    d.para(
        "Trabajadores agrícolas temporales de México · Programa de Trabajadores Extranjeros "
        "Temporales (volet agricole) · Reclutamiento en México: " + rec + " (1)",
        size=8.5,
        style="I",
        after=2.5,
    )
    d.table(
        [
            [
                "Empleador",
                "Les Serres du Rang Double inc., 1450, rang Saint-Joseph, Sainte-Clotilde "
                "(Québec) J0L 1W0, Canadá",
                "Trabajador",
                "José Manuel Ortega Rangel",
            ],
            [
                "Puesto",
                "Trabajador de invernadero: cosecha de pepino y pimiento, deshoje, empaque",
                "Lugar de trabajo",
                "Invernaderos de la empresa en Sainte-Clotilde y Saint-Rémi, Québec",
            ],
            [
                "Periodo",
                "Del 9 de marzo al 27 de noviembre de 2026",
                "Salario",
                "CAD 17.75 por hora",
            ],
            [
                "Pago",
                "Semanal, los jueves, por depósito directo",
                "Horario",
                "Variable; lo fija el contramaestre cada semana",
            ],
        ],
        [26, 100, 30, 95.4],
        size=8.6,
        styles=["B", "", "B", ""],
        first_fill=(240, 232, 244),
        row_ev={
            0: [
                E(
                    "employer_identity",
                    "Les Serres du Rang Double inc., 1450, rang Saint-Joseph, Sainte-Clotilde (Québec) J0L 1W0",
                ),
                E("worker_identity", "José Manuel Ortega Rangel"),
            ],
            1: [
                E(
                    "job_duties",
                    "Trabajador de invernadero: cosecha de pepino y pimiento, deshoje, empaque",
                ),
                E(
                    "work_location",
                    "Invernaderos de la empresa en Sainte-Clotilde y Saint-Rémi, Québec",
                ),
            ],
            2: [
                E("employment_period", "Del 9 de marzo al 27 de noviembre de 2026"),
                E("wage_rate", "CAD 17.75 por hora"),
            ],
            3: [E("pay_frequency", "Semanal, los jueves, por depósito directo")],
        },
    )
    q_house = (
        "Cuarto compartido en la casa de la empresa, 1452, rang Saint-Joseph; se descuentan "
        "CAD 30.00 por semana."
    )
    q_air = (
        "Se recupera el boleto de avión de ida Ciudad de México–Montreal a razón de CAD 35.00 "
        "por semana hasta cubrir CAD 700.00."
    )
    q_ins = (
        "Mientras se activa la RAMQ, la empresa contrata un seguro médico privado y descuenta "
        "la prima de CAD 1.85 por día."
    )
    q_loan = (
        "Abono al préstamo personal de 8 500 pesos que " + rec + " le entregó antes de la "
        "salida, con interés del 3 % mensual."
    )
    d.table(
        [
            [
                "1",
                "Impuestos sobre la renta",
                "Retención federal y de Québec según las tablas oficiales.",
                "Según tablas",
                "Semanal",
                "Trabajador (ley)",
            ],
            [
                "2",
                "Seguro de empleo (AE) y RRQ",
                "Cotizaciones obligatorias por ley; dan derecho a prestaciones.",
                "Según tablas",
                "Semanal",
                "Trabajador (ley)",
            ],
            ["3", "Vivienda", q_house, "CAD 30.00", "Semanal", "Trabajador"],
            ["4", "Boleto de avión de ida", q_air, "CAD 35.00", "Semanal", "Trabajador"],
            ["5", "Seguro médico privado", q_ins, "CAD 12.95", "Semanal", "Trabajador"],
            ["6", "Préstamo", q_loan, "CAD 40.00", "Semanal", "Trabajador"],
            [
                "7",
                "Permiso de trabajo y EIMT",
                "La empresa paga el permiso de trabajo (CAD 155) y la "
                "evaluación de impacto en el mercado laboral (CAD 1,000).",
                "—",
                "—",
                "Empleador",
            ],
            ["8", "Guantes, tijeras y botas", "Se entregan sin costo.", "—", "—", "Empleador"],
            [
                "9",
                "Boleto de regreso",
                "La empresa paga el boleto de avión de regreso a la Ciudad de "
                "México al terminar la temporada.",
                "—",
                "—",
                "Empleador",
            ],
        ],
        [9, 44, 108, 27, 27, 36.4],
        header=["#", "Concepto", "Detalle", "Monto", "Frecuencia", "Paga"],
        size=8.6,
        head_fill=plum,
        head_rgb=(255, 255, 255),
        zebra=(247, 244, 249),
        row_fees={
            2: [F("housing_charge", q_house, 30, "CAD")],
            3: [F("travel_cost", q_air, 35, "CAD")],
            4: [F("insurance_cost", q_ins, 1.85, "CAD")],
            5: [F("debt_bondage", q_loan, 8500, "MXN")],
        },
        row_ev={
            0: [E("deductions", "Retención federal y de Québec según las tablas oficiales.")],
            8: [
                E(
                    "return_transportation",
                    "La empresa paga el boleto de avión de regreso a la Ciudad de México al terminar la temporada.",
                )
            ],
        },
    )
    d.para(
        "(1) Los honorarios de " + rec + " los cubre la empresa; ningún trabajador debe pagar "
        "cuota de reclutamiento.",
        size=8,
        style="I",
        after=1,
    )
    d.para(
        "Leída y explicada en español por Marie-Ève Gauthier, coordonnatrice RH, el 9 de marzo "
        "de 2026.        Firma del trabajador: ______________________________",
        size=8.5,
        after=0,
    )
    return d


# ======================================================================================
# build + self-check
# ======================================================================================
DOCS = [ce01, ce02, ce03, ce04, ce05, ce06, ce07, ce08, ce09, ce10, ce11, ce12]


class _Page:
    """Texts in which a quote may be found, computed lazily: the page text, its two
    half-page columns, then the cells and rows of its ruled tables."""

    def __init__(self, page):
        self.page, self._c = page, []

    def _stage(self, k):
        p = self.page
        W, H = p.width, p.height
        if k == 0:
            return [norm(p.extract_text() or "")]
        if k == 1:
            return [
                norm(p.crop(b).extract_text() or "") for b in ((0, 0, W / 2, H), (W / 2, 0, W, H))
            ]
        out = []
        for table in p.extract_tables():
            for row in table:
                cells = [norm(c or "") for c in row]
                out.extend(c for c in cells if c)
                out.append(" ".join(c for c in cells if c))
        return out

    def has(self, s):
        s = norm(s)
        for k in range(3):
            if len(self._c) <= k:
                self._c.append(self._stage(k))
            if any(s in c for c in self._c[k]):
                return True
        return False


def check(docs, out_dir):
    import pdfplumber

    errors = []
    err = errors.append
    for d in docs:
        lab = d.label()
        path = os.path.join(out_dir, d.file)
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                err(f"{d.file}: {len(pdf.pages)} pages, label says {lab['pages']}")
            cands = [_Page(p) for p in pdf.pages]
            for i, p in enumerate(pdf.pages, 1):
                if i in d.scanned_pages:
                    if p.chars:
                        err(f"{d.file} p{i}: scanned page has a text layer")
                    if not p.images:
                        err(f"{d.file} p{i}: scanned page has no image")
                    else:
                        im = p.images[0]
                        dpi = im["srcsize"][0] / (p.width / 72.0)
                        if dpi < 150:
                            err(f"{d.file} p{i}: scan only {dpi:.0f} dpi")
                    if any(f.page == i for f in d.fees):
                        err(f"{d.file} p{i}: a fee is on the scanned page")
                elif not p.chars:
                    err(f"{d.file} p{i}: no text layer")
            for f in lab["fees"]:
                if f["category"] not in CATEGORIES:
                    err(f"{d.file}: bad category {f['category']}")
                if f["currency"] is not None and f["currency"] not in CURRENCIES:
                    err(f"{d.file}: bad currency {f['currency']}")
                if (f["amount"] is None) != (f["currency"] is None):
                    err(f"{d.file}: amount/currency mismatch in {f['quote'][:40]}")
                q = norm(f["quote"])
                if not cands[f["page"] - 1].has(q):
                    err(f"{d.file} p{f['page']}: quote not found: {q[:70]}")
            for r in lab["recruiters"]:
                if not any(c.has(r) for c in cands):
                    err(f"{d.file}: recruiter not in text: {r}")
            for e in d.evidence:
                if not cands[e.page - 1].has(e.snippet):
                    err(f"{d.file} p{e.page}: evidence for {e.term} not found: {e.snippet[:60]}")
        req = required_terms(d.program)
        present = {e.term for e in d.evidence}
        for t in present - set(req):
            err(f"{d.file}: evidence for non-required term {t}")
        for t in lab["missing_terms"]:
            if t not in req:
                err(f"{d.file}: missing term {t} not required for {d.program}")
            if t in present:
                err(f"{d.file}: {t} labelled missing but evidence says present")
        for t in req:
            if t not in present and t not in lab["missing_terms"]:
                err(f"{d.file}: required term {t} neither evidenced nor labelled missing")
        if not lab["fees"] and not lab["missing_terms"] and not lab["traps"]:
            err(f"{d.file}: compliant document without traps")
    labels = [d.label() for d in docs]
    progs = [l["program"] for l in labels]
    if sorted(progs) != sorted(["h2a"] * 4 + ["h2b"] * 4 + ["generic"] * 4):
        err(f"program mix {progs}")
    if sum(l["scanned"] for l in labels) != 1:
        err("exactly one document must be scanned")
    if sum(1 for l in labels if not l["fees"] and not l["missing_terms"]) < 3:
        err("fewer than 3 compliant documents")
    return errors


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    update = "--update-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    docs = []
    for fn in DOCS:
        d = fn()
        d.save(out_dir)
        docs.append(d)
    labels = [d.label() for d in docs]
    text = json.dumps(labels, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    errors = check(docs, out_dir)
    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed) and not update:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            errors.append(
                "generated labels differ from the committed labels.json "
                "(rerun with --update-labels if the change is intended)"
            )
            for a, b in zip(old, labels):
                for k in sorted(set(a) | set(b)):
                    if a.get(k) != b.get(k):
                        errors.append(f"  {b.get('file')}: key '{k}' differs")
            if len(old) != len(labels):
                errors.append(f"  {len(old)} committed entries vs {len(labels)} generated")
    elif not errors:
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
    if errors:
        print("SELF-CHECK FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    nfees = sum(len(l["fees"]) for l in labels)
    nmiss = sum(len(l["missing_terms"]) for l in labels)
    print(f"ok: {len(labels)} documents, {nfees} fee findings, {nmiss} missing terms -> {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
