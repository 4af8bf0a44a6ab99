"""Small layout kit for the heldout_q documents (fpdf2), plus verification and scanning."""

import datetime as dt
import io
import random
import re

from fpdf import FPDF
from fpdf.fonts import FontFace

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
CREATED = dt.datetime(2025, 11, 3, 9, 30, 0, tzinfo=dt.UTC)

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category, program):
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program in ("h2b", "generic"):
        return "review"
    return "violation"


class _PDF(FPDF):
    head_text = ""
    foot_text = ""
    page_numbers = False

    def header(self):
        if self.head_text:
            self.set_font(self.base_font, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, self.head_text, align="L")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 16))

    def footer(self):
        if self.foot_text or self.page_numbers:
            self.set_y(-12)
            self.set_font(self.base_font, "", 7)
            self.set_text_color(90, 90, 90)
            text = self.foot_text
            if self.page_numbers:
                text = (text + "   " if text else "") + f"Page {self.page_no()} of {{nb}}"
            self.cell(0, 4, text, align="C")
            self.set_text_color(0, 0, 0)


class Doc:
    """One labelled document. Content is drawn immediately; fee() records labels."""

    def __init__(
        self,
        file,
        program,
        language,
        doc_type,
        layout,
        recruiters=(),
        missing=(),
        traps=(),
        scanned=False,
        fmt="Letter",
        font="sans",
        size=10,
        header="",
        footer="",
        page_numbers=False,
        margins=18,
    ):
        self.label = {
            "file": file,
            "program": program,
            "language": language,
            "scanned": scanned,
            "pages": 0,
            "fees": [],
            "missing_terms": list(missing),
            "recruiters": list(recruiters),
            "traps": list(traps),
            "doc_type": doc_type,
            "layout": layout,
        }
        pdf = _PDF(format=fmt, unit="mm")
        pdf.set_creation_date(CREATED)
        pdf.set_title(file)
        pdf.set_producer("heldout_q")
        pdf.set_creator("heldout_q")
        fams = {
            "sans": (DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf"),
            "cond": (DEJAVU + "DejaVuSansCondensed.ttf", DEJAVU + "DejaVuSansCondensed-Bold.ttf"),
            "serif": (DEJAVU + "DejaVuSerif.ttf", DEJAVU + "DejaVuSerif-Bold.ttf"),
            "noto": (NOTO + "NotoSans-Regular.ttf", NOTO + "NotoSans-Bold.ttf"),
            "notoserif": (NOTO + "NotoSerif-Regular.ttf", NOTO + "NotoSerif-Bold.ttf"),
        }
        reg, bold = fams[font]
        pdf.add_font("base", "", reg)
        pdf.add_font("base", "B", bold)
        pdf.add_font("mono", "", DEJAVU + "DejaVuSansMono.ttf")
        pdf.base_font = "base"
        pdf.head_text = header
        pdf.foot_text = footer
        pdf.page_numbers = page_numbers
        pdf.set_margins(margins, 18, margins)
        pdf.set_auto_page_break(True, 16)
        self.pdf = pdf
        self.size = size
        self.cur_page = 0
        self.new_page()

    # -- labels ---------------------------------------------------------------------------
    def fee(self, category, amount, currency, text, group=None, page=None):
        item = {
            "category": category,
            "severity": severity(category, self.label["program"]),
            "page": page or self.cur_page,
            "amount": None if amount is None else float(amount),
            "currency": currency,
            "quote": text,
        }
        if group is not None:
            item["group"] = group
        self.label["fees"].append(item)
        return text

    # -- pages ----------------------------------------------------------------------------
    def new_page(self):
        self.pdf.add_page()
        self.cur_page += 1

    @property
    def width(self):
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def font(self, size=None, style=""):
        self.pdf.set_font("base", style, size or self.size)

    # -- blocks ---------------------------------------------------------------------------
    def band(self, title, subtitle="", color=(30, 70, 110), text_color=(255, 255, 255)):
        pdf = self.pdf
        y = pdf.get_y()
        h = 16 if subtitle else 11
        pdf.set_fill_color(*color)
        pdf.rect(0, y - 2, pdf.w, h, style="F")
        pdf.set_fill_color(255, 255, 255)
        pdf.set_text_color(*text_color)
        pdf.set_xy(pdf.l_margin, y)
        self.font(14, "B")
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        if subtitle:
            self.font(8.5)
            pdf.cell(0, 5, subtitle, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h + 2)

    def title(self, text, size=13, align="C"):
        self.font(size, "B")
        self.pdf.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def h(self, text, size=None):
        self.pdf.ln(1.5)
        self.font((size or self.size) + 0.5, "B")
        self.pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(0.5)

    def p(self, text, size=None, style="", align="L", lh=None, gap=1.5):
        size = size or self.size
        self.font(size, style)
        self.pdf.multi_cell(0, lh or size * 0.47, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(gap)

    def clause(self, num, text, size=None, indent=9, bold_lead=""):
        size = size or self.size
        pdf = self.pdf
        y = pdf.get_y()
        self.font(size, "B")
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(indent, size * 0.47, num)
        pdf.set_xy(pdf.l_margin + indent, y)
        if bold_lead:
            text = f"**{bold_lead}** {text}"
        self.font(size)
        pdf.multi_cell(
            self.width - indent,
            size * 0.47,
            text,
            markdown=bool(bold_lead),
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(1.4)

    def bullets(self, items, size=None, mark="•"):
        for it in items:
            self.clause(mark, it, size=size, indent=5)

    def table(self, rows, widths, grid=True, head=True, size=None, fill=(225, 232, 240), lh=None):
        size = size or self.size - 0.5
        self.font(size)
        layout = "ALL" if grid else "NONE"
        style = FontFace(emphasis="BOLD", fill_color=fill if grid else None)
        with self.pdf.table(
            col_widths=widths,
            width=sum(widths),
            borders_layout=layout,
            first_row_as_headings=head,
            headings_style=style,
            line_height=lh or size * 0.5,
            text_align="LEFT",
            padding=1.2 if grid else 0.8,
            align="LEFT",
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.pdf.ln(2.5)

    def columns(self, left, right, gap=7, size=None):
        """Two independent text columns; each a list of (style, text)."""
        size = size or self.size
        pdf = self.pdf
        y0 = pdf.get_y()
        cw = (self.width - gap) / 2
        ends = []
        for i, col in enumerate((left, right)):
            x = pdf.l_margin + i * (cw + gap)
            pdf.set_xy(x, y0)
            for style, text in col:
                self.font(size + (0.5 if style == "B" else 0), style)
                pdf.set_x(x)
                pdf.multi_cell(cw, size * 0.47, text, new_x="LEFT", new_y="NEXT")
                pdf.ln(1.3)
            ends.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(ends) + 1)

    def qa(self, pairs, q_label="Q:", a_label="A:", size=None):
        size = size or self.size
        for q, a in pairs:
            self.font(size, "B")
            self.pdf.multi_cell(0, size * 0.47, f"{q_label} {q}", new_x="LMARGIN", new_y="NEXT")
            self.font(size)
            self.pdf.multi_cell(0, size * 0.47, f"{a_label} {a}", new_x="LMARGIN", new_y="NEXT")
            self.pdf.ln(2)

    def checklist(self, items, size=None):
        size = size or self.size
        pdf = self.pdf
        for done, text in items:
            y = pdf.get_y()
            pdf.rect(pdf.l_margin, y + 0.6, 3.2, 3.2)
            if done:
                pdf.line(pdf.l_margin + 0.5, y + 2.2, pdf.l_margin + 1.4, y + 3.4)
                pdf.line(pdf.l_margin + 1.4, y + 3.4, pdf.l_margin + 2.9, y + 0.9)
            pdf.set_xy(pdf.l_margin + 6, y)
            self.font(size)
            pdf.multi_cell(self.width - 6, size * 0.47, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

    def signatures(self, names, fingerprint=False, size=None):
        size = size or self.size - 1
        pdf = self.pdf
        pdf.ln(26 if fingerprint else 8)
        n = len(names)
        cw = self.width / n
        y = pdf.get_y()
        for i, name in enumerate(names):
            x = pdf.l_margin + i * cw
            pdf.line(x + 3, y + 10, x + cw - 6, y + 10)
            pdf.set_xy(x + 3, y + 11)
            self.font(size)
            pdf.multi_cell(cw - 9, size * 0.45, name, new_x="RIGHT", new_y="TOP")
            if fingerprint and i == 0:
                pdf.rect(x + cw - 24, y - 12, 16, 20)
                pdf.set_xy(x + cw - 26, y - 16)
                self.font(6)
                pdf.cell(20, 3, "Huella / Thumbmark", align="C")
        pdf.set_xy(pdf.l_margin, y + 22)

    def rule(self):
        y = self.pdf.get_y()
        self.pdf.set_draw_color(120, 120, 120)
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.set_draw_color(0, 0, 0)
        self.pdf.ln(2)

    def watermark(self, text):
        pdf = self.pdf
        y = pdf.get_y()
        with pdf.rotation(35, pdf.w / 2, pdf.h / 2):
            pdf.set_text_color(235, 235, 235)
            self.font(60, "B")
            pdf.text(pdf.w / 2 - 60, pdf.h / 2, text)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y)

    def finish(self):
        self.label["pages"] = self.cur_page
        data = bytes(self.pdf.output())
        return data


# -- verification ---------------------------------------------------------------------------


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(pdf_bytes, label):
    import pdfplumber

    errors = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        if len(doc.pages) != label["pages"]:
            errors.append(f"{label['file']}: {len(doc.pages)} pages, labelled {label['pages']}")
            return errors
        texts = []
        for page in doc.pages:
            w, h = page.width, page.height
            cands = [page.extract_text() or ""]
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                cands.append(page.within_bbox(box).extract_text() or "")
            texts.append([norm(c) for c in cands])
        for fee in label["fees"]:
            q = norm(fee["quote"])
            page_texts = texts[fee["page"] - 1]
            if not any(q in t for t in page_texts):
                where = [i + 1 for i, ts in enumerate(texts) if any(q in t for t in ts)]
                errors.append(
                    f"{label['file']}: quote not on page {fee['page']} (found on {where}): {q[:70]}"
                )
    return errors


# -- scanning -------------------------------------------------------------------------------


def rasterise(pdf_bytes, seed, dpi=200):
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    images = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * rng.uniform(0.93, 0.97) + 6
        arr += nrng.normal(0, 7, arr.shape)
        # faint shadow at one edge, like a phone scan
        ramp = np.linspace(22, 0, 60)
        arr[:, :60] -= ramp[None, :]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        images.append(img)
    doc.close()
    out = io.BytesIO()
    images[0].save(
        out,
        format="PDF",
        save_all=True,
        append_images=images[1:],
        resolution=dpi,
        title="scan",
        creationDate=CREATED.timetuple(),
        modDate=CREATED.timetuple(),
    )
    return out.getvalue()
