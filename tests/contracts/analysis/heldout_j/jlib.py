"""Layout helpers, finding registry and pdfplumber verification for the heldout_j batch."""

import datetime as dt
import os
import random
import re
import unicodedata

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FAMILIES = {
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "Cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "SerifCond": (
        "DejaVuSerifCondensed.ttf",
        "DejaVuSerifCondensed-Bold.ttf",
        "DejaVuSerifCondensed-Italic.ttf",
    ),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
STAMP = dt.datetime(2025, 11, 3, 9, 30, 0, tzinfo=dt.UTC)

CATEGORIES = {
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
}
REQUIRED = {
    "h2b": [
        "employer_identity",
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
        "inbound_transportation",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
}


def severity(cat, program, passport=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    if cat == "visa_cost" and passport and program in ("h2a", "h2b"):
        return "review"
    return "violation"


# ----------------------------------------------------------------------------- finding registry
REG = []


def F(cat, text, amount=None, cur=None, group=None, passport=False):
    """Mark `text` as a labelled finding and return it unchanged for printing."""
    assert cat in CATEGORIES, cat
    REG.append(
        {
            "category": cat,
            "text": text,
            "amount": amount,
            "currency": cur,
            "group": group,
            "passport": passport,
        }
    )
    return text


def F2(cats, text, amount=None, cur=None):
    """One sentence that carries several categories (one label per category)."""
    for c in cats:
        F(c, text, amount, cur)
    return text


def reset():
    REG.clear()


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------- document class
class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        font="Sans",
        size=9.5,
        band=None,
        band_color=(30, 60, 90),
        head=None,
        foot="",
        margins=(18, 16, 18),
        title="",
        author="",
        page_label="Page %d of %s",
    ):
        super().__init__(format=fmt, unit="mm")
        for fam, files in FAMILIES.items():
            for style, fn in zip(("", "B", "I"), files):
                self.add_font(fam, style, os.path.join(FONT_DIR, fn))
        self.fam, self.size = font, size
        self.band, self.band_color, self.head, self.foot = band, band_color, head, foot
        self.page_label = page_label
        self.accent = band_color
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=20)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("heldout_j build.py")
        self.set_creation_date(STAMP)
        self.set_font(font, "", size)
        self.add_page()

    # header / footer repeated on every page
    def header(self):
        if self.band:
            self.set_fill_color(*self.band_color)
            self.rect(0, 0, self.w, 10, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font("Sans", "B", 8)
            self.set_xy(self.l_margin, 2.6)
            self.cell(0, 5, self.band, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(15)
        if self.head:
            self.set_font("Sans", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_y(max(self.get_y(), 8))
            left, right = self.head
            self.cell(0, 4, left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, right, align="R")
            self.ln(4.5)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)
            self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.size)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.page_label % (self.page_no(), "{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    # helpers
    def lh(self, size=None):
        return (size or self.size) * 0.3528 * 1.32

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def need(self, h):
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()

    def h1(self, text, size=None, align="L", rule=True):
        size = size or self.size + 5
        self.set_font(self.fam, "B", size)
        self.multi_cell(0, self.lh(size), text, align=align, new_x="LMARGIN", new_y="NEXT")
        if rule:
            self.set_draw_color(*self.accent)
            self.set_line_width(0.5)
            y = self.get_y() + 1
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_line_width(0.2)
            self.ln(3)
        else:
            self.ln(1.5)
        self.set_font(self.fam, "", self.size)

    def h2(self, text, size=None, fill=None, align="L"):
        size = size or self.size + 1.5
        self.need(self.lh(size) * 5)
        self.ln(1.2)
        self.set_font(self.fam, "B", size)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0,
            self.lh(size) + 0.8,
            text,
            align=align,
            fill=bool(fill),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_font(self.fam, "", self.size)
        self.ln(0.8)

    def p(
        self,
        text,
        size=None,
        style="",
        lead=None,
        indent=0,
        align="L",
        after=1.6,
        color=None,
        keep=True,
        width=None,
    ):
        size = size or self.size
        self.set_font(self.fam, style, size)
        if color:
            self.set_text_color(*color)
        w = width or (self.tw - indent)
        body = text
        md = False
        if lead:
            body = "**%s** %s" % (lead, text)
            md = True
        if keep:
            h = self.multi_cell(
                w, self.lh(size), body, markdown=md, align=align, dry_run=True, output="HEIGHT"
            )
            self.need(h)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            w, self.lh(size), body, markdown=md, align=align, new_x="LMARGIN", new_y="NEXT"
        )
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.size)
        self.ln(after)

    def clause(self, num, text, size=None, indent=7, after=1.4):
        """Hanging-indent numbered clause."""
        size = size or self.size
        self.set_font(self.fam, "", size)
        w = self.tw - indent
        h = self.multi_cell(w, self.lh(size), text, dry_run=True, output="HEIGHT")
        self.need(h)
        y = self.get_y()
        self.set_font(self.fam, "B", size)
        self.set_xy(self.l_margin, y)
        self.cell(indent, self.lh(size), num)
        self.set_font(self.fam, "", size)
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(w, self.lh(size), text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items, size=None, sym="\u2022", indent=4):
        for it in items:
            self.clause(sym, it, size=size, indent=indent, after=0.6)
        self.ln(0.8)

    def qa(self, q, a, size=None, qcolor=None):
        size = size or self.size
        self.set_font(self.fam, "B", size)
        hq = self.multi_cell(self.tw, self.lh(size), q, dry_run=True, output="HEIGHT")
        self.set_font(self.fam, "", size)
        ha = self.multi_cell(self.tw - 5, self.lh(size), a, dry_run=True, output="HEIGHT")
        self.need(hq + ha + 2)
        self.set_font(self.fam, "B", size)
        if qcolor:
            self.set_text_color(*qcolor)
        self.multi_cell(self.tw, self.lh(size), q, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", size)
        self.set_x(self.l_margin + 5)
        self.multi_cell(self.tw - 5, self.lh(size), a, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table(
        self,
        rows,
        widths,
        header=None,
        size=None,
        borders="ALL",
        fill=(215, 225, 235),
        bold_first=False,
        align="LEFT",
        width=None,
        line_height=None,
        zebra=None,
        padding=1.4,
    ):
        size = size or self.size - 0.5
        self.set_font(self.fam, "", size)
        self.set_fill_color(255, 255, 255)
        data = ([header] if header else []) + list(rows)
        kw = {}
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with super().table(
            col_widths=widths,
            width=width or self.tw,
            v_align="TOP",
            text_align=align,
            first_row_as_headings=bool(header),
            line_height=line_height or self.lh(size),
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            borders_layout=borders,
            padding=padding,
            **kw,
        ) as t:
            for i, r in enumerate(data):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first and j == 0 and not (header and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.set_font(self.fam, "", self.size)
        self.ln(2)

    def box(self, text, size=None, fill=(245, 240, 220), border=(160, 140, 60), style=""):
        size = size or self.size
        self.set_font(self.fam, style, size)
        h = self.multi_cell(self.tw - 6, self.lh(size), text, dry_run=True, output="HEIGHT")
        self.need(h + 6)
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(*fill)
        self.set_draw_color(*border)
        self.rect(x, y, self.tw, h + 5, style="DF")
        self.set_xy(x + 3, y + 2.5)
        self.multi_cell(self.tw - 6, self.lh(size), text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 7)
        self.set_draw_color(0, 0, 0)
        self.set_font(self.fam, "", self.size)

    def columns(self, paras, size=None, gutter=8):
        """Two flowing columns; paras are (lead, text) pairs (lead may be '')."""
        size = size or self.size
        self.set_font(self.fam, "", size)
        with self.text_columns(
            ncols=2, gutter=gutter, text_align="L", line_height=1.15, balance=True
        ) as cols:
            for lead, text in paras:
                with cols.paragraph(text_align="L", bottom_margin=1.8) as par:
                    if lead:
                        self.set_font(self.fam, "B", size)
                        par.write(lead + " ")
                    self.set_font(self.fam, "", size)
                    par.write(text)
        self.set_font(self.fam, "", self.size)
        self.ln(1)

    def sig_block(self, labels, size=None):
        size = size or self.size - 0.5
        self.need(28)
        self.ln(6)
        n = len(labels)
        gap = 8
        w = (self.tw - gap * (n - 1)) / n
        y = self.get_y() + 12
        self.set_draw_color(0, 0, 0)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * (w + gap)
            self.line(x, y, x + w, y)
            self.set_xy(x, y + 1)
            self.set_font(self.fam, "", size)
            self.multi_cell(w, self.lh(size), lab)
        self.set_y(y + 12)
        self.set_font(self.fam, "", self.size)

    def save(self, path):
        self.alias_nb_pages()
        self.output(path)


# ----------------------------------------------------------------------------- verification
def page_views(page):
    """Candidate reading orders of one page, produced lazily (cheapest first)."""
    yield norm(page.extract_text())
    w, h = page.width, page.height
    for frac in (0.5, 0.49, 0.51):
        left = norm(page.crop((0, 0, w * frac, h)).extract_text())
        right = norm(page.crop((w * frac, 0, w, h)).extract_text())
        yield left + " \u2016 " + right
    cells = []
    for tb in page.extract_tables():
        for row in tb:
            for c in row:
                if c:
                    cells.append(norm(c))
    yield " \u2016 ".join(cells)
    yield norm(page.extract_text(use_text_flow=True))


def locate(pdf_path, quotes):
    """Return ({quote: [pages where it occurs]}, page count).

    Plain page text first; quotes not found there are searched in column crops, table
    cells and text-flow order of every page.
    """
    import pdfplumber

    found = {q: [] for q in quotes}
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        if not quotes:
            return found, n
        plain = [norm(page.extract_text()) for page in pdf.pages]
        rest = []
        for q in dict.fromkeys(quotes):
            nq = norm(q)
            found[q] = [i for i, t in enumerate(plain, 1) if nq in t]
            if not found[q]:
                rest.append(q)
        if rest:
            for i, page in enumerate(pdf.pages, 1):
                todo = {norm(q): q for q in rest}
                for view in page_views(page):
                    for nq in [k for k in todo if k in view]:
                        found[todo.pop(nq)].append(i)
                    if not todo:
                        break
    return found, n


def rasterize(src_pdf, dst_pdf, seed, dpi=200, max_angle=0.9):
    """Render each page, add seeded noise and a slight skew, write an image-only PDF."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src_pdf)
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72.0).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-max_angle, max_angle), resample=Image.BICUBIC, fillcolor=250)
        arr = np.asarray(img, dtype=np.float32)
        arr = arr * 0.93 + 12 + rng.normal(0, 9, arr.shape)
        # uneven illumination: a soft gradient from the binding edge
        grad = np.linspace(-14, 0, arr.shape[1])[None, :]
        arr = np.clip(arr + grad, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(img)
    doc.close()
    imgs[0].save(
        dst_pdf,
        "PDF",
        resolution=dpi,
        save_all=True,
        append_images=imgs[1:],
        quality=72,
        creationDate=STAMP.timetuple(),
        modDate=STAMP.timetuple(),
        title="scan",
        producer="heldout_j",
    )
