#!/usr/bin/env python3
"""Blind held-out batch "v": 12 labelled contract PDFs (H-2A, H-2B and generic corridors).

Usage: python build.py OUT_DIR

Writes OUT_DIR/v01.pdf ... v12.pdf and OUT_DIR/labels.json (dev-corpus label format), then
re-opens every PDF with pdfplumber and checks that each labelled fee quote of a non-scanned
document is on its labelled page (whitespace-normalized extract_text). Scanned documents must
have no text layer; their quotes are checked against the text PDF rendered before rasterising.
Exits non-zero on any failure. Deterministic: fixed creation date, fixed noise seeds.
"""

import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

CREATED = datetime(2026, 2, 10, 9, 30, 0, tzinfo=UTC)

FONT_DIRS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/",
    "liberation": "/usr/share/fonts/truetype/liberation/",
    "noto": "/usr/share/fonts/truetype/noto/",
}
FAMILIES = {
    "dejavu": ("dejavu", "DejaVuSans", ("", "-Bold", "-Oblique", "-BoldOblique")),
    "dvcond": ("dejavu", "DejaVuSansCondensed", ("", "-Bold", "-Oblique", "-BoldOblique")),
    "dvserif": ("dejavu", "DejaVuSerif", ("", "-Bold", "-Italic", "-BoldItalic")),
    "sans": ("liberation", "LiberationSans", ("-Regular", "-Bold", "-Italic", "-BoldItalic")),
    "serif": ("liberation", "LiberationSerif", ("-Regular", "-Bold", "-Italic", "-BoldItalic")),
    "narrow": (
        "liberation",
        "LiberationSansNarrow",
        ("-Regular", "-Bold", "-Italic", "-BoldItalic"),
    ),
    "noto": ("noto", "NotoSans", ("-Regular", "-Bold", "-Italic", "-BoldItalic")),
    "mono": ("dejavu", "DejaVuSansMono", ("", "-Bold", "-Oblique", "-BoldOblique")),
}

CATEGORIES = [
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

_ALL = (
    "employer_identity job_duties work_location employment_period hours_of_work wage_rate "
    "pay_frequency deductions return_transportation termination"
).split()
REQUIRED = {
    "h2a": set(_ALL)
    | set(
        "wage_adjustment three_fourths_guarantee housing meals inbound_transportation "
        "daily_transportation tools_provided workers_compensation earnings_statements "
        "contract_impossibility job_requirements".split()
    ),
    "h2b": set(_ALL)
    | set(
        "wage_adjustment overtime three_fourths_guarantee inbound_transportation "
        "visa_reimbursement tools_provided earnings_statements contract_impossibility "
        "job_requirements".split()
    ),
    "generic": set(_ALL) | {"worker_identity"},
}


def severity(category, program, passport_only=False):
    """Severity per taxonomy.md for the document's program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


@dataclass
class F:
    """A labelled finding: the text is printed exactly as given and becomes the quote."""

    cat: str
    amount: float | None
    cur: str | None
    text: str
    group: int | None = None
    passport: bool = False
    page: int = 0

    def __str__(self):
        return self.text


@dataclass
class FRow:
    """A table row that is a finding: the quote is the cells joined by single spaces."""

    cat: str
    amount: float | None
    cur: str | None
    cells: list
    group: int | None = None
    passport: bool = False


def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


class Doc(FPDF):
    def __init__(self, fmt, unit="pt"):
        super().__init__(orientation="P", unit=unit, format=fmt)
        self.hdr = None
        self.ftr = None
        self.hdr_family = "dejavu"
        self.ftr_pages = True
        self.set_creation_date(CREATED)

    def header(self):
        if self.hdr:
            self.set_font(self.hdr_family, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 24)
            self.cell(self.epw, 10, self.hdr, align="L")
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, 37, self.w - self.r_margin, 37)
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 46))

    def footer(self):
        if self.ftr is None and not self.ftr_pages:
            return
        self.set_font(self.hdr_family, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, self.h - 32)
        left = self.ftr or ""
        if self.ftr_pages:
            self.cell(self.epw / 2, 10, left, align="L")
            self.cell(self.epw / 2, 10, "Page %d of {nb}" % self.page_no(), align="R")
        else:
            self.cell(self.epw, 10, left, align="L")
        self.set_text_color(0, 0, 0)


class W:
    """Small layout writer on top of fpdf2 that records where each finding was printed."""

    def __init__(
        self,
        program,
        fmt="letter",
        family="dejavu",
        size=10.0,
        margins=(54, 50, 54),
        header=None,
        footer=None,
        page_label="Page",
        footer_pages=True,
    ):
        self.program = program
        self.family = family
        self.size = size
        pdf = Doc(fmt)
        for key, (d, stem, styles) in FAMILIES.items():
            for st, suf in zip(("", "B", "I", "BI"), styles):
                pdf.add_font(key, st, os.path.join(FONT_DIRS[d], stem + suf + ".ttf"))
        pdf.set_margins(margins[0], margins[1], margins[2])
        pdf.set_auto_page_break(True, 50)
        pdf.hdr = header
        pdf.ftr = footer
        pdf.hdr_family = family
        pdf.ftr_pages = footer_pages
        if page_label != "Page":
            pdf.footer = self._footer_factory(pdf, page_label)
        pdf.add_page()
        pdf.set_font(family, "", size)
        self.pdf = pdf
        self.findings = []

    @staticmethod
    def _footer_factory(pdf, label):
        def footer():
            pdf.set_font(pdf.hdr_family, "", 7.5)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(pdf.l_margin, pdf.h - 32)
            pdf.cell(pdf.epw / 2, 10, pdf.ftr or "", align="L")
            pdf.cell(pdf.epw / 2, 10, "%s %d / {nb}" % (label, pdf.page_no()), align="R")
            pdf.set_text_color(0, 0, 0)

        return footer

    # -- helpers -------------------------------------------------------------------------
    def _font(self, style="", size=None, family=None):
        self.pdf.set_font(family or self.family, style, size or self.size)

    def _fit(self, height):
        pdf = self.pdf
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()

    def _record(self, f, page):
        self.findings.append(
            {
                "category": f.cat,
                "severity": severity(f.cat, self.program, f.passport),
                "page": page,
                "amount": None if f.amount is None else float(f.amount),
                "currency": f.cur,
                "quote": f.text if isinstance(f, F) else " ".join(f.cells),
                "group": f.group,
            }
        )

    def space(self, h=6):
        self.pdf.ln(h)

    def newpage(self):
        self.pdf.add_page()

    # -- blocks --------------------------------------------------------------------------
    def band(self, title, sub=None, fill=(31, 78, 121), color=(255, 255, 255), size=15):
        pdf = self.pdf
        y = pdf.get_y()
        h = size * 1.9 + (12 if sub else 0)
        pdf.set_fill_color(*fill)
        pdf.rect(pdf.l_margin, y, pdf.epw, h, style="F")
        pdf.set_text_color(*color)
        self._font("B", size)
        pdf.set_xy(pdf.l_margin + 10, y + 6)
        pdf.cell(pdf.epw - 20, size * 1.2, title)
        if sub:
            self._font("", size * 0.6)
            pdf.set_xy(pdf.l_margin + 10, y + 6 + size * 1.25)
            pdf.cell(pdf.epw - 20, size * 0.8, sub)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h + 8)
        self._font()

    def title(self, text, size=14, align="C", style="B", after=6):
        pdf = self.pdf
        self._font(style, size)
        pdf.multi_cell(pdf.epw, size * 1.25, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)
        self._font()

    def h(self, text, size=None, style="B", before=5, after=2, fill=None, color=None):
        pdf = self.pdf
        size = size or self.size + 1
        self._fit(size * 1.4 + 3 * (self.size * 1.3))
        pdf.ln(before)
        self._font(style, size)
        if color:
            pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(
            pdf.epw,
            size * 1.35,
            text,
            fill=bool(fill),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)
        self._font()

    def p(
        self,
        *parts,
        lead=None,
        size=None,
        style="",
        align="J",
        indent=0,
        lh=1.32,
        after=4,
        color=None,
        width=None,
    ):
        pdf = self.pdf
        size = size or self.size
        text = "".join(str(x) for x in parts)
        fs = [x for x in parts if isinstance(x, F)]
        md = lead is not None
        if md:
            for bad in ("**", "__", "--", "~~"):
                assert bad not in text, (bad, text)
            text = "**%s** %s" % (lead, text)
        self._font(style, size)
        w = (width or pdf.epw) - indent
        lines = pdf.multi_cell(
            w, size * lh, text, align=align, markdown=md, dry_run=True, output="LINES"
        )
        if fs:
            self._fit(len(lines) * size * lh + 2)
        if color:
            pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + indent)
        page = pdf.page_no()
        pdf.multi_cell(
            w, size * lh, text, align=align, markdown=md, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.set_text_color(0, 0, 0)
        assert not fs or pdf.page_no() == page, "finding paragraph split across pages"
        for f in fs:
            self._record(f, page)
        pdf.ln(after)
        self._font()

    def bullets(self, items, bullet="\u2022", indent=14, size=None, after=2, lead_sep=None):
        for it in items:
            parts = it if isinstance(it, (list, tuple)) else [it]
            lead = None
            if lead_sep and isinstance(parts[0], str) and parts[0].startswith("@"):
                lead, parts = parts[0][1:], list(parts[1:])
            pdf = self.pdf
            size_ = size or self.size
            self._font("", size_)
            text = "".join(str(x) for x in parts)
            lines = pdf.multi_cell(
                pdf.epw - indent,
                size_ * 1.3,
                ("**%s** " % lead if lead else "") + text,
                markdown=bool(lead),
                dry_run=True,
                output="LINES",
            )
            self._fit(len(lines) * size_ * 1.3 + 1)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + indent - 10, y)
            pdf.cell(8, size_ * 1.3, bullet)
            pdf.set_xy(pdf.l_margin, y)
            self.p(*parts, lead=lead, size=size_, indent=indent, after=after, align="L")

    def kv(self, rows, label_w=0.28, size=None, border=True, fill=(236, 240, 245), pad=4):
        """Two-column label/value grid; values may hold findings (single-line)."""
        grid = []
        for lab, val in rows:
            grid.append([lab, val])
        self.grid(
            grid,
            widths=[label_w, 1 - label_w],
            size=size,
            border=border,
            label_fill=fill,
            pad=pad,
        )

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=None,
        pad=3.5,
        lh=1.28,
        border=True,
        head_fill=(215, 222, 232),
        label_fill=None,
        aligns=None,
        zebra=None,
        head_style="B",
        caption=None,
    ):
        """Gridded table. rows: lists of cell strings, FRow objects, or lists with F cells."""
        pdf = self.pdf
        size = size or self.size - 0.5
        total = pdf.epw
        ws = [w * total if w <= 1.0 else w for w in widths]
        ws[-1] = total - sum(ws[:-1])
        aligns = aligns or ["L"] * len(ws)
        lhp = size * lh
        limit = pdf.page_break_trigger
        pdf.set_auto_page_break(False)

        def measure(cells, style=""):
            self._font(style, size)
            ns = []
            for w, c in zip(ws, cells):
                ns.append(
                    len(
                        pdf.multi_cell(
                            w - 2 * pad, lhp, str(c), dry_run=True, output="LINES", align="L"
                        )
                    )
                )
            return ns

        def draw(cells, style="", fill=None, first_fill=None):
            ns = measure(cells, style)
            hgt = max(ns) * lhp + 2 * pad
            x0, y0 = pdf.l_margin, pdf.get_y()
            x = x0
            for i, (w, c) in enumerate(zip(ws, cells)):
                f = fill if fill else (first_fill if (i == 0 and first_fill) else None)
                if f:
                    pdf.set_fill_color(*f)
                    pdf.rect(x, y0, w, hgt, style="F")
                if border:
                    pdf.set_draw_color(120, 120, 120)
                    pdf.rect(x, y0, w, hgt)
                self._font("B" if (first_fill and i == 0 and not style) else style, size)
                pdf.set_xy(x + pad, y0 + pad)
                pdf.multi_cell(
                    w - 2 * pad,
                    lhp,
                    str(c),
                    align=aligns[i],
                    new_x=XPos.RIGHT,
                    new_y=YPos.TOP,
                )
                x += w
            pdf.set_xy(x0, y0 + hgt)
            return ns, hgt

        if caption:
            self._font("B", size)
            pdf.set_auto_page_break(True, 50)
            self._fit(size * 1.4 + 3 * lhp)
            pdf.set_auto_page_break(False)
            pdf.cell(total, size * 1.4, caption, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if header:
            need = (max(measure(header, head_style)) + 1) * lhp + 4 * pad
            if pdf.get_y() + need > limit:
                pdf.add_page()
            draw(header, head_style, head_fill)
        for idx, row in enumerate(rows):
            cells = row.cells if isinstance(row, FRow) else [str(c) for c in row]
            fcells = [] if isinstance(row, FRow) else [c for c in row if isinstance(c, F)]
            ns = measure(cells)
            hgt = max(ns) * lhp + 2 * pad
            if pdf.get_y() + hgt > limit:
                pdf.add_page()
                if header:
                    draw(header, head_style, head_fill)
            zf = zebra if (zebra and idx % 2 == 1) else None
            page = pdf.page_no()
            draw(cells, "", zf, label_fill)
            if isinstance(row, FRow):
                assert all(n == 1 for n in ns), ("finding row wraps", cells, ns)
                self._record(row, page)
            for f in fcells:
                k = cells.index(f.text)
                # a finding cell may wrap only if every other cell of the row is one line
                assert all(n == 1 for i, n in enumerate(ns) if i != k), ("wrap", cells, ns)
                self._record(f, page)
        pdf.set_auto_page_break(True, 50)
        pdf.ln(6)
        self._font()

    def two_col(self, left, right, gap=16, size=None, style="", lh=1.3, after=5, styles=None):
        """Side-by-side paragraphs (no findings allowed: columns interleave in extract_text)."""
        pdf = self.pdf
        size = size or self.size
        for side in (left, right):
            assert not any(isinstance(x, F) for x in side), "no findings in columns"
        cw = (pdf.epw - gap) / 2
        lt = "".join(str(x) for x in left)
        rt = "".join(str(x) for x in right)
        st = styles or (style, style)
        self._font(st[0], size)
        nl = len(pdf.multi_cell(cw, size * lh, lt, dry_run=True, output="LINES"))
        self._font(st[1], size)
        nr = len(pdf.multi_cell(cw, size * lh, rt, dry_run=True, output="LINES"))
        hgt = max(nl, nr) * size * lh
        self._fit(hgt + 2)
        pdf.set_auto_page_break(False)
        y0 = pdf.get_y()
        self._font(st[0], size)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.multi_cell(cw, size * lh, lt, align="L")
        self._font(st[1], size)
        pdf.set_xy(pdf.l_margin + cw + gap, y0)
        pdf.multi_cell(cw, size * lh, rt, align="L")
        pdf.set_auto_page_break(True, 50)
        pdf.set_xy(pdf.l_margin, y0 + hgt + after)
        self._font()

    def box(self, *parts, fill=(250, 243, 224), draw=(190, 150, 60), size=None, pad=8, title=None):
        pdf = self.pdf
        size = size or self.size
        text = "".join(str(x) for x in parts)
        fs = [x for x in parts if isinstance(x, F)]
        self._font("", size)
        n = len(pdf.multi_cell(pdf.epw - 2 * pad, size * 1.3, text, dry_run=True, output="LINES"))
        th = size * 1.5 if title else 0
        hgt = n * size * 1.3 + 2 * pad + th
        self._fit(hgt + 4)
        y0 = pdf.get_y()
        pdf.set_fill_color(*fill)
        pdf.set_draw_color(*draw)
        pdf.rect(pdf.l_margin, y0, pdf.epw, hgt, style="DF")
        pdf.set_auto_page_break(False)
        if title:
            self._font("B", size)
            pdf.set_xy(pdf.l_margin + pad, y0 + pad)
            pdf.cell(pdf.epw - 2 * pad, size * 1.3, title)
        self._font("", size)
        pdf.set_xy(pdf.l_margin + pad, y0 + pad + th)
        pdf.multi_cell(pdf.epw - 2 * pad, size * 1.3, text, align="L")
        pdf.set_auto_page_break(True, 50)
        for f in fs:
            self._record(f, pdf.page_no())
        pdf.set_xy(pdf.l_margin, y0 + hgt + 8)
        self._font()

    def sig(self, labels, size=None, gap=24):
        pdf = self.pdf
        size = size or self.size - 1
        self._fit(60)
        pdf.ln(gap)
        n = len(labels)
        cw = pdf.epw / n
        y = pdf.get_y()
        self._font("", size)
        for i, lab in enumerate(labels):
            x = pdf.l_margin + i * cw
            pdf.line(x + 4, y, x + cw - 14, y)
            pdf.set_xy(x + 4, y + 3)
            pdf.multi_cell(cw - 18, size * 1.3, lab, align="L")
        pdf.set_xy(pdf.l_margin, y + 3 * size * 1.3 + 6)
        self._font()

    def output(self):
        return bytes(self.pdf.output())


def rasterize(pdf_bytes, seed, dpi=200, angle=0.55):
    """Image-only copy of a PDF: render, tilt, blur, add noise, embed as JPEG pages."""
    src = pdfium.PdfDocument(pdf_bytes)
    out = FPDF(unit="pt", format="letter")
    out.set_creation_date(CREATED)
    out.set_auto_page_break(False)
    out.set_margins(0, 0, 0)
    for i in range(len(src)):
        page = src[i]
        pw, ph = page.get_size()
        img = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        arr = np.asarray(img).astype(np.float32)
        rng = np.random.default_rng(seed + i)
        arr = arr * 0.93 + 10.0
        arr += rng.normal(0.0, 7.0, arr.shape)
        ys = rng.integers(0, arr.shape[0], 260)
        xs = rng.integers(0, arr.shape[1], 260)
        arr[ys, xs] = rng.uniform(40, 140, 260)
        gradient = np.linspace(0, 12, arr.shape[1], dtype=np.float32)[None, :]
        arr -= gradient
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        buf = io.BytesIO()
        Image.fromarray(arr, "L").save(buf, "JPEG", quality=70)
        buf.seek(0)
        out.add_page(format=(pw, ph))
        out.image(buf, x=0, y=0, w=pw, h=ph)
        page.close()
    src.close()
    return bytes(out.output())


def page_texts(data):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [norm(p.extract_text()) for p in pdf.pages], [len(p.images) for p in pdf.pages]


def verify(label, data, source=None):
    """Return a list of problems for one document (empty when fine)."""
    prob = []
    texts, imgs = page_texts(data)
    if len(texts) != label["pages"]:
        prob.append("page count %d != %d" % (len(texts), label["pages"]))
    if label["program"] not in REQUIRED:
        prob.append("bad program")
    if label["language"] not in ("en", "es", "en+es"):
        prob.append("bad language")
    extra = [t for t in label["missing_terms"] if t not in REQUIRED[label["program"]]]
    if extra:
        prob.append("terms not required for program: %s" % extra)
    if label["scanned"]:
        if any(texts):
            prob.append("scanned document has a text layer")
        if sum(imgs) < len(texts):
            prob.append("scanned document: fewer images than pages")
        check_texts = page_texts(source)[0]
    else:
        check_texts = texts
    for fe in label["fees"]:
        if fe["category"] not in CATEGORIES:
            prob.append("bad category %s" % fe["category"])
        if (fe["amount"] is None) != (fe["currency"] is None):
            prob.append("amount/currency mismatch: %s" % fe["quote"][:50])
        q = norm(fe["quote"])
        pg = fe["page"]
        if not (1 <= pg <= len(check_texts)) or q not in check_texts[pg - 1]:
            prob.append("quote not on page %s: %s" % (pg, fe["quote"][:70]))
    return prob


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    import vdocs_a
    import vdocs_b

    builders = vdocs_a.DOCS + vdocs_b.DOCS
    labels, failures = [], 0
    for name, fn in builders:
        w, meta = fn()
        data = w.output()
        source = None
        if meta.get("scanned"):
            source = data
            data = rasterize(source, seed=sum(map(ord, name)) * 7919)
        with open(os.path.join(out_dir, name + ".pdf"), "wb") as fh:
            fh.write(data)
        fees = []
        for f in w.findings:
            d = {k: f[k] for k in ("category", "severity", "page", "amount", "currency", "quote")}
            if f["group"] is not None:
                d["group"] = f["group"]
            fees.append(d)
        label = {
            "file": name + ".pdf",
            "program": w.program,
            "language": meta["language"],
            "scanned": bool(meta.get("scanned")),
            "pages": w.pdf.page_no(),
            "fees": fees,
            "missing_terms": meta["missing_terms"],
            "recruiters": meta["recruiters"],
            "traps": meta["traps"],
            "doc_type": meta["doc_type"],
            "layout": meta["layout"],
        }
        prob = verify(label, data, source)
        status = "OK  " if not prob else "FAIL"
        failures += bool(prob)
        print(
            "%s %s %-7s %-5s pages=%d fees=%d missing=%d%s"
            % (
                status,
                label["file"],
                label["program"],
                label["language"],
                label["pages"],
                len(fees),
                len(label["missing_terms"]),
                " scanned" if label["scanned"] else "",
            )
        )
        for p in prob:
            print("     - " + p)
        labels.append(label)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("documents: %d, failures: %d" % (len(labels), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
