"""Small layout helpers on top of fpdf2 for the heldout_k batch (text PDFs and one scan)."""

import io
import random
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CREATED = datetime(2026, 1, 20, 10, 30, tzinfo=UTC)

FAMILIES = {
    "sans": "DejaVuSans",
    "serif": "DejaVuSerif",
    "cond": "DejaVuSansCondensed",
}
STYLES = {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}
SERIF_STYLES = {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}


class Doc(FPDF):
    """An FPDF with DejaVu fonts, optional repeated header band and footer."""

    def __init__(
        self,
        fmt="letter",
        font="sans",
        header_text=None,
        header_right=None,
        footer_text=None,
        band=(40, 70, 110),
        margin=18,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        self.set_creator("heldout_k build")
        self.set_producer("fpdf2")
        for fam, base in FAMILIES.items():
            if fam not in (font, "sans"):
                continue
            table = SERIF_STYLES if fam == "serif" else STYLES
            for style, suffix in table.items():
                self.add_font(fam, style, "%s/%s%s.ttf" % (FONT_DIR, base, suffix))
        self.base_font = font
        self.header_text = header_text
        self.header_right = header_right
        self.footer_text = footer_text
        self.band = band
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin=margin + 4)
        self.set_font(font, "", 10)

    # ------------------------------------------------------------ page furniture
    def header(self):
        if not self.header_text:
            return
        r, g, b = self.band
        self.set_fill_color(r, g, b)
        self.rect(0, 0, self.w, 13, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font(self.base_font, "B", 9)
        self.set_xy(self.l_margin, 3.5)
        self.cell(self.epw * 0.7, 6, self.header_text)
        if self.header_right:
            self.set_font(self.base_font, "", 8)
            self.set_xy(self.l_margin + self.epw * 0.5, 3.5)
            self.cell(self.epw * 0.5, 6, self.header_right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 18)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font(self.base_font, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw * 0.75, 6, self.footer_text)
        self.cell(self.epw * 0.25, 6, "%d / {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------ text blocks
    def ttl(self, text, size=15, align="L", style="B", space=2):
        self.set_font(self.base_font, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def sec(self, text, size=11, space_before=2.5, color=(0, 0, 0), fill=None):
        self.ln(space_before)
        if self.will_page_break(size * 1.5):
            self.add_page()
        self.set_font(self.base_font, "B", size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
            self.multi_cell(0, size * 0.55, text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def p(self, text, size=10, style="", align="L", space=1.6, lh=None, indent=0):
        self.set_font(self.base_font, style, size)
        lh = lh or size * 0.48
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def clause(self, num, text, size=10, head=None, indent=8, space=1.6):
        """A numbered clause with a hanging number."""
        self.set_font(self.base_font, "B", size)
        lh = size * 0.48
        if self.will_page_break(lh * 2):
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(indent, lh, num)
        self.set_xy(self.l_margin + indent, y)
        if head:
            self.set_font(self.base_font, "B", size)
            self.multi_cell(
                self.epw - indent, lh, head, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L"
            )
        self.set_font(self.base_font, "", size)
        self.multi_cell(self.epw - indent, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def bullets(self, items, size=10, bullet="\u2022", indent=6, space=0.8):
        self.set_font(self.base_font, "", size)
        lh = size * 0.48
        for it in items:
            if self.will_page_break(lh * 2):
                self.add_page()
            y = self.get_y()
            self.set_x(self.l_margin + 1)
            self.cell(indent - 1, lh, bullet)
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(
                self.epw - indent, lh, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(space)

    def grid(
        self,
        rows,
        widths,
        size=9.5,
        head=True,
        borders="ALL",
        head_fill=(225, 230, 238),
        align=None,
        lh=None,
        bold_first=False,
    ):
        """A table; rows is a list of lists of strings. widths in relative units."""
        from fpdf.fonts import FontFace

        self.set_fill_color(255, 255, 255)
        self.set_font(self.base_font, "", size)
        lh = lh or size * 0.55
        style_head = None
        kw = {}
        if head:
            style_head = FontFace(emphasis="BOLD", fill_color=head_fill)
            kw["headings_style"] = style_head
        with self.table(
            col_widths=widths,
            borders_layout=borders,
            first_row_as_headings=head,
            line_height=lh,
            text_align=align or "LEFT",
            padding=1.2,
            v_align="TOP",
            **kw,
        ) as t:
            bold = FontFace(emphasis="BOLD")
            for r in rows:
                row = t.row()
                for i, c in enumerate(r):
                    row.cell(c, style=bold if (bold_first and i == 0) else None)
        self.ln(2)

    def pair(self, left, right, size=9.5, style_l="", style_r="", gap=6, space=1.8, lh=None):
        """Two aligned columns (e.g. English | Spanish), each half of the text width."""
        lh = lh or size * 0.48
        colw = (self.epw - gap) / 2
        self.set_font(self.base_font, style_l, size)
        nl = len(self.multi_cell(colw, lh, left, dry_run=True, output="LINES"))
        self.set_font(self.base_font, style_r, size)
        nr = len(self.multi_cell(colw, lh, right, dry_run=True, output="LINES"))
        height = max(nl, nr) * lh
        if self.will_page_break(height):
            self.add_page()
        y = self.get_y()
        self.set_font(self.base_font, style_l, size)
        self.set_xy(self.l_margin, y)
        self.multi_cell(colw, lh, left, align="L")
        self.set_font(self.base_font, style_r, size)
        self.set_xy(self.l_margin + colw + gap, y)
        self.multi_cell(colw, lh, right, align="L")
        self.set_xy(self.l_margin, y + height + space)

    def signature_row(self, labels, size=9, line_gap=14):
        self.ln(line_gap)
        if self.will_page_break(14):
            self.add_page()
            self.ln(line_gap)
        n = len(labels)
        w = (self.epw - 8 * (n - 1)) / n
        y = self.get_y()
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (w + 8)
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 1)
            self.set_font(self.base_font, "", size)
            self.multi_cell(w, size * 0.45, lab, align="L")
        self.set_xy(self.l_margin, y + 12)

    def box(self, x, y, w, h, label, size=7):
        self.set_draw_color(80, 80, 80)
        self.rect(x, y, w, h)
        self.set_font(self.base_font, "", size)
        self.set_xy(x, y + h + 0.5)
        self.cell(w, 3, label, align="C")

    def bytes(self):
        return bytes(self.output())


def rasterize(pdf_bytes, seed, dpi=200):
    """Render a text PDF to an image-only PDF that looks scanned (seeded noise and skew)."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt")
    out.set_creation_date(CREATED)
    out.set_creator("heldout_k scan")
    out.set_producer("fpdf2")
    for i in range(len(doc)):
        page = doc[i]
        wpt, hpt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.92 + 14  # greyish paper, softer black
        arr += nrng.normal(0, 9, arr.shape)
        specks = nrng.random(arr.shape) < 0.0006
        arr[specks] = 40
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.55))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page(format=(wpt, hpt))
        out.image(buf, x=0, y=0, w=wpt, h=hpt)
    doc.close()
    return bytes(out.output())
