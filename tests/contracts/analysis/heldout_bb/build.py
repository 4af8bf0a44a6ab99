#!/usr/bin/env python3
"""Held-out contract batch "bb" for the FairRecruit contract checker.

Usage:  python build.py OUT_DIR

Writes bb01.pdf ... bb12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and checks page counts, that each labelled fee quote is printed on its
labelled page (whitespace-normalized; scanned pages are skipped) and that every labelled
recruiter name is printed. Exits non-zero on any mismatch.

Deterministic: fixed creation date, fixed seeds, no clock or randomness outside seeded RNGs.
Self-contained: uses only fpdf2, pdfplumber, Pillow and numpy (no project imports).
"""

import io
import json
import os
import re
import shutil
import sys
from datetime import UTC, datetime

import numpy as np
import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime(2026, 1, 20, 9, 30, 0, tzinfo=UTC)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "dejavu": {
        "": DJ + "DejaVuSans.ttf",
        "B": DJ + "DejaVuSans-Bold.ttf",
        "I": DJ + "DejaVuSans-Oblique.ttf",
        "BI": DJ + "DejaVuSans-BoldOblique.ttf",
    },
    "dejavucond": {
        "": DJ + "DejaVuSansCondensed.ttf",
        "B": DJ + "DejaVuSansCondensed-Bold.ttf",
        "I": DJ + "DejaVuSansCondensed-Oblique.ttf",
        "BI": DJ + "DejaVuSansCondensed-BoldOblique.ttf",
    },
    "dejavuserif": {
        "": DJ + "DejaVuSerif.ttf",
        "B": DJ + "DejaVuSerif-Bold.ttf",
        "I": DJ + "DejaVuSerif-Italic.ttf",
        "BI": DJ + "DejaVuSerif-BoldItalic.ttf",
    },
    "libsans": {
        "": LB + "LiberationSans-Regular.ttf",
        "B": LB + "LiberationSans-Bold.ttf",
        "I": LB + "LiberationSans-Italic.ttf",
        "BI": LB + "LiberationSans-BoldItalic.ttf",
    },
    "libserif": {
        "": LB + "LiberationSerif-Regular.ttf",
        "B": LB + "LiberationSerif-Bold.ttf",
        "I": LB + "LiberationSerif-Italic.ttf",
        "BI": LB + "LiberationSerif-BoldItalic.ttf",
    },
    "libnarrow": {
        "": LB + "LiberationSansNarrow-Regular.ttf",
        "B": LB + "LiberationSansNarrow-Bold.ttf",
        "I": LB + "LiberationSansNarrow-Italic.ttf",
        "BI": LB + "LiberationSansNarrow-BoldItalic.ttf",
    },
}


# --------------------------------------------------------------------------- layout kit


class Doc(FPDF):
    """FPDF with lazy font loading, pluggable header/footer and a 'scan' page mode."""

    def __init__(self, fmt="letter", margins=(20, 16, 20), bottom=18, title=""):
        super().__init__(orientation="P", unit="mm", format=fmt)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("")
        self.set_creator("bb-batch")
        self._added = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.head = None
        self.foot = None
        self.scan_pages = set()

    def font(self, fam, style="", size=10):
        key = fam + style
        if key not in self._added:
            self.add_font(fam, style, FONTS[fam][style])
            self._added.add(key)
        self.set_font(fam, style, size)

    def header(self):
        if self.head and self.page_no() not in self.scan_pages:
            self.head(self)

    def footer(self):
        if self.foot and self.page_no() not in self.scan_pages:
            self.foot(self)


def para(
    pdf,
    text,
    fam="dejavu",
    size=10,
    style="",
    align="J",
    lh=None,
    indent=0,
    after=1.6,
    md=False,
    color=(0, 0, 0),
    w=None,
):
    pdf.font(fam, style, size)
    if md:
        pdf.font(fam, "B", size)
        pdf.font(fam, style, size)
    pdf.set_text_color(*color)
    lh = lh or size * 0.46
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(
        w=w or (pdf.epw - indent),
        h=lh,
        text=text,
        align=align,
        markdown=md,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def heading(
    pdf,
    text,
    fam="dejavu",
    size=12,
    align="L",
    fill=None,
    color=(0, 0, 0),
    after=1.5,
    style="B",
    lh=None,
):
    pdf.font(fam, style, size)
    pdf.set_text_color(*color)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.multi_cell(
        w=pdf.epw,
        h=lh or size * 0.5,
        text=text,
        align=align,
        fill=bool(fill),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(after)


def bullets(pdf, items, fam="dejavu", size=10, sym="\u2022", indent=4, lh=None, after=1.2, gap=0.6):
    lh = lh or size * 0.46
    for it in items:
        pdf.font(fam, "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(5, lh, sym)
        pdf.multi_cell(
            w=pdf.epw - indent - 5, h=lh, text=it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.ln(gap)
    pdf.ln(after)


def grid(
    pdf,
    rows,
    widths,
    fam="dejavu",
    size=9.5,
    header=None,
    borders="ALL",
    head_fill=(215, 225, 238),
    bold_first=True,
    lh=None,
    zebra=None,
    padding=1.3,
    align="LEFT",
    after=3,
):
    pdf.font(fam, "B", size)
    pdf.font(fam, "", size)
    pdf.set_fill_color(255, 255, 255)
    kw = dict(
        col_widths=widths,
        width=min(sum(widths), pdf.epw - 0.01),
        borders_layout=borders,
        first_row_as_headings=bool(header),
        line_height=lh or size * 0.5,
        text_align=align,
        padding=padding,
        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
    )
    if zebra:
        kw.update(cell_fill_color=zebra, cell_fill_mode="ROWS")
    with pdf.table(**kw) as t:
        if header:
            r = t.row()
            for h in header:
                r.cell(h)
        for row in rows:
            r = t.row()
            for i, c in enumerate(row):
                if i == 0 and bold_first:
                    r.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    r.cell(c)
    pdf.ln(after)


def signatures(pdf, cols, fam="dejavu", size=9.5, line_w=None, gap_above=14, box=None):
    """cols: list of (label, name). Draws signature lines side by side."""
    n = len(cols)
    colw = pdf.epw / n
    lw = line_w or colw - 10
    pdf.ln(gap_above)
    y = pdf.get_y()
    for i, (label, name) in enumerate(cols):
        x = pdf.l_margin + i * colw
        pdf.line(x, y, x + lw, y)
        pdf.set_xy(x, y + 1)
        pdf.font(fam, "B", size)
        pdf.multi_cell(lw, size * 0.45, label, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(x, y + 1 + size * 0.47)
        pdf.font(fam, "", size)
        pdf.multi_cell(lw, size * 0.45, name, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
    if box:
        bx = pdf.l_margin + pdf.epw - 24
        pdf.rect(bx, y - 26, 22, 24)
        pdf.font(fam, "", 7)
        pdf.set_xy(bx, y - 1.5)
        pdf.cell(22, 3, box, align="C")
    pdf.set_y(y + 3 * size * 0.47 + 2)


def band(pdf, text, rgb, fam="dejavu", size=11, h=9, color=(255, 255, 255), sub=None):
    pdf.set_fill_color(*rgb)
    pdf.rect(0, 0, pdf.w, h + (5 if sub else 0), style="F")
    pdf.font(fam, "B", size)
    pdf.set_text_color(*color)
    pdf.set_xy(pdf.l_margin, 1.8)
    pdf.cell(pdf.epw, h - 3, text, align="L")
    if sub:
        pdf.font(fam, "", size - 3)
        pdf.set_xy(pdf.l_margin, h - 1)
        pdf.cell(pdf.epw, 5, sub, align="L")
    pdf.set_text_color(0, 0, 0)


def small_footer(text, fam="dejavu", size=7.5, rule=True, align="C"):
    def f(pdf):
        pdf.set_y(-13)
        if rule:
            pdf.set_draw_color(150, 150, 150)
            pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
            pdf.set_draw_color(0, 0, 0)
        pdf.font(fam, "", size)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(pdf.epw, 4, text.format(p=pdf.page_no(), n="{nb}"), align=align)
        pdf.set_text_color(0, 0, 0)

    return f


def columns(
    pdf, paras, fam="dejavu", size=9, gutter=7, lh=1.12, align="J", balance=False, bold_lead=True
):
    """paras: list of (lead, text). lead printed in bold at paragraph start."""
    pdf.font(fam, "B", size)
    pdf.font(fam, "", size)
    with pdf.text_columns(
        ncols=2, gutter=gutter, text_align=align, line_height=lh, balance=balance
    ) as cols:
        for lead, text in paras:
            with cols.paragraph(bottom_margin=1.6) as p:
                if lead:
                    pdf.font(fam, "B", size)
                    p.write(lead + " ")
                pdf.font(fam, "", size)
                p.write(text)


# --------------------------------------------------------------------------- "scanned" page


def scan_page(pdf, blocks, seed, dpi=200, font_px=31, rotate=0.35, footer=None, header=None):
    """Render blocks [(kind, text)] (kind: 'h' heading, 'p' paragraph, 'c' centered bold,
    'gap') into a grayscale page image with noise, blur and a slight skew, and embed it
    as a full page with no text layer."""
    W = int(round(pdf.w / 25.4 * dpi))
    H = int(round(pdf.h / 25.4 * dpi))
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(FONTS["libserif"][""], font_px)
    bold = ImageFont.truetype(FONTS["libserif"]["B"], font_px)
    big = ImageFont.truetype(FONTS["libserif"]["B"], int(font_px * 1.2))
    ml = int(dpi * 0.95)
    mr = int(dpi * 0.9)
    maxw = W - ml - mr
    y = int(dpi * 0.85)
    lh = int(font_px * 1.38)

    def wrap(text, fnt):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=fnt) <= maxw:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, text in blocks:
        if kind == "gap":
            y += lh // 2
            continue
        fnt = {"h": bold, "c": big, "p": reg}[kind]
        for line in wrap(text, fnt):
            if kind == "c":
                x = (W - d.textlength(line, font=fnt)) / 2
            else:
                x = ml
            d.text((x, y), line, font=fnt, fill=28)
            y += lh
        y += lh // 3
    if header:
        small = ImageFont.truetype(FONTS["dejavu"]["B"], int(font_px * 0.8))
        d.text((ml, int(dpi * 0.38)), header, font=small, fill=40)
        d.line((ml, int(dpi * 0.55), W - mr, int(dpi * 0.55)), fill=90, width=4)
    if footer:
        fw = d.textlength(footer, font=reg)
        d.text(((W - fw) / 2, H - int(dpi * 0.6)), footer, font=reg, fill=60)
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=247)
    rng = np.random.default_rng(seed)
    a = np.asarray(img, dtype=np.float32)
    a += rng.normal(0.0, 7.0, a.shape)
    # faint scanner shadow on the left edge
    shade = np.linspace(28, 0, 90, dtype=np.float32)
    a[:, :90] -= shade[None, :]
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, mode="L").filter(ImageFilter.GaussianBlur(0.55))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=82, optimize=False)
    buf.seek(0)
    pdf.scan_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)


# =========================================================================== documents
# bb01  H-2A  es  compliant  work contract with summary table and numbered clauses


def bb01():
    pdf = Doc("letter", margins=(22, 18, 22), title="Contrato H-2A Tieton Ridge")
    pdf.head = lambda p: (
        p.font("libsans", "I", 8),
        p.set_text_color(110, 110, 110),
        p.set_xy(p.l_margin, 8),
        p.cell(
            p.epw,
            4,
            "Tieton Ridge Cherry Company LLC  ·  Contrato de trabajo H-2A  ·  Temporada 2026",
            align="R",
        ),
        p.set_text_color(0, 0, 0),
        p.set_y(18),
    )
    pdf.foot = small_footer(
        "Página {p} de {n}   —   Iniciales del trabajador: ________", fam="libsans"
    )
    pdf.add_page()
    F = "libsans"
    heading(pdf, "CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA DE TEMPORADA", F, 14, "C", after=0.5)
    heading(
        pdf,
        "Programa de visas H-2A  ·  Orden de trabajo certificada H-300-26027-558104",
        F,
        9.5,
        "C",
        style="",
        color=(70, 70, 70),
        after=4,
    )
    para(
        pdf,
        "Celebran este contrato, por una parte, Tieton Ridge Cherry Company LLC, con domicilio en "
        "1845 Franklin Road, Tieton, Washington 98947, Estados Unidos (en adelante «EL EMPLEADOR»), "
        "representada por su gerente de personal, Marisol Ekberg-Durán; y por la otra, Teodoro Abundio "
        "Ríos Calixto, originario de Jerez de García Salinas, Zacatecas, México (en adelante «EL "
        "TRABAJADOR»), conforme a las cláusulas que siguen. Este contrato se entrega en español, que es "
        "el idioma que EL TRABAJADOR lee, antes de que solicite su visa.",
        F,
        10.5,
        after=3,
    )
    heading(pdf, "RESUMEN DE LA OFERTA", F, 10.5, fill=(226, 236, 222), after=1)
    grid(
        pdf,
        [
            ("Puesto", "Trabajador agrícola de huerto (cosecha de cereza y pera)"),
            (
                "Tareas",
                "Cosechar cereza y pera a mano desde escaleras de 10 a 12 pies, vaciar la fruta en "
                "cubetas y bins, ralear fruta verde, deshojar, recoger ramas de poda y mantener "
                "limpias las hileras.",
            ),
            (
                "Lugares",
                "Huertos de EL EMPLEADOR en Tieton, Cowiche y Naches Heights, condado de Yakima, "
                "Washington (direcciones en la cláusula segunda)",
            ),
            ("Periodo", "Del 12 de mayo de 2026 al 18 de septiembre de 2026"),
            (
                "Jornada",
                "40 horas por semana: lunes a viernes de 6:00 a 14:30, con media hora para "
                "comer; domingo de descanso",
            ),
            (
                "Salario",
                "$20.14 por hora, o $5.25 por cubeta de cereza de 25 libras cuando así gane más "
                "en la semana",
            ),
            (
                "Pago",
                "Semanal, cada jueves, por depósito directo o cheque, a elección de EL TRABAJADOR",
            ),
            ("Vivienda", "Gratuita, en el Campamento Loma Alta, 1901 Franklin Road, Tieton"),
            ("Transporte diario", "Gratuito, en autobús de EL EMPLEADOR"),
            ("Reclutadora", "Enlace Campo Norte Reclutadora, S.C., Fresnillo, Zacatecas"),
        ],
        (38, 134),
        F,
        10,
        zebra=(246, 249, 244),
    )
    para(
        pdf,
        "Las cláusulas de las páginas siguientes explican cada punto. Si algo del resumen no coincide "
        "con las cláusulas, vale lo que sea más favorable para EL TRABAJADOR.",
        F,
        9.5,
        style="I",
        color=(60, 60, 60),
    )

    pdf.add_page()
    cl = [
        (
            "CLÁUSULA PRIMERA. Duración y garantía de empleo.",
            "El contrato corre del 12 de mayo de 2026 al 18 de septiembre de 2026. EL EMPLEADOR garantiza "
            "ofrecer a EL TRABAJADOR empleo por un número de horas igual, por lo menos, a las tres cuartas "
            "partes de los días de trabajo del periodo del contrato; si ofrece menos, pagará la diferencia "
            "como si esas horas se hubieran trabajado.",
        ),
        (
            "CLÁUSULA SEGUNDA. Lugares de trabajo.",
            "Huerto Franklin (1845 Franklin Road, Tieton), Huerto Cowiche Canyon (915 Cowiche Mill Road, "
            "Cowiche) y Huerto Naches Heights (2030 Naches Heights Road, Yakima), todos en el condado de "
            "Yakima, Washington.",
        ),
        (
            "CLÁUSULA TERCERA. Salario y ajustes.",
            "EL TRABAJADOR gana $20.14 por hora o, en la cosecha de cereza, $5.25 por cubeta de 25 libras "
            "cuando el destajo le dé más en la semana; nunca recibirá menos de $20.14 por hora trabajada. Si "
            "durante el contrato se publica una tarifa AEWR, un salario prevaleciente o un salario mínimo "
            "estatal más alto, EL EMPLEADOR pagará la tarifa más alta desde la fecha en que entre en vigor. "
            "Bono de fin de temporada: además del salario completo de cada semana, quien permanezca hasta el "
            "18 de septiembre recibirá $0.40 adicionales por cada hora trabajada en la temporada; ninguna "
            "parte del salario semanal se aparta ni se retiene para pagar este bono.",
        ),
        (
            "CLÁUSULA CUARTA. Pago, talones y descuentos.",
            "El pago se hace cada jueves. Cada talón muestra las horas ofrecidas, las horas trabajadas, las "
            "cubetas cosechadas, la tarifa, el pago bruto, cada descuento y el pago neto. Únicamente se "
            "descuentan: (a) el impuesto federal sobre la renta, solo si EL TRABAJADOR lo pide por escrito "
            "con el formulario W-4; (b) la cuota sindical, solo si EL TRABAJADOR se afilia por su voluntad y "
            "lo autoriza por escrito; (c) las pensiones alimenticias u otros descuentos que ordene un juez. "
            "No se descuenta nada por vivienda, transporte, herramientas, visa ni reclutamiento.",
        ),
        (
            "CLÁUSULA QUINTA. Vivienda y comidas.",
            "La vivienda del Campamento Loma Alta, 1901 Franklin Road, Tieton, se ofrece sin renta y sin "
            "cobro de luz, agua ni gas, y cumple las normas de inspección del estado. No se pide depósito por "
            "la cama, las cobijas ni la llave. Cada casa tiene cocina equipada con estufas, refrigeradores y "
            "utensilios que EL TRABAJADOR usa gratuitamente para preparar sus alimentos.",
        ),
        (
            "CLÁUSULA SEXTA. Viajes.",
            "Viaje de ida: EL EMPLEADOR compra el boleto de autobús de Zacatecas a Tieton y entrega $17.00 "
            "por cada día de camino para alimentos. Si EL TRABAJADOR pagó algo del viaje de ida, se le "
            "reembolsa completo en su primer pago. Viaje de regreso: al terminar el contrato, o si EL "
            "EMPLEADOR lo despide antes sin causa justificada, EL EMPLEADOR paga el autobús y los alimentos "
            "del camino de regreso a Zacatecas. Transporte diario: cada día de trabajo, autobuses de EL "
            "EMPLEADOR llevan gratuitamente a los trabajadores del campamento a los huertos y de regreso.",
        ),
        (
            "CLÁUSULA SÉPTIMA. Visa y reclutamiento.",
            "EL EMPLEADOR paga directamente la tarifa consular de $205 (MRV) y los gastos del cruce "
            "fronterizo; EL TRABAJADOR no adelanta ningún pago. Enlace Campo Norte Reclutadora, S.C., con "
            "oficina en Fresnillo, Zacatecas, selecciona a los trabajadores por encargo de EL EMPLEADOR, que "
            "le paga todos sus honorarios. La reclutadora tiene prohibido por contrato pedir a EL TRABAJADOR "
            "cuotas, aportaciones, «donativos», depósitos o anticipos de cualquier clase. Si alguien le pide "
            "dinero para apartar su lugar, no pague y llame gratis al Departamento de Trabajo de los Estados "
            "Unidos, 1-866-487-9243.",
        ),
    ]
    for t, x in cl:
        para(pdf, f"**{t}** {x}", F, 10, md=True, after=2.4)

    pdf.add_page()
    cl2 = [
        (
            "CLÁUSULA OCTAVA. Herramientas.",
            "Escaleras, cubetas, bolsas de cosecha, tijeras de raleo y el equipo de protección se entregan "
            "gratis y sin depósito. Si una herramienta se rompe o se pierde durante el trabajo, se reemplaza "
            "sin cobro alguno.",
        ),
        (
            "CLÁUSULA NOVENA. Seguro por accidentes de trabajo.",
            "EL EMPLEADOR mantiene, a su costo, un seguro de compensación para trabajadores (póliza "
            "CWC-2026-41187 de Columbia Basin Agricultural Insurance Co.) que paga la atención médica y parte "
            "del salario perdido si EL TRABAJADOR se lesiona en el trabajo.",
        ),
        (
            "CLÁUSULA DÉCIMA. Requisitos.",
            "Un mes de experiencia cosechando fruta desde escalera y capacidad para cargar 40 libras. No se "
            "exige saber inglés.",
        ),
        (
            "CLÁUSULA UNDÉCIMA. Terminación.",
            "EL EMPLEADOR solo puede despedir por una causa justificada que se explique por escrito. Si EL "
            "TRABAJADOR falta cinco días de trabajo seguidos sin avisar, se considerará que abandonó el "
            "empleo y EL EMPLEADOR lo notificará a las autoridades. EL TRABAJADOR puede renunciar en "
            "cualquier momento sin pagar multa ni penalización de ninguna clase.",
        ),
        (
            "CLÁUSULA DUODÉCIMA. Imposibilidad de cumplir.",
            "Si una helada, una granizada, un incendio u otro desastre natural hace imposible continuar el "
            "trabajo, EL EMPLEADOR podrá terminar el contrato con la autorización del Departamento de "
            "Trabajo; aun así pagará la garantía de tres cuartas partes hasta esa fecha y el viaje de "
            "regreso, y procurará colocar a EL TRABAJADOR con otro empleador.",
        ),
        (
            "CLÁUSULA DECIMOTERCERA. Documentos y quejas.",
            "EL TRABAJADOR conserva siempre su pasaporte y su visa; nadie puede pedírselos en garantía. "
            "Presentar una queja ante el Departamento de Trabajo, el consulado o una organización de "
            "trabajadores no será motivo de despido ni de exclusión de temporadas futuras.",
        ),
    ]
    for t, x in cl2:
        para(pdf, f"**{t}** {x}", F, 10, md=True, after=2.4)
    para(
        pdf,
        "Leído el contrato y explicado su contenido, las partes lo firman por duplicado en Tieton, "
        "Washington, el 16 de enero de 2026.",
        F,
        10,
        after=2,
    )
    signatures(
        pdf,
        [
            ("Por EL EMPLEADOR", "Marisol Ekberg-Durán, gerente de personal"),
            ("EL TRABAJADOR", "Teodoro Abundio Ríos Calixto"),
        ],
        F,
        9.5,
        gap_above=18,
    )
    return pdf


# bb02  H-2A  es  recruitment fee disguised as "aportación ... gastos de coordinación"


def bb02():
    pdf = Doc("letter", margins=(20, 14, 20), title="Carta compromiso SAO")
    F = "dejavuserif"

    def head(p):
        if p.page_no() == 1:
            return
        p.font("dejavu", "", 7.5)
        p.set_text_color(100, 100, 100)
        p.set_xy(p.l_margin, 7)
        p.cell(p.epw, 4, "Servicios Agrícolas Ocampo, S.C.  —  Folio SAO-H2A-26-0311", align="L")
        p.set_text_color(0, 0, 0)
        p.set_y(14)

    pdf.head = head
    pdf.foot = small_footer(
        "Hoja {p}/{n}  ·  Este documento no tiene costo. Conserve su copia.", fam="dejavu"
    )
    pdf.add_page()
    # letterhead: two columns
    y0 = pdf.get_y()
    pdf.set_fill_color(120, 32, 38)
    pdf.rect(pdf.l_margin, y0, 3, 20, style="F")
    pdf.set_xy(pdf.l_margin + 6, y0)
    pdf.font("dejavu", "B", 13)
    pdf.cell(100, 7, "Servicios Agrícolas Ocampo, S.C.", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.font("dejavu", "", 8.5)
    pdf.multi_cell(
        100,
        4,
        "Calle Hidalgo 114, Zona Centro, Dolores Hidalgo, Guanajuato\n"
        "Agencia de colocación inscrita en el Registro Central de Agencias de Colocación, "
        "folio RCACT-GTO-2024-061",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(pdf.l_margin + 118, y0)
    pdf.font("dejavu", "", 8.5)
    pdf.multi_cell(
        58,
        4.2,
        "Folio: SAO-H2A-26-0311\nFecha: 9 de febrero de 2026\nTemporada: H-2A 2026\n"
        "Grupo: Clinton 3",
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(y0 + 24)
    heading(pdf, "CARTA COMPROMISO DE PARTICIPACIÓN", F, 14, "C", after=0.5)
    heading(
        pdf,
        "Programa de trabajadores agrícolas temporales H-2A — Estados Unidos",
        F,
        10,
        "C",
        style="I",
        after=3,
    )
    para(
        pdf,
        "Servicios Agrícolas Ocampo, S.C. (en adelante «LA AGENCIA») y el C. Efraín Guadalupe Loera "
        "Vázquez, con domicilio en la comunidad de Rincón de Tamayo, municipio de Dolores Hidalgo (en "
        "adelante «EL PARTICIPANTE»), firman esta carta compromiso respecto del empleo que ofrece "
        "Bluewater Bend Farms, Inc. (en adelante «LA GRANJA»), para quien LA AGENCIA hace la selección "
        "de personal en México.",
        F,
        10,
        after=2.5,
    )
    heading(pdf, "1. Condiciones del empleo ofrecido", F, 11, after=1)
    grid(
        pdf,
        [
            (
                "Patrón",
                "Bluewater Bend Farms, Inc., 880 Old Faison Highway, Clinton, Carolina del Norte 28328, "
                "EE. UU.",
            ),
            (
                "Puesto y tareas",
                "Trabajador agrícola: trasplante, deshierbe y cosecha de camote y pepino; "
                "llenado de cubetas y carga de cajas en el empaque",
            ),
            ("Lugar", "Campos de LA GRANJA en el condado de Sampson, Carolina del Norte"),
            ("Fechas", "Del 20 de abril al 31 de octubre de 2026"),
            ("Horario", "40 horas por semana, de lunes a sábado"),
            (
                "Salario",
                "$16.81 por hora; el camote también a destajo, a $0.65 por cubeta, si así gana más",
            ),
            ("Pago", "Cada semana, los viernes"),
            (
                "Descuentos",
                "Impuestos que marque la ley y los que EL PARTICIPANTE autorice por escrito",
            ),
            ("Garantía", "Trabajo por al menos tres cuartas partes de los días de la temporada"),
            ("Vivienda", "Sin costo, en 902 Old Faison Highway, Clinton"),
            ("Cocina", "Cocina equipada, sin costo, para que cada quien prepare sus alimentos"),
            ("Traslado diario", "Gratuito, en camioneta de LA GRANJA, de la vivienda al campo"),
            ("Herramientas", "Sin costo y sin depósito"),
            ("Requisitos", "Dos meses de experiencia en cosecha de hortalizas"),
        ],
        (38, 138),
        "dejavu",
        9,
        zebra=(248, 244, 244),
        lh=4.4,
    )
    heading(pdf, "2. ¿Quién paga cada gasto?", F, 11, after=1)
    grid(
        pdf,
        [
            ("Derecho de visa (MRV)", "LA GRANJA", "Directamente, antes de la cita"),
            (
                "Hotel y comidas en Monterrey durante la cita consular",
                "LA GRANJA",
                "Durante la estancia",
            ),
            (
                "Autobús Dolores Hidalgo–Monterrey–Clinton y viáticos",
                "LA GRANJA",
                "Boleto entregado antes de salir",
            ),
            ("Autobús de regreso al terminar la temporada", "LA GRANJA", "Al terminar el contrato"),
            (
                "Honorarios de reclutamiento de LA AGENCIA",
                "LA GRANJA",
                "Según su contrato con LA AGENCIA",
            ),
        ],
        (86, 30, 60),
        "dejavu",
        9,
        header=("Gasto", "Lo paga", "Cuándo"),
        bold_first=False,
        head_fill=(235, 220, 220),
        lh=4.4,
    )
    pdf.add_page()
    heading(pdf, "3. Gastos de coordinación", F, 11, after=1)
    para(
        pdf,
        "LA AGENCIA no cobra a EL PARTICIPANTE ninguna cuota de reclutamiento ni de colocación. "
        "Para cubrir los gastos de coordinación del grupo (llamadas, copias, traslado del coordinador a "
        "Monterrey), cada participante hará una aportación única de $1,950.00 pesos, que entregará al "
        "coordinador de LA AGENCIA al recibir la fecha de su cita consular. La aportación no es "
        "reembolsable una vez asignada la cita.",
        F,
        10,
        after=3,
    )
    heading(pdf, "4. Compromisos de EL PARTICIPANTE", F, 11, after=1)
    bullets(
        pdf,
        [
            "Presentarse en las oficinas de LA AGENCIA el día y la hora que se le indiquen, con una "
            "identificación oficial.",
            "Decir la verdad en la entrevista consular y en los formularios.",
            "Viajar con el grupo en el autobús contratado por LA GRANJA.",
        ],
        F,
        10,
    )
    heading(pdf, "5. Terminación", F, 11, after=1)
    para(
        pdf,
        "LA GRANJA solo puede despedir por causa justificada. Si EL PARTICIPANTE deja de presentarse a "
        "trabajar cinco días seguidos sin avisar, se considera que abandonó el empleo. EL PARTICIPANTE "
        "puede renunciar en cualquier momento sin pagar multa alguna.",
        F,
        10,
        after=3,
    )
    heading(pdf, "6. Documentos", F, 11, after=1)
    para(
        pdf,
        "EL PARTICIPANTE conserva en todo momento su pasaporte y su visa. LA AGENCIA solo guarda "
        "fotocopias para el expediente y nunca retiene documentos originales.",
        F,
        10,
        after=3,
    )
    heading(pdf, "7. Quejas", F, 11, after=1)
    para(
        pdf,
        "Cualquier queja puede presentarse ante la Oficina del Servicio Nacional de Empleo en "
        "Guanajuato o ante el consulado de México en Raleigh, sin que eso afecte su participación en "
        "temporadas futuras.",
        F,
        10,
        after=3,
    )
    para(
        pdf,
        "Leída que fue, la firman de conformidad en Dolores Hidalgo, Guanajuato, el 9 de febrero de "
        "2026.",
        F,
        10,
        after=2,
    )
    signatures(
        pdf,
        [
            ("Por LA AGENCIA", "Lic. Rosaura Tapia Mendieta, coordinadora"),
            ("EL PARTICIPANTE", "Efraín Guadalupe Loera Vázquez"),
        ],
        "dejavu",
        9,
        gap_above=30,
        box="Huella",
    )
    return pdf


# bb03  generic  en  compliant  hotel contract (Kenya -> Oman), A4, page 2 in two columns


def bb03():
    pdf = Doc("A4", margins=(18, 16, 18), title="Contract of employment RMBH")
    F = "dejavuserif"

    def head(p):
        band(
            p,
            "RAS MAHAR BAY HOTEL LLC",
            (18, 78, 96),
            "dejavu",
            11,
            h=9,
            sub="P.O. Box 1123, Postal Code 111, Seeb, Muscat Governorate, Sultanate of Oman  ·  Human Resources",
        )
        p.set_y(20)

    pdf.head = head
    pdf.foot = small_footer(
        "Contract RMBH/HK/2026/044  ·  page {p} of {n}  ·  Employer initials ____  Employee initials ____",
        fam="dejavu",
    )
    pdf.add_page()
    heading(pdf, "CONTRACT OF EMPLOYMENT", F, 15, "C", after=0.5)
    heading(
        pdf,
        "for a migrant worker recruited in Kenya",
        F,
        10,
        "C",
        style="I",
        color=(80, 80, 80),
        after=3,
    )
    grid(
        pdf,
        [
            (
                "Employer",
                "Ras Mahar Bay Hotel LLC, Way 4712, Al Hail North, P.O. Box 1123, Postal Code 111, "
                "Seeb, Muscat Governorate, Sultanate of Oman; represented by Mr. Yousuf Al-Rawahi, "
                "Director of Human Resources",
            ),
            (
                "Employee",
                "Ms. Faith Wanjiru Mwangi, Kenyan national, Passport No. AK0458821, of Othaya, "
                "Nyeri County, Kenya",
            ),
            (
                "Recruitment agency",
                "Tausi Manpower Solutions Ltd., 3rd Floor, Kimathi House, Kimathi Street, "
                "Nairobi; licensed by the National Employment Authority, licence NEA/PEA/0917",
            ),
        ],
        (42, 132),
        "dejavu",
        9.5,
        zebra=(240, 246, 248),
        lh=4.6,
    )
    cl = [
        (
            "1. Position and duties.",
            "The Employee is engaged as Housekeeping Attendant. Her duties are cleaning and preparing guest "
            "rooms and public areas, replenishing linen and amenities, reporting maintenance faults and, when "
            "rostered to the pool kiosk, collecting towel-deposit fees from guests and issuing receipts to "
            "them.",
        ),
        ("2. Place of work.", "Ras Mahar Bay Hotel, Way 4712, Al Hail North, Seeb, Muscat."),
        (
            "3. Duration.",
            "Two years, from 1 March 2026 to 28 February 2028, of which the first three months are a "
            "probation period.",
        ),
        (
            "4. Hours of work.",
            "Forty-eight hours a week: eight hours a day over six days, with one paid rest day each week. "
            "Overtime is voluntary and is paid at 125 per cent of the basic hourly wage.",
        ),
        (
            "5. Wage.",
            "Basic wage of OMR 195 (one hundred and ninety-five Omani rials) per month, paid monthly by bank "
            "transfer into an account in the Employee's own name no later than the 7th day of the following "
            "month, with a payslip showing each component.",
        ),
        (
            "6. Deductions.",
            "No deduction is made from the Employee's wage except a deduction ordered by a court or required "
            "by Omani law. In particular, nothing is deducted for recruitment, visa, travel, accommodation, "
            "meals, uniforms or transport.",
        ),
        (
            "7. Service charge.",
            "The service charge of ten per cent added to guests' bills is collected by the Hotel from its "
            "guests and shared every month among all staff, in addition to their wages.",
        ),
        (
            "8. Recruitment fees and related costs.",
            "The Employer bears all recruitment fees and related costs: the service fee of Tausi Manpower "
            "Solutions Ltd., the work visa and residence card, the pre-departure medical examination, the "
            "pre-departure training, the attestation of this contract and the economy airfare from Nairobi to "
            "Muscat. The Employee has been asked to pay nothing and shall report any request for payment to "
            "the Embassy of Kenya in Muscat or to the National Employment Authority.",
        ),
    ]
    for t, x in cl:
        para(pdf, f"**{t}** {x}", F, 10, md=True, after=2.2, lh=4.7)

    pdf.add_page()
    columns(
        pdf,
        [
            (
                "9. Accommodation and meals.",
                "The Employer provides shared staff accommodation, no more than four persons to a room, in its "
                "staff village in Al Hail North, with electricity, water and air-conditioning at no cost to the "
                "Employee. Three meals a day are served free of charge in the staff canteen.",
            ),
            (
                "10. Uniforms.",
                "Four sets of uniform and safety shoes are issued free of charge and laundered by the Hotel.",
            ),
            (
                "11. Medical care and insurance.",
                "The Employer pays for the Employee's health insurance and for work-injury cover in accordance "
                "with the Social Protection Law. Medical treatment for a work injury is free of charge.",
            ),
            (
                "12. Personal documents.",
                "The Employee keeps her own passport and residence card at all times. Each room has a personal "
                "safe with a code chosen by the Employee, supplied free of charge.",
            ),
            (
                "13. Leave and travel.",
                "Thirty days of paid annual leave for each year of service, with a return air ticket Muscat–Nairobi "
                "paid by the Employer. At the end of the contract, whatever the reason, the Employer provides and "
                "pays a one-way economy air ticket from Muscat to Nairobi.",
            ),
            (
                "14. End-of-service gratuity.",
                "On completion of the contract the Employee receives the end-of-service gratuity provided by "
                "Omani law, calculated on the basic wage, in addition to all wages already paid during the "
                "contract.",
            ),
            (
                "15. Termination.",
                "After probation either party may end this contract by giving one month's written notice. The "
                "Employer may dismiss without notice only for gross misconduct established after an inquiry in "
                "which the Employee was heard. No penalty, fee or repayment of recruitment costs is due from the "
                "Employee if she resigns.",
            ),
            (
                "16. Freedom of movement and complaints.",
                "Outside working hours the Employee is free to leave the staff village. She may complain to the "
                "Ministry of Labour or to her Embassy without any adverse consequence.",
            ),
            (
                "17. Language.",
                "This contract was explained to the Employee in English and Kiswahili before departure, and she "
                "received a signed copy.",
            ),
        ],
        "dejavuserif",
        9.2,
        gutter=8,
        lh=1.15,
        balance=True,
    )
    pdf.ln(4)
    para(pdf, "Signed at Nairobi on 19 January 2026.", F, 10, after=2)
    signatures(
        pdf,
        [
            ("For the Employer", "Yousuf Al-Rawahi"),
            ("Employee", "Faith Wanjiru Mwangi"),
            ("Witness for the agency", "Josphat Kiprono, Tausi Manpower"),
        ],
        "dejavu",
        8.5,
        gap_above=16,
    )
    return pdf


# bb04  H-2B  es  compliant  job order in form style (crab processing, Maryland)


def bb04():
    pdf = Doc(
        "letter", margins=(16, 14, 16), bottom=16, title="Orden de trabajo H-2B Tilghman Creek"
    )
    F = "dejavucond"

    def head(p):
        p.font(F, "B", 8)
        p.set_xy(p.l_margin, 7)
        p.cell(p.epw / 2, 4, "ORDEN DE TRABAJO H-2B — TRADUCCIÓN AL ESPAÑOL", align="L")
        p.font(F, "", 8)
        p.cell(
            p.epw / 2, 4, "Caso H-400-26012-604417  ·  Página %d de {nb}" % p.page_no(), align="R"
        )
        p.set_draw_color(0, 0, 0)
        p.line(p.l_margin, 12, p.w - p.r_margin, 12)
        p.set_y(15)

    pdf.head = head
    pdf.foot = small_footer(
        "Copia para la trabajadora. La versión en inglés fue certificada por el Departamento de "
        "Trabajo; esta traducción se entrega sin costo.",
        fam=F,
        size=7,
    )

    def section(title):
        pdf.set_fill_color(30, 30, 30)
        pdf.set_text_color(255, 255, 255)
        pdf.font(F, "B", 9.5)
        pdf.cell(pdf.epw, 6, "  " + title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def boxes(rows, widths=(52, 131.9)):
        grid(pdf, rows, widths, F, 9, head_fill=(230, 230, 230), lh=4.2, padding=1.2, after=2.5)

    pdf.add_page()
    section("A. INFORMACIÓN DEL EMPLEADOR")
    boxes(
        [
            ("A.1 Nombre legal del empleador", "Tilghman Creek Seafood Company"),
            ("A.2 Dirección", "5120 Wharf Lane, Fishing Creek, Maryland 21634"),
            ("A.3 Teléfono / contacto", "(410) 555-0162  ·  Lorraine Pruitt, gerente de planta"),
            ("A.4 Giro", "Procesamiento de mariscos (NAICS 311710)"),
        ]
    )
    section("B. PUESTO")
    boxes(
        [
            (
                "B.1 Título",
                "Procesadora de mariscos (SOC 51-3022, cortadores y limpiadores de carne, aves y pescado)",
            ),
            ("B.2 Vacantes", "27"),
            (
                "B.3 Tareas",
                "Cocer al vapor y enfriar cangrejo azul; separar y descarnar la carne a mano con "
                "cuchillo; clasificarla por tipo (jumbo, lump, claw); pesarla y empacarla en envases "
                "de una libra; lavar mesas, cuchillos y utensilios al final del turno.",
            ),
            (
                "B.4 Requisitos",
                "No se requiere experiencia ni estudios. Capacitación de tres días al inicio, "
                "pagada como tiempo de trabajo. Poder estar de pie seis horas y trabajar en un "
                "área fría y húmeda.",
            ),
            (
                "B.5 Cuota de producción",
                "No se exige una cuota mínima de libras; la tarifa por libra es un "
                "incentivo y no una condición para conservar el empleo.",
            ),
        ]
    )
    section("C. LUGAR Y PERIODO DE EMPLEO")
    boxes(
        [
            (
                "C.1 Lugar de trabajo",
                "Planta de Tilghman Creek Seafood Company, 5120 Wharf Lane, Fishing Creek, "
                "condado de Dorchester, Maryland",
            ),
            ("C.2 Fecha de inicio", "1 de abril de 2026"),
            ("C.3 Fecha de terminación", "30 de noviembre de 2026"),
            ("C.4 Horario", "36 horas por semana: lunes a sábado de 5:00 a 11:00"),
        ]
    )
    section("D. SALARIO Y PAGO")
    boxes(
        [
            ("D.1 Salario por hora", "$16.42 por hora"),
            (
                "D.2 Destajo",
                "$4.75 por libra de carne descarnada, cuando resulte mayor que el salario por hora "
                "de la semana; nunca menos de $16.42 por hora trabajada",
            ),
            (
                "D.3 Horas extra",
                "Las horas que pasen de 40 en una semana se pagan a $24.63 por hora",
            ),
            (
                "D.4 Ajustes",
                "Si durante la temporada se publica un salario prevaleciente o un salario mínimo "
                "federal, estatal o local más alto, se paga el más alto desde su entrada en vigor",
            ),
            ("D.5 Frecuencia de pago", "Semanal, los viernes, por cheque o depósito directo"),
            (
                "D.6 Talón de pago",
                "Con cada pago: horas ofrecidas y trabajadas, libras, tarifas, pago bruto, "
                "cada descuento y pago neto",
            ),
            (
                "D.7 Descuentos",
                "Impuesto federal sobre la renta, contribuciones al Seguro Social y Medicare "
                "(FICA), impuesto estatal de Maryland y los descuentos que ordene un juez",
            ),
        ]
    )

    pdf.add_page()
    section("E. GARANTÍA DE TRES CUARTAS PARTES")
    para(
        pdf,
        "En cada periodo de 12 semanas (de 6 semanas si el contrato dura menos de 120 días), el empleador "
        "ofrece a cada trabajadora empleo por al menos el 75 % de las horas de los días laborables del periodo. "
        "Si ofrece menos horas, paga las horas que falten como si se hubieran trabajado.",
        F,
        9.5,
        after=2.5,
    )
    section("F. VIAJES, VISA Y VIVIENDA")
    boxes(
        [
            (
                "F.1 Viaje de ida",
                "El empleador paga el autobús de Ixmiquilpan, Hidalgo, a Fishing Creek y $15.50 "
                "por día de camino para alimentos. Si la trabajadora pagó alguna parte, se le "
                "reembolsa en la primera semana de trabajo.",
            ),
            (
                "F.2 Viaje de regreso",
                "Al terminar el contrato, o si es despedida antes sin causa, el empleador paga "
                "el autobús de regreso a Ixmiquilpan y los alimentos del camino. Si la "
                "trabajadora renuncia por su voluntad antes de terminar, el empleador no está "
                "obligado a pagar el regreso.",
            ),
            (
                "F.3 Visa",
                "El empleador reembolsa en la primera semana la tarifa de la visa ($205), la tarifa de "
                "cruce fronterizo y, aunque la ley no lo exige, también el costo del pasaporte.",
            ),
            (
                "F.4 Vivienda",
                "A quien la quiera, el empleador le ofrece vivienda en las casas de la empresa en "
                "5130 Wharf Lane, sin renta, sin depósito y sin cobro de luz ni agua.",
            ),
            (
                "F.5 Equipo",
                "Cuchillos, delantales de hule, guantes, redes para el cabello y botas se entregan "
                "sin costo y sin depósito; la planta lava los delantales todos los días.",
            ),
            ("F.6 Seguro", "Seguro de compensación laboral pagado por el empleador."),
        ]
    )
    section("G. RECLUTAMIENTO")
    para(
        pdf,
        "El empleador paga a Alianza Hidalguense de Empleo Temporal, S.A. de C.V., con oficina en "
        "Ixmiquilpan, Hidalgo, una tarifa de $350 por cada trabajadora contratada. Esa tarifa no se "
        "descuenta ni se cobra a la trabajadora. Ni la agencia ni el empleador pueden pedirle dinero, "
        "regalos ni trabajo gratis a cambio del empleo, y así consta en el contrato firmado con la agencia. "
        "Si alguien se lo pide, no pague y repórtelo a la División de Horas y Salarios: 1-866-487-9243.",
        F,
        9.5,
        after=2.5,
    )
    section("H. TERMINACIÓN")
    para(
        pdf,
        "La trabajadora solo puede ser despedida por causa justificada y después de una advertencia por "
        "escrito. Faltar cinco días laborables seguidos sin avisar se considera abandono del empleo, y el "
        "empleador lo reporta al gobierno dentro de dos días hábiles. La trabajadora puede renunciar en "
        "cualquier momento; no hay multa, penalización ni descuento por salir antes.",
        F,
        9.5,
        after=2.5,
    )
    section("I. OTRAS GARANTÍAS")
    bullets(
        pdf,
        [
            "La trabajadora conserva su pasaporte, su visa y su I-94; el empleador no los guarda.",
            "Quejarse ante el Departamento de Trabajo, el consulado o un abogado no causa despido ni "
            "exclusión de temporadas futuras.",
            "Las trabajadoras pueden salir de la vivienda y recibir visitas cuando quieran.",
        ],
        F,
        9.5,
        gap=0.4,
    )
    pdf.ln(2)
    para(
        pdf,
        "Recibí copia de esta orden de trabajo en español antes de mi entrevista consular.",
        F,
        9.5,
        style="I",
        after=1,
    )
    signatures(
        pdf,
        [("Por el empleador", "Lorraine Pruitt"), ("Trabajadora", "Nombre y firma")],
        F,
        9,
        gap_above=14,
    )
    return pdf


# bb05  H-2B  es  uniform "garantía" deduction + "gastos de reposición" in an annex


def bb05():
    pdf = Doc("letter", margins=(24, 20, 24), bottom=20, title="Contrato H-2B Lilac Point")
    F = "libserif"

    def head(p):
        p.font(F, "B", 10)
        p.set_text_color(95, 60, 120)
        p.set_xy(p.l_margin, 9)
        p.cell(p.epw, 5, "LILAC POINT INN & SUITES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.font(F, "I", 8)
        p.cell(
            p.epw,
            4,
            "214 Huron Street · Mackinac Island, Michigan 49757 · (906) 555-0127",
            align="C",
        )
        p.set_draw_color(95, 60, 120)
        p.line(p.l_margin, 19, p.w - p.r_margin, 19)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(23)

    pdf.head = head
    pdf.foot = small_footer("— {p} —", fam=F, size=9, rule=False)
    pdf.add_page()
    heading(pdf, "CONTRATO DE TRABAJO TEMPORAL H-2B", F, 14, "C", after=0.5)
    heading(pdf, "Temporada de verano 2026", F, 11, "C", style="I", after=4)
    para(
        pdf,
        "Entre Lilac Point Inn & Suites LLC, con domicilio en 214 Huron Street, Mackinac Island, "
        "Michigan 49757 («EL HOTEL»), y la señora Yazmín Araceli Couoh Pech, de Valladolid, Yucatán "
        "(«LA TRABAJADORA»), se celebra el presente contrato de trabajo temporal conforme a las "
        "siguientes cláusulas:",
        F,
        11,
        after=3,
    )
    cl = [
        (
            "Primera. Puesto.",
            "LA TRABAJADORA se contrata como recamarista. Sus tareas son limpiar y preparar habitaciones y "
            "suites, cambiar la ropa de cama, reponer amenidades, llevar la ropa sucia a la lavandería y "
            "atender las solicitudes de los huéspedes; cuando se le asigne, cobrará a los huéspedes el "
            "servicio de lavado de ropa y entregará el recibo en recepción.",
        ),
        (
            "Segunda. Lugar.",
            "Lilac Point Inn & Suites, 214 Huron Street, Mackinac Island, Michigan.",
        ),
        ("Tercera. Periodo.", "Del 1 de mayo de 2026 al 20 de octubre de 2026."),
        (
            "Cuarta. Horario.",
            "40 horas por semana, en turnos de ocho horas, cinco días a la semana, de 7:00 a 15:30 con media "
            "hora para comer.",
        ),
        (
            "Quinta. Salario.",
            "$15.48 por hora. Las horas trabajadas después de 40 en una semana se pagan a $23.22 por hora. Si "
            "se publica un salario prevaleciente o un salario mínimo más alto, EL HOTEL lo paga desde su "
            "entrada en vigor. Las propinas que dejan los huéspedes pertenecen a LA TRABAJADORA.",
        ),
        (
            "Sexta. Pago y descuentos.",
            "El pago se hace cada dos semanas, en viernes, por depósito directo en la cuenta que elija LA "
            "TRABAJADORA. Se descuentan los impuestos federales y estatales y las contribuciones FICA que "
            "marca la ley y, si LA TRABAJADORA lo autoriza por escrito, las compras que haga en la tienda del "
            "hotel.",
        ),
        (
            "Séptima. Viaje.",
            "EL HOTEL compra el boleto de avión de Mérida a Pellston, el transbordador a la isla y paga $18 "
            "diarios para alimentos en el camino; si LA TRABAJADORA pagó algo, se le reembolsa en su primer "
            "pago. Al terminar la temporada, o si es despedida sin causa, EL HOTEL paga el viaje de regreso a "
            "Mérida.",
        ),
    ]
    for t, x in cl:
        para(pdf, f"**{t}** {x}", F, 11, md=True, after=2.2, lh=5)
    pdf.add_page()
    cl = [
        (
            "Octava. Visa.",
            "EL HOTEL reembolsa en la primera semana de trabajo la cuota de visa y los gastos de la cita "
            "consular, contra la entrega de los recibos.",
        ),
        (
            "Novena. Herramientas.",
            "Los carritos, los productos de limpieza, los guantes y los demás utensilios de trabajo se entregan "
            "sin costo.",
        ),
        (
            "Décima. Vivienda.",
            "LA TRABAJADORA puede alojarse sin pagar renta en el dormitorio de personal Cedar Hall, a dos "
            "cuadras del hotel. EL HOTEL presta bicicletas sin costo para moverse en la isla.",
        ),
        (
            "Undécima. Requisitos.",
            "Tres meses de experiencia en limpieza de hoteles o casas. No se requiere hablar inglés.",
        ),
        (
            "Duodécima. Terminación.",
            "EL HOTEL solo puede despedir por causa justificada. Si LA TRABAJADORA falta cinco días seguidos "
            "sin avisar, se entiende que abandonó el trabajo y EL HOTEL lo reportará a las autoridades.",
        ),
        (
            "Decimotercera. Cierre por catástrofe.",
            "Si un incendio u otra catástrofe obliga a cerrar el hotel, el contrato podrá terminar con la "
            "aprobación del Departamento de Trabajo; LA TRABAJADORA recibirá lo ganado y su viaje de regreso.",
        ),
        (
            "Decimocuarta. Reclutamiento.",
            "Turquesa Staffing Internacional, S. de R.L. de C.V., de Cancún, Quintana Roo, recluta por cuenta "
            "de EL HOTEL, que le paga sus servicios. LA TRABAJADORA no paga nada por ser contratada.",
        ),
        (
            "Decimoquinta. Reglamento.",
            "El Reglamento interno del Anexo A forma parte de este contrato.",
        ),
    ]
    for t, x in cl:
        para(pdf, f"**{t}** {x}", F, 11, md=True, after=2.2, lh=5)
    para(pdf, "Firmado en Valladolid, Yucatán, el 3 de febrero de 2026.", F, 11, after=2)
    signatures(
        pdf,
        [
            ("Por EL HOTEL", "Gretchen Vandermolen, gerente general"),
            ("LA TRABAJADORA", "Yazmín Araceli Couoh Pech"),
        ],
        F,
        10,
        gap_above=20,
    )
    pdf.add_page()
    heading(pdf, "ANEXO A", F, 13, "C", after=0.5)
    heading(pdf, "Reglamento interno para personal de temporada", F, 11, "C", style="I", after=4)
    pdf.set_draw_color(95, 60, 120)
    y0 = pdf.get_y()
    items = [
        "1. Se pide guardar silencio en los pasillos de Cedar Hall de 23:00 a 6:00; la entrada y la salida "
        "del dormitorio son libres a cualquier hora.",
        "2. Las visitas pueden recibirse en la sala común de Cedar Hall hasta las 22:00.",
        "3. A cada recamarista se le entregan tres juegos de uniforme. Como garantía de devolución se "
        "descontarán $45.00 de su primer cheque, que se le reintegrarán cuando entregue los uniformes limpios "
        "y completos al terminar la temporada.",
        "4. Los uniformes se lavan en la lavandería del hotel sin costo.",
        "5. Está prohibido fumar dentro de las habitaciones de huéspedes y en Cedar Hall.",
        "6. La trabajadora que deje el empleo antes del 20 de octubre cubrirá los gastos de reposición de su "
        "vacante, que se fijan en $400.00 y se descontarán de su último cheque.",
        "7. Los objetos olvidados por los huéspedes se entregan en recepción el mismo día.",
        "8. Cualquier queja sobre el trato o el pago puede presentarse a la gerencia o al Departamento de "
        "Trabajo sin represalias.",
    ]
    pdf.set_x(pdf.l_margin + 4)
    for it in items:
        para(pdf, it, F, 11, indent=5, after=2.4, lh=5, w=pdf.epw - 10)
    pdf.rect(pdf.l_margin, y0 - 3, pdf.epw, pdf.get_y() - y0 + 3)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(6)
    para(pdf, "Recibí el Reglamento interno y me fue explicado.", F, 11, style="I", after=1)
    signatures(
        pdf,
        [("LA TRABAJADORA", "Yazmín Araceli Couoh Pech"), ("Fecha", "3 de febrero de 2026")],
        F,
        10,
        gap_above=16,
    )
    return pdf


# bb06  H-2A  en  inbound bus fare recovered through a payroll deduction (deductions table + note)


def bb06():
    pdf = Doc("letter", margins=(19, 22, 19), bottom=17, title="H-2A clearance order Oconee Bend")
    F = "libsans"

    def head(p):
        band(
            p,
            "Oconee Bend Produce, LLC  |  H-2A Agricultural Clearance Order",
            (46, 94, 52),
            F,
            11,
            h=9,
            sub="Case H-300-26009-551982  ·  Worksites in Toombs County, Georgia",
        )
        p.set_y(22)

    pdf.head = head
    pdf.foot = small_footer(
        "Oconee Bend Produce, LLC — clearance order, worker copy — page {p} of {n}", fam=F
    )

    def sect(t):
        pdf.ln(1)
        heading(pdf, t, F, 11.5, color=(46, 94, 52), after=0.5)
        pdf.set_draw_color(46, 94, 52)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 60, pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(2)

    pdf.add_page()
    sect("1. Employer")
    para(
        pdf,
        "Oconee Bend Produce, LLC, 2711 Cobbtown Highway, Lyons, Georgia 30436. Telephone (912) 555-0148. "
        "Contact: Wade Tillman, Farm Labor Coordinator.",
        F,
        10,
    )
    sect("2. Terms at a glance")
    grid(
        pdf,
        [
            ("Job title", "Farmworker, crop (onion harvest and packing shed)"),
            (
                "Duties",
                "Clip tops and roots of sweet onions by hand, fill and carry 40-lb field bags, load bins "
                "onto trailers, grade and pack onions on the shed line, and clean bins and equipment.",
            ),
            ("Openings", "64"),
            ("Period", "April 13, 2026 through July 10, 2026"),
            (
                "Hours",
                "40 hours per week, Monday through Saturday, 7:00 a.m. to 3:30 p.m.; Saturdays as needed",
            ),
            (
                "Wage",
                "$15.18 per hour, or $1.20 per 40-lb bag of clipped onions when that pays more",
            ),
            ("Paydays", "Weekly, every Friday"),
            ("Housing", "Free, at Bend Camp, 2740 Cobbtown Highway, Lyons, GA 30436"),
        ],
        (34, 144),
        F,
        9.8,
        zebra=(240, 246, 240),
        lh=4.6,
    )
    sect("3. Wage guarantees")
    bullets(
        pdf,
        [
            "Highest rate. If the AEWR, the prevailing wage, or the federal or Georgia minimum wage rises above the "
            "offered rate during the season, the higher rate is paid from its effective date.",
            "Three-fourths guarantee. The employer guarantees to offer each worker employment for hours equal to at "
            "least three-fourths of the workdays of the contract period. If it offers less, it pays the amount the "
            "worker would have earned.",
            "Earnings statements. Every payday the worker receives an itemized statement of hours offered, hours "
            "worked, bags, rates, gross pay, each deduction and net pay.",
        ],
        F,
        10,
    )
    sect("4. Worksites")
    grid(
        pdf,
        [
            ("Packing shed", "2711 Cobbtown Highway, Lyons, GA 30436"),
            ("Field block 7", "Oak Grove Church Road at Mile Branch, Lyons, GA 30436"),
            ("Field block 11", "3180 GA-152, Lyons, GA 30436"),
            ("Field block 14", "Nunez-Lyons Road, Lyons, GA 30436"),
        ],
        (40, 138),
        F,
        9.5,
        header=("Site", "Location"),
        bold_first=False,
        head_fill=(220, 234, 220),
        lh=4.4,
    )

    pdf.add_page()
    sect("5. Housing and daily transportation")
    para(
        pdf,
        "Workers are housed free of charge at Bend Camp, 2740 Cobbtown Highway, Lyons, GA 30436, which "
        "is inspected before occupancy. No rent, utility charge, or bedding deposit is collected. Employer "
        "buses carry workers free of charge every workday from Bend Camp to the fields and the packing shed "
        "and back.",
        F,
        10,
    )
    sect("6. Deductions from pay")
    grid(
        pdf,
        [
            ("Federal income tax", "as elected on Form W-4", "only if the worker asks"),
            ("Georgia income tax", "as required by law", "each payday"),
            ("Child support", "as ordered by a court", "when ordered"),
            ("Inbound bus ticket", "$68.00 per week", "weeks 1 to 3"),
        ],
        (58, 60, 60),
        F,
        9.5,
        header=("Item", "Amount", "When"),
        bold_first=False,
        head_fill=(220, 234, 220),
        lh=4.4,
    )
    para(
        pdf,
        "The bus ticket from Monterrey to Lyons costs $204.00; this amount is deducted from the worker's "
        "first three paychecks at $68.00 per week and is not refunded. No other deduction is made unless "
        "the worker authorizes it in writing for his own benefit.",
        F,
        10,
    )
    sect("7. Return transportation")
    para(
        pdf,
        "Workers who complete the contract, or who are dismissed early without cause, receive a paid bus "
        "ticket back to Monterrey, Nuevo León, with daily subsistence for the trip.",
        F,
        10,
    )
    sect("8. Tools, safety and injury")
    para(
        pdf,
        "All clippers, field bags, gloves, rain gear and other tools are furnished free of charge, and no "
        "deposit is taken for them. Workers' compensation insurance is provided at no cost to the worker "
        "(carrier: Peachtree Agricultural Mutual, policy AGW-558210). Drug testing, when done after an "
        "accident, is paid by the employer.",
        F,
        10,
    )
    sect("9. Requirements")
    para(
        pdf,
        "No experience is required. Workers must be able to lift and carry 40 pounds and to stoop for "
        "long periods in hot weather.",
        F,
        10,
    )
    sect("10. Recruitment and visas")
    para(
        pdf,
        "Reclutamiento Agrícola del Golfo, S.C., of Tampico, Tamaulipas, recruits for this employer under "
        "a written agreement that forbids it to charge workers any fee, and the employer pays its fee. The "
        "employer also pays the visa fee and the consular appointment fee directly.",
        F,
        10,
    )

    pdf.add_page()
    sect("11. Abandonment and termination")
    para(
        pdf,
        "A worker who fails to report for work for five consecutive working days without the employer's "
        "consent is considered to have abandoned the job, and the employer will notify the Department of "
        "Labor and the Department of Homeland Security. A worker may be dismissed for cause after a written "
        "warning that states the reason.",
        F,
        10,
    )
    sect("12. Contract impossibility")
    para(
        pdf,
        "If hail, flood or another Act of God makes the work impossible, the employer may end the "
        "contract with the Certifying Officer's approval. The worker is then paid the three-fourths guarantee "
        "up to the end date and the return trip to Monterrey, and the employer will try to place the worker "
        "with another grower.",
        F,
        10,
    )
    sect("13. Workers' rights")
    bullets(
        pdf,
        [
            "Workers keep their passports and visas; the employer never takes or holds them.",
            "No worker will be fired, blacklisted or refused future work for filing a complaint or talking to a "
            "lawyer, a union or the consulate.",
            "Cool drinking water, shade and free coffee are provided at the shed and in the fields.",
        ],
        F,
        10,
    )
    sect("14. How to apply")
    para(
        pdf,
        "Apply through the Georgia Department of Labor office in Vidalia, or call Wade Tillman at "
        "(912) 555-0148.",
        F,
        10,
    )
    signatures(
        pdf,
        [
            ("Employer representative", "Wade Tillman, Farm Labor Coordinator"),
            ("Worker", "Name, signature and date"),
        ],
        F,
        9.5,
        gap_above=18,
    )
    return pdf


# bb07  generic  es  compliant  Spanish seasonal contract (Honduras -> Huelva), A4, two-column clauses


def bb07():
    pdf = Doc(
        "A4", margins=(20, 18, 20), bottom=18, title="Contrato de temporada Frutas Bellavista"
    )
    F = "dejavuserif"

    def head(p):
        p.font("dejavu", "B", 9)
        p.set_text_color(160, 30, 60)
        p.set_xy(p.l_margin, 8)
        p.cell(p.epw / 2, 4, "FRUTAS BELLAVISTA DEL CONDADO, S.L.", align="L")
        p.font("dejavu", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(p.epw / 2, 4, "Contratación en origen · Campaña 2026", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(18)

    pdf.head = head
    pdf.foot = small_footer("Ejemplar para la trabajadora · {p}/{n}", fam="dejavu", size=7.5)
    pdf.add_page()
    heading(pdf, "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA POR TEMPORADA", F, 13, "C", after=0.5)
    heading(pdf, "(gestión colectiva de contrataciones en origen)", F, 9.5, "C", style="I", after=4)
    para(
        pdf,
        "En Palos de la Frontera (Huelva), a 12 de diciembre de 2025.",
        F,
        10,
        align="R",
        after=3,
    )
    heading(pdf, "REUNIDOS", F, 10.5, "C", after=1.5)
    para(
        pdf,
        "De una parte, FRUTAS BELLAVISTA DEL CONDADO, S.L., con CIF B21567034 y domicilio social en "
        "Carretera A-494, km 12, 21810 Palos de la Frontera (Huelva), España, representada por don Julián "
        "Ortega Bermejo, en calidad de administrador (en adelante, «la empresa»).",
        F,
        10,
    )
    para(
        pdf,
        "De otra parte, doña Dilcia Marisol Zelaya Cárcamo, de nacionalidad hondureña, con pasaporte "
        "F04417283 y domicilio en Colonia San Miguel, Comayagua, Honduras (en adelante, «la trabajadora»).",
        F,
        10,
        after=3,
    )
    heading(pdf, "EXPONEN", F, 10.5, "C", after=1.5)
    para(
        pdf,
        "Que la empresa necesita personal para la campaña de frutos rojos y ha seleccionado a la "
        "trabajadora con la colaboración de la Agencia de Empleo Lenca, S. de R.L., con sede en Comayagua, "
        "y que ambas partes acuerdan este contrato con arreglo a las siguientes",
        F,
        10,
        after=3,
    )
    heading(pdf, "CLÁUSULAS", F, 10.5, "C", after=2)
    columns(
        pdf,
        [
            (
                "PRIMERA. Objeto.",
                "La trabajadora prestará servicios como peona agrícola en la recolección de fresa y arándano, "
                "incluidas la selección y el encajado de la fruta en el campo y el mantenimiento de los túneles "
                "de plástico.",
            ),
            (
                "SEGUNDA. Lugar de trabajo.",
                "Fincas de la empresa en los términos municipales de Palos de la Frontera y Moguer (Huelva).",
            ),
            (
                "TERCERA. Duración.",
                "Desde el 2 de febrero de 2026 hasta el 12 de junio de 2026, fin previsto de la campaña.",
            ),
            (
                "CUARTA. Jornada.",
                "Treinta y nueve horas semanales, de lunes a sábado, con jornadas de seis horas y media y un "
                "descanso de treinta minutos. Las horas extraordinarias son voluntarias y se pagan con el recargo "
                "del convenio.",
            ),
            (
                "QUINTA. Retribución.",
                "Salario de 62,45 euros brutos por jornada trabajada, que incluye la parte proporcional de pagas "
                "extraordinarias y vacaciones, según el Convenio Colectivo del Campo de Huelva. Se abona por meses "
                "vencidos, mediante transferencia a una cuenta a nombre de la trabajadora, antes del día 5 de cada "
                "mes, con su recibo de salarios.",
            ),
            (
                "SEXTA. Deducciones.",
                "De la nómina solo se deducen la cotización de la trabajadora a la Seguridad Social (contingencias "
                "comunes, desempleo y formación profesional) y la retención del IRPF que corresponda por ley. No "
                "se descuenta cantidad alguna por alojamiento, transporte, equipos ni gestión de la contratación.",
            ),
            (
                "SÉPTIMA. Alojamiento.",
                "La empresa facilita alojamiento gratuito en los módulos de la finca Los Pinos, con cocina, agua "
                "caliente y lavadora; los gastos de luz y agua los asume la empresa.",
            ),
        ],
        F,
        9.4,
        gutter=8,
        lh=1.15,
        balance=True,
    )
    pdf.add_page()
    columns(
        pdf,
        [
            (
                "OCTAVA. Viajes.",
                "La empresa paga el billete de avión de ida Tegucigalpa–Madrid, el traslado en autobús hasta Palos "
                "de la Frontera y, al finalizar la campaña, el billete de regreso a Tegucigalpa. No se descontará "
                "de la nómina ningún importe por estos viajes.",
            ),
            (
                "NOVENA. Gastos de la contratación.",
                "El visado, la tasa del permiso de residencia y trabajo (modelo 790), el reconocimiento médico "
                "previo y la legalización de documentos corren a cargo de la empresa. La Agencia de Empleo Lenca, "
                "S. de R.L. factura sus servicios de selección a la empresa; la trabajadora no ha pagado ni pagará "
                "nada por obtener este empleo.",
            ),
            (
                "DÉCIMA. Formación y equipos.",
                "El curso de prevención de riesgos laborales, de cuatro horas, se imparte dentro de la jornada y se "
                "paga como tiempo de trabajo. Los guantes, las botas, el sombrero y las cajas los proporciona la "
                "empresa sin coste.",
            ),
            (
                "UNDÉCIMA. Documentación.",
                "La trabajadora conserva en todo momento su pasaporte y su tarjeta de identidad de extranjero (TIE). "
                "La empresa solo guarda una fotocopia.",
            ),
            (
                "DUODÉCIMA. Extinción.",
                "El contrato se extingue al terminar la campaña. La empresa solo podrá despedir por las causas que "
                "prevé el Estatuto de los Trabajadores y mediante carta de despido; la trabajadora podrá dimitir "
                "con quince días de preaviso, sin penalización alguna. Al finalizar recibirá la indemnización por "
                "fin de contrato de doce días de salario por año trabajado, en proporción al tiempo de servicio, "
                "además de los salarios ya abonados.",
            ),
            (
                "DECIMOTERCERA. Libertad y reclamaciones.",
                "La trabajadora puede salir del alojamiento y recibir visitas libremente fuera de la jornada. Puede "
                "dirigirse a la Inspección de Trabajo, al sindicato o al consulado de Honduras en Sevilla sin sufrir "
                "represalias.",
            ),
        ],
        F,
        9.4,
        gutter=8,
        lh=1.15,
        balance=True,
    )
    pdf.ln(4)
    para(
        pdf,
        "Y en prueba de conformidad firman ambas partes el presente contrato por triplicado, recibiendo "
        "la trabajadora un ejemplar en español.",
        F,
        10,
        after=2,
    )
    signatures(
        pdf,
        [
            ("Por la empresa", "Julián Ortega Bermejo"),
            ("La trabajadora", "Dilcia Marisol Zelaya Cárcamo"),
        ],
        "dejavu",
        9,
        gap_above=18,
    )
    return pdf


# bb08  H-2A  es  page 2 is a scan (passport "safekeeping"); utilities "aportación" on page 3


def bb08():
    pdf = Doc("letter", margins=(20, 16, 20), bottom=18, title="Contrato H-2A Peace River")
    F = "dejavu"

    def head(p):
        p.font(F, "B", 9)
        p.set_xy(p.l_margin, 8)
        p.cell(
            p.epw,
            4,
            "Peace River Grove Services, LLC — Contrato de trabajo H-2A 2026-2027",
            align="L",
        )
        p.set_draw_color(200, 120, 0)
        p.set_line_width(0.6)
        p.line(p.l_margin, 13, p.w - p.r_margin, 13)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_y(17)

    pdf.head = head
    pdf.foot = small_footer("Página {p} de {n}", fam=F)
    pdf.add_page()
    heading(pdf, "CONTRATO DE TRABAJO — COSECHA DE CÍTRICOS", F, 14, "C", after=0.5)
    heading(
        pdf,
        "Programa H-2A · Orden de trabajo H-300-26244-602318",
        F,
        9.5,
        "C",
        style="",
        color=(90, 90, 90),
        after=4,
    )
    para(
        pdf,
        "1. Partes. Peace River Grove Services, LLC, 3390 SE County Road 760, Arcadia, Florida 34266 "
        "(«EL EMPLEADOR»), y Rogelio Anselmo Hernández Tolentino, de Tamazunchale, San Luis Potosí («EL "
        "TRABAJADOR»), celebran este contrato. El reclutamiento en México lo hizo Conexión Laboral "
        "Huasteca, S.C., por cuenta de EL EMPLEADOR.",
        F,
        10,
        after=3,
    )
    para(pdf, "2. Condiciones principales.", F, 10, style="B", after=1)
    grid(
        pdf,
        [
            (
                "Puesto",
                "Cosechador de cítricos: recoger naranja y toronja a mano desde escaleras, llenar la "
                "bolsa de cosecha, vaciarla en las tinas de 90 libras y mantener limpia la arboleda.",
            ),
            (
                "Lugares",
                "Arboleda Joshua Creek (SE County Road 760, Arcadia, condado de DeSoto) y Arboleda "
                "Brownville (Brownville Road, Arcadia); arboledas de clientes en el condado de Hardee",
            ),
            ("Periodo", "Del 2 de noviembre de 2026 al 28 de mayo de 2027"),
            ("Horario", "40 horas por semana, de lunes a sábado, de 7:30 a 15:30"),
            (
                "Salario",
                "$15.35 por hora, o $1.28 por tina de 90 libras si así gana más en la semana",
            ),
            ("Pago", "Semanal, los miércoles"),
            (
                "Descuentos",
                "Impuesto federal solo si EL TRABAJADOR lo pide; descuentos ordenados por un juez",
            ),
            ("Reclutadora", "Conexión Laboral Huasteca, S.C., Tamazunchale, S.L.P."),
        ],
        (32, 140),
        F,
        9.5,
        zebra=(252, 244, 232),
        lh=4.5,
    )
    para(
        pdf,
        "3. Garantía de empleo. EL EMPLEADOR ofrecerá trabajo a EL TRABAJADOR por al menos las tres "
        "cuartas partes de los días de trabajo del periodo del contrato; si no lo hace, pagará la "
        "diferencia.",
        F,
        10,
        after=2.5,
    )
    para(
        pdf,
        "4. Visa. EL EMPLEADOR paga la tarifa de la visa y los gastos de la cita consular en Monterrey, "
        "incluido el hotel.",
        F,
        10,
        after=2.5,
    )
    para(
        pdf,
        "5. Reclutamiento. Conexión Laboral Huasteca, S.C. no puede cobrar a EL TRABAJADOR ningún pago "
        "por el empleo; EL EMPLEADOR le paga sus servicios.",
        F,
        10,
        after=2.5,
    )

    scan_page(
        pdf,
        [
            (
                "p",
                "6. Viaje de ida y regreso. EL EMPLEADOR compra el boleto de autobús de Tamazunchale a Arcadia y "
                "paga los alimentos del camino; lo que EL TRABAJADOR haya gastado se le reembolsa en la primera "
                "semana. Al terminar el contrato, o si es despedido sin causa, EL EMPLEADOR paga el regreso a "
                "Tamazunchale.",
            ),
            (
                "p",
                "7. Transporte diario. Autobuses de EL EMPLEADOR llevan gratis a los trabajadores de la vivienda "
                "a las arboledas y de regreso.",
            ),
            (
                "p",
                "8. Herramientas. Escaleras, bolsas de cosecha y guantes se prestan sin costo y sin depósito.",
            ),
            (
                "p",
                "9. Comidas. Cada casa tiene cocina comunitaria con estufa y refrigerador, que EL TRABAJADOR usa "
                "sin costo.",
            ),
            (
                "p",
                "10. Seguro de trabajo. EL EMPLEADOR paga el seguro de compensación para trabajadores "
                "(workers' compensation) que cubre las lesiones en el trabajo.",
            ),
            (
                "p",
                "11. Documentos. Para evitar pérdidas, la oficina del campamento guardará los pasaportes de los "
                "trabajadores en caja fuerte durante toda la temporada; EL TRABAJADOR podrá pedir el suyo por "
                "escrito con dos días de anticipación.",
            ),
            (
                "p",
                "12. Talones de pago. Con cada pago se entrega un talón con las horas ofrecidas, las horas "
                "trabajadas, las tinas, la tarifa, el pago bruto, los descuentos y el pago neto.",
            ),
            (
                "p",
                "13. Terminación. EL EMPLEADOR solo puede despedir por causa justificada. Si EL TRABAJADOR falta "
                "cinco días de trabajo seguidos sin permiso, se considera que abandonó el empleo.",
            ),
            (
                "p",
                "14. Desastres. Si una helada o un huracán hace imposible el trabajo, el contrato puede terminar "
                "con permiso del Departamento de Trabajo; EL EMPLEADOR paga la garantía de tres cuartas partes "
                "hasta esa fecha y el viaje de regreso.",
            ),
        ],
        seed=8082,
        footer="Página 2 de 3",
        header="Peace River Grove Services, LLC — Contrato de trabajo H-2A 2026-2027",
    )

    pdf.add_page()
    para(pdf, "15. Vivienda.", F, 10, style="B", after=1)
    para(
        pdf,
        "EL EMPLEADOR proporciona vivienda gratuita en el campamento Joshua Creek, 4120 SE County Road "
        "760, Arcadia, Florida, inspeccionada por el Departamento de Salud de Florida. Reglas de la "
        "vivienda:",
        F,
        10,
        after=1.5,
    )
    bullets(
        pdf,
        [
            "No se cobra renta ni depósito por la cama o el colchón.",
            "Cada residente aporta $12.00 por semana para el pago de luz, agua y gas de la vivienda, que se "
            "descuentan de su cheque.",
            "Las visitas se reciben hasta las 22:00; los residentes entran y salen libremente.",
            "La recolección de basura y la fumigación las paga EL EMPLEADOR.",
            "Se prohíbe cocinar dentro de los cuartos; para eso están las cocinas comunitarias.",
        ],
        F,
        10,
    )
    para(
        pdf,
        "16. Quejas. EL TRABAJADOR puede presentar quejas ante el Departamento de Trabajo o el "
        "consulado de México en Orlando sin que eso afecte su empleo ni futuras contrataciones.",
        F,
        10,
        after=3,
    )
    para(
        pdf,
        "Firmado en Tamazunchale, San Luis Potosí, el 21 de septiembre de 2026.",
        F,
        10,
        after=2,
    )
    signatures(
        pdf,
        [
            ("Por EL EMPLEADOR", "Dale Whitcomb, administrador"),
            ("EL TRABAJADOR", "Rogelio Anselmo Hernández Tolentino"),
        ],
        F,
        9.5,
        gap_above=20,
    )
    return pdf


# bb09  generic  en  "administrative support charge" + promissory note "completion security" (Nepal -> Malaysia)


def bb09():
    pdf = Doc("A4", margins=(22, 18, 22), bottom=18, title="Service agreement Himshikhar")
    F = "libserif"

    def head(p):
        p.font(F, "B", 12)
        p.set_xy(p.l_margin, 8)
        p.cell(
            p.epw,
            5,
            "HIMSHIKHAR OVERSEAS MANPOWER PVT. LTD.",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        p.font(F, "", 8.5)
        p.cell(
            p.epw,
            4,
            "New Baneshwor-10, Kathmandu, Nepal · Licence No. 1187/075/76 · Tel. +977 1 4780 112",
            align="C",
        )
        p.set_line_width(0.5)
        p.line(p.l_margin, 19, p.w - p.r_margin, 19)
        p.set_line_width(0.2)
        p.line(p.l_margin, 20, p.w - p.r_margin, 20)
        p.set_y(24)

    pdf.head = head
    pdf.foot = small_footer(
        "Agreement HOM/MY/2026/0457 — page {p} of {n}", fam=F, size=8.5, rule=False, align="R"
    )
    pdf.add_page()
    heading(pdf, "SERVICE AGREEMENT BETWEEN RECRUITING AGENCY AND WORKER", F, 13, "C", after=0.5)
    heading(pdf, "(Foreign employment — Malaysia)", F, 10, "C", style="I", after=4)
    para(
        pdf,
        "This Agreement is made at Kathmandu on 2 March 2026 between Himshikhar Overseas Manpower Pvt. "
        'Ltd., New Baneshwor-10, Kathmandu (the "Agency"), and Mr. Bishnu Bahadur Thapa Magar, resident of '
        'Gorkha Municipality-4, Gorkha District, holder of Nepali passport PA0931176 (the "Worker"), for '
        "employment with the employer named below, on whose demand letter the Agency recruits.",
        F,
        10.5,
        after=3,
    )
    para(pdf, "1. Particulars of employment", F, 11, style="B", after=1)
    grid(
        pdf,
        [
            (
                "1.1 Employer",
                "Sinar Kemas Packaging Sdn. Bhd., Lot 14, Jalan Perindustrian Senai 3, 81400 Senai, "
                "Johor, Malaysia",
            ),
            (
                "1.2 Position",
                "Machine operator, corrugated carton line: feed board sheets into the printer-slotter, "
                "stack and strap finished cartons, record output and clean the machine at the end of "
                "each shift",
            ),
            ("1.3 Place of work", "Factory of the Employer at Lot 14, Senai, Johor"),
            ("1.4 Period", "24 months, from 15 June 2026 to 14 June 2028"),
            (
                "1.5 Hours",
                "8 hours a day, 6 days a week (48 hours); overtime at 1.5 times the hourly rate, "
                "not more than 104 hours a month",
            ),
            ("1.6 Basic wage", "MYR 1,700 per month"),
            (
                "1.7 Payment",
                "Monthly, not later than the 7th day of the following month, into a bank account in "
                "the Worker's own name",
            ),
            (
                "1.8 Deductions",
                "Only the Worker's statutory SOCSO and EPF contributions and income tax, if any",
            ),
            (
                "1.9 Accommodation",
                "Hostel certified under Act 446, provided by the Employer free of charge",
            ),
        ],
        (38, 128),
        "libsans",
        9.5,
        zebra=(245, 245, 245),
        lh=4.5,
    )
    para(pdf, "2. Costs", F, 11, style="B", after=1)
    para(
        pdf,
        '2.1 In line with the Government of Nepal\'s "free visa, free ticket" policy, the following '
        "costs are borne by the Employer and none of them is charged to the Worker:",
        F,
        10.5,
        after=1.5,
    )
    grid(
        pdf,
        [
            ("Malaysian visa, work permit (PLKS) and foreign worker levy", "Employer"),
            ("Air ticket Kathmandu–Kuala Lumpur", "Employer"),
            ("Pre-departure medical examination", "Employer"),
            ("Pre-departure orientation training", "Employer"),
            ("Contribution to the Foreign Employment Welfare Fund", "Employer"),
            ("Life and accident insurance for the contract period", "Employer"),
        ],
        (120, 46),
        "libsans",
        9.5,
        header=("Item", "Paid by"),
        bold_first=False,
        head_fill=(225, 225, 225),
        lh=4.4,
    )
    para(pdf, "2.2 The Employer pays the Agency's service charge under the demand letter.", F, 10.5)

    pdf.add_page()
    para(
        pdf,
        "2.3 The Worker shall pay the Agency an administrative support charge of NPR 10,000 upon "
        "signing this agreement, within the ceiling set by the Government of Nepal, for documentation, "
        "counselling and coordination. A receipt shall be issued.",
        F,
        10.5,
        after=2.5,
    )
    para(
        pdf,
        "2.4 Before departure the Worker shall deposit with the Agency a signed promissory note for NPR "
        "150,000 as security for completion of the contract, which the Agency shall return to the Worker "
        "when he completes the contract.",
        F,
        10.5,
        after=3,
    )
    para(pdf, "3. Documents", F, 11, style="B", after=1)
    para(
        pdf,
        "The Worker keeps his own passport. Neither the Agency nor the Employer shall hold it; the "
        "Employer may keep a photocopy for its records.",
        F,
        10.5,
        after=3,
    )
    para(pdf, "4. Termination", F, 11, style="B", after=1)
    para(
        pdf,
        "Either the Employer or the Worker may end the employment by giving one month's notice in "
        "writing. The Employer may dismiss the Worker without notice only for serious misconduct after a "
        "domestic inquiry at which the Worker was heard.",
        F,
        10.5,
        after=3,
    )
    para(pdf, "5. Grievances", F, 11, style="B", after=1)
    para(
        pdf,
        "The Worker may raise any grievance with the Employer, the Embassy of Nepal in Kuala Lumpur, the "
        "Department of Foreign Employment or the Foreign Employment Board, and shall not be refused "
        "future placement for doing so.",
        F,
        10.5,
        after=3,
    )
    para(pdf, "6. Language", F, 11, style="B", after=1)
    para(
        pdf,
        "This Agreement was read to the Worker in Nepali, and a Nepali translation is attached.",
        F,
        10.5,
        after=3,
    )
    signatures(
        pdf,
        [
            ("For the Agency", "Sabin Raj Adhikari, Managing Director"),
            ("Worker", "Bishnu Bahadur Thapa Magar"),
            ("Witness", "Kamala Gurung"),
        ],
        "libsans",
        9,
        gap_above=22,
        box="Thumb",
    )
    return pdf


# bb10  generic  es  informal Honduran recruiter flyer (greenhouses in Canada): worker pays biometrics/permit


def _bubble(pdf, text, side, fam="dejavu", size=10, fill=(255, 255, 255), w=120, style=""):
    pdf.font(fam, style, size)
    lh = size * 0.47
    h = pdf.multi_cell(w - 8, lh, text, dry_run=True, output="HEIGHT")
    x = pdf.l_margin if side == "L" else pdf.w - pdf.r_margin - w
    y = pdf.get_y()
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(200, 200, 200)
    pdf.rect(x, y, w, h + 5, style="DF", round_corners=True, corner_radius=3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(x + 4, y + 2.5)
    pdf.multi_cell(w - 8, lh, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + h + 7)


def bb10():
    pdf = Doc("letter", margins=(16, 12, 16), bottom=14, title="Trabajo en Canadá")
    F = "dejavu"

    def foot(p):
        p.set_y(-12)
        p.font(F, "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(
            p.epw,
            4,
            "Agencia Oportunidades del Norte HN · Barrio El Centro, 5 calle, San Pedro Sula · "
            "WhatsApp +504 9736-2208 · hoja %d/{nb}" % p.page_no(),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.foot = foot
    pdf.add_page()
    pdf.set_fill_color(0, 122, 94)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.font(F, "B", 22)
    pdf.set_xy(pdf.l_margin, 8)
    pdf.cell(pdf.epw, 10, "¡TRABAJO EN CANADÁ! ✈", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font(F, "", 12)
    pdf.cell(
        pdf.epw,
        7,
        "Invernaderos de tomate y pepino · Temporada 2026 · cupos limitados",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.font(F, "I", 9.5)
    pdf.cell(
        pdf.epw, 6, "Agencia Oportunidades del Norte HN — te explicamos todo clarito", align="C"
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(44)
    pdf.set_fill_color(255, 244, 214)
    pdf.font(F, "B", 10)
    pdf.multi_cell(
        pdf.epw,
        5.5,
        "Empresa: un grupo de invernaderos de Ontario (el nombre se da a conocer en la "
        "entrevista). Puesto: trabajador/a de invernadero.",
        fill=True,
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    green = (220, 248, 198)
    qa = [
        (
            "¿Qué voy a hacer?",
            "Cosecha y empaque de tomate y pepino bajo invernadero: cortar la fruta, "
            "deshojar, bajar las plantas (descuelgue), clasificar y empacar en cajas.",
        ),
        ("¿Dónde queda?", "En invernaderos de Leamington, Ontario, Canadá. ✔"),
        ("¿Cuánto pagan?", "CAD 17.60 por hora (el mínimo de Ontario)."),
        ("¿Cuántas horas?", "De 45 a 60 horas por semana, de lunes a sábado."),
        ("¿Cada cuánto pagan?", "Cada dos semanas, con depósito a tu cuenta de banco en Canadá."),
        (
            "¿Qué me descuentan?",
            "Solo lo de ley en Canadá: impuesto sobre la renta, el Plan de Pensiones "
            "(CPP) y las cuotas del Seguro de Empleo (EI). Nada más.",
        ),
        (
            "¿Quién paga el boleto?",
            "El boleto de avión de ida y vuelta lo paga el empleador canadiense. ✈",
        ),
        ("¿Dónde voy a vivir?", "En casa del empleador, sin costo, a 5 minutos del invernadero."),
    ]
    for q, a in qa:
        _bubble(pdf, q, "R", F, 10, green, w=70, style="B")
        _bubble(pdf, a, "L", F, 10, (255, 255, 255), w=130)
    pdf.add_page()
    qa2 = [
        (
            "¿Cuánto me cuesta a mí?",
            "¡Nada de cuota de reclutamiento! ☺ Nosotros no cobramos por meterte a la "
            "lista. Lo único que corre por tu cuenta son los biométricos y la tarifa "
            "del permiso de trabajo, unos L 5,200 que pagás directo en el centro de "
            "solicitudes de visa.",
        ),
        (
            "¿Y el examen médico?",
            "El examen con el médico autorizado por Canadá lo paga el empleador; nosotros "
            "te sacamos la cita.",
        ),
        (
            "¿Y si me enfermo allá?",
            "Los primeros tres meses el empleador te paga un seguro médico privado; "
            "después entrás al seguro de salud de Ontario (OHIP), que es gratis.",
        ),
        (
            "¿Cuándo salgo?",
            "Las salidas son por grupos, según vayan saliendo los permisos. Te avisamos por "
            "WhatsApp.",
        ),
    ]
    for q, a in qa2:
        _bubble(pdf, q, "R", F, 10, green, w=70, style="B")
        _bubble(pdf, a, "L", F, 10, (255, 255, 255), w=130)
    pdf.ln(2)
    heading(pdf, "Requisitos", F, 12, color=(0, 122, 94), after=1)
    bullets(
        pdf,
        [
            "Ser mayor de edad y saber leer y escribir.",
            "Una temporada de experiencia en campo o invernadero.",
            "Ganas de trabajar en equipo.",
        ],
        F,
        10,
        sym="✔",
    )
    pdf.set_fill_color(255, 228, 225)
    pdf.set_draw_color(200, 60, 50)
    y0 = pdf.get_y()
    pdf.font(F, "B", 11)
    pdf.set_x(pdf.l_margin + 3)
    pdf.cell(pdf.epw - 6, 7, "⚠ ¡Cuidado con las estafas!", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font(F, "", 10)
    pdf.set_x(pdf.l_margin + 3)
    pdf.multi_cell(
        pdf.epw - 6,
        4.8,
        "Nadie de nuestra agencia te va a pedir dinero para apartar tu lugar. Si "
        "alguien te pide «pago de trámite», «inscripción» o «fianza», no pagués y reportalo a la "
        "Secretaría de Trabajo y Seguridad Social (STSS).",
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    y1 = pdf.get_y() + 2
    pdf.rect(pdf.l_margin, y0 - 2, pdf.epw, y1 - y0 + 2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(y1 + 5)
    para(
        pdf,
        "Mandanos tu nombre completo y tu municipio por WhatsApp al +504 9736-2208 y te llamamos. "
        "¡Compartí este mensaje con tus conocidos!",
        F,
        10,
        style="B",
        align="C",
    )
    return pdf


# bb11  H-2B  es  compliant  forestry contract, two-column clauses, direct hire (no recruiter)


def bb11():
    pdf = Doc("letter", margins=(17, 16, 17), bottom=16, title="Contrato H-2B Alapaha Pine")
    F = "libsans"

    def head(p):
        p.set_fill_color(34, 70, 40)
        p.rect(0, 0, 8, p.h, style="F")
        p.font(F, "B", 9)
        p.set_text_color(34, 70, 40)
        p.set_xy(p.l_margin, 7)
        p.cell(p.epw, 4, "ALAPAHA PINE REFORESTATION, LLC", align="L")
        p.font(F, "", 8)
        p.set_xy(p.l_margin, 7)
        p.cell(p.epw, 4, "Contrato H-2B · temporada de plantación 2026", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(16)

    pdf.head = head
    pdf.foot = small_footer("Pág. {p}/{n} · Conserve este contrato; es su copia.", fam=F)
    pdf.add_page()
    heading(pdf, "CONTRATO DE TRABAJO TEMPORAL — TRABAJADOR FORESTAL H-2B", F, 13.5, "C", after=1)
    grid(
        pdf,
        [
            (
                "Empleador",
                "Alapaha Pine Reforestation, LLC, 118 Depot Street, Alapaha, Georgia 31622, EE. UU.",
                "Trabajador",
                "Eleuterio Nájera Quintanilla, de Galeana, Nuevo León",
            ),
        ],
        (24, 68, 24, 66),
        F,
        9,
        lh=4.3,
        bold_first=False,
    )
    columns(
        pdf,
        [
            (
                "1. Puesto y tareas.",
                "Trabajador forestal (SOC 45-4011). Plantar a mano plántulas de pino con barra o pala plantadora, "
                "cargar y distribuir bolsas de plántulas, limpiar maleza con machete y marcar los lotes terminados. "
                "Los terrenos pertenecen a clientes de la empresa, que le pagan a la empresa por cada millar de "
                "árboles plantados; ese pago no tiene nada que ver con el trabajador.",
            ),
            (
                "2. Lugares.",
                "Terrenos de clientes en los condados de Berrien, Atkinson y Ware, Georgia, y en el condado de "
                "Covington, Alabama. El punto de reunión diario es la bodega de 118 Depot Street, Alapaha.",
            ),
            ("3. Periodo.", "Del 5 de enero de 2026 al 30 de abril de 2026."),
            (
                "4. Horario.",
                "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 con media hora para comer. Los sábados "
                "son opcionales.",
            ),
            (
                "5. Salario.",
                "$16.04 por hora, o $0.045 por árbol plantado si así gana más en la semana. Si se publica un "
                "salario prevaleciente o un salario mínimo más alto, se paga el más alto desde que entre en vigor.",
            ),
            (
                "6. Horas extra.",
                "La empresa no ofrece horas extra. Si por excepción se trabajan más de 40 horas en una semana, esas "
                "horas se pagan a $24.06 por hora.",
            ),
            (
                "7. Pago y talones.",
                "Cada semana, los viernes, por depósito directo o cheque. Cada talón muestra las horas ofrecidas, "
                "las horas trabajadas, los árboles, las tarifas, los descuentos y el neto.",
            ),
            (
                "8. Descuentos.",
                "Impuesto federal y estatal sobre la renta, contribuciones FICA y cualquier descuento que ordene un "
                "tribunal. Nada más.",
            ),
            (
                "9. Garantía de tres cuartas partes.",
                "En cada periodo de 6 semanas se ofrecen al trabajador horas iguales a por lo menos el 75 % de los "
                "días laborables; si no, se pagan las horas que falten.",
            ),
            (
                "10. Viaje de ida.",
                "La empresa paga el autobús de Monterrey a Alapaha. Al salir, entrega a cada trabajador $16 por "
                "día de camino, en efectivo, para comida; ese dinero no se descuenta ni se devuelve.",
            ),
            (
                "11. Viaje de regreso.",
                "Al terminar el contrato, o si el trabajador es despedido antes sin causa, la empresa paga el "
                "autobús y la comida del camino hasta Monterrey.",
            ),
            (
                "12. Visa.",
                "La empresa paga por adelantado la cuota de visa, el cargo del servicio de citas y el permiso de "
                "cruce fronterizo, para que el trabajador no tenga que pagar y esperar el reembolso.",
            ),
        ],
        F,
        10.4,
        gutter=8,
        lh=1.2,
        balance=True,
    )
    pdf.add_page()
    columns(
        pdf,
        [
            (
                "13. Herramientas y equipo.",
                "Barras plantadoras, bolsas, machetes, botas de seguridad, chalecos y cascos se entregan sin costo "
                "y sin depósito. Las botas se quedan con el trabajador al final de la temporada.",
            ),
            (
                "14. Alojamiento y transporte.",
                "Durante las rotaciones fuera de Alapaha, la empresa paga los cuartos de motel (dos personas por "
                "cuarto). Las camionetas de la empresa llevan a las cuadrillas gratis a los terrenos.",
            ),
            (
                "15. Seguro.",
                "La empresa mantiene, a su costo, seguro de compensación por accidentes de trabajo.",
            ),
            (
                "16. Requisitos.",
                "Tres meses de experiencia en plantación de árboles o trabajo de campo similar. No se requiere "
                "licencia de manejo.",
            ),
            (
                "17. Terminación.",
                "La empresa solo despide por causa justificada, explicada por escrito. Si el trabajador falta cinco "
                "días laborables seguidos sin avisar, se considera que abandonó el empleo. El trabajador puede "
                "renunciar cuando quiera y no se le cobra ninguna penalización.",
            ),
            (
                "18. Imposibilidad.",
                "Si lluvias fuertes, sequía o un incendio forestal hacen imposible plantar, el contrato puede "
                "terminar antes con permiso del Departamento de Trabajo; se paga lo ganado, la garantía hasta esa "
                "fecha y el regreso.",
            ),
            (
                "19. Contratación directa.",
                "La empresa no usa reclutadores en México. La contratación la hace directamente su supervisor, "
                "Ramiro Espinoza Garza, sin ningún costo para el trabajador.",
            ),
            (
                "20. Derechos.",
                "El trabajador guarda su pasaporte y su visa. Puede quejarse ante el Departamento de Trabajo o el "
                "consulado sin ser despedido ni excluido de temporadas futuras.",
            ),
        ],
        F,
        10.4,
        gutter=8,
        lh=1.2,
        balance=True,
    )
    pdf.ln(5)
    para(pdf, "Firmado en Galeana, Nuevo León, el 8 de diciembre de 2025.", F, 9.5, after=1)
    signatures(
        pdf,
        [
            ("Por la empresa", "Ramiro Espinoza Garza, supervisor"),
            ("El trabajador", "Eleuterio Nájera Quintanilla"),
        ],
        F,
        9,
        gap_above=18,
    )
    return pdf


# bb12  H-2B  en  compliant  amusement-park job order; fee words as job duties; two-column promises


def bb12():
    pdf = Doc("letter", margins=(18, 20, 18), bottom=17, title="H-2B job order Cedar Hollow")
    F = "dejavu"

    def head(p):
        band(
            p,
            "CEDAR HOLLOW ADVENTURE PARK, LLC",
            (150, 70, 20),
            F,
            12,
            h=10,
            sub="H-2B Job Order H-400-26035-611208  ·  88 Ridge Pass Road, Sevierville, Tennessee 37862",
        )
        p.set_y(21)

    pdf.head = head
    pdf.foot = small_footer("Cedar Hollow Adventure Park — job order — {p}/{n}", fam=F)
    pdf.add_page()
    heading(pdf, "JOB ORDER AND TERMS OF EMPLOYMENT", F, 13, "C", after=3)
    heading(pdf, "Summary", F, 11, color=(150, 70, 20), after=1)
    bullets(
        pdf,
        [
            "Employer: Cedar Hollow Adventure Park, LLC, 88 Ridge Pass Road, Sevierville, Tennessee 37862. "
            "Contact: Brandi Lusk, Seasonal Staffing, (865) 555-0193.",
            "Job title: Amusement and Recreation Attendant (SOC 39-3091), 22 openings.",
            "Duties: operate rides and zip lines under supervision; check riders' height and harnesses; sell "
            "tickets and collect admission, locker and parking fees from visitors at the gate; clean and restock "
            "stations.",
            "Worksite: Cedar Hollow Adventure Park, 88 Ridge Pass Road, Sevierville, Tennessee.",
            "Dates: May 1, 2026 through October 31, 2026.",
            "Hours: 40 hours per week, five days a week, shifts between 8:00 a.m. and 10:00 p.m.",
            "Pay: $14.71 per hour, paid weekly every Friday by direct deposit or paycheck.",
            "Deductions: federal income tax, Social Security and Medicare; nothing else unless the worker "
            "authorizes it in writing for his or her own benefit.",
            "Requirements: 3 months of customer-service experience; able to climb 40-foot towers and lift 50 "
            "pounds.",
        ],
        F,
        9.8,
        gap=0.8,
    )
    heading(pdf, "What it costs you: nothing", F, 11, color=(150, 70, 20), after=1)
    para(
        pdf,
        "Placement fee: none. Workers never pay Caribbean Horizons Staffing Ltd., 14 Hope Road, Kingston "
        "10, Jamaica, which recruits for the park; its fee of J$45,000 per worker is paid by Cedar Hollow. "
        "The park maintains the surety bond and liability insurance that the State of Tennessee requires for "
        "amusement devices; workers are never asked for a bond, deposit or guarantee of any kind.",
        F,
        9.8,
    )
    heading(pdf, "What the employer promises", F, 11, color=(150, 70, 20), after=1.5)
    columns(
        pdf,
        [
            (
                "(a) Highest wage.",
                "The worker is paid at least the highest of the offered wage, the prevailing wage and the federal, "
                "state or local minimum wage; a higher rate published during the season applies from its effective "
                "date.",
            ),
            (
                "(b) Three-fourths guarantee.",
                "In each 12-week period the park offers hours equal to at least three-fourths of the workdays, and "
                "pays for any hours it falls short.",
            ),
            (
                "(c) Getting here.",
                "The park books and pays the flight from Kingston to Knoxville and the shuttle to Sevierville, with "
                "$16 a day for meals on the way; anything the worker paid is repaid in the first paycheck.",
            ),
            (
                "(d) Visa.",
                "The visa fee and any related fees are repaid in the first workweek, in full.",
            ),
            (
                "(e) Going home.",
                "A worker who finishes the season, or is let go early for any reason other than cause, gets a "
                "paid flight home to Kingston.",
            ),
            (
                "(f) Uniforms and gear.",
                "Uniform shirts, harness gear, radios and rain jackets are provided free, laundered by the park, "
                "and no deposit is taken.",
            ),
            (
                "(g) Housing and meals.",
                "Optional employee housing at Ridge House, with no rent, deposit or utility charge; one staff meal "
                "per shift and free coffee in the staff canteen.",
            ),
            (
                "(h) Leaving the job.",
                "Dismissal only for cause, explained in writing. Five consecutive workdays missed without notice "
                "count as abandonment and are reported as the law requires. There is no charge or penalty for "
                "quitting.",
            ),
            (
                "(i) If disaster strikes.",
                "If fire, flood or another natural disaster makes the work impossible, the contract may end early "
                "with the approval of the Department of Labor; the worker is paid for work done, the guarantee "
                "up to that date and the flight home.",
            ),
            (
                "(j) Your papers and your voice.",
                "Workers keep their own passports. No worker will be blacklisted or reported for complaining about "
                "pay or safety.",
            ),
        ],
        F,
        9.2,
        gutter=7,
        lh=1.15,
        balance=True,
    )
    pdf.add_page()
    heading(pdf, "ATTACHMENT A — PARK RULES FOR SEASONAL STAFF", F, 12, "C", after=3)
    grid(
        pdf,
        [
            (
                "Cash handling",
                "Ticket and gate cashiers count their drawer with a supervisor at the start and end "
                "of each shift. Register shortages and breakage are never deducted from pay.",
            ),
            (
                "Ride safety",
                "No ride or zip line is operated until the morning inspection checklist is signed. "
                "Any attendant may stop a ride that looks unsafe.",
            ),
            (
                "Weather",
                "Outdoor rides close when lightning is within 10 miles; attendants then move to indoor "
                "stations.",
            ),
            (
                "Ridge House",
                "Quiet hours are 11:00 p.m. to 7:00 a.m. Residents come and go freely at all hours "
                "and may have visitors in the lounge.",
            ),
            (
                "Days off",
                "Staff ride free on their days off and may bring two guests free of charge.",
            ),
            ("Lost and found", "Items left by visitors are logged at Guest Services the same day."),
            (
                "Complaints",
                "Questions about pay or safety go to Brandi Lusk or directly to the U.S. Department "
                "of Labor, Wage and Hour Division, 1-866-487-9243.",
            ),
        ],
        (36, 143.9),
        F,
        9.6,
        header=("Topic", "Rule"),
        head_fill=(240, 220, 200),
        lh=4.6,
    )
    para(
        pdf,
        "I received this job order and its attachment before my visa interview, in a language I read.",
        F,
        9.6,
        style="I",
        after=1,
    )
    signatures(
        pdf,
        [
            ("For Cedar Hollow Adventure Park, LLC", "Brandi Lusk, Seasonal Staffing"),
            ("Worker", "Name, signature and date"),
        ],
        F,
        9,
        gap_above=18,
    )
    return pdf


DOCS = {
    "bb01.pdf": bb01,
    "bb02.pdf": bb02,
    "bb03.pdf": bb03,
    "bb04.pdf": bb04,
    "bb05.pdf": bb05,
    "bb06.pdf": bb06,
    "bb07.pdf": bb07,
    "bb08.pdf": bb08,
    "bb09.pdf": bb09,
    "bb10.pdf": bb10,
    "bb11.pdf": bb11,
    "bb12.pdf": bb12,
}

# --------------------------------------------------------------------------- label sanity rules
# (an independent copy of the public taxonomy tables, used only to check labels.json)

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


def expected_severity(cat, program):
    if cat in ("damage_chargeback", "meal_charge"):
        return {"review"}
    if cat == "housing_charge":
        return {"violation"} if program == "h2a" else {"review"}
    if cat == "visa_cost" and program in ("h2a", "h2b"):
        return {"violation", "review"}  # review only for passport fees alone
    return {"violation"}


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    """Full-page text plus left/right half crops (for two-column pages)."""
    out = [page.extract_text() or ""]
    w, h = page.width, page.height
    for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
        out.append(page.crop(box).extract_text() or "")
    return [norm(t) for t in out]


def check_labels(labels):
    errs = []
    files = [d["file"] for d in labels]
    if sorted(files) != sorted(DOCS):
        errs.append(f"labels list {files} != built files {sorted(DOCS)}")
    for d in labels:
        f, prog = d["file"], d["program"]
        if prog not in REQUIRED:
            errs.append(f"{f}: bad program {prog}")
            continue
        if d["language"] not in ("en", "es", "mixed"):
            errs.append(f"{f}: bad language {d['language']}")
        extra = set(d["missing_terms"]) - REQUIRED[prog]
        if extra:
            errs.append(f"{f}: missing_terms not required for {prog}: {sorted(extra)}")
        if len(set(d["missing_terms"])) != len(d["missing_terms"]):
            errs.append(f"{f}: duplicate missing_terms")
        for fee in d["fees"]:
            if fee["category"] not in CATEGORIES:
                errs.append(f"{f}: unknown category {fee['category']}")
            if fee["severity"] not in expected_severity(fee["category"], prog):
                errs.append(
                    f"{f}: severity {fee['severity']} wrong for {fee['category']} under {prog}"
                )
            if not 1 <= fee["page"] <= d["pages"]:
                errs.append(f"{f}: fee page {fee['page']} out of range")
            if (fee["amount"] is None) != (fee["currency"] is None):
                errs.append(f"{f}: amount/currency mismatch in {fee['category']}")
    return errs


def verify(out_dir, labels):
    errs = check_labels(labels)
    for d in labels:
        path = os.path.join(out_dir, d["file"])
        scanned = set(d["scanned"]) if isinstance(d["scanned"], list) else set()
        if d["scanned"] is True:
            scanned = set(range(1, d["pages"] + 1))
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) != d["pages"]:
                errs.append(f"{d['file']}: {len(pdf.pages)} pages, labelled {d['pages']}")
                continue
            texts = {}
            for i, page in enumerate(pdf.pages, start=1):
                texts[i] = page_texts(page)
                has_text = bool(texts[i][0])
                if i in scanned and has_text:
                    errs.append(f"{d['file']}: page {i} is labelled scanned but has a text layer")
                if i not in scanned and not has_text:
                    errs.append(
                        f"{d['file']}: page {i} has no text layer but is not labelled scanned"
                    )
            for fee in d["fees"]:
                if fee["page"] in scanned:
                    continue
                q = norm(fee["quote"])
                if not any(q in t for t in texts[fee["page"]]):
                    where = [i for i in texts if any(q in t for t in texts[i])]
                    errs.append(
                        f"{d['file']}: {fee['category']} quote not on page {fee['page']}"
                        f" (found on {where or 'no page'}): {fee['quote'][:70]}"
                    )
            alltext = " ".join(t for i in texts for t in texts[i])
            for r in d["recruiters"]:
                if norm(r) not in alltext:
                    errs.append(f"{d['file']}: recruiter not printed: {r}")
    return errs


def main(argv):
    if len(argv) != 2:
        print("usage: python build.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for name, fn in DOCS.items():
        pdf = fn()
        pdf.output(os.path.join(out_dir, name))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    shutil.copyfile(os.path.join(HERE, "labels.json"), os.path.join(out_dir, "labels.json"))
    errs = verify(out_dir, labels)
    n_fees = sum(len(d["fees"]) for d in labels)
    n_ok = sum(1 for d in labels if not d["fees"])
    if errs:
        for e in errs:
            print("MISMATCH:", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); see above", file=sys.stderr)
        return 1
    print(
        f"wrote {len(DOCS)} PDFs + labels.json to {out_dir}: {n_fees} fee findings, "
        f"{n_ok} documents without findings; all checks passed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
