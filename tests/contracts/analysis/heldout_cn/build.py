#!/usr/bin/env python3
"""heldout_cn: blind held-out batch of 12 recruitment documents (Spanish-heavy).

Usage:
    python build.py OUT_DIR [--write-labels]

Writes cn01.pdf ... cn12.pdf and labels.json into OUT_DIR (deterministic: fixed
creation date, fixed seeds), reopens every PDF with pdfplumber and checks page counts,
fee quotes on their labelled page, recruiter names, term evidence, the image-only
scanned page and the batch mix; then compares the generated labels with the committed
labels.json next to this file (exit 1 on any failure or difference).
--write-labels rewrites the committed labels.json first.

Every firm, agency, person, address, phone and account number below is invented.
Needs: fpdf2, pdfplumber, Pillow, numpy; DejaVu fonts.
"""

import datetime
import io
import json
import math
import os
import re
import sys
import time
import unicodedata

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
COMMITTED = os.path.join(HERE, "labels.json")
TAXONOMY = os.path.normpath(os.path.join(HERE, "../../../../../shared/domain/taxonomy.md"))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime.datetime(2026, 2, 2, 10, 30, 0, tzinfo=datetime.UTC)

# ---------------------------------------------------------------------------
# Taxonomy (copied from shared/domain/taxonomy.md; cross-checked when present)
# ---------------------------------------------------------------------------
TERMS = [
    ("employer_identity", "RRR"),
    ("worker_identity", "..R"),
    ("job_duties", "RRR"),
    ("work_location", "RRR"),
    ("employment_period", "RRR"),
    ("hours_of_work", "RRR"),
    ("wage_rate", "RRR"),
    ("wage_adjustment", "RR."),
    ("overtime", ".R."),
    ("pay_frequency", "RRR"),
    ("deductions", "RRR"),
    ("three_fourths_guarantee", "RR."),
    ("housing", "R.."),
    ("meals", "R.."),
    ("inbound_transportation", "RR."),
    ("return_transportation", "RRR"),
    ("daily_transportation", "R.."),
    ("visa_reimbursement", ".R."),
    ("tools_provided", "RR."),
    ("workers_compensation", "R.."),
    ("earnings_statements", "RR."),
    ("termination", "RRR"),
    ("contract_impossibility", "RR."),
    ("job_requirements", "RR."),
]
PROGRAMS = ("h2a", "h2b", "generic")
TERM_IDS = [t for t, _ in TERMS]
REQUIRED = {p: [t for t, m in TERMS if m[i] == "R"] for i, p in enumerate(PROGRAMS)}
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
CURRENCIES = {"USD", "MXN", "GTQ", "HNL", "PEN", "EUR", "PHP", "CAD", "COP"}


def severity(cat, program, passport=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge":
        return "violation" if program == "h2a" else "review"
    if cat == "visa_cost" and passport:
        return "review" if program in ("h2a", "h2b") else "violation"
    return "violation"


def check_taxonomy():
    if not os.path.exists(TAXONOMY):
        return []
    txt = open(TAXONOMY, encoding="utf-8").read()
    errs = []
    for cat in CATEGORIES:
        if "`%s`" % cat not in txt:
            errs.append("taxonomy: category %s not found" % cat)
    for term, marks in TERMS:
        m = re.search(r"\| `%s` \|[^|]*\|([^|]*)\|([^|]*)\|([^|]*)\|" % term, txt)
        if not m:
            errs.append("taxonomy: term %s not found" % term)
            continue
        got = "".join("R" if c.strip() == "R" else "." for c in m.groups())
        if got != marks:
            errs.append("taxonomy: term %s is %s, expected %s" % (term, got, marks))
    return errs


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Rendering framework
# ---------------------------------------------------------------------------
FONTS = {
    "sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "cond": (
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}
LETTER = (612.0, 792.0)
A4 = (595.28, 841.89)
BLACK = (0, 0, 0)
GREY = (110, 110, 110)
INK = (28, 52, 140)  # ballpoint blue for handwriting


class Overflow(Exception):
    pass


class Doc:
    """One document: an fpdf2 PDF plus its label registrations."""

    def __init__(
        self, file, program, language, corridor, doc_type, layout, fmt=LETTER, margin=54, bottom=54
    ):
        self.file, self.program, self.language = file, program, language
        self.corridor, self.doc_type, self.layout = corridor, doc_type, layout
        self.W, self.H = fmt
        pdf = FPDF(unit="pt", format=fmt)
        pdf.set_creation_date(CREATED)
        pdf.set_auto_page_break(False)
        pdf.set_margins(margin, margin, margin)
        pdf.c_margin = 2
        self._fonts = set()
        self.pdf = pdf
        self.m = margin
        self.bottom = bottom
        self.x = margin
        self.cw = self.W - 2 * margin
        self.y = margin
        self.fees = []
        self.evidence = {}
        self.traps = []
        self.recruiters = []
        self.scanned_pages = []
        self.crops = {}  # page -> list of (x0, top, x1, bottom) column boxes
        self.on_page = None

    # -- pages -------------------------------------------------------------
    @property
    def pno(self):
        return self.pdf.page_no()

    def new_page(self):
        self.pdf.add_page()
        self.y = self.m
        if self.on_page:
            self.on_page(self)

    # -- registrations -----------------------------------------------------
    def F(self, cat, quote, amount=None, cur=None, group=None, passport=False, page=None):
        """A finding: quote is one sentence exactly as printed."""
        assert cat in CATEGORIES, cat
        assert (amount is None) == (cur is None), quote
        self.fees.append(
            dict(
                category=cat,
                quote=quote,
                amount=amount,
                currency=cur,
                group=group,
                passport=passport,
                page=page,
            )
        )
        return quote

    def E(self, term, evidence):
        """Evidence that a contract term is stated with a concrete value."""
        assert term in TERM_IDS, term
        assert term not in self.evidence, (self.file, term)
        self.evidence[term] = evidence
        return evidence

    def T(self, note):
        self.traps.append(note)

    def R(self, name):
        if name not in self.recruiters:
            self.recruiters.append(name)
        return name

    # -- drawing primitives --------------------------------------------------
    def font(self, fam="sans", style="", size=10):
        if (fam, style) not in self._fonts:  # load each TTF only when first used
            self._fonts.add((fam, style))
            self.pdf.add_font(fam, style, FONT_DIR + FONTS[fam][("", "B", "I", "BI").index(style)])
        self.pdf.set_font(fam, style, size)

    def color(self, rgb):
        self.pdf.set_text_color(*rgb)

    def _resolve(self, text):
        n = norm(text)
        for f in self.fees:
            if f["page"] is None and norm(f["quote"]) in n:
                f["page"] = self.pno

    def lines(self, w, text, size=10, fam="sans", style="", lh=None):
        self.font(fam, style, size)
        lh = lh or size * 1.32
        return self.pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")

    def height(self, w, text, size=10, fam="sans", style="", lh=None):
        lh = lh or size * 1.32
        return len(self.lines(w, text, size, fam, style, lh)) * lh

    def write(
        self,
        x,
        y,
        w,
        text,
        size=10,
        fam="sans",
        style="",
        color=BLACK,
        align="L",
        lh=None,
        fill=None,
        border=0,
    ):
        lh = lh or size * 1.32
        self.font(fam, style, size)
        self.color(color)
        if fill:
            self.pdf.set_fill_color(*fill)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(
            w, lh, text, border=border, align=align, fill=bool(fill), new_x="LEFT", new_y="NEXT"
        )
        end = self.pdf.get_y()
        if end > self.H - self.bottom + 0.5:
            raise Overflow("%s p%d: %r" % (self.file, self.pno, text[:60]))
        self._resolve(text)
        self.color(BLACK)
        return end

    def text_at(self, x, y, text, size=10, fam="sans", style="", color=BLACK, w=None, align="L"):
        """Single line at (x, y top)."""
        self.font(fam, style, size)
        self.color(color)
        self.pdf.set_xy(x, y)
        if w is None:
            w = self.pdf.get_string_width(text) + 2 * self.pdf.c_margin + 1
        self.pdf.cell(w, size * 1.25, text, align=align)
        self.color(BLACK)
        self._resolve(text)
        return y + size * 1.25

    def para(
        self,
        text,
        size=10,
        fam="sans",
        style="",
        color=BLACK,
        align="L",
        after=5,
        indent=0,
        lh=None,
    ):
        self.y = (
            self.write(
                self.x + indent, self.y, self.cw - indent, text, size, fam, style, color, align, lh
            )
            + after
        )
        return self.y

    def bullet(
        self, text, size=10, fam="sans", mark="•", indent=12, after=3, color=BLACK, style=""
    ):
        self.font(fam, "", size)
        self.color(color)
        self.pdf.set_xy(self.x + 2, self.y)
        self.pdf.cell(indent, size * 1.32, mark)
        return self.para(text, size, fam, style, color, after=after, indent=indent)

    def space(self, dy):
        self.y += dy

    def need(self, h):
        return self.y + h <= self.H - self.bottom

    def hline(self, x1, y, x2, width=0.6, rgb=BLACK, dash=None):
        p = self.pdf
        p.set_draw_color(*rgb)
        p.set_line_width(width)
        if dash:
            p.set_dash_pattern(dash=dash[0], gap=dash[1])
        p.line(x1, y, x2, y)
        if dash:
            p.set_dash_pattern()
        p.set_draw_color(0, 0, 0)

    def box(self, x, y, w, h, fill=None, draw=BLACK, width=0.6, r=0):
        p = self.pdf
        p.set_line_width(width)
        style = ""
        if draw:
            p.set_draw_color(*draw)
            style += "D"
        if fill:
            p.set_fill_color(*fill)
            style += "F"
        if not style:
            return
        if r:
            p.rect(x, y, w, h, style=style, round_corners=True, corner_radius=r)
        else:
            p.rect(x, y, w, h, style=style)
        p.set_draw_color(0, 0, 0)

    def checkbox(self, x, y, checked, size=8, ink=BLACK, hand=False):
        self.box(x, y, size, size, draw=BLACK, width=0.6)
        if checked:
            p = self.pdf
            p.set_draw_color(*ink)
            p.set_line_width(1.1 if hand else 0.8)
            d = 1.0 if not hand else -0.5
            p.line(x + d, y + d, x + size - d, y + size - d)
            p.line(x + d, y + size - d, x + size - d, y + d)
            p.set_draw_color(0, 0, 0)

    def table(
        self,
        x,
        y,
        widths,
        rows,
        size=9,
        fam="sans",
        header=True,
        head_fill=(225, 225, 225),
        pad=3,
        aligns=None,
        grid=True,
        fees=None,
        zebra=None,
        head_color=BLACK,
        bold_first_col=False,
        lh=None,
    ):
        """Gridded table. fees: {row_index: F-kwargs} registers the whole row as a quote."""
        lh = lh or size * 1.28
        aligns = aligns or ["L"] * len(widths)
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            style = "B" if is_head else ""
            hs = []
            for ci, cell in enumerate(row):
                st = "B" if (is_head or (bold_first_col and ci == 0)) else ""
                hs.append(self.height(widths[ci] - 2 * pad, cell, size, fam, st, lh))
            rh = max(hs) + 2 * pad
            if y + rh > self.H - self.bottom:
                raise Overflow("%s p%d table row %r" % (self.file, self.pno, row[0][:40]))
            cx = x
            for ci, cell in enumerate(row):
                fill = head_fill if is_head else (zebra if (zebra and ri % 2 == 0) else None)
                if grid or fill:
                    self.box(
                        cx, y, widths[ci], rh, fill=fill, draw=BLACK if grid else None, width=0.5
                    )
                st = "B" if (is_head or (bold_first_col and ci == 0)) else style
                self.write(
                    cx + pad,
                    y + pad,
                    widths[ci] - 2 * pad,
                    cell,
                    size,
                    fam,
                    st,
                    head_color if is_head else BLACK,
                    aligns[ci],
                    lh,
                )
                cx += widths[ci]
            if fees and ri in fees:
                kw = dict(fees[ri])
                cat = kw.pop("cat")
                for ci, cell in enumerate(row):
                    if len(self.lines(widths[ci] - 2 * pad, cell, size, fam, "", lh)) != 1:
                        raise Overflow("%s fee row cell wraps: %r" % (self.file, cell))
                self.F(cat, " ".join(row), page=self.pno, **kw)
            y += rh
        return y


# ---------------------------------------------------------------------------
# Chat rendering (WhatsApp / Messenger)
# ---------------------------------------------------------------------------
class Chat:
    def __init__(self, doc, style, header, top=None):
        self.d, self.style, self.header = doc, style, header
        self.top = top

    def start_page(self):
        d = self.d
        d.new_page()
        self.header(d)
        d.y = self.top

    def day(self, label):
        d = self.d
        if not d.need(26):
            self.start_page()
        d.font("sans", "", 7.5)
        w = d.pdf.get_string_width(label) + 16
        x = (d.W - w) / 2
        fill = (221, 238, 246) if self.style == "wa" else (255, 255, 255)
        d.box(x, d.y, w, 14, fill=fill, draw=None, r=4)
        d.text_at(x, d.y + 2, label, 7.5, color=(84, 96, 106), w=w, align="C")
        d.y += 22

    def msg(self, side, text, time_label, name=None, size=8.6):
        d = self.d
        maxw = d.W * 0.70
        pad = 6
        d.font("sans", "", size)
        lines = d.lines(maxw - 2 * pad, text, size)
        lh = size * 1.32
        tw = max(d.pdf.get_string_width(l) for l in lines) + 2 * d.pdf.c_margin + 2
        w = min(maxw, max(tw + 2 * pad, 70))
        h = len(lines) * lh + 2 * pad + 10 + (10 if name else 0)
        if not d.need(h + 6):
            self.start_page()
        if self.style == "wa":
            fill = (220, 248, 198) if side == "R" else (255, 255, 255)
            tcol = (20, 20, 20)
        else:
            fill = (0, 132, 255) if side == "R" else (228, 230, 235)
            tcol = (255, 255, 255) if side == "R" else (5, 5, 5)
        x = d.W - 14 - w if side == "R" else 14
        if self.style == "fb" and side == "L":
            d.pdf.set_fill_color(150, 160, 175)
            d.pdf.ellipse(x, d.y + h - 16, 14, 14, style="F")
            x += 18
        d.box(x, d.y, w, h, fill=fill, draw=None, r=7)
        yy = d.y + pad
        if name:
            d.text_at(x + pad, yy - 1, name, 7.5, style="B", color=(196, 90, 40))
            yy += 10
        d.write(x + pad, yy, w - 2 * pad, text, size, color=tcol, lh=lh)
        tcol2 = (
            (120, 130, 120)
            if self.style == "wa"
            else ((220, 230, 255) if side == "R" else (100, 100, 110))
        )
        mark = "  ✓✓" if (self.style == "wa" and side == "R") else ""
        d.text_at(
            x + w - pad - 60, d.y + h - 13, time_label + mark, 6.5, color=tcol2, w=60, align="R"
        )
        d.y += h + 5


# ---------------------------------------------------------------------------
# Scanned page (image only, no text layer)
# ---------------------------------------------------------------------------
def scanned_page(doc, draw_fn, seed, dpi=220, angle=0.7):
    """Render a page to a noisy, slightly rotated grayscale JPEG and embed it full page."""
    W, H = doc.W, doc.H
    px_w, px_h = int(round(W / 72.0 * dpi)), int(round(H / 72.0 * dpi))
    img = Image.new("L", (px_w, px_h), 250)
    dr = ImageDraw.Draw(img)
    k = dpi / 72.0
    fonts = {}

    def fnt(name, size):
        key = (name, size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(FONT_DIR + name, int(round(size * k)))
        return fonts[key]

    draw_fn(dr, fnt, k)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.9))
    rng = np.random.RandomState(seed)
    arr = np.asarray(img).astype(np.float32)
    arr += rng.normal(0.0, 9.0, arr.shape)
    yy = np.linspace(0, 1, px_h)[:, None]
    arr -= 10.0 * yy  # uneven scanner lighting
    speck = rng.random_sample(arr.shape) < 0.0009
    arr[speck] = rng.randint(40, 120, size=int(speck.sum()))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72, optimize=False, progressive=False)
    buf.seek(0)
    doc.pdf.add_page()
    doc.pdf.image(buf, x=0, y=0, w=W, h=H)
    doc.scanned_pages.append(doc.pno)


def flow_columns(d, items, top, size=8.8, gap=18, reserve=0, fam="serif"):
    """Two-column clause flow (heading + body), new page when both columns are full."""
    w = (d.cw - gap) / 2.0
    xs = [d.m, d.m + w + gap]
    limit = d.H - d.bottom - reserve
    col, y = 0, top
    pages = [d.pno]

    def crops():
        d.crops.setdefault(
            d.pno, [(xs[0] - 2, 0, xs[0] + w + 2, d.H), (xs[1] - 2, 0, xs[1] + w + 2, d.H)]
        )

    crops()
    for head, body in items:
        h = d.height(w, head, size, fam, "B") + d.height(w, body, size, fam) + 7
        if y + h > limit:
            col += 1
            if col == 2:
                d.new_page()
                col, y = 0, d.y
                crops()
                pages.append(d.pno)
            else:
                y = top if d.pno == pages[0] else d.y
        y = d.write(xs[col], y, w, head, size, fam, "B")
        y = d.write(xs[col], y, w, body, size, fam) + 7
    return y


# ===========================================================================
# cn01  h2a, es, Mexico (Michoacán) -> Washington. Compliant work contract.
# ===========================================================================
def cn01():
    d = Doc(
        "cn01.pdf",
        "h2a",
        "es",
        "MX (Michoacán) → US (WA)",
        "work_contract",
        "letter; green header band; parties grid; clauses in two columns (pp. 1-2); "
        "footnotes; 'who pays what' table and signature blocks on p. 3; footer page x of 3",
        fmt=LETTER,
        margin=50,
        bottom=58,
    )
    green = (30, 92, 62)

    def deco(d):
        d.box(0, 0, d.W, 46, fill=green, draw=None)
        d.text_at(
            50,
            12,
            "CONTRATO INDIVIDUAL DE TRABAJO DE TEMPORADA · PROGRAMA H-2A 2026",
            11.5,
            style="B",
            color=(255, 255, 255),
        )
        d.text_at(
            50, 28, "Orden de trabajo certificada H-300-26014-557102", 8, color=(215, 235, 222)
        )
        d.hline(50, d.H - 44, d.W - 50, 0.5, GREY)
        d.text_at(
            50,
            d.H - 40,
            "Skookum Bench Orchards LLC · Contrato H-2A 2026 · Enlace Campo Norte, S.C.",
            7,
            color=GREY,
        )
        d.text_at(d.W - 130, d.H - 40, "Página %d de 3" % d.pno, 7, color=GREY, w=80, align="R")
        d.y = 62

    d.on_page = deco
    d.R("Enlace Campo Norte, S.C.")
    d.new_page()
    d.y = (
        d.table(
            d.m,
            d.y,
            [130, d.cw - 130],
            [
                [
                    "EL EMPLEADOR",
                    d.E(
                        "employer_identity",
                        "Skookum Bench Orchards LLC, 2290 Old Monitor Road, Cashmere, WA 98815, Estados Unidos",
                    )
                    + ". Tel. +1 509 555 0148.",
                ],
                [
                    "EL TRABAJADOR",
                    "Fidencio Arreola Cuín, originario de Tangancícuaro, Michoacán, México.",
                ],
                [
                    "AGENTE DE RECLUTAMIENTO",
                    "Enlace Campo Norte, S.C., Calle Morelos Sur 211, Zamora, Michoacán; "
                    "contratado y pagado por EL EMPLEADOR.",
                ],
            ],
            size=8.5,
            header=False,
            bold_first_col=True,
            zebra=(238, 245, 240),
        )
        + 8
    )
    d.y = d.write(
        d.m,
        d.y,
        d.cw,
        "Las partes celebran el presente contrato conforme a la orden de trabajo certificada por el "
        "Departamento de Trabajo de los Estados Unidos, que forma parte de él, y a las siguientes",
        8.8,
        "serif",
    )
    d.y = d.write(d.m, d.y, d.cw, "CLÁUSULAS", 10, "serif", "B", align="C") + 4
    E = d.E
    items = [
        (
            "PRIMERA. Puesto y funciones.",
            "EL TRABAJADOR prestará sus servicios como trabajador agrícola de huerto. Sus funciones son: poda y "
            "amarre de árboles, aclareo de fruta, "
            + E("job_duties", "cosecha de manzana y pera con bolsa de cosecha y escalera")
            + ", y acomodo de bins en las hileras.",
        ),
        (
            "SEGUNDA. Lugar de trabajo.",
            "Los huertos de EL EMPLEADOR en "
            + E(
                "work_location",
                "Cashmere, Monitor y Dryden, condado de Chelan, estado de Washington",
            )
            + ". La ubicación de cada huerto aparece en la orden de trabajo.",
        ),
        (
            "TERCERA. Vigencia.",
            E("employment_period", "Del 16 de marzo de 2026 al 20 de noviembre de 2026")
            + ". Si EL TRABAJADOR "
            "llega después de la fecha de inicio, el contrato corre desde el día de su llegada.",
        ),
        (
            "CUARTA. Jornada.",
            E("hours_of_work", "40 horas por semana: de lunes a viernes, de 6:30 a 15:00 horas")
            + ", con 30 minutos "
            "para comer. En cosecha se pueden ofrecer horas adicionales los sábados; aceptarlas es voluntario.",
        ),
        (
            "QUINTA. Salario.",
            "EL EMPLEADOR pagará "
            + E("wage_rate", "USD 19.86 por hora")
            + "¹. En cosecha podrá pagar a destajo, "
            "$30.00 por bin lleno de manzana; si lo ganado a destajo en la semana es menor que lo que corresponde "
            "por hora, EL EMPLEADOR completará la diferencia.",
        ),
        (
            "SEXTA. Ajuste del salario.",
            "EL EMPLEADOR "
            + E("wage_adjustment", "pagará siempre la tarifa más alta")
            + " entre la AEWR¹, el "
            "salario prevaleciente y el salario mínimo federal o estatal. Si durante el contrato se publica una "
            "tarifa mayor, la pagará desde la fecha en que entre en vigor.",
        ),
        (
            "SÉPTIMA. Pago y comprobantes.",
            "El salario "
            + E("pay_frequency", "se paga cada semana, los jueves")
            + ", por depósito en la tarjeta de "
            "nómina o con cheque. Con cada pago EL TRABAJADOR "
            + E("earnings_statements", "recibe un comprobante que indica las horas ofrecidas")
            + ", las horas trabajadas, la tarifa, las ganancias y cada descuento.",
        ),
        (
            "OCTAVA. Descuentos.",
            E("deductions", "Solo se descontará el impuesto federal sobre la renta")
            + " cuando la ley lo exija y, si "
            "EL TRABAJADOR lo autoriza por escrito, el envío voluntario de dinero a su familia en México. No se "
            "descuentan vivienda, transporte, herramientas ni servicios del agente.",
        ),
        (
            "NOVENA. Garantía de tres cuartas partes.",
            "EL EMPLEADOR ofrecerá empleo por un número de horas igual, por lo menos, a "
            + E("three_fourths_guarantee", "las tres cuartas partes de los días de trabajo")
            + " del periodo del "
            "contrato. Si ofrece menos, pagará a EL TRABAJADOR lo que habría ganado por las horas faltantes.",
        ),
        (
            "DÉCIMA. Vivienda.",
            "EL EMPLEADOR proporciona vivienda sin costo alguno² "
            + E("housing", "en el campamento Monitor Bench, 2310 Old Monitor Road")
            + ", Cashmere, inspeccionada por el estado. No se cobra depósito por colchón, cobijas ni llaves, ni se "
            "cobran luz, agua o gas.",
        ),
        (
            "DÉCIMA PRIMERA. Alimentos.",
            "Cada casa tiene "
            + E("meals", "cocina equipada, con estufa y refrigerador")
            + ", que EL TRABAJADOR usa "
            "gratuitamente. Quien lo prefiera puede inscribirse en el comedor del campamento, que cuesta $14.50 "
            "por día, cantidad menor al máximo que publica cada año el Departamento de Trabajo; la inscripción es "
            "voluntaria y se cancela con aviso de una semana.",
        ),
        (
            "DÉCIMA SEGUNDA. Viaje de ida.",
            "EL EMPLEADOR "
            + E(
                "inbound_transportation",
                "compra directamente el boleto de autobús de Zamora, Michoacán a Cashmere",
            )
            + " y entrega a EL TRABAJADOR $16.00 diarios para alimentos durante el viaje. Lo que EL TRABAJADOR "
            "haya pagado de su bolsa se le reembolsa en la primera semana de trabajo.",
        ),
        (
            "DÉCIMA TERCERA. Viaje de regreso.",
            "Al terminar el contrato, o si es despedido antes sin causa justificada, EL EMPLEADOR "
            + E("return_transportation", "paga el transporte de regreso a Zamora")
            + " y los alimentos del camino.",
        ),
        (
            "DÉCIMA CUARTA. Transporte diario.",
            E(
                "daily_transportation",
                "El traslado diario entre la vivienda y los huertos es gratuito",
            )
            + ", en "
            "vehículos de EL EMPLEADOR con seguro vigente y choferes con licencia.",
        ),
        (
            "DÉCIMA QUINTA. Herramientas.",
            "Escaleras, bolsas de cosecha, tijeras de podar, guantes y lentes de protección "
            + E("tools_provided", "se entregan sin costo y sin depósito")
            + ".",
        ),
        (
            "DÉCIMA SEXTA. Riesgos de trabajo.",
            "Desde el primer día EL TRABAJADOR está protegido por el "
            + E(
                "workers_compensation",
                "seguro de compensación laboral del Departamento de Labor e Industrias de Washington",
            )
            + ", cuya prima paga en su totalidad EL EMPLEADOR³.",
        ),
        (
            "DÉCIMA SÉPTIMA. Requisitos.",
            E("job_requirements", "Tres meses de experiencia en poda o cosecha de fruta de árbol")
            + " y capacidad "
            "para cargar una bolsa de cosecha de hasta 50 libras.",
        ),
        (
            "DÉCIMA OCTAVA. Terminación.",
            "EL EMPLEADOR solo puede despedir por causa justificada, explicada por escrito. Si EL TRABAJADOR "
            + E("termination", "falta 5 días de trabajo consecutivos sin avisar")
            + ", se considerará que abandonó "
            "el empleo y EL EMPLEADOR lo notificará a las autoridades. Terminar antes no genera multa ni "
            "penalización alguna.",
        ),
        (
            "DÉCIMA NOVENA. Imposibilidad de cumplir.",
            "Si un incendio, una helada, granizo u otra causa de fuerza mayor "
            + E("contract_impossibility", "hace imposible continuar el trabajo")
            + " y el Departamento de Trabajo lo "
            "certifica, EL EMPLEADOR pagará la garantía de tres cuartas partes hasta esa fecha y el regreso a "
            "Zamora, o procurará ofrecerle otro empleo.",
        ),
        (
            "VIGÉSIMA. Cobros prohibidos.",
            "Nadie, ni EL EMPLEADOR ni Enlace Campo Norte, S.C. ni cualquier otra persona, puede cobrar a EL "
            "TRABAJADOR cuota de reclutamiento, inscripción, trámite o colocación, ni pedirle regalos o trabajo "
            "gratuito. Los honorarios de Enlace Campo Norte, S.C. los paga EL EMPLEADOR. La cuota consular de la "
            "visa y los derechos de cruce fronterizo los cubre EL EMPLEADOR por adelantado.",
        ),
        (
            "VIGÉSIMA PRIMERA. Documentos y libertad.",
            "EL TRABAJADOR conserva en todo momento su pasaporte, su visa y su identificación. Puede salir del "
            "campamento en su tiempo libre y recibir visitas. Presentar una queja no le quita el derecho a ser "
            "contratado en otra temporada.",
        ),
        (
            "VIGÉSIMA SEGUNDA. Idioma.",
            "Este contrato se entrega en español, idioma que EL TRABAJADOR entiende, junto con la orden de "
            "trabajo en inglés.",
        ),
    ]
    for t in [
        "optional h2a meal plan at $14.50/day, below the published cap (lawful, not a finding)",
        "rent-free housing; no deposit for bedding or keys; utilities not charged",
        "inbound bus bought by employer, $16/day travel meals given, out-of-pocket repaid in week 1",
        "voluntary remittance deduction with written authorization",
        "workers' compensation premium paid entirely by employer",
        "'no multa ni penalización' for leaving early (negated breach penalty)",
        "recruiter fees and visa/border fees paid by employer; negated recruitment fee",
        "worker keeps passport; free to leave camp; complaints do not block rehire",
        "'who pays what' cost table where every payer is the employer",
        "daily transport free; tools free, no deposit",
    ]:
        d.T(t)
    d.bottom = 58
    flow_columns(d, items, d.y, size=8.6, reserve=62)
    # footnotes at the bottom of page 2
    assert d.pno == 2, d.pno
    fy = d.H - d.bottom - 56
    d.hline(d.m, fy, d.m + 150, 0.5)
    fy += 4
    for fn in [
        "¹ AEWR: tarifa salarial de efecto adverso que publica el Departamento de Trabajo de EE. UU. "
        "para el estado de Washington.",
        "² Sin costo: EL TRABAJADOR no paga nada por ese concepto, ni en efectivo ni mediante descuentos.",
        "³ Cuenta de EL EMPLEADOR ante el Departamento de Labor e Industrias: 604-118-27-3.",
    ]:
        fy = d.write(d.m, fy, d.cw, fn, 7, "serif", color=(60, 60, 60)) + 1
    # page 3
    d.new_page()
    d.y = (
        d.write(
            d.m,
            d.y,
            d.cw,
            "RESUMEN PARA EL TRABAJADOR: ¿QUIÉN PAGA QUÉ?",
            11,
            "sans",
            "B",
            color=green,
        )
        + 4
    )
    d.y = (
        d.table(
            d.m,
            d.y,
            [270, 110, d.cw - 380],
            [
                ["Concepto", "Costo aproximado", "Lo paga"],
                ["Cuota consular de la visa H-2A (MRV)", "USD 205", "EL EMPLEADOR"],
                ["Autobús Zamora – Cashmere y alimentos del viaje", "USD 310", "EL EMPLEADOR"],
                ["Servicio de reclutamiento de Enlace Campo Norte, S.C.", "—", "EL EMPLEADOR"],
                ["Vivienda, luz, agua y gas", "—", "Nadie: sin costo"],
                ["Herramientas y equipo de protección", "—", "EL EMPLEADOR"],
                ["Regreso a Zamora al terminar el contrato", "USD 310", "EL EMPLEADOR"],
            ],
            size=8.8,
            head_fill=(214, 232, 220),
        )
        + 10
    )
    d.y = (
        d.write(
            d.m,
            d.y,
            d.cw,
            "Si alguien le pide dinero por este trabajo, no pague y llame a la oficina de EL EMPLEADOR "
            "al +1 509 555 0148 o a la línea de ayuda al trabajador que aparece al reverso de su visa.",
            9,
            "sans",
            "I",
        )
        + 16
    )
    d.y = (
        d.write(
            d.m,
            d.y,
            d.cw,
            "Leído que fue el presente contrato, las partes lo firman en Zamora, "
            "Michoacán, el 9 de febrero de 2026.",
            9,
            "serif",
        )
        + 10
    )
    for chk, t in [
        (True, "Recibí copia de este contrato en español y de la orden de trabajo en inglés."),
        (True, "Me explicaron el contrato y pude hacer preguntas antes de firmar."),
        (False, "Solicito que el pago se deposite en una cuenta a mi nombre (opcional)."),
    ]:
        d.checkbox(d.m, d.y + 1.5, chk, 8)
        d.y = d.write(d.m + 14, d.y, d.cw - 14, t, 8.5) + 3
    d.y += 70
    cols = [
        (d.m, "POR EL EMPLEADOR", "Margaret Ostrander-Vela", "Gerente de Recursos Humanos"),
        (d.m + 176, "EL TRABAJADOR", "Fidencio Arreola Cuín", "Firma o huella"),
        (d.m + 352, "TESTIGO", "Enlace Campo Norte, S.C.", "Agente de reclutamiento"),
    ]
    for x, a, b, c in cols:
        d.hline(x, d.y, x + 158, 0.7)
        d.text_at(x, d.y + 3, a, 7.5, style="B")
        d.text_at(x, d.y + 14, b, 8.5)
        d.text_at(x, d.y + 25, c, 7.5, color=GREY)
    d.box(d.m + 176 + 110, d.y - 60, 48, 56, draw=GREY, width=0.5)
    d.text_at(d.m + 176 + 110, d.y - 10, "huella", 6, color=GREY, w=48, align="C")
    return d


# ===========================================================================
# cn02  h2a, es, Guatemala (Huehuetenango) -> Georgia. WhatsApp chat with a recruiter.
# ===========================================================================
def cn02():
    d = Doc(
        "cn02.pdf",
        "h2a",
        "es",
        "GT (Huehuetenango) → US (GA)",
        "whatsapp_chat",
        "WhatsApp conversation exported as tall phone pages; teal title bar; day chips; "
        "left/right bubbles with timestamps",
        fmt=(340.0, 700.0),
        margin=14,
        bottom=12,
    )
    teal = (0, 128, 105)

    def header(d):
        d.box(0, 0, d.W, d.H, fill=(236, 229, 221), draw=None)
        d.box(0, 0, d.W, 46, fill=teal, draw=None)
        d.pdf.set_fill_color(200, 214, 210)
        d.pdf.ellipse(30, 9, 28, 28, style="F")
        d.text_at(64, 10, "Don Efra Reclutador", 10.5, style="B", color=(255, 255, 255))
        d.text_at(64, 25, "en línea", 7.5, color=(214, 240, 232))
        d.text_at(8, 14, "←", 12, color=(255, 255, 255))

    c = Chat(d, "wa", header, top=58)
    F, E = d.F, d.E
    d.R("Efraín Mazariegos")
    d.R("Agencia Cuchumatanes Empleos")
    c.start_page()
    c.day("12 DE ENERO DE 2026")
    c.msg(
        "R",
        "Buenas tardes don Efraín, mi primo Gerson me pasó su número. Dice que usted está llevando "
        "gente a trabajar a Estados Unidos.",
        "16:02",
    )
    c.msg(
        "L",
        "Buenas tardes amigo, sí, con mucho gusto. Le saluda Efraín Mazariegos de Agencia "
        "Cuchumatanes Empleos.",
        "16:10",
    )
    c.msg(
        "L",
        "Ahorita tenemos visa H-2A para la cosecha de arándano en "
        + E("work_location", "una finca de Alma, Georgia")
        + ".",
        "16:10",
    )
    c.msg("R", "Qué bueno. Y de cuándo a cuándo sería?", "16:11")
    c.msg(
        "L",
        E("employment_period", "Del 23 de marzo al 12 de junio")
        + ". Se trabaja "
        + E("hours_of_work", "de lunes a sábado, 8 horas diarias")
        + ".",
        "16:13",
    )
    c.msg(
        "L",
        "Pagan "
        + E("wage_rate", "$14.83 la hora")
        + " y le depositan "
        + E("pay_frequency", "cada semana, los viernes")
        + ".",
        "16:13",
    )
    c.msg("R", "Y qué es lo que se hace allá?", "16:15")
    c.msg(
        "L",
        E("job_duties", "Cosecha a mano de arándano en cubetas") + ", y a veces ayudar a subir las "
        "cajas al camión.",
        "16:17",
    )
    c.msg("R", "Piden experiencia?", "16:17")
    c.msg(
        "L",
        E("job_requirements", "Que haya cortado café o fruta por lo menos una temporada")
        + ", nada más.",
        "16:18",
    )
    c.msg("R", "Y donde se queda uno a dormir?", "16:20")
    c.msg(
        "L",
        E("housing", "La casa es gratis, queda adentro de la finca") + ", son cuartos de seis con "
        "su baño.",
        "16:22",
    )
    c.msg("R", "Ok. Y cuánto es lo que hay que pagar?", "16:24")
    c.msg(
        "L",
        F(
            "recruitment_fee",
            "Mire, para poner su nombre en la lista son Q3,500, eso se deposita a "
            "la cuenta de la agencia en Banrural.",
            3500,
            "GTQ",
        ),
        "16:31",
    )
    c.msg(
        "L",
        F(
            "visa_cost",
            "Aparte la cita de la embajada son 190 dólares, esa la paga cada quien y allá "
            "no se la devuelven.",
            190,
            "USD",
        ),
        "16:31",
    )
    c.msg("R", "Y el pasaje de avión?", "16:33")
    c.msg(
        "L",
        E("inbound_transportation", "El pasaje de avión sí lo paga el patrón") + ", de eso no se "
        "preocupe.",
        "16:35",
    )
    c.msg("R", "Va pues. Lo platico con mi señora y le aviso.", "16:36")
    c.day("13 DE ENERO DE 2026")
    c.msg("R", "Buenos días don Efraín, sí me voy a apuntar. Qué papeles necesito?", "07:48")
    c.msg("L", "Buenos días. DPI, pasaporte vigente y dos fotos.", "08:05")
    c.msg(
        "L",
        F(
            "document_retention",
            "Cuando ya tenga la cita me trae su pasaporte y yo se lo guardo aquí "
            "en la oficina hasta el día del vuelo, para que no se le pierda.",
        ),
        "08:06",
    )
    c.msg(
        "L",
        F(
            "deposit_or_bond",
            "También firma un pagaré por Q15,000 de garantía, por si se queda allá o "
            "se regresa antes de tiempo.",
            15000,
            "GTQ",
        ),
        "08:06",
    )
    c.msg("R", "Un pagaré? Y eso para qué es?", "08:10")
    c.msg(
        "L",
        "Es requisito de la agencia, para que nadie nos deje mal con el patrón. Si cumple su contrato "
        "se lo devolvemos roto.",
        "08:14",
    )
    c.msg("R", "Y si uno se enferma allá?", "08:15")
    c.msg("L", "Eso lo ve el patrón allá, tranquilo.", "08:21")
    c.msg("R", "Bueno. Le mando foto de mi DPI?", "08:22")
    c.msg("L", "Sí, mándeme foto del DPI de los dos lados y su nombre completo.", "08:24")
    c.msg("R", "IMG-20260113-WA0014.jpg (foto)\nIMG-20260113-WA0015.jpg (foto)", "08:30")
    c.msg(
        "L",
        "Recibido. Cuando haga el depósito me manda la foto de la boleta y ya queda apartado su "
        "lugar.",
        "08:41",
    )
    c.msg(
        "L",
        "Cuenta monetaria Banrural 3-044-59127-8 a nombre de Agencia Cuchumatanes Empleos.",
        "08:41",
    )
    c.msg("R", "Ok don Efraín, el viernes le deposito. Gracias.", "08:45")
    c.msg("L", "Dale pues, que Dios lo bendiga.", "08:46")
    for t in [
        "airfare paid by the employer ('lo paga el patrón')",
        "free housing on the farm ('La casa es gratis')",
        "promise to return the promissory note after the season does not make it lawful",
        "'apartado su lugar' after the deposit is the same recruitment fee, not a second one",
        "sick-care answer has no concrete value (workers' compensation missing)",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn03  h2b, es, Mexico (Hidalgo) -> Texas. Agency cost sheet with payer column.
# ===========================================================================
def cn03():
    d = Doc(
        "cn03.pdf",
        "h2b",
        "es",
        "MX (Hidalgo) → US (TX)",
        "cost_sheet",
        "letter; agency letterhead band; job data grid; cost table 'concepto / importe / quién paga'; "
        "asterisk footnotes; conditions list; checkboxes; signature lines; footer address",
        fmt=LETTER,
        margin=48,
        bottom=60,
    )
    blue = (22, 62, 122)
    agency = "Servicios Laborales del Altiplano, S.A. de C.V."

    def deco(d):
        d.box(0, 0, d.W, 64, fill=blue, draw=None)
        d.text_at(48, 12, "SERVICIOS LABORALES DEL ALTIPLANO", 15, style="B", color=(255, 255, 255))
        d.text_at(
            48,
            32,
            "Reclutamiento para empleo temporal en Estados Unidos · Registro STPS 13/0415-A",
            8,
            color=(200, 215, 240),
        )
        d.text_at(
            48,
            43,
            "Av. Juárez 1402-B, Col. Periodistas, Pachuca de Soto, Hgo. · Tel. 771 555 0193 · "
            "WhatsApp 771 555 0194",
            8,
            color=(200, 215, 240),
        )
        d.hline(48, d.H - 46, d.W - 48, 0.5, GREY)
        d.text_at(
            48,
            d.H - 42,
            agency + " · Hoja de costos y condiciones H-2B 2026 · Hoja %d/2" % d.pno,
            7,
            color=GREY,
        )
        d.y = 80

    d.on_page = deco
    d.R(agency)
    E = d.E
    d.new_page()
    d.y = (
        d.write(
            d.m,
            d.y,
            d.cw,
            "HOJA DE COSTOS Y CONDICIONES · TEMPORADA H-2B 2026",
            13,
            "sans",
            "B",
            color=blue,
        )
        + 2
    )
    d.y = (
        d.write(
            d.m,
            d.y,
            d.cw,
            "Vacante: jardinería y paisajismo en Texas · 40 lugares",
            9.5,
            "sans",
            "I",
            color=GREY,
        )
        + 8
    )
    d.y = (
        d.table(
            d.m,
            d.y,
            [118, d.cw - 118],
            [
                [
                    "Empleador",
                    E(
                        "employer_identity",
                        "Mission Trail Grounds & Turf, LLC, 6318 Calloway Bend, San Antonio, TX 78219",
                    ),
                ],
                [
                    "Puesto",
                    "Trabajador de paisajismo: "
                    + E(
                        "job_duties",
                        "corte de pasto, poda de arbustos, siembra de plantas y colocación de pasto en rollo",
                    ),
                ],
                [
                    "Lugar de trabajo",
                    "Casas y comercios de "
                    + E("work_location", "San Antonio y New Braunfels, Texas"),
                ],
                ["Periodo", E("employment_period", "2 de marzo al 15 de diciembre de 2026")],
                [
                    "Horario",
                    E("hours_of_work", "40 horas semanales, lunes a viernes de 7:00 a 15:30"),
                ],
                ["Salario", E("wage_rate", "$15.72 dólares por hora")],
                ["Tiempo extra", E("overtime", "$23.58 por hora después de 40 horas")],
                ["Pago", E("pay_frequency", "Cada semana, por depósito directo")],
            ],
            size=9,
            header=False,
            bold_first_col=True,
            zebra=(236, 241, 249),
        )
        + 14
    )
    d.y = d.write(d.m, d.y, d.cw, "COSTOS DEL PROCESO", 11, "sans", "B", color=blue) + 4
    rows = [
        ["Concepto", "Importe", "Quién paga"],
        ["Cuota de colocación y expediente", "MXN 9,500.00", "Trabajador"],
        ["Derecho de visa H-2B (cita consular)", "USD 205", "Empleador (pago directo)"],
        ["Examen médico y antidoping en Clínica San Rafael", "$1,350.00", "Trabajador"],
        ["Autobús Pachuca – Monterrey – San Antonio", "1 980 pesos", "Trabajador"],
        ["Curso de seguridad con maquinaria (en Texas)", "sin costo", "Empleador"],
        ["Seguro de gastos médicos para la temporada", "MXN 2,200", "Trabajador"],
        ["Honorarios de reclutamiento ante el Empleador", "incluidos", "Empleador"],
    ]
    d.y = (
        d.table(
            d.m,
            d.y,
            [270, 95, d.cw - 365],
            rows,
            size=9,
            head_fill=(205, 218, 240),
            fees={
                1: dict(cat="recruitment_fee", amount=9500, cur="MXN"),
                3: dict(cat="medical_cost", amount=1350, cur="MXN"),
                4: dict(cat="travel_cost", amount=1980, cur="MXN"),
                6: dict(cat="insurance_cost", amount=2200, cur="MXN"),
            },
        )
        + 6
    )
    d.y += 4
    for n in [
        "* Los pagos a cargo del trabajador se hacen en efectivo en nuestra oficina o por depósito a la "
        "cuenta de la agencia antes de la cita consular, y no son reembolsables.",
        "** El derecho de visa lo paga el Empleador directamente al banco; el trabajador no adelanta "
        "ese pago.",
    ]:
        d.y = d.write(d.m, d.y, d.cw, n, 7.5, color=(70, 70, 70)) + 2
    d.new_page()
    d.y = d.write(d.m, d.y, d.cw, "CONDICIONES ADICIONALES", 11, "sans", "B", color=blue) + 6
    for b in [
        "Las herramientas y el equipo de trabajo (podadoras, desbrozadoras, guantes y lentes) "
        + E("tools_provided", "los proporciona el Empleador sin costo")
        + ".",
        "Los descuentos del cheque son "
        + E("deductions", "únicamente los impuestos federales (ingreso, Seguro Social y Medicare)")
        + ".",
        "Con cada pago "
        + E(
            "earnings_statements",
            "recibe un talón con las horas trabajadas, lo ganado y los descuentos",
        )
        + ".",
        "Si termina la temporada completa, "
        + E("return_transportation", "el Empleador paga el autobús de regreso a Pachuca")
        + ".",
        "Visa: "
        + E("visa_reimbursement", "el derecho de visa lo cubre el Empleador")
        + " (ver nota **).",
        "Requisito: "
        + E("job_requirements", "6 meses de experiencia en jardinería o paisajismo")
        + " y licencia de manejo deseable.",
        "El lugar se asigna por orden de pago completo. Cupo limitado.",
    ]:
        d.bullet(b, 9.5, after=4)
    d.space(8)
    d.y = d.write(d.m, d.y, d.cw, "Marque lo que corresponda:", 9.5, "sans", "B") + 4
    for chk, t in [
        (True, "Leí y acepto la tabla de costos."),
        (True, "Entregué copia de mi INE y de mi CURP."),
        (False, "Ya cuento con pasaporte vigente."),
        (True, "Tengo constancia de experiencia firmada por mi patrón anterior."),
    ]:
        d.checkbox(d.m + 4, d.y + 1.5, chk, 8, ink=INK, hand=True)
        d.y = d.write(d.m + 18, d.y, d.cw - 18, t, 9.5) + 4
    d.space(34)
    for x, a, b in [
        (d.m, "Nombre y firma del aspirante", "Isidro Monroy Badillo"),
        (d.m + 270, "Asesor(a) de la agencia", "Lic. Jazmín Ortega Lugo"),
    ]:
        d.text_at(x + 10, d.y - 16, b, 11, fam="serif", style="I", color=INK)
        d.hline(x, d.y + 2, x + 230, 0.7)
        d.text_at(x, d.y + 5, a, 8, color=GREY)
    d.y += 26
    d.text_at(d.m, d.y, "Pachuca de Soto, Hgo., a 20 de enero de 2026.", 9)
    for t in [
        "visa fee row paid by the employer directly (not a finding; visa reimbursement present)",
        "safety course 'sin costo' paid by employer (not a training charge)",
        "recruiting fees 'ante el Empleador' paid by employer (the worker's placement fee row still is)",
        "tools free; lawful tax deductions only",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn04  h2b, en, Honduras -> Michigan. Compliant job offer and contract.
# ===========================================================================
def cn04():
    d = Doc(
        "cn04.pdf",
        "h2b",
        "en",
        "HN (San Pedro Sula) → US (MI)",
        "work_contract",
        "letter; serif letterhead with rule; gridded summary table; numbered sections; "
        "worker-initials footer; checkboxes and signature block on p. 3",
        fmt=LETTER,
        margin=60,
        bottom=64,
    )
    maroon = (110, 30, 60)

    def deco(d):
        if d.pno == 1:
            d.text_at(
                60, 40, "LILAC POINT RESORT COMPANY", 17, fam="serif", style="B", color=maroon
            )
            d.text_at(
                60,
                62,
                "1120 Lakeshore Drive · Mackinac Island, Michigan 49757 · (906) 555-0162 · "
                "seasonal-hr@lilacpoint.example",
                7.5,
                color=GREY,
            )
            d.hline(60, 78, d.W - 60, 1.2, maroon)
            d.y = 90
        else:
            d.text_at(
                60,
                36,
                "Lilac Point Resort Company · H-2B Job Offer and Employment Contract, 2026 season",
                7.5,
                fam="serif",
                style="I",
                color=GREY,
            )
            d.hline(60, 50, d.W - 60, 0.5, GREY)
            d.y = 62
        d.hline(60, d.H - 48, d.W - 60, 0.5, GREY)
        d.text_at(60, d.H - 44, "Worker initials: ________", 7.5, color=GREY)
        d.text_at(d.W - 160, d.H - 44, "Page %d of 3" % d.pno, 7.5, color=GREY, w=100, align="R")

    d.on_page = deco
    d.R("Caribe Staffing Partners S. de R.L.")
    E = d.E
    d.new_page()
    d.para("H-2B JOB OFFER AND EMPLOYMENT CONTRACT · 2026 SEASON", 12.5, "serif", "B", after=2)
    d.para(
        "Worker: Dilcia Yamileth Orellana Banegas · Recruited in San Pedro Sula, Honduras · "
        "Job order MI-2026-H2B-0388",
        8.5,
        "sans",
        "I",
        GREY,
        after=8,
    )
    d.y = (
        d.table(
            d.m,
            d.y,
            [130, d.cw - 130],
            [
                ["Term", "Detail"],
                [
                    "Employer",
                    E(
                        "employer_identity",
                        "Lilac Point Resort Company, 1120 Lakeshore Drive, Mackinac Island, MI 49757",
                    ),
                ],
                ["Position", "Housekeeper / Laundry Attendant"],
                ["Season", E("employment_period", "May 4, 2026 through October 25, 2026")],
                [
                    "Hours",
                    E(
                        "hours_of_work",
                        "40 hours per week, in five 8-hour shifts between 7:00 a.m. and 3:30 p.m.",
                    ),
                ],
                [
                    "Pay",
                    E("wage_rate", "$17.25 per hour")
                    + "; overtime "
                    + E("overtime", "$25.88 per hour after 40 hours")
                    + " in a week",
                ],
                ["Payday", E("pay_frequency", "Every second Friday (biweekly)")],
            ],
            size=9,
            head_fill=(236, 222, 228),
        )
        + 12
    )
    sec = [
        (
            "1. Duties",
            "You will "
            + E("job_duties", "clean and make up guest rooms and cottages")
            + ", change linens and "
            "towels, restock amenities, vacuum hallways, and sort, feed and fold linens in the resort laundry. "
            "Housekeepers pass guest requests to the front desk, which handles room charges and the resort fees "
            "collected from guests.",
        ),
        (
            "2. Place of work",
            "All work is performed at "
            + E("work_location", "Lilac Point Resort and its cottages on Mackinac Island, Michigan")
            + ".",
        ),
        (
            "3. Wages and pay statements",
            "The Company pays $17.25 per hour for all hours worked. If a higher prevailing wage, or a higher "
            "federal, state or local minimum wage, takes effect during the season, "
            + E("wage_adjustment", "you will be paid the higher rate from the date it takes effect")
            + ". Hours over "
            "40 in a workweek are paid at $25.88 per hour. Wages are paid by direct deposit or paycheck. "
            + E("earnings_statements", "Each pay statement shows the hours offered, hours worked")
            + ", rate of pay, "
            "total earnings and every deduction.",
        ),
        (
            "4. Deductions",
            "The only deductions are "
            + E("deductions", "federal and Michigan income tax, Social Security and Medicare")
            + ", and any deduction you voluntarily authorize in writing for your own benefit, such as union dues. "
            "No deduction is made for housing, uniforms, tools, recruitment or travel.",
        ),
        (
            "5. Three-fourths guarantee",
            "For each 12-week period of the season, the Company guarantees to offer you work for a total number of "
            "hours equal to "
            + E("three_fourths_guarantee", "at least three-fourths of the workdays")
            + " in that "
            "period. If it offers less, it pays you what you would have earned for the missing hours.",
        ),
        (
            "6. Travel and visa",
            "The Company "
            + E(
                "inbound_transportation",
                "books and pays your flight from San Pedro Sula to Pellston, Michigan",
            )
            + ", the shuttle to Mackinaw City and the ferry to the island, and gives you $16.36 for meals for "
            "each day of travel. "
            + E("visa_reimbursement", "The Company pays the visa application (MRV) fee")
            + " and any related fees directly; if you paid any of them yourself, the full amount is repaid in your "
            "first paycheck. If you finish the season, or the Company dismisses you early for any reason other "
            "than cause, the Company "
            + E("return_transportation", "pays your return trip to San Pedro Sula")
            + ".",
        ),
    ]
    for h, b in sec:
        d.para(h, 10, "serif", "B", after=1)
        d.para(b, 9.5, "serif", after=7)
    d.new_page()
    sec = [
        (
            "7. Uniforms, tools and equipment",
            "Uniforms, cleaning supplies, carts and all equipment "
            + E("tools_provided", "are supplied free of charge, and no deposit is taken")
            + ". Lost room keys are "
            "replaced at no cost to you.",
        ),
        (
            "8. Housing and meals",
            "A shared room in the staff dormitory is provided free of charge, with utilities and Wi-Fi included. "
            "The staff cafeteria serves one free meal each shift, and coffee and tea are always free.",
        ),
        (
            "9. Requirements",
            E("job_requirements", "3 months of experience as a hotel housekeeper or laundry worker")
            + ", and the "
            "ability to lift 30 pounds. No English test is required and no training is charged: the two-day "
            "orientation on arrival is paid work time.",
        ),
        (
            "10. Ending the job",
            "The Company may dismiss you only for cause, explained to you in writing. If you fail to report for "
            "work for "
            + E("termination", "5 consecutive working days without the Company's consent")
            + ", the "
            "Company may treat it as abandonment and will notify the Department of Labor and the Department of "
            "Homeland Security. You may resign at any time; there is no charge, penalty or deposit for leaving "
            "early.",
        ),
        (
            "11. If the work becomes impossible",
            "If fire, a storm, a flood or another act of God "
            + E("contract_impossibility", "makes it impossible to continue the work")
            + " and the Department of Labor "
            "agrees, the Company pays the three-fourths guarantee up to that date and your return trip, and will "
            "try to place you in other work.",
        ),
        (
            "12. No fees",
            "Caribe Staffing Partners S. de R.L. recruits for the Company in Honduras and is paid by the Company. "
            "Nobody, including the recruiter, may charge you any fee, deposit or payment of any kind to get or keep "
            "this job. Report any such request to the Company at (906) 555-0162.",
        ),
        (
            "13. Your documents and your rights",
            "You keep your passport, visa and identity card at all times. You are free to leave the dormitory in "
            "your time off. The Company will not retaliate against or blacklist anyone who complains about pay or "
            "working conditions. You are covered by Michigan workers' compensation insurance paid by the Company.",
        ),
        (
            "14. Language",
            "A Spanish copy of this contract was given to you before your visa appointment. You may ask the "
            "Company for another copy at any time.",
        ),
    ]
    for h, b in sec:
        d.para(h, 10, "serif", "B", after=1)
        d.para(b, 9.5, "serif", after=7)
    d.new_page()
    d.para("ACCEPTANCE", 11, "serif", "B", after=6)
    for chk, t in [
        (True, "I received a copy of this contract in English and in Spanish."),
        (True, "I want my pay by direct deposit to the account I gave the Company."),
        (False, "I would like a room in the staff dormitory closer to the laundry."),
        (True, "I paid nothing to anyone to get this job."),
    ]:
        d.checkbox(d.m, d.y + 1.5, chk, 8.5)
        d.y = d.write(d.m + 16, d.y, d.cw - 16, t, 9.5, "serif") + 4
    d.space(50)
    for x, a, b in [
        (d.m, "Worker", "Dilcia Yamileth Orellana Banegas"),
        (d.m + 260, "For Lilac Point Resort Company", "Douglas Pruitt-Haldane, General Manager"),
    ]:
        d.hline(x, d.y, x + 220, 0.7)
        d.text_at(x, d.y + 3, a, 8, style="B")
        d.text_at(x, d.y + 14, b, 8.5, fam="serif")
        d.text_at(x, d.y + 28, "Date: ____________", 8, color=GREY)
    for t in [
        "'feed and fold linens' is a job task, not a fee",
        "'resort fees collected from guests' is a front-desk duty, not a worker fee",
        "'coffee and tea are always free'; free staff meal",
        "free dormitory room with utilities (housing not charged)",
        "voluntary union dues with written authorization (lawful deduction)",
        "flight, shuttle, ferry and travel meals paid by the Company",
        "visa (MRV) fee paid directly or repaid in the first paycheck",
        "recruiter paid by the Company; 'may not charge you any fee, deposit or payment'",
        "no charge, penalty or deposit for leaving early; keys replaced at no cost",
        "paid orientation, no training charge; workers' compensation paid by the Company",
        "checkbox 'I paid nothing to anyone to get this job'",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn05  h2b, es, El Salvador -> North Carolina. Recruiter agreement; p. 3 is a scan.
# ===========================================================================
def cn05():
    d = Doc(
        "cn05.pdf",
        "h2b",
        "es",
        "SV (San Miguel) → US (NC)",
        "recruiter_agreement",
        "letter; notarial-style justified prose with Roman-numbered clauses; running header with "
        "agreement number; initials footer; signature and fingerprint boxes; p. 3 is an image-only "
        "scan of a signed receipt of a copy (no text layer)",
        fmt=LETTER,
        margin=66,
        bottom=66,
    )
    agency = "Agencia de Empleo Internacional Cuscatlán, S.A. de C.V."
    employer = "Heron Creek Seafood Packers, Inc., con domicilio en 212 Wharf Lane, Swan Quarter, North Carolina 27885"

    def deco(d):
        d.text_at(
            66,
            34,
            "ACUERDO DE RECLUTAMIENTO Y COLOCACIÓN No. AEIC-2026-0219",
            8,
            fam="serif",
            style="B",
            color=(60, 60, 60),
        )
        d.text_at(
            d.W - 166, 34, "Hoja %d" % d.pno, 8, fam="serif", color=(60, 60, 60), w=100, align="R"
        )
        d.hline(66, 48, d.W - 66, 0.4, GREY)
        d.text_at(
            66, d.H - 44, "Rúbricas:  ____________   ____________", 8, fam="serif", color=GREY
        )
        d.y = 64

    d.on_page = deco
    d.R(agency)
    E, F = d.E, d.F
    d.new_page()
    d.para("ACUERDO DE RECLUTAMIENTO Y COLOCACIÓN", 13, "serif", "B", align="C", after=2)
    d.para(
        "para trabajo temporal no agrícola en los Estados Unidos de América (visa H-2B)",
        9.5,
        "serif",
        "I",
        align="C",
        after=10,
    )
    J = "J"
    d.para(
        "En la ciudad de San Miguel, a las diez horas del día nueve de febrero de dos mil veintiséis. "
        "COMPARECEN: por una parte, el licenciado Mauricio Ernesto Villatoro Chicas, mayor de edad, abogado, "
        "del domicilio de San Miguel, quien actúa en nombre y representación de "
        + agency
        + ", que en "
        "adelante se denominará «LA AGENCIA»; y por otra parte, José Adalberto Ramírez Guevara, de treinta "
        "y un años de edad, pescador, del domicilio de Puerto El Triunfo, departamento de Usulután, con "
        "Documento Único de Identidad número cero cuatro cinco uno ocho dos siete tres guion seis, que en "
        "adelante se denominará «EL TRABAJADOR». Y MANIFIESTAN: que LA AGENCIA ha sido contratada por "
        + E("employer_identity", employer)
        + ", Estados Unidos de América, en adelante «LA EMPRESA», para "
        "reclutar trabajadores con visa H-2B, y que otorgan el presente acuerdo, que se regirá por las "
        "cláusulas siguientes:",
        9.6,
        "serif",
        align=J,
        after=8,
    )
    cl = [
        (
            "I. OBJETO.",
            "LA AGENCIA gestionará la contratación de EL TRABAJADOR para el puesto de procesador de "
            "mariscos, con las funciones de cocer, desmenuzar y "
            + E("job_duties", "extraer a mano la carne de cangrejo azul")
            + ", limpiar las mesas y empacar el producto "
            "en contenedores. El trabajo se realizará en "
            + E(
                "work_location",
                "la planta de LA EMPRESA en Swan Quarter, condado de Hyde, Carolina del Norte",
            )
            + ".",
        ),
        (
            "II. PLAZO.",
            "El contrato de trabajo tendrá vigencia "
            + E(
                "employment_period", "del seis de abril al treinta de octubre de dos mil veintiséis"
            )
            + ".",
        ),
        (
            "III. JORNADA Y SALARIO.",
            "La jornada será de "
            + E("hours_of_work", "cuarenta horas semanales, de lunes a viernes")
            + ". LA EMPRESA pagará "
            + E("wage_rate", "quince dólares con diecisiete centavos (US$15.17) por hora")
            + ", o tres dólares con "
            "diez centavos por libra de carne extraída, lo que resulte mayor. Las horas extra después de cuarenta "
            "por semana "
            + E("overtime", "se pagan a tiempo y medio")
            + ". El salario "
            + E("pay_frequency", "se paga cada semana")
            + ", los días viernes.",
        ),
        (
            "IV. DESCUENTOS.",
            "De los salarios únicamente se descontarán "
            + E(
                "deductions",
                "los impuestos federales y estatales sobre la renta y las cotizaciones al Seguro Social y Medicare",
            )
            + ".",
        ),
        (
            "V. VIAJE Y VISA.",
            "LA EMPRESA "
            + E("inbound_transportation", "compra el boleto aéreo San Salvador – Raleigh")
            + " y proporciona el transporte terrestre hasta Swan Quarter. El arancel de la visa lo adelanta EL "
            "TRABAJADOR y "
            + E(
                "visa_reimbursement",
                "LA EMPRESA lo reembolsa íntegramente con el primer pago semanal",
            )
            + ".",
        ),
        (
            "VI. REQUISITOS.",
            "EL TRABAJADOR declara tener "
            + E(
                "job_requirements",
                "experiencia mínima de una temporada en procesamiento de mariscos o pescado",
            )
            + " y no tener impedimento legal para viajar.",
        ),
        (
            "VII. TERMINACIÓN.",
            "LA EMPRESA podrá dar por terminado el contrato de trabajo por causa justificada, "
            "comunicada por escrito; "
            + E(
                "termination",
                "la ausencia de cinco días laborales consecutivos sin aviso se tendrá por abandono del empleo",
            )
            + ".",
        ),
        (
            "VIII. HONORARIOS.",
            "LA AGENCIA no cobra honorarios a EL TRABAJADOR: sus servicios los paga LA EMPRESA.",
        ),
    ]
    for h, b in cl:
        d.para(h + " " + b, 9.6, "serif", align=J, after=6)
    d.new_page()
    cl = [
        (
            "IX. GARANTÍA.",
            F(
                "deposit_or_bond",
                "Para garantizar el cumplimiento del presente acuerdo, EL "
                "TRABAJADOR entregará a LA AGENCIA un depósito en garantía de seiscientos dólares de los Estados "
                "Unidos de América (US$600.00), que le será devuelto a su regreso al país.",
                600,
                "USD",
            ),
        ),
        (
            "X. INCUMPLIMIENTO.",
            F(
                "breach_penalty",
                "Si EL TRABAJADOR no concluye la temporada por causa "
                "imputable a él, perderá el depósito y pagará además a LA AGENCIA una multa de quinientos dólares "
                "(US$500.00).",
                500,
                "USD",
            ),
        ),
        (
            "XI. QUEJAS.",
            "Toda queja de EL TRABAJADOR se presentará primero por escrito a LA AGENCIA. "
            + F(
                "blacklisting_threat",
                "El trabajador que acuda al Ministerio de Trabajo, al consulado o a cualquier "
                "organización sin agotar antes el trámite interno de LA AGENCIA quedará excluido de futuras "
                "temporadas y su nombre será comunicado a las demás agencias del país.",
            ),
        ),
        (
            "XII. DOCUMENTOS.",
            "EL TRABAJADOR conservará en todo momento su pasaporte y su Documento Único de "
            "Identidad; LA AGENCIA solo recibirá fotocopias.",
        ),
        (
            "XIII. DOMICILIO.",
            "Para los efectos de este acuerdo las partes señalan como domicilio especial la "
            "ciudad de San Miguel, a cuyos tribunales se someten.",
        ),
    ]
    for h, b in cl:
        d.para(h + " " + b, 9.6, "serif", align=J, after=6)
    d.para(
        "Leído que fue el presente acuerdo a los comparecientes, y enterados de su contenido y efectos, lo "
        "ratifican y firman en dos ejemplares de igual valor.",
        9.6,
        "serif",
        align=J,
        after=56,
    )
    for x, a, b in [
        (d.m, "Por LA AGENCIA", "Lic. Mauricio Ernesto Villatoro Chicas"),
        (d.m + 250, "EL TRABAJADOR", "José Adalberto Ramírez Guevara"),
    ]:
        d.hline(x, d.y, x + 200, 0.7)
        d.text_at(x, d.y + 3, a, 8, fam="serif", style="B")
        d.text_at(x, d.y + 14, b, 8.5, fam="serif")
    d.box(d.m + 420, d.y - 64, 56, 62, draw=GREY, width=0.5)
    d.text_at(d.m + 420, d.y + 3, "Huella", 7, fam="serif", color=GREY, w=56, align="C")

    def scan(dr, fnt, k):
        ink = 35
        x0 = int(72 * k)
        y = int(70 * k)

        def line(text, size, bold=False, italic=False, dy=1.45, x=None, fill=ink):
            nonlocal y
            name = (
                "DejaVuSerif-Bold.ttf"
                if bold
                else ("DejaVuSerif-Italic.ttf" if italic else "DejaVuSerif.ttf")
            )
            dr.text((x if x is not None else x0, y), text, font=fnt(name, size), fill=fill)
            y += int(size * dy * k)

        line("AGENCIA DE EMPLEO INTERNACIONAL CUSCATLÁN, S.A. DE C.V.", 11, bold=True)
        line("4a. Calle Poniente No. 17, Barrio San Felipe, San Miguel · Tel. 2660-5531", 8.5)
        y += int(16 * k)
        line("CONSTANCIA DE ENTREGA DE COPIA", 14, bold=True, x=int(190 * k))
        y += int(14 * k)
        body = [
            "Yo, José Adalberto Ramírez Guevara, con Documento Único de Identidad número",
            "04518273-6, hago constar que en esta fecha recibí una copia completa y firmada del",
            "Acuerdo de Reclutamiento y Colocación No. AEIC-2026-0219, celebrado con Agencia de",
            "Empleo Internacional Cuscatlán, S.A. de C.V., para trabajar con Heron Creek Seafood",
            "Packers, Inc., 212 Wharf Lane, Swan Quarter, North Carolina 27885, y que su contenido",
            "me fue leído y explicado en idioma español.",
            "",
            "San Miguel, nueve de febrero de dos mil veintiséis.",
        ]
        for b in body:
            line(b, 10.5, dy=1.75)
        y += int(70 * k)
        for xx, lab in [(x0, "Firma del trabajador"), (int(330 * k), "Por LA AGENCIA")]:
            dr.line([(xx, y), (xx + int(190 * k), y)], fill=ink, width=max(1, int(0.8 * k)))
            dr.text((xx, y + int(6 * k)), lab, font=fnt("DejaVuSerif.ttf", 9), fill=ink)
        # scribbled signatures
        for sx, sy, seed in [
            (x0 + int(20 * k), y - int(30 * k), 3),
            (int(350 * k), y - int(34 * k), 5),
        ]:
            pts = []
            for i in range(40):
                t = i / 39.0
                pts.append(
                    (
                        sx + int(150 * k * t),
                        sy + int(12 * k * math.sin(t * 9 + seed) + 6 * k * math.sin(t * 23 + seed)),
                    )
                )
            dr.line(pts, fill=(20), width=max(2, int(1.1 * k)))
        # round agency stamp
        cx, cy, r = int(470 * k), y - int(70 * k), int(46 * k)
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=90, width=max(2, int(1.4 * k)))
        dr.ellipse(
            [cx - r + int(7 * k), cy - r + int(7 * k), cx + r - int(7 * k), cy + r - int(7 * k)],
            outline=90,
            width=max(1, int(0.8 * k)),
        )
        dr.text(
            (cx - int(30 * k), cy - int(6 * k)),
            "AEIC · S.M.",
            font=fnt("DejaVuSerif-Bold.ttf", 9),
            fill=90,
        )
        # fingerprint smudge
        fx, fy = int(262 * k), y + int(40 * k)
        for i in range(9):
            rr = int((26 - 2.6 * i) * k)
            dr.ellipse(
                [fx - rr, fy - int(rr * 1.3), fx + rr, fy + int(rr * 1.3)],
                outline=70,
                width=max(1, int(0.7 * k)),
            )

    scanned_page(d, scan, seed=5305, dpi=220, angle=0.8)
    for t in [
        "'LA AGENCIA no cobra honorarios': negated recruitment fee (the deposit and fine still are findings)",
        "visa fee advanced by the worker but repaid in full with the first weekly pay (visa reimbursement present)",
        "air ticket and ground transport bought by the employer",
        "worker keeps passport and DUI; agency takes photocopies only",
        "scanned p. 3 only repeats names, the employer's address and the date",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn06  generic, es (Spain), Colombia -> Huelva. Compliant seasonal contract (form).
# ===========================================================================
def cn06():
    d = Doc(
        "cn06.pdf",
        "generic",
        "es",
        "CO (Quindío) → ES (Huelva)",
        "work_contract",
        "A4; official-style form: shaded section bars, gridded data boxes, ☒/☐ checkbox rows, "
        "numbered clauses, 'cuadro resumen de gastos' table with 'a cargo de' column, "
        "three signature boxes; footer page x of 3",
        fmt=A4,
        margin=46,
        bottom=56,
    )
    shade = (218, 226, 236)

    def deco(d):
        d.hline(46, d.H - 44, d.W - 46, 0.4, GREY)
        d.text_at(
            46,
            d.H - 40,
            "Contratación colectiva en origen · Campaña 2026 · Ejemplar para el trabajador/a",
            7,
            color=GREY,
        )
        d.text_at(d.W - 146, d.H - 40, "Página %d de 3" % d.pno, 7, color=GREY, w=100, align="R")
        d.y = 44

    def bar(title):
        d.box(d.m, d.y, d.cw, 15, fill=shade, draw=BLACK, width=0.5)
        d.text_at(d.m + 3, d.y + 2, title, 8.5, style="B")
        d.y += 15

    d.on_page = deco
    d.R("Talento Andino Movilidad Laboral S.A.S.")
    E = d.E
    d.new_page()
    d.para("CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA", 13, "sans", "B", align="C", after=0)
    d.para(
        "CAMPAÑA AGRÍCOLA 2026 · CONTRATACIÓN COLECTIVA EN ORIGEN",
        9.5,
        "sans",
        "",
        align="C",
        after=2,
    )
    d.para("Oferta genérica nº HU-2026-00871", 8, "sans", "I", GREY, align="C", after=8)
    bar("DATOS DE LA EMPRESA")
    d.y = (
        d.table(
            d.m,
            d.y,
            [150, d.cw - 150],
            [
                ["Razón social", "Agrícola Marismas del Tinto, S.L."],
                ["CIF", "B21657430"],
                ["Domicilio social", "Ctra. de Mazagón, km 3,2 · 21800 Moguer (Huelva)"],
                ["Código cuenta de cotización", "21/1098765/43"],
                ["Representante", "D.ª Rocío Garrido Vallejo, gerente"],
            ],
            size=8.8,
            header=False,
        )
        + 6
    )
    bar("DATOS DEL TRABAJADOR/A")
    d.y = (
        d.table(
            d.m,
            d.y,
            [150, d.cw - 150],
            [
                ["Nombre y apellidos", E("worker_identity", "Yuliana Andrea Castaño Ríos")],
                ["Pasaporte", "AW519733"],
                ["Nacionalidad", "colombiana"],
                ["Domicilio en origen", "Calle 21 # 14-37, Armenia (Quindío), Colombia"],
            ],
            size=8.8,
            header=False,
        )
        + 6
    )
    bar("MODALIDAD")
    d.y += 4
    for row in [
        "Jornada:   ☒ completa    ☐ parcial",
        "Contrato:   ☐ indefinido    ☐ fijo discontinuo    ☒ duración determinada (campaña)",
        "Periodo de prueba:   ☒ no se establece    ☐ sí",
    ]:
        d.y = d.write(d.m + 4, d.y, d.cw - 8, row, 9) + 1
    d.y += 6
    bar("REUNIDOS")
    d.y += 4
    d.para(
        "De una parte, "
        + E(
            "employer_identity",
            "Agrícola Marismas del Tinto, S.L., con domicilio social en "
            "Ctra. de Mazagón, km 3,2, 21800 Moguer (Huelva)",
        )
        + ", representada por su gerente. De otra, la "
        "persona trabajadora cuyos datos constan arriba, seleccionada en Colombia dentro del procedimiento de "
        "contratación colectiva en origen. Ambas partes se reconocen capacidad para contratar y acuerdan las "
        "siguientes cláusulas.",
        9,
        "serif",
        after=8,
    )
    bar("CLÁUSULAS")
    d.y += 5
    cl = [
        "PRIMERA. La persona trabajadora prestará sus servicios como "
        + E(
            "job_duties",
            "peón agrícola, con las tareas de recolección de fresa y arándano, plantación, limpieza de túneles y carga de cajas",
        )
        + ", en "
        + E("work_location", "las fincas de la empresa en Moguer y Lucena del Puerto (Huelva)")
        + ".",
        "SEGUNDA. El contrato se celebra "
        + E("employment_period", "desde el 2 de febrero de 2026 hasta el 12 de junio de 2026")
        + ", para atender la campaña de frutos rojos.",
        "TERCERA. La jornada será de "
        + E("hours_of_work", "39 horas semanales, de lunes a sábado, de 8:00 a 14:30")
        + ", con una pausa de 20 minutos que se considera tiempo de trabajo.",
    ]
    for c in cl:
        d.para(c, 9, "serif", after=5)
    d.new_page()
    cl = [
        "CUARTA. La retribución será de "
        + E("wage_rate", "55,42 euros brutos por jornada efectiva")
        + ", según "
        "el Convenio Colectivo del Campo de la provincia de Huelva, incluida la parte proporcional de pagas "
        "extraordinarias y vacaciones. El pago será "
        + E("pay_frequency", "mensual, por transferencia bancaria")
        + ", antes del día 5 del mes siguiente, con entrega del recibo de salarios.",
        "QUINTA. "
        + E(
            "deductions",
            "Del salario bruto solo se deducirán la retención del IRPF y la cotización del trabajador a la Seguridad Social",
        )
        + " que marca la ley. Si la persona trabajadora lo pide por escrito, la empresa transferirá sin comisión "
        "la parte del salario que indique a una cuenta en Colombia.",
        "SEXTA. La empresa abona el billete de avión de ida Bogotá – Madrid, el traslado en autobús Madrid – "
        "Moguer y, al finalizar la campaña, "
        + E(
            "return_transportation",
            "el billete de regreso Madrid – Bogotá y el traslado hasta el aeropuerto",
        )
        + ".",
        "SÉPTIMA. Las tasas del visado y de la tarjeta de identidad de extranjero corren a cargo de la empresa.",
        "OCTAVA. La empresa facilita alojamiento gratuito en la finca Los Cabezos, con cocina, agua caliente y "
        "lavadora; el consumo de luz y agua también es por cuenta de la empresa. La persona trabajadora puede "
        "entrar y salir libremente y recibir visitas en su tiempo de descanso.",
        "NOVENA. Los equipos de protección individual (guantes, botas, gorra y chaleco) se entregan gratuitamente "
        "y se reponen cuando se desgastan.",
        "DÉCIMA. La selección en origen la ha realizado Talento Andino Movilidad Laboral S.A.S., que factura sus "
        "servicios a la empresa. Ninguna cantidad se cobrará a la persona trabajadora por la selección, el "
        "contrato o el viaje: todo el proceso es sin costo alguno para ella.",
        "UNDÉCIMA. "
        + E(
            "termination",
            "El contrato se extinguirá por las causas del artículo 49 del Estatuto de los Trabajadores",
        )
        + "; el despido disciplinario se notificará por escrito con indicación de los hechos. La terminación "
        "anticipada por voluntad de la persona trabajadora no conlleva penalización económica alguna.",
        "DUODÉCIMA. El pasaporte y los demás documentos personales quedan siempre en poder de la persona "
        "trabajadora.",
        "DECIMOTERCERA. En lo no previsto se estará al Estatuto de los Trabajadores y al Convenio Colectivo del "
        "Campo de la provincia de Huelva.",
    ]
    for c in cl:
        d.para(c, 9, "serif", after=5)
    d.space(6)
    bar("CUADRO RESUMEN DE GASTOS")
    d.y = (
        d.table(
            d.m,
            d.y,
            [275, 105, d.cw - 380],
            [
                ["Concepto", "Importe aproximado", "A cargo de"],
                ["Billete de avión Bogotá – Madrid (ida)", "780 €", "Empresa"],
                ["Billete de avión Madrid – Bogotá (regreso)", "780 €", "Empresa"],
                ["Tasas de visado y tarjeta de identidad de extranjero", "96 €", "Empresa"],
                ["Autobús Madrid – Moguer y regreso al aeropuerto", "90 €", "Empresa"],
                ["Alojamiento, luz y agua", "—", "Empresa"],
                ["Selección (Talento Andino Movilidad Laboral S.A.S.)", "—", "Empresa"],
            ],
            size=8.6,
            head_fill=(236, 236, 236),
        )
        + 4
    )
    d.new_page()
    d.para(
        "Y en prueba de conformidad, las partes firman el presente contrato por triplicado en Moguer, a 2 de "
        "febrero de 2026.",
        9.5,
        "serif",
        after=30,
    )
    bw = (d.cw - 20) / 3.0
    for i, (a, b) in enumerate(
        [
            ("La persona trabajadora", "Yuliana Andrea Castaño Ríos"),
            ("Por la empresa", "Rocío Garrido Vallejo"),
            ("Conforme, la entidad de selección", "Talento Andino Movilidad Laboral S.A.S."),
        ]
    ):
        x = d.m + i * (bw + 10)
        d.box(x, d.y, bw, 90, draw=BLACK, width=0.5)
        d.write(x + 4, d.y + 4, bw - 8, a, 8, style="B")
        d.write(x + 4, d.y + 72, bw - 8, b, 7.5, color=GREY)
    d.y += 110
    d.para("Recibí copia del contrato y del cuadro de gastos:   ☒ sí   ☐ no", 9, after=4)
    d.para(
        "Solicito transferencia de parte del salario a Colombia (cláusula quinta):   ☐ sí   ☒ no",
        9,
        after=4,
    )
    for t in [
        "statutory IRPF and Seguridad Social deductions (not insurance or fees)",
        "voluntary remittance of part of the salary on written request, without commission",
        "employer pays outbound and return flights and buses; visa and TIE fees paid by the employer",
        "free lodging with utilities paid by the employer; free to come and go",
        "protective equipment given free",
        "selection agency invoices the employer; 'sin costo alguno' for the worker (negated fee)",
        "no penalty for leaving early; worker keeps passport",
        "'cuadro resumen de gastos' with every cost 'a cargo de' the employer",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn07  generic, es, Peru -> Canada (Ontario). Facebook Messenger chat with an agency page.
# ===========================================================================
def cn07():
    d = Doc(
        "cn07.pdf",
        "generic",
        "es",
        "PE (Lima) → CA (ON)",
        "messenger_chat",
        "Facebook Messenger conversation exported as tall phone pages; page header with avatar; "
        "grey (page) and blue (worker) bubbles; day/time separators",
        fmt=(340.0, 720.0),
        margin=14,
        bottom=12,
    )
    page_name = "Horizonte Norte Consultores Laborales"

    def header(d):
        d.box(0, 0, d.W, d.H, fill=(255, 255, 255), draw=None)
        d.box(0, 0, d.W, 50, fill=(248, 248, 250), draw=None)
        d.hline(0, 50, d.W, 0.5, (220, 220, 225))
        d.pdf.set_fill_color(30, 80, 150)
        d.pdf.ellipse(26, 11, 28, 28, style="F")
        d.text_at(31, 18, "HN", 9, style="B", color=(255, 255, 255))
        d.text_at(60, 11, page_name, 9.5, style="B", color=(5, 5, 5))
        d.text_at(60, 26, "Normalmente responde en una hora", 7, color=(101, 103, 107))
        d.text_at(8, 14, "‹", 14, color=(0, 132, 255))

    c = Chat(d, "fb", header, top=62)
    F, E = d.F, d.E
    d.R(page_name)
    c.start_page()
    c.day("MAR 10 FEB, 21:14")
    c.msg(
        "R",
        "Hola buenas noches, vi su publicación de trabajo en Canadá en invernaderos. ¿Todavía hay "
        "vacantes?",
        "21:14",
    )
    c.msg(
        "L",
        "¡Hola! Gracias por escribirnos. Sí, aún tenemos cupos para invernaderos de pimiento y tomate en "
        + E("work_location", "Leamington, Ontario")
        + ".",
        "21:30",
    )
    c.msg(
        "L",
        "El trabajo es de "
        + E("job_duties", "cosecha, deshoje y empaque de pimiento")
        + " dentro del "
        "invernadero.",
        "21:30",
    )
    c.msg("R", "¿Cuánto tiempo es el contrato?", "21:33")
    c.msg(
        "L",
        "El contrato es "
        + E("employment_period", "del 1 de marzo al 31 de octubre de 2027")
        + ". Se trabaja "
        + E("hours_of_work", "10 horas diarias, de lunes a sábado")
        + ".",
        "21:41",
    )
    c.msg("L", "Pagan " + E("wage_rate", "17.60 dólares canadienses por hora") + ".", "21:41")
    c.msg("R", "¿Y cómo se llama la empresa?", "21:44")
    c.msg(
        "L", "Es un invernadero grande, el nombre se lo damos cuando firme con nosotros.", "21:52"
    )
    c.msg("R", "Ok. ¿Y cuánto cuesta todo el trámite?", "21:53")
    c.msg(
        "L",
        F(
            "recruitment_fee",
            "Nuestros honorarios son de 1200 dólares, se pagan en dos partes: 600 al "
            "firmar y 600 cuando salga la visa.",
            1200,
            "USD",
        ),
        "22:05",
    )
    c.msg(
        "L",
        F(
            "training_cost",
            "Además todos llevan nuestro curso de inglés para trabajo agrícola, son 8 "
            "clases y cuesta S/ 650.",
            650,
            "PEN",
        ),
        "22:05",
    )
    c.msg("R", "Uff es bastante, ahorita no tengo todo ese monto", "22:09")
    c.msg(
        "L",
        F(
            "debt_bondage",
            "No se preocupe, tenemos convenio con una cooperativa que le presta lo que "
            "le falte y usted lo va devolviendo desde Canadá con lo que gane, en cuotas mensuales, con un "
            "interés de 4% mensual nomás.",
        ),
        "22:16",
    )
    c.day("MIÉ 11 FEB, 08:02")
    c.msg("R", "Buenos días. ¿El pasaje y el permiso de trabajo también los pago yo?", "08:02")
    c.msg(
        "L",
        "No, el permiso de trabajo y el pasaje de ida los paga el empleador, eso no le cuesta nada.",
        "08:20",
    )
    c.msg("R", "¿Y el examen médico?", "08:21")
    c.msg(
        "L",
        "El examen médico con el doctor autorizado por Canadá también lo cubre el empleador.",
        "08:25",
    )
    c.msg("R", "¿Y el regreso a Perú?", "08:27")
    c.msg("L", "El regreso se conversa allá directamente con el empleador.", "08:31")
    c.msg("R", "Ya. ¿Qué necesito para separar mi cupo?", "08:33")
    c.msg(
        "L",
        "Mande foto de su DNI y su CV por aquí, y le agendamos cita en nuestra oficina de Los Olivos "
        "para firmar.",
        "08:40",
    )
    c.msg("R", "Listo, se lo mando en la tarde. Gracias.", "08:41")
    c.msg("L", "¡A usted! Cualquier consulta estamos para servirle.", "08:42")
    for t in [
        "work permit and outbound ticket 'los paga el empleador, eso no le cuesta nada'",
        "medical exam 'lo cubre el empleador' (not a medical_cost finding)",
        "'600 al firmar y 600 cuando salga la visa' are instalments of the one recruitment fee",
        "employer name withheld; return trip 'se conversa allá' has no concrete value",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn08  h2a, es, Mexico (Guanajuato) -> North Carolina. Handwritten-style receipts.
# ===========================================================================
def hand_lines(d, first_w, rest_w, text, size, fam="serif", style="I"):
    """Greedy word wrap where the first line is narrower (it follows a printed label)."""
    d.font(fam, style, size)
    out, cur, limit = [], "", first_w
    for w in text.split(" "):
        t = (cur + " " + w).strip()
        if d.pdf.get_string_width(t) > limit and cur:
            out.append(cur)
            cur, limit = w, rest_w
        else:
            cur = t
    out.append(cur)
    return out


def receipt(d, y0, number, bueno, rows, place_date, signer, note=None, paper=(252, 246, 222)):
    x0, w = d.m, d.cw
    h = 262
    d.box(x0, y0, w, h, fill=paper, draw=(120, 96, 60), width=1.0)
    d.text_at(x0 + 14, y0 + 12, "Gestoría Rubio", 16, fam="serif", style="BI", color=(90, 60, 30))
    d.text_at(
        x0 + 14,
        y0 + 32,
        "Trámites y Empleos USA · Calle Hidalgo 38, Centro, Dolores Hidalgo, Gto. · "
        "Tel. 418 555 0147",
        7,
        color=(90, 60, 30),
    )
    d.text_at(x0 + w - 130, y0 + 10, "RECIBO", 13, style="B", color=(90, 60, 30), w=116, align="R")
    d.text_at(
        x0 + w - 130,
        y0 + 28,
        "No. " + number,
        11,
        fam="mono",
        style="B",
        color=(190, 30, 30),
        w=116,
        align="R",
    )
    y = y0 + 56
    d.text_at(x0 + w - 220, y + 2, "Bueno por", 9, color=(90, 60, 30))
    d.box(x0 + w - 160, y - 2, 146, 22, fill=(255, 255, 255), draw=(120, 96, 60), width=0.6)
    d.text_at(x0 + w - 156, y + 0.5, bueno, 12, fam="serif", style="I", color=INK)
    y += 34
    lw = 9.5
    for label, fill in rows:
        d.font("sans", "", lw)
        labw = d.pdf.get_string_width(label) + 10
        lines = hand_lines(d, w - 28 - labw - 6, w - 28 - 6, fill, 11.5)
        d.text_at(x0 + 14, y, label, lw, color=(90, 60, 30))
        for i, ln in enumerate(lines):
            lx = x0 + 14 + (labw if i == 0 else 0)
            lx2 = x0 + w - 14
            d.hline(lx, y + 13, lx2, 0.5, (150, 120, 80), dash=(1, 1.5))
            d.text_at(lx + 3, y - 1.6, ln, 11.5, fam="serif", style="I", color=INK)
            y += 22
    y += 4
    d.font("sans", "", lw)
    d.text_at(x0 + 14, y, "Lugar y fecha", lw, color=(90, 60, 30))
    d.hline(x0 + 90, y + 13, x0 + 330, 0.5, (150, 120, 80), dash=(1, 1.5))
    d.text_at(x0 + 94, y - 1.6, place_date, 11, fam="serif", style="I", color=INK)
    y += 40
    d.hline(x0 + w - 230, y + 4, x0 + w - 20, 0.6, (90, 60, 30))
    d.text_at(x0 + w - 225, y - 14, signer, 12.5, fam="serif", style="BI", color=INK)
    d.text_at(x0 + w - 230, y + 7, "Recibió (nombre y firma)", 7.5, color=(90, 60, 30))
    if note:
        d.text_at(x0 + 16, y - 6, note, 10.5, fam="serif", style="I", color=INK)
    return y0 + h


def cn08():
    d = Doc(
        "cn08.pdf",
        "h2a",
        "es",
        "MX (Guanajuato) → US (NC)",
        "receipts",
        "letter; three tinted receipt-book slips with printed labels, red serial numbers and "
        "handwritten-style blue fills on dotted lines; typed (monospace) instruction sheet on p. 2",
        fmt=LETTER,
        margin=42,
        bottom=30,
    )
    d.R("Gestoría Rubio")
    d.R("Rosendo Rubio Cázares")
    F, E = d.F, d.E
    who = "Anselmo Ríos Baltazar"
    d.new_page()
    d.y = 36
    q1 = (
        "Recibí de "
        + who
        + " la cantidad de $8,000.00 (ocho mil pesos 00/100 M.N.) por concepto de "
        "inscripción y apartado de lugar para la temporada 2026 de tabaco en Carolina del Norte."
    )
    F("recruitment_fee", q1, 8000, "MXN", page=d.pno)
    y = receipt(
        d,
        d.y,
        "0412",
        "$8,000.00",
        [
            ("Recibí de", who),
            ("la cantidad de", "$8,000.00 (ocho mil pesos 00/100 M.N.)"),
            (
                "por concepto de",
                "inscripción y apartado de lugar para la temporada 2026 de tabaco en Carolina del Norte.",
            ),
        ],
        "Dolores Hidalgo, Gto., 14 de enero de 2026",
        "Rosendo Rubio Cázares",
    )
    y += 14
    d.hline(20, y, d.W - 20, 0.6, GREY, dash=(4, 3))
    d.text_at(24, y - 9, "✂", 9, color=GREY)
    y += 14
    q2 = (
        "Recibí de "
        + who
        + " la cantidad de $4 500.00 (cuatro mil quinientos pesos) por concepto de boleto "
        "de avión León – Raleigh (ida), no reembolsable."
    )
    F("travel_cost", q2, 4500, "MXN", page=d.pno)
    receipt(
        d,
        y,
        "0438",
        "$4 500.00",
        [
            ("Recibí de", who),
            ("la cantidad de", "$4 500.00 (cuatro mil quinientos pesos)"),
            ("por concepto de", "boleto de avión León – Raleigh (ida), no reembolsable."),
        ],
        "Dolores Hidalgo, Gto., 3 de febrero de 2026",
        "Rosendo Rubio Cázares",
        paper=(246, 232, 236),
    )
    d.new_page()
    d.y = 36
    q3 = (
        "Recibí de "
        + who
        + " la cantidad de 150 dólares (ciento cincuenta dls.) por concepto de depósito de "
        "la traila donde va a vivir, se regresa al final si no hay daños."
    )
    F("housing_charge", q3, 150, "USD", page=d.pno)
    y = receipt(
        d,
        d.y,
        "0451",
        "150 dls.",
        [
            ("Recibí de", who),
            ("la cantidad de", "150 dólares (ciento cincuenta dls.)"),
            (
                "por concepto de",
                "depósito de la traila donde va a vivir, se regresa al final si no hay daños.",
            ),
        ],
        "Dolores Hidalgo, Gto., 18 de febrero de 2026",
        "Rosendo Rubio Cázares",
        note="Pagado en dólares",
    )
    y += 22
    ytop = y
    yy = (
        d.write(
            d.m + 14,
            y + 12,
            d.cw - 28,
            "INDICACIONES PARA LA TEMPORADA 2026 - TABACO - CAROLINA DEL NORTE",
            10,
            "mono",
            "B",
        )
        + 8
    )
    items = [
        "- Trabajo: "
        + E("job_duties", "corte, ensarte y colgado de tabaco")
        + " en fincas de "
        + E("work_location", "Wilson County, Carolina del Norte")
        + ".",
        "- Temporada: " + E("employment_period", "del 6 de abril al 31 de octubre de 2026") + ".",
        "- Horario: " + E("hours_of_work", "de 6:00 a 16:00, de lunes a sábado") + ".",
        "- Pago: "
        + E("wage_rate", "$15.18 la hora")
        + "; "
        + E("pay_frequency", "se paga cada semana")
        + ".",
        "- Vivienda: " + E("housing", "traila dentro de la finca, sin renta") + ".",
        "- La visa la paga el patrón directo en el consulado.",
        "- Presentarse el 2 de abril a las 5:00 a.m. en la central de autobuses de Dolores Hidalgo con "
        "pasaporte, visa y sus recibos.",
        "- Dudas: Rosendo Rubio Cázares, 418 555 0147.",
    ]
    for it in items:
        yy = d.write(d.m + 14, yy, d.cw - 28, it, 9, "mono") + 5
    d.box(d.m, ytop, d.cw, yy - ytop + 10, draw=(160, 160, 160), width=0.6)
    for t in [
        "'Bueno por' is the receipt's amount box, not a separate charge",
        "'sin renta' for the trailer (rent-free housing), yet a trailer deposit is charged (finding)",
        "'La visa la paga el patrón' (employer pays the visa)",
        "'no reembolsable' confirms the airfare is not repaid",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn09  generic, es, Honduras -> Canada (Quebec). Agency registration form.
# ===========================================================================
def cn09():
    d = Doc(
        "cn09.pdf",
        "generic",
        "es",
        "HN (Cortés) → CA (QC)",
        "registration_form",
        "letter; agency registration form: letterhead, lettered sections with dark bars, boxed fields "
        "with handwritten-style fills, hand-ticked checkboxes, fingerprint box, 'para uso de la agencia' "
        "strip",
        fmt=LETTER,
        margin=44,
        bottom=50,
    )
    agency = "Oportunidades Laborales del Valle de Sula, S. de R.L."
    dark = (40, 40, 40)

    def deco(d):
        d.text_at(44, 28, agency.upper(), 12.5, style="B", color=(0, 90, 80))
        d.text_at(
            44,
            45,
            "Agencia privada de empleo · Autorización STSS No. 0087-2023 · Barrio Río de Piedras, "
            "7 calle, San Pedro Sula · Tel. 2555-0148",
            7.2,
            color=GREY,
        )
        d.text_at(d.W - 150, 10, "Folio: OLVS-26-0733", 8.5, fam="mono", w=106, align="R")
        d.hline(44, 58, d.W - 44, 1.0, (0, 90, 80))
        d.text_at(
            44,
            d.H - 36,
            agency + " · FR-02 Ficha de registro de aspirantes · rev. 2025",
            6.5,
            color=GREY,
        )
        d.text_at(d.W - 144, d.H - 36, "Hoja %d de 2" % d.pno, 6.5, color=GREY, w=100, align="R")
        d.y = 68

    def bar(t):
        d.box(d.m, d.y, d.cw, 15, fill=dark, draw=None)
        d.text_at(d.m + 4, d.y + 2, t, 8.5, style="B", color=(255, 255, 255))
        d.y += 19

    def field(x, y, w, label, value, h=34):
        d.box(x, y, w, h, draw=(90, 90, 90), width=0.5)
        d.text_at(x + 3, y + 2, label, 6.5, color=GREY)
        if value:
            d.text_at(x + 8, y + 14, value, 11.5, fam="serif", style="I", color=INK)

    def ticks(x, y, label, options):
        d.text_at(x, y, label, 8.5)
        d.font("sans", "", 8.5)
        cx = x + d.pdf.get_string_width(label) + 14
        for name, on in options:
            d.checkbox(cx, y + 2.5, on, 8, ink=INK, hand=True)
            d.text_at(cx + 11, y, name, 8.5)
            cx += 24 + d.pdf.get_string_width(name)

    d.on_page = deco
    d.R(agency)
    F, E = d.F, d.E
    d.new_page()
    d.para(
        "FICHA DE REGISTRO DE ASPIRANTES · TRABAJO TEMPORAL EN CANADÁ",
        12,
        "sans",
        "B",
        align="C",
        after=8,
    )
    bar("A. DATOS DEL ASPIRANTE (llenar con letra clara)")
    half = d.cw / 2
    field(d.m, d.y, d.cw, "Nombre completo", E("worker_identity", "Elvin Geovany Maradiaga Ponce"))
    d.y += 34
    field(d.m, d.y, half, "No. de identidad", "0501-1994-07733")
    field(d.m + half, d.y, half, "Fecha de nacimiento", "03/11/1994")
    d.y += 34
    field(d.m, d.y, half, "Municipio / departamento", "Choloma, Cortés")
    field(d.m + half, d.y, half, "Teléfono / WhatsApp", "+504 9555-0172")
    d.y += 34
    field(d.m, d.y, d.cw, "Experiencia laboral", "3 años en empacadora de camarón, área de pelado")
    d.y += 40
    ticks(
        d.m,
        d.y,
        "Escolaridad:",
        [("Primaria", False), ("Secundaria", True), ("Universidad", False)],
    )
    d.y += 16
    ticks(d.m, d.y, "¿Tiene pasaporte vigente?", [("Sí", False), ("No", True)])
    d.y += 16
    ticks(d.m, d.y, "¿Ha trabajado antes en el extranjero?", [("Sí", False), ("No", True)])
    d.y += 24
    bar("B. VACANTE")
    d.para(
        "Vacante: operario de procesamiento avícola ("
        + E("job_duties", "deshuese, corte y empaque de pollo en línea de producción")
        + ").",
        9.5,
        after=3,
    )
    d.para(
        "Lugar de trabajo: " + E("work_location", "Saint-Hyacinthe, Quebec, Canadá") + ".",
        9.5,
        after=3,
    )
    d.para(
        "Salario ofrecido: " + E("wage_rate", "CAD 16.75 por hora") + " (sujeto a confirmación del "
        "empleador).",
        9.5,
        after=10,
    )
    bar("C. COSTOS DEL PROCESO A CARGO DEL ASPIRANTE")
    for txt in [
        F(
            "recruitment_fee",
            "Cuota de inscripción al programa, no reembolsable: L 2,500.00.",
            2500,
            "HNL",
        ),
        F(
            "medical_cost",
            "Examen médico con el médico designado por la embajada: Lps. 1,900.",
            1900,
            "HNL",
        ),
        F(
            "visa_cost",
            "Pasaporte: el aspirante lo tramita y paga por su cuenta (L 1,150.00).",
            1150,
            "HNL",
            passport=True,
        ),
    ]:
        d.checkbox(d.m + 4, d.y + 2, True, 8, ink=INK, hand=True)
        d.y = d.write(d.m + 18, d.y, d.cw - 18, txt, 9.5) + 5
    d.para(
        "Los pagos se hacen en la caja de la agencia o por depósito a su cuenta; pida siempre su recibo.",
        8,
        "sans",
        "I",
        GREY,
        after=4,
    )
    d.new_page()
    bar("D. DECLARACIONES DEL ASPIRANTE (marque cada casilla)")
    for txt in [
        F(
            "document_retention",
            "Autorizo a la agencia a conservar mi pasaporte original desde la "
            "aprobación de la visa hasta mi llegada a Canadá.",
        ),
        "Entiendo que la agencia no me cobrará comisión sobre mi salario en Canadá.",
        "Sé que el boleto de avión de ida y el permiso de trabajo los paga el empleador.",
        "Declaro que la información de esta ficha es verdadera.",
    ]:
        d.checkbox(d.m + 4, d.y + 2, True, 8, ink=INK, hand=True)
        d.y = d.write(d.m + 18, d.y, d.cw - 18, txt, 9.5) + 6
    d.y += 6
    bar("E. DOCUMENTOS ENTREGADOS")
    for on, txt in [
        (True, "Copia de tarjeta de identidad (ambos lados)"),
        (True, "Dos fotografías tamaño pasaporte"),
        (True, "Constancia de trabajo del último empleo"),
        (False, "Constancia de antecedentes penales"),
        (True, "Dos referencias personales con número de teléfono"),
    ]:
        d.checkbox(d.m + 4, d.y + 2, on, 8, ink=INK, hand=True)
        d.y = d.write(d.m + 18, d.y, d.cw - 18, txt, 9.5) + 3
    d.y += 78
    d.text_at(d.m + 20, d.y - 18, "Elvin G. Maradiaga", 13, fam="serif", style="BI", color=INK)
    d.hline(d.m, d.y, d.m + 240, 0.7)
    d.text_at(d.m, d.y + 3, "Firma del aspirante", 8, color=GREY)
    d.box(d.m + 300, d.y - 62, 58, 66, draw=GREY, width=0.5)
    d.text_at(d.m + 300, d.y + 6, "Huella", 7, color=GREY, w=58, align="C")
    d.text_at(d.m + 380, d.y - 18, "22/01/2026", 11.5, fam="serif", style="I", color=INK)
    d.hline(d.m + 376, d.y, d.m + d.cw, 0.7)
    d.text_at(d.m + 376, d.y + 3, "Fecha", 8, color=GREY)
    d.y += 40
    d.box(d.m, d.y, d.cw, 70, fill=(236, 236, 236), draw=(120, 120, 120), width=0.5)
    d.text_at(d.m + 6, d.y + 4, "PARA USO DE LA AGENCIA", 8, style="B")
    d.text_at(d.m + 6, d.y + 22, "Recibido por:", 8.5)
    d.text_at(d.m + 76, d.y + 20, "K. Zelaya", 11.5, fam="serif", style="I", color=INK)
    d.text_at(d.m + 250, d.y + 22, "Expediente completo:", 8.5)
    d.checkbox(d.m + 352, d.y + 24, True, 8, ink=INK, hand=True)
    d.text_at(d.m + 364, d.y + 22, "Sí", 8.5)
    d.checkbox(d.m + 390, d.y + 24, False, 8)
    d.text_at(d.m + 402, d.y + 22, "No", 8.5)
    d.text_at(d.m + 6, d.y + 44, "Observaciones:", 8.5)
    d.text_at(
        d.m + 84,
        d.y + 42,
        "Falta constancia de antecedentes penales",
        11,
        fam="serif",
        style="I",
        color=INK,
    )
    for t in [
        "'la agencia no me cobrará comisión sobre mi salario' (negated fee)",
        "airfare and work permit paid by the employer",
        "'pida siempre su recibo' is advice, not a charge",
        "passport fee borne by the worker is a violation under generic (review only under H-2)",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn10  h2b, mixed (en + es), Mexico (Veracruz) -> Arkansas. English job offer + Spanish annex.
# ===========================================================================
def cn10():
    d = Doc(
        "cn10.pdf",
        "h2b",
        "mixed",
        "MX (Veracruz) → US (AR)",
        "job_offer_with_annex",
        "letter; English job offer (pp. 1-2): letterhead, shaded summary table, lettered sections; "
        "Spanish recruiter annex (p. 3) with its own letterhead, numbered rules and signature line",
        fmt=LETTER,
        margin=56,
        bottom=60,
    )
    forest = (45, 80, 40)

    def deco(d):
        if d.pno < 3:
            d.text_at(56, 30, "OUACHITA RIDGE REFORESTATION, INC.", 13, style="B", color=forest)
            d.text_at(
                56,
                47,
                "415 Sawmill Road · Mount Ida, Arkansas 71957 · (870) 555-0126",
                7.5,
                color=GREY,
            )
            d.text_at(
                d.W - 206,
                47,
                "Job order AR-2026-0113 · p. %d/3" % d.pno,
                7.5,
                color=GREY,
                w=150,
                align="R",
            )
        else:
            d.text_at(
                56,
                30,
                "CONTRATACIONES FORESTALES DEL GOLFO, S.C.",
                13,
                style="B",
                color=(120, 60, 20),
            )
            d.text_at(
                56,
                47,
                "Av. Lázaro Cárdenas 318, Col. Rafael Lucio, Xalapa, Ver. · 228 555 0175",
                7.5,
                color=GREY,
            )
            d.text_at(d.W - 206, 47, "Anexo · hoja 3/3", 7.5, color=GREY, w=150, align="R")
        d.hline(56, 60, d.W - 56, 1.0, forest if d.pno < 3 else (120, 60, 20))
        d.y = 74

    d.on_page = deco
    d.R("Contrataciones Forestales del Golfo, S.C.")
    F, E = d.F, d.E
    d.new_page()
    d.para(
        "H-2B JOB OFFER · TREE PLANTER (FOREST AND CONSERVATION WORKER)", 12, "sans", "B", after=8
    )
    d.y = (
        d.table(
            d.m,
            d.y,
            [120, d.cw - 120],
            [
                [
                    "Employer",
                    E(
                        "employer_identity",
                        "Ouachita Ridge Reforestation, Inc., 415 Sawmill Road, Mount Ida, Arkansas 71957",
                    ),
                ],
                [
                    "Worksites",
                    E(
                        "work_location",
                        "timberlands in Montgomery, Polk and Garland Counties, Arkansas",
                    ),
                ],
                ["Period", E("employment_period", "January 5, 2026 to April 30, 2026")],
                [
                    "Hours",
                    E(
                        "hours_of_work",
                        "40 hours per week, Monday to Friday, 6:30 a.m. to 3:00 p.m.",
                    ),
                ],
                ["Rate", E("wage_rate", "$17.04 per hour")],
                ["Overtime", E("overtime", "$25.56 per hour over 40 hours a week")],
                ["Payday", E("pay_frequency", "Weekly, every Friday")],
            ],
            size=9,
            header=False,
            bold_first_col=True,
            zebra=(232, 240, 228),
        )
        + 12
    )
    sec = [
        (
            "A. Duties",
            E("job_duties", "Plant pine seedlings by hand with a planting bar or hoedad") + " on "
            "cut-over and steep ground, carry seedling bags of up to 40 pounds, and keep the required spacing "
            "and count.",
        ),
        (
            "B. Requirements",
            E("job_requirements", "Three months of experience in manual tree planting") + ", and "
            "the ability to walk steep terrain all day.",
        ),
        (
            "C. Wages",
            "The employer pays at least the highest of the prevailing wage, the federal minimum wage and "
            "the Arkansas minimum wage; "
            + E(
                "wage_adjustment",
                "if a higher rate takes effect during the season, it will be paid from that date",
            )
            + ". "
            + E(
                "earnings_statements",
                "Each payday the worker receives a written earnings statement",
            )
            + " showing hours offered, hours worked, rate, earnings and deductions.",
        ),
        (
            "D. Deductions",
            E("deductions", "Deductions: federal income tax, Social Security and Medicare")
            + ", and motel rent as stated in Section F.",
        ),
        (
            "E. Travel and visa",
            E(
                "inbound_transportation",
                "The employer reimburses inbound transportation and daily subsistence from Xalapa, Veracruz",
            )
            + " to Mount Ida in the first workweek. "
            + E(
                "visa_reimbursement",
                "Visa and border-crossing fees are reimbursed in the first workweek",
            )
            + ". "
            + E("return_transportation", "Return transportation to Xalapa is paid by the employer")
            + " if the "
            "worker completes the season or is dismissed early without cause.",
        ),
    ]
    sec += [
        (
            "F. Lodging",
            "Crews stay in motels near the planting sites. "
            + F(
                "housing_charge",
                "Crew members who stay in the company motel rooms pay $70 per week, deducted from "
                "each paycheck.",
                70,
                "USD",
            ),
        ),
        (
            "G. Crew rules",
            F(
                "movement_restriction",
                "For crew discipline, workers must be back in their motel "
                "rooms by 9:00 p.m. and may not leave the county without the crew leader's written "
                "permission.",
            )
            + " Alcohol is not allowed in crew trucks.",
        ),
        (
            "H. Daily transportation",
            "Transportation from the motel to the planting sites each day is provided in "
            "company crew trucks at no charge.",
        ),
        (
            "I. Ending the job",
            E(
                "termination",
                "A worker who misses 5 consecutive working days without notice is considered to have abandoned the job",
            )
            + "; the employer may dismiss a worker for cause after a written warning.",
        ),
        (
            "J. Recruitment",
            "Recruitment in Mexico is handled by Contrataciones Forestales del Golfo, S.C., which "
            "is paid by the employer and may not charge workers any fee.",
        ),
    ]
    for h, b in sec:
        if not d.need(d.height(d.cw, h, 10, "sans", "B") + d.height(d.cw, b, 9.5) + 9):
            d.new_page()
        d.para(h, 10, "sans", "B", forest, after=1)
        d.para(b, 9.5, after=8)
    assert d.pno == 2
    d.space(30)
    for x, a, b in [
        (d.m, "For the employer", "Wade Tolliver, President"),
        (d.m + 260, "Worker", "Gilberto Xochihua Pale"),
    ]:
        d.hline(x, d.y, x + 220, 0.7)
        d.text_at(x, d.y + 3, a, 8, style="B")
        d.text_at(x, d.y + 14, b, 8.5)
    d.new_page()
    d.para(
        "ANEXO PARA EL TRABAJADOR: REGLAS DE LA CUADRILLA Y DESCUENTOS",
        12,
        "sans",
        "B",
        (120, 60, 20),
        after=2,
    )
    d.para(
        "Temporada de plantación 2026 · Ouachita Ridge Reforestation, Inc.",
        9,
        "sans",
        "I",
        GREY,
        after=10,
    )
    rules = [
        "Las reglas de este anexo forman parte de su contrato con Ouachita Ridge Reforestation, Inc. Léalas "
        "antes de firmar.",
        F(
            "equipment_charge",
            "Las botas de seguridad, la pala plantadora y la bolsa de plantar se venden al "
            "trabajador en USD 185, que se descuentan en partes iguales de los tres primeros cheques.",
            185,
            "USD",
        ),
        F(
            "wage_withholding",
            "La compañía retendrá 60 dólares de cada cheque semanal como fondo de fin de "
            "temporada, que se entrega solo a quienes terminen el contrato.",
            60,
            "USD",
        ),
        "La visa se le reembolsa en el primer cheque; guarde el recibo del banco.",
        "El transporte diario en la camioneta al sitio de plantación es gratis.",
        "Usted conserva su pasaporte; la agencia no guarda documentos de nadie.",
        "Para cualquier duda llame a la oficina de Xalapa al 228 555 0175, de lunes a viernes.",
    ]
    for i, r in enumerate(rules, 1):
        d.font("sans", "B", 9.5)
        d.pdf.set_xy(d.m, d.y)
        d.pdf.cell(18, 12, "%d." % i)
        d.para(r, 9.5, indent=18, after=6)
    d.space(40)
    d.hline(d.m, d.y, d.m + 240, 0.7)
    d.text_at(d.m, d.y + 3, "Recibí y acepto: nombre y firma del trabajador", 8, color=GREY)
    d.text_at(d.m + 300, d.y - 14, "Xalapa, Ver., 28 de noviembre de 2025", 9)
    for t in [
        "free daily crew-truck transportation",
        "inbound travel, subsistence and visa reimbursed in the first workweek",
        "recruiter paid by employer, 'may not charge workers any fee'",
        "worker keeps passport (annex rule 6)",
        "alcohol ban in trucks is a safety rule, not a movement restriction",
        "'motel rent as stated in Section F' in the deductions list is the same housing charge",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn11  generic, en, Philippines -> Spain (Madrid). Household service worker contract.
# ===========================================================================
def cn11():
    d = Doc(
        "cn11.pdf",
        "generic",
        "en",
        "PH (Nueva Ecija) → ES (Madrid)",
        "employment_contract",
        "A4; agency header with reference; parties table; numbered clauses; witnesses and three "
        "signature lines; footer page x of 2",
        fmt=A4,
        margin=54,
        bottom=60,
    )

    def deco(d):
        d.text_at(
            54,
            30,
            "BITUIN GLOBAL MANPOWER SERVICES INC.",
            11,
            fam="serif",
            style="B",
            color=(20, 40, 110),
        )
        d.text_at(
            54,
            45,
            "1458 M.H. del Pilar St., Ermita, Manila · (02) 8555 0139 · Ref. BGMS-ES-2026-118",
            7.5,
            color=GREY,
        )
        d.hline(54, 58, d.W - 54, 0.8, (20, 40, 110))
        d.text_at(
            54,
            d.H - 42,
            "Employment contract, household service worker · Page %d of 2" % d.pno,
            7,
            color=GREY,
        )
        d.y = 72

    d.on_page = deco
    d.R("Bituin Global Manpower Services Inc.")
    F, E = d.F, d.E
    d.new_page()
    d.para(
        "EMPLOYMENT CONTRACT FOR A HOUSEHOLD SERVICE WORKER (SPAIN)",
        12.5,
        "serif",
        "B",
        align="C",
        after=10,
    )
    d.y = (
        d.table(
            d.m,
            d.y,
            [110, d.cw - 110],
            [
                [
                    "Employer",
                    E(
                        "employer_identity",
                        "Mr. Álvaro Ortega Llamas and Mrs. Pilar Sanz Rubio, Calle de Ibiza 41, 3.º B, 28009 Madrid, Spain",
                    ),
                ],
                [
                    "Worker",
                    E("worker_identity", "Maricel Dumalag Sarmiento")
                    + ", of Cabanatuan City, Nueva Ecija, "
                    "Philippines; passport P4471902B",
                ],
                [
                    "Agency",
                    "Bituin Global Manpower Services Inc., 1458 M.H. del Pilar St., Ermita, Manila",
                ],
            ],
            size=9,
            header=False,
            bold_first_col=True,
        )
        + 10
    )
    cl = [
        "1. Position and duties. The Worker is employed as a household service worker to "
        + E(
            "job_duties",
            "care for Mrs. Sanz Rubio's elderly mother, cook, clean and do the laundry",
        )
        + ".",
        "2. Place of work. "
        + E("work_location", "The Employer's home at Calle de Ibiza 41, Madrid")
        + ".",
        "3. Term. This contract runs "
        + E("employment_period", "from 1 March 2026 to 28 February 2028")
        + ".",
        "4. Salary. The Employer pays "
        + E("wage_rate", "EUR 1,184 per month")
        + ", "
        + E("pay_frequency", "paid monthly by bank transfer")
        + " on the last working day of each month.",
        "5. Working hours. The Worker shall work the hours the household requires, with rest as the Employer "
        "allows.",
        "6. Deductions. The Employer deducts "
        + E(
            "deductions",
            "the Worker's share of Spanish social security contributions and income tax withholding",
        )
        + ", as the law requires.",
        "7. Board and lodging. The Worker has a private room in the Employer's home free of charge. "
        + F(
            "meal_charge",
            "The Worker's meals are charged at EUR 90 per month, deducted from her salary.",
            90,
            "EUR",
        ),
        "8. Agency fees. "
        + F(
            "recruitment_fee",
            "The Worker shall pay the Agency a placement fee equivalent to "
            "two weeks' wages, deducted in two equal parts from her first two salaries.",
        ),
        "9. Training. "
        + F(
            "training_cost",
            "Before deployment the Worker shall complete the Agency's caregiving "
            "and Spanish language course, which costs PHP 25,000 and is payable on enrolment.",
            25000,
            "PHP",
        ),
        "10. Costs paid by the Employer. The Employer pays the visa and residence-card fees, the Worker's medical "
        "examination, her airfare from Manila to Madrid and the welfare-fund membership required before "
        "departure.",
    ]
    for c in cl:
        d.para(c, 9.5, "serif", after=6)
    d.new_page()
    cl = [
        "11. Return. At the end of the contract the Employer provides "
        + E("return_transportation", "a one-way ticket from Madrid to Manila")
        + ".",
        "12. Documents. The Worker keeps her own passport and residence card at all times.",
        "13. Days off. The Worker has one full day off each week and may spend it as she wishes.",
        "14. Disputes. The parties shall try to settle any dispute amicably, with the help of the Philippine "
        "Overseas Labor Office in Madrid if needed.",
    ]
    for c in cl:
        d.para(c, 9.5, "serif", after=6)
    d.para(
        "Signed in Manila on 12 January 2026 (Worker and Agency) and in Madrid on 19 January 2026 "
        "(Employer).",
        9.5,
        "serif",
        after=46,
    )
    for x, a, b in [
        (d.m, "Employer", "Álvaro Ortega Llamas / Pilar Sanz Rubio"),
        (d.m + 165, "Worker", "Maricel Dumalag Sarmiento"),
        (d.m + 330, "For the Agency", "Ma. Teresa Villaflor, Placement Officer"),
    ]:
        d.hline(x, d.y, x + 150, 0.7)
        d.text_at(x, d.y + 3, a, 8, fam="serif", style="B")
        d.write(x, d.y + 14, 150, b, 8, "serif")
    d.y += 70
    d.para("Witnesses:", 9, "serif", "B", after=20)
    for x in (d.m, d.m + 250):
        d.hline(x, d.y, x + 200, 0.5)
    d.y += 4
    d.text_at(d.m, d.y, "Rhea Mae Cabusao", 8, fam="serif")
    d.text_at(d.m + 250, d.y, "Jonas P. Ildefonso", 8, fam="serif")
    for t in [
        "free private room (lodging not charged)",
        "statutory social security and income tax deductions",
        "employer pays visa, residence card, medical exam, airfare and welfare-fund membership",
        "worker keeps passport; free weekly day off (no movement restriction)",
        "'hours the household requires' has no concrete value (hours missing)",
    ]:
        d.T(t)
    return d


# ===========================================================================
# cn12  h2a, mixed (en + es), Mexico (Sinaloa) -> Colorado. Job order + Spanish summary.
# ===========================================================================
def cn12():
    d = Doc(
        "cn12.pdf",
        "h2a",
        "mixed",
        "MX (Sinaloa) → US (CO)",
        "job_order",
        "letter; p. 1 lettered sections beside an 'at a glance' sidebar (two columns); p. 2 last "
        "sections, bordered Spanish summary box with bullets, bilingual signature lines; footer",
        fmt=LETTER,
        margin=54,
        bottom=62,
    )
    rust = (150, 70, 30)

    def deco(d):
        d.box(0, 0, d.W, 8, fill=rust, draw=None)
        d.text_at(54, 20, "ARKANSAS VALLEY PRODUCE GROWERS, LLC", 12, style="B", color=rust)
        d.text_at(
            54,
            36,
            "H-2A Work Contract · attachment to clearance order CO-2026-H2A-2271",
            8,
            color=GREY,
        )
        d.hline(54, 50, d.W - 54, 0.6, GREY)
        d.text_at(
            54, d.H - 42, "Clearance order CO-2026-H2A-2271 · page %d of 2" % d.pno, 7, color=GREY
        )
        d.y = 64

    d.on_page = deco
    d.R("Agromovilidad del Pacífico, S.A. de C.V.")
    F, E = d.F, d.E
    d.new_page()
    mainw, sidew, gap = 330, d.cw - 330 - 16, 16
    sx = d.m + mainw + gap
    top = d.y
    d.box(sx, top, sidew, 300, fill=(250, 240, 230), draw=rust, width=0.6)
    sy = d.write(sx + 8, top + 8, sidew - 16, "AT A GLANCE", 9, "sans", "B", rust) + 4
    for t in [
        "Season: " + E("employment_period", "June 15, 2026 to October 31, 2026"),
        "Pay: " + E("wage_rate", "$17.87 per hour"),
        "Payday: " + E("pay_frequency", "every Friday, for the week before"),
        "Hours: "
        + E("hours_of_work", "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m."),
        "Housing: free, at the labor camp",
        "Recruiter in Mexico: Agromovilidad del Pacífico, S.A. de C.V.",
    ]:
        sy = d.write(sx + 8, sy, sidew - 16, t, 8.3) + 6
    d.crops[1] = [(d.m - 2, 50, d.m + mainw + 4, d.H), (sx - 2, 50, d.W, d.H)]
    y = top
    sec = [
        (
            "Employer",
            E(
                "employer_identity",
                "Arkansas Valley Produce Growers, LLC, 27750 County Road 21, Rocky Ford, CO 81067",
            )
            + ", telephone (719) 555-0183.",
        ),
        (
            "A. Job",
            "Farmworker: "
            + E(
                "job_duties",
                "hand harvest of cantaloupes and onions, hoeing and irrigation ditch cleaning",
            )
            + ".",
        ),
        (
            "B. Place of work",
            "The "
            + E(
                "work_location",
                "fields of the employer near Rocky Ford and Swink, Otero County, Colorado",
            )
            + ".",
        ),
        (
            "C. Wages",
            "The employer "
            + E(
                "wage_adjustment",
                "will always pay the highest of the AEWR, the prevailing wage, the agreed rate and the federal or state minimum wage",
            )
            + "; if a higher rate is published during the season, it applies from its effective date.",
        ),
        (
            "D. Pay statements",
            E("earnings_statements", "An itemized earnings statement is given with each pay")
            + ", showing hours offered and worked, rate, earnings and each deduction.",
        ),
        (
            "E. Deductions",
            "Only "
            + E(
                "deductions",
                "federal income tax (when the worker asks for withholding) and deductions the worker authorizes in writing",
            )
            + " for his or her own benefit.",
        ),
        (
            "F. Three-fourths guarantee",
            "The employer will "
            + E(
                "three_fourths_guarantee",
                "offer employment for at least three-fourths of the workdays",
            )
            + " of the contract period, or pay the difference.",
        ),
    ]
    sec += [
        (
            "G. Housing and meals",
            E(
                "housing",
                "Free housing is provided at the employer's labor camp, 27800 County Road 21",
            )
            + ", Rocky Ford. No deposit is charged. Each unit has "
            + E("meals", "free cooking facilities")
            + " with stoves, refrigerators and utensils.",
        ),
        (
            "H. Transportation",
            E(
                "inbound_transportation",
                "The employer advances or reimburses inbound travel and subsistence from Culiacán, Sinaloa",
            )
            + ". At the end of the contract the employer "
            + E("return_transportation", "pays return travel to Culiacán")
            + ". "
            + E(
                "daily_transportation",
                "Daily transportation between the camp and the fields is free",
            )
            + ".",
        ),
        (
            "I. Visa and passport",
            "The employer pays the visa fee (MRV) and the border-crossing fee directly. "
            + F(
                "visa_cost",
                "Workers are responsible for obtaining a valid passport, and the cost of the passport is "
                "not reimbursed.",
                group=1,
                passport=True,
            ),
        ),
        (
            "J. Tools",
            E("tools_provided", "All tools and equipment are provided free of charge")
            + ", including gloves, knives and harvest buckets.",
        ),
        (
            "K. Workers' compensation",
            E(
                "workers_compensation",
                "Workers' compensation insurance is provided through High Plains Mutual Casualty",
            )
            + ", policy WC-44-18820, at no cost to the worker.",
        ),
        (
            "L. Damage",
            F(
                "damage_chargeback",
                "The cost of repairing housing or equipment damaged by a worker "
                "beyond normal wear and tear, when caused by the worker's negligence, will be deducted "
                "from that worker's pay.",
            ),
        ),
        (
            "M. Requirements",
            E("job_requirements", "One month of experience in hand-harvesting vegetables or melons")
            + ".",
        ),
        (
            "N. Termination",
            "A worker may be dismissed for cause after a written warning; "
            + E("termination", "abandonment is 5 consecutive workdays without notice")
            + ", and the employer will "
            "report it as the regulations require.",
        ),
        (
            "O. Recruitment",
            "Agromovilidad del Pacífico, S.A. de C.V. recruits for the employer in Mexico and is "
            "paid by the employer; it may not charge workers for any service.",
        ),
        (
            "P. Language",
            "A Spanish summary is attached. A full Spanish copy will be given to any worker who "
            "asks for it.",
        ),
    ]
    x, w = d.m, mainw
    for h, b in sec:
        need = d.height(w, h, 9.5, "sans", "B") + d.height(w, b, 9, "serif") + 7
        if y + need > d.H - d.bottom:
            d.new_page()
            x, w, y = d.m, d.cw, d.y
        y = d.write(x, y, w, h, 9.5, "sans", "B")
        y = d.write(x, y, w, b, 9, "serif") + 7
    assert d.pno == 2
    d.y = y + 14
    top = d.y
    d.y += 12
    d.x, d.cw = d.m + 14, d.cw - 28
    d.para("RESUMEN EN ESPAÑOL", 12, "sans", "B", rust, after=8)
    for b in [
        "Temporada del 15 de junio al 31 de octubre de 2026, en los campos de Rocky Ford y Swink, "
        "Colorado: cosecha de melón y cebolla.",
        "Pago de $17.87 por hora, o la tarifa más alta que se publique; se paga cada viernes.",
        "Vivienda gratuita en el campamento, con cocina equipada sin costo.",
        "El viaje de ida se adelanta o se reembolsa, el regreso a Culiacán lo paga el empleador y el "
        "transporte diario al campo es gratis.",
        "La visa y el cruce fronterizo los paga el empleador. "
        + F(
            "visa_cost",
            "El costo del pasaporte lo cubre cada trabajador y no se reembolsa.",
            group=1,
            passport=True,
        ),
        "Las herramientas se entregan sin costo; el seguro de accidentes de trabajo no le cuesta nada.",
        "Agromovilidad del Pacífico, S.A. de C.V. no puede cobrarle por ningún servicio.",
    ]:
        d.bullet(b, 9.5, after=5)
    d.y += 6
    d.box(d.m, top, d.W - 2 * d.m, d.y - top, draw=rust, width=1.0)
    d.x, d.cw = d.m, d.W - 2 * d.m
    d.y += 50
    for x, a, b in [
        (d.m, "For the employer / Por el empleador", "Dale Whitcomb, Owner"),
        (d.m + 260, "Worker / Trabajador", "Efrén Zazueta Lugo"),
    ]:
        d.hline(x, d.y, x + 220, 0.7)
        d.text_at(x, d.y + 3, a, 8, style="B")
        d.text_at(x, d.y + 14, b, 8.5)
        d.text_at(x, d.y + 27, "Date / Fecha: ____________", 8, color=GREY)
    for t in [
        "visa (MRV) and border-crossing fees paid by the employer (passport alone is a review item under H-2A)",
        "free housing, no deposit; free cooking facilities",
        "inbound travel advanced or reimbursed; free daily transport; return paid",
        "tools free; workers' compensation at no cost",
        "recruiter paid by the employer, may not charge workers",
        "English and Spanish passport sentences are one clause (group 1)",
    ]:
        d.T(t)
    return d


# ===========================================================================
# MAIN: labels, verification, comparison with the committed labels.json
# ===========================================================================
DOCS = [cn01, cn02, cn03, cn04, cn05, cn06, cn07, cn08, cn09, cn10, cn11, cn12]


def make_labels(d):
    fees = []
    for f in d.fees:
        o = {
            "category": f["category"],
            "severity": severity(f["category"], d.program, f["passport"]),
            "page": f["page"],
            "amount": None if f["amount"] is None else float(f["amount"]),
            "currency": f["currency"],
            "quote": norm(f["quote"]),
        }
        if f["group"] is not None:
            o["group"] = f["group"]
        fees.append(o)
    missing = [t for t in REQUIRED[d.program] if t not in d.evidence]
    return {
        "file": d.file,
        "program": d.program,
        "language": d.language,
        "scanned": bool(d.scanned_pages),
        "pages": d.pdf.pages_count,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": list(d.recruiters),
        "traps": list(d.traps),
        "doc_type": d.doc_type,
        "layout": d.layout,
    }


def page_variants(page, extra):
    W, H = float(page.width), float(page.height)
    out = [("full", norm(page.extract_text() or ""))]
    boxes = [(0, 0, W / 2, H), (W / 2, 0, W, H)] + list(extra)
    for b in boxes:
        b = (max(0, b[0]), max(0, b[1]), min(W, b[2]), min(H, b[3]))
        out.append(("columns", norm(page.crop(b).extract_text() or "")))
    for t in page.extract_tables():
        for row in t:
            cells = [norm(c) for c in row if c]
            out.append(("table-cells", " ".join(cells)))
            for c in cells:
                out.append(("table-cells", c))
    return out


def find(variants, s):
    s = norm(s)
    for method, v in variants:
        if s and s in v:
            return method
    return None


def verify(out_dir, docs, labels):
    import pdfplumber

    errs, notes, methods = [], [], {}
    for d, lab in zip(docs, labels):
        path = os.path.join(out_dir, d.file)
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"] or not 1 <= n <= 4:
                errs.append("%s: %d pages, label says %d (allowed 1-4)" % (d.file, n, lab["pages"]))
            pv = []
            for i, page in enumerate(pdf.pages, 1):
                pv.append(page_variants(page, d.crops.get(i, [])))
                nchars = len(page.chars)
                if i in d.scanned_pages:
                    if nchars or (page.extract_text() or "").strip():
                        errs.append("%s p%d: scanned page has a text layer" % (d.file, i))
                    if len(page.images) != 1:
                        errs.append("%s p%d: scanned page should hold one image" % (d.file, i))
                    else:
                        im = page.images[0]
                        dpi = im["srcsize"][0] / (float(im["width"]) / 72.0)
                        if dpi < 200:
                            errs.append("%s p%d: scan at %.0f dpi" % (d.file, i, dpi))
                        notes.append(
                            "  %s p%d image-only, %dx%d px, %.0f dpi"
                            % (d.file, i, im["srcsize"][0], im["srcsize"][1], dpi)
                        )
                elif nchars < 40:
                    errs.append("%s p%d: text page with almost no text" % (d.file, i))
        alltext = [v for page in pv for v in page]
        for f in lab["fees"]:
            p = f["page"]
            if not isinstance(p, int) or not 1 <= p <= len(pv):
                errs.append("%s: bad page for %r" % (d.file, f["quote"][:50]))
                continue
            m = find(pv[p - 1], f["quote"])
            if not m:
                errs.append("%s p%d: quote not found: %r" % (d.file, p, f["quote"]))
            else:
                methods[m] = methods.get(m, 0) + 1
                if m != "full":
                    notes.append(
                        "  %s p%d quote found via %s: %s" % (d.file, p, m, f["quote"][:60])
                    )
            if "\n" in f["quote"] or len(f["quote"]) > 330:
                errs.append("%s: quote is not one sentence: %r" % (d.file, f["quote"][:60]))
            if f["severity"] != severity(
                f["category"],
                d.program,
                any(x["passport"] for x in d.fees if norm(x["quote"]) == f["quote"]),
            ):
                errs.append("%s: severity mismatch %r" % (d.file, f["quote"][:40]))
            if f["currency"] is not None and f["currency"] not in CURRENCIES:
                errs.append("%s: currency %s" % (d.file, f["currency"]))
            if f["amount"] is not None and not f["amount"] > 0:
                errs.append("%s: amount %r" % (d.file, f["amount"]))
        for name in lab["recruiters"]:
            if not find(alltext, name):
                errs.append("%s: recruiter name not in text: %r" % (d.file, name))
        for term, ev in d.evidence.items():
            if not find(alltext, ev):
                errs.append("%s: evidence for %s not in text: %r" % (d.file, term, ev))
        for t in lab["missing_terms"]:
            if t not in REQUIRED[d.program]:
                errs.append("%s: %s is not required for %s" % (d.file, t, d.program))
    # ---- batch mix ----
    names = [l["file"] for l in labels]
    if names != ["cn%02d.pdf" % i for i in range(1, 13)]:
        errs.append("batch: files are %s" % names)
    langs = [l["language"] for l in labels]
    progs = [l["program"] for l in labels]
    if langs.count("es") < 8 or "mixed" not in langs or "en" not in langs:
        errs.append("batch: languages %s" % langs)
    if set(progs) != set(PROGRAMS):
        errs.append("batch: programs %s" % progs)
    compliant = [l for l in labels if not l["fees"] and not l["missing_terms"]]
    if len(compliant) < 3:
        errs.append("batch: only %d compliant documents" % len(compliant))
    for l in compliant:
        if len(l["traps"]) < 5:
            errs.append("%s: compliant document with few look-alikes" % l["file"])
    for l in labels:
        if l in compliant:
            continue
        clauses = {f.get("group", "q:" + f["quote"]) for f in l["fees"]}
        if not 1 <= len(clauses) <= 5:
            errs.append("%s: %d findings (want 1-5)" % (l["file"], len(clauses)))
    scanned = [l for l in labels if l["scanned"]]
    if len(scanned) != 1:
        errs.append("batch: %d scanned documents (want exactly 1)" % len(scanned))
    for d in docs:
        if d.scanned_pages and len(d.scanned_pages) != 1:
            errs.append("%s: %d scanned pages (want 1)" % (d.file, len(d.scanned_pages)))
        if d.scanned_pages and any(f["page"] in d.scanned_pages for f in d.fees):
            errs.append("%s: a finding sits on the scanned page" % d.file)
    return errs, notes, methods


def build_all():
    docs = []
    for fn in DOCS:
        d = fn()
        for f in d.fees:
            if f["page"] is None:
                raise SystemExit("%s: finding never drawn: %r" % (d.file, f["quote"][:60]))
        docs.append(d)
    return docs


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out_dir = args[0]
    write_labels = "--write-labels" in argv
    t0 = time.time()
    os.makedirs(out_dir, exist_ok=True)
    errs = check_taxonomy()
    docs = build_all()
    again = build_all()
    for d, d2 in zip(docs, again):
        b1, b2 = bytes(d.pdf.output()), bytes(d2.pdf.output())
        if b1 != b2:
            errs.append("%s: two renderings differ (not deterministic)" % d.file)
        with open(os.path.join(out_dir, d.file), "wb") as fh:
            fh.write(b1)
    labels = [make_labels(d) for d in docs]
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(text)
    if write_labels:
        with open(COMMITTED, "w", encoding="utf-8") as fh:
            fh.write(text)
    e2, notes, methods = verify(out_dir, docs, labels)
    errs += e2
    for d, l in zip(docs, labels):
        clauses = len({f.get("group", "q:" + f["quote"]) for f in l["fees"]})
        print(
            "%-9s %-7s %-5s pages=%d findings=%d missing=%d present=%d%s"
            % (
                d.file,
                d.program,
                d.language,
                l["pages"],
                clauses,
                len(l["missing_terms"]),
                len(d.evidence),
                " scanned" if l["scanned"] else "",
            )
        )
    for n in notes:
        print(n)
    print("quote match methods:", json.dumps(methods, sort_keys=True))
    if os.path.exists(COMMITTED):
        committed = json.load(open(COMMITTED, encoding="utf-8"))
        if committed != labels:
            errs.append("generated labels differ from committed labels.json")
            for a, b in zip(committed, labels):
                if a != b:
                    for k in b:
                        if a.get(k) != b.get(k):
                            errs.append("  %s: key %s differs" % (b["file"], k))
            if len(committed) != len(labels):
                errs.append(
                    "  committed has %d entries, generated %d" % (len(committed), len(labels))
                )
    else:
        errs.append("committed labels.json missing (run with --write-labels)")
    for e in errs:
        print("FAIL", e)
    print("documents: %d, failures: %d, %.1f s" % (len(docs), len(errs), time.time() - t0))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
