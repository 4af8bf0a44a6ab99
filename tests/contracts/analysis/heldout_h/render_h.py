"""Small drawing helpers (fpdf2) shared by the heldout_h documents."""

import io
import random
from datetime import UTC, datetime

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

FACES = {
    "sans": {
        "": "DejaVuSans",
        "B": "DejaVuSans-Bold",
        "I": "DejaVuSans-Oblique",
        "BI": "DejaVuSans-BoldOblique",
    },
    "serif": {
        "": "DejaVuSerif",
        "B": "DejaVuSerif-Bold",
        "I": "DejaVuSerif-Italic",
        "BI": "DejaVuSerif-BoldItalic",
    },
}

LETTER = (612, 792)
LEGAL = (612, 1008)


class Doc(FPDF):
    """FPDF in points with DejaVu fonts, optional repeated header and footer."""

    def __init__(self, fmt=LETTER, margins=(60, 56, 60), bottom=64, title="documento"):
        super().__init__(unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("heldout_h")
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.hdr = None  # callable(doc) or None
        self.ftr = None
        self.set_font("sans", "", 10)

    def set_font(self, family=None, style="", size=0):
        """Register DejaVu faces lazily (parsing every TTF up front is slow)."""
        fam = (family or self.font_family).lower()
        raw = style if isinstance(style, str) else style.style
        st = "".join(sorted(raw.upper().replace("U", "").replace("S", "")))
        if fam in FACES and st in FACES[fam] and fam + st not in self.fonts:
            self.add_font(fam, st, FONT_DIR + FACES[fam][st] + ".ttf")
        super().set_font(family, style, size)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    # ---- text helpers -------------------------------------------------
    def para(
        self,
        text,
        size=10,
        style="",
        font="sans",
        lh=None,
        align="L",
        color=(0, 0, 0),
        gap=4,
        indent=0,
    ):
        self.set_font(font, style, size)
        self.set_text_color(*color)
        x0 = self.l_margin
        if indent:
            self.set_x(x0 + indent)
        self.multi_cell(
            self.epw - indent, lh or size * 1.32, text, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        if gap:
            self.ln(gap)

    def heading(self, text, size=12, font="sans", color=(0, 0, 0), gap=4, align="L"):
        self.para(text, size=size, style="B", font=font, color=color, gap=gap, align=align)

    def band(self, text, sub=None, fill=(24, 88, 64), height=54, size=16):
        """Coloured letterhead band across the full page width at the top."""
        y = self.get_y()
        self.set_fill_color(*fill)
        self.rect(0, y - 10, self.w, height, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("sans", "B", size)
        self.set_xy(self.l_margin, y - 2)
        self.cell(self.epw, size * 1.3, text)
        if sub:
            self.set_font("sans", "", 8.5)
            self.set_xy(self.l_margin, y + size * 1.3)
            self.cell(self.epw, 11, sub)
        self.set_text_color(0, 0, 0)
        self.set_y(y + height)

    def rule(self, gap=6, color=(120, 120, 120), width=0.6):
        self.set_draw_color(*color)
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_draw_color(0, 0, 0)
        self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        size=9,
        font="sans",
        header=True,
        layout="ALL",
        lh=None,
        fill_head=(225, 232, 228),
        bold_first=False,
    ):
        """Table; rows are lists of strings; widths relative."""
        self.set_font(font, "", size)
        kwargs = {
            "col_widths": widths,
            "borders_layout": layout,
            "line_height": lh or size * 1.3,
            "text_align": "LEFT",
            "first_row_as_headings": header,
            "padding": 3,
        }
        if header:
            from fpdf.fonts import FontFace

            kwargs["headings_style"] = FontFace(emphasis="BOLD", fill_color=fill_head)
        with self.table(**kwargs) as t:
            for r in rows:
                row = t.row()
                for i, c in enumerate(r):
                    if bold_first and i == 0:
                        self.set_font(font, "B", size)
                        row.cell(c)
                        self.set_font(font, "", size)
                    else:
                        row.cell(c)
        self.ln(6)

    def bubble(
        self,
        text,
        side="L",
        fill=(255, 255, 255),
        size=10,
        width=300,
        time=None,
        bold_first_line=False,
    ):
        """Chat bubble; text may contain newlines (each a separate line)."""
        self.set_font("sans", "", size)
        lh = size * 1.35
        lines = []
        for part in text.split("\n"):
            lines += self.multi_cell(width - 20, lh, part, dry_run=True, output="LINES")
        h = lh * len(lines) + 16 + (10 if time else 0)
        if self.get_y() + h > self.h - self.b_margin:
            self.add_page()
        y = self.get_y()
        x = self.l_margin if side == "L" else self.w - self.r_margin - width
        self.set_fill_color(*fill)
        self.set_draw_color(200, 200, 200)
        self.rect(x, y, width, h, style="DF", round_corners=True, corner_radius=8)
        self.set_xy(x + 10, y + 8)
        first = True
        for part in text.split("\n"):
            self.set_font("sans", "B" if (first and bold_first_line) else "", size)
            self.set_x(x + 10)
            self.multi_cell(width - 20, lh, part, new_x="LEFT", new_y="NEXT")
            first = False
        if time:
            self.set_font("sans", "", 7)
            self.set_text_color(110, 110, 110)
            self.set_xy(x + width - 40, y + h - 14)
            self.cell(32, 9, time, align="R")
            self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(y + h + 8)

    def signatures(self, left, right, gap=40, size=9):
        if self.get_y() + gap + 40 > self.h - self.b_margin:
            self.add_page()
        self.ln(gap)
        y = self.get_y()
        half = self.epw / 2
        for i, (who, role) in enumerate((left, right)):
            x = self.l_margin + i * half
            self.line(x + 10, y, x + half - 20, y)
            self.set_xy(x + 10, y + 3)
            self.set_font("sans", "B", size)
            self.cell(half - 30, size * 1.3, who)
            self.set_xy(x + 10, y + 3 + size * 1.35)
            self.set_font("sans", "", size - 1)
            self.cell(half - 30, size * 1.3, role)
        self.set_y(y + 3 + size * 3)

    def fingerprint_box(self, label="Huella"):
        x = self.w - self.r_margin - 70
        y = self.get_y() + 4
        self.rect(x, y, 70, 80)
        self.set_font("sans", "", 7)
        self.set_xy(x, y + 82)
        self.cell(70, 9, label, align="C")
        self.set_y(y + 96)

    def to_bytes(self):
        return bytes(self.output())


def scan(pdf_bytes, seed, dpi=200, angles=None):
    """Rasterise a text PDF into an image-only 'scanned' PDF with mild noise and skew."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt", format=LETTER)
    out.set_creation_date(FIXED_DATE)
    out.set_title("scan")
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = angles[i] if angles else rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 10  # greyish paper, slightly faded ink
        arr += nrng.normal(0, 7.0, arr.shape)
        # a few specks
        for _ in range(60):
            y = int(nrng.integers(0, arr.shape[0] - 3))
            x = int(nrng.integers(0, arr.shape[1] - 3))
            arr[y : y + 2, x : x + 2] = 90
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        out.add_page(format=(w_pt, h_pt))
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
        page.close()
    src.close()
    return bytes(out.output())
