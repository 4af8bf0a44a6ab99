#!/usr/bin/env python3
"""Build the heldout_cg blind batch: 12 Spanish-heavy recruitment documents + labels.

    python build.py OUT_DIR [--update-labels]

Writes cg01.pdf ... cg12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks page counts, verbatim fee quotes on their pages, recruiter names,
the evidence for every term counted as present, and the image-only scanned page. The
generated labels are compared with the committed labels.json next to this file (written
there the first time, or with --update-labels); any difference or failed check exits 1.

All names of firms, people, farms and places' street addresses are invented.
"""

import datetime
import io
import json
import os
import sys
import unicodedata

import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HAVE_DEJAVU = os.path.exists(os.path.join(FONT_DIR, "DejaVuSans.ttf"))
FIXED_DATE = datetime.datetime(2027, 1, 25, 10, 0, 0, tzinfo=datetime.UTC)

# --------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# --------------------------------------------------------------------------------------
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
TERM_ORDER = [
    "employer_identity",
    "worker_identity",
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
    "housing",
    "meals",
    "inbound_transportation",
    "return_transportation",
    "daily_transportation",
    "visa_reimbursement",
    "tools_provided",
    "workers_compensation",
    "earnings_statements",
    "termination",
    "contract_impossibility",
    "job_requirements",
]
_H2A_ONLY = {"housing", "meals", "daily_transportation", "workers_compensation"}
REQUIRED = {
    "h2a": [
        t for t in TERM_ORDER if t not in ("worker_identity", "overtime", "visa_reimbursement")
    ],
    "h2b": [t for t in TERM_ORDER if t not in ({"worker_identity"} | _H2A_ONLY)],
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


def severity(program, category, passport_only=False):
    """Severity exactly as taxonomy.md states it for the program."""
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if category == "visa_cost" and passport_only:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


# --------------------------------------------------------------------------------------
# fpdf2 helpers
# --------------------------------------------------------------------------------------
FAMS = {
    "sans": (
        "DejaVuSans",
        {
            "": "DejaVuSans.ttf",
            "B": "DejaVuSans-Bold.ttf",
            "I": "DejaVuSans-Oblique.ttf",
            "BI": "DejaVuSans-BoldOblique.ttf",
        },
    ),
    "serif": (
        "DejaVuSerif",
        {
            "": "DejaVuSerif.ttf",
            "B": "DejaVuSerif-Bold.ttf",
            "I": "DejaVuSerif-Italic.ttf",
            "BI": "DejaVuSerif-BoldItalic.ttf",
        },
    ),
    "cond": (
        "DejaVuSansCondensed",
        {
            "": "DejaVuSansCondensed.ttf",
            "B": "DejaVuSansCondensed-Bold.ttf",
            "I": "DejaVuSansCondensed-Oblique.ttf",
            "BI": "DejaVuSansCondensed-BoldOblique.ttf",
        },
    ),
    "scond": (
        "DejaVuSerifCondensed",
        {
            "": "DejaVuSerifCondensed.ttf",
            "B": "DejaVuSerifCondensed-Bold.ttf",
            "I": "DejaVuSerifCondensed-Italic.ttf",
            "BI": "DejaVuSerifCondensed-BoldItalic.ttf",
        },
    ),
    "mono": (
        "DejaVuSansMono",
        {
            "": "DejaVuSansMono.ttf",
            "B": "DejaVuSansMono-Bold.ttf",
            "I": "DejaVuSansMono-Oblique.ttf",
            "BI": "DejaVuSansMono-BoldOblique.ttf",
        },
    ),
}
CORE = {
    "sans": "helvetica",
    "serif": "times",
    "cond": "helvetica",
    "scond": "times",
    "mono": "courier",
}
# only used when DejaVu is missing (core fonts are latin-1); quotes and names in the
# labels are kept latin-1 so that the labels do not change in that case
FALLBACK = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "…": "...",
        "☐": "[ ]",
        "☒": "[X]",
        "✔": "v",
        "✓": "v",
        "•": "-",
        "€": "EUR",
        "▸": ">",
        "◀": "<",
        "●": "*",
        "→": "->",
        "≈": "~",
        "ª": "a",
        "\u2009": " ",
        "\u202f": " ",
    }
)


class Doc(FPDF):
    def __init__(
        self, fmt="Letter", margins=(20, 18, 20), bottom=18, fam="sans", header=None, footer=None
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.fam = fam
        self._hdr, self._ftr = header, footer
        self.raw = False
        self._loaded = set()
        self.set_creation_date(FIXED_DATE)
        self.set_creator("heldout_cg build.py")
        self.alias_nb_pages()

    # page furniture ------------------------------------------------------------------
    def header(self):
        if self._hdr and not self.raw:
            self._hdr(self)

    def footer(self):
        if self._ftr and not self.raw:
            self._ftr(self)

    def normalize_text(self, text):
        if not HAVE_DEJAVU:
            text = text.translate(FALLBACK).encode("latin-1", "replace").decode("latin-1")
        return super().normalize_text(text)

    # fonts -----------------------------------------------------------------------------
    def font(self, fam=None, style="", size=10):
        fam = fam or self.fam
        if HAVE_DEJAVU:
            name, files = FAMS[fam]
            for st in {style, ""}:
                if (name, st) not in self._loaded:
                    self.add_font(name, st, os.path.join(FONT_DIR, files[st]))
                    self._loaded.add((name, st))
            self.set_font(name, style, size)
        else:
            self.set_font(CORE[fam], style, size)

    def color(self, rgb=(0, 0, 0)):
        self.set_text_color(*rgb)

    # text blocks -------------------------------------------------------------------------
    def para(
        self,
        text,
        size=10,
        fam=None,
        style="",
        align="J",
        lh=None,
        indent=0,
        after=1.6,
        dash=False,
        w=None,
        rgb=(0, 0, 0),
        keep=True,
    ):
        self.font(fam, style, size)
        self.color(rgb)
        lh = lh or size * 0.46
        x = self.l_margin + indent
        self.set_x(x)
        width = w or (self.w - self.r_margin - x)
        if keep:  # keep a paragraph on one page (quotes must not straddle pages)
            n_lines = len(
                self.multi_cell(width, lh, text, align=align, dry_run=True, output="LINES")
            )
            if self.get_y() + n_lines * lh > self.page_break_trigger:
                self.add_page()
                self.set_x(x)
        if dash:  # notarial "lineas de cancelacion": fill the last line with dashes
            lines = self.multi_cell(width, lh, text, align=align, dry_run=True, output="LINES")
            room = width - self.get_string_width(lines[-1]) - 2.5
            n = int(room / self.get_string_width("-"))
            if n > 2:
                text = text + "-" * n
        self.multi_cell(width, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.color()
        if after:
            self.ln(after)

    def heading(
        self,
        text,
        size=11,
        style="B",
        align="L",
        before=1.5,
        after=1.2,
        fam=None,
        rgb=(0, 0, 0),
        fill=None,
    ):
        if before:
            self.ln(before)
        self.font(fam, style, size)
        self.color(rgb)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(
            0, size * 0.5, text, align=align, fill=bool(fill), new_x="LMARGIN", new_y="NEXT"
        )
        self.color()
        if after:
            self.ln(after)

    def kv(
        self, label, value, size=9.5, lw=42, fam=None, lh=None, after=0.8, vstyle="", vrgb=(0, 0, 0)
    ):
        """Label in bold on the left, value wrapped on the right (form style)."""
        lh = lh or size * 0.47
        y = self.get_y()
        self.font(fam, "B", size)
        self.set_xy(self.l_margin, y)
        self.multi_cell(lw, lh, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        self.font(fam, vstyle, size)
        self.color(vrgb)
        self.set_xy(self.l_margin + lw, y)
        self.multi_cell(
            self.w - self.r_margin - self.l_margin - lw,
            lh,
            value,
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.color()
        self.set_y(max(y1, self.get_y()) + after)

    def grid(
        self,
        rows,
        widths,
        size=9,
        fam=None,
        header=True,
        lh=None,
        head_fill=(222, 226, 230),
        align="LEFT",
        pad=1.1,
        after=2.5,
        borders="ALL",
        text_align="LEFT",
    ):
        self.font(fam, "B", size)
        self.font(fam, "", size)
        self.set_fill_color(255, 255, 255)
        total = min(sum(widths), self.epw - 0.05)
        with self.table(
            col_widths=widths,
            width=total,
            line_height=lh or size * 0.5,
            text_align=text_align,
            borders_layout=borders,
            first_row_as_headings=header,
            align=align,
            padding=pad,
            headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
        ) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(after)

    def rule(self, gap=1.5, rgb=(120, 120, 120), width=0.2):
        self.ln(gap)
        self.set_draw_color(*rgb)
        self.set_line_width(width)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(gap)

    def signatures(self, parties, cols=2, size=8.5, gap=16, fam=None, box=None):
        """parties: list of (role, name, extra). box: label for a fingerprint box."""
        colw = (self.w - self.l_margin - self.r_margin) / cols
        for i in range(0, len(parties), cols):
            chunk = parties[i : i + cols]
            if self.get_y() + gap + 16 > self.h - self.b_margin:
                self.add_page()
            y = self.get_y() + gap
            for j, (role, name, extra) in enumerate(chunk):
                x = self.l_margin + j * colw
                self.set_line_width(0.25)
                self.line(x + 2, y, x + colw - 6, y)
                self.font(fam, "B", size)
                self.set_xy(x + 2, y + 1)
                self.cell(colw - 8, 4, role)
                self.font(fam, "", size)
                self.set_xy(x + 2, y + 5)
                self.cell(colw - 8, 4, name)
                if extra:
                    self.set_xy(x + 2, y + 9)
                    self.cell(colw - 8, 4, extra)
            self.set_y(y + 14)
        if box:
            self.ln(2)
            self.set_line_width(0.3)
            x = self.w - self.r_margin - 28
            self.rect(x, self.get_y(), 26, 30)
            self.font(fam, "", 7)
            self.set_xy(x, self.get_y() + 31)
            self.cell(26, 3, box, align="C")
            self.ln(4)

    def footnotes(self, notes, size=7.4, fam=None):
        lh = size * 0.45
        self.font(fam, "", size)
        need = 3
        for n in notes:
            lines = self.multi_cell(
                self.w - self.l_margin - self.r_margin, lh, n, dry_run=True, output="LINES"
            )
            need += len(lines) * lh + 0.8
        top = self.h - self.b_margin - need
        if self.get_y() > top - 1:
            raise RuntimeError("footnotes overlap body on page %d" % self.page)
        self.set_y(top)
        self.set_line_width(0.2)
        self.line(self.l_margin, top, self.l_margin + 50, top)
        self.ln(1.5)
        for n in notes:
            self.multi_cell(0, lh, n, align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)

    def cols(
        self, sections, size=9, gutter=7, head_size=None, lh=1.18, fam=None, head_rgb=(0, 0, 0)
    ):
        """Two-column flowing text; sections = list of (heading, [paragraphs])."""
        head_size = head_size or size + 0.3
        with self.text_columns(
            ncols=2, gutter=gutter, text_align="J", line_height=lh, balance=True
        ) as tc:
            for head, paras in sections:
                if head:
                    with tc.paragraph(text_align="L", top_margin=1.6, bottom_margin=0.6) as p:
                        self.font(fam, "B", head_size)
                        self.color(head_rgb)
                        p.write(head)
                self.color()
                for t in paras:
                    with tc.paragraph(text_align="J", bottom_margin=1.0) as p:
                        self.font(fam, "", size)
                        p.write(t)


def checkbox(on):
    return "☒" if on else "☐"


# --------------------------------------------------------------------------------------
# label helpers
# --------------------------------------------------------------------------------------
def F(category, page, amount, currency, quote, passport_only=False):
    return {
        "category": category,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
        "passport_only": passport_only,
    }


class Spec:
    def __init__(
        self,
        file,
        program,
        language,
        pages,
        doc_type,
        layout,
        fees,
        present,
        expect_missing,
        recruiters,
        traps,
        scanned_pages=None,
    ):
        self.file, self.program, self.language, self.pages = file, program, language, pages
        self.doc_type, self.layout = doc_type, layout
        self.fees, self.present = fees, present
        self.expect_missing = expect_missing
        self.recruiters, self.traps = recruiters, traps
        self.scanned_pages = scanned_pages or {}  # page -> source text rendered into image

    def missing(self):
        return [t for t in REQUIRED[self.program] if t not in self.present]

    def label(self):
        return {
            "file": self.file,
            "program": self.program,
            "language": self.language,
            "scanned": bool(self.scanned_pages),
            "pages": self.pages,
            "fees": [
                {
                    "category": f["category"],
                    "severity": severity(self.program, f["category"], f["passport_only"]),
                    "page": f["page"],
                    "amount": f["amount"],
                    "currency": f["currency"],
                    "quote": f["quote"],
                }
                for f in self.fees
            ],
            "missing_terms": self.missing(),
            "recruiters": self.recruiters,
            "traps": self.traps,
            "doc_type": self.doc_type,
            "layout": self.layout,
        }


# --------------------------------------------------------------------------------------
# simulated scan (image-only page)
# --------------------------------------------------------------------------------------
def _ttf(name, px):
    path = os.path.join(FONT_DIR, name)
    if os.path.exists(path):
        return ImageFont.truetype(path, px)
    return ImageFont.load_default()


def render_scan(blocks, seed, fmt=(215.9, 279.4), dpi=170):
    """blocks: list of (kind, text, size_pt, opts). Returns (PIL image, plain source text)."""
    import random

    rnd = random.Random(seed)
    W, H = int(fmt[0] / 25.4 * dpi), int(fmt[1] / 25.4 * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)

    def px(pt):
        return int(round(pt / 72 * dpi))

    margin = int(22 / 25.4 * dpi)
    y = int(16 / 25.4 * dpi)
    source = []
    for kind, text, size, opts in blocks:
        font = _ttf("DejaVuSerif-Bold.ttf" if opts.get("bold") else "DejaVuSerif.ttf", px(size))
        ink = opts.get("ink", 28)
        if kind == "space":
            y += px(size)
            continue
        if kind == "rule":
            d.line([(margin, y), (W - margin, y)], fill=60, width=3)
            y += px(size)
            continue
        indent = px(opts.get("indent", 0))
        maxw = W - 2 * margin - indent
        words, lines, cur = text.split(), [], ""
        for w_ in words:
            trial = (cur + " " + w_).strip()
            if d.textlength(trial, font=font) <= maxw:
                cur = trial
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        for ln in lines:
            tw = d.textlength(ln, font=font)
            if opts.get("align") == "C":
                x = (W - tw) / 2
            elif opts.get("align") == "R":
                x = W - margin - tw
            else:
                x = margin + indent
            d.text((x, y), ln, font=font, fill=ink)
            y += int(px(size) * 1.42)
        y += int(px(size) * opts.get("after", 0.55))
        source.append(text)
        if kind == "sig":  # handwritten-looking scribble above nothing, below the name
            x0 = margin + indent + 10
            pts = [(x0 + i * 9, y - 95 + rnd.randint(-14, 14)) for i in range(28)]
            d.line(pts, fill=35, width=3)
        if kind == "stamp":
            cx, cy, r = margin + 800, y + 5, 105
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=95, width=5)
            d.ellipse([cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16], outline=95, width=2)
    if y > H - margin:
        raise RuntimeError("scan text overflows the page")
    # photocopier look: slight rotation, blur, uneven paper, speckles
    img = img.rotate(0.55, resample=Image.BICUBIC, expand=False, fillcolor=238)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    small = Image.new("L", (W // 12, H // 12))
    small.putdata([rnd.randint(236, 252) for _ in range((W // 12) * (H // 12))])
    paper = small.resize((W, H), Image.BILINEAR)
    img = Image.composite(img, paper, img.point(lambda v: 255 if v < 200 else 0))
    dd = ImageDraw.Draw(img)
    for _ in range(1400):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        dd.point((x, y_), fill=rnd.randint(90, 180))
    for _ in range(6):  # faint copier streaks
        x = rnd.randrange(W)
        dd.line([(x, 0), (x + rnd.randint(-4, 4), H)], fill=rnd.randint(205, 225), width=1)
    return img, "\n".join(source)


def add_scanned_page(pdf, img):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=84, optimize=False)
    buf.seek(0)
    pdf.raw = True
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# ======================================================================================
# cg01  h2a / es / compliant: Spanish copy of an Oregon orchard job offer
# ======================================================================================
def cg01():
    EMP = "Ridgeline Benchland Orchards, LLC"
    AGENT = "Servicios Agrícolas Binacionales Tierra Fértil, S.C."

    def hdr(p):
        p.font("sans", "B", 8.5)
        p.set_text_color(30, 70, 40)
        p.set_xy(p.l_margin, 9)
        p.cell(90, 4, EMP.upper())
        p.font("sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(p.w - p.r_margin - 95, 9)
        p.cell(95, 4, "Orden de trabajo H-2A núm. OR-27-118420 · copia en español", align="R")
        p.set_draw_color(30, 70, 40)
        p.set_line_width(0.5)
        p.line(p.l_margin, 14.5, p.w - p.r_margin, 14.5)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(19)

    def ftr(p):
        p.set_y(-13)
        p.font("sans", "", 7.2)
        p.set_text_color(100, 100, 100)
        p.cell(
            0, 4, "Contrato H-2A · temporada 2027 · Rev. 02 · Página %d de {nb}" % p.page, align="L"
        )
        p.set_x(p.w - p.r_margin - 60)
        p.cell(60, 4, "Iniciales del trabajador: ________", align="R")
        p.set_text_color(0, 0, 0)

    p = Doc("Letter", margins=(19, 19, 19), bottom=17, fam="sans", header=hdr, footer=ftr)
    p.add_page()
    p.heading(
        "OFERTA DE EMPLEO Y CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL (H-2A)",
        12.5,
        align="C",
        before=0,
        rgb=(30, 70, 40),
    )
    p.para(
        "Traducción al español de la orden de trabajo certificada, entregada al trabajador "
        "antes de su solicitud de visa. Si hay diferencia entre esta copia y la versión en "
        "inglés, vale lo que más favorezca al trabajador.",
        8.3,
        style="I",
        align="C",
        rgb=(80, 80, 80),
        after=2.5,
    )

    def S(t):
        return p.heading(t, 10.5, before=1.8, after=0.8, rgb=(30, 70, 40))

    def P(t, **k):
        return p.para(t, 9.4, **k)

    S("1. Quiénes firman")
    P(
        "Empleador: Ridgeline Benchland Orchards, LLC, 3615 Neal Creek Road, Hood River, "
        "Oregon 97031, Estados Unidos. Teléfono (541) 555-0147. Representante: Marguerite "
        "Osei-Lindqvist, gerente de personal."
    )
    P("Trabajador: José Refugio Anaya Cárdenas, originario de Dolores Hidalgo, Guanajuato, México.")
    P(
        "Agente en México: " + AGENT + ", que busca y orienta a los trabajadores por encargo del "
        "empleador y recibe de él todos sus honorarios."
    )
    S("2. El trabajo")
    P(
        "Puesto: trabajador agrícola de huerto (manzana y pera). Tareas: cosecha a mano con "
        "escalera y bolsa cosechadora, raleo de fruta, poda de verano, acomodo y acarreo de "
        "bins dentro del huerto y limpieza de las hileras."
    )
    P(
        "Requisitos: tres meses de experiencia comprobable en cosecha de fruta de árbol y "
        "capacidad para subir y bajar escaleras de 12 pies cargando hasta 40 libras. No se exige "
        "saber inglés ni tener estudios."
    )
    P(
        "Lugar de trabajo: huertos del empleador en el condado de Hood River, Oregon: bloque "
        "Neal Creek (3615 Neal Creek Road, Hood River) y bloque Odell (2240 Summit Drive, "
        "Odell)."
    )
    P("Duración: del 9 de agosto de 2027 al 20 de noviembre de 2027.")
    S("3. Horario y salario")
    P(
        "Horario: 40 horas por semana, de lunes a viernes, de 6:30 a 15:00, con 30 minutos "
        "para comer que no se pagan. En plena cosecha puede ofrecerse trabajo voluntario los "
        "sábados de 6:30 a 12:00."
    )
    P(
        "Salario: $20.46 por hora. En la cosecha de manzana se paga $31.50 por bin lleno cuando "
        "con esa tarifa usted gana más que por hora; nunca se le paga menos de $20.46 por cada "
        "hora trabajada."
    )
    P(
        "Si durante el contrato se publica un salario AEWR, un salario prevaleciente o un "
        "salario mínimo federal o estatal más alto, el empleador le pagará el más alto desde "
        "la fecha en que entre en vigor."
    )

    S("Resumen: ¿quién paga cada gasto?")
    rows = [
        ["Gasto", "Empleador", "Trabajador", "Cómo y cuándo"],
        ["Cuota de la visa H-2A (MRV)", checkbox(1), checkbox(0), "se devuelve con el primer pago"],
        [
            "Honorarios del agente en México",
            checkbox(1),
            checkbox(0),
            "el empleador paga directo al agente",
        ],
        [
            "Autobús de Dolores Hidalgo a Hood River",
            checkbox(1),
            checkbox(0),
            "reembolso (sección 7)",
        ],
        ["Hotel y comidas del viaje de ida", checkbox(1), checkbox(0), "reembolso (sección 7)"],
        ["Vivienda, luz, agua y gas", checkbox(1), checkbox(0), "no se cobra"],
        [
            "Herramientas y equipo de protección",
            checkbox(1),
            checkbox(0),
            "no se cobra, sin depósito",
        ],
        ["Transporte diario al huerto", checkbox(1), checkbox(0), "no se cobra"],
        ["Viaje de regreso a Dolores Hidalgo", checkbox(1), checkbox(0), "al terminar el contrato"],
    ]
    p.grid(rows, (66, 22, 22, 67), size=8.6, head_fill=(214, 232, 214), align="LEFT")

    p.add_page()
    S("4. Pago, talón y descuentos")
    P(
        "Se paga cada semana, los viernes, por depósito directo a la cuenta que usted indique, o "
        "con cheque si así lo prefiere; cambiar el cheque en el banco del pueblo no le cuesta "
        "nada."
    )
    P(
        "Con cada pago recibe un talón que muestra las horas ofrecidas, las horas trabajadas, "
        "los bins cosechados, la tarifa, la ganancia total, cada descuento con su motivo, y el "
        "nombre, la dirección y el número de identificación del empleador."
    )
    P(
        "Descuentos permitidos: (a) impuesto federal sobre la renta, solo si usted lo pide por "
        "escrito; (b) el plan de comidas de la sección 6, solo si usted se inscribe; (c) "
        "pensiones alimenticias u otros descuentos que ordene un juez. No se descuenta nada por "
        "vivienda, herramientas, transporte, visa ni por los servicios del agente."
    )
    S("5. Garantía de tres cuartas partes")
    P(
        "El empleador le garantiza trabajo por lo menos durante tres cuartas partes (3/4) de las "
        "horas de trabajo de todo el periodo del contrato. Si le ofrece menos, le paga la "
        "diferencia como si usted hubiera trabajado esas horas."
    )
    S("6. Vivienda y comidas")
    P(
        "Vivienda sin costo en el campamento Neal Creek, 3641 Neal Creek Road, Hood River, "
        "registrado e inspeccionado por Oregon OSHA. Cada cuarto es para cuatro personas, con "
        "colchón, cobijas y casillero con llave; no se pide depósito por nada de eso."
    )
    P(
        "Cada edificio tiene cocina con estufa, refrigerador y utensilios que usted usa gratis. "
        "Si prefiere no cocinar, puede inscribirse en el comedor del campamento, que sirve tres "
        "comidas al día por $15.00 diarios; esa cantidad es menor que el máximo publicado por el "
        "Departamento de Trabajo para 2027, la inscripción es voluntaria y puede darse de baja "
        "avisando con una semana de anticipación."
    )
    S("7. Viajes")
    P(
        "Viaje de ida: el empleador le reembolsa el autobús de Dolores Hidalgo a Hood River, el "
        "hotel en la frontera y las comidas del camino según la cantidad diaria que fija el "
        "Departamento de Trabajo. Lo necesario para que su primera semana no quede por debajo "
        "del salario mínimo federal se le paga con el primer cheque, y el resto a más tardar al "
        "cumplir la mitad del contrato."
    )
    P(
        "Visa: la cuota MRV de la visa H-2A y el cruce fronterizo se le devuelven completos en su "
        "primer pago."
    )
    P(
        "Regreso: si usted termina el contrato, o si el empleador lo despide antes sin causa "
        "justificada, el empleador le paga el viaje de regreso a Dolores Hidalgo y las comidas "
        "del camino."
    )
    P(
        "Transporte diario: un autobús del empleador lo lleva gratis del campamento a los "
        "huertos y de regreso cada día de trabajo."
    )
    S("8. Herramientas")
    P(
        "Escaleras, bolsas cosechadoras, tijeras de poda, guantes, lentes de seguridad y ropa "
        "para lluvia se entregan sin costo y sin depósito, y usted no paga su desgaste normal."
    )

    p.add_page()
    S("9. Accidentes de trabajo")
    P(
        "Usted está protegido por el seguro de compensación de trabajadores de Oregon (Cascadia "
        "Growers Mutual, póliza núm. 903-441-72), que paga la atención médica y parte del salario "
        "si se lastima trabajando. El empleador paga este seguro."
    )
    S("10. Terminación del empleo")
    P(
        "Si usted falta cinco días de trabajo seguidos sin avisar a su supervisor, el empleador "
        "puede considerar que abandonó el empleo y lo notificará por escrito al Departamento de "
        "Trabajo y al DHS; en ese caso pierde la garantía de 3/4 y el pago del regreso. El "
        "empleador solo puede despedirlo por causa justificada (por ejemplo violencia, robo o "
        "negarse sin motivo a trabajar) y debe darle la razón por escrito."
    )
    S("11. Si el trabajo se vuelve imposible")
    P(
        "Si un incendio, una granizada, una helada u otra causa ajena al empleador hace imposible "
        "seguir trabajando y el Departamento de Trabajo lo autoriza, el contrato puede terminar "
        "antes. En ese caso se le paga la garantía de 3/4 hasta ese día y su viaje de regreso, y "
        "el empleador procurará ubicarlo con otro productor."
    )
    S("12. Sus derechos")
    P(
        "Nadie (ni el empleador, ni " + AGENT + ", ni ninguna otra persona) puede pedirle "
        "dinero, regalos o trabajo gratis para darle este empleo o mantenerlo en la lista. Si "
        "alguien se lo pide, llame sin costo a la línea del empleador, 1-800-555-0136."
    )
    P(
        "Usted guarda su pasaporte, su visa y su registro I-94 en todo momento. Puede quejarse "
        "ante el empleador, el Departamento de Trabajo, un abogado o un sindicato sin que eso "
        "afecte su recontratación."
    )
    p.ln(2)
    p.para("Leí (o me leyeron) este contrato en español y recibí una copia.", 9, style="I")
    p.signatures(
        [
            ("Por el empleador", "Marguerite Osei-Lindqvist", "Gerente de personal"),
            ("El trabajador", "José Refugio Anaya Cárdenas", "Dolores Hidalgo, Gto."),
            ("Testigo", "Sarahí Velázquez Muro", "Tierra Fértil, S.C."),
        ],
        cols=3,
    )

    spec = Spec(
        "cg01.pdf",
        "h2a",
        "es",
        3,
        "work_contract",
        "Letter; repeated header band and footer with initials; numbered sections; gridded "
        "who-pays table with checkboxes; three-party signature block",
        fees=[],
        present={
            "employer_identity": "3615 Neal Creek Road, Hood River, Oregon 97031",
            "worker_identity": "Trabajador: José Refugio Anaya Cárdenas",
            "job_duties": "Puesto: trabajador agrícola de huerto",
            "work_location": "huertos del empleador en el condado de Hood River",
            "employment_period": "del 9 de agosto de 2027 al 20 de noviembre de 2027",
            "hours_of_work": "40 horas por semana, de lunes a viernes, de 6:30 a 15:00",
            "wage_rate": "Salario: $20.46 por hora",
            "wage_adjustment": "el empleador le pagará el más alto desde la fecha",
            "pay_frequency": "Se paga cada semana, los viernes",
            "deductions": "Descuentos permitidos: (a) impuesto federal",
            "three_fourths_guarantee": "tres cuartas partes (3/4) de las horas",
            "housing": "Vivienda sin costo en el campamento Neal Creek",
            "meals": "Cada edificio tiene cocina con estufa",
            "inbound_transportation": "Viaje de ida: el empleador le reembolsa",
            "return_transportation": "el empleador le paga el viaje de regreso a Dolores Hidalgo",
            "daily_transportation": "lo lleva gratis del campamento a los huertos",
            "tools_provided": "se entregan sin costo y sin depósito",
            "workers_compensation": "seguro de compensación de trabajadores de Oregon",
            "earnings_statements": "Con cada pago recibe un talón",
            "termination": "Si usted falta cinco días de trabajo seguidos",
            "contract_impossibility": "Si un incendio, una granizada, una helada",
            "job_requirements": "Requisitos: tres meses de experiencia",
        },
        expect_missing=[],
        recruiters=[AGENT],
        traps=[
            "who-pays table: visa (MRV), agent fees, bus, hotel all ticked 'Empleador'",
            "visa fee and border crossing returned in the first pay",
            "voluntary camp meal plan at $15.00/day, below the published h2a cap, with free kitchen",
            "free housing, no deposit for bedding or locker",
            "tools and rain gear free, no deposit",
            "direct deposit / free cheque cashing (payment method, not a charge)",
            "'nadie puede pedirle dinero' negated recruitment fee; agent paid by employer",
            "workers' compensation premium paid by employer",
            "worker keeps passport; complaints without affecting rehire",
            "abandonment rule mentions losing the 3/4 guarantee (a lawful termination term, not a penalty)",
        ],
    )
    return p, spec


# ======================================================================================
# cg02  h2a / es / Mexican recruiter "convenio de gestoría" ratified before a notary
# ======================================================================================
def cg02():
    REC = "Gestoría Laboral Transfronteriza Río Lerma, S.C."
    Q_FEE = (
        "EL ASPIRANTE cubrirá a LA GESTORA, por concepto de integración de expediente, "
        "gestión de cita consular y seguimiento de su contratación, la cantidad de "
        "$9,800.00 (NUEVE MIL OCHOCIENTOS PESOS 00/100 M.N.), en una sola exhibición y en "
        "efectivo al momento de la firma del presente instrumento."
    )
    Q_BOND = (
        "Para garantizar el cumplimiento de las obligaciones que asume en este convenio y "
        "su regreso oportuno al país, EL ASPIRANTE suscribe en este acto, a favor de LA "
        "GESTORA, un pagaré por la cantidad de $25,000.00 (VEINTICINCO MIL PESOS 00/100 "
        "M.N.), con la firma de su cónyuge como aval, mismo que le será devuelto cuando se "
        "presente en las oficinas de LA GESTORA a su retorno de la temporada."
    )
    Q_DOCS = (
        "A partir de la expedición de la visa, el pasaporte de EL ASPIRANTE quedará bajo "
        "resguardo de LA GESTORA, la cual lo entregará al mayordomo designado por EL "
        "PATRÓN, quien lo conservará durante toda la temporada y lo devolverá a EL "
        "ASPIRANTE al abordar el autobús de regreso."
    )

    def ftr(p):
        p.set_y(-14)
        p.font("serif", "", 7.5)
        p.cell(
            0,
            4,
            "Convenio GLT-RL/027/2027 — Hoja %d de {nb} — Rúbricas: ______  ______" % p.page,
            align="C",
        )

    p = Doc("Letter", margins=(27, 20, 22), bottom=19, fam="serif", footer=ftr)
    p.add_page()

    def T(t, **k):
        return p.para(t, 9.6, dash=True, lh=4.7, **k)

    p.para(
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA LABORAL QUE CELEBRAN, POR UNA "
        "PARTE, GESTORÍA LABORAL TRANSFRONTERIZA RÍO LERMA, S.C., REPRESENTADA EN ESTE ACTO "
        "POR SU ADMINISTRADOR ÚNICO, LIC. HERIBERTO GALVÁN OCHOA, A QUIEN EN LO SUCESIVO SE "
        "LE DENOMINARÁ «LA GESTORA», Y POR LA OTRA EL C. JUAN PABLO CEJA MENDOZA, POR SU "
        "PROPIO DERECHO, A QUIEN EN LO SUCESIVO SE LE DENOMINARÁ «EL ASPIRANTE», AL TENOR DE "
        "LAS SIGUIENTES DECLARACIONES Y CLÁUSULAS:",
        9.8,
        style="B",
        lh=4.8,
        after=3,
    )
    p.heading("D E C L A R A C I O N E S", 10, align="C", before=1, after=2)
    T("I. Declara LA GESTORA, por conducto de su representante:")
    T(
        "a) Ser una sociedad civil constituida conforme a las leyes mexicanas bajo la denominación "
        + REC
        + ", según consta en la escritura pública número 11,482 de fecha 3 de marzo de "
        "2019, otorgada ante la fe del Lic. Tomás Arreola Zepeda, Notario Público número 9 de "
        "Zamora, Michoacán.",
        indent=6,
    )
    T(
        "b) Que su domicilio para oír y recibir notificaciones es el ubicado en Avenida Madero "
        "Sur número 412, colonia Centro, Zamora de Hidalgo, Michoacán, C.P. 59600.",
        indent=6,
    )
    T(
        "c) Que tiene celebrado con la empresa Pruett & Salcido Farms, LLC, en lo sucesivo «EL "
        "PATRÓN», un acuerdo para la preselección de trabajadores agrícolas temporales bajo el "
        "programa de visas H-2A de los Estados Unidos de América.",
        indent=6,
    )
    T("II. Declara EL ASPIRANTE:")
    T(
        "a) Ser de nacionalidad mexicana, mayor de edad, casado, campesino, originario y vecino de "
        "Jacona, Michoacán, con domicilio en calle Hidalgo número 27, colonia El Platanal, y "
        "que se identifica con credencial para votar expedida por el Instituto Nacional "
        "Electoral.",
        indent=6,
    )
    T(
        "b) Que es su libre voluntad contratar los servicios de LA GESTORA para su incorporación "
        "al programa mencionado, y que le fue leído y explicado el contenido y alcance del "
        "presente convenio.",
        indent=6,
    )
    p.heading("C L Á U S U L A S", 10, align="C", before=2, after=2)
    T(
        "PRIMERA.- OBJETO. LA GESTORA se obliga a integrar el expediente de EL ASPIRANTE, "
        "presentarlo a EL PATRÓN para su posible selección, orientarlo en el llenado del "
        "formulario DS-160 y acompañarlo a su entrevista en el Consulado General de los Estados "
        "Unidos de América en Monterrey, Nuevo León."
    )
    T(
        "SEGUNDA.- CONDICIONES DEL EMPLEO. Las condiciones de trabajo que ofrece EL PATRÓN se "
        "detallan en el Anexo Único, el cual, firmado por las partes, forma parte integrante del "
        "presente convenio."
    )
    T(
        "TERCERA.- GASTOS A CARGO DE TERCEROS. La cuota consular de la visa H-2A y el transporte "
        "de Zamora a la frontera y de ahí al lugar de trabajo no serán cobrados a EL ASPIRANTE, "
        "pues los cubre EL PATRÓN; los gastos notariales del presente instrumento corren por "
        "cuenta de LA GESTORA."
    )
    T("CUARTA.- HONORARIOS. " + Q_FEE)
    p.add_page()
    T("QUINTA.- GARANTÍA. " + Q_BOND)
    T("SEXTA.- RESGUARDO DE DOCUMENTOS. " + Q_DOCS)
    T(
        "SÉPTIMA.- NO GARANTÍA DE VISA. EL ASPIRANTE reconoce que la expedición de la visa es "
        "facultad exclusiva del gobierno de los Estados Unidos de América y que LA GESTORA no "
        "garantiza su otorgamiento."
    )
    T(
        "OCTAVA.- DATOS PERSONALES. LA GESTORA tratará los datos de EL ASPIRANTE conforme a su "
        "aviso de privacidad y a la Ley Federal de Protección de Datos Personales en Posesión de "
        "los Particulares."
    )
    T(
        "NOVENA.- JURISDICCIÓN. Para la interpretación y cumplimiento del presente convenio, las "
        "partes se someten a los tribunales competentes de Zamora, Michoacán, renunciando a "
        "cualquier otro fuero que pudiera corresponderles por razón de su domicilio presente o "
        "futuro."
    )
    T(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance "
        "legal, lo firman por duplicado en la ciudad de Zamora de Hidalgo, Michoacán, a los "
        "catorce días del mes de enero de dos mil veintisiete."
    )
    p.heading("F I R M A S", 10, align="C", before=2, after=0)
    p.signatures(
        [
            ("LA GESTORA", "Lic. Heriberto Galván Ochoa", "Administrador Único"),
            ("EL ASPIRANTE", "Juan Pablo Ceja Mendoza", "Por su propio derecho"),
            ("AVAL", "Ma. Guadalupe Ríos Chávez", "Cónyuge de EL ASPIRANTE"),
            ("TESTIGO", "Rigoberto Zepeda Anguiano", ""),
            ("TESTIGO", "Alma Rosa Verduzco Pulido", ""),
        ],
        cols=2,
        fam="serif",
        gap=14,
    )

    p.add_page()
    p.heading("ANEXO ÚNICO", 10.5, align="C", before=0, after=0.5)
    p.heading(
        "CONDICIONES DE LA OFERTA DE TRABAJO DE EL PATRÓN", 9.5, align="C", before=0, after=2.5
    )
    rows = [
        ["Rubro", "Lo que ofrece EL PATRÓN"],
        [
            "Patrón",
            "Pruett & Salcido Farms, LLC, 1180 County Road 412, Lyons, Georgia 30436, "
            "Estados Unidos de América",
        ],
        [
            "Puesto y labores",
            "Trabajador agrícola de hortalizas: trasplante, deshierbe, "
            "cosecha y empaque en campo de cebolla dulce y col",
        ],
        ["Lugar de trabajo", "Campos de EL PATRÓN en los condados de Toombs y Tattnall, Georgia"],
        ["Periodo", "Del 1 de marzo al 15 de julio de 2027"],
        ["Jornada", "8 horas diarias, de lunes a sábado (48 horas por semana)"],
        ["Salario", "$15.74 dólares por hora"],
        ["Forma de pago", "Semanal"],
        [
            "Vivienda",
            "Gratuita, en las casas del rancho ubicadas en 1180 County Road 412, Lyons, Georgia",
        ],
        [
            "Viaje de ida",
            "EL PATRÓN reembolsa el autobús y los alimentos del viaje a la mitad de la temporada",
        ],
        ["Viaje de regreso", "Pagado por EL PATRÓN al completar la temporada"],
        ["Herramientas", "Proporcionadas por EL PATRÓN sin costo"],
        ["Requisitos", "Dos meses de experiencia en cosecha de hortalizas"],
    ]
    p.grid(rows, (38, 124), size=9, fam="serif", head_fill=(235, 235, 235), lh=4.6)
    p.para("Rúbricas de conformidad con el presente anexo:", 8.6, style="I", after=0)
    p.signatures(
        [
            ("LA GESTORA", "Lic. Heriberto Galván Ochoa", ""),
            ("EL ASPIRANTE", "Juan Pablo Ceja Mendoza", ""),
        ],
        cols=2,
        fam="serif",
        gap=12,
    )
    p.ln(4)
    p.heading("RATIFICACIÓN DE FIRMAS", 9.5, align="L", before=2, after=1)
    p.para(
        "En la ciudad de Zamora de Hidalgo, Michoacán, a catorce de enero de dos mil "
        "veintisiete, ante mí, LICENCIADO ADALBERTO RUIZ ESPARZA, Notario Público número 27 "
        "en ejercicio en este Distrito, comparecieron las personas que suscriben el convenio "
        "que antecede, quienes se identificaron a mi satisfacción, manifestaron que las "
        "firmas que lo calzan son suyas y las reconocen como puestas de su puño y letra, y "
        "ratificaron su contenido. Queda registrado en el libro de ratificaciones número 18, "
        "acta 2,214. DOY FE.",
        8.6,
        lh=4.2,
        dash=True,
    )
    p.para(
        "EL NOTARIO PÚBLICO No. 27 — LIC. ADALBERTO RUIZ ESPARZA — (sello)",
        8.3,
        style="B",
        align="R",
    )

    spec = Spec(
        "cg02.pdf",
        "h2a",
        "es",
        3,
        "recruiter_agreement",
        "Letter; notarial register, justified serif with dash-filled line ends; DECLARACIONES/"
        "CLÁUSULAS; annex grid table; five-party signature block; notary ratification",
        fees=[
            F("recruitment_fee", 1, 9800.0, "MXN", Q_FEE),
            F("deposit_or_bond", 2, 25000.0, "MXN", Q_BOND),
            F("document_retention", 2, None, None, Q_DOCS),
        ],
        present={
            "employer_identity": "Pruett & Salcido Farms, LLC, 1180 County Road 412, Lyons",
            "worker_identity": "JUAN PABLO CEJA MENDOZA",
            "job_duties": "Trabajador agrícola de hortalizas: trasplante, deshierbe",
            "work_location": "condados de Toombs y Tattnall, Georgia",
            "employment_period": "Del 1 de marzo al 15 de julio de 2027",
            "hours_of_work": "8 horas diarias, de lunes a sábado",
            "wage_rate": "$15.74 dólares por hora",
            "pay_frequency": "Forma de pago Semanal",
            "housing": "Gratuita, en las casas del rancho",
            "inbound_transportation": "EL PATRÓN reembolsa el autobús y los alimentos",
            "return_transportation": "Pagado por EL PATRÓN al completar la temporada",
            "tools_provided": "Proporcionadas por EL PATRÓN sin costo",
            "job_requirements": "Dos meses de experiencia en cosecha de hortalizas",
        },
        expect_missing=[
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        recruiters=[REC],
        traps=[
            "consular visa fee and inbound transport 'no serán cobrados', paid by the employer",
            "notary costs borne by the recruiter",
            "fee called 'honorarios ... integración de expediente' with amount in words",
            "pagaré is a guarantee, not a loan (deposit_or_bond, not debt_bondage)",
            "'NO GARANTÍA DE VISA' clause uses 'garantía' without any charge",
            "free housing and tools in the annex",
        ],
    )
    return p, spec


# ======================================================================================
# cg03  h2a / mixed: English job-order addendum (form boxes) + Spanish camp annex
# ======================================================================================
def cg03():
    REC = "Reclutadora Agrícola Tres Valles, S.C."
    Q_DMG = (
        "Repair or replacement cost of employer property that a worker damages on purpose "
        "or through carelessness, beyond normal wear and tear, will be deducted from that "
        "worker's pay."
    )
    Q_HOUSE = (
        "Para cubrir la limpieza de baños, el gas y la luz, se descontarán $38.00 por "
        "semana del cheque de cada viernes a cada residente."
    )
    Q_TOOLS = (
        "Al llegar, cada trabajador deja un depósito de $40.00 por el cuchillo de corte, "
        "los guantes de hule y la capa de lluvia; el depósito se devuelve al entregar el "
        "equipo completo el último día."
    )

    def ftr(p):
        p.set_y(-12)
        p.font("cond", "", 7)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Ferncliff Sweet Potato Company, Inc. · Clearance order NC-2027-04418 · "
            "page %d of {nb}" % p.page,
            align="R",
        )
        p.set_text_color(0, 0, 0)

    p = Doc("Letter", margins=(16, 14, 16), bottom=15, fam="cond", footer=ftr)
    p.add_page()
    p.set_fill_color(38, 52, 86)
    p.rect(p.l_margin, 12, p.w - p.l_margin - p.r_margin, 15, style="F")
    p.set_xy(p.l_margin + 3, 13.5)
    p.font("cond", "B", 12)
    p.set_text_color(255, 255, 255)
    p.cell(0, 6, "ADDENDUM B TO FORM ETA-790A — MATERIAL TERMS OF EMPLOYMENT")
    p.set_xy(p.l_margin + 3, 20)
    p.font("cond", "", 8.5)
    p.cell(
        0,
        5,
        "H-2A Agricultural Clearance Order NC-2027-04418 · Employer: Ferncliff Sweet "
        "Potato Company, Inc.",
    )
    p.set_text_color(0, 0, 0)
    p.set_y(31)
    p.para(
        "This addendum states the terms on which each worker is employed. A Spanish "
        "translation of the job order is given to every worker before the consular interview. "
        "Item numbers follow the employer's internal checklist.",
        8.4,
        style="I",
        after=2.5,
    )
    rows = [
        ["Item", "Subject", "Terms offered"],
        [
            "1",
            "Employer",
            "Ferncliff Sweet Potato Company, Inc., 5120 Black Creek Road, Wilson, "
            "North Carolina 27893. Phone (252) 555-0186.",
        ],
        ["2", "Job title", "Farmworkers and Laborers, Crop (SOC 45-2092)."],
        [
            "3",
            "Duties",
            "Hand-harvest sweet potatoes behind the digger and fill 5/8-bushel "
            "buckets; carry buckets to the trailers; transplant slips; hoe weeds; top "
            "and cut tobacco; grade and pack in the packing shed.",
        ],
        [
            "4",
            "Requirements",
            "One month of experience hand-harvesting vegetables; able to lift "
            "50 lbs repeatedly and work bent over in hot weather. No education "
            "or English required.",
        ],
        [
            "5",
            "Worksites",
            "Black Creek farm, 5120 Black Creek Road, Wilson, NC; Bailey farm, "
            "8801 Winters Road, Bailey, NC (Wilson and Nash Counties).",
        ],
        ["6", "Period", "Anticipated start 04/26/2027; end 11/12/2027."],
        [
            "7",
            "Hours",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a "
            "30-minute unpaid lunch. Saturday work is offered when rain stops work "
            "during the week.",
        ],
        [
            "8",
            "Wage",
            "$16.63 per hour, or $0.65 per 5/8-bushel bucket when piece earnings are "
            "higher; piece-rate workers are always paid at least the hourly rate. The "
            "employer pays the highest of the AEWR, the prevailing wage, the agreed rate "
            "or the federal or state minimum wage, including any increase that takes "
            "effect during the contract.",
        ],
        [
            "9",
            "Pay and pay stubs",
            "Weekly, every Friday, by check or pay card at no cost to "
            "the worker. Each payday the worker receives an earnings "
            "statement showing hours offered, hours worked, rate, units "
            "picked, each deduction and the employer's name, address "
            "and FEIN.",
        ],
        [
            "10",
            "Deductions",
            "Federal and state income tax only if the worker asks in writing; "
            "court-ordered garnishments; and the items listed in Anexo B, which "
            "the worker authorizes by signing it.",
        ],
        [
            "11",
            "Three-fourths guarantee",
            "The worker is guaranteed employment for at least "
            "3/4 of the workdays of the contract period, counted "
            "in hours; if less work is offered, the worker is paid "
            "the difference.",
        ],
        [
            "12",
            "Housing",
            "Housing is provided without charge to workers who cannot reasonably "
            "return home the same day, at Ferncliff Camp No. 2, 5146 Black Creek "
            "Road, Wilson, NC, inspected by the NC Department of Labor.",
        ],
        [
            "13",
            "Meals",
            "Free cooking and kitchen facilities are provided in each barracks "
            "(stoves, refrigerators, sinks).",
        ],
    ]
    p.grid(rows, (12, 30, 141.5), size=8.8, fam="cond", head_fill=(210, 216, 230), lh=4.1)

    p.add_page()
    rows = [
        ["Item", "Subject", "Terms offered"],
        [
            "14",
            "Inbound travel",
            "The employer reimburses the reasonable cost of travel and "
            "daily subsistence from the place of recruitment to the worksite "
            "once 50% of the contract period is completed, or earlier where "
            "needed to meet the federal minimum wage in the first workweek.",
        ],
        [
            "15",
            "Return travel",
            "A worker who completes the contract, or is dismissed without "
            "cause, is provided return transportation and subsistence to the "
            "place of recruitment.",
        ],
        [
            "16",
            "Daily transport",
            "Transportation between housing and the fields is provided "
            "daily at no cost in employer vans.",
        ],
        [
            "17",
            "Tools",
            "The employer provides without charge all tools, supplies and "
            "equipment required to perform the duties.",
        ],
        [
            "18",
            "Workers' comp.",
            "Covered by Old North State Agricultural Mutual, policy "
            "WC-55-01932, at no cost to the worker.",
        ],
        [
            "19",
            "Abandonment / cause",
            "A worker who fails to report for work for 5 consecutive "
            "workdays without the employer's consent is deemed to have "
            "abandoned the job, and the employer notifies DOL and DHS "
            "in writing. A worker dismissed for cause (theft, violence, "
            "refusal to work without reason) loses the 3/4 guarantee "
            "and return travel.",
        ],
        [
            "20",
            "Impossibility",
            "If fire, flood, hurricane or another Act of God makes the "
            "work impossible, the employer may end the contract with DOL's "
            "approval; the worker is then paid the 3/4 guarantee through the "
            "end date and return travel.",
        ],
    ]
    p.grid(rows, (12, 30, 141.5), size=8.8, fam="cond", head_fill=(210, 216, 230), lh=4.1)
    p.heading("Additional conditions", 10, before=1, after=1, rgb=(38, 52, 86))

    def C(t):
        return p.para(t, 9, lh=4.3, after=1.4)

    C(
        "Recruitment. Workers are recruited in Mexico by " + REC + " under a written agreement "
        "that forbids it to charge workers anything; the employer pays its fees."
    )
    C("Employer property. " + Q_DMG)
    C(
        "Camp rules. Camp rules and the deductions the worker authorizes are set out in Anexo B "
        "(in Spanish), handed to each worker on arrival at the camp."
    )
    C("Documents. Workers keep their own passports, visas and I-94 records.")
    p.ln(2)
    p.signatures(
        [
            ("For the employer", "Wade T. Ferncliff, President", ""),
            ("Worker", "______________________________", ""),
        ],
        cols=2,
        fam="cond",
        gap=12,
    )

    p.add_page()
    p.set_fill_color(240, 232, 200)
    p.rect(p.l_margin, 12, p.w - p.l_margin - p.r_margin, 13, style="F")
    p.set_xy(p.l_margin + 3, 13.5)
    p.font("cond", "B", 11)
    p.cell(0, 6, "ANEXO B — REGLAMENTO DEL CAMPAMENTO NÚM. 2 Y AUTORIZACIÓN DE DESCUENTOS")
    p.set_xy(p.l_margin + 3, 19)
    p.font("cond", "", 8.5)
    p.cell(
        0,
        5,
        "Oficina del campamento · 5146 Black Creek Road, Wilson, NC · encargado: Rubén "
        "Alcocer Ibarra",
    )
    p.set_y(30)
    p.para(
        "Bienvenidos. Este reglamento es para que todos vivamos tranquilos y en orden. Léalo "
        "con calma y pregunte lo que no entienda antes de firmar.",
        9.5,
        after=2.5,
    )

    def R(n, t):
        return (p.font("cond", "B", 9.5), p.para(n + "  " + t, 9.5, lh=4.6, indent=0, after=1.8))

    R("1.", "Cada trabajador recibe cama, colchón, almohada y cobija sin costo.")
    R("2.", "La cocina común y la lavandería son gratuitas y están abiertas de 4:00 a 22:00.")
    R(
        "3.",
        "Se pide silencio de 22:00 a 5:00 para que todos descansen. Esto no es un toque de "
        "queda: cada quien puede entrar y salir del campamento cuando quiera.",
    )
    R("4.", Q_HOUSE)
    R("5.", Q_TOOLS)
    R("6.", "Queda prohibido cocinar dentro de los cuartos y guardar gasolina en las barracas.")
    R(
        "7.",
        "Las visitas de familiares y amigos son bienvenidas; solo se pide que se registren "
        "en la oficina.",
    )
    R(
        "8.",
        "Si tiene una queja sobre la vivienda puede hablar con el encargado, con el "
        "Departamento del Trabajo de Carolina del Norte o con quien usted quiera, sin "
        "represalias.",
    )
    p.ln(3)
    p.para(
        "AUTORIZACIÓN. Leí este reglamento (o me lo leyeron) y autorizo los descuentos de los "
        "puntos 4 y 5.",
        9.5,
        style="B",
        after=1,
    )
    p.signatures(
        [
            ("Nombre y firma del trabajador", "", "Fecha: ____/____/2027"),
            ("Encargado del campamento", "Rubén Alcocer Ibarra", ""),
        ],
        cols=2,
        fam="cond",
        gap=14,
    )

    spec = Spec(
        "cg03.pdf",
        "h2a",
        "mixed",
        3,
        "job_order",
        "Letter; English form-style addendum (item grid tables, dark title band) on pp.1-2; "
        "Spanish camp-rules annex with numbered rules and authorization signature on p.3",
        fees=[
            F("damage_chargeback", 2, None, None, Q_DMG),
            F("housing_charge", 3, 38.0, "USD", Q_HOUSE),
            F("equipment_charge", 3, 40.0, "USD", Q_TOOLS),
        ],
        present={
            "employer_identity": "5120 Black Creek Road, Wilson,",
            "job_duties": "Hand-harvest sweet potatoes behind the digger",
            "job_requirements": "One month of experience hand-harvesting vegetables",
            "work_location": "Black Creek farm, 5120 Black Creek Road",
            "employment_period": "Anticipated start 04/26/2027; end 11/12/2027.",
            "hours_of_work": "40 hours per week, Monday to Friday",
            "wage_rate": "$16.63 per hour",
            "wage_adjustment": "The employer pays the highest of the AEWR",
            "pay_frequency": "Weekly, every Friday",
            "earnings_statements": "statement showing hours offered, hours worked",
            "deductions": "Federal and state income tax only if the worker asks",
            "three_fourths_guarantee": "3/4 of the workdays of the contract period",
            "housing": "Housing is provided without charge",
            "meals": "Free cooking and kitchen facilities",
            "inbound_transportation": "The employer reimburses the reasonable cost of travel",
            "return_transportation": "or is dismissed without cause, is provided return",
            "daily_transportation": "Transportation between housing and the fields is provided",
            "tools_provided": "The employer provides without charge all tools",
            "workers_compensation": "Covered by Old North State Agricultural Mutual",
            "termination": "fails to report for work for 5 consecutive workdays",
            "contract_impossibility": "If fire, flood, hurricane or another Act of God",
        },
        expect_missing=[],
        recruiters=[REC],
        traps=[
            "English addendum promises free housing and free tools; the Spanish annex then charges "
            "a weekly housing fee and a tool deposit (contradiction is the finding, terms still stated)",
            "deposit 'se devuelve' at season end is still an equipment deposit",
            "quiet hours explicitly 'no es un toque de queda' (no movement restriction)",
            "visitors welcome / free laundry and kitchen",
            "recruiter forbidden to charge workers; employer pays its fees",
            "complaints without retaliation",
        ],
    )
    return p, spec


# ======================================================================================
# cg04  h2a / es / WhatsApp chat with a Huasteca recruiter (printed export, bubbles)
# ======================================================================================
def cg04():
    REC = "Reclutamiento Huasteca USA"
    Q_FEE = (
        "Para apartar su lugar son 8 500 pesos, se depositan a la cuenta que le paso y con "
        "eso ya queda su nombre en la lista."
    )
    Q_VISA = (
        "La visa son 205 dólares, esa la paga cada quien en el banco y allá no se la "
        "regresan, así es el programa."
    )
    Q_TRAVEL = (
        "El camión de Pachuca a Monterrey y las dos noches de hotel en Monterrey corren "
        "por su cuenta, calcule unos 3,200 pesos."
    )

    def hdr(p):
        p.set_fill_color(7, 94, 84)
        p.rect(0, 0, p.w, 17, style="F")
        p.set_text_color(255, 255, 255)
        p.font("sans", "B", 10.5)
        p.set_xy(16, 3.5)
        p.cell(0, 5, REC)
        p.font("sans", "", 7.5)
        p.set_xy(16, 9)
        p.cell(0, 4, "últ. vez hoy a las 09:41")
        p.font("sans", "B", 11)
        p.set_xy(5, 5)
        p.cell(8, 6, "◀")
        p.set_fill_color(236, 229, 221)
        p.rect(0, 17, p.w, p.h - 17, style="F")
        p.set_text_color(0, 0, 0)
        p.set_y(21)

    def ftr(p):
        p.set_y(-8)
        p.font("sans", "", 6.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            0, 3, "Impresión de pantalla entregada por el trabajador · %d/{nb}" % p.page, align="C"
        )
        p.set_text_color(0, 0, 0)

    p = Doc((118, 250), margins=(6, 21, 6), bottom=12, fam="sans", header=hdr, footer=ftr)

    def chip(text):
        p.ln(1.5)
        p.font("sans", "", 7)
        w = p.get_string_width(text) + 6
        x = (p.w - w) / 2
        p.set_fill_color(225, 242, 251)
        p.rect(x, p.get_y(), w, 5, style="F", round_corners=True, corner_radius=1.5)
        p.set_xy(x, p.get_y() + 0.5)
        p.cell(w, 4, text, align="C")
        p.ln(6.5)

    def msg(side, time, text, italic=False):
        size, lh = 8.6, 4.1
        p.font("sans", "I" if italic else "", size)
        maxw = 80
        lines = p.multi_cell(maxw - 6, lh, text, align="L", dry_run=True, output="LINES")
        tw = max(p.get_string_width(l) for l in lines) + 2 * p.c_margin + 1
        bw = max(tw, 16) + 6
        bh = len(lines) * lh + 7.2
        if p.get_y() + bh > p.page_break_trigger:
            p.add_page()
        y = p.get_y()
        x = p.l_margin if side == "L" else p.w - p.r_margin - bw
        p.set_fill_color(*((255, 255, 255) if side == "L" else (220, 248, 198)))
        p.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=2)
        p.set_xy(x + 3, y + 2)
        p.multi_cell(bw - 6, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        p.font("sans", "", 6.2)
        p.set_text_color(120, 120, 120)
        ts = time + ("  ✓✓" if side == "R" else "")
        p.set_xy(x + bw - 3 - p.get_string_width(ts) - 0.5, y + 2 + len(lines) * lh + 0.9)
        p.cell(p.get_string_width(ts) + 0.5, 3, ts)
        p.set_text_color(0, 0, 0)
        p.set_y(y + bh + 1.8)

    p.add_page()
    chip("14 DE ENERO DE 2027")
    msg("L", "20:41", "Buenas noches paisano, ya quedó la lista para Georgia. ¿Sigue interesado?")
    msg("R", "20:44", "buenas noches lic si sigo interesado. de que es el trabajo")
    msg(
        "L",
        "20:46",
        "Es pizca de blueberry a mano, en cubetas, y cargar las cubetas a la troca. "
        "Es en Alma, Georgia, con el rancho de los señores Whitfield.",
    )
    msg("L", "20:46", "Sale el 12 de abril y se regresan el 28 de junio.")
    msg("R", "20:50", "y cuanto pagan la hora?")
    msg(
        "L",
        "20:51",
        "$15.37 dólares la hora, y le pagan cada viernes. Si le echa ganas por cubeta le sale más.",
    )
    msg("R", "20:52", "cuantas horas se trabaja al dia")
    msg("L", "20:55", "Allá se trabaja de sol a sol, trabajo hay bastante, no se preocupe.")
    msg("R", "20:58", "ok. y que se necesita para entrar?")
    msg("L", "21:02", Q_FEE)
    msg(
        "L",
        "21:02",
        "Nosotros no cobramos por el trabajo eh, eso es nomás para los gastos de papeleo.",
    )
    msg("R", "21:05", "y la visa la pagan ellos? un primo me dijo que la devuelven")
    msg("L", "21:09", Q_VISA)
    msg("L", "21:10", Q_TRAVEL)
    msg("R", "21:14", "uy esta pesado. y el regreso?")
    msg("L", "21:15", "El regreso sí lo paga el patrón, de eso no se preocupe.")
    msg("L", "21:15", "▸ Nota de voz (0:52)", italic=True)
    msg("R", "21:20", "ok lic. voy a juntar el dinero, mañana le aviso")
    chip("15 DE ENERO DE 2027")
    msg(
        "L",
        "09:12",
        "Buenos días. Le paso los datos: cuenta 0193 4478 21, a nombre de "
        "Leticia Cruz Badillo, es mi esposa, ella lleva las cuentas. Nomás me manda "
        "foto del comprobante y de su INE por aquí.",
    )
    msg("R", "09:38", "ya deposite en la ventanilla del super")
    msg("R", "09:38", "IMG-20270115-WA0007.jpg (archivo omitido)", italic=True)
    msg(
        "L",
        "09:41",
        "Recibido ✓ Ya quedó su nombre en la lista. Luego le aviso la fecha de la "
        "cita en Monterrey.",
    )
    msg("R", "09:43", "gracias lic, Dios se lo pague")

    spec = Spec(
        "cg04.pdf",
        "h2a",
        "es",
        2,
        "whatsapp_chat",
        "narrow phone-screenshot pages; green title bar repeated; left/right chat bubbles "
        "with timestamps and date chips",
        fees=[
            F("recruitment_fee", 1, 8500.0, "MXN", Q_FEE),
            F("visa_cost", 2, 205.0, "USD", Q_VISA),
            F("travel_cost", 2, 3200.0, "MXN", Q_TRAVEL),
        ],
        present={
            "job_duties": "Es pizca de blueberry a mano",
            "work_location": "Es en Alma, Georgia",
            "employment_period": "Sale el 12 de abril y se regresan el 28 de junio.",
            "wage_rate": "$15.37 dólares la hora",
            "pay_frequency": "le pagan cada viernes",
            "return_transportation": "El regreso sí lo paga el patrón",
        },
        expect_missing=[
            "employer_identity",
            "hours_of_work",
            "wage_adjustment",
            "deductions",
            "three_fourths_guarantee",
            "housing",
            "meals",
            "inbound_transportation",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        recruiters=[REC],
        traps=[
            "'Nosotros no cobramos por el trabajo' false negation right after the fee",
            "fee called 'gastos de papeleo' / 'para apartar su lugar'",
            "amount written with a space as thousands separator (8 500 pesos)",
            "return trip paid by the employer",
            "'de sol a sol' is not a concrete schedule (hours missing)",
            "farm named only as 'el rancho de los señores Whitfield' (no legal name/address)",
        ],
    )
    return p, spec


# ======================================================================================
# cg05  h2b / en / compliant: golf resort grounds crew agreement, two columns, footnotes
# ======================================================================================
def cg05():
    AGENT = "Talento Costero Consultores, S.C."

    def hdr(p):
        p.font("serif", "B", 9)
        p.set_text_color(70, 50, 20)
        p.set_xy(p.l_margin, 10)
        p.cell(0, 4, "SABLEWOOD LINKS & LODGE")
        p.font("serif", "I", 7.8)
        p.set_xy(p.l_margin, 10)
        p.cell(0, 4, "Seasonal Grounds Crew · H-2B · 2027", align="R")
        p.set_draw_color(150, 120, 60)
        p.set_line_width(0.3)
        p.line(p.l_margin, 15.5, p.w - p.r_margin, 15.5)
        p.line(p.l_margin, 16.3, p.w - p.r_margin, 16.3)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(20)

    def ftr(p):
        p.set_y(-12)
        p.font("serif", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            "Worker's initials ______     Employer's initials ______     Page %d of {nb}" % p.page,
            align="C",
        )
        p.set_text_color(0, 0, 0)

    p = Doc("Letter", margins=(18, 20, 18), bottom=16, fam="serif", header=hdr, footer=ftr)
    p.add_page()
    p.heading(
        "TEMPORARY EMPLOYMENT AGREEMENT", 14, align="C", before=0, after=0.5, rgb=(70, 50, 20)
    )
    p.para(
        "H-2B seasonal grounds crew — this agreement repeats the terms of the certified job "
        "order and may not offer less.",
        8.8,
        style="I",
        align="C",
        after=3,
    )
    p.kv(
        "Employer",
        "Sablewood Links & Lodge, LLC, 88 Heron Point Parkway, Bluffton, South "
        "Carolina 29910. Tel. (843) 555-0172.",
        size=9.2,
        lw=30,
    )
    p.kv(
        "Worker",
        "Eliseo Gutiérrez Barbosa, of Ciudad Victoria, Tamaulipas, Mexico.",
        size=9.2,
        lw=30,
    )
    p.kv(
        "Recruiting agent",
        AGENT + ", Ciudad Victoria, Tamaulipas, engaged and paid by the Employer.",
        size=9.2,
        lw=30,
    )
    p.rule(1.2)
    p.cols(
        [
            (
                "1. Position and duties",
                [
                    "Golf Course Grounds Worker (Landscaping and Groundskeeping Workers, SOC 37-3011). You "
                    "will mow greens, tees and fairways; rake bunkers; change cup positions; repair divots "
                    "and ball marks; trim around cart paths; and, two mornings a week, staff the starter "
                    "booth, where you check tee times, collect green fees and cart fees from golfers and "
                    "record each payment in the register."
                ],
            ),
            (
                "2. Qualifications",
                [
                    "Three months of experience maintaining turf or landscapes, and the ability to operate "
                    "a walk-behind mower safely. We train you on riding mowers on paid time and at no "
                    "charge."
                ],
            ),
            (
                "3. Place of work",
                [
                    "Sablewood Links (36 holes) and the Lodge grounds, 88 Heron Point Parkway, Bluffton, "
                    "Beaufort County, South Carolina."
                ],
            ),
            ("4. Period of employment", ["From March 1, 2027 through October 31, 2027."]),
            (
                "5. Hours",
                [
                    "40 hours per week, Tuesday through Saturday, 5:30 a.m. to 2:00 p.m., with an unpaid "
                    "30-minute lunch break."
                ],
            ),
            (
                "6. Wages and overtime",
                [
                    "$17.85 per hour.¹ If a higher prevailing wage, or a higher federal, state or local "
                    "minimum wage, takes effect during the contract, you will be paid the higher rate "
                    "from its effective date.",
                    "Overtime is available in the summer and is paid at $26.78 per hour for every hour "
                    "over 40 in a workweek.",
                ],
            ),
            (
                "7. Payday and pay stubs",
                [
                    "You are paid every other Friday (biweekly) by direct deposit into the bank account "
                    "you choose or, if you prefer, by paper check. Each pay stub lists the hours offered, "
                    "the hours worked, the rate, gross pay, each deduction and net pay."
                ],
            ),
            (
                "8. Deductions",
                [
                    "Only Social Security and Medicare taxes (FICA), federal income tax withholding, and "
                    "voluntary deductions you authorize in writing for your own benefit are taken from "
                    "pay. Nothing is deducted for tools, uniforms, transportation, visas or the agent's "
                    "services."
                ],
            ),
            (
                "9. Three-fourths guarantee",
                [
                    "In each 12-week period of the contract² we guarantee to offer you work for at least "
                    "3/4 of the workdays, that is at least 360 of the 480 hours in that period, or to "
                    "pay you for the hours we did not offer."
                ],
            ),
        ],
        size=8.9,
        fam="serif",
        head_rgb=(70, 50, 20),
    )
    p.footnotes(
        [
            "¹ Rate from the DOL prevailing wage determination for Beaufort County, SC, "
            "valid for this job order.",
            "² Because the contract lasts more than 120 days, the guarantee is measured in "
            "12-week periods, and the final partial period separately.",
        ],
        fam="serif",
    )

    p.add_page()
    p.cols(
        [
            (
                "10. Travel to Bluffton and back",
                [
                    "Your reasonable bus fare and daily meals and lodging on the way from Ciudad Victoria "
                    "to Bluffton are reimbursed in your first workweek.",
                    "If you finish the contract, or if we let you go early for any reason other than "
                    "cause, we pay your return bus fare and daily subsistence to Ciudad Victoria.",
                ],
            ),
            (
                "11. Visa costs",
                [
                    "The Employer reimburses in full, in the first workweek, the visa fee, the visa "
                    "processing fee and the border crossing fee that you pay.³"
                ],
            ),
            (
                "12. Tools and uniforms",
                [
                    "Uniform shirts, caps, rain gear and all tools, supplies and equipment are provided "
                    "at no charge and without any deposit. Ordinary wear and accidental damage to mowers, "
                    "carts or tools are never charged to you."
                ],
            ),
            (
                "13. Staff housing and meals",
                [
                    "Optional staff housing at Marsh Hen Cottages, 14 Pritchard Lane, Bluffton, is free of "
                    "charge, and free coffee and a staff lunch are served at the maintenance barn each "
                    "shift."
                ],
            ),
            (
                "14. Cash handling",
                [
                    "Starter-booth cash is covered by the Employer's own fidelity bond. You never post a "
                    "bond, deposit or guarantee, and cash shortages are never deducted from your pay."
                ],
            ),
            (
                "15. Abandonment and dismissal",
                [
                    "If you fail to report for work for five consecutive working days without our "
                    "consent, we may treat it as abandonment and will notify DOL and DHS in writing. A "
                    "dismissal for cause requires a written statement of the reason."
                ],
            ),
            (
                "16. If the work becomes impossible",
                [
                    "If a hurricane, fire or other Act of God makes the work impossible and DOL certifies "
                    "it, we may end the contract early; you will then be paid the 3/4 guarantee up to "
                    "that date and your return travel."
                ],
            ),
            (
                "17. No fees, no retaliation",
                [
                    "Nobody (not Sablewood, not "
                    + AGENT
                    + ", and not anyone acting for either) may ask "
                    "you for money, gifts or free work for this job. Report any such request to the "
                    "Employer's hotline, (843) 555-0199.",
                    "You keep your own passport and visa. You may complain to the Employer, DOL, a "
                    "consulate, a lawyer or a union without losing this job or future seasons.",
                ],
            ),
        ],
        size=8.9,
        fam="serif",
        head_rgb=(70, 50, 20),
    )
    p.ln(4)
    p.para(
        "Signed in two originals. A Spanish translation was handed to the worker before "
        "signing, and he kept one original.",
        8.5,
        style="I",
        after=0,
    )
    p.signatures(
        [
            ("For the Employer", "Dana Whitcombe-Reyes", "Director of Human Resources"),
            ("Worker", "Eliseo Gutiérrez Barbosa", ""),
            (
                "Agent acknowledgement",
                "Talento Costero Consultores",
                "no payment received from worker",
            ),
        ],
        cols=3,
        fam="serif",
        size=7.8,
    )
    p.footnotes(
        [
            "³ The consular MRV fee for an H-2B visa is currently US$205; keep your "
            "receipt and hand it to the office with your first timesheet."
        ],
        fam="serif",
    )

    spec = Spec(
        "cg05.pdf",
        "h2b",
        "en",
        2,
        "work_contract",
        "Letter; double-rule running header; parties block then two flowing columns of "
        "numbered clauses; footnotes with superscript markers; three-party signature row",
        fees=[],
        present={
            "employer_identity": "88 Heron Point Parkway, Bluffton, South Carolina 29910",
            "job_duties": "Golf Course Grounds Worker",
            "job_requirements": "Three months of experience maintaining turf",
            "work_location": "Sablewood Links (36 holes) and the Lodge grounds",
            "employment_period": "From March 1, 2027 through October 31, 2027.",
            "hours_of_work": "40 hours per week, Tuesday through Saturday",
            "wage_rate": "$17.85 per hour.",
            "wage_adjustment": "you will be paid the higher rate",
            "overtime": "paid at $26.78 per hour",
            "pay_frequency": "every other Friday (biweekly)",
            "earnings_statements": "Each pay stub lists the hours offered",
            "deductions": "Only Social Security and Medicare taxes (FICA)",
            "three_fourths_guarantee": "at least 360 of the 480 hours",
            "inbound_transportation": "are reimbursed in your first workweek",
            "return_transportation": "we pay your return bus fare",
            "visa_reimbursement": "The Employer reimburses in full, in the first workweek, the visa fee",
            "tools_provided": "all tools, supplies and equipment are provided",
            "termination": "we may treat it as abandonment",
            "contract_impossibility": "If a hurricane, fire or other Act of God",
        },
        expect_missing=[],
        recruiters=[AGENT],
        traps=[
            "'collect green fees and cart fees from golfers' is a job duty, not a worker fee",
            "visa, visa processing and border-crossing fees reimbursed in the first workweek; "
            "footnote gives the US$205 MRV amount",
            "inbound travel reimbursed in the first workweek",
            "fidelity bond is the employer's; worker never posts a bond; no cash-shortage deductions",
            "accidental damage never charged (negated damage chargeback)",
            "free optional housing, free coffee and staff lunch ('coffee' contains 'fee')",
            "training on riding mowers at no charge",
            "direct deposit (payment method) next to the biweekly payday",
            "nobody may ask for money; agent paid by employer; no retaliation",
        ],
    )
    return p, spec


# ======================================================================================
# cg06  h2b / mixed: Honduran agency letter + cost table (es) + English job order summary
# ======================================================================================
def cg06():
    REC = "Agencia de Empleo Internacional Sula Norte, S. de R.L."
    Q_PEN = (
        "Si usted abandona el trabajo antes de terminar la temporada, deberá reintegrar a la "
        "agencia el equivalente a dos semanas de salario en concepto de daños y perjuicios, "
        "ya que la empresa nos exige reponer su plaza."
    )
    ROW_PASS = [
        "Pasaporte hondureño (vigencia 5 años)",
        "L 1,150.00",
        "La aspirante",
        "Directo en el INM",
    ]
    ROW_MED = [
        "Examen médico y pruebas de laboratorio",
        "L 2,800.00",
        "La aspirante",
        "Efectivo en la agencia",
    ]
    ROW_TRAIN = [
        "Curso de inducción e inglés (3 sábados)",
        "L 4,500.00",
        "La aspirante",
        "Efectivo en la agencia",
    ]
    Q_PASS, Q_MED, Q_TRAIN = (" ".join(r) for r in (ROW_PASS, ROW_MED, ROW_TRAIN))

    def letterhead(p):
        p.set_fill_color(0, 84, 147)
        p.rect(0, 0, p.w, 4, style="F")
        p.font("sans", "B", 11.5)
        p.set_text_color(0, 84, 147)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 5, REC, align="C")
        p.font("sans", "", 7.6)
        p.set_text_color(80, 80, 80)
        p.set_xy(p.l_margin, 15)
        p.cell(
            0,
            4,
            "Barrio Guamilito, 6 calle, entre 8 y 9 avenida N.O., San Pedro Sula, Cortés · "
            "Tel. 2550-0000 · Permiso STSS-AEP-0412",
            align="C",
        )
        p.set_draw_color(0, 84, 147)
        p.line(p.l_margin, 20.5, p.w - p.r_margin, 20.5)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(26)

    p = Doc("Letter", margins=(24, 20, 24), bottom=18, fam="sans", header=letterhead)
    p.add_page()

    def L(t, **k):
        return p.para(t, 10, lh=5.1, after=2.6, **k)

    p.para("San Pedro Sula, 18 de enero de 2027", 10, align="R", after=5)
    p.para(
        "Señora\nDilcia Marisol Euceda Paz\nColonia López Arellano, Choloma, Cortés\nPresente",
        10,
        align="L",
        lh=5,
        after=4,
    )
    p.para("Estimada señora Euceda:", 10, align="L", after=3)
    L(
        "Reciba un cordial saludo de parte de todo el equipo de la agencia. Nos complace "
        "informarle que usted ha sido preseleccionada para el puesto de procesadora de cangrejo "
        "(picker) con la empresa Tidewater Point Seafood Co., en el estado de Maryland, Estados "
        "Unidos, bajo el programa de visas H-2B para la temporada 2027."
    )
    L(
        "Para continuar con su proceso deberá presentarse en nuestras oficinas el sábado 30 de "
        "enero a las 7:00 a.m. con su pasaporte vigente, dos fotografías tamaño carné y el "
        "comprobante de pago de los costos que le corresponden, según el detalle adjunto."
    )
    L(
        "Le recordamos que la empresa cubre su boleto aéreo y le reembolsa la visa en su primera "
        "semana de trabajo, tal como indica el resumen de la orden de trabajo en inglés que le "
        "adjuntamos."
    )
    L(Q_PEN)
    L(
        "Cualquier consulta con gusto se la atendemos por WhatsApp al 9450-0000, de lunes a "
        "sábado. Sin otro particular, nos suscribimos de usted."
    )
    p.para("Atentamente,", 10, align="L", after=14)
    p.para(
        "Lcda. Karla Yolany Bonilla Maradiaga\nCoordinadora de Colocaciones",
        10,
        align="L",
        lh=5,
        after=3,
    )
    p.para(
        "Adjuntos: detalle de costos (1 hoja); resumen de la orden de trabajo (1 hoja).",
        8.3,
        style="I",
        align="L",
    )

    p.add_page()
    p.heading(
        "DETALLE DE COSTOS DEL PROCESO — TEMPORADA H-2B 2027",
        11.5,
        align="C",
        before=0,
        after=1,
        rgb=(0, 84, 147),
    )
    p.para(
        "Aspirante: Dilcia Marisol Euceda Paz · Empresa: Tidewater Point Seafood Co. · "
        "Puesto: procesadora de cangrejo",
        8.8,
        align="C",
        after=4,
    )
    rows = [
        ["Concepto", "Monto", "Lo cubre", "Forma de pago"],
        [
            "Cuota consular de la visa H-2B (MRV)",
            "US$ 205.00",
            "La empresa",
            "Reembolso en 1.ª semana",
        ],
        [
            "Boleto aéreo San Pedro Sula – Baltimore",
            "US$ 480.00 aprox.",
            "La empresa",
            "Compra directa",
        ],
        ["Honorarios de selección de la agencia", "—", "La empresa", "—"],
        ROW_PASS,
        ROW_MED,
        ROW_TRAIN,
        ["Bus a la embajada en Tegucigalpa", "—", "La agencia", "Bus contratado"],
    ]
    p.grid(rows, (70, 29, 23, 44), size=8.1, head_fill=(205, 222, 240), lh=5.2)
    p.para("Total a cubrir por la aspirante: L 8,450.00", 9.5, style="B", align="R", after=3)

    def N(t):
        return p.para(t, 8.8, lh=4.4, after=1.4)

    N("Notas:")
    N(
        "1. Los montos en lempiras se pagan en efectivo en la caja de la agencia antes de la "
        "entrevista consular; no se aceptan cheques. Por cada pago se entrega recibo."
    )
    N("2. La agencia no cobra honorarios a las aspirantes: sus honorarios los paga la empresa.")
    N(
        "3. El examen médico se hace en la Clínica Médica Los Laureles del Norte, frente a la agencia. No se "
        "aceptan exámenes de otras clínicas."
    )
    N(
        "4. La visa la paga usted en el banco el día de la cita y la empresa se la devuelve completa "
        "en su primer cheque; guarde el recibo."
    )

    p.add_page()
    p.heading("JOB ORDER SUMMARY — H-2B", 12, align="L", before=0, after=0.3, rgb=(0, 84, 147))
    p.para(
        "Tidewater Point Seafood Co. · Clearance order MD-2027-00712 · Summary prepared for "
        "applicants; the full job order governs.",
        8.5,
        style="I",
        align="L",
        after=3,
    )

    def K(a, b):
        return p.kv(a, b, size=9, lw=44, after=1.6)

    K("Employer", "Tidewater Point Seafood Co., 17 Cannery Row Road, Fishing Creek, Maryland 21634")
    K(
        "Job title and duties",
        "Crab Meat Picker (SOC 51-3022). Pick steamed blue crabs by hand, "
        "separate lump, backfin and claw meat, pack 1-lb containers and keep "
        "the picking station clean.",
    )
    K(
        "Requirements",
        "No experience required. Must be able to stand for 8 hours and handle a "
        "picking knife safely.",
    )
    K(
        "Worksite",
        "Employer's picking house, 17 Cannery Row Road, Fishing Creek, Dorchester County, Maryland",
    )
    K("Dates of employment", "April 5, 2027 to November 20, 2027")
    K("Hours", "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m.")
    K(
        "Wage",
        "$17.12 per hour, or $4.25 per pound of picked meat when piece earnings for the "
        "workweek are higher.",
    )
    K(
        "Higher wages",
        "The employer pays at least the highest of the prevailing wage and the "
        "federal, state or local minimum wage in effect at any time during the "
        "contract.",
    )
    K("Overtime", "$25.68 per hour for hours worked over 40 in a workweek.")
    K("Pay frequency", "Weekly, on Fridays.")
    K(
        "Deductions",
        "Social Security and Medicare (FICA), federal and Maryland income tax, and "
        "voluntary deductions the worker authorizes in writing.",
    )
    K(
        "Guarantee",
        "The employer guarantees to offer work for at least three-fourths of the "
        "workdays in each 12-week period of the contract.",
    )
    K(
        "Travel",
        "Inbound travel and daily subsistence are reimbursed in the first workweek. "
        "Return travel is paid if the worker completes the contract or is dismissed "
        "early for reasons other than cause.",
    )
    K(
        "Visa fees",
        "Visa, visa processing and border-crossing fees are reimbursed in the first workweek.",
    )
    K("Tools", "Picking knives, gloves, aprons and hairnets are provided free of charge.")
    K(
        "Abandonment",
        "A worker absent 5 consecutive working days without notice is considered "
        "to have abandoned the job; DOL and DHS are notified.",
    )

    spec = Spec(
        "cg06.pdf",
        "h2b",
        "mixed",
        3,
        "recruiter_letter",
        "Letter; agency letterhead repeated; Spanish business letter (p.1); gridded cost table "
        "with who-pays column and numbered notes (p.2); English job-order summary as label/value "
        "form (p.3)",
        fees=[
            F("breach_penalty", 1, None, None, Q_PEN),
            F("visa_cost", 2, 1150.0, "HNL", Q_PASS, passport_only=True),
            F("medical_cost", 2, 2800.0, "HNL", Q_MED),
            F("training_cost", 2, 4500.0, "HNL", Q_TRAIN),
        ],
        present={
            "employer_identity": "Tidewater Point Seafood Co., 17 Cannery Row Road, Fishing Creek",
            "job_duties": "Crab Meat Picker (SOC 51-3022)",
            "job_requirements": "Must be able to stand for 8 hours",
            "work_location": "Employer's picking house, 17 Cannery Row Road",
            "employment_period": "April 5, 2027 to November 20, 2027",
            "hours_of_work": "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m.",
            "wage_rate": "$17.12 per hour",
            "wage_adjustment": "The employer pays at least the highest of the prevailing wage",
            "overtime": "$25.68 per hour for hours worked over 40",
            "pay_frequency": "Weekly, on Fridays.",
            "deductions": "Social Security and Medicare (FICA), federal and Maryland income tax",
            "three_fourths_guarantee": "at least three-fourths of the workdays in each 12-week period",
            "inbound_transportation": "Inbound travel and daily subsistence are reimbursed",
            "return_transportation": "Return travel is paid",
            "visa_reimbursement": "Visa, visa processing and border-crossing fees are reimbursed",
            "tools_provided": "Picking knives, gloves, aprons and hairnets are provided free",
            "termination": "is considered to have abandoned the job",
        },
        expect_missing=["earnings_statements", "contract_impossibility"],
        recruiters=[REC],
        traps=[
            "visa MRV US$205 in the cost table but 'La empresa', reimbursed in week 1",
            "airfare and agency selection fees paid by the employer",
            "'La agencia no cobra honorarios a las aspirantes' is true for its fee, but the same "
            "table charges medical and training costs",
            "bus to the embassy paid by the agency",
            "passport-only cost under h2b is review, not violation",
            "penalty stated as 'dos semanas de salario' (no number)",
        ],
    )
    return p, spec


# ======================================================================================
# cg07  h2b / es / transcript of a Salvadoran recruiter's WhatsApp voice notes
# ======================================================================================
def cg07():
    REC = "Contrataciones Laborales Lempa Express"
    Q_FEE = (
        "El trámite completo sale en mil doscientos dólares, y eso incluye todo: el "
        "papeleo, la entrevista de preselección y que la empresa la escoja a usted."
    )
    Q_LOAN = (
        "Si no tiene todo el pisto, nosotros le prestamos la mitad y allá el hotel se lo va "
        "descontando de cada cheque con un diez por ciento de interés."
    )
    Q_HOUSE = (
        "Allá le dan apartamento compartido con otras tres muchachas, son ochenta y cinco "
        "dólares a la semana que se los quitan del cheque."
    )
    Q_THREAT = (
        "Otra cosa, niña, para que no haya problemas: nada de andar poniendo quejas en la "
        "embajada ni llamando a abogados, porque la que se queja ya no vuelve a salir en "
        "la lista y la reportamos con migración."
    )

    def hdr(p):
        p.font("sans", "B", 8)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 4, "MESA MIGRANTE ORIENTE · Usulután, El Salvador")
        p.font("sans", "", 7.5)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 4, "Caso MMO-2027-031 · uso interno y para denuncia", align="R")
        p.line(p.l_margin, 14, p.w - p.r_margin, 14)
        p.set_y(18)

    def ftr(p):
        p.set_y(-12)
        p.font("sans", "I", 7.2)
        p.cell(
            0,
            4,
            "Transcripción fiel del audio original, sin corregir el habla · hoja %d de {nb}"
            % p.page,
            align="C",
        )

    p = Doc("Letter", margins=(22, 18, 22), bottom=16, fam="mono", header=hdr, footer=ftr)
    p.add_page()
    p.heading(
        "TRANSCRIPCIÓN DE NOTAS DE VOZ RECIBIDAS POR WHATSAPP", 11.5, fam="sans", before=0, after=2
    )
    meta = [
        ["Dato", "Detalle"],
        ["Remitente de las notas", "Guillermo «Don Memo» Arévalo"],
        ["Agencia que dice representar", REC],
        ["Destinataria", "Yesenia Beatriz Chicas Rivera (Jiquilisco, Usulután)"],
        ["Fechas de recepción", "3 y 4 de febrero de 2027"],
        ["Número de notas", "5 (duración total 6 min 20 s)"],
        ["Transcribió / revisó", "Lic. Rosa Elvira Amaya / Ing. Mauricio Benítez"],
    ]
    p.grid(meta, (46, 126), size=8.3, fam="sans", head_fill=(230, 230, 230), lh=4.4)
    p.para(
        "Convenciones: [...] palabra inaudible; (pausa), (ruido), (risa) señalan sonidos; se "
        "respeta la forma de hablar del remitente.",
        8,
        fam="sans",
        style="I",
        after=3,
    )

    def note(n, when, dur, parts):
        p.font("sans", "B", 9)
        p.set_fill_color(235, 238, 240)
        if p.get_y() + 14 > p.page_break_trigger:
            p.add_page()
        p.cell(
            0,
            6,
            "  NOTA %d   ·   %s   ·   duración %s" % (n, when, dur),
            fill=True,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        p.ln(1.5)
        for t in parts:
            p.para(t, 9, fam="mono", align="L", lh=4.5, indent=4, after=1.6)
        p.ln(1.5)

    note(
        1,
        "03/02/2027 18:02",
        "1:48",
        [
            "Buenas tardes, niña Yesenia, le habla Memo, de Lempa Express, para lo de los Estados "
            "Unidos. (pausa) Vaya, le cuento.",
            "Hay chance en un hotel en Gulf Shores, Alabama, el hotel Marlowe Shores, para limpieza de "
            "habitaciones: cambiar sábanas, lavar baños y aspirar los pasillos.",
            "Es del uno de marzo al quince de octubre.",
            "Pagan trece dólares con setenta y cinco la hora, cuarenta horas a la semana, de ocho de "
            "la mañana a cuatro y media. Y le pagan cada quince días, va.",
        ],
    )
    note(
        2,
        "03/02/2027 18:05",
        "2:10",
        [
            "Ahora, lo del trámite. (ruido) " + Q_FEE,
            "(pausa) " + Q_LOAN,
            "Eso ya lo hemos hecho con bastante gente y todos han salido bien, gracias a Dios.",
        ],
    )
    note(
        3,
        "03/02/2027 18:09",
        "1:02",
        [
            "La visa no se preocupe, esa la paga usted en el banco pero el hotel se la devuelve "
            "completita en el primer cheque, eso sí es ley allá.",
            Q_HOUSE,
            "Del cheque le quitan los impuestos, el apartamento y lo del préstamo si lo agarró, nada "
            "más. Va a estar chivo, ya va a ver.",
        ],
    )
    note(
        4,
        "04/02/2027 07:15",
        "0:41",
        [
            "Buenos días. " + Q_THREAT,
            "Usted sabe que aquí hay un montón de gente esperando. (risa)",
        ],
    )
    note(
        5,
        "04/02/2027 07:20",
        "0:29",
        [
            "Entonces me confirma para el sábado, va. Traiga su DUI, el pasaporte y los primeros "
            "seiscientos. Que Dios me la bendiga.",
        ],
    )
    p.add_page()
    p.heading("Observaciones de quien transcribe", 9.5, fam="sans", before=0, after=1)
    p.para(
        "La nota 2 tiene ruido de tráfico entre 0:40 y 0:52; ninguna palabra relevante quedó "
        "inaudible. La destinataria conserva los audios originales en su teléfono.",
        8.6,
        fam="sans",
        after=3,
    )
    p.heading(
        "Datos aportados por la destinataria (entrevista del 7 de febrero de 2027)",
        9.5,
        fam="sans",
        before=1,
        after=1,
    )
    for t in [
        "a) El sábado 6 de febrero entregó los primeros seiscientos dólares en efectivo en "
        "la oficina de Lempa Express, en el centro de Usulután; no le dieron recibo.",
        "b) No ha recibido ningún contrato por escrito ni copia de la orden de trabajo del hotel.",
        "c) Le dijeron que el vuelo sale de San Salvador a mediados de febrero, pero no le "
        "explicaron quién lo paga ni cómo regresa al terminar.",
        "d) Conoce a otras dos muchachas de Jiquilisco que recibieron las mismas notas de voz.",
    ]:
        p.para(t, 8.8, fam="sans", align="L", indent=3, after=1.4)
    p.ln(2)
    p.para(
        "Se deja constancia de que la transcripción fue leída a la destinataria, quien la "
        "reconoce como fiel.",
        8.6,
        fam="sans",
        style="I",
        after=0,
    )
    p.signatures(
        [
            ("Transcribió", "Lic. Rosa Elvira Amaya", "Mesa Migrante Oriente"),
            ("Revisó", "Ing. Mauricio Benítez", "Mesa Migrante Oriente"),
            ("Destinataria", "Yesenia Beatriz Chicas Rivera", ""),
        ],
        cols=3,
        fam="sans",
        size=8,
    )

    spec = Spec(
        "cg07.pdf",
        "h2b",
        "es",
        2,
        "voice_note_transcript",
        "Letter; NGO running header/footer; metadata grid; monospace transcript in shaded "
        "'NOTA n' blocks with timestamps and sound annotations",
        fees=[
            F("recruitment_fee", 1, 1200.0, "USD", Q_FEE),
            F("debt_bondage", 1, None, None, Q_LOAN),
            F("housing_charge", 1, 85.0, "USD", Q_HOUSE),
            F("blacklisting_threat", 1, None, None, Q_THREAT),
        ],
        present={
            "job_duties": "para limpieza de habitaciones: cambiar sábanas",
            "work_location": "un hotel en Gulf Shores, Alabama",
            "employment_period": "Es del uno de marzo al quince de octubre.",
            "wage_rate": "trece dólares con setenta y cinco la hora",
            "hours_of_work": "cuarenta horas a la semana, de ocho de la mañana a cuatro y media",
            "pay_frequency": "le pagan cada quince días",
            "deductions": "Del cheque le quitan los impuestos, el apartamento y lo del préstamo",
            "visa_reimbursement": "el hotel se la devuelve completita en el primer cheque",
        },
        expect_missing=[
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "inbound_transportation",
            "return_transportation",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        recruiters=[REC],
        traps=[
            "visa paid by the worker but refunded in full with the first paycheck (lawful under h2b)",
            "amounts written in words ('mil doscientos dólares', 'ochenta y cinco dólares')",
            "'los primeros seiscientos' is an installment of the same fee, not a new charge",
            "bringing DUI and passport to an appointment is not document retention",
            "hotel named only as 'el hotel Marlowe Shores' (no legal name/address: employer_identity missing)",
            "h2b housing charge is review severity",
        ],
    )
    return p, spec


# ======================================================================================
# cg08  generic / es / compliant: Huelva strawberry season contract (contratación en origen)
# ======================================================================================
def cg08():
    def hdr(p):
        p.font("scond", "B", 8.5)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 4, "AGRÍCOLA MARISMAS DEL ODIEL, S.L. · CIF B21884302")
        p.font("scond", "", 7.8)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 4, "Campaña de frutos rojos 2027 · Expte. GECCO-HU-27/0415", align="R")
        p.set_line_width(0.2)
        p.line(p.l_margin, 14, p.w - p.r_margin, 14)
        p.set_y(18)

    def ftr(p):
        p.set_y(-15)
        p.set_line_width(0.2)
        p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
        p.font("scond", "", 7.5)
        p.set_y(-13)
        p.cell(
            0, 4, "Rúbrica de la empresa: ________   Rúbrica de la trabajadora: ________", align="L"
        )
        p.set_y(-13)
        p.cell(0, 4, "Página %d de {nb}" % p.page, align="R")

    p = Doc("A4", margins=(18, 18, 18), bottom=19, fam="scond", header=hdr, footer=ftr)
    p.add_page()
    p.heading(
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA ACTIVIDADES DE TEMPORADA",
        11.5,
        align="C",
        before=0,
        after=0.5,
    )
    p.para(
        "Gestión colectiva de contrataciones en origen — trabajadora procedente de la "
        "República de Honduras",
        9,
        style="I",
        align="C",
        after=3,
    )
    p.para(
        "En Palos de la Frontera (Huelva), a 11 de diciembre de 2026.", 9.5, align="R", after=2.5
    )
    p.heading("REUNIDOS", 10, align="C", before=0, after=1.5)

    def B(t):
        return p.para(t, 9.5, lh=4.5, after=1.8)

    B(
        "De una parte, D. Álvaro Cabezas Villalobos, con DNI 29.477.310-K, en nombre y "
        "representación de AGRÍCOLA MARISMAS DEL ODIEL, S.L., con CIF B21884302 y domicilio social "
        "en Carretera A-494, km 11,5, 21810 Palos de la Frontera (Huelva), en su calidad de "
        "administrador único (en adelante, LA EMPRESA)."
    )
    B(
        "De otra parte, Dña. Keyla Yamileth Ordóñez Banegas, mayor de edad, de nacionalidad "
        "hondureña, titular del pasaporte número H4021776 y con domicilio en Barrio El Centro, "
        "Marcala, departamento de La Paz (Honduras) (en adelante, LA TRABAJADORA)."
    )
    B(
        "Ambas partes se reconocen la capacidad legal necesaria para otorgar el presente contrato "
        "y, a tal efecto,"
    )
    p.heading("EXPONEN", 10, align="C", before=0.5, after=1.5)
    B(
        "I. Que LA TRABAJADORA ha sido seleccionada en Honduras directamente por personal de LA "
        "EMPRESA, en el marco de la normativa de gestión colectiva de contrataciones en origen."
    )
    B(
        "II. Que la eficacia del presente contrato queda condicionada a la obtención por LA "
        "TRABAJADORA del visado de residencia y trabajo de temporada y a su alta en la Seguridad "
        "Social a su llegada a España."
    )
    B("Y, en consecuencia, acuerdan las siguientes")
    p.heading("CLÁUSULAS", 10, align="C", before=0.5, after=1)
    p.cols(
        [
            (
                "PRIMERA. Objeto y categoría",
                [
                    "LA TRABAJADORA prestará servicios como peón agrícola, grupo profesional de peones del "
                    "Convenio Colectivo del Campo de la provincia de Huelva, realizando la recolección "
                    "manual de fresa, arándano y frambuesa en invernadero y macrotúnel, su colocación en "
                    "cajas y el traslado de las cajas al punto de carga."
                ],
            ),
            (
                "SEGUNDA. Lugar de trabajo",
                [
                    "Fincas de LA EMPRESA «La Cañada del Pino», en el término municipal de Moguer, y «El Pinillo», "
                    "en Palos de la Frontera, ambas en la provincia de Huelva."
                ],
            ),
            (
                "TERCERA. Duración",
                [
                    "Del 2 de febrero de 2027 al 15 de junio de 2027, ambos inclusive. LA TRABAJADORA se "
                    "compromete a regresar a Honduras al término del contrato, conforme a la normativa de "
                    "contratación en origen."
                ],
            ),
            (
                "CUARTA. Jornada",
                [
                    "39 horas semanales, de lunes a sábado, en jornadas de 6 horas y 30 minutos, de 7:30 "
                    "a 14:00 horas, con un descanso de 20 minutos que se computa como trabajo efectivo. "
                    "Las horas extraordinarias serán voluntarias y se abonarán conforme al convenio."
                ],
            ),
            (
                "QUINTA. Retribución",
                [
                    "Salario de 57,42 euros brutos por jornada efectiva, que incluye la parte proporcional "
                    "de pagas extraordinarias y vacaciones, según las tablas del convenio vigentes."
                ],
            ),
        ],
        size=9.1,
        fam="scond",
    )

    p.add_page()
    p.cols(
        [
            (
                "SEXTA. Forma y periodicidad del pago",
                [
                    "El salario se abonará por meses vencidos, dentro de los cinco primeros días del mes "
                    "siguiente, mediante transferencia a la cuenta bancaria que LA TRABAJADORA abra en "
                    "España, cuya apertura y mantenimiento no le supondrán coste alguno. Con cada pago se "
                    "entregará el recibo individual de salarios."
                ],
            ),
            (
                "SÉPTIMA. Deducciones",
                [
                    "Del salario solo se deducirán: a) la cotización de LA TRABAJADORA a la Seguridad "
                    "Social por contingencias comunes, desempleo y formación profesional, en los "
                    "porcentajes legales vigentes; b) la retención a cuenta del IRPF que corresponda.",
                    "No se descontará cantidad alguna por alojamiento, transporte, herramientas, ropa de "
                    "trabajo ni gestión del visado.",
                ],
            ),
            (
                "OCTAVA. Alojamiento",
                [
                    "LA EMPRESA facilitará alojamiento gratuito y digno en el módulo de viviendas de la "
                    "finca «El Pinillo», con cocina equipada, agua caliente y lavadora, cuyos suministros "
                    "abona LA EMPRESA."
                ],
            ),
            (
                "NOVENA. Viajes",
                [
                    "LA EMPRESA abona el billete de avión de ida desde San Pedro Sula hasta Sevilla y el "
                    "traslado por carretera hasta la finca, así como el billete de regreso desde Sevilla "
                    "hasta San Pedro Sula al término del contrato, sin repercutir su importe en el "
                    "salario."
                ],
            ),
            (
                "DÉCIMA. Visado y selección",
                [
                    "La tasa del visado, los desplazamientos a la Embajada de España en Tegucigalpa y el "
                    "certificado de antecedentes penales corren por cuenta de LA EMPRESA. Ninguna persona "
                    "ni entidad podrá exigir a LA TRABAJADORA pago alguno por su selección o "
                    "contratación."
                ],
            ),
            (
                "UNDÉCIMA. Equipos de trabajo",
                [
                    "LA EMPRESA entregará gratuitamente guantes, botas, gorra, ropa de agua y tijeras, sin "
                    "fianza ni depósito de ninguna clase."
                ],
            ),
            (
                "DUODÉCIMA. Documentación",
                [
                    "LA TRABAJADORA conservará en todo momento su pasaporte y su Tarjeta de Identidad de "
                    "Extranjero; LA EMPRESA no podrá retenerlos bajo ningún concepto."
                ],
            ),
            (
                "DECIMOTERCERA. Seguridad Social y seguros",
                [
                    "LA TRABAJADORA quedará en alta en el Régimen General de la Seguridad Social, Sistema "
                    "Especial para Trabajadores por Cuenta Ajena Agrarios. LA EMPRESA tiene concertado a "
                    "su exclusivo cargo el seguro colectivo de accidentes previsto en el convenio."
                ],
            ),
            (
                "DECIMOCUARTA. Periodo de prueba",
                ["Se establece un periodo de prueba de quince días."],
            ),
            (
                "DECIMOQUINTA. Extinción",
                [
                    "El contrato se extinguirá a su término y, además, por las causas del artículo 49 del "
                    "Estatuto de los Trabajadores, incluido el despido disciplinario por las faltas del "
                    "artículo 54, como las faltas repetidas e injustificadas de asistencia. Si LA EMPRESA "
                    "pone fin al contrato antes de su término por causa no imputable a LA TRABAJADORA, "
                    "abonará igualmente el billete de regreso."
                ],
            ),
            (
                "DECIMOSEXTA. Normativa y jurisdicción",
                [
                    "En lo no previsto se estará al Estatuto de los Trabajadores y al Convenio Colectivo "
                    "del Campo de Huelva. Las partes se someten a los Juzgados de lo Social de Huelva."
                ],
            ),
        ],
        size=9.1,
        fam="scond",
    )
    p.ln(3)
    p.para(
        "Y en prueba de conformidad, firman el presente contrato por triplicado ejemplar, en "
        "español, en el lugar y fecha indicados.",
        9.3,
        after=0,
    )
    p.signatures(
        [
            ("LA EMPRESA", "Álvaro Cabezas Villalobos", "Administrador único"),
            ("LA TRABAJADORA", "Keyla Yamileth Ordóñez Banegas", "Pasaporte H4021776"),
        ],
        cols=2,
        fam="scond",
        gap=18,
    )

    spec = Spec(
        "cg08.pdf",
        "generic",
        "es",
        2,
        "work_contract",
        "A4; Spanish (Spain) legal register REUNIDOS/EXPONEN/CLÁUSULAS; clauses in two flowing "
        "columns; running header; footer with initials boxes on every page",
        fees=[],
        present={
            "employer_identity": "Carretera A-494, km 11,5, 21810 Palos de la Frontera",
            "worker_identity": "Dña. Keyla Yamileth Ordóñez Banegas",
            "job_duties": "realizando la recolección",
            "work_location": "Fincas de LA EMPRESA «La Cañada del Pino», en el término municipal de Moguer",
            "employment_period": "Del 2 de febrero de 2027 al 15 de junio de 2027",
            "hours_of_work": "39 horas semanales, de lunes a sábado",
            "wage_rate": "Salario de 57,42 euros brutos por jornada efectiva",
            "pay_frequency": "El salario se abonará por meses vencidos",
            "deductions": "Del salario solo se deducirán",
            "return_transportation": "billete de regreso desde Sevilla",
            "termination": "despido disciplinario por las faltas del",
        },
        expect_missing=[],
        recruiters=[],
        traps=[
            "statutory Social Security contributions and IRPF withholding (not insurance_cost)",
            "employer-paid collective accident insurance",
            "flights both ways and the visa fee paid by the employer, never deducted",
            "'Ninguna persona ni entidad podrá exigir ... pago alguno' (negated recruitment fee)",
            "free housing with utilities paid by the employer",
            "work gear 'sin fianza ni depósito' (negated deposit)",
            "worker keeps passport and TIE (negated document retention)",
            "commitment to return home under the origin-hiring scheme (lawful, not a movement restriction)",
            "bank account opening at no cost",
        ],
    )
    return p, spec


# ======================================================================================
# cg09  generic / es / Colombian agency contract + scanned employer offer (p.3 image-only)
# ======================================================================================
def cg09():
    REC = "Puente Ibérico Talento Humano S.A.S."
    Q_FEE = (
        "Como contraprestación por los servicios descritos, EL BENEFICIARIO pagará a LA "
        "AGENCIA la suma de TRES MILLONES QUINIENTOS MIL PESOS M/CTE ($3.500.000), así: el "
        "cincuenta por ciento (50 %) a la firma del presente contrato y el saldo contra la "
        "entrega de la cita consular."
    )
    Q_VISA = (
        "Las tasas consulares del visado, la apostilla de documentos y las traducciones "
        "oficiales serán asumidas en su totalidad por EL BENEFICIARIO."
    )
    Q_INS = (
        "Igualmente, EL BENEFICIARIO deberá adquirir por intermedio de LA AGENCIA la póliza "
        "de asistencia médica internacional exigida para el trámite, cuyo valor de "
        "$1.280.000 se cancelará antes de la radicación de la solicitud."
    )
    Q_TRAIN = (
        "El curso virtual de manipulación de alimentos exigido por el empleador tiene un "
        "valor de $420.000, que EL BENEFICIARIO paga directamente a la plataforma que le "
        "indique LA AGENCIA."
    )

    def hdr(p):
        p.set_fill_color(196, 30, 58)
        p.rect(p.l_margin, 10, 3, 9, style="F")
        p.font("sans", "B", 10)
        p.set_xy(p.l_margin + 5, 10)
        p.cell(0, 5, REC)
        p.font("sans", "", 7.2)
        p.set_xy(p.l_margin + 5, 15)
        p.cell(
            0,
            4,
            "NIT 901.448.213-6 · Calle 10 Sur # 48-77, oficina 504, Medellín · Agencia "
            "autorizada, Resolución UAESPE 000412 de 2024",
        )
        p.set_y(24)

    def ftr(p):
        p.set_y(-13)
        p.font("sans", "", 7)
        p.set_text_color(100, 100, 100)
        p.cell(0, 4, "Contrato PI-2027-0188 · Página %d de {nb}" % p.page, align="R")
        p.set_text_color(0, 0, 0)

    p = Doc("Letter", margins=(22, 18, 22), bottom=18, fam="sans", header=hdr, footer=ftr)
    p.add_page()
    p.heading(
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE ACOMPAÑAMIENTO MIGRATORIO Y LABORAL "
        "No. PI-2027-0188",
        10.5,
        align="C",
        before=0,
        after=2.5,
    )

    def C(t):
        return p.para(t, 9.2, lh=4.45, after=1.9)

    C(
        "Entre los suscritos, a saber: MARÍA CLEMENCIA ZAPATA ARANGO, mayor de edad, identificada "
        "con cédula de ciudadanía No. 43.512.778 de Medellín, quien obra en nombre y representación "
        "legal de " + REC + ", quien en adelante se denominará LA AGENCIA; y YEISON ANDRÉS "
        "MONTOYA RESTREPO, mayor de edad, identificado con cédula de ciudadanía No. 1.036.654.209 "
        "de Bello, quien en adelante se denominará EL BENEFICIARIO, hemos convenido celebrar el "
        "presente contrato de prestación de servicios, que se regirá por las siguientes "
        "cláusulas:"
    )
    C(
        "PRIMERA – OBJETO. LA AGENCIA prestará a EL BENEFICIARIO los servicios de orientación, "
        "preparación documental y acompañamiento para su vinculación como ayudante de cocina con "
        "la sociedad española Restauración Marina Baixa, S.L., conforme a la oferta de empleo que "
        "se adjunta como Anexo 1."
    )
    C(
        "SEGUNDA – OBLIGACIONES DE LA AGENCIA. a) Revisar y organizar los documentos de EL "
        "BENEFICIARIO; b) agendar la cita ante el Consulado General de España en Bogotá; c) "
        "preparar a EL BENEFICIARIO para la entrevista; d) coordinar con el empleador la compra "
        "de los tiquetes aéreos."
    )
    C(
        "TERCERA – VALOR Y FORMA DE PAGO. " + Q_FEE + " Dicha suma no incluye los gastos de "
        "terceros señalados en la cláusula cuarta¹."
    )
    C("CUARTA – GASTOS DE TERCEROS. " + Q_VISA + " " + Q_INS)
    C(
        "QUINTA – NATURALEZA DE LOS PAGOS. Las sumas pagadas remuneran exclusivamente los "
        "servicios de asesoría de LA AGENCIA y no constituyen pago por el empleo, el cual es "
        "gratuito para EL BENEFICIARIO."
    )
    p.footnotes(["¹ " + Q_TRAIN], fam="sans")

    p.add_page()
    C(
        "SEXTA – REEMBOLSO. Si el visado es negado, LA AGENCIA reembolsará a EL BENEFICIARIO el "
        "cuarenta por ciento (40 %) de lo pagado según la cláusula tercera, dentro de los treinta "
        "(30) días siguientes a la comunicación de la negativa."
    )
    C(
        "SÉPTIMA – OBLIGACIONES DEL BENEFICIARIO. Entregar documentos verídicos y completos, "
        "asistir puntualmente a las citas y mantener informada a LA AGENCIA de cualquier cambio "
        "en sus datos de contacto."
    )
    C(
        "OCTAVA – TIQUETES. El tiquete aéreo Medellín–Madrid y el de regreso al finalizar la "
        "temporada los asume la empresa empleadora, según el Anexo 1."
    )
    C(
        "NOVENA – TERMINACIÓN DEL PRESENTE CONTRATO. Este contrato de servicios termina por el "
        "cumplimiento de su objeto, por mutuo acuerdo o por incumplimiento de cualquiera de las "
        "partes."
    )
    C(
        "DÉCIMA – DATOS PERSONALES. EL BENEFICIARIO autoriza el tratamiento de sus datos "
        "personales conforme a la Ley 1581 de 2012 y a la política de tratamiento de LA AGENCIA."
    )
    C(
        "UNDÉCIMA – DOMICILIO. Para todos los efectos legales las partes fijan como domicilio "
        "contractual la ciudad de Medellín."
    )
    C(
        "Para constancia se firma en Medellín, a los veinte (20) días del mes de enero de 2027, "
        "en dos (2) ejemplares del mismo tenor."
    )
    p.signatures(
        [
            ("LA AGENCIA", "María Clemencia Zapata Arango", "Representante legal"),
            ("EL BENEFICIARIO", "Yeison Andrés Montoya Restrepo", "C.C. 1.036.654.209"),
        ],
        cols=2,
        gap=20,
        box="Huella índice derecho",
    )

    blocks = [
        ("line", "RESTAURACIÓN MARINA BAIXA, S.L.", 15, {"bold": True, "align": "C", "after": 0.1}),
        (
            "line",
            "Avda. del Mediterráneo, 214, 03503 Benidorm (Alicante) · CIF B54219077",
            9,
            {"align": "C", "after": 0.2},
        ),
        ("rule", "", 14, {}),
        ("line", "Anexo 1", 9.5, {"align": "R", "after": 0.2}),
        ("line", "OFERTA DE EMPLEO", 13, {"bold": True, "align": "C", "after": 0.6}),
        ("line", "Benidorm, 8 de enero de 2027", 10.5, {"align": "R"}),
        ("line", "A la atención de D. Yeison Andrés Montoya Restrepo", 10.5, {}),
        (
            "line",
            "Restauración Marina Baixa, S.L. le ofrece un puesto de ayudante de cocina en su "
            "restaurante Mar de Bancal, situado en Avda. del Mediterráneo, 214, Benidorm "
            "(Alicante), en las siguientes condiciones:",
            10.5,
            {},
        ),
        (
            "line",
            "Funciones: preparación de verduras, pescados y carnes, limpieza de cámaras y "
            "utensilios, y apoyo al cocinero en el emplatado.",
            10.5,
            {"indent": 6},
        ),
        ("line", "Duración: del 1 de mayo al 31 de octubre de 2027.", 10.5, {"indent": 6}),
        (
            "line",
            "Jornada: según el cuadrante semanal que publique la jefatura de cocina.",
            10.5,
            {"indent": 6},
        ),
        (
            "line",
            "Salario: 1.412,50 euros brutos mensuales, con las pagas extraordinarias prorrateadas.",
            10.5,
            {"indent": 6},
        ),
        ("line", "Pago: mensual, por transferencia bancaria.", 10.5, {"indent": 6}),
        (
            "line",
            "Descuentos: únicamente cotizaciones a la Seguridad Social y retención del IRPF.",
            10.5,
            {"indent": 6},
        ),
        (
            "line",
            "Alojamiento: habitación compartida en piso de la empresa, sin coste durante toda "
            "la temporada.",
            10.5,
            {"indent": 6},
        ),
        (
            "line",
            "Viaje: la empresa abona el billete de avión de ida y vuelta desde Colombia.",
            10.5,
            {"indent": 6},
        ),
        (
            "line",
            "Extinción: al término pactado o por las causas del artículo 49 del Estatuto de "
            "los Trabajadores; las faltas de asistencia injustificadas pueden dar lugar a "
            "despido disciplinario.",
            10.5,
            {"indent": 6},
        ),
        (
            "line",
            "La empresa no ha autorizado a ninguna agencia a cobrar cantidad alguna a los "
            "candidatos.",
            10.5,
            {},
        ),
        ("space", "", 30, {}),
        ("sig", "Fdo.: Inmaculada Pastor Llorca, Gerente", 10.5, {"indent": 2}),
        ("stamp", "", 1, {}),
    ]
    img, scan_src = render_scan(blocks, seed=9090)
    add_scanned_page(p, img)

    spec = Spec(
        "cg09.pdf",
        "generic",
        "es",
        3,
        "agency_contract",
        "Letter; Colombian service contract with agency header band; fee in a footnote; "
        "signature with fingerprint box; p.3 is an image-only photocopy of the employer's offer "
        "(slight rotation, blur, speckles, stamp)",
        fees=[
            F("recruitment_fee", 1, 3500000.0, "COP", Q_FEE),
            F("visa_cost", 1, None, None, Q_VISA),
            F("insurance_cost", 1, 1280000.0, "COP", Q_INS),
            F("training_cost", 1, 420000.0, "COP", Q_TRAIN),
        ],
        present={
            "employer_identity": "Restauración Marina Baixa, S.L. le ofrece",
            "worker_identity": "YEISON ANDRÉS MONTOYA RESTREPO",
            "job_duties": "Funciones: preparación de verduras",
            "work_location": "restaurante Mar de Bancal, situado en Avda. del Mediterráneo, 214",
            "employment_period": "Duración: del 1 de mayo al 31 de octubre de 2027.",
            "wage_rate": "Salario: 1.412,50 euros brutos mensuales",
            "pay_frequency": "Pago: mensual",
            "deductions": "Descuentos: únicamente cotizaciones",
            "return_transportation": "el de regreso al finalizar la temporada los asume la empresa",
            "termination": "las faltas de asistencia injustificadas pueden dar lugar",
        },
        expect_missing=["hours_of_work"],
        recruiters=[REC],
        traps=[
            "'no constituyen pago por el empleo, el cual es gratuito' false negation after the fee",
            "'se cancelará' is Colombian for 'will be paid', not 'cancelled'",
            "partial refund if visa denied does not cure the fee",
            "flights both ways paid by the employer",
            "agency-contract 'TERMINACIÓN' clause is about the service contract, not employment",
            "scanned offer states the employer authorised no agency to charge candidates",
            "'Jornada: según el cuadrante semanal' has no concrete hours (hours missing)",
            "most job terms exist only on the image-only page 3",
        ],
        scanned_pages={3: scan_src},
    )
    return p, spec


# ======================================================================================
# cg10  generic / es / Chiapas coffee finca hiring sheet (checkboxes) + typed-out receipts
# ======================================================================================
def cg10():
    REC = "Efraín Bautista Chilel"
    Q_TRAVEL = (
        "El flete del camión de Malacatán a la finca, Q150 por persona, lo adelanta el "
        "contratista y se descuenta de la primera raya."
    )
    Q_MEAL = (
        "La tortilla, el frijol y el café de cada tiempo se cobran a 40 pesos diarios, que "
        "se descuentan el sábado."
    )
    Q_MOVE = "Nadie sale de la finca entre semana sin un papelito firmado por el caporal."
    Q_HOLD = (
        "De cada raya se aparta una tercera parte, que se entrega junta al terminar la "
        "corta, para que la gente no se vaya a media cosecha."
    )
    BLUE = (20, 45, 140)

    p = Doc("Letter", margins=(18, 14, 18), bottom=14, fam="cond")
    p.add_page()
    p.set_line_width(0.6)
    p.rect(p.l_margin - 2, 12, p.w - p.l_margin - p.r_margin + 4, 24)
    p.set_y(14)
    p.heading(
        "AGROPECUARIA SANTA EULALIA LA ALTA, S.P.R. DE R.L.", 13, align="C", before=0, after=0.3
    )
    p.para(
        "Finca Santa Eulalia la Alta · Carretera Tapachula–Cacahoatán km 14.5, Cacahoatán, "
        "Chiapas, C.P. 30890",
        8.6,
        align="C",
        after=0.3,
    )
    p.heading(
        "HOJA DE CONTRATACIÓN DE CORTADORES — COSECHA DE CAFÉ 2026-2027",
        10.5,
        align="C",
        before=0,
        after=0,
    )
    p.set_y(40)

    def field(label, value, lw=52, size=9.6):
        p.kv(label, value, size=size, lw=lw, vstyle="I", vrgb=BLUE, after=1.8)
        p.set_draw_color(170, 170, 170)
        p.set_line_width(0.15)
        p.line(p.l_margin + lw, p.get_y() - 1.6, p.w - p.r_margin, p.get_y() - 1.6)
        p.set_draw_color(0, 0, 0)

    field("Nombre del trabajador:", "Baltazar Orozco Fuentes")
    field("Lugar de origen:", "Aldea San José Ixtal, Malacatán, San Marcos, Guatemala")
    field("DPI:", "2471 30518 1215")
    field(
        "Documento migratorio:",
        checkbox(1)
        + " TVTF (Visitante Trabajador Fronterizo)   "
        + checkbox(0)
        + " Pase local   "
        + checkbox(0)
        + " Otro",
    )
    field("Contratista (enganchador):", REC + " — Malacatán, San Marcos")
    field(
        "Trabajo:",
        checkbox(1)
        + " Corte de café cereza   "
        + checkbox(0)
        + " Limpia   "
        + checkbox(0)
        + " Beneficio húmedo   "
        + checkbox(0)
        + " Otro",
    )
    field("Labores:", "corte de café cereza maduro, acarreo de los costales al recibidero y pesada")
    field("Fecha de entrada:", "3 de noviembre de 2026")
    field("Fecha de salida:", "hasta que se acabe la corta")
    field("Horario:", "de 6:00 a 15:00 horas, de lunes a sábado")
    field(
        "Pago:",
        checkbox(1) + " Por kilo   " + checkbox(0) + " Por día   —   $3.80 (tres pesos "
        "80/100 M.N.) por kilo de café cereza",
    )
    field(
        "Día de raya:", checkbox(1) + " Sábado (cada semana)   " + checkbox(0) + " Cada quince días"
    )
    field(
        "Descuentos:",
        checkbox(1)
        + " Comida   "
        + checkbox(1)
        + " Flete   "
        + checkbox(0)
        + " Herramienta   "
        + checkbox(0)
        + " Otro",
    )
    field("Vivienda:", "galera de la finca, con tapesco y agua entubada (sin cobro)")
    p.ln(2)
    p.heading("CONDICIONES (se leen en voz alta al trabajador)", 10.2, before=0, after=1.5)

    def R(n, t):
        return p.para(n + " " + t, 9.7, lh=4.6, after=1.5)

    R("1.", Q_TRAVEL)
    R("2.", Q_MEAL)
    R("3.", Q_MOVE)
    R("4.", Q_HOLD)
    R("5.", "La finca da sin costo el canasto, el costal y la pita para cortar.")
    R("6.", "El contratista no le cobra nada por traerlo; su pago lo hace la finca.")
    R("7.", "Cada trabajador guarda su TVTF y su DPI.")
    p.ln(1)
    p.signatures(
        [
            ("Firma o huella del trabajador", "Baltazar Orozco Fuentes", ""),
            ("Por la finca", "Arnulfo Gómez Pérez", "Caporal"),
            ("Contratista", REC, ""),
        ],
        cols=3,
        size=8.2,
        gap=13,
    )

    p.add_page()
    p.heading(
        "VALES Y RECIBOS DEL TRABAJADOR BALTAZAR OROZCO FUENTES", 11, align="C", before=0, after=0.5
    )
    p.para(
        "Transcripción a máquina de hojas escritas a mano, hecha por el Centro de Apoyo al "
        "Trabajador Fronterizo, Tapachula. Los originales quedan en poder del trabajador. Se "
        "respeta la ortografía original.",
        8.4,
        style="I",
        align="C",
        after=4,
    )

    def receipt(title, lines, foot):
        top = p.get_y()
        p.set_x(p.l_margin + 4)
        p.font("cond", "B", 9.6)
        p.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        for ln in lines:
            p.para(
                ln,
                9.8,
                fam="sans",
                style="I",
                align="L",
                lh=4.9,
                indent=6,
                after=0.6,
                rgb=BLUE,
                w=p.w - p.l_margin - p.r_margin - 12,
                keep=False,
            )
        p.para(foot, 8.4, align="R", after=0, w=p.w - p.l_margin - p.r_margin - 6, keep=False)
        p.ln(2)
        p.set_line_width(0.3)
        p.set_dash_pattern(dash=1.2, gap=1)
        p.rect(p.l_margin, top - 1, p.w - p.l_margin - p.r_margin, p.get_y() - top + 1)
        p.set_dash_pattern()
        p.ln(4)

    receipt(
        "Vale 1",
        [
            "Bueno por Q150.00",
            "Recibi del contratista Efrain Bautista el pasaje en camion de Malacatan "
            "a la finca Santa Eulalia para Baltazar Orozco, que se rebaja de la "
            "primera raya.",
            "Malacatan, 2 de nobiembre de 2026",
        ],
        "[firma ilegible] E. Bautista   ·   [huella del trabajador]",
    )
    receipt(
        "Recibo de raya",
        [
            "Raya del sabado 7 de nobiembre de 2026",
            "Kilos cortados en la semana: 318. A $3.80 el kilo: $1,208.40",
            "Menos comida (6 dias a $40): $240.00",
            "Menos flete (Q150 al cambio): $345.00",
            "Apartado (una tercera parte): $402.80",
            "Le toca: $220.60",
        ],
        "[firma del caporal A. Gómez]   ·   [huella del trabajador]",
    )
    receipt(
        "Constancia",
        [
            "Recibi de la finca un canasto, un costal y una pita prestados sin "
            "costo, que debuelvo al terminar."
        ],
        "[huella del trabajador]",
    )
    receipt(
        "Papelito de salida",
        ["Se da permiso a Baltazar Orozco para ir a Cacahoatan el domingo 8 de 7 a 17 oras."],
        "Caporal A. Gómez",
    )

    spec = Spec(
        "cg10.pdf",
        "generic",
        "es",
        2,
        "hiring_sheet_and_receipts",
        "Letter; boxed letterhead; fill-in form with checkboxes and handwritten-style blue "
        "italic values on ruled lines; numbered conditions; p.2 typed-out handwritten receipts "
        "in dashed boxes",
        fees=[
            F("travel_cost", 1, 150.0, "GTQ", Q_TRAVEL),
            F("meal_charge", 1, 40.0, "MXN", Q_MEAL),
            F("movement_restriction", 1, None, None, Q_MOVE),
            F("wage_withholding", 1, None, None, Q_HOLD),
        ],
        present={
            "employer_identity": "AGROPECUARIA SANTA EULALIA LA ALTA, S.P.R. DE R.L.",
            "worker_identity": "Baltazar Orozco Fuentes",
            "job_duties": "corte de café cereza maduro, acarreo de los costales",
            "work_location": "Carretera Tapachula–Cacahoatán km 14.5, Cacahoatán",
            "hours_of_work": "de 6:00 a 15:00 horas, de lunes a sábado",
            "wage_rate": "$3.80 (tres pesos",
            "pay_frequency": "Sábado (cada semana)",
            "deductions": "Comida ☒ Flete",
        },
        expect_missing=["employment_period", "return_transportation", "termination"],
        recruiters=[REC],
        traps=[
            "'café' in the meal clause and the coffee harvest are not fees",
            "tools (canasto, costal, pita) lent free",
            "'El contratista no le cobra nada por traerlo' (true negation; the fare advance is "
            "still a travel cost)",
            "worker keeps TVTF and DPI",
            "free bunkhouse (sin cobro)",
            "pay slip repeats the same deductions (no new categories)",
            "'Fecha de salida: hasta que se acabe la corta' has no end date (period missing)",
            "amounts in two currencies (Q and pesos) and in words",
        ],
    )
    return p, spec


# ======================================================================================
# cg11  generic / en / Canadian consultant's placement agreement (Mexico -> Ontario)
# ======================================================================================
def cg11():
    REC1 = "Norte Talent Bridge Consulting Inc."
    REC2 = "Colocaciones del Bajío, S.A. de C.V."
    Q_FEE = (
        "The Worker shall pay the Consultant a file administration fee of MXN 18,500, "
        "payable by bank transfer to the Local Partner before the work permit application "
        "is submitted."
    )
    Q_PEN = (
        "Should the Worker leave the Employer before the end date for any reason other than "
        "dismissal, the Worker agrees to pay the Consultant liquidated damages of CAD 2,000 "
        "to cover the cost of recruiting a replacement."
    )
    Q_HOUSE = (
        "Accommodation in the Employer's bunkhouse at 2251 County Road 20 West is charged "
        "at CAD 30 per week and deducted from each pay."
    )

    def ftr(p):
        p.set_y(-13)
        p.font("serif", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            "NTB-27-0064 · Worker Services and Placement Agreement · %d/{nb}" % p.page,
            align="C",
        )
        p.set_text_color(0, 0, 0)

    p = Doc("Letter", margins=(25, 18, 25), bottom=18, fam="serif", footer=ftr)
    p.add_page()
    p.font("serif", "B", 16)
    p.set_text_color(20, 60, 110)
    p.cell(0, 8, "Norte Talent Bridge", new_x="LMARGIN", new_y="NEXT")
    p.font("serif", "", 8.5)
    p.set_text_color(90, 90, 90)
    p.cell(
        0,
        4,
        "5100 Orbitor Drive, Suite 410 · Mississauga, Ontario L4W 4Z4 · Regulated "
        "Canadian Immigration Consultant R712044",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    p.set_text_color(0, 0, 0)
    p.rule(2, rgb=(20, 60, 110), width=0.6)
    p.heading("WORKER SERVICES AND PLACEMENT AGREEMENT", 12.5, before=2, after=0.5)
    p.para("Agreement No. NTB-27-0064 · Mississauga, January 22, 2027", 9, style="I", after=3)

    def A(t):
        return p.para(t, 9.7, lh=4.7, after=2)

    def S(t):
        return p.heading(t, 10, before=1.5, after=0.8, rgb=(20, 60, 110))

    A(
        "This Agreement is made between " + REC1 + ", 5100 Orbitor Drive, Suite 410, "
        'Mississauga, Ontario (the "Consultant"), acting with its Mexican partner '
        + REC2
        + ', of León, Guanajuato (the "Local Partner"), and Marisol Ibarra Quintero, of Silao, '
        'Guanajuato, Mexico (the "Worker").'
    )
    S("1. The position")
    A(
        "The Consultant has matched the Worker with Lakeshore Tomato Glasshouses Inc., 2245 "
        'County Road 20 West, Kingsville, Ontario N9Y 2E6 (the "Employer"), for the position of '
        "Greenhouse Worker (NOC 85101): harvesting tomatoes and peppers, pruning, clipping and "
        "lowering vines, and packing in the grading hall, at the Employer's greenhouses at the "
        "same address."
    )
    S("2. Term")
    A("The work permit and the employment run from March 15, 2027 to December 10, 2027.")
    S("3. Hours and wages")
    A(
        "The Worker is scheduled for 45 hours per week, Monday to Saturday, usually 7:00 a.m. to "
        "3:30 p.m. on weekdays and 7:00 a.m. to 12:00 p.m. on Saturdays, and is paid CAD 17.60 "
        "per hour. Wages are paid by direct deposit "
        "into a Canadian bank account that the Employer helps the Worker open on arrival."
    )
    S("4. Consultant's fee")
    A(
        Q_FEE + " This fee covers the Consultant's file review and interview preparation only; "
        "the LMIA processing fee of CAD 1,000 is paid by the Employer and is never recovered "
        "from the Worker.¹"
    )
    S("5. Travel and permits")
    A(
        "The Employer pays the round-trip airfare between Mexico City and Toronto and the shuttle "
        "from the airport to Kingsville, and does not deduct any part of it from wages. The "
        "Employer also reimburses the CAD 155 work permit fee with the Worker's first pay."
    )
    S("6. Deductions")
    A(
        "Only the following are deducted from pay: income tax, Canada Pension Plan contributions, "
        "Employment Insurance premiums, and the accommodation charge set out in Schedule B."
    )
    S("7. Health coverage")
    A(
        "Until the Worker is eligible for OHIP, the Employer provides private health insurance at "
        "its own cost, as the program requires."
    )
    p.footnotes(
        [
            "¹ Under the LMIA rules the Employer may not recover the LMIA processing fee "
            "from the Worker in any form."
        ],
        fam="serif",
    )

    p.add_page()
    S("8. Leaving early")
    A(Q_PEN)
    S("9. Ending the employment")
    A(
        "The Employer may end the employment for just cause, such as theft or violence, after "
        "giving the Worker written reasons; otherwise either party may end it with two weeks' "
        "written notice."
    )
    S("10. Documents and complaints")
    A(
        "The Worker keeps her own passport and work permit at all times. She may contact the "
        "Consulate of Mexico in Leamington, Service Canada or a migrant worker support centre at "
        "any time, and doing so will not affect future placements."
    )
    S("Schedule B — Costs and who pays them")
    rows = [
        ["Item", "Amount", "Paid by", "Taken from wages?"],
        ["LMIA processing fee", "CAD 1,000", "Employer", "No"],
        ["Work permit fee", "CAD 155", "Worker; repaid 1st pay", "No"],
        ["Round-trip airfare MEX–YYZ", "about CAD 850", "Employer", "No"],
        ["Private health insurance, 3 months", "CAD 240", "Employer", "No"],
        ["Consultant file administration fee", "MXN 18,500", "Worker", "Paid before departure"],
        ["Accommodation", "CAD 30 per week", "Worker", "Yes, each pay"],
    ]
    p.grid(rows, (58, 31, 37, 39.9), size=8.4, fam="serif", head_fill=(218, 228, 240), lh=4.4)
    A(Q_HOUSE + " Utilities and bedding are included.")
    p.ln(2)
    p.signatures(
        [
            ("For the Consultant", "Priya Raman-Castillo, RCIC", "R712044"),
            ("For the Local Partner", "Lic. Omar Zúñiga Ledesma", REC2),
            ("Worker", "Marisol Ibarra Quintero", ""),
            ("Witness", "Gerardo Lomelí Soto", ""),
        ],
        cols=2,
        fam="serif",
        gap=15,
    )

    spec = Spec(
        "cg11.pdf",
        "generic",
        "en",
        2,
        "agency_agreement",
        "Letter; consultant letterhead with rule; numbered sections; footnote; Schedule B cost "
        "grid with who-pays and from-wages columns; four-party signature block",
        fees=[
            F("recruitment_fee", 1, 18500.0, "MXN", Q_FEE),
            F("breach_penalty", 2, 2000.0, "CAD", Q_PEN),
            F("housing_charge", 2, 30.0, "CAD", Q_HOUSE),
        ],
        present={
            "employer_identity": "Lakeshore Tomato Glasshouses Inc., 2245 County Road 20 West",
            "worker_identity": "Marisol Ibarra Quintero",
            "job_duties": "Greenhouse Worker (NOC 85101): harvesting tomatoes",
            "work_location": "at the Employer's greenhouses at the same address",
            "employment_period": "from March 15, 2027 to December 10, 2027",
            "hours_of_work": "45 hours per week, Monday to Saturday",
            "wage_rate": "CAD 17.60 per hour",
            "deductions": "Only the following are deducted from pay",
            "return_transportation": "The Employer pays the round-trip airfare",
            "termination": "The Employer may end the employment for just cause",
        },
        expect_missing=["pay_frequency"],
        recruiters=[REC1, REC2],
        traps=[
            "LMIA fee paid by the employer and never recovered (amount CAD 1,000 stated)",
            "work permit fee reimbursed with the first pay",
            "round-trip airfare paid by the employer",
            "employer-paid private health insurance (not insurance_cost)",
            "statutory CPP / EI / income tax deductions",
            "'direct deposit' and 'deducted from each pay' give no pay frequency (pay_frequency missing)",
            "worker keeps passport; complaints do not affect future placements",
            "'two weeks' written notice' is a lawful termination term, not a penalty",
        ],
    )
    return p, spec


# ======================================================================================
# cg12  generic / es / Chilean "por obra o faena" contract for a Peruvian grape worker
#       (no fees; end date and return travel missing)
# ======================================================================================
def cg12():
    REC = "Agencia de Empleos Frontera Sur E.I.R.L."

    def ftr(p):
        p.set_y(-12)
        p.font("sans", "", 7)
        p.cell(
            0,
            4,
            "Agrícola Valle de Cachapoal SpA · Contrato N° 2026-1187 · %d/{nb}" % p.page,
            align="L",
        )
        p.set_y(-12)
        p.cell(0, 4, "Firma trabajador: __________", align="R")

    p = Doc("Letter", margins=(20, 16, 20), bottom=16, fam="sans", footer=ftr)
    p.add_page()
    p.heading("CONTRATO DE TRABAJO POR OBRA O FAENA", 13, align="C", before=0, after=0.3)
    p.para(
        "Trabajador/a extranjero/a — temporada agrícola 2026-2027", 9, style="I", align="C", after=3
    )
    p.heading("FICHA DEL TRABAJADOR", 9.5, before=0, after=1, fill=(225, 225, 225))
    rows = [
        ["Campo", "Marque o complete"],
        ["Nacionalidad", "peruana"],
        [
            "Permiso migratorio",
            checkbox(1)
            + " Residencia temporal con permiso de trabajo   "
            + checkbox(0)
            + " Permanencia transitoria",
        ],
        [
            "Estado civil",
            checkbox(0)
            + " Soltero   "
            + checkbox(1)
            + " Casado   "
            + checkbox(0)
            + " Conviviente civil",
        ],
        [
            "Previsión",
            checkbox(1)
            + " AFP (afiliado)   "
            + checkbox(0)
            + " IPS   "
            + checkbox(0)
            + " No cotiza",
        ],
        ["Salud", checkbox(1) + " FONASA   " + checkbox(0) + " ISAPRE"],
        ["Cargas familiares", "2"],
        [
            "Forma de pago",
            checkbox(1)
            + " Depósito en cuenta vista   "
            + checkbox(0)
            + " Efectivo   "
            + checkbox(0)
            + " Cheque",
        ],
    ]
    p.grid(rows, (42, 133.9), size=8.5, head_fill=(240, 240, 240), lh=4.6)

    def C(t):
        return p.para(t, 9.3, lh=4.45, after=1.8)

    C(
        "En Requínoa, a 28 de diciembre de 2026, entre AGRÍCOLA VALLE DE CACHAPOAL SpA, RUT "
        "76.918.442-3, representada por don Patricio Andrés Lillo Cárcamo, cédula nacional de "
        "identidad N° 12.884.301-5, ambos domiciliados en Parcela 14, Camino Los Lirios s/n, comuna "
        "de Requínoa, Región del Libertador General Bernardo O'Higgins, en adelante «el "
        "empleador», y don WILBER HUAMÁN QUISPE, de nacionalidad peruana, nacido el 14 de mayo de "
        "1993, cédula de identidad para extranjeros N° 27.551.904-K, domiciliado en Pasaje Las "
        "Acacias 118, Rancagua, en adelante «el trabajador», se ha convenido el siguiente "
        "contrato de trabajo:"
    )
    C(
        "PRIMERO: El trabajador se compromete a ejecutar las labores de temporero en la cosecha "
        "de uva de mesa: corte de racimos, arreglo y limpieza de racimos en el parrón y embalaje "
        "en el packing, y toda otra labor similar que le encomiende el jefe de cuadrilla."
    )
    C(
        "SEGUNDO: Los servicios se prestarán en el Fundo Los Lirios y en el packing de la "
        "empresa, ubicados en Camino Los Lirios s/n, comuna de Requínoa."
    )
    C(
        "TERCERO: La jornada ordinaria será de 42 horas semanales¹, distribuidas de lunes a "
        "viernes de 8:00 a 16:00 horas y los sábados de 8:00 a 12:30 horas, con 30 minutos "
        "diarios de colación no imputables a la jornada de lunes a viernes. La colación se "
        "entrega sin costo para el trabajador."
    )
    C(
        "CUARTO: El empleador pagará al trabajador un sueldo base mensual de $560.000 "
        "(quinientos sesenta mil pesos), más un bono de producción de $180 por caja embalada "
        "sobre la meta diaria de 60 cajas. La remuneración se pagará mensualmente, el último día "
        "hábil de cada mes, mediante depósito en la cuenta vista del trabajador. El día 15 de cada "
        "mes se pagará, si el trabajador lo pide, un anticipo de hasta el 40 % de la remuneración "
        "ya devengada, que se imputa a la liquidación de ese mes."
    )
    p.footnotes(
        [
            "¹ Jornada ajustada a la Ley N° 21.561, que reduce gradualmente la jornada "
            "ordinaria máxima a 40 horas semanales."
        ]
    )

    p.add_page()
    C(
        "QUINTO: De la remuneración se descontarán únicamente las cotizaciones previsionales y de "
        "salud obligatorias (AFP, 7 % de salud a FONASA y seguro de cesantía), el impuesto que "
        "corresponda y el anticipo indicado en la cláusula anterior."
    )
    C(
        "SEXTO: El empleador entregará sin costo la ropa de trabajo, las tijeras de cosecha, los "
        "guantes y los elementos de protección personal; el trabajador no responderá por su "
        "desgaste normal."
    )
    C(
        "SÉPTIMO: El empleador dispondrá de un bus gratuito desde el terminal de buses de "
        "Rancagua hasta el fundo, de ida y vuelta, cada día de trabajo."
    )
    C(
        "OCTAVO: El presente contrato es por obra o faena y durará hasta el término de la cosecha "
        "y embalaje de uva de mesa de la temporada 2026-2027 en el Fundo Los Lirios. El trabajador "
        "ingresó a prestar servicios el 5 de enero de 2027."
    )
    C(
        "NOVENO: El contrato terminará por la conclusión de la faena o por las causales de los "
        "artículos 159 y 160 del Código del Trabajo, entre ellas la no concurrencia del trabajador "
        "a sus labores sin causa justificada durante dos días seguidos."
    )
    C(
        "DÉCIMO: El trabajador conserva en su poder su pasaporte y su cédula de identidad para "
        "extranjeros."
    )
    C(
        "UNDÉCIMO: El trabajador fue seleccionado en Tacna por " + REC + ", cuyos servicios "
        "fueron pagados íntegramente por el empleador; ni la agencia ni el empleador le han "
        "cobrado suma alguna por su contratación ni por la tramitación de su permiso de "
        "residencia."
    )
    C(
        "DUODÉCIMO: El presente contrato se firma en tres ejemplares, quedando uno en poder del "
        "trabajador, quien declara haberlo recibido y haber sido informado de su contenido."
    )
    p.signatures(
        [
            ("EMPLEADOR", "p.p. Agrícola Valle de Cachapoal SpA", "Patricio Andrés Lillo Cárcamo"),
            ("TRABAJADOR", "Wilber Huamán Quispe", "C.I. extranjeros 27.551.904-K"),
        ],
        cols=2,
        gap=20,
        box="Huella dactilar",
    )

    spec = Spec(
        "cg12.pdf",
        "generic",
        "es",
        2,
        "work_contract",
        "Letter; Chilean ORDINAL clauses (PRIMERO...); gridded worker record with checkboxes; "
        "footnote; footer with worker signature line; fingerprint box",
        fees=[],
        present={
            "employer_identity": "Parcela 14, Camino Los Lirios s/n",
            "worker_identity": "WILBER HUAMÁN QUISPE",
            "job_duties": "labores de temporero en la cosecha de uva de mesa",
            "work_location": "Fundo Los Lirios y en el packing de la empresa",
            "hours_of_work": "42 horas semanales",
            "wage_rate": "sueldo base mensual de $560.000",
            "pay_frequency": "La remuneración se pagará mensualmente",
            "deductions": "se descontarán únicamente las cotizaciones previsionales",
            "termination": "la no concurrencia del trabajador",
        },
        expect_missing=["employment_period", "return_transportation"],
        recruiters=[REC],
        traps=[
            "obra-o-faena contract: start date only, ends 'al término de la cosecha' (period missing)",
            "statutory AFP / 7% health / unemployment insurance contributions (not insurance_cost)",
            "advance of wages already earned, netted in the same month (not a loan / debt bondage)",
            "free lunch (colación sin costo)",
            "work clothes, shears and PPE free; no charge for normal wear",
            "free daily bus from Rancagua",
            "worker keeps passport and ID",
            "agency paid by the employer; nobody charged for hiring or the residence permit",
        ],
    )
    return p, spec


# ======================================================================================
# build, self-check, compare
# ======================================================================================
BUILDERS = [cg01, cg02, cg03, cg04, cg05, cg06, cg07, cg08, cg09, cg10, cg11, cg12]


def _fb(s):
    """Apply the core-font fallback to a string (used only when DejaVu is missing)."""
    if HAVE_DEJAVU:
        return s
    return s.translate(FALLBACK).encode("latin-1", "replace").decode("latin-1")


class PageText:
    """Full-page text, plus left/right half crops computed only when needed (columns)."""

    def __init__(self, page=None, source=None):
        self.page = page
        self.full = norm(source if source is not None else (page.extract_text() or ""))
        self._halves = None if page is not None else []

    def has(self, needle):
        if needle in self.full:
            return True
        if self._halves is None:
            w, h = self.page.width, self.page.height
            self._halves = [
                norm(self.page.crop(b).extract_text() or "")
                for b in ((0, 0, w / 2, h), (w / 2, 0, w, h))
            ]
        return any(needle in t for t in self._halves)


def verify(out_dir, specs):
    errors = []
    for spec in specs:
        path = os.path.join(out_dir, spec.file)
        lab = spec.label()
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != spec.pages:
                errors.append(
                    "%s: %d pages, label says %d" % (spec.file, len(pdf.pages), spec.pages)
                )
                continue
            texts = []
            for pno, pg in enumerate(pdf.pages, 1):
                if pno in spec.scanned_pages:
                    if pg.chars or (pg.extract_text() or "").strip():
                        errors.append("%s p%d: scanned page has a text layer" % (spec.file, pno))
                    if not pg.images:
                        errors.append("%s p%d: scanned page has no image" % (spec.file, pno))
                    texts.append(PageText(source=spec.scanned_pages[pno]))
                else:
                    if not pg.chars:
                        errors.append("%s p%d: page has no text" % (spec.file, pno))
                    texts.append(PageText(pg))

            def anywhere(s, texts=texts):
                return any(t.has(s) for t in texts)

            # fees
            for f in lab["fees"]:
                if f["category"] not in CATEGORIES:
                    errors.append("%s: unknown category %s" % (spec.file, f["category"]))
                if f["page"] in spec.scanned_pages:
                    errors.append("%s: fee on the scanned page %d" % (spec.file, f["page"]))
                q = norm(_fb(f["quote"]))
                if not 1 <= f["page"] <= spec.pages or not texts[f["page"] - 1].has(q):
                    where = [i + 1 for i, t in enumerate(texts) if t.has(q)]
                    errors.append(
                        "%s: quote not on p%d (found on %s): %s"
                        % (spec.file, f["page"], where, f["quote"][:70])
                    )
                if (f["amount"] is None) != (f["currency"] is None):
                    errors.append("%s: amount/currency mismatch in %s" % (spec.file, f["category"]))
                if f["quote"] != f["quote"].encode("latin-1", "ignore").decode("latin-1"):
                    errors.append("%s: quote is not latin-1: %s" % (spec.file, f["quote"][:50]))
            for name in lab["recruiters"]:
                if not anywhere(norm(_fb(name))):
                    errors.append("%s: recruiter not in text: %s" % (spec.file, name))
            for term, ev in spec.present.items():
                if term not in TERM_ORDER:
                    errors.append("%s: unknown term %s" % (spec.file, term))
                if not anywhere(norm(_fb(ev))):
                    errors.append("%s: evidence for %s not in text: %s" % (spec.file, term, ev))
        if lab["missing_terms"] != [t for t in REQUIRED[spec.program] if t in spec.expect_missing]:
            errors.append(
                "%s: computed missing %s != expected %s"
                % (spec.file, lab["missing_terms"], spec.expect_missing)
            )
        if set(spec.expect_missing) - set(REQUIRED[spec.program]):
            errors.append(
                "%s: expected-missing terms not required for %s: %s"
                % (spec.file, spec.program, set(spec.expect_missing) - set(REQUIRED[spec.program]))
            )
    return errors


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    update = "--update-labels" in argv
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    specs = []
    for fn in BUILDERS:
        pdf, spec = fn()
        pdf.output(os.path.join(out_dir, spec.file))
        specs.append(spec)
    labels = [s.label() for s in specs]
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)

    errors = verify(out_dir, specs)
    scanned = [s.file for s in specs if s.scanned_pages]
    if len(scanned) != 1:
        errors.append("exactly one document must have a scanned page, got %s" % scanned)

    committed = os.path.join(HERE, "labels.json")
    if os.path.exists(committed) and not update:
        with open(committed, encoding="utf-8") as fh:
            old = json.load(fh)
        if old != labels:
            olds = {d["file"]: d for d in old}
            for d in labels:
                if olds.get(d["file"]) != d:
                    errors.append("labels differ from committed labels.json for %s" % d["file"])
            if len(old) != len(labels):
                errors.append(
                    "committed labels.json has %d documents, build has %d" % (len(old), len(labels))
                )
    elif not errors and (
        os.path.abspath(committed) != os.path.abspath(os.path.join(out_dir, "labels.json"))
    ):
        with open(committed, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote", committed)

    n_fees = sum(len(d["fees"]) for d in labels)
    n_miss = sum(len(d["missing_terms"]) for d in labels)
    for d in labels:
        print(
            "%-9s %-7s %-5s pages=%d fees=%d missing=%d%s"
            % (
                d["file"],
                d["program"],
                d["language"],
                d["pages"],
                len(d["fees"]),
                len(d["missing_terms"]),
                " scanned" if d["scanned"] else "",
            )
        )
    print(
        "documents: %d, fee findings: %d, missing-term labels: %d" % (len(labels), n_fees, n_miss)
    )
    if errors:
        for e in errors:
            print("ERROR:", e)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
