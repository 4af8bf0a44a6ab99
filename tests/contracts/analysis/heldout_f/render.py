"""Rendering + verification helpers for the heldout_f batch (fpdf2 + pdfplumber)."""

import datetime
import io
import os
import random
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

FONTS = "/usr/share/fonts/truetype"
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0, tzinfo=datetime.UTC)
REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(program, cat, override=None):
    if override:
        return override
    if cat in REVIEW_ALWAYS:
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def F(text, cat, amount=None, currency=None, group=None, sev=None):
    return {
        "F": text,
        "cat": cat,
        "amount": amount,
        "currency": currency,
        "group": group,
        "sev": sev,
    }


def txt(c):
    return c["F"] if isinstance(c, dict) else c


class Doc(FPDF):
    def __init__(self, spec):
        fmt = spec.get("format", "Letter")
        super().__init__(unit="mm", format=fmt)
        self.spec = spec
        self.found = []
        self.set_creation_date(FIXED)
        self.set_creator("heldout_f build.py")
        self.set_auto_page_break(True, margin=spec.get("bottom", 18))
        fam = spec.get("font", "sans")
        files = {
            "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
            "serif": (
                "liberation/LiberationSerif-Regular.ttf",
                "liberation/LiberationSerif-Bold.ttf",
            ),
            "narrow": (
                "liberation/LiberationSansNarrow-Regular.ttf",
                "liberation/LiberationSansNarrow-Bold.ttf",
            ),
            "dv": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
            "dvserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
            "mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
        }[fam]
        self.add_font("B0", "", os.path.join(FONTS, files[0]))
        self.add_font("B0", "B", os.path.join(FONTS, files[1]))
        self.fs = spec.get("size", 10)
        self.lh = self.fs * 0.48
        m = spec.get("margin", 20)
        self.set_margins(m, m, m)

    def header(self):
        if self.spec.get("bg"):
            self.set_fill_color(*self.spec["bg"])
            self.rect(0, 0, self.w, self.h, style="F")

    def footer(self):
        if self.spec.get("footer"):
            self.set_y(-12)
            self.set_font("B0", "", 7)
            self.set_text_color(110)
            self.cell(0, 4, self.spec["footer"].format(p=self.page_no()), align="C")
            self.set_text_color(0)

    def record(self, c):
        if isinstance(c, dict):
            self.found.append(dict(c, page=self.page_no()))

    # blocks
    def band(self, text, rgb, sub=None):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, 24 if sub else 18, style="F")
        self.set_xy(self.l_margin, 5)
        self.set_text_color(255)
        self.set_font("B0", "B", self.fs + 4)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.set_font("B0", "", self.fs - 1)
            self.cell(0, 6, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(30 if sub else 24)

    def run(self, body):
        for b in body:
            k = b[0]
            if k == "pb":
                self.add_page()
            elif k == "band":
                self.band(*b[1:])
            elif k == "title":
                self.set_font("B0", "B", self.fs + 3)
                self.multi_cell(
                    0,
                    self.lh + 2,
                    b[1],
                    align=b[2] if len(b) > 2 else "C",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                self.ln(2)
            elif k == "h":
                self.ln(1.5)
                self.set_font("B0", "B", self.fs + 0.5)
                self.multi_cell(0, self.lh + 0.6, b[1], new_x="LMARGIN", new_y="NEXT")
                self.ln(0.5)
            elif k in ("p", "F"):
                c = b[1]
                self.set_font("B0", "", self.fs)
                ind = b[2] if len(b) > 2 else 0
                self.set_x(self.l_margin + ind)
                hh = self.multi_cell(0, self.lh, txt(c), dry_run=True, output="HEIGHT")
                if self.get_y() + hh > self.page_break_trigger:
                    self.add_page()
                self.record(c)
                self.multi_cell(0, self.lh, txt(c), new_x="LMARGIN", new_y="NEXT")
                self.ln(1.2)
            elif k == "small":
                self.set_font("B0", "", self.fs - 2)
                self.set_text_color(90)
                self.multi_cell(0, self.lh - 0.8, b[1], new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0)
                self.ln(1)
            elif k == "table":
                rows, widths = b[1], b[2]
                opts = b[3] if len(b) > 3 else {}
                self.set_font("B0", "", opts.get("size", self.fs - 0.5))
                head = opts.get("head", True)
                self.set_fill_color(255, 255, 255)
                with self.table(
                    col_widths=widths,
                    text_align="LEFT",
                    line_height=self.lh,
                    first_row_as_headings=head,
                    padding=1.2,
                    borders_layout=opts.get("borders", "ALL"),
                    cell_fill_mode="NONE",
                    headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
                    if head
                    else None,
                ) as t:
                    for r in rows:
                        row = t.row()
                        for c in r:
                            self.record(c)
                            row.cell(txt(c))
                self.ln(3)
            elif k == "sig":
                self.ln(4)
                self.set_font("B0", "", self.fs - 0.5)
                if self.get_y() + 30 > self.page_break_trigger:
                    self.add_page()
                y = self.get_y()
                w = (self.w - self.l_margin - self.r_margin) / len(b[1])
                for i, lab in enumerate(b[1]):
                    x = self.l_margin + i * w
                    self.rect(x + 2, y, w - 4, 26)
                    self.set_xy(x + 4, y + 19)
                    self.cell(w - 8, 5, lab)
                self.set_y(y + 30)
            elif k == "bubble":
                c, side, stamp = b[1], b[2], b[3]
                self.set_font("B0", "", self.fs)
                W = self.w - self.l_margin - self.r_margin
                bw = W * 0.8
                x = self.l_margin + (W - bw if side == "R" else 0)
                self.set_fill_color(*((220, 248, 198) if side == "R" else (255, 255, 255)))
                self.set_x(x)
                hh = self.multi_cell(
                    bw, self.lh + 0.4, txt(c), padding=2, dry_run=True, output="HEIGHT"
                )
                if self.get_y() + hh + 4 > self.page_break_trigger:
                    self.add_page()
                    self.set_x(x)
                self.record(c)
                self.multi_cell(
                    bw, self.lh + 0.4, txt(c), fill=True, padding=2, new_x="LMARGIN", new_y="NEXT"
                )
                self.set_font("B0", "", self.fs - 3)
                self.set_text_color(120)
                self.set_x(x)
                self.cell(bw, 3.5, stamp, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0)
                self.ln(2.5)
            else:
                raise ValueError(k)


def build_pdf(spec, path):
    d = Doc(spec)
    d.add_page()
    if spec.get("bg"):
        pass
    d.run(spec["body"])
    d.output(path)
    return d.found, d.page_no()


def scan(src, dst, seed=11):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(src)
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED)
    rng = random.Random(seed)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        img = page.render(scale=150 / 72).to_pil().convert("L")
        img = img.rotate(0.8, resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = img.load()
        W, H = img.size
        for _ in range(6000):
            x, y = rng.randrange(W), rng.randrange(H)
            px[x, y] = rng.choice((90, 140, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: min(255, int(v * 0.93 + 12)))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=70)
        buf.seek(0)
        out.add_page(format=(w, h))
        out.image(buf, 0, 0, w, h)
    out.output(dst)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def locate(pdf_path, quote, page):
    """return (found_page, how) or (None, None)"""
    import pdfplumber

    q = norm(quote)
    qn = q.replace(" ", "")
    with pdfplumber.open(pdf_path) as pdf:
        order = [page - 1] + [i for i in range(len(pdf.pages)) if i != page - 1]
        for i in order:
            if i < 0 or i >= len(pdf.pages):
                continue
            p = pdf.pages[i]
            t = norm(p.extract_text())
            if q in t:
                return i + 1, "page text"
            for tb in p.extract_tables():
                for r in tb:
                    for c in r:
                        if c and q in norm(c):
                            return i + 1, "table cell"
            for tb in p.find_tables():
                for cell in tb.cells:
                    ct = norm(p.crop(cell).extract_text())
                    if q in ct:
                        return i + 1, "cell crop"
            if qn in t.replace(" ", ""):
                return i + 1, "page text (spaces lost)"
    return None, None
