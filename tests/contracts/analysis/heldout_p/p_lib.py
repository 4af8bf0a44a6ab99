"""Layout helpers for the heldout_p batch (fpdf2), plus the scan simulator."""

from __future__ import annotations

import datetime as dt
import random
import time

from fpdf import FPDF
from fpdf.fonts import FontFace

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
FIXED_DATE = dt.datetime(2025, 3, 4, 9, 30, 0, tzinfo=dt.UTC)


class Doc(FPDF):
    """A PDF with optional running header/footer drawn on every page."""

    def __init__(self, fmt="Letter", head=None, foot=None, font="sans", margin=18):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("DocPrep 4.2")
        self.head_text = head
        self.foot_text = foot
        self.add_font("sans", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("sans", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("sans", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.add_font("cond", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("cond", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("cond", "I", DEJAVU + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("serif", "", DEJAVU + "DejaVuSerif.ttf")
        self.add_font("serif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
        self.add_font("serif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
        self.add_font("noto", "", NOTO + "NotoSans-Regular.ttf")
        self.add_font("noto", "B", NOTO + "NotoSans-Bold.ttf")
        self.add_font("noto", "I", NOTO + "NotoSans-Italic.ttf")
        self.base = font
        self.set_margins(margin, 16, margin)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()
        self.add_page()

    def header(self):
        if self.head_text:
            self.set_font(self.base, "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, self.head_text, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 12, self.w - self.r_margin, 12)
            self.set_text_color(0, 0, 0)
            self.set_y(16)

    def footer(self):
        if self.foot_text:
            self.set_y(-12)
            self.set_font(self.base, "", 7.5)
            self.set_text_color(90, 90, 90)
            txt = self.foot_text.replace("{p}", str(self.page_no())).replace("{n}", "{nb}")
            self.cell(0, 4, txt, align="C")
            self.set_text_color(0, 0, 0)

    # ---- blocks -------------------------------------------------------
    def band(self, title, sub=None, color=(30, 70, 120), size=15):
        y = self.get_y()
        self.set_fill_color(*color)
        self.rect(0, y - 2, self.w, 16 if sub else 12, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, y)
        self.set_font(self.base, "B", size)
        self.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.set_font(self.base, "", 8.5)
            self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.ln(5)

    def heading(self, text, size=13, align="C"):
        self.set_font(self.base, "B", size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def sec(self, text, size=10.5, color=(0, 0, 0)):
        self.ln(1.5)
        self.set_text_color(*color)
        self.set_font(self.base, "B", size)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, text, size=9.5, style="", lh=None, indent=0, after=1.5):
        self.set_font(self.base, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.l_margin - self.r_margin - indent,
            lh or size * 0.48,
            text,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)

    def clause(self, num, text, size=9.5):
        """Numbered clause with hanging indent (long labels such as PRIMERA. run inline)."""
        if len(num) > 5:
            self.set_font(self.base, "", size)
            self.multi_cell(
                0, size * 0.48, f"**{num}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT"
            )
            self.ln(1.5)
            return
        self.set_font(self.base, "B", size)
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(10, size * 0.48, num)
        self.set_xy(self.l_margin + 10, y)
        self.set_font(self.base, "", size)
        self.multi_cell(
            self.w - self.l_margin - self.r_margin - 10,
            size * 0.48,
            text,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(1.5)

    def bullets(self, items, size=9.5, mark="\u2022"):
        for it in items:
            self.set_font(self.base, "", size)
            y = self.get_y()
            self.set_x(self.l_margin + 3)
            self.cell(5, size * 0.48, mark)
            self.set_xy(self.l_margin + 8, y)
            self.multi_cell(
                self.w - self.l_margin - self.r_margin - 8,
                size * 0.48,
                it,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(0.8)
        self.ln(1)

    def grid(self, rows, widths, header=True, size=8.5, borders="ALL", head_fill=(220, 228, 238)):
        self.set_font(self.base, "", size)
        style = FontFace(emphasis="BOLD", fill_color=head_fill) if header else None
        with self.table(
            col_widths=widths,
            borders_layout=borders,
            first_row_as_headings=header,
            headings_style=style,
            text_align="LEFT",
            line_height=size * 0.5,
            padding=1.2,
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2.5)

    def qa(self, q, a, size=9.5):
        self.set_font(self.base, "B", size)
        self.multi_cell(0, size * 0.5, q, new_x="LMARGIN", new_y="NEXT")
        self.p(a, size=size, indent=4, after=2.5)

    def columns(self, blocks, size=8.8, gutter=8):
        """Flowing two-column text; blocks are (kind, text) with kind 'h' or 'p'."""
        with self.text_columns(ncols=2, gutter=gutter, text_align="LEFT", line_height=1.25) as cols:
            for kind, text in blocks:
                if kind == "h":
                    cols.write("\n")
                    self.set_font(self.base, "B", size + 1)
                    cols.write(text + "\n")
                    self.set_font(self.base, "", size)
                elif kind == "br":
                    cols.new_column()
                else:
                    self.set_font(self.base, "", size)
                    cols.write(text + "\n")
        self.ln(2)

    def sign(self, labels, size=8.5):
        self.ln(8)
        w = (self.w - self.l_margin - self.r_margin) / len(labels)
        y = self.get_y()
        self.set_draw_color(0, 0, 0)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * w
            self.line(x + 2, y, x + w - 6, y)
            self.set_xy(x + 2, y + 1)
            self.set_font(self.base, "", size)
            self.multi_cell(w - 8, size * 0.45, lab)
        self.set_y(y + 14)


def scan_pdf(text_pdf_path, out_path, seed, dpi=200, angle=0.7):
    """Rasterise a text PDF and save it as an image-only PDF with mild noise and skew."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(str(text_pdf_path))
    images = []
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle + rng.uniform(-0.2, 0.2), resample=Image.BICUBIC, fillcolor=245)
        arr = np.asarray(img).astype(np.float32)
        # paper tone, gain, gaussian noise, sparse dust specks
        arr = arr * 0.93 + 10
        arr += nrng.normal(0, 7.0, arr.shape)
        specks = nrng.random(arr.shape) < 0.0006
        arr[specks] = nrng.uniform(40, 140, int(specks.sum()))
        # darker left edge like a scanner lid shadow
        h, w = arr.shape
        ramp = np.clip(1 - np.arange(w) / (w * 0.04), 0, 1) * 55
        arr -= ramp[None, :]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        images.append(img)
    src.close()
    images[0].save(
        out_path,
        "PDF",
        resolution=dpi,
        save_all=True,
        append_images=images[1:],
        creationDate=time.gmtime(FIXED_DATE.timestamp()),
        modDate=time.gmtime(FIXED_DATE.timestamp()),
        producer="ScanSnap Manager",
        title="scan",
    )
