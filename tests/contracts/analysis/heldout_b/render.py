"""Render the held-out-b document specs to PDF (ReportLab, fpdf2, simulated scans)."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import reportlab
from fpdf import FPDF
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONTS = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("Vera", str(FONTS / "Vera.ttf")))
pdfmetrics.registerFont(TTFont("VeraBd", str(FONTS / "VeraBd.ttf")))
pdfmetrics.registerFont(TTFont("VeraIt", str(FONTS / "VeraIt.ttf")))

Block = tuple[Any, ...]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Fingerprint(Flowable):  # type: ignore[misc]
    """Signature lines with a 'Huella' box beside each party."""

    def __init__(self, parties: list[str]) -> None:
        super().__init__()
        self.parties = parties
        self.height = 1.3 * inch

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.height

    def draw(self) -> None:
        c = self.canv
        step = self.width / len(self.parties)
        for i, name in enumerate(self.parties):
            x = i * step
            c.setLineWidth(0.6)
            c.line(x + 6, 24, x + step - 80, 24)
            c.setFont("Vera", 7.5)
            c.drawString(x + 6, 12, name)
            c.rect(x + step - 70, 8, 56, 70)
            c.setFont("Vera", 6)
            c.drawString(x + step - 64, 82, "Huella digital")


def _rl_flowables(blocks: list[Block], size: float, width: float) -> list[Flowable]:
    body = ParagraphStyle(
        "b", fontName="Vera", fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6, alignment=4
    )
    head = ParagraphStyle("h", parent=body, fontName="VeraBd", alignment=0, spaceBefore=size * 0.6)
    title = ParagraphStyle("t", parent=head, fontSize=size * 1.3, leading=size * 1.7, alignment=1)
    cell = ParagraphStyle(
        "c", parent=body, spaceAfter=0, alignment=0, fontSize=size * 0.92, leading=size * 1.2
    )
    cellb = ParagraphStyle("cb", parent=cell, fontName="VeraBd")
    bubble = ParagraphStyle("bu", parent=cell, fontSize=size, leading=size * 1.3)
    out: list[Flowable] = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("p", "h", "title"):
            style = {"p": body, "h": head, "title": title}[kind]
            out.append(Paragraph(_esc(blk[1]), style))
        elif kind in ("grid", "plain"):
            rows, fracs = blk[1], blk[2]
            data = [
                [Paragraph(_esc(c), cellb if (r == 0 and kind == "grid") else cell) for c in row]
                for r, row in enumerate(rows)
            ]
            tbl = Table(data, colWidths=[f * width for f in fracs])
            cmds: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if kind == "grid":
                cmds += [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ]
            tbl.setStyle(TableStyle(cmds))
            out += [tbl, Spacer(1, size)]
        elif kind == "bubble":
            text, stamp = blk[1], blk[2]
            tbl = Table(
                [[Paragraph(_esc(text), bubble)], [Paragraph(stamp, cell)]],
                colWidths=[0.78 * width],
            )
            tbl.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dcf8c6")),
                        ("ALIGN", (0, 1), (0, 1), "RIGHT"),
                        ("TEXTCOLOR", (0, 1), (0, 1), colors.grey),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            tbl.hAlign = "LEFT"
            out += [tbl, Spacer(1, 5)]
        elif kind == "sig":
            out += [Spacer(1, 14), Fingerprint(blk[1])]
        elif kind == "space":
            out.append(Spacer(1, blk[1]))
    return out


def render_rl(
    blocks: list[Block],
    path: Path,
    *,
    size: float = 9.5,
    a4: bool = False,
    band: str | None = None,
    margin: float = 0.8,
) -> None:
    """Flowing document with ReportLab; optional coloured header band text."""
    page = A4 if a4 else LETTER
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=margin * inch,
        rightMargin=margin * inch,
        topMargin=0.9 * inch,
        bottomMargin=0.8 * inch,
    )

    def deco(c: canvas.Canvas, _doc: Any) -> None:
        if band:
            c.setFillColor(colors.HexColor("#234e70"))
            c.rect(0, page[1] - 0.55 * inch, page[0], 0.55 * inch, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont("VeraBd", 11)
            c.drawString(margin * inch, page[1] - 0.35 * inch, band)
        c.setFillColor(colors.grey)
        c.setFont("Vera", 7)
        c.drawRightString(page[0] - margin * inch, 0.45 * inch, f"{c.getPageNumber()}")

    width = page[0] - 2 * margin * inch
    doc.build(_rl_flowables(blocks, size, width), onFirstPage=deco, onLaterPages=deco)


def render_fpdf(blocks: list[Block], path: Path, *, size: float = 10.0) -> None:
    """Terse line-oriented document with fpdf2 (job orders, Q&A sheets)."""
    pdf = FPDF(format="letter")
    pdf.add_font("Vera", "", str(FONTS / "Vera.ttf"))
    pdf.add_font("Vera", "B", str(FONTS / "VeraBd.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    lh = size * 0.5
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("Vera", "B", size + 3)
            pdf.multi_cell(0, lh + 2, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Vera", "B", size)
            pdf.multi_cell(0, lh + 1, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Vera", "", size)
            pdf.multi_cell(0, lh + 0.5, blk[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "qa":
            pdf.set_font("Vera", "B", size)
            pdf.set_fill_color(235, 235, 235)
            pdf.multi_cell(0, lh + 1, blk[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Vera", "", size)
            pdf.set_x(26)
            pdf.multi_cell(0, lh + 0.5, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("grid", "plain"):
            pdf.set_font("Vera", "", size - 0.5)
            widths = [f * pdf.epw for f in blk[2]]
            with pdf.table(
                col_widths=widths,
                line_height=lh + 0.5,
                first_row_as_headings=False,
                borders_layout="ALL" if kind == "grid" else "NONE",
            ) as table:
                for row in blk[1]:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif kind == "space":
            pdf.ln(blk[1] / 2.8)
    pdf.output(str(path))


def scan(pdf_in: Path, pdf_out: Path, *, seed: int = 7, dpi: int = 200) -> None:
    """Rasterise every page, tilt, blur and speckle it, and write an image-only PDF."""
    import pypdfium2 as pdfium

    rnd = random.Random(seed)
    src = pdfium.PdfDocument(str(pdf_in))
    c = canvas.Canvas(str(pdf_out), pagesize=LETTER)
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(
            rnd.uniform(-1.1, 1.1), expand=False, fillcolor=255, resample=Image.Resampling.BICUBIC
        )
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        assert px is not None
        w, h = img.size
        for _ in range(w * h // 900):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((40, 90, 200))
        img = img.point(lambda v: min(255, int(v * 0.93 + 14)))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=70)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(buf), 0, 0, LETTER[0], LETTER[1])
        c.showPage()
    c.save()
    src.close()
