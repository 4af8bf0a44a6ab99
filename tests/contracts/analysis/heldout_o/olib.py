"""Small layout helpers for the heldout_o batch (fpdf2, pdfplumber, pypdfium2, Pillow)."""

import datetime as dt
import random

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

FIXED_DATE = dt.datetime(2026, 1, 20, 9, 30, 0, tzinfo=dt.UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"


class Doc(FPDF):
    """A page-numbered document with optional repeated header and footer lines."""

    def __init__(self, fmt="Letter", header_text="", footer_text="", family="sans", margins=18):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("Office document writer")
        self.add_font("sans", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("sans", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("sans", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.add_font("sans", "BI", DEJAVU + "DejaVuSans-BoldOblique.ttf")
        self.add_font("cond", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("cond", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("cond", "I", DEJAVU + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("serif", "", DEJAVU + "DejaVuSerif.ttf")
        self.add_font("serif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
        self.add_font("serif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
        self.add_font("serif", "BI", DEJAVU + "DejaVuSerif-BoldItalic.ttf")
        self.add_font("noto", "", NOTO + "NotoSans-Regular.ttf")
        self.add_font("noto", "B", NOTO + "NotoSans-Bold.ttf")
        self.add_font("noto", "I", NOTO + "NotoSans-Italic.ttf")
        self.family = family
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_margins(margins, 18, margins)
        self.set_auto_page_break(True, 20)
        self.body = 10
        self.set_font(family, "", self.body)

    def header(self):
        if self.header_text:
            self.set_font(self.family, "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(8)
            self.cell(0, 4, self.header_text, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_text_color(0, 0, 0)
            self.set_y(18)
            self.set_font(self.family, "", self.body)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(90, 90, 90)
        text = self.footer_text.replace("{p}", str(self.page_no()))
        self.cell(0, 4, text, align="C")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------------ text
    def ttl(self, text, size=14, align="C", style="B", space=2):
        self.set_font(self.family, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)
        self.set_font(self.family, "", self.body)

    def heading(self, text, size=None, space_before=2.5, fill=None):
        size = size or self.body + 1
        self.ln(space_before)
        if self.get_y() + 16 > self.page_break_trigger:
            self.add_page()
        self.set_font(self.family, "B", size)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0,
            size * 0.5,
            text,
            align="L",
            fill=bool(fill),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(0.8)
        self.set_fill_color(255, 255, 255)
        self.set_font(self.family, "", self.body)

    def para(self, text, size=None, style="", align="J", lh=None, indent=0, space=1.6, md=False):
        size = size or self.body
        self.set_font(self.family, style, size)
        lh = lh or size * 0.48
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.get_x(),
            lh,
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(space)
        self.set_font(self.family, "", self.body)

    def clause(self, label, text, size=None, space=1.6, lh=None):
        """Numbered clause: bold label run in, then the text (markdown bold)."""
        self.para("**%s** %s" % (label, text), size=size, md=True, space=space, lh=lh)

    def bullets(self, items, size=None, indent=5, mark="-"):
        size = size or self.body
        for it in items:
            self.set_font(self.family, "", size)
            self.set_x(self.l_margin + indent - 3.5)
            self.cell(3.5, size * 0.48, mark)
            self.multi_cell(
                self.w - self.r_margin - self.get_x(),
                size * 0.48,
                it,
                align="L",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(0.8)
        self.ln(0.8)

    def tab(
        self,
        rows,
        widths,
        grid=True,
        head=True,
        size=None,
        lh=None,
        head_fill=(225, 230, 238),
        align="LEFT",
        bold_first_col=False,
    ):
        size = size or self.body - 1
        self.set_font(self.family, "", size)
        layout = "ALL" if grid else "NONE"
        style = FontFace(emphasis="BOLD", fill_color=head_fill if grid else None)
        with self.table(
            col_widths=widths,
            borders_layout=layout,
            first_row_as_headings=head,
            headings_style=style,
            line_height=lh or size * 0.5,
            text_align=align,
            padding=1.2,
        ) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first_col and j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(2)
        self.set_font(self.family, "", self.body)

    def side_by_side(self, pairs, size=None, heads=None, gutter_note=False):
        """Bilingual parallel text: a borderless two-column table, one row per clause."""
        size = size or self.body - 0.5
        self.set_font(self.family, "", size)
        with self.table(
            col_widths=(1, 1),
            borders_layout="NONE",
            first_row_as_headings=bool(heads),
            headings_style=FontFace(emphasis="BOLD"),
            line_height=size * 0.48,
            text_align="JUSTIFY",
            padding=(1.2, 3, 1.2, 0),
            gutter_width=6,
        ) as t:
            if heads:
                row = t.row()
                for h in heads:
                    row.cell(h)
            for a, b in pairs:
                row = t.row()
                row.cell(a)
                row.cell(b)
        self.ln(1)
        self.set_font(self.family, "", self.body)

    def rule(self, space=2):
        self.ln(space)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(space)

    def band(self, text, sub="", color=(32, 74, 110), size=15):
        """Colored letterhead band at the top of the current page."""
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, 26, style="F")
        self.set_fill_color(255, 255, 255)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 6)
        self.set_font(self.family, "B", size)
        self.cell(0, 8, text)
        if sub:
            self.set_xy(self.l_margin, 15)
            self.set_font(self.family, "", 8.5)
            self.cell(0, 5, sub)
        self.set_text_color(0, 0, 0)
        self.set_y(32)
        self.set_font(self.family, "", self.body)

    def signatures(self, left, right, size=None):
        size = size or self.body - 1
        self.ln(6)
        if self.get_y() + 20 > self.page_break_trigger:
            self.add_page()
        self.set_font(self.family, "", size)
        half = (self.w - self.l_margin - self.r_margin) / 2
        y = self.get_y()
        self.line(self.l_margin, y + 10, self.l_margin + half - 10, y + 10)
        self.line(self.l_margin + half + 10, y + 10, self.w - self.r_margin, y + 10)
        self.set_xy(self.l_margin, y + 11)
        self.multi_cell(half - 10, size * 0.48, left, align="L")
        self.set_xy(self.l_margin + half + 10, y + 11)
        self.multi_cell(half - 10, size * 0.48, right, align="L")
        self.set_y(max(self.get_y(), y + 22))
        self.set_font(self.family, "", self.body)

    def fingerprint_box(self, label):
        self.ln(2)
        if self.get_y() + 40 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        x = self.w - self.r_margin - 32
        self.rect(x, y, 32, 30)
        self.set_font(self.family, "", 7)
        self.set_xy(x, y + 31)
        self.multi_cell(32, 3.2, label, align="C")
        self.set_font(self.family, "", self.body)


# ---------------------------------------------------------------------- scan
def rasterise(text_pdf_path, out_pdf_path, seed, dpi=200):
    """Render a text PDF to images, add seeded noise and skew, save an image-only PDF."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(str(text_pdf_path))
    images = []
    sizes = []
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        arr = np.asarray(img).astype(np.int16)
        # paper tint, sensor noise and a few dark specks
        arr = arr - 14 + nrng.normal(0, 9, arr.shape).round().astype(np.int16)
        specks = nrng.random(arr.shape) < 0.0006
        arr[specks] = nrng.integers(40, 120, int(specks.sum()))
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236)
        images.append(img)
        sizes.append((w_pt, h_pt))
    src.close()
    pdf = FPDF(unit="pt")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("Scanner")
    pdf.set_auto_page_break(False)
    for img, (w_pt, h_pt) in zip(images, sizes):
        pdf.add_page(format=(w_pt, h_pt))
        pdf.image(img, x=0, y=0, w=w_pt, h=h_pt)
    pdf.output(str(out_pdf_path))


# -------------------------------------------------------------------- verify
def norm(s):
    return " ".join(s.split())


def page_texts(path):
    """For each page: the full text plus left-half and right-half crops (parallel columns)."""
    import pdfplumber

    out = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            texts = [norm(page.extract_text() or "")]
            w, h = page.width, page.height
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                texts.append(norm(page.within_bbox(box).extract_text() or ""))
            out.append(texts)
    return out
