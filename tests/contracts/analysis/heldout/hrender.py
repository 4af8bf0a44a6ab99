"""Render a `Doc` to PDF bytes with ReportLab or fpdf2, and simulate a scanned page."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from hspec import Doc

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZES = {
    "letter": (612.0, 792.0),
    "A4": (595.3, 841.9),
    "legal": (612.0, 1008.0),
    "tall": (360.0, 900.0),
}


def render(doc: Doc) -> bytes:
    data = _render_fpdf(doc) if doc.engine == "fpdf" else _render_rl(doc)
    return _scan(data) if doc.scanned else data


# --- ReportLab ------------------------------------------------------------------------------
def _render_rl(doc: Doc) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    size = SIZES[doc.pagesize]
    fs = 8.0 if doc.small else 10.0
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    head = ParagraphStyle(
        "h", parent=body, fontName="Helvetica-Bold", fontSize=fs + 1, spaceBefore=6
    )
    ttl = ParagraphStyle(
        "t",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=fs + 4,
        leading=(fs + 4) * 1.25,
        spaceAfter=8,
    )
    cell = ParagraphStyle("c", parent=body, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")

    def P(text: str, st: ParagraphStyle = body) -> Paragraph:  # noqa: N802
        return Paragraph(escape(text), st)

    margin = 54.0
    width = size[0] - 2 * margin
    if doc.twocol:
        gap = 18.0
        colw = (width - gap) / 2
        frames = [
            Frame(margin, margin, colw, size[1] - 2 * margin, id="l"),
            Frame(margin + colw + gap, margin, colw, size[1] - 2 * margin, id="r"),
        ]
        width = colw
    else:
        frames = [Frame(margin, margin, width, size[1] - 2 * margin, id="f")]

    def on_page(canvas: Any, d: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if doc.header:
            canvas.setFillColor(colors.HexColor("#1f4e79"))
            canvas.rect(0, size[1] - 30, size[0], 30, fill=1, stroke=0)
            canvas.setFillColor(colors.white)
            canvas.drawString(margin, size[1] - 19, doc.header)
        if doc.footer:
            canvas.setFillColor(colors.grey)
            canvas.drawString(margin, 28, f"{doc.footer}  |  Page {d.page}")
        canvas.restoreState()

    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    )
    story: list[Any] = []
    for kind, val in doc.blocks:
        if kind == "title":
            story.append(P(val, ttl))
        elif kind == "h":
            story.append(P(val, head))
        elif kind == "p":
            story.append(P(val))
        elif kind == "bullets":
            story.extend(Paragraph(escape(t), body, bulletText="\u2022") for t in val)
        elif kind == "kv":
            rows = [[P(k, cellb), P(v, cell)] for k, v in val]
            story.append(Table(rows, colWidths=[width * 0.3, width * 0.7], style=grid))
            story.append(Spacer(1, 6))
        elif kind == "table":
            n = len(val[0])
            rows = [[P(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            story.append(Table(rows, colWidths=[width / n] * n, style=grid, repeatRows=1))
            story.append(Spacer(1, 6))
        elif kind == "side":
            rows = [[P(a, cell), P(b, cell)] for a, b in val]
            st = TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
            )
            story.append(Table(rows, colWidths=[width / 2] * 2, style=st))
        elif kind == "bubble":
            story.append(P(f"{val[0]}  {val[1]}".strip()))
        elif kind == "sig":
            story.append(Spacer(1, 24))
            story.append(Table([["_" * 28] * len(val), [P(n, cell) for n in val]]))
        elif kind == "pagebreak":
            story.append(PageBreak())
    buf = io.BytesIO()
    tpl = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
    )
    tpl.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    tpl.build(story)
    return buf.getvalue()


# --- fpdf2 ----------------------------------------------------------------------------------
def _render_fpdf(doc: Doc) -> bytes:
    from fpdf import FPDF

    w, h = SIZES[doc.pagesize]

    class PDF(FPDF):
        def footer(self) -> None:
            if doc.footer:
                self.set_y(-22)
                self.set_font("dv", "", 7)
                self.cell(0, 8, f"{doc.footer} - {self.page_no()}")

    pdf = PDF(unit="pt", format=(w, h))
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(40, 40, 40)
    pdf.set_auto_page_break(True, 40)
    pdf.add_page()
    fs = 10.0
    for kind, val in doc.blocks:
        if kind == "title":
            pdf.set_font("dv", "B", fs + 5)
            pdf.multi_cell(0, (fs + 5) * 1.3, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "h":
            pdf.set_font("dv", "B", fs + 0.5)
            pdf.ln(4)
            pdf.multi_cell(0, fs * 1.35, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", fs)
            pdf.multi_cell(0, fs * 1.35, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bullets":
            pdf.set_font("dv", "", fs)
            for t in val:
                pdf.multi_cell(0, fs * 1.35, "\u2022 " + t, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_font("dv", "", fs - 0.5)
            with pdf.table(col_widths=(30, 70), first_row_as_headings=False) as t:
                for k, v in val:
                    r = t.row()
                    r.cell(k)
                    r.cell(v)
            pdf.ln(4)
        elif kind == "bubble":
            pdf.set_font("dv", "", fs)
            pdf.set_fill_color(220, 248, 198)
            pdf.set_x(pdf.l_margin + 20)
            pdf.multi_cell(
                w - 2 * pdf.l_margin - 40,
                fs * 1.4,
                val[0],
                fill=True,
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("dv", "", 6.5)
            pdf.set_x(w - pdf.r_margin - 60)
            pdf.cell(40, 9, val[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "sig":
            pdf.ln(24)
            pdf.set_font("dv", "", fs)
            colw = (w - 80) / len(val)
            for _ in val:
                pdf.cell(colw, 12, "_" * 26)
            pdf.ln(14)
            for n in val:
                pdf.cell(colw, 12, n)
            pdf.ln(14)
        elif kind == "pagebreak":
            pdf.add_page()
    return bytes(pdf.output())


# --- scanner simulation ---------------------------------------------------------------------
def _scan(data: bytes) -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(data)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(0.6, expand=True, fillcolor=255, resample=Image.BICUBIC)
        noise = Image.effect_noise(img.size, 18).convert("L")
        img = Image.blend(img, noise, 0.08).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(img)
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])
    return out.getvalue()
