"""Build the blind held-out batch "t" (t01.pdf ... t12.pdf + labels.json).

Usage: .venv/bin/python tests/contracts/analysis/heldout_t/build.py OUT_DIR

All names, places and texts are fictional and were written for this batch.
Deterministic: fixed creation dates, seeded noise for the scanned document.
"""

import datetime as dt
import io
import json
import os
import random
import re
import sys

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from docs_t import DOCS  # noqa: E402

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
NOTO = "/usr/share/fonts/truetype/noto/"
FIXED_DATE = dt.datetime(2025, 11, 3, 9, 30, 0, tzinfo=dt.UTC)

REQUIRED = {
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

REVIEW_ALWAYS = {"damage_chargeback", "meal_charge"}


def severity(category, program):
    if category in REVIEW_ALWAYS:
        return "review"
    if category == "housing_charge" and program in ("h2b", "generic"):
        return "review"
    return "violation"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Doc(FPDF):
    def __init__(self, spec):
        fmt = spec.get("format", "Letter")
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.spec = spec
        self.set_creation_date(FIXED_DATE)
        self.set_title(spec.get("title", spec["file"]))
        self.set_creator("office word processor")
        self.set_producer("fpdf2")
        self.add_font("sans", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("sans", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("sans", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.add_font("serif", "", DEJAVU + "DejaVuSerif.ttf")
        self.add_font("serif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
        self.add_font("serif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
        self.add_font("cond", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("cond", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("cond", "I", DEJAVU + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("noto", "", NOTO + "NotoSans-Regular.ttf")
        self.add_font("noto", "B", NOTO + "NotoSans-Bold.ttf")
        self.add_font("noto", "I", NOTO + "NotoSans-Italic.ttf")
        self.fam = spec.get("font", "sans")
        self.base = spec.get("size", 10)
        self.lh = spec.get("lh", self.base * 0.5)
        m = spec.get("margin", 20)
        self.set_margins(m, spec.get("top", 18), m)
        self.set_auto_page_break(True, margin=spec.get("bottom", 20))
        self.alias_nb_pages()

    def header(self):
        h = self.spec.get("header")
        if not h:
            return
        kind = h.get("kind", "text")
        if kind == "band":
            r, g, b = h.get("rgb", (30, 70, 120))
            self.set_fill_color(r, g, b)
            self.rect(0, 0, self.w, 16, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(self.fam, "B", 12)
            self.set_xy(self.l_margin, 4)
            self.cell(0, 8, h["text"])
            if h.get("right"):
                self.set_font(self.fam, "", 7.5)
                self.set_xy(self.l_margin, 4)
                self.cell(0, 8, h["right"], align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)
        else:
            self.set_font(self.fam, "B", 9)
            self.cell(0, 5, h["text"], align=h.get("align", "C"), new_x="LMARGIN", new_y="NEXT")
            if h.get("sub"):
                self.set_font(self.fam, "", 7)
                self.cell(0, 4, h["sub"], align=h.get("align", "C"), new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(90, 90, 90)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_draw_color(0, 0, 0)
            self.ln(5)

    def footer(self):
        f = self.spec.get("footer")
        if not f:
            return
        self.set_y(-13)
        self.set_font(self.fam, "", 7)
        self.set_text_color(80, 80, 80)
        txt = f.replace("{p}", str(self.page_no())).replace("{n}", "{nb}")
        self.cell(0, 5, txt, align="C")
        self.set_text_color(0, 0, 0)


def render_block(pdf, b):
    kind = b[0]
    fam, base, lh = pdf.fam, pdf.base, pdf.lh
    if kind == "title":
        pdf.set_font(fam, "B", base + 4)
        pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "sub":
        pdf.set_font(fam, "I", base - 1)
        pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "h":
        pdf.ln(1.5)
        pdf.set_font(fam, "B", base + 1)
        pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    elif kind == "p":
        pdf.set_font(fam, "", base)
        pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    elif kind == "pb":
        pdf.set_font(fam, "B", base)
        pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "small":
        pdf.set_font(fam, "", base - 3)
        pdf.multi_cell(0, (base - 3) * 0.45, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "clause":
        num, text = b[1], b[2]
        pdf.set_font(fam, "B", base)
        x = pdf.l_margin
        y = pdf.get_y()
        if y > pdf.h - 35:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(9, lh, num)
        pdf.set_font(fam, "", base)
        pdf.set_xy(x + 9, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - x - 9, lh, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    elif kind == "bullet":
        pdf.set_font(fam, "", base)
        x = pdf.l_margin
        y = pdf.get_y()
        pdf.set_xy(x + 2, y)
        pdf.cell(5, lh, "\u2022")
        pdf.set_xy(x + 7, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - x - 7, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    elif kind == "qa":
        pdf.set_font(fam, "B", base)
        pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", base)
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(
            pdf.w - pdf.r_margin - pdf.l_margin - 5, lh, b[2], new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(2)
    elif kind == "table":
        rows, opts = b[1], b[2] if len(b) > 2 else {}
        size = opts.get("size", base - 1)
        pdf.set_font(fam, "", size)
        grid = opts.get("grid", True)
        head = opts.get("head", True)
        fill = opts.get("fill", (225, 232, 240))
        with pdf.table(
            col_widths=opts.get("widths"),
            borders_layout="ALL"
            if grid
            else ("HORIZONTAL_LINES" if opts.get("hlines") else "NONE"),
            first_row_as_headings=head,
            headings_style=FontFace(emphasis="BOLD", fill_color=fill),
            line_height=size * 0.5,
            text_align="LEFT",
            padding=1.2,
            width=opts.get("width"),
            align=opts.get("align", "CENTER"),
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(3)
    elif kind == "cols2":
        pdf.set_font(fam, "", base)
        with pdf.text_columns(ncols=2, gutter=7, text_align="LEFT", balance=True) as cols:
            for item in b[1]:
                if item.startswith("##"):
                    pdf.set_font(fam, "B", base)
                    cols.write(item[2:].strip() + "\n")
                    pdf.set_font(fam, "", base)
                else:
                    cols.write(item + "\n\n")
        pdf.ln(2)
    elif kind == "box":
        r, g, bl = b[2] if len(b) > 2 else (240, 240, 240)
        pdf.set_fill_color(r, g, bl)
        if r + g + bl < 300:
            pdf.set_text_color(255, 255, 255)
        pdf.set_font(fam, "", base)
        pdf.multi_cell(0, lh + 0.5, b[1], fill=True, padding=2.5, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(3)
    elif kind == "bubble":
        side = b[2]
        r, g, bl = (220, 248, 198) if side == "R" else (255, 255, 255)
        pdf.set_fill_color(r, g, bl)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_font(fam, "", base)
        w = (pdf.w - pdf.l_margin - pdf.r_margin) * 0.78
        x = pdf.l_margin if side == "L" else pdf.w - pdf.r_margin - w
        pdf.set_x(x)
        pdf.multi_cell(
            w, lh + 0.5, b[1], border=1, fill=True, padding=2.5, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(3)
    elif kind == "big":
        r, g, bl = b[2] if len(b) > 2 else (0, 0, 0)
        pdf.set_text_color(r, g, bl)
        pdf.set_font(fam, "B", base + 9)
        pdf.multi_cell(0, base * 0.75, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(3)
    elif kind == "sig":
        need = 30 + (40 if len(b) > 2 and b[2] else 0)
        if pdf.get_y() + need > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(6)
        labels = b[1]
        w = (pdf.w - pdf.l_margin - pdf.r_margin) / len(labels)
        y = pdf.get_y()
        for i, lab in enumerate(labels):
            x = pdf.l_margin + i * w
            pdf.line(x + 3, y + 8, x + w - 6, y + 8)
            pdf.set_xy(x + 3, y + 9)
            pdf.set_font(fam, "", base - 2)
            pdf.multi_cell(w - 9, (base - 2) * 0.45, lab)
        pdf.set_y(y + 20)
        if len(b) > 2 and b[2]:
            pdf.set_font(fam, "", base - 2)
            x = pdf.w - pdf.r_margin - 28
            pdf.rect(x, pdf.get_y(), 28, 30)
            pdf.set_xy(x, pdf.get_y() + 31)
            pdf.cell(28, 4, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
    elif kind == "newpage":
        pdf.add_page()
    elif kind == "gap":
        pdf.ln(b[1])
    elif kind == "rule":
        y = pdf.get_y() + 1
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(3)
    else:
        raise ValueError("unknown block %r" % (kind,))


def build_text_pdf(spec):
    pdf = Doc(spec)
    pdf.add_page()
    for b in spec["blocks"]:
        render_block(pdf, b)
    return bytes(pdf.output())


def page_texts(data):
    """Whitespace-normalised texts per page: full page, then left and right halves."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as doc:
        for page in doc.pages:
            w = page.width
            variants = [page.extract_text() or ""]
            for box in ((0, 0, w / 2, page.height), (w / 2, 0, w, page.height)):
                variants.append(page.crop(box).extract_text() or "")
            out.append([norm(v) for v in variants])
    return out


def rasterise(data, seed):
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(data)
    images = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=200 / 72).to_pil().convert("L")
        angle = rng.uniform(-0.9, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(img).astype(np.float32)
        arr = arr * 0.93 + 12 + nprng.normal(0, 9, arr.shape)
        speck = nprng.random(arr.shape) < 0.0006
        arr[speck] = 40
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        images.append(img)
    buf = io.BytesIO()
    images[0].save(
        buf,
        "PDF",
        resolution=200,
        save_all=True,
        append_images=images[1:],
        creationDate=FIXED_DATE.utctimetuple(),
        modDate=FIXED_DATE.utctimetuple(),
        producer="ScanSnap Manager",
    )
    return buf.getvalue()


def check_spec(spec, npages):
    prog = spec["program"]
    errors = []
    if not 1 <= npages <= 2:
        errors.append("%s has %d pages" % (spec["file"], npages))
    for m in spec["missing_terms"]:
        if m not in REQUIRED[prog]:
            errors.append("%s: %s is not required for %s" % (spec["file"], m, prog))
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        sys.exit(2)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    errors = []
    for n, spec in enumerate(DOCS):
        data = build_text_pdf(spec)
        texts = page_texts(data)
        npages = len(texts)
        errors += check_spec(spec, npages)
        fees = []
        for f in spec["fees"]:
            q = norm(f["quote"])
            page = f["page"]
            if not 1 <= page <= npages or not any(q in v for v in texts[page - 1]):
                where = [i + 1 for i, t in enumerate(texts) if any(q in v for v in t)]
                errors.append(
                    "%s: quote not on page %d (found on %s): %s" % (spec["file"], page, where, q)
                )
            fee = {
                "category": f["category"],
                "severity": severity(f["category"], spec["program"]),
                "page": page,
                "amount": f.get("amount"),
                "currency": f.get("currency"),
                "quote": f["quote"],
            }
            if "group" in f:
                fee["group"] = f["group"]
            fees.append(fee)
        if spec.get("scanned"):
            data = rasterise(data, 7100 + n)
        with open(os.path.join(out_dir, spec["file"]), "wb") as fh:
            fh.write(data)
        labels.append(
            {
                "file": spec["file"],
                "program": spec["program"],
                "language": spec["language"],
                "scanned": bool(spec.get("scanned", False)),
                "pages": npages,
                "fees": fees,
                "missing_terms": [
                    m for m in REQUIRED[spec["program"]] if m in spec["missing_terms"]
                ],
                "recruiters": spec["recruiters"],
                "traps": spec["traps"],
                "doc_type": spec["doc_type"],
                "layout": spec["layout"],
            }
        )
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d documents to %s" % (len(labels), out_dir))


if __name__ == "__main__":
    main()
