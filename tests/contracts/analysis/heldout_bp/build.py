#!/usr/bin/env python3
"""Held-out test batch "bp": twelve recruitment documents with a Central-American and
Mexican flavour (H-2A, H-2B and other corridors), plus their labels.

Usage:  python build.py OUT_DIR

Writes bp01.pdf ... bp12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks page counts, that every labelled fee quote is printed on its
labelled page, that scanned pages carry no text layer, and that every labelled recruiter
name is printed. Exits non-zero on any mismatch.

Deterministic: fixed creation date, fixed random seeds, no clock or environment input.
"""

import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pdfplumber
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime.datetime(2026, 2, 16, 9, 30, 0, tzinfo=datetime.UTC)

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBER = "/usr/share/fonts/truetype/liberation/"
NOTO = "/usr/share/fonts/truetype/noto/"

FONT_FILES = {
    "dsans": (
        DEJAVU,
        [
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf",
        ],
    ),
    "dcond": (
        DEJAVU,
        [
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf",
            "DejaVuSansCondensed-Oblique.ttf",
            "DejaVuSansCondensed-BoldOblique.ttf",
        ],
    ),
    "dserif": (
        DEJAVU,
        [
            "DejaVuSerif.ttf",
            "DejaVuSerif-Bold.ttf",
            "DejaVuSerif-Italic.ttf",
            "DejaVuSerif-BoldItalic.ttf",
        ],
    ),
    "lsans": (
        LIBER,
        [
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf",
        ],
    ),
    "lnarrow": (
        LIBER,
        [
            "LiberationSansNarrow-Regular.ttf",
            "LiberationSansNarrow-Bold.ttf",
            "LiberationSansNarrow-Italic.ttf",
            "LiberationSansNarrow-BoldItalic.ttf",
        ],
    ),
    "lserif": (
        LIBER,
        [
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ],
    ),
    "lmono": (
        LIBER,
        [
            "LiberationMono-Regular.ttf",
            "LiberationMono-Bold.ttf",
            "LiberationMono-Italic.ttf",
            "LiberationMono-BoldItalic.ttf",
        ],
    ),
    "nsans": (
        NOTO,
        [
            "NotoSans-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSans-Italic.ttf",
            "NotoSans-BoldItalic.ttf",
        ],
    ),
}
STYLES = ["", "B", "I", "BI"]


def _font_available(fam):
    base, files = FONT_FILES[fam]
    return all(os.path.exists(base + f) for f in files)


def resolve_family(fam):
    """Noto is optional: fall back to Liberation Sans when it is not installed."""
    if fam == "nsans" and not _font_available("nsans"):
        return "lsans"
    return fam


# ----------------------------------------------------------------------------------------
# Layout toolkit
# ----------------------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(
        self, fmt="letter", margins=(54, 54, 54), bottom=50, body="lserif", title="", author=""
    ):
        super().__init__(orientation="P", unit="pt", format=fmt)
        self._fams = set()
        self.body = self.use(body)
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_creator("bp batch builder")
        self.set_producer("fpdf2")
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.head_fn = None
        self.foot_fn = None
        self.plain_pages = set()

    def use(self, fam):
        fam = resolve_family(fam)
        if fam not in self._fams:
            base, files = FONT_FILES[fam]
            for st, f in zip(STYLES, files):
                self.add_font(fam, st, base + f)
            self._fams.add(fam)
        return fam

    def header(self):
        if self.head_fn and self.page_no() not in self.plain_pages:
            self.head_fn(self)

    def footer(self):
        if self.foot_fn and self.page_no() not in self.plain_pages:
            self.foot_fn(self)


def _md_safe(text):
    assert "__" not in text and "--" not in text, text


def para(
    pdf,
    text,
    size=10,
    style="",
    align="J",
    lh=None,
    font=None,
    indent=0,
    color=(0, 0, 0),
    md=False,
    after=4,
    fill=None,
):
    fam = pdf.use(font) if font else pdf.body
    if md:
        _md_safe(text)
    pdf.set_font(fam, style, size)
    pdf.set_text_color(*color)
    if fill:
        pdf.set_fill_color(*fill)
    lh = lh or size * 1.32
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        pdf.epw - indent,
        lh,
        text,
        align=align,
        markdown=md,
        fill=bool(fill),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def clause(pdf, label, text, size=10, align="J", font=None, after=5, indent=0):
    para(
        pdf,
        f"**{label}** {text}",
        size=size,
        align=align,
        font=font,
        md=True,
        after=after,
        indent=indent,
    )


def heading(
    pdf,
    text,
    size=11,
    align="L",
    font=None,
    color=(0, 0, 0),
    fill=None,
    after=4,
    before=2,
    style="B",
    textcolor=None,
):
    fam = pdf.use(font) if font else pdf.body
    if before:
        pdf.ln(before)
    pdf.set_font(fam, style, size)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.set_text_color(*(textcolor or color))
    pdf.multi_cell(
        pdf.epw,
        size * 1.45,
        text,
        align=align,
        fill=bool(fill),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
        padding=(2, 4, 2, 4) if fill else 0,
    )
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def bullets(
    pdf, items, size=10, bullet="\u2022", indent=14, after=4, font=None, lh=None, align="L"
):
    fam = pdf.use(font) if font else pdf.body
    lh = lh or size * 1.32
    for it in items:
        pdf.set_font(fam, "", size)
        pdf.set_x(pdf.l_margin + indent - 10)
        pdf.cell(10, lh, bullet)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, lh, it, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    if after:
        pdf.ln(after)


def grid_table(
    pdf,
    rows,
    widths,
    size=9,
    font=None,
    head=True,
    head_fill=(225, 225, 225),
    label_fill=None,
    lh=None,
    borders="ALL",
    after=8,
    align="LEFT",
):
    fam = pdf.use(font) if font else pdf.body
    pdf.set_font(fam, "", size)
    lh = lh or size * 1.3
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        text_align=align,
        line_height=lh,
        first_row_as_headings=head,
        v_align="TOP",
        borders_layout=borders,
        padding=(2.5, 4, 2.5, 4),
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
    ) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for j, c in enumerate(r):
                if label_fill and j == 0 and not (head and i == 0):
                    row.cell(c, style=FontFace(emphasis="BOLD", fill_color=label_fill))
                else:
                    row.cell(c)
    pdf.ln(after)


def sig_block(pdf, cols, size=9, font=None, fingerprint=None, gap=34, before=14):
    """cols: list of (role, name, caption). fingerprint: label for a box after the last
    column (or None)."""
    fam = pdf.use(font) if font else pdf.body
    pdf.ln(before)
    n = len(cols)
    fp_w = 62 if fingerprint else 0
    avail = pdf.epw - fp_w - (10 if fingerprint else 0)
    colw = avail / n
    y0 = pdf.get_y()
    for i, (role, name, cap) in enumerate(cols):
        x = pdf.l_margin + i * colw
        pdf.set_xy(x, y0)
        pdf.set_font(fam, "B", size)
        pdf.cell(colw - 12, size * 1.3, role)
        pdf.set_draw_color(60, 60, 60)
        pdf.line(x, y0 + gap, x + colw - 18, y0 + gap)
        pdf.set_xy(x, y0 + gap + 2)
        pdf.set_font(fam, "", size)
        pdf.multi_cell(colw - 14, size * 1.25, name, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        if cap:
            pdf.set_x(x)
            pdf.set_font(fam, "I", size - 1)
            pdf.multi_cell(colw - 14, size * 1.2, cap, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    if fingerprint:
        x = pdf.l_margin + pdf.epw - fp_w
        pdf.set_draw_color(90, 90, 90)
        pdf.rect(x, y0, fp_w, 72)
        pdf.set_xy(x, y0 + 74)
        pdf.set_font(fam, "", size - 1.5)
        pdf.cell(fp_w, size, fingerprint, align="C")
    pdf.set_xy(pdf.l_margin, y0 + 90)


def band_header(
    color, title, sub, font="dsans", tsize=13, ssize=8, height=58, textcolor=(255, 255, 255)
):
    def fn(pdf):
        fam = pdf.use(font)
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, pdf.w, height, style="F")
        pdf.set_text_color(*textcolor)
        pdf.set_xy(pdf.l_margin, 14)
        pdf.set_font(fam, "B", tsize)
        pdf.cell(pdf.epw, tsize * 1.2, title)
        pdf.set_xy(pdf.l_margin, 16 + tsize * 1.25)
        pdf.set_font(fam, "", ssize)
        pdf.cell(pdf.epw, ssize * 1.3, sub)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin, height + 18)

    return fn


def page_footer(text, font="dsans", size=7.5, color=(110, 110, 110), total=None):
    def fn(pdf):
        fam = pdf.use(font)
        pdf.set_y(-34)
        pdf.set_font(fam, "", size)
        pdf.set_text_color(*color)
        pg = f"{pdf.page_no()}" + (f" / {total}" if total else "")
        pdf.cell(pdf.epw * 0.8, size * 1.3, text, align="L")
        pdf.cell(pdf.epw * 0.2, size * 1.3, pg, align="R")
        pdf.set_text_color(0, 0, 0)

    return fn


# ----------------------------------------------------------------------------------------
# Scanned page (image only)
# ----------------------------------------------------------------------------------------


def _wrap(draw, text, font, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_scan(blocks, w_pt, h_pt, seed, dpi=150):
    """Render text blocks onto a grey page image with noise, a slight skew and blur.
    blocks: list of (kind, payload): title | p | clause (label, text) | sig [(role, name)]
    | small | gap"""
    W, H = int(w_pt / 72 * dpi), int(h_pt / 72 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    px = dpi / 72.0
    f_reg = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", int(10.5 * px))
    f_bold = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", int(10.5 * px))
    f_title = ImageFont.truetype(DEJAVU + "DejaVuSerif-Bold.ttf", int(12.5 * px))
    f_small = ImageFont.truetype(DEJAVU + "DejaVuSerif.ttf", int(9 * px))
    rng = np.random.default_rng(seed)
    margin = int(62 * px)
    y = int(60 * px)
    ink = 28
    lh = int(10.5 * px * 1.42)
    width = W - 2 * margin
    for kind, payload in blocks:
        if kind == "title":
            tw = d.textlength(payload, font=f_title)
            d.text(((W - tw) / 2, y), payload, font=f_title, fill=ink)
            y += int(lh * 1.6)
        elif kind == "p":
            for ln in _wrap(d, payload, f_reg, width):
                d.text((margin, y), ln, font=f_reg, fill=ink)
                y += lh
            y += int(lh * 0.5)
        elif kind == "small":
            for ln in _wrap(d, payload, f_small, width):
                d.text((margin, y), ln, font=f_small, fill=ink + 20)
                y += int(lh * 0.9)
            y += int(lh * 0.4)
        elif kind == "clause":
            label, text = payload
            lw = d.textlength(label + " ", font=f_bold)
            d.text((margin, y), label, font=f_bold, fill=ink)
            first = _wrap(d, text, f_reg, width - lw)
            # first line after the label, rest at full width
            words = text.split()
            cur, rest_i = "", 0
            for i, wd in enumerate(words):
                t = (cur + " " + wd).strip()
                if d.textlength(t, font=f_reg) <= width - lw or not cur:
                    cur, rest_i = t, i + 1
                else:
                    break
            d.text((margin + lw, y), cur, font=f_reg, fill=ink)
            y += lh
            rest = " ".join(words[rest_i:])
            if rest:
                for ln in _wrap(d, rest, f_reg, width):
                    d.text((margin, y), ln, font=f_reg, fill=ink)
                    y += lh
            y += int(lh * 0.5)
            del first
        elif kind == "sig":
            n = len(payload)
            colw = width // n
            y += int(lh * 2.4)
            for i, (role, name) in enumerate(payload):
                x = margin + i * colw
                d.line((x, y, x + colw - 40, y), fill=ink, width=2)
                # a hand-drawn scribble standing in for the signature
                pts, sx, sy = [], x + 30, y - 18
                for _k in range(26):
                    sx += float(rng.uniform(4, 13))
                    sy = y - 18 + float(rng.normal(0, 7))
                    pts.append((sx, sy))
                d.line(pts, fill=ink + 15, width=2, joint="curve")
                d.text((x, y + 6), name, font=f_reg, fill=ink)
                d.text((x, y + 6 + lh), role, font=f_small, fill=ink + 20)
            y += int(lh * 3)
        elif kind == "gap":
            y += int(lh * payload)
    arr = np.asarray(img).astype(np.float32)
    # paper tone and sensor noise
    arr = arr * 0.93 + 10
    arr += rng.normal(0, 7.5, arr.shape)
    # a few dust specks
    for _ in range(140):
        cx, cy = int(rng.integers(0, W)), int(rng.integers(0, H))
        arr[max(0, cy - 1) : cy + 1, max(0, cx - 1) : cx + 1] -= float(rng.integers(40, 120))
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, mode="L")
    img = img.rotate(0.45, resample=Image.BICUBIC, expand=False, fillcolor=236)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.55))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=80, optimize=False)
    buf.seek(0)
    return buf


def add_scanned_page(pdf, blocks, seed):
    pdf.plain_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    buf = render_scan(blocks, pdf.w, pdf.h, seed)
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# ----------------------------------------------------------------------------------------
# Label helpers
# ----------------------------------------------------------------------------------------


def fee(category, severity, page, amount, currency, quote, group=None):
    d = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": (float(amount) if amount is not None else None),
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        d["group"] = group
    return d


def label(
    file, program, language, scanned, pages, fees, missing, recruiters, traps, doc_type, layout
):
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


# ========================================================================================
# bp01  H-2A  es  recruiter agreement (Guatemala, Huehuetenango)
# ========================================================================================


def bp01(out):
    AG = "Enlace Laboral Cuchumatanes, S.A."
    Q_RF = (
        "Por la inscripción en el grupo de la temporada 2026, EL TRABAJADOR cubrirá a "
        "LA AGENCIA una cuota de Q3,500.00 para apartar su lugar, que pagará en efectivo "
        "en la oficina antes de la entrevista consular."
    )
    Q_BOND = (
        "Para asegurar que EL TRABAJADOR cumpla la temporada completa, firmará a favor "
        "de LA AGENCIA un pagaré por Q15,000.00, que se le devolverá cuando se presente "
        "en esta oficina a su regreso."
    )
    Q_DOC = (
        "LA AGENCIA resguardará el pasaporte de EL TRABAJADOR en su caja fuerte desde la "
        "entrega de la visa hasta el día del viaje, y en Georgia lo guardará el mayordomo "
        "de la finca hasta el final de la temporada."
    )

    pdf = Doc(body="lserif", title="Contrato de servicios de reclutamiento H-2A", author=AG)
    pdf.head_fn = band_header(
        (70, 78, 86),
        "ENLACE LABORAL CUCHUMATANES, S.A.",
        "Reclutamiento y colocación de personal  ·  4a. Calle 5-27, "
        "Zona 1, Huehuetenango  ·  Tel. 7764-2190  ·  Registro "
        "MINTRAB-AC-0418",
        font="lsans",
    )
    pdf.foot_fn = page_footer(
        "Contrato ELC-H2A-2026-0093  ·  Temporada de arándano 2026", font="lsans", total=2
    )
    pdf.add_page()
    heading(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO PARA TRABAJO AGRÍCOLA "
        "TEMPORAL EN LOS ESTADOS UNIDOS DE AMÉRICA (VISA H-2A)",
        size=11.5,
        align="C",
        before=0,
        after=6,
    )
    para(
        pdf,
        "En la ciudad de Huehuetenango, el nueve de febrero de dos mil veintiséis, "
        "comparecen por una parte Enlace Laboral Cuchumatanes, S.A., representada por su "
        "gerente general, Licenciada Mirna Elizabeth Castañeda Recinos, en adelante "
        '"LA AGENCIA"; y por la otra parte Baltazar Domingo Pérez Ramírez, de treinta y '
        "un años, agricultor, vecino de la aldea Chiabal, Todos Santos Cuchumatán, quien "
        "se identifica con el Documento Personal de Identificación (DPI) número "
        '2716 48213 1327, en adelante "EL TRABAJADOR". Ambos convienen en celebrar el '
        "presente contrato conforme a las cláusulas siguientes:",
        size=10,
    )
    clause(
        pdf,
        "PRIMERA. Objeto.",
        'LA AGENCIA, por encargo de Altamaha Berry Farms, LLC (en adelante "LA EMPRESA"), '
        "ha seleccionado a EL TRABAJADOR para el puesto que se describe en el cuadro "
        "siguiente, conforme a la orden de trabajo aprobada por el Departamento de Trabajo "
        "de los Estados Unidos:",
    )
    rows = [
        ["Concepto", "Condición"],
        [
            "Empleador",
            "Altamaha Berry Farms, LLC, 2250 Pine Bluff Church Road, Alma, Georgia 31510, EE. UU.",
        ],
        [
            "Puesto y tareas",
            "Cosechador de arándano: corte a mano, llenado y acarreo de "
            "cubetas a la estación de pesaje; deshierbe y poda ocasional.",
        ],
        ["Lugar de trabajo", "Huertos de LA EMPRESA en los condados de Bacon y Appling, Georgia."],
        ["Periodo", "Del 6 de abril al 20 de julio de 2026."],
        ["Jornada", "8 horas diarias, de lunes a sábado (48 horas por semana)."],
        ["Salario", "$14.83 por hora, o $0.55 por libra cosechada cuando resulte mayor."],
        [
            "Ajustes de salario",
            "Si durante el contrato sube el AEWR, el salario prevaleciente "
            "o el mínimo legal, LA EMPRESA paga la tarifa más alta.",
        ],
        ["Frecuencia de pago", "Semanal, cada viernes, con cheque o depósito."],
        [
            "Descuentos",
            "Solo los impuestos que correspondan por ley y los que EL TRABAJADOR "
            "autorice por escrito.",
        ],
        [
            "Vivienda",
            "Gratuita, en el campamento de LA EMPRESA, 418 Old Nicholls Highway, Alma, Georgia.",
        ],
        ["Comidas", "Cocina equipada sin costo en cada casa del campamento."],
        [
            "Viaje de ida",
            "LA EMPRESA reembolsa el pasaje desde Huehuetenango y los viáticos "
            "del camino en el primer cheque.",
        ],
        [
            "Viaje de regreso",
            "LA EMPRESA paga el pasaje de regreso a Huehuetenango al completar el contrato.",
        ],
        ["Transporte diario", "Gratuito, en autobús de LA EMPRESA, del campamento a los huertos."],
        ["Herramientas", "Cubetas, arneses y tijeras, entregados sin costo."],
        ["Requisitos", "Tres meses de experiencia en cosecha manual; poder cargar 20 kilos."],
    ]
    grid_table(
        pdf,
        rows,
        (26, 74),
        size=9,
        font="lsans",
        label_fill=(242, 242, 242),
        head_fill=(205, 210, 215),
        after=7,
    )
    clause(
        pdf,
        "SEGUNDA. De los pagos.",
        Q_RF + " El arancel de la visa lo adelanta LA AGENCIA por cuenta de LA EMPRESA, de "
        "modo que EL TRABAJADOR no paga nada por la visa ni se le descuenta de su salario.",
    )

    pdf.add_page()
    clause(pdf, "TERCERA. De la garantía de cumplimiento.", Q_BOND)
    clause(
        pdf,
        "CUARTA. De los documentos.",
        Q_DOC + " El DPI queda en todo momento en poder de EL TRABAJADOR.",
    )
    clause(
        pdf,
        "QUINTA. De la terminación.",
        "LA EMPRESA solo puede despedir a EL TRABAJADOR por causa justificada, explicada por "
        "escrito. Si EL TRABAJADOR falta cinco días de trabajo seguidos sin avisar, se "
        "considerará que abandonó el empleo y LA EMPRESA deberá notificarlo al Departamento "
        "de Trabajo y al Departamento de Seguridad Nacional de los Estados Unidos.",
    )
    clause(
        pdf,
        "SEXTA. De las quejas.",
        "EL TRABAJADOR puede presentar quejas ante la Inspección General de Trabajo, el "
        "consulado de Guatemala o cualquier organización, sin que por ello pierda su lugar "
        "ni sea excluido de futuras temporadas.",
    )
    clause(
        pdf,
        "SÉPTIMA. De la comisión de LA AGENCIA.",
        "LA EMPRESA paga a LA AGENCIA una comisión por cada trabajador que llega a la finca; "
        "esa comisión no se descuenta del salario de EL TRABAJADOR.",
    )
    clause(
        pdf,
        "OCTAVA. De la jurisdicción.",
        "Para cualquier controversia derivada de este contrato, las partes se someten a los "
        "tribunales del departamento de Huehuetenango.",
    )
    clause(
        pdf,
        "NOVENA. Aceptación.",
        "Leído íntegramente el presente contrato y enteradas las partes de su contenido, "
        "objeto, validez y efectos legales, lo ratifican y firman en dos ejemplares, y EL "
        "TRABAJADOR estampa además la huella digital de su pulgar derecho.",
    )
    sig_block(
        pdf,
        [
            (
                "POR LA AGENCIA",
                "Licda. Mirna Elizabeth Castañeda Recinos",
                "Gerente General, firma y sello",
            ),
            ("EL TRABAJADOR", "Baltazar Domingo Pérez Ramírez", "DPI 2716 48213 1327"),
        ],
        font="lsans",
        fingerprint="Huella",
    )
    pdf.output(os.path.join(out, "bp01.pdf"))

    return label(
        "bp01.pdf",
        "h2a",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 3500, "GTQ", Q_RF),
            fee("deposit_or_bond", "violation", 2, 15000, "GTQ", Q_BOND),
            fee("document_retention", "violation", 2, None, None, Q_DOC),
        ],
        [
            "three_fourths_guarantee",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
        [AG],
        [
            "visa fee advanced by the agency for the employer, not charged or deducted "
            "(negated visa cost)",
            "free housing (h2a)",
            "free equipped kitchen",
            "inbound fare and subsistence reimbursed in first paycheck",
            "tools free",
            "worker keeps the DPI (only the passport is retained)",
            "complaints allowed without exclusion from future seasons (negated blacklisting)",
            "agency commission paid by the employer, not deducted",
        ],
        "recruiter_agreement",
        "single column, Letter; dark header band with agency letterhead; gridded 2-column "
        "terms table with shaded labels; numbered cláusulas; signature block with fingerprint "
        "box",
    )


# ========================================================================================
# bp02  H-2A  en  job order (North Carolina)  -- compliant
# ========================================================================================


def bp02(out):
    RC = "Reclutamiento Agrícola del Bajío, S.C."
    pdf = Doc(
        body="nsans",
        margins=(50, 50, 50),
        bottom=46,
        title="H-2A Clearance Order Addendum",
        author="Contentnea Creek Produce, Inc.",
    )
    pdf.head_fn = band_header(
        (34, 85, 60),
        "H-2A AGRICULTURAL CLEARANCE ORDER  ·  ADDENDUM A",
        "Contentnea Creek Produce, Inc.  ·  Order No. NC-2026-03188  ·  "
        "Period of employment: April 15, 2026 to November 20, 2026",
        font="nsans",
        tsize=12.5,
    )
    pdf.foot_fn = page_footer(
        "Form ETA-790A Addendum A  ·  Contentnea Creek Produce, Inc.  ·  Page",
        font="nsans",
        total=3,
    )
    sec_fill = (222, 234, 226)

    def sec(t):
        heading(pdf, t, size=10, fill=sec_fill, before=3, after=4, font="nsans")

    def item(n, t, text):
        clause(pdf, f"{n}. {t}.", text, size=9.2, after=3.5)

    pdf.add_page()
    sec("A.  EMPLOYER AND JOB")
    rows = [
        ["Item", "Details"],
        [
            "Employer",
            "Contentnea Creek Produce, Inc., 4117 Speights Chapel Road, Snow Hill, "
            "North Carolina 28580  ·  (252) 747-0193  ·  FEIN 56-2841907",
        ],
        ["Job title", "Farmworkers and Laborers, Crop (SOC 45-2092), 42 openings"],
        [
            "Duties",
            "Transplant tobacco and sweet potato slips by hand and on a mechanical "
            "transplanter (feed slips into the transplanter wheel); hoe and pull weeds; "
            "top and sucker tobacco; hand-harvest sweet potatoes behind the digger, grade "
            "them into half-bushel buckets and carry the buckets to the bin trailer.",
        ],
        [
            "Worksites",
            "Employer farms in Greene County and Lenoir County, North Carolina "
            "(listed in Section F).",
        ],
        ["Period", "April 15, 2026 to November 20, 2026"],
        [
            "Hours",
            "40 hours per week, Monday to Saturday, usually 7:00 a.m. to 3:30 p.m. with "
            "a 30-minute unpaid lunch.",
        ],
        [
            "Requirements",
            "Able to lift and carry 50-pound buckets repeatedly and to work "
            "outdoors in heat. No experience, education or certification "
            "required.",
        ],
    ]
    grid_table(
        pdf,
        rows,
        (20, 80),
        size=8.8,
        font="nsans",
        label_fill=(246, 246, 246),
        head_fill=(200, 220, 205),
        after=6,
    )
    sec("B.  PAY")
    item(
        1,
        "Wage rate",
        "The employer will pay at least $16.16 per hour. Sweet potato harvest may be paid at "
        "$0.65 per half-bushel bucket; if a worker's piece-rate earnings in a pay period are "
        "lower than $16.16 for each hour worked, the employer makes up the difference.",
    )
    item(
        2,
        "Wage adjustments",
        "If during the contract the Adverse Effect Wage Rate, the prevailing wage, or the "
        "federal or state minimum wage rises above the rate offered, the employer will pay "
        "the higher rate from its effective date.",
    )
    item(3, "Pay frequency", "Workers are paid every week, on Friday, by check or direct deposit.")
    item(
        4,
        "Earnings statements",
        "With each payment the worker receives a written statement showing hours offered, "
        "hours actually worked, piece units and rates, total earnings, every deduction and "
        "its purpose, net pay, and the employer's name, address and FEIN.",
    )
    item(
        5,
        "Deductions",
        "The employer deducts only: Social Security, Medicare and income taxes where required "
        "by law; child-support garnishments ordered by a court; and voluntary items the "
        "worker authorizes in writing for the worker's own benefit, such as money transfers "
        "home. No deduction is made for housing, transportation, tools, recruitment or visa "
        "costs.",
    )
    item(
        6,
        "Three-fourths guarantee",
        "The employer guarantees to offer each worker employment for at least three-fourths "
        "of the workdays of the contract period, counted from the first workday after arrival "
        "to the end date. If it offers less, it will pay the amount the worker would have "
        "earned for the guaranteed days.",
    )

    pdf.add_page()
    sec("C.  HOUSING, MEALS AND TRANSPORTATION")
    item(
        7,
        "Housing",
        "Free housing that meets federal and state standards is provided to workers who cannot "
        "reasonably return home each day, at 4121 Speights Chapel Road, Snow Hill, NC (four "
        "houses, 48 beds). No deposit is charged for beds, bedding or keys, and workers are "
        "not charged for ordinary wear and tear.",
    )
    item(
        8,
        "Meals",
        "Each house has a full kitchen with stoves, refrigerators and cooking utensils, free of "
        "charge, so workers can prepare their own meals. No meals are sold to workers. Free "
        "coffee and ice water are available at the packing shed.",
    )
    item(
        9,
        "Inbound transportation",
        "A worker who completes 50 percent of the work contract period will be reimbursed for "
        "reasonable costs of travel and daily subsistence from the place of recruitment to the "
        "place of employment. If these costs bring the worker's first-week earnings below the "
        "federal minimum wage, the employer reimburses them in the first workweek.",
    )
    item(
        10,
        "Return transportation",
        "A worker who completes the contract, or whose employment ends under the contract "
        "impossibility clause, will have return transportation and daily subsistence to the "
        "place of recruitment provided or paid by the employer.",
    )
    item(
        11,
        "Daily transportation",
        "Free daily transportation between the housing and the worksites is provided in "
        "insured vehicles driven by licensed drivers.",
    )
    sec("D.  TOOLS, INSURANCE, DOCUMENTS AND RECRUITMENT")
    item(
        12,
        "Tools",
        "All tools, supplies and equipment required for the job (hoes, buckets, gloves, rain "
        "ponchos) are provided free of charge and without any deposit.",
    )
    item(
        13,
        "Workers' compensation",
        "Workers are covered by workers' compensation insurance at no cost to them. Carrier: "
        "Tar River Mutual Insurance Co., Policy No. WC-2026-441870.",
    )
    item(
        14,
        "Documents",
        "Workers keep their own passports, visas and identity papers at all times. A free "
        "lockable box is available in each house.",
    )
    item(
        15,
        "Recruitment",
        "The employer recruits in Mexico through Reclutamiento Agrícola del Bajío, S.C., of "
        "Celaya, Guanajuato, and pays all of its fees. No worker may be charged any fee, "
        "deposit or payment of any kind for being recruited or hired, and the recruiter's "
        "contract forbids it. A worker who is asked for money should call the employer or the "
        "U.S. Department of Labor at 1-866-487-9243.",
    )

    pdf.add_page()
    sec("E.  RULES")
    item(
        16,
        "Termination and abandonment",
        "A worker may be terminated for cause, for example violence, theft, or failing to meet "
        "the minimum productivity standard of 14 buckets per hour after the third day and a "
        "written warning. A worker who fails to report for 5 consecutive working days without "
        "the employer's consent is deemed to have abandoned the job; the employer will notify "
        "the Department of Labor and DHS, and is then not responsible for return "
        "transportation or the three-fourths guarantee.",
    )
    item(
        17,
        "Contract impossibility",
        "If the contract cannot be completed because of fire, flood, hurricane, crop failure or "
        "another Act of God, the employer may end it with notice; it will pay the three-fourths "
        "guarantee for the period up to termination and the worker's return transportation and "
        "subsistence.",
    )
    item(
        18,
        "Complaints",
        "Workers may file complaints with the U.S. Department of Labor or talk to any advocate "
        "or attorney. The employer will not retaliate against, blacklist, or refuse to rehire "
        "any worker for doing so.",
    )
    item(
        19,
        "Language",
        "A Spanish translation of this job order is given to every worker "
        "before the visa interview.",
    )
    sec("F.  WORKSITES")
    rows = [
        ["Farm", "Address", "County", "Crops"],
        ["Home Farm", "4117 Speights Chapel Road, Snow Hill", "Greene", "Tobacco, sweet potatoes"],
        ["Rainbow Farm", "2860 Hwy 58 South, Snow Hill", "Greene", "Sweet potatoes"],
        ["Moss Hill Farm", "5532 Moss Hill Road, Kinston", "Lenoir", "Tobacco"],
    ]
    grid_table(pdf, rows, (20, 42, 14, 24), size=8.8, font="nsans", head_fill=(200, 220, 205))
    para(
        pdf,
        "Employer's attestation: the terms above are the actual terms of employment and "
        "will be provided to every worker in this occupation.",
        size=9,
        font="nsans",
        style="I",
    )
    sig_block(
        pdf,
        [
            ("EMPLOYER", "Hollis R. Sutton, President", "Date: March 2, 2026"),
            ("WORKER'S ACKNOWLEDGMENT", "Worker name and signature", "Received a copy in Spanish"),
        ],
        font="nsans",
    )
    pdf.output(os.path.join(out, "bp02.pdf"))

    return label(
        "bp02.pdf",
        "h2a",
        "en",
        False,
        3,
        [],
        [],
        [RC],
        [
            "'feed slips into the transplanter' is a job duty",
            "'coffee' contains 'fee'; free coffee",
            "free housing, no deposit for bedding or keys",
            "not charged for ordinary wear and tear (negated damage chargeback)",
            "free kitchen; no meals sold",
            "inbound travel reimbursed (first workweek if needed)",
            "tools free, no deposit",
            "workers' compensation at no cost",
            "workers keep passports",
            "recruiter paid by the employer; no fee of any kind (negated recruitment fee)",
            "lawful statutory deductions (taxes, court garnishment)",
            "no deduction for housing/transport/tools/visa (negated)",
            "no retaliation or blacklisting (negated)",
            "lawful abandonment rule (no return fare after abandonment)",
        ],
        "job_order",
        "ETA-790A-style addendum; green header band; shaded section bars A-F; numbered items; "
        "gridded summary and worksite tables; signature block",
    )


# ========================================================================================
# bp03  H-2A  es  work contract (Nuevo León -> Louisiana), page 3 scanned
# ========================================================================================


def bp03(out):
    Q_WW = (
        "EL PATRÓN retendrá el diez por ciento (10%) de cada cheque semanal y lo entregará "
        "como bono de fin de zafra únicamente a quien termine el contrato."
    )
    Q_HC = (
        "Por la luz, el agua y el gas de la vivienda se descontarán $20.00 por semana de "
        "cada cheque."
    )
    Q_TC = (
        "El pasaje de autobús de Monterrey a New Iberia, de unos 2,300 pesos, y las "
        "comidas del camino corren por cuenta de EL TRABAJADOR y no se le reembolsan."
    )
    pdf = Doc(
        body="dserif",
        margins=(58, 50, 58),
        bottom=50,
        title="Contrato individual de trabajo agrícola temporal H-2A",
        author="Bayou Teche Cane Growers, L.L.C.",
    )

    def head(p):
        fam = p.use("dserif")
        p.set_xy(p.l_margin, 30)
        p.set_font(fam, "B", 12)
        p.cell(
            p.epw,
            15,
            "BAYOU TECHE CANE GROWERS, L.L.C.",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_font(fam, "", 8)
        p.cell(
            p.epw,
            11,
            "8807 Loreauville Road, New Iberia, Louisiana 70563, EE. UU.  ·  "
            "Tel. +1 (337) 555-0136",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_draw_color(0, 0, 0)
        p.set_line_width(1.2)
        p.line(p.l_margin, 62, p.w - p.r_margin, 62)
        p.set_line_width(0.4)
        p.line(p.l_margin, 65, p.w - p.r_margin, 65)
        p.set_line_width(0.2)
        p.set_xy(p.l_margin, 78)

    pdf.head_fn = head
    pdf.foot_fn = page_footer("Contrato BTC-H2A-2026-117  ·  Zafra 2026", font="dserif", total=3)
    pdf.add_page()
    heading(
        pdf,
        "CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA TEMPORAL\nPROGRAMA H-2A  ·  "
        "TEMPORADA DE ZAFRA 2026",
        size=11,
        align="C",
        before=0,
        after=6,
    )
    para(
        pdf,
        "Contrato que celebran, por una parte, Bayou Teche Cane Growers, L.L.C., con "
        "domicilio en 8807 Loreauville Road, New Iberia, Louisiana 70563, Estados Unidos, "
        "representada por su gerente de campo, Sr. Clément J. Broussard, en adelante "
        '"EL PATRÓN"; y por la otra, el Sr. Rigoberto Salinas Huerta, originario de '
        'Cadereyta Jiménez, Nuevo León, México, en adelante "EL TRABAJADOR", al tenor '
        "de las siguientes cláusulas. Los datos principales del empleo son:",
        size=9.6,
    )
    rows = [
        ["Puesto", "Trabajador agrícola de caña de azúcar"],
        [
            "Tareas",
            "Siembra de caña a mano (colocar y tapar trozos de caña en el surco), "
            "deshierbe con azadón, limpieza de canales y apoyo en la cosecha mecánica.",
        ],
        ["Lugar", "Campos de EL PATRÓN en las parroquias de Iberia y St. Martin, Louisiana."],
        ["Vigencia", "Del 3 de agosto al 18 de diciembre de 2026."],
        ["Jornada", "De lunes a sábado, de 6:00 a 14:30 horas; 48 horas por semana."],
        ["Salario", "$14.53 dólares por hora."],
        ["Pago", "Semanal, los jueves."],
        ["Requisitos", "Una zafra de experiencia en siembra o corte de caña; mayor de 18 años."],
    ]
    grid_table(pdf, rows, (20, 80), size=9, head=False, label_fill=(238, 238, 238), after=7)
    clause(
        pdf,
        "PRIMERA. Salario y pago.",
        "EL PATRÓN pagará a EL TRABAJADOR $14.53 dólares por cada hora trabajada, cada "
        "semana, los jueves. Además pagará un bono de asistencia de $0.50 por hora a quien "
        "no falte ningún día del mes.",
        size=9.6,
    )
    clause(pdf, "SEGUNDA. Retención.", Q_WW, size=9.6)
    clause(
        pdf,
        "TERCERA. Descuentos.",
        "De cada cheque se descontarán los impuestos que exija la ley, las cantidades que "
        "EL TRABAJADOR autorice por escrito y el cargo de servicios de la vivienda señalado "
        "en la cláusula cuarta.",
        size=9.6,
    )
    clause(
        pdf,
        "CUARTA. Vivienda y cocina.",
        "EL PATRÓN proporciona vivienda sin renta en sus casas de 8811 Loreauville Road, "
        "New Iberia, con cocina equipada (estufa, refrigerador y trastes) sin costo para que "
        "los trabajadores preparen sus alimentos. " + Q_HC,
        size=9.6,
    )
    clause(
        pdf,
        "QUINTA. Herramientas y seguro.",
        "EL PATRÓN entrega sin costo ni depósito machetes, azadones, guantes y lentes de "
        "seguridad. EL TRABAJADOR está cubierto por el seguro de compensación para "
        "trabajadores (workers' compensation) de EL PATRÓN, póliza número LA-WC-77120, sin "
        "costo para él.",
        size=9.6,
    )

    pdf.add_page()
    clause(
        pdf,
        "SEXTA. Viajes.",
        Q_TC + " El arancel de la visa H-2A sí se le reembolsa en el primer cheque. Al "
        "terminar el contrato, EL PATRÓN paga el autobús de regreso a Monterrey y una ayuda "
        "de $15.00 diarios para las comidas del camino. Todos los días EL PATRÓN lleva gratis "
        "a los trabajadores de la vivienda a los campos en sus camionetas.",
        size=9.6,
    )
    clause(
        pdf,
        "SÉPTIMA. Garantía de tres cuartas partes.",
        "EL PATRÓN garantiza ofrecer trabajo por lo menos durante tres cuartas partes (3/4) "
        "de los días laborables del periodo del contrato; si ofrece menos, pagará la "
        "diferencia.",
        size=9.6,
    )
    clause(
        pdf,
        "OCTAVA. Comprobantes de pago.",
        "Con cada pago EL TRABAJADOR recibe un talón que indica las horas ofrecidas, las "
        "horas trabajadas, la tarifa, el total ganado, cada descuento y el pago neto.",
        size=9.6,
    )
    clause(
        pdf,
        "NOVENA. Terminación.",
        "EL PATRÓN puede despedir a EL TRABAJADOR por causa justificada, como faltas "
        "repetidas sin aviso o pelear en el trabajo. Si EL TRABAJADOR deja de presentarse "
        "cinco días seguidos sin permiso, se considerará que abandonó el trabajo, y EL "
        "PATRÓN lo informará a las autoridades del programa.",
        size=9.6,
    )
    para(pdf, "Continúa en la hoja de firmas.", size=8.5, style="I", align="R")

    scan = [
        ("title", "HOJA DE FIRMAS  ·  CONTRATO BTC-H2A-2026-117"),
        (
            "clause",
            (
                "DÉCIMA. Quejas.",
                "EL TRABAJADOR puede presentar quejas ante el "
                "Departamento de Trabajo de los Estados Unidos o el consulado de México "
                "sin que por ello se le despida ni se le niegue trabajo en temporadas "
                "futuras.",
            ),
        ),
        (
            "clause",
            (
                "UNDÉCIMA. Documentos.",
                "EL PATRÓN no guarda pasaportes, visas ni "
                "credenciales de EL TRABAJADOR; cada trabajador los conserva.",
            ),
        ),
        (
            "clause",
            (
                "DUODÉCIMA. Idioma y copias.",
                "Este contrato se entrega en español, que "
                "EL TRABAJADOR declara entender, y cada parte recibe una copia firmada.",
            ),
        ),
        (
            "p",
            "Leído que fue el presente contrato, las partes lo firman de conformidad en "
            "Cadereyta Jiménez, Nuevo León, el 6 de julio de 2026.",
        ),
        (
            "sig",
            [
                ("EL PATRÓN  ·  Gerente de campo", "Clément J. Broussard"),
                ("EL TRABAJADOR", "Rigoberto Salinas Huerta"),
            ],
        ),
        ("gap", 1.0),
        ("p", "Recibí copia de este contrato en español:"),
        ("sig", [("Firma de EL TRABAJADOR", "Rigoberto Salinas Huerta")]),
        ("gap", 2.0),
        ("small", "Bayou Teche Cane Growers, L.L.C.  ·  Contrato BTC-H2A-2026-117  ·  Hoja 3 de 3"),
    ]
    add_scanned_page(pdf, scan, seed=3031)
    pdf.output(os.path.join(out, "bp03.pdf"))

    return label(
        "bp03.pdf",
        "h2a",
        "es",
        True,
        3,
        [
            fee("wage_withholding", "violation", 1, None, None, Q_WW),
            fee("housing_charge", "violation", 1, 20, "USD", Q_HC),
            fee("travel_cost", "violation", 2, 2300, "MXN", Q_TC),
        ],
        ["wage_adjustment", "inbound_transportation", "contract_impossibility"],
        [],
        [
            "attendance bonus of $0.50/hour paid by employer (not a charge)",
            "housing itself rent-free; free kitchen (meals term present)",
            "tools free, no deposit",
            "workers' compensation at no cost",
            "H-2A visa fee reimbursed in first check (only the bus is not)",
            "return bus and meal allowance paid by employer",
            "free daily transport",
            "scanned page 3 (image only): complaints allowed without losing work (negated "
            "blacklisting); employer does not keep passports; copy in Spanish",
        ],
        "work_contract",
        "single column, Letter; centered serif letterhead with double rule; borderless-label "
        "gridded summary table; numbered cláusulas; page 3 is an image-only scan of the "
        "signature sheet (SCANNED)",
    )


# ========================================================================================
# bp04  H-2A  en  job order (Virginia apples, Honduran recruiting agent)
# ========================================================================================


def bp04(out):
    RC = "Agencia de Empleo Temporal Valle de Sula, S. de R.L."
    Q_EQ = (
        "Picking bags, ladders and bin tags are issued against a $75.00 equipment deposit, "
        "taken from the first paycheck and returned at the end of the season if everything "
        "is handed back."
    )
    Q_DMG = (
        "A ladder broken through careless handling will be charged to the worker at its "
        "replacement cost."
    )
    Q_BP = (
        "A worker who abandons the job before the end date agrees to pay the grower "
        "liquidated damages equal to two weeks' wages."
    )
    Q_BL = (
        "Workers who take a complaint to outside agencies or advocates instead of using the "
        "company grievance procedure will be placed on the grower's do-not-rehire list and "
        "reported to the recruiting agent."
    )
    pdf = Doc(
        body="lsans",
        margins=(54, 54, 54),
        bottom=48,
        title="H-2A Job Offer - Apple Harvest 2026",
        author="Shenandoah Ridge Orchards, LLC",
    )
    pdf.head_fn = band_header(
        (150, 30, 36),
        "SHENANDOAH RIDGE ORCHARDS, LLC",
        "1290 Timber Ridge Lane, Winchester, Virginia 22603  ·  "
        "(540) 555-0187  ·  Clearance Order Attachment  ·  "
        "Job Order VA-2026-1147",
        font="lsans",
        tsize=14,
    )
    pdf.foot_fn = page_footer(
        "H-2A job offer  ·  Apple harvest 2026  ·  Page", font="lsans", total=3
    )

    def sec(n, t):
        heading(
            pdf,
            f"{n}.  {t.upper()}",
            size=9.8,
            font="lsans",
            before=4,
            after=2,
            color=(150, 30, 36),
        )

    def body(t):
        para(pdf, t, size=9.4, font="lsans", after=3)

    pdf.add_page()
    heading(
        pdf,
        "H-2A JOB OFFER AND TERMS OF EMPLOYMENT  ·  APPLE HARVEST 2026",
        size=11.5,
        font="lsans",
        before=0,
        after=6,
    )
    rows = [
        ["Job title", "Apple harvest worker (Farmworkers and Laborers, Crop)  ·  60 openings"],
        ["Period", "August 24, 2026 to November 13, 2026"],
        [
            "Hours",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m.; Saturdays voluntary",
        ],
        ["Wage", "$16.23 per hour, or $28.00 per bin (about 20 bushels) if that pays more"],
        ["Pay day", "Every two weeks, on Friday"],
        [
            "Requirements",
            "Three months of experience picking tree fruit from ladders; able to "
            "climb and carry a 16-foot ladder",
        ],
        ["Recruiting agent", RC + ", San Pedro Sula, Honduras"],
    ]
    grid_table(
        pdf, rows, (24, 76), size=9, font="lsans", head=False, label_fill=(245, 228, 228), after=6
    )
    sec(1, "Job duties")
    body(
        "Pick apples by hand from ladders into picking bags, empty the bags gently into bins, "
        "move ladders from tree to tree, and sort out dropped and damaged fruit, which goes to "
        "cider and cattle feed. Between picks, workers prune and clean up brush."
    )
    sec(2, "Worksites")
    body("The orchards listed below, all in Frederick County, Virginia.")
    rows = [
        ["Orchard", "Address", "Acres"],
        ["Timber Ridge (home)", "1290 Timber Ridge Lane, Winchester", "310"],
        ["Back Creek", "455 Hollow Road, Gore", "180"],
        ["North Mountain", "2071 Green Spring Road, Winchester", "225"],
    ]
    grid_table(pdf, rows, (34, 50, 16), size=8.8, font="lsans", head_fill=(235, 215, 215), after=4)
    sec(3, "Wages and adjustments")
    body(
        "The employer pays $16.23 per hour, or $28.00 per bin when piece-rate earnings are "
        "higher for the pay period. If the Adverse Effect Wage Rate or any applicable minimum "
        "wage rises during the contract, the employer will pay the higher rate from its "
        "effective date."
    )
    sec(4, "Deductions")
    body(
        "The employer will deduct Social Security and Medicare taxes and income tax where "
        "required by law, and any other deduction the worker authorizes in writing. The "
        "equipment deposit described in Section 9 is also taken from the first paycheck."
    )
    sec(5, "Three-fourths guarantee")
    body(
        "The employer guarantees to offer each worker work for at least three-fourths of the "
        "workdays in the contract period, or to pay what the worker would have earned for the "
        "guaranteed hours."
    )
    sec(6, "Earnings statements")
    body(
        "Each payday the worker receives an itemized statement of hours offered, hours worked, "
        "bins picked, rates, gross pay, each deduction and net pay."
    )

    pdf.add_page()
    sec(7, "Housing")
    body(
        "Housing is provided free of charge at the employer's labor camp, 1304 Timber Ridge "
        "Lane, Winchester, inspected by the Virginia Department of Health before occupancy."
    )
    sec(8, "Transportation")
    body(
        "A worker who completes half of the contract period is reimbursed for the cost of "
        "travel and daily subsistence from San Pedro Sula to Winchester; part of it is paid in "
        "the first workweek when needed to meet the minimum wage. A worker who completes the "
        "contract receives return travel and subsistence to San Pedro Sula. Daily "
        "transportation from the camp to the orchards is free, in employer buses."
    )
    body(
        "A worker who abandons the job or is terminated for cause is not entitled to return "
        "transportation paid by the employer."
    )
    sec(9, "Equipment")
    body(Q_EQ + " " + Q_DMG)
    sec(10, "Workers' compensation")
    body(
        "Workers are covered by workers' compensation insurance through Blue Ridge Farm "
        "Mutual, policy BRF-WC-20931, at no cost to the worker."
    )
    sec(11, "Recruitment")
    body(
        "The employer pays the fees of its recruiting agent, " + RC + ", and the agent may not "
        "charge workers any recruitment fee. Workers should report any request for money to "
        "the orchard office."
    )

    pdf.add_page()
    sec(12, "Termination")
    body(
        "Workers may be terminated for cause, such as theft, violence or repeated refusal to "
        "follow ladder-safety rules after a written warning. A worker who is absent five "
        "consecutive workdays without notice is considered to have abandoned the job, and "
        "the employer will notify the Department of Labor and DHS."
    )
    sec(13, "Early departure")
    body(Q_BP)
    sec(14, "Grievances")
    body(
        "Complaints about pay, housing or supervisors go first to the crew leader and then to "
        "the orchard manager, who answers within five working days. " + Q_BL
    )
    sec(15, "Signatures")
    body("By signing, the worker confirms that he received this job offer before leaving Honduras.")
    sig_block(
        pdf,
        [
            ("FOR THE EMPLOYER", "Dale W. Kittredge, Orchard Manager", "Date: June 22, 2026"),
            ("WORKER", "Name:", "Signature and date"),
        ],
        font="lsans",
    )
    pdf.output(os.path.join(out, "bp04.pdf"))

    return label(
        "bp04.pdf",
        "h2a",
        "en",
        False,
        3,
        [
            fee("equipment_charge", "violation", 2, 75, "USD", Q_EQ),
            fee("damage_chargeback", "review", 2, None, None, Q_DMG),
            fee("breach_penalty", "violation", 3, None, None, Q_BP),
            fee("blacklisting_threat", "violation", 3, None, None, Q_BL),
        ],
        ["meals", "tools_provided", "contract_impossibility"],
        [RC],
        [
            "'cattle feed' is a job word",
            "free housing (h2a)",
            "inbound travel reimbursed; return paid on completion",
            "lawful abandonment rule: no return fare after abandonment or for-cause termination",
            "workers' compensation at no cost",
            "recruiting agent paid by the employer; no recruitment fee (negated)",
            "lawful tax deductions",
            "internal grievance procedure itself is lawful",
        ],
        "job_order",
        "single column, Letter; red header band; shaded-label summary table; numbered "
        "upper-case section headings in colour; worksite grid table; signature block",
    )


# ========================================================================================
# bp05  H-2B  en  offer letter (Texas landscaping, Monterrey recruiter)
# ========================================================================================


def bp05(out):
    RC = "Reclutadora Laboral del Norte, S.A. de C.V."
    Q_VC = (
        "The worker pays the USD 205 visa application fee at the consulate; this fee is not "
        "reimbursed by the Company."
    )
    Q_HC = (
        "Shared housing at 2105 Pleasant Valley Road is offered to workers who want it for "
        "$110 per week, deducted from wages."
    )
    Q_RF = (
        "A processing charge of $35.00 per week will be deducted from your first ten "
        "paychecks to cover the recruitment and paperwork handled by " + RC + "."
    )
    pdf = Doc(
        body="dcond",
        margins=(60, 50, 60),
        bottom=50,
        title="Offer of temporary employment H-2B",
        author="Lone Star Grounds & Irrigation, Inc.",
    )

    def head(p):
        fam = p.use("dcond")
        p.set_fill_color(196, 120, 40)
        p.rect(p.l_margin, 34, 38, 38, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font(fam, "B", 15)
        p.set_xy(p.l_margin, 44)
        p.cell(38, 18, "LS", align="C")
        p.set_text_color(60, 60, 60)
        p.set_xy(p.l_margin + 48, 36)
        p.set_font(fam, "B", 13)
        p.cell(300, 16, "LONE STAR GROUNDS & IRRIGATION, INC.")
        p.set_xy(p.l_margin + 48, 54)
        p.set_font(fam, "", 8.2)
        p.cell(
            400,
            11,
            "7720 Burleson Road, Austin, Texas 78744  ·  (512) 555-0148  ·  "
            "Commercial and residential landscaping since 1998",
        )
        p.set_draw_color(196, 120, 40)
        p.set_line_width(0.8)
        p.line(p.l_margin, 80, p.w - p.r_margin, 80)
        p.set_line_width(0.2)
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 94)

    pdf.head_fn = head
    pdf.foot_fn = page_footer(
        "Offer letter  ·  A. Quintanilla Reyna  ·  Case H-400-25322-718204", font="dcond", total=2
    )
    pdf.add_page()
    para(pdf, "January 12, 2026", size=10, align="L", after=8)
    para(
        pdf,
        "Mr. Arturo Quintanilla Reyna\nCalle Río Pesquería 214, Col. Valle Verde\n"
        "Apodaca, Nuevo León, México",
        size=10,
        align="L",
        after=8,
    )
    para(
        pdf,
        "Re: Offer of temporary employment, H-2B Landscape Laborer",
        size=10,
        style="B",
        align="L",
        after=6,
    )
    para(pdf, "Dear Mr. Quintanilla:", size=10, align="L")
    para(
        pdf,
        "We are pleased to offer you temporary seasonal employment with Lone Star Grounds "
        "& Irrigation, Inc. under the H-2B program, on the terms below. This letter was "
        "prepared with the help of our recruiting partner in Mexico, " + RC + ", "
        "Monterrey, Nuevo León.",
        size=10,
    )
    rows = [
        ["Item", "Terms"],
        ["Position", "Landscape Laborer (SOC 37-3011)"],
        [
            "Duties",
            "Mow, edge and trim lawns; plant shrubs and trees; spread mulch and load it "
            "into the feeder hopper of the mulch-blower truck; dig irrigation trenches "
            "and repair sprinkler heads; clean up job sites.",
        ],
        [
            "Worksites",
            "Residential and commercial properties in Travis and Williamson Counties, "
            "Texas; crews report to the yard at 7720 Burleson Road, Austin.",
        ],
        ["Dates", "March 2, 2026 through November 30, 2026"],
        ["Hours", "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."],
        ["Wage", "$17.43 per hour"],
        ["Overtime", "$26.15 per hour for hours over 40 in a workweek"],
        ["Pay day", "Weekly, every Friday, by direct deposit or check"],
        [
            "Requirements",
            "No experience required; must be able to lift 50 pounds and work "
            "outdoors in Texas heat.",
        ],
    ]
    grid_table(
        pdf,
        rows,
        (22, 78),
        size=9.2,
        font="dcond",
        head_fill=(240, 222, 200),
        label_fill=(250, 244, 236),
        after=8,
    )
    clause(
        pdf,
        "Wage adjustments.",
        "If the prevailing wage for this job, or the federal, state or local minimum wage, "
        "increases during your employment, we will pay you the higher rate from its "
        "effective date.",
        size=10,
    )
    clause(
        pdf,
        "Travel to Austin.",
        "We will reimburse your bus fare from Monterrey to Austin and your meals on the trip "
        "in your first workweek, and we will pay your bus fare home at the end of the season "
        "or if we dismiss you early for any reason other than cause.",
        size=10,
    )
    clause(
        pdf,
        "Visa.",
        Q_VC + " The Company pays the labor certification and H-2B petition fees.",
        size=10,
    )

    pdf.add_page()
    clause(
        pdf,
        "Tools and equipment.",
        "Mowers, trimmers, hand tools, gloves, safety glasses and hearing protection are "
        "provided free of charge, with no deposit.",
        size=10,
    )
    clause(pdf, "Housing.", Q_HC + " You are free to live elsewhere.", size=10)
    clause(
        pdf,
        "Payroll deductions.",
        "We deduct federal income tax, Social Security and Medicare, the housing charge if you "
        "choose our housing, and the processing charge described below.",
        size=10,
    )
    clause(pdf, "Processing charge.", Q_RF, size=10)
    clause(
        pdf,
        "Pay statements.",
        "Each payday you receive a statement showing your hours worked, hours offered, rate "
        "of pay, earnings, each deduction and net pay.",
        size=10,
    )
    clause(
        pdf,
        "Ending the job.",
        "We may dismiss a worker for cause, including theft, fighting, or unsafe operation of "
        "equipment after a written warning. If you miss five consecutive working days without "
        "contacting your supervisor, we will consider that you abandoned the job and will "
        "notify the Department of Labor and DHS.",
        size=10,
    )
    para(
        pdf,
        "Please sign below and return a copy to " + RC + " before your consular "
        "appointment. We look forward to working with you.",
        size=10,
    )
    para(pdf, "Sincerely,", size=10, align="L")
    sig_block(
        pdf,
        [
            (
                "LONE STAR GROUNDS & IRRIGATION, INC.",
                "Melissa Garza-Whitfield",
                "Human Resources Manager",
            ),
            ("ACCEPTED BY THE WORKER", "Arturo Quintanilla Reyna", "Date:"),
        ],
        font="dcond",
        before=4,
    )
    pdf.output(os.path.join(out, "bp05.pdf"))

    return label(
        "bp05.pdf",
        "h2b",
        "en",
        False,
        2,
        [
            fee("visa_cost", "violation", 1, 205, "USD", Q_VC),
            fee("housing_charge", "review", 2, 110, "USD", Q_HC),
            fee("recruitment_fee", "violation", 2, 35, "USD", Q_RF),
        ],
        ["three_fourths_guarantee", "visa_reimbursement", "contract_impossibility"],
        [RC],
        [
            "'feeder hopper' is a job word",
            "employer pays labor certification and petition fees",
            "inbound bus and trip meals reimbursed in first workweek; return bus paid",
            "tools free, no deposit",
            "'You are free to live elsewhere': optional housing, so its weekly charge is labelled "
            "review (h2b), not violation",
            "overtime rate is pay, not a fee",
            "lawful tax deductions",
        ],
        "offer_letter",
        "business letter, Letter; logo block and rule letterhead; addressee block; gridded "
        "terms table with shaded labels; run-in bold paragraph headings; signature block",
    )


# ========================================================================================
# bp06  H-2B  es (informal)  recruiter letter (El Salvador -> Maryland crab)
# ========================================================================================


def bp06(out):
    AG = "Agencia Oportunidades del Norte"
    Q_RF = (
        "Para poner su nombre en la lista son 450 dólares, que se pagan aquí en la oficina, "
        "en efectivo."
    )
    Q_MED = (
        "El examen médico y la prueba de drogas los paga cada quien: son $60 en la clínica "
        "que nosotros le indicamos."
    )
    Q_TC = (
        "El pasaje de avión de San Salvador a Baltimore lo paga usted, anda por los 380 "
        "dólares, y la empresa no lo devuelve."
    )
    Q_DEBT = (
        "Si no le alcanza, nosotros le prestamos para el pasaje y allá se lo vamos "
        "descontando de sus cheques con el 10% de interés al mes."
    )
    Q_MOV = (
        "Allá no pueden salir de la casa después de las 9 de la noche, ni ir a otros "
        "pueblos sin permiso del encargado."
    )
    pdf = Doc(
        body="dsans",
        margins=(56, 50, 56),
        bottom=50,
        title="Informacion trabajo cangrejo 2026",
        author=AG,
    )

    def head(p):
        fam = p.use("dsans")
        p.set_xy(p.l_margin, 30)
        p.set_text_color(20, 70, 140)
        p.set_font(fam, "B", 15)
        p.cell(p.epw, 18, "AGENCIA OPORTUNIDADES DEL NORTE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_text_color(90, 90, 90)
        p.set_font(fam, "", 8)
        p.cell(
            p.epw,
            11,
            "Barrio El Centro, 2a. Avenida Norte No. 14, Usulután  ·  "
            "WhatsApp 7723-4810  ·  Atendemos de lunes a sábado",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_text_color(0, 0, 0)
        p.set_draw_color(20, 70, 140)
        p.line(p.l_margin, 64, p.w - p.r_margin, 64)
        p.set_xy(p.l_margin, 76)

    pdf.head_fn = head
    pdf.add_page()
    para(pdf, "Usulután, 20 de enero de 2026", size=9.5, align="R", after=6)
    heading(
        pdf,
        "INFORMACIÓN PARA LOS INTERESADOS\nTRABAJO EN CANGREJO, MARYLAND (VISA H-2B)  "
        "·  TEMPORADA 2026",
        size=12,
        align="C",
        font="dsans",
        before=0,
        after=8,
        color=(20, 70, 140),
    )
    para(pdf, "Estimado amigo o amiga:", size=10, align="L")
    para(
        pdf,
        "Le escribimos de la Agencia Oportunidades del Norte porque usted dejó sus datos "
        "con nosotros. Este año tenemos 35 plazas en una empacadora de cangrejo azul. El "
        "nombre de la empresa se lo damos el día de la entrevista, para evitar que otros "
        "se aprovechen. Lea bien todo y traiga sus preguntas.",
        size=10,
    )
    qa = [
        (
            "¿Qué se hace?",
            "Picar cangrejo: sacar la carne del cangrejo cocido con cuchillo, "
            "separarla por tipo (jumbo, backfin y claw) y empacarla en latas.",
        ),
        ("¿Dónde?", "En Hoopers Island, condado de Dorchester, Maryland, Estados Unidos."),
        ("¿Cuándo?", "Del 1 de abril al 15 de noviembre de 2026."),
        (
            "¿Cuánto se gana?",
            "$4.25 por libra de carne picada; si no le sale, le tienen que "
            "pagar por lo menos $17.17 la hora.",
        ),
        ("¿Y el horario?", "Depende de lo que traigan los barcos; hay días buenos y días flojos."),
        ("¿Cada cuánto pagan?", "Le pagan cada semana, los viernes."),
        (
            "¿Qué le descuentan?",
            "De su cheque le descuentan los impuestos y, si pidió préstamo, lo del préstamo.",
        ),
        ("¿Y el equipo?", "Allá le dan gratis los cuchillos, los guantes y los delantales."),
        (
            "¿Dónde se vive?",
            "La casa la pone la empresa y es gratis; son cuartos para cuatro personas con cocina.",
        ),
    ]
    for q, a in qa:
        clause(pdf, q, a, size=10, after=4, align="L")
    heading(pdf, "REQUISITOS", size=10.5, font="dsans", color=(20, 70, 140), after=2)
    bullets(
        pdf,
        [
            "Ser mayor de 18 años.",
            "Pasaporte vigente.",
            "Saber picar cangrejo o limpiar pescado (se hace una prueba).",
            "No tener problemas anteriores con migración.",
        ],
        size=10,
        font="dsans",
    )

    pdf.add_page()
    heading(
        pdf, "LO QUE USTED PAGA", size=11, font="dsans", fill=(255, 236, 200), before=0, after=6
    )
    bullets(pdf, [Q_RF, Q_MED, Q_TC, Q_DEBT], size=10, font="dsans")
    heading(pdf, "LO QUE NO PAGA", size=11, font="dsans", fill=(220, 238, 220), after=6)
    bullets(
        pdf,
        [
            "La entrevista y la plática informativa son gratis.",
            "La visa la paga usted en el banco, pero la empresa se la devuelve completa "
            "en el primer cheque.",
            "El boleto de regreso sí lo paga la empresa cuando termina la temporada.",
        ],
        size=10,
        font="dsans",
    )
    heading(pdf, "REGLAS DE LA CASA", size=11, font="dsans", fill=(230, 230, 240), after=6)
    bullets(
        pdf,
        [
            Q_MOV,
            "Se cocina por turnos y cada quien lava sus trastes.",
            "No se permite tomar bebidas alcohólicas dentro de la casa.",
        ],
        size=10,
        font="dsans",
    )
    para(
        pdf,
        "Si está interesado, venga a la oficina con su DUI, su pasaporte y los 450 dólares "
        "de la lista. El cupo es limitado y se llena por orden de llegada.",
        size=10,
        after=10,
    )
    para(pdf, "Atentamente,", size=10, align="L", after=18)
    para(
        pdf,
        "Agencia Oportunidades del Norte\nDepartamento de Colocaciones",
        size=10,
        style="B",
        align="L",
    )
    pdf.output(os.path.join(out, "bp06.pdf"))

    return label(
        "bp06.pdf",
        "h2b",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 2, 450, "USD", Q_RF),
            fee("medical_cost", "violation", 2, 60, "USD", Q_MED),
            fee("travel_cost", "violation", 2, 380, "USD", Q_TC),
            fee("debt_bondage", "violation", 2, None, None, Q_DEBT),
            fee("movement_restriction", "violation", 2, None, None, Q_MOV),
        ],
        [
            "employer_identity",
            "hours_of_work",
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "inbound_transportation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        [AG],
        [
            "interview and information session free (negated fee)",
            "visa paid up front but fully repaid by employer in first check (visa reimbursement "
            "present)",
            "return ticket paid by employer",
            "knives, gloves and aprons free",
            "free house with kitchen",
            "'¿Y el horario? Depende de lo que traigan los barcos' has no concrete value (hours "
            "missing)",
            "employer deliberately unnamed ('se lo damos el día de la entrevista')",
            "house rules on cooking turns and no alcohol are not movement restrictions",
        ],
        "recruiter_letter",
        "informal typed letter, Letter; blue text letterhead with rule; Q&A lines with bold "
        "questions; bulleted lists under shaded bars 'LO QUE USTED PAGA' / 'LO QUE NO PAGA' / "
        "'REGLAS DE LA CASA'",
    )


# ========================================================================================
# bp07  H-2B  es  work contract (Guatemala -> Arkansas reforestation)  -- compliant
# ========================================================================================


def bp07(out):
    pdf = Doc(
        body="nsans",
        margins=(52, 52, 52),
        bottom=48,
        title="Contrato de trabajo temporal H-2B",
        author="Ozark Timberline Reforestation, Inc.",
    )
    pdf.head_fn = band_header(
        (58, 92, 50),
        "CONTRATO DE TRABAJO TEMPORAL  ·  VISA H-2B",
        "Plantador de árboles (Forest and Conservation Workers, SOC "
        "45-4011)  ·  Caso ETA H-400-26301-552870",
        font="nsans",
        tsize=13,
    )
    pdf.foot_fn = page_footer(
        "Ozark Timberline Reforestation, Inc.  ·  Contrato OTR-27-044  ·  Página",
        font="nsans",
        total=3,
    )
    SZ = 9.4

    def sec(n, t):
        heading(pdf, f"{n}. {t}", size=10, font="nsans", fill=(226, 236, 222), before=3, after=3)

    def body(t):
        para(pdf, t, size=SZ, font="nsans", after=3)

    pdf.add_page()
    # two party boxes side by side
    y0 = pdf.get_y()
    bw = (pdf.epw - 12) / 2
    for i, (title, lines) in enumerate(
        [
            (
                "EL EMPLEADOR",
                [
                    "Ozark Timberline Reforestation, Inc.",
                    "315 Malvern Avenue, Hot Springs,",
                    "Arkansas 71901, EE. UU.  ·  Tel. +1 (501) 555-0172",
                ],
            ),
            (
                "EL TRABAJADOR",
                [
                    "Efraín Tzul Coc",
                    "Pasaporte guatemalteco No. 2391 77 405",
                    "Barrio San Marcos, Cobán, Alta Verapaz, Guatemala",
                ],
            ),
        ]
    ):
        x = pdf.l_margin + i * (bw + 12)
        pdf.set_draw_color(58, 92, 50)
        pdf.rect(x, y0, bw, 66)
        pdf.set_xy(x + 6, y0 + 5)
        pdf.set_font(pdf.use("nsans"), "B", 9)
        pdf.cell(bw - 12, 12, title, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font(pdf.use("nsans"), "", 9)
        for ln in lines:
            pdf.set_x(x + 6)
            pdf.cell(bw - 12, 12.5, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, y0 + 76)
    body(
        "Las partes firman este contrato de trabajo temporal conforme a la certificación "
        "laboral aprobada por el Departamento de Trabajo de los Estados Unidos. EL "
        "EMPLEADOR entrega una copia en español a EL TRABAJADOR antes de la cita consular."
    )
    sec(1, "Puesto y tareas")
    body(
        "Plantador de árboles: plantar a mano plántulas de pino con barra o azadón de plantar, "
        "entre 1,200 y 2,000 plantas por día según el terreno; cargar bolsas de plántulas; "
        "limpiar y marcar las áreas de siembra."
    )
    sec(2, "Lugar de trabajo")
    body(
        "Terrenos forestales de clientes de EL EMPLEADOR en los condados de Garland, Hot "
        "Spring, Clark y Montgomery, Arkansas. Las cuadrillas salen cada mañana del patio de "
        "EL EMPLEADOR en 315 Malvern Avenue, Hot Springs."
    )
    sec(3, "Duración")
    body("Del 11 de enero al 30 de abril de 2027.")
    sec(4, "Horario")
    body(
        "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas, con media hora para "
        "el almuerzo."
    )
    sec(5, "Requisitos")
    body(
        "Tres meses de experiencia en siembra de árboles o en trabajo agrícola manual; poder "
        "caminar en terreno quebrado cargando hasta 18 kilos."
    )
    sec(6, "Salario y pago")
    rows = [
        ["Concepto", "Condición"],
        ["Salario por hora", "$19.42"],
        ["Horas extra (más de 40 por semana)", "$29.13 por hora"],
        ["Frecuencia de pago", "Semanal, cada viernes, por depósito o cheque"],
        [
            "Comprobante de pago",
            "Talón con horas ofrecidas, horas trabajadas, tarifa, "
            "ganancias, cada descuento y pago neto",
        ],
    ]
    grid_table(pdf, rows, (38, 62), size=9, font="nsans", head_fill=(210, 226, 204), after=4)
    sec(7, "Ajustes de salario")
    body(
        "Si durante el contrato aumenta el salario prevaleciente o el salario mínimo federal, "
        "estatal o local, EL EMPLEADOR pagará la tarifa más alta desde la fecha en que entre "
        "en vigor."
    )

    pdf.add_page()
    sec(8, "Descuentos")
    body(
        "EL EMPLEADOR solo descuenta el impuesto federal y estatal sobre la renta, el Seguro "
        "Social y el Medicare que exige la ley, y lo que EL TRABAJADOR autorice por escrito en "
        "su propio beneficio, como envíos de dinero a su familia. No se descuenta nada por "
        "herramientas, viaje, visa ni reclutamiento."
    )
    sec(9, "Garantía de tres cuartas partes")
    body(
        "EL EMPLEADOR garantiza ofrecer a EL TRABAJADOR trabajo por un total de horas igual, "
        "por lo menos, a tres cuartas partes (3/4) de las horas de trabajo de cada periodo de "
        "12 semanas del contrato; si ofrece menos, paga la diferencia."
    )
    sec(10, "Viaje de ida")
    body(
        "EL EMPLEADOR reembolsa en la primera semana de trabajo el pasaje de autobús de Cobán "
        "a Hot Springs, el hospedaje y las comidas del viaje. Al llegar entrega además un "
        "anticipo de $150 para comida, que no se descuenta del salario ni tiene que "
        "devolverse."
    )
    sec(11, "Visa")
    body(
        "EL EMPLEADOR reembolsa en la primera semana de trabajo el costo de la visa H-2B y los "
        "gastos de la cita consular. El pasaporte es de EL TRABAJADOR y solo él lo guarda."
    )
    sec(12, "Viaje de regreso")
    body(
        "Si EL TRABAJADOR termina el contrato, o si EL EMPLEADOR lo despide antes por una "
        "razón que no sea causa justificada, EL EMPLEADOR paga el viaje de regreso a Cobán."
    )
    sec(13, "Herramientas y equipo")
    body(
        "Barras y azadones de plantar, bolsas de siembra, casco, botas de seguridad y ropa "
        "para lluvia se entregan sin costo y sin depósito."
    )
    sec(14, "Hospedaje")
    body(
        "Mientras las cuadrillas trabajen lejos de Hot Springs, EL EMPLEADOR paga el motel; "
        "EL TRABAJADOR no paga renta."
    )
    sec(15, "Terminación")
    body(
        "EL EMPLEADOR puede despedir por causa justificada (violencia, robo, manejar bajo los "
        "efectos del alcohol) después de explicar la falta por escrito. Si EL TRABAJADOR no se "
        "presenta cinco días seguidos sin avisar, se considera abandono y EL EMPLEADOR lo "
        "informará al Departamento de Trabajo y al Departamento de Seguridad Nacional. EL "
        "TRABAJADOR puede renunciar cuando quiera; no pagará multa ni penalización alguna."
    )

    pdf.add_page()
    sec(16, "Imposibilidad de cumplir el contrato")
    body(
        "Si el contrato no puede cumplirse por incendio forestal, inundación, tormenta u otra "
        "causa de fuerza mayor, EL EMPLEADOR pagará la garantía de 3/4 hasta la fecha de "
        "terminación y el viaje de regreso."
    )
    sec(17, "Reclutamiento")
    body(
        "EL EMPLEADOR recluta directamente y no usa agencias ni intermediarios. Nadie puede "
        "cobrarle por este trabajo: ni cuota, ni depósito, ni regalo. Si alguien le pide "
        "dinero, llame al +1 (501) 555-0172 o al Departamento de Trabajo de los Estados Unidos "
        "(1-866-487-9243)."
    )
    sec(18, "Derechos")
    body(
        "EL TRABAJADOR puede quejarse ante el Departamento de Trabajo, su consulado o "
        "cualquier organización. EL EMPLEADOR no lo pondrá en ninguna lista negra ni le negará "
        "trabajo en el futuro por ello."
    )
    sec(19, "Idioma")
    body("Este contrato está redactado en español, idioma que EL TRABAJADOR lee y entiende.")
    para(
        pdf,
        "Lugar y fecha: Cobán, Alta Verapaz, 10 de noviembre de 2026.",
        size=SZ,
        font="nsans",
        after=2,
    )
    sig_block(
        pdf,
        [
            ("EL EMPLEADOR", "Wade T. Hensley", "Presidente"),
            ("EL TRABAJADOR", "Efraín Tzul Coc", "Firma"),
        ],
        font="nsans",
    )
    pdf.output(os.path.join(out, "bp07.pdf"))

    return label(
        "bp07.pdf",
        "h2b",
        "es",
        False,
        3,
        [],
        [],
        [],
        [
            "negated deductions for tools, travel, visa, recruitment",
            "inbound bus, lodging and meals reimbursed first week",
            "$150 food advance that is NOT repaid or deducted (not debt bondage)",
            "visa and consular costs reimbursed first week",
            "worker keeps passport",
            "tools, boots and rain gear free, no deposit",
            "motel paid by employer, no rent",
            "may resign without fine or penalty (negated breach penalty)",
            "employer recruits directly; nobody may charge 'cuota, depósito, regalo' (negated)",
            "no blacklist for complaints (negated)",
            "lawful tax deductions",
        ],
        "work_contract",
        "single column, Letter; green header band; two bordered party boxes side by side; "
        "numbered sections under shaded bars; gridded pay table; signature block",
    )


# ========================================================================================
# bp08  H-2B  en  recruiter services agreement (Guatemala -> Maine hotel)
# ========================================================================================


def bp08(out):
    RC1 = "Coastal Staffing Partners International, LLC"
    RC2 = "Reclutamientos Altiplano, S.A."
    Q_TR = (
        "Before the consular interview the Worker must complete Coastal's English for "
        "Hospitality orientation course, for which the Worker pays USD 150."
    )
    Q_INS = (
        "The Worker is enrolled in the Seasonal Worker Health Plan, and the weekly premium "
        "of $28.50 is deducted from the Worker's wages."
    )
    Q_DEP = (
        "The Worker shall deposit a completion guarantee of $300.00 with "
        + RC2
        + " before departure."
    )
    Q_BP = (
        "If the Worker leaves the assignment before October 24, 2026, the completion "
        "guarantee is forfeited to Coastal as liquidated damages."
    )
    pdf = Doc(
        body="lserif",
        margins=(64, 56, 64),
        bottom=52,
        title="Worker Placement and Services Agreement",
        author=RC1,
    )

    def head(p):
        fam = p.use("lsans")
        p.set_font(fam, "B", 9)
        p.set_text_color(0, 70, 110)
        p.set_xy(p.l_margin, 30)
        p.cell(p.epw / 2, 12, "COASTAL STAFFING PARTNERS")
        p.set_font(fam, "", 7.5)
        p.cell(p.epw / 2, 12, "40 Commercial Street, Suite 3, Portland, Maine 04101", align="R")
        p.set_draw_color(0, 70, 110)
        p.line(p.l_margin, 46, p.w - p.r_margin, 46)
        p.set_text_color(0, 0, 0)
        p.set_xy(p.l_margin, 60)

    pdf.head_fn = head
    pdf.foot_fn = page_footer(
        "CSP-WPA-2026-GT-0211  ·  Initials: ______ / ______", font="lsans", total=2
    )
    SZ = 10
    pdf.add_page()
    heading(pdf, "WORKER PLACEMENT AND SERVICES AGREEMENT", size=13, align="C", before=0, after=2)
    para(
        pdf,
        "H-2B Seasonal Hospitality Program  ·  Season 2026",
        size=9.5,
        align="C",
        style="I",
        after=8,
    )
    para(
        pdf,
        "This Agreement is made on February 9, 2026 between " + RC1 + ", 40 Commercial "
        'Street, Suite 3, Portland, Maine 04101 ("Coastal"), acting with its local '
        "agent " + RC2 + ', 6a. Avenida 4-60, Zona 3, Quetzaltenango, Guatemala ("the '
        'Local Agent"), and Ana Lucía Xicará Sac, of Quetzaltenango, Guatemala, passport '
        'No. 2518 44012 0901 ("the Worker").',
        size=SZ,
    )
    heading(pdf, "1. The assignment", size=10.5, after=3)
    rows = [
        ["Employer", "Harborview Inn & Suites, Inc., 88 West Street, Bar Harbor, Maine 04609"],
        ["Worksite", "Harborview Inn & Suites, 88 West Street, Bar Harbor, Maine"],
        ["Position", "Housekeeper / room attendant (SOC 37-2012)"],
        [
            "Duties",
            "Clean guest rooms and public areas, change linens, restock amenities, "
            "report maintenance needs, and post mini-bar charges to guest folios.",
        ],
        ["Season", "May 11, 2026 to October 24, 2026"],
        [
            "Hours",
            "40 hours per week, 8:00 a.m. to 4:30 p.m., five days a week on a rotating schedule",
        ],
        ["Wage", "$17.10 per hour; overtime $25.65 per hour after 40 hours in a week"],
        ["Pay", "Every two weeks, by direct deposit"],
        [
            "Requirements",
            "Six months of hotel or hospital housekeeping experience; basic "
            "English helpful but not required",
        ],
    ]
    grid_table(
        pdf,
        rows,
        (22, 78),
        size=9.2,
        font="lserif",
        head=False,
        label_fill=(228, 238, 244),
        after=6,
    )
    heading(pdf, "2. What the Employer provides", size=10.5, after=3)
    para(
        pdf,
        "The Employer reimburses the Worker's H-2B visa fee and inbound airfare from "
        "Guatemala City to Bangor, with meals on the trip, in the first workweek, and "
        "pays the return airfare at the end of the season. Uniforms, cleaning carts, "
        "supplies and gloves are provided at no cost. Staff meals in the employee "
        "cafeteria and coffee are free.",
        size=SZ,
    )
    heading(pdf, "3. Coastal's services and fees", size=10.5, after=3)
    para(pdf, "Coastal is paid by the Employer for its recruiting services. " + Q_TR, size=SZ)
    heading(pdf, "4. Payroll deductions", size=10.5, after=3)
    para(
        pdf,
        "The Employer will deduct federal and Maine income tax, Social Security and "
        "Medicare, and the health plan premium described here. " + Q_INS,
        size=SZ,
    )

    pdf.add_page()
    heading(pdf, "5. Completion guarantee", size=10.5, after=3, before=0)
    para(
        pdf,
        Q_DEP + " The guarantee is returned in Quetzaltenango within 15 days after the "
        "Worker's return. " + Q_BP,
        size=SZ,
    )
    heading(pdf, "6. Ending the assignment", size=10.5, after=3)
    para(
        pdf,
        "The Employer may end the employment for cause, such as theft from guests, "
        "violence or repeated no-shows, after a written warning. A Worker who misses five "
        "consecutive scheduled shifts without notice is treated as having abandoned the "
        "job.",
        size=SZ,
    )
    heading(pdf, "7. Passports", size=10.5, after=3)
    para(
        pdf,
        "The Worker keeps his or her passport and visa. Neither Coastal, the Local Agent "
        "nor the Employer will hold them.",
        size=SZ,
    )
    heading(pdf, "8. Governing law", size=10.5, after=3)
    para(
        pdf,
        "This Agreement is governed by the laws of the State of Maine. The Worker "
        "confirms that the Local Agent explained this Agreement in Spanish.",
        size=SZ,
    )
    sig_block(
        pdf,
        [
            ("For Coastal", "Brian P. McAllister", "Director of International Placement"),
            ("For the Local Agent", "Licda. Sonia Beatriz Ixcot Chávez", "Gerente"),
            ("The Worker", "Ana Lucía Xicará Sac", "Signature and date"),
        ],
        font="lserif",
        size=9,
    )
    pdf.output(os.path.join(out, "bp08.pdf"))

    return label(
        "bp08.pdf",
        "h2b",
        "en",
        False,
        2,
        [
            fee("training_cost", "violation", 1, 150, "USD", Q_TR),
            fee("insurance_cost", "violation", 1, 28.5, "USD", Q_INS),
            fee("deposit_or_bond", "violation", 2, 300, "USD", Q_DEP),
            fee("breach_penalty", "violation", 2, None, None, Q_BP),
        ],
        [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        [RC1, RC2],
        [
            "'post mini-bar charges to guest folios' is a job duty",
            "employer reimburses visa fee and inbound airfare in first workweek; return paid",
            "uniforms, carts and supplies at no cost",
            "free staff meals; 'coffee' contains 'fee'",
            "Coastal paid by the employer for recruiting (look-alike next to the course fee)",
            "worker keeps passport and visa",
            "lawful tax deductions",
        ],
        "recruiter_agreement",
        "single column, Letter; small two-part running header with rule; centred title; "
        "borderless-label gridded assignment table; numbered section headings; three-party "
        "signature block",
    )


# ========================================================================================
# bp09  generic  es  agency agreement (Honduras -> Spain, Huelva strawberries)
# ========================================================================================


def bp09(out):
    AG = "Gestiones Laborales Atlántida Internacional, S. de R.L."
    Q_RF = (
        "Por los servicios de gestión y colocación, LA TRABAJADORA pagará a LA AGENCIA "
        "L 18,500.00 (dieciocho mil quinientos lempiras) en dos cuotas: la mitad al firmar y "
        "la otra mitad al recibir el visado."
    )
    Q_VC = (
        "La tasa del visado de temporada, de unos 80 euros, y los gastos de la cita en el "
        "consulado corren a cargo de LA TRABAJADORA."
    )
    Q_MED = (
        "LA TRABAJADORA se hará el examen médico y la radiografía de tórax en la Clínica "
        "San Isidro de La Ceiba, con un costo de L 2,300.00 que paga ella misma."
    )
    Q_BP = (
        "Si LA TRABAJADORA abandona la campaña antes del 15 de junio de 2026, pagará a LA "
        "AGENCIA una multa de 500 euros por los perjuicios causados."
    )
    pdf = Doc(
        fmt="A4",
        body="lserif",
        margins=(62, 56, 62),
        bottom=56,
        title="Convenio de gestion y colocacion - campana 2026",
        author=AG,
    )

    def head(p):
        fam = p.use("lserif")
        p.set_xy(p.l_margin, 26)
        p.set_font(fam, "B", 11)
        p.cell(p.epw, 14, AG.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_font(fam, "I", 8)
        p.cell(
            p.epw,
            11,
            "Avenida San Isidro, entre 11 y 12 calle, La Ceiba, Atlántida, "
            "Honduras  ·  Tel. 2443-1185",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.set_xy(p.l_margin, 66)

    pdf.head_fn = head
    pdf.foot_fn = page_footer("Convenio GLAI-ES-2026-0058", font="lserif", total=2)
    SZ = 10
    pdf.add_page()
    heading(
        pdf,
        "CONVENIO DE GESTIÓN Y COLOCACIÓN PARA LA CAMPAÑA AGRÍCOLA 2026 EN ESPAÑA\n"
        "(CONTRATACIÓN EN ORIGEN)",
        size=11,
        align="C",
        before=0,
        after=8,
    )
    para(
        pdf,
        "En la ciudad de La Ceiba, departamento de Atlántida, a los doce días del mes de "
        "enero de dos mil veintiséis, comparecen: " + AG + ", representada por su "
        'gerente, Abogado Héctor Rolando Funes Maradiaga, en adelante "LA AGENCIA"; y la '
        "señora Dunia Marisol Zelaya Castro, mayor de edad, soltera, con documento "
        "nacional de identificación número 0101-1994-02317 y domicilio en Tela, "
        'Atlántida, en adelante "LA TRABAJADORA"; quienes convienen lo siguiente:',
        size=SZ,
    )
    clause(
        pdf,
        "PRIMERA. Objeto.",
        "LA AGENCIA gestiona la contratación de LA TRABAJADORA por la empresa española "
        'Fresas del Condado, S.L. (en adelante "LA EMPRESA") dentro del programa de '
        "gestión colectiva de contrataciones en origen.",
        size=SZ,
    )
    clause(
        pdf,
        "SEGUNDA. Condiciones del empleo.",
        "Según la oferta de LA EMPRESA, las condiciones son las siguientes:",
        size=SZ,
    )
    rows = [
        ["Concepto", "Condición"],
        [
            "Empresa",
            "Fresas del Condado, S.L. (CIF B21487305), Camino de los Llanos s/n, "
            "21800 Moguer (Huelva), España",
        ],
        [
            "Puesto",
            "Recolectora de fresa y frutos rojos: recolección en invernadero, selección "
            "y envasado en campo",
        ],
        ["Lugar", "Fincas de LA EMPRESA en Moguer y Palos de la Frontera (Huelva)"],
        ["Duración", "Del 2 de febrero al 15 de junio de 2026"],
        ["Jornada", "La que fije cada día el encargado de la finca según la marcha de la campaña"],
        [
            "Salario",
            "59,02 euros brutos por jornada trabajada, según el convenio colectivo del "
            "campo de Huelva",
        ],
        ["Forma de pago", "Transferencia a la cuenta bancaria que indique LA TRABAJADORA"],
        [
            "Descuentos",
            "La cuota obrera a la Seguridad Social y la retención del IRPF que marca la ley",
        ],
        ["Alojamiento", "Gratuito, en los módulos de la finca, con cocina equipada"],
        [
            "Viajes",
            "LA EMPRESA paga el billete de avión de ida y vuelta Tegucigalpa a Madrid y "
            "el autobús hasta Moguer",
        ],
    ]
    grid_table(pdf, rows, (24, 76), size=9.2, font="lserif", head_fill=(215, 215, 215), after=8)
    clause(pdf, "TERCERA. De los pagos a LA AGENCIA.", Q_RF, size=SZ)

    pdf.add_page()
    clause(pdf, "CUARTA. Del visado.", Q_VC, size=SZ)
    clause(pdf, "QUINTA. Del examen médico.", Q_MED, size=SZ)
    clause(
        pdf,
        "SEXTA. Del compromiso de retorno.",
        "LA TRABAJADORA se compromete a regresar a Honduras al terminar la campaña, como "
        "exige el programa de contratación en origen, y a presentarse en la oficina de LA "
        "AGENCIA dentro del mes siguiente a su regreso. " + Q_BP,
        size=SZ,
    )
    clause(
        pdf,
        "SÉPTIMA. Del despido.",
        "LA EMPRESA podrá despedir a LA TRABAJADORA por faltas graves, como la desobediencia "
        "reiterada al encargado o las agresiones a compañeros, comunicándolo por escrito. "
        "La ausencia al trabajo durante tres días seguidos sin justificar se considera "
        "abandono del puesto.",
        size=SZ,
    )
    clause(
        pdf,
        "OCTAVA. De los documentos.",
        "LA TRABAJADORA conserva su pasaporte y su documento nacional de identificación en "
        "todo momento.",
        size=SZ,
    )
    clause(
        pdf,
        "NOVENA. De la jurisdicción.",
        "Para todo lo relativo a este convenio, las partes se someten a los juzgados de La "
        "Ceiba, Atlántida.",
        size=SZ,
    )
    para(
        pdf,
        "En fe de lo cual firmamos el presente convenio en dos ejemplares de igual valor.",
        size=SZ,
    )
    sig_block(
        pdf,
        [
            ("LA AGENCIA", "Abog. Héctor Rolando Funes Maradiaga", "Gerente"),
            ("LA TRABAJADORA", "Dunia Marisol Zelaya Castro", "DNI 0101-1994-02317"),
        ],
        font="lserif",
        fingerprint="Huella",
    )
    pdf.output(os.path.join(out, "bp09.pdf"))

    return label(
        "bp09.pdf",
        "generic",
        "es",
        False,
        2,
        [
            fee("recruitment_fee", "violation", 1, 18500, "HNL", Q_RF),
            fee("visa_cost", "violation", 2, 80, "EUR", Q_VC),
            fee("medical_cost", "violation", 2, 2300, "HNL", Q_MED),
            fee("breach_penalty", "violation", 2, 500, "EUR", Q_BP),
        ],
        ["hours_of_work", "pay_frequency"],
        [AG],
        [
            "'cuota obrera a la Seguridad Social' and IRPF are statutory deductions, not fees",
            "free housing with kitchen",
            "employer pays round-trip flight and bus",
            "return commitment required by the origin-hiring programme is lawful",
            "worker keeps passport and DNI",
            "'Jornada: La que fije cada día el encargado' has no concrete value (hours missing)",
            "'Forma de pago: transferencia' gives no frequency (pay_frequency missing)",
        ],
        "recruiter_agreement",
        "single column, A4; centred serif letterhead; numbered cláusulas; gridded terms table; "
        "signature block with fingerprint box",
    )


# ========================================================================================
# bp10  generic  en  employment contract (Guatemala -> Canada greenhouse)  -- compliant
# ========================================================================================


def bp10(out):
    pdf = Doc(
        body="dserif",
        margins=(58, 56, 58),
        bottom=50,
        title="Employment Contract - TFWP Agricultural Stream",
        author="Lakeshore Sun Greenhouses Inc.",
    )
    pdf.head_fn = band_header(
        (214, 170, 40),
        "LAKESHORE SUN GREENHOUSES INC.",
        "2240 Mersea Road 5, Leamington, Ontario N8H 3V5, Canada  ·  "
        "(519) 555-0164  ·  LMIA No. 12984471",
        font="dsans",
        textcolor=(40, 40, 40),
        height=54,
    )
    pdf.foot_fn = page_footer(
        "Employment contract  ·  W. A. Sic Chávez  ·  Season 2026", font="dsans", total=2
    )
    SZ = 9.5

    def art(n, t, subs):
        heading(pdf, f"ARTICLE {n}  ·  {t.upper()}", size=9.8, font="dsans", before=3, after=2)
        for i, s in enumerate(subs, 1):
            para(pdf, f"{n}.{i}  {s}", size=SZ, after=2.5, indent=6)

    pdf.add_page()
    heading(
        pdf,
        "EMPLOYMENT CONTRACT\nTemporary Foreign Worker Program, Agricultural Stream",
        size=12,
        align="C",
        before=0,
        after=6,
        font="dserif",
    )
    rows = [
        ["", "Employer", "Worker"],
        ["Name", "Lakeshore Sun Greenhouses Inc.", "Wilmer Antonio Sic Chávez"],
        [
            "Address",
            "2240 Mersea Road 5, Leamington, Ontario N8H 3V5",
            "Aldea Xejuyú, Tecpán, Chimaltenango, Guatemala",
        ],
        ["Identifier", "CRA BN 81723 4419 RP0001", "Passport No. 2077 31954 0407"],
        ["Contact", "Carla Meloche, HR Manager", "Born May 14, 1993"],
    ]
    grid_table(
        pdf,
        rows,
        (16, 42, 42),
        size=8.8,
        font="dsans",
        head_fill=(240, 226, 180),
        label_fill=(248, 244, 230),
        after=6,
    )
    art(
        1,
        "Position and duties",
        [
            "The Worker is employed as a Greenhouse Worker (NOC 85101).",
            "Duties: harvesting tomatoes and peppers, clipping and lowering vines, removing "
            "leaves, pushing harvest carts, and checking drip lines and fertigation feeder tanks "
            "for blockages.",
        ],
    )
    art(
        2,
        "Place of work",
        ["The greenhouses at 2240 Mersea Road 5 and 1915 Mersea Road 4, Leamington, Ontario."],
    )
    art(3, "Term", ["This contract runs from March 1, 2026 to December 15, 2026."])
    art(
        4,
        "Hours of work",
        [
            "The normal schedule is 8 hours per day, Monday to Saturday (48 hours per week), "
            "with Sundays off. Overtime is paid as the Ontario Employment Standards Act "
            "requires."
        ],
    )
    art(
        5,
        "Wages",
        [
            "The Worker is paid CAD 17.60 per hour. If the prevailing wage or the Ontario "
            "minimum wage rises above this rate, the higher rate applies.",
            "Wages are paid every two weeks by direct deposit, with a pay statement.",
        ],
    )
    art(
        6,
        "Deductions",
        [
            "The Employer deducts only the statutory deductions required by law: income tax, "
            "Canada Pension Plan (CPP) contributions and Employment Insurance (EI) premiums.",
            "No other amount is deducted without the Worker's written consent, and never for "
            "recruitment, travel, the LMIA or the work permit.",
        ],
    )

    pdf.add_page()
    art(
        7,
        "Travel",
        [
            "The Employer pays the Worker's round-trip airfare between Guatemala City and "
            "Windsor and ground transport from the airport to the housing, and does not recover "
            "any part of these costs."
        ],
    )
    art(
        8,
        "Housing",
        [
            "The Employer provides housing at 2250 Mersea Road 5, inspected by the local health "
            "unit, free of charge."
        ],
    )
    art(
        9,
        "Health and safety insurance",
        [
            "Until the Worker is covered by OHIP, the Employer pays private health insurance for "
            "the Worker; the Worker pays no premium.",
            "The Worker is covered by WSIB at the Employer's cost.",
        ],
    )
    art(
        10,
        "Costs paid by the Employer",
        [
            "The Employer pays the LMIA processing fee, all recruitment costs and the work permit "
            "fee, and will not recover them from the Worker.",
            "The Employer did not use a recruiter or third-party agent for this hire. No one may "
            "charge the Worker a fee for this job.",
        ],
    )
    art(
        11,
        "Protective equipment",
        ["Gloves, clippers, harvest carts and safety footwear are provided free of charge."],
    )
    art(
        12,
        "Documents and freedom of movement",
        [
            "The Worker keeps his passport and work permit.",
            "The Worker may leave the housing during free time and may apply to change employer "
            "by obtaining a new work permit; the Employer will not penalize him for doing so.",
        ],
    )
    art(
        13,
        "Termination",
        [
            "The Employer may end this contract for just cause (serious misconduct), with "
            "written reasons.",
            "If the Employer ends the contract early without just cause, it gives the notice or "
            "pay required by the Employment Standards Act and pays the return airfare.",
            "The Worker may resign with one week's notice, without any penalty.",
        ],
    )
    art(
        14,
        "Complaints",
        [
            "The Worker may contact Employment and Social Development Canada (1-866-602-9448) or "
            "the Consulate of Guatemala about any problem, without reprisal."
        ],
    )
    sig_block(
        pdf,
        [
            ("FOR THE EMPLOYER", "Carla Meloche, HR Manager", "Date: January 19, 2026"),
            ("THE WORKER", "Wilmer Antonio Sic Chávez", "Date:"),
        ],
        font="dserif",
        before=6,
    )
    pdf.output(os.path.join(out, "bp10.pdf"))

    return label(
        "bp10.pdf",
        "generic",
        "en",
        False,
        2,
        [],
        [],
        [],
        [
            "'fertigation feeder tanks' is a job word",
            "statutory CPP/EI/income tax deductions (not insurance_cost)",
            "employer pays private health insurance until OHIP; WSIB at employer's cost",
            "employer pays round-trip airfare, not recovered",
            "free housing",
            "employer pays LMIA, work permit and recruitment costs; no recruiter used",
            "protective equipment free",
            "worker keeps passport; may leave housing and change employer without penalty "
            "(negated movement restriction)",
            "may resign without penalty (negated breach penalty)",
        ],
        "work_contract",
        "single column, Letter; yellow header band with dark text; 3-column parties grid "
        "table; 'ARTICLE n' headings with decimal-numbered sub-clauses; signature block",
    )


# ========================================================================================
# bp11  generic  es  receipt (Nicaragua -> Costa Rica)
# ========================================================================================


def bp11(out):
    AG = "Colocaciones Los Maribios"
    Q_RF = "C$ 5,000.00 por la colocación en la finca y el trámite de su contratación."
    Q_VC = (
        "C$ 2,500.00 por el permiso de trabajo temporal y el paso por la frontera de Peñas Blancas."
    )
    Q_DR = (
        "El trabajador deja su cédula de identidad en poder de Colocaciones Los Maribios "
        "hasta que se presente a trabajar en la finca, donde se la entregará el capataz."
    )
    Q_DEBT = (
        "Se le prestan C$ 1,000.00 para el viaje, que devolverá al contratista en la finca "
        "con un recargo de C$ 200.00."
    )
    pdf = Doc(
        fmt=(396, 612),
        body="lserif",
        margins=(30, 28, 30),
        bottom=24,
        title="Recibo de caja 0347",
        author=AG,
    )
    pdf.add_page()
    # outer border
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(1.0)
    pdf.rect(20, 20, pdf.w - 40, pdf.h - 40)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, 30)
    heading(pdf, "COLOCACIONES LOS MARIBIOS", size=13, align="C", before=0, after=0, font="lserif")
    para(
        pdf,
        "Trámites de trabajo en Costa Rica  ·  Del Parque Central 2 c. al sur, "
        "Chinandega  ·  Tel. 8842-1976",
        size=7.5,
        align="C",
        after=6,
        style="I",
    )
    y = pdf.get_y()
    mono = pdf.use("lmono")
    pdf.set_font(pdf.body, "B", 11)
    pdf.cell(150, 16, "RECIBO DE CAJA")
    pdf.set_font(mono, "B", 11)
    pdf.set_text_color(170, 20, 20)
    pdf.cell(pdf.epw - 150, 16, "No. 0347", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(40, 40, 40)
    pdf.rect(pdf.w - pdf.r_margin - 140, y + 20, 140, 20)
    pdf.set_xy(pdf.w - pdf.r_margin - 138, y + 24)
    pdf.set_font(mono, "B", 10)
    pdf.cell(136, 12, "BUENO POR C$ 7,500.00", align="C")
    pdf.set_xy(pdf.l_margin, y + 48)
    SZ = 9.3
    para(
        pdf,
        "Recibí del señor Julio César Arróliga Membreño, cédula de identidad "
        "081-150391-0004K, la cantidad de siete mil quinientos córdobas netos "
        "(C$ 7,500.00), en concepto de:",
        size=SZ,
        align="L",
    )
    para(pdf, "1. " + Q_RF, size=SZ, align="L", indent=8, after=2)
    para(pdf, "2. " + Q_VC, size=SZ, align="L", indent=8, after=6)
    heading(pdf, "Datos del trabajo", size=9.5, before=0, after=1)
    para(
        pdf,
        "Trabajo: cortador de naranja (corta y acarreo de cajas) en una finca de Los "
        "Chiles, Alajuela, Costa Rica. Pago: 700 colones por caja cosechada, cada quince "
        "días. Salida: 3 de noviembre de 2026, de la terminal de Chinandega. Se regresa "
        "cuando termine la cosecha.",
        size=SZ,
        align="L",
        after=6,
    )
    heading(pdf, "Observaciones", size=9.5, before=0, after=1)
    para(pdf, Q_DR, size=SZ, align="L", after=2)
    para(pdf, Q_DEBT, size=SZ, align="L", after=2)
    para(
        pdf,
        "El bus de Chinandega a la frontera lo pone la agencia sin costo. En la finca el "
        "patrón da la comida y el cuarto sin cobrar.",
        size=SZ,
        align="L",
        after=6,
    )
    para(pdf, "Chinandega, 27 de octubre de 2026.", size=SZ, align="R", after=0)
    sig_block(
        pdf,
        [
            ("Recibí conforme", "Ramón Espinoza Lanuza", "por " + AG),
            ("Entregué", "Julio César Arróliga Membreño", "Cédula 081-150391-0004K"),
        ],
        font="lserif",
        size=8.5,
        before=4,
        gap=30,
    )
    pdf.set_xy(pdf.l_margin, pdf.h - 46)
    pdf.set_font(pdf.body, "I", 6.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(pdf.epw, 8, "Original: cliente  ·  Copia: archivo  ·  Talonario 0301-0400", align="C")
    pdf.output(os.path.join(out, "bp11.pdf"))

    return label(
        "bp11.pdf",
        "generic",
        "es",
        False,
        1,
        [
            fee("recruitment_fee", "violation", 1, 5000, "NIO", Q_RF),
            fee("visa_cost", "violation", 1, 2500, "NIO", Q_VC),
            fee("document_retention", "violation", 1, None, None, Q_DR),
            fee("debt_bondage", "violation", 1, 1000, "NIO", Q_DEBT),
        ],
        [
            "employer_identity",
            "employment_period",
            "hours_of_work",
            "deductions",
            "return_transportation",
            "termination",
        ],
        [AG],
        [
            "'BUENO POR C$ 7,500.00' is the receipt total of the two charges, not a third fee",
            "bus to the border provided by the agency free (negated travel cost)",
            "free food and room at the farm",
            "'Se regresa cuando termine la cosecha' does not say who pays (return missing)",
            "700 colones per box is the wage, not a charge",
        ],
        "receipt",
        "half-letter receipt (5.5 x 8.5 in) inside a heavy border; centred letterhead; red "
        "receipt number; boxed amount; numbered concept lines; two signature lines",
    )


# ========================================================================================
# bp12  generic  en+es  pre-departure agreement (Jalisco -> Alberta meat plant)
# ========================================================================================


def bp12(out):
    AG = "Talento Migrante Global, S.C."
    Q_DEP_EN = (
        "Before departure the Worker leaves a security deposit of MXN 8,500 with the "
        "Agency, returned when the Worker completes the 24 months."
    )
    Q_DEP_ES = (
        "Antes de salir, el Trabajador deja con la Agencia un depósito en garantía de "
        "8 500 pesos, que se devuelve cuando cumpla los 24 meses."
    )
    Q_EQ_EN = (
        "Knives, mesh gloves and the steel apron are charged to the Worker at CAD 240, "
        "deducted in four instalments."
    )
    Q_EQ_ES = (
        "Los cuchillos, los guantes de malla y el mandil de acero se cobran al "
        "Trabajador en 240 dólares canadienses, descontados en cuatro pagos."
    )
    Q_MOV_EN = (
        "Workers must live in the residence chosen by the Agency and may not leave it "
        "between 10 p.m. and 6 a.m."
    )
    Q_MOV_ES = (
        "Los trabajadores deben vivir en la residencia que elija la Agencia y no pueden "
        "salir de ella entre las 10 de la noche y las 6 de la mañana."
    )
    pdf = Doc(
        body="lsans",
        margins=(56, 50, 56),
        bottom=50,
        title="Pre-departure agreement / Convenio previo a la salida",
        author=AG,
    )
    pdf.head_fn = band_header(
        (92, 40, 120),
        "TALENTO MIGRANTE GLOBAL, S.C.",
        "Av. Chapultepec Sur 480, Piso 3, Col. Americana, Guadalajara, "
        "Jalisco  ·  Tel. 33 3615 2290",
        font="lsans",
        height=52,
    )
    pdf.foot_fn = page_footer("TMG-CA-2026-0311  ·  EN / ES", font="lsans", total=2)

    def bi(n, t_en, t_es, en, es):
        heading(
            pdf,
            f"{n}. {t_en} / {t_es}",
            size=10,
            font="lsans",
            before=3,
            after=2,
            color=(92, 40, 120),
        )
        para(pdf, en, size=9.6, font="lsans", after=2)
        para(pdf, es, size=9.6, font="lsans", style="I", color=(70, 70, 70), after=4)

    pdf.add_page()
    heading(
        pdf,
        "PRE-DEPARTURE AGREEMENT  ·  CONVENIO PREVIO A LA SALIDA",
        size=12,
        align="C",
        font="lsans",
        before=0,
        after=6,
    )
    rows = [
        ["Party / Parte", "Details / Datos"],
        [
            "Agency / Agencia",
            AG + ", Av. Chapultepec Sur 480, Piso 3, Col. Americana, Guadalajara, Jalisco, México",
        ],
        [
            "Employer / Empleador",
            "Red Coulee Meat Packers Ltd., 4410 Ironwood Road, Brooks, Alberta T1R 1B6, Canada",
        ],
        [
            "Worker / Trabajador",
            "Gerardo Ulises Bañuelos Ochoa, Calle Independencia 77, San Pedro Tlaquepaque, Jalisco",
        ],
    ]
    grid_table(pdf, rows, (28, 72), size=9, font="lsans", head_fill=(225, 210, 235), after=6)
    bi(
        1,
        "Job",
        "Empleo",
        "The Worker will work for the Employer as an Industrial Butcher (NOC 94141), trimming "
        "and deboning beef on the processing line, at the Employer's plant at 4410 Ironwood "
        "Road, Brooks, Alberta.",
        "El Trabajador trabajará para el Empleador como carnicero industrial (NOC 94141), "
        "limpiando y deshuesando carne de res en la línea de proceso, en la planta del Empleador "
        "en 4410 Ironwood Road, Brooks, Alberta.",
    )
    bi(
        2,
        "Term",
        "Vigencia",
        "From April 6, 2026 to April 5, 2028 (24 months).",
        "Del 6 de abril de 2026 al 5 de abril de 2028 (24 meses).",
    )
    bi(
        3,
        "Hours and pay",
        "Jornada y salario",
        "8 hours per day, 40 hours per week, Monday to Friday, on the day or evening shift; "
        "CAD 19.50 per hour, paid every two weeks by direct deposit.",
        "8 horas diarias, 40 horas por semana, de lunes a viernes, en turno de día o de tarde; "
        "19.50 dólares canadienses por hora, pagados cada dos semanas por depósito directo.",
    )
    bi(
        4,
        "Deductions",
        "Descuentos",
        "Income tax, CPP contributions and EI premiums are deducted as Canadian law requires, "
        "together with the equipment instalments in clause 6.",
        "Se descuentan el impuesto sobre la renta, las aportaciones al CPP y las primas del EI "
        "como exige la ley canadiense, junto con los pagos del equipo de la cláusula 6.",
    )
    bi(
        5,
        "Travel and fees",
        "Viaje y cuotas",
        "The Employer pays the flight from Guadalajara to Calgary and the return flight to "
        "Guadalajara at the end of the contract. The Employer also pays the LMIA and work "
        "permit fees, and the Agency's placement fee is paid by the Employer; the Worker pays "
        "no placement fee.",
        "El Empleador paga el vuelo de Guadalajara a Calgary y el vuelo de regreso a Guadalajara "
        "al terminar el contrato. También paga las cuotas del LMIA y del permiso de trabajo, y la "
        "cuota de colocación de la Agencia la paga el Empleador; el Trabajador no paga cuota de "
        "colocación.",
    )

    pdf.add_page()
    bi(
        6,
        "Equipment",
        "Equipo",
        Q_EQ_EN + " Hard hats and ear plugs are free.",
        Q_EQ_ES + " El casco y los tapones para los oídos son gratis.",
    )
    bi(
        7,
        "Residence",
        "Residencia",
        "The Agency arranges a shared residence in Brooks close to the plant. " + Q_MOV_EN,
        "La Agencia consigue una residencia compartida en Brooks cerca de la planta. " + Q_MOV_ES,
    )
    bi(8, "Deposit", "Depósito", Q_DEP_EN, Q_DEP_ES)
    bi(
        9,
        "Documents",
        "Documentos",
        "The Worker keeps his passport and work permit at all times.",
        "El Trabajador conserva su pasaporte y su permiso de trabajo en todo momento.",
    )
    bi(
        10,
        "Language",
        "Idioma",
        "This agreement is signed in English and Spanish; both texts have the same value.",
        "Este convenio se firma en inglés y en español; ambos textos tienen el mismo valor.",
    )
    para(
        pdf,
        "Guadalajara, Jalisco, March 9, 2026  ·  Guadalajara, Jalisco, 9 de marzo de 2026",
        size=9.5,
        font="lsans",
        align="L",
        after=0,
    )
    sig_block(
        pdf,
        [
            (
                "THE AGENCY / LA AGENCIA",
                "Mtra. Lorena Ibarra Villaseñor",
                "Directora de Operaciones",
            ),
            ("THE WORKER / EL TRABAJADOR", "Gerardo Ulises Bañuelos Ochoa", "Signature / Firma"),
        ],
        font="lsans",
    )
    pdf.output(os.path.join(out, "bp12.pdf"))

    return label(
        "bp12.pdf",
        "generic",
        "en+es",
        False,
        2,
        [
            fee("equipment_charge", "violation", 2, 240, "CAD", Q_EQ_EN, group=1),
            fee("equipment_charge", "violation", 2, 240, "CAD", Q_EQ_ES, group=1),
            fee("movement_restriction", "violation", 2, None, None, Q_MOV_EN, group=2),
            fee("movement_restriction", "violation", 2, None, None, Q_MOV_ES, group=2),
            fee("deposit_or_bond", "violation", 2, 8500, "MXN", Q_DEP_EN, group=3),
            fee("deposit_or_bond", "violation", 2, 8500, "MXN", Q_DEP_ES, group=3),
        ],
        ["termination"],
        [AG],
        [
            "employer pays flights both ways",
            "employer pays LMIA and work-permit fees",
            "agency placement fee paid by the employer; worker pays no placement fee (negated; "
            "'cuota de colocación' appears)",
            "statutory CPP/EI/income tax deductions",
            "hard hats and ear plugs free",
            "worker keeps passport and work permit",
        ],
        "recruiter_agreement",
        "bilingual stacked: each clause in English then Spanish in grey italics; purple header "
        "band; gridded parties table; signature block",
    )


BUILDERS = [bp01, bp02, bp03, bp04, bp05, bp06, bp07, bp08, bp09, bp10, bp11, bp12]


# ----------------------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------------------


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def self_check(out, labels):
    errors = []
    for lab in labels:
        path = os.path.join(out, lab["file"])
        with pdfplumber.open(path) as pdf:
            n = len(pdf.pages)
            if n != lab["pages"]:
                errors.append(f"{lab['file']}: {n} pages, label says {lab['pages']}")
                continue
            if not 1 <= n <= 4:
                errors.append(f"{lab['file']}: {n} pages out of range")
            texts, scanned_pages = {}, set()
            for i, page in enumerate(pdf.pages, 1):
                if len(page.chars) == 0 and len(page.images) > 0:
                    scanned_pages.add(i)
                    texts[i] = ""
                else:
                    texts[i] = norm(page.extract_text())
                    if not texts[i]:
                        errors.append(f"{lab['file']} p{i}: no text and no image")
            if lab["scanned"] and not scanned_pages:
                errors.append(f"{lab['file']}: labelled scanned but every page has text")
            if not lab["scanned"] and scanned_pages:
                errors.append(
                    f"{lab['file']}: image-only page(s) {sorted(scanned_pages)} but "
                    "not labelled scanned"
                )
            for sp in scanned_pages:
                if pdf.pages[sp - 1].chars:
                    errors.append(f"{lab['file']} p{sp}: scanned page has a text layer")
            for f in lab["fees"]:
                p = f["page"]
                if p in scanned_pages:
                    errors.append(f"{lab['file']}: fee on scanned page {p}")
                    continue
                if norm(f["quote"]) not in texts.get(p, ""):
                    errors.append(f"{lab['file']} p{p}: quote not found: {f['quote'][:70]}")
            alltext = " ".join(texts.values())
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append(f"{lab['file']}: recruiter not printed: {r}")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    labels = [b(out) for b in BUILDERS]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = self_check(out, labels)
    for e in errors:
        print("MISMATCH:", e, file=sys.stderr)
    if errors:
        return 1
    nfees = sum(len(l["fees"]) for l in labels)
    print(f"ok: {len(labels)} documents, {nfees} labelled fees, written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
