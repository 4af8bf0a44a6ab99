#!/usr/bin/env python3
"""Build the blind hold-out batch heldout_d (12 PDFs) and verify its labels.

    .venv/bin/python tests/contracts/analysis/heldout_d/build.py OUT_DIR
    .venv/bin/python tests/contracts/analysis/heldout_d/build.py OUT_DIR --write-labels
        (regenerates labels.json next to this script from docs.py, pages found by pdfplumber)

Deterministic: ReportLab invariant mode, fixed fpdf2 creation date, seeded noise.
Writes dNN.pdf and a copy of labels.json into OUT_DIR, then checks with pdfplumber that
each labelled quote (whitespace-normalised) is on its labelled page, in the page text or a
table cell / column crop. The scanned d12 has no text layer: its quotes are checked
against the text that was rasterised.
"""

import datetime
import json
import os
import random
import re
import shutil
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs import D  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/dejavu"
SEVERITY_REVIEW = {"damage_chargeback", "meal_charge"}


def severity(cat, program, quote):
    if cat in SEVERITY_REVIEW:
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


# ------------------------------------------------------------------ ReportLab renderer
def build_rl(name, spec, path):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import legal, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        HRFlowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    base = spec["font"]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    sz = spec["size"]
    compact = spec.get("compact", False)
    ps = legal if spec.get("pagesize") == "legal" else letter
    lead = sz * (1.22 if compact else 1.35)
    body = ParagraphStyle(
        "b", fontName=base, fontSize=sz, leading=lead, spaceAfter=2 if compact else 5
    )
    cell = ParagraphStyle(
        "c", fontName=base, fontSize=sz - (0 if compact else 0.5), leading=(sz - 0.5) * 1.2
    )
    cellb = ParagraphStyle("cb", parent=cell, fontName=bold)
    title = ParagraphStyle(
        "t", fontName=bold, fontSize=sz + 4, leading=(sz + 4) * 1.25, alignment=1, spaceAfter=4
    )
    sub = ParagraphStyle(
        "s",
        fontName=base,
        fontSize=sz,
        leading=lead,
        alignment=1,
        spaceAfter=6,
        textColor=colors.HexColor("#444444"),
    )
    head = ParagraphStyle(
        "h",
        fontName=bold,
        fontSize=sz + 1,
        leading=(sz + 1) * 1.3,
        spaceBefore=3 if compact else 7,
        spaceAfter=2 if compact else 3,
    )

    def P(t, st):
        return Paragraph(escape(t).replace("&lt;br/&gt;", "<br/>"), st)

    band = spec.get("band")
    top = 0.95 * inch if band else 0.8 * inch

    def on_page(c, doc):
        W, H = ps
        if band:
            c.setFillColorRGB(*[v / 255 for v in band])
            c.rect(0, H - 0.55 * inch, W, 0.55 * inch, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(bold, 9)
            c.drawString(0.6 * inch, H - 0.34 * inch, spec["band_text"])
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(base, 7.5)
        c.drawRightString(W - 0.6 * inch, 0.45 * inch, "Page %d" % doc.page)

    doc = SimpleDocTemplate(
        path,
        pagesize=ps,
        leftMargin=0.75 * inch,
        rightMargin=0.75 * inch,
        topMargin=top,
        bottomMargin=0.7 * inch,
        title=name,
        author="heldout_d",
        creator="heldout_d",
    )
    story = []
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            story.append(P(b[1], title))
            if spec.get("rule"):
                story.append(HRFlowable(width="100%", thickness=0.8, spaceAfter=4))
        elif k == "sub":
            story.append(P(b[1], sub))
        elif k == "h":
            story.append(P(b[1], head))
        elif k == "p":
            story.append(P(b[1], body))
        elif k == "letterhead":
            lh = ParagraphStyle(
                "lh",
                fontName=bold,
                fontSize=15,
                leading=19,
                alignment=1,
                textColor=colors.HexColor("#1d4d2b"),
            )
            ls = ParagraphStyle("ls", fontName=base, fontSize=8.5, leading=11, alignment=1)
            story += [
                P(b[1], lh),
                P(b[2], ls),
                HRFlowable(
                    width="100%",
                    thickness=1.5,
                    color=colors.HexColor("#c9a227"),
                    spaceBefore=4,
                    spaceAfter=10,
                ),
            ]
        elif k in ("kv", "tbl"):
            if k == "kv":
                rows = [[P(a, cellb), P(v, cell)] for a, v in b[1]]
                widths = b[2]
            else:
                rows = [[P(h, cellb) for h in b[1]]] + [[P(x, cell) for x in r] for r in b[2]]
                widths = b[3]
            W = ps[0] - 1.5 * inch
            tot = float(sum(widths))
            t = Table(rows, colWidths=[W * w / tot for w in widths])
            st = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2 if compact else 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 3),
            ]
            if k == "kv":
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            else:
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(st))
            story += [t, Spacer(1, 4 if compact else 8)]
        elif k in ("sig", "sigfp"):
            heads, names = b[1], b[2]
            n = len(heads)
            rows = [[P(h, cellb) for h in heads], [Spacer(1, 40)] * n, [P(x, cell) for x in names]]
            W = ps[0] - 1.5 * inch
            widths = [W / n] * n if k == "sig" else [W * 0.4, W * 0.4, W * 0.2]
            t = Table(rows, colWidths=widths)
            t.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ]
                )
            )
            story += [Spacer(1, 10), t]
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------ fpdf2 renderer
def build_fpdf(name, spec, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    fam = spec["font"]
    sz = spec["size"]
    band = spec.get("band")

    class Doc(FPDF):
        def header(self):
            if band:
                self.set_fill_color(*band)
                self.rect(0, 0, self.w, 13, style="F")
                self.set_text_color(255, 255, 255)
                self.set_font(fam, "B", 8.5)
                self.set_xy(12, 4)
                self.cell(0, 5, spec["band_text"])
                self.set_text_color(0, 0, 0)
                self.set_y(19)

        def footer(self):
            self.set_y(-11)
            self.set_font(fam, "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "%s - page %d of {nb}" % (name, self.page_no()), align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4" if spec.get("a4") else "letter")
    pdf.set_creation_date(datetime.datetime(2026, 1, 15, 9, 0, tzinfo=datetime.UTC))
    pdf.set_title(name)
    pdf.set_author("heldout_d")
    pdf.set_creator("heldout_d")
    pdf.set_producer("heldout_d")
    pdf.add_font(fam, "", os.path.join(FONTDIR, fam + ".ttf"))
    pdf.add_font(fam, "B", os.path.join(FONTDIR, fam + "-Bold.ttf"))
    pdf.set_margins(14, 16, 14)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    ew = pdf.epw
    lh = sz * 0.48

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            pdf.set_font(fam, "B", sz + 5)
            pdf.multi_cell(ew, (sz + 5) * 0.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sub":
            pdf.set_font(fam, "", sz)
            pdf.set_text_color(70, 70, 70)
            pdf.multi_cell(ew, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif k == "h":
            pdf.ln(2)
            pdf.set_font(fam, "B", sz + 1.5)
            pdf.multi_cell(ew, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif k == "p":
            pdf.set_font(fam, "", sz)
            pdf.multi_cell(ew, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif k == "bul":
            pdf.set_font(fam, "", sz)
            for it in b[1]:
                pdf.set_x(pdf.l_margin + 2)
                pdf.cell(5, lh, "•")
                pdf.multi_cell(ew - 7, lh, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1)
        elif k == "let":
            pdf.set_font(fam, "B", sz)
            y = pdf.get_y()
            if y > pdf.h - 30:
                pdf.add_page()
            pdf.cell(8, lh, b[1])
            pdf.set_font(fam, "", sz)
            pdf.multi_cell(ew - 8, lh, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.4)
        elif k == "qa":
            if pdf.get_y() > pdf.h - 32:
                pdf.add_page()
            pdf.set_fill_color(232, 236, 242)
            pdf.set_font(fam, "B", sz)
            pdf.multi_cell(ew, lh + 1, b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", sz)
            pdf.set_x(pdf.l_margin + 3)
            pdf.multi_cell(ew - 3, lh, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k in ("kv", "tbl"):
            pdf.set_font(fam, "", sz - 0.5)
            heading = k == "tbl"
            widths = b[2] if k == "kv" else b[3]
            hstyle = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
            with pdf.table(
                col_widths=widths,
                width=ew,
                text_align="LEFT",
                line_height=lh,
                first_row_as_headings=heading,
                headings_style=hstyle,
                padding=1.2,
            ) as t:
                if heading:
                    r = t.row()
                    for h in b[1]:
                        r.cell(h)
                    data = b[2]
                else:
                    data = b[1]
                for row in data:
                    r = t.row()
                    for j, x in enumerate(row):
                        if k == "kv" and j == 0:
                            r.cell(x, style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)))
                        else:
                            r.cell(x)
            pdf.ln(3)
        elif k == "sig":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font(fam, "", sz)
            with pdf.table(
                width=ew,
                text_align="LEFT",
                line_height=lh,
                first_row_as_headings=True,
                headings_style=FontFace(emphasis="BOLD"),
            ) as t:
                r = t.row()
                for h in b[1]:
                    r.cell(h)
                r = t.row()
                for _ in b[1]:
                    r.cell("\n\n\n")
                r = t.row()
                for x in b[2]:
                    r.cell(x)
        elif k == "pb":
            pdf.add_page()
        else:
            raise ValueError(k)
    pdf.output(path)


# ------------------------------------------------------------------ scanned page
def scan_text(spec):
    return "\n".join(t for _, t in spec["lines"])


def build_scan(name, spec, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    dpi = 200
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(os.path.join(FONTDIR, "DejaVuSerif.ttf"), 33)
    f_bold = ImageFont.truetype(os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"), 38)
    f_small = ImageFont.truetype(os.path.join(FONTDIR, "DejaVuSerif.ttf"), 28)
    x0, x1, y = 190, W - 190, 210
    for kind, text in spec["lines"]:
        if not text:
            y += 26
            continue
        font = f_bold if kind == "C" else (f_small if kind == "c" else f_body)
        words, line, lines = text.split(), "", []
        for w in words:
            trial = (line + " " + w).strip()
            if d.textlength(trial, font=font) > x1 - x0 and line:
                lines.append(line)
                line = w
            else:
                line = trial
        lines.append(line)
        for ln in lines:
            if kind in ("C", "c"):
                xx = (W - d.textlength(ln, font=font)) / 2
            else:
                xx = x0
            d.text((xx, y), ln, fill=25, font=font)
            y += int(font.size * 1.42)
        y += 16
    rnd = random.Random(20260115)
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=250)
    px = img.load()
    for _ in range(9000):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((60, 110, 160, 200))
    for _ in range(40):  # a few dark specks / dust
        cx, cy = rnd.randrange(W), rnd.randrange(H)
        for dx in range(3):
            for dy in range(3):
                if 0 <= cx + dx < W and 0 <= cy + dy < H:
                    px[cx + dx, cy + dy] = 70
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(name)
    c.drawImage(ImageReader(img), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()


# ------------------------------------------------------------------ verification
def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    import pdfplumber

    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            cands = [pg.extract_text() or ""]
            try:
                for tb in pg.find_tables():
                    for row in tb.extract():
                        cands += [c or "" for c in row]
            except Exception:
                pass
            W = pg.width
            for a, b in ((0, W / 2), (W / 2, W), (0, W * 0.3), (W * 0.25, W)):
                try:
                    cands.append(pg.crop((a, 0, b, pg.height)).extract_text() or "")
                except Exception:
                    pass
            out.append([norm(c) for c in cands])
    return out


def find_page(pages, quote):
    q = norm(quote)
    for i, cands in enumerate(pages, 1):
        if any(q in c for c in cands):
            return i
    return None


def make_labels(outdir):
    labels = []
    for name in sorted(D):
        spec = D[name]
        m = spec["meta"]
        path = os.path.join(outdir, name + ".pdf")
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            npages = len(pdf.pages)
        pages = None if spec["engine"] == "scan" else page_texts(path)
        fees = []
        for f in m["fees"]:
            if pages is None:
                pg = 1
            else:
                pg = find_page(pages, f["quote"])
                if pg is None:
                    print(
                        "WARNING: %s quote not found when writing labels: %s" % (name, f["quote"])
                    )
                    pg = 1
            e = dict(
                category=f["category"],
                severity=severity(f["category"], m["program"], f["quote"]),
                page=pg,
                amount=f["amount"],
                currency=f["currency"],
                quote=f["quote"],
            )
            if "group" in f:
                e["group"] = f["group"]
            fees.append(e)
        labels.append(
            dict(
                file=name + ".pdf",
                program=m["program"],
                language=m["language"],
                scanned=spec["engine"] == "scan",
                pages=npages,
                fees=fees,
                missing_terms=m["missing_terms"],
                recruiters=m["recruiters"],
                traps=m["traps"],
                doc_type=m["doc_type"],
                layout=m["layout"],
            )
        )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", os.path.join(HERE, "labels.json"))


def verify(outdir):
    import pdfplumber

    labels = json.load(open(os.path.join(outdir, "labels.json"), encoding="utf-8"))
    problems = 0
    for lab in labels:
        name = lab["file"][:-4]
        path = os.path.join(outdir, lab["file"])
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
        if n != lab["pages"]:
            print("WARNING: %s has %d pages, label says %d" % (lab["file"], n, lab["pages"]))
            problems += 1
        if lab["scanned"]:
            src = norm(scan_text(D[name]))
            for f in lab["fees"]:
                if norm(f["quote"]) not in src:
                    print(
                        "WARNING: %s quote not in rasterised source text: %s"
                        % (lab["file"], f["quote"])
                    )
                    problems += 1
            print(
                "note: %s is image-only; %d quotes checked against the rasterised source text"
                % (lab["file"], len(lab["fees"]))
            )
            continue
        pages = page_texts(path)
        for f in lab["fees"]:
            q = norm(f["quote"])
            cands = pages[f["page"] - 1] if 0 < f["page"] <= len(pages) else []
            if any(q in c for c in cands):
                continue
            other = find_page(pages, f["quote"])
            if other:
                print(
                    "WARNING: %s quote found on page %d, labelled page %d: %s"
                    % (lab["file"], other, f["page"], f["quote"])
                )
            else:
                print("WARNING: %s quote NOT FOUND: %s" % (lab["file"], f["quote"]))
            problems += 1
    print(
        "verification: %d problem(s) over %d documents, %d findings"
        % (problems, len(labels), sum(len(l["fees"]) for l in labels))
    )
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__)
        sys.exit(2)
    outdir = args[0]
    only = args[1:]
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(D):
        if only and name not in only:
            continue
        spec = D[name]
        path = os.path.join(outdir, name + ".pdf")
        {"rl": build_rl, "fpdf": build_fpdf, "scan": build_scan}[spec["engine"]](name, spec, path)
        print("built", path)
    if "--write-labels" in sys.argv:
        make_labels(outdir)
    shutil.copy(os.path.join(HERE, "labels.json"), os.path.join(outdir, "labels.json"))
    verify(outdir)


if __name__ == "__main__":
    main()
