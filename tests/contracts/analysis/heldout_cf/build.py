#!/usr/bin/env python3
"""heldout_cf: blind, labelled batch of 12 recruitment documents (US H-2 visa paperwork
signed abroad) for evaluating the FairRecruit contract checker.

    python build.py OUT_DIR [--write-labels]

Writes cf01.pdf ... cf12.pdf and labels.json into OUT_DIR (deterministic: fixed creation
date, fixed seeds), re-opens every PDF with pdfplumber and self-checks it, then compares the
generated labels with the committed labels.json next to this file (written there when it is
missing, or when --write-labels is given). Exits non-zero on any failed check or difference.

Every name, firm, address, policy and licence number below is invented.
"""

import datetime
import io
import json
import re
import sys
from pathlib import Path

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime.datetime(2026, 5, 4, 9, 30, 0, tzinfo=datetime.UTC)
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)

# ----------------------------------------------------------------------------------------
# taxonomy (shared/domain/taxonomy.md)
# ----------------------------------------------------------------------------------------
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
TERMS = [
    # id, h2a, h2b, generic
    ("employer_identity", 1, 1, 1),
    ("worker_identity", 0, 0, 1),
    ("job_duties", 1, 1, 1),
    ("work_location", 1, 1, 1),
    ("employment_period", 1, 1, 1),
    ("hours_of_work", 1, 1, 1),
    ("wage_rate", 1, 1, 1),
    ("wage_adjustment", 1, 1, 0),
    ("overtime", 0, 1, 0),
    ("pay_frequency", 1, 1, 1),
    ("deductions", 1, 1, 1),
    ("three_fourths_guarantee", 1, 1, 0),
    ("housing", 1, 0, 0),
    ("meals", 1, 0, 0),
    ("inbound_transportation", 1, 1, 0),
    ("return_transportation", 1, 1, 1),
    ("daily_transportation", 1, 0, 0),
    ("visa_reimbursement", 0, 1, 0),
    ("tools_provided", 1, 1, 0),
    ("workers_compensation", 1, 0, 0),
    ("earnings_statements", 1, 1, 0),
    ("termination", 1, 1, 1),
    ("contract_impossibility", 1, 1, 0),
    ("job_requirements", 1, 1, 0),
]
PROGRAM_COL = {"h2a": 1, "h2b": 2, "generic": 3}


def required_terms(program):
    return [t[0] for t in TERMS if t[PROGRAM_COL[program]]]


def severity(program, cat, passport_only=False):
    if cat in ("damage_chargeback", "meal_charge"):
        return "review"
    if cat == "housing_charge" and program != "h2a":
        return "review"
    if cat == "visa_cost" and passport_only and program in ("h2a", "h2b"):
        return "review"
    return "violation"


def fee(cat, page, quote, amount=None, currency=None, group=None, passport_only=False):
    assert cat in CATEGORIES, cat
    d = {
        "category": cat,
        "page": page,
        "amount": None if amount is None else float(amount),
        "currency": currency,
        "quote": quote,
        "_passport": passport_only,
    }
    if group is not None:
        d["group"] = group
    return d


# ----------------------------------------------------------------------------------------
# PDF helpers (fpdf2)
# ----------------------------------------------------------------------------------------
FONT_SPECS = {
    "sans": ("DejaVuSans", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    "serif": ("DejaVuSerif", {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
    "cond": ("DejaVuSansCondensed", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    "mono": ("DejaVuSansMono", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
}
CORE = {"sans": "helvetica", "serif": "times", "cond": "helvetica", "mono": "courier"}
UNICODE_FONTS = all(
    (FONT_DIR / f"{b}{s}.ttf").exists() for b, st in FONT_SPECS.values() for s in st.values()
)
LATIN1_MAP = {
    "—": "-",
    "–": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "•": "-",
    "✔": "X",
    "✓": "v",
    "☐": "[ ]",
    "☒": "[X]",
    "→": "->",
    "€": "EUR",
}


def to_latin1(s):
    out = []
    for ch in s:
        ch = LATIN1_MAP.get(ch, ch)
        try:
            ch.encode("latin-1")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


class Doc(FPDF):
    def __init__(self, fmt="Letter", margins=(20, 20, 20), bottom=20, fam="sans", title=""):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.uni = UNICODE_FONTS
        self.registered = set()
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.base = fam
        self.hdr = None
        self.ftr = None
        self.scan_pages = set()
        self.set_text_color(25)

    def header(self):
        if self.hdr and self.page_no() not in self.scan_pages:
            self.hdr(self)

    def footer(self):
        if self.ftr and self.page_no() not in self.scan_pages:
            self.ftr(self)

    def f(self, fam=None, style="", size=10):
        fam = fam or self.base
        if self.uni:
            style = "".join(sorted(style.upper()))
            # register lazily (parsing a TTF is slow); regular and bold always, since markdown
            # run-in headings and table headings switch to bold on their own
            base, styles = FONT_SPECS[fam]
            for st in ("", "B", style):
                if (fam, st) not in self.registered:
                    self.add_font(fam, st, str(FONT_DIR / f"{base}{styles[st]}.ttf"))
                    self.registered.add((fam, st))
            self.set_font(fam, style, size)
        else:
            self.set_font(CORE[fam], style, size)

    def normalize_text(self, text):
        if not self.uni:
            text = to_latin1(text)
        return super().normalize_text(text)


def para(
    pdf,
    text,
    size=10,
    style="",
    fam=None,
    align="J",
    lh=None,
    indent=0,
    after=1.8,
    color=None,
    width=None,
    md=False,
):
    pdf.f(fam, style, size)
    if color is not None:
        pdf.set_text_color(*color)
    lh = lh or size * 0.47
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width or (pdf.epw - indent), lh, text, align=align, markdown=md, **NL)
    if after:
        pdf.ln(after)
    pdf.set_text_color(25)


def runin(pdf, head, text, size=10, fam=None, indent=0, after=1.8, lh=None, align="J"):
    """Bold run-in heading followed by the clause text in the same paragraph."""
    para(
        pdf,
        f"**{head}** {text}",
        size=size,
        fam=fam,
        indent=indent,
        after=after,
        lh=lh,
        align=align,
        md=True,
    )


def height_of(pdf, w, lh, text, md=False):
    return pdf.multi_cell(w, lh, text, dry_run=True, output="HEIGHT", markdown=md)


def ensure_space(pdf, h):
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()


def grid(
    pdf,
    rows,
    widths,
    size=9,
    fam=None,
    head=True,
    head_fill=(225, 225, 225),
    lh=None,
    align="L",
    borders="ALL",
    bold_col0=False,
    col0_fill=None,
    width=None,
    padding=1.4,
    heads_color=None,
):
    pdf.f(fam, "", size)
    total = width or pdf.epw
    hs = FontFace(emphasis="BOLD", fill_color=head_fill, color=heads_color)
    with pdf.table(
        col_widths=widths,
        width=total,
        text_align=align,
        line_height=lh or size * 0.5,
        first_row_as_headings=head,
        headings_style=hs,
        borders_layout=borders,
        padding=padding,
        align="LEFT",
        v_align="TOP",
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if j == 0 and bold_col0 and not (head and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD", fill_color=col0_fill))
                else:
                    row.cell(c)
    pdf.set_x(pdf.l_margin)


def checkbox(pdf, x, y, s=3.3, checked=False):
    pdf.set_draw_color(40)
    pdf.set_line_width(0.3)
    pdf.rect(x, y, s, s)
    if checked:
        pdf.set_line_width(0.45)
        pdf.line(x + 0.6, y + 0.6, x + s - 0.6, y + s - 0.6)
        pdf.line(x + 0.6, y + s - 0.6, x + s - 0.6, y + 0.6)
    pdf.set_line_width(0.2)


def hline(pdf, y=None, x1=None, x2=None, color=120, width=0.2):
    y = pdf.get_y() if y is None else y
    pdf.set_draw_color(color)
    pdf.set_line_width(width)
    pdf.line(
        x1 if x1 is not None else pdf.l_margin, y, x2 if x2 is not None else pdf.w - pdf.r_margin, y
    )


def sig_block(pdf, parties, cols=None, size=8.5, gap=13, fam=None, after=4):
    """parties: list of (caption, name, extra). Signature line above the name."""
    cols = cols or min(len(parties), 4)
    colw = (pdf.epw - (cols - 1) * 7) / cols
    for start in range(0, len(parties), cols):
        chunk = parties[start : start + cols]
        ensure_space(pdf, gap + 16)
        y0 = pdf.get_y() + gap
        heights = []
        for i, (cap, name, extra) in enumerate(chunk):
            x = pdf.l_margin + i * (colw + 7)
            hline(pdf, y0, x, x + colw, color=60, width=0.3)
            pdf.set_xy(x, y0 + 0.8)
            pdf.f(fam, "B", size)
            pdf.multi_cell(colw, size * 0.45, name, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.f(fam, "", size - 0.8)
            pdf.multi_cell(colw, size * 0.42, cap, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            if extra:
                pdf.f(fam, "I", size - 1.2)
                pdf.multi_cell(colw, size * 0.4, extra, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
            heights.append(pdf.get_y())
        pdf.set_xy(pdf.l_margin, max(heights) + after)


def fingerprint_box(pdf, x, y, w=24, h=28, caption="Huella"):
    pdf.set_draw_color(80)
    pdf.set_line_width(0.3)
    pdf.rect(x, y, w, h)
    pdf.f(None, "", 6.5)
    pdf.set_xy(x, y + h + 0.5)
    pdf.cell(w, 3, caption, align="C")


def band(pdf, y, h, rgb):
    pdf.set_fill_color(*rgb)
    pdf.rect(0, y, pdf.w, h, style="F")


# ----------------------------------------------------------------------------------------
# scanned page (image only)
# ----------------------------------------------------------------------------------------
def pil_font(style, px):
    name = {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "S": "DejaVuSans.ttf",
        "SB": "DejaVuSans-Bold.ttf",
    }[style]
    p = FONT_DIR / name
    if p.exists():
        return ImageFont.truetype(str(p), px)
    return ImageFont.load_default(px)


def render_scan(blocks, seed, size_in=(8.5, 11.0), dpi=200):
    """blocks: list of (kind, payload). Returns (PIL image, plain text of the page)."""
    W, H = int(size_in[0] * dpi), int(size_in[1] * dpi)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    margin = int(0.95 * dpi)
    y = int(0.8 * dpi)
    text_out = []
    rng = np.random.default_rng(seed)

    def wrap(text, font, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, payload in blocks:
        if kind in ("title", "sub", "p", "item"):
            style, px, indent, center = {
                "title": ("SB", 38, 0, True),
                "sub": ("S", 27, 0, True),
                "p": ("", 31, 0, False),
                "item": ("", 31, 45, False),
            }[kind]
            font = pil_font(style, px)
            for line in wrap(payload, font, W - 2 * margin - indent):
                x = (W - d.textlength(line, font=font)) / 2 if center else margin + indent
                d.text((x, y), line, font=font, fill=18)
                y += int(px * 1.42)
            y += int(px * 0.55)
            text_out.append(payload)
        elif kind == "space":
            y += payload
        elif kind == "sigs":
            font = pil_font("S", 24)
            n = len(payload)
            colw = (W - 2 * margin - (n - 1) * 60) / n
            y += 130
            for i, (cap, name, scribble) in enumerate(payload):
                x0 = margin + i * (colw + 60)
                if scribble:
                    pts = []
                    for k in range(28):
                        t = k / 27
                        pts.append(
                            (
                                x0 + 30 + t * (colw - 80),
                                y - 25 - 35 * np.sin(t * 9 + i) * (0.6 + 0.4 * rng.random()),
                            )
                        )
                    d.line(pts, fill=40, width=3)
                d.line([(x0, y), (x0 + colw, y)], fill=30, width=2)
                for j, s in enumerate((name, cap)):
                    tw = d.textlength(s, font=font)
                    d.text((x0 + (colw - tw) / 2, y + 10 + j * 32), s, font=font, fill=25)
                text_out.append(name)
                text_out.append(cap)
            y += 90
        elif kind == "finger":
            x0 = W - margin - 230
            d.rectangle([x0, y, x0 + 200, y + 240], outline=40, width=2)
            cx, cy = x0 + 100, y + 120
            for r in range(8, 78, 7):
                d.ellipse([cx - r * 0.75, cy - r, cx + r * 0.75, cy + r], outline=95, width=2)
            f2 = pil_font("S", 22)
            d.text((x0 + 20, y + 250), payload, font=f2, fill=30)
            text_out.append(payload)
        elif kind == "stamp":
            cx, cy, r = margin + 260, y + 30, 115
            d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=70, width=5)
            d.ellipse([cx - r + 18, cy - r + 18, cx + r - 18, cy + r - 18], outline=70, width=2)
            f2 = pil_font("SB", 22)
            for j, s in enumerate(payload):
                tw = d.textlength(s, font=f2)
                d.text((cx - tw / 2, cy - 40 + j * 30), s, font=f2, fill=70)
            text_out.extend(payload)
            y += 160
    # scanner artefacts: slight rotation, blur, uneven lighting, noise
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(0.75))
    a = np.asarray(img).astype(np.float32)
    yy = np.linspace(0, 1, H)[:, None]
    xx = np.linspace(0, 1, W)[None, :]
    a = a - 10 * yy - 7 * xx
    a = a + rng.normal(0, 7, size=a.shape)
    specks = rng.random(a.shape) < 0.0004
    a[specks] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, mode="L")
    return img, "\n".join(text_out)


def add_scanned_page(pdf, img):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80, optimize=False)
    buf.seek(0)
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_auto_page_break(True, margin=pdf.b_margin)


def doc_spec(
    file,
    program,
    language,
    fees,
    missing,
    present,
    recruiters,
    traps,
    doc_type,
    layout,
    scanned=False,
    scan_text=None,
):
    """present: {term: snippet that states the concrete value}; checked against the PDF
    text (or, for a scanned page, against the text that was rasterised)."""
    return {
        "file": file,
        "program": program,
        "language": language,
        "scanned": scanned,
        "fees": fees,
        "missing_terms": missing,
        "present": present,
        "recruiters": recruiters,
        "traps": traps,
        "doc_type": doc_type,
        "layout": layout,
        "scan_text": scan_text or {},
    }


# ========================================================================================
# cf01  h2a · es · Mexico (Fresnillo, Zac. -> Washington apples) · recruiter agreement
# ========================================================================================
def cf01():
    AG = "Enlaces Agrícolas del Altiplano, S.C."
    pdf = Doc(
        "Letter", margins=(22, 31, 22), bottom=27, fam="serif", title="Convenio EAA/H2A/26-0417"
    )

    def hdr(p):
        p.set_xy(22, 11)
        p.set_text_color(28, 70, 40)
        p.f("serif", "B", 11)
        p.cell(110, 5, AG)
        p.f("serif", "", 8)
        p.set_xy(p.w - 22 - 60, 11)
        p.cell(60, 5, "Folio EAA/H2A/26-0417", align="R")
        p.set_xy(22, 16.5)
        p.f("serif", "", 7.5)
        p.set_text_color(70)
        p.cell(
            0,
            3.6,
            "Av. Hidalgo 214-B, Zona Centro, C.P. 99000, Fresnillo, Zac.  ·  Tel. 493 932 1187  ·  "
            "reclutamiento@enlacesaltiplano.mx",
        )
        hline(p, 22.5, color=(28), width=0.6)
        p.set_text_color(25)
        p.set_y(31)

    def ftr(p):
        hline(p, p.h - 21, color=150)
        p.set_y(p.h - 19.5)
        p.f("serif", "", 7.5)
        p.set_text_color(80)
        p.cell(60, 4, "Rúbrica LA AGENCIA:")
        p.cell(60, 4, "Rúbrica EL ASPIRANTE:")
        p.cell(0, 4, f"Hoja {p.page_no()} de {{nb}}", align="R")
        hline(p, p.h - 15.8, 50, 78, color=120)
        hline(p, p.h - 15.8, 111, 140, color=120)
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(
        pdf,
        "CONVENIO DE INCORPORACIÓN AL PROGRAMA DE TRABAJADORES AGRÍCOLAS TEMPORALES "
        "(VISA H-2A) · TEMPORADA 2026",
        size=12,
        style="B",
        align="C",
        after=4,
    )
    S = 10
    para(
        pdf,
        "En la ciudad de Fresnillo, Zacatecas, siendo las 11:20 horas del día 9 de junio de 2026, "
        "en las oficinas ubicadas en Av. Hidalgo número 214-B, Zona Centro, comparecen, por una "
        "parte, ENLACES AGRÍCOLAS DEL ALTIPLANO, S.C., representada en este acto por su gerente "
        "general, Lic. Rubén Eliseo Carrillo Máynez, a quien en lo sucesivo se le denominará "
        "«LA AGENCIA»; y por la otra, el C. José Guadalupe Ontiveros Rangel, con CURP "
        "OIRJ950314HZSNNS08 y domicilio conocido en la comunidad de Río Florido, municipio de "
        "Fresnillo, a quien en lo sucesivo se le denominará «EL ASPIRANTE», quienes se sujetan "
        "al tenor de los siguientes antecedentes y estipulaciones.",
        size=S,
    )
    para(pdf, "A N T E C E D E N T E S", size=S, style="B", align="C", after=2)
    para(
        pdf,
        "I. LA AGENCIA declara que la empresa Pelton Ridge Orchards, LLC, con domicilio en 2875 "
        "Pelton Ridge Road, Chelan, Washington 98816, Estados Unidos de América (en adelante "
        "«EL EMPLEADOR»), le encomendó la preselección de trabajadores para su solicitud de "
        "certificación laboral H-2A de la temporada 2026.",
        size=S,
        indent=4,
    )
    para(
        pdf,
        "II. EL ASPIRANTE declara ser mayor de edad, saber leer y escribir, y contar con al menos "
        "tres meses de experiencia comprobable en la cosecha de fruta con escalera, requisito que "
        "EL EMPLEADOR fijó para el puesto.",
        size=S,
        indent=4,
    )
    para(
        pdf,
        "III. Ambas partes reconocen que la visa la otorga exclusivamente el Consulado de los "
        "Estados Unidos de América y que LA AGENCIA no garantiza su aprobación.",
        size=S,
        indent=4,
    )
    para(pdf, "E S T I P U L A C I O N E S", size=S, style="B", align="C", after=2)
    clauses = [
        (
            "PRIMERA. Puesto.",
            "EL ASPIRANTE, una vez obtenida su visa, se desempeñará como cosechador "
            "de manzana y pera: cortará la fruta a mano con bolsa de cosecha y escalera, la vaciará en los "
            "bins sin golpearla y apoyará en el aclareo y la limpieza de las hileras.",
        ),
        (
            "SEGUNDA. Lugar y vigencia.",
            "Las labores se realizarán en los huertos de EL EMPLEADOR en "
            "los condados de Chelan y Douglas, Estado de Washington, del 17 de agosto al 6 de noviembre "
            "de 2026.",
        ),
        (
            "TERCERA. Jornada.",
            "La jornada ordinaria será de ocho horas diarias, de lunes a sábado, de "
            "6:30 a 15:00 horas, con media hora para tomar alimentos; en días de lluvia o helada la "
            "jornada podrá acortarse.",
        ),
        (
            "CUARTA. Salario.",
            "EL EMPLEADOR pagará 19.82 dólares por hora, o 30 dólares por bin lleno "
            "cuando el pago por bin resulte mayor; si durante la temporada se publica una tarifa mínima "
            "más alta para este trabajo, se pagará la más alta desde la fecha de su publicación.",
        ),
        (
            "QUINTA. Forma de pago.",
            "El salario se cubrirá cada semana, los viernes, mediante depósito "
            "directo en una cuenta bancaria a nombre de EL ASPIRANTE.",
        ),
        (
            "SEXTA. Descuentos.",
            "EL EMPLEADOR sólo podrá descontar del salario los impuestos que exija "
            "la ley y las cantidades que EL ASPIRANTE autorice por escrito en su propio beneficio.",
        ),
        (
            "SÉPTIMA. Vivienda, cocina y traslados diarios.",
            "EL EMPLEADOR proporcionará sin costo alguno "
            "alojamiento en el campamento ubicado en 2910 Pelton Ridge Road, con cocina equipada de uso "
            "libre, así como transporte gratuito todos los días entre el campamento y los huertos.",
        ),
        (
            "OCTAVA. Viaje.",
            "El autobús de Fresnillo a Monterrey, el hospedaje y los alimentos durante "
            "el trámite consular, el derecho de visa y el vuelo a Seattle serán pagados directamente por "
            "EL EMPLEADOR; al terminar el contrato, EL EMPLEADOR pagará también el regreso hasta Fresnillo.",
        ),
        (
            "NOVENA. Equipo de trabajo.",
            "Las escaleras, las bolsas de cosecha y los guantes serán "
            "entregados por EL EMPLEADOR sin costo ni depósito.",
        ),
        (
            "DÉCIMA. Garantía de empleo.",
            "La garantía de horas de trabajo se sujetará a lo que disponga "
            "la normatividad aplicable.",
        ),
        (
            "DÉCIMA PRIMERA. Cuota de recuperación.",
            "Por la integración de su expediente, la gestión de "
            "la cita consular y el seguimiento con EL EMPLEADOR, EL ASPIRANTE cubrirá a LA AGENCIA una "
            "cuota de recuperación de $7,800.00 (siete mil ochocientos pesos 00/100 M.N.), pagadera en "
            "dos exhibiciones. La primera exhibición se entregará a la firma de este convenio y la "
            "segunda al recibir la fecha de la cita.",
        ),
        (
            "DÉCIMA SEGUNDA. Examen médico.",
            "El examen médico general y la prueba antidoping se "
            "practicarán en el Laboratorio Clínico Santa Anita de esta ciudad, y su importe de 1 350 pesos "
            "correrá por cuenta de EL ASPIRANTE.",
        ),
        (
            "DÉCIMA TERCERA. Garantía de cumplimiento.",
            "Para asegurar que se presente con EL EMPLEADOR "
            "y concluya la temporada, EL ASPIRANTE suscribe en este acto un pagaré sin protesto por "
            "$25,000.00 M.N. a favor de LA AGENCIA, el cual le será devuelto cuando regrese a Fresnillo "
            "con su constancia de terminación.",
        ),
        (
            "DÉCIMA CUARTA. Documentos.",
            "EL ASPIRANTE conservará en su poder su pasaporte y su visa en "
            "todo momento; LA AGENCIA únicamente obtendrá copias simples para integrar el expediente.",
        ),
        (
            "DÉCIMA QUINTA. Terminación.",
            "EL EMPLEADOR sólo podrá dar por terminado el contrato por "
            "causa justificada; si EL ASPIRANTE falta cinco días hábiles consecutivos sin dar aviso, se "
            "considerará que abandonó el empleo y EL EMPLEADOR lo notificará al Departamento de Trabajo "
            "y al Departamento de Seguridad Nacional, como lo exige la ley.",
        ),
        (
            "DÉCIMA SEXTA. Quejas.",
            "EL ASPIRANTE podrá acudir a la Procuraduría Federal de la Defensa "
            "del Trabajo o al Consulado a presentar cualquier queja sin que ello afecte su selección para "
            "temporadas futuras.",
        ),
        (
            "DÉCIMA SÉPTIMA. Jurisdicción.",
            "Para la interpretación y cumplimiento de este convenio, las "
            "partes se someten a los tribunales de Fresnillo, Zacatecas, y renuncian a cualquier otro "
            "fuero que pudiera corresponderles.",
        ),
    ]
    for h, t in clauses:
        runin(pdf, h, t, size=S)
    para(
        pdf,
        "Leído que fue el presente convenio y enteradas las partes de su contenido y alcance, lo "
        "firman por duplicado al calce y al margen, en el lugar y fecha señalados.",
        size=S,
        after=2,
    )
    sig_block(
        pdf,
        [
            ("Por LA AGENCIA", "Lic. Rubén Eliseo Carrillo Máynez", "Gerente General"),
            ("EL ASPIRANTE", "José Guadalupe Ontiveros Rangel", ""),
            ("TESTIGO", "Ma. Concepción Ledesma Ávila", ""),
            ("TESTIGO", "Fermín Arellano Sáenz", ""),
        ],
        size=8.5,
        gap=14,
    )
    # page 3: the promissory note that backs clause 13
    pdf.add_page()
    pdf.ln(4)
    pdf.set_draw_color(60)
    pdf.set_line_width(0.6)
    x0, y0, w0, h0 = 22, pdf.get_y(), pdf.epw, 118
    pdf.rect(x0, y0, w0, h0)
    pdf.set_line_width(0.2)
    pdf.rect(x0 + 2, y0 + 2, w0 - 4, h0 - 4)
    pdf.set_xy(x0 + 8, y0 + 7)
    pdf.f("serif", "B", 20)
    pdf.cell(60, 9, "PAGARÉ")
    pdf.f("serif", "", 10)
    pdf.set_xy(x0 + w0 - 80, y0 + 7)
    pdf.cell(72, 5, "No. 1/1", align="R", **NL)
    pdf.set_x(x0 + w0 - 80)
    pdf.f("serif", "B", 11)
    pdf.cell(72, 6, "Bueno por $25,000.00 M.N.", align="R", **NL)
    pdf.set_xy(x0 + 8, y0 + 26)
    pdf.f("serif", "", 10)
    pdf.multi_cell(w0 - 16, 5.2, "En Fresnillo, Zacatecas, a 9 de junio de 2026.", align="R", **NL)
    pdf.ln(2)
    pdf.set_x(x0 + 8)
    pdf.multi_cell(
        w0 - 16,
        5.6,
        "Debo y pagaré incondicionalmente a la orden de ENLACES AGRÍCOLAS DEL ALTIPLANO, S.C., "
        "en su domicilio de Av. Hidalgo 214-B, Zona Centro, Fresnillo, Zacatecas, la cantidad de "
        "$25,000.00 (VEINTICINCO MIL PESOS 00/100 M.N.), valor recibido a mi entera "
        "satisfacción, pagadera a la vista. De no pagarse a su presentación, esta suma causará "
        "intereses moratorios a razón del cinco por ciento mensual hasta su total liquidación.",
        align="J",
        **NL,
    )
    pdf.ln(3)
    pdf.set_x(x0 + 8)
    pdf.f("serif", "", 9)
    pdf.multi_cell(
        w0 - 16,
        5,
        "Nombre del suscriptor: José Guadalupe Ontiveros Rangel\n"
        "Domicilio: Domicilio conocido, Río Florido, Fresnillo, Zac.\n"
        "Aval: Ma. Elena Rangel Saucedo, mismo domicilio",
        align="L",
        **NL,
    )
    yb = y0 + h0 - 18
    hline(pdf, yb, x0 + 10, x0 + 70, color=40, width=0.3)
    hline(pdf, yb, x0 + 95, x0 + 150, color=40, width=0.3)
    pdf.f("serif", "", 8)
    pdf.set_xy(x0 + 10, yb + 1)
    pdf.cell(60, 4, "Firma del suscriptor", align="C")
    pdf.set_xy(x0 + 95, yb + 1)
    pdf.cell(55, 4, "Firma del aval", align="C")
    fingerprint_box(pdf, x0 + w0 - 32, yb - 26, 22, 26, "Huella")
    pdf.set_y(y0 + h0 + 6)
    para(
        pdf,
        "Documento que queda en custodia de LA AGENCIA conforme a la estipulación DÉCIMA TERCERA "
        "del convenio de incorporación con folio EAA/H2A/26-0417.",
        size=8,
        style="I",
        align="L",
    )

    fees = [
        fee(
            "recruitment_fee",
            2,
            "Por la integración de su expediente, la gestión de la cita consular y "
            "el seguimiento con EL EMPLEADOR, EL ASPIRANTE cubrirá a LA AGENCIA una cuota de recuperación "
            "de $7,800.00 (siete mil ochocientos pesos 00/100 M.N.), pagadera en dos exhibiciones.",
            7800,
            "MXN",
        ),
        fee(
            "medical_cost",
            2,
            "El examen médico general y la prueba antidoping se practicarán en el "
            "Laboratorio Clínico Santa Anita de esta ciudad, y su importe de 1 350 pesos correrá por "
            "cuenta de EL ASPIRANTE.",
            1350,
            "MXN",
        ),
        fee(
            "deposit_or_bond",
            2,
            "Para asegurar que se presente con EL EMPLEADOR y concluya la "
            "temporada, EL ASPIRANTE suscribe en este acto un pagaré sin protesto por $25,000.00 M.N. a "
            "favor de LA AGENCIA, el cual le será devuelto cuando regrese a Fresnillo con su constancia "
            "de terminación.",
            25000,
            "MXN",
        ),
    ]
    present = {
        "employer_identity": "Pelton Ridge Orchards, LLC, con domicilio en 2875 Pelton Ridge Road, Chelan, Washington 98816",
        "job_duties": "se desempeñará como cosechador de manzana y pera",
        "work_location": "en los condados de Chelan y Douglas, Estado de Washington",
        "employment_period": "del 17 de agosto al 6 de noviembre de 2026",
        "hours_of_work": "ocho horas diarias, de lunes a sábado",
        "wage_rate": "EL EMPLEADOR pagará 19.82 dólares por hora",
        "wage_adjustment": "se pagará la más alta desde la fecha de su publicación",
        "pay_frequency": "El salario se cubrirá cada semana, los viernes",
        "deductions": "sólo podrá descontar del salario los impuestos que exija la ley",
        "housing": "proporcionará sin costo alguno alojamiento en el campamento ubicado en 2910 Pelton Ridge Road",
        "meals": "con cocina equipada de uso libre",
        "inbound_transportation": "el hospedaje y los alimentos durante el trámite consular, el derecho de visa y el vuelo a Seattle serán pagados directamente por EL EMPLEADOR",
        "return_transportation": "EL EMPLEADOR pagará también el regreso hasta Fresnillo",
        "daily_transportation": "transporte gratuito todos los días entre el campamento y los huertos",
        "tools_provided": "serán entregados por EL EMPLEADOR sin costo ni depósito",
        "termination": "sólo podrá dar por terminado el contrato por causa justificada",
        "job_requirements": "al menos tres meses de experiencia comprobable en la cosecha de fruta con escalera",
    }
    missing = [
        "three_fourths_guarantee",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
    ]
    traps = [
        "employer pays bus, consular lodging and meals, visa fee and flight (h2a)",
        "free camp housing with free kitchen and free daily transport",
        "ladders, bags and gloves without cost or deposit",
        "worker keeps passport and visa; agency takes copies only",
        "lawful abandonment notice to DOL/DHS (not a blacklisting threat)",
        "complaints to PROFEDET/consulate without affecting future selection",
        "'Garantía de empleo' clause with no value: three-fourths guarantee missing",
        "piece rate 'por bin' is a wage, not a charge",
        "the pagaré on page 3 is the same bond as clause 13 (one finding)",
    ]
    return pdf, doc_spec(
        "cf01.pdf",
        "h2a",
        "es",
        fees,
        missing,
        present,
        [AG],
        traps,
        "recruiter_agreement",
        "single column legal agreement (serif); letterhead header and initials "
        "footer on every page; run-in clause headings; 4-party signature row; "
        "promissory-note form page with fingerprint box",
    )


# ========================================================================================
# self-check
# ========================================================================================
def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


class PageViews:
    """Full-page text, plus (computed on demand) left/right half crops for side-by-side
    bilingual layouts, where plain extraction interleaves the two columns."""

    def __init__(self, page):
        self.page = page
        self.full = norm(page.extract_text())
        self._halves = None

    def halves(self):
        if self._halves is None:
            w, h = float(self.page.width), float(self.page.height)
            self._halves = [
                norm(self.page.crop(b).extract_text()) for b in ((0, 0, w / 2, h), (w / 2, 0, w, h))
            ]
        return self._halves

    def has(self, s):
        return s in self.full or any(s in v for v in self.halves())


def check_doc(path, spec, label, errors):
    name = spec["file"]
    with pdfplumber.open(path) as doc:
        pages = doc.pages
        if len(pages) != label["pages"]:
            errors.append(f"{name}: {len(pages)} pages, label says {label['pages']}")
        views = [PageViews(p) for p in pages]
        scanned_pages = []
        for i, p in enumerate(pages, 1):
            if p.chars:
                continue
            scanned_pages.append(i)
            if not p.images:
                errors.append(f"{name}: page {i} has neither text nor image")
        if spec["scanned"] != bool(scanned_pages):
            errors.append(f"{name}: scanned={spec['scanned']} but image-only pages={scanned_pages}")
        for pg in spec["scan_text"]:
            if pg not in scanned_pages:
                errors.append(f"{name}: page {pg} should be image-only (no text layer)")
        for fe in label["fees"]:
            q = norm(fe["quote"])
            pg = fe["page"]
            if not (1 <= pg <= len(pages)):
                errors.append(f"{name}: fee page {pg} out of range")
                continue
            if pg in scanned_pages:
                errors.append(f"{name}: fee on scanned page {pg}")
            if not views[pg - 1].has(q):
                where = [i for i, v in enumerate(views, 1) if v.has(q)]
                errors.append(f"{name}: quote not on page {pg} (found on {where}): {q[:70]}")
        scan_all = " ".join(norm(t) for t in spec["scan_text"].values())

        def in_doc(s):
            return any(s in v.full for v in views) or any(v.has(s) for v in views)

        for r in label["recruiters"]:
            if not in_doc(norm(r)):
                errors.append(f"{name}: recruiter not in text: {r}")
        for term, snip in spec["present"].items():
            s = norm(snip)
            if not in_doc(s) and s not in scan_all:
                errors.append(f"{name}: evidence for {term} not found: {s[:70]}")


def make_label(spec, pages):
    prog = spec["program"]
    req = required_terms(prog)
    errs = []
    miss = spec["missing_terms"]
    pres = set(spec["present"])
    for t in miss:
        if t not in req:
            errs.append(f"{spec['file']}: missing term {t} not required for {prog}")
    if set(miss) & pres:
        errs.append(f"{spec['file']}: terms both missing and present: {set(miss) & pres}")
    if set(req) - set(miss) - pres:
        errs.append(f"{spec['file']}: required terms unaccounted: {set(req) - set(miss) - pres}")
    if pres - set(req):
        errs.append(f"{spec['file']}: evidence for non-required terms: {pres - set(req)}")
    fees = []
    for fe in spec["fees"]:
        d = {
            "category": fe["category"],
            "severity": severity(prog, fe["category"], fe["_passport"]),
            "page": fe["page"],
            "amount": fe["amount"],
            "currency": fe["currency"],
            "quote": norm(fe["quote"]),
        }
        if "group" in fe:
            d["group"] = fe["group"]
        fees.append(d)
    label = {
        "file": spec["file"],
        "program": prog,
        "language": spec["language"],
        "scanned": spec["scanned"],
        "pages": pages,
        "fees": fees,
        "missing_terms": [t for t in req if t in miss],
        "recruiters": spec["recruiters"],
        "traps": spec["traps"],
        "doc_type": spec["doc_type"],
        "layout": spec["layout"],
    }
    return label, errs


# ========================================================================================
# cf02  h2b · es · Honduras (San Pedro Sula -> Texas landscaping) · WhatsApp chat export
# ========================================================================================
def chat_pdf(contact, status, messages, size=(108, 234), seed_title=""):
    pdf = Doc(size, margins=(5, 24, 5), bottom=10, fam="sans", title=seed_title)

    def hdr(p):
        p.set_fill_color(7, 94, 84)
        p.rect(0, 0, p.w, 17, style="F")
        p.set_fill_color(200, 214, 210)
        p.ellipse(6, 3.5, 10, 10, style="F")
        p.set_text_color(255)
        p.set_xy(19, 3.6)
        p.f("sans", "B", 9.5)
        p.cell(p.w - 24, 5, contact)
        p.set_xy(19, 9.2)
        p.f("sans", "", 7)
        p.cell(p.w - 24, 4, status)
        p.set_text_color(25)
        p.set_fill_color(236, 229, 221)
        p.rect(0, 17, p.w, p.h - 17, style="F")
        p.set_y(22)

    pdf.hdr = hdr
    pdf.add_page()
    maxw = pdf.w * 0.74
    fs, lh = 8.6, 4.1
    for m in messages:
        kind = m[0]
        if kind == "date":
            ensure_space(pdf, 10)
            pdf.f("sans", "", 7)
            w = pdf.get_string_width(m[1]) + 8
            x = (pdf.w - w) / 2
            y = pdf.get_y() + 1
            pdf.set_fill_color(225, 243, 251)
            pdf.rect(x, y, w, 5.4, style="F", round_corners=True, corner_radius=1.5)
            pdf.set_xy(x, y + 0.7)
            pdf.set_text_color(70)
            pdf.cell(w, 4, m[1], align="C")
            pdf.set_text_color(25)
            pdf.set_y(y + 8)
            continue
        who, time, text = m
        pdf.f("sans", "", fs)
        tw = max(pdf.get_string_width(ln) for ln in text.split("\n")) + 8
        w = min(maxw, max(tw, 30))
        h = height_of(pdf, w - 6, lh, text) + 7.5
        ensure_space(pdf, h + 3)
        y = pdf.get_y()
        x = pdf.w - 5 - w if who == "W" else 5
        pdf.set_fill_color(*((217, 253, 211) if who == "W" else (255, 255, 255)))
        pdf.rect(x, y, w, h, style="F", round_corners=True, corner_radius=2)
        pdf.set_xy(x + 3, y + 2)
        pdf.f("sans", "", fs)
        pdf.multi_cell(w - 6, lh, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.f("sans", "", 6)
        pdf.set_text_color(120)
        stamp = time + ("  ✓✓" if who == "W" else "")
        pdf.set_xy(x + 3, y + h - 4.6)
        pdf.cell(w - 6, 3.5, stamp, align="R")
        pdf.set_text_color(25)
        pdf.set_y(y + h + 2.2)
    return pdf


def cf02():
    AG = "Horizonte Catracho Empleos"
    R, W = "R", "W"
    msgs = [
        ("date", "8 de diciembre de 2025"),
        (
            W,
            "4:12 p. m.",
            "Buenas tardes licenciada, me paso su numero mi primo Wilmer Sabillón, el que "
            "se fue a Texas este año. Que si todavía hay cupo para lo de jardinería",
        ),
        (
            R,
            "4:20 p. m.",
            "Buenas tardes don Elmer, sí todavía hay cupo. Le habla Dinora Castellanos "
            "de Horizonte Catracho Empleos.",
        ),
        (
            R,
            "4:21 p. m.",
            "Es visa H-2B, trabajo temporal en jardinería y paisajismo: cortar grama, "
            "podar arbustos, sembrar plantas y regar mulch en residenciales y oficinas.",
        ),
        (
            R,
            "4:21 p. m.",
            "El trabajo es en Conroe, Texas, cerca de Houston. Entran el 2 de marzo y "
            "salen el 15 de diciembre de 2026.",
        ),
        (W, "4:25 p. m.", "Y cuanto pagan la hora?"),
        (
            R,
            "4:27 p. m.",
            "$15.86 la hora, 40 horas a la semana de lunes a viernes. Si trabaja más de "
            "las 40 horas, esas se las pagan a $23.79.",
        ),
        (R, "4:27 p. m.", "Pagan cada viernes, cada semana."),
        (W, "4:30 p. m.", "Y como se llama la compañía?"),
        (
            R,
            "4:34 p. m.",
            "Eso se lo doy cuando salga aprobada la petición, la empresa no quiere que "
            "la anden llamando.",
        ),
        (W, "4:35 p. m.", "Ok. Y que ocupo?"),
        (
            R,
            "4:36 p. m.",
            "Tener por lo menos 3 meses de experiencia en jardinería, saber usar "
            "podadora y tener el pasaporte vigente.",
        ),
        (W, "4:40 p. m.", "Y cuanto es lo que se paga? porque a mi primo si le cobraron"),
        (
            R,
            "4:44 p. m.",
            "Son 22 mil lempiras por todo el trámite, la mitad cuando me trae los "
            "papeles y la otra mitad cuando le den la cita.",
        ),
        (
            R,
            "4:44 p. m.",
            "Aparte están los 205 dólares de la visa, esos los paga usted en el banco y "
            "la empresa no se los devuelve.",
        ),
        (W, "4:46 p. m.", "Y el pasaje?"),
        (
            R,
            "4:47 p. m.",
            "El boleto de avión a Houston y la comida del camino los pone la empresa, de "
            "eso no se preocupe.",
        ),
        (R, "4:47 p. m.", "Y al terminar el contrato la empresa también le paga el regreso."),
        (W, "4:50 p. m.", "Y la herramienta la tengo que llevar yo?"),
        (
            R,
            "4:51 p. m.",
            "No, allá le dan todo: podadoras, tijeras, guantes y botas. No tiene que comprar nada.",
        ),
        (R, "4:52 p. m.", "Allá cobra su primer cheque a la semana de llegar, vaya."),
        ("date", "10 de diciembre de 2025"),
        (W, "7:58 a. m.", "Buenos días licenciada ya tengo los 11 mil, cuando llego?"),
        (
            R,
            "8:15 a. m.",
            "Véngase el jueves a las 9 a la oficina, 3 calle entre 8 y 9 avenida, "
            "barrio Guamilito, San Pedro Sula.",
        ),
        (
            R,
            "8:16 a. m.",
            "Cuando venga a firmar me deja el pasaporte original aquí en la oficina, yo "
            "se lo guardo hasta el día de la entrevista para que no se le vaya a perder.",
        ),
        (
            W,
            "8:20 a. m.",
            "Esta bien. Mi primo dice que en la Secretaría de Trabajo hay un número "
            "para preguntar de estas visas",
        ),
        (
            R,
            "8:31 a. m.",
            "Mire don Elmer, no ande contando lo de los pagos porque el que va a poner "
            "quejas a la Secretaría ya no lo volvemos a llamar, y queda quemado con "
            "todas las agencias.",
        ),
        (R, "8:31 a. m.", "▶  ━━━━━━━○──────  0:47\nNota de voz"),
        (W, "8:40 a. m.", "Ok entendido licenciada, nos vemos el jueves"),
        (R, "8:41 a. m.", "Traiga copia del DNI y dos fotos tamaño pasaporte"),
        ("date", "11 de diciembre de 2025"),
        (
            W,
            "9:47 a. m.",
            "IMG-20251211-WA0007.jpg (archivo adjunto)\nya le deposite la primera parte",
        ),
        (R, "9:52 a. m.", "Recibido, ya quedó apuntado en la lista."),
    ]
    pdf = chat_pdf(
        "Lic. Dinora · Horizonte Catracho Empleos", "en línea", msgs, seed_title="WhatsApp"
    )
    fees = [
        fee(
            "recruitment_fee",
            2,
            "Son 22 mil lempiras por todo el trámite, la mitad cuando me trae "
            "los papeles y la otra mitad cuando le den la cita.",
            22000,
            "HNL",
        ),
        fee(
            "visa_cost",
            2,
            "Aparte están los 205 dólares de la visa, esos los paga usted en el banco "
            "y la empresa no se los devuelve.",
            205,
            "USD",
        ),
        fee(
            "document_retention",
            3,
            "Cuando venga a firmar me deja el pasaporte original aquí en la "
            "oficina, yo se lo guardo hasta el día de la entrevista para que no se le vaya a perder.",
        ),
        fee(
            "blacklisting_threat",
            3,
            "Mire don Elmer, no ande contando lo de los pagos porque el que "
            "va a poner quejas a la Secretaría ya no lo volvemos a llamar, y queda quemado con todas "
            "las agencias.",
        ),
    ]
    present = {
        "job_duties": "jardinería y paisajismo: cortar grama, podar arbustos, sembrar plantas",
        "work_location": "El trabajo es en Conroe, Texas",
        "employment_period": "Entran el 2 de marzo y salen el 15 de diciembre de 2026",
        "hours_of_work": "40 horas a la semana de lunes a viernes",
        "wage_rate": "$15.86 la hora",
        "overtime": "esas se las pagan a $23.79",
        "pay_frequency": "Pagan cada viernes, cada semana.",
        "inbound_transportation": "El boleto de avión a Houston y la comida del camino los pone la empresa",
        "return_transportation": "la empresa también le paga el regreso",
        "tools_provided": "allá le dan todo: podadoras, tijeras, guantes y botas. No tiene que comprar nada",
        "job_requirements": "Tener por lo menos 3 meses de experiencia en jardinería",
    }
    missing = [
        "employer_identity",
        "wage_adjustment",
        "deductions",
        "three_fourths_guarantee",
        "visa_reimbursement",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    traps = [
        "airfare and meals on the way paid by the company",
        "return trip paid by the company",
        "tools and boots given, 'no tiene que comprar nada'",
        "'cobra su primer cheque' = collecting pay, not a charge",
        "'tener el pasaporte vigente' is a requirement, not a passport charge",
        "employer name withheld ('cuando salga aprobada la petición'): employer identity missing",
        "'ya tengo los 11 mil' / 'primera parte' refer to the same 22,000 HNL fee (one finding)",
    ]
    return pdf, doc_spec(
        "cf02.pdf",
        "h2b",
        "es",
        fees,
        missing,
        present,
        [AG],
        traps,
        "whatsapp_chat",
        "phone-size WhatsApp export: green top bar on each page, date chips, "
        "left/right chat bubbles with timestamps, voice-note and attachment bubbles",
    )


# ========================================================================================
# cf03  h2a · en · Jamaica (Kingston -> New York apples) · compliant two-column agreement
# ========================================================================================
def cf03():
    AG = "Blue Mahoe Labour Placement Ltd."
    pdf = Doc(
        "Letter",
        margins=(17, 26, 17),
        bottom=20,
        fam="serif",
        title="H-2A Seasonal Agricultural Work Agreement 2026",
    )

    def hdr(p):
        band(p, 0, 15, (122, 28, 36))
        p.set_text_color(255)
        p.set_xy(17, 4.5)
        p.f("serif", "B", 11)
        p.cell(100, 6, "ORISKANY FLATS FRUIT FARM, LLC")
        p.f("serif", "I", 8.5)
        p.set_xy(p.w - 17 - 90, 5)
        p.cell(90, 6, "H-2A Seasonal Work Agreement · Season 2026", align="R")
        p.set_text_color(25)
        p.set_y(24)

    def ftr(p):
        hline(p, p.h - 14, color=160)
        p.set_y(p.h - 12.5)
        p.f("serif", "", 7.5)
        p.set_text_color(90)
        p.cell(90, 4, "Worker's initials: ________    Employer's initials: ________")
        p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="R")
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(
        pdf,
        "SEASONAL AGRICULTURAL WORK AGREEMENT (H-2A PROGRAMME)",
        size=13,
        style="B",
        align="C",
        after=1,
    )
    para(pdf, "Signed at Kingston, Jamaica, on 18 July 2026", size=9, style="I", align="C", after=3)
    grid(
        pdf,
        [
            [
                "Employer",
                "Oriskany Flats Fruit Farm, LLC, 6120 Ridge Road, Sodus, New York 14551, USA",
            ],
            [
                "Worker",
                "Devon Anthony McFarlane, of Church Street, Old Harbour, St. Catherine, Jamaica",
            ],
            ["Recruiting agent", f"{AG}, 9 Cargill Avenue, Kingston 10 (acting for the Employer)"],
            ["Job order", "H-300-26151-804417 (certified)"],
        ],
        widths=(28, 112),
        size=8.8,
        head=False,
        bold_col0=True,
        col0_fill=(244, 236, 236),
        fam="serif",
    )
    pdf.ln(4)
    clauses = [
        (
            "Job",
            "The Worker will be employed as an apple harvester: picking apples by hand into a "
            "picking bucket, working from 10- to 14-foot ladders, emptying buckets gently into bins, "
            "keeping the bin rows clear and helping the tractor driver feed empty bins into the rows.",
        ),
        (
            "Qualifications",
            "The Worker must have at least one season of experience picking tree fruit "
            "and be able to climb and carry a ladder and lift up to 50 pounds. During the first two "
            "days the Employer may check picking quality; that check is paid working time.",
        ),
        (
            "Place of work",
            "Work is performed in the Employer's orchards in Wayne County, New York, at "
            "6120 Ridge Road and at the Lake Bluff block on Slaght Road, Sodus.",
        ),
        ("Period", "The employment runs from 24 August 2026 to 13 November 2026."),
        (
            "Hours",
            "The normal schedule is 8 hours per day, Monday to Saturday, usually 7:00 a.m. to "
            "3:30 p.m. with a 30-minute unpaid lunch; there is no work on Sundays unless the Worker agrees.",
        ),
        (
            "Rate of pay",
            "The Worker will be paid $18.83 per hour or $26.00 per bin, whichever gives "
            "the higher pay for the pay period.",
        ),
        (
            "Higher rates",
            "If a higher Adverse Effect Wage Rate, prevailing wage or legal minimum for "
            "this work comes into force during the season, the Employer will pay that higher rate from "
            "its effective date.",
        ),
        (
            "Payday",
            "Wages are paid weekly, every Friday, by direct deposit or, if the Worker prefers, "
            "by paper check.",
        ),
        (
            "Pay statements",
            "With each payment the Worker receives a statement showing hours offered, "
            "hours worked, bins picked, rate of pay, total earnings and every deduction.",
        ),
        (
            "Deductions",
            "The only deductions are those required by law and, for Workers who choose it, "
            "the meal plan in clause 14. Nothing is deducted for housing, transport, tools or recruitment.",
        ),
        (
            "Three-fourths guarantee",
            "The Employer guarantees the Worker employment for at least "
            "three-fourths of the workdays of the contract period; if fewer hours are offered, the Worker "
            "is paid the amount he would have earned for the missing hours.",
        ),
        (
            "Housing",
            "Housing is free. The Worker will live in the Employer's inspected bunkhouse at "
            "6150 Ridge Road, Sodus, with beds, bedding, showers, heat and laundry machines at no "
            "charge; no deposit is taken.",
        ),
        ("Coffee breaks", "A paid 15-minute coffee break is given mid-morning and mid-afternoon."),
        (
            "Meals",
            "The bunkhouse has a fully equipped kitchen that the Worker may use free of charge. "
            "Workers who prefer may join the optional cook's plan of three meals a day for $14.00 per "
            "day, which is below the maximum meal charge published by the U.S. Department of Labor for "
            "2026; a Worker may leave the plan on one week's notice.",
        ),
        (
            "Travel to the job",
            "The Employer pays the visa issuance fee directly and will reimburse, in "
            "the first workweek, the airfare from Kingston to Rochester, the transfer to Sodus and daily "
            "subsistence on the way at the rate allowed by the Department of Labor.",
        ),
        (
            "Return travel",
            "If the Worker completes the contract, or is let go early for reasons other "
            "than cause, the Employer pays the return airfare to Kingston and subsistence on the way home.",
        ),
        (
            "Daily transport",
            "The Employer's buses carry Workers free of charge between the bunkhouse "
            "and the orchard blocks every workday.",
        ),
        (
            "Tools",
            "Ladders, picking buckets, gloves, rain gear and any protective equipment the work "
            "requires are supplied free of charge and without deposit.",
        ),
        (
            "Injury",
            "The Employer carries workers' compensation insurance with Finger Lakes Agricultural "
            "Mutual Insurance Company, policy FLA-WC-22871, at no cost to the Worker.",
        ),
        (
            "No fees",
            f"Neither the Employer nor {AG} may ask the Worker for any fee, deposit, bond or "
            "gift in connection with this job; the Employer pays the agent's service charge. A Worker "
            "who is asked for money should report it to the Employer or to the Ministry's liaison officer.",
        ),
        (
            "Documents",
            "The Worker keeps his or her own passport, visa and identity card at all times.",
        ),
        ("Free time", "Workers may leave the housing and receive visitors in their free time."),
        (
            "Ending employment",
            "The Employer may dismiss a Worker only for lawful cause, after a written "
            "warning except in serious cases. A Worker absent for five consecutive working days without "
            "notice may be treated as having abandoned the job, and the Employer will notify the "
            "authorities as the regulations require.",
        ),
        (
            "If the work becomes impossible",
            "If hail, fire, flood, frost or another event beyond the "
            "Employer's control makes it impossible to continue, the Employer may end the contract early "
            "with the approval of the Certifying Officer, but will pay the three-fourths guarantee up to "
            "that date, the return trip home and any reimbursements already due.",
        ),
        (
            "Complaints",
            "Workers may raise complaints with the Employer, the liaison officer or the "
            "U.S. Department of Labor; no Worker will be penalised or refused future employment for doing so.",
        ),
        (
            "Language",
            "The Worker confirms that this Agreement was read to him in English, which he "
            "reads and understands, and that he received a signed copy.",
        ),
    ]
    with pdf.text_columns(
        ncols=2, gutter=8, text_align="J", line_height=1.18, balance=True
    ) as cols:
        for i, (h, t) in enumerate(clauses, 1):
            with cols.paragraph(bottom_margin=1.6) as par:
                pdf.f("serif", "B", 9)
                par.write(f"{i}. {h}. ")
                pdf.f("serif", "", 9)
                par.write(t)
    pdf.ln(6)
    ensure_space(pdf, 60)
    para(
        pdf,
        "SIGNED by the parties in the presence of the witness named below.",
        size=9,
        style="B",
        after=1,
    )
    sig_block(
        pdf,
        [
            ("for the Employer", "Margaret E. Vanderhoof", "Owner"),
            ("for the Recruiting agent", "Courtney A. Braithwaite", "Director, " + AG),
            ("Worker", "Devon Anthony McFarlane", ""),
            ("Witness", "Hyacinth Morrison-Bailey, J.P.", "Justice of the Peace, St. Andrew"),
        ],
        cols=2,
        gap=15,
        size=8.5,
        fam="serif",
    )
    present = {
        "employer_identity": "Oriskany Flats Fruit Farm, LLC, 6120 Ridge Road, Sodus, New York 14551",
        "job_duties": "employed as an apple harvester: picking apples by hand",
        "work_location": "orchards in Wayne County, New York",
        "employment_period": "from 24 August 2026 to 13 November 2026",
        "hours_of_work": "8 hours per day, Monday to Saturday",
        "wage_rate": "$18.83 per hour or $26.00 per bin",
        "wage_adjustment": "the Employer will pay that higher rate from its effective date",
        "pay_frequency": "Wages are paid weekly, every Friday",
        "deductions": "The only deductions are those required by law",
        "three_fourths_guarantee": "three-fourths of the workdays of the contract period",
        "housing": "Housing is free. The Worker will live in the Employer's inspected bunkhouse at 6150 Ridge Road",
        "meals": "fully equipped kitchen that the Worker may use free of charge",
        "inbound_transportation": "reimburse, in the first workweek, the airfare from Kingston to Rochester",
        "return_transportation": "the Employer pays the return airfare to Kingston",
        "daily_transportation": "buses carry Workers free of charge between the bunkhouse and the orchard blocks",
        "tools_provided": "supplied free of charge and without deposit",
        "workers_compensation": "workers' compensation insurance with Finger Lakes Agricultural Mutual",
        "earnings_statements": "a statement showing hours offered, hours worked",
        "termination": "may dismiss a Worker only for lawful cause",
        "contract_impossibility": "makes it impossible to continue, the Employer may end the contract early",
        "job_requirements": "at least one season of experience picking tree fruit",
    }
    traps = [
        "'feed empty bins' is a job duty",
        "'coffee break' contains 'fee'",
        "paid quality check in the first days (not a training/test charge)",
        "lawful optional h2a meal plan $14.00/day below the DOL cap; free kitchen",
        "employer pays visa fee and reimburses airfare and subsistence in the first workweek",
        "free housing, bedding and laundry; no deposit",
        "tools and rain gear free, no deposit",
        "workers' compensation at no cost (not an insurance charge)",
        "no fee, deposit, bond or gift; employer pays the agent's service charge",
        "worker keeps passport; free to leave housing",
        "lawful abandonment notice (not blacklisting); complaints without penalty",
    ]
    return pdf, doc_spec(
        "cf03.pdf",
        "h2a",
        "en",
        [],
        [],
        present,
        [AG],
        traps,
        "work_contract",
        "two-column numbered clauses (serif) under a gridded parties table; "
        "coloured header band and initials footer on every page; 4-party "
        "signature grid with Justice of the Peace",
    )


# ========================================================================================
# cf04  h2b · mixed (EN | ES side by side) · Mexico (Sinaloa -> Maryland crab) · payroll
#       deduction authorisation
# ========================================================================================
def bi_row(
    pdf,
    en,
    es,
    checked=None,
    size=9,
    fill=None,
    en_style="",
    es_style="I",
    after=2.4,
    x_en=24,
    w_en=79,
    x_es=112,
    w_es=87.9,
    lh=None,
):
    lh = lh or size * 0.47
    pdf.f("sans", en_style, size)
    h1 = height_of(pdf, w_en, lh, en)
    pdf.f("sans", es_style, size)
    h2 = height_of(pdf, w_es, lh, es)
    h = max(h1, h2)
    ensure_space(pdf, h + after + 2)
    y = pdf.get_y()
    if fill:
        pdf.set_fill_color(*fill)
        pdf.rect(x_en - 9, y - 1.5, x_es + w_es - x_en + 10.5, h + 3, style="F")
    if checked is not None:
        checkbox(pdf, 16.5, y + 0.4, 3.4, checked)
    pdf.set_xy(x_en, y)
    pdf.f("sans", en_style, size)
    pdf.multi_cell(w_en, lh, en, align="L", **NL)
    pdf.set_xy(x_es, y)
    pdf.f("sans", es_style, size)
    pdf.set_text_color(45, 45, 95)
    pdf.multi_cell(w_es, lh, es, align="L", **NL)
    pdf.set_text_color(25)
    pdf.set_y(y + h + after)


def cf04():
    AG = "Contrataciones Costa Norte de Sinaloa, S. de R.L. de C.V."
    pdf = Doc(
        "Letter",
        margins=(16, 16, 16),
        bottom=18,
        fam="sans",
        title="Payroll Deduction Authorization 2026",
    )

    def hdr(p):
        p.set_xy(16, 9)
        p.f("sans", "B", 12)
        p.set_text_color(0, 70, 110)
        p.cell(0, 6, "NANTICOKE BAY SEAFOOD PACKERS, INC.", **NL)
        p.f("sans", "", 7.5)
        p.set_text_color(80)
        p.cell(
            0,
            3.8,
            "21 Cannery Row Road, Fishing Creek, Maryland 21634  ·  (410) 555-0148  ·  "
            "Human Resources / Recursos Humanos",
            **NL,
        )
        hline(p, 20, color=(0), width=0.5)
        p.set_text_color(25)
        p.set_y(24)

    def ftr(p):
        p.set_y(p.h - 12)
        p.f("sans", "", 7)
        p.set_text_color(110)
        p.cell(
            0,
            4,
            f"Form HR-12 (rev. 01/2026) · Page / Página {p.page_no()} of / de {{nb}}",
            align="C",
        )
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "PAYROLL DEDUCTION AUTHORIZATION", size=13, style="B", align="C", after=0)
    para(
        pdf,
        "AUTORIZACIÓN DE DESCUENTOS DE NÓMINA",
        size=11,
        style="BI",
        align="C",
        after=1,
        color=(45, 45, 95),
    )
    para(pdf, "H-2B Season / Temporada H-2B 2026", size=8.5, align="C", after=3)
    grid(
        pdf,
        [
            ["Worker / Trabajador(a)", "Yesenia Guadalupe Lizárraga Osuna"],
            ["Position / Puesto", "Crab picker / Pelador(a) de jaiba"],
            [
                "Duties / Tareas",
                "Picks cooked crab meat by hand, sorts it by grade and packs it in "
                "containers / Extrae a mano la carne de jaiba cocida, la clasifica "
                "por calidad y la empaca",
            ],
            ["Worksite / Lugar de trabajo", "21 Cannery Row Road, Fishing Creek, Maryland"],
            [
                "Season / Temporada",
                "April 6 - November 20, 2026 / 6 de abril - 20 de noviembre de 2026",
            ],
            ["Rate / Salario", "$15.12 per hour / por hora"],
            ["Paid / Se paga", "Weekly, on Fridays / Cada semana, los viernes"],
            ["Recruiter / Reclutador", AG],
        ],
        widths=(52, 131.9),
        size=8.5,
        head=False,
        bold_col0=True,
        col0_fill=(230, 240, 246),
    )
    pdf.ln(5)
    bi_row(
        pdf,
        "I, the undersigned worker, authorize Nanticoke Bay Seafood Packers, Inc. to make "
        "the deductions checked below from my wages. I received this form in English and "
        "in Spanish.",
        "Yo, la trabajadora o el trabajador que firma, autorizo a Nanticoke Bay Seafood Packers, "
        "Inc. a hacer de mi salario los descuentos marcados abajo. Recibí esta forma en inglés y "
        "en español.",
        size=9,
    )
    hline(pdf, pdf.get_y() - 0.8, color=170)
    pdf.ln(2)
    bi_row(
        pdf,
        "A. Taxes required by law (federal and Maryland income tax, Social Security and Medicare).",
        "A. Impuestos que exige la ley (impuesto federal y de Maryland sobre la renta, Seguro "
        "Social y Medicare).",
        checked=True,
    )
    bi_row(
        pdf,
        "B. The visa fee advanced by the company ($205.00) will be recovered through "
        "payroll deductions of $41.00 per week.",
        "B. La cuota de visa que adelantó la compañía ($205.00) se recuperará con descuentos de "
        "nómina de $41.00 por semana.",
        checked=True,
    )
    bi_row(
        pdf,
        f"C. Coordination fee payable to {AG}: $350.00, taken in equal parts from the first "
        "two paychecks.",
        f"C. Cuota de coordinación para {AG}: $350.00, descontada en partes iguales de los dos "
        "primeros cheques.",
        checked=True,
    )
    pdf.add_page()
    bi_row(
        pdf,
        "D. Company housing at 18 Cannery Row Road: $60.00 per week, utilities included.",
        "D. Vivienda de la compañía en 18 Cannery Row Road: $60.00 por semana, con luz y agua "
        "incluidas.",
        checked=True,
    )
    bi_row(
        pdf,
        "E. Apron, rubber boots and cut-resistant gloves: refundable deposit of $40.00, "
        "returned when the items are handed back at the end of the season.",
        "E. Mandil, botas de hule y guantes anticorte: depósito reembolsable de $40.00, que se "
        "devuelve al entregar el equipo al final de la temporada.",
        checked=True,
    )
    bi_row(
        pdf,
        "F. Voluntary remittance to my family through the company's money-transfer service; "
        "I may cancel it at any time in writing.",
        "F. Envío voluntario de dinero a mi familia por el servicio de envíos de la compañía; "
        "puedo cancelarlo en cualquier momento por escrito.",
        checked=True,
    )
    bi_row(
        pdf,
        "G. Other (specify): ____________________",
        "G. Otro (especifique): ____________________",
        checked=False,
    )
    pdf.ln(2)
    bi_row(
        pdf,
        "IMPORTANT: The company reimburses in your first paycheck the bus from Mazatlán to "
        "Monterrey, the hotel and meals during the consular appointment and the flight to "
        "Baltimore. The company does not charge any fee for cashing your paycheck at the office.",
        "IMPORTANTE: La compañía le reembolsa en su primer cheque el autobús de Mazatlán a "
        "Monterrey, el hotel y los alimentos durante la cita consular y el vuelo a Baltimore. La "
        "compañía no cobra ninguna comisión por cambiar su cheque en la oficina.",
        fill=(255, 244, 214),
        size=8.8,
    )
    pdf.ln(2)
    bi_row(
        pdf,
        "Deductions B and C stop once the amounts shown have been recovered. Deduction D "
        "stops when you leave company housing.",
        "Los descuentos B y C terminan cuando se recuperen las cantidades indicadas. El descuento "
        "D termina cuando usted deje la vivienda de la compañía.",
        size=8.5,
    )
    pdf.ln(4)
    sig_block(
        pdf,
        [
            (
                "Worker / Trabajadora",
                "Yesenia Guadalupe Lizárraga Osuna",
                "Fishing Creek, MD · 04/09/2026",
            ),
            ("Payroll / Nómina", "Dolores Pritchard", "Nanticoke Bay Seafood Packers, Inc."),
            ("Recruiter / Reclutador", "Ing. Ramón Osuna Beltrán", "Contrataciones Costa Norte"),
            ("Witness / Testigo", "Brenda Yuliana Tirado Félix", ""),
        ],
        cols=2,
        gap=14,
        size=8.3,
    )
    fees = [
        fee(
            "visa_cost",
            1,
            "The visa fee advanced by the company ($205.00) will be recovered through "
            "payroll deductions of $41.00 per week.",
            205,
            "USD",
            group=1,
        ),
        fee(
            "visa_cost",
            1,
            "La cuota de visa que adelantó la compañía ($205.00) se recuperará con "
            "descuentos de nómina de $41.00 por semana.",
            205,
            "USD",
            group=1,
        ),
        fee(
            "recruitment_fee",
            1,
            f"Coordination fee payable to {AG}: $350.00, taken in equal parts "
            "from the first two paychecks.",
            350,
            "USD",
            group=2,
        ),
        fee(
            "recruitment_fee",
            1,
            f"Cuota de coordinación para {AG}: $350.00, descontada en partes "
            "iguales de los dos primeros cheques.",
            350,
            "USD",
            group=2,
        ),
        fee(
            "housing_charge",
            2,
            "Company housing at 18 Cannery Row Road: $60.00 per week, utilities included.",
            60,
            "USD",
            group=3,
        ),
        fee(
            "housing_charge",
            2,
            "Vivienda de la compañía en 18 Cannery Row Road: $60.00 por semana, con "
            "luz y agua incluidas.",
            60,
            "USD",
            group=3,
        ),
        fee(
            "equipment_charge",
            2,
            "Apron, rubber boots and cut-resistant gloves: refundable deposit of "
            "$40.00, returned when the items are handed back at the end of the season.",
            40,
            "USD",
            group=4,
        ),
        fee(
            "equipment_charge",
            2,
            "Mandil, botas de hule y guantes anticorte: depósito reembolsable de "
            "$40.00, que se devuelve al entregar el equipo al final de la temporada.",
            40,
            "USD",
            group=4,
        ),
    ]
    present = {
        "employer_identity": "NANTICOKE BAY SEAFOOD PACKERS, INC. 21 Cannery Row Road, Fishing Creek, Maryland 21634",
        "job_duties": "Picks cooked crab meat by hand, sorts it by grade and packs it",
        "work_location": "Worksite / Lugar de trabajo 21 Cannery Row Road, Fishing Creek, Maryland",
        "employment_period": "April 6 - November 20, 2026",
        "wage_rate": "$15.12 per hour",
        "pay_frequency": "Weekly, on Fridays",
        "deductions": "Taxes required by law (federal and Maryland income tax, Social Security and Medicare)",
        "inbound_transportation": "The company reimburses in your first paycheck the bus from Mazatlán to Monterrey, the hotel and meals",
    }
    missing = [
        "hours_of_work",
        "wage_adjustment",
        "overtime",
        "three_fourths_guarantee",
        "return_transportation",
        "visa_reimbursement",
        "tools_provided",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    traps = [
        "tax deductions required by law",
        "voluntary, cancellable remittance to family (not wage withholding)",
        "unchecked 'Other' line",
        "inbound bus, hotel, meals and flight reimbursed in the first paycheck",
        "'does not charge any fee for cashing your paycheck' (negated fee)",
        "'refundable' deposit is still an equipment charge; 'advanced by the company' visa fee is still recovered from the worker",
    ]
    return pdf, doc_spec(
        "cf04.pdf",
        "h2b",
        "mixed",
        fees,
        missing,
        present,
        [AG],
        traps,
        "payroll_deduction_authorization",
        "bilingual EN | ES side by side (left/right halves) with drawn checkboxes; "
        "gridded worker-data table; shaded notice row; letterhead header and "
        "form-number footer on each page; 4-party signatures",
    )


# ========================================================================================
# cf05  h2a · es · Guatemala (Huehuetenango -> Georgia blueberries) · contract + who-pays
#       cost sheet with footnotes + image-only scanned acknowledgement page
# ========================================================================================
def cf05():
    AG = "Servicios de Empleo Temporal Los Cuchumatanes, S.A."
    pdf = Doc(
        "Letter",
        margins=(18, 28, 18),
        bottom=20,
        fam="sans",
        title="Contrato H-2A 2026 - Little Satilla",
    )

    def hdr(p):
        p.set_fill_color(26, 82, 118)
        p.rect(18, 9, 4, 12, style="F")
        p.set_xy(25, 9)
        p.f("cond", "B", 10.5)
        p.set_text_color(26, 82, 118)
        p.cell(0, 5, AG.upper(), **NL)
        p.set_x(25)
        p.f("cond", "", 7.5)
        p.set_text_color(90)
        p.cell(
            0,
            3.6,
            "4a. calle 5-23 zona 1, Huehuetenango · PBX 7764-2291 · Agencia inscrita en el "
            "Ministerio de Trabajo, registro RAE-HUE-0117",
            **NL,
        )
        p.set_text_color(25)
        p.set_y(28)

    def ftr(p):
        p.set_y(p.h - 13)
        p.f("cond", "", 7.5)
        p.set_text_color(110)
        p.cell(
            0,
            4,
            f"Expediente LSB-26-0233 · Baltazar Domingo Mateo Pascual · página {p.page_no()}/{{nb}}",
            align="R",
        )
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "CONTRATO INDIVIDUAL DE TRABAJO DE TEMPORADA", size=13, style="B", align="C", after=0)
    para(
        pdf,
        "Programa de trabajadores agrícolas temporales H-2A · Temporada 2026",
        size=9.5,
        align="C",
        after=3,
    )
    para(
        pdf,
        "Celebrado en la ciudad de Huehuetenango el 2 de marzo de 2026 entre LITTLE SATILLA "
        "BLUEBERRY FARMS, LLC, por medio de su agente de reclutamiento " + AG + ", y el "
        "trabajador Baltazar Domingo Mateo Pascual, originario de la aldea Chemal, Todos Santos "
        "Cuchumatán, quien se identifica con DPI 2584 31907 1301. Las condiciones del trabajo son "
        "las que aparecen en el siguiente cuadro, tomadas de la orden de trabajo certificada por "
        "el Departamento de Trabajo de los Estados Unidos.",
        size=9.5,
    )
    rows = [
        ["Concepto", "Condición"],
        [
            "Empleador",
            "Little Satilla Blueberry Farms, LLC · 1187 Ten Mile Church Road, Alma, Georgia 31510, EE. UU.",
        ],
        [
            "Puesto y tareas",
            "Cosechador de arándano: cortar a mano la fruta madura, llenar las cubetas sin "
            "aplastarla, llevarlas al punto de pesaje y ayudar a limpiar y podar los surcos.",
        ],
        ["Lugar de trabajo", "Fincas del empleador en los condados de Bacon y Appling, Georgia."],
        ["Período", "Del 20 de abril al 10 de julio de 2026."],
        [
            "Horario",
            "Lunes a sábado, de 7:00 a 15:30, ocho horas diarias con media hora de almuerzo.",
        ],
        ["Salario", "US$ 14.68 por hora, o US$ 3.25 por cubeta llena si así gana más."],
        [
            "Aumentos",
            "Si el Departamento de Trabajo publica un salario mínimo más alto durante la temporada, "
            "se paga el más alto desde la fecha de publicación.",
        ],
        ["Pago", "Semanal, cada jueves, por depósito directo o cheque."],
        [
            "Descuentos",
            "Solo el impuesto sobre la renta si el trabajador pide que se le retenga, y lo que "
            "él autorice por escrito para su propio beneficio.",
        ],
        [
            "Requisitos",
            "Dos meses de experiencia en cosecha manual; poder cargar 25 libras y trabajar agachado.",
        ],
        ["Vivienda", "Gratuita, en el campamento de 1190 Ten Mile Church Road, Alma."],
        [
            "Comidas",
            "Cocina equipada en el campamento, sin costo, para que cada trabajador prepare sus alimentos.",
        ],
        [
            "Transporte diario",
            "Autobús de la empresa, gratis, de la vivienda a las fincas y de regreso.",
        ],
        [
            "Herramientas",
            "Cubetas, cinturones, tijeras y guantes: los presta la finca gratis y no pide depósito.",
        ],
        [
            "Seguro de accidentes",
            "Seguro de compensación al trabajador (workers' compensation) pagado por el empleador.",
        ],
    ]
    grid(
        pdf,
        rows,
        widths=(36, 143.9),
        size=8.8,
        head=True,
        head_fill=(26, 82, 118),
        heads_color=(255, 255, 255),
        bold_col0=True,
        col0_fill=(235, 242, 247),
    )
    pdf.ln(3)
    para(
        pdf,
        "Los costos del viaje y de los trámites se detallan en la HOJA DE COSTOS adjunta, que forma "
        "parte de este contrato.",
        size=9,
        style="I",
    )

    # ---- page 2: who pays what
    pdf.add_page()
    para(pdf, "HOJA DE COSTOS · ¿QUIÉN PAGA QUÉ?", size=12.5, style="B", align="C", after=1)
    para(pdf, "Anexo al contrato del expediente LSB-26-0233", size=8.5, align="C", after=3)
    Y = "✔"
    rows = [
        ["Concepto", "Monto aprox.", "Paga el empleador", "Paga el trabajador", "Cuándo / cómo"],
        [
            "Derecho de visa H-2A",
            "US$ 205",
            Y,
            "",
            "La agencia lo deposita por cuenta del empleador antes de la cita",
        ],
        ["Vuelo Ciudad de Guatemala - Atlanta", "-", Y, "", "Boleto comprado por el empleador"],
        ["Autobús Atlanta - Alma y comidas del viaje", "-", Y, "", "Reembolso en el primer cheque"],
        ["Pasaporte (1)", "Q480", "", Y, "Antes de la cita"],
        ["Examen médico (2)", "Q650", "", Y, "El día del examen"],
        [
            "Viaje a la capital y hotel para la entrevista (3)",
            "Q450",
            "",
            Y,
            "Antes de la entrevista",
        ],
        ["Herramientas y equipo", "-", Y, "", "Se entregan en la finca"],
        ["Regreso a Guatemala", "-", Y, "", "Al terminar el contrato"],
    ]
    pdf.f("sans", "", 8.6)
    hs = FontFace(emphasis="BOLD", fill_color=(26, 82, 118), color=(255, 255, 255))
    with pdf.table(
        col_widths=(50, 20, 22, 22, 58),
        width=pdf.epw,
        text_align=("LEFT", "CENTER", "CENTER", "CENTER", "LEFT"),
        line_height=4.3,
        headings_style=hs,
        padding=1.5,
        v_align="MIDDLE",
        cell_fill_color=(245, 248, 250),
        cell_fill_mode="ROWS",
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    para(
        pdf,
        "(1) El pasaporte lo tramita y lo paga cada trabajador en la delegación del Instituto "
        "Guatemalteco de Migración; cuesta alrededor de Q480.00.",
        size=8,
        align="L",
        after=1,
    )
    para(
        pdf,
        "(2) El examen médico en la clínica que indica la agencia cuesta Q650.00, se paga en "
        "efectivo el día de la cita y no se reembolsa.",
        size=8,
        align="L",
        after=1,
    )
    para(
        pdf,
        "(3) El pasaje de Huehuetenango a la capital y la noche de hotel antes de la entrevista "
        "corren por cuenta del trabajador, unos Q450.00 en total.",
        size=8,
        align="L",
        after=4,
    )
    box_y = pdf.get_y()
    txt = (
        "El vuelo, el autobús a la finca y las comidas del camino los cubre el empleador. Al terminar "
        "el contrato, o si lo despiden antes sin causa justificada, el empleador paga el boleto de "
        "regreso a la Ciudad de Guatemala. Nadie le puede cobrar por darle el trabajo: la agencia "
        "recibe su pago del empleador."
    )
    pdf.f("sans", "", 9)
    h = height_of(pdf, pdf.epw - 8, 4.5, txt)
    pdf.set_fill_color(234, 246, 236)
    pdf.set_draw_color(60, 130, 80)
    pdf.rect(pdf.l_margin, box_y, pdf.epw, h + 6, style="DF")
    pdf.set_xy(pdf.l_margin + 4, box_y + 3)
    pdf.multi_cell(pdf.epw - 8, 4.5, txt, align="J", **NL)
    pdf.set_y(box_y + h + 12)
    sig_block(
        pdf,
        [
            ("Trabajador", "Baltazar Domingo Mateo Pascual", ""),
            ("Por la agencia", "Licda. Hilda Marisol Recinos Gómez", "Coordinadora de expedientes"),
        ],
        cols=2,
        gap=14,
    )

    # ---- page 3: scanned acknowledgement (image only, no fee on it)
    blocks = [
        ("title", "CONSTANCIA DE LECTURA Y EXPLICACIÓN DEL CONTRATO"),
        ("sub", AG + " · Huehuetenango"),
        ("space", 30),
        (
            "p",
            "Yo, Baltazar Domingo Mateo Pascual, con DPI 2584 31907 1301, hago constar que el día 2 "
            "de marzo de 2026 me fue leído en español, y explicado en idioma mam, el contrato de "
            "trabajo con Little Satilla Blueberry Farms, LLC y su hoja de costos, y que me explicaron "
            "además lo siguiente:",
        ),
        (
            "item",
            "1. La empresa me garantiza trabajo por lo menos en tres cuartas partes de los días de "
            "trabajo del contrato; si me ofrece menos, me paga la diferencia.",
        ),
        (
            "item",
            "2. Solo me pueden despedir por una causa justificada. Si abandono el trabajo cinco días "
            "seguidos sin avisar, la empresa puede darme de baja y avisar a las autoridades.",
        ),
        ("item", "3. Mi pasaporte y mi visa los guardo yo en todo momento."),
        (
            "item",
            "4. Puedo presentar una queja ante el Ministerio de Trabajo o el Consulado sin que me "
            "saquen del programa.",
        ),
        ("p", "Firmo y pongo mi huella en señal de conformidad."),
        (
            "sigs",
            [
                ("Trabajador", "Baltazar Domingo Mateo Pascual", True),
                ("Por la agencia", "Licda. Hilda Marisol Recinos Gómez", True),
            ],
        ),
        ("space", 70),
        ("finger", "Huella índice derecho"),
        ("stamp", ["LOS CUCHUMATANES", "RECIBIDO", "02 MAR 2026"]),
    ]
    img, scan_txt = render_scan(blocks, seed=5050)
    add_scanned_page(pdf, img)

    fees = [
        fee(
            "visa_cost",
            2,
            "El pasaporte lo tramita y lo paga cada trabajador en la delegación del "
            "Instituto Guatemalteco de Migración; cuesta alrededor de Q480.00.",
            480,
            "GTQ",
            passport_only=True,
        ),
        fee(
            "medical_cost",
            2,
            "El examen médico en la clínica que indica la agencia cuesta Q650.00, se "
            "paga en efectivo el día de la cita y no se reembolsa.",
            650,
            "GTQ",
        ),
        fee(
            "travel_cost",
            2,
            "El pasaje de Huehuetenango a la capital y la noche de hotel antes de la "
            "entrevista corren por cuenta del trabajador, unos Q450.00 en total.",
            450,
            "GTQ",
        ),
    ]
    present = {
        "employer_identity": "Little Satilla Blueberry Farms, LLC · 1187 Ten Mile Church Road, Alma, Georgia 31510",
        "job_duties": "Cosechador de arándano: cortar a mano la fruta madura",
        "work_location": "Fincas del empleador en los condados de Bacon y Appling, Georgia.",
        "employment_period": "Del 20 de abril al 10 de julio de 2026.",
        "hours_of_work": "Lunes a sábado, de 7:00 a 15:30, ocho horas diarias",
        "wage_rate": "US$ 14.68 por hora",
        "wage_adjustment": "se paga el más alto desde la fecha de publicación",
        "pay_frequency": "Semanal, cada jueves",
        "deductions": "Solo el impuesto sobre la renta si el trabajador pide que se le retenga",
        "housing": "Gratuita, en el campamento de 1190 Ten Mile Church Road, Alma.",
        "meals": "Cocina equipada en el campamento, sin costo",
        "inbound_transportation": "El vuelo, el autobús a la finca y las comidas del camino los cubre el empleador.",
        "return_transportation": "el empleador paga el boleto de regreso a la Ciudad de Guatemala",
        "daily_transportation": "Autobús de la empresa, gratis, de la vivienda a las fincas y de regreso.",
        "tools_provided": "Cubetas, cinturones, tijeras y guantes: los presta la finca gratis y no pide depósito.",
        "workers_compensation": "Seguro de compensación al trabajador (workers' compensation) pagado por el empleador.",
        "job_requirements": "Dos meses de experiencia en cosecha manual",
        # on the scanned page 3 (image only)
        "three_fourths_guarantee": "me garantiza trabajo por lo menos en tres cuartas partes de los días de trabajo del contrato",
        "termination": "Solo me pueden despedir por una causa justificada.",
    }
    missing = ["earnings_statements", "contract_impossibility"]
    traps = [
        "visa fee, flight, bus to the farm and travel meals marked 'Paga el empleador'",
        "workers' compensation paid by the employer ('Seguro' is not an insurance charge)",
        "free camp housing, free kitchen, free daily bus, tools without cost or deposit",
        "'Nadie le puede cobrar por darle el trabajo' (negated recruitment fee)",
        "charges sit in numbered footnotes under the who-pays grid, not in the grid rows",
        "passport fee alone under h2a: visa_cost at review severity",
        "page 3 is an image-only scan carrying the three-fourths guarantee and termination terms",
    ]
    return pdf, doc_spec(
        "cf05.pdf",
        "h2a",
        "es",
        fees,
        missing,
        present,
        [AG],
        traps,
        "work_contract_with_cost_sheet",
        "gridded terms table with coloured heading row; who-pays grid with check "
        "marks and footnote markers; footnotes; shaded notice box; page 3 "
        "image-only scan (slight rotation, blur, noise, stamp, fingerprint)",
        scanned=True,
        scan_text={3: scan_txt},
    )


# ========================================================================================
# cf06  h2b · es · Guatemala (Quetzaltenango -> Oregon tree planting) · compliant
#       pre-departure orientation sheet
# ========================================================================================
def section_box(
    pdf,
    title,
    body,
    fill=(240, 246, 240),
    edge=(46, 110, 64),
    size=9.2,
    title_size=9.8,
    x=None,
    w=None,
    after=3.2,
):
    x = pdf.l_margin if x is None else x
    w = pdf.epw if w is None else w
    lh = size * 0.47
    pdf.f("sans", "", size)
    hb = height_of(pdf, w - 8, lh, body, md=True)
    h = hb + 11
    ensure_space(pdf, h + after)
    y = pdf.get_y()
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*edge)
    pdf.set_line_width(0.35)
    pdf.rect(x, y, w, h, style="DF", round_corners=True, corner_radius=2)
    pdf.set_fill_color(*edge)
    pdf.rect(x, y, 2.2, h, style="F")
    pdf.set_xy(x + 5, y + 2.2)
    pdf.f("sans", "B", title_size)
    pdf.set_text_color(*edge)
    pdf.cell(w - 8, 5, title)
    pdf.set_text_color(25)
    pdf.set_xy(x + 5, y + 8)
    pdf.f("sans", "", size)
    pdf.multi_cell(w - 8, lh, body, align="L", markdown=True, **NL)
    pdf.set_y(y + h + after)
    return h


def cf06():
    AG = "Contrataciones Altiplano Occidental, S.A."
    pdf = Doc(
        "A4",
        margins=(15, 26, 15),
        bottom=16,
        fam="sans",
        title="Orientación antes del viaje H-2B 2026",
    )

    def hdr(p):
        band(p, 0, 19, (46, 110, 64))
        p.set_text_color(255)
        p.set_xy(15, 4)
        p.f("sans", "B", 12)
        p.cell(0, 6, "ORIENTACIÓN ANTES DEL VIAJE", **NL)
        p.set_x(15)
        p.f("sans", "", 8)
        p.cell(0, 4.5, f"{AG} · 14 avenida 3-51 zona 3, Quetzaltenango · Tel. 7761-4480", **NL)
        p.set_text_color(25)
        p.set_y(25)

    def ftr(p):
        p.set_y(p.h - 11)
        p.f("sans", "I", 7)
        p.set_text_color(120)
        p.cell(
            0,
            4,
            f"Guía para trabajadores de Sierra Timberline Reforestation, LLC · temporada 2026 · "
            f"hoja {p.page_no()} de {{nb}}",
            align="C",
        )
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "Plantadores de árboles · visa H-2B · temporada 2026", size=13, style="B", after=0.5)
    para(
        pdf,
        "Léala con su familia y tráigala el día de su cita en la Embajada. Si algo de lo que le "
        "dicen no coincide con esta hoja, pregunte antes de firmar.",
        size=9,
        style="I",
        after=3,
    )
    colw = (pdf.epw - 5) / 2
    y0 = pdf.get_y()
    section_box(
        pdf,
        "Su empleador",
        "Sierra Timberline Reforestation, LLC, 2260 Old Cedar Mill Road, "
        "Medford, Oregón 97501, Estados Unidos. Oficina: +1 541 555 0193.",
        w=colw,
    )
    section_box(
        pdf,
        "Su trabajo",
        "Plantador de árboles: plantar arbolitos de pino y abeto con azadón "
        "en terrenos de ladera, cargar la bolsa de plantación, limpiar alrededor de cada planta y "
        "respetar la distancia que indique el capataz.",
        w=colw,
    )
    section_box(
        pdf,
        "Dónde y cuándo",
        "En terrenos forestales de los condados de Jackson, Josephine y "
        "Douglas, Oregón; la cuadrilla sale cada mañana de Medford. Del 11 de enero al 30 de "
        "abril de 2026.",
        w=colw,
    )
    section_box(
        pdf,
        "Requisitos",
        "Tres meses de experiencia en siembra de árboles o en trabajo "
        "agrícola en ladera, y poder cargar 40 libras.",
        w=colw,
    )
    yl = pdf.get_y()
    pdf.set_y(y0)
    xr = pdf.l_margin + colw + 5
    section_box(
        pdf,
        "Horario y salario",
        "40 horas por semana: lunes a viernes, de 7:00 a 15:30, con "
        "media hora de almuerzo. Salario: **US$ 23.41 por hora**. Si el salario prevaleciente o "
        "el mínimo legal para este trabajo sube durante la temporada, se le paga el más alto "
        "desde esa fecha.",
        x=xr,
        w=colw,
    )
    section_box(
        pdf,
        "Horas extra",
        "Las horas después de 40 en una semana se pagan a US$ 35.12 por hora (tiempo y medio).",
        x=xr,
        w=colw,
    )
    section_box(
        pdf,
        "Días de pago y talón",
        "Cada dos semanas, los viernes, por depósito directo o con "
        "tarjeta de nómina sin comisiones. Cada pago trae un talón con las horas ofrecidas, las "
        "horas trabajadas, el salario por hora, lo ganado y cada descuento.",
        x=xr,
        w=colw,
    )
    section_box(
        pdf,
        "Descuentos",
        "Solo los que exige la ley (impuesto federal y de Oregón, Seguro "
        "Social y Medicare) y los que usted autorice por escrito para su propio beneficio, como "
        "un envío de dinero a su familia.",
        x=xr,
        w=colw,
    )
    pdf.set_y(max(yl, pdf.get_y()))
    section_box(
        pdf,
        "Garantía de tres cuartas partes",
        "Como el contrato dura menos de 120 días, la "
        "empresa le ofrece trabajo por lo menos en tres cuartas partes de los días laborables de "
        "cada período de 6 semanas. Si le ofrecen menos horas, le pagan las que falten. La meta "
        "de producción es de unos 700 arbolitos al día después de la primera semana; nadie pierde "
        "salario por no llegar a la cuota.",
        fill=(255, 249, 230),
        edge=(170, 120, 20),
    )

    # ---- page 2: who pays + rights
    pdf.add_page()
    para(pdf, "¿QUIÉN PAGA?", size=12, style="B", after=1.5)
    rows = [
        ["Concepto", "Lo paga", "Cómo"],
        [
            "Reclutamiento y selección",
            "La empresa",
            "La agencia cobra sus servicios a la empresa, nunca a usted.",
        ],
        [
            "Cuota de la visa (US$ 205) y cita",
            "La empresa",
            "La agencia la paga en el banco a nombre de la empresa.",
        ],
        [
            "Pasaporte",
            "La empresa",
            "Si lo sacó o renovó para este trabajo, se le reembolsa en su primer pago.",
        ],
        [
            "Bus de Xela a la capital, hotel y comidas durante la cita",
            "La empresa",
            "Pagados por adelantado por la agencia.",
        ],
        ["Vuelo Guatemala - Medford", "La empresa", "Boleto comprado por la empresa."],
        ["Comidas durante el viaje", "La empresa", "US$ 16 por día de viaje, en su primer pago."],
        ["Examen médico, si lo pide el consulado", "La empresa", "Clínica pagada por la agencia."],
        [
            "Azadón, bolsa de plantación, casco, guantes, botas y ropa impermeable",
            "La empresa",
            "Se entregan gratis y sin depósito.",
        ],
        ["Vivienda", "La empresa", "Motel compartido en Medford, sin costo para usted."],
        [
            "Seguro por accidente de trabajo (workers' compensation)",
            "La empresa",
            "Obligatorio; a usted no se le descuenta.",
        ],
        [
            "Regreso a Guatemala",
            "La empresa",
            "Si termina el contrato o si la empresa lo despide antes sin causa.",
        ],
    ]
    pdf.f("sans", "", 8.6)
    hs = FontFace(emphasis="BOLD", fill_color=(46, 110, 64), color=(255, 255, 255))
    with pdf.table(
        col_widths=(70, 25, 85),
        width=pdf.epw,
        text_align="LEFT",
        line_height=4.2,
        headings_style=hs,
        padding=1.5,
        cell_fill_color=(240, 246, 240),
        cell_fill_mode="ROWS",
        v_align="MIDDLE",
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    section_box(
        pdf,
        "Si el trabajo se vuelve imposible",
        "Si un incendio forestal, una nevada fuerte u "
        "otra causa que nadie puede controlar impide seguir plantando, la empresa puede terminar "
        "el contrato antes con permiso del Departamento de Trabajo, pero le paga la garantía de "
        "tres cuartas partes hasta ese día y su viaje de regreso.",
    )
    section_box(
        pdf,
        "Despido y abandono",
        "Solo lo pueden despedir por una causa justificada. Si falta "
        "5 días de trabajo seguidos sin avisar, la empresa puede considerar que abandonó el "
        "trabajo y debe reportarlo a las autoridades, como manda la ley.",
    )
    section_box(
        pdf,
        "Sus derechos",
        "Usted guarda su pasaporte y su visa. **Nadie le puede cobrar por "
        "este trabajo:** si alguien le pide dinero, una fianza o que firme un pagaré, no pague y "
        "llame al 7761-4480 o a la línea del Ministerio de Trabajo. Puede quejarse sin que lo "
        "pongan en ninguna lista negra ni le quiten la próxima temporada.",
        fill=(252, 238, 238),
        edge=(150, 40, 40),
    )
    para(pdf, "Lleve el día del viaje:", size=9.5, style="B", after=1)
    items = [
        "Pasaporte con visa",
        "DPI",
        "Ropa abrigada personal",
        "Medicinas que use",
        "Esta guía",
    ]
    y = pdf.get_y()
    x = pdf.l_margin
    pdf.f("sans", "", 9)
    for it in items:
        checkbox(pdf, x, y + 0.5, 3.2, False)
        pdf.set_xy(x + 4.5, y)
        pdf.cell(pdf.get_string_width(it) + 2, 4.4, it)
        x += pdf.get_string_width(it) + 12
    pdf.set_y(y + 9)
    sig_block(
        pdf,
        [
            ("Trabajador", "Mynor Estuardo Sic Chay", "Recibí y entendí esta orientación"),
            ("Orientadora", "Ana Lucía Cifuentes Barrios", AG),
        ],
        cols=2,
        gap=12,
    )
    present = {
        "employer_identity": "Sierra Timberline Reforestation, LLC, 2260 Old Cedar Mill Road, Medford, Oregón 97501",
        "job_duties": "Plantador de árboles: plantar arbolitos de pino y abeto con azadón",
        "work_location": "condados de Jackson, Josephine y Douglas, Oregón",
        "employment_period": "Del 11 de enero al 30 de abril de 2026.",
        "hours_of_work": "40 horas por semana: lunes a viernes, de 7:00 a 15:30",
        "wage_rate": "US$ 23.41 por hora",
        "wage_adjustment": "se le paga el más alto desde esa fecha",
        "overtime": "Las horas después de 40 en una semana se pagan a US$ 35.12 por hora",
        "pay_frequency": "Cada dos semanas, los viernes",
        "deductions": "Solo los que exige la ley (impuesto federal y de Oregón, Seguro Social y Medicare)",
        "three_fourths_guarantee": "le ofrece trabajo por lo menos en tres cuartas partes de los días laborables de cada período de 6 semanas",
        "inbound_transportation": "Vuelo Guatemala - Medford La empresa Boleto comprado por la empresa.",
        "return_transportation": "Si termina el contrato o si la empresa lo despide antes sin causa.",
        "visa_reimbursement": "Cuota de la visa (US$ 205) y cita La empresa",
        "tools_provided": "Se entregan gratis y sin depósito.",
        "earnings_statements": "Cada pago trae un talón con las horas ofrecidas, las horas trabajadas",
        "termination": "Solo lo pueden despedir por una causa justificada.",
        "contract_impossibility": "impide seguir plantando, la empresa puede terminar el contrato antes con permiso del Departamento de Trabajo",
        "job_requirements": "Tres meses de experiencia en siembra de árboles",
    }
    traps = [
        "who-pays grid: every cost in the 'La empresa' column (visa, passport refund, consular trip, flight, travel meals, medical, tools, housing)",
        "'La agencia cobra sus servicios a la empresa, nunca a usted'",
        "payroll card 'sin comisiones'; direct deposit",
        "'cuota' = production target of 700 seedlings, no pay loss",
        "free motel housing (h2b, optional)",
        "workers' compensation 'a usted no se le descuenta'",
        "'fianza' and 'pagaré' mentioned only as things nobody may ask for",
        "no blacklist for complaints; worker keeps passport",
        "lawful abandonment report",
    ]
    return pdf, doc_spec(
        "cf06.pdf",
        "h2b",
        "es",
        [],
        [],
        present,
        [AG],
        traps,
        "predeparture_orientation",
        "A4 orientation sheet: coloured header band, rounded section boxes in two "
        "columns then full width, who-pays grid with coloured header, empty "
        "checklist, 2-party signature",
    )


# ========================================================================================
# cf07  h2a · mixed (EN paragraph, then ES paragraph) · Mexico (Dolores Hidalgo, Gto. ->
#       Florida watermelons) · farm labor contractor work agreement
# ========================================================================================
def cf07():
    AG = "Reclutadora Agrícola Bajío Norte"
    pdf = Doc(
        "Letter",
        margins=(20, 27, 20),
        bottom=22,
        fam="sans",
        title="Work Agreement / Acuerdo de trabajo H-2A 2026",
    )

    def hdr(p):
        p.set_xy(20, 9)
        p.f("sans", "B", 10.5)
        p.set_text_color(140, 60, 0)
        p.cell(110, 5, "PALMETTO BASIN HARVESTING, LLC")
        p.f("sans", "", 7.5)
        p.set_text_color(90)
        p.cell(0, 5, "FLC Certificate / Certificado FLC: FLC-0917-26", align="R", **NL)
        p.cell(0, 4, "1450 Sugarland Highway, Clewiston, Florida 33440 · (863) 555-0127", **NL)
        hline(p, 19.5, color=(140), width=0.4)
        p.set_text_color(25)
        p.set_y(27)

    def ftr(p):
        hline(p, p.h - 15, color=180)
        p.set_y(p.h - 13.5)
        p.f("sans", "", 7.5)
        p.set_text_color(100)
        p.cell(100, 4, "Worker initials / Iniciales del trabajador: ______")
        p.cell(0, 4, f"Page / Página {p.page_no()} of / de {{nb}}", align="R")
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(
        pdf,
        "WORK AGREEMENT — H-2A WATERMELON HARVEST 2026",
        size=12.5,
        style="B",
        align="C",
        after=0,
    )
    para(
        pdf,
        "ACUERDO DE TRABAJO — COSECHA DE SANDÍA H-2A 2026",
        size=11,
        style="BI",
        align="C",
        after=3,
        color=(120, 70, 20),
    )

    def sec(n, en_head, es_head, en, es):
        pdf.f("sans", "B", 9.5)
        ensure_space(pdf, 22)
        pdf.set_fill_color(246, 236, 224)
        pdf.cell(0, 5.6, f"  {n}. {en_head} / {es_head}", fill=True, **NL)
        pdf.ln(1.2)
        para(pdf, en, size=9.3, after=1.2)
        para(pdf, es, size=9.3, style="I", color=(110, 60, 15), after=2.6)

    sec(
        1,
        "Employer",
        "Empleador",
        "Palmetto Basin Harvesting, LLC, 1450 Sugarland Highway, Clewiston, Florida 33440, a registered "
        "H-2A labor contractor, employs the worker and supplies harvest crews to Sawgrass Prairie Farms. "
        f"The worker was recruited in Mexico through {AG}, Calle Hidalgo 37, Dolores Hidalgo, Gto.",
        "Palmetto Basin Harvesting, LLC, 1450 Sugarland Highway, Clewiston, Florida 33440, contratista "
        "agrícola H-2A registrado, emplea al trabajador y proporciona cuadrillas de cosecha a Sawgrass "
        f"Prairie Farms. El trabajador fue reclutado en México por medio de {AG}, Calle Hidalgo 37, "
        "Dolores Hidalgo, Gto.",
    )
    sec(
        2,
        "Job",
        "Trabajo",
        "Watermelon harvest worker: cutting ripe melons from the vine, passing them hand to hand to the "
        "loading crew, stacking them in the bus or in bins without bruising, and field clean-up.",
        "Cosechador de sandía: cortar las sandías maduras de la guía, pasarlas de mano en mano a la "
        "cuadrilla de carga, acomodarlas en el camión o en los bins sin golpearlas y limpiar el campo.",
    )
    sec(
        3,
        "Qualifications",
        "Requisitos",
        "Three months' experience in hand harvest of melons or vegetables and the ability to lift and "
        "toss 30-pound melons repeatedly.",
        "Tres meses de experiencia en cosecha manual de melón, sandía u hortalizas y capacidad para "
        "levantar y lanzar sandías de 30 libras de forma repetida.",
    )
    sec(
        4,
        "Place and dates",
        "Lugar y fechas",
        "Fields of Sawgrass Prairie Farms at 3300 County Road 832, Felda, and its leased fields in "
        "Hendry and Collier Counties, Florida, from April 13 to June 26, 2026.",
        "Campos de Sawgrass Prairie Farms en 3300 County Road 832, Felda, y sus campos rentados en los "
        "condados de Hendry y Collier, Florida, del 13 de abril al 26 de junio de 2026.",
    )
    sec(
        5,
        "Hours",
        "Horario",
        "About 40 hours a week, Monday to Saturday, starting at 6:00 a.m.; daily hours depend on weather "
        "and on how much fruit is ready.",
        "Alrededor de 40 horas por semana, de lunes a sábado, a partir de las 6:00 a. m.; las horas de "
        "cada día dependen del clima y de la fruta que esté lista.",
    )
    sec(
        6,
        "Wages",
        "Salario",
        "$14.77 per hour, or the piece rate posted for the field when it is higher. If a higher Adverse "
        "Effect Wage Rate or minimum wage takes effect, the higher rate is paid from its effective date.",
        "$14.77 por hora, o la tarifa por pieza anunciada para el campo cuando sea mayor. Si entra en "
        "vigor una tarifa AEWR o un salario mínimo más alto, se paga el más alto desde esa fecha.",
    )
    sec(
        7,
        "Payday",
        "Día de pago",
        "Every Thursday, by check, with a pay stub listing hours offered, hours worked, rate, earnings "
        "and each deduction.",
        "Cada jueves, con cheque y un talón que indica las horas ofrecidas, las horas trabajadas, la "
        "tarifa, lo ganado y cada descuento.",
    )
    sec(
        8,
        "Deductions",
        "Descuentos",
        "Federal income tax if the worker asks for it, plus the charges in sections 10, 11 and 14.",
        "El impuesto federal sobre la renta si el trabajador lo pide, más los cobros de las secciones "
        "10, 11 y 14.",
    )
    sec(
        9,
        "Guarantee",
        "Garantía",
        "The worker is guaranteed work for at least three-fourths of the workdays of the contract period.",
        "Se garantiza al trabajador empleo por lo menos en tres cuartas partes de los días de trabajo del "
        "periodo del contrato.",
    )
    sec(
        10,
        "Housing",
        "Vivienda",
        "Housing is provided at the Palmetto Basin camp, 880 W. Sagamore Avenue, Clewiston. A utility "
        "charge of $20.00 per week for electricity and water will be deducted from each paycheck.",
        "La vivienda se proporciona en el campamento de Palmetto Basin, 880 W. Sagamore Avenue, "
        "Clewiston. Se descontará de cada cheque una cuota de servicios de $20.00 por semana por luz y agua.",
    )
    sec(
        11,
        "Meals",
        "Comidas",
        "Three meals a day are prepared by the camp cook and charged at $24.50 per day, deducted weekly; "
        "cooking is not allowed in the rooms.",
        "El cocinero del campamento prepara tres comidas al día, que se cobran a $24.50 diarios y se "
        "descuentan cada semana; no se permite cocinar en los cuartos.",
    )
    sec(
        12,
        "Travel",
        "Viaje",
        "The company pays the bus from Dolores Hidalgo to the consulate in Monterrey, the hotel and meals "
        "there, the visa fee and the bus to Clewiston, and reimburses in the first workweek any of these "
        "costs the worker paid. If the worker finishes the contract, the company pays the bus back to "
        "Dolores Hidalgo.",
        "La empresa paga el autobús de Dolores Hidalgo al consulado en Monterrey, el hotel y las comidas "
        "allá, la cuota de la visa y el autobús a Clewiston, y reembolsa en la primera semana de trabajo "
        "cualquiera de estos gastos que haya pagado el trabajador. Si el trabajador termina el contrato, "
        "la empresa paga el autobús de regreso a Dolores Hidalgo.",
    )
    sec(
        13,
        "Daily transport",
        "Transporte diario",
        "Company buses take workers from the camp to the fields and back at no charge.",
        "Los autobuses de la empresa llevan a los trabajadores del campamento a los campos y de regreso "
        "sin costo.",
    )
    sec(
        14,
        "Work equipment",
        "Equipo de trabajo",
        "Each worker receives a harvest knife, gloves and a back brace against a $35.00 deposit, returned "
        "at the end of the season if the items are handed back in good condition.",
        "Cada trabajador recibe cuchillo de cosecha, guantes y faja contra un depósito de $35.00, que se "
        "devuelve al final de la temporada si entrega el equipo en buen estado.",
    )
    sec(
        15,
        "Damage",
        "Daños",
        "Damage to housing, furniture or company vehicles caused by a worker will be charged to that "
        "worker at the cost of repair.",
        "Los daños a la vivienda, a los muebles o a los vehículos de la empresa causados por un "
        "trabajador se le cobrarán a ese trabajador al costo de la reparación.",
    )
    sec(
        16,
        "End of employment",
        "Terminación",
        "The company may dismiss a worker for cause. A worker who misses 5 consecutive workdays without "
        "notice is considered to have abandoned the job and is not entitled to paid return transportation.",
        "La empresa puede despedir a un trabajador por causa justificada. El trabajador que falte 5 días "
        "de trabajo seguidos sin avisar se considera que abandonó el empleo y no tiene derecho al pago "
        "del viaje de regreso.",
    )
    sec(
        17,
        "No recruitment fees",
        "Sin cobros de reclutamiento",
        f"Palmetto Basin Harvesting and {AG} do not charge workers for recruitment; no worker should pay "
        "anyone to be hired.",
        f"Palmetto Basin Harvesting y {AG} no cobran a los trabajadores por el reclutamiento; ningún "
        "trabajador debe pagarle a nadie para ser contratado.",
    )
    pdf.ln(2)
    sig_block(
        pdf,
        [
            (
                "Employer / Empleador",
                "Dwayne L. Strickland",
                "Owner, Palmetto Basin Harvesting, LLC",
            ),
            ("Recruiter / Reclutador", "Lic. Aurelio Torres Mendiola", AG),
            ("Worker / Trabajador", "Juan Pablo Rangel Cabrera", ""),
            ("Witness / Testigo", "Rosalinda Aguilar Puente", ""),
        ],
        cols=2,
        gap=13,
    )
    fees = [
        fee(
            "housing_charge",
            2,
            "A utility charge of $20.00 per week for electricity and water will be "
            "deducted from each paycheck.",
            20,
            "USD",
            group=1,
        ),
        fee(
            "housing_charge",
            2,
            "Se descontará de cada cheque una cuota de servicios de $20.00 por "
            "semana por luz y agua.",
            20,
            "USD",
            group=1,
        ),
        fee(
            "meal_charge",
            2,
            "Three meals a day are prepared by the camp cook and charged at $24.50 per "
            "day, deducted weekly; cooking is not allowed in the rooms.",
            24.5,
            "USD",
            group=2,
        ),
        fee(
            "meal_charge",
            2,
            "El cocinero del campamento prepara tres comidas al día, que se cobran a "
            "$24.50 diarios y se descuentan cada semana; no se permite cocinar en los cuartos.",
            24.5,
            "USD",
            group=2,
        ),
        fee(
            "equipment_charge",
            2,
            "Each worker receives a harvest knife, gloves and a back brace against "
            "a $35.00 deposit, returned at the end of the season if the items are handed back in good "
            "condition.",
            35,
            "USD",
            group=3,
        ),
        fee(
            "equipment_charge",
            2,
            "Cada trabajador recibe cuchillo de cosecha, guantes y faja contra un "
            "depósito de $35.00, que se devuelve al final de la temporada si entrega el equipo en buen "
            "estado.",
            35,
            "USD",
            group=3,
        ),
        fee(
            "damage_chargeback",
            2,
            "Damage to housing, furniture or company vehicles caused by a worker "
            "will be charged to that worker at the cost of repair.",
            None,
            None,
            group=4,
        ),
        fee(
            "damage_chargeback",
            2,
            "Los daños a la vivienda, a los muebles o a los vehículos de la "
            "empresa causados por un trabajador se le cobrarán a ese trabajador al costo de la "
            "reparación.",
            None,
            None,
            group=4,
        ),
    ]
    present = {
        "employer_identity": "Palmetto Basin Harvesting, LLC, 1450 Sugarland Highway, Clewiston, Florida 33440",
        "job_duties": "Watermelon harvest worker: cutting ripe melons from the vine",
        "work_location": "Fields of Sawgrass Prairie Farms at 3300 County Road 832, Felda",
        "employment_period": "from April 13 to June 26, 2026",
        "hours_of_work": "About 40 hours a week, Monday to Saturday, starting at 6:00 a.m.",
        "wage_rate": "$14.77 per hour",
        "wage_adjustment": "the higher rate is paid from its effective date",
        "pay_frequency": "Every Thursday, by check",
        "deductions": "Federal income tax if the worker asks for it, plus the charges in sections 10, 11 and 14.",
        "three_fourths_guarantee": "at least three-fourths of the workdays of the contract period",
        "housing": "Housing is provided at the Palmetto Basin camp, 880 W. Sagamore Avenue, Clewiston.",
        "meals": "Three meals a day are prepared by the camp cook",
        "inbound_transportation": "reimburses in the first workweek any of these costs the worker paid",
        "return_transportation": "the company pays the bus back to Dolores Hidalgo",
        "daily_transportation": "Company buses take workers from the camp to the fields and back at no charge.",
        "earnings_statements": "a pay stub listing hours offered, hours worked, rate, earnings",
        "termination": "The company may dismiss a worker for cause.",
        "job_requirements": "Three months' experience in hand harvest of melons or vegetables",
    }
    missing = ["tools_provided", "workers_compensation", "contract_impossibility"]
    traps = [
        "employer pays consular bus, hotel, meals, visa fee and inbound bus; first-week reimbursement",
        "return bus paid on completion; lawful loss of return trip after abandonment",
        "free daily bus",
        "'do not charge workers for recruitment' (negated fee)",
        "piece rate posted for the field is a wage",
        "h2a meal charge of $24.50/day exceeds the published cap: meal_charge (review); meals term present",
        "utility charge on h2a housing: housing_charge at violation severity; housing term present",
    ]
    return pdf, doc_spec(
        "cf07.pdf",
        "h2a",
        "mixed",
        fees,
        missing,
        present,
        [AG],
        traps,
        "flc_work_agreement",
        "alternating bilingual paragraphs (EN roman, ES italic brown) under shaded "
        "bilingual section bars; letterhead header with FLC certificate and initials "
        "footer on each page; 4-party signature grid",
    )


# ========================================================================================
# cf08  generic · en · Philippines (Manila -> Mississippi, EB-3 care aide) · employment
#       contract with annex of pre-deployment expenses
# ========================================================================================
def cf08():
    AG = "Tala Bright Manpower Services Inc."
    pdf = Doc(
        "A4",
        margins=(22, 30, 22),
        bottom=22,
        fam="serif",
        title="Employment Contract - Resident Care Aide",
    )

    def hdr(p):
        p.set_xy(22, 10)
        p.f("serif", "B", 12)
        p.set_text_color(20, 40, 110)
        p.cell(0, 5.5, AG.upper(), align="C", **NL)
        p.f("serif", "", 7.5)
        p.set_text_color(70)
        p.cell(
            0,
            3.6,
            "Unit 1207 Pearl Tower, 1410 Taft Avenue, Ermita, Manila · DMW License No. "
            "DMW-087-LB-062324-R · Valid until 14 March 2028",
            align="C",
            **NL,
        )
        hline(p, 21, 22, p.w - 22, color=(20), width=0.7)
        hline(p, 21.9, 22, p.w - 22, color=(20), width=0.2)
        p.set_text_color(25)
        p.set_y(30)

    def ftr(p):
        p.set_y(p.h - 15)
        p.f("serif", "I", 7.5)
        p.set_text_color(110)
        p.cell(
            0,
            4,
            f"TBMSI-US-EB3-2026-0418  |  Page {p.page_no()} of {{nb}}  |  "
            "Worker's signature: ____________",
            align="C",
        )
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "EMPLOYMENT CONTRACT", size=14, style="B", align="C", after=0)
    para(
        pdf,
        "Resident Care Aide · United States of America (EB-3, Other Worker)",
        size=9.5,
        style="I",
        align="C",
        after=4,
    )
    para(pdf, "KNOW ALL MEN BY THESE PRESENTS:", size=10, style="B", after=1.5)
    para(
        pdf,
        "This Employment Contract is entered into voluntarily in Manila, Philippines, on 6 April 2026, "
        "by and between:",
        size=10,
    )
    para(
        pdf,
        "MAGNOLIA TERRACE SENIOR LIVING, INC., a corporation with principal office at 700 Azalea Bend "
        "Drive, Biloxi, Mississippi 39531, USA, represented in the Philippines by its accredited agency "
        f"{AG} (hereinafter the EMPLOYER); and",
        size=10,
        indent=8,
    )
    para(
        pdf,
        "MARICEL BAUTISTA VILLANUEVA, of legal age, Filipino, with address at 22 Mabini Street, "
        "Barangay San Roque, Cabanatuan City, Nueva Ecija, holder of Philippine passport "
        "P7741820C (hereinafter the WORKER).",
        size=10,
        indent=8,
    )
    para(pdf, "The parties agree as follows:", size=10, after=2.5)
    arts = [
        (
            "Article 1. Position and Duties.",
            "The WORKER shall serve as Resident Care Aide, assisting "
            "elderly residents with bathing, dressing, mobility, feeding and medication reminders, and "
            "keeping residents' rooms clean and safe.",
        ),
        (
            "Article 2. Place of Work.",
            "Magnolia Terrace Senior Living, 700 Azalea Bend Drive, Biloxi, Mississippi.",
        ),
        (
            "Article 3. Duration.",
            "This Contract is for twenty-four (24) months, from 1 September 2026 to "
            "31 August 2028, renewable by mutual agreement.",
        ),
        (
            "Article 4. Hours of Work.",
            "Forty (40) hours per week in eight-hour shifts (7:00-15:00, "
            "15:00-23:00 or 23:00-7:00), five days per week, with two rest days.",
        ),
        (
            "Article 5. Salary.",
            "Basic salary of US$ 16.40 per hour, with overtime at one and one-half "
            "times the hourly rate for hours over forty in a week.",
        ),
        (
            "Article 6. Payment.",
            "Salary is paid every two weeks by direct deposit to the WORKER's U.S. bank account.",
        ),
        (
            "Article 7. Deductions.",
            "U.S. federal and Mississippi income tax, Social Security and Medicare "
            "contributions, and any amount the WORKER authorizes in writing.",
        ),
        (
            "Article 8. Transportation.",
            "The EMPLOYER shall provide the WORKER's one-way airfare from "
            "Manila to Gulfport-Biloxi upon deployment.",
        ),
        (
            "Article 9. Accommodation.",
            "The EMPLOYER shall assist the WORKER in finding shared "
            "accommodation near the facility during the first sixty (60) days. The shared accommodation "
            "arranged by the EMPLOYER costs US$ 350.00 per month, which shall be deducted from the "
            "WORKER's salary.",
        ),
        (
            "Article 10. Immigration and Medical Costs.",
            "The EMPLOYER shall shoulder the immigrant "
            "petition filing fees and the cost of the medical examination by the panel physician.",
        ),
        (
            "Article 11. Termination.",
            "Either party may terminate this Contract for just cause upon "
            "thirty (30) days' written notice; the WORKER may be dismissed without notice for serious "
            "misconduct, abandonment of work or gross neglect of residents.",
        ),
        (
            "Article 12. Pre-deployment Expenses.",
            "The expenses listed in Annex B form part of this Contract.",
        ),
        (
            "Article 13. Settlement of Disputes.",
            "Disputes shall first be settled amicably between the "
            "parties, with the assistance of the Agency.",
        ),
    ]
    for h, t in arts:
        runin(pdf, h, t, size=10)
    para(
        pdf,
        "IN WITNESS WHEREOF, the parties have signed this Contract on the date and at the place "
        "first written above.",
        size=10,
        after=3,
    )
    sig_block(
        pdf,
        [
            ("for the EMPLOYER, by its agency", "Rowena C. Dimaculangan", "President, " + AG),
            ("WORKER", "Maricel Bautista Villanueva", ""),
            ("Witness", "Jericho P. Salonga", ""),
            ("Witness", "Analyn T. Ocampo", ""),
        ],
        cols=2,
        gap=13,
        fam="serif",
    )
    pdf.add_page()
    para(pdf, "ANNEX B", size=12, style="B", align="C", after=0)
    para(
        pdf,
        "Schedule of Pre-Deployment Expenses for the Worker's Account",
        size=10.5,
        style="B",
        align="C",
        after=4,
    )
    para(
        pdf,
        "The WORKER acknowledges that the following expenses are for his/her own account and shall "
        "be settled before endorsement of his/her papers to the EMPLOYER:",
        size=10,
        after=3,
    )
    items = [
        f"Placement fee equivalent to one (1) month basic salary, payable to {AG} upon visa issuance: "
        "PHP 155,000.00.",
        "Renewal of the applicant's passport at DFA with expedited processing: PHP 1,200.00, for the "
        "applicant's account.",
        "Caregiving refresher course and U.S. interview coaching at the Agency's partner training "
        "centre: PHP 18,500.00.",
        "Premium for the compulsory group accident and repatriation insurance: PHP 3,450.00.",
        "Pre-Departure Orientation Seminar: free of charge, conducted by the government.",
    ]
    for i, it in enumerate(items, 1):
        para(pdf, f"{i}.  {it}", size=10, indent=6, align="L", after=2)
    pdf.ln(2)
    para(
        pdf,
        "Workers unable to pay in cash may avail of a pre-departure loan from Kabalikat Lending "
        "Corporation, repayable through deductions from the first six (6) paychecks abroad.",
        size=10,
    )
    para(
        pdf,
        "* The medical examination at a DOH-accredited clinic is at the EMPLOYER's expense and "
        "is not included above.",
        size=8.5,
        style="I",
        after=6,
    )
    sig_block(
        pdf,
        [
            ("Conforme: WORKER", "Maricel Bautista Villanueva", "6 April 2026"),
            ("for the Agency", "Rowena C. Dimaculangan", "President"),
        ],
        cols=2,
        gap=13,
        fam="serif",
    )
    fees = [
        fee(
            "recruitment_fee",
            3,
            f"Placement fee equivalent to one (1) month basic salary, payable to "
            f"{AG} upon visa issuance: PHP 155,000.00.",
            155000,
            "PHP",
        ),
        fee(
            "visa_cost",
            3,
            "Renewal of the applicant's passport at DFA with expedited processing: PHP "
            "1,200.00, for the applicant's account.",
            1200,
            "PHP",
            passport_only=True,
        ),
        fee(
            "training_cost",
            3,
            "Caregiving refresher course and U.S. interview coaching at the Agency's "
            "partner training centre: PHP 18,500.00.",
            18500,
            "PHP",
        ),
        fee(
            "insurance_cost",
            3,
            "Premium for the compulsory group accident and repatriation insurance: PHP 3,450.00.",
            3450,
            "PHP",
        ),
        fee(
            "debt_bondage",
            3,
            "Workers unable to pay in cash may avail of a pre-departure loan from "
            "Kabalikat Lending Corporation, repayable through deductions from the first six (6) "
            "paychecks abroad.",
        ),
        fee(
            "housing_charge",
            1,
            "The shared accommodation arranged by the EMPLOYER costs US$ 350.00 per "
            "month, which shall be deducted from the WORKER's salary.",
            350,
            "USD",
        ),
    ]
    present = {
        "employer_identity": "MAGNOLIA TERRACE SENIOR LIVING, INC., a corporation with principal office at 700 Azalea Bend Drive, Biloxi, Mississippi 39531",
        "worker_identity": "MARICEL BAUTISTA VILLANUEVA",
        "job_duties": "shall serve as Resident Care Aide, assisting elderly residents",
        "work_location": "Magnolia Terrace Senior Living, 700 Azalea Bend Drive, Biloxi, Mississippi.",
        "employment_period": "from 1 September 2026 to 31 August 2028",
        "hours_of_work": "Forty (40) hours per week in eight-hour shifts",
        "wage_rate": "Basic salary of US$ 16.40 per hour",
        "pay_frequency": "Salary is paid every two weeks",
        "deductions": "U.S. federal and Mississippi income tax, Social Security and Medicare contributions",
        "termination": "Either party may terminate this Contract for just cause upon thirty (30) days' written notice",
    }
    missing = ["return_transportation"]
    traps = [
        "'feeding' residents is a job duty",
        "employer pays one-way airfare, petition fees and panel medical exam",
        "statutory payroll taxes and contributions (not insurance_cost)",
        "Pre-Departure Orientation Seminar free of charge (not a training charge)",
        "footnote: DOH medical exam at employer's expense",
        "passport renewal under generic: visa_cost at violation severity",
        "non-h2 housing deduction: housing_charge at review severity",
        "one-way airfare only: return transportation missing",
    ]
    return pdf, doc_spec(
        "cf08.pdf",
        "generic",
        "en",
        fees,
        missing,
        present,
        [AG],
        traps,
        "employment_contract_with_fee_annex",
        "A4 serif contract with centred agency letterhead (licence line) and "
        "double rule on each page; run-in numbered articles; annex page with "
        "numbered expense list and footnote; 4-party then 2-party signatures",
    )


# ========================================================================================
# cf09  h2a · es · Mexico (Salinas, S.L.P. via Monterrey -> Michigan cucumbers) · compliant
#       offer letter that is the work contract, with who-pays annex
# ========================================================================================
def cf09():
    AG = "Conexión Agrícola Santa Catarina, S.C."
    pdf = Doc(
        "Letter",
        margins=(24, 34, 24),
        bottom=22,
        fam="sans",
        title="Carta oferta y contrato H-2A 2026",
    )

    def hdr(p):
        p.set_fill_color(60, 120, 40)
        p.ellipse(24, 10, 13, 13, style="F")
        p.set_text_color(255)
        p.f("serif", "B", 11)
        p.set_xy(24, 13.2)
        p.cell(13, 6, "VO", align="C")
        p.set_text_color(40, 90, 30)
        p.set_xy(40, 10.5)
        p.f("serif", "B", 13)
        p.cell(0, 6, "Van Otterloo Family Farms, LLC", **NL)
        p.set_x(40)
        p.f("sans", "", 7.5)
        p.set_text_color(90)
        p.cell(
            0,
            4,
            "9050 West Buchanan Road, Hart, Michigan 49420 · +1 231 555 0172 · Pepino · Calabaza · Espárrago",
            **NL,
        )
        p.set_text_color(25)
        p.set_y(34)

    def ftr(p):
        p.set_y(p.h - 13)
        p.f("sans", "", 7)
        p.set_text_color(120)
        p.cell(
            0, 4, f"Carta oferta H-2A 2026 · A. Cervantes Nájera · {p.page_no()}/{{nb}}", align="R"
        )
        p.set_text_color(25)

    def bar(title):
        ensure_space(pdf, 18)
        pdf.set_fill_color(232, 240, 226)
        pdf.f("sans", "B", 9.5)
        pdf.set_text_color(40, 90, 30)
        pdf.cell(0, 5.6, " " + title.upper(), fill=True, **NL)
        pdf.set_text_color(25)
        pdf.ln(1)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(pdf, "Hart, Michigan, 20 de abril de 2026", size=9.5, align="R", after=3)
    para(
        pdf,
        "Sr. Abundio Cervantes Nájera\nComunidad El Carrizal, municipio de Salinas, S.L.P., México",
        size=9.5,
        align="L",
        after=3,
    )
    para(pdf, "Estimado señor Cervantes:", size=9.5, after=2)
    para(
        pdf,
        "Van Otterloo Family Farms, LLC, con domicilio en 9050 West Buchanan Road, Hart, Michigan "
        "49420, le ofrece empleo temporal como trabajador agrícola con visa H-2A en los términos de "
        "esta carta. Esta carta es su contrato de trabajo: guárdela y pida que se la expliquen si "
        "tiene dudas. Nuestro agente en México, " + AG + ", le ayudará con la cita consular.",
        size=9.5,
        after=3,
    )
    S = 9.3
    blocks = [
        (
            "Lo que hará",
            "Cosecha a mano de pepino para encurtido y de calabaza; acomodar la fruta en cajas y "
            "cubetas, cargar las cajas a la góndola y deshierbar con azadón cuando no haya cosecha.",
        ),
        (
            "Requisitos",
            "Un mes de experiencia en cosecha manual de hortalizas y poder trabajar agachado y "
            "cargar 40 libras.",
        ),
        (
            "Dónde y cuándo",
            "En los campos de la granja en el condado de Oceana, Michigan: parcela Buchanan "
            "(9050 W. Buchanan Road) y parcela Shelby (4120 S. 56th Avenue), del 15 de junio al 25 de "
            "septiembre de 2026.",
        ),
        (
            "Horario",
            "Ocho horas al día, de lunes a sábado, normalmente de 7:00 a 15:30 con 30 minutos "
            "para comer.",
        ),
        (
            "Salario",
            "US$ 18.50 por hora; en la cosecha de pepino, US$ 3.10 por cubeta de 5 galones si con "
            "eso gana más en la semana. Si durante el contrato se publica una tarifa mínima más alta (AEWR u "
            "otra), le pagaremos la más alta desde el día en que entre en vigor.",
        ),
        (
            "Pago y talón",
            "Cada viernes, por depósito directo en la cuenta que usted indique o con cheque, "
            "como prefiera. Con cada pago recibe un talón con horas ofrecidas, horas trabajadas, tarifa, "
            "ganancias y descuentos.",
        ),
        (
            "Garantía de tres cuartas partes",
            "Le garantizamos trabajo por lo menos en tres cuartas partes de "
            "los días de trabajo del contrato; si le ofrecemos menos, le pagamos la diferencia.",
        ),
        (
            "Descuentos",
            "Sólo los de ley (el impuesto sobre la renta, si usted lo pide) y, si usted se "
            "inscribe, el comedor del punto siguiente. No descontamos vivienda, transporte, herramientas ni "
            "nada relacionado con su contratación.",
        ),
        (
            "Comidas",
            "La vivienda tiene cocina con estufas y refrigeradores que usted usa gratis. Si "
            "prefiere, puede inscribirse en el comedor de la granja (tres comidas al día) por US$ 13.75 "
            "diarios, cantidad menor al máximo que publica el Departamento de Trabajo para 2026; puede darse "
            "de baja con una semana de aviso.",
        ),
        (
            "Vivienda",
            "Gratuita, en el campamento Buchanan (9060 W. Buchanan Road), inspeccionado por el "
            "estado de Michigan, con cama, colchón, cobijas y lavadoras sin costo y sin depósito.",
        ),
        (
            "Transporte diario",
            "Gratuito, en las camionetas de la granja, del campamento a las parcelas y de regreso.",
        ),
        (
            "Viaje de ida",
            "Pagamos directamente su autobús de Salinas a Monterrey, el hotel y las comidas "
            "durante su cita consular, la cuota de la visa y el autobús a Hart; si usted pagó alguno de estos "
            "gastos, se lo reembolsamos en la primera semana de trabajo.",
        ),
        (
            "Viaje de regreso",
            "Si termina el contrato, o si lo despedimos antes sin causa, pagamos su regreso "
            "hasta Salinas, S.L.P., con comidas en el camino.",
        ),
        (
            "Herramientas",
            "Azadones, cubetas, guantes y equipo de protección se entregan gratis y sin depósito.",
        ),
        (
            "Accidentes de trabajo",
            "Tiene seguro de compensación laboral (workers' compensation) pagado por "
            "la granja, póliza MWC-558102 de Great Lakes Farm Casualty Company.",
        ),
        (
            "Terminación",
            "Sólo lo podemos despedir por causa justificada. Si falta cinco días de trabajo "
            "seguidos sin avisar, podemos considerar que abandonó el empleo y tendremos que avisar a las "
            "autoridades. No hay multas ni cobros por renunciar.",
        ),
        (
            "Si el trabajo se vuelve imposible",
            "Si una helada, granizo, inundación u otra causa ajena a la "
            "granja hace imposible seguir, el contrato puede terminar antes con aprobación del Departamento de "
            "Trabajo; le pagaremos la garantía de tres cuartas partes hasta esa fecha y su regreso a casa.",
        ),
        (
            "Sus documentos y su tiempo libre",
            "Usted guarda su pasaporte. Puede salir del campamento y "
            "recibir visitas en su tiempo libre.",
        ),
        (
            "Nadie le debe cobrar",
            f"Ni la granja ni {AG} le pueden cobrar por este empleo: los servicios de "
            "la agencia los paga la granja. Si alguien le pide dinero, una fianza o un pagaré, llámenos al "
            "+1 231 555 0172.",
        ),
    ]
    for t, b in blocks:
        bar(t)
        para(pdf, b, size=S, after=2.4)
    para(pdf, "Atentamente,", size=9.5, after=1)
    sig_block(
        pdf,
        [
            ("Van Otterloo Family Farms, LLC", "Hendrik Van Otterloo", "Socio administrador"),
            ("Acepto las condiciones de esta carta", "Abundio Cervantes Nájera", "Trabajador"),
            ("Agente del empleador en México", "Lic. Perla Janeth Garza Villarreal", AG),
        ],
        cols=3,
        gap=13,
        size=8,
    )
    pdf.add_page()
    para(pdf, "ANEXO 1 · ¿QUIÉN PAGA QUÉ?", size=12, style="B", after=3)
    rows = [
        ["Gasto", "Quién lo paga", "Nota"],
        ["Servicios de la agencia en México", "La granja", "Nunca el trabajador"],
        ["Cuota de la visa H-2A", "La granja", "Pagada directamente"],
        [
            "Autobús Salinas - Monterrey, hotel y comidas de la cita",
            "La granja",
            "Pagados directamente",
        ],
        [
            "Autobús Monterrey - Hart y comidas del camino",
            "La granja",
            "Reembolso en la 1a. semana si usted pagó algo",
        ],
        ["Vivienda, cobijas y lavadoras", "La granja", "Sin depósito"],
        ["Transporte diario a las parcelas", "La granja", ""],
        ["Herramientas y equipo de protección", "La granja", "Sin depósito"],
        ["Seguro de accidentes de trabajo", "La granja", ""],
        [
            "Comedor (opcional)",
            "Usted, si se inscribe",
            "US$ 13.75 por día, menos del máximo publicado",
        ],
        ["Regreso a Salinas, S.L.P.", "La granja", "Al terminar el contrato"],
    ]
    grid(
        pdf,
        rows,
        widths=(70, 35, 62.9),
        size=8.8,
        head_fill=(60, 120, 40),
        heads_color=(255, 255, 255),
    )
    present = {
        "employer_identity": "Van Otterloo Family Farms, LLC, con domicilio en 9050 West Buchanan Road, Hart, Michigan 49420",
        "job_duties": "Cosecha a mano de pepino para encurtido y de calabaza",
        "work_location": "parcela Buchanan (9050 W. Buchanan Road) y parcela Shelby (4120 S. 56th Avenue)",
        "employment_period": "del 15 de junio al 25 de septiembre de 2026",
        "hours_of_work": "Ocho horas al día, de lunes a sábado",
        "wage_rate": "US$ 18.50 por hora",
        "wage_adjustment": "le pagaremos la más alta desde el día en que entre en vigor",
        "pay_frequency": "Cada viernes, por depósito directo",
        "deductions": "Sólo los de ley (el impuesto sobre la renta, si usted lo pide)",
        "three_fourths_guarantee": "Le garantizamos trabajo por lo menos en tres cuartas partes de los días de trabajo del contrato",
        "housing": "Gratuita, en el campamento Buchanan (9060 W. Buchanan Road)",
        "meals": "La vivienda tiene cocina con estufas y refrigeradores que usted usa gratis.",
        "inbound_transportation": "se lo reembolsamos en la primera semana de trabajo",
        "return_transportation": "pagamos su regreso hasta Salinas, S.L.P., con comidas en el camino",
        "daily_transportation": "Gratuito, en las camionetas de la granja, del campamento a las parcelas",
        "tools_provided": "Azadones, cubetas, guantes y equipo de protección se entregan gratis y sin depósito.",
        "workers_compensation": "Tiene seguro de compensación laboral (workers' compensation) pagado por la granja",
        "earnings_statements": "recibe un talón con horas ofrecidas, horas trabajadas",
        "termination": "Sólo lo podemos despedir por causa justificada.",
        "contract_impossibility": "hace imposible seguir, el contrato puede terminar antes con aprobación del Departamento de Trabajo",
        "job_requirements": "Un mes de experiencia en cosecha manual de hortalizas",
    }
    traps = [
        "lawful optional h2a meal plan US$ 13.75/day below the published cap (also in the annex grid as 'Usted, si se inscribe')",
        "free kitchen; free inspected housing without deposit",
        "direct deposit or cheque, worker's choice",
        "employer pays consular bus, hotel, meals and visa fee directly; first-week reimbursement",
        "agency services paid by the farm; 'fianza'/'pagaré' only as things nobody may ask for",
        "'No hay multas ni cobros por renunciar' (negated breach penalty)",
        "worker keeps passport; free to leave camp",
        "workers' compensation paid by the farm",
        "lawful abandonment notice",
    ]
    return pdf, doc_spec(
        "cf09.pdf",
        "h2a",
        "es",
        [],
        [],
        present,
        [AG],
        traps,
        "offer_letter_contract",
        "letter on letterhead with round logo; shaded heading bars per topic; "
        "3-party signature row; annex page with gridded who-pays table",
    )


# ========================================================================================
# cf10  h2b · en · Jamaica (Montego Bay -> Massachusetts hotel) · agency offer letter,
#       agency conditions and guarantor's undertaking
# ========================================================================================
def cf10():
    AG = "Caribbean Crest Staffing Solutions Ltd."
    pdf = Doc(
        "A4",
        margins=(24, 36, 24),
        bottom=22,
        fam="serif",
        title="Offer of Seasonal Employment - H-2B Room Attendant",
    )

    def hdr(p):
        p.set_fill_color(0, 119, 139)
        p.rect(0, 0, p.w, 4, style="F")
        p.set_fill_color(247, 183, 51)
        p.rect(0, 4, p.w, 1.2, style="F")
        p.set_xy(24, 10)
        p.f("serif", "B", 15)
        p.set_text_color(0, 90, 110)
        p.cell(0, 7, "Caribbean Crest", **NL)
        p.set_x(24)
        p.f("sans", "", 7.5)
        p.set_text_color(90)
        p.cell(
            0,
            4,
            "STAFFING SOLUTIONS LTD.  ·  27 Union Street, Montego Bay, St. James, Jamaica W.I.  ·  "
            "Tel. (876) 555-0162",
            **NL,
        )
        p.set_text_color(25)
        p.set_y(36)

    def ftr(p):
        p.set_y(p.h - 14)
        p.f("sans", "", 6.8)
        p.set_text_color(120)
        p.cell(
            0,
            3.5,
            "Registered under the Employment Agencies Regulation Act · Licence EA-1187 · "
            f"Ref. CCS/H2B/26/0311 · page {p.page_no()} of {{nb}}",
            align="C",
        )
        p.set_text_color(25)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    S = 10.2
    para(pdf, "12 March 2026", size=S, align="L", after=4)
    para(
        pdf,
        "Miss Shanice Tamara Gordon\nLot 48, Catherine Hall Housing Scheme\nMontego Bay, St. James",
        size=S,
        align="L",
        after=4,
    )
    para(pdf, "Dear Miss Gordon,", size=S, after=3)
    para(
        pdf,
        "Re: Offer of Seasonal Employment - H-2B Room Attendant, Wychmere Dunes Resort Hotel",
        size=S,
        style="B",
        after=3,
    )
    body = [
        "We are pleased to confirm that Wychmere Dunes Resort Hotel, LLC of 112 Shore Path Road, Harwich "
        "Port, Massachusetts 02646 has selected you for the position of Room Attendant for the 2026 summer "
        "season, subject to the grant of your H-2B visa.",
        "Your duties will include cleaning and servicing guest rooms and bathrooms, making beds, replenishing "
        "linen and amenities, and reporting maintenance issues to the housekeeping supervisor. The season "
        "runs from 4 May 2026 to 17 October 2026 and you will work at the hotel premises in Harwich Port.",
        "You will be paid US$18.52 per hour for a 40-hour week, normally five eight-hour shifts; hours "
        "worked beyond 40 in a week attract US$27.78 per hour. Wages are paid weekly by direct deposit into "
        "a U.S. account which the hotel will help you open.",
        "The hotel will purchase your airline ticket from Montego Bay to Boston and will refund your visa fee "
        "in your first paycheck. Your return ticket will be provided on completion of the season. Uniforms "
        "and all cleaning supplies and equipment are provided at no charge.",
        "To qualify you must have at least one year's housekeeping experience in a hotel or guest house and "
        "be able to communicate in basic English.",
        "Shared staff housing is available at the Wychmere staff cottages for US$110.00 per week, deducted "
        "from wages. Deductions from your pay will be U.S. taxes and, if you take staff housing, the weekly "
        "rent.",
        "Before your visa interview you must attend our office with your guarantor to sign the enclosed "
        "Agency Conditions and Guarantor's Undertaking. We look forward to seeing you.",
    ]
    for b in body:
        para(pdf, b, size=S, after=2.6)
    para(pdf, "Yours faithfully,", size=S, after=12)
    para(pdf, "Marcia E. Levy-Campbell\nPlacement Manager, " + AG, size=S, align="L", after=2)
    para(
        pdf,
        "Encl.: Agency Conditions for Seasonal Workers; Guarantor's Undertaking",
        size=8.5,
        style="I",
        align="L",
    )

    pdf.add_page()
    para(
        pdf, "AGENCY CONDITIONS FOR SEASONAL WORKERS (H-2B)", size=12, style="B", align="C", after=4
    )
    conds = [
        "The Employer may dismiss a Worker for cause, including theft, violence, drunkenness on duty or "
        "repeated lateness, after one written warning save in serious cases.",
        "Two weeks' wages will be retained by the Employer as a completion reserve and released only when "
        "the Worker has completed the season and checked out of staff housing.",
        "Any Worker who takes complaints about pay or conditions to outside organisations, lawyers or "
        "officials instead of the Agency's grievance line will be removed from all future recruitment "
        "lists of the Agency and its partner employers.",
        "The Agency does not charge Workers a placement fee; its fees are paid by the Employer.",
        "Workers keep their own passports and travel documents at all times.",
        "Workers shall keep the Agency informed of any change of address or telephone number during the "
        "season.",
    ]
    for i, c in enumerate(conds, 1):
        pdf.f("serif", "B", S)
        y = pdf.get_y()
        pdf.set_xy(24, y)
        pdf.cell(8, 5, f"{i}.")
        pdf.set_xy(32, y)
        pdf.f("serif", "", S)
        pdf.multi_cell(pdf.epw - 8, 5, c, align="J", **NL)
        pdf.ln(2.4)
    pdf.ln(4)
    para(pdf, "I have read and I accept these conditions.", size=S, style="I", after=2)
    sig_block(
        pdf,
        [
            ("Worker", "Shanice Tamara Gordon", "Date: 19 March 2026"),
            ("for the Agency", "Marcia E. Levy-Campbell", "Placement Manager"),
        ],
        cols=2,
        gap=14,
        fam="serif",
    )

    pdf.add_page()
    para(pdf, "GUARANTOR'S UNDERTAKING", size=13, style="B", align="C", after=5)
    para(
        pdf,
        "I, CLIVE AUGUSTUS GORDON, of Lot 48, Catherine Hall Housing Scheme, Montego Bay, St. James, "
        "TRN 118-402-776 (the Guarantor), in consideration of " + AG + " (the Agency) processing "
        "the application of SHANICE TAMARA GORDON (the Worker) for seasonal employment with "
        "Wychmere Dunes Resort Hotel, LLC (the Employer), HEREBY UNDERTAKE as follows:",
        size=S,
        after=3,
    )
    und = [
        (
            "(a)",
            "The Guarantor shall lodge with the Agency a cash bond of JMD 150,000.00, which will be "
            "returned without interest when the Worker reports back to the Agency at the end of the "
            "season.",
        ),
        (
            "(b)",
            "Should the Worker abscond or leave the Employer before the end of the contract, the bond "
            "shall be forfeited in full and the Guarantor shall in addition pay the Agency liquidated "
            "damages of US$1,000.00.",
        ),
        (
            "(c)",
            "This undertaking remains in force until the Agency confirms in writing that the Worker "
            "has returned to Jamaica.",
        ),
    ]
    for k, t in und:
        y = pdf.get_y()
        pdf.f("serif", "B", S)
        pdf.set_xy(30, y)
        pdf.cell(9, 5, k)
        pdf.set_xy(39, y)
        pdf.f("serif", "", S)
        pdf.multi_cell(pdf.epw - 15, 5, t, align="J", **NL)
        pdf.ln(2.4)
    pdf.ln(2)
    para(pdf, "Dated at Montego Bay this 19th day of March, 2026.", size=S, after=4)
    sig_block(
        pdf,
        [
            ("Guarantor", "Clive Augustus Gordon", "TRN 118-402-776"),
            ("Worker", "Shanice Tamara Gordon", ""),
            ("for the Agency", "Marcia E. Levy-Campbell", AG),
            ("Witness", "Desmond R. Whyte, J.P.", "Justice of the Peace for St. James"),
        ],
        cols=2,
        gap=15,
        fam="serif",
    )
    y = pdf.get_y() + 2
    pdf.set_draw_color(150)
    pdf.rect(24, y, pdf.epw, 14)
    pdf.set_xy(27, y + 2)
    pdf.f("sans", "", 7.5)
    pdf.multi_cell(
        pdf.epw - 6,
        3.5,
        "FOR OFFICE USE - Bond received: [  ] cash  [  ] manager's cheque    "
        "Receipt No. ________    Received by: ________________",
        align="L",
        **NL,
    )
    fees = [
        fee(
            "housing_charge",
            1,
            "Shared staff housing is available at the Wychmere staff cottages for "
            "US$110.00 per week, deducted from wages.",
            110,
            "USD",
        ),
        fee(
            "wage_withholding",
            2,
            "Two weeks' wages will be retained by the Employer as a completion "
            "reserve and released only when the Worker has completed the season and checked out of staff "
            "housing.",
        ),
        fee(
            "blacklisting_threat",
            2,
            "Any Worker who takes complaints about pay or conditions to outside "
            "organisations, lawyers or officials instead of the Agency's grievance line will be removed from "
            "all future recruitment lists of the Agency and its partner employers.",
        ),
        fee(
            "deposit_or_bond",
            3,
            "The Guarantor shall lodge with the Agency a cash bond of JMD 150,000.00, "
            "which will be returned without interest when the Worker reports back to the Agency at the end "
            "of the season.",
            150000,
            "JMD",
        ),
        fee(
            "breach_penalty",
            3,
            "Should the Worker abscond or leave the Employer before the end of the "
            "contract, the bond shall be forfeited in full and the Guarantor shall in addition pay the "
            "Agency liquidated damages of US$1,000.00.",
            1000,
            "USD",
        ),
    ]
    present = {
        "employer_identity": "Wychmere Dunes Resort Hotel, LLC of 112 Shore Path Road, Harwich Port, Massachusetts 02646",
        "job_duties": "cleaning and servicing guest rooms and bathrooms, making beds",
        "work_location": "you will work at the hotel premises in Harwich Port",
        "employment_period": "from 4 May 2026 to 17 October 2026",
        "hours_of_work": "for a 40-hour week, normally five eight-hour shifts",
        "wage_rate": "US$18.52 per hour",
        "overtime": "hours worked beyond 40 in a week attract US$27.78 per hour",
        "pay_frequency": "Wages are paid weekly",
        "deductions": "Deductions from your pay will be U.S. taxes and, if you take staff housing, the weekly rent.",
        "inbound_transportation": "The hotel will purchase your airline ticket from Montego Bay to Boston",
        "return_transportation": "Your return ticket will be provided on completion of the season.",
        "visa_reimbursement": "will refund your visa fee in your first paycheck",
        "tools_provided": "Uniforms and all cleaning supplies and equipment are provided at no charge.",
        "termination": "The Employer may dismiss a Worker for cause",
        "job_requirements": "at least one year's housekeeping experience",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "earnings_statements",
        "contract_impossibility",
    ]
    traps = [
        "visa fee refunded in first paycheck; airline ticket purchased by the hotel; return ticket provided",
        "uniforms and cleaning supplies at no charge",
        "'The Agency does not charge Workers a placement fee' (negated fee) next to a bond",
        "workers keep passports",
        "'reports back to the Agency' is the bond's return condition, not a movement restriction",
        'amount as words: "two weeks\' wages" (no number)',
        "office-use box for bond receipt is the same bond (one finding)",
    ]
    return pdf, doc_spec(
        "cf10.pdf",
        "h2b",
        "en",
        fees,
        missing,
        present,
        [AG],
        traps,
        "offer_letter_and_guarantee",
        "A4 agency letter on letterhead (colour rules), numbered conditions page, "
        "guarantor's undertaking with hanging (a)-(c) clauses, 4-party signatures "
        "with Justice of the Peace, office-use box; licence footer on each page",
    )


# ========================================================================================
# cf11  h2a · en · Honduras (Comayagua -> Louisiana sugarcane) · pre-departure orientation
#       handout with camp rules and acknowledgement checkboxes (English only)
# ========================================================================================
def cf11():
    AG = "Lempira Labor Connections, S. de R.L."
    pdf = Doc(
        "Letter",
        margins=(18, 20, 18),
        bottom=18,
        fam="sans",
        title="Pre-departure orientation 2026 sugarcane season",
    )

    def ftr(p):
        p.set_y(p.h - 12)
        p.f("sans", "", 7)
        p.set_text_color(120)
        p.cell(
            0,
            4,
            f"Twin Oaks Agri-Labor Services, LLC · Orientation handout HN-2026 · {p.page_no()}/{{nb}}",
            align="C",
        )
        p.set_text_color(25)

    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_fill_color(30, 30, 30)
    pdf.rect(18, 14, pdf.epw, 16, style="F")
    pdf.set_text_color(255)
    pdf.set_xy(22, 15.5)
    pdf.f("sans", "B", 15)
    pdf.cell(0, 7, "PRE-DEPARTURE ORIENTATION", **NL)
    pdf.set_x(22)
    pdf.f("sans", "", 9)
    pdf.cell(0, 5, "2026 SUGARCANE SEASON · H-2A", **NL)
    pdf.set_text_color(25)
    pdf.set_y(33)
    para(
        pdf,
        f"Given at the office of {AG}, Barrio Torondón, Comayagua, Honduras, on July 29, 2026, for "
        "workers of Twin Oaks Agri-Labor Services, LLC, 4471 Highway 182 East, Jeanerette, Louisiana "
        "70544 (H-2A labor contractor).",
        size=9,
        style="I",
        align="L",
        after=4,
    )

    def head(t):
        ensure_space(pdf, 16)
        pdf.f("sans", "B", 10.5)
        pdf.set_text_color(170, 40, 20)
        pdf.cell(0, 5.5, t, **NL)
        pdf.set_text_color(25)
        hline(pdf, pdf.get_y(), color=(170), width=0.3)
        pdf.ln(1.5)

    def bullet(t, size=9.5):
        pdf.f("sans", "", size)
        y = pdf.get_y()
        ensure_space(pdf, 10)
        y = pdf.get_y()
        pdf.set_xy(21, y)
        pdf.cell(4, size * 0.47, "•")
        pdf.set_xy(26, y)
        pdf.multi_cell(pdf.epw - 8, size * 0.47, t, align="L", **NL)
        pdf.ln(1.3)

    head("YOUR JOB")
    bullet(
        "Sugarcane planting and harvest crew: cutting and laying seed cane in the furrows, covering it, "
        "hand-cleaning cane rows, and helping at the harvester and the loader."
    )
    bullet("Fields are in Iberia and St. Mary Parishes, Louisiana.")
    bullet("Work starts August 24, 2026 and ends December 23, 2026.")
    head("HOURS AND PAY")
    bullet("Workday 6:00 a.m. to 4:30 p.m., Monday to Saturday, with a 30-minute lunch.")
    bullet("Pay is $14.83 per hour, paid every Friday by paycheck.")
    bullet("Your pay stub shows the hours you worked, your earnings and every deduction.")
    head("HOUSING, FOOD AND DAILY RIDE")
    bullet(
        "Free housing at the Twin Oaks camp, 4471 Highway 182 East, Jeanerette, with a kitchen you can "
        "use at no charge."
    )
    bullet("A company bus takes you to the fields and back every day for free.")
    head("TRAVEL")
    bullet(
        "Twin Oaks pays your bus to the U.S. Embassy in Tegucigalpa, your visa fee and your flight from "
        "San Pedro Sula to Lafayette. Food money for the trip is paid in your first check."
    )
    head("TOOLS")
    bullet("Cane knives, files, gloves, shin guards and safety glasses are provided free.")
    head("COSTS YOU WILL SEE ON YOUR FIRST PAY STUB")
    bullet(
        "The orientation and safety course you are attending today costs $85.00, which will be taken "
        "out of your first paycheck in the United States."
    )
    bullet(
        "Crew accident coverage is mandatory for all cane workers and costs $12.00 per week, deducted "
        "every Friday."
    )
    bullet("Nothing else is taken out of your check except U.S. taxes if you ask for them.")

    pdf.add_page()
    head("CAMP RULES")
    colw = (pdf.epw - 6) / 2
    y0 = pdf.get_y()
    # DO / DON'T boxes side by side (no charges inside them)
    dos = [
        "Keep your room and the kitchen clean; the cooking schedule is posted every Monday.",
        "Be at the bus at 5:40 a.m.",
        "Report injuries the same day to the crew leader.",
        "Call your family from the camp phone room; Wi-Fi is free.",
    ]
    donts = [
        "No alcohol in the rooms.",
        "No visitors in the rooms after 10:00 p.m.; quiet hours start at 10:00 p.m.",
        "No cooking on hot plates in the bedrooms.",
        "Do not lend your bank card or PIN to anyone.",
    ]
    for k, (title, items, rgb) in enumerate(
        (("DO", dos, (225, 240, 225)), ("DON'T", donts, (250, 228, 224)))
    ):
        x = pdf.l_margin + k * (colw + 6)
        pdf.f("sans", "", 9)
        hs = sum(height_of(pdf, colw - 10, 4.3, "• " + it) + 1.2 for it in items) + 10
        pdf.set_fill_color(*rgb)
        pdf.rect(x, y0, colw, hs, style="F")
        pdf.set_xy(x + 3, y0 + 2)
        pdf.f("sans", "B", 10)
        pdf.cell(colw - 6, 5, title)
        yy = y0 + 8
        pdf.f("sans", "", 9)
        for it in items:
            pdf.set_xy(x + 4, yy)
            pdf.multi_cell(colw - 10, 4.3, "• " + it, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            yy = pdf.get_y() + 1.2
        pdf.set_y(max(pdf.get_y(), y0 + hs))
    pdf.set_y(
        y0
        + max(
            sum(height_of(pdf, colw - 10, 4.3, "• " + it) + 1.2 for it in lst) + 10
            for lst in (dos, donts)
        )
        + 5
    )
    bullet(
        "Passports and visas will be collected by the crew leader when you arrive at the camp and kept "
        "in the office safe until the end of the season."
    )
    bullet(
        "No one may leave the camp after 9:00 p.m. or on Sundays without written permission from the "
        "crew leader."
    )
    head("IF YOU HAVE A PROBLEM")
    bullet(
        "Talk to your crew leader first. You may also call the U.S. Department of Labor at 1-866-487-9243; "
        "no one will lose their job for asking about their pay."
    )
    head("I UNDERSTAND")
    acks = [
        (True, "I received this orientation and a copy of my job order."),
        (True, "I understand that no one may charge me for being hired."),
        (True, "I know the costs listed on page 1 will be taken from my pay."),
        (False, "I need a copy of this handout in Spanish."),
    ]
    for c, t in acks:
        y = pdf.get_y()
        checkbox(pdf, 22, y + 0.4, 3.4, c)
        pdf.set_xy(28, y)
        pdf.f("sans", "", 9.5)
        pdf.multi_cell(pdf.epw - 10, 4.6, t, align="L", **NL)
        pdf.ln(1.6)
    pdf.ln(2)
    sig_block(
        pdf,
        [
            ("Worker", "Kevin Josué Maradiaga Zelaya", "ID 0301-1998-01422"),
            ("Orientation officer", "Lcda. Sonia Marisela Posadas", AG),
            ("Crew leader", "Ruperto Ávila Funes", "Twin Oaks Agri-Labor Services, LLC"),
        ],
        cols=3,
        gap=14,
        size=8,
    )
    fees = [
        fee(
            "training_cost",
            1,
            "The orientation and safety course you are attending today costs $85.00, "
            "which will be taken out of your first paycheck in the United States.",
            85,
            "USD",
        ),
        fee(
            "insurance_cost",
            1,
            "Crew accident coverage is mandatory for all cane workers and costs $12.00 "
            "per week, deducted every Friday.",
            12,
            "USD",
        ),
        fee(
            "document_retention",
            2,
            "Passports and visas will be collected by the crew leader when you "
            "arrive at the camp and kept in the office safe until the end of the season.",
        ),
        fee(
            "movement_restriction",
            2,
            "No one may leave the camp after 9:00 p.m. or on Sundays without "
            "written permission from the crew leader.",
        ),
    ]
    present = {
        "employer_identity": "Twin Oaks Agri-Labor Services, LLC, 4471 Highway 182 East, Jeanerette, Louisiana 70544",
        "job_duties": "Sugarcane planting and harvest crew: cutting and laying seed cane",
        "work_location": "Fields are in Iberia and St. Mary Parishes, Louisiana.",
        "employment_period": "Work starts August 24, 2026 and ends December 23, 2026.",
        "hours_of_work": "Workday 6:00 a.m. to 4:30 p.m., Monday to Saturday",
        "wage_rate": "Pay is $14.83 per hour",
        "pay_frequency": "paid every Friday by paycheck",
        "deductions": "Nothing else is taken out of your check except U.S. taxes if you ask for them.",
        "housing": "Free housing at the Twin Oaks camp, 4471 Highway 182 East, Jeanerette",
        "meals": "with a kitchen you can use at no charge",
        "inbound_transportation": "Twin Oaks pays your bus to the U.S. Embassy in Tegucigalpa, your visa fee and your flight",
        "daily_transportation": "A company bus takes you to the fields and back every day for free.",
        "tools_provided": "Cane knives, files, gloves, shin guards and safety glasses are provided free.",
        "earnings_statements": "Your pay stub shows the hours you worked, your earnings and every deduction.",
    }
    missing = [
        "wage_adjustment",
        "three_fourths_guarantee",
        "return_transportation",
        "workers_compensation",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ]
    traps = [
        "free housing and kitchen, free daily bus, free tools",
        "employer pays embassy bus, visa fee, flight and trip food money",
        "ordinary camp rules (no alcohol, quiet hours, no visitors in rooms after 10 p.m.) are not a movement restriction",
        "'Wi-Fi is free'",
        "'no one will lose their job for asking about their pay' (negated blacklisting)",
        "'no one may charge me for being hired' checkbox (negated fee) next to real charges",
        "English-only handout for Honduran workers; unchecked request for a Spanish copy",
    ]
    return pdf, doc_spec(
        "cf11.pdf",
        "h2a",
        "en",
        fees,
        missing,
        present,
        [AG],
        traps,
        "predeparture_orientation",
        "handout with black title block, red section rules and bullets; "
        "side-by-side DO / DON'T shaded boxes; acknowledgement list with drawn "
        "checkboxes; 3-party signatures; footer on each page",
    )


# ========================================================================================
# cf12  h2b · es · Guatemala (San Marcos -> Louisiana shrimp) · private loan agreement with
#       guarantees, repayment schedule and recruiter receipt
# ========================================================================================
def cf12():
    AG = "Gestiones Laborales Internacionales Tacaná"
    pdf = Doc(
        "Legal",
        margins=(30, 22, 22),
        bottom=24,
        fam="serif",
        title="Contrato de mutuo con garantía",
    )

    def ftr(p):
        p.set_y(p.h - 16)
        p.f("serif", "", 8)
        p.set_text_color(90)
        p.cell(0, 4, f"- {p.page_no()} -", align="C")
        p.set_text_color(25)

    def hdr(p):
        # red left margin rule, as on ruled 'papel de oficio'
        p.set_draw_color(200, 60, 60)
        p.set_line_width(0.3)
        p.line(26, 15, 26, p.h - 20)
        p.set_line_width(0.2)
        p.set_y(22)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    para(
        pdf,
        "CONTRATO DE MUTUO CON GARANTÍA PRENDARIA Y FIANZA SOLIDARIA",
        size=12,
        style="B",
        align="C",
        after=5,
    )
    S = 10.5
    lh = 6.0
    para(
        pdf,
        "En el municipio de San Pedro Sacatepéquez, departamento de San Marcos, el diecinueve de enero "
        "de dos mil veintiséis, NOSOTROS: ROSA AMÉRICA CHOJOLÁN VELÁSQUEZ, de cuarenta y tres años de "
        "edad, casada, comerciante, guatemalteca, de este domicilio, quien se identifica con Documento "
        "Personal de Identificación con Código Único de Identificación dos mil ciento cuarenta y siete "
        "espacio treinta y un mil ochocientos dos espacio cero novecientos dos, y actúa en calidad de "
        "Gerente General y Representante Legal de la entidad INVERSIONES Y PRÉSTAMOS EL TACANÁ, "
        "SOCIEDAD ANÓNIMA, que en adelante se denominará «LA ACREEDORA»; ERWIN RODOLFO BÁMACA "
        "OROZCO, de veintiséis años de edad, soltero, agricultor, guatemalteco, vecino de la aldea "
        "Piedra Grande de este municipio, que en adelante se denominará «EL DEUDOR»; e IRMA LETICIA "
        "OROZCO FUENTES, de cincuenta y un años de edad, viuda, oficios domésticos, guatemalteca, del "
        "mismo domicilio, que en adelante se denominará «LA FIADORA». Los comparecientes aseguramos "
        "hallarnos en el libre ejercicio de nuestros derechos civiles y celebramos CONTRATO DE MUTUO "
        "de conformidad con las cláusulas siguientes:",
        size=S,
        lh=lh,
        after=3,
    )
    cl = [
        (
            "PRIMERA: ANTECEDENTES.",
            "Manifiesta EL DEUDOR que, por medio de la agencia " + AG + ", fue "
            "preseleccionado para trabajar con visa H-2B en la empresa Bayou Sauvage Shrimp Co., Inc., con "
            "domicilio en 218 Shell Road, Delcambre, Luisiana 70528, Estados Unidos de América, en su planta de "
            "Delcambre, como procesador de camarón (descabezar, pelar, clasificar y empacar camarón), del dos "
            "de marzo al treinta y uno de octubre de dos mil veintiséis, con un salario de trece dólares con "
            "ochenta y cuatro centavos (US$ 13.84) por hora, que la empresa paga cada semana.",
        ),
        (
            "SEGUNDA: DEL MUTUO.",
            "LA ACREEDORA entrega en este acto a EL DEUDOR, en calidad de préstamo, "
            "la suma de DIECIOCHO MIL QUETZALES (Q18,000.00), que EL DEUDOR pagará con un interés del cinco "
            "por ciento mensual sobre saldos, mediante depósitos semanales de su salario en los Estados Unidos "
            "a la cuenta de LA ACREEDORA. Cada depósito no será menor de ciento cincuenta dólares (US$ 150.00) "
            "y se hará a partir de la segunda semana de trabajo, hasta la total cancelación de la deuda.",
        ),
        (
            "TERCERA: DESTINO DE LOS FONDOS.",
            "Las partes convienen en que del monto prestado LA ACREEDORA "
            "aplicará directamente, por cuenta de EL DEUDOR, las cantidades siguientes:",
        ),
    ]
    for h, t in cl:
        runin(pdf, h, t, size=S, lh=lh, after=2)
    items = [
        "a) Q4,000.00 por honorarios de gestión de plaza de " + AG + " ante la empresa empleadora;",
        "b) Q1,600.00 por el pago de la cuota de visa en el banco designado por la Embajada;",
        "c) Q3,900.00 por el boleto aéreo de la Ciudad de Guatemala a Houston y el traslado a Delcambre; y",
        "d) el saldo de Q8,500.00, que EL DEUDOR recibe en efectivo para sus gastos personales.",
    ]
    for it in items:
        para(pdf, it, size=S, lh=lh, indent=10, align="L", after=1)
    pdf.ln(1.5)
    cl2 = [
        (
            "CUARTA: GARANTÍAS.",
            "Para garantizar el cumplimiento de esta obligación, EL DEUDOR entrega a LA "
            "ACREEDORA el testimonio de la escritura de propiedad de su terreno ubicado en la aldea Piedra "
            "Grande, que quedará en poder de LA ACREEDORA hasta la total cancelación, y LA FIADORA se "
            "constituye en fiadora solidaria y mancomunada de EL DEUDOR, renunciando al beneficio de excusión.",
        ),
        (
            "QUINTA: VENCIMIENTO ANTICIPADO.",
            "Si EL DEUDOR abandona su empleo en los Estados Unidos, deja de "
            "hacer dos depósitos consecutivos o regresa antes de terminar su contrato, el saldo se tendrá por "
            "vencido y LA ACREEDORA podrá ejecutar la garantía y cobrar, además, una penalización de Q5,000.00.",
        ),
        (
            "SEXTA: GASTOS Y NOTIFICACIONES.",
            "Los gastos de este contrato corren por cuenta de LA ACREEDORA. "
            "EL DEUDOR y LA FIADORA señalan como lugar para recibir notificaciones la aldea Piedra Grande, "
            "San Pedro Sacatepéquez, San Marcos, y aceptan como buenas y exactas las cuentas que LA ACREEDORA "
            "presente.",
        ),
        (
            "SÉPTIMA: ACEPTACIÓN.",
            "Los comparecientes, en los términos relacionados, aceptamos el contenido "
            "del presente contrato, que leemos íntegramente y, bien enterados de su contenido, objeto, validez "
            "y efectos legales, lo ratificamos, aceptamos y firmamos.",
        ),
    ]
    for h, t in cl2:
        runin(pdf, h, t, size=S, lh=lh, after=2)
    sig_block(
        pdf,
        [
            (
                "LA ACREEDORA",
                "Rosa América Chojolán Velásquez",
                "Inversiones y Préstamos El Tacaná, S.A.",
            ),
            ("EL DEUDOR", "Erwin Rodolfo Bámaca Orozco", ""),
            ("LA FIADORA", "Irma Leticia Orozco Fuentes", ""),
        ],
        cols=3,
        gap=16,
        size=8.5,
        fam="serif",
    )
    para(
        pdf,
        "En el municipio de San Pedro Sacatepéquez, departamento de San Marcos, el diecinueve de enero "
        "de dos mil veintiséis, como Notario DOY FE: que las firmas que anteceden son AUTÉNTICAS por "
        "haber sido puestas el día de hoy en mi presencia por las personas arriba mencionadas, quienes "
        "firman nuevamente la presente acta de legalización junto con el Notario que autoriza.",
        size=9.5,
        lh=5.2,
        style="I",
        after=3,
    )
    para(
        pdf,
        "ANTE MÍ:   Lic. Osmar Efraín Fuentes Rabanales, Abogado y Notario, colegiado 11,482",
        size=9,
        style="B",
        align="L",
    )

    # ---- page 2: repayment plan
    pdf.add_page()
    para(
        pdf,
        "ANEXO: PLAN DE PAGOS ESTIMADO (PRIMERAS DOCE SEMANAS)",
        size=11.5,
        style="B",
        align="C",
        after=2,
    )
    para(
        pdf,
        "Tipo de cambio de referencia: Q7.70 por US$ 1.00. Interés del cinco por ciento mensual sobre "
        "saldos, calculado por semana.",
        size=9,
        style="I",
        align="C",
        after=4,
    )
    rows = [
        [
            "Semana",
            "Fecha de depósito",
            "Depósito US$",
            "Depósito Q",
            "Interés Q",
            "Abono a capital Q",
            "Saldo Q",
        ]
    ]
    bal = 18000.0
    rate = 0.05 * 12 / 52
    start = datetime.date(2026, 3, 16)
    for wk in range(1, 13):
        dep_q = 150 * 7.70
        inte = round(bal * rate, 2)
        cap = round(dep_q - inte, 2)
        bal = round(bal - cap, 2)
        d = start + datetime.timedelta(weeks=wk - 1)
        rows.append(
            [
                str(wk),
                d.strftime("%d/%m/%Y"),
                "150.00",
                f"{dep_q:,.2f}",
                f"{inte:,.2f}",
                f"{cap:,.2f}",
                f"{bal:,.2f}",
            ]
        )
    pdf.f("mono", "", 8.5)
    hs = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
    with pdf.table(
        col_widths=(14, 27, 22, 22, 20, 27, 26),
        width=pdf.epw,
        text_align="RIGHT",
        line_height=4.6,
        headings_style=hs,
        padding=1.3,
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    para(
        pdf,
        "El saldo pendiente al terminar la semana doce seguirá pagándose con depósitos semanales hasta "
        "la total cancelación. Los depósitos se hacen en la cuenta monetaria 30-4471-882-6 de "
        "Inversiones y Préstamos El Tacaná, S.A., por remesa.",
        size=9.5,
        lh=5.2,
    )

    # ---- page 3: recruiter receipt
    pdf.add_page()
    pdf.ln(6)
    x0, y0, w0, h0 = 30, pdf.get_y(), pdf.epw, 92
    pdf.set_draw_color(40)
    pdf.set_line_width(0.5)
    pdf.rect(x0, y0, w0, h0)
    pdf.set_line_width(0.2)
    pdf.set_xy(x0 + 5, y0 + 5)
    pdf.f("sans", "B", 9.5)
    pdf.cell(110, 6, AG.upper())
    pdf.f("sans", "B", 11)
    pdf.set_text_color(180, 30, 30)
    pdf.cell(w0 - 120, 6, "RECIBO No. 0412", align="R", **NL)
    pdf.set_text_color(25)
    pdf.set_x(x0 + 5)
    pdf.f("sans", "", 7.5)
    pdf.cell(100, 4, "2a. avenida 4-18 zona 1, San Marcos · Tel. 7760-3319", **NL)
    pdf.set_xy(x0 + w0 - 60, y0 + 18)
    pdf.f("sans", "B", 10)
    pdf.set_fill_color(240, 240, 240)
    pdf.cell(55, 7, "POR Q850.00", border=1, align="C", fill=True)
    pdf.set_xy(x0 + 5, y0 + 30)
    pdf.f("serif", "", 10.5)
    pdf.multi_cell(
        w0 - 10,
        6.2,
        "Recibí del señor Erwin Rodolfo Bámaca Orozco la cantidad de OCHOCIENTOS CINCUENTA "
        "QUETZALES EXACTOS (Q850.00) en concepto de seguro de vida y repatriación obligatorio "
        "para el viaje, póliza colectiva de la agencia.",
        align="J",
        **NL,
    )
    pdf.set_x(x0 + 5)
    pdf.multi_cell(w0 - 10, 6, "San Marcos, 19 de enero de 2026.", align="L", **NL)
    hline(pdf, y0 + h0 - 14, x0 + w0 - 75, x0 + w0 - 10, color=40)
    pdf.set_xy(x0 + w0 - 75, y0 + h0 - 13)
    pdf.f("sans", "", 8)
    pdf.cell(65, 4, "Recibí conforme · sello y firma", align="C")
    # rubber stamp
    pdf.set_draw_color(60, 60, 160)
    pdf.set_text_color(60, 60, 160)
    pdf.set_line_width(0.6)
    pdf.rect(x0 + 12, y0 + h0 - 24, 46, 14, round_corners=True, corner_radius=2)
    pdf.set_xy(x0 + 12, y0 + h0 - 21.5)
    pdf.f("sans", "B", 10)
    pdf.cell(46, 5, "CANCELADO", align="C", **NL)
    pdf.set_x(x0 + 12)
    pdf.f("sans", "", 6.5)
    pdf.cell(46, 3.5, "19 ENE 2026", align="C")
    pdf.set_text_color(25)
    pdf.set_line_width(0.2)
    pdf.set_y(y0 + h0 + 4)
    para(pdf, "Original: cliente · Copia: archivo", size=7.5, style="I", align="L")

    fees = [
        fee(
            "debt_bondage",
            1,
            "LA ACREEDORA entrega en este acto a EL DEUDOR, en calidad de préstamo, la suma "
            "de DIECIOCHO MIL QUETZALES (Q18,000.00), que EL DEUDOR pagará con un interés del cinco por ciento "
            "mensual sobre saldos, mediante depósitos semanales de su salario en los Estados Unidos a la cuenta "
            "de LA ACREEDORA.",
            18000,
            "GTQ",
        ),
        fee(
            "recruitment_fee",
            1,
            "Q4,000.00 por honorarios de gestión de plaza de " + AG + " ante la empresa empleadora",
            4000,
            "GTQ",
        ),
        fee(
            "visa_cost",
            1,
            "Q1,600.00 por el pago de la cuota de visa en el banco designado por la Embajada",
            1600,
            "GTQ",
        ),
        fee(
            "travel_cost",
            1,
            "Q3,900.00 por el boleto aéreo de la Ciudad de Guatemala a Houston y el traslado "
            "a Delcambre",
            3900,
            "GTQ",
        ),
        fee(
            "deposit_or_bond",
            1,
            "Para garantizar el cumplimiento de esta obligación, EL DEUDOR entrega a LA "
            "ACREEDORA el testimonio de la escritura de propiedad de su terreno ubicado en la aldea Piedra "
            "Grande, que quedará en poder de LA ACREEDORA hasta la total cancelación, y LA FIADORA se "
            "constituye en fiadora solidaria y mancomunada de EL DEUDOR, renunciando al beneficio de excusión.",
        ),
        fee(
            "breach_penalty",
            2,
            "Si EL DEUDOR abandona su empleo en los Estados Unidos, deja de hacer dos "
            "depósitos consecutivos o regresa antes de terminar su contrato, el saldo se tendrá por vencido y "
            "LA ACREEDORA podrá ejecutar la garantía y cobrar, además, una penalización de Q5,000.00.",
            5000,
            "GTQ",
        ),
        fee(
            "insurance_cost",
            4,
            "Recibí del señor Erwin Rodolfo Bámaca Orozco la cantidad de OCHOCIENTOS "
            "CINCUENTA QUETZALES EXACTOS (Q850.00) en concepto de seguro de vida y repatriación obligatorio "
            "para el viaje, póliza colectiva de la agencia.",
            850,
            "GTQ",
        ),
    ]
    present = {
        "employer_identity": "Bayou Sauvage Shrimp Co., Inc., con domicilio en 218 Shell Road, Delcambre, Luisiana 70528",
        "job_duties": "como procesador de camarón (descabezar, pelar, clasificar y empacar camarón)",
        "work_location": "en su planta de Delcambre",
        "employment_period": "del dos de marzo al treinta y uno de octubre de dos mil veintiséis",
        "wage_rate": "trece dólares con ochenta y cuatro centavos (US$ 13.84) por hora",
        "pay_frequency": "que la empresa paga cada semana",
    }
    missing = [
        "hours_of_work",
        "wage_adjustment",
        "overtime",
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
    ]
    traps = [
        "'Los gastos de este contrato corren por cuenta de LA ACREEDORA' (lender pays notarial costs)",
        "d) cash balance for personal expenses is part of the loan, not a separate fee",
        "repayment plan table repeats the loan (same debt_bondage finding)",
        "lender (Inversiones y Préstamos El Tacaná, S.A.) is not listed as a recruiter; the agency is",
        "amounts in words and figures (DIECIOCHO MIL QUETZALES (Q18,000.00))",
        "loan repaid by remittance from US wages rather than payroll deduction: still debt_bondage; no payroll deductions listed",
    ]
    return pdf, doc_spec(
        "cf12.pdf",
        "h2b",
        "es",
        fees,
        missing,
        present,
        [AG],
        traps,
        "loan_guarantee_agreement",
        "legal-size Guatemalan private contract with red margin rule, run-in clause "
        "headings, lettered sub-items, 3-party signatures and notarial "
        "legalisation; monospaced repayment grid; boxed receipt with 'CANCELADO' stamp",
    )


# ========================================================================================
# main
# ========================================================================================
BUILDERS = [cf01, cf02, cf03, cf04, cf05, cf06, cf07, cf08, cf09, cf10, cf11, cf12]


def batch_checks(labels, errors):
    progs = [lb["program"] for lb in labels]
    langs = [lb["language"] for lb in labels]
    if len(labels) != 12:
        errors.append(f"{len(labels)} documents, expected 12")
    if sum(lb["scanned"] for lb in labels) != 1:
        errors.append("exactly one document must have a scanned page")
    compliant = [lb["file"] for lb in labels if not lb["fees"] and not lb["missing_terms"]]
    if len(compliant) < 3:
        errors.append(f"only {len(compliant)} compliant documents")
    for lb in labels:
        if not lb["fees"] and not lb["missing_terms"] and len(lb["traps"]) < 3:
            errors.append(f"{lb['file']}: compliant document needs lawful look-alikes")
        groups = {}
        for fe in lb["fees"]:
            if fe["currency"] is not None and not re.fullmatch(r"[A-Z]{3}", fe["currency"]):
                errors.append(f"{lb['file']}: bad currency {fe['currency']}")
            if (fe["amount"] is None) != (fe["currency"] is None):
                errors.append(f"{lb['file']}: amount/currency mismatch in {fe['quote'][:40]}")
            if "group" in fe:
                groups.setdefault(fe["group"], set()).add(fe["category"])
        for g, cats in groups.items():
            if len(cats) != 1:
                errors.append(f"{lb['file']}: group {g} mixes categories {cats}")
    return {
        "programs": {p: progs.count(p) for p in sorted(set(progs))},
        "languages": {l: langs.count(l) for l in sorted(set(langs))},
        "compliant": compliant,
    }


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    errors, labels = [], []
    for build in BUILDERS:
        pdf, spec = build()
        path = out / spec["file"]
        pdf.output(str(path))
        label, errs = make_label(spec, pdf.pages_count)
        errors.extend(errs)
        check_doc(path, spec, label, errors)
        labels.append(label)
    summary = batch_checks(labels, errors)
    text = json.dumps(labels, ensure_ascii=False, indent=1) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")
    committed = HERE / "labels.json"
    if "--write-labels" in argv or not committed.exists():
        committed.write_text(text, encoding="utf-8")
        print(f"wrote {committed}")
    else:
        old = json.loads(committed.read_text(encoding="utf-8"))
        if old != labels:
            byfile = {d.get("file"): d for d in old}
            for lb in labels:
                o = byfile.get(lb["file"])
                if o != lb:
                    keys = sorted(
                        k for k in set(lb) | set(o or {}) if (o or {}).get(k) != lb.get(k)
                    )
                    errors.append(f"{lb['file']}: differs from committed labels.json in {keys}")
            if len(old) != len(labels):
                errors.append("committed labels.json has a different number of documents")
    nfees = sum(len(lb["fees"]) for lb in labels)
    nmiss = sum(len(lb["missing_terms"]) for lb in labels)
    print(
        f"{len(labels)} documents, {nfees} fee quotes, {nmiss} missing-term labels; "
        f"programs {summary['programs']}; languages {summary['languages']}; "
        f"compliant {summary['compliant']}"
    )
    if errors:
        print("SELF-CHECK FAILED:")
        for e in errors:
            print("  -", e)
        return 1
    print(f"self-check OK -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
