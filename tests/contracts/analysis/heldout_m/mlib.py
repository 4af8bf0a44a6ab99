"""Small layout helpers for the heldout_m documents (fpdf2), plus scanning and verification."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

DEJAVU = "/usr/share/fonts/truetype/dejavu"
NOTO = "/usr/share/fonts/truetype/noto"
FIXED_DATE = datetime(2025, 3, 14, 9, 30, 0, tzinfo=UTC)
MM = 72.0 / 25.4


class Doc(FPDF):
    """FPDF with registered Unicode fonts, optional repeated header/footer and helpers."""

    def __init__(
        self,
        fmt: str | tuple[float, float] = "letter",
        header_fn: Callable[[Doc], None] | None = None,
        footer_fn: Callable[[Doc], None] | None = None,
        margins: tuple[float, float, float] = (20, 18, 20),
        bottom: float = 18,
    ) -> None:
        super().__init__(format=fmt, unit="mm")
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.set_creation_date(FIXED_DATE)
        self.set_creator("office suite")
        self.set_producer("PDF writer")
        for fam, path in (
            ("sans", f"{DEJAVU}/DejaVuSans"),
            ("cond", f"{DEJAVU}/DejaVuSansCondensed"),
            ("serif", f"{DEJAVU}/DejaVuSerif"),
        ):
            self.add_font(fam, "", f"{path}.ttf")
            self.add_font(fam, "B", f"{path}-Bold.ttf")
            ital = "-Oblique.ttf" if fam != "serif" else "-Italic.ttf"
            self.add_font(fam, "I", f"{path}{ital}")
        self.add_font("noto", "", f"{NOTO}/NotoSans-Regular.ttf")
        self.add_font("noto", "B", f"{NOTO}/NotoSans-Bold.ttf")
        self.add_font("noto", "I", f"{NOTO}/NotoSans-Italic.ttf")
        self.add_font("notoserif", "", f"{NOTO}/NotoSerif-Regular.ttf")
        self.add_font("notoserif", "B", f"{NOTO}/NotoSerif-Bold.ttf")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.body_font = "sans"
        self.body_size = 10.0
        self.lh = 5.0

    def header(self) -> None:
        if self.header_fn:
            self.header_fn(self)

    def footer(self) -> None:
        if self.footer_fn:
            self.footer_fn(self)

    # --- text helpers -------------------------------------------------------------
    def body(self, font: str, size: float, lh: float) -> None:
        self.body_font, self.body_size, self.lh = font, size, lh
        self.set_font(font, "", size)

    def p(
        self,
        text: str,
        style: str = "",
        size: float | None = None,
        align: str = "L",
        md: bool = False,
        after: float = 1.5,
        lh: float | None = None,
        indent: float = 0,
    ) -> None:
        self.set_font(self.body_font, style, size or self.body_size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            lh or self.lh,
            text,
            align=align,
            markdown=md,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if after:
            self.ln(after)
        self.set_font(self.body_font, "", self.body_size)

    def hd(self, text: str, size: float = 12, after: float = 1.5, color=(0, 0, 0)) -> None:
        self.set_text_color(*color)
        self.p(text, style="B", size=size, after=after, lh=size * 0.5)
        self.set_text_color(0, 0, 0)

    def bullets(self, items: Sequence[str], mark: str = "•", indent: float = 5, md=False) -> None:
        for it in items:
            self.set_font(self.body_font, "", self.body_size)
            y = self.get_y()
            self.set_x(self.l_margin + indent - 4)
            self.cell(4, self.lh, mark)
            self.set_xy(self.l_margin + indent, y)
            self.multi_cell(
                self.epw - indent,
                self.lh,
                it,
                align="L",
                markdown=md,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            self.ln(0.8)
        self.ln(1)

    def band(self, text: str, fill=(30, 80, 140), color=(255, 255, 255), size=14, hgt=12) -> None:
        self.set_fill_color(*fill)
        self.set_text_color(*color)
        self.set_font(self.body_font, "B", size)
        self.cell(0, hgt, text, fill=True, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_font(self.body_font, "", self.body_size)
        self.ln(2)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        borders: str = "ALL",
        head: bool = False,
        size: float | None = None,
        lh: float | None = None,
        head_fill=(225, 230, 238),
        md: bool = False,
        after: float = 3,
    ) -> None:
        self.set_font(self.body_font, "", size or self.body_size)
        if sum(widths) > self.epw - 0.01:
            k = (self.epw - 0.01) / sum(widths)
            widths = [w * k for w in widths]
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            borders_layout=borders,
            first_row_as_headings=head,
            line_height=lh or self.lh,
            text_align="LEFT",
            markdown=md,
            padding=1.2,
            cell_fill_color=head_fill if head else None,
            cell_fill_mode="ROWS" if head else "NONE",
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(after)
        self.set_font(self.body_font, "", self.body_size)

    def sig_block(
        self, labels: Sequence[str], fingerprint: bool = False, fp_label: str = "Huella"
    ) -> None:
        self.ln(6)
        if self.get_y() + 26 > self.h - self.b_margin:
            self.add_page()
            self.ln(4)
        n = len(labels) + (1 if fingerprint else 0)
        w = self.epw / n
        y = self.get_y()
        for i, lab in enumerate(labels):
            x = self.l_margin + i * w
            self.line(x + 2, y + 12, x + w - 4, y + 12)
            self.set_xy(x + 2, y + 13)
            self.set_font(self.body_font, "", self.body_size - 1)
            self.multi_cell(w - 6, 4, lab, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        if fingerprint:
            x = self.l_margin + len(labels) * w
            self.rect(x + 6, y - 4, 22, 24)
            self.set_xy(x + 2, y + 21)
            self.set_font(self.body_font, "", self.body_size - 2)
            self.multi_cell(w - 4, 4, fp_label, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin, y + 30)
        self.set_font(self.body_font, "", self.body_size)


def save(doc: Doc, path: str) -> None:
    doc.output(path)


def rasterize(text_pdf: str, out_pdf: str, seed: int, dpi: int = 200) -> None:
    """Render each page, add mild skew, noise and blur, and write an image-only PDF."""
    rng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(text_pdf)
    out = FPDF(unit="pt")
    out.set_creation_date(FIXED_DATE)
    out.set_creator("Scanner")
    out.set_producer("Scan to PDF")
    for i in range(len(src)):
        page = src[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
        angle = float(rng.uniform(-0.9, 0.9))
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=246)
        arr = np.asarray(img).astype(np.float32)
        # paper tint gradient + sensor noise
        yy = np.linspace(0, 1, arr.shape[0])[:, None]
        arr = arr * (0.93 + 0.04 * yy) + rng.normal(0, 7.0, arr.shape)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.55))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        out.add_page(format=(w_pt, h_pt))
        out.image(buf, x=0, y=0, w=w_pt, h=h_pt)
    src.close()
    out.output(out_pdf)


def norm(s: str) -> str:
    return " ".join(s.split())


def verify(pdf_path: str, label: dict, xranges: Sequence[tuple[float, float]]) -> None:
    """Every labelled quote must occur (whitespace-normalised) on its labelled page."""
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != label["pages"]:
            raise SystemExit(
                f"{label['file']}: {len(pdf.pages)} pages built, label says {label['pages']}"
            )
        for fee in label["fees"]:
            page = pdf.pages[fee["page"] - 1]
            q = norm(fee["quote"])
            texts = [page.extract_text() or ""]
            if q not in norm(texts[0]):
                for tbl in page.extract_tables():
                    for row in tbl:
                        texts.append(" ".join(c or "" for c in row))
                        texts.extend(c or "" for c in row)
                for x0, x1 in xranges:
                    box = (max(0, x0 * MM - 1), 0, min(page.width, x1 * MM + 1), page.height)
                    texts.append(page.within_bbox(box).extract_text() or "")
            if not any(q in norm(t) for t in texts):
                raise SystemExit(
                    f"VERIFY FAILED {label['file']} p{fee['page']}: quote not found: {fee['quote']!r}"
                )
