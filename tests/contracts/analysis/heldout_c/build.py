#!/usr/bin/env python3
"""Build hold-out batch C:  python build.py OUT_DIR [--emit-labels]

Writes dNN.pdf and a copy of labels.json into OUT_DIR, then checks with pdfplumber that every
labelled quote (whitespace-normalised) is found on its labelled page, in the page text or in a
column / table-cell crop. --emit-labels regenerates labels.json next to this script from docs.py.
Deterministic: ReportLab invariant mode, seeded noise for the scanned page.
"""

import io
import json
import os
import random
import re
import shutil
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs import DOCS, F  # noqa: E402
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rlcanvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

REQUIRED = {
    "h2a": [
        "employer_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "wage_adjustment",
        "pay_frequency",
        "deductions",
        "three_fourths_guarantee",
        "housing",
        "meals",
        "inbound_transportation",
        "return_transportation",
        "daily_transportation",
        "tools_provided",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
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
    "generic": [
        "employer_identity",
        "worker_identity",
        "job_duties",
        "work_location",
        "employment_period",
        "hours_of_work",
        "wage_rate",
        "pay_frequency",
        "deductions",
        "return_transportation",
        "termination",
    ],
}
CATS = [
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
]


def severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    return "violation"


def txt(parts):
    if isinstance(parts, (str, F)):
        parts = [parts]
    return "".join(p.text if isinstance(p, F) else p for p in parts)


def findings(doc):
    out = []

    def walk(x):
        if isinstance(x, F):
            out.append(x)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)

    walk(doc.get("blocks", []))
    walk(doc.get("bubbles", []))
    return out


# ------------------------------------------------------------------ rendering
def styles(base):
    s = {}
    s["body"] = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=base, leading=base * 1.38, spaceAfter=base * 0.55
    )
    s["cell"] = ParagraphStyle(
        "cell", fontName="Helvetica", fontSize=base * 0.95, leading=base * 1.25
    )
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    s["h"] = ParagraphStyle(
        "h",
        fontName="Helvetica-Bold",
        fontSize=base * 1.12,
        leading=base * 1.5,
        spaceBefore=base * 0.7,
        spaceAfter=base * 0.3,
    )
    s["title"] = ParagraphStyle(
        "title",
        fontName="Helvetica-Bold",
        fontSize=base * 1.5,
        leading=base * 1.9,
        alignment=1,
        spaceAfter=base * 0.5,
    )
    s["sub"] = ParagraphStyle(
        "sub",
        fontName="Helvetica-Oblique",
        fontSize=base * 0.92,
        leading=base * 1.25,
        alignment=1,
        textColor=colors.HexColor("#444444"),
        spaceAfter=base * 0.8,
    )
    return s


def P(parts, st):
    return Paragraph(escape(txt(parts)), st)


def story_for(doc, width):
    s = styles(doc["font"])
    story = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(escape(b[1]), s["title"]))
        elif kind == "sub":
            story.append(Paragraph(escape(b[1]), s["sub"]))
        elif kind == "h":
            story.append(Paragraph(escape(b[1]), s["h"]))
        elif kind == "p":
            story.append(P(b[1], s["body"]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "kv":
            rows = [[P(k, s["cellb"]), P(v, s["cell"])] for k, v in b[1]]
            t = Table(rows, colWidths=[width * 0.28, width * 0.72])
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif kind == "grid":
            head, rows = b[1], b[2]
            n = len(head)
            data = [[P(h, s["cellb"]) for h in head]] + [[P(c, s["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[width / n] * n, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif kind == "tri":
            head, rows = b[1], b[2]
            cw = [width * 0.18, width * 0.41, width * 0.41]
            data = [[P(h, s["cellb"]) for h in head]] + [
                [P(r[0], s["cellb"]), P(r[1], s["cell"]), P(r[2], s["cell"])] for r in rows
            ]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
        elif kind == "two":
            lcol, rcol = (b[1], b[2]) if len(b) == 3 else b[1]
            left = [P(x, s["body"]) for x in lcol]
            right = [P(x, s["body"]) for x in rcol]
            t = Table([[left, right]], colWidths=[width / 2, width / 2])
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 14),
                        ("LEFTPADDING", (1, 0), (1, -1), 14),
                    ]
                )
            )
            story += [t, Spacer(1, 6)]
        elif kind in ("sig", "sigfp"):
            labels = b[1]
            cells = [
                [P("_______________________________", s["cell"]) for _ in labels],
                [P(l, s["cellb"]) for l in labels],
            ]
            cw = [width / len(labels)] * len(labels)
            if kind == "sigfp":
                cells = [
                    r + [P("" if i == 0 else "Huella digital", s["cell"])]
                    for i, r in enumerate(cells)
                ]
                cw = [width * 0.38, width * 0.38, width * 0.24]
            t = Table(cells, colWidths=cw, rowHeights=[46, 16])
            st = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
            if kind == "sigfp":
                st.append(("BOX", (2, 0), (2, 1), 0.8, colors.black))
            t.setStyle(TableStyle(st))
            story += [Spacer(1, 14), KeepTogether(t)]
    return story


def page_decor(doc):
    band = doc.get("band")

    def on_page(c, d):
        w, h = d.pagesize
        if band:
            c.setFillColorRGB(*band)
            c.rect(0, h - 30, w, 30, stroke=0, fill=1)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(w - 40, 22, "%s - %d" % (doc["file"][:-4].upper(), c.getPageNumber()))

    return on_page


def build_flow(doc, path):
    size = {"letter": letter, "A4": A4}[doc["size"]]
    lm = 0.8 * inch
    d = SimpleDocTemplate(
        path,
        pagesize=size,
        leftMargin=lm,
        rightMargin=lm,
        topMargin=0.75 * inch,
        bottomMargin=0.7 * inch,
        title=doc["file"],
        author="heldout_c",
        creator="heldout_c",
    )
    deco = page_decor(doc)
    d.build(story_for(doc, size[0] - 2 * lm), onFirstPage=deco, onLaterPages=deco)


def build_flyer(doc, path):
    w, h = doc["size"]
    s = styles(doc["font"])
    band = doc["band"]

    def on_page(c, d):
        c.setFillColorRGB(0.90, 0.87, 0.82)
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColorRGB(*band)
        c.rect(0, h - 56, w, 56, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, h - 26, doc["sender"])
        c.setFont("Helvetica", 8)
        c.drawString(48, h - 40, doc["sender_sub"])
        c.circle(26, h - 30, 12, stroke=0, fill=1)

    d = SimpleDocTemplate(
        path,
        pagesize=(w, h),
        leftMargin=16,
        rightMargin=16,
        topMargin=70,
        bottomMargin=20,
        title=doc["file"],
        author="heldout_c",
        creator="heldout_c",
    )
    bw = w - 32 - 40
    ts = ParagraphStyle(
        "ts", fontName="Helvetica", fontSize=6.5, alignment=2, textColor=colors.grey
    )
    story = []
    for time, parts in doc["bubbles"]:
        t = Table([[P(parts, s["cell"])], [Paragraph(time, ts)]], colWidths=[bw])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (0, 0), 6),
                    ("BOTTOMPADDING", (0, 1), (0, 1), 4),
                ]
            )
        )
        t.hAlign = "LEFT"
        story += [t, Spacer(1, 7)]
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)


def scan(text_pdf, out_pdf, seed):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(text_pdf)
    c = None
    for i in range(len(pdf)):
        page = pdf[i]
        pw, ph = page.get_size()
        img = page.render(scale=200 / 72).to_pil().convert("L")
        img = img.rotate(0.85, resample=Image.BICUBIC, expand=False, fillcolor=255)
        rnd = random.Random(seed + i)
        px = img.load()
        W, H = img.size
        for _ in range(W * H // 55):
            x, y = rnd.randrange(W), rnd.randrange(H)
            px[x, y] = max(0, min(255, px[x, y] + rnd.choice((-90, -60, 60, 40))))
        for _ in range(40):  # specks
            x, y = rnd.randrange(W), rnd.randrange(H)
            for dx in range(3):
                for dy in range(3):
                    if x + dx < W and y + dy < H:
                        px[x + dx, y + dy] = 40
        img = img.filter(ImageFilter.GaussianBlur(0.5)).point(lambda v: int(v * 0.93 + 10))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=78)
        buf.seek(0)
        if c is None:
            c = rlcanvas.Canvas(out_pdf, pagesize=(pw, ph), invariant=1)
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(buf), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    pdf.close()


# ------------------------------------------------------------------ verification
def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def page_texts(page):
    yield page.extract_text() or ""
    w, h = page.width, page.height
    for a, b in ((0, 0.5), (0.5, 1), (0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1)):
        yield page.crop((w * a, 0, w * b, h)).extract_text() or ""
    for t in page.extract_tables() or []:
        for row in t:
            for cell in row:
                if cell:
                    yield cell


def locate(pdf_path, quote):
    import pdfplumber

    q = norm(quote)
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages):
            for t in page_texts(page):
                if q in norm(t):
                    return i + 1
    return None


def npages(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    emit = "--emit-labels" in sys.argv
    if not args:
        sys.exit(__doc__)
    out = os.path.abspath(args[0])
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(out, "_text_versions")
    os.makedirs(tmp, exist_ok=True)
    labels, warnings = [], []
    for doc in DOCS:
        final = os.path.join(out, doc["file"])
        textpdf = os.path.join(tmp, doc["file"]) if doc["scanned"] else final
        (build_flyer if doc["engine"] == "flyer" else build_flow)(doc, textpdf)
        if doc["scanned"]:
            scan(textpdf, final, seed=int(doc["file"][1:3]) * 1000)
        fees = []
        for f in findings(doc):
            pg = locate(textpdf, f.text)
            if pg is None:
                warnings.append("%s: quote not found: %s" % (doc["file"], f.text))
            e = {
                "category": f.cat,
                "severity": severity(f.cat, doc["program"]),
                "page": pg,
                "amount": f.amount,
                "currency": f.cur,
                "quote": f.text,
            }
            if f.group is not None:
                e["group"] = f.group
            fees.append(e)
        assert all(m in REQUIRED[doc["program"]] for m in doc["missing"]), doc["file"]
        assert all(f["category"] in CATS for f in fees)
        labels.append(
            {
                "file": doc["file"],
                "program": doc["program"],
                "language": doc["language"],
                "scanned": doc["scanned"],
                "pages": npages(final),
                "fees": fees,
                "missing_terms": [m for m in REQUIRED[doc["program"]] if m in doc["missing"]],
                "recruiters": doc["recruiters"],
                "traps": doc["traps"],
                "doc_type": doc["doc_type"],
                "layout": doc["layout"],
            }
        )
        print("built %s (%d pages, %d findings)" % (doc["file"], labels[-1]["pages"], len(fees)))
    shutil.rmtree(tmp)
    src = os.path.join(HERE, "labels.json")
    if emit:
        with open(src, "w", encoding="utf-8") as fh:
            json.dump(labels, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", src)
    # compare the committed labels with what the build produced
    committed = json.load(open(src, encoding="utf-8"))
    for a, b in zip(committed, labels):
        if a["pages"] != b["pages"]:
            warnings.append(
                "%s: labels.json says %s pages, PDF has %s" % (a["file"], a["pages"], b["pages"])
            )
        for fa in a["fees"]:
            hit = [fb for fb in b["fees"] if norm(fb["quote"]) == norm(fa["quote"])]
            if not hit or hit[0]["page"] != fa["page"]:
                warnings.append(
                    "%s: quote not found on labelled page %s: %s"
                    % (a["file"], fa["page"], fa["quote"])
                )
    shutil.copy(src, os.path.join(out, "labels.json"))
    cov = sorted({f["category"] for d in committed for f in d["fees"]})
    print("categories covered: %d/17" % len(cov), [c for c in CATS if c not in cov])
    print("compliant:", [d["file"] for d in committed if not d["fees"]])
    for w in warnings:
        print("WARNING:", w)
    if not warnings:
        print("all quotes verified")


if __name__ == "__main__":
    main()
