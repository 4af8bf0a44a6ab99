"""Small rendering and checking helpers for the heldout_s batch (fpdf2, pdfplumber, pypdfium2)."""

import datetime as dt
import io
import random
import re

import pdfplumber
import pypdfium2
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageChops, ImageFilter

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 11, 3, 9, 30, tzinfo=dt.UTC)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class Doc(FPDF):
    """A page-oriented document with optional running header and footer."""

    def __init__(self, fmt="Letter", head=None, foot=None, serif=False, size=10, margin=18):
        super().__init__(format=fmt, unit="mm")
        self.set_creation_date(FIXED_DATE)
        self.set_producer("FairRecruit test builder")
        fam = "DejaVuSerif" if serif else "DejaVuSans"
        for style, suffix in (
            ("", ""),
            ("B", "-Bold"),
            ("I", "-Oblique" if not serif else "-Italic"),
        ):
            self.add_font("Body", style, DEJAVU + fam + suffix + ".ttf")
        self.add_font("Cond", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("Cond", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.head_text = head
        self.foot_text = foot
        self.base = size
        self.set_margins(margin, margin + (6 if head else 0), margin)
        self.set_auto_page_break(True, margin + (4 if foot else 0))
        self.alias_nb_pages()
        self.add_page()

    def multi_cell(self, *args, **kwargs):
        kwargs.setdefault("align", "L")
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    # running elements -------------------------------------------------
    def header(self):
        if self.head_text:
            self.set_font("Cond", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.head_text, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        if self.foot_text:
            self.set_y(-12)
            self.set_font("Cond", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.foot_text.replace("{p}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)

    # blocks -------------------------------------------------------------
    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def band(self, text, rgb=(30, 80, 60), size=13, sub=None):
        self.set_fill_color(*rgb)
        self.set_text_color(255, 255, 255)
        self.set_font("Body", "B", size)
        self.multi_cell(0, size * 0.55, text, fill=True, align="C", padding=2.5)
        if sub:
            self.set_font("Body", "", size - 4)
            self.multi_cell(0, (size - 4) * 0.5, sub, fill=True, align="C", padding=(0, 2, 2, 2))
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.ln(3)

    def heading(self, text, size=14, align="C"):
        self.set_font("Body", "B", size)
        self.multi_cell(0, size * 0.5, text, align=align)
        self.ln(2)

    def hd(self, text, size=None):
        self.ln(1.5)
        self.set_font("Body", "B", size or self.base + 1)
        self.multi_cell(0, (size or self.base + 1) * 0.5, text, align="L")
        self.ln(1)

    def p(self, text, size=None, style="", gap=1.6, md=False, indent=0):
        s = size or self.base
        self.set_font("Body", style, s)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, s * 0.47, text, align="L", markdown=md)
        self.ln(gap)

    def clause(self, label, text, size=None):
        self.p("**" + label + "** " + text, size=size, md=True)

    def bullets(self, items, size=None, mark="-"):
        s = size or self.base
        for it in items:
            self.set_font("Body", "", s)
            self.set_x(self.l_margin + 3)
            self.cell(4, s * 0.47, mark)
            self.multi_cell(self.tw - 7, s * 0.47, it, align="L")
            self.ln(0.6)
        self.ln(1)

    def grid(self, rows, widths, grid=True, head=True, size=None, fill=(225, 235, 228)):
        s = size or self.base - 0.5
        self.set_font("Body", "", s)
        self.set_draw_color(80, 80, 80)
        self.set_fill_color(255, 255, 255)
        kw = {
            "col_widths": widths,
            "text_align": "LEFT",
            "line_height": s * 0.47,
            "padding": 1.4,
            "first_row_as_headings": head,
            "borders_layout": "ALL" if grid else "NONE",
            "v_align": "TOP",
        }
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(**kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)

    def columns(self, left, right, size=None, gap=6):
        """Two independent text columns; each item is ('h'|'p', text)."""
        s = size or self.base
        y0 = self.get_y()
        cw = (self.tw - gap) / 2
        ends = []
        for i, items in enumerate((left, right)):
            x = self.l_margin + i * (cw + gap)
            self.set_xy(x, y0)
            for kind, text in items:
                self.set_x(x)
                if kind == "h":
                    self.set_font("Body", "B", s + 0.5)
                    self.multi_cell(cw, (s + 0.5) * 0.48, text, align="L")
                    self.ln(0.8)
                else:
                    self.set_font("Body", "", s)
                    self.multi_cell(cw, s * 0.47, text, align="L", markdown=True)
                    self.ln(1.4)
            ends.append(self.get_y())
        self.set_draw_color(170, 170, 170)
        mid = self.l_margin + cw + gap / 2
        self.line(mid, y0, mid, max(ends))
        self.set_xy(self.l_margin, max(ends) + 2)

    def signatures(self, labels, fingerprint=False):
        self.ln(6)
        n = len(labels) + (1 if fingerprint else 0)
        w = self.tw / n
        y = self.get_y() + 12
        self.set_font("Body", "", self.base - 1)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * w
            self.line(x + 3, y, x + w - 3, y)
            self.set_xy(x + 3, y + 1)
            self.multi_cell(w - 6, 4, lab, align="C")
        if fingerprint:
            x = self.l_margin + len(labels) * w
            self.rect(x + 8, y - 16, 22, 24)
            self.set_xy(x + 3, y + 9)
            self.multi_cell(w - 6, 4, "Huella / Fingerprint", align="C")
        self.set_xy(self.l_margin, y + 16)


def page_texts(path):
    """For each page: full text plus left/right half texts (for side-by-side layouts)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            w = pg.width
            texts = [pg.extract_text() or ""]
            for box in ((0, 0, w / 2, pg.height), (w / 2, 0, w, pg.height)):
                texts.append(pg.crop(box).extract_text() or "")
            out.append([norm(t) for t in texts])
    return out


def verify(path, label):
    texts = page_texts(path)
    errors = []
    if len(texts) != label["pages"]:
        errors.append("%s: %d pages, labelled %d" % (label["file"], len(texts), label["pages"]))
    for fee in label["fees"]:
        q = norm(fee["quote"])
        pg = fee["page"]
        if pg > len(texts) or not any(q in t for t in texts[pg - 1]):
            errors.append("%s p%d quote not found: %s" % (label["file"], pg, q))
    return errors


def rasterize(text_pdf, out_pdf, seed, dpi=200):
    """Image-only copy of text_pdf with mild skew, noise and blur (deterministic)."""
    rng = random.Random(seed)
    src = pypdfium2.PdfDocument(text_pdf)
    doc = FPDF(unit="pt")
    doc.set_creation_date(FIXED_DATE)
    doc.set_producer("FairRecruit test builder")
    for i in range(len(src)):
        page = src[i]
        wpt, hpt = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
        noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
        img = ImageChops.subtract(img, noise.point(lambda v: v // 14))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=70)
        buf.seek(0)
        doc.add_page(format=(wpt, hpt))
        doc.image(buf, x=0, y=0, w=wpt, h=hpt)
    src.close()
    doc.output(out_pdf)
