"""Build the blind held-out batch "af": 12 labelled contract PDFs and labels.json.

Usage: python build.py OUT_DIR

Deterministic (fixed creation date, fixed seeds). After writing, every fee quote of a
non-scanned document is looked up (whitespace-normalized) in pdfplumber's text of its
labelled page; the script exits non-zero when one is missing or a page count is wrong.
"""

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from af_docs import DOCS
from fpdf import FPDF, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

FIXED_DATE = datetime(2026, 12, 1, 9, 30, 0, tzinfo=UTC)

DV = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"
FONTS = {
    "dv": {
        "": DV + "DejaVuSans.ttf",
        "B": DV + "DejaVuSans-Bold.ttf",
        "I": DV + "DejaVuSans-Oblique.ttf",
        "BI": DV + "DejaVuSans-BoldOblique.ttf",
    },
    "dvc": {
        "": DV + "DejaVuSansCondensed.ttf",
        "B": DV + "DejaVuSansCondensed-Bold.ttf",
        "I": DV + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DV + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "serif": {
        "": LIB + "LiberationSerif-Regular.ttf",
        "B": LIB + "LiberationSerif-Bold.ttf",
        "I": LIB + "LiberationSerif-Italic.ttf",
        "BI": LIB + "LiberationSerif-BoldItalic.ttf",
    },
    "sans": {
        "": LIB + "LiberationSans-Regular.ttf",
        "B": LIB + "LiberationSans-Bold.ttf",
        "I": LIB + "LiberationSans-Italic.ttf",
        "BI": LIB + "LiberationSans-BoldItalic.ttf",
    },
    "narrow": {
        "": LIB + "LiberationSansNarrow-Regular.ttf",
        "B": LIB + "LiberationSansNarrow-Bold.ttf",
        "I": LIB + "LiberationSansNarrow-Italic.ttf",
        "BI": LIB + "LiberationSansNarrow-BoldItalic.ttf",
    },
    "noto": {
        "": NOTO + "NotoSans-Regular.ttf",
        "B": NOTO + "NotoSans-Bold.ttf",
        "I": NOTO + "NotoSans-Italic.ttf",
        "BI": NOTO + "NotoSans-BoldItalic.ttf",
    },
}


class Doc(FPDF):
    """A page-setup wrapper with a few layout helpers used by the documents."""

    def __init__(
        self,
        fmt="letter",
        base="dv",
        size=9.5,
        band=None,
        band_text="",
        running="",
        footer="Page {p} of {nb}",
        margins=(54, 50, 54),
        bottom=54,
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("FairRecruit held-out batch af")
        for fam, styles in FONTS.items():
            for style, path in styles.items():
                self.add_font(fam, style, path)
        self.base = base
        self.size = size
        self.band = band
        self.band_text = band_text
        self.running = running
        self.footer_fmt = footer
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.alias_nb_pages()
        self.set_font(base, "", size)

    # running header / footer -------------------------------------------------
    def header(self):
        if self.band:
            self.set_fill_color(*self.band)
            self.rect(0, 0, self.w, 30, style="F")
            if self.band_text:
                self.set_text_color(255, 255, 255)
                self.set_font(self.base, "B", 8.5)
                self.set_xy(self.l_margin, 10)
                self.cell(0, 10, self.band_text)
        elif self.running:
            self.set_text_color(110, 110, 110)
            self.set_font(self.base, "I", 7.5)
            self.set_xy(self.l_margin, 22)
            self.cell(0, 9, self.running)
        self.set_text_color(0, 0, 0)
        self.set_font(self.base, "", self.size)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.footer_fmt:
            return
        self.set_y(-34)
        self.set_font(self.base, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 9, self.footer_fmt.format(p=self.page_no(), nb="{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    # text helpers ------------------------------------------------------------
    def htitle(self, text, size=14, color=(0, 0, 0), align="L", gap=6, family=None):
        self.set_font(family or self.base, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 1.25, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(gap)

    def h2(self, text, size=10.5, color=(0, 0, 0), before=6, after=3, rule=False):
        self.ln(before)
        self.set_font(self.base, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 1.3, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        if rule:
            y = self.get_y() + 1
            self.set_draw_color(*color)
            self.set_line_width(0.6)
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.ln(3)
        self.ln(after)

    def para(self, text, size=None, style="", align="L", gap=4, indent=0, lh=None, family=None):
        size = size or self.size
        self.set_font(family or self.base, style, size)
        md = "**" in text
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - indent,
            lh or size * 1.35,
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(gap)

    def bullets(self, items, size=None, bullet="•", indent=10, gap=2):
        size = size or self.size
        for it in items:
            self.set_font(self.base, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(10, size * 1.35, bullet)
            md = "**" in it
            self.multi_cell(
                self.w - self.r_margin - self.l_margin - indent - 10,
                size * 1.35,
                it,
                align="L",
                markdown=md,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        head=True,
        size=None,
        family=None,
        head_fill=(225, 225, 225),
        zebra=None,
        borders="ALL",
        lh=None,
        gap=6,
        bold_first=False,
        align=None,
    ):
        size = size or self.size
        family = family or self.base
        self.set_font(family, "", size)
        self.set_fill_color(255, 255, 255)
        kw = {}
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            line_height=lh or size * 1.3,
            first_row_as_headings=head,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
            borders_layout=borders,
            text_align=align or "LEFT",
            padding=(2.5, 4, 2.5, 4),
            **kw,
        ) as table:
            for i, r in enumerate(rows):
                row = table.row()
                for j, c in enumerate(r):
                    if bold_first and j == 0 and not (head and i == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(gap)

    def signatures(self, labels, size=8.5, fingerprint=None, gap_above=30):
        self.ln(gap_above)
        n = len(labels)
        width = (self.w - self.l_margin - self.r_margin) / n
        y = self.get_y()
        self.set_font(self.base, "", size)
        for i, lab in enumerate(labels):
            x = self.l_margin + i * width
            self.line(x + 6, y, x + width - 12, y)
            self.set_xy(x + 6, y + 3)
            self.multi_cell(width - 18, size * 1.3, lab, align="L")
        if fingerprint:
            x = self.w - self.r_margin - 70
            self.rect(x, y - 80, 62, 70)
            self.set_xy(x, y - 9)
            self.set_font(self.base, "", 6.5)
            self.cell(62, 8, fingerprint, align="C")
        self.set_y(y + 36)


# ---------------------------------------------------------------------------
# scanned pages


def scan(pdf_bytes, seed, dpi=220, angle=0.45):
    """Re-render a PDF as degraded, image-only pages (one image per page)."""
    src = pdfium.PdfDocument(pdf_bytes)
    rng = np.random.default_rng(seed)
    out = FPDF(unit="pt", format="letter")
    out.set_creation_date(FIXED_DATE)
    out.set_creator("FairRecruit held-out batch af")
    out.set_auto_page_break(False)
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=246)
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        arr = np.asarray(img).astype(np.float32)
        # paper tone, uneven lighting and sensor noise
        h, w = arr.shape
        shade = np.linspace(0.0, 14.0, w, dtype=np.float32)[None, :]
        arr = arr * 0.93 + 8 - shade + rng.normal(0.0, 7.0, size=arr.shape).astype(np.float32)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, mode="L")
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78)
        buf.seek(0)
        out.add_page(format=(w_pt, h_pt))
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    src.close()
    return bytes(out.output())


# ---------------------------------------------------------------------------
# verification


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(out_dir, labels):
    problems = []
    for lab in labels:
        path = out_dir / lab["file"]
        with pdfplumber.open(path) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
        if len(texts) != lab["pages"]:
            problems.append(f"{lab['file']}: {len(texts)} pages, label says {lab['pages']}")
        if lab["scanned"]:
            if any(t.strip() for t in texts):
                problems.append(f"{lab['file']}: scanned document has a text layer")
            continue
        for fee in lab["fees"]:
            page = fee["page"]
            if page < 1 or page > len(texts):
                problems.append(f"{lab['file']}: page {page} out of range")
                continue
            if norm(fee["quote"]) not in norm(texts[page - 1]):
                problems.append(
                    f"{lab['file']} p{page} {fee['category']}: quote not found: {fee['quote']!r}"
                )
    return problems


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    for i, make in enumerate(DOCS, start=1):
        name = f"af{i:02d}.pdf"
        pdf, label = make(Doc)
        data = bytes(pdf.output())
        if label["scanned"]:
            data = scan(data, seed=1000 + i)
        (out_dir / name).write_bytes(data)
        entry = {"file": name}
        entry.update(label)
        labels.append(entry)
    (out_dir / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    problems = verify(out_dir, labels)
    for p in problems:
        print("FAIL", p, file=sys.stderr)
    if problems:
        return 1
    n_fees = sum(len(x["fees"]) for x in labels)
    print(f"wrote {len(labels)} PDFs and labels.json to {out_dir}; {n_fees} fee quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())
