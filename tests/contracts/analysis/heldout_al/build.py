#!/usr/bin/env python3
"""Build the blind held-out contract batch "al" (12 PDFs, al01.pdf ... al12.pdf).

Usage:  python tests/contracts/analysis/heldout_al/build.py OUT_DIR

Deterministic: fixed creation date, no clock, no random numbers.  After writing the
PDFs the script re-opens each one with pdfplumber and checks it against labels.json
(page count, one image-only scanned page, every fee quote and recruiter name present
in the text of its labelled page).  It exits non-zero on any mismatch.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2026, 2, 2, 9, 30, tzinfo=UTC)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBER = Path("/usr/share/fonts/truetype/liberation")

FONTS = {
    "sans": {
        "": DEJAVU / "DejaVuSans.ttf",
        "B": DEJAVU / "DejaVuSans-Bold.ttf",
        "I": DEJAVU / "DejaVuSans-Oblique.ttf",
        "BI": DEJAVU / "DejaVuSans-BoldOblique.ttf",
    },
    "cond": {
        "": DEJAVU / "DejaVuSansCondensed.ttf",
        "B": DEJAVU / "DejaVuSansCondensed-Bold.ttf",
        "I": DEJAVU / "DejaVuSansCondensed-Oblique.ttf",
    },
    "serif": {
        "": DEJAVU / "DejaVuSerif.ttf",
        "B": DEJAVU / "DejaVuSerif-Bold.ttf",
        "I": DEJAVU / "DejaVuSerif-Italic.ttf",
    },
    "lsans": {
        "": LIBER / "LiberationSans-Regular.ttf",
        "B": LIBER / "LiberationSans-Bold.ttf",
        "I": LIBER / "LiberationSans-Italic.ttf",
    },
    "lserif": {
        "": LIBER / "LiberationSerif-Regular.ttf",
        "B": LIBER / "LiberationSerif-Bold.ttf",
        "I": LIBER / "LiberationSerif-Italic.ttf",
    },
    "narrow": {
        "": LIBER / "LiberationSansNarrow-Regular.ttf",
        "B": LIBER / "LiberationSansNarrow-Bold.ttf",
    },
}


# --------------------------------------------------------------------------- helpers


class Doc(FPDF):
    def __init__(
        self,
        fmt="Letter",
        family="sans",
        margins=(54, 54, 54),
        bottom=54,
        header_fn=None,
        footer_fn=None,
    ):
        super().__init__(unit="pt", format=fmt)
        for fam, styles in FONTS.items():
            for style, path in styles.items():
                if path.exists():
                    self.add_font(fam, style, str(path))
        self.base = family
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.no_chrome_pages: set[int] = set()
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(FIXED_DATE)
        self.set_author("")
        self.set_creator("")
        self.set_producer("")

    def header(self):
        if self.header_fn and self.page_no() not in self.no_chrome_pages:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn and self.page_no() not in self.no_chrome_pages:
            self.footer_fn(self)


def font(pdf, size, style="", fam=None, color=(0, 0, 0)):
    pdf.set_font(fam or pdf.base, style, size)
    pdf.set_text_color(*color)


def para(
    pdf,
    text,
    size=10,
    style="",
    fam=None,
    lh=1.32,
    align="L",
    w=0,
    x=None,
    color=(0, 0, 0),
    after=5.0,
    fill=None,
):
    font(pdf, size, style, fam, color)
    if x is not None:
        pdf.set_x(x)
    if fill:
        pdf.set_fill_color(*fill)
    pdf.multi_cell(
        w, size * lh, text, align=align, fill=bool(fill), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    if after:
        pdf.ln(after)


def cell_height(pdf, w, text, size, style="", fam=None, lh=1.3):
    pdf.set_font(fam or pdf.base, style, size)
    return pdf.multi_cell(w, size * lh, text, align="L", dry_run=True, output="HEIGHT")


def table(
    pdf,
    rows,
    widths,
    size=9,
    fam=None,
    lh=1.3,
    pad=4,
    border=True,
    styles=("B", ""),
    header=None,
    header_fill=(225, 225, 225),
    header_color=(0, 0, 0),
    zebra=None,
    line=(90, 90, 90),
    colors=None,
    after=8,
):
    """Rows of strings, top-aligned cells, no row split across pages."""
    x0 = pdf.l_margin
    pdf.set_draw_color(*line)
    pdf.set_line_width(0.5)
    all_rows = ([("H", header)] if header else []) + [("R", r) for r in rows]
    for idx, (kind, row) in enumerate(all_rows):
        sts = (
            ["B"] * len(row)
            if kind == "H"
            else [styles[min(i, len(styles) - 1)] for i in range(len(row))]
        )
        hs = [
            cell_height(pdf, w - 2 * pad, t, size, s, fam, lh) for w, t, s in zip(widths, row, sts)
        ]
        rh = max(hs) + 2 * pad
        if pdf.get_y() + rh > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        x = x0
        fillc = None
        if kind == "H":
            fillc = header_fill
        elif zebra and idx % 2 == 1:
            fillc = zebra
        for ci, (w, t, s) in enumerate(zip(widths, row, sts)):
            if fillc:
                pdf.set_fill_color(*fillc)
                pdf.rect(x, y, w, rh, style="F")
            if border:
                pdf.rect(x, y, w, rh)
            col = header_color if kind == "H" else (colors[ci] if colors else (0, 0, 0))
            font(pdf, size, s, fam, col)
            pdf.set_xy(x + pad, y + pad)
            pdf.multi_cell(w - 2 * pad, size * lh, t, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            x += w
        pdf.set_xy(x0, y + rh)
    pdf.ln(after)


def hline(pdf, color=(120, 120, 120), width=0.6, x1=None, x2=None, gap=4):
    pdf.set_draw_color(*color)
    pdf.set_line_width(width)
    y = pdf.get_y()
    pdf.line(
        x1 if x1 is not None else pdf.l_margin, y, x2 if x2 is not None else pdf.w - pdf.r_margin, y
    )
    pdf.ln(gap)


def bullets(pdf, items, size=10, fam=None, lh=1.32, glyph="•", indent=14, after=3, style=""):
    for it in items:
        font(pdf, size, style, fam)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 2, y)
        pdf.set_font("sans", "", size)
        pdf.cell(indent, size * lh, glyph)
        font(pdf, size, style, fam)
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.multi_cell(0, size * lh, it, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(after)


def sig_block(pdf, left, right, size=9, gap=34):
    pdf.ln(gap)
    y = pdf.get_y()
    w = (pdf.w - pdf.l_margin - pdf.r_margin - 40) / 2
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    for i, lines in enumerate((left, right)):
        x = pdf.l_margin + i * (w + 40)
        pdf.line(x, y, x + w, y)
        pdf.set_xy(x, y + 3)
        font(pdf, size)
        pdf.multi_cell(w, size * 1.3, lines, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, y + 40)


def band(pdf, y, h, color):
    pdf.set_fill_color(*color)
    pdf.rect(0, y, pdf.w, h, style="F")


# --------------------------------------------------------------------------- al01


def al01(out):
    green = (34, 94, 60)

    def head(p):
        band(p, 0, 64, green)
        p.set_xy(54, 16)
        font(p, 16, "B", "lsans", (255, 255, 255))
        p.cell(0, 20, "Tidewater Green Landscape Services, Inc.")
        p.set_xy(54, 38)
        font(p, 8.5, "", "lsans", (225, 240, 228))
        p.cell(
            0,
            12,
            "2207 Old Mill Pike, Chesapeake, VA 23322  ·  (757) 555-0148  ·  "
            "hr@tidewatergreen.example",
        )
        p.set_xy(54, 84)

    def foot(p):
        p.set_y(-40)
        font(p, 7.5, "", "lsans", (110, 110, 110))
        p.cell(
            0, 10, f"Offer of employment — D. A. Whyte — page {p.page_no()} of {{nb}}", align="C"
        )

    pdf = Doc("Letter", "lsans", (54, 84, 54), 60, head, foot)
    pdf.add_page()
    para(pdf, "January 12, 2026", 10)
    para(
        pdf,
        "Mr. Desmond A. Whyte\n14 Spring Garden Road\nSanta Cruz, St. Elizabeth\nJamaica",
        10,
        after=8,
    )
    para(
        pdf,
        "Re: Offer of H-2B seasonal employment — Landscape Laborer (job order H-400-25351-778210)",
        10,
        "B",
        after=6,
    )
    para(pdf, "Dear Mr. Whyte,", 10)
    para(
        pdf,
        "We are pleased to confirm your selection for our 2026 season. This letter sets out "
        "the terms of the job in plain words. The same terms appear in the job order "
        "certified by the U.S. Department of Labor; if anything here is less favourable to "
        "you than the job order, the job order applies.",
        10,
    )
    para(
        pdf,
        "You were interviewed in Kingston by our recruiting partner, Blue Mahoe Workforce "
        "Solutions Ltd. Blue Mahoe is paid by Tidewater Green for its services. Neither Blue "
        "Mahoe nor anyone acting for it may ask you for money, gifts or a share of your "
        "wages. If anyone does, please call us at the number above.",
        10,
        after=8,
    )
    rows = [
        (
            "Employer",
            "Tidewater Green Landscape Services, Inc., 2207 Old Mill Pike, Chesapeake, "
            "VA 23322, USA",
        ),
        (
            "Position",
            "Landscape Laborer: mow, edge and trim lawns; plant shrubs and annuals; spread "
            "mulch and pine straw; apply lawn feed and weed control under supervision; "
            "operate walk-behind and ride-on mowers, string trimmers and blowers; load and "
            "unload trailers.",
        ),
        (
            "Worksites",
            "Homes, office parks and HOA common areas in Chesapeake, Virginia Beach, "
            "Norfolk and Suffolk, Virginia. Crews leave from our yard at 2207 Old Mill "
            "Pike.",
        ),
        ("Dates", "March 2, 2026 to November 20, 2026"),
        (
            "Hours",
            "40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. with a 30-minute "
            "unpaid lunch. Saturday work may be offered to make up days lost to rain.",
        ),
        ("Wage", "$17.85 per hour"),
        (
            "Wage increases",
            "If the Department of Labor publishes a higher prevailing wage, or a "
            "federal, state or local minimum wage rises above $17.85, you will be "
            "paid the higher rate from the day it takes effect.",
        ),
        ("Overtime", "$26.78 per hour for hours over 40 in a workweek"),
        ("Payday", "Weekly, every Friday, by direct deposit or paycheck"),
        (
            "Pay statements",
            "Each payday you receive a statement showing hours offered, hours "
            "worked, your rate, gross pay, each deduction and net pay.",
        ),
        (
            "Deductions",
            "Federal and Virginia income tax withholding, Social Security and Medicare, "
            "and any deduction required by a court order. Nothing else is deducted "
            "unless you ask for it in writing for your own benefit, such as a transfer "
            "of savings to your family.",
        ),
        (
            "Guarantee",
            "We guarantee you work hours equal to at least three-fourths of the "
            "workdays in each 12-week period of the contract. If we offer fewer hours, "
            "we pay you the difference.",
        ),
        (
            "Travel to Virginia",
            "Your bus fare from Santa Cruz to Kingston, your airfare from "
            "Kingston to Norfolk and a meal allowance for each travel day are "
            "reimbursed in full in your first workweek.",
        ),
        (
            "Trip home",
            "If you finish the season, or if we let you go early for any reason other "
            "than cause, we buy your ticket back to Kingston and pay the meal allowance "
            "for the trip.",
        ),
        (
            "Visa",
            "The U.S. visa fee, the appointment (visa processing) fee and any border fees "
            "are reimbursed in full in your first workweek. Keep your receipts.",
        ),
        (
            "Tools and gear",
            "Mowers, trimmers, hand tools, gloves, safety glasses, ear protection "
            "and two uniform shirts are provided free. No deposit is taken and "
            "nothing is deducted for them. Fuel for the equipment is paid by the "
            "company.",
        ),
        (
            "Housing",
            "A shared two-bedroom apartment at 18 Cedar Lane, Chesapeake, with "
            "utilities, at no cost to you.",
        ),
        (
            "Daily transport",
            "Company vans carry crews free of charge between the apartment, the "
            "yard and the worksites.",
        ),
        (
            "Requirements",
            "Three months of experience in landscaping or farm work; able to lift "
            "50 pounds and to work outdoors in summer heat. No English test is "
            "required.",
        ),
    ]
    table(pdf, rows, [120, 384], size=9, fam="lsans", zebra=(238, 246, 240), line=(150, 170, 155))
    para(pdf, "Ending the job", 11, "B", "lsans", color=green, after=2)
    para(
        pdf,
        "We may dismiss you for cause, for example repeated unsafe conduct after written "
        "warnings. If you miss 5 consecutive workdays without our permission we may treat "
        "it as abandonment of the job and notify the government as the law requires. You "
        "may resign at any time.",
        10,
    )
    para(pdf, "If the work becomes impossible", 11, "B", "lsans", color=green, after=2)
    para(
        pdf,
        "If a fire, hurricane, flood or another event beyond our control makes the work "
        "impossible and the Department of Labor agrees, the contract may end early. We "
        "will still pay the guarantee up to that date and your trip home, and we will try "
        "to place you with another employer.",
        10,
    )
    para(pdf, "Your rights", 11, "B", "lsans", color=green, after=2)
    para(
        pdf,
        "No one may charge you a fee to get or keep this job. Tidewater Green will never "
        "hold your passport, visa or ID card. You may complain to us or to the U.S. "
        "Department of Labor (1-866-487-9243) about pay or safety without any penalty, and "
        "a complaint will never affect whether we invite you back next season.",
        10,
    )
    para(
        pdf,
        "Please sign below and return a copy through Blue Mahoe or by e-mail. We look "
        "forward to working with you.",
        10,
    )
    para(pdf, "Sincerely,", 10, after=0)
    sig_block(
        pdf,
        "Marjorie L. Batten, HR Manager\nTidewater Green Landscape Services, Inc.",
        "Accepted: Desmond A. Whyte\nDate: ____________________",
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al02


def al02(out):
    def foot(p):
        p.set_y(-44)
        font(p, 7.5, "", "serif", (60, 60, 60))
        p.cell(
            0,
            10,
            f"Hoja {p.page_no()} de {{nb}}          Rúbrica LA GESTORA ______    "
            "Rúbrica LA TRABAJADORA ______",
            align="C",
        )

    pdf = Doc("Letter", "serif", (62, 54, 62), 60, None, foot)
    pdf.add_page()
    para(
        pdf,
        "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTIÓN MIGRATORIA Y LABORAL",
        11.5,
        "B",
        align="C",
        after=3,
    )
    para(pdf, "Programa de visas H-2B · Temporada de jaiba 2026", 9.5, "I", align="C", after=10)
    para(
        pdf,
        "Convenio que celebran por una parte Reclutamiento y Enlace Costero del Pacífico, "
        "S. de R.L. de C.V., representada por el Lic. Héctor Manuel Osuna Beltrán, a quien "
        "en lo sucesivo se denominará LA GESTORA, y por la otra la C. María Guadalupe "
        "Inzunza Lerma, con domicilio en calle Benito Juárez 118, Villa Juárez, Navolato, "
        "Sinaloa, a quien se denominará LA TRABAJADORA, al tenor de las siguientes "
        "declaraciones y cláusulas:",
        9.5,
        after=8,
    )
    para(pdf, "D E C L A R A C I O N E S", 10, "B", align="C", after=5)
    para(
        pdf,
        "I. Declara LA GESTORA que tiene su domicilio en avenida Insurgentes 1450, local 3, "
        "colonia Centro, Culiacán, Sinaloa, y que colabora con la empresa estadounidense "
        "MARSH HARBOR SEAFOOD CO., INC., con domicilio en 410 Wharf Road, Fishing Creek, "
        "Maryland 21634, Estados Unidos (en adelante EL PATRÓN), en la selección de "
        "personal para la temporada 2026.",
        9.5,
    )
    para(
        pdf,
        "II. Declara LA TRABAJADORA que es mayor de edad, que cuenta con pasaporte "
        "vigente, que tiene experiencia de al menos una temporada en el pelado de camarón "
        "o de jaiba y que desea participar en el proceso de visa H-2B.",
        9.5,
        after=8,
    )
    para(pdf, "C L Á U S U L A S", 10, "B", align="C", after=5)
    clauses = [
        (
            "PRIMERA. Objeto.",
            "LA GESTORA integrará el expediente de LA TRABAJADORA, lo "
            "registrará ante EL PATRÓN, le dará seguimiento a la petición y la acompañará a su cita "
            "consular en Monterrey, Nuevo León.",
        ),
        (
            "SEGUNDA. Puesto.",
            "LA TRABAJADORA laborará como picadora de jaiba: extraer la carne "
            "de la jaiba cocida, separarla por tipo, pesarla y empacarla en contenedores, y "
            "mantener limpia su mesa de trabajo.",
        ),
        (
            "TERCERA. Lugar y temporada.",
            "El trabajo se realizará en la planta de EL PATRÓN en "
            "Fishing Creek, Maryland, del 1 de abril al 15 de noviembre de 2026.",
        ),
        (
            "CUARTA. Salario.",
            "EL PATRÓN pagará $16.42 dólares por hora o $3.25 dólares por "
            "libra de carne empacada, lo que resulte mayor, con pago cada semana. La jornada será "
            "la que determine EL PATRÓN según la llegada de producto.",
        ),
        (
            "QUINTA. Aportación por gestión.",
            "Por los servicios descritos en la cláusula "
            "PRIMERA, LA TRABAJADORA cubrirá a LA GESTORA una aportación de ocho mil quinientos "
            "pesos mexicanos, pagaderos en dos exhibiciones: la mitad a la firma de este convenio "
            "y la mitad al recibir la fecha de cita.",
        ),
        (
            "SEXTA. Garantía de cumplimiento.",
            "Para garantizar que se presente a trabajar y "
            "concluya la temporada, LA TRABAJADORA firmará en este acto un pagaré a favor de LA "
            "GESTORA por la cantidad de $2,000.00 dólares americanos, que le será devuelto a su "
            "regreso a México.",
        ),
    ]
    for title, body in clauses:
        para(pdf, f"{title} {body}", 9.5, after=6)
    pdf.add_page()
    clauses2 = [
        (
            "SÉPTIMA. Gastos consulares.",
            "El pago de derechos de la visa (MRV), de 205 dólares, "
            "corre por cuenta de LA TRABAJADORA y no es reembolsable. EL PATRÓN reembolsará a LA "
            "TRABAJADORA, con el salario de la primera semana, el autobús de Culiacán a Monterrey, "
            "el hospedaje de la noche de la cita y el viaje de Monterrey a Maryland.",
        ),
        (
            "OCTAVA. Vivienda.",
            "EL PATRÓN proporciona vivienda en las casas de la compañía junto "
            "a la planta, sin costo de renta.",
        ),
        (
            "NOVENA. Regreso.",
            "Al terminar la temporada, EL PATRÓN pagará el autobús de regreso "
            "de Maryland a Culiacán.",
        ),
        (
            "DÉCIMA. Herramientas.",
            "Cuchillos, guantes de malla, mandiles y botas de hule se "
            "entregan sin costo y no se cobra depósito por ellos.",
        ),
        (
            "DÉCIMA PRIMERA. Descuentos.",
            "Del cheque semanal solo se descontarán los impuestos "
            "federales y estatales y las cuotas del Seguro Social de Estados Unidos.",
        ),
        (
            "DÉCIMA SEGUNDA. Documentos.",
            "LA TRABAJADORA conservará en todo momento su "
            "pasaporte y su visa; LA GESTORA únicamente recibirá copias fotostáticas para "
            "integrar el expediente.",
        ),
        (
            "DÉCIMA TERCERA. Quejas.",
            "LA TRABAJADORA podrá presentar cualquier queja ante la "
            "Secretaría del Trabajo y Previsión Social sin que ello afecte su participación en "
            "futuras temporadas.",
        ),
        (
            "DÉCIMA CUARTA. Jurisdicción.",
            "Para la interpretación y cumplimiento de este "
            "convenio las partes se someten a los tribunales de Culiacán, Sinaloa, renunciando a "
            "cualquier otro fuero.",
        ),
    ]
    for title, body in clauses2:
        para(pdf, f"{title} {body}", 9.5, after=6)
    para(
        pdf,
        "Leído que fue el presente convenio y enteradas las partes de su contenido y "
        "alcance, lo firman por duplicado en Culiacán, Sinaloa, a 19 de enero de 2026.",
        9.5,
        after=6,
    )
    sig_block(
        pdf,
        "LA GESTORA\nLic. Héctor Manuel Osuna Beltrán\nReclutamiento y Enlace "
        "Costero del Pacífico, S. de R.L. de C.V.",
        "LA TRABAJADORA\nMaría Guadalupe Inzunza Lerma",
        gap=40,
    )
    y = pdf.get_y() + 18
    x = pdf.w - pdf.r_margin - 90
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(x, y, 80, 90)
    pdf.set_xy(x, y + 92)
    font(pdf, 7.5)
    pdf.cell(80, 10, "Huella digital", align="C")
    pdf.output(str(out))


# --------------------------------------------------------------------------- al03


CHAT03 = [
    ("day", "12 DE ENERO DE 2026"),
    (
        "in",
        "Buenas tardes Karla, le escribe Yessenia de Agencia Puente Catracho de Empleos. Ya "
        "tenemos las plazas para hoteles en Myrtle Beach, Carolina del Sur, temporada del 1 "
        "de abril al 31 de octubre de 2026.",
        "3:41 p. m.",
    ),
    (
        "in",
        "Puestos: camarista (limpieza de habitaciones), lavandería y ayudante de cocina. Pago "
        "de $14.25 la hora, de 35 a 40 horas por semana, le pagan cada viernes.",
        "3:42 p. m.",
    ),
    (
        "in",
        "Solo piden experiencia de 6 meses en limpieza o en hotel, no piden inglés.",
        "3:42 p. m.",
    ),
    (
        "out",
        "Buenas tardes licenciada, me interesa lo de camarista. ¿Cuánto es el costo?",
        "3:50 p. m.",
    ),
    (
        "in",
        "Para asegurar su cupo son L 38,000 de trámite, se depositan a la cuenta de la "
        "agencia en Banco Atlántida. Sin ese depósito no la puedo meter en la lista.",
        "3:52 p. m.",
    ),
    ("out", "Es mucho, no tengo todo ese dinero ahorita", "3:55 p. m."),
    (
        "in",
        "No se preocupe, la agencia le presta lo que le falte y allá el hotel se lo va "
        "descontando de su cheque con un interés del 8 % mensual hasta que quede saldado.",
        "3:57 p. m.",
    ),
    (
        "in",
        "También necesita el examen médico en la Clínica San Rafael de San Pedro Sula, cuesta "
        "L 2,800 y lo paga usted, sin ese examen no hay cita.",
        "3:58 p. m.",
    ),
    ("out", "¿Y la visa quién la paga?", "4:03 p. m."),
    (
        "in",
        "La visa la paga usted en el banco ($205), pero el patrón se la devuelve completa en "
        "el primer cheque, guarde el recibo.",
        "4:05 p. m.",
    ),
    ("out", "¿Y el pasaje?", "4:05 p. m."),
    (
        "in",
        "El boleto de San Pedro a Charlotte y el bus hasta el hotel también se los "
        "reembolsan la primera semana.",
        "4:06 p. m.",
    ),
    (
        "in",
        "La vivienda es en apartamentos del hotel, compartidos de 4 personas. Son $115 "
        "semanales de renta que el hotel descuenta del cheque, ya con luz y agua.",
        "4:07 p. m.",
    ),
    (
        "in",
        "Del cheque solo le rebajan los impuestos, la renta y, si pidió préstamo, la cuota "
        "del préstamo.",
        "4:07 p. m.",
    ),
    ("out", "¿Y de regreso?", "4:10 p. m."),
    ("in", "El regreso lo paga el hotel si termina la temporada completa.", "4:11 p. m."),
    (
        "in",
        "Mándeme foto de su pasaporte y de su tarjeta de identidad por aquí. El original lo "
        "guarda usted, solo ocupo la foto.",
        "4:11 p. m.",
    ),
    ("out", "Ok gracias, le confirmo el lunes", "4:20 p. m."),
]


def _chat_layout(pdf, W, msgs, top):
    """Return list of drawing ops and total height."""
    ops = []
    y = top
    maxw = W * 0.74
    size = 10.5
    for m in msgs:
        if m[0] == "day":
            ops.append(("day", y, m[1]))
            y += 30
            continue
        kind, text, ts = m
        h = cell_height(pdf, maxw - 20, text, size, "", "sans", 1.3)
        bh = h + 8 + 14
        ops.append((kind, y, text, ts, h, bh))
        y += bh + 8
    return ops, y


def al03(out):
    W = 360
    probe = Doc((W, 800), "sans")
    probe.add_page()
    ops, end = _chat_layout(probe, W, CHAT03, 84)
    H = end + 50
    pdf = Doc((W, H), "sans", (0, 0, 0), 0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 229, 221)
    pdf.rect(0, 0, W, H, style="F")
    # status + top bar
    pdf.set_fill_color(5, 80, 70)
    pdf.rect(0, 0, W, 18, style="F")
    font(pdf, 7.5, "", "sans", (255, 255, 255))
    pdf.set_xy(10, 4)
    pdf.cell(0, 10, "16:21")
    pdf.set_xy(W - 60, 4)
    pdf.cell(50, 10, "4G  82 %", align="R")
    pdf.set_fill_color(7, 94, 84)
    pdf.rect(0, 18, W, 52, style="F")
    pdf.set_fill_color(190, 200, 205)
    pdf.ellipse(30, 26, 34, 34, style="F")
    font(pdf, 12, "B", "sans", (255, 255, 255))
    pdf.set_xy(72, 28)
    pdf.cell(0, 14, "Lic. Yessenia Visas H2B")
    font(pdf, 8, "", "sans", (210, 235, 230))
    pdf.set_xy(72, 45)
    pdf.cell(0, 10, "en línea")
    font(pdf, 14, "B", "sans", (255, 255, 255))
    pdf.set_xy(8, 34)
    pdf.cell(16, 14, "←")
    maxw = W * 0.74
    for op in ops:
        if op[0] == "day":
            _, y, t = op
            font(pdf, 7.5, "", "sans", (80, 80, 80))
            tw = pdf.get_string_width(t) + 16
            pdf.set_fill_color(225, 243, 251)
            pdf.rect((W - tw) / 2, y + 6, tw, 16, style="F")
            pdf.set_xy((W - tw) / 2, y + 9)
            pdf.cell(tw, 10, t, align="C")
            continue
        kind, y, text, ts, h, bh = op
        font(pdf, 10.5, "", "sans")
        longest = max(
            pdf.get_string_width(line)
            for line in pdf.multi_cell(maxw - 20, 10.5 * 1.3, text, dry_run=True, output="LINES")
        )
        bw = min(maxw, longest + 26)
        x = 10 if kind == "in" else W - 10 - bw
        pdf.set_fill_color(*((255, 255, 255) if kind == "in" else (220, 248, 198)))
        pdf.rect(x, y, bw, bh, style="F", round_corners=True, corner_radius=6)
        pdf.set_xy(x + 10, y + 5)
        font(pdf, 10.5, "", "sans", (20, 20, 20))
        pdf.multi_cell(bw - 20, 10.5 * 1.3, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        font(pdf, 7, "", "sans", (120, 120, 120))
        stamp = ts + ("  ✓✓" if kind == "out" else "")
        pdf.set_xy(x + 10, y + 5 + h + 1)
        pdf.cell(bw - 18, 10, stamp, align="R")
    # input bar
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(8, H - 40, W - 56, 30, style="F", round_corners=True, corner_radius=14)
    font(pdf, 10, "", "sans", (150, 150, 150))
    pdf.set_xy(22, H - 31)
    pdf.cell(0, 12, "Mensaje")
    pdf.set_fill_color(0, 168, 132)
    pdf.ellipse(W - 42, H - 40, 30, 30, style="F")
    pdf.output(str(out))


# --------------------------------------------------------------------------- al04


def al04(out):
    red = (170, 30, 40)

    def head(p):
        font(p, 7, "", "lsans", (90, 90, 90))
        p.set_xy(30, 14)
        p.cell(200, 9, "2/9/26, 10:14 AM")
        p.set_xy(0, 14)
        p.cell(p.w, 9, "Crew FAQ — Bright Midway Amusements", align="C")
        p.set_xy(54, 40)

    def foot(p):
        font(p, 7, "", "lsans", (90, 90, 90))
        p.set_xy(30, p.h - 24)
        p.cell(300, 9, "https://brightmidway.example/crew/international/faq")
        p.set_xy(p.w - 130, p.h - 24)
        p.cell(100, 9, f"{p.page_no()}/{{nb}}", align="R")

    pdf = Doc("Letter", "lsans", (54, 40, 54), 44, head, foot)
    pdf.add_page()
    band(pdf, 36, 46, red)
    pdf.set_xy(54, 44)
    font(pdf, 17, "B", "lsans", (255, 230, 90))
    pdf.cell(0, 18, "BRIGHT MIDWAY AMUSEMENTS")
    pdf.set_xy(54, 63)
    font(pdf, 8.5, "", "lsans", (255, 255, 255))
    pdf.cell(0, 10, "Home    Our Shows    Book a Midway    Careers    Crew Portal")
    pdf.set_y(94)
    para(
        pdf,
        "2026 Season — Questions from International Crew Members (South Africa)",
        14,
        "B",
        color=red,
        after=4,
    )
    para(
        pdf,
        "Welcome to the show! These answers are for crew members coming on H-2B visas. "
        "Your job order and your signed work contract are the official terms; this page "
        "explains them.",
        9.5,
        color=(60, 60, 60),
        after=8,
    )
    faq = [
        (
            "Who is my employer?",
            "Bright Midway Amusements, LLC, 5120 Fairground Road, "
            "Gibsonton, Florida 33534. We are the employer named on your H-2B petition and we pay "
            "your wages.",
        ),
        (
            "What will I do?",
            "You will work as an amusement ride operator or game attendant: set "
            "up and tear down rides and game joints at each fair, run rides following the "
            "manufacturer's daily checklist, help riders on and off, and at the game joints hand "
            "out prizes and collect cash and tickets from customers.",
        ),
        (
            "Where will I work?",
            "The show travels a fixed route of fairs: Plant City, Florida; "
            "Perry, Georgia; Columbia, South Carolina; Raleigh, North Carolina; and Richmond, "
            "Virginia. The route sheet with dates is attached to your job order.",
        ),
        ("When does the season start and end?", "March 16, 2026 to November 8, 2026."),
        (
            "How many hours will I work?",
            "40 hours per week, over five or six days. Fair shifts "
            "usually run from 1:00 p.m. to 11:00 p.m. with two breaks; teardown nights can run "
            "later and all of those hours are paid.",
        ),
        (
            "How much will I earn?",
            "$15.14 per hour for every hour worked, including set-up, "
            "teardown and the drive between fairs. Hours over 40 in a workweek are paid at $22.71 "
            "per hour. If the prevailing wage or any minimum wage in a state on the route is "
            "higher than $15.14, we pay the higher rate there.",
        ),
        (
            "When do I get paid?",
            "Every Tuesday, for the week before, by pay card or by direct "
            "deposit. Each pay stub shows the hours you were offered, the hours you worked, your "
            "rate, your gross pay, every deduction and your net pay.",
        ),
        (
            "What comes out of my pay?",
            "Only U.S. federal income tax, Social Security and "
            "Medicare, state income tax where a state requires it, and court-ordered "
            "garnishments. Nothing else.",
        ),
        (
            "Do I pay anything to get this job?",
            "No. Bright Midway pays Ubuntu Seasonal Careers "
            "(Pty) Ltd for recruiting you in South Africa. No one — not Ubuntu, not a crew chief, "
            'not us — may charge you a fee, a deposit or a "donation". If anyone asks you for '
            "money, tell the office.",
        ),
        (
            "Who pays for my visa?",
            "You pay the visa fee at the U.S. Consulate in Johannesburg, "
            "keep the receipt, and we refund the full amount with your first paycheck.",
        ),
    ]
    faq2 = [
        (
            "How do I get to the show, and home again?",
            "We reimburse your flight from "
            "Johannesburg to Tampa, and meal money for each travel day, in your first workweek. At "
            "the end of the season, or if we let you go early for a reason other than "
            "misconduct, we book and pay your flight home.",
        ),
        (
            "Where will I live?",
            "In bunkhouse trailers on the fair lot, with beds, showers, air "
            "conditioning and laundry, at no charge. You are free to come and go when you are off "
            "duty, and you may live elsewhere if you prefer.",
        ),
        (
            "What about food?",
            "Crew members cook for themselves in the kitchen trailer; we supply "
            "the stoves, fridges and cooking gas free of charge. Coffee in the crew office is "
            "free.",
        ),
        (
            "Do I need to buy tools or work clothes?",
            "No. Tools, harnesses, radios, gloves, "
            "safety glasses and two crew T-shirts are given to you free. You never pay a deposit "
            "for equipment, and if a ride part breaks the repair is never charged to a crew "
            "member.",
        ),
        (
            "What do I need to qualify?",
            "You must be 18 or older, have 3 months of experience in "
            "ride operation, construction or mechanical work, be able to lift 50 pounds and be "
            "able to work at heights with a harness.",
        ),
        (
            "How much work is guaranteed?",
            "In each 12-week period we guarantee you hours equal "
            "to three-fourths of the workdays in that period. If we fall short, we pay you the "
            "difference.",
        ),
        (
            "Can I be fired?",
            "Only for cause, after a written warning — for example drinking on "
            "duty, unsafe ride operation or fighting. If you leave the show for 5 consecutive "
            "working days without telling us, we treat it as abandonment and notify USCIS and the "
            "Department of Labor as the regulations require.",
        ),
        (
            "What happens if a fair is cancelled?",
            "If a hurricane, fire or other event makes "
            "the work impossible, we may end the contract early with the Department of Labor's "
            "approval. We still pay the guarantee up to that date and your flight home.",
        ),
        (
            "Will anyone keep my passport?",
            "No. You keep your passport and visa. The office only makes a photocopy.",
        ),
        (
            "What if I have a complaint?",
            "Talk to the crew office or call the Wage and Hour "
            "Division at 1-866-487-9243. Nobody will be punished, blacklisted or left off next "
            "season's list for asking about their rights.",
        ),
    ]

    def qa(items):
        for q, a in items:
            para(pdf, q, 10.5, "B", color=(25, 25, 25), after=1.5)
            para(pdf, a, 9.5, color=(40, 40, 40), after=7)

    qa(faq)
    pdf.add_page()
    pdf.set_y(44)
    qa(faq2)
    hline(pdf, (200, 200, 200))
    para(
        pdf,
        "© 2026 Bright Midway Amusements, LLC · Gibsonton, Florida · Crew office (813) 555-0117",
        7.5,
        color=(120, 120, 120),
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al05


def al05(out):
    def head(p):
        font(p, 8, "B", "narrow", (0, 0, 0))
        p.set_xy(54, 26)
        p.cell(0, 10, "LONE STAR THRILL SHOWS, INC.")
        font(p, 8, "", "narrow", (0, 0, 0))
        p.set_xy(54, 26)
        p.cell(0, 10, "2026 Seasonal Employment Agreement", align="R")
        p.set_draw_color(0, 0, 0)
        p.set_line_width(1.2)
        p.line(54, 40, p.w - 54, 40)
        p.set_xy(54, 54)

    def foot(p):
        p.set_y(-38)
        font(p, 7.5, "", "narrow")
        p.cell(
            0, 10, f"Page {p.page_no()} of {{nb}}          Crew member initials: ______", align="C"
        )

    pdf = Doc("Letter", "lsans", (54, 54, 54), 56, head, foot)
    pdf.add_page()
    para(pdf, "SEASONAL EMPLOYMENT AGREEMENT — H-2B CREW", 13, "B", align="C", after=2)
    para(
        pdf,
        "This agreement is between the company and crew member named below. Read both "
        "pages. Page 2 contains the Crew Rules, which are part of this agreement.",
        9,
        "I",
        align="C",
        after=10,
    )
    rows = [
        ("Employer", "Lone Star Thrill Shows, Inc., 880 County Road 117, Seguin, Texas 78155"),
        ("Crew member", "Efraín Cuapio Xochitiotzi, San Pablo del Monte, Tlaxcala, Mexico"),
        (
            "Position",
            "Carnival Ride Operator / Assembler: assemble, operate and dismantle "
            "rides; load and unload trucks; carry out the daily safety inspection of "
            "each ride.",
        ),
        (
            "Route",
            "Fairs and festivals in Texas, Oklahoma, Kansas and Nebraska, as listed on "
            "the route sheet posted in the office trailer.",
        ),
        ("Season", "April 6, 2026 – October 25, 2026"),
        ("Hours", "40 hours per week minimum; daily schedule set by the show manager."),
        ("Wage", "$14.88 per hour"),
        ("Overtime", "$22.32 per hour after 40 hours in a week"),
        ("Payday", "Every Friday, in cash or by check"),
        (
            "Deductions",
            "Taxes required by law and the items listed in the Uniforms row and in the Crew Rules.",
        ),
        (
            "Travel",
            "The bus from Tlaxcala to Seguin and the visa fees are reimbursed in the first week.",
        ),
        (
            "Return",
            "Bus fare home to Tlaxcala paid by the company at the end of the season "
            "for crew members who complete it.",
        ),
        (
            "Tools",
            "Ride tools, wrenches, safety harnesses and hard hats are supplied free of charge.",
        ),
        (
            "Uniforms",
            "Three uniform shirts ($14 each) and one cap ($9) are issued on arrival, "
            "a total of $51 deducted from the first paycheck.",
        ),
        ("Housing", "Bunk trailers on the show lot, no rent charged."),
    ]
    table(pdf, rows, [104, 400], size=9.5, fam="lsans", styles=("B", ""), line=(0, 0, 0))
    para(
        pdf,
        "The crew member may be dismissed for breaking Crew Rule 1. The company pays for "
        "the ride tickets and game prizes; ride operators collect tickets at the gate and "
        "never handle cash.",
        9.5,
        after=6,
    )
    sig_block(
        pdf,
        "For Lone Star Thrill Shows, Inc.\nRandall W. Kopecky, Show Manager",
        "Crew member\nEfraín Cuapio Xochitiotzi",
    )
    pdf.add_page()
    para(pdf, "CREW RULES", 13, "B", align="C", after=2)
    para(
        pdf,
        "Every crew member must follow these rules for the whole season.",
        9,
        "I",
        align="C",
        after=10,
    )
    rules = [
        "No alcohol or drugs on the lot or in the trucks at any time. Breaking this rule is "
        "grounds for immediate dismissal.",
        "Crew members live in the company bunk trailers during the season. Curfew is 11:00 "
        "p.m. every night, and crew members may not leave the fair lot on days off without "
        "written permission from the show manager.",
        "Season-completion holdback: $1.50 of every hour worked is held by the company and "
        "paid out only to crew members who stay until the last fair of the season.",
        "Damage to rides, trucks or trailers caused by a crew member's carelessness will be "
        "repaired at the crew member's expense through payroll deduction.",
        "All crew members attend the safety orientation on their first day. The orientation is "
        "free and the time is paid at the regular hourly rate.",
        "Each crew member keeps his own passport, visa and I-94 record.",
        "Keep your bunk clean. Trailers are inspected every Monday.",
        "Report every ride malfunction to the ride superintendent at once and lock out the "
        "ride until it is inspected.",
    ]
    pdf.set_draw_color(0, 0, 0)
    y0 = pdf.get_y()
    for i, r in enumerate(rules, 1):
        y = pdf.get_y()
        font(pdf, 10, "B", "lsans")
        pdf.set_xy(64, y)
        pdf.cell(20, 13, f"{i}.")
        font(pdf, 10, "", "lsans")
        pdf.set_xy(86, y)
        pdf.multi_cell(pdf.w - 86 - 64, 13, r, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(7)
    pdf.set_line_width(0.8)
    pdf.rect(56, y0 - 8, pdf.w - 112, pdf.get_y() - y0 + 6)
    pdf.ln(10)
    para(
        pdf, "I have read the Crew Rules, or had them read to me, and I agree to follow them.", 9.5
    )
    sig_block(pdf, "Crew member signature\nEfraín Cuapio Xochitiotzi", "Date")
    pdf.output(str(out))


# --------------------------------------------------------------------------- al06


def al06(out):
    pdf = Doc("Letter", "lsans", (40, 30, 40), 20)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    navy = (16, 42, 92)
    band(pdf, 0, 150, navy)
    pdf.set_fill_color(230, 30, 40)
    pdf.rect(0, 150, pdf.w, 8, style="F")
    pdf.set_xy(40, 24)
    font(pdf, 30, "B", "lsans", (255, 214, 0))
    pdf.multi_cell(
        0, 34, "¡TRABAJA LEGAL EN\nESTADOS UNIDOS!", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    font(pdf, 15, "B", "lsans", (255, 255, 255))
    pdf.set_x(40)
    pdf.cell(0, 22, "VISA DE TRABAJO H-2B  ·  JARDINERÍA  ·  TEMPORADA 2026", align="C")
    pdf.set_xy(40, 126)
    font(pdf, 10.5, "", "lsans", (200, 215, 255))
    pdf.cell(0, 14, "Empresas de jardinería en Texas y Carolina del Norte", align="C")
    pdf.set_y(176)
    para(pdf, "¿Qué harás?", 13, "B", color=navy, after=1)
    para(
        pdf,
        "Cortar pasto, podar arbustos, plantar flores, poner mantillo y limpiar jardines "
        "de casas, oficinas y fraccionamientos.",
        11,
        after=8,
    )
    col = [
        "Pago desde $16.30 dólares la hora",
        "Semanas de 40 horas o más",
        "Pago cada semana",
        "Salida: 2 de marzo de 2026",
        "Fin de contrato: 20 de noviembre de 2026",
        "Regreso a México pagado por el patrón al terminar la temporada",
        "La visa (MRV) te la reembolsa el patrón en tu primer cheque",
        "El patrón te da las herramientas y el equipo de trabajo sin costo",
    ]
    for c in col:
        y = pdf.get_y()
        font(pdf, 12, "B", "sans", (0, 150, 70))
        pdf.set_xy(50, y)
        pdf.cell(18, 16, "✔")
        font(pdf, 11, "", "lsans")
        pdf.set_xy(70, y + 1)
        pdf.multi_cell(0, 14, c, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.ln(6)
    para(
        pdf,
        "Requisitos: hombres de 21 a 45 años, pasaporte vigente y experiencia en "
        "jardinería o trabajo de campo.",
        11,
        "B",
        after=10,
    )
    # costs box
    costs = [
        "Pago de trámite: $9,800 MXN (la mitad al inscribirte y la mitad al tener cita)",
        "Plática de orientación y examen práctico de jardinería: $1,350 MXN",
        "Transporte a Monterrey, hotel de la cita y camión hasta la frontera: por tu cuenta, "
        "no se reembolsan.",
    ]
    cw = pdf.w - 72 - 56
    box_h = 34 + sum(cell_height(pdf, cw, c, 11, "", "lsans", 14.5 / 11) + 6 for c in costs) + 6
    y0 = pdf.get_y()
    pdf.set_fill_color(255, 244, 200)
    pdf.rect(40, y0, pdf.w - 80, box_h, style="F")
    pdf.set_draw_color(230, 150, 0)
    pdf.set_line_width(1.5)
    pdf.rect(40, y0, pdf.w - 80, box_h)
    pdf.set_xy(52, y0 + 10)
    font(pdf, 13, "B", "lsans", (180, 60, 0))
    pdf.cell(0, 16, "COSTOS DEL PROCESO")
    pdf.set_y(y0 + 34)
    for c in costs:
        y = pdf.get_y()
        font(pdf, 11, "", "sans", (180, 60, 0))
        pdf.set_xy(54, y)
        pdf.cell(16, 15, "►")
        font(pdf, 11, "", "lsans")
        pdf.set_xy(72, y + 1)
        pdf.multi_cell(cw, 14.5, c, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
    pdf.set_y(y0 + box_h + 14)
    font(pdf, 20, "B", "lsans", (230, 30, 40))
    pdf.cell(
        0, 26, "¡CUPO LIMITADO! APARTA TU LUGAR HOY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(8)
    para(pdf, "¿Cómo te inscribes?", 13, "B", color=navy, after=2)
    steps = [
        "Manda tu nombre completo, tu edad y una foto de tu pasaporte por WhatsApp.",
        "Ven a la oficina a firmar tu registro y a recibir tu ficha con la fecha de la plática.",
        "Cuando salga tu cita consular te llamamos y te decimos qué día viajas a Monterrey.",
    ]
    for i, st in enumerate(steps, 1):
        y = pdf.get_y()
        pdf.set_fill_color(*navy)
        pdf.ellipse(50, y, 16, 16, style="F")
        font(pdf, 9, "B", "lsans", (255, 255, 255))
        pdf.set_xy(50, y + 3)
        pdf.cell(16, 10, str(i), align="C")
        font(pdf, 10.5, "", "lsans")
        pdf.set_xy(74, y + 2)
        pdf.multi_cell(pdf.w - 74 - 50, 13.5, st, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(5)
    band(pdf, pdf.h - 96, 96, navy)
    pdf.set_xy(40, pdf.h - 86)
    font(pdf, 11, "B", "lsans", (255, 255, 255))
    pdf.cell(
        0, 15, "Trámites y Empleos Valle del Norte", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    font(pdf, 10, "", "lsans", (255, 255, 255))
    pdf.set_x(40)
    pdf.cell(
        0,
        14,
        "Informes: Lic. Rogelio Tamez  ·  WhatsApp 81 5555 0193",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(40)
    pdf.cell(
        0,
        14,
        "Calle Zaragoza 311, Centro, Linares, N.L.  ·  Lunes a sábado de 9 a 6",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    font(pdf, 7, "", "lsans", (190, 200, 230))
    pdf.set_x(40)
    pdf.cell(
        0,
        12,
        "Trámites y Empleos Valle del Norte no es el patrón; solo gestionamos tu "
        "registro ante las empresas.",
        align="C",
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al07


def al07(out):
    teal = (0, 96, 110)

    def head(p):
        band(p, 0, 8, (232, 180, 90))
        p.set_xy(54, 24)
        font(p, 18, "B", "lserif", teal)
        p.cell(0, 22, "Sandpiper Dunes Resort")
        p.set_xy(54, 48)
        font(p, 8, "", "lsans", (90, 90, 90))
        p.cell(
            0,
            10,
            "Sandpiper Dunes Resort & Conference Center, LLC  ·  1500 Seabrook "
            "Parkway, Ocean Isle Beach, NC 28469  ·  (910) 555-0182",
        )
        p.set_draw_color(*teal)
        p.set_line_width(0.8)
        p.line(54, 64, p.w - 54, 64)
        p.set_xy(54, 78)

    pdf = Doc("Letter", "lsans", (54, 78, 54), 36, head, None)
    pdf.add_page()
    para(pdf, "February 2, 2026", 9.5, after=4)
    para(pdf, "Ms. Shanique Powell-Reid\nLilliput District, St. James, Jamaica", 9.5, after=6)
    para(pdf, "Dear Ms. Powell-Reid,", 9.5, after=4)
    para(
        pdf,
        "We are happy to offer you seasonal H-2B employment with Sandpiper Dunes Resort "
        "& Conference Center, LLC as a Room Attendant. Your file was handled by our "
        "Jamaica liaison, Coral Gate Staffing Services Ltd., which is paid by the Resort. "
        "The main terms are below.",
        9.5,
        after=6,
    )
    rows = [
        (
            "Position",
            "Room Attendant: clean and prepare guest rooms and suites, restock "
            "amenities, note minibar items used so the front desk can bill the guest, "
            "and report maintenance needs.",
        ),
        (
            "Work location",
            "Sandpiper Dunes Resort, 1500 Seabrook Parkway, Ocean Isle Beach, North Carolina",
        ),
        ("Dates", "April 15, 2026 to October 31, 2026"),
        ("Schedule", "40 hours per week, five days, 8:00 a.m. to 4:30 p.m."),
        (
            "Pay",
            "$15.02 per hour; overtime at $22.53 per hour after 40 hours. If a higher "
            "prevailing or minimum wage applies during the season, you receive it.",
        ),
        (
            "Payday",
            "Every other Friday, by direct deposit. Each pay stub lists your hours "
            "offered and worked, your rate and every deduction.",
        ),
        (
            "Requirements",
            "Six months of housekeeping experience in a hotel, guest house or hospital.",
        ),
    ]
    table(
        pdf,
        rows,
        [100, 404],
        size=9,
        fam="lsans",
        line=(160, 190, 195),
        zebra=(236, 246, 247),
        after=6,
    )
    para(pdf, "Costs and deductions", 11, "B", "lserif", color=teal, after=2)
    bullets(
        pdf,
        [
            "Your visa fee and your flight from Montego Bay to Wilmington are reimbursed with your "
            "first paycheck.",
            "When you complete the season we pay your flight home to Montego Bay.",
            "Housing: a shared room in the Resort's staff dormitory is provided free of rent.",
            "Group health insurance is a condition of employment for all seasonal staff; the "
            "employee premium of $41.60 per pay period is deducted from each paycheck.",
            "Meals: team members receive two meals per shift in the staff cafeteria, and $6.50 per "
            "shift is deducted for this meal plan.",
            "Uniforms, cleaning supplies and carts are provided at no cost, with no deposit.",
            "Deductions from your pay: federal income tax, Social Security and Medicare, the "
            "insurance premium and the meal plan listed above.",
            "Complimentary coffee and tea are available in the staff lounge.",
        ],
        size=9,
        fam="lsans",
        after=2,
    )
    pdf.ln(2)
    para(
        pdf,
        "Please sign and return this letter to Coral Gate by February 16, 2026. We look "
        "forward to welcoming you to the Sandpiper team.",
        9.5,
        after=0,
    )
    sig_block(
        pdf,
        "Travis Honeycutt, Director of Human Resources",
        "Accepted: Shanique Powell-Reid",
        gap=26,
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al08


AL08_ROWS = [
    (
        "1. Employer",
        "Bayou Teche Crawfish & Seafood, L.L.C., 3016 Catahoula Highway, Breaux "
        "Bridge, Louisiana 70517.",
        "1. Empleador",
        "Bayou Teche Crawfish & Seafood, L.L.C., 3016 Catahoula Highway, Breaux "
        "Bridge, Luisiana 70517.",
    ),
    (
        "2. Job",
        "Seafood processing worker: sort and wash live crawfish, boil, peel and devein "
        "tails, weigh and pack the meat, and clean the plant at the end of the shift.",
        "2. Puesto",
        "Trabajador de procesamiento de mariscos: seleccionar y lavar langostino "
        "vivo, hervir, pelar y desvenar colas, pesar y empacar la carne, y limpiar la planta al "
        "final del turno.",
    ),
    (
        "3. Place",
        "The company plant at 3016 Catahoula Highway, Breaux Bridge, Louisiana.",
        "3. Lugar",
        "La planta de la empresa en 3016 Catahoula Highway, Breaux Bridge, Luisiana.",
    ),
    (
        "4. Dates",
        "February 2, 2026 to June 30, 2026.",
        "4. Fechas",
        "Del 2 de febrero al 30 de junio de 2026.",
    ),
    (
        "5. Hours",
        "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m., with a 30-minute meal break.",
        "5. Horario",
        "40 horas por semana, de lunes a viernes, de 6:00 a.m. a 2:30 p.m., con 30 "
        "minutos para comer.",
    ),
    (
        "6. Pay",
        "$13.98 per hour. Peelers also earn $0.50 per pound over 30 pounds a day as a "
        "production bonus; the bonus is paid every week with wages and is never held back.",
        "6. Pago",
        "$13.98 por hora. Los peladores ganan además $0.50 por libra arriba de 30 "
        "libras al día como bono de producción; el bono se paga cada semana con el salario y "
        "nunca se retiene.",
    ),
    (
        "7. Higher wage",
        "If a higher prevailing wage or minimum wage takes effect, the higher "
        "rate is paid from that date.",
        "7. Salario más alto",
        "Si entra en vigor un salario prevaleciente o mínimo más alto, se "
        "paga la tarifa más alta desde esa fecha.",
    ),
    (
        "8. Overtime",
        "$20.97 per hour for hours over 40 in a week.",
        "8. Horas extra",
        "$20.97 por hora por las horas arriba de 40 en la semana.",
    ),
    (
        "9. Payday",
        "Every Friday. Each pay stub shows hours offered, hours worked, rate, gross "
        "pay, deductions and net pay.",
        "9. Día de pago",
        "Cada viernes. Cada talón de pago muestra las horas ofrecidas, las horas "
        "trabajadas, la tarifa, el pago bruto, los descuentos y el pago neto.",
    ),
    (
        "10. Deductions",
        "Federal and state income tax, Social Security and Medicare. A worker "
        "may ask for part of the wages already earned in the week to be paid early; that amount "
        "is simply subtracted from Friday's check, with no interest or fee.",
        "10. Descuentos",
        "Impuestos federal y estatal, Seguro Social y Medicare. El trabajador "
        "puede pedir que se le adelante parte del salario ya ganado en la semana; esa cantidad "
        "solo se resta del cheque del viernes, sin interés ni cargo.",
    ),
    (
        "11. Guarantee",
        "The company guarantees hours equal to three-fourths of the workdays in "
        "each 6-week period; any shortfall is paid.",
        "11. Garantía",
        "La empresa garantiza horas equivalentes a tres cuartas partes de los días "
        "laborables de cada periodo de 6 semanas; lo que falte se paga.",
    ),
    (
        "12. Travel here",
        "The bus from Pachuca, Hidalgo, to Breaux Bridge and meals on the road "
        "are reimbursed in the first workweek.",
        "12. Viaje de ida",
        "El autobús de Pachuca, Hidalgo, a Breaux Bridge y las comidas del "
        "camino se reembolsan en la primera semana de trabajo.",
    ),
    (
        "13. Trip home",
        "The company pays the bus back to Pachuca when the contract ends, or if "
        "the worker is let go early for any reason other than cause.",
        "13. Regreso",
        "La empresa paga el autobús de regreso a Pachuca al terminar el contrato, "
        "o si despide al trabajador antes por cualquier motivo que no sea una causa justificada.",
    ),
    (
        "14. Visa",
        "The visa fee and the border-crossing fee are paid back in full in the first workweek.",
        "14. Visa",
        "La cuota de la visa y la cuota de cruce fronterizo se devuelven completas en "
        "la primera semana de trabajo.",
    ),
    (
        "15. Equipment",
        "Knives, gloves, aprons, rubber boots and hairnets are free. No deposit is asked for them.",
        "15. Equipo",
        "Cuchillos, guantes, mandiles, botas de hule y redes para el cabello son "
        "gratis. No se pide depósito por ellos.",
    ),
    (
        "16. Housing",
        "Company houses on Catahoula Highway, with utilities, at no charge.",
        "16. Vivienda",
        "Casas de la empresa en Catahoula Highway, con luz y agua, sin costo.",
    ),
    (
        "17. Requirements",
        "No experience required. Must be able to stand for 8 hours and lift 40 pounds.",
        "17. Requisitos",
        "No se requiere experiencia. Debe poder estar de pie 8 horas y levantar 40 libras.",
    ),
    (
        "18. Ending the job",
        "Dismissal only for cause after a warning. Five workdays in a row "
        "missed without notice count as abandonment, which the company must report.",
        "18. Terminación",
        "Despido solo por causa justificada después de una advertencia. Cinco "
        "días seguidos de faltas sin aviso cuentan como abandono, que la empresa debe reportar.",
    ),
    (
        "19. If work stops",
        "If a hurricane, flood or fire makes the work impossible, the "
        "contract may end early with Department of Labor approval; the guarantee to that date and "
        "the trip home are still paid.",
        "19. Si se para el trabajo",
        "Si un huracán, inundación o incendio hace imposible el "
        "trabajo, el contrato puede terminar antes con aprobación del Departamento del Trabajo; "
        "se pagan la garantía hasta esa fecha y el viaje de regreso.",
    ),
    (
        "20. Your rights",
        "Nobody may charge you for this job. You keep your passport. Coffee "
        "and water in the break room are free. You may complain to the Department of Labor "
        "without losing your job or your place next season.",
        "20. Sus derechos",
        "Nadie le puede cobrar por este trabajo. Usted guarda su pasaporte. "
        "El café y el agua en el comedor son gratis. Puede quejarse ante el Departamento del "
        "Trabajo sin perder su empleo ni su lugar en la próxima temporada.",
    ),
]


def al08(out):
    def head(p):
        font(p, 9, "B", "cond", (120, 40, 20))
        p.set_xy(40, 24)
        p.cell(0, 10, "BAYOU TECHE CRAWFISH & SEAFOOD, L.L.C.")
        font(p, 8, "", "cond", (90, 90, 90))
        p.set_xy(40, 24)
        p.cell(0, 10, "Work Contract / Contrato de Trabajo — H-2B 2026", align="R")
        p.set_draw_color(120, 40, 20)
        p.set_line_width(0.8)
        p.line(40, 38, p.w - 40, 38)
        p.set_xy(40, 48)

    def foot(p):
        p.set_y(-30)
        font(p, 7.5, "", "cond", (110, 110, 110))
        p.cell(0, 10, f"{p.page_no()} / {{nb}}", align="C")

    pdf = Doc("Letter", "cond", (40, 48, 40), 40, head, foot)
    pdf.add_page()
    para(pdf, "WORK CONTRACT", 13, "B", w=(pdf.w - 80) / 2, after=0)
    pdf.set_xy(pdf.w / 2 + 6, pdf.get_y() - 13 * 1.32)
    para(pdf, "CONTRATO DE TRABAJO", 13, "B", after=4)
    y = pdf.get_y()
    half = (pdf.w - 80) / 2 - 6
    para(
        pdf,
        "Worker: Juan Carlos Tolentino Ángeles, Tepeji del Río, Hidalgo, Mexico. This "
        "contract repeats the terms of the certified H-2B job order.",
        9,
        w=half,
        after=0,
    )
    y1 = pdf.get_y()
    pdf.set_xy(pdf.w / 2 + 6, y)
    para(
        pdf,
        "Trabajador: Juan Carlos Tolentino Ángeles, Tepeji del Río, Hidalgo, México. "
        "Este contrato repite las condiciones de la orden de trabajo H-2B certificada.",
        9,
        after=0,
    )
    pdf.set_y(max(y1, pdf.get_y()) + 8)
    col = (pdf.w - 80) / 2
    rows = [(f"{a}\n{b}", f"{c}\n{d}") for a, b, c, d in AL08_ROWS]
    _two_col(pdf, rows[:11], col)
    pdf.add_page()
    _two_col(pdf, rows[11:], col)
    pdf.ln(6)
    sig_block(
        pdf,
        "Employer / Empleador\nDwayne P. Guidry, Owner / Propietario",
        "Worker / Trabajador\nJuan Carlos Tolentino Ángeles",
        gap=30,
    )
    pdf.output(str(out))


def _two_col(pdf, rows, col):
    pad = 5
    for i, (en, es) in enumerate(rows):
        hs = []
        for t in (en, es):
            head_, body = t.split("\n", 1)
            hs.append(
                cell_height(pdf, col - 2 * pad, head_, 9, "B", "cond", 1.25)
                + cell_height(pdf, col - 2 * pad, body, 9, "", "cond", 1.25)
            )
        rh = max(hs) + 2 * pad
        if pdf.get_y() + rh > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        if i % 2 == 0:
            pdf.set_fill_color(246, 238, 230)
            pdf.rect(40, y, 2 * col, rh, style="F")
        for j, t in enumerate((en, es)):
            head_, body = t.split("\n", 1)
            x = 40 + j * col
            pdf.set_xy(x + pad, y + pad)
            font(pdf, 9, "B", "cond", (120, 40, 20))
            pdf.multi_cell(
                col - 2 * pad, 9 * 1.25, head_, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
            font(pdf, 9, "", "cond")
            pdf.multi_cell(
                col - 2 * pad, 9 * 1.25, body, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
            )
        pdf.set_draw_color(200, 170, 150)
        pdf.set_line_width(0.4)
        pdf.line(40 + col, y, 40 + col, y + rh)
        pdf.set_xy(40, y + rh)


# --------------------------------------------------------------------------- al09


AL09_ANNEX = [
    ("title", "ANNEXURE B — CANDIDATE UNDERTAKINGS"),
    ("sub", "(to be completed in ink and signed before a Commissioner of Oaths)"),
    ("gap", ""),
    (
        "p",
        "I, SIPHO DANIEL KHUMALO, identity number 9406125873089, the Candidate named in the "
        "Placement Services Agreement with Karoo Harvest Crew Placements (Pty) Ltd, declare "
        "and undertake as follows:",
    ),
    (
        "n",
        "1. I will report to the Agency's office in Bethlehem on the departure date with my "
        "passport, visa and all my documents.",
    ),
    (
        "n",
        "2. I agree that my passport will be kept by the Employer's crew manager for "
        "safekeeping for the duration of the season and returned to me at the airport on "
        "departure.",
    ),
    ("n", "3. I confirm that the information in my CV and my driving licence are true and valid."),
    (
        "n",
        "4. I have received a copy of the Employer's job order and this Agreement and I "
        "understand them.",
    ),
    (
        "n",
        "5. I understand that if I abandon my job for 5 consecutive working days without "
        "permission, the Employer is not required to pay my return airfare.",
    ),
    ("gap", ""),
    ("p", "Signed at Bethlehem on this 20th day of January 2026."),
    ("gap", ""),
    ("sig", ""),
]


def _scan_image():
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    serif = ImageFont.truetype(str(LIBER / "LiberationSerif-Regular.ttf"), 27)
    serif_b = ImageFont.truetype(str(LIBER / "LiberationSerif-Bold.ttf"), 31)
    serif_i = ImageFont.truetype(str(LIBER / "LiberationSerif-Italic.ttf"), 24)
    hand = ImageFont.truetype(str(DEJAVU / "DejaVuSans-Oblique.ttf"), 30)
    x0, maxw = 150, W - 300
    y = 170

    def wrap(text, f, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=f) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    for kind, text in AL09_ANNEX:
        if kind == "title":
            tw = d.textlength(text, font=serif_b)
            d.text(((W - tw) / 2, y), text, font=serif_b, fill=20)
            y += 48
        elif kind == "sub":
            tw = d.textlength(text, font=serif_i)
            d.text(((W - tw) / 2, y), text, font=serif_i, fill=40)
            y += 40
        elif kind == "gap":
            y += 30
        elif kind in ("p", "n"):
            ind = 0 if kind == "p" else 30
            for i, line in enumerate(wrap(text, serif, maxw - ind)):
                d.text(
                    (x0 + (ind if i else 0) + (0 if i == 0 else 0), y), line, font=serif, fill=25
                )
                y += 38
            y += 16
        elif kind == "sig":
            for i, lab in enumerate(("Candidate", "Commissioner of Oaths")):
                x = x0 + i * 520
                d.line((x, y + 90, x + 400, y + 90), fill=30, width=2)
                d.text((x, y + 100), lab, font=serif, fill=30)
            d.text((x0 + 20, y + 40), "S.D. Khumalo", font=hand, fill=60)
            # round stamp
            cx, cy, r = x0 + 760, y + 250, 110
            for k in range(3):
                d.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=110)
            d.ellipse((cx - r + 22, cy - r + 22, cx + r - 22, cy + r - 22), outline=120)
            sf = ImageFont.truetype(str(LIBER / "LiberationSans-Bold.ttf"), 20)
            for j, t in enumerate(("COMMISSIONER", "OF OATHS", "BETHLEHEM FS", "2026-01-20")):
                tw = d.textlength(t, font=sf)
                d.text((cx - tw / 2, cy - 48 + j * 25), t, font=sf, fill=105)
            d.text((x0, y + 190), "Ex officio: Attorney, Bethlehem", font=serif_i, fill=45)
    # page number as typed
    d.text((W / 2 - 60, H - 120), "Page 2 of 2", font=serif_i, fill=60)
    # scan artefacts, deterministic: speckles, grey edge, slight rotation and blur
    px = img.load()
    for i in range(2600):
        xx = (i * 7919 + (i * i) % 613) % W
        yy = (i * 104729 + (i * 31) % 977) % H
        px[xx, yy] = 150 + (i % 70)
    for yy in range(H):
        for xx in range(0, 14):
            px[xx, yy] = 200 - xx * 3
    img = img.rotate(0.9, resample=Image.BICUBIC, fillcolor=235, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    d2 = ImageDraw.Draw(img)
    d2.line((0, H - 6, W, H - 14), fill=170, width=6)
    return img


def al09(out):
    def foot(p):
        p.set_y(-40)
        font(p, 7.5, "", "lserif", (80, 80, 80))
        p.cell(
            0,
            10,
            "Karoo Harvest Crew Placements (Pty) Ltd · Reg. 2019/447120/07 · "
            f"Page {p.page_no()} of {{nb}}",
            align="C",
        )

    pdf = Doc("A4", "lserif", (56, 48, 56), 50, None, foot)
    pdf.add_page()
    font(pdf, 15, "B", "lserif", (110, 70, 20))
    pdf.cell(
        0,
        18,
        "KAROO HARVEST CREW PLACEMENTS (PTY) LTD",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    font(pdf, 8.5, "", "lserif", (80, 80, 80))
    pdf.cell(
        0,
        12,
        "14 Voortrekker Street, Bethlehem, Free State, 9701 · Tel 058 555 0144",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    hline(pdf, (110, 70, 20), 1.0, gap=8)
    para(
        pdf,
        "PLACEMENT SERVICES AGREEMENT — UNITED STATES H-2A SEASONAL PROGRAMME 2026",
        11,
        "B",
        align="C",
        after=8,
    )
    cl = [
        (
            "1.",
            "Parties",
            "This agreement is made between Karoo Harvest Crew Placements (Pty) "
            "Ltd (“the Agency”) and Sipho Daniel Khumalo of 22 Nkosi Street, Harrismith (“the "
            "Candidate”).",
        ),
        (
            "2.",
            "The position",
            "The Agency has been appointed by Prairie Line Custom "
            "Harvesting, LLC of 2290 Road 14, Hoxie, Kansas 67740, USA (“the Employer”) to recruit "
            "combine and grain-cart operators. The Candidate will operate combines and grain "
            "carts, drive tractors, and service and clean harvest equipment. The harvest runs "
            "from 1 May 2026 to 30 November 2026 through Texas, Oklahoma, Kansas, Nebraska and "
            "North Dakota.",
        ),
        (
            "3.",
            "Requirements",
            "A valid South African driving licence code EC and at least two "
            "harvest seasons of combine experience.",
        ),
        (
            "4.",
            "Pay",
            "The Employer will pay the highest of the Adverse Effect Wage Rate, the "
            "prevailing wage and the applicable minimum wage, at present USD 17.96 per hour in "
            "Kansas, every two weeks. Hours vary with the weather and the condition of the crop. "
            "The Employer will deduct only taxes required by law and the meal charge in clause "
            "5.2.",
        ),
        (
            "5.",
            "Living conditions",
            "5.1 Housing in crew trailers is provided free of charge "
            "by the Employer. 5.2 The Employer provides three meals a day from the crew cook "
            "trailer at a charge of USD 15.00 per day, which is below the maximum allowed by the "
            "US Department of Labor. 5.3 Transport from the crew trailers to the fields is by "
            "Employer vehicle, free of charge. 5.4 All tools, equipment and protective gear are "
            "supplied by the Employer at no cost. 5.5 The Employer carries workers' compensation "
            "insurance for all crew members.",
        ),
        (
            "6.",
            "Travel",
            "The Employer will reimburse the Candidate's airfare from Johannesburg "
            "to Denver and daily subsistence when 50% of the contract period is completed, or "
            "earlier where the law requires, and will pay the return flight to Johannesburg on "
            "completion of the contract.",
        ),
        (
            "7.",
            "Fees and costs",
            "7.1 In consideration of the placement, the Candidate shall "
            "pay the Agency an administration and placement fee of R18 500 (eighteen thousand five "
            "hundred rand), of which R5 000 is payable on signature and the balance before the "
            "visa interview. 7.2 The Candidate is responsible for obtaining a valid South African "
            "passport at his own cost. 7.3 The US visa application fee (MRV) is paid by the "
            "Candidate and refunded by the Employer in the first pay week.",
        ),
        (
            "8.",
            "Undertakings",
            "The Candidate's undertakings in Annexure B form part of this agreement.",
        ),
    ]
    for num, title, body in cl:
        y = pdf.get_y()
        font(pdf, 10, "B", "lserif")
        pdf.set_xy(56, y)
        pdf.cell(22, 13.5, num)
        pdf.set_xy(78, y)
        font(pdf, 10, "B", "lserif")
        pdf.multi_cell(0, 13.5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(78)
        font(pdf, 10, "", "lserif")
        pdf.multi_cell(0, 13.5, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(5)
    pdf.ln(4)
    sig_block(
        pdf, "For the Agency: M. J. van Rensburg, Director", "Candidate: S. D. Khumalo", gap=22
    )
    # page 2: scanned annexure, image only
    pdf.add_page()
    pdf.no_chrome_pages.add(pdf.page_no())
    pdf.image(_scan_image(), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(out))


# --------------------------------------------------------------------------- al10


def al10(out):
    sea = (0, 110, 130)

    def head(p):
        band(p, 0, 70, sea)
        p.set_xy(50, 18)
        font(p, 17, "B", "lsans", (255, 255, 255))
        p.cell(0, 20, "SEVEN PALMS BEACH RESORT")
        p.set_xy(50, 42)
        font(p, 8, "", "lsans", (220, 240, 245))
        p.cell(
            0,
            10,
            "Seven Palms Beach Resort Ltd. · 212 West Bay Road, Seven Mile Beach, "
            "Grand Cayman KY1-1201, Cayman Islands · +1 345 555 0120",
        )
        p.set_xy(50, 88)

    def foot(p):
        p.set_y(-34)
        font(p, 7.5, "", "lsans", (120, 120, 120))
        p.cell(0, 10, f"Letter of offer — K. O. Campbell — {p.page_no()}/{{nb}}", align="R")

    pdf = Doc("A4", "lsans", (50, 88, 50), 46, head, foot)
    pdf.add_page()
    para(pdf, "26 January 2026", 10, after=4)
    para(pdf, "Mr. Kemar O'Neil Campbell\n7 Lyndhurst Road, Kingston 5, Jamaica", 10, after=8)
    para(pdf, "LETTER OF OFFER — LINE COOK", 11, "B", color=sea, after=4)
    para(
        pdf,
        "Dear Mr. Campbell, following your trade test and interview in Kingston, Seven "
        "Palms Beach Resort Ltd. is pleased to offer you employment on the following "
        "terms, subject to the grant of your Cayman Islands work permit. The Resort "
        "recruited you directly; nobody may charge you a fee for this job, and if anyone "
        "asks you for money in the Resort's name, please tell us.",
        10,
        after=6,
    )
    rows = [
        (
            "Employer",
            "Seven Palms Beach Resort Ltd., 212 West Bay Road, Seven Mile Beach, "
            "Grand Cayman KY1-1201",
        ),
        ("Employee", "Kemar O'Neil Campbell"),
        (
            "Position and duties",
            "Line Cook: prepare breakfast and à la carte dishes to Resort "
            "recipes, keep your station clean, receive deliveries and check "
            "them against the supplier's invoice, and follow food-safety "
            "rules.",
        ),
        (
            "Place of work",
            "Palm Court and Sand Bar kitchens, Seven Palms Beach Resort, Seven "
            "Mile Beach, Grand Cayman",
        ),
        ("Contract period", "1 May 2026 to 30 April 2028"),
        (
            "Hours",
            "45 hours per week over five days, on a rota published every Thursday; hours "
            "over 45 are paid at one and a half times the hourly rate.",
        ),
        ("Wage", "KYD 11.50 per hour"),
        ("Pay", "Every two weeks, by transfer to your bank account, with a payslip"),
        (
            "Deductions",
            "Your statutory pension contribution of 5% of earnings under the "
            "National Pensions Act, and any amount you authorise in writing. "
            "Nothing else.",
        ),
        (
            "Health insurance",
            "The Resort pays the full premium for your health insurance under "
            "the Health Insurance Act.",
        ),
        (
            "Work permit",
            "The Resort applies for and pays all work permit fees, the police "
            "clearance required for the permit and the medical examination.",
        ),
        (
            "Travel",
            "The Resort provides your airfare from Kingston to Grand Cayman at the start "
            "and your return airfare to Kingston at the end of the contract, or if the "
            "contract ends early for any reason other than your resignation.",
        ),
        (
            "Accommodation",
            "A staff apartment in George Town shared with one colleague, at no "
            "rent, utilities included.",
        ),
        (
            "Service charge",
            "The service charge collected from guests is shared monthly among "
            "eligible staff under the Resort's published scheme.",
        ),
        ("Leave", "Two weeks' paid vacation in each year of service."),
        (
            "Termination",
            "Either party may end the contract by giving four weeks' written "
            "notice. The Resort may dismiss without notice only for serious "
            "misconduct as defined in the Labour Act.",
        ),
        ("Documents", "You keep your own passport and work permit at all times."),
    ]
    table(
        pdf,
        rows,
        [120, pdf.w - 100 - 120],
        size=9,
        fam="lsans",
        line=(150, 190, 200),
        header=("Term", "Details"),
        header_fill=sea,
        header_color=(255, 255, 255),
    )
    para(
        pdf,
        "To accept, please sign below and return a scanned copy to "
        "careers@sevenpalms.example within 14 days.",
        10,
        after=0,
    )
    sig_block(
        pdf,
        "Aaliyah Ebanks, People & Culture Manager\nfor Seven Palms Beach Resort Ltd.",
        "Accepted: Kemar O'Neil Campbell\nDate:",
        gap=30,
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al11


def al11(out):
    def head(p):
        font(p, 11, "B", "lsans", (20, 50, 110))
        p.set_xy(56, 22)
        p.cell(0, 14, "PÊCHERIES BAIE-DES-CHALEURS LTÉE")
        font(p, 7.5, "", "lsans", (80, 80, 80))
        p.set_xy(56, 37)
        p.cell(0, 10, "455, chemin de la Pointe, Caraquet (Nouveau-Brunswick) E1W 1B6, Canada")
        p.set_draw_color(20, 50, 110)
        p.set_line_width(1)
        p.line(56, 52, p.w - 56, 52)
        p.set_xy(56, 64)

    def foot(p):
        p.set_y(-42)
        p.set_draw_color(150, 150, 150)
        p.set_line_width(0.4)
        p.line(56, p.get_y(), p.w - 56, p.get_y())
        font(p, 7.5, "", "lsans", (90, 90, 90))
        p.cell(
            0,
            14,
            f"Página {p.page_no()} de {{nb}}        Iniciales LA EMPRESA ____    "
            "Iniciales LA TRABAJADORA ____",
            align="C",
        )

    pdf = Doc("Letter", "lsans", (56, 64, 56), 56, head, foot)
    pdf.add_page()
    para(pdf, "CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL", 12.5, "B", align="C", after=2)
    para(
        pdf,
        "Programa de Trabajadores Extranjeros Temporales — Canadá",
        9.5,
        "I",
        align="C",
        after=10,
    )
    para(
        pdf,
        "Entre Pêcheries Baie-des-Chaleurs Ltée, con domicilio en 455, chemin de la "
        "Pointe, Caraquet, Nuevo Brunswick, Canadá (LA EMPRESA), y la Sra. Dilcia Marisol "
        "Funes Aguilar, con domicilio en colonia López Arellano, Choloma, Cortés, "
        "Honduras (LA TRABAJADORA). La contratación fue gestionada en Honduras por "
        "Servicios Migratorios Lempira Norte, S. de R.L.",
        10,
        after=8,
    )
    cl = [
        "Puesto. LA TRABAJADORA trabajará como procesadora de mariscos: cocer, descascarar y "
        "empacar langosta y cangrejo, etiquetar cajas y limpiar la línea de producción.",
        "Lugar. En la planta de LA EMPRESA en Caraquet, Nuevo Brunswick.",
        "Duración. Del 4 de mayo al 31 de octubre de 2026.",
        "Jornada. De 40 a 50 horas por semana según la captura, en turnos de lunes a sábado.",
        "Salario. CAD 17.40 por hora. Las horas después de 44 en la semana se pagan a tiempo y "
        "medio. El pago se hace cada dos semanas por depósito en la cuenta de LA TRABAJADORA.",
        "Transporte. El boleto aéreo de San Pedro Sula a Moncton, de aproximadamente CAD "
        "1,150, lo adelanta LA EMPRESA y se recupera mediante descuentos de CAD 95 por "
        "quincena hasta cubrir el total. El boleto de regreso a Honduras al terminar el "
        "contrato lo paga LA EMPRESA.",
        "Vivienda. LA EMPRESA ofrece alojamiento en la casa de huéspedes de la planta por CAD "
        "75 semanales, que se descuentan del salario.",
    ]
    cl2 = [
        "Descuentos. De cada pago se descuentan el impuesto sobre la renta, las cotizaciones "
        "al Régimen de Pensiones de Canadá y al Seguro de Empleo, el boleto de ida conforme a "
        "la cláusula 6 y el alojamiento de la cláusula 7.",
        "Equipo. Guantes, delantales, botas y redes para el cabello se entregan gratis.",
        "Permisos. LA EMPRESA paga el trámite de la evaluación de impacto en el mercado laboral "
        "(EIMT/LMIA), el permiso de trabajo y, si se requiere, el examen médico.",
        "Terminación. LA EMPRESA podrá despedir a LA TRABAJADORA por falta grave, con aviso "
        "por escrito. Si LA TRABAJADORA renuncia o abandona el empleo antes de cumplir tres "
        "meses, deberá pagar a LA EMPRESA una indemnización de CAD 800 por los gastos de "
        "contratación, además del saldo pendiente del boleto de ida.",
        "Seguros. LA TRABAJADORA estará cubierta por WorkSafeNB, a cargo de LA EMPRESA, y por "
        "el seguro de salud provincial desde su llegada.",
        "Documentos. LA TRABAJADORA conserva su pasaporte y su permiso de trabajo en todo momento.",
        "Reclutadora. Servicios Migratorios Lempira Norte, S. de R.L. no cobra ninguna comisión "
        "a LA TRABAJADORA; sus honorarios los paga LA EMPRESA.",
    ]

    def clauses(items, start):
        for n, c in enumerate(items, start):
            title, body = c.split(". ", 1)
            need = 13.5 + cell_height(pdf, pdf.w - 80 - 56, body, 10, "", None, 1.35) + 6
            if pdf.get_y() + need > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            font(pdf, 10, "B")
            pdf.set_xy(56, y)
            pdf.cell(24, 13.5, f"{n}.")
            pdf.set_xy(80, y)
            pdf.multi_cell(
                0, 13.5, f"{title.upper()}. ", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            pdf.set_x(80)
            font(pdf, 10)
            pdf.multi_cell(0, 13.5, body, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(6)

    clauses(cl + cl2, 1)
    para(
        pdf,
        "Firmado en San Pedro Sula, Cortés, el 28 de enero de 2026, en dos ejemplares.",
        10,
        after=0,
    )
    sig_block(
        pdf,
        "Por LA EMPRESA\nNathalie Robichaud, directora de recursos humanos",
        "LA TRABAJADORA\nDilcia Marisol Funes Aguilar",
        gap=34,
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- al12


AL12_FAQ = [
    (
        "Who will I work for?",
        "¿Para quién voy a trabajar?",
        "Our client companies are landscaping contractors in Texas, Georgia and Tennessee. You "
        "will learn the name of your employer when your petition is approved.",
        "Nuestras empresas clientes son contratistas de jardinería en Texas, Georgia y Tennessee. "
        "Sabrá el nombre de su patrón cuando se apruebe su petición.",
    ),
    (
        "What will I do?",
        "¿Qué voy a hacer?",
        "Mow, trim and edge lawns, plant trees and flower beds, spread mulch and repair "
        "irrigation lines.",
        "Cortar, recortar y orillar pasto, plantar árboles y jardineras, poner mantillo y reparar "
        "líneas de riego.",
    ),
    (
        "When is the season?",
        "¿Cuándo es la temporada?",
        "Contracts run from March 1 to November 30, 2026.",
        "Los contratos van del 1 de marzo al 30 de noviembre de 2026.",
    ),
    (
        "How much will I earn?",
        "¿Cuánto voy a ganar?",
        "At least $15.52 per hour, or any higher wage the Department of Labor sets for your job "
        "order. Overtime depends on the employer.",
        "Por lo menos $15.52 la hora, o el salario más alto que fije el Departamento del Trabajo "
        "para su orden de trabajo. Las horas extra dependen del patrón.",
    ),
    (
        "How many hours will I work?",
        "¿Cuántas horas voy a trabajar?",
        "Full time, 40 hours a week.",
        "Tiempo completo, 40 horas a la semana.",
    ),
    (
        "How often will I be paid?",
        "¿Cada cuándo me pagan?",
        "Every week, by direct deposit or check.",
        "Cada semana, por depósito directo o cheque.",
    ),
    (
        "Do I have to pay anything?",
        "¿Tengo que pagar algo?",
        "There is no recruitment fee. To open your file we ask for a one-time program "
        "contribution of US$650, which covers document review, translation and the orientation "
        "session.",
        "No hay cuota de reclutamiento. Para abrir su expediente pedimos una aportación única al "
        "programa de 650 dólares, que cubre revisión de documentos, traducción y la plática de "
        "orientación.",
    ),
    (
        "Who pays for the visa and travel?",
        "¿Quién paga la visa y el viaje?",
        "Your employer reimburses the visa fee and your bus to the job in your first week, and "
        "pays your bus home at the end of the season.",
        "Su patrón le reembolsa la visa y el autobús al trabajo en su primera semana, y paga su "
        "autobús de regreso al final de la temporada.",
    ),
    (
        "Will I get tools?",
        "¿Me dan herramienta?",
        "Yes. The employer provides tools and safety gear without charge.",
        "Sí. El patrón le da la herramienta y el equipo de seguridad sin costo.",
    ),
    (
        "What are the requirements?",
        "¿Cuáles son los requisitos?",
        "Three months of landscaping or farm experience, a valid passport, and no previous "
        "immigration violations.",
        "Tres meses de experiencia en jardinería o en el campo, pasaporte vigente y no tener "
        "faltas migratorias anteriores.",
    ),
    (
        "Does Sendero keep my passport?",
        "¿Sendero se queda con mi pasaporte?",
        "No. You bring it to the consulate yourself and keep it.",
        "No. Usted lo lleva al consulado y lo guarda.",
    ),
    (
        "What if I have a problem with my employer?",
        "¿Y si tengo un problema con mi patrón?",
        "Call our office first. Workers who go to lawyers, unions or the Labor Department instead "
        "of coming to us are removed from our list and will not be recruited again by any of our "
        "client companies.",
        "Llame primero a nuestra oficina. Los trabajadores que acuden a abogados, sindicatos o al "
        "Departamento del Trabajo en lugar de venir con nosotros son dados de baja de nuestra "
        "lista y no volverán a ser contratados por ninguna de nuestras empresas clientes.",
    ),
]


def al12(out):
    olive = (70, 100, 40)

    def head(p):
        font(p, 7, "", "sans", (100, 100, 100))
        p.set_xy(28, 12)
        p.cell(0, 9, "Preguntas frecuentes | FAQ — Sendero Labor Connect")
        p.set_xy(28, 12)
        p.cell(p.w - 56, 9, "1/27/26, 7:02 PM", align="R")
        p.set_xy(50, 36)

    def foot(p):
        font(p, 7, "", "sans", (100, 100, 100))
        p.set_xy(28, p.h - 22)
        p.cell(0, 9, "https://senderolabor.example/h2b/preguntas-frecuentes")
        p.set_xy(28, p.h - 22)
        p.cell(p.w - 56, 9, f"{p.page_no()}/{{nb}}", align="R")

    pdf = Doc("Letter", "sans", (50, 36, 50), 40, head, foot)
    pdf.add_page()
    pdf.set_fill_color(*olive)
    pdf.rect(50, 36, pdf.w - 100, 40, style="F")
    pdf.set_xy(62, 44)
    font(pdf, 15, "B", "sans", (255, 255, 255))
    pdf.cell(0, 18, "Sendero Labor Connect, LLC")
    pdf.set_xy(62, 62)
    font(pdf, 7.5, "", "sans", (225, 235, 210))
    pdf.cell(0, 9, "Laredo, Texas · Oficina en Celaya, Guanajuato · Tel. 461 555 0177")
    pdf.set_y(90)
    para(
        pdf,
        "2026 H-2B Landscape Program — Frequently Asked Questions\nPrograma H-2B de "
        "Jardinería 2026 — Preguntas frecuentes",
        12,
        "B",
        color=olive,
        after=8,
    )
    for qen, qes, aen, aes in AL12_FAQ:
        need = cell_height(pdf, pdf.w - 100, aen, 9.5) + cell_height(pdf, pdf.w - 100, aes, 9) + 50
        if pdf.get_y() + need > pdf.page_break_trigger:
            pdf.add_page()
        para(pdf, f"{qen} / {qes}", 10, "B", color=(30, 30, 30), after=2)
        para(pdf, aen, 9.5, after=2)
        para(pdf, aes, 9, "I", color=(70, 70, 70), after=3)
        hline(pdf, (215, 215, 215), 0.4, gap=6)
    para(
        pdf,
        "Sendero Labor Connect, LLC is a private recruiting company. Sendero Labor "
        "Connect, LLC es una empresa privada de reclutamiento.",
        7.5,
        color=(120, 120, 120),
    )
    pdf.output(str(out))


# --------------------------------------------------------------------------- build + check

BUILDERS = [al01, al02, al03, al04, al05, al06, al07, al08, al09, al10, al11, al12]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(out_dir: Path) -> list[str]:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if [lab["file"] for lab in labels] != [f"al{i:02d}.pdf" for i in range(1, 13)]:
        errors.append("labels.json must list al01.pdf .. al12.pdf in order")
    scanned_docs = 0
    for lab in labels:
        path = out_dir / lab["file"]
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            if len(pages) != lab["pages"]:
                errors.append(f"{lab['file']}: {len(pages)} pages, label says {lab['pages']}")
                continue
            texts = [norm(p.extract_text() or "") for p in pages]
            image_only = [i + 1 for i, p in enumerate(pages) if not p.chars and p.images]
            if lab["scanned"]:
                scanned_docs += 1
                if len(image_only) != 1:
                    errors.append(f"{lab['file']}: expected one image-only page, got {image_only}")
            elif image_only:
                errors.append(f"{lab['file']}: unexpected image-only pages {image_only}")
            for fee in lab["fees"]:
                pg = fee["page"]
                if not 1 <= pg <= len(pages):
                    errors.append(f"{lab['file']}: fee page {pg} out of range")
                    continue
                if pg in image_only:
                    continue
                if norm(fee["quote"]) not in texts[pg - 1]:
                    errors.append(f"{lab['file']} p{pg}: quote not found: {fee['quote']!r}")
            alltext = " ".join(texts)
            for name in lab["recruiters"]:
                if norm(name) not in alltext and not image_only:
                    errors.append(f"{lab['file']}: recruiter not found: {name!r}")
    if scanned_docs != 1:
        errors.append(f"expected exactly one scanned document, got {scanned_docs}")
    return errors


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for i, fn in enumerate(BUILDERS, 1):
        fn(out_dir / f"al{i:02d}.pdf")
    errors = check(out_dir)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        raise SystemExit(f"heldout_al build check failed with {len(errors)} error(s)")
    print(f"built and checked {len(BUILDERS)} PDFs in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
