"""Build the blind held-out batch "i" (generic corridors) and its labels.

Usage: python tests/contracts/analysis/heldout_i/build.py OUT_DIR

Writes i01.pdf ... i12.pdf and labels.json into OUT_DIR. Every labelled fee quote is
checked with pdfplumber on its labelled page (scanned documents: on the text version
before rasterising); the build fails loudly when a quote is not found.
"""

import io
import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DEJAVU = "/usr/share/fonts/truetype/dejavu"
NOTO = "/usr/share/fonts/truetype/noto"
CREATED = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)

REVIEW = {"housing_charge", "damage_chargeback", "meal_charge"}

FONTS = {
    "Sans": (
        f"{DEJAVU}/DejaVuSans.ttf",
        f"{DEJAVU}/DejaVuSans-Bold.ttf",
        f"{DEJAVU}/DejaVuSans-Oblique.ttf",
        f"{DEJAVU}/DejaVuSans-BoldOblique.ttf",
    ),
    "Cond": (
        f"{DEJAVU}/DejaVuSansCondensed.ttf",
        f"{DEJAVU}/DejaVuSansCondensed-Bold.ttf",
        f"{DEJAVU}/DejaVuSansCondensed-Oblique.ttf",
        f"{DEJAVU}/DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "Serif": (
        f"{DEJAVU}/DejaVuSerif.ttf",
        f"{DEJAVU}/DejaVuSerif-Bold.ttf",
        f"{DEJAVU}/DejaVuSerif-Italic.ttf",
        f"{DEJAVU}/DejaVuSerif-BoldItalic.ttf",
    ),
    "Noto": (
        f"{NOTO}/NotoSans-Regular.ttf",
        f"{NOTO}/NotoSans-Bold.ttf",
        f"{NOTO}/NotoSans-Italic.ttf",
        f"{NOTO}/NotoSans-BoldItalic.ttf",
    ),
    "NotoSerif": (
        f"{NOTO}/NotoSerif-Regular.ttf",
        f"{NOTO}/NotoSerif-Bold.ttf",
        f"{NOTO}/NotoSerif-Italic.ttf",
        f"{NOTO}/NotoSerif-BoldItalic.ttf",
    ),
}


class Doc(FPDF):
    """An A4 document with repeated header/footer and a register of labelled fee quotes."""

    def __init__(self, font="Sans", size=10, header=None, footer=None, margins=(18, 16, 18)):
        super().__init__(format="A4", unit="mm")
        self.added_fonts = set()
        self.base_font = font
        self.base_size = size
        self.hdr = header
        self.ftr = footer
        self.fees = []
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(CREATED)
        self.set_title("")
        self.set_producer("FairRecruit test corpus")
        self.set_font(font, "", size)

    def set_font(self, family=None, style="", size=0):
        # fonts are registered on first use: registering and subsetting unused fonts is slow
        if family in FONTS and family not in self.added_fonts:
            self.added_fonts.add(family)
            for st, path in zip(("", "B", "I", "BI"), FONTS[family]):
                self.add_font(family, st, path)
        super().set_font(family, style, size)

    # -- page furniture -------------------------------------------------------------------
    def header(self):
        if self.hdr:
            self.hdr(self)
            self.set_font(self.base_font, "", self.base_size)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.ftr:
            self.set_y(-14)
            self.set_font(self.base_font, "", 7.5)
            self.set_text_color(90, 90, 90)
            text = self.ftr.replace("{page}", str(self.page_no()))
            self.cell(0, 5, text, align="C")
            self.set_text_color(0, 0, 0)

    # -- labelled quotes --------------------------------------------------------------------
    def fee(self, cat, text, amount=None, cur=None, page=1, group=None, extra=()):
        for c in (cat, *extra):
            item = {
                "category": c,
                "severity": "review" if c in REVIEW else "violation",
                "page": page,
                "amount": None if amount is None else float(amount),
                "currency": cur,
                "quote": text,
            }
            if group is not None:
                item["group"] = group
            self.fees.append(item)
        return text

    # -- writing helpers ---------------------------------------------------------------------
    def font(self, style="", size=None, fam=None):
        self.set_font(fam or self.base_font, style, size or self.base_size)

    def para(self, text, size=None, style="", h=None, align="L", fam=None, md=False, after=1.5):
        self.font(style, size, fam)
        size = size or self.base_size
        self.multi_cell(
            0,
            h or size * 0.5,
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if after:
            self.ln(after)
        self.font()

    def clause(self, label, text, size=None, after=1.6, fam=None):
        self.para(f"**{label}** {text}", size=size, md=True, after=after, fam=fam)

    def heading(self, text, size=14, align="C", after=3, fam=None):
        self.para(text, size=size, style="B", align=align, after=after, fam=fam)

    def band(self, text, sub=None, rgb=(22, 72, 120), height=20, size=15):
        self.set_fill_color(*rgb)
        self.rect(0, 0, self.w, height, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 4)
        self.font("B", size)
        self.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sub:
            self.font("", 8.5)
            self.cell(0, 5, sub, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_fill_color(255, 255, 255)
        self.set_y(height + 5)
        self.font()

    def grid(
        self,
        rows,
        widths,
        header=True,
        size=None,
        borders="ALL",
        lh=None,
        bold_first=False,
        fill=(225, 232, 240),
    ):
        size = size or self.base_size - 1
        self.font("", size)
        bold = FontFace(emphasis="BOLD")
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            borders_layout=borders,
            first_row_as_headings=header,
            headings_style=FontFace(emphasis="BOLD", fill_color=fill if borders == "ALL" else None),
            line_height=lh or size * 0.5,
            text_align="LEFT",
            padding=1.2,
            align="LEFT",
        ) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    if bold_first and j == 0 and not (header and i == 0):
                        row.cell(c, style=bold)
                    else:
                        row.cell(c)
        self.font()
        self.ln(2)

    def signatures(self, names, boxes=False, size=8.5, box_caption="Right thumbprint"):
        self.ln(4)
        col = (self.w - self.l_margin - self.r_margin) / len(names)
        y = self.get_y()
        if y > self.h - 55:
            self.add_page()
            y = self.get_y()
        for i, (role, name) in enumerate(names):
            x = self.l_margin + i * col
            self.line(x + 2, y + 14, x + col - 6, y + 14)
            self.set_xy(x + 2, y + 15)
            self.font("B", size)
            self.cell(col - 6, 4, role, new_x=XPos.LEFT, new_y=YPos.NEXT)
            self.font("", size)
            self.cell(col - 6, 4, name)
            if boxes:
                self.rect(x + 2, y + 25, 22, 22)
                self.set_xy(x + 2, y + 47.5)
                self.font("", 6.5)
                self.cell(30, 3, box_caption)
        self.set_y(y + (52 if boxes else 26))
        self.font()


# ---------------------------------------------------------------------------------------------
def norm(s):
    return " ".join(s.split())


def verify(name, data, fees, pages_expected):
    """Every quote must occur on its labelled page: in the page text, or (for side-by-side
    layouts) in the text of the left or right half of the page."""
    errors = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) != pages_expected:
            errors.append(f"{name}: {len(pdf.pages)} pages, labelled {pages_expected}")
        full = [norm(p.extract_text() or "") for p in pdf.pages]
        halves = {}

        def half_texts(i):
            if i not in halves:
                p = pdf.pages[i]
                w = p.width / 2
                halves[i] = [
                    norm(p.crop(b).extract_text() or "")
                    for b in ((0, 0, w, p.height), (w, 0, p.width, p.height))
                ]
            return halves[i]

        for f in fees:
            q = norm(f["quote"])
            i = f["page"] - 1
            ok = 0 <= i < len(full) and (q in full[i] or any(q in t for t in half_texts(i)))
            if not ok:
                where = [k + 1 for k, t in enumerate(full) if q in t]
                errors.append(f"{name}: quote not on page {f['page']} (found on {where}): {q!r}")
    return errors


def rasterise(data, seed, angle):
    """Image-only PDF from a text PDF: 200 dpi render, slight skew, seeded noise."""
    rnd = random.Random(seed)
    src = pdfium.PdfDocument(data)
    out = FPDF(format="A4", unit="mm")
    out.set_creation_date(CREATED)
    out.set_producer("FairRecruit test corpus scanner")
    for i in range(len(src)):
        img = src[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(
            angle + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, fillcolor=255, expand=False
        )
        noise = Image.frombytes("L", img.size, rnd.randbytes(img.size[0] * img.size[1]))
        noise = noise.filter(ImageFilter.GaussianBlur(0.6))
        img = Image.blend(img, noise, 0.07)
        # a faint grey scanner edge on the left
        edge = Image.new("L", (18, img.size[1]), 200)
        img.paste(edge, (0, 0))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=210, h=297)
    src.close()
    return bytes(out.output())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build.py OUT_DIR")
    from i_docs import DOCS

    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    errors = []
    for n, make in enumerate(DOCS, start=1):
        name = f"i{n:02d}.pdf"
        doc, meta = make()
        data = bytes(doc.output())
        errors += verify(name, data, doc.fees, meta["pages"])
        if meta.get("scanned"):
            data = rasterise(data, seed=1000 + n, angle=meta.get("skew", 0.5))
        (out_dir / name).write_bytes(data)
        labels.append(
            {
                "file": name,
                "program": meta["program"],
                "language": meta["language"],
                "scanned": bool(meta.get("scanned")),
                "pages": meta["pages"],
                "fees": doc.fees,
                "missing_terms": meta["missing_terms"],
                "recruiters": meta["recruiters"],
                "traps": meta["traps"],
                "doc_type": meta["doc_type"],
                "layout": meta["layout"],
            }
        )
    if errors:
        for e in errors:
            print("VERIFY FAILED:", e, file=sys.stderr)
        sys.exit(1)
    (out_dir / "labels.json").write_text(
        json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    nfees = sum(len(x["fees"]) for x in labels)
    print(f"wrote {len(labels)} documents, {nfees} labelled fee quotes to {out_dir}")


if __name__ == "__main__":
    main()
