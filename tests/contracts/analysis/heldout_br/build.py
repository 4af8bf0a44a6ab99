#!/usr/bin/env python3
"""Held-out test batch "br": 12 recruitment documents plus labels.json.

Usage:  python build.py OUT_DIR

Writes br01.pdf ... br12.pdf and labels.json into OUT_DIR, then reopens every PDF
with pdfplumber and checks the labels against the printed text (page counts, fee
quotes on their labelled pages, scanned pages without a text layer, recruiter
names printed).  Exits non-zero on any mismatch.

Deterministic: fixed creation date, fixed random seeds, no clock or network use.
"""

import io
import json
import math
import os
import sys
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime(2027, 1, 25, 9, 30, 0, tzinfo=UTC)

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FAMILIES = {
    "dv": (
        DEJAVU,
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "dvc": (
        DEJAVU,
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
        "DejaVuSansCondensed-BoldOblique.ttf",
    ),
    "dvs": (
        DEJAVU,
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "ls": (
        LIBER,
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    "lsr": (
        LIBER,
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    ),
    "ln": (
        LIBER,
        "LiberationSansNarrow-Regular.ttf",
        "LiberationSansNarrow-Bold.ttf",
        "LiberationSansNarrow-Italic.ttf",
        "LiberationSansNarrow-BoldItalic.ttf",
    ),
    "ns": (
        NOTO,
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Italic.ttf",
        "NotoSans-BoldItalic.ttf",
    ),
    "nsr": (
        NOTO,
        "NotoSerif-Regular.ttf",
        "NotoSerif-Bold.ttf",
        "NotoSerif-Italic.ttf",
        "NotoSerif-BoldItalic.ttf",
    ),
}
# Noto is optional: fall back to Liberation when it is not installed.
if not os.path.exists(NOTO + "NotoSans-Regular.ttf"):
    FAMILIES["ns"] = FAMILIES["ls"]
if not os.path.exists(NOTO + "NotoSerif-Regular.ttf"):
    FAMILIES["nsr"] = FAMILIES["lsr"]

TERMS_ORDER = [
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
REQUIRED = {
    "h2a": {
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
    },
    "h2b": {
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
    },
    "generic": {
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
    },
}
CATEGORIES = {
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
}


def severity_for(category, program):
    if category in ("damage_chargeback", "meal_charge"):
        return "review"
    if category == "housing_charge":
        return "violation" if program == "h2a" else "review"
    return "violation"


def fee(category, program, page, quote, amount=None, currency=None, group=None):
    d = {
        "category": category,
        "severity": severity_for(category, program),
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


def label(
    file,
    program,
    language,
    pages,
    fees,
    missing,
    recruiters,
    traps,
    doc_type,
    layout,
    scanned=False,
):
    missing = [t for t in TERMS_ORDER if t in set(missing)]
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "pages": pages,
        "fees": fees,
        "missing_terms": missing,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
    }


# --------------------------------------------------------------------------------------
# Pillow helpers: stamps, signatures, scanned pages
# --------------------------------------------------------------------------------------


def pil_font(size, bold=False, serif=False, mono=False):
    if mono:
        name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    elif serif:
        name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    else:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(DEJAVU + name, size)


def make_stamp(lines, seed, color=(170, 35, 40), shape="circle", angle=-12, px=420):
    """An ink stamp as a transparent PNG (image only: adds no text to the PDF layer)."""
    rs = np.random.RandomState(seed)
    if shape == "circle":
        w, h = px, px
    else:
        w, h = int(px * 1.6), int(px * 0.62)
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    if shape == "circle":
        d.ellipse([6, 6, w - 6, h - 6], outline=255, width=10)
        d.ellipse([34, 34, w - 34, h - 34], outline=255, width=4)
    else:
        d.rounded_rectangle([6, 6, w - 6, h - 6], radius=18, outline=255, width=10)
        d.rounded_rectangle([26, 26, w - 26, h - 26], radius=10, outline=255, width=3)
    sizes = [int(h * 0.13)] * len(lines)
    if shape != "circle" and len(lines) == 1:
        sizes = [int(h * 0.42)]
    total = sum(s * 1.25 for s in sizes)
    y = (h - total) / 2
    for ln, s in zip(lines, sizes):
        f = pil_font(s, bold=True)
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, y), ln, fill=255, font=f)
        y += s * 1.25
    a = np.asarray(img).astype(float) / 255.0
    ink = np.clip(0.55 + rs.normal(0.25, 0.18, a.shape), 0, 1)
    alpha = (a * ink * 210).astype(np.uint8)
    rgba = Image.new("RGBA", (w, h), color + (0,))
    rgba.putalpha(Image.fromarray(alpha))
    rgba = rgba.rotate(angle, expand=True, resample=Image.BICUBIC)
    buf = io.BytesIO()
    rgba.save(buf, "PNG")
    buf.seek(0)
    return buf


def scribble(draw, x, y, w, h, seed, fill=30, width=3):
    """A handwritten-looking signature made of smooth random strokes."""
    rs = np.random.RandomState(seed)
    pts = []
    n = 26
    for i in range(n):
        t = i / (n - 1)
        px = x + t * w + rs.normal(0, w * 0.015)
        py = y + h / 2 + math.sin(t * 9.0 + rs.uniform(0, 1)) * h * 0.35 + rs.normal(0, h * 0.06)
        pts.append((px, py))
    draw.line(pts, fill=fill, width=width, joint="curve")
    draw.line([(x + w * 0.05, y + h * 0.85), (x + w * 0.75, y + h * 0.7)], fill=fill, width=2)


def signature_png(seed, w=600, h=160):
    img = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(img)
    scribble(d, 10, 10, w - 20, h - 20, seed, fill=255, width=4)
    rgba = Image.new("RGBA", (w, h), (20, 30, 90, 0))
    rgba.putalpha(img)
    buf = io.BytesIO()
    rgba.save(buf, "PNG")
    buf.seek(0)
    return buf


def fingerprint(draw, cx, cy, rx, ry, seed, fill=70):
    rs = np.random.RandomState(seed)
    for k in range(14):
        fx = rx * (1 - k / 15.0)
        fy = ry * (1 - k / 15.0)
        start = rs.uniform(0, 60)
        draw.arc(
            [cx - fx, cy - fy, cx + fx, cy + fy], start=start, end=start + 300, fill=fill, width=3
        )


def wrap_px(text, font, maxw, draw):
    words = text.split()
    lines, cur = [], ""
    for wd in words:
        trial = (cur + " " + wd).strip()
        if draw.textlength(trial, font=font) <= maxw:
            cur = trial
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def finish_scan(img, seed, angle=0.45):
    """Turn a clean rendering into a photocopy-like scan: tilt, grey paper, noise, blur."""
    rs = np.random.RandomState(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    arr = np.asarray(img).astype(float)
    h, w = arr.shape
    arr = arr * 0.9 + 14
    yy, xx = np.mgrid[0:h, 0:w]
    arr -= 10 * (xx / w) + 6 * (yy / h)  # uneven lighting
    arr += rs.normal(0, 7.5, arr.shape)  # sensor noise
    specks = rs.rand(h, w) > 0.9993  # toner specks
    arr[specks] = 60
    arr[:, :6] = 90  # dark scanner edge
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.75))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=74)
    buf.seek(0)
    return buf


# --------------------------------------------------------------------------------------
# fpdf2 document helper
# --------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        body="dv",
        size=10,
        accent=(30, 70, 120),
        footer_l="",
        footer_r="Page {p} of {n}",
        npages=1,
        margins=(18, 14, 18),
        title="",
        author="",
        bottom=16,
    ):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("fpdf2 (held-out batch br)")
        self.body = body
        self.base = size
        self.accent = accent
        self._fams = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.footer_l = footer_l
        self.footer_r = footer_r
        self.npages = npages
        self.no_footer = set()
        self.initials_box = False

    # fonts ------------------------------------------------------------------------
    def font(self, fam=None, style="", size=None):
        fam = fam or self.body
        if fam not in self._fams:
            base, r, b, i, bi = FAMILIES[fam]
            self.add_font(fam, "", base + r)
            self.add_font(fam, "B", base + b)
            self.add_font(fam, "I", base + i)
            self.add_font(fam, "BI", base + bi)
            self._fams.add(fam)
        self.set_font(fam, style, size or self.base)

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def footer(self):
        if self.page_no() in self.no_footer:
            return
        if self.initials_box:
            self.set_draw_color(120, 120, 120)
            self.rect(self.w - self.r_margin - 38, self.h - 22, 38, 8)
            self.set_xy(self.w - self.r_margin - 38, self.h - 21)
            self.font(size=6.5)
            self.set_text_color(110, 110, 110)
            self.cell(38, 3, "Worker's initials", align="L")
        self.set_y(-11)
        self.font(size=7.5)
        self.set_text_color(110, 110, 110)
        if self.footer_l:
            self.cell(self.tw, 4, self.footer_l, align="L")
            self.set_x(self.l_margin)
        self.cell(self.tw, 4, self.footer_r.format(p=self.page_no(), n=self.npages), align="R")
        self.set_text_color(0, 0, 0)

    # text blocks ------------------------------------------------------------------
    def p(
        self,
        text,
        size=None,
        style="",
        align="L",
        md=False,
        indent=0,
        lh=None,
        color=None,
        after=1.6,
        fam=None,
    ):
        size = size or self.base
        self.font(fam, style, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.tw - indent,
            lh or size * 0.47,
            text,
            markdown=md,
            align=align,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        if after:
            self.ln(after)

    def head(
        self,
        text,
        size=None,
        color=None,
        before=2.0,
        after=1.2,
        fam=None,
        style="B",
        rule=False,
        align="L",
    ):
        self.ln(before)
        size = size or self.base + 1.5
        self.font(fam, style, size)
        self.set_text_color(*(color or self.accent))
        self.multi_cell(self.tw, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if rule:
            self.set_draw_color(*(color or self.accent))
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y() + 0.6, self.w - self.r_margin, self.get_y() + 0.6)
            self.set_line_width(0.2)
            self.ln(1.2)
        self.ln(after)

    def clause(self, lead, text, size=None, indent=0, after=1.8):
        self.p("**" + lead + "** " + text, size=size, md=True, indent=indent, after=after)

    def bullets(self, items, size=None, indent=3, bullet="\u2022", after=1.5):
        size = size or self.base
        for it in items:
            self.font(None, "", size)
            self.set_x(self.l_margin + indent)
            self.cell(4, size * 0.47, bullet)
            self.multi_cell(self.tw - indent - 4, size * 0.47, it, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(after)

    def band(
        self,
        title,
        sub=None,
        color=None,
        height=22,
        tsize=15,
        ssize=8.5,
        text_color=(255, 255, 255),
    ):
        color = color or self.accent
        self.set_fill_color(*color)
        self.rect(0, 0, self.w, height, style="F")
        self.set_xy(self.l_margin, 5)
        self.font(None, "B", tsize)
        self.set_text_color(*text_color)
        self.multi_cell(self.tw, tsize * 0.45, title, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.ln(0.8)
            self.font(None, "", ssize)
            self.multi_cell(self.tw, ssize * 0.45, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(height + 4)

    def rule(self, color=(150, 150, 150), width=0.3, gap=1.5):
        self.ln(gap)
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(gap)

    def grid(
        self,
        rows,
        widths,
        header=None,
        size=None,
        head_fill=None,
        bold_first=False,
        zebra=None,
        lh=None,
        borders="ALL",
        head_color=(255, 255, 255),
        after=3,
        first_fill=None,
        aligns=None,
    ):
        size = size or self.base - 0.5
        self.font(None, "", size)
        data = ([header] if header else []) + list(rows)
        kw = dict(
            col_widths=widths,
            width=self.tw,
            line_height=lh or size * 0.47,
            text_align=aligns or "LEFT",
            first_row_as_headings=bool(header),
            borders_layout=borders,
            padding=1.2,
            v_align="TOP",
        )
        if header:
            kw["headings_style"] = FontFace(
                emphasis="BOLD", color=head_color, fill_color=head_fill or self.accent
            )
        if zebra:
            kw["cell_fill_color"] = zebra
            kw["cell_fill_mode"] = "ROWS"
        self.set_draw_color(110, 110, 110)
        self.set_fill_color(255, 255, 255)
        with self.table(**kw) as t:
            for ri, r in enumerate(data):
                row = t.row()
                for ci, c in enumerate(r):
                    if bold_first and ci == 0 and not (header and ri == 0):
                        row.cell(c, style=FontFace(emphasis="BOLD", fill_color=first_fill))
                    else:
                        row.cell(c)
        self.ln(after)

    def sig_row(self, cols, size=None, gap=6, line_w=None, top_space=14, after=3):
        """cols: list of (caption, name, role). Draws signature lines side by side."""
        size = size or self.base - 1
        n = len(cols)
        colw = (self.tw - gap * (n - 1)) / n
        self.ln(top_space)
        y = self.get_y()
        for i, (cap, name, role) in enumerate(cols):
            x = self.l_margin + i * (colw + gap)
            self.set_draw_color(60, 60, 60)
            self.line(x, y, x + (line_w or colw), y)
            self.set_xy(x, y + 1)
            self.font(None, "B", size)
            self.multi_cell(colw, size * 0.45, cap, new_x="LEFT", new_y="NEXT")
            if name:
                self.font(None, "", size)
                self.multi_cell(colw, size * 0.45, name, new_x="LEFT", new_y="NEXT")
            if role:
                self.font(None, "I", size - 0.5)
                self.multi_cell(colw, size * 0.45, role, new_x="LEFT", new_y="NEXT")
        self.set_y(y + 16)
        self.ln(after)

    def print_box(self, x, y, w, h, caption, size=6.5):
        self.set_draw_color(90, 90, 90)
        self.rect(x, y, w, h)
        self.set_xy(x, y + h + 0.8)
        self.font(None, "", size)
        self.cell(w, 3, caption, align="C")

    def shaded(self, text, fill=(238, 242, 247), size=None, md=False, border_color=None, after=2.5):
        size = size or self.base
        self.font(None, "", size)
        self.set_fill_color(*fill)
        if border_color:
            self.set_draw_color(*border_color)
        self.multi_cell(
            self.tw,
            size * 0.5,
            text,
            fill=True,
            markdown=md,
            border=1 if border_color else 0,
            padding=2.2,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(after)


# ======================================================================================
# br01  H-2A  Spanish  recruiter agreement (Hidalgo, MX -> Georgia blueberries)
# ======================================================================================


def build_br01():
    P = "h2a"
    pdf = Doc(
        fmt="Letter",
        body="ls",
        size=9.6,
        accent=(20, 90, 60),
        footer_l="Enlace Campo Norte Huasteca, S.C. · Convenio ECNH-H2A-27-0412",
        footer_r="Hoja {p} de {n}",
        npages=2,
        title="Convenio de vinculación laboral H-2A",
        author="Enlace Campo Norte Huasteca, S.C.",
    )
    pdf.add_page()
    # letterhead with folio box
    pdf.font(None, "B", 15)
    pdf.set_text_color(20, 90, 60)
    pdf.cell(120, 7, "Enlace Campo Norte Huasteca, S.C.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(60, 60, 60)
    pdf.font(None, "", 8)
    pdf.multi_cell(
        120,
        3.8,
        "Vinculación de trabajadores agrícolas temporales\n"
        "Calle Corona núm. 14, Col. Centro, Huejutla de Reyes, Hidalgo, C.P. 43000\n"
        "Tel. 789 896 4410 · contacto@enlacecamponorte.mx",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_draw_color(20, 90, 60)
    pdf.rect(pdf.w - pdf.r_margin - 52, 14, 52, 17)
    pdf.set_xy(pdf.w - pdf.r_margin - 50, 15.5)
    pdf.font(None, "B", 8)
    pdf.multi_cell(
        48,
        4.2,
        "Folio: ECNH-H2A-27-0412\nFecha: 9 de febrero de 2027\nExpediente: 0412/27",
        new_x="LEFT",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(34)
    pdf.rule(color=(20, 90, 60), width=0.6)
    pdf.head(
        "CONVENIO DE VINCULACIÓN LABORAL – TEMPORADA H-2A 2027", size=12.5, align="C", before=1
    )
    pdf.p(
        "Convenio que celebran, por una parte, Enlace Campo Norte Huasteca, S.C., representada "
        "por la Lic. Marisol Tovar Ángeles, a quien en lo sucesivo se denominará LA AGENCIA, y por "
        "la otra el C. Rogelio Hernández Bautista, con domicilio conocido en la localidad de "
        "Tecolotitla, municipio de Atlapexco, Hidalgo, a quien se denominará EL TRABAJADOR, al "
        "tenor de las siguientes declaraciones y cláusulas."
    )
    pdf.head("DECLARACIONES", size=10.5, before=0.5)
    pdf.p(
        "I. Declara LA AGENCIA que fue contratada por el empleador que se indica abajo para "
        "localizar y preseleccionar trabajadores para la temporada 2027.",
        indent=3,
    )
    pdf.p(
        "II. Declara EL TRABAJADOR que es mayor de edad, que sabe leer y escribir en español y que "
        "desea participar en el proceso de selección.",
        indent=3,
    )
    pdf.head("DATOS DEL EMPLEO OFRECIDO", size=10.5, before=0.5)
    pdf.grid(
        [
            [
                "Empleador",
                "Satilla Creek Blueberry Farms, LLC, 4410 Old Waycross Highway, Alma, "
                "Georgia 31510, EE. UU.",
            ],
            [
                "Puesto y labores",
                "Trabajador agrícola: cosecha manual de arándano, poda ligera y "
                "acarreo de cubetas al área de pesaje",
            ],
            [
                "Lugar de trabajo",
                "Huertos del empleador en los condados de Bacon y Pierce, Georgia",
            ],
            ["Periodo", "Del 5 de abril de 2027 al 25 de julio de 2027"],
            ["Jornada", "36 horas por semana, de lunes a sábado, de 6:30 a 13:00 horas"],
            ["Salario", "$15.42 dólares por hora"],
            ["Forma de pago", "Semanal, cada viernes, con cheque"],
            ["Descuentos", "Únicamente los que exija la ley"],
            ["Vivienda", "Gratuita, en casas móviles dentro de la granja"],
            [
                "Transporte diario",
                "Gratuito, en camionetas del empleador, de la vivienda a los huertos",
            ],
            [
                "Requisitos",
                "Mayor de 18 años; al menos una temporada de experiencia en cosecha de frutillas",
            ],
        ],
        widths=(42, 138),
        bold_first=True,
        first_fill=(226, 239, 231),
        size=9,
    )
    pdf.head("CLÁUSULAS", size=10.5, before=0)
    q_fee = (
        "Por la integración de su expediente y su registro en el padrón de la temporada 2027, "
        "EL TRABAJADOR cubrirá a LA AGENCIA la cantidad de MXN 8,500.00, en dos pagos iguales "
        "antes de la cita consular."
    )
    q_debt = (
        "Si EL TRABAJADOR no reúne esa cantidad, LA AGENCIA le prestará el faltante, que se "
        "cobrará en Georgia mediante descuentos a sus cheques semanales con un interés del 8% "
        "mensual."
    )
    q_ret = (
        "Desde la firma de este convenio y hasta el día de la salida, LA AGENCIA conservará en "
        "su oficina el pasaporte y el acta de nacimiento de EL TRABAJADOR."
    )
    pdf.clause(
        "PRIMERA. Objeto.",
        "LA AGENCIA integrará el expediente de EL TRABAJADOR, lo "
        "presentará al empleador y lo acompañará a su cita en el Consulado General de "
        "Estados Unidos en Monterrey, Nuevo León.",
    )
    pdf.clause("SEGUNDA. Cuota de inscripción.", q_fee)
    pdf.clause("TERCERA. Apoyo económico.", q_debt)
    pdf.clause(
        "CUARTA. Gastos a cargo del empleador.",
        "El empleador cubre directamente el costo de "
        "la visa H-2A, el autobús de Huejutla a Monterrey, el hotel en Monterrey durante el "
        "trámite y el traslado a la granja. Ninguno de estos gastos se cobra a EL TRABAJADOR. "
        "Al terminar el contrato, el empleador paga el viaje de regreso hasta Monterrey.",
    )
    pdf.clause(
        "QUINTA. Herramientas.",
        "Tijeras de poda, cubetas, cinturones de cosecha y guantes "
        "se entregan sin costo alguno y sin depósito.",
    )
    pdf.clause("SEXTA. Resguardo de documentos.", q_ret)

    pdf.add_page()
    q_black = (
        "EL TRABAJADOR que presente quejas ante el consulado, abogados u organizaciones "
        "civiles será dado de baja del padrón de LA AGENCIA y no volverá a ser llamado en "
        "ninguna temporada."
    )
    pdf.clause(
        "SÉPTIMA. Cuota de cosecha.",
        "El empleador fija una cuota mínima de 14 cubetas por "
        "jornada. No alcanzarla no genera ningún cobro ni descuento; el empleador solo puede "
        "dar capacitación adicional.",
    )
    pdf.clause("OCTAVA. Disciplina del grupo.", q_black)
    pdf.clause(
        "NOVENA. Terminación.",
        "El empleador solo podrá despedir a EL TRABAJADOR por causa "
        "justificada. Si EL TRABAJADOR abandona el empleo durante cinco días seguidos sin "
        "avisar, el empleador lo notificará al Departamento del Trabajo y ya no estará "
        "obligado a pagarle el regreso.",
    )
    pdf.clause(
        "DÉCIMA. Protección de datos.",
        "Los datos personales de EL TRABAJADOR se usarán solo "
        "para este proceso, conforme al aviso de privacidad que se le entregó.",
    )
    pdf.clause(
        "DÉCIMA PRIMERA. Jurisdicción.",
        "Para la interpretación de este convenio las partes "
        "se someten a los tribunales de Pachuca de Soto, Hidalgo.",
    )
    pdf.ln(2)
    pdf.p(
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo "
        "firman por duplicado en Huejutla de Reyes, Hidalgo, el 9 de febrero de 2027.",
        style="I",
    )
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("LA AGENCIA", "Lic. Marisol Tovar Ángeles", "Representante legal"),
            ("EL TRABAJADOR", "Rogelio Hernández Bautista", ""),
            ("TESTIGO", "Eleuterio Santos Reyes", ""),
        ],
        top_space=18,
    )
    pdf.image(signature_png(101), x=pdf.l_margin + 4, y=y0 + 6, w=38)
    pdf.image(signature_png(102), x=pdf.l_margin + 68, y=y0 + 7, w=34)
    pdf.print_box(pdf.l_margin + 64, pdf.get_y() + 2, 24, 28, "Huella digital del trabajador")
    pdf.image(
        make_stamp(
            ["ENLACE CAMPO NORTE", "HUASTECA S.C.", "HUEJUTLA, HGO."],
            seed=11,
            color=(40, 60, 150),
            angle=14,
        ),
        x=pdf.l_margin + 2,
        y=y0 + 24,
        w=30,
    )
    pdf.set_y(pdf.get_y() + 40)
    pdf.p(
        "Aviso: LA AGENCIA no es el empleador. Las condiciones de trabajo que rigen son las de la "
        "orden de trabajo certificada del empleador.",
        size=7.5,
        color=(90, 90, 90),
    )

    fees = [
        fee("recruitment_fee", P, 1, q_fee, 8500, "MXN"),
        fee("debt_bondage", P, 1, q_debt),
        fee("document_retention", P, 1, q_ret),
        fee("blacklisting_threat", P, 2, q_black),
    ]
    lab = label(
        "br01.pdf",
        P,
        "es",
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Enlace Campo Norte Huasteca, S.C."],
        [
            "visa, bus, Monterrey hotel and transfer to the farm paid by the employer",
            "return trip paid by the employer",
            "tools free, no deposit",
            "'cuota mínima de 14 cubetas' is a picking quota, not a fee; no charge for missing it",
            "lawful notice of abandonment to the Department of Labor (not blacklisting)",
            "free housing (h2a) and free daily transport",
            "'Descuentos: únicamente los que exija la ley' (the loan clause still deducts)",
        ],
        "recruiter_agreement",
        "letter; recruiter letterhead with folio box; gridded two-column job-data table; "
        "ordinal cláusulas; three-party signature row with fingerprint box; ink stamp image",
    )
    return pdf, lab


# ======================================================================================
# br02  H-2A  English  job order, compliant (North Carolina sweet potatoes / tobacco)
# ======================================================================================


def build_br02():
    P = "h2a"
    pdf = Doc(
        fmt="Letter",
        body="dv",
        size=9.2,
        accent=(122, 62, 20),
        footer_l="Job Order NC-10472-27 · Lumber River Produce Partners, LLC",
        footer_r="Page {p} of {n}",
        npages=4,
        title="H-2A job order terms",
        author="Lumber River Produce Partners, LLC",
    )
    pdf.add_page()
    pdf.band(
        "H-2A JOB ORDER — TERMS AND CONDITIONS OF EMPLOYMENT",
        "Attachment to Form ETA-790A · Job Order NC-10472-27 · Lumber River Produce "
        "Partners, LLC · Season 2027",
        height=24,
        tsize=14,
    )
    pdf.head("Employer", size=11, before=0)
    pdf.grid(
        [
            ["Legal name", "Lumber River Produce Partners, LLC"],
            ["Address", "2207 Rennert Road, Shannon, North Carolina 28386"],
            ["Telephone", "(910) 555-0147"],
            ["FEIN", "56-2093417"],
            ["Contact", "Darlene Oxendine, Office Manager"],
        ],
        widths=(40, 140),
        bold_first=True,
        first_fill=(246, 234, 222),
        size=9,
    )
    pdf.head("Offer summary", size=11, before=0)
    pdf.bullets(
        [
            "Job title: Farmworker, crop (SOC 45-2092.02) — sweet potato and flue-cured tobacco harvest",
            "Contract period: May 10, 2027 to October 31, 2027",
            "Wage: $15.81 per hour, or the bucket piece rate when it pays more",
            "Hours: 40 hours per week, Monday through Saturday",
            "Workers requested: 64",
        ]
    )
    pdf.head("1. Job duties", size=10.5)
    pdf.p(
        "Workers will hand-harvest sweet potatoes into 5/8-bushel buckets and carry them to field "
        "bins; top, sucker and hand-harvest (prime) tobacco leaves; load tobacco into curing barns "
        "and unload it when cured; hoe weeds, transplant seedlings and lay irrigation tape. Work "
        "is performed outdoors in heat, rain and dust, with repeated bending and lifting of up to "
        "50 pounds."
    )
    pdf.head("2. Places of employment", size=10.5)
    pdf.grid(
        [
            [
                "Home Farm",
                "2207 Rennert Road, Shannon, NC 28386",
                "Robeson",
                "Sweet potatoes, tobacco",
            ],
            ["Raeford Tract", "1180 Arabia Road, Raeford, NC 28376", "Hoke", "Sweet potatoes"],
            [
                "Red Springs Tract",
                "35 McNeill Mill Road, Red Springs, NC 28377",
                "Robeson",
                "Tobacco",
            ],
        ],
        widths=(34, 74, 26, 46),
        header=["Farm", "Address", "County", "Crops"],
        head_fill=(122, 62, 20),
        size=8.8,
    )
    pdf.head("3. Period of employment", size=10.5, before=0)
    pdf.p(
        "Work is expected to begin on May 10, 2027 and end on October 31, 2027. If the start date "
        "changes, workers will be told in writing at least 10 business days before the original "
        "start date."
    )

    pdf.add_page()
    pdf.head("4. Hours of work", size=10.5, before=0)
    pdf.p(
        "The anticipated schedule is 40 hours per week, Monday through Saturday, usually from "
        "7:00 a.m. to 3:30 p.m. with a 30-minute unpaid meal break. Hours may vary with weather "
        "and crop conditions. Sunday is a day of rest, and no worker is required to work on a "
        "Sunday."
    )
    pdf.head("5. Wages and productivity standard", size=10.5)
    pdf.p(
        "The employer will pay $15.81 per hour. Sweet potatoes may instead be paid at a piece rate "
        "of $0.65 per 5/8-bushel bucket; if a worker's piece-rate earnings for the pay period are "
        "lower than $15.81 for each hour worked, the employer will make up the difference. After "
        "the first week, workers paid by the bucket are expected to fill at least 90 buckets per "
        "8-hour day; this productivity standard applies equally to all workers in the job."
    )
    pdf.head("6. Wage adjustments", size=10.5)
    pdf.p(
        "If during the contract the Adverse Effect Wage Rate, the prevailing wage, or the federal "
        "or North Carolina minimum wage is raised above the rate stated here, the employer will "
        "pay the higher rate from the date it takes effect."
    )
    pdf.head("7. Pay days and earnings statements", size=10.5)
    pdf.p(
        "Workers are paid weekly, every Friday, by check drawn on a bank in Lumberton; the "
        "employer pays any fee the bank charges to cash it. On each pay day workers receive a "
        "written statement showing hours offered, hours actually worked, units harvested, rate(s) "
        "of pay, total earnings, each deduction and its reason, net pay, and the employer's name, "
        "address and FEIN."
    )
    pdf.head("8. Deductions", size=10.5)
    pdf.p(
        "The employer will make only these deductions: (a) federal and North Carolina income tax, "
        "when the worker asks in writing for withholding; (b) child support or other amounts a "
        "court orders the employer to withhold. No deduction is ever made for housing, "
        "transportation, tools, visa costs or recruitment."
    )
    pdf.head("9. Three-fourths guarantee", size=10.5)
    pdf.p(
        "The employer guarantees to offer each worker employment for a total number of work hours "
        "equal to at least three-fourths of the workdays of the period that begins with the first "
        "workday after arrival at the place of employment and ends on the expiration date of this "
        "job order. If the employer offers fewer hours, it will pay the worker the amount he or "
        "she would have earned for the guaranteed hours. Hours a worker is offered but chooses "
        "not to work, up to 8 per day, count toward the guarantee."
    )
    pdf.head("10. Housing", size=10.5)
    pdf.p(
        "Housing is provided free of charge to every worker who is not reasonably able to return "
        "home each day, at the Rennert Road camp, 2221 Rennert Road, Shannon, NC (capacity 72). "
        "It has been inspected and meets the applicable federal and state standards. No rent, "
        "utility charge or deposit for bedding, keys or other items is collected. Residents may "
        "come and go freely when off duty and may receive visitors in the common room."
    )

    pdf.add_page()
    pdf.head("11. Meals", size=10.5, before=0)
    pdf.p(
        "Free and convenient cooking and kitchen facilities are provided: gas stoves, "
        "refrigerators, sinks and tables in a kitchen building next to each bunkhouse. The "
        "employer does not sell meals. Coffee and cold drinking water are available free at "
        "every field."
    )
    pdf.head("12. Transportation and visa costs", size=10.5)
    pdf.clause(
        "(a) Inbound.",
        "A worker who completes 50 percent of the contract period will be "
        "reimbursed the reasonable cost of travel and daily subsistence from the place of "
        "recruitment to the worksite, if not paid earlier. Any part of these costs that would "
        "bring the first week's pay below the federal minimum wage is repaid in the first "
        "workweek. Subsistence is repaid at no less than the daily amount published by the "
        "Department of Labor.",
        indent=3,
    )
    pdf.clause(
        "(b) Visa.",
        "The employer pays the visa application fee and the border-crossing fee "
        "directly, so workers pay nothing for them.",
        indent=3,
    )
    pdf.clause(
        "(c) Return.",
        "A worker who completes the contract, or who is dismissed early for any "
        "reason other than cause, will be provided or paid return transportation and daily "
        "subsistence to the place from which he or she came.",
        indent=3,
    )
    pdf.clause(
        "(d) Daily.",
        "Free transportation between the housing and every worksite is provided "
        "each workday in insured vehicles driven by licensed drivers.",
        indent=3,
    )
    pdf.head("13. Tools, supplies and equipment", size=10.5)
    pdf.p(
        "All tools, supplies and equipment needed for the job (buckets, hoes, tobacco knives, "
        "gloves and rain suits) are provided free of charge and without any deposit. Workers are "
        "not charged when a tool wears out or breaks in normal use."
    )
    pdf.head("14. Workers' compensation", size=10.5)
    pdf.p(
        "All workers are covered by workers' compensation insurance at no cost to them: Piedmont "
        "Growers Mutual Insurance Company, policy WC-27-0448120, effective May 1, 2027 through "
        "April 30, 2028."
    )
    pdf.head("15. Job requirements", size=10.5)
    pdf.p(
        "Three months of experience hand-harvesting field crops; able to lift and carry 50 pounds "
        "repeatedly and to work outdoors in hot weather. No education, licence or English is "
        "required. A worker who cannot meet the productivity standard after a one-week training "
        "period may be dismissed."
    )

    pdf.add_page()
    pdf.head("16. Termination and abandonment", size=10.5, before=0)
    pdf.p(
        "A worker may be dismissed for cause, such as refusing to work without reason, violence, "
        "or serious safety violations, after the reason is explained to the worker. If a worker "
        "is absent for 5 consecutive working days without the employer's consent, the worker will "
        "be treated as having abandoned the job, and the employer will notify the Department of "
        "Labor and the Department of Homeland Security in writing no later than 2 working days "
        "later. A worker who abandons the job or is dismissed for cause loses the three-fourths "
        "guarantee and paid return transportation."
    )
    pdf.head("17. Contract impossibility", size=10.5)
    pdf.p(
        "If, before the end date, the services of the workers are no longer required because of "
        "fire, weather, or another Act of God that makes the contract impossible to fulfil, the "
        "employer may end the contract with the approval of the Certifying Officer. The employer "
        "will then pay the three-fourths guarantee for the period up to the termination date, "
        "provide return transportation and subsistence, and try to transfer the workers to other "
        "comparable jobs."
    )
    pdf.head("18. Recruitment", size=10.5)
    pdf.p(
        "The employer recruits in Mexico through Cosecha Justa Reclutamiento, S. de R.L. de C.V., "
        "Avenida Juárez 318, Tamazunchale, San Luis Potosí. The employer pays all of the agency's "
        "fees and expenses, and its written contract forbids the agency, its staff and any "
        "sub-agent to seek or receive any payment from a worker. No worker may be charged a fee "
        "of any kind for being recruited, selected or hired; any worker asked for money should "
        "call the employer at (910) 555-0147."
    )
    pdf.head("19. Worker rights", size=10.5)
    pdf.p(
        "Workers keep their own passports, visas and identification; the employer never holds "
        "them. The employer will not blacklist, threaten, discharge or discriminate against any "
        "worker who files a complaint, talks to a lawyer or a union, or testifies in a "
        "proceeding. A copy of this job order in Spanish is given to each worker no later than "
        "the time the visa is issued."
    )
    pdf.head("Employer attestation", size=10.5)
    pdf.shaded(
        "I declare under penalty of perjury that the information in this job order is true "
        "and accurate, and that the employer will comply with every assurance of 20 CFR "
        "655.135 for the whole period of employment.",
        fill=(246, 234, 222),
    )
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("Raymond T. Locklear", "Managing Member", "Lumber River Produce Partners, LLC"),
            ("Date", "February 22, 2027", ""),
        ],
        top_space=16,
    )
    pdf.image(signature_png(201), x=pdf.l_margin + 3, y=y0 + 2, w=42)

    lab = label(
        "br02.pdf",
        P,
        "en",
        4,
        [],
        [],
        ["Cosecha Justa Reclutamiento, S. de R.L. de C.V."],
        [
            "bank check-cashing fee paid by the employer",
            "productivity standard of 90 buckets a day (not a fee or penalty)",
            "no deductions for housing, transport, tools, visa or recruitment (negated)",
            "free housing, no deposit for bedding or keys",
            "free kitchen; coffee and water free at every field",
            "inbound travel and subsistence reimbursed",
            "visa and border-crossing fees paid by the employer",
            "tools free, no deposit, no charge for normal wear (negated damage charge)",
            "workers' compensation at no cost",
            "lawful abandonment notice to DOL and DHS (not blacklisting)",
            "recruiter fees paid by the employer; no fee of any kind (negated)",
            "employer never holds passports",
            "no blacklisting for complaints",
            "'under penalty of perjury' is the employer's attestation, not a worker penalty",
        ],
        "job_order",
        "letter; colored header band; employer key-value grid; bulleted offer summary; "
        "gridded worksite table with header row; numbered sections over 4 pages; shaded "
        "attestation box and signature",
    )
    return pdf, lab


# ======================================================================================
# br03  H-2A  English + Spanish  offer letter (Guanajuato -> Washington apples)
# ======================================================================================


def build_br03():
    P = "h2a"
    pdf = Doc(
        fmt="Letter",
        body="ns",
        size=9.3,
        accent=(150, 30, 45),
        footer_l="Columbia Bench Orchards, LLC · Offer / Oferta 2027-H2A-118",
        footer_r="{p}/{n}",
        npages=2,
        title="H-2A job offer / Oferta de empleo",
        author="Columbia Bench Orchards, LLC",
    )
    pdf.add_page()
    pdf.font(None, "B", 16)
    pdf.set_text_color(150, 30, 45)
    pdf.cell(0, 8, "COLUMBIA BENCH ORCHARDS, LLC", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 8.2)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(
        0,
        4,
        "9 Sagebrush Loop Road, Quincy, Washington 98848 · (509) 555-0190",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(150, 30, 45), width=0.7, gap=1.2)
    pdf.p("July 6, 2027 / 6 de julio de 2027", size=8.8, after=0.5)
    pdf.p("Anselmo Quiroga Paredes · San Luis de la Paz, Guanajuato, México", size=8.8, style="B")
    pdf.head(
        "Job offer — H-2A season 2027 / Oferta de empleo — temporada H-2A 2027", size=11.5, before=0
    )
    pdf.p(
        "Dear Mr. Quiroga: We are pleased to offer you seasonal work in our orchards. Each section "
        "below is written first in English and then in Spanish.",
        after=0.6,
    )
    pdf.p(
        "Estimado Sr. Quiroga: Nos da gusto ofrecerle trabajo de temporada en nuestras huertas. "
        "Cada sección aparece primero en inglés y luego en español.",
        style="I",
    )
    pdf.grid(
        [
            ["Job / Puesto", "Apple and pear harvester / Cosechador de manzana y pera"],
            ["Dates / Fechas", "Aug 16 – Nov 12, 2027 / 16 ago. – 12 nov. 2027"],
            ["Wage / Salario", "$19.82 per hour / por hora"],
            ["Pay day / Día de pago", "Every Friday / Cada viernes"],
        ],
        widths=(45, 135),
        header=["Term / Condición", "Detail / Detalle"],
        head_fill=(150, 30, 45),
        size=8.8,
    )

    def pair(title, en, es):
        pdf.head(title, size=10, before=0.8, after=0.8)
        pdf.p(en, after=0.8)
        pdf.p(es, style="I", color=(60, 60, 60), after=1.4)

    pair(
        "1. Work and place / Trabajo y lugar",
        "You will pick apples and pears by hand into a picking bag, empty the bag into field bins, "
        "move ladders from tree to tree and help with tree training when there is no fruit to "
        "pick. Work takes place in our orchards in Grant County, Washington, at 9 Sagebrush Loop "
        "Road and at 2150 Road O NW, Quincy.",
        "Usted cosechará manzana y pera a mano con una bolsa de cosecha, vaciará la bolsa en los "
        "bins, moverá escaleras de árbol en árbol y ayudará a formar árboles cuando no haya fruta "
        "que cosechar. El trabajo es en nuestras huertas del condado de Grant, Washington, en "
        "9 Sagebrush Loop Road y en 2150 Road O NW, Quincy.",
    )
    pair(
        "2. Dates and hours / Fechas y horario",
        "The job runs from August 16, 2027 to November 12, 2027. You will normally work about 40 "
        "hours a week, Monday to Saturday, from 6:30 a.m. to 3:00 p.m.",
        "El trabajo va del 16 de agosto al 12 de noviembre de 2027. Normalmente trabajará unas "
        "40 horas a la semana, de lunes a sábado, de 6:30 a.m. a 3:00 p.m.",
    )
    pair(
        "3. Pay / Pago",
        "You will earn $19.82 per hour, or $32.00 per full bin, whichever is more for the week. If "
        "a higher Adverse Effect Wage Rate or minimum wage takes effect during the season, you will "
        "be paid the higher rate from that date. You are paid every Friday. Your pay stub shows "
        "hours offered, hours worked, bins picked, rates, and every amount taken out.",
        "Usted ganará $19.82 por hora, o $32.00 por bin lleno, lo que sea mayor en la semana. Si "
        "durante la temporada entra en vigor un salario mínimo o un AEWR más alto, se le pagará "
        "la tarifa más alta desde esa fecha. Se paga cada viernes. Su talón de pago muestra las "
        "horas ofrecidas, las horas trabajadas, los bins cosechados, las tarifas y cada cantidad "
        "descontada.",
    )
    pair(
        "4. Deductions / Descuentos",
        "We take out only: federal income tax if you ask for it in writing, the optional meal plan "
        "in section 6, and the equipment deposit in section 5.",
        "Solo descontamos: el impuesto federal si usted lo pide por escrito, el plan de comidas "
        "opcional de la sección 6 y el depósito de equipo de la sección 5.",
    )
    q_eq_en = (
        "A deposit of $75.00 for your picking bag, ladder and bin tags is taken from your first "
        "paycheck and given back at the end of the season if you return them."
    )
    q_eq_es = (
        "Del primer cheque se descuentan $75.00 como depósito por la bolsa de cosecha, la "
        "escalera y las etiquetas de bin, y se le devuelven al final de la temporada si los "
        "entrega."
    )
    pair(
        "5. Equipment / Equipo",
        q_eq_en + " Pruning shears, gloves and rain gear are provided at no cost.",
        q_eq_es + " Las tijeras de poda, los guantes y el impermeable se entregan sin costo.",
    )

    pdf.add_page()
    pair(
        "6. Housing and meals / Vivienda y comidas",
        "You will live free of charge at our labor camp at 9 Sagebrush Loop Road: no rent and no "
        "utility bills. Three meals a day are served in the camp dining hall for $14.00 per day, "
        "which is less than the daily maximum published by the U.S. Department of Labor. The meal "
        "plan is optional: the camp kitchen is free for workers who prefer to cook for themselves.",
        "Usted vivirá sin costo en nuestro campamento de 9 Sagebrush Loop Road: no paga renta ni "
        "servicios. En el comedor del campamento se sirven tres comidas al día por $14.00 "
        "diarios, cantidad menor al máximo diario que publica el Departamento del Trabajo de "
        "EE. UU. El plan de comidas es opcional: la cocina del campamento es gratuita para quien "
        "prefiera cocinar.",
    )
    pair(
        "7. Travel / Viajes",
        "We pay your bus ticket from Monterrey to Quincy and $17.00 per day for meals on the road; "
        "we repay anything you spend in your first paycheck. A free bus takes you between the camp "
        "and the orchards every day. If you finish the season, we also pay your trip back to "
        "Monterrey.",
        "Pagamos su boleto de autobús de Monterrey a Quincy y $17.00 diarios para alimentos en el "
        "camino; lo que usted gaste se le reembolsa en su primer cheque. Un autobús gratuito lo "
        "lleva cada día del campamento a las huertas. Si termina la temporada, también pagamos su "
        "viaje de regreso a Monterrey.",
    )
    q_wh_en = (
        "We hold back $1.00 from every hour you work and pay the total with your last "
        "paycheck, so that crews stay until the last bin is picked."
    )
    q_wh_es = (
        "Retenemos $1.00 de cada hora trabajada y le entregamos el total con su último cheque, "
        "para que las cuadrillas se queden hasta el último bin."
    )
    pair(
        "8. Season holdback and bonus / Retención de temporada y bono",
        q_wh_en + " Workers who stay until November 12 also receive a $250 completion bonus on "
        "top of their wages.",
        q_wh_es + " Quien se quede hasta el 12 de noviembre recibe además un bono de $250 por "
        "terminar, aparte de su salario.",
    )
    pair(
        "9. Insurance and leaving the job / Seguro y terminación",
        "You are covered by Washington State Labor & Industries industrial insurance for work "
        "injuries. If you are fired for cause, or you leave without notice for 5 days in a row, we "
        "will notify the Department of Labor and the Department of Homeland Security and we will "
        "not pay your trip home.",
        "Usted está cubierto por el seguro industrial de Labor & Industries del estado de "
        "Washington en caso de accidente de trabajo. Si lo despiden por causa justificada, o si se "
        "ausenta 5 días seguidos sin avisar, avisaremos al Departamento del Trabajo y al "
        "Departamento de Seguridad Nacional y no pagaremos su viaje de regreso.",
    )
    pdf.ln(2)
    pdf.p("Sincerely / Atentamente,", after=0)
    y0 = pdf.get_y()
    pdf.image(signature_png(301), x=pdf.l_margin + 2, y=y0 + 1, w=40)
    pdf.sig_row(
        [
            ("Lorena Whitcomb", "Human Resources / Recursos Humanos", ""),
            ("Accepted / Aceptado", "Anselmo Quiroga Paredes", "Date / Fecha:"),
        ],
        top_space=15,
    )

    fees = [
        fee("equipment_charge", P, 1, q_eq_en, 75, "USD", group=1),
        fee("equipment_charge", P, 1, q_eq_es, 75, "USD", group=1),
        fee("wage_withholding", P, 2, q_wh_en, 1, "USD", group=2),
        fee("wage_withholding", P, 2, q_wh_es, 1, "USD", group=2),
    ]
    lab = label(
        "br03.pdf",
        P,
        "en+es",
        2,
        fees,
        ["three_fourths_guarantee", "contract_impossibility", "job_requirements"],
        [],
        [
            "optional h2a meal plan at $14.00/day, below the DOL cap (lawful meal charge)",
            "free camp housing and free kitchen",
            "bus ticket and road meals repaid in the first paycheck",
            "free daily bus",
            "return trip paid",
            "$250 completion bonus paid on top of wages (not withholding)",
            "shears, gloves and rain gear at no cost",
            "lawful abandonment notice to DOL and DHS",
        ],
        "offer_letter",
        "letter; letterhead with rule; gridded bilingual summary table; bilingual stacked "
        "paragraphs (English, then Spanish in grey italic) under numbered headings; "
        "signature and acceptance lines",
    )
    return pdf, lab


# ======================================================================================
# br04  H-2A  Spanish  recruiter cash receipt (Huehuetenango, GT -> Florida citrus)
# ======================================================================================


def build_br04():
    P = "h2a"
    pdf = Doc(
        fmt="Letter",
        body="dvc",
        size=9.2,
        accent=(0, 85, 140),
        footer_l="Original: cliente · Copia: archivo",
        footer_r="Recibo 002318",
        npages=1,
        title="Recibo de caja 002318",
        author="Servicios Migratorios Cuchumatanes, S.A.",
    )
    pdf.add_page()
    pdf.set_draw_color(0, 85, 140)
    pdf.set_line_width(0.8)
    pdf.rect(12, 10, pdf.w - 24, 250)
    pdf.set_line_width(0.2)
    pdf.set_xy(18, 14)
    pdf.font(None, "B", 14)
    pdf.set_text_color(0, 85, 140)
    pdf.cell(120, 7, "SERVICIOS MIGRATORIOS CUCHUMATANES, S.A.", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(
        120,
        3.8,
        "Asesoría para empleo temporal en el extranjero\n"
        "6a. Avenida 3-41, zona 1, Huehuetenango · Tel. 7764-2290",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    bx = pdf.w - 18 - 56
    pdf.set_fill_color(230, 240, 248)
    pdf.rect(bx, 14, 56, 22, style="DF")
    pdf.set_xy(bx + 2, 15.5)
    pdf.font(None, "B", 9)
    pdf.multi_cell(52, 4.6, "RECIBO DE CAJA No. 002318", align="C", new_x="LEFT", new_y="NEXT")
    pdf.font(None, "B", 12)
    pdf.set_text_color(160, 20, 20)
    pdf.multi_cell(52, 6, "Bueno por Q3,000.00", align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(42)
    pdf.rule(color=(0, 85, 140), width=0.4)
    pdf.p("Lugar y fecha: Huehuetenango, 18 de octubre de 2026", style="B")
    q_fee = (
        "Recibí del señor Walter Isaías Mendoza Pérez la cantidad de TRES MIL QUETZALES EXACTOS "
        "(Q3,000.00) en concepto de cuota de reservación de plaza para la temporada 2027 de "
        "cosecha de naranja en Florida."
    )
    pdf.p(q_fee, size=10, lh=5.2)
    pdf.p(
        "Forma de pago:  \u2610 efectivo   \u2612 depósito bancario Banrural, cuenta 3-045-11872-6",
        after=2.5,
    )
    pdf.head("DATOS DEL EMPLEO", size=10, before=0)
    pdf.grid(
        [
            [
                "Empleador",
                "Indian River Ridge Citrus Harvesting, LLC, 5150 Okeechobee Road, Fort Pierce, "
                "Florida 34947",
            ],
            ["Puesto", "Cortador de naranja: cosecha manual y vaciado de costales en la góndola"],
            ["Lugar", "Huertos del empleador en el condado de St. Lucie, Florida"],
            ["Visa", "H-2A (trabajo agrícola temporal)"],
        ],
        widths=(30, 150),
        bold_first=True,
        first_fill=(230, 240, 248),
        size=8.8,
    )
    pdf.head("CONDICIONES DEL SERVICIO", size=10, before=0)
    q_med = (
        "El examen médico en la Clínica San Lucas de Huehuetenango (Q650.00) corre por cuenta del "
        "trabajador y debe pagarse antes de la entrevista."
    )
    q_trav = (
        "El boleto de avión de Guatemala a Orlando, de aproximadamente 450 dólares, lo compra el "
        "trabajador y no se le reembolsa en Estados Unidos."
    )
    q_pen = (
        "Si el trabajador desiste después de la cita consular, pierde la cuota de reservación y "
        "pagará además Q1,500.00 de penalización por los gastos causados."
    )
    items = [
        q_med,
        q_trav,
        "La visa H-2A y la cita en la Embajada las paga directamente el empleador; el trabajador no "
        "debe pagar nada por ese concepto.",
        q_pen,
        "La vivienda en Florida es gratuita y el empleador presta las escaleras y los costales sin "
        "cobro.",
        "Este recibo no es un contrato de trabajo. Servicios Migratorios Cuchumatanes, S.A. actúa "
        "solo como gestor y no es el empleador; las condiciones completas del empleo aparecen en "
        "la orden de trabajo del empleador, que se entregará al trabajador antes de viajar.",
    ]
    for i, it in enumerate(items, 1):
        pdf.clause(f"{i}.", it, indent=2, after=1.4)
    y0 = pdf.get_y() + 4
    pdf.sig_row(
        [
            ("Recibí conforme", "Sra. Ingrid Yaneth Sales Domingo", "Cajera"),
            ("Entregué", "Walter Isaías Mendoza Pérez", "DPI 2417 58930 1301"),
        ],
        top_space=20,
    )
    pdf.image(signature_png(401), x=pdf.l_margin + 6, y=y0 + 2, w=36)
    pdf.image(signature_png(402), x=pdf.l_margin + 100, y=y0 + 3, w=32)
    pdf.image(
        make_stamp(["PAGADO"], seed=41, shape="rect", angle=-9, color=(190, 30, 30)),
        x=pdf.w - 70,
        y=y0 - 34,
        w=46,
    )
    pdf.image(
        make_stamp(
            ["SERVICIOS MIGRATORIOS", "CUCHUMATANES S.A.", "HUEHUETENANGO"],
            seed=42,
            color=(30, 60, 150),
            angle=8,
        ),
        x=pdf.l_margin + 50,
        y=y0 + 4,
        w=28,
    )

    fees = [
        fee("recruitment_fee", P, 1, q_fee, 3000, "GTQ"),
        fee("medical_cost", P, 1, q_med, 650, "GTQ"),
        fee("travel_cost", P, 1, q_trav, 450, "USD"),
        fee("breach_penalty", P, 1, q_pen, 1500, "GTQ"),
    ]
    lab = label(
        "br04.pdf",
        P,
        "es",
        1,
        fees,
        [
            "employment_period",
            "hours_of_work",
            "wage_rate",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "inbound_transportation",
            "return_transportation",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
            "job_requirements",
        ],
        ["Servicios Migratorios Cuchumatanes, S.A."],
        [
            "H-2A visa and embassy appointment paid by the employer",
            "free housing and ladders/sacks lent free",
            "'Forma de pago' is how the fee was paid, not the pay frequency",
            "'temporada 2027' is not an employment period with dates",
        ],
        "receipt",
        "one page; bordered cash receipt with folio and 'Bueno por' amount box; checkbox "
        "line; small gridded job-data table; numbered conditions; signature lines; "
        "PAGADO and agency stamp images",
    )
    return pdf, lab


# ======================================================================================
# br05  H-2B  English  agency engagement agreement (Jamaica -> Texas landscaping)
# ======================================================================================


def build_br05():
    P = "h2b"
    pdf = Doc(
        fmt="Letter",
        body="lsr",
        size=10.2,
        accent=(0, 100, 70),
        footer_l="Island Link Workforce Solutions Ltd. · Worker Engagement Agreement ILW/27/0388",
        footer_r="Page {p} of {n}",
        npages=3,
        title="Worker Engagement Agreement H-2B",
        author="Island Link Workforce Solutions Ltd.",
    )
    pdf.initials_box = True
    pdf.add_page()
    pdf.band(
        "WORKER ENGAGEMENT AGREEMENT — H-2B SEASON 2027",
        "Island Link Workforce Solutions Ltd. · 22 Constant Spring Road, Kingston 10, Jamaica · "
        "Licensed employment agency, Licence No. EA-1142",
        color=(0, 100, 70),
        height=22,
        tsize=14,
    )
    pdf.grid(
        [
            [
                "The Agency",
                "Island Link Workforce Solutions Ltd., 22 Constant Spring Road, Kingston 10",
            ],
            ["The Worker", "Dwayne Anthony McKenzie, Duncans, Trelawny · TRN 114-882-307"],
            ["The Employer", "Lone Star Greenscape Services, LLC, Austin, Texas (see Schedule A)"],
        ],
        widths=(35, 145),
        bold_first=True,
        first_fill=(222, 238, 230),
        size=9.6,
    )
    pdf.p(
        "This Agreement records the services the Agency provides to the Worker in connection with "
        "seasonal H-2B employment in the United States, and the Worker's obligations to the "
        "Agency. The parties agree as follows.",
        style="I",
    )
    q_fee = (
        "Each selected worker pays Island Link Workforce Solutions Ltd. a processing fee of "
        "JMD 65,000 before the embassy interview."
    )
    q_visa = "The MRV visa fee of US$205 is paid by the Worker and is not refunded by the Employer."
    q_bond = (
        "Before departure the Worker lodges a good-conduct bond of JMD 40,000 with the Agency, "
        "refundable when the Worker reports back to the Kingston office at the end of the "
        "season."
    )
    pdf.clause(
        "1. Appointment.",
        "The Agency has been appointed by the Employer to recruit landscape "
        "laborers in Jamaica for the positions described in Schedule A. The Employer, not the "
        "Agency, will be the Worker's employer in the United States.",
    )
    pdf.clause(
        "2. Processing fee.",
        q_fee + " The fee covers file preparation and interview "
        "coaching and is payable in cash or by bank transfer to the Agency's account at "
        "National Commercial Bank.",
    )
    pdf.clause("3. Visa.", q_visa)
    pdf.clause("4. Good-conduct bond.", q_bond)
    pdf.clause(
        "5. Flight to the United States.",
        "The Employer books and pays the Worker's flight "
        "from Kingston to Austin and gives US$17.00 per travel day for meals. The Worker "
        "pays nothing for the flight.",
    )
    pdf.clause(
        "6. Documents.",
        "The Worker keeps his or her own passport at all times. The Agency "
        "will only make photocopies for the file.",
    )
    pdf.clause(
        "7. Orientation.",
        "The Agency holds a free half-day pre-departure orientation at its "
        "Kingston office on a date it will announce by text message.",
    )

    pdf.add_page()
    pdf.head(
        "SCHEDULE A — JOB TERMS (from the Employer's certified job order)",
        size=11,
        before=0,
        rule=True,
    )
    pdf.grid(
        [
            [
                "Employer",
                "Lone Star Greenscape Services, LLC, 8800 Brodie Lane, Suite 210, Austin, "
                "Texas 78748",
            ],
            ["Job title", "Landscaping and groundskeeping worker (SOC 37-3011)"],
            [
                "Duties",
                "Mow, edge and trim lawns; plant shrubs, trees and flowers; spread mulch; lay "
                "sod; operate walk-behind and ride-on mowers, trimmers and leaf blowers",
            ],
            ["Worksites", "Customer properties in Travis, Hays and Williamson counties, Texas"],
            ["Period", "March 1, 2027 to November 30, 2027"],
            [
                "Hours",
                "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.; some Saturdays",
            ],
            ["Wage", "$16.28 per hour"],
            ["Overtime", "$24.42 per hour for hours over 40 in a week"],
            ["Pay", "Every Friday (weekly), by direct deposit or pay card"],
            [
                "Requirements",
                "3 months' experience in landscaping; able to lift 50 lb; no licence needed",
            ],
        ],
        widths=(35, 145),
        bold_first=True,
        first_fill=(222, 238, 230),
        size=9.6,
    )
    q_house = (
        "Housing is available in company apartments at $110 per week, deducted from each paycheck."
    )
    pdf.clause(
        "Wage adjustments.",
        "If a higher prevailing wage or minimum wage is published during "
        "the season, the Employer pays the higher rate from its effective date.",
    )
    pdf.clause(
        "Three-fourths guarantee.",
        "In each 12-week period (6-week period for contracts "
        "under 120 days) the Employer offers hours equal to at least three-fourths of the "
        "workdays; any shortfall is paid.",
    )
    pdf.clause(
        "Deductions.",
        "Federal income tax, Social Security and Medicare, and rent for "
        "workers who choose company housing.",
    )
    pdf.clause("Housing.", q_house + " Workers may instead rent their own place.")
    pdf.clause(
        "Tools and uniforms.",
        "Mowers, trimmers, blowers, hand tools, safety glasses, ear "
        "protection and five uniform shirts are supplied free of charge.",
    )
    pdf.clause(
        "Safety training.",
        "The Employer gives every new worker an 8-hour equipment safety "
        "course on paid time, at no charge.",
    )

    pdf.add_page()
    q_dmg = (
        "Mowers, trimmers or trailers damaged through a worker's carelessness will be repaired at "
        "the worker's expense through payroll deduction."
    )
    pdf.clause("Damage to equipment.", q_dmg)
    pdf.clause(
        "Termination.",
        "The Employer may dismiss a worker for cause after a written warning. "
        "A worker absent for 5 consecutive working days without notice is considered to have "
        "abandoned the job, and the Employer will report this to the Department of Labor and "
        "DHS as required.",
    )
    pdf.clause(
        "Complaints.",
        "The Worker may raise complaints with the Agency, the Employer, the "
        "Ministry of Labour and Social Security or the U.S. Department of Labor, and doing so "
        "will have no effect on selection for future seasons.",
    )
    pdf.head("GENERAL", size=11, before=1, rule=True)
    pdf.clause(
        "8. Entire agreement.",
        "This Agreement and Schedule A are the whole agreement between "
        "the Agency and the Worker. Any change must be in writing and signed by both.",
    )
    pdf.clause("9. Governing law.", "This Agreement is governed by the laws of Jamaica.")
    pdf.p("Signed at Kingston this 14th day of January 2027.", style="I")
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("For the Agency", "Mrs. Sharon Bailey-Whyte", "Director"),
            ("The Worker", "Dwayne Anthony McKenzie", ""),
            ("Witness", "Garfield O. Reid", "Justice of the Peace"),
        ],
        top_space=18,
    )
    pdf.image(signature_png(501), x=pdf.l_margin + 2, y=y0 + 5, w=38)
    pdf.image(signature_png(502), x=pdf.l_margin + 64, y=y0 + 6, w=34)
    pdf.image(signature_png(503), x=pdf.l_margin + 126, y=y0 + 5, w=34)
    pdf.image(
        make_stamp(
            ["ISLAND LINK", "WORKFORCE", "SOLUTIONS LTD."], seed=51, color=(20, 90, 60), angle=-16
        ),
        x=pdf.l_margin + 30,
        y=y0 + 20,
        w=28,
    )

    fees = [
        fee("recruitment_fee", P, 1, q_fee, 65000, "JMD"),
        fee("visa_cost", P, 1, q_visa, 205, "USD"),
        fee("deposit_or_bond", P, 1, q_bond, 40000, "JMD"),
        fee("housing_charge", P, 2, q_house, 110, "USD"),
        fee("damage_chargeback", P, 3, q_dmg),
    ]
    lab = label(
        "br05.pdf",
        P,
        "en",
        3,
        fees,
        [
            "return_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Island Link Workforce Solutions Ltd."],
        [
            "flight and travel meals paid by the employer",
            "worker keeps passport (photocopies only)",
            "free pre-departure orientation (not a training charge)",
            "free tools, safety gear and uniform shirts",
            "free 8-hour safety course on paid time",
            "complaints allowed without effect on future seasons (negated blacklisting)",
            "lawful abandonment report to DOL and DHS",
            "bond 'refundable' is still a deposit (finding, not a trap)",
        ],
        "recruiter_agreement",
        "letter; Liberation Serif; title band; parties grid; numbered clauses; Schedule A "
        "key-value grid; headed clauses; initials box at the foot of each page; three-party "
        "signature row with stamp image",
    )
    return pdf, lab


# ======================================================================================
# br06  H-2B  Spanish  individual work contract, compliant (Sinaloa -> Maryland crab)
# ======================================================================================


def build_br06():
    P = "h2b"
    pdf = Doc(
        fmt="Letter",
        body="lsr",
        size=10,
        accent=(25, 60, 110),
        footer_l="Dorchester Bay Seafood, Inc. · Contrato H-2B 2027 · Núm. DBS-27-031",
        footer_r="Página {p} de {n}",
        npages=2,
        title="Contrato individual de trabajo H-2B",
        author="Dorchester Bay Seafood, Inc.",
    )
    pdf.add_page()
    pdf.font(None, "B", 13.5)
    pdf.set_text_color(25, 60, 110)
    pdf.multi_cell(
        pdf.tw,
        6.5,
        "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL H-2B",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.font(None, "", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(
        pdf.tw,
        4.5,
        "Procesamiento de mariscos · Temporada del 1 de abril al 30 de noviembre de 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.grid(
        [
            [
                "Empleador",
                "Dorchester Bay Seafood, Inc., 2820 Hoopers Island Road, Fishing Creek, "
                "Maryland 21634, EE. UU.",
            ],
            ["Trabajadora", "María Guadalupe Ceballos Ontiveros"],
            ["Puesto", "Procesadora de mariscos (picadora de jaiba)"],
            ["Lugar", "Planta de la empresa en 2820 Hoopers Island Road, Fishing Creek, Maryland"],
            ["Periodo", "Del 1 de abril de 2027 al 30 de noviembre de 2027"],
            ["Salario", "$17.02 por hora"],
            ["Horas extra", "$25.53 por hora después de 40 horas semanales"],
            ["Pago", "Semanal, cada jueves"],
        ],
        widths=(38, 142),
        header=["Concepto", "Condición"],
        head_fill=(25, 60, 110),
        bold_first=True,
        zebra=(236, 241, 248),
        size=9.4,
    )
    cl = [
        (
            "1. Labores.",
            "La trabajadora separará a mano la carne de la jaiba cocida, la clasificará por "
            "tipo (jumbo, lump, backfin y claw), la empacará en recipientes de una libra y mantendrá "
            "limpia su mesa de trabajo.",
        ),
        (
            "2. Horario.",
            "La jornada normal es de 35 horas por semana, de lunes a sábado, de 5:00 a.m. "
            "a 11:00 a.m., según la llegada de la jaiba.",
        ),
        (
            "3. Salario.",
            "La empresa paga $17.02 por hora. Además, por cada libra de carne picada "
            "arriba de 10 libras por hora se paga un incentivo de $1.50. Si durante el contrato se "
            "publica un salario prevaleciente o un salario mínimo más alto, la empresa pagará el más "
            "alto desde la fecha en que entre en vigor. Las horas que pasen de 40 en la semana se pagan "
            "a $25.53.",
        ),
        (
            "4. Pago y talón.",
            "El pago es semanal, cada jueves, en cheque o depósito. Con cada pago "
            "recibe un talón que indica horas ofrecidas, horas trabajadas, libras, tarifa, salario "
            "bruto, cada descuento y salario neto.",
        ),
        (
            "5. Descuentos.",
            "Solo se descuentan el impuesto federal y el de Maryland, el Seguro Social "
            "y el Medicare, y lo que ordene un juez (por ejemplo, pensión alimenticia). La empresa no "
            "presta dinero ni da adelantos a cuenta de salario, así que nunca descuenta préstamos.",
        ),
        (
            "6. Garantía de tres cuartas partes.",
            "En cada periodo de 12 semanas (o de 6 semanas si el "
            "contrato dura menos de 120 días) la empresa ofrecerá horas de trabajo equivalentes por lo "
            "menos a tres cuartas partes de los días laborables; si ofrece menos, pagará la "
            "diferencia.",
        ),
        (
            "7. Viaje de ida.",
            "La empresa reembolsa en la primera semana el autobús de Culiacán a "
            "Monterrey, el hotel en Monterrey, el cruce y el autobús hasta Fishing Creek, más $17.00 "
            "diarios de alimentos en el camino.",
        ),
        (
            "8. Visa.",
            "La empresa reembolsa en la primera semana la tarifa de visa de US$205 y la cuota "
            "de cruce fronterizo.",
        ),
        (
            "9. Regreso.",
            "Si la trabajadora termina el contrato o es despedida antes por razones que no "
            "sean causa justificada, la empresa paga su transporte y alimentos de regreso hasta "
            "Culiacán.",
        ),
        (
            "10. Herramientas y equipo.",
            "Cuchillo, guantes de malla, mandil, botas de hule y redecilla "
            "se entregan gratis; no se pide depósito y no se cobran si se desgastan.",
        ),
        (
            "11. Vivienda.",
            "La empresa ofrece, sin costo, vivienda en la casa de trabajadoras de "
            "2790 Hoopers Island Road, a cinco minutos a pie de la planta. Vivir ahí es opcional.",
        ),
    ]
    for lead, txt in cl:
        pdf.clause(lead, txt, after=1.5)
    pdf.add_page()
    cl2 = [
        (
            "12. Requisitos.",
            "No se requiere experiencia previa ni estudios; la trabajadora debe poder "
            "estar de pie durante 6 horas y manejar un cuchillo pequeño. La empresa da tres días de "
            "práctica pagada.",
        ),
        (
            "13. Reclutamiento.",
            "La empresa recluta en México por medio de Alianza Laboral del Golfo, "
            "S.C., con oficina en Calle Rosales 112 Pte., Culiacán, Sinaloa. La empresa le paga todos "
            "sus honorarios. Nadie puede cobrarle a la trabajadora ninguna cuota, trámite o depósito "
            "para obtener este empleo.",
        ),
        (
            "14. Documentos.",
            "La trabajadora conserva su pasaporte, su visa y su credencial. La empresa "
            "solo saca una fotocopia para el formulario I-9.",
        ),
        (
            "15. Terminación.",
            "La empresa solo puede despedir por causa justificada explicada por "
            "escrito. Si la trabajadora falta 5 días de trabajo seguidos sin avisar, la empresa puede "
            "considerar que abandonó el empleo y lo notificará al Departamento del Trabajo y al DHS "
            "dentro de los 2 días hábiles siguientes. La trabajadora puede renunciar en cualquier "
            "momento sin pagar multa.",
        ),
        (
            "16. Imposibilidad.",
            "Si un incendio, una tormenta, la veda de la jaiba decretada por el "
            "estado u otra causa de fuerza mayor hace imposible continuar el trabajo, el contrato podrá "
            "terminar antes con autorización del Departamento del Trabajo; la empresa pagará lo ganado, "
            "la garantía de tres cuartas partes hasta esa fecha y el viaje de regreso.",
        ),
        (
            "17. Quejas.",
            "La trabajadora puede quejarse ante el Departamento del Trabajo, un abogado o "
            "un sindicato sin represalias ni listas negras.",
        ),
        (
            "18. Idioma.",
            "Este contrato se entrega en español, idioma que la trabajadora entiende, junto "
            "con la orden de trabajo certificada.",
        ),
    ]
    for lead, txt in cl2:
        pdf.clause(lead, txt, after=1.5)
    pdf.ln(2)
    pdf.p(
        "Firmado en Fishing Creek, Maryland, y en Culiacán, Sinaloa, el 20 de febrero de 2027.",
        style="I",
    )
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("Por la empresa", "Nathaniel Ruark", "Gerente de planta"),
            ("La trabajadora", "María Guadalupe Ceballos Ontiveros", ""),
        ],
        top_space=18,
    )
    pdf.image(signature_png(601), x=pdf.l_margin + 4, y=y0 + 5, w=40)
    pdf.image(signature_png(602), x=pdf.l_margin + 98, y=y0 + 6, w=36)

    lab = label(
        "br06.pdf",
        P,
        "es",
        2,
        [],
        [],
        ["Alianza Laboral del Golfo, S.C."],
        [
            "statutory deductions only (taxes, Social Security, Medicare, court orders)",
            "no loans or advances (negated debt)",
            "inbound bus, hotel, crossing and road meals reimbursed in the first week",
            "visa fee US$205 and border-crossing fee reimbursed",
            "knife, mesh gloves, apron, boots free, no deposit, no charge for wear",
            "optional housing at no cost",
            "recruiter fees paid by the employer; nobody may charge (negated)",
            "worker keeps passport; photocopy for Form I-9 only",
            "quit at any time without a fine (negated penalty)",
            "lawful abandonment notice",
            "no blacklisting for complaints",
            "per-pound incentive paid on top of the hourly wage",
        ],
        "work_contract",
        "letter; Liberation Serif; centered title; zebra summary table with header row; "
        "numbered clauses over 2 pages; two-column signature lines",
    )
    return pdf, lab


# ======================================================================================
# br07  H-2B  English  offer letter (South Africa -> Midwest carnival route)
# ======================================================================================


def build_br07():
    P = "h2b"
    pdf = Doc(
        fmt="Letter",
        body="ls",
        size=9.8,
        accent=(200, 110, 0),
        footer_l="Thunder Valley Amusements, Inc. · 2027 route offer",
        footer_r="Page {p} of {n}",
        npages=2,
        title="2027 ride operator offer",
        author="Thunder Valley Amusements, Inc.",
    )
    pdf.add_page()
    pdf.set_fill_color(200, 110, 0)
    pdf.rect(0, 0, pdf.w, 4, style="F")
    pdf.set_y(9)
    pdf.font(None, "B", 17)
    pdf.set_text_color(120, 50, 0)
    pdf.cell(0, 8, "THUNDER VALLEY AMUSEMENTS, INC.", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(
        0,
        4,
        "410 Fairground Road, Sedalia, Missouri 65301 · (660) 555-0133 · "
        "Traveling amusement rides since 1971",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(200, 110, 0), width=0.6, gap=1.5)
    pdf.p("January 18, 2027", after=0.5)
    pdf.p(
        "Thabo Lucas Mokoena\nc/o Karoo Bridge Staffing (Pty) Ltd, 14 Voortrekker Street, "
        "Bloemfontein 9301, South Africa"
    )
    pdf.p("Dear Thabo,", after=1)
    pdf.p(
        "We are pleased to offer you a place on our 2027 route as a Ride Operator under the H-2B "
        "program. This letter sets out your terms. Please read it with your family and sign the "
        "last page if you accept."
    )
    pdf.head("Your terms at a glance", size=11, before=0.5)
    pdf.grid(
        [
            ["Position", "Amusement ride operator (SOC 39-3091)"],
            [
                "Duties",
                "Set up, inspect, operate and tear down rides; take tickets from riders; help "
                "riders on and off safely",
            ],
            [
                "Route",
                "Fairs in Sedalia and Springfield MO; Topeka and Hutchinson KS; Des Moines IA; "
                "Lincoln NE",
            ],
            ["Dates", "April 1, 2027 to October 15, 2027"],
            ["Hours", "At least 40 hours a week, typically 12:00 noon to midnight on show days"],
            ["Wage", "$16.90 per hour"],
            ["Overtime", "$25.35 per hour over 40 hours a week"],
            ["Pay days", "Every other Friday (biweekly)"],
            ["Housing", "Free bunk in a crew sleeper trailer"],
            [
                "Requirements",
                "18 or older; 6 months' mechanical or customer-service experience; able to "
                "climb and lift 50 lb",
            ],
        ],
        widths=(34, 146),
        bold_first=True,
        first_fill=(252, 236, 214),
        size=9.2,
    )
    q_train = (
        "Before departure you must complete the ride-safety certificate course run by Karoo "
        "Bridge Staffing in Johannesburg, at a cost to you of ZAR 4 800."
    )
    q_trav = (
        "Your flight from Johannesburg to Kansas City, USD 1,380, is booked by the company and "
        "recovered from your pay at $75 per week until it is paid off."
    )
    pdf.clause(
        "Your visa.",
        "The company pays the H-2B visa fee and repays any border or visa cost "
        "you have paid in your first pay.",
    )
    pdf.clause("Before you leave South Africa.", q_train)
    pdf.clause("Getting here.", q_trav)
    pdf.clause(
        "Deductions.",
        "The only deductions are U.S. taxes (federal income tax, Social "
        "Security and Medicare) and the weekly flight instalment.",
    )
    pdf.clause(
        "Tools and gear.",
        "Wrenches, harnesses, gloves, hearing protection and two company "
        "T-shirts are issued free of charge.",
    )

    pdf.add_page()
    q_move = (
        "While on the route, crew members must stay inside the crew trailer area from 11:00 p.m. "
        "to 7:00 a.m. and may not leave the fairgrounds without the route manager's "
        "permission."
    )
    q_pen = (
        "A worker who leaves the show before the last date of the route forfeits two weeks' wages "
        "as liquidated damages."
    )
    pdf.clause("Life on the road.", q_move)
    pdf.clause("Leaving early.", q_pen)
    pdf.clause(
        "Going home.",
        "If you finish the route, the company pays your flight from Kansas City to Johannesburg.",
    )
    pdf.clause(
        "Ending employment.",
        "We may end your job for serious safety violations, drinking on "
        "duty or fighting, after a hearing with the route manager. If you are absent without "
        "notice for 5 working days in a row, we will report it to the Department of Labor and "
        "DHS as the law requires.",
    )
    pdf.clause("Your passport.", "Your passport stays with you; the company never keeps it.")
    pdf.clause(
        "Gate and ride fees.",
        "Admission, parking and ride fees are charged to fair visitors "
        "by the fair boards, not to crew members.",
    )
    pdf.ln(2)
    pdf.p("We look forward to seeing you in Sedalia on April 1.", after=1)
    pdf.p("Yours sincerely,", after=0)
    y0 = pdf.get_y()
    pdf.image(signature_png(701), x=pdf.l_margin + 2, y=y0 + 1, w=40)
    pdf.sig_row(
        [("Delbert K. Hanna", "Show Manager", "Thunder Valley Amusements, Inc.")],
        top_space=15,
        line_w=70,
    )
    pdf.head("Acceptance", size=10.5, before=2)
    pdf.p("I have read this offer and accept it.")
    pdf.sig_row([("Worker", "Thabo Lucas Mokoena", ""), ("Date", "", "")], top_space=14)

    fees = [
        fee("training_cost", P, 1, q_train, 4800, "ZAR"),
        fee("travel_cost", P, 1, q_trav, 1380, "USD"),
        fee("movement_restriction", P, 2, q_move),
        fee("breach_penalty", P, 2, q_pen),
    ]
    lab = label(
        "br07.pdf",
        P,
        "en",
        2,
        fees,
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "earnings_statements",
            "contract_impossibility",
        ],
        ["Karoo Bridge Staffing (Pty) Ltd"],
        [
            "'take tickets from riders' is a job duty",
            "admission, parking and ride fees are charged to fair visitors, not crew",
            "visa fee paid and border/visa costs repaid in the first pay",
            "free bunk in crew trailer",
            "free tools, harnesses and T-shirts",
            "passport stays with the worker",
            "return flight paid on completion",
        ],
        "offer_letter",
        "letter; thin color bar and letterhead with rule; 'terms at a glance' gridded "
        "key-value table; bold run-in headed paragraphs; manager signature and acceptance "
        "block",
    )
    return pdf, lab


# ======================================================================================
# br08  generic  English  OFW contract (Philippines -> Taiwan electronics factory)
# ======================================================================================


def build_br08():
    P = "generic"
    pdf = Doc(
        fmt="A4",
        body="nsr",
        size=9.4,
        accent=(0, 56, 120),
        footer_l="Tala Pacific Manpower Services Corp. · Contract TPM-TW-27-00914",
        footer_r="Page {p} of {n}",
        npages=3,
        title="Employment contract, Filipino factory worker, Taiwan",
        author="Tala Pacific Manpower Services Corp.",
    )
    pdf.add_page()
    pdf.font(None, "B", 13)
    pdf.set_text_color(0, 56, 120)
    pdf.cell(0, 6, "TALA PACIFIC MANPOWER SERVICES CORP.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        4,
        "DMW License No. DMW-091-LB-071526-R · 2/F Villareal Bldg., 1450 Taft Avenue, "
        "Ermita, Manila",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(0, 56, 120), width=0.5, gap=1.5)
    pdf.head(
        "EMPLOYMENT CONTRACT FOR FILIPINO FACTORY WORKER — TAIWAN",
        size=11.5,
        align="C",
        before=0,
        after=0.3,
    )
    pdf.p(
        "(for verification by the Migrant Workers Office, Taipei)", size=8.5, style="I", align="C"
    )
    pdf.grid(
        [
            ["Employer", "Hsinchu Precision Circuit Co., Ltd."],
            [
                "Employer's address",
                "No. 18, Gongye 3rd Road, Hukou Township, Hsinchu County 303, Taiwan",
            ],
            ["Taiwan broker", "Formosa Evergreen Human Resources Co., Ltd. (Licence No. 1874)"],
            ["Philippine agency", "Tala Pacific Manpower Services Corp."],
            ["Worker", "Jerome Dizon Lacsamana"],
            ["Passport No.", "P7714052B"],
        ],
        widths=(42, 138),
        bold_first=True,
        first_fill=(226, 234, 244),
        size=9,
    )
    q_house = (
        "The Worker shall live in the company dormitory, for which NT$2,500 per month is "
        "deducted from salary to cover lodging and utilities."
    )
    arts = [
        (
            "Article 1. Position and duties.",
            "Production operator: loads and unloads printed circuit "
            "boards on the surface-mount line, inspects solder joints under a magnifier, and packs "
            "finished boards.",
        ),
        (
            "Article 2. Place of work.",
            "The Employer's factory at No. 18, Gongye 3rd Road, Hukou Township, Hsinchu County.",
        ),
        ("Article 3. Duration.", "Three years, from 15 March 2027 to 14 March 2030."),
        (
            "Article 4. Hours and rest.",
            "Eight hours a day, five days a week (40 hours), on a rotating "
            "day or night shift, with one hour of rest per shift and at least one rest day every "
            "seven days. Overtime is voluntary and paid under the Labor Standards Act.",
        ),
        (
            "Article 5. Salary.",
            "Basic monthly salary of NT$28,590, not lower than the Taiwan minimum "
            "wage, paid on the 10th day of each month into the Worker's own bank account.",
        ),
        (
            "Article 6. Deductions.",
            "Only: (a) income tax withheld under Taiwan law; (b) the "
            "dormitory charge in Article 8; (c) the broker service fee in Article 9. Each deduction "
            "is shown on the monthly payslip (see Annex A).",
        ),
        ("Article 7. Meals.", "Lunch and dinner in the factory canteen are free on working days."),
        ("Article 8. Accommodation.", q_house),
    ]
    for lead, txt in arts:
        pdf.clause(lead, txt, after=1.6)

    pdf.add_page()
    q_fee = (
        "The Worker shall pay the Taiwan broker a monthly service fee of NT$1,800 in the first "
        "year, NT$1,700 in the second year and NT$1,500 in the third year, deducted from "
        "salary."
    )
    q_ret = (
        "For safekeeping, the Taiwan broker shall hold the Worker's passport and Alien Resident "
        "Certificate and release them on request for official transactions."
    )
    q_owwa = (
        "(b) The Worker shall pay the OWWA membership contribution of USD 25 at the Agency's "
        "cashier before departure."
    )
    q_train = (
        "(c) Basic Mandarin lessons at the Agency's training centre cost PHP 4,500 and are for "
        "the Worker's account."
    )
    pdf.clause("Article 9. Broker service fee.", q_fee)
    pdf.clause("Article 10. Passport and residence card.", q_ret)
    pdf.clause("Article 11. Pre-departure matters.", "")
    for t in [
        "(a) The Pre-Departure Orientation Seminar (PDOS) is free of charge.",
        q_owwa,
        q_train,
        "(d) No placement fee is charged to the Worker (walang placement fee).",
    ]:
        pdf.p(t, indent=6, after=1.0)
    pdf.ln(0.8)
    pdf.clause(
        "Article 12. Travel and visa.",
        "The Employer pays the entry visa, the work permit and the airfare from Manila to Taipei.",
    )
    pdf.clause(
        "Article 13. Termination.",
        "The Employer may terminate this contract only for the "
        "causes listed in Article 12 of the Taiwan Labor Standards Act. The Worker may "
        "terminate it by giving 30 days' written notice.",
    )
    pdf.clause(
        "Article 14. Disputes.",
        "Disputes shall be brought to the Hsinchu County Labor "
        "Affairs Department or the Migrant Workers Office in Taipei. The 1955 hotline for "
        "foreign workers is free of charge.",
    )
    pdf.clause(
        "Article 15. Language.",
        "This contract was explained to the Worker in Filipino "
        "(ipinaliwanag sa wikang Filipino) before signing.",
    )
    pdf.ln(2)
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("For the Employer", "Chen Wei-Lun", "General Manager"),
            ("The Worker", "Jerome Dizon Lacsamana", ""),
            ("For the Agency", "Ma. Cristina R. Salvador", "President"),
        ],
        top_space=18,
    )
    pdf.image(signature_png(801), x=pdf.l_margin + 3, y=y0 + 5, w=36)
    pdf.image(signature_png(802), x=pdf.l_margin + 63, y=y0 + 6, w=34)
    pdf.image(signature_png(803), x=pdf.l_margin + 123, y=y0 + 5, w=34)
    pdf.ln(4)
    bx_y = pdf.get_y()
    pdf.set_draw_color(0, 56, 120)
    pdf.rect(pdf.l_margin, bx_y, 80, 26)
    pdf.set_xy(pdf.l_margin + 2, bx_y + 2)
    pdf.font(None, "B", 8)
    pdf.multi_cell(
        76,
        4,
        "VERIFIED\nMigrant Workers Office (MWO) Taipei\nLabor Attaché: ____________",
        new_x="LEFT",
        new_y="NEXT",
    )
    pdf.image(
        make_stamp(["MWO TAIPEI", "VERIFIED", "2027"], seed=81, color=(20, 60, 150), angle=10),
        x=pdf.l_margin + 52,
        y=bx_y - 2,
        w=28,
    )

    pdf.add_page()
    pdf.head("ANNEX A — MONTHLY SALARY COMPUTATION (FIRST YEAR)", size=11, before=0, rule=True)
    pdf.grid(
        [
            ["Basic monthly salary (Article 5)", "28,590"],
            ["Less: income tax, 6% non-resident rate (first 183 days)", "1,715"],
            ["Less: dormitory charge (Article 8)", "2,500"],
            ["Less: broker service fee, year 1 (Article 9)", "1,800"],
            ["Net monthly pay", "22,575"],
        ],
        widths=(130, 50),
        header=["Item", "NT$"],
        head_fill=(0, 56, 120),
        size=9.2,
        aligns=("LEFT", "RIGHT"),
    )
    pdf.p(
        "Overtime pay, if any, is added to the net pay and is not subject to the broker service fee "
        "or the dormitory charge.",
        size=8.8,
    )
    pdf.p("Conforme (I have read and understood Annex A):", size=8.8)
    pdf.sig_row([("Worker", "Jerome Dizon Lacsamana", ""), ("Date", "", "")], top_space=12)

    fees = [
        fee("housing_charge", P, 1, q_house, 2500, "TWD"),
        fee("recruitment_fee", P, 2, q_fee, 1800, "TWD"),
        fee("document_retention", P, 2, q_ret),
        fee("insurance_cost", P, 2, q_owwa, 25, "USD"),
        fee("training_cost", P, 2, q_train, 4500, "PHP"),
    ]
    lab = label(
        "br08.pdf",
        P,
        "en",
        3,
        fees,
        ["return_transportation"],
        ["Tala Pacific Manpower Services Corp.", "Formosa Evergreen Human Resources Co., Ltd."],
        [
            "PDOS free of charge",
            "'walang placement fee': no placement fee (negated)",
            "employer pays entry visa, work permit and airfare to Taipei",
            "free canteen meals on working days",
            "1955 hotline free of charge",
            "voluntary overtime paid under the Labor Standards Act",
        ],
        "ofw_contract",
        "A4; centered agency letterhead with license line; parties grid; numbered articles; "
        "three-party signature row; MWO verification box with stamp image; Annex A salary "
        "computation table (right-aligned amounts)",
    )
    return pdf, lab


# ======================================================================================
# br09  generic  English  demand letter + worker undertaking (Nepal -> Qatar)
# ======================================================================================


def build_br09():
    P = "generic"
    pdf = Doc(
        fmt="A4",
        body="dvs",
        size=9.2,
        accent=(110, 20, 60),
        footer_l="",
        footer_r="{p}/{n}",
        npages=2,
        title="Demand letter AWFS/HR/DL/2027/118",
        author="Al Waab Facility Services W.L.L.",
    )
    pdf.add_page()
    pdf.set_fill_color(110, 20, 60)
    pdf.rect(pdf.l_margin, 12, pdf.tw, 1.2, style="F")
    pdf.set_y(15)
    pdf.font(None, "B", 15)
    pdf.set_text_color(110, 20, 60)
    pdf.cell(0, 7, "AL WAAB FACILITY SERVICES W.L.L.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 7.8)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(
        pdf.tw,
        3.8,
        "Building 14, Street 820, Zone 56, Abu Hamour, Doha, State of Qatar · "
        "P.O. Box 24517 · C.R. No. 118204 · Tel. +974 4460 2231",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(110, 20, 60), width=0.4, gap=1.5)
    pdf.font(None, "", 8.8)
    pdf.cell(pdf.tw / 2, 5, "Ref: AWFS/HR/DL/2027/118")
    pdf.cell(pdf.tw / 2, 5, "Date: 11 January 2027", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.p(
        "To: The Managing Director\nHimal Sagarmatha Overseas Pvt. Ltd.\nMaharajgunj, Kathmandu, "
        "Nepal (Licence No. 1187/075/76)"
    )
    pdf.head("Subject: DEMAND LETTER AND POWER OF ATTORNEY", size=10.5, before=0, align="C")
    pdf.p(
        "We, Al Waab Facility Services W.L.L., hereby authorise Himal Sagarmatha Overseas Pvt. Ltd. "
        "to recruit and select the following Nepali workers for employment with our company in "
        "Doha, Qatar, under the terms below."
    )
    pdf.grid(
        [
            [
                "1",
                "Cleaner",
                "Cleaning of shopping malls and offices at client sites in Doha",
                "60",
                "1,000",
            ],
            [
                "2",
                "Security guard",
                "Guarding client building entrances, checking visitor passes, "
                "patrolling car parks in Doha",
                "25",
                "1,200",
            ],
            [
                "3",
                "Pantry boy",
                "Preparing tea and coffee and keeping office pantries clean",
                "10",
                "1,000",
            ],
        ],
        widths=(11, 28, 93, 13, 35),
        header=["S.N.", "Position", "Main duties", "Qty", "Basic salary (QAR/month)"],
        head_fill=(110, 20, 60),
        size=8.6,
    )
    pdf.head("Terms and conditions", size=10, before=0)
    terms = [
        "Contract period: two (2) years, renewable by mutual consent.",
        "Working hours: 8 hours per day, 6 days per week; overtime paid as per Qatar Labour Law "
        "No. 14 of 2004.",
        "Salary: paid monthly through the Wage Protection System (WPS) into the worker's bank "
        "account. Food allowance QAR 300 per month in addition to basic salary.",
        "Accommodation: free, in company labour accommodation at Street 33, Industrial Area, Doha. "
        "Transportation to duty: free.",
        "Visa, air ticket and Qatar medical: free, all paid by the company (free visa, free ticket).",
        "Return air ticket to Kathmandu at the end of the contract: by company.",
        "Deductions: none other than those permitted by the Qatar Labour Law.",
        "Medical care and health insurance as per Qatar law, at company cost.",
        "Annual leave: three weeks with full pay for each year of service.",
        "The company will not charge any recruitment fee to the workers.",
    ]
    for i, t in enumerate(terms, 1):
        pdf.clause(f"{i}.", t, indent=2, after=0.8)
    pdf.ln(1)
    y0 = pdf.get_y()
    pdf.sig_row(
        [("For Al Waab Facility Services W.L.L.", "Khalid Saeed Al-Marri", "General Manager")],
        top_space=16,
        line_w=70,
    )
    pdf.image(signature_png(901), x=pdf.l_margin + 3, y=y0 + 2, w=38)
    pdf.image(
        make_stamp(
            ["AL WAAB FACILITY", "SERVICES W.L.L.", "DOHA - QATAR"],
            seed=91,
            color=(30, 50, 140),
            angle=-10,
        ),
        x=pdf.l_margin + 70,
        y=y0 - 2,
        w=30,
    )
    pdf.image(
        make_stamp(
            ["EMBASSY OF NEPAL", "DOHA", "ATTESTED"], seed=92, color=(150, 20, 30), angle=12
        ),
        x=pdf.w - pdf.r_margin - 36,
        y=y0 - 4,
        w=32,
    )

    pdf.add_page()
    pdf.font(None, "B", 11)
    pdf.set_text_color(0, 90, 60)
    pdf.cell(0, 6, "HIMAL SAGARMATHA OVERSEAS PVT. LTD.", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 7.8)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        4,
        "Maharajgunj, Kathmandu · Licence No. 1187/075/76 · Agency file copy",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(0, 90, 60), width=0.4)
    pdf.head("WORKER'S UNDERTAKING", size=11.5, align="C", before=0)
    pdf.p(
        "I, Bishnu Bahadur Tamang, son of Man Bahadur Tamang, resident of Dhunche-3, Rasuwa, "
        "holding passport no. PA0912734, selected for the post of Security Guard with Al Waab "
        "Facility Services W.L.L., Doha, Qatar, undertake as follows:"
    )
    q_fee = (
        "I agree to pay the agency a service charge of NPR 150,000 (one lakh fifty thousand "
        "rupees), and I understand that the receipt will show only NPR 10,000."
    )
    q_debt = (
        "I have paid NPR 90,000 in cash; the remaining NPR 60,000 is lent to me by the agency's "
        "associate and will be recovered from my salary in Qatar at QAR 200 per month."
    )
    q_wh = (
        "I agree that my first month's salary will be kept by the company as security and paid to "
        "me only when I complete the contract."
    )
    q_pen = (
        "If I return to Nepal before completing two years for any reason other than serious "
        "illness, I will pay the company QAR 6,000 towards visa and ticket expenses."
    )
    und = [
        q_fee,
        q_debt,
        q_wh,
        q_pen,
        "I have received my pre-departure orientation certificate and my labour permit.",
        "This undertaking was read to me in Nepali and I have understood it.",
    ]
    for i, t in enumerate(und, 1):
        pdf.clause(f"{i}.", t, indent=2, after=1.4)
    y0 = pdf.get_y() + 2
    pdf.sig_row(
        [
            ("Worker", "Bishnu Bahadur Tamang", ""),
            ("For the Agency", "Ram Prasad Adhikari", "Managing Director"),
            ("Witness", "Pemba Lama", ""),
        ],
        top_space=18,
    )
    pdf.image(signature_png(902), x=pdf.l_margin + 3, y=y0 + 6, w=34)
    pdf.image(signature_png(903), x=pdf.l_margin + 63, y=y0 + 6, w=34)
    by = pdf.get_y() + 2
    pdf.print_box(pdf.l_margin, by, 24, 28, "Left thumb")
    pdf.print_box(pdf.l_margin + 30, by, 24, 28, "Right thumb")
    pdf.image(
        make_stamp(
            ["HIMAL SAGARMATHA", "OVERSEAS PVT. LTD.", "KATHMANDU"],
            seed=93,
            color=(20, 110, 70),
            angle=-14,
        ),
        x=pdf.l_margin + 70,
        y=by - 2,
        w=30,
    )

    fees = [
        fee("recruitment_fee", P, 2, q_fee, 150000, "NPR"),
        fee("debt_bondage", P, 2, q_debt, 60000, "NPR"),
        fee("wage_withholding", P, 2, q_wh),
        fee("breach_penalty", P, 2, q_pen, 6000, "QAR"),
    ]
    lab = label(
        "br09.pdf",
        P,
        "en",
        2,
        fees,
        ["employment_period", "termination"],
        ["Himal Sagarmatha Overseas Pvt. Ltd."],
        [
            "'free visa, free ticket': visa, ticket and Qatar medical paid by the company",
            "free accommodation and transport to duty",
            "return ticket by company",
            "employer's letter says no recruitment fee to workers (negated), although the "
            "agency charges one on page 2",
            "medical care and health insurance at company cost",
            "'two (2) years' is a duration, not start and end dates",
            "'tea and coffee' in pantry duties",
        ],
        "demand_letter",
        "A4; DejaVu Serif; centered employer letterhead; ref/date line; gridded positions "
        "table with header row; numbered terms; two stamp images; page 2 agency undertaking "
        "with numbered items, three-party signatures and thumbprint boxes",
    )
    return pdf, lab


# ======================================================================================
# br10  generic  English  Saudi contract + agency receipt + SCANNED declaration (Bangladesh)
# ======================================================================================


def scanned_declaration_br10():
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_title = pil_font(30, bold=True, serif=True)
    f_sub = pil_font(22, serif=True)
    f_body = pil_font(23, serif=True)
    f_bold = pil_font(23, bold=True, serif=True)
    f_small = pil_font(18, serif=True)
    left, right = 120, W - 120
    y = 110
    t = "PADMA HORIZON OVERSEAS LTD."
    d.text(((W - d.textlength(t, font=f_title)) / 2, y), t, fill=20, font=f_title)
    y += 44
    t = "Government approved recruiting agency, RL-1472 · House 52, Road 11, Banani, Dhaka 1213"
    d.text(((W - d.textlength(t, font=f_small)) / 2, y), t, fill=40, font=f_small)
    y += 40
    d.line([(left, y), (right, y)], fill=30, width=3)
    y += 36
    t = "DECLARATION BY THE EMIGRANT WORKER AND NOMINATION"
    d.text(((W - d.textlength(t, font=f_bold)) / 2, y), t, fill=15, font=f_bold)
    y += 60
    paras = [
        "I, Md. Rafiqul Islam Sarker, son of Abdul Karim Sarker, of Village Char Atra, Upazila "
        "Naria, District Shariatpur, Bangladesh, holder of passport No. A08813526, declare that:",
        "1. The terms of my employment contract with Al Majd Poultry and Dairy Company, Al-Kharj, "
        "Kingdom of Saudi Arabia, were read and explained to me in Bangla before I signed it.",
        "2. I attended the pre-departure briefing at the Technical Training Centre, Shariatpur, on "
        "12 January 2027.",
        "3. In case of my death or disability abroad, all dues and compensation should be paid to "
        "my nominee named below.",
        "4. I shall inform the agency and my family of any change of address abroad.",
    ]
    for para in paras:
        for ln in wrap_px(para, f_body, right - left, d):
            d.text((left, y), ln, fill=25, font=f_body)
            y += 34
        y += 18
    y += 10
    rows = [
        ("Nominee", "Mst. Shahnaz Begum (wife)"),
        ("Nominee's address", "Village Char Atra, Upazila Naria, District Shariatpur"),
        ("Nominee's mobile", "01712-448903"),
        ("BMET clearance ID", "BMET-EC-27-0104517"),
    ]
    for k, v in rows:
        d.rectangle([left, y, left + 330, y + 46], outline=60, width=2)
        d.rectangle([left + 330, y, right, y + 46], outline=60, width=2)
        d.text((left + 12, y + 10), k, fill=25, font=f_bold)
        d.text((left + 345, y + 10), v, fill=25, font=f_body)
        y += 46
    y += 150
    # signature, thumb impression, stamp
    scribble(d, left + 10, y - 70, 300, 70, seed=1003, fill=35, width=4)
    d.line([(left, y + 10), (left + 380, y + 10)], fill=40, width=2)
    d.text((left, y + 20), "Signature of the worker", fill=30, font=f_sub)
    bx = left + 470
    d.rectangle([bx, y - 150, bx + 190, y + 10], outline=50, width=2)
    fingerprint(d, bx + 95, y - 70, 55, 68, seed=1004, fill=75)
    d.text((bx, y + 20), "Left thumb impression", fill=30, font=f_sub)
    cx, cy = right - 130, y - 40
    d.ellipse([cx - 110, cy - 110, cx + 110, cy + 110], outline=90, width=6)
    d.ellipse([cx - 88, cy - 88, cx + 88, cy + 88], outline=90, width=3)
    for i, ln in enumerate(["PADMA HORIZON", "OVERSEAS LTD.", "DHAKA"]):
        tw = d.textlength(ln, font=f_small)
        d.text((cx - tw / 2, cy - 38 + i * 26), ln, fill=90, font=f_small)
    y += 110
    d.text(
        (left, y),
        "Identified by: Padma Horizon Overseas Ltd., Dhaka. Date: 14 January 2027",
        fill=30,
        font=f_sub,
    )
    d.text((right - 110, H - 90), "Page 3/3", fill=60, font=f_small)
    return finish_scan(img, seed=1005, angle=0.55)


def build_br10():
    P = "generic"
    pdf = Doc(
        fmt="A4",
        body="dv",
        size=9.1,
        accent=(0, 105, 80),
        footer_l="KSA employment contract · Padma Horizon Overseas Ltd. file PHO/KSA/27/2251",
        footer_r="Page {p}/{n}",
        npages=3,
        title="Employment contract KSA and migration cost",
        author="Padma Horizon Overseas Ltd.",
    )
    pdf.add_page()
    pdf.band(
        "EMPLOYMENT CONTRACT",
        "Kingdom of Saudi Arabia · Agricultural worker (poultry) · Visa No. 1304418827",
        color=(0, 105, 80),
        height=20,
        tsize=15,
    )
    pdf.grid(
        [
            ["First party (Employer)", "Al Majd Poultry and Dairy Company"],
            [
                "Employer's address",
                "Farm Road 7, As Sahnah District, Al-Kharj 16278, Riyadh Province, "
                "Kingdom of Saudi Arabia",
            ],
            ["Second party (Worker)", "Md. Rafiqul Islam Sarker"],
            ["Passport No. / Nationality", "A08813526 / Bangladeshi"],
            ["Recruiting agency", "Padma Horizon Overseas Ltd. (RL-1472), Dhaka"],
        ],
        widths=(48, 132),
        bold_first=True,
        first_fill=(222, 240, 234),
        size=8.9,
    )
    q_ret = (
        "The Employer shall keep the Worker's passport in the farm office for the whole contract "
        "period and return it at final exit."
    )
    arts = [
        (
            "1. Work.",
            "The Worker shall work as a poultry farm worker: feed and water the birds, check "
            "the feeders and drinkers, collect eggs, remove dead birds and clean the sheds.",
        ),
        ("2. Place of work.", "The Employer's poultry farms at Al-Kharj, Riyadh Province."),
        ("3. Duration.", "Two years, from 1 February 2027 to 31 January 2029."),
        (
            "4. Working hours.",
            "8 hours a day, 48 hours a week, with Friday as the weekly rest day; "
            "6 hours a day during Ramadan.",
        ),
        (
            "5. Salary.",
            "SAR 1,000 per month, paid monthly by bank transfer under the wage protection system.",
        ),
        (
            "6. Food and accommodation.",
            "Free furnished housing at the farm and a food allowance of SAR 300 per month.",
        ),
        (
            "7. Government charges in the Kingdom.",
            "The Employer pays the iqama (residence permit), the work permit and their renewals.",
        ),
        ("8. Passport.", q_ret),
        (
            "9. Leave and return.",
            "21 days' paid leave for each year of service. At the end of the "
            "contract the Employer provides an economy-class ticket to Dhaka and the end-of-service "
            "award required by the Saudi Labor Law.",
        ),
        (
            "10. Termination.",
            "The Employer may terminate without notice or award only for the causes "
            "in Article 80 of the Saudi Labor Law, such as assault or absence without valid reason for "
            "more than 20 days in one year; the Worker may leave without notice in the cases of "
            "Article 81.",
        ),
        (
            "11. Medical care.",
            "Medical treatment in the Kingdom is covered by the Employer's health insurance.",
        ),
    ]
    for lead, txt in arts:
        pdf.clause(lead, txt, after=1.4)
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("First party", "Saad Fahad Al-Otaibi", "Farm Director"),
            ("Second party", "Md. Rafiqul Islam Sarker", ""),
        ],
        top_space=15,
    )
    pdf.image(signature_png(1001), x=pdf.l_margin + 4, y=y0 + 2, w=34)

    pdf.add_page()
    pdf.font(None, "B", 13)
    pdf.set_text_color(0, 105, 80)
    pdf.cell(0, 6, "PADMA HORIZON OVERSEAS LTD.", new_x="LMARGIN", new_y="NEXT")
    pdf.font(None, "", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(
        0,
        4,
        "Government approved recruiting agency, RL-1472 · House 52, Road 11, Banani, Dhaka 1213",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.rule(color=(0, 105, 80), width=0.5)
    pdf.head("STATEMENT OF MIGRATION COST AND MONEY RECEIPT", size=11, align="C", before=0)
    pdf.p(
        "Worker: Md. Rafiqul Islam Sarker, Village Char Atra, Naria, Shariatpur · Destination: "
        "Kingdom of Saudi Arabia · Receipt No. PHO-MR-27-0318 · Date: 14 January 2027"
    )
    pdf.grid(
        [
            ["1", "Migration cost (agency service charge and visa)", "4,50,000"],
            ["2", "GAMCA medical examination", "10,500"],
            ["3", "BMET welfare fund and insurance", "3,500"],
            ["", "Total received", "4,64,000"],
        ],
        widths=(12, 118, 50),
        header=["S/L", "Particulars", "Amount (BDT)"],
        head_fill=(0, 105, 80),
        size=9,
        aligns=("LEFT", "LEFT", "RIGHT"),
    )
    pdf.head("Notes", size=10, before=0)
    q_fee = (
        "The worker has paid the agency a migration cost of BDT 4,50,000 (four lakh fifty thousand "
        "taka) in three instalments."
    )
    q_visa = (
        "The work visa, bought from the sponsor in Riyadh for SAR 8,000, is included in the "
        "migration cost and is borne by the worker."
    )
    q_med = (
        "The GAMCA medical test at Lab One Diagnostic, Dhaka, BDT 10,500, is paid by the worker "
        "and is not refundable if the result is unfit."
    )
    q_ins = (
        "The worker pays BDT 3,500 at BMET for the Wage Earners' Welfare Board contribution and "
        "the compulsory life insurance."
    )
    notes = [
        q_fee,
        q_visa,
        q_med,
        q_ins,
        "The air ticket Dhaka–Riyadh is provided by the employer.",
        "The pre-departure orientation at the Technical Training Centre is free.",
    ]
    for i, t in enumerate(notes, 1):
        pdf.clause(f"{i}.", t, indent=2, after=1.2)
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("Received by", "Nasrin Akter", "Accounts Officer"),
            ("Paid by", "Md. Rafiqul Islam Sarker", ""),
        ],
        top_space=16,
    )
    pdf.image(signature_png(1002), x=pdf.l_margin + 4, y=y0 + 3, w=34)
    pdf.image(
        make_stamp(["RECEIVED"], seed=1006, shape="rect", angle=-7, color=(20, 100, 60)),
        x=pdf.w - pdf.r_margin - 48,
        y=y0 - 30,
        w=44,
    )

    pdf.add_page()
    pdf.no_footer.add(3)
    pdf.image(scanned_declaration_br10(), x=0, y=0, w=pdf.w, h=pdf.h)

    fees = [
        fee("document_retention", P, 1, q_ret),
        fee("recruitment_fee", P, 2, q_fee, 450000, "BDT"),
        fee("visa_cost", P, 2, q_visa, 8000, "SAR"),
        fee("medical_cost", P, 2, q_med, 10500, "BDT"),
        fee("insurance_cost", P, 2, q_ins, 3500, "BDT"),
    ]
    lab = label(
        "br10.pdf",
        P,
        "en",
        3,
        fees,
        ["deductions"],
        ["Padma Horizon Overseas Ltd."],
        [
            "'feed the birds', 'feeders' are job words",
            "free housing and food allowance",
            "employer pays iqama, work permit and renewals",
            "end-of-service award is a benefit, not a fee",
            "air ticket Dhaka–Riyadh provided by the employer",
            "pre-departure orientation free",
            "medical treatment in the Kingdom covered by employer health insurance",
            "scanned page 3 (declaration and nomination) carries no fees",
        ],
        "work_contract",
        "A4; page 1 contract with header band, parties grid and numbered articles; page 2 "
        "agency money receipt with gridded cost table (lakh notation) and numbered notes, "
        "RECEIVED stamp image; page 3 SCANNED image-only declaration with signature, "
        "thumbprint box and round stamp",
        scanned=True,
    )
    return pdf, lab


# ======================================================================================
# br11  generic  Spanish  TFWP farm contract, compliant (Guatemala -> Quebec)
# ======================================================================================


def build_br11():
    P = "generic"
    pdf = Doc(
        fmt="Letter",
        body="ns",
        size=9.4,
        accent=(35, 90, 40),
        footer_l="Ferme Maraîchère Les Trois Rangs inc. · Contrato PTET 2027-07",
        footer_r="Página {p} de {n}",
        npages=2,
        title="Contrato de trabajo PTET agrícola",
        author="Ferme Maraîchère Les Trois Rangs inc.",
    )
    pdf.add_page()
    pdf.band(
        "CONTRATO DE TRABAJO — TRABAJADORA AGRÍCOLA EXTRANJERA TEMPORAL",
        "Programa de Trabajadores Extranjeros Temporales (PTET / TFWP), volet agricole · "
        "EIMT n.º 11472093 · Québec, Canadá",
        color=(35, 90, 40),
        height=22,
        tsize=13,
    )
    pdf.grid(
        [
            [
                "Empleador",
                "Ferme Maraîchère Les Trois Rangs inc., 1240, rang Saint-Joseph, Sherrington "
                "(Québec) J0L 2N0, Canadá",
            ],
            [
                "Trabajadora",
                "Heidy Marisol Coc Caal, DPI 2981 44120 1601, San Pedro Carchá, Alta "
                "Verapaz, Guatemala",
            ],
            ["Contratación", "Directa por el empleador, sin agencia ni intermediario"],
        ],
        widths=(34, 146),
        bold_first=True,
        first_fill=(228, 240, 226),
        size=9,
    )
    cl = [
        (
            "1. Puesto y tareas.",
            "Trabajadora agrícola en hortalizas: siembra y trasplante de lechuga, "
            "brócoli y cebolla; deshierbe; cosecha; lavado y empaque en el almacén de la granja.",
        ),
        (
            "2. Lugar de trabajo.",
            "Los campos y el almacén de la granja en Sherrington y Saint-Rémi, Quebec.",
        ),
        ("3. Duración.", "Del 14 de abril de 2027 al 31 de octubre de 2027."),
        (
            "4. Horario.",
            "Un mínimo de 40 horas por semana en promedio; en cosecha la jornada puede "
            "llegar a 10 horas diarias, de lunes a sábado, con un día de descanso semanal.",
        ),
        (
            "5. Salario.",
            "16,10 $ canadienses por hora, o el salario mínimo de Quebec si es más alto. "
            "Las horas extra se pagan según las normas laborales de Quebec.",
        ),
        (
            "6. Pago.",
            "Cada jueves (semanal), por depósito en la cuenta bancaria de la trabajadora, con "
            "un comprobante que detalla horas, salario y descuentos.",
        ),
        (
            "7. Descuentos.",
            "Solo los que exige la ley: impuesto federal y provincial, Régie des rentes "
            "du Québec (RRQ), seguro de empleo y RQAP. No se descuenta nada por vivienda, transporte, "
            "herramientas ni reclutamiento.",
        ),
        (
            "8. Vivienda.",
            "El empleador proporciona vivienda gratuita, inspeccionada por el municipio, a "
            "300 metros del almacén.",
        ),
        (
            "9. Viaje.",
            "El empleador paga el boleto de avión de ida y vuelta Guatemala–Montreal y el "
            "transporte al aeropuerto; no recupera ninguna parte de ese costo del salario. Este contrato "
            "no forma parte del PTAT (SAWP), que solo se aplica a trabajadores de México y del Caribe.",
        ),
        (
            "10. Permiso de trabajo.",
            "El empleador reembolsa en la primera paga la tarifa del permiso de "
            "trabajo (155 $) y la de datos biométricos (85 $).",
        ),
        (
            "11. Seguros.",
            "El empleador paga un seguro médico privado hasta que la trabajadora tenga la "
            "tarjeta de la RAMQ, y la cobertura de la CNESST por accidentes de trabajo.",
        ),
        (
            "12. Herramientas.",
            "Guantes, cuchillos de cosecha, botas de hule e impermeable se entregan "
            "sin costo y sin depósito.",
        ),
    ]
    for lead, txt in cl:
        pdf.clause(lead, txt, after=1.4)
    pdf.add_page()
    cl2 = [
        (
            "13. Documentos y libertad.",
            "La trabajadora guarda su pasaporte y su permiso de trabajo. "
            "Puede salir de la vivienda y recibir visitas en su tiempo libre; no hay toque de queda.",
        ),
        (
            "14. Terminación.",
            "El empleador solo puede terminar el contrato por causa justificada, con "
            "aviso escrito y después de escuchar a la trabajadora; en ese caso informa al consulado de "
            "Guatemala en Montreal. La trabajadora puede renunciar con una semana de aviso y sin ninguna "
            "penalización.",
        ),
        (
            "15. Reclutamiento.",
            "Nadie puede cobrarle a la trabajadora por este empleo. El empleador "
            "contrató directamente, sin agencia, y no acepta ningún pago de ella ni de su familia.",
        ),
        (
            "16. Quejas.",
            "La trabajadora puede presentar quejas ante la CNESST o ante Service Canada sin "
            "ninguna represalia y sin que eso afecte su contratación en temporadas futuras.",
        ),
    ]
    for lead, txt in cl2:
        pdf.clause(lead, txt, after=1.6)
    pdf.shaded(
        "Sus derechos en breve: no paga nada por obtener este empleo; su vivienda es gratuita; "
        "su pasaporte es suyo; puede cambiar de empleador con un nuevo permiso de trabajo; "
        "puede pedir ayuda al consulado de Guatemala en Montreal.",
        fill=(228, 240, 226),
        border_color=(35, 90, 40),
    )
    pdf.p(
        "Firmado en Sherrington (Québec) y en San Pedro Carchá, el 2 de marzo de 2027, en dos "
        "ejemplares en español.",
        style="I",
    )
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("El empleador", "Julien Ménard", "Propietario"),
            ("La trabajadora", "Heidy Marisol Coc Caal", ""),
        ],
        top_space=18,
    )
    pdf.image(signature_png(1101), x=pdf.l_margin + 4, y=y0 + 5, w=38)
    pdf.image(signature_png(1102), x=pdf.l_margin + 98, y=y0 + 6, w=34)

    lab = label(
        "br11.pdf",
        P,
        "es",
        2,
        [],
        [],
        [],
        [
            "direct hire, no agency; nobody may charge (negated recruitment fee)",
            "round-trip airfare paid by the employer and not recovered",
            "mentions PTAT/SAWP only to say the contract is not part of it",
            "work-permit and biometrics fees reimbursed in the first pay",
            "free housing",
            "statutory payroll deductions (taxes, RRQ, employment insurance, RQAP) are not "
            "recruitment costs",
            "private health insurance and CNESST paid by the employer",
            "tools free, no deposit",
            "worker keeps passport; no curfew (negated movement restriction)",
            "may resign without penalty (negated)",
            "complaints without reprisal (negated blacklisting)",
        ],
        "work_contract",
        "letter; header band; parties grid; numbered cláusulas over 2 pages; bordered "
        "shaded rights box; two-column signature lines",
    )
    return pdf, lab


# ======================================================================================
# br12  generic  Spanish  intermediary agreement (Honduras -> Spain, GECCO Huelva)
# ======================================================================================


def build_br12():
    P = "generic"
    pdf = Doc(
        fmt="Letter",
        body="dv",
        size=9.3,
        accent=(200, 30, 80),
        footer_l="Mundo Fresa Honduras · Convenio MFH-GECCO-27/061",
        footer_r="{p} / {n}",
        npages=2,
        title="Convenio de gestión GECCO Huelva 2027",
        author="Mundo Fresa Honduras",
    )
    pdf.add_page()
    pdf.set_fill_color(200, 30, 80)
    pdf.ellipse(pdf.l_margin, 11, 16, 16, style="F")
    pdf.set_xy(pdf.l_margin + 20, 11)
    pdf.font(None, "B", 15)
    pdf.set_text_color(200, 30, 80)
    pdf.cell(0, 7, "MUNDO FRESA HONDURAS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 20)
    pdf.font(None, "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(
        pdf.tw - 20,
        3.8,
        "Agencia de Empleo y Gestiones · Barrio Río de Piedras, 8 calle, "
        "20 avenida S.O., San Pedro Sula, Cortés · WhatsApp +504 9612-0473",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(31)
    pdf.rule(color=(200, 30, 80), width=0.5)
    pdf.head(
        "CONVENIO DE GESTIÓN PARA CONTRATACIÓN EN ORIGEN — CAMPAÑA DE LA FRESA HUELVA 2027",
        size=11.3,
        align="C",
        before=0,
    )
    pdf.p(
        "Entre Mundo Fresa Honduras (en adelante, LA GESTORA), representada por la señora Karla "
        "Yamileth Bonilla Rápalo, gerente, y la señora Dilcia Esperanza Mejía Cruz, con DNI "
        "0501-1991-04418, vecina de Villanueva, Cortés (en adelante, LA TRABAJADORA), se acuerda lo "
        "siguiente:"
    )
    pdf.head("Condiciones de la oferta (gestión colectiva GECCO)", size=10, before=0)
    pdf.grid(
        [
            [
                "Empresa",
                "Frutas Costa de la Luz, S.A.T., Carretera A-494, km 8, 21800 Moguer (Huelva), "
                "España",
            ],
            ["Puesto", "Peona agrícola: recolección de fresa, frambuesa y arándano en invernadero"],
            ["Lugar", "Fincas de la empresa en Moguer y Palos de la Frontera (Huelva)"],
            ["Campaña", "Del 10 de enero al 30 de junio de 2027"],
            [
                "Jornada",
                "6 horas y 30 minutos diarios, de lunes a sábado (convenio del campo de Huelva)",
            ],
            ["Salario", "58,46 € por jornada trabajada"],
        ],
        widths=(30, 150),
        bold_first=True,
        first_fill=(250, 226, 234),
        size=8.9,
    )
    q_fee = (
        "Para ser incluida en la lista de preseleccionadas, LA TRABAJADORA pagará a LA GESTORA "
        "18.000 lempiras (dieciocho mil lempiras) en concepto de gestión y trámites."
    )
    q_trav = (
        "El billete de avión San Pedro Sula–Madrid y el autobús hasta Huelva, unos 900 euros, "
        "corren por cuenta de LA TRABAJADORA."
    )
    q_house = (
        "El alojamiento en la finca cuesta 3 euros por día trabajado, que la empresa descontará "
        "de la nómina."
    )
    q_bond = (
        "Antes de viajar, LA TRABAJADORA firmará a favor de LA GESTORA un pagaré en blanco como "
        "garantía de que volverá a Honduras al terminar la campaña."
    )
    pdf.clause(
        "PRIMERA. Objeto.",
        "LA GESTORA preparará el expediente de LA TRABAJADORA para la oferta "
        "colectiva de la empresa y la acompañará a la selección que se hará en San Pedro "
        "Sula.",
    )
    pdf.clause("SEGUNDA. Gestión.", q_fee)
    pdf.clause("TERCERA. Viaje.", q_trav)
    pdf.clause("CUARTA. Alojamiento.", q_house)
    pdf.clause(
        "QUINTA. Descuentos de ley.",
        "Además, en la nómina se descuentan la cotización de la "
        "trabajadora a la Seguridad Social y la retención del IRPF que corresponda.",
    )
    pdf.clause("SEXTA. Garantía.", q_bond)

    pdf.add_page()
    pdf.clause(
        "SÉPTIMA. Compromiso de retorno.",
        "LA TRABAJADORA firmará también el compromiso de "
        "retorno que exige el programa de gestión colectiva, por el que se obliga a regresar a "
        "Honduras al terminar la campaña y a presentarse en el consulado de España.",
    )
    pdf.clause(
        "OCTAVA. Equipo y visado.",
        "La empresa entrega gratis los guantes, las tijeras y las "
        "cajas de recolección. La tasa del visado de temporada la paga la empresa.",
    )
    pdf.clause(
        "NOVENA. Documentos.", "LA TRABAJADORA conservará en todo momento su pasaporte y su DNI."
    )
    pdf.clause(
        "DÉCIMA. Datos.",
        "LA TRABAJADORA autoriza a LA GESTORA a compartir su expediente con "
        "la empresa y con las autoridades del programa.",
    )
    pdf.ln(2)
    pdf.p(
        "Leído el presente convenio, las partes lo firman en San Pedro Sula, Cortés, a 20 de octubre "
        "de 2026.",
        style="I",
    )
    y0 = pdf.get_y()
    pdf.sig_row(
        [
            ("LA GESTORA", "Karla Yamileth Bonilla Rápalo", "Gerente"),
            ("LA TRABAJADORA", "Dilcia Esperanza Mejía Cruz", ""),
        ],
        top_space=18,
    )
    pdf.image(signature_png(1201), x=pdf.l_margin + 4, y=y0 + 5, w=38)
    pdf.image(signature_png(1202), x=pdf.l_margin + 98, y=y0 + 6, w=32)
    by = pdf.get_y() + 2
    pdf.print_box(pdf.l_margin + 96, by, 24, 28, "Huella de LA TRABAJADORA")
    pdf.image(
        make_stamp(
            ["MUNDO FRESA", "HONDURAS", "SAN PEDRO SULA"], seed=121, color=(180, 30, 80), angle=11
        ),
        x=pdf.l_margin + 8,
        y=by,
        w=30,
    )

    fees = [
        fee("recruitment_fee", P, 1, q_fee, 18000, "HNL"),
        fee("travel_cost", P, 1, q_trav, 900, "EUR"),
        fee("housing_charge", P, 1, q_house, 3, "EUR"),
        fee("deposit_or_bond", P, 1, q_bond),
    ]
    lab = label(
        "br12.pdf",
        P,
        "es",
        2,
        fees,
        ["pay_frequency", "return_transportation", "termination"],
        ["Mundo Fresa Honduras"],
        [
            "GECCO 'compromiso de retorno' is a lawful programme commitment (the blank pagaré is "
            "the finding)",
            "statutory Social Security and IRPF deductions",
            "gloves, shears and picking boxes free",
            "seasonal visa fee paid by the company",
            "worker keeps passport and DNI",
            "'nómina' does not state how often pay is made",
        ],
        "recruiter_agreement",
        "letter; agency letterhead with colored dot logo and WhatsApp contact; gridded offer "
        "table; ordinal cláusulas; signature lines with fingerprint box and stamp image",
    )
    return pdf, lab


BUILDERS = [
    build_br01,
    build_br02,
    build_br03,
    build_br04,
    build_br05,
    build_br06,
    build_br07,
    build_br08,
    build_br09,
    build_br10,
    build_br11,
    build_br12,
]
SCANNED_PAGES = {"br10.pdf": {3}}


# --------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------


def norm(s):
    return " ".join((s or "").split())


def check_labels_shape(labels):
    errs = []
    for lab in labels:
        f = lab["file"]
        if lab["program"] not in REQUIRED:
            errs.append(f"{f}: bad program")
            continue
        extra = set(lab["missing_terms"]) - REQUIRED[lab["program"]]
        if extra:
            errs.append(f"{f}: missing_terms not required for {lab['program']}: {sorted(extra)}")
        for fe in lab["fees"]:
            if fe["category"] not in CATEGORIES:
                errs.append(f"{f}: unknown category {fe['category']}")
            if fe["severity"] != severity_for(fe["category"], lab["program"]):
                errs.append(f"{f}: severity mismatch for {fe['category']}")
            if (fe["amount"] is None) != (fe["currency"] is None):
                errs.append(f"{f}: amount/currency mismatch in {fe['quote'][:40]}")
            if not 1 <= fe["page"] <= lab["pages"]:
                errs.append(f"{f}: fee page out of range")
        if lab["scanned"] != bool(SCANNED_PAGES.get(f)):
            errs.append(f"{f}: scanned flag does not match scanned pages")
    return errs


def verify(out_dir, labels):
    errs = check_labels_shape(labels)
    for lab in labels:
        f = lab["file"]
        path = os.path.join(out_dir, f)
        scanned = SCANNED_PAGES.get(f, set())
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != lab["pages"]:
                errs.append(f"{f}: {len(pdf.pages)} pages, labelled {lab['pages']}")
                continue
            texts = []
            for i, page in enumerate(pdf.pages, 1):
                t = page.extract_text() or ""
                if i in scanned:
                    if page.chars or t.strip():
                        errs.append(f"{f}: scanned page {i} has a text layer")
                    if not page.images:
                        errs.append(f"{f}: scanned page {i} has no image")
                    texts.append("")
                else:
                    if not t.strip():
                        errs.append(f"{f}: page {i} has no text")
                    texts.append(norm(t))
            for fe in lab["fees"]:
                if fe["page"] in scanned:
                    errs.append(f"{f}: fee labelled on scanned page {fe['page']}")
                    continue
                q = norm(fe["quote"])
                if q not in texts[fe["page"] - 1]:
                    where = [i + 1 for i, t in enumerate(texts) if q in t]
                    errs.append(
                        f"{f}: quote not on page {fe['page']} (found on {where}): "
                        f"{fe['quote'][:70]}"
                    )
            alltext = " ".join(texts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errs.append(f"{f}: recruiter not printed: {r}")
    return errs


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    labels = []
    for b in BUILDERS:
        pdf, lab = b()
        pdf.output(os.path.join(out_dir, lab["file"]))
        labels.append(lab)
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    errs = verify(out_dir, labels)
    if errs:
        for e in errs:
            print("FAIL:", e, file=sys.stderr)
        return 1
    nf = sum(len(l["fees"]) for l in labels)
    print(f"ok: {len(labels)} documents, {nf} labelled fees, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
