"""Shared layout helpers for the heldout_r batch (fpdf2 text PDFs, scan simulation, checks)."""

import io
import random
import re
from datetime import UTC, datetime

from fpdf import FPDF
from fpdf.fonts import FontFace

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
CREATED = datetime(2025, 11, 3, 9, 30, 0, tzinfo=UTC)

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category, program, passport_only=False):
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program != "h2a":
        return "review"
    if category == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


class Doc(FPDF):
    """FPDF with fonts, repeated header/footer callbacks and a few text helpers."""

    def __init__(self, fmt="Letter", margins=(18, 16, 18), header_fn=None, footer_fn=None):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(CREATED)
        self.set_producer("office-suite 7.2")
        self.add_font("sans", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("sans", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("sans", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.add_font("cond", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("cond", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("serif", "", NOTO + "NotoSerif-Regular.ttf")
        self.add_font("serif", "B", NOTO + "NotoSerif-Bold.ttf")
        self.add_font("serif", "I", NOTO + "NotoSerif-Italic.ttf")
        self.add_font("noto", "", NOTO + "NotoSans-Regular.ttf")
        self.add_font("noto", "B", NOTO + "NotoSans-Bold.ttf")
        self.add_font("noto", "I", NOTO + "NotoSans-Italic.ttf")
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, margin=20)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.base_font = "sans"
        self.set_font("sans", "", 10)

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    # text helpers -------------------------------------------------------
    def para(self, text, size=10, style="", h=None, font=None, align="L", color=(0, 0, 0), gap=1.5):
        self.set_font(font or self.base_font, style, size)
        self.set_text_color(*color)
        self.multi_cell(0, h or size * 0.48, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if gap:
            self.ln(gap)

    def heading(self, text, size=12, font=None, color=(0, 0, 0), fill=None, gap=1.5):
        self.set_font(font or self.base_font, "B", size)
        self.set_text_color(*color)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, size * 0.55, text, fill=bool(fill), new_x="LMARGIN", new_y="NEXT", padding=(0.8, 1)
        )
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def numbered(self, items, size=10, indent=8, font=None, start=1, label_fmt="%d.", gap=1.2):
        for i, text in enumerate(items, start):
            self.set_font(font or self.base_font, "B", size)
            y = self.get_y()
            self.set_x(self.l_margin)
            self.cell(indent, size * 0.48, label_fmt % i)
            self.set_font(font or self.base_font, "", size)
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)

    def bullets(self, items, size=10, indent=6, font=None, mark="\u2022", gap=0.8):
        for text in items:
            self.set_font(font or self.base_font, "", size)
            y = self.get_y()
            self.set_x(self.l_margin + 1)
            self.cell(indent - 1, size * 0.48, mark)
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(0, size * 0.48, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        size=9,
        header=True,
        borders="ALL",
        font=None,
        head_fill=(225, 225, 225),
        line_height=None,
        align="LEFT",
        v_align="TOP",
    ):
        self.set_font(font or self.base_font, "", size)
        kwargs = {}
        if head_fill:
            kwargs["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(
            col_widths=widths,
            borders_layout=borders,
            first_row_as_headings=header,
            line_height=line_height or size * 0.5,
            text_align=align,
            v_align=v_align,
            width=sum(widths) if sum(widths) > 30 else None,
            padding=1.2,
            **kwargs,
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)

    def band(self, text, sub=None, fill=(30, 90, 60), size=15, color=(255, 255, 255)):
        """Colored letterhead band across the full width at the top of the page."""
        y = self.get_y()
        self.set_fill_color(*fill)
        height = 22 if sub else 15
        self.rect(0, y - self.t_margin, self.w, height + self.t_margin, style="F")
        self.set_text_color(*color)
        self.set_xy(self.l_margin, y)
        self.set_font(self.base_font, "B", size)
        self.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.set_font(self.base_font, "", 9)
            self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_y(y + height + 3)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_bytes, extra_crops=()):
    """For every page, a list of whitespace-normalised texts: full page, left/right halves, crops."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            w = page.width
            texts = [page.extract_text() or ""]
            boxes = [(0, w / 2), (w / 2, w), *extra_crops]
            for x0, x1 in boxes:
                texts.append(page.crop((x0, 0, x1, page.height)).extract_text() or "")
            out.append([norm(t) for t in texts])
    return out


def verify(name, pdf_bytes, fees, pages, extra_crops=()):
    texts = page_texts(pdf_bytes, extra_crops)
    if len(texts) != pages:
        raise SystemExit("%s: expected %d pages, built %d" % (name, pages, len(texts)))
    for f in fees:
        q = norm(f["quote"])
        p = f["page"]
        if p < 1 or p > len(texts) or not any(q in t for t in texts[p - 1]):
            where = [i + 1 for i, ts in enumerate(texts) if any(q in t for t in ts)]
            raise SystemExit(
                "%s: quote not found on page %d (found on %s): %r" % (name, p, where, q)
            )


def scan(pdf_bytes, seed, fmt="Letter", dpi=200):
    """Rasterise a text PDF into an image-only PDF with mild skew, speckle and blur."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(orientation="P", unit="mm", format=fmt)
    out.set_creation_date(CREATED)
    out.set_producer("ScanSnap Manager 6.5")
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        w, h = img.size
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.frombytes("L", (w, h), rng.randbytes(w * h))
        speck = noise.point(lambda v: 110 if v >= 254 else 255)
        img = ImageChops.darker(img, speck)
        grain = noise.point(lambda v: 255 - (v % 18))
        img = ImageChops.multiply(img, grain)
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        # slightly grey paper
        img = img.point(lambda v: min(v, 242) if v > 200 else v)
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=out.w, h=out.h)
    src.close()
    return bytes(out.output())
