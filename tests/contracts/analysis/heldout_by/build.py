#!/usr/bin/env python3
"""Build the held-out batch "by" (Spanish-heavy, representative) for the contract checker.

Usage:  python build.py OUT_DIR

Writes by01.pdf ... by12.pdf and labels.json into OUT_DIR, then reopens every PDF with
pdfplumber and self-checks page counts, extractable text, key phrases, the verbatim
fee quotes on their labelled page, the recruiter names, and that the scanned page has
no text layer.  Exits non-zero if any check fails.  Deterministic: fixed metadata date,
fixed random seed for the scan noise, no clock reads.
"""

import io
import json
import os
import random
import sys
from datetime import UTC, datetime

import pdfplumber
from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)
DV = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
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
HAVE_DV = all(os.path.exists(DV + f) for files in FONT_FILES.values() for f in files)
CORE = {"sans": "helvetica", "serif": "times", "cond": "helvetica", "mono": "courier"}
NX, NY = XPos.LMARGIN, YPos.NEXT


# ----------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(self, fmt="letter", fam="sans", margins=(20, 16, 20), bottom=18, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.fam = fam
        self.header_fn = None
        self.footer_fn = None
        self.bare_pages = set()  # pages with no header/footer (the scanned page)
        if HAVE_DV:
            for name, files in FONT_FILES.items():
                for style, f in zip(("", "B", "I", "BI"), files):
                    self.add_font(name, style, DV + f)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("heldout_by/build.py")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.alias_nb_pages()

    def header(self):
        if self.header_fn and self.page_no() not in self.bare_pages:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn and self.page_no() not in self.bare_pages:
            self.footer_fn(self)


def lat(text):
    text.encode("latin-1")  # every string must survive the core-font fallback
    return text


def F(pdf, fam=None, style="", size=10):
    fam = fam or pdf.fam
    if HAVE_DV:
        pdf.set_font(fam, style, size)
    else:
        pdf.set_font(CORE[fam], style, size)


def P(
    pdf,
    text,
    size=10,
    style="",
    fam=None,
    align="L",
    lh=None,
    after=1.6,
    w=0,
    color=(0, 0, 0),
    md=False,
    fill=False,
    border=0,
):
    F(pdf, fam, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(
        w,
        lh or size * 0.46,
        lat(text),
        align=align,
        markdown=md,
        fill=fill,
        border=border,
        new_x=NX,
        new_y=NY,
    )
    pdf.set_text_color(0, 0, 0)
    if after:
        pdf.ln(after)


def KV(
    pdf,
    rows,
    widths,
    size=9,
    fam=None,
    head=None,
    lh=None,
    borders="ALL",
    bold_first=True,
    fill_head=(220, 220, 220),
    align="LEFT",
):
    F(pdf, fam, "", size)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(
        col_widths=widths,
        text_align=align,
        line_height=lh or size * 0.5,
        borders_layout=borders,
        first_row_as_headings=bool(head),
        headings_style=FontFace(emphasis="BOLD", fill_color=fill_head) if head else None,
        padding=1.2,
    ) as t:
        if head:
            r = t.row()
            for c in head:
                r.cell(lat(c))
        for row in rows:
            r = t.row()
            for i, c in enumerate(row):
                if i == 0 and bold_first:
                    r.cell(lat(c), style=FontFace(emphasis="BOLD"))
                else:
                    r.cell(lat(c))
    pdf.ln(2)


def band(pdf, color, h, left, right=None, size=10, tcolor=(255, 255, 255)):
    pdf.set_fill_color(*color)
    pdf.rect(0, 0, pdf.w, h, "F")
    F(pdf, None, "B", size)
    pdf.set_text_color(*tcolor)
    pdf.set_xy(pdf.l_margin, (h - size * 0.4) / 2)
    pdf.cell(0, size * 0.4, lat(left))
    if right:
        F(pdf, None, "", size - 2)
        pdf.set_xy(pdf.l_margin, (h - size * 0.4) / 2)
        pdf.cell(pdf.w - pdf.l_margin - pdf.r_margin, size * 0.4, lat(right), align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(h + 6)


def sign_row(pdf, labels, names, width=None, gap=10, fp_box=False):
    """Signature lines drawn as vector lines (no underscore text)."""
    n = len(labels)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    w = width or (usable - gap * (n - 1)) / n
    y = pdf.get_y() + 14
    if y > pdf.h - 40:
        pdf.add_page()
        y = pdf.get_y() + 14
    for i in range(n):
        x = pdf.l_margin + i * (w + gap)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, y, x + w, y)
        F(pdf, None, "", 8.5)
        pdf.set_xy(x, y + 1)
        pdf.multi_cell(w, 4, lat(names[i]), align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_xy(x, y + 5)
        F(pdf, None, "I", 8)
        pdf.multi_cell(w, 4, lat(labels[i]), align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
    if fp_box:
        x = pdf.w - pdf.r_margin - 22
        pdf.rect(x, y - 26, 22, 24)
        F(pdf, None, "", 7)
        pdf.set_xy(x, y - 1)
        pdf.cell(22, 4, lat("Huella digital"), align="C")
    pdf.set_y(y + 12)


# ----------------------------------------------------------------------------- by01
def build_by01(path):
    """H-2A, Spanish, Mexico (Guanajuato) -> Michigan apples. Compliant work contract."""
    pdf = Doc(fam="serif", margins=(22, 24, 22), bottom=20)

    def hdr(p):
        p.set_fill_color(232, 232, 226)
        p.rect(0, 0, p.w, 15, "F")
        F(p, "sans", "B", 9)
        p.set_xy(22, 5.5)
        p.cell(0, 4, lat("RIDGELINE ORCHARDS OF SPARTA LLC"))
        F(p, "sans", "", 8)
        p.set_xy(22, 5.5)
        p.cell(p.w - 44, 4, lat("Contrato de trabajo agrícola temporal H-2A"), align="R")
        p.set_y(24)

    def ftr(p):
        p.set_y(-13)
        F(p, "sans", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(
            0,
            4,
            lat(
                "Contrato RO-26-0117 · Trabajador: F. Alcocer L. · Página %d de {nb}" % p.page_no()
            ),
            align="C",
        )
        p.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(pdf, "CONTRATO DE TRABAJO AGRÍCOLA TEMPORAL", 14, "B", align="C", after=1)
    P(
        pdf,
        "Copia en español de la orden de trabajo H-300-26041-118702, entregada al trabajador antes de "
        "solicitar su visa",
        9,
        "I",
        align="C",
        after=4,
    )
    KV(
        pdf,
        [
            [
                "Empleador",
                "Ridgeline Orchards of Sparta LLC, 11450 Fruit Ridge Avenue NW, Sparta, Michigan 49345, "
                "Estados Unidos. Teléfono (616) 555-0148.",
            ],
            [
                "Trabajador",
                "Fermín Alcocer Ledesma, originario de Dolores Hidalgo, Guanajuato, México.",
            ],
        ],
        (30, 142),
        size=9.5,
        fam="sans",
        borders="HORIZONTAL_LINES",
    )
    clauses = [
        (
            "1. Puesto y tareas.",
            "Trabajador agrícola de huerto. Las tareas son: aclareo de fruta, cosecha a mano de "
            "manzana con bolsa de cosecha y escalera, vaciado de la fruta en cajones de 20 bushels, recoger ramas de "
            "poda y mantener limpias las hileras.",
        ),
        (
            "2. Requisitos.",
            "Tres meses de experiencia en la cosecha de fruta de árbol y capacidad de subir escaleras "
            "de 12 pies cargando hasta 40 libras de fruta. No se exige saber inglés.",
        ),
        (
            "3. Lugar de trabajo.",
            "Huertos del empleador en el condado de Kent, Michigan: 11450 Fruit Ridge Avenue NW, "
            "Sparta, y 4020 Fourteen Mile Road NW, Kent City.",
        ),
        ("4. Duración.", "Del 3 de agosto de 2026 al 30 de octubre de 2026."),
        (
            "5. Horario.",
            "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas, con media hora para comer. "
            "Durante la cosecha se pueden ofrecer horas adicionales los sábados de 7:00 a 12:00 horas; aceptarlas es "
            "voluntario.",
        ),
        (
            "6. Salario.",
            "$18.15 por hora. En la cosecha de manzana se paga $24.00 por cajón si con esa tarifa usted "
            "gana más que con el pago por hora en la semana; nunca gana menos de $18.15 por cada hora trabajada. Si "
            "durante el contrato se publica una tarifa más alta (salario de efecto adverso, salario prevaleciente o "
            "salario mínimo federal o estatal), se le pagará la tarifa más alta desde la fecha en que entre en vigor.",
        ),
        (
            "7. Cuota de producción.",
            "Después de la primera semana de cosecha, la cuota mínima de producción es de 6 "
            "cajones por día de ocho horas. Quien no la alcance recibe orientación del mayordomo; la cuota no cambia su "
            "pago por hora.",
        ),
        (
            "8. Forma y frecuencia de pago.",
            "Se paga cada semana, los viernes, por depósito directo a la cuenta que "
            "usted indique o con cheque, como usted prefiera. Con cada pago recibe un talón por escrito con las horas "
            "ofrecidas, las horas trabajadas, los cajones cosechados, la tarifa, el total ganado, cada descuento y su "
            "motivo, y el nombre y la dirección del empleador.",
        ),
        (
            "9. Descuentos.",
            "Solo se descuentan (a) el impuesto federal y estatal sobre la renta, si usted lo pide por "
            "escrito, y (b) las cantidades que usted autorice por escrito para su propio beneficio, como el servicio "
            "opcional de comedor de la cláusula 12. Nunca se descuenta la vivienda, el transporte, las herramientas ni "
            "la visa.",
        ),
        (
            "10. Garantía de tres cuartas partes.",
            "El empleador le ofrecerá trabajo por lo menos durante tres cuartas "
            "partes (3/4) de las horas de trabajo de todo el periodo del contrato. Si le ofrece menos, le pagará lo que "
            "habría ganado en las horas que faltan.",
        ),
        (
            "11. Vivienda.",
            "Usted vivirá sin costo en la casa de trabajadores del empleador en 11600 Fruit Ridge Avenue "
            "NW, Sparta, inspeccionada y aprobada por el estado de Michigan. No se cobra renta, luz, agua, gas ni "
            "depósito por la cama, las cobijas o los utensilios.",
        ),
        (
            "12. Comidas.",
            "Cada casa tiene cocina completa que usted usa gratis. Si prefiere, puede inscribirse en el "
            "comedor del campamento, que sirve tres comidas al día por $15.90 diarios; esa cantidad no es mayor que el "
            "máximo que publica el Departamento de Trabajo para 2026, y usted puede darse de baja cuando quiera.",
        ),
        (
            "13. Viaje de ida y visa.",
            "El empleador compra su boleto de autobús de Dolores Hidalgo a Sparta y le da "
            "$16.00 diarios para comidas durante el viaje. El empleador, no el trabajador, paga la visa H-2A, la cita "
            "consular y el cruce fronterizo; si usted tuvo que pagar algo de esto, se le devuelve completo con el primer "
            "pago.",
        ),
        (
            "14. Viaje de regreso.",
            "Si usted termina el contrato, o si el empleador lo despide antes sin causa "
            "justificada, el empleador paga su autobús de regreso a Dolores Hidalgo y las comidas del camino.",
        ),
        (
            "15. Transporte diario.",
            "Un vehículo del empleador lo lleva gratis de la vivienda a los huertos y de "
            "regreso cada día de trabajo.",
        ),
        (
            "16. Herramientas.",
            "Escaleras, bolsas de cosecha, tijeras de aclareo, guantes y lentes de seguridad se le "
            "dan sin costo y sin depósito.",
        ),
        (
            "17. Seguro de trabajo.",
            "Si se lastima o se enferma por el trabajo, el seguro de compensación para "
            "trabajadores, pagado por el empleador, cubre su atención médica y parte del salario perdido: póliza "
            "WC-26-44187 de Great Lakes Farm Mutual Insurance Company.",
        ),
        (
            "18. Terminación.",
            "El empleador solo puede despedirlo por causa justificada, explicada por escrito. Si "
            "usted falta cinco días de trabajo seguidos sin avisar, se considera que abandonó el empleo, y el empleador "
            "lo avisará al Departamento de Trabajo.",
        ),
        (
            "19. Imposibilidad de cumplir el contrato.",
            "Si un incendio, granizo, helada, inundación u otra causa fuera "
            "del control del empleador hace imposible seguir trabajando, el contrato puede terminar antes con aprobación "
            "del Departamento de Trabajo; en ese caso se le paga la garantía de 3/4 hasta ese día y su viaje de "
            "regreso.",
        ),
        (
            "20. Reclutamiento.",
            "El empleador contrató a Cosecha Justa Reclutamiento, S. de R.L. de C.V. para avisar "
            "de este empleo en Guanajuato y paga todos sus honorarios. Nadie, ni el reclutador ni el empleador, puede "
            "cobrarle cuota alguna por este trabajo; si alguien le pide dinero, repórtelo al Departamento de Trabajo, "
            "teléfono 1-866-487-9243.",
        ),
        (
            "21. Documentos y quejas.",
            "Usted guarda siempre su pasaporte y su visa. Puede quejarse ante el "
            "Departamento de Trabajo, su consulado o un abogado sin que eso afecte su empleo ni su contratación en "
            "temporadas futuras.",
        ),
        (
            "22. Bono de terminación.",
            "Quien trabaje hasta el último día del contrato recibe además un bono de $0.40 "
            "por cada hora trabajada en la temporada. El bono es adicional: su salario completo se paga cada semana y no "
            "se retiene ninguna parte.",
        ),
    ]
    for head, body in clauses:
        if head.startswith(("10.", "19.")):
            pdf.add_page()
        P(pdf, "**%s** %s" % (head, body), 10, md=True, after=1.8)
    pdf.ln(4)
    P(pdf, "Firmado en Dolores Hidalgo, Guanajuato, el 2 de julio de 2026.", 9.5, "I")
    sign_row(
        pdf,
        ["Por el empleador (gerente de personal)", "El trabajador"],
        ["Dana Whitcomb-Reyes", "Fermín Alcocer Ledesma"],
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by02
def build_by02(path):
    """H-2A, Spanish, Guatemala. Informal recruiter receipt (half-letter, landscape)."""
    pdf = Doc(fmt=(160, 215.9), orientation="L", fam="sans", margins=(10, 8, 10), bottom=6)
    pdf.add_page()
    pdf.set_draw_color(40, 60, 120)
    pdf.set_line_width(0.6)
    pdf.rect(5, 5, pdf.w - 10, pdf.h - 10)
    pdf.set_line_width(0.2)
    pdf.set_xy(10, 9)
    F(pdf, None, "B", 13)
    pdf.set_text_color(30, 50, 110)
    pdf.cell(130, 6, lat("Agencia de Empleos Los Cuchumatanes"), new_x=NX, new_y=NY)
    pdf.set_text_color(0, 0, 0)
    F(pdf, None, "I", 8)
    pdf.cell(
        130, 4, lat("Reclutamiento de personal para Estados Unidos y Canadá"), new_x=NX, new_y=NY
    )
    F(pdf, None, "", 7.5)
    pdf.cell(
        130,
        4,
        lat("4a. Calle 6-21 Zona 1, Huehuetenango · Tel. 7764-2210 · WhatsApp 5519-0837"),
        new_x=NX,
        new_y=NY,
    )
    # number / amount boxes
    pdf.set_xy(150, 9)
    F(pdf, None, "B", 10)
    pdf.cell(55, 7, lat("RECIBO No. 0847"), border=1, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_fill_color(255, 246, 214)
    pdf.cell(55, 8, lat("POR Q3,500.00"), border=1, align="C", fill=True)
    pdf.set_y(30)

    def field(label, value, w_label=34, size=9.5):
        F(pdf, None, "B", size)
        x0 = pdf.l_margin
        pdf.set_x(x0)
        pdf.cell(w_label, 5.5, lat(label))
        F(pdf, "mono", "", size - 0.5)
        pdf.get_y()
        pdf.multi_cell(pdf.w - pdf.r_margin - x0 - w_label, 5.5, lat(value), new_x=NX, new_y=NY)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(x0 + w_label, pdf.get_y() - 0.6, pdf.w - pdf.r_margin, pdf.get_y() - 0.6)
        pdf.ln(0.8)

    field("Lugar y fecha:", "Huehuetenango, 9 de febrero de 2026")
    field("Recibí de:", "Baltazar Mendoza Ixcoy      DPI 2841 55910 1301")
    field("La cantidad de:", "TRES MIL QUINIENTOS QUETZALES EXACTOS")
    field(
        "Por concepto de:",
        "Cuota de inscripción y apartado de cupo para el programa de visa H-2A, temporada de "
        "tomate 2026.",
    )
    field("Forma de pago:", "[X] Efectivo   [ ] Depósito bancario   [ ] Transferencia")
    pdf.ln(1)
    # job data box
    F(pdf, None, "B", 8.5)
    pdf.set_fill_color(225, 232, 245)
    pdf.cell(0, 5, lat("DATOS DEL TRABAJO"), border=1, fill=True, new_x=NX, new_y=NY)
    KV(
        pdf,
        [
            [
                "Empresa",
                "Sunbelt Harvest Partners LLC, 1320 Lake Trafford Road, Immokalee, Florida 34142",
            ],
            ["Puesto", "Cortador de tomate (corte a mano y acarreo de cubetas al camión)"],
            ["Lugar de trabajo", "Campos de la empresa en Immokalee, Florida"],
            ["Temporada", "Del 16 de marzo al 12 de junio de 2026"],
            ["Salario", "$15.53 la hora"],
            ["Requisito", "Una temporada de experiencia en corte de tomate o chile"],
        ],
        (34, 161.9),
        size=8,
        lh=4,
    )
    F(pdf, None, "B", 8.5)
    pdf.cell(0, 4.5, lat("NOTAS:"), new_x=NX, new_y=NY)
    P(
        pdf,
        "1. Para asegurar que regrese a Guatemala al terminar su contrato, el trabajador firma hoy un pagaré por "
        "Q15,000.00 a favor de la agencia, que se le devuelve cuando se presente de regreso en esta oficina.",
        8.5,
        lh=4,
        after=0.5,
    )
    P(pdf, "2. La visa la paga la empresa patronal.", 8.5, lh=4, after=0.5)
    P(
        pdf,
        "3. Presentarse el 2 de marzo a las 6:00 a.m. con pasaporte vigente y dos fotografías.",
        8.5,
        lh=4,
        after=0,
    )
    # stamp (not overlapping any text line of the notes: placed at the signature level)
    y = pdf.h - 24
    pdf.set_draw_color(0, 0, 0)
    pdf.line(14, y, 74, y)
    pdf.line(88, y, 148, y)
    F(pdf, None, "", 7.5)
    pdf.set_xy(14, y + 0.8)
    pdf.cell(60, 3.5, lat("Recibió: Eliseo Pérez Tomás, encargado"))
    pdf.set_xy(88, y + 0.8)
    pdf.cell(60, 3.5, lat("Entregó: Baltazar Mendoza Ixcoy"))
    pdf.set_draw_color(190, 30, 30)
    pdf.set_text_color(190, 30, 30)
    pdf.set_line_width(0.7)
    pdf.rect(166, y - 9, 32, 11)
    F(pdf, None, "B", 13)
    pdf.set_xy(166, y - 7.5)
    pdf.cell(32, 8, lat("PAGADO"), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.output(path)


# ----------------------------------------------------------------------------- by03
def build_by03(path):
    """H-2A, English, North Carolina job order (form layout, boxed sections)."""
    pdf = Doc(fam="sans", margins=(16, 20, 16), bottom=18)

    def hdr(p):
        F(p, None, "B", 8)
        p.set_text_color(80, 80, 80)
        p.set_xy(16, 8)
        p.cell(0, 4, lat("H-2A AGRICULTURAL JOB ORDER - WORKER COPY"))
        p.set_xy(16, 8)
        p.cell(p.w - 32, 4, lat("Job order NC-26-1184"), align="R")
        p.set_draw_color(80, 80, 80)
        p.line(16, 13, p.w - 16, 13)
        p.set_text_color(0, 0, 0)
        p.set_y(18)

    def ftr(p):
        p.set_y(-12)
        F(p, None, "", 7.5)
        p.cell(0, 4, lat("Bladen Creek Farms, Inc. · Page %d of {nb}" % p.page_no()), align="C")

    pdf.header_fn, pdf.footer_fn = hdr, ftr

    def section(title):
        pdf.ln(1)
        F(pdf, None, "B", 9.5)
        pdf.set_fill_color(60, 60, 60)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 6, lat(" " + title), fill=True, new_x=NX, new_y=NY)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    pdf.add_page()
    P(pdf, "Bladen Creek Farms, Inc.", 16, "B", after=0)
    P(pdf, "Sweet potatoes · Flue-cured tobacco · Elizabethtown, North Carolina", 9, "I", after=3)
    section("A. EMPLOYER")
    KV(
        pdf,
        [
            ["Employer legal name", "Bladen Creek Farms, Inc."],
            ["Address", "2290 Tar Heel Road, Elizabethtown, North Carolina 28337"],
            ["Telephone", "(910) 555-0176"],
        ],
        (48, 136),
        size=9,
    )
    section("B. JOB OFFER")
    KV(
        pdf,
        [
            ["Job title", "Farmworker, diversified crops"],
            [
                "Duties",
                "Transplanting sweet potato slips by hand and by feeding slips into a mechanical transplanter; "
                "hoeing; hand-harvesting sweet potatoes into 5/8-bushel buckets; topping and suckering tobacco; "
                "loading bins and trailers.",
            ],
            [
                "Place of employment",
                "Farms of the employer in Bladen and Cumberland Counties, North Carolina",
            ],
            ["Period of employment", "May 4, 2026 to November 20, 2026"],
            [
                "Hours",
                "40 hours per week, Monday through Saturday; usually 7:00 a.m. to 3:30 p.m., varying with "
                "weather",
            ],
            [
                "Requirements",
                "One month of experience hand-harvesting vegetables or tobacco; able to lift 50 lbs.",
            ],
        ],
        (48, 136),
        size=9,
    )
    section("C. WAGES AND PAY")
    KV(
        pdf,
        [
            ["Hourly rate", "$16.81 per hour"],
            [
                "Piece rate",
                "$0.65 per 5/8-bushel bucket of sweet potatoes, when piece earnings for the pay period are "
                "higher than hourly earnings",
            ],
            [
                "Wage adjustments",
                "If a higher AEWR, prevailing wage or legal minimum wage takes effect during the "
                "contract, the employer will pay that higher rate from its effective date.",
            ],
            ["Pay day", "Weekly, every Friday, by check"],
            [
                "Deductions",
                "Federal income tax only if the worker requests it in writing; court-ordered child support; "
                "amounts the worker voluntarily authorizes in writing. Social Security and Medicare taxes are "
                "not withheld from H-2A wages. See also the season-end holdback below.",
            ],
        ],
        (48, 136),
        size=9,
    )
    P(
        pdf,
        "Season-end holdback. To encourage workers to stay through the end of the harvest, $1.25 of every "
        "hour's pay will be held back by the employer and paid in one lump sum on the last day of the contract.",
        9.5,
        after=2,
    )

    pdf.add_page()
    section("D. HOUSING, MEALS AND TRANSPORTATION")
    for head, body in [
        (
            "Housing.",
            "Free housing for all workers who cannot reasonably return home each day, at the Bladen Creek "
            "labor camp, 2310 Tar Heel Road, Elizabethtown. No rent, utilities or deposits are charged.",
        ),
        (
            "Meals.",
            "Each camp building has a full kitchen with stoves, refrigerators and cooking utensils that "
            "workers use free of charge.",
        ),
        (
            "Travel to the job.",
            "The employer reimburses the worker's reasonable cost of travel and daily subsistence "
            "from the place of recruitment to the worksite when the worker completes 50 percent of the contract period, "
            "or earlier if the first week's pay would otherwise fall below the minimum wage.",
        ),
        (
            "Return travel.",
            "Paid by the employer if the worker completes the contract or is dismissed early for "
            "reasons other than cause.",
        ),
        ("Daily transportation.", "Free, in employer buses, between the camp and the fields."),
    ]:
        P(pdf, "**%s** %s" % (head, body), 9.5, md=True, after=1.5)
    section("E. TOOLS, INSURANCE AND TERMINATION")
    for head, body in [
        (
            "Tools.",
            "All tools, supplies and equipment required for the job are furnished free of charge. Any tool or "
            "equipment lost or damaged through a worker's carelessness will be charged to the worker at replacement "
            "cost.",
        ),
        (
            "Workers' compensation.",
            "Coverage is provided by the employer through Carolina Growers Casualty Co., "
            "policy WC-0092281.",
        ),
        (
            "Termination.",
            "Workers may be terminated for cause, including failure to meet the productivity standard "
            "of 45 buckets per day after the first week, after a written warning. A worker who fails to report for work "
            "for 5 consecutive working days without the employer's consent is deemed to have abandoned the job.",
        ),
        (
            "Act of God.",
            "If the contract cannot be completed because of fire, flood, hurricane or other Act of God, "
            "the employer may terminate the contract with the approval of the Certifying Officer; the worker will be "
            "paid all wages earned and return transportation.",
        ),
        (
            "Recruitment.",
            "The employer recruits returning workers directly in Mexico (states of Nayarit and "
            "Guanajuato). It does not use any recruiter, and nobody may charge a worker for this job.",
        ),
    ]:
        P(pdf, "**%s** %s" % (head, body), 9.5, md=True, after=1.5)

    pdf.add_page()
    section("F. WORKER ACKNOWLEDGEMENT")
    P(
        pdf,
        "I received a copy of this job order before my visa interview. It was explained to me in Spanish, a "
        "language I understand. I understand that I may keep my passport and visa with me at all times.",
        9.5,
    )
    pdf.ln(4)
    KV(
        pdf,
        [["Worker name", ""], ["Worker ID / passport no.", ""], ["Date received", ""]],
        (60, 124),
        size=9,
        lh=8,
    )
    sign_row(
        pdf, ["Worker signature", "For the employer"], ["", "Wade T. Hollingsworth, President"]
    )
    section("G. EMPLOYER CERTIFICATION")
    P(
        pdf,
        "The employer certifies that this job order describes the actual terms and conditions of employment "
        "being offered and contains all the material terms and conditions of the job.",
        9.5,
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by04
def build_by04(path):
    """H-2A, Spanish, Honduras. Transcribed WhatsApp group chat (tall narrow page)."""
    pdf = Doc(fmt=(120, 366), fam="sans", margins=(7, 8, 7), bottom=6)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 0, pdf.w, 18, "F")
    F(pdf, None, "B", 10)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(7, 4)
    pdf.cell(0, 5, lat("TRABAJO USA 2026 - OLANCHO"), new_x=NX, new_y=NY)
    F(pdf, None, "", 7)
    pdf.cell(0, 4, lat("212 participantes"), new_x=NX, new_y=NY)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(21)
    P(
        pdf,
        "Transcripción de mensajes de WhatsApp hecha a partir de capturas de pantalla que entregó un miembro del "
        "grupo. Se conservan la ortografía y las horas.",
        7,
        "I",
        color=(90, 90, 90),
        lh=3.2,
        after=2,
    )
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, pdf.get_y(), pdf.w, pdf.h - pdf.get_y(), "F")
    pdf.ln(3)
    F(pdf, None, "B", 7)
    pdf.cell(0, 4, lat("10 de enero de 2026"), align="C", new_x=NX, new_y=NY)
    pdf.ln(1)
    AG = "Reclutamiento Agrícola Lempira"
    msgs = [
        (
            "L",
            AG,
            "06:58",
            "Buenos días grupo, bendiciones. Ya salió la orden de Georgia para cosecha de cebolla y "
            "después sandía. Trabajo en el condado de Toombs, Georgia, del 1 de abril al 31 de julio "
            "de 2026.",
        ),
        ("L", AG, "07:01", "Pago 15.10 dólares la hora, de lunes a sábado 10 horas diarias."),
        (
            "L",
            AG,
            "07:03",
            "Requisitos: hombres de 21 a 45 años con experiencia en el campo, pasaporte vigente.",
        ),
        (
            "L",
            AG,
            "07:06",
            "Para apartar su lugar tienen que depositar L 9,500 a la cuenta de Banco Atlántida "
            "2201-887341 a nombre de la agencia y mandar foto del voucher aquí.",
        ),
        (
            "L",
            AG,
            "07:08",
            "La cita en la embajada cada uno la paga, son 190 dólares y eso el patrón no lo devuelve.",
        ),
        ("R", "Miembro del grupo", "07:15", "y el pasaje de avion quien lo paga?"),
        (
            "L",
            AG,
            "07:19",
            "El boleto de avión de ida San Pedro Sula-Atlanta y la comida del viaje los paga la "
            "empresa, ustedes no pagan nada de avión.",
        ),
        ("R", "Miembro del grupo", "07:20", "y donde se vive?"),
        ("L", AG, "07:24", "Vivienda gratis en el campamento de la finca en Lyons, Georgia."),
        (
            "L",
            AG,
            "07:31",
            "El día que vengan a firmar traen su pasaporte original, la agencia se los guarda hasta el "
            "día del vuelo para que no se pierdan.",
        ),
        (
            "R",
            "Otro miembro",
            "07:40",
            "y si uno tiene problemas alla con el patron a quien se queja?",
        ),
        (
            "L",
            AG,
            "07:46",
            "Allá nadie se queja. El que ande de problemático o llamando a abogados ya no lo volvemos "
            "a llevar y queda en la lista negra de la agencia.",
        ),
        ("L", AG, "07:47", "Atte. la administración. Cupo limitado."),
    ]
    bw = 82
    for side, who, hhmm, text in msgs:
        x = 6 if side == "L" else pdf.w - 6 - bw
        pdf.set_fill_color(255, 255, 255) if side == "L" else pdf.set_fill_color(220, 248, 198)
        F(pdf, None, "", 8.5)
        lines = pdf.multi_cell(bw - 4, 4, lat(text), dry_run=True, output="LINES")
        hgt = 4 * len(lines) + 4 + 7
        y = pdf.get_y()
        pdf.rect(x, y, bw, hgt, "F")
        F(pdf, None, "B", 7)
        pdf.set_text_color(7, 94, 84) if side == "L" else pdf.set_text_color(160, 80, 20)
        pdf.set_xy(x + 2, y + 1)
        pdf.cell(bw - 4, 3.5, lat(who))
        pdf.set_text_color(0, 0, 0)
        F(pdf, None, "", 8.5)
        pdf.set_xy(x + 2, y + 5)
        pdf.multi_cell(bw - 4, 4, lat(text), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        F(pdf, None, "", 6.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(x + 2, y + hgt - 4.5)
        pdf.cell(bw - 4, 3.5, lat(hhmm), align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + hgt + 2.5)
    assert pdf.get_y() < pdf.h - 4, "chat transcript overflows the page"
    pdf.output(path)


# ----------------------------------------------------------------------------- by05
def build_by05(path):
    """H-2B, Spanish, Mexico (Tamaulipas/Veracruz) -> Louisiana crawfish. Recruiter agreement."""
    pdf = Doc(fam="serif", margins=(24, 20, 24), bottom=20)

    def ftr(p):
        p.set_y(-14)
        F(p, "serif", "I", 8)
        p.cell(
            0,
            4,
            lat(
                "Enlace Laboral del Golfo, S.C. · Contrato ELG-H2B-0392 · Hoja %d de {nb}"
                % p.page_no()
            ),
            align="C",
        )

    pdf.footer_fn = ftr
    pdf.add_page()
    P(
        pdf,
        "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO Y COLOCACIÓN",
        12.5,
        "B",
        align="C",
        after=4,
    )
    P(
        pdf,
        "En Ciudad Victoria, Tamaulipas, a 12 de diciembre de 2025, celebran el presente contrato, por una parte, "
        "Enlace Laboral del Golfo, S.C., representada por su administrador único, C.P. Joaquín Treviño Garza (en "
        'lo sucesivo "EL RECLUTADOR"), y por la otra, la C. Rosalba Cházaro Mendoza, originaria de Alvarado, '
        'Veracruz (en lo sucesivo "LA TRABAJADORA"), al tenor de las siguientes',
        10,
        align="J",
    )
    P(pdf, "CLÁUSULAS", 11, "B", align="C", after=2)
    P(
        pdf,
        "**PRIMERA. Objeto.** EL RECLUTADOR realizará los trámites para que LA TRABAJADORA sea contratada con visa "
        "H-2B por Atchafalaya Crawfish Processors, Inc., 1180 Rue Poché, Breaux Bridge, Louisiana 70517, Estados "
        'Unidos (en lo sucesivo "LA EMPRESA"), en las condiciones siguientes:',
        10,
        md=True,
    )
    KV(
        pdf,
        [
            [
                "Puesto",
                "Peladora de langostino de río (crawfish): pelar y desvenar a mano la cola del langostino cocido, "
                "pesar y empacar la carne en bolsas de una libra y limpiar la mesa de trabajo.",
            ],
            [
                "Requisitos",
                "No se requiere experiencia; saber leer y escribir y poder estar de pie durante el turno.",
            ],
            ["Lugar", "Planta de LA EMPRESA en 1180 Rue Poché, Breaux Bridge, Luisiana."],
            ["Periodo", "Del 2 de febrero al 26 de junio de 2026."],
            ["Horario", "40 horas por semana, de lunes a viernes, de 6:00 a 14:30 horas."],
            [
                "Salario",
                "$13.92 por hora, o $2.40 por libra de carne pelada cuando el pago por libra sea mayor.",
            ],
            [
                "Horas extra",
                "Tiempo y medio ($20.88 por hora) por cada hora trabajada después de 40 en la semana.",
            ],
            ["Pago", "Cada semana, los viernes, con cheque."],
            [
                "Descuentos",
                "Impuestos federales y estatales, Seguro Social y Medicare, y lo indicado en la cláusula "
                "CUARTA.",
            ],
            ["Herramientas", "Guantes, mandil, cofia y botas de hule los da LA EMPRESA sin costo."],
            ["Vivienda", "Cuartos sin costo en 1190 Rue Poché, Breaux Bridge."],
            [
                "Viaje de ida",
                "El autobús de Ciudad Victoria a Breaux Bridge y los viáticos del camino se reembolsan en la "
                "primera semana de trabajo.",
            ],
            [
                "Viaje de regreso",
                "LA EMPRESA paga el autobús de regreso si LA TRABAJADORA termina la temporada o si la "
                "despiden antes sin causa.",
            ],
            [
                "Visa",
                "LA EMPRESA reembolsa en la primera semana la visa, la cita consular y el permiso de cruce "
                "(I-94).",
            ],
        ],
        (34, 134),
        size=9,
        fam="sans",
    )
    P(
        pdf,
        "**SEGUNDA. Honorarios.** EL RECLUTADOR no cobra a LA TRABAJADORA ninguna cuota de reclutamiento; sus "
        "honorarios los paga LA EMPRESA.",
        10,
        md=True,
        align="J",
    )
    pdf.add_page()
    P(
        pdf,
        "**TERCERA. Obligaciones de LA TRABAJADORA.** Entregar copia de su pasaporte y de su acta de nacimiento, "
        "asistir a la cita consular y presentarse en la fecha de salida que le indique EL RECLUTADOR.",
        10,
        md=True,
        align="J",
    )
    P(
        pdf,
        "**CUARTA. Del anticipo.** Si LA TRABAJADORA lo solicita, EL RECLUTADOR le prestará hasta MXN 7,000 para "
        "sus gastos de salida; esa cantidad, más un interés del 5% mensual, se descontará de sus primeros cheques "
        "en Estados Unidos y LA EMPRESA la entregará a EL RECLUTADOR.",
        10,
        md=True,
        align="J",
    )
    P(
        pdf,
        "**QUINTA. Del abandono.** Si LA TRABAJADORA abandona el empleo antes de terminar la temporada, pagará a "
        "EL RECLUTADOR una penalización de quince mil pesos por los gastos de colocación perdidos.",
        10,
        md=True,
        align="J",
    )
    P(
        pdf,
        "**SEXTA. Terminación.** LA EMPRESA solo puede despedir a LA TRABAJADORA por causa justificada. Si LA "
        "TRABAJADORA falta cinco días hábiles seguidos sin avisar, se considera que abandonó el empleo.",
        10,
        md=True,
        align="J",
    )
    P(
        pdf,
        "**SÉPTIMA. Jurisdicción.** Para la interpretación y cumplimiento de este contrato las partes se someten a "
        "los tribunales de Ciudad Victoria, Tamaulipas, renunciando a cualquier otro fuero.",
        10,
        md=True,
        align="J",
    )
    P(
        pdf,
        "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance, lo firman por "
        "duplicado.",
        10,
        align="J",
    )
    pdf.ln(14)
    sign_row(
        pdf,
        ["EL RECLUTADOR", "LA TRABAJADORA"],
        ["C.P. Joaquín Treviño Garza", "Rosalba Cházaro Mendoza"],
        width=62,
        gap=8,
        fp_box=True,
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by06
def build_by06(path):
    """H-2B, English, Mexico (Sinaloa) -> Maryland crab picking. Compliant offer letter."""
    pdf = Doc(fam="sans", margins=(18, 16, 18), bottom=18)

    def ftr(p):
        p.set_y(-12)
        F(p, None, "", 7.5)
        p.set_text_color(100, 100, 100)
        p.cell(
            0,
            4,
            lat(
                "Hooper Strait Seafood Co. · Offer of H-2B employment, season 2026 · %d/{nb}"
                % p.page_no()
            ),
            align="R",
        )
        p.set_text_color(0, 0, 0)

    pdf.footer_fn = ftr
    pdf.add_page()
    pdf.set_fill_color(18, 58, 96)
    pdf.rect(0, 0, pdf.w, 24, "F")
    F(pdf, None, "B", 16)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 6)
    pdf.cell(0, 7, lat("HOOPER STRAIT SEAFOOD CO."), new_x=NX, new_y=NY)
    F(pdf, None, "", 8.5)
    pdf.cell(0, 5, lat("3105 Hoopers Island Road, Fishing Creek, Maryland 21634 · (410) 555-0193"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(32)
    P(pdf, "January 20, 2026", 9.5)
    P(pdf, "Ms. Guadalupe Inzunza Beltrán\nEl Walamo, Mazatlán, Sinaloa, Mexico", 9.5, after=3)
    P(pdf, "Dear Ms. Inzunza,", 10)
    P(
        pdf,
        "We are pleased to offer you seasonal H-2B employment as a crab meat picker for the 2026 season. This "
        "letter repeats the terms of our certified job order H-400-26015-330917. A Spanish copy is enclosed and "
        "our supervisor will read it with you on arrival.",
        10,
        after=3,
    )
    KV(
        pdf,
        [
            [
                "Employer",
                "Hooper Strait Seafood Co., 3105 Hoopers Island Road, Fishing Creek, Maryland 21634",
            ],
            [
                "Job",
                "Crab meat picker: picking meat from steamed blue crabs by hand, separating lump, backfin and claw "
                "meat, packing containers and keeping the picking station clean.",
            ],
            [
                "Requirements",
                "No experience needed; able to stand for the full shift and use a picking knife safely.",
            ],
            [
                "Place of work",
                "Our picking house at the address above, Dorchester County, Maryland.",
            ],
            ["Dates", "April 1, 2026 to November 20, 2026"],
            ["Hours", "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m."],
            [
                "Pay",
                "$15.92 per hour, or $4.25 per pound of lump meat if piece pay is higher that week.",
            ],
            [
                "Higher wage",
                "If a higher prevailing or minimum wage takes effect during the season, we pay the higher "
                "wage from that date.",
            ],
            ["Overtime", "$23.88 per hour (time and a half) for hours over 40 in a week."],
            ["Pay day", "Every Friday (weekly), by check or direct deposit, as you choose."],
        ],
        (34, 146),
        size=9,
        head=["Term", "What we offer"],
        fill_head=(205, 220, 235),
    )
    P(
        pdf,
        "The next page explains what we pay for and your rights. Please sign both pages and return one copy to "
        "us.",
        9.5,
        "I",
    )

    pdf.add_page()
    P(pdf, "WHAT WE PAY FOR AND YOUR RIGHTS", 12, "B", after=3)
    colw = (pdf.w - 36 - 8) / 2
    left = [
        (
            "Travel here.",
            "We pay your bus from Mazatlán to Fishing Creek and your meals on the road, and we "
            "reimburse in your first week anything you paid yourself.",
        ),
        (
            "Visa.",
            "The employer, not the worker, pays the visa fee, the consular appointment and the "
            "border-crossing fee. If you paid them, we repay you with your first paycheck.",
        ),
        (
            "Trip home.",
            "If you finish the season, or we let you go early for any reason except cause, we pay your bus "
            "home to Mazatlán.",
        ),
        (
            "Tools.",
            "Knives, gloves, aprons, hairnets and boots are provided at no charge and with no deposit.",
        ),
        ("Housing.", "Rooms at 3090 Hoopers Island Road at no cost to you."),
        (
            "Deductions.",
            "Only federal and Maryland income tax, Social Security and Medicare, as the law requires. "
            "Nothing else is taken from your pay unless you agree in writing, for your own benefit.",
        ),
    ]
    right = [
        (
            "Guarantee.",
            "We offer you work for at least three-fourths of the hours in each 12-week period of the "
            "season. If we offer less, we pay you the difference.",
        ),
        (
            "Pay stubs.",
            "Every payday you get a written statement of hours offered, hours worked, rate, pounds, total "
            "earned and each deduction.",
        ),
        (
            "Leaving or dismissal.",
            "We may dismiss a worker only for cause, after a written warning. A worker absent 5 "
            "consecutive working days without notice is treated as having abandoned the job. You may quit at any time. "
            "We ask, but do not require, two weeks' notice; nothing is charged or deducted if you leave without "
            "notice.",
        ),
        (
            "If work becomes impossible.",
            "If a hurricane, a fire or a closure of the crab season by the State makes "
            "the work impossible, we may end the contract with the approval of the Department of Labor, pay the "
            "guarantee up to that date and pay your trip home.",
        ),
        ("Your papers.", "You keep your passport and visa at all times."),
    ]
    top = pdf.get_y()
    for col, items in ((0, left), (1, right)):
        x = 18 + col * (colw + 8)
        pdf.set_y(top)
        for head, body in items:
            pdf.set_x(x)
            F(pdf, None, "B", 9.5)
            pdf.set_text_color(18, 58, 96)
            pdf.multi_cell(colw, 4.6, lat(head), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            F(pdf, None, "", 9.2)
            pdf.multi_cell(colw, 4.4, lat(body), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.ln(2.5)
        if col == 0:
            bottom_left = pdf.get_y()
    pdf.set_draw_color(180, 180, 180)
    pdf.line(18 + colw + 4, top, 18 + colw + 4, max(bottom_left, pdf.get_y()))
    pdf.set_y(max(bottom_left, pdf.get_y()) + 5)
    pdf.set_fill_color(255, 243, 205)
    P(
        pdf,
        "**No fees.** No fee will be charged to you by us or by our recruiter in Mexico, Reclutadora Costa "
        "Pacífico, S.C., whose services we pay. Report anyone who asks you for money.",
        9.5,
        md=True,
        fill=True,
        after=5,
    )
    P(pdf, "Sincerely,", 10, after=0)
    sign_row(
        pdf,
        ["For Hooper Strait Seafood Co. (Plant Manager)", "Accepted by the worker"],
        ["Charlene M. Tolley", "Guadalupe Inzunza Beltrán"],
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by07
def build_by07(path):
    """H-2B, Spanish, El Salvador. Recruiter flyer with tear-off strips."""
    pdf = Doc(fam="sans", margins=(14, 10, 14), bottom=5)
    pdf.add_page()
    pdf.set_fill_color(204, 26, 38)
    pdf.rect(0, 0, pdf.w, 40, "F")
    F(pdf, None, "B", 24)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 7)
    pdf.cell(0, 11, lat("¡TRABAJO LEGAL EN ESTADOS UNIDOS!"), align="C", new_x=NX, new_y=NY)
    F(pdf, None, "B", 15)
    pdf.set_text_color(255, 236, 120)
    pdf.cell(0, 9, lat("VISA DE TRABAJO TEMPORAL H-2B"), align="C", new_x=NX, new_y=NY)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(46)
    P(
        pdf,
        "Se necesitan 40 ayudantes de jardinería para empresa de paisajismo en Houston, Texas",
        14,
        "B",
        align="C",
        after=4,
    )
    pdf.set_fill_color(240, 246, 236)
    P(pdf, "DETALLES", 11, "B", color=(30, 110, 40), after=1)
    for t in [
        "Puesto: ayudante de jardinería (cortar césped, podar arbustos, sembrar plantas y limpiar áreas verdes).",
        "Temporada: del 1 de marzo al 15 de diciembre de 2026.",
        "Horario: 40 horas semanales, de lunes a viernes.",
        "Salario: $15.24 por hora, pago cada semana.",
        "El boleto de avión San Salvador-Houston y los viáticos del viaje los paga la empresa.",
    ]:
        P(pdf, "· " + t, 11, fill=True, after=1)
    pdf.ln(2)
    P(pdf, "REQUISITOS", 11, "B", color=(30, 110, 40), after=1)
    P(
        pdf,
        "Hombres de 20 a 45 años · pasaporte vigente · solvencia de la PNC · experiencia comprobable en "
        "jardinería.",
        11,
        after=4,
    )
    pdf.set_draw_color(204, 26, 38)
    pdf.set_line_width(0.8)
    y0 = pdf.get_y()
    pdf.set_x(20)
    P(
        pdf,
        "COSTOS PARA EL ASPIRANTE",
        12,
        "B",
        color=(204, 26, 38),
        w=pdf.w - 40,
        align="C",
        after=1,
    )
    for t in [
        "Apertura de expediente y asesoría: $650.00 (se paga al inscribirse).",
        "Cita consular (visa MRV): $190.00, por cuenta del aspirante.",
        "Curso de inducción y prueba de inglés obligatorios: $85.00.",
    ]:
        pdf.set_x(24)
        P(pdf, t, 11, w=pdf.w - 48, after=1)
    pdf.set_x(24)
    P(
        pdf,
        "Cupos limitados. Primero en pagar, primero en viajar.",
        10.5,
        "BI",
        w=pdf.w - 48,
        after=2,
    )
    pdf.rect(18, y0 - 2, pdf.w - 36, pdf.get_y() - y0 + 2)
    pdf.set_line_width(0.2)
    pdf.ln(4)
    P(
        pdf,
        "Plática informativa gratuita todos los sábados a las 9:00 a.m. en nuestra oficina.",
        10.5,
        align="C",
    )
    P(pdf, "Oportunidades Laborales del Norte, S.A. de C.V.", 13, "B", align="C", after=0)
    P(
        pdf,
        "4a. Avenida Sur #318, Barrio San Francisco, San Miguel · WhatsApp 7788-4102",
        10,
        align="C",
        after=0,
    )
    # tear-off strips
    ys = pdf.h - 42
    n = 6
    sw = (pdf.w - 20) / n
    pdf.set_draw_color(120, 120, 120)
    pdf.set_dash_pattern(dash=1.5, gap=1.2)
    pdf.line(10, ys, pdf.w - 10, ys)
    for i in range(n + 1):
        pdf.line(10 + i * sw, ys, 10 + i * sw, pdf.h - 6)
    pdf.set_dash_pattern()
    for i in range(n):
        x = 10 + i * sw
        F(pdf, None, "B", 7)
        pdf.set_xy(x + 1, ys + 4)
        pdf.multi_cell(
            sw - 2, 3.6, lat("Trabajo H-2B Texas"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        F(pdf, None, "", 7)
        pdf.multi_cell(sw - 2, 3.6, lat("WhatsApp"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        F(pdf, None, "B", 8)
        pdf.multi_cell(sw - 2, 4, lat("7788-4102"), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.output(path)


# ----------------------------------------------------------------------------- by08
SCAN_TEXT_BY08 = [
    ("H", "PINELAND REFORESTATION SERVICES, INC."),
    ("h", "DIVULGACIÓN DE CONDICIONES DE EMPLEO H-2B (continuación)"),
    ("", ""),
    (
        "p",
        "Viaje de regreso: si el trabajador termina la temporada, o si LA EMPRESA lo despide antes sin causa, "
        "LA EMPRESA paga el autobús de regreso a Huehuetenango.",
    ),
    (
        "p",
        "Terminación: LA EMPRESA solo despide por causa justificada. Si el trabajador falta cinco días de trabajo "
        "seguidos sin avisar, se considera que abandonó el empleo.",
    ),
    (
        "p",
        "Imposibilidad: si un incendio forestal, una inundación u otra causa fuera del control de LA EMPRESA impide "
        "seguir trabajando, el contrato puede terminar antes con aprobación del Departamento de Trabajo; se paga "
        "lo ganado y el viaje de regreso.",
    ),
    (
        "p",
        "Quejas: el trabajador puede quejarse ante el Departamento de Trabajo o ante su consulado sin represalias.",
    ),
    ("p", "Pasaporte: el trabajador guarda su pasaporte y su visa en todo momento."),
    ("", ""),
    ("p", "Recibí copia en español de esta divulgación antes de solicitar mi visa."),
]


def scanned_page_image(lines, seed):
    rng = random.Random(seed)
    W, H = 1700, 2200  # letter at 200 dpi
    bg = (247, 245, 238)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)

    def font(size, bold=False):
        f = DV + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
        if os.path.exists(f):
            return ImageFont.truetype(f, size)
        return ImageFont.load_default(size=size)

    fb, fh, fp = font(40, True), font(34, True), font(31)
    x0, y, maxw = 170, 170, W - 340
    for kind, text in lines:
        if not text:
            y += 30
            continue
        f = {"H": fb, "h": fh}.get(kind, fp)
        words, line = text.split(), ""
        out = []
        for w in words:
            t = (line + " " + w).strip()
            if d.textlength(t, font=f) <= maxw:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
        for ln in out:
            if kind in "Hh":
                tw = d.textlength(ln, font=f)
                d.text(((W - tw) / 2, y), ln, font=f, fill=(25, 25, 25))
            else:
                d.text((x0, y), ln, font=f, fill=(30, 30, 30))
            y += int(f.size * 1.45)
        y += 22
    # signature block
    y += 120
    for i, (name, role) in enumerate(
        [
            ("Santos Eliseo Jiménez Ramírez", "Firma del trabajador"),
            ("Carol Ann Whitfield", "Por LA EMPRESA, administradora"),
        ]
    ):
        x = x0 + i * 720
        pts = [(x + 20 + k * 18, y - 30 + rng.randint(-28, 22)) for k in range(22)]
        d.line(pts, fill=(20, 30, 90), width=4)
        d.line([(x, y + 10), (x + 600, y + 10)], fill=(40, 40, 40), width=2)
        d.text((x, y + 24), name, font=font(27), fill=(30, 30, 30))
        d.text((x, y + 62), role, font=font(24), fill=(60, 60, 60))
    d.text((x0, y + 150), "Fecha: 14 de septiembre de 2026", font=font(27), fill=(30, 30, 30))
    d.ellipse([(1150, y + 110), (1490, y + 310)], outline=(60, 70, 150), width=5)
    d.text((1200, y + 190), "PINELAND R.S.", font=font(30, True), fill=(60, 70, 150))
    d.text((W / 2 - 180, H - 150), "PRS-H2B-2026 · Página 2 de 2", font=font(24), fill=(70, 70, 70))
    # scanner artefacts: specks, edge shadow, slight rotation and blur
    for _ in range(2600):
        x, yy = rng.randrange(W), rng.randrange(H)
        g = rng.randint(90, 200)
        d.point((x, yy), fill=(g, g, g))
    for _ in range(40):
        x, yy = rng.randrange(W), rng.randrange(H)
        r = rng.randint(1, 3)
        d.ellipse([(x, yy), (x + r, yy + r)], fill=(110, 110, 110))
    d.rectangle([(0, 0), (22, H)], fill=(200, 198, 190))
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=bg)
    img = img.filter(ImageFilter.GaussianBlur(0.7)).convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=72)
    buf.seek(0)
    return buf


def build_by08(path):
    """H-2B, Spanish, Guatemala -> Arkansas tree planting. Disclosure; page 2 is an image-only scan."""
    pdf = Doc(fam="sans", margins=(18, 16, 18), bottom=16)

    def hdr(p):
        F(p, None, "B", 11)
        p.set_xy(18, 10)
        p.cell(0, 5, lat("PINELAND REFORESTATION SERVICES, INC."), new_x=NX, new_y=NY)
        F(p, None, "", 8)
        p.cell(
            0,
            4,
            lat("410 Industrial Park Drive, Monticello, Arkansas 71655, EE. UU. · (870) 555-0121"),
        )
        p.set_draw_color(30, 90, 40)
        p.set_line_width(0.8)
        p.line(18, 21, p.w - 18, 21)
        p.set_line_width(0.2)
        p.set_y(25)

    def ftr(p):
        p.set_y(-11)
        F(p, None, "", 7.5)
        p.cell(0, 4, lat("PRS-H2B-2026 · Página %d de {nb}" % p.page_no()), align="C")

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(
        pdf,
        "DIVULGACIÓN DE CONDICIONES DE EMPLEO - PROGRAMA H-2B, TEMPORADA DE PLANTACIÓN 2026-2027",
        11.5,
        "B",
        align="C",
        after=2,
    )
    P(
        pdf,
        "Trabajador: Santos Eliseo Jiménez Ramírez, de Chiantla, Huehuetenango, Guatemala.",
        9.5,
        after=2,
    )
    KV(
        pdf,
        [
            [
                "Empleador",
                "Pineland Reforestation Services, Inc., 410 Industrial Park Drive, Monticello, Arkansas 71655",
            ],
            [
                "Puesto",
                "Plantador de árboles: plantar a mano plántulas de pino con barra plantadora, cargar bolsas de "
                "plántulas y limpiar brechas.",
            ],
            [
                "Requisitos",
                "Tres meses de experiencia en trabajo de campo o forestal; caminar en terreno irregular "
                "cargando 40 libras.",
            ],
            [
                "Lugar",
                "Terrenos forestales de clientes en los condados de Drew, Ashley y Bradley, Arkansas.",
            ],
            ["Periodo", "Del 1 de diciembre de 2026 al 15 de abril de 2027."],
            ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a 15:30 horas."],
            [
                "Salario",
                "$15.37 por hora, o $0.09 por plántula si el pago por pieza es mayor en el periodo de pago.",
            ],
            [
                "Ajustes",
                "Si durante la temporada se publica un salario mínimo o prevaleciente más alto, se paga el más "
                "alto desde su fecha.",
            ],
            ["Pago", "Cada dos semanas, los viernes, con depósito directo."],
            [
                "Descuentos",
                "Impuesto federal y estatal, Seguro Social, Medicare, y el alojamiento y las botas descritos "
                "abajo.",
            ],
            [
                "Herramientas",
                "LA EMPRESA entrega sin costo la barra plantadora, las bolsas para plántulas y el casco.",
            ],
            [
                "Viaje de ida",
                "Autobús de Huehuetenango a Monticello y viáticos del camino, reembolsados en la primera "
                "semana de trabajo.",
            ],
            ["Visa", "LA EMPRESA reembolsa la visa y los gastos consulares con el primer pago."],
        ],
        (32, 148),
        size=9,
    )
    P(
        pdf,
        "Alojamiento. El alojamiento en moteles cercanos a los terrenos cuesta $12 diarios por persona y se "
        "descuenta de cada cheque.",
        9.5,
    )
    P(
        pdf,
        "Botas. Las botas de trabajo con casquillo son obligatorias; LA EMPRESA las vende a $65.00 a cada "
        "trabajador y descuenta ese costo en los dos primeros pagos.",
        9.5,
    )
    P(
        pdf,
        "Contratación. LA EMPRESA no cobra ninguna cuota por la contratación y no usa reclutadores en Guatemala; "
        "a los trabajadores que regresan se les llama directamente.",
        9.5,
    )
    P(pdf, "Esta divulgación continúa en la página 2 (regreso, terminación y firmas).", 8.5, "I")
    # page 2: image-only scan, no header/footer text
    pdf.bare_pages.add(pdf.page_no() + 1)
    pdf.add_page()
    pdf.image(scanned_page_image(SCAN_TEXT_BY08, seed=808), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(path)


# ----------------------------------------------------------------------------- by09
def build_by09(path):
    """Generic, Spanish, Colombia -> Spain (Huelva strawberries). Contract + agency annex, A4."""
    pdf = Doc(fmt="A4", fam="serif", margins=(25, 22, 22), bottom=22)

    def hdr(p):
        F(p, "serif", "B", 8.5)
        p.set_xy(25, 9)
        p.cell(
            0, 4, lat("AGRÍCOLA LAS MARISMAS DE MOGUER, S.L. · CIF B21774512"), new_x=NX, new_y=NY
        )
        F(p, "serif", "", 7.5)
        p.cell(0, 4, lat("Ctra. Moguer-Mazagón, km 4,2 · 21800 Moguer (Huelva) · España"))
        p.set_y(22)

    def ftr(p):
        p.set_y(-15)
        F(p, "serif", "", 8)
        p.cell(0, 4, lat("Página %d de {nb}" % p.page_no()), align="C")
        # initials box in margin
        p.rect(p.w - 22, p.h - 17, 12, 8)
        F(p, "serif", "I", 6)
        p.set_xy(p.w - 22, p.h - 9)
        p.cell(12, 3, lat("rúbrica"), align="C")

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(
        pdf,
        "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA PARA LA CAMPAÑA DE FRESA 2026",
        12,
        "B",
        align="C",
        after=0,
    )
    P(pdf, "(Gestión colectiva de contrataciones en origen)", 10, "I", align="C", after=4)
    P(pdf, "REUNIDOS", 10.5, "B", align="C")
    P(
        pdf,
        "De una parte, Agrícola Las Marismas de Moguer, S.L., con domicilio en Ctra. Moguer-Mazagón, km 4,2, 21800 "
        "Moguer (Huelva), representada por D. Manuel Jesús Borrero Limón en calidad de administrador (en adelante, "
        "la EMPRESA).",
        10,
        align="J",
    )
    P(
        pdf,
        "De otra parte, Dña. Yuliana Andrea Rentería Mosquera, de nacionalidad colombiana, con pasaporte n.º "
        "AT481177, domiciliada en Calarcá (Quindío) (en adelante, la TRABAJADORA).",
        10,
        align="J",
    )
    P(
        pdf,
        "Ambas partes se reconocen capacidad para contratar y acuerdan las siguientes",
        10,
        align="J",
    )
    P(pdf, "CLÁUSULAS", 10.5, "B", align="C")
    cl = [
        (
            "Primera. Objeto y puesto.",
            "La TRABAJADORA prestará servicios como peón agrícola, realizando la recolección "
            "manual de fresa y frutos rojos, el transporte de cajas a la cabecera del invernadero y la limpieza de las "
            "líneas de cultivo.",
        ),
        (
            "Segunda. Lugar de trabajo.",
            "Fincas de la EMPRESA en los términos municipales de Moguer y Lucena del Puerto "
            "(Huelva).",
        ),
        (
            "Tercera. Duración.",
            "El contrato se inicia el 19 de enero de 2026 y finaliza el 12 de junio de 2026, "
            "coincidiendo con el fin de la campaña.",
        ),
        (
            "Cuarta. Jornada.",
            "39 horas semanales, distribuidas de lunes a sábado en jornadas de seis horas y media, de "
            "8:00 a 14:30 horas.",
        ),
        (
            "Quinta. Retribución.",
            "La TRABAJADORA percibirá 57,48 euros brutos por jornada efectiva, según las tablas "
            "del Convenio Colectivo del Campo de la provincia de Huelva, incluida la parte proporcional de pagas "
            "extraordinarias y vacaciones.",
        ),
        (
            "Sexta. Pago.",
            "El salario se abonará por meses vencidos, mediante transferencia bancaria, antes del día 5 "
            "del mes siguiente.",
        ),
        (
            "Séptima. Deducciones.",
            "De la nómina se deducirán únicamente las cotizaciones de la TRABAJADORA a la "
            "Seguridad Social y la retención a cuenta del IRPF que correspondan según la ley, además del importe "
            "indicado en la cláusula novena.",
        ),
        (
            "Octava. Alojamiento.",
            "La EMPRESA facilita alojamiento gratuito en los módulos habitacionales de la finca "
            "El Lagar, en Moguer, con agua, luz y cocina, sin coste alguno para la TRABAJADORA.",
        ),
        (
            "Novena. Viaje de ida.",
            "El importe del billete de avión de ida Bogotá-Madrid, de unos 690 euros, se "
            "descontará de las tres primeras nóminas de la TRABAJADORA.",
        ),
        (
            "Décima. Visado.",
            "Las tasas del visado y de la autorización de residencia y trabajo de temporada las abona "
            "la EMPRESA.",
        ),
        (
            "Undécima. Compromiso de retorno.",
            "La TRABAJADORA se compromete a regresar a Colombia al finalizar la "
            "campaña y a presentarse en el Consulado General de España en Bogotá dentro del mes siguiente a su "
            "llegada.",
        ),
        (
            "Duodécima. Extinción.",
            "El contrato se extinguirá al término de la campaña o por las causas previstas en el "
            "Estatuto de los Trabajadores. Se considerará abandono del puesto la ausencia injustificada durante tres "
            "días consecutivos.",
        ),
        (
            "Decimotercera. Documentación.",
            "La TRABAJADORA conservará en todo momento su pasaporte y su tarjeta de "
            "identidad de extranjero.",
        ),
    ]
    for h, b in cl:
        if h.startswith("Octava"):
            pdf.add_page()
        P(pdf, "**%s** %s" % (h, b), 10, md=True, align="J", after=1.8)
    P(
        pdf,
        "Y en prueba de conformidad, firman el presente contrato por duplicado en Bogotá, a 20 de noviembre de "
        "2025.",
        10,
        align="J",
    )
    sign_row(
        pdf,
        ["Por la EMPRESA", "La TRABAJADORA"],
        ["Manuel Jesús Borrero Limón", "Yuliana Andrea Rentería Mosquera"],
    )
    pdf.add_page()
    P(
        pdf,
        "ANEXO II - CONDICIONES DE LA AGENCIA DE SELECCIÓN EN ORIGEN",
        11.5,
        "B",
        align="C",
        after=4,
    )
    P(
        pdf,
        "Talento Andino Movilidad Laboral S.A.S., NIT 901.448.217-3, con oficina en la Carrera 7 n.º 19-42 de "
        "Pereira (Risaralda), participa en la preselección de las trabajadoras por encargo de la EMPRESA.",
        10,
        align="J",
        after=3,
    )
    for t in [
        "1. La TRABAJADORA abonará a Talento Andino la suma de COP 2.400.000 (dos millones cuatrocientos mil pesos) "
        "por concepto de gestión de selección y acompañamiento, en dos cuotas iguales: la primera al firmar este "
        "anexo y la segunda antes de la cita consular.",
        "2. El examen médico previo a la salida se realiza en la IPS designada por la agencia y su costo lo asume la "
        "EMPRESA.",
        "3. La agencia no retiene documentos de identidad de las trabajadoras.",
        "4. Las capacitaciones previas al viaje (manejo de la fresa y prevención de riesgos laborales) son "
        "gratuitas.",
    ]:
        P(pdf, t, 10, align="J", after=2)
    pdf.ln(4)
    sign_row(
        pdf,
        ["Por Talento Andino Movilidad Laboral S.A.S.", "La TRABAJADORA"],
        ["Luz Marina Ocampo Giraldo", "Yuliana Andrea Rentería Mosquera"],
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by10
def build_by10(path):
    """Generic, Spanish, Mexico (Tlaxcala) -> Ontario greenhouse. Compliant offer and contract."""
    pdf = Doc(fam="sans", margins=(20, 16, 20), bottom=18)

    def hdr(p):
        p.set_fill_color(46, 125, 50)
        p.rect(0, 0, 8, p.h, "F")
        F(p, None, "B", 13)
        p.set_text_color(46, 125, 50)
        p.set_xy(20, 10)
        p.cell(0, 6, lat("TALBOT TRAIL GREENHOUSES INC."), new_x=NX, new_y=NY)
        F(p, None, "", 8)
        p.set_text_color(70, 70, 70)
        p.cell(
            0,
            4,
            lat(
                "1875 Talbot Road East, Leamington, Ontario N8H 3V5, Canadá · Tel. +1 519 555 0162"
            ),
        )
        p.set_text_color(0, 0, 0)
        p.set_y(26)

    def ftr(p):
        p.set_y(-12)
        F(p, None, "I", 7.5)
        p.cell(0, 4, lat("Oferta TTG-2026-031 · %d/{nb}" % p.page_no()), align="R")

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(pdf, "OFERTA DE EMPLEO Y CONTRATO DE TRABAJO TEMPORAL", 13, "B", after=0)
    P(
        pdf,
        "Programa de Trabajadores Extranjeros Temporales, puesto de salario bajo (EIMT n.º 9128-4471)",
        9,
        "I",
        after=3,
    )
    P(
        pdf,
        "Trabajador: Aurelio Sánchez Bautista, de Huamantla, Tlaxcala, México. Pasaporte G38120455.",
        10,
        "B",
        after=3,
    )
    # summary box, two pairs per row
    F(pdf, None, "", 9)
    with pdf.table(
        col_widths=(24, 62, 24, 62),
        line_height=5,
        borders_layout="SINGLE_TOP_LINE",
        first_row_as_headings=False,
        padding=1.2,
    ) as t:
        for a, b, c, d in [
            (
                "Puesto",
                "Trabajador de invernadero",
                "Salario",
                "17.60 dólares canadienses por hora",
            ),
            ("Inicio", "5 de enero de 2026", "Término", "17 de octubre de 2026"),
            ("Horario", "48 horas por semana", "Pago", "Cada dos semanas"),
        ]:
            r = t.row()
            for i, v in enumerate((a, b, c, d)):
                r.cell(lat(v), style=FontFace(emphasis="BOLD") if i % 2 == 0 else None)
    pdf.ln(4)
    secs = [
        (
            "1. Funciones.",
            "Trasplante, poda y deshoje de plantas de pimiento y pepino; cosecha a mano; carga de carros "
            "de cosecha y limpieza de pasillos del invernadero.",
        ),
        (
            "2. Lugar de trabajo.",
            "Invernaderos del empleador en 1875 Talbot Road East y en 2010 Mersea Road 3, "
            "Leamington, Ontario.",
        ),
        (
            "3. Horario.",
            "Seis días por semana, de lunes a sábado, de 7:00 a 15:30 horas, con 30 minutos para comer: 48 "
            "horas por semana. Las horas después de 44 por semana se pagan a 26.40 dólares canadienses por hora, como "
            "exige la ley de Ontario.",
        ),
        (
            "4. Salario y pago.",
            "17.60 dólares canadienses por hora. Se paga cada dos semanas, los jueves, por depósito "
            "directo, con un talón que muestra horas, tarifa y descuentos.",
        ),
        (
            "5. Descuentos.",
            "Solo los que exige la ley de Canadá: impuesto sobre la renta, Plan de Pensiones de Canadá "
            "(CPP) y Seguro de Empleo (EI). No se descuenta vivienda, transporte, pasaje de avión, permiso de trabajo ni "
            "equipo.",
        ),
        (
            "6. Vivienda.",
            "Vivienda gratuita en la casa de trabajadores de 2014 Mersea Road 3, Leamington, con cocina, "
            "lavadora y calefacción, sin renta ni depósito.",
        ),
        (
            "7. Viajes.",
            "El empleador paga el boleto de avión de ida Ciudad de México-Toronto y el de regreso "
            "Toronto-Ciudad de México, y el traslado del aeropuerto a Leamington. Estos costos no se recuperan del "
            "salario.",
        ),
        (
            "8. Permiso y seguro médico.",
            "La EIMT y el permiso de trabajo los paga el empleador; a usted no se le "
            "cobra nada. El empleador paga un seguro médico privado hasta que usted tenga la cobertura de salud de "
            "Ontario (OHIP).",
        ),
        (
            "9. Capacitación.",
            "El curso de seguridad y manejo de agroquímicos se da en horas de trabajo pagadas y no "
            "tiene costo para el trabajador.",
        ),
        (
            "10. Herramientas y equipo.",
            "Tijeras, guantes, botas y equipo de protección se dan sin costo.",
        ),
        (
            "11. Terminación.",
            "El empleador solo puede terminar este contrato por causa justificada, por escrito, y en "
            "ese caso también paga el boleto de regreso. Usted puede renunciar en cualquier momento avisando con una "
            "semana de anticipación; no se le cobra ninguna penalización.",
        ),
        (
            "12. Reclutamiento.",
            "El empleador no usa agencias de reclutamiento. Nadie puede cobrarle por este empleo; "
            "si alguien le pide dinero, llame a Empleo y Desarrollo Social Canadá al 1-866-602-9448.",
        ),
        ("13. Documentos.", "Usted guarda su pasaporte y su permiso de trabajo."),
    ]
    for h, b in secs:
        P(pdf, "**%s** %s" % (h, b), 9.8, md=True, after=2)
    pdf.ln(3)
    sign_row(
        pdf,
        ["Por el empleador (directora de recursos humanos)", "El trabajador"],
        ["Melissa Janssen-Tavares", "Aurelio Sánchez Bautista"],
    )
    P(pdf, "Leamington, Ontario, 3 de noviembre de 2025.", 9, "I")
    pdf.output(path)


# ----------------------------------------------------------------------------- by11
def build_by11(path):
    """Generic, English, Guatemala -> Prince Edward Island seafood plant. Employment contract."""
    pdf = Doc(fam="serif", margins=(22, 20, 22), bottom=20)

    def hdr(p):
        F(p, "sans", "B", 10)
        p.set_xy(22, 9)
        p.cell(0, 5, lat("NORTHUMBERLAND SHELLFISH PACKERS LTD."), new_x=NX, new_y=NY)
        F(p, "sans", "", 7.5)
        p.cell(0, 4, lat("62 Wharf Road, Souris, Prince Edward Island C0A 2B0, Canada"))
        p.line(22, 19, p.w - 22, 19)
        p.set_y(23)

    def ftr(p):
        p.set_y(-13)
        F(p, "sans", "", 7.5)
        p.cell(
            0,
            4,
            lat(
                "NSP / TFW contract 2026-14 · Page %d of {nb} · Worker's initials: ....."
                % p.page_no()
            ),
            align="C",
        )

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(pdf, "EMPLOYMENT CONTRACT", 14, "B", align="C", after=0)
    P(
        pdf,
        "Temporary Foreign Worker Program - Low-wage position (LMIA 10492-887)",
        9.5,
        "I",
        align="C",
        after=4,
    )
    KV(
        pdf,
        [
            [
                "Employer",
                "Northumberland Shellfish Packers Ltd., 62 Wharf Road, Souris, Prince Edward Island C0A 2B0",
            ],
            ["Worker", "Marvin Estuardo Cux Tzoc, of San Andrés Xecul, Totonicapán, Guatemala"],
            ["Position", "Fish and seafood plant worker (NOC 95106)"],
        ],
        (30, 142),
        size=9.5,
        fam="sans",
    )
    cl = [
        (
            "1. Duties.",
            "The Worker will grade and sort live lobster, feed lobsters onto the cooker line, shuck and pack "
            "meat, and clean and sanitize the processing floor.",
        ),
        (
            "2. Place of work.",
            "The Employer's processing plant at 62 Wharf Road, Souris, Prince Edward Island.",
        ),
        ("3. Term.", "From April 20, 2026 to December 18, 2026."),
        (
            "4. Hours.",
            "At least 40 hours per week, Monday to Saturday, in shifts between 6:00 a.m. and 6:00 p.m. "
            "Overtime after 48 hours in a week is paid at 1.5 times the regular rate, as required by Prince Edward "
            "Island law.",
        ),
        (
            "5. Wages.",
            "CAD 17.50 per hour, paid every two weeks by direct deposit, with a pay statement.",
        ),
        (
            "6. Deductions.",
            "The Employer deducts income tax, Canada Pension Plan contributions and Employment "
            "Insurance premiums as required by law, and the housing charge in clause 7.",
        ),
        ("7. Housing.", "Company housing is provided at CAD 60 per week, deducted from each pay."),
        (
            "8. House rules.",
            "Workers living in Company housing must be inside the residence by 10:00 p.m. every night "
            "and may not spend a night away without the written permission of the plant manager.",
        ),
        (
            "9. Documents.",
            "For safekeeping, the Employer will hold each worker's passport and work permit in the "
            "office safe for the duration of employment; workers may ask to see them during office hours.",
        ),
        (
            "10. Costs paid by the Employer.",
            "The Employer pays the LMIA processing fee (CAD 1,000) and the Worker's "
            "one-way airfare from Guatemala City to Charlottetown, and does not recover these costs from the Worker. "
            "The Employer provides private health insurance until the Worker is covered by the provincial health "
            "plan.",
        ),
        (
            "11. Protective equipment.",
            "Gloves, aprons, boots and hairnets are provided at no cost.",
        ),
        (
            "12. Termination.",
            "Either party may end this contract with two weeks' written notice. The Employer may "
            "dismiss the Worker without notice for just cause, such as theft or violence.",
        ),
        (
            "13. Recruitment.",
            "The Worker was hired directly at a job fair in Quetzaltenango organized by the Employer; "
            "no agency was used and no fee was charged.",
        ),
    ]
    for h, b in cl:
        if h.startswith("9."):
            pdf.add_page()
        P(pdf, "**%s** %s" % (h, b), 10, md=True, align="J", after=2)
    P(pdf, "Signed at Quetzaltenango, Guatemala, on February 9, 2026.", 10, "I")
    sign_row(
        pdf,
        ["For the Employer (Operations Manager)", "The Worker"],
        ["Brendan MacIsaac", "Marvin Estuardo Cux Tzoc"],
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- by12
def build_by12(path):
    """Generic, English, Honduras -> Alberta hotel. Agency service agreement with instalment table, A4."""
    pdf = Doc(fmt="A4", fam="sans", margins=(20, 18, 20), bottom=20)

    def hdr(p):
        p.set_fill_color(0, 84, 147)
        p.rect(0, 0, p.w, 3, "F")
        F(p, None, "B", 9)
        p.set_xy(20, 7)
        p.cell(0, 4, lat("Puente Catracho Global Staffing, S. de R.L."))
        F(p, None, "", 7.5)
        p.set_xy(20, 11.5)
        p.cell(
            0, 4, lat("Colonia Trejo, 7a. Calle, 12 Avenida N.O., San Pedro Sula, Cortés, Honduras")
        )
        p.set_y(20)

    def ftr(p):
        p.set_y(-12)
        F(p, None, "", 7.5)
        p.cell(
            0,
            4,
            lat("Candidate Service Agreement PC-CA-2026-088 · page %d of {nb}" % p.page_no()),
            align="C",
        )

    pdf.header_fn, pdf.footer_fn = hdr, ftr
    pdf.add_page()
    P(pdf, "CANDIDATE SERVICE AGREEMENT", 15, "B", align="C", after=1)
    P(pdf, "Placement in Canada - Temporary Foreign Worker Program", 10, "I", align="C", after=5)
    P(
        pdf,
        'This Agreement is made on 6 January 2026 between Puente Catracho Global Staffing, S. de R.L. ("the '
        'Agency") and Keyla Yamileth Orellana Paz, identity card 0501-1998-04412, of Choloma, Cortés ("the '
        'Candidate").',
        10,
        after=3,
    )
    cl = [
        (
            "1. Position offered.",
            "The Agency has been engaged by Bow Valley Lodge Ltd., 410 Banff Avenue, Banff, "
            'Alberta T1L 1A1, Canada ("the Employer"), to recruit room attendants. The Candidate will clean and '
            "prepare guest rooms, change linen, restock supplies and report maintenance problems.",
        ),
        (
            "2. Place and term.",
            "Work is at the Employer's hotel in Banff, Alberta, from 1 May 2026 to 30 April 2027.",
        ),
        (
            "3. Hours and wage.",
            "40 hours per week, in shifts between 7:00 a.m. and 4:00 p.m., at CAD 18.25 per hour.",
        ),
        (
            "4. Service fee.",
            "The Candidate shall pay the Agency a service fee of L 45,000.00 (forty-five thousand "
            "lempiras), payable in three instalments: L 15,000 on signing, L 15,000 when the work permit is approved, "
            "and L 15,000 from the Candidate's first Canadian pay.",
        ),
    ]
    for h, b in cl:
        P(pdf, "**%s** %s" % (h, b), 10, md=True, after=2.2)
    KV(
        pdf,
        [
            ["1", "L 15,000.00", "On signing this Agreement", "Agency"],
            ["2", "L 15,000.00", "On approval of the work permit", "Agency"],
            ["3", "L 15,000.00", "From first Canadian pay", "Agency"],
        ],
        (22, 36, 78, 34),
        size=9,
        head=["Instalment", "Amount", "When", "Payee"],
        bold_first=False,
        align="CENTER",
    )
    cl2 = [
        (
            "5. Other costs.",
            "The immigration medical examination with an IRCC panel physician is paid by the "
            "Candidate (approximately USD 210). The work-permit application and biometrics fees, CAD 240 in total, are "
            "also paid by the Candidate and are not refunded.",
        ),
        (
            "6. Travel.",
            "Airfare from San Pedro Sula to Calgary and the shuttle to Banff are paid by the Employer. "
            "Return airfare to San Pedro Sula at the end of the contract is paid by the Employer.",
        ),
    ]
    for h, b in cl2:
        P(pdf, "**%s** %s" % (h, b), 10, md=True, after=2.2)
    pdf.add_page()
    cl3 = [
        (
            "7. Early departure.",
            "If the Candidate leaves the Employer before completing twelve (12) months, the "
            "Candidate will pay the Agency liquidated damages equal to two weeks' wages.",
        ),
        (
            "8. Termination of employment.",
            "The Employer may end the employment only for just cause or with the "
            "notice required by the Alberta Employment Standards Code.",
        ),
        (
            "9. Documents.",
            "The Agency keeps only photocopies of the Candidate's passport; the Candidate keeps the "
            "original at all times.",
        ),
        (
            "10. Governing law.",
            "This Agreement is governed by the laws of the Republic of Honduras. Any dispute will "
            "be settled by the courts of San Pedro Sula.",
        ),
    ]
    for h, b in cl3:
        P(pdf, "**%s** %s" % (h, b), 10, md=True, after=2.2)
    pdf.ln(6)
    sign_row(
        pdf,
        ["For the Agency (Placement Coordinator)", "The Candidate"],
        ["Lic. Dorian Alexis Maradiaga", "Keyla Yamileth Orellana Paz"],
    )
    pdf.output(path)


# ----------------------------------------------------------------------------- labels
def fee(cat, page, quote, amount=None, currency=None, severity="violation"):
    return {
        "category": cat,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }


LABELS = [
    {
        "file": "by01.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 3,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Cosecha Justa Reclutamiento, S. de R.L. de C.V."],
        "traps": [
            "'cuota mínima de producción' is a production quota, not a fee",
            "'depósito directo' is direct deposit of pay, not a deposit",
            "lawful h2a meal charge within the cap (optional dining hall; free kitchen)",
            "completion bonus paid on top of full weekly wage (not wage withholding)",
            "visa, consular and border-crossing fees paid by employer",
            "inbound bus paid by employer plus daily travel meal allowance",
            "free housing, no deposit for bedding or utensils (h2a)",
            "tools free, no deposit",
            "workers' compensation paid by employer (not insurance_cost)",
            "recruiter fees paid by the employer; nobody may charge (negated recruitment fee)",
            "worker keeps passport; complaints without reprisal",
        ],
        "doc_type": "work_contract",
        "layout": "single column serif; gray header band and page footer; parties table; 22 numbered clauses with "
        "bold headings; signature lines",
    },
    {
        "file": "by02.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Cuota de inscripción y apartado de cupo para el programa de visa H-2A, "
                "temporada de tomate 2026.",
                3500.0,
                "GTQ",
            ),
            fee(
                "deposit_or_bond",
                1,
                "Para asegurar que regrese a Guatemala al terminar su contrato, el trabajador "
                "firma hoy un pagaré por Q15,000.00 a favor de la agencia, que se le devuelve cuando se presente de "
                "regreso en esta oficina.",
                15000.0,
                "GTQ",
            ),
        ],
        "missing_terms": [
            "hours_of_work",
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
        ],
        "recruiters": ["Agencia de Empleos Los Cuchumatanes"],
        "traps": [
            "'Depósito bancario' is an unticked payment-method box, not a deposit charge",
            "visa paid by employer (la visa la paga la empresa patronal)",
        ],
        "doc_type": "receipt",
        "layout": "half-letter landscape receipt; bordered form with underlined fields; number and amount boxes; "
        "gridded job-data table; red PAGADO stamp",
    },
    {
        "file": "by03.pdf",
        "program": "h2a",
        "language": "en",
        "scanned": False,
        "pages": 3,
        "fees": [
            fee(
                "wage_withholding",
                1,
                "To encourage workers to stay through the end of the harvest, $1.25 of every "
                "hour's pay will be held back by the employer and paid in one lump sum on the last day of the "
                "contract.",
                1.25,
                "USD",
            ),
            fee(
                "damage_chargeback",
                2,
                "Any tool or equipment lost or damaged through a worker's carelessness will "
                "be charged to the worker at replacement cost.",
                None,
                None,
                "review",
            ),
        ],
        "missing_terms": ["three_fourths_guarantee", "earnings_statements"],
        "recruiters": [],
        "traps": [
            "'feeding slips into a mechanical transplanter' is a job duty, not a fee",
            "Social Security and Medicare not withheld (negated; not wage withholding)",
            "free housing, no rent, utilities or deposits (h2a)",
            "free kitchen",
            "inbound travel and subsistence reimbursed at 50% of the contract",
            "tools furnished free of charge",
            "productivity standard in termination clause (not a charge)",
            "no recruiter; nobody may charge (negated recruitment fee)",
        ],
        "doc_type": "job_order",
        "layout": "form-style job order; running header rule; dark section bars A-G; gridded label/value tables; "
        "acknowledgement page with blank fill-in table",
    },
    {
        "file": "by04.pdf",
        "program": "h2a",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Para apartar su lugar tienen que depositar L 9,500 a la cuenta de Banco "
                "Atlántida 2201-887341 a nombre de la agencia y mandar foto del voucher aquí.",
                9500.0,
                "HNL",
            ),
            fee(
                "visa_cost",
                1,
                "La cita en la embajada cada uno la paga, son 190 dólares y eso el patrón no lo "
                "devuelve.",
                190.0,
                "USD",
            ),
            fee(
                "document_retention",
                1,
                "El día que vengan a firmar traen su pasaporte original, la agencia se los "
                "guarda hasta el día del vuelo para que no se pierdan.",
            ),
            fee(
                "blacklisting_threat",
                1,
                "El que ande de problemático o llamando a abogados ya no lo volvemos a "
                "llevar y queda en la lista negra de la agencia.",
            ),
        ],
        "missing_terms": [
            "employer_identity",
            "wage_adjustment",
            "pay_frequency",
            "deductions",
            "three_fourths_guarantee",
            "meals",
            "return_transportation",
            "daily_transportation",
            "tools_provided",
            "workers_compensation",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Reclutamiento Agrícola Lempira"],
        "traps": [
            "inbound airfare and travel meals paid by employer",
            "free housing (h2a)",
        ],
        "doc_type": "whatsapp_transcript",
        "layout": "transcribed WhatsApp group chat on a tall narrow page; green group header; left/right bubbles "
        "with sender and time; transcriber's note",
    },
    {
        "file": "by05.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "debt_bondage",
                2,
                "Si LA TRABAJADORA lo solicita, EL RECLUTADOR le prestará hasta MXN 7,000 para "
                "sus gastos de salida; esa cantidad, más un interés del 5% mensual, se descontará de sus primeros "
                "cheques en Estados Unidos y LA EMPRESA la entregará a EL RECLUTADOR.",
                7000.0,
                "MXN",
            ),
            fee(
                "breach_penalty",
                2,
                "Si LA TRABAJADORA abandona el empleo antes de terminar la temporada, pagará a "
                "EL RECLUTADOR una penalización de quince mil pesos por los gastos de colocación perdidos.",
                15000.0,
                "MXN",
            ),
        ],
        "missing_terms": [
            "wage_adjustment",
            "three_fourths_guarantee",
            "earnings_statements",
            "contract_impossibility",
        ],
        "recruiters": ["Enlace Laboral del Golfo, S.C."],
        "traps": [
            "no recruitment fee charged; recruiter's fees paid by employer (negated recruitment fee)",
            "visa, consular appointment and I-94 reimbursed in first week",
            "inbound bus and per diem reimbursed in first week",
            "gloves, apron, hairnet and rubber boots free",
            "rooms at no cost",
            "only a copy of the passport is handed over (not retention)",
            "statutory tax, Social Security and Medicare deductions",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "single column serif; PRIMERA...SÉPTIMA clauses, justified; gridded terms table; signature lines "
        "with fingerprint box; footer with contract number",
    },
    {
        "file": "by06.pdf",
        "program": "h2b",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": ["Reclutadora Costa Pacífico, S.C."],
        "traps": [
            "two weeks' notice requested but not required, nothing charged (negated breach penalty)",
            "visa, consular and border-crossing fees paid by employer",
            "income tax, Social Security and Medicare withheld by law (not wage withholding)",
            "tools, boots and protective gear free, no deposit",
            "housing at no cost",
            "recruiter paid by employer; no fee will be charged",
            "worker keeps passport",
            "'direct deposit' is a pay method, not a deposit",
        ],
        "doc_type": "offer_letter",
        "layout": "letter with navy letterhead band; gridded terms table with heading row; page 2 in two text "
        "columns with vertical rule; signature lines",
    },
    {
        "file": "by07.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": False,
        "pages": 1,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "Apertura de expediente y asesoría: $650.00 (se paga al inscribirse).",
                650.0,
                "USD",
            ),
            fee(
                "visa_cost",
                1,
                "Cita consular (visa MRV): $190.00, por cuenta del aspirante.",
                190.0,
                "USD",
            ),
            fee(
                "training_cost",
                1,
                "Curso de inducción y prueba de inglés obligatorios: $85.00.",
                85.0,
                "USD",
            ),
        ],
        "missing_terms": [
            "employer_identity",
            "wage_adjustment",
            "overtime",
            "deductions",
            "three_fourths_guarantee",
            "return_transportation",
            "visa_reimbursement",
            "tools_provided",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
        "recruiters": ["Oportunidades Laborales del Norte, S.A. de C.V."],
        "traps": [
            "inbound airfare and per diem paid by employer",
            "free information session (plática informativa gratuita), not a training charge",
        ],
        "doc_type": "flyer",
        "layout": "printed street flyer; red headline banner; shaded bullet list; boxed cost list; dashed tear-off "
        "strips with phone number",
    },
    {
        "file": "by08.pdf",
        "program": "h2b",
        "language": "es",
        "scanned": True,
        "pages": 2,
        "fees": [
            fee(
                "housing_charge",
                1,
                "El alojamiento en moteles cercanos a los terrenos cuesta $12 diarios por "
                "persona y se descuenta de cada cheque.",
                12.0,
                "USD",
                "review",
            ),
            fee(
                "equipment_charge",
                1,
                "Las botas de trabajo con casquillo son obligatorias; LA EMPRESA las vende a "
                "$65.00 a cada trabajador y descuenta ese costo en los dos primeros pagos.",
                65.0,
                "USD",
            ),
        ],
        "missing_terms": ["overtime", "three_fourths_guarantee", "earnings_statements"],
        "recruiters": [],
        "traps": [
            "no hiring fee and no recruiters (negated recruitment fee)",
            "visa and consular costs reimbursed with first pay",
            "planting bar, seedling bags and helmet free (tools provided)",
            "inbound bus and per diem reimbursed in first week",
            "'depósito directo' is a pay method, not a deposit",
            "worker keeps passport (on the scanned page)",
        ],
        "doc_type": "disclosure_form",
        "layout": "letter; letterhead with rule; gridded terms table and short paragraphs on page 1; page 2 is an "
        "image-only scan (slightly rotated, noisy) with return, termination, impossibility and signatures",
    },
    {
        "file": "by09.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 3,
        "fees": [
            fee(
                "travel_cost",
                2,
                "El importe del billete de avión de ida Bogotá-Madrid, de unos 690 euros, se "
                "descontará de las tres primeras nóminas de la TRABAJADORA.",
                690.0,
                "EUR",
            ),
            fee(
                "recruitment_fee",
                3,
                "La TRABAJADORA abonará a Talento Andino la suma de COP 2.400.000 (dos "
                "millones cuatrocientos mil pesos) por concepto de gestión de selección y acompañamiento, en dos "
                "cuotas iguales: la primera al firmar este anexo y la segunda antes de la cita consular.",
                2400000.0,
                "COP",
            ),
        ],
        "missing_terms": ["return_transportation"],
        "recruiters": ["Talento Andino Movilidad Laboral S.A.S."],
        "traps": [
            "'retención a cuenta del IRPF' is income-tax withholding, not wage withholding",
            "Social Security contributions are statutory (not insurance_cost)",
            "free housing with water, power and kitchen",
            "visa and permit fees paid by employer",
            "'compromiso de retorno' is a duty to return, not paid return travel (return_transportation missing)",
            "pre-departure medical exam paid by employer",
            "free pre-departure training",
            "worker keeps passport; agency retains no documents",
        ],
        "doc_type": "work_contract",
        "layout": "A4 Spanish-style contract; REUNIDOS/CLÁUSULAS; justified serif text; letterhead header; footer "
        "with page number and initials box; agency annex on last page",
    },
    {
        "file": "by10.pdf",
        "program": "generic",
        "language": "es",
        "scanned": False,
        "pages": 2,
        "fees": [],
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "statutory income tax, CPP and EI deductions (not insurance_cost)",
            "round-trip airfare paid by employer, not recovered from pay",
            "LMIA (EIMT) and work permit paid by employer",
            "private health insurance paid by employer",
            "free safety training in paid hours",
            "free housing, no rent or deposit",
            "quit with one week's notice, no penalty (negated breach penalty)",
            "no recruitment agency; nobody may charge",
            "worker keeps passport",
        ],
        "doc_type": "offer_letter",
        "layout": "green side bar letterhead; four-column summary grid (two label/value pairs per row); 13 numbered "
        "sections; signature lines",
    },
    {
        "file": "by11.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "housing_charge",
                1,
                "Company housing is provided at CAD 60 per week, deducted from each pay.",
                60.0,
                "CAD",
                "review",
            ),
            fee(
                "movement_restriction",
                1,
                "Workers living in Company housing must be inside the residence by "
                "10:00 p.m. every night and may not spend a night away without the written permission of the plant "
                "manager.",
            ),
            fee(
                "document_retention",
                2,
                "For safekeeping, the Employer will hold each worker's passport and work "
                "permit in the office safe for the duration of employment; workers may ask to see them during office "
                "hours.",
            ),
        ],
        "missing_terms": ["return_transportation"],
        "recruiters": [],
        "traps": [
            "'feed lobsters onto the cooker line' is a job duty, not a fee",
            "statutory income tax, CPP and EI deductions (not insurance_cost)",
            "LMIA fee and one-way inbound airfare paid by employer, not recovered",
            "private health insurance paid by employer",
            "protective equipment at no cost",
            "hired directly, no agency and no fee (negated recruitment fee)",
            "two weeks' written notice on either side, nothing charged (not a breach penalty)",
        ],
        "doc_type": "work_contract",
        "layout": "serif numbered clauses, justified; header with rule; parties table; footer with initials field",
    },
    {
        "file": "by12.pdf",
        "program": "generic",
        "language": "en",
        "scanned": False,
        "pages": 2,
        "fees": [
            fee(
                "recruitment_fee",
                1,
                "The Candidate shall pay the Agency a service fee of L 45,000.00 (forty-five "
                "thousand lempiras), payable in three instalments: L 15,000 on signing, L 15,000 when the work permit "
                "is approved, and L 15,000 from the Candidate's first Canadian pay.",
                45000.0,
                "HNL",
            ),
            fee(
                "medical_cost",
                1,
                "The immigration medical examination with an IRCC panel physician is paid by the "
                "Candidate (approximately USD 210).",
                210.0,
                "USD",
            ),
            fee(
                "visa_cost",
                1,
                "The work-permit application and biometrics fees, CAD 240 in total, are also paid by "
                "the Candidate and are not refunded.",
                240.0,
                "CAD",
            ),
            fee(
                "breach_penalty",
                2,
                "If the Candidate leaves the Employer before completing twelve (12) months, the "
                "Candidate will pay the Agency liquidated damages equal to two weeks' wages.",
            ),
        ],
        "missing_terms": ["pay_frequency", "deductions"],
        "recruiters": ["Puente Catracho Global Staffing, S. de R.L."],
        "traps": [
            "airfare both ways and shuttle paid by employer",
            "agency keeps only photocopies; candidate keeps original passport (negated retention)",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; thin colour bar header; numbered clauses; gridded instalment table with Payee column; "
        "signature lines",
    },
]

# key phrases that must be extractable on a given page (1-based)
KEYS = {
    "by01.pdf": [
        (1, "Ridgeline Orchards of Sparta LLC"),
        (1, "$18.15 por hora"),
        (2, "tres cuartas partes"),
        (3, "1-866-487-9243"),
    ],
    "by02.pdf": [
        (1, "RECIBO No. 0847"),
        (1, "Sunbelt Harvest Partners LLC"),
        (1, "La visa la paga la empresa"),
    ],
    "by03.pdf": [
        (1, "Bladen Creek Farms, Inc."),
        (1, "$16.81 per hour"),
        (2, "free of charge"),
        (3, "WORKER ACKNOWLEDGEMENT"),
    ],
    "by04.pdf": [(1, "TRABAJO USA 2026 - OLANCHO"), (1, "condado de Toombs, Georgia")],
    "by05.pdf": [
        (1, "Atchafalaya Crawfish Processors, Inc."),
        (1, "$20.88 por hora"),
        (2, "SÉPTIMA"),
    ],
    "by06.pdf": [
        (1, "HOOPER STRAIT SEAFOOD CO."),
        (1, "$23.88 per hour"),
        (2, "three-fourths"),
        (2, "No fee will be charged"),
    ],
    "by07.pdf": [(1, "VISA DE TRABAJO TEMPORAL H-2B"), (1, "Houston, Texas"), (1, "7788-4102")],
    "by08.pdf": [(1, "Pineland Reforestation Services, Inc."), (1, "$15.37 por hora")],
    "by09.pdf": [
        (1, "Agrícola Las Marismas de Moguer, S.L."),
        (1, "57,48 euros"),
        (2, "Compromiso de retorno"),
        (3, "ANEXO II"),
    ],
    "by10.pdf": [
        (1, "TALBOT TRAIL GREENHOUSES INC."),
        (1, "17.60 dólares canadienses por hora"),
        (2, "Aurelio Sánchez Bautista"),
    ],
    "by11.pdf": [
        (1, "Northumberland Shellfish Packers Ltd."),
        (1, "CAD 17.50 per hour"),
        (2, "Termination"),
    ],
    "by12.pdf": [
        (1, "CANDIDATE SERVICE AGREEMENT"),
        (1, "Bow Valley Lodge Ltd."),
        (2, "Early departure"),
    ],
}

BUILDERS = {
    "by01.pdf": build_by01,
    "by02.pdf": build_by02,
    "by03.pdf": build_by03,
    "by04.pdf": build_by04,
    "by05.pdf": build_by05,
    "by06.pdf": build_by06,
    "by07.pdf": build_by07,
    "by08.pdf": build_by08,
    "by09.pdf": build_by09,
    "by10.pdf": build_by10,
    "by11.pdf": build_by11,
    "by12.pdf": build_by12,
}


def norm(s):
    return " ".join((s or "").split())


def self_check(out):
    errors = []
    for lab in LABELS:
        f = lab["file"]
        with pdfplumber.open(os.path.join(out, f)) as doc:
            pages = doc.pages
            if len(pages) != lab["pages"]:
                errors.append("%s: %d pages, label says %d" % (f, len(pages), lab["pages"]))
                continue
            texts = [norm(p.extract_text()) for p in pages]
            scanned = [i for i, p in enumerate(pages) if not p.chars]
            if lab["scanned"]:
                if len(scanned) != 1:
                    errors.append(
                        "%s: expected exactly one page without a text layer, got %s" % (f, scanned)
                    )
                for i in scanned:
                    if not pages[i].images:
                        errors.append("%s: scanned page %d has no image" % (f, i + 1))
                    if texts[i]:
                        errors.append("%s: scanned page %d has extractable text" % (f, i + 1))
                for fe in lab["fees"]:
                    if fe["page"] - 1 in scanned:
                        errors.append("%s: fee %s sits on the scanned page" % (f, fe["category"]))
            elif scanned:
                errors.append(
                    "%s: pages without text layer %s but not labelled scanned" % (f, scanned)
                )
            for i, t in enumerate(texts):
                if i not in scanned and len(t) < 80:
                    errors.append("%s: page %d has too little text" % (f, i + 1))
            for pg, phrase in KEYS[f]:
                if norm(phrase) not in texts[pg - 1]:
                    errors.append("%s: key phrase %r not on page %d" % (f, phrase, pg))
            for fe in lab["fees"]:
                if norm(fe["quote"]) not in texts[fe["page"] - 1]:
                    errors.append(
                        "%s: quote for %s not found on page %d" % (f, fe["category"], fe["page"])
                    )
            alltext = " ".join(texts)
            for r in lab["recruiters"]:
                if norm(r) not in alltext:
                    errors.append("%s: recruiter %r not in text" % (f, r))
    # batch-level invariants
    if sum(1 for l in LABELS if l["scanned"]) != 1:
        errors.append("batch: exactly one document must be scanned")
    return errors


def main():
    if len(sys.argv) != 2:
        print("usage: build.py OUT_DIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in BUILDERS.items():
        fn(os.path.join(out, name))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = self_check(out)
    for e in errors:
        print("CHECK FAILED:", e, file=sys.stderr)
    if errors:
        return 1
    print("built %d PDFs and labels.json in %s; all self-checks passed" % (len(BUILDERS), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
